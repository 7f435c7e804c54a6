// SPDX-License-Identifier: Apache-2.0
// PL014 with the municipality's extension set (SPEC §9): the configuration the reports use
// (examples/extensions/heemskerk.json) also makes PL014 flag sub-steps the set does not define.
#include "record_builder.hpp"

#include <participatieladder/checks.hpp>
#include <participatieladder/extensions_file.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace pl;
using pl::test::rec;

namespace {

std::vector<finding> pl014(const std::vector<record>& rs, const extension_set* ext) {
  check_config config;
  config.extensions = ext;
  std::vector<finding> out;
  for (auto& f : run_checks(rs, parse_date("2025-06-01").value(), config))
    if (f.check == "PL014") out.push_back(std::move(f));
  return out;
}

}  // namespace

TEST_CASE("PL014 with an extension set also flags sub-steps the set does not define (SPEC §9)", "[checks][extensions]") {
  const auto set = read_extension_set(std::string(PL_SOURCE_DIR) + "/examples/extensions/heemskerk.json");
  REQUIRE(set);
  const std::vector<record> rs{
      rec("a", "2025-01-10", 2).sub(2, 4),              // defined by Heemskerk: fine
      rec("b", "2025-01-10", 2).sub(2, 2).sub(2, 9),    // 2.9 is not a Heemskerk sub-step
      rec("c", "2025-01-10", 3).sub(2, 2),              // under another step: always PL014
      rec("d", "2025-01-10", 3).sub(3, 1),              // Heemskerk has no sub-steps under 3
      rec("e", "2025-01-10", 2),                        // no sub-step: never PL014
  };
  // Without a configuration only the base step matters.
  const auto plain = pl014(rs, nullptr);
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].client_id == "c");
  CHECK(plain[0].message_en == "sub_step 2.2: 2.2 is not under step 3.");

  const auto with = pl014(rs, &set.value());
  REQUIRE(with.size() == 3);
  CHECK(with[0].client_id == "b");
  CHECK(with[0].message_en == "sub_step 2.2,2.9: 2.9 is not in the local extension set.");
  CHECK(with[0].message_nl == "sub_step 2.2,2.9: 2.9 staat niet in de lokale uitbreiding.");
  CHECK(with[1].client_id == "c");
  CHECK(with[2].client_id == "d");
  CHECK(with[2].severity == severity::error);
}
