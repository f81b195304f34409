#!/bin/sh
# Runs every fuzz target for SECONDS each, JOBS at a time, from its seed corpus
# (tests/fuzz/corpus/NAME, read only) and a working corpus in the build folder.
# Exits 1 if any target finds a crash, a leak or undefined behaviour; the input
# that triggered it is kept in BUILD/fuzz-artifacts/.
# Usage: tests/fuzz/run.sh BUILD SECONDS [JOBS]
set -u
build=$1
seconds=$2
jobs=${3:-2}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$build/fuzz-artifacts"
status=0
run() {
  name=$1
  mkdir -p "$build/fuzz-corpus/$name"
  if "$build/bin/$name" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$name-" \
      "$build/fuzz-corpus/$name" "$here/corpus/$name" >"$build/fuzz-$name.log" 2>&1; then
    echo "fuzz $name: ok ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz-$name.log" | grep -o '[0-9]*$') runs in ${seconds}s)"
  else
    echo "fuzz $name: FAILED; see $build/fuzz-$name.log"
    grep -E 'ERROR|SUMMARY|runtime error' "$build/fuzz-$name.log" | head -5
    return 1
  fi
}
set -- fuzz_text fuzz_lexicon fuzz_jsonl fuzz_commands
while [ $# -gt 0 ]; do
  pids=""
  n=0
  while [ $# -gt 0 ] && [ $n -lt "$jobs" ]; do
    run "$1" &
    pids="$pids $!"
    shift
    n=$((n + 1))
  done
  for p in $pids; do wait "$p" || status=1; done
done
exit $status
