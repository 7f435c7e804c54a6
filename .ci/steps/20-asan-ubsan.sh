# The same tests under AddressSanitizer + UndefinedBehaviorSanitizer.
bash tools/build.sh asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPL_SANITIZE=address,undefined
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j 2
