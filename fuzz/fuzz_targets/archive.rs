//! Zip archive members on arbitrary bytes, with small limits: no panic, the
//! budget only shrinks, members are sorted and unique, every member path is
//! under the archive's path without `.`/`..`/empty components, and no member
//! is bigger than the budget allowed.
#![no_main]

use clausescan::archive::{ArchiveLimits, is_archive, members};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = is_archive("bundle.zip", data);
    let limits = ArchiveLimits {
        max_depth: 3,
        max_total: 1 << 20,
        max_ratio: 50,
        max_members: 64,
    };
    let start = limits.max_total;
    let mut budget = start;
    let Ok(list) = members("in/bundle.zip", data, &limits, &mut budget) else {
        assert_eq!(budget, start);
        return;
    };
    assert!(budget <= start);
    assert!(list.len() <= limits.max_members);
    assert!(
        list.windows(2).all(|w| w[0].path < w[1].path),
        "members sorted and unique"
    );
    let mut read = 0u64;
    for m in &list {
        let rel = m
            .path
            .strip_prefix("in/bundle.zip/")
            .unwrap_or_else(|| panic!("{:?} not under the archive", m.path));
        assert_eq!(rel, m.name);
        assert!(
            !rel.is_empty()
                && rel
                    .split('/')
                    .all(|c| !c.is_empty() && c != "." && c != ".." && !c.contains('\\')),
            "{rel:?}"
        );
        if let Ok(bytes) = &m.bytes {
            assert_eq!(bytes.len() as u64, m.size);
            read += m.size;
        }
    }
    assert!(read <= start - budget, "read {read} but budget went {start} -> {budget}");
});
