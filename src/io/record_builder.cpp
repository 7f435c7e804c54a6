// SPDX-License-Identifier: Apache-2.0
// SPEC §6: unreadable value → finding, record kept with the value not filled.
#include "record_builder.hpp"

namespace pl::io_detail {

void record_builder::begin(std::size_t line) {
  // the record is built where it is kept: its slot, the end of the records, or (for a store, which
  // keeps only its row) one record reused for every row — never moved afterwards (issue 25)
  if (store_) {
    cur_ = &current_;
    current_.clear();
  } else if (slot_) {
    cur_ = slot_;
    cur_->clear();
  } else {
    cur_ = &out_.records.emplace_back();
  }
  cur_->line = line;
  cur_->source = source_;
  first_finding_ = out_.findings.size();
  step_written_ = {};
  growth_written_ = {};
}

namespace {
constexpr const field_info* step_field = field_by_key("step");
constexpr const field_info* growth_field = field_by_key("growth_potential");
}  // namespace

void record_builder::value(const field_info* f, std::string_view header, std::string_view v) {
  if (store_ && (!f || !((store_read_fields >> static_cast<std::size_t>(f - field_table.data())) & 1u)))
    return;  // text the store does not keep: nothing to read or to find
  if (!f) return local_value(header, v);
  if (f == step_field) step_written_ = {header, detail::trim(v)};
  if (f == growth_field) growth_written_ = {header, detail::trim(v)};
  if (read_field(*cur_, *f, v)) return;
  not_read_fast(*f, header, v);
}

// The two paths below are rare: out of line, so that value()'s common path stays small (issue 25).

void record_builder::local_value(std::string_view header, std::string_view v) {
  if (!detail::trim(v).empty()) cur_->local_fields.emplace_back(std::string(header), std::string(v));
}

void record_builder::not_read_fast(const field_info& f, std::string_view header, std::string_view v) {
  auto res = parse_field(*cur_, f, v);
  if (!res) out_.findings.push_back(value_finding(file_, cur_->line, f, header, detail::trim(v), res.error().message));
}

void record_builder::finish() {
  const std::size_t index = store_ ? store_->size() : slot_ ? index_ : out_.records.size() - 1;
  const record& r = *cur_;
  if (r.growth_conflict)
    out_.findings.push_back(growth_conflict_finding(file_, r.line, {std::string(step_written_.first), std::string(step_written_.second)},
                                                    {std::string(growth_written_.first), std::string(growth_written_.second)}));
  for (std::size_t i = first_finding_; i < out_.findings.size(); ++i) {
    out_.findings[i].client_id = r.client_id;
    out_.findings[i].measured_on = r.measured_on;
    out_.findings[i].record_index = index;
  }
  if (store_) {
    store_->add(r);
  } else if (slot_) {
    ++slot_;
    ++index_;
  }
}

}  // namespace pl::io_detail
