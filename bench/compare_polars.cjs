// SPDX-License-Identifier: Apache-2.0
// The Polars side of the side-by-side benchmark (issue 25, bench/run.sh, docs/benchmark.md): the
// as-of placement table (SPEC §10) of bench/compare_pandas.py and bench/compare_duckdb.cjs as the
// lazy query an analyst would write with Polars' Node API (npm nodejs-polars 0.25.2 with its
// native nodejs-polars-linux-x64-gnu, pinned in bench/package.json; `bash tools/setup.sh
// --with-bench` installs them into bench/node_modules).
// Semantics (the same in all three scripts): every column read as text; dates DD-MM-YYYY or
// YYYY-MM-DD; each client at its latest measurement on or before the date (a stable sort on the
// date, so of two measurements on one date the later row of the file counts, as in pladder and
// pandas); clients on 0 (intake) and 9 (left) out; growth potential = a `+`/`-` on the step, else
// the flag, else (SPEC §5) a one-year target step above the step. Prints the counts through
// placement_table.cjs in pladder's key layout.
// Usage: node bench/compare_polars.cjs placement FILE YYYY-MM-DD
'use strict';
const pl = require('nodejs-polars');
const { YES, readHeader, placementCsv, parseArgs } = require('./placement_table.cjs');

async function main() {
  const { file, reference } = parseArgs('compare_polars.cjs');
  const { sep, columns } = readHeader(file);
  // Polars reads an empty field as null: text columns are read as text, nulls as '', trimmed
  const text = (key) => (columns[key] ? pl.col(columns[key]).fillNull('').str.strip() : pl.lit(''));
  // Polars' strptime here matches a format anywhere in the text (`14-01-2025` would read as the
  // year 14 with %Y-%m-%d): each format only where the whole value has its shape
  const measured = text('measured_on');
  const date = (shape, fmt) => pl.when(measured.str.contains(shape)).then(measured.str.strptime(pl.Date, fmt)).otherwise(pl.lit(null).cast(pl.Date));
  const step = text('step');
  const gp = text('growth_potential').str.toLowerCase();
  const horizon = text('target_horizon').str.toLowerCase();
  const s = pl.col('s');

  const groups = await pl
    .scanCSV(file, { sep, hasHeader: true, quoteChar: '"', inferSchemaLength: 0 })
    .select(
      text('client_id').alias('client_id'),
      date(/^\d{4}-\d{2}-\d{2}$/, '%Y-%m-%d').fillNull(date(/^\d{1,2}-\d{1,2}-\d{4}$/, '%d-%m-%Y')).alias('d'),
      step.str.slice(0, 1).cast(pl.Int32, false).alias('s'),
      pl.when(step.str.lengths().eq(2).and(step.str.endsWith('+'))).then(pl.lit(true))
        .when(step.str.lengths().eq(2).and(step.str.endsWith('-'))).then(pl.lit(false))
        .when(gp.neq(pl.lit(''))).then(gp.isIn(YES))
        .otherwise(pl.lit(null).cast(pl.Bool)).alias('flag'),
      pl.when(horizon.isIn(['', '1y'])).then(text('target_step').str.slice(0, 1).cast(pl.Int32, false))
        .otherwise(pl.lit(null).cast(pl.Int32)).alias('t'),
    )
    .filter(pl.col('client_id').neq(pl.lit('')).and(pl.col('d').isNotNull()).and(pl.col('d').ltEq(pl.lit(reference).str.strptime(pl.Date, '%Y-%m-%d'))))
    .sort({ by: 'd', maintainOrder: true })
    .groupBy('client_id')
    .agg(s.last(), pl.col('flag').last(), pl.col('t').last())
    .filter(s.isNull().or(s.isIn([0, 9]).not()))
    .withColumns(pl.col('flag').fillNull(pl.when(pl.col('t').isNotNull()).then(pl.col('t').gt(s)).otherwise(pl.lit(null).cast(pl.Bool))).alias('g'))
    .groupBy('s')
    .agg(pl.len().alias('clients'), pl.col('g').eq(false).sum().alias('without'), pl.col('g').eq(true).sum().alias('with'))
    .collect();
  process.stdout.write(placementCsv(groups.toRecords().map((r) => ({ step: r.s, clients: r.clients, without: r.without, with: r.with }))));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
