//! The whole text pipeline with the bundled rules (normalize, keyword
//! prefilter, regexes, placeholders and gazetteer, attributes, sentence
//! bounds, line and page lookup) on arbitrary UTF-8: no panic, and every
//! finding points at char boundaries of the text with `text[start..end] ==
//! finding.text`, on the page and line that hold `start`.
#![no_main]

use std::sync::LazyLock;

use clausescan::{Engine, RuleSet};
use libfuzzer_sys::fuzz_target;

static ENGINE: LazyLock<Engine> =
    LazyLock::new(|| Engine::new(RuleSet::bundled().expect("bundled rules compile")));

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Pages as the PDF extractor lays them out: joined by form feeds.
    let mut page_starts = vec![0];
    page_starts.extend(text.match_indices('\x0c').map(|(i, _)| i + 1));
    let paged = page_starts.len() > 1;
    let pages: &[usize] = if paged { &page_starts } else { &[] };
    let context = data.len() % 300;
    let findings = ENGINE.analyze(text, pages, context);
    for f in &findings {
        assert!(f.start <= f.end && f.end <= text.len(), "{f:?}");
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{f:?}"
        );
        assert_eq!(text[f.start..f.end], f.text, "{f:?}");
        assert!(!f.text.is_empty(), "{f:?}");
        assert!(f.line >= 1, "{f:?}");
        if paged {
            let page = page_starts.partition_point(|&s| s <= f.start);
            assert_eq!(f.page, Some(page as u32), "{f:?}");
            let line = text[page_starts[page - 1]..f.start].matches('\n').count() + 1;
            assert_eq!(f.line as usize, line, "{f:?}");
        } else {
            assert_eq!(f.page, None);
            assert_eq!(f.line as usize, text[..f.start].matches('\n').count() + 1);
        }
    }
});
