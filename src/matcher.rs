//! Matching: one aho-corasick pass over the normalized text finds where
//! each rule's keywords occur; each rule's regex then runs only around them.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex_automata::util::captures::Captures;

use crate::regex_cache::{Pattern, Searcher};
use crate::rules::{DocNames, LazyRegex, RuleSet};

/// How far (bytes of normalized text) a rule's match may extend from the
/// keyword it contains, on either side, when its regex sets no lower bound
/// (see [`Matcher::reach`]). Clauses are sentences; the longest match on the
/// bundled corpus, the labelled real documents and the benchmark texts is
/// about 330 bytes.
pub const REACH: usize = 1024;

/// Texts up to this long (bytes of normalized text) are searched in windows
/// as long as a rule's longest match on both sides of a keyword
/// ([`Matcher::reach`]).
pub const SHORT: usize = 4096;

/// Keep the windows `wins` (sorted) that hold one of `found` (literals'
/// places, sorted here) from end to end.
fn keep_holding(wins: &mut Vec<(usize, usize)>, found: &mut [(usize, usize)]) {
    keep_meeting(wins, found, |&(s, e)| (s, e, 1), |sets| sets != 0);
}

/// Keep the windows `wins` (sorted) whose literals, of `found` (sorted
/// here; `place` gives a literal's start, end and sets, as bits), that lie
/// in the window from end to end have sets that `met` accepts together
/// (`met` of no set at all is taken to be false).
fn keep_meeting<T: Ord>(
    wins: &mut Vec<(usize, usize)>,
    found: &mut [T],
    place: impl Fn(&T) -> (usize, usize, u64),
    met: impl Fn(u64) -> bool,
) {
    if !found.is_sorted() {
        found.sort_unstable();
    }
    let mut j = 0;
    wins.retain(|&(s, e)| {
        while j < found.len() && place(&found[j]).0 < s {
            j += 1;
        }
        // (As soon as the sets so far are accepted.)
        let mut sets = 0;
        found[j..]
            .iter()
            .map(&place)
            .take_while(|&(ls, _, _)| ls < e)
            .filter(|&(_, le, _)| le <= e)
            .any(|(_, _, more)| {
                sets |= more;
                met(sets)
            })
    });
}

/// How far a match reaches before and after its keyword.
type Sides = (usize, usize);

/// Sorted windows, overlapping (or touching) ones joined.
pub(crate) fn merge(wins: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(wins.len());
    for &(a, b) in wins {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// A rule's wide requirement ([`crate::rules::Analysis::wide`]): terms,
/// each a few sets of literals. Every match of the rule meets one of the
/// terms: it holds a literal of each of the term's sets.
#[derive(Debug, Clone)]
struct Wide {
    /// Every literal of every set.
    automaton: AhoCorasick,
    /// For each pattern of the automaton, the sets it is in (bit `i` for
    /// the `i`-th set, counting the terms' sets in order).
    pattern_sets: Vec<u64>,
    /// For each term, its sets.
    terms: Vec<u64>,
}

impl Wide {
    /// The automaton of `terms`; none if they are empty, have more than 64
    /// sets in all, or the automaton cannot be built.
    fn new(terms: &[Vec<Vec<String>>]) -> Option<Wide> {
        let mut literals: Vec<&str> = Vec::new();
        let mut pattern_sets: Vec<u64> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut term_sets = Vec::with_capacity(terms.len());
        let mut bit = 0;
        for term in terms {
            let mut mask = 0u64;
            for set in term {
                if bit == 64 {
                    return None;
                }
                mask |= 1 << bit;
                for l in set {
                    let p = *index.entry(l.as_str()).or_insert_with(|| {
                        literals.push(l);
                        pattern_sets.push(0);
                        literals.len() - 1
                    });
                    pattern_sets[p] |= 1 << bit;
                }
                bit += 1;
            }
            term_sets.push(mask);
        }
        if term_sets.is_empty() || term_sets.contains(&0) {
            return None;
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&literals)
            .ok()?;
        Some(Wide {
            automaton,
            pattern_sets,
            terms: term_sets,
        })
    }

    /// Whether the sets found (`found`, bits as [`Wide::pattern_sets`])
    /// meet a term.
    fn met_by(&self, found: u64) -> bool {
        self.terms.iter().any(|&t| t & !found == 0)
    }

    /// Whether `text` meets the requirement.
    fn is_met(&self, text: &[u8]) -> bool {
        let mut found = 0;
        for m in self.automaton.find_overlapping_iter(text) {
            let sets = self.pattern_sets[m.pattern().as_usize()];
            if found | sets != found {
                found |= sets;
                if self.met_by(found) {
                    return true;
                }
            }
        }
        false
    }

    /// Keep the windows of `wins` (sorted) whose text, end to end, meets
    /// the requirement.
    fn keep_meeting(&self, wins: &mut Vec<(usize, usize)>, text: &[u8]) {
        let mut found: Vec<(usize, usize, u64)> = Vec::new();
        for (s, e) in merge(wins) {
            found.extend(
                self.automaton
                    .find_overlapping_iter(&text[s..e])
                    .map(|m| (s + m.start(), s + m.end(), self.pattern_sets[m.pattern()])),
            );
        }
        keep_meeting(wins, &mut found, |&place| place, |sets| self.met_by(sets));
    }
}

/// A regex match of one rule on normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMatch {
    /// Index of the rule in [`RuleSet::rules`].
    pub rule: usize,
    /// Byte range in the normalized text.
    pub start: usize,
    pub end: usize,
    /// Named capture groups that matched: (name, start, end) in normalized
    /// text.
    pub groups: Vec<(String, usize, usize)>,
}

/// What each rule's window searches took over a scan, kept when asked for
/// (`scan --rule-times`): where the matching time goes, rule by rule, for
/// the authors of rule packs. Summed over all threads.
#[derive(Debug)]
pub struct RuleTimes {
    /// For each rule: nanoseconds, documents, windows, window bytes,
    /// matches (as [`RuleTime`] names them).
    rules: Vec<[AtomicU64; 5]>,
    /// Documents searched (texts given to [`Matcher::find`]).
    documents: AtomicU64,
}

/// One rule's line of [`RuleTimes::rows`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleTime {
    /// The rule's index in its [`RuleSet`].
    pub rule: usize,
    /// Time spent searching its windows, in nanoseconds: its regexes'
    /// searches (their lazy DFAs' new states included), the look for its
    /// loose regex that decides whether its confirming regex is compiled
    /// ahead ([`compile_confirming`]; where it finds nothing, the windows
    /// count as searched), compiling that regex where a loose match first
    /// needs it, and checking its place names.
    pub nanos: u64,
    /// Documents in which it had windows to search.
    pub documents: u64,
    /// Windows searched.
    pub windows: u64,
    /// Bytes of those windows (of normalized text).
    pub bytes: u64,
    /// Matches found (before the findings' checks and overlaps).
    pub matches: u64,
}

impl RuleTimes {
    /// Counters for a rule set of `rules` rules, all zero.
    pub fn new(rules: usize) -> RuleTimes {
        RuleTimes {
            rules: (0..rules).map(|_| Default::default()).collect(),
            documents: AtomicU64::new(0),
        }
    }

    /// Time spent on rule `rule`'s windows before they are searched
    /// (a loose regex looked for in them, [`compile_confirming`]), counted
    /// with the search that follows.
    fn add_nanos(&self, rule: usize, nanos: u64) {
        if let Some(counters) = self.rules.get(rule) {
            counters[0].fetch_add(nanos, Ordering::Relaxed);
        }
    }

    fn add(&self, rule: usize, nanos: u64, windows: &[(usize, usize)], matches: usize) {
        let Some(counters) = self.rules.get(rule) else {
            return;
        };
        let bytes: usize = windows.iter().map(|(a, b)| b - a).sum();
        let values = [nanos, 1, windows.len() as u64, bytes as u64, matches as u64];
        for (counter, value) in counters.iter().zip(values) {
            counter.fetch_add(value, Ordering::Relaxed);
        }
    }

    /// The rules searched at least once, slowest first (then in rule
    /// order).
    pub fn rows(&self) -> Vec<RuleTime> {
        let mut rows: Vec<RuleTime> = self
            .rules
            .iter()
            .enumerate()
            .map(|(rule, c)| {
                let [nanos, documents, windows, bytes, matches] =
                    c.each_ref().map(|v| v.load(Ordering::Relaxed));
                RuleTime {
                    rule,
                    nanos,
                    documents,
                    windows,
                    bytes,
                    matches,
                }
            })
            .filter(|row| row.documents > 0)
            .collect();
        rows.sort_by_key(|row| (std::cmp::Reverse(row.nanos), row.rule));
        rows
    }

