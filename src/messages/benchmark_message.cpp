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
  m.set_records_after_reference(c.records_after_reference);
  for (const auto& k : c.invalid_by_check) {
    auto* x = m.add_invalid_by_check();
    x->set_check(k.check);
    x->set_records(k.records);
  }
  for (const auto& k : c.not_used_by_check) {
    auto* x = m.add_not_used_by_check();
    x->set_check(k.check);
    x->set_records(k.records);
  }
  return m;
}

v1::BenchmarkPublication to_message(const benchmark::publication& p) {
  v1::BenchmarkPublication m;
  m.set_format(p.format);
  m.set_protection(std::string(benchmark::protection_method));
  m.set_rounding_base(p.protect.table.base);
  m.set_min_clients(p.protect.min_clients);
  m.set_withheld(p.withheld);
  m.set_municipality(p.municipality);
  m.set_reference_date(p.reference.iso());
  m.set_movement_from(p.movement_from.iso());
  m.set_movement_to(p.movement_to.iso());
  m.set_records(p.records);
  m.set_clients(p.clients);
  m.set_converted_national(p.converted_national);
  auto* c = m.mutable_conformance();
  c->set_comparable(p.comparable);
  for (const auto& r : p.reasons) {
    auto* x = c->add_reasons();
    x->set_id(r.id);
    set_text(x->mutable_message(), r.message_nl, r.message_en);
  }
  c->set_comparability_warnings(p.comparability_warnings);
  for (const auto& g : p.tables) {
    auto* pt = m.add_tables();
    pt->set_name(g.name);
    for (const auto& r : g.rows) pt->add_rows(r);
    for (const auto& col : g.columns) pt->add_columns(col);
    auto set = [](v1::PublishedCount* x, std::optional<std::size_t> v) {
      x->set_state(v1::CELL_STATE_PUBLISHED);
      x->set_value(v.value_or(0));
    };
    for (std::size_t i = 0; i < g.rows.size(); ++i)
      for (std::size_t j = 0; j < g.columns.size(); ++j) set(pt->add_cells(), g.cells[i][j]);
    for (std::size_t i = 0; i < g.rows.size(); ++i) set(pt->add_row_totals(), g.row_totals[i]);
    for (std::size_t j = 0; j < g.columns.size(); ++j) set(pt->add_column_totals(), g.column_totals[j]);
    set(pt->mutable_grand_total(), g.grand_total);
  }
  m.set_library_version(PL_VERSION_STRING);
  return m;
}

result<benchmark::municipality_entry> from_message(const v1::BenchmarkPublication& m, std::string_view where) {
  const std::string at(where);
  if (m.municipality().empty()) return fail(errc::format, at + ": the publication names no municipality");
  benchmark::municipality_entry e;
  e.source = at;
  e.format = m.format() == 0 ? 1 : m.format();
  e.method = m.format() == 0 ? std::string("small-cell-suppression") : m.protection();
  e.protect.table.base = m.rounding_base();
  e.protect.min_clients = static_cast<std::size_t>(m.min_clients());
  e.withheld = m.withheld();
  e.municipality = m.municipality();
  e.reference_date = m.reference_date();
  e.records = m.records();
  e.clients = m.clients();
  e.comparable = m.conformance().comparable();
  for (const auto& r : m.conformance().reasons()) e.reasons.push_back({r.id(), r.message().nl(), r.message().en()});
  e.comparability_warnings = m.conformance().comparability_warnings();
  e.converted_national = m.converted_national();
  if (e.format != benchmark::publication_format) return e;  // the policy check refuses it, naming the format
  auto count = [&](const v1::PublishedCount& c, const std::string& what) -> result<std::optional<std::size_t>> {
    if (c.state() != v1::CELL_STATE_PUBLISHED) return fail(errc::format, at + ": " + what + " is not a published count (format 2 publishes every count, protected)");
    if (e.protect.table.base == 0 || c.value() % e.protect.table.base != 0)
      return fail(errc::format, at + ": " + what + " = " + std::to_string(c.value()) + " is not a multiple of the rounding base " + std::to_string(e.protect.table.base));
    return std::optional<std::size_t>(c.value());
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
  if (!e.withheld)
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
