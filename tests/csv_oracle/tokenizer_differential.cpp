// SPDX-License-Identifier: Apache-2.0
// Differential test of the CSV tokenizer (issue 13; SPEC §6): our tokenizer
// (src/io/csv_tokenizer.hpp) against the libcsv oracle (libcsv_oracle.hpp, the reader's loop
// before issue 13) must give identical rows (every field, byte for byte, and the line each row
// starts on) and identical broken quotes (row line, line where seen, never closed) over
//   1. every .csv file under tests/ and examples/ and the CSV fuzz corpus and regressions, each with
//      `;` and with `,` as the delimiter, as the reader sees them (BOM off, Windows-1252 decoded);
//   2. the check and report vectors (tests/vectors/*.json): every case's records written as CSV
//      in random but valid ways (quoting, `""`, blanks, `;`/`,`, LF/CR/CRLF, BOM); the fields must
//      also read back as the values written;
//   3. random files over an alphabet of quotes, separators, blanks, line ends and a BOM;
//   4. a few hand-written cases with the fields and lines spelled out (not only "the same").
// Bounded: a fixed seed and a fixed number of random files (a few seconds). Prints what it proved.
// Usage: pl_csv_tokenizer_differential SOURCE_DIR [random files, default 30000]
//        pl_csv_tokenizer_differential --throughput FILE   (docs/benchmark.md; not a test: CPU MB/s
//        of the UTF-8 check, the tokenizer and the libcsv way over one file, `;`)
#include "libcsv_oracle.hpp"

#include "io/csv_tokenizer.hpp"
#include "io/text_check.hpp"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using pl::oracle::csv_event;

std::vector<csv_event> tokenizer_events(std::string_view text, char delimiter) {
  std::vector<csv_event> out;
  pl::io_detail::csv_tokenizer t(text, delimiter);
  for (auto e = t.next(); e != pl::io_detail::csv_tokenizer::event::end; e = t.next()) {
    csv_event ev;
    ev.row_line = t.row_line();
    if (e == pl::io_detail::csv_tokenizer::event::broken_quote) {
      ev.broken = true;
      ev.detected_line = t.detected_line();
      ev.never_closed = t.never_closed();
    } else {
      for (const auto f : t.fields()) ev.fields.emplace_back(f);
    }
    out.push_back(std::move(ev));
  }
  return out;
}

std::string show(const csv_event& e) {
  std::ostringstream s;
  if (e.broken) {
    s << "broken quote: row line " << e.row_line << ", seen on line " << e.detected_line << (e.never_closed ? ", never closed" : "");
  } else {
    s << "row on line " << e.row_line << ":";
    for (const auto& f : e.fields) s << " [" << f << "]";
  }
  return s.str();
}

std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\r') out += "\\r";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else out += c;
  }
  return out;
}

struct tally {
  std::size_t compared = 0, rows = 0, broken = 0, failures = 0;
};

/// Both tokenizers on `text`; false (and a report) when they differ.
bool same(std::string_view what, std::string_view text, char delimiter, tally& t) {
  ++t.compared;
  const auto expected = pl::oracle::libcsv_events(text, delimiter);
  const auto got = tokenizer_events(text, delimiter);
  for (const auto& e : expected) (e.broken ? t.broken : t.rows)++;
  if (expected == got) return true;
  if (++t.failures <= 10) {
    std::cerr << "DIFFERENT: " << what << " (delimiter '" << delimiter << "')\n  text: " << escaped(text.substr(0, 400)) << "\n";
    for (std::size_t i = 0; i < std::max(expected.size(), got.size()); ++i) {
      const std::string a = i < expected.size() ? show(expected[i]) : "(none)";
      const std::string b = i < got.size() ? show(got[i]) : "(none)";
      if (a != b) {
        std::cerr << "  event " << i << "\n    libcsv:    " << escaped(a) << "\n    tokenizer: " << escaped(b) << "\n";
        break;
      }
    }
  }
  return false;
}

