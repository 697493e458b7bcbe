//! The bundled corpus against its hand-written labels (`corpus/labels.json`):
//! every expected passage is found, nothing else is, and the
//! document-level evaluation stays at or above 0.95 per label.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use clausescan::eval::{self, LabelRecord};
use clausescan::extract::{self, Format, Limits};
use clausescan::normalize::{fold, normalize};
use clausescan::scan::ScanOptions;
use clausescan::{Category, Engine, RuleSet};
use common::root;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    category: String,
    text: String,
}

#[derive(Deserialize)]
struct Labelled {
    file: String,
    #[serde(default)]
    findings: Vec<Expected>,
}

fn labels() -> Vec<Labelled> {
    let text = std::fs::read_to_string(root().join("corpus/labels.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Byte ranges of the original text where `snippet` occurs, compared in
/// normalized form (PDF extraction changes line breaks).
fn occurrences(text: &str, snippet: &str) -> Vec<(usize, usize)> {
    let norm = normalize(text);
    let needle = fold(snippet);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = norm.text[from..].find(&needle) {
        let s = from + i;
        out.push(norm.original_range(text, s, s + needle.len()));
        from = s + 1;
        while !norm.text.is_char_boundary(from) {
            from += 1;
        }
    }
    out
}

/// Every finding overlaps a passage the labels expect for its category (no
/// unexpected finding, no finding in a near-miss); every document finds
/// every category it is expected to find; and at least `MIN_PASSAGE_RECALL`
/// of the expected passages are each overlapped by a finding. The passage
/// lists are exhaustive (sub-processor table rows, every module number), so
/// the last check is a ratio, printed with the misses.
const MIN_PASSAGE_RECALL: f64 = 0.75;

#[test]
fn corpus_findings_match_the_golden_labels() {
    let engine = Engine::new(RuleSet::bundled().unwrap());
    let mut problems = Vec::new();
    let mut missed = Vec::new();
    let mut expected_total = 0;
    for l in labels() {
        let path = root().join("corpus").join(&l.file);
        let bytes = std::fs::read(&path).unwrap();
        let format = Format::detect(&l.file, &bytes);
        let ex = extract::extract(format, &bytes, &Limits::default())
            .unwrap_or_else(|e| panic!("{}: {e}", l.file));
        let findings = engine.analyze(&ex.text, &ex.page_starts, 200);
        let mut spans: BTreeMap<Category, Vec<(usize, usize)>> = BTreeMap::new();
        for e in &l.findings {
            let cat = Category::parse(&e.category)
                .unwrap_or_else(|| panic!("{}: bad category {}", l.file, e.category));
            let occ = occurrences(&ex.text, &e.text);
            assert!(
                !occ.is_empty(),
                "{}: expected text {:?} is not in the document",
                l.file,
                e.text
            );
            expected_total += 1;
            let found = findings
                .iter()
                .any(|f| f.category == cat && occ.iter().any(|&(s, en)| f.start < en && s < f.end));
            if !found {
                missed.push(format!("{}: MISSED {} {:?}", l.file, e.category, e.text));
            }
            spans.entry(cat).or_default().extend(occ);
        }
        for cat in spans.keys() {
            if !findings.iter().any(|f| f.category == *cat) {
                problems.push(format!("{}: NO {} finding at all", l.file, cat));
            }
        }
        for f in &findings {
            // A finding is expected when it overlaps an expected passage of
            // its category, or shares its sentence with one (a definition
            // that names the SCCs twice is one passage to a lawyer).
            let (ss, se) = clausescan::analyze::sentence_bounds(&ex.text, f.start, f.end, 200);
            let ok = spans.get(&f.category).is_some_and(|v| {
                v.iter()
                    .any(|&(s, e)| (f.start < e && s < f.end) || (ss <= s && e <= se))
            });
            if !ok {
                problems.push(format!(
                    "{}: UNEXPECTED {} ({}) {:?} in {:?}",
                    l.file, f.category, f.rule, f.text, f.excerpt
                ));
            }
        }
    }
    assert!(
        expected_total > 50,
        "too few expected findings: {expected_total}"
    );
    let recall = 1.0 - missed.len() as f64 / expected_total as f64;
    eprintln!(
        "passage recall {recall:.3} ({} of {expected_total} expected passages missed):\n{}",
        missed.len(),
        missed.join("\n")
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(
        recall >= MIN_PASSAGE_RECALL,
        "passage recall {recall:.3} < {MIN_PASSAGE_RECALL}"
    );
}

#[test]
fn every_corpus_file_is_labelled() {
    let labelled: std::collections::BTreeSet<String> =
        labels().into_iter().map(|l| l.file).collect();
    let corpus = root().join("corpus");
    for p in common::files_under(&corpus) {
        let rel = p
            .strip_prefix(&corpus)
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        if rel == "labels.json" {
            continue;
        }
        assert!(labelled.contains(&rel), "{rel} has no label record");
    }
}

fn check_eval(labels_path: &Path, base: &Path, min: f64) {
    check_eval_floors(labels_path, base, &|_| (min, min));
}

/// Checks one blind set (`tests/<set>/labels.json`) against `floor(label)`.
fn check_blind_set(set: &str, floor: &dyn Fn(&str) -> (f64, f64)) {
    check_blind_labels(set, "labels.json", floor);
}

/// As [`check_blind_set`], with another labels file of the set's folder.
fn check_blind_labels(set: &str, labels: &str, floor: &dyn Fn(&str) -> (f64, f64)) {
    let dir = root().join("tests").join(set);
    check_eval_floors(&dir.join(labels), &dir, floor);
}

/// The evaluation of the bundled rules on the labels at `labels_path`
/// (files relative to `base`).
fn evaluate(labels_path: &Path, base: &Path) -> eval::Report {
    let engine = Engine::new(RuleSet::bundled().unwrap());
    let labels: Vec<LabelRecord> = eval::read_labels(labels_path).unwrap();
    eval::evaluate(&engine, &labels, base, &ScanOptions::default())
}

/// Checks precision and recall per yes/no label against `floor(label)`.
fn check_eval_floors(labels_path: &Path, base: &Path, floor: &dyn Fn(&str) -> (f64, f64)) {
    let report = evaluate(labels_path, base);
    let text = report.to_text(&labels_path.display().to_string());
    eprintln!("{text}");
    for (label, s) in &report.scores {
        if !eval::BOOL_LABELS.contains(&label.as_str()) {
            continue;
        }
        let (p, r) = floor(label);
        assert!(
            s.precision() >= p && s.recall() >= r,
            "{label}: precision {:.3} recall {:.3} below {p} / {r}\n{text}",
            s.precision(),
            s.recall()
        );
    }
}

#[test]
fn corpus_evaluation_is_at_least_095_per_category() {
    let p = root().join("corpus/labels.json");
    check_eval(&p, &root().join("corpus"), 0.95);
}

/// The shared real documents (not in this repository): figures are printed,
/// and a floor guards against regressions. The target is 0.95 per label;
/// the closing notes give the measured figures.
#[test]
fn realdocs_evaluation_stays_above_its_floor() {
    let Some(dir) = common::realdocs() else {
        return;
    };
    check_eval(&dir.join("labels.json"), &dir, 0.80);
}

/// The blind set (tests/blind/README.md): written by helpers who had not
/// seen the rules. The floors are the session-9 figures less about 0.05, so
/// a change that loses a document or two of what was gained fails here.
#[test]
fn blind_set_stays_above_its_floors() {
    check_blind_set("blind", &|label| match label {
        "privacy_shield" => (0.85, 0.95),
        "us_transfer" => (0.95, 0.90),
        "us_entity" => (0.90, 0.90),
        "government_access" => (0.91, 0.95),
        "us_governing_law" => (0.89, 0.95),
        _ => (0.92, 0.95),
    });
}

/// The second blind set (tests/blind2/README.md), tuned on in commit
/// 09c0f4b: floors at those figures less about 0.05.
#[test]
fn second_blind_set_stays_above_its_floors() {
    check_blind_set("blind2", &|label| match label {
        "us_governing_law" => (0.95, 0.82),
        "us_transfer" => (0.95, 0.91),
        "government_access" => (0.95, 0.85),
        "us_entity" => (0.95, 0.85),
        "privacy_shield_stance" => (0.88, 0.88),
        _ => (0.90, 0.90),
    });
}

/// The third blind set (tests/blind3/README.md), tuned on after its
/// first-contact figures were recorded: floors at those later figures less
/// about 0.05.
#[test]
fn third_blind_set_stays_above_its_floors() {
    check_blind_set("blind3", &|label| match label {
        "us_governing_law" => (0.95, 0.70),
        "us_transfer" => (0.90, 0.83),
        "government_access" => (0.88, 0.88),
        "us_entity" => (0.95, 0.83),
        "privacy_shield_stance" => (0.75, 0.75),
        _ => (0.88, 0.90),
    });
}

/// The fourth blind set's documents converted by LibreOffice to DOCX, PDF
/// and ODT (tests/blind4/README.md) score exactly as their text sources:
/// extraction loses nothing a label depends on.
#[test]
fn converted_documents_score_as_their_text_sources() {
    let engine = Engine::new(RuleSet::bundled().unwrap());
    let dir = root().join("tests/blind4");
    let converted: Vec<LabelRecord> = eval::read_labels(&dir.join("formats/labels.json")).unwrap();
    assert!(
        converted.len() >= 30,
        "{} converted documents",
        converted.len()
    );
    let stems: std::collections::BTreeSet<String> = converted
        .iter()
        .map(|r| r.file.rsplit_once('.').unwrap().0.to_string())
        .collect();
    let sources: Vec<LabelRecord> = eval::read_labels(&dir.join("labels.json"))
        .unwrap()
        .into_iter()
        .filter(|r| stems.contains(r.file.rsplit_once('.').unwrap().0))
        .collect();
    assert_eq!(sources.len(), converted.len());
    let opts = ScanOptions::default();
    let a = eval::evaluate(&engine, &sources, &dir, &opts);
    let b = eval::evaluate(&engine, &converted, &dir.join("formats"), &opts);
    for (label, s) in &a.scores {
        let t = &b.scores[label];
        assert_eq!(
            (s.tp, s.fp, s.fn_),
            (t.tp, t.fp, t.fn_),
            "{label}: text sources vs converted files\n{}",
            b.to_text("formats")
        );
    }
}

/// The fourth blind set (tests/blind4/README.md), tuned on after its
/// first-contact figures were recorded: floors at those later figures less
/// about 0.05.
#[test]
fn fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind4", &|label| match label {
        "dpf" => (0.95, 0.83),
        "privacy_shield" => (0.85, 0.95),
        "us_governing_law" => (0.95, 0.75),
        "us_transfer" => (0.85, 0.90),
        "us_entity" => (0.95, 0.82),
        "privacy_shield_stance" => (0.75, 0.75),
        _ => (0.89, 0.90),
    });
}

/// The fifth blind set (tests/blind5/README.md), tuned on after its
/// first-contact figures were recorded: floors at those later figures less
/// about 0.05 (us_governing_law stays weak here: the set hides US law on
/// purpose).
#[test]
fn fifth_blind_set_stays_above_its_floors() {
    check_blind_set("blind5", &|label| match label {
        "privacy_shield" => (0.87, 0.95),
        "dpf" => (0.95, 0.80),
        "scc" => (0.95, 0.88),
        "governing_law" => (0.95, 0.82),
        "us_governing_law" => (0.95, 0.35),
        "government_access" => (0.91, 0.84),
        "us_transfer" => (0.90, 0.95),
        "us_entity" => (0.95, 0.66),
        "privacy_shield_stance" => (0.67, 0.67),
        _ => (0.90, 0.90),
    });
}

/// The sixth blind set (tests/blind6/README.md), tuned on in this
/// repository's tenth session after its first-contact figures were
/// recorded: floors at those later figures less about 0.05. (Session 12
/// raised the us_transfer floors of all six sets, and blind2's
/// us_governing_law recall, to its figures less about 0.05.)
#[test]
fn sixth_blind_set_stays_above_its_floors() {
    check_blind_set("blind6", &|label| match label {
        "governing_law" => (0.90, 0.90),
        "us_governing_law" => (0.95, 0.75),
        "government_access" => (0.95, 0.91),
        "us_transfer" => (0.85, 0.85),
        "us_entity" => (0.66, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The seventh blind set (tests/blind7/README.md), written in session 23
/// and tuned on in the same session after its first-contact figures were
/// recorded (`first-contact-2dec51e.txt`): every label then scored 1.000.
/// Floors at about 0.05 below that, except where one document is 0.2 or
/// more of a label (privacy_shield has 4 positives, us_entity 5).
#[test]
fn seventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind7", &|label| match label {
        "privacy_shield" | "privacy_shield_stance" | "us_governing_law" => (0.75, 0.75),
        "us_entity" => (0.80, 0.80),
        _ => (0.94, 0.94),
    });
}

/// The eighth blind set (tests/blind8/README.md), written in session 23
/// after the rule changes made for the seventh and tuned on in the same
/// session after its first-contact figures were recorded
/// (`first-contact-39b5a1a.txt`). Floors at about 0.05 below the figures
/// after tuning; us_governing_law has 3 positives, so one document moves
/// it by a third. us_transfer's recall floor is 0.90 since session 75: a
/// US place under a table's governing-law column is no longer read as a
/// transfer, and msa_brightquarry_software.txt's transfer (its staff at
/// the "principal place of business" named in the preamble) had been
/// found only that way (recall 0.917 of 12).
#[test]
fn eighth_blind_set_stays_above_its_floors() {
    check_blind_set("blind8", &|label| match label {
        "us_governing_law" => (0.60, 0.60),
        "us_transfer" => (0.94, 0.90),
        "us_entity" => (0.78, 0.95),
        "privacy_shield_stance" => (0.75, 0.75),
        "governing_law_jurisdictions" => (0.92, 0.92),
        _ => (0.94, 0.94),
    });
}

/// The ninth blind set (tests/blind9/README.md), written in session 24
/// (commercial contracts in English; notices in the local language, some
/// as HTML pages) and tuned on in the same session after its first-contact
/// figures were recorded (`first-contact-502a0ef.txt`). Floors at about
/// 0.05 below the figures after tuning; government_access, us_transfer and
/// us_entity keep one known error each (README).
#[test]
fn ninth_blind_set_stays_above_its_floors() {
    check_blind_set("blind9", &|label| match label {
        "government_access" => (0.90, 0.94),
        "us_transfer" => (0.88, 0.94),
        "us_entity" => (0.94, 0.87),
        "governing_law_jurisdictions" => (0.94, 0.92),
        _ => (0.94, 0.94),
    });
}

/// The tenth blind set (tests/blind10/README.md), written in session 25 as
/// Markdown and converted by tests/tools/md2office.py into PDF, DOCX, ODT,
/// RTF, DOC and HTML files; tuned on in the same session after its
/// first-contact figures were recorded (`first-contact-0c5bfa6.txt`).
/// Floors at about 0.05 below the figures after tuning; us_governing_law
/// has 4 positives and us_entity 5 (one doubtful false alarm, README).
#[test]
fn tenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind10", &|label| match label {
        "us_governing_law" => (0.75, 0.75),
        "us_entity" => (0.78, 0.80),
        _ => (0.94, 0.94),
    });
}

