// SPDX-License-Identifier: Apache-2.0
// Issue 22, Must show 4: a two-line app that imports the package, bundled by esbuild without any
// flag but --bundle (npm `esbuild`, pinned in package-lock.json), runs in Chromium under a
// Content-Security-Policy that allows only 'self' and 'wasm-unsafe-eval' — and determines step 4.
// A control run under `script-src 'self'` alone must fail: the policy is really enforced.
// Also: `npm pack --dry-run` lists README.md, LICENSE and the built files.
// Run: node bindings/js/test/bundle.test.mjs   (after tools/build_wasm.sh)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import puppeteer from 'puppeteer-core';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'pl-bundle-'));
const browser = await puppeteer.launch({
  executablePath: process.env.PL_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
});

try {
  // The app, as a web developer writes it, with the package installed in its node_modules.
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(pkg, join(work, 'node_modules/participatieladder'), 'dir');
  writeFileSync(join(work, 'app.js'),
    "import { determine } from 'participatieladder';\n" +
    "document.body.textContent = 'Trede ' + determine('1:N 2:N 10:J 12:J 13:J').step;\n");
  execFileSync(join(pkg, 'node_modules/.bin/esbuild'), ['app.js', '--bundle', '--outfile=out.js'], { cwd: work, stdio: 'pipe' });
  const bundle = readFileSync(join(work, 'out.js'), 'utf8');
  assert.doesNotMatch(bundle, /["']node:/, 'no node: import in the browser bundle');
  assert.doesNotMatch(bundle, /data:application\/octet-stream;base64,[A-Za-z0-9+/]{64}/, "no wasm as a data: URL to fetch");
  writeFileSync(join(work, 'index.html'), '<!DOCTYPE html><meta charset="utf-8"><title>app</title><body>…<script src="out.js"></script>');

  const run = async (csp) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/favicon.ico') { res.writeHead(204).end(); return; }
      const file = { '/': 'index.html', '/out.js': 'out.js' }[path];
      if (!file) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html', 'content-security-policy': csp });
      res.end(readFileSync(join(work, file)));
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    const page = await browser.newPage();
    const events = [];
    page.on('console', (m) => events.push(`console ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => events.push(`page error: ${e.message}`));
    page.on('request', (r) => { if (!r.url().startsWith(`http://127.0.0.1:${server.address().port}/`)) events.push(`request: ${r.url()}`); });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    const body = await page.evaluate(() => document.body.textContent);
    await page.close();
    server.close();
    return { body, events };
  };

  const ok = await run("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  assert.deepEqual(ok.events, [], "no CSP violation, error or request beyond 'self'");
  assert.equal(ok.body, 'Trede 4');
  const control = await run("default-src 'self'; script-src 'self'");
  assert.notEqual(control.body, 'Trede 4', "without 'wasm-unsafe-eval' the core cannot start: the policy is enforced");
  assert.ok(control.events.some((e) => /WebAssembly|wasm-unsafe-eval|Content Security Policy/i.test(e)), control.events.join('\n'));

  // The npm package: README, LICENSE, the built core and the page; the licence is the project's.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: pkg, encoding: 'utf8' }))[0];
  const files = packed.files.map((f) => f.path);
  for (const f of ['README.md', 'LICENSE', 'package.json', 'index.mjs', 'browser.mjs', 'index.d.ts', 'src/api.mjs', 'dist/pl_core.mjs',
    'dist/pl_core.cjs', 'dist/pl_core_wasm.mjs', 'dist/participatieladder.page.js', 'page/index.html'])
    assert.ok(files.includes(f), `npm pack lists ${f}: ${files.join(', ')}`);
  assert.equal(readFileSync(join(pkg, 'LICENSE'), 'utf8'), readFileSync(join(pkg, '../../LICENSE'), 'utf8'), 'LICENSE is the project licence');
  assert.equal(packed.version, JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version);
  console.log(`bundle test passed: esbuild bundle (${Math.round(bundle.length / 1024)} KiB) gives "${ok.body}" under ` +
    `"script-src 'self' 'wasm-unsafe-eval'" and fails without it; npm pack lists ${files.length} files incl. README.md and LICENSE`);
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
