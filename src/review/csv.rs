//! `--csv FILE`: one row per finding and one row per document that could
//! not be scanned, for spreadsheets. RFC 4180 (CRLF, quotes doubled), with
//! an optional UTF-8 byte order mark and a chosen delimiter (`;` for
//! locales with a decimal comma).
//!
//! A cell that a spreadsheet would take for a formula (starting with `=`,
//! `+`, `-`, `@`, tab or carriage return) is prefixed with `'`, so a
//! document cannot plant a formula in the reviewer's spreadsheet.

use std::io::{self, Write};
use std::path::Path;

use super::attributes_text;
use crate::record::{DocumentRecord, Summary};
use crate::report::Sink;

/// The columns, in order.
pub const HEADER: [&str; 14] = [
    "path",
    "format",
    "language",
    "status",
    "risk",
    "page",
    "line",
    "category",
    "rule",
    "severity",
    "attributes",
    "match",
    "excerpt",
    "error",
];

/// CSV layout.
#[derive(Debug, Clone, Copy)]
pub struct CsvOptions {
    /// Write a UTF-8 byte order mark first.
    pub bom: bool,
    /// Field delimiter (`,` by default).
    pub delimiter: u8,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            bom: false,
            delimiter: b',',
        }
    }
}

/// Writes the CSV rows as records arrive.
pub struct CsvSink<W: Write> {
    out: csv::Writer<W>,
}

/// Neutralise a cell a spreadsheet would evaluate.
pub fn defuse(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

impl<W: Write> CsvSink<W> {
    /// Start the file: byte order mark (if asked) and header row.
    pub fn new(mut out: W, opts: CsvOptions) -> io::Result<CsvSink<W>> {
        if opts.bom {
            out.write_all("\u{FEFF}".as_bytes())?;
        }
        let mut out = csv::WriterBuilder::new()
            .delimiter(opts.delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        out.write_record(HEADER).map_err(io::Error::other)?;
        Ok(CsvSink { out })
    }
}

impl<W: Write> Sink for CsvSink<W> {
    fn document(&mut self, rec: &DocumentRecord, _rel: &Path) -> io::Result<()> {
        let path = defuse(&rec.path);
        let language = rec.language.clone().unwrap_or_default();
        if !rec.status.scanned() {
            let row = [
                path.as_str(),
                &rec.format,
                &language,
                rec.status.as_str(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                &defuse(rec.error.as_deref().unwrap_or("")),
            ];
            return self.out.write_record(row).map_err(io::Error::other);
        }
        let risk = rec.assessment.risk.as_str();
        for f in &rec.findings {
            let page = f.page.map(|p| p.to_string()).unwrap_or_default();
            let line = f.line.to_string();
            let row = [
                path.as_str(),
                &rec.format,
                &language,
                rec.status.as_str(),
                risk,
                &page,
                &line,
                f.category.as_str(),
                &defuse(&f.rule),
                f.severity.as_str(),
                &defuse(&attributes_text(&f.attributes)),
                &defuse(&crate::analyze::collapse_ws(&f.text)),
                &defuse(&f.excerpt),
                "",
            ];
            self.out.write_record(row).map_err(io::Error::other)?;
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("- item"), "'- item");
        assert_eq!(defuse("plain"), "plain");
    }
}
