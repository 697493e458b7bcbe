#!/bin/sh
# Writes the Word 97-2003 (.doc) test fixtures with LibreOffice, a writer
# independent of clausescan's .doc reader (Debian: apt-get install
# libreoffice-writer-nogui). The .doc files are committed, so the tests do
# not need LibreOffice; run this only to change them.
#
#   tests/fixtures/doc-src/*.fodt  ->  tests/fixtures/doc/*.doc
#   the paragraphs of tests/formats.rs  ->  tests/fixtures/doc/formats_contract.doc
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
