//! Turning the raw bytes of a plain-text file into a `String`.
//!
//! Order of decisions in [`decode_text`]:
//! 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins and is stripped;
//! 2. UTF-16 without a BOM, when the NUL bytes clearly sit on one parity;
//! 3. valid UTF-8;
//! 4. "almost UTF-8" (many valid multi-byte sequences, very few errors, or
//!    a file cut in the middle of its last character) is decoded as lossy
//!    UTF-8 rather than guessed into mojibake;
//! 5. otherwise the legacy encoding is guessed with `chardetng` and decoded
//!    with `encoding_rs` (Windows-1252 for most Western European files).
//!
//! Encoding names are the WHATWG names used by `encoding_rs`
//! ("UTF-8", "UTF-16LE", "windows-1252", ...). Note that WHATWG maps the
//! ISO-8859-1 label to windows-1252, so a Latin-1 file reports "windows-1252".
//!
//! Nothing in this module panics, whatever the input.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// How many leading bytes are inspected for binary / UTF-16 patterns.
const SNIFF_LEN: usize = 8 * 1024;

/// How many leading bytes are fed to the legacy-encoding detector. Guessing
/// over more than this gains nothing for text and costs time on huge files.
const DETECT_LEN: usize = 1024 * 1024;

/// Text decoded from bytes, with the encoding that was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text, without any byte-order mark.
    pub text: String,
    /// WHATWG name of the encoding used ("UTF-8", "UTF-16LE", "windows-1252"...).
    pub encoding: &'static str,
    /// True when malformed input had to be replaced by U+FFFD.
    pub lossy: bool,
}

/// Decodes the bytes of a text file whose encoding is not declared.
pub fn decode_text(bytes: &[u8]) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(bytes.get(bom_len..).unwrap_or_default(), encoding);
    }
    // Before the UTF-8 check: ASCII text in UTF-16 is also valid UTF-8.
    if let Some(encoding) = sniff_utf16(bytes) {
        return decode_with(bytes, encoding);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            lossy: false,
        };
    }
    if mostly_utf8(bytes) {
        return decode_with(bytes, UTF_8);
    }
    decode_with(bytes, guess_legacy(bytes))
}

/// Decodes `bytes` with a known encoding. A BOM is NOT stripped here: the
/// caller decided on the encoding (and strips a BOM itself if it saw one).
pub fn decode_with(bytes: &[u8], encoding: &'static Encoding) -> Decoded {
    let (text, lossy) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        // UTF-16 decodes to UTF-16; for every other encoding the name is the
        // WHATWG name of the decoder used.
        encoding: encoding.name(),
        lossy,
    }
}

/// Guesses a legacy (non-UTF) encoding for bytes known not to be UTF-8.
///
/// The detector is told the text comes from a Western European top-level
/// domain: the documents scanned are English, French, German, Spanish,
/// Italian and Dutch, and without the hint a short text whose only non-ASCII
/// characters are guillemets («Paris») is taken for ISO-8859-2. The hint
/// only tips close calls; clear Central European or Cyrillic text is still
/// recognised.
pub fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let prefix = &bytes[..bytes.len().min(DETECT_LEN)];
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(prefix, prefix.len() == bytes.len());
    detector.guess(Some(b"fr"), Utf8Detection::Deny)
}

/// Signatures of binary formats that can look like text in their first
/// kilobytes: a PDF without compressed streams is all ASCII, for instance.
const BINARY_MAGIC: [&[u8]; 11] = [
    b"%PDF-",
    b"PK\x03\x04",                       // ZIP: .docx, .odt, .xlsx, .jar...
    b"PK\x05\x06",                       // empty ZIP
    b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", // OLE2: .doc, .xls, .msg, encrypted OOXML
    b"\x89PNG\r\n\x1A\n",
    b"GIF8",
    b"\xFF\xD8\xFF", // JPEG
    b"\x1F\x8B",     // gzip
    b"Rar!\x1A\x07",
    b"7z\xBC\xAF\x27\x1C",
    b"\x7FELF",
];

