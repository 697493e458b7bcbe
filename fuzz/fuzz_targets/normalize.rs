//! `normalize` on arbitrary text: no panic, and the offset map is sound:
//! one entry per normalized byte, never decreasing, every entry a char
//! boundary inside the original; `original_range` gives char-boundary
//! ranges of the original.
#![no_main]

use clausescan::normalize::{fold, normalize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let original = String::from_utf8_lossy(data);
    let original = original.as_ref();
    let n = normalize(original);
    assert_eq!(n.map.len(), n.text.len(), "one map entry per normalized byte");
    assert!(
        n.map.windows(2).all(|w| w[0] <= w[1]),
        "map is monotone"
    );
    for &m in &n.map {
        let m = m as usize;
        assert!(m < original.len(), "map entry {m} inside the original");
        assert!(original.is_char_boundary(m), "map entry {m} is a char boundary");
    }
    // No leading or trailing space, no double space.
    assert!(!n.text.starts_with(' '), "{:?}", n.text);
    assert!(!n.text.contains("  "), "{:?}", n.text);
    assert_eq!(fold(original), n.text);

    // Ranges back into the original, for a few normalized ranges chosen by
    // the input: whole text, every char-boundary prefix/suffix split.
    let len = n.text.len();
    let mut ranges = vec![(0, len)];
    if len > 0 {
        let a = data.first().map_or(0, |&b| b as usize) % len;
        let b = data.last().map_or(0, |&b| b as usize) % len;
        ranges.push((a.min(b), a.max(b) + 1));
        ranges.push((a, a + 1));
    }
    for (s, e) in ranges {
        if s >= e {
            continue;
        }
        let (os, oe) = n.original_range(original, s, e);
        assert!(os <= oe && oe <= original.len(), "{s}..{e} -> {os}..{oe}");
        assert!(original.is_char_boundary(os) && original.is_char_boundary(oe));
    }
});
