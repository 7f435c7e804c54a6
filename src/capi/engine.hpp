// SPDX-License-Identifier: Apache-2.0
// The engine behind the opaque pl_engine handle: the rules plus a municipality's validated check
// configuration (SPEC §7, §8). Immutable after pl_engine_new, so any number of threads may share
// it without locking (docs/c-abi.md).
#pragma once

#include <participatieladder.h>
#include <participatieladder/checks.hpp>

struct pl_engine {
  const pl::check_config config;
};
