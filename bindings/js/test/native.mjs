// SPDX-License-Identifier: Apache-2.0
// The native C++ results the JS tests compare against, computed at test time by the release CLI
// (`pladder classify`, `pladder check`) and the C ABI (through ctypes), never taken from a
// hand-written file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sourceDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const here = dirname(fileURLToPath(import.meta.url));

export const pladder = process.env.PL_PLADDER
  ? resolve(process.env.PL_PLADDER)
  : resolve(sourceDir, 'build/release/src/cli/pladder');
const buildDir = resolve(dirname(pladder), '../..');
export const library = process.env.PARTICIPATIELADDER_LIBRARY
  ? resolve(process.env.PARTICIPATIELADDER_LIBRARY)
  : resolve(buildDir, 'src/capi/libparticipatieladder.so');
export const pythonPath = resolve(buildDir, 'python');
export const python = '/usr/bin/python3';

if (!existsSync(pladder))
  throw new Error(`native CLI not found at ${pladder}: build it (bash tools/build.sh release) or set PL_PLADDER`);

/**
 * One determination of `pladder classify --format json` in the fields the tests compare. Reads
 * both the CLI's own JSON (input, note_texts, …) and the v1 DeterminationResult (issue 20).
 */
function normalize(d, lang) {
  if ('note_texts' in d) {
    const { input, ...rest } = d;
    void input;
    return rest;
  }
  return {
    complete: d.complete,
    step: d.step ?? null,
    label: d.label ? d.label[lang] : null,
    path: d.path.map((a) => [a.question, a.yes]),
    path_notation: d.path_notation,
    next_question: d.next_question ?? null,
    question: d.question ? d.question.text[lang] : null,
    unused: d.unused,
    notes: d.notes.map((n) => n.id),
    note_texts: d.notes.map((n) => n.message[lang]),
    delimitation: d.delimitation ? d.delimitation.criteria[lang] : null,
  };
}

/** Native determinations of answer sets, keyed by the input text (one `classify` run). */
export function classify(inputs, lang = 'nl') {
  if (inputs.length === 0) return new Map();
  const out = execFileSync(pladder, ['classify', '--format', 'json', '--lang', lang], {
    input: inputs.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const lines = out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const byInput = new Map();
  lines.forEach((d, i) => byInput.set(d.input ?? inputs[i], normalize(d, lang)));
  for (const i of inputs) if (!byInput.has(i)) throw new Error(`pladder classify gave no result for '${i}'`);
  return byInput;
}

/** The C ABI's v1 JSON (pl_message_to_json of pl_determine_notation) of each input, in order. */
export function cabiDetermine(inputs) {
  const out = execFileSync(python, [join(here, 'cabi_determine.py')], {
    input: inputs.map((i) => JSON.stringify(i)).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, PARTICIPATIELADDER_LIBRARY: library },
  });
  const lines = out.split('\n');
  lines.pop();
  if (lines.length !== inputs.length) throw new Error(`cabi_determine.py: ${lines.length} lines for ${inputs.length} inputs`);
  return lines;
}

/** Does the native CLI reject this answer set (exit code 1 with a message on stderr)? */
export function nativeRejects(input) {
  try {
    execFileSync(pladder, ['classify', input], { stdio: ['ignore', 'pipe', 'pipe'] });
    return false;
  } catch (e) {
    return e.status === 1 && String(e.stderr).includes('pladder classify');
  }
}

const severities = { SEVERITY_ERROR: 'error', SEVERITY_WARNING: 'warning', SEVERITY_INFO: 'info' };

/**
 * `pladder check --format json` of files (name → text), as of `reference`, with an optional check
 * configuration (the JSON of a configuration file): the findings with lower-case severities.
 */
export function nativeCheck(files, { reference, config } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pl-check-'));
  try {
    const paths = Object.entries(files).map(([name, text]) => {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    });
    const args = ['check', ...paths, '--format', 'json'];
    if (reference) args.push('--reference-date', reference);
    if (config) {
      writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
      args.push('--config', join(dir, 'config.json'));
    }
    let out;
    try {
      out = execFileSync(pladder, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    } catch (e) {
      if (e.status !== 1) throw new Error(`pladder ${args.join(' ')}: exit ${e.status}: ${e.stderr}`);
      out = e.stdout;  // 1 = error findings
    }
    const response = JSON.parse(out);
    return { ...response, findings: (response.findings ?? []).map((f) => ({ ...f, severity: severities[f.severity] ?? f.severity })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every complete path, discovered by the native core alone: start with no answers, ask the native
 * CLI for the next question, branch on yes and no, until every branch ends in a step. Returns the
 * native determinations of every prefix (incomplete) and every complete path.
 */
export function nativeTree(lang = 'nl') {
  const all = new Map();
  let frontier = [''];
  while (frontier.length > 0) {
    const results = classify(frontier, lang);
    const next = [];
    for (const [input, d] of results) {
      all.set(input, d);
      if (!d.complete) for (const a of ['J', 'N']) next.push(`${input}${input ? ' ' : ''}${d.next_question}:${a}`);
    }
    frontier = next;
  }
  return all;
}
