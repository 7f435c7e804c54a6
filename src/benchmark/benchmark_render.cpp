// SPDX-License-Identifier: Apache-2.0
// Renderers of the benchmark exchange (render.hpp): text, CSV, self-contained HTML.
#include <participatieladder/benchmark/render.hpp>

#include <participatieladder/csv_field.hpp>
#include <participatieladder/reports/target_table.hpp>
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
  out += (nl ? "geldige records: " : "valid records: ") + std::to_string(c.valid_records) + " (" + std::to_string(c.pct_valid) + "%" +
         (c.records_after_reference ? (nl ? " van de records tot de peildatum" : " of the records up to the reference date") : "") + ")\n";
  if (c.records_after_reference)
    out += (nl ? "records na de peildatum (buiten de periode, niet beoordeeld): " : "records after the reference date (outside the period, not judged): ") +
           std::to_string(c.records_after_reference) + "\n";
  out += nl ? "ongeldig voor de benchmark, per controle:" : "invalid for the benchmark, per check:";
  out += c.invalid_by_check.empty() ? (nl ? " geen\n" : " none\n") : "\n";
  for (const auto& k : c.invalid_by_check) out += "  " + k.check + ": " + std::to_string(k.records) + "\n";
  if (!c.not_used_by_check.empty()) {
    out += nl ? "fouten in velden die de benchmark niet gebruikt (tellen niet mee), per controle:\n"
              : "errors in fields the benchmark does not use (not counted), per check:\n";
    for (const auto& k : c.not_used_by_check) out += "  " + k.check + ": " + std::to_string(k.records) + "\n";
  }
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
  out += "<h2>" + html_escape(nl ? "Ongeldig voor de benchmark, per controle" : "Invalid for the benchmark, per check") + "</h2><table>";
  for (const auto& k : c.invalid_by_check) out += "<tr><td>" + html_escape(k.check) + "</td><td>" + std::to_string(k.records) + "</td></tr>";
  out += "</table>";
  if (!c.not_used_by_check.empty()) {
    out += "<p class=\"note\">" + html_escape(nl ? "Fouten in velden die de benchmark niet gebruikt (tellen niet mee):" : "Errors in fields the benchmark does not use (not counted):") + "</p><table>";
    for (const auto& k : c.not_used_by_check) out += "<tr><td>" + html_escape(k.check) + "</td><td>" + std::to_string(k.records) + "</td></tr>";
    out += "</table>";
  }
  if (c.records_after_reference)
    out += "<p class=\"note\">" + html_escape(nl ? "Records na de peildatum (buiten de periode, niet beoordeeld): " : "Records after the reference date (outside the period, not judged): ") +
           std::to_string(c.records_after_reference) + "</p>";
  out += "\n<h2>" + html_escape(nl ? "Gevuld per veld" : "Filled per key") + "</h2><table><tr><th>" + html_escape(nl ? "veld" : "key") + "</th><th>" +
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
  std::string out = "table,row,column,value\n";
  auto line = [&](std::string_view t, std::string_view r, std::string_view c, std::string_view v) {
    out += csv_field(t, ',') + "," + csv_field(r, ',') + "," + csv_field(c, ',') + "," + csv_field(v, ',') + "\n";
  };
  line("meta", "format", "", std::to_string(p.format));
  line("meta", "protection", "", std::string(protection_method));
  line("meta", "rounding_base", "", std::to_string(p.protect.table.base));
  line("meta", "min_clients", "", std::to_string(p.protect.min_clients));
  line("meta", "municipality", "", p.municipality);
  line("meta", "reference_date", "", p.reference.iso());
  line("meta", "movement_from", "", p.movement_from.iso());
  line("meta", "withheld", "", p.withheld ? "yes" : "no");
  line("meta", "comparable", "", p.comparable ? "yes" : "no");
  for (const auto& r : p.reasons) line("meta", "reason", r.id, r.message_en);
  if (p.withheld) return out;
  line("meta", "records", "", std::to_string(p.records));
  line("meta", "clients", "", std::to_string(p.clients));
  line("meta", "converted_national", "", std::to_string(p.converted_national));
  for (const auto& g : p.tables) {
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      for (std::size_t j = 0; j < g.columns.size(); ++j) line(g.name, g.rows[i], g.columns[j], opt(g.cells[i][j]));
      line(g.name, g.rows[i], "total", opt(g.row_totals[i]));
    }
    for (std::size_t j = 0; j < g.columns.size(); ++j) line(g.name, "total", g.columns[j], opt(g.column_totals[j]));
    line(g.name, "total", "total", opt(g.grand_total));
  }
  return out;
}

