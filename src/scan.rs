//! The pipeline for one document (read → extract → analyze → assess) and
//! the parallel driver that hands records to a sink in sorted path order.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use sha2::{Digest, Sha256};

use crate::analyze::Engine;
use crate::assess::assess;
use crate::extract::{self, ExtractError, Format, Limits};
use crate::isolate::Pool;
use crate::language;
use crate::normalize::fold;
use crate::record::{CategoryCounts, DocumentRecord, Status};
use crate::walk::{Entry, EntryKind, io_message};

/// Options for scanning documents.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// Excerpt width on each side of a match, in characters.
    pub context: usize,
    /// Files larger than this are not read (`too_large`).
    pub max_file_size: u64,
    /// Extraction limits.
    pub limits: Limits,
    /// Worker processes for extractors that can crash (PDF); `None`
    /// extracts in this process.
    pub workers: Option<Arc<Pool>>,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            context: 200,
            max_file_size: 100 << 20,
            limits: Limits::default(),
            workers: None,
        }
    }
}

/// A record for a path, with nothing read yet.
fn base_record(path: &Path) -> DocumentRecord {
    let (display, raw) = path_strings(path);
    DocumentRecord {
        kind: "document".into(),
        path: display,
        path_bytes: raw,
        status: Status::Ok,
        error: None,
        format: "unknown".into(),
        encoding: None,
        language: None,
        bytes: 0,
        sha256: None,
        pages: None,
        warnings: vec![],
        findings: vec![],
        categories: CategoryCounts::default(),
        assessment: Default::default(),
    }
}

#[cfg(unix)]
fn path_strings(path: &Path) -> (String, Option<String>) {
    use std::os::unix::ffi::OsStrExt;
    match path.to_str() {
        Some(s) => (s.to_string(), None),
        None => {
            let bytes = path.as_os_str().as_bytes();
            let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            (path.to_string_lossy().into_owned(), Some(hex))
        }
    }
}

#[cfg(not(unix))]
fn path_strings(path: &Path) -> (String, Option<String>) {
    (path.to_string_lossy().into_owned(), None)
}

fn fail(mut rec: DocumentRecord, status: Status, message: impl Into<String>) -> DocumentRecord {
    rec.status = status;
    rec.error = Some(message.into());
    rec
}

/// Scan one walked entry. Never panics on input; every problem becomes a
/// status on the record.
pub fn scan_entry(engine: &Engine, entry: &Entry, opts: &ScanOptions) -> DocumentRecord {
    let rec = base_record(&entry.path);
    match &entry.kind {
        EntryKind::File => scan_file(engine, &entry.path, rec, opts),
        EntryKind::Symlink => fail(
            rec,
            Status::Unsupported,
            "symbolic link, not followed (use --follow-links)",
        ),
        EntryKind::Special(what) => fail(
            rec,
            Status::Unsupported,
            format!("{what}: not a regular file, not opened"),
        ),
        EntryKind::Error(m) => fail(rec, Status::Error, m.clone()),
    }
}

fn scan_file(
    engine: &Engine,
    path: &Path,
    mut rec: DocumentRecord,
    opts: &ScanOptions,
) -> DocumentRecord {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            return fail(
                rec,
                Status::Error,
                format!("cannot open: {}", io_message(&e)),
            );
        }
    };
    let size = match file.metadata() {
        Ok(m) => m.len(),
        Err(e) => {
            return fail(
                rec,
                Status::Error,
                format!("cannot stat: {}", io_message(&e)),
            );
        }
    };
    rec.bytes = size;
    if size > opts.max_file_size {
        rec.format = Format::detect(&name, b"").as_str().into();
        return fail(
            rec,
            Status::TooLarge,
            format!(
                "file is {size} bytes, over --max-file-size {}",
                opts.max_file_size
            ),
        );
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // Read at most one byte more than the limit, in case the file grows.
    if let Err(e) = file.take(opts.max_file_size + 1).read_to_end(&mut bytes) {
        return fail(
            rec,
            Status::Error,
            format!("cannot read: {}", io_message(&e)),
        );
    }
    rec.bytes = bytes.len() as u64;
    rec.sha256 = Some(hex(&Sha256::digest(&bytes)));
    if bytes.len() as u64 > opts.max_file_size {
        return fail(
            rec,
            Status::TooLarge,
            "file grew over --max-file-size while being read",
        );
    }
    let format = Format::detect(&name, &bytes);
    rec.format = format.as_str().into();
    if bytes.is_empty() {
        return fail(rec, Status::Empty, "empty file (0 bytes)");
    }
    scan_bytes(engine, &bytes, format, rec, opts)
}

