# JavaScript binding and input page (issues 15, 22; docs/javascript.md). Reuses the release CLI and
# C library of step 10 as the C++ side of every comparison. npm packages come from
# bindings/js/package-lock.json (installed by tools/setup.sh); emscripten's system libraries come
# prebuilt with Debian's package. Artefacts: build/js/input-page-{320,375,1280}.png.
set -euo pipefail
t0=$SECONDS
bash tools/build_wasm.sh >/dev/null
echo "wasm core built with $(emcc --version 2>/dev/null | sed -n 1p) in $((SECONDS - t0)) s"
[ -d bindings/js/node_modules/esbuild ] || npm ci --prefix bindings/js --no-audit --no-fund
cd bindings/js
export PL_PLADDER=$PWD/../../build/release/src/cli/pladder
export PARTICIPATIELADDER_LIBRARY=$PWD/../../build/release/src/capi/libparticipatieladder.so
# The package imports by its name from its directory and gives step 4.
step=$(node -e "import('participatieladder').then(pl => console.log(pl.determine('1:N 2:N 10:J 12:J 13:J').step))")
[ "$step" = 4 ] || { echo "FAIL: import('participatieladder') determine(...).step = '$step', expected 4"; exit 1; }
echo "proved: import('participatieladder') from bindings/js: determine('1:N 2:N 10:J 12:J 13:J').step = 4"
# wasm == C++: every vector, all 308 paths and prefixes, the v1 JSON bytes of the C ABI, sessions;
# issue 22 Must show 5: check(record) == pladder check on every record of tests/vectors/checks.json.
node --test --test-reporter=spec test/core.test.mjs
echo "proved: wasm core == C++ core (determinations, v1 JSON bytes, record checks); strict arguments, one version"
# The TypeScript declarations type-check against their use.
npx --no-install tsc -p test/tsconfig.json
echo "proved: index.d.ts type-checks (strict)"
# Issue 22 Must show 1-3: the page in headless Chromium; PNGs at 320, 375 and 1280 px.
node test/page.test.mjs --png-dir ../../build/js
# Issue 22 Must show 4: an esbuild bundle under "script-src 'self' 'wasm-unsafe-eval'"; npm pack.
node test/bundle.test.mjs
echo "90-js: done in $((SECONDS - t0)) s"