/// The eleventh blind set (tests/blind11/README.md), written in session 26:
/// spreadsheets (.xlsx, .ods, .xls), slide decks (.pptx, .odp, .ppt) and
/// e-mails (.eml in five encodings), converted by
/// tests/tools/share2office.py; tuned on in the same session after its
/// first-contact figures were recorded (`first-contact-f195959.txt`).
/// Floors at about 0.05 below the figures after tuning; us_governing_law
/// and us_entity have 4 positives each.
#[test]
fn eleventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind11", &|label| match label {
        "privacy_shield" => (0.94, 0.83),
        "us_transfer" => (0.88, 0.83),
        "privacy_shield_stance" => (0.82, 0.72),
        "scc_version" => (0.94, 0.84),
        "us_governing_law" | "us_entity" => (0.70, 0.70),
        "governing_law_jurisdictions" => (0.94, 0.86),
        _ => (0.94, 0.88),
    });
}

/// The twelfth blind set (tests/blind12/README.md), written in session 27:
/// each country's document genres (bon de commande, PAS, AVV, Nachtrag,
/// contrato de encargo, nomina a responsabile, verwerkersovereenkomst, order
/// form and MSA ...) as PDF, DOCX, ODT, RTF, DOC and HTML; tuned on in the
/// same session after its first-contact figures were recorded
/// (`first-contact-48e0022.txt`). Floors at about 0.05 below the figures
/// after tuning; us_governing_law and us_entity have 4 and 5 positives.
#[test]
fn twelfth_blind_set_stays_above_its_floors() {
    check_blind_set("blind12", &|label| match label {
        "us_transfer" => (0.85, 0.94),
        "us_governing_law" | "us_entity" => (0.75, 0.75),
        _ => (0.94, 0.94),
    });
}

/// The thirteenth blind set (tests/blind13/README.md), written in session
/// 27: US vendors' documents localized into the six languages, and
/// European look-alikes, as PDF, DOCX, ODT, RTF, DOC and HTML; tuned on in
/// the same session after its first-contact figures were recorded
/// (`first-contact-48e0022.txt`). Floors at about 0.05 below the figures
/// after tuning.
#[test]
fn thirteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind13", &|label| match label {
        "us_transfer" => (0.94, 0.80),
        "us_entity" => (0.77, 0.82),
        "government_access" => (0.88, 0.91),
        "governing_law_jurisdictions" => (0.84, 0.82),
        _ => (0.88, 0.94),
    });
}

/// The fourteenth blind set (tests/blind14/README.md), written in session
/// 27: regulated sectors (DORA registers, outsourcing agreements, health
/// hosting, sovereign cloud, works-council agreements), as PDF, DOCX, ODT,
/// RTF, DOC and HTML; tuned on in the same session after its first-contact
/// figures were recorded (`first-contact-48e0022.txt`). Floors at about
/// 0.05 below the figures after tuning; us_entity has 3 positives and
/// us_governing_law 5.
#[test]
fn fourteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind14", &|label| match label {
        "us_entity" => (0.95, 0.60),
        "us_governing_law" => (0.95, 0.75),
        "governing_law_jurisdictions" => (0.95, 0.86),
        _ => (0.89, 0.89),
    });
}

/// The fifteenth blind set (tests/blind15/README.md), written in session
/// 27: commercial contracts in the six languages (license, distribution,
/// outsourcing, supply, settlements ...), as PDF, DOCX, ODT, RTF, DOC and
/// HTML; tuned on in the same session after its first-contact figures
/// were recorded (`first-contact-48e0022.txt`). Floors at about 0.05 below
/// the figures after tuning.
#[test]
fn fifteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind15", &|label| match label {
        "government_access" => (0.95, 0.81),
        "us_transfer" => (0.80, 0.65),
        "us_entity" => (0.76, 0.85),
        "governing_law_jurisdictions" => (0.88, 0.80),
        _ => (0.95, 0.95),
    });
}

/// The sixteenth blind set (tests/blind16/README.md), written in session
/// 28: bilingual and mixed-language documents and the 2024-2026 transfer
/// vocabulary (TIAs, sovereign cloud, RISAA, Data Act), as PDF, DOCX, ODT,
/// RTF, DOC and HTML; tuned on in the same session after its first-contact
/// figures were recorded (`first-contact-57cb25c.txt`). Floors at about
/// 0.05 below the figures after tuning.
#[test]
fn sixteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind16", &|label| match label {
        "government_access" => (0.87, 0.95),
        "us_transfer" => (0.79, 0.90),
        "us_entity" => (0.95, 0.85),
        _ => (0.92, 0.95),
    });
}

/// The seventeenth blind set (tests/blind17/README.md), written in session
/// 28: legacy documents still in force and documents with a history
/// (version tables, amendments, novations, Safe Harbor and Privacy Shield
/// era contracts), as PDF, DOCX, ODT, RTF, DOC and HTML; tuned on in the
/// same session after its first-contact figures were recorded
/// (`first-contact-c6431f3.txt`). Floors at about 0.05 below the figures
/// after tuning.
#[test]
fn seventeenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind17", &|label| match label {
        "us_governing_law" => (0.82, 0.95),
        "us_transfer" => (0.81, 0.90),
        "us_entity" => (0.85, 0.95),
        "privacy_shield_stance" => (0.91, 0.91),
        "scc" => (0.95, 0.91),
        _ => (0.92, 0.95),
    });
}

