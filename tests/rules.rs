//! Every bundled rule passes its own examples, through the real matcher.

mod common;

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
        // A loose regex has no groups. One written in a pack is for a rule
        // without groups or placeholders (a user's pack is checked at
        // load); one worked out from the regex knows whether it had any.
        if let Some(loose) = &r.loose {
            let compiled = loose
                .compiled()
                .unwrap_or_else(|e| panic!("{}: loose regex: {e}", r.id));
            assert_eq!(
                compiled.captures_len(),
                1,
                "{}: loose regex has groups",
                r.id
            );
            let groups = r.regex.compiled().unwrap().captures_len() > 1;
            if loose.is_derived() {
                assert_eq!(loose.had_groups(), groups, "{}", r.id);
            } else {
                assert!(!groups, "{}: a rule with a loose regex has groups", r.id);
                assert!(r.placeholders.is_empty(), "{}", r.id);
            }
        }
    }
}

/// The matcher runs a rule's regex only around its keywords unless the rule
/// says `whole_document = true`: so every bundled rule's keywords must
/// cover its regex (every match holds one), as far as its structure shows.
#[test]
fn every_windowed_rule_is_covered_by_its_keywords() {
    let set = RuleSet::bundled().unwrap();
    let mut uncovered = Vec::new();
    for r in set.rules.iter().filter(|r| !r.whole_document) {
        if let Some(part) = clausescan::rules::uncovered_part(r.regex.source(), &r.keywords) {
            uncovered.push(format!("{}: keywords {:?} miss {part}", r.id, r.keywords));
        }
    }
    assert!(
        uncovered.is_empty(),
        "{} rules whose keywords do not cover the regex (add keywords, or \
         whole_document = true):\n{}",
        uncovered.len(),
        uncovered.join("\n")
    );
    // A user's rule is found covered or not from its analysis at load:
    // the same answer.
    for r in &set.rules {
        let analysis = clausescan::rules::Analysis::of(r.regex.source(), &r.keywords);
        assert_eq!(
            analysis.sides.is_some(),
            clausescan::rules::keywords_cover(r.regex.source(), &r.keywords),
            "{}",
            r.id
        );
    }
    // The analysis can fail: a rule written to be missed by it is.
    assert!(!clausescan::rules::keywords_cover(
        "(?:alpha|beta) gamma",
        &["alpha".to_string()]
    ));
    assert!(clausescan::rules::keywords_cover(
        "(?:alpha|beta)s? gamma",
        &[
            "alpha".to_string(),
            "betas".to_string(),
            "beta gamma".to_string()
        ]
    ));
}

/// `patterns/analysis.tsv` holds, for every bundled rule, what the matcher
/// would otherwise work out from its regex when first needed
/// (`clausescan::rules::Analysis`). It must be what the analysis gives
/// today. After changing a pack or the analysis, write it again with
/// `CLAUSESCAN_WRITE_ANALYSIS=1 cargo test --release --test rules analysis`.
#[test]
fn the_precomputed_analysis_is_current() {
    use clausescan::rules::Analysis;
    let set = RuleSet::bundled().unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns/analysis.tsv");
    let fresh = Analysis::table(&set.rules);
    // The keyword automaton's literals, which the analysis's required
    // literals are part of: built from this file while the rules load.
    let keywords_path = path.with_file_name("keywords.txt");
    let keywords: String = clausescan::matcher::Matcher::patterns(&set)
        .iter()
        .map(|k| format!("{k}\n"))
        .collect();
    // The bundled patterns, parsed (`clausescan::parsed`).
    let parsed_path = path.with_file_name("parsed.bin");
    let parsed = set.parsed_table();
    if std::env::var_os("CLAUSESCAN_WRITE_ANALYSIS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        std::fs::write(&keywords_path, &keywords).unwrap();
        std::fs::write(&parsed_path, &parsed).unwrap();
        return;
    }
    assert!(
        std::fs::read(&parsed_path).is_ok_and(|p| p == parsed),
        "patterns/parsed.bin is not current; write it again with \
         CLAUSESCAN_WRITE_ANALYSIS=1 cargo test --release --test rules analysis, then rebuild"
    );
    assert!(
        std::fs::read_to_string(&keywords_path).is_ok_and(|k| k == keywords),
        "patterns/keywords.txt is not current; write it again with \
         CLAUSESCAN_WRITE_ANALYSIS=1 cargo test --release --test rules analysis, then rebuild"
    );
    // The binary was built with the same file: each rule's pattern is in it.
    let unparsed: Vec<&str> = set
        .rules
        .iter()
        .filter(|r| clausescan::parsed::lookup(r.regex.source()).is_none())
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        unparsed.is_empty(),
        "patterns/parsed.bin lacks these rules' patterns: {unparsed:?}"
    );
    let committed = std::fs::read_to_string(&path).unwrap();
    let stale: Vec<&str> = fresh
        .lines()
        .filter(|l| !committed.lines().any(|c| c == *l))
        .collect();
    assert!(
        stale.is_empty() && committed == fresh,
        "patterns/analysis.tsv is not current ({} rules differ: {:?}); write it again \
         with CLAUSESCAN_WRITE_ANALYSIS=1 cargo test --release --test rules analysis, \
         then rebuild",
        stale.len(),
        stale.iter().take(5).collect::<Vec<_>>()
    );
    // The binary was built with the same file: each rule found its entry.
    let missing: Vec<&str> = set
        .rules
        .iter()
        .filter(|r| r.precomputed != Some(Analysis::of(r.regex.source(), &r.keywords)))
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "rules without their analysis: {missing:?}"
    );
}

