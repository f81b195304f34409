#!/bin/sh
# Benchmark: generates ~50 MB of varied policy-like prose (once), then reports
# MB/s (median of RUNS runs, default 5) and peak RSS for claimlens commands beside
# floors measured in the same run: `wc -w`, and ICU's word and sentence
# BreakIterator alone over the same UTF-8 bytes.
# Usage: bench/run.sh [MEGABYTES]   (from the project root; `make build` first)
set -eu
cd "$(dirname "$0")/.."
mb=${1:-50}
out=bench/out
bin=build/bin
mkdir -p $out
corpus=$out/corpus-$mb.txt
jsonl=$out/corpus-$mb.jsonl
[ -f "$corpus" ] || python3 bench/gen_corpus.py "$mb" "$corpus" --jsonl "$jsonl"
jsize=$(wc -c <"$jsonl")
# The plain hedge and booster phrases, for a word-list baseline run by grep.
$bin/claimlens lexicon list --kind hedge,booster --format tsv | tail -n +2 | cut -f1 |
  grep -v '[][()|~*]' | grep -v '^re:' >$out/phrases.txt

echo "== one ${mb} MB file, one core"
python3 bench/bench.py "$corpus" \
  "wc -w (floor)=wc -w $corpus" \
  "ICU sentence BreakIterator (floor)=$bin/icu_floor sentence $corpus" \
  "ICU word BreakIterator (floor)=$bin/icu_floor word $corpus" \
  "claimlens sentences=$bin/claimlens sentences $corpus" \
  "claimlens tokens --format tsv=$bin/claimlens tokens --format tsv $corpus" \
  "grep -c -i -w -F -f phrases (baseline)=grep -c -i -w -F -f $out/phrases.txt $corpus" \
  "claimlens hedges --format jsonl=$bin/claimlens hedges --format jsonl $corpus" \
  "claimlens claims --format jsonl=$bin/claimlens claims --format jsonl $corpus" \
  "claimlens actors --format jsonl=$bin/claimlens actors --format jsonl $corpus" \
  ${EXTRA_FILE_COMMANDS:-}

echo
echo "== the same text as JSONL on stdin (--input jsonl), $((jsize / 1000000)) MB"
python3 bench/bench.py "$jsonl" \
  "claimlens tokens --input jsonl --format tsv=$bin/claimlens tokens --input jsonl --format tsv < $jsonl" \
  "claimlens hedges --input jsonl --format jsonl=$bin/claimlens hedges --input jsonl --format jsonl < $jsonl" \
  ${EXTRA_JSONL_COMMANDS:-}

# Adversarial inputs: none may make a run super-linear. Each is about 20 MB.
adv=$out/adversarial
mkdir -p $adv
[ -f $adv/almost.txt ] || python3 -c "import sys; sys.stdout.write('almost ' * 3_000_000 + '\n')" >$adv/almost.txt
[ -f $adv/one-line.txt ] || python3 -c "import sys; sys.stdout.write('the alliance would likely respond in kind ' * 500_000 + '\n')" >$adv/one-line.txt
[ -f $adv/quotes.txt ] || python3 -c "import sys; sys.stdout.write(('“‘(' * 300 + 'It is likely. ' + ')’”' * 300 + '\n') * 3000)" >$adv/quotes.txt
[ -f $adv/invalid.txt ] || python3 -c "import sys; sys.stdout.buffer.write(b'Bad \xff\xfe bytes \xc0\xaf may \xed\xa0\x80 follow. ' * 500_000)" >$adv/invalid.txt
# The claims and stance stages: every token a frame, a condition or an evaluation.
[ -f $adv/reports.txt ] || python3 -c "import sys; sys.stdout.write('if officials said that analysts believe that ' * 450_000)" >$adv/reports.txt
[ -f $adv/evaluations.txt ] || python3 -c "import sys; sys.stdout.write('Beijing is reckless and Moscow is reckless and ' * 420_000)" >$adv/evaluations.txt
[ -f $adv/docs.jsonl ] || python3 -c "
import sys
w = sys.stdout.write
for i in range(700_000): w('{\"id\":\"%d\",\"text\":\"word%d\"}\n' % (i, i % 97))" >$adv/docs.jsonl
echo
echo "== adversarial inputs (claimlens hedges --summary)"
for f in almost.txt one-line.txt quotes.txt invalid.txt; do
  python3 bench/bench.py "$adv/$f" "$f=$bin/claimlens hedges --summary $adv/$f" | tail -1
done
for f in reports.txt evaluations.txt; do
  python3 bench/bench.py "$adv/$f" "$f (claims)=$bin/claimlens claims --format jsonl $adv/$f" | tail -1
done
python3 bench/bench.py "$adv/docs.jsonl" "700,000 one-word JSONL documents=$bin/claimlens hedges --summary --input jsonl $adv/docs.jsonl" | tail -1
