// SPDX-License-Identifier: Apache-2.0
// The caseworker's input page in headless Chromium (Debian's /usr/bin/chromium, driven by
// puppeteer-core), opened from the file system (issues 15, 22):
//   Must show 1  the stale-output case: answer, register, back, another answer → the heading, both
//                text areas and both downloads show the new step; an edited field clears them too
//   Must show 2  the CSV and JSON Lines downloads read back by `pladder check` and by Python with no
//                error and no PL006; a PL007 case blocks registration until overridden with a reason
//   Must show 3  no horizontal overflow at 320, 375 and 1,280 px (from the DOM); PNGs under build/js
// and: the step, notes and delimitation equal `pladder classify`; keyboard only in English with a
// back step; the question number inside the focused heading; the empty client number marked
// invalid and tied to its message, cleared after typing; help texts for terms; a warning before
// leaving with unsaved answers; a clear message when the rules are missing; the ES module package
// in the same Chromium over http. Any console error, page error or network request fails the test.
// Run: node bindings/js/test/page.test.mjs [--png-dir DIR]   (default build/js)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

import puppeteer from 'puppeteer-core';

import { classify, library, nativeCheck, pladder, python, pythonPath, sourceDir } from './native.mjs';

const dirArg = process.argv.indexOf('--png-dir');
const pngDir = resolve(dirArg > 0 ? process.argv[dirArg + 1] : join(sourceDir, 'build/js'));
const pageUrl = pathToFileURL(join(sourceDir, 'bindings/js/page/index.html')).href;
const chromium = process.env.PL_CHROMIUM || '/usr/bin/chromium';

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
});
const problems = [];
const scratch = mkdtempSync(join(tmpdir(), 'pl-page-'));
const passed = [];
mkdirSync(pngDir, { recursive: true });

function todayIso() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The findings of `pladder check` and of Python on a downloaded file: [check:severity(:field)]. */
function readBack(name, bytes) {
  const file = join(scratch, name);
  writeFileSync(file, bytes);
  const ids = (fs) => fs.map((f) => `${f.check}:${f.severity}${f.check === 'PL006' ? ':' + f.fields[0] : ''}`);
  const cli = nativeCheck({ [name]: bytes }, { reference: todayIso() });
  assert.equal(cli.records, 1, `${name}: pladder reads one record`);
  const py = JSON.parse(execFileSync(python, ['-c', `
import json, sys
import participatieladder as pl
recs = pl.read(sys.argv[1])
res = pl.check_response(recs, reference_date=sys.argv[2])
print(json.dumps({"records": len(recs), "findings": [{"check": f.check, "severity": f.severity, "fields": list(f.fields)} for f in res.findings]}))
`, file, todayIso()], { encoding: 'utf8', env: { ...process.env, PYTHONPATH: pythonPath, PARTICIPATIELADDER_LIBRARY: library } }));
  assert.equal(py.records, 1, `${name}: Python reads one record`);
  assert.deepEqual(ids(py.findings), ids(cli.findings), `${name}: Python and pladder give the same findings`);
  return ids(cli.findings);
}

async function openPage(lang, width = 900) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => { if (!/^(file|blob|data):/.test(r.url())) problems.push(`network request: ${r.url()}`); });
  await page.goto(lang ? `${pageUrl}?lang=${lang}` : pageUrl);
  await page.waitForSelector('#ask:not([hidden])');
  return page;
}

const text = (page, sel) => page.$eval(sel, (e) => e.textContent.trim());
const currentQuestion = (page) => page.$eval('#question-number', (e) => Number(e.textContent.replace(/\D+/g, '')));

/** Answer along `answers` (`1:N 2:J`), by clicking or by keyboard, checking each question number. */
async function walk(page, answers, { keyboard = false, partial = false } = {}) {
  for (const token of answers.split(' ')) {
    const [q, a] = token.split(':');
    assert.equal(await currentQuestion(page), Number(q), `question before ${token}`);
    if (keyboard) await page.keyboard.press(a === 'J' ? 'j' : 'n');
    else await page.click(a === 'J' ? '#yes' : '#no');
  }
  if (!partial) await page.waitForSelector('#result:not([hidden])');
}

