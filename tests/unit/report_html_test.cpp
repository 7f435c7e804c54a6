// SPDX-License-Identifier: Apache-2.0
// The HTML report (SPEC §10): self-contained (no script, no external resource), escaped text, the
// four charts and the tables, Dutch by default. The rendering in Chromium is tested by
// tests/cli/report_html_test.sh.
#include "record_builder.hpp"

#include <participatieladder/report_html.hpp>

#include <catch2/catch.hpp>

#include <regex>
#include <vector>

using namespace pl;
using pl::test::rec;

namespace {

std::vector<record> sample() {
  return {
      rec("a", "2024-01-10", 2).gp('+').worker("Jan <de Vries>", "Team & Co"),
      rec("a", "2024-09-01", 4).worker("Jan <de Vries>", "Team & Co"),
      rec("b", "2024-01-10", 3).gp('0').instrument(true).worker("Piet"),
      rec("b", "2024-06-01", 9).worker("Piet"),
      rec("c", "2024-05-01", 1).target(2, '+').worker("Piet"),
      rec("d", "2024-03-01", 6).worker("Jan <de Vries>", "Team & Co"),
      rec("e", "2024-03-01", 0),
  };
}

std::size_t occurrences(const std::string& s, std::string_view what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("HTML report: self-contained page with the four charts and every table", "[reports][html]") {
  const auto records = sample();
  reports::report_options o;
  o.reference = parse_date("2024-12-31").value();
  const auto page = render_html_report(records, o);
  REQUIRE(page);
  const std::string& h = page.value();
  CHECK(h.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(h.find("<html lang=\"nl\">") != std::string::npos);
  CHECK(h.find("Verdeling over de treden") != std::string::npos);
  // no script and nothing loaded from elsewhere
  CHECK(h.find("<script") == std::string::npos);
  CHECK_FALSE(std::regex_search(h, std::regex(R"((src|href)\s*=|url\(|@import|https?:)", std::regex::icase)));
  // the charts (svg) and the sections of every table
  CHECK(occurrences(h, "<svg") == 4);
  for (const auto& k : reports::report_kinds)
    CHECK(h.find("<section id=\"" + std::string(k.name) + "\"") != std::string::npos);
  // text is escaped, also the caseworker names and team names that come from the data
  CHECK(h.find("Jan <de Vries>") == std::string::npos);
  CHECK(h.find("Jan &lt;de Vries&gt;") != std::string::npos);
  // the headline figures are the placement rows: 3 in the caseload (a, c, d), 1 intake, 1 left
  CHECK(h.find("<b>3</b><span>klanten in de caseload") != std::string::npos);
  CHECK(h.find("<b>1</b><span>uitgestroomd (trede 9)") != std::string::npos);
}

TEST_CASE("HTML report: English with --lang en, team grouping, errors of a bad movement period", "[reports][html]") {
  const auto records = sample();
  reports::report_options o;
  o.reference = parse_date("2024-12-31").value();
  o.language = lang::en;
  o.by = reports::group_by::team;
  const auto page = render_html_report(records, o);
  REQUIRE(page);
  CHECK(page.value().find("<html lang=\"en\">") != std::string::npos);
  CHECK(page.value().find("Caseload per team") != std::string::npos);
  CHECK(page.value().find("Team &amp; Co") != std::string::npos);
  o.from = parse_date("2025-01-01").value();
  o.to = parse_date("2024-06-01").value();
  CHECK_FALSE(render_html_report(records, o));
}

TEST_CASE("html_escape escapes the five HTML specials", "[reports][html]") {
  CHECK(html_escape(R"(a<b>&"c'd)") == "a&lt;b&gt;&amp;&quot;c&#39;d");
  CHECK(html_escape("trede 2 — één") == "trede 2 — één");
}
