//! Page furniture: the running headers and footers a paged document repeats
//! on its pages ("ACME DPA v2.3", "Confidential - Page 3 of 12"), and the
//! blank lines around a page break. A clause that runs on from one page to
//! the next is cut by them: "... may transfer Customer Data to the
//! \[footer\] \[page break\] \[header\] United States ...". [`mask`] blanks them
//! out, byte for byte, so that offsets into the text stay those of the
//! extracted text, and the two halves of the clause read as one line.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// The keys ([`key`]) of a page's first or last [`ZONE`] lines.
type Keys = Vec<Option<String>>;

/// How many lines at the top and at the bottom of a page may be furniture.
const ZONE: usize = 3;

/// Lines longer than this (bytes, trimmed) are never taken for furniture.
const LONGEST: usize = 160;

/// `text` with its page furniture blanked out: each running header or
/// footer line replaced by spaces, and, where a page's last sentence runs
/// on into the next page (`runs_on`), the white space between the last
/// line of the page's body and the first of the next too (one line break
/// kept). Byte offsets are those of `text`. A line is a running header (footer) when, with its digits
/// ignored ("Page 3 of 12" is "Page # of #"), it is among the first (last)
/// `ZONE` lines of at least half the pages, and of two pages at least.
///
/// `page_starts` holds the offset at which each page begins; without it,
/// the pages are those that form feeds separate (text saved from a PDF),
/// or, in a text without form feeds, those that page-number lines end
/// ([`marked_pages`]: a contract copied out of a paged document, "... the
/// laws of the State of / Supply Agreement - Page 9 of 11 / Minnesota").
/// Text of one page is returned as it is.
pub fn mask<'a>(text: &'a str, page_starts: &[usize]) -> Cow<'a, str> {
    let derived: Vec<usize>;
    let starts = if page_starts.len() >= 2 {
        page_starts
    } else {
        derived = if memchr::memchr(b'\x0c', text.as_bytes()).is_some() {
            std::iter::once(0)
                .chain(text.match_indices('\x0c').map(|(i, _)| i + 1))
                .collect()
        } else {
            marked_pages(text)
        };
        &derived
    };
    if starts.len() < 2 {
        return Cow::Borrowed(text);
    }
    let pages: Vec<Vec<(usize, usize)>> = (0..starts.len())
        .map(|i| {
            let s = starts[i].min(text.len());
            let e = starts
                .get(i + 1)
                .map_or(text.len(), |&e| e.clamp(s, text.len()));
            lines(text, s, e)
        })
        .collect();
    // Each page's first and last lines' keys, worked out once.
    let edges: Vec<(Keys, Keys)> = pages
        .iter()
        .map(|page| {
            let keys = |it: &mut dyn Iterator<Item = &(usize, usize)>| {
                it.take(ZONE).map(|&l| key(text, l)).collect::<Vec<_>>()
            };
            (keys(&mut page.iter()), keys(&mut page.iter().rev()))
        })
        .collect();
    // On how many pages each key stands among the first (last) lines.
    let mut top: HashMap<&str, usize> = HashMap::new();
    let mut bottom: HashMap<&str, usize> = HashMap::new();
    for (first, last) in &edges {
        for (keys, counts) in [(first, &mut top), (last, &mut bottom)] {
            let mut seen: Vec<&str> = keys.iter().flatten().map(String::as_str).collect();
            seen.sort_unstable();
            seen.dedup();
            for k in seen {
                *counts.entry(k).or_default() += 1;
            }
        }
    }
    let needed = pages.len().div_ceil(2).max(2);
    let running = |counts: &HashMap<&str, usize>, k: &Option<String>| {
        k.as_deref()
            .is_some_and(|k| counts.get(k).is_some_and(|&n| n >= needed))
    };
    // Each page's body: its lines less the furniture at either edge.
    let bodies: Vec<&[(usize, usize)]> = pages
        .iter()
        .zip(&edges)
        .map(|(page, (first, last))| {
            let head = first.iter().take_while(|k| running(&top, k)).count();
            let rest = &page[head..];
            // (The last lines' keys, from the end; none of those the head
            // took.)
            let foot = last
                .iter()
                .take(rest.len())
                .take_while(|k| running(&bottom, k))
                .count();
            &rest[..rest.len() - foot]
        })
        .collect();
    let mut bytes = text.as_bytes().to_vec();
    let mut changed = false;
    let mut blank = |from: usize, to: usize, keep_break: bool| {
        let keep = if keep_break {
            text[from..to].rfind('\n').map(|i| from + i)
        } else {
            None
        };
        for (i, b) in bytes[from..to].iter_mut().enumerate() {
            if Some(from + i) != keep && *b != b' ' {
                *b = b' ';
                changed = true;
            }
        }
    };
    for (p, page) in pages.iter().enumerate() {
        let body = bodies[p];
        // Furniture lines of a page without a body, and those at a
        // document's first and last edges, are blanked alone.
        for &(s, e) in page {
            let in_body =
                body.first().is_some_and(|f| s >= f.0) && body.last().is_some_and(|l| e <= l.1);
            if !in_body {
                blank(s, e, false);
            }
        }
        // From the end of this page's body to the start of the next
        // page's, when the sentence runs on.
        let next = bodies.get(p + 1).and_then(|b| b.first());
        if let (Some(&last), Some(&first)) = (body.last(), next)
            && runs_on(&text[last.0..last.1], &text[first.0..first.1])
        {
            blank(last.1, first.0, true);
        }
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    // Whole characters (of whole lines, and white space) were replaced by
    // spaces, so the text is still UTF-8.
    Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()))
}

