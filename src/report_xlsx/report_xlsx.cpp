// SPDX-License-Identifier: Apache-2.0
// SPEC §10 tables, SPEC §8 findings and the SPEC §6 data-quality block as one workbook.
#include <participatieladder/report_xlsx.hpp>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pl {
namespace {

struct workbook_closer {
  void operator()(lxw_workbook* w) const noexcept {
    if (w != nullptr) workbook_close(w);
  }
};

/// Sheet names people read, per table (Excel: at most 31 characters, no []:*?/\).
struct sheet_name {
  reports::report_kind kind;
  text name;
};
constexpr sheet_name table_sheets[] = {
    {reports::report_kind::placement, {"Plaatsing", "Placement"}}, {reports::report_kind::target, {"Doelen", "Targets"}},
    {reports::report_kind::caseload, {"Caseload", "Caseload"}},    {reports::report_kind::comparison, {"Vergelijking", "Comparison"}},
    {reports::report_kind::movement, {"Beweging", "Movement"}},    {reports::report_kind::kpi, {"Indicatoren", "Indicators"}},
    {reports::report_kind::budget, {"Budget", "Budget"}},
};

/// A percentage column: its cells are whole percentages, written as fractions formatted `0%`.
bool percentage_column(std::string_view key) { return key == "pct" || key.rfind("pct_", 0) == 0 || key.rfind("pct", 0) == 0; }

class sheet_writer {
 public:
  sheet_writer(lxw_workbook* wb, const std::string& name) : ws_(workbook_add_worksheet(wb, name.c_str())) {}
  bool ok() const noexcept { return ws_ != nullptr; }
  lxw_worksheet* get() const noexcept { return ws_; }
  void text(lxw_row_t r, lxw_col_t c, const std::string& v, lxw_format* f = nullptr) {
    worksheet_write_string(ws_, r, c, v.c_str(), f);
    width(c, v.size());
  }
  void number(lxw_row_t r, lxw_col_t c, double v, lxw_format* f = nullptr) {
    worksheet_write_number(ws_, r, c, v, f);
    width(c, 8);
  }
  void finish() {
    for (std::size_t c = 0; c < widths_.size(); ++c)
      worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), std::min<double>(60, widths_[c] + 2), nullptr);
  }

 private:
  void width(lxw_col_t c, std::size_t w) {
    if (widths_.size() <= c) widths_.resize(c + 1u, 0);
    widths_[c] = std::max(widths_[c], w);
  }
  lxw_worksheet* ws_;
  std::vector<std::size_t> widths_;
};

}  // namespace

