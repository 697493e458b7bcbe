//! Defined terms that stand for a governing law: "governed by the laws of
//! the Governing State", where the document defines elsewhere
//! '"Governing State" means the State of Delaware' (or 'the state in which
//! Provider has its principal office'). A rule with the `defined_law`
//! attribute captures the term (its `term` group); [`resolve`] looks for
//! the term's definition in the whole document and says which place it
//! names, or that it names a party's seat. A term the document does not
//! define is no choice of law, and its match is dropped.
//!
//! Works on normalized text (lower case, accents folded, one space between
//! words), where a term's quotes are ASCII and its bold is gone.

use std::sync::LazyLock;

use regex::Regex;

use crate::rules::Gazetteer;

/// What a defined term's definition names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// A jurisdiction, at this byte range of the text; true when the
    /// definition adds the federal law to a US state's ("the laws of the
    /// State of Colorado and the federal laws of the United States").
    Place(usize, usize, bool),
    /// The state or country of a party's seat or incorporation ("the state
    /// in which Licensor has its principal office"): whose law that is
    /// depends on the party. With the byte range of the definition.
    Seat(usize, usize),
}

/// How far after a definition's verb its jurisdiction may lie, and how
/// far before a bracketed definition ('... the State of Texas (the "Home
/// Jurisdiction")').
const FORWARD: usize = 250;
const BACKWARD: usize = 160;

/// A law word a term may start with ("droit de référence", "Recht des
/// Heimatstaats"): the term is tried without it too.
static LAW_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:the )?(?:laws?|droit|loi|lois|legislation|recht|ley|leyes|derecho|legislacion|legge|leggi|diritto|wet|wetten) (?:of the |of |de la |de l'|du |des |de |der |del |dello |della |dell'|di |van de |van het |van )?",
    )
    .expect("LAW_PREFIX compiles")
});

/// What may follow a term where the document defines it: quotes, then a
/// verb of definition or a label's colon or a table's cell border.
static DEFINES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^ ?(?P<q>["']{1,2})? ?(?:\([^()]{0,40}\) )?(?:(?:means|shall mean|refers to|has the meaning|designe|designent|signifie|s'entend de|bezeichnet|bedeutet|meint|significa|indica|se entiende|se refiere a|betekent|houdt in|(?P<copula>is|est|ist|es|e|sera|will be|shall be))\b|:|\||-|=)[ ,]*"#,
    )
    .expect("DEFINES compiles")
});

/// How a definition that names a place begins: a law, a state or a
/// country ("the laws of", "le droit du", "das Recht des Staates", "the
/// State in which"), or the place itself.
static PLACE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:the|le|la|les|l'|el|los|las|lo|il|i|gli|das|der|die|dem|des|het|de|du|della|dello|del) ?){0,2}(?:internal |substantive |interne |materielle? |materiellen |sostanziale |sustantivo )?(?:laws?|droit|lois?|legislation|recht|gesetze|ley|leyes|derecho|legislacion|legge|leggi|diritto|wet|wetten|state|commonwealth|etat|staat|staates|bundesstaat|bundesstaates|estado|stato|country|pays|land|landes|paese|pais|jurisdiction|juridiction|rechtsordnung|ordenamiento|ordinamento|province|provincia)\b",
    )
    .expect("PLACE_START compiles")
});

/// What may precede a term where a bracket defines it after the place it
/// stands for: '(the "Home Jurisdiction")', '(ci-après le « Droit de
/// référence »)', '(nachfolgend „Heimatstaat“)'.
static BRACKET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"\( ?(?:(?:the|hereinafter|hereinafter the|hereinafter referred to as|hereinafter referred to as the|referred to as the|ci-apres|ci-apres le|ci-apres la|ci-apres denomme|ci-apres denommee|ci-apres denomme le|ci-apres denommee la|le|la|nachfolgend|nachstehend|im folgenden|en adelante|en adelante el|en lo sucesivo|el|la|di seguito|di seguito il|di seguito la|il|la|hierna|hierna het|hierna de|het|de|der|die|das) )?["']{1,2} ?$"#,
    )
    .expect("BRACKET_BEFORE compiles")
});

