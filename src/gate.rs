//! A cheap test that lets the checks of [`crate::attributes`] skip most of
//! their regexes on a sentence.
//!
//! For each finding, [`crate::attributes::suppressed`] runs dozens of
//! regexes over the same sentence, or over parts of it (the words before
//! the match, the match, the words after), and most of them match nothing
//! there: that was 8 to 11 % of the CPU of a scan of the benchmark text.
//! Each regex here knows a few literals, one of which every match of it
//! holds ([`needed`], from its parse, where they are few and at least three
//! bytes long). While a sentence is [`Sentence::enter`]ed, a search in it
//! (or in a part of it) first looks whether the sentence holds every byte
//! triple of one of those literals: where it does not, no match can lie in
//! it, and the regex is not run. The triples of the sentence are kept as a
//! bitmap of their hashes, so the test may say "maybe" where the answer is
//! no (the regex then runs and says no) but never "no" where a match
//! exists: the results are those of the regexes. (Session 53: 5 % less
//! CPU on the benchmark text and 4 % on the real text, with identical
//! output.) [`crate::attributes::describe`] and
//! [`crate::attributes::required_or_asked`] enter their sentence too.
//!
//! The rules' required literals (`rules::cover`) are not reused here: they
//! are worked out ahead for the rule regexes (`patterns/analysis.tsv`),
//! and they read a regex as matching normalized text only (a path with two
//! spaces in a row counts as impossible). These sets hold for any text,
//! and the extractor's pass is cheap enough to run in the scan.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use regex_syntax::hir::literal::{ExtractKind, Extractor, Seq};
use regex_syntax::hir::{Hir, HirKind};

/// Bits of the bitmap of a sentence's byte triples.
const BITS: usize = 4096;

/// A regex's needs are worked out on its [`WARM`]th search (its pattern is
/// parsed again for them), so that a scan of a few small documents does not
/// pay for the regexes it seldom runs. (At once in unit tests, so that the
/// checks' own tests run with the test.)
const WARM: u32 = if cfg!(test) { 0 } else { 32 };

/// Whether a regex searched `searched` times before is still warming up.
#[allow(clippy::absurd_extreme_comparisons)] // (`WARM` is 0 in unit tests.)
fn warming(searched: u32) -> bool {
    searched < WARM
}

/// The hash of a byte triple, as a bit of the bitmap.
fn bit(t: &[u8]) -> usize {
    let v = (t[0] as u32) | (t[1] as u32) << 8 | (t[2] as u32) << 16;
    (v.wrapping_mul(0x9E37_79B1) >> 20) as usize % BITS
}

/// The sentence being checked: where it lies and the bitmap of its triples.
struct Current {
    start: usize,
    end: usize,
    bits: [u64; BITS / 64],
}

impl Current {
    fn has(&self, b: usize) -> bool {
        self.bits[b / 64] & 1 << (b % 64) != 0
    }

    /// Whether `h` lies within the sentence.
    fn holds(&self, h: &str) -> bool {
        let p = h.as_ptr() as usize;
        self.start <= p && p + h.len() <= self.end
    }
}

thread_local! {
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
}

/// While it lives, searches of [`Regex`]es in `sentence` or its parts on
/// this thread are tested first ([`Sentence::enter`]).
pub struct Sentence<'s> {
    entered: bool,
    /// Borrows the sentence, whose address the test goes by, for as long
    /// as it lives; not `Send`: it must be dropped on the thread that
    /// entered it.
    _sentence: std::marker::PhantomData<(&'s str, *const ())>,
}

impl<'s> Sentence<'s> {
    /// Check searches in `sentence` until the value is dropped. (If a
    /// sentence is entered already, this one is not: its searches run as
    /// they are.)
    pub fn enter(sentence: &'s str) -> Sentence<'s> {
        let entered = CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            if c.is_some() {
                return false;
            }
            let mut bits = [0u64; BITS / 64];
            for t in sentence.as_bytes().windows(3) {
                let b = bit(t);
                bits[b / 64] |= 1 << (b % 64);
            }
            let start = sentence.as_ptr() as usize;
            *c = Some(Current {
                start,
                end: start + sentence.len(),
                bits,
            });
            true
        });
        Sentence {
            entered,
            _sentence: std::marker::PhantomData,
        }
    }
}

