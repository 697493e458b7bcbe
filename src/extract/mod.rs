//! Extraction: from a file's bytes to text, page by page where the format
//! has pages. Each extractor returns either the text or an
//! [`ExtractError`] whose status says precisely why there is none.

pub mod doc;
pub mod encoding;
pub mod html;
pub mod mail;
pub mod msg;
pub mod office;
mod ole;
pub mod pdf;
pub mod ppt;
pub mod rtf;
pub mod text;
pub mod xls;

use crate::record::Status;

/// Document formats clausescan knows about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Pdf,
    Docx,
    /// Word 97-2003 binary.
    Doc,
    /// OpenDocument spreadsheet and presentation (read as ODT is).
    Ods,
    Odp,
    /// Office Open XML workbook and presentation.
    Xlsx,
    Pptx,
    /// E-mail (RFC 5322 / MIME); its attachments are documents of their own.
    Email,
    /// A web page saved as one MIME file.
    Mhtml,
    /// Outlook message; its attachments are documents of their own.
    Msg,
    /// Excel 97-2003 workbook.
    Xls,
    /// PowerPoint 97-2003 presentation.
    Ppt,
    /// A picture (PNG, JPEG, TIFF, GIF, WebP, BMP): a scanned page, read
    /// only by OCR.
    Image,
    Odt,
    Html,
    Rtf,
    Unknown,
    /// Comma- or semicolon-separated values: a table, read as one.
    Csv,
}

impl Format {
    /// Every format, in a fixed order (used by the worker protocol).
    pub const ALL: [Format; 20] = [
        Format::Unknown,
        Format::Text,
        Format::Markdown,
        Format::Pdf,
        Format::Docx,
        Format::Odt,
        Format::Html,
        Format::Rtf,
        Format::Doc,
        Format::Email,
        Format::Mhtml,
        Format::Ods,
        Format::Odp,
        Format::Xlsx,
        Format::Pptx,
        Format::Msg,
        Format::Xls,
        Format::Image,
        Format::Ppt,
        Format::Csv,
    ];

    /// True for formats whose extractor may crash or balloon, and so runs
    /// in a worker process when a pool is available: PDF (pdf-extract can
    /// overflow its stack or loop), and `.xls` (calamine reserves memory for
    /// the cells a sheet's DIMENSIONS record declares, which a damaged file
    /// can put at hundreds of gigabytes: fuzzing found one).
    pub fn needs_isolation(self) -> bool {
        matches!(self, Format::Pdf | Format::Xls)
    }

    /// The name used in the record's `format` field.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Csv => "csv",
            Format::Markdown => "markdown",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Doc => "doc",
            Format::Email => "eml",
            Format::Ods => "ods",
            Format::Odp => "odp",
            Format::Xlsx => "xlsx",
            Format::Pptx => "pptx",
            Format::Mhtml => "mhtml",
            Format::Msg => "msg",
            Format::Xls => "xls",
            Format::Image => "image",
            Format::Ppt => "ppt",
            Format::Odt => "odt",
            Format::Html => "html",
            Format::Rtf => "rtf",
            Format::Unknown => "unknown",
        }
    }

    /// Decide the format from the file name and its first bytes. Content
    /// wins over the extension where the content is unambiguous (a PDF
    /// named `.txt` is read as a PDF).
    pub fn detect(name: &str, head: &[u8]) -> Format {
        if head.len() >= 5 && memmem(&head[..head.len().min(1024)], b"%PDF-") {
            return Format::Pdf;
        }
        if head.starts_with(b"{\\rtf") {
            return Format::Rtf;
        }
        if [
            &b"\x89PNG\r\n\x1a\n"[..],
            b"\xFF\xD8\xFF",
            b"II*\x00",
            b"MM\x00*",
            b"GIF87a",
            b"GIF89a",
        ]
        .iter()
        .any(|m| head.starts_with(m))
            || (head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP"))
        {
            return Format::Image;
        }
        let ext = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        let zip = head.starts_with(b"PK\x03\x04");
        if zip {
            // An OOXML or ODF package: the mimetype entry (ODF) or the
            // extension tells which.
            let mimetype = &head[..head.len().min(256)];
            for (kind, format) in [
                (&b"application/vnd.oasis.opendocument.text"[..], Format::Odt),
                (
                    b"application/vnd.oasis.opendocument.spreadsheet",
                    Format::Ods,
                ),
                (
                    b"application/vnd.oasis.opendocument.presentation",
                    Format::Odp,
                ),
            ] {
                if memmem(mimetype, kind) {
                    return format;
                }
            }
            return match ext.as_str() {
                // (Word opens a .docx package named .doc too.)
                "docx" | "docm" | "dotx" | "dotm" | "doc" | "dot" => Format::Docx,
                "odt" | "ott" => Format::Odt,
                "ods" | "ots" => Format::Ods,
                "odp" | "otp" => Format::Odp,
                "xlsx" | "xlsm" | "xltx" | "xltm" | "xls" => Format::Xlsx,
                "pptx" | "pptm" | "ppsx" | "ppsm" | "potx" | "potm" | "ppt" => Format::Pptx,
                _ => Format::Unknown,
            };
        }
        match ext.as_str() {
            "txt" | "text" | "tsv" | "log" => Format::Text,
            "csv" => Format::Csv,
            "md" | "markdown" | "mdown" => Format::Markdown,
            "pdf" => Format::Pdf,
            "html" | "htm" | "xhtml" | "xht" => Format::Html,
            // An OLE file named .docx is an encrypted (or old) Word file:
            // the .doc reader says which.
            "docx" | "docm" => Format::Docx,
            // Word also saves web pages (and RTF, above) under .doc.
            "doc" | "dot" if !head.starts_with(&office::OLE_MAGIC) && looks_like_html(head) => {
                Format::Html
            }
            "doc" | "dot" => Format::Doc,
            "odt" => Format::Odt,
            // (Not zip packages: encrypted ones are OLE2 files, which the
            // office reader reports as such; anything else is damaged.)
            "xlsx" | "xlsm" => Format::Xlsx,
            "pptx" | "pptm" => Format::Pptx,
            "rtf" => Format::Rtf,
            "bmp" if head.starts_with(b"BM") => Format::Image,
            "eml" => Format::Email,
            "msg" => Format::Msg,
            // Web applications export HTML tables as .xls.
            "xls" if !head.starts_with(&office::OLE_MAGIC) && looks_like_html(head) => Format::Html,
            "xls" | "xlt" => Format::Xls,
            "ppt" | "pps" | "pot" => Format::Ppt,
            "mht" | "mhtml" => Format::Mhtml,
            _ if looks_like_html(head) => Format::Html,
            _ => Format::Unknown,
        }
    }
}