/// A definition that names a state or country by a party's seat.
static SEAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^[^.;|]{0,40}?\b(?:state|states|country|jurisdiction|etat|pays|staat|staates|bundesstaat|bundesstaates|land|landes|rechtsordnung|estado|pais|stato|paese|ordinamento|land)\b
        [^.;|]{0,160}?\b(?:principal\ (?:executive\ )?offices?|principal\ place\ of\ business|head\ ?office|home\ office|headquarter(?:s|ed)?|registered\ office|incorporat\w*|organi[sz]\w*|formed|seat|domicile|siege|etablissement\ principal|principal\ etablissement|hauptsitz\w*|sitz|satzungssitz|hauptniederlassung|gegrundet|sede|domicilio|constituid\w*|costituit\w*|costituzione|constitucion|zetel|hoofdkantoor|hoofdvestiging|opgericht|statutair\w*)\b",
    )
    .expect("SEAT compiles")
});

/// The words for a party's office, not its incorporation ("principal
/// office", "Hauptsitz", "oficina principal").
const OFFICE: &str = r"\b(?:principal\ (?:executive\ )?offices?|principal\ place\ of\ business|head\ ?office|headquarter(?:s|ed)?|hauptsitz\w*|hauptverwaltung|hauptniederlassung|geschaftssitz|oficinas?\ principal(?:es)?|sede\ (?:principal|central)|establecimiento\ principal|sede\ principale|principale\ sede|sede\ operativa|etablissement\ principal|principal\ etablissement|siege\ principal|hoofdkantoor|hoofdvestiging)\b";

/// A law named by a party's office ("the laws of the State in which the
/// principal office of the Provider is located", "dem Recht des
/// Bundesstaates, in dem sich der Hauptsitz befindet").
static OFFICE_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(OFFICE).expect("OFFICE_WORD compiles"));

/// An office word, then within its sentence a US postal address (", WA
/// 98121", ", California 95131"): the state, abbreviated or named, is group 1.
static OFFICE_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{OFFICE}[^;|\n]{{0,160}}?,\ ([a-z]{{2}}|[a-z]{{3,}}(?:\ [a-z]{{3,}})?)\ [0-9]{{5}}(?:-[0-9]{{4}})?\b"
    ))
    .expect("OFFICE_ADDRESS compiles")
});

/// The US state an address names before its ZIP code: a postal
/// abbreviation (", WA 98121") or the state's name (", California 95131").
pub fn us_state_of_address<'g>(gazetteer: &'g Gazetteer, state: &str) -> Option<&'g str> {
    gazetteer.us_state_of_postal(state).or_else(|| {
        gazetteer
            .code(state)
            .filter(|c| c.starts_with("US-") && c.len() == 5)
    })
}

/// Where a law named by a party's office (`law`, the match's normalized
/// text) is that office's state: the byte range, in `text` (the document's
/// normalized text), of the postal abbreviation of the first US address
/// the document gives after an office word ("principal executive office is
/// located at 120 Broad Street, New York, NY 10005", "Hauptsitz bezeichnet
/// ... Seattle, WA 98121"). None when the law names no office (a seat of
/// incorporation is the entity's state, read elsewhere) or no such address
/// is given.
pub fn office_state(text: &str, law: &str, gazetteer: &Gazetteer) -> Option<(usize, usize)> {
    if !OFFICE_WORD.is_match(law) {
        return None;
    }
    OFFICE_ADDRESS
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .find(|g| us_state_of_address(gazetteer, g.as_str()).is_some())
        .map(|g| (g.start(), g.end()))
}

