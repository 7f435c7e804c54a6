# pl_catch_main: the Catch2 runner (tests/support/catch_main.cpp, CATCH_CONFIG_MAIN) as an object
# library, compiled once per build directory and linked into every Catch2 test executable
# (target_link_libraries(<test> PRIVATE pl_catch_main); it brings Catch2::Catch2 with it). Included
# from tests/CMakeLists.txt and, in the rules-only build, tests/rules_only/CMakeLists.txt.
find_package(Catch2 2 REQUIRED)
if(NOT TARGET pl_catch_main)
  add_library(pl_catch_main OBJECT ${CMAKE_CURRENT_LIST_DIR}/catch_main.cpp)
  target_link_libraries(pl_catch_main PUBLIC Catch2::Catch2)
  target_compile_features(pl_catch_main PRIVATE cxx_std_20)
  pl_warnings(pl_catch_main)
endif()
