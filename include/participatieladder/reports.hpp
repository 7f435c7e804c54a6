// SPDX-License-Identifier: Apache-2.0
// Management information, SPEC §10 (with the §9 extensions): every report, header-only.
#pragma once

#include "extensions.hpp"
#include "reports/as_of.hpp"
#include "reports/budget.hpp"
#include "reports/caseload.hpp"
#include "reports/characteristics.hpp"
#include "reports/comparison.hpp"
#include "reports/kpi.hpp"
#include "reports/movement.hpp"
#include "reports/placement.hpp"
#include "reports/report.hpp"
#include "reports/rounding.hpp"
#include "reports/table.hpp"
#include "reports/target_table.hpp"
