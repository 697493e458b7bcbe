//! Text normalization with an offset map back to the original text.
//!
//! Rules match on a folded form of the document so that they do not have to
//! spell out every typographic variant a lawyer's word processor produces:
//!
//! * case is folded and accents are removed (`États-Unis` → `etats-unis`),
//!   compatibility forms are expanded (`ﬁ` → `fi`, `²` → `2`), `ß` → `ss`,
//!   `æ` → `ae`, `œ` → `oe`, `ø` → `o`, `ł` → `l`, `đ` → `d`;
//! * every run of white space (line breaks, tabs, non-breaking and other odd
//!   spaces) becomes one ASCII space; zero-width characters, soft hyphens,
//!   byte-order marks and Markdown emphasis (asterisks two or more in a
//!   row, and asterisks and underscores at either end of a word:
//!   `_**Acme Corp.**_, Bellevue`, `*Californie*`) disappear;
//! * except in a table: the extractors write a table row as one line with
//!   its cells separated by tabs (HTML, DOCX, ODT, spreadsheets; TSV files
//!   are the same), and there a tab between two cells, and the line break
//!   before and after such a row, become ` | `, as in a Markdown table
//!   (`Mailbeam LLC\tE-mail\tUSA` → `mailbeam llc | e-mail | usa`), so that
//!   rules can tell a cell from running text; the line breaks around the
//!   rows of a Markdown table written without its outer bars (two such
//!   lines or more in a row: `Name | Country` / `Stripe, Inc. | USA`)
//!   become ` | ` too;
//! * typographic apostrophes become `'`, typographic quotes and guillemets
//!   become `"`, and the dash family becomes `-`;
//! * a word hyphenated across a line break is joined again when the next
//!   line starts with a lower-case letter (`Pri-\nvacy` → `privacy`); before
//!   an upper-case letter the hyphen is kept and the break dropped
//!   (`EU-\nU.S.` → `eu-u.s.`).
//!
//! [`Normalized::map`] gives, for every byte of the normalized text, the byte
//! offset in the original text of the character that produced it, so a match
//! on normalized text can always be reported at its true place.

use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A normalized text and the map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The folded text rules match against.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original text of the
    /// character that produced it.
    pub map: OffsetMap,
}

/// The map from normalized bytes to original offsets, kept as runs: most
/// text is ASCII, where each normalized byte comes from the original byte
/// a constant distance away. A run starts wherever that distance changes
/// (a dropped space, a folded accent) or where several bytes come from one
/// character (a ligature): a few bytes per change instead of four per
/// byte of text.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// (first normalized byte, its original offset, `true` when the bytes
    /// of the run count up with the original, `false` when they all come
    /// from that one offset), by first byte.
    runs: Vec<(u32, u32, bool)>,
    len: usize,
}

impl OffsetMap {
    /// Number of normalized bytes mapped.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when nothing is mapped.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Original offset of normalized byte `i` (`i < len()`).
    pub fn get(&self, i: usize) -> u32 {
        let r = self
            .runs
            .partition_point(|&(start, _, _)| start as usize <= i)
            - 1;
        let (start, orig, counting) = self.runs[r];
        if counting {
            orig + (i as u32 - start)
        } else {
            orig
        }
    }

    /// Every byte's original offset, in order.
    pub fn to_vec(&self) -> Vec<u32> {
        (0..self.len).map(|i| self.get(i)).collect()
    }

    /// Map the next normalized byte to original offset `at`.
    fn push(&mut self, at: usize) {
        let at = at as u32;
        let i = self.len as u32;
        match self.runs.last_mut() {
            Some(&mut (start, orig, true)) if orig + (i - start) == at => {}
            _ => self.runs.push((i, at, true)),
        }
        self.len += 1;
    }

    /// Map the next `n` normalized bytes to original offsets `at`,
    /// `at + 1`, ... (as `n` calls of [`OffsetMap::push`]).
    fn push_run(&mut self, at: usize, n: usize) {
        if n > 0 {
            self.push(at);
            self.len += n - 1;
        }
    }

    /// Map the next `n` normalized bytes, all to original offset `at`.
    fn push_same(&mut self, at: usize, n: usize) {
        match n {
            0 => {}
            1 => self.push(at),
            _ => {
                self.runs.push((self.len as u32, at as u32, false));
                self.len += n;
            }
        }
    }
}