// ---- comparison --------------------------------------------------------------------------------

namespace {
std::vector<const comparison_line*> lines_of(const comparison& c) {
  std::vector<const comparison_line*> out;
  for (const auto& l : c.lines) out.push_back(&l);
  out.push_back(&c.total);
  return out;
}
const char* move_keys[] = {"rose", "stayed", "fell", "left", "other"};
std::string status_of(const comparison_line& l, bool nl) {
  if (!l.comparable) return nl ? "NEE" : "NO";
  return l.withheld ? (nl ? "te klein" : "too small") : (nl ? "ja" : "yes");
}
std::string u64(std::optional<std::uint64_t> v) { return v ? std::to_string(*v) : std::string(); }
}  // namespace

std::string to_csv(const comparison& c) {
  std::string out = "municipality,reference_date,comparable,withheld,in_total,clients";
  for (const auto& k : merged_step_keys()) out += ",step_" + k + ",pct_step_" + k;
  out += ",with_gp,clients_steps_1_5,pct_with_gp,movement_clients";
  for (const auto* k : move_keys) out += std::string(",") + k + ",pct_" + k;
  out += ",target_clients";
  for (const auto k : reports::target_keys) out += ",target_" + std::string(k) + ",pct_target_" + std::string(k);
  out += "\n";
  auto p = [](std::optional<int> v) { return v ? std::to_string(*v) : std::string(); };
  for (const auto* l : lines_of(c)) {
    const bool total = l == &c.total;
    out += csv_field(l->name, ',') + "," + l->reference_date + "," + (total ? "" : (l->comparable ? "yes" : "no")) + "," +
           (total ? "" : (l->withheld ? "yes" : "no")) + "," + (total ? std::to_string(c.included) : (l->included ? "yes" : "no")) + "," + u64(l->clients);
    for (const auto& s : l->steps) out += "," + u64(s.count) + "," + p(s.pct());
    out += "," + u64(l->with_gp.count) + "," + u64(l->with_gp.denominator) + "," + p(l->with_gp.pct());
    out += "," + u64(l->movement.empty() ? std::nullopt : l->movement[0].denominator);
    for (const auto& s : l->movement) out += "," + u64(s.count) + "," + p(s.pct());
    out += "," + u64(l->targets.empty() ? std::nullopt : l->targets[0].denominator);
    for (const auto& s : l->targets) out += "," + u64(s.count) + "," + p(s.pct());
    out += "\n";
  }
  return out;
}

std::string to_text(const comparison& c, lang l) {
  const bool nl = l == lang::nl;
  std::string out = nl ? "Benchmarkvergelijking (landelijke treden, SPEC §9/§11)\n" : "Benchmark comparison (national steps, SPEC §9/§11)\n";
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-22s %-9s %7s %5s %5s %5s %5s %5s %5s %5s %6s %6s %6s %6s %6s\n", nl ? "gemeente" : "municipality", nl ? "verg." : "comp.",
                nl ? "klanten" : "clients", "1", "2", "3", "4", "5", "6", nl ? "n.g." : "n.f.", "%gp", nl ? "steeg" : "rose", nl ? "gelijk" : "stayed",
                nl ? "daalde" : "fell", nl ? "uit" : "left");
  out += buf;
  for (const auto* r : lines_of(c)) {
    const bool total = r == &c.total;
    const std::string name = total ? (nl ? "totaal" : "total") : r->name;
    std::snprintf(buf, sizeof buf, "%-22s %-9s %7s", name.c_str(), total ? "" : status_of(*r, nl).c_str(), r->clients ? std::to_string(*r->clients).c_str() : "-");
    out += buf;
    for (const auto& v : r->steps) out += " " + rpad(pct(v.pct()), 5);
    out += " " + rpad(pct(r->with_gp.pct()), 6);
    for (std::size_t j = 0; j < 4; ++j) out += " " + rpad(pct(r->movement[j].pct()), 6);
    out += "\n";
  }
  for (const auto& m : c.municipalities)
    if (!m.comparable) {
      out += m.municipality + (nl ? ": niet vergelijkbaar — " : ": not comparable — ");
      for (std::size_t i = 0; i < m.reasons.size(); ++i) out += (i ? "; " : "") + (nl ? m.reasons[i].message_nl : m.reasons[i].message_en);
      out += "\n";
    }
  for (const auto& n : nl ? c.notes_nl : c.notes_en) out += n + "\n";
  out += nl ? "Aantallen beschermd met de cell-key-methode (veelvouden van " : "Counts protected by the cell-key method (multiples of ";
  out += std::to_string(c.policy.min_base) + (nl ? " of meer; docs/privacy.md); – = niet gepubliceerd\n" : " or more; docs/privacy.md); – = not published\n");
  return out;
}

