//! `RuleSet::from_texts` on arbitrary TOML (a user's `--rules` pack) with a
//! small fixed gazetteer; a pack that compiles is then run on its own
//! examples (see `checks::rules`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::rules(data));
