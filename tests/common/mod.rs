//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run the clausescan binary with `args` in the repository root.
pub fn clausescan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_clausescan"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run clausescan")
}

/// The texts of a document record's findings of one rule, in order.
pub fn finding_texts<'a>(doc: &'a Value, rule: &str) -> Vec<&'a str> {
    doc["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"] == rule)
        .filter_map(|f| f["text"].as_str())
        .collect()
}

/// Run `clausescan scan` and parse its NDJSON: (documents, summary).
pub fn scan(args: &[&str]) -> (Vec<Value>, Value, Output) {
    let mut full = vec!["scan"];
    full.extend_from_slice(args);
    let out = clausescan(&full);
    let stdout = String::from_utf8(out.stdout.clone()).expect("UTF-8 output");
    let mut docs = Vec::new();
    let mut summary = Value::Null;
    for line in stdout.lines() {
        let v: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("invalid JSON line {line:?}: {e}"));
        match v["type"].as_str() {
            Some("document") => docs.push(v),
            Some("summary") => summary = v,
            other => panic!("unexpected record type {other:?}"),
        }
    }
    (docs, summary, out)
}

/// The shared real-document set, if present.
pub fn realdocs() -> Option<PathBuf> {
    let p = root().join("../shared/realdocs");
    if p.join("labels.json").exists() {
        Some(p)
    } else {
        eprintln!("skipping: ../shared/realdocs is absent");
        None
    }
}

/// Every regular file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(dir) {
        let e = e.unwrap();
        if e.file_type().is_file() {
            out.push(e.path().to_path_buf());
        }
    }
    out.sort();
    out
}

/// A minimal PDF from object bodies (object 1 is the catalog).
pub fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).bytes());
        out.extend(o);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

/// A zip file holding `entries` (deflated).
pub fn zip_bytes(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, body) in entries {
        let opts = zip::write::SimpleFileOptions::default();
        w.start_file(*name, opts).unwrap();
        w.write_all(body).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A minimal DOCX package whose main part is `document_xml`.
pub fn docx_package(document_xml: &str) -> Vec<u8> {
    zip_bytes(&[
        ("[Content_Types].xml", b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>".to_vec()),
        ("_rels/.rels", b"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>".to_vec()),
        ("word/document.xml", document_xml.as_bytes().to_vec()),
    ])
}

/// A rule: id, keywords, regex, one should_match example.
pub type TestRule<'a> = (&'a str, &'a [&'a str], &'a str, &'a str);

/// The TOML of a rule pack of `category` holding `rules` (severity high,
/// English), for tests that load packs of their own.
pub fn rule_pack(category: &str, rules: &[TestRule<'_>]) -> String {
    let mut out = format!("category = {category:?}\n");
    for (id, keywords, regex, example) in rules {
        out.push_str(&format!(
            "[[rules]]\nid = {id:?}\nseverity = \"high\"\ndescription = \"test rule\"\n\
             languages = [\"en\"]\nkeywords = {keywords:?}\nregex = '''{regex}'''\n\
             should_match = [{example:?}]\n"
        ));
    }
    out
}
