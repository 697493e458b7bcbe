//! The properties the fuzz targets check, shared with
//! `tests/fuzz_regressions.rs` (included there with `#[path]`), so that a
//! crashing input is replayed by the normal tests through exactly the same
//! checks. Every function takes the raw fuzz input and panics on a
//! violation.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::sync::LazyLock;

use clausescan::analyze::collapse_ws;
use clausescan::archive::{ArchiveLimits, is_archive, members};
use clausescan::extract::encoding::{decode_text as decode, looks_binary};
use clausescan::extract::html::{html_str_text, html_text};
use clausescan::extract::office::{OfficeLimits, docx_text, odt_text, pptx_text, xlsx_text};
use clausescan::extract::{Format, Limits, extract_in_process};
use clausescan::normalize::{fold, normalize as norm};
use clausescan::{Engine, RuleSet, Status};

/// `decode_text`, `looks_binary` and the plain-text extractor: valid UTF-8
/// without a BOM or NUL comes back unchanged, a UTF-8 BOM is stripped, the
/// extractor refuses exactly what `looks_binary` flags.
pub fn decode_text(data: &[u8]) {
    let binary = looks_binary(data);
    let decoded = decode(data);
    if data.is_empty() {
        assert!(!binary);
        assert!(decoded.text.is_empty() && !decoded.lossy);
    }
    if let Ok(s) = std::str::from_utf8(data)
        && !s.starts_with('\u{feff}')
        && !data.contains(&0)
    {
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.text, s);
        assert!(!decoded.lossy);
    }
    if let Some(rest) = data.strip_prefix(b"\xEF\xBB\xBF") {
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.text, String::from_utf8_lossy(rest));
    }
    match extract_in_process(Format::Text, data, &Limits::default()) {
        Ok(e) => {
            assert!(!binary);
            assert_eq!(e.text, decoded.text);
            assert_eq!(e.lossy, decoded.lossy);
            assert_eq!(e.encoding.as_deref(), Some(decoded.encoding));
        }
        Err(_) => assert!(binary),
    }
}

/// `normalize`: one map entry per normalized byte, never decreasing, every
/// entry a char boundary inside the input; no leading or double space;
/// `original_range` gives char-boundary ranges of the input.
pub fn normalize(data: &[u8]) {
    let original = String::from_utf8_lossy(data);
    let original = original.as_ref();
    let n = norm(original);
    assert_eq!(
        n.map.len(),
        n.text.len(),
        "one map entry per normalized byte"
    );
    let map = n.map.to_vec();
    assert!(map.windows(2).all(|w| w[0] <= w[1]), "map is monotone");
    for &m in &map {
        let m = m as usize;
        assert!(m < original.len(), "map entry {m} inside the original");
        assert!(
            original.is_char_boundary(m),
            "map entry {m} is a char boundary"
        );
    }
    assert!(!n.text.starts_with(' '), "{:?}", n.text);
    assert!(!n.text.contains("  "), "{:?}", n.text);
    assert_eq!(fold(original), n.text);

    let len = n.text.len();
    let mut ranges = vec![(0, len)];
    if len > 0 {
        let a = data.first().map_or(0, |&b| b as usize) % len;
        let b = data.last().map_or(0, |&b| b as usize) % len;
        ranges.push((a.min(b), a.max(b) + 1));
        ranges.push((a, a + 1));
    }
    for (s, e) in ranges {
        if s >= e {
            continue;
        }
        let (os, oe) = n.original_range(original, s, e);
        assert!(os <= oe && oe <= original.len(), "{s}..{e} -> {os}..{oe}");
        assert!(original.is_char_boundary(os) && original.is_char_boundary(oe));
    }
}

fn html_layout(text: &str) {
    assert!(!text.starts_with('\n'), "{text:?}");
    assert!(
        text.is_empty() || (text.ends_with('\n') && !text.ends_with("\n\n")),
        "{text:?}"
    );
}

