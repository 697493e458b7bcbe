//! Visible text of HTML and XHTML pages (saved privacy policies, terms of
//! service, "Save as Web Page" contracts).
//!
//! Parsing is done by `html5ever` (through `scraper`), the HTML5 parser of
//! Servo, so broken markup is repaired exactly as a browser would and every
//! named and numeric character reference is decoded.
//!
//! Text layout, an approximation of a browser's `innerText`:
//! - `script`, `style`, `noscript`, `template`, elements with a `hidden`
//!   attribute and everything in `head` except `title` are dropped;
//! - block elements (p, div, li, h1-h6, section, article, blockquote, pre,
//!   dd/dt, table rows, ...) start and end lines; `br` is a line break;
//! - table cells are separated by a tab, rows end with a newline; blocks and
//!   line breaks inside a cell become spaces so that a row stays on one line;
//! - runs of whitespace collapse to one space as in a browser, except in
//!   `pre`, `textarea`, `listing`, `plaintext` and `xmp`;
//! - no blank line at the start, one newline at the end. A no-break space
//!   (`&nbsp;`) is kept as U+00A0, except in a run of spaces: there it is
//!   a space, so that columns aligned with `&nbsp; &nbsp;` (as word
//!   processors save a text laid out in columns) stay aligned for
//!   [`crate::extract::text::mark_tables`].
//!
//! Bytes are decoded as a browser would (BOM, then a charset declared in a
//! `<meta>` tag or an XML declaration, then detection) with one deliberate
//! difference: bytes that are valid UTF-8 and contain non-ASCII characters
//! are read as UTF-8 even when the page declares a legacy charset, a common
//! mislabelling that would otherwise garble every accented letter.
//!
//! Nothing here panics, whatever the input; deep nesting is walked without
//! recursion.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED};
use scraper::{Html, Node};

use super::encoding::{decode_text, decode_with};

/// How many leading bytes are searched for a charset declaration. (Browsers
/// search 1024; Word's "Web Page" export can put its `<meta>` later.)
const PRESCAN_LEN: usize = 4096;

/// The visible text of an HTML or XHTML page given as bytes.
pub fn html_text(bytes: &[u8]) -> String {
    html_str_text(&decode_html(bytes))
}

/// The visible text of an HTML or XHTML page already decoded to a string.
pub fn html_str_text(html: &str) -> String {
    let fixed;
    let html = if looks_like_xhtml(html) {
        fixed = expand_self_closing_raw_text(html);
        fixed.as_str()
    } else {
        html
    };
    let document = Html::parse_document(html);
    let mut text = TextBuilder::default();
    // Iterative depth-first walk: (node, closing?).
    let mut stack = vec![(document.tree.root(), false)];
    while let Some((node, closing)) = stack.pop() {
        match node.value() {
            Node::Text(t) => text.push_text(t),
            Node::Element(element) => {
                let name = element.name();
                if closing {
                    text.close(name);
                    continue;
                }
                let hidden = element.attr("hidden").is_some();
                // (Struck-out text, `<del>` and `<s>`: the wording a redline
                // deletes.)
                if hidden
                    || matches!(
                        name,
                        "script" | "style" | "noscript" | "template" | "del" | "s" | "strike"
                    )
                {
                    continue;
                }
                text.open(name);
                stack.push((node, true));
                stack.extend(node.children().rev().map(|child| (child, false)));
            }
            Node::Document | Node::Fragment => {
                stack.extend(node.children().rev().map(|child| (child, false)));
            }
            _ => {}
        }
    }
    text.finish()
}

/// Decodes the bytes of an HTML page (see the module documentation).
fn decode_html(bytes: &[u8]) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(bytes.get(bom_len..).unwrap_or_default(), encoding).text;
    }
    let non_ascii_utf8 = !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok();
    match declared_charset(bytes) {
        Some(declared) if declared != UTF_8 && !non_ascii_utf8 => decode_with(bytes, declared).text,
        Some(_) if std::str::from_utf8(bytes).is_ok() => decode_with(bytes, UTF_8).text,
        // No declaration, or UTF-8 declared for bytes that are not UTF-8.
        _ => decode_text(bytes).text,
    }
}

/// The charset declared by `<meta charset>`, `<meta http-equiv="Content-Type"
/// content="...; charset=...">` or an XML declaration, as a browser maps it
/// (UTF-16 declared in an ASCII-readable tag means UTF-8; x-user-defined
/// means windows-1252).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_LEN)];
    let label = xml_declaration_encoding(head).or_else(|| meta_charset(head))?;
    let encoding = Encoding::for_label(label.trim().as_bytes())?;
    Some(if encoding == UTF_16LE || encoding == UTF_16BE {
        UTF_8
    } else if encoding == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        encoding
    })
}