/// Extract, analyze and assess a document already in memory.
pub fn scan_bytes(
    engine: &Engine,
    bytes: &[u8],
    format: Format,
    mut rec: DocumentRecord,
    opts: &ScanOptions,
) -> DocumentRecord {
    let extracted = match &opts.workers {
        Some(pool) if format.needs_isolation() => pool.extract(format, bytes),
        _ => extract::extract(format, bytes, &opts.limits),
    };
    let ex = match extracted {
        Ok(ex) => ex,
        Err(ExtractError { status, message }) => return fail(rec, status, message),
    };
    rec.encoding = ex.encoding.clone();
    rec.pages = ex.pages;
    rec.warnings = ex.warnings.clone();
    if ex.lossy {
        rec.status = Status::Lossy;
        rec.error = rec.warnings.first().cloned();
    }
    let findings = engine.analyze(&ex.text, &ex.page_starts, opts.context);
    rec.language = language::detect(&fold(prefix(&ex.text, 200_000))).map(str::to_string);
    rec.categories = CategoryCounts::from_findings(&findings);
    rec.assessment = assess(&findings);
    rec.findings = findings;
    rec
}

fn prefix(s: &str, n: usize) -> &str {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Scan `entries` on `jobs` threads and give each record to `sink` in
/// the order of `entries`. Workers take entries in order, so at most a few
/// records wait for a slow one; nothing else is held in memory.
pub fn run<E>(
    engine: &Engine,
    entries: &[Entry],
    opts: &ScanOptions,
    jobs: usize,
    mut sink: impl FnMut(&Entry, DocumentRecord) -> Result<(), E>,
) -> Result<(), E> {
    let jobs = jobs.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("clausescan-{i}"))
        .build()
        .expect("thread pool");
    let next = AtomicUsize::new(0);
    // Bounded so that a slow writer holds the workers back.
    let (tx, rx) = mpsc::sync_channel::<(usize, DocumentRecord)>(jobs * 4);
    std::thread::scope(|s| {
        s.spawn(|| {
            pool.scope(|ps| {
                for _ in 0..jobs {
                    let tx = tx.clone();
                    let next = &next;
                    ps.spawn(move |_| {
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            if i >= entries.len() {
                                break;
                            }
                            let rec = scan_entry(engine, &entries[i], opts);
                            if tx.send((i, rec)).is_err() {
                                break;
                            }
                        }
                    });
                }
            });
            drop(tx);
        });
        let mut pending = std::collections::BTreeMap::new();
        let mut want = 0usize;
        let mut result = Ok(());
        for (i, rec) in rx.iter() {
            if result.is_err() {
                continue; // drain so workers finish
            }
            pending.insert(i, rec);
            while let Some(rec) = pending.remove(&want) {
                if let Err(e) = sink(&entries[want], rec) {
                    result = Err(e);
                    // Stop handing out work.
                    next.store(entries.len(), Ordering::Relaxed);
                    break;
                }
                want += 1;
            }
        }
        result
    })
}

/// The relative path of `path` under whichever of `roots` contains it,
/// for mirroring the tree in `--out-dir`.
pub fn relative_to_roots(path: &Path, roots: &[PathBuf]) -> PathBuf {
    for r in roots {
        if let Ok(rel) = path.strip_prefix(r)
            && !rel.as_os_str().is_empty()
        {
            return rel.to_path_buf();
        }
    }
    path.components()
        .filter(|c| matches!(c, std::path::Component::Normal(_)))
        .collect()
}
