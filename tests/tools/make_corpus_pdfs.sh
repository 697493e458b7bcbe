#!/usr/bin/env bash
# Regenerate every corpus PDF and RTF document from its text source.
#
#   tests/fixtures/pdf-src/<lang>_<name>.txt  ->  corpus/<lang>/<name>.pdf
#   tests/fixtures/rtf-src/<lang>_<name>.txt  ->  corpus/<lang>/<name>.rtf
#
# The language is the part of the file name before the first underscore.
# txt2pdf.py and txt2rtf.py are deterministic: rerunning this script on
# unchanged sources leaves the committed files byte-identical
# (check_labels.py verifies this).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
for ext in pdf rtf; do
    count=0
    for src in "$root/tests/fixtures/$ext-src"/*.txt; do
        [ -e "$src" ] || continue
        base="$(basename "$src" .txt)"
        lang="${base%%_*}"
        name="${base#*_}"
        out="$root/corpus/$lang/$name.$ext"
        mkdir -p "$(dirname "$out")"
        python3 "$root/tests/tools/txt2$ext.py" "$src" "$out"
        echo "wrote corpus/$lang/$name.$ext"
        count=$((count + 1))
    done
    echo "$count $ext file(s) generated"
done