result<void> write_xlsx_report(const std::string& path, std::span<const record> records, const reports::report_options& o,
                               std::span<const finding> findings) {
  const lang l = o.language;
  const bool nl = l == lang::nl;
  std::vector<reports::table> tables;
  for (const auto& s : table_sheets) {
    reports::report_options x = o;
    x.kind = s.kind;
    if (s.kind == reports::report_kind::kpi) x.from = x.to = std::nullopt;  // every calendar year with data
    if (!reports::groupable(s.kind)) x.by = reports::group_by::caseworker;
    x.grouped = false;  // the movement sheet is the matrix, as in the HTML report
    auto t = reports::report(records, x);
    if (!t) return t.error();
    tables.push_back(std::move(t).value());
  }

  std::unique_ptr<lxw_workbook, workbook_closer> wb(workbook_new(path.c_str()));
  if (!wb) return fail(errc::io, path + ": cannot create the workbook");
  // Deterministic bytes for the same input: the creation time is the reference date, never the clock.
  lxw_doc_properties props{};
  std::string title = nl ? "Participatieladder — rapportage" : "Participation ladder — report";
  props.title = title.data();
  props.created = static_cast<time_t>(o.reference.days()) * 86400;
  workbook_set_properties(wb.get(), &props);
  lxw_format* bold = workbook_add_format(wb.get());
  format_set_bold(bold);
  lxw_format* percent = workbook_add_format(wb.get());
  format_set_num_format(percent, "0%");
  lxw_format* total = workbook_add_format(wb.get());
  format_set_bold(total);
  lxw_format* total_percent = workbook_add_format(wb.get());
  format_set_bold(total_percent);
  format_set_num_format(total_percent, "0%");

  // Data quality first: what every sheet rests on.
  {
    sheet_writer s(wb.get(), nl ? "Gegevenskwaliteit" : "Data quality");
    if (!s.ok()) return fail(errc::internal, path + ": cannot add a worksheet");
    s.text(0, 0, nl ? "Gegevenskwaliteit" : "Data quality", bold);
    s.text(1, 0, nl ? "peildatum" : "reference date");
    s.text(1, 1, reports::reference_text(o, o.language));
    lxw_row_t r = 3;
    if (o.quality != nullptr) {
      const auto& q = *o.quality;
      s.text(r, 0, nl ? "bron" : "source", bold);
      s.text(r, 1, "records", bold);
      s.text(r, 2, nl ? "tekenset" : "encoding", bold);
      s.text(r, 3, nl ? "lokale kolommen" : "local columns", bold);
      ++r;
      for (const auto& src : q.sources) {
        std::string locals;
        for (const auto& c : src.local_columns) locals += (locals.empty() ? "" : ", ") + c;
        s.text(r, 0, src.name);
        s.number(r, 1, static_cast<double>(src.records));
        s.text(r, 2, src.encoding);
        s.text(r, 3, locals);
        ++r;
      }
      ++r;
      auto figure = [&](const char* nl_label, const char* en_label, std::size_t v) {
        s.text(r, 0, nl ? nl_label : en_label);
        s.number(r, 1, static_cast<double>(v));
        ++r;
      };
      figure("records gelezen", "records read", q.records);
      figure("klanten gelezen", "clients read", q.clients);
      figure("klanten geteld", "clients counted", q.clients_in_view);
      figure("onleesbare waarden (tellen als niet gevuld)", "unreadable values (count as not filled)", q.values_unreadable);
      figure("overgeslagen rijen", "rows skipped", q.rows_skipped);
      for (const auto& x : q.left_out) {
        s.text(r, 0, std::string(nl ? "niet meegeteld, " : "not counted, ") + std::string(reports::label_of(x.reason)(l)) + " (records)");
        s.number(r, 1, static_cast<double>(x.records));
        ++r;
      }
      figure("klanten die in geen enkele tabel meetellen", "clients counted in no table", q.clients_left_out);
    }
    s.finish();
  }

  for (std::size_t i = 0; i < tables.size(); ++i) {
    const reports::table& t = tables[i];
    sheet_writer s(wb.get(), std::string(table_sheets[i].name(l)));
    if (!s.ok()) return fail(errc::internal, path + ": cannot add a worksheet");
    const auto& heads = t.column_labels.size() == t.columns.size() ? t.column_labels : t.columns;
    for (std::size_t c = 0; c < heads.size(); ++c) s.text(0, static_cast<lxw_col_t>(c), heads[c], bold);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const std::string key = t.rows[r].empty() ? "" : reports::to_string(t.rows[r][0]);
      const bool is_total = key == "total" || key == "total_1_5" || key == "grand_total" || key == "all";
      const auto row = static_cast<lxw_row_t>(r + 1);
      for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        if (c == 0) {
          s.text(row, col, std::string(reports::detail::trim_view(reports::row_display(t, r))), is_total ? total : nullptr);
          continue;
        }
        const auto& cell = t.rows[r][c];
        if (const auto* n = std::get_if<std::int64_t>(&cell)) {
          const bool pct = c < t.columns.size() && percentage_column(t.columns[c]);
          s.number(row, col, pct ? static_cast<double>(*n) / 100.0 : static_cast<double>(*n),
                   pct ? (is_total ? total_percent : percent) : (is_total ? total : nullptr));
        } else if (std::holds_alternative<std::string>(cell)) {
          s.text(row, col, reports::cell_display(t, r, c), is_total ? total : nullptr);
        }
      }
    }
    lxw_row_t r = static_cast<lxw_row_t>(t.rows.size() + 2);
    for (const auto& [k, v] : t.summary) {
      s.text(r, 0, reports::summary_label(k, l));
      if (const auto* n = std::get_if<std::int64_t>(&v)) s.number(r, 1, static_cast<double>(*n));
      else s.text(r, 1, reports::to_string(v));
      ++r;
    }
    worksheet_freeze_panes(s.get(), 1, 1);
    s.finish();
  }

  // Findings: a worklist per caseworker or team with Excel's filter.
  {
    sheet_writer s(wb.get(), nl ? "Bevindingen" : "Findings");
    if (!s.ok()) return fail(errc::internal, path + ": cannot add a worksheet");
    const std::array<const char*, 11> heads_nl{"controle", "ernst", "klantnummer", "klantmanager", "team", "meetdatum", "melding",
                                               "bestand", "regel", "sleutel", "waarde"};
    const std::array<const char*, 11> heads_en{"check", "severity", "client_id", "caseworker", "team", "measured_on", "message",
                                               "file", "line", "key", "value"};
    for (std::size_t c = 0; c < heads_nl.size(); ++c) s.text(0, static_cast<lxw_col_t>(c), nl ? heads_nl[c] : heads_en[c], bold);
    lxw_row_t r = 1;
    for (const auto& f : findings) {
      s.text(r, 0, f.check);
      s.text(r, 1, std::string(severity_label(f.severity)(l)));
      s.text(r, 2, f.client_id);
      s.text(r, 3, f.caseworker);
      s.text(r, 4, f.team);
      s.text(r, 5, f.measured_on ? f.measured_on->iso() : "");
      s.text(r, 6, f.message_in(l));
      s.text(r, 7, f.file);
      s.number(r, 8, static_cast<double>(f.line));
      s.text(r, 9, f.key);
      s.text(r, 10, f.value);
      ++r;
    }
    worksheet_autofilter(s.get(), 0, 0, r > 1 ? r - 1 : 0, static_cast<lxw_col_t>(heads_nl.size() - 1));
    worksheet_freeze_panes(s.get(), 1, 0);
    s.finish();
  }

  const lxw_error closed = workbook_close(wb.release());
  if (closed != LXW_NO_ERROR) return fail(errc::io, path + ": cannot write the workbook: " + lxw_strerror(closed));
  return success();
}

}  // namespace pl
