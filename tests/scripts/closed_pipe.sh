#!/bin/sh
# `claimlens ... | head -1` ends quietly and successfully when head goes away.
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
i=0
while [ $i -lt 20000 ]; do
  echo "The alliance would likely respond, and Beijing’s view is unequivocal. Line $i."
  i=$((i + 1))
done >"$work/big.txt"
fail=0
for cmd in sentences tokens "tokens --format tsv" "sentences --format jsonl"; do
  { "$bin" $cmd "$work/big.txt" 2>"$work/err"; echo $? >"$work/status"; } | head -1 >/dev/null
  if [ -s "$work/err" ]; then
    echo "claimlens $cmd | head -1 printed: $(cat "$work/err")"
    fail=1
  fi
  if [ "$(cat "$work/status")" != 0 ]; then
    echo "claimlens $cmd | head -1 exited $(cat "$work/status")"
    fail=1
  fi
done
exit $fail
