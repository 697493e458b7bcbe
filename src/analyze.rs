//! From extracted text to findings: normalize, match, keep the best match
//! where several overlap, describe each clause, and place it in the
//! original text (page, line, excerpt).

use std::collections::BTreeMap;

use crate::attributes;
use crate::definitions;
use crate::matcher::{Matcher, Prebuilt, RawMatch};
use crate::normalize::{Normalized, normalize};
use crate::record::Finding;
use crate::rules::{Category, RuleSet};

/// With `CLAUSESCAN_TRACE` set, each rule match that a check of the
/// sentence around it drops is told on standard error (for rule writers).
static TRACE: std::sync::LazyLock<bool> =
    std::sync::LazyLock::new(|| std::env::var_os("CLAUSESCAN_TRACE").is_some());

/// The attribute (and the empty group that carries it to the finding) of a
/// law named by a term defined as a party's seat.
const SEAT_LAW: &str = "seat_law";
/// The group that holds the place a defined term's definition names.
const LAW_DEFINED: &str = "law_defined";
/// A marker group (empty): the defined term's definition adds US federal
/// law to the state's.
const FEDERAL_TOO: &str = "federal_too";
/// The group that holds the postal abbreviation of the office a seat law
/// names (read by [`crate::rules::Gazetteer::us_state_of_postal`]).
const LAW_POSTAL: &str = "law_postal";

/// The compiled rules and matcher, shared by every document of a scan.
#[derive(Debug, Clone)]
pub struct Engine {
    pub rules: RuleSet,
    pub matcher: Matcher,
}

/// A document's text made ready for matching: its page furniture blanked
/// out (the same offsets; matches, sentences and excerpts are read so) and
/// normalized ([`Engine::analyze_matches`]).
pub struct Prepared<'t> {
    original: &'t str,
    page_starts: &'t [usize],
    masked: std::borrow::Cow<'t, str>,
    norm: Normalized,
}

impl<'t> Prepared<'t> {
    /// `text`, whose pages begin at the byte offsets in `page_starts`.
    pub fn new(text: &'t str, page_starts: &'t [usize]) -> Prepared<'t> {
        let masked = crate::furniture::mask(text, page_starts);
        let norm = normalize(&masked);
        Prepared {
            original: text,
            page_starts,
            masked,
            norm,
        }
    }

    /// The normalized text, which the rules match.
    pub fn normalized(&self) -> &str {
        &self.norm.text
    }
}

impl Engine {
    /// Compile the matcher for a rule set.
    pub fn new(rules: RuleSet) -> Engine {
        Engine::with_prebuilt(rules, None)
    }

    /// [`Engine::new`], with the keyword automaton of the bundled rules
    /// started before they were loaded ([`Prebuilt::spawn`]), used if
    /// `rules` are the bundled ones.
    pub fn with_prebuilt(rules: RuleSet, prebuilt: Option<Prebuilt>) -> Engine {
        // Rules with place names need the gazetteer's automaton: built on
        // another core meanwhile, where there is one.
        if rules.rules.iter().any(|r| r.exact.is_some())
            && std::thread::available_parallelism().is_ok_and(|n| n.get() > 1)
        {
            rules.gazetteer.prepare_in_background();
        }
        let matcher = Matcher::with_prebuilt(&rules, prebuilt);
        Engine { rules, matcher }
    }

    /// Findings in `text`. `page_starts` holds the byte offset at which each
    /// page begins (empty for documents without pages); `context` is the
    /// excerpt's maximum width on each side of the match, in characters.
    pub fn analyze(&self, text: &str, page_starts: &[usize], context: usize) -> Vec<Finding> {
        self.analyze_limited(text, page_starts, context, usize::MAX)
            .0
    }

    /// [`Engine::analyze`], keeping at most `max_per_category` findings of
    /// each category (the first ones in the text). Also returns the
    /// categories that had more, so that the caller can say so.
    pub fn analyze_limited(
        &self,
        text: &str,
        page_starts: &[usize],
        context: usize,
        max_per_category: usize,
    ) -> (Vec<Finding>, Vec<Category>) {
        let doc = Prepared::new(text, page_starts);
        let raw = self.matcher.find(&self.rules, doc.normalized());
        self.analyze_matches(&doc, raw, context, max_per_category)
    }

    /// [`Engine::analyze_limited`] on a document already prepared, from its
    /// matches (those of [`Matcher::find`] on [`Prepared::normalized`], or
    /// of [`Matcher::find_batch`] with other documents).
    pub fn analyze_matches(
        &self,
        doc: &Prepared,
        mut raw: Vec<RawMatch>,
        context: usize,
        max_per_category: usize,
    ) -> (Vec<Finding>, Vec<Category>) {
        let lines = LineIndex::new(doc.original, doc.page_starts);
        let original = doc.original;
        let text = &*doc.masked;
        let norm = &doc.norm;
        drop_inside_urls(&norm.text, &mut raw);
        self.resolve_defined_laws(&norm.text, &mut raw);
        self.resolve_office_laws(&norm.text, &mut raw);
        // A team in a US place is a transfer where its sentence or the next
        // two speak of access, remote work or support. Dropped before the
        // overlapping matches are chosen, so that one without those words
        // ("personal data of Kestrel's [staff is hosted ... in its data
        // centres in Texas]") leaves the place to the others.
        // So is a regulator's inspection where its sentence names no
        // records or data ("inspection of the facility by any regulatory
        // authority" in a supply agreement).
        // So is a disclosure match that is (almost) only a heading (see
        // [`Engine::finding`]): dropped here, it cannot hide the clause's own
        // match ("[Ersuchen Dritter 7.1 Wendet sich eine Behörde] ... mit
        // dem Verlangen, Daten herauszugeben").
        raw.retain(|m| {
            let rule = &self.rules.rules[m.rule];
            let attributes = &rule.attributes;
            (!is_true(attributes, "access_nearby")
                || nearby(text, norm, m, context, speaks_of_access))
                && (!is_true(attributes, "records_nearby")
                    || nearby(text, norm, m, context, |s| RECORDS_NEARBY.is_match(s)))
                && !(rule.category == Category::GovernmentAccess
                    && heading_only(text, original_span(text, norm, m)))
        });
        // A company said to be American in a sentence of its own (a rule
        // with the `used_elsewhere` attribute, its name in a `name*`
        // group) is a recipient only where the document says that its
        // author uses it; its US-entity match on the same words then names
        // a provider, not the party ("Nous faisons appel à Sendwave ...
        // Sendwave est une société établie aux États-Unis").
        // (Each name is looked up once per document: the lookup reads the
        // whole text.)
        let mut used_spans = Vec::new();
        let mut used_names: BTreeMap<&str, bool> = BTreeMap::new();
        raw.retain(|m| {
            if !is_true(&self.rules.rules[m.rule].attributes, "used_elsewhere") {
                return true;
            }
            let used = m
                .groups
                .iter()
                .filter(|(n, _, _)| n.starts_with("name"))
                .any(|&(_, a, b)| {
                    let name = &norm.text[a..b];
                    *used_names
                        .entry(name)
                        .or_insert_with(|| attributes::used_by_author(&norm.text, name))
                });
            if used {
                used_spans.push((m.start, m.end));
            }
            used
        });
        if !used_spans.is_empty() {
            raw.retain(|m| {
                self.rules.rules[m.rule].category != Category::UsEntity
                    || !used_spans.iter().any(|&(s, e)| m.start < e && s < m.end)
            });
        }
        // A defined term the document defines as a US company ("Corvane
        // Holdings, Inc., société du Delaware (la « Maison mère »)"), then
        // said to reach, host or process the data ("La Maison mère peut
        // accéder aux Données du Client": a rule with the `defined_us`
        // attribute, the term in its `term` group, or `term2` ...) is a recipient in the
        // United States. A term not so defined, or a party's role word
        // ("the Supplier": where the party is, is not a transfer), drops
        // the match.
        // (Each term is looked up once per document: the lookup reads the
        // whole text. The match's own words are no definition of the term.)
        let mut defined: BTreeMap<String, bool> = BTreeMap::new();
        raw.retain(|m| {
            if !is_true(&self.rules.rules[m.rule].attributes, "defined_us") {
                return true;
            }
            term_group(m).is_some_and(|(a, b)| {
                // (The group takes the fewest words it can: "[the
                // Group] Parent hosts" is tried as "group", then with
                // the next word or two, "group parent".)
                let rest = &norm.text[b..m.end];
                let ends = std::iter::once(b)
                    .chain(rest.match_indices(' ').skip(1).take(2).map(|(i, _)| b + i));
                // ("The Group Parent does not access Customer Data".)
                let denied = rest
                    .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                    .any(|w| DENIAL.contains(&w) || w.starts_with("n'"));
                !denied
                    && ends.map(|e| norm.text[a..e].trim()).any(|term| {
                        !PARTY_ROLE.contains(&term)
                            && *defined.entry(term.to_string()).or_insert_with(|| {
                                definitions::names_us_company(
                                    &norm.text,
                                    term,
                                    (m.start, m.end),
                                    &self.rules.gazetteer,
                                )
                            })
                    })
            })
        });
        // A defined term the document defines as a prosecutor, a justice
        // ministry or a law-enforcement body ('"Offices" means the Fraud
        // Section of the Criminal Division of the United States Department
        // of Justice'), then given reports or data ("deliver each report to
        // the Offices": a rule with the `defined_authority` attribute, the
        // term in a `term*` group), is government access. A term not so
        // defined drops the match.
        let mut authorities: BTreeMap<String, bool> = BTreeMap::new();
        raw.retain(|m| {
            if !is_true(&self.rules.rules[m.rule].attributes, "defined_authority") {
                return true;
            }
            term_group(m).is_some_and(|(a, b)| {
                let term = &norm.text[a..b];
                *authorities.entry(term.to_string()).or_insert_with(|| {
                    definitions::names_authority(&norm.text, term, (m.start, m.end))
                })
            })
        });
        // Where the matches of the transfer rules with the `recipient`
        // attribute lie: one that a longer match of another rule holds
        // lends it the attribute (below).
        let recipients: Vec<(usize, usize)> = raw
            .iter()
            .filter(|m| {
                let rule = &self.rules.rules[m.rule];
                rule.category == Category::UsTransfer && is_true(&rule.attributes, "recipient")
            })
            .map(|m| (m.start, m.end))
            .collect();
        let kept = select(&self.rules, raw, &norm.text);
        // A US-transfer match on the words of a (not negated) US-entity
        // finding naming the contracting party, controller or provider (its
        // rule's `party` attribute) is dropped: "Your contracting party is
        // Acme Inc., based in Austin, Texas" says where the party is, not
        // that data goes there. ("Slack Technologies, LLC, a US company,
        // hosts our messages" keeps its transfer, and so does one that sends
        // the data to the party: "Sus datos se transferiran a [nuestra sede
        // central en los Estados Unidos]"; but not "HOSTING AGREEMENT ... is
        // entered into by and [between VITALIBIS INC] a Nevada ...".) A
        // transfer rule with the `recipient` attribute names the party as
        // the data's recipient (a processor or the SCCs' data importer at a
        // US address), and stays.
        // The findings of those entity matches, by index in `kept`, made
        // once here and used again below.
        let mut parties: BTreeMap<usize, Option<Finding>> = BTreeMap::new();
        for (i, m) in kept.iter().enumerate() {
            let rule = &self.rules.rules[m.rule];
            if rule.category == Category::UsEntity && is_true(&rule.attributes, "party") {
                parties.insert(i, self.finding(original, text, norm, &lines, m, context));
            }
        }
        let entities: Vec<(usize, usize)> = parties
            .iter()
            .filter(|(_, f)| f.is_some())
            .map(|(&i, _)| (kept[i].start, kept[i].end))
            .collect();
        // Any US-entity finding that stands (a party rule's or another's:
        // "BRIGHTWATER THERAPEUTICS, INC., sociedad constituida conforme a
        // la legislación del Estado de Delaware ... (en adelante, el
        // Promotor)") is what lets a seat cross-reference count. (Asked
        // only where there is one: the check builds those findings.)
        let seat_refs = kept
            .iter()
            .any(|m| is_true(&self.rules.rules[m.rule].attributes, "seat_transfer"));
        let us_party = !entities.is_empty()
            || seat_refs
                && kept.iter().enumerate().any(|(i, m)| {
                    self.rules.rules[m.rule].category == Category::UsEntity
                        && !parties.contains_key(&i)
                        && self
                            .finding(original, text, norm, &lines, m, context)
                            .is_some()
                });
        // The US companies the document says own the party ("X SAS est
        // détenue à 100 % par Y Corp.", "a subsidiary of Y Inc."): read
        // once, where there is an entity match to check against them.
        let parents = if kept
            .iter()
            .any(|m| self.rules.rules[m.rule].category == Category::UsEntity)
        {
            parents_named(&norm.text)
        } else {
            Vec::new()
        };
        let mut counts: BTreeMap<Category, usize> = BTreeMap::new();
        let mut truncated = Vec::new();
        let mut out = Vec::new();
        for (i, m) in kept.iter().enumerate() {
            let category = self.rules.rules[m.rule].category;
            // An entity match on such a parent, named again elsewhere ("En
            // tant que société américaine, Referentia Group Corp. est un
            // fournisseur ... au sens du 18 U.S.C. § 2711"): not the party.
            // (Unless the match of a rule with the `party` attribute holds
            // the name: "Verantwortlich ... ist die Quillbox Inc." makes it
            // the controller, whose EU representative may be "a subsidiary
            // of" it; "En tant que société américaine, [Referentia Group
            // Corp.] ..." names the company after the match.)
            if category == Category::UsEntity
                && names_a_parent(
                    &norm.text,
                    m,
                    &parents,
                    is_true(&self.rules.rules[m.rule].attributes, "party"),
                )
            {
                continue;
            }
            // Data kept "in the country where we have our headquarters"
            // goes to the United States only when the document's party is
            // a US company.
            if category == Category::UsTransfer
                && is_true(&self.rules.rules[m.rule].attributes, "seat_transfer")
                && !us_party
            {
                continue;
            }
            if category == Category::UsTransfer
                && !is_true(&self.rules.rules[m.rule].attributes, "recipient")
                && !recipients.iter().any(|&(s, e)| m.start <= s && e <= m.end)
                && entities.iter().any(|&(s, e)| {
                    m.start < e && s < m.end && !sent_to_party(&norm.text, m.start, s)
                })
            {
                continue;
            }
            let n = counts.entry(category).or_default();
            if *n >= max_per_category {
                if !truncated.contains(&category) {
                    truncated.push(category);
                }
                continue;
            }
            let finding = match parties.remove(&i) {
                Some(f) => f,
                None => self.finding(original, text, norm, &lines, m, context),
            };
            if let Some(f) = finding {
                *n += 1;
                out.push(f);
            }
        }
        truncated.sort();
        (out, truncated)
    }

    /// A law named by a defined term ("the laws of the Governing State"; a
    /// rule with the `defined_law` attribute and a `term` group) is the law
    /// the document's definition of the term names: a `law` group on the
    /// place of the definition, or a `seat_law` group (empty) when the
    /// definition names a party's seat. A term the document does not
    /// define drops its match, before it could hide another.
    fn resolve_defined_laws(&self, text: &str, raw: &mut Vec<RawMatch>) {
        raw.retain_mut(|m| {
            if !is_true(&self.rules.rules[m.rule].attributes, "defined_law") {
                return true;
            }
            let Some((a, b)) = term_group(m) else {
                return false;
            };
            match definitions::resolve(text, &text[a..b], (m.start, m.end), &self.rules.gazetteer) {
                Some(definitions::Resolution::Place(a, b, federal)) => {
                    m.groups.push((LAW_DEFINED.to_string(), a, b));
                    if federal {
                        m.groups.push((FEDERAL_TOO.to_string(), b, b));
                    }
                    true
                }
                Some(definitions::Resolution::Seat(from, to)) => {
                    m.groups.push((SEAT_LAW.to_string(), b, b));
                    // ('"Home State" means the state in which Licensor has
                    // its principal office', an office with a US address.)
                    if let Some((a, b)) =
                        definitions::office_state(text, &text[from..to], &self.rules.gazetteer)
                    {
                        m.groups.push((LAW_POSTAL.to_string(), a, b));
                    }
                    true
                }
                None => false,
            }
        });
    }

    /// A law named by a party's office ("the laws of the State in which
    /// the principal office of the Provider is located"; rules with the
    /// `seat_law` attribute) is the law of the US state a bracket after it
    /// names ("(currently California)"), or else of the state of the
    /// office's US postal address where the document gives one: a `law_postal` group on
    /// its abbreviation. (A company incorporated in Delaware may have its
    /// office in New Jersey; the assessment's fallback, the US entity's
    /// state, is its state of incorporation.)
    fn resolve_office_laws(&self, text: &str, raw: &mut [RawMatch]) {
        for m in raw.iter_mut() {
            if !is_true(&self.rules.rules[m.rule].attributes, SEAT_LAW) {
                continue;
            }
            // (A state in a bracket after the clause first: "(as at the
            // date of these Terms, California)".)
            if let Some((a, b)) = definitions::bracketed_state(text, m.end, &self.rules.gazetteer)
                .or_else(|| {
                    definitions::office_state(text, &text[m.start..m.end], &self.rules.gazetteer)
                })
            {
                m.groups.push((LAW_POSTAL.to_string(), a, b));
            }
        }
    }

