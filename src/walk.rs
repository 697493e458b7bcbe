//! The walk: every file under the roots, in sorted path order, each once.
//! Walk errors (a folder that cannot be read, a symlink loop) are entries
//! too, so they reach the output as records instead of vanishing.

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use walkdir::WalkDir;

/// What the walk found at a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    /// A regular file (or, with `follow_links`, a link to one).
    File,
    /// A symbolic link that was not followed.
    Symlink,
    /// A FIFO, socket or device: never opened.
    Special(&'static str),
    /// The walk could not go there.
    Error(String),
}

/// One walked path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    pub kind: EntryKind,
}

/// Walk options.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    pub follow_links: bool,
    /// Only paths matching one of these globs (relative to the root) are
    /// kept; all are kept when empty.
    pub include: Vec<String>,
    /// Paths matching one of these globs are skipped.
    pub exclude: Vec<String>,
}

/// A bad `--include`/`--exclude` glob.
#[derive(Debug, thiserror::Error)]
#[error("invalid glob `{glob}`: {message}")]
pub struct GlobError {
    pub glob: String,
    pub message: String,
}

fn globset(globs: &[String]) -> Result<Option<GlobSet>, GlobError> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for g in globs {
        b.add(Glob::new(g).map_err(|e| GlobError {
            glob: g.clone(),
            message: e.kind().to_string(),
        })?);
    }
    b.build().map(Some).map_err(|e| GlobError {
        glob: globs.join(", "),
        message: e.to_string(),
    })
}

/// Walk `roots` and return every entry, sorted by path bytes, without
/// duplicates.
pub fn walk(roots: &[PathBuf], opts: &WalkOptions) -> Result<Vec<Entry>, GlobError> {
    let include = globset(&opts.include)?;
    let exclude = globset(&opts.exclude)?;
    let keep = |root: &Path, path: &Path, is_dir: bool| -> bool {
        let rel = path.strip_prefix(root).unwrap_or(path);
        let name = path.file_name().map(Path::new).unwrap_or(rel);
        if let Some(ex) = &exclude
            && (ex.is_match(rel) || ex.is_match(name))
        {
            return false;
        }
        if is_dir {
            return true;
        }
        match &include {
            Some(inc) => inc.is_match(rel) || inc.is_match(name),
            None => true,
        }
    };
    let mut out = Vec::new();
    for root in roots {
        let walker = WalkDir::new(root)
            .follow_links(opts.follow_links)
            .follow_root_links(true)
            .sort_by_file_name();
        let mut it = walker.into_iter();
        while let Some(item) = it.next() {
            match item {
                Ok(e) => {
                    let ft = e.file_type();
                    if ft.is_dir() {
                        if e.depth() > 0 && !keep(root, e.path(), true) {
                            it.skip_current_dir();
                        }
                        continue;
                    }
                    if !keep(root, e.path(), false) {
                        continue;
                    }
                    out.push(Entry {
                        path: e.path().to_path_buf(),
                        kind: classify(ft),
                    });
                }
                Err(err) => {
                    let path = err
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| root.clone());
                    let message = match (err.loop_ancestor(), err.io_error()) {
                        (Some(a), _) => format!("symbolic link loop back to {}", a.display()),
                        (None, Some(io)) => format!("cannot read: {}", io_message(io)),
                        _ => err.to_string(),
                    };
                    out.push(Entry {
                        path,
                        kind: EntryKind::Error(message),
                    });
                }
            }
        }
    }
    out.sort_by(|a, b| a.path.as_os_str().cmp(b.path.as_os_str()));
    out.dedup_by(|a, b| a.path == b.path);
    Ok(out)
}

/// An I/O error's message without the "(os error N)" noise.
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::NotFound => {
            "no such file (it may have been removed during the scan)".into()
        }
        _ => e.to_string(),
    }
}

#[cfg(unix)]
fn classify(ft: std::fs::FileType) -> EntryKind {
    use std::os::unix::fs::FileTypeExt;
    if ft.is_symlink() {
        EntryKind::Symlink
    } else if ft.is_fifo() {
        EntryKind::Special("FIFO")
    } else if ft.is_socket() {
        EntryKind::Special("socket")
    } else if ft.is_block_device() || ft.is_char_device() {
        EntryKind::Special("device")
    } else {
        EntryKind::File
    }
}

#[cfg(not(unix))]
fn classify(ft: std::fs::FileType) -> EntryKind {
    if ft.is_symlink() {
        EntryKind::Symlink
    } else if ft.is_file() {
        EntryKind::File
    } else {
        EntryKind::Special("special file")
    }
}
