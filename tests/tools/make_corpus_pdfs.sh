#!/usr/bin/env bash
# Regenerate every corpus PDF and RTF document from its text source.
#
#   tests/fixtures/pdf-src/<lang>_<name>.txt  ->  corpus/<lang>/<name>.pdf
#   tests/fixtures/rtf-src/<lang>_<name>.txt  ->  corpus/<lang>/<name>.rtf
#
# The language is the part of the file name before the first underscore.
# txt2pdf.py and txt2rtf.py are deterministic: rerunning this script on unchanged sources
# leaves the committed PDFs byte-identical (check_labels.py verifies this).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
src_dir="$root/tests/fixtures/pdf-src"
count=0
for src in "$src_dir"/*.txt; do
    [ -e "$src" ] || continue
    base="$(basename "$src" .txt)"
    lang="${base%%_*}"
    name="${base#*_}"
    out="$root/corpus/$lang/$name.pdf"
    mkdir -p "$(dirname "$out")"
    python3 "$root/tests/tools/txt2pdf.py" "$src" "$out"
    echo "wrote corpus/$lang/$name.pdf"
    count=$((count + 1))
done
echo "$count PDF(s) generated"
count=0
for src in "$root/tests/fixtures/rtf-src"/*.txt; do
    [ -e "$src" ] || continue
    base="$(basename "$src" .txt)"
    lang="${base%%_*}"
    name="${base#*_}"
    python3 "$root/tests/tools/txt2rtf.py" "$src" "$root/corpus/$lang/$name.rtf"
    echo "wrote corpus/$lang/$name.rtf"
    count=$((count + 1))
done
echo "$count RTF document(s) generated"
