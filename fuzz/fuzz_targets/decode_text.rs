//! `decode_text` and `looks_binary` on arbitrary bytes, and the plain-text
//! extractor that combines them (see `checks::decode_text`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::decode_text(data));
