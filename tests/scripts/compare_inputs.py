#!/usr/bin/python3
"""compare_inputs.py BIN PLAIN DERIVED [OPTION...]: DERIVED (the essay PLAIN as a PDF,
an HTML page, Markdown, hard-wrapped or re-encoded text, read with OPTIONs) must give
the sentences of PLAIN (at least 97% of boundaries, compared on the sequence of word
norms, so markup and offsets do not matter), the same cues and the same actors; and
for every record of DERIVED, its bytes [start, end) (of a PDF, those of `claimlens
text`) must be the record's text. Prints what differs; exits 1 if anything does."""
import collections
import difflib
import json
import re
import subprocess
import sys

MIN_BOUNDARIES = 0.97


def run(binary, *args):
    out = subprocess.run([binary, *args], capture_output=True, check=False)
    if out.returncode != 0:
        sys.exit(f"claimlens {' '.join(args)}: status {out.returncode}: {out.stderr.decode()}")
    return out.stdout


def records(binary, command, path, options):
    out = run(binary, *command, "--format", "jsonl", *options, path)
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def words_and_boundaries(binary, path, options):
    """The word norms of the document and the index of each sentence's first word."""
    words, starts, last = [], [], None
    for t in records(binary, ["tokens"], path, options):
        if t["kind"] not in ("word", "number"):
            continue
        if t["sentence"] != last:
            starts.append(len(words))
            last = t["sentence"]
        words.append(t["norm"])
    return words, starts


def boundary_agreement(a_words, a_starts, b_words, b_starts):
    matcher = difflib.SequenceMatcher(None, a_words, b_words, autojunk=False)
    b_to_a = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            b_to_a[block.b + k] = block.a + k
    a_set = set(a_starts)
    mapped = {b_to_a[s] for s in b_starts if s in b_to_a}
    agree = len(a_set & mapped)
    missed = sorted(a_set - mapped)
    extra = sorted(s for s in b_starts if b_to_a.get(s) not in a_set)
    return agree / max(len(a_starts), len(b_starts)), missed, extra, matcher.ratio()


def letters(text):
    return re.sub(r"[^a-z]", "", text.lower())


def cues(binary, path, options):
    return sorted((c["kind"], c["class"], c["level"] or "", c["negated"], letters(c["text"]))
                  for c in records(binary, ["hedges", "--holder", "all"], path, options))


def actors(binary, path, options):
    return sorted(m["id"] for m in records(binary, ["actors"], path, options))


def check_offsets(binary, path, options):
    """Every record's [start, end) against its text; returns the failures."""
    # The encoding the program read the file in (--encoding auto: what ICU chose).
    encoding = records(binary, ["text"], path, options)[0]["encoding"] or "utf-8"
    data = open(path, "rb").read()
    pdf = data.startswith(b"%PDF-")
    if pdf:
        data = run(binary, "text", path)
        encoding = "utf-8"
    failures = []

    def check(kind, r, text):
        got = data[r["start"]:r["end"]].decode(encoding, errors="replace")
        if got != text:
            failures.append(f"{kind} [{r['start']}, {r['end']}): bytes {got!r} != text {text!r}")

    for command in (["sentences"], ["tokens"], ["hedges", "--holder", "all"], ["actors"],
                    ["claims"]):
        for r in records(binary, command, path, options):
            check(command[0], r, r["text"])
            if "page" in r and command[0] != "tokens" and (r["page"] is not None) != pdf:
                failures.append(f"{command[0]}: page {r['page']} in a {'PDF' if pdf else 'non-PDF'}")
            for c in r.get("cues", []):
                check("claims cue", c, c["text"])
    return failures


def main():
    binary, plain, derived, *options = sys.argv[1:]
    fail = False
    a_words, a_starts = words_and_boundaries(binary, plain, [])
    b_words, b_starts = words_and_boundaries(binary, derived, options)
    score, missed, extra, ratio = boundary_agreement(a_words, a_starts, b_words, b_starts)
    print(f"{derived}: {len(b_starts)} sentences (plain: {len(a_starts)}), boundaries agree "
          f"{score:.3f}, words agree {ratio:.3f}")
    if score < MIN_BOUNDARIES:
        fail = True
        for s in missed[:5]:
            print("  missed boundary before:", " ".join(a_words[s:s + 8]))
        for s in extra[:5]:
            print("  extra boundary before:", " ".join(b_words[s:s + 8]))
    for name, get in (("cues", cues), ("actors", actors)):
        a, b = get(binary, plain, []), get(binary, derived, options)
        if a != b:
            fail = True
            only_a = list((collections.Counter(a) - collections.Counter(b)).elements())
            only_b = list((collections.Counter(b) - collections.Counter(a)).elements())
            print(f"  {name} differ: only in plain {only_a[:6]}, only in {derived} {only_b[:6]}")
    failures = check_offsets(binary, derived, options)
    for f in failures[:10]:
        print("  offsets:", f)
    fail |= bool(failures)
    sys.exit(1 if fail else 0)


if __name__ == "__main__":
    main()