    /// Documents searched so far.
    pub fn documents(&self) -> u64 {
        self.documents.load(Ordering::Relaxed)
    }

    /// [`RuleTimes::rows`] as a table, the rules named by their ids in
    /// `rules`, after a line of totals (with the documents searched).
    pub fn table(&self, rules: &RuleSet) -> String {
        use std::fmt::Write;
        let rows = self.rows();
        let total = |f: fn(&RuleTime) -> u64| rows.iter().map(f).sum::<u64>();
        let mut out = String::from(
            "rule times (window searches, summed over threads; slowest first)\n      \
             ms  documents    windows  window KiB    matches  rule\n",
        );
        let mut line = |ms: f64, d: u64, w: u64, b: u64, m: u64, what: &str| {
            let _ = writeln!(out, "{ms:8.1} {d:10} {w:10} {:11} {m:10}  {what}", b >> 10);
        };
        line(
            total(|r| r.nanos) as f64 / 1e6,
            self.documents(),
            total(|r| r.windows),
            total(|r| r.bytes),
            total(|r| r.matches),
            &format!("(all {} rules searched)", rows.len()),
        );
        for r in &rows {
            let id = rules.rules.get(r.rule).map_or("?", |rule| rule.id.as_str());
            line(
                r.nanos as f64 / 1e6,
                r.documents,
                r.windows,
                r.bytes,
                r.matches,
                id,
            );
        }
        out
    }
}

/// The compiled matcher for a rule set.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    /// For each automaton pattern, the rules that use it as a keyword.
    pattern_rules: Vec<Vec<usize>>,
    /// For each automaton pattern, the rules that have it among their
    /// required literals ([`crate::rules::Analysis::also`]).
    pattern_also: Vec<Vec<usize>>,
    /// Which rules have required literals.
    has_also: Vec<bool>,
    /// For a rule that searches whole documents, how far its matches reach
    /// from one of its required literals, where that is known
    /// ([`Matcher::whole_reach`]).
    whole_also: Vec<Option<(usize, usize)>>,
    rule_count: usize,
    /// Each rule's [`crate::rules::keyword_sides`] (capped), worked out when
    /// first needed.
    sides: Arc<Vec<OnceLock<Sides>>>,
    /// Each rule's [`crate::rules::keyword_space_sides`], worked out when
    /// first needed (as `sides`).
    spaces: Arc<Vec<OnceLock<Option<Sides>>>>,
    /// For each rule with a wide requirement
    /// ([`crate::rules::Analysis::wide`]), the automaton that looks for it,
    /// built when first needed (none if it could not be built: the rule's
    /// windows are then searched with its regex as they are).
    wide: Arc<Vec<Option<OnceLock<Option<Wide>>>>>,
    /// How much memory the rule set's regex caches may keep after
    /// [`Matcher::find`] ([`crate::regex_cache::CacheGroup::trim`]).
    pub cache_budget: usize,
    /// Where each rule's window searches are timed, if they are
    /// (`scan --rule-times`).
    pub times: Option<Arc<RuleTimes>>,
}

/// The keyword automaton's literals for the bundled rules, one a line, in
/// the automaton's order ([`Matcher::patterns`]): written with
/// `patterns/analysis.tsv` (`tests/rules.rs` checks that it is current),
/// so that the automaton can be built while the rules load.
const BUNDLED_KEYWORDS: &str = include_str!("../patterns/keywords.txt");

/// The keyword automaton of the bundled rules, built on another thread from
/// `patterns/keywords.txt` while this one loads the rules
/// ([`Matcher::with_prebuilt`]). Building it takes about 10 ms, a fifth of
/// the start-up of a one-file scan, and the loading of the rules leaves a
/// core partly idle (benches/README.md, session 62).
#[derive(Debug)]
pub struct Prebuilt {
    handle: std::thread::JoinHandle<AhoCorasick>,
}

impl Prebuilt {
    /// Start building the automaton; `None` if no thread could be started.
    pub fn spawn() -> Option<Prebuilt> {
        std::thread::Builder::new()
            .name("keywords".into())
            .spawn(|| keyword_automaton(&BUNDLED_KEYWORDS.lines().collect::<Vec<_>>()))
            .ok()
            .map(|handle| Prebuilt { handle })
    }
}

/// The keyword automaton over `keywords`, the automaton's patterns in order.
fn keyword_automaton(keywords: &[&str]) -> AhoCorasick {
    // A contiguous NFA, not a DFA: with some 3,000 keywords the DFA
    // took about a quarter of the start-up (15 ms of 60 for one small
    // file) and searched no faster here, where the prefilter and the
    // regexes dominate (benches/README.md, session 13).
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(keywords)
        .expect("keyword automaton: keywords are short literals")
}

impl Matcher {
    /// Build the keyword automaton for `rules`.
    pub fn new(rules: &RuleSet) -> Matcher {
        Matcher::with_prebuilt(rules, None)
    }

    /// The literals of the keyword automaton for `rules`, in its order: each
    /// rule's keywords and required literals, the first time they occur.
    /// For the bundled rules, the lines of `patterns/keywords.txt`.
    pub fn patterns(rules: &RuleSet) -> Vec<&str> {
        Matcher::uses(rules).0
    }

    /// [`Matcher::new`], with the automaton of `prebuilt` where it was built
    /// for the same literals (the bundled rules, `patterns/keywords.txt`
    /// current); otherwise it is built here.
    pub fn with_prebuilt(rules: &RuleSet, prebuilt: Option<Prebuilt>) -> Matcher {
        let (keywords, pattern_rules, pattern_also, has_also) = Matcher::uses(rules);
        let automaton = prebuilt
            .filter(|_| keywords.iter().copied().eq(BUNDLED_KEYWORDS.lines()))
            .and_then(|p| p.handle.join().ok())
            .unwrap_or_else(|| keyword_automaton(&keywords));
        let whole_also = rules
            .rules
            .iter()
            .map(|rule| {
                let a = rule.precomputed.as_ref()?;
                let (before, after) = a.also_sides?;
                let longest = a.bound?;
                (rule.whole_document && a.also.is_some())
                    .then(|| (before.min(longest), after.min(longest)))
            })
            .collect();
        Matcher {
            automaton,
            pattern_rules,
            pattern_also,
            has_also,
            whole_also,
            rule_count: rules.rules.len(),
            sides: Arc::new((0..rules.rules.len()).map(|_| OnceLock::new()).collect()),
            spaces: Arc::new((0..rules.rules.len()).map(|_| OnceLock::new()).collect()),
            wide: Arc::new(
                rules
                    .rules
                    .iter()
                    .map(|rule| {
                        let a = rule.precomputed.as_ref()?;
                        a.wide.as_ref().map(|_| OnceLock::new())
                    })
                    .collect(),
            ),
            cache_budget: crate::regex_cache::CACHE_BUDGET,
            times: None,
        }
    }

    /// The automaton's literals ([`Matcher::patterns`]), and for each the
    /// rules that have it as a keyword and those that have it as a
    /// required literal; and which rules have required literals.
    #[allow(clippy::type_complexity)]
    fn uses(rules: &RuleSet) -> (Vec<&str>, Vec<Vec<usize>>, Vec<Vec<usize>>, Vec<bool>) {
        // (literal, rule, whether it is one of the rule's required
        // literals rather than a keyword)
        let mut uses: Vec<(&String, usize, bool)> = Vec::new();
        let mut has_also = vec![false; rules.rules.len()];
        for (ri, rule) in rules.rules.iter().enumerate() {
            uses.extend(rule.keywords.iter().map(|k| (k, ri, false)));
            let also = rule.precomputed.as_ref().and_then(|a| a.also.as_ref());
            for l in also.into_iter().flatten() {
                uses.push((l, ri, true));
                has_also[ri] = true;
            }
        }
        // (Borrowed: a copy of each of the 12,000 uses cost about 0.3 ms of
        // the start-up.)
        let mut keywords: Vec<&str> = Vec::new();
        let mut pattern_rules: Vec<Vec<usize>> = Vec::new();
        let mut pattern_also: Vec<Vec<usize>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for (k, ri, is_also) in uses {
            let pi = *index.entry(k.as_str()).or_insert_with(|| {
                keywords.push(k);
                pattern_rules.push(Vec::new());
                pattern_also.push(Vec::new());
                keywords.len() - 1
            });
            match is_also {
                false => pattern_rules[pi].push(ri),
                true => pattern_also[pi].push(ri),
            }
        }
        (keywords, pattern_rules, pattern_also, has_also)
    }

