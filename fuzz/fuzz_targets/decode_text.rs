//! `decode_text` and `looks_binary` on arbitrary bytes, and the plain-text
//! extractor that combines them: no panic, and the obvious cases decode
//! exactly.
#![no_main]

use clausescan::extract::encoding::{decode_text, looks_binary};
use clausescan::extract::{Format, Limits, extract_in_process};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let binary = looks_binary(data);
    let decoded = decode_text(data);
    if data.is_empty() {
        assert!(!binary);
        assert!(decoded.text.is_empty() && !decoded.lossy);
    }
    // Valid UTF-8 with no BOM and no NUL byte (so not sniffed as UTF-16)
    // is returned as it is.
    if let Ok(s) = std::str::from_utf8(data)
        && !s.starts_with('\u{feff}')
        && !data.contains(&0)
    {
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.text, s);
        assert!(!decoded.lossy);
    }
    // A UTF-8 BOM is stripped and the rest decoded as UTF-8.
    if let Some(rest) = data.strip_prefix(b"\xEF\xBB\xBF") {
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.text, String::from_utf8_lossy(rest));
    }
    match extract_in_process(Format::Text, data, &Limits::default()) {
        Ok(e) => {
            assert!(!binary);
            assert_eq!(e.text, decoded.text);
            assert_eq!(e.lossy, decoded.lossy);
            assert_eq!(e.encoding.as_deref(), Some(decoded.encoding));
        }
        Err(_) => assert!(binary),
    }
});
