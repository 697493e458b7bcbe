//! Outlook messages (`.msg`): subject and body read, attachments (files and
//! attached messages) scanned as documents of their own.
//!
//! The messages are built here with the cfb crate, as [MS-OXMSG] lays them
//! out. `CLAUSESCAN_WRITE_MSG=DIR cargo test --test msg` writes the one of
//! the scan test to `DIR/offre.msg` (and an 8-bit one to `DIR/ancien.msg`);
//! on 2026-11-29 these were read by two independent readers, `msgconvert` (Debian's libemail-outlook-message-perl)
//! and Python's extract-msg 0.57, which both gave its subject, body, the
//! attachment `CGV.txt` and the attached message with its subject and body
//! (and, for a message with 8-bit strings, its Windows-1252 text).

mod common;

use std::fs;
use std::io::{Cursor, Write};

use clausescan::extract::{Format, Limits, extract};
use clausescan::record::Status;
use common::scan;

/// A property entry of a `__properties_version1.0` stream: tag, flags
/// (readable, writable), value (for variable-length types, the size).
fn entry(tag: u32, value: u64) -> Vec<u8> {
    let mut e = tag.to_le_bytes().to_vec();
    e.extend(6u32.to_le_bytes());
    e.extend(value.to_le_bytes());
    e
}

fn utf16(s: &str) -> Vec<u8> {
    s.encode_utf16()
        .chain([0])
        .flat_map(u16::to_le_bytes)
        .collect()
}

struct Msg<'a> {
    subject: &'a str,
    /// UTF-16 body, or 8-bit (Windows-1252) body with its code page set.
    body: Option<&'a str>,
    body_8bit: Option<&'a str>,
    html: Option<&'a str>,
    /// File attachments: (long file name, bytes).
    files: Vec<(&'a str, Vec<u8>)>,
    /// Attached messages.
    messages: Vec<Msg<'a>>,
}

impl Msg<'_> {
    /// Write this message under `dir` (`""` for the root, else a storage
    /// path), with the property header of a top-level (32 bytes) or
    /// embedded (24 bytes) message.
    fn write(&self, file: &mut cfb::CompoundFile<Cursor<Vec<u8>>>, dir: &str) {
        let stream = |file: &mut cfb::CompoundFile<Cursor<Vec<u8>>>, name: &str, data: &[u8]| {
            file.create_stream(format!("{dir}/{name}"))
                .unwrap()
                .write_all(data)
                .unwrap();
        };
        let attachments = self.files.len() + self.messages.len();
        let mut props = vec![0u8; 8];
        props.extend(0u32.to_le_bytes()); // next recipient id
        props.extend((attachments as u32).to_le_bytes()); // next attachment id
        props.extend(0u32.to_le_bytes()); // recipients
        props.extend((attachments as u32).to_le_bytes()); // attachments
        if dir.is_empty() {
            props.extend([0u8; 8]);
        }
        // A message's strings are all Unicode or all 8-bit (in its code
        // page): here 8-bit when its body is.
        let cp1252 = |s: &str| {
            let mut b = encoding_rs::WINDOWS_1252.encode(s).0.into_owned();
            b.push(0);
            b
        };
        let eight_bit = self.body_8bit.is_some();
        let kind: u32 = if eight_bit { 0x001E } else { 0x001F };
        for (id, value) in [(0x001Au32, "IPM.Note"), (0x0037, self.subject)] {
            let data = if eight_bit {
                cp1252(value)
            } else {
                utf16(value)
            };
            stream(file, &format!("__substg1.0_{id:04X}{kind:04X}"), &data);
            props.extend(entry(id << 16 | kind, data.len() as u64));
        }
        if let Some(body) = self.body {
            stream(file, "__substg1.0_1000001F", &utf16(body));
            props.extend(entry(0x1000_001F, utf16(body).len() as u64));
        }
        if let Some(body) = self.body_8bit {
            let bytes = cp1252(body);
            stream(file, "__substg1.0_1000001E", &bytes);
            props.extend(entry(0x1000_001E, bytes.len() as u64));
            props.extend(entry(0x3FFD_0003, 1252));
        }
        if let Some(html) = self.html {
            stream(file, "__substg1.0_10130102", html.as_bytes());
            props.extend(entry(0x1013_0102, html.len() as u64));
        }
        stream(file, "__properties_version1.0", &props);
        for (i, (name, data)) in self.files.iter().enumerate() {
            let a = format!("{dir}/__attach_version1.0_#{i:08X}");
            file.create_storage(&a).unwrap();
            let mut p = vec![0u8; 8];
            p.extend(entry(0x3705_0003, 1)); // by value
            p.extend(entry(0x3707_001F, utf16(name).len() as u64));
            p.extend(entry(0x3701_0102, data.len() as u64));
            let mut streams = vec![
                ("__properties_version1.0", p),
                ("__substg1.0_3707001F", utf16(name)),
                ("__substg1.0_37010102", data.clone()),
            ];
            // A file named image….png is a picture of the body, as Outlook
            // stores a signature logo: image MIME type and a Content-ID.
            if name.starts_with("image") && name.ends_with(".png") {
                streams.push(("__substg1.0_370E001F", utf16("image/png")));
                streams.push(("__substg1.0_3712001F", utf16("image001.png@01DA")));
            }
            for (n, d) in streams {
                file.create_stream(format!("{a}/{n}"))
                    .unwrap()
                    .write_all(&d)
                    .unwrap();
            }
        }
        for (k, m) in self.messages.iter().enumerate() {
            let a = format!("{dir}/__attach_version1.0_#{:08X}", self.files.len() + k);
            file.create_storage(&a).unwrap();
            let mut p = vec![0u8; 8];
            p.extend(entry(0x3705_0003, 5)); // an embedded message
            p.extend(entry(0x3701_000D, u64::MAX));
            file.create_stream(format!("{a}/__properties_version1.0"))
                .unwrap()
                .write_all(&p)
                .unwrap();
            let inner = format!("{a}/__substg1.0_3701000D");
            file.create_storage(&inner).unwrap();
            m.write(file, &inner);
        }
    }

    fn bytes(&self) -> Vec<u8> {
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        file.create_storage("/__nameid_version1.0").unwrap();
        for s in ["00020102", "00030102", "00040102"] {
            file.create_stream(format!("/__nameid_version1.0/__substg1.0_{s}"))
                .unwrap();
        }
        self.write(&mut file, "");
        file.flush().unwrap();
        file.into_inner().into_inner()
    }
}

