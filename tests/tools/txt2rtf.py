#!/usr/bin/env python3
"""Write a UTF-8 text file as RTF the way word processors do (standard
library only, deterministic).

Usage: python3 tests/tools/txt2rtf.py SRC.txt OUT.rtf

Each line becomes a paragraph (`\\par`); characters of Windows-1252 below
U+0100 are written as `\\'hh`, other Windows-1252 characters (dashes,
typographic quotes) as `\\uN` followed by their `\\'hh` fallback, and a
font table and a `\\*\\generator` group come first, as in real files.
"""

import sys


def build_rtf(text):
    out = [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}"
        "{\\*\\generator clausescan corpus;}\\f0\\fs22\\pard "
    ]
    for line in text.rstrip("\n").split("\n"):
        s = []
        for c in line:
            if c in "\\{}":
                s.append("\\" + c)
            elif ord(c) < 128:
                s.append(c)
            elif ord(c) < 256:
                s.append("\\'%02x" % ord(c))
            else:
                fallback = c.encode("cp1252")  # raises on characters RTF files here never hold
                s.append("\\u%d\\'%02x" % (ord(c), fallback[0]))
        out.append("".join(s) + "\\par\n")
    out.append("}\n")
    return "".join(out).encode("ascii")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as fh:
        text = fh.read()
    with open(argv[2], "wb") as fh:
        fh.write(build_rtf(text))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