    /// The finding of match `m` of `norm` (the normalized `text`, which is
    /// `original` with its page furniture masked: the same offsets).
    fn finding(
        &self,
        original: &str,
        text: &str,
        norm: &Normalized,
        lines: &LineIndex,
        m: &RawMatch,
        context: usize,
    ) -> Option<Finding> {
        let rule = &self.rules.rules[m.rule];
        let (start, end) = original_span(text, norm, m);
        let (s_start, s_end) = sentence_bounds(text, start, end, context);
        let sentence = normalize(&text[s_start..s_end]).text;
        let mut match_at = normalize(&text[s_start..start]).text.len();
        // (Normalizing the words before the match drops the space between
        // them and it: the match starts after that space.)
        if sentence.as_bytes().get(match_at) == Some(&b' ') {
            match_at += 1;
        }
        // The normalized match's length, less its lead, stands for the
        // span's (the tail trimmed above changes it by a few bytes at
        // most). With the lead, a match that began at the previous
        // sentence's full stop would end two bytes into the next word: "[in
        // die USA oder] andere Staaten, findet nicht statt" would lose the
        // word its denial follows.
        let norm_lead = lead_len(&norm.text[m.start..m.end]);
        let match_end = (match_at + (m.end - m.start - norm_lead)).min(sentence.len());
        let rest = if matches!(
            rule.category,
            Category::UsEntity | Category::UsTransfer | Category::GovernmentAccess
        ) {
            normalize(paragraph_rest(text, s_end)).text
        } else {
            String::new()
        };
        if attributes::suppressed_in(rule.category, &sentence, match_at, match_end, &rest) {
            if *TRACE {
                eprintln!(
                    "clausescan: suppressed {}: {:?}",
                    rule.id,
                    sentence.get(match_at..match_end).unwrap_or("")
                );
            }
            return None;
        }
        // A company read as a US one by its form alone ("Importador:
        // Visayas Customer Hub, Inc.") that the document places elsewhere
        // ("Visayas Customer Hub, Inc. (encargado), IT Park, Cebú,
        // Filipinas").
        // (With the words before the match, which may start at the form:
        // "Maplecourt Data [Inc. (data importer]".)
        if is_true(&rule.attributes, "us_by_form")
            && inc_placed_abroad(
                &norm.text,
                &norm.text[attributes::floor_char_boundary(&norm.text, m.start.saturating_sub(60))
                    ..m.end],
            )
        {
            return None;
        }
        // A definition of foreign surveillance laws ("1.3 Normativa di
        // Sorveglianza Estera: ... la Section 702 del FISA e il CLOUD Act")
        // whose term the document uses to say the provider is not subject
        // to them ("né esso né i propri sub-responsabili sono soggetti alla
        // Normativa di Sorveglianza Estera").
        if rule.category == Category::GovernmentAccess
            && defined_law_denied(&norm.text, &sentence, match_at)
        {
            return None;
        }
        // A company named after Georgia the country ("Duna Systems Georgia
        // LLC, ... naar Georgisch recht, gevestigd ... in Tbilisi") in a
        // document that places Georgia in the Caucasus and never in the
        // United States.
        if rule.category == Category::UsEntity
            && georgia_the_country(&norm.text, &norm.text[m.start..m.end])
        {
            return None;
        }
        // A long sentence's opening may lie beyond `context`: a requirement
        // not to be subject to a law ("Le titulaire ... ne doivent pas être
        // soumis à une législation ... telle que le [CLOUD Act]") or a
        // question put indirectly ("Los licitadores declararán si ...") is
        // read in the whole sentence.
        // So is an opening that puts what follows outside the contract
        // ("Nicht Gegenstand dieses Vertrags sind ... Anträge auf US-Visa
        // für Mitarbeiter, die zur Tochtergesellschaft ... in Charlotte
        // wechseln") before a transfer.
        if matches!(
            rule.category,
            Category::GovernmentAccess | Category::UsTransfer
        ) {
            // (Back to its start only: its end stays where `context` put it.)
            let (w_start, _) = sentence_bounds(text, start, end, WHOLE_SENTENCE);
            if w_start < s_start {
                let wide = normalize(&text[w_start..s_end]).text;
                let at = normalize(&text[w_start..start]).text.len();
                if match rule.category {
                    Category::GovernmentAccess => attributes::required_or_asked(&wide, at),
                    _ => attributes::out_of_scope_opening(&wide),
                } {
                    return None;
                }
            }
        }
        // A row of a version history or change log ("| 1.0 | Oktober 2016 |
        // Newsletterversand über die Mailorca Inc., Atlanta; Übermittlung
        // auf Grundlage des EU-US Privacy Shield |"): what the document
        // once said. Its transfers are not today's, and a framework it
        // names is history.
        let in_history = match rule.category {
            Category::UsTransfer => in_version_history(text, start, &sentence),
            // (A row of a table of the transfer's bases over time, with a
            // later row: "| 03/06/2019 | Adesione ... allo Scudo UE-USA |"
            // then the 2021 clauses' row.)
            Category::PrivacyShield => {
                in_version_history(text, start, &sentence)
                    || (in_table_under(text, start, &sentence, &BASIS_HISTORY)
                        && row_follows(text, start))
            }
            _ => false,
        };
        if in_history && rule.category == Category::UsTransfer {
            return None;
        }
        // A row of a table of reference customers or case studies ("|
        // ... Stores, Inc. | Home improvement | United States (Ohio) |"): a
        // customer the vendor served, not a recipient or a party.
        if matches!(rule.category, Category::UsTransfer | Category::UsEntity)
            && in_table_under(text, start, &sentence, &REFERENCES)
        {
            return None;
        }
        // An item of a list that a prohibition opens ("Sont en particulier
        // interdits pour tout usage professionnel :" then "- ... tout
        // service en ligne dont les serveurs sont situés ... aux
        // États-Unis."): a tool forbidden, not one used.
        if rule.category == Category::UsTransfer
            && list_lead_in(text, start)
                .is_some_and(|l| attributes::forbids_what_follows(&normalize(l).text))
        {
            return None;
        }
        // A row of a table of options turned down ("## Solutions écartées",
        // "| Solution | Motif du rejet |", "Vendors assessed and not
        // engaged"): a tool evaluated, never used.
        if matches!(rule.category, Category::UsTransfer | Category::UsEntity)
            && in_table_under(text, start, &sentence, &REJECTED_OPTIONS)
        {
            return None;
        }
        // A cell under a column of where goods are made or people come
        // from ("| Marque | Modèle | Lieu d'assemblage |", "| Country of
        // origin |"): a plant or a birthplace, not where data goes; nor is
        // one under a column of meeting rooms ("| Sala | Planta |
        // Capacidad |" then "| Washington | 3.ª | 12 personas |"), of
        // product models ([`MODEL_COLUMN`]), nor a cell of a list of people
        // ([`PERSON_NAME_COLUMN`]).
        if rule.category == Category::UsTransfer
            && table_header(text, start, end).is_some_and(|(header, column, sep)| {
                header_cell(header, column, sep).is_some_and(|h| {
                    let h = normalize(h).text;
                    GOODS_OR_ORIGIN_COLUMN.is_match(&h)
                        || ROOM_COLUMN.is_match(&h)
                        || MODEL_COLUMN.is_match(&h)
                }) || PERSON_NAME_COLUMN.is_match(&normalize(header).text)
                    || header
                        .split(sep)
                        .map(str::trim)
                        .find(|c| !c.is_empty())
                        .is_some_and(|c| EVENT_COLUMN.is_match(&normalize(c).text))
            })
        {
            return None;
        }
        // A cell under a column of what was before a change, beside one of
        // what is after it ("| Topic | Until 31 March 2023 | From 1 April
        // 2023 |", "| Gegenstand | bis zum Übernahmestichtag | ab dem
        // Übernahmestichtag |"): a party, a place or a law the document says
        // no longer holds. A cell of a table that compares companies (two
        // or more named in its header: "| Critère | Factura Nova SAS |
        // LedgerLoop Inc. |"): what a bidder offers, not what the vendor
        // does.
        if matches!(
            rule.category,
            Category::UsTransfer
                | Category::UsEntity
                | Category::GoverningLaw
                | Category::GovernmentAccess
        ) && let Some((first, in_first, column, sep)) = {
            // (The column of the match's end: a match may run from a row's
            // label into the cell that holds its place or law.)
            let last = text[start..end]
                .char_indices()
                .next_back()
                .map_or(start, |(i, _)| start + i);
            table_first_row(text, last, end)
        } {
            let cells: Vec<String> = first.split(sep).map(|c| normalize(c.trim()).text).collect();
            let before_column = !in_first
                && cells
                    .get(column)
                    .is_some_and(|h| BEFORE_COLUMN.is_match(h) && !AFTER_COLUMN.is_match(h))
                && cells
                    .iter()
                    .any(|h| AFTER_COLUMN.is_match(h) && !BEFORE_COLUMN.is_match(h));
            let compares = rule.category != Category::GovernmentAccess
                && column > 0
                && cells.iter().filter(|h| COMPANY_CELL.is_match(h)).count() >= 2
                && !cells.iter().any(|h| ROLE_CELL.is_match(h));
            // A column named after the US in the header, whose cells
            // below all say no ("| ... | Hors UE | USA |" then "| ... | Non
            // | Non |"): a question the register answers, not a transfer.
            // (The column of the match's last letter: the match may end
            // on the cell's border.)
            let last_col = {
                let row_at = first.as_ptr() as usize - text.as_ptr() as usize;
                let last_letter = text[start..end]
                    .rfind(char::is_alphanumeric)
                    .map_or(start, |i| start + i);
                text.get(row_at..last_letter.max(row_at))
                    .map_or(column, |s| s.matches(sep).count())
            };
            let answered_no = rule.category == Category::UsTransfer
                && in_first
                && cells.get(last_col).is_some_and(|h| US_COLUMN.is_match(h))
                && column_all_no(text, first, last_col, sep);
            // A column given for comparison only, or of offers set aside.
            let comparison_column = cells
                .get(if in_first { last_col } else { column })
                .is_some_and(|h| COMPARISON_COLUMN.is_match(h));
            // A US cell under the law chosen or the country of a parent
            // ("| Country of ultimate parent |" over "| US |"): not where
            // data goes.
            let law_or_parent = rule.category == Category::UsTransfer
                && !in_first
                && cells.get(column).is_some_and(|h| {
                    LAW_COLUMN.is_match(h)
                        || (PARENT_COLUMN.is_match(h) && PARENT_PLACE_COLUMN.is_match(h))
                        // a provider's head office in a register of
                        // providers identified by their LEI
                        || (HEAD_OFFICE_COLUMN.is_match(h) && lists_leis(cells.iter()))
                });
            if before_column || compares || answered_no || comparison_column || law_or_parent {
                return None;
            }
        }
        // A row of a glossary's table ("| Subpoena | In common-law systems,
        // an order by which a court ..."): a term defined, not a disclosure
        // ("| Delaware corporation | Sociedad constituida conforme a ... |":
        // nor a party).
        if matches!(
            rule.category,
            Category::GovernmentAccess | Category::UsEntity
        ) && in_table_under(text, start, &sentence, &GLOSSARY)
        {
            return None;
        }
        // A surveillance law described, then said in the rest of its
        // sentence or the next two (or, as "the laws cited", further on in
        // the section) not to reach the provider (a transfer impact assessment's
        // reasoning): not a disclosure the document admits to.
        if rule.category == Category::GovernmentAccess
            && rule
                .attributes
                .get("kind")
                .and_then(|k| k.as_str())
                .is_some_and(|k| SURVEILLANCE_LAWS.contains(&k))
            && attributes::law_denied_after(
                &normalize(next_sentences(text, end, 3)).text,
                &normalize(&text[end..fwd_chars(text, end, 1200)]).text,
            )
        {
            return None;
        }
        let (mut start, mut s_start, mut s_end, mut sentence) = (start, s_start, s_end, sentence);
        if rule.category == Category::GovernmentAccess
            && let Some(he) = heading_end(text, start)
        {
            // A match that is (almost) only a heading is dropped (before
            // the overlapping matches are chosen: [`heading_only`]); one
            // that runs on into the section keeps the section's part.
            let body = text[he.min(end)..end].trim_start();
            if body.len() < HEADING_BODY {
                return None;
            }
            start = end - body.len();
            (s_start, s_end) = sentence_bounds(text, start, end, context);
            sentence = normalize(&text[s_start..s_end]).text;
        }
        let mut attrs: BTreeMap<String, serde_json::Value> = rule.attributes.clone();
        // A rule bound to a column (`column = "governing_law"` or
        // `"head_office"`): a register's cell holds only a country code,
        // whose meaning its column's header gives ("| Ley aplicable (país)
        // |" over "| IE |", "| Land van hoofdkantoor |" over "| US |").
        if let Some(column) = attrs.remove("column") {
            let (row, col, sep) = table_header(text, start, end)?;
            let header = normalize(header_cell(row, col, sep)?).text;
            let fits = match column.as_str() {
                Some("governing_law") => LAW_COLUMN.is_match(&header),
                // (Only in a register of providers identified by their
                // LEI, as DORA's are: a sub-processor list's "seat"
                // column names companies that are not the party.)
                Some("head_office") => {
                    HEAD_OFFICE_COLUMN.is_match(&header)
                        && !PARENT_COLUMN.is_match(&header)
                        && lists_leis(row.split(sep).map(|c| normalize(c.trim()).text))
                }
                _ => false,
            };
            if !fits {
                return None;
            }
            if let Some(code) = m
                .groups
                .iter()
                .find(|(n, _, _)| n == "code")
                .and_then(|(_, a, b)| country_code(&norm.text[*a..*b]))
            {
                attrs.insert("law".into(), code.into());
                attrs.insert("us".into(), (code == "US").into());
            }
        }
        let groups: Vec<(&str, &str)> = m
            .groups
            .iter()
            .map(|(n, a, b)| (n.as_str(), &norm.text[*a..*b]))
            .collect();
        attributes::describe(
            rule.category,
            &norm.text[m.start..m.end],
            &sentence,
            &groups,
            &self.rules.gazetteer,
            &mut attrs,
        );
        if rule.category == Category::GoverningLaw
            && (m.groups.iter().any(|(n, _, _)| n == FEDERAL_TOO)
                || sentence
                    .get(match_end.min(sentence.len())..)
                    .is_some_and(attributes::federal_law_after))
        {
            attributes::add_us_federal(&mut attrs);
        }
        if in_history {
            attrs.insert("stance".to_string(), "historical".into());
        }
        if m.groups.iter().any(|(n, _, _)| n == SEAT_LAW) {
            attrs.insert(SEAT_LAW.to_string(), true.into());
        }
        let (page, line) = lines.locate(start);
        Some(Finding {
            rule: rule.id.clone(),
            category: rule.category,
            severity: rule.severity,
            page,
            line,
            start,
            end,
            text: original[start..end].to_string(),
            excerpt: collapse_ws(&text[s_start..s_end]),
            attributes: attrs,
        })
    }
}

/// Words that deny what a `defined_us` match says ("does not access",
/// "n'a pas accès", "greift nicht zu", "no tiene acceso", "non accede",
/// "heeft geen toegang").
const DENIAL: &[&str] = &[
    "not", "never", "cannot", "no", "pas", "jamais", "aucun", "aucune", "nicht", "kein", "keine",
    "keinen", "nie", "niemals", "nunca", "ningun", "non", "mai", "niet", "geen", "nooit",
];

/// The parties' role words, in the six languages: a defined term that is
/// one of them names a party, whose own seat is no transfer (see the
/// `defined_us` rules in [`Engine::analyze_limited`]).
const PARTY_ROLE: &[&str] = &[
    "supplier",
    "provider",
    "service provider",
    "customer",
    "client",
    "company",
    "vendor",
    "licensor",
    "licensee",
    "processor",
    "controller",
    "contractor",
    "data importer",
    "data exporter",
    "importer",
    "exporter",
    "prestataire",
    "fournisseur",
    "societe",
    "sous-traitant",
    "responsable de traitement",
    "responsable du traitement",
    "titulaire",
    "editeur",
    "importateur",
    "exportateur",
    "anbieter",
    "auftragnehmer",
    "auftraggeber",
    "kunde",
    "kunden",
    "auftragsverarbeiter",
    "verantwortliche",
    "verantwortlichen",
    "dienstleister",
    "lieferant",
    "datenimporteur",
    "datenexporteur",
    "proveedor",
    "cliente",
    "encargado",
    "encargado del tratamiento",
    "responsable",
    "empresa",
    "prestador",
    "importador",
    "exportador",
    "fornitore",
    "responsabile",
    "responsabile del trattamento",
    "titolare",
    "societa",
    "importatore",
    "esportatore",
    "leverancier",
    "klant",
    "verwerker",
    "opdrachtnemer",
    "opdrachtgever",
    "verwerkingsverantwoordelijke",
    "dienstverlener",
    "gegevensimporteur",
    "gegevensexporteur",
];

