//! The same document in every supported format gives the same findings as
//! its plain UTF-8 text: DOCX, ODT, Word 97-2003, XLSX, XLS, ODS, PPTX, PPT, ODP, RTF,
//! HTML, a web archive (MHTML), an e-mail, Windows-1252 and UTF-16 text, PDF,
//! and all of them again inside a zip bundle. (The Word 97-2003 and the
//! spreadsheet and presentation files are written by LibreOffice from the
//! same paragraphs: tests/tools/make_office_fixtures.sh.) An e-mail's attachments are documents of
//! their own.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use clausescan::normalize::fold;
use common::{docx_package, root, scan, zip_bytes};
use serde_json::Value;

const PARAGRAPHS: [&str; 6] = [
    "Article 12 – Transferts de données",
    "Le Prestataire transfère les données personnelles vers les États-Unis sur la base des clauses contractuelles types adoptées par la décision d'exécution (UE) 2021/914.",
    "We previously relied on the EU-U.S. Privacy Shield Framework, which was invalidated by the Court of Justice in July 2020.",
    "We may disclose personal data in response to a subpoena, court order or other legal process, including requests under the CLOUD Act.",
    "Le présent contrat est régi par le droit français.",
    "This Agreement shall be governed by the laws of the State of California.",
];

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn docx() -> Vec<u8> {
    docx_of(&PARAGRAPHS)
}

/// A DOCX package whose body is `paragraphs`, one run each.
fn docx_of(paragraphs: &[&str]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| {
            format!(
                "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                xml_escape(p)
            )
        })
        .collect();
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    docx_package(&doc)
}

fn odt() -> Vec<u8> {
    let body: String = PARAGRAPHS
        .iter()
        .map(|p| format!("<text:p>{}</text:p>", xml_escape(p)))
        .collect();
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>{body}</office:text></office:body></office:document-content>"
    );
    zip_bytes(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.text".to_vec(),
        ),
        ("content.xml", content.into_bytes()),
    ])
}

fn html() -> Vec<u8> {
    let body: String = PARAGRAPHS
        .iter()
        .map(|p| format!("<p>{}</p>\n", xml_escape(p).replace('É', "&Eacute;")))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>CGV</title>\
         <script>var x = 'Privacy Shield relied upon';</script><style>p {{}}</style></head>\
         <body><nav>Menu</nav>{body}</body></html>"
    )
    .into_bytes()
}

/// RTF as word processors write it: Latin-1 letters as `\'hh`, others as
/// `\uN` with a fallback character, a font table and a generator group.
fn rtf() -> Vec<u8> {
    let mut s = String::from(
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\*\\generator Privacy Shield Writer;}\\f0\\pard ",
    );
    for p in PARAGRAPHS {
        for c in p.chars() {
            match c {
                '\\' | '{' | '}' => {
                    s.push('\\');
                    s.push(c);
                }
                c if c.is_ascii() => s.push(c),
                c if (c as u32) < 256 => s.push_str(&format!("\\'{:02x}", c as u32)),
                c => s.push_str(&format!("\\u{}?", c as u32)),
            }
        }
        s.push_str("\\par\\par\n");
    }
    s.push('}');
    s.into_bytes()
}

