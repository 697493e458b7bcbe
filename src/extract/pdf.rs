//! PDF through the pdf-extract crate, page by page. Pages without text are
//! returned empty; the scan decides between OCR and `no_text`. The text is
//! pdf-extract's plain-text output with table cells marked (`TextDev`).
//!
//! pdf-extract panics on some malformed files; the panic is contained here
//! and becomes an `error` record. (A stack overflow cannot be contained in
//! process; the formats work adds worker processes for that.)

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

use super::{ExtractError, Extracted};
use crate::record::Status;

thread_local! {
    static CONTAINING: Cell<bool> = const { Cell::new(false) };
}

/// True while this thread runs an extractor whose panics are contained;
/// the binary's panic hook stays quiet then.
pub fn containing_panic() -> bool {
    CONTAINING.with(Cell::get)
}

/// Run `f`, turning a panic into an error message.
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    CONTAINING.with(|c| c.set(true));
    let r = catch_unwind(AssertUnwindSafe(f));
    CONTAINING.with(|c| c.set(false));
    r.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string())
    })
}

/// Extract the text of a PDF, pages joined by form feeds.
///
/// Each page is read on its own, so a page that pdf-extract cannot read (or
/// panics on) is left empty with a warning, and the document is `lossy`,
/// instead of losing the pages after it.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    let doc = contain(|| load(bytes))
        .map_err(|m| ExtractError::new(Status::Error, format!("PDF extractor crashed: {m}")))?
        .map_err(classify)?;
    let numbers: Vec<u32> = doc.get_pages().into_keys().collect();
    if numbers.is_empty() {
        return Err(ExtractError::new(
            Status::Error,
            "PDF has no readable pages",
        ));
    }
    let mut text = String::new();
    let mut page_starts = Vec::with_capacity(numbers.len());
    let mut warnings = Vec::new();
    for (i, &n) in numbers.iter().enumerate() {
        if i > 0 {
            text.push('\x0c');
        }
        page_starts.push(text.len());
        let mut dev = TextDev::default();
        match contain(|| pdf_extract::output_doc_page(&doc, &mut dev, n)) {
            Ok(Ok(())) => text.push_str(&dev.text),
            Ok(Err(e)) => warnings.push(format!("page {n}: text not read: {e}")),
            Err(m) => warnings.push(format!("page {n}: PDF extractor crashed: {m}")),
        }
    }
    // Pages without text are decided by the caller, which may OCR them.
    Ok(Extracted {
        text,
        page_starts,
        pages: Some(numbers.len() as u32),
        lossy: !warnings.is_empty(),
        warnings,
        ..Extracted::default()
    })
}

/// Load a document and open it with the empty password if it is
/// encrypted (as pdf-extract does).
fn load(bytes: &[u8]) -> Result<pdf_extract::Document, pdf_extract::OutputError> {
    let mut doc = pdf_extract::Document::load_mem(bytes)?;
    if doc.is_encrypted() {
        doc.decrypt("")?;
    }
    Ok(doc)
}

/// A gap between two runs of text on one baseline at least this wide (in
/// font sizes) may separate table cells; a word space is about a quarter
/// of it.
const CELL_GAP: f64 = 0.8;

/// A move up by more than this (in font sizes; cells may be centred
/// vertically) and to the right by more than a space goes to the top of
/// the next cell; a superscript moves up less far, with no space.
const NEXT_CELL_UP: f64 = 0.3;
const NEXT_CELL_RIGHT: f64 = 0.5;

/// A move up by more than this (in font sizes, some fifteen lines) goes to
/// the top of the next column of a page set in columns, not to the next
/// cell of a table row: the text runs on there.
const NEXT_COLUMN_UP: f64 = 18.0;

/// The widest word space (in font sizes) a justified line is taken to
/// have; wider gaps, all alike, are a table's.
const JUSTIFIED_GAP: f64 = 2.5;

/// How close (in points) two cells' left edges must be to be one column.
const COLUMN_TOLERANCE: f64 = 1.5;

