# JavaScript binding and input page (issue 15, docs/javascript.md). Reuses the release CLI of
# step 10 as the C++ side of every comparison. npm packages come from bindings/js/package-lock.json
# (installed by tools/setup.sh); emscripten's system libraries come prebuilt with Debian's package.
set -euo pipefail
t0=$SECONDS
bash tools/build_wasm.sh >/dev/null
echo "wasm core built with $(emcc --version 2>/dev/null | sed -n 1p) in $((SECONDS - t0)) s"
[ -d bindings/js/node_modules/puppeteer-core ] || npm ci --prefix bindings/js --no-audit --no-fund
cd bindings/js
export PL_PLADDER=$PWD/../../build/release/src/cli/pladder
# Must show 3: the package imports by its name from its directory and gives step 4.
step=$(node -e "import('participatieladder').then(pl => console.log(pl.determine('1:N 2:N 10:J 12:J 13:J').step))")
[ "$step" = 4 ] || { echo "FAIL: import('participatieladder') determine(...).step = '$step', expected 4"; exit 1; }
echo "proved: import('participatieladder') from bindings/js: determine('1:N 2:N 10:J 12:J 13:J').step = 4"
# Must show 1: every vector and all 308 paths (and prefixes, sessions) give the C++ results.
node --test --test-reporter=dot test/core.test.mjs
echo "proved: wasm core == C++ core on tests/vectors/questionnaire.json and all 308 paths (nl, en)"
# The TypeScript declarations type-check against their use.
npx --no-install tsc -p test/tsconfig.json
echo "proved: index.d.ts type-checks (strict)"
# Must show 2: the page in headless Chromium, three paths, one with back, records read back natively.
node test/page.test.mjs --png ../../build/js/input-page.png
echo "90-js: done in $((SECONDS - t0)) s"
