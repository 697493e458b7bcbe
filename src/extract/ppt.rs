//! PowerPoint 97-2003 presentations (`.ppt`), as [MS-PPT] describes them:
//! an OLE2 compound file (cfb crate) whose `PowerPoint Document` stream is a
//! tree of records (an 8-byte header: version and instance, type, length;
//! a container's data is its child records). The text of the slides and
//! notes is in TextCharsAtom (UTF-16LE) and TextBytesAtom (8-bit) records,
//! read here in stream order, one paragraph per line (PowerPoint separates
//! paragraphs with `\r`, lines with `\x0b`); the slide master's and the
//! handout's placeholder text is left out, and so is the `*` that stands
//! for a slide number. A table is a group of shapes, one a cell, each
//! placed by a child anchor: its cells are written a row a line, with a
//! tab between cells, as the `.pptx` reader writes them.
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
/// OfficeArt group and shape containers, and a shape's place in its group
/// (left, top, right, bottom: four little-endian i32).
const GROUP: u16 = 0xF003;
const SHAPE: u16 = 0xF004;
const CHILD_ANCHOR: u16 = 0xF00F;
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

/// The records of `data`: (version and instance, type, body), each body
/// cut to what is left of `data`.
fn children(data: &[u8]) -> impl Iterator<Item = (u16, u16, &[u8])> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let header = data.get(at..at + 8)?;
        let ver_instance = u16::from_le_bytes([header[0], header[1]]);
        let kind = u16::from_le_bytes([header[2], header[3]]);
        let len = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
        // A record longer than what is left is cut to it.
        let body = &data[at + 8..(at + 8).saturating_add(len).min(data.len())];
        at = (at + 8).saturating_add(len);
        Some((ver_instance, kind, body))
    })
}

/// Append the text atoms among the records of `data` (and their children).
fn records(data: &[u8], depth: usize, out: &mut String) {
    for (ver_instance, kind, body) in children(data) {
        record(ver_instance, kind, body, depth, out);
    }
}

/// Append the text atoms of one record (and its children).
fn record(ver_instance: u16, kind: u16, body: &[u8], depth: usize, out: &mut String) {
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
        GROUP if depth < MAX_DEPTH => group(body, depth + 1, out),
        _ if ver_instance & 0x000F == 0x000F && depth < MAX_DEPTH => {
            records(body, depth + 1, out);
        }
        _ => {}
    }
}

/// Append the text of a group of shapes. When two of its shapes with text
/// share a top edge, the group is a table (or laid out as one): the text
/// of its placed shapes is written a row a line, cells left to right
/// between tabs, after the text of its other shapes; otherwise the text is
/// written in the order of the file.
fn group(data: &[u8], depth: usize, out: &mut String) {
    // Each shape's text, in the order of the file, and its place (top,
    // left) when it has one.
    let mut shapes: Vec<(Option<(i32, i32)>, String)> = Vec::new();
    for (ver_instance, kind, body) in children(data) {
        let mut text = String::new();
        record(ver_instance, kind, body, depth, &mut text);
        let place = (kind == SHAPE)
            .then(|| {
                children(body).find_map(|(_, k, b)| {
                    let b = b.get(..8).filter(|_| k == CHILD_ANCHOR)?;
                    let left = i32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                    let top = i32::from_le_bytes([b[4], b[5], b[6], b[7]]);
                    Some((top, left))
                })
            })
            .flatten()
            .filter(|_| !text.trim().is_empty());
        shapes.push((place, text));
    }
    let mut cells: Vec<((i32, i32), &str)> = shapes
        .iter()
        .filter_map(|(place, text)| Some(((*place)?, text.as_str())))
        .collect();
    cells.sort_by_key(|&(place, _)| place);
    if !cells.windows(2).any(|w| w[0].0.0 == w[1].0.0) {
        shapes.iter().for_each(|(_, text)| out.push_str(text));
        return;
    }
    for (_, text) in shapes.iter().filter(|(place, _)| place.is_none()) {
        out.push_str(text);
    }
    for row in cells.chunk_by(|a, b| a.0.0 == b.0.0) {
        let cells: Vec<String> = row
            .iter()
            .map(|(_, t)| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
}

fn push_text(out: &mut String, text: &str) {
    // A slide number's placeholder.
    if text == "*" {
        return;
    }
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

    /// A shape placed at (left, top) in its group, holding `text`.
    fn cell(left: i32, top: i32, text: &[u8]) -> Vec<u8> {
        let place = [left, top, left + 100, top + 50]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect::<Vec<u8>>();
        let textbox = record(0x000F, 0xF00D, &record(0, TEXT_BYTES_ATOM, text));
        record(
            0x000F,
            SHAPE,
            &[record(0, CHILD_ANCHOR, &place), textbox].concat(),
        )
    }

    #[test]
    fn a_tables_cells_are_written_a_row_a_line() {
        // Cells stored column by column, a caption shape without a place,
        // and a slide-number placeholder.
        let table = [
            record(
                0x000F,
                SHAPE,
                &record(0, TEXT_BYTES_ATOM, b"Sub-processors"),
            ),
            cell(0, 0, b"Name"),
            cell(0, 50, b"Nimbus\x0bCloud Inc."),
            cell(100, 0, b"Country"),
            cell(100, 50, b"USA"),
            record(0x000F, SHAPE, &record(0, TEXT_BYTES_ATOM, b"*")),
        ]
        .concat();
        let mut out = String::new();
        records(&record(0x000F, GROUP, &table), 0, &mut out);
        assert_eq!(
            out,
            "Sub-processors\nName\tCountry\nNimbus Cloud Inc.\tUSA\n"
        );
        // Shapes that share no top edge keep the order of the file.
        let shapes = [cell(0, 80, b"second line"), cell(0, 10, b"first")].concat();
        let mut out = String::new();
        records(&record(0x000F, GROUP, &shapes), 0, &mut out);
        assert_eq!(out, "second line\nfirst\n");
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