/// A US state named in a bracket just after a law named by a party's seat,
/// in the same sentence ("the laws of the State in which Corvane's
/// principal place of business is located on the date the claim arises
/// (as at the date of these Terms, California)", "(derzeit Kalifornien)"):
/// the byte range, in `text`, of the state's name. `from` is where the
/// match ends.
pub fn bracketed_state(text: &str, from: usize, gazetteer: &Gazetteer) -> Option<(usize, usize)> {
    let rest = &text[from..floor(text, (from + 160).min(text.len()))];
    let open = rest.find('(')?;
    if rest[..open].contains(['.', ';', '|', '\n']) {
        return None;
    }
    let inner_start = open + 1;
    let close = inner_start + rest[inner_start..].find(')')?;
    let inner = &rest[inner_start..close];
    // (The last words after a comma: "as at the date of these Terms,
    // California"; a word of time before the state: "currently
    // California".)
    let cut = inner.rfind(", ").map_or(0, |i| i + 2);
    let state = CURRENTLY.replace(&inner[cut..], "");
    let state = state.trim();
    us_state_of_address(gazetteer, state)?;
    let at = from + inner_start + cut + inner[cut..].rfind(state)?;
    Some((at, at + state.len()))
}

/// Words of time before a state in a bracket ("currently", "derzeit").
static CURRENTLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:currently|presently|at present|today|now|i\.e\.|namely|actuellement|a ce jour|aujourd'hui|soit|derzeit|zurzeit|aktuell|gegenwartig|d\.h\.|actualmente|hoy|es decir|attualmente|ad oggi|oggi|ossia|momenteel|thans|op dit moment|nu|te weten) ?)+").expect("CURRENTLY compiles")
});

/// The definition of `term` (normalized, as the rule captured it) in
/// `text`, the document's normalized text, outside `skip` (the clause that
/// uses the term): the place it names, or that it names a party's seat.
/// None when the term names a place itself (other rules read those) or the
/// document does not define it.
pub fn resolve(
    text: &str,
    term: &str,
    skip: (usize, usize),
    gazetteer: &Gazetteer,
) -> Option<Resolution> {
    let term = term.trim();
    if term.is_empty() || gazetteer.code(term).is_some() {
        return None;
    }
    let mut terms = vec![term];
    if let Some(m) = LAW_PREFIX.find(term)
        && m.end() < term.len()
    {
        let rest = &term[m.end()..];
        if gazetteer.code(rest).is_some() {
            return None;
        }
        terms.push(rest);
    }
    terms
        .into_iter()
        .filter(|t| t.len() >= 4)
        .find_map(|t| resolve_term(text, t, skip, gazetteer))
}

fn resolve_term(
    text: &str,
    term: &str,
    skip: (usize, usize),
    gazetteer: &Gazetteer,
) -> Option<Resolution> {
    let occurrences = term_regex(term)?;
    let mut seat = None;
    for m in occurrences.find_iter(text) {
        if m.start() < skip.1 && skip.0 < m.end() {
            continue;
        }
        let before = &text[floor(text, m.start().saturating_sub(BACKWARD))..m.start()];
        let quoted_before = before.ends_with(['"', '\'']) || before.ends_with("\" ");
        // '"Governing State" means the State of Delaware', '| Home State |
        // California |', '- Droit de référence : le droit du Commonwealth
        // du Massachusetts'.
        if let Some(d) = DEFINES.captures(&text[m.end()..]) {
            let quoted = quoted_before || d.name("q").is_some();
            if d.name("copula").is_none() || quoted {
                let from = m.end() + d.get(0).map_or(0, |g| g.end());
                let to = definition_end(text, from);
                let place = match PLACE_START.is_match(&text[from..to]) {
                    true => first_place(text, from, to, gazetteer),
                    // ('"Home State": Delaware.')
                    false => gazetteer
                        .longest_at(&text[..to], from, &[], true)
                        .and_then(|_| first_place(text, from, to, gazetteer)),
                };
                if let Some(Resolution::Place(a, b, _)) = place {
                    let federal = crate::attributes::federal_law_after(&text[b..to]);
                    return Some(Resolution::Place(a, b, federal));
                }
                if seat.is_none() && SEAT.is_match(&text[from..to]) {
                    seat = Some(Resolution::Seat(from, to));
                }
            }
        }
        // '... under the laws of the State of Texas (the "Home
        // Jurisdiction")'.
        if let Some((window_start, window_end)) =
            bracket_window(text, m.start(), before, usize::MAX)
            && let Some(place) = last_place(text, window_start, window_end, gazetteer)
        {
            return Some(place);
        }
    }
    seat
}

