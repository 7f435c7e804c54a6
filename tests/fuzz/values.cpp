// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the value parsers of SPEC §6 — yes/no (every spelling), dates (ISO, DD-MM-YYYY,
// D-M-YYYY, with '/'), and through the §6 field table every other value kind (step notation
// `2+`, growth, target step, income, gender, postal code, bsn, sub-steps, answers, exemption).
// Input: one value. Properties: what reads writes back (ISO and Dutch style) to text that reads
// as the same value, and writes the same again; an error message is valid UTF-8 when the value
// is; the error about a personal field never holds its value (fuzz_support.hpp, taint).
#include "fuzz_support.hpp"

#include <participatieladder/date.hpp>
#include <participatieladder/fields.hpp>
#include <participatieladder/yes_no.hpp>

#include <cstdint>
#include <string>

using namespace pl;
using pl::fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const bool utf8 = test::is_valid_utf8(text);

  if (const auto b = parse_yes_no(text)) {
    for (const auto& s : yes_no_spellings)
      if (detail::iequals(detail::trim(text), s.text) && s.value != b.value()) fail("yes/no spelling read as the other value");
  } else if (utf8) {
    fuzz::require_utf8("parse_yes_no error", b.error().message);
  }

  if (const auto d = parse_date(text)) {
    const auto again = parse_date(d.value().iso());
    if (!again || !(again.value() == d.value())) fail("date written as ISO does not read back: " + d.value().iso());
  } else if (utf8) {
    fuzz::require_utf8("parse_date error", d.error().message);
  }

  for (const auto& f : field_table) {
    record r;
    const auto res = parse_field(r, f, text);
    if (!res) {
      if (utf8) fuzz::require_utf8(std::string(f.key) + " error", res.error().message);
      if (f.personal) {
        const std::string rotated = fuzz::rotated(text);
        record r2;
        const auto res2 = parse_field(r2, f, rotated);
        fuzz::messages before{{std::string(f.key) + " error", res.error().message}};
        fuzz::messages after{{std::string(f.key) + " error", res2 ? std::string() : res2.error().message}};
        fuzz::require_no_echo({std::string(detail::trim(text))}, before, after);
      }
      continue;
    }
    for (const auto style : {value_style::iso(), value_style::dutch()}) {
      const std::string written = format_field(r, f, style);
      record back;
      const auto reread = parse_field(back, f, written);
      if (!reread) fail(std::string(f.key) + ": '" + fuzz::shown(written) + "' as written does not read back: " + reread.error().message);
      const std::string again = format_field(back, f, style);
      if (again != written) fail(std::string(f.key) + ": written '" + fuzz::shown(written) + "', read back and written '" + fuzz::shown(again) + "'");
    }
  }
  return 0;
}
