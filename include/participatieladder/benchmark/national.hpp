// SPDX-License-Identifier: Apache-2.0
// The national view of a municipality's records (SPEC §9 comparability, SPEC §11 benchmark): every
// benchmark figure is on national steps. A record shown on a sub-step whose declared
// `national_step` differs from its base step (Heemskerk 2.4 volunteer work → 4) is placed on that
// national step and marked `determination = conversion`; sub-steps are local and dropped. The
// municipality's own reports keep its own ladder (reports/placement.hpp); only the benchmark uses
// this view. The roll-up rules are those of extensions.hpp (counted_step, shown_sub_step), not a
// second copy.
#pragma once

#include "../extensions.hpp"
#include "../record.hpp"

#include <span>
#include <vector>

namespace pl::benchmark {

/// `r` on its national step (SPEC §9). `converted` is set when the step changed.
inline record to_national(const record& r, const extension_set* ext, bool* converted = nullptr) {
  record out = r;
  if (converted) *converted = false;
  if (ext) {
    if (const auto shown = shown_sub_step(r, *ext))
      if (const auto* def = ext->find(*shown); def && def->differs_nationally()) {
        out.step = def->national();
        out.determination = determination_method::conversion;
        if (!can_grow(*out.step)) {  // SPEC §5: step 6 has neither flag nor target
          out.growth_potential.reset();
          out.target_step.reset();
          out.target_horizon.reset();
          out.target_growth.reset();
        }
        if (converted) *converted = true;
      }
  }
  if (!out.step) out.step = counted_step(r);  // the base step of the highest sub-step stands in (§9)
  out.sub_steps.clear();
  out.growth_grade = 0;  // a local grade reduces to the flag (SPEC §5)
  return out;
}

struct national_records {
  std::vector<record> records;  ///< in input order, each on its national step
  std::size_t converted = 0;    ///< records moved to another step (determination = conversion)
};

inline national_records to_national(std::span<const record> records, const extension_set* ext) {
  national_records out;
  out.records.reserve(records.size());
  for (const auto& r : records) {
    bool c = false;
    out.records.push_back(to_national(r, ext, &c));
    if (c) ++out.converted;
  }
  return out;
}

}  // namespace pl::benchmark
