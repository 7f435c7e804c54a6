#!/usr/bin/env bash
# Runs a test command and fails if it changed any input file (issue 14: "input files are never
# modified"): a digest of every file under tests/ and examples/ (the files the tests read) before
# and after. Usage: inputs_unchanged.sh SOURCE_DIR COMMAND [ARGS...]; the command's exit status is
# kept when nothing changed.
set -uo pipefail
src=$1; shift
digest() {
  (cd "$src" && find tests examples -type f ! -path '*/__pycache__/*' ! -name '*.pyc' -print0 | sort -z |
    xargs -0 sha256sum)
}
before=$(digest)
"$@"
rc=$?
after=$(digest)
if [ "$before" != "$after" ]; then
  echo "FAIL: the test changed input files under tests/ or examples/:"
  diff <(echo "$before") <(echo "$after") | grep '^[<>]' | head -n 20
  exit 1
fi
exit $rc
