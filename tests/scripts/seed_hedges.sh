#!/bin/sh
# The op-ed the product was designed around (../shared/seeds, not ours, so not
# copied here), read as its author would want: "almost certainly" twice at
# almost_certain (95-99% on ICD 203) with no second cue for its "would"; "likely"
# four times; "unclear" once; approximators reported as such; every other bare
# predictive "would" a hedge without a level, none silently dropped.
set -u
bin=$1
seed="$3/seeds/000_f319e2e82d22c3a8.txt"
[ -f "$seed" ] || { echo "seed essay not found at $seed; skipped"; exit 77; }
out=$("$bin" hedges --holder all --format tsv "$seed") || exit 1
fail=0
count() {  # count TEXT LEVEL CLASS: rows with that text, level and class
  printf '%s\n' "$out" | awk -F'\t' -v t="$1" -v l="$2" -v c="$3" '$8 == t && $9 == l && $13 == c' | wc -l
}
expect() {  # expect N TEXT LEVEL CLASS
  got=$(count "$2" "$3" "$4")
  [ "$got" -eq "$1" ] || { echo "expected $1 x \"$2\" [$3, $4], got $got"; fail=1; }
}
expect 2 "almost certainly" almost_certain estimative
expect 4 likely likely probability
expect 1 unclear "" uncertainty
expect 1 largely "" approximator
expect 1 "almost no" "" approximator
# Bare predictive "would": 12 in the essay; those governed by "almost certainly"
# or "likely" (6) are not counted again.
expect 12 would "" modal
# One of them is the reported view of a scholar the essay quotes, held by him:
# the default listing (the author's own voice) leaves it out.
held=$(printf '%s\n' "$out" | awk -F'\t' '$8 == "would" && $14 != "author" { print $14 }')
[ "$held" = "luis-simon" ] || { echo "expected one would held by luis-simon, got: $held"; fail=1; }
own=$("$bin" hedges --format tsv "$seed" | awk -F'\t' '$8 == "would"' | wc -l)
[ "$own" -eq 11 ] || { echo "expected 11 of the author's own would, got $own"; fail=1; }
bands=$(printf '%s\n' "$out" | awk -F'\t' '$8 == "almost certainly" { print $10 "-" $11 }' | sort -u)
[ "$bands" = "0.95-0.99" ] || { echo "almost certainly band: $bands"; fail=1; }
# No "would" right before a governing estimate is reported.
gov=$(printf '%s\n' "$out" | awk -F'\t' '$8 == "would"' | awk -F'\t' '{print $3}')
for s in $(printf '%s\n' "$out" | awk -F'\t' '$8 == "almost certainly" || $8 == "likely" { print $3 }'); do
  for w in $gov; do
    [ $((s - w)) -eq 6 ] && { echo "a governed would at $w was reported"; fail=1; }
  done
done
exit $fail
