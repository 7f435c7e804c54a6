# Packaging (docs/packaging.md): install into a temporary prefix and build the examples (examples/,
# a separate consumer project) against it with find_package(participatieladder CONFIG) and with
# pkg-config; the installed Python package with nothing but the prefix on the paths; pip install of
# bindings/python offline; a parent project with add_subdirectory; the header-only core alone
# (PL_RULES_ONLY). Uses the release build of step 10; leaves the install in build/install for
# steps 51-54.
set -euo pipefail
source tools/ccache.sh
# The one install of this run: steps 51-54 use it too (build/install, replaced here every run).
prefix=$PWD/build/install
rm -rf "$prefix"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cmake --build build/release -j 2 >/dev/null
cmake --install build/release --prefix "$prefix" >/dev/null
test -f "$prefix/include/participatieladder.h"
ls "$prefix"/lib*/libparticipatieladder.so.* >/dev/null
# The complete package (docs/packaging.md): the .proto files, the licence and the notices.
[ "$(ls "$prefix"/share/participatieladder/proto/participatieladder/v1/*.proto | wc -l)" = "$(ls proto/participatieladder/v1/*.proto | wc -l)" ]
test -f "$prefix/share/doc/participatieladder/LICENSE"
test -f "$prefix/share/doc/participatieladder/THIRD-PARTY-NOTICES.md"

# CMake consumer: find_package gives participatieladder::rules and participatieladder::participatieladder.
cmake -S examples -B "$scratch/build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release $PL_LAUNCHER_ARGS >/dev/null
cmake --build "$scratch/build" -j 2 >/dev/null
ctest --test-dir "$scratch/build" --output-on-failure

# pkg-config consumer: the C example with nothing but the .pc file (the rpath as docs/packaging.md
# writes it; step 53 runs the docs' own recipe).
export PKG_CONFIG_PATH="$(dirname "$(ls -d "$prefix"/lib*/pkgconfig/participatieladder.pc)")"
cc -std=c99 -Wall -Wextra -pedantic -Werror examples/c/example.c $(pkg-config --cflags --libs participatieladder) \
   -Wl,-rpath,"$(pkg-config --variable=libdir participatieladder)" -o "$scratch/example_c_pc"
"$scratch/example_c_pc" examples/records/small_caseload.csv >/dev/null

# The installed Python package finds the installed library, with nothing but the prefix on the paths
# (run from / so that neither the source nor the build tree is near).
step=$(cd / && env -u PYTHONPATH -u PARTICIPATIELADDER_LIBRARY PYTHONPATH="$prefix/lib/python3/dist-packages" \
  /usr/bin/python3 -c "import participatieladder as pl; print(pl.determine('1:N 2:N 10:J 12:J 13:J').step)")
[ "$step" = "4" ] || { echo "installed Python package: expected 4, got '$step'"; exit 1; }
(cd / && PYTHONPATH="$prefix/lib/python3/dist-packages" /usr/bin/python3 "$PL_ROOT/examples/python/example.py" \
  "$PL_ROOT/examples/records/small_caseload.csv" >/dev/null)

# pip, offline with Debian's setuptools: the package built from bindings/python (protoc generates
# the v1 modules), the library found through PARTICIPATIELADDER_LIBRARY.
/usr/bin/python3 -m pip install -q --no-build-isolation --no-deps --target "$scratch/pip" ./bindings/python 2>&1 \
  | grep -v "Running pip as the 'root' user" || true
rm -rf bindings/python/build bindings/python/*.egg-info
step=$(cd / && PYTHONPATH="$scratch/pip" PARTICIPATIELADDER_LIBRARY="$(ls "$prefix"/lib*/libparticipatieladder.so.? | head -n 1)" \
  /usr/bin/python3 -c "import participatieladder as pl; print(pl.determine({1: 'nee', 2: 'nee', 10: 'ja', 12: 'ja', 13: 'ja'}).step)")
[ "$step" = "4" ] || { echo "pip-installed Python package: expected 4, got '$step'"; exit 1; }

# A parent project with add_subdirectory: builds the examples against the subdirectory's targets and
# checks that nothing is forced on it (tests/consumers/add_subdirectory/CMakeLists.txt).
# (Built under build/ so that ccache, with paths relative to the source tree, reuses step 10's objects.)
rm -rf build/consumer-subdir build/consumer-rules
cmake -S tests/consumers/add_subdirectory -B build/consumer-subdir -DPL_SOURCE_DIR="$PWD" $PL_LAUNCHER_ARGS >/dev/null
cmake --build build/consumer-subdir -j 2 >/dev/null
ctest --test-dir build/consumer-subdir --output-on-failure

# The header-only rules core alone: configures, builds and runs its tests with no protobuf, no
# compiled library (README, docs/packaging.md).
cmake -S . -B build/consumer-rules -DPL_RULES_ONLY=ON $PL_LAUNCHER_ARGS >/dev/null
cmake --build build/consumer-rules -j 2 >/dev/null
ctest --test-dir build/consumer-rules --output-on-failure
echo "install + find_package + pkg-config + Python (installed, pip) + add_subdirectory + rules-only: ok"