/// An entry of the table is used only for the regex and keywords it was
/// worked out for.
#[test]
fn a_changed_rule_does_not_take_the_precomputed_analysis() {
    let set = RuleSet::bundled().unwrap();
    let rule = set
        .rules
        .iter()
        .find(|r| r.id == "governing_law.en.governed_by")
        .unwrap();
    assert!(rule.precomputed.is_some());
    let pack = |keywords: &str, regex: &str| {
        format!(
            "category = \"governing_law\"\n[[rules]]\nid = \"governing_law.en.governed_by\"\n\
             severity = \"medium\"\ndescription = \"d\"\nlanguages = [\"en\"]\n\
             keywords = {keywords}\nregex = '''{regex}'''\n\
             should_match = [\"This Agreement is governed by the laws of France.\"]\n"
        )
    };
    let keywords = format!("{:?}", rule.keywords);
    // The table's entry, if it has one, of the rule loaded from `text`, and
    // the analysis the rule got.
    let load = |text: String| {
        use clausescan::rules::Analysis;
        let set = RuleSet::from_texts(&[("x.toml".into(), text)]).unwrap();
        let r = &set.rules[0];
        let table = Analysis::lookup(r.regex.source(), &r.keywords);
        // A user's rule is analysed at load when the table lacks it.
        assert_eq!(
            r.precomputed,
            Some(Analysis::of(r.regex.source(), &r.keywords))
        );
        table
    };
    // The same regex and keywords (the quick regex, placeholders spelled
    // as word runs, is what is analysed: the raw regex is another one).
    let raw = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns/governing_law.toml"),
    )
    .unwrap();
    let start = raw.find("id = \"governing_law.en.governed_by\"").unwrap();
    let regex_start = start + raw[start..].find("regex = '''").unwrap() + "regex = '''".len();
    let regex = &raw[regex_start..regex_start + raw[regex_start..].find("'''").unwrap()];
    assert_eq!(load(pack(&keywords, regex)), rule.precomputed);
    // Another keyword, or another regex: not in the table.
    let mut more = rule.keywords.clone();
    more.push("regulated".into());
    assert_eq!(load(pack(&format!("{more:?}"), regex)), None);
    assert_eq!(
        load(pack(
            &keywords,
            &format!("{regex}|\\bgoverned by texas law")
        )),
        None
    );
}

/// Every match of a rule holds one of its required literals (the matcher
/// skips windows without one): each example that the rule must match
/// does. For a rule whose regex has no small set, every match meets its
/// wide requirement ([`clausescan::rules::Analysis::wide`]): for some
/// term, a literal of each of the term's sets.
#[test]
fn every_should_match_example_holds_a_required_literal() {
    let set = RuleSet::bundled().unwrap();
    let engine = Engine::new(set.clone());
    let mut missing = Vec::new();
    let mut with = 0;
    let mut with_wide = 0;
    for (ri, r) in set.rules.iter().enumerate() {
        let Some(a) = r.precomputed.as_ref() else {
            continue;
        };
        // The requirement as terms of sets: `also` is one term of one set.
        let terms = match (&a.also, &a.wide) {
            (Some(also), _) => vec![vec![also.clone()]],
            (None, Some(wide)) => {
                with_wide += 1;
                wide.clone()
            }
            (None, None) => continue,
        };
        with += 1;
        for example in &r.should_match {
            let norm = clausescan::normalize::normalize(example).text;
            let mut found = Vec::new();
            engine.matcher.find_rule(&set, ri, &norm, &mut found);
            for m in found {
                let matched = &norm[m.start..m.end];
                let met = terms.iter().any(|term| {
                    term.iter()
                        .all(|set| set.iter().any(|l| matched.contains(l.as_str())))
                });
                if !met {
                    missing.push(format!("{}: {matched:?}", r.id));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "matches without a required literal:\n{}",
        missing.join("\n")
    );
    // Most rules have some; a score have a wide requirement.
    assert!(with * 2 > set.rules.len(), "{with} of {}", set.rules.len());
    assert!(with_wide >= 10, "{with_wide}");
}

/// An example that the regex matches but a scan would not find (here a
/// match longer than the windows reach) fails the examples check, with
/// the reason: the check runs the scan's windowed search too.
#[test]
fn an_example_the_windowed_search_misses_fails() {
    let long = format!("alpha {}omega", "x ".repeat(700));
    let pack = common::rule_pack(
        "scc",
        &[
            (
                "test.long",
                &["alpha"],
                r"\balpha [x ]{0,2000}omega\b",
                &long,
            ),
            (
                "test.short",
                &["alpha"],
                r"\balpha [x ]{0,20}omega\b",
                "alpha x x omega",
            ),
        ],
    );
    let engine = Engine::new(RuleSet::from_texts(&[("test.toml".into(), pack)]).unwrap());
    let failures = examples::check(&engine);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert_eq!(failures[0].rule, "test.long");
    assert!(
        failures[0]
            .detail
            .contains("not in the windows a scan searches"),
        "{}",
        failures[0].detail
    );
}
