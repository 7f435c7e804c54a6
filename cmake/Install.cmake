# Install + export (docs/packaging.md), only with PL_INSTALL (the default when top level):
# - the headers of the installed targets only: participatieladder::rules (the header-only core,
#   include/participatieladder/*.hpp and reports/) and participatieladder::participatieladder (the C
#   ABI, participatieladder.h + version.h). The headers of the compiled internals (io/, config/,
#   extensions_file.hpp, report_html.hpp, report_xlsx.hpp, benchmark/pseudonym.hpp, render.hpp,
#   record_export.hpp) are not installed: they belong to static libraries that are not installed;
# - the .proto files, LICENSE and THIRD-PARTY-NOTICES.md;
# - libparticipatieladder.so, the CMake package `participatieladder`, a pkg-config file;
# - the Python package (bindings/python), finding the installed library (docs/python.md).
include(CMakePackageConfigHelpers)

if(TARGET participatieladder)
  install(FILES ${PROJECT_SOURCE_DIR}/include/participatieladder.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endif()
# benchmark/pseudonym.hpp, render.hpp and record_export.hpp (which uses the pseudonym) declare
# code of the static participatieladder_benchmark library (OpenSSL), which is not installed: a
# program gets the benchmark exchange through the C ABI (pl_benchmark_*). Every installed header
# compiles alone and links against the installed targets (.ci/steps/52-installed-headers.sh).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/participatieladder/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/participatieladder
        FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp"
        PATTERN "io" EXCLUDE PATTERN "config" EXCLUDE
        PATTERN "io.hpp" EXCLUDE PATTERN "extensions_file.hpp" EXCLUDE
        PATTERN "report_html.hpp" EXCLUDE PATTERN "report_xlsx.hpp" EXCLUDE
        PATTERN "pseudonym.hpp" EXCLUDE PATTERN "render.hpp" EXCLUDE PATTERN "record_export.hpp" EXCLUDE)

# One export set per component of the CMake package (participatieladderConfig.cmake.in): `rules`
# (the header-only core; needs Boost) and `c` (the C ABI; needs nothing). The include directory
# comes from the targets' own INSTALL_INTERFACE (no INCLUDES DESTINATION: it would list it twice).
set(PL_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/participatieladder)
install(TARGETS participatieladder_rules EXPORT participatieladderRulesTargets)
install(EXPORT participatieladderRulesTargets NAMESPACE participatieladder:: DESTINATION ${PL_CMAKE_DIR})
if(TARGET participatieladder)
  install(TARGETS participatieladder EXPORT participatieladderCTargets
          LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
          ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(EXPORT participatieladderCTargets NAMESPACE participatieladder:: DESTINATION ${PL_CMAKE_DIR})
endif()

# The message schema as published (package participatieladder.v1), for a vendor's own protoc
# (C++, Java, .NET, Python, ...): <prefix>/share/participatieladder/proto/participatieladder/v1/*.proto
# (docs/packaging.md; the CMake package sets participatieladder_PROTO_DIR to the include root).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/proto/participatieladder/v1/ DESTINATION ${CMAKE_INSTALL_DATADIR}/participatieladder/proto/participatieladder/v1
        FILES_MATCHING PATTERN "*.proto")
# The licence and the third-party notices (every runtime dependency and its licence).
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/participatieladderConfig.cmake.in
  ${PROJECT_BINARY_DIR}/participatieladderConfig.cmake INSTALL_DESTINATION ${PL_CMAKE_DIR})
# Within one major version the ABI only grows (docs/c-abi.md).
write_basic_package_version_file(${PROJECT_BINARY_DIR}/participatieladderConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/participatieladderConfig.cmake ${PROJECT_BINARY_DIR}/participatieladderConfigVersion.cmake
        DESTINATION ${PL_CMAKE_DIR})

if(TARGET participatieladder)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/participatieladder.pc.in ${PROJECT_BINARY_DIR}/participatieladder.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/participatieladder.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
endif()

# The Python package: the sources and the generated participatieladder.v1 modules of the build
# tree's package, with an _build.py that finds the installed library relative to the package
# (so a moved prefix still works). Installed to lib/python3/dist-packages, the directory Debian's
# /usr/bin/python3 reads under /usr/local; for another prefix: PYTHONPATH=PREFIX/lib/python3/dist-packages.
if(TARGET participatieladder_python)
  set(PL_PYTHON_INSTALL_DIR "lib/python3/dist-packages" CACHE STRING "Where cmake --install puts the Python package (relative to the prefix)")
  install(DIRECTORY ${CMAKE_BINARY_DIR}/python/participatieladder DESTINATION ${PL_PYTHON_INSTALL_DIR}
          PATTERN "_build.py" EXCLUDE PATTERN "__pycache__" EXCLUDE)
  file(RELATIVE_PATH _pl_lib_from_package "/${PL_PYTHON_INSTALL_DIR}/participatieladder" "/${CMAKE_INSTALL_LIBDIR}")
  file(GENERATE OUTPUT ${PROJECT_BINARY_DIR}/python_install/_build.py CONTENT
"# Generated by CMake for the installed package: the installed library, relative to this file.
import os as _os
LIBRARY = _os.path.normpath(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), \"${_pl_lib_from_package}\", \"$<TARGET_SONAME_FILE_NAME:participatieladder>\"))
")
  install(FILES ${PROJECT_BINARY_DIR}/python_install/_build.py DESTINATION ${PL_PYTHON_INSTALL_DIR}/participatieladder)
endif()
