#!/usr/bin/env python3
"""Scores `claimlens stance` against the document stance gold (NAME.stance.tsv, README.md).

For every gold row (holder, actor, label) it takes the label claimlens gives the same pair (a pair
claimlens does not print is neutral: mentioned, never evaluated) and reports
- agreement: the share of gold rows whose label claimlens matches;
- the all-neutral baseline: the agreement of a program that labels every pair neutral;
- precision and recall per label, and the confusion table (gold rows down, claimlens across).
Rows claimlens prints that the gold lacks are not scored: the gold has a row for every actor
mentioned three times or more and for every pair a claim evaluates (README.md), so a pair it lacks
is a rarely named actor, and the claims gold (claims_eval_test.cc) scores the items themselves.

Usage: corpus/score-stance.py [--binary PATH] [--check] [-v] [NAME...]
  --binary  the claimlens program (default build/bin/claimlens next to corpus/)
  --check   exit status 1 when agreement is below the all-neutral baseline, so the rules must do
            better than saying nothing (the test suite runs this)
  -v        list every disagreement with the evidence claims' text and the gold note
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LABELS = ["favorable", "unfavorable", "mixed", "neutral"]


def gold_rows(path):
    with open(path, encoding="utf-8") as f:
        header = True
        for row in f:
            row = row.rstrip("\n")
            if not row or row.startswith("#"):
                continue
            if header:
                header = False
                continue
            f3 = row.split("\t")
            if len(f3) >= 3:
                yield f3[0], f3[1], f3[2], f3[3] if len(f3) > 3 else "-"


def run(binary, essay):
    out = subprocess.run([binary, "stance", "--format", "jsonl", essay], capture_output=True,
                         text=True, check=True).stdout
    return {(r["holder"], r["actor"]): r for r in map(json.loads, out.splitlines())}


def evidence_text(text, r):
    return " | ".join(text.encode()[e["start"]:e["end"]].decode(errors="replace")[:90]
                      for e in r.get("evidence", []))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "bin", "claimlens"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("-v", action="store_true", dest="verbose")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(
        os.path.basename(p)[:-len(".stance.tsv")]
        for p in glob.glob(os.path.join(HERE, "*.stance.tsv")))
    confusion = collections.Counter()  # (gold, got) -> rows
    for name in names:
        essay = os.path.join(HERE, name + ".txt")
        got = run(args.binary, essay)
        with open(essay, encoding="utf-8") as f:
            text = f.read()
        for holder, actor, label, note in gold_rows(os.path.join(HERE, name + ".stance.tsv")):
            r = got.get((holder, actor))
            have = r["label"] if r else "neutral"
            confusion[label, have] += 1
            if args.verbose and have != label:
                ev = evidence_text(text, r) if r else ""
                print(f"{name}: {holder} toward {actor}: gold {label}, got {have}"
                      f"{'; ' + ev if ev else ''}{'; gold note: ' + note if note != '-' else ''}")
    total = sum(confusion.values())
    if total == 0:
        print("no gold rows", file=sys.stderr)
        return 1
    agree = sum(v for (g, h), v in confusion.items() if g == h)
    baseline = sum(v for (g, _), v in confusion.items() if g == "neutral")
    print(f"essays {len(names)}, gold rows {total}")
    print(f"agreement {agree / total:.3f} ({agree} of {total}); "
          f"all-neutral baseline {baseline / total:.3f} ({baseline} of {total})")
    evaluated = total - baseline
    right = sum(v for (g, h), v in confusion.items() if g == h and g != "neutral")
    print(f"evaluated rows (gold not neutral): {right} of {evaluated} right")
    print("label        precision  recall  gold  got")
    for lab in LABELS:
        tp = confusion[lab, lab]
        n_gold = sum(v for (g, _), v in confusion.items() if g == lab)
        n_got = sum(v for (_, h), v in confusion.items() if h == lab)
        p = f"{tp / n_got:.2f}" if n_got else "-"
        r = f"{tp / n_gold:.2f}" if n_gold else "-"
        print(f"{lab:<12} {p:>9}  {r:>6}  {n_gold:>4}  {n_got:>3}")
    print("confusion (gold down, claimlens across)")
    print(" " * 12 + "".join(f"{lab[:6]:>8}" for lab in LABELS))
    for g in LABELS:
        print(f"{g:<12}" + "".join(f"{confusion[g, h]:>8}" for h in LABELS))
    if args.check and agree < baseline:
        print(f"FAIL: agreement {agree} of {total} is below the all-neutral baseline {baseline}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
