//! Is a clause negated? "We do not transfer personal data outside the EEA,
//! for example to the United States"; "In nessun caso i dati sono
//! conservati negli Stati Uniti"; "Er unterliegt weder dem US CLOUD Act
//! noch ..."; "Eine Übermittlung in die USA findet nicht statt".
//!
//! The rules' own guards refuse a negation just before their verb; this
//! reads the rest of the clause, in the six languages, on normalized text
//! (lower case, no accents). A negation counts when it stands in the same
//! sentence before the match, and nothing between them lifts it: an
//! exception ("except", "unless", "other than", "without", "sauf", "außer",
//! "salvo", "tranne", "behalve"), a contrast ("but", "mais", "aber"), "not
//! only", a new clause with its own subject ("..., and we store it in the
//! US"), or a comma closing a conditional clause the negation belongs to
//! ("Where no adequacy decision exists, data sent to the US ..."). The words
//! right after the match count too where a language puts the negation
//! there ("... in die USA, findet nicht statt"; "nos fournisseurs
//! américains ne reçoivent aucune ...").

/// Negation words that stand before what they negate.
const BEFORE: &[&str] = &[
    // en
    "not",
    "never",
    "no",
    "neither",
    "nor",
    "none",
    "nothing",
    "nowhere", // fr
    "pas",
    "jamais",
    "aucun",
    "aucune",
    "aucuns",
    "aucunes",
    "nullement",
    "ni",
    "rien", // de
    "nicht",
    "kein",
    "keine",
    "keinen",
    "keinem",
    "keiner",
    "keines",
    "nie",
    "niemals",
    "weder",
    "nirgends", // es
    "nunca",
    "jamas",
    "ningun",
    "ninguna",
    "ninguno",
    "tampoco", // it
    "non",
    "nessun",
    "nessuna",
    "nessuno",
    "nessuni", // nl
    "niet",
    "geen",
    "nooit",
    "noch",
    "nergens",
    // "configuré pour empêcher tout transfert vers les États-Unis"
    "empecher",
    "empeche",
    "empechent",
    "verhindern",
    "verhindert",
    "unterbindet",
    "impedir",
    "impide",
    "impedisce",
    "impedire",
    "voorkomen",
    "voorkomt",
    "verhinderen",
];

/// Words after which a negation before them no longer holds for what
/// follows: exceptions, contrasts, restrictions.
const LIFT: &[&str] = &[
    // en
    "except",
    "excepting",
    "unless",
    "without",
    "but",
    "however",
    "only",
    "besides",
    "apart",
    "save",
    "than",
    "until",
    "beyond", // fr
    "sauf",
    "excepte",
    "exceptes",
    "hormis",
    "exception",
    "sinon",
    "sans",
    "mais",
    "toutefois",
    "cependant",
    "seulement",
    "uniquement",
    "qu'aux",
    "qu'en",
    "qu'a", // de
    "ausser",
    "ausgenommen",
    "denn",
    "ohne",
    "aber",
    "sondern",
    "jedoch",
    "nur",
    "lediglich",
    "allerdings", // es
    "excepto",
    "salvo",
    "menos",
    "sin",
    "pero",
    "sino",
    "solo",
    "solamente",
    "unicamente",
    // it
    "tranne",
    "eccetto",
    "senza",
    "ma",
    "bensi",
    "soltanto",
    "tuttavia",
    "fuorche", // nl
    "behalve",
    "tenzij",
    "zonder",
    "maar",
    "echter",
    "alleen",
    "uitsluitend",
];

/// Words that make the negation right before them partial: "not always",
/// "pas toujours", "nicht immer", "no siempre", "non sempre", "niet
/// altijd", "not necessarily", "nicht unbedingt", "pas forcément".
const PARTIAL: &[&str] = &[
    "always",
    "necessarily",
    "toujours",
    "forcement",
    "necessairement",
    "systematiquement",
    "immer",
    "unbedingt",
    "notwendigerweise",
    "zwangslaufig",
    "siempre",
    "necesariamente",
    "sempre",
    "necessariamente",
    "altijd",
    "noodzakelijkerwijs",
];

/// Words that open a conditional or circumstantial clause ("in case of",
/// "en cas de", "im Falle", "en caso de", "in caso di", "in geval van").
const CONDITIONAL: &[&str] = &[
    "if", "where", "when", "whenever", "whereas", "si", "lorsque", "lorsqu'", "quand", "wenn",
    "falls", "sofern", "soweit", "cuando", "se", "qualora", "quando", "als", "indien", "wanneer",
    "case", "cas", "fall", "falle", "caso", "geval",
];

/// Words that open, after a comma, the condition under which a denied
/// duty gives way ("besteht nicht, soweit ...", "shall not apply, where
/// ..."): what follows is no longer denied.
const LIFTING_CONDITION: &[&str] = &[
    "soweit",
    "sofern",
    "insoweit",
    "insofern",
    "where",
    "lorsque",
    "lorsqu'",
    "cuando",
    "qualora",
    "voorzover",
    "wanneer",
];

/// Coordinating conjunctions, and the subjects that make what follows
/// them a new clause.
const AND: &[&str] = &["and", "or", "et", "ou", "und", "oder", "y", "o", "e", "en"];
const SUBJECT: &[&str] = &[
    "we", "they", "it", "he", "she", "nous", "ils", "elles", "il", "elle", "on", "wir", "sie",
    "er", "es", "nosotros", "ellos", "noi", "loro", "wij", "zij", "het", "hij",
];

/// Words after which "non" is a prefix ("non EU countries"), not a negation.
const EUROPE: &[&str] = &[
    "eu",
    "ue",
    "eea",
    "eee",
    "ewr",
    "eer",
    "european",
    "europeen",
    "europeenne",
    "europea",
    "europeo",
    "europese",
    "uk",
];

/// Modal verbs that start a new predicate after "and".
const MODAL: &[&str] = &[
    "will", "shall", "may", "must", "can", "zal", "zullen", "kan", "moet", "wird", "werden",
    "muss", "kann", "sera", "doit", "peut", "va", "debe", "puede", "dovra", "deve", "puo",
];

/// An item marker of an enumeration: "(c)", "(ii)", "(3)".
fn has_item_marker(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b'('
            && b[i + 1..].iter().position(|&d| d == b')').is_some_and(|n| {
                (1..=4).contains(&n) && b[i + 1..i + 1 + n].iter().all(u8::is_ascii_alphanumeric)
            })
    })
}

fn is_before_cue(toks: &[(usize, &str)], i: usize) -> bool {
    let w = toks[i].1;
    if w == "non" && toks.get(i + 1).is_some_and(|t| EUROPE.contains(&t.1)) {
        return false;
    }
    // "no obstante" (nevertheless) denies nothing.
    if w == "no" && toks.get(i + 1).is_some_and(|t| t.1 == "obstante") {
        return false;
    }
    // Italian "né ... né" ("Né noi né i nostri fornitori ..."): folded to
    // "ne", which alone is a pronoun ("ne facciamo uso"), so only a pair.
    if w == "ne" {
        let near = &toks[i.saturating_sub(4)..(i + 5).min(toks.len())];
        return near.iter().filter(|t| t.1 == "ne").count() >= 2;
    }
    // (An elided article stays on its word: "ne font l'objet d'aucun
    // transfert".)
    BEFORE.contains(&w) || BEFORE.contains(&unelided(w)) || (w.ends_with("n't") && w.len() > 3)
}