/// Base64 with line breaks every 76 characters, as mail writers do.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, chunk) in bytes.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.push_str("\r\n");
        }
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (k, &b)| n | u32::from(b) << (16 - 8 * k));
        for k in 0..4 {
            out.push(if k <= chunk.len() {
                ABC[(n >> (18 - 6 * k) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

/// An e-mail whose body is `text` (quoted-printable, Latin-1, as many mail
/// clients send French), with `attachments` (name, content type, bytes).
fn email(text: &str, attachments: &[(&str, &str, &[u8])]) -> Vec<u8> {
    let mut qp = String::new();
    for line in text.lines() {
        let mut col = 0;
        for c in line.chars() {
            let enc = match c {
                '=' => "=3D".to_string(),
                c if (c as u32) < 0x80 => c.to_string(),
                c => encoding_rs::WINDOWS_1252
                    .encode(&c.to_string())
                    .0
                    .iter()
                    .map(|b| format!("={b:02X}"))
                    .collect(),
            };
            if col + enc.len() > 72 {
                qp.push_str("=\r\n");
                col = 0;
            }
            col += enc.len();
            qp.push_str(&enc);
        }
        qp.push_str("\r\n");
    }
    let mut m = String::from(
        "From: Service juridique <juridique@vendor.example>\r\nTo: achats@client.example\r\n\
         Subject: Contrat\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"=_b\"\r\n\r\n\
         --=_b\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n",
    );
    m.push_str(&qp);
    for (name, ctype, bytes) in attachments {
        m.push_str(&format!(
            "--=_b\r\nContent-Type: {ctype}; name=\"{name}\"\r\nContent-Disposition: attachment; filename=\"{name}\"\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{}\r\n",
            base64(bytes)
        ));
    }
    m.push_str("--=_b--\r\n");
    m.into_bytes()
}

/// A page saved by a browser as one file: the HTML quoted-printable, with a
/// style sheet beside it.
fn mhtml() -> Vec<u8> {
    let html = String::from_utf8(html()).unwrap();
    let mut qp = String::new();
    for line in html.lines() {
        for (i, c) in line.chars().enumerate() {
            if i > 0 && i % 70 == 0 {
                qp.push_str("=\r\n");
            }
            match c {
                '=' => qp.push_str("=3D"),
                c if (c as u32) < 0x80 => qp.push(c),
                c => {
                    let mut buf = [0; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        qp.push_str(&format!("={b:02X}"));
                    }
                }
            }
        }
        qp.push_str("\r\n");
    }
    format!(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://vendor.example/contrat\r\n\
         Subject: Contrat\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/related; type=\"text/html\"; boundary=\"----MultipartBoundary--z\"\r\n\r\n\
         ------MultipartBoundary--z\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\
         Content-Location: https://vendor.example/contrat\r\n\r\n{qp}\
         ------MultipartBoundary--z\r\nContent-Type: text/css\r\nContent-Location: https://vendor.example/s.css\r\n\r\n\
         p {{ color: #333 }}\r\n------MultipartBoundary--z--\r\n"
    )
    .into_bytes()
}

fn office_fixture(name: &str) -> Vec<u8> {
    fs::read(root().join("tests/fixtures/office").join(name)).unwrap()
}

fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '–' => 0x96,
            '’' => 0x92,
            c if (c as u32) < 256 => c as u32 as u8,
            other => panic!("not in windows-1252: {other}"),
        })
        .collect()
}

fn utf16le(text: &str) -> Vec<u8> {
    let mut out = vec![0xff, 0xfe];
    for u in text.encode_utf16() {
        out.extend(u.to_le_bytes());
    }
    out
}

fn pdf(dir: &Path, text: &str) -> Option<Vec<u8>> {
    let src = dir.join("pdf-src.txt");
    fs::write(&src, text).unwrap();
    let out = dir.join("out.pdf");
    let ok = std::process::Command::new("python3")
        .arg(root().join("tests/tools/txt2pdf.py"))
        .arg(&src)
        .arg(&out)
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("skipping the PDF variant: python3 tests/tools/txt2pdf.py did not run");
        return None;
    }
    let bytes = fs::read(&out).unwrap();
    fs::remove_file(out).unwrap();
    fs::remove_file(src).unwrap();
    Some(bytes)
}

fn key(doc: &Value) -> BTreeSet<(String, String)> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["category"].as_str().unwrap().to_string(),
                fold(f["text"].as_str().unwrap()),
            )
        })
        .collect()
}

