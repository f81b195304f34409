#!/usr/bin/env python3
"""Times commands over one input: median wall time of N runs, MB/s, median CPU
time (user + system) and peak RSS. The runs are interleaved (A B C, A B C, ...)
so that load from other programs on a shared machine falls on every command
alike; on a busy machine compare CPU seconds and ratios, not MB/s.
Each command runs directly (no shell), so the RSS is the command's own. Its
output goes to a scratch file in memory (/dev/shm), not to /dev/null: GNU grep
notices /dev/null and stops at the first match. Usage: see run.sh."""
import os
import statistics
import subprocess
import sys
import time


def run(argv, stdin_path=None):
    scratch = "/dev/shm/claimlens-bench.out" if os.path.isdir("/dev/shm") else "bench/out/scratch.out"
    with open(stdin_path or os.devnull, "rb") as stdin, open(scratch, "wb") as out:
        start = time.perf_counter()
        p = subprocess.Popen(argv, stdin=stdin, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - start
        err = p.stderr.read().decode(errors="replace")
        p.stderr.close()
    os.remove(scratch)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1, 2):  # 2: bad input reported, the rest still processed
        sys.exit("%s failed (%d): %s" % (" ".join(argv), code, err[:500]))
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def report(name, results, size_bytes):
    med = statistics.median(r[0] for r in results)
    cpu = statistics.median(r[1] for r in results)
    rss = max(r[2] for r in results)
    mbs = size_bytes / 1e6 / med
    print("| %-44s | %8.1f | %7.2f | %7.2f | %8.0f |" % (name, mbs, med, cpu, rss), flush=True)


def main():
    runs = int(os.environ.get("RUNS", "5"))
    size = os.path.getsize(sys.argv[1])
    print("input: %s, %.1f MB; median of %d runs" % (sys.argv[1], size / 1e6, runs))
    print("| %-44s | %8s | %7s | %7s | %8s |" % ("command", "MB/s", "s", "CPU s", "RSS MB"))
    print("|%s|%s|%s|%s|%s|" % ("-" * 46, "-" * 10, "-" * 9, "-" * 9, "-" * 10))
    specs = []
    for spec in sys.argv[2:]:
        name, _, cmd = spec.partition("=")
        stdin_path = None
        if " < " in cmd:
            cmd, stdin_path = cmd.split(" < ")
        specs.append((name, cmd.split(), stdin_path))
    results = [[] for _ in specs]
    for _ in range(runs):
        for (name, argv, stdin_path), out in zip(specs, results):
            out.append(run(argv, stdin_path))
    for (name, _, _), out in zip(specs, results):
        report(name, out, size)


if __name__ == "__main__":
    main()
