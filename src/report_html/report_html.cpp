// SPDX-License-Identifier: Apache-2.0
// The self-contained HTML report (SPEC §10; docs/reports.md "HTML report"): inline CSS + inline
// SVG, no script, no external resource. Draws the rows of pl::reports::report — never computes a
// figure of its own beyond chart geometry.
#include <participatieladder/report_html.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <tuple>
#include <string>
#include <vector>

namespace pl {

namespace {

using reports::cell;
using reports::table;

/// Texts of the page, per language.
struct page_text {
  std::string_view title, reference, caseload, left, intake, placement, placement_note, without_gp, with_gp, unknown_gp,
      targets, targets_note, movement, movement_note, from, caseload_by, caseload_note, comparison, kpi, budget, tables,
      step, clients, not_filled, no_group, generated, summary;
};

constexpr page_text nl_text{
    "Participatieladder — rapportage", "Peildatum", "klanten in de caseload", "uitgestroomd (trede 9)",
    "nog niet geplaatst (trede 0)", "Verdeling over de treden", "Klanten per trede op de peildatum, met de splitsing naar groeipotentieel.",
    "zonder groeipotentieel", "met groeipotentieel", "groeipotentieel onbekend", "Verdeling over de doelen",
    "Klanten per doeltrede, in % van de klanten op trede 1–5.", "Beweging op de ladder",
    "Van trede op de eerste datum (rij) naar trede op de tweede datum (kolom); 'nieuw' = instroom, 'uit (9)' = uitgestroomd.",
    "van", "Caseload per ", "Klanten per trede, per ", "Vergelijking", "Prestatie-indicatoren per kalenderjaar",
    "Budgettoerekening per trede", "Tabellen", "trede", "klanten", "niet gevuld", "(geen)",
    "Gemaakt met pladder, de referentie-implementatie van de Participatieladder.", "kengetallen"};

constexpr page_text en_text{
    "Participation ladder — report", "Reference date", "clients in the caseload", "left (step 9)",
    "not yet placed (step 0)", "Distribution over the steps", "Clients per step on the reference date, split by growth potential.",
    "without growth potential", "with growth potential", "growth potential unknown", "Distribution over the targets",
    "Clients per target step, in % of the clients on steps 1–5.", "Movement on the ladder",
    "From the step on the first date (row) to the step on the second date (column); 'new' = inflow, 'left (9)' = left.",
    "from", "Caseload per ", "Clients per step, per ", "Comparison", "Performance indicators per calendar year",
    "Budget attribution per step", "Tables", "step", "clients", "not filled", "(none)",
    "Made with pladder, the reference implementation of the Participatieladder.", "key figures"};

// Colours: without / with / unknown growth potential; steps 0–6 and not filled.
constexpr std::string_view colour_without = "#9aa5b1", colour_with = "#2f855a", colour_unknown = "#e2c044";
constexpr std::array<std::string_view, 8> step_colours{"#a0aec0", "#c53030", "#dd6b20", "#d69e2e",
                                                       "#38a169", "#3182ce", "#553c9a", "#e2e8f0"};

std::int64_t count(const table& t, std::string_view row, std::string_view col) {
  const cell c = t.at(row, col);
  if (const auto* i = std::get_if<std::int64_t>(&c)) return *i;
  return 0;
}

std::string num_text(std::int64_t v) { return std::to_string(v); }

std::string row_label(const table& t, std::size_t r) { return r < t.row_labels.size() ? t.row_labels[r] : std::string(); }

/// A plain HTML table of `t` (with the row label after the key when there is one) and its summary.
std::string html_table(const table& t) {
  const auto& heads = t.column_labels.size() == t.columns.size() ? t.column_labels : t.columns;
  // a table of many columns gets a smaller type, so it fits the page (screen and paper) instead of
  // scrolling sideways: nothing of it is cut off when printed
  std::string out = std::string("<div class=\"scroll\"><table class=\"data") + (t.columns.size() > 10 ? " wide" : "") + "\"><thead><tr>";
  for (const auto& h : heads) out += "<th>" + html_escape(h) + "</th>";
  out += "</tr></thead><tbody>";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const std::string key = t.rows[r].empty() ? "" : reports::to_string(t.rows[r][0]);
    const bool total = key == "total" || key == "total_1_5" || key == "grand_total" || key == "all";
    out += total ? "<tr class=\"total\">" : "<tr>";
    for (std::size_t i = 0; i < t.rows[r].size(); ++i) {
      // People read labels: the row as row_display (never a key such as not_filled), coded cells labelled.
      if (i == 0) {
        out += "<td class=\"label\">" + html_escape(reports::row_display(t, r)) + "</td>";
        continue;
      }
      const bool number = std::holds_alternative<std::int64_t>(t.rows[r][i]);
      out += number ? "<td class=\"n\">" : "<td>";
      out += html_escape(reports::cell_display(t, r, i)) + "</td>";
    }
    out += "</tr>";
  }
  out += "</tbody></table></div>";
  if (!t.summary.empty()) {
    out += "<p class=\"summary\">";
    bool first = true;
    for (const auto& [k, v] : t.summary) {
      if (k == "reference_date" || k == "without_second_measurement_ids") continue;
      out += std::string(first ? "" : " · ") + "<span>" + html_escape(reports::summary_label(k, t.language)) + ": <b>" +
             html_escape(reports::to_string(v).empty() ? "–" : reports::to_string(v)) + "</b></span>";
      first = false;
    }
    out += "</p>";
  }
  return out;
}

std::string legend(const std::vector<std::pair<std::string_view, std::string>>& items) {
  std::string out = "<p class=\"legend\">";
  for (const auto& [colour, text] : items)
    out += "<span><i style=\"background:" + std::string(colour) + "\"></i>" + html_escape(text) + "</span>";
  return out + "</p>";
}

std::string svg_open(int width, int height, std::string_view title) {
  return "<svg role=\"img\" width=\"" + std::to_string(width) + "\" height=\"" +
         std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
         "\"><title>" + html_escape(title) + "</title>";
}

std::string rect(double x, double y, double w, double h, std::string_view fill, std::string_view tip = {}) {
  std::string out = "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
                    std::to_string(std::max(w, 0.0)) + "\" height=\"" + std::to_string(std::max(h, 0.0)) + "\" fill=\"" +
                    std::string(fill) + "\"";
  if (tip.empty()) return out + "/>";
  return out + "><title>" + html_escape(tip) + "</title></rect>";
}

std::string text(double x, double y, std::string_view s, std::string_view anchor = "start", std::string_view cls = {}) {
  std::string out = "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" text-anchor=\"" + std::string(anchor) + "\"";
  if (!cls.empty()) out += " class=\"" + std::string(cls) + "\"";
  return out + ">" + html_escape(s) + "</text>";
}

/// Step distribution with the growth split: a horizontal stacked bar per step 1–5, plain bars for
/// step 6 and not filled.
std::string placement_chart(const table& t, const page_text& tx) {
  std::vector<std::string> keys{"1", "2", "3", "4", "5", "6", "not_filled"};
  std::int64_t max = 1;
  for (const auto& k : keys) max = std::max(max, count(t, k, "clients"));
  const int label_w = 330, bar_w = 520, row_h = 34, width = label_w + bar_w + 120;
  const int height = static_cast<int>(keys.size()) * row_h + 10;
  std::string out = svg_open(width, height, tx.placement);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const auto& k = keys[i];
    const double y = 5 + static_cast<double>(i) * row_h;
    std::string lab;
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      if (!t.rows[r].empty() && reports::to_string(t.rows[r][0]) == k) lab = row_label(t, r);
    const std::string name = k == "not_filled" ? std::string(tx.not_filled) : k + "  " + lab;
    out += text(label_w - 10, y + row_h / 2.0 + 4, name, "end");
    const std::int64_t clients = count(t, k, "clients");
    const double scale = static_cast<double>(bar_w) / static_cast<double>(max);
    double x = label_w;
    if (k == "6" || k == "not_filled") {
      out += rect(x, y + 4, static_cast<double>(clients) * scale, row_h - 8, k == "6" ? step_colours[6] : step_colours[7],
                  name + ": " + num_text(clients));
      x += static_cast<double>(clients) * scale;
    } else {
      const std::int64_t without = count(t, k, "without_gp"), with = count(t, k, "with_gp");
      const std::int64_t unknown = std::max<std::int64_t>(0, clients - without - with);
      for (const auto& [n, colour, what] : {std::tuple{without, colour_without, tx.without_gp}, std::tuple{with, colour_with, tx.with_gp},
                                            std::tuple{unknown, colour_unknown, tx.unknown_gp}}) {
        out += rect(x, y + 4, static_cast<double>(n) * scale, row_h - 8, colour, name + " — " + std::string(what) + ": " + num_text(n));
        x += static_cast<double>(n) * scale;
      }
    }
    const cell pct = t.at(k, "pct_of_total");
    out += text(x + 8, y + row_h / 2.0 + 4, num_text(clients) + (reports::to_string(pct).empty() ? "" : "  (" + reports::to_string(pct) + "%)"),
                "start", "value");
  }
  return out + "</svg>";
}

