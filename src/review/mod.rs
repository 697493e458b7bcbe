//! Outputs for people rather than programs: a readable terminal view
//! ([`terminal`]), a progress bar ([`progress`]), a self-contained HTML
//! report ([`html`]) and a spreadsheet-friendly CSV ([`csv`]).
//!
//! They are all [`Sink`]s fed from the same stream of records as the
//! NDJSON writer, in path order; [`Tee`] hands each record to several.

pub mod csv;
pub mod html;
pub mod progress;
pub mod terminal;

use std::io;
use std::path::{Path, PathBuf};

use crate::analyze::collapse_ws;
use crate::record::{DocumentRecord, Summary};
use crate::report::Sink;

/// When to colour the text view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// When the output is a terminal, `NO_COLOR` is unset and `TERM` is
    /// not `dumb` (`CLICOLOR_FORCE` forces colour on).
    #[default]
    Auto,
    /// Always (overrides `NO_COLOR`).
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Whether to colour an output that is (or is not) a terminal, given
    /// the environment.
    pub fn enabled(self, is_terminal: bool) -> bool {
        self.enabled_with(is_terminal, |k| std::env::var_os(k))
    }

    /// [`ColorChoice::enabled`] with the environment given (for tests).
    pub fn enabled_with(
        self,
        is_terminal: bool,
        env: impl Fn(&str) -> Option<std::ffi::OsString>,
    ) -> bool {
        let set = |k: &str| env(k).is_some_and(|v| !v.is_empty());
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                if set("NO_COLOR") {
                    false
                } else if set("CLICOLOR_FORCE") && env("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                    true
                } else {
                    is_terminal && env("TERM").is_none_or(|t| t != "dumb")
                }
            }
        }
    }
}

/// The review options of `clausescan scan` (flattened into its arguments).
#[derive(Debug, Clone, clap::Args)]
pub struct ReviewArgs {
    /// Colour the text view: auto (when stdout is a terminal and NO_COLOR
    /// is not set), always, never.
    #[arg(long, value_enum, default_value = "auto", value_name = "WHEN")]
    pub color: ColorChoice,
    /// No progress bar (it is shown on stderr only when stderr is a
    /// terminal).
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Also write a self-contained HTML report (works offline) to FILE.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Also write one CSV row per finding and per unreadable document to
    /// FILE.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// Start the CSV file with a UTF-8 byte order mark (for Excel).
    #[arg(long, requires = "csv")]
    pub csv_bom: bool,
    /// CSV field delimiter: one ASCII character, or `tab` (`;` for
    /// spreadsheets in French and other locales with a decimal comma).
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter, requires = "csv")]
    pub csv_delimiter: u8,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && s.is_ascii() && !matches!(s, "\"" | "\n" | "\r") => {
            Ok(s.as_bytes()[0])
        }
        _ => Err("expected one ASCII character other than a quote or a newline, or `tab`".into()),
    }
}

impl ReviewArgs {
    /// True for the files `--html` and `--csv` write: a scan does not read
    /// its own reports (from a previous run) as documents.
    pub fn is_output(&self, path: &Path) -> bool {
        let abs = |p: &Path| std::path::absolute(p).ok();
        let this = abs(path);
        this.is_some()
            && [&self.html, &self.csv]
                .into_iter()
                .flatten()
                .any(|o| abs(o) == this)
    }

    /// The file sinks asked for (`--html`, `--csv`). The files are created
    /// now, so that a path that cannot be written fails before the scan.
    pub fn file_sinks(
        &self,
        rules: &crate::RuleSet,
        roots: &[PathBuf],
    ) -> Result<Vec<Box<dyn Sink>>, String> {
        let mut sinks: Vec<Box<dyn Sink>> = Vec::new();
        if let Some(path) = &self.html {
            let sink = html::HtmlSink::create(path, rules, roots)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            sinks.push(Box::new(sink));
        }
        if let Some(path) = &self.csv {
            let file =
                std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let sink = csv::CsvSink::new(
                io::BufWriter::new(file),
                csv::CsvOptions {
                    bom: self.csv_bom,
                    delimiter: self.csv_delimiter,
                },
            )
            .map_err(|e| format!("{}: {e}", path.display()))?;
            sinks.push(Box::new(sink));
        }
        Ok(sinks)
    }
}

/// Hands every record to several sinks, in order.
pub struct Tee {
    sinks: Vec<Box<dyn Sink>>,
}

impl Tee {
    pub fn new(sinks: Vec<Box<dyn Sink>>) -> Tee {
        Tee { sinks }
    }
}

impl Sink for Tee {
    fn document(&mut self, rec: &DocumentRecord, rel: &Path) -> io::Result<()> {
        for s in &mut self.sinks {
            s.document(rec, rel)?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        for s in &mut self.sinks {
            s.finish(summary)?;
        }
        Ok(())
    }
}

/// An excerpt cut around its match: `pre`, `hit` (the matched words, as
/// they appear in the excerpt) and `post`. `hit` is empty when the match
/// could not be found in the excerpt (then `pre` is the whole excerpt).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Highlight<'a> {
    pub pre: &'a str,
    pub hit: &'a str,
    pub post: &'a str,
}

