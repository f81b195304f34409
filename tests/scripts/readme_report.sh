#!/bin/sh
# The README's text report (the block after "$ claimlens report memo.txt") is
# what the program prints for tests/cases/report-text/memo.txt today.
set -u
bin=$1
src=$2
documented=$(awk '/^\$ claimlens report memo.txt$/ {on = 1; next} on && /^```/ {exit} on' "$src/README.md")
printed=$(cd "$src/tests/cases/report-text" && "$bin" report memo.txt)
if [ -z "$documented" ]; then
  echo "README.md: no '\$ claimlens report memo.txt' example found"
  exit 1
fi
if [ "$documented" != "$printed" ]; then
  echo "README.md: the report example differs from what claimlens prints:"
  printf '%s\n' "$printed"
  exit 1
fi
