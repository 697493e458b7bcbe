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
//!
//! Footnotes (`{\*\footnote ...}`, as LibreOffice and Word write them) are
//! an ignorable destination to the crate, and lawyers put the law chosen or
//! a sub-processor's seat in them: each is taken out of the running text
//! and read as a paragraph at the end of the document, where a PDF or a
//! DOCX puts its notes too.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::bytes::Regex;
use rtf_parser_tt::document::RtfDocument;

use super::pdf::contain;
use super::{ExtractError, Extracted};
use crate::record::Status;

/// Extract the text of an RTF document.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    let bytes = footnotes_at_end(bytes);
    let bytes = without_ignorable_groups(&bytes);
    let bytes = cells_without_paragraph_ends(&bytes);
    let doc = contain(|| RtfDocument::from_bytes(&bytes))
        .map_err(|m| ExtractError::new(Status::Error, format!("RTF extractor crashed: {m}")))?
        .map_err(|e| ExtractError::new(Status::Error, format!("invalid RTF: {e}")))?;
    // Struck-out runs (`\strike`) are the wording a redline deletes: only
    // their line and cell breaks are kept.
    let options = rtf_parser_tt::document::TextOptions::default();
    let mut text = String::new();
    for block in doc.body.iter().filter(|b| options.includes(b)) {
        if block.painter.strike {
            text.extend(block.text.chars().filter(|&c| c == '\n' || c == '\t'));
        } else {
            text.push_str(&block.text);
        }
    }
    Ok(Extracted {
        text,
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

/// `bytes` without the ignorable destinations (`{\*\bkmkstart ...}`,
/// `{\*\fldinst ...}`, `{\*\generator ...}`), which the parser skips but
/// which, right after a `\cell`, make it lose the tab between that cell and
/// the next ("...(sandbox)Ashburn, Virginia", where pandoc and LibreOffice
/// put a bookmark before a cell's text). Footnotes have lost their `\*` by
/// now ([`footnotes_at_end`]) and stay.
fn without_ignorable_groups(bytes: &[u8]) -> Cow<'_, [u8]> {
    let mut out: Vec<u8> = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(at) = memchr::memmem::find(&bytes[i..], b"{\\*\\").map(|k| k + i) {
        i = at + 1;
        // An escaped brace ("\{") opens no group.
        let backslashes = bytes[..at]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if backslashes % 2 == 1 || at < copied {
            continue;
        }
        let Some(close) = group_end(bytes, at) else {
            break;
        };
        out.extend_from_slice(&bytes[copied..at]);
        copied = close + 1;
        i = copied;
    }
    if copied == 0 {
        return Cow::Borrowed(bytes);
    }
    out.extend_from_slice(&bytes[copied..]);
    Cow::Owned(out)
}

/// `bytes` with each footnote group moved out of the text to the end of
/// the document, as a paragraph of its own, and without the `\*` that
/// would make the parser skip it.
fn footnotes_at_end(bytes: &[u8]) -> Cow<'_, [u8]> {
    if memchr::memmem::find(bytes, b"\\footnote").is_none() {
        return Cow::Borrowed(bytes);
    }
    let mut text = Vec::with_capacity(bytes.len());
    let mut notes = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(at) = memchr::memmem::find(&bytes[i..], b"\\footnote").map(|k| k + i) {
        i = at + 9;
        // The control word itself (not `\footnoteref`, say), opening a group.
        if bytes.get(at + 9).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let open = match bytes[..at].strip_suffix(b"\\*") {
            Some(head) => head.len(),
            None => at,
        };
        if open == 0 || bytes[open - 1] != b'{' || open - 1 < copied {
            continue;
        }
        let Some(close) = group_end(bytes, open - 1) else {
            break;
        };
        text.extend_from_slice(&bytes[copied..open - 1]);
        notes.extend_from_slice(b"\\par {");
        notes.extend_from_slice(&bytes[at + 9..close]);
        notes.extend_from_slice(b"}\\par ");
        copied = close + 1;
        i = copied;
    }
    if notes.is_empty() {
        return Cow::Borrowed(bytes);
    }
    text.extend_from_slice(&bytes[copied..]);
    // Before the document's closing brace.
    let end = text.iter().rposition(|&b| b == b'}').unwrap_or(text.len());
    text.splice(end..end, notes);
    Cow::Owned(text)
}

/// The index of the `}` that closes the group opened at `open`, skipping
/// escaped braces and backslashes.
fn group_end(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
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

    /// Struck-out runs are a redline's deleted wording: left out.
    #[test]
    fn struck_out_runs_are_left_out() {
        let rtf = br"{\rtf1\ansi Governed by the laws of {\strike the State of Delaware}France.\par Second {\strike gone\strike0 kept}.\par}";
        let text = extract(rtf).unwrap().text;
        assert_eq!(
            text.trim_end(),
            "Governed by the laws of France.\nSecond kept."
        );
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
    fn a_bookmark_before_a_cells_text_keeps_the_cells_apart() {
        // As pandoc writes a table cell whose text carries a heading's
        // bookmarks; and an escaped brace is text (the parser drops the `\*`).
        let rtf = br"{\rtf1\ansi {\*\generator pandoc;}\trowd\cellx1000\cellx2000 \pard\intbl Sandbox Corp.\cell\pard\plain \intbl{{\*\bkmkstart anchor}Ashburn, Virginia{\*\bkmkend anchor}}\cell\row
\pard Text \{\*\} here.\par}";
        assert_eq!(
            extract(rtf).unwrap().text,
            "Sandbox Corp.\tAshburn, Virginia\nText {} here.\n"
        );
    }

    #[test]
    fn footnotes_are_read_after_the_text() {
        // As LibreOffice writes a footnote: a `\chftn` mark (the crate
        // writes its number), then the note as an ignorable destination.
        let rtf = br"{\rtf1\ansi {\pard This Addendum is governed by the laws of New York.{\super \chftn{\*\footnote \chftn\pard\plain {
 }{Standard Contractual Clauses: Irish law \{see\}.}
}} It ends here.\par}
{\pard Next paragraph.\par}}";
        let text = extract(rtf).unwrap().text;
        assert_eq!(
            text,
            "This Addendum is governed by the laws of New York.1 It ends here.\nNext paragraph.\n\n 1 Standard Contractual Clauses: Irish law {see}.\n"
        );
        // A `\footnote` outside a group, or a longer control word, is left.
        for odd in [
            &br"{\rtf1 \footnote x\par}"[..],
            br"{\rtf1 {\footnotes x}\par}",
        ] {
            assert_eq!(footnotes_at_end(odd), Cow::Borrowed(odd));
        }
        // An unclosed note does not lose the text before it.
        assert!(footnotes_at_end(br"{\rtf1 Kept.{\*\footnote lost").starts_with(b"{\\rtf1 Kept."));
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