/// A company's legal form that marks a US company ("Inc.", "LLC",
/// "Corp."), unless a Canadian place stands beside it.
static US_FORM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:inc|llc|l\.l\.c|corp)\b").expect("US_FORM compiles"));
static CANADIAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:canada|canadian|canadien\w*|kanad\w*|canadese|canadiense|canadees|ontario|quebec|british columbia|alberta|nova scotia)\b")
        .expect("CANADIAN compiles")
});

/// Whether the document `text` (normalized) defines `term` as a US company:
/// a bracket after the company ('Corvane Holdings, Inc., société du
/// Delaware (la « Maison mère »)') or a definition that names it ('"Parent"
/// means Corvane Holdings, Inc.'), holding an Inc., LLC or Corp. (not beside
/// a Canadian place) or a US state or the United States. The occurrence at
/// `skip` (the match that uses the term) is not a definition.
pub fn names_us_company(
    text: &str,
    term: &str,
    skip: (usize, usize),
    gazetteer: &Gazetteer,
) -> bool {
    let us = |from: usize, to: usize| {
        let span = &text[from..to];
        (US_FORM.is_match(span) && !CANADIAN.is_match(span))
            || word_starts(text, from, to).any(|at| {
                gazetteer
                    .longest_at(&text[..to], at, &["us_state", "us_federal"], false)
                    .is_some()
            })
    };
    definitions(text, term.trim(), skip, 100).any(|(from, to)| us(from, to))
}

/// A body that may compel or receive a report or data: a prosecutor, a
/// justice ministry, a police force, or a securities or trade enforcer
/// (not any ministry: a defence ministry that buys equipment is none) ('"Offices" means
/// the Fraud Section of the Criminal Division of the United States
/// Department of Justice', 'der Criminal Division des Justizministeriums der
/// Vereinigten Staaten (die „Behörde“)').
static AUTHORITY_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:
            department\ of\ justice|justice\ department|ministry\ of\ justice|doj|attorney(?:'s)?\ (?:general|office)|u\.?s\.?\ attorney|district\ attorney|prosecutors?|prosecution\ service|fraud\ section|criminal\ division|securities\ and\ exchange\ commission|federal\ trade\ commission|ftc|fbi|federal\ bureau\ of\ investigation|police|law\ enforcement|department\ of\ homeland\ security
          | justizministerium\w*|bundesministerium\ der\ justiz|staatsanwaltschaft\w*|generalstaatsanwalt\w*|polizei\w*|bundeskriminalamt|strafverfolgungsbehorde\w*|us-justizministerium\w*
          | ministere\ de\ la\ justice|parquet|procureur\w*|police|gendarmerie|departement\ (?:americain\ )?de\ la\ justice
          | ministerio\ de\ justicia|ministerio\ fiscal|fiscalia|policia|departamento\ de\ justicia|guardia\ civil
          | ministero\ della\ giustizia|procura|polizia|carabinieri|guardia\ di\ finanza|dipartimento\ (?:federale\ )?(?:della\ |di\ )?giustizia
          | ministerie\ van\ justitie|openbaar\ ministerie|politie|officier\ van\ justitie
        )\b",
    )
    .expect("AUTHORITY_BODY compiles")
});

/// A data-protection authority: a complaint to it or its inquiry is no
/// government access ("Autorité": "la Commission nationale de
/// l'informatique et des libertés").
static DATA_PROTECTION_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:supervisory|data\ protection|privacy|protection\ des\ donnees|informatique\ et\ des\ libertes|cnil|datenschutz\w*|proteccion\ de\ datos|aepd|protezione\ dei\ dati|garante|persoonsgegevens|gegevensbescherming|toezichthoudende)\b",
    )
    .expect("DATA_PROTECTION_BODY compiles")
});

