#!/usr/bin/env bash
# pladder check --stream (issue 13): what it refuses, each with exit 2 and a message naming why —
# a reference date not given, standard input, several files, JSON Lines, a file not grouped by
# client (the lines named, no client id shown: SPEC §11) — and small files, an encoding error and
# Windows-1252 giving check()'s own output. The same output over large files with many parts:
# tests/determinism/run.py ("thread counts").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../support/cli_test.sh"  # $PLADDER, grep_q, fail, $tmp, run
same() {  # same FILE [options]: --stream with tiny parts and blocks = without --stream
  local f=$1; shift
  run check "$f" --reference-date 2026-01-01 --format json "$@"; local a=$out ra=$rc
  run check "$f" --reference-date 2026-01-01 --format json --stream --part-records 1 --block-kib 1 "$@"
  [ "$rc" = "$ra" ] || fail "$f: exit $rc with --stream, $ra without ($err)"
  [ "$out" = "$a" ] || fail "$f: --stream output differs: $(diff <(echo "$a") <(echo "$out") | head -5)"
}

printf 'client_id;measured_on;step\nGEHEIM-A;2025-01-01;3\nGEHEIM-B;2025-01-01;4\nGEHEIM-A;2025-06-01;4\n' >"$tmp/ungrouped.csv"
run check "$tmp/ungrouped.csv" --stream --reference-date 2026-01-01
[ "$rc" = 2 ] || fail "not grouped by client: exit $rc ($err)"
echo "$err" | grep_q "regel 4: de metingen van één klant staan niet bij elkaar (dezelfde klant staat op regel 2" || fail "not grouped: $err"
echo "$err$out" | grep_q GEHEIM && fail "a client id in the message: $err"
[ -z "$out" ] || fail "not grouped: half a check printed: $out"

printf 'client_id;measured_on;step\nA;2025-01-01;3\n' >"$tmp/small.csv"
run check "$tmp/small.csv" --stream
[ "$rc" = 2 ] || fail "no reference date: exit $rc"
echo "$err" | grep_q "vraagt een peildatum (--reference-date)" || fail "no reference date: $err"
run check - --stream --reference-date 2026-01-01 <"$tmp/small.csv"
[ "$rc" = 2 ] || fail "standard input: exit $rc"
echo "$err" | grep_q "niet uit standaardinvoer" || fail "standard input: $err"
run check "$tmp/small.csv" "$tmp/small.csv" --stream --reference-date 2026-01-01
[ "$rc" = 2 ] || fail "two files: exit $rc"
echo "$err" | grep_q "één CSV-bestand" || fail "two files: $err"
cp "$PL_SOURCE_DIR/examples/records/small_caseload.csv" "$tmp/x.jsonl"
run check "$tmp/x.jsonl" --stream --reference-date 2026-01-01
[ "$rc" = 2 ] || fail "JSON Lines: exit $rc"

# the same errors as without --stream: not UTF-8 when asked, a broken header, only a header
printf 'client_id;measured_on;step\nA;2025-01-01;3\nB\xff;2025-01-01;3\n' >"$tmp/bad.csv"
run check "$tmp/bad.csv" --encoding utf-8 --reference-date 2026-01-01; a=$err
run check "$tmp/bad.csv" --encoding utf-8 --reference-date 2026-01-01 --stream --block-kib 1
[ "$rc" = 2 ] && [ "$err" = "$a" ] || fail "invalid UTF-8: '$err' vs '$a'"
printf 'client_id;"measured_on;step\nA;2025-01-01;3\n' >"$tmp/header.csv"
run check "$tmp/header.csv" --reference-date 2026-01-01; a=$err
run check "$tmp/header.csv" --reference-date 2026-01-01 --stream
[ "$rc" = 2 ] && [ "$err" = "$a" ] || fail "broken header: '$err' vs '$a'"
printf '\xef\xbb\xbfclient_id;measured_on;step\r\n' >"$tmp/header_only.csv"
same "$tmp/header_only.csv"
same "$tmp/small.csv"
printf 'client_id;measured_on;step\n;2025-01-01;3\n;2025-02-01;4\n;2025-03-01;9\n' >"$tmp/no_ids.csv"
same "$tmp/no_ids.csv"   # rows without a client id: the same findings in parts
same "$PL_SOURCE_DIR/examples/data/synthetic_caseload.csv" --lang en
# Windows-1252, multi-line quoted values, a CR at the end of a block, unreadable values
printf 'client_id;measured_on;step;free_field\r\nA;01-02-2025;3;"caf\xe9\r\nregel twee"\r\nA;2025-13-01;9;x\rB;2025-01-01;7;""""\r\n\r\n;;;\r\nC;2025-01-01;2;"open' >"$tmp/cp1252.csv"
same "$tmp/cp1252.csv"
same "$tmp/cp1252.csv" --encoding windows-1252
echo "check --stream: refusals and small files pass"
