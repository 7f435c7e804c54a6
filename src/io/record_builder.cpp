// SPDX-License-Identifier: Apache-2.0
// SPEC §6: unreadable value → finding, record kept with the value not filled.
#include "record_builder.hpp"

namespace pl::io_detail {

void record_builder::begin(std::size_t line) {
  current_.clear();
  current_.line = line;
  current_.source = source_;
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
  if (read_field(current_, *f, v)) return;
  not_read_fast(*f, header, v);
}

// The two paths below are rare: out of line, so that value()'s common path stays small (issue 25).

void record_builder::local_value(std::string_view header, std::string_view v) {
  if (!detail::trim(v).empty()) current_.local_fields.emplace_back(std::string(header), std::string(v));
}

void record_builder::not_read_fast(const field_info& f, std::string_view header, std::string_view v) {
  auto res = parse_field(current_, f, v);
  if (!res) out_.findings.push_back(value_finding(file_, current_.line, f, header, detail::trim(v), res.error().message));
}

void record_builder::finish() {
  const std::size_t index = store_ ? store_->size() : slot_ ? index_ : out_.records.size();
  if (current_.growth_conflict)
    out_.findings.push_back(growth_conflict_finding(file_, current_.line, {std::string(step_written_.first), std::string(step_written_.second)},
                                                    {std::string(growth_written_.first), std::string(growth_written_.second)}));
  for (std::size_t i = first_finding_; i < out_.findings.size(); ++i) {
    out_.findings[i].client_id = current_.client_id;
    out_.findings[i].measured_on = current_.measured_on;
    out_.findings[i].record_index = index;
  }
  if (store_) {
    store_->add(current_);
  } else if (slot_) {
    *slot_++ = std::move(current_);
    ++index_;
  } else {
    out_.records.push_back(std::move(current_));
  }
}

}  // namespace pl::io_detail
