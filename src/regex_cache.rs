//! Rule regexes searched with lazy DFA caches that the threads of a scan
//! share, so that each state is built once per scan rather than once per
//! thread, and the memory the caches take stays within a budget however
//! long a scan runs.
//!
//! A regex's lazy DFA builds its states as the text needs them and keeps
//! them in a cache. The `regex` crate keeps one cache per thread for the
//! life of the regex: each thread builds every state again (on a short scan
//! most of the regex time: on the 32 MiB benchmark text a fifth of all CPU
//! time went to building states), and over a long scan the caches only
//! grow. Here each pattern keeps a pool of caches: a search takes one (or
//! makes one when the pool is empty) and gives it back after, so that with
//! few threads and many rules a pattern seldom has more than one cache.
//! The patterns of a rule set form a [`CacheGroup`], whose [`CacheGroup::trim`]
//! drops the caches of the least recently used patterns when their total
//! passes a budget; a dropped cache is built again, state by state, when
//! its regex next runs.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, Weak};

use regex_automata::nfa::thompson::{self, NFA, backtrack, pikevm};
use regex_automata::util::captures::Captures;
use regex_automata::util::iter::Searcher as Iter;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::{Anchored, Input, Match, PatternID};
use regex_automata::{hybrid, meta};

/// How much memory the pooled caches of a rule set may hold between
/// documents ([`CacheGroup::trim`]), all threads together. About a thousand
/// varied documents fill it. The trade-off is measured on 10,000 small
/// notices against 1,000 (target 3d: peak RSS at most 1.2 times), 2
/// threads: with the loose regexes of 2f61844, a 72 MiB budget gave 1.18 to
/// 1.22 times and 60 MiB 1.10 to 1.14 times, for 10 to 17 % more time on
/// the 10,000 notices; 52 MiB 1.09 times, slower still. Each fall in what
/// the regexes need has lowered the 1,000-document peak while the
/// 10,000-document one stays at the budget: 96 MiB (session 5), 80, 72,
/// then 60 MiB (session 6). In session 23, 96 MiB gave 1.22 times (and
/// the 10,000 notices 24 % faster); 60 MiB was kept. By session 39 the
/// rules had grown (554 regexes compiled on the real documents' text,
/// whose caches need about 105 MiB there with no budget) and 60 MiB made
/// the caches of the regexes that run in every document be dropped and
/// built again every two documents: 40 % of the CPU time of a scan of the
/// real documents' text went to building states. `benches/compare.py
/// --only rss,real`, 3 runs each, one build per budget: 60 MiB 1.08 times
/// (10,000 notices 34.2 s, real text 9.1 MB/s), 96 MiB 1.16 times (20.9
/// s, 12.8 MB/s), 112 MiB 1.22 times (17.6 s, 15.3 MB/s). In session 53
/// the 10,000 notices compiled fewer regexes (the wide requirements of
/// session 52), and the same comparison (bin-wrapped `--cache-budget`, one
/// build, 3 runs each, quiet machine) gave: 96 MiB 1.11 times (31.8 s,
/// real text 11.4 MB/s), 112 MiB 1.15 times (24.6 s, 13.6 MB/s), 128 MiB
/// 1.17 times (21.1 s, 14.6 MB/s), 160 MiB 1.24 times. 112 MiB kept a
/// margin under 1.2. In session 54 each regex's cache was capped at 8 MiB
/// (`REGEX_CACHE_LIMIT` in rules.rs, was 64), which keeps the few regexes
/// that build the most states from filling the budget alone: 128 MiB then
/// gave 1.17 times (10,000 notices in 16.6 s, real text 15.7 MB/s, against
/// 21.5 s and 14.3 MB/s for 112 MiB with 64 MiB caches, measured in the
/// same session) and 120 MiB 1.15 times (19.6 s, 14.8 MB/s).
pub const CACHE_BUDGET: usize = 128 << 20;

/// The patterns whose caches are counted, and dropped, together.
#[derive(Debug, Default)]
pub struct CacheGroup {
    /// Memory of the caches lying in the pools (not of those in use).
    pooled: AtomicUsize,
    /// The pools of the group's patterns, dropped ones included until the
    /// next prune.
    pools: Mutex<Registry>,
    /// Counts the calls of [`CacheGroup::trim`] (one per batch of documents): the
    /// time at which a pool was last used.
    clock: AtomicUsize,
}

#[derive(Debug, Default)]
struct Registry {
    pools: Vec<Weak<Pool>>,
    /// Length of `pools` after the last prune of dropped patterns.
    pruned_len: usize,
}

/// One pattern's caches not in use, with the memory each was counted at.
#[derive(Debug, Default)]
struct Pool {
    caches: Mutex<Vec<(Box<Cache>, usize)>>,
    /// Caches of the pattern that exist, in the pool or in use.
    live: AtomicUsize,
    /// Bumped when the pool is emptied by [`CacheGroup::trim`]: a cache taken
    /// before is dropped when it is given back.
    epoch: AtomicUsize,
    /// The group's clock when a cache of the pool was last taken.
    used: AtomicUsize,
}

