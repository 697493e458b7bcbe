//! `Engine::analyze` with the bundled rules on arbitrary UTF-8: no panic,
//! findings at char boundaries with `text[start..end] == finding.text`, on
//! the right page and line (see `checks::analyze`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::analyze(data));
