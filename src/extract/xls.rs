//! Excel 97-2003 workbooks (`.xls`, BIFF8 in an OLE2 file), read with the
//! calamine crate: every worksheet, a row per line, non-empty cells
//! separated by a tab, sheets separated by a blank line (as `.xlsx`). A
//! password-protected workbook is `encrypted`. The parser's panics, if any,
//! are contained.

use std::io::Cursor;

use calamine::{Reader, Xls, XlsError};

use super::{ExtractError, Extracted};
use crate::record::Status;

/// Extract the text of an `.xls` workbook.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    super::contained_text(".xls", || read(bytes))
}

fn read(bytes: &[u8]) -> Result<String, ExtractError> {
    let failed = |e: XlsError| match e {
        XlsError::Password => {
            ExtractError::new(Status::Encrypted, "password-protected Excel workbook")
        }
        other => ExtractError::new(
            Status::Error,
            format!("damaged or unreadable Excel 97-2003 (.xls) workbook: {other}"),
        ),
    };
    let mut book: Xls<_> = Xls::new(Cursor::new(bytes)).map_err(failed)?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(failed)?;
        let mut text = String::new();
        for row in range.rows() {
            let cells: Vec<String> = row
                .iter()
                .map(|c| {
                    c.to_string()
                        .replace(['\t', '\n', '\r'], " ")
                        .trim()
                        .to_string()
                })
                .filter(|c| !c.is_empty())
                .collect();
            if !cells.is_empty() {
                text.push_str(&cells.join("\t"));
                text.push('\n');
            }
        }
        if !text.is_empty() {
            sheets.push(text);
        }
    }
    Ok(sheets.join("\n"))
}
