// SPDX-License-Identifier: Apache-2.0
// Renderers of the benchmark exchange (render.hpp): text, CSV, self-contained HTML.
#include <participatieladder/benchmark/render.hpp>

#include <participatieladder/csv_field.hpp>
#include <participatieladder/step.hpp>
#include <participatieladder/text_escape.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace pl::benchmark {
namespace {

std::string opt(std::optional<std::size_t> v) { return v ? std::to_string(*v) : std::string(); }
std::string pct(std::optional<int> v) { return v ? std::to_string(*v) + "%" : std::string("–"); }

/// `s` right-aligned in `width` display columns (UTF-8: continuation bytes take no column).
std::string rpad(const std::string& s, std::size_t width) {
  std::size_t n = 0;
  for (const unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return std::string(width > n ? width - n : 0, ' ') + s;
}

std::string step_label(std::string_view key, lang l) {
  if (key == "not_filled") return l == lang::nl ? "niet gevuld" : "not filled";
  int v = 0;
  if (pl::detail::parse_uint(key, v))
    if (const auto s = step_from_int(v)) return std::string(key) + " " + std::string(label(*s, l));
  return std::string(key);
}

constexpr const char* style =
    "body{font-family:system-ui,sans-serif;margin:24px;color:#1a202c;background:#fff}"
    "h1{font-size:22px}h2{font-size:18px;margin-top:28px}"
    "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #cbd5e0;padding:3px 8px;text-align:right}"
    "th:first-child,td:first-child{text-align:left}.no{color:#c53030;font-weight:bold}.yes{color:#2f855a;font-weight:bold}"
    ".note{color:#4a5568;font-size:13px}.warn{border-left:4px solid #dd6b20;padding:4px 10px;background:#fffaf0}"
    ".legend span{margin-right:14px;font-size:13px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px}";

constexpr const char* step_colours[] = {"#c53030", "#dd6b20", "#d69e2e", "#38a169", "#3182ce", "#553c9a", "#a0aec0"};

}  // namespace

// ---- conformance report ----------------------------------------------------------------------

std::string to_text(const data_conformance& c, std::string_view title, lang l) {
  const bool nl = l == lang::nl;
  std::string out = std::string(nl ? "Conformiteit van de export" : "Conformance of the export") + (title.empty() ? "" : ": " + std::string(title)) + "\n";
  out += (nl ? "peildatum: " : "reference date: ") + c.reference.iso() + "\n";
  out += (nl ? "oordeel: " : "verdict: ") + std::string(c.comparable ? (nl ? "vergelijkbaar" : "comparable") : (nl ? "niet vergelijkbaar" : "not comparable")) + "\n";
  for (const auto& r : c.reasons) out += "  - " + (nl ? r.message_nl : r.message_en) + "\n";
  out += (nl ? "records: " : "records: ") + std::to_string(c.records) + (nl ? ", klanten: " : ", clients: ") + std::to_string(c.clients) + "\n";
  out += (nl ? "geldige records: " : "valid records: ") + std::to_string(c.valid_records) + " (" + std::to_string(c.pct_valid) + "%)\n";
  out += (nl ? "groeipotentieel bekend (trede 1-5): " : "growth potential known (steps 1-5): ") + std::to_string(c.pct_growth_filled) + "%\n";
  out += nl ? "gevuld per veld:\n" : "filled per key:\n";
  for (const auto& k : c.filled) {
    char line[128];
    std::snprintf(line, sizeof line, "  %-28s %7zu %4d%%\n", k.key.c_str(), k.filled, k.pct);
    out += line;
  }
  out += nl ? "waarden buiten de codelijst:" : "code-list violations:";
  out += c.violations.empty() ? (nl ? " geen\n" : " none\n") : "\n";
  for (const auto& v : c.violations) out += "  " + v.key + ": " + std::to_string(v.values) + "\n";
  out += nl ? "vergelijkbaarheid (SPEC §9):" : "comparability (SPEC §9):";
  out += c.comparability.empty() ? (nl ? " geen waarschuwingen\n" : " no warnings\n") : "\n";
  for (const auto& w : c.comparability) out += "  " + (nl ? w.message_nl : w.message_en) + "\n";
  return out;
}

std::string to_html(const data_conformance& c, std::string_view title, lang l) {
  const bool nl = l == lang::nl;
  const std::string h = nl ? "Conformiteit van de export" : "Conformance of the export";
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(nl ? "nl" : "en") + "\"><head><meta charset=\"utf-8\"><title>" + html_escape(h) +
                    "</title><style>" + style + "</style></head><body>\n<h1>" + html_escape(h) + (title.empty() ? "" : ": " + html_escape(title)) + "</h1>\n";
  out += "<p>" + html_escape(nl ? "Peildatum" : "Reference date") + ": <b>" + c.reference.iso() + "</b></p>\n";
  out += "<p class=\"" + std::string(c.comparable ? "yes" : "no") + "\">" +
         html_escape(c.comparable ? (nl ? "Vergelijkbaar" : "Comparable") : (nl ? "Niet vergelijkbaar" : "Not comparable")) + "</p>";
  if (!c.reasons.empty()) {
    out += "<ul>";
    for (const auto& r : c.reasons) out += "<li>" + html_escape(nl ? r.message_nl : r.message_en) + "</li>";
    out += "</ul>";
  }
  out += "<table><tr><th>" + html_escape(nl ? "records" : "records") + "</th><td>" + std::to_string(c.records) + "</td></tr><tr><th>" +
         html_escape(nl ? "klanten" : "clients") + "</th><td>" + std::to_string(c.clients) + "</td></tr><tr><th>" + html_escape(nl ? "geldige records" : "valid records") +
         "</th><td>" + std::to_string(c.valid_records) + " (" + std::to_string(c.pct_valid) + "%)</td></tr><tr><th>" +
         html_escape(nl ? "groeipotentieel bekend (trede 1-5)" : "growth potential known (steps 1-5)") + "</th><td>" + std::to_string(c.pct_growth_filled) + "%</td></tr></table>\n";
  out += "<h2>" + html_escape(nl ? "Gevuld per veld" : "Filled per key") + "</h2><table><tr><th>" + html_escape(nl ? "veld" : "key") + "</th><th>" +
         html_escape(nl ? "gevuld" : "filled") + "</th><th>%</th></tr>";
  for (const auto& k : c.filled)
    out += "<tr><td>" + html_escape(k.key) + "</td><td>" + std::to_string(k.filled) + "</td><td>" + std::to_string(k.pct) + "%</td></tr>";
  out += "</table>\n<h2>" + html_escape(nl ? "Waarden buiten de codelijst" : "Code-list violations") + "</h2>";
  if (c.violations.empty()) out += "<p>" + html_escape(nl ? "geen" : "none") + "</p>";
  else {
    out += "<table>";
    for (const auto& v : c.violations) out += "<tr><td>" + html_escape(v.key) + "</td><td>" + std::to_string(v.values) + "</td></tr>";
    out += "</table>";
  }
  out += "\n<h2>" + html_escape(nl ? "Vergelijkbaarheid (SPEC §9)" : "Comparability (SPEC §9)") + "</h2>";
  if (c.comparability.empty()) out += "<p>" + html_escape(nl ? "geen waarschuwingen" : "no warnings") + "</p>";
  for (const auto& w : c.comparability) out += "<p class=\"warn\">" + html_escape(nl ? w.message_nl : w.message_en) + "</p>";
  out += "\n</body></html>\n";
  return out;
}

// ---- publication -------------------------------------------------------------------------------

std::string to_csv(const publication& p) {
  std::string out = "table,row,column,value,state\n";
  auto line = [&](std::string_view t, std::string_view r, std::string_view c, std::string_view v, std::string_view s) {
    out += csv_field(t, ',') + "," + csv_field(r, ',') + "," + csv_field(c, ',') + "," + csv_field(v, ',') + "," + csv_field(s, ',') + "\n";
  };
  line("meta", "municipality", "", p.municipality, "");
  line("meta", "reference_date", "", p.reference.iso(), "");
  line("meta", "movement_from", "", p.movement_from.iso(), "");
  line("meta", "records", "", std::to_string(p.records), "");
  line("meta", "clients", "", std::to_string(p.clients), "");
  line("meta", "comparable", "", p.conformance.comparable ? "yes" : "no", "");
  line("meta", "pct_valid", "", std::to_string(p.conformance.pct_valid), "");
  line("meta", "suppressed_counts", "", std::to_string(p.rule.min) + "-" + std::to_string(p.rule.max), "");
  auto state = [](cell_state s) { return s == cell_state::published ? "published" : s == cell_state::primary ? "primary" : "secondary"; };
  for (const auto& t : p.tables) {
    const auto& g = t.counts;
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      for (std::size_t j = 0; j < g.columns.size(); ++j) line(g.name, g.rows[i], g.columns[j], opt(t.cell(i, j)), state(t.cell_states[i][j]));
      line(g.name, g.rows[i], "total", opt(t.row_total(i)), state(t.row_total_states[i]));
    }
    for (std::size_t j = 0; j < g.columns.size(); ++j) line(g.name, "total", g.columns[j], opt(t.column_total(j)), state(t.column_total_states[j]));
    line(g.name, "total", "total", opt(t.grand_total()), state(t.grand_total_state));
  }
  return out;
}

