//! The bundled rules' regexes, parsed ahead of time: `patterns/parsed.bin`.
//!
//! Parsing a pattern (regex-syntax's parser: an abstract syntax tree, then
//! its translation into a [`Hir`]) was the largest part of compiling the
//! rules' regexes: 1.9 MB of patterns took 0.35 to 0.4 s to parse on one
//! thread, against 0.26 s to compile their forward NFAs (benches/README.md,
//! session 63). Putting the same `Hir`s together again from their parts,
//! through regex-syntax's own constructors, took 0.05 to 0.1 s and gave
//! `Hir`s equal to the parsed ones.
//!
//! So the bundled patterns' `Hir`s are written to `patterns/parsed.bin` by
//! the command that writes `patterns/analysis.tsv`
//! (`CLAUSESCAN_WRITE_ANALYSIS=1 cargo test --release --test rules
//! analysis`, which fails when the file is not current), and embedded in
//! the binary. [`crate::rules::parse_regex`] looks a pattern up there by a
//! hash of its text and parses it only when it is missing (a user's rule,
//! or a pack changed since the file was written). A pattern is written only
//! when its entry reads back as the `Hir` that parsing gives.
//!
//! The file: `MAGIC`, the number of entries (u32), then for each entry in
//! the order of its key the key (u64: the first 8 bytes of the SHA-256 of
//! the pattern), the pattern's length (u32), and the offset and length of
//! its encoded `Hir` (u32 each) after the table, then the encoded `Hir`s;
//! integers little-endian. An encoded `Hir` is its nodes in prefix order,
//! each a tag byte and its fields, counts and numbers as LEB128 varints
//! (see [`node`]). An expression met before (the same list of place names
//! recurs in many patterns, and many times in some) is written out once
//! and then as a reference to that place: 324 KB rather than 1.57 MB.

use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Look, Repetition,
};

const MAGIC: &[u8; 8] = b"CSHIR01\n";
/// An entry of the table: key, pattern length, offset, length.
const ENTRY: usize = 8 + 4 + 4 + 4;
/// Deeper nesting than any bundled pattern has: an entry that claims more
/// is not read (rather than exhausting the stack).
const MAX_DEPTH: usize = 512;

const EMPTY: u8 = 0;
const LITERAL: u8 = 1;
const CLASS_UNICODE: u8 = 2;
const CLASS_BYTES: u8 = 3;
const LOOK: u8 = 4;
const REPETITION: u8 = 5;
const CAPTURE: u8 = 6;
const CONCAT: u8 = 7;
const ALTERNATION: u8 = 8;
/// An expression written out earlier: its offset in the data follows.
const REF: u8 = 9;
/// Expressions written out in this many bytes or fewer are written again
/// rather than referred to (a reference takes 2 to 4 bytes).
const REF_MIN: usize = 6;
/// The most nodes one entry may be read as: 21 times the largest bundled
/// pattern's 12,362 (session 63).
const NODE_BUDGET: usize = 1 << 18;

/// `patterns/parsed.bin`.
static BUNDLED: &[u8] = include_bytes!("../patterns/parsed.bin");

/// What a pattern is looked up by.
fn key(pattern: &str) -> u64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(pattern.as_bytes());
    u64::from_le_bytes(digest[..8].try_into().unwrap_or_default())
}

/// The parsed form of `pattern` in `patterns/parsed.bin`, if it is there.
pub fn lookup(pattern: &str) -> Option<Hir> {
    lookup_in(BUNDLED, pattern)
}

fn lookup_in(file: &[u8], pattern: &str) -> Option<Hir> {
    let count = file.get(MAGIC.len()..MAGIC.len() + 4)?;
    if !file.starts_with(MAGIC) {
        return None;
    }
    let count = u32::from_le_bytes(count.try_into().ok()?) as usize;
    let table_start = MAGIC.len() + 4;
    let data_start = table_start.checked_add(count.checked_mul(ENTRY)?)?;
    let table = file.get(table_start..data_start)?;
    let data = &file[data_start..];
    let wanted = key(pattern);
    let entry = |i: usize| &table[i * ENTRY..(i + 1) * ENTRY];
    let u32_at =
        |e: &[u8], at: usize| u32::from_le_bytes([e[at], e[at + 1], e[at + 2], e[at + 3]]) as usize;
    // Binary search over the entries, in the order of their keys.
    let (mut lo, mut hi) = (0, count);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let e = entry(mid);
        let k = u64::from_le_bytes(e[..8].try_into().ok()?);
        match k.cmp(&wanted) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => {
                if u32_at(e, 8) != pattern.len() {
                    return None;
                }
                return read_entry(data, u32_at(e, 12), u32_at(e, 16));
            }
        }
    }
    None
}