    /// Which rules have at least one keyword in `text`.
    pub fn candidate_rules(&self, text: &str) -> Vec<bool> {
        let mut hit = vec![false; self.rule_count];
        let mut seen_pattern = vec![false; self.pattern_rules.len()];
        let mut remaining = self.pattern_rules.len();
        for m in self.automaton.find_overlapping_iter(text) {
            let p = m.pattern().as_usize();
            if !seen_pattern[p] {
                seen_pattern[p] = true;
                for &r in &self.pattern_rules[p] {
                    hit[r] = true;
                }
                remaining -= 1;
                if remaining == 0 {
                    break;
                }
            }
        }
        hit
    }

    /// All regex matches of all rules in `text` (normalized), sorted by
    /// position then rule index.
    ///
    /// Each rule's regex runs only in windows around the occurrences of its
    /// keywords, not over the whole text: in a long contract most rules'
    /// keywords occur somewhere, but only a fraction of the text is near
    /// them. A window reaches as far as the rule's longest match
    /// ([`Matcher::reach`]). Every match of a rule contains one of its
    /// keywords (the rule packs are written so, and tests hold them to it),
    /// or the rule searches whole documents; so this finds the matches of
    /// [`Matcher::find_exhaustive`] of the rules whose keywords occur that
    /// are no longer than [`REACH`] and whose words are no longer than
    /// [`crate::rules::WORD_MAX`]: all the matches of a real clause.
    pub fn find(&self, rules: &RuleSet, text: &str) -> Vec<RawMatch> {
        self.find_batch(rules, &[text]).pop().unwrap_or_default()
    }

    /// [`Matcher::find`] for each of `texts`, the same matches, searched
    /// rule by rule: each rule's windows in all the texts, then the next
    /// rule's. A rule's lazy DFA states are then read from the processor's
    /// caches while they are warm, rather than once per document after
    /// every other rule has pushed them out. Measured on the real-text
    /// bench (182 documents), the matcher alone (`benches/README.md`,
    /// session 61): 3.02 s one document at a time, 2.70 s in batches of 8
    /// documents, 2.42 s in batches of 32; 500 short notices, 0.74 s
    /// against 0.50 s in batches of 32.
    pub fn find_batch(&self, rules: &RuleSet, texts: &[&str]) -> Vec<Vec<RawMatch>> {
        if let Some(times) = &self.times {
            times
                .documents
                .fetch_add(texts.len() as u64, Ordering::Relaxed);
        }
        let mut windows: Vec<Vec<Vec<(usize, usize)>>> =
            texts.iter().map(|t| self.windows(rules, t)).collect();
        compile_needed(rules, &windows);
        for (text, wins) in texts.iter().zip(windows.iter_mut()) {
            compile_confirming(rules, text, wins, self.times.as_deref());
        }
        let docs: Vec<DocNames> = texts.iter().map(|t| DocNames::new(t)).collect();
        let mut outs: Vec<Vec<RawMatch>> = vec![Vec::new(); texts.len()];
        // Each text's windows of rule `ri`, searched with `exact` (and
        // `loose`), its matches into that text's list.
        let mut search = |ri: usize, exact: &mut RuleSearch, mut loose: Option<&mut Searcher>| {
            for ((wins, doc), out) in windows.iter().zip(&docs).zip(outs.iter_mut()) {
                if !wins[ri].is_empty() {
                    self.search_rule(rules, ri, exact, loose.as_deref_mut(), doc, &wins[ri], out);
                }
            }
        };
        // A rule whose regex cache another thread is using now is searched
        // after the others, when it is likely free again, rather than with
        // a new cache whose states would all be built again.
        let mut busy = Vec::new();
        for ri in 0..self.rule_count {
            // (A rule is compiled when first needed: only rules whose
            // keywords occur are; a rule with a loose regex, only once that
            // regex matches.)
            if windows.iter().all(|wins| wins[ri].is_empty()) {
                continue;
            }
            let rule = &rules.rules[ri];
            let searched = match &rule.loose {
                None => rule.regex.get().map(|regex| {
                    let exact = RuleSearch::exact(&rule.regex, regex.try_searcher());
                    (exact, None)
                }),
                Some(loose) => loose.get().map(|loose| {
                    (
                        RuleSearch::exact(&rule.regex, None),
                        Some(loose.try_searcher()),
                    )
                }),
            };
            match searched {
                None => {}
                Some((mut exact, None)) if exact.searcher.is_some() => search(ri, &mut exact, None),
                Some((mut exact, Some(Some(mut loose)))) => {
                    search(ri, &mut exact, Some(&mut loose))
                }
                Some(_) => busy.push(ri),
            }
        }
        for ri in busy {
            let rule = &rules.rules[ri];
            let mut exact = RuleSearch::exact(&rule.regex, None);
            let mut loose = rule
                .loose
                .as_ref()
                .and_then(LazyRegex::get)
                .map(Pattern::searcher);
            search(ri, &mut exact, loose.as_mut());
        }
        // Between batches, keep the regex caches in bounds.
        rules.caches().trim(self.cache_budget);
        for out in &mut outs {
            out.sort_by_key(|m| (m.start, m.rule, m.end));
        }
        outs
    }

    /// Every rule's matches over the whole text, keywords ignored: what
    /// [`Matcher::find`] must return, at many times its cost (for tests).
    pub fn find_exhaustive(&self, rules: &RuleSet, text: &str) -> Vec<RawMatch> {
        let mut out = Vec::new();
        for ri in 0..rules.rules.len() {
            self.find_rule(rules, ri, text, &mut out);
        }
        out.sort_by_key(|m| (m.start, m.rule, m.end));
        out
    }

    /// For each rule, where its keywords occur in `text` (normalized).
    pub fn keyword_hits(&self, text: &str) -> Vec<Vec<(usize, usize)>> {
        self.hits(text).0
    }

    /// For each rule, where its keywords occur in `text` (normalized), and
    /// where its required literals do.
    #[allow(clippy::type_complexity)]
    fn hits(&self, text: &str) -> (Vec<Vec<(usize, usize)>>, Vec<Vec<(usize, usize)>>) {
        let mut hits = vec![Vec::new(); self.rule_count];
        let mut also = vec![Vec::new(); self.rule_count];
        for m in self.automaton.find_overlapping_iter(text) {
            let p = m.pattern().as_usize();
            for &r in &self.pattern_rules[p] {
                hits[r].push((m.start(), m.end()));
            }
            for &r in &self.pattern_also[p] {
                also[r].push((m.start(), m.end()));
            }
        }
        (hits, also)
    }

    /// How far from a keyword rule `ri`'s matches can reach in a text of
    /// `text_len` bytes: `(before, after)` such that a match holding the
    /// keyword found at `ks..ke` starts at or after `ke - before` and ends
    /// at or before `ks + after`. That is the rule's longest match
    /// ([`crate::rules::LazyRegex::max_len`]) on both sides, or less on one
    /// side where the regex shows where its keyword lies
    /// ([`crate::rules::keyword_sides`], from the rule's
    /// [`crate::rules::Analysis`]: precomputed for the bundled rules, worked
    /// out at load for a user's; for a rule without one, on the first text
    /// longer than [`SHORT`], since in shorter ones it would not save its
    /// own cost), at most [`REACH`]; `None` for a rule that searches the
    /// whole document ([`crate::rules::Rule::whole_document`]).
    pub fn reach(&self, rules: &RuleSet, ri: usize, text_len: usize) -> Option<(usize, usize)> {
        let rule = &rules.rules[ri];
        if rule.whole_document {
            return None;
        }
        // Worked out on the rule's regex, whose matches the windows must
        // hold, never on its loose regex: [`LazyRegex::max_len`] counts an
        // unbounded repetition of a group as a few words, and a loose
        // regex's uncounted gap may be much longer. (Without compiling
        // the regex of a rule with a loose regex: it is compiled only once
        // the loose one matches.)
        // (From the rule's analysis, when it has one.)
        let bound = match (&rule.precomputed, &rule.loose) {
            (Some(analysis), _) => analysis.bound,
            (None, None) => rule.regex.max_len(),
            (None, Some(_)) => rule.regex.max_len_uncompiled(),
        };
        let longest = bound.map_or(REACH, |n| n.min(REACH));
        if text_len <= SHORT && rule.precomputed.is_none() {
            return Some((longest, longest));
        }
        Some(*self.sides[ri].get_or_init(|| {
            let sides = match &rule.precomputed {
                Some(analysis) => analysis.sides,
                None => crate::rules::keyword_sides(rule.regex.source(), &rule.keywords),
            };
            let (before, after) = sides.unwrap_or((longest, longest));
            (before.min(longest), after.min(longest))
        }))
    }

