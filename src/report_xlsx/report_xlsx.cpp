// SPDX-License-Identifier: Apache-2.0
// SPEC §10 tables, SPEC §8 findings and the SPEC §6 data-quality block as one workbook.
#include <participatieladder/report_xlsx.hpp>

#include <participatieladder/fields.hpp>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <memory>
#include <optional>
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

/// A percentage column: its cells are whole percentages, written as fractions formatted `0%`.
/// One convention throughout (the target's "doel %" too): fractions formatted as percentages.
bool percentage_column(std::string_view key) { return key.find("pct") != std::string_view::npos; }

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
  void date_cell(lxw_row_t r, lxw_col_t c, lxw_datetime d, lxw_format* f) {
    worksheet_write_datetime(ws_, r, c, &d, f);
    width(c, 10);
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

/// A cell that holds an ISO date (`2024-06-30`), as a date.
std::optional<date> date_value(const reports::cell& v) {
  const auto* x = std::get_if<std::string>(&v);
  if (x == nullptr || x->size() != 10 || (*x)[4] != '-' || (*x)[7] != '-') return std::nullopt;
  auto d = parse_date(*x);
  if (!d) return std::nullopt;
  return d.value();
}

/// The lead columns of a table's sheet: what identifies a row, one thing per column.
struct sheet_layout {
  std::vector<std::string> heads;  ///< headings of the lead columns
  std::size_t key_columns = 1;     ///< table columns the lead columns stand for
  enum class kind { step_label, year_indicator, group_step } how = kind::step_label;

  std::vector<reports::cell> lead(const reports::table& t, std::size_t r, lang l) const {
    const auto& row = t.rows[r];
    const std::string key = row.empty() ? "" : reports::to_string(row[0]);
    const std::string label = r < t.row_labels.size() ? t.row_labels[r] : std::string();
    switch (how) {
      case kind::year_indicator:  // the year a number, the indicator its label (never the key)
        return {row.empty() ? reports::cell() : row[0], reports::str(label.empty() ? reports::to_string(row.size() > 1 ? row[1] : reports::cell()) : label)};
      case kind::group_step: {  // caseworker/team, then the step (a number, or a sub-step) and what it is
        const std::string group = reports::group_label(key, l);
        const std::string scope = row.size() > 1 ? reports::to_string(row[1]) : "";
        std::string what = label.rfind(group + " / ", 0) == 0 ? label.substr(group.size() + 3) : label;
        reports::cell step;
        int n = 0;
        if (!scope.empty() && scope.find_first_not_of("0123456789") == std::string::npos && detail::parse_uint(scope, n)) step = reports::num(static_cast<std::size_t>(n));
        else if (scope.find('.') != std::string::npos) step = reports::str(scope);
        return {reports::str(group), step, reports::str(what)};
      }
      case kind::step_label:
        break;
    }
    const bool numeric = !key.empty() && key.find_first_not_of("0123456789") == std::string::npos;
    int n = 0;
    reports::cell step;
    if (numeric && detail::parse_uint(key, n)) step = reports::num(static_cast<std::size_t>(n));
    else if (!key.empty() && key.find_first_not_of("0123456789.") == std::string::npos) step = reports::str(key);  // a sub-step
    std::string shown = label.empty() ? key : label;
    if (heads.size() == 1) return {reports::str(std::string(reports::detail::trim_view(reports::row_display(t, r))))};
    return {step, reports::str(shown)};
  }
};

/// Tables whose rows are steps get a step column (a number, filterable) beside the label; the KPI
/// table a year and an indicator column; the caseload overview a group, a step and a label column.
sheet_layout layout_of(const reports::table& t, lang l) {
  const bool nl = l == lang::nl;
  const auto& heads = t.column_labels.size() == t.columns.size() ? t.column_labels : t.columns;
  sheet_layout out;
  if (t.name == reports::to_string(reports::report_kind::kpi)) {
    out.how = sheet_layout::kind::year_indicator;
    out.heads = {heads.size() > 0 ? heads[0] : "", heads.size() > 1 ? heads[1] : ""};
    out.key_columns = 2;
    return out;
  }
  if (t.name == reports::to_string(reports::report_kind::caseload)) {
    out.how = sheet_layout::kind::group_step;
    out.heads = {heads.size() > 0 ? heads[0] : "", nl ? "trede" : "step", heads.size() > 1 ? heads[1] : ""};
    out.key_columns = 2;
    return out;
  }
  bool steps = false;
  for (const auto& row : t.rows) {
    const std::string key = row.empty() ? "" : reports::to_string(row[0]);
    steps = steps || (!key.empty() && key.find_first_not_of("0123456789") == std::string::npos);
  }
  out.heads = steps ? std::vector<std::string>{nl ? "trede" : "step", nl ? "omschrijving" : "description"}
                    : std::vector<std::string>{heads.empty() ? "" : heads[0]};
  return out;
}

/// A date as an Excel date (a number formatted as a date: filterable and sortable).
lxw_datetime excel_date(const date& d) {
  lxw_datetime t{};
  t.year = d.year;
  t.month = d.month;
  t.day = d.day;
  return t;
}

/// The findings as a worklist sheet with Excel's filter: one row per finding, the caseworker and
/// team as columns of their own, the measurement date as a date.
bool add_findings_sheet(lxw_workbook* wb, std::span<const finding> findings, lang l, lxw_format* bold, lxw_format* date_format) {
  const bool nl = l == lang::nl;
  sheet_writer s(wb, nl ? "Bevindingen" : "Findings");
  if (!s.ok()) return false;
  const std::array<const char*, 11> heads_nl{"controle", "ernst", "klantnummer", "klantmanager", "team", "meetdatum", "melding",
                                             "bestand", "regel", "veld", "waarde"};
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
    if (f.measured_on) s.date_cell(r, 5, excel_date(*f.measured_on), date_format);
    s.text(r, 6, f.message_in(l));
    s.text(r, 7, f.file);
    s.number(r, 8, static_cast<double>(f.line));
    // the field as people know it: the Dutch header of the data set (SPEC §6), never the internal key
    const field_info* field = f.key.empty() ? nullptr : field_by_key(f.key);
    s.text(r, 9, field && nl ? std::string(field->dutch_header()) : f.key);
    s.text(r, 10, f.value);
    ++r;
  }
  worksheet_autofilter(s.get(), 0, 0, r > 1 ? r - 1 : 0, static_cast<lxw_col_t>(heads_nl.size() - 1));
  worksheet_freeze_panes(s.get(), 1, 0);
  s.finish();
  return true;
}

}  // namespace

