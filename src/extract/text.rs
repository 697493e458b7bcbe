//! Plain text and Markdown.

use super::{ExtractError, Extracted};
use crate::record::Status;

/// Decode a text file: UTF-8 (with or without BOM), UTF-16 with a BOM;
/// other bytes are decoded lossily and the record says so.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    if super::encoding::looks_binary(bytes) {
        return Err(ExtractError::new(
            Status::Unsupported,
            "binary content (NUL or control bytes) in a file named as text",
        ));
    }
    let super::encoding::Decoded {
        text,
        encoding,
        lossy,
    } = super::encoding::decode_text(bytes);
    let mut warnings = Vec::new();
    if lossy {
        warnings.push(format!(
            "invalid {encoding} bytes were replaced by U+FFFD; text near them may be missed"
        ));
    }
    Ok(Extracted {
        text,
        encoding: Some(encoding.to_string()),
        lossy,
        warnings,
        ..Extracted::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_bom_and_utf16() {
        let e = extract("\u{feff}États-Unis".as_bytes()).unwrap();
        assert_eq!(e.text, "États-Unis");
        let mut b = vec![0xff, 0xfe];
        for u in "Zoë".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        let e = extract(&b).unwrap();
        assert_eq!(
            (e.text.as_str(), e.encoding.as_deref()),
            ("Zoë", Some("UTF-16LE"))
        );
    }

    #[test]
    fn legacy_encodings_are_detected() {
        let e = extract(b"R\xe9gi par le droit fran\xe7ais, \xc9tats-Unis").unwrap();
        assert!(!e.lossy);
        assert_eq!(e.text, "Régi par le droit français, États-Unis");
        assert_eq!(e.encoding.as_deref(), Some("windows-1252"));
    }

    #[test]
    fn nearly_utf8_is_lossy_not_fatal() {
        let mut b = "Clauses contractuelles types, États-Unis, données. "
            .repeat(20)
            .into_bytes();
        b.push(0xff);
        let e = extract(&b).unwrap();
        assert!(e.lossy);
        assert!(e.text.ends_with('\u{fffd}'));
    }

    #[test]
    fn binary_is_refused() {
        let err = extract(b"\x7fELF\x02\x01\x01\0\0\0").unwrap_err();
        assert_eq!(err.status, Status::Unsupported);
    }
}
