# Release build, all tests.
bash tools/build.sh release -DPL_BUILD_TESTS=ON
ctest --test-dir build/release --output-on-failure -j 2