    /// How many spaces a match of rule `ri` can hold on either side of the
    /// keyword it contains, in a text of `text_len` bytes: `(before,
    /// after)` such that a match holding the keyword found at `ks..ke` has
    /// at most `before` spaces in its part up to `ke` and at most `after`
    /// in its part from `ks` ([`crate::rules::keyword_space_sides`], from
    /// the rule's [`crate::rules::Analysis`] as for [`Matcher::reach`]; a
    /// side is `usize::MAX` where the regex does not bound it); `None` where
    /// the analysis cannot tell where the keyword lies, for a rule that
    /// searches whole documents, and for a rule without an analysis in a
    /// text of at most [`SHORT`] bytes. The windows end where the nearer of
    /// this bound and [`Matcher::reach`] does.
    pub fn space_reach(&self, rules: &RuleSet, ri: usize, text_len: usize) -> Option<Sides> {
        let rule = &rules.rules[ri];
        if rule.whole_document {
            return None;
        }
        if let Some(analysis) = &rule.precomputed {
            return analysis.spaces;
        }
        if text_len <= SHORT {
            return None;
        }
        *self.spaces[ri]
            .get_or_init(|| crate::rules::keyword_space_sides(rule.regex.source(), &rule.keywords))
    }

    /// For a rule that searches whole documents, how far from one of its
    /// required literals its matches can reach (as [`Matcher::reach`] for
    /// a keyword: the rule's longest match, or less on one side, not capped
    /// at [`REACH`]), if its regex shows it: the rule is then searched
    /// around its required literals, in documents that hold a keyword.
    pub fn whole_reach(&self, ri: usize) -> Option<(usize, usize)> {
        self.whole_also[ri]
    }

    /// For each rule, where its required literals occur in `text`
    /// (normalized).
    pub fn required_hits(&self, text: &str) -> Vec<Vec<(usize, usize)>> {
        self.hits(text).1
    }

    /// For each rule, the stretches of `text` where a match containing one
    /// of its keywords can lie ([`Matcher::reach`] on either side), in order
    /// and disjoint: the whole text for a rule that searches whole
    /// documents (or around its required literals, [`Matcher::whole_reach`]),
    /// nothing for a rule whose keywords do not occur.
    fn windows(&self, rules: &RuleSet, text: &str) -> Vec<Vec<(usize, usize)>> {
        let (mut wins, mut also) = self.hits(text);
        // Where the spaces of the text are, for the rules whose matches
        // hold a bounded number of them (found once they are needed).
        let mut spaces: Option<Vec<u32>> = None;
        for (ri, hits) in wins.iter_mut().enumerate() {
            if hits.is_empty() {
                continue;
            }
            let (before, after, filter) = match self.reach(rules, ri, text.len()) {
                Some((before, after)) => (before, after, self.has_also[ri]),
                None => match self.whole_also[ri] {
                    // Every match holds a required literal: around them.
                    Some((before, after)) => {
                        *hits = std::mem::take(&mut also[ri]);
                        (before, after, false)
                    }
                    None => {
                        *hits = vec![(0, text.len())];
                        if self.has_also[ri] && also[ri].is_empty() {
                            hits.clear();
                        }
                        // Not only until compiled, as for windows below:
                        // here the regex would search the whole text, and
                        // the automaton stops as soon as a term is met.
                        if let Some(wide) = self.wide(rules, ri)
                            && !wide.is_met(text.as_bytes())
                        {
                            hits.clear();
                        }
                        continue;
                    }
                },
            };
            let in_spaces = self
                .space_reach(rules, ri, text.len())
                // (Neither side bounded: nothing to look up.)
                .filter(|&(sb, sa)| sb < usize::MAX || sa < usize::MAX)
                .filter(|_| u32::try_from(text.len()).is_ok())
                .map(|sides| {
                    let at = spaces.get_or_insert_with(|| {
                        memchr::memchr_iter(b' ', text.as_bytes())
                            .map(|i| i as u32)
                            .collect()
                    });
                    (sides, &*at)
                });
            for (s, e) in hits.iter_mut() {
                let (mut lo, mut hi) = (e.saturating_sub(before), (*s + after).min(text.len()));
                if let Some(((sb, sa), at)) = in_spaces {
                    // A match holds at most `sb` spaces up to the keyword's
                    // end: it starts after the space `sb + 1` back from
                    // there. And at most `sa` from the keyword's start: it
                    // ends at or before the space `sa + 1` on from there.
                    // (A side with more spaces than the text has cannot
                    // end a window: not looked up.)
                    if sb < at.len() {
                        let back = at.partition_point(|&p| (p as usize) < *e);
                        if back > sb {
                            lo = lo.max(at[back - sb - 1] as usize + 1);
                        }
                    }
                    if sa < at.len() {
                        let on = at.partition_point(|&p| (p as usize) < *s);
                        if let Some(&p) = at.get(on + sa) {
                            hi = hi.min(p as usize);
                        }
                    }
                }
                (*s, *e) = (lo.min(*s), hi.max(*e));
            }
            // Overlapping matches come in order of their ends; a longer
            // keyword may start before the previous one.
            if !hits.is_sorted() {
                hits.sort_unstable();
            }
            if filter {
                // A match holds one of the rule's required literals too,
                // within the window of the keyword it holds.
                keep_holding(hits, &mut also[ri]);
            } else if let Some(wide) = self
                .wide(rules, ri)
                .filter(|_| !first_regex(rules, ri).is_compiled())
            {
                // The same with the rule's wide requirement, looked for in the
                // windows only, until the rule's regex is compiled: it
                // saves compiling it (tens of milliseconds for the largest)
                // for a document where it cannot match. Once compiled, the
                // regex searches the windows about as fast as the automaton
                // would look for the set in them: on the text benchmark,
                // `text/x1`, the sets kept about a third of these rules'
                // window bytes out (160 to 110 MB, of 867 MB of windows in
                // all), yet looking for them always cost about 10 % more CPU
                // (benches/README.md, session 51); with the terms of each
                // branch, 18 % more (session 52).
                wide.keep_meeting(hits, text.as_bytes());
            }
            *hits = merge(hits);
        }
        wins
    }

    /// Rule `ri`'s wide requirement ([`crate::rules::Analysis::wide`]),
    /// if it has one.
    fn wide(&self, rules: &RuleSet, ri: usize) -> Option<&Wide> {
        let cell = self.wide[ri].as_ref()?;
        cell.get_or_init(|| {
            let terms = rules.rules[ri]
                .precomputed
                .as_ref()
                .and_then(|a| a.wide.as_deref())
                .unwrap_or_default();
            Wide::new(terms)
        })
        .as_ref()
    }

    /// [`Matcher::find_rule_in`], timed into [`Matcher::times`] if kept.
    #[allow(clippy::too_many_arguments)]
    fn search_rule(
        &self,
        rules: &RuleSet,
        ri: usize,
        regex: &mut RuleSearch,
        loose: Option<&mut Searcher>,
        doc: &DocNames<'_>,
        wins: &[(usize, usize)],
        out: &mut Vec<RawMatch>,
    ) {
        let Some(times) = &self.times else {
            return self.find_rule_in(rules, ri, regex, loose, doc, wins, out);
        };
        let (started, found) = (Instant::now(), out.len());
        self.find_rule_in(rules, ri, regex, loose, doc, wins, out);
        let nanos = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
        times.add(ri, nanos, wins, out.len() - found);
    }