/** The result screen shows the native step, label and notes for these answers. */
async function checkResult(page, answers, lang) {
  const native = classify([answers], lang).get(answers);
  assert.equal(native.complete, true);
  assert.equal(await text(page, '#result-heading'), `${lang === 'en' ? 'Step' : 'Trede'} ${native.step}: ${native.label}`);
  const notes = await page.$$eval('#notes-list li', (ls) => ls.map((l) => ({ id: l.dataset.note, text: l.textContent })));
  assert.deepEqual(notes.map((n) => n.id), native.notes, `notes for ${answers}`);
  assert.deepEqual(notes.map((n) => n.text), native.note_texts);
  assert.equal(await page.$eval('#notes', (e) => e.hidden), native.notes.length === 0);
  assert.equal(await text(page, '#criteria'), native.delimitation);
  // The answers are shown as the questions, not as codes.
  const shown = await page.$$eval('#result-answers li', (ls) => ls.map((l) => Number(l.dataset.question)));
  assert.deepEqual(shown, native.path.map(([q]) => q));
  assert.doesNotMatch(await text(page, '#result'), /\b\d+:[JN]\b/);
  return native;
}

async function setField(page, sel, value) {
  await page.$eval(sel, (e, v) => {
    e.value = v;
    e.dispatchEvent(new Event('input', { bubbles: true }));
    e.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** Everything the page shows as output: heading, text areas, download names and bytes. */
async function outputs(page) {
  const o = await page.evaluate(async () => {
    const get = async (a) => (a.href ? Array.from(new Uint8Array(await (await fetch(a.href)).arrayBuffer())) : null);
    const csv = document.getElementById('download-csv');
    const json = document.getElementById('download-json');
    return {
      heading: document.getElementById('result-heading').textContent,
      hidden: document.getElementById('output').hidden,
      csvText: document.getElementById('csv-out').value,
      jsonText: document.getElementById('json-out').value,
      csvName: csv.getAttribute('download'),
      jsonName: json.getAttribute('download'),
      csvBytes: await get(csv),
      jsonBytes: await get(json),
    };
  });
  o.csv = o.csvBytes ? Buffer.from(o.csvBytes) : null;
  o.jsonl = o.jsonBytes ? Buffer.from(o.jsonBytes) : null;
  return o;
}

/** Register and return the outputs; they must be the current ones, consistent everywhere. */
async function register(page) {
  await page.click('#register');
  await page.waitForSelector('#output:not([hidden])');
  assert.equal(await text(page, '#register-error'), '');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'output-heading');
  const o = await outputs(page);
  assert.deepEqual([...o.csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV download starts with the UTF-8 BOM');
  const csv = o.csv.subarray(3).toString('utf8');
  assert.equal(o.csvText, csv.replaceAll('\r\n', '\n'), 'the text area shows the downloaded CSV');
  const jsonl = o.jsonl.toString('utf8');
  assert.match(jsonl, /^\{[^\n]*\}\n$/, 'JSON Lines: one compact object and a line end');
  assert.equal(o.jsonText, jsonl, 'the text area shows the downloaded JSON Lines');
  const json = JSON.parse(jsonl);
  assert.equal(o.csvName, `participatieladder-${json.client_id.replace(/[^A-Za-z0-9_-]+/g, '_')}-${json.measured_on}.csv`);
  assert.equal(o.jsonName, o.csvName.replace(/\.csv$/, '.jsonl'));
  return { ...o, csvString: csv, json };
}

async function assertCleared(page, why) {
  const o = await outputs(page);
  assert.equal(o.hidden, true, `${why}: the output is hidden`);
  assert.equal(o.csvText, '', `${why}: no CSV text left`);
  assert.equal(o.jsonText, '', `${why}: no JSON text left`);
  assert.equal(o.csvBytes, null, `${why}: no CSV download left`);
  assert.equal(o.jsonBytes, null, `${why}: no JSON download left`);
}

async function noOverflow(page, what) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${what}: scrollWidth ${scroll} > clientWidth ${client}`);
}

try {
  // 1 — Dutch, by mouse: step 4, register, back, other answers → step 3 everywhere (Must show 1);
  // an edited field clears the output (Must show 1); downloads read back (Must show 2).
  {
    const page = await openPage();
    assert.equal(await page.$eval('html', (e) => e.lang), 'nl');
    assert.equal(await text(page, '#question-text'), 'Heeft u een betaalde baan of werkt u als zelfstandige?');
    const answers4 = '1:N 2:N 10:J 12:J 13:J';
    await walk(page, answers4);
    assert.equal((await checkResult(page, answers4, 'nl')).step, 4);
    await page.type('#client-id', 'K-1001');
    await page.type('#caseworker', 'M. de Boer');
    await page.type('#team', 'Team Noord');
    await setField(page, '#measured-on', '2026-11-02');
    await page.select('#growth', '+');
    await page.select('#target', '5');
    assert.match(await text(page, '#growth-advice'), /groeipotentieel: \+ ja/);
    assert.equal(await text(page, '#growth-conflict'), '');
    const first = await register(page);
    assert.equal(first.csvString,
      'klantnummer;datum meetmoment;behandelend medewerker;team;trede;groeipotentieel;doeltrede;termijn;bepalingswijze;antwoorden\r\n' +
      `K-1001;02-11-2026;M. de Boer;Team Noord;4;+;5;1 jaar;vragenlijst;${answers4}\r\n`);
    assert.deepEqual(first.json, { client_id: 'K-1001', measured_on: '2026-11-02', caseworker: 'M. de Boer', team: 'Team Noord', step: 4,
      growth_potential: '+', target_step: 5, target_horizon: '1y', determination: 'questionnaire', answers: answers4 });
    assert.equal(first.csvName, 'participatieladder-K-1001-2026-11-02.csv');
    // Must show 2: both downloads read back by pladder and Python: no error, no PL006.
    assert.deepEqual(readBack(first.csvName, first.csv), []);
    assert.deepEqual(readBack(first.jsonName, first.jsonl), []);

    // Must show 1: Terug, then other answers: nothing of step 4 is left anywhere.
    await page.click('#back-result');
    await assertCleared(page, 'after Terug');
    assert.equal(await currentQuestion(page), 13);
    const answers3 = '1:N 2:N 10:J 12:J 13:N 14:J 18:J';
    await walk(page, '13:N 14:J 18:J');
    assert.equal((await checkResult(page, answers3, 'nl')).step, 3);
    await assertCleared(page, 'after the new answers');
    const second = await register(page);
    assert.match(second.heading, /^Trede 3: /);
    assert.equal(second.json.step, 3);
    assert.equal(second.json.answers, answers3);
    assert.match(second.csvString, new RegExp(`\\r\\nK-1001;02-11-2026;M\\. de Boer;Team Noord;3;\\+;5;1 jaar;vragenlijst;${answers3}\\r\\n$`));
    assert.equal(second.csvText.split('\n')[1].split(';')[4], '3');
    // Must show 1: an edited field clears the output at once; registering again shows the new value.
    await page.type('#client-id', '-B');
    await assertCleared(page, 'after editing the client number');
    await page.select('#growth', '0');
    await page.select('#growth', '+');
    const third = await register(page);
    assert.equal(third.json.client_id, 'K-1001-B');
    assert.equal(third.csvName, 'participatieladder-K-1001-B-2026-11-02.csv');
    await page.select('#target', '6');
    await assertCleared(page, 'after choosing another target step');
    // A warning before leaving with answers that were not saved.
    const dialog = new Promise((ok) => page.once('dialog', async (d) => { ok(d.type()); await d.accept(); }));
    await page.reload();
    assert.equal(await dialog, 'beforeunload');
    await page.close();
    passed.push('stale outputs (Must show 1), read back (Must show 2), leave warning');
  }

  // 2 — PL007 (SPEC §5): growth 0 with a one-year target above the step blocks registration until
  // it is knowingly overridden with a reason (Must show 2).
  {
    const page = await openPage();
    await walk(page, '1:N 2:N 10:J 12:J 13:J');
    await page.type('#client-id', 'K-2002');
    await page.type('#caseworker', 'A. Jansen');
    await setField(page, '#measured-on', '2026-11-03');
    await page.select('#growth', '0');
    await page.select('#target', '5');
    const alert = await page.$eval('#growth-conflict', (e) => ({ role: e.getAttribute('role'), text: e.textContent }));
    assert.equal(alert.role, 'alert');
    assert.match(alert.text, /past niet bij de doeltrede/);
    assert.equal(await page.$eval('#growth', (e) => [e.getAttribute('aria-invalid'), e.getAttribute('aria-describedby')].join()), 'true,growth-conflict');
    await page.click('#register');
    assert.equal(await page.$eval('#output', (e) => e.hidden), true, 'PL007 blocks registration');
    assert.match(await text(page, '#register-error'), /bewust voor afwijken/);
    assert.deepEqual(await page.$$eval('#problems-list li', (ls) => ls.map((l) => l.dataset.check)), ['PL007']);
    assert.equal(await page.$eval('#override', (e) => e.hidden), false);
    await page.click('#override-confirm');
    await page.click('#register');
    assert.equal(await page.$eval('#output', (e) => e.hidden), true, 'no override without a reason');
    assert.equal(await page.$eval('#override-reason', (e) => e.getAttribute('aria-invalid')), 'true');
    await page.type('#override-reason', 'Doel met de klant afgesproken');
    const o = await register(page);
    assert.equal(o.json.free_field, 'Bewust afwijkend geregistreerd: Doel met de klant afgesproken');
    // Read back, the record has exactly the finding that was overridden: PL007, and no PL006.
    assert.deepEqual(readBack(o.csvName, o.csv), ['PL007:error']);
    assert.deepEqual(readBack(o.jsonName, o.jsonl), ['PL007:error']);
    await page.close();
    passed.push('PL007 blocks until overridden with a reason (Must show 2)');
  }

  // 3 — English, keyboard only, with a back step: isolated, with the family note (SPEC §4.1); the
  // empty client number is marked invalid and tied to its message, cleared after typing.
  {
    const page = await openPage('en');
    assert.equal(await page.$eval('html', (e) => e.lang), 'en');
    await page.keyboard.press('n');            // 1: no
    assert.equal(await currentQuestion(page), 2);
    await page.keyboard.press('j');            // 2: yes → 3
    assert.equal(await currentQuestion(page), 3);
    assert.equal(await text(page, '#question-text'), 'Do you receive an internship allowance for it?');
    assert.match(await text(page, '#previous'), /Are you doing an internship\? — Yes$/, 'the previous question for "it"');
    await page.keyboard.press('b');            // back to 2
    assert.equal(await currentQuestion(page), 2);
    const focused = await page.evaluate(() => ({ id: document.activeElement.id, text: document.activeElement.textContent }));
    assert.equal(focused.id, 'question-heading', 'focus follows the question');
    assert.match(focused.text, /Question 2:\s*Are you doing an internship\?/, 'the number is inside the focused heading');
    const rest = '2:N 10:N 11:N 14:N 15:N 16:N 17:N 19:N 21:N';
    await walk(page, rest, { keyboard: true });
    const answers = `1:N ${rest}`;
    const native = await checkResult(page, answers, 'en');
    assert.equal(native.step, 1);
    assert.ok(native.notes.includes('family_outside_household'));
    await page.focus('#caseworker');
    await page.keyboard.type('J. Smit');
    await page.click('#register');
    const invalid = await page.$eval('#client-id', (e) => [e.getAttribute('aria-invalid'), e.getAttribute('aria-describedby')].join());
    assert.equal(invalid, 'true,client-id-error');
    assert.equal(await text(page, '#client-id-error'), 'Fill in the client number.');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'client-id');
    assert.equal(await page.$eval('#output', (e) => e.hidden), true);
    await page.keyboard.type('A-17');
    assert.equal(await page.$eval('#client-id', (e) => e.getAttribute('aria-invalid')), null, 'cleared after typing');
    assert.equal(await page.$eval('#client-id-error', (e) => e.hidden), true);
    await setField(page, '#measured-on', '2026-10-15');
    await page.select('#growth', '0');
    await page.select('#target', '2');
    await page.select('#horizon', 'ever');
    await page.select('#target-growth', '+');
    assert.equal(await text(page, '#growth-conflict'), '', 'a target "ever" never contradicts (SPEC §5)');
    const rec = await register(page);
    assert.equal(rec.csvString,
      'klantnummer;datum meetmoment;behandelend medewerker;trede;groeipotentieel;doeltrede;termijn;groei na doeltrede;bepalingswijze;antwoorden\r\n' +
      `A-17;15-10-2026;J. Smit;1;0;2;ooit;+;vragenlijst;${answers}\r\n`);
    assert.deepEqual(readBack(rec.csvName, rec.csv), []);
    await page.close();
    passed.push('keyboard in English with back, invalid client number');
  }

  // 4 — Dutch, switched to English and back: step 6 with the education note, no growth fields; a
  // help text with the WSW question; the step registered by the delimitation instead.
  {
    const answers = '1:J 4:N 5:N 6:N 7:N 8:N 9:N';
    const page = await openPage();
    await walk(page, '1:J 4:N 5:N', { partial: true });
    assert.match(await text(page, '#question-help'), /^WSW: /, 'a help text for WSW');
    await page.click('#lang-en');
    assert.equal(await text(page, '#question-text'), 'Do you work through the WSW (sheltered employment)?');
    await page.click('#lang-nl');
    await walk(page, '6:N 7:N 8:N 9:N');
    const native = await checkResult(page, answers, 'nl');
    assert.equal(native.step, 6);
    assert.deepEqual(native.notes, ['work_with_education']);
    assert.equal(await page.$eval('#growth-fields', (e) => e.hidden), true);
    await page.type('#client-id', 'Z9');
    await page.type('#caseworker', 'P. Visser');
    await setField(page, '#measured-on', '2026-09-01');
    const six = await register(page);
    assert.equal(six.csvString, `klantnummer;datum meetmoment;behandelend medewerker;trede;bepalingswijze;antwoorden\r\nZ9;01-09-2026;P. Visser;6;vragenlijst;${answers}\r\n`);
    // By the delimitation (SPEC §4.1: work with education may be 5): recorded as such, with the
    // warnings the checks give (PL004: nothing explains 5; PL013: the answers give 6).
    await page.select('#registered-step', '5');
    await assertCleared(page, 'after choosing another step');
    assert.equal(await page.$eval('#growth-fields', (e) => e.hidden), false, 'step 5 carries growth');
    await page.select('#growth', '0');
    const five = await register(page);
    assert.equal(five.json.step, 5);
    assert.equal(five.json.determination, 'delimitation');
    assert.match(five.csvString, /;5;0;afbakening;/);
    assert.deepEqual(await page.$$eval('#warnings-list li', (ls) => ls.map((l) => l.dataset.check)), ['PL004', 'PL013']);
    // The file the page writes has no instrument or income columns (the form has none): the CLI and
    // Python, reading it, do not run PL004 per record but name the absent columns once (SPEC §8
    // revised: input:info); the page, which checks the record itself, warns PL004. Open (issue 22
    // note): the page should write the columns its checks read, so both say the same.
    assert.deepEqual(readBack(five.csvName, five.csv), ['input:info', 'PL013:warning']);
    await page.close();
    passed.push('step 6, help text, step by the delimitation');
  }

  // 5 — Must show 3: no horizontal overflow at 320, 375 and 1,280 px; a PNG of each.
  for (const width of [320, 375, 1280]) {
    const page = await openPage(undefined, width);
    await walk(page, '1:N 2:J', { partial: true });
    await noOverflow(page, `question at ${width} px`);
    await walk(page, '3:J 4:N 5:N 6:N 7:N 8:N 9:N', { partial: true });
    await page.waitForSelector('#result:not([hidden])');
    await page.click('#back-result');
    await walk(page, '9:J');   // step 5: every growth field shown
    await page.type('#client-id', 'K-320-375-1280');
    await page.type('#caseworker', 'M. de Boer');
    await page.select('#growth', '0');
    await page.select('#target', '6');
    await page.click('#register');  // PL007: the problems and the override are shown too
    await page.click('#override-confirm');
    await page.type('#override-reason', 'Afgesproken met de klant en de werkgever');
    await register(page);
    await noOverflow(page, `result at ${width} px`);
    const widths = await page.$$eval('fieldset, select, textarea, .actions a, button', (es) => es.map((e) => e.getBoundingClientRect().right));
    for (const right of widths) assert.ok(right <= width, `an element ends at ${right} px, beyond ${width} px`);
    await page.screenshot({ path: join(pngDir, `input-page-${width}.png`), fullPage: true });
    await page.close();
  }
  passed.push('no overflow at 320, 375, 1280 px (Must show 3)');

  // 6 — Without dist/ the page says the rules cannot be loaded (no endless "worden geladen…").
  {
    const copy = join(scratch, 'no-dist/page');
    cpSync(join(sourceDir, 'bindings/js/page'), copy, { recursive: true });
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(copy, 'index.html')).href);
    await page.waitForSelector('#load-failed:not([hidden])');
    assert.equal(await page.$eval('#loading', (e) => e.hidden), true);
    assert.match(await text(page, '#load-failed'), /^De rekenregels konden niet worden geladen/);
    assert.equal(await page.$eval('#load-failed', (e) => e.getAttribute('role')), 'alert');
    await page.close();
    passed.push('missing rules: a clear message');
  }

  // 7 — No developer words in the Dutch page (issue 22).
  {
    const page = await openPage();
    await walk(page, '1:N 2:N 10:J 12:J 13:J');
    const all = await page.evaluate(() => document.body.innerText);
    for (const word of [/\brecord\b/i, /CSV-regel/, /JSON-object/, /controle PL/i, /\bPL0\d\d\b/, /SPEC/, /\bB = terug/])
      assert.doesNotMatch(all, word);
    await page.close();
  }

  // 8 — The ES module package in a browser (served over http from 127.0.0.1, as a web app would):
  // the same import as in Node gives the same answer.
  {
    const root = resolve(sourceDir, 'bindings/js');
    const types = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.html': 'text/html' };
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path === '/') { res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><link rel="icon" href="data:,"><title>esm</title>'); return; }
      const file = resolve(root, '.' + path);
      if (!file.startsWith(root + sep) || !existsSync(file)) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    const base = `http://127.0.0.1:${server.address().port}`;
    const page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error (esm): ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error (esm): ${e.message}`));
    await page.goto(`${base}/`);
    const got = await page.evaluate(async (u) => {
      const pl = await import(u);
      return [pl.determine('1:N 2:N 10:J 12:J 13:J').step, pl.determine({ 1: 'ja', 4: 'nee' }, 'en').nextQuestion.text];
    }, `${base}/browser.mjs`);
    assert.deepEqual(got, [4, classify(['1:J 4:N'], 'en').get('1:J 4:N').question]);
    await page.close();
    server.close();
  }

  assert.deepEqual(problems, [], 'no console error, page error, failed or network request');
  console.log(`page test passed: ${passed.join('; ')}; the ES module in the browser gives step 4; PNGs in ${pngDir}`);
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
