//! Running every rule against its own `should_match` and
//! `should_not_match` examples, through the same normalization, keyword
//! prefilter and regex as a scan.

use crate::analyze::Engine;
use crate::matcher::RawMatch;
use crate::normalize::fold;

/// A rule whose example did not behave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    pub rule: String,
    pub file: String,
    pub example: String,
    /// `true` for a should_match example that did not match; `false` for a
    /// should_not_match example that did.
    pub expected_match: bool,
    /// Why, in words.
    pub detail: String,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: rule `{}`: {} example {:?}: {}",
            self.file,
            self.rule,
            if self.expected_match {
                "should_match"
            } else {
                "should_not_match"
            },
            self.example,
            self.detail
        )
    }
}

/// Matches of rule `ri` on an example's normalized `text`, keyword
/// prefilter included.
fn rule_matches(engine: &Engine, ri: usize, text: &str) -> (bool, Vec<RawMatch>) {
    let keyword = engine.matcher.candidate_rules(text)[ri];
    let mut out = Vec::new();
    engine.matcher.find_rule(&engine.rules, ri, text, &mut out);
    (keyword, out)
}

/// The first of `matches` (the regex's, on `text`) where the rule's loose
/// regex does not match from the same start: the matcher, which searches
/// with the loose regex, would miss it. `None` for a rule without a loose
/// regex (or one that does not compile, which [`check`] reports apart).
fn loose_miss<'m>(
    rule: &crate::rules::Rule,
    text: &str,
    matches: &'m [RawMatch],
) -> Option<&'m RawMatch> {
    let loose = rule.loose.as_ref()?.compiled().ok()?;
    matches.iter().find(|m| {
        loose
            .searcher()
            .find_anchored_at(text.as_bytes(), m.start)
            .is_none()
    })
}

/// Check every rule's examples; an empty result means all pass.
pub fn check(engine: &Engine) -> Vec<ExampleFailure> {
    let mut failures = Vec::new();
    for (ri, rule) in engine.rules.rules.iter().enumerate() {
        let fail = |example: &str, expected_match: bool, detail: String| ExampleFailure {
            rule: rule.id.clone(),
            file: rule.source.display().to_string(),
            example: example.to_string(),
            expected_match,
            detail,
        };
        if let Err(e) = rule.regex.compiled() {
            failures.push(fail(
                rule.regex.source(),
                true,
                format!("invalid regex: {e}"),
            ));
            continue;
        }
        for ex in &rule.should_match {
            let text = fold(ex);
            let (keyword, m) = rule_matches(engine, ri, &text);
            if !keyword {
                failures.push(fail(
                    ex,
                    true,
                    format!(
                        "none of the keywords {:?} occurs in the normalized example",
                        rule.keywords
                    ),
                ));
            } else if m.is_empty() {
                failures.push(fail(
                    ex,
                    true,
                    format!("regex does not match the normalized example {text:?}"),
                ));
            } else if loose_miss(rule, &text, &m).is_none()
                && rule.loose.as_ref().is_none_or(|l| l.compiled().is_ok())
                && !engine
                    .matcher
                    .find(&engine.rules, &text)
                    .iter()
                    .any(|m| m.rule == ri)
            {
                // The scan searches only windows around the keywords that
                // hold one of the rule's required literals too.
                let also = rule.precomputed.as_ref().and_then(|a| a.also.as_ref());
                failures.push(fail(
                    ex,
                    true,
                    format!(
                        "the regex matches, but not in the windows a scan searches \
                         (around the keywords, holding one of the required literals {also:?})"
                    ),
                ));
            }
        }
        if let Some(loose) = &rule.loose {
            match loose.compiled() {
                Err(e) => failures.push(fail(
                    loose.source(),
                    true,
                    format!("invalid loose_regex: {e}"),
                )),
                // The matcher finds the regex's matches only where the
                // loose regex matches too.
                Ok(_) => {
                    for ex in rule.should_match.iter().chain(&rule.should_not_match) {
                        let text = fold(ex);
                        let (_, m) = rule_matches(engine, ri, &text);
                        if let Some(m) = loose_miss(rule, &text, &m) {
                            failures.push(fail(
                                ex,
                                true,
                                format!(
                                    "loose_regex does not match where the regex matches {:?}",
                                    &text[m.start..m.end]
                                ),
                            ));
                        }
                    }
                }
            }
        }
        for ex in &rule.should_not_match {
            let t = fold(ex);
            let (keyword, m) = rule_matches(engine, ri, &t);
            if keyword && !m.is_empty() {
                failures.push(fail(
                    ex,
                    false,
                    format!("regex matched {:?}", &t[m[0].start..m[0].end]),
                ));
            }
        }
    }
    failures
}
