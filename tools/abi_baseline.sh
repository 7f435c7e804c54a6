#!/usr/bin/env bash
# Refresh the ABI baseline (docs/c-abi.md "ABI baseline"): an abidw dump of the shared library,
# built in build/abi with the release flags (so every dependency is a ccache hit from build/release)
# and full debug info for the C ABI's own files (PL_ABI_DEBUG_INFO: abidw reads the types of the
# exported functions from it; CI's step 60 compares the ASan build of step 20, whose exported types
# are the same), written to abi/libparticipatieladder.so.SOVERSION.abi, replacing the old dump. Run it after adding a function (the baseline must record every export: ctest
# abi_baseline_cover) and when the SONAME changes; then add a line to the history in docs/c-abi.md
# and commit abi/. Usage: bash tools/abi_baseline.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/ccache.sh
cmake -S . -B build/abi -DCMAKE_BUILD_TYPE=Release $PL_LAUNCHER_ARGS -DPL_BUILD_TESTS=OFF -DPL_ABI_DEBUG_INFO=ON >/dev/null
cmake --build build/abi --target participatieladder -j 2
lib=build/abi/src/capi/libparticipatieladder.so
soname=$(objdump -p "$lib" | awk '/SONAME/ {print $2}')
[ -n "$soname" ] || { echo "no SONAME in $lib" >&2; exit 1; }
git rm -q --ignore-unmatch abi/libparticipatieladder.so.*.abi 2>/dev/null || rm -f abi/libparticipatieladder.so.*.abi
abidw --headers-dir include --drop-private-types --exported-interfaces-only --drop-undefined-syms --no-corpus-path \
  --out-file "abi/$soname.abi" "$lib"
# The build directory's absolute path is not part of the ABI: keep the dump the same on every machine.
sed -i "s|$PWD/||g" "abi/$soname.abi"
bash tests/abi/baseline_cover.sh "$lib" "abi/$soname.abi"
echo "wrote abi/$soname.abi: $(grep -c "<elf-symbol name='pl_" "abi/$soname.abi") functions"