impl Pool {
    /// Drop the caches in the pool and take their memory off `pooled`;
    /// how many there were. (Under the pool's lock, so that a cache is
    /// taken off exactly once, whoever empties the pool.)
    fn drain(&self, pooled: &AtomicUsize) -> usize {
        let drained = std::mem::take(&mut *lock(&self.caches));
        let memory: usize = drained.iter().map(|(_, m)| m).sum();
        pooled.fetch_sub(memory, Ordering::Relaxed);
        drained.len()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl CacheGroup {
    /// A new, empty group.
    pub fn new() -> Arc<CacheGroup> {
        Arc::default()
    }

    /// Memory held by the group's caches that are not in use, in bytes.
    pub fn memory(&self) -> usize {
        self.pooled.load(Ordering::Relaxed)
    }

    /// Called once per batch of documents. If the group's pooled caches hold more
    /// than `budget` bytes, drop the caches of the patterns least recently
    /// used until three quarters of the budget is left: those in the pools
    /// now, and those of the same patterns in use when they are given back.
    ///
    /// Until session 23 every cache was dropped. On varied text (the real
    /// documents of ../shared/realdocs, 56 MB, 2 threads) that cost a
    /// third of the time, as the caches of the regexes that run in every
    /// document were built again each time: 3.3 to 3.6 s against 2.4 to
    /// 2.7 s now. Dropping the oldest down to half the budget gave 2.8 to 3.0 s,
    /// down to 90 % 2.4 to 2.5 s but once a 325 MiB peak on the 10,000
    /// notices of benches/compare.py (trims every few documents); three
    /// quarters is where both held.
    pub fn trim(&self, budget: usize) {
        self.clock.fetch_add(1, Ordering::Relaxed);
        if self.memory() <= budget {
            return;
        }
        let mut registry = lock(&self.pools);
        registry.pools.retain(|weak| weak.strong_count() > 0);
        registry.pruned_len = registry.pools.len();
        // Each pool with its time of last use read once: other threads
        // move it on meanwhile, and a sort whose keys change under it may
        // panic.
        let mut pools: Vec<(usize, Arc<Pool>)> = registry
            .pools
            .iter()
            .filter_map(Weak::upgrade)
            .map(|p| (p.used.load(Ordering::Relaxed), p))
            .collect();
        pools.sort_by_key(|(used, _)| *used);
        let target = budget / 4 * 3;
        for (_, pool) in pools {
            if self.memory() <= target {
                break;
            }
            pool.epoch.fetch_add(1, Ordering::AcqRel);
            let drained = pool.drain(&self.pooled);
            pool.live.fetch_sub(drained, Ordering::Relaxed);
        }
        drop(registry);
        release_freed_memory();
    }

    fn register(&self, pool: &Arc<Pool>) {
        let mut registry = lock(&self.pools);
        // Patterns built and dropped over a scan (the exact regexes of
        // rules with placeholders) leave dead entries: prune them whenever
        // the list has doubled.
        if registry.pools.len() >= 2 * registry.pruned_len.max(64) {
            registry.pools.retain(|w| w.strong_count() > 0);
            registry.pruned_len = registry.pools.len();
        }
        registry.pools.push(Arc::downgrade(pool));
    }
}

/// Give the memory just freed back to the system. glibc keeps freed
/// memory in its arenas, where the caches built next only partly fit: without
/// this, each drop of the caches raised the peak RSS of a 10,000-document
/// scan further (211 MiB against 187 with it, at a 96 MiB budget). It runs
/// only when the caches are dropped, a few times in thousands of documents.
/// (The clausescan binary allocates with mimalloc, which returns freed
/// memory by itself; this is for programs using the library with glibc's.)
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointers and locks the arenas it walks;
    // any thread may call it at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// A compiled regex over bytes (leftmost-first, as the `regex` crate's
/// `bytes::Regex`), searched with caches from its pool.
#[derive(Debug)]
pub struct Pattern {
    regex: Engine,
    pool: Arc<Pool>,
    group: Arc<CacheGroup>,
}

/// How a [`Pattern`] searches.
#[derive(Debug)]
enum Engine {
    /// The `regex` crate's engine: for any search.
    Meta(meta::Regex),
    /// For searches anchored where they start ([`Pattern::anchored_from_hir`]).
    Anchored(Box<AnchoredEngine>),
}

/// A regex searched anchored at a given start (the regexes that confirm a
/// loose regex's matches, [`crate::rules::Rule::loose`]): a forward lazy
/// DFA finds where the match ends, and where groups are asked for, the
/// bounded backtracker (or the PikeVM, for a span too long for it) finds
/// them within the match, as the `regex` crate's engine does for an
/// anchored search. That engine also builds a reverse NFA, to find where a
/// match starts, which an anchored search never needs: about half the time
/// to compile these regexes (benches/README.md, session 55). A search that
/// is not anchored (a rule's examples, the tests' whole-text searches)
/// compiles the whole regex from `source` on first use.
#[derive(Debug)]
struct AnchoredEngine {
    nfa: NFA,
    dfa: hybrid::dfa::DFA,
    backtrack: backtrack::BoundedBacktracker,
    pikevm: pikevm::PikeVM,
    source: String,
    size_limit: usize,
    cache_limit: usize,
    whole: OnceLock<Option<meta::Regex>>,
}

/// A search's working memory: a lazy DFA's states, and the other engines'.
/// (Kept in a `Box` by the pools and searchers, so a variant's size matters
/// little.)
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
enum Cache {
    Meta(meta::Cache),
    Anchored(AnchoredCache),
}

#[derive(Debug)]
struct AnchoredCache {
    dfa: hybrid::dfa::Cache,
    /// Made on first use: a PikeVM's cache takes memory in proportion to
    /// the NFA, and most searches need neither.
    backtrack: Option<backtrack::Cache>,
    pikevm: Option<pikevm::Cache>,
    whole: Option<meta::Cache>,
}

impl Cache {
    fn memory_usage(&self) -> usize {
        match self {
            Cache::Meta(c) => c.memory_usage(),
            Cache::Anchored(c) => {
                c.dfa.memory_usage()
                    + c.backtrack.as_ref().map_or(0, |b| b.memory_usage())
                    + c.pikevm.as_ref().map_or(0, |p| p.memory_usage())
                    + c.whole.as_ref().map_or(0, |w| w.memory_usage())
            }
        }
    }
}

impl AnchoredEngine {
    fn new(
        hir: &regex_syntax::hir::Hir,
        source: &str,
        size_limit: usize,
        cache_limit: usize,
    ) -> Option<AnchoredEngine> {
        // As the `regex` crate's engine configures its NFA and lazy DFA
        // (meta::Config::to_thompson_config, meta::wrappers::HybridEngine),
        // with Pattern::builder's settings.
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .utf8(false)
                    .nfa_size_limit(Some(size_limit))
                    .shrink(false),
            )
            .build_from_hir(hir)
            .ok()?;
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .match_kind(regex_automata::MatchKind::LeftmostFirst)
                    .unicode_word_boundary(true)
                    .cache_capacity(cache_limit)
                    .skip_cache_capacity_check(false)
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa.clone())
            .ok()?;
        let backtrack = backtrack::BoundedBacktracker::new_from_nfa(nfa.clone()).ok()?;
        let pikevm = pikevm::PikeVM::new_from_nfa(nfa.clone()).ok()?;
        Some(AnchoredEngine {
            nfa,
            dfa,
            backtrack,
            pikevm,
            source: source.to_string(),
            size_limit,
            cache_limit,
            whole: OnceLock::new(),
        })
    }