impl Drop for Sentence<'_> {
    fn drop(&mut self) {
        if self.entered {
            CURRENT.with(|c| *c.borrow_mut() = None);
        }
    }
}

/// What a match needs: one of a few literals, each given as the bits of its
/// triples; `None` where the regex's parse shows no such set.
#[derive(Debug, Default)]
struct Needs(Option<Vec<Vec<usize>>>);

/// The most literals a set may have.
const MAX_LITERALS: usize = 64;

impl Needs {
    fn of(pattern: &str) -> Needs {
        let Ok(hir) = regex_syntax::Parser::new().parse(pattern) else {
            return Needs::default();
        };
        Needs(needed(&hir).map(|lits| {
            lits.iter()
                .map(|l| l.windows(3).map(bit).collect())
                .collect()
        }))
    }

    /// Whether a match may lie in the sentence of `c`.
    fn may_match(&self, c: &Current) -> bool {
        self.0
            .as_ref()
            .is_none_or(|lits| lits.iter().any(|l| l.iter().all(|&b| c.has(b))))
    }
}

/// A set of literals of at least three bytes, one of which every match of
/// `h` holds: the literals that begin or end every match (as the regex
/// crate's extractor finds them), those of a part that every match holds
/// (a part of a sequence, a repeated part), or for an alternation those of
/// each branch together; of these, the one with the fewest literals.
fn needed(h: &Hir) -> Option<Vec<Vec<u8>>> {
    let mut best: Option<Vec<Vec<u8>>> = None;
    let mut offer = |set: Option<Vec<Vec<u8>>>| {
        if let Some(set) = set
            && best.as_ref().is_none_or(|b| set.len() < b.len())
        {
            best = Some(set);
        }
    };
    for kind in [ExtractKind::Prefix, ExtractKind::Suffix] {
        let seq: Seq = Extractor::new().kind(kind).extract(h);
        offer(seq.literals().and_then(|lits| {
            let ok = !lits.is_empty()
                && lits.len() <= MAX_LITERALS
                && lits.iter().all(|l| l.as_bytes().len() >= 3);
            ok.then(|| lits.iter().map(|l| l.as_bytes().to_vec()).collect())
        }));
    }
    match h.kind() {
        HirKind::Concat(parts) => {
            for p in parts {
                offer(needed(p));
            }
        }
        HirKind::Capture(c) => offer(needed(&c.sub)),
        HirKind::Repetition(r) if r.min >= 1 => offer(needed(&r.sub)),
        HirKind::Alternation(branches) => {
            let mut all: Vec<Vec<u8>> = Vec::new();
            let joined = branches.iter().try_for_each(|b| {
                all.extend(needed(b)?);
                (all.len() <= MAX_LITERALS).then_some(())
            });
            offer(joined.map(|()| all));
        }
        _ => {}
    }
    best
}

/// A regex searched as [`regex::Regex`] would search it, whose searches
/// are tested first in an entered sentence ([`Sentence::enter`]).
///
/// Most sentences are ASCII once normalized (accents folded, quotes and
/// dashes made plain): 98 to 99 % of the checks' searches. There the regex
/// is run as compiled without Unicode (`\b`, `\w`, `[^.;]` and `(?i)` of
/// ASCII), which matches exactly where the Unicode regex does, because an
/// ASCII text holds none of the characters that tell the two apart, and
/// compiles about four times faster (session 54: 34 against 132 ms for the
/// 220 regexes that a scan of the benchmark text uses). The Unicode regex
/// is compiled the first time a text with other characters is searched; a
/// pattern that needs Unicode mode to compile (a class with accented
/// letters or `€`) has only that one.
#[derive(Debug)]
pub struct Regex {
    pattern: Box<str>,
    /// The regex compiled without Unicode, for ASCII texts; `None` where
    /// the pattern needs Unicode mode.
    ascii: Option<regex::bytes::Regex>,
    unicode: OnceLock<regex::Regex>,
    searches: AtomicU32,
    needs: OnceLock<Needs>,
}

