//! Outlook messages (`.msg`), as [MS-OXMSG] describes them: an OLE2
//! compound file (read with the cfb crate) whose properties are streams
//! named `__substg1.0_<id><type>`, where type `001F` is UTF-16LE text,
//! `001E` 8-bit text in the message's code page and `0102` binary.
//!
//! The text is `Subject: …` and the body: the plain-text body, else the
//! visible text of the HTML body, else the text of the compressed RTF body
//! (a warning says so when that cannot be read). Attachments are listed by
//! [`attachments`], as for `.eml` files: a file attachment with its name and
//! bytes, an attached message as a `.msg` of its own (copied into a new
//! compound file), OLE objects left out.
//!
//! The container parser's panics, if any, are contained.

use std::io::{Cursor, Write};

use super::pdf::contain;
use super::{Attachments, ExtractError, Extracted};
use crate::record::Status;

use super::ole::Ole;

const SUBJECT: u16 = 0x0037;
const BODY: u16 = 0x1000;
const BODY_HTML: u16 = 0x1013;
const RTF_COMPRESSED: u16 = 0x1009;
const MESSAGE_CODEPAGE: u16 = 0x3FFD;
const INTERNET_CPID: u16 = 0x3FDE;
const ATTACH_DATA: u16 = 0x3701;
const ATTACH_LONG_FILENAME: u16 = 0x3707;
const ATTACH_FILENAME: u16 = 0x3704;
const DISPLAY_NAME: u16 = 0x3001;
const ATTACH_MIME_TAG: u16 = 0x370E;
const ATTACH_CONTENT_ID: u16 = 0x3712;

/// Extract the subject and body of an Outlook message.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    contain(|| read(bytes))
        .map_err(|m| ExtractError::new(Status::Error, format!(".msg reader crashed: {m}")))?
}

/// The message's attachments, in their order; names made safe and unique
/// as for e-mail (`super::mail::safe_name`); pictures of the HTML body
/// (an image MIME type and a Content-ID) only counted. Attachments are stored in
/// the file, so together they hold at most its size: past twice that (a
/// damaged or hostile file whose entries share their data), an attachment
/// is `too_large` rather than read. Nothing for bytes that are not a
/// readable message.
pub fn attachments(bytes: &[u8]) -> Attachments {
    contain(|| attached(bytes)).unwrap_or_default()
}

fn open(bytes: &[u8]) -> Result<Ole<'_>, ExtractError> {
    let file = super::ole::open(bytes, "Outlook message")?;
    if !file.is_stream("/__properties_version1.0") {
        return Err(ExtractError::new(
            Status::Error,
            "not an Outlook message (no property stream)",
        ));
    }
    Ok(file)
}

/// The bytes of stream `name` under storage `dir` (`/` or `/…/`), at most
/// the file's size, if it exists.
fn stream(file: &mut Ole, dir: &str, name: &str, cap: usize) -> Option<Vec<u8>> {
    let path = format!("{dir}{name}");
    if !file.is_stream(&path) {
        return None;
    }
    super::ole::read(file, &path, cap).ok()
}

/// The code page of the message's 8-bit strings: `PR_MESSAGE_CODEPAGE`, else
/// `PR_INTERNET_CPID`, from the fixed-size property stream (a header of
/// `header` bytes, then 16-byte entries: tag, flags, value).
fn code_page(
    file: &mut Ole,
    dir: &str,
    header: usize,
    cap: usize,
) -> &'static encoding_rs::Encoding {
    let props = stream(file, dir, "__properties_version1.0", cap).unwrap_or_default();
    let find = |id: u16| {
        props.get(header..)?.chunks_exact(16).find_map(|e| {
            let tag = u32::from_le_bytes(e[0..4].try_into().ok()?);
            (tag == (u32::from(id) << 16 | 0x0003))
                .then(|| u32::from_le_bytes(e[8..12].try_into().unwrap_or_default()))
        })
    };
    let cp = find(MESSAGE_CODEPAGE).or_else(|| find(INTERNET_CPID));
    match cp {
        Some(65001) => encoding_rs::UTF_8,
        Some(cp) => encoding_rs::Encoding::for_label(format!("cp{cp}").as_bytes())
            .or_else(|| encoding_rs::Encoding::for_label(format!("windows-{cp}").as_bytes()))
            .unwrap_or(encoding_rs::WINDOWS_1252),
        None => encoding_rs::WINDOWS_1252,
    }
}