const CGV: &str = "Article 9 – Droit applicable\r\nLe présent contrat est régi par le droit de l'État de New York.\r\n";

fn offer() -> Msg<'static> {
    Msg {
        subject: "Offre – hébergement",
        body: Some("Bonjour,\r\nNos serveurs sont situés aux États-Unis.\r\nCordialement"),
        body_8bit: None,
        html: None,
        files: vec![
            ("CGV.txt", CGV.as_bytes().to_vec()),
            ("image001.png", b"\x89PNG\r\n\x1a\n....".to_vec()),
        ],
        messages: vec![Msg {
            subject: "TR: Sous-traitants à jour",
            body: Some("Stratocumulus Inc. est une société de droit du Delaware."),
            body_8bit: None,
            html: None,
            files: vec![],
            messages: vec![],
        }],
    }
}

/// A message with 8-bit strings, in its code page (Windows-1252).
fn old_style() -> Msg<'static> {
    Msg {
        subject: "Données",
        body: None,
        body_8bit: Some("Hébergées aux États-Unis."),
        html: None,
        files: vec![],
        messages: vec![],
    }
}

fn text_of(bytes: &[u8]) -> Result<(String, Vec<String>), Status> {
    extract(Format::Msg, bytes, &Limits::default())
        .map(|e| (e.text, e.warnings))
        .map_err(|e| e.status)
}

#[test]
fn subject_and_body_are_read_in_their_encodings() {
    let (text, warnings) = text_of(&offer().bytes()).unwrap();
    assert_eq!(
        text,
        "Subject: Offre – hébergement\n\nBonjour,\nNos serveurs sont situés aux États-Unis.\nCordialement\n"
    );
    assert!(warnings.is_empty());
    let (text, _) = text_of(&old_style().bytes()).unwrap();
    assert_eq!(text, "Subject: Données\n\nHébergées aux États-Unis.\n");
    // An HTML-only body gives its visible text.
    let html = Msg {
        subject: "x",
        body: None,
        body_8bit: None,
        html: Some(
            "<html><head><style>p{}</style></head><body><p>Governed by the laws of Texas.</p></body></html>",
        ),
        files: vec![],
        messages: vec![],
    };
    let (text, _) = text_of(&html.bytes()).unwrap();
    assert_eq!(text, "Subject: x\n\nGoverned by the laws of Texas.\n");
}

