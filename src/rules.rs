//! Rule packs: loading, validation and compilation.
//!
//! A pack is a TOML file in `patterns/` (see `patterns/README.md` for the
//! format). Rules match on normalized text (see [`crate::normalize`]), so
//! their keywords and regexes are written in lower case without accents.
//! A regex may use placeholders such as `{jurisdiction}` that expand to the
//! names of the gazetteer in `patterns/jurisdictions.toml`.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::{Deserialize, Serialize};

use crate::normalize::fold;
use crate::regex_cache::{CacheGroup, Pattern as Regex};
use regex_syntax::hir::Hir;

/// The finding categories. Their snake_case names are part of the public
/// JSON schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    PrivacyShield,
    Dpf,
    Scc,
    GoverningLaw,
    GovernmentAccess,
    UsTransfer,
    UsEntity,
}

impl Category {
    /// Every category, in schema order.
    pub const ALL: [Category; 7] = [
        Category::PrivacyShield,
        Category::Dpf,
        Category::Scc,
        Category::GoverningLaw,
        Category::GovernmentAccess,
        Category::UsTransfer,
        Category::UsEntity,
    ];

    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::PrivacyShield => "privacy_shield",
            Category::Dpf => "dpf",
            Category::Scc => "scc",
            Category::GoverningLaw => "governing_law",
            Category::GovernmentAccess => "government_access",
            Category::UsTransfer => "us_transfer",
            Category::UsEntity => "us_entity",
        }
    }

    /// Parse a snake_case name.
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much a finding matters on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
}

impl Severity {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }

    /// Parse a snake_case name.
    pub fn parse(s: &str) -> Option<Severity> {
        [
            Severity::Info,
            Severity::Low,
            Severity::Medium,
            Severity::High,
        ]
        .into_iter()
        .find(|c| c.as_str() == s)
    }
}

/// Languages a rule may declare.
pub const LANGUAGES: [&str; 7] = ["en", "fr", "de", "es", "it", "nl", "any"];

/// A rule pack file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    /// Default category for the rules of this file.
    category: Option<String>,
    /// Named word lists, shared by every pack of the rule set: a regex or
    /// keyword writes `{@name}` for one (see [`expand_lists`]).
    #[serde(default)]
    lists: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    rules: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    category: Option<String>,
    severity: String,
    description: String,
    languages: Vec<String>,
    keywords: Vec<String>,
    regex: String,
    #[serde(default)]
    loose_regex: Option<String>,
    #[serde(default)]
    whole_document: bool,
    #[serde(default)]
    attributes: BTreeMap<String, toml::Value>,
    #[serde(default)]
    should_match: Vec<String>,
    #[serde(default)]
    should_not_match: Vec<String>,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub category: Category,
    pub severity: Severity,
    pub description: String,
    pub languages: Vec<String>,
    /// Keywords in normalized form.
    pub keywords: Vec<String>,
    /// The quick regex (placeholders as word runs), compiled on first use.
    pub regex: LazyRegex,
    /// A regex that matches, at every place where `regex` has a match, at
    /// least that match (a guard such as "any word but not/never/no"
    /// written as "any word"), and is cheaper to search: windows are
    /// searched with it, and each of its matches is confirmed by `regex`
    /// anchored where it starts (see [`crate::matcher::Matcher::find`]).
    /// A pack gives one only for a rule without placeholders or groups;
    /// any other rule whose regex has a long counted repetition gets one
    /// worked out from it (`loosen`).
    pub loose: Option<LazyRegex>,
    /// Search the whole of a document that holds one of the keywords, not
    /// only around them (or around the regex's required literals, where
    /// the analysis shows where they lie: [`Analysis::also_sides`]): set
    /// in the pack for a regex that can match without holding a keyword,
    /// and at load for a user's rule whose keywords do not cover its regex
    /// ([`keywords_cover`]).
    pub whole_document: bool,
    /// Attributes the rule sets on every finding (e.g. `kind = "cloud_act"`).
    pub attributes: BTreeMap<String, serde_json::Value>,
    pub should_match: Vec<String>,
    pub should_not_match: Vec<String>,
    /// The file the rule came from.
    pub source: PathBuf,
    /// Placeholder groups of the regex and the gazetteer kinds each
    /// accepts (see [`placeholder_group`]).
    pub placeholders: Vec<Placeholder>,
    /// For rules with placeholders: the regex with gazetteer names spelled
    /// out, written for the window where the quick regex's placeholder
    /// check failed.
    pub exact: Option<ExactRegex>,
    /// The [`Analysis`] of the regex: from `patterns/analysis.tsv` when it
    /// has it for this very regex and these keywords ([`Analysis::key`]),
    /// worked out at load for a rule from a directory; `None` for a bundled
    /// rule missing from the table, whose windows the matcher then works
    /// out when first needed (without required literals).
    pub precomputed: Option<Analysis>,
}

/// A placeholder of a rule's regex.
#[derive(Debug, Clone)]
pub struct Placeholder {
    /// Its capture group (see [`placeholder_group`]).
    pub group: String,
    /// Gazetteer kinds it accepts (all when empty).
    pub kinds: &'static [&'static str],
    /// Nothing follows it in the regex: the match may end wherever the
    /// gazetteer name ends.
    pub last: bool,
}

/// A regex compiled on first use and shared by the clones of a rule set:
/// a scan compiles only the rules whose keywords occur in its documents,
/// which keeps start-up short.
#[derive(Debug, Clone)]
pub struct LazyRegex {
    pattern: String,
    /// Compile the loose form of `pattern` ([`loosen`]): for a rule's
    /// derived loose regex ([`Rule::loose`]).
    loosen: bool,
    /// Searched where a loose regex matched, anchored there
    /// ([`Rule::loose`]): compiled without a prefilter, which an anchored
    /// search does not use and which takes a third of the time to build a
    /// regex with long lists of words.
    confirms: bool,
    compiled: Arc<OnceLock<Result<Bounded, String>>>,
    /// Set by the first thread to start compiling the regex: another thread
    /// compiling ahead ([`LazyRegex::compile_unless_claimed`]) then moves on
    /// rather than waiting for it.
    claimed: Arc<AtomicBool>,
    /// The bound, for [`LazyRegex::max_len_uncompiled`].
    parsed_bound: Arc<OnceLock<Option<usize>>>,
    caches: Arc<CacheGroup>,
    /// The pattern parsed, shared with the other regex compiled from it
    /// (a rule's derived loose regex and the one that confirms its
    /// matches), if there is one.
    shared: Option<Arc<SharedParse>>,
}

/// A pattern parsed once for the two regexes compiled from it: the first
/// to compile parses it and leaves it for the second, which takes it (so
/// that it is not kept once both are compiled). Parsing was 40 % of the
/// time to compile the bundled regexes (benches/README.md, session 52).
#[derive(Debug)]
struct SharedParse {
    hir: Mutex<Option<Arc<regex_syntax::hir::Hir>>>,
    /// The regexes that have not yet taken their parse.
    users: std::sync::atomic::AtomicUsize,
}

impl SharedParse {
    fn new() -> Arc<SharedParse> {
        Arc::new(SharedParse {
            hir: Mutex::new(None),
            users: std::sync::atomic::AtomicUsize::new(2),
        })
    }

    /// `pattern` parsed, by this call or by the other user's.
    fn take(&self, pattern: &str) -> Option<Arc<regex_syntax::hir::Hir>> {
        let mut slot = self.hir.lock().unwrap_or_else(|e| e.into_inner());
        let hir = slot.take().or_else(|| parse_regex(pattern).map(Arc::new));
        if self.users.fetch_sub(1, Ordering::AcqRel) > 1 {
            slot.clone_from(&hir);
        }
        hir
    }
}

/// A compiled regex, the bound of its matches ([`LazyRegex::max_len`]) and
/// whether the pattern has capture groups ([`LazyRegex::had_groups`]).
type Bounded = (Regex, Option<usize>, bool);

impl LazyRegex {
    fn new(pattern: String, caches: &Arc<CacheGroup>) -> LazyRegex {
        LazyRegex {
            pattern,
            loosen: false,
            confirms: false,
            compiled: Arc::new(OnceLock::new()),
            claimed: Arc::new(AtomicBool::new(false)),
            parsed_bound: Arc::new(OnceLock::new()),
            caches: Arc::clone(caches),
            shared: None,
        }
    }

    /// The compiled regex and the bound of its matches, or why it cannot be
    /// compiled.
    fn compiled_and_bound(&self) -> Result<&Bounded, &str> {
        self.compiled
            .get_or_init(|| {
                self.claimed.store(true, Ordering::Release);
                // Parsed once, for both the regex and its bound (and for
                // the other regex compiled from the pattern, if any).
                let parsed = match &self.shared {
                    Some(shared) => shared.take(&self.pattern),
                    None => parse_regex(&self.pattern).map(Arc::new),
                };
                let Some(hir) = parsed.as_deref() else {
                    return Err(compile_regex(&self.pattern, &self.caches)
                        .err()
                        .unwrap_or_else(|| "the regex does not parse".to_string()));
                };
                let groups = hir.properties().explicit_captures_len() > 0;
                if self.loosen {
                    let hir = loosen(hir);
                    let regex = Regex::from_hir(
                        &hir,
                        REGEX_SIZE_LIMIT,
                        REGEX_CACHE_LIMIT,
                        true,
                        &self.caches,
                    )
                    .map_err(|e| e.to_string())?;
                    return Ok((regex, match_bound(&hir), groups));
                }
                let regex = if self.confirms {
                    Regex::anchored_from_hir(
                        hir,
                        &self.pattern,
                        REGEX_SIZE_LIMIT,
                        REGEX_CACHE_LIMIT,
                        &self.caches,
                    )
                } else {
                    Regex::from_hir(hir, REGEX_SIZE_LIMIT, REGEX_CACHE_LIMIT, true, &self.caches)
                }
                .or_else(|_| compile_regex(&self.pattern, &self.caches))?;
                Ok((regex, match_bound(hir), groups))
            })
            .as_ref()
            .map_err(String::as_str)
    }

    /// The compiled regex, or why it cannot be compiled.
    pub fn compiled(&self) -> Result<&Regex, &str> {
        self.compiled_and_bound().map(|(r, _, _)| r)
    }

    /// The longest a match can be, in bytes, counting each unbounded run of
    /// characters other than spaces (a word, `[a-z0-9]*`) or of spaces and
    /// punctuation as at most [`WORD_MAX`] bytes, and each unbounded
    /// repetition of a group as at most [`REPEAT_MAX`] repeats; `None` when
    /// a match can be longer than any bound (a run of any character but a
    /// few, `[^.]*`) or the regex does not compile.
    pub fn max_len(&self) -> Option<usize> {
        self.compiled_and_bound().ok().and_then(|(_, b, _)| *b)
    }

    /// [`LazyRegex::max_len`] without compiling the regex: the pattern is
    /// parsed for it alone, unless the regex is compiled already.
    pub fn max_len_uncompiled(&self) -> Option<usize> {
        if let Some(compiled) = self.compiled.get() {
            return compiled.as_ref().ok().and_then(|(_, b, _)| *b);
        }
        *self
            .parsed_bound
            .get_or_init(|| parse_regex(&self.pattern).as_ref().and_then(match_bound))
    }

    /// The pattern.
    pub fn source(&self) -> &str {
        &self.pattern
    }

    /// The loose form of `pattern` ([`loosen`]), compiled on first use,
    /// and the regex of `pattern` that confirms its matches: the pattern
    /// is parsed once for both.
    fn loosened(pattern: String, caches: &Arc<CacheGroup>) -> (LazyRegex, LazyRegex) {
        let shared = SharedParse::new();
        (
            LazyRegex {
                loosen: true,
                shared: Some(Arc::clone(&shared)),
                ..LazyRegex::new(pattern.clone(), caches)
            },
            LazyRegex {
                shared: Some(shared),
                ..LazyRegex::confirming(pattern, caches)
            },
        )
    }

    /// A rule's regex that confirms its loose regex's matches.
    fn confirming(pattern: String, caches: &Arc<CacheGroup>) -> LazyRegex {
        LazyRegex {
            confirms: true,
            ..LazyRegex::new(pattern, caches)
        }
    }

    /// Whether this is the loose form of a rule's regex, worked out from
    /// it rather than written in the pack.
    pub fn is_derived(&self) -> bool {
        self.loosen
    }

    /// Whether the pattern as written has capture groups (which the loose
    /// form drops); false if it does not compile.
    pub fn had_groups(&self) -> bool {
        self.compiled_and_bound().is_ok_and(|(_, _, g)| *g)
    }

    /// Whether the regex has been compiled (or found not to compile).
    pub fn is_compiled(&self) -> bool {
        self.compiled.get().is_some()
    }

    /// The compiled regex, if it compiles.
    pub fn get(&self) -> Option<&Regex> {
        self.compiled().ok()
    }

    /// Compile the regex unless it is compiled or another thread has begun
    /// to compile it: for compiling ahead of use, where waiting for another
    /// thread's compile would leave this one idle.
    pub fn compile_unless_claimed(&self) {
        if !self.is_compiled() && !self.claimed.swap(true, Ordering::AcqRel) {
            self.get();
        }
    }
}

/// A rule's regex with each placeholder spelled out as the alternation of
/// the gazetteer names it accepts: what the quick regex's word runs stand
/// for. All 3,700 names make a regex that takes 10-40 ms to compile, and a
/// scan needs a few dozen such rules. But a window of text holds few names,
/// and only those can match there; a corpus uses a few hundred of them.
/// So the regex is written for the names seen so far: when a window holds
/// a name not yet in it, the names near the window (within
/// `ExactRegex::NEIGHBOURHOOD` bytes) join them and it is compiled
/// again. After `ExactRegex::BUILDS` such builds, the whole regex is
/// compiled and used from then on.
#[derive(Debug, Clone)]
pub struct ExactRegex {
    /// The rule's regex as written, placeholders unexpanded.
    regex: String,
    /// The regex for the names seen so far.
    seen: Arc<Mutex<SeenNames>>,
    full: Arc<OnceLock<Option<Arc<Regex>>>>,
    /// The regex parsed once, for the builds ([`ExactRegex::template`]).
    template: Arc<OnceLock<Option<Template>>>,
    caches: Arc<CacheGroup>,
}

/// An [`ExactRegex`] parsed with no names in its placeholders' groups: a
/// build puts the names' alternation into the groups ([`substitute`])
/// instead of writing the whole pattern out again and parsing it. Parsing
/// and writing were 60 % of the time of the builds (126 of 207 ms of CPU
/// for the 105 builds of a scan of the benchmark text, session 55).
#[derive(Debug)]
struct Template {
    hir: Hir,
    /// Each placeholder's group and the gazetteer kinds it accepts.
    groups: Vec<(String, &'static [&'static str])>,
}

/// [`ExactRegex`] written for some of the gazetteer names.
#[derive(Debug, Default)]
struct SeenNames {
    names: BTreeSet<usize>,
    regex: Option<Arc<Regex>>,
    builds: usize,
}

/// The gazetteer names in one document's text, looked for as
/// [`ExactRegex::for_window`] asks about stretches of it, each byte once.
///
/// Each exact regex asks which names lie in its window, and in the 64 KiB
/// around it when it is written again; the rules' windows overlap. On
/// `text/x1` (one thread, session 58) the 25,748 questions covered 21.7 MB
/// of text, and answering them one by one took 234 ms; looking through
/// each stretch once, 10.7 MB and 186 ms.
#[derive(Debug)]
pub struct DocNames<'t> {
    text: &'t str,
    found: std::cell::RefCell<Found>,
}

#[derive(Debug, Default)]
struct Found {
    /// Stretches of the text looked through, sorted and disjoint.
    scanned: Vec<(usize, usize)>,
    /// Names that lie wholly within the text looked through, as (start,
    /// end, index into the gazetteer's names).
    names: BTreeSet<(usize, usize, usize)>,
}

