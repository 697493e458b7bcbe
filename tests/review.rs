//! The review outputs (issue 5): the text view, colours, the progress bar,
//! CSV and HTML, and that every summary agrees with the NDJSON.

mod common;
#[path = "browser/support.rs"]
mod support;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use common::{clausescan, root, scan};
use serde_json::Value;

fn run_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_clausescan"));
    c.args(args).current_dir(root());
    for v in ["NO_COLOR", "CLICOLOR_FORCE", "CLICOLOR"] {
        c.env_remove(v);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run clausescan")
}

fn stdout(o: &Output) -> String {
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

/// The counts a summary must show, computed from the document records.
#[derive(Debug, Default, PartialEq)]
struct Counts {
    files: u64,
    risk: BTreeMap<String, u64>,
    not_scanned: u64,
    categories: BTreeMap<String, u64>,
    findings: u64,
    status: BTreeMap<String, u64>,
}

const CATEGORIES: [&str; 7] = [
    "privacy_shield",
    "dpf",
    "scc",
    "governing_law",
    "government_access",
    "us_transfer",
    "us_entity",
];

fn counts_from_docs(docs: &[Value]) -> Counts {
    let mut c = Counts::default();
    for r in ["high", "medium", "low", "none"] {
        c.risk.insert(r.into(), 0);
    }
    for k in CATEGORIES {
        c.categories.insert(k.into(), 0);
    }
    for d in docs {
        c.files += 1;
        let status = d["status"].as_str().unwrap();
        *c.status.entry(status.into()).or_default() += 1;
        if status == "ok" || status == "lossy" {
            *c.risk
                .entry(d["assessment"]["risk"].as_str().unwrap().into())
                .or_default() += 1;
        } else {
            c.not_scanned += 1;
        }
        for f in d["findings"].as_array().unwrap() {
            *c.categories
                .entry(f["category"].as_str().unwrap().into())
                .or_default() += 1;
            c.findings += 1;
        }
    }
    c
}

fn counts_from_summary(s: &Value) -> Counts {
    let map = |v: &Value| -> BTreeMap<String, u64> {
        v.as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
            .collect()
    };
    let mut risk = map(&s["risk"]);
    for r in ["high", "medium", "low", "none"] {
        risk.entry(r.into()).or_default();
    }
    let status = map(&s["status"]);
    let not_scanned = status
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "ok" | "lossy"))
        .map(|(_, v)| v)
        .sum();
    Counts {
        files: s["files"].as_u64().unwrap(),
        risk,
        not_scanned,
        categories: map(&s["categories"]),
        findings: s["findings"].as_u64().unwrap(),
        status,
    }
}

