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

/// The first character class in verbose mode (`(?x)`) that holds an
/// unescaped space, which the regex crate ignores there as everywhere else
/// in that mode.
pub fn verbose_class_with_space(pattern: &str) -> Option<&str> {
    let b = pattern.as_bytes();
    // Whether verbose mode is on, for each open group (the outermost
    // first); `(?x)` sets it for the rest of its group, `(?-x:...)` turns
    // it off inside (the placeholders of a rule are spelled so).
    let mut verbose = vec![false];
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'(' => {
                let on = *verbose.last().unwrap_or(&false);
                let flags = pattern[i + 1..]
                    .strip_prefix('?')
                    .and_then(|r| r.find([':', ')']).map(|e| (&r[..e], r.as_bytes()[e])));
                match flags {
                    Some((f, close)) if f.bytes().all(|c| c.is_ascii_alphabetic() || c == b'-') => {
                        let x = match f.split_once('-') {
                            Some((_, off)) if off.contains('x') => Some(false),
                            _ if f.contains('x') => Some(true),
                            _ => None,
                        };
                        if close == b')' {
                            // `(?x)`: for the rest of the enclosing group.
                            if let (Some(x), Some(last)) = (x, verbose.last_mut()) {
                                *last = x;
                            }
                            i += 2 + f.len() + 1;
                            continue;
                        }
                        verbose.push(x.unwrap_or(on));
                    }
                    _ => verbose.push(on),
                }
                i += 1;
            }
            b')' => {
                if verbose.len() > 1 {
                    verbose.pop();
                }
                i += 1;
            }
            b'[' => {
                let start = i;
                let mut depth = 0;
                let mut j = i + 1;
                // A `]` first in the class (after `^`) is a literal.
                if b.get(j) == Some(&b'^') {
                    j += 1;
                }
                if b.get(j) == Some(&b']') {
                    j += 1;
                }
                let mut space = false;
                while j < b.len() {
                    match b[j] {
                        b'\\' => j += 1,
                        b'[' => depth += 1,
                        b']' if depth == 0 => break,
                        b']' => depth -= 1,
                        b' ' => space = true,
                        _ => {}
                    }
                    j += 1;
                }
                let end = (j + 1).min(b.len());
                if space && *verbose.last().unwrap_or(&false) {
                    return pattern.get(start..end);
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    None
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
        // In verbose mode a space is ignored inside a class too: `[a-z .]`
        // is `[a-z.]`, and "san francisco" does not match it.
        let written = std::iter::once(rule.regex.source()).chain(
            rule.loose
                .iter()
                .filter(|l| !l.is_derived())
                .map(|l| l.source()),
        );
        for pattern in written {
            if let Some(class) = verbose_class_with_space(pattern) {
                failures.push(fail(
                    pattern,
                    true,
                    format!(
                        "in (?x) mode the space in the class {class} is ignored: write it `\\ `"
                    ),
                ));
            }
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

#[cfg(test)]
mod tests {
    use super::verbose_class_with_space;

    #[test]
    fn a_space_in_a_verbose_class_is_found() {
        assert_eq!(
            verbose_class_with_space(r"(?x) law[- ]enforcement"),
            Some("[- ]")
        );
        assert_eq!(
            verbose_class_with_space(r"(?x) \|\ [a-z .'-]{1,30}"),
            Some("[a-z .'-]")
        );
        // Escaped, outside a class, or not in verbose mode: fine.
        assert_eq!(verbose_class_with_space(r"(?x) law[-\ ]enforcement"), None);
        assert_eq!(verbose_class_with_space(r"(?x) \[ a ]"), None);
        assert_eq!(verbose_class_with_space(r"law[- ]enforcement"), None);
        assert_eq!(verbose_class_with_space(r"(?x) [^\]]\ x"), None);
        assert_eq!(verbose_class_with_space(r"(?x) [^\] ]x"), Some(r"[^\] ]"));
        // Verbose mode off inside a group (a placeholder), on in one.
        assert_eq!(verbose_class_with_space(r"(?x) a(?-x:b[ ]c)d"), None);
        assert_eq!(verbose_class_with_space(r"a(?x:b[ ]c)d"), Some("[ ]"));
        assert_eq!(verbose_class_with_space(r"(?x) a(?-x:b)[ ]"), Some("[ ]"));
    }
}
