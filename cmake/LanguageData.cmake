# Language data lives in lib/data/<lang>/*.tsv; it is compiled into the library as string
# literals so that crosscheck has no run-time file dependency.
function(crosscheck_embed_data out_var)
  file(GLOB_RECURSE data_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/lib/data/*.tsv")
  list(SORT data_files)
  # Editing a table re-runs the configure step, which regenerates the embedded copy.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${data_files})
  set(out "${PROJECT_BINARY_DIR}/generated/embedded_data.cc")
  set(content "// Generated from lib/data by cmake/LanguageData.cmake. Do not edit.\n")
  string(APPEND content "#include \"lib/data/embedded.h\"\nnamespace crosscheck::internal {\n")
  string(APPEND content "const std::vector<EmbeddedFile>& EmbeddedData() {\n")
  string(APPEND content "  static const std::vector<EmbeddedFile> files = {\n")
  foreach(f IN LISTS data_files)
    file(RELATIVE_PATH rel "${PROJECT_SOURCE_DIR}/lib/data" "${f}")
    file(READ "${f}" body)
    # Raw string literal; the delimiter cannot occur in the tables.
    string(APPEND content "    {\"${rel}\", R\"ccdata(${body})ccdata\"},\n")
  endforeach()
  string(APPEND content "  };\n  return files;\n}\n}  // namespace crosscheck::internal\n")
  file(CONFIGURE OUTPUT "${out}" CONTENT "${content}" @ONLY)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