/// Find the match `text` (as written) in the `excerpt` (white space
/// collapsed) and cut the excerpt around it.
pub fn highlight<'a>(excerpt: &'a str, text: &str) -> Highlight<'a> {
    let needle = collapse_ws(text);
    let found = if needle.is_empty() {
        None
    } else {
        excerpt.find(&needle).or_else(|| {
            // Same byte lengths: ASCII case folding only.
            excerpt
                .to_ascii_lowercase()
                .find(&needle.to_ascii_lowercase())
        })
    };
    match found {
        Some(i) => Highlight {
            pre: &excerpt[..i],
            hit: &excerpt[i..i + needle.len()],
            post: &excerpt[i + needle.len()..],
        },
        None => Highlight {
            pre: excerpt,
            hit: "",
            post: "",
        },
    }
}

/// True when a record was read and scanned (its risk means something).
pub fn scanned(rec: &DocumentRecord) -> bool {
    rec.status.scanned()
}

/// The jurisdictions a document's governing-law clauses name (law and
/// venue codes), sorted, without duplicates.
pub fn jurisdictions(rec: &DocumentRecord) -> Vec<String> {
    let mut out: Vec<String> = match &rec.assessment.governing_law {
        Some(g) => g.law.iter().chain(g.venue.iter()).cloned().collect(),
        None => vec![],
    };
    out.sort();
    out.dedup();
    out
}

/// A finding's attributes as `key=value; key=value`, arrays joined by
/// commas: readable in a cell or a terminal.
pub fn attributes_text(attrs: &std::collections::BTreeMap<String, serde_json::Value>) -> String {
    fn value(v: &serde_json::Value) -> String {
        match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Array(a) => a.iter().map(value).collect::<Vec<_>>().join(","),
            other => other.to_string(),
        }
    }
    attrs
        .iter()
        .map(|(k, v)| format!("{k}={}", value(v)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The absolute path of a record's file, with the exact bytes when the
/// name is not valid UTF-8.
pub fn absolute_path(rec: &DocumentRecord) -> PathBuf {
    let path = raw_path(rec);
    std::path::absolute(&path).unwrap_or(path)
}

#[cfg(unix)]
fn raw_path(rec: &DocumentRecord) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    match &rec.path_bytes {
        Some(hex) => {
            let bytes: Option<Vec<u8>> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
                .collect();
            match bytes {
                Some(b) => PathBuf::from(std::ffi::OsString::from_vec(b)),
                None => PathBuf::from(&rec.path),
            }
        }
        None => PathBuf::from(&rec.path),
    }
}

#[cfg(not(unix))]
fn raw_path(rec: &DocumentRecord) -> PathBuf {
    PathBuf::from(&rec.path)
}

/// A `file://` URL for an absolute path, percent-encoding every byte but
/// the unreserved ones and `/`; `#page=N` appended when a page is given
/// (PDF viewers open the file at that page).
pub fn file_url(path: &Path, page: Option<u32>) -> String {
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().replace('\\', "/").into_bytes();
    let mut url = String::from("file://");
    if !bytes.starts_with(b"/") {
        url.push('/');
    }
    for b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    if let Some(p) = page {
        url.push_str(&format!("#page={p}"));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    #[test]
    fn highlight_finds_the_match_with_collapsed_white_space() {
        let h = highlight(
            "This DPA is governed by the laws of the State of California. Next.",
            "governed by\n the laws of the State of California",
        );
        assert_eq!(h.pre, "This DPA is ");
        assert_eq!(h.hit, "governed by the laws of the State of California");
        assert_eq!(h.post, ". Next.");
        let h = highlight("Nothing here.", "missing");
        assert_eq!((h.pre, h.hit, h.post), ("Nothing here.", "", ""));
        let h = highlight("THE PRIVACY SHIELD applies", "Privacy Shield");
        assert_eq!(h.hit, "PRIVACY SHIELD");
    }

    #[test]
    fn colour_follows_the_conventions() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| OsString::from(v))
            }
        };
        let auto = ColorChoice::Auto;
        assert!(auto.enabled_with(true, env(&[])));
        assert!(!auto.enabled_with(false, env(&[])));
        assert!(!auto.enabled_with(true, env(&[("NO_COLOR", "1")])));
        assert!(auto.enabled_with(true, env(&[("NO_COLOR", "")])));
        assert!(!auto.enabled_with(true, env(&[("TERM", "dumb")])));
        assert!(auto.enabled_with(false, env(&[("CLICOLOR_FORCE", "1")])));
        assert!(ColorChoice::Always.enabled_with(false, env(&[("NO_COLOR", "1")])));
        assert!(!ColorChoice::Never.enabled_with(true, env(&[])));
    }

    #[test]
    fn file_urls_are_percent_encoded() {
        assert_eq!(
            file_url(Path::new("/a b/c#d/é.pdf"), Some(3)),
            "file:///a%20b/c%23d/%C3%A9.pdf#page=3"
        );
        assert_eq!(file_url(Path::new("/x.txt"), None), "file:///x.txt");
    }

    #[test]
    fn delimiters() {
        assert_eq!(parse_delimiter(";"), Ok(b';'));
        assert_eq!(parse_delimiter("tab"), Ok(b'\t'));
        assert!(parse_delimiter("\"").is_err());
        assert!(parse_delimiter(";;").is_err());
        assert!(parse_delimiter("é").is_err());
    }
}