/// The `Hir` encoded at `offset..offset + len` of the data.
fn read_entry(data: &[u8], offset: usize, len: usize) -> Option<Hir> {
    let end = offset.checked_add(len).filter(|&e| e <= data.len())?;
    let mut reader = Reader {
        data,
        at: offset,
        budget: NODE_BUDGET,
    };
    let hir = reader.hir(0)?;
    (reader.at == end).then_some(hir)
}

/// The file for `patterns`, each with its parsed form: those whose
/// encoding does not read back as the same `Hir` are left out (and parsed
/// when used).
pub fn table<'p>(patterns: impl IntoIterator<Item = (&'p str, &'p Hir)>) -> Vec<u8> {
    let mut entries: Vec<(u64, &str, &Hir)> =
        patterns.into_iter().map(|(p, h)| (key(p), p, h)).collect();
    entries.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    entries.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    // (Two patterns with one key: neither is kept, so that a lookup never
    // finds another pattern's entry.)
    let clashes: std::collections::HashSet<u64> = entries
        .windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[0].0)
        .collect();
    entries.retain(|e| !clashes.contains(&e.0));
    let mut shared = Shared::default();
    let mut data = Vec::new();
    let mut kept: Vec<(u64, usize, usize, usize)> = Vec::new();
    for (k, pattern, hir) in entries {
        let ids = shared.intern(hir);
        let offset = data.len();
        let first_new = shared.log.len();
        shared.write(hir, &ids, &mut data);
        let len = data.len() - offset;
        if read_entry(&data, offset, len).as_ref() == Some(hir) {
            kept.push((k, pattern.len(), offset, len));
        } else {
            data.truncate(offset);
            for id in shared.log.drain(first_new..) {
                shared.written[id] = None;
            }
        }
    }
    let mut out = MAGIC.to_vec();
    out.extend((kept.len() as u32).to_le_bytes());
    for (k, len, offset, encoded) in &kept {
        out.extend(k.to_le_bytes());
        out.extend((*len as u32).to_le_bytes());
        out.extend((*offset as u32).to_le_bytes());
        out.extend((*encoded as u32).to_le_bytes());
    }
    out.extend(data);
    out
}

