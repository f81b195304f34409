#!/bin/sh
# doc/records.md lists every record's fields in the order the program prints
# them: for each "## `claimlens ARGS`" section, the first column of its table
# must equal the TSV header of `claimlens ARGS --format tsv` (for a record with
# no TSV form, the keys of its JSON object, in order).
set -u
bin=$1
src=$2
doc="$src/doc/records.md"
fail=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'It may rain.\n' >"$work/d.txt"
sections=$(sed -n 's/^## `claimlens \(.*\)`$/\1/p' "$doc")
[ -n "$sections" ] || { echo "$doc: no record sections"; exit 1; }
printf '%s\n' "$sections" | while IFS= read -r args; do
  # The section's table: lines from its heading to the next heading.
  documented=$(awk -v h="## \`claimlens $args\`" '$0 == h {on = 1; next} /^## / {on = 0} on' "$doc" |
    sed -n 's/^| `\([a-z_0-9]*\)` |.*/\1/p' | tr '\n' ' ')
  case $args in
    lexicon*) printed=$("$bin" $args --format tsv 2>/dev/null | head -1) ;;
    compare*) printed=$("$bin" $args --format tsv "$work/d.txt" "$work/d.txt" 2>/dev/null | head -1) ;;
    *) printed=$("$bin" $args --format tsv "$work/d.txt" 2>/dev/null | head -1) ;;
  esac
  # A record that is one nested object (report) has no tsv: its jsonl keys, in order.
  if [ -z "$printed" ]; then
    printed=$("$bin" $args --format jsonl "$work/d.txt" 2>/dev/null | head -1 |
      python3 -c 'import json, sys; print("\t".join(json.loads(sys.stdin.readline() or "{}")))')
  fi
  printed=$(printf '%s\n' "$printed" | tr '\t' ' ')
  if [ "$documented" != "$printed " ]; then
    echo "$doc: claimlens $args: documented fields differ from the program's"
    echo "  documented: $documented"
    echo "  printed:    $printed"
    echo fail >"$work/failed"
  fi
done
[ -f "$work/failed" ] && fail=1
# Every command of --help has a section (or is not a record printer).
for cmd in $("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
  case $cmd in completion) continue ;; esac
  grep -q "^## \`claimlens $cmd" "$doc" || { echo "$doc: no section for claimlens $cmd"; fail=1; }
done
exit $fail
