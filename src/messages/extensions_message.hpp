// SPDX-License-Identifier: Apache-2.0
// pl::extension_set <-> participatieladder.v1.ExtensionSet (SPEC §9). A message is validated by
// the same rules as an extension set file (make_extension_set): every code under a ladder step,
// a Dutch label, each code once.
#pragma once

#include <participatieladder/extensions.hpp>
#include <participatieladder/v1/extensions.pb.h>

#include <string_view>

namespace pl::messages {

participatieladder::v1::ExtensionSet to_message(const extension_set& set);

/// The validated set a message holds; errc::config naming `where`, the index and the value when a
/// code cannot be read or the set is invalid.
result<extension_set> from_message(const participatieladder::v1::ExtensionSet& m, std::string_view where);

}  // namespace pl::messages
