#!/usr/bin/env python3
"""claimlens stats over a JSONL corpus on a local Dask cluster.

Maps `claimlens stats --partial` over the partitions of the corpus (each
partition is piped to its own claimlens process, as Hadoop Streaming or
Spark's RDD.pipe would) and reduces the partials with `claimlens merge`: the
output is byte for byte that of one `claimlens --input jsonl stats` run.

    python3 examples/dask/stats.py docs.jsonl
    python3 examples/dask/stats.py --blocksize 10MB docs.jsonl -- --group year --format tsv

Needs python3-dask and python3-distributed (Debian packages) and claimlens on
PATH (or --claimlens PATH). Options after `--` go to `claimlens stats`; the
same options minus --group and --by go to `claimlens merge`.
"""
import argparse
import subprocess
import sys

import dask
import dask.bag
from distributed import Client, LocalCluster


def partial(claimlens, options, part, lines):
    """The partial of one partition: its lines piped through stats --partial."""
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    run = subprocess.run(
        [claimlens, "--input", "jsonl", "stats", "--partial", "--part", str(part), "-j", "1"]
        + options,
        input=text.encode(), stdout=subprocess.PIPE, check=True)
    return run.stdout


def merge(claimlens, options, partials):
    """The output of one run: every partial through claimlens merge."""
    run = subprocess.run([claimlens, "merge"] + options, input=b"".join(partials),
                         stdout=subprocess.PIPE, check=True)
    return run.stdout


def merge_options(options):
    """stats options minus those that only change the counts (the header has them)."""
    out, skip = [], False
    for o in options:
        if skip:
            skip = False
        elif o in ("--group", "--by", "--holder"):
            skip = True
        elif not o.startswith(("--group=", "--by=", "--holder=")):
            out.append(o)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a JSONL corpus: one {\"id\", \"text\", ...} a line")
    parser.add_argument("stats_options", nargs="*", help="options for claimlens stats")
    parser.add_argument("--claimlens", default="claimlens", help="the claimlens program")
    parser.add_argument("--blocksize", default="16MB", help="bytes a partition (default 16MB)")
    parser.add_argument("--workers", type=int, default=2, help="local workers (default 2)")
    args = parser.parse_args()

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, Client(cluster):
        bag = dask.bag.read_text(args.corpus, blocksize=args.blocksize)
        parts = [dask.delayed(partial)(args.claimlens, args.stats_options, i, p)
                 for i, p in enumerate(bag.to_delayed())]
        result = dask.delayed(merge)(args.claimlens, merge_options(args.stats_options), parts)
        sys.stdout.buffer.write(result.compute())


if __name__ == "__main__":
    main()
