//! Plain text and Markdown.

use super::{ExtractError, Extracted};
use crate::record::Status;

/// Decode a text file: UTF-8 (with or without BOM), UTF-16 with a BOM;
/// other bytes are decoded lossily and the record says so.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    if super::encoding::looks_binary(bytes) {
        return Err(ExtractError::new(
            Status::Unsupported,
            "binary content (NUL or control bytes) in a file named as text",
        ));
    }
    let super::encoding::Decoded {
        text,
        encoding,
        lossy,
    } = super::encoding::decode_text(bytes);
    let mut warnings = Vec::new();
    if lossy {
        warnings.push(format!(
            "invalid {encoding} bytes were replaced by U+FFFD; text near them may be missed"
        ));
    }
    Ok(Extracted {
        text,
        encoding: Some(encoding.to_string()),
        lossy,
        warnings,
        ..Extracted::default()
    })
}

/// A bracketed deletion ([`apply_redline_marks`]).
static DELETED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\[\s*(?:deleted|deletion|struck(?: out)?|removed|supprim[ée]e?s?|barr[ée]e?s?|gestrichen|gel[öo]scht|entfernt|eliminad[oa]|suprimid[oa]|borrad[oa]|tachad[oa]|eliminat[oa]|cancellat[oa]|soppress[oa]|verwijderd|geschrapt|doorgehaald)(?:\s+(?:text|texte|passage|wording|clause))?\s*:[^\[\]]*\]").unwrap()
});
/// A bracketed insertion or its mark ([`apply_redline_marks`]).
static INSERTED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\[\s*(?:inserted|insertion|added|ajout[ée]e?s?|ins[ée]r[ée]e?s?|eingef[üu]gt|hinzugef[üu]gt|insertad[oa]|añadid[oa]|anadid[oa]|inserit[oa]|aggiunt[oa]|ingevoegd|toegevoegd)(?:\s+(?:text|texte|passage|wording|clause))?\s*:\s*([^\[\]]*)\]|\[(?:ins|inserted|insert)\]\s?").unwrap()
});

/// Whether `text` holds a mark [`apply_redline_marks`] acts on: a cheap
/// test first, so that a document without any is not copied.
pub fn has_redline_marks(text: &str, markdown: bool) -> bool {
    (markdown && text.contains("~~"))
        || (text.contains('[') && (DELETED.is_match(text) || INSERTED.is_match(text)))
}

/// Drops the wording a redline shows as deleted, keeping its line breaks
/// (so that line numbers stay those of the document): Markdown's struck
/// text when `markdown` ("~~These Terms are governed by the laws of the
/// State of Delaware.~~"), and in any format a bracketed deletion written
/// as text, as comparison tools and lawyers' e-mails print it ("[Deleted:
/// ...]", "[Supprimé : ...]", "[Gestrichen: ...]", "[Eliminado: ...]",
/// "[Eliminato: ...]", "[Verwijderd: ...]"). What a draft deletes is not
/// what it makes binding; its insertions stay, without their marks
/// ("[Inserted: Reston, Virginia (USA)]" and "[Ins] Reston, VA" read as
/// "Reston, Virginia (USA)" and "Reston, VA").
pub fn apply_redline_marks(text: &mut String, markdown: bool) {
    // (start, end, what stays: the insertion's text, or `None` for a
    // deletion, of which only the line breaks stay)
    type Range = (usize, usize);
    let mut spans: Vec<(usize, usize, Option<Range>)> = Vec::new();
    if markdown {
        let mut from = 0;
        while let Some(open) = text[from..].find("~~").map(|i| from + i) {
            let Some(close) = text[open + 2..].find("~~").map(|i| open + 2 + i) else {
                break;
            };
            // (Not across a blank line: two stray tildes in two paragraphs.)
            if text[open..close].contains("\n\n") {
                from = open + 2;
                continue;
            }
            spans.push((open, close + 2, None));
            from = close + 2;
        }
    }
    spans.extend(DELETED.find_iter(text).map(|m| (m.start(), m.end(), None)));
    spans.extend(INSERTED.captures_iter(text).filter_map(|c| {
        let m = c.get(0)?;
        Some((m.start(), m.end(), c.get(1).map(|g| (g.start(), g.end()))))
    }));
    if spans.is_empty() {
        return;
    }
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, kept) in spans {
        if start < at {
            continue;
        }
        out.push_str(&text[at..start]);
        match kept {
            Some((from, to)) => out.push_str(&text[from..to]),
            None => out.extend(text[start..end].chars().filter(|&c| c == '\n')),
        }
        at = end;
    }
    out.push_str(&text[at..]);
    *text = out;
}