/// Tokens of normalized text with their byte offsets: words (letters,
/// digits, inner `'` and `-`), and `,` kept as a token of its own.
fn tokens(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphanumeric() {
            let st = i;
            while i < b.len()
                && (b[i].is_ascii_alphanumeric()
                    || ((b[i] == b'\'' || b[i] == b'-')
                        && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)))
            {
                i += 1;
            }
            // French elision keeps its apostrophe: "n'", "qu'", "lorsqu'".
            if b.get(i) == Some(&b'\'') {
                i += 1;
            }
            out.push((st, &s[st..i]));
        } else {
            if c == b',' {
                out.push((i, ","));
            }
            i += 1;
        }
    }
    out
}

/// True when the match at `start..end` of the normalized `sentence` is
/// negated. `after` also reads the words right after the match (for
/// statements about places: "... findet nicht statt").
pub fn negated(sentence: &str, start: usize, end: usize, after: bool) -> bool {
    let start = start.min(sentence.len());
    let end = end.clamp(start, sentence.len());
    // Only the clause the match is in: after the last ; : ! ? before it.
    let clause_start = sentence[..start]
        .rfind([';', ':', '!', '?', '|'])
        .map_or(0, |i| i + 1);
    let clause = &sentence[clause_start..start];
    let rest = tokens(&sentence[end..]);
    let inside = tokens(&sentence[start..end]);
    // Negated before the match, or inside it ("[données n'est pas situé
    // aux États-Unis]", "[Behörden haben keinen Zugriff]") ...
    let clause_toks = tokens(clause);
    if before_negates(clause, &clause_toks, &inside)
        || negation_within(&inside)
        || split_negation(&clause_toks, &inside)
        || never_within(&inside)
        || no_recipient_within(&inside)
        || (denied_at_end(&inside) && !denial_denied_after(&inside, &rest))
    {
        // ... unless the match runs on past an exception to what it lets
        // in: "does not transfer data outside the EEA, except to the
        // United States".
        return !(excepted_after(&rest) || excepted_within(&inside));
    }
    after
        && (after_negates(&rest)
            || be_excluded(inside.last().map(|t| t.1), rest.first().map(|t| t.1))
            || after_negates(past_list(&inside, &rest))
            || clause_end_negates(clause, &sentence[end..])
            || topic_denied(&clause_toks, &rest))
}

/// Whether the German or Dutch clause that holds the match ends by denying
/// its verb ("Eine Weitergabe [an Behörden] findet nicht statt"): the one
/// denial after a match that a disclosure to authorities takes, whose
/// other words after a match ("unless prohibited") rarely deny it.
pub fn denied_at_clause_end(sentence: &str, start: usize, end: usize) -> bool {
    let start = start.min(sentence.len());
    let end = end.clamp(start, sentence.len());
    let clause_start = sentence[..start]
        .rfind([';', ':', '!', '?', '|'])
        .map_or(0, |i| i + 1);
    clause_end_negates(&sentence[clause_start..start], &sentence[end..])
        && !excepted_after(&tokens(&sentence[end..]))
}

/// German and Dutch put an object first and deny its verb at the end of
/// the sentence, after the subject pronoun: "Dienste von [Anbietern mit
/// Sitz in den Vereinigten Staaten], etwa Analyse-Tools, nutzen wir
/// nicht", "Diensten [uit de Verenigde Staten] gebruiken wij niet". True
/// when the sentence ends on verb, pronoun and "nicht" / "niet" (and maybe a
/// verb particle: "setzen wir nicht ein"; a few words may stand between
/// pronoun and denial), and no other word of the sentence is a verb.
fn topic_denied(clause: &[(usize, &str)], rest: &[(usize, &str)]) -> bool {
    const PRONOUN: &[&str] = &[
        "wir", "ich", "sie", "man", "wij", "we", "ik", "zij", "ze", "men",
    ];
    const PARTICLE: &[&str] = &[
        "ein", "an", "zu", "weiter", "mit", "vor", "door", "toe", "aan", "mee", "uit", "in", "op",
    ];
    let words: Vec<&str> = rest.iter().map(|t| t.1).filter(|w| *w != ",").collect();
    let n = words.len();
    if !(3..=16).contains(&n) {
        return false;
    }
    let denied = |w: &str| matches!(w, "nicht" | "niet");
    let k = if denied(words[n - 1]) {
        n - 1
    } else if denied(words[n - 2]) && PARTICLE.contains(&words[n - 1]) {
        n - 2
    } else {
        return false;
    };
    // The pronoun right after the verb, a few words before the denial
    // ("setzen wir auf dieser Website nicht ein").
    let Some(p) = (k.saturating_sub(5).max(1)..k)
        .rev()
        .find(|&i| PRONOUN.contains(&words[i]))
    else {
        return false;
    };
    !words[..p - 1]
        .iter()
        .chain(&words[p + 1..k])
        .any(|w| CLAUSE_VERBS.contains(w))
        && !clause.iter().any(|t| CLAUSE_VERBS.contains(&t.1))
}

/// The second part of a French negation after "ne" / "n'".
const NE_SECOND: &[&str] = &[
    "pas",
    "jamais",
    "aucun",
    "aucune",
    "nullement",
    "plus",
    "point",
];

/// A French negation split by the match's start: "nous ne [communiquons
/// jamais vos données aux autorités]", "n'[envoyons pas ...]". (Not "ne
/// ... que", which restricts rather than denies.)
fn split_negation(clause: &[(usize, &str)], inside: &[(usize, &str)]) -> bool {
    clause.last().is_some_and(|&(_, w)| w == "ne" || w == "n'")
        && inside
            .iter()
            .skip(1)
            .take(2)
            .any(|&(_, n)| NE_SECOND.contains(&n) || n == "rien")
}

/// "Wir geben Ihre Daten [niemals an Behörden] weiter", "Wij verstrekken
/// uw gegevens nooit aan de politie": a word meaning "never" among the
/// match's first words, and nothing after it that lifts it ("never ...
/// except").
fn never_within(inside: &[(usize, &str)]) -> bool {
    let Some(i) = inside
        .iter()
        .take(6)
        .position(|&(_, w)| matches!(w, "never" | "niemals" | "nie" | "nooit" | "nunca" | "jamas"))
    else {
        return false;
    };
    !inside[i + 1..]
        .iter()
        .any(|(_, w)| LIFT.contains(w) || LIFT.contains(&unelided(w)))
}

/// "[Our US sales team cannot access] customer data", "[il personale della
/// capogruppo statunitense non ha accesso]": a negation among the match's
/// last three words, which end on its verb; not one of a relative clause
/// ("[... our US processor, which has never received] a request").
fn denied_at_end(inside: &[(usize, &str)]) -> bool {
    const RELATIVE: &[&str] = &[
        "which", "who", "that", "qui", "que", "welche", "welcher", "der", "die", "che", "cui",
        "dat", "wie",
    ];
    let from = inside.len().saturating_sub(3);
    !inside.iter().any(|(_, w)| RELATIVE.contains(w))
        && inside[from..].iter().any(|(_, w)| DENY.contains(w))
}

