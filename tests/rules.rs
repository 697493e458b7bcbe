//! Every bundled rule passes its own examples, through the real matcher.

use clausescan::{Engine, RuleSet, examples};

#[test]
fn every_rule_passes_its_examples() {
    let engine = Engine::new(RuleSet::bundled().expect("bundled rules compile"));
    let failures = examples::check(&engine);
    let msg: Vec<String> = failures.iter().map(|f| f.to_string()).collect();
    assert!(
        failures.is_empty(),
        "{} failing examples:\n{}",
        failures.len(),
        msg.join("\n")
    );
}

#[test]
fn every_rule_has_a_negative_example_or_is_specific() {
    let set = RuleSet::bundled().unwrap();
    for r in &set.rules {
        assert!(!r.should_match.is_empty(), "{} has no should_match", r.id);
    }
    assert!(set.rules.len() >= 8);
}

#[test]
fn every_category_has_rules_in_english_and_french() {
    let set = RuleSet::bundled().unwrap();
    for cat in clausescan::Category::ALL {
        for lang in ["en", "fr"] {
            assert!(
                set.rules
                    .iter()
                    .any(|r| r.category == cat
                        && r.languages.iter().any(|l| l == lang || l == "any")),
                "no {lang} rule for {cat}"
            );
        }
    }
}

/// Bundled regexes compile on first use, so compile each one here, with
/// the whole exact regex (every gazetteer name spelled out) of the rules
/// that have placeholders.
#[test]
fn every_bundled_regex_compiles() {
    let set = RuleSet::bundled().unwrap();
    for r in &set.rules {
        if let Err(e) = r.regex.compiled() {
            panic!("{}: {e}", r.id);
        }
        if let Some(exact) = &r.exact
            && let Err(e) = exact.full_regex(&set.gazetteer)
        {
            panic!("{}: exact regex: {e}", r.id);
        }
    }
}