/// True when the bytes look like a binary file rather than text: they start
/// with the signature of a binary format (PDF, ZIP, OLE2, common images and
/// archives), or have NUL bytes in the first 8 KiB that do not follow a
/// UTF-16 pattern, or more than 10 % of control characters there (other than
/// tab, line feed, vertical tab, form feed, carriage return, escape and the
/// DOS end-of-file marker).
pub fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    if sample.is_empty() {
        return false;
    }
    if BINARY_MAGIC.iter().any(|magic| sample.starts_with(magic)) {
        return true;
    }
    if let Some((encoding, _)) = Encoding::for_bom(sample)
        && (encoding == UTF_16LE || encoding == UTF_16BE)
    {
        return false;
    }
    if sniff_utf16(sample).is_some() {
        return false;
    }
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| {
            (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0x1A | 0x1B))
                || b == 0x7F
        })
        .count();
    controls * 10 > sample.len()
}

/// Recognises BOM-less UTF-16 from where its NUL bytes sit: Latin-script
/// text in UTF-16LE has a zero high byte (odd offsets) for most characters.
/// Requires at least 30 % of NULs on one parity and at most 5 % on the other.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    let units = sample.len() / 2;
    if units < 2 {
        return None;
    }
    let (mut zero_even, mut zero_odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        zero_even += usize::from(pair[0] == 0);
        zero_odd += usize::from(pair[1] == 0);
    }
    let clearly = |many: usize, few: usize| many * 10 >= units * 3 && few * 20 <= units;
    if clearly(zero_odd, zero_even) {
        Some(UTF_16LE)
    } else if clearly(zero_even, zero_odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// True when invalid UTF-8 is only a stray byte among many valid multi-byte
/// sequences (a UTF-8 file with one pasted Windows-1252 character), or only
/// an incomplete sequence at the very end (a truncated UTF-8 file). Decoding
/// such a file as Windows-1252 would garble every accented letter.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut multibyte = 0usize;
    let mut errors = 0usize;
    let mut chunks = bytes.utf8_chunks().peekable();
    while let Some(chunk) = chunks.next() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        let invalid = chunk.invalid();
        let truncated_tail = chunks.peek().is_none() && invalid.len() < 4;
        let harmless = invalid.is_empty() || (truncated_tail && is_utf8_prefix(invalid));
        errors += usize::from(!harmless);
    }
    multibyte > 0 && errors * 8 <= multibyte
}

