// SPDX-License-Identifier: Apache-2.0
// participatieladder in browsers and bundlers (esbuild, Vite, webpack: the "browser" condition of
// package.json) — the same API as index.mjs. No Node import, no top-level await, no fetch: the
// WebAssembly bytes are part of the bundle and are compiled at import, so a page needs only
// `script-src 'self' 'wasm-unsafe-eval'` (docs/javascript.md).
import { bindCore, decodeBase64, instantiateCore } from './src/api.mjs';
import createCore from './dist/pl_core.mjs';
import wasmBase64 from './dist/pl_core_wasm.mjs';

const pl = bindCore(instantiateCore(createCore, decodeBase64(wasmBase64)));

export const {
  ParticipatieladderError, Session, version, determine, determineJson, paths, question, questionText, blocks,
  stepInfo, stepLabel, delimitation, parseGrowth, parseGrowthValue, growthFromTarget, record, check,
} = pl;
export default pl;
