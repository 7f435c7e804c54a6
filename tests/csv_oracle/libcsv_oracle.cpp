// SPDX-License-Identifier: Apache-2.0
// The libcsv oracle (libcsv_oracle.hpp): the reader's tokenizing loop before issue 13, kept as it
// was so the new tokenizer is compared with what the reader always did.
#include "libcsv_oracle.hpp"

#include <csv.h>

#include <stdexcept>

namespace pl::oracle {
namespace {

/// libcsv's parser state before the first byte of a row (struct csv_parser::pstate, csv.h).
constexpr int csv_row_not_begun = 0;

std::size_t line_end(std::string_view text, std::size_t pos) {
  const auto nl = text.find_first_of("\r\n", pos);
  if (nl == std::string_view::npos) return text.size();
  if (text[nl] == '\r' && nl + 1 < text.size() && text[nl + 1] == '\n') return nl + 2;
  return nl + 1;
}

struct collector {
  std::vector<csv_event> events;
  std::vector<std::string> row;
  std::size_t row_start = 1;

  static void on_field(void* s, std::size_t len, void* self) {
    static_cast<collector*>(self)->row.emplace_back(s ? static_cast<const char*>(s) : "", s ? len : 0);
  }
  static void on_row(int, void* self) {
    auto* c = static_cast<collector*>(self);
    csv_event e;
    e.row_line = c->row_start;
    e.fields.swap(c->row);
    c->events.push_back(std::move(e));
  }
  void broken(std::size_t detected, bool at_end) {
    csv_event e;
    e.broken = true;
    e.row_line = row_start;
    e.detected_line = detected;
    e.never_closed = at_end;
    events.push_back(std::move(e));
    row.clear();
  }
};

class parser {
 public:
  explicit parser(char delimiter) : delimiter_(delimiter) { init(); }
  ~parser() { csv_free(&p_); }
  parser(const parser&) = delete;
  parser& operator=(const parser&) = delete;
  void reset() { csv_free(&p_); init(); }
  csv_parser* get() noexcept { return &p_; }

 private:
  void init() {
    if (csv_init(&p_, CSV_STRICT | CSV_STRICT_FINI) != 0) throw std::runtime_error("csv_init failed");
    csv_set_delim(&p_, static_cast<unsigned char>(delimiter_));
  }
  csv_parser p_{};
  char delimiter_;
};

}  // namespace

std::vector<csv_event> libcsv_events(std::string_view text, char delimiter) {
  collector c;
  parser p(delimiter);
  std::size_t pos = 0, line = 1;
  std::size_t restart_pos = 0, restart_line = 1;
  while (true) {
    while (pos < text.size()) {
      const std::size_t end = line_end(text, pos);
      if (p.get()->pstate == csv_row_not_begun) {
        c.row_start = line;
        restart_pos = end;
        restart_line = line + 1;
      }
      const std::size_t n = csv_parse(p.get(), text.data() + pos, end - pos, &collector::on_field, &collector::on_row, &c);
      if (n != end - pos) {
        if (csv_error(p.get()) != CSV_EPARSE) throw std::runtime_error("libcsv: out of memory");
        c.broken(line, false);
        p.reset();
        pos = restart_pos;
        line = restart_line;
        continue;
      }
      pos = end;
      ++line;
    }
    if (csv_fini(p.get(), &collector::on_field, &collector::on_row, &c) != 0) {
      c.broken(line - 1, true);
      p.reset();
      pos = restart_pos;
      line = restart_line;
      continue;
    }
    break;
  }
  return std::move(c.events);
}

}  // namespace pl::oracle
