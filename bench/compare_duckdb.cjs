// SPDX-License-Identifier: Apache-2.0
// The DuckDB side of the side-by-side benchmark (issue 13, bench/run.sh, docs/benchmark.md): the
// as-of placement table (SPEC §10) of bench/compare_pandas.py as one SQL query, through DuckDB's
// Node API (npm @duckdb/node-api; `bash tools/setup.sh --with-duckdb`). Optional: bench/run.sh
// runs it only when the package is installed.
// Usage: NODE_PATH=$(npm root -g) node bench/compare_duckdb.cjs placement FILE YYYY-MM-DD
'use strict';
const fs = require('fs');
const { DuckDBInstance } = require('@duckdb/node-api');

const ALIASES = {
  client_id: ['client_id', 'klantnummer', 'klantnr', 'cliëntnummer'],
  measured_on: ['measured_on', 'datum meetmoment', 'meetdatum', 'meetmoment', 'datum meting'],
  step: ['step', 'trede', 'positie op de ladder', 'ladderscore', 'participatietrede'],
  growth_potential: ['growth_potential', 'groeipotentieel', 'groeipotentie'],
  target_step: ['target_step', 'potentietrede', 'doeltrede', 'potentie'],
  target_horizon: ['target_horizon', 'termijn'],
};

async function main() {
  const [job, file, reference] = process.argv.slice(2);
  if (job !== 'placement' || !file || !/^\d{4}-\d{2}-\d{2}$/.test(reference || '')) {
    console.error('usage: node bench/compare_duckdb.cjs placement FILE YYYY-MM-DD');
    process.exit(2);
  }
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(65536);
  const n = fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  const head = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  const sep = (head.match(/;/g) || []).length > (head.match(/,/g) || []).length ? ';' : ',';
  const names = head.split(sep).map((h) => h.replace(/^"|"$/g, ''));
  const col = {};
  for (const [key, aliases] of Object.entries(ALIASES)) {
    const found = names.find((h) => aliases.includes(h.trim().toLowerCase()));
    col[key] = found ? `trim("${found.replace(/"/g, '""')}")` : "''";
  }
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
                  WHEN gp <> '' THEN gp IN ('+', '++', 'ja', 'j', 'yes', 'y', 'true', '1') END AS flag,
             CASE WHEN horizon IN ('', '1y') THEN try_cast(left(target, 1) AS INTEGER) END AS t
      FROM raw WHERE client_id <> '' AND d IS NOT NULL AND d <= DATE ${q(reference)}),
    latest AS (SELECT * FROM typed QUALIFY row_number() OVER (PARTITION BY client_id ORDER BY d DESC) = 1),
    caseload AS (SELECT s, coalesce(flag, CASE WHEN t IS NOT NULL THEN t > s END) AS g FROM latest WHERE s IS NULL OR s NOT IN (0, 9))
    SELECT coalesce(CAST(s AS VARCHAR), 'not_filled') AS step, count(*) AS clients,
           round(100.0 * count(*) / (SELECT count(*) FROM caseload)) AS pct,
           count(*) FILTER (WHERE g = false) AS without_gp, count(*) FILTER (WHERE g = true) AS with_gp
    FROM caseload GROUP BY s ORDER BY s NULLS LAST`;
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const result = await conn.runAndReadAll(sql);
  console.log('step,clients,pct_of_total,without_gp,with_gp');
  for (const r of result.getRows()) console.log(r.map(String).join(','));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
