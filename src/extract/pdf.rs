//! PDF through the pdf-extract crate, page by page. Pages without text are
//! returned empty; the scan decides between OCR and `no_text`.
//!
//! pdf-extract panics on some malformed files; the panic is contained here
//! and becomes an `error` record. (A stack overflow cannot be contained in
//! process; the formats work adds worker processes for that.)

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

use super::{ExtractError, Extracted};
use crate::record::Status;

thread_local! {
    static CONTAINING: Cell<bool> = const { Cell::new(false) };
}

/// True while this thread runs an extractor whose panics are contained;
/// the binary's panic hook stays quiet then.
pub fn containing_panic() -> bool {
    CONTAINING.with(Cell::get)
}

/// Run `f`, turning a panic into an error message.
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    CONTAINING.with(|c| c.set(true));
    let r = catch_unwind(AssertUnwindSafe(f));
    CONTAINING.with(|c| c.set(false));
    r.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string())
    })
}

/// Extract the text of a PDF, pages joined by form feeds.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    let pages = contain(|| pdf_extract::extract_text_from_mem_by_pages(bytes))
        .map_err(|m| ExtractError::new(Status::Error, format!("PDF extractor crashed: {m}")))?
        .map_err(classify)?;
    if pages.is_empty() {
        return Err(ExtractError::new(
            Status::Error,
            "PDF has no readable pages",
        ));
    }
    let mut text = String::new();
    let mut page_starts = Vec::with_capacity(pages.len());
    for (i, p) in pages.iter().enumerate() {
        if i > 0 {
            text.push('\x0c');
        }
        page_starts.push(text.len());
        text.push_str(p);
    }
    // Pages without text are decided by the caller, which may OCR them.
    Ok(Extracted {
        text,
        page_starts,
        pages: Some(pages.len() as u32),
        ..Extracted::default()
    })
}

fn classify(e: pdf_extract::OutputError) -> ExtractError {
    let msg = e.to_string();
    let lower = msg.to_ascii_lowercase();
    if lower.contains("decrypt") || lower.contains("encrypt") || lower.contains("password") {
        ExtractError::new(Status::Encrypted, format!("encrypted PDF: {msg}"))
    } else {
        ExtractError::new(Status::Error, format!("invalid PDF: {msg}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let err = extract(b"%PDF-1.4\n1 0 obj << /Type /Catalog").unwrap_err();
        assert_eq!(err.status, Status::Error);
    }

    #[test]
    fn contain_turns_panics_into_messages() {
        let r: Result<(), String> = contain(|| panic!("boom"));
        assert_eq!(r.unwrap_err(), "boom");
        assert!(!containing_panic());
    }
}
