#!/usr/bin/env python3
"""Convert spreadsheet, slide-deck and e-mail sources into the files a
legal share holds besides contracts.

Used to make the documents of tests/blind11 from the sources its writers
wrote (see tests/blind11/BRIEF.md for the source formats):

    python3 tests/tools/share2office.py SRC_DIR OUT_DIR

- `<name>.json` (sheets of rows of cell strings) becomes, in turn (one
  count per kind across the language folders, sorted), .xlsx, .ods or
  .xls. (Not .csv: an export holds one sheet, and the writers' workbooks
  have two or three.) The .xlsx is written by openpyxl (long cells
  wrapped, first row bold); LibreOffice converts it into .ods and .xls.
- `<name>.md` (slides separated by `---` lines, `# Title`, bullets, one
  pipe table, `Notes:` for speaker notes) becomes, in turn, .pptx, .odp or
  .ppt. The .pptx is written by python-pptx (title, a text box of bullets
  and paragraphs, a table shape, notes page); LibreOffice converts it.
- `<name>.eml.txt` (header lines, an empty line, a plain-text body) becomes
  `<name>.eml` in one of five encodings in turn: UTF-8 quoted-printable,
  UTF-8 base64, multipart/alternative (plain and HTML), HTML alone, and
  ISO-8859-1 (or Windows-1252, or UTF-8 8bit when neither can hold the
  text).

Needs openpyxl, python-pptx and LibreOffice (`soffice`, with Calc and
Impress). Not run by the tests: its output is committed.
"""

import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from email import policy
from email.message import EmailMessage

import openpyxl
from openpyxl.styles import Alignment, Font
from pptx import Presentation
from pptx.util import Inches, Pt

SHEET_FORMATS = ["xlsx", "ods", "xls"]
DECK_FORMATS = ["pptx", "odp", "ppt"]
MAIL_KINDS = ["qp", "base64", "alternative", "html", "latin"]
LO_FILTERS = {"xls": "xls:MS Excel 97", "ppt": "ppt:MS PowerPoint 97", "ods": "ods", "odp": "odp"}


def soffice(src, fmt, target):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", LO_FILTERS[fmt], "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL)
        stem = os.path.splitext(os.path.basename(src))[0]
        shutil.copy(os.path.join(tmp, stem + "." + fmt), target)


def sheet_title(name, used):
    title = re.sub(r"[\[\]:*?/\\]", " ", name).strip()[:31] or "Sheet"
    base, n = title, 2
    while title in used:
        title = f"{base[:28]} {n}"
        n += 1
    used.add(title)
    return title


