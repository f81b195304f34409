#!/bin/sh
# Corpus-scale benchmark for `stats`: throughput on 1 and 2 threads over the
# same JSONL corpus and over its text as one document (median of RUNS runs,
# default 3), and peak memory while
# STREAM_MB of JSONL (default 200; 1000 for the 1 GB figure) stream through
# `stats --input jsonl` from a pipe.
# Usage: bench/corpus.sh [MEGABYTES]   (from the project root; `make build` first)
set -eu
cd "$(dirname "$0")/.."
mb=${1:-20}
runs=${RUNS:-3}
stream_mb=${STREAM_MB:-200}
out=bench/out
bin=build/bin
mkdir -p $out
corpus=$out/corpus-$mb.txt
jsonl=$out/corpus-$mb.jsonl
[ -f "$jsonl" ] || python3 bench/gen_corpus.py "$mb" "$corpus" --jsonl "$jsonl"
size=$(wc -c <"$jsonl")
echo "== claimlens stats over $((size / 1000000)) MB of JSONL ($(nproc) cores)"
echo "| command | MB/s | s | CPU s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
# Interleaved runs (see bench.py): one thread, two threads, one, two...
python3 bench/bench.py "$jsonl" \
  "stats --input jsonl -j 1=$bin/claimlens --input jsonl stats --format tsv -j 1 $jsonl" \
  "stats --input jsonl -j 2=$bin/claimlens --input jsonl stats --format tsv -j 2 $jsonl" |
  tail -2
# The same text as one document: two threads cut it into sentence-aligned chunks.
echo "== the same text as one document of $(($(wc -c <"$corpus") / 1000000)) MB"
python3 bench/bench.py "$corpus" \
  "stats -j 1 (one document)=$bin/claimlens stats --format tsv -j 1 $corpus" \
  "stats -j 2 (one document)=$bin/claimlens stats --format tsv -j 2 $corpus" |
  tail -2
# The corpus again and again down a pipe: memory must not grow with the stream.
reps=$((stream_mb * 1000000 / size + 1))
echo "== $((reps * size / 1000000)) MB of JSONL through a pipe into stats -j 2"
/usr/bin/time -f "%e s, peak RSS %M kB" sh -c "
  i=0; while [ \$i -lt $reps ]; do cat $jsonl; i=\$((i + 1)); done |
  $bin/claimlens --input jsonl stats --format tsv -j 2 >/dev/null" 2>&1 | tail -1