/// The negations [`denied_at_end`] looks for.
const DENY: &[&str] = &[
    "not", "cannot", "can't", "never", "non", "nicht", "niet", "nooit", "nunca", "jamais", "mai",
    "kein", "keinen", "keine", "geen", "pas",
];

/// "[A transfer of your data to the United States cannot] be ruled out",
/// "[Een doorgifte ... naar de Verenigde Staten kan niet worden
/// uitgesloten]": the denial at the match's end is itself denied by a verb
/// of exclusion within the next three words, and the transfer may happen.
/// (Only those verbs: "[our US team cannot] access data, which is
/// restricted to ..." stays a denial.)
fn denial_denied_after(inside: &[(usize, &str)], rest: &[(usize, &str)]) -> bool {
    const RULED_OUT: &[&str] = &[
        "ruled",
        "exclu",
        "precluded",
        "ausgeschlossen",
        "auszuschliess",
        "uitgesloten",
        "uitsluit",
        "escl",
        "descart",
    ];
    inside
        .iter()
        .rposition(|(_, w)| DENY.contains(w))
        .is_some_and(|i| {
            let next: Vec<&str> = inside[i + 1..]
                .iter()
                .chain(rest)
                .take(4)
                .map(|t| t.1)
                .collect();
            next.iter()
                .take(3)
                .any(|w| RULED_OUT.iter().any(|s| w.starts_with(s)))
                || next.windows(3).any(|p| p == ["uit", "te", "sluiten"])
        })
}

/// A word without its elided article or pronoun ("l'exception" ->
/// "exception"). (Elided words that lift, such as "qu'aux", are in
/// [`LIFT`] as they are.)
fn unelided(word: &str) -> &str {
    match word.split_once('\'') {
        Some((head, tail)) if head.len() <= 2 && !tail.is_empty() => tail,
        _ => word,
    }
}

/// "ne" or "n'" followed within three words by the second part of a French
/// negation ("n'est pas", "ne sont jamais", "ne fait l'objet d'aucun"),
/// and no "mais" after it ("ne sont pas conservées en France mais aux
/// États-Unis" denies France, not the United States); or German and Dutch
/// "kein" / "geen" before the noun of the access or transfer ("keinen
/// Zugriff", "geen toegang"); or a denial a word or two before an access
/// ("no access", "cannot access", "non possono accedere").
/// "[the Processor does not engage any Sub-processor established in ...
/// the United States]", "n'a recours à aucun sous-traitant", "setzt keine
/// Unterauftragsverarbeiter ... ein", "no recurre a ningún subencargado",
/// "non si avvale di alcun sub-responsabile", "schakelt geen subverwerkers
/// in": no recipient at all, inside the match (no "but" after it).
fn no_recipient_within(toks: &[(usize, &str)]) -> bool {
    const NONE: &[&str] = &[
        "aucun", "aucune", "keine", "keinen", "keinem", "keiner", "ningun", "ninguna", "nessun",
        "nessuna", "alcun", "alcuna", "geen",
    ];
    const RECIPIENT: &[&str] = &[
        "sub-processor",
        "subprocessor",
        "processor",
        "sous-traitant",
        "auftragsverarbeit",
        "unterauftrag",
        "subunternehm",
        "subencargad",
        "encargad",
        "sub-responsabil",
        "subresponsabil",
        "responsabil",
        "subverwerker",
        "sub-verwerker",
        "verwerker",
        "provider",
        "supplier",
        "vendor",
        "prestataire",
        "fournisseur",
        "dienstleister",
        "proveedor",
        "fornitor",
        "leverancier",
        "dienstverlener",
    ];
    const BUT: &[&str] = &[
        "but", "mais", "aber", "pero", "ma", "maar", "however", "jedoch",
    ];
    toks.iter().enumerate().any(|(i, &(_, w))| {
        let quantifier = NONE.contains(&w)
            || (w == "any"
                && toks[i.saturating_sub(3)..i]
                    .iter()
                    .any(|t| matches!(t.1, "not" | "never")));
        quantifier
            && toks[i + 1..]
                .iter()
                .take(2)
                .any(|t| RECIPIENT.iter().any(|r| t.1.starts_with(r)))
            && !toks[i + 1..].iter().any(|t| BUT.contains(&t.1))
    })
}

fn negation_within(toks: &[(usize, &str)]) -> bool {
    toks.iter().enumerate().any(|(i, &(_, w))| {
        (w == "ne" || w.starts_with("n'"))
            // ("ne sont, en aucun cas, stockées": commas do not count.)
            && toks[i + 1..]
                .iter()
                .filter(|t| t.1 != ",")
                .take(3)
                .any(|&(_, n)| NE_SECOND.contains(&n))
            && !toks[i + 1..]
                .iter()
                .any(|&(_, n)| n == "mais" || n == "sinon")
    }) || toks.windows(2).any(|p| {
        // "US-Behörden haben [keinen Zugriff]", "[geen toegang]".
        // ("keine Teilnehmerdaten", "geen klantgegevens": compounds too.)
        matches!(
            p[0].1,
            "kein" | "keine" | "keinen" | "keinem" | "keiner" | "geen"
        ) && (matches!(
            p[1].1,
            "zugriff"
                | "zugang"
                | "ubermittlung"
                | "auskunft"
                | "einsicht"
                | "toegang"
                | "inzage"
                | "doorgifte"
                | "verstrekking"
        ) || ["daten", "gegevens", "informationen", "angaben"]
            .iter()
            .any(|e| p[1].1.ends_with(e)))
    }) || toks.windows(3).any(|p| {
        // "[our US affiliates have no access to your data]", "[cannot
        // access]", "[non possono accedere]", "[no tienen acceso]": a
        // denial right before the access (one word may stand between).
        matches!(
            p[0].1,
            "not" | "no" | "cannot" | "can't" | "never" | "non" | "nunca" | "mai"
        ) && p[1..].iter().any(|t| t.1.starts_with("acce"))
    })
}

/// Verbs (finite, and participles) that give a German or Dutch clause a verb
/// of its own: a denial at its end then belongs to that clause.
const CLAUSE_VERBS: &[&str] = &[
    "werden",
    "wird",
    "wurde",
    "wurden",
    "worden",
    "wordt",
    "werd",
    "ist",
    "sind",
    "war",
    "waren",
    "is",
    "zijn",
    "was",
    "kann",
    "konnen",
    "kunnen",
    "kan",
    "mag",
    "mogen",
    "darf",
    "durfen",
    "hat",
    "haben",
    "heeft",
    "hebben",
    "uebermitteln",
    "ubermitteln",
    "ubermittelt",
    "speichern",
    "gespeichert",
    "verarbeiten",
    "verarbeitet",
    "ubertragen",
    "weitergegeben",
    "gehostet",
    "erfolgt",
    "erfolgen",
    "findet",
    "finden",
    "vindt",
    "vinden",
    "doorgegeven",
    "opgeslagen",
    "verwerkt",
    "overgedragen",
    "gehost",
    "geven",
    "slaan",
];