impl<'t> DocNames<'t> {
    /// Nothing looked for yet in `text`.
    pub fn new(text: &'t str) -> DocNames<'t> {
        DocNames {
            text,
            found: Default::default(),
        }
    }

    /// The text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Indices (into the gazetteer's names) of the names that lie wholly
    /// within `range` of the text: as `gazetteer.names_in(&text[range])`,
    /// `range` being on character boundaries.
    fn names_in(&self, gazetteer: &Gazetteer, range: std::ops::Range<usize>) -> BTreeSet<usize> {
        let Some(ac) = gazetteer.anywhere() else {
            return (0..gazetteer.names.len()).collect();
        };
        let text = self.text;
        let mut found = self.found.borrow_mut();
        let gaps = unscanned(&found.scanned, range.clone());
        if !gaps.is_empty() {
            for &(x, y) in &gaps {
                // Where a stretch looked through before ends at `x` (or
                // starts at `y`), a name across the border lies in neither
                // stretch: it is looked for here, a name's length into the
                // other. (Where none does, a name across the border is not
                // within the text looked through; the stretch that will
                // take in the rest of it will border this one.)
                // (A gap starts where no stretch does and ends where none
                // ends: only an end at `x` or a start at `y` can border it.)
                let ends_at = |at| found.scanned.binary_search_by_key(&at, |&(_, e)| e).is_ok();
                let starts_at = |at| found.scanned.binary_search_by_key(&at, |&(s, _)| s).is_ok();
                let lo = match ends_at(x) {
                    true => crate::attributes::floor_char_boundary(
                        text,
                        x.saturating_sub(gazetteer.longest),
                    ),
                    false => x,
                };
                let mut hi = match starts_at(y) {
                    true => (y + gazetteer.longest).min(text.len()),
                    false => y,
                };
                while !text.is_char_boundary(hi) {
                    hi += 1;
                }
                let at = ac
                    .find_overlapping_iter(&text[lo..hi])
                    .map(|m| (lo + m.start(), lo + m.end(), m.pattern().as_usize()));
                found.names.extend(at);
            }
            found.scanned.extend(gaps);
            found.scanned.sort_unstable();
            found.scanned = crate::matcher::merge(&found.scanned);
        }
        found
            .names
            .range((range.start, 0, 0)..(range.end, 0, 0))
            .filter(|&&(_, e, _)| e <= range.end)
            .map(|&(_, _, n)| n)
            .collect()
    }
}

/// The parts of `range` that no stretch of `scanned` (sorted, disjoint)
/// covers, in order.
fn unscanned(scanned: &[(usize, usize)], range: std::ops::Range<usize>) -> Vec<(usize, usize)> {
    let mut gaps = Vec::new();
    let mut at = range.start;
    let first = scanned.partition_point(|&(_, e)| e <= range.start);
    for &(s, e) in &scanned[first..] {
        if s >= range.end {
            break;
        }
        if s > at {
            gaps.push((at, s));
        }
        at = at.max(e);
    }
    if at < range.end {
        gaps.push((at, range.end));
    }
    gaps
}

impl ExactRegex {
    /// Builds for the names seen before the whole regex is compiled.
    const BUILDS: usize = 32;
    /// How far around a window names are gathered when one is new.
    const NEIGHBOURHOOD: usize = 64 << 10;

    fn new(regex: String, caches: &Arc<CacheGroup>) -> ExactRegex {
        ExactRegex {
            regex,
            seen: Arc::default(),
            full: Arc::default(),
            template: Arc::default(),
            caches: Arc::clone(caches),
        }
    }

    /// The exact regex for matching within `window` of the document whose
    /// names `doc` gathers (normalized text): it accepts at least the
    /// gazetteer names that occur there.
    pub fn for_window(
        &self,
        gazetteer: &Gazetteer,
        doc: &DocNames<'_>,
        window: std::ops::Range<usize>,
    ) -> Option<Arc<Regex>> {
        if let Some(Some(full)) = self.full.get() {
            return Some(Arc::clone(full));
        }
        let text = doc.text;
        let present = doc.names_in(gazetteer, window.clone());
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(regex) = &seen.regex
            && present.is_subset(&seen.names)
        {
            return Some(Arc::clone(regex));
        }
        if seen.builds >= Self::BUILDS {
            drop(seen);
            let full = self
                .full
                .get_or_init(|| self.full_regex(gazetteer).ok().map(Arc::new));
            if let Some(full) = full {
                return Some(Arc::clone(full));
            }
            // Too large to compile whole: write it for this window alone.
            return self.build(gazetteer, Some(&present)).ok().map(Arc::new);
        }
        let mut lo = window.start.saturating_sub(Self::NEIGHBOURHOOD);
        while !text.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (window.end + Self::NEIGHBOURHOOD).min(text.len());
        while !text.is_char_boundary(hi) {
            hi += 1;
        }
        let mut names = seen.names.clone();
        names.extend(doc.names_in(gazetteer, lo..hi));
        let regex = Arc::new(self.build(gazetteer, Some(&names)).ok()?);
        *seen = SeenNames {
            names,
            regex: Some(Arc::clone(&regex)),
            builds: seen.builds + 1,
        };
        Some(regex)
    }

    /// The whole exact regex, every gazetteer name of each placeholder's
    /// kinds spelled out, compiled (not kept).
    pub fn full_regex(&self, gazetteer: &Gazetteer) -> Result<Regex, String> {
        self.build(gazetteer, None)
    }

    /// The regex with the names at `present` (all names when `None`),
    /// compiled from the [`ExactRegex::template`], or from the pattern
    /// written out where there is none.
    fn build(
        &self,
        gazetteer: &Gazetteer,
        present: Option<&BTreeSet<usize>>,
    ) -> Result<Regex, String> {
        if let Some(hir) = self.hir(gazetteer, present) {
            return Regex::from_hir(
                &hir,
                REGEX_SIZE_LIMIT,
                REGEX_CACHE_LIMIT,
                true,
                &self.caches,
            )
            .map_err(|e| e.to_string());
        }
        let pattern = self
            .expand(gazetteer, present)
            .ok_or_else(|| "placeholder expansion failed".to_string())?;
        compile_regex(&pattern, &self.caches)
    }

    /// The regex with the names at `present` (all names when `None`), parsed:
    /// the template with the names put in; `None` where the template does
    /// not parse.
    fn hir(&self, gazetteer: &Gazetteer, present: Option<&BTreeSet<usize>>) -> Option<Hir> {
        let template = self.template()?;
        let present = &*gazetteer.these_or_all(present);
        let names: HashMap<&str, Hir> = template
            .groups
            .iter()
            .map(|(group, kinds)| (group.as_str(), gazetteer.alternation_hir(present, kinds)))
            .collect();
        Some(substitute(&template.hir, &names))
    }

    /// The regex parsed with no names in its placeholders' groups.
    fn template(&self) -> Option<&Template> {
        self.template
            .get_or_init(|| {
                let (exact, used) = self.template_pattern()?;
                Some(Template {
                    hir: parse_regex(&exact)?,
                    groups: used.into_iter().map(|p| (p.group, p.kinds)).collect(),
                })
            })
            .as_ref()
    }

    /// The pattern of the [`ExactRegex::template`], and its placeholders.
    fn template_pattern(&self) -> Option<(String, Vec<Placeholder>)> {
        let none: PlaceholderRegexes = PLACEHOLDERS
            .into_iter()
            .map(|(name, kinds)| (name, (kinds, NO_NAME.to_string())))
            .collect();
        let (_, exact, used) = expand_placeholders(&self.regex, &none, true).ok()?;
        Some((exact, used))
    }

    /// The pattern with the names at `present` (all names when `None`).
    fn expand(&self, gazetteer: &Gazetteer, present: Option<&BTreeSet<usize>>) -> Option<String> {
        let present = &*gazetteer.these_or_all(present);
        let placeholders: PlaceholderRegexes = PLACEHOLDERS
            .into_iter()
            .map(|(name, kinds)| (name, (kinds, gazetteer.alternation_of(present, kinds))))
            .collect();
        Some(
            expand_placeholders(&self.regex, &placeholders, true)
                .ok()?
                .1,
        )
    }
}

/// The size limit of a compiled regex's automata, in bytes.
const REGEX_SIZE_LIMIT: usize = 64 << 20;
/// The size limit of one lazy DFA cache of a regex, in bytes: a cache
/// that outgrows it is cleared by the lazy DFA itself and built again from
/// the states the text needs next. A few regexes build far more states than
/// the others (alternations of many phrases, each before its own gap: on
/// the benchmark text x1, three regexes held 33 of the 124 MB of states
/// that all the caches reach with no budget), and with a cap their caches
/// stop growing long before the budget of all caches
/// ([`crate::regex_cache::CACHE_BUDGET`]) is reached, so that the budget
/// drops the caches of all regexes less often. Session 54,
/// `benches/compare.py --only rss,real --runs 3`: 64 MiB with a 112 MiB
/// budget, 10,000 notices in 21.5 s, 3d 1.12 times, real text 14.3 MB/s;
/// 8 MiB with 128 MiB, 16.6 s, 1.17 times, 15.7 MB/s; 8 MiB with 120 MiB,
/// 19.6 s, 1.15 times, 14.8 MB/s. (Single runs: with no budget, 8 MiB gave
/// 1.20 times, 64 MiB 1.23 and 16 MiB 1.26; 4 MiB and 2 MiB made the real
/// text 7 % and 25 % slower than 8 MiB.) The text x1 and the PDF bench run
/// as fast as with 64 MiB.
const REGEX_CACHE_LIMIT: usize = 8 << 20;

/// Compile a pattern for normalized text. Normalized text is folded to
/// ASCII letters, so ASCII classes do: Unicode-aware `\w` and `[^.]{0,80}`
/// would make compilation many times slower for nothing. A pattern with
/// non-ASCII classes needs Unicode mode.
fn compile_regex(pattern: &str, caches: &Arc<CacheGroup>) -> Result<Regex, String> {
    let build = |unicode: bool| {
        Regex::new(
            pattern,
            unicode,
            REGEX_SIZE_LIMIT,
            REGEX_CACHE_LIMIT,
            caches,
        )
    };
    build(false).or_else(|_| build(true)).map_err(|e| {
        // As the regex crate says it: the syntax error with its caret.
        match (e.syntax_error(), e.size_limit()) {
            (Some(syntax), _) => syntax.to_string(),
            (None, Some(limit)) => format!("compiled regex exceeds size limit of {limit} bytes"),
            (None, None) => e.to_string(),
        }
    })
}

/// The loose form of a regex ([`Rule::loose`] when the pack gives none):
/// each repetition counted up to [`LOOSE_MIN`] or more times is left
/// uncounted (`[^.;]{0,80}?` becomes `[^.;]*?`), and capture groups become
/// plain groups. It matches wherever the regex does, so its matches can
/// stand for the regex's (each is confirmed by the regex anchored where it
/// starts), and it is much cheaper to search: a lazy DFA must tell apart
/// every count of a counted gap that several partial matches may be at
/// (on the benchmark text, searching with it and confirming took about a
/// quarter less time than searching with the regex alone).
fn loosen(hir: &regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Hir, HirKind, Repetition};
    match hir.kind() {
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            min: r.min,
            max: r.max.filter(|&m| m < LOOSE_MIN),
            greedy: r.greedy,
            sub: Box::new(loosen(&r.sub)),
        }),
        HirKind::Capture(c) => loosen(&c.sub),
        HirKind::Concat(v) => Hir::concat(v.iter().map(loosen).collect()),
        HirKind::Alternation(v) => Hir::alternation(v.iter().map(loosen).collect()),
        _ => hir.clone(),
    }
}

/// `hir` with the groups named in `groups` holding what `groups` gives
/// for them. Each node on the way to such a group is built again with the
/// parser's own constructors (which merge literals, lift common prefixes
/// and so on), so that the result is what parsing the pattern written with
/// those contents gives (tested for every bundled rule with placeholders).
fn substitute(hir: &Hir, groups: &HashMap<&str, Hir>) -> Hir {
    use regex_syntax::hir::{Capture, HirKind, Repetition};
    if hir.properties().explicit_captures_len() == 0 {
        return hir.clone();
    }
    match hir.kind() {
        HirKind::Capture(c) => {
            let sub = match c.name.as_deref().and_then(|n| groups.get(n)) {
                Some(contents) => contents.clone(),
                None => substitute(&c.sub, groups),
            };
            Hir::capture(Capture {
                index: c.index,
                name: c.name.clone(),
                sub: Box::new(sub),
            })
        }
        HirKind::Concat(v) => Hir::concat(v.iter().map(|h| substitute(h, groups)).collect()),
        HirKind::Alternation(v) => {
            Hir::alternation(v.iter().map(|h| substitute(h, groups)).collect())
        }
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            min: r.min,
            max: r.max,
            greedy: r.greedy,
            sub: Box::new(substitute(&r.sub, groups)),
        }),
        _ => hir.clone(),
    }
}

/// Repetitions counted up to this many times or more are left uncounted
/// in a loose regex ([`loosen`]).
const LOOSE_MIN: u32 = 4;

