#!/bin/sh
# The HTML report in a real browser: Debian's chromium, headless, loads the
# report of two corpus essays. The page must load with no console errors and
# no request for anything outside itself, its screenshot must not be blank, and
# the page's own check (report.html#check) must find every cue of `claims
# --format jsonl` highlighted, each highlight's text equal to the cue's text.
# The pages, DOM dumps, console logs and screenshots stay in
# BUILD/test-artifacts/report-browser/ for a person to look at.
# Skipped (77) only where no chromium package can be installed.
set -u
bin=$1
src=$2
browser=""
for name in chromium chromium-browser; do
  if command -v "$name" >/dev/null 2>&1; then browser=$(command -v "$name"); break; fi
done
if [ -z "$browser" ]; then
  if apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    echo "chromium can be installed here but is not: run '.ci/install-deps browser' (make test does)"
    exit 1
  fi
  echo "no chromium package can be installed on this system: the browser test is skipped"
  exit 77
fi

build=$(cd "$(dirname "$bin")/.." && pwd)
art="$build/test-artifacts/report-browser"
rm -rf "$art"
mkdir -p "$art"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# Flags that work as root in a container; no network, no first-run work.
run_browser() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-extensions --hide-scrollbars --user-data-dir="$profile" "$@"
}

fail=0
for essay in nato-asia-restraint red-sea-shipping; do
  page="$art/$essay.html"
  "$bin" report --format html "$src/corpus/$essay.txt" >"$page" || { echo "$essay: report failed"; fail=1; continue; }
  "$bin" claims --format jsonl "$src/corpus/$essay.txt" >"$art/$essay.claims.jsonl" || { fail=1; continue; }
  run_browser --enable-logging=stderr --v=0 --virtual-time-budget=5000 \
    --dump-dom "file://$page#check" >"$art/$essay.dom.html" 2>"$art/$essay.console.log"
  run_browser --window-size=1200,1600 --screenshot="$art/$essay.png" "file://$page" \
    >/dev/null 2>"$art/$essay.screenshot.log"
  python3 "$src/tests/scripts/report_browser.py" "$page" "$art/$essay.claims.jsonl" \
    "$art/$essay.dom.html" "$art/$essay.console.log" "$art/$essay.png" || fail=1
done
[ $fail -eq 0 ] && echo "pages, DOM dumps and screenshots: $art"
exit $fail