#[test]
fn every_format_gives_the_findings_of_the_plain_text() {
    let text = PARAGRAPHS.join("\n\n") + "\n";
    let scratch = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut variants: Vec<(&str, Vec<u8>)> = vec![
        ("utf8.txt", text.clone().into_bytes()),
        ("cp1252.txt", windows_1252(&text)),
        ("utf16.txt", utf16le(&text)),
        ("page.html", html()),
        ("contract.docx", docx()),
        ("contract.odt", odt()),
        ("contract.rtf", rtf()),
        // Written by LibreOffice from PARAGRAPHS (tests/tools/make_office_fixtures.sh).
        (
            "contract.doc",
            fs::read(root().join("tests/fixtures/doc/formats_contract.doc")).unwrap(),
        ),
        ("contract.xlsx", office_fixture("formats_contract.xlsx")),
        ("contract.xls", office_fixture("formats_contract.xls")),
        ("contract.ods", office_fixture("formats_contract.ods")),
        ("contract.pptx", office_fixture("formats_contract.pptx")),
        ("contract.ppt", office_fixture("formats_contract.ppt")),
        ("contract.odp", office_fixture("formats_contract.odp")),
        ("page.mht", mhtml()),
        ("message.eml", email(&text, &[])),
    ];
    if let Some(p) = pdf(scratch.path(), &text) {
        variants.push(("contract.pdf", p));
    }
    for (name, bytes) in &variants {
        fs::write(d.join(name), bytes).unwrap();
    }
    let bundle: Vec<(&str, Vec<u8>)> = variants.iter().map(|(n, b)| (*n, b.clone())).collect();
    let inner = zip_bytes(&[("nested/utf8.txt", text.clone().into_bytes())]);
    let mut bundle = bundle
        .into_iter()
        .map(|(n, b)| (format!("docs/{n}"), b))
        .collect::<Vec<_>>();
    bundle.push(("inner.zip".to_string(), inner));
    let refs: Vec<(&str, Vec<u8>)> = bundle
        .iter()
        .map(|(n, b)| (n.as_str(), b.clone()))
        .collect();
    fs::write(d.join("bundle.zip"), zip_bytes(&refs)).unwrap();

    let (docs, _, out) = scan(&[d.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let reference = docs
        .iter()
        .find(|x| {
            x["path"].as_str().unwrap().ends_with("/utf8.txt")
                && !x["path"].as_str().unwrap().contains(".zip")
        })
        .unwrap();
    let want = key(reference);
    let cats: BTreeSet<&str> = want.iter().map(|(c, _)| c.as_str()).collect();
    for c in [
        "scc",
        "privacy_shield",
        "government_access",
        "governing_law",
        "us_transfer",
    ] {
        assert!(
            cats.contains(c),
            "reference text lacks a {c} finding: {want:?}"
        );
    }
    let mut seen = 0;
    for doc in &docs {
        let path = doc["path"].as_str().unwrap();
        if doc["format"] == "zip" {
            assert_eq!(doc["status"], "ok", "{doc}");
            continue;
        }
        assert_eq!(doc["status"], "ok", "{path}: {doc}");
        assert_eq!(key(doc), want, "{path} differs from the plain text");
        seen += 1;
    }
    // 17 variants (16 without PDF) at top level, the same in the bundle, plus
    // the nested archive's text.
    assert_eq!(seen, variants.len() * 2 + 1);
    let inner = docs.iter().find(|x| {
        x["path"]
            .as_str()
            .unwrap()
            .ends_with("bundle.zip/inner.zip/nested/utf8.txt")
    });
    assert!(inner.is_some(), "nested archive member missing");
    let encodings: BTreeSet<&str> = docs.iter().filter_map(|x| x["encoding"].as_str()).collect();
    assert!(
        encodings.contains("windows-1252") && encodings.contains("UTF-16LE"),
        "{encodings:?}"
    );
}

#[test]
fn zip_bombs_and_deep_nesting_are_refused_with_a_status() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let zeros = vec![b' '; 64 << 20];
    fs::write(d.join("bomb.zip"), zip_bytes(&[("a.txt", zeros)])).unwrap();
    let mut nested = zip_bytes(&[("deep.txt", b"governed by the laws of Ireland".to_vec())]);
    for i in 0..5 {
        nested = zip_bytes(&[(if i % 2 == 0 { "a.zip" } else { "b.zip" }, nested)]);
    }
    fs::write(d.join("nested.zip"), nested).unwrap();
    let (docs, _, out) = scan(&[d.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let bomb = docs
        .iter()
        .find(|x| x["path"].as_str().unwrap().ends_with("bomb.zip/a.txt"))
        .unwrap();
    assert_eq!(bomb["status"], "too_large");
    assert!(
        docs.iter()
            .any(|x| x["status"] == "too_large" && x["error"].as_str().unwrap().contains("nested"))
    );
}

#[test]
fn an_emails_attachments_are_documents_of_their_own() {
    let text = PARAGRAPHS.join("\n\n") + "\n";
    let bundle = zip_bytes(&[("annexe/utf8.txt", text.clone().into_bytes())]);
    let forwarded = email(
        "Voir la pièce jointe.",
        &[("note.txt", "text/plain", text.as_bytes())],
    );
    let docx = docx();
    let mail = email(
        "Bonjour,\nvous trouverez nos conditions ci-jointes.\n",
        &[
            ("CGV.docx", "application/octet-stream", &docx),
            ("../annexes.zip", "application/zip", &bundle),
            ("Fwd.eml", "message/rfc822", &forwarded),
            ("CGV.docx", "application/octet-stream", &docx),
            // A scan sent as an attachment: a document (no_text without OCR).
            ("scan.png", "image/png", b"\x89PNG\r\n\x1a\n...."),
        ],
    );
    // A logo the body shows (inline, by Content-ID): not a document.
    let logo = "--=_b\r\nContent-Type: image/png; name=\"image001.png\"\r\n\
                Content-Disposition: inline; filename=\"image001.png\"\r\n\
                Content-ID: <image001.png@01D9>\r\nContent-Transfer-Encoding: base64\r\n\r\n\
                iVBORw0KGgo=\r\n";
    let mut mail = String::from_utf8(mail).unwrap();
    let end = mail.rfind("--=_b--").unwrap();
    mail.insert_str(end, logo);
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("utf8.txt"), &text).unwrap();
    fs::write(dir.path().join("mail.eml"), &mail).unwrap();
    let (docs, _, out) = scan(&[dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let root = format!("{}/", dir.path().to_str().unwrap());
    let paths: Vec<&str> = docs
        .iter()
        .map(|d| d["path"].as_str().unwrap().strip_prefix(&root).unwrap())
        .collect();
    // The message first, then its attachments in its order (names made
    // safe and unique), each container followed by its members.
    assert_eq!(
        paths,
        [
            "mail.eml",
            "mail.eml/CGV.docx",
            "mail.eml/.._annexes.zip",
            "mail.eml/.._annexes.zip/annexe/utf8.txt",
            "mail.eml/Fwd.eml",
            "mail.eml/Fwd.eml/note.txt",
            "mail.eml/CGV (2).docx",
            "mail.eml/scan.png",
            "utf8.txt",
        ]
    );
    assert_eq!(docs[paths.len() - 2]["status"], "no_text");
    let by = |p: &str| &docs[paths.iter().position(|x| *x == p).unwrap()];
    let want = key(by("utf8.txt"));
    for p in [
        "mail.eml/CGV.docx",
        "mail.eml/.._annexes.zip/annexe/utf8.txt",
        "mail.eml/Fwd.eml/note.txt",
        "mail.eml/CGV (2).docx",
    ] {
        assert_eq!(by(p)["status"], "ok", "{p}");
        assert_eq!(key(by(p)), want, "{p} differs from the plain text");
    }
    let mail_rec = by("mail.eml");
    assert_eq!(mail_rec["format"], "eml");
    assert_eq!(mail_rec["status"], "ok");
    // The body holds no clause; the attachments' findings are theirs.
    assert!(
        mail_rec["findings"].as_array().unwrap().is_empty(),
        "{mail_rec}"
    );
    let warnings = mail_rec["warnings"].to_string();
    assert!(warnings.contains("5 attachment(s)"), "{mail_rec}");
    assert!(
        warnings.contains("1 picture(s) shown in the message body"),
        "{mail_rec}"
    );
    assert_eq!(by("mail.eml/Fwd.eml")["format"], "eml");
}

#[test]
fn spreadsheets_read_as_tab_separated_rows() {
    // The rows of tests/fixtures/office-src/sous_traitants.fods (two sheets).
    let rows = [
        "Sous-traitant\tPays\tFinalité\tDepuis",
        "Stratocumulus Inc.\tÉtats-Unis\tHébergement des sauvegardes\t2021",
        "Cirrus Mail GmbH\tAllemagne\tEnvoi des courriels\t2019",
        "Nimbus Analytics LLC\tUnited States\tProduct analytics; data is transferred to the United States under the EU-U.S. Data Privacy Framework\t2023",
        "Stratocumulus Inc.\tIrlande\tSupport\t2022",
        "",
        "Droit applicable\tLe présent accord est régi par le droit de l’État de Californie.",
    ];
    let text = rows.join("\n") + "\n";
    let xlsx = office_fixture("sous_traitants.xlsx");
    for (format, bytes) in [
        (clausescan::extract::Format::Xlsx, xlsx.clone()),
        (
            clausescan::extract::Format::Xls,
            office_fixture("sous_traitants.xls"),
        ),
    ] {
        let read =
            clausescan::extract::extract(format, &bytes, &clausescan::extract::Limits::default())
                .unwrap();
        assert_eq!(read.text, text, "{format:?}");
    }

    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("rows.txt"), &text).unwrap();
    fs::write(dir.path().join("list.xlsx"), &xlsx).unwrap();
    // The same rows as a CSV file, every field quoted.
    let csv: String = rows
        .iter()
        .map(|r| {
            r.split('\t')
                .map(|f| format!("\"{f}\""))
                .collect::<Vec<_>>()
                .join(",")
                + "\n"
        })
        .collect();
    fs::write(dir.path().join("list.csv"), csv).unwrap();
    fs::write(
        dir.path().join("list.ods"),
        office_fixture("sous_traitants.ods"),
    )
    .unwrap();
    fs::write(
        dir.path().join("old.xls"),
        office_fixture("sous_traitants.xls"),
    )
    .unwrap();
    let (docs, _, _) = scan(&[dir.path().to_str().unwrap()]);
    let by = |name: &str| {
        docs.iter()
            .find(|d| d["path"].as_str().unwrap().ends_with(name))
            .unwrap()
    };
    let want = key(by("/rows.txt"));
    let cats: BTreeSet<&str> = want.iter().map(|(c, _)| c.as_str()).collect();
    for c in ["us_transfer", "dpf", "governing_law"] {
        assert!(cats.contains(c), "the rows lack a {c} finding: {want:?}");
    }
    // The "États-Unis" cell is a transfer as a cell.
    assert!(
        want.iter()
            .any(|(c, t)| c == "us_transfer" && t == "etats-unis"),
        "{want:?}"
    );
    for name in ["/list.xlsx", "/list.ods", "/old.xls", "/list.csv"] {
        assert_eq!(by(name)["status"], "ok", "{name}");
        assert_eq!(key(by(name)), want, "{name} differs from its rows as text");
    }
    assert_eq!(by("/list.xlsx")["format"], "xlsx");
    assert_eq!(by("/list.ods")["format"], "ods");
    assert_eq!(by("/old.xls")["format"], "xls");
    assert_eq!(by("/list.csv")["format"], "csv");
}

#[test]
fn damaged_or_empty_workbooks_and_presentations_are_errors() {
    use clausescan::extract::{Format, Limits, extract};
    use clausescan::record::Status;
    let status = |format, bytes: &[u8]| {
        extract(format, bytes, &Limits::default())
            .map(|_| ())
            .map_err(|e| e.status)
    };
    let no_sheet = zip_bytes(&[("xl/workbook.xml", b"<workbook/>".to_vec())]);
    assert_eq!(status(Format::Xlsx, &no_sheet), Err(Status::Error));
    let no_slide = zip_bytes(&[("ppt/presentation.xml", b"<p/>".to_vec())]);
    assert_eq!(status(Format::Pptx, &no_slide), Err(Status::Error));
    let xlsx = office_fixture("sous_traitants.xlsx");
    for cut in [10, xlsx.len() / 2, xlsx.len() - 10] {
        assert_eq!(
            status(Format::Xlsx, &xlsx[..cut]),
            Err(Status::Error),
            "cut {cut}"
        );
    }
    // A shared-string index past the table, a sheet that is not XML.
    let odd = zip_bytes(&[
        ("xl/sharedStrings.xml", b"<sst><si><t>a</t></si></sst>".to_vec()),
        (
            "xl/worksheets/sheet1.xml",
            b"<worksheet><sheetData><row><c t=\"s\"><v>7</v></c><c t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><t>b &amp; c</t></is></c></row></sheetData></worksheet>".to_vec(),
        ),
        ("xl/worksheets/sheet2.xml", b"<worksheet><row></worksheet>".to_vec()),
    ]);
    assert_eq!(status(Format::Xlsx, &odd), Err(Status::Error));
    let fine = zip_bytes(&[
        ("xl/sharedStrings.xml", b"<sst><si><t>a</t></si></sst>".to_vec()),
        (
            "xl/worksheets/sheet1.xml",
            b"<worksheet><sheetData><row><c t=\"s\"><v>7</v></c><c t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><t>b &amp; c</t></is></c></row></sheetData></worksheet>".to_vec(),
        ),
    ]);
    let text = extract(Format::Xlsx, &fine, &Limits::default())
        .unwrap()
        .text;
    assert_eq!(text, "a\tb & c\n");
    // One shared string of 1 KB used by 10,000 cells: 10 MB of text from a
    // few hundred KB of XML, refused under a 1 MB limit.
    let big = format!("<sst><si><t>{}</t></si></sst>", "x".repeat(1000));
    let cells = "<row><c t=\"s\"><v>0</v></c></row>".repeat(10_000);
    let bomb = zip_bytes(&[
        ("xl/sharedStrings.xml", big.into_bytes()),
        (
            "xl/worksheets/sheet1.xml",
            format!("<worksheet><sheetData>{cells}</sheetData></worksheet>").into_bytes(),
        ),
    ]);
    let limits = clausescan::extract::office::OfficeLimits {
        max_uncompressed: 1 << 20,
        ..Default::default()
    };
    assert!(matches!(
        clausescan::extract::office::xlsx_text(&bomb, &limits),
        Err(clausescan::extract::office::OfficeError::TooLarge(_))
    ));
    // (Under the default 256 MiB, 10 MB is read.)
    assert_eq!(status(Format::Xlsx, &bomb), Ok(()));
}

/// A clause that runs from one page of a PDF to the next, across the page's
/// footer and the next page's header, is found whole; its text is the
/// document's as written, its excerpt reads without the furniture.
#[test]
fn a_clause_across_a_page_break_is_found_whole() {
    let halves = [
        (
            "Customer acknowledges that Provider may transfer Customer Data to the",
            "United States for the purposes of providing support services.",
        ),
        (
            "This Agreement shall be governed by and construed in accordance with",
            "the laws of the State of New York, without regard to conflict of laws.",
        ),
        (
            "Les données du Client peuvent être transférées vers les",
            "États-Unis, où se trouvent les serveurs de notre prestataire.",
        ),
    ];
    let filler =
        "The parties shall cooperate in good faith on the operational matters of the schedules.";
    let n = halves.len() + 1;
    let pages: Vec<String> = (0..n)
        .map(|p| {
            let mut lines = vec!["ACME CLOUD SERVICES - DATA PROCESSING AGREEMENT (v2.3)", ""];
            if p > 0 {
                lines.push(halves[p - 1].1);
            }
            lines.extend([filler; 6]);
            if p < halves.len() {
                lines.push(halves[p].0);
            }
            let footer = format!("Confidential - Page {} of {n}", p + 1);
            lines.join("\n") + "\n\n" + &footer
        })
        .collect();
    let scratch = tempfile::tempdir().unwrap();
    let Some(bytes) = pdf(scratch.path(), &pages.join("\x0c")) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dpa.pdf");
    fs::write(&file, bytes).unwrap();
    let (docs, _, _) = scan(&[file.to_str().unwrap()]);
    let findings = docs[0]["findings"].as_array().unwrap();
    for (i, (first, second)) in halves.iter().enumerate() {
        let sentence = format!("{first} {second}");
        let f = findings
            .iter()
            .find(|f| f["excerpt"].as_str() == Some(sentence.as_str()))
            .unwrap_or_else(|| panic!("no finding with the excerpt {sentence:?}: {findings:#?}"));
        assert_eq!(f["page"].as_u64(), Some(i as u64 + 1), "{sentence}");
        // The matched text is the document's: the footer and header stay in it.
        let text = f["text"].as_str().unwrap();
        assert!(text.contains(&format!("Page {} of {n}", i + 1)), "{text:?}");
    }
}

/// A one-page PDF that shows each `(x, y, text)` at that place, in that
/// order, in 10 pt Courier (every glyph 6 pt wide); then a page that shows
/// a number as text (pdf-extract panics on it), and a third page with
/// `last` at the top.
fn placed_pdf(pieces: &[(u32, u32, &str)], last: &str) -> Vec<u8> {
    let mut content = String::from("BT /F1 10 Tf\n");
    for (x, y, t) in pieces {
        content.push_str(&format!("1 0 0 1 {x} {y} Tm ({t}) Tj\n"));
    }
    content.push_str("ET");
    let third = format!("BT /F1 10 Tf 1 0 0 1 72 700 Tm ({last}) Tj ET");
    let page = |contents: u32| {
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {contents} 0 R /Resources << /Font << /F1 5 0 R >> >> >>").into_bytes()
    };
    common::pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R 6 0 R 7 0 R] /Count 3 >>".to_vec(),
        page(4),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>".to_vec(),
        page(9),
        page(8),
        format!("<< /Length {} >>\nstream\n{third}\nendstream", third.len()).into_bytes(),
        b"<< /Length 20 >>\nstream\nBT /F1 10 Tf 5 Tj ET\nendstream".to_vec(),
    ])
}