/// Whether `pattern` holds a repetition counted up to [`LOOSE_MIN`] times
/// or more (`{0,80}`), as its text shows: a rule's regex without one gets
/// no loose form, which would be the regex again.
fn has_counted_gap(pattern: &str) -> bool {
    let b = pattern.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'{' => {
                let close = b[i..].iter().position(|&c| c == b'}').map(|j| i + j);
                if let Some(close) = close {
                    let inner = &pattern[i + 1..close];
                    if let Some((lo, hi)) = inner.split_once(',') {
                        let counted =
                            |t: &str| !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit());
                        if (lo.is_empty() || counted(lo))
                            && counted(hi)
                            && hi.parse::<u32>().is_ok_and(|m| m >= LOOSE_MIN)
                        {
                            return true;
                        }
                    }
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    false
}

/// How long a "word" ([`LazyRegex::max_len`]) can be, in bytes of
/// normalized text: longer than any word of the six languages (German
/// compounds included), shorter than a URL.
pub const WORD_MAX: usize = 64;

/// How many times a group of words repeated without bound (`(?:applicable\
/// |federal\ )*`) is counted for [`LazyRegex::max_len`].
pub const REPEAT_MAX: usize = 8;

/// [`LazyRegex::max_len`] of a parsed pattern (see [`parse_regex`]).
fn match_bound(hir: &regex_syntax::hir::Hir) -> Option<usize> {
    use regex_syntax::hir::{Class, Hir, HirKind};
    fn holds_space(h: &Hir) -> bool {
        match h.kind() {
            HirKind::Class(Class::Bytes(c)) => c
                .ranges()
                .iter()
                .any(|r| r.start() <= b' ' && b' ' <= r.end()),
            HirKind::Class(Class::Unicode(c)) => c
                .ranges()
                .iter()
                .any(|r| r.start() <= ' ' && ' ' <= r.end()),
            HirKind::Literal(l) => l.0.contains(&b' '),
            HirKind::Capture(c) => holds_space(&c.sub),
            HirKind::Repetition(r) => holds_space(&r.sub),
            HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(holds_space),
            HirKind::Empty | HirKind::Look(_) => false,
        }
    }
    // Whether a class (or literal) can match a letter or a digit of
    // normalized text (lower case); anything else may.
    fn holds_letter_or_digit(h: &Hir) -> bool {
        let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
        match h.kind() {
            HirKind::Class(Class::Bytes(c)) => {
                c.ranges().iter().any(|r| (r.start()..=r.end()).any(alnum))
            }
            HirKind::Class(Class::Unicode(c)) => c
                .ranges()
                .iter()
                .any(|r| r.end() > '\u{7f}' || (r.start() as u8..=r.end() as u8).any(alnum)),
            HirKind::Literal(l) => l.0.iter().any(|&b| alnum(b)),
            _ => true,
        }
    }
    fn bound(h: &Hir) -> Option<usize> {
        match h.kind() {
            HirKind::Empty | HirKind::Look(_) => Some(0),
            HirKind::Literal(l) => Some(l.0.len()),
            HirKind::Class(Class::Bytes(_)) => Some(1),
            HirKind::Class(Class::Unicode(c)) => c.maximum_len(),
            HirKind::Capture(c) => bound(&c.sub),
            HirKind::Concat(v) => v.iter().try_fold(0usize, |n, h| Some(n + bound(h)?)),
            HirKind::Alternation(v) => v.iter().try_fold(0usize, |n, h| Some(n.max(bound(h)?))),
            HirKind::Repetition(r) => {
                let sub = bound(&r.sub)?;
                match r.max {
                    Some(max) => sub.checked_mul(max as usize),
                    // A word, or a run of spaces and punctuation.
                    None if !holds_space(&r.sub) || !holds_letter_or_digit(&r.sub) => {
                        Some(WORD_MAX.max(sub.saturating_mul(r.min as usize)))
                    }
                    // A group of words, such as qualifiers before a noun.
                    None if !matches!(r.sub.kind(), HirKind::Class(_)) => {
                        sub.checked_mul(REPEAT_MAX.max(r.min as usize))
                    }
                    // A run of any characters but a few (`[^.]*`).
                    None => None,
                }
            }
        }
    }
    bound(hir)
}

/// Parse a pattern as [`compile_regex`] compiles it; a bundled rule's
/// pattern is read parsed from `patterns/parsed.bin` ([`crate::parsed`]).
pub(crate) fn parse_regex(pattern: &str) -> Option<regex_syntax::hir::Hir> {
    crate::parsed::lookup(pattern).or_else(|| parse_uncached(pattern))
}

/// [`parse_regex`] without `patterns/parsed.bin`.
pub(crate) fn parse_uncached(pattern: &str) -> Option<regex_syntax::hir::Hir> {
    let parse = |unicode: bool| {
        regex_syntax::ParserBuilder::new()
            .unicode(unicode)
            .utf8(false)
            .build()
            .parse(pattern)
            .ok()
    };
    parse(false).or_else(|| parse(true))
}

/// Whether every match of `pattern` contains one of `keywords`, as far as
/// the regex's structure shows: a literal holding a keyword, or a sequence
/// of literals and small alternations all of whose spellings hold one, on
/// every path. `false` means a match might hold none: the matcher, which
/// runs a rule's regex only around its keywords, would then miss it.
pub fn keywords_cover(pattern: &str, keywords: &[String]) -> bool {
    let Some(hir) = parse_regex(pattern) else {
        return false;
    };
    let keywords: Vec<&[u8]> = keywords.iter().map(|k| k.as_bytes()).collect();
    cover::covered(&hir, &keywords)
}

/// Where [`keywords_cover`] fails: a spelling or a part of the regex that
/// may match without any of the keywords (`None` when they cover it).
pub fn uncovered_part(pattern: &str, keywords: &[String]) -> Option<String> {
    let Some(hir) = parse_regex(pattern) else {
        return Some("the regex does not parse".into());
    };
    let keywords: Vec<&[u8]> = keywords.iter().map(|k| k.as_bytes()).collect();
    cover::witness(&hir, &keywords)
}

/// Where the keyword lies in every match of `pattern`, when
/// [`keywords_cover`] can show it: `(before, after)` such that each match
/// holds a keyword occurrence that ends at most `before` bytes after the
/// match starts and starts at most `after` bytes before it ends. So the
/// matches holding a keyword found at `ks..ke` lie within
/// `ke - before..ks + after`. A keyword near the end of the regex makes
/// `after` short, one near the start `before`; both are at most the
/// longest match ([`LazyRegex::max_len`], `usize::MAX` for none).
pub fn keyword_sides(pattern: &str, keywords: &[String]) -> Option<(usize, usize)> {
    let hir = parse_regex(pattern)?;
    let keywords: Vec<&[u8]> = keywords.iter().map(|k| k.as_bytes()).collect();
    cover::sides(&hir, &keywords, cover::Metric::Bytes)
}

/// [`keyword_sides`] counted in spaces rather than bytes: `(before,
/// after)` such that each match holds a keyword occurrence with at most
/// `before` spaces between the match's start and the keyword's end, and
/// at most `after` between the keyword's start and the match's end
/// ([`space_bound`]). Normalized text has one space between words, so a
/// regex whose gaps are counted in words (`(?:[a-z]+ ){0,12}`) reaches a
/// few words from its keyword, however long the words: where
/// [`keyword_sides`] must count each unbounded word as [`WORD_MAX`] bytes,
/// this counts it as no space at all. A side is `usize::MAX` where a
/// part with a space may repeat without bound there (`[^.]*`,
/// `(?:applicable )*`); `None` where the keyword's place is not known.
pub fn keyword_space_sides(pattern: &str, keywords: &[String]) -> Option<(usize, usize)> {
    let hir = parse_regex(pattern)?;
    let keywords: Vec<&[u8]> = keywords.iter().map(|k| k.as_bytes()).collect();
    cover::sides(&hir, &keywords, cover::Metric::Spaces)
}

/// The most spaces (byte 0x20) a match of `hir` can hold, if it is
/// bounded: a class or literal counts the spaces it can match, a
/// repetition its part's count as many times as it may repeat (none for
/// a part without a space, however often), a sequence the sum of its
/// parts', an alternation its largest branch's; look-around none.
fn space_bound(hir: &regex_syntax::hir::Hir) -> Option<usize> {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(0),
        HirKind::Literal(l) => Some(l.0.iter().filter(|&&b| b == b' ').count()),
        HirKind::Class(Class::Bytes(c)) => Some(usize::from(
            c.ranges()
                .iter()
                .any(|r| r.start() <= b' ' && b' ' <= r.end()),
        )),
        HirKind::Class(Class::Unicode(c)) => Some(usize::from(
            c.ranges()
                .iter()
                .any(|r| r.start() <= ' ' && ' ' <= r.end()),
        )),
        HirKind::Capture(c) => space_bound(&c.sub),
        HirKind::Concat(v) => v
            .iter()
            .try_fold(0usize, |n, h| n.checked_add(space_bound(h)?)),
        HirKind::Alternation(v) => v
            .iter()
            .try_fold(0usize, |n, h| Some(n.max(space_bound(h)?))),
        HirKind::Repetition(r) => match (space_bound(&r.sub)?, r.max) {
            (0, _) => Some(0),
            (n, Some(max)) => n.checked_mul(max as usize),
            (_, None) => None,
        },
    }
}

/// A set of literals, other than `keywords`, one of which every match of
/// `pattern` contains, as far as the regex's structure shows (a literal
/// part, the spellings of a part with few of them, or for an alternation
/// one set from each branch together), if it has one of at most 64
/// literals of at least 4 bytes, not all holding a keyword; of those, the
/// one with the fewest literals, then the longest. A window around a
/// keyword that holds none of them cannot hold a match.
pub fn required_literals(pattern: &str, keywords: &[String]) -> Option<Vec<String>> {
    Analysis::of(pattern, keywords).also
}

/// What the matcher must know of a rule's regex to place its windows
/// ([`crate::matcher::Matcher::reach`]): the longest match, where the
/// keyword lies in it, and the literals it needs besides (and where they
/// lie). Working it out takes about a millisecond a rule,
/// and up to 30 for the largest generated regexes: some 0.2 s of CPU for
/// the bundled rules, most of the first document's time in a scan. So it
/// is worked out ahead for them, in `patterns/analysis.tsv` (embedded in
/// the binary), and looked up there by [`Analysis::key`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// [`LazyRegex::max_len`] of the regex.
    pub bound: Option<usize>,
    /// [`keyword_sides`] of the regex and the keywords.
    pub sides: Option<(usize, usize)>,
    /// [`keyword_space_sides`] of the regex and the keywords.
    pub spaces: Option<(usize, usize)>,
    /// Literals one of which every match holds besides a keyword (see
    /// [`required_literals`]): a window without any is not searched.
    pub also: Option<Vec<String>>,
    /// [`keyword_sides`] of the regex and `also`: where in a match its
    /// required literal lies. A rule that searches whole documents is
    /// searched around its required literals instead, when this is known.
    pub also_sides: Option<(usize, usize)>,
    /// For a regex without `also`: terms, one of which every match meets
    /// besides holding a keyword; each term a few sets of literals, each
    /// set one that the match holds a literal of (up to 1,024 literals in
    /// all, too many for the keyword automaton). The matcher looks for
    /// them in the rule's windows, with an automaton of the rule's own,
    /// before it compiles the regex or searches the windows with it: a
    /// window that meets no term cannot hold a match.
    pub wide: Option<Vec<Vec<Vec<String>>>>,
}

/// The precomputed analyses of the bundled rules: see [`Analysis`].
const ANALYSIS_TSV: &str = include_str!("../patterns/analysis.tsv");

/// The first line of `patterns/analysis.tsv`.
const ANALYSIS_HEADER: &str = "# key\tbound\tbefore\tafter\tspaces\talso\talso_sides\twide\trule";

impl Analysis {
    /// The analysis of `pattern` with `keywords`, worked out now.
    pub fn of(pattern: &str, keywords: &[String]) -> Analysis {
        let Some(hir) = parse_regex(pattern) else {
            return Analysis {
                bound: None,
                sides: None,
                spaces: None,
                also: None,
                also_sides: None,
                wide: None,
            };
        };
        let keywords: Vec<&[u8]> = keywords.iter().map(|k| k.as_bytes()).collect();
        let also = cover::required(&hir, &keywords);
        fn strings(set: Vec<Vec<u8>>) -> Vec<String> {
            set.into_iter()
                .map(|l| String::from_utf8(l).expect("required() keeps UTF-8 literals"))
                .collect()
        }
        Analysis {
            wide: match also {
                None => cover::wide(&hir, &keywords).map(|terms| {
                    terms
                        .into_iter()
                        .map(|term| term.into_iter().map(strings).collect())
                        .collect()
                }),
                Some(_) => None,
            },
            bound: match_bound(&hir),
            sides: cover::sides(&hir, &keywords, cover::Metric::Bytes),
            spaces: cover::sides(&hir, &keywords, cover::Metric::Spaces),
            also_sides: also.as_ref().and_then(|set| {
                let set: Vec<&[u8]> = set.iter().map(Vec::as_slice).collect();
                cover::sides(&hir, &set, cover::Metric::Bytes)
            }),
            also: also.map(strings),
        }
    }

    /// What an analysis is looked up by: a hash of the regex, the keywords
    /// and the constants the analysis depends on, so that an entry of
    /// another regex, other keywords or another version of the analysis
    /// is never used. (A change to the analysis's code needs the table
    /// written again: `tests/rules.rs` checks every entry.)
    pub fn key(pattern: &str, keywords: &[String]) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        let constants = [
            WORD_MAX,
            REPEAT_MAX,
            cover::MAX_SPELLINGS,
            cover::BUDGET,
            cover::REQUIRED_MAX,
            cover::REQUIRED_MIN_LEN,
            cover::WIDE_MAX,
            cover::WIDE_SETS,
            cover::WIDE_PER_TERM,
        ];
        h.update(format!("analysis 6 {constants:?}\0"));
        h.update(pattern);
        for k in keywords {
            h.update(b"\0");
            h.update(k);
        }
        let digest = h.finalize();
        digest[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The analysis of `pattern` with `keywords` in `patterns/analysis.tsv`,
    /// if it has it (and its line reads).
    pub fn lookup(pattern: &str, keywords: &[String]) -> Option<Analysis> {
        // Each line is read when looked up, on the threads that load the
        // rules, rather than all of them on the first lookup while the
        // other threads wait (0.8 ms on one thread; the one-file start-up
        // moved by less than its noise, about a millisecond:
        // benches/README.md, session 52).
        static TABLE: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
            ANALYSIS_TSV
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|line| Some((line.split_once('\t')?.0, line)))
                .collect()
        });
        TABLE
            .get(Analysis::key(pattern, keywords).as_str())
            .and_then(|line| Analysis::read(line))
    }

    /// An analysis from its line of `patterns/analysis.tsv`.
    fn read(line: &str) -> Option<Analysis> {
        fn number(s: &str) -> Option<Option<usize>> {
            match s {
                "-" => Some(None),
                _ => s.parse().ok().map(Some),
            }
        }
        fn set<T: serde::de::DeserializeOwned>(json: &str) -> Option<Option<T>> {
            match json {
                "-" => Some(None),
                json => serde_json::from_str(json).ok().map(Some),
            }
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [
            _key,
            bound,
            before,
            after,
            spaces,
            also,
            also_sides,
            wide,
            _rule,
        ] = f[..]
        else {
            return None;
        };
        fn pair(s: &str) -> Option<Option<(usize, usize)>> {
            match s.split_once(',') {
                None => (s == "-").then_some(None),
                Some((b, a)) => Some(Some((b.parse().ok()?, a.parse().ok()?))),
            }
        }
        let sides = number(before)?.zip(number(after)?);
        Some(Analysis {
            bound: number(bound)?,
            sides,
            spaces: pair(spaces)?,
            also_sides: pair(also_sides)?,
            also: set(also)?,
            wide: set(wide)?,
        })
    }

    /// The text of `patterns/analysis.tsv` for `rules`, each worked out
    /// now (what `tests/rules.rs` compares the file with, and writes it
    /// from when asked).
    pub fn table(rules: &[Rule]) -> String {
        let shown = |n: Option<usize>| n.map_or("-".to_string(), |n| n.to_string());
        let mut out = format!("{ANALYSIS_HEADER}\n");
        for rule in rules {
            let a = Analysis::of(rule.regex.source(), &rule.keywords);
            fn set<T: serde::Serialize>(set: &Option<T>) -> String {
                set.as_ref().map_or("-".to_string(), |set| {
                    serde_json::to_string(set).expect("strings serialize")
                })
            }
            let pair =
                |p: Option<(usize, usize)>| p.map_or("-".to_string(), |(b, a)| format!("{b},{a}"));
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                Analysis::key(rule.regex.source(), &rule.keywords),
                shown(a.bound),
                shown(a.sides.map(|s| s.0)),
                shown(a.sides.map(|s| s.1)),
                pair(a.spaces),
                set(&a.also),
                pair(a.also_sides),
                set(&a.wide),
                rule.id
            ));
        }
        out
    }
}

/// The analysis behind [`keywords_cover`].
mod cover {
    use std::collections::HashSet;

    use regex_syntax::hir::{Class, Hir, HirKind};

    /// Spellings of a node with few of them (at most this many).
    pub(super) const MAX_SPELLINGS: usize = 512;
    /// Steps of the analysis before it gives up (and says "not covered").
    pub(super) const BUDGET: usize = 100_000;

    /// Every string a node matches, if they are few.
    fn spellings(h: &Hir) -> Option<Vec<Vec<u8>>> {
        match h.kind() {
            HirKind::Empty | HirKind::Look(_) => Some(vec![vec![]]),
            HirKind::Literal(l) => Some(vec![l.0.to_vec()]),
            HirKind::Class(Class::Bytes(c)) => {
                let n: usize = c.ranges().iter().map(|r| r.len()).sum();
                (n <= 8).then(|| {
                    c.iter()
                        .flat_map(|r| r.start()..=r.end())
                        .map(|b| vec![b])
                        .collect()
                })
            }
            HirKind::Class(Class::Unicode(c)) => {
                let n: usize = c.ranges().iter().map(|r| r.len()).sum();
                (n <= 8).then(|| {
                    c.iter()
                        .flat_map(|r| r.start()..=r.end())
                        .map(|ch| ch.to_string().into_bytes())
                        .collect()
                })
            }
            HirKind::Capture(c) => spellings(&c.sub),
            HirKind::Alternation(v) => {
                let mut out = Vec::new();
                for h in v {
                    out.extend(spellings(h)?);
                    if out.len() > MAX_SPELLINGS {
                        return None;
                    }
                }
                Some(out)
            }
            HirKind::Concat(v) => v.iter().try_fold(vec![vec![]], |acc, h| {
                let next = spellings(h)?;
                if acc.len() * next.len() > MAX_SPELLINGS {
                    return None;
                }
                Some(
                    acc.iter()
                        .flat_map(|a| next.iter().map(move |b| [a.as_slice(), b].concat()))
                        .collect(),
                )
            }),
            HirKind::Repetition(r) => match (r.min, r.max) {
                (0, Some(1)) => {
                    let mut out = spellings(&r.sub)?;
                    out.push(vec![]);
                    Some(out)
                }
                (1, Some(1)) => spellings(&r.sub),
                _ => None,
            },
        }
    }

    /// Whether a spelling holds a keyword, or cannot occur in normalized
    /// text (two spaces in a row).
    fn holds(s: &[u8], keywords: &[&[u8]]) -> bool {
        contains(s, b"  ") || keywords.iter().any(|k| !k.is_empty() && contains(s, k))
    }

    /// Whether `s` holds `part` (every string holds the empty one).
    fn contains(s: &[u8], part: &[u8]) -> bool {
        part.is_empty() || s.windows(part.len()).any(|w| w == part)
    }

    /// Whether every string `h` matches holds one of `keywords`: whether
    /// [`sides`] can say where.
    pub(super) fn covered(h: &Hir, keywords: &[&[u8]]) -> bool {
        covered_within(h, keywords, &mut { BUDGET })
    }

    /// [`covered`], giving up (`false`) once `budget` steps are spent.
    fn covered_within(h: &Hir, keywords: &[&[u8]], budget: &mut usize) -> bool {
        sides_within(h, keywords, budget, Metric::Bytes).is_some()
    }

    /// What [`sides`] counts: bytes ([`super::keyword_sides`]) or spaces
    /// ([`super::keyword_space_sides`]).
    #[derive(Debug, Clone, Copy)]
    pub(super) enum Metric {
        Bytes,
        Spaces,
    }