/// The eighteenth blind set (tests/blind18/README.md), written in session
/// 28: terse documents (FAQs, questionnaires, data sheets, trust-center
/// pages), as PDF, DOCX, ODT, RTF, DOC and HTML; tuned on in the same
/// session after its first-contact figures were recorded
/// (`first-contact-79b425f.txt`). Floors at about 0.05 below the figures
/// after tuning; us_entity has 4 positives and us_governing_law 5.
#[test]
fn eighteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind18", &|label| match label {
        "government_access" => (0.82, 0.95),
        "us_transfer" => (0.89, 0.85),
        "us_entity" => (0.70, 0.70),
        "privacy_shield_stance" => (0.80, 0.80),
        "scc" => (0.95, 0.90),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

/// The nineteenth blind set (tests/blind19/README.md), written in session
/// 28: website and app privacy notices of European businesses and the
/// third-party tools inside them, as PDF, DOCX, ODT, RTF, DOC and HTML;
/// tuned on in the same session after its first-contact figures were
/// recorded (`first-contact-d714d96.txt`). Floors at about 0.05 below the
/// figures after tuning; us_entity has one positive, still missed, so its
/// floor is 0 (the set's README lists it among what is still wrong).
#[test]
fn nineteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind19", &|label| match label {
        "privacy_shield" => (0.85, 0.95),
        "government_access" => (0.95, 0.91),
        "us_transfer" => (0.85, 0.90),
        "us_entity" => (0.0, 0.0),
        "privacy_shield_stance" => (0.75, 0.75),
        _ => (0.95, 0.95),
    });
}

/// The twentieth blind set (tests/blind20/README.md), written in session
/// 29: a supplier's vendor-management file (tender answers, due-diligence
/// questionnaires, DORA register entries, decks, e-mail threads) as
/// spreadsheets, slide decks and e-mails; tuned on in the same session
/// after its first-contact figures were recorded
/// (`first-contact-f86bb17.txt`). Floors at about 0.05 below the figures
/// after tuning; us_governing_law and us_entity have 3 positives each.
#[test]
fn twentieth_blind_set_stays_above_its_floors() {
    check_blind_set("blind20", &|label| match label {
        "government_access" => (0.95, 0.90),
        "us_governing_law" | "us_entity" => (0.65, 0.65),
        _ => (0.95, 0.95),
    });
}

