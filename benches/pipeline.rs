//! Per-stage throughput on text made from the bundled corpus (repeated to
//! about 8 MiB): normalize, page furniture, keyword prefilter, full
//! analysis (prefilter + regex + attributes), assessment; and the matcher
//! over the corpus's documents one at a time against batches of 32
//! (`Matcher::find_batch`, as the scan's threads match them). `cargo bench
//! --bench pipeline`.

use std::path::Path;

use clausescan::assess::assess;
use clausescan::furniture::mask;
use clausescan::normalize::normalize;
use clausescan::{Engine, RuleSet};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The bundled corpus's text and Markdown files, in path order.
fn corpus_files() -> Vec<String> {
    let mut files: Vec<_> =
        walkdir::WalkDir::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| {
                e.path()
                    .extension()
                    .is_some_and(|x| x == "txt" || x == "md")
            })
            .map(|e| e.path().to_path_buf())
            .collect();
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect()
}

fn corpus_text() -> String {
    let mut one = String::new();
    for f in corpus_files() {
        one.push_str(&f);
        one.push('\n');
    }
    let mut text = String::new();
    while text.len() < 8 << 20 {
        text.push_str(&one);
    }
    text
}

fn stages(c: &mut Criterion) {
    let text = corpus_text();
    let engine = Engine::new(RuleSet::bundled().unwrap());
    let norm = normalize(&text);
    let mut g = c.benchmark_group("stages");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("normalize", |b| b.iter(|| normalize(&text).text.len()));
    g.bench_function("furniture", |b| b.iter(|| mask(&text, &[]).len()));
    g.bench_function("prefilter", |b| {
        b.iter(|| {
            engine
                .matcher
                .candidate_rules(&norm.text)
                .iter()
                .filter(|x| **x)
                .count()
        })
    });
    g.bench_function("match_confirm", |b| {
        b.iter(|| engine.matcher.find(&engine.rules, &norm.text).len())
    });
    g.bench_function("analyze_end_to_end", |b| {
        b.iter(|| engine.analyze(&text, &[], 200).len())
    });
    let findings = engine.analyze(&text, &[], 200);
    g.bench_function("assess", |b| b.iter(|| assess(&findings).reasons.len()));
    g.finish();
}

/// The corpus's documents, each normalized, matched one at a time and in
/// batches of 32 (rules outer, documents inner).
fn batches(c: &mut Criterion) {
    let engine = Engine::new(RuleSet::bundled().unwrap());
    let docs: Vec<String> = corpus_files().iter().map(|t| normalize(t).text).collect();
    let docs: Vec<&str> = docs.iter().map(String::as_str).collect();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mut g = c.benchmark_group("documents");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("match_one_at_a_time", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| engine.matcher.find(&engine.rules, d).len())
                .sum::<usize>()
        })
    });
    g.bench_function("match_in_batches_of_32", |b| {
        b.iter(|| {
            docs.chunks(32)
                .flat_map(|chunk| engine.matcher.find_batch(&engine.rules, chunk))
                .map(|found| found.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, stages, batches);
criterion_main!(benches);