/// Articles, prepositions, conjunctions and auxiliaries of the six
/// languages (lower case, as written).
const OPEN: &[&str] = &[
    // en
    "the",
    "a",
    "an",
    "to",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "and",
    "or",
    "that",
    "which",
    "under",
    "such",
    "as",
    "any",
    "its",
    "their",
    "our",
    "your",
    "this",
    "these",
    "be",
    "is",
    "are",
    "may",
    "shall",
    "will",
    "not",
    "into",
    "than",
    "including",
    "all",
    "each",
    "every",
    "those",
    "between",
    "without",
    "within",
    "upon",
    "via",
    "through",
    "whether",
    // fr
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "à",
    "au",
    "aux",
    "vers",
    "en",
    "dans",
    "par",
    "pour",
    "sur",
    "avec",
    "et",
    "ou",
    "que",
    "qui",
    "dont",
    "sont",
    "est",
    "sera",
    "seront",
    "peut",
    "peuvent",
    "ne",
    "notamment",
    "aucun",
    "aucune",
    "ses",
    "leurs",
    "leur",
    "nos",
    "vos",
    "sa",
    "ce",
    "cet",
    "cette",
    "ces",
    "tout",
    "toute",
    "tous",
    "toutes",
    "chaque",
    "entre",
    "selon",
    "sans",
    "sous",
    "chez",
    // de
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einer",
    "einen",
    "einem",
    "im",
    "an",
    "am",
    "auf",
    "aus",
    "bei",
    "mit",
    "nach",
    "von",
    "vom",
    "zu",
    "zum",
    "zur",
    "für",
    "über",
    "unter",
    "und",
    "oder",
    "dass",
    "werden",
    "wird",
    "ist",
    "sind",
    "kann",
    "können",
    "insbesondere",
    "sowie",
    "kein",
    "keine",
    "keinen",
    "keiner",
    "keinem",
    "keines",
    "jede",
    "jeder",
    "jedes",
    "jeden",
    "jedem",
    "alle",
    "allen",
    "aller",
    "ihre",
    "ihren",
    "ihrer",
    "ihrem",
    "ihres",
    "seine",
    "seinen",
    "seiner",
    "seinem",
    "seines",
    "unsere",
    "unseren",
    "unserer",
    "unserem",
    "unseres",
    "diese",
    "dieser",
    "diesem",
    "diesen",
    "dieses",
    "sich",
    "zwischen",
    "ohne",
    "gemäß",
    "durch",
    "gegen",
    // es
    "el",
    "los",
    "las",
    "del",
    "al",
    "con",
    "por",
    "para",
    "y",
    "o",
    "se",
    "su",
    "sus",
    "son",
    "puede",
    "pueden",
    "ningún",
    "ninguna",
    "ningun",
    "cada",
    "todos",
    "todas",
    "este",
    "esta",
    "estos",
    "estas",
    "nuestro",
    "nuestra",
    "nuestros",
    "nuestras",
    "sin",
    "sobre",
    "según",
    // it
    "il",
    "lo",
    "i",
    "gli",
    "di",
    "della",
    "dei",
    "degli",
    "delle",
    "alla",
    "ai",
    "agli",
    "nel",
    "nella",
    "negli",
    "per",
    "da",
    "dal",
    "e",
    "che",
    "sono",
    "può",
    "possono",
    "nessun",
    "nessuna",
    "nessuno",
    "ogni",
    "tutti",
    "tutte",
    "questo",
    "questa",
    "questi",
    "queste",
    "nostro",
    "nostra",
    "nostri",
    "nostre",
    "suoi",
    "sue",
    "tra",
    "fra",
    "senza",
    "sul",
    "sulla",
    "sui",
    // nl
    "het",
    "een",
    "van",
    "naar",
    "op",
    "aan",
    "met",
    "voor",
    "door",
    "uit",
    "te",
    "worden",
    "wordt",
    "zijn",
    "kan",
    "kunnen",
    "geen",
    "elke",
    "ieder",
    "iedere",
    "deze",
    "dit",
    "onze",
    "hun",
    "bij",
    "om",
    "tot",
    "zonder",
    "tussen",
];

