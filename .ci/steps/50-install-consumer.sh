# Install into a temporary prefix and build the examples (examples/, a separate consumer project)
# against it with find_package(participatieladder CONFIG) and with pkg-config; run the C, C++ and
# Python examples (docs/packaging.md). Uses the release build of step 10.
set -euo pipefail
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --build build/release -j 2 >/dev/null
cmake --install build/release --prefix "$prefix" >/dev/null
test -f "$prefix/include/participatieladder.h"
ls "$prefix"/lib*/libparticipatieladder.so.* >/dev/null

# CMake consumer: find_package gives participatieladder::rules and participatieladder::participatieladder.
cmake -S examples -B "$prefix/build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$prefix/build" -j 2 >/dev/null
ctest --test-dir "$prefix/build" --output-on-failure

# pkg-config consumer: the C example with nothing but the .pc file.
export PKG_CONFIG_PATH="$(dirname "$(ls -d "$prefix"/lib*/pkgconfig/participatieladder.pc)")"
cc -std=c99 -Wall -Wextra -pedantic -Werror examples/c/example.c $(pkg-config --cflags --libs participatieladder) \
   -Wl,-rpath,"$(pkg-config --variable=libdir participatieladder)" -o "$prefix/example_c_pc"
"$prefix/example_c_pc" examples/records/small_caseload.csv >/dev/null

# Python example against the build tree's package.
PYTHONPATH=build/release/python /usr/bin/python3 examples/python/example.py examples/records/small_caseload.csv >/dev/null
echo "install + find_package + pkg-config consumers and examples: ok"
