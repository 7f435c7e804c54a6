// SPDX-License-Identifier: Apache-2.0
// participatieladder — the Participatieladder rules (SPEC §2–§6) in Node and the browser, from the
// C++ core compiled to WebAssembly (dist/, built by tools/build_wasm.sh). See docs/javascript.md.
import { bindCore } from './src/api.mjs';

let factory;
if (typeof process === 'object' && process.versions && process.versions.node) {
  // Node: the classic (CommonJS) build; emscripten 3.1.6's ES-module output needs `require`.
  const { createRequire } = await import('node:module');
  factory = createRequire(import.meta.url)('./dist/pl_core.cjs');
} else {
  factory = (await import('./dist/pl_core.mjs')).default;
}

const pl = bindCore(await factory());

export const {
  ParticipatieladderError, Session, version, determine, paths, question, questionText, blocks,
  stepInfo, stepLabel, delimitation, parseGrowth, parseGrowthValue, growthFromTarget, record,
} = pl;
export default pl;