/// The text extracted from a PDF of the repository (`rel` from its root).
fn repository_pdf(rel: &str) -> clausescan::extract::Extracted {
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap();
    clausescan::extract::pdf::extract(&bytes).unwrap()
}

/// A sub-processor table that LibreOffice wrote into a PDF (tests/blind53),
/// whose row has a first cell of two lines and a middle one of three: the
/// text moves up to the last cell, which stays on the row's line.
#[test]
fn a_pdf_rows_last_cell_after_a_move_up_stays_on_its_line() {
    let ex = repository_pdf("tests/blind53/docs/it/accordo_trattamento_piattaforma_bim_2021.pdf");
    assert!(
        ex.text.lines().any(|l| l
            == "Services Inc. | Rendering GPU e  calcolo interferenze su  modelli federati | Hillsboro, OR |"),
        "{}",
        ex.text
    );
}

/// A row of a sub-processor table that LibreOffice wrote into a PDF
/// (tests/blind15), whose middle cell broke a word before its last letter
/// ("Sicherungskopie" / "n"): the text then moves up to the next cell,
/// the US place, and that is a cell border, not a list label's indent.
#[test]
fn a_pdf_cell_after_a_word_broken_before_its_last_letter_is_a_cell() {
    let ex = repository_pdf(
        "tests/blind15/docs/de/b_dienstleistungsvertrag_rechenzentrum_datenwerk.pdf",
    );
    assert!(
        ex.text
            .lines()
            .any(|l| l.contains("Sicherungskopie n | Hillsboro,  Oregon |")),
        "{}",
        ex.text
    );
}

