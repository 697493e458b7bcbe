//! Main-language detection by counting frequent function words. Good
//! enough to tell the six supported languages apart on a page of legal
//! prose; not a general language identifier.

use std::sync::LazyLock;

/// The language codes this detector knows.
pub const CODES: [&str; 6] = ["en", "fr", "de", "es", "it", "nl"];

const WORDS: [&[&str]; 6] = [
    &[
        "the", "and", "of", "to", "is", "that", "for", "with", "be", "are", "this", "by", "shall",
        "or", "any", "which", "will", "you", "we", "our",
    ],
    &[
        "le", "la", "les", "des", "et", "est", "du", "une", "pour", "dans", "par", "sur", "sont",
        "nous", "vous", "aux", "au", "ces", "qui", "sera",
    ],
    &[
        "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "fur", "auf", "dem",
        "sind", "eine", "oder", "wir", "sie", "werden", "durch",
    ],
    &[
        "el", "los", "las", "del", "que", "por", "para", "una", "con", "se", "sus", "como", "es",
        "su", "al", "sera", "nuestro", "usted", "datos", "y",
    ],
    &[
        "il", "di", "che", "della", "delle", "dei", "per", "una", "con", "sono", "gli", "alla",
        "nel", "non", "da", "del", "le", "dati", "questo", "essere",
    ],
    &[
        "de", "het", "een", "van", "en", "is", "dat", "op", "voor", "met", "zijn", "niet",
        "worden", "wij", "uw", "deze", "door", "aan", "bij", "om",
    ],
];

/// The main language of a normalized text (lower case, no accents), or
/// `None` when too few function words are found to tell.
pub fn detect(normalized: &str) -> Option<&'static str> {
    let sample = &normalized[..floor_char_boundary(normalized, 200_000)];
    let mut scores = [0u32; 6];
    for word in sample.split(|c: char| !c.is_alphanumeric()) {
        let languages = languages_of(word);
        for (i, score) in scores.iter_mut().enumerate() {
            *score += u32::from(languages >> i & 1);
        }
    }
    let (best, &score) = scores
        .iter()
        .enumerate()
        .max_by_key(|(i, s)| (**s, usize::MAX - i))?;
    (score >= 5).then_some(CODES[best])
}

/// (number of words, number of them that are function words of any of
/// the six languages) in a normalized text.
pub fn function_words(normalized: &str) -> (usize, usize) {
    let sample = &normalized[..floor_char_boundary(normalized, 200_000)];
    let mut count = 0;
    let mut function = 0;
    for word in sample.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        count += 1;
        if languages_of(word) != 0 {
            function += 1;
        }
    }
    (count, function)
}

/// The languages (bit `i` for `CODES[i]`) whose function words include
/// `word`. Looking through the six lists took 2.9 % of the CPU time of a
/// scan of the text benchmark, a std hash map as much (hashing every word
/// of the text); the words are bucketed by length and first letter
/// instead, so most words of a text are rejected after a comparison or
/// two: 2.2 % for the whole of [`detect`].
fn languages_of(word: &str) -> u8 {
    const LONGEST: usize = 8;
    fn bucket(word: &[u8]) -> Option<usize> {
        let first = *word.first()?;
        (word.len() <= LONGEST && first.is_ascii_lowercase())
            .then(|| (word.len() - 1) * 26 + usize::from(first - b'a'))
    }
    static INDEX: LazyLock<Vec<Vec<(&str, u8)>>> = LazyLock::new(|| {
        let mut index: Vec<Vec<(&str, u8)>> = vec![Vec::new(); LONGEST * 26];
        for (i, list) in WORDS.iter().enumerate() {
            for word in *list {
                let b = &mut index[bucket(word.as_bytes()).expect("function words are short")];
                match b.iter_mut().find(|(w, _)| w == word) {
                    Some((_, languages)) => *languages |= 1 << i,
                    None => b.push((word, 1 << i)),
                }
            }
        }
        index
    });
    let Some(b) = bucket(word.as_bytes()) else {
        return 0;
    };
    INDEX[b]
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(0, |(_, languages)| *languages)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn tells_the_six_languages_apart() {
        let cases = [
            (
                "en",
                "The customer shall pay the fees and the provider will deliver the service to you by the date of this agreement.",
            ),
            (
                "fr",
                "Le client paie les frais et le prestataire fournit le service dans les délais prévus par les présentes conditions pour une durée.",
            ),
            (
                "de",
                "Der Kunde zahlt die Gebühren und der Anbieter ist für die Leistung mit den Daten von dem Vertrag nicht verantwortlich oder durch.",
            ),
            (
                "es",
                "El cliente paga las tarifas y el proveedor presta los servicios con los datos para que se cumpla el contrato del usuario por su parte.",
            ),
            (
                "it",
                "Il cliente paga le tariffe e il fornitore presta i servizi con i dati della società per il contratto che non sono delle parti.",
            ),
            (
                "nl",
                "De klant betaalt de kosten en de leverancier is voor het leveren van de diensten met de gegevens niet aansprakelijk door een fout.",
            ),
        ];
        for (lang, text) in cases {
            assert_eq!(detect(&fold(text)), Some(lang), "{text}");
        }
        assert_eq!(detect("xyz"), None);
    }

    #[test]
    fn a_function_word_counts_for_each_language_that_has_it() {
        let bit = |code: &str| 1u8 << CODES.iter().position(|c| *c == code).unwrap();
        assert_eq!(languages_of("le"), bit("fr") | bit("it"));
        assert_eq!(languages_of("the"), bit("en"));
        assert_eq!(languages_of("datos"), bit("es"));
        for word in ["", "contract", "thee", "th"] {
            assert_eq!(languages_of(word), 0, "{word}");
        }
        // Every listed word is found, and only for its lists.
        for (i, list) in WORDS.iter().enumerate() {
            for word in *list {
                assert_ne!(languages_of(word) & 1 << i, 0, "{word}");
            }
        }
        let n: u32 = WORDS.iter().map(|l| l.len() as u32).sum();
        let found: u32 = WORDS
            .iter()
            .flat_map(|l| l.iter())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .map(|w| languages_of(w).count_ones())
            .sum();
        assert_eq!(found, n);
    }
}
