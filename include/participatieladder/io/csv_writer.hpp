// SPDX-License-Identifier: Apache-2.0
// Writing the base data set as CSV (SPEC §6). Part of participatieladder::io — link
// `participatieladder::io`. What is written reads back (read_csv) to equal records.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/fields.hpp>
#include <participatieladder/record.hpp>

#include <ostream>
#include <span>

namespace pl {

struct csv_style {
  char delimiter = ',';
  bool bom = false;             ///< write the UTF-8 byte-order mark (Excel needs it to see UTF-8)
  bool dutch_headers = false;   ///< first Dutch alias of SPEC §6 instead of the key
  bool crlf = false;            ///< CRLF line ends (RFC 4180, Excel)
  value_style values = value_style::iso();

  /// Dutch Excel: `;`, BOM, Dutch headers, DD-MM-YYYY, ja/nee, CRLF.
  static constexpr csv_style dutch_excel() noexcept { return {';', true, true, true, value_style::dutch()}; }
  /// ISO: `,`, no BOM, §6 keys, YYYY-MM-DD, yes/no, LF.
  static constexpr csv_style iso() noexcept { return {',', false, false, false, value_style::iso()}; }
};

/// One column per §6 key (table order), then one per local field name (first-seen order).
/// errc::io when the stream fails.
result<void> write_csv(std::ostream& out, std::span<const record> records, const csv_style& style = csv_style::iso());

}  // namespace pl
