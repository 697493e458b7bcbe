//! The Excel 97-2003 (.xls) reader on arbitrary bytes: calamine's panics
//! must be contained (see `checks::xls`).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::quiet_contained_panics();
    checks::xls(data);
});
