#!/bin/sh
# Runs one end-to-end case directory: `args` (shell words after the program
# name), `input` (standard input, optional), `expected` (standard output),
# `status` (exit status, default 0), `stderr` (standard error, default empty).
# The case runs inside its directory, so documents are named by relative paths.
set -u
bin=$1
dir=$2
cd "$dir" || exit 2
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
input=/dev/null
[ -f input ] && input=input
eval "set -- $(cat args)"
NO_COLOR=1 "$bin" "$@" <"$input" >"$out" 2>"$err"
status=$?
want_status=0
[ -f status ] && want_status=$(cat status)
fail=0
if [ "$status" != "$want_status" ]; then
  echo "exit status $status, expected $want_status"
  fail=1
fi
if ! diff -u expected "$out"; then fail=1; fi
if [ -f stderr ]; then
  diff -u stderr "$err" || fail=1
elif [ -s "$err" ]; then
  echo "unexpected standard error:"
  cat "$err"
  fail=1
fi
exit $fail
