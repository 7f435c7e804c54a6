// SPDX-License-Identifier: Apache-2.0
// The CSV the CLI writes for people: Dutch Excel's dialect (`;`, UTF-8 BOM, CRLF — opens in
// columns in Dutch Excel) by default with --lang nl, RFC 4180 (`,`, no BOM, LF) with --lang en or
// on request. Quoting is the library's one rule (csv_field.hpp).
#pragma once

#include <participatieladder/csv_field.hpp>
#include <participatieladder/lang.hpp>

#include <CLI/CLI.hpp>

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace pl::cli {

struct csv_dialect {
  char separator = ',';
  bool bom = false;
  const char* eol = "\n";
};

inline constexpr csv_dialect excel_nl{';', true, "\r\n"};
inline constexpr csv_dialect rfc4180{',', false, "\n"};

/// The option value ("excel", "rfc4180" or "" = by language) as a dialect.
inline csv_dialect dialect_for(const std::string& option, lang l) {
  if (option == "excel") return excel_nl;
  if (option == "rfc4180") return rfc4180;
  return l == lang::nl ? excel_nl : rfc4180;
}

inline void add_csv_option(CLI::App& app, std::string& option) {
  app.add_option("--csv", option,
                 "CSV dialect of --format csv: excel (';', UTF-8 BOM, CRLF: opens in Dutch Excel) or rfc4180 (',', LF); "
                 "default: excel with --lang nl, rfc4180 with --lang en")
      ->check(CLI::IsMember({"excel", "rfc4180"}));
}

/// Writes rows of a CSV in one dialect.
class csv_out {
 public:
  csv_out(std::ostream& out, csv_dialect d) : out_(out), d_(d) {
    if (d_.bom) out_ << "\xEF\xBB\xBF";
  }
  /// One row, written at once (one write to the stream, not two per cell).
  void row(std::initializer_list<std::string_view> cells) { write_row(cells.begin(), cells.end()); }
  void row(const std::vector<std::string>& cells) { write_row(cells.begin(), cells.end()); }

 private:
  template <class It>
  void write_row(It begin, It end) {
    line_.clear();
    for (It c = begin; c != end; ++c) {
      if (c != begin) line_ += d_.separator;
      append_csv_field(line_, *c, d_.separator);
    }
    line_ += d_.eol;
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  }

  std::ostream& out_;
  csv_dialect d_;
  std::string line_;  ///< the row being written (kept: its buffer is reused row after row)
};

}  // namespace pl::cli
