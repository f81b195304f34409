#!/bin/bash
# Partials and merge: a corpus split into parts, counted by separate runs and
# merged (in any order, in one step or two) prints the bytes of one run over
# the whole, for stats, stats --by actor, stats --group and compare; -j 2
# prints what -j 1 prints (also for one large document, cut into chunks); a partial of other options or another version is
# refused, named, and the exit status is 2.
set -u
bin=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() {  # check NAME EXPECTED ACTUAL
  if ! cmp -s "$2" "$3"; then
    echo "FAIL: $1"
    diff "$2" "$3" | head -10
    fail=1
  fi
}

# The corpus essays as JSONL, with an outlet field, one document a line.
python3 - "$src"/corpus/*.txt >"$work/all.jsonl" <<'PY'
import json, sys
for i, path in enumerate(sys.argv[1:]):
    text = open(path, encoding="utf-8").read()
    print(json.dumps({"id": path.rsplit("/", 1)[-1], "outlet": "ab"[i % 2], "text": text}))
PY
[ "$(wc -l <"$work/all.jsonl")" -ge 6 ] || { echo "corpus too small"; exit 1; }
head -n 4 "$work/all.jsonl" >"$work/p0.jsonl"
sed -n '5,6p' "$work/all.jsonl" >"$work/p1.jsonl"
sed -n '7,$p' "$work/all.jsonl" >"$work/p2.jsonl"

for opts in "--format tsv --totals" "--format jsonl --by actor --holder all" \
  "--format tsv --group outlet --totals" "--format text"; do
  # shellcheck disable=SC2086
  "$bin" --input jsonl stats $opts -j 1 "$work/all.jsonl" >"$work/one" 2>&1
  for i in 0 1 2; do
    # shellcheck disable=SC2086
    "$bin" --input jsonl stats $opts --partial --part $i "$work/p$i.jsonl" >"$work/part$i" 2>&1
  done
  "$bin" stats $opts -j 2 --input jsonl "$work/all.jsonl" >"$work/threads" 2>&1
  check "stats $opts: -j 2 differs from -j 1" "$work/one" "$work/threads"
  merge_opts=$(printf '%s\n' "$opts" | sed 's/--by actor//; s/--holder all//; s/--group outlet//')
  # shellcheck disable=SC2086
  "$bin" merge $merge_opts "$work/part2" "$work/part0" "$work/part1" >"$work/merged" 2>&1
  check "stats $opts: merge of three partials" "$work/one" "$work/merged"
  # Merged partials merge again; concatenated on standard input too.
  "$bin" merge --partial "$work/part1" "$work/part2" >"$work/part12" 2>&1
  # shellcheck disable=SC2086
  cat "$work/part12" "$work/part0" | "$bin" merge $merge_opts >"$work/merged2" 2>&1
  check "stats $opts: merge of (p1 + p2) and p0 on stdin" "$work/one" "$work/merged2"
done

# compare: each side split in two, with the same names.
files=("$src"/corpus/*.txt)
a1=${files[0]} a2=${files[1]} b1=${files[2]} b2=${files[3]}
"$bin" compare --name x,y --format tsv -a "$a1" -a "$a2" -b "$b1" -b "$b2" >"$work/one" 2>&1
"$bin" compare --name x,y --partial "$a1" "$b1" >"$work/c1" 2>&1
"$bin" compare --name x,y --partial "$a2" "$b2" >"$work/c2" 2>&1
"$bin" merge --format tsv "$work/c2" "$work/c1" >"$work/merged" 2>&1
check "compare: merge of two partials" "$work/one" "$work/merged"
"$bin" compare --name x,y --format tsv -j 2 -a "$a1" -a "$a2" -b "$b1" -b "$b2" >"$work/threads" 2>&1
check "compare: -j 2 differs from -j 1" "$work/one" "$work/threads"

# One large document: on two threads it is cut into sentence-aligned chunks
# (more than two chunks of 512 KiB), and the output is still that of one thread.
for _ in $(seq 20); do cat "$src"/corpus/*.txt; done >"$work/large.txt"
[ "$(wc -c <"$work/large.txt")" -gt 1100000 ] || { echo "FAIL: large.txt too small"; fail=1; }
for opts in "--format tsv --totals" "--format jsonl --by actor --holder all"; do
  # shellcheck disable=SC2086
  "$bin" stats $opts -j 1 "$work/large.txt" >"$work/one" 2>&1
  # shellcheck disable=SC2086
  "$bin" stats $opts -j 2 "$work/large.txt" >"$work/threads" 2>&1
  check "stats $opts, one large document: -j 2 differs from -j 1" "$work/one" "$work/threads"
done
"$bin" compare --format tsv -j 1 "$work/large.txt" "$a1" >"$work/one" 2>&1
"$bin" compare --format tsv -j 2 "$work/large.txt" "$a1" >"$work/threads" 2>&1
check "compare, one large document: -j 2 differs from -j 1" "$work/one" "$work/threads"

# Refusals: other options, another version.
"$bin" stats --partial --holder all "$a1" >"$work/all.part" 2>&1
"$bin" stats --partial "$a2" >"$work/author.part" 2>&1
"$bin" merge --format tsv "$work/author.part" "$work/all.part" >"$work/out" 2>"$work/err"
status=$?
[ $status -eq 2 ] || { echo "FAIL: other options: exit $status, expected 2"; fail=1; }
grep -q "all.part:1: made with --holder all.*partials merge only when made with the same options" \
  "$work/err" || { echo "FAIL: other options: message"; cat "$work/err"; fail=1; }
[ "$(wc -l <"$work/out")" -eq 2 ] || { echo "FAIL: the accepted partial is not printed"; fail=1; }
sed '1s/"version":"[^"]*"/"version":"0.0.1 (0000000)"/' "$work/author.part" >"$work/old.part"
"$bin" merge "$work/old.part" >/dev/null 2>"$work/err"
status=$?
[ $status -eq 2 ] || { echo "FAIL: other version: exit $status, expected 2"; fail=1; }
grep -q "old.part:1: a partial of claimlens 0.0.1 (0000000); this is claimlens" "$work/err" ||
  { echo "FAIL: other version: message"; cat "$work/err"; fail=1; }
"$bin" merge "$work/c1" "$work/author.part" >/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q "a partial of 'claimlens stats', the first" "$work/err" ||
  { echo "FAIL: compare and stats partials mixed"; cat "$work/err"; fail=1; }
# Two runs left at --part 0: merged, with a warning that the order is lost.
"$bin" stats --partial "$a1" >"$work/x.part" 2>&1
"$bin" merge "$work/x.part" "$work/author.part" >/dev/null 2>"$work/err"
grep -q "warning: documents of more than one partial have part 0: give each run its own --part" \
  "$work/err" || { echo "FAIL: no warning for a shared --part"; cat "$work/err"; fail=1; }
exit $fail