// ---- comparison --------------------------------------------------------------------------------

namespace {
struct comparison_row {
  std::string name;
  bool comparable;
  std::optional<std::size_t> clients;
  std::vector<std::optional<int>> step_pct;  // 1..6, not_filled
  std::optional<int> gp_pct;
  std::vector<std::optional<int>> move_pct;  // rose, stayed, fell, left, other
};

std::vector<comparison_row> rows_of(const comparison& c) {
  std::vector<comparison_row> out;
  const std::size_t n = c.municipalities.size();
  for (std::size_t i = 0; i <= n; ++i) {
    const bool total = i == n;
    comparison_row r;
    r.name = total ? "total" : c.municipalities[i].municipality;
    r.comparable = total || c.municipalities[i].comparable;
    auto cellv = [&](const suppressed_grid& g, std::size_t j) { return total ? g.column_total(j) : g.cell(i, j); };
    auto rowt = [&](const suppressed_grid& g) { return total ? g.grand_total() : g.row_total(i); };
    r.clients = rowt(c.steps);
    for (std::size_t j = 0; j < c.steps.counts.columns.size(); ++j) r.step_pct.push_back(share(cellv(c.steps, j), rowt(c.steps)));
    r.gp_pct = share(cellv(c.growth, 0), rowt(c.growth));
    for (std::size_t j = 0; j < c.movement.counts.columns.size(); ++j) r.move_pct.push_back(share(cellv(c.movement, j), rowt(c.movement)));
    out.push_back(std::move(r));
  }
  return out;
}
const char* move_keys[] = {"rose", "stayed", "fell", "left", "other"};
}  // namespace

