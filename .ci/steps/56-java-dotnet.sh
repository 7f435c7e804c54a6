# Java and .NET (issue 24): the README's first-use lines and the first programs of docs/java.md and
# docs/dotnet.md, run as written, over the release build of step 10 (no C++ build: javac, jar,
# mcs only). The bindings' own tests, the Java and C# conformance adapters and the Java/C# doors of
# the differential test run with every other test in step 10 (ctest -R 'java|dotnet').
set -euo pipefail
start=$(date +%s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# README "## Java and .NET": the ```sh block, run from the repository root; both one-liners print 4.
awk '/^## Java and .NET/{on=1; next} /^## /{on=0} on && /^```sh$/{code=1; next} code && /^```$/{code=0; next} code' README.md \
  > "$work/readme.sh"
[ "$(grep -c '# 4$' "$work/readme.sh")" -eq 2 ] || { echo "README: the Java and .NET first-use lines were not found"; exit 1; }
bash -euo pipefail "$work/readme.sh" | sed -E 's/^(jshell> )+//' > "$work/readme.out"   # jshell echoes its prompt
[ "$(grep -cx '4' "$work/readme.out")" -eq 2 ] || { echo "README first use: expected 4 twice, got:"; cat "$work/readme.out"; exit 1; }
# The first programs of docs/java.md and docs/dotnet.md (the ```java / ```csharp block after "## First program").
first() { awk -v lang="$2" '/^## First program/{on=1; next} /^## /{on=0} on && $0 == "```" lang {code=1; next} code && /^```$/{code=0; exit} code' "$1"; }
first docs/java.md java > "$work/First.java"
first docs/dotnet.md csharp > "$work/First.cs"
lib=$PWD/build/release/src/capi/libparticipatieladder.so
javac -cp /usr/share/java/jna.jar:build/java/participatieladder.jar -d "$work" "$work/First.java"
java -Dparticipatieladder.library="$lib" -cp /usr/share/java/jna.jar:build/java/participatieladder.jar:"$work" First > "$work/java.out"
mcs -nologo -r:build/dotnet/Participatieladder.dll -out:"$work/First.exe" "$work/First.cs"
LD_LIBRARY_PATH=build/release/src/capi MONO_PATH=build/dotnet mono "$work/First.exe" > "$work/dotnet.out"
cmp "$work/java.out" "$work/dotnet.out" || { echo "docs: the Java and the C# first program disagree"; diff "$work/java.out" "$work/dotnet.out" | head; exit 1; }
head -n 1 "$work/java.out" | grep -q '^4 ' || { echo "docs first program: expected step 4"; head -3 "$work/java.out"; exit 1; }
grep -q '^step,clients' "$work/java.out"
echo "Java and .NET: README first use and the docs' first programs, same output from both ($(( $(date +%s) - start )) s)"
