//! Writing records: NDJSON (default), one pretty JSON array, or one file
//! per document under `--out-dir`. All writers see the records in sorted
//! path order and end with the summary.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::record::{DocumentRecord, Summary, Timing};
use crate::rules::Category;

/// Counts for the summary record.
#[derive(Debug, Default)]
pub struct SummaryBuilder {
    summary: Summary,
}

impl SummaryBuilder {
    /// Count one document.
    pub fn add(&mut self, rec: &DocumentRecord) {
        let s = &mut self.summary;
        s.files += 1;
        s.bytes += rec.bytes;
        *s.status.entry(rec.status.as_str().to_string()).or_default() += 1;
        for c in Category::ALL {
            *s.categories.get_mut(c) += rec.categories.get(c);
        }
        for f in &rec.findings {
            *s.severity
                .entry(f.severity.as_str().to_string())
                .or_default() += 1;
        }
        s.findings += rec.findings.len() as u64;
        if rec.status.scanned() {
            *s.risk
                .entry(rec.assessment.risk.as_str().to_string())
                .or_default() += 1;
        }
    }

    /// The summary, with the run's elapsed time.
    pub fn finish(mut self, elapsed_ms: u64) -> Summary {
        self.summary.kind = "summary".into();
        self.summary.timing = Timing { elapsed_ms };
        self.summary
    }
}

/// Output format on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// One JSON object per line.
    Ndjson,
    /// One pretty-printed JSON array.
    Json,
}

/// Where records go.
pub trait Sink {
    fn document(&mut self, rec: &DocumentRecord, rel: &Path) -> io::Result<()>;
    fn finish(&mut self, summary: &Summary) -> io::Result<()>;
}

/// NDJSON or JSON array on a writer.
pub struct StreamSink<W: Write> {
    out: W,
    format: OutputFormat,
    first: bool,
}

impl<W: Write> StreamSink<W> {
    pub fn new(out: W, format: OutputFormat) -> StreamSink<W> {
        StreamSink {
            out,
            format,
            first: true,
        }
    }

    fn write_value<T: serde::Serialize>(&mut self, v: &T) -> io::Result<()> {
        match self.format {
            OutputFormat::Ndjson => {
                serde_json::to_writer(&mut self.out, v).map_err(io::Error::other)?;
                self.out.write_all(b"\n")
            }
            OutputFormat::Json => {
                self.out
                    .write_all(if self.first { b"[\n" } else { b",\n" })?;
                self.first = false;
                serde_json::to_writer_pretty(&mut self.out, v).map_err(io::Error::other)
            }
        }
    }
}

impl<W: Write> Sink for StreamSink<W> {
    fn document(&mut self, rec: &DocumentRecord, _rel: &Path) -> io::Result<()> {
        self.write_value(rec)
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        self.write_value(summary)?;
        if self.format == OutputFormat::Json {
            self.out.write_all(b"\n]\n")?;
        }
        self.out.flush()
    }
}

/// One `<relative path>.json` per document under a directory, plus
/// `summary.json`.
pub struct DirSink {
    dir: PathBuf,
}

impl DirSink {
    pub fn new(dir: PathBuf) -> io::Result<DirSink> {
        std::fs::create_dir_all(&dir)?;
        Ok(DirSink { dir })
    }
}

impl Sink for DirSink {
    fn document(&mut self, rec: &DocumentRecord, rel: &Path) -> io::Result<()> {
        let mut name = rel.as_os_str().to_owned();
        name.push(".json");
        let path = self.dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut body = serde_json::to_vec_pretty(rec).map_err(io::Error::other)?;
        body.push(b'\n');
        std::fs::write(path, body)
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        let mut body = serde_json::to_vec_pretty(summary).map_err(io::Error::other)?;
        body.push(b'\n');
        std::fs::write(self.dir.join("summary.json"), body)
    }
}
