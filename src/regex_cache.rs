//! Rule regexes searched with caches that each thread owns, so that the
//! memory they take stays within a budget however long a scan runs.
//!
//! A regex's lazy DFA builds its states as the text needs them and keeps
//! them in a cache, one per thread. The `regex` crate keeps those caches for
//! the life of the regex: over a long scan they only grow, as ever more
//! kinds of text call for new states (a 10,000-document scan ended with
//! half as much cache again as a 1,000-document one: 80 against 54 MiB a
//! thread). Here each thread keeps its caches in a table of its own, and
//! [`trim`] drops them between documents when their total passes a budget;
//! a dropped cache is built again, state by state, when its regex next runs.

use std::cell::{Cell, RefCell};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use regex_automata::meta::{self, Cache};
use regex_automata::util::captures::Captures;
use regex_automata::util::iter::Searcher;
use regex_automata::{Input, Match, PatternID};

/// A compiled regex over bytes (leftmost-first, as the `regex` crate's
/// `bytes::Regex`), searched with this thread's cache for it.
#[derive(Debug)]
pub struct Pattern {
    regex: meta::Regex,
    /// Where this thread's cache for it is kept in [`CACHES`].
    id: usize,
}

/// Ids of [`Pattern`]s, one per compiled pattern.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// Ids of the [`Pattern`]s dropped so far, in the order they were dropped:
/// each thread frees its caches for them in [`trim`].
static DROPPED: Mutex<Vec<usize>> = Mutex::new(Vec::new());

thread_local! {
    /// This thread's cache of each pattern that has run on it, by id.
    static CACHES: RefCell<Vec<Option<Box<Cache>>>> = const { RefCell::new(Vec::new()) };
    /// How many of [`DROPPED`] this thread has freed its caches for.
    static DROPPED_SEEN: Cell<usize> = const { Cell::new(0) };
}

impl Drop for Pattern {
    fn drop(&mut self) {
        DROPPED
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(self.id);
    }
}

/// How much memory one thread's caches may hold between documents
/// ([`trim`]): more than a thousand varied documents fill (54 MiB with the
/// bundled rules), so that a scan drops them every few thousand documents
/// (six times a thread in 10,000) and the cost of building the states
/// again (about 0.3 s of CPU each time) stays small.
pub const CACHE_BUDGET: usize = 64 << 20;

impl Pattern {
    /// Compile `pattern` as `regex::bytes::RegexBuilder` would with these
    /// limits (`size_limit`: the compiled automata; `cache_limit`: one
    /// thread's lazy DFA cache for it).
    pub fn new(
        pattern: &str,
        unicode: bool,
        size_limit: usize,
        cache_limit: usize,
    ) -> Result<Pattern, Box<meta::BuildError>> {
        let regex = meta::Builder::new()
            .configure(
                meta::Config::new()
                    .match_kind(regex_automata::MatchKind::LeftmostFirst)
                    .utf8_empty(false)
                    .nfa_size_limit(Some(size_limit))
                    .hybrid_cache_capacity(cache_limit),
            )
            .syntax(
                regex_automata::util::syntax::Config::new()
                    .unicode(unicode)
                    .utf8(false),
            )
            .build(pattern)
            .map_err(Box::new)?;
        Ok(Pattern {
            regex,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        })
    }

    /// Run `f` with this thread's cache for the pattern.
    fn with_cache<R>(&self, f: impl FnOnce(&mut Cache) -> R) -> R {
        CACHES.with(|caches| {
            let mut caches = caches.borrow_mut();
            if caches.len() <= self.id {
                caches.resize_with(self.id + 1, || None);
            }
            let cache = caches[self.id].get_or_insert_with(|| Box::new(self.regex.create_cache()));
            f(cache)
        })
    }

    /// The number of groups, the whole match (group 0) included.
    pub fn captures_len(&self) -> usize {
        self.regex.group_info().group_len(PatternID::ZERO)
    }

    /// The names of the groups, in order (`None` for unnamed ones).
    pub fn capture_names(&self) -> impl Iterator<Item = Option<&str>> {
        self.regex.group_info().pattern_names(PatternID::ZERO)
    }

    /// Empty captures for [`Pattern::captures_at`].
    pub fn create_captures(&self) -> Captures {
        self.regex.create_captures()
    }

    /// The first match in `haystack` that starts at or after `at` (the bytes
    /// before `at` still count for `\b` and `^`).
    pub fn find_at(&self, haystack: &[u8], at: usize) -> Option<Match> {
        let input = Input::new(haystack).range(at..);
        self.with_cache(|cache| self.regex.search_with(cache, &input))
    }

    /// As [`Pattern::find_at`], with the groups in `caps`; false when
    /// nothing matches.
    pub fn captures_at(&self, haystack: &[u8], at: usize, caps: &mut Captures) -> bool {
        let input = Input::new(haystack).range(at..);
        self.with_cache(|cache| self.regex.search_captures_with(cache, &input, caps));
        caps.is_match()
    }

    /// Every match in `haystack`, in order, not overlapping.
    pub fn find_all(&self, haystack: &[u8]) -> Vec<Match> {
        let mut it = Searcher::new(Input::new(haystack));
        let mut out = Vec::new();
        self.with_cache(|cache| {
            while let Some(m) = it.advance(|input| Ok(self.regex.search_with(cache, input))) {
                out.push(m);
            }
        });
        out
    }

