/* SPDX-License-Identifier: Apache-2.0 */
/* The one place the version lives: CMake, the C ABI (participatieladder.h), the C++ core
 * (version.hpp) and the bindings read it from here. Pure C, no declarations. Semantic versioning:
 * the shared library's SOVERSION is PL_VERSION_MAJOR, raised for every incompatible ABI change
 * (docs/c-abi.md). */
#ifndef PARTICIPATIELADDER_VERSION_H
#define PARTICIPATIELADDER_VERSION_H

#define PL_VERSION_MAJOR 1
#define PL_VERSION_MINOR 0
#define PL_VERSION_PATCH 0
#define PL_VERSION_STRING "1.0.0"

/** MAJOR * 10000 + MINOR * 100 + PATCH, comparable with pl_version_number(). */
#define PL_VERSION_NUMBER (PL_VERSION_MAJOR * 10000 + PL_VERSION_MINOR * 100 + PL_VERSION_PATCH)

#endif /* PARTICIPATIELADDER_VERSION_H */
