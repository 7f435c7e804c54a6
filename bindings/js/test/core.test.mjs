// SPDX-License-Identifier: Apache-2.0
// Issue 15, Must show 1: the WebAssembly core gives the C++ step, next question and notes for every
// case of tests/vectors/questionnaire.json and for all 308 paths of SPEC §4 (and every prefix of
// them), in Dutch and English; its determination JSON is the C ABI's v1 JSON, byte for byte
// (issue 20). Issue 22, Must show 5: check(record) gives the CLI's findings on every record of
// tests/vectors/checks.json. The C++ side is the native release CLI and the C ABI, run at test time.
// Run: node --test bindings/js/test/core.test.mjs   (after tools/build.sh release, tools/build_wasm.sh)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import test from 'node:test';

import * as pl from 'participatieladder';
import { cabiDetermine, classify, nativeCheck, nativeRejects, nativeTree, sourceDir } from './native.mjs';

/** The wasm determination in the shape of the CLI's JSON, for a field-by-field comparison. */
function asNative(d) {
  return {
    complete: d.complete,
    step: d.step,
    label: d.label,
    path: d.path.map((e) => [e.question, e.answer]),
    path_notation: d.pathNotation,
    next_question: d.nextQuestion ? d.nextQuestion.number : null,
    question: d.nextQuestion ? d.nextQuestion.text : null,
    unused: d.unused,
    notes: d.notes.map((n) => n.id),
    note_texts: d.notes.map((n) => n.text),
    delimitation: d.delimitation ? d.delimitation.criteria : null,
  };
}

const nativeFields = (n) => n;

const vectors = JSON.parse(readFileSync(resolve(sourceDir, 'tests/vectors/questionnaire.json'), 'utf8')).cases;

test('SPEC §4 vectors: wasm == C++ == vector, nl and en', () => {
  const readable = vectors.filter((c) => c.error === undefined);
  for (const lang of ['nl', 'en']) {
    const native = classify(readable.map((c) => c.answers), lang);
    for (const c of readable) {
      const d = pl.determine(c.answers, lang);
      assert.deepEqual(asNative(d), nativeFields(native.get(c.answers)), `${c.name} (${lang})`);
      if (c.step !== undefined) assert.equal(d.step, c.step, c.name);
      if (c.next_question !== undefined) assert.equal(d.nextQuestion.number, c.next_question, c.name);
      assert.deepEqual(d.notes.map((n) => n.id), c.notes ?? [], c.name);
      if (c.unused !== undefined) assert.deepEqual(d.unused, c.unused, c.name);
      if (c.path_length !== undefined) assert.equal(d.path.length, c.path_length, c.name);
    }
  }
  assert.ok(readable.length >= 10, 'the vector file has cases');
});

test('SPEC §4 vectors: unreadable answer sets are errors in wasm and in C++', () => {
  const bad = vectors.filter((c) => c.error !== undefined);
  assert.ok(bad.length > 0);
  for (const c of bad) {
    assert.throws(() => pl.determine(c.answers), // as tests/unit/questionnaire_vectors_test.cpp: the vector names the start of the error name
      (e) => e instanceof pl.ParticipatieladderError && e.code.startsWith(c.error) && /^[a-z_]+$/.test(e.code) && e.message.length > 0, c.name);
    assert.ok(nativeRejects(c.answers), `C++ rejects too: ${c.name}`);
  }
});

test('SPEC §4: all 308 paths and every prefix: wasm == C++ (step, next question, notes, delimitation)', () => {
  for (const lang of ['nl', 'en']) {
    const tree = nativeTree(lang);
    const complete = [...tree.values()].filter((d) => d.complete);
    assert.equal(complete.length, 308, 'the native core walks 308 complete paths');
    for (const [input, n] of tree) assert.deepEqual(asNative(pl.determine(input, lang)), nativeFields(n), `${input} (${lang})`);
    // The wasm enumeration is the same set of paths with the same steps.
    const wasmPaths = new Map(pl.paths().map((p) => [p.answers, p.step]));
    assert.equal(wasmPaths.size, 308);
    for (const n of complete) assert.equal(wasmPaths.get(n.path_notation), n.step, n.path_notation);
  }
});

