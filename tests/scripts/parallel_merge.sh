#!/bin/bash
# GNU parallel: a JSONL corpus cut into blocks, each counted by its own
# `claimlens stats --partial` process (in whatever order they finish), then
# merged, prints the bytes of one run over the whole. Skipped (77) when
# parallel is not installed (.ci/install-deps installs it).
set -u
bin=$1
src=$2
command -v parallel >/dev/null || { echo "parallel is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
# Each essay three times under other ids: ~36 documents, ~250 KB.
python3 - "$src"/corpus/*.txt >"$work/docs.jsonl" <<'PY'
import json, sys
for r in range(3):
    for path in sys.argv[1:]:
        text = open(path, encoding="utf-8").read()
        print(json.dumps({"id": f"{r}/{path.rsplit('/', 1)[-1]}", "year": 2020 + r, "text": text}))
PY
export PATH="$(dirname "$bin"):$PATH"
for opts in "--format tsv --totals" "--format tsv --group year --by actor"; do
  # shellcheck disable=SC2086
  "$bin" --input jsonl stats $opts -j 1 "$work/docs.jsonl" >"$work/one"
  # Blocks of 20 kB: several documents a block, a dozen processes, four at once.
  # shellcheck disable=SC2086
  parallel --will-cite --pipe --block 20k -j 4 claimlens --input jsonl stats $opts --partial -j 1 \
    <"$work/docs.jsonl" >"$work/parts"
  [ "$(grep -c claimlens_partial "$work/parts")" -gt 3 ] || { echo "FAIL: too few blocks"; fail=1; }
  merge_opts=$(printf '%s\n' "$opts" | sed 's/--group year//; s/--by actor//')
  # shellcheck disable=SC2086
  claimlens merge $merge_opts <"$work/parts" >"$work/merged"
  if ! cmp -s "$work/one" "$work/merged"; then
    echo "FAIL: stats $opts: parallel and merge differ from one run"
    diff "$work/one" "$work/merged" | head
    fail=1
  fi
done
exit $fail
