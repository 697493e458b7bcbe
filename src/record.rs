//! The JSON records clausescan writes: one `document` record per file the
//! walk finds, then one `summary` record. `schema/document.schema.json`
//! describes them; keep the two in step.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::assess::Assessment;
use crate::rules::{Category, Severity};

/// Why a document has the findings it has, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Read and scanned.
    Ok,
    /// Read and scanned, but some bytes were not valid in the detected
    /// encoding and were replaced (U+FFFD), or a PDF page could not be
    /// read; findings may be missing there (`error` says which).
    Lossy,
    /// The file is empty (0 bytes): nothing to scan.
    Empty,
    /// The file could not be read or parsed; `error` says why.
    Error,
    /// Not a format clausescan reads (or a special file, never opened).
    Unsupported,
    /// Encrypted and not readable without a password.
    Encrypted,
    /// Has pages but no text layer (or one that is garbage): needs OCR.
    NoText,
    /// Over a size limit (file size, extracted text, archive ratio).
    TooLarge,
    /// Extraction took longer than the time limit.
    Timeout,
}

impl Status {
    /// Every status, in schema order.
    pub const ALL: [Status; 9] = [
        Status::Ok,
        Status::Lossy,
        Status::Empty,
        Status::Error,
        Status::Unsupported,
        Status::Encrypted,
        Status::NoText,
        Status::TooLarge,
        Status::Timeout,
    ];

    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Lossy => "lossy",
            Status::Empty => "empty",
            Status::Error => "error",
            Status::Unsupported => "unsupported",
            Status::Encrypted => "encrypted",
            Status::NoText => "no_text",
            Status::TooLarge => "too_large",
            Status::Timeout => "timeout",
        }
    }

    /// True when the text was read and scanned.
    pub fn scanned(self) -> bool {
        matches!(self, Status::Ok | Status::Lossy)
    }
}

/// One matched clause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The id of the rule that matched.
    pub rule: String,
    pub category: Category,
    pub severity: Severity,
    /// 1-based page number (PDF), null for documents without pages.
    pub page: Option<u32>,
    /// 1-based line number: within the page for paged documents, within
    /// the document otherwise.
    pub line: u32,
    /// Byte offsets into the document's extracted text (PDF pages are
    /// joined by a form feed).
    pub start: usize,
    pub end: usize,
    /// The matched text exactly as written in the extracted text.
    pub text: String,
    /// The surrounding sentence (at most `--context` characters each side),
    /// white space collapsed.
    pub excerpt: String,
    /// What the clause says, category by category (see the README).
    pub attributes: BTreeMap<String, serde_json::Value>,
}

/// Number of findings per category; every category is always present.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryCounts {
    pub privacy_shield: u32,
    pub dpf: u32,
    pub scc: u32,
    pub governing_law: u32,
    pub government_access: u32,
    pub us_transfer: u32,
    pub us_entity: u32,
}

impl CategoryCounts {
    /// Count the findings per category.
    pub fn from_findings(findings: &[Finding]) -> CategoryCounts {
        let mut c = CategoryCounts::default();
        for f in findings {
            *c.get_mut(f.category) += 1;
        }
        c
    }

    /// The counter for one category.
    pub fn get_mut(&mut self, cat: Category) -> &mut u32 {
        match cat {
            Category::PrivacyShield => &mut self.privacy_shield,
            Category::Dpf => &mut self.dpf,
            Category::Scc => &mut self.scc,
            Category::GoverningLaw => &mut self.governing_law,
            Category::GovernmentAccess => &mut self.government_access,
            Category::UsTransfer => &mut self.us_transfer,
            Category::UsEntity => &mut self.us_entity,
        }
    }

    /// The count for one category.
    pub fn get(&self, cat: Category) -> u32 {
        let mut c = self.clone();
        *c.get_mut(cat)
    }
}

/// The record of one document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// Always `"document"`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The path as walked (root as given on the command line joined with
    /// the relative path). Non-UTF-8 bytes are replaced by U+FFFD here and
    /// the exact bytes are in `path_bytes`.
    pub path: String,
    /// Hex of the raw path bytes, only when the path is not valid UTF-8.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub path_bytes: Option<String>,
    pub status: Status,
    /// Why the status is not `ok`; null when it is.
    pub error: Option<String>,
    /// `text`, `markdown`, `pdf`, ... or `unknown`.
    pub format: String,
    /// The text encoding used to decode the file (text formats only).
    pub encoding: Option<String>,
    /// Main language detected (`en`, `fr`, `de`, `es`, `it`, `nl`), null
    /// when undetermined.
    pub language: Option<String>,
    /// File size in bytes.
    pub bytes: u64,
    /// SHA-256 of the file's bytes, null when it could not be read.
    pub sha256: Option<String>,
    /// Number of pages (PDF), null otherwise.
    pub pages: Option<u32>,
    /// Pages whose text came from OCR (`--ocr`), 1-based.
    pub ocr_pages: Vec<u32>,
    /// Non-fatal problems met while reading.
    pub warnings: Vec<String>,
    pub findings: Vec<Finding>,
    pub categories: CategoryCounts,
    pub assessment: Assessment,
}

/// The closing record of a run.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Summary {
    /// Always `"summary"`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Number of document records written.
    pub files: u64,
    /// Total bytes of the files.
    pub bytes: u64,
    pub status: BTreeMap<String, u64>,
    pub categories: CategoryCounts,
    pub severity: BTreeMap<String, u64>,
    pub risk: BTreeMap<String, u64>,
    /// Total findings.
    pub findings: u64,
    /// Wall-clock facts; the only part of the output that changes from
    /// one run to the next.
    pub timing: Timing,
}

/// Run timing, kept apart so the rest of the output is deterministic.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Timing {
    pub elapsed_ms: u64,
}
