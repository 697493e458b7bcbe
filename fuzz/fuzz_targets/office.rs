//! DOCX and ODT extraction with small limits; the first byte picks whether
//! the rest is the package, its main XML part or its relationships /
//! manifest (see `checks::office`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::office(data));
