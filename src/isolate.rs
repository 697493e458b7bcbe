//! Extraction in worker processes, for extractors that can crash or balloon.
//!
//! pdf-extract can overflow its stack on a self-referencing PDF (which
//! aborts the whole process: `catch_unwind` cannot stop it) and can grow
//! to many times the file's size on a stream that decompresses hugely;
//! calamine, reading `.xls`, reserves room for every cell a damaged sheet
//! declares, and a failed allocation aborts the process too. So a
//! scan re-executes its own binary as workers (`clausescan
//! __extract-worker`), a small pool reused across files:
//!
//! * each worker caps its own address space (`--max-memory`);
//! * the parent waits for a reply at most `--timeout` per document, then
//!   kills the worker (`status: "timeout"`);
//! * a worker that dies (stack overflow, allocation failure, abort) yields
//!   `error` or `too_large` for that one document and is replaced;
//! * workers are killed when the pool is dropped, so none outlives the scan.
//!
//! Protocol, over the worker's stdin and stdout: the request is a format
//! byte, then a little-endian u64 length and the file's bytes; the reply is a
//! u64 length and a JSON `Reply`.

use std::io::{self, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::extract::{self, ExtractError, Extracted, Format, Limits};
use crate::record::Status;

/// The hidden subcommand that runs a worker.
pub const WORKER_ARG: &str = "__extract-worker";

/// A worker's answer for one document.
#[derive(Debug, Serialize, Deserialize)]
enum Reply {
    Ok {
        text: String,
        page_starts: Vec<usize>,
        pages: Option<u32>,
        encoding: Option<String>,
        lossy: bool,
        warnings: Vec<String>,
    },
    Err {
        status: Status,
        message: String,
    },
}

fn format_code(f: Format) -> u8 {
    Format::ALL.iter().position(|x| *x == f).unwrap_or(0) as u8
}

/// Worker settings.
#[derive(Debug, Clone)]
pub struct PoolConfig {
    /// The clausescan binary to run as a worker.
    pub exe: PathBuf,
    /// Time allowed per document.
    pub timeout: Duration,
    /// Address-space limit of each worker, in bytes.
    pub max_memory: u64,
    /// Extraction limits passed to the workers.
    pub limits: Limits,
}

/// A pool of worker processes. Cheap to share between threads.
#[derive(Debug)]
pub struct Pool {
    config: PoolConfig,
    idle: Mutex<Vec<Worker>>,
}

#[derive(Debug)]
struct Worker {
    child: Child,
    stdin: ChildStdin,
    replies: Receiver<io::Result<Vec<u8>>>,
    stderr: Arc<Mutex<String>>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_frame(r: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut len = [0u8; 8];
    r.read_exact(&mut len)?;
    let len = u64::from_le_bytes(len) as usize;
    let mut buf = vec![0u8; len];
    r.read_exact(&mut buf)?;
    Ok(buf)
}

impl Worker {
    fn spawn(config: &PoolConfig) -> io::Result<Worker> {
        let mut child = Command::new(&config.exe)
            .arg(WORKER_ARG)
            .arg(config.max_memory.to_string())
            .arg(config.limits.max_text.to_string())
            // The clausescan binary allocates with mimalloc, which reserves
            // address space 1 GiB at a time: more than a worker's memory
            // limit (an address-space limit) may allow, so the worker's
            // first allocation after setting it would fail. 16 MiB at a time.
            .env("MIMALLOC_ARENA_RESERVE", "16MiB")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let stdin = child.stdin.take().expect("piped stdin");
        let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        let mut err_pipe = child.stderr.take().expect("piped stderr");
        let (tx, replies) = mpsc::channel();
        std::thread::spawn(move || {
            loop {
                let frame = read_frame(&mut stdout);
                let end = frame.is_err();
                if tx.send(frame).is_err() || end {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = err_pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut s = sink.lock().unwrap_or_else(|p| p.into_inner());
                s.push_str(&String::from_utf8_lossy(&buf[..n]));
                if s.len() > 8192 {
                    let cut = s.len() - 4096;
                    let cut = (cut..s.len())
                        .find(|&i| s.is_char_boundary(i))
                        .unwrap_or(s.len());
                    s.drain(..cut);
                }
            }
        });
        Ok(Worker {
            child,
            stdin,
            replies,
            stderr,
        })
    }
}

impl Pool {
    /// A pool that starts workers on demand.
    pub fn new(config: PoolConfig) -> Pool {
        Pool {
            config,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Extract `bytes` in a worker.
    pub fn extract(&self, format: Format, bytes: &[u8]) -> Result<Extracted, ExtractError> {
        let worker = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let mut worker = match worker {
            Some(w) => w,
            None => Worker::spawn(&self.config).map_err(|e| {
                ExtractError::new(
                    Status::Error,
                    format!("cannot start extraction worker: {e}"),
                )
            })?,
        };
        worker
            .stderr
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
        let sent = (|| {
            worker.stdin.write_all(&[format_code(format)])?;
            worker
                .stdin
                .write_all(&(bytes.len() as u64).to_le_bytes())?;
            worker.stdin.write_all(bytes)?;
            worker.stdin.flush()
        })();
        let reply = match sent {
            Ok(()) => worker.replies.recv_timeout(self.config.timeout),
            Err(e) => Ok(Err(e)),
        };
        match reply {
            Ok(Ok(frame)) => {
                let reply: Reply = serde_json::from_slice(&frame).map_err(|e| {
                    ExtractError::new(
                        Status::Error,
                        format!("bad reply from extraction worker: {e}"),
                    )
                })?;
                self.idle
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(worker);
                match reply {
                    Reply::Ok {
                        text,
                        page_starts,
                        pages,
                        encoding,
                        lossy,
                        warnings,
                    } => Ok(Extracted {
                        text,
                        page_starts,
                        pages,
                        encoding,
                        lossy,
                        warnings,
                    }),
                    Reply::Err { status, message } => Err(ExtractError::new(status, message)),
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                drop(worker); // kills it
                Err(ExtractError::new(
                    Status::Timeout,
                    format!(
                        "extraction took longer than {} s; the worker was stopped",
                        self.config.timeout.as_secs_f64()
                    ),
                ))
            }
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => {
                let _ = worker.child.wait();
                let log = worker
                    .stderr
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .clone();
                Err(death_error(&log))
            }
        }
    }
}

/// What a dead worker's stderr says about how it died.
fn death_error(stderr: &str) -> ExtractError {
    if stderr.contains("memory allocation") || stderr.contains("capacity overflow") {
        ExtractError::new(
            Status::TooLarge,
            "extraction exceeded the worker memory limit (--max-memory)",
        )
    } else if stderr.contains("overflowed its stack") {
        ExtractError::new(
            Status::Error,
            "the PDF extractor overflowed its stack (malformed, probably self-referencing document)",
        )
    } else {
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        ExtractError::new(
            Status::Error,
            format!(
                "the extraction worker died{}",
                if last.is_empty() {
                    String::new()
                } else {
                    format!(": {last}")
                }
            ),
        )
    }
}

/// The worker's main loop: `clausescan __extract-worker MAX_MEMORY MAX_TEXT`.
/// Returns when its stdin closes.
pub fn worker_main(args: &[String]) -> io::Result<()> {
    let max_memory: u64 = args.first().and_then(|s| s.parse().ok()).unwrap_or(0);
    let max_text: usize = args
        .get(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(Limits::default().max_text);
    #[cfg(unix)]
    if max_memory > 0 {
        let _ = rlimit::setrlimit(rlimit::Resource::AS, max_memory, max_memory);
    }
    let limits = Limits { max_text };
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    loop {
        let mut code = [0u8; 1];
        match input.read_exact(&mut code) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e),
        }
        let bytes = read_frame(&mut input)?;
        let format = Format::ALL
            .get(code[0] as usize)
            .copied()
            .unwrap_or(Format::Unknown);
        // A big stack: deep but legitimate documents should not overflow.
        let result = std::thread::Builder::new()
            .stack_size(32 << 20)
            .spawn(move || extract::extract_in_process(format, &bytes, &limits))?
            .join()
            .unwrap_or_else(|_| Err(ExtractError::new(Status::Error, "extractor panicked")));
        let reply = match result {
            Ok(e) => Reply::Ok {
                text: e.text,
                page_starts: e.page_starts,
                pages: e.pages,
                encoding: e.encoding,
                lossy: e.lossy,
                warnings: e.warnings,
            },
            Err(e) => Reply::Err {
                status: e.status,
                message: e.message,
            },
        };
        let body = serde_json::to_vec(&reply).map_err(io::Error::other)?;
        out.write_all(&(body.len() as u64).to_le_bytes())?;
        out.write_all(&body)?;
        out.flush()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn death_messages() {
        assert_eq!(
            death_error("memory allocation of 123 bytes failed\n").status,
            Status::TooLarge
        );
        let e = death_error(
            "\nthread 'x' has overflowed its stack\nfatal runtime error: stack overflow\n",
        );
        assert!(e.message.contains("overflowed its stack"));
        assert!(death_error("").message.contains("died"));
    }
}
