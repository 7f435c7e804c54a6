# pl_catch_main: the Catch2 runner (tests/support/catch_main.cpp, CATCH_CONFIG_MAIN) as an object
# library, compiled once per build directory and linked into every Catch2 test executable
# (target_link_libraries(<test> PRIVATE pl_catch_main); it brings Catch2::Catch2 with it). Included
# from tests/CMakeLists.txt and, in the rules-only build, tests/rules_only/CMakeLists.txt.
find_package(Catch2 2 REQUIRED)
# Extra compile options of the test code only: the Catch2 test executables and their runner, and
# the fuzz replay targets of the regular builds (tests/fuzz); the library, the CLI and the other
# test programs keep the build type's flags. The ASan+UBSan step passes -O0: the
# sanitizers check -O0 code as they check -O1 code, and the test files, heavy with Catch2's
# assertion templates, compile in about half the CPU time (.ci/steps/20-asan-ubsan.sh).
set(PL_TEST_COMPILE_OPTIONS "" CACHE STRING "Extra compile options of the Catch2 test executables, e.g. -O0")
if(NOT TARGET pl_catch_main)
  add_library(pl_catch_main OBJECT ${CMAKE_CURRENT_LIST_DIR}/catch_main.cpp)
  target_link_libraries(pl_catch_main PUBLIC Catch2::Catch2)
  target_compile_features(pl_catch_main PRIVATE cxx_std_20)
  target_compile_options(pl_catch_main PUBLIC ${PL_TEST_COMPILE_OPTIONS})
  pl_warnings(pl_catch_main)
endif()
