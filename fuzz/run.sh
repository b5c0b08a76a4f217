#!/bin/sh
# Builds every fuzz target with clang in build-fuzz and runs each for SECONDS (default 60), one
# after the other, starting from fuzz/corpus/<target>. Exits 1 when any target crashed, leaked or
# timed out; the input that broke is left in build-fuzz/fuzz/artifacts/<target>/. The inputs in
# fuzz/regressions/<target>/ are replayed before each target runs.
#   fuzz/run.sh [SECONDS] [TARGET...]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SOURCE=${LEERNET_FUZZ_SOURCE:-$ROOT}  # another top-level CMake project, for trying changes
BUILD=${LEERNET_FUZZ_BUILD:-$ROOT/build-fuzz}
SECONDS_EACH=${1:-60}
[ $# -gt 0 ] && shift
TARGETS=${*:-"front_matter_fuzzer validator_fuzzer markdown_fuzzer search_fuzzer build_fuzzer"}
JOBS=$(nproc 2>/dev/null || echo 2)

command -v clang++ >/dev/null || { echo "fuzz/run.sh: clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }

mkdir -p "$BUILD"
cmake -S "$SOURCE" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DLEERNET_FUZZ=ON -DLEERNET_BUILD_TESTS=OFF \
  "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
  >"$BUILD/configure.log" 2>&1 || { cat "$BUILD/configure.log" >&2; exit 2; }
# shellcheck disable=SC2086
nice cmake --build "$BUILD" -j"$JOBS" --target $TARGETS

status=0
for target in $TARGETS; do
  corpus="$BUILD/fuzz/corpus/$target"
  artifacts="$BUILD/fuzz/artifacts/$target/"
  mkdir -p "$corpus" "$artifacts"
  # Inputs that once broke a target are replayed first: each is a bug that must stay fixed.
  if [ -d "$ROOT/fuzz/regressions/$target" ]; then
    for input in "$ROOT/fuzz/regressions/$target"/*; do
      if ! "$BUILD/fuzz/$target" "$input" >"$BUILD/fuzz/$target.replay.log" 2>&1; then
        tail -n 40 "$BUILD/fuzz/$target.replay.log" >&2
        echo "FAILED: $target on regression input $input" >&2
        status=1
      fi
    done
  fi
  echo "== $target: $SECONDS_EACH s"
  # New inputs go to the build folder's corpus; the committed seeds are read only.
  if ! "$BUILD/fuzz/$target" -max_total_time="$SECONDS_EACH" -timeout=25 -rss_limit_mb=4096 \
       -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts" \
       "$corpus" "$ROOT/fuzz/corpus/$target" 2>"$BUILD/fuzz/$target.log"; then
    tail -n 60 "$BUILD/fuzz/$target.log" >&2
    echo "FAILED: $target (input in $artifacts)" >&2
    status=1
  else
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|cov:' "$BUILD/fuzz/$target.log" | tail -n 3
  fi
done
exit $status
