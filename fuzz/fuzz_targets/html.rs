//! HTML extraction on arbitrary bytes (charset sniffing, html5ever, the
//! text walk) and on arbitrary text (see `checks::html`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::html(data));
