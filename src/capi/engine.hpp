// SPDX-License-Identifier: Apache-2.0
// The engine behind the opaque pl_engine handle: the rules plus a municipality's validated check
// configuration (SPEC §7, §8) and extension set (SPEC §9). Immutable after pl_engine_new, so any
// number of threads may share it without locking (docs/c-abi.md).
#pragma once

#include "handle.hpp"

#include <participatieladder.h>
#include <participatieladder/checks.hpp>
#include <participatieladder/extensions.hpp>

#include <optional>
#include <utility>

struct pl_engine : pl::capi::handle {  // first base: the kind at offset 0 (handle.hpp)
  pl_engine(pl::check_config c, std::optional<pl::extension_set> e)
      : handle(pl::capi::handle_kind::engine), extensions(std::move(e)), config(attach(std::move(c), extensions)) {}
  pl_engine(const pl_engine&) = delete;
  pl_engine& operator=(const pl_engine&) = delete;

  const std::optional<pl::extension_set> extensions;  ///< SPEC §9; declared first: config points into it
  const pl::check_config config;                       ///< config.extensions is &*extensions (PL014)

  /// The extension set for reports, or null.
  const pl::extension_set* extension_set() const noexcept { return extensions ? &*extensions : nullptr; }

 private:
  static pl::check_config attach(pl::check_config c, const std::optional<pl::extension_set>& e) {
    c.extensions = e ? &*e : nullptr;
    return c;
  }
};
