// SPDX-License-Identifier: Apache-2.0
// The Catch2 runner (main), compiled once per build directory into the object library pl_catch_main
// (tests/support/CatchMain.cmake) and linked into every Catch2 test executable: it is the costliest
// file of the tests to compile (about 20 s of CPU at -O3), so no executable compiles its own.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
