// SPDX-License-Identifier: Apache-2.0
// The test oracle of the CSV tokenizer (src/io/csv_tokenizer.hpp): the way the reader used to
// tokenize with libcsv (LGPL-2.1; linked into this test only, never into the library or the CLI).
// libcsv with CSV_STRICT | CSV_STRICT_FINI, fed one physical line at a time so every row knows the
// line it starts on; after a broken quote the parser restarts on the line after the row's first
// line. The events are the tokenizer's: rows with their fields, broken quotes with their lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pl::oracle {

struct csv_event {
  bool broken = false;             ///< a broken quote, else a row
  std::size_t row_line = 0;        ///< first physical line of the row
  std::size_t detected_line = 0;   ///< broken: where it was seen
  bool never_closed = false;       ///< broken: at the end of the text
  std::vector<std::string> fields; ///< row: the values

  bool operator==(const csv_event&) const = default;
};

/// Every event of `text` (UTF-8 without BOM, as the reader sees it) with `delimiter`.
std::vector<csv_event> libcsv_events(std::string_view text, char delimiter);

}  // namespace pl::oracle
