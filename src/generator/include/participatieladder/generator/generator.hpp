// SPDX-License-Identifier: Apache-2.0
// Synthetic caseloads (issue 3): `generate(options)` gives a deterministic, realistic caseload
// (caseload.hpp) for a seed and a reference date, with the requested inconsistencies planted
// (plant.hpp). Header-only; used by `pladder generate`, the tests and the benchmark.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/record.hpp>
#include <participatieladder/text_util.hpp>
#include "caseload.hpp"
#include "plant.hpp"
#include "prng.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pl::gen {

/// `count` planted cases of check `check` (PL001 … PL022, or `input`).
struct plant_request {
  std::string check;
  int count = 0;
};

struct options {
  std::size_t clients = 1000;
  std::uint64_t seed = 1;
  date reference_date{2026, 1, 1};  ///< "today" of the caseload (SPEC §8: an input, never the clock)
  std::vector<plant_request> plants;
};

/// Where a planted case went.
struct planted_case {
  std::string check;
  std::string client_id;
  std::size_t record;  ///< index in caseload::records
};

struct caseload {
  std::vector<record> records;        ///< by client, oldest measurement first
  std::vector<raw_value> raw_values;  ///< unreadable values to write instead (record = index in records)
  std::vector<planted_case> planted;  ///< in plant order
};

/// Parse `PL003=5,PL010=2,input=1`. Ids must be in the plant catalogue, counts whole numbers,
/// each id at most once. The error names the offending item.
inline result<std::vector<plant_request>> parse_plants(std::string_view text) {
  std::vector<plant_request> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t comma = std::min(text.find(',', pos), text.size());
    const auto item = pl::detail::trim(text.substr(pos, comma - pos));
    pos = comma + 1;
    if (item.empty()) continue;
    const auto eq = item.find('=');
    const auto id = pl::detail::trim(item.substr(0, eq));
    int count = 1;
    if (eq != std::string_view::npos && !pl::detail::parse_uint(pl::detail::trim(item.substr(eq + 1)), count))
      return fail(errc::invalid_argument, "--plant item '" + std::string(item) + "': count must be a whole number");
    const plant_rule* rule = nullptr;
    for (const auto& r : plant_rules())
      if (pl::detail::iequals(r.id, id)) rule = &r;
    if (!rule)
      return fail(errc::invalid_argument,
                  "--plant item '" + std::string(item) + "': unknown check id (expected PL001-PL023 or input)");
    for (const auto& p : out)
      if (p.check == rule->id) return fail(errc::invalid_argument, "--plant: '" + p.check + "' is given twice");
    out.push_back({std::string(rule->id), count});
  }
  return out;
}

/// Generate a caseload (see the file comment). Fails only when the caseload has too few suitable
/// clients for the requested plants (each planted case needs a client of its own).
inline result<caseload> generate(const options& o) {
  const path_pool paths;
  std::vector<draft_client> clients(o.clients);
  for (std::size_t k = 0; k < o.clients; ++k) clients[k].records = generate_client(k, o.seed, o.reference_date, paths);

  caseload out;
  if (!o.plants.empty()) {
    // a deterministic order of clients to plant on (Fisher-Yates with the plant stream)
    prng rng = prng::stream(o.seed, 0);
    std::vector<std::size_t> order(o.clients);
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[static_cast<std::size_t>(rng.below(k))]);
    std::vector<char> used(o.clients, 0);
    std::vector<std::pair<std::size_t, std::size_t>> where;  // (client, measurement) per planted case
    const plant_env env{o.reference_date, paths};
    // catalogue order, whatever order the request came in
    for (const auto& rule : plant_rules()) {
      const auto req = std::find_if(o.plants.begin(), o.plants.end(), [&](const plant_request& p) { return p.check == rule.id; });
      if (req == o.plants.end()) continue;
      std::size_t cursor = 0;
      for (int n = 0; n < req->count; ++n) {
        std::optional<std::size_t> at;
        std::size_t client = 0;
        for (; cursor < order.size() && !at; ++cursor) {
          client = order[cursor];
          if (!used[client]) at = rule.find(clients[client].records);
        }
        if (!at)
          return fail(errc::invalid_argument, "--plant " + req->check + "=" + std::to_string(req->count) +
                                                  ": only " + std::to_string(n) + " suitable clients left in a caseload of " +
                                                  std::to_string(o.clients) + " (each planted case needs a client of its own; use more --clients)");
        used[client] = 1;
        rule.apply(clients[client], *at, rng, env);
        out.planted.push_back({std::string(rule.id), clients[client].records[*at].client_id, 0});
        where.emplace_back(client, *at);
      }
    }
    // flatten, translating (client, measurement) into record indices
    std::vector<std::size_t> first(o.clients + 1, 0);
    for (std::size_t k = 0; k < o.clients; ++k) first[k + 1] = first[k] + clients[k].records.size();
    for (std::size_t p = 0; p < out.planted.size(); ++p) out.planted[p].record = first[where[p].first] + where[p].second;
    for (std::size_t k = 0; k < o.clients; ++k)
      for (auto rv : clients[k].raw_values) {
        rv.measurement += first[k];
        out.raw_values.push_back(std::move(rv));
      }
  }
  std::size_t total = 0;
  for (const auto& c : clients) total += c.records.size();
  out.records.reserve(total);
  for (auto& c : clients)
    for (auto& r : c.records) out.records.push_back(std::move(r));
  return out;
}

}  // namespace pl::gen
