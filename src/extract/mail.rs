//! E-mail (`.eml`, RFC 5322 with MIME) and web archives (`.mht`, `.mhtml`,
//! a page saved "as a single file" by a browser: MIME `multipart/related`),
//! parsed with the mail-parser crate, which decodes quoted-printable,
//! base64, encoded-word headers and the parts' charsets.
//!
//! An e-mail's text is its subject line and its body: the `text/plain`
//! parts, or where a body has only HTML, that HTML's visible text. Its
//! attachments are documents of their own, listed by [`attachments`] and
//! reported as `mail.eml/contract.pdf` (as archive members are). A web
//! archive's text is the visible text of its HTML page(s); its other parts
//! (images, style sheets) are not documents.
//!
//! A panic in the parser is contained: the message is then an `error`
//! record (and has no attachments).

use mail_parser::{MessageParser, MimeHeaders, PartType};

use super::html::html_str_text;
use super::pdf::contain;
use super::{Attachment, Attachments, ExtractError, Extracted};
use crate::record::Status;

fn parse(bytes: &[u8]) -> Result<mail_parser::Message<'_>, ExtractError> {
    MessageParser::default()
        .parse(bytes)
        .filter(|m| !m.headers().is_empty() || m.parts.len() > 1)
        .ok_or_else(|| {
            ExtractError::new(
                Status::Error,
                "not a MIME message: no headers could be read",
            )
        })
}

fn crashed(m: String) -> ExtractError {
    ExtractError::new(Status::Error, format!("MIME parser crashed: {m}"))
}

/// The text of an e-mail: `Subject: …`, then its body parts.
pub fn extract_email(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    contain(|| email_text(bytes)).map_err(crashed)?
}

/// The text of a web archive: the visible text of its HTML parts.
pub fn extract_mhtml(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    contain(|| mhtml_text(bytes)).map_err(crashed)?
}

/// An e-mail's attachments, `(file name, bytes)`, in the message's order.
/// Names are made safe for a record path (no `/`, never empty or `.`/`..`)
/// and unique (`contract (2).pdf`); an attached message is `<subject>.eml`.
/// Pictures of the body (inline, or referred to by Content-ID) are only
/// counted. Nothing for bytes that do not parse.
pub fn attachments(bytes: &[u8]) -> Attachments {
    contain(|| attached(bytes)).unwrap_or_default()
}

