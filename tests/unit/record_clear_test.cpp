// SPDX-License-Identifier: Apache-2.0
// record::clear() (issue 25: the readers reuse one record per row) leaves a record equal to
// `record{}`: every SPEC §6 field not filled, no local fields, no provenance, no conflict.
#include <catch2/catch.hpp>

#include <participatieladder/fields.hpp>

#include <string>

using namespace pl;

namespace {

std::string state(const record& r) {
  std::string out;
  for (const auto& f : field_table) out += std::string(f.key) + "=" + format_field(r, f, value_style{}) + ";";
  out += "grade=" + std::to_string(r.growth_grade) + ";conflict=" + std::to_string(r.growth_conflict);
  out += ";code=" + r.work_obligation_exemption_code + ";locals=" + std::to_string(r.local_fields.size());
  out += ";line=" + std::to_string(r.line) + ";source=" + std::to_string(r.source);
  return out;
}

/// A value every field reads (SPEC §6), by kind.
std::string_view sample(const field_info& f) {
  switch (f.kind) {
    case value_kind::date: return "2024-03-01";
    case value_kind::yes_no: return "ja";
    case value_kind::step: return "3+";
    case value_kind::growth: return "++";
    case value_kind::target_step: return "4";
    case value_kind::horizon: return "1y";
    case value_kind::income: return "a";
    case value_kind::gender: return "V";
    case value_kind::exemption: return "code-7";
    case value_kind::sub_steps: return "2.2,2.4";
    case value_kind::determination: return "questionnaire";
    case value_kind::answers: return "1:N 2:J";
    case value_kind::exit_reason: return "werk";
    default: return "tekst";
  }
}

}  // namespace

TEST_CASE("record::clear() leaves a record equal to record{}", "[record]") {
#if defined(__GLIBCXX__) && __SIZEOF_POINTER__ == 8
  // a member added to record changes its size: add it to clear() (and to this test), then here
  static_assert(sizeof(record) == 648, "record changed: does record::clear() reset the new member?");
#endif
  record r;
  for (const auto& f : field_table) {
    INFO(f.key << " = " << sample(f));
    REQUIRE(parse_field(r, f, sample(f)));
  }
  r.local_fields.emplace_back("Eigen kolom", "waarde");
  r.line = 12;
  r.source = 2;
  r.growth_conflict = true;
  const std::string blank = state(record{});
  REQUIRE(state(r) != blank);
  for (const auto& f : field_table) CHECK_FALSE(format_field(r, f, value_style{}).empty());  // every field was filled
  r.clear();
  CHECK(state(r) == blank);
}