test('issue 20: the determination JSON is the v1 JSON of the C ABI, byte for byte, on every prefix and path', () => {
  const inputs = [...nativeTree('nl').keys(), ...vectors.filter((c) => c.error === undefined).map((c) => c.answers)];
  const cabi = cabiDetermine(inputs);
  inputs.forEach((input, i) => assert.equal(pl.determineJson(input), cabi[i], `'${input}'`));
  // The object API is derived from that shape: the same step, path and texts.
  const v1 = JSON.parse(pl.determineJson('1:N 2:N 10:J 12:J 13:J'));
  const d = pl.determine('1:N 2:N 10:J 12:J 13:J', 'en');
  assert.equal(d.step, v1.step);
  assert.equal(d.label, v1.label.en);
  assert.equal(d.pathNotation, v1.path_notation);
  assert.deepEqual(d.delimitation.examples, v1.delimitation.examples.map((e) => e.en));
  assert.ok(inputs.length > 600, `${inputs.length} inputs compared`);
});

test('SPEC §4 session: along every path the current question is the C++ next question; back undoes', () => {
  const tree = nativeTree('nl');
  const complete = [...tree.entries()].filter(([, d]) => d.complete);
  for (const [input, n] of complete) {
    const s = new pl.Session('nl');
    let prefix = '';
    for (const token of input.split(' ')) {
      const [q, a] = token.split(':');
      assert.equal(s.currentQuestion.number, tree.get(prefix).next_question, `${prefix} → next`);
      assert.equal(s.currentQuestion.number, Number(q));
      s.answer(a === 'J');
      prefix = prefix ? `${prefix} ${token}` : token;
    }
    assert.equal(s.complete, true);
    assert.equal(s.currentQuestion, null);
    assert.deepEqual(asNative(s.result), nativeFields(n), input);
    assert.throws(() => s.answer(true), (e) => e.code === 'invalid_state');
    s.back();
    const last = input.split(' ').at(-1).split(':')[0];
    assert.equal(s.currentQuestion.number, Number(last), `back from ${input}`);
    assert.equal(s.result, null);
    s.close();
  }
  const fresh = new pl.Session();
  assert.throws(() => fresh.back(), (e) => e.code === 'invalid_state');
});

test('the API of issue 15 on its examples', () => {
  assert.equal(pl.determine('1:N 2:N 10:J 12:J 13:J').step, 4);
  assert.equal(pl.determine({ 1: 'nee', 2: 'nee', 10: 'ja', 12: true, 13: 'J' }).step, 4);
  assert.deepEqual(pl.parseGrowth('2+'), { step: 2, growth: '+', notation: '2+' });
  assert.deepEqual(pl.parseGrowth('T3-'), { step: 3, growth: '0', notation: '3-' });
  assert.throws(() => pl.parseGrowth('6+'), (e) => e.code === 'parse_error' && /6\+/.test(e.message));
  assert.equal(pl.stepLabel(1), 'Geïsoleerd');
  assert.equal(pl.stepLabel(1, 'en'), 'Isolated');
  assert.equal(pl.questionText(21, 'en'), 'Do you give informal care to people other than household and family?');
  assert.equal(pl.delimitation(9), null);
  assert.match(pl.delimitation(4, 'en').criteria, /^Unpaid work/);
  assert.throws(() => pl.stepLabel(7), (e) => e.code === 'invalid_argument');
  assert.throws(() => pl.determine('1:N', 'de'), (e) => e.code === 'invalid_argument');
  // SPEC §5: only a one-year target derives the flag.
  assert.equal(pl.growthFromTarget(3, 4).derived, '+');
  assert.equal(pl.growthFromTarget(3, 4, 'ever').derived, null);
  assert.equal(pl.growthFromTarget(3, 4, '1y', '0').contradicts, true);
  assert.equal(pl.growthFromTarget(3, 4, '5y', '0').contradicts, false);
});

