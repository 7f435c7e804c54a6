# Release build, all tests.
bash tools/build.sh release
ctest --test-dir build/release --output-on-failure -j 2
