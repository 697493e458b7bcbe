//! Evaluation against hand-written labels: precision, recall and F1 per
//! category and per attribute, with the misses and false alarms listed.
//!
//! The labels file is a JSON array of records
//! `{file, language, labels: {...}, evidence: {...}}` as in
//! `corpus/labels.json` and the shared real-document set. A label that is
//! `null` was not assessed and is skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::analyze::Engine;
use crate::record::DocumentRecord;
use crate::rules::Category;
use crate::scan::{ScanOptions, scan_entry};
use crate::walk::{Entry, EntryKind};

/// One labelled document.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelRecord {
    pub file: String,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub labels: BTreeMap<String, Value>,
    #[serde(default)]
    pub evidence: BTreeMap<String, Value>,
}

/// Counts for one label.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Score {
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// A miss or a false alarm.
#[derive(Debug, Clone, Serialize)]
pub struct Error {
    pub label: String,
    pub file: String,
    /// `miss` or `false_alarm`.
    pub kind: String,
    /// Expected and predicted values, for attribute labels.
    pub detail: String,
    /// The labelled evidence (misses) or the excerpt of the finding (false
    /// alarms).
    pub excerpt: String,
}

/// The result of an evaluation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub documents: u32,
    pub unreadable: Vec<String>,
    pub scores: BTreeMap<String, Score>,
    pub errors: Vec<Error>,
}

/// The labels compared, in report order: boolean document labels first,
/// then attribute labels.
pub const BOOL_LABELS: [&str; 8] = [
    "privacy_shield",
    "dpf",
    "scc",
    "governing_law",
    "us_governing_law",
    "government_access",
    "us_transfer",
    "us_entity",
];
pub const SET_LABELS: [&str; 3] = [
    "privacy_shield_stance",
    "scc_version",
    "governing_law_jurisdictions",
];

/// The labels a record predicts, in the labels file's vocabulary.
pub fn predicted(rec: &DocumentRecord) -> BTreeMap<&'static str, Value> {
    let a = &rec.assessment;
    let mut p = BTreeMap::new();
    let law: Vec<String> = a
        .governing_law
        .as_ref()
        .map(|g| g.law.clone())
        .unwrap_or_default();
    p.insert("privacy_shield", Value::Bool(a.privacy_shield.is_some()));
    p.insert(
        "privacy_shield_stance",
        a.privacy_shield
            .as_ref()
            .map_or(Value::Null, |s| Value::String(s.stance.clone())),
    );
    p.insert("dpf", Value::Bool(a.dpf));
    p.insert("scc", Value::Bool(a.scc.is_some()));
    let mut versions = vec![];
    if let Some(s) = &a.scc {
        versions.extend(s.versions.iter().filter(|v| *v != "unspecified").cloned());
        for u in &s.uk {
            versions.push(if u == "idta" {
                "UK-IDTA".into()
            } else {
                "UK-Addendum".into()
            });
        }
    }
    p.insert("scc_version", Value::from(versions));
    p.insert("governing_law", Value::Bool(!law.is_empty()));
    p.insert(
        "us_governing_law",
        Value::Bool(law.iter().any(|c| c == "US" || c.starts_with("US-"))),
    );
    p.insert("governing_law_jurisdictions", Value::from(law));
    p.insert(
        "government_access",
        Value::Bool(!a.government_access.is_empty()),
    );
    p.insert("us_transfer", Value::Bool(a.us_transfer));
    p.insert("us_entity", Value::Bool(a.us_entity));
    p
}

fn as_set(v: &Value) -> Option<BTreeSet<String>> {
    match v {
        Value::Null => None,
        Value::String(s) => Some([s.clone()].into()),
        Value::Array(a) => Some(
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect(),
        ),
        _ => None,
    }
}

fn category_of(label: &str) -> Option<Category> {
    match label {
        "privacy_shield" | "privacy_shield_stance" => Some(Category::PrivacyShield),
        "scc_version" => Some(Category::Scc),
        "us_governing_law" | "governing_law_jurisdictions" => Some(Category::GoverningLaw),
        other => Category::parse(other),
    }
}

/// Read a labels file.
pub fn read_labels(path: &Path) -> Result<Vec<LabelRecord>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: invalid labels: {e}", path.display()))
}

/// Scan every labelled document under `base` and score the predictions.
pub fn evaluate(
    engine: &Engine,
    labels: &[LabelRecord],
    base: &Path,
    opts: &ScanOptions,
) -> Report {
    use rayon::prelude::*;
    let records: Vec<DocumentRecord> = labels
        .par_iter()
        .map(|l| {
            let entry = Entry {
                path: base.join(&l.file),
                kind: EntryKind::File,
            };
            scan_entry(engine, &entry, opts)
                .into_iter()
                .next()
                .expect("one record per file")
        })
        .collect();
    let mut report = Report::default();
    for (l, rec) in labels.iter().zip(&records) {
        report.documents += 1;
        if !rec.status.scanned() {
            report.unreadable.push(format!(
                "{}: {}",
                l.file,
                rec.error.clone().unwrap_or_default()
            ));
        }
        score_document(l, rec, &mut report);
    }
    report
}