/// Whether the document defines `term` as a government body that may
/// receive data: a ministry, prosecutor, police force or agency, not a
/// data-protection authority (see [`AUTHORITY_BODY`]), by a bracket after
/// the body or a definition that names it. The occurrence at `skip` (the
/// match that uses the term) is not a definition.
pub fn names_authority(text: &str, term: &str, skip: (usize, usize)) -> bool {
    definitions(text, term.trim(), skip, 160).any(|(from, to)| {
        let span = &text[from..to];
        AUTHORITY_BODY.is_match(span) && !DATA_PROTECTION_BODY.is_match(span)
    })
}

/// The spans of `text` that define `term`: the words before a bracket that
/// defines it ('Harlow Systems, Inc. (the "Parent")', at most `reach`
/// bytes, back to a semicolon or a table cell's border) or the definition
/// after it ('"Parent" means ...', "Autorità: la Fraud Section ..."). The
/// occurrence at `skip` is none. Terms shorter than four letters have none.
fn definitions<'a>(
    text: &'a str,
    term: &str,
    skip: (usize, usize),
    reach: usize,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let occurrences = (term.len() >= 4).then(|| term_regex(term)).flatten();
    occurrences.into_iter().flat_map(move |occurrences| {
        let found: Vec<(usize, usize)> = occurrences
            .find_iter(text)
            .filter(|m| !(m.start() < skip.1 && skip.0 < m.end()))
            .flat_map(|m| definition_at(text, m.start(), m.end(), reach))
            .flatten()
            .collect();
        found
    })
}

/// The spans that define the term found at `start..end` (see
/// [`definitions`]) where that occurrence defines it: the words before its
/// bracket, the definition after it.
fn definition_at(
    text: &str,
    start: usize,
    end: usize,
    reach: usize,
) -> [Option<(usize, usize)>; 2] {
    let before = &text[floor(text, start.saturating_sub(BACKWARD))..start];
    [
        bracket_window(text, start, before, reach),
        definition_after(text, end, before),
    ]
}

/// The definition that follows a term ending at `end` ('"Parent" means
/// ...'), `before` being the text just before the term.
fn definition_after(text: &str, end: usize, before: &str) -> Option<(usize, usize)> {
    // (Not a table's cell border or a dash: "| Por el Concesionario |
    // Norvant Mobility Services LLC |" is a signature block's row.)
    let d = DEFINES.captures(&text[end..])?;
    let defines = !d
        .get(0)
        .is_some_and(|g| g.as_str().contains(['|', '-', '=']))
        && (d.name("copula").is_none()
            || d.name("q").is_some()
            || before.ends_with(['"', '\''])
            || before.ends_with("\" "));
    defines.then(|| {
        let from = end + d.get(0).map_or(0, |g| g.end());
        (from, definition_end(text, from))
    })
}

/// Where a bracket defines the term at `term_at` after what it stands for
/// ('... the State of Texas (the "Home Jurisdiction")'): the words before
/// the bracket, within `before` (the text just before the term) and at
/// most `reach` bytes, back to a semicolon or a table cell's border.
fn bracket_window(
    text: &str,
    term_at: usize,
    before: &str,
    reach: usize,
) -> Option<(usize, usize)> {
    let b = BRACKET_BEFORE.find(before)?;
    let before_start = term_at - before.len();
    let window_end = before_start + b.start();
    let lo = floor(text, window_end.saturating_sub(reach)).max(before_start);
    let window_start = text[lo..window_end]
        .rfind([';', '|'])
        .map_or(lo, |i| lo + i + 1);
    Some((window_start, window_end))
}

/// A regex that finds `term` as whole words, each word's last letters free
/// (German and Romance inflections: "der Maßgeblichen Rechtsordnung" uses
/// the term defined as "Maßgebliche Rechtsordnung").
fn term_regex(term: &str) -> Option<Regex> {
    let words: Vec<String> = term
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let stem = match w.len() > 4 {
                true => w.trim_end_matches(['e', 'n', 'r', 's', 'm']),
                false => w,
            };
            let stem = match stem.len() + 2 < w.len() {
                true => &w[..w.len() - 2],
                false => stem,
            };
            format!("{}[a-z]{{0,2}}", regex::escape(stem))
        })
        .collect();
    if words.is_empty() {
        return None;
    }
    Regex::new(&format!(r"\b{}\b", words.join(" "))).ok()
}

