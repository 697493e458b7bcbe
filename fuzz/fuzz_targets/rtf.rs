//! The RTF extractor (rtf-parser-tt behind `catch_unwind`) on arbitrary
//! bytes: a panic in the parser must be contained and come back as an
//! error (see `checks::rtf`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::quiet_contained_panics();
    checks::rtf(data);
});