/// How many bytes of white space and punctuation a match begins with: the
/// previous sentence's full stop or a table cell's border that some
/// regexes start on.
fn lead_len(span: &str) -> usize {
    span.find(|c: char| !(c.is_whitespace() || ".;:,!?)|".contains(c)))
        .unwrap_or(0)
}

/// Whether the US-transfer match starting at `start` of the normalized
/// `text` sends the data to the party whose words start at `party`: the
/// match starts before them and its words end on a preposition of
/// direction right before them ("se transferiran a [nuestra sede ...]",
/// "overgedragen aan [ons hoofdkantoor ...]"), not on a description of the
/// party ("... entered into by and [between VITALIBIS INC] a Nevada").
fn sent_to_party(text: &str, start: usize, party: usize) -> bool {
    const TO: &[&str] = &[
        "to", "into", "a", "al", "au", "aux", "vers", "nach", "an", "zu", "zur", "zum", "naar",
        "aan", "alla", "allo", "ai", "agli", "alle",
    ];
    // Or the party hosts, runs or processes the data: "the HR system
    // operated by [our US headquarters in Chicago]", "hébergé par [notre
    // siège à Boston]" (but not "entered into by [Acme Inc.]").
    const BY: &[&str] = &[
        "by", "par", "durch", "von", "por", "da", "dal", "dalla", "door",
    ];
    const DONE: &[&str] = &[
        "operat",
        "host",
        "run",
        "manag",
        "process",
        "stor",
        "maintain",
        "administ",
        "heberg",
        "exploit",
        "gere",
        "trait",
        "betrieb",
        "gehostet",
        "verwaltet",
        "verarbeit",
        "gespeichert",
        "aloj",
        "gestion",
        "tratad",
        "almacen",
        "ospitat",
        "gestit",
        "trattat",
        "conservat",
        "gehost",
        "beheerd",
        "verwerkt",
        "opgeslagen",
    ];
    if start >= party {
        return false;
    }
    let Some(before) = text.get(start..party) else {
        return false;
    };
    let mut words = before
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    match (words.next(), words.next()) {
        (Some(w), _) if TO.contains(&w) => true,
        (Some(w), Some(v)) if BY.contains(&w) => DONE.iter().any(|d| v.starts_with(d)),
        _ => false,
    }
}

/// Whether a rule's attribute `key` is `true`.
fn is_true(attributes: &BTreeMap<String, serde_json::Value>, key: &str) -> bool {
    attributes.get(key) == Some(&serde_json::Value::Bool(true))
}

/// How much of a match's text `tail` (followed in the document by
/// `after`) the finding keeps. Some regexes end with a guard that takes the
/// character after the clause (the regex crate has no look-ahead), which
/// can be the first letter of the next word ("…aux États-Unis s" of "sur"),
/// a one-letter word ("…negli Stati Uniti e") or a separator; the finding
/// ends before them. (An upper-case letter or a digit of its own stays:
/// "Annex B", "Module 2".)
fn tidy_tail(tail: &str, after: &str) -> usize {
    let mut keep = tail.len();
    if let Some((i, c)) = tail.char_indices().next_back()
        && c.is_alphanumeric()
        && tail[..i].ends_with(char::is_whitespace)
        && (after.chars().next().is_some_and(char::is_alphanumeric) || c.is_lowercase())
    {
        keep = i;
    }
    let trimmed = tail[..keep]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '|'))
        .len();
    if trimmed == 0 { tail.len() } else { trimmed }
}

/// When `start` is on a short line that reads as a heading ("5. Requests
/// from public authorities"), the offset where that line ends; the clause
/// is in the section below it, and that is what a lawyer wants flagged.
/// Words a line does not end on unless its sentence goes on below: the
/// conjunctions, articles and short prepositions of the six languages.
const OPEN_END_WORDS: &[&str] = &[
    "and", "or", "of", "the", "a", "an", "to", "by", "for", "with", "from", "und", "oder", "von",
    "der", "die", "das", "den", "dem", "des", "zu", "mit", "auf", "bei", "nach", "eine", "einer",
    "ein", "et", "ou", "de", "du", "la", "le", "les", "au", "aux", "par", "pour", "sur", "une",
    "y", "o", "del", "el", "los", "las", "al", "por", "para", "con", "una", "e", "di", "della",
    "dei", "il", "lo", "gli", "ai", "per", "da", "en", "van", "het", "een", "aan", "voor", "met",
    "op", "door", "tot",
];

/// The fewest bytes of a section a match that starts in its heading must
/// run on into to be kept.
const HEADING_BODY: usize = 30;

/// Whether the match at `span` (in `text`) is a heading, or a heading and
/// fewer than [`HEADING_BODY`] bytes of the section under it.
fn heading_only(text: &str, (start, end): (usize, usize)) -> bool {
    // (Headings in a row: a title, then a section's heading, "# Questionario
    // ..." / "## Sezione G — Accesso da parte di autorità pubbliche".)
    let mut at = start;
    for _ in 0..3 {
        let Some(he) = heading_end(text, at) else {
            return false;
        };
        let body = text[he.min(end)..end].trim_start();
        if body.len() < HEADING_BODY {
            return true;
        }
        at = end - body.len();
    }
    false
}

fn heading_end(text: &str, start: usize) -> Option<usize> {
    // A heading is a short line: look no further than this for its ends, so
    // that a huge single-line text costs nothing here.
    const REACH: usize = 400;
    let b = text.as_bytes();
    let lo = start.saturating_sub(REACH);
    let hi = (start + REACH).min(b.len());
    let ls = match memchr::memrchr(b'\n', &b[lo..start]) {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let le = match memchr::memchr(b'\n', &b[start..hi]) {
        Some(i) => start + i,
        None if hi == b.len() => b.len(),
        None => return None,
    };
    let line = text[ls..le].trim();
    let blank = |c: &u8| matches!(c, b' ' | b'\t' | b'\r');
    // The line before is blank when only blanks separate its line break
    // from this line's.
    let prev_blank = ls < 2 || {
        let before = &b[..ls - 1];
        match before.iter().rposition(|c| !blank(c)) {
            None => true,
            Some(i) => before[i] == b'\n',
        }
    };
    let next_blank = le + 1 >= b.len() || {
        let after = &b[le + 1..];
        match after.iter().position(|c| !blank(c)) {
            None => true,
            Some(i) => after[i] == b'\n',
        }
    };
    // A next line that starts in lower case goes on with the sentence: a
    // wrapped line, not a heading ("Solo atendemos requerimientos de
    // autoridades judiciales o policiales" / "españolas o de la UE ...").
    let runs_on = !next_blank
        && text[(le + 1).min(b.len())..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    // A long line with text right below it is a wrapped paragraph's
    // (a PDF's lines break at the page's width: "11.1 Verlangen
    // Strafverfolgungsbehörden, Gerichte oder sonstige staatliche" /
    // "Stellen ... die Herausgabe"), even where the next line starts with
    // a capital, as German nouns do.
    // (Not a line in capitals: "INFORMACIÓN ADICIONAL SOBRE SOLICITUDES
    // DE ACCESO DE AUTORIDADES" is a title however long.)
    let wrapped = !next_blank && line.chars().count() >= 60 && line.chars().any(char::is_lowercase);
    // (Dashes and Markdown's hashes are no words; a Markdown heading, or a
    // line alone between blank lines, may be longer: "## Sezione G —
    // Accesso da parte di autorità pubbliche e giurisdizione".)
    let words = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    let max_words = if line.starts_with('#') {
        12
    } else if prev_blank && next_blank {
        10
    } else {
        8
    };
    // A line that ends on a conjunction, an article or a preposition goes
    // on below ("4.4 Eine Herausgabe von Portalinhalten an Gerichte oder" /
    // "Ermittlungsbehörden erfolgt nur ..."): no heading ends so.
    let open_end = line
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| OPEN_END_WORDS.contains(&w));
    // (A table row, its cells parted by tabs or bars, is no heading:
    // "Contractuelle | Transparence et contestation des demandes |".)
    let row = line.contains('\t') || line.contains(" | ") || line.ends_with(" |");
    // A numbered heading ("3. Comunicazioni a enti pubblici") after a
    // sentence's end, a line that starts with a capital or a number below
    // it: office documents and web pages give each paragraph a line of its
    // own, with no blank line between them. (Not after a colon or a
    // semicolon: the items of a list.)
    let numbered_apart = NUMBERED_LINE.is_match(line)
        && before_line_ends_sentence(b, ls)
        && text[(le + 1).min(b.len())..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let heading = (prev_blank || next_blank || numbered_apart)
        && !runs_on
        && !wrapped
        && !row
        && !open_end
        && words <= max_words
        && !line.ends_with(['.', ';', ',', ':', '?', '!'])
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '#');
    heading.then_some(le)
}

/// A line that starts with a section's number ("3. ", "4.2 ", "IV. ").
static NUMBERED_LINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}\.?|[IVX]{1,5}\.)\s+\S").unwrap()
});

/// Whether the last line before the one starting at `ls` in `b` (blanks
/// aside) ends a sentence: with a full stop, a question mark or an
/// exclamation mark.
fn before_line_ends_sentence(b: &[u8], ls: usize) -> bool {
    b[..ls.saturating_sub(1).min(b.len())]
        .iter()
        .rev()
        .find(|c| !matches!(c, b' ' | b'\t' | b'\r' | b'\n'))
        .is_some_and(|c| matches!(c, b'.' | b'?' | b'!'))
}

/// Drop matches that lie wholly inside a URL (`https://…/eu-sccs`): the
/// link's text, if it says anything, is matched on its own.
fn drop_inside_urls(text: &str, raw: &mut Vec<RawMatch>) {
    static URL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(?:https?://|www\.)[^\s)\]>"'<]+"#).unwrap()
    });
    if raw.is_empty() || !(text.contains("://") || text.contains("www.")) {
        return;
    }
    // Spans come in text order and do not overlap: the one that could hold
    // a match is the last one starting at or before it.
    let spans: Vec<(usize, usize)> = URL.find_iter(text).map(|m| (m.start(), m.end())).collect();
    raw.retain(|m| {
        let i = spans.partition_point(|&(s, _)| s <= m.start);
        !(i > 0 && m.end <= spans[i - 1].1)
    });
}

/// Where several matches of one category overlap, keep one: the earliest,
/// then the longest, then the rule listed first. Matches of different
/// categories are all kept, and so are government-access matches of
/// different kinds ("disclose ... under the CLOUD Act" is both a law
/// enforcement request and the CLOUD Act).
fn select(rules: &RuleSet, mut raw: Vec<RawMatch>, text: &str) -> Vec<RawMatch> {
    let group = |m: &RawMatch| {
        let rule = &rules.rules[m.rule];
        (
            rule.category,
            rule.attributes.get("kind").and_then(|k| k.as_str()),
        )
    };
    raw.sort_by(|a, b| {
        (group(a), a.start, std::cmp::Reverse(a.end), a.rule).cmp(&(
            group(b),
            b.start,
            std::cmp::Reverse(b.end),
            b.rule,
        ))
    });
    let mut kept: Vec<RawMatch> = Vec::with_capacity(raw.len());
    for m in raw {
        if let Some(last) = kept.last_mut()
            && group(last) == group(&m)
            && m.start < last.end
            // (Two sentences' matches may share the full stop between them.)
            && !crate::matcher::overlap_is_punctuation(text.as_bytes(), m.start, last.end)
        {
            // What a shorter match inside the kept one names and the kept
            // one does not is the kept clause's too: the place in
            // "arbitrage à New York, conformément au règlement de la CCI",
            // the state of incorporation in "Provider: Halvorsen Dataworks,
            // Inc., a [Delaware] corporation, 410 ...".
            let category = rules.rules[m.rule].category;
            if m.end <= last.end {
                let kinds: Vec<&str> = last
                    .groups
                    .iter()
                    .filter_map(|(n, _, _)| carried_kind(category, n))
                    .collect();
                // (A law that a defined term resolved to, or the party's
                // seat, is carried even beside another place: "the laws of
                // the Designated State and ... the federal laws of the
                // United States"; but not beside a US state the kept clause
                // names itself: "the laws of the Home Jurisdiction (which
                // ... is the State of California)".)
                let names_a_state = last.groups.iter().any(|(n, a, b)| {
                    attributes::place_key(n) == Some("law")
                        && rules
                            .gazetteer
                            .code(&text[*a..*b])
                            .is_some_and(|c| c.starts_with("US-"))
                });
                let carried = m.groups.into_iter().filter(|(n, _, _)| {
                    carried_kind(category, n).is_some_and(|k| !kinds.contains(&k))
                        || (category == Category::GoverningLaw
                            && (n == SEAT_LAW
                                || (!names_a_state && (n == LAW_DEFINED || n == LAW_POSTAL))))
                });
                last.groups.extend(carried);
            }
            continue;
        }
        kept.push(m);
    }
    kept.sort_by(|a, b| {
        (a.start, rules.rules[a.rule].category, a.end, a.rule).cmp(&(
            b.start,
            rules.rules[b.rule].category,
            b.end,
            b.rule,
        ))
    });
    kept
}

/// The kind of what a capture group of a match of `category` names, where
/// [`select`] carries it from a shorter overlapping match to the kept one:
/// a governing law's place (law and venue apart: "[tout litige sera soumis
/// à la loi de l'État de New York] et aux tribunaux de Manhattan" keeps the
/// law its courts' match holds), a US company's state.
fn carried_kind(category: Category, group: &str) -> Option<&'static str> {
    match category {
        Category::GoverningLaw => attributes::place_key(group),
        Category::UsEntity if attributes::is_state_group(group) => Some("state"),
        _ => None,
    }
}

/// Line and page lookup by byte offset.
struct LineIndex<'a> {
    text: &'a str,
    page_starts: &'a [usize],
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str, page_starts: &'a [usize]) -> LineIndex<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            text,
            page_starts,
            line_starts,
        }
    }

    /// (page, line) of a byte offset; the line is counted within the page
    /// when there are pages.
    fn locate(&self, offset: usize) -> (Option<u32>, u32) {
        let offset = offset.min(self.text.len());
        let line_of = |o: usize| self.line_starts.partition_point(|&s| s <= o);
        if self.page_starts.is_empty() {
            return (None, line_of(offset) as u32);
        }
        let page = self.page_starts.partition_point(|&s| s <= offset).max(1);
        let page_start = self.page_starts[page - 1];
        let line = line_of(offset) - line_of(page_start) + 1;
        (Some(page as u32), line as u32)
    }
}

/// The header of a version history or change log: a heading, a line of its
/// own ("Version history", "Historique des versions", "Versionshistorie",
/// "Control de versiones", "Storico delle versioni", "Versiegeschiedenis",
/// "Change log"), or a table header ("Version | Datum | ...", "Versión |
/// Fecha").
static VERSION_HISTORY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?imx)
        # a heading: a short line of its own, no cell border ('cronologia delle
        # modifiche ai modelli' in a table's cell is a kind of data)
        ^[^|\t\n]{0,60}?\b(?:version\ history|revision\ history|document\ history|change\ ?log|history\ of\ (?:changes|versions)
          |historique\ des\ (?:versions|modifications|mises\ a\ jour)|suivi\ des\ versions
          |versionshistorie|versionsgeschichte|anderungshistorie|änderungshistorie|anderungsverzeichnis|änderungsverzeichnis|versionsverlauf
          |control\ de\ versiones|historial\ de\ (?:versiones|cambios|modificaciones)
          |storico\ (?:delle\ )?(?:versioni|modifiche|revisioni)|cronologia\ delle\ (?:versioni|modifiche)
          |versiegeschiedenis|versiebeheer|wijzigingshistorie|wijzigingsoverzicht)\b[^|\t\n]{0,60}$
        | \b(?:version|versions|versión|versione|versie|v\.)\s*[|\t]\s*(?:date|datum|fecha|data|date\ d'effet|effective\ date|in\ kraft)\b
        # a change log's header ('| Fecha | Cambio |', '| Date | Change |')
        | \b(?:date|datum|fecha|data)\s*[|\t]\s*(?:changes?|cambios?|modifica|modifiche|anderung(?:en)?|änderung(?:en)?|modifications?|wijziging(?:en)?)\s*(?:[|\t]|$)",
    )
    .unwrap()
});

