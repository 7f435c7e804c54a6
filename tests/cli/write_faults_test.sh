#!/usr/bin/env bash
# Issue 14, faults: every pladder command that writes — report --html / --xlsx, generate --out, conform --output and --data --out, export --benchmark --out, benchmark export/merge --out, and
# every command's standard output — on a full device (/dev/full), into a directory it cannot write,
# and past a file-size limit: a clear message naming the path and the reason, a non-zero exit, no
# partial file and no temporary file left, an existing file untouched; the input file unchanged.
#
# The full device is a private node ($tmp/full, major 1 minor 7 = /dev/full) when we may create one
# (root): a writer that renamed a temporary file over its target would replace the node itself —
# which once made /dev/full a regular file. Without root it is /dev/full (no rename into /dev then).
# A directory without write permission does not stop root, so the unwritable directories are a
# directory under /proc (no files can be created there) and a path with a regular file as a
# directory component; without root also a chmod a-w directory.
set -euo pipefail
: "${PLADDER:?}" "${PL_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
input="$PL_SOURCE_DIR/examples/records/small_caseload.csv"
digest=$(sha256sum "$input" | cut -d' ' -f1)

if mknod "$tmp/full" c 1 7 2>/dev/null; then full="$tmp/full"; else full=/dev/full; fi
[ -c "$full" ] || fail "no full device"

# expect_failure WHAT PATTERN CMD...: exit not 0 or 1 (both mean "done": 1 = findings / not all
# counted), stderr names PATTERN (the path and the reason).
expect_failure() {
  local what=$1 pattern=$2; shift 2
  set +e
  "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?
  set -e
  [ "$rc" -ge 2 ] || fail "$what: exit $rc (expected a failure): $(cat "$tmp/err")"
  grep -F -- "$pattern" "$tmp/err" >/dev/null || fail "$what: message without '$pattern': $(cat "$tmp/err")"
}

no_leftovers() {  # DIR: no temporary file (.tmp-XXXXXX) left behind
  ! ls -A "$1" | grep -F ".tmp-" >/dev/null || fail "temporary file left in $1: $(ls -A "$1")"
}

# The system's reasons are matched in English (--lang en); the Dutch ones: report_xlsx_test.sh and
# messages_language_test.sh.
report() { "$PLADDER" report "$input" --reference-date 2025-12-31 --lang en "$@"; }
# The benchmark exchange (issue 12) and the conformance certificate write files too.
caseload="$PL_SOURCE_DIR/examples/data/synthetic_caseload.csv"
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$tmp/key" && chmod 600 "$tmp/key"
"$PLADDER" benchmark export "$caseload" --municipality Voorbeeldgemeente --key "$tmp/key" --extensions "$PL_SOURCE_DIR/examples/extensions/heemskerk.json" --out "$tmp/publication.json"
"$PLADDER" benchmark export "$input" --municipality Andere --key "$tmp/key" --min-clients 1 --out "$tmp/other.json" 2>/dev/null || [ $? = 1 ]  # 1: not comparable, written
adapter="$PL_BUILD_DIR/tests/conformance/conformance_adapter"
writers=("report --html" "report --xlsx" "generate --out" "conform --data --out" "export --benchmark --out"
         "benchmark export --out" "benchmark merge --out")
[ -x "$adapter" ] && writers+=("conform --output")
run_writer() {  # WRITER PATH
  case "$1" in
    "report --html") report --html "$2" ;;
    "report --xlsx") report --xlsx "$2" ;;
    "generate --out") "$PLADDER" generate --seed 7 --clients 300 --out "$2" ;;
    "conform --data --out") "$PLADDER" conform --data "$caseload" --format html --out "$2" ;;
    "export --benchmark --out") "$PLADDER" export --benchmark --key "$tmp/key" --municipality Voorbeeldgemeente "$caseload" --out "$2" ;;
    "benchmark export --out") "$PLADDER" benchmark export "$caseload" --municipality Voorbeeldgemeente --key "$tmp/key" --out "$2" ;;
    "benchmark merge --out") "$PLADDER" benchmark merge --min-clients 1 "$tmp/publication.json" "$tmp/other.json" --format html --out "$2" ;;
    "conform --output") "$PLADDER" conform --adapter "$adapter" --lang en --output "$2" >/dev/null ;;
  esac
}

