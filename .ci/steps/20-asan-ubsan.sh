# The same tests under AddressSanitizer + UndefinedBehaviorSanitizer.
# -O1 -g1 (line tables: enough for the sanitizers' reports): the largest test file compiles in 20 s
# of CPU instead of 68 s at RelWithDebInfo's -O2 -g. The C ABI's own files keep full debug info
# (PL_ABI_DEBUG_INFO) for abidw in step 60. The test code (the Catch2 executables and their
# runner, the fuzz replay targets) at -O0 (PL_TEST_COMPILE_OPTIONS, tests/support/CatchMain.cmake,
# docs/ci.md): the sanitizers watch it as closely, it compiles in about 55-60 % of the CPU time, and
# it is a few seconds of the test run (the library and the CLI it calls stay at -O1).
bash tools/build.sh asan -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
  "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" -DPL_ABI_DEBUG_INFO=ON -DPL_SANITIZE=address,undefined \
  -DPL_TEST_COMPILE_OPTIONS=-O0
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j 2