/// Target distribution: a vertical bar per target key.
std::string target_chart(const table& t, const page_text& tx) {
  std::int64_t max = 1;
  for (const auto& r : t.rows) max = std::max(max, count(t, reports::to_string(r[0]), "clients"));
  const int bar = 52, gap = 14, chart_h = 220, top = 24, width = static_cast<int>(t.rows.size()) * (bar + gap) + 40;
  std::string out = svg_open(width, chart_h + top + 44, tx.targets);
  out += "<line x1=\"20\" y1=\"" + std::to_string(top + chart_h) + "\" x2=\"" + std::to_string(width - 10) + "\" y2=\"" +
         std::to_string(top + chart_h) + "\" stroke=\"#718096\"/>";
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const std::string key = reports::to_string(t.rows[i][0]);
    const std::int64_t n = count(t, key, "clients");
    const double h = static_cast<double>(n) * chart_h / static_cast<double>(max);
    const double x = 24 + static_cast<double>(i) * (bar + gap);
    const std::size_t base = key == "not_filled" ? 7 : static_cast<std::size_t>(key[0] - '0');
    const std::string shown = key == "not_filled" ? std::string(tx.not_filled) : key;
    out += rect(x, top + chart_h - h, bar, h, step_colours[std::min<std::size_t>(base, 7)], shown + ": " + num_text(n));
    out += text(x + bar / 2.0, top + chart_h - h - 6, reports::to_string(t.at(key, "pct")) + "%", "middle", "value");
    out += text(x + bar / 2.0, top + chart_h + 18, shown, "middle");
    out += text(x + bar / 2.0, top + chart_h + 36, num_text(n), "middle", "small");
  }
  return out + "</svg>";
}