/// Where a definition that starts at `from` ends: its sentence's full
/// stop, a semicolon, a table cell's border, or [`FORWARD`] bytes on.
fn definition_end(text: &str, from: usize) -> usize {
    let hi = floor(text, (from + FORWARD).min(text.len()));
    let window = &text[from..hi];
    let cut = [". ", "; ", " | ", " |"]
        .iter()
        .filter_map(|s| window.find(s))
        .min()
        .unwrap_or(window.len());
    from + cut
}

/// The first jurisdiction named between `from` and `to`.
fn first_place(text: &str, from: usize, to: usize, gazetteer: &Gazetteer) -> Option<Resolution> {
    word_starts(text, from, to).find_map(|at| place_at(text, at, to, gazetteer))
}

/// The last jurisdiction named between `from` and `to`.
fn last_place(text: &str, from: usize, to: usize, gazetteer: &Gazetteer) -> Option<Resolution> {
    let starts: Vec<usize> = word_starts(text, from, to).collect();
    starts
        .into_iter()
        .rev()
        .find_map(|at| place_at(text, at, to, gazetteer))
}

/// The jurisdiction whose name starts at `at` and ends by `to`.
fn place_at(text: &str, at: usize, to: usize, gazetteer: &Gazetteer) -> Option<Resolution> {
    let (end, _) = gazetteer.longest_at(&text[..to], at, &[], false)?;
    Some(Resolution::Place(at, end, false))
}

fn word_starts(text: &str, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    (from..to).filter(move |&i| {
        bytes[i].is_ascii_alphabetic() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
    })
}

