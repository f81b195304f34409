#!/usr/bin/env python3
"""Generates varied policy-like prose for benchmarks: titles, bylines, paragraphs
of sentences built from many templates and vocabularies (hedges, boosters,
actors in all their forms, numbers, quotes, abbreviations), so no paragraph
repeats. Usage: gen_corpus.py MEGABYTES OUT.txt [--jsonl OUT.jsonl]"""
import json
import random
import sys

ACTORS = ["China", "Beijing", "the Kremlin", "Moscow", "NATO", "NATO’s members", "the United States",
          "Washington", "the U.S. Navy", "Japan", "Tokyo", "Seoul", "South Korea", "Pyongyang",
          "North Korea", "the EU", "Brussels", "ASEAN", "Canberra", "Australia", "India", "New Delhi",
          "Iran", "Tehran", "the IAEA", "Türkiye", "Ankara", "the Gulf states", "Riyadh", "the UAE",
          "Kyiv", "Ukraine", "President Xi", "former President Trump", "Prime Minister Albanese",
          "Chinese leadership", "Russian forces", "the Pentagon", "Downing Street", "the G7",
          "the UN Security Council", "Indo-Pacific partners", "European capitals", "Emirati officials"]
VERBS = ["expand", "reconsider", "escalate", "limit", "formalize", "abandon", "fund", "resist",
         "deter", "court", "sanction", "challenge", "support", "undermine", "reassure", "test"]
OBJECTS = ["its naval presence in the South China Sea", "the security partnership",
           "export controls on advanced chips", "the 2022 Strategic Concept", "a new arms race",
           "talks in Geneva", "the Taiwan Strait crossings", "the sanctions regime",
           "military cooperation with Pyongyang", "its nuclear capacity", "the trade deficit",
           "regional tensions", "the rules-based order", "Arctic shipping routes",
           "energy imports from the Gulf", "multi-polar diplomacy", "the defense-industrial base"]
HEDGES = ["would likely", "will almost certainly", "may", "might", "could", "would", "is unlikely to",
          "is expected to", "appears to", "seems to", "will probably", "would almost certainly not",
          "is highly likely to", "will", "must", "should", "can"]
OPENERS = ["", "", "", "However, ", "In fact, ", "Clearly, ", "Critically, ", "For now, ",
           "According to recent reports, ", "Officials in Seoul argue that ", "We assess that ",
           "It is unclear whether ", "Analysts believe that ", "If talks fail, ", "Since 2019, ",
           "As the ministry said on Jan. 5, ", "By most accounts, ", "Far from helping, "]
TAILS = ["", "", " without providing a means to de-escalate", " at the summit in Washington, DC",
         ", e.g. through joint exercises", " by 3.5 percent a year", " (a point Gen. Smith disputes)",
         ", largely for domestic reasons", " in roughly two years", ", as U.S. officials concede",
         " despite “strategic ambiguity”", ", which is deeply problematic", " over the next decade"]
NAMES = ["Ana Ruiz", "Tomás Okafor", "Li Wei", "Mara Kovač", "J. Smith", "Priya Nair", "Sven Olsen"]


def sentence(r):
    s = r.choice(OPENERS) + r.choice(ACTORS) + " " + r.choice(HEDGES) + " " + r.choice(VERBS) + " " + \
        r.choice(OBJECTS) + r.choice(TAILS)
    s = s[0].upper() + s[1:]
    if r.random() < 0.1:
        s = "“" + s + ",” " + r.choice(NAMES) + " said"
    return s + r.choice([".", ".", ".", ".", "?", "!"]) if r.random() < 0.97 else s + "..."


def document(r):
    lines = [" ".join(w.capitalize() for w in r.choice(OBJECTS).split()[:6])]
    lines.append("By: " + r.choice(NAMES))
    for _ in range(r.randint(4, 9)):
        lines.append(" ".join(sentence(r) for _ in range(r.randint(2, 7))))
    lines.append(r.choice(NAMES) + " is a fellow at the Institute for Policy Studies. All views are their own.")
    return "\n".join(lines) + "\n"


def main():
    megabytes, out = float(sys.argv[1]), sys.argv[2]
    jsonl = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--jsonl" else None
    r = random.Random(2026)
    target = int(megabytes * 1e6)
    size = 0
    with open(out, "w", encoding="utf-8") as f, \
            (open(jsonl, "w", encoding="utf-8") if jsonl else open("/dev/null", "w")) as j:
        n = 0
        while size < target:
            doc = document(r)
            f.write(doc + "\n")
            j.write(json.dumps({"id": "doc-%d" % n, "text": doc}, ensure_ascii=False) + "\n")
            size += len(doc.encode("utf-8")) + 1
            n += 1


if __name__ == "__main__":
    main()
