#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds and tests the .NET binding (docs/dotnet.md) with Debian's Mono (mono-devel: mcs, mono).
# The C# is written for netstandard2.0 (C# 7), so the same files build for .NET 6+ and .NET Framework.
#   bash bindings/dotnet/build.sh dll OUT                  -> OUT/Participatieladder.dll (+ OUT/Adapter.exe)
#   bash bindings/dotnet/build.sh test OUT LIBDIR SOURCE   -> the tests against LIBDIR/libparticipatieladder.so
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mode=$1 out=$2
mkdir -p "$out"
MCS="mcs -warnaserror -warn:4 -langversion:7 -nologo"

build_dll() {
  if [ -f "$out/Participatieladder.dll" ] && [ -f "$out/Adapter.exe" ] && \
     [ -z "$(find "$here/src" "$here/../../examples/conformance/Adapter.cs" -newer "$out/Adapter.exe")" ]; then
    return 0
  fi
  $MCS -target:library -out:"$out/Participatieladder.dll" "$here"/src/*.cs
  # The reference conformance adapter (examples/conformance/Adapter.cs), over the DLL.
  $MCS -target:exe -r:"$out/Participatieladder.dll" -out:"$out/Adapter.exe" "$here/../../examples/conformance/Adapter.cs"
}

case "$mode" in
  dll) build_dll ;;
  test)
    libdir=$3 source=$4
    build_dll
    $MCS -target:exe -r:"$out/Participatieladder.dll" -r:System.Core -out:"$out/ParticipatieladderTests.exe" "$here"/tests/*.cs
    LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" PL_SOURCE_DIR="$source" MONO_PATH="$out" \
      mono "$out/ParticipatieladderTests.exe"
    ;;
  *) echo "usage: build.sh dll OUT | test OUT LIBDIR SOURCE_DIR" >&2; exit 2 ;;
esac
