//! Helpers shared by `tests/review.rs` and the browser test: hostile
//! documents and reading the data embedded in an HTML report.
#![allow(dead_code)]

use std::fs;
use std::path::Path;

use serde_json::Value;

/// A file name that is markup, with a line separator in it.
pub const HOSTILE_NAME: &str = "evil \"><img src=x onerror=__clausescan_pwned=3> \u{2028}.txt";

/// A clause whose sentence carries markup that would run if it were parsed
/// as HTML, and terminal escapes that would clear the screen.
pub const HOSTILE_BODY: &str = "This Agreement \"><img src=x onerror=__clausescan_pwned=1> \
<script>__clausescan_pwned=2</script> </script><b>bold</b> & \x1b[2J\x1b[31m\u{202E}gnol \
is governed by the laws of the State of California.\n";

/// Write the hostile documents into `dir`.
pub fn write_hostile(dir: &Path) {
    fs::write(dir.join(HOSTILE_NAME), HOSTILE_BODY).unwrap();
    fs::write(
        dir.join("plain.txt"),
        "The Standard Contractual Clauses apply. We may disclose data in response to a subpoena.\n",
    )
    .unwrap();
}

/// The JSON text embedded in a report (still escaped).
pub fn embedded_json(html: &str) -> &str {
    let open = "<script type=\"application/json\" id=\"clausescan-data\">";
    let start = html.find(open).expect("data element") + open.len();
    let len = html[start..].find("</script>").expect("data element end");
    &html[start..start + len]
}

/// The data embedded in a report.
pub fn embedded_data(html: &str) -> Value {
    serde_json::from_str(embedded_json(html)).expect("embedded JSON")
}
