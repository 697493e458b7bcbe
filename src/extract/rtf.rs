//! RTF through the rtf-parser-tt crate, which decodes `\'hh` escapes in the
//! document's code page, `\uN` Unicode escapes and raw 8-bit text, and
//! leaves out font tables, style sheets and other destinations. A panic in
//! the parser is contained and becomes an `error` record.
//!
//! A table's cells are separated by tabs and its rows end lines (the
//! crate's `\cell` and `\row`). A cell whose paragraph ends with `\par`
//! just before `\cell` (as pandoc and some other writers put it) would
//! otherwise end its line there, and a row would read as one cell a line:
//! that `\par` is dropped.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::bytes::Regex;
use rtf_parser_tt::document::RtfDocument;

use super::pdf::contain;
use super::{ExtractError, Extracted};
use crate::record::Status;

/// Extract the text of an RTF document.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    let bytes = cells_without_paragraph_ends(bytes);
    let doc = contain(|| RtfDocument::from_bytes(&bytes))
        .map_err(|m| ExtractError::new(Status::Error, format!("RTF extractor crashed: {m}")))?
        .map_err(|e| ExtractError::new(Status::Error, format!("invalid RTF: {e}")))?;
    Ok(Extracted {
        text: doc.get_text(),
        ..Extracted::default()
    })
}

/// `bytes` without the `\par` that ends a table cell's last paragraph
/// right before its `\cell` (closing braces may come between).
fn cells_without_paragraph_ends(bytes: &[u8]) -> Cow<'_, [u8]> {
    static PAR_CELL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\\par\b ?((?:[ \r\n]*\})*[ \r\n]*)\\(cell|nestcell)\b").expect("valid regex")
    });
    if memchr::memmem::find(bytes, b"cell").is_none() {
        return Cow::Borrowed(bytes);
    }
    PAR_CELL.replace_all(bytes, &b"${1}\\${2}"[..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_code_pages_are_decoded() {
        // `\uN` is followed by one fallback character (`\uc1`), skipped.
        let rtf = br"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Helvetica;}}{\*\generator Msftedit;}\f0\pard Le pr\'e9sent contrat est r\'e9gi par le droit des \u8220\'93\u201?tats-Unis\u8221\'94.\par {\b Donn\'e9es}\tab h\'e9berg\'e9es.\par}";
        let text = extract(rtf).unwrap().text;
        assert_eq!(
            text,
            "Le présent contrat est régi par le droit des \u{201c}États-Unis\u{201d}.\nDonnées\thébergées.\n"
        );
        assert!(!text.contains("Helvetica") && !text.contains("Msftedit"));
    }

    #[test]
    fn table_cells_are_separated_by_tabs_and_rows_end_lines() {
        // Each cell a paragraph ended by `\par` (as pandoc writes them), then
        // cells as Word writes them (no `\par`), then a cell of two paragraphs.
        let rtf = br"{\rtf1\ansi {\trowd\cellx2000\cellx4000\cellx6000 {\pard\intbl Mailbeam LLC\par}\cell {\pard\intbl E-mail\par}
\cell {\pard\intbl USA (Oregon)\par}
\cell}\row}
{\trowd\cellx2000\cellx4000 \pard\intbl Nordhost SAS\cell Hosting\cell\row}
{\trowd\cellx2000\cellx4000 \pard\intbl Acme\par Inc.\cell Roubaix\cell\row}
\pard Fin du tableau.\par Paragraphe suivant.\par}";
        assert_eq!(
            extract(rtf).unwrap().text,
            "Mailbeam LLC\tE-mail\tUSA (Oregon)\nNordhost SAS\tHosting\nAcme\nInc.\tRoubaix\nFin du tableau.\nParagraphe suivant.\n"
        );
    }

    #[test]
    fn raw_windows_1252_bytes_are_read() {
        let rtf = b"{\\rtf1\\ansi\\ansicpg1252 \xc9tats-Unis\\par}";
        assert_eq!(extract(rtf).unwrap().text, "États-Unis\n");
    }

    #[test]
    fn broken_rtf_is_an_error_not_a_panic() {
        for bad in [
            &b"{\\rtf1 unbalanced {\\b text"[..],
            b"{\\rtf1\\'",
            b"{\\rtf1\\u99999999999?}",
        ] {
            assert_eq!(extract(bad).unwrap_err().status, Status::Error);
        }
    }
}
