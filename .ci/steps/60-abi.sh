# ABI check (docs/c-abi.md, "ABI baseline"): the shared library of this build against the abidw
# dump committed in abi/. Functions may be added; removing or changing one fails — unless the
# major version (the SONAME) was raised, in which case the baseline must be refreshed
# (tools/abi_baseline.sh, docs/c-abi.md "Versions").
# Uses the RelWithDebInfo (ASan+UBSan) build of step 20: it has the debug info abidw needs, and the
# instrumentation does not change the types of the exported functions.
set -euo pipefail
lib=build/asan/src/capi/libparticipatieladder.so
baseline=$(ls abi/libparticipatieladder.so.*.abi)
base_soname=$(grep -o "soname='[^']*'" "$baseline" | head -1 | cut -d"'" -f2)
new_soname=$(objdump -p "$lib" | awk '/SONAME/ {print $2}')
if [ "$base_soname" != "$new_soname" ]; then
  echo "SONAME $base_soname -> $new_soname: major version raised; refresh the baseline (docs/c-abi.md)"
  exit 1
fi
set +e
abidiff --no-added-syms --exported-interfaces-only --headers-dir2 include "$baseline" "$lib" > build/abidiff.txt
rc=$?
set -e
cat build/abidiff.txt
# abidiff exit status: bit 1 error, bit 2 usage, bit 4 ABI change, bit 8 incompatible change.
if [ $(( rc & 11 )) -ne 0 ]; then
  echo "FAIL: incompatible ABI change against $baseline (exit $rc); raise PL_VERSION_MAJOR and refresh the baseline"
  exit 1
fi
[ $(( rc & 4 )) -eq 0 ] || echo "note: compatible ABI changes (see above)"
echo "ABI of $new_soname compatible with $baseline"
# The baseline records every exported function (else abidiff guards only part of the ABI), and that
# check fails when one is missing (tests/abi/baseline_cover_negative.sh deletes one from a copy).
bash tests/abi/baseline_cover.sh "$lib" "$baseline"
bash tests/abi/baseline_cover_negative.sh "$lib" "$baseline"
