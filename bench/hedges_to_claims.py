#!/usr/bin/env python3
"""Turns `claimlens hedges --format jsonl` records into the one-claim-per-document
lines the CoNLL-2010 scorer reads: a document is uncertain when it has a hedge that
hedges truth (approximators hedge degree and do not count), and its cues are its
hedges. Used until a `claims` command exists. Usage: hedges_to_claims.py < in > out"""
import json
import sys

docs = {}
for line in sys.stdin:
    r = json.loads(line)
    d = docs.setdefault(r["doc"], {"doc": r["doc"], "uncertain": False, "cues": []})
    if r["kind"] == "hedge":
        d["cues"].append({"kind": "hedge", "text": r["text"], "start": r["start"], "end": r["end"]})
        if r["class"] != "approximator":
            d["uncertain"] = True
for d in docs.values():
    print(json.dumps(d, ensure_ascii=False))
