#!/bin/sh
# The man pages lint clean (mandoc, groff's warnings, lexgrog's NAME), render
# without garbled quotes, cover every command, every option that --help lists
# and every value an option takes, and their EXAMPLES run as man(1) shows them
# (so the documentation cannot rot and can be copied from the terminal).
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$2
fail=0
man="$src/man"
export LC_ALL=C.UTF-8 MANWIDTH=1000  # wide: no line of an example is broken

# As man(1) shows it, with groff; its warnings (a bad macro, a bad escape) go to $2.
show() { man --warnings -l "$1" 2>"$2"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for page in "$man"/*.1 "$man"/*.5; do
  [ -f "$page" ] || continue
  name=$(basename "$page" | sed 's/\.[0-9]$//')
  out=$(mandoc -T lint -W warning "$page" 2>&1)
  [ -z "$out" ] || { echo "$out"; fail=1; }
  show "$page" "$work/groff-err" >"$work/shown"
  if [ -s "$work/groff-err" ]; then
    echo "$page: man -l warns:"
    cat "$work/groff-err"
    fail=1
  fi
  # lexgrog reads the NAME section the way mandb and apropos do.
  case $(lexgrog "$page" 2>&1) in
    *": \"$name - "*) ;;
    *) echo "$page: lexgrog does not find '$name - ...' in NAME: $(lexgrog "$page" 2>&1)"; fail=1 ;;
  esac
  # A quote opened inside another that is not closed first is nested macro
  # quoting gone wrong (".Dq a , Dq b" gives “a, “b””).
  if grep -nP '“[^”]*“|‘[^’]*‘' "$work/shown" >"$work/nested"; then
    echo "$page: garbled nested quotes:"
    cut -c1-200 "$work/nested"
    fail=1
  fi
  # A dash before no option name is an Fl that ran on (".Fl a , ..." gives "-...").
  if grep -nP '(^|[\s(])-[^\w\s-]' "$work/shown" >"$work/dash"; then
    echo "$page: a dash that belongs to no option:"
    cut -c1-200 "$work/dash"
    fail=1
  fi
done

render() { mandoc -T ascii -O width=1000 "$1" | sed 's/.\x08//g'; }

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

# Every value an option takes (as completion offers it, from the program's own
# tables) is named in the page of its command, or in claimlens-lexicons(5).
"$bin" completion fish | grep -- " -a '" | while IFS= read -r line; do
  cmd=$(printf '%s\n' "$line" | sed -n "s/[^']*'__fish_seen_subcommand_from \([a-z]*\).*/\1/p")
  opt=$(printf '%s\n' "$line" | sed -n 's/.* -l \([a-z-]*\) .*/\1/p')
  page="$man/claimlens${cmd:+-$cmd}.1"
  text=$(render "$page"; render "$man/claimlens-lexicons.5")
  for value in $(printf '%s\n' "$line" | sed -n "s/.* -a '\([^']*\)'.*/\1/p"); do
    if ! printf '%s\n' "$text" | grep -qw -- "$value"; then
      echo "$page: --$opt $value is not documented"
      echo fail >"$work/failed"
    fi
  done
done

# Run every example (each .Dl line) as man(1) shows it, in order, in a scratch
# folder that holds the files examples name. An example must be plain ASCII (a
# typographic dash or quote would break it when copied) and render the same with
# mandoc.
mkdir -p "$work/run/bin" "$work/run/drafts"
ln -s "$bin" "$work/run/bin/claimlens"
essay=$(ls "$src"/corpus/*.txt | head -1)
cp "$essay" "$work/run/essay.txt"
cp "$src"/corpus/*.txt "$work/run/drafts/"
printf 'phrase\tkind\tclass\tvalue\tsource\ntouch and go\thedge\testimative\teven_chance\tme\n' >"$work/run/my-terms.tsv"
printf '{"id": "d1", "outlet": "herald", "text": "It is likely. Beijing disagrees."}\n{"id": "d2", "text": "Second."}\n' >"$work/run/docs.jsonl"
examples() {  # examples PAGE RENDERER: the page's .Dl lines, rendered, one a line
  {
    printf '.Dd January 1, 2026\n.Dt EXAMPLES 1\n.Os\n.Sh EXAMPLES\n'
    grep '^\.Dl ' "$1"
  } >"$work/examples.1"
  case $2 in
    man) man -l "$work/examples.1" 2>/dev/null ;;
    mandoc) mandoc -T utf8 -O width=1000 "$work/examples.1" | sed 's/.\x08//g' ;;
  esac | sed -n '/^EXAMPLES/,$p' | sed '1d;$d' | sed -n 's/^  *//p'
}
for page in "$man"/*.1 "$man"/*.5; do
  [ -f "$page" ] || continue
  examples "$page" man >"$work/by-man"
  examples "$page" mandoc >"$work/by-mandoc"
  if ! diff "$work/by-man" "$work/by-mandoc" >"$work/diff"; then
    echo "$page: examples render differently in man and mandoc:"
    cat "$work/diff"
    fail=1
  fi
  if grep -nP '[^\x00-\x7f]' "$work/by-man"; then
    echo "$page: an example is not plain ASCII (above)"
    fail=1
  fi
  # What the author wrote, escapes undone: a delimiter mdoc moved (". ./x"
  # shown as "&&. ./x") or an escape that went wrong shows as a difference.
  grep '^\.Dl ' "$page" | sed -e 's/^\.Dl //' -e 's/\\-/-/g' -e 's/\\&//g' -e 's/\\e/\\/g' >"$work/written"
  if ! diff "$work/written" "$work/by-man" >"$work/diff"; then
    echo "$page: examples are shown otherwise than written (< written, > shown):"
    cat "$work/diff"
    fail=1
  fi
  while IFS= read -r example; do
    (cd "$work/run" && PATH="$work/run/bin:$PATH" bash -c "$example" >/dev/null 2>"$work/err")
    status=$?
    # jq may be absent; only claimlens' own behaviour is judged.
    if [ $status -ne 0 ] && [ $status -ne 1 ] && ! grep -q 'jq: not found\|jq: command not found' "$work/err"; then
      echo "$page: example failed (status $status): $example"
      cat "$work/err"
      echo fail >"$work/failed"
    fi
  done <"$work/by-man"
done
[ -f "$work/failed" ] && fail=1
exit $fail