    /// Matches of rule `ri` that start in one of `wins` (from
    /// [`Matcher::windows`]), searched with the text cut at the window's
    /// end; a match that reaches the cut is searched again in the whole text,
    /// since what follows could change it.
    ///
    /// With the rule's loose regex (`loose`, see [`crate::rules::Rule::loose`]), the
    /// window is searched with it, and each of its matches is confirmed by
    /// the rule's regex anchored at its start: it matches wherever the
    /// rule's regex does, so the first place where both match is the first
    /// where the rule's regex matches, and the match found there is the one
    /// it would have found.
    #[allow(clippy::too_many_arguments)]
    fn find_rule_in(
        &self,
        rules: &RuleSet,
        ri: usize,
        regex: &mut RuleSearch,
        mut loose: Option<&mut Searcher>,
        doc: &DocNames<'_>,
        wins: &[(usize, usize)],
        out: &mut Vec<RawMatch>,
    ) {
        let rule = &rules.rules[ri];
        let text = doc.text();
        let bytes = text.as_bytes();
        // (A loose regex written in a pack is for a rule without groups;
        // one worked out from the regex knows whether it had any.)
        let plain = rule.placeholders.is_empty()
            && match (&rule.loose, &loose) {
                (Some(l), Some(_)) => !l.had_groups(),
                _ => regex.get().is_some_and(|r| r.pattern().captures_len() == 1),
            };
        let mut caps = None;
        // Where the previous match ended: matches do not overlap.
        let mut pos = 0;
        for &(a, b) in wins {
            let mut at = a.max(pos);
            while at < b {
                let cut = &bytes[..b];
                if plain {
                    let found = match loose.as_deref_mut() {
                        None => regex.get().and_then(|r| r.find_at(cut, at)),
                        Some(loose) => Self::confirmed(regex, loose, cut, at),
                    };
                    let Some(mut m) = found else {
                        break;
                    };
                    if m.end() == b && b < bytes.len() {
                        // (None only if the match ended with `$` at the cut.)
                        // A confirming regex is searched anchored only.
                        let whole = match loose.as_deref_mut() {
                            None => regex.get().and_then(|r| r.find_at(bytes, at)),
                            Some(loose) => Self::confirmed(regex, loose, bytes, at),
                        };
                        let Some(whole) = whole else {
                            break;
                        };
                        m = whole;
                    }
                    at = resume(bytes, m.start(), m.end());
                    pos = at;
                    self.push_plain(ri, text, m.start(), m.end(), out);
                } else {
                    let Some(regex) = regex.get() else {
                        return;
                    };
                    let caps = caps.get_or_insert_with(|| regex.pattern().create_captures());
                    let mut captures_at = |haystack: &[u8], caps: &mut Captures| match loose
                        .as_deref_mut()
                    {
                        None => regex.captures_at(haystack, at, caps),
                        Some(loose) => Self::confirmed_captures(regex, loose, haystack, at, caps),
                    };
                    if !captures_at(cut, caps) {
                        break;
                    }
                    let m = caps.get_match().expect("captures_at matched");
                    if m.end() == b && b < bytes.len() && !captures_at(bytes, caps) {
                        break;
                    }
                    let m = caps.get_match().expect("captures_at matched");
                    at = resume(bytes, m.start(), m.end());
                    pos = at;
                    self.push_captures(rules, ri, doc, caps, out);
                }
            }
        }
    }

    /// The first match of `regex` in `haystack` that starts at or after
    /// `at`, found with the help of `loose`, a regex that matches wherever
    /// `regex` does (see [`Matcher::find_rule_in`]): `regex` is compiled
    /// only once `loose` matches.
    fn confirmed(
        regex: &mut RuleSearch,
        loose: &mut Searcher,
        haystack: &[u8],
        mut at: usize,
    ) -> Option<regex_automata::Match> {
        while at <= haystack.len() {
            let l = loose.find_at(haystack, at)?;
            if let Some(m) = regex.get()?.find_anchored_at(haystack, l.start()) {
                return Some(m);
            }
            at = l.start() + 1;
        }
        None
    }

    /// As [`Matcher::confirmed`], with the groups in `caps`; false when
    /// nothing matches.
    fn confirmed_captures(
        regex: &mut Searcher,
        loose: &mut Searcher,
        haystack: &[u8],
        mut at: usize,
        caps: &mut Captures,
    ) -> bool {
        while at <= haystack.len() {
            let Some(l) = loose.find_at(haystack, at) else {
                return false;
            };
            if regex.captures_anchored_at(haystack, l.start(), caps) {
                return true;
            }
            at = l.start() + 1;
        }
        false
    }

    /// A match with its named groups, if every placeholder group starts with
    /// a gazetteer name of the right kind; the placeholder group (and the
    /// match, if it ends there) is cut after the name.
    fn checked(&self, rules: &RuleSet, ri: usize, text: &str, caps: &Captures) -> Option<RawMatch> {
        let rule = &rules.rules[ri];
        let m = caps.get_match()?;
        let start = ceil_boundary(text, m.start());
        let mut end = ceil_boundary(text, m.end());
        if start >= end {
            return None;
        }
        let regex = rule.regex.get()?;
        let mut groups: Vec<(String, usize, usize)> = regex
            .capture_names()
            .flatten()
            .filter_map(|n| {
                caps.get_group_by_name(n).map(|g| {
                    (
                        n.to_string(),
                        ceil_boundary(text, g.start),
                        ceil_boundary(text, g.end),
                    )
                })
            })
            .collect();
        for ph in &rule.placeholders {
            let Some(g) = caps.get_group_by_name(&ph.group) else {
                continue;
            };
            let (g_start, g_end) = (ceil_boundary(text, g.start), ceil_boundary(text, g.end));
            let (name_end, _) = rules.gazetteer.longest_at(text, g_start, ph.kinds, false)?;
            if name_end != g_end {
                // Only a placeholder that ends the regex may take the
                // name's own length; elsewhere the rest of the regex was
                // matched against these very words.
                if !(ph.last && g_end == end) {
                    return None;
                }
                end = name_end;
            }
            for (_, gs, ge) in groups.iter_mut() {
                if *ge == g_end && *gs <= g_start {
                    *ge = name_end;
                }
            }
        }
        Some(RawMatch {
            rule: ri,
            start,
            end,
            groups,
        })
    }

    /// Matches of one rule over the whole text, regardless of keywords (used
    /// by rule examples after the keyword check, and by
    /// [`Matcher::find_exhaustive`]).
    pub fn find_rule(&self, rules: &RuleSet, ri: usize, text: &str, out: &mut Vec<RawMatch>) {
        let rule = &rules.rules[ri];
        // Bundled rules are compiled by the test suite, others when loaded:
        // a regex that does not compile here cannot happen.
        let Some(regex) = rule.regex.get() else {
            return;
        };
        let bytes = text.as_bytes();
        let mut at = 0;
        if regex.captures_len() == 1 && rule.placeholders.is_empty() {
            while let Some(m) = regex.find_at(bytes, at) {
                at = resume(bytes, m.start(), m.end());
                self.push_plain(ri, text, m.start(), m.end(), out);
                if at > bytes.len() {
                    break;
                }
            }
        } else {
            let doc = DocNames::new(text);
            let mut caps = regex.create_captures();
            while regex.captures_at(bytes, at, &mut caps) {
                let m = caps.get_match().expect("captures_at matched");
                at = resume(bytes, m.start(), m.end());
                self.push_captures(rules, ri, &doc, &caps, out);
                if at > bytes.len() {
                    break;
                }
            }
        }
    }

    /// Record a match of a rule without groups or placeholders.
    fn push_plain(&self, ri: usize, text: &str, start: usize, end: usize, out: &mut Vec<RawMatch>) {
        let (start, end) = (ceil_boundary(text, start), ceil_boundary(text, end));
        if start < end {
            out.push(RawMatch {
                rule: ri,
                start,
                end,
                groups: vec![],
            });
        }
    }

    /// Record a match with its groups once its placeholders are checked
    /// against the gazetteer (see [`Matcher::checked`]).
    fn push_captures(
        &self,
        rules: &RuleSet,
        ri: usize,
        doc: &DocNames<'_>,
        caps: &Captures,
        out: &mut Vec<RawMatch>,
    ) {
        let rule = &rules.rules[ri];
        let text = doc.text();
        let Some(m) = caps.get_match() else {
            return;
        };
        if m.start() == m.end() {
            return;
        }
        if let Some(raw) = self.checked(rules, ri, text, caps) {
            out.push(raw);
            return;
        }
        // The quick regex let a placeholder match words that are no
        // known place (an optional `{country}` before "authorities",
        // say): ask the exact regex about this stretch of text.
        let Some(exact) = rule.exact.as_ref() else {
            return;
        };
        let mut window_end = (m.end() + 400).min(text.len());
        while !text.is_char_boundary(window_end) {
            window_end -= 1;
        }
        let Some(exact) = exact.for_window(&rules.gazetteer, doc, m.start()..window_end) else {
            return;
        };
        let window = &text.as_bytes()[..window_end];
        let mut pos = m.start();
        let mut c = exact.create_captures();
        while exact.captures_at(window, pos, &mut c) {
            let cm = c.get_match().expect("captures_at matched");
            if cm.start() >= m.end() || cm.start() == cm.end() {
                break;
            }
            if let Some(raw) = self.checked(rules, ri, text, &c) {
                out.push(raw);
            }
            pos = cm.end();
        }
    }
}

/// The regex that searches rule `ri`'s windows first: its loose regex if
/// it has one.
fn first_regex(rules: &RuleSet, ri: usize) -> &LazyRegex {
    let rule = &rules.rules[ri];
    rule.loose.as_ref().unwrap_or(&rule.regex)
}