/// The heading of a table of a transfer's legal bases over time
/// ("Storico della base giuridica del trasferimento", "History of the
/// transfer basis", "Historique des garanties").
static BASIS_HISTORY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:storico|cronologia|historique|historial|history|verlauf|historie|geschiedenis)\ (?:de\ la\ |della\ |del\ |des\ |of\ the\ |der\ |van\ de\ )?(?:base\ giuridica|basi\ giuridiche|base\ legale|bases?\ (?:juridique|legal(?:es)?|del\ trasferimento|de\ la\ transferencia)|legal\ bas[ie]s|transfer\ (?:basis|mechanisms?|safeguards?)|garanties|rechtsgrundlagen?|grondslag(?:en)?|fondements?)\b|\b(?:transfer\ (?:basis|mechanism)|rechtsgrundlage|base\ (?:giuridica|juridique)|grondslag)\ (?:history|verlauf|storico|historique|historie)\b",
    )
    .unwrap()
});

/// The line that opens the list whose item the match at `start` of
/// `text` lies in: the first line above the match's that is no item (a
/// bullet, or a line that ends with a semicolon; blank lines passed over),
/// when it ends with a colon.
fn list_lead_in(text: &str, start: usize) -> Option<&str> {
    fn is_item(line: &str) -> bool {
        let l = line.trim_start();
        ["- ", "* ", "• ", "◦ ", "– ", "— ", "▪ ", "o "]
            .iter()
            .any(|b| l.starts_with(b))
            || l.split_once(") ").is_some_and(|(n, _)| {
                (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_alphanumeric())
            })
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    // (An office document's list loses its bullets: its items are then
    // the lines right under the lead-in and those that end with a
    // semicolon.)
    let mut upper = &text[..line_start];
    for _ in 0..40 {
        let above = upper.strip_suffix('\n')?;
        let (rest, line) = match above.rfind('\n') {
            Some(i) => (&above[..=i], &above[i + 1..]),
            None => ("", above),
        };
        upper = rest;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if line.ends_with(':') {
            return Some(line);
        }
        if is_item(line) || line.ends_with(';') {
            continue;
        }
        return None;
    }
    None
}

/// True when the line after the one `start` lies on is a table row too
/// (it holds a cell border): the match's row is not its table's last.
fn row_follows(text: &str, start: usize) -> bool {
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    text[line_end..]
        .trim_start_matches('\n')
        .split('\n')
        .next()
        .is_some_and(|l| l.contains(['|', '\t']))
}

/// True when the match at `start` of `text` lies in a table (its
/// `sentence`, normalized, or its line holds a cell border) that a version
/// history's header opens less than 1,500 characters before it.
fn in_version_history(text: &str, start: usize, sentence: &str) -> bool {
    in_table_under(text, start, sentence, &VERSION_HISTORY)
}

/// The header of the table column the match at `start..end` of `text`
/// lies in: the cell at the same place in the first row of its table (the
/// block of lines with the row's cell border, `|` or a tab, around it).
/// None outside a table of two rows or more.
#[cfg(test)]
fn column_header(text: &str, start: usize, end: usize) -> Option<&str> {
    let (header, column, sep) = table_header(text, start, end)?;
    header_cell(header, column, sep)
}

/// The cell of `header` (a table's first row, cells parted by `sep`) in
/// column `column`, trimmed.
fn header_cell(header: &str, column: usize, sep: char) -> Option<&str> {
    header.split(sep).nth(column).map(str::trim)
}

/// The first row of the table the match at `start..end` of `text` lies
/// in ([`column_header`]), the column of the match and the cell border.
fn table_header(text: &str, start: usize, end: usize) -> Option<(&str, usize, char)> {
    let (at, line_start, line_end) = match_line(text, start, end);
    let row = &text[line_start..line_end];
    let sep = if row.contains('|') {
        '|'
    } else if row.contains('\t') {
        '\t'
    } else {
        return None;
    };
    let column = text[line_start..at].matches(sep).count();
    // The table's first line: the lines above that hold the border too.
    let mut header = None;
    let mut upper = &text[..line_start];
    while let Some(line) = upper.strip_suffix('\n') {
        let (rest, line) = match line.rfind('\n') {
            Some(i) => (&line[..=i], &line[i + 1..]),
            None => ("", line),
        };
        if !line.contains(sep) {
            break;
        }
        header = Some(line);
        upper = rest;
    }
    Some((header?, column, sep))
}

/// Where the match at `start..end` of `text` begins (its first letter or
/// digit), and the start and end of that line.
fn match_line(text: &str, start: usize, end: usize) -> (usize, usize, usize) {
    let at = text[start..end]
        .find(char::is_alphanumeric)
        .map_or(start, |i| start + i);
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (at, line_start, line_end)
}

/// The first row of the table the match at `start..end` of `text` lies in
/// (the block of lines with the row's cell border around it), whether the
/// match is in that row, the match's column and the cell border. None
/// outside a table.
fn table_first_row(text: &str, start: usize, end: usize) -> Option<(&str, bool, usize, char)> {
    match table_header(text, start, end) {
        Some((header, column, sep)) => Some((header, false, column, sep)),
        None => {
            let (at, line_start, line_end) = match_line(text, start, end);
            let row = &text[line_start..line_end];
            let next = text[line_end..].trim_start_matches('\n');
            let next = next.split('\n').next().unwrap_or("");
            // (A row alone is no table: the next line holds the border too.)
            let sep = ['|', '\t']
                .into_iter()
                .find(|&c| row.matches(c).count() >= 2 && next.contains(c))?;
            Some((row, true, text[line_start..at].matches(sep).count(), sep))
        }
    }
}

/// A header cell that is the US alone, as a yes/no column's name ("USA",
/// "VS", "États-Unis ?"). Normalized.
static US_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:(?:transfer|access|data) (?:to|in|from) (?:the )?)?(?:usa|us|u\.s\.(?:a\.)?|vs|united states|etats-unis|e\.-u\.|estados unidos|ee\. ?uu\.?|eeuu|stati uniti|verenigde staten|vereinigte staaten)\s*\??$",
    )
    .unwrap()
});
/// A cell that says no, none or zero (normalized; a remark may follow:
/// "nein (nur EU)").
static NO_CELL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:no|non|nein|nee|neen|geen|none|aucun|aucune|keine?|ninguno|ninguna|nessuno|nessuna|n/a|0|-|—|–)(?:\s*[(:;,.—–-].*)?$",
    )
    .unwrap()
});

/// True when every cell of column `column` in the rows below `first` (a
/// table's first row, a slice of `text`) says no ([`NO_CELL`]), and one
/// does at least. Rows of dashes (a Markdown table's rule) are passed
/// over; the table ends at the first line without the cell border `sep`.
fn column_all_no(text: &str, first: &str, column: usize, sep: char) -> bool {
    let from = first.as_ptr() as usize - text.as_ptr() as usize + first.len();
    let width = first.split(sep).count();
    // (The header as far as the column: a header repeated on a new page,
    // whose last cells a PDF may have run into the next line's.)
    let head: Vec<&str> = first.split(sep).take(column + 1).collect();
    let head = head.join(&sep.to_string());
    let mut seen = false;
    for line in text[from..].split('\n').take(200) {
        // (A PDF's rows may stand between blank lines.)
        if line.trim().is_empty() {
            continue;
        }
        if !line.contains(sep) {
            break;
        }
        // (A rule of dashes, or the header again on a new page.)
        if line.trim_start().starts_with(head.trim_start())
            || line
                .chars()
                .all(|c| matches!(c, '-' | ':' | '|' | '+' | ' ' | '\t'))
        {
            continue;
        }
        // (A row of a PDF's table may have lost a cell border, two cells
        // run together: its cells are then counted from its end.)
        let cells: Vec<&str> = line.split(sep).collect();
        let at = if cells.len() == width {
            Some(column)
        } else {
            (cells.len() + column).checked_sub(width)
        };
        let Some(cell) = at.and_then(|i| cells.get(i)) else {
            return false;
        };
        let cell = normalize(cell.trim()).text;
        if cell.is_empty() {
            continue;
        }
        if !NO_CELL.is_match(&cell) {
            return false;
        }
        seen = true;
    }
    seen
}

/// The heading of a table of options turned down, or its header cell
/// ("Solutions écartées", "Motif du rejet", "Vendors assessed and not
/// engaged", "Abgelehnte Anbieter", "Alternativas descartadas", "Soluzioni
/// scartate", "Afgewezen alternatieven").
static REJECTED_OPTIONS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:(?:rejected|discarded|declined)\ (?:options?|tools?|solutions?|alternatives?|vendors?|suppliers?|providers?|products?|offers?|bids?)|(?:assessed|evaluated|considered|reviewed)\ (?:and|but)\ not\ (?:engaged|selected|retained|adopted|pursued)|reasons?\ (?:for\ )?not\ (?:engaging|engaged|selecting|selected|retaining|adopting)|reasons?\ for\ rejection|(?:solutions?|options?|outils?|offres?|prestataires?|fournisseurs?|alternatives?)\ (?:[ée]cart[ée]es?|rejet[ée]es?|non\ retenue?s?)|motifs?\ du\ rejet|motifs?\ de\ non-?retenue|abgelehnte[nr]?\ (?:anbieter|l[öo]sungen|alternativen|angebote|tools|werkzeuge|optionen)|verworfene[nr]?\ (?:anbieter|l[öo]sungen|alternativen|optionen)|ablehnungsgrund|(?:soluciones|alternativas|opciones|herramientas|proveedores|ofertas)\ (?:descartadas|rechazadas|desestimadas)|motivos?\ de(?:l)?\ (?:descarte|rechazo)|(?:soluzioni|alternative|opzioni|strumenti|fornitori|offerte)\ (?:scartate|respinte|escluse)|motivi?\ (?:del|dello)\ (?:rifiuto|scarto)|afgewezen\ (?:alternatieven|oplossingen|leveranciers|opties|tools)|reden\ (?:van|voor)\ afwijzing|grund\ der\ sperrung|gesperrte\ (?:software|tools|anwendungen|dienste|programme|apps)|blocked\ (?:tools|software|applications|apps|services)|reasons?\ for\ (?:blocking|the\ (?:ban|block))|(?:outils|logiciels|services|applications)\ (?:interdits|bloqu[ée]s)|motifs?\ (?:de\ l'interdiction|du\ blocage)|(?:herramientas|aplicaciones|servicios)\ (?:prohibid[ao]s|bloquead[ao]s)|software\ (?:bloqueado|prohibido)|motivos?\ del\ bloqueo|(?:strumenti|applicazioni|servizi)\ (?:vietati|bloccati)|software\ (?:vietato|bloccato)|motivo\ del\ blocco|(?:geblokkeerde|verboden)\ (?:tools|software|diensten|applicaties|apps)|reden\ (?:van|voor)\ (?:blokkering|het\ verbod))\b",
    )
    .unwrap()
});

/// A column header of what held before a change ("Until 31 March 2023",
/// "bisheriger Standort", "Rédaction de 2019", "Antes de la Fecha de
/// Cierre"), and one of what holds after it ("From 1 April 2023",
/// "Standort ab 1. April 2026", "Rédaction issue du présent avenant").
/// Normalized.
static BEFORE_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:\W*\w+\W+)?(?:before|until|up to|prior to|previous(?:ly)?|former(?:ly)?|old|original|current (?:text|wording|version)|existing (?:text|wording)|avant|jusqu'(?:au|a|en)|ancien(?:ne)?s?|precedente?s?|anterieure?s?|redaction (?:de (?:19|20)\d\d|initiale|actuelle)|texte actuel|bis(?: zum| zur)?|bisherige?[rns]?|vorher|alte[rs]?|fruhere?[rns]?|aktuelle fassung|antes|hasta|anterior(?:es)?|antigu[oa]s?|previ[oa]s?|redaccion actual|texto actual|prima|fino al?|previgente|vecchi[oa]|testo attuale|voorheen|tot(?: en met)?|oude?|vorige|eerdere?|huidige tekst)\b",
    )
    .unwrap()
});
static AFTER_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:after|from|as of|since|new|amended|revised|apres|a compter|a partir|depuis|nouve(?:au|lle)s?|issue du present|modifiee?s?|ab|nach|neue?[rns]?|kunftige?[rns]?|seit|geanderte?[rns]?|despues|desde|nuev[oa]s?|modificad[oa]s?|dopo|dal|dalla|a partire|nuov[oa]|modificat[oa]|vanaf|nieuwe?|gewijzigde?|voortaan)\b",
    )
    .unwrap()
});
/// A header cell of a column given for comparison only, or of offers set
/// aside ("États-Unis (offres écartées)", "Stati Uniti (solo a fini
/// comparativi)", "USA (zum Vergleich)"). Normalized.
static COMPARISON_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:comparati(?:f|ve|vo|vi|va|ve)|comparison|for comparison|zum vergleich|vergleichs\w*|ter vergelijking|vergelijking|a titre de comparaison|comparaison|confronto|comparacion|offres? ecartees?|ecartee?s?|non retenue?s?|rejected|not selected|discarded|abgelehnt|verworfen|nicht ausgewahlt|afgewezen|niet gekozen|descartad[oa]s?|rechazad[oa]s?|scartat[oaie]|non selezionat[oaie])\b",
    )
    .unwrap()
});
/// A header cell of the law chosen for an arrangement (a register's
/// "Country of the governing law", "Ley aplicable (país)", "Auf die
/// Vereinbarung anwendbares Recht", "Toepasselijk recht"). Normalized.
static LAW_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:governing law|applicable law|law applicable|chosen law|choice of law|loi applicable|droit applicable|loi du contrat|anwendbares recht|geltendes recht|rechtswahl|vertragsstatut|ley aplicable|derecho aplicable|legislacion aplicable|legge applicabile|diritto applicabile|legge regolatrice|toepasselijk recht|rechtskeuze|toepasselijke wet)\b",
    )
    .unwrap()
});
/// A header cell of where a company has its head office ("Country of
/// headquarters", "Land van hoofdkantoor"), not its parent's
/// ([`PARENT_COLUMN`]). Normalized.
static HEAD_OFFICE_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:headquarters|head office|registered office|seat|siege(?: social)?|hauptsitz(?:es)?|sitz|sitzland|sede(?: social| legale| centrale)?|domicilio social|hoofdkantoor|statutaire zetel|zetel|vestigingsland)\b",
    )
    .unwrap()
});
static PARENT_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:parent|mere|mutter\w*|matriz|capogruppo|controllante|moeder\w*|groupe|gruppo|grupo|konzern\w*|groep\w*|ultimate|ultime|ultima|uiteindelijke|oberste)\b",
    )
    .unwrap()
});
/// A parent's column that gives its place ("Country of ultimate parent",
/// "Sede della capogruppo"). Normalized.
static PARENT_PLACE_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:country|countries|land|lander|pays|pais|paese|headquarters|head office|seat|siege|sitz|sede|zetel|hoofdkantoor|location|standort|vestiging)\b",
    )
    .unwrap()
});

/// Whether a table's header cells (normalized) hold an "LEI" column, as a
/// DORA register's list of providers does.
fn lists_leis<S: AsRef<str>>(cells: impl IntoIterator<Item = S>) -> bool {
    cells.into_iter().any(|c| {
        let c = c.as_ref();
        c == "lei" || c.starts_with("lei ")
    })
}

/// The ISO 3166-1 code a register's cell gives ("ie", "uk"), upper case;
/// None for two letters that are no country a contract chooses the law of.
fn country_code(cell: &str) -> Option<&'static str> {
    const CODES: &[&str] = &[
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "IS", "LI",
        "GB", "CH", "US", "CA", "IN", "JP", "SG", "AU", "IL", "BR", "KR",
    ];
    let cell = cell.trim().to_ascii_uppercase();
    let cell = if cell == "UK" { "GB".to_string() } else { cell };
    CODES.iter().copied().find(|c| *c == cell)
}
/// A header cell that names a company (normalized): its legal form.
static COMPANY_CELL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:inc|llc|corp|corporation|gmbh|ag|sas|sasu|sarl|sa|s\.a|s\.a\.s|srl|s\.r\.l|spa|s\.p\.a|sl|s\.l|slu|s\.l\.u|bv|b\.v|nv|n\.v|ltd|limited|plc|oy|ab|kg)\b\.?",
    )
    .unwrap()
});
/// A header cell that names a role (of a party, an exporter or importer):
/// a table of the parties, not a comparison.
static ROLE_CELL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:exporter|importer|exportateur|importateur|exporteur|importeur|exportador|importador|esportatore|importatore|controller|processor|responsable|sous-traitant|verantwortliche?r?|auftragsverarbeiter|encargado|titolare|responsabile|verwerkingsverantwoordelijke|verwerker|party|partie|partei|parte|partij|customer|client|kunde|cliente|klant)\b",
    )
    .unwrap()
});

