#!/usr/bin/env bash
# pladder report --stream (issue 25): what it refuses, each with exit 2 and a message naming why,
# in Dutch by default and in English with --lang en — no --reference-date, no --table, --html or
# --xlsx, standard input, several files, JSON Lines, a file not grouped by client (the lines
# named, no client id shown: SPEC §11), bad --part-records / --block-kib values — and, for the
# example files, every output (text, CSV, JSON; Dutch and English) and exit status the same as
# without --stream, read in parts of one record. Every table kind over the vector files and a
# generated caseload in many parts, compared as messages: tests/stream (ctest report_stream).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../support/cli_test.sh"  # $PLADDER, grep_q, fail, $tmp, run
refused() {  # refused PATTERN [args]: exit 2, PATTERN on standard error, nothing on standard output
  local pattern=$1; shift
  run "$@"
  [ "$rc" = 2 ] || fail "$*: exit $rc ($err)"
  echo "$err" | grep_q -- "$pattern" || fail "$*: '$err' does not say '$pattern'"
  [ -z "$out" ] || fail "$*: half a report printed: $out"
}
same() {  # same FILE [options]: --stream with parts of one record and blocks of 1 KiB = without --stream
  local f=$1; shift
  run report "$f" --reference-date 2025-12-31 "$@"; local a=$out ra=$rc ea=$err
  run report "$f" --reference-date 2025-12-31 --stream --part-records 1 --block-kib 1 "$@"
  [ "$rc" = "$ra" ] || fail "$f $*: exit $rc with --stream, $ra without ($err)"
  [ "$out" = "$a" ] || fail "$f $*: --stream output differs: $(diff <(echo "$a") <(echo "$out") | head -5)"
  [ "$err" = "$ea" ] || fail "$f $*: --stream says '$err', without '$ea'"
}

printf 'client_id;measured_on;step\nGEHEIM-A;2025-01-01;3\nGEHEIM-B;2025-01-01;4\nGEHEIM-A;2025-06-01;4\n' >"$tmp/ungrouped.csv"
refused "regel 4: de metingen van één klant staan niet bij elkaar (dezelfde klant staat op regel 2" \
  report "$tmp/ungrouped.csv" --table placement --stream --reference-date 2026-01-01
echo "$err" | grep_q "rapporteren in delen (--stream)" || fail "not grouped: $err"
echo "$err$out" | grep_q GEHEIM && fail "a client id in the message: $err"
refused "line 4: the measurements of one client are not together (the same client is on line 2" \
  report "$tmp/ungrouped.csv" --table placement --stream --reference-date 2026-01-01 --lang en
echo "$err" | grep_q "reporting in parts (--stream) needs a file grouped by client" || fail "not grouped (en): $err"
run report "$tmp/ungrouped.csv" --table placement --reference-date 2026-01-01
[ "$rc" = 0 ] || fail "the same file without --stream: exit $rc ($err)"

printf 'client_id;measured_on;step\nA;2025-01-01;3\n' >"$tmp/small.csv"
refused "rapporteren in delen (--stream) vraagt een peildatum (--reference-date)" report "$tmp/small.csv" --table placement --stream
refused "reporting in parts (--stream) needs the reference date (--reference-date)" report "$tmp/small.csv" --table placement --stream --lang en
refused "--stream maakt één tabel (--table)" report "$tmp/small.csv" --stream --reference-date 2026-01-01 --html "$tmp/r.html"
[ ! -e "$tmp/r.html" ] || fail "--html with --stream: a file written"
refused "--stream makes one table (--table)" report "$tmp/small.csv" --stream --reference-date 2026-01-01 --table kpi --xlsx "$tmp/r.xlsx" --lang en
refused "geef --table TABEL" report "$tmp/small.csv" --stream --reference-date 2026-01-01
refused "niet uit standaardinvoer" report - --table placement --stream --reference-date 2026-01-01 <"$tmp/small.csv"
refused "--stream rapporteert over één CSV-bestand" report "$tmp/small.csv" "$tmp/small.csv" --table placement --stream --reference-date 2026-01-01
refused "--stream reports over one CSV file" report "$tmp/small.csv" "$tmp/small.csv" --table placement --stream --reference-date 2026-01-01 --lang en
cp "$PL_SOURCE_DIR/examples/records/small_caseload.csv" "$tmp/x.jsonl"
refused "JSON Lines: zonder --stream" report "$tmp/x.jsonl" --table placement --stream --reference-date 2026-01-01
refused "--part-records" report "$tmp/small.csv" --table placement --stream --reference-date 2026-01-01 --part-records 0
refused "--block-kib" report "$tmp/small.csv" --table placement --stream --reference-date 2026-01-01 --block-kib twee
refused "--from/--to" report "$tmp/small.csv" --table movement --stream --reference-date 2026-01-01 --from 2025-12-01 --to 2025-01-01

# the same errors as without --stream: not UTF-8 when asked, a broken header
printf 'client_id;measured_on;step\nA;2025-01-01;3\nB\xff;2025-01-01;3\n' >"$tmp/bad.csv"
run report "$tmp/bad.csv" --table placement --encoding utf-8 --reference-date 2026-01-01; a=$err
run report "$tmp/bad.csv" --table placement --encoding utf-8 --reference-date 2026-01-01 --stream --block-kib 1
[ "$rc" = 2 ] && [ "$err" = "$a" ] || fail "invalid UTF-8: '$err' vs '$a'"
printf 'client_id;"measured_on;step\nA;2025-01-01;3\n' >"$tmp/header.csv"
run report "$tmp/header.csv" --table placement --reference-date 2026-01-01; a=$err
run report "$tmp/header.csv" --table placement --reference-date 2026-01-01 --stream
[ "$rc" = 2 ] && [ "$err" = "$a" ] || fail "broken header: '$err' vs '$a'"

# the same outputs and exit status as without --stream
for f in "$PL_SOURCE_DIR/examples/data/synthetic_caseload.csv" "$tmp/small.csv"; do
  for table in placement target caseload comparison movement kpi budget; do
    same "$f" --table "$table"
    same "$f" --table "$table" --format json
    same "$f" --table "$table" --format csv --lang en
  done
  same "$f" --table movement --by team --format csv
  same "$f" --table caseload --extensions "$PL_SOURCE_DIR/examples/extensions/heemskerk.json"
done
# only a header; Windows-1252, multi-line quoted values, a CR at the end of a block, unreadable values
printf '\xef\xbb\xbfclient_id;measured_on;step\r\n' >"$tmp/header_only.csv"
same "$tmp/header_only.csv" --table placement --format json
printf 'client_id;measured_on;step;free_field\r\nA;01-02-2025;3;"caf\xe9\r\nregel twee"\r\nA;2025-13-01;9;x\rB;2025-01-01;7;""""\r\n\r\n;;;\r\nC;2025-01-01;2;"open' >"$tmp/cp1252.csv"
same "$tmp/cp1252.csv" --table placement --format json
same "$tmp/cp1252.csv" --table movement --encoding windows-1252
# unreadable values and a row skipped: exit 1 and what was not counted, with and without --stream
printf 'client_id;measured_on;step\nA;2025-01-01;3\nA;2025-13-01;4\nB;2025-01-01;7\nC;2025-02-01;2;extra\n' >"$tmp/lost.csv"
same "$tmp/lost.csv" --table placement
[ "$rc" = 1 ] || fail "unreadable values: exit $rc"
echo "$err" | grep_q "niet alles is meegeteld" || fail "unreadable values: $err"
echo "report --stream: refusals and the same outputs pass"