fn first_excerpt(rec: &DocumentRecord, label: &str) -> String {
    let Some(cat) = category_of(label) else {
        return String::new();
    };
    rec.findings
        .iter()
        .find(|f| f.category == cat)
        .map(|f| f.excerpt.clone())
        .unwrap_or_default()
}

fn evidence(l: &LabelRecord, label: &str) -> String {
    let key = match label {
        "privacy_shield_stance" => "privacy_shield",
        "scc_version" => "scc",
        "us_governing_law" | "governing_law_jurisdictions" => "governing_law",
        other => other,
    };
    l.evidence
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

fn score_document(l: &LabelRecord, rec: &DocumentRecord, report: &mut Report) {
    let pred = predicted(rec);
    for label in BOOL_LABELS {
        let Some(expected) = l.labels.get(label).and_then(Value::as_bool) else {
            continue;
        };
        let got = pred[label].as_bool().unwrap_or(false);
        let s = report.scores.entry(label.to_string()).or_default();
        match (expected, got) {
            (true, true) => s.tp += 1,
            (false, false) => {}
            (true, false) => {
                s.fn_ += 1;
                report.errors.push(Error {
                    label: label.into(),
                    file: l.file.clone(),
                    kind: "miss".into(),
                    detail: String::new(),
                    excerpt: evidence(l, label),
                });
            }
            (false, true) => {
                s.fp += 1;
                report.errors.push(Error {
                    label: label.into(),
                    file: l.file.clone(),
                    kind: "false_alarm".into(),
                    detail: String::new(),
                    excerpt: first_excerpt(rec, label),
                });
            }
        }
    }
    for label in SET_LABELS {
        let Some(v) = l.labels.get(label) else {
            continue;
        };
        let Some(expected) = as_set(v) else {
            // null stance with a predicted stance: only counted through the
            // privacy_shield label itself.
            continue;
        };
        let got = as_set(&pred[label]).unwrap_or_default();
        let s = report.scores.entry(label.to_string()).or_default();
        let tp = expected.intersection(&got).count() as u32;
        let fp = got.difference(&expected).count() as u32;
        let fn_ = expected.difference(&got).count() as u32;
        s.tp += tp;
        s.fp += fp;
        s.fn_ += fn_;
        if fp + fn_ > 0 {
            report.errors.push(Error {
                label: label.into(),
                file: l.file.clone(),
                kind: if fn_ > 0 {
                    "miss".into()
                } else {
                    "false_alarm".into()
                },
                detail: format!("expected {expected:?}, got {got:?}"),
                excerpt: if fn_ > 0 {
                    evidence(l, label)
                } else {
                    first_excerpt(rec, label)
                },
            });
        }
    }
}

impl Report {
    /// The report as a plain-text table followed by the errors.
    pub fn to_text(&self, title: &str) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{title}: {} documents ({} unreadable)",
            self.documents,
            self.unreadable.len()
        );
        for u in &self.unreadable {
            let _ = writeln!(s, "  unreadable: {u}");
        }
        let _ = writeln!(
            s,
            "{:<30} {:>5} {:>5} {:>5} {:>9} {:>9} {:>9}",
            "label", "tp", "fp", "fn", "precision", "recall", "f1"
        );
        for label in BOOL_LABELS.iter().chain(SET_LABELS.iter()) {
            if let Some(sc) = self.scores.get(*label) {
                let _ = writeln!(
                    s,
                    "{:<30} {:>5} {:>5} {:>5} {:>9.3} {:>9.3} {:>9.3}",
                    label,
                    sc.tp,
                    sc.fp,
                    sc.fn_,
                    sc.precision(),
                    sc.recall(),
                    sc.f1()
                );
            }
        }
        if !self.errors.is_empty() {
            let _ = writeln!(s, "\nmisses and false alarms:");
            for e in &self.errors {
                let ex: String = e.excerpt.chars().take(220).collect();
                let _ = writeln!(
                    s,
                    "  [{}] {} {} {}\n      {}",
                    e.label, e.kind, e.file, e.detail, ex
                );
            }
        }
        s
    }
}

/// The directory labelled paths are relative to: the labels file's own.
pub fn default_base(labels: &Path) -> PathBuf {
    labels.parent().map(Path::to_path_buf).unwrap_or_default()
}
