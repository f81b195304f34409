#!/bin/bash
# The Dask example (examples/dask/stats.py) on a local cluster prints the bytes
# of one `claimlens stats` run. Skipped (77) without python3-dask and
# python3-distributed (.ci/install-deps installs them).
set -u
bin=$1
src=$2
py=""
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import dask.bag, distributed' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || { echo "dask is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$py" - "$src"/corpus/*.txt >"$work/docs.jsonl" <<'PY'
import json, sys
for r in range(2):
    for path in sys.argv[1:]:
        text = open(path, encoding="utf-8").read()
        print(json.dumps({"id": f"{r}/{path.rsplit('/', 1)[-1]}", "outlet": "ab"[r], "text": text}))
PY
fail=0
for opts in "--format tsv --totals" "--group outlet --by actor --format jsonl"; do
  # shellcheck disable=SC2086
  "$bin" --input jsonl stats $opts "$work/docs.jsonl" >"$work/one"
  # 40 kB partitions: several documents each, about four partitions.
  # shellcheck disable=SC2086
  "$py" "$src/examples/dask/stats.py" --claimlens "$bin" --blocksize 40kB "$work/docs.jsonl" \
    -- $opts >"$work/dask" 2>"$work/err" || { echo "FAIL: the example failed"; cat "$work/err"; fail=1; }
  if ! cmp -s "$work/one" "$work/dask"; then
    echo "FAIL: stats $opts: Dask's map and merge differ from one run"
    diff "$work/one" "$work/dask" | head
    fail=1
  fi
done
exit $fail
