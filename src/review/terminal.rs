//! The readable view (`--format text`, the default on a terminal): per
//! document its path and risk, the reasons, then each finding with page,
//! line and the excerpt with the matched words highlighted; a summary
//! table at the end.
//!
//! Everything that comes from a document (paths, excerpts, messages) is
//! cleaned of control characters and bidirectional overrides first, so a
//! document cannot move the cursor, recolour or rewrite the terminal.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

use indicatif::HumanBytes;
use unicode_width::UnicodeWidthStr;

use super::{attributes_text, highlight};
use crate::assess::Risk;
use crate::record::{DocumentRecord, Status, Summary};
use crate::report::Sink;
use crate::rules::Category;

/// How the view is laid out.
#[derive(Debug, Clone, Copy)]
pub struct TextOptions {
    /// ANSI colours and bold.
    pub color: bool,
    /// Wrap excerpts to this many columns.
    pub width: usize,
    /// Flush after each document (for a terminal shared with a progress
    /// bar: the output must be written while the bar is hidden).
    pub flush_each: bool,
}

impl TextOptions {
    /// Options for stdout: colour per `choice`, the terminal's width.
    pub fn for_stdout(choice: super::ColorChoice) -> TextOptions {
        use std::io::IsTerminal;
        let tty = io::stdout().is_terminal();
        let width = if tty {
            console::Term::stdout()
                .size_checked()
                .map_or(100, |(_, w)| w as usize)
        } else {
            100
        };
        TextOptions {
            color: choice.enabled(tty),
            width: width.clamp(40, 120),
            flush_each: tty,
        }
    }
}

/// Writes the readable view.
pub struct TextSink<W: Write> {
    out: W,
    opts: TextOptions,
}

impl<W: Write> TextSink<W> {
    pub fn new(out: W, opts: TextOptions) -> TextSink<W> {
        TextSink { out, opts }
    }