/// A PDF table's cells are read as cells (` | ` between them, as the other
/// formats' table cells become), so a sub-processor's "United States"
/// location cell is found, in a row of one line or of several; a hanging
/// indent after a clause number, and a wide space in running text, stay
/// spaces, and the lines of a cell of running text still run on. A page
/// that cannot be read is a warning, and the pages after it are still
/// read.
#[test]
fn pdf_table_cells_are_cells() {
    let bytes = placed_pdf(
        &[
            // "1.1", then the clause's text at a hanging indent.
            (72, 700, "1.1"),
            (108, 700, "The Processor engages the sub-processors below."),
            // A table of three columns, at x = 72, 250 and 348. "Customer
            // support" (16 glyphs, 96 pt) fills its cell: 2 pt to the next.
            (72, 660, "Sub-processor"),
            (250, 660, "Purpose"),
            (348, 660, "Location"),
            (72, 640, "Twilio Inc."),
            (250, 640, "SMS delivery"),
            (348, 640, "United States"),
            (72, 620, "Zendesk, Inc."),
            (250, 620, "Customer support"),
            (348, 620, "USA"),
            (72, 600, "Northwind GmbH"),
            (250, 600, "Analytics"),
            (348, 600, "Germany"),
            // Running text with one wide space (30 pt) that lines up with
            // nothing.
            (72, 560, "Transfers to the United States"),
            (282, 560, "rely on the 2021 clauses."),
            // A row whose first cell has two lines, written cell by cell,
            // the others centred: the text moves up to the next cell.
            (72, 520, "Snowflake Computing"),
            (72, 508, "Inc."),
            (250, 514, "Data warehousing"),
            (348, 514, "United States"),
            // Two cells of running text side by side (a bilingual
            // contract), the left one first.
            (72, 480, "This Agreement shall be governed by"),
            (72, 468, "the laws of the State of New York,"),
            (72, 456, "excluding its conflict rules."),
            (320, 480, "Dieser Vertrag unterliegt dem Recht"),
            (320, 468, "des Staates New York."),
            // A row written cell by cell (as LibreOffice does) whose first
            // cells have one line and whose last has three: its second and
            // third lines start at the last column, not back at the first.
            (72, 420, "Talentrack, Inc."),
            (250, 420, "ATS hosting"),
            (348, 420, "Standard"),
            (348, 408, "contractual"),
            (348, 396, "clauses"),
            (72, 380, "Harlow Ltd"),
            (250, 380, "Support"),
            (348, 380, "UK"),
        ],
        "Governing law: France.",
    );
    let ex = clausescan::extract::pdf::extract(&bytes).unwrap();
    let lines: Vec<&str> = ex.text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(
        lines,
        [
            "1.1 The Processor engages the sub-processors below.",
            "Sub-processor | Purpose | Location |",
            "Twilio Inc. | SMS delivery | United States |",
            "Zendesk, Inc. | Customer support | USA |",
            "Northwind GmbH | Analytics | Germany |",
            "Transfers to the United States rely on the 2021 clauses.",
            "Snowflake Computing",
            "Inc. | Data warehousing | United States |",
            // The cells' own lines run on: as they are in a row's first
            // cell, joined into the row's line after a cell border (so
            // that no line of a row, holding a bar, reads as a row of its
            // own when normalized).
            "This Agreement shall be governed by",
            "the laws of the State of New York,",
            "excluding its conflict rules. |",
            "Dieser Vertrag unterliegt dem Recht des Staates New York. |",
            "Talentrack, Inc. | ATS hosting | Standard contractual clauses |",
            // (Page 2, empty, between two form feeds.)
            "Harlow Ltd | Support | UK |\x0c\x0c",
            "Governing law: France.",
        ],
        "{:?}",
        ex.text
    );
    assert_eq!(ex.pages, Some(3));
    assert_eq!(ex.warnings.len(), 1, "{:?}", ex.warnings);
    assert!(ex.warnings[0].starts_with("page 2: "), "{:?}", ex.warnings);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("annex.pdf");
    fs::write(&file, bytes).unwrap();
    let (docs, _, _) = scan(&[file.to_str().unwrap()]);
    assert_eq!(docs[0]["status"], "lossy", "{:#}", docs[0]);
    assert!(docs[0]["error"].as_str().unwrap().starts_with("page 2: "));
    let cells = common::finding_texts(&docs[0], "us_transfer.any.table_cell_us");
    assert_eq!(
        cells,
        ["United States", "USA", "United States"],
        "{:#}",
        docs[0]
    );
    assert!(
        docs[0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(
                |f| f["rule"].as_str().unwrap().starts_with("governing_law.en.")
                    && f["text"].as_str().unwrap().contains("State of New York")
            ),
        "{:#}",
        docs[0]
    );
}

/// Justified text (every word space on a line stretched alike) and a page
/// set in two columns read as running text: a stretched space is no cell
/// border even where words of several lines line up, and the move from
/// the foot of one column to the top of the next is no table cell.
#[test]
fn pdf_justified_lines_and_columns_are_running_text() {
    let bytes = placed_pdf(
        &[
            // Three justified lines of 4-letter words (24 pt) with 12 pt
            // (1.2 font sizes) between them: the words line up.
            (72, 700, "data"),
            (108, 700, "sent"),
            (144, 700, "from"),
            (180, 700, "here"),
            (72, 688, "will"),
            (108, 688, "flow"),
            (144, 688, "into"),
            (180, 688, "U.S."),
            (72, 676, "data"),
            (108, 676, "stor"),
            (144, 676, "ages"),
            (180, 676, "soon"),
            // The foot of the left column, then the top of the right one.
            (72, 100, "Customer Data is transferred to"),
            (320, 700, "the United States of America."),
        ],
        "End.",
    );
    let ex = clausescan::extract::pdf::extract(&bytes).unwrap();
    let page = ex.text.split('\x0c').next().unwrap();
    assert!(!page.contains('|'), "{page:?}");
    let words: Vec<&str> = page.split_whitespace().collect();
    assert_eq!(
        words.join(" "),
        "data sent from here will flow into U.S. data stor ages soon Customer Data is transferred to the United States of America."
    );
}

/// A footnote mark set as a superscript (smaller, raised) right after a
/// word is set apart from it: "New York¹" reads "New York 1", so the place
/// name stays whole; a subscript or a same-size run after a word does not.
#[test]
fn a_pdf_superscript_is_set_apart_from_the_word_before_it() {
    let content = "BT /F1 12 Tf 72 712 Td (governed by the laws of the State of New York) Tj \
                   /F1 7 Tf 5 Ts (1) Tj 0 Ts /F1 12 Tf (. H) Tj /F1 7 Tf -3 Ts (2) Tj 0 Ts /F1 12 Tf (O.) Tj ET";
    let bytes = common::pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ]);
    let ex = clausescan::extract::pdf::extract(&bytes).unwrap();
    assert_eq!(
        ex.text.trim(),
        "governed by the laws of the State of New York 1. H2O."
    );
}

