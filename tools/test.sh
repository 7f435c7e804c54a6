#!/usr/bin/env bash
# Set up, build and run every test: the steps in .ci/steps/*.sh in order (release build + tests,
# sanitizer builds, bindings, packaging, …). Exits non-zero on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export PL_ROOT=$PWD
start=$(date +%s)
# Each step's wall time and the CPU time of its processes (user + system): the CPU time does not
# depend on what else the machine is doing, so it is the figure to watch for the 45-minute budget.
for step in .ci/steps/*.sh; do
  echo "=== ${step##*/}"
  TIMEFORMAT="=== ${step##*/} done: wall %0R s, cpu %0U s user + %0S s system"
  time bash "$step"
done
echo "=== all steps passed in $(( $(date +%s) - start ))s"
