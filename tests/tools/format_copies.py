#!/usr/bin/env python3
"""Score clausescan on other formats of the labelled blind sets.

usage: format_copies.py [--bin CLAUSESCAN] [--out DIR] [--sets tests/blind5 ...]
                        [--labels us_transfer,scc,...]

The blind sets (tests/blind*) are text and Markdown. This script writes
copies of them in the formats a legal share holds, with the tools that
write such files, and runs `clausescan eval` on each copy against the same
labels, next to the score of the originals:

  lo-docx, lo-odt, lo-rtf, lo-doc, lo-html, lo-pdf
      every document opened as plain text by LibreOffice (soffice
      --headless) and saved in that format: one paragraph a line, columns
      typed with spaces kept as spaces;
  pandoc-docx, pandoc-odt, pandoc-rtf, pandoc-html, pandoc-pdf
      the Markdown documents only, converted by pandoc (headings, lists and
      real tables), pandoc-pdf being LibreOffice's PDF of the pandoc DOCX.

A copy should score as its original; where it does not, the format's
reader loses or adds something. Needs `soffice` (Debian:
libreoffice-writer-nogui) and `pandoc`; a family whose tool is missing is
skipped with a message. The copies are kept in --out (default
target/format-copies) to be read with `clausescan scan`.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LO_FILTERS = {
    "docx": "docx:MS Word 2007 XML",
    "odt": "odt",
    "rtf": "rtf",
    "doc": "doc:MS Word 97",
    "html": "html:XHTML Writer File:UTF8",
    "pdf": "pdf:writer_pdf_Export",
}


def soffice(args: list[str]) -> None:
    subprocess.run(["soffice", "--headless", *args], check=True, capture_output=True)


def lo_copies(src: Path, out: Path, labels: list[dict]) -> None:
    """Every labelled document, read by LibreOffice as UTF-8 text."""
    with tempfile.TemporaryDirectory() as tmp:
        by_dir: dict[str, list[str]] = {}
        for r in labels:
            rel = Path(r["file"])
            t = Path(tmp) / rel.parent / (rel.stem + ".txt")
            t.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src / rel, t)
            by_dir.setdefault(str(rel.parent), []).append(str(t))
        for fmt, flt in LO_FILTERS.items():
            d = out / f"lo-{fmt}"
            for sub, files in by_dir.items():
                (d / sub).mkdir(parents=True, exist_ok=True)
                soffice(["--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", flt,
                         "--outdir", str(d / sub), *files])
            write_labels(d, labels, fmt)


def pandoc_copies(src: Path, out: Path, labels: list[dict]) -> None:
    """The Markdown documents, converted by pandoc; PDF from the DOCX."""
    md = [r for r in labels if r["file"].endswith(".md")]
    for fmt in ["docx", "odt", "rtf", "html"]:
        d = out / f"pandoc-{fmt}"
        for r in md:
            rel = Path(r["file"])
            o = d / rel.parent / (rel.stem + "." + fmt)
            o.parent.mkdir(parents=True, exist_ok=True)
            args = ["pandoc", "-f", "markdown", str(src / rel), "-o", str(o)]
            if fmt in ("html", "rtf"):
                args += ["-s", "--metadata", "title=" + rel.stem]
            subprocess.run(args, check=True, capture_output=True)
        write_labels(d, md, fmt)
    if shutil.which("soffice"):
        d = out / "pandoc-pdf"
        for sub in sorted({str(Path(r["file"]).parent) for r in md}):
            (d / sub).mkdir(parents=True, exist_ok=True)
            files = sorted(str(p) for p in (out / "pandoc-docx" / sub).glob("*.docx"))
            soffice(["--convert-to", "pdf", "--outdir", str(d / sub), *files])
        write_labels(d, md, "pdf")


def write_labels(d: Path, labels: list[dict], ext: str) -> None:
    recs = []
    for r in labels:
        rel = Path(r["file"])
        recs.append(dict(r, file=str(rel.parent / (rel.stem + "." + ext))))
    (d / "labels.json").write_text(json.dumps(recs, ensure_ascii=False, indent=1))


def score(binary: str, labels: Path, root: Path, only: set[str]) -> dict[str, str]:
    """label -> 'tp/fp/fn' from `clausescan eval`."""
    out = subprocess.run([binary, "eval", "--labels", str(labels), str(root)],
                         capture_output=True, text=True).stdout
    res = {}
    for line in out.splitlines()[2:]:
        f = line.split()
        if len(f) == 7 and f[1].isdigit() and (not only or f[0] in only):
            res[f[0]] = f"{f[1]}/{f[2]}/{f[3]}"
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "clausescan"))
    ap.add_argument("--out", type=Path, default=ROOT / "target" / "format-copies")
    ap.add_argument("--sets", nargs="*", type=Path,
                    default=sorted(p for p in (ROOT / "tests").glob("blind*") if p.is_dir()))
    ap.add_argument("--labels", default="us_transfer,us_entity,scc,dpf,privacy_shield,"
                    "governing_law,government_access",
                    help="comma-separated labels to show (empty: all)")
    a = ap.parse_args()
    only = set(filter(None, a.labels.split(",")))
    families = []
    if shutil.which("soffice"):
        families.append("lo")
    else:
        print("soffice missing: LibreOffice copies skipped (Debian: libreoffice-writer-nogui)",
              file=sys.stderr)
    if shutil.which("pandoc"):
        families.append("pandoc")
    else:
        print("pandoc missing: pandoc copies skipped", file=sys.stderr)
    if not families:
        return 1
    print("tp/fp/fn per label; 'text' is the original set, then each copy")
    for src in a.sets:
        src = src.resolve()
        labels = json.loads((src / "labels.json").read_text())
        out = a.out / src.name
        shutil.rmtree(out, ignore_errors=True)
        if "lo" in families:
            lo_copies(src, out, labels)
        if "pandoc" in families:
            pandoc_copies(src, out, labels)
        rows = [("text", score(a.bin, src / "labels.json", src, only))]
        # The Markdown documents alone, as the pandoc copies hold.
        if "pandoc" in families:
            md = [r for r in labels if r["file"].endswith(".md")]
            with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
                json.dump(md, f)
            rows.append(("text (.md only)", score(a.bin, Path(f.name), src, only)))
            Path(f.name).unlink()
        for d in sorted(p for p in out.iterdir() if p.is_dir()):
            rows.append((d.name, score(a.bin, d / "labels.json", d, only)))
        names = sorted({k for _, r in rows for k in r}, key=lambda k: (k not in only, k))
        print(f"\n{src.relative_to(ROOT) if src.is_relative_to(ROOT) else src}")
        print(f"{'copy':<16}" + "".join(f"{n[:17]:>18}" for n in names))
        for name, r in rows:
            print(f"{name:<16}" + "".join(f"{r.get(n, '-'):>18}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
