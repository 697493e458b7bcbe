//! Word 97–2003 binary documents (`.doc`), as [MS-DOC] describes them.
//!
//! The file is an OLE2 compound file (read with the cfb crate). Its
//! `WordDocument` stream starts with the FIB, which says which table stream
//! (`0Table` or `1Table`) holds the piece table (the CLX) and whether the
//! document is encrypted. The piece table lists the document's text as
//! pieces, each 8-bit (Windows-1252) or UTF-16LE, in character-position
//! order: the main text first, then footnotes, headers and footers,
//! comments, endnotes and text boxes. All of it is read.
//!
//! Word's special characters become text as the DOCX extractor writes it:
//! a paragraph mark or line break is `\n`; a table cell ends with `\t` and a
//! row with `\n`; of a field (`HYPERLINK`, `PAGE`...) only its shown result
//! is kept, not its code; a non-breaking hyphen is `-`, an optional one is
//! dropped, and so are object anchors and note marks.
//!
//! Every offset read from the file is checked, so a damaged file gives an
//! `error` record, never a panic; the cfb crate's own panics, if any, are
//! contained all the same.

use super::{ExtractError, Extracted};
use crate::record::Status;

/// The FIB's identifier (`wIdent`) for Word 97 and later.
const WORD_IDENT: u16 = 0xA5EC;
/// The `nFib` of Word 97 and later (Word 2000–2019 keep it in the FibBase).
const NFIB_97: u16 = 0x00C1;

/// Extract the text of a Word 97–2003 document.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    super::contained_text(".doc", || read(bytes))
}

fn corrupt(what: impl std::fmt::Display) -> ExtractError {
    ExtractError::new(
        Status::Error,
        format!("damaged Word 97-2003 (.doc) file: {what}"),
    )
}

fn read(bytes: &[u8]) -> Result<String, ExtractError> {
    let mut file = super::ole::open(bytes, "Word 97-2003 (.doc) file")?;
    if file.is_stream("/EncryptedPackage") {
        return Err(ExtractError::new(
            Status::Encrypted,
            "password-protected Office document",
        ));
    }
    if !file.is_stream("/WordDocument") {
        return Err(ExtractError::new(
            Status::Unsupported,
            "an OLE2 file that is not a Word document (no WordDocument stream)",
        ));
    }
    let mut stream = |name: &str| {
        super::ole::read(&mut file, name, bytes.len())
            .map_err(|why| corrupt(format!("the {name} stream {why}")))
    };
    let word = stream("/WordDocument")?;
    let fib = Fib::parse(&word)?;
    if fib.encrypted {
        return Err(ExtractError::new(
            Status::Encrypted,
            "password-protected Word document",
        ));
    }
    let table = stream(if fib.table_1 { "/1Table" } else { "/0Table" })?;
    let clx = table
        .get(fib.fc_clx..)
        .and_then(|t| t.get(..fib.lcb_clx))
        .ok_or_else(|| corrupt("the piece table lies outside the table stream"))?;
    let struck = table
        .get(fib.fc_chpx..)
        .and_then(|t| t.get(..fib.lcb_chpx))
        .map(|plc| struck_ranges(&word, plc))
        .unwrap_or_default();
    pieces_text(&word, &pieces(clx)?, fib.footnotes, struck)
}

/// The text of `pieces` of the WordDocument stream `word`. Each character
/// is stored once, so the pieces cover at most the stream's bytes; pieces
/// that cover more (the same bytes again and again) are a damaged or
/// hostile file, refused before they fill the memory.
fn pieces_text(
    word: &[u8],
    pieces: &[Piece],
    footnotes: std::ops::Range<usize>,
    struck: Vec<std::ops::Range<usize>>,
) -> Result<String, ExtractError> {
    let covered = pieces.iter().fold(0usize, |n, p| {
        n.saturating_add(if p.compressed {
            p.chars
        } else {
            p.chars.saturating_mul(2)
        })
    });
    if covered > word.len() {
        return Err(corrupt(format!(
            "its pieces of text cover {covered} bytes of a {}-byte stream",
            word.len()
        )));
    }
    let mut text = Text {
        footnotes,
        struck,
        ..Text::default()
    };
    for p in pieces {
        text.piece(word, p)?;
    }
    Ok(text.out)
}