/// The text as the CSV reader sees it (io_detail::checked_text); the raw bytes when it refuses them.
std::string as_read(std::string_view bytes) {
  pl::io_detail::decoded_text d;
  if (!pl::io_detail::checked_text(bytes, "input.csv", pl::text_encoding::automatic, d)) return std::string(bytes);
  return std::string(d.text);
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// ---- 1. files --------------------------------------------------------------------------------
std::size_t files(const fs::path& source, tally& t) {
  std::vector<fs::path> paths;
  for (const char* dir : {"tests", "examples"})
    for (const auto& e : fs::recursive_directory_iterator(source / dir))
      if (e.is_regular_file() && e.path().extension() == ".csv") paths.push_back(e.path());
  for (const char* dir : {"tests/fuzz/corpus/csv_reader", "tests/fuzz/regressions/csv_reader"})
    if (fs::exists(source / dir))
      for (const auto& e : fs::directory_iterator(source / dir))
        if (e.is_regular_file()) paths.push_back(e.path());
  for (const auto& p : paths) {
    const std::string text = as_read(slurp(p));
    for (const char d : {';', ','}) same(fs::relative(p, source).string(), text, d, t);
  }
  return paths.size();
}

// ---- 2. vectors written as CSV -----------------------------------------------------------------
using google::protobuf::Value;

Value load(const fs::path& p) {
  Value v;
  const auto status = google::protobuf::util::JsonStringToMessage(slurp(p), &v);
  if (!status.ok()) throw std::runtime_error(p.string() + ": " + status.ToString());
  return v;
}

std::string value_text(const Value& v) {
  switch (v.kind_case()) {
    case Value::kStringValue: return v.string_value();
    case Value::kNumberValue: {
      std::ostringstream s;
      s << v.number_value();
      return s.str();
    }
    case Value::kBoolValue: return v.bool_value() ? "ja" : "nee";
    default: return "";
  }
}

/// One CSV file of `rows` (header first), written in a random valid way; returns the text.
std::string write_random_csv(const std::vector<std::vector<std::string>>& rows, char delimiter, std::mt19937& rng) {
  const char* ends[] = {"\n", "\r\n", "\r"};
  const std::string end = ends[rng() % 3];
  std::string out = rng() % 4 == 0 ? "\xEF\xBB\xBF" : "";
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += delimiter;
      const auto& v = row[i];
      const bool must_quote = v.find_first_of(std::string("\"\r\n") + delimiter) != std::string::npos ||
                              (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.back() == ' ' || v.back() == '\t'));
      if (rng() % 3 == 0) out += rng() % 2 ? " " : "\t";  // blanks around a value are not part of it
      if (must_quote || rng() % 3 == 0) {
        out += '"';
        for (const char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
        out += '"';
      } else {
        out += v;
      }
      if (rng() % 3 == 0) out += rng() % 2 ? " " : "\t";
    }
    out += end;
    if (rng() % 5 == 0) out += end;  // an empty line is no row
  }
  if (rng() % 3 == 0) out.resize(out.size() - end.size());  // no line end after the last row
  return out;
}

std::size_t vectors(const fs::path& source, tally& t, std::mt19937& rng) {
  std::size_t cases = 0;
  for (const char* name : {"checks.json", "reports.json"}) {
    const Value doc = load(source / "tests/vectors" / name);
    const auto& top = doc.struct_value().fields();
    const auto base_it = top.find("base_record");
    const auto cases_it = top.find("cases");
    if (cases_it == top.end()) continue;
    for (const auto& c : cases_it->second.list_value().values()) {
      const auto& cf = c.struct_value().fields();
      const auto recs = cf.find("records");
      if (recs == cf.end()) continue;
      // every record: the base record overlaid with the case's values; the header is every key
      std::vector<std::string> keys;
      std::vector<std::map<std::string, std::string>> records;
      for (const auto& r : recs->second.list_value().values()) {
        std::map<std::string, std::string> rec;
        if (base_it != top.end())
          for (const auto& [k, v] : base_it->second.struct_value().fields()) rec[k] = value_text(v);
        for (const auto& [k, v] : r.struct_value().fields()) rec[k] = value_text(v);
        for (const auto& [k, v] : rec)
          if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
        records.push_back(std::move(rec));
      }
      if (keys.empty()) continue;
      std::vector<std::vector<std::string>> rows{keys};
      for (auto& rec : records) {
        std::vector<std::string> row;
        for (const auto& k : keys) row.push_back(rec[k]);
        rows.push_back(std::move(row));
      }
      ++cases;
      for (const char d : {';', ','}) {
        const std::string text = as_read(write_random_csv(rows, d, rng));
        const std::string what = std::string(name) + " case '" + value_text(cf.at("name")) + "'";
        if (!same(what, text, d, t)) continue;
        // and the fields are the values written (rows of only empty values are no row in a file)
        const auto got = tokenizer_events(text, d);
        std::vector<std::vector<std::string>> expected_rows;
        for (const auto& row : rows)
          if (std::any_of(row.begin(), row.end(), [](const std::string& v) { return !v.empty(); }) || row.size() > 1)
            expected_rows.push_back(row);
        std::vector<std::vector<std::string>> got_rows;
        for (const auto& e : got) got_rows.push_back(e.fields);
        if (got_rows != expected_rows && ++t.failures <= 10)
          std::cerr << "VALUES: " << what << ": the fields read are not the values written\n  text: " << escaped(text.substr(0, 400)) << "\n";
      }
    }
  }
  return cases;
}

// ---- 3. random files ---------------------------------------------------------------------------
std::string random_text(std::mt19937& rng) {
  static const char* const pieces[] = {"a", "b", "x1", "\xC3\xA9", " ", "\t", ";", ";", ",", ",", "\"", "\"", "\"\"",
                                       "\n", "\r", "\r\n", "\n", "\"a;b\"", "\xEF\xBB\xBF"};
  std::string out = rng() % 6 == 0 ? "\xEF\xBB\xBF" : "";
  const std::size_t n = rng() % 40;
  for (std::size_t i = 0; i < n; ++i) out += pieces[rng() % std::size(pieces)];
  return out;
}