std::string to_csv(const comparison& c) {
  std::string out = "municipality,comparable,clients,pct_step_1,pct_step_2,pct_step_3,pct_step_4,pct_step_5,pct_step_6,pct_not_filled,pct_with_gp,pct_rose,pct_stayed,pct_fell,pct_left,pct_other\n";
  auto p = [](std::optional<int> v) { return v ? std::to_string(*v) : std::string(); };
  for (const auto& r : rows_of(c)) {
    out += csv_field(r.name, ',') + "," + (r.name == "total" ? "" : (r.comparable ? "yes" : "no")) + "," + opt(r.clients);
    for (const auto& v : r.step_pct) out += "," + p(v);
    out += "," + p(r.gp_pct);
    for (const auto& v : r.move_pct) out += "," + p(v);
    out += "\n";
  }
  return out;
}

std::string to_text(const comparison& c, lang l) {
  const bool nl = l == lang::nl;
  std::string out = nl ? "Benchmarkvergelijking (landelijke treden, SPEC §9/§11)\n" : "Benchmark comparison (national steps, SPEC §9/§11)\n";
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-22s %-5s %7s %5s %5s %5s %5s %5s %5s %5s %6s %6s %6s %6s %6s\n", nl ? "gemeente" : "municipality", nl ? "verg." : "comp.",
                nl ? "klanten" : "clients", "1", "2", "3", "4", "5", "6", nl ? "n.g." : "n.f.", nl ? "%gp" : "%gp", nl ? "steeg" : "rose",
                nl ? "gelijk" : "stayed", nl ? "daalde" : "fell", nl ? "uit" : "left");
  out += buf;
  for (const auto& r : rows_of(c)) {
    std::string name = r.name == "total" ? (nl ? "totaal" : "total") : r.name;
    std::snprintf(buf, sizeof buf, "%-22s %-5s %7s", name.c_str(), r.name == "total" ? "" : (r.comparable ? (nl ? "ja" : "yes") : (nl ? "NEE" : "NO")),
                  r.clients ? std::to_string(*r.clients).c_str() : "-");
    out += buf;
    for (const auto& v : r.step_pct) out += " " + rpad(pct(v), 5);
    out += " " + rpad(pct(r.gp_pct), 6);
    for (std::size_t j = 0; j < 4; ++j) out += " " + rpad(pct(r.move_pct[j]), 6);
    out += "\n";
  }
  for (const auto& m : c.municipalities)
    if (!m.comparable) {
      out += m.municipality + (nl ? ": niet vergelijkbaar — " : ": not comparable — ");
      for (std::size_t i = 0; i < m.reasons.size(); ++i) out += (i ? "; " : "") + (nl ? m.reasons[i].message_nl : m.reasons[i].message_en);
      out += "\n";
    }
  for (const auto& n : nl ? c.notes_nl : c.notes_en) out += n + "\n";
  out += nl ? "– = onderdrukt (kleine aantallen " : "– = suppressed (small counts ";
  out += std::to_string(c.rule.min) + "-" + std::to_string(c.rule.max) + (nl ? " of afleidbaar uit totalen)\n" : " or recomputable from totals)\n");
  return out;
}