fn email_text(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    let message = parse(bytes)?;
    let mut text = String::new();
    if let Some(subject) = message.subject() {
        text.push_str("Subject: ");
        text.push_str(subject.trim());
        text.push_str("\n\n");
    }
    // mail-parser lists the body as text parts (HTML-only alternatives
    // appear in both lists): prefer text/plain, else the HTML's text.
    let bodies: Vec<&mail_parser::MessagePart> = message.text_bodies().collect();
    for part in bodies {
        match &part.body {
            PartType::Text(t) => text.push_str(t),
            PartType::Html(h) => text.push_str(&html_str_text(h)),
            _ => continue,
        }
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    Ok(Extracted {
        text,
        ..Extracted::default()
    })
}

fn mhtml_text(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    let message = parse(bytes)?;
    let mut text = String::new();
    for part in &message.parts {
        match &part.body {
            PartType::Html(h) => text.push_str(&html_str_text(h)),
            // A page saved as plain text (rare, but MHTML allows it).
            PartType::Text(t) if text.is_empty() && message.parts.len() <= 2 => text.push_str(t),
            _ => {}
        }
    }
    if text.trim().is_empty() {
        return Err(ExtractError::new(
            Status::Error,
            "web archive without an HTML or text page",
        ));
    }
    Ok(Extracted {
        text,
        ..Extracted::default()
    })
}

fn attached(bytes: &[u8]) -> Attachments {
    let Ok(message) = parse(bytes) else {
        return Attachments::default();
    };
    let mut out = Attachments::default();
    for (i, part) in message.attachments().enumerate() {
        // A picture the body shows (inline, or referred to by its
        // Content-ID), unless it is sent as an attachment.
        let is_image = part
            .content_type()
            .is_some_and(|t| t.ctype().eq_ignore_ascii_case("image"));
        let disposition = part
            .content_disposition()
            .map(|d| d.ctype().to_ascii_lowercase());
        let inline = disposition.as_deref() == Some("inline")
            || (part.content_id().is_some() && disposition.as_deref() != Some("attachment"));
        if is_image && inline {
            out.inline_images += 1;
            continue;
        }
        let name = match (&part.body, part.attachment_name()) {
            (_, Some(n)) if !n.trim().is_empty() => Some(n.to_string()),
            (PartType::Message(m), _) => Some(format!("{}.eml", m.subject().unwrap_or("message"))),
            _ => None,
        };
        let name = safe_name(name.as_deref(), i, &out.files);
        out.files.push((name, Ok(part.contents().to_vec())));
    }
    out
}

/// An attachment's name as a record path component: `raw` with `/`, `\\`
/// and control characters replaced, trimmed; `attachment-<index + 1>` when
/// that leaves nothing, `.` or `..`; and ` (2)`, ` (3)`… before the
/// extension when `taken` already has it.
pub(crate) fn safe_name(raw: Option<&str>, index: usize, taken: &[Attachment]) -> String {
    let mut name: String = raw
        .unwrap_or_default()
        .chars()
        .map(|c| match c {
            '/' | '\\' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect::<String>()
        .trim()
        .to_string();
    if name.is_empty() || name == "." || name == ".." {
        name = format!("attachment-{}", index + 1);
    }
    let free = |n: &str| !taken.iter().any(|(o, _)| o == n);
    if free(&name) {
        return name;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s.to_string(), format!(".{e}")),
        _ => (name.clone(), String::new()),
    };
    (2..)
        .map(|k| format!("{stem} ({k}){ext}"))
        .find(|n| free(n))
        .expect("some suffix is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIL: &str = "From: Legal <legal@vendor.example>\r\n\
To: achats@client.example\r\n\
Subject: =?utf-8?q?Conditions_g=C3=A9n=C3=A9rales?=\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b1\"\r\n\
\r\n\
--b1\r\n\
Content-Type: multipart/alternative; boundary=\"b2\"\r\n\
\r\n\
--b2\r\n\
Content-Type: text/plain; charset=iso-8859-1\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
Le contrat est r=E9gi par le droit de l'=C9tat de New York.\r\n\
--b2\r\n\
Content-Type: text/html; charset=utf-8\r\n\
\r\n\
<p>Le contrat est r&eacute;gi par le droit de l'&Eacute;tat de New York.</p>\r\n\
--b2--\r\n\
--b1\r\n\
Content-Type: text/plain; name=\"dpa.txt\"\r\n\
Content-Disposition: attachment; filename=\"dpa.txt\"\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
RGF0YSBpcyBzdG9yZWQgaW4gdGhlIFVuaXRlZCBTdGF0ZXMu\r\n\
--b1\r\n\
Content-Type: application/octet-stream\r\n\
Content-Disposition: attachment; filename=\"../dpa.txt\"\r\n\
\r\n\
second\r\n\
--b1--\r\n";

    #[test]
    fn an_email_gives_its_subject_and_plain_body_once() {
        let text = extract_email(MAIL.as_bytes()).unwrap().text;
        assert_eq!(
            text,
            "Subject: Conditions générales\n\nLe contrat est régi par le droit de l'État de New York.\n"
        );
    }

    #[test]
    fn attachments_are_decoded_and_named_safely() {
        let got = attachments(MAIL.as_bytes()).files;
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["dpa.txt", ".._dpa.txt"]);
        assert_eq!(
            got[0].1.as_deref(),
            Ok(&b"Data is stored in the United States."[..])
        );
    }

    #[test]
    fn an_html_only_email_gives_the_visible_text() {
        let mail = "Subject: x\r\nContent-Type: text/html\r\n\r\n<html><head><style>p{}</style></head><body><p>Governed by the laws of Delaware.</p><script>var a;</script></body></html>\r\n";
        let text = extract_email(mail.as_bytes()).unwrap().text;
        assert!(
            text.contains("Governed by the laws of Delaware."),
            "{text:?}"
        );
        assert!(!text.contains("var a") && !text.contains("p{}"), "{text:?}");
    }

    #[test]
    fn a_web_archive_gives_its_page_text() {
        let mht = "From: <Saved by Blink>\r\n\
Snapshot-Content-Location: https://vendor.example/privacy\r\n\
Subject: Privacy policy\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/related; type=\"text/html\"; boundary=\"----MultipartBoundary--x\"\r\n\
\r\n\
------MultipartBoundary--x\r\n\
Content-Type: text/html\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
Content-Location: https://vendor.example/privacy\r\n\
\r\n\
<html><body><h1>Privacy</h1><p>We rely on the EU-U.S. Data Privacy Fra=\r\n\
mework.</p></body></html>\r\n\
------MultipartBoundary--x\r\n\
Content-Type: text/css\r\n\
Content-Location: https://vendor.example/a.css\r\n\
\r\n\
body { color: red }\r\n\
------MultipartBoundary--x--\r\n";
        let text = extract_mhtml(mht.as_bytes()).unwrap().text;
        assert!(
            text.contains("We rely on the EU-U.S. Data Privacy Framework."),
            "{text:?}"
        );
        assert!(!text.contains("color"), "{text:?}");
        assert!(attachments(b"\x00\x01garbage").files.is_empty());
    }
}