/// HTML from bytes and from text: no blank line at the start, exactly one
/// newline at the end (or nothing).
pub fn html(data: &[u8]) {
    html_layout(&html_text(data));
    if let Ok(s) = std::str::from_utf8(data) {
        html_layout(&html_str_text(s));
    }
}

const OFFICE_LIMITS: OfficeLimits = OfficeLimits {
    max_uncompressed: 1 << 20,
    max_ratio: 50,
};

const DOCX_MAIN: &[u8] = b"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>";
const ODT_CONTENT: &[u8] = b"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>Hello</text:p></office:text></office:body></office:document-content>";
const ODT_MIME: &[u8] = b"application/vnd.oasis.opendocument.text";

/// A stored (uncompressed) zip of `entries`.
pub fn stored_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, body) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(body).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn office_pair(docx: &[u8], odt: &[u8]) {
    for text in [
        docx_text(docx, &OFFICE_LIMITS),
        odt_text(odt, &OFFICE_LIMITS),
    ]
    .into_iter()
    .flatten()
    {
        // 1 MiB of parts; a `text:s` run is capped at 1024 spaces.
        assert!(text.len() <= 64 << 20, "{} bytes of text", text.len());
    }
}

/// DOCX and ODT with a 1 MiB limit. The first byte picks the mode: 0 the
/// rest is the package; 1 it is the main XML part (and a footnotes, header
/// and styles part; and an XLSX's shared strings and sheet, a PPTX slide)
/// of a stored zip built here, so the XML walk is reached
/// without valid CRCs having to be found; 2 it is the DOCX `_rels/.rels`
/// and the ODT manifest.
pub fn office(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => {
            office_pair(rest, rest);
            for text in [
                xlsx_text(rest, &OFFICE_LIMITS),
                pptx_text(rest, &OFFICE_LIMITS),
            ]
            .into_iter()
            .flatten()
            {
                assert!(text.len() <= 64 << 20, "{} bytes of text", text.len());
            }
        }
        1 => {
            office_pair(
                &stored_zip(&[
                    ("word/document.xml", rest),
                    ("word/footnotes.xml", rest),
                    ("word/header1.xml", rest),
                ]),
                &stored_zip(&[
                    ("mimetype", ODT_MIME),
                    ("content.xml", rest),
                    ("styles.xml", rest),
                ]),
            );
            // The same XML as a workbook's shared strings and sheet, and
            // as a slide: text or an error, never a panic.
            let book = stored_zip(&[
                ("xl/sharedStrings.xml", rest),
                ("xl/worksheets/sheet1.xml", rest),
            ]);
            let deck = stored_zip(&[("ppt/slides/slide1.xml", rest)]);
            for text in [
                xlsx_text(&book, &OFFICE_LIMITS),
                pptx_text(&deck, &OFFICE_LIMITS),
            ]
            .into_iter()
            .flatten()
            {
                assert!(text.len() <= 64 << 20, "{} bytes of text", text.len());
            }
        }
        _ => office_pair(
            &stored_zip(&[("_rels/.rels", rest), ("word/document.xml", DOCX_MAIN)]),
            &stored_zip(&[
                ("mimetype", ODT_MIME),
                ("META-INF/manifest.xml", rest),
                ("content.xml", ODT_CONTENT),
            ]),
        ),
    }
}

/// The in-process PDF extractor: a panic inside pdf-extract is contained
/// (an error, not a crash); the text is within the limit and the page
/// starts are increasing char boundaries, one per page.
pub fn pdf(data: &[u8]) {
    let limits = Limits { max_text: 1 << 20 };
    if let Ok(e) = extract_in_process(Format::Pdf, data, &limits) {
        assert!(e.text.len() <= limits.max_text);
        let pages = e.pages.unwrap_or(0) as usize;
        assert_eq!(e.page_starts.len(), pages);
        assert!(e.page_starts.windows(2).all(|w| w[0] < w[1]));
        for &s in &e.page_starts {
            assert!(e.text.is_char_boundary(s));
        }
    }
}

