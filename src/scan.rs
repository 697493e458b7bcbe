//! The pipeline for one document (read → extract → analyze → assess) and
//! the parallel driver that hands records to a sink in sorted path order.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use crate::analyze::{Engine, Prepared};
use crate::archive::{self, ArchiveLimits};
use crate::assess::assess;
use crate::extract::{self, ExtractError, Extracted, Format, Limits};
use crate::isolate::Pool;
use crate::language;
use crate::normalize::fold;
use crate::ocr::{self, OcrOptions};
use crate::record::{CategoryCounts, DocumentRecord, Finding, Status};
use crate::rules::Category;
use crate::walk::{Entry, EntryKind, io_message};

/// Options for scanning documents.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// Excerpt width on each side of a match, in characters.
    pub context: usize,
    /// Files larger than this are not read (`too_large`).
    pub max_file_size: u64,
    /// At most this many findings of each category per document.
    pub max_findings: usize,
    /// Extraction limits.
    pub limits: Limits,
    /// Limits for zip archives.
    pub archive: ArchiveLimits,
    /// OCR for PDF pages without a text layer (`None`: report `no_text`).
    pub ocr: Option<OcrOptions>,
    /// Worker processes for extractors that can crash (PDF); `None`
    /// extracts in this process.
    pub workers: Option<Arc<Pool>>,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            context: 200,
            max_file_size: 100 << 20,
            max_findings: 1000,
            limits: Limits::default(),
            archive: ArchiveLimits::default(),
            ocr: None,
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
        ocr_pages: vec![],
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
/// status on the record. An archive gives its own record followed by one
/// per member; any other entry gives exactly one record.
pub fn scan_entry(engine: &Engine, entry: &Entry, opts: &ScanOptions) -> Vec<DocumentRecord> {
    let rec = base_record(&entry.path);
    match &entry.kind {
        EntryKind::File => scan_file(engine, &entry.path, rec, opts),
        _ => vec![scan_special(entry, rec)],
    }
}

fn scan_special(entry: &Entry, rec: DocumentRecord) -> DocumentRecord {
    match &entry.kind {
        EntryKind::File => rec,
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
    rec: DocumentRecord,
    opts: &ScanOptions,
) -> Vec<DocumentRecord> {
    match read_document(engine, path, rec, opts) {
        Err(recs) => recs,
        Ok(doc) => vec![analyze_one(engine, doc, opts)],
    }
}

/// A walked entry as [`scan_entry`] scans it, except that a file that is a
/// single document (not an archive, nor an e-mail with attachments) is
/// only extracted: its analysis is left to the caller, which may match it
/// with others ([`analyze_batch`]).
fn scan_entry_deferred(
    engine: &Engine,
    entry: &Entry,
    opts: &ScanOptions,
) -> Result<Pending, Vec<DocumentRecord>> {
    let rec = base_record(&entry.path);
    match &entry.kind {
        EntryKind::File => read_document(engine, &entry.path, rec, opts),
        _ => Err(vec![scan_special(entry, rec)]),
    }
}

/// Read a file and extract it if it is a single document; its records if
/// it is not, or if it cannot be read or extracted.
fn read_document(
    engine: &Engine,
    path: &Path,
    rec: DocumentRecord,
    opts: &ScanOptions,
) -> Result<Pending, Vec<DocumentRecord>> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (rec, bytes) = read_file(path, &name, rec, opts).map_err(|rec| vec![*rec])?;
    let format = Format::detect(&name, &bytes);
    if archive::is_archive(&name, &bytes) || matches!(format, Format::Email | Format::Msg) {
        let mut out = Vec::new();
        let mut budget = opts.archive.max_total;
        scan_tree(engine, &name, &bytes, rec, 1, &mut budget, opts, &mut out);
        return Err(out);
    }
    extract_document(format, &bytes, rec, opts).map_err(|rec| vec![*rec])
}

