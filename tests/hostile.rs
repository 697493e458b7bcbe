//! Hostile and broken files, generated at test time: the scan always
//! finishes, every file gets one record with a precise status, and the other
//! documents' findings do not change.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;

use common::{docx_package, pdf, scan};
use serde_json::Value;

fn text_pdf(text: &str) -> Vec<u8> {
    let content = format!("BT /F1 12 Tf 72 712 Td ({text}) Tj ET");
    pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
    ])
}

/// A page whose parent chain points back at itself: pdf-extract recurses
/// until the stack overflows, which aborts the process that runs it.
fn self_parent_pdf() -> Vec<u8> {
    pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 2 0 R >>".to_vec(),
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>".to_vec(),
        b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 712 Td (Hello) Tj ET\nendstream".to_vec(),
    ])
}

/// A content stream that inflates to `mib` MiB of spaces.
fn bomb_pdf(mib: usize) -> Vec<u8> {
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..mib {
        enc.write_all(&chunk).unwrap();
    }
    let data = enc.finish().unwrap();
    let mut stream = format!(
        "<< /Length {} /Filter /FlateDecode >>\nstream\n",
        data.len()
    )
    .into_bytes();
    stream.extend(data);
    stream.extend(b"\nendstream");
    pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>".to_vec(),
        stream,
    ])
}

const GOOD: &str = "This Agreement is governed by the laws of the State of New York. We may disclose data under the CLOUD Act.";

fn good_folder(d: &Path) {
    fs::write(d.join("a_good.txt"), GOOD).unwrap();
    fs::write(d.join("b_good.pdf"), text_pdf(GOOD)).unwrap();
}

fn findings_of(docs: &[Value], name: &str) -> Value {
    docs.iter()
        .find(|d| d["path"].as_str().unwrap().ends_with(name))
        .unwrap_or_else(|| panic!("no record for {name}"))["findings"]
        .clone()
}

fn record<'a>(docs: &'a [Value], name: &str) -> &'a Value {
    docs.iter()
        .find(|d| d["path"].as_str().unwrap().ends_with(name))
        .unwrap_or_else(|| panic!("no record for {name}"))
}

