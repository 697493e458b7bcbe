//! RTF through the rtf-parser-tt crate, which decodes `\'hh` escapes in the
//! document's code page, `\uN` Unicode escapes and raw 8-bit text, and
//! leaves out font tables, style sheets and other destinations. A panic in
//! the parser is contained and becomes an `error` record.

use rtf_parser_tt::document::RtfDocument;

use super::pdf::contain;
use super::{ExtractError, Extracted};
use crate::record::Status;

/// Extract the text of an RTF document.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    let doc = contain(|| RtfDocument::from_bytes(bytes))
        .map_err(|m| ExtractError::new(Status::Error, format!("RTF extractor crashed: {m}")))?
        .map_err(|e| ExtractError::new(Status::Error, format!("invalid RTF: {e}")))?;
    Ok(Extracted {
        text: doc.get_text(),
        ..Extracted::default()
    })
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