/// What the text needs of the FIB.
struct Fib {
    encrypted: bool,
    /// The table stream is `1Table` (else `0Table`).
    table_1: bool,
    fc_clx: usize,
    lcb_clx: usize,
    /// Where the table stream holds the PlcBteChpx, the index of the
    /// character properties (empty when the FIB has no such entry).
    fc_chpx: usize,
    lcb_chpx: usize,
    /// The character positions of the footnotes' text (after the main
    /// text's `ccpText` characters, `ccpFtn` of them).
    footnotes: std::ops::Range<usize>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl Fib {
    fn parse(word: &[u8]) -> Result<Fib, ExtractError> {
        let short = || corrupt("the WordDocument stream is too short for its header");
        if u16_at(word, 0).ok_or_else(short)? != WORD_IDENT {
            return Err(corrupt("the WordDocument stream does not start with a FIB"));
        }
        let nfib = u16_at(word, 2).ok_or_else(short)?;
        if nfib < NFIB_97 {
            return Err(ExtractError::new(
                Status::Unsupported,
                format!(
                    "a Word 6.0/95 (or older) document (nFib {nfib:#x}); open it in Word or \
                     LibreOffice and save it as .docx to scan it"
                ),
            ));
        }
        let flags = u16_at(word, 0x0A).ok_or_else(short)?;
        // fEncrypted (bit 8) and fObfuscated (bit 15, XOR obfuscation).
        let encrypted = flags & (1 << 8) != 0 || flags & (1 << 15) != 0;
        let table_1 = flags & (1 << 9) != 0;
        // FibBase (32 bytes), then csw and fibRgW, cslw and fibRgLw,
        // cbRgFcLcb and the fc/lcb pairs, of which fcClx is the 34th.
        let csw = usize::from(u16_at(word, 32).ok_or_else(short)?);
        let at_cslw = 34 + csw * 2;
        let cslw = usize::from(u16_at(word, at_cslw).ok_or_else(short)?);
        let at_cb = at_cslw + 2 + cslw * 4;
        let pairs = usize::from(u16_at(word, at_cb).ok_or_else(short)?);
        const CLX_PAIR: usize = 33;
        if pairs <= CLX_PAIR {
            return Err(corrupt("the FIB has no piece table entry"));
        }
        let at_clx = at_cb + 2 + CLX_PAIR * 8;
        const CHPX_PAIR: usize = 12;
        let at_chpx = at_cb + 2 + CHPX_PAIR * 8;
        // fibRgLw97: cbMac, two reserved, ccpText, ccpFtn, ...
        let footnotes = match (
            u32_at(word, at_cslw + 2 + 3 * 4),
            u32_at(word, at_cslw + 2 + 4 * 4),
        ) {
            (Some(text), Some(ftn)) if cslw > 4 => {
                let start = text as usize;
                start..start.saturating_add(ftn as usize)
            }
            _ => 0..0,
        };
        Ok(Fib {
            encrypted,
            table_1,
            fc_clx: u32_at(word, at_clx).ok_or_else(short)? as usize,
            lcb_clx: u32_at(word, at_clx + 4).ok_or_else(short)? as usize,
            fc_chpx: u32_at(word, at_chpx).unwrap_or(0) as usize,
            lcb_chpx: u32_at(word, at_chpx + 4).unwrap_or(0) as usize,
            footnotes,
        })
    }
}

/// One piece of the text: `chars` characters at byte `offset` of the
/// WordDocument stream, one byte each (Windows-1252) or two (UTF-16LE).
#[derive(Debug, PartialEq, Eq)]
struct Piece {
    offset: usize,
    chars: usize,
    compressed: bool,
}

/// The pieces of the CLX (`clx`, from the table stream): any Prc records
/// (property modifiers, skipped), then the Pcdt with the PlcPcd.
fn pieces(clx: &[u8]) -> Result<Vec<Piece>, ExtractError> {
    let bad = || corrupt("the piece table is damaged");
    let mut at = 0;
    loop {
        match clx.get(at) {
            Some(1) => {
                let cb = usize::from(u16_at(clx, at + 1).ok_or_else(bad)?);
                at += 3 + cb;
            }
            Some(2) => break,
            _ => return Err(bad()),
        }
    }
    let lcb = u32_at(clx, at + 1).ok_or_else(bad)? as usize;
    let plc = clx
        .get(at + 5..)
        .and_then(|p| p.get(..lcb))
        .ok_or_else(bad)?;
    // n + 1 character positions (4 bytes each), then n PCDs (8 bytes each).
    if plc.len() < 4 || (plc.len() - 4) % 12 != 0 {
        return Err(bad());
    }
    let n = (plc.len() - 4) / 12;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let cp = u32_at(plc, i * 4).ok_or_else(bad)?;
        let next = u32_at(plc, i * 4 + 4).ok_or_else(bad)?;
        let chars = next.checked_sub(cp).ok_or_else(bad)? as usize;
        let fc = u32_at(plc, 4 * (n + 1) + i * 8 + 2).ok_or_else(bad)?;
        let compressed = fc & (1 << 30) != 0;
        let fc = (fc & 0x3FFF_FFFF) as usize;
        out.push(Piece {
            offset: if compressed { fc / 2 } else { fc },
            chars,
            compressed,
        });
    }
    Ok(out)
}

