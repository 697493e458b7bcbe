//! The Outlook message (.msg) reader on arbitrary bytes: text or an error,
//! safe and unique attachment names, and no panic, not even behind
//! `catch_unwind` (see `checks::msg`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::msg(data);
});
