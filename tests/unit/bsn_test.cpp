// SPDX-License-Identifier: Apache-2.0
// SPEC §6 `bsn`: 9 digits passing the eleven-test (elfproef); check PL017 (SPEC §8).
#include <catch2/catch.hpp>

#include <participatieladder/bsn.hpp>

#include <string>

using namespace pl;

namespace {
// Independent restatement of the eleven-test for the property test below.
bool elfproef(const std::string& s) {
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (s[static_cast<std::size_t>(i)] - '0') * (9 - i);
  sum -= s[8] - '0';
  return sum % 11 == 0;
}
}  // namespace

TEST_CASE("BSN eleven-test accepts valid numbers (SPEC §6)", "[bsn]") {
  CHECK(is_valid_bsn("111222333"));  // 9+8+7+12+10+8+9+6-3 = 66
  CHECK(is_valid_bsn("123456782"));  // 9+16+21+24+25+24+21+16-2 = 154 = 14×11
  CHECK(check_bsn("123456782") == bsn_problem::none);
}

TEST_CASE("BSN eleven-test rejects wrong numbers (SPEC §6)", "[bsn]") {
  CHECK(check_bsn("123456789") == bsn_problem::eleven_test);
  CHECK(check_bsn("111222334") == bsn_problem::eleven_test);
  CHECK(check_bsn("12345678") == bsn_problem::not_nine_digits);    // leading zero lost: not repaired
  CHECK(check_bsn("1234567820") == bsn_problem::not_nine_digits);
  CHECK(check_bsn("12345678a") == bsn_problem::not_nine_digits);
  CHECK(check_bsn(" 11222333") == bsn_problem::not_nine_digits);
  CHECK(check_bsn("") == bsn_problem::not_nine_digits);
  CHECK(check_bsn("000000000") == bsn_problem::all_zero);          // passes the arithmetic, a placeholder
}

TEST_CASE("BSN: every single-digit change of a valid number is detected", "[bsn][property]") {
  // The eleven-test detects every single-digit error; the implementation must agree with it.
  const std::string valid = "123456782";
  for (std::size_t pos = 0; pos < 9; ++pos)
    for (char d = '0'; d <= '9'; ++d) {
      std::string s = valid;
      s[pos] = d;
      INFO(s);
      CHECK(is_valid_bsn(s) == (s == valid || (elfproef(s) && s != "000000000")));
      if (s != valid) CHECK_FALSE(is_valid_bsn(s));
    }
}
