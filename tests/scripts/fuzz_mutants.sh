#!/bin/bash
# The smoke run's inputs (tests/fuzz/mutate.py) are the same on every machine:
# the same committed inputs and seed give the same bytes, whatever Python's hash
# seed or the working directory; another seed gives others; no mutant outgrows
# the limit; and the stream is pinned, so a generator change that would give
# another machine other inputs is seen here first.
set -u
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
mutate="$src/tests/fuzz/mutate.py"

mkdir -p "$work/seeds"
printf 'The minister said it would probably rain.\n' >"$work/seeds/a"
printf '{"text":"Tokyo may object."}\n' >"$work/seeds/b"

python3 "$mutate" "$work/seeds" "$work/one" 200 1 || fail=1
(cd / && PYTHONHASHSEED=7 python3 "$mutate" "$work/seeds" "$work/two" 200 1) || fail=1
python3 "$mutate" "$work/seeds" "$work/other" 200 2 || fail=1
if ! diff -r "$work/one" "$work/two" >/dev/null; then
  echo "FAIL: the same seed gave other mutants"
  fail=1
fi
if diff -r "$work/one" "$work/other" >/dev/null; then
  echo "FAIL: another seed gave the same mutants"
  fail=1
fi
[ "$(ls "$work/one" | wc -l)" -eq 200 ] || { echo "FAIL: not 200 mutants"; fail=1; }
# Most differ from both inputs (a mutant may undo itself, rarely).
same=0
for f in "$work"/one/*; do
  cmp -s "$f" "$work/seeds/a" && same=$((same + 1))
  cmp -s "$f" "$work/seeds/b" && same=$((same + 1))
done
[ "$same" -lt 10 ] || { echo "FAIL: $same of 200 mutants are unchanged inputs"; fail=1; }

# The limit: mutants of short inputs have at most MAX_LEN bytes; a committed
# input longer than that (a crash's input) keeps its own length.
largest() { for f in "$1"/*; do wc -c <"$f"; done | sort -n | tail -1; }
python3 "$mutate" "$work/seeds" "$work/capped" 300 3 48 || fail=1
[ "$(largest "$work/capped")" -le 48 ] || { echo "FAIL: a mutant over 48 bytes"; fail=1; }
[ "$(largest "$work/capped")" -eq 48 ] || { echo "FAIL: no mutant reached the limit"; fail=1; }
head -c 5000 /dev/zero | tr '\0' 'a' >"$work/seeds/long"
python3 "$mutate" "$work/seeds" "$work/long" 300 3 48 || fail=1
size=$(largest "$work/long")
[ "$size" -gt 48 ] && [ "$size" -le 5000 ] || { echo "FAIL: the long input's mutants ($size)"; fail=1; }
rm "$work/seeds/long"

# The pinned stream: the sha256 of the 200 mutants above, in name order. If a
# change to mutate.py moves it, every machine's smoke run gets new inputs:
# update the digest in the same commit, on purpose.
digest=$(cat "$work"/one/* | sha256sum | cut -d' ' -f1)
expected=d79a802b481b8d147ac3a8c742f6f8ba58bf96c76750617e07a9cfb23b4cd272
if [ "$digest" != "$expected" ]; then
  echo "FAIL: the mutant stream moved ($digest)"
  fail=1
fi

# Bad use is refused with the usage line and status 2.
python3 "$mutate" 2>"$work/err"
[ $? -eq 2 ] && grep -q "usage: mutate.py" "$work/err" || { echo "FAIL: usage"; fail=1; }
exit $fail
