//! The in-process PDF extractor (pdf-extract behind `catch_unwind`) on
//! arbitrary bytes. A panic inside pdf-extract is contained and must come
//! back as an error; anything that escapes is a crash.
//!
//! Known and not fixed here (the product runs PDFs in worker processes for
//! this): pdf-extract can overflow the stack or loop on hostile files, which
//! libFuzzer reports as a crash ("deadly signal") or a timeout. Run with
//! `-timeout=10 -rss_limit_mb=2048`.
#![no_main]

use std::sync::Once;

use clausescan::extract::pdf::containing_panic;
use clausescan::extract::{Format, Limits, extract_in_process};
use libfuzzer_sys::fuzz_target;

/// libFuzzer's panic hook aborts on every panic, even one that
/// `catch_unwind` would stop. Like the clausescan binary's own hook, stay
/// quiet and let a contained panic unwind; any other panic still goes to
/// libFuzzer's hook (report and abort).
fn quiet_contained_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let fuzzer_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !containing_panic() {
                fuzzer_hook(info);
            }
        }));
    });
}

fuzz_target!(|data: &[u8]| {
    quiet_contained_panics();
    let limits = Limits { max_text: 1 << 20 };
    if let Ok(e) = extract_in_process(Format::Pdf, data, &limits) {
        assert!(e.text.len() <= limits.max_text);
        let pages = e.pages.unwrap_or(0) as usize;
        assert_eq!(e.page_starts.len(), pages);
        assert!(e.page_starts.windows(2).all(|w| w[0] < w[1]));
        for &s in &e.page_starts {
            assert!(e.text.is_char_boundary(s));
        }
    }
});
