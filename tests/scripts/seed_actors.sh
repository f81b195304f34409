#!/bin/sh
# The op-ed the product was designed around (../shared/seeds, not ours, so not
# copied here): every actor it names, resolved as its author meant.
set -u
bin=$1
seed="$3/seeds/000_f319e2e82d22c3a8.txt"
[ -f "$seed" ] || { echo "seed essay not found at $seed; skipped"; exit 77; }
out=$("$bin" actors --format tsv "$seed") || exit 1
fail=0
has() {  # has ID TEXT: a mention of ID written TEXT
  printf '%s\n' "$out" | awk -F'\t' -v i="$1" -v t="$2" '$7 == i && $10 == t { f = 1 } END { exit !f }' ||
    { echo "missing: $1 as \"$2\""; fail=1; }
}
for id in NATO CHN JPN AUS KOR NZL IP4 PRK RUS USA UKR MYS IDN FRA DEU ASEAN; do
  printf '%s\n' "$out" | awk -F'\t' -v i="$id" '$7 == i { f = 1 } END { exit !f }' || { echo "missing: $id"; fail=1; }
done
has CHN "Beijing’s"
has CHN "Chinese leadership"
has CHN "Chinese scholarship"
has PRK Pyongyang
has RUS Moscow
has NATO "NATO’s"
has luis-simon "scholar Luis Simon"
has washington-dc "Washington, DC"
has south-china-sea "South China Sea"
has korean-peninsula "Korean Peninsula"
has taiwan-strait "Taiwan Strait"
has indo-pacific "Indo-Pacific"
has asia-pacific "Asia-Pacific"
printf '%s\n' "$out" | awk -F'\t' '$7 == "donald-trump" && $12 == "true" && $11 == "president" && $13 == "USA" { f = 1 } END { exit !f }' ||
  { echo "Trump is not read as the former US president"; fail=1; }
printf '%s\n' "$out" | awk -F'\t' '$7 == "luis-simon" && $9 == "person" { f = 1 } END { exit !f }' || { echo "Luis Simon is not a person"; fail=1; }
# No China inside "South China Sea", no Korea inside "Korean Peninsula".
printf '%s\n' "$out" | awk -F'\t' '($7 == "CHN" || $7 == "KOR") && ($10 ~ /Sea|Peninsula/)' | grep -q . && { echo "a state read inside a region"; fail=1; }
# Regions are regions.
printf '%s\n' "$out" | awk -F'\t' '$10 == "South China Sea" && $9 != "region"' | grep -q . && { echo "South China Sea is not a region"; fail=1; }
exit $fail