/// What pdf-extract's plain-text output reads, with table cells marked.
///
/// The characters, spaces and line breaks are those of pdf-extract's
/// `PlainTextOutput` (the same tests on position and font size). Where
/// the text goes from one cell of a table to the next, ` | ` is written as
/// well, and ` |` at the end of a table row: the form in which the other
/// extractors' table cells reach the rules. A cell border is
///
/// * on one baseline, a gap of [`CELL_GAP`] or more before text that
///   starts where, on another line of the page, text starts after such a
///   gap too (a column); on such a line, a narrower gap before text at a
///   column too (a cell filled to its edge); not the gap after a list
///   label (a hanging indent: "1.1   The Processor…");
/// * a move up (by a third of a line or more) and to the right (by more
///   than a space), but by less than [`NEXT_COLUMN_UP`]: the top of the
///   next cell, after a cell of more lines; and, on a line where that
///   happened, a gap before text at a column. (A longer move up is to the
///   next column of a page set in columns, where the text runs on; a line
///   of justified text, whose word spaces are all alike, has no cell
///   border.)
///
/// A row that began with such a move ends where the text goes below all of
/// it; a row of one baseline, at its line break; either only where the
/// next line starts at the row's first column, not further right, as the
/// second line of a cell after another cell of one line does.
#[derive(Default)]
struct TextDev {
    text: String,
    /// Page height, to flip the y axis as pdf-extract does.
    height: f64,
    last_end: f64,
    last_y: f64,
    /// The font size of the last character.
    last_size: f64,
    first_char: bool,
    /// The line (count of line breaks written on the page) the text is on,
    /// and where it starts in `text`.
    line: u32,
    line_start: usize,
    /// Each place where pdf-extract's output writes a space or a line
    /// break between two runs of text.
    breaks: Vec<Break>,
}

/// A space or line break between two runs of text (see [`TextDev`]).
struct Break {
    /// Its bytes in the text: `at..at + len`.
    at: usize,
    len: usize,
    /// Line breaks among them.
    newlines: usize,
    /// The left edge and baseline of the text after it, and where the text
    /// before it ended.
    x: f64,
    y: f64,
    last_end: f64,
    last_y: f64,
    /// The font size the move is measured in.
    size: f64,
    /// The line the text after it is on.
    line: u32,
    /// A gap on one baseline.
    in_line: bool,
    /// Whether the text before it on its line is only a list label (or
    /// blank): then it is no cell border.
    label: bool,
}

impl Break {
    /// The gap before the text after it, in font sizes, when it is one on
    /// the same baseline that may be a cell border.
    fn gap(&self) -> Option<f64> {
        let g = (self.x - self.last_end) / self.size;
        (self.in_line && !self.label && g > 0.1).then_some(g)
    }

    /// Whether the text moved up by more than [`NEXT_COLUMN_UP`] and to
    /// the right: to the top of the next column of a page set in columns.
    fn to_next_column(&self) -> bool {
        self.y < self.last_y - self.size * NEXT_COLUMN_UP
            && self.x > self.last_end + self.size * NEXT_CELL_RIGHT
    }

    /// Whether the text moved up by more than [`NEXT_CELL_UP`] and to the
    /// right by more than [`NEXT_CELL_RIGHT`] font sizes, but not to the
    /// next column: to the top of the next cell.
    fn to_next_cell(&self) -> bool {
        !self.label
            && self.y < self.last_y - self.size * NEXT_CELL_UP
            && self.y >= self.last_y - self.size * NEXT_COLUMN_UP
            && self.x > self.last_end + self.size * NEXT_CELL_RIGHT
    }
}