#[test]
fn a_table_laid_out_with_spaces_or_saved_as_cells_is_read_as_cells() {
    // A sub-processor list typed in columns under a rule of dashes, as it
    // reaches us in a text file, pasted into a Word document (one paragraph
    // a line), saved as a web page by LibreOffice (runs of spaces as
    // `&nbsp; &nbsp;`, an empty paragraph as `<p>&nbsp;</p>`), and as a real
    // table in RTF with each cell a paragraph ended by `\par` (as pandoc
    // writes it). Read as one phrase a line, "E-mail   USA (Oregon)" is no
    // location: each must give the table cell its finding.
    let lines = [
        "Sub-processor   Service   Location",
        "-------------   -------   ------------",
        "Mailbeam LLC    E-mail    USA (Oregon)",
        "Nordhost SAS    Hosting   France",
    ];
    let text = lines.join("\n") + "\n";
    let docx = docx_of(&lines);
    let html = format!(
        "<html><body><p>List</p><p>&nbsp;</p>{}</body></html>",
        lines
            .iter()
            .map(|l| format!("<p>{}</p>", l.replace("  ", "&nbsp; ")))
            .collect::<String>()
    );
    let cell = |t: &str| format!("{{\\pard\\intbl {t}\\par}}\n\\cell ");
    let row = |cells: &[&str]| {
        format!(
            "{{\\trowd\\cellx2000\\cellx4000\\cellx6000 {}}}\\row\n",
            cells.iter().map(|c| cell(c)).collect::<String>()
        )
    };
    let rtf = format!(
        "{{\\rtf1\\ansi {}{}}}",
        row(&["Mailbeam LLC", "E-mail", "USA (Oregon)"]),
        row(&["Nordhost SAS", "Hosting", "France"])
    );
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("list.txt"), &text).unwrap();
    fs::write(dir.path().join("list.docx"), docx).unwrap();
    fs::write(dir.path().join("list.html"), html).unwrap();
    fs::write(dir.path().join("list.rtf"), rtf).unwrap();
    let (docs, _, _) = scan(&[dir.path().to_str().unwrap()]);
    assert_eq!(docs.len(), 4);
    for doc in &docs {
        let found = common::finding_texts(doc, "us_transfer.any.table_cell_us");
        assert_eq!(found.len(), 1, "{}: {:?}", doc["path"], doc["findings"]);
        assert!(
            found[0].contains("USA (Oregon)"),
            "{}: {found:?}",
            doc["path"]
        );
    }
}
