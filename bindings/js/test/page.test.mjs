// SPDX-License-Identifier: Apache-2.0
// Issue 15, Must show 2: headless Chromium (Debian's /usr/bin/chromium, driven by puppeteer-core)
// opens the input page from the file system and walks three paths — one by keyboard in English with
// a back step — checks the step, the notes and the produced §6 record against the native C++ core
// (`pladder classify`, and `pladder check` reading the record back), fails on any console error,
// and saves a PNG of the result screen.
// Run: node bindings/js/test/page.test.mjs [--png FILE]   (default build/js/input-page.png)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

import puppeteer from 'puppeteer-core';

import { classify, pladder, sourceDir } from './native.mjs';

const pngArg = process.argv.indexOf('--png');
const png = resolve(pngArg > 0 ? process.argv[pngArg + 1] : join(sourceDir, 'build/js/input-page.png'));
const pageUrl = pathToFileURL(join(sourceDir, 'bindings/js/page/index.html')).href;
const chromium = process.env.PL_CHROMIUM || '/usr/bin/chromium';

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
});
const problems = [];
const scratch = mkdtempSync(join(tmpdir(), 'pl-page-'));
let passed = 0;

/** Read a produced record back with the native reader: one record, no errors. */
function readBack(name, text) {
  const file = join(scratch, name);
  writeFileSync(file, text);
  let out;
  try {
    out = execFileSync(pladder, ['check', file, '--format', 'json'], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // exit code 1 = error findings; reported below
  }
  const report = JSON.parse(out);
  assert.equal(report.records, 1, `${name}: the native reader reads one record`);
  assert.equal(report.errors, 0, `${name}: no error findings: ${JSON.stringify(report.findings)}`);
  return report;
}

async function openPage(lang) {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 1000 });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`); });
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
  const heading = await text(page, '#result-heading');
  assert.equal(heading, `${lang === 'en' ? 'Step' : 'Trede'} ${native.step}: ${native.label}`);
  const notes = await page.$$eval('#notes-list li', (ls) => ls.map((l) => ({ id: l.dataset.note, text: l.textContent })));
  assert.deepEqual(notes.map((n) => n.id), native.notes, `notes for ${answers}`);
  assert.deepEqual(notes.map((n) => n.text), native.note_texts);
  assert.equal(await page.$eval('#notes', (e) => e.hidden), native.notes.length === 0);
  assert.equal(await text(page, '#criteria'), native.delimitation);
  return native;
}

async function makeRecord(page, { clientId = '', measuredOn, growth, target, horizon, targetGrowth }) {
  if (clientId) await page.type('#client-id', clientId);
  await page.$eval('#measured-on', (e, v) => { e.value = v; }, measuredOn);
  if (growth !== undefined) await page.select('#growth', growth);
  if (target !== undefined) await page.select('#target', target);
  if (horizon !== undefined) await page.select('#horizon', horizon);
  if (targetGrowth !== undefined) await page.select('#target-growth', targetGrowth);
  await page.click('#make-record');
  await page.waitForSelector('#output:not([hidden])');
  assert.equal(await text(page, '#record-error'), '');
  // The downloads hold the exact bytes (CSV: UTF-8 byte-order mark for Excel, CRLF); the text
  // areas show the same text (a textarea shows line ends as LF).
  const download = (sel) => page.$eval(sel, async (a) => Array.from(new Uint8Array(await (await fetch(a.href)).arrayBuffer())));
  const csvBytes = Buffer.from(await download('#download-csv'));
  assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV download starts with the UTF-8 BOM');
  const csv = csvBytes.subarray(3).toString('utf8');
  const json = JSON.parse(Buffer.from(await download('#download-json')).toString('utf8'));
  assert.equal(await page.$eval('#csv-out', (e) => e.value), csv.replaceAll('\r\n', '\n'));
  assert.deepEqual(JSON.parse(await page.$eval('#json-out', (e) => e.value)), json);
  assert.equal(await page.$eval('#download-csv', (a) => a.download), 'participatieladder-record.csv');
  return { csv, json };
}

try {
  // Path 1 — Dutch (default), by mouse: unpaid work, weekly with weekly contact; growth + to step 5.
  {
    const answers = '1:N 2:N 10:J 12:J 13:J';
    const page = await openPage();
    assert.equal(await page.$eval('html', (e) => e.lang), 'nl');
    assert.equal(await text(page, '#question-text'), 'Heeft u een betaalde baan of werkt u als zelfstandige?');
    await walk(page, answers);
    const native = await checkResult(page, answers, 'nl');
    assert.equal(native.step, 4);
    await page.select('#target', '5');
    assert.match(await text(page, '#growth-advice'), /Afgeleid groeipotentieel .*: \+/);
    const rec = await makeRecord(page, { clientId: 'K-1001', measuredOn: '2026-11-02', growth: '+', target: '5', horizon: '1y' });
    assert.equal(rec.csv,
      'klantnummer;datum meetmoment;trede;groeipotentieel;potentietrede;termijn;bepalingswijze;antwoorden\r\n' +
      `K-1001;02-11-2026;4;+;5;1y;questionnaire;${native.path_notation}\r\n`);
    assert.deepEqual(rec.json, { client_id: 'K-1001', measured_on: '2026-11-02', step: '4', growth_potential: '+',
      target_step: '5', target_horizon: '1y', determination: 'questionnaire', answers: native.path_notation });
    readBack('path1.csv', rec.csv);
    readBack('path1.jsonl', JSON.stringify(rec.json) + '\n');
    mkdirSync(dirname(png), { recursive: true });
    await page.screenshot({ path: png, fullPage: true });
    await page.close();
    passed++;
  }

  // Path 2 — English, keyboard only, with a back step: isolated, with the family note (SPEC §4.1).
  {
    const page = await openPage('en');
    assert.equal(await page.$eval('html', (e) => e.lang), 'en');
    await page.keyboard.press('n');            // 1: no
    assert.equal(await currentQuestion(page), 2);
    await page.keyboard.press('j');            // 2: yes → 3
    assert.equal(await currentQuestion(page), 3);
    assert.equal(await text(page, '#question-text'), 'Do you receive an internship allowance for it?');
    await page.keyboard.press('b');            // back to 2
    assert.equal(await currentQuestion(page), 2);
    assert.equal(await text(page, '#question-text'), 'Are you doing an internship?');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'question-text', 'focus follows the question');
    const rest = '2:N 10:N 11:N 14:N 15:N 16:N 17:N 19:N 21:N';
    await walk(page, rest, { keyboard: true });
    const answers = `1:N ${rest}`;
    const native = await checkResult(page, answers, 'en');
    assert.equal(native.step, 1);
    assert.ok(native.notes.includes('family_outside_household'));
    assert.equal(await text(page, '#result-path'), `Answers: ${answers}`);
    // The client number typed with the keyboard; the choices through the selects.
    await page.focus('#client-id');
    await page.keyboard.type('A-17');
    await page.$eval('#measured-on', (e) => { e.value = '2026-10-15'; });
    const rec = await makeRecord(page, { measuredOn: '2026-10-15', growth: '0', target: '2', horizon: 'ever', targetGrowth: '+' });
    assert.equal(rec.csv,
      'klantnummer;datum meetmoment;trede;groeipotentieel;potentietrede;termijn;groei na doeltrede;bepalingswijze;antwoorden\r\n' +
      `A-17;15-10-2026;1;0;2;ever;+;questionnaire;${answers}\r\n`);
    assert.equal(rec.json.step, '1');
    assert.equal(rec.json.target_horizon, 'ever');
    // A target with horizon 'ever' neither derives the flag nor contradicts it (SPEC §5).
    assert.doesNotMatch(await text(page, '#growth-advice'), /PL007/);
    readBack('path2.csv', rec.csv);
    await page.close();
    passed++;
  }

  // Path 3 — Dutch, switched to English and back: paid work, every 6 carries the education note;
  // step 6 has no growth potential and no target (the fields are not offered).
  {
    const answers = '1:J 4:N 5:N 6:N 7:N 8:N 9:N';
    const page = await openPage();
    await walk(page, '1:J 4:N 5:N', { partial: true });
    await page.click('#lang-en');
    assert.equal(await text(page, '#question-text'), 'Do you work through the WSW (sheltered employment)?');
    await page.click('#lang-nl');
    await walk(page, '6:N 7:N 8:N 9:N');
    const native = await checkResult(page, answers, 'nl');
    assert.equal(native.step, 6);
    assert.deepEqual(native.notes, ['work_with_education']);
    assert.equal(await page.$eval('#growth-fields', (e) => e.hidden), true);
    // client_id is required by SPEC §6: the page says so and makes no record.
    await page.$eval('#measured-on', (e) => { e.value = '2026-09-01'; });
    await page.click('#make-record');
    assert.equal(await text(page, '#record-error'), 'Vul het klantnummer in.');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'client-id');
    assert.equal(await page.$eval('#output', (e) => e.hidden), true);
    const rec = await makeRecord(page, { clientId: 'Z9', measuredOn: '2026-09-01' });
    assert.equal(rec.csv, `klantnummer;datum meetmoment;trede;bepalingswijze;antwoorden\r\nZ9;01-09-2026;6;questionnaire;${answers}\r\n`);
    readBack('path3.csv', rec.csv);
    await page.close();
    passed++;
  }

  // The ES module package in a browser (served over http from 127.0.0.1, as a web app would): the
  // same import as in Node gives the same answer.
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
    }, `${base}/index.mjs`);
    assert.deepEqual(got, [4, classify(['1:J 4:N'], 'en').get('1:J 4:N').question]);
    await page.close();
    server.close();
  }

  assert.deepEqual(problems, [], 'no console error, page error, failed or network request');
  console.log(`page test: ${passed} paths passed (one by keyboard in English with a back step); ` +
    `records read back by ${pladder}; the ES module in the browser gives step 4; no console error; PNG: ${png}`);
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
