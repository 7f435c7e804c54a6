#!/usr/bin/env bash
# README command (1): set up, build, and run the main job on the bundled example data
# (examples/data/synthetic_caseload.csv, see examples/data/README.md for how it was generated).
# Builds into build/demo so it never changes the configuration of the test builds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/build.sh demo -DPL_BUILD_TESTS=OFF
PLADDER=build/demo/src/cli/pladder
DATA=examples/data/synthetic_caseload.csv
REFERENCE_DATE=2026-01-01

echo "--- pladder check --reference-date $REFERENCE_DATE $DATA (samenvatting per controle, SPEC §8)"
# exit code 1 = error findings present, which this example data has on purpose (planted)
{ "$PLADDER" check --reference-date "$REFERENCE_DATE" "$DATA" || [ $? -eq 1 ]; } |
  sed -n '/^samenvatting: /,$p'

echo "--- pladder report $DATA --table placement (SPEC §10), Heemskerk sub-steps (SPEC §9)"
# exit code 1 = the report is written but not every record is counted (the planted unreadable
# values and measurements after the reference date); the data-quality block says which and why
"$PLADDER" report "$DATA" --reference-date "$REFERENCE_DATE" --table placement \
  --extensions examples/extensions/heemskerk.json --html build/report.html --xlsx build/report.xlsx || [ $? -eq 1 ]
echo "HTML: build/report.html  (PNG: bash tools/report_png.sh build/report.html build/report.png)"
echo "Excel: build/report.xlsx"