fn xml_declaration_encoding(head: &[u8]) -> Option<String> {
    let rest = head.strip_prefix(b"<?xml")?;
    let end = find(rest, b"?>")?;
    let attributes = parse_attributes(&rest[..end]);
    attributes
        .into_iter()
        .find(|(name, _)| name == "encoding")
        .map(|(_, value)| value)
}

fn meta_charset(head: &[u8]) -> Option<String> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at + b"<meta".len();
        from = start;
        if !lower
            .get(start)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            continue;
        }
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |p| start + p);
        let attributes = parse_attributes(&head[start..end]);
        let get = |wanted: &str| {
            attributes
                .iter()
                .find(|(name, _)| name == wanted)
                .map(|(_, value)| value.clone())
        };
        if let Some(charset) = get("charset") {
            return Some(charset);
        }
        let content_type =
            get("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-type"));
        if content_type && let Some(content) = get("content") {
            let content_lower = content.to_ascii_lowercase();
            if let Some(at) = content_lower.find("charset") {
                let value = content[at + "charset".len()..].trim_start();
                if let Some(value) = value.strip_prefix('=') {
                    let value = value.trim_start().trim_start_matches(['"', '\'']);
                    let end = value
                        .find([';', '"', '\'', ' ', '\t', '\n', '\r'])
                        .unwrap_or(value.len());
                    return Some(value[..end].to_owned());
                }
            }
        }
    }
    None
}

/// Attributes `name=value`, `name="value"`, `name='value'` and bare `name`
/// of a tag's inside; names lower-cased. Lenient: never fails.
fn parse_attributes(tag: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(tag);
    let chars: Vec<char> = text.chars().collect();
    let mut attributes = Vec::new();
    let mut i = 0;
    let skip_space = |i: &mut usize| {
        while *i < chars.len() && (chars[*i].is_whitespace() || chars[*i] == '/') {
            *i += 1;
        }
    };
    while i < chars.len() {
        skip_space(&mut i);
        let name_start = i;
        while i < chars.len() && !chars[i].is_whitespace() && !matches!(chars[i], '=' | '/') {
            i += 1;
        }
        let name: String = chars[name_start..i]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase();
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < chars.len() && chars[i] == '=' {
            i += 1;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            if i < chars.len() && matches!(chars[i], '"' | '\'') {
                let quote = chars[i];
                i += 1;
                let start = i;
                while i < chars.len() && chars[i] != quote {
                    i += 1;
                }
                value = chars[start..i].iter().collect();
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && !chars[i].is_whitespace() {
                    i += 1;
                }
                value = chars[start..i].iter().collect();
            }
        }
        if name.is_empty() {
            i += 1; // a stray '=': move on
        } else {
            attributes.push((name, value));
        }
    }
    attributes
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn looks_like_xhtml(html: &str) -> bool {
    let head = &html.as_bytes()[..html.len().min(PRESCAN_LEN)];
    html.trim_start().starts_with("<?xml") || find(head, b"http://www.w3.org/1999/xhtml").is_some()
}

/// XHTML may write `<script src="x"/>` or `<title/>`; an HTML parser ignores
/// the `/` on such raw-text elements and would swallow the rest of the page
/// as script or title text. Rewrite them as `<script src="x"></script>`.
fn expand_self_closing_raw_text(html: &str) -> String {
    const RAW_TEXT: [&str; 9] = [
        "script", "style", "title", "textarea", "iframe", "noscript", "xmp", "noembed", "noframes",
    ];
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| b == b'<') {
        let tag_start = i + offset;
        i = tag_start + 1;
        let Some(name) = RAW_TEXT.iter().find(|name| {
            bytes
                .get(tag_start + 1..tag_start + 1 + name.len())
                .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()))
                && bytes
                    .get(tag_start + 1 + name.len())
                    .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>')
        }) else {
            continue;
        };
        // Find the '>' closing this tag, outside quoted attribute values.
        let mut quote = None;
        let mut j = tag_start + 1 + name.len();
        let tag_end = loop {
            match (bytes.get(j), quote) {
                (None, _) => break None,
                (Some(&q), Some(open)) if q == open => quote = None,
                (Some(_), Some(_)) => {}
                (Some(&q @ (b'"' | b'\'')), None) => quote = Some(q),
                (Some(b'>'), None) => break Some(j),
                (Some(_), None) => {}
            }
            j += 1;
        };
        let Some(tag_end) = tag_end else { break };
        if bytes[tag_end - 1] == b'/' {
            out.push_str(&html[copied..tag_end - 1]);
            out.push_str("></");
            out.push_str(name);
            out.push('>');
            copied = tag_end + 1;
        }
        i = tag_end + 1;
    }
    out.push_str(&html[copied..]);
    out
}

