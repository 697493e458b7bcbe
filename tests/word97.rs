//! Word 97-2003 (.doc) files: a document written by LibreOffice (an
//! independent writer; tests/tools/make_office_fixtures.sh) is read whole, and
//! damaged, encrypted or foreign OLE2 files get a status, never a crash.

mod common;

use std::fs;
use std::io::{Cursor, Read, Write};

use clausescan::extract::{Format, Limits, extract};
use clausescan::record::Status;
use common::{root, scan};
use serde_json::Value;

fn fixture() -> Vec<u8> {
    fs::read(root().join("tests/fixtures/doc/cgv_nuagerie_word97.doc")).unwrap()
}

fn text_of(bytes: &[u8]) -> Result<String, (Status, String)> {
    extract(Format::Doc, bytes, &Limits::default())
        .map(|e| e.text)
        .map_err(|e| (e.status, e.message))
}

/// The fixture with its WordDocument stream changed by `edit`.
fn with_word_stream(edit: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut file = cfb::CompoundFile::open(Cursor::new(fixture())).unwrap();
    let mut word = Vec::new();
    file.open_stream("/WordDocument")
        .unwrap()
        .read_to_end(&mut word)
        .unwrap();
    edit(&mut word);
    file.create_stream("/WordDocument")
        .unwrap()
        .write_all(&word)
        .unwrap();
    file.flush().unwrap();
    file.into_inner().into_inner()
}

/// A compound file holding one stream, `name`.
fn ole_with(name: &str) -> Vec<u8> {
    let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    file.create_stream(name)
        .unwrap()
        .write_all(&[7u8; 4096])
        .unwrap();
    file.flush().unwrap();
    file.into_inner().into_inner()
}

#[test]
fn the_body_tables_notes_headers_and_field_results_are_read() {
    let text = text_of(&fixture()).unwrap();
    for want in [
        "Conditions générales de vente\n",
        // A table row: cells separated by a tab, the row ended by a newline.
        "\nDroit applicable\tLe présent contrat est régi par le droit de l’État de New York.\n",
        "Bureaux\tParis, Lyon et Łódź\n",
        // A footnote, a header and a footer (with its PAGE field's result).
        "Stratocumulus Inc., société de droit du Delaware, conserve les sauvegardes sur des serveurs situés aux États-Unis.",
        "Nuagerie SAS – conditions générales de vente (en-tête)",
        "Page 1 – pied de page",
        // A hyperlink's shown text, without its field code.
        "publiée sur la page des sous-traitants.",
    ] {
        assert!(text.contains(want), "{want:?} missing from {text:?}");
    }
    assert!(
        !text.contains("HYPERLINK") && !text.contains("PAGE"),
        "{text:?}"
    );
    assert!(
        !text.chars().any(|c| c < ' ' && c != '\n' && c != '\t'),
        "{text:?}"
    );
}