/// German and Dutch put the verb of a clause whose subject is a noun at its
/// end, after what the clause is about: "Eine Übermittlung [in die USA]
/// oder in andere Drittländer findet nicht statt", "Doorgifte naar of
/// toegang [vanuit de Verenigde Staten] of een ander land buiten de EER
/// vindt niet plaats", "Ein Zugriff [aus den USA] ist ausgeschlossen".
/// True when the clause that holds the match (up to the next comma or
/// stop) ends so, and neither its words before the match (`before`) nor
/// those after it (`after`) hold a verb of their own: in "Die Daten werden
/// [in die USA] übermittelt und eine Speicherung in Europa findet nicht
/// statt" the denial belongs to another clause.
fn clause_end_negates(before: &str, after: &str) -> bool {
    const NEG: &[&str] = &[
        "nicht",
        "niet",
        "weder",
        "kein",
        "keine",
        "keinem",
        "keinen",
        "keiner",
        "geen",
        "nie",
        "nooit",
        "niemals",
        "keinesfalls",
        "geenszins",
    ];
    // (A match that ends an apposition between commas, "Eine Übermittlung
    // in Drittländer, [insbesondere in die USA], ist vertraglich
    // ausgeschlossen": the clause goes on after the comma.)
    let after = match after.trim_start().strip_prefix(',') {
        Some(rest)
            if tokens(rest).first().is_some_and(|t| {
                matches!(
                    t.1,
                    "ist"
                        | "sind"
                        | "bleibt"
                        | "is"
                        | "zijn"
                        | "blijft"
                        | "findet"
                        | "vindt"
                        | "erfolgt"
                )
            }) =>
        {
            rest
        }
        _ => after,
    };
    let clause_end = after
        .find([',', ';', ':', '!', '?', '|', '.'])
        .unwrap_or(after.len());
    // (Without a Markdown footnote's mark: "ist vertraglich
    // ausgeschlossen[^1].")
    let clause = &after[..clause_end];
    let clause = clause.find("[^").map_or(clause, |i| &clause[..i]);
    let words: Vec<&str> = tokens(clause).into_iter().map(|t| t.1).collect();
    let n = words.len();
    if n == 0 || n > 16 {
        return false;
    }
    // The clause's own start: after the last comma before the match.
    let own = before.rfind(',').map_or(before, |i| &before[i + 1..]);
    if tokens(own).iter().any(|t| CLAUSE_VERBS.contains(&t.1)) {
        return false;
    }
    let last = words[n - 1];
    let prev = |k: usize| n.checked_sub(k + 1).map(|i| words[i]);
    // Where the negated verb at the end starts.
    let from = if matches!(last, "statt" | "plaats") {
        // "findet nicht statt", "vindt in geen geval plaats", "findet
        // derzeit in keiner der erfassten Verarbeitungstätigkeiten statt".
        (n.saturating_sub(10)..n - 1)
            .rev()
            .find(|&i| {
                matches!(
                    words[i],
                    "findet"
                        | "finden"
                        | "fand"
                        | "fanden"
                        | "vindt"
                        | "vinden"
                        | "vond"
                        | "vonden"
                )
            })
            .filter(|&i| words[i + 1..n - 1].iter().any(|w| NEG.contains(w)))
    } else if matches!(last, "ausgeschlossen" | "uitgesloten") {
        // "ist ausgeschlossen", or with a word or two between ("ist
        // vertraglich ausgeschlossen"), not "ist nicht ausgeschlossen".
        (1..=3)
            .find(|&k| {
                prev(k).is_some_and(|w| {
                    matches!(w, "ist" | "sind" | "bleibt" | "is" | "zijn" | "blijft")
                })
            })
            .filter(|&k| (1..k).all(|j| prev(j).is_some_and(|w| !NEG.contains(&w))))
            .map(|k| n - 1 - k)
    } else if matches!(last, "nicht" | "niet") {
        prev(1)
            .is_some_and(|w| matches!(w, "erfolgt" | "erfolgen" | "geschieht" | "gebeurt"))
            .then(|| n - 2)
    } else if matches!(last, "zeitpunkt" | "fall" | "falle")
        && prev(1) == Some("keinem")
        && matches!(prev(2), Some("zu" | "in"))
        || last == "keinesfalls"
    {
        // "erfolgt zu keinem Zeitpunkt", "erfolgt in keinem Fall",
        // "erfolgt keinesfalls".
        let verb = if last == "keinesfalls" { 1 } else { 3 };
        n.checked_sub(verb + 1)
            .filter(|&i| matches!(words[i], "erfolgt" | "erfolgen" | "geschieht" | "geschehen"))
    } else if matches!(
        (prev(1), last),
        (
            Some("nicht"),
            "vorgesehen" | "beabsichtigt" | "verbunden" | "geplant"
        ) | (
            Some("niet"),
            "voorzien" | "beoogd" | "verbonden" | "gepland"
        )
    ) {
        // "ist nicht vorgesehen", or with a few words between ("sind mit
        // dem Modul nicht verbunden": none are involved).
        (n.saturating_sub(7)..n.saturating_sub(2))
            .rev()
            .find(|&i| matches!(words[i], "ist" | "sind" | "is" | "zijn" | "wird" | "wordt"))
    } else {
        None
    };
    let Some(from) = from else {
        return false;
    };
    // The words before the negated verb hold no verb of their own.
    !words[..from].iter().any(|w| CLAUSE_VERBS.contains(w))
}

fn before_negates(clause: &str, toks: &[(usize, &str)], inside: &[(usize, &str)]) -> bool {
    // The negation nearest the match, at most 25 words before it. What
    // follows it runs on into the match: in "Het kan niet worden
    // [uitgesloten dat gegevens naar de VS ...]" the denied verb is the
    // match's first word.
    let window = toks.len().saturating_sub(25);
    let Some(cue) = (window..toks.len())
        .rev()
        .find(|&i| is_before_cue(toks, i) && !not_negating(toks[i + 1..].iter().chain(inside)))
    else {
        return false;
    };
    let between = &toks[cue + 1..];
    // "not always", "pas toujours", "nicht immer", "no siempre", "non
    // sempre", "niet altijd", "not necessarily": a partial negation, which
    // says the thing happens at times ("We cannot always notify you of a
    // request from a public authority"). The other order is a denial
    // ("toujours pas", "immer noch nicht": still not), and stays one.
    if between.first().is_some_and(|(_, w)| PARTIAL.contains(w)) {
        return false;
    }
    // "not only", "nicht nur", "pas seulement": the next word lifts it.
    // (An elided article stays on its word: "a l'exception de".)
    if between
        .iter()
        .any(|(_, w)| LIFT.contains(w) || LIFT.contains(&unelided(w)))
    {
        return false;
    }
    // "..., and we store it in the US", "... en zal een verzoek
    // aanvechten": a new clause of its own.
    if between
        .windows(2)
        .any(|p| AND.contains(&p[0].1) && (SUBJECT.contains(&p[1].1) || MODAL.contains(&p[1].1)))
    {
        return false;
    }
    // "Diese Pflicht besteht nicht, soweit eine Offenlegung gegenüber
    // Strafgerichten erfolgt": the denied clause ends at the comma, and the
    // match is the condition that lifts the denial.
    if between
        .windows(2)
        .any(|p| p[0].1 == "," && LIFTING_CONDITION.contains(&p[1].1))
    {
        return false;
    }
    // "(b) not to disclose ... and (c) to notify ... of any court order":
    // another item of a list.
    let from = toks[cue].0 + toks[cue].1.len();
    if has_item_marker(&clause[from..]) {
        return false;
    }
    // "Where no adequacy decision exists, data sent to the US ...": the
    // negation belongs to a conditional clause a comma has closed.
    let conditional = toks[..cue]
        .iter()
        .rev()
        .take_while(|(_, w)| *w != ",")
        .any(|(_, w)| CONDITIONAL.contains(w));
    if conditional && between.iter().any(|(_, w)| *w == ",") {
        return false;
    }
    // "non-EU countries such as the US": "non" in a compound is one token.
    true
}

