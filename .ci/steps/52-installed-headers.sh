# The installed package in pieces (issue 20, Must show 3; docs/packaging.md), on the install of
# step 50 (build/install):
# 1. every installed header compiles on its own, -Wall -Wextra -Werror, with g++ 12 and clang++ 14
#    (one translation unit per header, -fsyntax-only); the C header also as C99 with gcc and clang;
# 2. everything declared links against the installed targets: a program referencing every function
#    participatieladder.h declares (the list made from the header, so a new declaration is in it),
#    which must equal the library's exported pl_* symbols; and every installed C++ header in two
#    translation units linked together with -fkeep-inline-functions (each inline function emitted,
#    so every function it calls must be defined: a header whose code lives in a library that is not
#    installed fails here);
# 3. CMake consumers of one component: C only with Boost hidden, rules only with protobuf hidden,
#    no COMPONENTS with Boost hidden (tests/consumers/components).
set -euo pipefail
source tools/ccache.sh
start=$(date +%s)
prefix=$PWD/build/install
inc=$prefix/include
test -f "$inc/participatieladder.h" || { echo "no install in $prefix (step 50 makes it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lib=$(dirname "$(ls "$prefix"/lib*/libparticipatieladder.so | head -n 1)")

# 1. Each header alone.
(cd "$inc" && find . -name '*.h' -o -name '*.hpp' | sed 's|^\./||' | sort) > "$work/headers"
[ "$(wc -l < "$work/headers")" -gt 40 ] || { echo "too few installed headers"; exit 1; }
jobs=$work/jobs
: > "$jobs"
while read -r h; do
  for cxx in g++-12 clang++-14; do
    echo "$cxx -std=c++20 -Wall -Wextra -Werror -pedantic -fsyntax-only -I$inc -x c++ - <<< '#include <$h>' || { echo 'FAIL $cxx $h'; exit 1; }" >> "$jobs"
  done
done < "$work/headers"
for cc in gcc-12 clang-14; do
  echo "$cc -std=c99 -Wall -Wextra -Werror -pedantic -fsyntax-only -I$inc -x c - <<< '#include <participatieladder.h>' || { echo 'FAIL $cc participatieladder.h as C'; exit 1; }" >> "$jobs"
done
tr '\n' '\0' < "$jobs" | xargs -0 -P 2 -n 1 bash -c
echo "$(wc -l < "$work/headers") headers alone with g++-12 and clang++-14, the C header as C99: ok ($(( $(date +%s) - start )) s)"

# 2a. Every declared C function, referenced from one program and linked with the installed library.
sed -n 's/^PL_EXTERN[^(]*[ *]\(pl_[a-z0-9_]*\)(.*/\1/p' "$inc/participatieladder.h" | sort -u > "$work/declared"
nm -D --defined-only "$lib/libparticipatieladder.so" | awk '$2 == "T" && $3 ~ /^pl_/ { print $3 }' | sort -u > "$work/exported"
diff "$work/declared" "$work/exported" || { echo "declared (<) and exported (>) functions differ"; exit 1; }
{
  echo '#include <participatieladder.h>'
  echo '#include <stdio.h>'
  echo 'typedef void (*fn)(void);'
  echo 'static fn const functions[] = {'
  sed 's/.*/  (fn)\&&,/' "$work/declared"
  echo '};'
  echo 'int main(void) {'
  echo '  size_t i, n = sizeof functions / sizeof functions[0];'
  echo '  for (i = 0; i < n; ++i) if (functions[i] == NULL) return 1;'
  echo '  printf("%u functions of libparticipatieladder %s\n", (unsigned)n, pl_version_string());'
  echo '  return 0;'
  echo '}'
} > "$work/every_function.c"
# Casting a function pointer to another function pointer type is valid C (never called through it).
gcc-12 -std=c99 -Wall -Wextra -Werror -I"$inc" "$work/every_function.c" -L"$lib" -lparticipatieladder -Wl,-rpath,"$lib" \
  -o "$work/every_function"
"$work/every_function"

# 2b. Every C++ header in two translation units, every inline function emitted, linked.
grep -v '\.h$' "$work/headers" | sed 's/.*/#include <&>/' > "$work/all.hpp"
printf '#include "all.hpp"\nint main() { return 0; }\n' > "$work/a.cpp"
printf '#include "all.hpp"\n' > "$work/b.cpp"
# (The two translation units compile side by side, one per core: about 15 s of CPU each.)
for tu in a b; do
  g++-12 -std=c++20 -Wall -Wextra -Werror -fkeep-inline-functions -I"$inc" -I"$work" -c "$work/$tu.cpp" -o "$work/$tu.o" &
done
wait -n && wait -n || { wait; echo "FAIL: the installed C++ headers with -fkeep-inline-functions"; exit 1; }
g++-12 "$work/a.o" "$work/b.o" -L"$lib" -lparticipatieladder -Wl,-rpath,"$lib" -o "$work/all_headers"
"$work/all_headers"
echo "every declared function links: ok ($(( $(date +%s) - start )) s)"

# 3. One component at a time, the other's dependency hidden.
for args in "-DPL_COMPONENT=c -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON" \
            "-DPL_COMPONENT=rules -DCMAKE_DISABLE_FIND_PACKAGE_Protobuf=ON" \
            "-DPL_COMPONENT= -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON"; do
  rm -rf "$work/components"
  cmake -S tests/consumers/components -B "$work/components" -DCMAKE_PREFIX_PATH="$prefix" $args $PL_LAUNCHER_ARGS >/dev/null
  cmake --build "$work/components" -j 2 >/dev/null
  ctest --test-dir "$work/components" --output-on-failure >/dev/null || { echo "components consumer failed: $args"; exit 1; }
  echo "component consumer ($args): ok"
done
echo "installed headers, declared functions, components: ok ($(( $(date +%s) - start )) s)"