/// A header with a column of people's first or last names ("| email |
/// voornaam | plaats | land |"): the rows are people (contacts, sample
/// records), and a country among their cells is where one lives, not
/// where data goes.
static PERSON_NAME_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:first ?names?|given names?|last ?names?|surnames?|family names?|prenoms?|nom de famille|vornamen?|nachnamen?|familiennamen?|nombre de pila|apellidos?|cognomi|cognome|nome di battesimo|voornaam|voornamen|achternaam|achternamen|familienaam|familienamen)\b",
    )
    .unwrap()
});

/// The first column of a table of events (trade fairs, conferences,
/// courses), in the six languages (normalized): its rows are where staff
/// travel, not where data goes.
static EVENT_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:events?|evenements?|veranstaltung(?:en)?|messen?|eventos?|eventi|evenementen|trade fairs?|conferences?|salons?|fier[ae]|ferias?|beurzen?|congres(?:sen)?|congresos?|convegni|kongresse?)\b",
    )
    .unwrap()
});

/// A column of where goods are made or people come from, in the six
/// languages (normalized).
static GOODS_OR_ORIGIN_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:assembl\w*|manufactur\w*|made in|production (?:site|plant|location)|plant|factory|country of (?:origin|manufacture|birth)|place of (?:manufacture|assembly|production|origin|birth)|birthplace|nationality|lieu d'assemblage|lieu (?:de|d') ?(?:fabrication|production|montage|naissance|origine)|pays (?:d'origine|de fabrication|de naissance)|usine|site de production|nationalite|montage\w*|produktions\w*|herstellungs\w*|herkunft\w*|ursprungsland|werk|fertigungs\w*|geburtsort|staatsangehorigkeit|lugar de (?:montaje|ensamblaje|fabricacion|produccion|nacimiento)|pais de (?:origen|fabricacion)|planta|fabrica|nacionalidad|luogo di (?:assemblaggio|produzione|fabbricazione|nascita)|paese di (?:origine|produzione)|stabilimento|nazionalita|plaats van (?:assemblage|productie|vervaardiging|geboorte)|land van (?:herkomst|productie)|fabriek|assemblage\w*|nationaliteit)\b",
    )
    .unwrap()
});

/// Where the defined term a match of a `defined_us`, `defined_authority`
/// or `defined_law` rule holds lies: its `term` group (or `term2` ... in the regex's other
/// branches).
fn term_group(m: &RawMatch) -> Option<(usize, usize)> {
    m.groups
        .iter()
        .find(|(n, _, _)| n.starts_with("term"))
        .map(|&(_, a, b)| (a, b))
}

/// A column of product models, in the six languages (normalized, the
/// whole header: "| Area | Novità | Modelli |" then "| ... | Washington |"):
/// a model's name.
static MODEL_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:(?:product|device)\s)?models?(?:\s(?:name|names))?$|^modeles?(?:\s(?:concernes|d'appareil))?$|^modell(?:e|name)?$|^gerate(?:modell)?e?$|^modelos?(?:\safectados)?$|^modell[oi](?:\sinteressati)?$|^modellen?$|^typen?$|^(?:product\s)?(?:lines?|ranges?|collections?)$|^(?:gammes?|collections?|lignes?)$|^(?:produkt)?(?:linien?|kollektion(?:en)?)$|^(?:lineas?|colecci[oó]n(?:es)?|gamas?)$|^(?:linee?|collezion[ei]|gamm[ae])$|^(?:lijnen?|collecties?|productlijnen?)$",
    )
    .unwrap()
});

/// A column of meeting or conference rooms, in the six languages
/// (normalized, the whole header).
static ROOM_COLUMN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:(?:meeting|conference|board|video ?conference)\s)?rooms?(?:\sname)?$|^salles?(?:\s(?:de\s)?(?:reunion|conference|visioconference))?$|^(?:besprechungs|konferenz|meeting|sitzungs)?raum(?:e|name)?$|^salas?(?:\s(?:de\s)?(?:reuniones|reunion|conferencias|riunioni|riunione|conferenze|videoconferenza))?$|^(?:vergader)?(?:zaal|zalen|ruimte|ruimtes)$",
    )
    .unwrap()
});

/// True when the match at `start` of `text` lies in a table row
/// ([`in_table_row`]) with `heading` found less than 1,500 characters
/// before it, and no other section's heading between them
/// ([`is_section_heading`]): a version history's, a glossary's, a list of
/// references' ("ALLEGATO E — STORICO DELLE VERSIONI", its table, then
/// "ALLEGATO F — ELENCO DEI SUB-RESPONSABILI" and the sub-processors' table:
/// their rows are not the history's).
fn in_table_under(text: &str, start: usize, sentence: &str, heading: &regex::Regex) -> bool {
    if !in_table_row(text, start, sentence) {
        return false;
    }
    let before = &text[back_chars(text, start, 1500)..start];
    let Some(last) = heading.find_iter(before).last() else {
        return false;
    };
    // (From the line after the heading's.)
    let after_heading = &before[last.end()..];
    let between = after_heading
        .find('\n')
        .map_or("", |i| &after_heading[i + 1..]);
    // (A heading stands after a blank line: the next line of the heading
    // found, "RÉFÉRENCES CLIENTS (EXTRAIT DE LA" / "RÉPONSE À L'APPEL
    // D'OFFRES)", is its own.)
    let mut after_blank = false;
    for line in between.lines() {
        if after_blank && is_section_heading(line) {
            return false;
        }
        after_blank = line.trim().is_empty();
    }
    true
}

/// A line of its own that opens a section: an annex's, a schedule's or an
/// appendix's title ("Annexe 3 — Sous-traitants", "ALLEGATO F"), a
/// Markdown heading, or a line of capitals ("LIST OF SUB-PROCESSORS"); not
/// a table row, nor a line of a table cell that wraps ("Norvane Mail").
fn is_section_heading(line: &str) -> bool {
    let line = line.trim();
    if line.contains(['|', '\t']) {
        return false;
    }
    if line.starts_with('#') {
        return true;
    }
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 6 && !line.chars().any(char::is_lowercase) {
        return true;
    }
    SECTION_OPENER.is_match(line)
}

/// The first word of an annex's, a schedule's or an appendix's title, in
/// the six languages.
static SECTION_OPENER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?i:annex|annexe|anhang|anlage|anexo|allegato|bijlage|appendix|appendice|apendice|apéndice|schedule|exhibit|attachment)\b",
    )
    .unwrap()
});

/// True when the match at `start` of `text` lies in a table: its
/// `sentence` (normalized) or its line holds a cell border (an office
/// document's row is one line, its cells parted by tabs).
fn in_table_row(text: &str, start: usize, sentence: &str) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    sentence.contains('|') || text[line_start..line_end].contains(['|', '\t'])
}

/// How far (characters) a sentence is followed back from a match to its
/// start for the checks that read a whole sentence.
const WHOLE_SENTENCE: usize = 800;

/// A glossary's heading or title ("Glossary", "Glossaire", "Glossar",
/// "Glosario", "Glossario", "Woordenlijst", "Begrippenlijst", "Lexique").
static GLOSSARY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:glossary|glossaire|glossar|glosario|glossario|woordenlijst|begrippenlijst|lexique)\b",
    )
    .unwrap()
});

/// The heading of a list of reference customers or case studies, in the
/// six languages ("Références clients", "Case studies and references",
/// "Referenzkunden", "Clientes de referencia", "Clienti di riferimento",
/// "Referentieklanten").
static REFERENCES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:references?\ (?:clients?|customers?)|(?:customer|client)\ references?|clients?\ de\ r[ée]f[ée]rence|r[ée]f[ée]rences\ clients?|referenzkunden|kundenreferenzen|clientes?\ de\ referencia|referencias\ de\ clientes|clienti\ di\ riferimento|referenze\ (?:clienti|di\ clienti)|referentie(?:klanten|s\ van\ klanten)|klantreferenties|case\ stud(?:y|ies)|[ée]tudes?\ de\ cas|fallstudien?|casos?\ de\ [ée]xito|casi\ di\ studio|casi\ di\ successo)\b",
    )
    .unwrap()
});

/// The span of match `m` (offsets of the normalized `norm`) in `text`.
/// Some regexes begin at the previous sentence's punctuation so as to know
/// a clause starts there, or at a table cell's border; the span starts
/// after it.
fn original_span(text: &str, norm: &Normalized, m: &RawMatch) -> (usize, usize) {
    let (start, end) = norm.original_range(text, m.start, m.end);
    let start = start + lead_len(&text[start..end]);
    (start, start + tidy_tail(&text[start..end], &text[end..]))
}

/// Whether `says` holds of the sentence of match `m` or of the next two
/// (normalized): whether they speak of access, remote work or support
/// ([`speaks_of_access`]), or name records or data ([`RECORDS_NEARBY`]:
/// "... inspecties door de IGJ. Inspecteurs mogen de medische dossiers
/// inzien.").
fn nearby(
    text: &str,
    norm: &Normalized,
    m: &RawMatch,
    context: usize,
    says: impl Fn(&str) -> bool,
) -> bool {
    let (start, end) = original_span(text, norm, m);
    let (s_start, s_end) = sentence_bounds(text, start, end, context);
    says(&normalize(&text[s_start..s_end]).text)
        || says(&normalize(next_sentences(text, end, 3)).text)
}

/// Records, files and data (normalized text), for the rules whose
/// `records_nearby` attribute asks for them: what a regulator's inspection
/// sees ("may look at your medical records", "Einsicht in Ihre
/// Krankenunterlagen", "consultar su historia clínica").
static RECORDS_NEARBY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:records?|documents?|documentation|data|files?|charts?|dossiers?|donnees|dossier medical|[a-z]*unterlagen|daten|akten|quelldaten|originaldaten|historias? clinicas?|datos|registros?|documentacion|cartell[ae] clinic[ae]|dati|documentazione|[a-z]*gegevens|[a-z]*dossiers?|brondocument\w*|patientendossier\w*)\b",
    )
    .unwrap()
});

/// Words of access, remote work or support (normalized text), for the
/// rules whose `access_nearby` attribute asks for them; human review
/// ("reviewed by the trust-and-safety team", "beoordeeld door") is access.
static ACCESS_NEARBY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:access\w*|acces|accede\w*|accedo|\w*zugriff\w*|zugang\w*|zugreif\w*|greifen|acceso|accesso|accedere|\w*toegang\w*|remote\w*|a distance|op afstand|en remoto|da remoto|aus der ferne|fernwartung|consult\w*|einsehen|einsicht|inzien|inzage|visualiz\w*|view\w*|support\w*|soporte|assistenza|assistance|wartung|maintenance|manutenzione|mantenimiento|onderhoud|troubleshoot\w*|debug\w*|administ\w*|beheer\w*|review\w*|beoordee?l\w*|prufen|pruft|gepruft|uberpruf\w*|relu\w*|relecture|revis\w*|esamina\w*|annot\w*|moderat\w*|(?:receives?|received|recibe\w*|recoi\w*|erhalt\w*|ricev\w*|ontvang\w*) (?:[a-z-]+ ){0,3}?(?:extract\w*|extraccion\w*|estrazion\w*|extrakt\w*|copies|copie\w*|kopie\w*|copias|data|datos|donnees|daten|dati|gegevens|export\w*))\b",
    )
    .unwrap()
});

/// A word that denies the access words after it ("[no] access", "[keinen]
/// Fernzugriff", "[sans] accès", "[geen] toegang op afstand"): up to two
/// words may come between.
static NO_ACCESS_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?:^|[^a-z])(?:no|not|never|without|nor|aucun|aucune|sans|pas d'|pas de|kein|keine|keinen|keinerlei|ohne|nicht|sin|ningun|ninguna|nessun|nessuna|senza|geen|zonder|niet)(?: [a-z'-]+){0,2} ?$",
    )
    .unwrap()
});

/// Whether `s` (normalized) speaks of access, remote work or support
/// ([`ACCESS_NEARBY`]) other than to deny it ("the Boston sales office
/// ... [has no access] to EU client environments").
/// Access to the data denied in so many words wins over the other words:
/// "our engineers in Austin provide support [without access to customer
/// data]" (but not "no access to production; they provide support by
/// phone").
fn speaks_of_access(s: &str) -> bool {
    let mut any = false;
    for m in ACCESS_NEARBY.find_iter(s) {
        let lo = attributes::floor_char_boundary(s, m.start().saturating_sub(40));
        if NO_ACCESS_BEFORE.is_match(&s[lo..m.start()]) {
            let hi = attributes::floor_char_boundary(s, (m.end() + 40).min(s.len()));
            if DENIABLE_ACCESS.is_match(m.as_str()) && DATA_AFTER.is_match(&s[m.end()..hi]) {
                return false;
            }
        } else {
            any = true;
        }
    }
    any
}

/// The access words whose denial ("no access", "sans accès", "ohne
/// Zugriff", "zonder toegang") says the people have none at all.
/// Data named right after a denied access word, or the United States as
/// where the access would come from ("sans accès depuis les États-Unis").
static DATA_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^[^.;]*?\b(?:data|donnees|daten|\w+daten|datos|dati|gegevens|\w+gegevens|information|informations|informationen|informacion|informazioni|informatie)\b|^ (?:from|depuis|aus|desde|dagli|vanuit) (?:the |les |den |los |de )?(?:united states|us|usa|etats-unis|vereinigten staaten|estados unidos|ee\. ?uu\.?|stati uniti|verenigde staten|vs)\b",
    )
    .unwrap()
});
static DENIABLE_ACCESS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:access\w*|acces|\w*zugriff\w*|zugang\w*|acceso|accesso|\w*toegang\w*)$")
        .unwrap()
});

/// The kinds of government access that are laws (not a vendor's practice).
const SURVEILLANCE_LAWS: [&str; 5] = ["cloud_act", "fisa_702", "eo_12333", "patriot_act", "nsl"];

/// Up to `n` sentences of `text` after byte `from` (at most 600 bytes).
fn next_sentences(text: &str, from: usize, n: usize) -> &str {
    let hi = fwd_chars(text, from, 600);
    let mut end = from;
    for _ in 0..n {
        // (Skip the white space a sentence ends on.)
        let start = text[end..hi]
            .find(|c: char| !c.is_whitespace())
            .map_or(hi, |i| end + i);
        if start >= hi {
            break;
        }
        end = first_boundary(text, start + 1, hi)
            .unwrap_or(hi)
            .max(start + 1);
    }
    &text[from..end.min(hi)]
}

/// The names (normalized, without "Inc." or "Corp.") of the US companies
/// that `text` says own another: "détenue à 100 % par Referentia Group
/// Corp.", "wholly owned by Acme Inc.", "a subsidiary of Acme Holdings,
/// Inc.", "filiale de Acme Corp.", "Tochtergesellschaft der Acme Inc.".
fn parents_named(text: &str) -> Vec<String> {
    static OWNED_BY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"\b(?:(?:wholly|fully|majority|indirectly|directly|100 ?%)[ -]owned\ by|(?:detenue?s?|detenut[oa]|participad[oa]|gehalten)\ (?:a|al|zu|par|da|por|von)?\ ?(?:[0-9]+(?:[.,][0-9]+)?\ ?%\ )?(?:par|da|por|von)|(?:filiale|subsidiary|tochtergesellschaft|tochter|filial|controllata|dochteronderneming|dochtervennootschap)\ (?:(?:a\ )?(?:100\ ?%\ |wholly[ -]owned\ |indirecte?\ |directe?\ |indirect\ |direct\ )?)(?:de|of|von|der|di|van|du|del|della))\ (?:(?:la|le|l'|the|die|el|il|het)\ ?)?([a-z0-9&'-]+(?:\ [a-z0-9&'-]+){0,3}),?\ (?:inc|corp|corporation|llc)\b",
        )
        .unwrap()
    });
    let mut names: Vec<String> = OWNED_BY
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|g| g.as_str().to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Whether the company that the entity match `m` of `text` names (the
/// first "Name, Inc." in the match or right after it; only after it when
/// `after_only`) is one of `parents` ([`parents_named`]).
fn names_a_parent(text: &str, m: &RawMatch, parents: &[String], after_only: bool) -> bool {
    static COMPANY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"([a-z0-9&'-]+(?:\ [a-z0-9&'-]+){0,3}),?\ (?:inc|corp|corporation|llc)\b",
        )
        .unwrap()
    });
    if parents.is_empty() {
        return false;
    }
    let to = attributes::floor_char_boundary(text, (m.end + 60).min(text.len()));
    let Some(found) = text
        .get(m.start..to)
        .and_then(|w| COMPANY.captures(w))
        .and_then(|c| c.get(1))
    else {
        return false;
    };
    if after_only && m.start + found.start() < m.end {
        return false;
    }
    let name = found.as_str();
    parents.iter().any(|p| {
        p.len() >= 6 && (name.ends_with(p.as_str()) || p.ends_with(name) && name.len() >= 6)
    })
}

