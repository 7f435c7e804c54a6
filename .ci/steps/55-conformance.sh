# Vendor conformance (issue 12 must-show 5, docs/conformance.md): docs/conformance.md's walkthrough
# — the ```sh blocks of its "Walkthrough" section, run as written — from an installed prefix of
# the release build of step 10: the C adapter built with pkg-config from the installed example, the
# Python adapter over the installed package, binary and JSON Lines, a failure list.
set -euo pipefail
source tools/ccache.sh
start=$(date +%s)
prefix=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$prefix" "$work"' EXIT
cmake --build build/release -j 2 >/dev/null
cmake --install build/release --prefix "$prefix" >/dev/null
awk '/^## Walkthrough/{on=1; next} /^## /{on=0} on && /^```sh$/{code=1; next} code && /^```$/{code=0; next} code' \
  docs/conformance.md > "$work/walkthrough.sh"
[ "$(grep -c 'pladder" conform' "$work/walkthrough.sh")" -ge 4 ] || { echo "walkthrough not found in docs/conformance.md"; exit 1; }
(cd "$work" && env -u PYTHONPATH PREFIX="$prefix" PYTHON=/usr/bin/python3 bash -euo pipefail walkthrough.sh)
echo "conformance walkthrough (docs/conformance.md) from an installed prefix: C and Python adapters 100% at both levels, failure list enforced ($(( $(date +%s) - start )) s)"