/// Whether `word` (lower case, as written) is an article, preposition,
/// conjunction or auxiliary of the six languages: a line ending with one
/// does not end a sentence.
pub(crate) fn is_open_word(word: &str) -> bool {
    OPEN.contains(&word)
}

/// Page starts of a text without form feeds, read from its page-number
/// lines: short lines whose key ([`key`]) holds a page number ("Supply
/// Agreement - Page 9 of 11", "Seite 3 von 8", "- 4 -", "12") and recurs
/// with the page number rising, or the "Source: ..." line that filings
/// copied out of paged documents repeat after each page. Each such line
/// ends a page. `[0]` when there are fewer than two such lines.
fn marked_pages(text: &str) -> Vec<usize> {
    /// Longest page-number line (bytes, trimmed).
    const MARKER: usize = 100;
    // (key, the line's end, its page number)
    let mut found: Vec<(String, usize, Option<u64>)> = Vec::new();
    // (The lines found with the memchr crate's search, several times as
    // fast as `str::split`'s here.)
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let mut at = 0;
    for end in ends {
        let raw = &text[at..end];
        let lead = raw.len() - raw.trim_start().len();
        let line = raw[lead..].trim_end();
        let s = at + lead;
        let e = s + line.len();
        at = end + 1;
        // (Most lines hold no digit: they are skipped before their key is
        // written, since this runs on every text document.)
        if e - s > MARKER || !may_mark(line) {
            continue;
        }
        let Some(k) = key(text, (s, e)) else {
            continue;
        };
        if k.starts_with("source: ") {
            found.push((k, e, None));
        } else if let Some(n) = page_number(&k, line) {
            found.push((k, e, Some(n)));
        }
    }
    if found.len() < 2 {
        return vec![0];
    }
    let mut by_key: HashMap<&str, Vec<(usize, Option<u64>)>> = HashMap::new();
    for (k, e, n) in &found {
        by_key.entry(k).or_default().push((*e, *n));
    }
    let mut ends: Vec<usize> = by_key
        .values()
        .filter(|v| v.len() >= 2 && v.windows(2).all(|w| w[0].1 < w[1].1 || w[0].1.is_none()))
        .flatten()
        .map(|&(e, _)| e)
        .collect();
    ends.sort_unstable();
    std::iter::once(0)
        .chain(ends.into_iter().map(|e| {
            // The next page starts on the line after the marker.
            text[e..].find('\n').map_or(text.len(), |i| e + i + 1)
        }))
        .collect()
}