/// A text property: its Unicode stream, else its 8-bit one.
fn text(
    file: &mut Ole,
    dir: &str,
    id: u16,
    cp: &'static encoding_rs::Encoding,
    cap: usize,
) -> Option<String> {
    if let Some(b) = stream(file, dir, &format!("__substg1.0_{id:04X}001F"), cap) {
        let units = b.chunks_exact(2).map(|u| u16::from_le_bytes([u[0], u[1]]));
        let s: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        return Some(s.trim_end_matches('\0').to_string());
    }
    let b = stream(file, dir, &format!("__substg1.0_{id:04X}001E"), cap)?;
    let (s, _) = cp.decode_without_bom_handling(&b);
    Some(s.trim_end_matches('\0').to_string())
}

fn read(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    let mut file = open(bytes)?;
    let cap = bytes.len();
    let cp = code_page(&mut file, "/", 32, cap);
    let mut out = Extracted::default();
    if let Some(subject) = text(&mut file, "/", SUBJECT, cp, cap) {
        out.text.push_str("Subject: ");
        out.text.push_str(subject.trim());
        out.text.push_str("\n\n");
    }
    let mut body = text(&mut file, "/", BODY, cp, cap)
        .filter(|b| !b.trim().is_empty())
        .map(Ok);
    if body.is_none() {
        let html = format!("__substg1.0_{BODY_HTML:04X}0102");
        body = stream(&mut file, "/", &html, cap).map(|h| Ok(super::html::html_text(&h)));
    }
    if body.is_none() {
        let rtf = format!("__substg1.0_{RTF_COMPRESSED:04X}0102");
        body = stream(&mut file, "/", &rtf, cap).map(|packed| rtf_body(&packed));
    }
    match body {
        Some(Ok(b)) => out.text.push_str(&b.replace("\r\n", "\n")),
        Some(Err(why)) => out.warnings.push(format!(
            "the body, kept only as compressed RTF, was not read: {why}"
        )),
        None => {}
    }
    if !out.text.ends_with('\n') && !out.text.is_empty() {
        out.text.push('\n');
    }
    Ok(out)
}

/// The text of a compressed RTF body ([MS-OXRTFCP], through Microsoft's
/// compressed-rtf crate, then the RTF reader). The header is checked first:
/// the crate reserves the size it declares, and slices by it when the body
/// is stored uncompressed.
fn rtf_body(packed: &[u8]) -> Result<String, String> {
    let word = |at: usize| {
        packed
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes(b.try_into().unwrap_or_default()) as usize)
    };
    let (Some(size), Some(raw), true) = (word(0), word(4), packed.len() >= 16) else {
        return Err("too short".into());
    };
    if size + 4 != packed.len() || raw > packed.len().saturating_mul(64).max(1 << 16) {
        return Err("its header does not fit its size".into());
    }
    if word(8) == Some(0x414C_454D) && raw + 16 > packed.len() {
        return Err("its header does not fit its size".into());
    }
    let rtf = compressed_rtf::decompress_rtf(packed).map_err(|e| format!("{e:?}"))?;
    // The crate returns the RTF's bytes as characters U+0000-U+00FF.
    let bytes: Vec<u8> = rtf.chars().map(|c| c as u32 as u8).collect();
    super::rtf::extract(&bytes)
        .map(|e| e.text)
        .map_err(|e| e.message)
}