/// The RTF extractor on arbitrary bytes: a panic in the parser must be
/// contained (it becomes an error), and any error is an `error` record.
pub fn rtf(data: &[u8]) {
    match extract_in_process(Format::Rtf, data, &Limits { max_text: 1 << 20 }) {
        Ok(e) => assert!(e.text.len() <= 1 << 20),
        Err(e) => assert!(
            matches!(e.status, Status::Error | Status::TooLarge),
            "{e:?}"
        ),
    }
}

/// The Word 97-2003 and PowerPoint 97-2003 readers on arbitrary bytes. Run without
/// [`quiet_contained_panics`]: a panic, even one `contain` would stop, is a
/// bug to see (the reader checks every offset it reads).
pub fn doc(data: &[u8]) {
    // (The PowerPoint 97-2003 reader takes the same compound files.)
    for format in [Format::Doc, Format::Ppt] {
        match extract_in_process(format, data, &Limits { max_text: 1 << 20 }) {
            Ok(e) => assert!(e.text.len() <= 1 << 20),
            Err(e) => assert!(
                matches!(
                    e.status,
                    Status::Error | Status::TooLarge | Status::Encrypted | Status::Unsupported
                ),
                "{e:?}"
            ),
        }
    }
}

/// A mail reader on arbitrary bytes: each of `formats` gives text or an
/// `error`, and the attachments' names are safe path components (not
/// empty, `.` or `..`, no `/`), each once.
/// The Excel 97-2003 reader (calamine behind `contain`) on arbitrary
/// bytes: text, or an `error`/`encrypted` status.
pub fn xls(data: &[u8]) {
    if let Err(e) = extract_in_process(Format::Xls, data, &Limits { max_text: 1 << 20 }) {
        assert!(
            matches!(
                e.status,
                Status::Error | Status::Encrypted | Status::TooLarge
            ),
            "{e:?}"
        );
    }
}

/// A reader's attachment list.
type Attachments = fn(&[u8]) -> clausescan::extract::Attachments;

fn mail_reader(data: &[u8], formats: &[Format], attachments: Attachments) {
    for &format in formats {
        if let Err(e) = extract_in_process(format, data, &Limits { max_text: 1 << 20 }) {
            assert!(
                matches!(e.status, Status::Error | Status::TooLarge),
                "{e:?}"
            );
        }
    }
    let names: Vec<String> = attachments(data)
        .files
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    for (i, n) in names.iter().enumerate() {
        assert!(
            !n.is_empty() && n != "." && n != ".." && !n.contains('/'),
            "{n:?}"
        );
        assert!(!names[..i].contains(n), "{n:?} twice");
    }
}

/// The Outlook message reader (over the cfb crate), without the quiet hook
/// as for [`doc`]: see [`mail_reader`].
pub fn msg(data: &[u8]) {
    mail_reader(data, &[Format::Msg], clausescan::extract::msg::attachments);
}

/// The e-mail and web-archive readers (mail-parser behind `contain`): see
/// [`mail_reader`].
pub fn mail(data: &[u8]) {
    mail_reader(
        data,
        &[Format::Email, Format::Mhtml],
        clausescan::extract::mail::attachments,
    );
}

/// libFuzzer's panic hook aborts on every panic, even one that
/// `catch_unwind` would stop. Like the clausescan binary's own hook, stay
/// quiet and let a contained panic unwind; any other panic still goes to
/// libFuzzer's hook (report and abort). For targets whose extractor runs
/// behind `extract::pdf::contain`.
pub fn quiet_contained_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let fuzzer_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !clausescan::extract::pdf::containing_panic() {
                fuzzer_hook(info);
            }
        }));
    });
}