impl Normalized {
    /// Original byte range of the normalized byte range `start..end`.
    ///
    /// The end is extended to the end of the original character that
    /// produced the last normalized byte, so a ligature or an accented
    /// letter is never cut in half.
    /// Spaces at either end of the range are left out: one stands for a
    /// whole run of blanks, which is not part of what was matched.
    pub fn original_range(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        let b = self.text.as_bytes();
        let (mut start, mut end) = (start, end.min(b.len()));
        while start < end && b[start] == b' ' {
            start += 1;
        }
        while end > start && b[end - 1] == b' ' {
            end -= 1;
        }
        if self.map.is_empty() || start >= self.map.len() {
            return (original.len(), original.len());
        }
        let o_start = self.map.get(start) as usize;
        let last = self.map.get(end.max(start + 1).min(self.map.len()) - 1) as usize;
        let o_end = last
            + original[last..]
                .chars()
                .next()
                .map(char::len_utf8)
                .unwrap_or(0);
        (o_start, o_end)
    }
}

/// Normalize `original` (see the module documentation).
pub fn normalize(original: &str) -> Normalized {
    // The text is built as bytes (a run of ASCII is copied at once) from
    // whole UTF-8 characters.
    let mut out = Builder {
        text: Vec::with_capacity(original.len()),
        map: OffsetMap::default(),
    };
    // The offset of the last blank since the last character emitted: a run
    // of white space becomes one space, mapped there; leading white space
    // disappears.
    let mut pending_space: Option<usize> = None;
    // Whether the pending run of white space separates table cells or rows.
    let mut pending_pipe = false;
    let mut at_start = true;
    let bytes = original.as_bytes();
    let rows = table_rows(bytes);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII fast path.
            if is_blank(b) {
                pending_space = Some(i);
                pending_pipe |= !rows.is_empty() && separates_cells(&rows, bytes, i);
                i += 1;
                continue;
            }
            if is_emphasis(bytes, i) {
                // Markdown emphasis ("**Acme Corp.**, Bellevue",
                // "_**Data Privacy Framework notice:**_") is dropped, as a
                // zero-width character is.
                i += 1;
                continue;
            }
            if b == b'-'
                && let Some(next) = hyphen_break(original, i)
            {
                // `next` is the offset of the first letter after the break.
                let next_char = original[next..].chars().next().unwrap_or(' ');
                if next_char.is_lowercase() {
                    // Re-join the word: drop the hyphen and the break.
                    i = next;
                    continue;
                }
                push_str(
                    &mut out,
                    &mut pending_space,
                    &mut at_start,
                    "-",
                    i,
                    &mut pending_pipe,
                );
                i = next;
                continue;
            }
            if let Some(sp) = pending_space
                && !at_start
            {
                push_blank(&mut out, sp, pending_pipe);
            }
            pending_space = None;
            pending_pipe = false;
            at_start = false;
            // Copy the run of such characters, single spaces between them
            // included, at once: each byte stands for itself, one offset on.
            // (In a text with table rows, only single ASCII spaces: a tab
            // or a line break may separate cells.)
            let end = plain_run_end(bytes, i, !rows.is_empty());
            out.text.extend(bytes[i..end].iter().map(|&b| {
                if is_blank(b) {
                    b' '
                } else {
                    b.to_ascii_lowercase()
                }
            }));
            out.map.push_run(i, end - i);
            i = end;
            continue;
        }
        let c = original[i..].chars().next().unwrap_or('\u{fffd}');
        let len = c.len_utf8();
        match fold_char(c) {
            Fold::Space => pending_space = Some(i),
            Fold::Drop => {}
            Fold::Str(s) => push_str(
                &mut out,
                &mut pending_space,
                &mut at_start,
                s,
                i,
                &mut pending_pipe,
            ),
            Fold::Char(ch) => {
                let mut buf = [0u8; 4];
                push_str(
                    &mut out,
                    &mut pending_space,
                    &mut at_start,
                    ch.encode_utf8(&mut buf),
                    i,
                    &mut pending_pipe,
                )
            }
            Fold::Decompose => {
                // (Latin letters with accents, the usual case, come from a
                // table built once with the same folding.)
                let produced = match latin_folded(c) {
                    Some(folded) => Cow::Borrowed(folded),
                    None => Cow::Owned(decompose(c)),
                };
                if produced.trim().is_empty() {
                    if !produced.is_empty() {
                        pending_space = Some(i);
                    }
                } else {
                    push_str(
                        &mut out,
                        &mut pending_space,
                        &mut at_start,
                        &produced,
                        i,
                        &mut pending_pipe,
                    );
                }
            }
        }
        i += len;
    }
    // The bar after a table's last row, which the Markdown form has too.
    if let Some(sp) = pending_space
        && pending_pipe
        && !at_start
    {
        push_blank(&mut out, sp, true);
    }
    Normalized {
        text: String::from_utf8(out.text)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        map: out.map,
    }
}