/// Elements that start and end a line.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "listing"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "option"
            | "p"
            | "plaintext"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "textarea"
            | "tfoot"
            | "thead"
            | "title"
            | "tr"
            | "ul"
            | "xmp"
    )
}

/// Headings, set apart by blank lines.
fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Elements whose whitespace is preserved.
fn is_preformatted(name: &str) -> bool {
    matches!(name, "pre" | "textarea" | "listing" | "plaintext" | "xmp")
}

/// Builds the text with browser-like whitespace handling: separators are
/// kept pending and only written before the next visible character, so no
/// line starts or ends with a collapsed space.
#[derive(Default)]
struct TextBuilder {
    out: String,
    /// Newlines owed before the next character.
    newlines: usize,
    /// Tabs (cell separators) owed before the next character.
    tabs: usize,
    /// A collapsed space is owed before the next character.
    space: bool,
    /// Depth inside `head` / inside `title` / inside preformatted elements /
    /// inside table cells.
    head: usize,
    title: usize,
    pre: usize,
    cell: usize,
}

impl TextBuilder {
    fn line_break(&mut self, forced: bool) {
        if self.cell > 0 {
            self.space = true;
        } else if forced {
            self.newlines += 1;
        } else {
            self.newlines = self.newlines.max(1);
        }
    }

    fn open(&mut self, name: &str) {
        match name {
            "head" => self.head += 1,
            "title" => self.title += 1,
            "br" => self.line_break(true),
            "tr" => {
                self.tabs = 0;
                self.line_break(false);
            }
            "td" | "th" => self.cell += 1,
            // A superscript is mostly a footnote mark ("New York<sup>1</sup>"):
            // set apart, so the word before it stays whole.
            "sup" => self.space = true,
            _ => {}
        }
        if is_preformatted(name) {
            self.pre += 1;
        }
        if is_block(name) {
            self.line_break(false);
        }
        if is_heading(name) {
            self.paragraph_break();
        }
    }

    /// A blank line before the next character (outside table cells): a
    /// heading stands apart from the paragraphs around it, as in the
    /// Markdown a page is often written from, which tells it from a line
    /// of text (see `analyze::heading_end`).
    fn paragraph_break(&mut self) {
        if self.cell == 0 && self.pre == 0 {
            self.newlines = self.newlines.max(2);
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "head" => self.head = self.head.saturating_sub(1),
            "title" => {
                self.title = self.title.saturating_sub(1);
                // The title stands apart from the page's first sentence
                // (LibreOffice's "- no title specified" before "¹ Les
                // copies ... sont répliquées ... à Hillsboro (Oregon)" made
                // one sentence with a "no" in it).
                self.newlines = self.newlines.max(2);
            }
            "td" | "th" => {
                self.cell = self.cell.saturating_sub(1);
                if self.cell == 0 {
                    self.tabs += 1;
                    self.space = false;
                } else {
                    // A cell of a table nested in a cell.
                    self.space = true;
                }
            }
            "tr" => {
                self.tabs = 0;
                self.line_break(false);
            }
            _ => {}
        }
        if is_preformatted(name) {
            self.pre = self.pre.saturating_sub(1);
        }
        if is_block(name) {
            self.line_break(false);
        }
        if is_heading(name) {
            self.paragraph_break();
        }
    }

    /// Writes the pending separators before a visible character.
    fn flush(&mut self) {
        if !self.out.is_empty() {
            if self.newlines > 0 {
                self.out.extend(std::iter::repeat_n('\n', self.newlines));
            } else if self.tabs == 0 && self.space {
                self.out.push(' ');
            }
        }
        self.out.extend(std::iter::repeat_n('\t', self.tabs));
        self.newlines = 0;
        self.tabs = 0;
        self.space = false;
    }

