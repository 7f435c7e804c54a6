// SPDX-License-Identifier: Apache-2.0
#include "messages/benchmark_message.hpp"

#include "messages/json.hpp"
#include "support/text_file.hpp"

#include <participatieladder/version.h>

namespace pl::messages {
namespace v1 = participatieladder::v1;

namespace {
void set_text(v1::LocalizedText* t, const std::string& nl, const std::string& en) {
  t->set_nl(nl);
  t->set_en(en);
}
v1::CellState state_of(benchmark::cell_state s) {
  switch (s) {
    case benchmark::cell_state::published: return v1::CELL_STATE_PUBLISHED;
    case benchmark::cell_state::primary: return v1::CELL_STATE_PRIMARY;
    case benchmark::cell_state::secondary: return v1::CELL_STATE_SECONDARY;
  }
  return v1::CELL_STATE_UNSPECIFIED;
}
void set_count(v1::PublishedCount* c, std::optional<std::size_t> shown, benchmark::cell_state s) {
  c->set_state(state_of(s));
  c->set_value(s == benchmark::cell_state::published && shown ? *shown : 0);
}
void add_reasons(google::protobuf::RepeatedPtrField<v1::ConformanceReason>* out, const std::vector<benchmark::conformance_reason>& rs) {
  for (const auto& r : rs) {
    auto* m = out->Add();
    m->set_id(r.id);
    set_text(m->mutable_message(), r.message_nl, r.message_en);
  }
}
}  // namespace

v1::DataConformance to_message(const benchmark::data_conformance& c) {
  v1::DataConformance m;
  m.set_reference_date(c.reference.iso());
  m.set_records(c.records);
  m.set_clients(c.clients);
  m.set_valid_records(c.valid_records);
  m.set_pct_valid(static_cast<std::uint32_t>(c.pct_valid));
  for (const auto& k : c.filled) {
    auto* f = m.add_filled();
    f->set_key(k.key);
    f->set_filled(k.filled);
    f->set_pct(static_cast<std::uint32_t>(k.pct));
  }
  for (const auto& v : c.violations) {
    auto* f = m.add_violations();
    f->set_key(v.key);
    f->set_values(v.values);
  }
  m.set_records_with_violation(c.records_with_violation);
  m.set_pct_growth_filled(static_cast<std::uint32_t>(c.pct_growth_filled));
  for (const auto& w : c.comparability) {
    auto* f = m.add_comparability();
    f->set_sub_step(w.sub_step);
    f->set_base_step(w.base ? static_cast<std::uint32_t>(to_int(*w.base)) : 0);
    f->set_national_step(w.national ? static_cast<std::uint32_t>(to_int(*w.national)) : 0);
    f->set_clients(w.clients);
    f->set_records(w.records);
    set_text(f->mutable_message(), w.message_nl, w.message_en);
  }
  m.set_comparable(c.comparable);
  add_reasons(m.mutable_reasons(), c.reasons);
  return m;
}

v1::BenchmarkPublication to_message(const benchmark::publication& p) {
  v1::BenchmarkPublication m;
  m.set_municipality(p.municipality);
  m.set_reference_date(p.reference.iso());
  m.set_movement_from(p.movement_from.iso());
  m.set_movement_to(p.movement_to.iso());
  m.set_records(p.records);
  m.set_clients(p.clients);
  m.set_converted_national(p.converted_national);
  auto* c = m.mutable_conformance();
  c->set_comparable(p.conformance.comparable);
  c->set_pct_valid(static_cast<std::uint32_t>(p.conformance.pct_valid));
  c->set_pct_growth_filled(static_cast<std::uint32_t>(p.conformance.pct_growth_filled));
  add_reasons(c->mutable_reasons(), p.conformance.reasons);
  c->set_comparability_warnings(p.conformance.comparability.size());
  m.set_suppress_min(static_cast<std::uint32_t>(p.rule.min));
  m.set_suppress_max(static_cast<std::uint32_t>(p.rule.max));
  for (const auto& t : p.tables) {
    auto* pt = m.add_tables();
    const auto& g = t.counts;
    pt->set_name(g.name);
    for (const auto& r : g.rows) pt->add_rows(r);
    for (const auto& col : g.columns) pt->add_columns(col);
    for (std::size_t i = 0; i < g.rows.size(); ++i)
      for (std::size_t j = 0; j < g.columns.size(); ++j) set_count(pt->add_cells(), t.cell(i, j), t.cell_states[i][j]);
    for (std::size_t i = 0; i < g.rows.size(); ++i) set_count(pt->add_row_totals(), t.row_total(i), t.row_total_states[i]);
    for (std::size_t j = 0; j < g.columns.size(); ++j) set_count(pt->add_column_totals(), t.column_total(j), t.column_total_states[j]);
    set_count(pt->mutable_grand_total(), t.grand_total(), t.grand_total_state);
  }
  m.set_library_version(PL_VERSION_STRING);
  return m;
}

result<benchmark::municipality_entry> from_message(const v1::BenchmarkPublication& m, std::string_view where) {
  const std::string at(where);
  if (m.municipality().empty()) return fail(errc::format, at + ": the publication names no municipality");
  benchmark::municipality_entry e;
  e.municipality = m.municipality();
  e.reference_date = m.reference_date();
  e.records = m.records();
  e.clients = m.clients();
  e.comparable = m.conformance().comparable();
  e.pct_valid = static_cast<int>(m.conformance().pct_valid());
  for (const auto& r : m.conformance().reasons()) e.reasons.push_back({r.id(), r.message().nl(), r.message().en()});
  e.comparability_warnings = m.conformance().comparability_warnings();
  e.converted_national = m.converted_national();
  auto count = [&](const v1::PublishedCount& c, const std::string& what) -> result<std::optional<std::size_t>> {
    if (c.state() == v1::CELL_STATE_PUBLISHED) return std::optional<std::size_t>(c.value());
    if (c.state() == v1::CELL_STATE_UNSPECIFIED) return fail(errc::format, at + ": " + what + " has no state");
    if (c.value() != 0) return fail(errc::format, at + ": " + what + " is suppressed but carries a value");
    return std::optional<std::size_t>();
  };
  for (const auto& t : m.tables()) {
    benchmark::count_grid g;
    g.name = t.name();
    g.rows.assign(t.rows().begin(), t.rows().end());
    g.columns.assign(t.columns().begin(), t.columns().end());
    const std::string tn = "table " + g.name;
    if (static_cast<std::size_t>(t.cells_size()) != g.rows.size() * g.columns.size() ||
        static_cast<std::size_t>(t.row_totals_size()) != g.rows.size() || static_cast<std::size_t>(t.column_totals_size()) != g.columns.size())
      return fail(errc::format, at + ": " + tn + ": the number of cells or totals does not match its rows and columns");
    g.cells.resize(g.rows.size());
    for (std::size_t i = 0; i < g.rows.size(); ++i)
      for (std::size_t j = 0; j < g.columns.size(); ++j) {
        auto v = count(t.cells(static_cast<int>(i * g.columns.size() + j)), tn + " cell " + g.rows[i] + "/" + g.columns[j]);
        if (!v) return v.error();
        g.cells[i].push_back(v.value());
      }
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      auto v = count(t.row_totals(static_cast<int>(i)), tn + " row total " + g.rows[i]);
      if (!v) return v.error();
      g.row_totals.push_back(v.value());
    }
    for (std::size_t j = 0; j < g.columns.size(); ++j) {
      auto v = count(t.column_totals(static_cast<int>(j)), tn + " column total " + g.columns[j]);
      if (!v) return v.error();
      g.column_totals.push_back(v.value());
    }
    auto v = count(t.grand_total(), tn + " grand total");
    if (!v) return v.error();
    g.grand_total = v.value();
    e.tables.push_back(std::move(g));
  }
  for (const char* need : {"placement", "movement_summary"})
    if (!e.table(need)) return fail(errc::format, at + ": the publication has no table '" + std::string(need) + "'");
  return e;
}

result<benchmark::municipality_entry> read_publication(const std::string& path) {
  auto bytes = support::read_text_file(path, "benchmark publication");
  if (!bytes) return bytes.error();
  const auto& b = bytes.value();
  const auto first = b.find_first_not_of(" \t\r\n");
  v1::BenchmarkPublication m;
  if (first != std::string::npos && b[first] == '{') {
    if (auto ok = from_json(b, m, "BenchmarkPublication"); !ok) return fail(errc::parse, path + ": " + ok.error().message);
  } else if (!m.ParseFromString(b)) {
    return fail(errc::decode, path + ": not a BenchmarkPublication (neither its JSON nor its binary form)");
  }
  return from_message(m, path);
}

}  // namespace pl::messages
