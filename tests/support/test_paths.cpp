// SPDX-License-Identifier: Apache-2.0
#include "test_paths.hpp"

const char* pl_test_source_dir() { return PL_TEST_SOURCE_DIR; }
const char* pl_test_vectors_dir() { return PL_TEST_SOURCE_DIR "/tests/vectors"; }
