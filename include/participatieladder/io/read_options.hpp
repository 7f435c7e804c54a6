// SPDX-License-Identifier: Apache-2.0
// How to read a base-data-set file (SPEC §6, revised): its text encoding and a municipality's own
// column names. Part of participatieladder::io — link `participatieladder::io`.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace pl {

/// SPEC §6: UTF-8 with or without BOM, or Windows-1252 (what Dutch Excel writes as "CSV
/// (gescheiden door lijstscheidingsteken)").
enum class text_encoding {
  automatic,     ///< UTF-8 when the bytes are valid UTF-8, else Windows-1252 (said in the result)
  utf8,          ///< UTF-8 only: other bytes are an error naming the line
  windows1252,   ///< Windows-1252 (cp1252), also when the bytes happen to be valid UTF-8
};

/// "utf-8", "windows-1252" or "auto".
constexpr std::string_view to_string(text_encoding e) noexcept {
  switch (e) {
    case text_encoding::utf8: return "utf-8";
    case text_encoding::windows1252: return "windows-1252";
    case text_encoding::automatic: return "auto";
  }
  return "auto";
}

struct read_options {
  text_encoding encoding = text_encoding::automatic;
  /// A municipality's column mapping: header as its files write it → §6 key (`"Datum meting"` →
  /// `measured_on`). Header names compare case-insensitively, blanks around them ignored.
  std::map<std::string, std::string> columns;
  /// Threads that read one CSV or JSON Lines file (issues 13, 25): 1 = the calling thread only; 0 =
  /// one per core. The records and findings are the same, in the same order, for every count.
  unsigned threads = 1;
  /// Called now and then while a large text is read (issue 13: progress for people), on the
  /// calling thread: bytes of the text done, its size, records so far (estimated while several
  /// threads read). Not called for small texts; never changes what is read.
  std::function<void(std::size_t done, std::size_t total, std::size_t records)> progress;
};

}  // namespace pl