/// The byte ranges of the WordDocument stream whose characters are struck
/// out (`sprmCFStrike`, `sprmCFDStrike`) or deleted with revision marks
/// turned on (`sprmCFRMarkDel`): wording a party took out, which the text
/// leaves out as the DOCX extractor leaves out `w:strike` runs and
/// `w:del`. `plc` is the PlcBteChpx: n + 1 file positions, then n numbers
/// of 512-byte pages (ChpxFkp) of the stream, each listing runs of file
/// positions with their properties. Formatting is read leniently: a
/// damaged page or property list only loses what it would have said.
fn struck_ranges(word: &[u8], plc: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    if plc.len() < 4 || !(plc.len() - 4).is_multiple_of(8) {
        return out;
    }
    let n = (plc.len() - 4) / 8;
    for i in 0..n {
        let Some(pn) = u32_at(plc, 4 * (n + 1) + 4 * i) else {
            break;
        };
        let at = (pn & 0x3F_FFFF) as usize * 512;
        let Some(page) = word.get(at..).and_then(|w| w.get(..512)) else {
            continue;
        };
        let runs = usize::from(page[511]);
        if 4 * (runs + 1) + runs > 511 {
            continue;
        }
        for r in 0..runs {
            let (Some(start), Some(end)) = (u32_at(page, 4 * r), u32_at(page, 4 * r + 4)) else {
                break;
            };
            let offset = usize::from(page[4 * (runs + 1) + r]) * 2;
            if offset == 0 || start >= end {
                continue;
            }
            let Some(len) = page.get(offset) else {
                continue;
            };
            let Some(grpprl) = page
                .get(offset + 1..)
                .and_then(|g| g.get(..usize::from(*len)))
            else {
                continue;
            };
            if deletes(grpprl) {
                let (start, end) = (start as usize, end as usize);
                match out.last_mut() {
                    Some(last) if last.end == start => last.end = end,
                    _ => out.push(start..end),
                }
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// Whether a Chpx's property modifiers (`grpprl`) strike its characters
/// out or mark them deleted. Each modifier is a 2-byte sprm, whose top
/// three bits give the operand's size, then the operand; a toggle's
/// operand is 1 (on), 0x81 (the opposite of the style's, which is off in
/// the documents this reads) or 0 / 0x80 (off, as the style).
fn deletes(grpprl: &[u8]) -> bool {
    const RMARK_DEL: u16 = 0x0800;
    const STRIKE: u16 = 0x0837;
    const DSTRIKE: u16 = 0x2A53;
    let (mut struck, mut deleted, mut dstruck) = (false, false, false);
    let mut at = 0;
    while let Some(sprm) = u16_at(grpprl, at) {
        at += 2;
        let size = match sprm >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            _ => match grpprl.get(at) {
                Some(&cb) => 1 + usize::from(cb),
                None => break,
            },
        };
        let on = matches!(grpprl.get(at), Some(1 | 0x81));
        match sprm {
            RMARK_DEL => deleted = on,
            STRIKE => struck = on,
            DSTRIKE => dstruck = on,
            _ => {}
        }
        at += size;
    }
    struck || deleted || dstruck
}

/// The text being written, with the state that Word's special characters
/// need.
#[derive(Default)]
struct Text {
    out: String,
    /// For each open field, whether its result (after the separator) has
    /// begun: code is skipped, results are kept.
    fields: Vec<bool>,
    /// The previous character was a cell mark (a second one ends the row).
    after_cell: bool,
    /// The character position of the next character.
    cp: usize,
    /// Where the footnotes' text lies; in it, each note's auto-numbered
    /// mark (`\u{2}`) is written as the note's number, as the page shows
    /// it ("1 Acme Inc. is a Delaware corporation.").
    footnotes: std::ops::Range<usize>,
    /// Footnote marks written so far.
    notes: usize,
    /// A footnote's number was just written: a space must follow it.
    mark_space: bool,
    /// The byte ranges of struck-out or deleted characters (sorted).
    struck: Vec<std::ops::Range<usize>>,
}

impl Text {
    fn piece(&mut self, word: &[u8], p: &Piece) -> Result<(), ExtractError> {
        let len = if p.compressed { p.chars } else { p.chars * 2 };
        let bytes = word
            .get(p.offset..)
            .and_then(|w| w.get(..len))
            .ok_or_else(|| corrupt("a piece of text lies outside the WordDocument stream"))?;
        self.out.reserve(p.chars);
        let width = if p.compressed { 1 } else { 2 };
        let piece = p.offset..p.offset + len;
        let struck: Vec<std::ops::Range<usize>> = self
            .struck
            .iter()
            .filter(|r| r.start < piece.end && piece.start < r.end)
            .cloned()
            .collect();
        // The file position of each character, to look its formatting up.
        let mut at = p.offset;
        let mut is_struck = move || {
            let here = at;
            at += width;
            struck.iter().any(|r| r.contains(&here))
        };
        if p.compressed {
            let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            // Windows-1252 maps each byte to one character.
            decoded.chars().for_each(|c| {
                let gone = is_struck();
                self.push(c, gone)
            });
        } else {
            let units = bytes
                .chunks_exact(2)
                .map(|u| u16::from_le_bytes([u[0], u[1]]));
            char::decode_utf16(units)
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .for_each(|c| {
                    let gone = is_struck();
                    if c.len_utf16() == 2 {
                        is_struck();
                    }
                    self.push(c, gone)
                });
        }
        Ok(())
    }

    /// Write `c`; a `struck` character is left out unless it is one of
    /// Word's marks (paragraph, cell, field), which keep the structure.
    fn push(&mut self, c: char, struck: bool) {
        let after_cell = std::mem::replace(&mut self.after_cell, false);
        let at = self.cp;
        self.cp += 1;
        if struck && c >= ' ' {
            return;
        }
        match c {
            '\u{02}' if self.footnotes.contains(&at) && self.fields.is_empty() => {
                self.notes += 1;
                self.out.push_str(&self.notes.to_string());
                self.mark_space = true;
            }
            c if std::mem::take(&mut self.mark_space) && !c.is_whitespace() => {
                // (Word stores the space after the mark in the note's
                // text; when it is missing, one is put in.)
                self.out.push(' ');
                self.push_plain(c, after_cell);
            }
            c => self.push_plain(c, after_cell),
        }
    }

    /// `c` as text (fields, paragraph and cell marks, special characters).
    fn push_plain(&mut self, c: char, after_cell: bool) {
        match c {
            '\u{13}' => self.fields.push(false),
            '\u{14}' => {
                if let Some(result) = self.fields.last_mut() {
                    *result = true;
                }
            }
            '\u{15}' => {
                self.fields.pop();
            }
            _ if self.fields.iter().any(|&result| !result) => {}
            '\r' | '\u{0B}' | '\u{0C}' => self.out.push('\n'),
            '\u{07}' if after_cell => {
                // The row's own mark, after its last cell's: end the row.
                if self.out.ends_with('\t') {
                    self.out.pop();
                }
                self.out.push('\n');
            }
            '\u{07}' => {
                self.out.push('\t');
                self.after_cell = true;
            }
            '\u{1E}' => self.out.push('-'),
            '\t' => self.out.push('\t'),
            c if c < ' ' => {}
            c => self.out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(chars: &str) -> String {
        let mut t = Text::default();
        chars.chars().for_each(|c| t.push(c, false));
        t.out
    }

    #[test]
    fn special_characters_become_plain_text() {
        assert_eq!(
            text_of(
                "Loi\u{0B}applicable\r\u{13} HYPERLINK \"https://x.example\" \u{14}voir\u{15} ici\u{1E}bas\u{1F}\u{01}.\r"
            ),
            "Loi\napplicable\nvoir ici-bas.\n"
        );
        // Nested fields: only the outer result and the inner result show.
        assert_eq!(
            text_of("a\u{13}IF \u{13}PAGE\u{14}1\u{15} = 1\u{14}b\u{13}X\u{14}c\u{15}\u{15}d"),
            "abcd"
        );
    }

    #[test]
    fn footnote_marks_become_numbers_in_the_notes_only() {
        // Main text "Acme\u{2}.\r" (5 characters), then two notes.
        let mut t = Text {
            footnotes: 5..40,
            ..Text::default()
        };
        "Acme\u{2}.\r\u{2} Acme Inc. is a US company.\r\u{2} Two.\r"
            .chars()
            .for_each(|c| t.push(c, false));
        assert_eq!(t.out, "Acme.\n1 Acme Inc. is a US company.\n2 Two.\n");
    }

    #[test]
    fn table_cells_and_rows() {
        assert_eq!(
            text_of("Loi\u{07}France\u{07}\u{07}Tribunal\u{07}Paris\u{07}\u{07}"),
            "Loi\tFrance\nTribunal\tParis\n"
        );
    }

    #[test]
    fn strike_and_deletion_sprms_are_read() {
        assert!(deletes(&[0x37, 0x08, 0x01]));
        assert!(deletes(&[0x53, 0x2A, 0x81]));
        assert!(deletes(&[0x00, 0x08, 0x01]));
        assert!(!deletes(&[0x37, 0x08, 0x00]));
        assert!(!deletes(&[0x37, 0x08, 0x80]));
        // Insertion (sprmCFRMarkIns) and bold are not deletions.
        assert!(!deletes(&[0x01, 0x08, 0x01, 0x35, 0x08, 0x01]));
        // Operands are skipped by their size: a 4-byte one (sprmCPicLocation)
        // and a variable one (sprmCShd, 2 bytes) that hold look-alike bytes.
        assert!(!deletes(&[0x03, 0x6A, 0x37, 0x08, 0x01, 0x00]));
        assert!(!deletes(&[0x71, 0xCA, 0x02, 0x37, 0x08]));
        assert!(deletes(&[0x71, 0xCA, 0x02, 0x00, 0x00, 0x37, 0x08, 0x01]));
        // The last of two modifiers wins; cut short, no panic.
        assert!(!deletes(&[0x37, 0x08, 0x01, 0x37, 0x08, 0x00]));
        assert!(!deletes(&[0x37]));
        assert!(!deletes(&[]));
    }

    #[test]
    fn struck_characters_are_left_out_but_marks_kept() {
        // One ChpxFkp page at page 1 (byte 512): three runs over the bytes
        // 0x400..0x40F, the second struck out (its Chpx at byte 0x100 of
        // the page, rgb 0x80).
        let mut word = vec![0u8; 0x410];
        let page = &mut word[512..1024];
        for (i, fc) in [0x400u32, 0x405, 0x40B, 0x40F].iter().enumerate() {
            page[4 * i..4 * i + 4].copy_from_slice(&fc.to_le_bytes());
        }
        page[16..19].copy_from_slice(&[0, 0x80, 0]);
        page[0x100..0x104].copy_from_slice(&[3, 0x37, 0x08, 0x01]);
        page[511] = 3;
        let mut plc = Vec::new();
        for v in [0x400u32, 0x40F, 1] {
            plc.extend(v.to_le_bytes());
        }
        assert_eq!(struck_ranges(&word, &plc), vec![0x405..0x40B]);
        word[0x400..0x40F].copy_from_slice(b"Keep Drop \rNew.");
        let piece = Piece {
            offset: 0x400,
            chars: 15,
            compressed: true,
        };
        let got = pieces_text(&word, &[piece], 0..0, struck_ranges(&word, &plc));
        assert_eq!(got.unwrap(), "Keep \nNew.");
        // A damaged index or page only loses the formatting.
        assert!(struck_ranges(&word, &plc[..7]).is_empty());
        assert!(struck_ranges(&word[..700], &plc).is_empty());
        word[1023] = 200;
        assert!(struck_ranges(&word, &plc).is_empty());
    }

    #[test]
    fn the_piece_table_is_read_and_checked() {
        // One Prc (2 bytes of properties), then a Pcdt with two pieces:
        // 3 compressed characters at byte 0x100, 2 UTF-16 ones at 0x200.
        let mut clx = vec![1u8, 2, 0, 0xAA, 0xBB, 2];
        let mut plc = Vec::new();
        for cp in [0u32, 3, 5] {
            plc.extend(cp.to_le_bytes());
        }
        for fc in [(0x100u32 * 2) | (1 << 30), 0x200] {
            plc.extend([0u8, 0]);
            plc.extend(fc.to_le_bytes());
            plc.extend([0u8, 0]);
        }
        clx.extend((plc.len() as u32).to_le_bytes());
        clx.extend(&plc);
        let got = pieces(&clx).unwrap();
        assert_eq!(
            got,
            vec![
                Piece {
                    offset: 0x100,
                    chars: 3,
                    compressed: true
                },
                Piece {
                    offset: 0x200,
                    chars: 2,
                    compressed: false
                }
            ]
        );
        let mut word = vec![0u8; 0x204];
        word[0x100..0x103].copy_from_slice(b"\xC9t\xE9");
        word[0x200..0x204].copy_from_slice(&[0x2D, 0x20, 0x41, 0]);
        let mut t = Text::default();
        for p in &got {
            t.piece(&word, p).unwrap();
        }
        assert_eq!(t.out, "Été\u{202D}A");
        // Cut short anywhere, the table is refused, not misread.
        for cut in 0..clx.len() {
            assert!(pieces(&clx[..cut]).is_err(), "cut at {cut}");
        }
        // A piece beyond the stream is an error.
        assert!(t.piece(&word[..0x203], &got[1]).is_err());
        assert_eq!(
            pieces_text(&word, &got, 0..0, Vec::new()).unwrap(),
            "Été\u{202D}A"
        );
        // Pieces that repeat the same bytes more often than the stream
        // could hold them are refused, not expanded.
        let again: Vec<Piece> = (0..400)
            .map(|_| Piece {
                offset: 0,
                chars: 0x100,
                compressed: true,
            })
            .collect();
        assert!(pieces_text(&word, &again[..2], 0..0, Vec::new()).is_ok());
        assert!(pieces_text(&word, &again, 0..0, Vec::new()).is_err());
    }
}
