# Wrong handle kinds under valgrind memcheck (issue 20, docs/c-abi.md "Handles"): every entry that
# takes a handle, given each other kind, returns PL_E_INVALID_ARGUMENT without reading memory the
# library did not write for it, and frees nothing. One small C program of the release build of
# step 10 (tests/abi/handle_kinds_test.c); memcheck errors or definite leaks fail the step.
set -euo pipefail
test=build/release/tests/abi/pl_handle_kinds_test
[ -x "$test" ] || cmake --build build/release --target pl_handle_kinds_test -j 2
valgrind -q --error-exitcode=99 --leak-check=full --show-possibly-lost=no --errors-for-leak-kinds=definite "$test"
echo "valgrind memcheck: wrong handle kinds clean"
