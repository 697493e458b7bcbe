#!/bin/sh
# Writes the office test fixtures with LibreOffice, a writer independent of
# clausescan's readers (Debian: apt-get install libreoffice-writer-nogui
# libreoffice-calc-nogui libreoffice-impress-nogui). The files are
# committed, so the tests do not need LibreOffice; run this only to change
# them.
#
#   tests/fixtures/doc-src/*.fodt  ->  tests/fixtures/doc/*.doc
#   the paragraphs of tests/formats.rs  ->  tests/fixtures/doc/formats_contract.doc
#   tests/fixtures/office-src/*.fods  ->  tests/fixtures/office/*.xlsx, *.ods, *.xls
#   tests/fixtures/office-src/*.fodp  ->  tests/fixtures/office/*.pptx, *.odp, *.ppt
set -eu
cd "$(dirname "$0")/../.."
out=tests/fixtures/doc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in tests/fixtures/doc-src/*.fodt; do
    soffice --headless -env:UserInstallation=file://"$tmp"/profile \
        --convert-to 'doc:MS Word 97' --outdir "$out" "$src"
done
# The six paragraphs of tests/formats.rs, one paragraph each, blank lines
# between (as the plain-text variant of that test).
python3 - "$tmp/formats_contract.txt" <<'PY'
import re, sys
src = open("tests/formats.rs", encoding="utf-8").read()
block = src[src.index("const PARAGRAPHS"):]
block = block[:block.index("];")]
paras = re.findall(r'"((?:[^"\\]|\\.)*)"', block)
open(sys.argv[1], "w", encoding="utf-8").write("\n\n".join(paras) + "\n")
PY
soffice --headless -env:UserInstallation=file://"$tmp"/profile \
    --infilter='Text (encoded):UTF8,LF,,,' \
    --convert-to 'doc:MS Word 97' --outdir "$out" "$tmp/formats_contract.txt"
ls -l "$out"
office=tests/fixtures/office
for src in tests/fixtures/office-src/*.fods; do
    for to in 'xlsx:Calc MS Excel 2007 XML' ods 'xls:MS Excel 97'; do
        soffice --headless -env:UserInstallation=file://"$tmp"/profile \
            --convert-to "$to" --outdir "$office" "$src"
    done
done
for src in tests/fixtures/office-src/*.fodp; do
    for to in 'pptx:Impress MS PowerPoint 2007 XML' odp 'ppt:MS PowerPoint 97'; do
        soffice --headless -env:UserInstallation=file://"$tmp"/profile \
            --convert-to "$to" --outdir "$office" "$src"
    done
done
ls -l "$office"
