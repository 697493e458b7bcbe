//! The OLE2 compound files (through the cfb crate) that hold Word,
//! PowerPoint and Outlook 97-2003 documents: opening one, and reading a
//! stream of it at most so many bytes long. A stream is never longer than
//! the file that holds it, so a larger size read is a damaged (or hostile)
//! directory: the callers cap their reads at the file's size (or less).

use std::io::{Cursor, Read};

use super::ExtractError;
use crate::record::Status;

/// A compound file read from memory.
pub(crate) type Ole<'a> = cfb::CompoundFile<Cursor<&'a [u8]>>;

/// Open `bytes` as a compound file; an `error` naming `what` (e.g.
/// "Outlook message") when it is not one.
pub(crate) fn open<'a>(bytes: &'a [u8], what: &str) -> Result<Ole<'a>, ExtractError> {
    cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| {
        ExtractError::new(
            Status::Error,
            format!("damaged {what}: not a readable OLE2 compound file ({e})"),
        )
    })
}

/// The stream at `path`, at most `cap` bytes of it; the error says whether
/// it could not be opened or not be read.
pub(crate) fn read(file: &mut Ole, path: &str, cap: usize) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    file.open_stream(path)
        .map_err(|e| format!("cannot be opened ({e})"))?
        .take(cap as u64)
        .read_to_end(&mut out)
        .map_err(|e| format!("cannot be read ({e})"))?;
    Ok(out)
}
