#!/usr/bin/env python3
"""Convert Markdown sources into the office formats a legal share holds.

Used to make the documents of tests/blind10 from the Markdown its writers
wrote: each source becomes one of .pdf, .docx, .odt, .rtf, .doc or .html,
chosen in turn (sorted by name within each language folder), so that every
format gets documents in every language.

    python3 tests/tools/md2office.py SRC_DIR OUT_DIR
    python3 tests/tools/md2office.py --columns SRC_DIR OUT_DIR

With --columns every source becomes a PDF set in two columns of justified
text (the .docx is given two columns and justified paragraphs before
LibreOffice converts it): a layout that tests how PDF text extraction
tells columns and stretched word spaces from table cells.

Needs pandoc, LibreOffice (`soffice`) and python-docx. The .docx is written
by pandoc, then given a page header (the document's first heading, or
"CONFIDENTIAL") and a "Page N of M" footer with Word fields; LibreOffice
converts that .docx into the other formats, so the PDFs have the page
furniture, real tables and footnotes at the foot of their pages that word
processors produce. The .html comes straight from pandoc (standalone page).

Not run by the tests: its output is committed.
"""

import os
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

FORMATS = ["pdf", "docx", "odt", "pdf", "rtf", "doc", "html"]


def add_field(paragraph, instr):
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)


def furnish(path, title):
    d = docx.Document(path)
    for section in d.sections:
        header = section.header.paragraphs[0]
        header.text = title
        footer = section.footer.paragraphs[0]
        footer.add_run("Page ")
        add_field(footer, "PAGE")
        footer.add_run(" of ")
        add_field(footer, "NUMPAGES")
    d.save(path)


def title_of(md):
    for line in open(md, encoding="utf-8"):
        if line.startswith("#"):
            return line.lstrip("#").strip()[:80]
    return "CONFIDENTIAL"


def two_columns(path):
    d = docx.Document(path)
    for section in d.sections:
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), "720")
        section._sectPr.append(cols)
    for p in d.paragraphs:
        p.paragraph_format.alignment = 3  # justified
    d.save(path)


def main():
    args = sys.argv[1:]
    columns = "--columns" in args
    src, out = [a for a in args if a != "--columns"]
    for lang in sorted(os.listdir(src)):
        names = sorted(n for n in os.listdir(os.path.join(src, lang)) if n.endswith(".md"))
        os.makedirs(os.path.join(out, lang), exist_ok=True)
        for i, name in enumerate(names):
            fmt = "pdf" if columns else FORMATS[i % len(FORMATS)]
            md = os.path.join(src, lang, name)
            stem = name[:-3]
            target = os.path.join(out, lang, stem + "." + fmt)
            if fmt == "html":
                subprocess.run(["pandoc", "-s", "--metadata", "title=" + title_of(md),
                                "-f", "markdown", "-o", target, md], check=True)
                continue
            with tempfile.TemporaryDirectory() as tmp:
                d = os.path.join(tmp, stem + ".docx")
                subprocess.run(["pandoc", "-f", "markdown", "-o", d, md], check=True)
                furnish(d, title_of(md))
                if columns:
                    two_columns(d)
                if fmt == "docx":
                    shutil.copy(d, target)
                    continue
                filt = {"doc": "doc:MS Word 97"}.get(fmt, fmt)
                subprocess.run(["soffice", "--headless", "--convert-to", filt, "--outdir", tmp, d],
                               check=True, stdout=subprocess.DEVNULL)
                shutil.copy(os.path.join(tmp, stem + "." + fmt), target)
            print(target)


if __name__ == "__main__":
    main()
