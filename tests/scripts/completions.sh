#!/bin/sh
# Shell completion is generated from the option definitions: every command and
# every option that --help lists is in the bash, zsh and fish scripts, and the
# bash script parses and completes (zsh and fish are checked when installed).
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
for sh in bash zsh fish; do
  "$bin" completion $sh >"$work/$sh" || { echo "claimlens completion $sh failed"; fail=1; }
done
bash -n "$work/bash" || fail=1
command -v zsh >/dev/null && { zsh -n "$work/zsh" || fail=1; }
command -v fish >/dev/null && { fish -n "$work/fish" || fail=1; }
# The options of the "Options:" section of --help (not the examples in the footer).
options() {
  "$bin" "$@" --help | sed -n '/^Options:/,/^$/p' | grep -E '^ +-' | grep -oE -- '(^| |,)--?[a-z][a-z-]*' |
    tr -d ' ,' | sort -u
}
commands() { "$bin" "$@" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'; }
expect() {  # expect WORD CONTEXT
  for sh in bash zsh fish; do
    case $sh in
      fish) pattern=$(printf '%s' "$1" | sed -e 's/^--/-l /' -e 's/^-\([a-z]\)$/-s \1/') ;;
      *) pattern=$1 ;;
    esac
    grep -qF -- "$pattern" "$work/$sh" || { echo "$sh completion lacks $1 ($2)"; fail=1; }
  done
}
for opt in $(options); do expect "$opt" "claimlens --help"; done
for cmd in $(commands); do
  expect "$cmd" "a command"
  for opt in $(options "$cmd"); do expect "$opt" "claimlens $cmd --help"; done
  for sub in $(commands "$cmd"); do
    expect "$sub" "claimlens $cmd"
    for opt in $(options "$cmd" "$sub"); do expect "$opt" "claimlens $cmd $sub --help"; done
  done
done
# The bash function really completes.
got=$(bash -c ". '$work/bash'; COMP_WORDS=(claimlens hedges --scale p); COMP_CWORD=3; _claimlens; echo \"\${COMPREPLY[*]}\"")
[ "$got" = "phia perceived" ] || { echo "bash completes '--scale p' as: $got"; fail=1; }
exit $fail
