// SPDX-License-Identifier: Apache-2.0
// Issue 15, Must show 1: the WebAssembly core gives the C++ step, next question and notes for every
// case of tests/vectors/questionnaire.json and for all 308 paths of SPEC §4 (and every prefix of
// them), in Dutch and English. The C++ side is the native release CLI, run at test time.
// Run: node --test bindings/js/test/core.test.mjs   (after tools/build.sh release, tools/build_wasm.sh)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import test from 'node:test';

import * as pl from 'participatieladder';
import { classify, nativeRejects, nativeTree, sourceDir } from './native.mjs';

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

function nativeFields(n) {
  const { input, ...rest } = n;
  void input;
  return rest;
}

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
      (e) => e instanceof pl.ParticipatieladderError && e.code.startsWith(c.error) && e.message.length > 0, c.name);
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
    assert.throws(() => s.answer(true), (e) => e.code === 'invalid state');
    s.back();
    const last = input.split(' ').at(-1).split(':')[0];
    assert.equal(s.currentQuestion.number, Number(last), `back from ${input}`);
    assert.equal(s.result, null);
    s.close();
  }
  const fresh = new pl.Session();
  assert.throws(() => fresh.back(), (e) => e.code === 'invalid state');
});

test('the API of issue 15 on its examples', () => {
  assert.equal(pl.determine('1:N 2:N 10:J 12:J 13:J').step, 4);
  assert.equal(pl.determine({ 1: 'nee', 2: 'nee', 10: 'ja', 12: true, 13: 'J' }).step, 4);
  assert.deepEqual(pl.parseGrowth('2+'), { step: 2, growth: '+', notation: '2+' });
  assert.deepEqual(pl.parseGrowth('T3-'), { step: 3, growth: '0', notation: '3-' });
  assert.throws(() => pl.parseGrowth('6+'), (e) => e.code === 'parse error' && /6\+/.test(e.message));
  assert.equal(pl.stepLabel(1), 'Geïsoleerd');
  assert.equal(pl.stepLabel(1, 'en'), 'Isolated');
  assert.equal(pl.questionText(21, 'en'), 'Do you give informal care to people other than household and family?');
  assert.equal(pl.delimitation(9), null);
  assert.match(pl.delimitation(4, 'en').criteria, /^Unpaid work/);
  assert.throws(() => pl.stepLabel(7), (e) => e.code === 'invalid argument');
  assert.throws(() => pl.determine('1:N', 'de'), (e) => e.code === 'invalid argument');
  // SPEC §5: only a one-year target derives the flag.
  assert.equal(pl.growthFromTarget(3, 4).derived, '+');
  assert.equal(pl.growthFromTarget(3, 4, 'ever').derived, null);
  assert.equal(pl.growthFromTarget(3, 4, '1y', '0').contradicts, true);
  assert.equal(pl.growthFromTarget(3, 4, '5y', '0').contradicts, false);
});

test('SPEC §6 record: Dutch headers, `;`, Dutch values; JSON with the keys; errors name the key', () => {
  const r = pl.record({ client_id: 'K1', measured_on: '2026-11-29', step: '4', growth_potential: '+', target_step: '5',
    target_horizon: '1y', determination: 'questionnaire', answers: '1:N 2:N 10:J 12:J 13:J' });
  assert.equal(r.csv, 'klantnummer;datum meetmoment;trede;groeipotentieel;potentietrede;termijn;bepalingswijze;antwoorden\r\n' +
    'K1;29-11-2026;4;+;5;1y;questionnaire;1:N 2:N 10:J 12:J 13:J\r\n');
  assert.deepEqual(r.json, { client_id: 'K1', measured_on: '2026-11-29', step: '4', growth_potential: '+', target_step: '5',
    target_horizon: '1y', determination: 'questionnaire', answers: '1:N 2:N 10:J 12:J 13:J' });
  assert.throws(() => pl.record({ step: '8' }), (e) => e.code === 'parse error' && /^step: /.test(e.message));
  assert.throws(() => pl.record({ client_id: 'K1', measured_on: '2026-11-29', step: '6', growth_potential: '+' }),
    (e) => e.code === 'invalid argument' && /no growth potential/.test(e.message));
  assert.throws(() => pl.record({ measured_on: '2026-11-29', step: '3' }), (e) => /^client_id \(klantnummer\) is required/.test(e.message));
  assert.throws(() => pl.record({ client_id: 'K1', step: '3' }), (e) => /^measured_on \(datum meetmoment\) is required/.test(e.message));
  assert.throws(() => pl.record({ trede_x: '1' }), (e) => /not a SPEC §6 key/.test(e.message));
});