impl TextDev {
    /// Write the page's text again with its table cells marked.
    fn mark_cells(&mut self) {
        if self.breaks.is_empty() {
            return;
        }
        // Lines of justified text: their word spaces are stretched alike
        // (on LibreOffice's justified lines, to within a hundredth of a
        // font size), where the gaps between a table's cells differ with
        // the columns' widths and their text. No gap of theirs is a cell
        // border.
        let justified = {
            // (Breaks come in the order of their lines, so `lines` is
            // sorted.)
            let gaps: Vec<(u32, f64)> = self
                .breaks
                .iter()
                .filter_map(|b| Some((b.line, b.gap()?)))
                .collect();
            let mut lines = Vec::new();
            for run in gaps.chunk_by(|a, b| a.0 == b.0) {
                let (lo, hi) = run.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &(_, g)| {
                    (lo.min(g), hi.max(g))
                });
                if run.len() >= 2 && hi <= JUSTIFIED_GAP && hi - lo <= hi * 0.1 {
                    lines.push(run[0].0);
                }
            }
            lines
        };
        let is_justified = |line: u32| justified.binary_search(&line).is_ok();
        let mut wide: Vec<&Break> = self
            .breaks
            .iter()
            .filter(|b| !is_justified(b.line) && b.gap().is_some_and(|g| g >= CELL_GAP))
            .collect();
        wide.sort_by(|a, b| a.x.total_cmp(&b.x));
        // The left edges of columns: where text starts after a move up to
        // the next cell, or after a wide gap that another line's wide gap
        // shares.
        let mut columns: Vec<f64> = Vec::new();
        for (i, g) in wide.iter().enumerate() {
            let before = wide[..i]
                .iter()
                .rev()
                .take_while(|h| g.x - h.x <= COLUMN_TOLERANCE);
            let after = wide[i + 1..]
                .iter()
                .take_while(|h| h.x - g.x <= COLUMN_TOLERANCE);
            if before.chain(after).any(|h| h.line != g.line) {
                columns.push(g.x);
            }
        }
        let moves: Vec<&Break> = self.breaks.iter().filter(|b| b.to_next_cell()).collect();
        columns.extend(moves.iter().map(|b| b.x));
        columns.sort_by(f64::total_cmp);
        let at_column = |x: f64| {
            let k = columns.partition_point(|&c| c < x - COLUMN_TOLERANCE);
            columns.get(k).is_some_and(|&c| c <= x + COLUMN_TOLERANCE)
        };
        // Rows of one baseline (a wide gap at a column), and the lines on
        // which the text moved to the next cell.
        let lines = |it: &mut dyn Iterator<Item = u32>| {
            let mut v: Vec<u32> = it.collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let rows = lines(&mut wide.iter().filter(|b| at_column(b.x)).map(|b| b.line));
        let moved = lines(&mut moves.iter().map(|b| b.line));
        let is_row = |line: u32| rows.binary_search(&line).is_ok();
        let has_move = |line: u32| moved.binary_search(&line).is_ok();
        let mut out = String::with_capacity(self.text.len() + 16);
        let mut copied = 0;
        // A row that began with a move up to the next cell, and the lowest
        // baseline since it began.
        let mut in_row = false;
        let mut low = f64::MIN;
        // Whether a row has begun (a cell border was written) and not
        // ended.
        let mut open = false;
        // The left edge of the row's first column: where its lines start
        // furthest left (unknown before the page's first line break).
        let mut row_x = f64::MAX;
        for b in &self.breaks {
            let between_cells = !is_justified(b.line)
                && b.gap().is_some_and(|g| {
                    (is_row(b.line) && (g >= CELL_GAP || at_column(b.x)))
                        || (has_move(b.line) && at_column(b.x))
                });
            let next_cell = b.to_next_cell();
            if b.to_next_column() {
                // The text runs on at the top of the next column: a row
                // left open there is no row (no border is written).
                (open, in_row, row_x) = (false, false, b.x);
                continue;
            }
            low = if in_row { low.max(b.last_y) } else { b.last_y };
            // A row ends on a line break back to its first column: a line
            // that starts further right is the next line of a cell. A row
            // that began with a move up ends only below all of it.
            let new_line = b.newlines > 0 && !next_cell;
            let row_end = new_line
                && open
                && b.x <= row_x + b.size * NEXT_CELL_RIGHT
                && (!in_row || b.y > low + b.size * 0.5);
            if row_end {
                row_x = b.x;
            } else if new_line {
                row_x = row_x.min(b.x);
            }
            let was_open = open;
            let mark = if next_cell || between_cells {
                open = true;
                " |"
            } else if row_end {
                in_row = false;
                open = false;
                " |"
            } else if open && b.newlines == 1 {
                // A cell's text wrapped onto its next line, inside a row:
                // the row stays one line ("| Recht von England und Wales
                // |"), so that no line of it, holding a bar, reads as a
                // table row of its own (`normalize`'s bar-less rows).
                out.push_str(&self.text[copied..b.at]);
                out.push(' ');
                copied = b.at + b.len;
                continue;
            } else {
                continue;
            };
            if next_cell {
                in_row = true;
            }
            out.push_str(&self.text[copied..b.at]);
            out.push_str(mark);
            // A move up to a further cell of a row that has cells already
            // goes on with the same row: its cells stay on one line ("|
            // Rendering GPU ... | Hillsboro, OR |", not "Hillsboro, OR |" on
            // a line of its own). (Two cells of running text side by side
            // stay on lines of their own.)
            out.push_str(match b.newlines {
                _ if next_cell && was_open && b.x > row_x + b.size * NEXT_CELL_RIGHT => " ",
                0 => " ",
                1 => "\n",
                _ => "\n\n",
            });
            copied = b.at + b.len;
        }
        out.push_str(&self.text[copied..]);
        if open && !out.trim_end().ends_with('|') {
            out.push_str(" |");
        }
        self.text = out;
    }
}

