# buf lint and buf breaking of the participatieladder.v1 message schema (proto/buf.yaml, docs/messages.md). buf comes
# from npm (@bufbuild/buf, pinned), installed into the build tree, never committed.
set -euo pipefail
BUF_VERSION=1.75.0
dir=build/tools/buf
if [ ! -x "$dir/node_modules/.bin/buf" ] || [ "$("$dir/node_modules/.bin/buf" --version)" != "$BUF_VERSION" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm install --no-save --no-audit --no-fund --silent "@bufbuild/buf@$BUF_VERSION")
fi
buf=$PWD/$dir/node_modules/.bin/buf
(cd proto && "$buf" lint && "$buf" build -o /dev/null)
echo "buf lint: participatieladder.v1 clean"
# buf breaking against the last released schema, kept in the repository as a buf image (a binary
# FileDescriptorSet: abi/proto-1.0.binpb, made with `cd proto && buf build -o ../abi/proto-1.0.binpb`
# when a release is cut, never edited; docs/c-abi.md "Versions"): no wire or JSON incompatible change
# (proto/buf.yaml: WIRE_JSON).
released=$(ls abi/proto-*.binpb | sort -V | tail -1)
(cd proto && "$buf" breaking --against "../$released")
echo "buf breaking: participatieladder.v1 compatible with ${released%.binpb}"