    impl Metric {
        /// The most a match of `h` can hold: its longest match
        /// ([`super::match_bound`]) or its most spaces
        /// ([`super::space_bound`]); `usize::MAX` for no bound.
        fn len(self, h: &Hir) -> usize {
            match self {
                Metric::Bytes => super::match_bound(h),
                Metric::Spaces => super::space_bound(h),
            }
            .unwrap_or(usize::MAX)
        }

        /// The measure of a spelling.
        fn of(self, s: &[u8]) -> usize {
            match self {
                Metric::Bytes => s.len(),
                Metric::Spaces => s.iter().filter(|&&b| b == b' ').count(),
            }
        }
    }

    /// See [`super::keyword_sides`]. A node is covered when it has few
    /// spellings and each holds a keyword (or cannot occur); when it is
    /// an alternation whose branches are all covered, or a repetition whose
    /// repeated part is; when it is a sequence with a covered part, or a
    /// run of parts with few spellings that all hold a keyword; or, failing
    /// that, when the sequence is covered for each choice of its first
    /// alternation (or optional part).
    pub(super) fn sides(h: &Hir, keywords: &[&[u8]], metric: Metric) -> Option<(usize, usize)> {
        sides_within(h, keywords, &mut { BUDGET }, metric)
    }

    fn sides_within(
        h: &Hir,
        keywords: &[&[u8]],
        budget: &mut usize,
        metric: Metric,
    ) -> Option<(usize, usize)> {
        if *budget == 0 {
            return None;
        }
        *budget -= 1;
        if let Some(sp) = spellings(h) {
            // Each spelling's first keyword.
            let mut out = (0, 0);
            for s in sp.iter().filter(|s| !s.windows(2).any(|w| w == b"  ")) {
                let (at, n) = keywords
                    .iter()
                    .filter(|k| !k.is_empty())
                    .filter_map(|k| {
                        s.windows(k.len())
                            .position(|w| w == *k)
                            .map(|a| (a, k.len()))
                    })
                    .min()?;
                out = (
                    out.0.max(metric.of(&s[..at + n])),
                    out.1.max(metric.of(&s[at..])),
                );
            }
            return Some(out);
        }
        match h.kind() {
            HirKind::Capture(c) => sides_within(&c.sub, keywords, budget, metric),
            HirKind::Alternation(v) => v.iter().try_fold((0, 0), |(b, a), h| {
                let (b2, a2) = sides_within(h, keywords, budget, metric)?;
                Some((b.max(b2), a.max(a2)))
            }),
            // The first repeat holds a keyword.
            HirKind::Repetition(r) if r.min >= 1 => {
                let (before, _) = sides_within(&r.sub, keywords, budget, metric)?;
                Some((before, metric.len(h)))
            }
            HirKind::Concat(v) => {
                let lens: Vec<usize> = v.iter().map(|h| metric.len(h)).collect();
                let sum = |parts: &[usize]| parts.iter().fold(0usize, |n, &l| n.saturating_add(l));
                let mut best: Option<(usize, usize)> = None;
                let mut consider = |c: (usize, usize)| {
                    // (The smaller sum, then the nearer start: sums may
                    // both be unbounded.)
                    let key = |c: (usize, usize)| (c.0.saturating_add(c.1), c.0);
                    if best.is_none_or(|b| key(c) < key(b)) {
                        best = Some(c);
                    }
                };
                for i in 0..v.len() {
                    // A part that always holds a keyword...
                    if let Some((b, a)) = sides_within(&v[i], keywords, budget, metric) {
                        consider((
                            sum(&lens[..i]).saturating_add(b),
                            a.saturating_add(sum(&lens[i + 1..])),
                        ));
                    }
                    // ... or a run of parts whose spellings all hold one
                    // (as in `covered_within`).
                    for j in i + 2..=v.len().min(i + 16) {
                        match spellings(&Hir::concat(v[i..j].to_vec())) {
                            None => break,
                            Some(sp) if sp.iter().all(|s| holds(s, keywords)) => {
                                consider((sum(&lens[..j]), sum(&lens[i..])));
                                break;
                            }
                            Some(_) => {}
                        }
                    }
                }
                if best.is_some() {
                    return best;
                }
                // Each choice of the first alternation (or optional part).
                let k = v.iter().position(|h| choices(h).is_some())?;
                choices(&v[k])?
                    .into_iter()
                    .try_fold((0, 0), |(b, a), choice| {
                        let mut seq = v[..k].to_vec();
                        seq.push(choice);
                        seq.extend_from_slice(&v[k + 1..]);
                        let (b2, a2) = sides_within(&Hir::concat(seq), keywords, budget, metric)?;
                        Some((b.max(b2), a.max(a2)))
                    })
            }
            _ => None,
        }
    }

    /// The branches of an alternation, or an optional part and nothing.
    fn choices(h: &Hir) -> Option<Vec<Hir>> {
        match h.kind() {
            HirKind::Capture(c) => choices(&c.sub),
            HirKind::Alternation(v) => Some(v.clone()),
            HirKind::Repetition(r) if r.min == 0 && r.max == Some(1) => {
                Some(vec![(*r.sub).clone(), Hir::empty()])
            }
            _ => None,
        }
    }

    /// Most literals in a set of [`required`].
    pub(super) const REQUIRED_MAX: usize = 64;
    /// Shortest literal of a set of [`required`]: shorter ones occur too
    /// often to tell windows apart.
    pub(super) const REQUIRED_MIN_LEN: usize = 4;

    /// A set of literals one of which every match of `h` contains, other
    /// than the keywords: of the sets the regex's structure shows with at
    /// most [`REQUIRED_MAX`] literals of at least [`REQUIRED_MIN_LEN`]
    /// bytes, not every one holding a keyword, the best by [`score`], if
    /// there is one. The matcher skips a keyword's window holding none of
    /// them. Sorted, no duplicates.
    pub(super) fn required(h: &Hir, keywords: &[&[u8]]) -> Option<Vec<Vec<u8>>> {
        required_within(h, keywords, REQUIRED_MAX)
    }

    /// Most distinct literals in the sets of [`wide`].
    pub(super) const WIDE_MAX: usize = 1024;
    /// Most sets in [`wide`] (the matcher keeps which it has found in the
    /// bits of a `u64`).
    pub(super) const WIDE_SETS: usize = 64;
    /// Most sets [`wide`] requires together in one term.
    pub(super) const WIDE_PER_TERM: usize = 3;

    /// For a regex without a set of [`required`], a larger requirement
    /// that the matcher looks for in the rule's windows, with an automaton
    /// of the rule's own, before searching them: terms, one of which every
    /// match meets; each term a few sets as [`required`] gives (at most
    /// [`WIDE_PER_TERM`]), each of which the match holds a literal of.
    /// The terms are the ways the regex can match that [`term_sets`]
    /// tells apart; each term takes its best set (by [`score`], a set
    /// whose literals all hold a keyword last), then its next best (other
    /// than a set that one already in the term implies, which would add
    /// nothing), while all the sets hold at most [`WIDE_MAX`] distinct
    /// literals. None if a term has no set, or if every literal holds a
    /// keyword. Sets sorted, no duplicates.
    pub(super) fn wide(h: &Hir, keywords: &[&[u8]]) -> Option<Vec<Vec<Vec<Vec<u8>>>>> {
        let budget = &mut { BUDGET };
        let mut candidates = term_sets(h, budget)?;
        // Sets whose literals all hold a keyword last: every window holds
        // a keyword (if not always that one).
        for sets in &mut candidates {
            sets.sort_by_key(|set| {
                std::cmp::Reverse((!set.iter().all(|l| holds(l, keywords)), score(set)))
            });
            sets.dedup();
        }
        let mut literals: HashSet<&[u8]> = HashSet::new();
        let mut terms: Vec<Vec<&Vec<Vec<u8>>>> = vec![Vec::new(); candidates.len()];
        let mut sets = 0;
        for round in 0..WIDE_PER_TERM {
            for (term, sets_of_term) in terms.iter_mut().zip(&candidates) {
                // The best set of the term that adds to it: not one that
                // a set of the term implies, each of whose literals holds
                // one of it.
                let Some(set) = sets_of_term.iter().find(|set| {
                    // (A set whose literals all hold a keyword, only if the
                    // term has no other.)
                    (round == 0 || !set.iter().all(|l| holds(l, keywords)))
                        && !term
                            .iter()
                            .any(|t| t.iter().all(|held| set.iter().any(|l| contains(held, l))))
                }) else {
                    if term.is_empty() {
                        return None;
                    }
                    continue;
                };
                let new = set
                    .iter()
                    .filter(|l| !literals.contains(l.as_slice()))
                    .count();
                if literals.len() + new > WIDE_MAX || sets == WIDE_SETS {
                    if round == 0 {
                        return None;
                    }
                    continue;
                }
                literals.extend(set.iter().map(Vec::as_slice));
                term.push(set);
                sets += 1;
            }
        }
        if literals.iter().all(|l| holds(l, keywords)) {
            return None;
        }
        Some(
            terms
                .into_iter()
                .map(|term| term.into_iter().cloned().collect())
                .collect(),
        )
    }

    /// The ways `h` can match, each with the sets of [`required_sets`]
    /// that one of its matches holds a literal of (of at most
    /// [`WIDE_MAX`] literals, each of at least [`REQUIRED_MIN_LEN`] bytes
    /// of UTF-8): a way for each branch of `h` if it is an alternation, or
    /// for each branch of the one alternation in a sequence (as the regex
    /// parser makes of branches with a common start), that way with the
    /// sequence's other parts' sets; else one way, with `h`'s sets. At
    /// most [`WIDE_SETS`] ways; one way instead where there would be
    /// more, or where one has no set. None if `h` has no set at all.
    fn term_sets(h: &Hir, budget: &mut usize) -> Option<Vec<Vec<Vec<Vec<u8>>>>> {
        fn bare(mut h: &Hir) -> &Hir {
            while let HirKind::Capture(c) = h.kind() {
                h = &c.sub;
            }
            h
        }
        let valid = |h: &Hir, budget: &mut usize| -> Vec<Vec<Vec<u8>>> {
            required_sets(h, WIDE_MAX, budget)
                .into_iter()
                .filter(|set| usable(set, WIDE_MAX))
                .collect()
        };
        let h = bare(h);
        let (branches, others): (&[Hir], Vec<&Hir>) = match h.kind() {
            HirKind::Alternation(v) => (v, vec![]),
            HirKind::Concat(v) => {
                let mut alternations = v
                    .iter()
                    .enumerate()
                    .filter(|(_, part)| matches!(bare(part).kind(), HirKind::Alternation(_)));
                match (alternations.next(), alternations.next()) {
                    (Some((k, part)), None) => match bare(part).kind() {
                        HirKind::Alternation(branches) => (
                            branches,
                            v.iter()
                                .enumerate()
                                .filter(|&(i, _)| i != k)
                                .map(|(_, p)| p)
                                .collect(),
                        ),
                        _ => (&[], vec![]),
                    },
                    _ => (&[], vec![]),
                }
            }
            _ => (&[], vec![]),
        };
        let shared: Vec<Vec<Vec<u8>>> = others.iter().flat_map(|p| valid(p, budget)).collect();
        let ways: Vec<Vec<Vec<Vec<u8>>>> = branches
            .iter()
            .map(|branch| {
                let mut sets = valid(branch, budget);
                sets.extend(shared.iter().cloned());
                sets
            })
            .collect();
        if ways.len() > 1 && ways.len() <= WIDE_SETS && ways.iter().all(|sets| !sets.is_empty()) {
            return Some(ways);
        }
        let sets = valid(h, budget);
        (!sets.is_empty()).then(|| vec![sets])
    }

    fn required_within(h: &Hir, keywords: &[&[u8]], max: usize) -> Option<Vec<Vec<u8>>> {
        required_sets(h, max, &mut { BUDGET })
            .into_iter()
            .filter(|set| usable(set, max) && !set.iter().all(|l| holds(l, keywords)))
            .max_by_key(|set| score(set))
    }

    /// Whether a set of [`required_sets`] may be looked for: at most `max`
    /// literals, each of at least [`REQUIRED_MIN_LEN`] bytes of UTF-8.
    fn usable(set: &[Vec<u8>], max: usize) -> bool {
        set.len() <= max
            && set
                .iter()
                .all(|l| l.len() >= REQUIRED_MIN_LEN && std::str::from_utf8(l).is_ok())
    }

    /// How good a set of [`required`] is: literals long enough, then the
    /// fewest (each is another pattern of the keyword automaton), then the
    /// longest shortest one.
    fn score(set: &[Vec<u8>]) -> (bool, std::cmp::Reverse<usize>, usize) {
        let shortest = set.iter().map(Vec::len).min().unwrap_or(0);
        (
            shortest >= REQUIRED_MIN_LEN,
            std::cmp::Reverse(set.len()),
            shortest,
        )
    }

    /// Sets of literals one of which every match of `h` (in normalized
    /// text) contains: the spellings of a part with few of them; a
    /// repeated part's sets; each branch's best set together, for an
    /// alternation; for a sequence, the sets of each of its parts and the
    /// spellings of each run of parts with few spellings.
    fn required_sets(h: &Hir, max: usize, budget: &mut usize) -> Vec<Vec<Vec<u8>>> {
        if *budget == 0 {
            return vec![];
        }
        *budget -= 1;
        // A set, or none if a spelling is empty (it would be in every
        // text). Spellings with two spaces in a row cannot occur.
        let as_set = |spellings: Vec<Vec<u8>>| -> Option<Vec<Vec<u8>>> {
            let mut set: Vec<Vec<u8>> = spellings
                .into_iter()
                .filter(|s| !s.windows(2).any(|w| w == b"  "))
                .collect();
            set.sort();
            set.dedup();
            (!set.is_empty() && set.iter().all(|s| !s.is_empty())).then_some(set)
        };
        let best = |sets: Vec<Vec<Vec<u8>>>| sets.into_iter().max_by_key(|set| score(set));
        let mut out = Vec::new();
        if let Some(set) = spellings(h).and_then(as_set) {
            out.push(set);
        }
        match h.kind() {
            HirKind::Capture(c) => out.extend(required_sets(&c.sub, max, budget)),
            HirKind::Repetition(r) if r.min >= 1 => out.extend(required_sets(&r.sub, max, budget)),
            HirKind::Alternation(v) => {
                let mut union = Vec::new();
                for branch in v {
                    match best(required_sets(branch, max, budget)) {
                        Some(set) => union.extend(set),
                        None => return out,
                    }
                }
                union.sort();
                union.dedup();
                if union.len() <= max {
                    out.push(union);
                }
            }
            HirKind::Concat(v) => {
                for part in v {
                    out.extend(required_sets(part, max, budget));
                }
                // Runs of parts with few spellings, longest first.
                let mut i = 0;
                while i < v.len() {
                    let mut j = i;
                    while j < v.len() && spellings(&v[j]).is_some() {
                        j += 1;
                    }
                    if j > i + 1
                        && let Some(set) =
                            spellings(&Hir::concat(v[i..j].to_vec())).and_then(as_set)
                    {
                        out.push(set);
                    }
                    i = j + 1;
                }
            }
            _ => {}
        }
        out
    }

    /// A part of `h` that may match without a keyword.
    pub(super) fn witness(h: &Hir, keywords: &[&[u8]]) -> Option<String> {
        let mut budget = BUDGET;
        if covered_within(h, keywords, &mut budget) {
            return None;
        }
        if budget == 0 {
            return Some("(too complex to analyse)".into());
        }
        Some(witness_of(h, keywords))
    }

    fn witness_of(h: &Hir, keywords: &[&[u8]]) -> String {
        if let Some(sp) = spellings(h) {
            let s = sp
                .iter()
                .find(|s| !holds(s, keywords))
                .cloned()
                .unwrap_or_default();
            return format!("{:?}", String::from_utf8_lossy(&s));
        }
        let uncovered = |h: &Hir| !covered_within(h, keywords, &mut { BUDGET });
        match h.kind() {
            HirKind::Capture(c) => witness_of(&c.sub, keywords),
            HirKind::Alternation(v) => v
                .iter()
                .find(|h| uncovered(h))
                .map_or_else(String::new, |h| witness_of(h, keywords)),
            HirKind::Repetition(r) if r.min >= 1 => witness_of(&r.sub, keywords),
            HirKind::Concat(v) => {
                if let Some(k) = v.iter().position(|h| choices(h).is_some()) {
                    for choice in choices(&v[k]).unwrap() {
                        let mut seq = v[..k].to_vec();
                        seq.push(choice);
                        seq.extend_from_slice(&v[k + 1..]);
                        let seq = Hir::concat(seq);
                        if uncovered(&seq) {
                            return witness_of(&seq, keywords);
                        }
                    }
                }
                shorten(h.to_string())
            }
            _ => shorten(h.to_string()),
        }
    }

