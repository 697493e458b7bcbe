//! The progress bar of a scan, on stderr and only when stderr is a
//! terminal: files done/total, bytes done/total, rate, ETA and the file
//! being waited for. Output written through [`Progress::suspend`] hides the
//! bar while it is written, so the two never mix on a shared terminal.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::record::DocumentRecord;
use crate::walk::{Entry, EntryKind};

/// A scan's progress bar, or nothing.
pub struct Progress<'a> {
    bar: Option<ProgressBar>,
    entries: &'a [Entry],
    done: usize,
    /// The entry of the last record counted.
    last: Option<*const Entry>,
    /// Hide the bar around output only when that output shares the
    /// terminal (redrawing per document would flicker for nothing).
    suspend_for_output: bool,
}

impl<'a> Progress<'a> {
    /// A bar over `entries`, shown when stderr is a terminal and not
    /// `quiet`. `color` colours the bar.
    pub fn new(entries: &'a [Entry], quiet: bool, color: super::ColorChoice) -> Progress<'a> {
        let stderr_tty = std::io::stderr().is_terminal();
        let bar = (!quiet && stderr_tty).then(|| {
            Self::bar(
                entries,
                color.enabled(stderr_tty),
                ProgressDrawTarget::stderr(),
            )
        });
        let p = Progress {
            bar,
            entries,
            done: 0,
            last: None,
            suspend_for_output: std::io::stdout().is_terminal(),
        };
        p.show_current();
        p
    }

    fn bar(entries: &[Entry], color: bool, target: ProgressDrawTarget) -> ProgressBar {
        // The total bytes: one stat per file, cheap next to reading them.
        let total: u64 = entries
            .iter()
            .filter(|e| matches!(e.kind, EntryKind::File))
            .filter_map(|e| std::fs::metadata(&e.path).ok())
            .map(|m| m.len())
            .sum();
        let files = entries.len();
        let template = if color {
            "{spinner:.cyan} {prefix:.bold} [{bar:28.cyan/blue}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {wide_msg:.dim}"
        } else {
            "{spinner} {prefix} [{bar:28}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {wide_msg}"
        };
        let style = ProgressStyle::with_template(template)
            .expect("valid progress template")
            .progress_chars("=> ");
        let bar = ProgressBar::with_draw_target(Some(total), target).with_style(style);
        bar.set_prefix(format!("0/{files} files"));
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    }

    fn show_current(&self) {
        if let Some(bar) = &self.bar {
            let msg = self
                .entries
                .get(self.done)
                .map(|e| super::terminal::clean(&e.path.to_string_lossy()).into_owned())
                .unwrap_or_default();
            bar.set_message(msg);
        }
    }

    /// Count a record (records arrive in path order; an archive's entry
    /// gives its own record, then one per member, which are not counted
    /// again).
    pub fn document(&mut self, entry: &Entry, rec: &DocumentRecord) {
        if self.last.is_some_and(|p| std::ptr::eq(p, entry)) {
            return;
        }
        self.last = Some(entry as *const Entry);
        self.done += 1;
        if let Some(bar) = &self.bar {
            bar.inc(rec.bytes);
            if let Some(len) = bar.length() {
                // Files that grew since the walk must not overflow the bar.
                if bar.position() > len {
                    bar.set_length(bar.position());
                }
            }
            bar.set_prefix(format!("{}/{} files", self.done, self.entries.len()));
        }
        self.show_current();
    }

    /// Run `f` (which writes output) with the bar hidden.
    pub fn suspend<T>(&self, f: impl FnOnce() -> T) -> T {
        match &self.bar {
            Some(bar) if self.suspend_for_output => bar.suspend(f),
            _ => f(),
        }
    }

    /// Remove the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