    fn push_text(&mut self, text: &str) {
        if self.head > 0 && self.title == 0 {
            return;
        }
        if self.pre > 0 {
            for c in text.chars() {
                if c == '\n' && self.cell == 0 {
                    // Owed like a `br`, so that a page never starts with a blank line.
                    self.newlines += 1;
                } else {
                    self.flush();
                    self.out.push(if c == '\n' || c == '\r' { ' ' } else { c });
                }
            }
            return;
        }
        for c in text.chars() {
            // The ASCII whitespace of HTML; U+00A0 is not collapsed.
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C') {
                self.space = true;
            } else {
                self.flush();
                self.out.push(c);
            }
        }
    }

    fn finish(self) -> String {
        let mut text = self.out;
        if text.contains('\u{a0}') {
            text = spaces_in_runs(&text);
        }
        text.truncate(text.trim_end().len());
        if !text.is_empty() {
            text.push('\n');
        }
        text
    }
}

/// `text` with each U+00A0 that follows or precedes a space or another
/// U+00A0 made a space, and lines of nothing but spaces and U+00A0 (an
/// empty paragraph saved as `<p>&nbsp;</p>`) made empty, so that they
/// part paragraphs as a blank line does.
fn spaces_in_runs(text: &str) -> String {
    let is_space = |c: Option<char>| matches!(c, Some(' ' | '\u{a0}'));
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        if body.chars().all(|c| c == ' ' || c == '\u{a0}') {
            out.push_str(&line[body.len()..]);
            continue;
        }
        let mut prev = None;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\u{a0}' && (is_space(prev) || is_space(chars.peek().copied())) {
                out.push(' ');
            } else {
                out.push(c);
            }
            prev = Some(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// Struck-out text (`<del>`, `<s>`, `<strike>`) is a redline's deleted
    /// wording: left out; `<ins>` stays.
    #[test]
    fn struck_out_text_is_left_out() {
        let text = html_str_text(
            "<p>Governed by the laws of <del>the State of Delaware</del><ins>France</ins>.</p><p><s>Servers in Oregon.</s> <strike>Gone.</strike>Kept.</p>",
        );
        assert_eq!(text.trim_end(), "Governed by the laws of France.\nKept.");
    }

    use super::*;
    use encoding_rs::{ISO_8859_15, WINDOWS_1252};
    use proptest::prelude::*;

    fn encode(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable);
        bytes.into_owned()
    }

    const PAGE: &str = r##"<!DOCTYPE html><html><head><title>Privacy Policy – Acme</title><meta charset="utf-8">
<style>body { color: red } p::before { content: "CSS text" }</style>
<script>var x = "<p>not text</p>"; if (a < b && c > d) {}</script></head>
<body>
<noscript>Enable JavaScript</noscript>
<template><p>Template text</p></template>
<h1>Privacy   Policy</h1>
<p>We transfer data to the <b>United States</b>&nbsp;under the <a href="#">EU&ndash;US Data Privacy Framework</a> &amp; SCCs.</p>
<div><div><p>Nested <span>inline</span>
   text</p>Tail of div</div></div>
<ul><li>Item one</li><li>Item <em>two</em></li></ul>
<table><tr><th>Processor</th><th>Country</th></tr><tr><td>AWS</td><td>USA</td></tr><tr><td></td><td><p>Only</p><p>second</p></td></tr></table>
<p>Line<br>break<br><br>double</p>
<pre>  keep
    indent</pre>
