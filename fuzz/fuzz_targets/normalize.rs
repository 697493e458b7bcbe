//! `normalize` on arbitrary text: no panic and a sound offset map (see
//! `checks::normalize`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::normalize(data));
