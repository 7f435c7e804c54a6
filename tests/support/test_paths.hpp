// SPDX-License-Identifier: Apache-2.0
// Where the tests find the source tree (vectors, examples, test data): PL_SOURCE_DIR and
// PL_VECTORS_DIR expand to calls of these functions (tests/CMakeLists.txt: pl_test_paths). The
// absolute paths are compiled into one file only (test_paths.cpp), so every other test file
// compiles to the same object whatever directory the sources were cloned into, and a compiler
// cache (tools/ccache.sh) can reuse it.
#pragma once

const char* pl_test_source_dir();
const char* pl_test_vectors_dir();