fn attached(bytes: &[u8]) -> Attachments {
    let Ok(mut file) = open(bytes) else {
        return Attachments::default();
    };
    let cap = bytes.len();
    let cp = code_page(&mut file, "/", 32, cap);
    let mut storages: Vec<String> = file
        .read_root_storage()
        .filter(|e| e.is_storage() && e.name().starts_with("__attach_version1.0_#"))
        .map(|e| e.name().to_string())
        .collect();
    storages.sort();
    let mut room = cap.saturating_mul(2);
    let mut out = Attachments::default();
    for (i, storage) in storages.iter().enumerate() {
        let dir = format!("/{storage}/");
        // A picture the HTML body shows (it has a Content-ID), as for .eml.
        let mime = text(&mut file, &dir, ATTACH_MIME_TAG, cp, cap).unwrap_or_default();
        if mime.trim().to_ascii_lowercase().starts_with("image/")
            && text(&mut file, &dir, ATTACH_CONTENT_ID, cp, cap)
                .is_some_and(|c| !c.trim().is_empty())
        {
            out.inline_images += 1;
            continue;
        }
        let name = [ATTACH_LONG_FILENAME, ATTACH_FILENAME, DISPLAY_NAME]
            .into_iter()
            .find_map(|id| text(&mut file, &dir, id, cp, cap).filter(|n| !n.trim().is_empty()));
        let data_stream = format!("__substg1.0_{ATTACH_DATA:04X}0102");
        let embedded = format!("{dir}__substg1.0_{ATTACH_DATA:04X}000D");
        let (name, data) = if file.is_stream(format!("{dir}{data_stream}")) {
            let data = stream(&mut file, &dir, &data_stream, cap.min(room))
                .ok_or_else(|| (Status::Error, "the attachment's data cannot be read".into()));
            (name, data)
        } else if file.is_stream(format!("{embedded}/__properties_version1.0")) {
            let subject = text(&mut file, &format!("{embedded}/"), SUBJECT, cp, cap);
            let name = name.or(subject).unwrap_or_else(|| "message".into());
            let name = if name.to_ascii_lowercase().ends_with(".msg") {
                name
            } else {
                format!("{name}.msg")
            };
            let copy = copy_message(&mut file, &embedded, room).ok_or_else(|| {
                (
                    Status::Error,
                    "the attached message cannot be copied out of this one".into(),
                )
            });
            (Some(name), copy)
        } else {
            // An OLE object, or nothing: not a document.
            continue;
        };
        let data = match data {
            Ok(d) if d.len() >= room => Err((
                Status::TooLarge,
                "the attachments hold more data than the message file (damaged file)".into(),
            )),
            other => other,
        };
        if let Ok(d) = &data {
            room -= d.len();
        }
        let name = super::mail::safe_name(name.as_deref(), i, &out.files);
        out.files.push((name, data));
    }
    out
}

/// The storage `from` (an attached message) copied into a new compound
/// file of its own. Its property stream gets the 32-byte header of a
/// top-level message (an embedded one's is 24), so that the copy reads as
/// a message of its own. `None` past `room` bytes of streams.
fn copy_message(file: &mut Ole, from: &str, room: usize) -> Option<Vec<u8>> {
    let mut left = room;
    let mut entries: Vec<(String, bool)> = file
        .walk_storage(from)
        .ok()?
        .map(|e| (e.path().to_string_lossy().into_owned(), e.is_stream()))
        .collect();
    entries.sort();
    let mut copy = cfb::CompoundFile::create(Cursor::new(Vec::new())).ok()?;
    for (path, is_stream) in entries {
        let Some(rel) = path.strip_prefix(from) else {
            continue;
        };
        if rel.is_empty() || rel.matches('/').count() > 16 {
            continue;
        }
        if is_stream {
            let mut data = super::ole::read(file, &path, left).ok()?;
            // (Its streams together hold no more than the file: see
            // [`attachments`].)
            left = left.checked_sub(data.len()).filter(|&l| l > 0)?;
            if rel == "/__properties_version1.0" {
                // A top-level message's header is 32 bytes, an embedded
                // one's 24.
                data.splice(24.min(data.len())..24.min(data.len()), [0u8; 8]);
            }
            copy.create_stream(rel).ok()?.write_all(&data).ok()?;
        } else {
            copy.create_storage(rel).ok()?;
        }
    }
    copy.flush().ok()?;
    Some(copy.into_inner().into_inner())
}