n=0
for w in "${writers[@]}"; do
  # --- a full device: the reason, and the device is still a device ---------------------------
  expect_failure "$w on a full device" "No space left on device" run_writer "$w" "$full"
  [ -c "$full" ] || fail "$w replaced the device $full by a regular file"
  grep -F -- "$full" "$tmp/err" >/dev/null || fail "$w: the path is not named: $(cat "$tmp/err")"
  no_leftovers "$(dirname "$full")"

  # --- directories it cannot write -----------------------------------------------------------
  expect_failure "$w under /proc" "No such file or directory" run_writer "$w" /proc/pladder-write-test/out
  expect_failure "$w into /proc" "/proc/pladder-write-test.out" run_writer "$w" /proc/pladder-write-test.out
  [ ! -e /proc/pladder-write-test.out ] || fail "$w created a file in /proc"
  printf 'a file, not a directory\n' >"$tmp/plain"
  expect_failure "$w below a file" "Not a directory" run_writer "$w" "$tmp/plain/out"
  if [ "$(id -u)" != 0 ]; then
    mkdir -p "$tmp/readonly" && chmod a-w "$tmp/readonly"
    expect_failure "$w into a read-only directory" "Permission denied" run_writer "$w" "$tmp/readonly/out"
    [ -z "$(ls -A "$tmp/readonly")" ] || fail "$w left a file in a read-only directory"
    chmod u+w "$tmp/readonly"
  fi

  # --- a disk that fills up on the way (a file-size limit): no partial file, the old one kept ---
  mkdir -p "$tmp/limited"
  lim="$tmp/limited/out"
  [ "$w" = "conform --output" ] && lim="$tmp/limited/out.html"  # the HTML certificate: larger than 1 KiB
  printf 'the previous version\n' >"$lim"
  set +e
  # the limit lies inside the output (KiB): 8, or less for the small ones (a 4 KB page, a certificate)
  case "$w" in "conform --data --out" | "benchmark merge --out" | "conform --output") limit=1 ;; *) limit=8 ;; esac
  (trap '' XFSZ; ulimit -f $limit; run_writer "$w" "$lim") >"$tmp/out" 2>"$tmp/err"; rc=$?
  set -e
  [ "$rc" -ge 2 ] || fail "$w past a size limit: exit $rc: $(cat "$tmp/err")"
  grep -F "File too large" "$tmp/err" >/dev/null || fail "$w past a size limit: $(cat "$tmp/err")"
  [ "$(cat "$lim")" = "the previous version" ] || fail "$w past a size limit: the existing file was changed"
  no_leftovers "$tmp/limited"
  rm -rf "$tmp/limited"

  # --- a symbolic link: its target is written, the link stays --------------------------------
  mkdir -p "$tmp/real"
  ln -sf "$tmp/real/target" "$tmp/link"
  run_writer "$w" "$tmp/link" >/dev/null 2>&1 || [ $? = 1 ]
  [ -L "$tmp/link" ] || fail "$w replaced the symbolic link by a file"
  [ -s "$tmp/real/target" ] || fail "$w did not write the link's target"
  no_leftovers "$tmp/real"
  rm -rf "$tmp/real" "$tmp/link"
  n=$((n + 1))
done

# --- standard output on a full device: every command says so and fails ------------------------
for args in "check $input" "check $input --format json" "report $input --reference-date 2025-12-31 --table placement" \
            "catalogue" "classify 1:N" "generate --seed 1 --clients 3 --out -" "--help" "check --help" \
            "conform --data $input" "export --benchmark --key $tmp/key --municipality Andere $input" \
            "benchmark export $input --municipality Andere --key $tmp/key" "benchmark merge --min-clients 1 $tmp/publication.json $tmp/other.json"; do
  set +e
  # shellcheck disable=SC2086
  "$PLADDER" $args >"$full" 2>"$tmp/err"; rc=$?
  set -e
  [ "$rc" -ge 2 ] || fail "pladder $args > full device: exit $rc, no failure"
  grep -E "kan de uitvoer niet schrijven|cannot write the output" "$tmp/err" >/dev/null ||
    fail "pladder $args > full device: no message: $(cat "$tmp/err")"
  n=$((n + 1))
done
"$PLADDER" catalogue --lang en >"$full" 2>"$tmp/err" || true
grep -F "pladder: cannot write the output (standard output): No space left on device" "$tmp/err" >/dev/null ||
  fail "English message: $(cat "$tmp/err")"
[ -c "$full" ] || fail "the full device is no longer a device"

[ "$(sha256sum "$input" | cut -d' ' -f1)" = "$digest" ] || fail "the input file was modified"
echo "write faults: $n writers/outputs fail clearly, no partial file, devices and links kept, input unchanged"