/// A match of a [`Regex`] in `haystack`, as [`regex::Match`].
#[derive(Debug, Clone, Copy)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }

    fn of(haystack: &'h str, start: usize, end: usize) -> Match<'h> {
        Match {
            haystack,
            start,
            end,
        }
    }
}

/// The groups of a match of a [`Regex`], as [`regex::Captures`].
#[derive(Debug)]
pub struct Captures<'h> {
    haystack: &'h str,
    caps: Either<regex::bytes::Captures<'h>, regex::Captures<'h>>,
}

#[derive(Debug)]
enum Either<A, U> {
    Ascii(A),
    Unicode(U),
}

impl<'h> Captures<'h> {
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        let (start, end) = match &self.caps {
            Either::Ascii(c) => c.get(i).map(|m| (m.start(), m.end()))?,
            Either::Unicode(c) => c.get(i).map(|m| (m.start(), m.end()))?,
        };
        Some(Match::of(self.haystack, start, end))
    }

    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        let (start, end) = match &self.caps {
            Either::Ascii(c) => c.name(name).map(|m| (m.start(), m.end()))?,
            Either::Unicode(c) => c.name(name).map(|m| (m.start(), m.end()))?,
        };
        Some(Match::of(self.haystack, start, end))
    }
}

impl std::ops::Index<usize> for Captures<'_> {
    type Output = str;

    /// The text of group `i`; panics where the group did not match, as
    /// [`regex::Captures`] does.
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group at index '{i}'"))
    }
}

impl Regex {
    /// As [`regex::Regex::new`].
    pub fn new(pattern: &str) -> Result<Regex, regex::Error> {
        let ascii = regex::bytes::RegexBuilder::new(pattern)
            .unicode(false)
            .build()
            .ok();
        let unicode = OnceLock::new();
        // (Unit tests compile both, so that a pattern the Unicode regex
        // would reject fails its tests.)
        if ascii.is_none() || cfg!(test) {
            // The pattern needs Unicode mode, or does not compile at all.
            let _ = unicode.set(regex::Regex::new(pattern)?);
        }
        Ok(Regex {
            pattern: pattern.into(),
            ascii,
            unicode,
            searches: AtomicU32::new(0),
            needs: OnceLock::new(),
        })
    }

    /// The engine for `haystack`: the ASCII one where it is ASCII.
    fn engine(&self, haystack: &str) -> Either<&regex::bytes::Regex, &regex::Regex> {
        match &self.ascii {
            Some(ascii) if haystack.is_ascii() => Either::Ascii(ascii),
            _ => Either::Unicode(self.unicode()),
        }
    }

    /// [`Regex::engine`] for an iterator: the ASCII regex or the Unicode
    /// one, neither where [`Regex::may_match`] says no.
    fn engines(&self, haystack: &str) -> (Option<&regex::bytes::Regex>, Option<&regex::Regex>) {
        match self.may_match(haystack).then(|| self.engine(haystack)) {
            Some(Either::Ascii(r)) => (Some(r), None),
            Some(Either::Unicode(r)) => (None, Some(r)),
            None => (None, None),
        }
    }

    /// The Unicode regex, compiled on first use. (Where the pattern that
    /// compiled without Unicode does not compile with it, which a size limit
    /// alone could cause, a regex that never matches stands for it: the
    /// ASCII one could end a match inside a character. The unit tests
    /// compile every pattern they use both ways.)
    fn unicode(&self) -> &regex::Regex {
        self.unicode.get_or_init(|| {
            regex::Regex::new(&self.pattern).unwrap_or_else(|_| {
                regex::Regex::new(r"[^\s\S]").expect("a regex that never matches")
            })
        })
    }