/// The folded form of a character [`fold_char`] leaves to decomposition:
/// lower case, compatibility decomposition, combining marks dropped.
fn decompose(c: char) -> String {
    let mut produced = String::new();
    for lower in c.to_lowercase() {
        decompose_compatible(lower, |d| {
            if !is_combining_mark(d) {
                match fold_char(d) {
                    Fold::Str(s) => produced.push_str(s),
                    Fold::Char(ch) => produced.push(ch),
                    Fold::Space => produced.push(' '),
                    Fold::Drop => {}
                    Fold::Decompose => {
                        for l in d.to_lowercase() {
                            produced.push(l)
                        }
                    }
                }
            }
        });
    }
    produced
}

/// The characters from U+00C0 to U+024F: Latin letters with accents.
const LATIN: std::ops::Range<u32> = 0xc0..0x250;

/// [`decompose`] of `c` when it lies in [`LATIN`].
fn latin_folded(c: char) -> Option<&'static str> {
    static TABLE: OnceLock<Vec<String>> = OnceLock::new();
    let i = (c as u32).checked_sub(LATIN.start)? as usize;
    TABLE
        .get_or_init(|| {
            LATIN
                .map(|u| char::from_u32(u).map(decompose).unwrap_or_default())
                .collect()
        })
        .get(i)
        .map(String::as_str)
}

/// A [`Normalized`] being built.
struct Builder {
    text: Vec<u8>,
    map: OffsetMap,
}

/// Whether the byte at `j` is ASCII that [`normalize`] copies as it is,
/// but for its case: not white space, not a hyphen that may end a line
/// ([`hyphen_break`] looks at those), not an asterisk or an underscore
/// (Markdown emphasis, dropped: [`is_emphasis`]).
fn is_plain(bytes: &[u8], j: usize) -> bool {
    let b = bytes[j];
    PLAIN[b as usize]
        || (b == b'-' && !matches!(bytes.get(j + 1), Some(b' ' | b'\t' | b'\r' | b'\n')))
}

/// The bytes that [`is_plain`] takes whatever follows them: ASCII but
/// white space ([`is_blank`]), `*`, `_` and `-`. (A table: this test runs
/// on every byte of every document.)
static PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = !matches!(
            b as u8,
            b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'*' | b'_' | b'-'
        );
        b += 1;
    }
    table
};

/// Whether the byte at `i` is Markdown emphasis: an asterisk next to
/// another one (bold), or an asterisk or an underscore at either end of a
/// word (`*italic*`, `_italic_`; not in `snake_case` or `a*b`, and not a
/// bullet or an operator between blanks: `* item`, `5 * 3`). A footnote
/// mark after a word (`price*`) goes too, which loses nothing.
fn is_emphasis(bytes: &[u8], i: usize) -> bool {
    let word = |j: Option<usize>| {
        j.and_then(|j| bytes.get(j))
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
    };
    match bytes[i] {
        b'*' => {
            i.checked_sub(1).and_then(|j| bytes.get(j)) == Some(&b'*')
                || bytes.get(i + 1) == Some(&b'*')
                || word(i.checked_sub(1)) != word(Some(i + 1))
        }
        b'_' => !word(i.checked_sub(1)) || !word(Some(i + 1)),
        _ => false,
    }
}

