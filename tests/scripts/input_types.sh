#!/bin/bash
# Every input type reads as the plain text does: a PDF (two columns, running
# headers, page numbers, hyphenation), an HTML page (navigation and scripts
# around the article), Markdown (front matter, lists, code blocks), hard-wrapped
# text with a narrower annex, and Windows-1252 are made from corpus essays
# (make_inputs.py) and compared with the essays (compare_inputs.py): the same
# sentences, cues and actors, and exact offsets for every record.
set -u
bin=$1
src=$2
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3  # Debian's, with python3-reportlab (.ci/install-deps)
"$py" -c 'import reportlab' 2>/dev/null ||
  { echo "python3-reportlab is missing (.ci/install-deps installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
while read -r kind essay file options; do
  "$py" "$here/make_inputs.py" "$kind" "$src/corpus/$essay.txt" "$work/$file" ||
    { echo "make_inputs.py $kind failed"; fail=1; continue; }
  # shellcheck disable=SC2086
  "$py" "$here/compare_inputs.py" "$bin" "$src/corpus/$essay.txt" "$work/$file" $options || fail=1
done <<'CASES'
pdf nato-asia-restraint nato.pdf
html red-sea-shipping shipping.html
markdown indian-ocean-basing basing.md
wrapped taiwan-deterrence taiwan.txt
cp1252 sahel-security sahel.txt --encoding windows-1252
cp1252 sahel-security sahel-auto.txt --encoding auto
CASES
exit $fail