std::string to_html(const comparison& c, lang l) {
  const bool nl = l == lang::nl;
  const std::string h = nl ? "Benchmarkvergelijking Participatieladder" : "Participation ladder benchmark comparison";
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(nl ? "nl" : "en") + "\"><head><meta charset=\"utf-8\"><title>" + html_escape(h) +
                    "</title><style>" + style +
                    ".cmp td,.cmp th{padding:2px 4px;font-size:12px}.cmp small{color:#4a5568}body{max-width:1232px}"
                    "@media print{body{margin:8mm}svg{max-width:100%;height:auto}.cmp td,.cmp th{font-size:10px}}</style></head><body>\n<h1>" + html_escape(h) + "</h1>\n";
  out += "<p class=\"note\">" +
         html_escape(nl ? "Landelijke treden (SPEC §9): subtreden zijn omgezet naar hun landelijke trede. Alle aantallen zijn beschermd met de cell-key-methode "
                          "(willekeurig afgerond op veelvouden van "
                        : "National steps (SPEC §9): sub-steps are converted to their national step. Every count is protected by the cell-key method "
                          "(randomly rounded to multiples of ") +
         std::to_string(c.policy.min_base) + html_escape(nl ? "; docs/privacy.md); percentages zijn van die aantallen." : "; docs/privacy.md); shares are of those counts.") +
         "</p>\n";
  const auto rows = lines_of(c);
  const int bar_w = 700, bar_h = 26, left = 220, gap = 10;
  out += "<h2>" + html_escape(nl ? "Verdeling over de treden" : "Distribution over the steps") + "</h2>\n<div class=\"legend\">";
  for (std::size_t j = 0; j < merged_step_keys().size(); ++j)
    out += "<span><i style=\"background:" + std::string(step_colours[j]) + "\"></i>" + html_escape(step_label(merged_step_keys()[j], l)) + "</span>";
  out += "<span><i style=\"background:#edf2f7;border:1px solid #cbd5e0\"></i>" + html_escape(nl ? "onbekend (niet gepubliceerd)" : "unknown (not published)") + "</span>";
  out += "</div>\n";
  const int h1 = static_cast<int>(rows.size()) * (bar_h + gap) + 10;
  out += "<svg width=\"" + std::to_string(left + bar_w + 20) + "\" height=\"" + std::to_string(h1) + "\" viewBox=\"0 0 " + std::to_string(left + bar_w + 20) + " " +
         std::to_string(h1) + "\" role=\"img\">";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = *rows[i];
    const bool total = rows[i] == &c.total;
    const int y = static_cast<int>(i) * (bar_h + gap) + 5;
    const std::string name = total ? (nl ? "totaal" : "total") : r.name;
    const bool marked = !total && !r.included;
    out += "<text x=\"0\" y=\"" + std::to_string(y + 18) + "\" font-size=\"13\"" + (marked ? " fill=\"#c53030\"" : "") + ">" +
           html_escape(name + (marked ? (!r.comparable ? (nl ? " (niet vergelijkbaar)" : " (not comparable)") : (nl ? " (te klein)" : " (too small)")) : "")) + "</text>";
    int x = left;
    for (std::size_t j = 0; j < r.steps.size(); ++j) {
      const auto v = r.steps[j].pct();
      if (!v) continue;
      const int w = std::min(*v * bar_w / 100, left + bar_w - x);
      if (w <= 0) continue;
      out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(w) + "\" height=\"" + std::to_string(bar_h) +
             "\" fill=\"" + step_colours[j] + "\"/>";
      x += w;
    }
    if (x < left + bar_w)
      out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(left + bar_w - x) + "\" height=\"" +
             std::to_string(bar_h) + "\" fill=\"#edf2f7\"/>";
  }
  out += "</svg>\n";
  out += "<h2>" + html_escape(nl ? "Vergelijkingstabel (aantal en %)" : "Comparison table (count and %)") + "</h2>\n<table class=\"cmp\"><tr><th>" +
         html_escape(nl ? "gemeente" : "municipality") + "</th><th>" + html_escape(nl ? "verg." : "comp.") + "</th><th>" +
         html_escape(nl ? "klanten" : "clients") + "</th>";
  for (const auto& k : merged_step_keys()) out += "<th>" + html_escape(k == "not_filled" ? (nl ? "niet gevuld" : "not filled") : (nl ? "trede " : "step ") + k) + "</th>";
  out += "<th>" + html_escape(nl ? "met gp (van 1-5)" : "with gp (of 1-5)") + "</th>";
  const char* move_nl[] = {"gestegen", "gelijk", "gedaald", "uitgestroomd", "overig"};
  for (std::size_t j = 0; j < 5; ++j) out += "<th>" + html_escape(nl ? move_nl[j] : move_keys[j]) + "</th>";
  out += "</tr>\n";
  auto cell = [&](const count_share& s) {
    return "<td>" + (s.count ? std::to_string(*s.count) : std::string("–")) + "<br><small>" + html_escape(pct(s.pct())) + "</small></td>";
  };
  for (const auto* r : rows) {
    const bool total = r == &c.total;
    out += "<tr><td>" + html_escape(total ? (nl ? "totaal (" + std::to_string(c.included) + " gemeenten)" : "total (" + std::to_string(c.included) + " municipalities)") : r->name) +
           "</td><td class=\"" + (total ? "" : (r->included ? "yes" : "no")) + "\">" + (total ? "" : html_escape(status_of(*r, nl))) + "</td><td>" +
           (r->clients ? std::to_string(*r->clients) : "–") + "</td>";
    for (const auto& v : r->steps) out += cell(v);
    out += cell(r->with_gp);
    for (const auto& v : r->movement) out += cell(v);
    out += "</tr>\n";
  }
  out += "</table>\n";
  // the target distribution (SPEC §10 target table), the same way
  out += "<h2>" + html_escape(nl ? "Doeltrede (aantal en %)" : "Target step (count and %)") + "</h2>\n<table class=\"cmp\"><tr><th>" +
         html_escape(nl ? "gemeente" : "municipality") + "</th><th>" + html_escape(nl ? "klanten" : "clients") + "</th>";
  for (const auto k : reports::target_keys) out += "<th>" + html_escape(k == "not_filled" ? (nl ? "niet gevuld" : "not filled") : std::string(k)) + "</th>";
  out += "</tr>\n";
  for (const auto* r : rows) {
    const bool total = r == &c.total;
    out += "<tr><td>" + html_escape(total ? (nl ? "totaal" : "total") : r->name) + "</td><td>" +
           (!r->targets.empty() && r->targets[0].denominator ? std::to_string(*r->targets[0].denominator) : "–") + "</td>";
    for (const auto& v : r->targets) out += cell(v);
    out += "</tr>\n";
  }
  out += "</table>\n";
  for (const auto& m : c.municipalities)
    if (!m.comparable) {
      out += "<p class=\"warn\"><b>" + html_escape(m.municipality) + "</b>: " + html_escape(nl ? "niet vergelijkbaar — " : "not comparable — ");
      for (std::size_t i = 0; i < m.reasons.size(); ++i) out += (i ? "; " : "") + html_escape(nl ? m.reasons[i].message_nl : m.reasons[i].message_en);
      out += "</p>\n";
    }
  for (const auto& n : nl ? c.notes_nl : c.notes_en) out += "<p class=\"note\">" + html_escape(n) + "</p>\n";
  out += "<p class=\"note\">" + html_escape(nl ? "Gemaakt met pladder benchmark merge." : "Made with pladder benchmark merge.") + "</p>\n</body></html>\n";
  return out;
}

}  // namespace pl::benchmark
