// SPDX-License-Identifier: Apache-2.0
// The budget configuration (SPEC §10, revised) as a participatieladder.v1 message: a municipality's
// budget file is the JSON mapping of BudgetConfig, read by one function for every front door.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/reports/budget.hpp>
#include <participatieladder/v1/report.pb.h>

#include <string>
#include <string_view>

namespace pl::messages {

/// The validated configuration of a message; `where` names it in errors (errc::config).
result<reports::budget_config> from_message(const participatieladder::v1::BudgetConfig& m, std::string_view where);

/// The bytes of a budget file (the JSON mapping of BudgetConfig, UTF-8; a BOM is skipped), read and
/// validated — the one reader of that file for every door (pladder --budget, pl_read_budget, the
/// bindings). errc::parse when it is not such JSON (an unknown key included), errc::config when a
/// rule is invalid; `name` names the file in errors.
result<participatieladder::v1::BudgetConfig> parse_budget_config(std::string_view json, std::string_view name);

/// A budget file (the JSON mapping of BudgetConfig): errc::io when it cannot be read, errc::parse
/// when it is not such JSON (an unknown key included), errc::config when a rule is invalid.
result<reports::budget_config> read_budget_config(const std::string& path);

}  // namespace pl::messages