    fn create_cache(&self) -> AnchoredCache {
        AnchoredCache {
            dfa: self.dfa.create_cache(),
            backtrack: None,
            pikevm: None,
            whole: None,
        }
    }

    /// The whole regex, for searches that are not anchored; `None` if it
    /// cannot be compiled (it can: this one was).
    fn whole(&self) -> Option<&meta::Regex> {
        self.whole
            .get_or_init(|| {
                let build = |unicode: bool| {
                    Pattern::meta(&self.source, unicode, self.size_limit, self.cache_limit).ok()
                };
                build(false).or_else(|| build(true))
            })
            .as_ref()
    }

    /// The match that starts where `input` (anchored) starts.
    fn find(&self, cache: &mut AnchoredCache, input: &Input<'_>) -> Option<Match> {
        match self.dfa.try_search_fwd(&mut cache.dfa, input) {
            Ok(None) => None,
            Ok(Some(end)) => Some(Match::new(end.pattern(), input.start()..end.offset())),
            // (The lazy DFA gave up, or met a byte it cannot handle.)
            Err(_) => {
                let pikevm = cache
                    .pikevm
                    .get_or_insert_with(|| self.pikevm.create_cache());
                self.pikevm.find(pikevm, input.clone())
            }
        }
    }

    /// As [`AnchoredEngine::find`], with the groups in `caps`.
    fn captures(&self, cache: &mut AnchoredCache, input: &Input<'_>, caps: &mut Captures) {
        let Some(m) = self.find(cache, input) else {
            caps.set_pattern(None);
            return;
        };
        let input = input.clone().span(m.range()).anchored(Anchored::Yes);
        if input.get_span().len() < self.backtrack.max_haystack_len() {
            let backtrack = cache
                .backtrack
                .get_or_insert_with(|| self.backtrack.create_cache());
            if self.backtrack.try_search(backtrack, &input, caps).is_ok() {
                return;
            }
        }
        let pikevm = cache
            .pikevm
            .get_or_insert_with(|| self.pikevm.create_cache());
        self.pikevm.search(pikevm, &input, caps);
    }
}

/// The prefilter for a regex searched with [`Pattern::from_hir`].
enum Chosen {
    /// Let the regex crate's engine choose, as it would.
    Auto,
    /// The prefilter that it would choose, which is fast.
    Fast(Prefilter),
    /// None: the one it would choose is slow, or there is none.
    Without,
}

