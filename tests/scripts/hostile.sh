#!/bin/bash
# Hostile input, end to end. Every case runs every command in COMMANDS (a new
# command joins by adding a line there) beside a good file, and checks the exit
# status, the message, and that nothing is lost: the good file is still analysed.
# Very large inputs run the commands in BIG_COMMANDS. No timing is asserted;
# bench/run.sh measures the adversarial inputs' speed.
set -u
bin=$1
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 2

COMMANDS=(
  "sentences --format jsonl"
  "tokens --format tsv"
  "hedges --format jsonl"
  "hedges --summary --format tsv"
  "actors --format jsonl"
  "actors --summary"
  "report --format html"
  "stats --format tsv"
)
BIG_COMMANDS=(
  "sentences --format tsv"
  "hedges --summary"
)

printf 'Beijing would likely object.\n' >ok.txt
fail=0
say() { echo "$*"; fail=1; }

# run_case NAME STATUS MESSAGE FILE... : every command on the files plus ok.txt.
run_case() {
  local name=$1 want=$2 message=$3
  shift 3
  local cmd
  for cmd in "${COMMANDS[@]}"; do check "$name" "$want" "$message" "$cmd" "$@"; done
}
run_big() {
  local name=$1 want=$2 message=$3
  shift 3
  local cmd
  for cmd in "${BIG_COMMANDS[@]}"; do check "$name" "$want" "$message" "$cmd" "$@"; done
}
check() {
  local name=$1 want=$2 message=$3 cmd=$4
  shift 4
  # shellcheck disable=SC2086
  "$bin" $cmd "$@" ok.txt >out 2>err </dev/null
  local status=$?
  [ "$status" = "$want" ] || say "$name / $cmd: exit status $status, expected $want; $(head -c 300 err)"
  [ -z "$message" ] || grep -qF -- "$message" err || say "$name / $cmd: no message '$message' in: $(head -c 300 err)"
  grep -q 'ok.txt' out || say "$name / $cmd: the good file was lost"
  grep -q 'AddressSanitizer\|runtime error' err && say "$name / $cmd: sanitizer report: $(head -c 300 err)"
}

# Malformed bytes: overlong encodings, lone surrogates, truncated sequences, stray continuations.
printf 'Overlong \300\257 slash. Surrogate \355\240\200 half. Cut \342\202. Stray \200\277 bytes.\n' >bad.txt
run_case invalid-utf8 2 "bad.txt:1:10: invalid UTF-8 at byte 9, read as U+FFFD (and" bad.txt
printf 'ab\000cd\n' >nul.txt
run_case nul-bytes 2 "nul.txt:1:3: binary input (NUL byte at byte 2)" nul.txt
: >empty.txt
run_case empty 2 "empty.txt: empty input" empty.txt
printf ' \t\r\n\n   \n' >space.txt
run_case only-whitespace 2 "space.txt: empty input (only white space)" space.txt
printf 'Title\r\n\r\nIt would likely fail.\r\nNATO may act.\r\n' >crlf.txt
run_case crlf 0 "" crlf.txt
printf 'قال الوزير إن الحلف سيرد. שלום עולם. Москва и Пекин. 北京说不。 Beijing’s view is unequivocal.\n' >mixed.txt
run_case mixed-scripts-rtl 0 "" mixed.txt
python3 -c "print('“‘(' * 20000 + 'It is likely.' + ')’”' * 20000)" >quotes.txt
run_case nested-quotes 0 "" quotes.txt
python3 -c "print('almost ' * 100000)" >almost.txt
run_case almost-1e5 0 "" almost.txt
python3 -c "print(' '.join(['Beijing would likely object'] * 25000) + '.')" >longsentence.txt
run_case sentence-of-100000-words 0 "" longsentence.txt

# Directories: a symbolic link loop is reported and not followed forever.
mkdir -p tree/sub && cp ok.txt tree/sub/inner.txt && ln -s .. tree/sub/up
run_case symlink-loop 0 "directory loop through a symbolic link; not followed" tree
# A FIFO named on the command line is read; one inside a directory is skipped.
mkfifo pipe.txt
for cmd in "${COMMANDS[@]}"; do
  (printf 'It would likely fail.\n' >pipe.txt &)
  check fifo 0 "" "$cmd" pipe.txt
