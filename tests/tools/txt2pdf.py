#!/usr/bin/env python3
"""Write a small, valid PDF from a UTF-8 text file (no dependencies).

Usage: txt2pdf.py SRC.txt OUT.pdf

- One PDF page per form-feed (\\f) separated page of the source; a page that
  does not fit on one A4 sheet continues on a new PDF page.
- Lines longer than WRAP characters are word-wrapped.
- Text is set in the base-14 Helvetica font with /WinAnsiEncoding, so the
  Latin-1 accents of French, German, Spanish, Italian and Dutch plus the
  typographic quotes of cp1252 (’ “ ” « » – — €) are shown and extracted
  correctly. Characters outside cp1252 become "?".
- The output is deterministic (no dates, no random ids), so a regenerated PDF
  is byte-identical to the committed one.
"""

import sys

WRAP = 90  # characters per line
PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN_X, TOP_Y, BOTTOM_Y = 50, 800, 50
FONT_SIZE, LEADING = 10, 13
LINES_PER_PAGE = (TOP_Y - BOTTOM_Y) // LEADING + 1

# Characters that cp1252 lacks but that have an obvious stand-in.
SUBSTITUTES = {
    "\u202f": "\u00a0",  # narrow no-break space -> no-break space
    "\u2009": " ",  # thin space
    "\u2011": "-",  # non-breaking hyphen
    "\u2212": "-",  # minus sign
    "\t": "    ",
}


def wrap_line(line, width=WRAP):
    """Word-wrap one logical line into chunks of at most `width` characters."""
    if len(line) <= width:
        return [line]
    out = []
    rest = line
    while len(rest) > width:
        cut = rest.rfind(" ", 0, width + 1)
        if cut <= 0:  # one long word: hard break
            out.append(rest[:width])
            rest = rest[width:]
        else:
            out.append(rest[:cut])
            rest = rest[cut + 1 :]
    out.append(rest)
    return out


def layout(text):
    """Return a list of PDF pages, each a list of display lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = []
    for src_page in text.split("\f"):
        lines = src_page.split("\n")
        # a page break usually sits on its own line: drop the empty edges
        while lines and lines[0] == "":
            lines.pop(0)
        while lines and lines[-1] == "":
            lines.pop()
        display = []
        for line in lines:
            display.extend(wrap_line(line.rstrip()))
        if not display:
            display = [""]
        for i in range(0, len(display), LINES_PER_PAGE):
            pages.append(display[i : i + LINES_PER_PAGE])
    return pages


def pdf_string(s):
    """Encode a text line as a PDF literal string in WinAnsiEncoding."""
    for k, v in SUBSTITUTES.items():
        s = s.replace(k, v)
    raw = s.encode("cp1252", errors="replace")
    out = bytearray(b"(")
    for b in raw:
        if b in (0x28, 0x29, 0x5C):  # ( ) \
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    out += b")"
    return bytes(out)


def content_stream(lines):
    parts = [
        b"BT",
        b"/F1 %d Tf" % FONT_SIZE,
        b"%d TL" % LEADING,
        b"%d %d Td" % (MARGIN_X, TOP_Y),
    ]
    for line in lines:
        if line:
            parts.append(pdf_string(line) + b" Tj")
        parts.append(b"T*")
    parts.append(b"ET")
    return b"\n".join(parts) + b"\n"


def build_pdf(text, title=None):
    pages = layout(text)
    n = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font, 4 info,
    # then per page: page object, content object
    objects = {}
    kids = []
    for i, lines in enumerate(pages):
        page_no = 5 + 2 * i
        cont_no = page_no + 1
        kids.append(page_no)
        stream = content_stream(lines)
        objects[cont_no] = (
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        )
        objects[page_no] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % (PAGE_W, PAGE_H, cont_no)
        )
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        n,
    )
    objects[3] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>"
    )
    info = b"<< /Producer (clausescan tests/tools/txt2pdf.py)"
    if title:
        info += b" /Title " + pdf_string(title)
    info += b" >>"
    objects[4] = info

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    size = 5 + 2 * n
    offsets = [0] * size
    for num in range(1, size):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\n" % size
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:120]
    return None


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: txt2pdf.py SRC.txt OUT.pdf\n")
        return 2
    with open(argv[1], encoding="utf-8") as fh:
        text = fh.read()
    data = build_pdf(text, title=first_line(text))
    with open(argv[2], "wb") as fh:
        fh.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