/// Compile, on all of the pool's threads at once, the regexes that the
/// rules with windows in this text search first (the loose one where a
/// rule has it) and that no text has needed before. Each is otherwise
/// compiled by the thread that first needs it, one after another: on a
/// scan's first documents, and in a scan of one small file, compiling is
/// most of the work. A regex that another worker is compiling is left to
/// it: the threads of a scan start on documents that need the same rules,
/// and waiting for each other's compiles left them idle for about 0.2 s
/// of thread time in the first second of a scan of the benchmark text.
fn compile_needed(rules: &RuleSet, windows: &[Vec<Vec<(usize, usize)>>]) {
    let fresh: Vec<&LazyRegex> = (0..rules.rules.len())
        .filter(|&ri| windows.iter().any(|wins| !wins[ri].is_empty()))
        .map(|ri| first_regex(rules, ri))
        .filter(|regex| !regex.is_compiled())
        .collect();
    compile_ahead(&fresh);
}

/// Compile `regexes` on the threads of the pool, skipping those another
/// thread has begun; one alone is left to be compiled where it is used.
fn compile_ahead(regexes: &[&LazyRegex]) {
    use rayon::prelude::*;
    if regexes.len() > 1 {
        regexes
            .par_iter()
            .for_each(|regex| regex.compile_unless_claimed());
    }
}

/// Compile, on the threads of the pool, the regexes that confirm the
/// matches of rules with a loose regex ([`crate::rules::Rule::loose`]) whose
/// loose regex matches in their windows, where two or more are not compiled
/// yet. Such a regex is otherwise compiled when the loose one first
/// matches, in [`Matcher::find_rule_in`]: a short document needs several
/// (ten for the one-clause file of the start-up benchmark, 0.3 to 2 ms
/// each), which one thread compiled one after the other while the other
/// had nothing to do. The windows of a rule whose loose regex does not match
/// are emptied: it has no match there. With `times`, the time spent is
/// the rule's: as a search of its windows that found nothing where they
/// are emptied, added to the search that follows where they are not.
fn compile_confirming(
    rules: &RuleSet,
    text: &str,
    windows: &mut [Vec<(usize, usize)>],
    times: Option<&RuleTimes>,
) {
    let bytes = text.as_bytes();
    let mut fresh: Vec<&LazyRegex> = Vec::new();
    for (ri, wins) in windows.iter_mut().enumerate() {
        let rule = &rules.rules[ri];
        let Some(loose) = &rule.loose else {
            continue;
        };
        if wins.is_empty() || rule.regex.is_compiled() {
            continue;
        }
        // (A cache another thread is using is left to it: the rule is then
        // searched as usual.)
        let Some(mut searcher) = loose.get().and_then(Pattern::try_searcher) else {
            continue;
        };
        let started = times.map(|_| Instant::now());
        let matched = wins
            .iter()
            .any(|&(a, b)| searcher.is_match_at(&bytes[..b], a));
        let nanos = started.map(|t| u64::try_from(t.elapsed().as_nanos()).unwrap_or(u64::MAX));
        match (times.zip(nanos), matched) {
            (Some((times, nanos)), true) => times.add_nanos(ri, nanos),
            (Some((times, nanos)), false) => times.add(ri, nanos, wins, 0),
            (None, _) => {}
        }
        if matched {
            fresh.push(&rule.regex);
        } else {
            wins.clear();
        }
    }
    compile_ahead(&fresh);
}

/// Where to search for a rule's next match after one at `start..end` of
/// `text` (bytes): at its end, or before the punctuation it ends with, so
/// that the next sentence's match may start on the full stop that ends this
/// one ("We transfer your data to the US[.] Your data may be ..." holds
/// two matches of a rule whose regex begins at a sentence's punctuation).
/// Matches then share at most those few bytes ([`overlap_is_punctuation`]);
/// always past `start`, so a search moves on.
///
/// A match that runs on past a question's mark ("Do you handle requests of
/// [authorities? Yes. Any request] of an authority is ...", a questionnaire
/// row's question and answer) is searched again right after the mark, so
/// that the answer's own match is found even when the one spanning both is
/// set aside (the question's match overlapping it comes first, and a
/// question discloses nothing): matches may then overlap.
pub(crate) fn resume(text: &[u8], start: usize, end: usize) -> usize {
    if let Some(q) = text[start..end]
        .windows(2)
        .position(|w| w[0] == b'?' && w[1].is_ascii_whitespace())
        && start + q + 2 < end
    {
        return start + q + 1;
    }
    let mut at = end;
    while at > start + 1 && at + 2 > end && is_sentence_punct(text[at - 1]) {
        at -= 1;
    }
    at.max(start + 1)
}

fn is_sentence_punct(b: u8) -> bool {
    matches!(
        b,
        b'.' | b';' | b':' | b'!' | b'?' | b')' | b'|' | b'"' | b','
    )
}

/// Whether the bytes two matches share (`text[start..end]`, where one ends
/// and the next starts) are only the punctuation [`resume`] lets them
/// share.
pub(crate) fn overlap_is_punctuation(text: &[u8], start: usize, end: usize) -> bool {
    end <= start + 2
        && text
            .get(start..end)
            .is_some_and(|s| s.iter().all(|&b| is_sentence_punct(b)))
}

/// A rule's regex, compiled and given a searcher when first needed.
struct RuleSearch<'a> {
    regex: &'a LazyRegex,
    searcher: Option<Searcher<'a>>,
}

impl<'a> RuleSearch<'a> {
    fn exact(regex: &'a LazyRegex, searcher: Option<Searcher<'a>>) -> RuleSearch<'a> {
        RuleSearch { regex, searcher }
    }

    /// The searcher; `None` if the regex does not compile.
    fn get(&mut self) -> Option<&mut Searcher<'a>> {
        if self.searcher.is_none() {
            self.searcher = Some(self.regex.get()?.searcher());
        }
        self.searcher.as_mut()
    }
}