test('issue 22: strict arguments, coded errors, one version', () => {
  const coded = (f, pattern) => assert.throws(f, (e) => e instanceof pl.ParticipatieladderError && e.code === 'invalid_argument' && pattern.test(e.message));
  coded(() => pl.determine(new Map([[1, 'ja']])), /not a Map/);
  coded(() => pl.determine([['1', 'ja']]), /not an array/);
  coded(() => pl.determine(null), /not null/);
  coded(() => pl.determine({ 1: { yes: true } }), /question 1/);
  coded(() => pl.question(1.7), /whole number, not 1\.7/);
  coded(() => pl.questionText('1'), /whole number/);
  coded(() => pl.stepInfo(4.5), /whole number, not 4\.5/);
  coded(() => pl.stepLabel(4.5), /whole number/);
  coded(() => pl.delimitation(NaN), /whole number/);
  coded(() => pl.growthFromTarget(3.5, 4), /whole number/);
  coded(() => pl.record(null), /not null/);
  coded(() => pl.record(new Map([['client_id', 'K1']])), /not a Map/);
  coded(() => pl.record({ client_id: { id: 'K1' } }), /client_id/);
  coded(() => pl.parseGrowth(2), /text/);
  assert.equal(pl.question(21).number, 21);
  assert.equal(pl.stepInfo(4).canGrow, true);
  // Every code is an identifier.
  for (const f of [() => pl.determine('1:X'), () => pl.stepLabel(7), () => pl.record({ step: '8' }), () => new pl.Session().back()])
    assert.throws(f, (e) => /^[a-z]+(_[a-z]+)+$/.test(e.code));
  // One version: the package, the core and the C++ (version.h).
  const pkg = JSON.parse(readFileSync(resolve(sourceDir, 'bindings/js/package.json'), 'utf8'));
  const cpp = /#define PL_VERSION_STRING "([^"]+)"/.exec(readFileSync(resolve(sourceDir, 'include/participatieladder/version.h'), 'utf8'))[1];
  assert.equal(pl.version, pkg.version);
  assert.equal(pl.version, cpp);
});

