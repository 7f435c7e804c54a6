// SPDX-License-Identifier: Apache-2.0
// SPEC §6 `postal_code`: NNNN AA; check PL017 (SPEC §8). Decisions in docs/checks.md.
#include <catch2/catch.hpp>

#include <participatieladder/postal_code.hpp>

using namespace pl;

TEST_CASE("postal code: NNNN AA and NNNNAA are accepted (SPEC §6)", "[postal_code]") {
  CHECK(is_valid_postal_code("1234 AB"));
  CHECK(is_valid_postal_code("1234AB"));
  CHECK(is_valid_postal_code("9999 zz"));
  CHECK(is_valid_postal_code("1000 aA"));
}

TEST_CASE("postal code: other shapes are rejected (SPEC §6)", "[postal_code]") {
  for (const char* s : {"0123 AB", "123 AB", "12345 AB", "1234 A", "1234 ABC", "1234  AB", "1234-AB", "1234 1B",
                        "1234 A1", "ABCD 12", "1000", "", " 1234 AB", "1234 AB ", "1234\tAB", "1234 ÄB"}) {
    INFO(s);
    CHECK_FALSE(is_valid_postal_code(s));
  }
}