/// Decode a CSV file as [`extract`] does, then write each record as one
/// line with its fields separated by tabs, as the spreadsheet readers do,
/// so that normalization knows its cells (a sub-processor list exported
/// from a spreadsheet: `Mailbeam LLC,E-mail,USA`). Semicolons separate the
/// fields when the first line has more of them than commas (the French and
/// German spreadsheet default). A file the CSV reader rejects is kept as
/// plain text.
pub fn extract_csv(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    let mut out = extract(bytes)?;
    if let Some(rows) = csv_rows(&out.text) {
        out.text = rows;
    }
    Ok(out)
}

fn csv_rows(text: &str) -> Option<String> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut out = String::with_capacity(text.len());
    for record in reader.records() {
        let record = record.ok()?;
        let cells: Vec<String> = record
            .iter()
            .map(|c| c.replace(['\t', '\n', '\r'], " ").trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        if !cells.is_empty() {
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
    }
    Some(out)
}

/// Mark the cells of plain-text tables laid out in columns under a rule of
/// dashes or equals signs (Markdown/pandoc "simple tables", reST simple
/// tables: `Entity        Role        Location` over `-----  -----  -----`):
/// the space that starts each gap between two columns becomes a tab, as
/// the office readers write a row's cells, so normalization tells the
/// cells apart (`Corvalis Holdings, Inc.   Support   Austin, Texas` would
/// otherwise read as one phrase). Byte offsets do not change.
///
/// The columns are the rule's runs of three or more dashes (two runs at
/// least). The line above the rule and the lines below it, up to a blank
/// line (or, across one blank line, while the next line still fits), a
/// second rule, or a line with text in a gap between columns, are rows; a
/// gap is a cell border on a row with text on both sides of it.
///
/// A table with no rule is a block of lines between blank lines whose text
/// starts, after two spaces or more, at the same columns on three lines or
/// more (`aligned_gaps`).
pub fn mark_tables(text: &mut String) {
    mark_tables_with(text, true);
}

/// [`mark_tables`] for the tables under a rule only: for text whose reader
/// finds cells where they are drawn (PDF), which may still hold a table
/// typed with spaces under a rule of dashes. Columns aligned with no rule
/// are left alone there: in a PDF they are more often two blocks side by
/// side (the parties' addresses for notices) than a table.
pub fn mark_ruled_tables(text: &mut String) {
    mark_tables_with(text, false);
}

fn mark_tables_with(text: &mut String, aligned: bool) {
    let ruled = text.contains("---") || text.contains("===");
    if !(ruled || aligned && text.contains("  ")) {
        return;
    }
    let lines: Vec<(usize, &str)> = {
        let mut v = Vec::new();
        let mut at = 0;
        for l in text.split('\n') {
            v.push((at, l.strip_suffix('\r').unwrap_or(l)));
            at += l.len() + 1;
        }
        v
    };
    let mut tabs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(gaps) = rule_gaps(lines[i].1) else {
            i += 1;
            continue;
        };
        let mut rows = Vec::new();
        if i > 0 && !lines[i - 1].1.trim().is_empty() && rule_gaps(lines[i - 1].1).is_none() {
            rows.push(i - 1);
        }
        let mut j = i + 1;
        // A rule wider than the page wraps: the rest of it, dashes alone on
        // the next line (a PDF's text, or a text file's long rule). The
        // spaces that end the rule's line are then the gap before the
        // column whose dashes wrapped.
        let mut gaps = gaps;
        if lines.get(j).is_some_and(|&(_, l)| rule_tail(l)) {
            let line = lines[i].1;
            let (end, width) = (line.trim_end().chars().count(), line.chars().count());
            if width >= end + 2 {
                gaps.push((end, width));
            }
            j += 1;
        }
        while j < lines.len() {
            let line = lines[j].1;
            if line.trim().is_empty() {
                match lines.get(j + 1) {
                    Some(&(_, next))
                        if !next.trim().is_empty()
                            && fits(next, &gaps)
                            && rule_gaps(next).is_none() =>
                    {
                        j += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if rule_gaps(line).is_some() || !fits(line, &gaps) {
                break;
            }
            rows.push(j);
            j += 1;
        }
        for r in rows {
            let (start, line) = lines[r];
            tabs.extend(borders(line, &gaps).into_iter().map(|b| start + b));
        }
        i = j.max(i + 1);
    }
    // Tables with no rule: blocks of lines (between blank lines) whose
    // text starts, after two spaces or more, at the same columns. (Not
    // looked for when `aligned` is false: the loop starts past the end.)
    let mut k = if aligned { 0 } else { lines.len() };
    while k < lines.len() {
        if lines[k].1.trim().is_empty() {
            k += 1;
            continue;
        }
        let end = (k..lines.len())
            .find(|&j| lines[j].1.trim().is_empty())
            .unwrap_or(lines.len());
        let block = &lines[k..end];
        let (from, to) = (block[0].0, lines.get(end).map_or(usize::MAX, |l| l.0));
        // (A block that holds a table under a rule is done.)
        if !tabs.iter().any(|&t| from <= t && t < to) {
            let texts: Vec<&str> = block.iter().map(|(_, l)| *l).collect();
            for (gap, on) in aligned_gaps(&texts) {
                for i in on {
                    let (start, line) = block[i];
                    tabs.extend(borders(line, &[gap]).into_iter().map(|b| start + b));
                }
            }
        }
        k = end;
    }
    tabs.sort_unstable();
    tabs.dedup();
    for at in tabs {
        // (`at` is the byte of an ASCII space.)
        text.replace_range(at..at + 1, "\t");
    }
}

/// The gaps between the columns of a block of lines laid out as a table
/// with no rule, each with the lines (indices in the block) it separates
/// cells on: the columns where, on three lines or more, text starts after
/// two spaces or more, where other lines have nothing before the column (a
/// cell's continuation line) or, on at most one line in three, do not fit
/// (a caption); a list's bullet or number before the gap does not count
/// (`*   item`, `1.1   Text`). A gap runs from the first of those spaces on
/// the line where it is shortest.
fn aligned_gaps(lines: &[&str]) -> Vec<((usize, usize), Vec<usize>)> {
    // (Lines longer than this are prose, not a row of cells.)
    const WIDEST: usize = 400;
    // Cheap tests first, on the lines as they are: three lines or more, two
    // spaces inside three of them, no bars (a table drawn with bars has its
    // borders already).
    let inner_gap = |l: &&&str| l.trim().contains("  ");
    if lines.len() < 3
        || lines.iter().any(|l| l.len() > WIDEST || l.contains('|'))
        || lines.iter().filter(inner_gap).count() < 3
    {
        return Vec::new();
    }
    let rows: Vec<Vec<char>> = lines
        .iter()
        .map(|l| l.trim_end().chars().collect())
        .collect();
    // Each line's indent: text before a column exists past it.
    let indent: Vec<usize> = rows
        .iter()
        .map(|r| r.iter().take_while(|c| **c == ' ').count())
        .collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut gaps = Vec::new();
    for c in 2..width {
        let mut starts = Vec::new();
        let mut misfits = 0;
        let mut gap_start = 0;
        for (i, r) in rows.iter().enumerate() {
            if indent[i] >= c.min(r.len()) {
                // Nothing before the column: a continuation line.
                continue;
            }
            let before = &r[..c.min(r.len())];
            if r.len() <= c || r[c] == ' ' || r[c - 1] != ' ' || r[c - 2] != ' ' {
                misfits += 1;
                continue;
            }
            let g = before
                .iter()
                .rposition(|ch| *ch != ' ')
                .map_or(0, |p| p + 1);
            if super::is_label(&before[..g].iter().collect::<String>()) {
                // A list's bullet or number, then its text: no cells.
                continue;
            }
            starts.push(i);
            gap_start = gap_start.max(g);
        }
        if starts.len() >= 3 && misfits * 2 <= starts.len() {
            gaps.push(((gap_start, c), starts));
        }
    }
    gaps
}

/// The gaps between the columns of a rule line (`-----  ----  ------`), as
/// character ranges, if it is one: only dashes (or equals signs) and
/// spaces, two runs or more of three or more.
fn rule_gaps(line: &str) -> Option<Vec<(usize, usize)>> {
    let t = line.trim_end();
    let first = t.chars().find(|c| *c != ' ')?;
    if !matches!(first, '-' | '=') || !t.chars().all(|c| c == first || c == ' ') {
        return None;
    }
    let chars: Vec<char> = t.chars().collect();
    let mut runs = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if chars[k] == first {
            let s = k;
            while k < chars.len() && chars[k] == first {
                k += 1;
            }
            runs.push((s, k));
        } else {
            k += 1;
        }
    }
    if runs.len() < 2 || runs.iter().any(|(s, e)| e - s < 3) {
        return None;
    }
    Some(runs.windows(2).map(|w| (w[0].1, w[1].0)).collect())
}

/// Whether a line is one run of three dashes or equals signs or more and
/// nothing else: the end of a rule that wrapped.
fn rule_tail(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3 && (t.bytes().all(|b| b == b'-') || t.bytes().all(|b| b == b'='))
}

/// Whether a line has nothing but spaces in every gap between columns.
fn fits(line: &str, gaps: &[(usize, usize)]) -> bool {
    let chars: Vec<char> = line.chars().collect();
    gaps.iter()
        .all(|&(s, e)| (s..e.min(chars.len())).all(|k| chars[k] == ' '))
}

/// The byte offsets in `line` of the spaces that start a gap between two
/// cells: a gap with text before it and after it on the line.
fn borders(line: &str, gaps: &[(usize, usize)]) -> Vec<usize> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    gaps.iter()
        .filter(|&&(s, e)| {
            s < chars.len()
                && chars[s].1 == ' '
                && chars[..s].iter().any(|(_, c)| !c.is_whitespace())
                && chars[e.min(chars.len())..]
                    .iter()
                    .any(|(_, c)| !c.is_whitespace())
        })
        .map(|&(s, _)| chars[s].0)
        .collect()
}

#[cfg(test)]
mod tests {
    /// A redline's deletions go, its insertions stay without their marks,
    /// and line breaks inside a deletion stay.
    #[test]
    fn redline_marks_are_applied() {
        let mut md = "Governed by ~~the laws of Delaware~~ French law.\n~~Gone\nline~~ kept ~ tilde\n\n~~not struck\n\nacross paragraphs~~\n".to_string();
        apply_redline_marks(&mut md, true);
        assert_eq!(
            md,
            "Governed by  French law.\n\n kept ~ tilde\n\n~~not struck\n\nacross paragraphs~~\n"
        );
        let mut text = "7.2 [Gestrichen: Server in den USA.] [Eingefügt: Rechenzentren in Köln.] | [Inserted: Reston, Virginia (USA)] | [Ins] Dallas, TX | ~~kept~~\n".to_string();
        apply_redline_marks(&mut text, false);
        assert_eq!(
            text,
            "7.2  Rechenzentren in Köln. | Reston, Virginia (USA) | Dallas, TX | ~~kept~~\n"
        );
    }

    use super::*;

    #[test]
    fn text_tables_under_a_rule_of_dashes_get_cell_borders() {
        let doc = "Sub-processors\n\n\
Entity                   Role                 Location\n\
-----------------------  -------------------  --------------\n\
Corvalis Holdings, Inc.  Follow-the-sun,      Austin, Texas\n\
                         support\n\
Greyfen Ltd              Colocation hosting   Dublin, Ireland\n\
\n\
The list may change.  We will tell you.\n\
----------\n";
        let mut t = doc.to_string();
        mark_tables(&mut t);
        let lines: Vec<&str> = t.lines().collect();
        let original: Vec<&str> = doc.lines().collect();
        // The space that starts each gap of the rule (columns 23 and 44).
        let tabbed = |line: &str| format!("{}\t{}\t{}", &line[..23], &line[24..44], &line[45..]);
        assert_eq!(lines[2], tabbed(original[2]));
        assert_eq!(lines[4], tabbed(original[4]));
        assert!(lines[4].starts_with("Corvalis Holdings, Inc.\t"));
        // A cell's second line has no text before its gap: no border.
        assert_eq!(lines[5], original[5]);
        assert_eq!(lines[6], tabbed(original[6]));
        // Text after the table, and a rule of one run, are left alone.
        assert_eq!(lines[8..], original[8..]);
        assert_eq!(t.len(), doc.len());
        let mut plain = "Heading\n-------\nText  with  spaces.".to_string();
        mark_tables(&mut plain);
        assert!(!plain.contains('\t'));
    }

    #[test]
    fn text_tables_with_aligned_columns_get_cell_borders() {
        let doc = r"Annex 2

  Location         Entity                  Activities
  Amsterdam (NL)   Hosting provider        hosting, backups
  Austin, TX       Tallwood Systems, Inc.  level 3 support,
                                           engineering

The parties  agree.  Prose with double  spaces
does not  line up,  even on  three lines
of text  that run  on.
";
        let mut t = doc.to_string();
        mark_tables(&mut t);
        let lines: Vec<&str> = t.lines().collect();
        let original: Vec<&str> = doc.lines().collect();
        // Gaps start at columns 16 and 41 (after the longest cells).
        let tabbed = |l: &str| format!("{}\t{}\t{}", &l[..16], &l[17..41], &l[42..]);
        for i in 2..5 {
            assert_eq!(lines[i], tabbed(original[i]));
        }
        // A continuation line, and prose, are left alone.
        assert_eq!(lines[5], original[5]);
        assert_eq!(lines[7..], original[7..]);
        assert_eq!(t.len(), doc.len());
        // Nor is a list, its bullets or numbers in a column of their own.
        let mut list = "*   We may transfer data to the\n    United States.\n*   We keep it.\n*   We delete it.\n1.1   Scope\n".to_string();
        mark_tables(&mut list);
        assert!(!list.contains('\t'), "{list:?}");
    }

    #[test]
    fn a_rule_that_wrapped_still_gives_its_columns() {
        // A PDF's text of a table typed with spaces, as LibreOffice lays it
        // out: the rule's third run and a long header wrapped to the next
        // line, the spaces ending the rule's line stand for the gap.
        let doc = [
            "  Sub-processor       Activity            Place of the",
            "processing",
            "  ------------------  ------------------  ",
            "--------------------",
            "  Quillo Mail Inc.    transactional mail  Seattle, WA",
            "  Helpwise Desk B.V.  ticketing           Amsterdam, the",
            "Netherlands",
            "",
        ]
        .join("\n");
        let mut t = doc.to_string();
        mark_ruled_tables(&mut t);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(
            lines[4],
            "  Quillo Mail Inc.  \t transactional mail\t Seattle, WA"
        );
        assert_eq!(
            lines[5],
            "  Helpwise Desk B.V.\t ticketing         \t Amsterdam, the"
        );
        assert_eq!(lines[6], "Netherlands");
        assert_eq!(t.len(), doc.len());
    }

    #[test]
    fn ruled_tables_only_leave_aligned_blocks_alone() {
        // Two addresses side by side, as a PDF's notices clause sets them:
        // a table to mark_tables, not to mark_ruled_tables.
        let doc = "Attn: Chief Executive     Attn: General Counsel\n\
Acme Exchange, LLC        Bingham LLP\n\
545 Main Street           150 Federal Street\n\
Boston, MA 02116          Boston, MA 02110\n";
        let mut ruled = doc.to_string();
        mark_ruled_tables(&mut ruled);
        assert_eq!(ruled, doc);
        let mut all = doc.to_string();
        mark_tables(&mut all);
        assert!(all.lines().all(|l| l.contains('\t')), "{all:?}");
    }

    #[test]
    fn decodes_utf8_bom_and_utf16() {
        let e = extract("\u{feff}États-Unis".as_bytes()).unwrap();
        assert_eq!(e.text, "États-Unis");
        let mut b = vec![0xff, 0xfe];
        for u in "Zoë".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        let e = extract(&b).unwrap();
        assert_eq!(
            (e.text.as_str(), e.encoding.as_deref()),
            ("Zoë", Some("UTF-16LE"))
        );
    }

    #[test]
    fn legacy_encodings_are_detected() {
        let e = extract(b"R\xe9gi par le droit fran\xe7ais, \xc9tats-Unis").unwrap();
        assert!(!e.lossy);
        assert_eq!(e.text, "Régi par le droit français, États-Unis");
        assert_eq!(e.encoding.as_deref(), Some("windows-1252"));
    }

    #[test]
    fn nearly_utf8_is_lossy_not_fatal() {
        let mut b = "Clauses contractuelles types, États-Unis, données. "
            .repeat(20)
            .into_bytes();
        b.push(0xff);
        let e = extract(&b).unwrap();
        assert!(e.lossy);
        assert!(e.text.ends_with('\u{fffd}'));
    }

    #[test]
    fn binary_is_refused() {
        let err = extract(b"\x7fELF\x02\x01\x01\0\0\0").unwrap_err();
        assert_eq!(err.status, Status::Unsupported);
    }

    #[test]
    fn csv_records_become_tab_separated_rows() {
        let e =
            extract_csv(b"Entity,Purpose,Country\nMailbeam LLC,\"E-mail, SMS\",USA\n\n").unwrap();
        assert_eq!(
            e.text,
            "Entity\tPurpose\tCountry\nMailbeam LLC\tE-mail, SMS\tUSA\n"
        );
        let e = extract_csv("Société;Pays\nAcme;États-Unis\n".as_bytes()).unwrap();
        assert_eq!(e.text, "Société\tPays\nAcme\tÉtats-Unis\n");
    }
}
