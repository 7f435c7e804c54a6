#!/usr/bin/env bash
# Configure and build one flavour into build/<name>. Usage: tools/build.sh NAME [cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; shift
source tools/ccache.sh
cmake -S . -B "build/$name" -DCMAKE_BUILD_TYPE=Release $PL_LAUNCHER_ARGS "$@" >/dev/null
cmake --build "build/$name" -j "$(nproc)"
