// SPDX-License-Identifier: Apache-2.0
// The one place the version lives: CMake, the C ABI and the bindings read it from here.
#pragma once

#define PL_VERSION_MAJOR 0
#define PL_VERSION_MINOR 1
#define PL_VERSION_PATCH 0
#define PL_VERSION_STRING "0.1.0"

namespace pl {
inline constexpr int version_major = PL_VERSION_MAJOR;
inline constexpr int version_minor = PL_VERSION_MINOR;
inline constexpr int version_patch = PL_VERSION_PATCH;
inline constexpr const char* version_string = PL_VERSION_STRING;
}  // namespace pl
