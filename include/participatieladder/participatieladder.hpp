// SPDX-License-Identifier: Apache-2.0
// Umbrella header of the header-only rules core. No protobuf, nothing to link.
#pragma once

#include "answers.hpp"
#include "date.hpp"
#include "history.hpp"
#include "record.hpp"
#include "delimitation.hpp"
#include "determination.hpp"
#include "divergence.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "finding.hpp"
#include "growth.hpp"
#include "lang.hpp"
#include "questionnaire.hpp"
#include "session.hpp"
#include "step.hpp"
#include "version.hpp"
#include "yes_no.hpp"
