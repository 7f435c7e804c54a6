# ThreadSanitizer: one engine and one record-set handle shared by 6 threads running determinations,
# checks, reports and sessions through the C ABI (tests/abi/threads_test.cpp), and a CSV (and a
# JSON Lines) file read and checked on 1-4 threads and in parts (tests/parallel, issues 13 and 25: each threaded read, check
# and caseload store asserted to run in 2-4 parts, so the threaded paths really run here). Builds
# only the shared library and those tests; the Catch2 test code and its runner at -O0 (as in
# step 20; the library stays at -O1).
set -euo pipefail
source tools/ccache.sh
cmake -S . -B build/tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" -DPL_SANITIZE=thread -DPL_BUILD_CLI=OFF -DPL_BUILD_PYTHON=OFF \
  -DPL_TEST_COMPILE_OPTIONS=-O0 $PL_LAUNCHER_ARGS >/dev/null
cmake --build build/tsan -j 2 --target pl_abi_threads_test pl_parallel_test >/dev/null
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 build/tsan/tests/abi/pl_abi_threads_test
(cd build/tsan/tests/parallel && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 ./pl_parallel_test)