done
mkdir -p fifodir && mkfifo fifodir/inner.txt
run_case fifo-in-directory 0 "fifodir/inner.txt: warning: not a regular file; skipped" fifodir
# An unreadable file: root reads everything, so the check runs as nobody.
printf 'Secret.\n' >locked.txt && chmod 000 locked.txt
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null; then
    chmod 755 "$work" && chmod 644 ok.txt && chmod 000 locked.txt
    setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" sentences locked.txt ok.txt >out 2>err
    status=$?
    [ $status = 2 ] && grep -q "locked.txt: cannot read: Permission denied" err && grep -q ok.txt out ||
      say "unreadable: status $status; $(cat err)"
  else
    echo "unreadable-file case skipped: running as root without setpriv"
  fi
else
  run_case unreadable 2 "locked.txt: cannot read: Permission denied" locked.txt
fi

# JSONL: bad JSON, missing fields, wrong types, a huge id, a huge number: each
# reported with its line and skipped; the good documents analysed.
{
  echo '{"id": "good1", "text": "Beijing would likely object."}'
  echo '{"id": "x", "text": "unterminated'
  echo '{"text": "no id"}'
  echo '{"id": "y"}'
  echo '{"id": {"a": 1}, "text": "t"}'
  echo '{"id": "z", "text": ["t"]}'
  python3 -c "print('{\"id\": \"' + 'i' * 100000 + '\", \"text\": \"t\"}')"
  echo '{"id": "n", "text": 1e99999}'
  echo '[1, 2]'
  echo '{"id": "good2", "text": "Moscow may respond."}'
} >docs.jsonl
for cmd in "${COMMANDS[@]}"; do
  # shellcheck disable=SC2086
  "$bin" $cmd --input jsonl docs.jsonl >out 2>err
  status=$?
  [ $status = 2 ] || say "jsonl / $cmd: status $status"
  for line in 2 3 4 5 6 7 8 9; do grep -q "docs.jsonl:$line" err || say "jsonl / $cmd: line $line not reported"; done
  grep -q good1 out && grep -q good2 out || say "jsonl / $cmd: a good document was lost"
done

# Lexicons: a pathological pattern is rejected before any text is read; a
# backtracking-style one is fine (RE2 is linear); 100,000 entries load.
printf 'phrase\tkind\tclass\tvalue\tsource\nre:((((a{1,100}){1,100}){1,100}){1,100})\thedge\tmodal\t-\tme\n' >patho.tsv
"$bin" hedges --lexicon patho.tsv ok.txt >out 2>err
status=$?
[ $status = 2 ] && grep -q "patho.tsv:2: pattern too large\|patho.tsv:2: bad pattern" err && grep -q ok.txt out ||
  say "pathological pattern: status $status; $(cat err)"
printf 'phrase\tkind\tclass\tvalue\tsource\nre:(a|aa)*b\thedge\tmodal\t-\tme\n' >backtrack.tsv
python3 -c "print('a' * 200000)" >aaaa.txt
"$bin" hedges --lexicon backtrack.tsv aaaa.txt ok.txt >out 2>err || say "backtracking pattern: $(cat err)"
python3 -c "
print('phrase\tkind\tclass\tvalue\tsource')
for i in range(100000): print('zq%dx term\thedge\testimative\t-\tgen' % i)
print('touch and go\thedge\testimative\teven_chance\tgen')" >big.tsv
printf 'The vote is touch and go.\n' >touch.txt
"$bin" hedges --lexicon big.tsv touch.txt ok.txt >out 2>err && grep -q 'touch and go' out || say "100,000-entry lexicon: $(cat err)"

# Size: a 200 MB file, a 50 MB single line, a million one-word documents.
python3 -c "
import sys
para = ('Beijing would likely object, and NATO may respond in the South China Sea. ' * 12 + '\n')
sys.stdout.write(para * (200_000_000 // len(para)))" >big200.txt
run_big 200MB-file 0 "" big200.txt
python3 -c "
import sys
sys.stdout.write('the alliance would likely respond in kind ' * (50_000_000 // 42) + '\n')" >line50.txt
run_big 50MB-single-line 0 "" line50.txt
rm -f big200.txt line50.txt
python3 -c "
import sys
w = sys.stdout.write
for i in range(1_000_000): w('{\"id\":\"%d\",\"text\":\"word%d\"}\n' % (i, i % 97))" >million.jsonl
for cmd in "${BIG_COMMANDS[@]}"; do
  # shellcheck disable=SC2086
  "$bin" $cmd --input jsonl million.jsonl >out 2>err || say "a million documents / $cmd: $(head -c 300 err)"
done
[ "$(grep -c . out)" -ge 1000000 ] || say "a million documents: $(grep -c . out) summary lines"
exit $fail
