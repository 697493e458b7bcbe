#!/usr/bin/env python3
"""Performance comparison harness for clausescan (issue 6).

Generates deterministic corpora from the project's own documents, runs the
release build of clausescan and its peers (ripgrep, pdftotext) in
alternation, and prints the four targets of the issue with the measured
ratio and PASS/FAIL.  Python 3.11+ standard library only; see
benches/README.md.

    python3 benches/compare.py --quick      # small sizes, 3 runs, < 2 min
    python3 benches/compare.py              # full sizes, 5 runs
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import importlib.util
import json
import os
import platform
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEN_VERSION = 3  # bump when the generators change: the corpora are rebuilt
SEED = 20240606
LANGS = ("en", "fr", "de")
KB, MB = 1 << 10, 1 << 20

# Sizes.  "x16" is the main text corpus (target 1); x1 and x4 are its first
# files (hard links), for the linearity check.  The rules check runs on x1.
FULL = dict(
    runs=5,
    timeout=240.0,
    budget=None,
    text_x16=512 * MB,
    text_file=(50 * KB, 500 * KB),
    pdfs=200,
    pdf_pages=(2, 22),
    rss_docs=(1000, 10000),
    rss_file=(2 * KB, 20 * KB),
    startup_runs=15,
)
QUICK = dict(
    runs=3,
    timeout=20.0,
    budget=90.0,
    text_x16=4 * MB,
    text_file=(10 * KB, 60 * KB),
    pdfs=16,
    pdf_pages=(2, 8),
    rss_docs=(100, 1000),
    rss_file=(1 * KB, 4 * KB),
    startup_runs=7,
)

STARTUP_DOC = """MASTER SERVICES AGREEMENT

