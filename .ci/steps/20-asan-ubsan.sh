# The same tests under AddressSanitizer + UndefinedBehaviorSanitizer.
# -O1: about 40 % less compile time than RelWithDebInfo's -O2 (tests/unit/checks_engine_test.cpp: 41 s
# against 68 s of CPU), and what the sanitizers' manuals
# recommend; -g for the reports and for abidw (step 60).
bash tools/build.sh asan -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g -DNDEBUG" \
  "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g -DNDEBUG" -DPL_SANITIZE=address,undefined
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j 2
