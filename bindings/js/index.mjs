// SPDX-License-Identifier: Apache-2.0
// participatieladder in Node — the Participatieladder rules (SPEC §2–§8) from the C++ core compiled
// to WebAssembly (dist/, built by tools/build_wasm.sh). Browsers and bundlers get browser.mjs (the
// "browser" condition of package.json). See docs/javascript.md.
import { createRequire } from 'node:module';

import { bindCore, decodeBase64, instantiateCore } from './src/api.mjs';
import wasmBase64 from './dist/pl_core_wasm.mjs';

// The classic (CommonJS) build: emscripten 3.1.6's ES-module output calls `require` in Node.
const factory = createRequire(import.meta.url)('./dist/pl_core.cjs');
const pl = bindCore(instantiateCore(factory, decodeBase64(wasmBase64)));

export const {
  ParticipatieladderError, Session, version, determine, determineJson, paths, question, questionText, blocks,
  stepInfo, stepLabel, delimitation, parseGrowth, parseGrowthValue, growthFromTarget, record, check,
} = pl;
export default pl;
