//! Matching: one aho-corasick pass over the normalized text finds which
//! rules' keywords occur; only those rules' regexes then run.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::rules::RuleSet;

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

/// The compiled matcher for a rule set.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    /// For each automaton pattern, the rules that use it as a keyword.
    pattern_rules: Vec<Vec<usize>>,
    /// For each rule, the names of its capture groups.
    group_names: Vec<Vec<String>>,
    rule_count: usize,
}

impl Matcher {
    /// Build the keyword automaton for `rules`.
    pub fn new(rules: &RuleSet) -> Matcher {
        let mut keywords: Vec<String> = Vec::new();
        let mut pattern_rules: Vec<Vec<usize>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for (ri, rule) in rules.rules.iter().enumerate() {
            for k in &rule.keywords {
                let pi = *index.entry(k.clone()).or_insert_with(|| {
                    keywords.push(k.clone());
                    pattern_rules.push(Vec::new());
                    keywords.len() - 1
                });
                pattern_rules[pi].push(ri);
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&keywords)
            .expect("keyword automaton: keywords are short literals");
        let group_names = rules
            .rules
            .iter()
            .map(|r| {
                r.regex
                    .capture_names()
                    .flatten()
                    .map(str::to_string)
                    .collect()
            })
            .collect();
        Matcher {
            automaton,
            pattern_rules,
            group_names,
            rule_count: rules.rules.len(),
        }
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

    /// All regex matches of all rules whose keywords occur in `text`
    /// (normalized), sorted by position then rule index.
    pub fn find(&self, rules: &RuleSet, text: &str) -> Vec<RawMatch> {
        let hit = self.candidate_rules(text);
        let mut out = Vec::new();
        for ri in (0..rules.rules.len()).filter(|&ri| hit[ri]) {
            self.find_rule(rules, ri, text, &mut out);
        }
        out.sort_by_key(|m| (m.start, m.rule, m.end));
        out
    }

    /// Matches of one rule, regardless of keywords (used by rule examples
    /// after the keyword check).
    pub fn find_rule(&self, rules: &RuleSet, ri: usize, text: &str, out: &mut Vec<RawMatch>) {
        let rule = &rules.rules[ri];
        if self.group_names[ri].is_empty() {
            for m in rule.regex.find_iter(text) {
                if m.start() < m.end() {
                    out.push(RawMatch {
                        rule: ri,
                        start: m.start(),
                        end: m.end(),
                        groups: vec![],
                    });
                }
            }
        } else {
            for caps in rule.regex.captures_iter(text) {
                let m = caps.get(0).expect("group 0 always matches");
                if m.start() == m.end() {
                    continue;
                }
                let groups = self.group_names[ri]
                    .iter()
                    .filter_map(|n| caps.name(n).map(|g| (n.clone(), g.start(), g.end())))
                    .collect();
                out.push(RawMatch {
                    rule: ri,
                    start: m.start(),
                    end: m.end(),
                    groups,
                });
            }
        }
    }
}
