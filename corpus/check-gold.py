#!/usr/bin/env python3
"""Mechanical checks of the corpus gold files (README.md: formats).

For every corpus/NAME.txt: NAME.gold.tsv, NAME.claims.tsv and NAME.stance.tsv exist, every row has
the header's number of TAB fields, every (line, occ, text/anchor) resolves to a whole-word,
case-sensitive occurrence in the essay, ids exist in corpus/actor-ids.tsv or lexicons/actors/*.tsv,
field values are from their vocabularies, claim rows are in text order, and every sentence of the
essay but a line of names contains the start of at least one claim. The sentence split here is a
plain one of its own (terminal punctuation, closing quotes, then a capital), not claimlens's.

Usage: corpus/check-gold.py [NAME...]     (default: every essay); exit status 1 on any problem.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEVELS = {"almost_no_chance", "very_unlikely", "unlikely", "even_chance", "likely", "very_likely",
          "almost_certain"}
HOLDER_TYPES = {"author", "actor", "person", "named", "unnamed"}
CUE_CLASSES = {
    "hedge": {"modal", "probability", "estimative", "evidential", "approximator", "impersonal",
              "possibility", "confidence"},
    "booster": {"certainty", "emphatic", "inference", "prediction", "estimative", "confidence"},
    "attribution": {"verb", "source"},
}
GOLD_HEADER = "line occ kind class text value holder".split()
CLAIMS_HEADER = ("line occ anchor holder_type holder chain level uncertain confidence conditional "
                 "recommendation addressee stance note").split()
STANCE_HEADER = "holder actor label note".split()

problems = []


def problem(path, row_no, msg):
    problems.append(f"{os.path.relpath(path, ROOT)}:{row_no}: {msg}")


def load_ids():
    ids = {}
    with open(os.path.join(HERE, "actor-ids.tsv"), encoding="utf-8") as f:
        for row in f:
            if row.startswith("#") or row.startswith("id\t") or not row.strip():
                continue
            p = row.rstrip("\n").split("\t")
            ids[p[0]] = p[1]
    for path in glob.glob(os.path.join(ROOT, "lexicons", "actors", "*.tsv")):
        with open(path, encoding="utf-8") as f:
            header = None
            for row in f:
                if row.startswith("#") or not row.strip():
                    continue
                p = row.rstrip("\n").split("\t")
                if header is None:
                    header = p
                    continue
                if header[0] == "id":
                    ids.setdefault(p[0], p[1])
                elif "value" in header:  # institutions: the state they stand for
                    ids.setdefault(p[header.index("value")], "state")
    return ids


def is_word_char(c):
    return c.isalnum()


def find_occurrence(line_text, text, occ):
    """Offset of the occ-th whole-word, case-sensitive occurrence of text, or -1."""
    seen, pos = 0, line_text.find(text)
    while pos >= 0:
        before = line_text[pos - 1] if pos > 0 else ""
        after = line_text[pos + len(text)] if pos + len(text) < len(line_text) else ""
        if not (before and is_word_char(before)) and not (after and is_word_char(after)):
            seen += 1
            if seen == occ:
                return pos
        pos = line_text.find(text, pos + 1)
    return -1


ABBREV = {"U.S.", "Jr.", "Mr.", "Mrs.", "Dr.", "St.", "No.", "e.g.", "i.e.", "Gen."}
END = re.compile(r'[.!?][”"’)]*\s+(?=[“"‘(]?[A-Z0-9])')


# A line of names (a byline, a heading such as "Iran and the Agency") may predicate
# nothing and yield no claim: capitalised words joined by "and", "the", commas.
NAMES_ONLY = re.compile(r"(By:? )?[A-Z][\w.'-]*(,? (and |the |& )*[A-Z][\w.'-]*)*[.]?")


def sentences(line_text):
    """(start, end) offsets of the sentences of one line."""
    out, start = [], 0
    for m in END.finditer(line_text):
        word = line_text[:m.start() + 1].split()[-1] if line_text[:m.start() + 1].split() else ""
        if word in ABBREV:
            continue
        out.append((start, m.start() + 1))
        start = m.end()
    if line_text[start:].strip():
        out.append((start, len(line_text)))
    return out


def read_table(path, header_want):
    rows = []
    if not os.path.exists(path):
        problem(path, 0, "missing")
        return rows
    with open(path, encoding="utf-8") as f:
        header = None
        for n, row in enumerate(f, 1):
            row = row.rstrip("\n")
            if not row or row.startswith("#"):
                continue
            fields = row.split("\t")
            if header is None:
                header = fields
                if header != header_want:
                    problem(path, n, f"header {header} != {header_want}")
                continue
            if len(fields) != len(header_want):
                problem(path, n, f"{len(fields)} fields, want {len(header_want)}")
                continue
            for fld in fields:
                if fld != fld.strip() or fld == "":
                    problem(path, n, f"empty field or stray space: {fld!r}")
            rows.append((n, dict(zip(header_want, fields))))
    return rows


def resolve(path, n, lines, line_s, occ_s, text):
    try:
        line, occ = int(line_s), int(occ_s)
    except ValueError:
        problem(path, n, "line/occ not numbers")
        return None
    if not 1 <= line <= len(lines):
        problem(path, n, f"no line {line}")
        return None
    at = find_occurrence(lines[line - 1], text, occ)
    if at < 0:
        problem(path, n, f"{text!r} occ {occ} not found on line {line}")
        return None
    return line, at


def check_holder(path, n, htype, holder, ids):
    if htype == "author" and holder != "author":
        problem(path, n, "holder_type author needs holder author")
    if htype in ("actor", "person") and any(h not in ids for h in holder.split(";")):
        problem(path, n, f"unknown {htype} id {holder!r}")
    if htype == "person" and holder in ids and ids[holder] != "person":
        problem(path, n, f"{holder} is not a person")
    if htype == "unnamed" and holder != holder.lower():
        problem(path, n, f"unnamed holder must be lower-case: {holder!r}")


def holder_ok(holder, ids):
    """A holder written without its type (cue gold, chain, stance gold): author, an id or words."""
    return holder not in ("", "-")


def check_essay(name, ids):
    base = os.path.join(HERE, name)
    with open(base + ".txt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    gold = base + ".gold.tsv"
    for n, r in read_table(gold, GOLD_HEADER):
        kind = r["kind"]
        resolve(gold, n, lines, r["line"], r["occ"], r["text"])
        if kind == "actor":
            if r["value"] not in ids:
                problem(gold, n, f"unknown actor id {r['value']!r}")
            if r["holder"] != "-":
                problem(gold, n, "actor rows have holder -")
            continue
        if kind not in CUE_CLASSES:
            problem(gold, n, f"unknown kind {kind!r}")
            continue
        if r["class"] not in CUE_CLASSES[kind]:
            problem(gold, n, f"class {r['class']!r} not for {kind}")
        v = r["value"]
        if r["class"] == "confidence":
            if v not in ("high", "moderate", "low") or (kind == "booster") != (v == "high"):
                problem(gold, n, f"confidence value {v!r} for {kind}")
        elif v != "-" and v not in LEVELS:
            problem(gold, n, f"bad value {v!r}")
        if kind == "attribution" and (r["holder"] == "author" or v != "-"):
            problem(gold, n, "attribution rows name a third-party holder and value -")
        if r["holder"] == "-" or not holder_ok(r["holder"], ids):
            problem(gold, n, f"bad holder {r['holder']!r}")

    claims = base + ".claims.tsv"
    starts = []
    for n, r in read_table(claims, CLAIMS_HEADER):
        got = resolve(claims, n, lines, r["line"], r["occ"], r["anchor"])
        if got:
            if starts and got <= starts[-1]:
                problem(claims, n, "claims out of text order")
            starts.append(got)
        if len(r["anchor"].split()) > 4:
            problem(claims, n, "anchor longer than four words")
        if r["holder_type"] not in HOLDER_TYPES:
            problem(claims, n, f"bad holder_type {r['holder_type']!r}")
        check_holder(claims, n, r["holder_type"], r["holder"], ids)
        if r["chain"] != "-":
            for h in r["chain"].split(","):
                if not holder_ok(h, ids):
                    problem(claims, n, f"bad chain holder {h!r}")
        if r["level"] != "-" and r["level"] not in LEVELS:
            problem(claims, n, f"bad level {r['level']!r}")
        for fld in ("uncertain", "conditional", "recommendation"):
            if r[fld] not in ("0", "1"):
                problem(claims, n, f"{fld} must be 0 or 1")
        if r["confidence"] not in ("high", "moderate", "low", "-"):
            problem(claims, n, f"bad confidence {r['confidence']!r}")
        if r["confidence"] in ("moderate", "low") and r["uncertain"] != "1":
            problem(claims, n, "moderate or low confidence makes a claim uncertain")
        if (r["recommendation"] == "0") != (r["addressee"] == "-") and r["recommendation"] == "0":
            problem(claims, n, "addressee without recommendation")
        if r["addressee"] != "-":
            for a in r["addressee"].split(";"):
                if not (a in ids or a == a.lower()):
                    problem(claims, n, f"bad addressee {a!r}")
        if r["stance"] != "-":
            for item in r["stance"].split(";"):
                m = re.fullmatch(r"(.+):(-?1)", item)
                if not m or m.group(1) not in ids:
                    problem(claims, n, f"bad stance item {item!r}")
    starts = set(starts)
    for i, text in enumerate(lines, 1):
        for s, e in sentences(text):
            if NAMES_ONLY.fullmatch(text[s:e]):
                continue  # names only: no claim needed
            if not any(line == i and s <= at < e for line, at in starts):
                problem(claims, 0, f"no claim starts in line {i} sentence {text[s:e][:50]!r}")

    stance = base + ".stance.tsv"
    seen = set()
    evaluated = set()  # (holder, actor) pairs the claims evaluate
    for n, r in read_table(claims, CLAIMS_HEADER):
        if r["stance"] != "-":
            for item in r["stance"].split(";"):
                for h in r["holder"].split(";"):
                    evaluated.add((h, item.rsplit(":", 1)[0]))
    mentions = {}
    for n, r in read_table(gold, GOLD_HEADER):
        if r["kind"] == "actor":
            mentions[r["value"]] = mentions.get(r["value"], 0) + 1
    for n, r in read_table(stance, STANCE_HEADER):
        if not holder_ok(r["holder"], ids):
            problem(stance, n, f"bad holder {r['holder']!r}")
        if r["actor"] not in ids:
            problem(stance, n, f"unknown actor {r['actor']!r}")
        if r["label"] not in ("favorable", "unfavorable", "mixed", "neutral"):
            problem(stance, n, f"bad label {r['label']!r}")
        if (r["holder"], r["actor"]) in seen:
            problem(stance, n, "duplicate (holder, actor)")
        seen.add((r["holder"], r["actor"]))
    for pair in sorted(evaluated - seen):
        problem(stance, 0, f"claims evaluate {pair} but the stance gold has no row for it")
    for actor, k in sorted(mentions.items()):
        if k >= 3 and ids.get(actor) in ("state", "organization", "group", "person") \
                and ("author", actor) not in seen:
            problem(stance, 0, f"{actor} is mentioned {k} times but has no author row")


def main():
    ids = load_ids()
    names = sys.argv[1:] or sorted(
        os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "*.txt")))
    for name in names:
        check_essay(name, ids)
    for p in problems:
        print(p)
    print(f"{len(names)} essays, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
