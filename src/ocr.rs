//! OCR for PDF pages without a usable text layer, with the `pdftoppm`
//! (poppler-utils) and `tesseract` programs when they are installed.
//! Also the check that tells a garbage text layer (fonts with broken
//! ToUnicode maps) from real text.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::language;
use crate::normalize::fold;

/// OCR settings.
#[derive(Debug, Clone)]
pub struct OcrOptions {
    /// Tesseract languages, e.g. `eng+fra`.
    pub languages: String,
    /// Time allowed for the OCR of one document.
    pub timeout: Duration,
    /// Rendering resolution in dots per inch.
    pub dpi: u32,
}

/// The tesseract languages installed among the six clausescan reads, as
/// `eng+fra+...`; `None` when tesseract or pdftoppm is missing.
pub fn detect_languages() -> Option<String> {
    let ok = |cmd: &str, arg: &str| {
        Command::new(cmd)
            .arg(arg)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    };
    if !ok("pdftoppm", "-v") {
        return None;
    }
    let out = Command::new("tesseract")
        .arg("--list-langs")
        .output()
        .ok()?;
    let listed =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    let have: Vec<&str> = ["eng", "fra", "deu", "spa", "ita", "nld"]
        .into_iter()
        .filter(|l| listed.lines().any(|x| x.trim() == *l))
        .collect();
    (!have.is_empty()).then(|| have.join("+"))
}

/// Run a command with a deadline; its stdout on success.
fn run(cmd: &mut Command, deadline: Instant) -> Result<Vec<u8>, String> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    let mut stdout = child.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut buf);
        buf
    });
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let out = reader.join().unwrap_or_default();
                return if status.success() {
                    Ok(out)
                } else {
                    Err(format!("{:?} failed ({status})", cmd.get_program()))
                };
            }
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("OCR took longer than its time limit".into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(e.to_string()),
        }
    }
}

/// OCR the given 1-based pages of the PDF `bytes`: (page, text) pairs.
pub fn ocr_pages(
    bytes: &[u8],
    pages: &[u32],
    opts: &OcrOptions,
) -> Result<Vec<(u32, String)>, String> {
    let deadline = Instant::now() + opts.timeout;
    let dir = tempfile::tempdir().map_err(|e| format!("OCR scratch folder: {e}"))?;
    let pdf = dir.path().join("in.pdf");
    std::fs::write(&pdf, bytes).map_err(|e| format!("OCR scratch file: {e}"))?;
    let mut out = Vec::new();
    for &page in pages {
        let prefix = dir.path().join(format!("p{page}"));
        run(
            Command::new("pdftoppm")
                .args(["-r", &opts.dpi.to_string(), "-gray", "-png", "-singlefile"])
                .args(["-f", &page.to_string(), "-l", &page.to_string()])
                .arg(&pdf)
                .arg(&prefix),
            deadline,
        )?;
        let png = prefix.with_extension("png");
        let text = ocr_image(&png, opts, deadline)?;
        out.push((page, text));
    }
    Ok(out)
}

/// OCR a picture (a scanned page: PNG, JPEG, TIFF...; a multi-page TIFF
/// gives its pages separated by form feeds, as tesseract writes them).
pub fn ocr_picture(bytes: &[u8], opts: &OcrOptions) -> Result<String, String> {
    let deadline = Instant::now() + opts.timeout;
    let dir = tempfile::tempdir().map_err(|e| format!("OCR scratch folder: {e}"))?;
    // (tesseract reads the picture's format from its content.)
    let picture = dir.path().join("in.img");
    std::fs::write(&picture, bytes).map_err(|e| format!("OCR scratch file: {e}"))?;
    ocr_image(&picture, opts, deadline)
}

fn ocr_image(png: &Path, opts: &OcrOptions, deadline: Instant) -> Result<String, String> {
    let bytes = run(
        Command::new("tesseract")
            .arg(png)
            .arg("stdout")
            .args(["-l", &opts.languages])
            .env("OMP_THREAD_LIMIT", "1"),
        deadline,
    )?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Why a text layer is garbage (broken font encodings give shifted or
/// symbol characters), or `None` when it reads as text. Short texts are
/// never judged.
pub fn garbage_reason(text: &str) -> Option<String> {
    let visible: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    if visible.len() < 200 {
        return None;
    }
    let odd = visible
        .iter()
        .filter(|c| ('\u{e000}'..='\u{f8ff}').contains(*c) || **c == '\u{fffd}' || c.is_control())
        .count();
    if odd * 10 > visible.len() {
        return Some(format!(
            "text layer unreadable: {}% of its characters are private-use, control or replacement characters",
            odd * 100 / visible.len()
        ));
    }
    let letters = visible.iter().filter(|c| c.is_alphabetic()).count();
    if letters * 2 < visible.len() {
        return Some(format!(
            "text layer unreadable: only {}% of its characters are letters",
            letters * 100 / visible.len()
        ));
    }
    let (words, function) = language::function_words(&fold(text));
    if words >= 80 && function * 100 < words * 3 {
        return Some(format!(
            "text layer unreadable: {function} of {words} words are common words of any supported language (broken font encoding?)"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_text_is_not_garbage() {
        let t = "The customer shall pay the fees and the provider will deliver the service. "
            .repeat(20);
        assert_eq!(garbage_reason(&t), None);
        let f = "Le client paie les frais et le prestataire fournit le service dans les délais. "
            .repeat(20);
        assert_eq!(garbage_reason(&f), None);
        assert_eq!(garbage_reason("short"), None);
    }

    #[test]
    fn shifted_and_symbol_text_is_garbage() {
        // The English sentence above, each letter shifted by three.
        let shifted = "Wkh fxvwrphu vkdoo sdb wkh ihhv dqg wkh surylghu zloo gholyhu wkh vhuylfh. "
            .repeat(20);
        assert!(garbage_reason(&shifted).is_some());
        let symbols = "\u{e001}\u{e002}\u{e003} ".repeat(100);
        assert!(garbage_reason(&symbols).unwrap().contains("private-use"));
        let digits = "12 34 56 78 90 %% && ** ".repeat(30);
        assert!(garbage_reason(&digits).unwrap().contains("letters"));
    }
}