test('SPEC §6 record: Dutch headers and values, `;`; JSON Lines with the keys, steps as numbers; errors name the key', () => {
  const r = pl.record({ client_id: 'K1', measured_on: '2026-11-29', caseworker: 'M. de Boer', step: 4, growth_potential: '+', target_step: 5,
    target_horizon: '1y', determination: 'questionnaire', answers: '1:N 2:N 10:J 12:J 13:J' }, { referenceDate: '2026-11-30' });
  assert.equal(r.csv, 'klantnummer;datum meetmoment;behandelend medewerker;trede;groeipotentieel;doeltrede;termijn;bepalingswijze;antwoorden\r\n' +
    'K1;29-11-2026;M. de Boer;4;+;5;1 jaar;vragenlijst;1:N 2:N 10:J 12:J 13:J\r\n');
  assert.equal(r.jsonl, '{"client_id":"K1","measured_on":"2026-11-29","caseworker":"M. de Boer","step":4,"growth_potential":"+","target_step":5,' +
    '"target_horizon":"1y","determination":"questionnaire","answers":"1:N 2:N 10:J 12:J 13:J"}\n');
  assert.deepEqual(r.json, JSON.parse(r.jsonl));
  assert.equal(typeof r.json.step, 'number');
  assert.deepEqual(r.findings, []);
  assert.throws(() => pl.record({ step: '8' }), (e) => e.code === 'parse_error' && /^step: /.test(e.message));
  assert.throws(() => pl.record({ trede_x: '1' }), (e) => e.code === 'invalid_argument' && /not a SPEC §6 key/.test(e.message));
  assert.throws(() => pl.record({ step: 3 }, { referenceDate: '2026-02-30' }), (e) => e.code === 'invalid_argument' && /referenceDate/.test(e.message));
  assert.throws(() => pl.record({ step: 3 }, { config: { disabled_checks: ['PL999'] } }), (e) => e.code === 'config_error' && /PL999/.test(e.message));
  // What is missing or contradictory is a finding of SPEC §8 (the CLI's rules), never an error.
  const ids = (fs) => fs.map((f) => `${f.check}:${f.severity}${f.check === 'PL006' ? ':' + f.fields[0] : ''}`);
  assert.deepEqual(ids(pl.check({ step: 3 }, { referenceDate: '2026-11-30' })),
    ['PL006:error:client_id', 'PL006:error:measured_on', 'PL006:warning:step', 'PL006:warning:caseworker']);
  assert.deepEqual(ids(pl.check({ client_id: 'K1', measured_on: '2026-11-29', caseworker: 'M', step: '6', growth_potential: '+' }, { referenceDate: '2026-11-30' })),
    ['PL009:error']);
  assert.deepEqual(ids(pl.check({ client_id: 'K1', measured_on: '2026-11-29', caseworker: 'M', step: 4, growth_potential: '0', target_step: 5 }, { referenceDate: '2026-11-30' })),
    ['PL007:error']);
  assert.deepEqual(ids(pl.check({ client_id: 'K1', measured_on: '2026-11-29', caseworker: 'M', step: 4, growth_potential: '0', target_step: 3 }, { referenceDate: '2026-11-30' })),
    ['PL008:warning']);
  assert.deepEqual(ids(pl.check({ client_id: 'K1', measured_on: '2026-11-29', caseworker: 'M', step: 4, growth_potential: '0', target_step: 5 },
    { referenceDate: '2026-11-30', config: { severity: { PL007: 'warning' } } })), ['PL007:warning']);
});

test('issue 22, Must show 5: check(record) gives the CLI\'s findings on every record of tests/vectors/checks.json', () => {
  const doc = JSON.parse(readFileSync(resolve(sourceDir, 'tests/vectors/checks.json'), 'utf8'));
  const historyChecks = new Set(['PL019', 'PL020', 'PL021']);  // scope history (SPEC §8): not one record's
  let compared = 0, findings = 0, unreadable = 0, skipped = 0;
  for (const c of doc.cases) {
    if (c.extensions) { skipped++; continue; }  // check() takes no extension set (SPEC §9)
    const records = c.records.map((r) => ({ ...doc.base_record, ...r }));
    const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const native = nativeCheck({ 'records.jsonl': jsonl }, { reference: c.reference_date, config: c.config });
    records.forEach((r, index) => {
      const mine = native.findings.filter((f) => f.record_index === index);
      let js;
      try {
        js = pl.check(r, { referenceDate: c.reference_date, config: c.config });
      } catch (e) {
        // A value the core cannot read: the CLI reports it as an input finding.
        assert.ok(mine.some((f) => f.check === 'input'), `${c.name} [${index}]: JS refused (${e.message}) but the CLI read the record`);
        unreadable++;
        return;
      }
      const expected = mine.filter((f) => !historyChecks.has(f.check) && f.check !== 'input')
        .map((f) => ({ check: f.check, severity: f.severity, fields: f.fields, messageNl: f.message_nl, messageEn: f.message_en }));
      assert.deepEqual(js, expected, `${c.name} [${index}]`);
      compared++;
      findings += js.length;
    });
  }
  assert.ok(compared >= 100 && findings >= 50, `${compared} records, ${findings} findings compared`);
  console.log(`# check(record) == pladder check: ${compared} records, ${findings} findings; ${unreadable} unreadable in both; ${skipped} case(s) with an extension set skipped`);
});