/// Write the one blank a run of white space becomes: a space, or ` | `
/// between table cells and rows; mapped to `at`, the run's last blank.
fn push_blank(out: &mut Builder, at: usize, pipe: bool) {
    if pipe {
        out.text.extend_from_slice(b" | ");
        for _ in 0..3 {
            out.map.push(at);
        }
    } else {
        out.text.push(b' ');
        out.map.push(at);
    }
}

/// The lines of `bytes` that are table rows: a tab between two non-blank
/// characters of the line, or a Markdown row written without its outer
/// bars (`Stripe, Inc. | Payments | United States`: a bar inside the line,
/// none at either end; a row with its outer bars already reads as one)
/// next to another such line, as a table's rows and its `--- | ---` line
/// are. (A line of a PDF's table cell marks, `Austin, Texas | Clauses`,
/// whose cell goes on on the next line, is no row: its line break is a
/// space.) As `(line start, first non-blank, end of the last non-blank,
/// line end)`, in order; empty (at no cost beyond two searches) for a text
/// without a tab or a bar.
fn table_rows(bytes: &[u8]) -> Vec<(usize, usize, usize, usize)> {
    let mut rows = Vec::new();
    if !bytes.contains(&b'\t') && !bytes.contains(&b'|') {
        return rows;
    }
    // The bar-less Markdown row on the line before, waiting for a
    // neighbour; and the line number of the last one found.
    let mut pending: Option<(usize, usize, usize, usize)> = None;
    let mut last_bare = usize::MAX;
    let mut start = 0;
    let mut n = 0;
    while start < bytes.len() {
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| start + p);
        let line = &bytes[start..end];
        if let (Some(first), Some(last)) = (
            line.iter().position(|&b| !is_blank(b)),
            line.iter().rposition(|&b| !is_blank(b)),
        ) {
            let row = (start, start + first, start + last + 1, end);
            if line[first..last].contains(&b'\t') {
                rows.push(row);
            } else if line[first..last].contains(&b'|') && line[first] != b'|' && line[last] != b'|'
            {
                if last_bare.wrapping_add(1) == n {
                    // The one before is a row too, if it waited.
                    rows.extend(pending.take());
                    rows.push(row);
                } else {
                    pending = Some(row);
                }
                last_bare = n;
            }
        }
        start = end + 1;
        n += 1;
    }
    rows
}

/// Whether the blank at `i` separates two cells of a table row, or ends or
/// starts a row.
fn separates_cells(rows: &[(usize, usize, usize, usize)], bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\t' => {
            let k = rows.partition_point(|r| r.0 <= i);
            k > 0 && {
                let (_, first, last, _) = rows[k - 1];
                first < i && i < last
            }
        }
        b'\n' => rows
            .binary_search_by(|r| r.3.cmp(&i))
            .or_else(|_| rows.binary_search_by(|r| r.0.cmp(&(i + 1))))
            .is_ok(),
        _ => false,
    }
}

/// ASCII white space, vertical tab included.
fn is_blank(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0b
}

/// The end of the run that starts at `i` (a byte to copy) and goes on over
/// plain bytes ([`is_plain`]) and single blanks between two of them: the
/// blank becomes one space, mapped to itself, so the whole run is copied
/// byte for byte.
fn plain_run_end(bytes: &[u8], i: usize, spaces_only: bool) -> usize {
    let mut j = i + 1;
    while j < bytes.len() {
        if is_plain(bytes, j) {
            j += 1;
        } else if (if spaces_only {
            bytes[j] == b' '
        } else {
            is_blank(bytes[j])
        }) && j + 1 < bytes.len()
            && is_plain(bytes, j + 1)
        {
            j += 2;
        } else {
            break;
        }
    }
    j
}

fn push_str(
    out: &mut Builder,
    pending_space: &mut Option<usize>,
    at_start: &mut bool,
    s: &str,
    at: usize,
    pending_pipe: &mut bool,
) {
    if let Some(sp) = *pending_space
        && !*at_start
    {
        push_blank(out, sp, *pending_pipe);
    }
    *pending_space = None;
    *pending_pipe = false;
    *at_start = false;
    out.map.push_same(at, s.len());
    out.text.extend_from_slice(s.as_bytes());
}

