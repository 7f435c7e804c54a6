#!/usr/bin/env bash
# Set up, build and run every test: the steps in .ci/steps/*.sh in order (release build + tests,
# sanitizer builds, bindings, packaging, …). Exits non-zero on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export PL_ROOT=$PWD
start=$(date +%s)
for step in .ci/steps/*.sh; do
  t0=$(date +%s)
  echo "=== ${step##*/}"
  bash "$step"
  echo "=== ${step##*/} ok ($(( $(date +%s) - t0 ))s)"
done
echo "=== all steps passed in $(( $(date +%s) - start ))s"
