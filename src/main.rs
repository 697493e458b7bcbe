//! The `clausescan` command line: a thin layer over the library.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand, ValueEnum};

use clausescan::eval;
use clausescan::extract::Limits;
use clausescan::isolate::{self, Pool, PoolConfig};
use clausescan::matcher::Prebuilt;
use clausescan::report::{DirSink, OutputFormat, Sink, StreamSink, SummaryBuilder};
use clausescan::review::{self, ReviewArgs};
use clausescan::scan::{self, ScanOptions};
use clausescan::walk::{self, WalkOptions};
use clausescan::{Engine, RuleSet, RuleSources, Severity};

/// mimalloc rather than glibc's allocator: the scan allocates and frees
/// many small blocks per document (PDF glyphs, findings, JSON), where glibc's
/// malloc and free took about 14 % of a PDF scan's profile.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit status: scan completed.
const EXIT_OK: u8 = 0;
/// Exit status: `--fail-on` threshold reached.
const EXIT_FINDINGS: u8 = 1;
/// Exit status: fatal error (bad arguments, invalid rules, unreadable root).
const EXIT_FATAL: u8 = 2;

#[derive(Parser)]
#[command(
    name = "clausescan",
    version,
    about = "Find the clauses of vendor legal documents that expose data to US jurisdiction."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan files and folders; write one JSON record per document.
    Scan(ScanArgs),
    /// Score the scanner against a labels file (precision, recall, F1).
    Eval(EvalArgs),
    /// Check rule packs: compile them and run every rule's examples.
    Rules(RulesArgs),
}

#[derive(Args, Clone)]
struct RuleArgs {
    /// Use the rule packs in DIR instead of the bundled ones (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    rules: Vec<PathBuf>,
    /// Load the rule packs in DIR in addition to the bundled ones
    /// (repeatable).
    #[arg(long = "add-rules", value_name = "DIR")]
    add_rules: Vec<PathBuf>,
}

impl RuleArgs {
    fn load(&self) -> Result<RuleSet, clausescan::RuleError> {
        let mut dirs = self.rules.clone();
        dirs.extend(self.add_rules.iter().cloned());
        RuleSet::load(&RuleSources {
            bundled: self.rules.is_empty(),
            dirs,
        })
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Ndjson,
    Json,
    /// The readable view (the default when stdout is a terminal).
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum SeverityArg {
    Info,
    Low,
    Medium,
    High,
}

#[derive(Args)]
struct ScanArgs {
    /// Files or folders to scan.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    rules: RuleArgs,
    /// Output format on stdout [default: text when stdout is a terminal,
    /// else ndjson].
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Write one <relative path>.json per document and summary.json here
    /// instead of the records on stdout (the summary line is still
    /// printed).
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// Excerpt width: characters kept on each side of a match, at most.
    #[arg(long, default_value_t = 200, value_name = "N")]
    context: usize,
    /// Only scan files matching GLOB (relative to the root or file name;
    /// repeatable).
    #[arg(long, value_name = "GLOB")]
    include: Vec<String>,
    /// Skip files and folders matching GLOB (repeatable).
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Files larger than this many bytes are reported `too_large`, not read.
    #[arg(long, default_value_t = 100 << 20, value_name = "BYTES")]
    max_file_size: u64,
    /// Keep at most N findings of each category per document (the first
    /// ones); a document with more gets a warning saying so.
    #[arg(long, default_value_t = 1000, value_name = "N")]
    max_findings: usize,
    /// Follow symbolic links (loops are detected and reported).
    #[arg(long)]
    follow_links: bool,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Exit with status 1 when a finding at or above this severity exists.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    fail_on: Option<SeverityArg>,
    /// Seconds allowed to extract one document (PDF) before it is reported
    /// as `timeout`.
    #[arg(long, default_value_t = 60.0, value_name = "SECONDS")]
    timeout: f64,
    /// Memory (address space) limit of each extraction worker, in MiB.
    #[arg(long, default_value_t = 4096, value_name = "MIB")]
    max_memory: u64,
    /// OCR PDF pages that have no text layer (or a garbage one), and
    /// pictures (scanned pages: PNG, JPEG, TIFF...), with pdftoppm and
    /// tesseract, when installed.
    #[arg(long)]
    ocr: bool,
    /// Extract PDFs in this process instead of worker processes (faster
    /// start, but a malformed PDF can crash the whole scan).
    #[arg(long)]
    no_isolation: bool,
    /// Memory the rule regexes' caches may keep between batches of documents, in MiB
    /// (all threads together): more makes long scans of varied documents
    /// faster, as fewer states are built again.
    #[arg(long, default_value_t = clausescan::regex_cache::CACHE_BUDGET >> 20, value_name = "MIB")]
    cache_budget: usize,
    /// After the scan, print on stderr how long each rule's searches took
    /// (summed over threads), slowest first, with the documents, windows
    /// and matches it searched and found: which rules slow a scan down.
    #[arg(long)]
    rule_times: bool,
    #[command(flatten)]
    review: ReviewArgs,
}

#[derive(Args)]
struct EvalArgs {
    /// The labels file (JSON array of {file, labels, evidence}).
    #[arg(long, value_name = "FILE")]
    labels: PathBuf,
    /// Folder the labelled paths are relative to (default: the labels
    /// file's folder).
    path: Option<PathBuf>,
    #[command(flatten)]
    rules: RuleArgs,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Exit with status 1 when a label's precision or recall is below this.
    #[arg(long, value_name = "RATIO")]
    min: Option<f64>,
}

#[derive(Args)]
struct RulesArgs {
    #[command(flatten)]
    rules: RuleArgs,
    /// List the rules after checking them: id, category, severity, where
    /// the regex runs (`whole` document, or `-B/+A`: from B bytes before a
    /// keyword to A bytes after it) and languages.
    #[arg(long)]
    list: bool,
}

fn main() -> ExitCode {
    install_panic_hook();
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some(isolate::WORKER_ARG) {
        return match isolate::worker_main(&args[2..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(EXIT_FATAL),
        };
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(a) => run_scan(a),
        Command::Eval(a) => run_eval(a),
        Command::Rules(a) => run_rules(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("clausescan: {e}");
            ExitCode::from(EXIT_FATAL)
        }
    }
}

/// Panics contained around extractors are reported in the record; keep
/// them off stderr.
fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !clausescan::extract::pdf::containing_panic() {
            default(info);
        }
    }));
}

