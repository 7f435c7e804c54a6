// SPDX-License-Identifier: Apache-2.0
// The DuckDB side of the side-by-side benchmark (issues 13 and 25, bench/run.sh,
// docs/benchmark.md): the as-of placement table (SPEC §10) of bench/compare_pandas.py as one SQL
// query, through DuckDB's Node API (npm @duckdb/node-api, pinned in bench/package.json;
// `bash tools/setup.sh --with-bench` installs it into bench/node_modules).
// Semantics (the same in compare_pandas.py and compare_polars.cjs): every column read as text;
// dates DD-MM-YYYY or YYYY-MM-DD; each client at its latest measurement on or before the date
// (the generated bench file has no two measurements of a client on one date, so the order among
// ties does not matter here); clients on 0 (intake) and 9 (left) out; growth potential = a
// `+`/`-` on the step, else the flag, else (SPEC §5) a one-year target step above the step.
// Prints the counts through placement_table.cjs in pladder's key layout.
// Usage: node bench/compare_duckdb.cjs placement FILE YYYY-MM-DD
'use strict';
const { DuckDBInstance } = require('@duckdb/node-api');
const { YES, readHeader, placementCsv, parseArgs } = require('./placement_table.cjs');

async function main() {
  const { file, reference } = parseArgs('compare_duckdb.cjs');
  const { sep, columns } = readHeader(file);
  const col = {};
  for (const [key, found] of Object.entries(columns)) col[key] = found ? `trim("${found.replace(/"/g, '""')}")` : "''";
  const q = (s) => `'${s.replace(/'/g, "''")}'`;
  const sql = `
    WITH raw AS (
      SELECT ${col.client_id} AS client_id,
             coalesce(try_strptime(${col.measured_on}, '%Y-%m-%d'), try_strptime(${col.measured_on}, '%d-%m-%Y'))::DATE AS d,
             ${col.step} AS step, lower(${col.growth_potential}) AS gp, ${col.target_step} AS target,
             lower(${col.target_horizon}) AS horizon
      FROM read_csv(${q(file)}, delim = ${q(sep)}, header = true, all_varchar = true, quote = '"')),
    typed AS (
      SELECT client_id, d, try_cast(left(step, 1) AS INTEGER) AS s,
             CASE WHEN right(step, 1) = '+' AND length(step) = 2 THEN true WHEN right(step, 1) = '-' AND length(step) = 2 THEN false
                  WHEN gp <> '' THEN gp IN (${YES.map(q).join(', ')}) END AS flag,
             CASE WHEN horizon IN ('', '1y') THEN try_cast(left(target, 1) AS INTEGER) END AS t
      FROM raw WHERE client_id <> '' AND d IS NOT NULL AND d <= DATE ${q(reference)}),
    latest AS (SELECT * FROM typed QUALIFY row_number() OVER (PARTITION BY client_id ORDER BY d DESC) = 1),
    caseload AS (SELECT s, coalesce(flag, CASE WHEN t IS NOT NULL THEN t > s END) AS g FROM latest WHERE s IS NULL OR s NOT IN (0, 9))
    SELECT s AS step, count(*) AS clients,
           count(*) FILTER (WHERE g = false) AS without, count(*) FILTER (WHERE g = true) AS with
    FROM caseload GROUP BY s ORDER BY s NULLS LAST`;
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const result = await conn.runAndReadAll(sql);
  process.stdout.write(placementCsv(result.getRowObjects()));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
