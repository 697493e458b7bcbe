//! `--html FILE`: one self-contained HTML report (no external script, font,
//! style or image: it works offline) built from the records of a scan.
//!
//! The page is the template `report.html` with the data embedded as JSON
//! in `<script type="application/json">`, where `<`, `>`, `&`, U+2028 and
//! U+2029 are written `\u003c`... so that no document text can close the
//! element or be parsed as markup; the page's own script builds the DOM
//! with `textContent`, never `innerHTML`. A Content-Security-Policy allows
//! only the page's own script and style (by hash), as a second fence.
//!
//! Only what the report shows is kept between the records and the end of
//! the scan: findings with their excerpts, the assessment, the status;
//! never the documents' text.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{absolute_path, file_url, highlight, jurisdictions};
use crate::assess::{Reason, Risk};
use crate::record::{DocumentRecord, Status, Summary};
use crate::report::Sink;
use crate::rules::{Category, RuleSet, Severity};

/// The page template.
pub const TEMPLATE: &str = include_str!("report.html");
const DATA_MARK: &str = "__CLAUSESCAN_DATA__";

/// One finding as the report shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ReportFinding {
    pub rule: String,
    pub category: Category,
    pub severity: Severity,
    pub page: Option<u32>,
    pub line: u32,
    /// The excerpt before the match, the match, the rest.
    pub pre: String,
    pub hit: String,
    pub post: String,
    /// The match as written (white space collapsed), only when it is not
    /// found in the excerpt (`hit` empty). The page links each finding to
    /// the document's `href`, at `#page=N` for paged documents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub attributes: BTreeMap<String, serde_json::Value>,
}

/// One document as the report shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ReportDoc {
    pub path: String,
    /// Absolute path, as shown next to the link.
    pub abs: String,
    pub href: String,
    /// The archive holding this document, when it is an archive member
    /// (`href` then opens the archive).
    pub container: Option<String>,
    pub format: String,
    pub language: Option<String>,
    pub encoding: Option<String>,
    pub status: Status,
    pub error: Option<String>,
    pub bytes: u64,
    pub pages: Option<u32>,
    pub warnings: Vec<String>,
    /// Null when the document was not scanned.
    pub risk: Option<Risk>,
    /// Findings per category, only the categories found.
    pub categories: BTreeMap<String, u32>,
    /// Governing-law and venue jurisdiction codes.
    pub jurisdictions: Vec<String>,
    pub us_law: bool,
    pub reasons: Vec<Reason>,
    pub mitigations: Vec<Reason>,
    pub findings: Vec<ReportFinding>,
}

impl ReportDoc {
    /// What the report keeps of a record.
    pub fn from_record(rec: &DocumentRecord) -> ReportDoc {
        let abs = absolute_path(rec);
        // A member of an archive (`bundle.zip/inner/dpa.pdf`) has no file
        // of its own: link to the archive.
        let container = if abs.exists() {
            None
        } else {
            abs.ancestors()
                .skip(1)
                .find(|p| p.is_file())
                .map(Path::to_path_buf)
        };
        let target = container.as_deref().unwrap_or(&abs);
        let scanned = rec.status.scanned();
        let findings = rec
            .findings
            .iter()
            .map(|f| {
                let h = highlight(&f.excerpt, &f.text);
                ReportFinding {
                    rule: f.rule.clone(),
                    category: f.category,
                    severity: f.severity,
                    page: f.page,
                    line: f.line,
                    pre: h.pre.to_string(),
                    hit: h.hit.to_string(),
                    post: h.post.to_string(),
                    text: h
                        .hit
                        .is_empty()
                        .then(|| crate::analyze::collapse_ws(&f.text)),
                    attributes: f.attributes.clone(),
                }
            })
            .collect();
        ReportDoc {
            path: rec.path.clone(),
            abs: abs.to_string_lossy().into_owned(),
            href: file_url(target, None),
            container: container.as_ref().map(|c| c.to_string_lossy().into_owned()),
            format: rec.format.clone(),
            language: rec.language.clone(),
            encoding: rec.encoding.clone(),
            status: rec.status,
            error: rec.error.clone(),
            bytes: rec.bytes,
            pages: rec.pages,
            warnings: rec.warnings.clone(),
            risk: scanned.then_some(rec.assessment.risk),
            categories: Category::ALL
                .iter()
                .map(|c| (c.as_str().to_string(), rec.categories.get(*c)))
                .filter(|(_, n)| *n > 0)
                .collect(),
            jurisdictions: jurisdictions(rec),
            us_law: rec.assessment.governing_law.as_ref().is_some_and(|g| g.us),
            reasons: rec.assessment.reasons.clone(),
            mitigations: rec.assessment.mitigations.clone(),
            findings,
        }
    }
}

