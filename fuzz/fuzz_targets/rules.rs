//! Rule packs: `RuleSet::from_texts` on arbitrary TOML text (as a user's
//! `--rules` / `--add-rules` file would be) with a small fixed gazetteer.
//! It must return a rule set or an error naming the file, never panic; a
//! rule set that compiles must also survive what `clausescan rules` and a
//! scan do with it: the matcher, every rule's examples, and analysis of the
//! examples as a document.
#![no_main]

use std::path::PathBuf;

use clausescan::{Engine, RuleSet, examples};
use libfuzzer_sys::fuzz_target;

const GAZETTEER: &str = r#"
[[jurisdiction]]
code = "US"
kind = "us_federal"
names = ["united states", "united states of america", "usa", "etats-unis"]

[[jurisdiction]]
code = "US-CA"
kind = "us_state"
names = ["california", "the state of california", "californie"]

[[jurisdiction]]
code = "FR"
kind = "country"
names = ["france", "french", "francais", "francaise"]

[[jurisdiction]]
code = "GB-ENG"
kind = "subdivision"
names = ["england", "england and wales"]

[[jurisdiction]]
code = "US-CA"
kind = "city"
names = ["san francisco", "santa clara county"]
"#;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let files = [
        (PathBuf::from("rules/jurisdictions.toml"), GAZETTEER.to_string()),
        (PathBuf::from("rules/fuzz.toml"), text.to_string()),
    ];
    let rules = match RuleSet::from_texts(&files) {
        Ok(rules) => rules,
        Err(e) => {
            assert!(e.to_string().starts_with("rules/"), "{e}");
            return;
        }
    };
    let engine = Engine::new(rules);
    let _ = examples::check(&engine);
    let document: String = engine
        .rules
        .rules
        .iter()
        .flat_map(|r| r.should_match.iter().chain(&r.should_not_match))
        .map(|s| format!("{s}\n\n"))
        .collect();
    for f in engine.analyze(&document, &[], 200) {
        assert_eq!(&document[f.start..f.end], f.text);
    }
});
