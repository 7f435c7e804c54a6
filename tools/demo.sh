#!/usr/bin/env bash
# The main job on the bundled example data: set up, build, run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/build.sh release -DPL_BUILD_TESTS=OFF
PLADDER=build/release/src/cli/pladder
echo "--- pladder classify examples/answers/answers.txt"
"$PLADDER" classify --lang en < examples/answers/answers.txt