12. Governing law. This Agreement shall be governed by the laws of the State
of California, and the parties submit to the exclusive jurisdiction of the
courts of San Francisco County.
"""


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# Corpus generation (deterministic: fixed seed, sorted inputs)
# --------------------------------------------------------------------------

FIRST_NAMES = [
    "Acme", "Nordwind", "Lumen", "Brightpath", "Cirrus", "Helios", "Quantix",
    "Vertex", "Solstice", "Arbor", "Kestrel", "Meridian", "Orbis", "Pylon",
    "Tessel", "Wolkenwerk", "Datalys", "Nuage", "Fennec", "Galaxie",
]


def source_paragraphs() -> dict[str, list[str]]:
    """Paragraphs of corpus/<lang>/*.txt|*.md, per language."""
    out: dict[str, list[str]] = {}
    for lang in LANGS:
        paras: list[str] = []
        for p in sorted((ROOT / "corpus" / lang).iterdir()):
            if p.suffix not in (".txt", ".md"):
                continue
            text = p.read_text(encoding="utf-8").replace("\r\n", "\n")
            for para in re.split(r"\n\s*\n", text):
                if para.strip():
                    paras.append(para.strip("\n"))
        if not paras:
            raise SystemExit(f"no corpus/{lang} documents to build the corpus from")
        out[lang] = paras
    return out


def rewrap(text: str, width: int) -> str:
    words = text.split()
    lines, cur, n = [], [], 0
    for w in words:
        if cur and n + 1 + len(w) > width:
            lines.append(" ".join(cur))
            cur, n = [], 0
        n += len(w) + (1 if cur else 0)
        cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return "\n".join(lines)


def mutate(rng: random.Random, para: str) -> str:
    """A variant of a paragraph: new line breaks, names, numbers."""
    if rng.random() < 0.4:
        para = rewrap(para, rng.randint(60, 100))
    if rng.random() < 0.3:
        name = rng.choice(FIRST_NAMES)
        para = re.sub(r"\b[A-Z][a-z]{3,}(?= (?:Inc|Ltd|GmbH|SAS|SA|LLC|B\.V\.|S\.r\.l\.)\b)",
                      name, para)
    if rng.random() < 0.2:
        para = re.sub(r"\b\d{2,3}\b", lambda m: str(rng.randint(10, 999)), para)
    if rng.random() < 0.1:
        sents = re.split(r"(?<=[.;])\s+", para)
        if len(sents) > 2:
            rng.shuffle(sents)
            para = " ".join(sents)
    return para


def paragraph_pool(rng: random.Random, per_lang: int) -> dict[str, list[str]]:
    src = source_paragraphs()
    return {lang: [mutate(rng, rng.choice(src[lang])) for _ in range(per_lang)]
            for lang in LANGS}


def make_doc(rng: random.Random, pool: dict[str, list[str]], lang: str,
             size: int, title: str) -> str:
    parts = [title, ""]
    n = len(title) + 1
    paras = pool[lang]
    while n < size:
        p = rng.choice(paras)
        parts.append(p)
        n += len(p.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


def log_uniform(rng: random.Random, lo: int, hi: int) -> int:
    import math
    return int(math.exp(rng.uniform(math.log(lo), math.log(hi))))


def link_subset(files: list[Path], src_root: Path, dst: Path) -> None:
    for f in files:
        t = dst / f.relative_to(src_root)
        t.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(f, t)
        except OSError:
            shutil.copyfile(f, t)


def gen_text(scratch: Path, cfg: dict) -> dict:
    """The text corpus: x16 (all files), x4 and x1 (first files)."""
    rng = random.Random(SEED)
    pool = paragraph_pool(rng, 3000)
    base = scratch / "text"
    full = base / "x16"
    full.mkdir(parents=True)
    lo, hi = cfg["text_file"]
    files: list[tuple[Path, int]] = []
    total, i = 0, 0
    while total < cfg["text_x16"]:
        lang = LANGS[i % 3] if rng.random() < 0.5 else rng.choice(LANGS)
        size = log_uniform(rng, lo, hi)
        text = make_doc(rng, pool, lang, size, f"DOCUMENT {i:05d} ({lang})")
        p = full / lang / f"doc-{i:05d}.txt"
        p.parent.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        p.write_bytes(data)
        files.append((p, len(data)))
        total += len(data)
        i += 1
    info = {"x16": {"files": len(files), "bytes": total}}
    for k in (1, 4):
        want = cfg["text_x16"] * k // 16
        sub, n = [], 0
        for p, size in files:
            if n >= want:
                break
            sub.append(p)
            n += size
        link_subset(sub, full, base / f"x{k}")
        info[f"x{k}"] = {"files": len(sub), "bytes": n}
    return info


def gen_real(src: Path, dst: Path, copies: int = 8, size: int = 300 * KB) -> dict:
    """The text and Markdown files of `src` (sorted), concatenated `copies`
    times and cut at line ends into files of about `size` bytes: real legal
    prose, less dense in clauses than the generated text and far more
    varied. Written afresh by every run (a second or so), one document at a
    time: the peak RSS of this process is inherited by the children it
    measures."""
    sources = [f for f in sorted(src.rglob("*")) if f.suffix in (".txt", ".md") and f.is_file()]
    if not sources:
        return {"files": 0, "bytes": 0}
    shutil.rmtree(dst, ignore_errors=True)
    dst.mkdir(parents=True)
    n = total = 0
    buf = bytearray()

    def flush(cut: int) -> None:
        nonlocal n, buf
        (dst / f"real-{n:04d}.txt").write_bytes(bytes(buf[:cut]))
        n, buf = n + 1, buf[cut:]

    for _ in range(copies):
        for f in sources:
            data = f.read_bytes().decode("utf-8", errors="replace").encode("utf-8") + b"\n\n"
            buf += data
            total += len(data)
            while len(buf) > size:
                cut = buf.find(b"\n", size)
                if cut < 0:
                    break
                flush(cut + 1)
    if buf:
        flush(len(buf))
    return {"files": n, "bytes": total, "sources": len(sources)}


def gen_rss(scratch: Path, cfg: dict) -> dict:
    """Many small documents: n_small and n_big (the first n_small shared)."""
    rng = random.Random(SEED + 1)
    pool = paragraph_pool(rng, 1000)
    n_small, n_big = cfg["rss_docs"]
    lo, hi = cfg["rss_file"]
    big = scratch / "rss" / f"n{n_big}"
    files, sizes = [], []
    for i in range(n_big):
        lang = rng.choice(LANGS)
        text = make_doc(rng, pool, lang, log_uniform(rng, lo, hi), f"NOTICE {i:05d}")
        p = big / f"d{i // 500:02d}" / f"n-{i:05d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        p.write_bytes(data)
        files.append(p)
        sizes.append(len(data))
    link_subset(files[:n_small], big, scratch / "rss" / f"n{n_small}")
    return {f"n{n_small}": {"files": n_small, "bytes": sum(sizes[:n_small])},
            f"n{n_big}": {"files": n_big, "bytes": sum(sizes)}}


def load_txt2pdf():
    path = ROOT / "tests" / "tools" / "txt2pdf.py"
    spec = importlib.util.spec_from_file_location("txt2pdf", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gen_pdfs(scratch: Path, cfg: dict) -> dict:
    """PDFs of known page counts, written by tests/tools/txt2pdf.py."""
    t2p = load_txt2pdf()
    rng = random.Random(SEED + 2)
    pool = paragraph_pool(rng, 1000)
    out = scratch / "pdf"
    out.mkdir(parents=True)
    lpp = t2p.LINES_PER_PAGE
    pages_total = 0
    lo, hi = cfg["pdf_pages"]
    for i in range(cfg["pdfs"]):
        lang = LANGS[i % 3]
        n_pages = rng.randint(lo, hi)
        pages = []
        for _ in range(n_pages):
            lines: list[str] = []
            while len(lines) < lpp:
                lines.extend(rewrap(rng.choice(pool[lang]), t2p.WRAP).split("\n"))
                lines.append("")
            page = lines[:lpp]
            while page and not page[-1].strip():
                page.pop()
            if page and not page[0].strip():
                page[0] = "-"
            pages.append("\n".join(page or ["-"]))
        text = "\f\n".join(pages)
        got = len(t2p.layout(text))
        assert got == n_pages, (got, n_pages)
        (out / f"{lang}-{i:04d}.pdf").write_bytes(
            t2p.build_pdf(text, title=f"Document {i}"))
        pages_total += n_pages
    return {"files": cfg["pdfs"], "pages": pages_total,
            "bytes": sum(p.stat().st_size for p in out.iterdir())}


def split_pack(text: str) -> tuple[str, list[str]]:
    """A rule pack as (header, [rule blocks]), split at `[[rules]]` lines."""
    parts = re.split(r"(?m)^(?=\[\[rules\]\]\s*$)", text)
    return parts[0], parts[1:]


def bundled_packs() -> list[Path]:
    return sorted(p for p in (ROOT / "patterns").glob("*.toml")
                  if p.name != "jurisdictions.toml")


def count_rules() -> int:
    # (A pack may hold only word lists: patterns/lists.toml.)
    return sum(len(tomllib.loads(p.read_text()).get("rules", [])) for p in bundled_packs())


def gen_rules_subset(dst: Path, n: int) -> int:
    """The first n rules taken round-robin across the bundled packs."""
    packs = [(p, *split_pack(p.read_text(encoding="utf-8"))) for p in bundled_packs()]
    chosen: dict[Path, list[str]] = {p: [] for p, _, _ in packs}
    k, taken = 0, 0
    while taken < n and any(k < len(b) for _, _, b in packs):
        for p, _, blocks in packs:
            if k < len(blocks) and taken < n:
                chosen[p].append(blocks[k])
                taken += 1
        k += 1
    dst.mkdir(parents=True)
    got = 0
    for p, header, blocks in packs:
        if chosen[p]:
            body = header + "".join(chosen[p])
            got += len(tomllib.loads(body)["rules"])
            (dst / p.name).write_text(body, encoding="utf-8")
        elif not blocks:
            # A pack of word lists only (patterns/lists.toml): the chosen
            # rules may name its lists (`{@us_place}`).
            (dst / p.name).write_text(header, encoding="utf-8")
    return got


def fold(s: str) -> str:
    s = s.lower().replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


CATEGORIES = ["privacy_shield", "dpf", "scc", "governing_law",
              "government_access", "us_transfer", "us_entity"]


def gen_synthetic_rules(dst: Path, n: int) -> int:
    """n extra rules in the style of the bundled ones: a keyword taken from
    the corpus vocabulary (uniformly over distinct words, so mostly rare
    ones) and a regex requiring a second word within three words of it."""
    rng = random.Random(SEED + 3)
    vocab = set()
    for paras in source_paragraphs().values():
        for para in paras:
            for w in re.findall(r"\w+", fold(para)):
                if len(w) >= 5 and w.isascii() and w.isalpha():
                    vocab.add(w)
    words = sorted(vocab)
    dst.mkdir(parents=True)
    out = ["# Synthetic rules for the scaling benchmark (benches/compare.py).\n"]
    for i in range(n):
        w1, w2 = rng.choice(words), rng.choice(words)
        out.append(f"""
[[rules]]
id = "synthetic.r{i:05d}"
category = "{CATEGORIES[i % len(CATEGORIES)]}"
severity = "info"
description = "Synthetic benchmark rule {i}."
languages = ["any"]
keywords = ["{w1}"]
regex = '''\\b{w1}\\s(?:\\S+\\s){{0,3}}{w2}\\b'''
should_match = ["{w1} {w2}"]
""")
    (dst / "synthetic.toml").write_text("".join(out), encoding="utf-8")
    return n


def source_digest() -> str:
    h = hashlib.sha256()
    for p in sorted((ROOT / "corpus").rglob("*")) + bundled_packs() + [
            ROOT / "tests" / "tools" / "txt2pdf.py"]:
        if p.is_file():
            h.update(str(p.relative_to(ROOT)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


_LOCKS: list = []


def generate(scratch: Path, cfg: dict, mode: str) -> dict:
    """Generate (or reuse) every corpus; returns the manifest."""
    key = json.dumps({"v": GEN_VERSION, "mode": mode, "src": source_digest(),
                      "cfg": {k: cfg[k] for k in sorted(cfg) if k not in
                              ("runs", "timeout", "budget", "startup_runs")}}, sort_keys=True)
    manifest_path = scratch / "manifest.json"
    scratch.mkdir(parents=True, exist_ok=True)
    # Every run holds a shared lock on the corpora while it uses them; they
    # are only regenerated under an exclusive one.
    lock = open(scratch.parent / f".{scratch.name}.lock", "w")
    _LOCKS.append(lock)  # held until the process exits
    fcntl.flock(lock, fcntl.LOCK_SH)
    if manifest_path.exists():
        m = json.loads(manifest_path.read_text())
        if m.get("key") == key:
            log(f"corpora: reusing {scratch}")
            return m
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise SystemExit(f"{scratch} holds other corpora and another run is using them: "
                         "wait for it or use --scratch")
    for p in scratch.iterdir():
        if p.name != "out":
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    t0 = time.perf_counter()
    log(f"corpora: generating in {scratch} ...")
    m: dict = {"key": key}
    m["text"] = gen_text(scratch, cfg)
    m["rss"] = gen_rss(scratch, cfg)
    m["pdf"] = gen_pdfs(scratch, cfg)
    m["bundled_rules"] = count_rules()
    m["rules50"] = gen_rules_subset(scratch / "rules" / "r50", 50)
    m["synthetic"] = gen_synthetic_rules(scratch / "rules" / "synthetic",
                                         10 * m["bundled_rules"])
    (scratch / "startup").mkdir()
    (scratch / "startup" / "msa.txt").write_text(STARTUP_DOC, encoding="utf-8")
    manifest_path.write_text(json.dumps(m, indent=1))
    fcntl.flock(lock, fcntl.LOCK_SH)  # downgrade: others may share them now
    log(f"corpora: done in {time.perf_counter() - t0:.1f} s")
    return m


# --------------------------------------------------------------------------
# Running and measuring
# --------------------------------------------------------------------------

@dataclass
class Run:
    wall: float
    cpu: float  # user + sys, the process and its reaped children
    maxrss_kb: int
    code: int
    timed_out: bool
    out: Path


@dataclass
class Case:
    name: str
    argv: list[str]
    stdin: bytes | None = None
    runs: list[Run] = field(default_factory=list)
    skip: bool = False  # stop running it (timed out or failed)
    note: str = ""

    def ok_runs(self) -> list[Run]:
        return [r for r in self.runs if not r.timed_out and r.code in (0, 1)]

    def median(self, attr: str = "wall") -> float | None:
        ok = self.ok_runs()
        return statistics.median(getattr(r, attr) for r in ok) if ok else None

    def timed_out(self) -> bool:
        return any(r.timed_out for r in self.runs)


def run_once(case: Case, out: Path, timeout: float) -> Run:
    """Run case.argv, stdout to `out`; wall time, rusage of the process
    tree (via wait4), and a kill of the whole process group on timeout."""
    with open(out, "wb") as fout, open(out.with_suffix(".err"), "wb") as ferr:
        t0 = time.perf_counter()
        p = subprocess.Popen(case.argv, stdout=fout, stderr=ferr,
                             stdin=subprocess.PIPE if case.stdin is not None
                             else subprocess.DEVNULL,
                             start_new_session=True)
        killed = threading.Event()

        def kill():
            killed.set()
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        if case.stdin is not None:
            try:
                p.stdin.write(case.stdin)
                p.stdin.close()
            except BrokenPipeError:
                pass
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        if killed.is_set():
            # Reap what the group left behind (pdf workers, xargs children).
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    return Run(wall=wall, cpu=ru.ru_utime + ru.ru_stime, maxrss_kb=ru.ru_maxrss,
               code=p.returncode, timed_out=killed.is_set(), out=out)


class Budget:
    """An optional time budget for all measurements (quick mode): each
    section gets an equal share of what is left; a section stops starting
    new rounds when the next one would overrun its share (at least one round
    always runs)."""

    def __init__(self, seconds: float | None, sections: int):
        self.deadline = time.perf_counter() + seconds if seconds else None
        self.sections = max(sections, 1)

    def section(self) -> float | None:
        """The deadline of the section starting now."""
        if self.deadline is None:
            return None
        now = time.perf_counter()
        share = max(self.deadline - now, 0) / self.sections
        self.sections = max(self.sections - 1, 1)
        return now + share


def alternate(cases: list[Case], runs: int, timeout: float, outdir: Path,
              check=None, budget: Budget | None = None) -> None:
    """A B C A B C ...: `runs` rounds; a case that times out or fails is not
    run again."""
    deadline = budget.section() if budget else None
    last_round = 0.0
    for r in range(runs):
        now = time.perf_counter()
        if r > 0 and deadline is not None and now + last_round > deadline:
            for c in cases:
                if not c.skip and not c.note:
                    c.note = f"time budget: {len(c.runs)} run(s)"
            log(f"  time budget reached after {r} round(s)")
            break
        t_round = time.perf_counter()
        for c in cases:
            if c.skip:
                continue
            out = outdir / f"{c.name}.out"
            limit = timeout
            if deadline is not None:
                limit = min(timeout, max(deadline - time.perf_counter(), 5.0))
            run = run_once(c, out, limit)
            c.runs.append(run)
            tag = "TIMEOUT" if run.timed_out else f"exit {run.code}"
            log(f"  {c.name:<22} run {r + 1}: {run.wall:8.3f} s wall, "
                f"{run.cpu:8.3f} s cpu, {run.maxrss_kb / 1024:7.1f} MiB  {tag}")
            if run.timed_out:
                c.skip = True
                c.note = f"timed out after {limit:.0f} s"
            elif run.code not in (0, 1):
                c.skip = True
                c.note = f"exit status {run.code}"
            elif check and r == 0:
                problem = check(c, run)
                if problem:
                    c.skip = True
                    c.note = problem
                    log(f"  {c.name}: {problem}")
        last_round = time.perf_counter() - t_round


def warm(paths: list[Path]) -> None:
    """Read every file once so all runs see cached files."""
    for root in paths:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                with open(p, "rb") as f:
                    while f.read(1 << 20):
                        pass


def summary_of(out: Path) -> dict | None:
    """The clausescan summary record (last line of the NDJSON output)."""
    try:
        with open(out, "rb") as f:
            f.seek(0, 2)
            size = f.tell()
            f.seek(max(0, size - 65536))
            last = f.read().rstrip(b"\n").rsplit(b"\n", 1)[-1]
        rec = json.loads(last)
        return rec if rec.get("type") == "summary" else None
    except (OSError, ValueError):
        return None


def done_in(out: Path) -> dict:
    """Documents, bytes and pages a clausescan output holds records for
    (records are streamed in path order as documents finish, so for a killed
    run this is what it got through)."""
    d = {"docs": 0, "bytes": 0, "pages": 0}
    with open(out, "rb") as f:
        for line in f:
            if not line.endswith(b"\n") or not line.startswith(b'{"type":"document"'):
                continue
            d["docs"] += 1
            for k in ("bytes", "pages"):
                mm = re.search(rb'"%s":(\d+)' % k.encode(), line)
                if mm:
                    d[k] += int(mm.group(1))
    return d


def clausescan_check(files: int):
    def check(case: Case, run: Run) -> str | None:
        s = summary_of(run.out)
        if s is None:
            return "no summary record in the output"
        if s.get("files") != files:
            return f"summary says {s.get('files')} files, expected {files}"
        bad = {k: v for k, v in s.get("status", {}).items() if k != "ok"}
        if bad:
            log(f"  {case.name}: note: statuses other than ok: {bad}")
        return None
    return check


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------

def fmt_rate(v: float | None, unit: str) -> str:
    if v is None:
        return "n/a"
    if unit == "B/s":
        if v >= 1e9:
            return f"{v / 1e9:.2f} GB/s"
        if v >= 1e6:
            return f"{v / 1e6:.1f} MB/s"
        return f"{v / 1e3:.1f} kB/s"
    return f"{v:,.0f} {unit}"


def fmt_s(v: float | None) -> str:
    if v is None:
        return "n/a"
    return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="small sizes, 3 runs (under 2 minutes)")
    ap.add_argument("--scratch", type=Path,
                    help="where corpora and outputs go (default: bench-out/compare-MODE)")
    ap.add_argument("--bin", type=Path, help="clausescan binary (default: cargo build --release)")
    ap.add_argument("--runs", type=int, help="runs per case (default 5, quick 3)")
    ap.add_argument("--timeout", type=float,
                    help="seconds per run before it is killed (default 240, quick 12)")
    ap.add_argument("--budget", type=float,
                    help="seconds for all measurements, shared by the sections "
                         "(default: none, quick 90); 0 for none")
    ap.add_argument("--text-mb", type=float, help="size of the x16 text corpus in MiB")
    ap.add_argument("--pdfs", type=int, help="number of PDFs")
    ap.add_argument("--rss-docs", type=int, nargs=2, metavar=("SMALL", "BIG"),
                    help="document counts of the two RSS scans")
    ap.add_argument("--jobs", type=int, default=2, help="threads for every tool (default 2)")
    ap.add_argument("--only", default="text,real,pdf,rules,linear,rss,startup",
                    help="comma-separated subset of: text,real,pdf,rules,linear,rss,startup")
    ap.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "realdocs" / "docs",
                    help="folder of real documents whose .txt and .md files make the "
                         "'real' text corpus (default: ../shared/realdocs/docs; "
                         "skipped when absent)")
    ap.add_argument("--json", type=Path, help="also write all measurements here")
    ap.add_argument("--keep-output", action="store_true",
                    help="keep the tools' outputs (SCRATCH/out/PID/CASE.out, .err)")
    a = ap.parse_args()

    mode = "quick" if a.quick else "full"
    cfg = dict(QUICK if a.quick else FULL)
    if a.runs:
        cfg["runs"] = a.runs
    if a.timeout:
        cfg["timeout"] = a.timeout
    if a.budget is not None:
        cfg["budget"] = a.budget or None
    if a.text_mb:
        cfg["text_x16"] = int(a.text_mb * MB)
    if a.pdfs:
        cfg["pdfs"] = a.pdfs
    if a.rss_docs:
        cfg["rss_docs"] = tuple(a.rss_docs)
    only = set(a.only.split(","))
    jobs = str(a.jobs)
    scratch = (a.scratch or ROOT / "bench-out" / f"compare-{mode}").resolve()
    t_start = time.perf_counter()

    # The binary.
    if a.bin:
        exe = a.bin.resolve()
    else:
        log("building: cargo build --release --bin clausescan")
        r = subprocess.run(["cargo", "build", "--release", "--bin", "clausescan",
                            "--message-format=json-render-diagnostics"],
                           cwd=ROOT, stdout=subprocess.PIPE, text=True)
        if r.returncode != 0:
            log("cargo build failed")
            return 2
        exe = None
        for line in r.stdout.splitlines():
            try:
                msg = json.loads(line)
            except ValueError:
                continue
            if msg.get("reason") == "compiler-artifact" and msg.get("executable") \
                    and msg["target"]["name"] == "clausescan":
                exe = Path(msg["executable"])
        if exe is None:
            log("cargo build did not report the clausescan executable")
            return 2
    rev = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT,
                         capture_output=True, text=True).stdout.strip() or "?"
    rg = shutil.which("rg")
    pdftotext = shutil.which("pdftotext")
    if rg is None:
        log("SKIP peer: ripgrep `rg` not found (Debian: apt-get install -y ripgrep); "
            "target 1 is measured for clausescan only")
    if pdftotext is None:
        log("SKIP peer: `pdftotext` not found (Debian: apt-get install -y poppler-utils); "
            "target 2 is measured for clausescan only")

    m = generate(scratch, cfg, mode)
    # Per invocation, so that two runs can share the corpora.
    outdir = scratch / "out" / str(os.getpid())
    outdir.mkdir(parents=True)
    runs, timeout = cfg["runs"], cfg["timeout"]
    load_before = os.getloadavg()
    sections = ["text", "real", "pdf", "rules", "startup", "linear", "rss"]
    if "linear" in only:
        only.add("startup")
    budget = Budget(cfg["budget"], sum(1 for x in sections if x in only))
    scan = [str(exe), "scan", "-j", jobs]
    rows: list[tuple[str, ...]] = []
    details: dict = {}

    def record(name: str, cases: list[Case]) -> None:
        details[name] = {c.name: {"argv": c.argv, "note": c.note, "runs": [
            {"wall": r.wall, "cpu": r.cpu, "maxrss_kb": r.maxrss_kb, "code": r.code,
             "timed_out": r.timed_out} for r in c.runs]} for c in cases}

    def rate(c: Case, amount: float, key: str = "bytes") -> tuple[float | None, str]:
        """amount / median wall time; for a case that timed out, an estimate
        from the records it wrote before it was killed."""
        v = c.median()
        if v:
            return amount / v, ""
        if c.timed_out():
            r = c.runs[-1]
            done = done_in(r.out)[key]
            if done:
                what = f"{done / MB:.1f} MiB" if key == "bytes" else f"{done} {key}"
                return done / r.wall, f" (est.: {what} in {r.wall:.0f} s)"
        return None, f" ({c.note})" if c.note else ""

    def cpu_ratio(mine: Case, peer: Case, x: str = "x") -> str:
        """The same ratio on CPU time (peer cpu / clausescan cpu), less
        sensitive than wall time to other work on a shared machine."""
        a_, b_ = mine.median("cpu"), peer.median("cpu")
        return f" (cpu {b_ / a_:.3g}{x})" if a_ and b_ else ""

    def n_runs(*cases: Case) -> str:
        return "/".join(str(len(c.ok_runs())) for c in cases)

    def text_vs_rg(name: str, root: Path, t: dict) -> tuple[Case, Case | None, float | None, str]:
        """Scan `root` with clausescan and with `rg -i -c -f phrases.txt`,
        alternating: the two cases, clausescan's throughput and its note."""
        warm([root])
        cs = Case(f"clausescan-{name}", scan + ["--format", "ndjson", str(root)])
        cr = Case(f"rg-{name}", [rg, "-i", "-c", "-f", str(ROOT / "benches" / "phrases.txt"),
                                 "-j", jobs, "--no-ignore", str(root)]) if rg else None
        cases = [cs] + ([cr] if cr else [])
        alternate(cases, runs, timeout, outdir, check=lambda c, r: (
            clausescan_check(t["files"])(c, r) if c is cs else None), budget=budget)
        record(name, cases)
        tput, est = rate(cs, t["bytes"])
        return cs, cr, tput, est

    # ---- 1. text throughput vs rg ------------------------------------------
    if "text" in only:
        t = m["text"]["x16"]
        root = scratch / "text" / "x16"
        log(f"[1] text: {t['files']} files, {t['bytes'] / MB:.0f} MiB")
        cs, cr, tput, est = text_vs_rg("text", root, t)
        label = f"1 text {t['bytes'] / MB:.0f} MiB, {t['files']} files, ndjson"
        if rg and cr.median():
            peer = t["bytes"] / cr.median()
            ratio = tput / peer if tput else None
            rows.append((label, fmt_rate(tput, "B/s") + est, f"rg {fmt_rate(peer, 'B/s')}",
                         (f"{ratio:.3f}x" if ratio else "n/a") + cpu_ratio(cs, cr), ">= 1.0x",
                         "PASS" if ratio and ratio >= 1.0 and not est else "FAIL",
                         n_runs(cs, cr)))
        else:
            rows.append((label, fmt_rate(tput, "B/s") + est,
                         "rg missing: SKIP" if not rg else f"rg failed ({cr.note})",
                         "n/a", ">= 1.0x", "SKIP" if not rg else "FAIL", n_runs(cs)))

    # ---- 1r. real text, for information -------------------------------------
    if "real" in only:
        root = scratch / "real"
        t = gen_real(a.real, root) if a.real.is_dir() else {"files": 0, "bytes": 0}
        if not t["files"]:
            log(f"SKIP real: no .txt or .md files under {a.real}")
        else:
            log(f"[1r] real text: {t['sources']} documents x 8, {t['files']} files, "
                f"{t['bytes'] / MB:.0f} MiB")
            cs, cr, tput, est = text_vs_rg("real", root, t)
            label = f"1r real text {t['bytes'] / MB:.0f} MiB (not a target)"
            peer = t["bytes"] / cr.median() if cr and cr.median() else None
            rows.append((label, fmt_rate(tput, "B/s") + est,
                         f"rg {fmt_rate(peer, 'B/s')}" if peer else "rg: n/a",
                         (f"{tput / peer:.3f}x" + cpu_ratio(cs, cr)) if peer and tput else "n/a",
                         "-", "info", n_runs(*[c for c in (cs, cr) if c])))

    # ---- 2. PDF pages/s vs pdftotext ---------------------------------------
    if "pdf" in only:
        pm = m["pdf"]
        root = scratch / "pdf"
        log(f"[2] pdf: {pm['files']} PDFs, {pm['pages']} pages")
        warm([root])
        pdf_files = sorted(str(p) for p in root.iterdir())

        def pdf_check(c: Case, r: Run) -> str | None:
            problem = clausescan_check(pm["files"])(c, r)
            if problem:
                return problem
            pages = done_in(r.out)["pages"]
            if pages != pm["pages"]:
                return f"records count {pages} pages, expected {pm['pages']}"
            return None

        cs = Case("clausescan-pdf", scan + [str(root)])
        cases = [cs]
        if pdftotext:
            cp = Case("pdftotext-pdf", ["xargs", "-0", "-P", jobs, "-I{}", pdftotext, "-q",
                                        "{}", "-"],
                      stdin="\0".join(pdf_files).encode() + b"\0")
            cases.append(cp)
        alternate(cases, runs, timeout, outdir,
                  check=lambda c, r: pdf_check(c, r) if c is cs else None, budget=budget)
        record("pdf", cases)
        tput, est = rate(cs, pm["pages"], "pages")
        label = f"2 PDF {pm['files']} files, {pm['pages']} pages, isolated"
        if pdftotext and cp.median():
            peer = pm["pages"] / cp.median()
            ratio = tput / peer if tput else None
            rows.append((label, fmt_rate(tput, "pages/s") + est,
                         f"pdftotext {fmt_rate(peer, 'pages/s')}",
                         (f"{ratio:.2f}x" if ratio else "n/a") + cpu_ratio(cs, cp), ">= 1.5x",
                         "PASS" if ratio and ratio >= 1.5 and not est else "FAIL",
                         n_runs(cs, cp)))
        else:
            rows.append((label, fmt_rate(tput, "pages/s") + est,
                         "pdftotext missing: SKIP" if not pdftotext
                         else f"pdftotext failed ({cp.note})", "n/a", ">= 1.5x",
                         "SKIP" if not pdftotext else "FAIL", n_runs(cs)))

    # ---- 3a/3b. rule count scaling -----------------------------------------
    if "rules" in only:
        t = m["text"]["x1"]
        root = scratch / "text" / "x1"
        nb, ns = m["bundled_rules"], m["synthetic"]
        log(f"[3ab] rules: {m['rules50']} / {nb} / {nb}+{ns} rules on "
            f"{t['files']} files, {t['bytes'] / MB:.1f} MiB")
        warm([root])
        c50 = Case("rules-50", scan + ["--rules", str(scratch / "rules" / "r50"), str(root)])
        call = Case("rules-all", scan + [str(root)])
        csyn = Case("rules-all+10x", scan + ["--add-rules", str(scratch / "rules" / "synthetic"),
                                             str(root)])
        cases = [c50, call, csyn]
        alternate(cases, runs, timeout, outdir, check=clausescan_check(t["files"]),
                  budget=budget)
        record("rules", cases)
        base, base_est = rate(call, t["bytes"])
        for c, label in ((c50, f"3a rules: {m['rules50']} vs all {nb}, x1 corpus"),
                         (csyn, f"3b rules: all+10x synthetic ({nb + ns}) vs all {nb}")):
            v, est = rate(c, t["bytes"])
            ratio = v / base if base and v else None
            rows.append((label, fmt_rate(v, "B/s") + est,
                         f"all: {fmt_rate(base, 'B/s')}{base_est}",
                         (f"{ratio:.2f}" if ratio else "n/a") + cpu_ratio(c, call, ""), "0.8-1.2",
                         "PASS" if ratio and 0.8 <= ratio <= 1.2 and not (est or base_est)
                         else "FAIL", n_runs(c, call)))

    # ---- 4. start-up (before linearity: its median is subtracted there) -----
    startup = startup_cpu = None
    if "startup" in only:
        log("[4] start-up: one small file")
        root = scratch / "startup"
        warm([root])
        c = Case("startup", scan + [str(root)])
        alternate([c], cfg["startup_runs"], 60.0, outdir, check=clausescan_check(1),
                  budget=budget)
        record("startup", [c])
        startup, startup_cpu = c.median(), c.median("cpu")
        rows.append(("4 start-up: one small file, all rules", fmt_s(startup),
                     f"cpu {fmt_s(c.median('cpu'))}", "-", "< 50 ms",
                     "PASS" if startup is not None and startup < 0.050 else "FAIL",
                     n_runs(c)))

    # ---- 3c. linear in bytes -----------------------------------------------
    if "linear" in only:
        roots = {k: scratch / "text" / k for k in ("x1", "x4", "x16")}
        log("[3c] linearity: " + ", ".join(
            f"{k} {m['text'][k]['bytes'] / MB:.1f} MiB" for k in roots))
        warm(list(roots.values()))
        cases = [Case(f"linear-{k}", scan + [str(r)]) for k, r in roots.items()]
        checks = {c.name: clausescan_check(m["text"][c.name.split("-")[1]]["files"])
                  for c in cases}
        alternate(cases, runs, timeout, outdir, check=lambda c, r: checks[c.name](c, r),
                  budget=budget)
        record("linear", cases)
        tp, tpc = {}, {}
        for c in cases:
            k = c.name.split("-")[1]
            v, vc = c.median(), c.median("cpu")
            tp[k] = m["text"][k]["bytes"] / max(v - (startup or 0.0), 1e-9) if v else None
            tpc[k] = m["text"][k]["bytes"] / max(vc - (startup_cpu or 0.0), 1e-9) if vc else None
        for i, k in enumerate(("x4", "x16")):
            ratio = tp[k] / tp["x1"] if tp[k] and tp["x1"] else None
            rc = f" (cpu {tpc[k] / tpc['x1']:.2f})" if tpc[k] and tpc["x1"] else ""
            note = "" if tp[k] else f" ({cases[i + 1].note})"
            rows.append((f"3c linear: {k} vs x1 throughput (start-up subtracted)",
                         fmt_rate(tp[k], "B/s") + note, f"x1: {fmt_rate(tp['x1'], 'B/s')}",
                         (f"{ratio:.2f}" if ratio else "n/a") + rc, "0.8-1.2",
                         "PASS" if ratio and 0.8 <= ratio <= 1.2 else "FAIL",
                         n_runs(cases[i + 1], cases[0])))
        # Not the target's figure: the throughput of the bytes x16 adds to
        # x4 against that of the bytes x4 adds to x1 (time per added byte),
        # which a cost paid once per scan (compiling, first lazy DFA
        # states) does not move, unlike the row above.
        med = {c.name.split("-")[1]: c.median() for c in cases}
        if all(med.values()):
            b = {k: m["text"][k]["bytes"] for k in med}
            step = {k: (b[k] - b[j]) / max(med[k] - med[j], 1e-9)
                    for j, k in (("x1", "x4"), ("x4", "x16"))}
            rows.append(("3c slope: x4-to-x16 vs x1-to-x4 (not a target)",
                         fmt_rate(step["x16"], "B/s"), f"x1-x4: {fmt_rate(step['x4'], 'B/s')}",
                         f"{step['x16'] / step['x4']:.2f}", "-", "info",
                         n_runs(cases[2], cases[0])))

    # ---- 3d. peak RSS ------------------------------------------------------
    if "rss" in only:
        small, big = cfg["rss_docs"]
        roots = [scratch / "rss" / f"n{small}", scratch / "rss" / f"n{big}"]
        log(f"[3d] peak RSS: {small} vs {big} documents")
        warm(roots)
        cs_ = Case(f"rss-{small}", scan + [str(roots[0])])
        cb = Case(f"rss-{big}", scan + [str(roots[1])])
        files = {cs_.name: small, cb.name: big}
        alternate([cs_, cb], runs, timeout, outdir,
                  check=lambda c, r: clausescan_check(files[c.name])(c, r), budget=budget)
        record("rss", [cs_, cb])
        a_, b_ = cs_.median("maxrss_kb"), cb.median("maxrss_kb")
        ratio = b_ / a_ if a_ and b_ else None
        rows.append((f"3d peak RSS: {big} vs {small} documents",
                     f"{b_ / 1024:.0f} MiB" if b_ else f"n/a ({cb.note})",
                     f"{small}: {a_ / 1024:.0f} MiB" if a_ else f"n/a ({cs_.note})",
                     f"{ratio:.2f}x" if ratio else "n/a", "<= 1.2x",
                     "PASS" if ratio and ratio <= 1.2 else "FAIL", n_runs(cb, cs_)))

    load_after = os.getloadavg()
    # ---- table -------------------------------------------------------------
    head = ("target", "clausescan", "peer / baseline", "ratio", "goal", "result", "runs")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(v.ljust(w) for v, w in zip(r, widths)) + " |")
    rgv = subprocess.run([rg, "--version"], capture_output=True, text=True).stdout.split(
        "\n")[0] if rg else "rg: missing"
    ptv = subprocess.run([pdftotext, "-v"], capture_output=True, text=True).stderr.split(
        "\n")[0] if pdftotext else "pdftotext: missing"
    print()
    print(f"clausescan: {exe} (repository at {rev} when started), {mode} mode, {runs} runs per case (medians), "
          f"-j{jobs}, {os.cpu_count()} CPUs, {platform.platform()}")
    print(f"{rgv}; {ptv}; load average {load_before[0]:.2f} before, "
          f"{load_after[0]:.2f} after; {time.perf_counter() - t_start:.0f} s in all")
    print("\n".join(lines))
    print("\nper case: median wall, median cpu (user+sys, children included), "
          "median peak RSS, runs")
    for name, cases in details.items():
        for cname, d in cases.items():
            ok = [r for r in d["runs"] if not r["timed_out"] and r["code"] in (0, 1)]
            med = (lambda k: statistics.median(r[k] for r in ok)) if ok else None
            line = (f"  {cname:<22} {fmt_s(med('wall')):>9} {fmt_s(med('cpu')):>9} "
                    f"{med('maxrss_kb') / 1024:8.0f} MiB  n={len(ok)}") if ok else \
                f"  {cname:<22} no complete run"
            print(line + (f"  [{d['note']}]" if d["note"] else ""))
    if not a.keep_output:
        shutil.rmtree(outdir, ignore_errors=True)
    if a.json:
        a.json.write_text(json.dumps({"rows": rows, "details": details, "manifest": m,
                                      "load": [load_before, load_after]}, indent=1))
    return 0 if all(r[5] in ("PASS", "SKIP", "info") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
