//! The in-process PDF extractor (pdf-extract behind `catch_unwind`) on
//! arbitrary bytes: a panic inside pdf-extract must be contained and come
//! back as an error; anything that escapes is a crash (see `checks::pdf`).
//!
//! Known and not fixed here (the product extracts PDFs in worker processes
//! for this): pdf-extract loops forever or overflows its stack on a page
//! tree that refers back to itself, which libFuzzer reports as a timeout or
//! a deadly signal. Run with `-timeout=10 -rss_limit_mb=2048`, and
//! `-fork=1 -ignore_timeouts=1 -ignore_crashes=1` to keep going past them.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::quiet_contained_panics();
    checks::pdf(data);
});