/// The sentence around `start..end` in the original text, at most
/// `context` characters on each side of the match.
pub fn sentence_bounds(text: &str, start: usize, end: usize, context: usize) -> (usize, usize) {
    let lo = back_chars(text, start, context);
    let hi = fwd_chars(text, end, context);
    let mut s = last_boundary(text, lo, start).unwrap_or(lo);
    // A match may end on the sentence's own full stop ("... UE-EE. UU.").
    let from = if text[..end].ends_with(['.', '!', '?']) {
        end - 1
    } else {
        end
    };
    let e = first_boundary(text, from, hi).unwrap_or(hi);
    // Trim white space.
    while s < start && text[s..].starts_with(char::is_whitespace) {
        s += text[s..].chars().next().map_or(1, char::len_utf8);
    }
    (s, e.max(end))
}

/// Whether `text` (normalized) names the "Inc." or "Corp." company at the
/// end of `matched` again with a country whose companies take that form
/// too, within 120 bytes after its name ([`attributes::placed_abroad`]).
fn inc_placed_abroad(text: &str, matched: &str) -> bool {
    static SUFFIX: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"([a-z0-9&'-]+(?: [a-z0-9&'-]+){0,3}),? (?:inc|corp|corporation)\b")
            .unwrap()
    });
    let Some(name) = SUFFIX
        .captures_iter(matched)
        .last()
        .and_then(|c| c.get(1))
        .map(|g| g.as_str())
    else {
        return false;
    };
    // (Without the field's label: "importador: visayas customer hub".)
    let name = name.rsplit(": ").next().unwrap_or(name);
    // (Nor a dash before it: "(data exporter) – Maplecourt Data Inc.")
    let name = name.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    name.len() >= 6
        && text.match_indices(name).any(|(at, _)| {
            let from = at + name.len();
            let to = attributes::floor_char_boundary(text, (from + 120).min(text.len()));
            attributes::placed_abroad(&text[from..to])
        })
}

/// Whether `sentence` (normalized) defines a term before `match_at`
/// ("1.1 Amerikaanse Toegangswetgeving: de Clarifying Lawful Overseas Use
/// of Data Act ...", "'Foreign Surveillance Laws' means ...") that the
/// document `text` (normalized) uses elsewhere only to deny: a sentence
/// that holds the term says someone is not subject to it, and no other
/// sentence that holds it is a definition again.
fn defined_law_denied(text: &str, sentence: &str, match_at: usize) -> bool {
    static DEFINED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"^[\W\d.]*["'«„“]?\s*([a-z][a-z' -]{4,60}?)\s*["'»“”]?\s*(?::|\b(?:means|shall mean|includes|designe|signifie|desigent|comprend|bezeichnet|meint|umfasst|sind|significa|se entiende|comprende|indica|si intende|comprende|betekent|omvat)\b)"#,
        )
        .unwrap()
    });
    let Some(term) = DEFINED.captures(sentence).and_then(|c| c.get(1)) else {
        return false;
    };
    if term.end() >= match_at {
        return false;
    }
    let term = term.as_str().trim();
    // (A term of one short word, "Law", says too little to find again.)
    if term.len() < 8 {
        return false;
    }
    text.match_indices(term).any(|(at, _)| {
        let from = text[..at].rfind(['.', ';', '\n']).map_or(0, |i| i + 1);
        let to = text[at..]
            .find(['.', ';', '\n'])
            .map_or(text.len(), |i| at + i);
        let around = &text[from..to];
        !around.trim_start().starts_with(term) && attributes::denies_subjection(around)
    })
}

/// Whether `matched` names Georgia and the document `text` (normalized)
/// places Georgia in the Caucasus (Tbilisi, Batumi, "Georgian law",
/// "naar Georgisch recht") and nowhere in the United States (Atlanta, "the
/// State of Georgia", ", GA 30303").
fn georgia_the_country(text: &str, matched: &str) -> bool {
    static GEORGIA: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\bgeorgia\b").unwrap());
    static COUNTRY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"\b(?:tbilisi|tbilissi|tiflis|batumi|kutaisi|rustavi|georgian|georgisch(?:e[mnrs]?)?|georgien(?:ne)?s?|georgian[oa]s?|georgian[ie]|sakartvelo)\b",
        )
        .unwrap()
    });
    static US_GEORGIA: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"\b(?:atlanta|savannah|alpharetta|marietta|augusta|macon|athens,\ ga|(?:state|etat|estado|stato|staat|bundesstaat)\ (?:of\ |de\ |di\ |del\ |la\ )?georgi[ae]|georgia,\ (?:usa|u\.s\.a?|united\ states)|,\ ga\ \d{5})\b",
        )
        .unwrap()
    });
    GEORGIA.is_match(matched) && COUNTRY.is_match(text) && !US_GEORGIA.is_match(text)
}

/// The rest of the paragraph after a sentence that ends at `from`: up to
/// a blank line, a line that starts a new footnote ("2 ..."), or 400
/// bytes.
fn paragraph_rest(text: &str, from: usize) -> &str {
    let hi = attributes::floor_char_boundary(text, (from + 400).min(text.len()));
    let rest = text.get(from..hi).unwrap_or("");
    let mut end = rest.find("\n\n").unwrap_or(rest.len());
    if let Some(m) = NEXT_NOTE.find(&rest[..end]) {
        end = m.start();
    }
    &rest[..end]
}

/// A line that starts a footnote: its number, or Markdown's `[^2]:`.
static NEXT_NOTE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"\n\s*(?:\d{1,2}\s|\[\^)").unwrap());

