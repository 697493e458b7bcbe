//! Plain text of office documents: Office Open XML (`.docx`, and the text
//! of `.pptx` slides and `.xlsx` sheets) and OpenDocument (`.odt`, and
//! `.ods`/`.odp`, whose `content.xml` holds their text the same way).
//!
//! Both formats are ZIP packages of XML parts. The text is laid out as:
//! one line per paragraph; `\t` for a tab; table cells separated by `\t` and
//! table rows ended by `\n` (paragraphs inside a cell are joined by a space);
//! then, each separated by a blank line, the other parts of the document
//! (DOCX: footnotes, endnotes, headers, footers; ODT: footnotes/endnotes,
//! then headers and footers). Identical parts (the same header on every
//! page style) appear once.
//!
//! Kept: tracked insertions (they are part of the current text), text boxes,
//! hyperlink text, the visible result of fields. Dropped: tracked deletions
//! and moved-from text, struck-out text (DOCX `w:strike`/`w:dstrike` runs,
//! ODT spans and paragraphs of a line-through style: a redline's deleted
//! wording), field instructions (`HYPERLINK "..."`), comments
//! (reviewers' remarks, not the agreed wording), and in DOCX the fallback copy
//! of text boxes that Word stores twice (`mc:Fallback`).
//!
//! Safety against hostile files:
//! - every ZIP entry is read through `take(cap + 1)`, where `cap` is the
//!   smaller of [`OfficeLimits::max_uncompressed`] and the entry's compressed
//!   size times [`OfficeLimits::max_ratio`] (the ratio only applies to entries
//!   that unpack to more than 1 MiB, since tiny parts legitimately compress
//!   very well), so a lying size header cannot make us allocate more;
//! - the total unpacked bytes over all parts read is also capped at
//!   `max_uncompressed`;
//! - XML entities other than the five predefined ones and character
//!   references are never expanded (quick-xml does not process DTDs), so a
//!   "billion laughs" part yields its plain text with the entity left out;
//! - a `text:s` space run is capped at 1024 spaces;
//! - nothing here panics, whatever the input.

use std::io::{Cursor, Read};

use quick_xml::XmlVersion;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::reader::Reader;
use zip::ZipArchive;
use zip::result::ZipError;

/// Limits applied when unpacking an office document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficeLimits {
    /// Largest number of bytes one ZIP entry may unpack to (and the total
    /// over all the entries read from one document).
    pub max_uncompressed: u64,
    /// Largest unpacked/packed size ratio of an entry that unpacks to more
    /// than 1 MiB. Real DOCX/ODT XML compresses 5–30×; a zip bomb ~1000×.
    pub max_ratio: u64,
}

impl Default for OfficeLimits {
    /// 256 MiB and 200×.
    fn default() -> Self {
        OfficeLimits {
            max_uncompressed: 256 * 1024 * 1024,
            max_ratio: 200,
        }
    }
}

/// Why the text of an office document could not be extracted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OfficeError {
    /// The file is damaged, truncated, or not the kind of document expected.
    #[error("the document is damaged or is not a valid Office/OpenDocument file: {0}")]
    Corrupt(String),
    /// The file unpacks to more data than allowed (a possible "zip bomb").
    #[error(
        "the document was not read because it unpacks to far more data than a real document \
         would (a possible \"zip bomb\"): {0}"
    )]
    TooLarge(String),
    /// The file is protected by a password.
    #[error(
        "the document is password-protected (encrypted) and cannot be read; remove the \
         password in Word or LibreOffice and scan it again"
    )]
    Encrypted,
}

/// Extracts the text of a `.docx` document (body, footnotes, endnotes,
/// headers, footers).
pub fn docx_text(bytes: &[u8], limits: &OfficeLimits) -> Result<String, OfficeError> {
    let mut package = Package::open(bytes, limits)?;
    let main = docx_main_part(&mut package)?;
    let body = package
        .read_xml(&main)?
        .ok_or_else(|| OfficeError::Corrupt(format!("the main text part ({main}) is missing")))?;
    let mut parts = vec![docx_part_text(&main, &body)?];

    let dir = match main.rfind('/') {
        Some(slash) => &main[..=slash],
        None => "",
    };
    let mut extra = vec![format!("{dir}footnotes.xml"), format!("{dir}endnotes.xml")];
    for prefix in ["header", "footer"] {
        extra.extend(numbered_parts(&package, &format!("{dir}{prefix}")));
    }
    for name in extra {
        if let Some(xml) = package.read_xml(&name)? {
            parts.push(docx_part_text(&name, &xml)?);
        }
    }
    Ok(join_parts(parts))
}

/// The parts of `package` named `{prefix}<n>.xml`, in the order of `n`
/// (headers, footers, slides, sheets, notes pages; `{prefix}.xml` counts
/// as 0).
fn numbered_parts(package: &Package, prefix: &str) -> Vec<String> {
    let mut numbered: Vec<(u64, String)> = package
        .names()
        .into_iter()
        .filter_map(|name| {
            let number = name.strip_prefix(prefix)?.strip_suffix(".xml")?;
            let n = number
                .chars()
                .all(|c| c.is_ascii_digit())
                .then(|| number.parse().unwrap_or(0))?;
            Some((n, name))
        })
        .collect();
    numbered.sort();
    numbered.into_iter().map(|(_, n)| n).collect()
}

/// Extracts the text of a `.pptx` presentation: each slide (paragraphs as
/// lines, table cells by `\t`, rows by `\n`), then the speaker notes.
/// DrawingML text uses the element names WordprocessingML does (`a:p`,
/// `a:t`, `a:br`, `a:tc`, `a:tr`), so the DOCX part reader serves.
pub fn pptx_text(bytes: &[u8], limits: &OfficeLimits) -> Result<String, OfficeError> {
    let mut package = Package::open(bytes, limits)?;
    let slides = numbered_parts(&package, "ppt/slides/slide");
    if slides.is_empty() {
        return Err(OfficeError::Corrupt(
            "no slide found (ppt/slides/slide1.xml ...)".into(),
        ));
    }
    let notes = numbered_parts(&package, "ppt/notesSlides/notesSlide");
    let mut parts = Vec::new();
    for name in slides.into_iter().chain(notes) {
        if let Some(xml) = package.read_xml(&name)? {
            parts.push(docx_part_text(&name, &xml)?);
        }
    }
    Ok(join_parts(parts))
}

/// Extracts the text of an `.xlsx` workbook: each worksheet as rows of
/// cells (`\t` between cells, `\n` after a row, empty cells left out),
/// worksheets separated by a blank line. Text cells come from the shared
/// string table or inline; numbers and formula results as written.
pub fn xlsx_text(bytes: &[u8], limits: &OfficeLimits) -> Result<String, OfficeError> {
    let mut package = Package::open(bytes, limits)?;
    let shared = match package.read_xml("xl/sharedStrings.xml")? {
        Some(xml) => shared_strings(&xml)?,
        None => Vec::new(),
    };
    let sheets = numbered_parts(&package, "xl/worksheets/sheet");
    if sheets.is_empty() {
        return Err(OfficeError::Corrupt(
            "no worksheet found (xl/worksheets/sheet1.xml ...)".into(),
        ));
    }
    // Shared strings are stored once and may be used by any number of
    // cells: the text is capped as the unpacked parts are.
    let mut room = usize::try_from(limits.max_uncompressed).unwrap_or(usize::MAX);
    let mut parts = Vec::new();
    for name in sheets {
        if let Some(xml) = package.read_xml(&name)? {
            let text = sheet_text(&name, &xml, &shared, room)?;
            room -= text.len();
            parts.push(text);
        }
    }
    Ok(join_parts(parts))
}

