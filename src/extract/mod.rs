//! Extraction: from a file's bytes to text, page by page where the format
//! has pages. Each extractor returns either the text or an
//! [`ExtractError`] whose status says precisely why there is none.

pub mod pdf;
pub mod text;

use crate::record::Status;

/// Document formats clausescan knows about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Pdf,
    Unknown,
}

impl Format {
    /// Every format, in a fixed order (used by the worker protocol).
    pub const ALL: [Format; 4] = [Format::Unknown, Format::Text, Format::Markdown, Format::Pdf];

    /// True for formats whose extractor may crash or balloon, and so runs
    /// in a worker process when a pool is available.
    pub fn needs_isolation(self) -> bool {
        matches!(self, Format::Pdf)
    }

    /// The name used in the record's `format` field.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Pdf => "pdf",
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
        let ext = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "txt" | "text" | "csv" | "tsv" | "log" => Format::Text,
            "md" | "markdown" | "mdown" => Format::Markdown,
            "pdf" => Format::Pdf,
            _ => Format::Unknown,
        }
    }
}

fn memmem(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
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
    let out = match format {
        Format::Text | Format::Markdown => text::extract(bytes)?,
        Format::Pdf => pdf::extract(bytes)?,
        Format::Unknown => {
            return Err(ExtractError::new(
                Status::Unsupported,
                "not a supported document format",
            ));
        }
    };
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
    }
}