/// Whether a line (trimmed) may be a page-number line ([`page_number`])
/// or a "Source:" line, tested before its key is written: it holds a digit
/// and either nothing but the number and the marks around a number alone
/// ("- 12 -"), or a page word or "source:" (any case), or a number, "of"
/// (or a translation) and a number ("3 of 12"). Wrapped text has a number
/// on many of its short lines ("within 30 days"), and writing their keys
/// was about 3 % of the CPU time of a scan of the benchmark text. It
/// accepts every line whose key [`page_number`] reads, and more.
fn may_mark(line: &str) -> bool {
    // (Sixteen bytes at a time, without a branch for each.)
    let digit = |chunk: &[u8]| chunk.iter().fold(false, |a, b| a | b.is_ascii_digit());
    if !line.as_bytes().chunks(16).any(digit) {
        return false;
    }
    if line
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || "-–—[]()".contains(c))
    {
        return true;
    }
    // (Lower case: "página" from "PÁGINA" too.)
    const WORDS: [&[u8]; 7] = [
        b"pag",
        "pág".as_bytes(),
        "pÁg".as_bytes(),
        b"seite",
        b"blz",
        b"bladzijde",
        b"source:",
    ];
    let bytes = line.as_bytes();
    // (Each word starts with "bl", "pa", "p\xc3", "se" or "so": other
    // pairs of bytes are passed over.)
    if (0..bytes.len().saturating_sub(1)).any(|i| {
        matches!(
            (bytes[i] | 0x20, bytes[i + 1] | 0x20),
            (b'b', b'l') | (b'p', b'a') | (b'p', 0xe3) | (b's', b'e') | (b's', b'o')
        ) && WORDS.iter().any(|w| {
            bytes
                .get(i..i + w.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(w))
        })
    }) {
        return true;
    }
    const OF: [&str; 6] = ["of", "von", "sur", "de", "di", "van"];
    let mut words = line.split_whitespace();
    let (Some(mut a), Some(mut b)) = (words.next(), words.next()) else {
        return false;
    };
    for c in words {
        if a.ends_with(|c: char| c.is_ascii_digit())
            && OF.iter().any(|o| b.eq_ignore_ascii_case(o))
            && c.starts_with(|c: char| c.is_ascii_digit())
        {
            return true;
        }
        (a, b) = (b, c);
    }
    false
}

/// The page number of a line whose key ([`key`]) reads as a page-number
/// line, if it does: the number after "page" (or its translations) or
/// before "of" ("9 of 11"), or the number alone ("12", "- 12 -").
fn page_number(key: &str, line: &str) -> Option<u64> {
    /// "page #" and its translations (then the page number is the `#`
    /// these end with), and "# of #" with its translations (the first
    /// `#`): one automaton, since this runs on every line with a digit.
    const WORDS: usize = 7;
    static MARKS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new([
            "page #",
            "seite #",
            "página #",
            "pagina #",
            "pag. #",
            "blz. #",
            "bladzijde #",
            "# of #",
            "# von #",
            "# sur #",
            "# de #",
            "# di #",
            "# van #",
        ])
        .expect("page-number marks are short literals")
    });
    const ALONE: &[&str] = &["#", "- # -", "-#-", "– # –", "— # —", "[#]", "(#)"];
    // The index (among the key's numbers) of the page number.
    let nth = |at: usize| key[..at].matches('#').count();
    let at = if ALONE.contains(&key) {
        0
    } else {
        let (mut word, mut of) = (None::<usize>, None::<usize>);
        for m in MARKS.find_overlapping_iter(key) {
            if m.pattern().as_usize() < WORDS {
                word = Some(word.map_or(m.end() - 1, |w| w.min(m.end() - 1)));
            } else {
                of = Some(of.map_or(m.start(), |o| o.min(m.start())));
            }
        }
        nth(word.or(of)?)
    };
    line.split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty())
        .filter_map(|d| d.parse().ok())
        .nth(at)
}

/// Whether the sentence of a page's last line (`last`) runs on into the
/// next page's first (`first`): the line does not end a sentence and the
/// next one starts in lower case ("... in accordance with" / "the laws
/// of"), or the line ends with a comma, a hyphen or a word that cannot end
/// a sentence ("... transfer Customer Data to the" / "United States").
/// Otherwise the page break stays a paragraph break: a heading, a list item
/// or a table row at the foot of a page does not run into the next page.
fn runs_on(last: &str, first: &str) -> bool {
    if last.ends_with(['.', '!', '?', ':', ';']) {
        return false;
    }
    if first.starts_with(|c: char| c.is_lowercase()) || last.ends_with([',', '-', '(', '/', '&']) {
        return true;
    }
    let word = last
        .rsplit(|c: char| c.is_whitespace() || c == '\u{a0}')
        .next()
        .unwrap_or("")
        .to_lowercase();
    is_open_word(&word)
}

/// The lines of `text[s..e]` that hold more than white space, as trimmed
/// byte ranges.
fn lines(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = s;
    for line in text[s..e].split('\n') {
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            out.push((at + lead, at + lead + trimmed.len()));
        }
        at += line.len() + 1;
    }
    out
}