/// The text of each `si` of a shared string table (its `t` runs; phonetic
/// guides, `rPh`, left out).
fn shared_strings(xml: &str) -> Result<Vec<String>, OfficeError> {
    let part = "xl/sharedStrings.xml";
    let mut reader = Reader::from_str(xml);
    let mut out: Vec<String> = Vec::new();
    let (mut in_t, mut in_phonetic) = (0usize, 0usize);
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error(part, &reader, e))?;
        let reading = in_t > 0 && in_phonetic == 0;
        match &event {
            Event::Start(e) => match e.local_name().as_ref() {
                "si" => out.push(String::new()),
                "t" => in_t += 1,
                "rPh" => in_phonetic += 1,
                _ => {}
            },
            Event::Empty(e) if e.local_name().as_ref() == "si" => out.push(String::new()),
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_t = in_t.saturating_sub(1),
                "rPh" => in_phonetic = in_phonetic.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if reading => {
                if let Some(s) = out.last_mut() {
                    s.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) if reading => {
                if let Some(s) = out.last_mut() {
                    s.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if reading => {
                if let (Some(s), Some(c)) = (out.last_mut(), resolve_reference(r)) {
                    s.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The rows of one worksheet, at most `room` bytes of them.
fn sheet_text(
    part: &str,
    xml: &str,
    shared: &[String],
    room: usize,
) -> Result<String, OfficeError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut row: Vec<String> = Vec::new();
    // The cell being read: its type (`t`), and its value or inline text.
    let mut cell: Option<(String, String)> = None;
    let mut in_value = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error(part, &reader, e))?;
        match &event {
            Event::Start(e) => match e.local_name().as_ref() {
                "c" => cell = Some((attribute(e, "t").unwrap_or_default(), String::new())),
                // `v`: the value; `t` (inside `is`): inline text.
                "v" | "t" => in_value += 1,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "v" | "t" => in_value = in_value.saturating_sub(1),
                "c" => {
                    if let Some((kind, value)) = cell.take() {
                        let text = match kind.as_str() {
                            "s" => value
                                .trim()
                                .parse::<usize>()
                                .ok()
                                .and_then(|i| shared.get(i))
                                .cloned()
                                .unwrap_or_default(),
                            // Booleans and error codes say nothing to a lawyer.
                            "b" | "e" => String::new(),
                            _ => value,
                        };
                        let text = text.replace(['\t', '\n', '\r'], " ");
                        if !text.trim().is_empty() {
                            row.push(text.trim().to_string());
                        }
                    }
                }
                "row" if !row.is_empty() => {
                    out.push_str(&row.join("\t"));
                    out.push('\n');
                    row.clear();
                    if out.len() > room {
                        return Err(OfficeError::TooLarge(format!(
                            "{part}: its cells repeat shared text into more than {room} bytes"
                        )));
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_value > 0 => {
                if let Some((_, v)) = cell.as_mut() {
                    v.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) if in_value > 0 => {
                if let Some((_, v)) = cell.as_mut() {
                    v.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_value > 0 => {
                if let (Some((_, v)), Some(c)) = (cell.as_mut(), resolve_reference(r)) {
                    v.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Extracts the text of an `.odt` document (body, notes, headers, footers).
pub fn odt_text(bytes: &[u8], limits: &OfficeLimits) -> Result<String, OfficeError> {
    let mut package = Package::open(bytes, limits)?;
    if let Some(manifest) = package.read_xml("META-INF/manifest.xml")?
        && manifest.contains("encryption-data")
    {
        return Err(OfficeError::Encrypted);
    }
    let content = package.read_xml("content.xml")?.ok_or_else(|| {
        OfficeError::Corrupt("the main text part (content.xml) is missing".into())
    })?;
    let mut parts = odf_part_text("content.xml", &content, false)?;
    if let Some(styles) = package.read_xml("styles.xml")? {
        parts.extend(odf_part_text("styles.xml", &styles, true)?);
    }
    Ok(join_parts(parts))
}

/// Start of every OLE2 / Compound File Binary file.
pub(crate) const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Entries smaller than this are never refused for their compression ratio.
const RATIO_FLOOR: u64 = 1024 * 1024;

/// Longest run of spaces one ODF `<text:s text:c="N"/>` may produce.
const MAX_SPACE_RUN: usize = 1024;

/// A ZIP package being read under limits.
struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    limits: OfficeLimits,
    /// Bytes that may still be unpacked from this package.
    budget: u64,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8], limits: &OfficeLimits) -> Result<Self, OfficeError> {
        if bytes.starts_with(&OLE_MAGIC) {
            return Err(ole_error(bytes));
        }
        if bytes.len() < 4 || &bytes[..2] != b"PK" {
            return Err(OfficeError::Corrupt(
                "the file is not a ZIP package, which .docx, .xlsx, .pptx and OpenDocument files always are".into(),
            ));
        }
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| match e {
            ZipError::InvalidArchive(_) | ZipError::Io(_) => OfficeError::Corrupt(format!(
                "the ZIP package is incomplete or damaged, perhaps truncated ({e})"
            )),
            other => zip_error("the package", other),
        })?;
        Ok(Package {
            archive,
            limits: *limits,
            budget: limits.max_uncompressed,
        })
    }

    fn names(&self) -> Vec<String> {
        self.archive
            .file_names()
            .filter_map(Result::ok)
            .map(|name| name.into_owned())
            .collect()
    }

    /// Reads one entry under the limits; `Ok(None)` if there is no such entry.
    fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, OfficeError> {
        let file = match self.archive.by_name(name) {
            Ok(file) => file,
            Err(ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(zip_error(name, e)),
        };
        if file.encrypted() {
            return Err(OfficeError::Encrypted);
        }
        let size_cap = self.limits.max_uncompressed.min(self.budget);
        let packed = file.compressed_size();
        let ratio_cap = packed
            .saturating_mul(self.limits.max_ratio)
            .max(RATIO_FLOOR);
        let cap = size_cap.min(ratio_cap);
        let too_large = |declared: bool, size: u64| {
            let (verb, amount) = if declared {
                ("declares", format!("{size} bytes"))
            } else {
                ("unpacks to", format!("more than {cap} bytes"))
            };
            OfficeError::TooLarge(
                if size > size_cap && size_cap < self.limits.max_uncompressed {
                    format!(
                        "part {name} {verb} {amount}, above the {size_cap} bytes left of the limit \
                     of {} bytes for the whole document",
                        self.limits.max_uncompressed
                    )
                } else if size > size_cap {
                    format!("part {name} {verb} {amount}, above the limit of {size_cap} bytes")
                } else {
                    format!(
                        "part {name} {verb} {amount} from {packed} compressed bytes, a compression \
                     ratio above the limit of {}:1",
                        self.limits.max_ratio
                    )
                },
            )
        };
        if file.size() > cap {
            return Err(too_large(true, file.size()));
        }
        // `take` guards against a size header that understates the content.
        let mut data = Vec::with_capacity(usize::try_from(file.size()).unwrap_or(0));
        let mut file = file;
        if let Err(e) = file
            .by_ref()
            .take(cap.saturating_add(1))
            .read_to_end(&mut data)
        {
            return Err(OfficeError::Corrupt(format!(
                "part {name} could not be unpacked ({e})"
            )));
        }
        let unpacked = data.len() as u64;
        if unpacked > cap {
            return Err(too_large(false, unpacked));
        }
        self.budget = self.budget.saturating_sub(unpacked);
        Ok(Some(data))
    }

    /// Reads one XML entry as text (UTF-8, or UTF-16 with a BOM).
    fn read_xml(&mut self, name: &str) -> Result<Option<String>, OfficeError> {
        Ok(self.read(name)?.map(|bytes| xml_bytes_to_string(&bytes)))
    }
}

fn xml_bytes_to_string(bytes: &[u8]) -> String {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => encoding
            .decode_without_bom_handling(bytes.get(bom_len..).unwrap_or_default())
            .0
            .into_owned(),
        None => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// An OLE2 file given to [`docx_text`]/[`odt_text`]: Office saves
/// password-protected OOXML documents as OLE2 files holding an
/// `EncryptedPackage` stream. An OLE2 file holding a `WordDocument` stream
/// is an old binary `.doc` instead (a scan reads those with
/// [`super::doc`]: [`super::extract_in_process`] sends every OLE2 file
/// there).
fn ole_error(bytes: &[u8]) -> OfficeError {
    let utf16 =
        |name: &str| -> Vec<u8> { name.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|window| window == needle);
    if !contains(&utf16("EncryptedPackage")) && contains(&utf16("WordDocument")) {
        OfficeError::Corrupt(
            "this is an old-style Word 97-2003 (.doc) file, not a .docx; save it as .docx and \
             scan it again"
                .into(),
        )
    } else {
        OfficeError::Encrypted
    }
}

fn zip_error(name: &str, error: ZipError) -> OfficeError {
    match error {
        ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) | ZipError::InvalidPassword => {
            OfficeError::Encrypted
        }
        ZipError::CompressionMethodNotSupported(method) => OfficeError::Corrupt(format!(
            "{name} uses a compression method ({method}) that office software does not use"
        )),
        other => OfficeError::Corrupt(format!("{name} could not be read ({other})")),
    }
}

/// The main part of a DOCX: `word/document.xml`, or whatever the package
/// relationships (`_rels/.rels`) name as the office document.
fn docx_main_part(package: &mut Package) -> Result<String, OfficeError> {
    const DEFAULT: &str = "word/document.xml";
    let Some(rels) = package.read_xml("_rels/.rels")? else {
        return Ok(DEFAULT.into());
    };
    let mut reader = Reader::from_str(&rels);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let is_main = attribute(&e, "Type").is_some_and(|t| t.ends_with("/officeDocument"));
                if let (true, Some(target)) = (is_main, attribute(&e, "Target")) {
                    return Ok(target.trim_start_matches('/').to_owned());
                }
            }
            Ok(Event::Eof) | Err(_) => return Ok(DEFAULT.into()),
            Ok(_) => {}
        }
    }
}

fn attribute(element: &BytesStart, name: &str) -> Option<String> {
    let attr = element.try_get_attribute(name).ok()??;
    attr.normalized_value(XmlVersion::Implicit1_0)
        .ok()
        .map(|value| value.into_owned())
}

/// The character an entity or character reference stands for, if it is one
/// of the five predefined XML entities or a valid character reference.
/// Anything else (a DTD-defined entity) is dropped, never expanded.
fn resolve_reference(reference: &BytesRef) -> Option<char> {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return Some(c);
    }
    match &**reference {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => None,
    }
}

/// Accumulates extracted text, handling paragraphs and table cells.
#[derive(Default)]
struct Sink {
    out: String,
    /// Start offsets in `out` of the table cells being written.
    cells: Vec<usize>,
    /// The last character written was a collapsible (ODF) space.
    collapsed_space: bool,
}

impl Sink {
    fn push_str(&mut self, text: &str) {
        self.out.push_str(text);
        self.collapsed_space = false;
    }

    fn push(&mut self, c: char) {
        self.out.push(c);
        self.collapsed_space = false;
    }

    /// ODF text: runs of XML whitespace collapse into one space.
    fn push_collapsing(&mut self, text: &str) {
        for c in text.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r') {
                if !self.collapsed_space {
                    self.out.push(' ');
                    self.collapsed_space = true;
                }
            } else {
                self.out.push(c);
                self.collapsed_space = false;
            }
        }
    }

    fn break_line(&mut self) {
        self.push(if self.cells.is_empty() { '\n' } else { ' ' });
    }

    fn paragraph_start(&mut self) {
        // Leading whitespace of an ODF paragraph is not displayed.
        self.collapsed_space = true;
    }

    fn paragraph_end(&mut self) {
        self.break_line();
    }

    /// A blank line at `at` (the start of a heading's paragraph) unless one
    /// is there already, and one after the heading just ended: a heading
    /// stands apart from the paragraphs around it, as in the Markdown a
    /// document is often written from, which tells it from a line of text
    /// (see `analyze::heading_end`). Not inside table cells.
    fn set_apart(&mut self, at: usize) {
        if !self.cells.is_empty() {
            return self.paragraph_end();
        }
        if at > 0 && at <= self.out.len() && !self.out[..at].ends_with("\n\n") {
            self.out.insert(at, '\n');
        }
        // The heading's line end, then the blank line.
        self.break_line();
        self.break_line();
    }

    fn cell_start(&mut self) {
        self.cells.push(self.out.len());
    }

    fn cell_end(&mut self) {
        if let Some(start) = self.cells.pop() {
            while self.out.len() > start && self.out.ends_with([' ', '\n']) {
                self.out.pop();
            }
            self.push('\t');
        }
    }

    fn row_end(&mut self) {
        if self.out.ends_with('\t') {
            self.out.pop();
        }
        self.break_line();
    }

    /// The text without leading blank lines or trailing whitespace, with
    /// one final newline.
    fn finish(self) -> String {
        let mut text = self.out;
        text.truncate(text.trim_end().len());
        text.drain(..text.len() - text.trim_start_matches(['\n', '\r']).len());
        if !text.is_empty() {
            text.push('\n');
        }
        text
    }
}

fn join_parts(parts: Vec<String>) -> String {
    let mut seen: Vec<&String> = Vec::new();
    for part in &parts {
        if !part.is_empty() && !seen.contains(&part) {
            seen.push(part);
        }
    }
    seen.into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n")
}

fn xml_error(part: &str, reader: &Reader<&[u8]>, error: quick_xml::Error) -> OfficeError {
    OfficeError::Corrupt(format!(
        "part {part} is not well-formed XML near byte {} ({error})",
        reader.error_position()
    ))
}

/// WordprocessingML elements whose whole content is skipped.
fn docx_skipped(name: &str) -> bool {
    matches!(
        name,
        // formatting properties (`w:tabs` inside `w:pPr` holds tab stops, not tabs)
        "pPr" | "rPr" | "sectPr" | "tblPr" | "tblGrid" | "trPr" | "tcPr" | "sdtPr"
        // tracked deletions and moves away
        | "del" | "moveFrom" | "delText" | "delInstrText"
        // field instructions, e.g. HYPERLINK "http://..." or PAGE
        | "instrText"
        // the VML copy of content Word also stores in `mc:Choice`
        | "Fallback"
    )
}

/// Whether a paragraph style's identifier is a heading's or a title's:
/// "Heading1", or its name in a localized Word ("berschrift1" for
/// "Überschrift 1", "Titre1", "Ttulo1", "Titolo1", "Kop1"), a number or
/// none after it.
fn is_heading_style(id: &str) -> bool {
    let base = id
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .to_ascii_lowercase();
    matches!(
        base.as_str(),
        "heading"
            | "title"
            | "berschrift"
            | "uberschrift"
            | "titel"
            | "titre"
            | "ttulo"
            | "titulo"
            | "titolo"
            | "kop"
    )
}

/// Text of one WordprocessingML part (document, header, footer, notes).
fn docx_part_text(part: &str, xml: &str) -> Result<String, OfficeError> {
    let mut reader = Reader::from_str(xml);
    let mut sink = Sink::default();
    let mut skip = 0usize; // depth inside a skipped element
    let mut in_text = 0usize; // depth inside `w:t`
    // The current run is raised: mostly a footnote mark ("New York¹"), set
    // apart from the word before it so that the word stays whole.
    let mut superscript = false;
    // The current run is struck out (`w:strike`, `w:dstrike`): wording a
    // redline shows as deleted, left out as tracked deletions are.
    let mut struck = false;
    // Notes read so far in this part: each note's text starts with its
    // number, as the page shows it ("1 Acme Inc. is a Delaware
    // corporation."), which tells a footnote from body text.
    let mut notes = 0usize;
    // A note's number was just written: the note's text follows it after
    // a space (Word stores that space in the text, LibreOffice does not).
    let mut mark_space = false;
    // Where the paragraph being read starts in the output, and whether its
    // style is a heading's.
    let mut paragraph_at = 0usize;
    let mut heading = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error(part, &reader, e))?;
        if let Event::Start(e) | Event::Empty(e) = &event {
            match e.local_name().as_ref() {
                "pStyle" => {
                    heading |= attribute(e, "w:val").is_some_and(|v| is_heading_style(&v));
                }
                "outlineLvl" => {
                    heading |= attribute(e, "w:val")
                        .and_then(|v| v.trim().parse::<u8>().ok())
                        .is_some_and(|level| level < 9);
                }
                "p" if skip == 0 => {
                    paragraph_at = sink.out.len();
                    heading = false;
                }
                _ => {}
            }
        }
        if let Event::Start(e) | Event::Empty(e) = &event
            && matches!(e.local_name().as_ref(), "strike" | "dstrike")
        {
            struck = attribute(e, "w:val")
                .is_none_or(|v| !matches!(v.trim(), "0" | "false" | "off" | "none"));
        }
        if let Event::Start(e) | Event::Empty(e) = &event
            && e.local_name().as_ref() == "vertAlign"
        {
            superscript = e
                .attributes()
                .flatten()
                .any(|a| a.key.local_name().as_ref() == "val" && a.value.as_ref() == "superscript");
        }
        let (start, end) = match &event {
            Event::Start(e) => (Some(e.local_name()), None),
            Event::Empty(e) => (Some(e.local_name()), Some(e.local_name())),
            Event::End(e) => (None, Some(e.local_name())),
            Event::Text(t) => {
                if skip == 0 && in_text > 0 && !struck {
                    let text = t.xml10_content();
                    if std::mem::take(&mut mark_space) && !text.starts_with(char::is_whitespace) {
                        sink.push(' ');
                    }
                    sink.push_str(&text);
                }
                (None, None)
            }
            Event::CData(t) => {
                if skip == 0 && in_text > 0 && !struck {
                    sink.push_str(&t.xml10_content());
                }
                (None, None)
            }
            Event::GeneralRef(r) => {
                if skip == 0
                    && in_text > 0
                    && !struck
                    && let Some(c) = resolve_reference(r)
                {
                    sink.push(c);
                }
                (None, None)
            }
            Event::Eof => break,
            _ => (None, None),
        };
        if let Some(name) = start {
            let name = name.as_ref();
            if skip > 0 || docx_skipped(name) {
                skip += 1;
            } else {
                match name {
                    "t" => {
                        if superscript {
                            sink.push(' ');
                        }
                        in_text += 1
                    }
                    "r" => {
                        superscript = false;
                        struck = false;
                    }
                    "tab" | "ptab" => sink.push('\t'),
                    "br" | "cr" => sink.break_line(),
                    "noBreakHyphen" => sink.push('-'),
                    "footnoteRef" | "endnoteRef" => {
                        notes += 1;
                        sink.push_str(&notes.to_string());
                        mark_space = true;
                    }
                    "tc" => sink.cell_start(),
                    _ => {}
                }
            }
        }
        if let Some(name) = end {
            if skip > 0 {
                skip -= 1;
            } else {
                match name.as_ref() {
                    "t" => in_text = in_text.saturating_sub(1),
                    "p" if std::mem::take(&mut heading) => sink.set_apart(paragraph_at),
                    "p" => sink.paragraph_end(),
                    "tc" => sink.cell_end(),
                    "tr" => sink.row_end(),
                    _ => {}
                }
            }
        }
    }
    Ok(sink.finish())
}

/// OpenDocument elements whose whole content is skipped.
fn odf_skipped(name: &str) -> bool {
    matches!(
        name,
        // deleted text of tracked changes lives here
        "tracked-changes"
        // comments, and the number shown where a footnote is anchored
        | "annotation" | "note-citation"
        // declarations without document text
        | "sequence-decls" | "forms" | "scripts" | "font-face-decls" | "automatic-styles" | "styles"
    ) || name.ends_with("-source") // index templates (table of contents source, ...)
}

/// Header and footer elements of an ODF master page.
fn odf_region(name: &str) -> bool {
    matches!(
        name,
        "header" | "footer" | "header-left" | "footer-left" | "header-first" | "footer-first"
    )
}

/// The names of the automatic text and paragraph styles of an ODF part
/// that strike their text out (`style:text-line-through-style` other than
/// "none"): a redline's deleted wording, left out as tracked deletions are.
fn odf_struck_styles(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let mut styles = Vec::new();
    let mut current: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "style" => {
                current = attribute(&e, "style:name");
            }
            Ok(Event::Start(e) | Event::Empty(e))
                if e.local_name().as_ref() == "text-properties" =>
            {
                if let Some(name) = &current
                    && attribute(&e, "style:text-line-through-style")
                        .is_some_and(|v| v.trim() != "none")
                    && !styles.contains(name)
                {
                    styles.push(name.clone());
                }
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "style" => current = None,
            // (The styles come before the body: stop there.)
            Ok(Event::Start(e)) if e.local_name().as_ref() == "body" => break,
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    styles
}

/// Text of one ODF part: `[main text, notes text]`. With `regions_only`
/// (styles.xml), the text of each master-page header and footer instead.
fn odf_part_text(part: &str, xml: &str, regions_only: bool) -> Result<Vec<String>, OfficeError> {
    let mut reader = Reader::from_str(xml);
    let mut main = Sink::default();
    let mut notes = Sink::default();
    let mut skip = 0usize; // depth inside a skipped element
    let mut region = 0usize; // depth inside header/footer (styles.xml)
    let mut note = 0usize; // depth inside note bodies
    let mut paragraph = 0usize; // depth inside text:p / text:h
    let mut regions = Vec::new();
    // Notes read so far, and the number the next note paragraph starts
    // with (as the page shows it: "1 Acme Inc. is a Delaware corporation.").
    let mut notes_seen = 0usize;
    let mut note_mark: Option<usize> = None;
    // Where the heading (`text:h`) being read starts in the output.
    let mut heading_at: Option<usize> = None;
    let struck_styles = odf_struck_styles(xml);
    let struck = |element: &BytesStart| {
        !struck_styles.is_empty()
            && attribute(element, "text:style-name").is_some_and(|n| struck_styles.contains(&n))
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error(part, &reader, e))?;
        let active = |skip: usize, region: usize| skip == 0 && (!regions_only || region > 0);
        let sink = if note > 0 { &mut notes } else { &mut main };
        let (start, end) = match &event {
            Event::Start(e) => (Some(e), None),
            Event::Empty(e) => (Some(e), Some(e.local_name())),
            Event::End(e) => (None, Some(e.local_name())),
            Event::Text(t) => {
                if active(skip, region) && paragraph > 0 {
                    sink.push_collapsing(&t.xml10_content());
                }
                (None, None)
            }
            Event::CData(t) => {
                if active(skip, region) && paragraph > 0 {
                    sink.push_collapsing(&t.xml10_content());
                }
                (None, None)
            }
            Event::GeneralRef(r) => {
                if active(skip, region)
                    && paragraph > 0
                    && let Some(c) = resolve_reference(r)
                {
                    sink.push_collapsing(c.encode_utf8(&mut [0; 4]));
                }
                (None, None)
            }
            Event::Eof => break,
            _ => (None, None),
        };
        if let Some(element) = start {
            let local = element.local_name();
            let name = local.as_ref();
            if skip > 0
                || odf_skipped(name)
                || (matches!(name, "span" | "p" | "h") && struck(element))
            {
                skip += 1;
            } else if regions_only && odf_region(name) {
                region += 1;
            } else if active(skip, region) {
                match name {
                    "p" | "h" => {
                        paragraph += 1;
                        if name == "h" {
                            heading_at = Some(sink.out.len());
                        }
                        sink.paragraph_start();
                        if note > 0
                            && let Some(n) = note_mark.take()
                        {
                            sink.push_str(&format!("{n} "));
                        }
                    }
                    "s" => {
                        let count = attribute(element, "text:c")
                            .and_then(|c| c.trim().parse::<usize>().ok())
                            .unwrap_or(1)
                            .clamp(1, MAX_SPACE_RUN);
                        sink.push_str(&" ".repeat(count));
                    }
                    "tab" => sink.push('\t'),
                    "line-break" => sink.break_line(),
                    "table-cell" => sink.cell_start(),
                    "note-body" => {
                        note += 1;
                        notes_seen += 1;
                        note_mark = Some(notes_seen);
                    }
                    _ => {}
                }
            }
        }
        let sink = if note > 0 { &mut notes } else { &mut main };
        if let Some(local) = end {
            let name = local.as_ref();
            if skip > 0 {
                skip -= 1;
            } else if regions_only && odf_region(name) {
                region = region.saturating_sub(1);
                regions.push(std::mem::take(&mut main).finish());
            } else if active(skip, region) {
                match name {
                    "p" | "h" => {
                        paragraph = paragraph.saturating_sub(1);
                        match (name, heading_at.take()) {
                            ("h", Some(at)) => sink.set_apart(at),
                            _ => sink.paragraph_end(),
                        }
                    }
                    "table-cell" => sink.cell_end(),
                    "table-row" => sink.row_end(),
                    "note-body" => note = note.saturating_sub(1),
                    _ => {}
                }
            }
        }
    }
    if regions_only {
        Ok(regions)
    } else {
        Ok(vec![main.finish(), notes.finish()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::sync::OnceLock;
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#;

    const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

    const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;

    fn package(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in entries {
            let method = if *name == "mimetype" {
                CompressionMethod::Stored
            } else {
                CompressionMethod::Deflated
            };
            zip.start_file(
                *name,
                SimpleFileOptions::default().compression_method(method),
            )
            .unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn document_xml(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{body}</w:body></w:document>"#
        )
    }

    fn minimal_docx(body: &str) -> Vec<u8> {
        package(&[
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("word/document.xml", &document_xml(body)),
        ])
    }

    fn para(text: &str) -> String {
        format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
    }

    fn sample_docx() -> Vec<u8> {
        let body = r#"
<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Article 12 – Governing law</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">This Agreement is governed by the laws of the </w:t></w:r><w:ins w:id="1" w:author="Vendor"><w:r><w:t>State of New York</w:t></w:r></w:ins><w:del w:id="2" w:author="Customer"><w:r><w:tab/><w:delText>Republic of France</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>moved away</w:t></w:r></w:moveFrom><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:r><w:t>Clause</w:t></w:r><w:r><w:tab/><w:t>Data &amp; servers in the U.S. &#8211; Caf&#233;</w:t><w:br/><w:t>second line</w:t></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.com/dpa" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>see the DPA</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4536"/></w:tblGrid>
<w:tr><w:tc><w:tcPr><w:tcW w:w="4536"/></w:tcPr><w:p><w:r><w:t>Sub-processor</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Location</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Amazon Web Services</w:t></w:r></w:p><w:p><w:r><w:t>(hosting)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>United States</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Text box</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Text box</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>End</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:commentReference w:id="0"/></w:p>
<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>"#;
        let header =
            |text: &str| format!(r#"<?xml version="1.0"?><w:hdr {W}>{}</w:hdr>"#, para(text));
        let footer = format!(
            r#"<w:ftr {W}><w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"#
        );
        let footnotes = format!(
            r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Including the CLOUD Act, 18 U.S.C. § 2713.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
        );
        let comments = format!(
            r#"<w:comments {W}><w:comment w:id="0">{}</w:comment></w:comments>"#,
            para("Reviewer: reject this")
        );
        package(&[
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("word/document.xml", &document_xml(body)),
            ("word/header1.xml", &header("CONFIDENTIAL – Vendor DPA v3")),
            ("word/header10.xml", &header("First page header")),
            ("word/header2.xml", &header("CONFIDENTIAL – Vendor DPA v3")),
            ("word/footer1.xml", &footer),
            ("word/footnotes.xml", &footnotes),
            ("word/comments.xml", &comments),
        ])
    }

    const SAMPLE_DOCX_TEXT: &str = "Article 12 – Governing law\n\n\
        This Agreement is governed by the laws of the State of New York.\n\
        Clause\tData & servers in the U.S. – Café\n\
        second line\n\
        see the DPA\n\
        Sub-processor\tLocation\n\
        Amazon Web Services (hosting)\tUnited States\n\
        Text box\n\
        \n\
        \n\
        End\n\
        \n\
        1 Including the CLOUD Act, 18 U.S.C. § 2713.\n\
        \n\
        CONFIDENTIAL – Vendor DPA v3\n\
        \n\
        First page header\n\
        \n\
        Page 1\n";

    #[test]
    fn docx_full_sample() {
        let text = docx_text(&sample_docx(), &OfficeLimits::default()).unwrap();
        assert_eq!(text, SAMPLE_DOCX_TEXT);
        for dropped in [
            "Republic of France",
            "moved away",
            "HYPERLINK",
            "Reviewer",
            "720",
        ] {
            assert!(!text.contains(dropped), "{dropped:?} leaked into {text:?}");
        }
    }

    #[test]
    fn docx_headings_stand_apart_but_not_in_table_cells() {
        let body = format!(
            "{}<w:p><w:pPr><w:pStyle w:val=\"berschrift2\"/></w:pPr><w:r><w:t>3. Anfragen von Behörden</w:t></w:r></w:p>{}\
             <w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>Outline heading</w:t></w:r></w:p>{}\
             <w:tbl><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t>Cell heading</w:t></w:r></w:p>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
            para("2.1 Wir speichern Daten in Frankfurt."),
            para("3.1 Anfragen leiten wir an den Kunden weiter."),
            para("Body."),
            para("under it"),
            para("Cell text"),
        );
        let text = docx_text(&minimal_docx(&body), &OfficeLimits::default()).unwrap();
        assert_eq!(
            text,
            "2.1 Wir speichern Daten in Frankfurt.\n\n3. Anfragen von Behörden\n\n\
             3.1 Anfragen leiten wir an den Kunden weiter.\n\nOutline heading\n\nBody.\n\
             Cell heading under it\tCell text\n"
        );
        assert!(is_heading_style("Titre1") && is_heading_style("Heading10"));
        assert!(!is_heading_style("ListParagraph") && !is_heading_style("Kopfzeile"));
    }

    #[test]
    fn docx_main_part_from_relationships() {
        let rels = ROOT_RELS.replace("word/document.xml", "/word/document2.xml");
        let bytes = package(&[
            ("_rels/.rels", &rels),
            (
                "word/document2.xml",
                &document_xml(&para("Renamed main part")),
            ),
        ]);
        assert_eq!(
            docx_text(&bytes, &OfficeLimits::default()).unwrap(),
            "Renamed main part\n"
        );
    }

    #[test]
    fn docx_without_rels_uses_default_part() {
        let bytes = package(&[("word/document.xml", &document_xml(&para("No rels")))]);
        assert_eq!(
            docx_text(&bytes, &OfficeLimits::default()).unwrap(),
            "No rels\n"
        );
    }

    #[test]
    fn docx_nested_table_and_empty_cells() {
        let body = format!(
            "<w:tbl><w:tr><w:tc/><w:tc>{}</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>{}",
            para("B"),
            para("after")
        );
        let text = docx_text(&minimal_docx(&body), &OfficeLimits::default()).unwrap();
        assert_eq!(text, "\tB\t\nafter\n");
    }

    #[test]
    fn docx_superscript_run_is_set_apart() {
        let body = "<w:p><w:r><w:t>the laws of New York</w:t></w:r>\
            <w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>1</w:t></w:r>\
            <w:r><w:t>. Subscript</w:t></w:r>\
            <w:r><w:rPr><w:vertAlign w:val=\"subscript\"/></w:rPr><w:t>2</w:t></w:r></w:p>";
        let text = docx_text(&minimal_docx(body), &OfficeLimits::default()).unwrap();
        assert_eq!(text, "the laws of New York 1. Subscript2\n");
    }

    #[test]
    fn docx_missing_main_part_is_corrupt() {
        let bytes = package(&[
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
        ]);
        let err = docx_text(&bytes, &OfficeLimits::default()).unwrap_err();
        assert_eq!(
            err,
            OfficeError::Corrupt("the main text part (word/document.xml) is missing".into())
        );
    }

    #[test]
    fn docx_malformed_xml_is_corrupt() {
        let bytes = package(&[(
            "word/document.xml",
            &format!("<w:document {W}><w:body><w:p><w:t>x</w:p></w:body></w:document>"),
        )]);
        let err = docx_text(&bytes, &OfficeLimits::default()).unwrap_err();
        assert!(
            matches!(&err, OfficeError::Corrupt(m) if m.contains("word/document.xml is not well-formed XML")),
            "{err:?}"
        );
    }

    #[test]
    fn billion_laughs_is_not_expanded() {
        let mut dtd = String::from(
            r#"<!DOCTYPE w:document [ <!ENTITY lol "lol"> <!ENTITY xxe SYSTEM "file:///etc/passwd">"#,
        );
        for level in 1..=9 {
            let previous = if level == 1 {
                "lol".to_string()
            } else {
                format!("lol{}", level - 1)
            };
            dtd.push_str(&format!(
                " <!ENTITY lol{level} \"{}\">",
                format!("&{previous};").repeat(10)
            ));
        }
        dtd.push_str(" ]>");
        let xml = format!(
            r#"<?xml version="1.0"?>{dtd}<w:document {W}><w:body><w:p><w:r><w:t>Before &lol9; after &xxe;&amp; end</w:t></w:r></w:p></w:body></w:document>"#
        );
        let bytes = package(&[("word/document.xml", &xml)]);
        assert_eq!(
            docx_text(&bytes, &OfficeLimits::default()).unwrap(),
            "Before  after & end\n"
        );
    }

    /// A DOCX whose document.xml is 200 MB of zeros, streamed into the writer.
    fn zip_bomb() -> &'static [u8] {
        static BOMB: OnceLock<Vec<u8>> = OnceLock::new();
        BOMB.get_or_init(|| {
            let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
            let options = SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(6));
            zip.start_file("word/document.xml", options).unwrap();
            let zeros = vec![0u8; 1 << 20];
            for _ in 0..200 {
                zip.write_all(&zeros).unwrap();
            }
            zip.finish().unwrap().into_inner()
        })
    }

    #[test]
    fn zip_bomb_refused_by_ratio() {
        let bomb = zip_bomb();
        assert!(bomb.len() < 1024 * 1024, "bomb is {} bytes", bomb.len());
        let err = docx_text(bomb, &OfficeLimits::default()).unwrap_err();
        assert!(
            matches!(&err, OfficeError::TooLarge(m)
                if m.starts_with("part word/document.xml declares 209715200 bytes from ")
                && m.ends_with(" compressed bytes, a compression ratio above the limit of 200:1")),
            "{err:?}"
        );
    }

    #[test]
    fn zip_bomb_refused_by_size() {
        let limits = OfficeLimits {
            max_uncompressed: 100 * 1024 * 1024,
            max_ratio: u64::MAX,
        };
        let err = docx_text(zip_bomb(), &limits).unwrap_err();
        assert_eq!(
            err,
            OfficeError::TooLarge(
                "part word/document.xml declares 209715200 bytes, above the limit of 104857600 bytes"
                    .into()
            )
        );
        assert!(err.to_string().contains("zip bomb"));
    }

    /// Overwrites the little-endian u32 at `offset` of every ZIP header with
    /// `signature` (local `PK\x03\x04`: name at 30; central `PK\x01\x02`: name
    /// at 46) whose entry name is `entry`.
    fn patch_headers(
        bytes: &mut [u8],
        signature: &[u8; 4],
        offset: usize,
        entry: &str,
        f: impl Fn(u32) -> u32,
    ) {
        let name_at = if signature == b"PK\x03\x04" { 30 } else { 46 };
        let positions: Vec<usize> = bytes
            .windows(4)
            .enumerate()
            .filter(|(i, w)| w == signature && bytes[i + name_at..].starts_with(entry.as_bytes()))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(positions.len(), 1, "{entry} header not found once");
        for at in positions {
            let field = &mut bytes[at + offset..at + offset + 4];
            let value = f(u32::from_le_bytes(field.try_into().unwrap()));
            field.copy_from_slice(&value.to_le_bytes());
        }
    }

    #[test]
    fn lying_size_header_cannot_force_a_big_read() {
        // 3 MiB of real text whose headers claim 10 bytes.
        let body = para(&"US jurisdiction. ".repeat(3 * 1024 * 1024 / 17));
        let mut bytes = minimal_docx(&body);
        patch_headers(&mut bytes, b"PK\x03\x04", 22, "word/document.xml", |_| 10);
        patch_headers(&mut bytes, b"PK\x01\x02", 24, "word/document.xml", |_| 10);
        // The zip crate stops at the declared size; our own `take(cap + 1)`
        // is the second guard for the cases it would not catch.
        for limits in [
            OfficeLimits {
                max_uncompressed: 1024 * 1024,
                max_ratio: 1000,
            },
            OfficeLimits::default(),
        ] {
            assert_eq!(
                docx_text(&bytes, &limits),
                Err(OfficeError::Corrupt(
                    "part word/document.xml could not be unpacked (File is larger than its \
                     declared uncompressed size)"
                        .into()
                ))
            );
        }
    }

    #[test]
    fn total_budget_spans_parts() {
        let big = para(&"x".repeat(600 * 1024));
        let bytes = package(&[
            ("word/document.xml", &document_xml(&big)),
            ("word/header1.xml", &format!("<w:hdr {W}>{big}</w:hdr>")),
        ]);
        let limits = OfficeLimits {
            max_uncompressed: 1024 * 1024,
            max_ratio: 1000,
        };
        assert!(matches!(
            docx_text(&bytes, &limits),
            Err(OfficeError::TooLarge(_))
        ));
        let limits = OfficeLimits {
            max_uncompressed: 2 * 1024 * 1024,
            max_ratio: 1000,
        };
        assert!(docx_text(&bytes, &limits).is_ok());
    }

    #[test]
    fn ole_files_are_encrypted_or_legacy() {
        let mut ole = OLE_MAGIC.to_vec();
        ole.resize(4096, 0);
        assert_eq!(
            docx_text(&ole, &OfficeLimits::default()),
            Err(OfficeError::Encrypted)
        );
        assert_eq!(
            odt_text(&ole, &OfficeLimits::default()),
            Err(OfficeError::Encrypted)
        );

        let utf16 = |s: &str| {
            s.encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect::<Vec<u8>>()
        };
        let mut encrypted = ole.clone();
        encrypted.extend(utf16("EncryptionInfo"));
        encrypted.extend(utf16("EncryptedPackage"));
        assert_eq!(
            docx_text(&encrypted, &OfficeLimits::default()),
            Err(OfficeError::Encrypted)
        );

        let mut legacy = ole.clone();
        legacy.extend(utf16("WordDocument"));
        let err = docx_text(&legacy, &OfficeLimits::default()).unwrap_err();
        assert!(
            matches!(&err, OfficeError::Corrupt(m) if m.contains("Word 97-2003 (.doc)")),
            "{err:?}"
        );
        assert!(OfficeError::Encrypted.to_string().contains("password"));
    }

    #[test]
    fn zip_level_encryption_is_reported() {
        let mut bytes = minimal_docx(&para("secret"));
        // Set bit 0 (encrypted) of the general purpose flags.
        patch_headers(&mut bytes, b"PK\x03\x04", 6, "word/document.xml", |flags| {
            flags | 1
        });
        patch_headers(&mut bytes, b"PK\x01\x02", 8, "word/document.xml", |flags| {
            flags | 1
        });
        assert_eq!(
            docx_text(&bytes, &OfficeLimits::default()),
            Err(OfficeError::Encrypted)
        );
    }

    #[test]
    fn not_a_zip_is_corrupt() {
        for bytes in [&b""[..], b"PK", b"hello world", b"%PDF-1.7\n"] {
            assert!(matches!(
                docx_text(bytes, &OfficeLimits::default()),
                Err(OfficeError::Corrupt(_))
            ));
            assert!(matches!(
                odt_text(bytes, &OfficeLimits::default()),
                Err(OfficeError::Corrupt(_))
            ));
        }
    }

    #[test]
    fn truncated_docx_is_corrupt_at_every_length() {
        let full = sample_docx();
        let half = &full[..full.len() / 2];
        let err = docx_text(half, &OfficeLimits::default()).unwrap_err();
        assert!(
            matches!(&err, OfficeError::Corrupt(m) if m.contains("truncated")),
            "{err:?}"
        );
        for len in 0..full.len() {
            let result = docx_text(&full[..len], &OfficeLimits::default());
            assert!(
                matches!(result, Err(OfficeError::Corrupt(_))),
                "length {len}: {result:?}"
            );
        }
    }

    /// Deterministic xorshift, so failures reproduce.
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn corrupted_packages_never_panic() {
        let limits = OfficeLimits {
            max_uncompressed: 4 * 1024 * 1024,
            max_ratio: 100,
        };
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for original in [sample_docx(), sample_odt()] {
            for _ in 0..1500 {
                let mut bytes = original.clone();
                for _ in 0..1 + xorshift(&mut state) % 8 {
                    let at = (xorshift(&mut state) % bytes.len() as u64) as usize;
                    bytes[at] = xorshift(&mut state) as u8;
                }
                let _ = docx_text(&bytes, &limits);
                let _ = odt_text(&bytes, &limits);
            }
        }
    }

    /// Mutates the XML itself (not the ZIP bytes) so the parser sees broken markup.
    #[test]
    fn corrupted_xml_never_panics() {
        let mut state = 0x1234_5678_9ABC_DEF0u64;
        let xml = document_xml(&para("Data &amp; <b>US</b>"));
        for _ in 0..500 {
            let mut broken = xml.clone().into_bytes();
            for _ in 0..1 + xorshift(&mut state) % 4 {
                let at = (xorshift(&mut state) % broken.len() as u64) as usize;
                broken[at] = b"<>&;/=\"' x\0"[(xorshift(&mut state) % 11) as usize];
            }
            let broken = String::from_utf8_lossy(&broken).into_owned();
            let _ = docx_text(
                &package(&[("word/document.xml", &broken)]),
                &OfficeLimits::default(),
            );
            let _ = odt_text(
                &package(&[("content.xml", &broken)]),
                &OfficeLimits::default(),
            );
        }
    }

    const ODF_NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3""#;

    const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;

    fn odt(content_body: &str, styles: Option<&str>, manifest: &str) -> Vec<u8> {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS}><office:automatic-styles><style:style style:name="P1" style:family="paragraph"/></office:automatic-styles>
<office:body><office:text>{content_body}</office:text></office:body></office:document-content>"#
        );
        let mut entries = vec![
            (
                "mimetype",
                "application/vnd.oasis.opendocument.text".to_string(),
            ),
            ("META-INF/manifest.xml", manifest.to_string()),
            ("content.xml", content),
        ];
        if let Some(styles) = styles {
            entries.push((
                "styles.xml",
                format!(
                    r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODF_NS}><office:styles><style:style style:name="Standard" style:family="paragraph"/></office:styles><office:master-styles>{styles}</office:master-styles></office:document-styles>"#
                ),
            ));
        }
        let entries: Vec<(&str, &str)> = entries.iter().map(|(n, c)| (*n, c.as_str())).collect();
        package(&entries)
    }

    fn sample_odt() -> Vec<u8> {
        let body = r#"
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Customer</dc:creator></office:change-info><text:p>Paris courts</text:p></text:deletion></text:changed-region><text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>Vendor</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
<text:h text:outline-level="1">Article 9 – Jurisdiction</text:h>
<text:p text:style-name="P1">The courts of <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>New York<text:change-end text:change-id="ct2"/> have   exclusive
    jurisdiction.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Including federal courts.</text:p></text:note-body></text:note></text:p>
<text:p>Col A<text:tab/>Col B<text:s text:c="3"/>x<text:s/>y<text:line-break/>next line &amp; more &#233;</text:p>
<text:p><office:annotation><dc:creator>Reviewer</dc:creator><text:p>Reject this</text:p></office:annotation>Annotated</text:p>
<table:table table:name="T1"><table:table-column/><table:table-row><table:table-cell><text:p>Sub-processor</text:p></table:table-cell><table:table-cell><text:p>Country</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>Google LLC</text:p><text:p>(analytics)</text:p></table:table-cell><table:table-cell><text:p>USA</text:p></table:table-cell></table:table-row></table:table>
<text:p/>
<text:list><text:list-item><text:p>Item one</text:p></text:list-item></text:list>
<text:table-of-content><text:table-of-content-source><text:index-title-template>Contents template</text:index-title-template></text:table-of-content-source><text:index-body><text:p>Article 9<text:tab/>1</text:p></text:index-body></text:table-of-content>"#;
        let styles = r#"<style:master-page style:name="Standard"><style:header><text:p>Confidential – Vendor DPA</text:p></style:header><style:header-left><text:p>Confidential – Vendor DPA</text:p></style:header-left><style:footer><text:p>Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page>"#;
        odt(body, Some(styles), MANIFEST)
    }

    const SAMPLE_ODT_TEXT: &str = "Article 9 – Jurisdiction\n\n\
        The courts of New York have exclusive jurisdiction.\n\
        Col A\tCol B   x y\n\
        next line & more é\n\
        Annotated\n\
        Sub-processor\tCountry\n\
        Google LLC (analytics)\tUSA\n\
        \n\
        Item one\n\
        Article 9\t1\n\
        \n\
        1 Including federal courts.\n\
        \n\
        Confidential – Vendor DPA\n\
        \n\
        Page 1\n";

    #[test]
    fn odt_full_sample() {
        let text = odt_text(&sample_odt(), &OfficeLimits::default()).unwrap();
        assert_eq!(text, SAMPLE_ODT_TEXT);
        for dropped in ["Paris", "Reviewer", "Reject", "Customer", "template"] {
            assert!(!text.contains(dropped), "{dropped:?} leaked into {text:?}");
        }
    }

    /// Struck-out text, a redline's deleted wording, is left out of both
    /// formats; the rest of its paragraph stays.
    #[test]
    fn struck_out_runs_are_left_out() {
        let body = r#"<w:p><w:r><w:t xml:space="preserve">Governed by the laws of </w:t></w:r><w:r><w:rPr><w:strike/></w:rPr><w:t>the State of Delaware</w:t></w:r><w:r><w:rPr><w:strike w:val="0"/></w:rPr><w:t>France</w:t></w:r><w:r><w:rPr><w:dstrike/></w:rPr><w:t> (USA)</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>"#;
        let text = docx_text(&minimal_docx(body), &OfficeLimits::default()).unwrap();
        assert_eq!(text, "Governed by the laws of France.\n");
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS}><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/></style:style><style:style style:name="T2" style:family="text"><style:text-properties style:text-line-through-style="none" fo:font-weight="bold"/></style:style></office:automatic-styles>
<office:body><office:text><text:p>Governed by the laws of <text:span text:style-name="T1">the State of Delaware</text:span><text:span text:style-name="T2">France</text:span>.</text:p></office:text></office:body></office:document-content>"#
        );
        let bytes = package(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("META-INF/manifest.xml", MANIFEST),
            ("content.xml", &content),
        ]);
        assert_eq!(
            odt_text(&bytes, &OfficeLimits::default()).unwrap(),
            "Governed by the laws of France.\n"
        );
    }

    #[test]
    fn odt_without_styles() {
        let bytes = odt("<text:p>Only body</text:p>", None, MANIFEST);
        assert_eq!(
            odt_text(&bytes, &OfficeLimits::default()).unwrap(),
            "Only body\n"
        );
    }

    #[test]
    fn odt_space_runs_are_capped() {
        let bytes = odt(
            r#"<text:p>a<text:s text:c="4000000000"/>b</text:p>"#,
            None,
            MANIFEST,
        );
        let text = odt_text(&bytes, &OfficeLimits::default()).unwrap();
        assert_eq!(text, format!("a{}b\n", " ".repeat(MAX_SPACE_RUN)));
    }

    #[test]
    fn odt_encrypted_manifest() {
        let manifest = MANIFEST.replace(
            r#"manifest:media-type="text/xml"/>"#,
            r#"manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/></manifest:file-entry>"#,
        );
        let bytes = odt("<text:p>secret</text:p>", None, &manifest);
        assert_eq!(
            odt_text(&bytes, &OfficeLimits::default()),
            Err(OfficeError::Encrypted)
        );
    }

    #[test]
    fn odt_missing_content_is_corrupt() {
        let bytes = package(&[("mimetype", "application/vnd.oasis.opendocument.text")]);
        assert_eq!(
            odt_text(&bytes, &OfficeLimits::default()),
            Err(OfficeError::Corrupt(
                "the main text part (content.xml) is missing".into()
            ))
        );
    }

    #[test]
    fn odt_zip_bomb_refused() {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("content.xml", SimpleFileOptions::default())
            .unwrap();
        let spaces = vec![b' '; 1 << 20];
        for _ in 0..20 {
            zip.write_all(&spaces).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        let limits = OfficeLimits {
            max_uncompressed: 1 << 30,
            max_ratio: 50,
        };
        assert!(matches!(
            odt_text(&bytes, &limits),
            Err(OfficeError::TooLarge(_))
        ));
    }

    #[test]
    fn utf16_xml_part_is_decoded() {
        let xml = document_xml(&para("Gerichtsstand München"));
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(xml.encode_utf16().flat_map(u16::to_le_bytes));
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("word/document.xml", SimpleFileOptions::default())
            .unwrap();
        zip.write_all(&utf16).unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        assert_eq!(
            docx_text(&bytes, &OfficeLimits::default()).unwrap(),
            "Gerichtsstand München\n"
        );
    }
}
