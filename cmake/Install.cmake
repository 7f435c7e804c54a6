# Install + export (docs/packaging.md): headers, libparticipatieladder.so, the CMake package
# `participatieladder` (targets participatieladder::rules, header-only, and
# participatieladder::participatieladder, the shared library with the C ABI) and a pkg-config file.
include(CMakePackageConfigHelpers)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")

install(TARGETS participatieladder_rules participatieladder EXPORT participatieladderTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(PL_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/participatieladder)
install(EXPORT participatieladderTargets NAMESPACE participatieladder:: DESTINATION ${PL_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/participatieladderConfig.cmake.in
  ${PROJECT_BINARY_DIR}/participatieladderConfig.cmake INSTALL_DESTINATION ${PL_CMAKE_DIR})
# Within one major version the ABI only grows (docs/c-abi.md).
write_basic_package_version_file(${PROJECT_BINARY_DIR}/participatieladderConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/participatieladderConfig.cmake ${PROJECT_BINARY_DIR}/participatieladderConfigVersion.cmake
        DESTINATION ${PL_CMAKE_DIR})

configure_file(${PROJECT_SOURCE_DIR}/cmake/participatieladder.pc.in ${PROJECT_BINARY_DIR}/participatieladder.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/participatieladder.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
