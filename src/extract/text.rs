//! Plain text and Markdown.

use super::{ExtractError, Extracted};
use crate::record::Status;

/// Decode a text file: UTF-8 (with or without BOM), UTF-16 with a BOM;
/// other bytes are decoded lossily and the record says so.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    if looks_binary(bytes) {
        return Err(ExtractError::new(
            Status::Unsupported,
            "binary content (NUL or control bytes) in a file named as text",
        ));
    }
    let (text, encoding, lossy) = decode(bytes);
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

fn decode(bytes: &[u8]) -> (String, &'static str, bool) {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        let s = String::from_utf8_lossy(rest);
        let lossy = matches!(s, std::borrow::Cow::Owned(_));
        return (s.into_owned(), "UTF-8", lossy);
    }
    for (bom, le, name) in [
        (b"\xff\xfe", true, "UTF-16LE"),
        (b"\xfe\xff", false, "UTF-16BE"),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let units = rest.chunks(2).map(|c| {
                let pair = [c[0], *c.get(1).unwrap_or(&0)];
                if le {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            });
            let mut lossy = rest.len() % 2 == 1;
            let s: String = char::decode_utf16(units)
                .map(|r| {
                    r.unwrap_or_else(|_| {
                        lossy = true;
                        '\u{fffd}'
                    })
                })
                .collect();
            return (s, name, lossy);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), "UTF-8", false),
        Err(_) => (String::from_utf8_lossy(bytes).into_owned(), "UTF-8", true),
    }
}

/// NUL bytes (outside UTF-16 with a BOM) or many control characters in the
/// first 8 KiB.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    !head.is_empty() && control * 10 > head.len()
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
    fn invalid_utf8_is_lossy_not_fatal() {
        let e = extract(b"caf\xe9 Privacy Shield").unwrap();
        assert!(e.lossy);
        assert_eq!(e.text, "caf\u{fffd} Privacy Shield");
    }

    #[test]
    fn binary_is_refused() {
        let err = extract(b"\x7fELF\x02\x01\x01\0\0\0").unwrap_err();
        assert_eq!(err.status, Status::Unsupported);
    }
}