// ---- 4. hand-written cases ---------------------------------------------------------------------
struct spelled {
  const char* text;
  char delimiter;
  std::vector<csv_event> events;
};

std::size_t hand_written(tally& t) {
  const std::vector<spelled> cases = {
      {"a;b\r\n\"x;\"\"y\"\"\";  z  \r\n", ';', {{false, 1, 0, false, {"a", "b"}}, {false, 2, 0, false, {"x;\"y\"", "z"}}}},
      {"k,v\n\"two\nlines\",2\n\n  \nlast,\"\"", ',', {{false, 1, 0, false, {"k", "v"}}, {false, 2, 0, false, {"two\nlines", "2"}}, {false, 6, 0, false, {"last", ""}}}},
      {"a;b\rc\"d;e\rf;g\r", ';', {{false, 1, 0, false, {"a", "b"}}, {true, 2, 2, false, {}}, {false, 3, 0, false, {"f", "g"}}}},
      {"a;b\n\"open;x\ny;z\n", ';', {{false, 1, 0, false, {"a", "b"}}, {true, 2, 3, true, {}}, {false, 3, 0, false, {"y", "z"}}}},
      {"a;b\n\"q\nq\"x;1\nc;d", ';', {{false, 1, 0, false, {"a", "b"}}, {true, 2, 3, false, {}}, {true, 3, 3, false, {}}, {false, 4, 0, false, {"c", "d"}}}},
      {" \"a\" ;\"\";\n", ';', {{false, 1, 0, false, {"a", "", ""}}}},
  };
  for (const auto& c : cases) {
    const auto got = tokenizer_events(c.text, c.delimiter);
    ++t.compared;
    if (got != c.events && ++t.failures <= 10) {
      std::cerr << "HAND-WRITTEN: " << escaped(c.text) << "\n";
      for (const auto& e : got) std::cerr << "  got " << escaped(show(e)) << "\n";
    }
    same("hand-written", c.text, c.delimiter, t);
  }
  return cases.size();
}

}  // namespace

/// CPU megabytes per second of the text check, the tokenizer and the libcsv oracle over one file.
int throughput(const fs::path& file) {
  const std::string bytes = slurp(file);
  const auto mb = static_cast<double>(bytes.size()) / 1e6;
  auto seconds = [](std::clock_t a, std::clock_t b) { return static_cast<double>(b - a) / CLOCKS_PER_SEC; };
  pl::io_detail::decoded_text d;
  const auto t0 = std::clock();
  if (!pl::io_detail::checked_text(bytes, file.string(), pl::text_encoding::automatic, d)) return 1;
  const auto t1 = std::clock();
  std::size_t rows = 0, fields = 0;
  pl::io_detail::csv_tokenizer t(d.text, ';');
  for (auto e = t.next(); e != pl::io_detail::csv_tokenizer::event::end; e = t.next()) {
    ++rows;
    fields += t.fields().size();
  }
  const auto t2 = std::clock();
  const auto oracle_rows = pl::oracle::libcsv_events(d.text, ';').size();
  const auto t3 = std::clock();
  std::cout << file.string() << " (" << mb << " MB, " << rows << " rows, " << fields << " fields), MB per CPU second: UTF-8 check "
            << mb / seconds(t0, t1) << ", tokenizer " << mb / seconds(t1, t2) << ", libcsv line by line with a string per field "
            << mb / seconds(t2, t3) << " (" << oracle_rows << " rows)\n";
  return 0;
}

int main(int argc, char** argv) {
  if (argc == 3 && std::string_view(argv[1]) == "--throughput") return throughput(argv[2]);
  if (argc < 2) {
    std::cerr << "usage: pl_csv_tokenizer_differential SOURCE_DIR [random files]\n";
    return 2;
  }
  const fs::path source = argv[1];
  const std::size_t random_files = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 30000;
  std::mt19937 rng(13);
  tally t;
  const auto hand = hand_written(t);
  const auto nfiles = files(source, t);
  const auto ncases = vectors(source, t, rng);
  for (std::size_t i = 0; i < random_files; ++i) {
    const std::string text = as_read(random_text(rng));
    same("random file " + std::to_string(i), text, rng() % 2 ? ';' : ',', t);
  }
  std::cout << "csv tokenizer vs libcsv oracle: " << hand << " hand-written cases, " << nfiles << " files (x2 delimiters), "
            << ncases << " vector cases as CSV (x2 delimiters), " << random_files << " random files: " << t.compared
            << " texts, " << t.rows << " rows and " << t.broken << " broken quotes compared, " << t.failures << " differences\n";
  return t.failures == 0 ? 0 : 1;
}
