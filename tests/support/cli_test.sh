# SPDX-License-Identifier: Apache-2.0
# Sourced by the CLI tests (tests/cli/*.sh) after `set -euo pipefail`: what they start with.
# $PLADDER: the pladder under test (required); fail MESSAGE: the test fails with MESSAGE; $tmp: a
# directory removed at exit; run ARGS...: pladder with ARGS, setting $rc, $out (standard output)
# and $err (standard error) — a test that runs pladder otherwise defines its own run after this.
: "${PLADDER:?}"
# grep -q stops reading at the first match; under pipefail the writer's SIGPIPE would fail the pipeline.
grep_q() { grep "$@" >/dev/null; }
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run ARGS...: sets $rc, $out (stdout) and $err (stderr)
run() {
  set +e
  out=$("$PLADDER" "$@" 2>"$tmp/stderr"); rc=$?
  set -e
  err=$(cat "$tmp/stderr")
}
