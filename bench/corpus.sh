#!/bin/sh
# Corpus-scale benchmark for `stats`: throughput on 1 and 2 threads over the
# same JSONL corpus (median of RUNS runs, default 3), and peak memory while
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
for j in 1 2; do
  python3 bench/bench.py "$jsonl" \
    "stats --input jsonl -j $j=$bin/claimlens --input jsonl stats --format tsv -j $j $jsonl" |
    tail -1
done
# The corpus again and again down a pipe: memory must not grow with the stream.
reps=$((stream_mb * 1000000 / size + 1))
echo "== $((reps * size / 1000000)) MB of JSONL through a pipe into stats -j 2"
/usr/bin/time -f "%e s, peak RSS %M kB" sh -c "
  i=0; while [ \$i -lt $reps ]; do cat $jsonl; i=\$((i + 1)); done |
  $bin/claimlens --input jsonl stats --format tsv -j 2 >/dev/null" 2>&1 | tail -1