/// A negation word that does not deny what follows: it widens a list
/// ("including but not limited to", "doch niet beperkt tot"), denies a
/// denial ("nothing shall prevent", "shall not apply to the extent", "it
/// cannot be ruled out that", "kann nicht ausgeschlossen werden"), or
/// reports ("has not received any National Security Letter"; "no matter
/// where you are"), or says what is no breach ("non costituisce
/// violazione la divulgazione richiesta da ...").
fn not_negating<'a>(next: impl Iterator<Item = &'a (usize, &'a str)>) -> bool {
    const STEMS: &[&str] = &[
        "limit",
        "restrict",
        "prevent",
        "prohibit",
        "preclude",
        "apply",
        "affect",
        "impair",
        "matter",
        "exclu",
        "ruled",
        "received",
        "beperkt",
        "beschrankt",
        "begrenzt",
        "exclusiv",
        "esclusiv",
        "ausschliess",
        // "Es ist nicht auszuschließen, dass ..."
        "auszuschliess",
        "ausgeschlossen",
        "uitsluit",
        "uitgesloten",
        "escl",
        "descart",
        "empech",
        "interdi",
        "verhinder",
        "hinder",
        "einschrank",
        "impid",
        "imped",
        // "ne fait pas obstacle à la communication" (does not prevent it),
        // "non osta", "steht dem nicht entgegen"
        "obstacle",
        "osta",
        "entgegen",
        "prohib",
        "belet",
        "recu",
        "erhalten",
        "recib",
        "ricev",
        "ontvang",
        "gelten",
        "gilt",
        "s'appliqu",
        "applica",
        "aplica",
        "toepass",
        "breach",
        "violat",
        "violaz",
        "violac",
        "verletz",
        "verstoss",
        "schending",
        "inbreuk",
        "infraction",
        "manquement",
        "incumpl",
        "inadempi",
        // "einen nicht natürlichen Tod" (an unnatural death)
        "naturlich",
        // a non-profit body ("société à but non lucratif", "non-profit",
        // "sin ánimo de lucro", "ohne Gewinnerzielungsabsicht")
        "lucrati",
        "lucro",
        "profit",
        "winstoogmerk",
        "gewinnerzielung",
        // "does not protect it from access by US agencies"
        "protect",
        "protege",
        "protegg",
        "schutz",
        "bescherm",
    ];
    // Nouns that share a stem's first letters: "No Applicant Data is
    // transferred", "ningún dato de la aplicación", "aucune donnée
    // recueillie".
    const NOUNS: &[&str] = &[
        "applicant",
        "application",
        "applicazion",
        "applicativ",
        "aplicacion",
        "recueil",
        "recuper",
    ];
    let next: Vec<&str> = next.take(6).map(|t| t.1).collect();
    next.iter().any(|w| {
        STEMS.iter().any(|s| w.starts_with(s)) && !NOUNS.iter().any(|n| w.starts_with(n))
    })
        // Dutch "niet uit te sluiten" (not to be ruled out), in three words
        || next.windows(3).any(|p| p == ["uit", "te", "sluiten"])
}

/// Words that open an exception in the six languages.
const EXCEPT: &[&str] = &[
    "except", "sauf", "hormis", "ausser", "excepto", "salvo", "tranne", "eccetto", "behalve",
];

/// An exception right after the match: "shall not disclose Customer Data
/// to any Governmental Authority except where required by Law".
/// ("Without" and its kin followed by a prior or written consent or
/// instruction make a processor's prohibition, not an exception: "shall
/// not transfer Personal Data to any country outside the EEA (including the
/// United States), nor to any international organisation, without the
/// prior written consent of the Controller". "Without your consent" still
/// lifts: the transfers happen with it.)
fn excepted_after(toks: &[(usize, &str)]) -> bool {
    const ALSO: &[&str] = &["unless", "save", "denn", "tenzij"];
    const WITHOUT: &[&str] = &["without", "sans", "ohne", "sin", "senza", "zonder"];
    toks.iter().take(8).enumerate().any(|(i, (_, w))| {
        EXCEPT.contains(w)
            || ALSO.contains(w)
            || (WITHOUT.contains(w)
                && !prior_consent(&toks[i + 1..])
                && !without_adequacy(&toks[i + 1..]))
    }) || toks.windows(2).take(8).any(two_word_exception)
}

/// "... ni en ningún otro tercer país sin decisión de adecuación", "or any
/// other country without an adequacy decision": "without" that describes
/// the countries denied with the match, not an exception to the denial.
fn without_adequacy(next: &[(usize, &str)]) -> bool {
    next.iter().take(3).any(|(_, w)| {
        ["adequa", "adecua", "adegua", "angemessen"]
            .iter()
            .any(|s| w.starts_with(s))
    })
}

/// A prior or written consent (or authorisation, instruction) among the
/// first words of `toks`.
fn prior_consent(toks: &[(usize, &str)]) -> bool {
    const PRIOR: &[&str] = &[
        "prior",
        "written",
        "prealable",
        "prealables",
        "ecrit",
        "ecrite",
        "vorherige",
        "vorherigen",
        "schriftliche",
        "schriftlichen",
        "previo",
        "previa",
        "escrito",
        "escrita",
        "preventivo",
        "preventiva",
        "scritto",
        "scritta",
        "voorafgaande",
        "schriftelijke",
    ];
    const CONSENT: &[&str] = &[
        "consent",
        "authorisation",
        "authorization",
        "approval",
        "permission",
        "instructions",
        "instruction",
        "consentement",
        "autorisation",
        "accord",
        "einwilligung",
        "zustimmung",
        "genehmigung",
        "weisung",
        "consentimiento",
        "autorizacion",
        "consenso",
        "autorizzazione",
        "toestemming",
        "instructie",
        "instructies",
    ];
    let words: Vec<&str> = toks.iter().take(6).map(|(_, w)| unelided(w)).collect();
    words.iter().any(|w| PRIOR.contains(w)) && words.iter().any(|w| CONSENT.contains(w))
}

/// "other than", "à moins", "a menos", "a meno", "es sei (denn)".
fn two_word_exception(p: &[(usize, &str)]) -> bool {
    matches!(
        (p[0].1, p[1].1),
        ("other", "than") | ("a", "moins") | ("a", "menos") | ("a", "meno") | ("es", "sei")
    )
}

/// An exception inside the match, after its first word: "[transfer no
/// data outside the EEA, except to the United States]", "[übermitteln
/// keine Daten in Drittländer, mit Ausnahme der USA]".
fn excepted_within(toks: &[(usize, &str)]) -> bool {
    const ALSO: &[&str] = &[
        "unless",
        "denn",
        "tenzij",
        "excepte",
        "exception",
        "ausnahme",
        "ausgenommen",
        "excepcion",
        "eccezione",
        "uitzondering",
    ];
    toks.iter()
        .skip(1)
        .map(|(_, w)| unelided(w))
        .any(|w| EXCEPT.contains(&w) || ALSO.contains(&w))
        || toks
            .get(1..)
            .is_some_and(|t| t.windows(2).any(|p| two_word_exception(p) || but_also(p)))
}

