# The Python module `crosscheck` (pybind11). Debian's interpreter is the one that can import
# Debian's python3-pybind11, pandas and dask; a `python3` earlier on PATH (pyenv, conda) often
# cannot, so /usr/bin/python3 is preferred unless Python3_EXECUTABLE is given.
if(NOT DEFINED Python3_EXECUTABLE AND EXISTS /usr/bin/python3)
  set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "Interpreter the Python module is built for")
endif()
find_package(Python3 3.9 COMPONENTS Interpreter Development.Module)

# Checks that the interpreter imports `module`; sets `var` to TRUE or FALSE.
function(crosscheck_python_has module var)
  set(${var} FALSE PARENT_SCOPE)
  if(Python3_Interpreter_FOUND)
    execute_process(COMMAND ${Python3_EXECUTABLE} -c "import ${module}"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(rc EQUAL 0)
      set(${var} TRUE PARENT_SCOPE)
    endif()
  endif()
endfunction()

set(_crosscheck_python_ok FALSE)
if(Python3_FOUND)
  execute_process(COMMAND ${Python3_EXECUTABLE} -c "import pybind11; print(pybind11.get_cmake_dir())"
                  OUTPUT_VARIABLE _pybind11_dir OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE _rc ERROR_QUIET)
  if(_rc EQUAL 0)
    find_package(pybind11 2.6 CONFIG QUIET HINTS ${_pybind11_dir})
    set(_crosscheck_python_ok ${pybind11_FOUND})
  endif()
endif()
option(CROSSCHECK_BUILD_PYTHON "Build the Python module (needs Python 3 and pybind11)"
       ${_crosscheck_python_ok})
if(CROSSCHECK_BUILD_PYTHON AND NOT _crosscheck_python_ok)
  message(FATAL_ERROR "CROSSCHECK_BUILD_PYTHON is ON but ${Python3_EXECUTABLE} has no pybind11 "
                      "(install python3-dev and python3-pybind11: cmake/install-deps.sh)")
endif()
if(NOT CROSSCHECK_BUILD_PYTHON)
  message(STATUS "crosscheck: no Python module (CROSSCHECK_BUILD_PYTHON is OFF; it needs an "
                 "interpreter, ${Python3_EXECUTABLE}, that imports pybind11)")
endif()
if(CROSSCHECK_BUILD_PYTHON)
  message(STATUS "crosscheck: Python module for ${Python3_EXECUTABLE} (${Python3_VERSION})")
  # Installed under the prefix where the interpreter looks: lib/python3.X/dist-packages for
  # Debian's (its /usr/local one), lib/python3.X/site-packages for others.
  execute_process(COMMAND ${Python3_EXECUTABLE} -c
                  "import os, sysconfig; print(os.path.basename(sysconfig.get_path('platlib')))"
                  OUTPUT_VARIABLE _site OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(CROSSCHECK_PYTHON_INSTALL_DIR
      "lib/python${Python3_VERSION_MAJOR}.${Python3_VERSION_MINOR}/${_site}"
      CACHE STRING "Where `cmake --install` puts the Python package, relative to the prefix")
endif()
