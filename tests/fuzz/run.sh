#!/bin/sh
# Runs the fuzz targets built in BUILD (make fuzz-build), JOBS at a time.
#
#   run.sh BUILD replay [JOBS]          every committed input (tests/fuzz/corpus/NAME, which
#                                       keeps every crash ever found) once: deterministic
#   run.sh BUILD smoke RUNS [JOBS]      the same, then RUNS fixed mutants per target of the
#                                       committed inputs (mutate.py, a fixed seed): the same
#                                       inputs, so the same verdict, on every run of a commit
#                                       on any machine (make test)
#   run.sh BUILD fuzz SECONDS [JOBS]    open-ended, randomised fuzzing for SECONDS per target,
#                                       growing BUILD/fuzz-corpus/NAME across runs (make fuzz)
#
# In fuzz mode, FUZZ_TARGETS (names, space-separated) runs only those targets,
# FUZZ_RUNS stops each after that many executions (or SECONDS, whichever comes
# first), FUZZ_WORKERS=N runs N independent processes of each on one corpus
# (libFuzzer's -jobs=N -workers=N: each finds the others' new inputs as they
# are written; FUZZ_RUNS is their sum), FUZZ_FORK=N runs each in libFuzzer's
# fork mode with N worker processes (one run, one count), and a corpus
# directory of more than FUZZ_MERGE_ABOVE files (20,000) is merged first. So:
#   FUZZ_TARGETS=fuzz_commands FUZZ_WORKERS=2 FUZZ_RUNS=10000000 run.sh build-fuzz fuzz 36000 1
# Two workers ran fuzz_commands faster than fork mode's two (doc/fuzzing.md:
# a fork-mode job starts from a subset of the corpus and re-learns coverage).
#
# Exits 1 if any target finds a crash, a leak or undefined behaviour; the input
# that triggered it is kept in BUILD/fuzz-artifacts/ (copy it into
# tests/fuzz/corpus/NAME/ as a regression case once fixed).
set -u
build=$(cd "$1" && pwd)  # absolute: workers run in a directory of their own
mode=$2
amount=${3:-0}
jobs=${4:-2}
[ "$mode" = replay ] && jobs=${3:-2}
here=$(cd "$(dirname "$0")" && pwd)
all_targets="fuzz_text fuzz_lexicon fuzz_jsonl fuzz_commands fuzz_segment_diff fuzz_html fuzz_markdown fuzz_pdf"
targets=$all_targets
if [ "$mode" = fuzz ] && [ -n "${FUZZ_TARGETS:-}" ]; then
  for t in $FUZZ_TARGETS; do
    case " $all_targets " in
      *" $t "*) ;;
      *) echo "$0: no fuzz target '$t' (targets: $all_targets)" >&2; exit 2 ;;
    esac
  done
  targets=$FUZZ_TARGETS
fi
mkdir -p "$build/fuzz-artifacts"
# A fixed seed for the smoke run's mutants; its working corpus starts empty
# every time, and address-space randomisation is off where the system allows
# (a target's behaviour should not depend on addresses; this keeps it so on one
# machine if some library's does).
seed=20261129
norandom=""
setarch "$(uname -m)" -R true 2>/dev/null && norandom="setarch $(uname -m) -R"

# libFuzzer options of one target, for its open-ended runs (make fuzz).
options() {
  case $1 in
    # Every command end to end touches thousands of features, most of them
    # rare for long, and the entropic schedule searches its list of rare
    # features for each feature of each execution: with the default threshold
    # (a feature stays rare until hit 255 times) that search cost more CPU
    # than the target. At 8 the list stays short. Fixed-seed 90 s runs (medians
    # of 3, two at a time, load about 4): 351 executions a CPU second (default
    # threshold 220-227, -entropic=0 326) and the most coverage of the three
    # (cov 8,593 ft 28,739; default 8,137-8,236 and 27,451; -entropic=0 8,230
    # and 28,093).
    # Inputs of at most 1 KB: the analysis has no limit between 1 and 4 KB
    # (its caps are on phrases of 48 tokens, 64 invalid bytes kept, lines of
    # 200 bytes, sentences of 64 KB), and a longer input only costs more time
    # for the same rules. Fixed-seed 240 s runs from the committed seeds, two
    # at a time: 1,019 executions a second (default 4 KB: 951), coverage
    # 10,107 edges (10,241).
    fuzz_commands) echo "-entropic_feature_frequency_threshold=8 -max_len=1024" ;;
    # poppler parses every byte of a PDF: in an hour of two workers with
    # libFuzzer's default (4 KB) the kept inputs grew to 1.9 KB on average and
    # each worker slowed from about 1,110 executions a second to 325. A page
    # with text, its font, the xref table and trailer fit in 1 KB (the seed
    # two-pages-small.pdf is 818 bytes), and the reader has no limit between 1
    # and 4 KB.
    fuzz_pdf) echo "-max_len=1024" ;;
  esac
}

# ASan options for the open-ended runs: no allocation stacks (a report then
# shows where memory was read, not where it was allocated: rerun its input,
# kept in fuzz-artifacts, for that) and a quarantine of 8 MB rather than 256
# (a freed block is reused after 8 MB of later frees, far more than one
# execution frees). With ASan's defaults the allocator became the largest
# cost of a long run: blocks come back from a quarantine of 256 MB cold, and
# reading a new block's header and shadow missed the cache twice per
# allocation. In perf after an hour of fuzz_commands (two workers, about 780
# MB each), ASan's Allocate, stack depot and quarantine took 35-40% of the
# time, against 12% in the first minutes, and each worker had slowed from
# about 950 executions a second to 680. fuzz_pdf (poppler allocates for every
# object it parses) spent half its time there from the start: 40,000
# executions from the committed inputs, same seed, took 39.0 and 41.3 s with
# 4-frame stacks, 28.1 and 31.5 s so. doc/fuzzing.md has the runs.
fuzz_asan_options="malloc_context_size=0:quarantine_size_mb=8"