#[test]
fn attachments_and_attached_messages_are_scanned_as_documents() {
    let msg = offer().bytes();
    if let Some(dir) = std::env::var_os("CLAUSESCAN_WRITE_MSG") {
        let dir = std::path::Path::new(&dir);
        fs::write(dir.join("offre.msg"), &msg).unwrap();
        fs::write(dir.join("ancien.msg"), old_style().bytes()).unwrap();
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        Msg {
            body_8bit: None,
            ..old_style()
        }
        .write(&mut file, "");
        let rtf = r"{\rtf1\ansi\f0 Hosted in the United States.\par}";
        file.create_stream("/__substg1.0_10090102")
            .unwrap()
            .write_all(&compressed_rtf::compress_rtf(rtf).unwrap())
            .unwrap();
        file.flush().unwrap();
        fs::write(dir.join("rtf.msg"), file.into_inner().into_inner()).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("offre.msg"), &msg).unwrap();
    let (docs, _, out) = scan(&[dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let root = format!("{}/", dir.path().to_str().unwrap());
    let paths: Vec<&str> = docs
        .iter()
        .map(|d| d["path"].as_str().unwrap().strip_prefix(&root).unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "offre.msg",
            "offre.msg/CGV.txt",
            "offre.msg/TR: Sous-traitants à jour.msg"
        ]
    );
    let cats = |i: usize| -> Vec<String> {
        let mut c: Vec<String> = docs[i]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["category"].as_str().unwrap().to_string())
            .collect();
        c.dedup();
        c
    };
    assert!(docs.iter().all(|d| d["status"] == "ok"), "{docs:?}");
    assert_eq!(docs[0]["format"], "msg");
    // The logo is counted, not listed.
    assert!(
        docs[0]["warnings"]
            .to_string()
            .contains("1 picture(s) shown in the message body"),
        "{}",
        docs[0]
    );
    assert_eq!(cats(0), ["us_transfer"]);
    assert_eq!(cats(1), ["governing_law"]);
    // The attached message, copied out, is read as a message of its own.
    assert_eq!(docs[2]["format"], "msg");
    assert_eq!(cats(2), ["us_entity"]);
}

#[test]
fn damaged_and_foreign_files_get_a_status() {
    let good = offer().bytes();
    for cut in [0, 512, good.len() / 2] {
        assert_eq!(text_of(&good[..cut]), Err(Status::Error), "cut {cut}");
    }
    // A compound file without message properties (a Word file named .msg).
    let mut other = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    other
        .create_stream("/WordDocument")
        .unwrap()
        .write_all(&[0; 600])
        .unwrap();
    other.flush().unwrap();
    let other = other.into_inner().into_inner();
    assert_eq!(text_of(&other), Err(Status::Error));
    assert!(
        clausescan::extract::msg::attachments(&other)
            .files
            .is_empty()
    );
    // A body kept only as compressed RTF (as Outlook may store it): read
    // through the decompressor and the RTF reader; a damaged one gives the
    // subject and a warning.
    let rtf = r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0 Les donn\'e9es sont h\'e9berg\'e9es aux \'c9tats-Unis.\par}";
    let packed = compressed_rtf::compress_rtf(rtf).unwrap();
    let mut damaged = packed.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 0x55;
    for (body, want, warned) in [
        (
            packed,
            "Subject: RTF\n\nLes données sont hébergées aux États-Unis.\n",
            false,
        ),
        (damaged, "Subject: RTF\n\n", true),
    ] {
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        let rtf_only = Msg {
            subject: "RTF",
            body: None,
            body_8bit: None,
            html: None,
            files: vec![],
            messages: vec![],
        };
        rtf_only.write(&mut file, "");
        file.create_stream("/__substg1.0_10090102")
            .unwrap()
            .write_all(&body)
            .unwrap();
        file.flush().unwrap();
        let (text, warnings) = text_of(&file.into_inner().into_inner()).unwrap();
        assert_eq!(text, want);
        assert_eq!(
            warnings.iter().any(|w| w.contains("compressed RTF")),
            warned,
            "{warnings:?}"
        );
    }
}