std::string to_html(const comparison& c, lang l) {
  const bool nl = l == lang::nl;
  const std::string h = nl ? "Benchmarkvergelijking Participatieladder" : "Participation ladder benchmark comparison";
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(nl ? "nl" : "en") + "\"><head><meta charset=\"utf-8\"><title>" + html_escape(h) +
                    "</title><style>" + style + "</style></head><body>\n<h1>" + html_escape(h) + "</h1>\n";
  out += "<p class=\"note\">" + html_escape(nl ? "Landelijke treden (SPEC §9): subtreden zijn omgezet naar hun landelijke trede. Aantallen 1–" : "National steps (SPEC §9): sub-steps are converted to their national step. Counts 1–") +
         std::to_string(c.rule.max) + html_escape(nl ? " en cellen die uit totalen af te leiden zijn, zijn onderdrukt (–)." : " and cells recomputable from totals are suppressed (–).") + "</p>\n";
  const auto rows = rows_of(c);
  // chart 1: distribution over the steps, one stacked bar per municipality
  const int bar_w = 700, bar_h = 26, left = 200, gap = 10;
  out += "<h2>" + html_escape(nl ? "Verdeling over de treden" : "Distribution over the steps") + "</h2>\n<div class=\"legend\">";
  for (std::size_t j = 0; j < c.steps.counts.columns.size(); ++j)
    out += "<span><i style=\"background:" + std::string(step_colours[j]) + "\"></i>" + html_escape(step_label(c.steps.counts.columns[j], l)) + "</span>";
  out += "</div>\n";
  const int h1 = static_cast<int>(rows.size()) * (bar_h + gap) + 10;
  out += "<svg width=\"" + std::to_string(left + bar_w + 20) + "\" height=\"" + std::to_string(h1) + "\" role=\"img\">";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int y = static_cast<int>(i) * (bar_h + gap) + 5;
    const std::string name = rows[i].name == "total" ? (nl ? "totaal" : "total") : rows[i].name;
    out += "<text x=\"0\" y=\"" + std::to_string(y + 18) + "\" font-size=\"13\"" + (rows[i].comparable ? "" : " fill=\"#c53030\"") + ">" +
           html_escape(name + (rows[i].comparable ? "" : (nl ? " (niet vergelijkbaar)" : " (not comparable)"))) + "</text>";
    int x = left;
    for (std::size_t j = 0; j < rows[i].step_pct.size(); ++j) {
      if (!rows[i].step_pct[j]) continue;
      const int w = std::min(*rows[i].step_pct[j] * bar_w / 100, left + bar_w - x);  // rounded shares may add up to 101%
      if (w <= 0) continue;
      out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(w) + "\" height=\"" +
             std::to_string(bar_h) + "\" fill=\"" + step_colours[j] + "\"/>";
      x += w;
    }
    if (x < left + bar_w)
      out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(left + bar_w - x) + "\" height=\"" +
             std::to_string(bar_h) + "\" fill=\"#edf2f7\"/>";
  }
  out += "</svg>\n";
  // chart 2: share with growth potential and share that rose
  out += "<h2>" + html_escape(nl ? "Groeipotentieel en stijging" : "Growth potential and rise") + "</h2>\n<div class=\"legend\"><span><i style=\"background:#3182ce\"></i>" +
         html_escape(nl ? "% met groeipotentieel (trede 1-5)" : "% with growth potential (steps 1-5)") + "</span><span><i style=\"background:#38a169\"></i>" +
         html_escape(nl ? "% gestegen (in 12 maanden)" : "% rose (in 12 months)") + "</span></div>\n";
  const int h2 = static_cast<int>(rows.size()) * (2 * 14 + gap) + 10;
  out += "<svg width=\"" + std::to_string(left + bar_w + 60) + "\" height=\"" + std::to_string(h2) + "\" role=\"img\">";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int y = static_cast<int>(i) * (2 * 14 + gap) + 5;
    const std::string name = rows[i].name == "total" ? (nl ? "totaal" : "total") : rows[i].name;
    out += "<text x=\"0\" y=\"" + std::to_string(y + 18) + "\" font-size=\"13\">" + html_escape(name) + "</text>";
    const std::optional<int> vals[] = {rows[i].gp_pct, rows[i].move_pct[0]};
    const char* colours[] = {"#3182ce", "#38a169"};
    for (int k = 0; k < 2; ++k) {
      const int yy = y + k * 14;
      const int w = vals[k] ? *vals[k] * bar_w / 100 : 0;
      out += "<rect x=\"" + std::to_string(left) + "\" y=\"" + std::to_string(yy) + "\" width=\"" + std::to_string(std::max(w, 1)) + "\" height=\"12\" fill=\"" +
             colours[k] + "\"/><text x=\"" + std::to_string(left + w + 4) + "\" y=\"" + std::to_string(yy + 11) + "\" font-size=\"11\">" + html_escape(pct(vals[k])) + "</text>";
    }
  }
  out += "</svg>\n";
  // table
  out += "<h2>" + html_escape(nl ? "Vergelijkingstabel" : "Comparison table") + "</h2>\n<table><tr><th>" + html_escape(nl ? "gemeente" : "municipality") + "</th><th>" +
         html_escape(nl ? "vergelijkbaar" : "comparable") + "</th><th>" + html_escape(nl ? "klanten" : "clients") + "</th>";
  for (const auto& k : c.steps.counts.columns) out += "<th>" + html_escape(k == "not_filled" ? (nl ? "niet gevuld" : "not filled") : (nl ? "trede " : "step ") + k) + "</th>";
  out += "<th>" + html_escape(nl ? "% met gp" : "% with gp") + "</th>";
  const char* move_nl[] = {"gestegen", "gelijk", "gedaald", "uitgestroomd", "overig"};
  for (std::size_t j = 0; j < 5; ++j) out += "<th>" + html_escape(nl ? move_nl[j] : move_keys[j]) + "</th>";
  out += "</tr>\n";
  for (const auto& r : rows) {
    const bool total = r.name == "total";
    out += "<tr><td>" + html_escape(total ? (nl ? "totaal (alle gemeenten)" : "total (every municipality)") : r.name) + "</td><td class=\"" +
           (total ? "" : (r.comparable ? "yes" : "no")) + "\">" + (total ? "" : html_escape(r.comparable ? (nl ? "ja" : "yes") : (nl ? "nee" : "no"))) + "</td><td>" +
           (r.clients ? std::to_string(*r.clients) : "–") + "</td>";
    for (const auto& v : r.step_pct) out += "<td>" + html_escape(pct(v)) + "</td>";
    out += "<td>" + html_escape(pct(r.gp_pct)) + "</td>";
    for (const auto& v : r.move_pct) out += "<td>" + html_escape(pct(v)) + "</td>";
    out += "</tr>\n";
  }
  out += "</table>\n";
  for (const auto& m : c.municipalities)
    if (!m.comparable) {
      out += "<p class=\"warn\"><b>" + html_escape(m.municipality) + "</b>: " + html_escape(nl ? "niet vergelijkbaar — " : "not comparable — ");
      for (std::size_t i = 0; i < m.reasons.size(); ++i) out += (i ? "; " : "") + html_escape(nl ? m.reasons[i].message_nl : m.reasons[i].message_en);
      out += "</p>\n";
    }
  for (const auto& m : c.municipalities)
    if (m.converted_national > 0)
      out += "<p class=\"note\">" + html_escape(m.municipality) + ": " + std::to_string(m.converted_national) +
             html_escape(nl ? " records omgezet naar hun landelijke trede (bepalingswijze conversion)." : " records converted to their national step (determination conversion).") + "</p>\n";
  for (const auto& n : nl ? c.notes_nl : c.notes_en) out += "<p class=\"note\">" + html_escape(n) + "</p>\n";
  out += "<p class=\"note\">" + html_escape(nl ? "Gemaakt met pladder benchmark merge." : "Made with pladder benchmark merge.") + "</p>\n</body></html>\n";
  return out;
}

}  // namespace pl::benchmark
