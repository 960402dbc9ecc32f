# Installs headers, the static library, the command-line program, an exported CMake package
# (find_package(crosscheck CONFIG) -> crosscheck::crosscheck) and a pkg-config file.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS crosscheck EXPORT crosscheckTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS crosscheck_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY include/crosscheck DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT crosscheckTargets NAMESPACE crosscheck::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/crosscheck)

configure_package_config_file(cmake/crosscheckConfig.cmake.in
  ${PROJECT_BINARY_DIR}/crosscheckConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/crosscheck)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/crosscheckConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/crosscheckConfig.cmake
              ${PROJECT_BINARY_DIR}/crosscheckConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/crosscheck)

configure_file(cmake/crosscheck.pc.in ${PROJECT_BINARY_DIR}/crosscheck.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/crosscheck.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