#[test]
fn crashing_and_ballooning_pdfs_do_not_stop_the_scan() {
    let clean = tempfile::tempdir().unwrap();
    good_folder(clean.path());
    let (clean_docs, _, _) = scan(&[clean.path().to_str().unwrap()]);
    assert!(
        !findings_of(&clean_docs, "a_good.txt")
            .as_array()
            .unwrap()
            .is_empty()
    );

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    good_folder(d);
    fs::write(d.join("c_self_parent.pdf"), self_parent_pdf()).unwrap();
    fs::write(d.join("d_bomb.pdf"), bomb_pdf(400)).unwrap();
    let good = text_pdf(GOOD);
    fs::write(d.join("e_truncated.pdf"), &good[..good.len() / 2]).unwrap();
    let mut flipped = good.clone();
    for i in (40..flipped.len()).step_by(17) {
        flipped[i] ^= 0x5a;
    }
    fs::write(d.join("f_bitflipped.pdf"), flipped).unwrap();

    let (docs, summary, out) =
        scan(&["--max-memory", "200", "--timeout", "5", d.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(summary["files"].as_u64(), Some(6));
    assert_eq!(docs.len(), 6);

    let selfp = record(&docs, "c_self_parent.pdf");
    // Debug builds overflow the stack; release builds turn the recursion
    // into an endless loop. Either way the worker is stopped.
    match selfp["status"].as_str().unwrap() {
        "error" => assert!(
            selfp["error"].as_str().unwrap().contains("stack"),
            "{selfp}"
        ),
        "timeout" => {}
        other => panic!("self-parent PDF got {other}"),
    }
    let bomb = record(&docs, "d_bomb.pdf");
    assert!(
        ["too_large", "timeout"].contains(&bomb["status"].as_str().unwrap()),
        "{bomb}"
    );
    assert_eq!(record(&docs, "e_truncated.pdf")["status"], "error");
    let flipped = record(&docs, "f_bitflipped.pdf")["status"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        ["error", "no_text", "ok"].contains(&flipped.as_str()),
        "{flipped}"
    );

    // The good documents are untouched by their neighbours.
    for name in ["a_good.txt", "b_good.pdf"] {
        assert_eq!(
            findings_of(&docs, name),
            findings_of(&clean_docs, name),
            "{name}"
        );
    }
}

#[test]
fn a_slow_extraction_times_out_and_the_scan_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    good_folder(d);
    fs::write(d.join("c_bomb.pdf"), bomb_pdf(1500)).unwrap();
    let (docs, _, out) = scan(&[
        "--timeout",
        "0.05",
        "--max-memory",
        "8192",
        d.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(record(&docs, "c_bomb.pdf")["status"], "timeout");
    assert_eq!(record(&docs, "a_good.txt")["status"], "ok");
}

/// `plain` encrypted with the standard security handler (RC4, 128-bit key)
/// under the given user password, by lopdf.
fn encrypted_pdf(plain: &[u8], user_password: &str) -> Vec<u8> {
    use lopdf::{Document, EncryptionState, EncryptionVersion, Object, Permissions};
    let mut doc = Document::load_mem(plain).expect("test PDF parses");
    let id = Object::string_literal(b"0123456789abcdef".to_vec());
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    let state = EncryptionState::try_from(EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner-secret",
        user_password,
        key_length: 128,
        permissions: Permissions::all(),
    })
    .expect("encryption state");
    doc.encrypt(&state).expect("encrypt");
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    out
}

#[test]
fn encrypted_pdfs_open_with_the_empty_password_or_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    good_folder(d);
    let plain = text_pdf(GOOD);
    let open = encrypted_pdf(&plain, "");
    let locked = encrypted_pdf(&plain, "user-secret");
    // The text really is encrypted: the clear words are not in the file.
    for bytes in [&open, &locked] {
        assert!(!bytes.windows(8).any(|w| w == b"New York"));
        assert!(bytes.windows(8).any(|w| w == b"/Encrypt"));
    }
    fs::write(d.join("c_empty_password.pdf"), &open).unwrap();
    fs::write(d.join("d_user_password.pdf"), &locked).unwrap();

    let (docs, summary, out) = scan(&[d.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(summary["files"].as_u64(), Some(4));
    assert_eq!(docs.len(), 4);

    let opened = record(&docs, "c_empty_password.pdf");
    assert_eq!(opened["status"], "ok", "{opened}");
    // Read through the encryption, it gives the plain PDF's findings.
    assert_eq!(
        findings_of(&docs, "c_empty_password.pdf")
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["category"].clone())
            .collect::<Vec<_>>(),
        findings_of(&docs, "b_good.pdf")
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["category"].clone())
            .collect::<Vec<_>>()
    );
    assert!(
        !findings_of(&docs, "b_good.pdf")
            .as_array()
            .unwrap()
            .is_empty()
    );
    let locked = record(&docs, "d_user_password.pdf");
    assert_eq!(locked["status"], "encrypted", "{locked}");
    assert!(
        locked["error"].as_str().unwrap().contains("password"),
        "{locked}"
    );
    assert!(locked["findings"].as_array().unwrap().is_empty());
    assert_eq!(record(&docs, "a_good.txt")["status"], "ok");
}

/// Files that vanish or change kind between the walk and the read. The walk
/// lists every path before any is read, so the library is driven directly:
/// walk, change the tree, then scan what the walk found.
#[cfg(unix)]
#[test]
fn files_that_vanish_or_change_during_the_scan() {
    use clausescan::scan::{ScanOptions, run};
    use clausescan::walk::{WalkOptions, walk};
    use clausescan::{Engine, RuleSet, Status};

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    good_folder(d);
    for name in [
        "c_deleted.txt",
        "d_now_fifo.txt",
        "e_now_dir.txt",
        "f_rewritten.txt",
    ] {
        fs::write(d.join(name), "Governed by the laws of Ireland.").unwrap();
    }
    let entries = walk(&[d.to_path_buf()], &WalkOptions::default()).unwrap();
    assert_eq!(entries.len(), 6);

    fs::remove_file(d.join("c_deleted.txt")).unwrap();
    fs::remove_file(d.join("d_now_fifo.txt")).unwrap();
    let fifo = std::ffi::CString::new(d.join("d_now_fifo.txt").to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
    fs::remove_file(d.join("e_now_dir.txt")).unwrap();
    fs::create_dir(d.join("e_now_dir.txt")).unwrap();
    fs::write(d.join("f_rewritten.txt"), GOOD).unwrap();

    let engine = Engine::new(RuleSet::bundled().unwrap());
    let mut records = Vec::new();
    // A blocking open of the FIFO would hang here; the test would time out.
    run(&engine, &entries, &ScanOptions::default(), 2, |_, rec| {
        records.push(rec);
        Ok::<(), ()>(())
    })
    .unwrap();
    assert_eq!(records.len(), 6);
    let status = |name: &str| {
        let r = records.iter().find(|r| r.path.ends_with(name)).unwrap();
        (r.status, r.error.clone().unwrap_or_default())
    };
    let (s, e) = status("c_deleted.txt");
    assert_eq!(s, Status::Error);
    assert!(e.contains("removed during the scan"), "{e}");
    for name in ["d_now_fifo.txt", "e_now_dir.txt"] {
        let (s, e) = status(name);
        assert_eq!(s, Status::Unsupported, "{name}");
        assert!(e.contains("replaced during the scan"), "{name}: {e}");
    }
    // A file rewritten since the walk is read as it is now.
    let rewritten = records
        .iter()
        .find(|r| r.path.ends_with("f_rewritten.txt"))
        .unwrap();
    assert_eq!(rewritten.status, Status::Ok);
    assert!(
        rewritten
            .findings
            .iter()
            .any(|f| f.category.as_str() == "government_access")
    );
    assert_eq!(status("a_good.txt").0, Status::Ok);
}

/// A DOCX whose body uses a "billion laughs" entity (a billion `lol`s if
/// expanded) around a governing-law clause, and a DOCX whose body is a zip
/// bomb.
#[test]
fn hostile_office_documents_are_contained() {
    // lol0 = "lol"; each level is ten of the one below.
    let dtd = (1..=9).fold(
        String::from(r#"<!DOCTYPE w:document [ <!ENTITY lol0 "lol">"#),
        |dtd, l| {
            dtd + &format!(
                " <!ENTITY lol{l} \"{}\">",
                format!("&lol{};", l - 1).repeat(10)
            )
        },
    ) + " ]>";
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let laughs = format!(
        r#"<?xml version="1.0"?>{dtd}<w:document {w}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p><w:p><w:r><w:t>{GOOD}</w:t></w:r></w:p></w:body></w:document>"#
    );
    let spaces = " ".repeat(64 << 20);
    let bomb = format!(
        r#"<w:document {w}><w:body><w:p><w:r><w:t>{spaces}</w:t></w:r></w:p></w:body></w:document>"#
    );

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    good_folder(d);
    fs::write(d.join("c_laughs.docx"), docx_package(&laughs)).unwrap();
    fs::write(d.join("d_bomb.docx"), docx_package(&bomb)).unwrap();
    drop((spaces, bomb));

    let (docs, summary, out) = scan(&[d.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(summary["files"].as_u64(), Some(4));
    assert_eq!(docs.len(), 4);
    let laughs = record(&docs, "c_laughs.docx");
    assert_eq!(laughs["status"], "ok", "{laughs}");
    assert_eq!(laughs["format"], "docx");
    // Not expanded: the entity is left out and the clause is read.
    let categories = |name: &str| {
        findings_of(&docs, name)
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["category"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(categories("c_laughs.docx"), categories("a_good.txt"));
    assert!(!categories("a_good.txt").is_empty());
    let bomb = record(&docs, "d_bomb.docx");
    assert_eq!(bomb["status"], "too_large", "{bomb}");
    assert_eq!(record(&docs, "b_good.pdf")["status"], "ok");
}