/// The first char boundary of `text` at or after `i` (a bytes regex over
/// normalized text may stop inside a rare non-ASCII character).
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled rules, their matcher and the index of rule `id`.
    fn bundled_with(id: &str) -> (RuleSet, Matcher, usize) {
        let rules = RuleSet::bundled().unwrap();
        let matcher = Matcher::new(&rules);
        let ri = rules.rules.iter().position(|r| r.id == id).unwrap();
        (rules, matcher, ri)
    }

    #[test]
    fn a_rule_with_a_wide_set_is_not_compiled_for_a_text_without_one_of_it() {
        // 'California' is one of this rule's keywords (a US place); its
        // regex has no set of required literals small enough for the
        // keyword automaton, but a wide one (words of storing and moving
        // data among them).
        let id = "us_transfer.any.hosted_in_us_place";
        let (rules, matcher, ri) = bundled_with(id);
        assert!(!matcher.has_also[ri]);
        let wide = rules.rules[ri].precomputed.as_ref().unwrap().wide.clone();
        let literals: usize = wide.iter().flatten().flatten().map(Vec::len).sum();
        assert!(literals > 64, "{wide:?}");
        let first = first_regex(&rules, ri);
        let clause = "this agreement shall be governed by the laws of the state of \
                      california, and the parties submit to the exclusive jurisdiction \
                      of the courts of san francisco county.";
        assert!(!matcher.keyword_hits(clause)[ri].is_empty());
        assert!(matcher.windows(&rules, clause)[ri].is_empty());
        assert!(!matcher.find(&rules, clause).is_empty());
        assert!(!first.is_compiled());
        // A text holding one in the keyword's window is searched, and the
        // regex compiled; the match is the one the whole text holds.
        let text = "les journaux sont conserves dans nos centres de donnees en californie.";
        let found: Vec<RawMatch> = matcher
            .find(&rules, text)
            .into_iter()
            .filter(|m| m.rule == ri)
            .collect();
        assert_eq!(found.len(), 1);
        assert!(first.is_compiled());
        let mut all = Vec::new();
        matcher.find_rule(&rules, ri, text, &mut all);
        assert_eq!(found, all);
        // Once compiled, the windows are searched whatever they hold.
        assert!(!matcher.windows(&rules, clause)[ri].is_empty());
        assert!(!matcher.find(&rules, clause).iter().any(|m| m.rule == ri));
    }

    #[test]
    fn a_wide_term_needs_a_literal_of_each_of_its_sets() {
        // Two terms: 'alpha' with 'beta' or 'bravo'; or 'gamma' alone.
        let set = |ls: &[&str]| ls.iter().map(|l| l.to_string()).collect::<Vec<_>>();
        let wide = Wide::new(&[
            vec![set(&["alpha"]), set(&["beta", "bravo"])],
            vec![set(&["gamma"])],
        ])
        .unwrap();
        assert!(wide.is_met(b"alpha then bravo"));
        assert!(wide.is_met(b"gamma"));
        assert!(!wide.is_met(b"alpha alone, alpha again"));
        assert!(!wide.is_met(b"beta and bravo without the first"));
        //            0         1         2         3         4
        //            0123456789012345678901234567890123456789012345
        let text = b"alpha beta | alpha only | gamma | beta alpha";
        let mut wins = vec![(0, 10), (13, 23), (26, 31), (34, 44), (38, 44)];
        wide.keep_meeting(&mut wins, text);
        // (The last window cuts 'beta' off.)
        assert_eq!(wins, vec![(0, 10), (26, 31), (34, 44)]);
        // No term, or a term without a set, is no requirement.
        assert!(Wide::new(&[]).is_none());
        assert!(Wide::new(&[vec![set(&["gamma"])], vec![]]).is_none());
    }

    #[test]
    fn a_rule_whose_branches_all_need_a_verb_is_not_compiled_for_a_title_and_a_place() {
        // 'services' (in the title) is among the words of support this
        // rule's first branches start with, but each of them needs a verb
        // of providing, or a word of on-call cover or of staff at work,
        // that the governing-law clause has none of.
        let id = "us_transfer.any.services_from_us";
        let (rules, matcher, ri) = bundled_with(id);
        let wide = rules.rules[ri].precomputed.as_ref().unwrap().wide.clone();
        assert!(wide.as_ref().is_some_and(|w| w.len() > 1), "{wide:?}");
        let clause = "master services agreement 12. governing law. this agreement shall \
                      be governed by the laws of the state of california, and the parties \
                      submit to the exclusive jurisdiction of the courts of san francisco county.";
        assert!(!matcher.keyword_hits(clause)[ri].is_empty());
        assert!(matcher.windows(&rules, clause)[ri].is_empty());
        matcher.find(&rules, clause);
        assert!(!first_regex(&rules, ri).is_compiled());
        let text = "level 2 support services may be provided from austin, texas.";
        assert!(matcher.find(&rules, text).iter().any(|m| m.rule == ri));
    }

    #[test]
    fn keep_holding_keeps_the_windows_that_hold_a_literal_end_to_end() {
        let mut wins = vec![(0, 10), (5, 20), (30, 40), (50, 60)];
        // A literal at 8..12 lies in the second window only; one at
        // 38..45 crosses the third window's end; one at 52..55 lies in
        // the fourth.
        keep_holding(&mut wins, &mut [(52, 55), (38, 45), (8, 12)]);
        assert_eq!(wins, vec![(5, 20), (50, 60)]);
        assert_eq!(
            merge(&[(0, 10), (5, 20), (20, 25), (30, 40)]),
            vec![(0, 25), (30, 40)]
        );
    }

    #[test]
    fn rule_times_count_each_rules_searches() {
        let rules = RuleSet::bundled().unwrap();
        let mut matcher = Matcher::new(&rules);
        let text = "this agreement is governed by the laws of the state of new york. \
                    we may disclose data in response to a subpoena or court order.";
        // Not kept unless asked for.
        assert!(!matcher.find(&rules, text).is_empty());
        assert!(matcher.times.is_none());
        matcher.times = Some(Arc::new(RuleTimes::new(rules.rules.len())));
        let times = matcher.times.clone().unwrap();
        let found = matcher.find(&rules, text);
        let rows = times.rows();
        // Every match is counted once, to the rule that found it.
        assert_eq!(
            rows.iter().map(|r| r.matches).sum::<u64>(),
            found.len() as u64
        );
        for row in &rows {
            let mine = found.iter().filter(|m| m.rule == row.rule).count() as u64;
            assert_eq!(row.matches, mine, "{}", rules.rules[row.rule].id);
            assert_eq!(row.documents, 1);
            assert!(row.windows >= 1 && row.bytes >= row.windows);
            assert!(row.bytes <= row.windows * text.len() as u64);
        }
        // Only rules with windows have a row, slowest first.
        let hit = matcher.candidate_rules(text);
        assert!(rows.iter().all(|r| hit[r.rule]));
        assert!(rows.windows(2).all(|w| w[0].nanos >= w[1].nanos));
        assert!(found.iter().all(|m| rows.iter().any(|r| r.rule == m.rule)));
        // A second document adds to the counts.
        matcher.find(&rules, text);
        let again = times.rows();
        assert_eq!(again.len(), rows.len());
        assert!(again.iter().all(|r| r.documents == 2));
        assert_eq!(
            again.iter().map(|r| r.matches).sum::<u64>(),
            2 * found.len() as u64
        );
        // The table names the rules and totals them on its first line.
        let table = times.table(&rules);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 3 + rows.len());
        assert!(lines[2].ends_with(&format!("(all {} rules searched)", rows.len())));
        assert_eq!(lines[2].split_whitespace().nth(1), Some("2"));
        assert_eq!(times.documents(), 2);
        for (line, row) in lines[3..].iter().zip(&again) {
            assert!(line.ends_with(&format!("  {}", rules.rules[row.rule].id)));
        }
    }

    #[test]
    fn a_prebuilt_automaton_serves_only_the_rules_it_was_built_for() {
        let bundled = RuleSet::bundled().unwrap();
        let text = crate::normalize::normalize(
            "This Agreement is governed by the laws of the State of California. \
             Microsoft Corporation, a Washington corporation, may disclose data \
             in response to a subpoena or a National Security Letter.",
        )
        .text;
        let alone = Matcher::new(&bundled).find(&bundled, &text);
        assert!(!alone.is_empty());
        let prebuilt = Matcher::with_prebuilt(&bundled, Prebuilt::spawn());
        assert_eq!(prebuilt.find(&bundled, &text), alone);
        // Other rules: their own automaton, not the bundled one.
        let own = RuleSet::from_texts(&[(
            "p.toml".into(),
            r#"
category = "governing_law"
[[rules]]
id = "t.en.law"
severity = "high"
description = "t"
languages = ["en"]
keywords = ["laws of the state"]
regex = '''laws of the state of [a-z]+'''
should_match = ["the laws of the state of texas"]
should_not_match = ["the state of texas"]
"#
            .to_string(),
        )])
        .unwrap();
        let m = Matcher::with_prebuilt(&own, Prebuilt::spawn());
        let found = m.find(&own, &text);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &text[found[0].start..found[0].end],
            "laws of the state of california"
        );
    }

    #[test]
    fn a_batch_finds_what_each_text_finds_alone() {
        let rules = RuleSet::bundled().unwrap();
        let matcher = Matcher::new(&rules);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut texts = vec![String::new()];
        for lang in ["en", "fr", "de", "es", "it", "nl"] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(lang))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
                .collect();
            paths.sort();
            for p in paths.iter().take(6) {
                let raw = std::fs::read_to_string(p).unwrap();
                texts.push(crate::normalize::normalize(&raw).text);
            }
        }
        assert!(texts.len() > 30, "{}", texts.len());
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        // Alone, in a fresh rule set (nothing compiled), then in batches.
        let alone: Vec<Vec<RawMatch>> = texts.iter().map(|t| matcher.find(&rules, t)).collect();
        assert!(alone.iter().filter(|m| !m.is_empty()).count() > 20);
        let fresh = RuleSet::bundled().unwrap();
        let batched = Matcher::new(&fresh);
        assert_eq!(batched.find_batch(&fresh, &texts), alone);
        let mut in_fives = Vec::new();
        for chunk in texts.chunks(5) {
            in_fives.extend(batched.find_batch(&fresh, chunk));
        }
        assert_eq!(in_fives, alone);
        assert!(batched.find_batch(&fresh, &[]).is_empty());
    }

    #[test]
    fn rule_times_count_a_loose_regex_that_finds_nothing() {
        let (rules, mut matcher, ri) = bundled_with("us_transfer.en.transferred_to_us");
        matcher.times = Some(Arc::new(RuleTimes::new(rules.rules.len())));
        let times = matcher.times.clone().unwrap();
        // The loose regex is looked for in the rule's windows and not
        // found: the windows are emptied before the search, yet counted.
        let text = "our offices in the united states are where we process orders.";
        assert!(matcher.find(&rules, text).iter().all(|m| m.rule != ri));
        assert!(!rules.rules[ri].regex.is_compiled());
        let row = times.rows().into_iter().find(|r| r.rule == ri).unwrap();
        assert_eq!((row.documents, row.windows, row.matches), (1, 1, 0));
        assert!(row.bytes > 0 && row.bytes <= text.len() as u64);
        // Once it matches, the document is counted once, with its match.
        let text = "your personal data may be transferred to the united states.";
        assert!(matcher.find(&rules, text).iter().any(|m| m.rule == ri));
        let row = times.rows().into_iter().find(|r| r.rule == ri).unwrap();
        assert_eq!((row.documents, row.windows, row.matches), (2, 2, 1));
    }

    #[test]
    fn find_compiles_only_the_rules_whose_keywords_occur() {
        let rules = RuleSet::bundled().unwrap();
        let matcher = Matcher::new(&rules);
        let text = "this agreement is governed by the laws of the state of new york.";
        assert!(!matcher.find(&rules, text).is_empty());
        let hit = matcher.candidate_rules(text);
        let compiled: Vec<bool> = rules.rules.iter().map(|r| r.regex.is_compiled()).collect();
        assert!(compiled.iter().any(|&c| c));
        // Start-up stays short: one small file compiles a few regexes, not
        // all of them: only rules whose keywords occur, and of those only
        // the ones whose required literals occur too.
        for (ri, (&c, &h)) in compiled.iter().zip(&hit).enumerate() {
            assert!(!c || h, "{}", rules.rules[ri].id);
        }
        let ri = rules
            .rules
            .iter()
            .position(|r| r.id == "us_transfer.en.operated_from_us")
            .unwrap();
        // ("new york" is one of its keywords; " from " and " in " are among
        // its required literals.)
        assert!(hit[ri] && !compiled[ri]);
        assert!(
            matcher
                .find(
                    &rules,
                    "servers operated by our hosting provider in virginia"
                )
                .iter()
                .any(|m| m.rule == ri)
        );
    }

    #[test]
    fn a_window_without_a_required_literal_is_not_searched() {
        let (rules, matcher, ri) = bundled_with("us_transfer.en.transferred_to_us");
        assert!(matcher.has_also[ri]);
        let text = "our offices in the united states and in france.";
        assert!(matcher.keyword_hits(text)[ri].len() == 1);
        assert!(matcher.windows(&rules, text)[ri].is_empty());
        // With one ("transferred") in reach, it is.
        let text = "data may be transferred to our offices in the united states.";
        assert_eq!(matcher.windows(&rules, text)[ri].len(), 1);
        assert!(matcher.find(&rules, text).iter().any(|m| m.rule == ri));
        // Out of reach, it is not.
        let far = format!(
            "data may be transferred. {} the united states.",
            "x ".repeat(600)
        );
        assert!(matcher.windows(&rules, &far)[ri].is_empty());
    }

    #[test]
    fn a_whole_document_rule_is_searched_around_its_required_literals() {
        // "beta gamma" counts only in a document that names alpha.
        let pack = "category = \"scc\"\n[[rules]]\nid = \"t.whole\"\nseverity = \"high\"\n\
                    description = \"d\"\nlanguages = [\"en\"]\nkeywords = [\"alpha\"]\n\
                    whole_document = true\nregex = '''\\bbeta (?:gamma|delta)\\b'''\n\
                    should_match = [\"alpha; beta gamma\"]\n";
        let rules = RuleSet::from_texts(&[("t.toml".into(), pack.to_string())]).unwrap();
        let matcher = Matcher::new(&rules);
        // (Its required literal is "beta ", five bytes from the start of
        // a match at most ten long.)
        assert_eq!(matcher.whole_reach(0), Some((5, 10)));
        let text = format!("alpha. {}beta gamma. beta delta.", "x ".repeat(1000));
        let at = text.find("beta gamma").unwrap();
        let windows = matcher.windows(&rules, &text);
        assert_eq!(windows[0], vec![(at, at + 10), (at + 12, at + 22)]);
        let found: Vec<(usize, usize)> = matcher
            .find(&rules, &text)
            .iter()
            .map(|m| (m.start, m.end))
            .collect();
        assert_eq!(found, windows[0]);
        // No keyword in the document: not searched at all.
        assert!(matcher.windows(&rules, &text[7..])[0].is_empty());
    }

    #[test]
    fn two_sentences_sharing_a_full_stop_are_two_matches() {
        // The rule's regex begins at the punctuation before a sentence and
        // ends on the one after its last word: the first match takes the
        // full stop the second starts on. Both are found, by the windowed
        // search and by the whole-text one.
        let (rules, matcher, ri) = bundled_with("us_transfer.en.transferred_to_us");
        let text = "we transfer your data to the us. your data may be transferred to \
                    the united states. hosting is in the usa; logs are stored in the usa.";
        let spans = |found: Vec<RawMatch>| -> Vec<&str> {
            found
                .iter()
                .filter(|m| m.rule == ri)
                .map(|m| &text[m.start..m.end])
                .collect()
        };
        let found = spans(matcher.find(&rules, text));
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[1].starts_with(". your data"), "{found:?}");
        assert!(found[3].starts_with("; logs"), "{found:?}");
        assert_eq!(found, spans(matcher.find_exhaustive(&rules, text)));
    }

    #[test]
    fn resume_backs_up_over_punctuation_only() {
        let t = b"abc us. next";
        assert_eq!(resume(t, 0, 7), 6);
        assert_eq!(resume(t, 0, 6), 6);
        // ")." ends a match: both may start the next one.
        assert_eq!(resume(b"(the us). x", 0, 9), 7);
        // Never back to the match's start.
        assert_eq!(resume(b"..", 0, 2), 1);
        // A match past a question's mark: again after the mark.
        assert_eq!(resume(b"requests? yes, any request", 0, 26), 9);
        // (Not for a match that ends on the mark, or just after it.)
        assert_eq!(resume(b"requests? yes", 0, 9), 8);
        assert_eq!(resume(b"requests? yes", 0, 10), 10);
        assert!(overlap_is_punctuation(b"us. x", 2, 3));
        assert!(!overlap_is_punctuation(b"us. x", 1, 3));
    }

    #[test]
    fn a_rule_with_a_loose_regex_compiles_its_regex_once_that_matches() {
        let (rules, matcher, ri) = bundled_with("us_transfer.en.transferred_to_us");
        let rule = &rules.rules[ri];
        let loose = rule.loose.as_ref().unwrap();
        // The keyword and a required literal occur, the loose regex does
        // not match.
        let text = "our offices in the united states are where we process orders.";
        assert!(matcher.candidate_rules(text)[ri]);
        matcher.find(&rules, text);
        assert!(loose.is_compiled());
        assert!(!rule.regex.is_compiled());
        let text = "your personal data may be transferred to the united states.";
        let found = matcher.find(&rules, text);
        assert!(found.iter().any(|m| m.rule == ri), "{found:?}");
        assert!(rule.regex.is_compiled());
    }

    #[test]
    fn confirming_regexes_are_compiled_ahead_where_their_loose_regex_matches() {
        let rules = RuleSet::bundled().unwrap();
        let matcher = Matcher::new(&rules);
        let id = |id: &str| rules.rules.iter().position(|r| r.id == id).unwrap();
        let (governed, courts, transferred) = (
            id("governing_law.en.governed_by"),
            id("governing_law.en.courts"),
            id("us_transfer.en.transferred_to_us"),
        );
        let text = "our offices in the united states are where we process orders. \
                    this agreement shall be governed by the laws of the state of \
                    california, and the parties submit to the courts of san francisco.";
        let mut windows = matcher.windows(&rules, text);
        compile_needed(&rules, std::slice::from_ref(&windows));
        for ri in [governed, courts, transferred] {
            assert!(rules.rules[ri].loose.is_some(), "{}", rules.rules[ri].id);
            assert!(!windows[ri].is_empty(), "{}", rules.rules[ri].id);
            assert!(!rules.rules[ri].regex.is_compiled());
        }
        compile_confirming(&rules, text, &mut windows, None);
        // Two loose regexes match: their regexes are compiled, their
        // windows kept.
        for ri in [governed, courts] {
            assert!(
                rules.rules[ri].regex.is_compiled(),
                "{}",
                rules.rules[ri].id
            );
            assert!(!windows[ri].is_empty());
        }
        // This one's does not: nothing to search, nothing compiled.
        assert!(windows[transferred].is_empty());
        assert!(!rules.rules[transferred].regex.is_compiled());
        // And `find` finds what it found without this step.
        let found = matcher.find(&rules, text);
        for ri in [governed, courts] {
            assert!(found.iter().any(|m| m.rule == ri), "{found:?}");
        }
        assert!(!found.iter().any(|m| m.rule == transferred));
    }

    #[test]
    fn find_keeps_the_rule_sets_caches_within_the_budget() {
        // Each rule set has its caches: tests running at the same time do
        // not share them.
        let caches_after = |budget: usize| {
            let rules = RuleSet::bundled().unwrap();
            let mut matcher = Matcher::new(&rules);
            matcher.cache_budget = budget;
            let text = "your personal data may be transferred to the united states. \
                        this agreement is governed by the laws of the state of new york.";
            assert!(!matcher.find(&rules, text).is_empty());
            rules.caches().memory()
        };
        assert!(caches_after(crate::regex_cache::CACHE_BUDGET) > 0);
        assert_eq!(caches_after(0), 0);
    }
}
