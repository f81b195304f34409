#!/bin/bash
# Progress: shown on standard error when it is a terminal (documents, MB,
# MB/s), cleared at the end; never with --no-progress, never when standard
# error is a file or pipe; the records are the same either way. Skipped (77)
# without script(1) to make a terminal.
set -u
bin=$1
src=$2
command -v script >/dev/null || { echo "script(1) is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
# About 10 MB: long enough for the line to be drawn (every 250 ms) on a fast machine.
python3 - "$src"/corpus/*.txt >"$work/docs.jsonl" <<'PY'
import json, sys
for r in range(150):
    for path in sys.argv[1:]:
        print(json.dumps({"id": f"{r}/{path.rsplit('/', 1)[-1]}", "text": open(path).read()}))
PY
run_tty() {  # run_tty OUT ARGS...: claimlens ARGS with stderr on a terminal, stdout to OUT
  local out=$1
  shift
  script -qec "$(printf '%q ' "$bin" "$@") >$(printf '%q' "$out")" /dev/null
}
"$bin" --input jsonl stats --format tsv -j 2 "$work/docs.jsonl" >"$work/plain" 2>"$work/err"
[ -s "$work/err" ] && { echo "FAIL: progress written to a file:"; head -c 300 "$work/err"; fail=1; }
run_tty "$work/out" --input jsonl stats --format tsv -j 2 "$work/docs.jsonl" >"$work/tty"
grep -q 'claimlens: [0-9]* documents, [0-9.]* MB, [0-9.]* MB/s' "$work/tty" ||
  { echo "FAIL: no progress on a terminal:"; head -c 300 "$work/tty"; fail=1; }
cmp -s "$work/plain" "$work/out" || { echo "FAIL: records differ with progress"; fail=1; }
run_tty "$work/out" --input jsonl stats --format tsv --no-progress "$work/docs.jsonl" >"$work/tty"
[ -s "$work/tty" ] && { echo "FAIL: progress despite --no-progress:"; head -c 300 "$work/tty"; fail=1; }
# A file's size is known: the line shows the share done and the time left.
run_tty "$work/out" --input jsonl compare --group id=0/korea-talks.txt --format tsv "$work/docs.jsonl" >"$work/tty"
grep -q '[0-9]%, ETA [0-9]*:[0-9][0-9]' "$work/tty" ||
  { echo "FAIL: no ETA for a file:"; head -c 300 "$work/tty"; fail=1; }
exit $fail