#[test]
fn a_doc_file_is_scanned_like_any_document() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("cgv.doc"), fixture()).unwrap();
    let (docs, _, out) = scan(&[dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let doc = &docs[0];
    assert_eq!(doc["status"], "ok", "{doc}");
    assert_eq!(doc["format"], "doc", "{doc}");
    let findings = doc["findings"].as_array().unwrap();
    let has = |category: &str, key: &str, value: &str| {
        findings.iter().any(|f| {
            f["category"] == category
                && (key.is_empty() || {
                    let v = &f["attributes"][key];
                    v == value || v.as_array().is_some_and(|a| a.iter().any(|x| x == value))
                })
        })
    };
    assert!(has("governing_law", "law", "US-NY"), "{findings:?}");
    assert!(has("scc", "version", "2021"), "{findings:?}");
    assert!(
        has("government_access", "kind", "cloud_act"),
        "{findings:?}"
    );
    // From the footnote ("Le sous-traitant ultérieur, Stratocumulus Inc.,
    // société de droit du Delaware, conserve les sauvegardes sur des
    // serveurs situés aux États-Unis"): a transfer, but the US company is
    // the vendor's sub-processor, not the vendor (Nuagerie SAS).
    assert!(has("us_transfer", "", ""), "{findings:?}");
    assert!(!has("us_entity", "", ""), "{findings:?}");
}

#[test]
fn damaged_encrypted_and_foreign_ole_files_get_a_status() {
    // Encrypted (fEncrypted, bit 8 of the FIB's flags at 0x0A).
    let locked = with_word_stream(|w| w[0x0B] |= 1);
    assert!(matches!(text_of(&locked), Err((Status::Encrypted, _))));
    // A Word 6.0/95 file (nFib 0x65): not read, and the message says why.
    let old = with_word_stream(|w| w[2..4].copy_from_slice(&0x65u16.to_le_bytes()));
    match text_of(&old) {
        Err((Status::Unsupported, m)) => assert!(m.contains("Word 6.0/95"), "{m}"),
        other => panic!("{other:?}"),
    }
    // The piece table's place pointing past the table stream.
    let lost = with_word_stream(|w| w[0x1A2..0x1A6].copy_from_slice(&u32::MAX.to_le_bytes()));
    assert!(matches!(text_of(&lost), Err((Status::Error, _))));
    // Other OLE2 files: a password-protected .docx, a workbook named .doc.
    let encrypted_docx = ole_with("/EncryptedPackage");
    let workbook = ole_with("/Workbook");
    assert!(matches!(
        text_of(&encrypted_docx),
        Err((Status::Encrypted, _))
    ));
    assert!(matches!(text_of(&workbook), Err((Status::Unsupported, _))));

    // Truncated and bit-flipped copies: each a record with a status, the
    // scan finishing, the intact file's findings unchanged.
    let good = fixture();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("good.doc"), &good).unwrap();
    fs::write(d.join("locked.doc"), &locked).unwrap();
    fs::write(d.join("encrypted.docx"), &encrypted_docx).unwrap();
    fs::write(d.join("workbook.doc"), &workbook).unwrap();
    for cut in [0, 8, 512, 1024, good.len() / 2, good.len() - 1] {
        fs::write(d.join(format!("cut-{cut:05}.doc")), &good[..cut]).unwrap();
    }
    // (A xorshift generator: the same flips on every run.)
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..40 {
        let mut bad = good.clone();
        for _ in 0..8 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let at = (x % bad.len() as u64) as usize;
            bad[at] ^= 1 << (x >> 61);
        }
        // Through the library too: a damaged file is an error, not a
        // contained crash.
        if let Err((_, m)) = text_of(&bad) {
            assert!(!m.contains("crashed"), "flip {i}: {m}");
        }
        fs::write(d.join(format!("flip-{i:02}.doc")), &bad).unwrap();
    }
    let alone = tempfile::tempdir().unwrap();
    fs::write(alone.path().join("good.doc"), &good).unwrap();
    let (reference, _, _) = scan(&[alone.path().to_str().unwrap()]);

    let (docs, summary, out) = scan(&[d.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let files = fs::read_dir(d).unwrap().count();
    assert_eq!(docs.len(), files);
    assert_eq!(summary["files"], files);
    let by_name = |name: &str| -> &Value {
        docs.iter()
            .find(|x| x["path"].as_str().unwrap().ends_with(name))
            .unwrap()
    };
    assert_eq!(by_name("/locked.doc")["status"], "encrypted");
    assert_eq!(by_name("/encrypted.docx")["status"], "encrypted");
    assert_eq!(by_name("/workbook.doc")["status"], "unsupported");
    for cut in [0, 8, 512, 1024, good.len() / 2] {
        let doc = by_name(&format!("/cut-{cut:05}.doc"));
        let want = if cut == 0 { "empty" } else { "error" };
        assert_eq!(doc["status"], want, "{doc}");
    }
    for doc in &docs {
        let status = doc["status"].as_str().unwrap();
        assert!(
            ["ok", "error", "encrypted", "unsupported", "empty"].contains(&status),
            "{doc}"
        );
    }
    assert_eq!(
        by_name("/good.doc")["findings"],
        reference[0]["findings"],
        "the intact file's findings changed beside damaged ones"
    );
}