impl pdf_extract::OutputDev for TextDev {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &pdf_extract::MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.last_end = 100000.;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.mark_cells();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        // As PlainTextOutput: the position with the y axis flipped, and the
        // side of the square with the area of the transformed font size.
        let (x, y) = (trm.m31, self.height - trm.m32);
        let size_x = font_size * trm.m11 + font_size * trm.m21;
        let size_y = font_size * trm.m12 + font_size * trm.m22;
        let size = (size_x * size_y).sqrt();
        if self.first_char {
            let at = self.text.len();
            // (A lone lower-case letter is no label but the end of a word
            // that a narrow table cell broke: "Sicherungskopie" / "n", then
            // the next cell's "Hillsboro, Oregon" at the top of the row.)
            let line = self.text[self.line_start..].trim();
            let word_tail = line.len() == 1 && line.bytes().all(|b| b.is_ascii_lowercase());
            let label = !word_tail && super::is_label(line);
            let mut newlines = 0;
            if (y - self.last_y).abs() > size * 1.5 {
                newlines += 1;
            }
            if x < self.last_end && (y - self.last_y).abs() > size * 0.5 {
                newlines += 1;
            }
            for _ in 0..newlines {
                self.text.push('\n');
            }
            if newlines > 0 {
                self.line += newlines as u32;
                self.line_start = self.text.len();
            }
            let space = x > self.last_end + size * 0.1;
            if space {
                self.text.push(' ');
            }
            if newlines > 0 || space {
                self.breaks.push(Break {
                    at,
                    len: self.text.len() - at,
                    newlines,
                    x,
                    y,
                    last_end: self.last_end,
                    last_y: self.last_y,
                    size,
                    line: self.line,
                    in_line: newlines == 0 && (y - self.last_y).abs() <= size * 0.2,
                    label,
                });
            }
        }
        // A smaller character raised above the baseline, right after a
        // word: a footnote mark ("New York¹"), set apart so that the word
        // stays whole. (No break is recorded: it is no cell border.)
        let raised = self.last_y - y;
        if size < self.last_size * 0.85
            && raised > size * 0.2
            && raised < self.last_size
            && x >= self.last_end - size * 0.1
            && !self.text.ends_with([' ', '\n'])
            && !self.text.is_empty()
        {
            self.text.push(' ');
        }
        self.text.push_str(char);
        self.first_char = false;
        self.last_size = size;
        self.last_y = y;
        self.last_end = x + width * size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.first_char = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

fn classify(e: pdf_extract::OutputError) -> ExtractError {
    let msg = e.to_string();
    let lower = msg.to_ascii_lowercase();
    if lower.contains("decrypt") || lower.contains("encrypt") || lower.contains("password") {
        ExtractError::new(Status::Encrypted, format!("encrypted PDF: {msg}"))
    } else {
        ExtractError::new(Status::Error, format!("invalid PDF: {msg}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let err = extract(b"%PDF-1.4\n1 0 obj << /Type /Catalog").unwrap_err();
        assert_eq!(err.status, Status::Error);
    }

    #[test]
    fn contain_turns_panics_into_messages() {
        let r: Result<(), String> = contain(|| panic!("boom"));
        assert_eq!(r.unwrap_err(), "boom");
        assert!(!containing_panic());
    }
}
