#!/usr/bin/python3
"""Makes the test documents of every input type from corpus essays (one paragraph
a line, a title line first, then a byline), so the tests need nothing from outside:

  make_inputs.py pdf ESSAY OUT.pdf        two columns, running headers, page numbers,
                                          line-end hyphenation (python3-reportlab)
  make_inputs.py html ESSAY OUT.html      the article between navigation, scripts, a
                                          header, an aside and a footer; entities
  make_inputs.py markdown ESSAY OUT.md    front matter, a heading, emphasis, list items and
                                          code blocks
  make_inputs.py wrapped ESSAY OUT.txt    hard-wrapped at 72, the last paragraphs (an
                                          annex) at 40, words hyphenated at line ends
  make_inputs.py cp1252 ESSAY OUT.txt     the essay in Windows-1252
"""
import html
import sys


def paragraphs(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def split_word(word, fits):
    """Splits `word` where a hyphenated first part fits: at a hyphen of a compound,
    else between letters with at least three on each side. None when nothing fits."""
    if "-" in word[1:-1]:
        for i in range(len(word) - 2, 0, -1):
            if word[i] == "-" and fits(word[: i + 1]):
                return word[: i + 1], word[i + 1 :]
        return None
    letters = word.rstrip(".,;:!?)”’\"'")
    if len(letters) < 7 or not letters.isalpha():
        return None
    for i in range(len(letters) - 3, 2, -1):
        if fits(word[:i] + "-"):
            return word[:i] + "-", word[i:]
    return None


def wrap(text, width, fits_width, hyphenate=True):
    """Greedy line breaking; `fits_width(s, width)` measures. Words that do not
    fit are hyphenated where a piece fits (never across the last line of a column:
    the caller lays out lines, so it passes hyphenate=False there)."""
    lines, line = [], ""
    words = text.split()
    i = 0
    while i < len(words):
        word = words[i]
        candidate = word if not line else line + " " + word
        if fits_width(candidate, width):
            line = candidate
            i += 1
            continue
        if hyphenate and line:
            piece = split_word(word, lambda p: fits_width(line + " " + p, width))
            if piece:
                lines.append(line + " " + piece[0])
                line = ""
                words[i] = piece[1]
                continue
        if not line:  # a word longer than the line
            lines.append(word)
            i += 1
            continue
        lines.append(line)
        line = ""
    if line:
        lines.append(line)
    return lines


def make_pdf(paras, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    page_w, page_h = letter
    margin, gutter, size, leading = 54, 24, 11, 14
    col_w = (page_w - 2 * margin - gutter) / 2
    top, bottom = page_h - margin - 20, margin + 20
    title = paras[0]
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle(title)

    state = {"page": 1, "col": 0, "y": top}

    def furniture():
        c.setFont("Helvetica-Oblique", 8)
        page = state["page"]
        header = "Policy Review: essays on alliances and deterrence"
        c.drawString(margin, page_h - margin, header)
        c.drawCentredString(page_w / 2, margin - 10, str(page))

    def advance(step):
        """Moves down one line; a new column or page when the column is full."""
        if state["y"] - step < bottom:
            state["col"] += 1
            state["y"] = top
            step = leading
            if state["col"] == 2:
                c.showPage()
                state["page"] += 1
                state["col"] = 0
                furniture()
        state["y"] -= step

    def last_in_column():
        return state["y"] - 2 * leading < bottom

    furniture()
    for n, p in enumerate(paras):
        font, fsize = ("Helvetica-Bold", 13) if n == 0 else ("Helvetica", size)
        measure = lambda s: stringWidth(s, font, fsize) <= col_w
        words = p.split()
        first = True
        while words:
            # As many words as fit; the next one hyphenated where a piece fits,
            # except on a column's last line (no word runs across columns or pages).
            line = words.pop(0)
            while words and measure(line + " " + words[0]):
                line += " " + words.pop(0)
            if words and n > 0 and not last_in_column():
                piece = split_word(words[0], lambda q: measure(line + " " + q))
                if piece:
                    line += " " + piece[0]
                    words[0] = piece[1]
            advance(leading + (7 if first and state["y"] < top else 0))
            first = False
            c.setFont(font, fsize)
            c.drawString(margin + state["col"] * (col_w + gutter), state["y"], line)
    c.showPage()
    c.save()


def make_html(paras, out):
    e = html.escape
    body = []
    title = paras[0]
    for p in paras[1:]:
        text = e(p, quote=False).replace("’", "&rsquo;").replace("é", "&eacute;")
        text = text.replace(" — ", " &mdash; ").replace("  ", " &nbsp;")
        body.append("      <p>" + text + "</p>")
    page = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{e(title)} | Policy Review</title>",
        "  <style>p { margin: 0 0 1em; } nav a { padding: 4px; }</style>",
        '  <script>window.dataLayer = [{"page": "essay"}]; function track(e) { return e < 3; }</script>',
        "</head>",
        "<body>",
        '  <header><a href="/">Policy Review</a> <span>Analysis that matters.</span></header>',
        '  <nav><ul><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li>'
        '<li><a href="/subscribe">Subscribe now</a></li></ul></nav>',
        "  <main>",
        "    <article>",
        f"      <h1>{e(title)}</h1>",
        *body,
        "    </article>",
        "    <aside><h2>Most read</h2><p>Ten things you missed this week.</p></aside>",
        "  </main>",
        "  <footer><p>Copyright 2025 Policy Review. All rights reserved.</p></footer>",
        '  <script src="/analytics.js"></script>',
        "</body>",
        "</html>",
    ]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(page) + "\n")


def make_markdown(paras, out):
    lines = ["---", f'title: "{paras[0]}"', "tags: [policy, test]", "---", "", f"# {paras[0]}", ""]
    body = paras[1:]
    for n, p in enumerate(body):
        if n == 1:
            lines += ["```", "claimlens hedges essay.md   # a code block is not prose", "```", ""]
        # The first word in emphasis, the second sentence's start in bold.
        words = p.split(" ")
        if len(words) > 3 and words[0].isalpha():
            words[0] = "*" + words[0] + "*"
        p = " ".join(words)
        if n % 4 == 2:  # a paragraph as a list item, wrapped
            first, *rest = wrap(p, 70, lambda s, w: len(s) <= w, False)
            lines.append("- " + first)
            lines += ["  " + r for r in rest]
            lines.append("")
            continue
        lines += wrap(p, 76, lambda s, w: len(s) <= w, False)
        lines.append("")
    lines += ["    indented code is skipped too", ""]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def make_wrapped(paras, out):
    lines = [paras[0], ""]
    annex = max(2, len(paras) // 4)
    body, tail = paras[1:-annex], paras[-annex:]
    for p in body:
        lines += wrap(p, 72, lambda s, w: len(s) <= w) + [""]
    lines += ["Annex", ""]
    for p in tail:
        lines += wrap(p, 40, lambda s, w: len(s) <= w) + [""]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def make_cp1252(paras, out):
    with open(out, "wb") as f:
        f.write("\n".join(paras).encode("cp1252") + b"\n")


def main():
    kind, essay, out = sys.argv[1:4]
    paras = paragraphs(essay)
    {"pdf": make_pdf, "html": make_html, "markdown": make_markdown, "wrapped": make_wrapped,
     "cp1252": make_cp1252}[kind](paras, out)


if __name__ == "__main__":
    main()
