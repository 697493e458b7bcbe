//! HTML extraction on arbitrary bytes (charset sniffing, html5ever, the
//! text walk) and on arbitrary text: no panic, and the documented layout:
//! no blank line at the start, exactly one newline at the end (or nothing).
#![no_main]

use clausescan::extract::html::{html_str_text, html_text};
use libfuzzer_sys::fuzz_target;

fn check(text: &str) {
    assert!(!text.starts_with('\n'), "{text:?}");
    assert!(
        text.is_empty() || (text.ends_with('\n') && !text.ends_with("\n\n")),
        "{text:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    check(&html_text(data));
    if let Ok(s) = std::str::from_utf8(data) {
        check(&html_str_text(s));
    }
});
