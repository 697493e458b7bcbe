//! Scanned PDFs: a page with no text layer is `no_text` without `--ocr`, and
//! read by tesseract with it. `.ci/run` installs poppler-utils and
//! tesseract; elsewhere the test skips with a message when they are missing.

mod common;

use std::fs;
use std::io::Write;
use std::process::Command;

use common::{pdf, scan};

fn have(cmd: &str, arg: &str) -> bool {
    Command::new(cmd).arg(arg).output().is_ok()
}

/// A one-page PDF whose text is real text (Helvetica, 20 pt).
fn text_pdf(lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT /F1 20 Tf 40 740 Td 26 TL\n");
    for l in lines {
        content.push_str(&format!("({l}) Tj T*\n"));
    }
    content.push_str("ET");
    pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ])
}

/// A one-page PDF that is only an image (grayscale, from a PGM file).
fn image_pdf(pgm: &[u8]) -> Vec<u8> {
    // Parse "P5\n<w> <h>\n255\n" then the pixels.
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        let s = i;
        while !pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[s..i]).to_string());
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = &pgm[i + 1..i + 1 + w * h];
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(pixels).unwrap();
    let data = enc.finish().unwrap();
    let content = "q 612 0 0 792 0 0 cm /Im0 Do Q";
    let mut img = format!(
        "<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {} >>\nstream\n",
        data.len()
    )
    .into_bytes();
    img.extend(data);
    img.extend(b"\nendstream");
    pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im0 5 0 R >> >> >>".to_vec(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()).into_bytes(),
        img,
    ])
}

/// A scratch folder, or `None` (with a message) when pdftoppm or tesseract
/// is missing.
fn scratch_or_skip() -> Option<tempfile::TempDir> {
    if !(have("pdftoppm", "-v") && have("tesseract", "--version")) {
        eprintln!("skipping: pdftoppm or tesseract is not installed (.ci/run installs them)");
        return None;
    }
    Some(tempfile::tempdir().unwrap())
}

#[test]
fn scanned_pdf_is_no_text_then_read_by_ocr() {
    let Some(dir) = scratch_or_skip() else {
        return;
    };
    let d = dir.path();
    let src = d.join("src.pdf");
    fs::write(
        &src,
        text_pdf(&[
            "12. Governing law",
            "This Agreement shall be governed by the",
            "laws of the State of California.",
        ]),
    )
    .unwrap();
    let status = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-singlefile"])
        .arg(&src)
        .arg(d.join("page"))
        .status()
        .unwrap();
    assert!(status.success());
    let pgm = fs::read(d.join("page.pgm")).unwrap();
    let docs_dir = d.join("docs");
    fs::create_dir(&docs_dir).unwrap();
    fs::write(docs_dir.join("scanned.pdf"), image_pdf(&pgm)).unwrap();
    let p = docs_dir.to_str().unwrap();

    let (docs, _, out) = scan(&[p]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(docs[0]["status"], "no_text", "{}", docs[0]);
    assert!(docs[0]["error"].as_str().unwrap().contains("--ocr"));

    let (docs, _, out) = scan(&["--ocr", p]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d = &docs[0];
    assert_eq!(d["status"], "ok", "{d}");
    assert_eq!(d["ocr_pages"], serde_json::json!([1]));
    let law = d["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["category"] == "governing_law")
        .unwrap_or_else(|| panic!("no governing_law finding in OCR text: {d}"));
    assert_eq!(law["page"], 1);
    assert_eq!(law["attributes"]["law"], "US-CA");
}

#[test]
fn a_scanned_picture_is_no_text_then_read_by_ocr() {
    let Some(dir) = scratch_or_skip() else {
        return;
    };
    let d = dir.path();
    let src = d.join("src.pdf");
    fs::write(
        &src,
        text_pdf(&[
            "Article 9. Loi applicable",
            "This Agreement shall be governed by the",
            "laws of the State of New York.",
        ]),
    )
    .unwrap();
    let docs_dir = d.join("docs");
    fs::create_dir(&docs_dir).unwrap();
    // A scanner's output: a PNG named without its extension, and a JPEG.
    for (args, name) in [
        (&["-png"][..], "contract-scan"),
        (&["-jpeg"][..], "contract-scan-2"),
    ] {
        let status = Command::new("pdftoppm")
            .args(["-r", "150", "-gray", "-singlefile"])
            .args(args)
            .arg(&src)
            .arg(docs_dir.join(name))
            .status()
            .unwrap();
        assert!(status.success());
    }
    fs::rename(
        docs_dir.join("contract-scan.png"),
        docs_dir.join("contract-scan"),
    )
    .unwrap();
    let p = docs_dir.to_str().unwrap();

    let (docs, _, out) = scan(&[p]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(docs.len(), 2);
    for doc in &docs {
        assert_eq!(doc["format"], "image", "{doc}");
        assert_eq!(doc["status"], "no_text", "{doc}");
        assert!(doc["error"].as_str().unwrap().contains("--ocr"), "{doc}");
    }

    let (docs, _, out) = scan(&["--ocr", p]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for d in &docs {
        assert_eq!(d["status"], "ok", "{d}");
        assert_eq!(d["ocr_pages"], serde_json::json!([1]));
        let law = d["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["category"] == "governing_law")
            .unwrap_or_else(|| panic!("no governing_law finding in OCR text: {d}"));
        assert_eq!(law["page"], 1);
        assert_eq!(law["attributes"]["law"], "US-NY");
    }
}