def write_xlsx(book, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    used = set()
    for sheet in book["sheets"]:
        ws = wb.create_sheet(sheet_title(sheet.get("name", "Sheet"), used))
        widths = {}
        for r, row in enumerate(sheet["rows"], start=1):
            for c, value in enumerate(row, start=1):
                if value in ("", None):
                    continue
                cell = ws.cell(row=r, column=c, value=str(value))
                if r == 1:
                    cell.font = Font(bold=True)
                if len(str(value)) > 40:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                widths[c] = max(widths.get(c, 10), min(len(str(value)), 60))
        for c, w in widths.items():
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = w
    wb.save(path)


def convert(target_stem, fmt, native, write):
    """Write the file in its `native` format with `write(path)`, and
    convert it into `fmt` with LibreOffice when that is another."""
    target = target_stem + "." + fmt
    with tempfile.TemporaryDirectory() as tmp:
        first = os.path.join(tmp, os.path.basename(target_stem) + "." + native)
        write(first)
        if fmt == native:
            shutil.copy(first, target)
        else:
            soffice(first, fmt, target)
    return target


def parse_deck(text):
    slides = []
    for chunk in re.split(r"(?m)^---[ \t]*$", text):
        lines = chunk.strip("\n").splitlines()
        if not any(line.strip() for line in lines):
            continue
        title, body, table, notes, in_notes = "", [], [], [], False
        for line in lines:
            if in_notes:
                notes.append(line)
            elif line.strip() == "Notes:" or line.startswith("Notes:"):
                in_notes = True
                rest = line[len("Notes:"):].strip()
                if rest:
                    notes.append(rest)
            elif line.startswith("# ") and not title:
                title = line[2:].strip()
            elif line.strip().startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                    table.append(cells)
            else:
                body.append(line)
        slides.append((title, body, table, "\n".join(notes).strip()))
    return slides


def write_pptx(text, path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    layout = prs.slide_layouts[5]  # title only
    for title, body, table, notes in parse_deck(text):
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = title
        top = Inches(1.5)
        paras = [line for line in body if line.strip()]
        if paras:
            height = Inches(min(0.45 * len(paras) + 0.3, 5.5 if not table else 2.6))
            box = slide.shapes.add_textbox(Inches(0.6), top, Inches(12.1), height)
            tf = box.text_frame
            tf.word_wrap = True
            for i, line in enumerate(paras):
                p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                stripped = line.lstrip()
                level = min((len(line) - len(stripped)) // 2, 4)
                if stripped.startswith(("- ", "* ")):
                    stripped = "\u2022 " + stripped[2:]
                p.text = stripped.replace("**", "")
                p.level = level
                p.font.size = Pt(18)
            top = top + height + Inches(0.2)
        if table:
            cols = max(len(r) for r in table)
            shape = slide.shapes.add_table(len(table), cols, Inches(0.6), top, Inches(12.1),
                                           Inches(0.4 * len(table)))
            for r, row in enumerate(table):
                for c in range(cols):
                    cell = shape.table.cell(r, c)
                    cell.text = row[c].replace("**", "") if c < len(row) else ""
                    for p in cell.text_frame.paragraphs:
                        p.font.size = Pt(12)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    prs.save(path)


def body_html(body):
    out, quote = [], []

    def flush_quote():
        if quote:
            out.append("<blockquote>" + "<br>\n".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()

    for para in re.split(r"\n\s*\n", body.strip("\n")):
        lines = para.splitlines()
        if all(line.startswith(">") for line in lines):
            quote.extend(line[1:].lstrip() for line in lines)
            continue
        flush_quote()
        out.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    flush_quote()
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial\">\n" + "\n".join(out) + "\n</body></html>\n")


def convert_mail(src, target_stem, kind):
    raw = open(src, encoding="utf-8").read().replace("\r\n", "\n")
    head, _, body = raw.partition("\n\n")
    headers = []
    for line in head.splitlines():
        if line[:1] in (" ", "\t") and headers:
            headers[-1] = (headers[-1][0], headers[-1][1] + " " + line.strip())
        elif ":" in line:
            k, _, v = line.partition(":")
            headers.append((k.strip(), v.strip()))
    msg = EmailMessage(policy=policy.default)
    if kind == "alternative":
        msg.set_content(body, charset="utf-8", cte="8bit")
        msg.add_alternative(body_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        if kind == "html":
            msg.set_content(body_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
        elif kind == "latin":
            for charset in ("iso-8859-1", "cp1252", None):
                try:
                    if charset:
                        body.encode(charset)
                    break
                except UnicodeEncodeError:
                    continue
            if charset:
                msg.set_content(body.encode(charset), maintype="text", subtype="plain",
                                cte="quoted-printable", params={"charset": charset})
            else:
                msg.set_content(body, charset="utf-8", cte="8bit")
        else:
            msg.set_content(body, charset="utf-8", cte="quoted-printable" if kind == "qp" else "base64")
    for k, v in headers:
        msg[k] = v
    target = target_stem + ".eml"
    with open(target, "wb") as f:
        f.write(msg.as_bytes())
    return target


def main():
    src, out = sys.argv[1:]
    # One count per kind across the languages, so that every format gets
    # documents in several languages.
    n_sheet = n_deck = n_mail = 0
    for lang in sorted(os.listdir(src)):
        folder = os.path.join(src, lang)
        names = sorted(os.listdir(folder))
        os.makedirs(os.path.join(out, lang), exist_ok=True)
        sheets = [n for n in names if n.endswith(".json")]
        decks = [n for n in names if n.endswith(".md")]
        mails = [n for n in names if n.endswith(".eml.txt")]
        for name in sheets:
            book = json.load(open(os.path.join(folder, name), encoding="utf-8"))
            fmt = SHEET_FORMATS[n_sheet % len(SHEET_FORMATS)]
            n_sheet += 1
            print(convert(os.path.join(out, lang, name[:-5]), fmt, "xlsx",
                          lambda path, book=book: write_xlsx(book, path)))
        for name in decks:
            fmt = DECK_FORMATS[n_deck % len(DECK_FORMATS)]
            n_deck += 1
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            print(convert(os.path.join(out, lang, name[:-3]), fmt, "pptx",
                          lambda path, text=text: write_pptx(text, path)))
        for name in mails:
            kind = MAIL_KINDS[n_mail % len(MAIL_KINDS)]
            n_mail += 1
            print(convert_mail(os.path.join(folder, name), os.path.join(out, lang, name[:-8]), kind))


if __name__ == "__main__":
    main()
