// SPDX-License-Identifier: Apache-2.0
// What people read of the benchmark exchange (SPEC §11): the conformance report of an export and
// the coordinator's comparison, as text, CSV and a self-contained HTML page (inline CSS and SVG,
// no script, no external resource — like the HTML report). They draw the library's figures; none
// computes one of its own beyond percentages of published counts and chart geometry. Compiled in
// src/benchmark (participatieladder::benchmark).
#pragma once

#include "../lang.hpp"
#include "conformance.hpp"
#include "merge.hpp"
#include "publication.hpp"

#include <string>

namespace pl::benchmark {

std::string to_text(const data_conformance& c, std::string_view title, lang l);
std::string to_html(const data_conformance& c, std::string_view title, lang l);

/// Every table of a publication in long form: `table,row,column,value` (protected values; column
/// `total` and row `total` for the totals), after a header block of `meta,key,,value` lines
/// (format, protection, municipality, reference date, verdict, counts unless withheld).
std::string to_csv(const publication& p);

std::string to_text(const comparison& c, lang l);
/// One line per municipality and a total line: reference date, comparable, withheld, in the total,
/// clients, per step the count and %, with growth potential over clients on 1–5, movement counts
/// over the movement's clients with %; unknown figures are empty.
std::string to_csv(const comparison& c);
std::string to_html(const comparison& c, lang l);

}  // namespace pl::benchmark
