#!/bin/sh
# --help and --version answer with status 0; --version names the commit.
set -u
bin=$1
fail=0
"$bin" --help >/dev/null || { echo "--help failed"; fail=1; }
v=$("$bin" --version) || { echo "--version failed"; fail=1; }
case "$v" in
  "claimlens "[0-9]*.[0-9]*.[0-9]*" ("*")") ;;
  *) echo "unexpected --version: $v"; fail=1 ;;
esac
for cmd in $("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
  "$bin" "$cmd" --help | grep -q "Examples:" || { echo "claimlens $cmd --help has no examples"; fail=1; }
done
exit $fail
