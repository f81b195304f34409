#!/bin/bash
# Offsets on hostile HTML, end to end (html_spans.py): every record of every
# command lies inside its document and is its bytes' text; sentences are in
# order and disjoint. fuzz_html's committed inputs are among the documents.
set -u
bin=$1
src=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/html_spans.py" "$bin" "$work" "$src"/tests/fuzz/corpus/fuzz_html/*
