//! Zip archive members on arbitrary bytes, with small limits (see
//! `checks::archive`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::archive(data));
