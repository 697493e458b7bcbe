//! Hostile and broken files, generated at test time: the scan always
//! finishes, every file gets one record with a precise status, and the other
//! documents' findings do not change.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;

use common::{pdf, scan};
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