/// Zip members with a 1 MiB budget and 64 members: sorted and unique,
/// paths under the archive without `.`, `..` or empty components, the
/// budget only shrinks, and by at least what was read.
pub fn archive(data: &[u8]) {
    let _ = is_archive("bundle.zip", data);
    let limits = ArchiveLimits {
        max_depth: 3,
        max_total: 1 << 20,
        max_ratio: 50,
        max_members: 64,
    };
    let start = limits.max_total;
    let mut budget = start;
    let Ok(list) = members("in/bundle.zip", data, &limits, &mut budget) else {
        assert_eq!(budget, start);
        return;
    };
    assert!(budget <= start);
    assert!(list.len() <= limits.max_members);
    assert!(
        list.windows(2).all(|w| w[0].path < w[1].path),
        "members sorted and unique"
    );
    let mut read = 0u64;
    for m in &list {
        let rel = m
            .path
            .strip_prefix("in/bundle.zip/")
            .unwrap_or_else(|| panic!("{:?} not under the archive", m.path));
        assert_eq!(rel, m.name);
        assert!(
            !rel.is_empty()
                && rel
                    .split('/')
                    .all(|c| !c.is_empty() && c != "." && c != ".." && !c.contains('\\')),
            "{rel:?}"
        );
        if let Ok(bytes) = &m.bytes {
            assert_eq!(bytes.len() as u64, m.size);
            read += m.size;
        }
    }
    assert!(
        read <= start - budget,
        "read {read} but budget went {start} -> {budget}"
    );
}

/// The fixed gazetteer of the `rules` target.
pub const GAZETTEER: &str = r#"
[[jurisdiction]]
code = "US"
kind = "us_federal"
names = ["united states", "united states of america", "usa", "etats-unis"]

[[jurisdiction]]
code = "US-CA"
kind = "us_state"
names = ["california", "the state of california", "californie"]

[[jurisdiction]]
code = "FR"
kind = "country"
names = ["france", "french", "francais", "francaise"]

[[jurisdiction]]
code = "GB-ENG"
kind = "subdivision"
names = ["england", "england and wales"]

[[jurisdiction]]
code = "US-CA"
kind = "city"
names = ["san francisco", "santa clara county"]
"#;

/// A user rule pack (arbitrary TOML) with the fixed gazetteer: a rule set
/// or an error naming the file, never a panic; a pack that compiles also
/// goes through the matcher, its own examples (what `clausescan rules`
/// does) and `Engine::analyze` over its examples.
pub fn rules(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let files = [
        (
            PathBuf::from("rules/jurisdictions.toml"),
            GAZETTEER.to_string(),
        ),
        (PathBuf::from("rules/fuzz.toml"), text.to_string()),
    ];
    let rules = match RuleSet::from_texts(&files) {
        Ok(rules) => rules,
        Err(e) => {
            assert!(e.to_string().starts_with("rules/"), "{e}");
            return;
        }
    };
    let engine = Engine::new(rules);
    let _ = clausescan::examples::check(&engine);
    let document: String = engine
        .rules
        .rules
        .iter()
        .flat_map(|r| r.should_match.iter().chain(&r.should_not_match))
        .map(|s| format!("{s}\n\n"))
        .collect();
    check_findings(&engine, &document);
    // The windows (keywords, required literals) hold every match near a
    // keyword: the analysis of a user's regex is sound. (Not for a rule
    // with a loose regex: a loose regex that misses matches of its rule is
    // the pack's error, which `clausescan rules` reports.)
    let loose: Vec<String> = engine
        .rules
        .rules
        .iter()
        .filter(|r| r.loose.is_some())
        .map(|r| format!("{}: ", r.id))
        .collect();
    let d: Vec<String> = window_differences(&engine, &norm(&document).text, false)
        .into_iter()
        .filter(|d| !loose.iter().any(|id| d.starts_with(id.as_str())))
        .collect();
    assert!(d.is_empty(), "{}", d.join("\n"));
}

static BUNDLED: LazyLock<Engine> =
    LazyLock::new(|| Engine::new(RuleSet::bundled().expect("bundled rules compile")));

/// `Engine::analyze` with the bundled rules on arbitrary UTF-8.
pub fn analyze(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        check_findings(&BUNDLED, text);
        let d = window_differences(&BUNDLED, &norm(text).text, false);
        assert!(d.is_empty(), "{}", d.join("\n"));
    }
}