/// The movement matrix as a heat map: rows = from (incl. new inflow), columns = to (incl. left).
std::string movement_heat_map(const table& t, const page_text& tx) {
  std::vector<std::size_t> cols;  // column indices between "from" and "total"
  for (std::size_t c = 1; c < t.columns.size(); ++c)
    if (t.columns[c] != "total") cols.push_back(c);
  std::vector<std::size_t> rows;
  std::int64_t max = 1;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (reports::to_string(t.rows[r][0]) == "total") continue;
    rows.push_back(r);
    for (const auto c : cols)
      if (const auto* v = std::get_if<std::int64_t>(&t.rows[r][c])) max = std::max(max, *v);
  }
  const int label_w = 330, cell_w = 62, cell_h = 34, top = 44;
  const int width = label_w + static_cast<int>(cols.size()) * cell_w + 20;
  const int height = top + static_cast<int>(rows.size()) * cell_h + 10;
  std::string out = svg_open(width, height, tx.movement);
  for (std::size_t j = 0; j < cols.size(); ++j) {
    const auto& lab = t.column_labels.size() == t.columns.size() ? t.column_labels[cols[j]] : t.columns[cols[j]];
    out += text(label_w + static_cast<double>(j) * cell_w + cell_w / 2.0, top - 12, lab, "middle", "head");
  }
  out += text(label_w - 10, top - 12, std::string(tx.from) + " \\ →", "end", "head");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::size_t r = rows[i];
    const double y = top + static_cast<double>(i) * cell_h;
    const std::string key = reports::to_string(t.rows[r][0]);
    const bool numeric_key = !key.empty() && key[0] >= '0' && key[0] <= '9';
    out += text(label_w - 10, y + cell_h / 2.0 + 4, numeric_key ? key + "  " + row_label(t, r) : row_label(t, r), "end");
    for (std::size_t j = 0; j < cols.size(); ++j) {
      const cell& c = t.rows[r][cols[j]];
      const std::int64_t v = std::holds_alternative<std::int64_t>(c) ? std::get<std::int64_t>(c) : 0;
      const double share = static_cast<double>(v) / static_cast<double>(max);
      // white → deep blue; the same-step diagonal keeps the colour scale, outlined
      const int red = static_cast<int>(247 - share * (247 - 30)), green = static_cast<int>(250 - share * (250 - 78)),
                blue = static_cast<int>(252 - share * (252 - 150));
      const std::string fill = "rgb(" + std::to_string(red) + "," + std::to_string(green) + "," + std::to_string(blue) + ")";
      const double x = label_w + static_cast<double>(j) * cell_w;
      out += rect(x + 1, y + 1, cell_w - 2, cell_h - 2, fill,
                  std::string(reports::detail::trim_view(reports::row_display(t, r))) + " → " +
                      (t.column_labels.size() == t.columns.size() ? t.column_labels[cols[j]] : t.columns[cols[j]]) + ": " +
                      reports::to_string(c));
      if (t.columns[cols[j]] == key)
        out += "<rect x=\"" + std::to_string(x + 1) + "\" y=\"" + std::to_string(y + 1) + "\" width=\"" + std::to_string(cell_w - 2) +
               "\" height=\"" + std::to_string(cell_h - 2) + "\" fill=\"none\" stroke=\"#1a202c\" stroke-width=\"1.5\"/>";
      if (v > 0) out += text(x + cell_w / 2.0, y + cell_h / 2.0 + 5, num_text(v), "middle", share > 0.55 ? "on-dark" : "value");
    }
  }
  return out + "</svg>";
}