fn varint(mut n: u64, out: &mut Vec<u8>) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Append the node at the top of `hir`, without the expressions inside it,
/// to `out`: a tag, then
/// - a literal: its length and bytes;
/// - a class: its number of ranges and each range's first and last
///   character (Unicode, as varints) or byte;
/// - a look-around assertion: its `Look::as_repr`;
/// - a repetition: min, max + 1 (0 for none), greedy (0 or 1);
/// - a capture group: its index, its name's length + 1 (0 for none) and
///   bytes;
/// - a concatenation or an alternation: its number of parts.
///
/// The expressions inside follow it, each encoded in turn, or as `REF`
/// and the offset of an earlier encoding of the same expression.
fn node(hir: &Hir, out: &mut Vec<u8>) {
    match hir.kind() {
        HirKind::Empty => out.push(EMPTY),
        HirKind::Literal(l) => {
            out.push(LITERAL);
            varint(l.0.len() as u64, out);
            out.extend_from_slice(&l.0);
        }
        HirKind::Class(Class::Unicode(c)) => {
            out.push(CLASS_UNICODE);
            varint(c.ranges().len() as u64, out);
            for r in c.ranges() {
                varint(u64::from(r.start()), out);
                varint(u64::from(r.end()), out);
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            out.push(CLASS_BYTES);
            varint(c.ranges().len() as u64, out);
            for r in c.ranges() {
                out.push(r.start());
                out.push(r.end());
            }
        }
        HirKind::Look(look) => {
            out.push(LOOK);
            varint(u64::from(look.as_repr()), out);
        }
        HirKind::Repetition(r) => {
            out.push(REPETITION);
            varint(u64::from(r.min), out);
            varint(r.max.map_or(0, |m| u64::from(m) + 1), out);
            out.push(u8::from(r.greedy));
        }
        HirKind::Capture(c) => {
            out.push(CAPTURE);
            varint(u64::from(c.index), out);
            match &c.name {
                None => varint(0, out),
                Some(name) => {
                    varint(name.len() as u64 + 1, out);
                    out.extend_from_slice(name.as_bytes());
                }
            }
        }
        HirKind::Concat(parts) => {
            out.push(CONCAT);
            varint(parts.len() as u64, out);
        }
        HirKind::Alternation(parts) => {
            out.push(ALTERNATION);
            varint(parts.len() as u64, out);
        }
    }
}

/// The expressions inside `hir`.
fn subs(hir: &Hir) -> &[Hir] {
    match hir.kind() {
        HirKind::Repetition(r) => std::slice::from_ref(&r.sub),
        HirKind::Capture(c) => std::slice::from_ref(&c.sub),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => parts,
        _ => &[],
    }
}

/// The distinct expressions of the patterns written so far (the same list
/// of place names recurs in many of the bundled patterns, and within one),
/// each written out once and referred to after that.
#[derive(Default)]
struct Shared {
    /// An expression's node and the numbers of the expressions inside it.
    numbers: std::collections::HashMap<Vec<u8>, usize>,
    /// Each expression's size written out in full.
    size: Vec<usize>,
    /// Where each expression is written out in full, once it is.
    written: Vec<Option<usize>>,
    /// The expressions in the order they were first written out.
    log: Vec<usize>,
}

/// The number of an expression and those of the expressions inside it.
struct Numbered {
    number: usize,
    subs: Vec<Numbered>,
}

impl Shared {
    fn intern(&mut self, hir: &Hir) -> Numbered {
        let subs: Vec<Numbered> = subs(hir).iter().map(|s| self.intern(s)).collect();
        let mut key = Vec::new();
        node(hir, &mut key);
        let size = key.len() + subs.iter().map(|s| self.size[s.number]).sum::<usize>();
        for s in &subs {
            varint(s.number as u64, &mut key);
        }
        let next = self.size.len();
        let number = *self.numbers.entry(key).or_insert(next);
        if number == next {
            self.size.push(size);
            self.written.push(None);
        }
        Numbered { number, subs }
    }

    fn write(&mut self, hir: &Hir, numbered: &Numbered, out: &mut Vec<u8>) {
        if let Some(at) = self.written[numbered.number]
            && self.size[numbered.number] > REF_MIN
        {
            out.push(REF);
            varint(at as u64, out);
            return;
        }
        let at = out.len();
        node(hir, out);
        for (s, n) in subs(hir).iter().zip(&numbered.subs) {
            self.write(s, n, out);
        }
        if self.written[numbered.number].is_none() {
            self.written[numbered.number] = Some(at);
            self.log.push(numbered.number);
        }
    }
}

/// Reads an encoded `Hir` back, through regex-syntax's constructors;
/// `None` for anything malformed.
struct Reader<'b> {
    /// The data of all entries (a `REF` may lead to another entry's).
    data: &'b [u8],
    at: usize,
    /// Nodes that may still be read: references can make a small file
    /// stand for a huge expression.
    budget: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.varint()?).ok()
    }

    fn take(&mut self, len: u64) -> Option<&[u8]> {
        let end = self.at.checked_add(usize::try_from(len).ok()?)?;
        let s = self.data.get(self.at..end)?;
        self.at = end;
        Some(s)
    }

    /// A count of things each at least one byte long: no more than the
    /// bytes left (so that a bad count cannot ask for a huge allocation).
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.data.len() - self.at).then_some(n)
    }

    fn hir(&mut self, depth: usize) -> Option<Hir> {
        if depth > MAX_DEPTH || self.budget == 0 {
            return None;
        }
        self.budget -= 1;
        let at = self.at;
        Some(match self.byte()? {
            EMPTY => Hir::empty(),
            LITERAL => {
                let len = self.varint()?;
                Hir::literal(self.take(len)?)
            }
            CLASS_UNICODE => {
                let n = self.count()?;
                let mut ranges = Vec::with_capacity(n);
                for _ in 0..n {
                    let start = char::from_u32(self.u32()?)?;
                    let end = char::from_u32(self.u32()?)?;
                    ranges.push(ClassUnicodeRange::new(start, end));
                }
                Hir::class(Class::Unicode(ClassUnicode::new(ranges)))
            }
            CLASS_BYTES => {
                let n = self.count()?;
                let mut ranges = Vec::with_capacity(n);
                for _ in 0..n {
                    ranges.push(ClassBytesRange::new(self.byte()?, self.byte()?));
                }
                Hir::class(Class::Bytes(ClassBytes::new(ranges)))
            }
            LOOK => Hir::look(Look::from_repr(self.u32()?)?),
            REPETITION => {
                let min = self.u32()?;
                let max = match self.u32()? {
                    0 => None,
                    m => Some(m - 1),
                };
                let greedy = match self.byte()? {
                    0 => false,
                    1 => true,
                    _ => return None,
                };
                if max.is_some_and(|m| m < min) {
                    return None;
                }
                let sub = Box::new(self.hir(depth + 1)?);
                Hir::repetition(Repetition {
                    min,
                    max,
                    greedy,
                    sub,
                })
            }
            CAPTURE => {
                let index = self.u32()?;
                let name = match self.varint()? {
                    0 => None,
                    n => Some(Box::from(std::str::from_utf8(self.take(n - 1)?).ok()?)),
                };
                let sub = Box::new(self.hir(depth + 1)?);
                Hir::capture(Capture { index, name, sub })
            }
            tag @ (CONCAT | ALTERNATION) => {
                let n = self.count()?;
                let mut parts = Vec::with_capacity(n);
                for _ in 0..n {
                    parts.push(self.hir(depth + 1)?);
                }
                if tag == CONCAT {
                    Hir::concat(parts)
                } else {
                    Hir::alternation(parts)
                }
            }
            REF => {
                // (Always to an earlier place, where the same expression
                // was written out.)
                let target = usize::try_from(self.varint()?).ok().filter(|&t| t < at)?;
                let mut earlier = Reader {
                    data: self.data,
                    at: target,
                    budget: self.budget,
                };
                let hir = earlier.hir(depth + 1)?;
                self.budget = earlier.budget;
                hir
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{lookup_in, table};

    fn parse(p: &str) -> regex_syntax::hir::Hir {
        crate::rules::parse_uncached(p).unwrap()
    }

    #[test]
    fn a_pattern_reads_back_as_it_parses_and_others_are_not_found() {
        let patterns = [
            r"(?x) (?-u:\b)(?:governed\ by|regi\ par)\ (?P<law>[a-z]+(?:\ [a-z]+){0,3}?)\b",
            r"[^.;]{0,40}?(?:^|[.;:!?]\ |\n)(?:etats-unis|usa)",
            "a+b*c{2,}d{3}(?:x|y|zz)\\x{e9}",
            "",
            "(?:)|ab",
        ];
        let hirs: Vec<_> = patterns.iter().map(|p| parse(p)).collect();
        let file = table(patterns.iter().copied().zip(&hirs));
        for (p, h) in patterns.iter().zip(&hirs) {
            assert_eq!(lookup_in(&file, p).as_ref(), Some(h), "{p}");
        }
        assert_eq!(lookup_in(&file, "a+b*c{2,}d{3}(?:x|y|zz)"), None);
        assert_eq!(lookup_in(&file, "unknown"), None);
        assert_eq!(lookup_in(&table([]), "a"), None);
    }

    #[test]
    fn an_expression_met_again_is_written_once() {
        let states = "(?:alabama|alaska|arizona|arkansas|california)";
        let patterns = [
            format!("{states} law"),
            format!("law of {states}"),
            format!("(?:courts|law) of {states}(?: or {states})?"),
        ];
        let hirs: Vec<_> = patterns.iter().map(|p| parse(p)).collect();
        let file = table(patterns.iter().map(String::as_str).zip(&hirs));
        for (p, h) in patterns.iter().zip(&hirs) {
            assert_eq!(lookup_in(&file, p).as_ref(), Some(h), "{p}");
        }
        let times = file.windows(8).filter(|w| w == b"arkansas").count();
        assert_eq!(times, 1);
    }

    #[test]
    fn a_damaged_file_gives_no_entry_rather_than_a_panic() {
        // (The second pattern refers to the first one's expressions.)
        let p = r"(?x) (?:law|loi)\ of\ (?P<place>[a-z]+){1,3}";
        let q = r"(?:courts?|law|loi) of (?P<place>[a-z]+){1,3} and (?:texas|utah)";
        let (hir, hir_q) = (parse(p), parse(q));
        let file = table([(p, &hir), (q, &hir_q)]);
        assert_eq!(file.windows(5).filter(|w| w == b"place").count(), 1);
        assert!(lookup_in(&file, p).is_some() && lookup_in(&file, q).is_some());
        // Every shorter file, and every single byte changed.
        for len in 0..file.len() {
            let _ = lookup_in(&file[..len], p);
        }
        for i in 0..file.len() {
            for b in [0u8, 1, 0x7f, 0x80, 0xff] {
                let mut bad = file.clone();
                bad[i] = b;
                for pattern in [p, q] {
                    if let Some(h) = lookup_in(&bad, pattern) {
                        // (A changed byte may still read as some regex.)
                        let _ = h.properties();
                    }
                }
            }
        }
        assert_eq!(lookup_in(b"CSHIR01\n\xff\xff\xff\xff", p), None);
    }
}
