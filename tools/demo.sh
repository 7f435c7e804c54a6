#!/usr/bin/env bash
# The main job on the bundled example data: set up, build, run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/build.sh release -DPL_BUILD_TESTS=OFF
PLADDER=build/release/src/cli/pladder
echo "--- pladder classify examples/answers/answers.txt"
"$PLADDER" classify --lang en < examples/answers/answers.txt
echo "--- pladder report examples/data/caseload.csv (placement table, SPEC §10); HTML report in build/report.html"
"$PLADDER" report examples/data/caseload.csv --reference-date 2026-01-01 --lang en --table placement \
  --extensions examples/extensions/heemskerk.json --html build/report.html
echo "HTML report: build/report.html  (PNG: bash tools/report_png.sh build/report.html build/report.png)"
echo "--- pladder check --reference-date 2026-01-01 examples/data/synthetic_caseload.csv (summary; see examples/data/README.md)"
# exit code 1 = error findings present, which this planted example data has on purpose
{ "$PLADDER" check --reference-date 2026-01-01 --lang en examples/data/synthetic_caseload.csv || [ $? -eq 1 ]; } |
  sed -n '/^summary: /,$p'
