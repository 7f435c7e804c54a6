#!/usr/bin/env bash
# Line and region coverage of the parsers by the fuzz corpora (docs/reliability.md). Builds the
# replay executables of tests/fuzz with clang-14 source-based coverage in build/coverage, replays
# the committed seed corpus of every target — and, when .ci/steps/80-fuzz.sh has run, the corpus it
# grew in build/fuzz/fuzz-run — and prints llvm-cov's report over the parser sources.
# Usage: bash tools/fuzz_coverage.sh [seeds|grown]   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build/coverage
targets="csv_reader jsonl_reader answers values config_file extensions_file column_mapping message_from_json capi_requests pipeline_file"
flags="-fprofile-instr-generate -fcoverage-mapping"
CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DPL_BUILD_CLI=OFF -DPL_BUILD_PYTHON=OFF \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS=-fprofile-instr-generate \
  -DCMAKE_SHARED_LINKER_FLAGS=-fprofile-instr-generate >/dev/null
cmake --build "$dir" -j 2 --target $(for t in $targets; do printf 'pl_fuzz_%s ' "$t"; done) >/dev/null

# The parsers: file readers, value and notation parsers, the configuration / extension-set /
# column-mapping readers, JSON <-> message, the C boundary.
sources=(src/io/*.cpp src/config/*.cpp src/extensions/*.cpp src/messages/json.cpp src/messages/read_options_message.cpp
         src/messages/record_message.cpp src/capi/*.cpp include/participatieladder/answers.hpp
         include/participatieladder/yes_no.hpp include/participatieladder/date.hpp include/participatieladder/fields.hpp
         include/participatieladder/bsn.hpp include/participatieladder/postal_code.hpp)

measure() {
  local kind=$1
  rm -rf "$dir/profiles/$kind"
  mkdir -p "$dir/profiles/$kind"
  local objects=()
  for t in $targets; do
    local inputs=(tests/fuzz/corpus/$t)
    [ -d tests/fuzz/regressions/$t ] && inputs+=(tests/fuzz/regressions/$t)
    if [ "$kind" = grown ]; then
      [ -d build/fuzz/fuzz-run/$t ] || { echo "no grown corpus: run .ci/steps/80-fuzz.sh first"; return 0; }
      inputs+=(build/fuzz/fuzz-run/$t)
    fi
    LLVM_PROFILE_FILE="$dir/profiles/$kind/$t.profraw" "$dir/tests/fuzz/pl_fuzz_$t" "${inputs[@]}" 2>/dev/null | tail -n 1 |
      sed "s/^/$t: /"
    objects+=(-object "$dir/tests/fuzz/pl_fuzz_$t")
  done
  llvm-profdata-14 merge -sparse "$dir/profiles/$kind"/*.profraw -o "$dir/profiles/$kind.profdata"
  echo "--- coverage of the parsers, $kind corpus"
  llvm-cov-14 report "${objects[@]:1}" -instr-profile="$dir/profiles/$kind.profdata" "${sources[@]}"
}

case "${1:-both}" in
  seeds) measure seeds ;;
  grown) measure grown ;;
  *) measure seeds; measure grown ;;
esac