/// A file's records: one for a document; for an archive, its own and its
/// members'; for an e-mail (`.eml`, `.msg`), its own (its body) and its
/// attachments'.
/// `depth` counts the containers this one is in, itself included.
#[allow(clippy::too_many_arguments)]
fn scan_tree(
    engine: &Engine,
    name: &str,
    bytes: &[u8],
    rec: DocumentRecord,
    depth: u32,
    budget: &mut u64,
    opts: &ScanOptions,
    out: &mut Vec<DocumentRecord>,
) {
    if archive::is_archive(name, bytes) {
        scan_archive(engine, rec, bytes, depth, budget, opts, out);
    } else if let format @ (Format::Email | Format::Msg) = Format::detect(name, bytes) {
        let path = rec.path.clone();
        let mut own = scan_document(engine, name, bytes, rec, opts);
        let attached = match format {
            Format::Email => crate::extract::mail::attachments(bytes),
            _ => crate::extract::msg::attachments(bytes),
        };
        if attached.inline_images > 0 {
            own.warnings.push(format!(
                "{} picture(s) shown in the message body (logos and the like) are not listed \
                 as documents",
                attached.inline_images
            ));
        }
        let attached = attached.files;
        if attached.is_empty() {
            out.push(own);
            return;
        }
        if depth > opts.archive.max_depth {
            own.warnings.push(format!(
                "{} attachment(s) not opened: nested deeper than {} levels",
                attached.len(),
                opts.archive.max_depth
            ));
            out.push(own);
            return;
        }
        own.warnings.push(format!(
            "e-mail with {} attachment(s), each reported as a document",
            attached.len()
        ));
        out.push(own);
        let members = attached
            .into_iter()
            .map(|(n, b)| {
                let size = b.as_ref().map_or(0, |b| b.len() as u64);
                let bytes = match b {
                    Ok(_) if size > *budget => Err((
                        Status::TooLarge,
                        "over the limit of bytes read from one file's archives and attachments"
                            .to_string(),
                    )),
                    Ok(b) => {
                        *budget -= size;
                        Ok(b)
                    }
                    Err(why) => Err(why),
                };
                archive::Member {
                    path: format!("{path}/{n}"),
                    name: n,
                    bytes,
                    size,
                }
            })
            .collect();
        scan_members(engine, members, depth, budget, opts, out);
    } else {
        out.push(scan_document(engine, name, bytes, rec, opts));
    }
}

/// The container's record, then its members' records, in path order.
fn scan_archive(
    engine: &Engine,
    rec: DocumentRecord,
    bytes: &[u8],
    depth: u32,
    budget: &mut u64,
    opts: &ScanOptions,
    out: &mut Vec<DocumentRecord>,
) {
    let path = rec.path.clone();
    let members = match archive::members(&path, bytes, &opts.archive, budget) {
        Ok(m) => m,
        Err((status, msg)) => {
            let mut rec = fail(rec, status, msg);
            rec.format = "zip".into();
            out.push(rec);
            return;
        }
    };
    out.push(archive::container_record(rec, members.len()));
    scan_members(engine, members, depth, budget, opts, out);
}

/// The records of the members of a container at `depth`.
fn scan_members(
    engine: &Engine,
    members: Vec<archive::Member>,
    depth: u32,
    budget: &mut u64,
    opts: &ScanOptions,
    out: &mut Vec<DocumentRecord>,
) {
    for m in members {
        let mut mrec = base_record(Path::new(&m.path));
        mrec.bytes = m.size;
        let name = m.name.rsplit('/').next().unwrap_or(&m.name).to_string();
        match m.bytes {
            Err((status, msg)) => {
                mrec.format = Format::detect(&name, b"").as_str().into();
                out.push(fail(mrec, status, msg));
            }
            Ok(b) => {
                mrec.sha256 = Some(archive::sha256_hex(&b));
                if archive::is_archive(&name, &b) && depth >= opts.archive.max_depth {
                    let mut r = fail(
                        mrec,
                        Status::TooLarge,
                        format!(
                            "archive nested deeper than {} levels, not opened",
                            opts.archive.max_depth
                        ),
                    );
                    r.format = "zip".into();
                    out.push(r);
                } else {
                    scan_tree(engine, &name, &b, mrec, depth + 1, budget, opts, out);
                }
            }
        }
    }
}