/// A line's key: lower case, white space collapsed, each run of digits as
/// one `#`; `None` for a line too long to be furniture.
fn key(text: &str, (s, e): (usize, usize)) -> Option<String> {
    if e - s > LONGEST {
        return None;
    }
    let mut k = String::with_capacity(e - s);
    for c in text[s..e].chars() {
        if c.is_ascii_digit() {
            if !k.ends_with('#') {
                k.push('#');
            }
        } else if c.is_whitespace() {
            if !k.ends_with(' ') {
                k.push(' ');
            }
        } else {
            k.extend(c.to_lowercase());
        }
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pages joined by form feeds, each with the same header and a
    /// numbered footer.
    fn paged(bodies: &[&str]) -> String {
        let n = bodies.len();
        bodies
            .iter()
            .enumerate()
            .map(|(i, b)| {
                format!("\n\nACME CLOUD - DATA PROCESSING AGREEMENT (v2.3)\n\n{b}\n\nConfidential - Page {} of {n}", i + 1)
            })
            .collect::<Vec<_>>()
            .join("\x0c")
    }

    #[test]
    fn a_sentence_across_a_page_break_reads_as_one() {
        let text = paged(&[
            "Some terms.\nProvider may transfer Customer Data to the",
            "United States for support.\nMore terms here.",
            "Final terms.",
        ]);
        let masked = mask(&text, &[]);
        assert_eq!(masked.len(), text.len());
        let flat = masked.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            flat,
            "Some terms. Provider may transfer Customer Data to the United States for support. More terms here. Final terms."
        );
        // One line break is left between the pages' bodies.
        let at = masked.find("to the").unwrap() + "to the".len();
        let gap = &masked[at..masked.find("United").unwrap()];
        assert_eq!(gap.matches('\n').count(), 1, "{gap:?}");
        assert!(gap.trim_matches([' ', '\n']).is_empty());
    }

    #[test]
    fn page_number_lines_end_the_pages_of_a_text_without_form_feeds() {
        // A contract copied out of a paged document: the footer and the
        // header of the next page cut the governing-law clause.
        let text = "SUPPLY AGREEMENT\n\n1. Terms. Some terms.\n\n     \
                    Harlow / Carrick - Supply Agreement - Page 1 of 3\n     \
                    [***] Confidential treatment requested\n\n9.3 THIS AGREEMENT \
                    SHALL BE GOVERNED BY THE INTERNAL LAWS OF THE STATE OF\n\n     \
                    Harlow / Carrick - Supply Agreement - Page 2 of 3\n     \
                    [***] Confidential treatment requested\n\nMINNESOTA, WITHOUT \
                    REGARD TO CONFLICT OF LAWS.\n";
        assert_eq!(marked_pages(text).len(), 3);
        let masked = mask(text, &[]);
        assert_eq!(masked.len(), text.len());
        let flat = masked.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            flat,
            "SUPPLY AGREEMENT 1. Terms. Some terms. 9.3 THIS AGREEMENT SHALL BE GOVERNED BY \
             THE INTERNAL LAWS OF THE STATE OF MINNESOTA, WITHOUT REGARD TO CONFLICT OF LAWS."
        );
        let engine = crate::Engine::new(crate::RuleSet::bundled().unwrap());
        let laws: Vec<_> = engine
            .analyze(text, &[], 200)
            .into_iter()
            .filter_map(|f| f.attributes.get("law").cloned())
            .collect();
        assert_eq!(laws, vec![serde_json::json!("US-MN")]);
        // Other page-number lines; "Source:" lines of a filing.
        for (a, b) in [
            ("Seite 1 von 4", "Seite 2 von 4"),
            ("- 7 -", "- 8 -"),
            ("12", "13"),
            ("Page 3", "Page 4"),
            (
                "Source: ACME CORP, 10-K, 3/1/2019",
                "Source: ACME CORP, 10-K, 3/1/2019",
            ),
        ] {
            let text = format!("One.\n{a}\nTwo.\n{b}\nThree.\n");
            assert_eq!(marked_pages(&text).len(), 3, "{text}");
        }
        // Numbers that do not rise, a number in a sentence, a lone page
        // number: no pages.
        for text in [
            "One.\n12\nTwo.\n12\nThree.",
            "One.\n- 8 -\nTwo.\n- 7 -\nThree.",
            "See page 3 of the annex for the full list of the providers that we use.\nSee page 4 of it.",
            "One.\nPage 1 of 2\nTwo.",
        ] {
            assert_eq!(marked_pages(text), vec![0], "{text}");
        }
    }

    #[test]
    fn lines_passed_over_before_their_key_are_no_marks() {
        // Every line that page_number reads, or that starts a "Source:"
        // key, passes may_mark: marks in several cases and spacings, and
        // the short lines with a digit of the corpus's text documents.
        let mut lines: Vec<String> = Vec::new();
        for mark in [
            "Page 3",
            "PAGE 3 OF 12",
            "page 3 of 12",
            "Seite 2 von 9",
            "SEITE 2",
            "Página 4",
            "PÁGINA 4 DE 7",
            "pagina 2 di 5",
            "Pag. 2",
            "Blz. 3",
            "Bladzijde 3 van 8",
            "3 sur 9",
            "Acme DPA v2 - Page 3",
            "12",
            " 12 ",
            "- 7 -",
            "-7-",
            "– 7 –",
            "— 7 —",
            "[7]",
            "(7)",
            "-\u{a0}7\u{a0}-",
            "Source: ACME CORP, 10-K, 3/1/2019",
            "SOURCE: X 1",
        ] {
            lines.push(mark.to_string());
        }
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        for entry in walkdir::WalkDir::new(corpus).into_iter().flatten() {
            let Ok(text) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            lines.extend(text.lines().map(str::to_string));
        }
        let mut marks = 0;
        for raw in &lines {
            let line = raw.trim();
            if line.len() > 100 || !line.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let k = key(line, (0, line.len())).unwrap();
            let is_mark = k.starts_with("source: ") || page_number(&k, line).is_some();
            marks += usize::from(is_mark);
            assert!(!is_mark || may_mark(line), "{line:?}");
        }
        assert!(marks >= 23, "{marks}");
        assert!(!may_mark("within 30 days of the request"));
        assert!(!may_mark("Clause 3 of Annex 2"));
        assert!(may_mark("Clause 3 of 12"));
        assert!(!may_mark("No page here"));
    }

    #[test]
    fn offsets_are_kept() {
        let text = paged(&["Données hébergées aux", "États-Unis.", "Fin."]);
        let masked = mask(&text, &[]);
        assert_eq!(masked.len(), text.len());
        for w in ["Données", "États-Unis.", "Fin."] {
            assert_eq!(masked.find(w), text.find(w), "{w}");
        }
    }

    #[test]
    fn lines_that_do_not_repeat_stay() {
        // Two pages whose first lines differ: nothing is furniture, but
        // the blank lines at the break still go.
        let text =
            "Title of the agreement\n\nThe data may go to the\n\n\x0c\n\nUnited States.\nSigned.";
        let masked = mask(text, &[]);
        assert!(masked.contains("Title of the agreement"));
        assert!(masked.contains("Signed."));
        let flat = masked.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            flat,
            "Title of the agreement The data may go to the United States. Signed."
        );
        // A body line repeated in the middle of pages is not furniture.
        let text = paged(&[
            "A\nRepeated line\nB\nC\nD",
            "E\nF\nG\nRepeated line\nH\nI\nJ",
        ]);
        assert!(mask(&text, &[]).contains("Repeated line"));
    }

    #[test]
    fn a_paragraph_that_ends_a_page_stays_apart() {
        // No full stop, but nothing shows the sentence runs on: the page
        // break stays a paragraph break (and the furniture still goes).
        let text = paged(&[
            "Some terms.\nNicht bei Windstärke über 6 oder bei Regen gespannt",
            "Verantwortlich ist die Acme Inc.",
            "Final terms.",
        ]);
        let masked = mask(&text, &[]);
        assert!(!masked.contains("Confidential"));
        let at = masked.find("gespannt").unwrap() + "gespannt".len();
        let gap = &masked[at..masked.find("Verantwortlich").unwrap()];
        assert!(gap.contains("\n\n"), "{gap:?}");
        assert!(runs_on(
            "governed by and construed in accordance with",
            "the laws of"
        ));
        assert!(runs_on(
            "Les données peuvent être transférées vers les",
            "États-Unis."
        ));
        assert!(runs_on("Provider's affiliates,", "Acme Inc."));
        assert!(runs_on(
            "die FMA im Rahmen der Aufsicht sowie",
            "Staatsanwaltschaften und Gerichte"
        ));
        assert!(!runs_on("12. GOVERNING LAW", "This Agreement"));
        assert!(!runs_on("All rights reserved.", "the next page"));
    }

    #[test]
    fn one_page_is_left_alone() {
        let text = "Confidential - Page 1 of 1\nBody.";
        assert!(matches!(mask(text, &[]), Cow::Borrowed(_)));
        assert!(matches!(mask(text, &[0]), Cow::Borrowed(_)));
    }
}