/// Read the closing table of the text view: `label  number` pairs.
fn counts_from_text(text: &str) -> Counts {
    let start = text.find("Summary: ").expect("summary in the text view");
    let tail = &text[start..];
    let first = tail.lines().next().unwrap();
    let files: u64 = first["Summary: ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let mut pairs: BTreeMap<String, u64> = BTreeMap::new();
    let mut status = BTreeMap::new();
    for line in tail.lines().skip(1) {
        if let Some(s) = line.trim().strip_prefix("status: ") {
            for part in s.split(", ") {
                let (k, v) = part.rsplit_once(' ').unwrap();
                status.insert(k.to_string(), v.parse().unwrap());
            }
            continue;
        }
        // Cells are separated by two or more spaces.
        let cells: Vec<&str> = line
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        for pair in cells.chunks(2) {
            if let [k, v] = pair
                && let Ok(n) = v.parse::<u64>()
            {
                pairs.insert(k.to_string(), n);
            }
        }
    }
    let take = |k: &str| {
        pairs
            .get(k)
            .copied()
            .unwrap_or_else(|| panic!("no {k} in {tail}"))
    };
    Counts {
        files,
        risk: ["high", "medium", "low", "none"]
            .iter()
            .map(|r| (r.to_string(), take(r)))
            .collect(),
        not_scanned: take("not scanned"),
        categories: CATEGORIES
            .iter()
            .map(|c| (c.to_string(), take(c)))
            .collect(),
        findings: take("total"),
        status,
    }
}

/// The text without SGR (colour) sequences.
fn strip_sgr(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("\x1b[") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let end = after.find('m').map_or(after.len(), |e| e + 1);
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn every_summary_agrees_with_the_ndjson() {
    let tmp = tempfile::tempdir().unwrap();
    let html = tmp.path().join("report.html");
    let csv = tmp.path().join("findings.csv");
    // One run gives NDJSON, HTML and CSV from the same stream of records.
    let (docs, summary, out) = scan(&[
        "corpus",
        "--html",
        html.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "no progress bar off a terminal");
    let want = counts_from_docs(&docs);
    assert!(want.files > 100 && want.findings > 0);
    assert_eq!(counts_from_summary(&summary), want, "NDJSON summary record");

    // The terminal summary.
    let text = stdout(&run_env(
        &["scan", "corpus", "--format", "text", "--color", "never"],
        &[],
    ));
    assert_eq!(counts_from_text(&text), want, "text view summary");
    for d in &docs {
        assert!(
            text.contains(d["path"].as_str().unwrap()),
            "{} missing from the text view",
            d["path"]
        );
    }

    // summary.json under --out-dir.
    let dir = tmp.path().join("out");
    stdout(&run_env(
        &["scan", "corpus", "--out-dir", dir.to_str().unwrap()],
        &[],
    ));
    let sj: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();
    assert_eq!(counts_from_summary(&sj), want, "summary.json");

    // The HTML report's data.
    let page = fs::read_to_string(&html).unwrap();
    let data = support::embedded_data(&page);
    let hdocs = data["docs"].as_array().unwrap();
    assert_eq!(hdocs.len() as u64, want.files);
    let mut c = Counts::default();
    for r in ["high", "medium", "low", "none"] {
        c.risk.insert(r.into(), 0);
    }
    for k in CATEGORIES {
        c.categories.insert(k.into(), 0);
    }
    for (h, d) in hdocs.iter().zip(&docs) {
        assert_eq!(h["path"], d["path"]);
        assert_eq!(h["status"], d["status"]);
        c.files += 1;
        *c.status
            .entry(h["status"].as_str().unwrap().into())
            .or_default() += 1;
        match h["risk"].as_str() {
            Some(r) => *c.risk.entry(r.into()).or_default() += 1,
            None => c.not_scanned += 1,
        }
        let hf = h["findings"].as_array().unwrap();
        assert_eq!(hf.len(), d["findings"].as_array().unwrap().len());
        for (f, g) in hf.iter().zip(d["findings"].as_array().unwrap()) {
            *c.categories
                .entry(f["category"].as_str().unwrap().into())
                .or_default() += 1;
            c.findings += 1;
            assert_eq!(f["line"], g["line"]);
            assert_eq!(f["page"], g["page"]);
            // The highlighted words are the match, inside the excerpt.
            let joined = format!(
                "{}{}{}",
                f["pre"].as_str().unwrap(),
                f["hit"].as_str().unwrap(),
                f["post"].as_str().unwrap()
            );
            assert_eq!(joined, g["excerpt"].as_str().unwrap());
            assert!(!f["hit"].as_str().unwrap().is_empty(), "match found in {f}");
            assert!(f.get("text").is_none(), "text only when no hit");
        }
        // The link opens the original file (the page adds #page=N).
        let href = h["href"].as_str().unwrap();
        let abs = std::path::absolute(d["path"].as_str().unwrap()).unwrap();
        assert_eq!(href, clausescan::review::file_url(&abs, None));
        assert!(h["container"].is_null());
        if let Some(rs) = h["reasons"].as_array() {
            assert_eq!(rs, d["assessment"]["reasons"].as_array().unwrap());
        }
    }
    assert_eq!(c, want, "HTML data");
    assert_eq!(counts_from_summary(&data["summary"]), want, "HTML summary");

    // The CSV: a row per finding and per unreadable document.
    let mut rd = csv::Reader::from_path(&csv).unwrap();
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, clausescan::review::csv::HEADER);
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert_eq!(rows.len() as u64, want.findings + want.not_scanned);
    let mut per_cat: BTreeMap<String, u64> =
        CATEGORIES.iter().map(|c| (c.to_string(), 0)).collect();
    let mut unread = 0;
    for r in &rows {
        if r[7].is_empty() {
            unread += 1;
            assert!(!matches!(&r[3], "ok" | "lossy"));
            assert!(!r[13].is_empty(), "error given");
        } else {
            *per_cat.get_mut(&r[7]).unwrap() += 1;
        }
    }
    assert_eq!(per_cat, want.categories);
    assert_eq!(unread, want.not_scanned);
}

fn small_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "Intro line.\nThis Agreement is governed by the laws of the State of California.\n",
    )
    .unwrap();
    fs::write(dir.path().join("b_empty.txt"), "").unwrap();
    dir
}

