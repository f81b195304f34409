#!/bin/sh
# The op-ed the product was designed around (../shared/seeds, not ours, so not
# copied here): its title line, its paragraphs' sentences, the byline and the
# bio split as a reader would split them.
set -u
bin=$1
seed="$3/seeds/000_f319e2e82d22c3a8.txt"
[ -f "$seed" ] || { echo "seed essay not found at $seed; skipped"; exit 77; }
fail=0
out=$("$bin" sentences --format tsv "$seed") || fail=1
# 38 sentences end in . ! or ? ("U.S. Naval" is not an end), plus the byline.
count=$(printf '%s\n' "$out" | tail -n +2 | wc -l)
if [ "$count" -ne 39 ]; then
  echo "expected 39 sentences, got $count"
  fail=1
fi
expect() {  # expect INDEX PREFIX SUFFIX: sentence INDEX starts and ends so
  text=$(printf '%s\n' "$out" | awk -F'\t' -v i="$1" '$2 == i { print $7 }')
  case "$text" in
    "$2"*"$3") ;;
    *) echo "sentence $1 is: $text"; fail=1 ;;
  esac
}
expect 0 "Far from serving" "increased security."
expect 2 "According to recent reports" "in Washington, DC."
expect 3 "NATO justifies" "rules-based order."
expect 36 "By: Jeffrey Reeves" ""
expect 37 "Jeffrey Reeves is a Senior" "Associate Professor at the U.S. Naval War College."
expect 38 "All analysis is his own" "U.S. government policy."
exit $fail
