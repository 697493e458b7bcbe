//! DOCX and ODT extraction with small limits. The first byte chooses how
//! the rest is used:
//! - 0: the bytes are the package itself (ZIP parsing, limits, OLE sniffing);
//! - 1: the bytes are the main XML part of a DOCX (`word/document.xml`,
//!   also used as a footnotes and a header part) and of an ODT
//!   (`content.xml`, also `styles.xml`), wrapped in a stored ZIP here, so
//!   the XML walk is reached without valid CRCs having to be found;
//! - 2: the bytes are the DOCX `_rels/.rels` part (main part lookup) and the
//!   ODT `META-INF/manifest.xml`.
//!
//! Nothing may panic and the text must stay within the limit.
#![no_main]

use std::io::Write;

use clausescan::extract::office::{OfficeLimits, docx_text, odt_text};
use libfuzzer_sys::fuzz_target;

const LIMITS: OfficeLimits = OfficeLimits {
    max_uncompressed: 1 << 20,
    max_ratio: 50,
};

const DOC: &[u8] = b"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>";
const CONTENT: &[u8] = b"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>Hello</text:p></office:text></office:body></office:document-content>";

fn package(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    for (name, body) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(body).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn run(docx: &[u8], odt: &[u8]) {
    for text in [docx_text(docx, &LIMITS), odt_text(odt, &LIMITS)]
        .into_iter()
        .flatten()
    {
        // A few MiB at most: 1 MiB of parts, a space run capped at 1024.
        assert!(text.len() <= 64 << 20, "{} bytes of text", text.len());
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => run(rest, rest),
        1 => run(
            &package(&[
                ("word/document.xml", rest),
                ("word/footnotes.xml", rest),
                ("word/header1.xml", rest),
            ]),
            &package(&[
                ("mimetype", b"application/vnd.oasis.opendocument.text"),
                ("content.xml", rest),
                ("styles.xml", rest),
            ]),
        ),
        _ => run(
            &package(&[("_rels/.rels", rest), ("word/document.xml", DOC)]),
            &package(&[
                ("mimetype", b"application/vnd.oasis.opendocument.text"),
                ("META-INF/manifest.xml", rest),
                ("content.xml", CONTENT),
            ]),
        ),
    }
});
