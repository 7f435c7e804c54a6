# The examples of docs/c-abi.md and docs/packaging.md (their "## Example: from an installed prefix"
# sections), built and run exactly as written against the install of step 50 (build/install):
# each ```c / ```cmake block is written to the file its first line names (`/* first.c: …`,
# `# CMakeLists.txt`), then the ```sh blocks run in order with PREFIX set (issue 20, Must show 6).
set -euo pipefail
start=$(date +%s)
prefix=$PWD/build/install
test -f "$prefix/include/participatieladder.h" || { echo "no install in $prefix (step 50 makes it)"; exit 1; }
for doc in docs/c-abi.md docs/packaging.md; do
  work=$(mktemp -d)
  awk -v dir="$work" '
    /^## Example: from an installed prefix/ { on = 1; next }
    /^## / { on = 0 }
    !on { next }
    /^```(c|cmake)$/ { file = ""; code = 1; next }
    /^```sh$/ { code = 2; next }
    /^```$/ { code = 0; next }
    code == 1 && file == "" {
      name = $0; sub(/^(\/\*|#) */, "", name); sub(/[: ].*$/, "", name)
      file = dir "/" name; print file > (dir "/files")
    }
    code == 1 { print > file; next }
    code == 2 { print > (dir "/example.sh") }' "$doc"
  [ -s "$work/example.sh" ] && [ -s "$work/files" ] || { echo "$doc: no example section with code and commands"; exit 1; }
  echo "--- $doc: $(tr '\n' ' ' < "$work/files" | sed "s|$work/||g")"
  (cd "$work" && env -u PKG_CONFIG_PATH -u LD_LIBRARY_PATH PREFIX="$prefix" bash -euo pipefail example.sh)
  rm -rf "$work"
done
echo "docs/c-abi.md and docs/packaging.md examples from the installed prefix: ok ($(( $(date +%s) - start )) s)"
