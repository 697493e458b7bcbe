//! The HTML report in a real browser: headless Chromium loads a report
//! built from the corpus with `?selftest=1`, the page runs its own checks
//! (tables filled, each filter hides the rows it should, highlights, links,
//! no error logged) and writes them into `<pre id="selftest">`, which this
//! test reads from the dumped DOM. It also takes screenshots for a person
//! to look at (their paths are printed).
//!
//! Chromium is found as `$CLAUSESCAN_CHROMIUM`, or `chromium`,
//! `chromium-browser`, `google-chrome` on the PATH. Without one the test is
//! skipped with a message, unless `CLAUSESCAN_REQUIRE_BROWSER=1` (set by
//! `.ci/run` once it has installed Debian's `chromium`): then it fails.

#[path = "../common/mod.rs"]
mod common;
mod support;

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn required() -> bool {
    std::env::var("CLAUSESCAN_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

/// Skip (or fail, when the browser is required) with a clear message.
fn skip(why: &str) {
    if required() {
        panic!("browser test required (CLAUSESCAN_REQUIRE_BROWSER=1) but {why}");
    }
    eprintln!(
        "SKIPPING the browser test: {why}. Install Debian's `chromium` (as .ci/run does) to run it."
    );
}

fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CLAUSESCAN_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for name in [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

struct Browser {
    exe: PathBuf,
    work: tempfile::TempDir,
}

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

impl Browser {
    /// Run headless Chromium with `args` then `url`, a fresh profile each
    /// time, killed after two minutes.
    fn run(&self, args: &[&str], url: &str) -> Run {
        let profile = tempfile::tempdir_in(self.work.path()).unwrap();
        let out_path = self.work.path().join("stdout");
        let err_path = self.work.path().join("stderr");
        let mut child = Command::new(&self.exe)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=10000",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(args)
            .arg(url)
            .stdin(Stdio::null())
            .stdout(File::create(&out_path).unwrap())
            .stderr(File::create(&err_path).unwrap())
            .spawn();
        let Ok(child) = child.as_mut() else {
            return Run {
                ok: false,
                stdout: String::new(),
                stderr: format!("cannot start {}", self.exe.display()),
            };
        };
        let started = Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break Some(s);
            }
            if started.elapsed() > Duration::from_secs(120) {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        Run {
            ok: status.is_some_and(|s| s.success()),
            stdout: String::from_utf8_lossy(&fs::read(&out_path).unwrap()).into_owned(),
            stderr: String::from_utf8_lossy(&fs::read(&err_path).unwrap()).into_owned(),
        }
    }

    fn dump_dom(&self, url: &str) -> Run {
        self.run(&["--dump-dom"], url)
    }

    fn screenshot(&self, url: &str, png: &Path, height: u32) -> Run {
        self.run(
            &[
                &format!("--screenshot={}", png.display()),
                &format!("--window-size=1280,{height}"),
                "--hide-scrollbars",
            ],
            url,
        )
    }
}

/// A started browser, or None (skipped).
fn browser() -> Option<Browser> {
    let Some(exe) = find_chromium() else {
        skip("no chromium found");
        return None;
    };
    let b = Browser {
        exe,
        work: tempfile::tempdir().unwrap(),
    };
    let probe = b.work.path().join("probe.html");
    fs::write(&probe, "<!doctype html><title>probe</title><p id=p>ok</p>").unwrap();
    let r = b.dump_dom(&url(&probe, ""));
    if !r.ok || !r.stdout.contains("<p id=\"p\">ok</p>") {
        skip(&format!(
            "{} did not start: {}",
            b.exe.display(),
            r.stderr
                .lines()
                .rev()
                .take(5)
                .collect::<Vec<_>>()
                .join(" | ")
        ));
        return None;
    }
    Some(b)
}

fn url(path: &Path, suffix: &str) -> String {
    let abs = std::path::absolute(path).unwrap();
    format!("{}{suffix}", clausescan::review::file_url(&abs, None))
}

/// Percent-encode a URL parameter value.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The self-test results the page wrote into `<pre id="selftest">`.
fn selftest(dom: &str) -> Value {
    let open = "<pre id=\"selftest\">";
    let start = dom
        .find(open)
        .unwrap_or_else(|| panic!("no visible self-test output in the DOM:\n{dom}"))
        + open.len();
    let len = dom[start..].find("</pre>").expect("end of self-test");
    serde_json::from_str(&unescape(&dom[start..start + len])).expect("self-test JSON")
}

fn assert_selftest(r: &Run, what: &str) -> Value {
    assert!(r.ok, "{what}: chromium failed: {}", r.stderr);
    let t = selftest(&r.stdout);
    for c in t["checks"].as_array().unwrap() {
        eprintln!(
            "  [{}] {} {}",
            if c["ok"] == true { "ok" } else { "FAIL" },
            c["name"].as_str().unwrap(),
            c["detail"].as_str().unwrap_or("")
        );
    }
    assert_eq!(t["ok"], true, "{what}: self-test failed: {t:#}");
    assert_eq!(t["errors"], serde_json::json!([]), "{what}: page errors");
    // Chromium's own log of the page's console: nothing uncaught, no
    // blocked resource or script.
    for line in r.stderr.lines().filter(|l| l.contains("CONSOLE")) {
        let bad = ["Uncaught", "Refused", "Content Security Policy", "Error"];
        assert!(
            !bad.iter().any(|b| line.contains(b)),
            "{what}: console: {line}"
        );
    }
    t
}

fn clausescan_html(args: &[&str], html: &Path) {
    let mut full = vec!["scan"];
    full.extend_from_slice(args);
    full.extend_from_slice(&["--html", html.to_str().unwrap(), "--quiet"]);
    let o = common::clausescan(&full);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn assert_png(path: &Path, width: u32) {
    let b = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(b.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let w = u32::from_be_bytes(b[16..20].try_into().unwrap());
    assert_eq!(w, width, "screenshot width");
    assert!(
        b.len() > 20_000,
        "screenshot looks empty ({} bytes)",
        b.len()
    );
}

#[test]
fn corpus_report_works_in_a_headless_browser() {
    let Some(b) = browser() else { return };
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser");
    fs::create_dir_all(&out).unwrap();
    let html = out.join("corpus-report.html");
    clausescan_html(&["corpus"], &html);

    let r = b.dump_dom(&url(&html, "?selftest=1"));
    let t = assert_selftest(&r, "corpus report");
    let data = support::embedded_data(&fs::read_to_string(&html).unwrap());
    let docs = data["docs"].as_array().unwrap();
    assert_eq!(t["documents"].as_u64(), Some(docs.len() as u64));
    assert!(t["filters"].as_u64().unwrap() >= 5, "filters exercised");

    // Screenshots for a person to look at: the overview, and a high-risk
    // document opened (a PDF if there is one).
    let overview = out.join("report-overview.png");
    let r = b.screenshot(&url(&html, ""), &overview, 1800);
    assert!(r.ok, "screenshot failed: {}", r.stderr);
    assert_png(&overview, 1280);
    let pick = docs
        .iter()
        .position(|d| d["risk"] == "high" && d["format"] == "pdf")
        .or_else(|| docs.iter().position(|d| d["risk"] == "high"))
        .unwrap_or(0);
    let name = docs[pick]["path"].as_str().unwrap();
    let document = out.join("report-document.png");
    let r = b.screenshot(
        &url(&html, &format!("#q={}&doc={pick}", encode(name))),
        &document,
        2400,
    );
    assert!(r.ok, "screenshot failed: {}", r.stderr);
    assert_png(&document, 1280);
    eprintln!(
        "screenshots: {} and {} (report: {})",
        overview.display(),
        document.display(),
        html.display()
    );
}

#[test]
fn hostile_text_stays_text_in_the_browser() {
    let Some(b) = browser() else { return };
    let docs = tempfile::tempdir().unwrap();
    support::write_hostile(docs.path());
    let html = b.work.path().join("hostile.html");
    clausescan_html(&[docs.path().to_str().unwrap()], &html);

    // Open the hostile document (index 0 in path order) so its excerpt is
    // in the DOM, then run the self-test.
    let r = b.dump_dom(&url(&html, "?selftest=1#doc=0"));
    let t = assert_selftest(&r, "hostile report");
    assert_eq!(t["documents"], 2);
    let dom = &r.stdout;
    assert!(!dom.contains("<img"), "an <img> element was created");
    assert!(
        !dom.contains("<b>bold</b>"),
        "markup from the document was parsed"
    );
    assert!(
        dom.contains("&lt;script&gt;__clausescan_pwned=2&lt;/script&gt;"),
        "the excerpt is shown as text"
    );
    assert!(
        dom.contains("evil \"&gt;&lt;img src=x onerror=__clausescan_pwned=3&gt;"),
        "the file name is shown as text"
    );
    assert!(dom.contains("<mark>governed by the laws of the State of California</mark>"));
}
