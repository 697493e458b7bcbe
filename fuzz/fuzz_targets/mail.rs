//! The e-mail and web-archive readers on arbitrary bytes: parser panics
//! must be contained; attachment names must be safe and unique (see
//! `checks::mail`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::quiet_contained_panics();
    checks::mail(data);
});