/// True if `bytes` is the beginning of a multi-byte UTF-8 sequence.
fn is_utf8_prefix(bytes: &[u8]) -> bool {
    let Some((&lead, rest)) = bytes.split_first() else {
        return false;
    };
    let needed = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return false,
    };
    rest.len() < needed && rest.iter().all(|b| (0x80..=0xBF).contains(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{ISO_8859_15, WINDOWS_1252};
    use proptest::prelude::*;

    fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
        // encoding_rs only decodes UTF-16 (its encoders output UTF-8 for it),
        // so UTF-16 bytes are made from `str::encode_utf16`.
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(if little_endian {
                &[0xFF, 0xFE]
            } else {
                &[0xFE, 0xFF]
            });
        }
        for unit in text.encode_utf16() {
            out.extend_from_slice(&if little_endian {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        out
    }

    fn legacy(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, used, unmappable) = encoding.encode(text);
        assert_eq!(used, encoding);
        assert!(
            !unmappable,
            "test text not representable in {}",
            encoding.name()
        );
        bytes.into_owned()
    }

    const FR: &str = "Les données personnelles peuvent être transférées aux États-Unis d'Amérique. \
        Le présent contrat est régi par le droit français ; à défaut d'accord, compétence \
        exclusive est attribuée aux tribunaux de Paris. Le sous-traitant ne peut pas céder ses droits.";
    const DE: &str = "Gerichtsstand München. Für Streitigkeiten aus diesem Vertrag gilt ausschließlich \
        das Recht der Bundesrepublik Deutschland. Eine Übermittlung personenbezogener Daten in \
        Drittländer, insbesondere in die Vereinigten Staaten, bedarf der vorherigen Zustimmung.";
    const ES: &str = "Los datos podrán ser transferidos a los Estados Unidos. Jurisdicción: los tribunales \
        de Madrid serán competentes para cualquier reclamación derivada de la relación contractual.";
    const IT: &str = "Il foro competente è quello di Milano. I dati personali potranno essere trasferiti \
        negli Stati Uniti d'America, ai sensi dell'articolo 46 del Regolamento; più informazioni all'interessato.";
    const NL: &str = "Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd \
        aan de rechtbank te Amsterdam; gegevens worden niet doorgegeven naar derde landen zoals België? Nee, \
        alleen binnen de EER, tenzij de betrokkene daar uitdrukkelijk mee instemt (coöperatie, reëel risico).";

    #[test]
    fn plain_utf8() {
        let d = decode_text(FR.as_bytes());
        assert_eq!(
            d,
            Decoded {
                text: FR.into(),
                encoding: "UTF-8",
                lossy: false
            }
        );
    }

    #[test]
    fn empty_input_is_empty_utf8() {
        assert_eq!(
            decode_text(b""),
            Decoded {
                text: String::new(),
                encoding: "UTF-8",
                lossy: false
            }
        );
        assert!(!looks_binary(b""));
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice("Gerichtsstand München".as_bytes());
        let d = decode_text(&bytes);
        assert_eq!(d.text, "Gerichtsstand München");
        assert_eq!(d.encoding, "UTF-8");
        assert!(!d.lossy);
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let le = decode_text(&utf16("États-Unis\r\nMünchen", true, true));
        assert_eq!(
            (le.text.as_str(), le.encoding, le.lossy),
            ("États-Unis\r\nMünchen", "UTF-16LE", false)
        );
        let be = decode_text(&utf16("États-Unis\r\nMünchen", false, true));
        assert_eq!(
            (be.text.as_str(), be.encoding, be.lossy),
            ("États-Unis\r\nMünchen", "UTF-16BE", false)
        );
    }

    #[test]
    fn utf16_without_bom_is_sniffed() {
        let le = decode_text(&utf16(DE, true, false));
        assert_eq!((le.text.as_str(), le.encoding), (DE, "UTF-16LE"));
        let be = decode_text(&utf16(FR, false, false));
        assert_eq!((be.text.as_str(), be.encoding), (FR, "UTF-16BE"));
        assert!(!looks_binary(&utf16(FR, true, false)));
        assert!(!looks_binary(&utf16(FR, false, true)));
    }

    #[test]
    fn windows_1252_french() {
        let d = decode_text(&legacy(WINDOWS_1252, FR));
        assert_eq!(d.text, FR);
        assert!(d.text.contains("États-Unis"));
        assert_eq!(d.encoding, "windows-1252");
        assert!(!d.lossy);
    }

    #[test]
    fn short_windows_1252_phrase() {
        let d = decode_text(&legacy(
            WINDOWS_1252,
            "Compétence exclusive : tribunaux des États-Unis.",
        ));
        assert_eq!(d.text, "Compétence exclusive : tribunaux des États-Unis.");
    }

    #[test]
    fn guillemets_alone_are_western() {
        let d = decode_text(&legacy(WINDOWS_1252, "Compétence des tribunaux : «Paris»"));
        assert_eq!(d.text, "Compétence des tribunaux : «Paris»");
        let d = decode_text(&legacy(WINDOWS_1252, "«Paris»"));
        assert_eq!((d.text.as_str(), d.encoding), ("«Paris»", "windows-1252"));
    }

    #[test]
    fn clear_cyrillic_is_still_recognised() {
        let text =
            "Настоящий договор регулируется правом Российской Федерации и споры передаются в суд.";
        let d = decode_text(&legacy(encoding_rs::WINDOWS_1251, text));
        assert_eq!((d.text.as_str(), d.encoding), (text, "windows-1251"));
    }

    #[test]
    fn iso_8859_15_german() {
        let d = decode_text(&legacy(ISO_8859_15, DE));
        assert_eq!(d.text, DE);
        assert!(d.text.contains("Gerichtsstand München"));
        // Without a € sign ISO-8859-15 and windows-1252 agree on every byte.
        assert!(
            ["windows-1252", "ISO-8859-15"].contains(&d.encoding),
            "{}",
            d.encoding
        );
        assert!(!d.lossy);
    }

    #[test]
    fn latin_languages_in_windows_1252() {
        for text in [FR, DE, ES, IT, NL] {
            let d = decode_text(&legacy(WINDOWS_1252, text));
            assert_eq!(d.text, text);
            assert_eq!(d.encoding, "windows-1252");
        }
    }

    #[test]
    fn stray_legacy_byte_in_utf8_stays_utf8() {
        let mut bytes = FR.as_bytes().to_vec();
        bytes.extend_from_slice(b" prix : 10 \x80 HT");
        let d = decode_text(&bytes);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.lossy);
        assert_eq!(d.text, format!("{FR} prix : 10 \u{FFFD} HT"));
    }

    #[test]
    fn truncated_utf8_stays_utf8() {
        let cut = "Daten: München, Zürich, Köln, Düsseldorf, Nürnberg, €";
        let bytes = &cut.as_bytes()[..cut.len() - 1]; // "€" is 3 bytes: cut it in the middle
        let d = decode_text(bytes);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.lossy);
        assert_eq!(
            d.text,
            "Daten: München, Zürich, Köln, Düsseldorf, Nürnberg, \u{FFFD}"
        );
    }

    #[test]
    fn binary_detection() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        assert!(looks_binary(png));
        assert!(looks_binary(b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0"));
        assert!(looks_binary(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0"));
        // An uncompressed PDF is all printable ASCII after its header.
        let pdf =
            b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
        assert!(looks_binary(pdf));
        assert!(!looks_binary(b"%PD is not a PDF"));
        let controls: Vec<u8> = (0..200u8)
            .map(|i| if i % 4 == 0 { 0x01 } else { b'a' })
            .collect();
        assert!(looks_binary(&controls));
        assert!(!looks_binary(FR.as_bytes()));
        assert!(!looks_binary(&legacy(WINDOWS_1252, DE)));
        assert!(!looks_binary(b"Line one\r\n\x0cPage two\tcolumn\x1a"));
    }

    #[test]
    fn decode_with_reports_lossy() {
        let d = decode_with(b"ab\xFFcd", UTF_8);
        assert_eq!(
            (d.text.as_str(), d.encoding, d.lossy),
            ("ab\u{FFFD}cd", "UTF-8", true)
        );
        let d = decode_with(b"caf\xE9", WINDOWS_1252);
        assert_eq!(
            (d.text.as_str(), d.encoding, d.lossy),
            ("café", "windows-1252", false)
        );
    }

    proptest! {
        #[test]
        fn never_panics_and_text_is_meaningful(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let d = decode_text(&bytes);
            let _ = looks_binary(&bytes);
            if !d.lossy && d.encoding == "UTF-8" && Encoding::for_bom(&bytes).is_none() && sniff_utf16(&bytes).is_none() {
                prop_assert_eq!(d.text.as_bytes(), &bytes[..]);
            }
        }

        #[test]
        fn valid_utf8_round_trips(text in "\\PC{0,200}") {
            // Any valid UTF-8 without a BOM or a UTF-16-looking NUL pattern comes back unchanged.
            prop_assume!(!text.starts_with('\u{FEFF}') && !text.contains('\0'));
            let d = decode_text(text.as_bytes());
            prop_assert_eq!(d.text, text);
            prop_assert_eq!(d.encoding, "UTF-8");
        }
    }
}