/// Whether `hir`, searched unanchored, is better without a prefilter.
///
/// The lazy DFA of the regex crate's engine runs its prefilter each time
/// its search is back in the start state, whether or not the prefilter is
/// fast. A prefilter that is not fast (`Prefilter::is_fast`: an
/// Aho-Corasick automaton for a long list of literals, or a literal of one
/// or two bytes) stops the search at so many places that the lazy DFA
/// alone is quicker. Timed per rule on `text/x1` at one thread (session
/// 58, benches/README.md): the 15 rules whose regex has a slow prefilter
/// took 447 ms of search with it and 311 ms without, each of them less;
/// the 117 with a fast one took 1,424 ms with it and 1,825 ms without.
///
/// Where `hir` has no look-around assertion, the engine may search for its
/// literals alone, without a regex engine (`strategy::new` in
/// regex-automata's `meta`): it is left to choose. Where it has one (a
/// rule's `\b`), the prefilter it would build is the one built here from
/// the same prefixes, which it is then given rather than made to extract
/// them again.
fn prefilter_for(hir: &regex_syntax::hir::Hir) -> Chosen {
    if hir.properties().look_set().is_empty() {
        return Chosen::Auto;
    }
    match Prefilter::from_hir_prefix(regex_automata::MatchKind::LeftmostFirst, hir) {
        Some(pre) if pre.is_fast() => Chosen::Fast(pre),
        _ => Chosen::Without,
    }
}

impl Drop for Pattern {
    fn drop(&mut self) {
        // (A trim running now may hold the pool too: draining it, rather
        // than reading its memory, keeps it from being counted off twice.)
        self.pool.drain(&self.group.pooled);
    }
}

impl Pattern {
    /// Compile `pattern` as `regex::bytes::RegexBuilder` would with these
    /// limits (`size_limit`: the compiled automata; `cache_limit`: one
    /// lazy DFA cache for it), its caches counted in `group`.
    pub fn new(
        pattern: &str,
        unicode: bool,
        size_limit: usize,
        cache_limit: usize,
        group: &Arc<CacheGroup>,
    ) -> Result<Pattern, Box<meta::BuildError>> {
        let regex = Self::meta(pattern, unicode, size_limit, cache_limit)?;
        Ok(Self::with_pool(Engine::Meta(regex), group))
    }

    /// The regex crate's engine for `pattern`, as [`Pattern::new`] builds it.
    fn meta(
        pattern: &str,
        unicode: bool,
        size_limit: usize,
        cache_limit: usize,
    ) -> Result<meta::Regex, Box<meta::BuildError>> {
        Self::builder(size_limit, cache_limit)
            .syntax(
                regex_automata::util::syntax::Config::new()
                    .unicode(unicode)
                    .utf8(false),
            )
            .build(pattern)
            .map_err(Box::new)
    }

    /// As [`Pattern::new`], from a pattern already parsed (with
    /// `utf8(false)`); without a prefilter when `prefilter` is false (for
    /// a regex searched anchored, where none is used), or when the one
    /// that the regex crate would choose is slow ([`prefilter_for`]).
    pub fn from_hir(
        hir: &regex_syntax::hir::Hir,
        size_limit: usize,
        cache_limit: usize,
        prefilter: bool,
        group: &Arc<CacheGroup>,
    ) -> Result<Pattern, Box<meta::BuildError>> {
        let mut builder = Self::builder(size_limit, cache_limit);
        match prefilter.then(|| prefilter_for(hir)) {
            Some(Chosen::Auto) => {}
            Some(Chosen::Fast(pre)) => {
                builder.configure(meta::Config::new().prefilter(Some(pre)));
            }
            None | Some(Chosen::Without) => {
                builder.configure(meta::Config::new().auto_prefilter(false));
            }
        }
        let regex = builder.build_from_hir(hir).map_err(Box::new)?;
        Ok(Self::with_pool(Engine::Meta(regex), group))
    }

    /// As [`Pattern::from_hir`] without a prefilter, for a regex searched
    /// anchored ([`Searcher::find_anchored_at`],
    /// [`Searcher::captures_anchored_at`]): built without what finds where
    /// a match starts (see [`AnchoredEngine`]). `source` is the pattern of
    /// `hir`, compiled whole on the first search that is not anchored.
    pub fn anchored_from_hir(
        hir: &regex_syntax::hir::Hir,
        source: &str,
        size_limit: usize,
        cache_limit: usize,
        group: &Arc<CacheGroup>,
    ) -> Result<Pattern, Box<meta::BuildError>> {
        match AnchoredEngine::new(hir, source, size_limit, cache_limit) {
            Some(engine) => Ok(Self::with_pool(Engine::Anchored(Box::new(engine)), group)),
            None => Self::from_hir(hir, size_limit, cache_limit, false, group),
        }
    }

    fn builder(size_limit: usize, cache_limit: usize) -> meta::Builder {
        let mut builder = meta::Builder::new();
        builder.configure(
            meta::Config::new()
                .match_kind(regex_automata::MatchKind::LeftmostFirst)
                .utf8_empty(false)
                .nfa_size_limit(Some(size_limit))
                .hybrid_cache_capacity(cache_limit),
        );
        builder
    }

