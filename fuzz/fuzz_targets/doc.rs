//! The Word 97-2003 (.doc) reader on arbitrary bytes: it must return text
//! or an error status, and never panic, not even behind `catch_unwind`
//! (see `checks::doc`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::doc(data);
});