    /// The groups of every match in `haystack`, in order, not overlapping.
    pub fn captures_all(&self, haystack: &[u8]) -> Vec<Captures> {
        let mut it = Searcher::new(Input::new(haystack));
        let mut out = Vec::new();
        self.with_cache(|cache| {
            let mut caps = self.regex.create_captures();
            while it
                .advance(|input| {
                    self.regex.search_captures_with(cache, input, &mut caps);
                    Ok(caps.get_match())
                })
                .is_some()
            {
                out.push(caps.clone());
            }
        });
        out
    }

    /// Whether the pattern matches somewhere in `haystack`.
    pub fn is_match(&self, haystack: &[u8]) -> bool {
        let input = Input::new(haystack).earliest(true);
        self.with_cache(|cache| self.regex.search_half_with(cache, &input).is_some())
    }
}

/// Memory held by this thread's caches, in bytes.
pub fn cache_memory() -> usize {
    CACHES.with(|caches| {
        caches
            .borrow()
            .iter()
            .flatten()
            .map(|c| c.memory_usage())
            .sum()
    })
}

/// Free this thread's caches of patterns that were dropped; then, if the
/// caches left hold more than `budget` bytes, drop them all.
///
/// Dropping them all, rather than the largest until the rest fit, keeps
/// the drops rare: the largest caches belong to the regexes that run most,
/// and a budget only just met is passed again a few documents later.
pub fn trim(budget: usize) {
    CACHES.with(|caches| {
        let mut caches = caches.borrow_mut();
        {
            let dropped = DROPPED.lock().unwrap_or_else(|p| p.into_inner());
            let seen = DROPPED_SEEN.replace(dropped.len());
            for &id in &dropped[seen.min(dropped.len())..] {
                if let Some(c) = caches.get_mut(id) {
                    *c = None;
                }
            }
        }
        let total: usize = caches.iter().flatten().map(|c| c.memory_usage()).sum();
        if total > budget {
            caches.clear();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(p: &str) -> Pattern {
        Pattern::new(p, false, 10 << 20, 2 << 20).unwrap()
    }

    #[test]
    fn searches_agree_with_the_regex_crate() {
        let hay = b"the laws of the state of new york, and of delaware; lawful".as_slice();
        for p in [
            r"\blaws? of (?:the state of )?(?P<state>\w+)",
            r"\bof\b",
            r"a*",
            r"\b",
            r"(?:y|o)rk\b|\bdel(?P<x>a)",
        ] {
            let ours = pattern(p);
            let theirs = regex::bytes::Regex::new(p).unwrap();
            let spans = |ms: Vec<Match>| ms.iter().map(|m| m.range()).collect::<Vec<_>>();
            let want: Vec<_> = theirs.find_iter(hay).map(|m| m.range()).collect();
            assert_eq!(spans(ours.find_all(hay)), want, "{p}");
            let caps: Vec<_> = ours
                .captures_all(hay)
                .iter()
                .map(|c| {
                    (1..c.group_len())
                        .map(|g| c.get_group(g).map(|s| s.range()))
                        .collect::<Vec<_>>()
                })
                .collect();
            let want_caps: Vec<Vec<_>> = theirs
                .captures_iter(hay)
                .map(|c| c.iter().skip(1).map(|g| g.map(|m| m.range())).collect())
                .collect();
            assert_eq!(caps, want_caps, "{p}");
            for at in 0..=hay.len() {
                let want = theirs.find_at(hay, at).map(|m| m.range());
                assert_eq!(
                    ours.find_at(hay, at).map(|m| m.range()),
                    want,
                    "{p} at {at}"
                );
                let mut c = ours.create_captures();
                assert_eq!(ours.captures_at(hay, at, &mut c), want.is_some());
                assert_eq!(c.get_match().map(|m| m.range()), want);
            }
            assert_eq!(ours.is_match(hay), theirs.is_match(hay));
            assert_eq!(ours.captures_len(), theirs.captures_len());
            assert!(ours.capture_names().eq(theirs.capture_names()));
        }
    }

    #[test]
    fn trim_drops_caches_over_budget_and_of_dropped_patterns() {
        // Run on a thread of its own: the caches are per thread.
        std::thread::spawn(|| {
            let big = pattern(r"(?:\w+\W+){0,6}?(?:gouvernement|regierung)[^.]{0,200}\.");
            let small = pattern(r"(?:\w+\W+){0,2}delaware");
            let text = "les donnees du gouvernement, die regierung des landes et alia. "
                .repeat(200)
                + "delaware, usa";
            assert!(big.find_at(text.as_bytes(), 0).is_some());
            assert!(small.is_match(text.as_bytes()));
            let both = cache_memory();
            // Within budget: kept.
            trim(both);
            assert_eq!(cache_memory(), both);
            // A dropped pattern's cache goes at the next trim.
            drop(big);
            trim(both);
            let small_only = cache_memory();
            assert!(0 < small_only && small_only < both, "{small_only} < {both}");
            // Over budget: all go, and searches build them again.
            trim(small_only - 1);
            assert_eq!(cache_memory(), 0);
            assert!(small.is_match(text.as_bytes()));
            assert_eq!(cache_memory(), small_only);
        })
        .join()
        .unwrap();
    }
}