    fn with_pool(regex: Engine, group: &Arc<CacheGroup>) -> Pattern {
        let pool = Arc::new(Pool::default());
        group.register(&pool);
        Pattern {
            regex,
            pool,
            group: Arc::clone(group),
        }
    }

    /// A searcher with a cache from the pool, or a new cache when the pool
    /// is empty.
    pub fn searcher(&self) -> Searcher<'_> {
        self.try_searcher().unwrap_or_else(|| self.new_searcher())
    }

    /// A searcher with a cache from the pool; `None` when every cache of the
    /// pattern is in use (a new one would build its states again). A
    /// pattern with no cache yet gets a new one.
    pub fn try_searcher(&self) -> Option<Searcher<'_>> {
        self.pool
            .used
            .store(self.group.clock.load(Ordering::Relaxed), Ordering::Relaxed);
        let mut caches = lock(&self.pool.caches);
        let epoch = self.pool.epoch.load(Ordering::Acquire);
        match caches.pop() {
            Some((cache, memory)) => {
                drop(caches);
                self.group.pooled.fetch_sub(memory, Ordering::Relaxed);
                Some(Searcher {
                    pattern: self,
                    cache: Some(cache),
                    epoch,
                })
            }
            None if self.pool.live.load(Ordering::Relaxed) == 0 => {
                drop(caches);
                Some(self.new_searcher())
            }
            None => None,
        }
    }

    fn new_searcher(&self) -> Searcher<'_> {
        self.pool.live.fetch_add(1, Ordering::Relaxed);
        let cache = match &self.regex {
            Engine::Meta(regex) => Cache::Meta(regex.create_cache()),
            Engine::Anchored(engine) => Cache::Anchored(engine.create_cache()),
        };
        Searcher {
            pattern: self,
            cache: Some(Box::new(cache)),
            epoch: self.pool.epoch.load(Ordering::Acquire),
        }
    }

    fn group_info(&self) -> &regex_automata::util::captures::GroupInfo {
        match &self.regex {
            Engine::Meta(regex) => regex.group_info(),
            Engine::Anchored(engine) => engine.nfa.group_info(),
        }
    }

    /// The number of groups, the whole match (group 0) included.
    pub fn captures_len(&self) -> usize {
        self.group_info().group_len(PatternID::ZERO)
    }

    /// The names of the groups, in order (`None` for unnamed ones).
    pub fn capture_names(&self) -> impl Iterator<Item = Option<&str>> {
        self.group_info().pattern_names(PatternID::ZERO)
    }

    /// Empty captures for [`Searcher::captures_at`].
    pub fn create_captures(&self) -> Captures {
        Captures::all(self.group_info().clone())
    }

    /// [`Searcher::find_at`] with a cache of its own.
    pub fn find_at(&self, haystack: &[u8], at: usize) -> Option<Match> {
        self.searcher().find_at(haystack, at)
    }

    /// [`Searcher::captures_at`] with a cache of its own.
    pub fn captures_at(&self, haystack: &[u8], at: usize, caps: &mut Captures) -> bool {
        self.searcher().captures_at(haystack, at, caps)
    }

    /// Every match in `haystack`, in order, not overlapping.
    pub fn find_all(&self, haystack: &[u8]) -> Vec<Match> {
        let mut searcher = self.searcher();
        let Some((regex, cache)) = searcher.whole() else {
            return Vec::new();
        };
        let mut it = Iter::new(Input::new(haystack));
        let mut out = Vec::new();
        while let Some(m) = it.advance(|input| Ok(regex.search_with(cache, input))) {
            out.push(m);
        }
        out
    }

    /// The groups of every match in `haystack`, in order, not overlapping.
    pub fn captures_all(&self, haystack: &[u8]) -> Vec<Captures> {
        let mut searcher = self.searcher();
        let Some((regex, cache)) = searcher.whole() else {
            return Vec::new();
        };
        let mut it = Iter::new(Input::new(haystack));
        let mut out = Vec::new();
        let mut caps = regex.create_captures();
        while it
            .advance(|input| {
                regex.search_captures_with(cache, input, &mut caps);
                Ok(caps.get_match())
            })
            .is_some()
        {
            out.push(caps.clone());
        }
        out
    }

    /// Whether the pattern matches somewhere in `haystack`.
    pub fn is_match(&self, haystack: &[u8]) -> bool {
        self.searcher().is_match_at(haystack, 0)
    }
}

/// A [`Pattern`] with a cache taken from its pool, given back when dropped.
#[derive(Debug)]
pub struct Searcher<'a> {
    pattern: &'a Pattern,
    /// Always `Some` until dropped.
    cache: Option<Box<Cache>>,
    /// The pool's epoch when the cache was taken.
    epoch: usize,
}

impl Drop for Searcher<'_> {
    fn drop(&mut self) {
        let Some(cache) = self.cache.take() else {
            return;
        };
        let (pool, group) = (&self.pattern.pool, &self.pattern.group);
        let mut caches = lock(&pool.caches);
        if pool.epoch.load(Ordering::Acquire) != self.epoch {
            // The group was trimmed while the cache was in use.
            pool.live.fetch_sub(1, Ordering::Relaxed);
            return;
        }
        let memory = cache.memory_usage();
        caches.push((cache, memory));
        group.pooled.fetch_add(memory, Ordering::Relaxed);
    }
}