    /// As [`regex::Regex::is_match`]: false at once where the entered
    /// sentence that holds `haystack` lacks what a match needs.
    pub fn is_match(&self, haystack: &str) -> bool {
        self.may_match(haystack)
            && match self.engine(haystack) {
                Either::Ascii(r) => r.is_match(haystack.as_bytes()),
                Either::Unicode(r) => r.is_match(haystack),
            }
    }

    /// As [`regex::Regex::find`], tested first as [`Regex::is_match`].
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        if !self.may_match(haystack) {
            return None;
        }
        self.find_at_unchecked(haystack, 0)
    }

    /// As [`regex::Regex::find_at`], tested first as [`Regex::is_match`].
    pub fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        if !self.may_match(haystack) {
            return None;
        }
        self.find_at_unchecked(haystack, start)
    }

    fn find_at_unchecked<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        let (s, e) = match self.engine(haystack) {
            Either::Ascii(r) => r
                .find_at(haystack.as_bytes(), start)
                .map(|m| (m.start(), m.end()))?,
            Either::Unicode(r) => r.find_at(haystack, start).map(|m| (m.start(), m.end()))?,
        };
        Some(Match::of(haystack, s, e))
    }

    /// As [`regex::Regex::find_iter`], tested first as [`Regex::is_match`].
    pub fn find_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        let (ascii, unicode) = self.engines(haystack);
        let ascii = ascii
            .into_iter()
            .flat_map(move |r| r.find_iter(haystack.as_bytes()))
            .map(|m| (m.start(), m.end()));
        let unicode = unicode
            .into_iter()
            .flat_map(move |r| r.find_iter(haystack))
            .map(|m| (m.start(), m.end()));
        ascii
            .chain(unicode)
            .map(move |(s, e)| Match::of(haystack, s, e))
    }

    /// As [`regex::Regex::captures`], tested first as [`Regex::is_match`].
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        if !self.may_match(haystack) {
            return None;
        }
        let caps = match self.engine(haystack) {
            Either::Ascii(r) => Either::Ascii(r.captures(haystack.as_bytes())?),
            Either::Unicode(r) => Either::Unicode(r.captures(haystack)?),
        };
        Some(Captures { haystack, caps })
    }

    /// As [`regex::Regex::captures_iter`], tested first as
    /// [`Regex::is_match`].
    pub fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        let (ascii, unicode) = self.engines(haystack);
        let ascii = ascii
            .into_iter()
            .flat_map(move |r| r.captures_iter(haystack.as_bytes()))
            .map(move |c| Captures {
                haystack,
                caps: Either::Ascii(c),
            });
        let unicode = unicode
            .into_iter()
            .flat_map(move |r| r.captures_iter(haystack))
            .map(move |c| Captures {
                haystack,
                caps: Either::Unicode(c),
            });
        ascii.chain(unicode)
    }

    /// As [`regex::Regex::replace_all`], with a plain text for each match.
    pub fn replace_all<'h>(&self, haystack: &'h str, with: &str) -> Cow<'h, str> {
        let mut out = String::new();
        let mut last = 0;
        let mut replaced = false;
        for m in self.find_iter(haystack) {
            out.push_str(&haystack[last..m.start()]);
            out.push_str(with);
            last = m.end();
            replaced = true;
        }
        if !replaced {
            return Cow::Borrowed(haystack);
        }
        out.push_str(&haystack[last..]);
        Cow::Owned(out)
    }

    fn may_match(&self, haystack: &str) -> bool {
        let needs = match self.needs.get() {
            Some(n) => n,
            None => {
                if warming(self.searches.fetch_add(1, Ordering::Relaxed)) {
                    return true;
                }
                self.needs.get_or_init(|| Needs::of(&self.pattern))
            }
        };
        CURRENT.with(|c| match &*c.borrow() {
            Some(c) if c.holds(haystack) => needs.may_match(c),
            _ => true,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needs(pattern: &str) -> Option<Vec<String>> {
        let hir = regex_syntax::Parser::new().parse(pattern).unwrap();
        needed(&hir).map(|set| {
            let mut v: Vec<String> = set
                .into_iter()
                .map(|l| String::from_utf8(l).unwrap())
                .collect();
            v.sort();
            v
        })
    }

    #[test]
    fn a_regex_needs_the_fewest_literals_that_every_match_holds() {
        let words = |w: &[&str]| Some(w.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(needs(r"\b(?:foo|bar)\b"), words(&["bar", "foo"]));
        // A class too large to spell, then words; words, then a gap.
        assert_eq!(
            needs(r"(?:^|[^a-z])(?:retrait|removal)"),
            words(&["removal", "retrait"])
        );
        assert_eq!(
            needs(r"^[^.;]{0,40}?\b(?:ceased|ended) (?:to|in)\b"),
            words(&["ceased", "ended"])
        );
        // The part with fewer literals: one word against two.
        assert_eq!(
            needs(r"(?:a|b)[a-z]* (?:cat|dog) [^.]* bird"),
            words(&[" bird"])
        );
        // Each branch of an alternation gives its set.
        assert_eq!(
            needs(r"(?:x+ sold|y* bought)"),
            words(&[" bought", "x sold"])
        );
        // Case-insensitive: every spelling, the long s too.
        assert_eq!(
            needs(r"(?i)usa"),
            words(&[
                "USA",
                "USa",
                "UsA",
                "Usa",
                "U\u{17f}A",
                "U\u{17f}a",
                "uSA",
                "uSa",
                "usA",
                "usa",
                "u\u{17f}A",
                "u\u{17f}a"
            ])
        );
        // Nothing: literals too short, a part that may be absent, a match
        // that may be empty.
        assert_eq!(needs(r"\b(?:us|uk)\b"), None);
        assert_eq!(needs(r"ab(?:cdef)?"), None);
        assert_eq!(needs(r"(?:never)*"), None);
        assert_eq!(needs(r"(?:word|[0-9]+)"), None);
    }

    #[test]
    fn a_search_is_skipped_only_where_no_match_can_lie() {
        let re = Regex::new(r"\b(?:foo|bar)s?\b").unwrap();
        let plain = regex::Regex::new(&re.pattern).unwrap();
        let sentences = [
            "nothing to see here",
            "a foo and a bars",
            "fo o ba r",
            "xfoox barbar",
            "the bars",
            "",
        ];
        for s in sentences {
            let _entered = Sentence::enter(s);
            // Every part of the sentence, as the checks cut it.
            for i in 0..=s.len() {
                for j in i..=s.len() {
                    let part = &s[i..j];
                    assert_eq!(re.is_match(part), plain.is_match(part), "{s:?} {part:?}");
                    assert_eq!(
                        re.find(part).map(|m| (m.start(), m.end())),
                        plain.find(part).map(|m| (m.start(), m.end()))
                    );
                    assert_eq!(re.find_iter(part).count(), plain.find_iter(part).count());
                    assert_eq!(re.captures(part).is_some(), plain.captures(part).is_some());
                }
            }
        }
        // The test says no without the regex where the sentence lacks the
        // words...
        let s = String::from("nothing to see here");
        let _entered = Sentence::enter(&s);
        assert!(!re.may_match(&s[3..]));
        // ...and nothing of text outside it.
        assert!(re.may_match("no words"));
    }

    #[test]
    fn a_sentence_is_entered_once_and_left_when_dropped() {
        let re = Regex::new(r"\bfoo\b").unwrap();
        let outer = String::from("bar");
        let inner = String::from("baz");
        {
            let _o = Sentence::enter(&outer);
            {
                // Entered already: the inner one is not checked.
                let _i = Sentence::enter(&inner);
                assert!(re.may_match(&inner));
                assert!(!re.may_match(&outer));
            }
            assert!(!re.may_match(&outer));
        }
        assert!(re.may_match(&outer));
    }

    /// The spans a search gives, from this module's regex and from the
    /// regex crate's Unicode one.
    type Spans = Vec<(usize, usize)>;

    fn spans(pattern: &str, text: &str) -> (Spans, Spans) {
        let ours = Regex::new(pattern).unwrap();
        let theirs = regex::Regex::new(pattern).unwrap();
        (
            ours.find_iter(text).map(|m| (m.start(), m.end())).collect(),
            theirs
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect(),
        )
    }

    #[test]
    fn an_ascii_text_gets_the_matches_of_the_unicode_regex() {
        let patterns = [
            r"\b(?:data|donnees)\b[^.;]{0,20}\b(?:us|usa)\b",
            r"(?i)\bkeep\w*",
            r"\s+\d{2}\b",
            r"^\W*model\b",
            r".{0,5}x",
            r"\B\w{2}\b",
            r"(?:inc|llc)\.?|",
        ];
        let texts = [
            "Data is kept in the US. KEEPS, keeping; donnees - usa",
            "model\tclauses 12 34x\nfoo x",
            "  -- Model: inc. llc x;x.x",
            "",
        ];
        for p in patterns {
            for t in texts {
                let (ours, theirs) = spans(p, t);
                assert_eq!(ours, theirs, "{p:?} in {t:?}");
                let re = Regex::new(p).unwrap();
                assert_eq!(re.is_match(t), !theirs.is_empty(), "{p:?} in {t:?}");
                assert_eq!(
                    re.find_at(t, 3.min(t.len())).map(|m| (m.start(), m.end())),
                    regex::Regex::new(p)
                        .unwrap()
                        .find_at(t, 3.min(t.len()))
                        .map(|m| (m.start(), m.end())),
                    "{p:?} in {t:?} from 3"
                );
                assert_eq!(
                    re.replace_all(t, "#"),
                    regex::Regex::new(p).unwrap().replace_all(t, "#"),
                    "{p:?} in {t:?}"
                );
            }
        }
    }

    #[test]
    fn a_text_with_other_characters_is_searched_by_characters() {
        // Two characters, four bytes: the ASCII regex would not match.
        let re = Regex::new(r"^[^.;]{2}x").unwrap();
        assert!(re.is_match("ééx"));
        assert_eq!(re.find("ééx").map(|m| m.as_str()), Some("ééx"));
        assert!(!re.is_match("eeex"));
        // Unicode classes: a Greek word is a word.
        assert_eq!(
            spans(r"\w+", "αβγ de"),
            (vec![(0, 6), (7, 9)], vec![(0, 6), (7, 9)])
        );
        // A pattern that needs Unicode mode to compile.
        let re = Regex::new(r"acci[oó]n|[€$]\d").unwrap();
        assert!(re.is_match("accion") && re.is_match("acción") && re.is_match("€5"));
    }

    #[test]
    fn groups_are_read_as_from_the_regex_crate() {
        let re = Regex::new(r"(?P<word>[a-z]+) (\d+)?").unwrap();
        for text in ["see 12 here", "voilà ab 7", "ab "] {
            let ours = re.captures(text).unwrap();
            let theirs = regex::Regex::new(&re.pattern)
                .unwrap()
                .captures(text)
                .unwrap();
            for i in 0..3 {
                assert_eq!(
                    ours.get(i).map(|m| (m.start(), m.end(), m.as_str())),
                    theirs.get(i).map(|m| (m.start(), m.end(), m.as_str())),
                    "group {i} in {text:?}"
                );
            }
            assert_eq!(
                ours.name("word").map(|m| m.as_str()),
                theirs.name("word").map(|m| m.as_str())
            );
            assert_eq!(&ours[1], &theirs[1]);
            let all: Vec<String> = re.captures_iter(text).map(|c| c[1].to_string()).collect();
            let want: Vec<String> = regex::Regex::new(&re.pattern)
                .unwrap()
                .captures_iter(text)
                .map(|c| c[1].to_string())
                .collect();
            assert_eq!(all, want);
        }
    }
}