/// The largest char boundary at or below `i`.
fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::rules::RuleSet;

    /// The term defined as a US company by a bracket after it or by a
    /// definition that names it; not as an Irish one, nor where the document
    /// does not define it.
    #[test]
    fn a_term_defined_as_a_us_company() {
        let rules = RuleSet::bundled().unwrap();
        let us = |doc: &str, term: &str| {
            let text = normalize(doc).text;
            let at = text.rfind(term).expect("term used");
            names_us_company(&text, term, (at, at + term.len()), &rules.gazetteer)
        };
        let uses = " The Group Parent hosts the backups.";
        assert!(us(
            &format!("\"Group Parent\" means Harlow Systems, Inc., a Delaware corporation.{uses}"),
            "group parent"
        ));
        assert!(us(
            &format!("Backups go to Harlow Systems, Inc. (the \"Group Parent\").{uses}"),
            "group parent"
        ));
        assert!(us(
            &format!(
                "Backups go to Harlow Systems LLC, Oregon (hereinafter \"Group Parent\").{uses}"
            ),
            "group parent"
        ));
        assert!(!us(
            &format!(
                "Backups go to Harlow Systems Ltd, incorporated in Ireland (the \"Group Parent\").{uses}"
            ),
            "group parent"
        ));
        assert!(!us(
            &format!(
                "Backups go to Harlow Systems Inc., Toronto, Ontario (the \"Group Parent\").{uses}"
            ),
            "group parent"
        ));
        assert!(!us(uses, "group parent"));
        assert!(!us(
            "| Por la Licenciante | Por el Concesionario |\n| Norvant Mobility Services LLC | Grupo Arlanza, S.A. |",
            "concesionario"
        ));
        assert!(us(
            "Les sauvegardes sont confiées à Harlow Systems, Inc. (ci-après la « Société mère »). La Société mère stocke les sauvegardes.",
            "societe mere"
        ));
    }

    /// A term defined as a prosecutor or a justice ministry, by a
    /// definition after it or a bracket after the body, in English, German
    /// and Italian; not one defined as a data-protection authority or as a
    /// board, nor a term the document does not define.
    #[test]
    fn a_term_defined_as_an_authority() {
        let authority = |doc: &str, term: &str| {
            let text = normalize(doc).text;
            let at = text.rfind(term).expect("term used");
            names_authority(&text, term, (at, at + term.len()))
        };
        let uses = " The Monitor delivers each report to the Offices.";
        assert!(authority(
            &format!(
                "**Offices** means the Fraud Section of the Criminal Division of the United States Department of Justice.{uses}"
            ),
            "offices"
        ));
        assert!(authority(
            "Die Gesellschaft hat mit der Fraud Section des Justizministeriums der Vereinigten Staaten (die „Behörde“) eine Vereinbarung geschlossen. Die Berichte werden der Behörde vorgelegt.",
            "behorde"
        ));
        assert!(authority(
            "1.1 **Autorità**: la Procura della Repubblica di Milano.\n3.1 Il Monitor trasmette ciascuna Relazione all'Autorità.",
            "autorita"
        ));
        assert!(!authority(
            "**Authority** means the Commission nationale de l'informatique et des libertés (CNIL). We deliver the report to the Authority.",
            "authority"
        ));
        assert!(!authority(
            &format!("**Offices** means the registered offices of the Company in Lyon.{uses}"),
            "offices"
        ));
        assert!(!authority(uses, "offices"));
    }

    /// A US state in a bracket after a law named by a party's seat, with a
    /// word of time or after a comma; not a bracket past the sentence's
    /// end, nor one that names no US state.
    #[test]
    fn a_state_in_a_bracket_after_a_seat_law() {
        let rules = RuleSet::bundled().unwrap();
        let state = |doc: &str| {
            let text = normalize(doc).text;
            let from = text.find("business").expect("seat named") + "business".len();
            bracketed_state(&text, from, &rules.gazetteer)
                .and_then(|(a, b)| rules.gazetteer.code(&text[a..b]).map(str::to_string))
        };
        let law =
            "governed by the laws of the State in which Corvane's principal place of business";
        assert_eq!(
            state(&format!("{law} is located on the date the claim arises (as at the date of these Terms, California).")).as_deref(),
            Some("US-CA")
        );
        assert_eq!(
            state(&format!("{law} is located (currently Texas).")).as_deref(),
            Some("US-TX")
        );
        assert_eq!(state(&format!("{law} is located. (Texas)")), None);
        assert_eq!(
            state(&format!("{law} is located (currently Ireland).")),
            None
        );
    }

    fn resolved(doc: &str, term: &str) -> Option<String> {
        let rules = RuleSet::bundled().unwrap();
        let text = normalize(doc).text;
        let at = text.rfind(term).expect("term used");
        match resolve(&text, term, (at, at + term.len()), &rules.gazetteer)? {
            Resolution::Place(a, b, _) => Some(rules.gazetteer.code(&text[a..b])?.to_string()),
            Resolution::Seat(..) => Some("seat".to_string()),
        }
    }

    /// A definition that adds the federal law to a state's says so.
    #[test]
    fn a_definition_may_add_the_federal_law() {
        let rules = RuleSet::bundled().unwrap();
        let federal = |doc: &str, term: &str| {
            let text = normalize(doc).text;
            let at = text.rfind(term).expect("term used");
            match resolve(&text, term, (at, at + term.len()), &rules.gazetteer) {
                Some(Resolution::Place(a, b, federal)) => Some((
                    rules.gazetteer.code(&text[a..b]).unwrap().to_string(),
                    federal,
                )),
                _ => None,
            }
        };
        let doc = "1.2 \"Governing Law\" means the laws of the State of Oregon and, where they apply, the federal laws of the United States.\n\n14.1 This Agreement is construed in accordance with the Governing Law.";
        assert_eq!(federal(doc, "governing law"), Some(("US-OR".into(), true)));
        let doc = "- **Droit applicable** : le droit de l'État de New York ;\n- **Tribunaux** : les tribunaux fédéraux de Manhattan.\n\n10.1 Le Contrat est régi par le Droit applicable.";
        assert_eq!(
            federal(doc, "droit applicable"),
            Some(("US-NY".into(), false))
        );
    }

    #[test]
    fn a_definition_names_the_place() {
        let doc = "1.3 \"Governing State\" means the State in which Redlinr is incorporated, being the State of Delaware.\n\n9.1 These Terms are governed by the laws of the Governing State.";
        assert_eq!(resolved(doc, "governing state").as_deref(), Some("US-DE"));
        let doc = "- **Droit de référence** : le droit du Commonwealth du Massachusetts ;\n\n10.1 Les Conditions sont régies par le Droit de référence.";
        assert_eq!(
            resolved(doc, "droit de reference").as_deref(),
            Some("US-MA")
        );
        let doc = "| Home State | California |\n\n8.1 governed by the laws of the Home State.";
        assert_eq!(resolved(doc, "home state").as_deref(), Some("US-CA"));
        // French quotes keep their spaces: '« Loi Choisie » : la loi de ...'.
        let doc = "1.4 « **Loi Choisie** » : la loi de l'État de New York.\n\n6.1 Les CGS sont régies par la Loi Choisie, et tout litige est soumis à l'arbitrage.";
        assert_eq!(resolved(doc, "loi choisie").as_deref(), Some("US-NY"));
    }

    #[test]
    fn an_inflected_german_term_is_found() {
        let doc = "1.7 „Maßgebliche Rechtsordnung“ bezeichnet das Recht des Staates New York.\n\n7.1 Dieser Vertrag unterliegt der Maßgeblichen Rechtsordnung.";
        assert_eq!(
            resolved(doc, "massgeblichen rechtsordnung").as_deref(),
            Some("US-NY")
        );
    }

    #[test]
    fn a_bracket_defines_the_place_before_it() {
        let doc = "Supplier, a corporation organized under the laws of the State of Texas (the \"Home Jurisdiction\"), and Buyer.\n\n10.1 This Agreement is governed by the laws of the Home Jurisdiction.";
        assert_eq!(resolved(doc, "home jurisdiction").as_deref(), Some("US-TX"));
    }

    #[test]
    fn a_seat_is_a_seat() {
        let doc = "- \"Home State\" means the state in which Licensor has its principal office as stated in Section 1.1.\n\n8.1 governed by the substantive laws of the Home State.";
        assert_eq!(resolved(doc, "home state").as_deref(), Some("seat"));
        let doc = "\"Buyer's Home Law\" means the law of the jurisdiction under which the Buyer was formed.\n\n9.1 This Agreement is governed by the Buyer's Home Law.";
        assert_eq!(resolved(doc, "buyer's home law").as_deref(), Some("seat"));
    }

    #[test]
    fn a_law_named_by_the_office_takes_the_offices_postal_state() {
        let rules = crate::RuleSet::bundled().unwrap();
        let g = &rules.gazetteer;
        let doc = "1.1 provider: acme inc., a delaware corporation, with its principal office at 150 hudson street, hoboken, nj 07030. 9.1 governed by the laws of the state in which the principal office of provider is located.";
        let at = office_state(doc, "laws of the state in which the principal office", g).unwrap();
        assert_eq!(&doc[at.0..at.1], "nj");
        // A seat of incorporation is not an office; a non-US address gives none.
        assert_eq!(
            office_state(doc, "laws of the state of incorporation", g),
            None
        );
        // The state written out before the ZIP code.
        let named = "fornitore: beta inc., costituita nello stato del delaware, con sede principale in 40 market street, san jose, california 95113. regolato dalla legge dello stato in cui si trova la sede principale del fornitore.";
        let at = office_state(
            named,
            "legge dello stato in cui si trova la sede principale",
            g,
        )
        .unwrap();
        assert_eq!(us_state_of_address(g, &named[at.0..at.1]), Some("US-CA"));
        let eu = "the head office is at 12 rue de la paix, 75002 paris. governed by the law of the state where the head office is located.";
        assert_eq!(
            office_state(eu, "law of the state where the head office", g),
            None
        );
    }

    #[test]
    fn an_undefined_term_or_a_place_is_not_resolved() {
        let doc =
            "These Terms are governed by the laws of the Territory, and the Territory is large.";
        assert_eq!(resolved(doc, "territory"), None);
        let doc = "\"Contract\" means this agreement between Acme SA, whose registered office is in Paris, and you. It is governed by the laws of the Contract.";
        assert_eq!(resolved(doc, "contract"), None);
        let doc = "governed by the laws of the State of New York.";
        assert_eq!(resolved(doc, "state of new york"), None);
    }
}
