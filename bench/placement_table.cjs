// SPDX-License-Identifier: Apache-2.0
// What bench/compare_duckdb.cjs and bench/compare_polars.cjs share (bench/run.sh, issue 25): the
// analyst's reading of the file's header (separator, which Dutch or English header is which SPEC §6
// key) and the layout of the placement table (SPEC §10) printed from the counts the engine
// computed, in the column layout of `pladder report --table placement --format csv --csv rfc4180`:
//   step,clients,pct_of_total,without_gp,pct_without_gp,with_gp,pct_with_gp
//   1 … 5, 6, not_filled, total_1_5, grand_total
// so bench/same_placement.py can compare the four tables cell by cell. Percentages are whole
// numbers rounded half up, of the grand total (clients) or of the step (with/without growth
// potential), empty when the denominator is 0 (SPEC §10; the spreadsheet ROUND a municipality
// uses). Never a personal value.
'use strict';
const fs = require('fs');

/// The headers an analyst maps (lower case, trimmed), as in bench/compare_pandas.py.
const ALIASES = {
  client_id: ['client_id', 'klantnummer', 'klantnr', 'cliëntnummer'],
  measured_on: ['measured_on', 'datum meetmoment', 'meetdatum', 'meetmoment', 'datum meting'],
  step: ['step', 'trede', 'positie op de ladder', 'ladderscore', 'participatietrede'],
  growth_potential: ['growth_potential', 'groeipotentieel', 'groeipotentie'],
  target_step: ['target_step', 'potentietrede', 'doeltrede', 'potentie'],
  target_horizon: ['target_horizon', 'termijn'],
};
/// Growth-potential flags read as yes (SPEC §5; the grades of local extensions reduce to `+`).
const YES = ['+', '++', 'ja', 'j', 'yes', 'y', 'true', '1'];

/// The separator (`;` or `,`, whichever the header has more of) and, per key of ALIASES, the
/// header as the file writes it (null when the file has no such column).
function readHeader(file) {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(65536);
  const n = fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  const head = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  const sep = (head.match(/;/g) || []).length > (head.match(/,/g) || []).length ? ';' : ',';
  const names = head.split(sep).map((h) => h.replace(/^"|"$/g, ''));
  const columns = {};
  for (const [key, aliases] of Object.entries(ALIASES))
    columns[key] = names.find((h) => aliases.includes(h.trim().toLowerCase())) ?? null;
  return { sep, columns };
}

const percent = (part, whole) => (whole === 0 ? '' : Math.floor((200 * part + whole) / (2 * whole)));

/// The table as CSV text from the counts per step: `groups` = [{step: 0..9 or null, clients,
/// without, with}] over the caseload (clients on 0 and 9 already left out). A step outside 1–6
/// (unreadable) counts as not filled, as pladder counts it.
function placementCsv(groups) {
  const by = new Map();
  let notFilled = 0;
  for (const g of groups) {
    const s = g.step === null || g.step === undefined ? null : Number(g.step);
    if (s === null || !(s >= 1 && s <= 6)) { notFilled += Number(g.clients); continue; }
    by.set(s, { clients: Number(g.clients), without: Number(g.without), with: Number(g.with) });
  }
  const zero = { clients: 0, without: 0, with: 0 };
  const total15 = { clients: 0, without: 0, with: 0 };
  for (let s = 1; s <= 5; ++s) {
    const c = by.get(s) ?? zero;
    total15.clients += c.clients; total15.without += c.without; total15.with += c.with;
  }
  const six = (by.get(6) ?? zero).clients;
  const grand = total15.clients + six + notFilled;
  const gpRow = (key, c) => [key, c.clients, percent(c.clients, grand), c.without, percent(c.without, c.clients), c.with, percent(c.with, c.clients)];
  const plainRow = (key, n) => [key, n, percent(n, grand), '', '', '', ''];
  const rows = [['step', 'clients', 'pct_of_total', 'without_gp', 'pct_without_gp', 'with_gp', 'pct_with_gp']];
  for (let s = 1; s <= 5; ++s) rows.push(gpRow(String(s), by.get(s) ?? zero));
  rows.push(plainRow('6', six), plainRow('not_filled', notFilled), gpRow('total_1_5', total15), plainRow('grand_total', grand));
  return rows.map((r) => r.join(',')).join('\n') + '\n';
}

/// Command line shared by both scripts: `placement FILE YYYY-MM-DD`.
function parseArgs(script) {
  const [job, file, reference] = process.argv.slice(2);
  if (job !== 'placement' || !file || !/^\d{4}-\d{2}-\d{2}$/.test(reference || '')) {
    console.error(`usage: node bench/${script} placement FILE YYYY-MM-DD`);
    process.exit(2);
  }
  return { file, reference };
}

module.exports = { ALIASES, YES, readHeader, placementCsv, parseArgs };