/// "But also" in the six languages: "[no se almacenan solo en la UE, sino
/// también en Estados Unidos]" denies that the data stays in one place, not
/// that it goes to the other.
fn but_also(p: &[(usize, &str)]) -> bool {
    matches!(
        (p[0].1, p[1].1),
        ("but", "also")
            | ("mais", "aussi" | "egalement")
            | ("sondern", "auch")
            | ("sino", "tambien" | "ademas")
            | ("ma" | "bensi", "anche")
            | ("maar", "ook")
    )
}

/// When the match ends inside a list of places ("[in die USA oder]
/// andere Staaten ohne angemessenen Datenschutz, findet nicht statt"), the
/// tokens after the list: from after the first comma. Empty when the match
/// does not end on (or the rest does not start with) "or", "and" and the
/// like.
fn past_list<'a, 'b>(
    inside: &[(usize, &'a str)],
    rest: &'b [(usize, &'a str)],
) -> &'b [(usize, &'a str)] {
    const AND_OR: &[&str] = &[
        "or", "and", "ou", "et", "oder", "und", "sowie", "bzw", "o", "y", "e", "of", "en",
    ];
    let ends_in_list = inside.last().is_some_and(|t| AND_OR.contains(&t.1))
        || rest.first().is_some_and(|t| AND_OR.contains(&t.1));
    if !ends_in_list {
        return &[];
    }
    // (The list runs to the first comma, within a few words.)
    match rest.iter().take(10).position(|t| t.1 == ",") {
        Some(i) => &rest[i + 1..],
        None => &[],
    }
}

/// "[A transfer of your data to the United States] is excluded", "...
/// est interdit", "... è escluso", "... ist untersagt": a verb of being,
/// then a participle of exclusion or prohibition.
const BE: &[&str] = &[
    "is", "are", "remains", "est", "sont", "reste", "e", "sono", "resta", "esta", "estan", "queda",
    "ist", "sind", "bleibt", "zijn", "blijft",
];
const EXCLUDED: &[&str] = &[
    "excluded",
    "prohibited",
    "forbidden",
    "precluded",
    "exclu",
    "exclue",
    "exclus",
    "exclues",
    "interdit",
    "interdite",
    "interdits",
    "interdites",
    "escluso",
    "esclusa",
    "esclusi",
    "escluse",
    "vietato",
    "vietata",
    "vietati",
    "vietate",
    "excluido",
    "excluida",
    "excluidos",
    "excluidas",
    "prohibido",
    "prohibida",
    "prohibidos",
    "prohibidas",
    "ausgeschlossen",
    "untersagt",
    "verboten",
    "uitgesloten",
    "verboden",
];

/// A verb of being followed by a participle of exclusion ("... to the
/// United States [is] [excluded]", "[ist] [ausgeschlossen]"), whether the
/// verb ends the match or starts the words after it.
fn be_excluded(be: Option<&str>, next: Option<&str>) -> bool {
    be.is_some_and(|b| BE.contains(&b)) && next.is_some_and(|w| EXCLUDED.contains(&w))
}

