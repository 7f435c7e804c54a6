// SPDX-License-Identifier: Apache-2.0
// Umbrella header of the file readers and writers (SPEC §6). Needs linking `participatieladder::io`.
#pragma once

#include "io/csv_reader.hpp"
#include "io/csv_writer.hpp"
#include "io/file_reader.hpp"
#include "io/input_consequences.hpp"
#include "io/json_line.hpp"
#include "io/jsonl_reader.hpp"
#include "io/jsonl_writer.hpp"
#include "io/read_result.hpp"