    fn paint(&self, codes: &str, s: &str) -> String {
        if self.opts.color && !codes.is_empty() && !s.is_empty() {
            format!("\x1b[{codes}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// ANSI codes of a risk level.
fn risk_codes(r: Risk) -> &'static str {
    match r {
        Risk::High => "1;31",
        Risk::Medium => "1;33",
        Risk::Low => "1;36",
        Risk::None => "32",
    }
}

const HIT: &str = "1;4;33";
const DIM: &str = "2";
const BOLD: &str = "1";
const UNREAD: &str = "1;35";

/// Replace what a terminal would interpret (C0/C1 controls, escape,
/// bidirectional embeddings, overrides and isolates) by U+FFFD.
pub fn clean(s: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        c.is_control()
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
    };
    if s.chars().any(bad) {
        Cow::Owned(
            s.chars()
                .map(|c| if bad(c) { '\u{FFFD}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// A word made of pieces, each highlighted or not.
type Word = Vec<(String, bool)>;

/// Greedy word wrap of highlighted segments to `width` columns.
fn wrap(segments: &[(&str, bool)], width: usize) -> Vec<Vec<Word>> {
    let mut words: Vec<Word> = Vec::new();
    let mut cur: Word = Vec::new();
    for &(text, hl) in segments {
        for c in text.chars() {
            if c == ' ' {
                if !cur.is_empty() {
                    words.push(std::mem::take(&mut cur));
                }
                continue;
            }
            match cur.last_mut() {
                Some((s, h)) if *h == hl => s.push(c),
                _ => cur.push((c.to_string(), hl)),
            }
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    let w = |word: &Word| word.iter().map(|(s, _)| s.width()).sum::<usize>();
    let mut lines: Vec<Vec<Word>> = Vec::new();
    let mut line: Vec<Word> = Vec::new();
    let mut used = 0;
    for word in words {
        let ww = w(&word);
        if !line.is_empty() && used + 1 + ww > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        used += if line.is_empty() { ww } else { ww + 1 };
        line.push(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

impl<W: Write> TextSink<W> {
    fn render_line(&self, line: &[Word]) -> String {
        // Runs of the same highlighting, the spaces between two
        // highlighted words included, each painted once.
        let mut runs: Vec<(String, bool)> = Vec::new();
        let mut push = |s: &str, hl: bool| match runs.last_mut() {
            Some((r, h)) if *h == hl => r.push_str(s),
            _ => runs.push((s.to_string(), hl)),
        };
        for (i, word) in line.iter().enumerate() {
            if i > 0 {
                let joined = line[i - 1].last().is_some_and(|p| p.1) && word[0].1;
                push(" ", joined);
            }
            for (s, hl) in word {
                push(s, *hl);
            }
        }
        runs.iter()
            .map(|(s, hl)| if *hl { self.paint(HIT, s) } else { s.clone() })
            .collect()
    }

    /// The view of one document.
    pub fn render(&self, rec: &DocumentRecord) -> String {
        let mut o = String::new();
        let path = clean(&rec.path);
        let scanned = rec.status.scanned();
        let mut facts = vec![rec.format.clone()];
        if let Some(l) = &rec.language {
            facts.push(l.clone());
        }
        if let Some(p) = rec.pages {
            facts.push(format!("{p} page{}", if p == 1 { "" } else { "s" }));
        }
        if scanned {
            let n = rec.findings.len();
            facts.push(format!("{n} finding{}", if n == 1 { "" } else { "s" }));
        }
        if rec.status == Status::Lossy {
            facts.push("lossy: some bytes were replaced".into());
        }
        let facts = clean(&facts.join(" · ")).into_owned();
        if scanned {
            let r = rec.assessment.risk;
            let label = format!("{:<7}", r.as_str().to_uppercase());
            o.push_str(&format!(
                "{} {}  {}\n",
                self.paint(risk_codes(r), &label),
                self.paint(BOLD, &path),
                self.paint(DIM, &facts)
            ));
        } else {
            let label = format!("{:<7}", rec.status.as_str().to_uppercase());
            o.push_str(&format!(
                "{} {}  {}\n",
                self.paint(UNREAD, &label),
                self.paint(BOLD, &path),
                self.paint(DIM, &facts)
            ));
            let why = rec.error.as_deref().unwrap_or("not scanned");
            o.push_str(&format!("        not read: {}\n", clean(why)));
        }
        let indent = "        ";
        let avail = self.opts.width.saturating_sub(indent.len()).max(20);
        for r in &rec.assessment.reasons {
            let head = format!("{:<6}", r.risk.as_str());
            let text = format!("{}: {}", r.code, clean(&r.message));
            for (i, line) in wrap(&[(&text, false)], avail.saturating_sub(9))
                .iter()
                .enumerate()
            {
                let lead = if i == 0 {
                    format!(
                        "  {} ",
                        self.paint(risk_codes(r.risk), &format!("▲ {head}"))
                    )
                } else {
                    " ".repeat(11)
                };
                o.push_str(&format!("{lead}{}\n", self.render_line(line)));
            }
        }
        for m in &rec.assessment.mitigations {
            let text = format!("{}: {}", m.code, clean(&m.message));
            for (i, line) in wrap(&[(&text, false)], avail.saturating_sub(9))
                .iter()
                .enumerate()
            {
                let lead = if i == 0 {
                    format!("  {} ", self.paint("32", "✓ mitig."))
                } else {
                    " ".repeat(11)
                };
                o.push_str(&format!("{lead}{}\n", self.render_line(line)));
            }
        }
        for (i, f) in rec.findings.iter().enumerate() {
            let place = match f.page {
                Some(p) => format!("p.{p} l.{}", f.line),
                None => format!("l.{}", f.line),
            };
            let attrs = attributes_text(&f.attributes);
            o.push_str(&format!(
                "  {} {}  {}  {}  {}{}\n",
                self.paint(DIM, &format!("[{}]", i + 1)),
                place,
                self.paint(BOLD, f.category.as_str()),
                f.severity.as_str(),
                self.paint(DIM, &clean(&f.rule)),
                if attrs.is_empty() {
                    String::new()
                } else {
                    format!("  {}", self.paint(DIM, &clean(&attrs)))
                }
            ));
            // Cut on the document's text, then clean each piece.
            let h = highlight(&f.excerpt, &f.text);
            let (pre, hit, post) = (clean(h.pre), clean(h.hit), clean(h.post));
            let hit_plain;
            let segments: Vec<(&str, bool)> = if hit.is_empty() {
                // Not found in the excerpt: show the match after it.
                hit_plain = clean(&crate::analyze::collapse_ws(&f.text)).into_owned();
                vec![(&pre, false), (" — ", false), (&hit_plain, true)]
            } else if self.opts.color {
                vec![(&pre, false), (&hit, true), (&post, false)]
            } else {
                vec![
                    (&pre, false),
                    ("**", false),
                    (&hit, true),
                    ("**", false),
                    (&post, false),
                ]
            };
            // Without colour the stars must touch the words they mark.
            let segments = glue_stars(&segments, self.opts.color);
            let refs: Vec<(&str, bool)> = segments.iter().map(|(s, b)| (s.as_str(), *b)).collect();
            for line in wrap(&refs, avail.saturating_sub(2)) {
                o.push_str(&format!("{indent}{}\n", self.render_line(&line)));
            }
        }
        if !rec.findings.is_empty()
            || !rec.assessment.reasons.is_empty()
            || !rec.assessment.mitigations.is_empty()
        {
            o.push('\n');
        }
        o
    }

    /// The closing summary.
    pub fn render_summary(&self, s: &Summary) -> String {
        let mut o = String::new();
        let rule = "─".repeat(self.opts.width.min(72));
        o.push_str(&format!("{}\n", self.paint(DIM, &rule)));
        o.push_str(&format!(
            "{} {} document{}, {}, {} finding{}, {:.1} s\n\n",
            self.paint(BOLD, "Summary:"),
            s.files,
            if s.files == 1 { "" } else { "s" },
            HumanBytes(s.bytes),
            s.findings,
            if s.findings == 1 { "" } else { "s" },
            s.timing.elapsed_ms as f64 / 1000.0
        ));
        let not_scanned: u64 = s
            .status
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "ok" | "lossy"))
            .map(|(_, v)| v)
            .sum();
        let mut left: Vec<(String, String, &str)> = vec![];
        for r in [Risk::High, Risk::Medium, Risk::Low, Risk::None] {
            let n = s.risk.get(r.as_str()).copied().unwrap_or(0);
            left.push((r.as_str().into(), n.to_string(), risk_codes(r)));
        }
        left.push(("not scanned".into(), not_scanned.to_string(), UNREAD));
        let mut right: Vec<(String, String)> = vec![];
        for c in Category::ALL {
            right.push((c.as_str().into(), s.categories.get(c).to_string()));
        }
        right.push(("total".into(), s.findings.to_string()));
        o.push_str(&format!(
            "  {}      {}\n",
            self.paint(BOLD, &format!("{:<13}{:>9}", "risk", "documents")),
            self.paint(BOLD, &format!("{:<19}{:>8}", "category", "findings"))
        ));
        // Padding is computed on the plain text so colour codes do not
        // shift the columns.
        for i in 0..left.len().max(right.len()) {
            let l = match left.get(i) {
                Some((k, v, codes)) => {
                    format!("{}{:>pad$}", self.paint(codes, k), v, pad = 22 - k.width())
                }
                None => " ".repeat(22),
            };
            let r = match right.get(i) {
                Some((k, v)) => format!("{k}{:>pad$}", v, pad = 27 - k.width()),
                None => String::new(),
            };
            o.push_str(format!("  {l}      {r}").trim_end());
            o.push('\n');
        }
        let statuses: Vec<String> = Status::ALL
            .iter()
            .filter_map(|st| {
                s.status
                    .get(st.as_str())
                    .filter(|n| **n > 0)
                    .map(|n| format!("{} {n}", st.as_str()))
            })
            .collect();
        o.push_str(&format!("\n  status: {}\n", statuses.join(", ")));
        o
    }
}

/// Fold the `**` markers into the neighbouring words so that wrapping never
/// leaves them alone on a line (only without colour).
fn glue_stars(segments: &[(&str, bool)], color: bool) -> Vec<(String, bool)> {
    if color {
        return segments.iter().map(|(s, b)| (s.to_string(), *b)).collect();
    }
    // Without colour the highlighted piece is plain text between stars.
    let mut out: Vec<(String, bool)> = Vec::new();
    for (s, _) in segments {
        match out.last_mut() {
            Some((prev, _)) => prev.push_str(s),
            None => out.push((s.to_string(), false)),
        }
    }
    out
}

impl<W: Write> Sink for TextSink<W> {
    fn document(&mut self, rec: &DocumentRecord, _rel: &Path) -> io::Result<()> {
        let text = self.render(rec);
        self.out.write_all(text.as_bytes())?;
        if self.opts.flush_each {
            self.out.flush()?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        let text = self.render_summary(summary);
        self.out.write_all(text.as_bytes())?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_removes_escapes_and_overrides() {
        assert_eq!(
            clean("a\x1b[2Jb\u{202E}c\u{9b}d\u{2028}"),
            "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d\u{FFFD}"
        );
        assert!(matches!(clean("plain é"), Cow::Borrowed(_)));
    }

    #[test]
    fn wrapping_keeps_words_and_highlight() {
        let lines = wrap(&[("aaa bb", false), ("cc dd", true), (" ee", false)], 7);
        let flat: Vec<Vec<String>> = lines
            .iter()
            .map(|l| {
                l.iter()
                    .map(|w| w.iter().map(|(s, _)| s.as_str()).collect())
                    .collect()
            })
            .collect();
        assert_eq!(flat, vec![vec!["aaa"], vec!["bbcc", "dd"], vec!["ee"]]);
        assert_eq!(lines[1][0], vec![("bb".into(), false), ("cc".into(), true)]);
    }
}