fn looks_like_html(head: &[u8]) -> bool {
    let start = &head[..head.len().min(512)];
    let lower: Vec<u8> = start.iter().map(u8::to_ascii_lowercase).collect();
    let trimmed = lower
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .map_or(&lower[..0], |i| &lower[i..]);
    trimmed.starts_with(b"<!doctype html") || trimmed.starts_with(b"<html")
}

fn memmem(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// An attachment of an e-mail: its name (a safe path component, unique in
/// its message), and its bytes or why they were not read.
pub type Attachment = (String, Result<Vec<u8>, (Status, String)>);

/// An e-mail's attachments, and how many of its parts were left out as
/// pictures of its body (signature logos and the like, shown inline by the
/// message: not documents of their own).
#[derive(Debug, Default)]
pub struct Attachments {
    pub files: Vec<Attachment>,
    pub inline_images: usize,
}

/// Extracted text.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    /// The whole text; PDF pages are joined by a form feed (`\x0c`).
    pub text: String,
    /// Byte offset where each page starts; empty when the format has no
    /// pages.
    pub page_starts: Vec<usize>,
    /// Number of pages (PDF).
    pub pages: Option<u32>,
    /// Text encoding used (text formats).
    pub encoding: Option<String>,
    /// True when invalid bytes were replaced while decoding.
    pub lossy: bool,
    /// Non-fatal problems.
    pub warnings: Vec<String>,
}

/// Why a document yielded no text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ExtractError {
    pub status: Status,
    pub message: String,
}

impl ExtractError {
    /// A new error with a status and a message for the record.
    pub fn new(status: Status, message: impl Into<String>) -> ExtractError {
        ExtractError {
            status,
            message: message.into(),
        }
    }
}

/// Limits applied while extracting.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Maximum extracted text, in bytes.
    pub max_text: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_text: 256 << 20,
        }
    }
}

/// Extract the text of a document whose bytes are `bytes`, in this process.
pub fn extract(format: Format, bytes: &[u8], limits: &Limits) -> Result<Extracted, ExtractError> {
    extract_in_process(format, bytes, limits)
}

