# Sourced by tools/build.sh, tools/test.sh and the CI steps: when ccache is installed (tools/setup.sh),
# compilers run through it, with paths taken relative to the source tree, so that another build
# directory, another clone or a CI run of the same sources reuses the objects already compiled.
# Sets PL_LAUNCHER_ARGS (cmake arguments; empty without ccache). PL_NO_CCACHE=1 turns it off.
PL_LAUNCHER_ARGS=""
if [ -z "${PL_NO_CCACHE:-}" ] && command -v ccache >/dev/null 2>&1; then
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
  export CCACHE_NOHASHDIR=true
  export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
  PL_LAUNCHER_ARGS="-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
