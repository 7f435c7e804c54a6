#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds and tests the Java binding (docs/java.md) with the JDK's javac and jar — no Maven.
#   bash bindings/java/build.sh jar OUT                   -> OUT/participatieladder.jar (+ OUT/adapter.jar)
#   bash bindings/java/build.sh test OUT LIBRARY SOURCE   -> the JUnit 5 tests against LIBRARY (the .so)
# Dependencies from Debian: libjna-java (/usr/share/java/jna.jar), junit5 (the console launcher).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mode=$1 out=$2
JAVA_SHARE=${JAVA_SHARE:-/usr/share/java}
JNA=${JNA_JAR:-$JAVA_SHARE/jna.jar}
JUNIT=${JUNIT_JAR:-$JAVA_SHARE/junit-platform-console-standalone.jar}
mkdir -p "$out"

build_jar() {
  local sources=("$here"/src/main/java/nl/participatieladder/*.java)
  local newest=0
  if [ -f "$out/participatieladder.jar" ]; then
    newest=$(find "$here/src/main" "$here/../../examples/conformance/Adapter.java" -newer "$out/participatieladder.jar" | wc -l)
    [ "$newest" -eq 0 ] && return 0
  fi
  rm -rf "$out/classes" "$out/adapter-classes"
  javac --release 11 -Xlint:all -Werror -encoding UTF-8 -cp "$JNA" -d "$out/classes" "${sources[@]}"
  jar --create --file "$out/participatieladder.jar" -C "$out/classes" .
  # The reference conformance adapter (examples/conformance/Adapter.java), over the jar.
  javac --release 11 -Xlint:all -Werror -encoding UTF-8 -cp "$JNA:$out/participatieladder.jar" -d "$out/adapter-classes" \
    "$here/../../examples/conformance/Adapter.java"
  jar --create --file "$out/adapter.jar" --main-class Adapter -C "$out/adapter-classes" .
}

case "$mode" in
  jar) build_jar ;;
  test)
    library=$3 source=$4
    build_jar
    rm -rf "$out/test-classes"
    javac --release 11 -Xlint:all -Werror -encoding UTF-8 -cp "$JNA:$out/participatieladder.jar:$JUNIT" \
      -d "$out/test-classes" "$here"/src/test/java/nl/participatieladder/*.java
    java -Dparticipatieladder.library="$library" -Dpl.source.dir="$source" -jar "$JUNIT" \
      --class-path "$JNA:$out/participatieladder.jar:$out/test-classes" --select-package nl.participatieladder \
      --disable-banner --details=summary --fail-if-no-tests
    ;;
  *) echo "usage: build.sh jar OUT | test OUT LIBRARY SOURCE_DIR" >&2; exit 2 ;;
esac