<p hidden>Hidden text</p>
<!-- a comment -->
<dl><dt>Term</dt><dd>Definition</dd></dl>
<blockquote>Quoted</blockquote>
<section><article><h2>Art. 5</h2>Governed by the laws of the State of California.</article></section>
</body></html>"##;

    const PAGE_TEXT: &str = "Privacy Policy – Acme\n\n\
        Privacy Policy\n\n\
        We transfer data to the United States\u{a0}under the EU–US Data Privacy Framework & SCCs.\n\
        Nested inline text\n\
        Tail of div\n\
        Item one\n\
        Item two\n\
        Processor\tCountry\n\
        AWS\tUSA\n\
        \tOnly second\n\
        Line\n\
        break\n\
        \n\
        double\n  keep\n    indent\n\
        Term\n\
        Definition\n\
        Quoted\n\n\
        Art. 5\n\n\
        Governed by the laws of the State of California.\n";

    #[test]
    fn visible_text_of_a_page() {
        assert_eq!(html_text(PAGE.as_bytes()), PAGE_TEXT);
        let text = html_str_text(PAGE);
        for hidden in [
            "not text",
            "color",
            "CSS text",
            "Enable JavaScript",
            "Template",
            "Hidden",
            "comment",
        ] {
            assert!(!text.contains(hidden), "{hidden:?} leaked");
        }
    }

    #[test]
    fn the_title_is_a_paragraph_of_its_own() {
        // LibreOffice's placeholder title must not run into the first
        // sentence (its "no" read as a negation of it).
        assert_eq!(
            html_str_text(
                "<html><head><title>- no title specified</title></head><body><p>\u{b9} Les copies sont répliquées</p><p>à Hillsboro (Oregon).</p></body></html>"
            ),
            "- no title specified\n\n\u{b9} Les copies sont répliquées\nà Hillsboro (Oregon).\n"
        );
    }

    #[test]
    fn a_superscript_is_set_apart_from_the_word_before_it() {
        assert_eq!(
            html_str_text("<p>the laws of the State of New York<sup>1</sup>.</p>"),
            "the laws of the State of New York 1.\n"
        );
    }

    #[test]
    fn no_break_spaces_in_a_run_of_spaces_are_spaces_and_blank_paragraphs_blank() {
        // As LibreOffice saves a text laid out in columns.
        let t = html_str_text(
            "<p>Entity&nbsp; &nbsp; &nbsp;Role</p><p>------ &nbsp; ----</p><p>Acme, Inc.&nbsp; Austin, Texas</p><p>&nbsp;</p><p>Article 3&nbsp;: prix</p>",
        );
        assert_eq!(
            t,
            "Entity     Role\n------   ----\nAcme, Inc.  Austin, Texas\n\nArticle 3\u{a0}: prix\n"
        );
    }

    #[test]
    fn entities_are_decoded() {
        let html = "<p>&eacute;t&eacute; &#x201C;quoted&#8221; &lt;tag&gt; &copy; &euro; &amp;amp; &bogus; &AElig;</p>";
        assert_eq!(
            html_str_text(html),
            "été “quoted” <tag> © € &amp; &bogus; Æ\n"
        );
        // As in browsers, a few legacy entities work without `;`, even glued to a word.
        assert_eq!(html_str_text("&copy 2024 &notit;"), "© 2024 ¬it;\n");
    }

    #[test]
    fn nested_tables_and_empty_rows() {
        let html = "<table><tr><td>a<table><tr><td>x</td><td>y</td></tr></table></td><td>b</td></tr><tr></tr><tr><td>c</td></tr></table>";
        assert_eq!(html_str_text(html), "a x y\tb\nc\n");
    }

    #[test]
    fn fragment_and_plain_text() {
        assert_eq!(
            html_str_text("Just text,   no tags"),
            "Just text, no tags\n"
        );
        assert_eq!(html_str_text(""), "");
        assert_eq!(html_str_text("<div>  </div><p>\n</p>"), "");
    }

    #[test]
    fn meta_http_equiv_windows_1252() {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\
            </head><body><p>Transfert vers les États-Unis d’Amérique – clause 7</p></body></html>";
        assert_eq!(
            html_text(&encode(WINDOWS_1252, html)),
            "Transfert vers les États-Unis d’Amérique – clause 7\n"
        );
    }

    #[test]
    fn meta_charset_iso_8859_15() {
        let html = "<meta charset='iso-8859-15'><p>Gerichtsstand München - Preis 10 €</p>";
        // € is 0xA4 in ISO-8859-15 (¤ in windows-1252): only the declaration gets it right.
        assert_eq!(
            html_text(&encode(ISO_8859_15, html)),
            "Gerichtsstand München - Preis 10 €\n"
        );
    }

    #[test]
    fn undeclared_legacy_is_detected() {
        let html = "<p>Le présent contrat est régi par le droit français ; compétence exclusive des tribunaux de Paris.</p>";
        assert_eq!(
            html_text(&encode(WINDOWS_1252, html)),
            "Le présent contrat est régi par le droit français ; compétence exclusive des tribunaux de Paris.\n"
        );
    }

    #[test]
    fn utf8_wins_over_a_wrong_legacy_declaration() {
        let html = "<meta charset=\"iso-8859-1\"><p>Gerichtsstand München</p>";
        assert_eq!(html_text(html.as_bytes()), "Gerichtsstand München\n");
    }

    #[test]
    fn wrong_utf8_declaration_falls_back_to_detection() {
        let html = "<meta charset=\"utf-8\"><p>Jurisdicción de los tribunales de Madrid; transferencias a Estados Unidos según la cláusula.</p>";
        assert_eq!(
            html_text(&encode(WINDOWS_1252, html)),
            "Jurisdicción de los tribunales de Madrid; transferencias a Estados Unidos según la cláusula.\n"
        );
    }

    #[test]
    fn boms() {
        let mut utf8 = b"\xEF\xBB\xBF".to_vec();
        utf8.extend_from_slice("<p>Caf\u{e9}</p>".as_bytes());
        assert_eq!(html_text(&utf8), "Café\n");
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(
            "<html><body><p>Foro di Milano, Stati Uniti</p></body></html>"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        assert_eq!(html_text(&utf16), "Foro di Milano, Stati Uniti\n");
        let mut utf16be = vec![0xFE, 0xFF];
        utf16be.extend(
            "<p>Rechtbank Amsterdam</p>"
                .encode_utf16()
                .flat_map(u16::to_be_bytes),
        );
        assert_eq!(html_text(&utf16be), "Rechtbank Amsterdam\n");
    }

    #[test]
    fn xhtml_with_xml_declaration_and_self_closing_script() {
        let xhtml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n\
            <!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n\
            <html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"fr\"><head><title>Conditions g&eacute;n&eacute;rales</title>\
            <script type=\"text/javascript\" src=\"a.js\"/><style type=\"text/css\"/></head>\
            <body><p>Droit applicable&#160;: droit français.<br/>Tribunal de commerce de Paris.</p><div/><p>Fin</p></body></html>";
        assert_eq!(
            html_text(&encode(WINDOWS_1252, xhtml)),
            "Conditions générales\n\nDroit applicable\u{a0}: droit français.\nTribunal de commerce de Paris.\nFin\n"
        );
    }

    #[test]
    fn self_closing_rewrite_respects_quotes() {
        let xhtml = r#"<html xmlns="http://www.w3.org/1999/xhtml"><body><script data-x="a/>b" src="s.js"/><p>Visible</p></body></html>"#;
        assert_eq!(html_str_text(xhtml), "Visible\n");
        assert_eq!(
            expand_self_closing_raw_text(r#"<title/><SCRIPT a='x>y'/><scripts/>"#),
            r#"<title></title><SCRIPT a='x>y'></script><scripts/>"#
        );
    }

    #[test]
    fn charset_prescan() {
        assert_eq!(declared_charset(b"<meta charset=utf-8>"), Some(UTF_8));
        assert_eq!(
            declared_charset(b"<META CHARSET = \"Windows-1252\" />"),
            Some(WINDOWS_1252)
        );
        assert_eq!(
            declared_charset(
                b"<meta content='text/html;charset=ISO-8859-1' http-equiv='Content-Type'>"
            ),
            Some(WINDOWS_1252)
        );
        assert_eq!(declared_charset(b"<meta charset=\"utf-16\">"), Some(UTF_8));
        assert_eq!(
            declared_charset(b"<meta name=\"description\" content=\"charset=koi8-r\">"),
            None
        );
        assert_eq!(declared_charset(b"<metadata charset=koi8-r>"), None);
        assert_eq!(declared_charset(b"<meta charset=bogus>"), None);
        assert_eq!(
            declared_charset(b"<?xml version='1.0' encoding='iso-8859-15'?>"),
            Some(ISO_8859_15)
        );
    }

    #[test]
    fn preformatted_newlines() {
        assert_eq!(html_str_text("<pre><br></br>\n&amp;</pre>"), "&\n");
        assert_eq!(
            html_str_text("<pre>a\n\n  b\n</pre><p>c</p>"),
            "a\n\n  b\nc\n"
        );
        assert_eq!(
            html_str_text("<table><tr><td><pre>x\ny</pre></td><td>z</td></tr></table>"),
            "x y\tz\n"
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 5_000;
        let html = format!(
            "{}deep{}",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        assert_eq!(html_str_text(&html), "deep\n");
    }

    proptest! {
        #[test]
        fn never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = html_text(&bytes);
        }

        #[test]
        fn never_panics_on_markup(html in "(<(/?)(p|td|tr|table|pre|br|script|title|meta charset=x|head|b)( hidden)?(/?)>|&[a-z#0-9]{0,6};?|[a-zé €\n\t]{0,5}){0,40}") {
            let text = html_str_text(&html);
            prop_assert!(!text.starts_with('\n'));
            prop_assert!(text.is_empty() || text.ends_with('\n'));
            let xhtml = format!("<?xml version=\"1.0\"?>{html}");
            let _ = html_str_text(&xhtml);
        }
    }
}
