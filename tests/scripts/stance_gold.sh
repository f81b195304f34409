#!/bin/sh
# `claimlens stance` against the corpus stance gold (corpus/*.stance.tsv):
# corpus/score-stance.py prints agreement, the all-neutral baseline, precision
# and recall per label and the confusion table, and fails when the program
# agrees with the gold less often than labelling every pair neutral would.
set -u
command -v python3 >/dev/null || { echo "skipped: no python3"; exit 77; }
exec python3 "$2/corpus/score-stance.py" --binary "$1" --check
