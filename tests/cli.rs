//! The command line end to end: record per file, ordering, determinism,
//! bad input, exit codes, output formats, schema.

mod common;

use std::fs;
use std::path::Path;

use common::{clausescan, files_under, root, scan};
use serde_json::Value;

fn write(dir: &Path, name: &str, body: &[u8]) {
    let p = dir.join(name);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, body).unwrap();
}

fn first_pdf() -> Vec<u8> {
    let pdf = files_under(&root().join("corpus"))
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        .expect("the corpus has PDFs");
    fs::read(pdf).unwrap()
}

/// A folder with good documents and every kind of bad one.
fn mixed_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a_good.txt", "This Agreement is governed by the laws of the State of California.\nWe may disclose data in response to a subpoena, court order or other legal process.".as_bytes());
    write(
        d,
        "b_clean.md",
        b"# Terms\nPayment is due within 30 days.\n",
    );
    write(d, "c_empty.txt", b"");
    write(
        d,
        "d_binary.txt",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00",
    );
    let pdf = first_pdf();
    write(d, "e_truncated.pdf", &pdf[..pdf.len() / 3]);
    write(
        d,
        "f_garbage.pdf",
        b"%PDF-1.7\n\x00\x01\x02 not really a pdf",
    );
    write(d, "g_image.png", b"\x89PNG\r\n\x1a\n....");
    write(
        d,
        "sub/h_latin1.txt",
        b"R\xe9gi par le droit fran\xe7ais. The Standard Contractual Clauses apply.",
    );
    write(d, "sub/i_good.pdf", &pdf);
    dir
}