/// Everything the page is given.
#[derive(Debug, Clone, Serialize)]
pub struct ReportData {
    pub tool: String,
    pub roots: Vec<String>,
    /// Description of each rule that matched.
    pub rules: BTreeMap<String, String>,
    pub docs: Vec<ReportDoc>,
    /// The summary record, without its timing (the page is deterministic).
    pub summary: serde_json::Value,
}

/// Collects the records and writes the page at the end.
pub struct HtmlSink {
    out: Option<BufWriter<File>>,
    rules: BTreeMap<String, String>,
    roots: Vec<String>,
    docs: Vec<ReportDoc>,
}

impl HtmlSink {
    /// Create the file now (so a bad path fails before the scan).
    pub fn create(path: &Path, rules: &RuleSet, roots: &[PathBuf]) -> io::Result<HtmlSink> {
        let file = File::create(path)?;
        Ok(HtmlSink {
            out: Some(BufWriter::new(file)),
            rules: rules
                .rules
                .iter()
                .map(|r| (r.id.clone(), r.description.clone()))
                .collect(),
            roots: roots
                .iter()
                .map(|r| r.to_string_lossy().into_owned())
                .collect(),
            docs: Vec::new(),
        })
    }
}

impl Sink for HtmlSink {
    fn document(&mut self, rec: &DocumentRecord, _rel: &Path) -> io::Result<()> {
        self.docs.push(ReportDoc::from_record(rec));
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        let used: BTreeSet<&str> = self
            .docs
            .iter()
            .flat_map(|d| d.findings.iter().map(|f| f.rule.as_str()))
            .collect();
        let rules = self
            .rules
            .iter()
            .filter(|(id, _)| used.contains(id.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut summary = serde_json::to_value(summary).map_err(io::Error::other)?;
        if let Some(o) = summary.as_object_mut() {
            o.remove("timing");
        }
        let data = ReportData {
            tool: format!("clausescan {}", env!("CARGO_PKG_VERSION")),
            roots: std::mem::take(&mut self.roots),
            rules,
            docs: std::mem::take(&mut self.docs),
            summary,
        };
        let page = render(&data)?;
        let mut out = self.out.take().expect("finish is called once");
        out.write_all(page.as_bytes())?;
        out.flush()
    }
}

/// JSON made safe to sit inside a `<script>` element: `<`, `>`, `&`,
/// U+2028 and U+2029 as `\u` escapes (they only occur inside strings, so
/// the JSON means the same).
pub fn escape_json_for_html(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The CSP source for the content between `open` and the next `close` in
/// the template.
fn csp_hash(template: &str, open: &str, close: &str) -> String {
    let start = template.find(open).expect("template element") + open.len();
    let len = template[start..].find(close).expect("template element end");
    let digest = Sha256::digest(&template.as_bytes()[start..start + len]);
    format!("'sha256-{}'", base64(&digest))
}

/// The report page for `data`.
pub fn render(data: &ReportData) -> io::Result<String> {
    let json = escape_json_for_html(&serde_json::to_string(data).map_err(io::Error::other)?);
    let page = TEMPLATE
        .replacen(
            "__SCRIPT_HASH__",
            &csp_hash(TEMPLATE, "<script>", "</script>"),
            1,
        )
        .replacen(
            "__STYLE_HASH__",
            &csp_hash(TEMPLATE, "<style>", "</style>"),
            1,
        );
    let (head, tail) = page
        .split_once(DATA_MARK)
        .expect("the template has a data mark");
    let mut out = String::with_capacity(page.len() + json.len());
    out.push_str(head);
    out.push_str(&json);
    out.push_str(tail);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_cannot_close_its_script_element() {
        let s = serde_json::to_string("</script><img src=x onerror=alert(1)>&\u{2028}\u{2029}")
            .unwrap();
        let e = escape_json_for_html(&s);
        assert!(!e.contains('<') && !e.contains('>') && !e.contains('&'));
        assert!(!e.contains('\u{2028}') && !e.contains('\u{2029}'));
        let back: String = serde_json::from_str(&e).unwrap();
        assert_eq!(
            back,
            "</script><img src=x onerror=alert(1)>&\u{2028}\u{2029}"
        );
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn the_template_has_one_script_one_style_one_data_mark() {
        assert_eq!(TEMPLATE.matches("<script>").count(), 1);
        assert_eq!(TEMPLATE.matches("<style>").count(), 1);
        assert_eq!(TEMPLATE.matches(DATA_MARK).count(), 1);
        // No resource from elsewhere (the SVG namespace is a name, not a
        // download).
        let t = TEMPLATE.replace("'http://www.w3.org/2000/svg'", "");
        for bad in ["http://", "https://", "//cdn", "@import", "url(", "src="] {
            assert!(!t.contains(bad), "template contains {bad}");
        }
    }
}
