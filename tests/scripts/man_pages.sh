#!/bin/sh
# The man pages lint clean, cover every command and every option that --help
# lists, and their EXAMPLES run (so the documentation cannot rot).
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$2
fail=0
man="$src/man"

for page in "$man"/*.1 "$man"/*.5; do
  [ -f "$page" ] || continue
  out=$(mandoc -T lint -W warning "$page" 2>&1)
  if [ -n "$out" ]; then
    echo "$out"
    fail=1
  fi
done

render() { mandoc -T ascii "$1" | sed 's/.\x08//g'; }

# check PAGE [COMMAND]: every --option in the command's --help is in the page.
check() {
  page=$1
  shift
  text=$(render "$page")
  for opt in $("$bin" "$@" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    if ! printf '%s\n' "$text" | grep -q -- "$opt"; then
      echo "$page: option $opt (from claimlens $* --help) is not documented"
      fail=1
    fi
  done
}

check "$man/claimlens.1"
commands=$("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || { echo "no commands found in --help"; fail=1; }
for cmd in $commands; do
  page="$man/claimlens-$cmd.1"
  if [ ! -f "$page" ]; then
    echo "claimlens $cmd has no man page ($page)"
    fail=1
    continue
  fi
  check "$page" "$cmd"
  if ! render "$man/claimlens.1" | grep -q "claimlens-$cmd(1)"; then
    echo "claimlens(1) does not refer to claimlens-$cmd(1)"
    fail=1
  fi
done

# Run every example (a .Dl line starting with "claimlens") in a scratch folder
# that holds the files examples name.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/drafts"
ln -s "$bin" "$work/bin/claimlens"
essay=$(ls "$src"/corpus/*.txt | head -1)
cp "$essay" "$work/essay.txt"
cp "$src"/corpus/*.txt "$work/drafts/"
printf 'phrase\tkind\tclass\tvalue\tsource\ntouch and go\thedge\testimative\teven_chance\tme\n' >"$work/my-terms.tsv"
printf '{"id": "d1", "text": "It is likely. Beijing disagrees."}\n{"id": "d2", "text": "Second."}\n' >"$work/docs.jsonl"
for page in "$man"/*.1 "$man"/*.5; do
  [ -f "$page" ] || continue
  # .Dl arguments, with roff escapes undone.
  grep '^\.Dl claimlens ' "$page" | sed -e 's/^\.Dl //' -e 's/\\-/-/g' -e 's/\\&//g' -e 's/\\e/\\/g' |
    while IFS= read -r example; do
      (cd "$work" && PATH="$work/bin:$PATH" bash -c "$example" >/dev/null 2>"$work/err")
      status=$?
      # jq may be absent; only claimlens' own behaviour is judged.
      if [ $status -ne 0 ] && [ $status -ne 1 ] && ! grep -q 'jq: not found\|jq: command not found' "$work/err"; then
        echo "$page: example failed (status $status): $example"
        cat "$work/err"
        echo fail >"$work/failed"
      fi
    done
done
[ -f "$work/failed" ] && fail=1
exit $fail