#[test]
fn every_file_gets_exactly_one_record_in_path_order() {
    let dir = mixed_folder();
    let (docs, summary, out) = scan(&[dir.path().to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = files_under(dir.path());
    let paths: Vec<&str> = docs.iter().map(|d| d["path"].as_str().unwrap()).collect();
    let expected: Vec<String> = files
        .iter()
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    assert_eq!(paths, expected);
    assert_eq!(summary["files"].as_u64(), Some(files.len() as u64));

    let status = |name: &str| -> (String, Value) {
        let d = docs
            .iter()
            .find(|d| d["path"].as_str().unwrap().ends_with(name))
            .unwrap();
        (d["status"].as_str().unwrap().to_string(), d.clone())
    };
    assert_eq!(status("a_good.txt").0, "ok");
    let (_, good) = status("a_good.txt");
    let cats: Vec<&str> = good["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["category"].as_str().unwrap())
        .collect();
    assert!(cats.contains(&"governing_law"), "{cats:?}");
    assert!(cats.contains(&"government_access"), "{cats:?}");
    assert_eq!(status("b_clean.md").0, "ok");
    assert_eq!(status("c_empty.txt").0, "empty");
    let (s, d) = status("d_binary.txt");
    assert_eq!(s, "unsupported");
    assert!(d["error"].as_str().unwrap().contains("binary"));
    let (s, d) = status("e_truncated.pdf");
    assert_eq!(s, "error", "{d}");
    assert!(!d["error"].as_str().unwrap().is_empty());
    assert_eq!(status("f_garbage.pdf").0, "error");
    // A picture has no text layer: `no_text`, pointing to --ocr.
    let (s, d) = status("g_image.png");
    assert_eq!(s, "no_text", "{d}");
    assert_eq!(d["format"], "image", "{d}");
    assert!(d["error"].as_str().unwrap().contains("--ocr"), "{d}");
    let (s, d) = status("h_latin1.txt");
    assert!(s == "ok" || s == "lossy", "{d}");
    assert!(
        d["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["category"] == "scc")
    );
    let (s, d) = status("i_good.pdf");
    assert_eq!(s, "ok");
    assert!(d["pages"].as_u64().unwrap() >= 1);
}

/// The document records of a run's NDJSON, as written.
fn document_lines(out: &std::process::Output) -> Vec<String> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("{\"type\":\"document\""))
        .map(str::to_string)
        .collect()
}

#[test]
fn rule_times_go_to_stderr_and_leave_the_records_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        b"This Agreement is governed by the laws of the State of New York.",
    );
    write(dir.path(), "b.txt", b"Payment is due within 30 days.");
    let d = dir.path().to_str().unwrap();
    let plain = clausescan(&["scan", "--format", "ndjson", "-q", d]);
    let timed = clausescan(&["scan", "--format", "ndjson", "-q", "--rule-times", d]);
    assert!(plain.status.success() && timed.status.success());
    assert_eq!(document_lines(&plain), document_lines(&timed));
    assert_eq!(document_lines(&timed).len(), 2);
    assert!(
        plain.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&plain.stderr)
    );
    let err = String::from_utf8(timed.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].starts_with("rule times"), "{err}");
    // The governing-law clause was found by a rule whose line counts one
    // document, at least one window and one match.
    let found = lines
        .iter()
        .filter(|l| l.contains("governing_law."))
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|cols| cols[4] != "0")
        .unwrap_or_else(|| panic!("no governing-law rule matched:\n{err}"));
    // (ms, documents, windows, window KiB, matches, rule)
    assert_eq!(found[1], "1", "{err}");
    assert_ne!(found[2], "0", "{err}");
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let corpus = root().join("corpus");
    let c = corpus.to_str().unwrap();
    let strip = |out: std::process::Output| -> String {
        let s = String::from_utf8(out.stdout).unwrap();
        // Drop the timing, the one field allowed to differ.
        s.lines()
            .map(|l| {
                let mut v: Value = serde_json::from_str(l).unwrap();
                if v["type"] == "summary" {
                    v.as_object_mut().unwrap().remove("timing");
                }
                serde_json::to_string(&v).unwrap()
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let one = clausescan(&["scan", "--jobs", "1", c]);
    let two = clausescan(&["scan", "--jobs", "2", c]);
    let eight = clausescan(&["scan", "--jobs", "8", c]);
    // Document lines must be byte-identical, not just equal as JSON.
    // With no cache budget the regex caches are dropped after every
    // document, while other threads still search with theirs.
    let no_cache = clausescan(&["scan", "--jobs", "8", "--cache-budget", "0", c]);
    assert_eq!(document_lines(&one), document_lines(&two));
    assert_eq!(document_lines(&one), document_lines(&eight));
    assert_eq!(document_lines(&one), document_lines(&no_cache));
    assert!(document_lines(&one).len() >= 30);
    assert_eq!(strip(one), strip(two));
}

#[test]
fn records_validate_against_the_schema() {
    let schema: Value = serde_json::from_str(
        &fs::read_to_string(root().join("schema/document.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let dir = mixed_folder();
    for target in [root().join("corpus"), dir.path().to_path_buf()] {
        let (docs, summary, _) = scan(&[target.to_str().unwrap()]);
        for v in docs.iter().chain(std::iter::once(&summary)) {
            let errors: Vec<String> = validator
                .iter_errors(v)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", v["path"]);
        }
    }
}

#[test]
fn findings_point_at_their_text() {
    let (docs, _, _) = scan(&["corpus"]);
    let mut checked = 0;
    for d in &docs {
        let path = root().join(d["path"].as_str().unwrap());
        if d["format"] != "text" && d["format"] != "markdown" {
            continue;
        }
        let body = fs::read_to_string(&path).unwrap();
        for f in d["findings"].as_array().unwrap() {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&body[s..e], f["text"].as_str().unwrap());
            let line = body[..s].matches('\n').count() + 1;
            assert_eq!(f["line"].as_u64().unwrap() as usize, line);
            let excerpt = f["excerpt"].as_str().unwrap();
            let collapsed: Vec<&str> = f["text"].as_str().unwrap().split_whitespace().collect();
            assert!(
                excerpt.contains(&collapsed.join(" ")),
                "{excerpt:?} lacks {collapsed:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} findings checked");
}

#[test]
fn invalid_rule_file_is_fatal_and_named() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "bad.toml",
        common::rule_pack(
            "scc",
            &[(
                "scc.en.broken",
                &["clauses"],
                "standard (contractual",
                "standard contractual clauses",
            )],
        )
        .as_bytes(),
    );
    let out = clausescan(&["scan", "--rules", dir.path().to_str().unwrap(), "corpus"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.toml"), "{err}");
    assert!(err.contains("scc.en.broken"), "{err}");
    assert!(err.contains("invalid regex"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_root_is_fatal() {
    let out = clausescan(&["scan", "does/not/exist"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does/not/exist"));
}

#[test]
fn fail_on_sets_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        b"We may be required to disclose data under the CLOUD Act.",
    );
    let p = dir.path().to_str().unwrap();
    assert_eq!(clausescan(&["scan", p]).status.code(), Some(0));
    assert_eq!(
        clausescan(&["scan", "--fail-on", "medium", p])
            .status
            .code(),
        Some(1)
    );
    write(dir.path(), "a.txt", b"Payment is due within 30 days.");
    assert_eq!(
        clausescan(&["scan", "--fail-on", "info", p]).status.code(),
        Some(0)
    );
}

#[test]
fn json_array_and_out_dir_carry_the_same_records() {
    let dir = mixed_folder();
    let p = dir.path().to_str().unwrap();
    let (docs, _, _) = scan(&[p]);
    let out = clausescan(&["scan", "--format", "json", p]);
    let arr: Vec<Value> = serde_json::from_slice(&out.stdout).expect("one JSON array");
    assert_eq!(arr.len(), docs.len() + 1);
    assert_eq!(&arr[..docs.len()], &docs[..]);
    assert_eq!(arr.last().unwrap()["type"], "summary");

    let outdir = tempfile::tempdir().unwrap();
    let o = outdir.path().to_str().unwrap();
    let res = clausescan(&["scan", "--out-dir", o, p]);
    assert_eq!(res.status.code(), Some(0));
    for d in &docs {
        let rel = Path::new(d["path"].as_str().unwrap())
            .strip_prefix(dir.path())
            .unwrap();
        let file = outdir.path().join(format!("{}.json", rel.display()));
        let v: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(&v, d);
    }
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(outdir.path().join("summary.json")).unwrap())
            .unwrap();
    assert_eq!(summary["files"].as_u64(), Some(docs.len() as u64));
}

#[test]
fn include_exclude_and_size_limit() {
    let dir = mixed_folder();
    let p = dir.path().to_str().unwrap();
    let (docs, _, _) = scan(&["--include", "*.pdf", p]);
    assert!(
        docs.iter()
            .all(|d| d["path"].as_str().unwrap().ends_with(".pdf"))
    );
    assert_eq!(docs.len(), 3);
    let (docs, _, _) = scan(&["--exclude", "sub", p]);
    assert!(
        docs.iter()
            .all(|d| !d["path"].as_str().unwrap().contains("/sub/"))
    );
    let (docs, _, _) = scan(&["--max-file-size", "10", p]);
    let big = docs
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with("a_good.txt"))
        .unwrap();
    assert_eq!(big["status"], "too_large");
}

#[cfg(unix)]
#[test]
fn special_files_links_and_unreadable_files_are_records() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "ok.txt", b"governed by the laws of Ireland");
    symlink(d.join("ok.txt"), d.join("link.txt")).unwrap();
    symlink(d.join("missing.txt"), d.join("dangling.txt")).unwrap();
    fs::create_dir(d.join("loop")).unwrap();
    symlink(d.join("loop"), d.join("loop/back")).unwrap();
    let fifo = d.join("pipe.txt");
    let made_fifo = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    write(d, "secret.txt", b"governed by the laws of France");
    fs::set_permissions(d.join("secret.txt"), fs::Permissions::from_mode(0o000)).unwrap();
    let root_user = fs::read(d.join("secret.txt")).is_ok();

    let p = d.to_str().unwrap();
    let (docs, summary, out) = scan(&[p]);
    assert_eq!(out.status.code(), Some(0));
    let get = |name: &str| {
        docs.iter()
            .find(|x| x["path"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("no record for {name}"))
            .clone()
    };
    assert_eq!(get("link.txt")["status"], "unsupported");
    assert_eq!(get("dangling.txt")["status"], "unsupported");
    assert_eq!(get("loop/back")["status"], "unsupported");
    if made_fifo {
        let r = get("pipe.txt");
        assert_eq!(r["status"], "unsupported");
        assert!(r["error"].as_str().unwrap().contains("FIFO"));
    }
    if root_user {
        eprintln!(
            "running as root: permission bits are not enforced, unreadable-file check skipped"
        );
    } else {
        assert_eq!(get("secret.txt")["status"], "error");
    }
    assert_eq!(summary["files"].as_u64(), Some(docs.len() as u64));

    // Following links: the link is read, the dangling one is an error, the
    // loop is reported and the scan ends.
    let (docs, _, out) = scan(&["--follow-links", p]);
    assert_eq!(out.status.code(), Some(0));
    let get = |name: &str| {
        docs.iter()
            .find(|x| x["path"].as_str().unwrap().ends_with(name))
            .cloned()
    };
    assert_eq!(get("link.txt").unwrap()["status"], "ok");
    assert_eq!(get("dangling.txt").unwrap()["status"], "error");
    let looped = docs
        .iter()
        .find(|x| x["error"].as_str().is_some_and(|e| e.contains("loop")));
    assert!(looped.is_some(), "{docs:#?}");
    fs::set_permissions(d.join("secret.txt"), fs::Permissions::from_mode(0o644)).unwrap();
}

#[cfg(unix)]
#[test]
fn non_utf8_file_names_are_kept_exactly() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9 contrat.txt");
    fs::write(
        dir.path().join(name),
        "governed by the laws of the State of New York",
    )
    .unwrap();
    let (docs, _, out) = scan(&[dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["status"], "ok");
    assert!(
        d["path"]
            .as_str()
            .unwrap()
            .ends_with("caf\u{fffd} contrat.txt")
    );
    let hex: String = dir
        .path()
        .join(name)
        .as_os_str()
        .as_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(d["path_bytes"].as_str(), Some(hex.as_str()));
}

#[test]
fn max_findings_caps_each_category_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let clause = "This Agreement is governed by the laws of the State of New York. \
                  We may disclose data under the CLOUD Act.\n\n";
    write(dir.path(), "many.txt", clause.repeat(5).as_bytes());
    let (docs, _, _) = scan(&["--max-findings", "2", dir.path().to_str().unwrap()]);
    let count = |c: &str| {
        docs[0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["category"] == c)
            .count()
    };
    assert_eq!(count("governing_law"), 2);
    assert_eq!(count("government_access"), 2);
    // The first ones in the text are kept.
    assert_eq!(docs[0]["findings"][0]["line"], 1);
    let warnings = docs[0]["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].as_str().unwrap().contains("governing_law"));
    let (all, _, _) = scan(&[dir.path().to_str().unwrap()]);
    assert_eq!(all[0]["findings"].as_array().unwrap().len(), 10);
    assert!(all[0]["warnings"].as_array().unwrap().is_empty());
}

/// A user's rule whose keywords do not cover its regex still finds what it
/// used to (it searches whole documents), and `clausescan rules` says so
/// and names a phrasing that holds no keyword.
#[test]
fn user_rule_whose_keywords_miss_a_phrasing_searches_whole_documents() {
    let rules = tempfile::tempdir().unwrap();
    write(
        rules.path(),
        "mine.toml",
        common::rule_pack(
            "government_access",
            &[(
                "ga.en.mine",
                &["regulator"],
                "hand(?:s|ed)? over (?:data )?to (?:the )?(?:regulators|supervisors)",
                "We hand over data to the regulators.",
            )],
        )
        .as_bytes(),
    );
    let r = rules.path().to_str().unwrap();
    let out = clausescan(&["rules", "--add-rules", r]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("rule `ga.en.mine` searches whole documents: no keyword in"),
        "{stdout}"
    );
    assert!(stdout.contains("supervisors"), "{stdout}");
    // "supervisors" holds no keyword, but "regulator" is in the document,
    // 3 KB away: the rule runs over the whole document, as it always did.
    let docs = tempfile::tempdir().unwrap();
    let filler = "Nothing to see in this sentence. ".repeat(100);
    write(
        docs.path(),
        "a.txt",
        format!("Our regulator is named below. {filler}We handed over data to supervisors.")
            .as_bytes(),
    );
    let (recs, _, _) = common::scan(&["--add-rules", r, docs.path().to_str().unwrap()]);
    let found = common::finding_texts(&recs[0], "ga.en.mine");
    assert_eq!(found, ["handed over data to supervisors"]);
}

/// `clausescan rules --list | head -0`: the reader is gone before the
/// command writes; it ends quietly instead of panicking on the broken pipe.
#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_clausescan"))
        .args(["rules", "--list"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end at once: checking the rules takes the command
    // far longer than this.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}
