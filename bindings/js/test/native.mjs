// SPDX-License-Identifier: Apache-2.0
// The native C++ results the JS tests compare against, computed at test time by the release CLI
// (`pladder classify --format json`), never taken from a hand-written file.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sourceDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const pladder = process.env.PL_PLADDER
  ? resolve(process.env.PL_PLADDER)
  : resolve(sourceDir, 'build/release/src/cli/pladder');

if (!existsSync(pladder))
  throw new Error(`native CLI not found at ${pladder}: build it (bash tools/build.sh release) or set PL_PLADDER`);

/** Native determinations of answer sets, keyed by the input text (one `classify` run). */
export function classify(inputs, lang = 'nl') {
  if (inputs.length === 0) return new Map();
  const out = execFileSync(pladder, ['classify', '--format', 'json', '--lang', lang], {
    input: inputs.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const byInput = new Map();
  for (const line of out.split('\n').filter(Boolean)) {
    const d = JSON.parse(line);
    byInput.set(d.input, d);
  }
  for (const i of inputs) if (!byInput.has(i)) throw new Error(`pladder classify gave no result for '${i}'`);
  return byInput;
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