/// Caseload per caseworker (or team): a horizontal bar per group, stacked by step.
std::string caseload_chart(const table& t, const page_text& tx, std::string_view group_name) {
  std::vector<std::size_t> rows;
  std::int64_t max = 1;
  const int clients_col = t.column("clients");
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (reports::to_string(t.rows[r][1]) != "all" || reports::to_string(t.rows[r][0]) == "all") continue;
    rows.push_back(r);
    if (const auto* v = std::get_if<std::int64_t>(&t.rows[r][static_cast<std::size_t>(clients_col)])) max = std::max(max, *v);
  }
  const std::array<std::string_view, 8> step_cols{"step_0", "step_1", "step_2", "step_3", "step_4", "step_5", "step_6", "step_not_filled"};
  const int label_w = 200, bar_w = 600, row_h = 28;
  const int height = static_cast<int>(std::max<std::size_t>(rows.size(), 1)) * row_h + 10;
  std::string out = svg_open(label_w + bar_w + 80, height, std::string(tx.caseload_by) + std::string(group_name));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = t.rows[rows[i]];
    const double y = 5 + static_cast<double>(i) * row_h;
    const std::string group = reports::to_string(row[0]);
    const std::string shown = group.empty() ? std::string(tx.no_group) : group;
    out += text(label_w - 10, y + row_h / 2.0 + 4, shown, "end");
    double x = label_w;
    const double scale = static_cast<double>(bar_w) / static_cast<double>(max);
    for (std::size_t s = 0; s < step_cols.size(); ++s) {
      const int c = t.column(step_cols[s]);
      const std::int64_t n = c >= 0 && std::holds_alternative<std::int64_t>(row[static_cast<std::size_t>(c)])
                                 ? std::get<std::int64_t>(row[static_cast<std::size_t>(c)])
                                 : 0;
      if (n == 0) continue;
      const std::string step_name = s == 7 ? std::string(tx.not_filled) : std::string(tx.step) + " " + std::to_string(s);
      out += rect(x, y + 3, static_cast<double>(n) * scale, row_h - 6, step_colours[s], shown + " — " + step_name + ": " + num_text(n));
      x += static_cast<double>(n) * scale;
    }
    out += text(x + 8, y + row_h / 2.0 + 4, reports::to_string(row[static_cast<std::size_t>(clients_col)]), "start", "value");
  }
  return out + "</svg>";
}

