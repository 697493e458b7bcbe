//! PowerPoint 97-2003 presentations (`.ppt`), as [MS-PPT] describes them:
//! an OLE2 compound file (cfb crate) whose `PowerPoint Document` stream is a
//! tree of records (an 8-byte header: version and instance, type, length;
//! a container's data is its child records). The text of the slides and
//! notes is in TextCharsAtom (UTF-16LE) and TextBytesAtom (8-bit) records,
//! read here in stream order, one paragraph per line (PowerPoint separates
//! paragraphs with `\r`, lines with `\x0b`); the slide master's and the
//! handout's placeholder text is left out.
//!
//! Every length read from the file is checked; the container parser's
//! panics, if any, are contained.

use super::{ExtractError, Extracted};
use crate::record::Status;

const TEXT_CHARS_ATOM: u16 = 0x0FA0;
const TEXT_BYTES_ATOM: u16 = 0x0FA8;
/// The slide master and the handout: layout placeholders ("Click to edit
/// the title text format"), not the presentation's text.
const MAIN_MASTER: u16 = 0x03F8;
const HANDOUT: u16 = 0x0FC9;
/// Records nested deeper than this are not followed (real files nest a
/// few levels).
const MAX_DEPTH: usize = 32;

/// Extract the text of a `.ppt` presentation.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    super::contained_text(".ppt", || read(bytes))
}

fn damaged(what: impl std::fmt::Display) -> ExtractError {
    ExtractError::new(
        Status::Error,
        format!("damaged PowerPoint 97-2003 (.ppt) file: {what}"),
    )
}

fn read(bytes: &[u8]) -> Result<String, ExtractError> {
    let mut file = super::ole::open(bytes, "PowerPoint 97-2003 (.ppt) file")?;
    if file.is_stream("/EncryptedPackage") || file.is_stream("/EncryptedSummary") {
        return Err(ExtractError::new(
            Status::Encrypted,
            "password-protected PowerPoint presentation",
        ));
    }
    let doc = super::ole::read(&mut file, "/PowerPoint Document", bytes.len())
        .map_err(|why| damaged(format!("the PowerPoint Document stream {why}")))?;
    let mut out = String::new();
    records(&doc, 0, &mut out);
    Ok(out)
}

/// Append the text atoms among the records of `data` (and their children).
fn records(data: &[u8], depth: usize, out: &mut String) {
    let mut at = 0;
    while let Some(header) = data.get(at..at + 8) {
        let ver_instance = u16::from_le_bytes([header[0], header[1]]);
        let kind = u16::from_le_bytes([header[2], header[3]]);
        let len = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
        // A record longer than what is left is cut to it.
        let body = &data[at + 8..(at + 8).saturating_add(len).min(data.len())];
        match kind {
            TEXT_CHARS_ATOM => {
                let units = body
                    .chunks_exact(2)
                    .map(|u| u16::from_le_bytes([u[0], u[1]]));
                let text: String = char::decode_utf16(units)
                    .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect();
                push_text(out, &text);
            }
            TEXT_BYTES_ATOM => {
                // (The spec's 8-bit text is the low byte of each UTF-16 unit.)
                let text: String = body.iter().map(|&b| char::from(b)).collect();
                push_text(out, &text);
            }
            MAIN_MASTER | HANDOUT => {}
            _ if ver_instance & 0x000F == 0x000F && depth < MAX_DEPTH => {
                records(body, depth + 1, out);
            }
            _ => {}
        }
        at = (at + 8).saturating_add(len);
    }
}

fn push_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\r' | '\u{0B}' => out.push('\n'),
            '\t' => out.push('\t'),
            c if c < ' ' => {}
            c => out.push(c),
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(ver: u16, kind: u16, body: &[u8]) -> Vec<u8> {
        let mut r = ver.to_le_bytes().to_vec();
        r.extend(kind.to_le_bytes());
        r.extend((body.len() as u32).to_le_bytes());
        r.extend(body);
        r
    }

    #[test]
    fn text_atoms_are_read_through_containers_in_order() {
        let chars: Vec<u8> = "Droit applicable\rÉtat de New York"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let inner = [
            record(0, TEXT_CHARS_ATOM, &chars),
            record(0, 0x0F9F, &[0, 0, 0, 0]),
            record(0, TEXT_BYTES_ATOM, b"Data hosted in the\x0bUnited States"),
            record(
                0x000F,
                MAIN_MASTER,
                &record(0, TEXT_BYTES_ATOM, b"Click to edit"),
            ),
        ]
        .concat();
        let doc = [
            record(0x000F, 0x03E8, &inner),
            record(0, TEXT_BYTES_ATOM, b"end"),
        ]
        .concat();
        let mut out = String::new();
        records(&doc, 0, &mut out);
        assert_eq!(
            out,
            "Droit applicable\nÉtat de New York\nData hosted in the\nUnited States\nend\n"
        );
    }

    #[test]
    fn lengths_past_the_data_and_deep_nesting_are_bounded() {
        // A container claiming more than there is.
        let mut doc = record(0x000F, 0x03E8, &record(0, TEXT_BYTES_ATOM, b"abc"));
        doc[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        let mut out = String::new();
        records(&doc, 0, &mut out);
        assert_eq!(out, "abc\n");
        // Containers nested 10,000 deep: no stack overflow.
        let mut deep = record(0, TEXT_BYTES_ATOM, b"x");
        for _ in 0..10_000 {
            deep = record(0x000F, 0x03E8, &deep);
        }
        let mut out = String::new();
        records(&deep, 0, &mut out);
        assert_eq!(out, "");
    }
}