/// If the hyphen at byte `i` ends a line (optionally followed by spaces or
/// tabs, then one line break, then indentation) and is preceded by a letter
/// and followed by a letter, return the offset of that following letter.
fn hyphen_break(s: &str, i: usize) -> Option<usize> {
    let before = s[..i].chars().next_back()?;
    if !before.is_alphabetic() {
        return None;
    }
    let bytes = s.as_bytes();
    let mut j = i + 1;
    while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t') {
        j += 1;
    }
    if j < bytes.len() && bytes[j] == b'\r' {
        j += 1;
    }
    if j >= bytes.len() || bytes[j] != b'\n' {
        return None;
    }
    j += 1;
    while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t') {
        j += 1;
    }
    let after = s[j..].chars().next()?;
    after.is_alphabetic().then_some(j)
}

enum Fold {
    Space,
    Drop,
    Str(&'static str),
    Char(char),
    Decompose,
}

/// How one non-ASCII character folds.
fn fold_char(c: char) -> Fold {
    match c {
        '\u{00a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}'
        | '\u{0085}' => Fold::Space,
        '\u{00ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => Fold::Drop,
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{00b4}'
        | '\u{0060}' => Fold::Char('\''),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
        | '\u{2033}' | '\u{2039}' | '\u{203a}' => Fold::Char('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => {
            Fold::Char('-')
        }
        'ß' | 'ẞ' => Fold::Str("ss"),
        'æ' | 'Æ' => Fold::Str("ae"),
        'œ' | 'Œ' => Fold::Str("oe"),
        'ø' | 'Ø' => Fold::Char('o'),
        'ł' | 'Ł' => Fold::Char('l'),
        'đ' | 'Đ' | 'ð' | 'Ð' => Fold::Char('d'),
        'þ' | 'Þ' => Fold::Str("th"),
        'ı' => Fold::Char('i'),
        _ if c.is_whitespace() => Fold::Space,
        _ if c.is_control() => Fold::Space,
        _ => Fold::Decompose,
    }
}

/// Normalize a short string (a keyword, an example) without keeping the map.
pub fn fold(s: &str) -> String {
    normalize(s).text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_runs_are_copied_with_their_single_blanks() {
        let cases: [(&str, &str, &[u32]); 5] = [
            (
                "Ab\ncd-ef\rG",
                "ab cd-ef g",
                &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            ),
            ("x  y\r\nZ", "x y z", &[0, 2, 3, 5, 6]),
            ("Pri-\nvacy", "privacy", &[0, 1, 2, 5, 6, 7, 8]),
            ("a -\nb", "a - b", &[0, 1, 2, 3, 4]),
            ("Ét\u{b}é", "et e", &[0, 2, 3, 4]),
        ];
        for (input, text, map) in cases {
            let n = normalize(input);
            assert_eq!(n.text, text, "{input:?}");
            assert_eq!(n.map.to_vec(), map, "{input:?}");
        }
    }

    #[test]
    fn the_table_of_plain_bytes_says_what_the_rule_says() {
        // Every byte, before every byte that may follow it (and at the end).
        for b in 0..=255u8 {
            for next in (0..=255u8).map(Some).chain([None]) {
                let bytes: Vec<u8> = [b].into_iter().chain(next).collect();
                let rule = b < 0x80
                    && !is_blank(b)
                    && b != b'*'
                    && b != b'_'
                    && (b != b'-' || !matches!(next, Some(b' ' | b'\t' | b'\r' | b'\n')));
                assert_eq!(is_plain(&bytes, 0), rule, "{b:#04x} before {next:?}");
            }
        }
    }

    #[test]
    fn table_cells_and_rows_are_separated_by_bars() {
        // A row as the extractors write it: cells separated by tabs.
        let n = normalize("Sub-processors:\nMailbeam LLC\tE-mail\tUSA\nAcme\t\tIreland\n\nEnd.");
        assert_eq!(
            n.text,
            "sub-processors: | mailbeam llc | e-mail | usa | acme | ireland | end."
        );
        assert_eq!(fold("Acme\tUSA\n"), "acme | usa | ");
        // Each bar maps to the blank it stands for.
        let bar = n.text.find("| e-mail").unwrap();
        assert_eq!(
            n.map.to_vec()[bar],
            "Sub-processors:\nMailbeam LLC".len() as u32
        );
        // A tab that only indents a line is a space, and so is every blank
        // of a text without tabs between words.
        assert_eq!(
            fold("\tThe data is\n\tstored in the US."),
            "the data is stored in the us."
        );
        assert_eq!(fold("a\nb\t \nc"), "a b c");
        // A Markdown table without its outer bars: each line is a row.
        assert_eq!(
            fold("Name | Place\n--- | ---\nStripe, Inc. | United States\nOVH | France\nEnd."),
            "name | place | --- | --- | stripe, inc. | united states | ovh | france | end."
        );
        // With them, the rows already read as cells.
        assert_eq!(fold("| a | b |\n| c | d |"), "| a | b | | c | d |");
        // A PDF's cell marks: a row ends with a bar, and the line of a cell
        // that goes on below is no row of its own.
        assert_eq!(
            fold("Harlow Inc. |\nAustin, Texas | Clauses\ncontractuelles\ntypes |\nEnd."),
            "harlow inc. | austin, texas | clauses contractuelles types | end."
        );
    }

    #[test]
    fn folds_case_accents_and_spaces() {
        assert_eq!(
            fold("  Les  États-Unis\u{a0}d’Amérique "),
            "les etats-unis d'amerique"
        );
        assert_eq!(fold("Stra\u{df}e ŒUVRE Æther"), "strasse oeuvre aether");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        assert_eq!(fold("«\u{202f}Bouclier\u{202f}»"), "\" bouclier \"");
        assert_eq!(fold("EU\u{2013}U.S."), "eu-u.s.");
    }

    #[test]
    fn expands_ligatures_and_drops_invisibles() {
        assert_eq!(fold("conﬁdentialité"), "confidentialite");
        assert_eq!(fold("Pri\u{ad}vacy Sh\u{200b}ield"), "privacy shield");
        assert_eq!(
            fold("die **Parsewell Corp.**, Bellevue"),
            "die parsewell corp., bellevue"
        );
        assert_eq!(fold("* a bullet, 5 * 3"), "* a bullet, 5 * 3");
        assert_eq!(
            fold("> régi par le droit de l'État de *Californie*."),
            "> regi par le droit de l'etat de californie."
        );
        assert_eq!(fold("a*b, price* (VAT)"), "a*b, price (vat)");
        assert_eq!(
            fold("_**Data Privacy Framework notice:**_ On"),
            "data privacy framework notice: on"
        );
        assert_eq!(fold("snake_case __init__ ____"), "snake_case init");
    }

    #[test]
    fn joins_words_hyphenated_across_lines() {
        assert_eq!(fold("Pri-\nvacy Shield"), "privacy shield");
        assert_eq!(
            fold("Standard-\r\n   vertragsklauseln"),
            "standardvertragsklauseln"
        );
        assert_eq!(fold("EU-\nU.S. Privacy"), "eu-u.s. privacy");
        assert_eq!(fold("well-known"), "well-known");
        assert_eq!(fold("item -\nnext"), "item - next");
    }

    #[test]
    fn map_points_back_into_the_original() {
        let original = "Le  Bouclier de\nprotection des données UE-États-Unis";
        let n = normalize(original);
        assert_eq!(n.text.len(), n.map.len());
        let needle = "donnees ue-etats-unis";
        let s = n.text.find(needle).unwrap();
        let (a, b) = n.original_range(original, s, s + needle.len());
        assert_eq!(&original[a..b], "données UE-États-Unis");
    }

    #[test]
    fn map_gives_each_byte_its_source() {
        let original = "Aé  ﬁ-x";
        let n = normalize(original);
        assert_eq!(n.text, "ae fi-x");
        // The space stands for the last blank of its run.
        assert_eq!(n.map.to_vec(), vec![0, 1, 4, 5, 5, 8, 9]);
        // Plain ASCII needs a single run, however long.
        let n = normalize(&"plain words ".repeat(1000));
        assert_eq!(n.map.runs.len(), 1);
        assert_eq!(n.map.get(11_000), 11_000);
    }

    #[test]
    fn map_covers_ligature_whole() {
        let original = "ﬁle";
        let n = normalize(original);
        assert_eq!(n.text, "file");
        assert_eq!(n.original_range(original, 0, 1), (0, 3));
        assert_eq!(n.original_range(original, 0, 4), (0, 5));
    }
}