result<void> write_xlsx_worklist(const std::string& path, std::span<const finding> findings, lang l, const std::string& title,
                                 const date& reference) {
  std::unique_ptr<lxw_workbook, workbook_closer> wb(workbook_new(path.c_str()));
  if (!wb) return fail(errc::io, path + ": cannot create the workbook");
  lxw_doc_properties props{};
  std::string t = title;
  props.title = t.data();
  props.created = static_cast<time_t>(reference.days()) * 86400;  // deterministic: never the clock
  workbook_set_properties(wb.get(), &props);
  lxw_format* bold = workbook_add_format(wb.get());
  format_set_bold(bold);
  lxw_format* date_format = workbook_add_format(wb.get());
  format_set_num_format(date_format, "d-m-yyyy");
  if (!add_findings_sheet(wb.get(), findings, l, bold, date_format)) return fail(errc::internal, path + ": cannot add a worksheet");
  const lxw_error closed = workbook_close(wb.release());
  if (closed != LXW_NO_ERROR) return fail(errc::io, path + ": cannot write the workbook: " + lxw_strerror(closed));
  return success();
}

namespace {
}  // namespace

result<void> write_xlsx_report(const std::string& path, const caseload_store& records, const reports::report_options& o,
                               std::span<const finding> findings) {
  const lang l = o.language;
  const bool nl = l == lang::nl;
  std::vector<reports::table> tables;
  for (const auto& k : reports::report_kinds) {  // one sheet per table, named by its title
    reports::report_options x = o;
    x.kind = k.kind;
    if (k.kind == reports::report_kind::kpi) x.from = x.to = std::nullopt;  // every calendar year with data
    if (!k.groupable) x.by = reports::group_by::caseworker;
    x.grouped = false;  // the movement sheet is the matrix, as in the HTML report
    auto t = reports::report(records, x);
    if (!t) return t.error();
    tables.push_back(std::move(t).value());
  }

  std::unique_ptr<lxw_workbook, workbook_closer> wb(workbook_new(path.c_str()));
  if (!wb) return fail(errc::io, path + ": cannot create the workbook");
  // Deterministic bytes for the same input: the creation time is the reference date, never the clock.
  lxw_doc_properties props{};
  std::string title = !o.title.empty() ? o.title : nl ? "Participatieladder — rapportage" : "Participation ladder — report";
  if (!o.municipality.empty()) title += (nl ? " — gemeente " : " — municipality ") + o.municipality;
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
  lxw_format* date_format = workbook_add_format(wb.get());
  format_set_num_format(date_format, "d-m-yyyy");

  // Data quality first: what every sheet rests on.
  {
    sheet_writer s(wb.get(), nl ? "Gegevenskwaliteit" : "Data quality");
    if (!s.ok()) return fail(errc::internal, path + ": cannot add a worksheet");
    s.text(0, 0, title, bold);
    s.text(1, 0, nl ? "peildatum" : "reference date");
    if (o.no_reference) s.text(1, 1, reports::reference_text(o, o.language));
    else s.date_cell(1, 1, excel_date(o.reference), date_format);
    if (!o.municipality.empty()) {
      s.text(2, 0, nl ? "gemeente" : "municipality");
      s.text(2, 1, o.municipality);
    }
    s.text(3, 0, nl ? "Gegevenskwaliteit" : "Data quality", bold);
    lxw_row_t r = 4;
    if (o.quality != nullptr) {
      const auto& q = *o.quality;
      s.text(r, 0, nl ? "bron" : "source", bold);
      s.text(r, 1, "records", bold);
      s.text(r, 2, nl ? "opgeslagen als" : "saved as", bold);
      s.text(r, 3, nl ? "lokale kolommen" : "local columns", bold);
      ++r;
      for (const auto& src : q.sources) {
        std::string locals;
        for (const auto& c : src.local_columns) locals += (locals.empty() ? "" : ", ") + c;
        s.text(r, 0, src.name);
        s.number(r, 1, static_cast<double>(src.records));
        s.text(r, 2, src.encoding == "windows-1252" ? (nl ? "Excel-CSV (Windows-tekens)" : "Excel CSV (Windows characters)")
                     : src.encoding == "utf-8" ? (nl ? "UTF-8 (gewone tekst)" : "UTF-8 (plain text)") : src.encoding);
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
    sheet_writer s(wb.get(), std::string(reports::report_kinds[i].title(l)));
    if (!s.ok()) return fail(errc::internal, path + ": cannot add a worksheet");
    const auto& heads = t.column_labels.size() == t.columns.size() ? t.column_labels : t.columns;
    // Filterable: what the text report joins into one row label (the year and the indicator, the
    // caseworker and the step) gets columns of its own (sheet_layout).
    const sheet_layout layout = layout_of(t, l);
    const std::size_t first_value = layout.key_columns;  // table columns before it are in the lead columns
    std::vector<std::string> all_heads = layout.heads;
    for (std::size_t c = first_value; c < heads.size(); ++c) all_heads.push_back(heads[c]);
    for (std::size_t c = 0; c < all_heads.size(); ++c) s.text(0, static_cast<lxw_col_t>(c), all_heads[c], bold);
    const auto shift = static_cast<std::ptrdiff_t>(layout.heads.size()) - static_cast<std::ptrdiff_t>(first_value);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const std::string key = t.rows[r].empty() ? "" : reports::to_string(t.rows[r][0]);
      const bool is_total = key == "total" || key == "total_1_5" || key == "grand_total" || key == "all";
      const auto row = static_cast<lxw_row_t>(r + 1);
      const auto lead = layout.lead(t, r, l);
      for (std::size_t c = 0; c < lead.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        if (const auto* n = std::get_if<std::int64_t>(&lead[c])) s.number(row, col, static_cast<double>(*n), is_total ? total : nullptr);
        else if (const auto* x = std::get_if<std::string>(&lead[c])) s.text(row, col, *x, is_total ? total : nullptr);
      }
      for (std::size_t c = first_value; c < t.rows[r].size(); ++c) {
        const auto col = static_cast<lxw_col_t>(static_cast<std::ptrdiff_t>(c) + shift);
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
      if (const auto* n = std::get_if<std::int64_t>(&v)) {
        if (percentage_column(k)) s.number(r, 1, static_cast<double>(*n) / 100.0, percent);
        else s.number(r, 1, static_cast<double>(*n));
      } else if (const auto d = date_value(v)) {
        s.date_cell(r, 1, excel_date(*d), date_format);
      } else {
        s.text(r, 1, reports::to_string(v));
      }
      ++r;
    }
    worksheet_autofilter(s.get(), 0, 0, static_cast<lxw_row_t>(t.rows.size()), static_cast<lxw_col_t>(all_heads.size() - 1));
    worksheet_freeze_panes(s.get(), 1, static_cast<lxw_col_t>(layout.heads.size()));
    s.finish();
  }

  // Findings: a worklist per caseworker or team with Excel's filter.
  if (auto added = add_findings_sheet(wb.get(), findings, l, bold, date_format); !added) return fail(errc::internal, path + ": cannot add a worksheet");

  const lxw_error closed = workbook_close(wb.release());
  if (closed != LXW_NO_ERROR) return fail(errc::io, path + ": cannot write the workbook: " + lxw_strerror(closed));
  return success();
}

}  // namespace pl