constexpr std::string_view style = R"(
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#1a202c;background:#f7fafc;margin:0;padding:24px 32px;}
h1{font-size:26px;margin:0 0 4px 0;color:#234e52;} h2{font-size:19px;margin:0 0 6px 0;color:#234e52;}
header{border-bottom:3px solid #2c7a7b;padding-bottom:12px;margin-bottom:18px;}
.figures{display:flex;gap:14px;flex-wrap:wrap;margin-top:12px;}
.figure{background:#fff;border:1px solid #cbd5e0;border-radius:6px;padding:8px 14px;min-width:150px;}
.figure b{display:block;font-size:24px;color:#2c7a7b;} .figure span{font-size:13px;color:#4a5568;}
section{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:16px 20px;margin:0 0 18px 0;}
p.note{margin:0 0 10px 0;font-size:13px;color:#4a5568;}
svg text{font-size:13px;fill:#2d3748;} svg text.value{font-weight:bold;} svg text.small{font-size:11px;fill:#718096;}
svg text.head{font-weight:bold;} svg text.on-dark{fill:#fff;font-weight:bold;}
.legend span{display:inline-block;margin-right:16px;font-size:13px;} .legend i{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px;border-radius:2px;}
.scroll{max-width:100%;} table.data{border-collapse:collapse;font-size:12px;margin-top:8px;max-width:100%;}
table.data th{background:#edf2f7;text-align:left;padding:4px 6px;border-bottom:2px solid #a0aec0;white-space:normal;vertical-align:bottom;}
table.data td{padding:3px 6px;border-bottom:1px solid #e2e8f0;} td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;}
td.label{color:#4a5568;white-space:pre-wrap;} tr.total td{font-weight:bold;background:#f7fafc;}
table.wide{font-size:10px;} table.wide th,table.wide td{padding:2px 3px;} table.data th{overflow-wrap:anywhere;}
@media (max-width:900px){body{padding:8px;} section{padding:8px 6px;} table.data{font-size:10px;} table.wide{font-size:7px;} table.wide th,table.wide td{padding:1px 1px;}}
svg{max-width:100%;height:auto;}
@media print{@page{size:A4;margin:12mm;} body{background:#fff;padding:0;font-size:11px;} section{break-inside:auto;border:none;padding:6px 0;}
 h2{break-after:avoid;} table.data{font-size:8px;} table.data th,table.data td{padding:1px 3px;} table.wide{font-size:7px;}
 .figure{min-width:100px;}}
p.summary{font-size:12px;color:#4a5568;margin:6px 0 0 0;} footer{font-size:12px;color:#718096;margin-top:12px;}
details summary{cursor:pointer;font-size:14px;color:#2c7a7b;}
#data-quality ul{margin:4px 0 0 0;padding-left:20px;font-size:13px;} #data-quality.incomplete{border-left:6px solid #dd6b20;}
#data-quality.complete{border-left:6px solid #2f855a;}
)";

}  // namespace

result<std::string> render_html_report(const caseload_store& records, const reports::report_options& o) {
  const page_text& tx = o.language == lang::nl ? nl_text : en_text;
  auto make = [&](reports::report_kind k) {
    reports::report_options x = o;
    x.kind = k;
    if (k == reports::report_kind::kpi) x.from = x.to = std::nullopt;  // every calendar year with data
    x.grouped = false;  // the page shows the movement matrix (heat map); grouping is for caseload and comparison
    return reports::report(records, x);
  };
  std::vector<table> tables;  // every table (reports/report_kinds.hpp), in its order
  for (const auto& k : reports::report_kinds) {
    auto r = make(k.kind);
    if (!r) return r.error();
    tables.push_back(std::move(r).value());
  }
  auto of = [&](reports::report_kind k) -> const table& {
    for (std::size_t i = 0; i < tables.size(); ++i)
      if (reports::report_kinds[i].kind == k) return tables[i];
    return tables.front();  // unreachable: report_kinds has a row for every kind (static_assert there)
  };
  const table &placement = of(reports::report_kind::placement), &target = of(reports::report_kind::target),
              &caseload = of(reports::report_kind::caseload), &comparison = of(reports::report_kind::comparison),
              &movement = of(reports::report_kind::movement), &kpi = of(reports::report_kind::kpi),
              &budget = of(reports::report_kind::budget);
  // A table's section is named by the table (its id is the name of reports/report_kinds.hpp).
  auto section = [](reports::report_kind k) { return "<section id=\"" + std::string(reports::to_string(k)) + "\">"; };
  const bool nl = o.language == lang::nl;
  const std::string group_name(reports::group_label(o.by, o.language));

  std::string out;
  out.reserve(64 * 1024);
  const std::string title = o.title.empty() ? std::string(tx.title) : o.title;
  out += "<!DOCTYPE html>\n<html lang=\"" + std::string(nl ? "nl" : "en") + "\"><head><meta charset=\"utf-8\">" +
         "<meta name=\"viewport\" content=\"width=device-width\"><title>" + html_escape(title) + " — " + html_escape(reports::reference_text(o, o.language)) +
         "</title><style>" + std::string(style) + "</style></head><body>\n";
  out += "<header><h1>" + html_escape(title) + "</h1><div>";
  if (!o.municipality.empty()) out += html_escape(std::string(nl ? "Gemeente " : "Municipality ") + o.municipality) + " · ";
  out += html_escape(tx.reference) + ": <b>" + html_escape(reports::reference_text(o, o.language)) + "</b>";
  if (o.extensions && !o.extensions->name.empty()) out += " · " + html_escape(o.extensions->name);
  out += "</div><div class=\"figures\">";
  auto figure = [&](std::int64_t v, std::string_view what) {
    out += "<div class=\"figure\"><b>" + num_text(v) + "</b><span>" + html_escape(what) + "</span></div>";
  };
  figure(count(placement, "grand_total", "clients"), tx.caseload);
  auto summary_number = [](const table& tab, std::string_view key) -> std::int64_t {
    const cell* c = tab.summary_value(key);
    return c && std::holds_alternative<std::int64_t>(*c) ? std::get<std::int64_t>(*c) : 0;
  };
  figure(summary_number(placement, "intake"), tx.intake);
  figure(summary_number(placement, "left"), tx.left);
  out += "</div></header>\n";
  if (o.quality != nullptr) {  // SPEC §6: nothing is lost silently — what the figures rest on, first
    const auto& q = *o.quality;
    out += std::string("<section id=\"data-quality\" class=\"") + (q.complete() ? "complete" : "incomplete") + "\"><h2>" +
           (nl ? "Gegevenskwaliteit" : "Data quality") + "</h2><ul>";
    for (const auto& line : reports::data_quality_lines(q, o.language)) out += "<li>" + html_escape(line) + "</li>";
    out += "</ul></section>\n";
  }

  out += section(reports::report_kind::placement) + "<h2>" + html_escape(tx.placement) + "</h2><p class=\"note\">" + html_escape(tx.placement_note) + "</p>";
  out += legend({{colour_without, std::string(tx.without_gp)}, {colour_with, std::string(tx.with_gp)}, {colour_unknown, std::string(tx.unknown_gp)}});
  out += placement_chart(placement, tx) + html_table(placement) + "</section>\n";

  out += section(reports::report_kind::target) + "<h2>" + html_escape(tx.targets) + "</h2><p class=\"note\">" + html_escape(tx.targets_note) + "</p>";
  out += target_chart(target, tx) + html_table(target) + "</section>\n";

  const std::string period = reports::to_string(*movement.summary_value("from")) + " → " + reports::to_string(*movement.summary_value("to"));
  out += section(reports::report_kind::movement) + "<h2>" + html_escape(tx.movement) + " " + html_escape(period) + "</h2><p class=\"note\">" +
         html_escape(tx.movement_note) + "</p>";
  out += movement_heat_map(movement, tx) + html_table(movement) + "</section>\n";

  out += section(reports::report_kind::caseload) + "<h2>" + html_escape(std::string(tx.caseload_by) + group_name) + "</h2><p class=\"note\">" +
         html_escape(std::string(tx.caseload_note) + group_name) + ".</p>";
  {
    std::vector<std::pair<std::string_view, std::string>> items;
    for (std::size_t s = 0; s < step_colours.size(); ++s)
      items.emplace_back(step_colours[s], s == 7 ? std::string(tx.not_filled) : std::string(tx.step) + " " + std::to_string(s));
    out += legend(items);
  }
  out += caseload_chart(caseload, tx, group_name);
  out += "<details><summary>" + html_escape(tx.tables) + "</summary>" + html_table(caseload) + "</details></section>\n";

  out += section(reports::report_kind::comparison) + "<h2>" + html_escape(tx.comparison) + "</h2>" + html_table(comparison) + "</section>\n";
  out += section(reports::report_kind::kpi) + "<h2>" + html_escape(tx.kpi) + "</h2>" + html_table(kpi) + "</section>\n";
  out += section(reports::report_kind::budget) + "<h2>" + html_escape(tx.budget) + "</h2>" + html_table(budget) + "</section>\n";
  out += "<footer>" + html_escape(tx.generated) + "</footer>\n</body></html>\n";
  return out;
}

}  // namespace pl
