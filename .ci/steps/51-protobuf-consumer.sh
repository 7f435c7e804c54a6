# Own protobuf classes next to the library (issue 20, Must show 1 and 2; docs/c-abi.md, docs/python.md):
# - tests/consumers/protobuf: protoc --cpp_out on the installed .proto files, a full-runtime and a
#   lite-runtime program linked with the installed libparticipatieladder.so; AnswerSet,
#   CheckRequest, ReportRequest through the C ABI, every response parsed with their own classes;
# - tests/consumers/python_protobuf/own_messages.py: its own protoc --python_out modules of the
#   installed .proto files and the installed binding in one process, the same three requests.
# Uses the install of step 50 (build/install).
set -euo pipefail
source tools/ccache.sh
start=$(date +%s)
prefix=$PWD/build/install
test -f "$prefix/include/participatieladder.h" || { echo "no install in $prefix (step 50 makes it)"; exit 1; }
# Under build/ so that ccache (paths relative to the source tree) finds the objects of the last run.
rm -rf build/consumer-protobuf
cmake -S tests/consumers/protobuf -B build/consumer-protobuf -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
  $PL_LAUNCHER_ARGS >/dev/null
cmake --build build/consumer-protobuf -j 2 >/dev/null
ctest --test-dir build/consumer-protobuf --output-on-failure
(cd / && env -u PARTICIPATIELADDER_LIBRARY PYTHONPATH="$prefix/lib/python3/dist-packages" \
  /usr/bin/python3 "$PL_ROOT/tests/consumers/python_protobuf/own_messages.py" "$prefix/share/participatieladder/proto")
echo "own protobuf classes (C++ full + lite, Python) next to the installed library: ok ($(( $(date +%s) - start )) s)"