/// The twenty-first blind set (tests/blind21/README.md), written in
/// session 29: global providers' terms translated into the six languages,
/// with regional tables of entity, law and courts, and European
/// imitators, as PDF, DOCX, ODT, RTF, DOC and HTML; tuned on in the same
/// session after its first-contact figures were recorded
/// (`first-contact-a548323.txt`). Floors at about 0.05 below the figures
/// after tuning.
#[test]
fn twenty_first_blind_set_stays_above_its_floors() {
    check_blind_set("blind21", &|label| match label {
        "us_transfer" => (0.85, 0.95),
        "us_entity" => (0.95, 0.88),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

/// The twenty-second blind set (tests/blind22/README.md), written in
/// session 30: employee notices, works-council agreements, HR vendors'
/// DPAs, intra-group agreements and BCRs, e-discovery and whistleblowing
/// policies, as PDF, DOCX, ODT, RTF, DOC and HTML; tuned on in the same
/// session after its first-contact figures were recorded
/// (`first-contact-6ac2574.txt`). Floors at about 0.05 below the figures
/// after tuning; us_entity has 4 positives.
#[test]
fn twenty_second_blind_set_stays_above_its_floors() {
    check_blind_set("blind22", &|label| match label {
        "us_entity" => (0.75, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The twenty-third blind set (tests/blind23/README.md), written in
/// session 30: public tenders, suppliers' answers and sovereignty
/// declarations, as PDF, DOCX, ODT, RTF, DOC and HTML; tuned on in the
/// same session after its first-contact figures were recorded
/// (`first-contact-2885a7e.txt`). Floors at about 0.05 below the figures
/// after tuning; us_entity has 1 positive.
#[test]
fn twenty_third_blind_set_stays_above_its_floors() {
    check_blind_set("blind23", &|label| match label {
        "government_access" => (0.86, 0.95),
        "us_transfer" => (0.90, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The twenty-fourth blind set (tests/blind24/README.md), written in
/// session 30: OCR text layers of scanned contracts, faxes and plain-text
/// exports (hard line breaks, hyphenation, page furniture inside
/// sentences, OCR errors), as TXT and PDF; tuned on in the same session
/// after its first-contact figures were recorded
/// (`first-contact-b34ab00.txt`). Floors at about 0.05 below the figures
/// after tuning.
#[test]
fn twenty_fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind24", &|label| match label {
        "governing_law" => (0.92, 0.89),
        "governing_law_jurisdictions" => (0.92, 0.87),
        "government_access" => (0.91, 0.91),
        "us_transfer" => (0.85, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The twenty-fifth blind set (tests/blind25/README.md), written in
/// session 30: 24 long agreements (250 to 600 lines) whose risk lies far
/// from where one would look, as PDF, DOCX, ODT and RTF; tuned on in the
/// same session after its first-contact figures were recorded
/// (`first-contact-a75435a.txt`). Floors at about 0.05 below the figures
/// after tuning; with few positives a label (us_entity 2, us_governing_law
/// 2, privacy_shield_stance 7) moves by a large step per document.
#[test]
fn twenty_fifth_blind_set_stays_above_its_floors() {
    check_blind_set("blind25", &|label| match label {
        "privacy_shield" => (0.95, 0.80),
        "government_access" => (0.89, 0.95),
        "us_transfer" => (0.95, 0.83),
        "privacy_shield_stance" => (0.60, 0.50),
        _ => (0.95, 0.95),
    });
}

/// The twenty-sixth blind set (tests/blind26/README.md), written in
/// session 31: AI and machine-learning vendors' terms, DPAs, addenda,
/// model-provider lists, AI Act notices, DPIAs and policies, as PDF, DOCX,
/// ODT, RTF, DOC and HTML; tuned on in the same session after its
/// first-contact figures were recorded (`first-contact-aed7dae.txt`).
/// Floors at about 0.05 below the figures after tuning. us_entity has no
/// positive, so its precision is 0 whatever the count of false alarms:
/// that count is held at its figure after tuning (1) instead.
#[test]
fn twenty_sixth_blind_set_stays_above_its_floors() {
    check_blind_set("blind26", &|label| match label {
        "scc" => (0.90, 0.90),
        "us_transfer" => (0.95, 0.89),
        "us_entity" => (0.0, 0.95),
        _ => (0.95, 0.95),
    });
    let dir = root().join("tests/blind26");
    let report = evaluate(&dir.join("labels.json"), &dir);
    let entity = &report.scores["us_entity"];
    assert!(
        entity.fp <= 1,
        "us_entity false alarms: {} (at most 1)",
        entity.fp
    );
}

/// The twenty-seventh blind set (tests/blind27/README.md), written in
/// session 31: connected products and the Data Act (telematics, EV
/// charging, smart-home, wearables, remote monitoring, industrial IoT,
/// farm machinery; Art. 3 notices, FRAND data sharing, switching, Art. 32),
/// as PDF, DOCX, ODT, RTF, DOC and HTML; tuned on in the same session after
/// its first-contact figures were recorded (`first-contact-e45834e.txt`).
/// Floors at about 0.05 below the figures after tuning; us_entity has 4
/// positives.
#[test]
fn twenty_seventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind27", &|label| match label {
        "us_entity" => (0.60, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The twenty-eighth blind set (tests/blind28/README.md), written in
/// session 31: clinical trial agreements, consent forms, safety-data,
/// data and material transfer agreements, trial platforms, e-exam and
/// proctoring terms, as PDF, DOCX, ODT, RTF, DOC and HTML; tuned on in the
/// same session after its first-contact figures were recorded
/// (`first-contact-faf7a83.txt`). Floors at about 0.05 below the figures
/// after tuning.
#[test]
fn twenty_eighth_blind_set_stays_above_its_floors() {
    check_blind_set("blind28", &|label| match label {
        "government_access" => (0.95, 0.89),
        "us_transfer" => (0.95, 0.72),
        "us_entity" => (0.75, 0.75),
        _ => (0.95, 0.95),
    });
}

/// The twenty-ninth blind set (tests/blind29/README.md), written in
/// session 31: transitional services agreements, purchase agreements'
/// warranties and disclosure letters, data-room rules, clean-team
/// agreements, due-diligence reports, integration plans, novation letters
/// and notices after a transaction, as PDF, DOCX, ODT, RTF, DOC and HTML;
/// tuned on in the same session after its first-contact figures were
/// recorded (`first-contact-ab18330.txt`). Floors at about 0.05 below the
/// figures after tuning; us_entity (5 positives) is weak.
#[test]
fn twenty_ninth_blind_set_stays_above_its_floors() {
    check_blind_set("blind29", &|label| match label {
        "us_governing_law" => (0.95, 0.75),
        "us_transfer" => (0.85, 0.89),
        "us_entity" => (0.45, 0.75),
        "privacy_shield_stance" => (0.75, 0.75),
        "scc_version" => (0.90, 0.95),
        "governing_law_jurisdictions" => (0.92, 0.92),
        _ => (0.95, 0.95),
    });
}

/// The thirtieth blind set (tests/blind30/README.md), written in session
/// 32: travel-management, booking-tool, airline, rail, hotel, car-rental,
/// duty-of-care, expense, freight, customs, warehouse, parcel, telematics
/// and event-platform documents, as PDF, DOCX, ODT, RTF, DOC and HTML;
/// tuned on in the same session after its first-contact figures were
/// recorded (`first-contact-fea5f4c.txt`). Floors at about 0.05 below the
/// figures after tuning; us_entity has 2 positives.
#[test]
fn thirtieth_blind_set_stays_above_its_floors() {
    check_blind_set("blind30", &|label| match label {
        "governing_law" => (0.95, 0.93),
        "us_governing_law" => (0.95, 0.75),
        "governing_law_jurisdictions" => (0.95, 0.91),
        _ => (0.95, 0.95),
    });
}

/// The thirty-first blind set (tests/blind31/README.md), written in session
/// 32: banks', insurers' and payment firms' ICT contracts under DORA,
/// registers of information, outsourcing notifications, exit strategies,
/// screening and KYC DPAs, payment and card terms, account-opening forms;
/// tuned on in the same session after its first-contact figures were
/// recorded (`first-contact-fea5f4c.txt`). Floors at about 0.05 below the
/// figures after tuning.
#[test]
fn thirty_first_blind_set_stays_above_its_floors() {
    check_blind_set("blind31", &|label| match label {
        "scc" => (0.88, 0.95),
        "government_access" => (0.88, 0.95),
        "privacy_shield_stance" => (0.78, 0.78),
        _ => (0.95, 0.95),
    });
}

/// The thirty-second blind set (tests/blind32/README.md), written in
/// session 32: telephony, contact-centre, CPaaS, video-conferencing,
/// e-mail archiving, roaming and connectivity documents and operators'
/// notices, as PDF, DOCX, ODT, RTF, DOC and HTML; tuned on in the same
/// session after its first-contact figures were recorded
/// (`first-contact-e4a130a.txt`). Floors at about 0.05 below the figures
/// after tuning.
#[test]
fn thirty_second_blind_set_stays_above_its_floors() {
    check_blind_set("blind32", &|label| match label {
        "us_transfer" => (0.95, 0.90),
        "governing_law_jurisdictions" => (0.95, 0.91),
        _ => (0.95, 0.95),
    });
}

/// The thirty-third blind set (tests/blind33/README.md), written in
/// session 32: marketing-agency, media-buying, e-mail and SMS marketing,
/// CDP, clean-room, panel, survey, loyalty, influencer and lead-capture
/// documents; tuned on in the same session after its first-contact
/// figures were recorded (`first-contact-e4a130a.txt`). Floors at about
/// 0.05 below the figures after tuning; us_entity has 5 positives.
#[test]
fn thirty_third_blind_set_stays_above_its_floors() {
    check_blind_set("blind33", &|label| match label {
        "us_transfer" => (0.95, 0.84),
        "us_entity" => (0.75, 0.75),
        _ => (0.95, 0.95),
    });
}

/// The thirty-fourth blind set (tests/blind34/README.md), written in
/// session 32: e-signature, trust-service, contract-management,
/// document-management, translation, court-reporting, legal-research and
/// law-firm documents; tuned on in the same session after its first-contact
/// figures were recorded (`first-contact-b69c9fa.txt`). Floors at about
/// 0.05 below the figures after tuning; us_governing_law (4 positives) and
/// the Privacy Shield stance (5) are weak.
#[test]
fn thirty_fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind34", &|label| match label {
        "scc" => (0.88, 0.95),
        "us_governing_law" => (0.60, 0.95),
        "us_transfer" => (0.90, 0.95),
        "us_entity" => (0.70, 0.95),
        "privacy_shield_stance" => (0.55, 0.55),
        "governing_law_jurisdictions" => (0.91, 0.93),
        _ => (0.95, 0.95),
    });
}

/// The thirty-fifth blind set (tests/blind35/README.md), written in
/// session 32: CCTV, access-control, visitor-management, biometric,
/// screening, identity-verification, alarm-monitoring and body-camera
/// documents; tuned on in the same session after its first-contact figures
/// were recorded (`first-contact-b69c9fa.txt`). Floors at about 0.05 below
/// the figures after tuning.
#[test]
fn thirty_fifth_blind_set_stays_above_its_floors() {
    check_blind_set("blind35", &|label| match label {
        "us_transfer" => (0.85, 0.85),
        _ => (0.95, 0.95),
    });
}

/// The thirty-sixth blind set (tests/blind36/README.md), written in
/// session 33: hosting, colocation, CDN, DNS, e-mail relay, backup, object
/// storage and managed-service documents; tuned on in the same session
/// after its first-contact figures were recorded
/// (`first-contact-c492819.txt`). Floors at about 0.05 below the figures
/// after tuning. The set has no US contracting party and one us_entity
/// false alarm (a sub-processor's footnote), so that precision is 0.
#[test]
fn thirty_sixth_blind_set_stays_above_its_floors() {
    check_blind_set("blind36", &|label| match label {
        "us_transfer" => (0.84, 0.89),
        "us_entity" => (0.0, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

/// The thirty-seventh blind set (tests/blind37/README.md), written in
/// session 33: telemedicine, health-data hosting, PACS, laboratory,
/// clinical-trial, pharmacovigilance and connected-device documents; tuned
/// on in the same session after its first-contact figures were recorded
/// (`first-contact-c492819.txt`). Floors at about 0.05 below the figures
/// after tuning; us_governing_law has 4 positives.
#[test]
fn thirty_seventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind37", &|label| match label {
        "us_governing_law" => (0.95, 0.70),
        "us_transfer" => (0.95, 0.84),
        _ => (0.95, 0.95),
    });
}

/// The thirty-eighth blind set (tests/blind38/README.md), written in
/// session 33: smart-metering, energy-supply, EV-charging, flexibility,
/// SCADA, solar and ESG documents; tuned on in the same session after its
/// first-contact figures were recorded (`first-contact-fc22eda.txt`).
/// Floors at about 0.05 below the figures after tuning; us_entity has 4
/// positives.
#[test]
fn thirty_eighth_blind_set_stays_above_its_floors() {
    check_blind_set("blind38", &|label| match label {
        "government_access" => (0.95, 0.90),
        "us_transfer" => (0.95, 0.89),
        "us_entity" => (0.75, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.93),
        _ => (0.95, 0.95),
    });
}

/// The thirty-ninth blind set (tests/blind39/README.md), written in
/// session 33: public procurement, citizen portals, schools, libraries,
/// parking, council streaming and research data-sharing documents; tuned
/// on in the same session after its first-contact figures were recorded
/// (`first-contact-fc22eda.txt`). Floors at about 0.05 below the figures
/// after tuning; us_governing_law has 4 positives and us_entity 6.
#[test]
fn thirty_ninth_blind_set_stays_above_its_floors() {
    check_blind_set("blind39", &|label| match label {
        "us_governing_law" => (0.95, 0.70),
        "us_transfer" => (0.95, 0.78),
        "us_entity" => (0.78, 0.78),
        "governing_law_jurisdictions" => (0.95, 0.90),
        _ => (0.95, 0.95),
    });
}

/// The fortieth blind set (tests/blind40/README.md), written in session 33:
/// policy conditions, broker and delegated-authority agreements, claims
/// outsourcing, reinsurance, insurtech, fraud-scoring and travel-assistance
/// documents; tuned on in the same session after its first-contact figures
/// were recorded (`first-contact-379a924.txt`). Floors at about 0.05 below
/// the figures after tuning; us_entity has 2 positives.
#[test]
fn fortieth_blind_set_stays_above_its_floors() {
    check_blind_set("blind40", &|label| match label {
        "government_access" => (0.95, 0.91),
        "us_transfer" => (0.95, 0.89),
        "us_entity" => (0.95, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.93),
        _ => (0.95, 0.95),
    });
}

/// The forty-first blind set (tests/blind41/README.md), written in session
/// 33: PLM, supplier-portal, MES, IIoT, export-screening, engineering and
/// OEM remote-service documents; tuned on in the same session after its
/// first-contact figures were recorded (`first-contact-379a924.txt`).
/// Floors at about 0.05 below the figures after tuning.
#[test]
fn forty_first_blind_set_stays_above_its_floors() {
    check_blind_set("blind41", &|label| match label {
        "governing_law" => (0.95, 0.92),
        "us_governing_law" => (0.95, 0.80),
        "us_transfer" => (0.95, 0.90),
        "us_entity" => (0.78, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

/// The forty-second blind set (tests/blind42/README.md), written in session
/// 33: newsroom, paywall, OTT, podcast, ticketing, fan-app, press-agency,
/// audience-measurement and moderation documents; tuned on in the same
/// session after its first-contact figures were recorded
/// (`first-contact-f22f5ad.txt`). Floors at about 0.05 below the figures
/// after tuning; us_governing_law has 5 positives.
#[test]
fn forty_second_blind_set_stays_above_its_floors() {
    check_blind_set("blind42", &|label| match label {
        "governing_law" => (0.95, 0.93),
        "us_governing_law" => (0.95, 0.75),
        "us_transfer" => (0.95, 0.84),
        "governing_law_jurisdictions" => (0.95, 0.93),
        _ => (0.95, 0.95),
    });
}

/// The forty-third blind set (tests/blind43/README.md), written in session
/// 33: property-management, tenant-screening, building-management,
/// co-working, facility, listing and relocation documents; tuned on in the
/// same session after its first-contact figures were recorded
/// (`first-contact-f22f5ad.txt`). Floors at about 0.05 below the figures
/// after tuning.
#[test]
fn forty_third_blind_set_stays_above_its_floors() {
    check_blind_set("blind43", &|label| match label {
        "scc" => (0.95, 0.88),
        _ => (0.95, 0.95),
    });
}

/// The forty-fourth blind set (tests/blind44/README.md), written in session
/// 33: donor-CRM, fundraising, direct-debit, volunteer, grant-portal and
/// humanitarian case-management documents; its first-contact figures are
/// recorded (`first-contact-44e0cc8.txt`) and it has hardly been tuned on.
/// Floors at about 0.05 below the figures at the session's end; us_entity
/// has 5 positives, us_governing_law 7.
#[test]
fn forty_fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind44", &|label| match label {
        "us_governing_law" => (0.95, 0.80),
        "government_access" => (0.91, 0.88),
        "us_transfer" => (0.95, 0.61),
        "us_entity" => (0.61, 0.35),
        "governing_law_jurisdictions" => (0.95, 0.93),
        _ => (0.95, 0.95),
    });
}

/// The forty-fifth blind set (tests/blind45/README.md), written in session
/// 33: farm-management, telematics, traceability, loyalty, shelf-camera,
/// cold-chain and seasonal-worker documents; its first-contact figures are
/// recorded (`first-contact-44e0cc8.txt`) and it was tuned on only at the
/// session's end. Floors at about 0.05 below the figures after tuning.
#[test]
fn forty_fifth_blind_set_stays_above_its_floors() {
    check_blind_set("blind45", &|label| match label {
        "us_governing_law" => (0.95, 0.75),
        "government_access" => (0.91, 0.81),
        "us_transfer" => (0.95, 0.67),
        "us_entity" => (0.78, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.93),
        _ => (0.95, 0.95),
    });
}

/// The forty-sixth to forty-ninth blind sets (tests/blind46/README.md to
/// tests/blind49/README.md), written in session 34: recruiting and HR;
/// car dealers and fleets; gaming and betting; law firms' and accountants'
/// tools. Their first contact is the session's starting build
/// (`first-contact-0b41be9.txt`); the floors are about 0.05 below the
/// figures after the session's changes.
#[test]
fn forty_sixth_blind_set_stays_above_its_floors() {
    check_blind_set("blind46", &|label| match label {
        "us_transfer" => (0.90, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.90),
        _ => (0.95, 0.95),
    });
}

#[test]
fn forty_seventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind47", &|label| match label {
        "us_transfer" => (0.95, 0.86),
        "governing_law_jurisdictions" => (0.93, 0.93),
        _ => (0.95, 0.95),
    });
}

#[test]
fn forty_eighth_blind_set_stays_above_its_floors() {
    check_blind_set("blind48", &|_| (0.95, 0.95));
}

/// The fiftieth and fifty-first blind sets (tests/blind50/README.md,
/// tests/blind51/README.md), written in session 34 after the changes for
/// tests/blind46 to tests/blind49: hotels and restaurants; sports clubs,
/// fitness and wearables. First contact with cfe7ab1
/// (`first-contact-cfe7ab1.txt`); floors about 0.05 below the figures
/// after the changes made for them.
#[test]
fn fiftieth_blind_set_stays_above_its_floors() {
    check_blind_set("blind50", &|label| match label {
        "us_transfer" => (0.95, 0.85),
        "governing_law_jurisdictions" => (0.93, 0.91),
        _ => (0.95, 0.95),
    });
}

#[test]
fn fifty_first_blind_set_stays_above_its_floors() {
    check_blind_set("blind51", &|label| match label {
        "us_governing_law" => (0.95, 0.70),
        "us_transfer" => (0.95, 0.84),
        "us_entity" => (0.70, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.90),
        _ => (0.95, 0.92),
    });
}

/// The fifty-second to fifty-seventh blind sets (tests/blind52/README.md to
/// tests/blind57/README.md), written in session 35: transport and logistics;
/// construction; associations and churches; veterinary and pet services;
/// funeral, genealogy and estate services; dating and social networks.
/// First contact with the session's starting build (b00e152,
/// `first-contact-b00e152.txt`); floors about 0.05 below the figures after
/// the changes made for them.
#[test]
fn fifty_second_blind_set_stays_above_its_floors() {
    check_blind_set("blind52", &|label| match label {
        "governing_law" => (0.95, 0.92),
        "us_governing_law" => (0.95, 0.78),
        "government_access" => (0.89, 0.95),
        "us_transfer" => (0.95, 0.85),
        "privacy_shield_stance" => (0.82, 0.82),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

#[test]
fn fifty_third_blind_set_stays_above_its_floors() {
    check_blind_set("blind53", &|_| (0.95, 0.95));
}

#[test]
fn fifty_fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind54", &|label| match label {
        "us_governing_law" => (0.95, 0.82),
        "us_transfer" => (0.95, 0.90),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

#[test]
fn fifty_fifth_blind_set_stays_above_its_floors() {
    check_blind_set("blind55", &|label| match label {
        "governing_law" => (0.95, 0.90),
        "us_governing_law" => (0.95, 0.61),
        "government_access" => (0.91, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.89),
        _ => (0.95, 0.95),
    });
}

#[test]
fn fifty_sixth_blind_set_stays_above_its_floors() {
    check_blind_set("blind56", &|label| match label {
        "government_access" => (0.86, 0.95),
        "us_transfer" => (0.90, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

#[test]
fn fifty_seventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind57", &|label| match label {
        "governing_law" => (0.95, 0.91),
        "us_governing_law" => (0.95, 0.78),
        "us_transfer" => (0.80, 0.84),
        "us_entity" => (0.78, 0.95),
        "privacy_shield_stance" => (0.80, 0.80),
        "governing_law_jurisdictions" => (0.95, 0.86),
        _ => (0.95, 0.95),
    });
}

/// The fifty-eighth and fifty-ninth blind sets (tests/blind58/README.md,
/// tests/blind59/README.md), written in session 35 after the changes for
/// tests/blind52 to tests/blind57 and not tuned on: municipalities,
/// libraries, museums and archives; photography, printing, translation and
/// creative agencies. Floors about 0.05 below their figures at 3ca2686.
#[test]
fn fifty_eighth_blind_set_stays_above_its_floors() {
    check_blind_set("blind58", &|label| match label {
        "government_access" => (0.85, 0.91),
        "us_transfer" => (0.95, 0.85),
        "us_entity" => (0.78, 0.95),
        _ => (0.95, 0.95),
    });
}

#[test]
fn fifty_ninth_blind_set_stays_above_its_floors() {
    check_blind_set("blind59", &|label| match label {
        "governing_law" => (0.95, 0.92),
        "us_governing_law" => (0.95, 0.70),
        "us_transfer" => (0.90, 0.90),
        "us_entity" => (0.70, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.93),
        _ => (0.95, 0.95),
    });
}

/// The sixtieth and sixty-first blind sets (tests/blind60/README.md,
/// tests/blind61/README.md), written in session 36 and tuned on:
/// manufacturing suppliers and industrial IoT; schools, universities and
/// edtech. Floors about 0.05 below their figures after the session's changes.
#[test]
fn sixtieth_blind_set_stays_above_its_floors() {
    check_blind_set("blind60", &|label| match label {
        "governing_law" => (0.95, 0.93),
        "us_governing_law" => (0.95, 0.72),
        "us_transfer" => (0.95, 0.85),
        "governing_law_jurisdictions" => (0.95, 0.91),
        _ => (0.95, 0.95),
    });
}

#[test]
fn sixty_first_blind_set_stays_above_its_floors() {
    check_blind_set("blind61", &|_| (0.95, 0.95));
}

/// The sixty-second and sixty-third blind sets (tests/blind62/README.md,
/// tests/blind63/README.md), written in session 37 and tuned on:
/// pharmacies, opticians and health retail; waste collection, recycling
/// and environmental services. Floors about 0.05 below their figures after
/// the session's changes.
#[test]
fn sixty_second_blind_set_stays_above_its_floors() {
    check_blind_set("blind62", &|label| match label {
        "governing_law_jurisdictions" => (0.93, 0.93),
        _ => (0.95, 0.95),
    });
}

#[test]
fn sixty_third_blind_set_stays_above_its_floors() {
    check_blind_set("blind63", &|_| (0.95, 0.95));
}

/// The sixty-fourth and sixty-fifth blind sets (tests/blind64/README.md,
/// tests/blind65/README.md), written in session 37 after the changes for
/// the two before them, then tuned on: childcare, elderly care and home
/// care; beauty salons, spas, cosmetics and wellness apps. Floors about
/// 0.05 below their figures after the session's changes.
#[test]
fn sixty_fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind64", &|label| match label {
        "government_access" => (0.91, 0.95),
        "us_entity" => (0.60, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

#[test]
fn sixty_fifth_blind_set_stays_above_its_floors() {
    check_blind_set("blind65", &|label| match label {
        "us_transfer" => (0.90, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The sixty-sixth and sixty-seventh blind sets (tests/blind66/README.md,
/// tests/blind67/README.md), written in session 38 and scored first with
/// the session's starting build, then tuned on: crypto, neobanks and
/// payment apps; aerospace, satellites, drones and maritime. Floors about
/// 0.05 below their figures after the session's changes.
#[test]
fn sixty_sixth_blind_set_stays_above_its_floors() {
    check_blind_set("blind66", &|label| match label {
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

#[test]
fn sixty_seventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind67", &|label| match label {
        "privacy_shield_stance" => (0.75, 0.75),
        "governing_law_jurisdictions" => (0.95, 0.90),
        _ => (0.95, 0.95),
    });
}

/// The sixty-eighth and sixty-ninth blind sets (tests/blind68/README.md,
/// tests/blind69/README.md), written in session 38 and scored first with
/// the session's starting build, then tuned on: cybersecurity vendors;
/// online shops and marketplaces. Floors about 0.05 below their figures
/// after the session's changes.
#[test]
fn sixty_eighth_blind_set_stays_above_its_floors() {
    check_blind_set("blind68", &|label| match label {
        "us_transfer" => (0.90, 0.90),
        _ => (0.95, 0.95),
    });
}

#[test]
fn sixty_ninth_blind_set_stays_above_its_floors() {
    check_blind_set("blind69", &|label| match label {
        "us_entity" => (0.95, 0.75),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

/// The seventieth and seventy-first blind sets (tests/blind70/README.md,
/// tests/blind71/README.md), written in session 38 after its changes for
/// the four before them and scored first with both the session's starting
/// build and that later one, then tuned on: music, podcasts and
/// publishing; facility services. Floors about 0.05 below their figures
/// after the session's changes.
#[test]
fn seventieth_blind_set_stays_above_its_floors() {
    check_blind_set("blind70", &|label| match label {
        "us_transfer" => (0.90, 0.95),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

#[test]
fn seventy_first_blind_set_stays_above_its_floors() {
    check_blind_set("blind71", &|label| match label {
        "privacy_shield_stance" => (0.78, 0.78),
        "governing_law_jurisdictions" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

/// The seventy-second and seventy-third blind sets (tests/blind72/README.md,
/// tests/blind73/README.md), written in session 39 and tuned on: defence,
/// public-sector and govtech suppliers; energy, mining and trading. Floors
/// about 0.05 below their figures after the session's changes.
#[test]
fn seventy_second_blind_set_stays_above_its_floors() {
    check_blind_set("blind72", &|label| match label {
        "us_entity" => (0.75, 0.95),
        "privacy_shield_stance" => (0.82, 0.82),
        _ => (0.95, 0.95),
    });
}

#[test]
fn seventy_third_blind_set_stays_above_its_floors() {
    check_blind_set("blind73", &|_| (0.95, 0.95));
}

/// The seventy-fourth and seventy-fifth blind sets (tests/blind74/README.md,
/// tests/blind75/README.md), written in session 40 and tuned on: car
/// dealers, repair, connected cars, leasing and fleet telematics; market
/// research, polling, survey platforms and panels. Floors about 0.05 below
/// their figures after the session's changes.
#[test]
fn seventy_fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind74", &|_| (0.95, 0.95));
}

#[test]
fn seventy_fifth_blind_set_stays_above_its_floors() {
    check_blind_set("blind75", &|label| match label {
        "us_transfer" => (0.95, 0.89),
        _ => (0.95, 0.95),
    });
}

/// The seventy-sixth blind set (tests/blind76/README.md), written in
/// session 40 and tuned on: payments, acquiring, fraud screening and open
/// banking. Floors about 0.05 below its figures after the changes.
#[test]
fn seventy_sixth_blind_set_stays_above_its_floors() {
    check_blind_set("blind76", &|label| match label {
        "us_transfer" | "government_access" => (0.90, 0.90),
        _ => (0.95, 0.95),
    });
}

/// The seventy-seventh blind set (tests/blind77/README.md; 35 documents,
/// no Spanish or Italian), written in session 40 and tuned on: debt
/// collection, credit bureaus, bailiffs and notaries. Floors about 0.05
/// below its figures after the changes.
#[test]
fn seventy_seventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind77", &|label| match label {
        "us_transfer" => (0.95, 0.85),
        "us_entity" => (0.60, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The seventy-eighth blind set (tests/blind78/README.md; 35 documents,
/// no Spanish or Italian), written in session 40, first scored and tuned
/// on in session 41: asset managers, fund administrators, wealth managers
/// and brokers. Floors about 0.05 below its figures after the changes.
#[test]
fn seventy_eighth_blind_set_stays_above_its_floors() {
    check_blind_set("blind78", &|label| match label {
        "us_transfer" => (0.95, 0.78),
        "us_entity" => (0.60, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The seventy-ninth blind set (tests/blind79/README.md; 36 documents, no
/// French), written in session 40, first scored and tuned on in session
/// 41: airlines, airports, ground handling and travel distribution. Floors
/// about 0.05 below its figures after the changes.
#[test]
fn seventy_ninth_blind_set_stays_above_its_floors() {
    check_blind_set("blind79", &|label| match label {
        "government_access" => (0.89, 0.89),
        "us_transfer" => (0.95, 0.87),
        "us_entity" => (0.45, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The eightieth blind set (tests/blind80/README.md; 42 documents in the
/// six languages), written, first scored and tuned on in session 64: the
/// everyday vendors of a mid-size European company. Floors about 0.05
/// below its figures after the changes (us_entity's recall, 0.750 after
/// session 64, is 1.000 since session 65 read a footnote's later
/// sentence).
#[test]
fn eightieth_blind_set_stays_above_its_floors() {
    check_blind_set("blind80", &|_| (0.95, 0.95));
}

/// The eighty-first blind set (tests/blind81/README.md; 42 documents in
/// the six languages), written, first scored and tuned on in session 65:
/// software outsourcing, developer tools and API platforms. Floors about
/// 0.05 below its figures after the changes.
#[test]
fn eighty_first_blind_set_stays_above_its_floors() {
    check_blind_set("blind81", &|_| (0.95, 0.95));
}

/// The eighty-second blind set (tests/blind82/README.md; 42 documents in
/// the six languages), written, first scored and tuned on in session 65:
/// customer-service outsourcing, helpdesks, chatbots and review platforms.
/// Floors about 0.05 below its figures after the changes.
#[test]
fn eighty_second_blind_set_stays_above_its_floors() {
    check_blind_set("blind82", &|_| (0.95, 0.95));
}

/// The eighty-third blind set (tests/blind83/README.md; 42 documents in the
/// six languages), written, first scored and tuned on in session 65:
/// advertising technology, affiliate networks and consent tools. Floors
/// about 0.05 below its figures after the changes (dpf's recall is 0.833:
/// one PDF whose table cells break "Framewor" / "k" inside the word).
#[test]
fn eighty_third_blind_set_stays_above_its_floors() {
    check_blind_set("blind83", &|label| match label {
        "dpf" => (0.95, 0.78),
        _ => (0.95, 0.95),
    });
}

/// The eighty-fourth blind set (tests/blind84/README.md; 42 documents in
/// the six languages), written and first scored in session 65 (one error
/// at first contact, then one rule change): devices as a service, MDM, IT
/// asset disposal and repair. Floors about 0.05 below its figures.
#[test]
fn eighty_fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind84", &|_| (0.95, 0.95));
}

/// The eighty-fifth blind set (tests/blind85/README.md; 42 documents in
/// the six languages), written, first scored and tuned on in session 66:
/// payroll, employee benefits, equity plans and global mobility. Floors
/// about 0.05 below its figures after the changes (us_transfer's recall is
/// 0.933: group reporting "performed ... in Denver, Colorado", a transfer
/// only the sentence before implies).
#[test]
fn eighty_fifth_blind_set_stays_above_its_floors() {
    check_blind_set("blind85", &|label| match label {
        "us_transfer" => (0.95, 0.88),
        _ => (0.95, 0.95),
    });
}

/// The eighty-sixth blind set (tests/blind86/README.md; 42 documents in
/// the six languages), written, first scored and tuned on in session 66:
/// intra-group transfer agreements, BCRs, TIAs and group governance.
/// Floors about 0.05 below its figures after the changes (us_entity's
/// recall is 0.917: a DPIA's US parent that runs the platform;
/// government_access's 0.962 in the files: a PDF whose footnote splits the
/// sentence at a page break).
#[test]
fn eighty_sixth_blind_set_stays_above_its_floors() {
    check_blind_set("blind86", &|label| match label {
        "us_entity" => (0.95, 0.86),
        "government_access" => (0.95, 0.91),
        _ => (0.95, 0.95),
    });
}

/// The eighty-seventh blind set (tests/blind87/README.md; 42 documents in
/// the six languages), written and first scored in session 66 after the
/// changes for blind85 and blind86, then tuned on: whistleblowing
/// hotlines, internal investigations, monitorships and cross-border
/// discovery. Floors about 0.05 below its figures after the changes
/// (us_transfer 0.933 / 0.933; governing_law's precision 0.955).
/// government_access's recall, 0.897 in session 66 (three monitorships
/// whose reports go to an authority named only by a defined term), is
/// 1.000 since session 67's defined authorities.
#[test]
fn eighty_seventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind87", &|label| match label {
        "us_transfer" => (0.88, 0.88),
        "governing_law" => (0.90, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The eighty-eighth blind set (tests/blind88/README.md; 42 documents in
/// the six languages), written and first scored in session 66 after the
/// changes for blind85 and blind86, then tuned on: order forms, quotes,
/// invoices, renewal notices and purchase approvals. Floors about 0.05
/// below its figures after the changes (scc's recall is 0.909: a PDF table
/// cell that splits "Standardvertrag sklauseln").
#[test]
fn eighty_eighth_blind_set_stays_above_its_floors() {
    check_blind_set("blind88", &|label| match label {
        "scc" => (0.95, 0.85),
        _ => (0.95, 0.95),
    });
}

/// The eighty-ninth blind set (tests/blind89/README.md; 42 documents in
/// the six languages), written and first scored in session 66 after the
/// changes for blind85 to blind88, then tuned on a little: research
/// consortia, lab software and research data platforms. Floors about 0.05
/// below its figures after the changes (us_entity's recall 0.700: US
/// state universities; us_transfer 0.938 / 0.882; us_governing_law's
/// recall 0.800; governing_law's 0.970).
#[test]
fn eighty_ninth_blind_set_stays_above_its_floors() {
    check_blind_set("blind89", &|label| match label {
        "us_entity" => (0.95, 0.65),
        "us_transfer" => (0.88, 0.83),
        "us_governing_law" => (0.95, 0.75),
        "governing_law" => (0.95, 0.92),
        _ => (0.95, 0.95),
    });
}

/// The ninetieth blind set (tests/blind90/README.md; 42 documents in the
/// six languages), written and first scored in session 67: collaboration
/// suites, video meetings, AI note-takers and team chat. Every label is
/// 1.000 / 1.000 after the session's changes; floors about 0.05 below.
#[test]
fn ninetieth_blind_set_stays_above_its_floors() {
    check_blind_set("blind90", &|_| (0.95, 0.95));
}

/// The ninety-first blind set (tests/blind91/README.md; 42 documents in
/// the six languages), written and first scored in session 67:
/// resellers, distributors, managed service providers and licence
/// brokers. Floors about 0.05 below its figures after the changes
/// (us_entity's recall 0.833: a US publisher behind a German reseller,
/// labelled as the party doubtfully).
#[test]
fn ninety_first_blind_set_stays_above_its_floors() {
    check_blind_set("blind91", &|label| match label {
        "us_entity" => (0.95, 0.78),
        _ => (0.95, 0.95),
    });
}

/// The ninety-second blind set (tests/blind92/README.md; 42 documents in
/// the six languages), written in session 67 and first scored after the
/// changes for blind90 and blind91: employee-experience software
/// (learning, surveys, performance reviews, time tracking, scheduling).
/// Every label is 1.000 / 1.000 after the session's changes for it;
/// floors about 0.05 below.
#[test]
fn ninety_second_blind_set_stays_above_its_floors() {
    check_blind_set("blind92", &|_| (0.95, 0.95));
}

/// The ninety-third blind set (tests/blind93/README.md; 42 documents in
/// the six languages), written in session 67 and first scored after the
/// changes for blind90 and blind91: B2B sales tools. Floors about 0.05
/// below its figures after the changes (governing_law's precision 0.957:
/// a procurement note's report of a vendor's German law; us_transfer's
/// 0.941: a rejected option's North American region).
#[test]
fn ninety_third_blind_set_stays_above_its_floors() {
    check_blind_set("blind93", &|label| match label {
        "governing_law" => (0.90, 0.95),
        "us_transfer" => (0.89, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The ninety-fourth blind set (tests/blind94/README.md; 42 documents in
/// the six languages), written and first scored in session 68 with its
/// start's build: data platforms (warehouses, pipelines, BI, product
/// analytics, session replay). Floors about 0.05 below its figures after
/// the changes (government_access's recall 0.944: a confidentiality
/// carve-out labelled as government access doubtfully).
#[test]
fn ninety_fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind94", &|label| match label {
        "government_access" => (0.95, 0.89),
        _ => (0.95, 0.95),
    });
}

/// The ninety-fifth blind set (tests/blind95/README.md; 42 documents in
/// the six languages), written and first scored in session 68 with its
/// start's build: generative AI services. Floors about 0.05 below its
/// figures after the changes (us_transfer's recall 0.933: a region named
/// through two definitions).
#[test]
fn ninety_fifth_blind_set_stays_above_its_floors() {
    check_blind_set("blind95", &|label| match label {
        "us_transfer" => (0.95, 0.88),
        _ => (0.95, 0.95),
    });
}

/// The ninety-sixth blind set (tests/blind96/README.md; 42 documents in
/// the six languages), written in session 68 and first scored after the
/// changes for blind94 and blind95: digital mailrooms, archiving, records
/// management and e-invoicing. Every yes/no label is 1.000 / 1.000 after
/// the session's changes for it; floors about 0.05 below.
#[test]
fn ninety_sixth_blind_set_stays_above_its_floors() {
    check_blind_set("blind96", &|_| (0.95, 0.95));
}

/// The ninety-seventh blind set (tests/blind97/README.md; 42 documents
/// in the six languages), written in session 68 and first scored after
/// the changes for blind94 and blind95: identity verification, e-KYC, age
/// assurance and anti-fraud. Floors about 0.05 below its figures after
/// the changes (scc's recall 0.944: a word broken in a narrow PDF table
/// cell).
#[test]
fn ninety_seventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind97", &|label| match label {
        "scc" => (0.95, 0.89),
        _ => (0.95, 0.95),
    });
}

/// The ninety-eighth blind set (tests/blind98/README.md; 42 documents in
/// the six languages), written and first scored in session 69 with its
/// start's build: e-mail marketing, SMS and push messaging, CPaaS. Every
/// yes/no label is 1.000 / 1.000 after the session's changes; floors
/// about 0.05 below.
#[test]
fn ninety_eighth_blind_set_stays_above_its_floors() {
    check_blind_set("blind98", &|_| (0.95, 0.95));
}

/// The ninety-ninth blind set (tests/blind99/README.md; 42 documents in
/// the six languages), written and first scored in session 69 with its
/// start's build: travel and expense management, corporate cards,
/// procurement. Every yes/no label is 1.000 / 1.000 after the session's
/// changes; floors about 0.05 below.
#[test]
fn ninety_ninth_blind_set_stays_above_its_floors() {
    check_blind_set("blind99", &|_| (0.95, 0.95));
}

/// The hundredth blind set (tests/blind100/README.md; 42 documents in
/// the six languages), written in session 69 and first scored after the
/// changes for blind98 and blind99: website and app legal pages (cookie
/// policies, legal notices, consent banners, app privacy labels). Every
/// yes/no label is 1.000 / 1.000 after the session's changes; floors about
/// 0.05 below.
#[test]
fn hundredth_blind_set_stays_above_its_floors() {
    check_blind_set("blind100", &|_| (0.95, 0.95));
}

/// The hundred-and-first blind set (tests/blind101/README.md; 42
/// documents in the six languages), written in session 69 and first
/// scored after the changes for blind98 and blind99: bilingual and
/// mixed-language documents. Floors about 0.05 below its figures after the
/// changes (us_entity's precision 0.800: a US sub-processor named as the
/// data importer of Module Three clauses in an English annex).
#[test]
fn hundred_and_first_blind_set_stays_above_its_floors() {
    check_blind_set("blind101", &|label| match label {
        "us_entity" => (0.75, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-second blind set (tests/blind102/README.md; 42
/// documents in the six languages), written in session 69 and first
/// scored after the changes for blind98 to blind101: smart home and
/// consumer IoT. Floors about 0.05 below its figures after the changes
/// (government_access's precision 0.952: a denial the checks do not read;
/// us_transfer's 0.938: a model named "Washington" in a PDF table whose
/// header is lost).
#[test]
fn hundred_and_second_blind_set_stays_above_its_floors() {
    check_blind_set("blind102", &|label| match label {
        "government_access" => (0.90, 0.95),
        "us_transfer" => (0.88, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-third blind set (tests/blind103/README.md; 42
/// documents in the six languages), written in session 69 and first
/// scored after the changes for blind98 to blind101: franchise, licensing,
/// co-branding and white-label agreements. Every yes/no label is 1.000 /
/// 1.000 after the session's changes; floors about 0.05 below.
#[test]
fn hundred_and_third_blind_set_stays_above_its_floors() {
    check_blind_set("blind103", &|_| (0.95, 0.95));
}

/// The hundred-and-fourth blind set (tests/blind104/README.md; 42
/// documents in the six languages), written in session 70: the legal
/// team's own reviews of one vendor (transfer impact assessments, DPO
/// opinions, risk memos, committee minutes, audit findings, counsel's
/// letters). Floors about 0.05 below the session's figures where they are
/// 1.000; below them elsewhere (us_governing_law's recall 0.750: two laws
/// reached only through a seat or a definition in another sentence;
/// us_transfer's precision 0.895: a rejected bidder described in prose, a
/// bid comparison whose header the PDF loses; us_entity's
/// recall 0.833: "La solution est fournie par Orbe Communications, Inc.,
/// dont le siège est à San José").
#[test]
fn hundred_and_fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind104", &|label| match label {
        "us_governing_law" => (0.95, 0.70),
        "us_transfer" => (0.84, 0.95),
        "us_entity" => (0.95, 0.78),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-fifth blind set (tests/blind105/README.md; 42
/// documents in the six languages), written in session 70: changes in a
/// vendor's life (amendments, novations, change-of-control and migration
/// notices, DPF and new-SCC letters, exit letters, renewals). Floors about
/// 0.05 below the session's figures (us_governing_law's precision 0.833:
/// a before-and-after table whose columns the PDF loses; us_transfer
/// 0.938 / 0.938: a conditional about the customer's own register, a data
/// centre named "SAT-1, San Antonio" without its state).
#[test]
fn hundred_and_fifth_blind_set_stays_above_its_floors() {
    check_blind_set("blind105", &|label| match label {
        "us_governing_law" => (0.78, 0.95),
        "us_transfer" => (0.88, 0.88),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-sixth blind set (tests/blind106/README.md; 42
/// documents in the six languages), written in session 70 and first
/// scored after the changes for blind104 and blind105: incidents, requests
/// and the paperwork around them (breach notices, incident reports,
/// access-request answers, transparency reports, warrant canaries, request
/// letters). Floors about 0.05 below the session's figures where they are
/// 1.000 (government_access's precision 0.857: the headings of a canary and
/// two questionnaires, which the RTF, PDF and DOC text no longer sets apart;
/// us_entity 0.667 / 0.667 of three: a Delaware company described only in a
/// footnote, and in the PDF an importer named "entre le Fournisseur et
/// Altavek Holdings Inc. (modules 2 et 3)").
#[test]
fn hundred_and_sixth_blind_set_stays_above_its_floors() {
    check_blind_set("blind106", &|label| match label {
        "government_access" => (0.80, 0.95),
        "us_entity" => (0.60, 0.60),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-seventh blind set (tests/blind107/README.md; 42
/// documents in the six languages), written in session 70 and first
/// scored after the changes for blind104 and blind105: trust centres,
/// security whitepapers, data-residency FAQs, product documentation,
/// sub-processor pages. Every yes/no label is 1.000 / 1.000 after the
/// session's changes; floors about 0.05 below.
#[test]
fn hundred_and_seventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind107", &|_| (0.95, 0.95));
}

/// The hundred-and-eighth blind set (tests/blind108/README.md; 42
/// documents in the six languages), written in session 71 and first
/// scored with the session's start: records of processing, data maps,
/// transfer registers, retention schedules, DPIA summaries. Floors about
/// 0.05 below the session's figures (us_entity's precision 0.800 of five:
/// a US sister company that imports and distributes the customer's
/// products, described as "a Delaware corporation").
#[test]
fn hundred_and_eighth_blind_set_stays_above_its_floors() {
    check_blind_set("blind108", &|label| match label {
        "us_entity" => (0.75, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-ninth blind set (tests/blind109/README.md; 42
/// documents in the six languages), written in session 71 and first
/// scored with the session's start: a company's internal IT policies and
/// approved-tool lists. Floors about 0.05 below the session's figures
/// (governing_law 0.875 and us_governing_law 0.750 in recall: a
/// catalogue's "Ley del contrato" column, each tool's law a cell of it;
/// us_transfer 0.933: a travel memo whose "während des Aufenthalts" does
/// not name the US; dpf 0.875: the PDF breaks the words of a narrow cell).
#[test]
fn hundred_and_ninth_blind_set_stays_above_its_floors() {
    check_blind_set("blind109", &|label| match label {
        "governing_law" => (0.95, 0.82),
        "us_governing_law" => (0.95, 0.70),
        "us_transfer" => (0.95, 0.88),
        "dpf" => (0.95, 0.82),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-tenth blind set (tests/blind110/README.md; 42
/// documents in the six languages), written in session 71 and first
/// scored after the changes for blind108 and blind109: data-sharing,
/// joint-controller and data-licence agreements. Floors about 0.05 below
/// the session's figures (privacy_shield's precision 0.833 of six: a
/// product called «PrivacyShield Casa»; us_transfer's 0.938 of sixteen: a
/// 2018 newsletter provider the parties say was dropped).
#[test]
fn hundred_and_tenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind110", &|label| match label {
        "privacy_shield" => (0.78, 0.95),
        "us_transfer" => (0.88, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-eleventh blind set (tests/blind111/README.md; 42
/// documents in the six languages), written in session 72 and first
/// scored with the session's start: board portals, share registers,
/// general meetings and investor relations. Floors about 0.05 below the
/// session's figures (government_access recall 0.955 of 22: the customer
/// itself sends an insider list to the market regulator on its request, a
/// doubtful label).
#[test]
fn hundred_and_eleventh_blind_set_stays_above_its_floors() {
    check_blind_set("blind111", &|label| match label {
        "government_access" => (0.95, 0.90),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-twelfth blind set (tests/blind112/README.md; 42
/// documents in the six languages), written in session 72 and first
/// scored with the session's start: a buyer's own purchasing terms,
/// supplier questionnaires and negotiated deviations. Floors about 0.05
/// below the session's figures (us_governing_law recall 0.750 of four: in
/// the PDF, a narrow cell breaks "Commonweal th of Massachuset ts").
#[test]
fn hundred_and_twelfth_blind_set_stays_above_its_floors() {
    check_blind_set("blind112", &|label| match label {
        "us_governing_law" => (0.95, 0.70),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-thirteenth blind set (tests/blind113/README.md; 42
/// documents in the six languages), written in session 73 and first
/// scored with the session's start: regional legal variants (Switzerland,
/// Austria, Belgium, Quebec, Latin America, ...). Floors about 0.05 below
/// the session's figures (government_access precision 0.963 of 27: a
/// memo's heading "Zugriff ausländischer Behörden" over a review that
/// finds no such access).
#[test]
fn hundred_and_thirteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind113", &|label| match label {
        "government_access" => (0.91, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-fourteenth blind set (tests/blind114/README.md; 42
/// documents in the six languages), written in session 73 and first
/// scored with the session's start: non-disclosure agreements, letters of
/// intent, term sheets and memoranda of understanding. Floors about 0.05
/// below the session's figures (us_transfer precision 0.941 of 17: a past
/// Privacy Shield transfer).
#[test]
fn hundred_and_fourteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind114", &|label| match label {
        "us_transfer" => (0.89, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-fifteenth blind set (tests/blind115/README.md; 42
/// documents in the six languages), written in session 73 and first
/// scored with 3d4fdafa: client alerts, newsletters, webinar transcripts
/// and briefings about a vendor, whose general accounts of US surveillance
/// laws the rules read as access (labelled as none). Floors about 0.05
/// below the session's figures (government_access precision 0.667 of 30,
/// us_transfer 0.739 of 23, us_entity precision 0.750 of 8, scc_version
/// recall 0.968 of 31).
#[test]
fn hundred_and_fifteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind115", &|label| match label {
        "government_access" => (0.61, 0.95),
        "us_transfer" => (0.68, 0.95),
        "us_entity" => (0.70, 0.95),
        "scc_version" => (0.95, 0.91),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-sixteenth blind set (tests/blind116/README.md; 42
/// documents in the six languages), written in session 73 and first
/// scored with 3d4fdafa: vendors from the Nordic, Baltic, central and
/// southern European countries. Floors about 0.05 below the session's
/// figures (us_governing_law recall 0.667 of 3, government_access
/// precision 0.952 of 21, us_entity precision 0.750 of 4,
/// privacy_shield_stance 0.857 both ways, governing_law_jurisdictions
/// recall 0.969 of 32).
#[test]
fn hundred_and_sixteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind116", &|label| match label {
        "us_governing_law" => (0.95, 0.61),
        "government_access" => (0.90, 0.95),
        "us_entity" => (0.70, 0.95),
        "privacy_shield_stance" => (0.80, 0.80),
        "governing_law_jurisdictions" => (0.95, 0.91),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-seventeenth blind set (tests/blind117/README.md; 42
/// documents in the six languages), written in session 74 and first
/// scored with 0a6a4872: risk carried by defined terms, cross-references
/// and documents incorporated by reference. No error left at the
/// session's end.
#[test]
fn hundred_and_seventeenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind117", &|_| (0.95, 0.95));
}

/// The hundred-and-eighteenth blind set (tests/blind118/README.md; 42
/// documents in the six languages), written in session 74 and first
/// scored with 0a6a4872: conditional, optional and contingent exposure.
/// One error left: us_entity has no true case in the set and one false
/// alarm (a doubtful label), so its precision is 0 and not held.
#[test]
fn hundred_and_eighteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind118", &|label| match label {
        "us_entity" => (0.0, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-nineteenth blind set (tests/blind119/README.md; 42
/// documents in the six languages), written in session 74 and first
/// scored with ffb0d634: redlines, drafts and negotiation papers. Floors
/// about 0.05 below the session's figures (privacy_shield precision 0.750
/// of 4, us_governing_law 0.714 and 0.833, governing_law recall 0.976,
/// government_access recall 0.963, us_transfer precision 0.789 of 19,
/// us_entity recall 0.667 of 3, scc_version precision 0.947,
/// governing_law_jurisdictions 0.900 and 0.978); struck-out words in its
/// PDFs and DOC files are read as if they stood.
#[test]
fn hundred_and_nineteenth_blind_set_stays_above_its_floors() {
    check_blind_set("blind119", &|label| match label {
        "privacy_shield" => (0.70, 0.95),
        "us_governing_law" => (0.66, 0.78),
        "governing_law" => (0.95, 0.92),
        "government_access" => (0.95, 0.91),
        "us_transfer" => (0.73, 0.95),
        "us_entity" => (0.95, 0.61),
        "scc_version" => (0.89, 0.95),
        "governing_law_jurisdictions" => (0.85, 0.92),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-twentieth blind set (tests/blind120/README.md; 42
/// documents in the six languages), written in session 74 and first
/// scored with ffb0d634: representatives, establishments and the
/// companies behind them. Floors about 0.05 below the session's figures
/// (government_access recall 0.967 of 30, us_entity recall 0.917 of 12,
/// governing_law_jurisdictions recall 0.923 of 26).
#[test]
fn hundred_and_twentieth_blind_set_stays_above_its_floors() {
    check_blind_set("blind120", &|label| match label {
        "government_access" => (0.95, 0.91),
        "us_entity" => (0.95, 0.86),
        "governing_law_jurisdictions" => (0.95, 0.87),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-twenty-first blind set (tests/blind121/README.md; 42
/// documents in the six languages), written in session 75 and first
/// scored with 99945af8: laws, decisions, courts and places cited by
/// number or abbreviation. Floors about 0.05 below the session's figures
/// (us_transfer precision 0.938 of 16 found, us_entity recall 0.833 of 6).
#[test]
fn hundred_and_twenty_first_blind_set_stays_above_its_floors() {
    check_blind_set("blind121", &|label| match label {
        "us_transfer" => (0.88, 0.95),
        "us_entity" => (0.95, 0.78),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-twenty-second blind set (tests/blind122/README.md; 42
/// documents in the six languages), written in session 75 and first
/// scored with 99945af8: transfer impact assessments, legal opinions and
/// questionnaires on foreign law. Floors about 0.05 below the session's
/// figures (government_access recall 0.966 of 29, us_transfer precision
/// 0.941 of 17 found).
#[test]
fn hundred_and_twenty_second_blind_set_stays_above_its_floors() {
    check_blind_set("blind122", &|label| match label {
        "government_access" => (0.95, 0.91),
        "us_transfer" => (0.89, 0.95),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-twenty-third blind set (tests/blind123/README.md; 42
/// documents in the six languages), written in session 75 and first
/// scored with 7efc7306: works-council agreements and employee notices
/// about a vendor's tool. Floors about 0.05 below the session's figures
/// (governing_law precision 0.875 of 8 found, us_entity recall 0.857 of
/// 7; us_governing_law's one finding is a reported law, a false alarm).
#[test]
fn hundred_and_twenty_third_blind_set_stays_above_its_floors() {
    check_blind_set("blind123", &|label| match label {
        "governing_law" => (0.82, 0.95),
        "us_governing_law" => (0.0, 0.95),
        "us_entity" => (0.95, 0.80),
        _ => (0.95, 0.95),
    });
}

/// The hundred-and-twenty-fourth blind set (tests/blind124/README.md; 42
/// documents in the six languages), written in session 75 and first
/// scored with 7efc7306: DORA registers and other filings of financial
/// entities. Floors about 0.05 below the session's figures
/// (governing_law recall 0.950 of 40, us_transfer recall 0.938 of 16,
/// us_entity precision 0.600 and recall 0.429 of 7).
#[test]
fn hundred_and_twenty_fourth_blind_set_stays_above_its_floors() {
    check_blind_set("blind124", &|label| match label {
        "governing_law" => (0.95, 0.90),
        "us_transfer" => (0.95, 0.88),
        "us_entity" => (0.55, 0.38),
        _ => (0.95, 0.95),
    });
}

#[test]
fn forty_ninth_blind_set_stays_above_its_floors() {
    check_blind_set("blind49", &|label| match label {
        "us_governing_law" => (0.95, 0.75),
        "us_entity" => (0.45, 0.95),
        "scc_version" => (0.90, 0.95),
        _ => (0.95, 0.93),
    });
}

/// The tenth blind set's sources again, each as a PDF set in two columns of
/// justified text (`labels-columns.json`, `md2office.py --columns`). At
/// the session's start (0c5bfa6) governing_law recall was 0.906 and
/// us_transfer 0.824 / 0.737; the floors are the figures after the
/// session's PDF changes less about 0.05. Four US places still lost are in
/// table cells too narrow for their words, which LibreOffice breaks inside
/// a word ("Ashbu" / "rn").
#[test]
fn tenth_blind_set_in_two_columns_stays_above_its_floors() {
    check_blind_labels("blind10", "labels-columns.json", &|label| match label {
        "us_governing_law" => (0.75, 0.75),
        "us_entity" => (0.78, 0.80),
        "us_transfer" => (0.88, 0.68),
        "scc_version" => (0.94, 0.89),
        _ => (0.94, 0.94),
    });
}

/// The tenth blind set's office files and PDFs score as their Markdown
/// sources do, label by label: what the extractors lose (a footnote, a
/// table cell) shows here.
#[test]
fn tenth_blind_sets_converted_files_score_as_their_sources() {
    let dir = root().join("tests/blind10");
    let score = |name: &str| {
        evaluate(&dir.join(name), &dir)
            .scores
            .iter()
            .map(|(label, s)| (label.clone(), (s.tp, s.fp, s.fn_)))
            .collect::<Vec<_>>()
    };
    assert_eq!(score("labels.json"), score("labels-src.json"));
}