stat() { grep -o "stat::$2: *[0-9]*" "$1" | grep -o '[0-9]*$' | tail -1; }

run() {
  name=$1
  log="$build/fuzz-$name.log"
  seeds="$here/corpus/$name"
  common="-artifact_prefix=$build/fuzz-artifacts/$name- -print_final_stats=1"
  work="$build/fuzz-work/$name"
  rm -rf "$work" && mkdir -p "$work"
  case $mode in
    # Loading a corpus runs every input in it once; -runs=0 stops there. The
    # entropic schedule only orders future mutations, of which there are none:
    # off, fuzz_commands replays its smoke inputs in 5% less CPU time.
    replay) "$build/bin/$name" $common -entropic=0 -runs=0 "$work" "$seeds" >"$log" 2>&1 ;;
    # Not libFuzzer's own mutations: which of those it keeps follows coverage,
    # and coverage moved with the build's path and the process's addresses, so
    # a CI machine explored other inputs than the machine the commit was tested
    # on. mutate.py's mutants depend only on the committed inputs and the seed.
    smoke)
      mutants="$build/fuzz-mutants/$name"
      rm -rf "$mutants"
      python3 "$here/mutate.py" "$seeds" "$mutants" "$amount" "$seed" 4096 &&
        $norandom "$build/bin/$name" $common -entropic=0 -runs=0 "$work" "$mutants" "$seeds" \
          >"$log" 2>&1
      ;;
    fuzz)
      corpus="$build/fuzz-corpus/$name"
      mkdir -p "$corpus"
      # Workers on one directory keep every input any of them wrote there, and
      # each lists and reads the directory again every second another has
      # written: after two hours of fuzz_commands it held 85,418 files for
      # about 10,000 inputs in memory, and the workers ran about 950 a second
      # each. Merged into 10,114 files (226 s), the next run's ran about 1,300
      # (doc/fuzzing.md). So a directory of more than FUZZ_MERGE_ABOVE files
      # (default 20,000) is merged into a fresh one first: the inputs that
      # keep all its coverage.
      if [ "$(ls "$corpus" | wc -l)" -gt "${FUZZ_MERGE_ABOVE:-20000}" ]; then
        rm -rf "$corpus.merged" && mkdir -p "$corpus.merged" &&
          ASAN_OPTIONS="$fuzz_asan_options${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
            "$build/bin/$name" -merge=1 $(options "$name") "$corpus.merged" "$corpus" \
            >"$build/fuzz-merge-$name.log" 2>&1 &&
          rm -rf "$corpus" && mv "$corpus.merged" "$corpus"
      fi
      runs_each=${FUZZ_RUNS:-}
      workers=""
      if [ -n "${FUZZ_WORKERS:-}" ]; then
        # Each worker writes its log (fuzz-N.log) where it runs.
        workers="$build/fuzz-workers/$name"
        rm -rf "$workers" && mkdir -p "$workers"
        [ -n "$runs_each" ] && runs_each=$(((runs_each + FUZZ_WORKERS - 1) / FUZZ_WORKERS))
      fi
      (
        [ -z "$workers" ] || cd "$workers" || exit 2
        ASAN_OPTIONS="$fuzz_asan_options${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
        "$build/bin/$name" $common $(options "$name") -max_total_time="$amount" \
          ${runs_each:+-runs=$runs_each} ${FUZZ_FORK:+-fork=$FUZZ_FORK} \
          ${FUZZ_WORKERS:+-jobs=$FUZZ_WORKERS -workers=$FUZZ_WORKERS} \
          "$corpus" "$seeds" >"$log" 2>&1
      )
      ;;
  esac
  status=$?
  runs=$(stat "$log" number_of_executed_units)
  rate=$(stat "$log" average_exec_per_sec)
  if [ "$mode" = fuzz ] && [ -n "${FUZZ_WORKERS:-}" ]; then
    # The workers' sums; their findings go into the parent's log, their own
    # logs stay in BUILD/fuzz-workers/NAME.
    runs=0 rate=0
    for w in "$build/fuzz-workers/$name"/fuzz-*.log; do
      [ -f "$w" ] || continue
      n=$(stat "$w" number_of_executed_units)
      r=$(stat "$w" average_exec_per_sec)
      runs=$((runs + ${n:-0}))
      rate=$((rate + ${r:-0}))
      grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$w" >>"$log"
    done
  fi
  if [ -z "$runs" ]; then
    # Fork mode's parent prints no final stats: its last status line
    # ("#N: cov: ... time: Ss ...") has the executions of all its workers.
    last=$(grep -E '^#[0-9]+: ' "$log" | tail -1)
    runs=$(echo "$last" | sed -n 's/^#\([0-9]*\):.*/\1/p')
    secs=$(echo "$last" | sed -n 's/.* time: \([0-9]*\)s.*/\1/p')
    [ -n "$runs" ] && [ "${secs:-0}" -gt 0 ] && rate=$((runs / secs))
  fi
  if [ $status -eq 0 ]; then
    echo "fuzz $name ($mode): ok, ${runs:-0} executions, ${rate:-0}/s"
  else
    echo "fuzz $name ($mode): FAILED; see $log"
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -5
    return 1
  fi
}

case $mode in
  replay | smoke | fuzz) ;;
  *) echo "usage: $0 BUILD replay|smoke RUNS|fuzz SECONDS [JOBS]" >&2; exit 2 ;;
esac
status=0
set -- $targets
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
