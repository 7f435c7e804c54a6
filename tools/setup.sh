#!/usr/bin/env bash
# Installs every Debian package the project needs. Idempotent; run as root on Debian 12.
# Usage: bash tools/setup.sh [--with-browser] [--with-bench]
#   --with-bench (alias: --with-duckdb): also the tools bench/run.sh measures pladder against, DuckDB
#   and Polars, from npm (bench/package.json); CI does not install them.
set -euo pipefail
PKGS=(
  build-essential cmake g++ pkg-config git
  libboost-dev                      # Boost.Outcome (error model)
  libprotobuf-dev protobuf-compiler # messages + JSON mapping
  libsimdjson-dev                   # JSON Lines input, the fast path (src/io/jsonl_reader.cpp; Apache-2.0 or MIT)
  python3 python3-protobuf python3-pytest
  catch2                            # C++ tests (v2)
  libcli11-dev                      # CLI parsing
  libcsv-dev                        # test oracle of the CSV tokenizer only (tests/csv_oracle; LGPL, never linked into the library)
  libxlsxwriter-dev                 # XLSX report output (BSD-2-Clause)
  python3-openpyxl                  # reading XLSX back in tests
  libbenchmark-dev                  # benchmarks
  python3-pandas                    # the pandas side of the side-by-side benchmark (bench/compare_pandas.py); RecordSet.to_pandas() in the Python tests
  python3-numpy                     # RecordSet.rows(): the caseload store as a NumPy array (bindings/python, docs/python.md)
  clang-14 libclang-rt-14-dev       # sanitizers (TSan), fuzzing
  abigail-tools                     # abidiff ABI check
  valgrind                          # memcheck of the wrong-handle-kind test (.ci/steps/65-valgrind.sh)
  chromium                          # headless render of the HTML report
  ccache                            # compiler cache: repeated builds (CI steps, sessions) reuse objects
  emscripten                        # WebAssembly build of the rules core (JS binding, docs/javascript.md)
  libssl-dev                        # OpenSSL libcrypto: HMAC-SHA-256 pseudonym of the benchmark export (SPEC §11; Apache-2.0)
  openjdk-17-jdk-headless libjna-java junit5  # Java binding (bindings/java, docs/java.md): javac/jar, JNA, JUnit 5
  mono-devel mono-csharp-shell      # .NET binding (bindings/dotnet, docs/dotnet.md): mcs, mono, the csharp one-liner of the README
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# buf (proto lint) comes from npm; node/npm may already be installed from elsewhere (nodesource).
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi
# JS binding: puppeteer-core, typescript and esbuild pinned by bindings/js/package-lock.json, installed into
# bindings/js/node_modules (git-ignored); skipped when that install is already up to date.
js="$(cd "$(dirname "$0")/.." && pwd)/bindings/js"
if [ ! -f "$js/node_modules/.package-lock.json" ] || [ "$js/package-lock.json" -nt "$js/node_modules/.package-lock.json" ]; then
  npm ci --prefix "$js" --no-audit --no-fund
fi
# DuckDB and Polars (npm @duckdb/node-api, nodejs-polars with its native linux-x64-gnu package),
# pinned by bench/package-lock.json, for the side-by-side benchmark (bench/run.sh, issues 13 and
# 25): only with --with-bench (or the older name --with-duckdb), installed into bench/node_modules
# (git-ignored); skipped when that install is already up to date. CI does not run the benchmark.
# (nodejs-polars 0.25.2 declares node >= 22; it runs on the machine's Node.js 20, npm warns EBADENGINE.)
if [[ " $* " == *" --with-bench "* || " $* " == *" --with-duckdb "* ]]; then
  bench="$(cd "$(dirname "$0")/.." && pwd)/bench"
  if [ ! -f "$bench/node_modules/.package-lock.json" ] || [ "$bench/package-lock.json" -nt "$bench/node_modules/.package-lock.json" ]; then
    npm ci --prefix "$bench" --no-audit --no-fund
  fi
fi