#[test]
fn text_view_shows_documents_findings_and_the_match() {
    let dir = small_folder();
    let d = dir.path().to_str().unwrap();
    let text = stdout(&run_env(
        &["scan", d, "--format", "text", "--color", "never"],
        &[],
    ));
    assert!(!text.contains('\x1b'), "{text}");
    let a = format!("{d}/a.txt");
    let line = text
        .lines()
        .find(|l| l.contains(&a))
        .expect("document line");
    assert!(line.starts_with("MEDIUM "), "{line}");
    assert!(text.contains("us_governing_law"), "reason shown: {text}");
    assert!(text.contains("l.2  governing_law  medium"), "{text}");
    assert!(
        text.contains("**governed by the laws of the State of California**"),
        "{text}"
    );
    let empty = text
        .lines()
        .find(|l| l.contains("b_empty.txt"))
        .expect("empty file listed");
    assert!(empty.starts_with("EMPTY "), "{empty}");
    assert!(text.contains("Summary: 2 documents"), "{text}");
}

#[test]
fn colours_follow_the_flag_and_the_environment() {
    let dir = small_folder();
    let d = dir.path().to_str().unwrap();
    let coloured = |args: &[&str], env: &[(&str, &str)]| {
        let mut full = vec!["scan", d, "--format", "text"];
        full.extend_from_slice(args);
        stdout(&run_env(&full, env)).contains('\x1b')
    };
    assert!(coloured(&["--color", "always"], &[]));
    assert!(coloured(&["--color", "always"], &[("NO_COLOR", "1")]));
    assert!(!coloured(&["--color", "never"], &[("CLICOLOR_FORCE", "1")]));
    assert!(!coloured(&[], &[]), "auto: stdout is not a terminal");
    assert!(coloured(&[], &[("CLICOLOR_FORCE", "1")]));
    assert!(!coloured(
        &[],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    ));
    let out = stdout(&run_env(
        &["scan", d, "--format", "text", "--color", "always"],
        &[],
    ));
    assert!(
        out.contains("\x1b[1;4;33mgoverned by the laws of the State of California\x1b[0m"),
        "{out:?}"
    );
}

#[test]
fn document_text_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    support::write_hostile(dir.path());
    for color in ["never", "always"] {
        let out = stdout(&run_env(
            &[
                "scan",
                dir.path().to_str().unwrap(),
                "--format",
                "text",
                "--color",
                color,
            ],
            &[],
        ));
        assert!(
            !out.contains('\u{202E}') && !out.contains('\u{2028}'),
            "{out:?}"
        );
        // Only our own SGR sequences: ESC [ digits/semicolons m.
        for (i, _) in out.match_indices('\x1b') {
            let rest = &out[i + 1..];
            let end = rest.find('m').expect("SGR sequence");
            assert!(
                rest.starts_with('[')
                    && rest[1..end].chars().all(|c| c.is_ascii_digit() || c == ';'),
                "foreign escape at {i}: {:?}",
                &out[i..(i + 12).min(out.len())]
            );
            assert!(!rest[..end].contains("2J"));
        }
        let plain = strip_sgr(&out);
        let words: Vec<&str> = plain.split_whitespace().collect();
        assert!(
            words
                .join(" ")
                .contains("governed by the laws of the State of California")
        );
    }
}