/// Write `text` to standard output; a reader that went away (`| head`) is
/// not an error.
fn emit(text: &str) -> Result<(), String> {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
}

fn engine(rules: &RuleArgs) -> Result<Engine, String> {
    // With the bundled rules alone, their keyword automaton is built while
    // they load.
    let prebuilt = (rules.rules.is_empty() && rules.add_rules.is_empty())
        .then(Prebuilt::spawn)
        .flatten();
    rules
        .load()
        .map(|set| Engine::with_prebuilt(set, prebuilt))
        .map_err(|e| format!("invalid rules: {e}"))
}

fn run_scan(a: ScanArgs) -> Result<u8, String> {
    let started = Instant::now();
    for p in &a.paths {
        std::fs::symlink_metadata(p)
            .map_err(|e| format!("{}: {}", p.display(), walk::io_message(&e)))?;
    }
    let mut engine = engine(&a.rules)?;
    engine.matcher.cache_budget = a.cache_budget.saturating_mul(1 << 20);
    if a.rule_times {
        let times = clausescan::matcher::RuleTimes::new(engine.rules.rules.len());
        engine.matcher.times = Some(Arc::new(times));
    }
    let entries = walk::walk(
        &a.paths,
        &WalkOptions {
            follow_links: a.follow_links,
            include: a.include.clone(),
            exclude: a.exclude.clone(),
        },
    )
    .map_err(|e| e.to_string())?;
    let entries: Vec<_> = entries
        .into_iter()
        .filter(|e| !a.review.is_output(&e.path))
        .collect();
    let limits = Limits::default();
    let workers = if a.no_isolation {
        None
    } else {
        let exe =
            std::env::current_exe().map_err(|e| format!("cannot locate clausescan itself: {e}"))?;
        if !(a.timeout > 0.0 && a.timeout.is_finite()) {
            return Err("--timeout must be a positive number of seconds".into());
        }
        Some(Arc::new(Pool::new(PoolConfig {
            exe,
            timeout: Duration::from_secs_f64(a.timeout),
            max_memory: a.max_memory.saturating_mul(1 << 20),
            limits,
        })))
    };
    let ocr = if a.ocr {
        let languages = clausescan::ocr::detect_languages().ok_or(
            "--ocr needs the pdftoppm (poppler-utils) and tesseract programs, with language data for at least one of eng, fra, deu, spa, ita, nld",
        )?;
        Some(clausescan::ocr::OcrOptions {
            languages,
            timeout: Duration::from_secs_f64(a.timeout.max(1.0) * 4.0),
            dpi: 200,
        })
    } else {
        None
    };
    let opts = ScanOptions {
        ocr,
        context: a.context,
        max_file_size: a.max_file_size,
        max_findings: a.max_findings,
        limits,
        archive: Default::default(),
        workers,
    };
    let jobs = a
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let threshold = a.fail_on.map(|s| match s {
        SeverityArg::Info => Severity::Info,
        SeverityArg::Low => Severity::Low,
        SeverityArg::Medium => Severity::Medium,
        SeverityArg::High => Severity::High,
    });
    let stdout_tty = io::stdout().is_terminal();
    // On a terminal, stdout is written line by line so that a progress bar
    // on the same screen can be hidden around each write.
    let stdout: Box<dyn Write> = if stdout_tty {
        Box::new(io::stdout().lock())
    } else {
        Box::new(io::BufWriter::new(io::stdout().lock()))
    };
    let format = match a.format {
        Some(f) => f,
        None if stdout_tty && a.out_dir.is_none() => FormatArg::Text,
        None => FormatArg::Ndjson,
    };
    let primary: Box<dyn Sink> = match (&a.out_dir, format) {
        (Some(dir), _) => {
            Box::new(DirSink::new(dir.clone()).map_err(|e| format!("{}: {e}", dir.display()))?)
        }
        (None, FormatArg::Text) => Box::new(review::terminal::TextSink::new(
            stdout,
            review::terminal::TextOptions::for_stdout(a.review.color),
        )),
        (None, FormatArg::Ndjson) => Box::new(StreamSink::new(stdout, OutputFormat::Ndjson)),
        (None, FormatArg::Json) => Box::new(StreamSink::new(stdout, OutputFormat::Json)),
    };
    let mut sinks = vec![primary];
    sinks.extend(a.review.file_sinks(&engine.rules, &a.paths)?);
    let mut sink = review::Tee::new(sinks);
    let mut progress = review::progress::Progress::new(&entries, a.review.quiet, a.review.color);
    let mut summary = SummaryBuilder::default();
    let mut tripped = false;
    let scanned = scan::run(&engine, &entries, &opts, jobs, |entry, rec| {
        summary.add(&rec);
        tripped |= threshold.is_some_and(|t| rec.findings.iter().any(|f| f.severity >= t));
        let rel = scan::relative_to_roots(std::path::Path::new(&rec.path), &a.paths);
        progress.document(entry, &rec);
        progress.suspend(|| sink.document(&rec, &rel))
    });
    progress.finish();
    if let Some(times) = &engine.matcher.times {
        eprint!("{}", times.table(&engine.rules));
    }
    scanned.map_err(|e| format!("writing output: {e}"))?;
    let summary = summary.finish(started.elapsed().as_millis() as u64);
    sink.finish(&summary)
        .map_err(|e| format!("writing output: {e}"))?;
    if a.out_dir.is_some() {
        let line = serde_json::to_string(&summary).map_err(|e| e.to_string())?;
        writeln!(io::stdout(), "{line}").map_err(|e| e.to_string())?;
    }
    // Freeing thousands of compiled automata takes longer than scanning a
    // small folder; the process is about to exit anyway.
    std::mem::forget(engine);
    Ok(if tripped { EXIT_FINDINGS } else { EXIT_OK })
}

