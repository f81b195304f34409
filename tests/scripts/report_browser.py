#!/usr/bin/env python3
"""Checks one HTML report as Chromium loaded it (report_browser.sh).

Arguments: PAGE CLAIMS_JSONL DOM CONSOLE_LOG SCREENSHOT. Prints what is wrong
and exits 1, or exits 0. Standard library only.
"""
import json
import re
import struct
import sys
import zlib
from html.parser import HTMLParser


def fail(problems, message):
    problems.append(message)


def check_self_contained(page, problems):
    """The page names no file or address outside itself."""
    html = open(page, encoding="utf-8").read()
    for pattern in (r'\ssrc\s*=', r'href\s*=\s*"(?!#|data:)', r'url\(', r'@import'):
        for m in re.finditer(pattern, html):
            fail(problems, f"{page}: refers outside the page: ...{html[max(0, m.start() - 40):m.end() + 40]!r}...")


def check_console(log, problems):
    """The page says nothing on the console. Chromium logs every console message
    (log, warning, error, an uncaught exception, a failed load) as INFO:CONSOLE,
    whatever its level, and the report's page writes none: any is a fault."""
    for line in open(log, encoding="utf-8", errors="replace"):
        if ":CONSOLE" in line or "net::ERR_" in line:
            fail(problems, f"console: {line.strip()}")


class CheckResult(HTMLParser):
    """Finds the text of <pre id="check-result"> in a DOM dump."""

    def __init__(self):
        super().__init__()
        self.inside = False
        self.text = None

    def handle_starttag(self, tag, attrs):
        if tag == "pre" and ("id", "check-result") in attrs:
            self.inside, self.text = True, ""

    def handle_endtag(self, tag):
        if tag == "pre":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.text += data


def check_highlights(claims_jsonl, dom, problems):
    """Every cue of the claims output is highlighted, with exactly its text."""
    parser = CheckResult()
    parser.feed(open(dom, encoding="utf-8").read())
    if parser.text is None:
        fail(problems, f"{dom}: the page's check wrote no result (did its script run?)")
        return
    result = json.loads(parser.text)
    expected = {}
    claims = 0
    for line in open(claims_jsonl, encoding="utf-8"):
        claim = json.loads(line)
        claims += 1
        for cue in claim["cues"]:
            expected[(cue["start"], cue["end"], cue["kind"])] = cue["text"]
    shown = {}
    for cue in result["cues"]:
        key = (cue["start"], cue["end"], cue["kind"])
        if key in shown:
            fail(problems, f"cue {key} highlighted twice")
        shown[key] = cue["text"]
    for key, text in sorted(expected.items()):
        if key not in shown:
            fail(problems, f"cue {key} {text!r} of the claims output is not highlighted")
        elif shown[key] != text:
            fail(problems, f"cue {key}: the highlight reads {shown[key]!r}, the claims output {text!r}")
    for key in sorted(set(shown) - set(expected)):
        fail(problems, f"highlight {key} {shown[key]!r} is no cue of the claims output")
    if result["hidden"]:
        fail(problems, f"{result['hidden']} highlights take no space on the page")
    # One bar for each claim of the claims output (a byline is neither).
    if result["claims"] != claims:
        fail(problems, f"{result['claims']} claim bars on the page, {claims} claims in the output")
    if not expected:
        fail(problems, "the claims output has no cues: nothing was checked")
    print(f"{dom}: {len(shown)} highlights checked against {len(expected)} cues of {claims} claims")


def png_pixels(path):
    """Width, height and rows of RGB(A) bytes of an 8-bit PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
            if depth != 8 or color not in (2, 6):
                raise ValueError(f"unexpected PNG depth {depth} colour type {color}")
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        f, cur = line[0], bytearray(line[1:])
        for i in range(stride):
            a = cur[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if f == 1:
                cur[i] = (cur[i] + a) & 255
            elif f == 2:
                cur[i] = (cur[i] + b) & 255
            elif f == 3:
                cur[i] = (cur[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(cur))
        prev = cur
    return width, height, channels, rows


def check_screenshot(png, problems):
    """The screenshot shows a page: many colours, and ink on a good part of it."""
    try:
        width, height, channels, rows = png_pixels(png)
    except (OSError, ValueError, zlib.error) as e:
        fail(problems, f"{png}: {e}")
        return
    colours, inked, total = set(), 0, 0
    for row in rows[::4]:
        for x in range(0, width * channels, channels * 4):
            pixel = row[x:x + 3]
            colours.add(pixel)
            inked += sum(pixel) < 600  # not white or nearly so
            total += 1
    share = inked / max(1, total)
    if len(colours) < 20 or share < 0.02:
        fail(problems, f"{png}: looks blank ({len(colours)} colours, {share:.1%} inked)")
    print(f"{png}: {width}x{height}, {len(colours)} colours, {share:.1%} inked")


def main():
    page, claims, dom, console, png = sys.argv[1:6]
    problems = []
    check_self_contained(page, problems)
    check_console(console, problems)
    check_highlights(claims, dom, problems)
    check_screenshot(png, problems)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