#[test]
fn csv_options_bom_delimiter_and_formula_defusing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "=HYPERLINK(\"x\") This Agreement is governed by the laws of the State of California.\n",
    )
    .unwrap();
    fs::write(dir.path().join("b.pdf"), b"%PDF-1.7\n\x00 broken").unwrap();
    let csv_path = dir.path().join("out.csv");
    let o = run_env(
        &[
            "scan",
            dir.path().to_str().unwrap(),
            "--exclude",
            "out.csv",
            "--csv",
            csv_path.to_str().unwrap(),
            "--csv-bom",
            "--csv-delimiter",
            ";",
        ],
        &[],
    );
    stdout(&o);
    let bytes = fs::read(&csv_path).unwrap();
    assert!(bytes.starts_with("\u{FEFF}".as_bytes()), "BOM");
    let body = std::str::from_utf8(&bytes[3..]).unwrap();
    assert!(body.starts_with("path;format;language;status;risk;page;line;category;rule;severity;attributes;match;excerpt;error\r\n"));
    let mut rd = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2, "{body}");
    let f = rows
        .iter()
        .find(|r| &r[7] == "governing_law")
        .expect("finding row");
    assert_eq!(&f[6], "1");
    assert_eq!(&f[4], "medium");
    assert_eq!(&f[10], "law=US-CA; us=true");
    assert!(f[12].starts_with("'=HYPERLINK"), "defused: {}", &f[12]);
    let e = rows
        .iter()
        .find(|r| r[0].ends_with("b.pdf"))
        .expect("unreadable row");
    assert_eq!(&e[3], "error");
    assert!(!e[13].is_empty());

    // Bad options are fatal, before any scan.
    let bad = run_env(
        &[
            "scan",
            "corpus",
            "--csv",
            csv_path.to_str().unwrap(),
            "--csv-delimiter",
            "ab",
        ],
        &[],
    );
    assert_eq!(bad.status.code(), Some(2));
    let bad = run_env(&["scan", "corpus", "--csv-bom"], &[]);
    assert_eq!(bad.status.code(), Some(2), "--csv-bom needs --csv");
}

#[test]
fn unwritable_report_paths_are_fatal() {
    for flag in ["--html", "--csv"] {
        let o = clausescan(&["scan", "corpus", flag, "/nonexistent-dir/x.out"]);
        assert_eq!(o.status.code(), Some(2));
        assert!(o.stdout.is_empty(), "nothing scanned");
        assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent-dir/x.out"));
    }
}

#[test]
fn html_report_keeps_document_text_as_text() {
    let dir = tempfile::tempdir().unwrap();
    support::write_hostile(dir.path());
    let html = tempfile::tempdir().unwrap();
    let page_path = html.path().join("r.html");
    let o = clausescan(&[
        "scan",
        dir.path().to_str().unwrap(),
        "--html",
        page_path.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let page = fs::read_to_string(&page_path).unwrap();
    // The data cannot close its element nor start markup.
    let json = support::embedded_json(&page);
    for c in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
        assert!(!json.contains(c), "raw {c:?} in the embedded JSON");
    }
    assert!(json.contains("\\u003cscript\\u003e__clausescan_pwned=2\\u003c/script\\u003e"));
    assert!(
        json.contains("\\u2028"),
        "the file name's line separator is escaped"
    );
    // Exactly the page's two script elements, and no image.
    assert_eq!(page.matches("<script").count(), 2);
    assert!(!page.contains("<img") && !page.contains("<b>"));
    // The data reads back as the document's own text.
    let data = support::embedded_data(&page);
    let docs = data["docs"].as_array().unwrap();
    let evil = docs
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with(support::HOSTILE_NAME))
        .expect("hostile document");
    let f = &evil["findings"][0];
    assert!(
        f["pre"]
            .as_str()
            .unwrap()
            .contains("<script>__clausescan_pwned=2</script>")
    );
    assert_eq!(f["hit"], "governed by the laws of the State of California");
    // The page allows only its own script and style.
    let csp = page
        .lines()
        .find(|l| l.contains("Content-Security-Policy"))
        .unwrap();
    assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'sha256-"));
    assert!(!csp.contains("unsafe-inline"));
}