/// How the matcher's windowed search (`Matcher::find`) differs from every
/// regex run over the whole of `text` (normalized): it must find exactly
/// the matches that lie within reach of one of their rule's keywords
/// (`Matcher::reach`), or anywhere for a rule whose keywords occur but do
/// not cover its regex. With `doc_level`, also compare with the matches of
/// rules that have a keyword anywhere in the text (what the search found
/// before it used windows), which holds when every match contains one of
/// its rule's keywords, as rules are written.
pub fn window_differences(engine: &Engine, text: &str, doc_level: bool) -> Vec<String> {
    use clausescan::matcher::{REACH, RawMatch};
    let windowed = engine.matcher.find(&engine.rules, text);
    let whole = engine.matcher.find_exhaustive(&engine.rules, text);
    let hits = engine.matcher.keyword_hits(text);
    let required = engine.matcher.required_hits(text);
    let near = |m: &RawMatch| match engine.matcher.reach(&engine.rules, m.rule, text.len()) {
        // Keywords that do not cover the regex: anywhere in the text, or
        // within reach of a required literal when that is known.
        None => {
            !hits[m.rule].is_empty()
                && engine
                    .matcher
                    .whole_reach(m.rule)
                    .is_none_or(|(before, after)| {
                        required[m.rule]
                            .iter()
                            .any(|&(s, e)| m.start + before >= e && m.end <= s + after)
                    })
        }
        Some((before, after)) => {
            assert!(before <= REACH && after <= REACH);
            hits[m.rule]
                .iter()
                .any(|&(s, e)| m.start + before >= e && m.end <= s + after)
        }
    };
    let mut references: Vec<(&str, Vec<&RawMatch>)> = vec![(
        "within reach of a keyword",
        whole.iter().filter(|m| near(m)).collect(),
    )];
    if doc_level {
        references.push((
            "of a rule with a keyword anywhere",
            whole.iter().filter(|m| !hits[m.rule].is_empty()).collect(),
        ));
    }
    let mut out = Vec::new();
    for (reference, expected) in references {
        let missed = expected.iter().copied().filter(|m| !windowed.contains(m));
        let extra = windowed.iter().filter(|m| !expected.contains(m));
        for (m, what) in missed
            .map(|m| (m, "missed"))
            .chain(extra.map(|m| (m, "found only")))
        {
            let rule = &engine.rules.rules[m.rule];
            out.push(format!(
                "{}: {what} by the windowed search, against the matches {reference}: {:?} (keywords {:?})",
                rule.id,
                text.get(m.start..m.end).unwrap_or("?"),
                rule.keywords
            ));
        }
    }
    out
}

/// Analyze `text` (pages at form feeds, as PDF text is laid out): every
/// finding's `start..end` are char boundaries with `text[start..end] ==
/// finding.text`, the excerpt (the sentence around the match, white space
/// collapsed) contains the match, and `page`/`line` are those of `start`.
pub fn check_findings(engine: &Engine, text: &str) {
    let mut page_starts = vec![0];
    page_starts.extend(text.match_indices('\x0c').map(|(i, _)| i + 1));
    let paged = page_starts.len() > 1;
    let pages: &[usize] = if paged { &page_starts } else { &[] };
    let context = text.len() % 300;
    for f in engine.analyze(text, pages, context) {
        assert!(f.start <= f.end && f.end <= text.len(), "{f:?}");
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{f:?}"
        );
        assert_eq!(text[f.start..f.end], f.text, "{f:?}");
        assert!(!f.text.is_empty(), "{f:?}");
        assert!(f.excerpt.contains(&collapse_ws(&f.text)), "{f:?}");
        if paged {
            let page = page_starts.partition_point(|&s| s <= f.start);
            assert_eq!(f.page, Some(page as u32), "{f:?}");
            let line = text[page_starts[page - 1]..f.start].matches('\n').count() + 1;
            assert_eq!(f.line as usize, line, "{f:?}");
        } else {
            assert_eq!(f.page, None, "{f:?}");
            assert_eq!(
                f.line as usize,
                text[..f.start].matches('\n').count() + 1,
                "{f:?}"
            );
        }
    }
}
