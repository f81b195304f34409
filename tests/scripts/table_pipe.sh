#!/bin/bash
# compare's table: aligned text on a terminal; TSV when standard output is a
# pipe or file and no --format is given, so `compare A B | sort -t$'\t' -k5 -gr`
# sorts by the rate in A; --format text or --color always keeps the table. merge of
# compare partials prints what one compare run prints, on a pipe too. Skipped
# (77) without script(1) to make a terminal.
set -u
bin=$1
src=$2
command -v script >/dev/null || { echo "script(1) is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
a=$src/corpus/chip-export-controls.txt
b=$src/corpus/eu-china-trade.txt

"$bin" compare "$a" "$b" >"$work/piped"
"$bin" compare --format tsv "$a" "$b" >"$work/tsv"
cmp -s "$work/piped" "$work/tsv" || { echo "FAIL: piped compare is not its TSV"; head -3 "$work/piped"; fail=1; }
head -1 "$work/piped" | grep -q $'^item\ttype\tcount_a\tcount_b\tper_1k_a\t' ||
  { echo "FAIL: no TSV header on a pipe"; head -1 "$work/piped"; fail=1; }

# The guide's pipeline: the rows come out by per_1k_a, highest first.
"$bin" compare "$a" "$b" | sort -t$'\t' -k5 -gr | grep -v '^item' | cut -f5 >"$work/rates"
sort -gr "$work/rates" | cmp -s - "$work/rates" || { echo "FAIL: sort -k5 did not sort by per_1k_a"; fail=1; }
[ "$(wc -l <"$work/rates")" -gt 10 ] || { echo "FAIL: too few rows sorted"; fail=1; }

"$bin" compare --format text "$a" "$b" >"$work/text"
head -1 "$work/text" | grep -q '^A: ' || { echo "FAIL: --format text on a pipe is no table"; head -2 "$work/text"; fail=1; }
# Colour asked for is a table asked for (into a pager: | less -R).
"$bin" compare --color always "$a" "$b" >"$work/color"
head -1 "$work/color" | grep -q '^A: ' || { echo "FAIL: --color always on a pipe is no table"; fail=1; }
grep -q $'\e\[' "$work/color" || { echo "FAIL: --color always on a pipe has no colour"; fail=1; }

# A terminal gets the table (script(1) gives the command one).
script -qec "$(printf '%q ' "$bin" compare --color never "$a" "$b")" /dev/null >"$work/tty"
head -1 "$work/tty" | grep -q '^A: ' || { echo "FAIL: a terminal did not get the table"; head -2 "$work/tty"; fail=1; }
grep -q $'\t' "$work/tty" && { echo "FAIL: tabs in the terminal's table"; fail=1; }

# merge of compare partials on a pipe: the bytes of one compare run on a pipe.
"$bin" compare --partial "$a" "$b" >"$work/partial"
"$bin" merge "$work/partial" >"$work/merged"
cmp -s "$work/piped" "$work/merged" || { echo "FAIL: merged compare differs from one run"; fail=1; }
exit $fail
