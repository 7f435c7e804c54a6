#!/usr/bin/env bash
# Progress on standard error (issue 13): shown for an input of 16 MiB or more when standard error is
# a terminal (here a pseudo-terminal from util-linux `script`), with reading and checking in parts;
# never with --quiet, never when standard error is a file or pipe; standard output the same bytes.
set -euo pipefail
grep_q() { grep "$@" >/dev/null; }
: "${PLADDER:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v script >/dev/null || fail "util-linux script is missing (Debian bsdutils)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PLADDER" generate --clients 75000 --seed 3 --reference-date 2026-01-01 --out "$tmp/big.csv" 2>/dev/null
[ "$(stat -c %s "$tmp/big.csv")" -ge $((16 * 1024 * 1024)) ] || fail "the generated file is under 16 MiB"
on_terminal() {  # on_terminal NAME ARGS...: pladder ARGS with stderr on a terminal; output in $tmp/NAME.{out,tty}
  local name=$1; shift
  script -qec "$(printf '%q ' "$PLADDER" "$@") >$tmp/$name.out" "$tmp/$name.tty" >/dev/null </dev/null || true
}
on_terminal plain check "$tmp/big.csv" --reference-date 2026-01-01 --format csv --threads 2
grep_q -a "pladder check: .*%, [0-9]* records, [0-9]* records/s" "$tmp/plain.tty" || fail "no progress on a terminal: $(tail -c 300 "$tmp/plain.tty")"
on_terminal stream check "$tmp/big.csv" --reference-date 2026-01-01 --format csv --stream
grep_q -a "pladder check: .*%, [0-9]* records" "$tmp/stream.tty" || fail "no progress with --stream"
on_terminal quiet check "$tmp/big.csv" --reference-date 2026-01-01 --format csv --quiet
grep_q -a "records/s" "$tmp/quiet.tty" && fail "progress with --quiet"
on_terminal report report "$tmp/big.csv" --table placement --format csv
grep_q -a "pladder report: .*%" "$tmp/report.tty" || fail "no progress for report"
set +e
"$PLADDER" check "$tmp/big.csv" --reference-date 2026-01-01 --format csv >"$tmp/file.out" 2>"$tmp/file.err"
set -e
[ -s "$tmp/file.err" ] && fail "progress on a standard error that is a file: $(head -c 200 "$tmp/file.err")"
cmp -s "$tmp/plain.out" "$tmp/file.out" || fail "standard output differs with progress shown"
cmp -s "$tmp/stream.out" "$tmp/file.out" || fail "standard output of --stream differs"
cmp -s "$tmp/quiet.out" "$tmp/file.out" || fail "standard output with --quiet differs"
echo "progress: shown on a terminal (check, check --stream, report), not with --quiet or to a file; output unchanged"
