//! Zip archives: every member is a document of its own, reported as
//! `bundle.zip/inner/dpa.pdf`, nested archives to a bounded depth, under
//! limits on total uncompressed size and compression ratio.

use std::io::{Cursor, Read};

use sha2::{Digest, Sha256};

use crate::extract::Format;
use crate::record::{DocumentRecord, Status};

/// Limits for archives.
#[derive(Debug, Clone, Copy)]
pub struct ArchiveLimits {
    /// Deepest nesting of archives in archives that is opened.
    pub max_depth: u32,
    /// Total uncompressed bytes read from one top-level archive.
    pub max_total: u64,
    /// Largest accepted ratio of uncompressed to compressed size, for
    /// members larger than 1 MiB.
    pub max_ratio: u64,
    /// Most members listed from one archive.
    pub max_members: usize,
}

impl Default for ArchiveLimits {
    fn default() -> Self {
        ArchiveLimits {
            max_depth: 3,
            max_total: 1 << 30,
            max_ratio: 200,
            max_members: 10_000,
        }
    }
}

/// True when `name`/`head` is a zip archive to open (not an OOXML/ODF
/// document, which are zips too).
pub fn is_archive(name: &str, head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04")
        && name.to_ascii_lowercase().ends_with(".zip")
        && Format::detect(name, head) == Format::Unknown
}

/// One member taken out of an archive.
pub struct Member {
    /// `archive path/member path`.
    pub path: String,
    pub name: String,
    /// The bytes, or why they could not be read.
    pub bytes: Result<Vec<u8>, (Status, String)>,
    pub size: u64,
}

/// Read the members of the archive `bytes` (whose path is `path`).
/// `budget` is the uncompressed bytes still allowed for the whole
/// top-level archive; it shrinks as members are read. Members come back
/// sorted by name; the error is for an archive that cannot be opened.
pub fn members(
    path: &str,
    bytes: &[u8],
    limits: &ArchiveLimits,
    budget: &mut u64,
) -> Result<Vec<Member>, (Status, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| (Status::Error, format!("invalid zip archive: {e}")))?;
    if zip.len() > limits.max_members {
        return Err((
            Status::TooLarge,
            format!(
                "archive lists {} members, over the limit of {}",
                zip.len(),
                limits.max_members
            ),
        ));
    }
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let opened = zip.by_index(i).map(|_| ());
        if let Err(e) = opened {
            {
                let (status, msg) = match e {
                    zip::result::ZipError::UnsupportedArchive(m) if m.contains("assword") => {
                        (Status::Encrypted, "encrypted zip member".to_string())
                    }
                    other => (Status::Error, format!("cannot read zip member: {other}")),
                };
                let raw = zip
                    .by_index_raw(i)
                    .ok()
                    .and_then(|f| f.name().ok().map(|n| n.into_owned()));
                let name = clean_name(&raw.unwrap_or_else(|| format!("member-{i}")));
                out.push(Member {
                    path: format!("{path}/{name}"),
                    name,
                    bytes: Err((status, msg)),
                    size: 0,
                });
                continue;
            }
        }
        let Ok(mut f) = zip.by_index(i) else { continue };
        if f.is_dir() {
            continue;
        }
        let name = clean_name(
            &f.name()
                .map(|n| n.into_owned())
                .unwrap_or_else(|_| format!("member-{i}")),
        );
        let size = f.size();
        let packed = f.compressed_size().max(1);
        let member_path = format!("{path}/{name}");
        let refuse = |msg: String| Member {
            path: member_path.clone(),
            name: name.clone(),
            bytes: Err((Status::TooLarge, msg)),
            size,
        };
        if f.encrypted() {
            out.push(Member {
                path: member_path.clone(),
                name: name.clone(),
                bytes: Err((Status::Encrypted, "encrypted zip member".into())),
                size,
            });
            continue;
        }
        if size > *budget {
            out.push(refuse(format!(
                "member unpacks to {size} bytes, over what remains of the archive limit ({} bytes)",
                *budget
            )));
            continue;
        }
        if size > (1 << 20) && size / packed > limits.max_ratio {
            out.push(refuse(format!(
                "member compression ratio {}:1 is over the limit of {}:1 (zip bomb?)",
                size / packed,
                limits.max_ratio
            )));
            continue;
        }
        let mut buf = Vec::new();
        // Never trust the declared size: read at most the budget plus one.
        let read = (&mut f).take(*budget + 1).read_to_end(&mut buf);
        match read {
            Ok(n) if n as u64 > *budget => {
                out.push(refuse(
                    "member unpacks to more than its declared size and the archive limit".into(),
                ));
                *budget = 0;
            }
            Ok(n) => {
                *budget -= n as u64;
                out.push(Member {
                    path: member_path,
                    name,
                    size: n as u64,
                    bytes: Ok(buf),
                });
            }
            Err(e) => out.push(Member {
                path: member_path,
                name,
                bytes: Err((Status::Error, format!("cannot decompress zip member: {e}"))),
                size,
            }),
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out.dedup_by(|a, b| a.path == b.path);
    Ok(out)
}

/// A member name as a relative path: no leading `/`, no `.` or `..`
/// components, backslashes read as separators.
fn clean_name(name: &str) -> String {
    let parts: Vec<&str> = name
        .split(['/', '\\'])
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
        .collect();
    if parts.is_empty() {
        "_".into()
    } else {
        parts.join("/")
    }
}

/// SHA-256 in hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Mark a record as an archive container.
pub fn container_record(mut rec: DocumentRecord, members: usize) -> DocumentRecord {
    rec.format = "zip".into();
    rec.warnings.push(format!(
        "archive with {members} member(s), each reported as a document"
    ));
    rec
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        for (n, b) in entries {
            w.start_file(*n, opts).unwrap();
            w.write_all(b).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn lists_members_sorted_with_clean_names() {
        let z = zip_of(&[("b/dpa.txt", b"x"), ("../../etc/a.txt", b"yy")]);
        let mut budget = 1000;
        let m = members("bundle.zip", &z, &ArchiveLimits::default(), &mut budget).unwrap();
        let paths: Vec<&str> = m.iter().map(|m| m.path.as_str()).collect();
        assert_eq!(paths, ["bundle.zip/b/dpa.txt", "bundle.zip/etc/a.txt"]);
        assert_eq!(budget, 997);
    }

    #[test]
    fn bombs_are_refused() {
        let big = vec![0u8; 50 << 20];
        let z = zip_of(&[("zeros.txt", &big)]);
        let mut budget = 1 << 30;
        let m = members("b.zip", &z, &ArchiveLimits::default(), &mut budget).unwrap();
        assert!(matches!(&m[0].bytes, Err((Status::TooLarge, msg)) if msg.contains("ratio")));
        let mut small_budget = 10;
        let z = zip_of(&[("a.txt", b"more than ten bytes")]);
        let m = members("b.zip", &z, &ArchiveLimits::default(), &mut small_budget).unwrap();
        assert!(matches!(&m[0].bytes, Err((Status::TooLarge, _))));
    }

    #[test]
    fn garbage_is_an_error() {
        let mut budget = 10;
        assert!(
            members(
                "x.zip",
                b"PK\x03\x04garbage",
                &ArchiveLimits::default(),
                &mut budget
            )
            .is_err()
        );
    }
}
