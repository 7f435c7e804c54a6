// SPDX-License-Identifier: Apache-2.0
// The version of the library; the macros live in version.h (pure C, shared with the C ABI).
#pragma once

#include "version.h"

namespace pl {
inline constexpr int version_major = PL_VERSION_MAJOR;
inline constexpr int version_minor = PL_VERSION_MINOR;
inline constexpr int version_patch = PL_VERSION_PATCH;
inline constexpr int version_number = PL_VERSION_NUMBER;
inline constexpr const char* version_string = PL_VERSION_STRING;
}  // namespace pl