fn run_eval(a: EvalArgs) -> Result<u8, String> {
    let engine = engine(&a.rules)?;
    let labels = eval::read_labels(&a.labels)?;
    let base = a
        .path
        .clone()
        .unwrap_or_else(|| eval::default_base(&a.labels));
    let report = eval::evaluate(&engine, &labels, &base, &ScanOptions::default());
    if a.json {
        let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        emit(&format!("{json}\n"))?;
    } else {
        emit(&report.to_text(&a.labels.display().to_string()))?;
    }
    let below = a.min.is_some_and(|m| {
        report
            .scores
            .values()
            .any(|s| s.precision() < m || s.recall() < m)
    });
    Ok(if below { EXIT_FINDINGS } else { EXIT_OK })
}

fn run_rules(a: RulesArgs) -> Result<u8, String> {
    use std::fmt::Write as _;
    let engine = engine(&a.rules)?;
    let failures = clausescan::examples::check(&engine);
    let mut out = String::new();
    if a.list {
        for (ri, r) in engine.rules.rules.iter().enumerate() {
            // Where the regex runs: the whole document, or windows from
            // `before` bytes ahead of a keyword to `after` past it.
            let search = match engine.matcher.reach(&engine.rules, ri, usize::MAX) {
                None => "whole".to_string(),
                Some((before, after)) => format!("-{before}/+{after}"),
            };
            let _ = writeln!(
                out,
                "{:<45} {:<18} {:<7} {:<11} {}",
                r.id,
                r.category.as_str(),
                r.severity.as_str(),
                search,
                r.languages.join(",")
            );
        }
    }
    for f in &failures {
        let _ = writeln!(out, "FAIL {f}");
    }
    // A rule author's packs: say which rules search whole documents, and
    // what keyword would let them search only around their keywords.
    if !a.rules.rules.is_empty() || !a.rules.add_rules.is_empty() {
        for r in engine.rules.rules.iter().filter(|r| r.whole_document) {
            let part = clausescan::rules::uncovered_part(r.regex.source(), &r.keywords)
                .map(|p| format!(": no keyword in {p}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "NOTE {}: rule `{}` searches whole documents{part}",
                r.source.display(),
                r.id
            );
        }
    }
    let examples: usize = engine
        .rules
        .rules
        .iter()
        .map(|r| r.should_match.len() + r.should_not_match.len())
        .sum();
    let whole = engine
        .rules
        .rules
        .iter()
        .filter(|r| r.whole_document)
        .count();
    let _ = writeln!(
        out,
        "{} rules ({whole} search whole documents), {} examples, {} failures",
        engine.rules.rules.len(),
        examples,
        failures.len()
    );
    emit(&out)?;
    Ok(if failures.is_empty() {
        EXIT_OK
    } else {
        EXIT_FATAL
    })
}
