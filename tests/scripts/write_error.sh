#!/bin/sh
# A write error (a full disk) is an error with a message and status 2, not silence.
set -u
bin=$1
[ -w /dev/full ] || { echo "no /dev/full here"; exit 77; }
err=$(printf 'One sentence. Another.\n' | "$bin" sentences 2>&1 >/dev/full)
status=$?
if [ $status -ne 2 ]; then
  echo "exit status $status, expected 2"
  exit 1
fi
case "$err" in
  *"write error: No space left on device"*) exit 0 ;;
  *) echo "unexpected message: $err"; exit 1 ;;
esac
