"""Every record of every command on hostile HTML (ill-formed references and
bytes, ignored tags, raw text; fuzz_html's committed inputs and pages made here
from a fixed seed) has a span inside its document whose bytes are its text;
sentences are in order and never overlap; tokens lie inside their sentence.
Usage: html_spans.py BINARY WORKDIR FILE...  Exits 1 on any failure."""
import json
import os
import random
import re
import subprocess
import sys

PIECES = [b"&amp", b"&amp;", b"&ampx2", b"&notit;", b"&notin;", b"&#x110000;", b"&#0;",
          b"&#xD800;", b"&#128;", b"&#", b"&", b"<", b"\xff", b"\xe2\x80", b"\xc2\x85", b"\r\n",
          b"\r", b"\n", b"&NotEqualTilde;", b"&nbsp;", b"\x00", b"\t", b" ", b". ", b"<b>",
          b"</b>", b"</x>", b"<p>", b"</p>", b"<table>", b"<td>", b"<pre>", b"<xmp>", b"<!--",
          b"-->", b"</>", b"<br>", b"China", b"will probably", b"may", b"NATO", b"is likely to",
          b"object", b"Russia", b"almost certainly", b"respond."]

COMMANDS = [["sentences"], ["tokens"], ["hedges", "--holder", "all"], ["actors"], ["claims"]]


def make_pages(work, count):
    rng = random.Random(20261130)
    paths = []
    for n in range(count):
        body = b"".join(rng.choice(PIECES) for _ in range(rng.randint(5, 120)))
        path = os.path.join(work, f"page{n:03}.html")
        with open(path, "wb") as f:
            f.write(b"<html><body><article>" + body + b"</article></body></html>")
        paths.append(path)
    return paths


def as_text(data):
    # The program and Python may count U+FFFD differently for one bad sequence.
    return re.sub("\ufffd+", "\ufffd", data.decode("utf-8", errors="replace"))


def main():
    binary, work, *files = sys.argv[1:]
    paths = files + make_pages(work, 150)
    data = {p: open(p, "rb").read() for p in paths}
    failures = []

    def check_span(what, doc, r):
        size = len(data[doc])
        if not 0 <= r["start"] <= r["end"] <= size:
            failures.append(f"{what} in {doc}: [{r['start']}, {r['end']}) outside 0..{size}")
        elif "text" in r and as_text(data[doc][r["start"]:r["end"]]) != as_text(
                r["text"].encode("utf-8")):
            failures.append(f"{what} in {doc}: bytes [{r['start']}, {r['end']}) are not its "
                            f"text {r['text']!r}")

    sentences = {}
    for command in COMMANDS:
        out = subprocess.run([binary, *command, "--from", "html", "--binary", "text", "--format", "jsonl", *paths],
                             capture_output=True, check=False)
        # Ill-formed UTF-8 (read as U+FFFD) and a page with no text are reported with status
        # 2; nothing else may fail.
        errors = [e for e in out.stderr.decode("utf-8", "replace").splitlines()
                  if "invalid UTF-8" not in e and "empty input" not in e]
        if out.returncode not in (0, 2) or errors:
            failures.append(f"{' '.join(command)}: status {out.returncode}: {errors[:3]}")
            continue
        last = {}
        # Lines end at "\n" only (a record's text may hold U+0085 or U+2028).
        for line in filter(None, out.stdout.split(b"\n")):
            r = json.loads(line)
            doc, name = r["doc"], command[0]
            check_span(name, doc, r)
            for c in r.get("cues", []):
                check_span("claims cue", doc, c)
            if name == "sentences":
                if r["start"] >= r["end"] or r["start"] < last.get(doc, 0):
                    failures.append(f"sentence {r['sentence']} of {doc}: [{r['start']}, "
                                    f"{r['end']}) is empty or overlaps the one before")
                last[doc] = r["end"]
                sentences[(doc, r["sentence"])] = (r["start"], r["end"])
            elif name == "tokens":
                s = sentences.get((doc, r["sentence"]))
                if s is None or not s[0] <= r["start"] < r["end"] <= s[1]:
                    failures.append(f"token [{r['start']}, {r['end']}) of {doc} is not inside "
                                    f"its sentence {r['sentence']} {s}")
    for f in failures[:20]:
        print(f)
    print(f"{len(paths)} HTML documents, {len(COMMANDS)} commands: {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