    /// At most 200 bytes of a regex shown in a message.
    fn shorten(mut shown: String) -> String {
        if shown.len() > 200 {
            let mut cut = 200;
            while !shown.is_char_boundary(cut) {
                cut -= 1;
            }
            shown.truncate(cut);
            shown.push('…');
        }
        shown
    }
}

/// Each placeholder's gazetteer kinds and the alternation of their names.
type PlaceholderRegexes = HashMap<&'static str, (&'static [&'static str], String)>;

/// A jurisdiction of the gazetteer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJurisdiction {
    code: String,
    kind: String,
    names: Vec<String>,
}

/// A US state's postal abbreviations ("nj", "n.j.").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStateAbbrev {
    code: String,
    abbrevs: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RawGazetteer {
    #[serde(default)]
    jurisdiction: Vec<RawJurisdiction>,
    #[serde(default)]
    us_state_abbrev: Vec<RawStateAbbrev>,
}

/// Names of places mapped to jurisdiction codes (ISO 3166-1 alpha-2,
/// `US-XX` for US states, `US` for the United States as a whole).
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    by_name: HashMap<String, (String, String)>,
    /// US states by postal abbreviation ("nj" -> "US-NJ").
    postal: HashMap<String, String>,
    /// Every name, sorted; built by `finish`.
    names: Arc<Vec<String>>,
    /// The first word of every name (up to its first character that is not
    /// a letter or digit), and the length of the longest name, which bound
    /// the lookups of [`Gazetteer::longest_at`]; built by `finish`.
    first_words: HashSet<String>,
    longest: usize,
    /// Every name, for finding all that occur in a text; built on first use.
    anywhere: Arc<OnceLock<Option<AhoCorasick>>>,
    /// Whether [`Gazetteer::prepare_in_background`] has started.
    preparing: Arc<AtomicBool>,
}

impl Gazetteer {
    /// The code for a name (normalized here): the whole name if known,
    /// else the longest known name it starts with, after any leading
    /// article or "state of".
    pub fn code(&self, name: &str) -> Option<&str> {
        let key = fold(name);
        let key = key.trim().trim_end_matches([',', ';', ':']).trim();
        if let Some((c, _)) = self.by_name.get(key) {
            return Some(c.as_str());
        }
        self.longest_at(key, 0, &[], true).map(|(_, code)| code)
    }

    /// The code of a US state written as its postal abbreviation ("ny" ->
    /// "US-NY"), from the gazetteer's `us_state_abbrev` tables.
    pub fn us_state_of_postal(&self, abbr: &str) -> Option<&str> {
        self.postal.get(abbr.trim()).map(String::as_str)
    }

    /// The code of a country written as its ISO 3166-1 alpha-2 code ("ie",
    /// "US"), as registers and forms give it: the code when the gazetteer
    /// has a country of that code.
    pub fn country_code(&self, iso: &str) -> Option<&str> {
        let iso = iso.trim();
        if iso.len() != 2 || !iso.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let upper = iso.to_ascii_uppercase();
        self.by_name
            .values()
            .find(|(code, kind)| *code == upper && (kind == "country" || kind == "us_federal"))
            .map(|(code, _)| code.as_str())
    }

    /// The longest name of one of `kinds` (any kind when empty) that starts
    /// at byte `at` of the normalized `text` (with `skip_articles`, possibly
    /// after leading articles) and ends at a word boundary: (end, code).
    pub fn longest_at(
        &self,
        text: &str,
        at: usize,
        kinds: &[&str],
        skip_articles: bool,
    ) -> Option<(usize, &str)> {
        let mut pos = at;
        loop {
            // A name ends where a word does: look up each stretch from
            // `pos` to a character that is not a letter or digit, longest
            // first, once the first word is known to start a name. (No
            // automaton: building one over the gazetteer's four thousand
            // names was a tenth of the start-up.)
            let mut ends = text[pos..]
                .char_indices()
                .skip(1)
                .filter(|(_, c)| !c.is_alphanumeric())
                .map(|(i, _)| pos + i)
                .chain(std::iter::once(text.len()))
                .take_while(|&end| end - pos <= self.longest)
                .peekable();
            if ends
                .peek()
                .is_some_and(|&end| self.first_words.contains(&text[pos..end]))
            {
                // (The ends come shortest first: the last name found is
                // the longest.)
                let found = ends
                    .filter_map(|end| {
                        let (code, kind) = self.by_name.get(&text[pos..end])?;
                        (kinds.is_empty() || kinds.contains(&kind.as_str()))
                            .then_some((end, code.as_str()))
                    })
                    .last();
                if found.is_some() {
                    return found;
                }
            }
            let rest = &text[pos..];
            let stripped = strip_prefixes(rest);
            if !skip_articles || stripped.len() == rest.len() {
                return None;
            }
            pos = text.len() - stripped.len();
        }
    }

    /// Build the lookup tables once all names are loaded.
    fn finish(&mut self) {
        let mut names: Vec<String> = self.by_name.keys().cloned().collect();
        names.sort();
        self.first_words = names
            .iter()
            .map(|n| {
                let end = n
                    .char_indices()
                    .skip(1)
                    .find(|(_, c)| !c.is_alphanumeric())
                    .map_or(n.len(), |(i, _)| i);
                n[..end].to_string()
            })
            .collect();
        self.longest = names.iter().map(String::len).max().unwrap_or(0);
        self.names = Arc::new(names);
    }

    /// Build the automaton that [`DocNames`] looks for names with on a thread of its
    /// own, so that it is ready (or nearly) when the first document needs
    /// it: it takes about 4 ms, a tenth of the start-up of a one-file scan,
    /// which another core can spend while this one builds the keyword
    /// automaton. (A search that needs it first waits for it.) Once only.
    pub fn prepare_in_background(&self) {
        if self.preparing.swap(true, Ordering::AcqRel) {
            return;
        }
        let names = Arc::clone(&self.names);
        let cell = Arc::clone(&self.anywhere);
        std::thread::spawn(move || {
            cell.get_or_init(|| anywhere_automaton(&names));
        });
    }

    fn len(&self) -> usize {
        self.by_name.len()
    }

    /// The automaton that finds every name, if it could be built.
    fn anywhere(&self) -> Option<&AhoCorasick> {
        self.anywhere
            .get_or_init(|| anywhere_automaton(&self.names))
            .as_ref()
    }

    /// Indices (into `names`) of the names that occur anywhere in `text`.
    #[cfg(test)]
    fn names_in(&self, text: &str) -> BTreeSet<usize> {
        match self.anywhere() {
            Some(ac) => ac
                .find_overlapping_iter(text)
                .map(|m| m.pattern().as_usize())
                .collect(),
            None => (0..self.names.len()).collect(),
        }
    }

    /// The names at `indices` of the given kinds (all kinds when `kinds` is
    /// empty), longest first, as a regex alternation that works in `(?x)`
    /// mode.
    fn alternation_of(&self, indices: &BTreeSet<usize>, kinds: &[&str]) -> String {
        let names = self.names_of(indices, kinds);
        if names.is_empty() {
            return NO_NAME.to_string();
        }
        let body: Vec<String> = names.iter().map(|n| regex::escape(n)).collect();
        format!("(?-x:(?-u:\\b)(?:{})(?-u:\\b))", body.join("|"))
    }

    /// [`Gazetteer::alternation_of`] as the regex parser reads it, built
    /// without writing and parsing it (see [`ExactRegex::template`]).
    fn alternation_hir(&self, indices: &BTreeSet<usize>, kinds: &[&str]) -> Hir {
        use regex_syntax::hir::Look;
        let names = self.names_of(indices, kinds);
        if names.is_empty() {
            return Hir::fail();
        }
        Hir::concat(vec![
            Hir::look(Look::WordAscii),
            Hir::alternation(names.iter().map(|n| Hir::literal(n.as_bytes())).collect()),
            Hir::look(Look::WordAscii),
        ])
    }

    /// `indices`, or the indices of all names when `None`.
    fn these_or_all<'a>(&self, indices: Option<&'a BTreeSet<usize>>) -> Cow<'a, BTreeSet<usize>> {
        match indices {
            Some(these) => Cow::Borrowed(these),
            None => Cow::Owned((0..self.names.len()).collect()),
        }
    }

    /// The names at `indices` of the given kinds (all kinds when `kinds` is
    /// empty), longest first.
    fn names_of(&self, indices: &BTreeSet<usize>, kinds: &[&str]) -> Vec<&String> {
        let mut names: Vec<&String> = indices
            .iter()
            .map(|&i| &self.names[i])
            .filter(|n| kinds.is_empty() || kinds.contains(&self.by_name[*n].1.as_str()))
            .collect();
        names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        names
    }
}

/// The alternation of no names: a group that matches nothing.
const NO_NAME: &str = "(?:[^\\s\\S])";

fn strip_prefixes(mut key: &str) -> &str {
    const PREFIXES: [&str; 24] = [
        "the ",
        "le ",
        "la ",
        "les ",
        "l'",
        "du ",
        "de ",
        "des ",
        "del ",
        "dello ",
        "della ",
        "di ",
        "der ",
        "des ",
        "dem ",
        "het ",
        "el ",
        "lo ",
        "il ",
        "van ",
        "d'",
        "state of ",
        "etat de ",
        "staat ",
    ];
    loop {
        // (Each prefix starts with one of these letters: most keys, a name's
        // first word, are passed over without comparing.)
        if !matches!(
            key.as_bytes().first(),
            Some(b'd' | b'e' | b'h' | b'i' | b'l' | b's' | b't' | b'v')
        ) {
            return key;
        }
        let before = key;
        for p in PREFIXES {
            if let Some(rest) = key.strip_prefix(p) {
                key = rest.trim_start();
            }
        }
        if before == key {
            return key;
        }
    }
}

/// Placeholders usable in rule regexes and the gazetteer kinds they cover.
const PLACEHOLDERS: [(&str, &[&str]); 5] = [
    ("jurisdiction", &[]),
    ("us_state", &["us_state"]),
    ("us", &["us_state", "us_federal"]),
    ("country", &["country", "us_federal"]),
    ("city", &["city"]),
];

/// A compiled set of rules plus the gazetteer they use.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub gazetteer: Gazetteer,
    /// The lazy DFA caches of the rules' regexes.
    caches: Arc<CacheGroup>,
}

/// An error in a rule pack. The message names the file and, where there is
/// one, the rule.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {message}", file.display(), rule.as_ref().map(|r| format!(": rule `{r}`")).unwrap_or_default())]
pub struct RuleError {
    pub file: PathBuf,
    pub rule: Option<String>,
    pub message: String,
}

impl RuleError {
    fn new(file: &Path, rule: Option<&str>, message: impl Into<String>) -> RuleError {
        RuleError {
            file: file.to_path_buf(),
            rule: rule.map(str::to_string),
            message: message.into(),
        }
    }
}

/// The rule packs compiled into the binary: (file name, contents). The
/// contents are the pack's TOML as JSON (converted by build.rs).
pub const BUNDLED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/bundled_rules.rs"));

/// The name of the gazetteer file inside a rule directory.
pub const GAZETTEER_FILE: &str = "jurisdictions.toml";

/// Where rules come from.
#[derive(Debug, Clone, Default)]
pub struct RuleSources {
    /// Use the packs compiled into the binary.
    pub bundled: bool,
    /// Directories whose `*.toml` files are loaded too.
    pub dirs: Vec<PathBuf>,
}

impl RuleSet {
    /// The text of `patterns/parsed.bin` for these rules: every pattern
    /// that their regexes are compiled from (the quick regex, a loose regex
    /// given in the pack, the exact regex's template), parsed
    /// ([`crate::parsed`]).
    pub fn parsed_table(&self) -> Vec<u8> {
        let mut patterns: Vec<String> = Vec::new();
        for rule in &self.rules {
            patterns.push(rule.regex.source().to_string());
            if let Some(loose) = &rule.loose {
                patterns.push(loose.source().to_string());
            }
            if let Some((template, _)) = rule.exact.as_ref().and_then(|e| e.template_pattern()) {
                patterns.push(template);
            }
        }
        patterns.sort();
        patterns.dedup();
        let parsed: Vec<(&str, regex_syntax::hir::Hir)> = patterns
            .iter()
            .filter_map(|p| Some((p.as_str(), parse_uncached(p)?)))
            .collect();
        crate::parsed::table(parsed.iter().map(|(p, h)| (*p, h)))
    }

    /// The packs compiled into the binary.
    pub fn bundled() -> Result<RuleSet, RuleError> {
        RuleSet::load(&RuleSources {
            bundled: true,
            dirs: vec![],
        })
    }