/// The offset of the `n`th character before `from` (of the last one for
/// `n` 0), or 0 when there are fewer.
fn back_chars(text: &str, from: usize, n: usize) -> usize {
    // (ASCII text, most of it, is counted in bytes.)
    let k = n.max(1);
    if from >= k && text.as_bytes()[from - k..from].is_ascii() {
        return from - k;
    }
    text[..from]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The offset of the character `n` characters after `from`, or the end of
/// `text` when there are fewer.
fn fwd_chars(text: &str, from: usize, n: usize) -> usize {
    if from + n <= text.len() && text.as_bytes()[from..from + n].is_ascii() {
        return from + n;
    }
    text[from..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| from + i)
}

/// Whether a sentence may end at a byte ([`is_boundary_at`] says false
/// for every other byte): the boundaries are looked for at these only,
/// rather than by calling it at each byte of a finding's context (about
/// 1 % of the CPU time of a scan of the benchmark text).
fn may_end_sentence(b: &u8) -> bool {
    matches!(b, b'\n' | b'.' | b'!' | b'?')
}

/// Offset just after the last sentence boundary in `text[lo..to]`.
fn last_boundary(text: &str, lo: usize, to: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[lo..to];
    let mut end = bytes.len();
    while let Some(j) = bytes[..end].iter().rposition(may_end_sentence) {
        if is_boundary_at(text, lo + j) {
            return Some(boundary_end(text, lo + j));
        }
        end = j;
    }
    None
}

/// Offset just after the first sentence boundary in `text[from..hi]` (the
/// boundary punctuation is included).
fn first_boundary(text: &str, from: usize, hi: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[from..hi];
    let mut start = 0;
    while let Some(j) = bytes[start..].iter().position(may_end_sentence) {
        let i = from + start + j;
        if is_boundary_at(text, i) {
            return Some(if bytes[start + j] == b'\n' { i } else { i + 1 });
        }
        start += j + 1;
    }
    None
}

fn boundary_end(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let mut j = i + 1;
    while j < b.len() && b[j].is_ascii_whitespace() {
        j += 1;
    }
    j
}

/// A sentence ends at `i` when: a blank line starts there; or a line break
/// is followed by a list marker or numbered clause; or a short line without
/// closing punctuation (a heading) ends there; or `.`, `!`, `?` is followed by
/// white space and an upper-case letter or digit, and the word before the
/// period is not an abbreviation (`U.S.`, `Inc.`, `No.`, `e.g.`).
fn is_boundary_at(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    if !s.is_char_boundary(i) {
        return false;
    }
    match b[i] {
        b'\n' => {
            let rest = s[i + 1..].trim_start_matches([' ', '\t', '\r']);
            let mut lines = s[..i].rsplit('\n');
            let line = lines.next().unwrap_or("").trim();
            let heading = !line.is_empty()
                && line.chars().count() < 60
                && !line.ends_with(['.', ',', ';', ':', '-', '(', '/'])
                && rest.chars().next().is_some_and(char::is_uppercase)
                && !is_wrapped_line(line, lines.next());
            heading
                || rest.starts_with('\n')
                // the end of an office document's table row (its cells
                // parted by tabs)
                || line.contains('\t')
                // a list item, a table row, a rule of underscores or
                // equals signs, a footnote's mark
                || rest.starts_with(['-', '*', '#', '•', '|', '_', '=', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'])
                || rest.split_once(['.', ')']).is_some_and(|(n, _)| {
                    !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit())
                })
        }
        b'.' | b'!' | b'?' => {
            let after = &s[i + 1..];
            let mut chars = after.chars();
            let Some(ws) = chars.next() else { return false };
            if !ws.is_whitespace() {
                return false;
            }
            let next = after.trim_start().chars().next();
            if !next.is_some_and(|c| {
                // ('>': the next line of a quoted e-mail; '§': a German
                // clause's number, "... verwendet. § 7 Herausgabe")
                c.is_uppercase()
                    || c == '§'
                    || c.is_ascii_digit()
                    || c == '"'
                    || c == '«'
                    || c == '('
                    || c == '>'
            }) {
                return false;
            }
            if b[i] != b'.' {
                return true;
            }
            let word: String = s[..i]
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || *c == '.')
                .collect();
            let word: String = word.chars().rev().collect();
            // (Italian "ad es." / "(es. ...": "es" ends many a German or
            // Spanish sentence, so only after "(" or "ad".)
            let italian_eg =
                word == "es" && (s[..i - 2].ends_with('(') || s[..i - 2].ends_with("ad "));
            !is_abbreviation(&word) && !is_day_before_month(&word, after) && !italian_eg
        }
        _ => false,
    }
}

/// A short line that is the end of a sentence wrapped twice (text wider
/// than a PDF's page, re-wrapped: "... ni son hébergeur ne sont" / "soumis
/// au" / "Cloud Act."), not a heading: it ends on an article, preposition
/// or conjunction, or it starts in lower case after a line that does not
/// end a sentence.
fn is_wrapped_line(line: &str, before: Option<&str>) -> bool {
    // As written: "Annex A" is a heading, "... soumis a" is not.
    let last = line
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    if crate::furniture::is_open_word(last) || (last.len() > 1 && last.ends_with(['\'', '’'])) {
        return true;
    }
    let continues = before.is_some_and(|b| {
        let b = b.trim();
        !b.is_empty() && !b.ends_with(['.', '!', '?', ':', ';'])
    });
    continues && line.chars().next().is_some_and(char::is_lowercase)
}

/// A German date, "vom 16. Juli 2020": the full stop
/// after the day is an ordinal's, not a sentence's.
fn is_day_before_month(word: &str, after: &str) -> bool {
    const MONTHS: [&str; 14] = [
        "januar",
        "jänner",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "sept",
    ];
    if word.is_empty() || word.len() > 2 || !word.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let next: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    MONTHS.contains(&next.as_str())
}

fn is_abbreviation(word: &str) -> bool {
    if word.contains('.') || word.chars().count() <= 1 {
        return true; // U.S, e.g, i.e, S.A, single initials
    }
    const ABBR: [&str; 35] = [
        "Inc", "inc", "Ltd", "ltd", "Corp", "corp", "Co", "No", "no", "Art", "art", "Abs", "Nr",
        "nr", "Mr", "Mrs", "Dr", "St", "vs", "etc", "cf", "Sec", "sec", "Cie",
        // the first half of Spanish "EE. UU."
        "EE", "ee", // "p. ej.", "bzw.", "vgl.", "bijv.", "ecc.", "cfr.", "usw.", "Ziff."
        "ej", "bzw", "vgl", "bijv", "ecc", "cfr", "usw", "Ziff", "ziff",
    ];
    ABBR.contains(&word)
}

/// Collapse every run of white space to one space and trim.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_and_character_counts_agree_with_a_walk_over_every_byte() {
        // The functions as they were before they looked at candidate bytes
        // only and counted ASCII in bytes.
        fn back(text: &str, from: usize, n: usize) -> usize {
            let mut it = text[..from].char_indices().rev();
            it.nth(n.saturating_sub(1)).map_or(0, |(i, _)| i)
        }
        fn fwd(text: &str, from: usize, n: usize) -> usize {
            let mut it = text[from..].char_indices();
            it.nth(n).map_or(text.len(), |(i, _)| from + i)
        }
        fn last(text: &str, lo: usize, to: usize) -> Option<usize> {
            let mut range = (lo..to).rev();
            let i = range.find(|&i| is_boundary_at(text, i))?;
            Some(boundary_end(text, i))
        }
        fn first(text: &str, from: usize, hi: usize) -> Option<usize> {
            let i = (from..hi).find(|&i| is_boundary_at(text, i))?;
            Some(if text.as_bytes()[i] == b'\n' {
                i
            } else {
                i + 1
            })
        }
        let pieces = [
            "a", "word", " ", "  ", ".", ". ", "! ", "? ", "\n", "\n\n", "Inc. ", "U.S. ", "Data",
            "é", "États", "§ 7", "- ", "1. ", "→", "𝔘", "\t", "DE", "e.g. ",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..300 {
            let text: String = (0..next(60) + 1)
                .map(|_| pieces[next(pieces.len())])
                .collect();
            let starts: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &a in &starts {
                for n in [0, 1, 2, 5, 40] {
                    assert_eq!(
                        back_chars(&text, a, n),
                        back(&text, a, n),
                        "{text:?} {a} {n}"
                    );
                    assert_eq!(fwd_chars(&text, a, n), fwd(&text, a, n), "{text:?} {a} {n}");
                }
                for &b in starts.iter().filter(|&&b| b >= a) {
                    assert_eq!(last_boundary(&text, a, b), last(&text, a, b), "{text:?}");
                    assert_eq!(first_boundary(&text, a, b), first(&text, a, b), "{text:?}");
                }
            }
        }
    }

    /// The one finding of `category` in `text`, with the bundled rules.
    fn the_one(text: &str, category: Category) -> Finding {
        let engine = Engine::new(RuleSet::bundled().unwrap());
        let mut found: Vec<_> = engine
            .analyze(text, &[], 200)
            .into_iter()
            .filter(|f| f.category == category)
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        found.remove(0)
    }

    #[test]
    fn a_defined_seat_law_inside_a_longer_clause_is_kept_and_takes_the_partys_address() {
        let text = "1.1 \"Halcyon\" means Halcyon Digital Holdings, Inc., a corporation whose principal executive office is located at 120 Broad Street, New York, NY 10005.\n\n1.2 \"Designated State\" means the state in which Halcyon maintains its principal executive office from time to time.\n\n9.1 This Agreement is governed by the laws of the Designated State and, where applicable, the federal laws of the United States.\n";
        let law = the_one(text, Category::GoverningLaw);
        assert_eq!(
            law.attributes.get("seat_law"),
            Some(&true.into()),
            "{law:?}"
        );
        let findings = Engine::new(RuleSet::bundled().unwrap()).analyze(text, &[], 200);
        let summary = crate::assess::assess(&findings).governing_law.unwrap();
        // (The federal law it names beside the state's stays: "US".)
        assert_eq!(summary.law, vec!["US".to_string(), "US-NY".to_string()]);
        // A clause that names the state itself keeps that state only.
        let named = text.replace(
            "Designated State and, where applicable, the federal laws of the United States",
            "Designated State (which, on the effective date, is the State of California)",
        );
        let findings = Engine::new(RuleSet::bundled().unwrap()).analyze(&named, &[], 200);
        let summary = crate::assess::assess(&findings).governing_law.unwrap();
        assert_eq!(summary.law, vec!["US-CA".to_string()]);
    }

    #[test]
    fn a_cell_under_a_column_of_plants_or_origins_is_no_transfer() {
        let table = "| Model | Years | Assembly plant | Data host |\n|---|---|---|---|\n| Arvo | 2021 | Chattanooga (Tennessee) | Dublin (Ireland) |\n";
        let at = table.find("Chattanooga").unwrap();
        assert_eq!(column_header(table, at, at + 11), Some("Assembly plant"));
        let at = table.find("Dublin").unwrap();
        assert_eq!(column_header(table, at, at + 6), Some("Data host"));
        assert!(us_transfers(table).is_empty());
        // The same place under a column of where data is, or with no
        // header, is one.
        let hosted = table.replace("Assembly plant", "Support site");
        assert_eq!(us_transfers(&hosted).len(), 1, "{hosted}");
        assert_eq!(column_header("no table here", 0, 2), None);
        // A tab-separated row (an office document's table).
        let tabs = "Marke\tModell\tMontagewerk\nArvo\tX1\tChattanooga\n";
        let at = tabs.find("Chattanooga").unwrap();
        assert_eq!(column_header(tabs, at, at + 11), Some("Montagewerk"));
    }

    /// A US place in a column of meeting rooms is a room's name; the same
    /// cell under a column of where data is hosted is a transfer.
    #[test]
    fn a_room_named_after_a_us_place_is_no_transfer() {
        let rooms = "| Sala | Planta | Capacidad |\n|---|---|---|\n| Washington | 3.ª | 12 personas |\n| Bizkaia | 1.ª | 20 personas |\n";
        assert!(us_transfers(rooms).is_empty(), "{rooms}");
        let rooms = rooms.replace("| Sala |", "| Meeting room |");
        assert!(us_transfers(&rooms).is_empty(), "{rooms}");
        let hosted = "| Subprocessor | Service | Location |\n|---|---|---|\n| Vocalis Labs, Inc. | Speech recognition | Redmond, État de Washington |\n";
        assert_eq!(us_transfers(hosted).len(), 1, "{hosted}");
    }

    /// A US parent named as such once ("détenue à 100 % par Referentia
    /// Group Corp.") is not the party where another sentence names it
    /// again; a company the document does not call a parent still is.
    #[test]
    fn a_parent_named_again_is_not_the_party() {
        let entities = us_entities;
        let again = "Référentia SAS est détenue à 100 % par Referentia Group Corp., société constituée selon les lois de l'État du Delaware.\n\nEn tant que société américaine, Referentia Group Corp. est un fournisseur de services au sens du 18 U.S.C. § 2711.\n";
        assert_eq!(entities(again), 0, "{again}");
        let alone = "En tant que société américaine, Referentia Group Corp. est un fournisseur de services au sens du 18 U.S.C. § 2711.\n";
        assert_eq!(entities(alone), 1, "{alone}");
        // The controller, named so, stays: its EU representative is its
        // subsidiary.
        let controller = "Verantwortlich für die Datenverarbeitung ist die Quillbox Inc., eine Gesellschaft nach dem Recht des Bundesstaates Delaware.\n\nUnser Vertreter in der EU ist die Quillbox Services B.V., eine Tochtergesellschaft der Quillbox Inc.\n";
        assert!(entities(controller) >= 1, "{controller}");
        assert_eq!(
            parents_named(
                "acme sas, a wholly owned subsidiary of acme holdings, inc., and beta gmbh, wholly owned by beta group corp."
            ),
            vec!["acme holdings".to_string(), "beta group".to_string()]
        );
    }

    /// A country in a list of people (a sample file of contacts, with
    /// first names) is where one lives; the same row in a list of
    /// sub-processors is a transfer.
    #[test]
    fn a_country_in_a_list_of_people_is_no_transfer() {
        let people = "| email | voornaam | plaats | land |\n|---|---|---|---|\n| lies@voorbeeld.example | Lies | Haarlem | NL |\n| jordan@sample.example | Jordan | Wilmington, Delaware | US |\n";
        assert!(us_transfers(people).is_empty(), "{people}");
        let english = people.replace("voornaam", "First name");
        assert!(us_transfers(&english).is_empty(), "{english}");
        let vendors = people
            .replace("voornaam", "dienst")
            .replace("| email |", "| leverancier |");
        assert!(!us_transfers(&vendors).is_empty(), "{vendors}");
    }

    /// A US place as a product model's or a product line's name.
    #[test]
    fn a_model_named_after_a_us_place_is_no_transfer() {
        let models = "| Area | Novità | Modelli |\n|---|---|---|\n| Comfort | Nuova modalità | Washington |\n";
        assert!(us_transfers(models).is_empty(), "{models}");
        let lines = "| Line | Products |\n|---|---|\n| Delaware | Weekender bag |\n| Washington | Tote, card holder |\n";
        assert!(us_transfers(lines).is_empty(), "{lines}");
        let hosted = models.replace("Modelli", "Sede del fornitore");
        assert!(!us_transfers(&hosted).is_empty(), "{hosted}");
    }

    /// A company named after Georgia the country is not a US one where
    /// the document places Georgia in the Caucasus; the same name in a
    /// document that places it in the US state is.
    #[test]
    fn a_company_named_after_georgia_the_country_is_no_us_entity() {
        let entities = us_entities;
        let country = "Die Hotline betreibt die Kartli Systems Georgia LLC, eine Tochter nach georgischem Recht mit Sitz in Tiflis.\n\nDie Kartli Systems Georgia LLC verarbeitet Kontaktdaten.";
        assert_eq!(entities(country), 0, "{country}");
        let state =
            "Die Hotline betreibt die Kartli Systems, eine Georgia LLC mit Sitz in Atlanta.";
        assert!(entities(state) > 0, "{state}");
    }

    /// The number of us_entity findings in `text`.
    fn us_entities(text: &str) -> usize {
        Engine::new(RuleSet::bundled().unwrap())
            .analyze(text, &[], 200)
            .into_iter()
            .filter(|f| f.category == Category::UsEntity)
            .count()
    }

    /// The texts of the us_transfer findings in `text`.
    fn us_transfers(text: &str) -> Vec<String> {
        Engine::new(RuleSet::bundled().unwrap())
            .analyze(text, &[], 200)
            .into_iter()
            .filter(|f| f.category == Category::UsTransfer)
            .map(|f| f.text)
            .collect()
    }

    /// A company said to be American in a sentence of its own is a
    /// recipient where the document says the author uses it, and then not
    /// the party; without that sentence it stays what the entity rules make
    /// of it.
    #[test]
    fn a_provider_used_by_the_author_and_american_in_its_own_sentence_is_a_recipient() {
        let engine = Engine::new(RuleSet::bundled().unwrap());
        let categories = |text: &str| {
            let mut c: Vec<Category> = engine
                .analyze(text, &[], 200)
                .into_iter()
                .map(|f| f.category)
                .collect();
            c.dedup();
            c
        };
        let american = "Sendwave est une société établie aux États-Unis.";
        assert_eq!(categories(american), vec![Category::UsEntity]);
        for used in [
            "Nous faisons appel à Sendwave pour l'envoi de nos e-mails. ",
            "Nos e-mails sont envoyés par Sendwave. ",
            "Notre prestataire d'envoi, Sendwave, reçoit votre adresse. ",
        ] {
            let text = format!("{used}{american}");
            assert_eq!(categories(&text), vec![Category::UsTransfer], "{text}");
        }
        // Another company used, or the name inside a longer word: no recipient.
        for other in [
            "Nous faisons appel à Mailora pour l'envoi de nos e-mails. ",
            "Nous faisons appel à Sendwaves pour l'envoi de nos e-mails. ",
        ] {
            let text = format!("{other}{american}");
            assert_eq!(categories(&text), vec![Category::UsEntity], "{text}");
        }
    }

    #[test]
    fn each_of_two_sentences_sharing_a_full_stop_is_a_finding() {
        let found = us_transfers(
            "We transfer your data to the US.\n\nYour data may be transferred \
             to the United States with your consent.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[1].starts_with("Your data may be"), "{found:?}");
    }

    /// A customer's questions quoted in a reply ("> 4. Is any data
    /// accessed from the United States?") are each a sentence: a question,
    /// which asserts no transfer.
    #[test]
    fn quoted_questions_are_sentences_of_their_own() {
        let found = us_transfers(
            "Thank you for your questions.\n\n\
             > 1. Where is the HR Suite hosted?\n\
             > 2. Is any data accessed from the United States (support, monitoring)?\n\
             > 3. Which law governs the DPA?\n>\n> Kind regards,\n> Anneke Vos\n",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_arbitrations_place_survives_a_longer_overlapping_match() {
        let found = the_one(
            "Tout différend sera tranché définitivement par voie d'arbitrage à New York, \
             conformément au règlement d'arbitrage de la CCI.",
            Category::GoverningLaw,
        );
        assert_eq!(found.attributes["venue"], serde_json::json!("US-NY"));
        assert!(found.text.contains("CCI"), "{}", found.text);
    }

    /// An "Inc." that the document places in the Philippines, Canada ...
    /// elsewhere; not one placed in the United States, nor a name that
    /// only recurs.
    #[test]
    fn an_inc_placed_abroad_elsewhere_in_the_document() {
        let text = "importer: luzon support partners, inc\n\n| importer | luzon support partners, inc. (processor), 8th avenue, taguig, manila, philippines |";
        assert!(inc_placed_abroad(
            text,
            "importer: luzon support partners, inc"
        ));
        let text = "importer: luzon support partners, inc\n\nluzon support partners, inc., 1 main street, austin, texas, with a team in manila, philippines";
        assert!(!inc_placed_abroad(
            text,
            "importer: luzon support partners, inc"
        ));
        let text = "importer: luzon support partners, inc\n\nluzon support partners, inc. answers calls in english.";
        assert!(!inc_placed_abroad(
            text,
            "importer: luzon support partners, inc"
        ));
    }

    /// The rest of a footnote's paragraph ends at a blank line or at the
    /// next note.
    #[test]
    fn a_paragraphs_rest_stops_at_a_blank_line_or_the_next_note() {
        let text = "1 X, Inc. is a Delaware corporation. It is the supplier.\n2 Y Ltd. is English.";
        let from = text.find(" It").unwrap();
        assert_eq!(paragraph_rest(text, from), " It is the supplier.");
        let text = "[^1]: X, Inc. is a Delaware corporation. It is the\nsupplier.\n\nNext.";
        let from = text.find(" It").unwrap();
        assert_eq!(paragraph_rest(text, from), " It is the\nsupplier.");
        let text = "[^1]: X. Note.\n[^2]: Other.";
        assert_eq!(paragraph_rest(text, text.find(" Note").unwrap()), " Note.");
        assert_eq!(paragraph_rest(text, text.len()), "");
    }

    /// A transfer that ends on the party keeps it when it sends the data
    /// to the party or the party hosts it; not when it only names it.
    #[test]
    fn a_transfer_to_or_hosted_by_the_party_is_kept() {
        let text = "the hr system operated by our us headquarters in chicago";
        let party = text.find("our us").unwrap();
        assert!(sent_to_party(text, 0, party));
        let text = "donnees hebergees par notre siege a boston";
        assert!(sent_to_party(text, 0, text.find("notre").unwrap()));
        let text = "se transferiran a nuestra sede central en los estados unidos";
        assert!(sent_to_party(text, 0, text.find("nuestra").unwrap()));
        let text = "hosting agreement is entered into by acme inc, a nevada corporation";
        assert!(!sent_to_party(text, 0, text.find("acme").unwrap()));
        let text = "hosting agreement is entered into by and between acme inc";
        assert!(!sent_to_party(text, 0, text.find("between").unwrap()));
    }

    #[test]
    fn a_state_group_of_another_branch_gives_the_state() {
        for (text, state) in [
            (
                "Acme Analytics, Inc., a corporation registered with the Delaware Secretary of State.",
                "US-DE",
            ),
            (
                "Die Dienste erbringt die Quillon Technologies, Inc., eine nach kalifornischem Recht gegründete Gesellschaft.",
                "US-CA",
            ),
        ] {
            let entity = the_one(text, Category::UsEntity);
            assert_eq!(
                entity.attributes.get("state"),
                Some(&serde_json::json!(state)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_party_keeps_the_state_a_shorter_overlapping_match_names() {
        let entity = the_one(
            "Provider: Halvorsen Dataworks, Inc., a Delaware corporation, \
             410 Varick Street, New York, NY 10014, USA.",
            Category::UsEntity,
        );
        assert_eq!(
            entity.attributes.get("state"),
            Some(&serde_json::json!("US-DE"))
        );
        assert_eq!(
            entity.attributes.get("party"),
            Some(&serde_json::json!(true))
        );
    }

    #[test]
    fn a_findings_text_ends_before_a_guards_extra_character() {
        // The guard took the first letter of the next word.
        let tail = "transférées aux États-Unis s";
        assert_eq!(
            tidy_tail(tail, "ur la base"),
            "transférées aux États-Unis".len()
        );
        // A one-letter word after the clause ("and" in Italian, Spanish).
        assert_eq!(
            tidy_tail("negli Stati Uniti e", " a"),
            "negli Stati Uniti".len()
        );
        // Not a capital letter or a digit of its own.
        assert_eq!(tidy_tail("see Annex B", " for"), "see Annex B".len());
        assert_eq!(tidy_tail("(Module 2", ")"), "(Module 2".len());
        assert_eq!(
            tidy_tail("Privacy Shield,", " which"),
            "Privacy Shield".len()
        );
        assert_eq!(
            tidy_tail("the\nUnited States, \n", "and"),
            "the\nUnited States".len()
        );
        assert_eq!(tidy_tail(",", " x"), 1);
        assert_eq!(tidy_tail("CLOUD Act", ""), "CLOUD Act".len());
    }

    #[test]
    fn sentence_is_bounded_by_periods_not_abbreviations() {
        let t = "First sentence. We comply with the EU-U.S. Privacy Shield. Next one.";
        let m = t.find("Privacy").unwrap();
        let (s, e) = sentence_bounds(t, m, m + 7, 200);
        assert_eq!(&t[s..e], "We comply with the EU-U.S. Privacy Shield.");
        // A German clause's number starts a sentence too; "vgl. §" does not.
        let t = "Diktate werden nicht verwendet.\n§ 7 Herausgabe\nWir geben Daten heraus.";
        let m = t.find("Herausgabe").unwrap();
        let (s, _) = sentence_bounds(t, m, m + 10, 200);
        assert!(t[s..].starts_with("§ 7"), "{}", &t[s..]);
        let t = "Es gilt das Gesetz, vgl. § 26 BDSG.";
        let m = t.find("BDSG").unwrap();
        assert_eq!(sentence_bounds(t, m, m + 4, 200).0, 0);
    }

    #[test]
    fn a_twice_wrapped_line_is_not_a_heading() {
        let t = "de Cloud souverain. Ni Alvea ni son hébergeur ne sont\nsoumis au\nCloud Act, \
                 ni à la section 702 du FISA.";
        let m = t.find("Cloud Act").unwrap();
        let (s, _) = sentence_bounds(t, m, m + 9, 200);
        assert!(t[s..].starts_with("Ni Alvea"), "{}", &t[s..]);
        let t = "en niet onder\nde\nAmerikaanse CLOUD Act valt.";
        let m = t.find("CLOUD").unwrap();
        let (s, _) = sentence_bounds(t, m, m + 5, 200);
        assert_eq!(s, 0);
        // A heading still ends where it ends.
        for t in [
            "The provider hosts data in Paris.\nGoverning law\nThese Terms are governed by French law.",
            "The provider hosts data in Paris.\nAnnex A\nThese Terms are governed by French law.",
        ] {
            let m = t.find("These").unwrap();
            let (s, _) = sentence_bounds(t, m, m + 5, 200);
            assert_eq!(&t[s..m + 5], "These");
        }
    }

    #[test]
    fn a_short_first_line_that_runs_on_is_not_a_heading() {
        let t = "Solo atendemos requerimientos de autoridades judiciales o policiales\nespañolas o de la UE.";
        assert_eq!(heading_end(t, t.find("requerimientos").unwrap()), None);
        let t = "Government requests\nWe may disclose data to the police.";
        assert_eq!(heading_end(t, 0), Some(t.find('\n').unwrap()));
        // A table row is no heading.
        let t = "Contractuelle | Contestation des demandes |\n\nPublication.";
        assert_eq!(heading_end(t, 0), None);
        // A long line with text right below it is a wrapped paragraph's,
        // even when the next line starts with a German noun.
        let t = "\n11.1 Verlangen Strafverfolgungsbehörden, Gerichte oder sonstige staatliche\nStellen vom Auftragsverarbeiter die Herausgabe von Auftragsdaten, so ...";
        assert_eq!(heading_end(t, t.find("Verlangen").unwrap()), None);
        let t = "\n11. Ersuchen Dritter und von Behörden\nVerlangen Strafverfolgungsbehörden die Herausgabe, so ...";
        assert!(heading_end(t, t.find("Behörden").unwrap()).is_some());
    }

    /// A short line ending on a determiner ("keine", "aucun", "geen")
    /// before a capitalized German noun runs on.
    #[test]
    fn a_line_ending_on_a_determiner_runs_on() {
        let t = "Framework und setzt keine\nUnterauftragsbearbeiter mit Sitz in den USA ein.";
        let m = t.find("USA").unwrap();
        let (s, _) = sentence_bounds(t, m, m + 3, 300);
        assert_eq!(s, 0, "{}", &t[s..]);
    }

    #[test]
    fn a_rule_of_underscores_and_a_footnote_mark_start_a_sentence() {
        let t = "devant les juridictions non contestées de\nBruxelles.\n______________________\n\u{b9} Les copies sont répliquées à Hillsboro (Oregon).";
        let m = t.find("Hillsboro").unwrap();
        let (s, _) = sentence_bounds(t, m, m + 9, 300);
        assert!(t[s..].starts_with('\u{b9}'), "{}", &t[s..]);
    }

    #[test]
    fn a_german_date_does_not_end_the_sentence() {
        let t = "Einleitung. Bis zum 16. Juli 2020 erfolgte die Übermittlung auf Grundlage des \
                 Privacy Shield. Seit 2. 3. gilt nichts. Wir haben 16. Das ist alles.";
        let m = t.find("Privacy").unwrap();
        let (s, e) = sentence_bounds(t, m, m + 7, 200);
        assert_eq!(
            &t[s..e],
            "Bis zum 16. Juli 2020 erfolgte die Übermittlung auf Grundlage des Privacy Shield."
        );
        // A number that is not a day before a month still ends one.
        let m = t.find("Das").unwrap();
        let (s, _) = sentence_bounds(t, m, m + 3, 200);
        assert_eq!(&t[s..m + 3], "Das");
    }

    #[test]
    fn a_match_ending_on_the_full_stop_keeps_its_sentence() {
        let t = "Certificado conforme al Marco de Privacidad de Datos UE-EE. UU. \
                 Anteriormente nos acogíamos al Escudo de Privacidad.";
        let m = t.find("Marco").unwrap();
        let end = t.find("UU.").unwrap() + 3;
        let (s, e) = sentence_bounds(t, m, end, 200);
        assert_eq!(
            &t[s..e],
            "Certificado conforme al Marco de Privacidad de Datos UE-EE. UU."
        );
    }

    #[test]
    fn rows_of_a_version_history() {
        let text = "## Versionshistorie\n\n| Version | Datum | Änderungen |\n|---|---|---|\n| 1.0 | 2016 | Newsletter über Acme Inc. (USA); Privacy Shield |\n";
        let at = text.find("Acme").unwrap();
        assert!(in_version_history(
            text,
            at,
            "| 1.0 | 2016 | newsletter uber acme inc. (usa); privacy shield |"
        ));
        // The same row without the header: a table like any other.
        let bare = &text[text.find("| 1.0").unwrap()..];
        let at = bare.find("Acme").unwrap();
        assert!(!in_version_history(
            bare,
            at,
            "| 1.0 | 2016 | newsletter uber acme inc. (usa) |"
        ));
        // A cell that names a change history as a kind of data is no
        // heading.
        let text = "| Categorie di dati | nome, e-mail, cronologia delle modifiche ai modelli |\n\n| Northwind Inc. | Rendering | Hillsboro, OR |\n";
        let at = text.find("Northwind").unwrap();
        assert!(!in_version_history(
            text,
            at,
            "| northwind inc. | rendering | hillsboro, or |"
        ));
        // A version box, then the text: its sentences are not table rows.
        let text = "| Version | Date |\n|---|---|\n| 3.0 | 2024 |\n\n1. We transfer your data to the United States.";
        let at = text.find("We transfer").unwrap();
        assert!(!in_version_history(
            text,
            at,
            "1. we transfer your data to the united states."
        ));
    }

    #[test]
    fn a_reference_customers_row_is_no_recipient() {
        let text = "# ANNEXE 5 — RÉFÉRENCES CLIENTS\n\n| Référence | Secteur |\n|---|---|\n| Acme Inc. (Atlanta, États-Unis) | Logistique |";
        let at = text.find("Inc. (Atlanta").unwrap();
        let row = "| acme inc. (atlanta, etats-unis) | logistique |";
        assert!(in_table_under(text, at, row, &REFERENCES));
        // A sub-processor list's row is not one.
        let subs = "# Annexe 3 — Sous-traitants ultérieurs\n\n| Acme Inc. (Atlanta, États-Unis) | Hébergement |";
        let at = subs.find("Inc. (Atlanta").unwrap();
        assert!(!in_table_under(subs, at, row, &REFERENCES));
    }

    #[test]
    fn a_table_under_a_later_heading_is_not_the_version_historys() {
        let text = "ALLEGATO E — STORICO DELLE VERSIONI\nVersione | Data | Modifiche |\n\n1.0 18/09/2019 | Prima sottoscrizione |\n\nALLEGATO F — ELENCO DEI SUB-RESPONSABILI\n\nSub-responsabile | Attività | Sede |\n\nNorvane Mail \nInc. | Invio di e-mail | San Jose, California |";
        let at = text.find("San Jose").unwrap();
        let row = "inc. | invio di e-mail | san jose, california |";
        assert!(!in_version_history(text, at, row));
        // The history's own rows, a wrapped cell's line among them, are.
        let history = "Versionshistorie\n\nVersion | Datum | Änderung |\n2.0 | 2021 | Neue Subunternehmer: Norvane \nMail Inc. | San Jose, California |";
        let at = history.find("San Jose").unwrap();
        assert!(in_version_history(
            history,
            at,
            "mail inc. | san jose, california |"
        ));
        // A heading that runs on to a second line of capitals is one heading.
        let refs = "ANNEXE 5 — RÉFÉRENCES CLIENTS (EXTRAIT DE LA\nRÉPONSE À L'APPEL D'OFFRES)\n\nRéférence | Secteur |\n\nBrightwater \nLogistics Inc. (Atlanta, États-Unis) | Logistique |";
        let at = refs.find("Inc. (Atlanta").unwrap();
        assert!(in_table_under(
            refs,
            at,
            "logistics inc. (atlanta, etats-unis) | logistique |",
            &REFERENCES
        ));
    }

    #[test]
    fn a_glossary_table_row_is_a_definition() {
        let text = "## 5. Glossary\n\n| Term | Meaning |\n|---|---|\n| Subpoena | an order of a US court to produce documents |";
        let at = text.find("an order").unwrap();
        let row = "| subpoena | an order of a us court to produce documents |";
        assert!(in_table_under(text, at, row, &GLOSSARY));
        // The same row without a glossary above it: a table like any other.
        let bare = &text[text.find("| Term").unwrap()..];
        let at = bare.find("an order").unwrap();
        assert!(!in_table_under(bare, at, row, &GLOSSARY));
        // A glossary's own sentences are not table rows.
        let prose = "Glossary. A subpoena is an order of a US court.";
        assert!(!in_table_under(
            prose,
            prose.find("an order").unwrap(),
            "a subpoena is an order of a us court.",
            &GLOSSARY
        ));
    }

    /// An office document's table row (cells parted by tabs) ends at its
    /// line break, whatever the next row starts with.
    #[test]
    fn a_table_row_of_an_office_document_is_a_sentence() {
        let text = "GOV-01\tCould Acme be compelled?\tPossibly: see 50 U.S.C. § 1881(b)(4).\ngov-02\tDo you notify customers?\tYes";
        let at = text.find("1881").unwrap();
        let (s, e) = sentence_bounds(text, at, at + 4, 400);
        assert_eq!(&text[s..e], "Possibly: see 50 U.S.C. § 1881(b)(4).");
    }

    #[test]
    fn abbreviations_of_the_other_languages_do_not_end_a_sentence() {
        for (text, word) in [
            (
                "Il fornitore è soggetto a normative straniere (es. FISA, CLOUD Act)?",
                "CLOUD",
            ),
            (
                "Datos de contacto, p. ej. Nombre y correo, se envían a EE. UU.",
                "correo",
            ),
            (
                "Die Daten (bzw. Kopien davon) werden in den USA gespeichert.",
                "Kopien",
            ),
        ] {
            let at = text.find(word).unwrap();
            let (s, e) = sentence_bounds(text, at, at + word.len(), 400);
            assert_eq!(&text[s..e], text, "{text}");
        }
        // "es" ends a German sentence: still a boundary there.
        let text = "Das ist es. Die Daten bleiben in der EU.";
        let at = text.find("Daten").unwrap();
        let (s, _) = sentence_bounds(text, at, at + 5, 400);
        assert_eq!(&text[s..s + 3], "Die");
    }

    #[test]
    fn a_regulators_inspection_needs_records_nearby() {
        let engine = Engine::new(RuleSet::bundled().unwrap());
        let access = |t: &str| {
            engine
                .analyze(t, &[], 200)
                .iter()
                .any(|f| f.category == Category::GovernmentAccess)
        };
        assert!(access(
            "Inspectors of the Health Products Regulatory Authority may look at your medical records."
        ));
        assert!(!access(
            "Supplier shall permit the inspection of its manufacturing facility by any regulatory authority."
        ));
    }

    /// A team in a US city is a transfer only where access, remote work or
    /// support is spoken of, in its sentence or the next two.
    #[test]
    fn a_team_in_a_us_place_needs_access_nearby() {
        let f = the_one(
            "De engineers bevinden zich in Ierland, Canada of de Verenigde Staten. Zij krijgen op afstand toegang tot de gegevens.",
            Category::UsTransfer,
        );
        assert_eq!(f.rule, "us_transfer.any.team_in_us_place");
        let engine = Engine::new(RuleSet::bundled().unwrap());
        for text in [
            "De engineers bevinden zich in Ierland, Canada of de Verenigde Staten. Zij organiseren beurzen.",
            // access denied is not access spoken of
            "Our staff in the Boston office serve American clients and have no access to EU environments.",
            "Die Mitarbeiter in Austin, Texas, haben keinen Fernzugriff auf die Systeme.",
        ] {
            let found = engine.analyze(text, &[], 200);
            assert!(
                found.iter().all(|f| f.category != Category::UsTransfer),
                "{found:?}"
            );
        }
    }

    #[test]
    fn access_denied_is_not_access_spoken_of() {
        assert!(speaks_of_access("they have remote access to the servers"));
        // receiving the data is reaching it too
        assert!(speaks_of_access(
            "que recibe extracciones seudonimizadas de los datos"
        ));
        assert!(speaks_of_access(
            "the team receives weekly copies of the meter data"
        ));
        assert!(!speaks_of_access("the team receives complaints by post"));
        assert!(!speaks_of_access("they have no access to the servers"));
        assert!(!speaks_of_access("sans aucun acces aux donnees"));
        assert!(!speaks_of_access("zij hebben geen toegang op afstand"));
        // German and Dutch compounds: read or write access, read access
        assert!(speaks_of_access(
            "die ingenieure erhalten dafur lesezugriff auf den projektordner"
        ));
        assert!(speaks_of_access(
            "het team krijgt leestoegang tot de tickets"
        ));
        assert!(!speaks_of_access("sie erhalten keinen schreibzugriff"));
        // one denied, another not
        assert!(speaks_of_access(
            "no access to production; they provide support by phone"
        ));
        // access to the data denied beside a weaker word
        assert!(!speaks_of_access(
            "our engineers provide support without access to customer data"
        ));
        // access from the United States denied beside a weaker word
        assert!(!speaks_of_access(
            "le support est assure depuis la france, sans acces depuis les etats-unis"
        ));
        assert!(speaks_of_access(
            "le support est assure depuis la france, avec acces depuis les etats-unis"
        ));
        assert!(!speaks_of_access(
            "les ingenieurs assurent le support sans acces aux donnees des clients"
        ));
    }

    #[test]
    fn a_us_column_whose_cells_all_say_no_is_answered() {
        // (The second row lost a border, as a PDF's may: its cells are
        // counted from its end. The table ends at the line without one.)
        let table = "| Flux | Hors UE | USA |\n|---|---|---|\n| F-1 | Non | Non |\n\n| F-2 Service paie Non | Non |\nPage 1\n| F-3 | Oui | Oui |";
        let first = &table[..table.find('\n').unwrap()];
        assert!(column_all_no(table, first, 3, '|'));
        let yes = "| Flux | USA |\n|---|---|\n| F-1 | Non |\n| F-2 | Oui |";
        assert!(!column_all_no(yes, &yes[..yes.find('\n').unwrap()], 1, '|'));
        // A header repeated on the next page is passed over.
        let paged = "| Nr | USA | VVT |\n| 1 | nein | 04 |\n\n| Nr | USA | VVT Westerstede |\n| 2 | nein | 05 |";
        assert!(column_all_no(
            paged,
            &paged[..paged.find('\n').unwrap()],
            2,
            '|'
        ));
        for h in ["usa", "vs", "etats-unis", "stati uniti", "usa ?"] {
            assert!(US_COLUMN.is_match(h), "{h}");
        }
        assert!(!US_COLUMN.is_match("usa (hosting)"));
    }

    #[test]
    fn a_list_item_knows_its_lead_in() {
        let text = "4.2 Sont en particulier interdits pour tout usage professionnel :\n\n- les messageries grand public ;\n- tout service dont les serveurs sont aux États-Unis.\n";
        let at = text.find("tout service").unwrap();
        assert_eq!(
            list_lead_in(text, at),
            Some("4.2 Sont en particulier interdits pour tout usage professionnel :")
        );
        // An office document's list, its bullets lost.
        let docx = "Sont interdits :\nles messageries grand public ;\ntout service hébergé aux États-Unis.\n";
        assert!(list_lead_in(docx, docx.find("tout").unwrap()).is_some());
        // A paragraph, not a list.
        let prose = "Nos prestataires :\nAcme gère la paie.\nNimbus Inc. héberge les données aux États-Unis.";
        assert_eq!(list_lead_in(prose, prose.find("Nimbus").unwrap()), None);
    }

    #[test]
    fn a_history_of_bases_and_rejected_options_are_found() {
        assert!(BASIS_HISTORY.is_match("## 4. Storico della base giuridica del trasferimento"));
        assert!(BASIS_HISTORY.is_match("Transfer basis history"));
        assert!(!BASIS_HISTORY.is_match("Version history"));
        for h in [
            "## 3. Solutions écartées",
            "| Vendor evaluation | Product type | Reason not engaged |",
            "## 4. Vendors assessed and not engaged",
            "| Nr. | Software | Grund der Sperrung | Status |",
            "Alternativas descartadas",
        ] {
            assert!(REJECTED_OPTIONS.is_match(h), "{h}");
        }
        assert!(!REJECTED_OPTIONS.is_match("Personal data is not retained longer than needed."));
        let t = "| a | b |\n| c | d |\n\nText";
        assert!(row_follows(t, 2));
        assert!(!row_follows(t, t.find("| c").unwrap()));
    }

    #[test]
    fn next_sentences_stop_after_n() {
        let text =
            "The CLOUD Act reaches US providers. Acme is not one. It has no US parent. Other text.";
        let end = text.find(" providers").unwrap();
        assert_eq!(next_sentences(text, end, 1), " providers.");
        assert_eq!(next_sentences(text, end, 2), " providers. Acme is not one.");
        assert_eq!(
            next_sentences(text, end, 3),
            " providers. Acme is not one. It has no US parent."
        );
        assert_eq!(next_sentences(text, text.len(), 2), "");
    }

    #[test]
    fn sentence_respects_context_width() {
        let t = "a".repeat(50) + " Privacy " + &"b".repeat(50);
        let (s, e) = sentence_bounds(&t, 51, 58, 10);
        assert_eq!(&t[s..e], "aaaaaaaaa Privacy bbbbbbbbb");
    }

    #[test]
    fn lines_and_pages() {
        let t = "p1 l1\np1 l2\x0cp2 l1\np2 l2";
        let pages = [0, t.find('\x0c').unwrap() + 1];
        let idx = LineIndex::new(t, &pages);
        assert_eq!(idx.locate(0), (Some(1), 1));
        assert_eq!(idx.locate(7), (Some(1), 2));
        assert_eq!(idx.locate(pages[1]), (Some(2), 1));
        assert_eq!(idx.locate(t.rfind("l2").unwrap()), (Some(2), 2));
        let idx = LineIndex::new(t, &[]);
        assert_eq!(idx.locate(t.rfind("l2").unwrap()), (None, 3));
    }

    /// A register's cell holds a country code whose meaning its column's
    /// header gives (tests/blind124): the law chosen, a provider's head
    /// office; a parent's country is no transfer.
    #[test]
    fn register_columns_give_codes_their_meaning() {
        let engine = crate::Engine::new(crate::RuleSet::bundled().unwrap());
        let found = |text: &str, category: Category| -> Vec<Finding> {
            engine
                .analyze(text, &[], 200)
                .into_iter()
                .filter(|f| f.category == category)
                .collect()
        };
        let register = "| Ref. | Ley aplicable (país) | País de almacenamiento de datos |\n|---|---|---|\n| CA-1 | IE | IE; NL |\n| CA-2 | US | NL |\n";
        let laws: Vec<_> = found(register, Category::GoverningLaw)
            .iter()
            .map(|f| f.attributes["law"].clone())
            .collect();
        assert_eq!(laws, vec![serde_json::json!("IE"), serde_json::json!("US")]);
        assert!(found(register, Category::UsTransfer).is_empty());
        // The same codes under another column are no law.
        let fees = "| Ref. | Devise | Pays |\n|---|---|---|\n| CA-1 | EUR | IE |\n";
        assert!(found(fees, Category::GoverningLaw).is_empty());
        let providers = "| LEI | Naam | Land van hoofdkantoor | Land van uiteindelijke moedermaatschappij |\n|---|---|---|---|\n| 254900 | Harborline Payments | US | US |\n| 724500 | Polder Hosting B.V. | NL | US |\n";
        assert_eq!(found(providers, Category::UsEntity).len(), 1);
        assert!(found(providers, Category::UsTransfer).is_empty());
    }
}
