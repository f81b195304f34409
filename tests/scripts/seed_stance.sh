#!/bin/sh
# The seed op-ed (../shared/seeds, not ours, so not copied here), as issue 10
# asks: the author comes out unfavorable toward NATO's role in the
# Indo-Pacific, and China's stated view of NATO is China's, not the author's
# (none of the sentences that carry China's view is evidence for the author).
set -u
bin=$1
seed="$3/seeds/000_f319e2e82d22c3a8.txt"
[ -f "$seed" ] || { echo "seed essay not found at $seed; skipped"; exit 77; }
out=$("$bin" stance --format tsv "$seed") || exit 1
row() { printf '%s\n' "$out" | awk -F'\t' -v h="$1" -v a="$2" '$2 == h && $3 == a'; }
fail=0
[ "$(row author NATO | cut -f8)" = unfavorable ] ||
  { echo "author toward NATO: want unfavorable, got: $(row author NATO | cut -f6-8)"; fail=1; }
[ -n "$(row CHN NATO)" ] || { echo "no row for China's view of NATO"; fail=1; }
sentences() { row "$1" NATO | cut -f9 | grep -o '"sentence":[0-9]*' | tr '\n' ' '; }
shared=$(printf '%s\n%s\n' "$(sentences CHN)" "$(sentences author)" |
  awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = 1 } NR == 2 { for (i = 1; i <= NF; i++) if ($i in c) print $i }')
[ -z "$shared" ] || { echo "China's view counted as the author's: $shared"; fail=1; }
exit $fail