    /// Load and compile rules from the given sources.
    pub fn load(sources: &RuleSources) -> Result<RuleSet, RuleError> {
        // (The bundled packs are borrowed: copying their 1.1 MB took about
        // 1 ms of the start-up, most of it in faulting in the new pages.)
        let mut files: Vec<(PathBuf, std::borrow::Cow<'static, str>)> = Vec::new();
        // The bundled packs' regexes are compiled on first use: the test
        // suite compiles every one of them (tests/rules.rs). Rules from
        // directories are compiled now, so that a bad one stops the scan
        // before it starts.
        let mut bundled = 0;
        if sources.bundled {
            for (name, text) in BUNDLED {
                files.push((PathBuf::from("patterns").join(name), (*text).into()));
            }
            bundled = files.len();
        }
        for dir in &sources.dirs {
            let entries = std::fs::read_dir(dir).map_err(|e| {
                RuleError::new(dir, None, format!("cannot read rule directory: {e}"))
            })?;
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            paths.sort();
            if paths.is_empty() {
                return Err(RuleError::new(
                    dir,
                    None,
                    "no *.toml rule files in this directory",
                ));
            }
            for p in paths {
                let text = std::fs::read_to_string(&p)
                    .map_err(|e| RuleError::new(&p, None, format!("cannot read: {e}")))?;
                files.push((p, text.into()));
            }
        }
        RuleSet::compile(&files, bundled)
    }

    /// Compile rules from (path, TOML text) pairs. A file named
    /// `jurisdictions.toml` is the gazetteer; when several are given their
    /// names are merged, and when none is, the bundled one is used.
    pub fn from_texts(files: &[(PathBuf, String)]) -> Result<RuleSet, RuleError> {
        RuleSet::compile(files, 0)
    }

    /// [`RuleSet::from_texts`]; the first `bundled` files are the packs
    /// compiled into the binary ([`BUNDLED`]): JSON, and their regexes
    /// only compiled when first used.
    fn compile<T: AsRef<str> + Sync>(
        files: &[(PathBuf, T)],
        bundled: usize,
    ) -> Result<RuleSet, RuleError> {
        // The packs are parsed on other threads (as many as there are
        // cores, each taking every n-th file) while this one reads the
        // gazetteer: parsing the TOML was a quarter of the start-up
        // (benches/README.md, session 18).
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, files.len().max(1));
        let (gazetteer, parsed) = std::thread::scope(|scope| {
            let parsers: Vec<_> = (0..threads)
                .map(|t| {
                    scope.spawn(move || {
                        files
                            .iter()
                            .enumerate()
                            .skip(t)
                            .step_by(threads)
                            .filter(|(_, (path, _))| !is_gazetteer(path))
                            .map(|(i, (_, text))| (i, parse::<RawPack>(text.as_ref(), i < bundled)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            let gazetteer = gazetteer_of(files, bundled);
            // The bundled rules name places (`Engine::new` prepares the
            // gazetteer for such rules): its automaton is built meanwhile,
            // while the packs are parsed and their rules compiled, rather
            // than beside the first document's regexes. (4 ms of the
            // start-up of a one-file scan, 42 to 50 ms; benches/README.md,
            // session 62.)
            if let Ok(g) = &gazetteer
                && bundled > 0
                && threads > 1
            {
                g.prepare_in_background();
            }
            let parsed: Vec<_> = parsers.into_iter().map(|h| h.join()).collect();
            (gazetteer, parsed)
        });
        let gazetteer = gazetteer?;
        let mut packs: Vec<Option<Result<RawPack, String>>> = files.iter().map(|_| None).collect();
        for (t, thread) in parsed.into_iter().enumerate() {
            match thread {
                Ok(done) => {
                    for (i, pack) in done {
                        packs[i] = Some(pack);
                    }
                }
                // (A parser that panicked: its files are errors.)
                Err(_) => {
                    for i in (t..files.len()).step_by(threads) {
                        if !is_gazetteer(&files[i].0) {
                            packs[i] = Some(Err("the TOML parser failed".to_string()));
                        }
                    }
                }
            }
        }
        // At load only the kinds matter: the quick regex has word runs
        // where the exact one has names.
        let placeholder_regex: PlaceholderRegexes = PLACEHOLDERS
            .into_iter()
            .map(|(name, kinds)| (name, (kinds, String::new())))
            .collect();
        let lists = collect_lists(files, &packs)?;
        let alternations = list_alternations(&lists);
        let caches = CacheGroup::new();
        // Each file's pack, or why it does not parse; and every rule with
        // the index of its file, in order.
        let mut pack_errors: Vec<Option<String>> = vec![None; files.len()];
        let mut categories: Vec<Option<String>> = vec![None; files.len()];
        let mut rules_in_file: Vec<usize> = vec![0; files.len()];
        let mut jobs: Vec<(usize, RawRule)> = Vec::new();
        for (i, pack) in packs.into_iter().enumerate() {
            match pack {
                None => {}
                Some(Err(e)) => pack_errors[i] = Some(e),
                Some(Ok(pack)) => {
                    categories[i] = pack.category;
                    rules_in_file[i] = pack.rules.len();
                    jobs.extend(pack.rules.into_iter().map(|raw| (i, raw)));
                }
            }
        }
        // The rules are compiled on as many threads as the packs were
        // parsed on, each taking every n-th rule (a third of the load's
        // time, all on one thread before; benches/README.md, session 35);
        // the results are then taken in order, so that the first error in
        // the files' order is the one reported, as it was.
        let compile_one = |i: usize, mut raw: RawRule| -> Result<Rule, RuleError> {
            let path = &files[i].0;
            expand_lists(&mut raw, &lists, &alternations)
                .map_err(|e| RuleError::new(path, Some(&raw.id), e))?;
            let mut rule = compile_rule(
                path,
                categories[i].as_deref(),
                raw,
                &placeholder_regex,
                &caches,
            )?;
            if i < bundled {
                rule.precomputed = Analysis::lookup(rule.regex.source(), &rule.keywords);
                return Ok(rule);
            }
            rule.regex
                .compiled()
                .map_err(|e| RuleError::new(path, Some(&rule.id), format!("invalid regex: {e}")))?;
            // (Its keywords cover the regex where the analysis finds where
            // they lie: `keywords_cover`.)
            let analysis = Analysis::lookup(rule.regex.source(), &rule.keywords)
                .unwrap_or_else(|| Analysis::of(rule.regex.source(), &rule.keywords));
            rule.whole_document |= analysis.sides.is_none();
            rule.precomputed = Some(analysis);
            if let Some(loose) = rule.loose.as_ref().filter(|l| !l.is_derived()) {
                let regex = loose.compiled().map_err(|e| {
                    RuleError::new(path, Some(&rule.id), format!("invalid loose_regex: {e}"))
                })?;
                if regex.captures_len() > 1
                    || rule.regex.get().is_some_and(|r| r.captures_len() > 1)
                {
                    return Err(RuleError::new(
                        path,
                        Some(&rule.id),
                        "loose_regex is not for a rule with capture groups",
                    ));
                }
            }
            Ok(rule)
        };
        let total = jobs.len();
        let mut slots: Vec<Option<Result<Rule, RuleError>>> = (0..total).map(|_| None).collect();
        let mut queues: Vec<Vec<(usize, usize, RawRule)>> =
            (0..threads).map(|_| Vec::new()).collect();
        for (k, (i, raw)) in jobs.into_iter().enumerate() {
            queues[k % threads].push((k, i, raw));
        }
        let compiled: Vec<_> = std::thread::scope(|scope| {
            let workers: Vec<_> = queues
                .into_iter()
                .map(|queue| {
                    let compile_one = &compile_one;
                    scope.spawn(move || {
                        queue
                            .into_iter()
                            .map(|(k, i, raw)| (k, compile_one(i, raw)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers.into_iter().map(|w| w.join()).collect()
        });
        for done in compiled {
            // (A compiler thread that panicked leaves its rules' slots
            // empty: an error below.)
            for (k, result) in done.into_iter().flatten() {
                slots[k] = Some(result);
            }
        }
        let mut rules = Vec::with_capacity(total);
        let mut seen: HashMap<String, PathBuf> = HashMap::new();
        let mut slots = slots.into_iter();
        for (i, (path, _)) in files.iter().enumerate() {
            if let Some(e) = pack_errors[i].take() {
                return Err(RuleError::new(path, None, format!("invalid TOML: {e}")));
            }
            for _ in 0..rules_in_file[i] {
                let rule = slots.next().flatten().unwrap_or_else(|| {
                    Err(RuleError::new(path, None, "the rule compiler failed"))
                })?;
                if let Some(other) = seen.insert(rule.id.clone(), path.clone()) {
                    return Err(RuleError::new(
                        path,
                        Some(&rule.id),
                        format!("duplicate rule id (also in {})", other.display()),
                    ));
                }
                rules.push(rule);
            }
        }
        if rules.is_empty() {
            let file = files.first().map(|(p, _)| p.clone()).unwrap_or_default();
            return Err(RuleError::new(&file, None, "no rules loaded"));
        }
        Ok(RuleSet {
            rules,
            gazetteer,
            caches,
        })
    }

    /// The lazy DFA caches of the rules' regexes, shared by the threads
    /// that search with them.
    pub fn caches(&self) -> &CacheGroup {
        &self.caches
    }

    /// Number of gazetteer names.
    pub fn gazetteer_len(&self) -> usize {
        self.gazetteer.len()
    }
}

/// The automaton that finds every gazetteer name in a text.
fn anywhere_automaton(names: &[String]) -> Option<AhoCorasick> {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(names)
        .ok()
}

/// A pack's text parsed: JSON for a bundled pack ([`BUNDLED`]), TOML for
/// any other.
fn parse<T: serde::de::DeserializeOwned>(text: &str, json: bool) -> Result<T, String> {
    if json {
        serde_json::from_str(text).map_err(|e| e.to_string())
    } else {
        toml::from_str(text).map_err(|e| e.message().to_string())
    }
}

/// The named word lists of every pack parsed, by name. A name defined
/// twice, or a word that is not lowercase and single-spaced (the form the
/// matcher sees), is an error.
fn collect_lists<T>(
    files: &[(PathBuf, T)],
    packs: &[Option<Result<RawPack, String>>],
) -> Result<BTreeMap<String, Vec<String>>, RuleError> {
    let mut lists: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut defined_in: HashMap<&str, &Path> = HashMap::new();
    for ((path, _), pack) in files.iter().zip(packs) {
        let Some(Ok(pack)) = pack else {
            continue;
        };
        for (name, words) in &pack.lists {
            let err = |m: String| RuleError::new(path, None, format!("list `{name}`: {m}"));
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                return Err(err("a list name uses only a-z and '_'".into()));
            }
            if let Some(other) = defined_in.insert(name, path) {
                return Err(err(format!("also defined in {}", other.display())));
            }
            if words.is_empty() {
                return Err(err("the list is empty".into()));
            }
            for w in words {
                if w.is_empty() || *w != fold(w) || w.contains("  ") || w.trim() != w {
                    return Err(err(format!(
                        "`{w}` is not in normalized form (lowercase, no accents, single spaces)"
                    )));
                }
            }
            let mut words = words.clone();
            // Longest first, so an alternation prefers "new york city" to
            // "new york".
            words.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
            words.dedup();
            lists.insert(name.clone(), words);
        }
    }
    Ok(lists)
}

/// A list's words as a regex group: `(?:word|other\ word)` (escaped,
/// spaces as `\ ` so that it reads the same in a `(?x)` regex).
fn alternation_of(words: &[String]) -> String {
    let alternation = words
        .iter()
        .map(|w| regex::escape(w).replace(' ', "\\ "))
        .collect::<Vec<_>>()
        .join("|");
    format!("(?:{alternation})")
}

/// Every list's [`alternation_of`], by name.
fn list_alternations(lists: &BTreeMap<String, Vec<String>>) -> BTreeMap<&str, String> {
    lists
        .iter()
        .map(|(name, words)| (name.as_str(), alternation_of(words)))
        .collect()
}

/// Writes out each `{@name}` of a rule: in its regexes as the list's
/// [`alternation_of`] (built once a list, in `alternations`), and a keyword
/// holding one as one keyword per word. An unknown name is an error.
fn expand_lists(
    raw: &mut RawRule,
    lists: &BTreeMap<String, Vec<String>>,
    alternations: &BTreeMap<&str, String>,
) -> Result<(), String> {
    /// The first `{@name}` of a text: where it lies and the list's words.
    struct ListRef<'a> {
        start: usize,
        end: usize,
        name: &'a str,
        words: &'a [String],
    }
    fn first<'a>(
        text: &str,
        from: usize,
        lists: &'a BTreeMap<String, Vec<String>>,
    ) -> Result<Option<ListRef<'a>>, String> {
        let Some(start) = text[from..].find("{@").map(|i| from + i) else {
            return Ok(None);
        };
        let end = text[start..]
            .find('}')
            .map(|e| start + e + 1)
            .ok_or_else(|| format!("`{{@` without a closing `}}` in `{text}`"))?;
        let name = &text[start + 2..end - 1];
        let (name, words) = lists
            .get_key_value(name)
            .ok_or_else(|| format!("unknown list `{{@{name}}}` (a pack's [lists] defines one)"))?;
        Ok(Some(ListRef {
            start,
            end,
            name,
            words,
        }))
    }
    let in_regex = |text: &mut String| -> Result<(), String> {
        // The next reference is looked for after the alternation just put
        // in: looking from the start again read each long alternation once
        // per reference after it (about 1 ms of a start-up).
        let mut from = 0;
        while let Some(at) = first(text, from, lists)? {
            // (Built once a list: rebuilding it at each of the 136
            // references to `us_place` was about 6 % of a start-up
            // profile's samples. Every list has one, since `alternations`
            // is made from `lists`; the other arm only keeps this total.)
            let alternation = match alternations.get(at.name) {
                Some(alternation) => std::borrow::Cow::Borrowed(alternation.as_str()),
                None => std::borrow::Cow::Owned(alternation_of(at.words)),
            };
            text.replace_range(at.start..at.end, &alternation);
            from = at.start + alternation.len();
        }
        Ok(())
    };
    in_regex(&mut raw.regex)?;
    if let Some(loose) = raw.loose_regex.as_mut() {
        in_regex(loose)?;
    }
    if raw.keywords.iter().any(|k| k.contains("{@")) {
        let mut keywords = Vec::new();
        for k in std::mem::take(&mut raw.keywords) {
            let mut pending = vec![k];
            while let Some(k) = pending.pop() {
                match first(&k, 0, lists)? {
                    None => keywords.push(k),
                    Some(at) => pending.extend(
                        at.words
                            .iter()
                            .map(|w| format!("{}{w}{}", &k[..at.start], &k[at.end..])),
                    ),
                }
            }
        }
        raw.keywords = keywords;
    }
    Ok(())
}

/// The gazetteer of `files` (those named `jurisdictions.toml`, merged; the
/// first `bundled` are JSON), or the bundled one when none is.
fn gazetteer_of<T: AsRef<str>>(
    files: &[(PathBuf, T)],
    bundled: usize,
) -> Result<Gazetteer, RuleError> {
    let mut gazetteer = Gazetteer::default();
    let mut saw_gazetteer = false;
    for (i, (path, text)) in files.iter().enumerate() {
        if is_gazetteer(path) {
            saw_gazetteer = true;
            load_gazetteer(&mut gazetteer, path, text.as_ref(), i < bundled)?;
        }
    }
    if !saw_gazetteer {
        for (name, text) in BUNDLED {
            if *name == GAZETTEER_FILE {
                load_gazetteer(
                    &mut gazetteer,
                    Path::new("patterns/jurisdictions.toml"),
                    text,
                    true,
                )?;
            }
        }
    }
    gazetteer.finish();
    Ok(gazetteer)
}

fn is_gazetteer(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == GAZETTEER_FILE)
}

fn load_gazetteer(g: &mut Gazetteer, path: &Path, text: &str, json: bool) -> Result<(), RuleError> {
    let raw: RawGazetteer =
        parse(text, json).map_err(|e| RuleError::new(path, None, format!("invalid TOML: {e}")))?;
    for j in raw.jurisdiction {
        for name in &j.names {
            let key = fold(name);
            if key.is_empty() {
                return Err(RuleError::new(
                    path,
                    Some(&j.code),
                    "empty jurisdiction name",
                ));
            }
            g.by_name.insert(key, (j.code.clone(), j.kind.clone()));
        }
    }
    for s in raw.us_state_abbrev {
        for a in &s.abbrevs {
            g.postal.insert(fold(a), s.code.clone());
        }
    }
    Ok(())
}

fn compile_rule(
    path: &Path,
    default_category: Option<&str>,
    raw: RawRule,
    placeholders: &PlaceholderRegexes,
    caches: &Arc<CacheGroup>,
) -> Result<Rule, RuleError> {
    let id = raw.id.trim().to_string();
    let err = |m: String| RuleError::new(path, Some(&id), m);
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.-".contains(c))
    {
        return Err(err(
            "id must be non-empty and use only a-z, 0-9, '_', '.', '-'".into(),
        ));
    }
    let cat_name = raw
        .category
        .as_deref()
        .or(default_category)
        .ok_or_else(|| {
            err("no category (set `category` on the rule or at the top of the file)".into())
        })?;
    let category = Category::parse(cat_name).ok_or_else(|| {
        err(format!(
            "unknown category `{cat_name}` (expected one of: {})",
            Category::ALL.map(Category::as_str).join(", ")
        ))
    })?;
    let severity = Severity::parse(&raw.severity).ok_or_else(|| {
        err(format!(
            "unknown severity `{}` (expected info, low, medium or high)",
            raw.severity
        ))
    })?;
    if raw.description.trim().is_empty() {
        return Err(err("description is empty".into()));
    }
    if raw.languages.is_empty() {
        return Err(err("languages is empty".into()));
    }
    for l in &raw.languages {
        if !LANGUAGES.contains(&l.as_str()) {
            return Err(err(format!(
                "unknown language `{l}` (expected one of: {})",
                LANGUAGES.join(", ")
            )));
        }
    }
    if raw.keywords.is_empty() {
        return Err(err(
            "keywords is empty: every rule needs at least one keyword".into(),
        ));
    }
    let mut keywords = Vec::new();
    for k in &raw.keywords {
        let f = fold(k);
        if f.len() < 2 {
            return Err(err(format!("keyword `{k}` is too short")));
        }
        keywords.push(f);
    }
    keywords.sort();
    keywords.dedup();
    let (quick, _, used) = expand_placeholders(&raw.regex, placeholders, false).map_err(err)?;
    let (loose, regex) = match raw.loose_regex {
        None if has_counted_gap(&quick) => {
            let (loose, confirming) = LazyRegex::loosened(quick, caches);
            (Some(loose), confirming)
        }
        None => (None, LazyRegex::new(quick, caches)),
        Some(_) if !used.is_empty() => {
            return Err(err(
                "loose_regex is not for a rule whose regex has placeholders".into(),
            ));
        }
        Some(l) => {
            let (l, _, used) = expand_placeholders(&l, placeholders, false).map_err(err)?;
            if !used.is_empty() {
                return Err(err("loose_regex cannot hold placeholders".into()));
            }
            (
                Some(LazyRegex::new(l, caches)),
                LazyRegex::confirming(quick, caches),
            )
        }
    };
    if raw.should_match.is_empty() {
        return Err(err(
            "should_match is empty: every rule needs examples".into()
        ));
    }
    let mut attributes = BTreeMap::new();
    for (k, v) in raw.attributes {
        let json = serde_json::to_value(&v).map_err(|e| err(format!("attribute `{k}`: {e}")))?;
        attributes.insert(k, json);
    }
    Ok(Rule {
        id,
        category,
        severity,
        description: raw.description.trim().to_string(),
        languages: raw.languages,
        keywords,
        regex,
        loose,
        whole_document: raw.whole_document,
        attributes,
        should_match: raw.should_match,
        should_not_match: raw.should_not_match,
        source: path.to_path_buf(),
        exact: (!used.is_empty()).then(|| ExactRegex::new(raw.regex, caches)),
        placeholders: used,
        precomputed: None,
    })
}

/// A run of up to eleven words, as few as the rest of the regex allows:
/// what a placeholder matches before the matcher checks, with the
/// gazetteer, that a known name is there. Each word ends at a word
/// boundary: a run cut inside a word ("c" of "california") can never pass
/// that check and sends the match to the slower exact regex.
const PLACE_WORDS: &str = r"(?-x:[a-z0-9][a-z0-9.'&-]*?\b(?:,?[ ][a-z0-9.'&-]+?\b){0,10}?)";

/// The capture group name of the n-th placeholder of a regex.
pub fn placeholder_group(n: usize) -> String {
    format!("__place{n}")
}

/// Replace `{name}` placeholders with a generic run of words in a group of
/// its own (see [`placeholder_group`]); returns the regex and, per
/// placeholder, the gazetteer kinds it accepts. Regex repetitions like
/// `{2}` or `{1,3}` are left alone.
/// The quick regex, the exact regex (empty unless asked for) and the
/// placeholders used.
type Expanded = (String, String, Vec<Placeholder>);

fn expand_placeholders(
    regex: &str,
    placeholders: &PlaceholderRegexes,
    with_exact: bool,
) -> Result<Expanded, String> {
    let mut quick = String::with_capacity(regex.len());
    let mut exact = String::with_capacity(regex.len());
    let mut used = Vec::new();
    let mut rest = regex;
    while let Some(open) = rest.find('{') {
        quick.push_str(&rest[..open]);
        exact.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        match close {
            Some(close)
                if after[..close]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                    && !rest[..open].ends_with('\\') =>
            {
                let name = &after[..close];
                let (kinds, alternation) = placeholders.get(name).ok_or_else(|| {
                    let known: BTreeSet<&str> = placeholders.keys().copied().collect();
                    format!(
                        "unknown placeholder `{{{name}}}` (known: {})",
                        known.into_iter().collect::<Vec<_>>().join(", ")
                    )
                })?;
                let group = placeholder_group(used.len());
                quick.push_str(&format!("(?P<{group}>{PLACE_WORDS})"));
                if with_exact {
                    exact.push_str(&format!("(?P<{group}>{alternation})"));
                }
                rest = &after[close + 1..];
                let last = rest.chars().all(|c| c == ')' || c.is_whitespace());
                used.push(Placeholder { group, kinds, last });
            }
            _ => {
                quick.push('{');
                exact.push('{');
                rest = after;
            }
        }
    }
    quick.push_str(rest);
    exact.push_str(rest);
    Ok((quick, exact, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack(body: &str) -> Vec<(PathBuf, String)> {
        vec![
            (
                PathBuf::from("t/jurisdictions.toml"),
                "[[jurisdiction]]\ncode = \"US-CA\"\nkind = \"us_state\"\nnames = [\"california\", \"state of california\"]\n"
                    .to_string(),
            ),
            (PathBuf::from("t/pack.toml"), body.to_string()),
        ]
    }

    const GOOD: &str = r#"
category = "governing_law"
[[rules]]
id = "gl.en.test"
severity = "medium"
description = "test"
languages = ["en"]
keywords = ["Governed By"]
regex = '''governed by the laws of (?:the )?(?P<law>{jurisdiction})'''
should_match = ["governed by the laws of the State of California"]
"#;

    #[test]
    fn compiles_and_expands_placeholders() {
        let set = RuleSet::from_texts(&pack(GOOD)).unwrap();
        let r = &set.rules[0];
        assert_eq!(r.keywords, vec!["governed by"]);
        let text = "governed by the laws of the state of california, without regard to conflicts";
        let m = crate::matcher::Matcher::new(&set).find(&set, text);
        assert_eq!(m.len(), 1);
        assert_eq!(
            &text[m[0].start..m[0].end],
            "governed by the laws of the state of california"
        );
        let (_, a, b) = &m[0].groups[0];
        assert_eq!(&text[*a..*b], "state of california");
        assert!(
            crate::matcher::Matcher::new(&set)
                .find(&set, "governed by the laws of the agreement")
                .is_empty()
        );
        assert_eq!(set.gazetteer.code("State of California"), Some("US-CA"));
        assert_eq!(set.gazetteer.code("the california"), Some("US-CA"));
    }

    /// The exact regex built from its parsed template is the regex that
    /// parsing the pattern written out gives, for every bundled rule with
    /// placeholders and for name sets of each size: none, a few, many, all.
    #[test]
    fn exact_regex_from_template_is_the_parsed_pattern() {
        let set = RuleSet::bundled().unwrap();
        let g = &set.gazetteer;
        let n = g.names.len();
        let sets: Vec<Option<BTreeSet<usize>>> = vec![
            Some(BTreeSet::new()),
            Some((0..n).step_by(n / 7).collect()),
            Some((0..n).step_by(3).collect()),
            None,
        ];
        let mut checked = 0;
        for rule in set.rules.iter() {
            let Some(exact) = &rule.exact else { continue };
            assert!(exact.template().is_some(), "{}: no template", rule.id);
            for names in &sets {
                let written = parse_regex(&exact.expand(g, names.as_ref()).unwrap()).unwrap();
                let built = exact.hir(g, names.as_ref()).unwrap();
                assert!(
                    built == written,
                    "{}: {} names",
                    rule.id,
                    names.as_ref().map_or(n, |s| s.len())
                );
                checked += 1;
            }
        }
        assert!(
            checked >= 4 * 20,
            "only {checked} rules and name sets checked"
        );
    }

    /// The same for placeholders where a user's pack might put them: in a
    /// repetition, in an alternation beside literals and classes, next to
    /// literals, twice in a row, nested in a group of the pack's own.
    #[test]
    fn exact_regex_from_template_places_a_placeholder_anywhere() {
        let gazetteer = "[[jurisdiction]]\ncode = \"US-CA\"\nkind = \"us_state\"\nnames = [\"california\", \"state of california\"]\n\
[[jurisdiction]]\ncode = \"US-NY\"\nkind = \"us_state\"\nnames = [\"new york\", \"ny\"]\n\
[[jurisdiction]]\ncode = \"US-CA\"\nkind = \"city\"\nnames = [\"san jose\", \"a\"]\n\
[[jurisdiction]]\ncode = \"FR\"\nkind = \"country\"\nnames = [\"france\", \"b\"]\n";
        let regexes = [
            r"(?:in|at)\ {us_state}(?:,\ {city})*",
            r"x|{country}|[0-9]|y",
            r"laws\ of\ {jurisdiction}\ and\ {jurisdiction}{country}",
            r"(?P<mine>venue:\ (?:{city}|{us_state})){1,3}\ z",
            r"(?:{country})?(?:{country})+q{2}",
        ];
        for regex in regexes {
            let pack = format!(
                "category = \"governing_law\"\n[[rules]]\nid = \"gl.en.t\"\nseverity = \"low\"\ndescription = \"t\"\nlanguages = [\"en\"]\nkeywords = [\"in\"]\nregex = '''{regex}'''\nshould_match = [\"in california\"]\n"
            );
            let files = vec![
                (PathBuf::from("t/jurisdictions.toml"), gazetteer.to_string()),
                (PathBuf::from("t/pack.toml"), pack),
            ];
            let set = RuleSet::from_texts(&files).unwrap();
            let g = &set.gazetteer;
            let exact = set.rules[0].exact.as_ref().expect("placeholders");
            let n = g.names.len();
            for names in [
                Some(BTreeSet::new()),
                Some((0..n).step_by(2).collect()),
                None,
            ] {
                let written = parse_regex(&exact.expand(g, names.as_ref()).unwrap()).unwrap();
                assert!(exact.hir(g, names.as_ref()).unwrap() == written, "{regex}");
            }
        }
    }

    /// Compiling ahead compiles a regex no thread has begun to compile, and
    /// leaves one that another thread has claimed (without waiting for it).
    #[test]
    fn compiling_ahead_skips_a_claimed_regex() {
        let caches = CacheGroup::new();
        let free = LazyRegex::new("data (?:centre|center)s?".to_string(), &caches);
        free.compile_unless_claimed();
        assert!(free.is_compiled());
        let taken = LazyRegex::new("data (?:centre|center)s?".to_string(), &caches);
        taken.claimed.store(true, Ordering::Release);
        taken.compile_unless_claimed();
        assert!(!taken.is_compiled());
        assert!(
            taken
                .get()
                .is_some_and(|r| r.find_at(b"our data centres", 0).is_some())
        );
        // A regex compiled on use is claimed too.
        let used = LazyRegex::new("us-east-[0-9]".to_string(), &caches);
        assert!(used.get().is_some());
        assert!(used.claimed.load(Ordering::Acquire));
    }

    /// The longest name that ends where a word does, of the kinds asked
    /// for, after any article; none where a name runs into a longer word.
    #[test]
    fn gazetteer_finds_the_longest_name_ending_at_a_word() {
        let g = "[[jurisdiction]]\ncode = \"US-NY\"\nkind = \"us_state\"\nnames = [\"new york\", \"state of new york\"]\n\
                 [[jurisdiction]]\ncode = \"US-NYC\"\nkind = \"city\"\nnames = [\"new york city\"]\n\
                 [[jurisdiction]]\ncode = \"US\"\nkind = \"country\"\nnames = [\"u.s.\", \"u.s\"]\n";
        let files = vec![
            (PathBuf::from("t/jurisdictions.toml"), g.to_string()),
            (PathBuf::from("t/pack.toml"), GOOD.to_string()),
        ];
        let set = RuleSet::from_texts(&files).unwrap();
        let gz = &set.gazetteer;
        let text = "courts of new york city, u.s.a. and the state of new york law";
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(
            gz.longest_at(text, at("new york city"), &[], false),
            Some((at(","), "US-NYC"))
        );
        // Only states asked for: the shorter name that is one.
        assert_eq!(
            gz.longest_at(text, at("new york city"), &["us_state"], false),
            Some((at(" city"), "US-NY"))
        );
        // "u.s." is followed by a letter: the name that ends at a word is "u.s".
        assert_eq!(
            gz.longest_at(text, at("u.s.a"), &[], false),
            Some((at(".a."), "US"))
        );
        let state = at("the state");
        assert_eq!(gz.longest_at(text, state, &[], false), None);
        assert_eq!(
            gz.longest_at(text, state, &[], true),
            Some((at(" law"), "US-NY"))
        );
        assert_eq!(gz.longest_at("new yorker", 0, &[], false), None);
        assert_eq!(gz.code("The State of New York"), Some("US-NY"));
    }

    /// A rule whose regex forbids "not" before the verb; its loose regex
    /// takes any word there.
    const LOOSE: &str = r#"
category = "us_transfer"
[[rules]]
id = "t.en.loose"
severity = "medium"
description = "test"
languages = ["en"]
keywords = ["the us"]
regex = '''\b(?:[a-mo-z][a-z]*|n[a-np-z][a-z]*|no[a-su-z][a-z]*|not[a-z]+|no|n) (?:transfer|store)s? (?:[a-z]+ ){0,3}?to the us\b'''
loose_regex = '''\b[a-z]+ (?:transfer|store)s? (?:[a-z]+ ){0,3}?to the us\b'''
should_match = ["We transfer data to the US."]
should_not_match = ["We do not transfer data to the US."]
"#;

    #[test]
    fn a_loose_regex_finds_what_the_regex_finds() {
        let set = RuleSet::from_texts(&pack(LOOSE)).unwrap();
        assert!(set.rules[0].loose.is_some());
        let engine = crate::analyze::Engine::new(set);
        assert_eq!(crate::examples::check(&engine), vec![]);
        // The loose regex matches at "not" (rejected), and the regex's own
        // matches come later in the same window.
        let text = "we do not transfer data to the us, but we store files to the us. \
                    they store it to the us";
        let windowed = engine.matcher.find(&engine.rules, text);
        let spans: Vec<&str> = windowed.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(
            spans,
            ["we store files to the us", "they store it to the us"]
        );
        assert_eq!(
            windowed,
            engine.matcher.find_exhaustive(&engine.rules, text)
        );
    }

    #[test]
    fn windows_come_from_the_regex_not_from_its_loose_regex() {
        // The loose regex's uncounted gap is counted as a few words by the
        // bound of a match (`max_len`); the regex's own {0,80} is not. A
        // match whose gap is longer than those few words must still be
        // found in a long text, where the windows follow the keyword sides.
        let body = r#"
category = "us_transfer"
[[rules]]
id = "t.en.third_countries"
severity = "medium"
description = "test"
languages = ["en"]
keywords = ["the usa"]
regex = '''third\ countries(?:[^.;]|\b[a-z]\.){0,80}?\bthe\ usa\b'''
loose_regex = '''third\ countries(?:[^.;]|\b[a-z]\.)*?\bthe\ usa\b'''
should_match = ["third countries such as the USA"]
"#;
        let set = RuleSet::from_texts(&pack(body)).unwrap();
        let matcher = crate::matcher::Matcher::new(&set);
        let clause = "data may go to third countries, in particular and without any \
                      limitation to those listed in the annex, the usa";
        let text = format!(
            "{} {clause}. {}",
            "lorem ipsum ".repeat(500),
            "dolor sit ".repeat(50)
        );
        assert!(text.len() > crate::matcher::SHORT);
        let found = matcher.find(&set, &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(text[found[0].start..found[0].end].starts_with("third countries, in particular"));
        assert_eq!(found, matcher.find_exhaustive(&set, &text));
    }

    #[test]
    fn a_loose_regex_that_misses_a_match_fails_the_examples() {
        // This loose regex lacks "store": the matcher would not find "we
        // store data to the us".
        let bad = LOOSE
            .replace(
                r"loose_regex = '''\b[a-z]+ (?:transfer|store)s?",
                r"loose_regex = '''\b[a-z]+ transfers?",
            )
            .replace(
                "should_match = [",
                "should_match = [\"We store data to the US.\", ",
            );
        let engine = crate::analyze::Engine::new(RuleSet::from_texts(&pack(&bad)).unwrap());
        let failures = crate::examples::check(&engine);
        assert_eq!(failures.len(), 1, "{failures:?}");
        assert!(
            failures[0]
                .detail
                .starts_with("loose_regex does not match where the regex matches"),
            "{failures:?}"
        );
        assert_eq!(failures[0].example, "We store data to the US.");
    }

    const LISTED: &str = r#"
category = "us_transfer"
[lists]
dc_town = ["ashburn", "council bluffs", "st. louis", "new york", "new york city"]
[[rules]]
id = "t.en.listed"
severity = "medium"
description = "test"
languages = ["en"]
keywords = ["{@dc_town}", "| {@dc_town}"]
regex = '''(?x) (?:servers\ in\ |\|\ ?){@dc_town}\b'''
should_match = ["servers in Council Bluffs", "| St. Louis |"]
should_not_match = ["servers in Dublin", "servers in st louis"]
"#;

    /// A list's words become the alternation in the regex (escaped, the
    /// longest first) and one keyword each; the matcher finds them.
    #[test]
    fn lists_expand_in_regex_and_keywords() {
        let set = RuleSet::from_texts(&pack(LISTED)).unwrap();
        let r = &set.rules[0];
        let mut keywords = r.keywords.clone();
        keywords.sort();
        assert_eq!(keywords.len(), 10, "{keywords:?}");
        assert!(keywords.contains(&"council bluffs".to_string()));
        assert!(keywords.contains(&"| st. louis".to_string()));
        assert!(
            r.regex
                .source()
                .contains(r"(?:council\ bluffs|new\ york\ city|st\.\ louis|new\ york|ashburn)"),
            "{}",
            r.regex.source()
        );
        let text = "our servers in new york city and the | st. louis | facility";
        let m = crate::matcher::Matcher::new(&set).find(&set, text);
        let found: Vec<_> = m.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(found, ["servers in new york city", "| st. louis"]);
        let engine = crate::analyze::Engine::new(set);
        assert!(crate::examples::check(&engine).is_empty());
    }

    #[test]
    fn list_errors_name_the_list() {
        let unknown = LISTED.replace(r"{@dc_town}\b", r"{@dc_towns}\b");
        let e = RuleSet::from_texts(&pack(&unknown))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("rule `t.en.listed`: unknown list `{@dc_towns}`"),
            "{e}"
        );
        let unnormalized = LISTED.replace("\"ashburn\"", "\"Ashburn\"");
        let e = RuleSet::from_texts(&pack(&unnormalized))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("list `dc_town`: `Ashburn` is not in normalized form"),
            "{e}"
        );
        let mut twice = pack(LISTED);
        twice.push((
            PathBuf::from("t/other.toml"),
            "category = \"us_transfer\"\n[lists]\ndc_town = [\"quincy\"]\n".to_string(),
        ));
        let e = RuleSet::from_texts(&twice).unwrap_err().to_string();
        assert!(
            e.contains("list `dc_town`: also defined in t/pack.toml"),
            "{e}"
        );
    }

    #[test]
    fn errors_name_file_and_rule() {
        let bad = GOOD.replace(
            "should_match",
            "loose_regex = '''governed by the laws of [a-z ]+'''\nshould_match",
        );
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(
            e.contains(
                "rule `gl.en.test`: loose_regex is not for a rule whose regex has placeholders"
            ),
            "{e}"
        );
        let bad = LOOSE.replace(r"to the us\b'''", r"to the us\b('''");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(e.contains("rule `t.en.loose`: invalid"), "{e}");
        let bad = LOOSE.replace("'''\\b[a-z]+ (?:", "'''\\b(?P<x>[a-z]+) (?:");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(
            e.contains("rule `t.en.loose`: loose_regex is not for a rule with capture groups"),
            "{e}"
        );
        let bad = GOOD.replace("(?P<law>{jurisdiction})", "(unclosed");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(
            e.starts_with("t/pack.toml: rule `gl.en.test`: invalid regex"),
            "{e}"
        );

        let bad = GOOD.replace("\"medium\"", "\"severe\"");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(
            e.contains("rule `gl.en.test`: unknown severity `severe`"),
            "{e}"
        );

        let bad = GOOD.replace("{jurisdiction}", "{planet}");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(e.contains("unknown placeholder `{planet}`"), "{e}");

        let bad = GOOD.replace("governing_law", "weather");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(e.contains("unknown category `weather`"), "{e}");

        let bad = format!("{GOOD}\nbogus = 1\n");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(e.starts_with("t/pack.toml: invalid TOML"), "{e}");
    }

    #[test]
    fn exact_regex_takes_over_where_the_word_run_falls_short() {
        // The lazy word run stops after "c", the optional suffix then
        // cannot match and the gazetteer check fails: the exact regex,
        // written for the window, finds the whole clause.
        let body = GOOD.replace(
            "(?P<law>{jurisdiction})",
            r"(?P<law>{jurisdiction})(?:,\ usa)?",
        );
        let set = RuleSet::from_texts(&pack(&body)).unwrap();
        let matcher = crate::matcher::Matcher::new(&set);
        for text in [
            "governed by the laws of california, usa. other terms",
            "we agree it is governed by the laws of the state of california, usa",
        ] {
            let m = matcher.find(&set, text);
            assert_eq!(m.len(), 1, "{text}");
            assert!(
                text[m[0].start..m[0].end].ends_with("california, usa"),
                "{text}"
            );
        }
        assert!(
            matcher
                .find(&set, "governed by the laws of atlantis, usa")
                .is_empty()
        );
    }

    /// The exact regex written for the names seen so far finds, in each
    /// window, what the whole regex finds there: through the builds that
    /// add names and after the switch to the whole regex.
    #[test]
    fn doc_names_agree_with_a_search_of_each_range() {
        let set = RuleSet::bundled().unwrap();
        let g = &set.gazetteer;
        // Names (long ones too, which cross the borders of stretches looked
        // through) among words and non-ASCII characters.
        let mut names: Vec<&str> = g.names.iter().map(String::as_str).collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let longest = &names[..20];
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let mut text = String::new();
        while text.len() < 20_000 {
            match next(5) {
                0 => text.push_str(longest[next(longest.len())]),
                1 => text.push_str(names[next(names.len())]),
                2 => text.push_str("données – 5 €"),
                _ => text.push_str("the parties agree"),
            }
            text.push(' ');
        }
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for round in 0..20 {
            let doc = DocNames::new(&text);
            for _ in 0..60 {
                let (a, b) = (bounds[next(bounds.len())], bounds[next(bounds.len())]);
                // Short and long stretches, some next to each other.
                let (a, b) = match round % 2 {
                    0 => (a.min(b), a.max(b)),
                    _ => {
                        let i = bounds.partition_point(|&x| x < a) + next(40);
                        (a, bounds[i.min(bounds.len() - 1)])
                    }
                };
                let b = b.max(a);
                assert_eq!(doc.names_in(g, a..b), g.names_in(&text[a..b]), "{a}..{b}");
            }
        }
    }

    #[test]
    fn exact_regex_for_names_seen_agrees_with_the_whole_regex() {
        let set = RuleSet::bundled().unwrap();
        let rule = set
            .rules
            .iter()
            .find(|r| r.id == "governing_law.en.governed_by")
            .unwrap();
        let exact = rule.exact.as_ref().unwrap();
        let whole = exact.full_regex(&set.gazetteer).unwrap();
        let places = [
            "california",
            "france",
            "england and wales",
            "the state of new york",
            "germany",
            "ireland",
            "delaware",
            "texas",
            "the netherlands",
            "spain",
            "italy",
            "switzerland",
            "japan",
            "singapore",
            "ontario",
            "atlantis",
            "quebec",
            "belgium",
            "austria",
            "sweden",
            "denmark",
            "norway",
            "finland",
            "poland",
            "portugal",
            "greece",
            "luxembourg",
            "hungary",
            "romania",
            "bulgaria",
            "croatia",
            "slovenia",
            "slovakia",
            "estonia",
            "latvia",
            "lithuania",
            "malta",
            "cyprus",
            "iceland",
            "brazil",
            "mexico",
            "chile",
        ];
        let spans = |r: &Regex, text: &str| -> Vec<(usize, usize)> {
            r.find_all(text.as_bytes())
                .into_iter()
                .map(|m| (m.start(), m.end()))
                .collect()
        };
        for (i, place) in places.iter().enumerate() {
            let text = format!(
                "clause {i}. this agreement is governed by the laws of {place}, \
                 and the laws of {} apply otherwise.",
                places[(i + 5) % places.len()]
            );
            let window = text.find("this").unwrap()..text.len();
            let doc = DocNames::new(&text);
            let written = exact.for_window(&set.gazetteer, &doc, window).unwrap();
            assert_eq!(spans(&written, &text), spans(&whole, &text), "{text}");
            assert!(
                !spans(&whole, &text).is_empty() || *place == "atlantis",
                "{text}"
            );
        }
        // More new names than builds: the whole regex took over.
        assert!(places.len() > ExactRegex::BUILDS);
        assert!(exact.full.get().is_some_and(|f| f.is_some()));
    }

    #[test]
    fn repetition_braces_are_not_placeholders() {
        let p = HashMap::new();
        assert_eq!(
            expand_placeholders("a{2}b{1,3}", &p, true).unwrap().0,
            "a{2}b{1,3}"
        );
    }
}

#[cfg(test)]
mod bound_tests {
    use super::{CacheGroup, LazyRegex, REPEAT_MAX, WORD_MAX, has_counted_gap, parse_regex};

    fn match_bound(pattern: &str) -> Option<usize> {
        super::match_bound(&parse_regex(pattern)?)
    }

    #[test]
    fn only_long_counted_repetitions_make_a_loose_form() {
        assert!(has_counted_gap(r"a[^.;]{0,80}?b"));
        assert!(has_counted_gap(r"a(?:\w+ ){1,4}b"));
        assert!(!has_counted_gap(r"a(?:\w+ ){0,3}b"));
        assert!(!has_counted_gap(r"\d{4}"));
        assert!(!has_counted_gap(r"a\{0,80}b"));
        assert!(!has_counted_gap("governed by the laws of"));
    }

    #[test]
    fn the_loose_form_drops_long_counts_and_groups() {
        let caches = CacheGroup::new();
        let (loose, exact) =
            LazyRegex::loosened(r"\bfrom (?P<w>[a-z]+ ){0,3}[^.]{0,10}?to\b".into(), &caches);
        let far = b"from a b to".as_slice();
        let farther = b"from a b c d e f g h i j k l to".as_slice();
        let too_many_words = b"from a b c d to".as_slice();
        let (l, e) = (loose.get().unwrap(), exact.get().unwrap());
        assert!(l.is_match(far) && e.is_match(far));
        // The gap of ten is uncounted, the three words still counted.
        assert!(l.is_match(farther) && !e.is_match(farther));
        assert!(l.is_match(too_many_words));
        assert!(l.captures_len() == 1 && e.captures_len() == 2);
        assert!(loose.had_groups() && loose.is_derived() && !exact.is_derived());
        // The two were compiled from one parse, which neither keeps.
        let shared = exact.shared.as_ref().unwrap();
        assert!(std::sync::Arc::ptr_eq(
            shared,
            loose.shared.as_ref().unwrap()
        ));
        assert!(shared.hir.lock().unwrap().is_none());
        assert_eq!(shared.users.load(std::sync::atomic::Ordering::Relaxed), 0);
    }

    #[test]
    fn match_bounds() {
        assert_eq!(match_bound(r"governed\ by"), Some(11));
        assert_eq!(
            match_bound(r"(?x) a (?:bc|d)? [^.;]{0,10}"),
            Some(1 + 2 + 10)
        );
        // A word, or hyphenated words: at most WORD_MAX.
        assert_eq!(match_bound(r"law\ [a-z0-9]*"), Some(4 + WORD_MAX));
        assert_eq!(match_bound(r"x(?:-[a-z]+|'s)*"), Some(1 + WORD_MAX));
        // Runs of spaces and punctuation count as words.
        assert_eq!(match_bound(r"a[^a-z0-9]+b"), Some(2 + WORD_MAX));
        assert_eq!(match_bound(r"a\s+b"), Some(2 + WORD_MAX));
        // Repeated groups count REPEAT_MAX times.
        assert_eq!(
            match_bound(r"a(?:\ [a-z]+)+"),
            Some(1 + REPEAT_MAX * (1 + WORD_MAX))
        );
        assert_eq!(
            match_bound(r"(?:(?:applicable|federal)\ )*law"),
            Some(REPEAT_MAX * 11 + 3)
        );
        // Runs of any character but a few have no bound.
        assert_eq!(match_bound(r"a[^.]*b"), None);
        assert_eq!(match_bound(r"a(?s:.)*b"), None);
        assert_eq!(match_bound(r"(unclosed"), None);
    }

    #[test]
    fn required_literals_are_what_every_match_holds_besides_a_keyword() {
        let req = |p: &str, k: &[&str]| {
            crate::rules::required_literals(p, &k.iter().map(|k| k.to_string()).collect::<Vec<_>>())
        };
        let set = |v: &[&str]| Some(v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        // A literal part; the fewest literals win, then the longest.
        assert_eq!(
            req(r"(?:alpha|beta) gamma", &["alpha", "beta"]),
            set(&[" gamma"])
        );
        assert_eq!(
            req(
                r"\btransfer(?:red|s)? to (?:the )?(?:usa|united states)\b",
                &["usa", "united states"]
            ),
            set(&["transfer"])
        );
        // One set from each branch of an alternation, together.
        assert_eq!(
            req(
                r"(?:shall (?:be )?governed|is construed) under (?:texas|ohio) law",
                &["law"]
            ),
            set(&[" under "])
        );
        assert_eq!(
            req(
                r"(?:governed|construed)\s\w+ (?:texas|ohio)\b",
                &["texas", "ohio"]
            ),
            set(&["construed", "governed"])
        );
        // Nothing: an optional or repeated-maybe part, a branch without
        // a literal, literals that hold a keyword, or too short ones.
        assert_eq!(req(r"\bfoo(?:barbaz)?\b", &["foo"]), None);
        assert_eq!(req(r"foo(?:barbaz)*qux", &["foo"]), None);
        assert_eq!(req(r"(?:hello world|\w+) end", &["end"]), None);
        assert_eq!(req(r"privacy shield", &["privacy shield"]), None);
        assert_eq!(req(r"\bus (?:law|act)\b", &["us"]), None);
        // A repetition that happens at least once counts.
        assert_eq!(req(r"(?:served )+from us", &["us"]), set(&["served "]));
    }

    #[test]
    fn a_wide_requirement_has_a_term_for_each_branch() {
        // Two branches, each of two lists of 40 words: no set of at most
        // 64 literals (each branch's smallest has 40), so no `also`; the
        // wide requirement asks for a word of each list of one branch.
        let list = |p: &str| (0..40).map(|i| format!("{p}{i:03}")).collect::<Vec<_>>();
        let (w, x, y, z) = (list("w"), list("x"), list("y"), list("z"));
        let pattern = format!(
            r"\bkey (?:(?:{}) [a-z]+ (?:{})|(?:{}) [a-z]+ (?:{}))\b",
            w.join("|"),
            x.join("|"),
            y.join("|"),
            z.join("|")
        );
        let a = crate::rules::Analysis::of(&pattern, &["key ".to_string()]);
        assert_eq!(a.also, None);
        // (The words with the spaces around them, as the regex has them;
        // the words alone, implied by those, are not asked for again.)
        let after = |l: &[String]| l.iter().map(|l| format!("{l} ")).collect::<Vec<_>>();
        let before = |l: &[String]| l.iter().map(|l| format!(" {l}")).collect::<Vec<_>>();
        assert_eq!(
            a.wide,
            Some(vec![
                vec![after(&w), before(&x)],
                vec![after(&y), before(&z)]
            ])
        );
    }

    #[test]
    fn keyword_sides_say_where_the_keyword_lies() {
        let sides = |p: &str, k: &[&str]| {
            crate::rules::keyword_sides(p, &k.iter().map(|k| k.to_string()).collect::<Vec<_>>())
        };
        // Keyword at the start: matches end far after it, start right
        // before its end.
        assert_eq!(
            sides(
                r"governed by the laws of (?:new york|delaware)",
                &["governed"]
            ),
            Some((8, 32))
        );
        // Keyword at the end.
        assert_eq!(
            sides(
                r"(?:stored|hosted) (?:in|on servers in) the united states",
                &["united states"]
            ),
            Some((38, 13))
        );
        // In the middle, after words without bound.
        assert_eq!(
            sides(r"[a-z]+ (?:usa|the us) [a-z]+", &["usa", "the us"]),
            Some((WORD_MAX + 7, 7 + WORD_MAX))
        );
        // Alternation: the worst branch on each side.
        assert_eq!(
            sides(r"governed by \w+|\w+ courts", &["governed", "courts"]),
            Some((WORD_MAX + 7, 12 + WORD_MAX))
        );
        // A keyword spelled across parts.
        assert_eq!(
            sides(r"to the (?:us|usa) government", &["the us"]),
            Some((9, 18))
        );
        // Not every match holds a keyword: no answer.
        assert_eq!(sides(r"governed by|ruled by", &["governed"]), None);
        assert_eq!(sides(r"(?:governed )?by", &["governed"]), None);
    }
    #[test]
    fn keyword_space_sides_count_the_spaces_on_each_side() {
        let sides = |p: &str, k: &[&str]| {
            crate::rules::keyword_space_sides(
                p,
                &k.iter().map(|k| k.to_string()).collect::<Vec<_>>(),
            )
        };
        // Words without bound hold no space; the spaces are the
        // literals' and the counted gap's. Up to the keyword's end: none
        // ("governed" starts the match); from its start: two in
        // "governed by ", three in the gap, two in "laws of " and one in
        // "new york".
        assert_eq!(
            sides(
                r"governed by (?:[a-z]+ ){0,3}laws of (?:new york|[a-z]+)",
                &["governed"]
            ),
            Some((0, 2 + 3 + 2 + 1))
        );
        // A keyword with a space of its own counts it on both sides.
        assert_eq!(
            sides(r"hosted in the united states", &["united states"]),
            Some((4, 1))
        );
        // A class with a space, repeated a counted number of times, counts
        // as many; the worst branch on each side.
        assert_eq!(
            sides(r"[^.]{0,40} courts|courts of \w+", &["courts"]),
            Some((41, 2))
        );
        // A part with a space repeated without bound: no bound on that
        // side, a bound on the other.
        assert_eq!(
            sides(r"transfer [^.]* to the us", &["transfer"]),
            Some((0, usize::MAX))
        );
        assert_eq!(
            sides(r"(?:qualified )*court of \w+", &["court of"]),
            Some((usize::MAX, 2))
        );
        // Not every match holds a keyword: no answer.
        assert_eq!(sides(r"governed by|ruled by", &["governed"]), None);
    }
}