/// Format detection, empty check, then extraction and analysis.
fn scan_document(
    engine: &Engine,
    name: &str,
    bytes: &[u8],
    rec: DocumentRecord,
    opts: &ScanOptions,
) -> DocumentRecord {
    match extract_document(Format::detect(name, bytes), bytes, rec, opts) {
        Ok(doc) => analyze_one(engine, doc, opts),
        Err(rec) => *rec,
    }
}

/// Empty check, then extraction as `format` (detected from the file's
/// name and bytes): the document to analyze, or its record if it has
/// nothing to analyze.
fn extract_document(
    format: Format,
    bytes: &[u8],
    mut rec: DocumentRecord,
    opts: &ScanOptions,
) -> Result<Pending, Box<DocumentRecord>> {
    rec.format = format.as_str().into();
    if bytes.is_empty() {
        return Err(Box::new(fail(rec, Status::Empty, "empty file (0 bytes)")));
    }
    extract_bytes(bytes, format, rec, opts)
}

/// Open for reading without blocking: a path the walk saw as a regular
/// file may have become a FIFO since, and opening a FIFO blocks until a
/// writer appears. The flag changes nothing for regular files.
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NONBLOCK);
    }
    o.open(path)
}

/// Open, size-check, read and hash a file.
fn read_file(
    path: &Path,
    name: &str,
    mut rec: DocumentRecord,
    opts: &ScanOptions,
) -> Result<(DocumentRecord, Vec<u8>), Box<DocumentRecord>> {
    let io_fail = |rec, what: &str, e: &std::io::Error| {
        Box::new(fail(
            rec,
            Status::Error,
            format!("{what}: {}", io_message(e)),
        ))
    };
    let file = open_nonblocking(path).map_err(|e| io_fail(rec.clone(), "cannot open", &e))?;
    let meta = file
        .metadata()
        .map_err(|e| io_fail(rec.clone(), "cannot stat", &e))?;
    if !meta.is_file() {
        // The walk saw a regular file; something else took its place.
        let msg = "no longer a regular file (it was replaced during the scan): not read";
        return Err(Box::new(fail(rec, Status::Unsupported, msg)));
    }
    let size = meta.len();
    rec.bytes = size;
    rec.format = Format::detect(name, b"").as_str().into();
    if size > opts.max_file_size {
        let msg = format!(
            "file is {size} bytes, over --max-file-size {}",
            opts.max_file_size
        );
        return Err(Box::new(fail(rec, Status::TooLarge, msg)));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // Read at most one byte more than the limit, in case the file grows.
    if let Err(e) = file.take(opts.max_file_size + 1).read_to_end(&mut bytes) {
        return Err(io_fail(rec, "cannot read", &e));
    }
    rec.bytes = bytes.len() as u64;
    rec.sha256 = Some(archive::sha256_hex(&bytes));
    if bytes.len() as u64 > opts.max_file_size {
        let msg = "file grew over --max-file-size while being read";
        return Err(Box::new(fail(rec, Status::TooLarge, msg)));
    }
    Ok((rec, bytes))
}

/// Extract, analyze and assess a document already in memory.
pub fn scan_bytes(
    engine: &Engine,
    bytes: &[u8],
    format: Format,
    rec: DocumentRecord,
    opts: &ScanOptions,
) -> DocumentRecord {
    match extract_bytes(bytes, format, rec, opts) {
        Ok(doc) => analyze_one(engine, doc, opts),
        Err(rec) => *rec,
    }
}

/// A document extracted, with its record so far, its analysis to come.
struct Pending {
    rec: DocumentRecord,
    ex: Extracted,
}

/// Analyze one extracted document and complete its record.
fn analyze_one(engine: &Engine, doc: Pending, opts: &ScanOptions) -> DocumentRecord {
    let analyzed = engine.analyze_limited(
        &doc.ex.text,
        &doc.ex.page_starts,
        opts.context,
        opts.max_findings,
    );
    complete(doc, analyzed, opts)
}

/// Analyze extracted documents together, their matches found rule by rule
/// over all of them ([`crate::matcher::Matcher::find_batch`]), and complete
/// their records, in the same order.
fn analyze_batch(engine: &Engine, docs: Vec<Pending>, opts: &ScanOptions) -> Vec<DocumentRecord> {
    let analyzed: Vec<_> = {
        let prepared: Vec<Prepared> = docs
            .iter()
            .map(|d| Prepared::new(&d.ex.text, &d.ex.page_starts))
            .collect();
        let texts: Vec<&str> = prepared.iter().map(Prepared::normalized).collect();
        let found = engine.matcher.find_batch(&engine.rules, &texts);
        prepared
            .iter()
            .zip(found)
            .map(|(doc, raw)| engine.analyze_matches(doc, raw, opts.context, opts.max_findings))
            .collect()
    };
    docs.into_iter()
        .zip(analyzed)
        .map(|(doc, analyzed)| complete(doc, analyzed, opts))
        .collect()
}

/// Extract a document in memory: the document to analyze, or its record
/// if it cannot be extracted.
fn extract_bytes(
    bytes: &[u8],
    format: Format,
    mut rec: DocumentRecord,
    opts: &ScanOptions,
) -> Result<Pending, Box<DocumentRecord>> {
    let extracted = match (&opts.workers, &opts.ocr) {
        (_, Some(ocr)) if format == Format::Image => picture_text(bytes, ocr, &mut rec),
        (Some(pool), _) if format.needs_isolation() => pool.extract(format, bytes),
        _ => extract::extract(format, bytes, &opts.limits),
    };
    let mut ex = match extracted {
        Ok(ex) => ex,
        Err(ExtractError { status, message }) => {
            return Err(Box::new(fail(rec, status, message)));
        }
    };
    if format == Format::Pdf {
        rec.pages = ex.pages;
        if let Err((status, message)) = pdf_text_layer(bytes, &mut ex, &mut rec, opts) {
            return Err(Box::new(fail(rec, status, message)));
        }
    }
    rec.encoding = ex.encoding.clone();
    rec.pages = ex.pages;
    rec.warnings.extend(ex.warnings.iter().cloned());
    if ex.lossy {
        rec.status = Status::Lossy;
        rec.error = ex.warnings.first().or(rec.warnings.first()).cloned();
    }
    Ok(Pending { rec, ex })
}

/// A document's record completed with its findings and those of its
/// categories that had more than `--max-findings` (`analyzed`).
fn complete(
    doc: Pending,
    analyzed: (Vec<Finding>, Vec<Category>),
    opts: &ScanOptions,
) -> DocumentRecord {
    let Pending { mut rec, ex } = doc;
    let (findings, truncated) = analyzed;
    for c in truncated {
        rec.warnings.push(format!(
            "more than {} {} findings: only the first {} are listed (--max-findings)",
            opts.max_findings,
            c.as_str(),
            opts.max_findings
        ));
    }
    rec.language = language::detect(&fold(prefix(&ex.text, 200_000))).map(str::to_string);
    rec.categories = CategoryCounts::from_findings(&findings);
    rec.assessment = assess(&findings);
    rec.findings = findings;
    rec
}

/// The text of a picture (a scanned page) by OCR, its pages split where
/// tesseract puts form feeds; every page is listed in `ocr_pages`.
fn picture_text(
    bytes: &[u8],
    ocr: &OcrOptions,
    rec: &mut DocumentRecord,
) -> Result<Extracted, ExtractError> {
    let why = "an image (a scanned page?)";
    let text = ocr::ocr_picture(bytes, ocr)
        .map_err(|e| ExtractError::new(Status::NoText, format!("{why}; OCR failed: {e}")))?;
    let text = text.trim_end_matches(['\x0c', '\n', ' ']).to_string();
    if text.trim().is_empty() {
        return Err(ExtractError::new(
            Status::NoText,
            format!("{why}; OCR found no text in it"),
        ));
    }
    let mut page_starts = vec![0];
    page_starts.extend(text.match_indices('\x0c').map(|(i, _)| i + 1));
    let pages = page_starts.len() as u32;
    rec.ocr_pages = (1..=pages).collect();
    Ok(Extracted {
        text,
        page_starts,
        pages: Some(pages),
        warnings: vec![format!("{why}: read by OCR (tesseract)")],
        ..Extracted::default()
    })
}

/// Decide what to do with PDF pages that have no text, or a garbage text
/// layer: OCR them when `--ocr` is on and the tools are there, otherwise
/// report `no_text` (whole document) or a warning (some pages).
fn pdf_text_layer(
    bytes: &[u8],
    ex: &mut Extracted,
    rec: &mut DocumentRecord,
    opts: &ScanOptions,
) -> Result<(), (Status, String)> {
    let n = ex.page_starts.len();
    let page_text = |i: usize| -> &str {
        let end = ex.page_starts.get(i + 1).map_or(ex.text.len(), |e| e - 1);
        &ex.text[ex.page_starts[i]..end]
    };
    let garbage = ocr::garbage_reason(&ex.text);
    let need: Vec<u32> = (0..n)
        .filter(|&i| garbage.is_some() || page_text(i).trim().is_empty())
        .map(|i| i as u32 + 1)
        .collect();
    if need.is_empty() {
        return Ok(());
    }
    let why = match &garbage {
        Some(reason) => reason.clone(),
        None if need.len() == n => format!("PDF has {n} page(s) but no text layer (scanned?)"),
        None => format!("pages {need:?} have no text layer"),
    };
    let Some(ocr) = &opts.ocr else {
        if garbage.is_some() || need.len() == n {
            return Err((Status::NoText, format!("{why}; run with --ocr to read it")));
        }
        rec.warnings
            .push(format!("{why}; run with --ocr to read them"));
        return Ok(());
    };
    let texts = ocr::ocr_pages(bytes, &need, ocr)
        .map_err(|e| (Status::NoText, format!("{why}; OCR failed: {e}")))?;
    let mut pages: Vec<String> = (0..n).map(|i| page_text(i).to_string()).collect();
    for (page, text) in texts {
        pages[page as usize - 1] = text;
    }
    ex.text.clear();
    ex.page_starts.clear();
    for (i, p) in pages.iter().enumerate() {
        if i > 0 {
            ex.text.push('\x0c');
        }
        ex.page_starts.push(ex.text.len());
        ex.text.push_str(p);
    }
    if ex.text.trim().is_empty() {
        return Err((Status::NoText, format!("{why}; OCR found no text either")));
    }
    rec.warnings
        .push(format!("{why}: pages {need:?} read by OCR (tesseract)"));
    rec.ocr_pages = need;
    Ok(())
}

fn prefix(s: &str, n: usize) -> &str {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// At most how many documents a worker extracts before it matches them
/// together ([`crate::matcher::Matcher::find_batch`]), and how many bytes
/// of their text. Matched one by one, each rule's lazy DFA states were read
/// from memory for each document, after every other rule had pushed them
/// out of the processor's caches; in batches, the matcher alone took 11 %
/// less time on the real-text bench with 8 documents and 20 % less with 32
/// (benches/README.md, session 61). The bytes bound the texts held, and
/// larger batches of long documents were no faster in a scan with two
/// threads: `text/x1` (about 200 KB a document), 3 runs each, 2.55 to
/// 2.57 s with 2 MiB, 2.61 to 2.64 s with 512 KiB, 2.64 to 2.68 s with
/// 8 MiB; the real-text bench, within noise of each other, its peak RSS
/// 325 MiB with 2 MiB against 380 with 8.
const BATCH_DOCUMENTS: usize = 32;
const BATCH_BYTES: usize = 2 << 20;

/// Scan `entries` on `jobs` threads and give each record to `sink` in
/// the order of `entries`. Workers take entries in order, and each holds
/// at most a batch of extracted documents ([`BATCH_DOCUMENTS`],
/// [`BATCH_BYTES`]) before matching them, so at most a few batches of
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
    let (tx, rx) = mpsc::sync_channel::<(usize, Vec<DocumentRecord>)>(jobs * 4);
    std::thread::scope(|s| {
        s.spawn(|| {
            pool.scope(|ps| {
                for _ in 0..jobs {
                    let tx = tx.clone();
                    let next = &next;
                    ps.spawn(move |_| {
                        // Documents extracted, waiting to be matched
                        // together (`analyze_batch`), with their indices.
                        let mut batch: Vec<(usize, Pending)> = Vec::new();
                        let mut batch_bytes = 0;
                        let flush = |batch: &mut Vec<(usize, Pending)>| {
                            let (indices, docs): (Vec<usize>, Vec<Pending>) =
                                std::mem::take(batch).into_iter().unzip();
                            let recs = analyze_batch(engine, docs, opts);
                            indices
                                .into_iter()
                                .zip(recs)
                                .all(|(i, rec)| tx.send((i, vec![rec])).is_ok())
                        };
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            if i >= entries.len() {
                                break;
                            }
                            match scan_entry_deferred(engine, &entries[i], opts) {
                                Err(recs) => {
                                    if tx.send((i, recs)).is_err() {
                                        return;
                                    }
                                }
                                Ok(doc) => {
                                    batch_bytes += doc.ex.text.len();
                                    batch.push((i, doc));
                                    // Smaller batches towards the end, so
                                    // that no worker is left with a whole
                                    // batch while the others have finished.
                                    let left = entries.len() - i - 1;
                                    let most = (left / (2 * jobs)).clamp(1, BATCH_DOCUMENTS);
                                    if (batch.len() >= most || batch_bytes >= BATCH_BYTES)
                                        && !flush(&mut batch)
                                    {
                                        return;
                                    }
                                    if batch.is_empty() {
                                        batch_bytes = 0;
                                    }
                                }
                            }
                        }
                        flush(&mut batch);
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
            while let Some(recs) = pending.remove(&want) {
                for rec in recs {
                    if let Err(e) = sink(&entries[want], rec) {
                        result = Err(e);
                        // Stop handing out work.
                        next.store(entries.len(), Ordering::Relaxed);
                        break;
                    }
                }
                if result.is_err() {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;
    use crate::walk::{WalkOptions, walk};

    #[test]
    fn workers_matching_in_batches_give_the_records_of_one_entry_at_a_time() {
        let engine = Engine::new(RuleSet::bundled().unwrap());
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let entries = walk(&[root], &WalkOptions::default()).unwrap();
        assert!(entries.len() > 100, "{}", entries.len());
        let opts = ScanOptions::default();
        let json = |rec: &DocumentRecord| serde_json::to_string(rec).unwrap();
        let one_by_one: Vec<String> = entries
            .iter()
            .flat_map(|e| scan_entry(&engine, e, &opts))
            .map(|rec| json(&rec))
            .collect();
        assert!(one_by_one.len() >= entries.len());
        let with_findings = one_by_one
            .iter()
            .filter(|r| r.contains("\"findings\":[{"))
            .count();
        assert!(with_findings > 50, "{with_findings}");
        for jobs in [1, 2, 3] {
            let mut batched = Vec::new();
            run(&engine, &entries, &opts, jobs, |_, rec| {
                batched.push(json(&rec));
                Ok::<(), ()>(())
            })
            .unwrap();
            assert_eq!(batched, one_by_one, "{jobs} jobs");
        }
    }
}
