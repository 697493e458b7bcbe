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

/// Decode a CSV file as [`extract`] does, then write each record as one
/// line with its fields separated by tabs, as the spreadsheet readers do,
/// so that normalization knows its cells (a sub-processor list exported
/// from a spreadsheet: `Mailbeam LLC,E-mail,USA`). Semicolons separate the
/// fields when the first line has more of them than commas (the French and
/// German spreadsheet default). A file the CSV reader rejects is kept as
/// plain text.
pub fn extract_csv(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    let mut out = extract(bytes)?;
    if let Some(rows) = csv_rows(&out.text) {
        out.text = rows;
    }
    Ok(out)
}

fn csv_rows(text: &str) -> Option<String> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut out = String::with_capacity(text.len());
    for record in reader.records() {
        let record = record.ok()?;
        let cells: Vec<String> = record
            .iter()
            .map(|c| c.replace(['\t', '\n', '\r'], " ").trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        if !cells.is_empty() {
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
    }
    Some(out)
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

    #[test]
    fn csv_records_become_tab_separated_rows() {
        let e =
            extract_csv(b"Entity,Purpose,Country\nMailbeam LLC,\"E-mail, SMS\",USA\n\n").unwrap();
        assert_eq!(
            e.text,
            "Entity\tPurpose\tCountry\nMailbeam LLC\tE-mail, SMS\tUSA\n"
        );
        let e = extract_csv("Société;Pays\nAcme;États-Unis\n".as_bytes()).unwrap();
        assert_eq!(e.text, "Société\tPays\nAcme\tÉtats-Unis\n");
    }
}