fn after_negates(toks: &[(usize, &str)]) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .map(|t| t.1)
        .filter(|w| *w != ",")
        .take(5)
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    // French: "ne" / "n'" right after the subject, with its second part
    // (pas, jamais, aucun...) a few words on; "ne ... que" means "only".
    if *first == "ne" || first.starts_with("n'") {
        return words[1..].iter().any(|w| {
            matches!(
                *w,
                "pas" | "jamais" | "aucun" | "aucune" | "nullement" | "rien" | "plus" | "ni"
            )
        });
    }
    // Italian and Spanish: the negation right after the subject.
    if matches!(*first, "non" | "no") {
        return true;
    }
    if be_excluded(Some(first), words.get(1).copied()) {
        return true;
    }
    // German and Dutch: the negation after the verb, within three words,
    // and the clause ends with it or its participle ("..., findet nicht
    // statt", "worden niet doorgegeven"); not "... oder sonstigen nicht
    // sicheren Drittstaaten".
    let n = toks
        .iter()
        .skip_while(|t| t.1 == ",")
        .take_while(|t| t.1 != ",")
        .count()
        .min(words.len());
    (0..n.min(3)).any(|i| {
        matches!(words[i], "nicht" | "niet" | "nie" | "niemals" | "nooit")
            && (i + 1 == n
                || words.get(i + 1).is_some_and(|w| {
                    [
                        "statt",
                        "plaats",
                        "uber",
                        "ubermittelt",
                        "weitergegeben",
                        "gespeichert",
                        "ubertragen",
                        "verarbeitet",
                        "offengelegt",
                        "doorgegeven",
                        "opgeslagen",
                        "verwerkt",
                        "overgedragen",
                        "verstrekt",
                        "doorgifte",
                    ]
                    .contains(w)
                }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    /// `sentence` with the match marked as `[...]`.
    fn neg(marked: &str, after: bool) -> bool {
        let s = normalize(&marked.replace(['[', ']'], "")).text;
        let m = normalize(marked).text;
        let a = m.find('[').unwrap();
        let b = m.find(']').unwrap() - 1;
        negated(&s, a, b, after)
    }

    #[test]
    fn negations_before_the_match() {
        for s in [
            "We do not transfer personal data outside the EEA, such as [to the United States].",
            "3.3 Because we make no transfers [to the United States], we have not certified.",
            "Maplewood will not transfer Customer Data to, or [store it in, the United States].",
            "In nessun caso i Dati Personali sono [conservati negli Stati Uniti].",
            "Wij geven geen persoonsgegevens door naar landen buiten de EER, zoals [de Verenigde Staten].",
            "Er unterliegt weder [dem US CLOUD Act] noch vergleichbaren Vorschriften.",
            "Ni Alvea ni son hébergeur ne sont soumis [au Cloud Act].",
            "Onze leverancier valt niet onder [de Amerikaanse CLOUD Act].",
            "The Processor does not engage [sub-processors established in the United States].",
            "El Proveedor no tiene filiales ni [subencargados en los Estados Unidos] ni en ningún otro tercer país sin decisión de adecuación.",
            "We have no [sub-processors in the United States] or in any other country without an adequacy decision.",
            "Nous ne transférons jamais vos données [vers les États-Unis].",
            "We don't [store data in the US].",
            "Nous ne transférons pas les données que nous collectons [vers les États-Unis].",
            "Né noi né i nostri responsabili [trasferiamo dati personali negli Stati Uniti].",
            "Nous ne [communiquons jamais vos données au gouvernement].",
            "Nous n'[envoyons aucune donnée aux États-Unis].",
            "Wir geben [Ihre Daten niemals an staatliche Stellen] weiter.",
            "Wij [verstrekken uw gegevens nooit aan rechtbanken].",
            "We [never disclose your data to the US government].",
            "[Our US sales team cannot access] customer data.",
            "[Our US support team cannot access] customer data, which is restricted to EU staff.",
            "[Il personale della capogruppo statunitense non ha accesso] ai dati.",
            "[Engineers of our US parent company never access] customer data.",
            // Nouns that begin as a denial-of-a-denial stem does ("apply").
            "No [Applicant Data is transferred to the United States].",
            "No application logs are [accessed from the United States].",
            "Ningún dato de la [aplicación se transfiere a Estados Unidos].",
            // An elided article on the denial: "d'aucun".
            "Les données ne font l'objet d'aucun transfert vers un [pays tiers, notamment vers les États-Unis].",
            // A compound noun after "keine".
            "Der Fanservice [übermittelt keine Teilnehmerdaten an US-Behörden].",
            // "still not" is a denial ("toujours pas", "immer noch nicht"),
            // and so is "not necessary" ("niet noodzakelijk").
            "Het is niet noodzakelijk [gegevens naar de VS te sturen].",
            "Nous ne communiquons toujours pas [vos données aux autorités américaines].",
            "Wir übermitteln immer noch nicht [Ihre Daten in die USA].",
        ] {
            assert!(neg(s, false), "{s}");
        }
        // "nicht natürlich" (unnatural) and "non lucratif" (non-profit) deny
        // nothing.
        for s in [
            "Ergeben sich Anhaltspunkte für einen nicht natürlichen Tod, [übermitteln wir die Angaben an die Ermittlungsbehörde].",
            "La Fondation, société à but non lucratif [régie par la Not-for-Profit Corporation Law de l'État de New York].",
        ] {
            assert!(!neg(s, false), "{s}");
        }
    }

    /// No recipient at all, said inside the match; not one excepted or
    /// contrasted.
    #[test]
    fn no_recipient_inside_the_match() {
        for s in [
            "The [Provider does not use any subprocessor located in, or accessing data from, the USA].",
            "Le [Prestataire n'a recours à aucun sous-traitant établi aux États-Unis].",
            "Der [Anbieter setzt keine Unterauftragsverarbeiter mit Sitz in den USA] ein.",
            "El [Encargado no recurre a ningún subencargado establecido en Estados Unidos].",
            "De [verwerker schakelt geen subverwerkers in de Verenigde Staten] in.",
        ] {
            assert!(neg(s, false), "{s}");
        }
        for s in [
            "The [Provider does not use any subprocessor other than Acme Inc. in the USA].",
            "The [Provider has no sub-processor in Europe, but its host is in Texas].",
            "The [Provider uses one sub-processor in the USA] and no other.",
        ] {
            assert!(!neg(s, false), "{s}");
        }
    }

    #[test]
    fn split_and_never_negations_stop_where_they_should() {
        for s in [
            // "ne ... que" restricts: the data go there and nowhere else.
            "Nous ne [communiquons vos données qu'aux autorités judiciaires].",
            // Italian "ne" is a pronoun.
            "Ne [comunichiamo i dati alle autorità competenti].",
            // "never ... except" lets the exception in.
            "We [never disclose data except to law enforcement].",
            // "never" further on belongs to another clause.
            "[We share data with our US processor, which has never received] a request.",
        ] {
            assert!(!neg(s, false), "{s}");
        }
    }

    #[test]
    fn what_lifts_a_negation() {
        for s in [
            "We do not transfer data outside the EEA, except [to our US sub-processor].",
            "Le Sous-traitant ne [transfère pas les Données hors de l'UE, sauf vers les États-Unis].",
            "Wir [übermitteln keine Daten in Drittländer, mit Ausnahme der USA].",
            "We do not transfer data [outside the EEA other than to our payment processor in the United States].",
            "Les données ne sont pas transférées [hors de l'UE, à l'exception des journaux conservés aux États-Unis].",
            "Wir [übermitteln keine Daten in die USA, es sei denn], Sie aktivieren die Synchronisierung.",
            "Wij [geven geen gegevens door aan de Verenigde Staten, tenzij] u dat wilt.",
            "Nous [ne transférons pas vos données vers les États-Unis, sauf] lorsque vous activez l'option.",
            "Les données ne sont pas transférées hors de l'UE, à l'exception des journaux [conservés aux États-Unis].",
            "We will not disclose data unless [required by a subpoena].",
            "We do not sell data, and we [store it in the United States].",
            "Where no adequacy decision exists, [data transferred to the US] is protected by SCCs.",
            "Data is not only stored in the EU but also [in the United States].",
            "Sus datos no se [almacenan solo en la UE, sino también en Estados Unidos].",
            "I dati non sono [conservati solo nell'UE, ma anche negli Stati Uniti].",
            "Los datos se almacenan en la UE. No obstante, nuestro equipo [puede acceder a ellos desde EE. UU.].",
            "Les données ne sont hébergées qu'[aux États-Unis].",
            "Wir geben keine Daten weiter, es sei denn, [eine Behörde verlangt dies].",
            "Diese Pflicht besteht nicht, soweit eine [Offenlegung gegenüber Strafgerichten] erfolgt.",
            "We will not disclose Customer Data other than [in response to a court order].",
            "Nessun dato è trattato senza [un ordine dell'autorità giudiziaria].",
            "Nous stockons [vos données aux États-Unis] et ne les vendons pas.",
            "[Data is stored in the United States].",
            "Customers in non-EU countries: [data is stored in the US].",
            "Supplier shall not [disclose Customer Data to any Governmental Authority] except where required by Law.",
            "Applicable law, including but not limited to [18 U.S.C. § 2713].",
            "met inbegrip van - doch niet beperkt tot - [18 U.S.C. § 2713] en 50 U.S.C. § 1881a",
            "We do not transfer data [to the United States] without your consent.",
            "Es kann nicht ausgeschlossen werden, dass [US-Behörden auf Grundlage des CLOUD Act] Daten verlangen.",
            "Het kan niet worden [uitgesloten dat gegevens naar de VS worden doorgegeven].",
            "[A transfer of your data to the United States cannot] be ruled out.",
            "[Een doorgifte van uw gegevens naar de Verenigde Staten kan niet worden uitgesloten].",
            "Es ist nicht auszuschließen, dass [US-Behörden auf diese Daten zugreifen].",
            "Het is niet uit te sluiten dat [uw gegevens naar de Verenigde Staten] worden doorgegeven.",
            "To date, Tallgrass has not received any FISA 702 directive or [National Security Letter].",
            "No matter where you are located, you consent to the [transferring of your information to the U.S.].",
            "Nothing in this Agreement shall restrict Bank from [disclosing Cardholder Information to its regulators].",
            "Verwerker gaat niet verder dan strikt noodzakelijk en zal [een verzoek in rechte aanvechten].",
            "(b) not to disclose such information and (c) to notify the party of any [court order].",
            "The obligations shall not apply to the extent the Recipient is required to [disclose information by law].",
            "Non costituisce violazione la [divulgazione richiesta da un provvedimento di un'autorità giudiziaria].",
            "It shall not be a breach of this Agreement to [disclose information required by a court order].",
            "Storing data in the EU does not by itself protect it from [access by US intelligence agencies].",
            "Wir nutzen Tools von Unternehmen [mit Sitz in den USA] oder sonstigen nicht sicheren Drittstaaten.",
            "Data may be transferred to non EU countries such as [the United States].",
            "Ne facciamo uso per [trasferire i dati negli Stati Uniti].",
            "In caso di guasti non risolti dal fornitore, [i tecnici operano dagli Stati Uniti].",
            "En cas d'incident non résolu, [l'assistance est assurée depuis les États-Unis].",
            // A partial negation: it happens at times.
            "We may not always be able to [notify you of a request from a public authority].",
            "Nous ne pourrons pas toujours [vous informer d'une demande d'une autorité américaine].",
            "Wir können Sie nicht immer [über ein Auskunftsersuchen einer US-Behörde informieren].",
            "No siempre podremos [informarle de una solicitud de una autoridad pública].",
            "Wij slaan gegevens niet noodzakelijkerwijs [in de Verenigde Staten op].",
        ] {
            assert!(!neg(s, true), "{s}");
        }
    }

    #[test]
    fn negations_after_the_match() {
        for s in [
            "Eine Bekanntgabe ins Ausland, namentlich [in die USA], findet nicht statt.",
            "Eine Bekanntgabe ins Ausland, insbesondere [in die USA oder] andere Staaten ohne angemessenen Datenschutz, findet nicht statt.",
            "Daten werden [in die USA] nicht übermittelt.",
            "Gegevens worden [naar de Verenigde Staten] niet doorgegeven.",
            "Nos [fournisseurs américains] ne reçoivent aucune information.",
            "I [fornitori statunitensi] non ricevono dati personali.",
            "[A transfer of your data to the United States] is excluded.",
            "Un [transfert vers les États-Unis] est interdit.",
        ] {
            assert!(neg(s, true), "{s}");
            assert!(!neg(s, false), "{s}");
        }
        // The verb at the end of a German or Dutch clause.
        for s in [
            "Eine Übermittlung [in die USA] oder in andere Drittländer außerhalb der Europäischen Union findet nicht statt.",
            "Een doorgifte [naar de Verenigde Staten] of andere landen buiten de EER vindt niet plaats.",
            "Doorgifte naar of toegang [vanuit de Verenigde Staten] of een ander land buiten de EER vindt niet plaats, ook niet voor support.",
            "Ein Zugriff [aus den USA] oder aus sonstigen Drittstaaten auf die Daten ist ausgeschlossen.",
            "Eine Übermittlung in Drittländer, [insbesondere in die USA], ist vertraglich ausgeschlossen; auch Fernwartung erfolgt nur aus Hannover.",
            "Een doorgifte [naar de Verenigde Staten] is contractueel uitgesloten.",
            "Ein Zugriff [aus den USA] auf die Daten findet zu keinem Zeitpunkt statt.",
            "Eine Übermittlung an Empfänger [in den Vereinigten Staaten] findet derzeit in keiner der erfassten Verarbeitungstätigkeiten statt.",
            "Eine Speicherung [in den USA] ist nicht vorgesehen.",
            "Weitere Übermittlungen [an Behörden] sind mit dem Modul nicht verbunden.",
            "Een doorgifte [naar de Verenigde Staten] is met deze dienst niet verbonden.",
            "Eine Übermittlung [in die USA] oder andere Drittländer erfolgt zu keinem Zeitpunkt.",
            "Eine Übermittlung [in die USA] erfolgt in keinem Fall.",
            "Eine Übermittlung [in die USA] erfolgt keinesfalls.",
            // The object first, its verb denied at the end.
            "Dienste von [Anbietern mit Sitz in den Vereinigten Staaten], etwa Analyse- oder Werbe-Tools, nutzen wir nicht.",
            "Tools [aus den USA] setzen wir auf dieser Website nicht ein.",
            "Diensten van [aanbieders in de Verenigde Staten] gebruiken wij niet.",
        ] {
            assert!(neg(s, true), "{s}");
        }
        for s in [
            // The denial belongs to another clause.
            "Die Daten werden [in die USA] übermittelt und eine Speicherung in Europa findet nicht statt.",
            "Eine Übermittlung [in die USA] findet statt, eine Übermittlung in andere Drittländer findet nicht statt.",
            "Eine Übermittlung [in die USA] findet statt; in andere Drittländer findet keine Übermittlung statt.",
            "Wir übermitteln Daten [in die USA], die Verarbeitung in China ist ausgeschlossen.",
            "Ein Zugriff [aus den USA] ist vertraglich nicht ausgeschlossen.",
            "Daten [in die USA] übermitteln wir, Cookies setzen wir nicht.",
            "Wir übermitteln Daten [in die USA oder] nach Kanada, nicht aber nach China.",
            "Wir übermitteln Daten [an Anbieter in den USA], Werbe-Tools nutzen wir nicht.",
        ] {
            assert!(!neg(s, true), "{s}");
        }
        // A prohibition that the customer's consent may lift is still one.
        assert!(neg(
            "The Processor shall not transfer Personal Data to any country outside the EEA [(including the United States)], nor to any international organisation, without the prior written consent of the Controller.",
            false
        ));
        assert!(!neg(
            "We do not transfer data outside the EEA [to the United States] without a valid transfer mechanism.",
            false
        ));
        // The negation inside the match.
        assert!(neg(
            "Le lieu d'hébergement des [données n'est pas situé aux États-Unis].",
            true
        ));
        assert!(neg(
            "Ces [données ne sont, en aucun cas, stockées aux États-Unis].",
            true
        ));
        assert!(neg(
            "Les [données ne sont jamais transférées aux États-Unis].",
            false
        ));
        assert!(!neg(
            "Les [données ne sont pas conservées en France mais aux États-Unis].",
            true
        ));
        assert!(!neg(
            "Les [données ne sont transférées aux États-Unis] que sur instruction du Client.",
            true
        ));
        assert!(neg(
            "[US-Behörden haben keinen Zugriff] auf die Daten.",
            false
        ));
        assert!(neg(
            "[Amerikaanse autoriteiten hebben geen toegang] tot de gegevens.",
            false
        ));
        assert!(neg(
            "[Our US affiliates have no access to your personal data].",
            false
        ));
        assert!(neg(
            "[Le nostre consociate statunitensi non possono accedere ai Suoi dati].",
            false
        ));
        assert!(neg(
            "[Nuestras filiales estadounidenses no tienen acceso a sus datos].",
            false
        ));
        // "no" before some other word is not a denial of the access.
        assert!(!neg(
            "[Our US affiliates, at no cost to you, may access your data].",
            false
        ));
        // English puts the negation before; "in the US, not in Europe"
        // is a place, not a negation.
        assert!(!neg("Data is stored [in the US], not in Europe.", true));
        assert!(!neg(
            "[Les données aux États-Unis] ne sont conservées que 30 jours.",
            true
        ));
    }
    #[test]
    fn a_clause_that_ends_by_denying_its_verb() {
        let at_end = |marked: &str| {
            let s = normalize(&marked.replace(['[', ']'], "")).text;
            let m = normalize(marked).text;
            let a = m.find('[').unwrap();
            let b = m.find(']').unwrap() - 1;
            denied_at_clause_end(&s, a, b)
        };
        assert!(at_end(
            "Eine [Weitergabe Ihrer Angaben an Behörden] oder Dritte findet nicht statt."
        ));
        assert!(at_end(
            "Een [verstrekking aan de politie] vindt in geen geval plaats."
        ));
        // The denial of another clause, or none.
        assert!(!at_end(
            "Die Daten werden [an Behörden weitergegeben] und eine Speicherung in Europa findet nicht statt."
        ));
        assert!(!at_end(
            "Eine [Weitergabe an Behörden] findet statt, wenn ein Gericht sie anordnet."
        ));
    }
}