/// Extract in this process (what a worker runs).
pub fn extract_in_process(
    format: Format,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Extracted, ExtractError> {
    let mut out = match format {
        Format::Text | Format::Markdown => text::extract(bytes)?,
        Format::Csv => text::extract_csv(bytes)?,
        Format::Pdf => pdf::extract(bytes)?,
        // An OLE2 file named .docx: an old .doc, or an encrypted package.
        Format::Doc | Format::Docx if bytes.starts_with(&office::OLE_MAGIC) => doc::extract(bytes)?,
        Format::Doc => {
            return Err(ExtractError::new(
                Status::Error,
                "named .doc but neither a Word 97-2003 file, a .docx package, RTF nor HTML",
            ));
        }
        Format::Docx | Format::Odt | Format::Ods | Format::Odp | Format::Xlsx | Format::Pptx => {
            office_extract(format, bytes, limits)?
        }
        Format::Html => Extracted {
            text: html::html_text(bytes),
            ..Extracted::default()
        },
        Format::Rtf => rtf::extract(bytes)?,
        Format::Email => mail::extract_email(bytes)?,
        Format::Mhtml => mail::extract_mhtml(bytes)?,
        Format::Msg => msg::extract(bytes)?,
        Format::Xls => xls::extract(bytes)?,
        Format::Ppt => ppt::extract(bytes)?,
        Format::Image => {
            return Err(ExtractError::new(
                Status::NoText,
                "an image (a scanned page?): no text layer; run with --ocr to read it",
            ));
        }
        Format::Unknown => {
            return Err(ExtractError::new(
                Status::Unsupported,
                "not a supported document format",
            ));
        }
    };
    redline_marks(&mut out, format == Format::Markdown);
    // Columns laid out with spaces are a table in whatever format holds
    // them: a text file, or one pasted into a Word document, a web page or
    // an e-mail. (Not in spreadsheets and CSV, whose cells are
    // tab-separated. In a PDF, whose reader finds cells by where the text is
    // drawn, only a table typed with spaces under a rule of dashes: see
    // [`text::mark_ruled_tables`].)
    match format {
        Format::Csv | Format::Xlsx | Format::Xls | Format::Ods => {}
        Format::Pdf => text::mark_ruled_tables(&mut out.text),
        _ => text::mark_tables(&mut out.text),
    }
    if out.text.len() > limits.max_text {
        return Err(ExtractError::new(
            Status::TooLarge,
            format!(
                "extracted text is {} bytes, over the limit of {} bytes",
                out.text.len(),
                limits.max_text
            ),
        ));
    }
    Ok(out)
}

/// [`text::apply_redline_marks`] page by page where the text has pages,
/// so that `page_starts` stays true (a mark that runs over a page break is
/// left as it is).
fn redline_marks(out: &mut Extracted, markdown: bool) {
    if !text::has_redline_marks(&out.text, markdown) {
        return;
    }
    if out.page_starts.is_empty() {
        text::apply_redline_marks(&mut out.text, markdown);
        return;
    }
    // (Offsets that do not fall between characters, or out of order: the
    // text is left as it is.)
    let Some(mut text) = out.text.get(..out.page_starts[0]).map(str::to_string) else {
        return;
    };
    let mut starts = Vec::with_capacity(out.page_starts.len());
    for (i, &start) in out.page_starts.iter().enumerate() {
        let end = out
            .page_starts
            .get(i + 1)
            .copied()
            .unwrap_or(out.text.len());
        let Some(page) = out.text.get(start..end) else {
            return;
        };
        let mut page = page.to_string();
        text::apply_redline_marks(&mut page, markdown);
        starts.push(text.len());
        text.push_str(&page);
    }
    out.text = text;
    out.page_starts = starts;
}

/// The text `read` returns, as [`Extracted`]; a panic inside it (in a
/// dependency's parser) is contained and becomes an `error` naming the
/// `kind` of reader.
fn contained_text(
    kind: &str,
    read: impl FnOnce() -> Result<String, ExtractError>,
) -> Result<Extracted, ExtractError> {
    let text = pdf::contain(read)
        .map_err(|m| ExtractError::new(Status::Error, format!("{kind} reader crashed: {m}")))??;
    Ok(Extracted {
        text,
        ..Extracted::default()
    })
}

fn office_extract(
    format: Format,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Extracted, ExtractError> {
    let ol = office::OfficeLimits {
        max_uncompressed: limits.max_text as u64,
        ..office::OfficeLimits::default()
    };
    let r = match format {
        Format::Odt | Format::Ods | Format::Odp => office::odt_text(bytes, &ol),
        Format::Xlsx => office::xlsx_text(bytes, &ol),
        Format::Pptx => office::pptx_text(bytes, &ol),
        _ => office::docx_text(bytes, &ol),
    };
    r.map(|text| Extracted {
        text,
        ..Extracted::default()
    })
    .map_err(|e| {
        let status = match e {
            office::OfficeError::Corrupt(_) => Status::Error,
            office::OfficeError::TooLarge(_) => Status::TooLarge,
            office::OfficeError::Encrypted => Status::Encrypted,
        };
        ExtractError::new(status, e.to_string())
    })
}

/// Whether the text that starts a line is only a list label ("1.1",
/// "(b)", "iv.", "§ 3", "Art. 5", a bullet) or blank: the gap after it is
/// a hanging indent, not a cell border.
pub(crate) fn is_label(line: &str) -> bool {
    let t = line.trim_start();
    // (Read at every word's start: a line already longer than any label is
    // not read again, so a page set as one long line costs nothing here.)
    if t.len() > 24 {
        return false;
    }
    let t = t.trim_end();
    if t.is_empty() {
        return true;
    }
    let t = [
        "article",
        "artikel",
        "articolo",
        "articulo",
        "artículo",
        "section",
        "art.",
        "§",
    ]
    .iter()
    .find_map(|w| {
        t.get(..w.len())
            .filter(|h| h.eq_ignore_ascii_case(w))
            .map(|_| t[w.len()..].trim_start())
    })
    .unwrap_or(t);
    if t.chars().count() == 1 {
        return true;
    }
    let core = t.trim_start_matches('(').trim_end_matches(['.', ')', ':']);
    !core.is_empty()
        && core.len() <= 12
        && (core
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
            || (core.len() == 1 && core.bytes().all(|b| b.is_ascii_alphabetic()))
            || core.bytes().all(|b| b"ivxlcIVXLC".contains(&b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_content_then_extension() {
        assert_eq!(Format::detect("a.txt", b"%PDF-1.4\n"), Format::Pdf);
        assert_eq!(Format::detect("A.TXT", b"hello"), Format::Text);
        assert_eq!(Format::detect("notes.md", b"# x"), Format::Markdown);
        assert_eq!(Format::detect("x.pdf", b"garbage"), Format::Pdf);
        assert_eq!(Format::detect("x.exe", b"MZ"), Format::Unknown);
        assert_eq!(Format::detect("noext", b"text"), Format::Unknown);
        assert_eq!(Format::detect("a.docx", b"PK\x03\x04rest"), Format::Docx);
        assert_eq!(Format::detect("a.zip", b"PK\x03\x04rest"), Format::Unknown);
        assert_eq!(
            Format::detect("page", b"  <!DOCTYPE html><html>"),
            Format::Html
        );
        assert_eq!(Format::detect("p.HTM", b"<p>x"), Format::Html);
        assert_eq!(Format::detect("cgv.doc", b"{\\rtf1\\ansi x}"), Format::Rtf);
        assert_eq!(Format::detect("cgv.rtf", b"garbage"), Format::Rtf);
        // Word saves .doc files in four formats: each goes to its reader.
        let ole = office::OLE_MAGIC;
        assert_eq!(Format::detect("cgv.doc", &ole), Format::Doc);
        assert_eq!(Format::detect("CGV.DOT", &ole), Format::Doc);
        assert_eq!(Format::detect("cgv.doc", b"PK\x03\x04rest"), Format::Docx);
        assert_eq!(Format::detect("cgv.doc", b"<html><body>"), Format::Html);
        assert_eq!(Format::detect("cgv.doc", b"garbage"), Format::Doc);
        // An OLE2 file named .docx: encrypted, or a .doc (the .doc reader
        // tells which).
        assert_eq!(Format::detect("a.docx", &ole), Format::Docx);
        assert_eq!(Format::detect("a.xls", &ole), Format::Xls);
        assert_eq!(Format::detect("a.ppt", &ole), Format::Ppt);
        assert_eq!(Format::detect("a.msi", &ole), Format::Unknown);
        assert_eq!(
            Format::detect("scan.png", b"\x89PNG\r\n\x1a\n...."),
            Format::Image
        );
        assert_eq!(Format::detect("scan", b"\xFF\xD8\xFF\xE0"), Format::Image);
        assert_eq!(Format::detect("scan.tif", b"II*\x00...."), Format::Image);
        assert_eq!(
            Format::detect("x.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 "),
            Format::Image
        );
        assert_eq!(Format::detect("x.bmp", b"BM...."), Format::Image);
        assert_eq!(Format::detect("notes.txt", b"BM is a name"), Format::Text);
        assert_eq!(Format::detect("export.xls", b"<html><table>"), Format::Html);
        assert_eq!(Format::detect("a.xls", b"PK\x03\x04"), Format::Xlsx);
        assert_eq!(Format::detect("a.xlsx", &ole), Format::Xlsx);
        assert_eq!(Format::detect("Liste.XLSX", b"PK\x03\x04"), Format::Xlsx);
        assert_eq!(Format::detect("deck.pptx", b"PK\x03\x04"), Format::Pptx);
        let ods = b"PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK";
        assert_eq!(Format::detect("liste", ods), Format::Ods);
        assert_eq!(Format::detect("deck.odp", b"PK\x03\x04"), Format::Odp);
        assert_eq!(Format::detect("Re: offer.EML", b"From: a"), Format::Email);
        assert_eq!(Format::detect("policy.mht", b"From: a"), Format::Mhtml);
        assert_eq!(Format::detect("policy.mhtml", b"From: a"), Format::Mhtml);
        assert_eq!(Format::detect("RE offre.msg", &ole), Format::Msg);
    }
}