impl<'a> Searcher<'a> {
    /// The pattern it searches for.
    pub fn pattern(&self) -> &'a Pattern {
        self.pattern
    }

    fn cache(&mut self) -> &mut Cache {
        self.cache
            .as_mut()
            .expect("a searcher has its cache until dropped")
    }

    /// The regex for any search, with its cache: an anchored pattern's
    /// whole regex, compiled on first use (`None` if it cannot be).
    fn whole(&mut self) -> Option<(&'a meta::Regex, &mut meta::Cache)> {
        let pattern = self.pattern;
        match (&pattern.regex, self.cache()) {
            (Engine::Meta(regex), Cache::Meta(cache)) => Some((regex, cache)),
            (Engine::Anchored(engine), Cache::Anchored(cache)) => {
                let regex = engine.whole()?;
                Some((
                    regex,
                    cache.whole.get_or_insert_with(|| regex.create_cache()),
                ))
            }
            _ => unreachable!("a pattern's caches are made by its engine"),
        }
    }

    /// A search of the whole regex ([`Searcher::whole`]).
    fn whole_search(&mut self, input: &Input<'_>) -> Option<Match> {
        let (regex, cache) = self.whole()?;
        regex.search_with(cache, input)
    }

    /// [`Searcher::whole_search`] with the groups in `caps`.
    fn whole_captures(&mut self, input: &Input<'_>, caps: &mut Captures) {
        match self.whole() {
            Some((regex, cache)) => regex.search_captures_with(cache, input, caps),
            None => caps.set_pattern(None),
        }
    }

    /// The first match in `haystack` that starts at or after `at` (the bytes
    /// before `at` still count for `\b` and `^`).
    pub fn find_at(&mut self, haystack: &[u8], at: usize) -> Option<Match> {
        self.whole_search(&Input::new(haystack).range(at..))
    }

    /// The match in `haystack` that starts at `at`, if there is one: the
    /// match [`Searcher::find_at`] would give if no match started earlier.
    pub fn find_anchored_at(&mut self, haystack: &[u8], at: usize) -> Option<Match> {
        let input = Input::new(haystack).range(at..).anchored(Anchored::Yes);
        let pattern = self.pattern;
        match (&pattern.regex, self.cache()) {
            (Engine::Anchored(engine), Cache::Anchored(cache)) => engine.find(cache, &input),
            _ => self.whole_search(&input),
        }
    }

    /// As [`Searcher::find_anchored_at`], with the groups in `caps`; false
    /// when nothing matches there.
    pub fn captures_anchored_at(
        &mut self,
        haystack: &[u8],
        at: usize,
        caps: &mut Captures,
    ) -> bool {
        let input = Input::new(haystack).range(at..).anchored(Anchored::Yes);
        let pattern = self.pattern;
        match (&pattern.regex, self.cache()) {
            (Engine::Anchored(engine), Cache::Anchored(cache)) => {
                engine.captures(cache, &input, caps)
            }
            _ => self.whole_captures(&input, caps),
        }
        caps.is_match()
    }

    /// Whether a match starts at or after `at` in `haystack`: as
    /// [`Searcher::find_at`] finding one, stopping at the first match state.
    pub fn is_match_at(&mut self, haystack: &[u8], at: usize) -> bool {
        let input = Input::new(haystack).range(at..).earliest(true);
        self.whole()
            .is_some_and(|(regex, cache)| regex.search_half_with(cache, &input).is_some())
    }

    /// As [`Searcher::find_at`], with the groups in `caps`; false when
    /// nothing matches.
    pub fn captures_at(&mut self, haystack: &[u8], at: usize, caps: &mut Captures) -> bool {
        self.whole_captures(&Input::new(haystack).range(at..), caps);
        caps.is_match()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern_in(p: &str, group: &Arc<CacheGroup>) -> Pattern {
        Pattern::new(p, false, 10 << 20, 2 << 20, group).unwrap()
    }

    fn pattern(p: &str) -> Pattern {
        pattern_in(p, &CacheGroup::new())
    }

    #[test]
    fn a_slow_prefilter_is_dropped_and_the_matches_stay_the_same() {
        let parse = |p: &str| {
            regex_syntax::ParserBuilder::new()
                .utf8(false)
                .build()
                .parse(p)
                .unwrap()
        };
        // More literals than Teddy takes: an Aho-Corasick prefilter, which
        // is not fast; a literal of two bytes is not fast either.
        let words: Vec<String> = (0..100u8)
            .map(|i| {
                format!(
                    "{}{}q{}",
                    (b'a' + i % 26) as char,
                    (b'a' + i / 26) as char,
                    i % 7
                )
            })
            .collect();
        let many = format!(r"\b(?:{}) data\b", words.join("|"));
        let short = r"(?:^|\n)(?:the|l')[a-z]+ data\b";
        let fast = r"\bgoverned by [a-z]+\b";
        let plain = r"governed by|construed";
        assert!(matches!(prefilter_for(&parse(&many)), Chosen::Without));
        assert!(matches!(prefilter_for(&parse(short)), Chosen::Without));
        assert!(matches!(prefilter_for(&parse(fast)), Chosen::Fast(_)));
        assert!(matches!(prefilter_for(&parse(plain)), Chosen::Auto));
        let hay = b"sent to qdq3 data, governed by french law;\nl'eu data, \
            vdq1 data and zzq9 data construed"
            .as_slice();
        for p in [many.as_str(), short, fast, plain] {
            let group = CacheGroup::new();
            for prefilter in [true, false] {
                let ours =
                    Pattern::from_hir(&parse(p), 10 << 20, 2 << 20, prefilter, &group).unwrap();
                let theirs = regex::bytes::Regex::new(p).unwrap();
                let want: Vec<_> = theirs.find_iter(hay).map(|m| m.range()).collect();
                let got: Vec<_> = ours.find_all(hay).iter().map(|m| m.range()).collect();
                assert!(!want.is_empty(), "{p}");
                assert_eq!(got, want, "{p}, prefilter {prefilter}");
            }
        }
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
                // Anchored: the match starting at `at`, which is the one
                // an unanchored search from `at` finds if it starts there.
                assert_eq!(
                    ours.searcher().find_anchored_at(hay, at).map(|m| m.range()),
                    want.clone().filter(|r| r.start == at),
                    "{p} anchored at {at}"
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

    /// A regex searched anchored only (the regexes that confirm a loose
    /// regex's matches) finds what the `regex` crate finds starting there,
    /// groups included, and any other search goes to the whole regex.
    #[test]
    fn anchored_patterns_agree_with_the_regex_crate() {
        let cases: &[(&str, &[u8])] = &[
            (
                r"\blaws? of (?:the state of )?(?P<state>\w+)",
                b"the laws of the state of new york, and of delaware; lawful",
            ),
            (
                r"(?:y|o)rk\b|\bdel(?P<x>a)",
                b"the laws of the state of new york, and of delaware",
            ),
            (
                r"\bstored (?:[a-z]+ ){0,5}?in (?P<c>the us|canada)\b",
                b"stored a b c d e f in the us. stored by us in canada.",
            ),
            (r"a*", b"baaab"),
            // Parsed with Unicode (as parse_regex does a pattern that needs
            // it), whose word boundary the lazy DFA gives up on at a
            // byte beyond ASCII: the PikeVM answers there.
            (
                r"\b(?P<w>caf\p{L}+)\b",
                "un café noir, un cafard".as_bytes(),
            ),
        ];
        for &(p, hay) in cases {
            let hir = crate::rules::parse_regex(p).unwrap();
            let ours =
                Pattern::anchored_from_hir(&hir, p, 10 << 20, 2 << 20, &CacheGroup::new()).unwrap();
            assert!(matches!(ours.regex, Engine::Anchored(_)), "{p}");
            let theirs = regex::bytes::Regex::new(p).unwrap();
            let mut searcher = ours.searcher();
            let mut c = ours.create_captures();
            for at in 0..=hay.len() {
                let want = theirs
                    .captures_at(hay, at)
                    .filter(|c| c.get(0).unwrap().start() == at);
                let spans = want
                    .as_ref()
                    .map(|c| c.iter().map(|g| g.map(|m| m.range())).collect::<Vec<_>>());
                assert_eq!(
                    searcher.find_anchored_at(hay, at).map(|m| m.range()),
                    spans.as_ref().map(|s| s[0].clone().unwrap()),
                    "{p} anchored at {at}"
                );
                assert_eq!(
                    searcher.captures_anchored_at(hay, at, &mut c),
                    want.is_some()
                );
                let got = want.is_some().then(|| {
                    (0..c.group_len())
                        .map(|g| c.get_group(g).map(|s| s.range()))
                        .collect::<Vec<_>>()
                });
                assert_eq!(got, spans, "{p} groups anchored at {at}");
                // Not anchored: the whole regex.
                assert_eq!(
                    searcher.find_at(hay, at).map(|m| m.range()),
                    theirs.find_at(hay, at).map(|m| m.range()),
                    "{p} at {at}"
                );
            }
            assert_eq!(ours.is_match(hay), theirs.is_match(hay));
            assert_eq!(ours.captures_len(), theirs.captures_len());
            assert!(ours.capture_names().eq(theirs.capture_names()));
        }
    }

    #[test]
    fn trim_drops_caches_over_budget_and_dropped_patterns_free_theirs() {
        let group = CacheGroup::new();
        let big = pattern_in(
            r"(?:\w+\W+){0,6}?(?:gouvernement|regierung)[^.]{0,200}\.",
            &group,
        );
        let small = pattern_in(r"(?:\w+\W+){0,2}delaware", &group);
        let text = "les donnees du gouvernement, die regierung des landes et alia. ".repeat(200)
            + "delaware, usa";
        assert!(big.find_at(text.as_bytes(), 0).is_some());
        assert!(small.is_match(text.as_bytes()));
        let both = group.memory();
        // Within budget: kept.
        group.trim(both);
        assert_eq!(group.memory(), both);
        // A dropped pattern's caches no longer count.
        drop(big);
        let small_only = group.memory();
        assert!(0 < small_only && small_only < both, "{small_only} < {both}");
        // Over budget: all go, and searches build them again.
        group.trim(small_only - 1);
        assert_eq!(group.memory(), 0);
        assert!(small.is_match(text.as_bytes()));
        assert_eq!(group.memory(), small_only);
    }

    #[test]
    fn trim_drops_the_least_recently_used_caches_first() {
        let group = CacheGroup::new();
        let old = pattern_in(r"(?:\w+\W+){0,2}delaware", &group);
        let recent = pattern_in(r"(?:\w+\W+){0,2}delaware", &group);
        assert!(old.is_match(b"the laws of delaware"));
        group.trim(usize::MAX); // the next document
        assert!(recent.is_match(b"the laws of delaware"));
        let both = group.memory();
        let one = lock(&recent.pool.caches)[0].1;
        assert_eq!(both, 2 * one);
        // Over budget: the older pattern's cache goes, the other stays.
        group.trim(both - 1);
        assert_eq!(group.memory(), one);
        assert!(lock(&old.pool.caches).is_empty());
        assert_eq!(lock(&recent.pool.caches).len(), 1);
    }

    #[test]
    fn trim_while_other_threads_search_does_not_panic() {
        // Threads stamp their patterns' time of use while a trim sorts the
        // patterns by it (session 23: the sort read the stamps as it went,
        // and panicked on an inconsistent order, about one scan in six).
        let group = CacheGroup::new();
        let patterns: Vec<Pattern> = (0..64)
            .map(|i| pattern_in(&format!(r"(?:\w+\W+){{0,2}}delaware{i}"), &group))
            .collect();
        std::thread::scope(|s| {
            for t in 0..3 {
                let patterns = &patterns;
                let group = &group;
                s.spawn(move || {
                    for k in 0..4000 {
                        let p = &patterns[(k * 7 + t * 13) % patterns.len()];
                        p.is_match(b"the laws of delaware1");
                        if k % 3 == 0 {
                            group.trim(0);
                        }
                    }
                });
            }
        });
        group.trim(0);
        assert_eq!(group.memory(), 0);
    }

    #[test]
    fn a_cache_in_use_when_the_group_is_trimmed_is_dropped_when_given_back() {
        let group = CacheGroup::new();
        let p = pattern_in(r"(?:\w+\W+){0,2}delaware", &group);
        let mut s = p.searcher();
        assert!(s.find_at(b"laws of delaware", 0).is_some());
        assert!(p.is_match(b"delaware")); // a second cache, given back
        assert!(group.memory() > 0);
        group.trim(0);
        assert_eq!(group.memory(), 0);
        drop(s);
        assert_eq!(group.memory(), 0);
        assert_eq!(p.pool.live.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn a_pattern_dropped_while_a_trim_holds_its_pool_is_counted_off_once() {
        let group = CacheGroup::new();
        let kept = pattern_in(r"(?:\w+\W+){0,2}delaware", &group);
        let dropped = pattern_in(
            r"(?:\w+\W+){0,6}?(?:gouvernement|regierung)[^.]{0,200}\.",
            &group,
        );
        assert!(kept.is_match(b"the laws of delaware"));
        let text = "les donnees du gouvernement, die regierung des landes. ".repeat(20);
        assert!(dropped.find_at(text.as_bytes(), 0).is_some());
        assert!(!lock(&dropped.pool.caches).is_empty() && group.memory() > 4 << 10);
        // As a trim on another thread would, between upgrading the pool's
        // entry and emptying it.
        let held = Arc::clone(&dropped.pool);
        drop(dropped);
        group.trim(0);
        assert_eq!(group.memory(), 0);
        assert_eq!(lock(&held.caches).len(), 0);
    }

    #[test]
    fn threads_share_a_patterns_cache() {
        let group = CacheGroup::new();
        let p = pattern_in(r"\blaws? of (?:the state of )?(?P<state>\w+)", &group);
        let hay = b"governed by the laws of the state of new york".as_slice();
        std::thread::scope(|scope| {
            for _ in 0..3 {
                scope
                    .spawn(|| assert!(p.find_at(hay, 0).is_some()))
                    .join()
                    .unwrap();
            }
        });
        // One after the other, three threads used one cache.
        assert_eq!(p.pool.live.load(Ordering::Relaxed), 1);
        let warm = group.memory();
        assert!(warm > 0);
        // While it is in use, try_searcher declines and searcher makes a
        // second one.
        let held = p.try_searcher().expect("the pooled cache");
        assert!(p.try_searcher().is_none());
        assert!(p.searcher().find_at(hay, 0).is_some());
        assert_eq!(p.pool.live.load(Ordering::Relaxed), 2);
        drop(held);
        assert!(group.memory() > warm);
    }
}