#[test]
fn default_format_and_progress_follow_the_terminal() {
    // `script` (util-linux) runs a command on a pseudo-terminal.
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipping: `script` (util-linux) is not installed");
        return;
    }
    let dir = small_folder();
    let tmp = tempfile::tempdir().unwrap();
    let exe = env!("CARGO_BIN_EXE_clausescan");
    let on_tty = |cmd: &str, env: &[(&str, &str)]| -> String {
        let log = tmp.path().join("typescript");
        let mut c = Command::new("script");
        c.args(["-qefc", cmd, log.to_str().unwrap()])
            .current_dir(root())
            .stdin(std::process::Stdio::null());
        for v in ["NO_COLOR", "CLICOLOR_FORCE", "CLICOLOR"] {
            c.env_remove(v);
        }
        c.env("TERM", "xterm-256color");
        for (k, v) in env {
            c.env(k, v);
        }
        let o = c.output().expect("run script");
        assert!(
            o.status.success(),
            "{cmd}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&fs::read(&log).unwrap()).into_owned()
    };
    let q = |p: &Path| format!("'{}'", p.display());
    let d = q(dir.path());
    // stdout on the terminal: the readable view, coloured.
    let shown = on_tty(&format!("{exe} scan {d} 2>/dev/null"), &[]);
    assert!(
        strip_sgr(&shown).contains("Summary: 2 documents"),
        "{shown:?}"
    );
    assert!(shown.contains("\x1b["), "colour on a terminal");
    assert!(!shown.contains("\"type\":\"document\""));
    let plain = on_tty(&format!("{exe} scan {d} 2>/dev/null"), &[("NO_COLOR", "1")]);
    assert!(plain.contains("Summary: 2 documents") && !plain.contains("\x1b["));
    // --format wins.
    let nd = on_tty(&format!("{exe} scan {d} --format ndjson 2>/dev/null"), &[]);
    assert!(nd.contains("\"type\":\"summary\""), "{nd:?}");
    // stderr on the terminal, stdout to a file: a progress bar on stderr
    // only, and the file is clean NDJSON.
    let out = tmp.path().join("out.ndjson");
    let bar = on_tty(&format!("{exe} scan corpus -j1 > {}", q(&out)), &[]);
    assert!(bar.contains(" files"), "progress bar drawn: {bar:?}");
    let file = fs::read_to_string(&out).unwrap();
    let last: Value = serde_json::from_str(file.lines().last().unwrap()).unwrap();
    assert_eq!(
        last["files"].as_u64(),
        Some(file.lines().count() as u64 - 1)
    );
    assert!(file.lines().all(|l| l.starts_with("{\"type\":")));
    let quiet = on_tty(&format!("{exe} scan {d} --quiet > {}", q(&out)), &[]);
    assert!(!quiet.contains(" files"), "--quiet: {quiet:?}");
}

#[test]
fn reports_written_inside_the_scanned_folder_are_not_scanned() {
    let dir = small_folder();
    let d = dir.path().to_str().unwrap();
    let html = dir.path().join("report.html");
    let csv = dir.path().join("report.csv");
    for _ in 0..2 {
        let (docs, _, out) = scan(&[
            d,
            "--html",
            html.to_str().unwrap(),
            "--csv",
            csv.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0));
        let paths: Vec<&str> = docs.iter().map(|d| d["path"].as_str().unwrap()).collect();
        assert_eq!(paths.len(), 2, "{paths:?}");
        assert!(paths.iter().all(|p| !p.contains("report.")), "{paths:?}");
    }
}

#[test]
fn archive_members_link_to_their_archive() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file("inner/terms.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(
        &mut w,
        b"This Agreement is governed by the laws of the State of California.\n",
    )
    .unwrap();
    let zip_path = dir.path().join("bundle.zip");
    fs::write(&zip_path, w.finish().unwrap().into_inner()).unwrap();
    fs::write(dir.path().join("z.txt"), "Nothing here.\n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let html = out.path().join("r.html");
    let (docs, _, o) = scan(&[
        dir.path().to_str().unwrap(),
        "--html",
        html.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let data = support::embedded_data(&fs::read_to_string(&html).unwrap());
    let hdocs = data["docs"].as_array().unwrap();
    assert_eq!(hdocs.len(), docs.len());
    let member = hdocs
        .iter()
        .find(|d| {
            d["path"]
                .as_str()
                .unwrap()
                .ends_with("bundle.zip/inner/terms.txt")
        })
        .expect("member record");
    let zip_url = clausescan::review::file_url(&std::path::absolute(&zip_path).unwrap(), None);
    assert_eq!(member["href"], zip_url.as_str());
    assert_eq!(
        member["container"].as_str(),
        Some(std::path::absolute(&zip_path).unwrap().to_str().unwrap())
    );
    let plain = hdocs
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with("z.txt"))
        .unwrap();
    assert!(plain["container"].is_null());
}
