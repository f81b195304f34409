#!/bin/sh
# Sentence-level uncertainty F1 on the CoNLL-2010 sets (Szeged Uncertainty Corpus
# labels), scored by the benchmark's own score.py. Tune only on the *_train files;
# report the evaluation files. Usage: bench/conll.sh [wiki bio wiki_train bio_train]
set -eu
cd "$(dirname "$0")/.."
B=${CONLL_DIR:-../shared/benchmarks/conll2010}
[ -f "$B/score.py" ] || { echo "no CoNLL-2010 data at $B" >&2; exit 77; }
mkdir -p bench/out
for set in ${*:-wiki bio}; do
  # A few documents hold only white space: claimlens says so on stderr and
  # exits 2 after analysing the rest (the scorer counts them as certain).
  status=0
  build/bin/claimlens claims --input jsonl --format jsonl <"$B/$set.jsonl" \
    >"bench/out/$set.pred.jsonl" 2>"bench/out/$set.stderr" || status=$?
  [ "$status" -le 2 ] || { cat "bench/out/$set.stderr" >&2; exit "$status"; }
  echo "== $set"
  python3 "$B/score.py" "$B/$set.jsonl" "bench/out/$set.pred.jsonl"
done
