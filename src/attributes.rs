//! What a clause says, beyond the fact that it matched: the Privacy Shield
//! stance, the SCC version, the jurisdiction codes of a governing-law
//! clause. Everything here reads normalized text (lower case, no accents).
//!
//! Attributes a rule sets in its pack (e.g. `kind = "cloud_act"`) win over
//! what is inferred here.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::gate::Regex;
use serde_json::{Value, json};

use crate::negation;
use crate::rules::{Category, Gazetteer};

/// Fill `attrs` for a finding of `category`. `matched` is the normalized
/// matched text, `sentence` the normalized sentence around it, `groups` the
/// named capture groups of the rule's regex.
pub fn describe(
    category: Category,
    matched: &str,
    sentence: &str,
    groups: &[(&str, &str)],
    gazetteer: &Gazetteer,
    attrs: &mut BTreeMap<String, Value>,
) {
    let _gate = crate::gate::Sentence::enter(sentence);
    match category {
        Category::PrivacyShield => {
            let fws = frameworks(matched, sentence);
            attrs
                .entry("framework".into())
                .or_insert_with(|| json!(fws[0]));
            attrs
                .entry("frameworks".into())
                .or_insert_with(|| json!(fws));
            attrs
                .entry("stance".into())
                .or_insert_with(|| json!(stance(sentence)));
        }
        Category::Dpf => {
            let mut parts = vec!["eu_us"];
            if UK_EXT.is_match(sentence) {
                parts.push("uk_extension");
            }
            if SWISS.is_match(matched) || SWISS.is_match(sentence) {
                parts.push("swiss_us");
            }
            attrs
                .entry("frameworks".into())
                .or_insert_with(|| json!(parts));
            attrs
                .entry("stance".into())
                .or_insert_with(|| json!(stance(sentence)));
        }
        Category::Scc => {
            let version = scc_version(matched, sentence);
            attrs
                .entry("version".into())
                .or_insert_with(|| json!(version));
            let modules = scc_modules(sentence);
            if !modules.is_empty() {
                attrs
                    .entry("modules".into())
                    .or_insert_with(|| json!(modules));
            }
            if let Some(uk) = scc_uk(matched, sentence) {
                attrs.entry("uk".into()).or_insert_with(|| json!(uk));
            }
        }
        Category::GoverningLaw => {
            let mut any_us = false;
            let mut any_code = false;
            for (name, text) in groups {
                let Some(key) = place_key(name) else {
                    continue;
                };
                // (A group named `*_iso` holds a country's ISO code: "| IE |".)
                // (`*_postal`, a US state's postal abbreviation, "wa", or its
                // name before a ZIP code.)
                let code = if name.ends_with("_iso") {
                    gazetteer.country_code(text)
                } else if name.ends_with("_postal") {
                    crate::definitions::us_state_of_address(gazetteer, text)
                } else {
                    gazetteer.code(text)
                };
                // French "Géorgie" is the country and the US state: "l'État
                // de Géorgie", a state named as such, or one followed by the
                // United States, is the US state.
                let code = match code {
                    Some("GE") if georgia_the_state(matched, text) => Some("US-GA"),
                    code => code,
                };
                if let Some(code) = code {
                    any_code = true;
                    any_us |= code == "US" || code.starts_with("US-");
                    push_unique(attrs, key, code);
                    // England and Wales are one legal jurisdiction but two
                    // ISO 3166-2 codes: "England and Wales" names both.
                    if code == "GB-ENG"
                        && ["wales", "galles", "gales"]
                            .iter()
                            .any(|w| text.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w))
                    {
                        push_unique(attrs, key, "GB-WLS");
                    }
                }
            }
            // "determined in accordance with the patent laws of the United
            // States of America and, ..., the laws of the State of
            // California": federal law chosen beside the state's.
            if attrs.contains_key("law") && US_FEDERAL_LAW.is_match(matched) {
                push_unique(attrs, "law", "US");
                attrs.insert("federal".into(), json!(true));
                any_us = true;
            }
            let arb = arbitration(sentence);
            if !arb.is_empty() {
                attrs
                    .entry("arbitration".into())
                    .or_insert_with(|| json!(arb));
                any_us |= arb.iter().any(|a| matches!(*a, "JAMS" | "AAA" | "ICDR"));
            }
            // A law the rule itself sets (a US state's choice-of-law statute
            // cited: `law = "US-NY"`) is US law too.
            let fixed_us = ["law", "venue"].iter().any(|k| match attrs.get(*k) {
                Some(serde_json::Value::String(c)) => c == "US" || c.starts_with("US-"),
                Some(serde_json::Value::Array(cs)) => cs
                    .iter()
                    .filter_map(|c| c.as_str())
                    .any(|c| c == "US" || c.starts_with("US-")),
                _ => false,
            });
            any_us |= fixed_us;
            if any_code || fixed_us || !arb.is_empty() || !attrs.contains_key("us") {
                attrs.entry("us".into()).or_insert_with(|| json!(any_us));
            }
        }
        Category::UsEntity => {
            for (name, text) in groups {
                if is_state_group(name)
                    && let Some(code) = gazetteer.code(text)
                {
                    attrs.entry("state".into()).or_insert_with(|| json!(code));
                }
            }
            // No state named but a US postal address ("120 Broad Street,
            // New York, NY 10005"): the state of the company's office.
            if !attrs.contains_key("state")
                && let Some(code) = postal_state(matched, gazetteer)
            {
                attrs.insert("state".into(), json!(code));
            }
        }
        Category::GovernmentAccess | Category::UsTransfer => {}
    }
}

/// A condition on the counterparty's own form ("Qualora lo Sviluppatore sia
/// una società costituita negli Stati Uniti (ad esempio una LLC del
/// Delaware), dovrà ... il modulo W-9", "If the Seller is a US
/// corporation"): what a customer may be, not who the party is.
static IF_THE_COUNTERPARTY_IS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:if|where|should|in\ case|qualora|se|ove|laddove|si|lorsque|wenn|falls|sofern|cuando|en\ caso\ de\ que|si|als|indien|wanneer)\ (?:the\ |lo\ |il\ |la\ |le\ |l'|der\ |die\ |el\ |de\ |het\ )?(?:developer|seller|customer|client|user|licensee|merchant|buyer|partner|sviluppatore|venditore|cliente|utente|acquirente|developpeur|vendeur|utilisateur|acheteur|marchand|entwickler|verkaufer|kunde|nutzer|kaufer|handler|desarrollador|vendedor|usuario|comprador|ontwikkelaar|verkoper|klant|gebruiker|koper)\ (?:is|sia|est|ist|sea|es|e|be|a)\b[^.;]{0,60}$").unwrap()
});

/// The state of the first US postal address in `text` (", NY 10005").
fn postal_state<'g>(text: &str, gazetteer: &'g Gazetteer) -> Option<&'g str> {
    static POSTAL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r",\ ([a-z]{2})\ [0-9]{5}(?:-[0-9]{4})?\b").unwrap());
    gazetteer.us_state_of_postal(POSTAL.captures(text)?.get(1)?.as_str())
}

// The regexes below read normalized text, where the letters of the six
// languages are ASCII: their words are `(?-u:\w)`, ASCII word characters.
// A Unicode `\w` compiles to an automaton some hundred times larger; with
// it, compiling these regexes took about 10 ms of a scan's first document.

static NOT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?:is|are|am|be|being)\ not\ (?:(?-u:\w)+\ )?(?:subject|bound)\ to | \bnot\ subject\ to
        # a requirement not to be subject ('must not be subject to', 'ne doivent pas être soumis à', 'non devono essere soggetti')
        | \bnot\ be\ (?:(?-u:\w)+\ )?(?:subject|bound|exposed)\ to
        | ne\ (?:doit|doivent|peut|peuvent|devra|devront)\ (?:pas|en\ aucun\ cas)\ (?:etre|se\ trouver)\ (?:(?-u:\w)+\ )?(?:soumis|assujetti|expose)(?-u:\w)*
        | \b(?:darf|durfen|durfte|durften|soll|sollen|sollte|sollten)\ (?:(?-u:\w)+\ ){0,5}(?:nicht|keine[mnr]?|keinerlei)\ (?:(?-u:\w)+\ ){0,5}(?:unterliegen|unterworfen)
        | \bno\ (?:debe|deben|podra|podran|debera|deberan)\ (?:estar|quedar|encontrarse)\ (?:(?-u:\w)+\ )?(?:sujet|sometid|expuest)(?-u:\w)*
        | \bnon\ (?:deve|devono|dovra|dovranno|puo|possono)\ (?:essere|risultare)\ (?:(?-u:\w)+\ )?(?:soggett|sottopost|espost)(?-u:\w)*
        # 'ni él ni las entidades ... están sometidos a', 'ni lui ni ses sous-traitants ne sont soumis', 'né il fornitore né ... sono soggetti'
        | \bni\ [^.;]{0,120}?\bni\ [^.;]{0,120}?\b(?:esta|estan|es|son|se\ encuentra[n]?)\ (?:(?-u:\w)+\ )?(?:sujet|sometid)(?-u:\w)*
        | \bni\ [^.;]{0,120}?\bni\ [^.;]{0,120}?\bne\ (?:sont|est|seront|sera)\ (?:(?-u:\w)+\ )?(?:soumis|assujetti)(?-u:\w)*
        | \bne\ [^.;]{0,120}?\bne\ [^.;]{0,120}?\b(?:e|sono|sara|saranno)\ (?:(?-u:\w)+\ )?(?:soggett|sottopost)(?-u:\w)*
        | \bnoch\ [^.;]{0,150}?\bonderworpen\ (?:is|zijn)\b
        | \b(?:mag|mogen)\ (?:(?-u:\w)+\ ){0,4}niet\ (?:(?-u:\w)+\ ){0,2}(?:onderworpen|onder)\b | \bniet\ onderworpen\ (?:mag|mogen|zijn)\ aan
        | \b(?:has|have)\ never\ (?:received|been\ asked) | \bno\ (?:such\ )?requests?\ (?:has|have)\ (?:ever\ )?been
        # a ban on using a provider that is subject ('Le Titulaire ne peut recourir à un sous-traitant soumis à une législation ... telle que le CLOUD Act',
        # 'No podrán intervenir ... empresas sometidas a legislación de un tercer país', 'shall not engage any sub-processor that is subject to')
        | \bne\ (?:peut|peuvent|pourra|pourront|doit|doivent)\ (?:pas\ |en\ aucun\ cas\ )?(?:recourir|faire\ appel|avoir\ recours|utiliser|confier)\b[^.;]{0,120}?\b(?:soumis|assujetti|expose)
        | \bno\ (?:podra|podran|puede|pueden|debe|deben)\ (?:intervenir|participar|utilizar(?:se)?|usar(?:se)?|recurrir|contratar(?:se)?|subcontratar(?:se)?|emplear(?:se)?)\b[^.;]{0,150}?\b(?:sometid|sujet|expuest)
        | \bnon\ (?:puo|possono|potra|potranno|deve|devono)\ (?:essere\ )?(?:utilizzat|impiegat|coinvolt|ricorrere|avvaler|affidar|incaricat)(?-u:\w)*\b[^.;]{0,120}?\b(?:soggett|sottopost|espost)
        | \b(?:shall|must|may|will)\ not\ (?:use|engage|appoint|involve|subcontract\ to|rely\ on|employ)\b[^.;]{0,100}?\bsubject\ to
        | \bno\ (?:[a-z-]+\ ){0,3}(?:that\ is\ |which\ is\ )?subject\ to\b[^.;]{0,80}?\b(?:may|shall|must|can|will)\ (?:be\ )?(?:used|engaged|appointed|involved)
        | \b(?:darf|durfen|wird|werden)\ (?:(?-u:\w)+\ ){0,4}(?:keine[nmrs]?|nicht)\ (?:(?-u:\w)+,?\ ){0,6}(?:einsetzen|beauftragen|heranziehen|nutzen|verwenden|einschalten)\b[^.;]{0,80}?\b(?:unterliegen|unterliegt|unterworfen)
        | \b(?:mag|mogen)\ (?:(?-u:\w)+\ ){0,3}geen\ [^.;]{0,100}?\bonderworpen
        # ... and those subject excluded ('Suppliers subject to the CLOUD Act are excluded from the tender')
        | \b(?:subject\ to|soumis(?:es)?\ a|sometid[oa]s?\ a|soggett[ie]\ a|onderworpen\ aan|unterliegen)\b[^.;]{0,100}?\b(?:are|is|sont|est|quedan|quedara[n]?|seran?|sono|saranno|zijn|worden|sind|werden)\ (?:(?-u:\w)+\ )?(?:excluded|exclu|excluid|esclus|uitgesloten|ausgeschlossen)
        | n'(?:est|sont|etes|sommes)\ (?:donc\ )?pas\ (?:(?-u:\w)+\ )?(?:soumis|assujetti)(?-u:\w)* | ne\ (?:sont|est)\ (?:donc\ )?pas\ (?:soumis|assujetti)(?-u:\w)*
        | n'(?:a|avons|ont)\ jamais\ (?:recu|ete\ saisie?s?) | (?:haben|hat)\ (?:noch\ )?nie\ (?:eine\ )?(?:anfrage|ersuchen)
        | (?:no\ hemos|nunca\ hemos)\ recibido | non\ abbiamo\ mai\ ricevuto | (?:hebben|heeft)\ (?:nog\ )?nooit\ (?:een\ )?(?:verzoek|bevel)
        | (?:unterliegt|unterliegen)\ (?:(?-u:\w)+\ ){0,3}nicht | keine\ anwendung | nicht\ (?:dem|den|der)\ [^.;]{0,40}\ unterworfen | nie\ (?:eine\ )?anfrage
        | no\ (?:esta|estan|estamos)\ (?:(?-u:\w)+\ )?sujet(?-u:\w)* | no\ (?:le|les)\ (?:es|son)\ aplicable | nunca\ ha\ recibido
        | non\ (?:e|sono|siamo)\ (?:(?-u:\w)+\ )?(?:soggett|sottopost)(?-u:\w)* | non\ (?:si\ )?applica | non\ ha\ mai\ ricevuto
        | (?:is|zijn|valt|vallen)\ niet\ (?:(?-u:\w)+\ )?(?:onderworpen|onder) | nooit\ (?:een\ )?verzoek
        # out of the law's scope ('non rientrano nell'ambito di applicazione del CLOUD Act', '→ nicht betroffen')
        | \b(?:falls?|falling)\ outside | \b(?:outside|beyond)\ (?:the\ |its\ )?scope\ of | \bnot\ (?:within|in)\ (?:the\ )?scope
        # not enforceable against us ('le CLOUD Act ne nous est pas opposable')
        | \bne\ (?:nous|lui|leur|leur\ en)\ (?:est|sont|serait|seraient)\ pas\ opposables? | n'(?:est|sont)\ pas\ opposables?\ (?:a|au|aux)\b
        | n'(?:entre|entrent|entrons)\ pas\ dans\ (?:le|son|leur)\ champ | hors\ (?:du\ )?champ\ d'application
        | \bnicht\ betroffen | (?:fallt|fallen)\ nicht\ unter | ausserhalb\ des\ anwendungsbereich
        | no\ (?:entra|entran|entramos)\ en\ el\ ambito | fuera\ del\ ambito\ de\ aplicacion
        | non\ (?:rientra|rientrano|rientriamo)\ nell'ambito | al\ di\ fuori\ dell'ambito\ di\ applicazione
        | (?:valt|vallen)\ buiten\ (?:het\ toepassingsgebied|de\ reikwijdte)
        | \b(?:act|cloud|fisa|702|12333)\ (?:(?-u:\w)+\ ){0,4}(?:niet\ (?:(?-u:\w)+\ ){0,2}van\ toepassing | (?:does|do)\ not\ apply
          | ne\ (?:nous\ )?s'appliquen?t?\ pas | (?:n'est|ne\ sont)\ pas\ applicables? | nicht\ anwendbar
          | no\ (?:se\ |nos\ |le\ |les\ )*(?:aplica|es\ aplicable|resulta\ aplicable) | non\ (?:e|sono)\ applicabil[ei])",
    )
    .unwrap()
});

/// Whether `text` (normalized) says that someone is not subject to a law
/// or is outside its reach ("né esso né i propri sub-responsabili sono
/// soggetti alla Normativa di Sorveglianza Estera").
pub fn denies_subjection(text: &str) -> bool {
    NOT_SUBJECT.is_match(text)
}

/// A statement that a law just described does not reach the provider:
/// "Le normative citate non trovano pertanto applicazione", "tel n'est pas
/// le cas des deux sociétés", "elles n'entrent pas dans ce champ", "Dat is
/// bij Kanaalsoft niet het geval", "Iberocúmulo no está sujeta a dichas
/// normas" (a transfer impact assessment's conclusion, in the sentences
/// after the law's description).
static LAW_DOES_NOT_REACH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \bnot\ the\ case\b | \bdo(?:es)?\ not\ (?:apply|reach|fall\ within) | \bfalls?\ outside\ (?:its|their|the)\ scope
        | \bn'est\ pas\ le\ cas\b | \bn'(?:entre|entrent)\ pas\ dans\ (?:ce|le|son|leur)\ champ | \bne\ (?:s'applique|s'appliquent|releve|relevent)\ pas\b
        | \bn'est\ pas\ susceptible\ de\ s'appliquer
        | \bnicht\ der\ fall\b | \b(?:findet|finden)\ (?:daher\ |somit\ |folglich\ )?keine\ anwendung | \bnicht\ (?:erfasst|anwendbar)\b
        | \bno\ es\ el\ caso\b | \bno\ (?:le\ |les\ )?(?:resulta|resultan|son|es)\ (?:de\ )?aplicables?\b | \bno\ (?:se\ )?aplican?\b
        | \bnon\ e\ il\ caso\b | \bnon\ (?:trova|trovano)\ (?:pertanto\ |quindi\ |dunque\ )?applicazione | \bnon\ (?:si\ )?applicano\b | \bnon\ rientra(?:no)?\b
        | \bniet\ het\ geval\b | \bniet\ van\ toepassing\b
        # 'Eine solche Prüfung ist hier nicht geboten, weil weder Alpenwerk noch ihre Dienstleister US-Recht unterliegen', 'Die vragen spelen hier niet'
        | \bweder\b[^.;]{0,80}\bnoch\b[^.;]{0,80}\b(?:unterliegt|unterliegen|unterworfen)\b | \bhier\ nicht\ (?:geboten|erforderlich|einschlagig)\b
        | \bspelen\ hier\ niet\b | \bzijn\ hier\ niet\ aan\ de\ orde\b | \bdo\ not\ arise\ here\b | \bne\ se\ posent\ pas\b | \bno\ se\ plantean\b | \bnon\ si\ pongono\b
        | \b(?:is|are)\ not\ (?:(?-u:\w)+\ )?subject\ to | \bn'(?:est|sont)\ (?:donc\ )?pas\ (?:(?-u:\w)+\ )?(?:soumis|assujetti)(?-u:\w)*
        | \b(?:unterliegt|unterliegen)\ (?:(?-u:\w)+\ ){0,3}nicht\b | \bno\ (?:esta|estan)\ (?:(?-u:\w)+\ )?sujet(?-u:\w)*
        | \bnon\ (?:e|sono)\ (?:(?-u:\w)+\ )?(?:soggett|sottopost)(?-u:\w)* | \b(?:is|zijn|valt|vallen)\ (?:(?-u:\w)+\ )?niet\ (?:(?-u:\w)+\ )?(?:onderworpen|onder)\b",
    )
    .unwrap()
});

/// A condition, not a conclusion: "to the extent such laws do not apply".
static TO_THE_EXTENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:to the extent|insofar|if|where|unless|dans la mesure|si|soweit|sofern|falls|en la medida|nella misura|qualora|se|voor zover|indien)\b",
    )
    .unwrap()
});
/// The laws described before, named again: "le normative citate", "the
/// aforementioned laws", "ces lois", "dichas normas", "deze wetten".
static LAWS_NAMED_AGAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?:laws|statutes|lois|textes|legislations|gesetze|vorschriften|normas|leyes|normative|leggi|norme|wetten|regels)\ (?:(?-u:\w)+\ )?(?:cited|mentioned|above|described|ci-dessus|citees|mentionnees|precitees|genannten|vorgenannten|beschriebenen|citadas|mencionadas|descritas|citate|menzionate|descritte|genoemde|beschreven)\b
        | \b(?:the\ (?:above|aforementioned|above-mentioned)|these|such|ces|diese|dichas|estas|tali|queste|deze|die)\ (?:(?-u:\w)+\ )?(?:laws|statutes|lois|legislations|gesetze|vorschriften|normas|leyes|normative|leggi|norme|wetten|regels)\b
        # 'Le considerazioni di cui al punto D.1 non trovano applicazione'
        | \b(?:considerations|considerazioni|ausfuhrungen|erwagungen|consideraciones|overwegingen|analysis|analyse|analisi|analisis)\ (?:(?:di\ cui\ al|set\ out\ in|in|of|du|au|de\ la|unter|in\ de|van|del|de)\ )?(?:punto|point|section|paragraph|ziffer|abschnitt|apartado|paragrafo|punt|sectie|clause)\ [a-z0-9][a-z0-9.]*",
    )
    .unwrap()
});

/// A sentence that opens as a comparison ("3.3 Zum Vergleich: Bei einer
/// Auslagerung an einen Dienstleister in den Vereinigten Staaten wäre ...",
/// "Ter vergelijking: bij een Amerikaanse leverancier zou ..."): another
/// destination weighed, not this transfer.
static COMPARISON_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[0-9][0-9a-z.]*\ |[a-z]\)\ |[-*]\ )?(?:by\ way\ of\ comparison|for\ (?:the\ sake\ of\ )?comparison|by\ comparison|in\ comparison|a\ titre\ (?:de\ comparaison|comparatif)|par\ comparaison|en\ comparaison|zum\ vergleich|im\ vergleich|vergleichsweise|a\ modo\ de\ comparacion|a\ titulo\ comparativo|por\ comparacion|en\ comparacion|a\ titolo\ (?:di\ confronto|comparativo)|per\ confronto|a\ confronto|in\ confronto|ter\ vergelijking|ter\ vergelijk|in\ vergelijking)\b").unwrap()
});

/// The court's reasoning retold ("Volgens het Hof boden de Amerikaanse
/// regels ..., waaronder Section 702 FISA en Executive Order 12333,
/// onvoldoende waarborgen"): what Schrems II found, not a law that reaches
/// this document's data.
static COURT_REASONING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:according\ to\ the\ (?:court|cjeu|ecj)|the\ (?:court|cjeu|ecj)\ (?:found|held|considered|ruled|concluded|took\ the\ view)|selon\ la\ (?:cour|cjue)|la\ (?:cour|cjue)\ a\ (?:juge|estime|considere|conclu)|nach\ (?:ansicht|auffassung)\ des\ (?:gerichtshofs|eugh)|(?:der\ )?(?:eugh|gerichtshof)\ (?:befand|stellte\ fest|hielt|sah)|segun\ el\ (?:tribunal|tjue)|el\ (?:tribunal|tjue)\ (?:considero|declaro|estimo|concluyo)|secondo\ la\ (?:corte|cgue)|la\ (?:corte|cgue)\ ha\ (?:ritenuto|dichiarato|stabilito|concluso)|volgens\ het\ (?:hof|hvj)|het\ (?:hof|hvj)\ (?:oordeelde|vond|stelde|concludeerde))\b").unwrap()
});

/// The CLOUD Act's own formula, "whether such data is located within or
/// outside the United States", retold ("que ces données soient situées
/// [aux États-Unis] ou à l'étranger"): the reach of the law, not a place
/// of the data.
static WHETHER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:whether|regardless\ of\ whether|irrespective\ of\ whether|que\ (?:ces|les|ses|leurs|celles-ci|ceux-ci)|qu'(?:elles|ils)|unabhangig\ davon,?\ ob|ob\ (?:sie|diese|die\ daten)|independientemente\ de\ (?:que|si)|ya\ (?:sea|esten)|indipendentemente\ (?:dal\ fatto\ che|che)|sia\ che|ongeacht\ of|hetzij)\b[^.;]{0,80}$").unwrap()
});
static OR_ABROAD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-z-]{0,3}[\s,]*(?:or|ou|oder|o|of)\ (?:(?:a|en|in|im|all')\ ?)?(?:abroad|outside|elsewhere|l'etranger|ailleurs|hors\ de|ausland|anderswo|ausserhalb|el\ extranjero|fuera|estero|altrove|het\ buitenland|elders|daarbuiten)").unwrap()
});
/// A relative clause after the match that says it does not happen ("ne
/// régit que les transferts vers [les États-Unis], lesquels n'ont pas lieu
/// en l'espèce").
static NOT_TAKING_PLACE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s,]*(?:lesquels|lesquelles|lequel|laquelle|qui|which|die|welche|los\ cuales|las\ cuales|que|i\ quali|le\ quali|che)\ (?:(?:en\ l'espece|in\ this\ case|hier|here|in\ questo\ caso|en\ este\ caso)\ )?(?:n'(?:ont|a)\ pas\ lieu|ne\ (?:se\ )?(?:produisent|produit)\ pas|do(?:es)?\ not\ (?:take\ place|occur|happen)|never\ (?:take\ place|occur|happen)|(?:findet|finden)\ (?:hier\ )?nicht\ statt|no\ (?:tienen\ lugar|se\ producen|se\ realizan)|non\ (?:hanno\ luogo|avvengono|si\ verificano)|niet\ plaats(?:vinden|vindt)|(?:vinden|vindt)\ (?:hier\ )?niet\ plaats)").unwrap()
});
/// A US company named as the parent in the match itself ("Teselia
/// Holdings, Inc., [sociedad matriz constituida en Delaware]"): not the
/// party.
static PARENT_AT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:its|our|the|la|le|die|de|il|el|sa|su|seine|ihre|onze|hun)\ )?(?:sociedad\ matriz|casa\ matriz|societe\ mere|maison\ mere|parent\ (?:company|corporation|entity)|holding\ company|muttergesellschaft|konzernmutter|moedermaatschappij|moederbedrijf|moedervennootschap|capogruppo|societa\ (?:madre|controllante|dominante)|sociedad\ dominante|societe\ dominante|herrschende\ gesellschaft)\b").unwrap()
});
/// The company named as the one the contract is signed with ("se firma
/// con Veltrix Analytics, Inc., que es la sociedad matriz"): the party,
/// even when it is the group's parent.
static CONTRACT_WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:se\ )?firma(?:do|da)?\ con|signed\ with|entered\ into\ with|concluded\ with|conclue?\ avec|signee?\ avec|abgeschlossen\ mit|unterzeichnet\ mit|firmato\ con|stipulato\ con|gesloten\ met|getekend\ met|contracting\ (?:party|entity)|partie\ contractante|vertragspartner(?:in)?|parte\ (?:contratante|contraente)|contractpartij)\b").unwrap()
});
/// A US company said, after the match, to act as the processor of another
/// named company ("Sonora Voice Technologies, Inc. es una sociedad con
/// domicilio social en Portland; actúa como encargado del tratamiento de
/// Ruedalia"): a sub-processor, not the party. (Not the processor of the
/// customer, the controller or "you": a DPA's vendor.)
static PROCESSOR_OF_ANOTHER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.]{0,60}?[;,]\ (?:(?:and|y|et|und|e|en)\ )?(?:(?:it|elle|sie|esta|essa|zij)\ )?(?:acts?|actua|agit|handelt|agisce|opera|treedt\ op)\ (?:as|como|en\ qualite\ de|en\ tant\ que|als|in\ qualita\ di|come)\ (?:(?:a|an|the|data|un|una|le|el|il|de|der)\ )?(?:sub-?processor|processor|sous-traitant|encargado|subencargado|auftragsverarbeiter(?:in)?|unterauftragsverarbeiter(?:in)?|responsabile|sub-?responsabile|verwerker|subverwerker)(?:\ (?:del|dei|du|des)\ (?:tratamiento|trattamento|traitement))?\ (?:of|for|de|du|von|fur|di|del|della|van|voor)\ ").unwrap()
});
static CUSTOMER_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:the|le|la|el|il|de|des|der|its|son|seine[ns]?|su|suo|sua|zijn|haar)\ )?(?:customers?|clients?|controllers?|you|usted|vous|kunden|auftraggeber(?:in)?|clientes?|titolare|responsables?|verantwortlichen|klant(?:en)?|opdrachtgever|verwerkingsverantwoordelijke)\b").unwrap()
});
fn processor_of_another(after: &str) -> bool {
    PROCESSOR_OF_ANOTHER_AFTER
        .find(after)
        .is_some_and(|m| !CUSTOMER_FIRST.is_match(&after[m.end()..]))
}
/// A summons to attend as a witness ("a representative who receives a
/// witness summons ... from attending and giving evidence"): a person
/// called to testify, not data demanded.
static WITNESS_SUMMONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:witness\ summons|summons(?:ed)?\ to\ (?:attend|appear|testify)|citation\ comme\ temoin|ladung\ als\ zeuge|citacion\ como\ testigo|citazione\ (?:come\ )?testimon\w*|oproeping\ als\ getuige)\b").unwrap()
});
/// Attending or giving evidence, what a witness summons asks of a person.
static ATTEND_AS_WITNESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:attend\w*|appear\w*|giving\ evidence|give\ evidence|testify\w*|testimony)\b")
        .unwrap()
});
/// Records, data or their production or disclosure: what a summons that
/// is a demand for data asks for.
static PRODUCE_RECORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:produc\w*|disclos\w*|records?|data|information|documents?|footage|share|provide)\b",
    )
    .unwrap()
});
/// A listing on a US stock exchange at the end of the match ("sociedad
/// dominante cotiza en la Bolsa de Nueva York"): a listing, not the seat.
static STOCK_EXCHANGE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:bolsa|borsa|bourse|beurs|borse|stock\ exchange)\ (?:de\ valores\ )?(?:de|di|van|of|von)\ (?:nueva\ york|new\ york|new-york)$").unwrap()
});
/// A question in a table cell answered no in the next ("| Do you use any
/// service whose [provider is headquartered in the United States] ...? |
/// No |").
static QUESTION_ANSWERED_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^|?]{0,160}\?\s*\|\s*(?:no|non|nein|nee|neen|n|none|keine?|aucun|aucune|ninguno|ninguna|nessuno|nessuna|geen)\s*(?:\||$|[.;,—–-])").unwrap()
});

/// True when `after`, the normalized rest of a surveillance law's
/// description and the sentences after it, say that the law does not
/// reach the provider (or that the provider is not subject to it; not
/// that it never received a request, which may be another party's word);
/// or when `later`,
/// the text up to a section further on, says so of "the laws cited".
pub fn law_denied_after(after: &str, later: &str) -> bool {
    LAW_DOES_NOT_REACH.is_match(after)
        || later.split(". ").any(|s| {
            LAWS_NAMED_AGAIN.is_match(s)
                && LAW_DOES_NOT_REACH.is_match(s)
                && !TO_THE_EXTENT.is_match(s)
        })
}

/// True when a match should not be reported at all: a government-access
/// law named only to say it does not apply ("not subject to the CLOUD
/// Act"), in a question, or a request the vendor says it never received;
/// a US company named as the parent of the contracting subsidiary.
/// A transfer to the US, or a disclosure, that the sentence negates
/// ([`crate::negation`]).
/// `sentence` is normalized; the match is its bytes `match_at..match_end`.
pub fn suppressed(category: Category, sentence: &str, match_at: usize, match_end: usize) -> bool {
    suppressed_in(category, sentence, match_at, match_end, "")
}

/// [`suppressed`], for a sentence followed by `rest`: the rest of its
/// paragraph (normalized). A footnote's later sentences may say that the
/// company it describes is the party ("[^1]: X, Inc. is a Delaware
/// corporation. The branch is not a separate legal person; the
/// contracting party is the company itself.").
pub fn suppressed_in(
    category: Category,
    sentence: &str,
    match_at: usize,
    match_end: usize,
    rest: &str,
) -> bool {
    let _gate = crate::gate::Sentence::enter(sentence);
    // The words before and after the match.
    let before = &sentence[..floor_char_boundary(sentence, match_at.min(sentence.len()))];
    let after = sentence.get(match_end.min(sentence.len())..).unwrap_or("");
    // The match itself ("" if its bounds fall inside a character).
    let matched = sentence
        .get(match_at..match_end.min(sentence.len()))
        .unwrap_or("");
    match category {
        // A question ("Is X subject to the CLOUD Act?") is not a disclosure.
        // A glossary's definition ("Réquisition judiciaire : demande
        // adressée par ..."), or an authority that supervises (a breach
        // notification, an audit, a data-protection authority) rather than
        // one that demands data. Invoices passed on to a tax administration,
        // an order to remove content, an agency's approval of a product.
        Category::GovernmentAccess => {
            required_or_asked(sentence, match_at)
                || is_blank_form_question(sentence, match_end)
                || (matched.starts_with("intelligence") && PRODUCT_INTELLIGENCE_BEFORE.is_match(before))
                || INSURED_COSTS_BEFORE.is_match(before)
                || STATUTE_NAME_ONLY.is_match(sentence)
                || (OFAC.is_match(matched) && SANCTIONS_LIST.is_match(sentence))
                // (A question answered right after it by a yes or an "only
                // on a court order" is the answer's disclosure: "Unter
                // welchen Bedingungen geben Sie Daten an Behörden heraus?
                // Nur aufgrund einer vollstreckbaren Anordnung".)
                || (is_question(sentence) && !ANSWERED_YES.is_match(rest.trim_start()))
                || PROTECTED_FROM_BEFORE.is_match(before)
                || COUNTERFEIT.is_match(clause_tail(before, 60))
                || SPEAKER_I.is_match(clause_tail(before, 40))
                || VETTING.is_match(clause_tail(before, 40))
                || VETTING.is_match(matched)
                || (VETTING.is_match(sentence) && ISSUED_TO_PERSON.is_match(sentence))
                || (MADE_IN_US.is_match(sentence) && !DATA_WORD.is_match(sentence))
                || (PRODUCT_FILE.is_match(sentence) && !PERSONAL_DATA.is_match(sentence))
                || (put_into_tool(clause_tail(before, 180)) && AI_TOOL.is_match(sentence))
                || (ENCRYPTION_KEY.is_match(matched) && KEYS_CONTROLLED.is_match(sentence))
                || GLOSSARY_ENTRY.is_match(sentence)
                || BY_THE_USER.is_match(sentence)
                || customer_responds(clause_tail(
                    &sentence[..floor_char_boundary(sentence, match_end.min(sentence.len()))],
                    200,
                ))
                || ((COURT_ORDER_ON_CONTENT.is_match(sentence)
                    || VENUE_CLAUSE.is_match(sentence) && DISPUTE_WORD.is_match(sentence))
                    && !DATA_WORD.is_match(sentence))
                || ASKS_YOU.is_match(matched)
                || (USER_MAY_FIRST.is_match(sentence) && !PROVIDER_ACTS.is_match(sentence))
                || (REPORT_VERB.is_match(matched) && REPORTER_NOT_VENDOR.is_match(clause_tail(before, 80)))
                || (SUPERVISION.is_match(sentence)
                    && (BREACH.is_match(sentence) || !ENFORCEMENT.is_match(sentence)))
                || (FINANCIAL_SUPERVISOR.is_match(sentence)
                    && AUDIT_RIGHTS.is_match(sentence)
                    && !ENFORCEMENT.is_match(sentence)
                    && !US_WORD.is_match(sentence))
                || TERMINATION_ON_REQUEST.is_match(sentence)
                || negation::negated(sentence, match_at, match_end, false)
                || negation::denied_at_clause_end(sentence, match_at, match_end)
                || answered_no(matched, after)
                || COMPARISON_OPENING.is_match(sentence)
                || (COURT_REASONING.is_match(before) && SURVEILLANCE_NAMED.is_match(matched))
                || (WITNESS_SUMMONS.is_match(sentence)
                    && ATTEND_AS_WITNESS.is_match(sentence)
                    && !PRODUCE_RECORDS.is_match(sentence))
                // (Unless the match names the police or the courts too: a
                // recipients' list that runs from the tax office's
                // e-invoicing to "la Polizia ..., le procure".)
                || (TAX_AUTHORITY.is_match(matched)
                    && INVOICING.is_match(sentence)
                    && !US_WORD.is_match(sentence)
                    && !ENFORCEMENT.is_match(matched))
                || ((TAX_AUTHORITY.is_match(matched) || SOCIAL_SECURITY.is_match(matched))
                    && STATUTORY_FILING.is_match(sentence)
                    && !US_WORD.is_match(sentence))
                || (LABOUR_INSPECTORATE.is_match(matched)
                    && !US_WORD.is_match(sentence)
                    && !INSPECTOR_ASKS.is_match(sentence))
                || (REMOVAL.is_match(sentence) && !DISCLOSURE.is_match(sentence))
                || (REPORTING_DUTY.is_match(sentence)
                    && !ENFORCEMENT.is_match(sentence)
                    && !ON_REQUEST.is_match(sentence))
                || PRODUCT_APPROVAL
                    .find_iter(matched)
                    .any(|m| !APPROVAL_NOT_NEEDED.is_match(&matched[..m.start()]))
                || (PRODUCT_BEFORE.is_match(before) && PRODUCT_FILING.is_match(matched))
                || sent_by_them(matched, sentence)
                || VENUE_IN_MATCH.is_match(matched)
                || OUT_OF_SCOPE_AFTER.is_match(after)
                || TELL_US.is_match(matched)
                || PHISHING_LURE.is_match(sentence)
                || (SUBJECT_RIGHTS.find_iter(matched).count() >= 2
                    && !ENFORCEMENT.is_match(matched))
                || (DAC7.is_match(sentence) && !US_WORD.is_match(sentence))
                || (TAX_AUTHORITY.is_match(sentence)
                    && TAX_LAW_DUTY.is_match(sentence)
                    && !ON_REQUEST.is_match(sentence)
                    && !ENFORCEMENT.is_match(sentence)
                    && !US_WORD.is_match(sentence))
                || FAMILY_ORDER_LIMITS.is_match(
                    &sentence[floor_char_boundary(sentence, match_at.min(sentence.len()))..],
                )
                || not_this_vendor(sentence)
                || asked_whether(before)
                || prompt_cell(before, after, rest)
                || (NOT_RECEIVED.find(sentence).is_some_and(|m| m.start() < match_at)
                    && !SURVEILLANCE_NAMED.is_match(sentence))
                || COURT_HELD.find(sentence).is_some_and(|m| m.start() < match_at)
                || (LEGAL_PAPERS.is_match(sentence) && STORED.is_match(sentence))
        }
        // A question ("Übertragen Sie Daten in die USA?") heads the answer.
        // "faute de destinataire établi aux États-Unis": what is lacking.
        // "Retrait de X LLC (États-Unis)": a recipient removed; "le support
        // auparavant assuré depuis Denver": one of the past.
        // "Querétaro, Estados Unidos Mexicanos": Mexico.
        // "Jusqu'en 2020, nous utilisions un outil ... américain": a
        // transfer that ended.
        // A company named as the owner of the contracting one ("controllata
        // da Brightwave Inc. (Boston)").
        // A US place that starts a European company's name ("Washington
        // Mailing Services Ltd").
        // A table cell whose row names a forum or an office ("| Seat of
        // Arbitration | San Francisco, California |"): a place of the
        // contract or the company, not of the data.
        // "le support est assuré depuis la France, sans accès depuis les
        // États-Unis": the US place the match ends on is denied; so is
        // leaving Europe ("verlassen den EWR nicht und gelangen nicht in
        // die USA").
        Category::UsTransfer => {
            is_question(sentence)
                || DENIED_FROM_US_AT_END.is_match(matched.trim_end_matches(['.', ',', ';', ' ']))
                || LEAVING_DENIED.is_match(matched)
                || INTERSTATE_AGREEMENT
                    .find_iter(sentence)
                    .any(|m| m.start() <= match_end && match_end <= m.end() + 3)
                || payment_order(sentence, match_at, match_end)
                || INCORPORATION_AFTER.is_match(after)
                || LAW_REACHES_AFTER.is_match(after)
                || CONTRAST_BEFORE.is_match(before)
                || LACK_BEFORE.is_match(before)
                || prohibited_before(before)
                || IMPERFECT_USE_BEFORE.is_match(clause_tail(before, 200))
                // "(il Contratto); fino al 2022 la piattaforma ... era
                // ospitata ... negli Stati Uniti": a clause of the past
                || (UNTIL_YEAR.is_match(clause_tail(before, 120))
                    && PAST_USE.is_match(matched)
                    && !GOES_ON.is_match(sentence))
                || restricted_country_defined(before)
                || REFERENCES_BEFORE.is_match(clause_tail(before, 160))
                || FUTURE_PROPOSAL_BEFORE.is_match(before)
                || FUTURE_IF_BEFORE.is_match(clause_tail(before, 200))
                || DELETED_AFTER.is_match(after)
                || REMOVED_BEFORE.is_match(before)
                || (MOVED_FROM_BEFORE.is_match(before) && TO_ANOTHER_AFTER.is_match(after))
                || CARDS_ISSUED_BEFORE.is_match(before)
                || (before.len() < 24 && EXCLUDED_AT_END.is_match(after))
                || (SAMPLE_SIZE_LATER.is_match(after) && !DATA_WORD.is_match(sentence))
                || (REPLACED_BEFORE.is_match(before) && BY_EUROPEAN_AFTER.is_match(after))
                || (ENTRY.is_match(before) && STRUCK.is_match(after))
                || ENDED_ROW.is_match(sentence)
                || REJECTED_ROW.is_match(sentence)
                || WITHDRAWN_CELL.is_match(after)
                || PROPOSED_BEFORE.is_match(&before[floor_char_boundary(before, before.len().saturating_sub(200))..])
                || (sentence.contains('|') && PROPOSAL_REJECTED.is_match(sentence))
                || BLOCKED_AFTER.is_match(after)
                || zero_count(matched, after)
                || (EVALUATED.is_match(sentence)
                    && (NOT_ADOPTED.is_match(sentence)
                        || NOT_ADOPTED.is_match(&rest[..floor_char_boundary(rest, 300.min(rest.len()))])))
                || not_this_vendor(sentence)
                || asked_whether(before)
                || prompt_cell(before, after, rest)
                || NO_ACCESS_AFTER.is_match(after)
                // the address of the party that leaves the contract
                || ASSIGNOR.is_match(&after[..floor_char_boundary(after, 120.min(after.len()))])
                || US_REGION_FOR_US_CUSTOMERS.is_match(sentence)
                || NOT_SUBSCRIBED.is_match(sentence)
                || no_access_in_row(after, rest)
                || (UNTIL_YEAR.is_match(sentence)
                    && PAST_USE.is_match(sentence)
                    && NO_MORE_TRANSFER.is_match(rest))
                || US_CUSTOMERS_SUBJECT.is_match(sentence)
                || CLAUSE_DELETED_AFTER.is_match(after)
                || CLAUSE_DELETED_OPENING.is_match(sentence)
                || (SALE_OF_BUSINESS.is_match(sentence) && !DATA_WORD.is_match(sentence))
                || (FORMERLY.is_match(matched)
                    && !(GOES_ON.is_match(after) && NOW_UNDER.is_match(after)))
                || (SALES_AFFILIATE.is_match(sentence) && !DATA_WORD.is_match(sentence))
                || {
                    // (In the sentence where the match ends: the window may
                    // span two, "Les conditions de ce traitement figurent
                    // dans l'accord ... des données. 5.3 Orbelis Inc.,
                    // filiale commerciale ... établie à Boston".)
                    let own = own_sentence(sentence, match_end.saturating_sub(1), match_end);
                    SALES_AFFILIATE.is_match(own) && !DATA_WORD.is_match(own)
                }
                || (CONTROLS_AFTER.is_match(after) && !DATA_WORD.is_match(sentence))
                || left_the_group(before, sentence)
                || no_personal_data_after(after)
                || (answered_no(matched, after) && !place_cell(before, matched, after))
                || COMPARISON_OPENING.is_match(sentence)
                || (WHETHER_BEFORE.is_match(&sentence[..floor_char_boundary(sentence, match_end.min(sentence.len()))])
                    // (from three bytes before the match's end, which may
                    // fall a byte or two past its place: see `analyze`)
                    && OR_ABROAD_AFTER.is_match(
                        &sentence[floor_char_boundary(sentence, match_end.saturating_sub(3).min(sentence.len()))..],
                    ))
                || NOT_TAKING_PLACE_AFTER.is_match(after)
                || names_mexico(sentence, match_at, match_end)
                || (OWNER_BEFORE.is_match(before)
                    && ENTITY_SUFFIX
                        .find(&sentence[before.len()..])
                        .is_some_and(|m| m.start() == 0))
                || negation::negated(sentence, match_at, match_end, true)
                || (ENDED_BY.is_match(sentence)
                    && PAST_USE.is_match(sentence)
                    && !GOES_ON.is_match(sentence))
                || goods_facility(sentence, match_at, match_end)
                || (VETTING.is_match(sentence) && ISSUED_TO_PERSON.is_match(sentence))
                || (MADE_IN_US.is_match(sentence)
                    && !DATA_WORD.is_match(sentence)
                    && !COMPOUND_DATA.is_match(sentence))
                || (VEHICLE_REGISTERED.is_match(sentence) && !DATA_WORD.is_match(sentence))
                || (TRADEMARK.is_match(sentence) && REGISTERED.is_match(matched))
                || (matched.starts_with("transfer")
                    && SHUTTLE.is_match(sentence)
                    && !DATA_WORD.is_match(sentence))
                || (EXPORT_CLASS.is_match(sentence)
                    && sentence.contains('|')
                    && !DATA_WORD.is_match(sentence))
                || (MADE_BY_BEFORE.is_match(clause_tail(before, 80))
                    && !DATA_WORD.is_match(sentence)
                    && !COMPOUND_DATA.is_match(sentence))
                || (((MAKER_BEFORE.is_match(before)
                    && ENTITY_SUFFIX
                        .find(&sentence[before.len()..])
                        .is_some_and(|m| m.start() == 0))
                    || MAKER_AFTER.is_match(after))
                    && !DATA_WORD.is_match(sentence)
                    && !COMPOUND_DATA.is_match(sentence))
                || NO_RECIPIENT.is_match(matched)
                || (MATERIALS.is_match(sentence)
                    && !DATA_WORD.is_match(sentence)
                    && !COMPOUND_DATA.is_match(sentence)
                    && !PERSONAL_DATA.is_match(sentence))
                || us_is_an_abbreviation(sentence, match_at, match_end)
                || (OWN_AFFAIRS.is_match(after)
                    && !OWN_HOURS.is_match(after)
                    && !DATA_WORD.is_match(sentence))
                || (!matched.trim_end().ends_with('|') && non_us_company_after(after))
                || (REJECTED.is_match(sentence) && WOULD_HAVE.is_match(sentence))
                || town_elsewhere_after(after)
                || previous_cell(sentence, match_at)
                    .is_some_and(|c| LEGAL_PLACE_LABEL.is_match(c) || NOTICES_LABEL.is_match(c))
                || (MOVING_VERB.is_match(matched)
                    && not_data_moved(before)
                    && !DATA_WORD.is_match(before))
                || non_personal_data(before, sentence)
                || BANK_IN_MATCH.is_match(matched)
                || (BANK_NAME.is_match(matched) && PAYMENT_DETAILS.is_match(sentence))
                || (PARENT_BEFORE.is_match(before)
                    && ENTITY_SUFFIX
                        .find(&sentence[before.len()..])
                        .is_some_and(|m| m.start() == 0)
                    && !DATA_WORD.is_match(sentence)
                    && !SERVICE_WORD.is_match(sentence))
                || NO_ROLE_AFTER.is_match(after)
                || NO_DATA_ACCESS_AFTER.is_match(
                    &sentence[floor_char_boundary(sentence, match_end.saturating_sub(30).max(match_at))..],
                )
                || (sentence.contains('|') && row_label(sentence).is_some_and(|l| PLAN_LABEL.is_match(l)))
                || (CERTIFICATION.is_match(matched) && !DATA_WORD.is_match(sentence))
                || fund_owner(sentence)
                || US_CUSTOMERS.is_match(sentence)
                || ONLY_US_CUSTOMERS_CELL.is_match(sentence)
                || BIDDERS.is_match(sentence)
                || DIALLING_CELL_AFTER.is_match(after)
                || CURRENCY_CELL_AFTER.is_match(after)
                || (CURRENCY_CELL_LATER.is_match(after)
                    && !DATA_WORD.is_match(sentence)
                    && !OFFERED_CELL.is_match(after))
                || (ATTACKER_INFRA.is_match(sentence) && !SUBMITTED_DATA.is_match(sentence))
                || (LEGAL_UNCERTAINTY.is_match(sentence) && !ENTITY_SUFFIX.is_match(sentence))
                || (RENOUNCED.is_match(sentence) && !ENTITY_SUFFIX.is_match(sentence))
                || ANNOUNCES_THAT.is_match(matched)
                || (RIGHTS_ASSIGNED.is_match(sentence) && !DATA_WORD.is_match(sentence))
                || WITHOUT_BEFORE.is_match(before)
                || (COUNTS_AFTER.is_match(after) && !DATA_WORD.is_match(sentence))
                || US_PHONE.is_match(matched)
                || MADE_IN_US.is_match(matched)
                || us_expanded_after(matched, after)
                || (REGION_CODE.is_match(matched) && CONFIG_VALUE_BEFORE.is_match(before))
                || (REGION_IN_MATCH.is_match(matched) && region_unused(before, after, rest))
                // "a legacy tag attempted to forward events to [a host ...
                // in the United States]. The proxy rejected all attempts":
                // no data went.
                || (ATTEMPT_BEFORE.is_match(clause_tail(before, 120))
                    && (ATTEMPT_BLOCKED.is_match(after) || ATTEMPT_BLOCKED.is_match(rest)))
                // "Importador: Visayas Customer Hub, Inc." beside "desde
                // Filipinas": an "Inc." of a country that uses the form too
                || (ENTITY_SUFFIX.is_match(matched)
                    && !matched.contains("llc")
                    && INC_COUNTRY.is_match(sentence)
                    && !US_MARK.is_match(sentence))
                || US_AUDIENCE.is_match(matched)
                || (HARBOUR_WORD.is_match(sentence) && HOSTING_SAFE_HARBOUR.is_match(sentence))
                || TERMINATED_BEFORE.is_match(before)
                || (OLD_ACCOUNT_BEFORE.is_match(before) && CLOSED_AFTER.is_match(after))
                || (CARE_NOUN.is_match(matched) && CARE_GIVER.is_match(matched))
                || OWN_INITIATIVE.is_match(sentence)
                || OUT_OF_SCOPE_AFTER.is_match(after)
                || OUT_OF_SCOPE_OPENING.is_match(before)
                || ((MONEY.is_match(matched)
                    || PAY_WORD.is_match(sentence)
                    || EVENT_WORD.is_match(sentence)
                    || ROUTE_WORD.is_match(sentence)
                    || ACADEMIC_CREDIT.is_match(sentence))
                    && sentence.contains('|')
                    && !DATA_WORD.is_match(sentence))
                || BILLED_CUSTOMERS.is_match(sentence)
                || suppliers_invoicing(sentence, match_end)
                || OTHERS_BASED_IN.is_match(matched)
                || past_arrangement(sentence)
                || (RECIPIENT_WORD.is_match(matched)
                    && (SEND_TO_BEFORE.is_match(clause_tail(before, 60))
                        || ANTI_SPAM_LAW.is_match(clause_tail(before, 80))))
                || (ANTI_SPAM_LAW.is_match(sentence) && !DATA_WORD.is_match(sentence))
                || (ENDED_WHEN.is_match(sentence)
                    && STILL.is_match(sentence)
                    && PAST_USE.is_match(sentence)
                    && !GOES_ON.is_match(sentence))
        }
        // "Blickschutzfolien der Serie „Privacy Shield Pro"", "filters van
        // het merk Privacy Shield": a product, where nothing speaks of the
        // framework.
        // The DSA's or the DMCA's "safe harbour" of hosting providers.
        // A bare Dutch "privacyschild" is also a screen filter ("Een op maat
        // gesneden privacyschild"): the framework only where the sentence
        // speaks of it.
        Category::PrivacyShield => {
            (HARBOUR_WORD.is_match(matched)
                && HOSTING_SAFE_HARBOUR.is_match(sentence)
                && !EU_US_FRAMEWORK.is_match(sentence))
                || (SHIELD_PRODUCT.is_match(sentence)
                    || sentence.get(match_at..match_end).is_some_and(|m| {
                        m.trim_end_matches(|c: char| !c.is_ascii_alphabetic()) == "privacyschild"
                    }))
                    && !SHIELD_FRAMEWORK.is_match(sentence)
                // a slogan: "« Votre bouclier de protection des données
                // d'entreprise »", "IHR DATENSCHUTZ-SCHILD MADE IN FRANKEN"
                || (POSSESSIVE_AT_END.is_match(before.trim_end_matches(|c: char| !c.is_ascii_alphabetic()))
                    && !matched.contains("privacy")
                    && !SHIELD_FRAMEWORK.is_match(sentence))
        }
        // "un groupe dont la société mère relève du droit américain", "X
        // SAS, société régie par le droit français": a company's
        // nationality, not the contract's law.
        // "The arbitration shall be conducted in English": a language,
        // not a place; nor is a bilingual table's column header ("Droit
        // applicable et juridiction | English | Français").
        Category::GoverningLaw => {
            REJECTED_NEXT_CELL.is_match(after)
                || WITHDRAWN_CELL.is_match(after)
                || sentence[..match_at.min(sentence.len())]
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
                .rfind(|w| !w.is_empty())
                .is_some_and(|w| COMPANY_NOUN.contains(&w))
                // (`match_end` may fall a byte short: see `analyze`.)
                || sentence
                    .get(match_at..(match_end + 1).min(sentence.len()))
                    .is_some_and(|m| {
                        IN_A_LANGUAGE.is_match(m.trim_end_matches(|c: char| !c.is_alphanumeric()))
                    })
                || users_region_at_end(matched)
                || (before.matches('"').count() % 2 == 1 && QUOTED_CLAUSE_DELETED.is_match(after))
                || (LANGUAGE_AT_END.is_match(matched.trim_end())
                    && LANGUAGE_COLUMN_AFTER.is_match(after))
                || STATUTE_AT_END.is_match(matched.trim_end())
                || LANGUAGE_VERSION_AT_END.is_match(matched.trim_end())
                || (GOVERNED_FIRST.is_match(matched)
                    && ARBITRATION_RULES.is_match(matched)
                    && !LAW_NOUN.is_match(matched))
                || (REGULATION_WORD.is_match(matched) && REGULATION_ON_AFTER.is_match(after))
                || BETWEEN_STATES_AT_END.is_match(matched.trim_end())
                || INCORPORATION_STATUTE.is_match(matched)
                || (PLACE_OF_BUSINESS.is_match(matched)
                    && !LAW_WORD.is_match(matched)
                    && !VENUE_WORD.is_match(matched))
                || (FRAMEWORK_NAMED.is_match(sentence) && COMPLAINT.is_match(sentence))
                || PAST_LAW_VERB.is_match(matched)
                || NOT_MEANING_BEFORE.is_match(before)
                || FORMER_CHOICE_BEFORE.is_match(before)
                || CLAUSE_DELETED_OPENING.is_match(sentence)
        }
        // "X SAS, a subsidiary of Y, Inc., a Delaware corporation": the
        // contracting party is the subsidiary (but in "'Google Entity'
        // means Google LLC ... or any Affiliate of Google LLC" the US
        // entity comes first). "For everyone else, X Inc. is the
        // controller": the US entity serves users outside Europe.
        // A parent or group company defined before it ("'Group Parent'
        // means X, Inc."; "participada por X, Inc."), a company that "is not
        // a party", or a Canadian "Inc." with no US place in the sentence.
        Category::UsEntity => {
            // The group term may lie inside the match, before the company
            // it names ("[our parent company Acme Inc. is located in the
            // United States]").
            let company_at = sentence
                .get(match_at..match_end)
                .and_then(|m| ENTITY_SUFFIX.find(m))
                .map_or(match_at, |m| match_at + m.start());
            let party = party_clause(sentence, match_at, match_end);
            let before_company =
                &sentence[..floor_char_boundary(sentence, company_at.min(sentence.len()))];
            GROUP_COMPANY.find_iter(sentence).any(|m| {
                m.end() <= company_at + 1
                    && names_the_group(m.as_str(), &sentence[m.end()..])
                    && !sentence
                        .get(m.end()..floor_char_boundary(sentence, (match_end + 80).min(sentence.len())))
                        .is_some_and(|s| IMPORTER_DEFINED.is_match(s))
            }) || OUTSIDE_EUROPE.is_match(sentence)
                // "le Prestataire s'interdit de recourir à un sous-traitant
                // ... contrôlé par une société de droit américain"
                || prohibited_before(before_company)
                || no_role_after(after)
                || DEFINED_UNIT_OF_COMPANY.is_match(matched)
                || left_the_group(before_company, sentence)
                || not_a_party(sentence, match_end)
                || ANY_OTHER_STATE_FROM.is_match(sentence.get(match_at..).unwrap_or(after))
                || NOT_IN_MATCH.find_iter(matched).any(|m| {
                    // (not a "non-profit", "not-for-profit" or "no lucrativa",
                    // nor a number: "Reg. No. 4512")
                    let next = matched[m.end()..].trim_start_matches([' ', '-']);
                    !(["lucrat", "profit", "for-profit", "for profit", "a but", "commercial"]
                        .iter()
                        .any(|w| next.starts_with(w))
                        || matched[m.end()..].starts_with(['.', ' '])
                            && next.starts_with(|c: char| c.is_ascii_digit() || c == '.'))
                })
                || THIRD_PARTY_DEFINED.find(sentence).is_some_and(|m| m.end() <= company_at)
                || THIS_SERVICE
                    .find(sentence)
                    .is_some_and(|m| m.start() < match_end)
                || OUR_PROVIDER.is_match(after)
                || OUR_SUPPLIER_NAMED.is_match(before_company)
                || OUR_CUSTOMER_NAMED.is_match(before_company)
                || BOUGHT_FROM_BEFORE.is_match(before_company)
                || LICENSED_FROM_BEFORE.is_match(before_company)
                || (VON_DER_BEFORE.is_match(before_company) && BOUGHT_AFTER.is_match(after))
                || (PRODUCT_RUN_BY.find_iter(sentence).any(|m| m.end() <= company_at)
                    && ACTS_AS_PROCESSOR_AFTER.is_match(after))
                || PROCESSOR_FOR_US.is_match(after)
                || (AS_A_COMPANY.is_match(matched) && GROUP_SUBJECT_AFTER.is_match(after))
                || PARENT_AFTER.is_match(after)
                || parent_of_another_after(after)
                || STAKE_IN_BEFORE.is_match(before)
                || WE_USE.find_iter(sentence).any(|m| m.end() <= company_at)
                || SERVICE_USES.find_iter(sentence).any(|m| m.end() <= company_at)
                || USING.find_iter(sentence).any(|m| m.end() <= company_at)
                || SHAREHOLDER_BEFORE.is_match(before)
                || THIRD_PARTY_SUBJECT.is_match(sentence)
                || GROUP_DEFINED.is_match(sentence)
                || TOOL_BY.find_iter(sentence).any(|m| m.end() <= company_at)
                || SYSTEM_RUN_BY.find_iter(sentence).any(|m| {
                    m.start() < company_at
                        && (m.end() >= company_at
                            || sentence[m.end()..company_at].trim_matches([',', '.', ' ']).is_empty())
                })
                || (SENT_TO.find_iter(sentence).any(|m| m.end() <= company_at)
                    && !NOTICES.is_match(sentence))
                || is_question(sentence)
                || QUESTION_ANSWERED_NO.is_match(after)
                || processor_of_another(after)
                || (PARENT_AT_START.is_match(matched) && !CONTRACT_WITH_BEFORE.is_match(before))
                || STOCK_EXCHANGE_AT_END.is_match(matched.trim_end())
                || COMPARISON_OPENING.is_match(sentence)
                || negation::negated(sentence, match_at, match_end, false)
                // a start-up's "Delaware flip" (moving its holding into a
                // US corporation), talked of, proposed or set aside
                || sentence.contains(" flip")
                || HOLDING_BEFORE.is_match(before)
                || ASSIGNOR.is_match(party)
                || names_mexico(sentence, match_at, match_end)
                || COMPANY_AS_TOPIC_AFTER.is_match(after)
                || ADVERSARY_BEFORE.is_match(before)
                || OPPONENT_BEFORE.is_match(before)
                || (COUNTERPART_BEFORE.is_match(before_company) && LITIGATION.is_match(sentence))
                || (GENERIC_FORM_BEFORE.is_match(before) && matched.ends_with("corporation"))
                || MADE_BY_BEFORE.is_match(before)
                || FICTIONAL.is_match(before)
                // "Acme Widgets Virginia LLC (inesistente)": a made-up
                // company of test data
                || FICTIONAL.is_match(&after[..floor_char_boundary(after, 16.min(after.len()))])
                || (NON_US_INCORPORATION.is_match(party) && !US_MARK.is_match(party))
                || fund_owner(sentence)
                || SUBPROCESSING_AGREEMENT.is_match(&sentence[..company_at.min(sentence.len())])
                || PARENT_OF_PARTY.is_match(after)
                || OWNER_OF_PARTY_AFTER.is_match(after)
                || SOLE_SHAREHOLDER_OF_AFTER.is_match(after)
                || SHAREHOLDER_NAMED_BEFORE.is_match(before_company)
                || PERCENT_STAKE_AFTER.is_match(after)
                || (SUBSIDIARY_APPOSITION_AFTER.is_match(after) && !PARTY_WORD.is_match(sentence))
                || (FOOTNOTE.is_match(sentence)
                    && !PARTY_WORD.is_match(sentence)
                    && !FOOTNOTE_PARTY_REST.is_match(rest))
                || RESELLER_OF.is_match(sentence)
                || DISTRIBUTOR_OF_BEFORE.is_match(before_company)
                || COMPANY_AS_CONTENT.is_match(sentence)
                || EXAMPLE_BEFORE.is_match(before)
                || IF_THE_COUNTERPARTY_IS.is_match(before)
                || INVESTED_IN_BEFORE.is_match(before_company)
                || SUBSIDIARY_OF_PARTY_AFTER.is_match(after)
                || OWNED_BY_PARTY_AFTER.is_match(after)
                // "Module Three [between EchoLoop and EchoLoop, Inc]": the
                // SCCs' processor-to-processor module, whose importer is a
                // sub-processor, not the party
                || MODULE_THREE_BEFORE.is_match(before)
                || CONTRACT_WITH_ITS_SUBSIDIARY_AFTER.is_match(after)
                || (SERVICE_OF_PROVIDER_BEFORE.is_match(before)
                    && PROVIDER_WORD_FIRST.is_match(matched))
                || (MAKER_DEFINED_AFTER.is_match(&sentence[floor_char_boundary(sentence, company_at.min(sentence.len()))..])
                    && !GRANT_OR_PARTIES.is_match(sentence))
        }
        // "le clausole contrattuali standard dei circuiti di pagamento": the
        // card schemes' terms, not the Commission's clauses.
        // "de modelclausules uit de brancheleidraad": a trade body's
        // drafting templates.
        // "“SCC” means the Arbitration Institute of the Stockholm Chamber
        // of Commerce": the acronym of the arbitral institution.
        Category::Scc => {
            CARD_SCHEME_AFTER.is_match(after)
                || LEASE_OR_SALE_AFTER.is_match(after)
                || DRAFTING_SOURCE_AFTER.is_match(after)
                || (MODEL_WORD.is_match(matched) && DRAFTING_WORDS.is_match(sentence))
                || (MODEL_WORD.is_match(matched) && CONSORTIUM_MODEL.is_match(sentence))
                || (MODEL_WORD.is_match(matched) && BARE_HEADING.is_match(sentence))
                || (MODEL_WORD.is_match(matched) && model_clauses_for_other(sentence))
                || (matched.starts_with("modelclausule") && !TRANSFER_CONTEXT.is_match(sentence))
                || (matched.starts_with("modell") && !TRANSFER_CONTEXT_DE.is_match(sentence))
                || (STOCKHOLM.is_match(sentence) && !matched.contains("claus"))
        }
        _ => false,
    }
}

/// Whether `sentence` (normalized, a government-access match at byte
/// `match_at`) requires not being subject to such laws, or asks about them
/// indirectly before the match ([`NOT_SUBJECT`], [`INDIRECT_QUESTION`]).
pub fn required_or_asked(sentence: &str, match_at: usize) -> bool {
    let _gate = crate::gate::Sentence::enter(sentence);
    NOT_SUBJECT.is_match(sentence)
        || INDIRECT_QUESTION
            .find(sentence)
            .is_some_and(|m| m.start() < match_at)
}

/// "Estados Unidos Mexicanos" is Mexico's name: true when the match's
/// last "estados unidos" is the start of it.
fn names_mexico(sentence: &str, match_at: usize, match_end: usize) -> bool {
    const US: &str = "estados unidos";
    sentence
        .get(match_at..match_end.min(sentence.len()))
        .and_then(|m| m.rfind(US))
        .and_then(|p| sentence.get(match_at + p + US.len()..))
        .is_some_and(|rest| rest.trim_start().starts_with("mexicanos"))
}

/// Where model clauses come from, right after them, when they are drafting
/// templates: a trade body, an industry guide, a template library (not an
/// annex or schedule, where the SCCs themselves are often set out).
/// "Model" in a clauses' name ("model clauses", "clauses types" is not).
static MODEL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:model|modele|modeles|muster|modelo|modelli|modello|modelclausules|modelbepalingen|musterklauseln|modellklauseln)\b").unwrap()
});
/// Drafting precedents named beside model clauses ("The model clauses are
/// drafting precedents only", "Model clauses for end-user terms", "de
/// modelclausules uit de Inkoopbibliotheek: standaardteksten"): a form
/// book's or a template library's, not the Commission's.
static DRAFTING_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:drafting|precedents?|form ?books?|formularbuch\w*|templates?|boilerplate|formulaire\w*|recueil\w*|mustervertrag\w*|formularios?|formulari[oa]?|formulierboek\w*|[a-z]*formulier(?:en)?|end-user terms|standaardteksten|standaardtekst|textbausteine?|(?:text|creative|werbe|anzeigen)-?vorlagen?|redaktionell\w*|editorial|redactionne\w*|sjablo(?:on|nen)|plantillas?|clause librar(?:y|ies)|clausier\w*|bibliothe\w*|[a-z]*convenant\w*|(?:consumer|industry|trade) codes?|codes? of (?:practice|conduct)|gedragscode\w*|verhaltenskodex|code de (?:conduite|deontologie)|codigo de conducta|codice di condotta|(?:nma|lma|lsw)\s?\d{2,4}[a-z]?|marktgebruikelijk\w*|in de markt gebruikelijke|market (?:standard|wordings?)|marktubliche\w*|tekstvoorbeeld\w*|voorbeeldtekst\w*|textbeispiel\w*|exemples? de (?:texte|redaction)|ejemplos? de (?:texto|redaccion)|esempi di testo|sample (?:text|wording)s?)\b",
    )
    .unwrap()
});
/// "Model clauses" as a bare heading, with nothing on transfers or data
/// ("Appendix C – Model Clauses (index)", "## Schedule 3 – Model Clauses
/// (extract)"): a schedule of drafting templates in a scheme's rules or an
/// agency agreement; the Commission's clauses come with their subject.
static BARE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:(?:appendix|schedule|annex|exhibit|attachment|anhang|anlage|annexe|anexo|allegato|bijlage)\ [a-z0-9.]{1,4}\ ?[-:.]?\ )?model\ clauses\ ?(?:\((?:index|extract|excerpt|overview|list)\))?\W*$").unwrap()
});
static DRAFTING_SOURCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,? ?(?:uit|from|in|of|de|des|du|aus|der|des|del|della|dei|van|by|par|von|vom|por|door|(?:published|issued|prepared|recommended|publiees?|publies|herausgegeben|veroffentlicht|publicad[oa]s|pubblicat[ei]|gepubliceerd) (?:by|par|von|vom|por|da|dalla|dal|door)) (?:the |de |het |la |le |les |il |die |den |dem |el |its |our )?(?:[a-z'-]+ ){0,5}?(?:branche\w*|industry|sector\w*|[a-z]*bibliothe\w*|librar(?:y|ies)|biblioteca\w*|trade (?:association|body)|vereniging\w*|verband\w*|federation|federazione|associazione|asociacion|association|manufacturers|leidraad|template\w*|sjabloon\w*|vorlage\w*|muster\w*|modelli|plantilla\w*|formulaire\w*|guide\w*|handbook|handboek|handbuch)",
    )
    .unwrap()
});
/// The Stockholm Chamber of Commerce, whose arbitration institute is the
/// other "SCC".
static STOCKHOLM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"stockholm chamber of commerce|stockholmer handelskammer|handelskammer (?:in |von )?stockholm|chambre de commerce de stockholm|camara de comercio de estocolmo|camera di commercio di stoccolma|kamer van koophandel (?:van |in |te )?stockholm|arbitration institute of the scc").unwrap()
});

/// The owner of standard terms named right after them: a card scheme or a
/// payment network, in the six languages.
/// A town outside the United States whose name begins with a US place's
/// ("Virginia Water, Surrey, United Kingdom"): the next word goes on with
/// the town's name, and a country other than the United States follows it
/// (its county or region between).
static TOWN_ELSEWHERE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^ ([a-z'-]+)(?:, [a-z'-]+(?: [a-z'-]+)?)?,? (?:united kingdom|uk|u\.k\.|england|scotland|wales|great britain|ireland|canada|australia|new zealand|royaume-uni|angleterre|ecosse|irlande|grande-bretagne|australie|nouvelle-zelande|vereinigtes konigreich|grossbritannien|schottland|irland|kanada|australien|neuseeland|reino unido|inglaterra|escocia|irlanda|australia|nueva zelanda|regno unito|inghilterra|scozia|nuova zelanda|verenigd koninkrijk|engeland|schotland|ierland|australie|nieuw-zeeland)\b",
    )
    .unwrap()
});

/// Whether `after`, the words after a transfer match that ends on a US
/// place's name, make that name the start of a town's in another country
/// ([`TOWN_ELSEWHERE_AFTER`]); not where the next word joins another place
/// ("Ashburn, Virginia and Ireland").
fn town_elsewhere_after(after: &str) -> bool {
    const JOINING: &[&str] = &[
        "and", "or", "et", "ou", "und", "oder", "y", "o", "e", "en", "of", "as", "to", "via",
    ];
    TOWN_ELSEWHERE_AFTER
        .captures(after)
        .is_some_and(|c| !JOINING.contains(&&c[1]))
}

/// "le clausole contrattuali standard del noleggio predisposte dal
/// Locatore", "the standard contract clauses of the lease": a lessor's or
/// seller's own standard terms, not the Commission's clauses.
static LEASE_OR_SALE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,? ?(?:of|for|du|de la|des|de|del|della|dello|dei|delle|der|van|von|voor|per|pour|para|fur) (?:the |our |le |la |les |l'|el |los |il |lo |i |die |das |den |de |het |ons |nos |nostro |nostri |unseres? )?(?:(?:contrat|contract|contratto|contrato|overeenkomst|agreement) (?:de |d'|di |of |van |del |della |dello )?(?:la |le |the |il |el |het )?)?(?:leases?|leasing|rental|hire|hire-purchase|sales?|purchases?|noleggio|locazione|vendita|acquisto|location|bail|vente|achat|miete|vermietung|mietvertrag\w*|leasingvertrag\w*|kaufvertrag\w*|verkauf\w*|alquiler|arrendamiento|renting|compraventa|venta|huur|verhuur|koop|verkoop|lessor|locatore|bailleur|loueur|vermieter\w*|arrendador|verhuurder)\b",
    )
    .unwrap()
});
static CARD_SCHEME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,? ?(?:of|des|du|de la|de los|de las|del|der|dei|delle|degli|van|von) (?:the |les |la |los |las |die |de |het |i |le )?(?:card|payment|carte|karten|zahlungs|tarjeta|pago|circuit|rete|reti|carta|betaal|kaart|bank|banc|acquir|reseaux? (?:de )?(?:paiement|cartes)|redes? de (?:pago|tarjetas)|(?:visa|mastercard)\b)",
    )
    .unwrap()
});

/// Whether a group term (`term`, followed in the sentence by `rest`)
/// introduces another company of the group than the one described ("Acme
/// SAS, a subsidiary of Acme Inc., a Delaware corporation"; "our parent
/// company, Acme Inc."; "son ancienne filiale americaine, Ardentis Labs
/// Inc."). Not in "X, a subsidiary of Y, is a California corporation":
/// the verb after the parent's name makes the match the subject's, the
/// subsidiary's.
fn names_the_group(term: &str, rest: &str) -> bool {
    const CHILD: [&str; 9] = [
        "subsidiary",
        "filiale",
        "filial",
        "tochtergesellschaft",
        "tochterunternehmen",
        "controllata",
        "dochteronderneming",
        "dochtermaatschappij",
        "dochtervennootschap",
    ];
    if !CHILD.contains(&term) {
        return true;
    }
    let rest = rest.trim_start();
    let Some(of) = [
        "of ", "de ", "d'", "der ", "des ", "di ", "del ", "della ", "van ", "von ",
    ]
    .iter()
    .find(|p| rest.starts_with(*p)) else {
        return true;
    };
    // "a subsidiary of Y, is a California corporation": the verb after
    // the parent's name makes the match the subsidiary's predicate.
    let after = &rest[of.len()..];
    let verb = after
        .split([',', ';'])
        .nth(1)
        .is_some_and(|c| IS_VERB.is_match(c.trim_start()));
    !verb
}

/// "is" in the six languages, at the start of a clause.
static IS_VERB: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:is|est|ist|es|e)\b").unwrap());

/// The part of `sentence` that describes the company matched at
/// `match_at..match_end`: from the match to the next party (", and", "; ")
/// or the sentence's end, so that another party's place ("and Kestrel
/// Ltd., organized under the laws of the State of Israel") is not taken
/// for this one's.
fn party_clause(sentence: &str, match_at: usize, match_end: usize) -> &str {
    let start = floor_char_boundary(sentence, match_at.min(sentence.len()));
    let from = floor_char_boundary(sentence, match_end.clamp(start, sentence.len()));
    let end = PARTY_END
        .find_at(sentence, from)
        .map_or(sentence.len(), |m| m.start());
    &sentence[start..end]
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

static PARTY_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r", (?:and|et|und|y|e|en) |; ").unwrap());

/// A clause that applies only to people outside Europe (the EEA, the EU,
/// the UK, Switzerland), in the six languages, on normalized text.
static OUTSIDE_EUROPE: LazyLock<Regex> = LazyLock::new(|| {
    let europe = r"(?:the |l'|le |la |de l'|du |de la |des |der |dem |del |dello |dell'|de )?(?:eea|eee|ewr|see|eer|eu|ue|uk|european economic area|european union|europe|espace economique europeen|union europeenne|europaischen wirtschaftsraums?|europaischen union|europas?|espacio economico europeo|union europea|europa|spazio economico europeo|unione europea|europese economische ruimte|europese unie|switzerland|suisse|schweiz|united kingdom|royaume-uni)\b";
    Regex::new(&format!(
        r"\b(?:for everyone else|for all other (?:users|customers|individuals|people|members)|if you (?:live|reside|are (?:located|based|resident)) in the (?:united states|us|usa)|si vous (?:residez|vivez|etes (?:situe|situee|etabli|etablie|base|basee)s?) aux etats-unis|(?:wenn|falls) sie (?:in den usa|in den vereinigten staaten) (?:wohnen|leben|ansassig sind)|si (?:reside|vive|resides|vives) en (?:los )?estados unidos|se (?:risiedi|vivi|risiede|vive) negli stati uniti|als u in de (?:verenigde staten|vs) woont|(?:in|for) the rest of the world|if you (?:live|reside|are (?:located|based|resident)) outside (?:of )?{europe}|(?:users|customers|individuals|members) (?:located |based |resident |residing |who (?:live|reside|are located) )?outside (?:of )?{europe}|pour (?:tous )?les autres (?:utilisateurs|clients|personnes|membres)|reste du monde|si vous (?:residez|vivez|etes (?:situe|situee|etabli|etablie|base|basee)s?) (?:en dehors|hors) (?:de )?{europe}|fur alle anderen (?:nutzer|kunden|personen|mitglieder)|rest der welt|(?:wenn|falls) sie (?:ausserhalb|nicht in) {europe}|para todos los demas|resto del mundo|si (?:reside|vive|se encuentra) fuera (?:del |de la )?{europe}|per tutti gli altri|resto del mondo|se (?:risiedi|vivi|ti trovi) al di fuori (?:del |dell'|della )?{europe}|voor alle andere (?:gebruikers|klanten|personen)|rest van de wereld|als u buiten {europe})"
    ))
    .unwrap()
});

/// A question ("Êtes-vous soumis au CLOUD Act ?", "**Vallen jullie onder
/// de CLOUD Act?**"), whatever Markdown closes it.
fn is_question(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| c.is_whitespace() || "*_#])\"'»”".contains(c))
        .ends_with('?')
}

/// Whether the table cell that the match at `match_end` lies in ends with
/// a question mark and the cells after it offer both answers, unticked
/// ("| Avez-vous fait l'objet ... d'une assignation en justice ? | oui |
/// non ; ☐ | ☐ |"): a blank form's question. (A questionnaire's answer
/// in the next cell, "| Are you subject to FISA 702? | Yes |", is judged
/// by that answer.)
fn is_blank_form_question(sentence: &str, match_end: usize) -> bool {
    let rest = sentence.get(match_end.min(sentence.len())..).unwrap_or("");
    let Some(k) = rest.find('|') else {
        return false;
    };
    let asked = rest[..k]
        .trim_end_matches(|c: char| c.is_whitespace() || "*_#".contains(c))
        .ends_with('?');
    // Each offered answer stands alone in its cell: "| oui | non ; ☐ |".
    let short_cells: Vec<Vec<&str>> = rest[k..]
        .split('|')
        .take(4)
        .map(|cell| {
            cell.split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect()
        })
        .filter(|words: &Vec<&str>| !words.is_empty() && words.len() <= 3)
        .collect();
    let offers = |answers: &[&str]| short_cells.iter().any(|words| answers.contains(&words[0]));
    asked && offers(&["yes", "oui", "ja", "si"]) && offers(&["no", "non", "nein", "nee"])
}

/// Nouns that make the subject of "relève du droit X" a company.
const COMPANY_NOUN: &[&str] = &[
    "societe",
    "mere",
    "filiale",
    "entite",
    "gesellschaft",
    "muttergesellschaft",
    "sociedad",
    "matriz",
    "societa",
    "controllante",
    "vennootschap",
    "moedermaatschappij",
];

static SHIELD_PRODUCT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:serie|series|brand|merk|marke|marca|marchio|model|modell|modelo|modello|product|produkt|producto|prodotto|filters?|filtres?|filtro|filtri|folien?|protectors?|protection d'ecran|displayschutz|blickschutz\w*|privacyfilters?|schermbeschermers?|screen|ecran|bildschirm|pantalla|schermo|laptops?|beeldscherm(?:en)?|extension|add-on|panel|button|plug-?in|feature|features|functie|fonction|fonctionnalite|funktion|funcion|funcionalidad|funzione|funzionalita|setting|settings|modus|mode|modo|modalita|instelling|einstellung|toggle|app)\b",
    )
    .unwrap()
});
/// The hosting providers' "safe harbour" of the Digital Services Act, the
/// e-commerce directive or the DMCA, not the EU-US framework.
static HOSTING_SAFE_HARBOUR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:digital services act|2022/2065|dsa|dmca|digital millennium|e-commerce directive|2000/31|section 512|seccion 512|proveedores de (?:servicios de )?alojamiento|prestataires d'hebergement|hebergeurs?|lcen|confiance dans l'economie numerique|hostingdienstverleners?|hostingproviders?|6:196c|elektronische handel|commerce electronique|34/2002|lssi(?:-?ce)?|fornitori di (?:servizi di )?hosting|liability exemption|haftungsprivileg\w*|haftungsfreistellung|hostprovider\w*|exoneration de responsabilite|exencion de responsabilidad|esenzione di responsabilita|aansprakelijkheidsvrijstelling|70/2003|telemediengesetz|tmg|ddg)\b")
        .unwrap()
});
/// "Safe harbor" in the six languages.
static HARBOUR_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"safe[- ]harbou?r|puerto seguro|porto sicuro|sicheren? hafens?|veilige haven|sphere de securite").unwrap()
});
/// An audience in the United States named in a price table's header
/// ("| Precio mensual (oyentes en EE. UU.) |"): whom the price is for, not
/// where data goes.
static US_AUDIENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:oyentes|espectadores|suscriptores|listeners|viewers|subscribers|auditeurs|spectateurs|abonnes|horer(?:innen)?|zuschauer(?:innen)?|ascoltatori|spettatori|abbonati|luisteraars|kijkers|abonnees) (?:in|en|aux|in den|negli|nei|in de) (?:the |los )?(?:us|usa|u\.s\.|united states|ee\. ?uu\.?|eeuu|estados unidos|etats-unis|vereinigten staaten|stati uniti|verenigde staten|vs)\b").unwrap()
});
/// The Data Privacy Framework or the Privacy Shield by name, in the six
/// languages: with [`COMPLAINT`], the framework's recourse for individuals
/// ("you may refer an unresolved complaint about our compliance with the
/// DPF Principles to JAMS"), not the contract's dispute clause.
static FRAMEWORK_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"data privacy framework|\bdpf\b|privacy ?shield|privacyschild|datenschutzrahmen|escudo de privacidad|marco de privacidad de datos|gegevensprivacykader|eu-vs-kader|quadro (?:ue-usa |eu-usa )?(?:per la|sulla) (?:protezione|privacy)|cadre de protection des donnees")
        .unwrap()
});
/// A complaint or recourse of an individual, in the six languages.
static COMPLAINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:complaints?|reclamations?|plaintes?|beschwerden?|quejas?|reclamaciones|reclam[oi]|klachten?|recourse|recours|independent dispute resolution|organisme independant|streitbeilegung|schlichtungsstelle|mecanismo de recurso|risoluzione delle controversie|geschillenorgaan|geschillencommissie)\b")
        .unwrap()
});
/// The EU-US transfer framework named beside a "safe harbor".
static EU_US_FRAMEWORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:eu-us|eu-u\.s|eu-vs|ue-eeuu|ue-usa|framework|privacy ?shield|privacyschild|department of commerce|schrems|transfers? of personal data)\b")
        .unwrap()
});
static SHIELD_FRAMEWORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:framework|frameworks|eu|ue|us|usa|u\.s|swiss|suisse|schweiz|transfer\w*|transf\w*|ubermitt\w*|doorgifte|certif\w*|zertifi\w*|gecertificeerd|adequa\w*|angemessen\w*|department|commerce|principles|grundsatze|principes|principios|principi|beginselen|zelfcertificering|ongeldig\w*|schrems|arrest|gegevens\w*|personal data|donnees personnelles|personenbezogene|datos personales|dati personali|persoonsgegevens)\b",
    )
    .unwrap()
});
static GLOSSARY_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^:.;]{2,60} ?: (?:une |a |an |la |el |il |de |een |eine |ein )?(?:demande|requete|request|anfrage|ersuchen|solicitud|requerimiento|richiesta|verzoek|order|ordre|ordine|orden|bevel|anordnung|mandato|mandat|injonction|ordonnance|decision|resolucion|decreto|provvedimento|beschluss|verfugung|writ|warrant|injunction|bevelschrift|uitspraak)\b",
    )
    .unwrap()
});
/// A question put indirectly, as tenders and questionnaires put it
/// ("Tenderers shall state whether they are subject to ...", "Los
/// licitadores declararán si ..."): what follows is asked, not said.
static INDIRECT_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?:state|states|indicate|indicates|declare|declares|confirm|confirms|specify|specifies|describe|describes|explain|explains)\ (?:(?-u:\w)+\ ){0,4}(?:whether|if)\b
        # vendors asked whether ('ha chiesto ai fornitori candidati se fossero soggetti a ...')
        | \b(?:ask|asks|asked|asking|demande|demandait|fragt|fragte|gefragt|pregunta|pregunto|preguntado|preguntaba|chiede|chiesto|chiedeva|vraagt|vroeg|gevraagd)\b[^.;]{0,60}?\b(?:vendors?|suppliers?|providers?|bidders?|candidates?|fournisseurs?|prestataires?|soumissionnaires?|candidats?|anbietern?|lieferanten|dienstleistern?|bietern?|proveedores|licitadores|candidatos|fornitori|offerenti|candidati|leveranciers|aanbieders|inschrijvers|kandidaten)\b[^.;]{0,40}?\b(?:whether|if|si|s'ils?|ob|se|of)\b
        | \b(?:indiquer|indiquera|indiqueront|indiquez|preciser|precisera|preciseront|precisez|declarer|declarera|declareront|confirmer|confirmera|confirmeront|decrire|decrira|decriront|decrivez|expliquer|expliquera|expliqueront)\ (?:(?-u:\w)+\ ){0,4}(?:si|s'il|s'ils)\b
        | \b(?:angeben|anzugeben|erklaren|zu\ erklaren|darlegen|darzulegen|mitteilen|bestatigen|beschreiben|zu\ beschreiben|erlautern|zu\ erlautern)\b[^.;]{0,40}?\bob\b | \b(?:geben|erklaren|legen|teilen|bestatigen|beschreiben|erlautern)\ (?:sie|die\ bieter|der\ bieter|bieter)\ (?:(?-u:\w)+\ ){0,4}(?:an|dar|mit)?,?\ ?ob\b
        | \b(?:indicar|indicaran|indicara|indique|indiquen|declarar|declararan|declarara|declare|declaren|especificar|especificaran|precisar|precisaran|confirmar|confirmaran|describir|describiran|describa|describan|explicar|explicaran)\ (?:(?-u:\w)+\ ){0,4}si\b
        | \b(?:indicare|indichi|indichino|dichiarare|dichiari|dichiarino|specificare|specifichi|precisare|precisi|confermare|confermi|descrivere|descriva|descrivano|illustrare|illustri|spiegare|spieghi)\ (?:(?-u:\w)+\ ){0,4}se\b
        | \b(?:aangeven|aan\ te\ geven|vermelden|te\ vermelden|verklaren|te\ verklaren|bevestigen|te\ bevestigen|beschrijven|te\ beschrijven|toelichten|toe\ te\ lichten)\b[^.;]{0,40}?\bof\b | \b(?:geef|geeft|licht)\ (?:(?-u:\w)+\ ){0,4}(?:aan|toe)\ of\b | \b(?:beschrijf|beschrijft|verklaar)\ (?:(?-u:\w)+\ ){0,4}of\b",
    )
    .unwrap()
});
/// Data protected from the authorities just named ("ensures that data is
/// protected from access by [third-country public authorities]"): a
/// safeguard, not a disclosure.
static PROTECTED_FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:protected|shielded|safeguarded|protegees?|geschutzt|abgeschirmt|protegid[oa]s?|protett[ioae]|beschermd|afgeschermd)\ (?:(?-u:\w)+\ ){0,2}(?:from|against|contre|de|vor|gegen|frente\ a|contra|da|dall'|tegen)\ (?:(?:any|all|tout|toute|jede[mnr]?|cualquier|qualsiasi|elke)\ )?(?:(?:unauthori[sz]ed|non\ autorise|unbefugt\w*|no\ autorizad[oa]|non\ autorizzat[oa]|ongeautoriseerde?)\ )?(?:(?:access|acces|zugriff\w*|acceso|accesso|toegang|disclosure|divulgation|offenlegung|divulgacion|divulgazione|openbaarmaking)\ (?:by|from|de|par|des|durch|von|por|de\ las|de\ los|da|dalle|dagli|door|van)\ [^.;]{0,20})?$",
    )
    .unwrap()
});
/// The last `n` bytes (or fewer, at a character boundary) of `before`,
/// from after its last full stop or semicolon: the words the clause puts
/// before a match. (Read this way rather than with a regex ending on
/// `[^.;]{0,n}$`, whose automaton, searched from every position, builds a
/// state for each set of counts: such regexes took a third more CPU over
/// the benchmark text.)
fn clause_tail(before: &str, n: usize) -> &str {
    let tail = &before[floor_char_boundary(before, before.len().saturating_sub(n))..];
    tail.rfind(['.', ';']).map_or(tail, |i| &tail[i + 1..])
}

/// A term defined as something a company operates ("Group Technology
/// Centre means the engineering and platform operations unit operated by
/// Castellan Technology Services LLC at ... Raleigh, North Carolina"): a
/// place or a unit, not the party.
static DEFINED_UNIT_OF_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:means?|bezeichnet|designe|significa|indica|betekent)\ [^,;:]{0,80}?\b(?:operated|run|managed|owned|maintained|hosted|exploite(?:e|s|es)?|betrieben(?:e[nrs]?)?|gestionad[oa]s?|gestit[oa]|beheerd)\ (?:by|par|von|durch|por|da|dalla|door)\ ").unwrap()
});
/// "Intelligence" as a product's or a field's name ("ShieldLine Device
/// Intelligence Order Form", "business intelligence requests"): not an
/// intelligence service.
static PRODUCT_INTELLIGENCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:device|business|threat|artificial|market|competitive|conversation(?:al)?|revenue|sales|customer|location|document|signal|fraud|risk|data|product|pricing|supply chain|cyber|open[- ]source)\ $").unwrap()
});
/// Staff vetted by the police ("has been vetted by [An Garda Síochána
/// through the National Vetting Bureau]", "ein erweitertes
/// Führungszeugnis"): a check of the vendor's people, not data handed over.
static VETTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:vetted|vetting|background (?:checks?|screenings?)|security clearances?|(?:erweitertes? )?fuhrungszeugnis(?:se)?|extrait de casier judiciaire|certificados? (?:negativos? )?de (?:delitos|antecedentes penales)|certificat[oi] del casellario giudiziale|verklaring omtrent het gedrag|identity history summary|disclosure scotland|(?:basic |standard |enhanced )?dbs checks?|police (?:certificates?|clearances?)|certificats? de police)\b",
    )
    .unwrap()
});

/// A person speaking in the first person singular just before the match
/// ("... and I've already [reported you to the FBI]", "j'ai déjà
/// [signalé votre société à la police]"): a customer's complaint quoted as
/// an example, not what the vendor does with data, which a vendor's terms
/// never put in the first person singular.
static SPEAKER_I: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[\s,(])(?:i(?:'ve|'ll|'m| have| will| am going to| shall)|j'ai|je vais|ich habe|ich werde|he|voy a|ho|ik heb|ik ga|ik zal)(?: (?:already|deja|bereits|schon|ya|gia|al|now|just))?\s*$",
    )
    .unwrap()
});
/// Forged legal process just before the match ("create counterfeit legal
/// process, such as fabricated [court orders, warrants or subpoenas]"): an
/// acceptable-use policy's ban, not a disclosure.
static COUNTERFEIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:counterfeit|fabricated|forged|fake|falsified|contrefai(?-u:\w)*|falsifie(?-u:\w)*|faux|fausses?|gefalscht(?-u:\w)*|falsificad(?-u:\w)*|falsos?|falsas?|contraffatt(?-u:\w)*|falsificat(?-u:\w)*|vervalst(?-u:\w)*|valse)\b",
    )
    .unwrap()
});
/// A verb of putting text into a tool ("Queda prohibido introducir en
/// cualquier herramienta ... [requerimientos judiciales] recibidos por la
/// empresa", "do not paste subpoenas into the assistant"); English "enter"
/// and "submit" only with the tool they put into ("enter ... into the
/// assistant"). With [`AI_TOOL`] in the sentence: documents as a tool's
/// input, not a disclosure to an authority.
static INPUT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:enter (?:any|such|personal|confidential|client|customer|privileged|sensitive|documents?|data|information|court|legal|subpoenas?|warrants?)|input|paste|upload|saisir|coller|televerser|charger|eingeben|einfugen|hochladen|einspeisen|introducir|pegar|subir|cargar|insertar|inserire|incollare|caricare|immettere|invoeren|plakken|uploaden|ingeven)\b",
    )
    .unwrap()
});
static ENTER_INTO_TOOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:enter|input|paste|upload|submit)\b.*\b(?:into|to|in) (?:the|any|an?|our|a third-party|external) (?:(?-u:\w)+ )?(?:tools?|assistants?|chatbots?|models?|prompts?|ai|llm)\b",
    )
    .unwrap()
});
fn put_into_tool(tail: &str) -> bool {
    INPUT_VERB.is_match(tail) || ENTER_INTO_TOOL.is_match(tail)
}
/// A generative-AI tool or its prompts named in a sentence.
static AI_TOOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:ai|ia|ki|genai|llm|chatbot|chatbots|assistant|assistants|assistent\w*|asistente|assistente|copilot|prompts?|tools?|outils?|werkzeug\w*|herramientas?|strument[oi]|models?|modeles?|modell\w*|modelos?|modelli|modello)\b",
    )
    .unwrap()
});
/// Encryption keys named in a match.
static ENCRYPTION_KEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:encryption keys?|cles? de (?:chiffrement|cryptage)|(?:verschlusselungs|krypto)schlussel\w*|claves? de (?:cifrado|encriptacion)|chiav[ei] di (?:crittografia|cifratura)|encryptiesleutels?|versleutelingssleutels?)\b").unwrap()
});
/// Keys kept under the customer's own control: a safeguard, not a hand-over.
static KEYS_CONTROLLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:sole|exclusive) control\b|\bcontrole exclusif\b|\balleinige\w* kontrolle\b|\bcontrol exclusivo\b|\bcontrollo esclusivo\b|\bexclusieve controle\b|\bcustomer-managed\b|\bbring your own key\b|\bbyok\b|\bhyok\b",
    )
    .unwrap()
});
static SUPERVISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:supervisory authorit(?:y|ies)|data protection authorit(?:y|ies)|personal data breach|data breach|security incident|autorites? de controle|violation de donnees|aufsichtsbehorden?|datenschutzbehorden?|datenpanne|autoridad(?:es)? de (?:control|proteccion de datos)|violacion de (?:la )?seguridad|autorita di controllo|garante per la protezione|violazione dei dati|toezichthoudende autoriteit|autoriteit persoonsgegevens|datalek|inbreuk in verband met persoonsgegevens)\b",
    )
    .unwrap()
});
/// A financial supervisor, the ECB or a resolution authority, or a
/// supervisor as such ([`AUDIT_RIGHTS`]).
static FINANCIAL_SUPERVISOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:central bank(?: of [a-z]+)?|banco de espana|banca d'italia|banque de france|banque centrale|bundesbank|bafin|de nederlandsche bank|dnb|cssf|acpr|european central bank|banco central europeo|banque centrale europeenne|europaische zentralbank|banca centrale europea|europese centrale bank|ecb|bce|ezb|eba|eiopa|esma|ivass|consob|cnmv|afm|fma|srb|(?:authorit\w*|autorit\w*|autoridad\w*|behorde\w*|autoriteit\w*)\b[^.;]{0,30}\b(?:de resolution|of resolution|resolution|de resolucion|di risoluzione|afwikkeling\w*|abwicklung\w*)|resolution authorit\w*|abwicklungsbehorde\w*|afwikkelingsautoriteit\w*|toezichthouder\w*|supervisors?|financial regulators?|finanzaufsicht\w*|aufsichtsbehorde\w*)\b",
    )
    .unwrap()
});
/// Audit, inspection and access rights, or cooperation in supervision
/// ("unrestricted rights of access, inspection and audit", "el derecho
/// pleno de acceso a los locales", "volledige en onbeperkte toegang tot
/// de bedrijfsruimten"): what DORA and the outsourcing guidelines require
/// for the supervisor, who audits the provider rather than demanding the
/// customers' data.
static AUDIT_RIGHTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:audit\w*|inspect\w*|inspeccion\w*|ispezion\w*|inspectie\w*|on-site|in situ|sur place|vor ort|ter plaatse|in loco|prufungs?rechte?|prufung\w*|verifiche|rights? of access|access rights|droits? d'acces|zugangsrecht\w*|derechos? (?:pleno )?de acceso|diritt\w* di accesso|toegangsrecht\w*|toegang tot de bedrijfsruimten|acceso a los locales|accesso ai locali|acces aux locaux|zugang zu den geschaftsraumen|(?:its|their|sus|ses|leurs|ihre[rn]?|le loro|hun) (?:supervisory|supervision|de supervision|de controle|di vigilanza|aufsichtlichen|toezichthoudende) (?:functions|tasks|powers|funciones|fonctions|missions|funzioni|aufgaben|befugnisse|taken)|(?:functions|funciones|fonctions|missions|funzioni|taken|tasks|powers) (?:de supervision|de controle|de surveillance|di vigilanza|van toezicht|of supervision)|cooperat\w*|coopera\w*|kooperier\w*|zusammenarbeit\w*|(?:werkt|werken) (?:[a-z]+ )?mee|meewerk\w*)\b",
    )
    .unwrap()
});
/// The termination of the contract at an authority's request ("recesso
/// immediato su richiesta dell'Autorità"): a request to end it, not for
/// data.
static TERMINATION_ON_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:recesso|risoluzione|termination|terminate|resiliation|kundigung|beendigung|opzegging|beeindiging|rescision|resolucion del contrato)\b[^.;|]{0,40}\b(?:su richiesta|at the request|upon the request|on the request|a la demande|sur demande|auf verlangen|auf anordnung|op verzoek|a peticion|a solicitud|a requerimiento)\b").unwrap()
});
/// Police, prosecutors or compulsory process, named in a sentence that also
/// names a supervisory authority ("we share it with regulators, law
/// enforcement or others in response to a legal request"): the sentence is
/// about disclosure on demand after all.
static ENFORCEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:law enforcement|police|subpoenas?|legal process(?:es)?|vorladung\w*|dagvaarding\w*|search warrants?|court orders?|strafverfolgung\w*|ermittlungsbehorde\w*|polizei\w*|staatsanwaltschaft\w*|gerichtsbeschluss\w*|forces de l'ordre|requisitions? judiciaires?|policia|fuerzas y cuerpos de seguridad|orden(?:es)? judicial(?:es)?|forze dell'ordine|polizia|autorita giudiziaria|politie|justitie|rechtshandhaving\w*|opsporingsinstanties?|judicial authorit\w*|judicial,|investigative|investigating authorit\w*|autorites? judiciaires?|autoridad(?:es)? judicial(?:es)?|justitiele autoriteit\w*|requisitions?|services d'enquete|decisions? de justice|decisions? d'une juridiction|decisions? juridictionnelles?|provvediment\w* giurisdizional\w*|rechterlijke (?:uitspraak|beslissing|bevel)\w*|gerichtliche\w* (?:anordnung|entscheidung)\w*|controle des exportations|export controls?|ausfuhrkontroll\w*|control de (?:las )?exportaciones|controllo (?:delle )?esportazioni|exportcontrole|bureau of industry and security)\b",
    )
    .unwrap()
});
/// A breach notification, which names authorities without disclosing data
/// on demand.
static BREACH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:personal data breach|data breach|security incident|violation de donnees|violation de (?:la )?securite|datenpanne|datenschutzverletzung|violacion de (?:la )?seguridad|violazione dei dati|datalek|inbreuk in verband met persoonsgegevens)\b",
    )
    .unwrap()
});
/// The attribute a governing-law capture group fills: "law", "law2", ...
/// give `law`, "venue", "venue2", ... give `venue` (a regex with several
/// alternatives names each one's group apart); other groups name no place.
pub(crate) fn place_key(group: &str) -> Option<&'static str> {
    if group.starts_with("law") {
        Some("law")
    } else if group.starts_with("venue") {
        Some("venue")
    } else {
        None
    }
}

/// A capture group that names a US company's state: `state`, or
/// `state2`, `state3` for the same group in another branch of the regex.
pub(crate) fn is_state_group(group: &str) -> bool {
    group.starts_with("state")
}

/// The words after a match that make its last word (a US place) the first
/// word of a European company's name: "Washington Mailing Services Ltd"
/// (of Washington, Tyne and Wear), "Boston Consulting GmbH".
static NON_US_COMPANY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^ (?P<words>(?:[a-z&'-]+ ){0,3})(?:ltd|limited|plc|llp|gmbh|ag|sas|sasu|sarl|sa|s\.a\.|bv|b\.v\.|nv|n\.v\.|srl|s\.r\.l\.|spa|s\.p\.a\.|sl|s\.l\.|slu|s\.l\.u\.)(?:$|[^a-z0-9])",
    )
    .unwrap()
});

/// Whether `after` (the text after a match) goes on with the rest of a
/// European company's name ([`NON_US_COMPANY_AFTER`]), not with words such
/// as "by" that lead to another name ("stored in Oregon by Cascade Storage
/// Ltd").
fn non_us_company_after(after: &str) -> bool {
    const LINKS: &[&str] = &[
        "by", "of", "for", "and", "at", "in", "with", "from", "to", "the", "via", "or", "par",
        "de", "du", "des", "et", "von", "und", "bei", "por", "y", "da", "e", "door", "en", "bij",
    ];
    NON_US_COMPANY_AFTER.captures(after).is_some_and(|c| {
        c.name("words")
            .is_none_or(|w| w.as_str().split(' ').all(|w| !LINKS.contains(&w)))
    })
}

/// A company named as the owner of another, just before the match (which
/// starts on the company's "Inc.", "LLC" or "Corp."):
/// "Brightwave Analytics Italia S.r.l., società interamente controllata da
/// Brightwave [Inc. (Boston)]", "a wholly owned subsidiary of Acme [Inc.,
/// Austin, Texas]". The group's structure, not a recipient of data.
static OWNER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^a-z])(?:(?:interamente |integralmente |totalmente |al 100 ?% )?(?:controllata|posseduta|detenuta|partecipata) (?:interamente |integralmente |al 100 ?% )?da|(?:(?:wholly[- ]owned |indirect |direct )?subsidiary|affiliate) of|(?:wholly[- ]owned|owned|controlled) by|filiale (?:a 100 ?% )?(?:de|du|d')|(?:detenue?|controlee?)s? (?:a 100 ?% |integralement )?par|tochter(?:gesellschaft|unternehmen) (?:der|von|des)|im (?:alleinigen )?besitz (?:der|von)|dochter(?:onderneming|maatschappij|vennootschap) van|(?:volledig )?in handen van|filial (?:al 100 ?% )?de|(?:controlada|participada) (?:integramente |al 100 ?% )?por)(?: [a-z0-9&'.-]+,?){1,5} ?$",
    )
    .unwrap()
});

/// The legal form that ends a US company's name.
static ENTITY_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:inc|llc|l\.l\.c|corp|corporation)\b").unwrap());
/// Another company of the group named before the match: a parent, a
/// subsidiary (of which the party is one, or which the party owns), an
/// affiliate, a group company.
static GROUP_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:konzerngesellschaften|konzerngesellschaft|group compan(?:y|ies)|consociat[ae]|societa (?:collegat|affiliat)[ae]|societes? affiliees?|verbundene[ns]? unternehmen|empresas? vinculadas?|sociedad(?:es)? vinculadas?|gelieerde (?:vennootschap|onderneming|maatschappij)(?:pen|en)?|groepsvennootschap(?:pen)?|groepsmaatschappij(?:en)?|societes? du groupe|societa del gruppo|sociedades del grupo|affiliates?|filiale|subsidiary|tochtergesellschaft|tochterunternehmen|filial|controllata|dochteronderneming|dochtermaatschappij|dochtervennootschap|group parent|parent company|parent corporation|ultimate parent|holding company|capogruppo|societa controllante|controllante|moedermaatschappij|moederbedrijf|moedervennootschap|muttergesellschaft|konzernmutter|obergesellschaft|societe mere|maison mere|societe tete|tete de groupe|societe de tete|sociedad matriz|casa matriz|la matriz|sociedad dominante|societe dominante|societa dominante|herrschende gesellschaft|beherrschende gesellschaft|ultimate controlling (?:company|entity|shareholder)|participada (?:mayoritariamente |integramente |totalmente )?por|detenue (?:majoritairement |integralement )?par|controlee par|(?:majority |wholly |fully )?owned by|controlled by|controllat[oa] da|controlad[oa] por|gecontroleerd door|(?:group|gruppo|grupo|groupe|groep|konzern) (?:headed by|led by|facente capo a|che fa capo a|encabezado por|liderado por|dirige par|chapeaute par|onder leiding van)|gehalten von|im besitz der|gesellschafterin|gesellschafter|shareholders?|actionnaires?|accionistas?|azionisti|socio unico|aandeelhouders?|subsidiaries|filiales|tochtergesellschaften|controllate|dochterondernemingen|(?:share )?capital(?:e)?(?: social(?:e)?)? (?:e|est|is|ist|es|wordt) (?:interamente |integralement |wholly |integramente |vollstandig )?(?:detenuto|detenu|held|detenido|gehalten|gehouden))\b",
    )
    .unwrap()
});
/// A company's state of incorporation right after a place that a
/// US-transfer match ends on: "Silverline Corp. (a [Colorado]
/// corporation)" says under which law it was formed, not where data goes.
static INCORPORATION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[a-z]*(?: (?:nonprofit|non-profit|not-for-profit|public|benefit|close|closely|held|professional|stock|domestic|chartered|state-chartered|banking|savings|mutual)){0,2} (?:corporation|limited liability company|limited partnership|general partnership|business trust|statutory trust|llc|l\.l\.c|corp\.?|(?:trust )?company)(?:$|[^a-z])",
    )
    .unwrap()
});
/// What follows a match that names US providers in general, when the
/// sentence says what law reaches them ("[Les fournisseurs américains]
/// peuvent recevoir des lettres de sécurité nationale", "[I fornitori
/// statunitensi] sono soggetti al Patriot Act"): a government-access
/// statement, not a transfer. ("Nos prestataires américains sont soumis à
/// des obligations de confidentialité" names no such law, and stays.)
static LAW_REACHES_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,? ?(?:(?:are|is|sont|est|sind|ist|son|es|estan|esta|sono|e|zijn) )?(?:(?:all|tous|alle|todos|tutti) )?(?:subject to|soumis|assujettis|unterliegen|unterliegt|sujetos?|soggett[io]|onderworpen|vallen onder|valt onder|(?:may|can|could|peuvent|pourraient|peut|konnen|pueden|podrian|possono|potrebbero|kunnen) (?:be compelled|receive|recevoir|etre contraints|erhalten|recibir|ricevere|ontvangen))(?-u:\b)[^.;]{0,60}?(?-u:\b)(?:cloud act|patriot|fisa|section 702|12333|national security letters?|lettres de securite nationale|nsl|fbi|nsa|(?:us|u\.s\.|american|americaines?|us-amerikanisch(?-u:\w)*|estadounidenses?|statunitens[ei]|amerikaanse) (?:law|authorit(?-u:\w)*|autorites|behorden|autoridades|autorita|autoriteiten|government|gouvernement))",
    )
    .unwrap()
});
/// A contrast right before a match ("A diferencia de [los proveedores
/// estadounidenses], no estamos sujetos a la Ley CLOUD", "Unlike [US cloud
/// providers]"): the vendor says what it is not.
/// A US-transfer match that opens on a company's own premises ("its
/// facility in Plymouth, Minnesota", "nos installations d'Austin") in a
/// sentence about making, storing or shipping goods, where no word speaks
/// of data: a plant or a warehouse, not a data centre.
fn goods_facility(sentence: &str, match_at: usize, match_end: usize) -> bool {
    sentence
        .get(match_at..match_end)
        .is_some_and(|m| PREMISES_MATCH.is_match(m))
        && GOODS.is_match(sentence)
        && !DATA_WORD.is_match(sentence)
}

/// US federal law named as law that governs, in a choice-of-law match.
/// The words after a US state's law that add the federal law beside it:
/// "[governed by California law] and applicable U.S. federal law", "las
/// leyes del Estado de Colorado y, en lo que resulte de aplicación, la
/// legislación federal de los Estados Unidos", "und ergänzend dem
/// US-Bundesrecht". A state's law with this is US law at both levels.
pub fn federal_law_after(after: &str) -> bool {
    FEDERAL_LAW_AFTER.is_match(after)
}
static FEDERAL_LAW_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^[^.;]{0,90}?\b(?:and|or|as\ well\ as|together\ with|y|o|et|ou|ainsi\ que|und|oder|sowie|e|o|nonche|en|of|alsmede)\b(?:[^.;]|\b[a-z]\.){0,70}?
        (?:\b(?:federal|federale?s?|federali|federaal)\ (?:laws?|legislation|law|ley|leyes|legislacion|derecho|lois?|droit|gesetze|recht|legge|leggi|diritto|normativa|wetgeving|wetten)\b
          | \bfederal\ arbitration\ act\b
          | \b(?:laws?|legislation|ley|leyes|legislacion|derecho|lois?|droit|legge|leggi|diritto|normativa|recht|wetgeving|wetten)\ (?:(?:applicable|aplicable|applicabile|applicables)\ )?(?:federal|federale?s?|federali|federaal)\b
          | \b(?:us-)?bundesrecht\w*
          | \bbundes(?:gesetze|rechts)\b)",
    )
    .unwrap()
});
static US_FEDERAL_LAW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:federal|patent|copyright|trademark) laws? of the united states(?: of america)?|(?:united states|u\.s\.|us) federal laws?)\b",
    )
    .unwrap()
});

/// "Unité Support (US)", "l'US (Unité Support)", "User Services (US)": a
/// name of two words whose initials are U and S, given with "US" as its
/// abbreviation. A match whose only mention of the country is that "US"
/// is not one.
fn us_is_an_abbreviation(sentence: &str, match_at: usize, match_end: usize) -> bool {
    let Some(m) = sentence.get(match_at..match_end) else {
        return false;
    };
    US_ABBREVIATION.find_iter(sentence).any(|a| {
        let us = a.start() + a.as_str().find("us").unwrap_or(0);
        (match_at..match_end).contains(&us)
            && !US_WORD.is_match(&m[..us - match_at])
            && !US_WORD.is_match(&m[(us + 2).min(m.len())..])
    })
}

/// A two-word name and "US" in brackets after or before it, the "US" in
/// the brackets' or the name's place.
static US_ABBREVIATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:u[a-z']*[ -]s[a-z]* \(us\)|(?:l')?us \(u[a-z']*[ -]s[a-z]*\))").unwrap()
});
/// Other words that name the United States.
static US_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:us|usa|u\.s\.a?|united states|etats-unis|vereinigten staaten|estados unidos|stati uniti|verenigde staten|vs|ee\. ?uu)\b")
        .unwrap()
});

/// A company that runs its own affairs ("Unsere Tochtergesellschaft X
/// Inc. in Spartanburg (South Carolina, USA) führt ein eigenes
/// Bewerbungsverfahren durch"): where the sentence speaks of no data, a
/// US company named, not a recipient.
static OWN_AFFAIRS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:its own|their own|eigene[nmrs]?|son propre|sa propre|ses propres|leurs? propres?|su propi[oa]|sus propi[oa]s|(?:un|il) proprio|(?:una|la) propria|(?:een|hun|haar|zijn) eigen)\b",
    )
    .unwrap()
});

/// A certificate the person obtains from an authority ("Identity History
/// Summary expedido por el FBI, obtenido por la propia persona
/// candidata"): a document handed in, not data handed over.
static ISSUED_TO_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:issued by|obtained by the (?:candidate|applicant|person)|delivre par|obtenu par (?:le|la) candidat|ausgestellt (?:von|durch)|vom bewerber|expedid[oa] por|obtenid[oa] por la propia|rilasciat[oa] da|ottenut[oa] dal(?:la)? candidat|afgegeven door|aangevraagd door de kandidaat|apostill\w*)\b",
    )
    .unwrap()
});
/// A product's regulatory file made available to authorities ("so that
/// the PIF can be made available to the competent authorities"): a file on
/// the product, not personal data.
static PRODUCT_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:product information files?|pif|technical (?:file|documentation)|dossier d'information (?:sur le )?produit|dossier technique|documentation technique|produktinformationsdatei|technische (?:dokumentation|unterlagen)|expediente de informacion (?:sobre el|del) producto|documentacion tecnica|fascicolo tecnico|documentazione tecnica|productinformatiedossier|technisch dossier)\b",
    )
    .unwrap()
});
/// A transfer match that begins by denying its recipient ("no
/// Sub-processor is established in ... the United States", "schakelt
/// geen subverwerkers in die zijn gevestigd in de Verenigde Staten").
static NO_RECIPIENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:no|not any|neither|geen|keine[nr]?|aucun(?:e)?|ningun(?:a|o)?|nessun(?:a|o)?)\ (?:other\ |further\ |weitere[nr]?\ |andere\ )?(?:sub-?processors?|subverwerkers?|verwerkers?|unterauftragsverarbeiter\w*|auftragsverarbeiter\w*|sous-traitants?(?:\ ulterieurs?)?|subencargad[oa]s?|encargad[oa]s?|sub-?responsabil[ei]|responsabil[ei]|processors?|providers?|vendors?|recipients?|destinataires?|empfanger|destinatari[oa]s?|ontvangers?)\b",
    )
    .unwrap()
});
/// A match that starts on a company's premises.
static PREMISES_MATCH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\W*(?:(?:our|its|their) facilit|installations?\b)").unwrap());
/// Words of making, storing or shipping goods.
static GOODS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:manufactur|produc|assembl|fabricat|packag|warehous|ship|goods|components|devices|equipment|inventory|fabriqu|usine|entrepot|marchandises|herstell|fertig|lager|fabrica|almacen(?:es)?\b|mercancia|stabiliment|magazzin|merci\b|fabriek|magazijn|goederen)",
    )
    .unwrap()
});
/// Goods, waste and materials that travel ("Les Marchandises sont
/// destinées à la fonderie ... située à Marcus Hook (Pennsylvanie)",
/// "Printplaten ... kunnen worden overgebracht naar ... een raffinaderij in
/// de Verenigde Staten"): where the sentence names no data, a shipment of
/// things, not a transfer of data.
static MATERIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:goods|merchandise|marchandises|waren|mercancias?|merci|goederen|wastes?|dechets|abfall\w*|abfalle|residuos|rifiuti|afval\w*|scrap|ferrailles?|schrott|chatarra|rottami|schroot|circuit boards?|printed circuit\w*|cartes electroniques|leiterplatten|placas de circuito|schede elettroniche|printplat\w*|fractions?|fraktion\w*|fracciones|frazioni|fracties|precious metals?|metaux precieux|edelmetall\w*|metales preciosos|metalli preziosi|edelmetal\w*|refinery|refiner|raffinerie|affineur|fonderie|smelter\w*|huttenwerk|schmelzhutte|refineria|fundicion|raffineria|fonderia|raffinaderij|smelterij\w*|cargo|cargaisons?|fracht\w*|shipments of|envios de|spedizioni di)\b",
    )
    .unwrap()
});
/// German and Dutch compounds of data ("Kundendaten", "klantgegevens").
static COMPOUND_DATA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[a-z](?:daten|gegevens)\b").unwrap());
/// Words that speak of data or its systems.
/// "Its own" hours, not its own affairs ("die in haar eigen middag- en
/// avonduren de nachtdienst voor de Europese klanten verzorgt": a US
/// monitoring centre working European nights in its daytime).
static OWN_HOURS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:own|eigene[nmrs]?|propres?|propi[oa]s?|propri[oa]|eigen)\ (?:[a-z-]+\ ){0,3}?(?:hours|business\ hours|daytime|time\ zone|uren|avonduren|dagdienst|stunden|geschaftszeiten|tageszeit|heures|journee|horas|horario|ore|orario|tijdzone|zeitzone|fuseau\ horaire)\b").unwrap()
});
/// Goods made in the United States ("the Halberd HB-7 camera, manufactured
/// in the United States by Halberd Devices"): where a device was built,
/// not where data go.
static MADE_IN_US: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:manufactured|made|produced|assembled|built|fabrique(?:e|s|es)?|hergestellt|gefertigt|produziert|fabricad[oa]s?|producid[oa]s?|prodott[oiae]|fabbricat[oiae]|vervaardigd|geproduceerd|gemaakt)\ (?:in|aux|en|negli|in\ den|in\ de)\ (?:the\ |los\ )?(?:united\ states|usa|us|u\.s\.|etats-unis|vereinigten\ staaten|estados\ unidos|stati\ uniti|verenigde\ staten|vs)\b|\b(?:designed|made|built|concue?s?|entworfen|entwickelt|disenad[oa]s?|progettat[oiae]|ontworpen)\ (?:by|par|von|por|da|door)\ (?:a|an|un|une|einem|uno|una|een)\ (?:manufacturer|maker|fabricant|constructeur|hersteller|fabricante|produttore|costruttore|fabrikant|producent)\ (?:in|aux|en|negli|in\ den|in\ de)\ (?:the\ |los\ )?(?:united\ states|usa|us|u\.s\.|etats-unis|vereinigten\ staaten|estados\ unidos|stati\ uniti|verenigde\ staten|vs)\b").unwrap()
});
/// A parts table's export-control class ("| Getriebe-Steuergerät | Prairie
/// Drivetrain Inc., Peoria (IL) | US | EAR99 |"): the goods' origin.
static EXPORT_CLASS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:ear99|eccn|usml|itar|[0-9][a-e][0-9]{3}[a-z]?)\b").unwrap());
/// Where a vehicle is registered ("If your vehicle is registered outside
/// Ireland (for example in ... the United States)"): its plates, not where
/// data go.
static VEHICLE_REGISTERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:vehicles?|cars?|motorcycles?|vehicules?|voitures?|fahrzeug(?-u:\w)*|kfz|vehiculos?|coches?|veicol[oi]|automobil[ei]|voertuig(?-u:\w)*|auto's|(?:number|license|licence) plates?|kennzeichen|kenteken(?-u:\w)*)\b[^.;]{0,40}\b(?:registered|immatricule(?-u:\w)*|zugelassen|matriculad(?-u:\w)*|immatricolat(?-u:\w)*|geregistreerd|ingeschreven)\b").unwrap()
});
/// A family court's order that limits a parent's rights ("if a court order
/// limits another parent's access to information about your child", "wenn
/// ein Gerichtsbeschluss das Auskunftsrecht des anderen Elternteils
/// einschränkt"): it restricts, it demands no data.
static FAMILY_ORDER_LIMITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^[^.;]{0,40}?\b(?:court\ orders?|ordonnances?|decisions?\ de\ justice|jugements?|gerichtsbeschluss|gerichtliche\ (?:entscheidung|anordnung)|urteil|resolucion(?:es)?\ judicial(?:es)?|sentencias?|orden(?:es)?\ judicial(?:es)?|provvedimento\ del\ giudice|provvedimenti\ del\ giudice|sentenz[ae]|ordinanz[ae]|rechterlijke\ (?:uitspraak|beschikking)|vonnis)\b[^.;]{0,60}?(?:\b(?:limits?|limiting|restricts?|restricting|limite|limitent|restreint|restreignent|einschrankt|beschrankt|einschranken|beschranken|limita|limitan|restringe|restringen|beperkt|beperken)\b[^.;]{0,80}?\b(?:parents?|child|children|enfants?|elternteils?|eltern|kind(?:es|er)?|progenitor(?:es)?|hij[oa]s?|nin[oa]s?|genitor[ei]|figli[oa]?|bambin[oi]|ouders?|kinderen|custody|garde|sorgerecht|custodia|gezag)\b|\b(?:parents?|child|children|enfants?|elternteils?|eltern|kind(?:es|er)?|progenitor(?:es)?|hij[oa]s?|nin[oa]s?|genitor[ei]|figli[oa]?|bambin[oi]|ouders?|kinderen|custody|garde|sorgerecht|custodia|gezag)\b[^.;]{0,80}?\b(?:limits?|limiting|restricts?|restricting|limite|limitent|restreint|restreignent|einschrankt|beschrankt|einschranken|beschranken|limita|limitan|restringe|restringen|beperkt|beperken)\b)",
    )
    .unwrap()
});
/// A phishing lure or a malware family that borrows a legal word ("een
/// phishingbericht met als onderwerp „Subpoena – dagvaarding ...“", "a
/// 'Subpoena' pretext"): a security test's or report's content.
static PHISHING_LURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:phishing(?-u:\w)*|lure|lures|lokaas|leurre|leurres|koder|pretext(?-u:\w)*|pretexte|pretesto|pretexto|malware|maliciel(?-u:\w)*|schadsoftware|stealer|infostealer|simulat(?-u:\w)*|simula|simulan|simulano|simulando|simule|simulent|simuliert(?-u:\w)*|simulieren|simuleert|imitat(?-u:\w)*|imita|imitan|imitano|imite|imitent|spoof(?-u:\w)*|nachgeahmt(?-u:\w)*|nagebootst(?-u:\w)*)\b").unwrap()
});
/// A data subject's rights named in the match, two or more ("U kunt ons
/// [verzoeken om inzage, correctie of verwijdering van uw gegevens, of
/// bezwaar maken]"): the person's own requests, not an authority's (which
/// may also ask for "inzage").
static SUBJECT_RIGHTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:inzage|correctie|rectificatie|verwijdering|wissing|dataportabiliteit|rectification|effacement|portabilite|berichtigung|loschung|datenubertragbarkeit|rectificacion|supresion|portabilidad|rettifica|cancellazione|portabilita|erasure|portability)\b").unwrap()
});
/// Tax law that obliges the disclosure ("verstrekt deze aan de
/// Belastingdienst voor zover de belastingwetgeving daartoe verplicht"), or
/// the tax returns it goes with ("à l'administration fiscale dans le cadre
/// des déclarations d'accise"): a statutory flow, not a request.
static TAX_LAW_DUTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:belastingwetgeving|fiscale\ (?:bewaar(?-u:\w)*|verplichting(?-u:\w)*|wetgeving)|op\ grond\ van\ de\ wet|tax\ (?:law|laws|legislation|obligations?)|legislation\ fiscale|obligations?\ fiscales?|steuerrecht(?-u:\w)*|steuerliche(?-u:\w)*\ (?:pflicht(?-u:\w)*|vorschrift(?-u:\w)*)|abgabenordnung|legislacion\ tributaria|obligaciones\ (?:fiscales|tributarias)|normativa\ (?:fiscale|tributaria)|obblighi\ fiscali|declarations?\ (?:fiscales?|d'accises?|de\ tva)|(?:tax|excise|vat)\ returns?|steuererklarung(?-u:\w)*|steueranmeldung(?-u:\w)*|declaracion(?:es)?\ (?:fiscales?|tributarias?|de\ impuestos?|del\ iva)|dichiarazion[ei]\ (?:fiscal[ei]|dei\ redditi|iva)|(?:belasting)?aangifte(?-u:\w)*|seuils?\ declaratifs?|obligations?\ declaratives?|(?:lorsque|si|quand)\ la\ (?:loi|reglementation)\ l'(?:exige|impose)|reporting\ thresholds?|meldeschwellen?|umbral(?:es)?\ de\ declaracion|obblighi\ dichiarativi|soglie\ dichiarative)\b").unwrap()
});
/// The reporting of platform sellers to the tax authorities under DAC7
/// (Directive (EU) 2021/514): a statutory flow, not a request.
static DAC7: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:dac\ ?7|2021/514|gegevensuitwisseling\ digitale\ platformen|plattformen-steuertransparenzgesetz|pstttg)\b").unwrap()
});
/// "Please tell us promptly if a court order ...": the user informs the
/// vendor; no one demands data from the vendor.
static TELL_US: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:notif(?:y|ies)|inform(?:s)?|tell(?:s)?|alert(?:s)?|advise(?:s)?)\ us\b")
        .unwrap()
});
/// A task said to lie outside the contract ("Die Übermittlung von
/// Berichten an Behörden ist nicht Gegenstand dieses Vertrags", "Reporting
/// to the authorities is outside the scope of the Services"): the vendor
/// discloses nothing under it.
static OUT_OF_SCOPE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^.;]{0,40}?\b(?:(?:ist|sind) (?:ausdrucklich )?(?:nicht|kein) (?:gegenstand|bestandteil|teil)|(?:is|are) (?:not (?:part of|within|covered by)|outside) the (?:scope|services|subject)|n'(?:entre|entrent) pas dans (?:le|la|les) (?:champ|perimetre|cadre|objet)|(?:est|sont) (?:exclue?s? du|hors du) (?:champ|perimetre|cadre|objet)|ne (?:fait|font) pas partie|no (?:es|son|forma|forman) (?:parte del )?objeto|(?:queda|quedan) fuera del (?:alcance|objeto)|non (?:e|sono|rientra|rientrano) (?:nell')?oggetto|esula(?:no)? dall'oggetto|(?:valt|vallen) buiten|(?:maakt|maken) geen (?:deel|onderdeel) uit|(?:is|zijn) geen (?:onderdeel|voorwerp)|ne (?:releve|relevent) pas (?:du|de|des))\b",
    )
    .unwrap()
});
/// A sentence that opens by putting what follows outside the contract
/// ("Nicht Gegenstand dieses Vertrags sind ... Anträge auf US-Visa ... für
/// Mitarbeiter, die zur Tochtergesellschaft ... in Charlotte wechseln",
/// "Not covered by these Terms are ..."): what is excluded, not done.
static OUT_OF_SCOPE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\W*(?:[0-9]+(?:\.[0-9]+)*\.? )?(?:nicht (?:gegenstand|umfasst|erfasst|bestandteil)|ausgenommen sind|not (?:covered|included|within the scope)|excluded from (?:the|these|this) (?:scope|services|agreement|terms)|(?:sont|est) (?:exclue?s?|hors) (?:du|de|des) |ne (?:sont|font) pas (?:couverts|partie)|hors (?:du )?(?:champ|perimetre)|(?:quedan|queda) (?:excluid[oa]s?|fuera)|no (?:estan|quedan|forman parte) |(?:sono|e) esclus[ioae]|non (?:sono|rientrano|rientra|fanno parte) |(?:buiten|niet onder) (?:de |het )?(?:scope|reikwijdte|toepassingsgebied)|niet inbegrepen)\b",
    )
    .unwrap()
});
/// Whether Georgia, `name` in the governing-law match `matched`, is the
/// US state: named "État de Géorgie" (or "Staat", "Estado", "Stato") or
/// followed by the United States ("Géorgie (États-Unis d'Amérique)").
fn georgia_the_state(matched: &str, name: &str) -> bool {
    let Some(at) = matched.find(name) else {
        return false;
    };
    let before = &matched[..at];
    let after = &matched[at + name.len()..];
    GEORGIA_STATE_BEFORE.is_match(before) || GEORGIA_US_AFTER.is_match(after)
}
static GEORGIA_STATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:etat|state|staat|staates|bundesstaat|bundesstaates|estado|stato)(?: de| of| della| di)?(?: la| l')? ?$").unwrap()
});
static GEORGIA_US_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,? ?\(?(?:usa|u\.s\.|us|etats-unis|etats unis|united states|vereinigte staaten|estados unidos|stati uniti|verenigde staten)\b").unwrap()
});
/// Whether `sentence` (normalized) opens by putting what follows outside
/// the contract ([`OUT_OF_SCOPE_OPENING`]).
pub fn out_of_scope_opening(sentence: &str) -> bool {
    OUT_OF_SCOPE_OPENING.is_match(sentence)
}
/// A currency in a table cell that names a US place ("| Stati Uniti
/// (mediana, USD) |"), or a row that speaks of pay (a salary benchmark's
/// "| Senior engineer | New York | median salary 185 000 |"): with no data
/// word in the row, a market, not where data goes. (A row of services or
/// staff with their fees is not enough: "| S-04 | User support | Charlotte
/// shared services centre | 12 months | 5 300 € |" is where the work is
/// done.)
static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b(?:usd|eur|gbp|chf|cad|us\$)\b|[€$£]|\d ?(?:k|m|mio|million|millions)? ?(?:dollars?|euros?)\b)").unwrap()
});
/// A sentence that opens on a past moment ("Toen wij RijSlim in 2019
/// ontwikkelden, werd ... nog een Amerikaanse dienst gebruikt", "When we
/// launched in 2019, we still used ..."): with "still" and a verb in the
/// past, a use that has ended.
/// An event in a table row ("| Gran Final | 17 – 18 de octubre de 2026 |
/// Las Vegas (Nevada) |"): where people meet, not where data goes.
static EVENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:finals?|finale|grand final|gran final|grande finale|tournaments?|tournois?|torneos?|tornei|torneo|turniere?|toernooi(?:en)?|play-?offs?|qualifiers?|conferences?|conferencias?|conferenze?|konferenz(?:en)?|congres|congresos?|congressi|kongress|congressen|trade (?:show|fair)s?|salons?|ferias?|fiere?|messen?|beurzen?|beurs)\b").unwrap()
});
/// Customers in the United States billed in dollars ("Licentienemers
/// gevestigd buiten de EER, bijvoorbeeld in de Verenigde Staten of Canada,
/// worden in Amerikaanse dollars gefactureerd"): an invoice, not a
/// transfer.
static BILLED_CUSTOMERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:customers?|clients?|licensees?|licentienemers?|lizenznehmer(?:innen)?|kunden|klanten|clientes|clienti|licenciatarios?|licenziatari|licencies?|licencie|abonnes|subscribers|abonnenten|abonnees)\b[^.;]{0,160}?\b(?:billed|invoiced|charged|gefactureerd|in rekening gebracht|factures|facturees?|berechnet|in rechnung gestellt|facturad[oa]s|fatturat[ie])\b").unwrap()
});
/// Suppliers in the United States who sell and invoice ("Rechnungen von
/// Lieferanten mit Sitz in den Vereinigten Staaten ... werden auf demselben
/// Weg im Inland verarbeitet", "Il Titolare acquista botti ... da fornitori
/// con sede negli Stati Uniti, che emettono fatture ... in dollari"):
/// where goods and invoices come from, not where data goes. Only where the
/// supplier comes before the match's end and the sentence names no data.
fn suppliers_invoicing(sentence: &str, match_end: usize) -> bool {
    SUPPLIER_WORD
        .is_match(&sentence[..floor_char_boundary(sentence, match_end.min(sentence.len()))])
        && INVOICE_OR_PURCHASE.is_match(sentence)
        && !DATA_WORD.is_match(sentence)
        && !COMPOUND_DATA.is_match(sentence)
}
static SUPPLIER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:suppliers?|lieferant(?:en|in|innen)?|fournisseurs?|proveedor(?:es)?|fornitor[ei]|leveranciers?)\b").unwrap()
});
static INVOICE_OR_PURCHASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:invoices?|invoiced|rechnung(?:en)?|rechnungswahrung|factures?|facturas?|fatture?|facturen|factuur|usd|dollars?|dolares|dollari|achet\w*|acquist\w*|compra[nrs]?|compramos|purchase[sd]?|purchasing|buys?|bought|einkauf\w*|kauf(?:t|en)|inkoop|koopt|kopen|spare parts|ersatzteile|piezas|ricambi)\b").unwrap()
});
/// A port, a terminal or a distance at sea in a table row ("| New York /
/// New Jersey | Port Elizabeth | 3.456 | 9–11 dagen |" under "Bestemming |
/// Haven | Afstand (zeemijlen)"): where ships and goods go, not data.
/// A table of study credits by country ("| Verenigde Staten
/// (semestersysteem) | 1 U.S. semester credit hour | 2 ECTS |"): a
/// conversion rate, not where data goes.
static ACADEMIC_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:ects|credit hours?|semester hours?|studiepunten|leistungspunkte|crediti formativi|cfu)\b").unwrap()
});
static ROUTE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:ports?|port of|havens?|hafen|puertos?|porti|terminals?|terminale|seaports?|zeehavens?|seehafen|airports?|aeroports?|flughafen|aeropuertos?|aeroport[oi]|luchthavens?|nautical miles|zeemijl(?:en)?|seemeilen|millas nauticas|miglia nautiche|milles nautiques|transit ?times?|transittijd(?:en)?|transitzeit(?:en)?|tiempos? de transito|temp[oi] di transito|temps de transit|delais? de transit)\b").unwrap()
});
static PAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:salar(?:y|ies|io|ios|is)|salaires?|gehalt|gehalter|stipendi?o?|salaris|remunerations?|remuneracion|retribuzion[ei]|verguting|median[ea]?|mediane|percentiles?|perzentil|percentiel)\b").unwrap()
});
/// People other than the provider said to be based in the United States
/// ("many of our [rightsholders are based in the United States]"): where
/// they are, not where the provider keeps data.
static OTHERS_BASED_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:rights ?holders|copyright (?:owners|holders)|complainants|claimants|authors|artists|creators|designers|visitors|readers|listeners|subscribers|fans|followers|students|donors|buyers|sellers|guests)\ (?:are|were)\ (?:primarily\ |mainly\ |often\ |largely\ )?based\ in\b").unwrap()
});
/// A past arrangement, with no [`GOES_ON`]: a tool or provider given up
/// ([`DISCONTINUED`]), what a former version said ([`FORMER_VERSION`]), or
/// "until <year>" with a past verb and no transfer word ([`UNTIL_YEAR`]).
fn past_arrangement(sentence: &str) -> bool {
    (DISCONTINUED.is_match(sentence)
        || FORMER_VERSION.is_match(sentence)
        || UNTIL_YEAR.is_match(sentence)
            && PAST_USE.is_match(sentence)
            && !TRANSFER_NOUN.is_match(sentence))
        && !GOES_ON.is_match(sentence)
}
/// A tool or provider given up ("el grupo Ardentia dio de baja la
/// herramienta de analítica ... que utilizaba un proveedor
/// estadounidense", "we stopped using"), with no [`GOES_ON`]: a past
/// recipient.
static DISCONTINUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:dio|dimos|dieron|ha dado|hemos dado) de baja|dej(?:o|amos|aron) de (?:utilizar|usar)|stopped using|discontinued|decommissioned|a cesse d'utiliser|avons cesse d'utiliser|ont cesse d'utiliser|a abandonne|avons abandonne|ha dismesso|abbiamo dismesso|hanno dismesso|ha smesso di usare|abbiamo smesso di usare|(?:nutzung|betrieb|verwendung) (?:\w+ ){0,3}?eingestellt|nicht mehr (?:genutzt|verwendet)|zijn gestopt met|is gestopt met|uitgefaseerd)\b").unwrap()
});
/// A former version of the document said so ("De versie van 2018 van deze
/// Bijlage stond doorgifte ... aan een Amerikaanse ticketdienst toe"),
/// with no [`GOES_ON`].
static FORMER_VERSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:the )?(?:former|previous|earlier|old|older|prior) (?:versions?|editions?)|the (?:19|20)[0-9][0-9] version|de versie van (?:19|20)[0-9][0-9]|de (?:vorige|eerdere|oude) versie|la version de (?:19|20)[0-9][0-9]|l'ancienne version|la version precedente|die fassung (?:von|aus) (?:19|20)[0-9][0-9]|die (?:fruhere|vorherige|alte) fassung|la version (?:de|del) (?:19|20)[0-9][0-9]|la version anterior|la versione del (?:19|20)[0-9][0-9]|la versione precedente)\b").unwrap()
});
/// A court order on content, not on data: one sought to restrain someone
/// ("has filed an action seeking a court order to restrain the Designer
/// from the allegedly infringing activity"), an injunction, or an
/// authority's order to suspend or take down content ("un provvedimento
/// dell'autorità giudiziaria ordini la sospensione della diffusione di un
/// episodio"). Where no data is named, not a disclosure.
static COURT_ORDER_ON_CONTENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:court order to (?:restrain|enjoin|prohibit|stop|prevent)|restraining order|injunctive relief|(?:temporary|preliminary|permanent) injunction)\b|\b(?:ordin\w*|orden\w*|ordonn\w*|order\w*|anordn\w*|beveel\w*|gelast\w*)\b[^.;]{0,30}?\b(?:la |the |die |de |el |le |il |het )?(?:sospensione|suspension|aussetzung|schorsing|rimozione|removal|retrait|entfernung|verwijdering|retirada|take-?down|blocking|blocage|sperrung|blocco|bloqueo|blokkering)\b").unwrap()
});
/// A clause on which courts hear disputes ("Tout différend relatif à la
/// cession relève de la compétence des tribunaux de l'entreprise
/// francophone de Bruxelles"): a venue, not a disclosure.
static VENUE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:competence|competent|jurisdiction|zustandig\w*|gerichtsstand|competencia|competente|competenza|foro|bevoegd\w*)\b").unwrap()
});
static DISPUTE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:differends?|litiges?|disputes?|streit\w*|controversias?|controversie|litigios?|geschil(?:len)?|contestations?)\b").unwrap()
});
/// The user hands footage or data to the police himself ("hand it over
/// yourself", "consegnarla tu stesso ai Carabinieri"): not a disclosure by
/// the provider.
static BY_THE_USER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:yourself|yourselves|vous-memes?|toi-meme|tu stess[oa]|voi stess[ie]|usted mism[oa]|tu mism[oa]|ustedes mism[oa]s|sie selbst|u zelf|je zelf|jij zelf)\b").unwrap()
});
/// The customer's own answer to legal process ("Customer should take its
/// own legal advice before responding to any subpoena"): what it receives,
/// not what the provider discloses. Read up to the match's end.
static CUSTOMER_RESPONDS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b(?:(?:the )?(?:customer|client|licensee|subscriber)|you) (?:should|must|shall|may|will|is|are|remains?|alone|itself|yourself)\b[^.;]{0,80}?\b(?:before|when|prior to|in) (?:responding|replying|complying|answering|reacting) (?:to|with)|\b(?:le client|vous)\b[^.;]{0,80}?\b(?:avant de|pour) (?:repondre|donner suite) a|\b(?:el cliente|usted)\b[^.;]{0,80}?\bantes de (?:responder|atender|contestar) a|\b(?:il cliente|l'utente)\b[^.;]{0,80}?\bprima di (?:rispondere|dare seguito) a) (?:[a-z'-]+ ){0,3}?[a-z'-]+$").unwrap()
});
/// [`CUSTOMER_RESPONDS_BEFORE`], unless the customer is told first ("Customer
/// will be notified before responding to any subpoena").
fn customer_responds(tail: &str) -> bool {
    static TOLD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:notif|inform|advised by|consulted|avise|prevenu|notifica|informad|informat|avvisat|benachrichtigt|unterrichtet|in kenntnis)").unwrap()
    });
    CUSTOMER_RESPONDS_BEFORE.is_match(tail) && !TOLD.is_match(tail)
}
/// The authority asks the user ("If the police [ask you for footage]").
static ASKS_YOU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:asks?|asked|request|requests|contact|contacts) you\b|\bvous (?:demande|demandent|contacte|contactent)\b|\bti (?:chied[eo]no?|contatt\w+)\b|\bte (?:pide|piden|contacta|contactan)\b|\b(?:bittet|bitten|kontaktiert|kontaktieren) sie\b|\b(?:vraagt|vragen) (?:u|je|jou)\b").unwrap()
});
/// A sentence that opens on what the user may do ("You may download a clip
/// ... and share it with anyone you choose, for example with the police"),
/// where the provider does nothing ([`PROVIDER_ACTS`]).
static USER_MAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?(?:you (?:may|can|are free to|decide)|vous pouvez|tu peux|sie konnen|du kannst|u kunt|je kunt|usted puede|puedes|puoi|potete)\b").unwrap()
});
static PROVIDER_ACTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:we|us|our|nous|wir|uns|nosotros|noi|wij|ons)\b").unwrap());
/// Message recipients, not data recipients: "if you [send to recipients in
/// the United States]", "e-mails sent to [US recipients]".
static RECIPIENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:recipients?|empfanger\w*|destinatair\w*|destinatari\w*|ontvangers?)\b")
        .unwrap()
});
static SEND_TO_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:send|sends|sending|sent|mail|mailing|text|texting|envoyez|envoyer|envoie|envoyes?|envoyees?|enviar|envia|envian|enviad[oa]s|inviare|invia|inviano|inviat[ie]|versenden|versendet|versandt|verzenden|verzendt|verzonden|verstuurt|versturen|verstuurd)\ (?:(?:e-?mails?|messages?|sms|texts?|campaigns?|newsletters?|courriels?|campagnes?|mensajes?|correos|messaggi|nachrichten|berichten|mails)\ )?(?:to|a|aux?|an|naar|ai|agli|alle|a\ los|a\ las)\ (?:(?:the|les|des|die|los|las|gli|le|de)\ )?$").unwrap()
});
/// The anti-spam laws of North America, cited as duties of whoever sends
/// messages there (CAN-SPAM, the TCPA, Canada's CASL): where no data is
/// named, a row or a sentence about them is not a transfer.
static ANTI_SPAM_LAW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:can-?spam|tcpa|telephone consumer protection act|casl|canada's anti-spam)\b")
        .unwrap()
});
/// "Until January 2021 ... was entrusted to a US provider" ("fino al
/// gennaio 2021 il calcolo delle statistiche ... era affidato a un
/// fornitore statunitense"), with [`PAST_USE`] and no [`GOES_ON`]: a past
/// arrangement. (Not where the sentence speaks of transfers, which may
/// have gone on under another mechanism: "Until July 2020, transfers to
/// our US parent relied on the Privacy Shield.")
static UNTIL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:until|till|up to|jusqu'(?:au|en|a)|bis|hasta|fino (?:al|a|alla|all')|tot(?: en met)?)\ (?:[a-z0-9]+\ ){0,3}?(?:19[0-9][0-9]|20[01][0-9]|202[0-5])\b").unwrap()
});
static TRANSFER_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:transfers?|transferts?|ubermittlung(?:en)?|transferencias?|trasferiment[oi]|doorgiften?)\b").unwrap()
});
/// A report to the police by someone other than the provider, the subject
/// right before the verb: the customer, the insured, a user ("you may
/// report it to the police", "the insured must report the theft to the
/// police"; not "we will ... inform your contact, and report the matter
/// to the police").
static REPORT_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:report|signal|denonc|denunci|segnal)").unwrap());
static REPORTER_NOT_VENDOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:you|vous|tu|usted|ustedes|voi|the insured|policyholders?|the customer|customers|the user|users|l'assure|le client|les clients|el asegurado|el cliente|los clientes|l'assicurato|il cliente|i clienti|employees?)\ (?:(?:may|can|should|must|shall|will|could|are\ asked\ to|are\ required\ to|(?:want|wish|would\ like|need|decide|choose|have)\ to|souhaitez|voulez|pouvez|devez|peut|doit|puede|debe|pueden|deben|podra|debera|puo|deve|possono|devono|kunt|moet|mag)\ )?(?:also\ |immediately\ |promptly\ |always\ )?(?:(?:le|la|les|l'|lo|los|las|li)\ ?)?$").unwrap()
});
static ENDED_WHEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:[0-9]+(?:\.[0-9]+)*\.? )?(?:when|lorsque|quand|als|cuando|quando|toen)\b[^.;]{0,80}?\b(?:19\d\d|20[01]\d|202[0-5])\b").unwrap()
});
static STILL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:still|encore|noch|todavia|aun|ancora|nog)\b").unwrap());
/// A patient's treatment by a doctor in the United States ("continuar su
/// tratamiento con su cardiólogo de Houston"): "tratamiento",
/// "trattamento" and "traitement" are also medical care, not processing.
static CARE_NOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:tratamiento|trattamento|traitement|treatment)\b").unwrap());
static CARE_GIVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:medic[oa]s?|doctors?|physicians?|medecins?|arzt|arztin|cardiolog[a-z]*|oncolog[a-z]*|specialist[a-z]*|especialista|surgeons?|chirurg[a-z]*|cirujan[oa]|hospital|hopital|ospedale|clinic[a-z]*)\b").unwrap()
});
/// Data that the person sends on their own initiative ("Se il paziente
/// decide, di sua iniziativa, di condividere il referto con un medico ...
/// negli Stati Uniti"): the person's choice, not the vendor's transfer.
static OWN_INITIATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:di (?:sua|propria) (?:iniziativa|spontanea volonta)|de (?:su )?propia iniciativa|por (?:su )?propia iniciativa|de (?:sa|leur) propre initiative|de (?:son|leur) propre chef|on (?:his|her|their|your) own initiative|of (?:his|her|their|your) own accord|aus eigener initiative|op eigen initiatief|uit eigen beweging)\b",
    )
    .unwrap()
});
/// What happens now, after a past arrangement ("Until 16 July 2020,
/// transfers to our US parent relied on the Privacy Shield; they now rely
/// on the SCCs"): the transfers go on.
static GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:now|today|since then|desormais|aujourd'hui|depuis lors|jetzt|nunmehr|heute|seitdem|ahora|hoy|desde entonces|ora|oggi|adesso|da allora|nu|thans|sindsdien)\b").unwrap()
});
/// A contract with the provider that was ended ("le Laboratoire a mis fin
/// au contrat qui le liait à un fournisseur américain", "we terminated our
/// agreement with a US provider", "hat den Vertrag mit dem US-Anbieter
/// gekündigt"): a past transfer, not one that happens.
static TERMINATED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:a|ont|avons|avait|avaient) (?:mis fin|resilie|denonce)|(?:we|has|have|had) (?:terminated|ended|cancell?ed|discontinued)|(?:hat|haben|hatte|hatten) (?:[a-z-]+ ){0,6}?(?:gekundigt|beendet|aufgelost)|kundigte|kundigten|beendete|beendeten|(?:puso|pusimos|pusieron) fin|rescindi(?:o|mos|eron)|resolvi(?:o|mos|eron)|(?:ha|hanno|abbiamo) (?:risolto|disdetto|cessato|interrotto)|(?:heeft|hebben|had) (?:[a-z-]+ ){0,6}?(?:beeindigd|opgezegd)|beeindigde|beeindigden|zegde|zegden)\b[^.;]{0,60}?\b(?:contrat|contracts?|agreements?|relationship|vertrag|vertragsverhaltnis|zusammenarbeit|contratos?|relacion|contratt[oi]|rapporto|overeenkomst|samenwerking)\b[^.;]{0,60}$",
    )
    .unwrap()
});
/// An old account or contract with the US service, before the match,
/// and its closing after it ("Het oude account bij [de Amerikaanse
/// dienst] is in september 2020 opgeheven"): a relation that ended.
static OLD_ACCOUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:old|former|previous|ancien|ancienne|alte[nms]?|fruhere[nms]?|bisherige[nms]?|antigu[oa]|anterior|vecchi[oa]|precedente|oude|vorige|eerdere)\s+(?:account|compte|konto|kundenkonto|cuenta|abonnement|subscription|contract|contrat|vertrag|contrato|contratto|abbonamento|suscripcion)\s+(?:with|at|bij|chez|aupres de|bei|con|presso|met)\s+(?:(?:the|le|la|l'|der|dem|die|el|la|il|lo|de|het)\s*)?$",
    )
    .unwrap()
});
static CLOSED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^.;]{0,60}?\b(?:closed|deleted|terminated|cancell?ed|fermee?|clos|cloture|supprimee?|resiliee?|geschlossen|gekundigt|geloscht|aufgelost|cerrad[oa]|cancelad[oa]|eliminad[oa]|chius[oa]|cancellat[oa]|disdett[oa]|opgeheven|opgezegd|verwijderd|beeindigd)\b",
    )
    .unwrap()
});
/// A cloud region's code given as a setting's value ("indiquez la valeur
/// « us-east-1 » dans le champ région de votre client", "setzen
/// standardmäßig den Wert us-east-1"): what an S3-compatible client must be
/// told, not where the data is.
static REGION_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^us-(?:east|west|central|south|north|gov)").unwrap());
/// A cloud region named only to say it is not used: "the us-east-1
/// (Northern Virginia) region is decommissioned", "[us-east-2] (Ohio) e
/// us-west-2 (Oregon), è stata ritirata" (the words of disuse follow the
/// region within a few words, with no other region's code between); or
/// a region offered or proposed as an option that the next sentence drops
/// or blocks ("Le devis mentionnait, à titre d'option, la région
/// « us-east-1 ». Cette option est définitivement écartée").
fn region_unused(before: &str, after: &str, rest: &str) -> bool {
    let near = &after[..floor_char_boundary(after, 60.min(after.len()))];
    if let Some(m) = REGION_DISUSE.find(near) {
        let between = &near[..m.start()];
        if !between.contains([';', ':'])
            && !between.contains(". ")
            && !OTHER_REGION_CODE
                .find_iter(between)
                .any(|r| !r.as_str().starts_with("us-"))
        {
            return true;
        }
    }
    // The next sentence: in what the sentence bounds took in after the
    // match, or else the paragraph's rest.
    let next = match after.find(". ") {
        Some(i) => &after[i + 2..],
        None => rest,
    };
    let next = next
        .trim_start()
        .split_inclusive(['.', ';', '!', '?'])
        .next()
        .unwrap_or("");
    OFFERED_BEFORE.is_match(before) && REGION_DISUSE.is_match(next)
}
/// An answer that grants what the question before it asks ("Yes", "Only
/// on a court order", "Nur aufgrund einer Anordnung", "Uniquement sur
/// réquisition"), in the six languages; not "No" nor "Never".
static ANSWERED_YES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[*_\s]*)(?:yes|ja|oui|si|sim|only|solely|exclusively|nur|ausschliesslich|lediglich|uniquement|seulement|exclusivement|solo|solamente|unicamente|esclusivamente|soltanto|alleen|uitsluitend|enkel)\b",
    )
    .unwrap()
});
/// An attempt to send, before a transfer match ("attempted to forward
/// events to", "a tenté d'envoyer", "versuchte ... zu senden").
static ATTEMPT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:attempt(?:ed|s|ing)? to|tried to|trying to|tente de|tentait de|tentaient de|versucht\w*|intent(?:o|aba|aron|aban) |tentat[oaie] di|tentava(?:no)? di|probeerde(?:n)?)\b",
    )
    .unwrap()
});
/// What stopped the attempt, in the sentence or the next ones.
static ATTEMPT_BLOCKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:blocked|rejected|refused|denied|prevented|dropped|no payload|nothing was (?:sent|transmitted)|bloquee?s?|rejetee?s?|refusee?s?|blockiert|abgelehnt|abgewiesen|verhindert|bloquead[oa]s?|rechazad[oa]s?|bloccat[oaie]|respint[oaie]|geblokkeerd|geweigerd|tegengehouden)\b",
    )
    .unwrap()
});
/// A US cloud region's code or name at the end of a match ("regiones
/// ... como [us-east-1]", "region [US East]").
static REGION_IN_MATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:us[- ](?:east|west|central|south|north|gov)\w*(?:[- ]?\d)?|(?:east|west|central) us(?: \d)?)\W*$").unwrap()
});
/// Words that say a region is not (or no longer) used.
static REGION_DISUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:
          decommissioned|out\ of\ scope|(?:shall|will|must|may|is|are|was|were)\ not\ (?:be\ )?(?:used|activated|enabled|deployed|selected)|blocked|disabled|deactivated|withdrawn|dropped|abandoned|not\ in\ use|unused|switched\ off|turned\ off|ruled\ out
          | ecartee?s?|abandonnee?s?|retiree?s?|bloquee?s?|desactivee?s?|(?:n'est|ne\ sont|ne\ sera|ne\ seront)\ pas\ (?:utilise|active|deploye)\w*|hors\ (?:perimetre|champ)|non\ utilisee?s?|inutilisee?s?
          | gesperrt|deaktiviert|abgeschaltet|stillgelegt|verworfen|nicht\ (?:genutzt|verwendet|aktiviert|eingesetzt|benutzt)|ungenutzt|ausser\ betrieb|zuruckgezogen
          | bloquead[oa]s?|desactivad[oa]s?|descartad[oa]s?|retirad[oa]s?|no\ (?:se\ )?(?:utiliza|usa|usara|utilizara)n?|no\ tiene\ desplegad[oa]|fuera\ de(?:l)?\ alcance|sin\ uso|abandonad[oa]s?
          | ritirat[oaie]|scartat[oaie]|bloccat[oaie]|disattivat[oaie]|non\ (?:e|sono|sara|saranno|verra|verranno)\ (?:utilizzat|usat|attivat)\w*|fuori\ ambito|dismess[oaie]|abbandonat[oaie]
          | geblokkeerd|uitgeschakeld|niet\ (?:gebruikt|geactiveerd|ingezet)|buiten\ gebruik|ingetrokken|verworpen|buiten\ scope
        )\b",
    )
    .unwrap()
});
/// A cloud region's code ("eu-central-1", "us-west-2").
static OTHER_REGION_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[a-z]{2,6}-(?:east|west|central|north|south|northeast|southeast|northwest|southwest)-?\d").unwrap()
});
/// A region offered or proposed, not chosen: "offers regions such as",
/// "à titre d'option", "la propuesta preveía".
static OFFERED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:offers?|offered|available|option|optional|optionally|proposal|proposed|offre|proposee?|disponibles?|ofrece\w*|ofrecid[oa]s?|opcion\w*|propuest[oa]s?|offre|offert[oaie]|propost[oaie]|prevedeva|opzion\w*|bietet|angeboten|verfugbar|optional|optie|opties|biedt|aangeboden|beschikbaar|voorstel|voorgesteld)\b",
    )
    .unwrap()
});
static CONFIG_VALUE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:value|valeur|wert|valor|valore|waarde|placeholder|platzhalter|parameter|parametre|parametro)\W{0,3}$").unwrap()
});
/// "Model clauses for" something other than data or its transfer ("Annex
/// 1 — Model clauses for reference requests"): drafting templates for
/// that thing, not the Commission's clauses.
fn model_clauses_for_other(sentence: &str) -> bool {
    MODEL_CLAUSES_FOR.captures(sentence).is_some_and(|c| {
        !matches!(
            &c[1],
            "transfer"
                | "transfers"
                | "data"
                | "personal"
                | "international"
                | "cross-border"
                | "processors"
                | "controllers"
                | "exports"
                | "export"
                | "the"
        )
    })
}
/// Dutch "modelclausules" is also a template library's word ("Concepten
/// die het Platform op basis van de Modelclausules opstelt", "De
/// modelclausules en sjablonen vormen geen juridisch advies"): the
/// Commission's clauses only where the sentence speaks of transfers.
static TRANSFER_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:doorgifte\w*|doorgeven|doorgegeven|derde(?:n)? land(?:en)?|buiten de (?:eer|eu|europese)|europese commissie|eu|ue|2010/87\w*|2021/914|2001/497\w*|2004/915\w*|transfers?|uitvoer)\b").unwrap()
});
/// German "Modellklauseln" alone are also a template library's ("Die
/// Personalabteilung passt diese Modellklauseln wie gewohnt an den
/// Einzelfall an", of clauses for employment contracts): the Commission's
/// clauses only where the sentence speaks of transfers, data protection or
/// the EU ("Microsoft bietet für Übermittlungen in die USA die
/// Modellklauseln an").
static TRANSFER_CONTEXT_DE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:ubermittl\w*|drittl(?:and|ander|andern)\w*|drittstaat\w*|datenschutz\w*|personenbezogen\w*|daten\w*|\w*daten|auftragsverarbeit\w*|\w*export\w*|\w*import\w*|eu|eu-\w+|europaische\w*|kommission|2010/87\w*|2021/914|2001/497\w*|2004/915\w*|usa|us|vereinigte\w* staaten|transfers?|schrems\w*)\b").unwrap()
});
static MODEL_CLAUSES_FOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bmodel (?:contract(?:ual)? )?clauses for ([a-z-]+)").unwrap());
/// A ride, not data: "transfer" from or to an airport, a station or a
/// hotel ("transfer gratuito dall'aeroporto al centro città a Los
/// Angeles", "airport transfer to the hotel in Miami"), in a travel or
/// loyalty document (kept when the sentence names data).
static SHUTTLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:airport|aeroport|aeroporto|aeropuerto|flughafen|luchthaven|hotel|shuttle|navette)[- ]?transfers?|transfers?\b[^.;|]{0,40}?\b(?:airports?|aeroports?|aeroporti|aeroporto|aeropuertos?|flughafen|luchthaven|hotels?|albergo|stazione|bahnhof|gare|station|navette|shuttle)\b)",
    )
    .unwrap()
});
/// "Apple and App Store are trademarks of Apple Inc., registered in the
/// U.S. and other countries": a mark registered there, no data (the
/// match says "registered").
static REGISTERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:registered|deposee?s?|eingetragen|registrad[oa]s?|registrat[oi]|gedeponeerd|geregistreerd)\b").unwrap()
});
static TRADEMARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:registered\ )?trade\ ?marks?|service\ marks?|marques?(?:\ deposees?|\ commerciales?)?|(?:eingetragene\ )?marken(?:zeichen)?|warenzeichen|marcas?\ (?:registradas?|comerciales?)|march(?:io|i)\ (?:registrat[oi]|commercial[ei])|(?:handels|gedeponeerde\ )?merken?)\b",
    )
    .unwrap()
});
static DATA_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:data|information|personal|servers?|host(?:s|ed|ing)?|stor(?:e|es|ed|age)|logs?|databases?|records|cloud|backups?|donnees|informations|serveurs?|heberg|daten|server|datos|informacion|servidores|dati|informazioni|gegevens)\b",
    )
    .unwrap()
});

/// An offer or a provider set aside ("L'offerta è stata esclusa perché i
/// dati sarebbero stati analizzati ... negli Stati Uniti"): with
/// [`WOULD_HAVE`], a transfer that was avoided, not one that happens.
static REJECTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:rejected|excluded|discarded|ruled out|not (?:been )?(?:selected|retained|chosen)|ecartee?s?|exclue?s?|rejetee?s?|non retenue?s?|abgelehnt|ausgeschlossen|verworfen|nicht berucksichtigt|descartad[oa]s?|rechazad[oa]s?|excluid[oa]s?|esclus[oaie]|scartat[oaie]|respint[oaie]|afgewezen|uitgesloten|verworpen|niet gekozen)\b",
    )
    .unwrap()
});
/// A conditional of what would have happened, in the six languages.
static WOULD_HAVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:would|aurai(?:en)?t|serai(?:en)?t|waren|ware|wurden|hatten|hatte|habrian?|serian?|sarebbe(?:ro)?|avrebbe(?:ro)?|zou(?:den)?)\b",
    )
    .unwrap()
});

/// A tax authority as the recipient: with [`INVOICING`], the statutory
/// flow of invoices (e-invoicing platforms, "l'administration fiscale"),
/// which the schema does not count as government access.
static TAX_AUTHORITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:administration fiscale|autorites? fiscales?|services? fiscaux|tax authorit(?:y|ies)|revenue authorit(?:y|ies)|finanzamt|finanzamter|finanzverwaltung|finanzbehorden?|steuerbehorden?|agencia tributaria|administracion tributaria|hacienda|agenzia delle entrate|amministrazione finanziaria|sistema di interscambio|belastingdienst)\b",
    )
    .unwrap()
});
/// The bodies that collect social contributions: with [`STATUTORY_FILING`],
/// an employer's statutory declarations, which the schema does not count as
/// government access.
static SOCIAL_SECURITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:organismes? (?:de protection sociale|sociaux|de securite sociale)|urssaf|caisses? (?:de retraite|d'assurance)|securite sociale|sozialversicherung\w*|krankenkassen?|rentenversicherung\w*|seguridad social|tesoreria general|inps|inail|enti previdenziali|istituti previdenziali|previdenza|uwv|sociale verzekering\w*|social security (?:bodies|agencies|institutions|authorit(?:y|ies)|funds?))\b",
    )
    .unwrap()
});
/// An employer's statutory declarations (payroll, social contributions,
/// wage tax): the routine flow of payroll data to tax and social-security
/// bodies (not a demand for data).
/// A labour inspectorate, in the six languages: it reads an employer's
/// records (working time, payroll) under labour law, at home; not an
/// authority that demands a vendor's data.
static LABOUR_INSPECTORATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:labou?r inspectorate|labou?r inspection|inspection du travail|inspecteurs? du travail|arbeitsinspektorat|arbeitsinspektion|gewerbeaufsicht\w*|finanzkontrolle schwarzarbeit|inspeccion de trabajo|inspeccion de trabajo y seguridad social|ispettorato (?:nazionale )?del lavoro|ispettorato territoriale del lavoro|(?:nederlandse )?arbeidsinspectie)\b",
    )
    .unwrap()
});
/// A request or a demand ("sur sa demande", "que podrá solicitarlos",
/// "cuando así lo requieran", "auf Anforderung"): an authority that asks,
/// not records kept for its inspection.
static INSPECTOR_ASKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:demandes?|request(?:s|ed)?|on demand|solicit\w*|requier\w*|requerid\w*|require[sd]?|anfrage\w*|anforder\w*|verlang\w*|richiest\w*|richied\w*|verzoek\w*|vorder\w*|opvraag\w*|opgevraagd|exig\w*)\b").unwrap()
});
static STATUTORY_FILING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:payroll|paie|dsn|declarations? sociales?|declaration sociale nominative|cotisations?|lohn\w*|gehalts?\w*|entgelt\w*|beitrags?\w*|meldungen|nomina\w*|cotizacion\w*|seguros sociales|sistema red|retribu\w*|buste paga|cedolin\w*|contribut\w*|uniemens|f24|salaris\w*|loonaangifte|loonheffing\w*|loonbelasting\w*|ziektewet|premies?|wage|wages|salary|salaries|social contributions|statutory (?:declarations?|returns?|filings?|reporting)|pensioen\w*|pension\w*)\b",
    )
    .unwrap()
});
/// Invoices and e-invoicing: the routine flow to a tax authority (not a
/// tax authority's demand for data, nor FATCA reporting to the US one).
static INVOICING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:factur\w*|invoic\w*|e-invoic\w*|rechnung\w*|e-rechnung\w*|fattur\w*|pdp|plateformes? de dematerialisation|sistema di interscambio|sdi|peppol)\b",
    )
    .unwrap()
});
/// A product's approval by an agency, inside the match ("a obtenu une
/// autorisation de mise sur le marché de la Food and Drug Administration"):
/// the vendor obtains something from the agency, not the agency data.
/// A product's report filed with an agency ("a laser product [report
/// filed with the FDA]"): paperwork about goods, not data handed over.
static PRODUCT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:products?|devices?|equipment|machines?|machinery|laser)\s*$").unwrap()
});
static PRODUCT_FILING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:reports?|filings?|registrations?|listings?|notifications?|declarations?)\b")
        .unwrap()
});
/// "Without" (and a few words) right before an approval word: the
/// approval is not needed ("podrá suministrarse, sin necesidad de
/// autorización, a las entidades públicas"), so none is being described.
static APPROVAL_NOT_NEEDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:without|sin|sans|ohne|senza|zonder)(?: [a-z']+){0,3} $").unwrap()
});
static PRODUCT_APPROVAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:approvals?|approved|clearance|cleared|homolog\w*|omologa\w*|authori[sz]ations?|autorisations?|marketing authori[sz]ation|mise sur le marche|zulassung\w*|autorizacion\w*|autorizzazion\w*|goedkeuring\w*|markttoelating|510\(k\)|certifications?|certificat\w*|zertifi\w*|licen[cs]\w*)\b",
    )
    .unwrap()
});
/// A body's own duty to report, which the data serve ("facilitará al
/// Ayuntamiento los datos necesarios para que este pueda cumplir sus
/// obligaciones de información al Gobierno de Aragón"): a statutory flow,
/// where nothing is asked for (no request, order or police).
static REPORTING_DUTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:reporting (?:obligations?|duties|duty|requirements?)|statutory reporting|obligations? (?:de declaration|declaratives?|d'information|de reporting|de rapportage)|(?:melde|berichts|mitteilungs|informations|nachweis)pflicht\w*|obligaciones (?:de informacion|de comunicacion|de reporte|estadisticas)|obblighi (?:informativi|di comunicazione|di informazione|di rendicontazione|statistici)|(?:rapportage|informatie|meld)(?:verplichting|plicht)\w*)\b",
    )
    .unwrap()
});
/// Words of a request or an order.
static ON_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:requests?|requested|demands?|orders?|subpoena\w*|warrants?|demandes?|requisition\w*|injonction\w*|anfrage\w*|ersuchen|verlangen|anordnung\w*|beschluss\w*|requerimientos?|solicitud\w*|ordenes|orden|richiest\w*|ordin[ei]|verzoek\w*|bevel\w*|vordering\w*)\b",
    )
    .unwrap()
});
/// An order to remove or block content ("Su ordine dell'autorità
/// giudiziaria, Corvina rimuove o disabilita l'accesso ai contenuti"):
/// with no word of disclosure or data, not an access to data.
static REMOVAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:remov\w*|take(?:s)? down|takedown|disabl\w* access|rimuov\w*|rimozione|disabilit\w*|oscur\w*|retir\w*|supprim\w*|entfern\w*|sperr\w*|elimin\w*|verwijder\w*|blokkeer\w*|ontoegankelijk)",
    )
    .unwrap()
});
static DISCLOSURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:disclos\w*|hand\w* over|communiqu\w*|transmet\w*|transmis\w*|divulg\w*|herausg\w*|ubermitt\w*|auskunft\w*|weitergeb\w*|comunic(?:a|ano|are|ato|ati|ata|ate|hiamo|azione)|fornir\w*|forniscono|entreg\w*|revel\w*|ceder|cesion|trasmett\w*|verstrek\w*|afgeven|overhandig\w*|doorgeven|facilit\w*|proporcion\w*|inzage|einsicht\w*|data|donnees|daten|datos|dati|gegevens|information\w*|informacion|informazioni|records|registros?|registri|dossiers?|akten|expedientes?|fascicol\w*|logs?)\b",
    )
    .unwrap()
});

/// The investment funds that own a company, and their managers ("está
/// participada indirectamente por fondos de inversión gestionados por
/// Harborline Capital Management, LLC, sociedad de Delaware", "Summit
/// Ridge Infrastructure Partners III, L.P., fondo di investimento
/// costituito nel Delaware", "| Fund IV, L.P. | Delaware, USA | Ultimate
/// investor (no access to Group data) |"): an ownership chain, neither a
/// party nor a recipient, where the sentence names no data or denies
/// access to it.
static FUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:investment funds?|funds? (?:managed|advised)|fund (?:[ivx]{1,4}|[0-9]{1,2}),? (?:l\.? ?p\.?|lp|llc|scsp)|investmentberater\w*|fondos? de inversion|fondi? di investimento|fondi gestiti|fonds d'investissement|investmentfonds|beleggingsfondsen?|fondsen|private[- ]equity|ultimate (?:investors?|owners?|beneficial owners?)|capital management)\b",
    )
    .unwrap()
});
static NO_DATA_ACCESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:no access|never receives?|receives? no|does not receive|do not receive|keinen zugriff|erhalt(?:en)? keine|aucun acces|ne recoi(?:t|vent) (?:aucune|pas)|sin acceso|no reciben?|nessun accesso|non ricev\w*|geen toegang|ontvangt? geen)\b").unwrap()
});
/// Owning, managing or investing (with [`FUND`]): not a fund that is a
/// party ("by and between e.l.f. Beauty, Inc. ... and Marathon Partners
/// L.P.").
static OWNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:owned|held|controlled|managed|advised|investors?|participad[oa]|detenut[oa]|controllat[oa]|gestit[oi]|gestionad[oa]s?|gehalten|verwaltet|beheerd|gehouden|detenue?)\b").unwrap()
});
fn fund_owner(sentence: &str) -> bool {
    FUND.is_match(sentence)
        && OWNED.is_match(sentence)
        && (!DATA_WORD.is_match(sentence) || NO_DATA_ACCESS.is_match(sentence))
}
/// A court named as the agreed forum inside a match ("la cesión no altera
/// ... el fuero pactado en su cláusula 22 (juzgados y tribunales de
/// Bilbao)"): a venue, not a court that demands data.
static VENUE_IN_MATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:fuero|foro competente|gerichtsstand|venue|forum)\b").unwrap()
});

/// A ban that opens the sentence ("Il est interdit d'utiliser ... des
/// services ... dont les serveurs sont situés aux États-Unis", "Es ist
/// untersagt, ..."): a policy that keeps data from the place, not a
/// transfer; unless an exception comes between ("..., sauf vers les
/// États-Unis").
static PROHIBITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:il est interdit|(?:est|sont) (?:strictement )?interdite?s?|interdiction (?:d'|de )|(?:is|are) (?:strictly )?(?:prohibited|forbidden)|(?:is|are) not (?:permitted|allowed) to|ist (?:es )?(?:ausdrucklich )?(?:untersagt|verboten)|sind (?:ausdrucklich )?(?:untersagt|verboten)|es ist (?:nicht gestattet|nicht erlaubt)|quedan? (?:expresamente |terminantemente )?prohibid[oa]s?|estan? (?:expresamente |terminantemente )?prohibid[oa]s?|se prohibe|e (?:severamente |espressamente )?vietat[oa]|sono (?:severamente |espressamente )?vietat[ie]|e fatto divieto|e proibit[oa]|(?:is|zijn) (?:uitdrukkelijk )?verboden|het is niet toegestaan)\b",
    )
    .unwrap()
});
static EXCEPTION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:sauf|hormis|except|unless|other than|save|ausser|es sei denn|mit ausnahme|salvo|excepto|a menos que|tranne|eccetto|salvo che|a meno che|behalve|tenzij|met uitzondering)\b").unwrap()
});
/// Active verbs of prohibition ("Los contratos con los encargados
/// prohíben expresamente el tratamiento fuera del EEE, y en particular
/// cualquier almacenamiento o [acceso de soporte desde los Estados
/// Unidos]", "The DPA forbids any access from the United States"), unless
/// the verb is itself denied ("does not prohibit").
static PROHIBIT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    // ("è escluso il ricorso a servizi cloud di fornitori con sede negli
    // Stati Uniti", "est exclu le recours à", "queda excluido el uso de")
    Regex::new(r"\b(?:prohibits|forbids|prohiben?|interdisent|s'interdit|s'interdisent|s'interdira|s'interdiront|(?:shall|will|must) refrain from|refrains? from|se abstendran? de|se abstiene[n]? de|si astiene dal?|si asterra(?:nno)? dal?|onthoudt zich van|onthouden zich van|verbiete[nt]|untersag(?:en|t)|vieta(?:no)?|verbied(?:t|en)|(?:e|sono|resta|restano|rimane|rimangono) esclus[oaie]|(?:est|sont|reste|restent|demeure|demeurent) exclue?s?|(?:queda|quedan|esta|estan) excluid[oa]s?)\b").unwrap()
});
static DENIED_JUST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:not|no|never|nicht|nie|non|niet|nooit|ne|n'|nunca|jamais)\s+(?:[a-z]+\s+)?$")
        .unwrap()
});
/// A vendor's reference customers ("Quadrille a communiqué trois
/// références, dont ... le groupe hôtelier Pinebrook Hospitality Inc.
/// (siège à Denver)"): companies it serves, not recipients of the data.
static REFERENCES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:references|reference customers|customer references|references clients|referenzen|referenzkunden|referencias|clientes de referencia|referenze|clienti di riferimento|referenties|referentieklanten)\b[^.;]{0,120}$").unwrap()
});
/// A proposal that may come one day ("any future proposal to engage a US
/// supplier would require prior notice"): no transfer yet.
static FUTURE_PROPOSAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:any|a|toute?|jede[rn]?|eine[rn]?|cualquier|una?|qualsiasi|elke|een) (?:future|futur[ea]?|kunftige[rn]?|futur[oa]|toekomstige) (?:proposals?|decisions?|plans?|intentions?|propositions?|projets?|vorschlage?|entscheidung|propuestas?|decision|proyectos?|propost[ae]|decision[ei]|progett[oi]|voorstel(?:len)?|besluit)\b[^.;]{0,40}$").unwrap()
});
/// A condition set in the future ("Qualora in futuro intendesse avvalersi
/// di fornitori ... situati negli Stati Uniti", "Should we ever move ...
/// to the United States", "Falls wir künftig ... einsetzen wollen"): a
/// plan that may never happen, not a transfer.
static FUTURE_IF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:if|should|were)\b[^.;]{0,40}?\b(?:ever|in (?:the )?future)\b[^.;]{0,100}$|\b(?:qualora|se|ove|nel caso in cui)\b[^.;]{0,20}?\bin futuro\b[^.;]{0,100}$|\bsi\b[^.;]{0,20}?\b(?:a l'avenir|un jour|dans le futur)\b[^.;]{0,100}$|\b(?:si|en caso de que|cuando)\b[^.;]{0,20}?\b(?:en el futuro|en lo sucesivo|algun dia)\b[^.;]{0,100}$|\b(?:falls|sofern|wenn|sollten?)\b[^.;]{0,40}?\b(?:kunftig|zukunftig|in zukunft|eines tages|jemals)\b[^.;]{0,100}$|\b(?:indien|mocht(?:en)?|wanneer)\b[^.;]{0,40}?\b(?:in de toekomst|ooit|op termijn)\b[^.;]{0,100}$").unwrap()
});
/// A US company that deleted the data ("il fornitore statunitense di
/// infrastruttura ha cancellato tutte le copie dei dati"): the end of a
/// transfer.
static DELETED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^.;]{0,60}?\s)?(?:has|have|had) (?:[a-z]+ ){0,2}(?:deleted|erased|destroyed|purged)\b|^(?:[^.;]{0,60}?\s)?(?:a|ont|avait|avaient) (?:[a-z]+ ){0,2}(?:supprime|efface|detruit)\b|^(?:[^.;]{0,60}?\s)?(?:hat|haben|hatte|hatten) (?:[a-z]+ ){0,5}(?:geloscht|vernichtet)\b|^(?:[^.;]{0,60}?\s)?(?:ha|hanno|aveva|avevano) (?:[a-z]+ ){0,2}(?:cancellato|eliminato|distrutto)\b|^(?:[^.;]{0,60}?\s)?(?:ha|han|habia|habian) (?:[a-z]+ ){0,2}(?:eliminado|borrado|suprimido|destruido)\b|^(?:[^.;]{0,60}?\s)?(?:heeft|hebben|had|hadden) (?:[a-z]+ ){0,5}(?:verwijderd|vernietigd|gewist)\b").unwrap()
});
fn prohibited_before(before: &str) -> bool {
    PROHIBITED
        .find_iter(before)
        .last()
        .is_some_and(|m| !EXCEPTION_WORD.is_match(&before[m.end()..]))
        || {
            let tail = clause_tail(before, 160);
            PROHIBIT_VERB.find_iter(tail).last().is_some_and(|m| {
                !DENIED_JUST_BEFORE.is_match(&tail[..m.start()])
                    && !EXCEPTION_WORD.is_match(&tail[m.end()..])
            })
        }
}

/// A use told in the imperfect before the match ("Au titre de l'avenant
/// n° 1, le Prestataire recourait ... à la société Stackridge Corp., dont
/// les opérateurs intervenaient depuis Denver", "la piattaforma era
/// ospitata", "se alojaban"): how things were, not how they are.
static IMPERFECT_USE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:recourai(?:t|ent)|utilisai(?:t|ent)|hebergeai(?:t|ent)|stockai(?:t|ent)|transferai(?:t|ent)|intervenai(?:t|ent)|etai(?:t|ent) (?:heberge|stocke|transfere|traite)e?s?|ricorreva(?:no)?|utilizzava(?:no)?|avvaleva(?:no)?|ospitava(?:no)?|era(?:no)? (?:ospitat|conservat|archiviat|trasferit|trattat)[oaie]|recurria(?:n)?|utilizaba(?:n)?|alojaba(?:n)?|almacenaba(?:n)?|se (?:alojaba|almacenaba|transferia|trataba)n?|estaba(?:n)? (?:alojad|almacenad)[oa]s?)\b[^.;]*$|\b(?:era|erano|etait|etaient|estaba|estaban) $").unwrap()
});
/// A defined term for the countries where data may not go ("Gesperrtes
/// Land ist jeder Staat außerhalb des EWR ..., insbesondere die Vereinigten
/// Staaten", "Restricted Country: ... includes the United States",
/// "País Tercero Excluido"): the match is in its definition.
fn restricted_country_defined(before: &str) -> bool {
    static TERM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^[\W\d.]*(?:\([a-z]\)\s*|[a-z]\)\s*)?["'«„“]?\s*([a-z][a-z' -]{2,40}?)\s*["'»“”]?\s*(?::|\||\b(?:means|shall mean|includes|ist|sind|bezeichnet|meint|umfasst|designe|signifie|s'entend|designa|significa|se entiende|comprende|indica|si intende|betekent|omvat|is|zijn)\b)"#).unwrap()
    });
    static COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies)|destinations?|land|lander|landen|staat|staaten|drittland|drittlander|drittstaat|drittstaaten|pays|etats?|pais|paises|paese|paesi|stat[oi])\b").unwrap()
    });
    static RESTRICTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:restricted|prohibited|excluded|blocked|barred|banned|non-permitted|unapproved|disallowed|high-risk|gesperrte?[sn]?|verbotene?[sn]?|ausgeschlossene?[sn]?|unzulassige?[sn]?|nicht zugelassene?[sn]?|interdits?|exclus|exclue?s?|a risque|non autorises?|prohibe?s?|restringid[oa]s?|excluid[oa]s?|prohibid[oa]s?|vetad[oa]s?|no autorizad[oa]s?|vietat[oi]|esclus[oi]|non autorizzat[oi]|a rischio|beperkte?|verboden|uitgesloten|niet toegestane?)\b").unwrap()
    });
    TERM.captures(before).is_some_and(|c| {
        let term = c.get(1).map_or("", |g| g.as_str());
        COUNTRY.is_match(term) && RESTRICTED.is_match(term)
    })
}
/// The sentence of `sentence` that holds the match: from the full stop
/// before `match_at` to the one after `match_end` (a full stop followed by
/// a space; one inside "Inc." or "7.2" does not end it).
fn own_sentence(sentence: &str, match_at: usize, match_end: usize) -> &str {
    static STOP: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[a-z]{3}\. |[a-z]{3}\.$").unwrap());
    let at = floor_char_boundary(sentence, match_at.min(sentence.len()));
    let end = floor_char_boundary(sentence, match_end.min(sentence.len())).max(at);
    let from = STOP
        .find_iter(&sentence[..at])
        .last()
        .map_or(0, |m| m.end());
    let to = STOP
        .find(&sentence[end..])
        .map_or(sentence.len(), |m| end + m.end());
    &sentence[from..to]
}
/// "faute de destinataire établi aux États-Unis", "in the absence of any
/// recipient in the United States", "mangels eines Empfängers in den USA":
/// the match names what is lacking.
static LACK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^a-z])(?:faute d'|faute de|en l'absence d'|en l'absence de|in the absence of|for (?:lack|want) of|absent|mangels|in ermangelung|a falta de|en ausencia de|por falta de|in mancanza di|in assenza di|per mancanza di|bij gebrek aan|bij ontbreken van|bij afwezigheid van)(?: (?:any|a|an|tout|toute|tous|un|une|de|d'|des|eines|einer|eine|ein|jeglicher|un|una|alcun|alcuna|qualsiasi|enige|een))? ?$",
    )
    .unwrap()
});
/// A former company of the group named right before the match ("de
/// voormalige groepsmaatschappij Dekker Controls Inc. (Indianapolis)", "our
/// former subsidiary Acme Inc."): a company that left the group, not a
/// recipient or a party, unless the sentence says it still serves.
static FORMER_GROUP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:former|ancienne?s?|ex|ehemalige[nrms]?|vormalige[nrms]?|antigu[oa]s?|precedente|voormalige)[ -](?:(?:group|groupe|gruppo|grupo|konzern) ?)?(?:compan(?:y|ies)|societe|societa|sociedad|groepsmaatschappij|maatschappij|gesellschaft|konzerngesellschaft|subsidiary|filiale|filial|tochter[a-z]*|controllata|dochter[a-z]*|affiliate|parent|societe mere|sociedad matriz|moedermaatschappij|muttergesellschaft)\b(?:[^.;|]|(?:inc|corp|co|ltd)\.){0,60}$",
    )
    .unwrap()
});
/// A company named as the one a group sold ("following the divestment of
/// Brightwater Controls Inc., a Delaware corporation"): it has left the
/// group.
static DIVESTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:divest(?:ment|iture|ed|ing)?|disposal|spin-?off|carve-?out|desinvestissement|verau(?:ss|s)erung|abspaltung|desinversion|dismissione|afstoting|desinvestering)\s(?:of|de|du|des|di|del|della|dello|von|der|van|het)\s(?:(?:the|la|le|l'|el|il|lo|de|het|die|der)\s?)?(?:[^.;|]|(?:inc|corp|co|ltd)\.){1,60}$",
    )
    .unwrap()
});
/// Whether `before` (the sentence before a company) names it as a former
/// group company or one the group divested ([`FORMER_GROUP_BEFORE`],
/// [`DIVESTED_BEFORE`]), in a sentence that does not say it still serves.
fn left_the_group(before: &str, sentence: &str) -> bool {
    (FORMER_GROUP_BEFORE.is_match(before) || DIVESTED_BEFORE.is_match(before))
        && !GOES_ON.is_match(sentence)
        && !STILL.is_match(sentence)
}
/// A company the document defines as the data importer, after a group
/// word ("a su sociedad matriz, Terranova Group Inc. (el Importador)"): the
/// importer is one of the parties the labels count.
static IMPORTER_DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"\((?:hereinafter |ci-apres |nachfolgend |en adelante |di seguito |hierna )?(?:(?:the|el|la|le|l'|il|der|die|de|het) ?)?["'«“„]? ?(?:data |datos |dati )?(?:importer|importador|importateur|importatore|datenimporteur|importeur|gegevensimporteur)\b"#,
    )
    .unwrap()
});
/// The match is said, after it, to carry no personal data ("transmis au
/// client Harwick Stores Inc. (Chicago) ... sans aucune donnée à caractère
/// personnel", "contains no personal data"), unless an exception follows.
static NO_PERSONAL_DATA_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:no|without(?: any)?|not any|nor any) personal (?:data|information)|(?:sans|aucune?|ni) (?:aucune? )?donnees? (?:a caractere )?personnel(?:le)?s?|(?:ohne|keine|keinerlei) personenbezogenen? daten|(?:sin|ningun|ninguna|ni) (?:ningun |ninguna )?datos? (?:de caracter )?personal(?:es)?|(?:senza|nessun|alcun) (?:alcun )?dat[oi] personal[ei]|(?:zonder|geen) (?:enige )?persoonsgegevens|(?:no|not any) (?:user|customer) data|(?:aucune|sans) donnees? (?:d'utilisateurs?|de clients?)|keine (?:nutzer|kunden)daten|ningun dato de (?:usuarios?|clientes?)|nessun dato (?:degli|di) (?:utenti|clienti)|geen (?:gegevens van (?:gebruikers|klanten)|gebruikersgegevens|klantgegevens))\b(?P<except> (?:other than|beyond|except|apart from|besides|autres? que|sauf|hormis|au-dela|ausser|uber|jenseits|distint[oa]s? de|salvo|excepto|mas alla|divers[io] da|oltre|tranne|behalve|anders dan|buiten))?",
    )
    .unwrap()
});
fn no_personal_data_after(after: &str) -> bool {
    NO_PERSONAL_DATA_AFTER
        .captures_iter(after)
        .any(|c| c.name("except").is_none())
}
/// "auparavant assuré ... depuis Denver", "previously provided from the
/// US": a transfer of the past, said inside the match.
static FORMERLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:auparavant|anterieurement|previously|formerly|fruher|ehemals|vormals|anteriormente|in precedenza|precedentemente|voorheen|vroeger|ancien|ancienne|anciens|former|ehemalige[nrms]?|vormalige[nrms]?|antiguo|antigua|antiguos|voormalige)\b",
    )
    .unwrap()
});
/// The mechanism a past transfer is now made under ("were previously made
/// under the Privacy Shield and are now made under the SCCs"): the
/// transfer goes on.
static NOW_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:sccs?|standard contractual clauses|clauses contractuelles types|cct|standardvertragsklauseln|clausulas contractuales tipo|clausole contrattuali (?:tipo|standard)|modelcontractbepalingen|standaardcontractbepalingen|data privacy framework|dpf)\b",
    )
    .unwrap()
});
/// "Der Eintrag „Acme Inc., Boston, ...“ wird gestrichen": an entry of a
/// list named, then struck.
static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:eintrag|entry|entree|mention|ligne|voce|riga|entrada|fila|vermelding|regel)\b[^.;]{0,40}$")
        .unwrap()
});
static STRUCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]{0,120}\b(?:gestrichen|entfernt|geloscht|deleted|removed|struck|supprimee?|retiree?|eliminad[oa]|suprimid[oa]|eliminat[oa]|soppress[oa]|cancellat[oa]|verwijderd|geschrapt|entfallen|weggefallen|dropped|vervallen|decadut[oa])\b")
        .unwrap()
});
/// A party named as the one that hands the contract over ("Tessel, Inc.,
/// ... (le « Cédant »)", "(Overdrager)", "(the Assignor)"): after the
/// assignment it is no longer the party.
static ASSIGNOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\((?:ci-apres |hereinafter |nachfolgend |en lo sucesivo |di seguito |hierna )?(?:(?:le|la|the|der|die|de|el|il|l') ?)?["'«“„]? ?(?:cedant|assignor|transferor|ubertragende[rn]?|ubertragende partei|bisherige[rn]? (?:auftragnehmer|anbieter)|ausscheidende[rn]? (?:partei|vertragspartei|vertragspartner)|outgoing party|retiring party|partie sortante|parte (?:saliente|uscente)|uittredende partij|vertrekkende partij|cedente|overdrager|oude leverancier)\b"#)
        .unwrap()
});
/// A table row whose status cell says the entry has ended ("| Halcyon
/// Mail Inc. | Notifiche e-mail | Stati Uniti | Cessato dal 31 marzo 2023
/// |", "| ... | Removed 2024-03 |").
static ENDED_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\|\s*(?:cessat[oa]|terminated|ended|removed|discontinued|decommissioned|beendet|entfernt|gekundigt|gestrichen|stillgelegt|abgeschaltet|retire|supprime|resilie|termine|desactive|eliminad[oa]|dad[oa] de baja|finalizad[oa]|desmantelad[oa]|dismess[oa]|disattivat[oa]|beeindigd|verwijderd|opgezegd|uitgefaseerd|ontmanteld)\b[^|]{0,40}(?:\||$)")
        .unwrap()
});
/// A table row whose status or decision cell says the option was turned
/// down ("| Plataforma ... con sede en Austin (Texas) | ... | Descartada
/// |", "| ... | afgewezen (januari 2025) |", "| Respinta: la Compagnia ha
/// scelto un prestatore italiano |"): a tool evaluated, never used.
static REJECTED_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\|\s*(?:{REJECTED_WORDS})\b[^|]{{0,300}}(?:\||$)"
    ))
    .unwrap()
});
/// A later cell of an issues list's row that says the supplier withdrew
/// its position ("| Delaware law | Laws of England and Wales | Supplier
/// position withdrawn ... |", "| Ritirato dal Fornitore il 12/2/2025;
/// concordata la legge italiana |"): what the vendor asked for, given up.
/// (Not a customer's position withdrawn: the cell opens on the supplier
/// or on the withdrawal.)
static WITHDRAWN_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\|\s*(?:(?:the\s+)?(?:supplier|vendor|provider|fournisseur|prestataire|anbieter|lieferant|auftragnehmer|proveedor|fornitore|leverancier)(?:'s)?\s+(?:position|proposal|request|positie|voorstel|posizione|proposta|posicion|propuesta|vorschlag)?\s*)?(?:position\s+(?:du\s+)?(?:fournisseur|prestataire)\s+)?(?:withdrawn|retiree?s?|zuruckgezogen|retirad[oa]s?|ritirat[oa]|ingetrokken)\b").unwrap()
});
/// A proposal of the past ("Pellucid initially proposed (v2, clause 7.2)
/// an optional US-East hosting region"): what a draft once offered.
static PROPOSED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:initially|originally|first|had|previously) proposed\b(?:[^.;]|\.\d){0,160}$|\b(?:avait|avaient) (?:initialement |d'abord )?propose|\bpropos(?:e|ait) initialement\b|\b(?:hatte|hatten)\b[^.;]{0,80}\bvorgeschlagen|\b(?:ursprunglich|zunachst) vorgeschlagen|\bhabia(?:n)? (?:inicialmente )?propuesto|\bpropuso inicialmente\b|\baveva(?:no)? (?:inizialmente )?proposto|\b(?:inizialmente|originariamente) propost[oa]|\b(?:had|hadden)\b[^.;]{0,60}\bvoorgesteld|\baanvankelijk voorgesteld").unwrap()
});
/// A table row that says a proposal was turned down ("| Agreed – Supplier
/// to host all modules in London and Dublin; US-East proposal rejected
/// |").
static PROPOSAL_REJECTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:proposal|option|request|proposition|vorschlag|option|propuesta|opcion|proposta|opzione|voorstel|optie)s? (?:was |is |has been |a ete |wurde |fue |e stat[oa] |is |werd )?(?:rejected|withdrawn|declined|dropped|refused|rejetee?|retiree?|refusee?|abgelehnt|zuruckgezogen|rechazad[oa]|retirad[oa]|respint[oa]|ritirat[oa]|rifiutat[oa]|afgewezen|ingetrokken)\b").unwrap()
});
/// The words of a decision that turns an option down ([`REJECTED_ROW`],
/// [`REJECTED_NEXT_CELL`]).
const REJECTED_WORDS: &str = r"rejected|declined|discarded|not (?:selected|retained|engaged|approved|adopted|pursued|contracted|chosen|accepted)|refusee?s?|rejetee?s?|ecartee?s?|non retenue?s?|abandonnee?s?|abgelehnt|verworfen|nicht (?:eingefuhrt|beauftragt|ausgewahlt|weiterverfolgt|zugelassen|akzeptiert)|descartad[oa]s?|rechazad[oa]s?|desestimad[oa]s?|no (?:seleccionad[oa]|contratad[oa]|adoptad[oa]|aceptad[oa])s?|respint[oaie]|scartat[oaie]|non (?:selezionat[oaie]|adottat[oaie]|approvat[oaie]|accettat[oaie])|afgewezen|verworpen|niet (?:gekozen|geselecteerd|ingezet|gecontracteerd|goedgekeurd|geaccepteerd)";
/// The cell right after a law, in a table of requested deviations, that
/// turns the request down ("| 22.1 Governing law | Laws of the State of
/// New York | Rejected | Swedish law continues to govern the Agreement
/// |"): a law asked for, not chosen.
static REJECTED_NEXT_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s?(?:\|\s?)?(?:{REJECTED_WORDS})\b[^|]{{0,60}}(?:\||$)"
    ))
    .unwrap()
});
/// A group company described by its trade ("eine Vertriebs- und
/// Servicetochter, die Rheintal Valves Inc. mit Sitz in Wilmington", "our
/// US sales subsidiary"): with no data word in the sentence, where it
/// sells, not where data goes.
static SALES_AFFILIATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:sales|distribution|marketing|sales and service) (?:subsidiary|affiliate|office|company|entity)|vertriebs(?:tochter|gesellschaft|niederlassung|buro)|vertriebs- und service(?:tochter|gesellschaft)|servicetochter|filiales? (?:commerciales?|de distribution)|bureaux? commerciaux|bureau commercial|filial(?:es)? (?:comercial(?:es)?|de ventas|de distribucion)|oficinas? comercial(?:es)?|(?:controllata|filiale) (?:commerciale|di distribuzione)|uffici(?:o)? commercial[ei]|verkoop(?:dochter|kantoor|vestiging)|distributiedochter|investor relations|relations (?:avec les )?investisseurs|investor-relations|relaciones con (?:los )?inversores|relazioni con (?:gli )?investitori|investeerdersrelaties|investor relations-(?:afdeling|kantoor))\b").unwrap()
});
/// The reason the tools just described are blocked, later in their
/// sentence ("Most of them are operated from [the United States] ...;
/// that is the reason they are blocked on the Company network", "...
/// verwerken de invoer in [de Verenigde Staten]; daarom heeft de Raad van
/// Bestuur besloten ze niet toe te staan").
static BLOCKED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:that|this) is (?:the reason|why) (?:they|these \w+|such \w+|the \w+) (?:are|were|have been|remain) (?:blocked|prohibited|banned|forbidden|not (?:allowed|permitted|approved))|(?:therefore|hence|so) (?:they|these \w+|such \w+) (?:are|were|have been|remain) (?:blocked|prohibited|banned|forbidden|not (?:allowed|permitted|approved))|daarom [^.;]{0,60}\bniet toe te (?:staan|laten)|daarom (?:zijn|worden) (?:ze|deze \w+) (?:verboden|geblokkeerd|niet toegestaan)|deshalb (?:sind|werden|bleiben) (?:sie|diese \w+) (?:gesperrt|verboten|nicht zugelassen|untersagt)|c'est pourquoi (?:ils|elles|ces \w+) (?:sont|restent) (?:interdite?s|bloquee?s|pas autorisee?s)|por (?:eso|ello|este motivo) (?:estan|quedan|se han) (?:prohibid[oa]s|bloquead[oa]s)|per questo(?: motivo)? (?:sono|restano) (?:vietat[ie]|bloccat[ie]|non consentit[ie]))\b").unwrap()
});
/// The lead-in of a list of things forbidden ("Sont en particulier
/// interdits pour tout usage professionnel :", "The following are not
/// permitted:", "Nicht zulässig sind:"), normalized.
pub(crate) fn forbids_what_follows(lead: &str) -> bool {
    static FORBIDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:interdite?s?|prohibited|forbidden|not (?:permitted|allowed|approved)|banned|blocked|untersagt|verboten|nicht (?:zulassig|erlaubt|gestattet|zugelassen|freigegeben)|gesperrt|prohibid[oa]s?|se prohibe|no (?:esta|estan) permitid[oa]s?|no se permite|vietat[oiae]|non (?:e|sono) (?:consentit|ammess|permess|autorizzat)[oiae]|verboden|niet toegestaan|geblokkeerd|ne (?:sont|est) pas (?:autorisee?s?|permise?s?))\b").unwrap()
    });
    FORBIDS.is_match(lead) && !EXCEPTION_WORD.is_match(lead)
}
/// A company then said to control a party ("Northgate Retail Analytics
/// Inc., con sede a Chicago, Illinois (Stati Uniti), che controlla il
/// Licenziatario"): with no data word in the sentence, an owner, not a
/// recipient.
static CONTROLS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]{0,60}?\b(?:(?:which|that|who) (?:controls|owns|holds)|che (?:controlla|detiene|possiede)|qui (?:controle|detient|possede)|die (?:[a-z]+ ){0,3}(?:kontrolliert|beherrscht|halt)|que (?:controla|posee|ostenta)|die (?:[a-z]+ ){0,3}(?:controleert|bezit))\b").unwrap()
});
/// A count of zero in the next cell ("| Flux vers les États-Unis | 0 |"):
/// none of them.
static ZERO_COUNT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^|]{0,80}\|\s*0\s*(?:\||$)").unwrap());
/// A tool or vendor said to have been evaluated ("Im Herbst 2021 wurde ein
/// CRM-System eines Anbieters mit Sitz ... in den Vereinigten Staaten
/// geprüft", "a US platform was assessed"), which with [`NOT_ADOPTED`] in
/// the sentence or the next ones was only a candidate.
static EVALUATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:was|were|has been|have been|had been) (?:evaluated|assessed|considered|tested|trialled|trialed|piloted|reviewed)|wurden? [^.;]{0,160}\b(?:gepruft|evaluiert|getestet|bewertet|erwogen)|(?:a|ont) ete (?:evaluee?s?|etudiee?s?|testee?s?|envisagee?s?|examinee?s?)|fue(?:ron)? (?:evaluad|analizad|probad|considerad|estudiad)[oa]s?|(?:e|sono) stat[oaie] (?:valutat|testat|considerat|esaminat)[oaie]|(?:is|zijn|werd|werden) [^.;]{0,120}\b(?:geevalueerd|getest|onderzocht|beoordeeld|overwogen))\b").unwrap()
});
/// The evaluated option turned down ("entschieden, das System nicht
/// einzuführen", "was not engaged", "n'a pas été retenu", "se descartó",
/// "è stata scartata", "werd afgewezen").
static NOT_ADOPTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:nicht (?:einzufuhren|eingefuhrt|zu beauftragen|beauftragt|zu nutzen|genutzt|weiterzuverfolgen|weiterverfolgt)|abgelehnt|verworfen|(?:was|were) not (?:adopted|selected|engaged|pursued|contracted|retained|deployed|chosen)|decided (?:not to|against)|(?:was|were) (?:rejected|discarded|declined)|n'(?:a|ont) pas ete (?:retenue?s?|selectionnee?s?|deployee?s?|adoptee?s?)|ne pas (?:retenir|deployer|adopter|contracter)|(?:a|ont) ete (?:ecartee?s?|rejetee?s?|refusee?s?)|no (?:fue|fueron|se) (?:seleccionad[oa]s?|contratad[oa]s?|adoptad[oa]s?|implantad[oa]s?)|se descarto|fue(?:ron)? (?:descartad|rechazad|desestimad)[oa]s?|decidio no|non (?:e|sono) stat[oaie] (?:adottat|selezionat|scelt|attivat)[oaie]|(?:e|sono) stat[oaie] (?:scartat|respint|esclus)[oaie]|si e deciso di non|(?:is|zijn) niet (?:gekozen|ingezet|geselecteerd|gecontracteerd)|(?:werd|werden|is|zijn) afgewezen|besloten [^.;]{0,40}\bniet)\b").unwrap()
});
/// What is said of a vendor's trade in general, not of this vendor: a
/// sentence whose subject is "many providers" ("Viele Archiv- und
/// Cloudanbieter gehören zu Konzernen mit Sitz in den Vereinigten Staaten;
/// dort können Sicherheitsbehörden ..."), or one that gives the lack of any
/// transfer as the reason a step was not taken ("L'analyse de la section
/// 702 du FISA ... n'a pas été conduite, faute de transfert").
fn not_this_vendor(sentence: &str) -> bool {
    GENERIC_PROVIDERS_SUBJECT
        .find(sentence)
        .is_some_and(|m| !POSSESSIVE.is_match(m.as_str()))
        || NO_TRANSFER_REASON.is_match(sentence)
        || ANY_TRANSFER_NEEDS_ASSESSMENT.is_match(sentence)
        || ONLY_FOR_PROVIDERS_WHO.is_match(sentence)
}
/// A statement limited to the providers that do something ("Ces
/// considérations ... ne s'appliquent qu'aux fournisseurs qui transfèrent
/// des données vers les États-Unis"): a scope, not this vendor's act.
static ONLY_FOR_PROVIDERS_WHO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:ne s'appliquent qu'aux|ne s'applique qu'aux|ne concernent que les|(?:only )?apply only to|only apply to|concern only|gelten nur fur|betreffen nur|solo se aplican a|unicamente se aplican a|si applicano solo a|riguardano solo|gelden alleen voor|zijn alleen van toepassing op) (?:les |the |die |los |i |de )?(?:fournisseurs|prestataires|providers|vendors|suppliers|anbieter|dienstleister|proveedores|prestadores|fornitori|leveranciers|aanbieders|dienstverleners) (?:qui|that|which|who|die|que|che)\b").unwrap()
});
/// The law on transfers stated in general ("tout transfert de données vers
/// les États-Unis suppose d'évaluer si la législation américaine, notamment
/// la section 702 du FISA, ..."): a requirement, not this vendor's
/// transfer.
static ANY_TRANSFER_NEEDS_ASSESSMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:tout|toute|any|every|each|jede[rs]?|todo|toda|cualquier|ogni|qualsiasi|elke|iedere) (?:transfert|transfer|ubermittlung|datenubermittlung|transferencia|trasferimento|doorgifte)\b[^.;]{0,100}?\b(?:suppose|presuppose|requires?|erfordert|setzt voraus|bedarf|requiere|presupone|exige|richiede|presuppone|vereist|veronderstelt)\b[^.;]{0,30}?\b(?:d'evaluer|une evaluation|l'evaluation|assess\w*|an assessment|a transfer impact|einer? (?:prufung|bewertung)|evaluar|una evaluacion|valutare|una valutazione|una verifica|beoordel\w*|een beoordeling|toets\w*|analys\w*)").unwrap()
});
/// "Many of our providers", "viele unserer Dienstleister": the author's
/// own providers, not the trade in general.
static POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:our|unsere[rnms]?|nos|notre|nuestr[oa]s|nostr[ie]|onze|your|ihre[rnms]?|vos|votre|sus|vostr[ie]|uw)\b").unwrap()
});
static GENERIC_PROVIDERS_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:[0-9][0-9.]*\s+)?(?:many|most|numerous|viele|zahlreiche|die meisten|de nombreux|nombreux|beaucoup de|la plupart des|muchos|numerosos|la mayoria de(?: los)?|molti|numerosi|la maggior parte dei|veel|vele|de meeste|talrijke)\s+(?:[a-z-]+\s+){0,3}?(?:\w*providers|vendors|suppliers|companies|firms|businesses|\w*anbieter|\w*dienstleister|\w*unternehmen|konzerne|prestataires|fournisseurs|editeurs|entreprises|societes|proveedores|prestadores|empresas|fornitori|aziende|societa|\w*aanbieders|leveranciers|bedrijven|ondernemingen|dienstverleners)\b").unwrap()
});
static NO_TRANSFER_REASON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:faute de transferts?|en l'absence de (?:tout )?transferts?|in the absence of (?:any )?transfers?|absent any transfers?|(?:as|since) there (?:is|are|was|were) no transfers?|mangels (?:einer |jeglicher )?(?:ubermittlung|ubertragung|drittlandubermittlung)(?:en)?|a falta de transferencias?|al no (?:haber|existir) (?:ninguna )?transferencias?|en ausencia de (?:toda |cualquier )?transferencias?|in assenza di (?:alcun |qualsiasi )?trasferiment[oi]|non essendovi (?:alcun )?trasferimento|bij gebrek aan (?:een |enige )?doorgifte|bij afwezigheid van (?:een |enige )?doorgifte)\b").unwrap()
});
/// A request said not to have come ("Gestiflotta non ha ricevuto
/// richieste di forze dell'ordine", "Feldmark has not received any search
/// warrant, seizure order, subpoena or production order"): no disclosure,
/// unless a US surveillance law is named (a transparency statement on
/// FISA 702 or national security letters describes the laws that reach
/// the data).
static NOT_RECEIVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:has|have|had) (?:not|never) (?:yet |to date |so far )?received|(?:n'a|n'avons|n'ont) (?:jamais |pas )(?:encore )?recu|(?:hat|haben) (?:bisher |noch |bislang )?(?:keine[nr]?|nie)\b[^.;|]{0,80}\berhalten|(?:no|nunca) (?:ha|hemos|han) recibido|non (?:ha|abbiamo|hanno) (?:mai )?ricevuto|(?:heeft|hebben) (?:nog )?(?:geen|nooit)\b[^.;|]{0,80}\bontvangen|\bgeen\b[^.;|]{0,60}\b(?:heeft|hebben) ontvangen)").unwrap()
});
static SURVEILLANCE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:fisa|702|12333|cloud act|national security letters?|nsls?|patriot act|1881a|2713|2709|lettres? de securite nationale|national security letter)\b").unwrap()
});
/// A question reported ("Rinaldi chiede in particolare: ... (c) se i dati
/// siano stati ... trasferiti fuori dall'Unione europea, in particolare
/// negli Stati Uniti"): what someone asks, not what the vendor does.
fn asked_whether(before: &str) -> bool {
    // (Across the semicolons of the questions' list.)
    ASKED_WHETHER.is_match(&before[floor_char_boundary(before, before.len().saturating_sub(400))..])
}
static ASKED_WHETHER: LazyLock<Regex> = LazyLock::new(|| {
    // (Or examined whether: "Geprüft wurde insbesondere, ob die
    // Dienstleisterin einer Rechtsordnung untersteht, die Behörden einen
    // Zugriff ... ermöglicht", a review's question.)
    Regex::new(r"\b(?:asks?|asked|asking|demande|demandait|fragt|fragte|pregunta|preguntaba|chiede|chiedeva|vraagt|vroeg|examined|checked|verified|assessed|we (?:examine|check|verify|assess)|examine|verifie|gepruft|uberpruft|untersucht|comprobado|examinado|verificado|esaminato|verificato|onderzocht|nagegaan|gecontroleerd)\b[^.?]{0,300}?\b(?:whether|if|si|ob|se|of)\b[^.?]*$").unwrap()
});
/// Staff in a US place said to have no access ("Medewerkers van het kantoor
/// in Boston [hebben geen toegang] tot productieomgevingen").
static NO_ACCESS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]{0,30}?\b(?:(?:have|has|had) no (?:\w+ )?access|(?:do|does) not have (?:any )?(?:\w+ )?access|n'(?:a|ont) (?:pas|aucun) (?:d')?acces|(?:hat|haben) keinen? (?:\w+ )?(?:zugriff|zugang)|no tiene[n]? (?:ningun )?acceso|non ha(?:nno)? (?:alcun )?accesso|(?:heeft|hebben) geen (?:\w+ )?toegang)\b").unwrap()
});
/// A questionnaire's prompt in the cell the match lies in, answered with
/// a denial in the next ("| G.4 | Descrivere la procedura in caso di
/// richiesta di un'autorità. | Orsa non comunica dati ..."): what the
/// customer asks, which the vendor denies (an answer that goes on from the
/// prompt, "Each request is checked by our General Counsel ...", leaves it
/// the disclosure); or a risk register's row label.
fn prompt_cell(before: &str, after: &str, rest: &str) -> bool {
    before.rfind('|').is_some_and(|i| {
        (PROMPT_VERB.is_match(&before[i + 1..])
            && (ANSWER_DENIES.is_match(after)
                || !after.contains('|') && ANSWER_DENIES.is_match(&format!("{after} {rest}"))))
            || RISK_OF_CELL.is_match(&before[i + 1..])
    })
}
/// The next cell opens on a "no" or a denial.
static ANSWER_DENIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^|]*\|\s*(?:(?:no|none|non|nein|keine?|nessun[oa]?|aucune?|ninguno|ninguna|geen|nee)\b|[^|.]{0,40}\b(?:does not|do not|never|will not|ne (?:\w+ )?(?:pas|jamais)|non (?:\w+ )?(?:comunica|divulga|trasmette|fornisce|consegna)|nicht|keine|no (?:comunica|facilita|cede|revela|entrega)|niet|geen)\b)").unwrap()
});
/// A risk register's row label ("| Rischio di accesso da autorità estere |
/// Basso |"): a risk rated, not a disclosure.
static RISK_OF_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:risks?|risques?|risiko|risiken|riesgos?|rischio|rischi|risico's|risico)\s+(?:of|de|d'|di|op|van|von|eines|einer|des|der)\s*$").unwrap()
});
static PROMPT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:please\s+)?(?:describe|explain|indicate|list|specify|state|decri(?:re|vez)|expliqu(?:er|ez)|indiqu(?:er|ez)|precis(?:er|ez)|beschreiben sie|erlautern sie|geben sie an|nennen sie|describ(?:ir|a)|expli(?:car|que)|indi(?:car|que)|especifi(?:car|que)|descriv(?:ere|ete|i)|indic(?:are|ate)|specific(?:are|ate)|illustr(?:are|ate)|beschrijf|geef aan|licht toe|vermeld)\b").unwrap()
});
/// A US region kept for customers in North America ("| na-us-1 | Ashburn,
/// Virginia | NA | nur Kunden mit Vertrag über die Tresorix Corp. |", "La
/// région us-chi (Chicago) est réservée aux clients établis en Amérique du
/// Nord"): not where European customers' data goes.
static US_REGION_FOR_US_CUSTOMERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:only|exclusively|reserved for|solo|solamente|unicamente|exclusivamente|reservad[oa] a|uniquement|seulement|exclusivement|reservee? aux|nur|ausschliesslich|vorbehalten|alleen|uitsluitend|voorbehouden aan|riservat[oa] ai|esclusivamente)\b[^.;|]{0,30}?\b(?:customers|clients|kunden|clientes|clienti|klanten)\b[^.;|]{0,80}?\b(?:united states|usa|us|north america|north american|amerique du nord|nordamerika|norteamerica|estados unidos|stati uniti|nord america|noord-amerika|verenigde staten|vereinigten staaten|etats-unis|canada|kanada|corp|inc|llc)\b").unwrap()
});
/// An option the customer did not take ("| Support étendu « 24/7 Premium »
/// | ... | Austin, Texas | Brazos Helpdesk Partners LLC (option non
/// souscrite) |"): no transfer.
static NOT_SUBSCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:option )?non souscrite?s?|not subscribed|not purchased|not ordered|not taken up|nicht gebucht|nicht beauftragt|no contratad[oa]s?|no suscrit[oa]s?|non sottoscritt[oa]|niet afgenomen|niet besteld|not offered|non proposee?s?|nicht angeboten|no se ofrece|no ofrecid[oa]s?|non offert[oaie]|niet aangeboden)\b").unwrap()
});
/// A later cell of the row that denies any processing or access ("| Any
/// entity in the United States | None | United States | Not applicable:
/// no processing, no access |").
static NO_ACCESS_IN_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^|]*\|){0,5}\s*(?:(?:not applicable|n/a|none|sans objet|non applicable|nicht zutreffend|entfallt|no aplica|non applicabile|niet van toepassing|n\.v\.t\.)\s*[:;,.-]?\s*)?(?:no processing|no access|no transfer|aucun (?:acces|traitement|transfert)|kein(?:e|en)? (?:zugriff|verarbeitung|ubermittlung)|sin (?:acceso|tratamiento)|ningun (?:acceso|tratamiento)|nessun (?:accesso|trattamento|trasferimento)|geen (?:toegang|verwerking|doorgifte))\b").unwrap()
});
/// [`NO_ACCESS_IN_ROW`] in a table row (`after` ends on a cell border),
/// where the sentence may end at the colon of "Not applicable:" and the
/// denial follow in `rest`.
fn no_access_in_row(after: &str, rest: &str) -> bool {
    let row = if after.trim_end().ends_with(':') {
        std::borrow::Cow::Owned(format!("{} {}", after.trim_end(), rest.trim_start()))
    } else {
        std::borrow::Cow::Borrowed(after)
    };
    // (The cell border before the next cell may lie inside the match.)
    row.trim_end().ends_with('|') && NO_ACCESS_IN_ROW.is_match(&row)
}
/// The transfers said to have stopped ("Nu er geen doorgifte meer
/// plaatsvindt"): after "until 2024 we based the transfer on ...", a
/// past one.
static NO_MORE_TRANSFER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:geen doorgifte meer|no (?:longer|more) (?:any )?transfers?|no transfers? (?:takes|take) place any (?:more|longer)|ne transferons plus|plus aucun transfert|keine (?:daten)?ubermittlung(?:en)? (?:\w+ )?mehr|ya no (?:hay|se realizan?|realizamos) transferencias?|non (?:avviene|effettuiamo) piu (?:alcun )?trasferiment[oi]|non trasferiamo piu)\b").unwrap()
});
/// Customers in the United States, served there ("Kunden in den
/// Vereinigten Staaten werden über eine eigenständige, dort betriebene
/// Plattform ... versorgt"): a business of its own there, not a transfer of
/// the European customer's data.
static US_CUSTOMERS_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:[0-9][0-9.]*\s+)?(?:\[\^?\w+\]:?\s*)?(?:our\s+|unsere\s+|nos\s+|nuestros\s+|i nostri\s+|onze\s+)?(?:customers|clients|users|kunden|nutzer|clientes|usuarios|clienti|utenti|klanten|gebruikers)\s+(?:in|from|aus|en|de|negli|in de|uit de|situes aux|domicilies aux)\s+(?:the\s+|den\s+|los\s+)?(?:united states|usa|us|vereinigten staaten|etats-unis|estados unidos|stati uniti|verenigde staten|vs)\b").unwrap()
});
/// A clause of the contract named and then deleted ("Ziffer 9.2
/// (Datenübermittlung in die Vereinigten Staaten) [wird ersatzlos
/// gestrichen]"), or a sentence that opens on the deletion of a clause
/// ("Se suprime íntegramente la cláusula 9.4 del Anexo 3, que amparaba el
/// tratamiento en los Estados Unidos ..."): what the contract no longer
/// says.
static CLAUSE_DELETED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W{0,3}\)?\s*,?\s*(?:is|are|shall be|wird|werden|est|sont|sera|queda|quedan|e|viene|vengono|wordt|worden)\s+(?:(?:hereby|hiermit|ersatzlos|integralement|entierement|vollstandig|in (?:its|their) entirety|integramente|interamente|volledig)\s+)*(?:deleted|struck|removed|gestrichen|aufgehoben|entfernt|supprimee?s?|abrogee?s?|suprimid[oa]s?|eliminad[oa]s?|soppress[oa]|abrogat[oa]|eliminat[oa]|geschrapt|verwijderd|vervallen)\b").unwrap()
});
static CLAUSE_DELETED_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:[0-9][0-9.a-z]*\s+)?(?:se suprimen?|se eliminan?|quedan? suprimid[oa]s?|(?:we|the parties) (?:hereby )?delete|est supprimee?|sont supprimee?s|sont abrogee?s|est abrogee?|gestrichen (?:wird|werden)|es wird gestrichen|viene soppress[oa]|vengono soppress[ie]|e soppress[oa]|sono soppress[ie]|wordt geschrapt|worden geschrapt|vervalt|vervallen)\b[^.;]{0,40}?\b(?:clauses?|clausulas?|clausol[ae]|articles?|articulos?|articol[oi]|artikel(?:en)?|ziffer(?:n)?|sections?|paragraphs?|apartados?|paragraf[oi]|lid|punt(?:en)?|anex[oa]s?|annex(?:es)?)\b").unwrap()
});
/// The sale of a business or of shares ("Corvane Holdings, Inc. (Atlanta,
/// Georgia) completed the sale of its European fleet telematics business
/// to ..."): with no data named, the seller's seat is not where data goes.
static SALE_OF_BUSINESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:completed the (?:sale|divestiture) of|has sold|sold|divested|a cede|a vendu|cede|hat (?:\w+ )?verkauft|verkaufte|verausserte|vendio|ha vendido|cedio|ha ceduto|ha venduto|heeft (?:\w+ )?verkocht|verkocht)\b[^.;]{0,60}?\b(?:business|operations|shares|stake|subsidiary|division|geschaft\w*|anteile|sparte|tochter\w*|negocio|participacion|acciones|filial|ramo d'azienda|partecipazione|azioni|controllata|bedrijfsonderdeel|aandelen|dochter\w*|activites?|fonds de commerce|titres|participation)\b").unwrap()
});
/// The Court's holding reported ("la Corte ha ritenuto che la Section 702
/// del FISA e l'Executive Order 12333 consentano un accesso ai dati ..."):
/// case law recalled, not a disclosure this vendor makes.
static COURT_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:the (?:court|cjeu|ecj)(?: of justice)?|la cour(?: de justice)?|la cjue|der eugh|der gerichtshof|el tribunal(?: de justicia)?|el tjue|la corte(?: di giustizia)?|la cgue|het hof(?: van justitie)?|het hvj)\b[^.;]{0,60}?\b(?:held|found|ruled|considered|concluded|a juge|a estime|a considere|a constate|a conclu|hat (?:[a-z]+ ){0,3}?(?:festgestellt|entschieden|befunden)|stellte (?:[a-z]+ ){0,3}?fest|entschied|considero|declaro|estimo|concluyo|ha (?:ritenuto|stabilito|affermato|considerato|concluso)|oordeelde|heeft geoordeeld|stelde vast)\b").unwrap()
});
/// Court papers kept as records ("Omdat in het systeem dagvaardingen,
/// processtukken en correspondentie met wederpartijen worden opgeslagen"):
/// a case file's contents, not a demand for data.
static LEGAL_PAPERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:processtukken|pleadings|court (?:papers|filings|documents)|case files|actes de procedure|pieces de procedure|schriftsatze|prozessakten|gerichtsakten|escritos procesales|documentos procesales|atti processuali|atti di causa|atti giudiziari)\b").unwrap()
});
/// A law named after "this does not mean that" ("Dit betekent niet dat
/// Amerikaans recht op het Platform van toepassing is"): denied, not chosen.
static NOT_MEANING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:do(?:es)?|shall|will)\ not\ (?:mean|imply|entail)|(?:betekent|impliceert|houdt)\ niet(?:\ in)?|ne\ (?:signifie|signifient|veut\ dire|implique)\ pas|n'implique(?:nt)?\ pas|(?:bedeutet|bedeuten|heisst|impliziert)\ (?:dies\ |das\ )?nicht|no\ (?:significa|implica|quiere\ decir)|non\ (?:significa|implica|vuol\ dire)),?\ (?:that\ |dat\ |que\ |qu'|dass\ |che\ )[^.;]*$").unwrap()
});

/// A choice of law in the past tense ("Son article 20 soumettait le Contrat
/// au droit de l'État du Delaware"): the law the contract had.
static PAST_LAW_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:soumettait|soumettaient|etait (?:regie?|soumise?)|etaient (?:regis|regies|soumis|soumises)|regissait|unterlag|unterlagen|war (?:\w+ )?unterworfen|se regia|se regian|estaba (?:sometid[oa]|regid[oa]|sujet[oa])|era (?:regolat[oa]|disciplinat[oa]|sottopost[oa]|soggett[oa])|sottoponeva|werd beheerst|was onderworpen|was governed|were governed|used to be governed|previously governed)\b").unwrap()
});
/// The former choice named ("Die bisherige Wahl des Rechts des Staates
/// Kalifornien ... entfallen"): not the law in force.
static FORMER_CHOICE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:bisherige|fruhere|previous|former|prior|ancien(?:ne)?|precedent(?:e)?|anterior|precedente|vorige|oude|eerdere) (?:rechtswahl|wahl|choice|choix|eleccion|scelta|keuze|rechtskeuze)\b[^.;]{0,20}$").unwrap()
});
/// After a clause quoted in an amendment, its deletion or replacement
/// ("Clause 24.1 of the MSA (“... governed by the laws of Ireland”) is
/// deleted in its entirety", "... wird gestrichen", "est supprimé"): the
/// law the contract no longer has.
static QUOTED_CLAUSE_DELETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^[^"]{0,300}"[^.;]{0,60}\b(?:is|are|shall be|wird|werden|est|sont|sera|queda|quedan|e|sono|viene|wordt|worden)(?: (?:hereby|hiermit|integralement|entierement|vollstandig|in (?:its|their) entirety|in seiner gesamtheit))? (?:deleted|replaced|struck|gestrichen|ersetzt|aufgehoben|supprimee?s?|remplacee?s?|abrogee?s?|suprimid[oa]s?|sustituid[oa]s?|soppress[oa]|sostituit[oa]|abrogat[oa]|geschrapt|vervangen)\b"#)
        .unwrap()
});
/// A questionnaire's question answered "no" in the next cell ("| Sous-
/// traitants ultérieurs situés aux États-Unis | Aucun |", "| Valt u onder
/// de CLOUD Act? | Nee |", "(es. CLOUD Act) | No |", "| N |"), or after
/// a colon ("vroeg of de export een doorgifte naar de VS inhoudt: neen, ...").
static ANSWERED_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^|]{0,80}|[^|?]{0,160}\?\s*)\|\s*(?:aucun|aucune|none|keine?|nein|ninguno|ninguna|nessuno|nessuna|geen|nee|neen|n/a|n\.a\.|no|non|n|sans objet|not applicable|non applicabile|no aplica|no procede|n\.v\.t\.?|nicht zutreffend|entfallt|never|jamais|nie|nunca|mai|nooit)\s*(?:\||$|[.;,—–-])|^[^|:.;?]{0,80}:\s*(?:aucun|aucune|none|keine?|nein|ninguno|ninguna|nessuno|nessuna|geen|nee|neen|no|non|never|jamais|nie|nunca|mai|nooit)\s*(?:$|[.;,—–-])")
        .unwrap()
});

/// A table cell that is only a place, "City, State" ("| Helpline Cloud
/// Software, Inc. | ... | [Portland, Oregon] | nein |"): a value of its
/// column, so that a "no" in the next cell answers another column's
/// question ("im EWR"), not whether the place is one.
fn place_cell(before: &str, matched: &str, after: &str) -> bool {
    static PLACE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[a-z .'-]{2,30}, ?[a-z .'-]{2,30}$").unwrap());
    // (The match may hold the bars around the cell.)
    let cell = matched.trim().trim_matches('|').trim();
    (before.trim_end().ends_with('|') || matched.trim_start().starts_with('|'))
        && (after.trim_start().starts_with('|') || matched.trim_end().ends_with('|'))
        && PLACE.is_match(cell)
}

/// [`ANSWERED_NO`] after the match, or after the colon or the cell border
/// it ends on ("[een doorgifte naar de VS inhoudt:] neen", "| [Transferts
/// vers les États-Unis |] Aucun |": a match over accented letters may end
/// a byte or two past its words).
fn answered_no(matched: &str, after: &str) -> bool {
    answer_after(&ANSWERED_NO, matched, after)
}
/// A count of zero after the match ([`ZERO_COUNT_AFTER`]), as
/// [`answered_no`] reads its answer.
fn zero_count(matched: &str, after: &str) -> bool {
    answer_after(&ZERO_COUNT_AFTER, matched, after)
}
/// `answer` after the match, or after the colon or the cell border the
/// match ends on.
fn answer_after(answer: &Regex, matched: &str, after: &str) -> bool {
    answer.is_match(after)
        || matched
            .trim_end()
            .chars()
            .last()
            .is_some_and(|c| (c == ':' || c == '|') && answer.is_match(&format!("{c}{after}")))
}
/// A recipient being replaced ("Wij vervangen [onze Amerikaanse
/// leverancier] door een Europese leverancier", "we are replacing [our US
/// e-mail provider] with an EU one"), where [`BY_EUROPEAN_AFTER`] names
/// the European successor.
static REPLACED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^a-z])(?:replac(?:e|es|ed|ing)|remplac(?:e|ent|ons|er|era|eront|ee|ees|ons)|ersetz(?:t|en|te|ten)|sustitu(?:ye|yen|imos|ir|ira)|reemplaz(?:a|an|amos|ar|ara)|sostitui(?:sce|scono|amo|re|ra)|vervang(?:t|en|ingen)?)(?: (?:wir|nous|we|wij|hiermee|hereby|hiermit|per sempre|definitivamente|endgultig|definitivement))?(?: [a-z'-]+){0,2} ?$").unwrap()
});
static BY_EUROPEAN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]{0,60}?\b(?:with|by|par|durch|por|con|door)\b[^.;]{0,60}?\b(?:europ[a-z]*|eu|ue|eer|eee|ewr|ee|see|french|francais[a-z]*|german|deutsch[a-z]*|spanish|espanol[a-z]*|italian[a-z]*|dutch|nederland[a-z]*|belg[a-z]*|irish|irland[a-z]*|suisse|swiss|schweiz[a-z]*)\b").unwrap()
});
/// A service moved away from a US recipient ("Email delivery moved from
/// [a US-based provider] to Postilinna GmbH", "migré depuis [un prestataire
/// américain] vers ..."), with [`TO_ANOTHER_AFTER`]: a recipient of the past.
static MOVED_FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^a-z])(?:moved|migrated|switched|relocated|migration|umgezogen|gewechselt|umgestellt|wechsel|wechselten|umstellung|migriert|migre(?:e|s|es)?|migrad[oa]s?|migracion|cambiamos|migrat[oaie]|migrazione|passaggio|overgestapt|gemigreerd|migratie|verhuisd|overstap)(?: [a-z'-]+){0,3} (?:from|de|depuis|von|vom|desde|del|da|dal|dalla|van|vanaf) ?$").unwrap()
});
/// Payment cards issued in a country ("Cards issued outside the EEA, e.g.
/// [in the United States]", "cartes émises [aux États-Unis]"): where the
/// card comes from, in a fee table or a surcharge, not where data goes.
static CARDS_ISSUED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:cards?|cartes?|karten|tarjetas?|carte|kaarten|passen)\ (?:issued|emises?|ausgegeben(?:e|en)?|emitid[ao]s?|emess[ei]|uitgegeven)\b[^.;|]{0,40}$").unwrap()
});
/// A subject the sentence ends by excluding ("Eine Übertragung an
/// Personen, die ihren Wohnsitz in den Vereinigten Staaten haben, ist
/// ausgeschlossen", "..., is uitgesloten"), with the match at the sentence's
/// start: a transfer ruled out, as of fund units to US persons.
static EXCLUDED_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;:]{0,200}?,\ (?:ist|sind|bleibt|bleiben|is|zijn|blijft|blijven)\ (?:(?:daher|somit|grundsatzlich|stets|jedoch|ebenfalls|insoweit|dan\ ook|altijd)\ )?(?:ausgeschlossen|untersagt|unzulassig|verboten|uitgesloten|verboden|niet\ toegestaan|nicht\ (?:gestattet|zulassig|erlaubt))\s*\.?\s*$").unwrap()
});
/// The new recipient after the old one ("... to Postilinna GmbH").
static TO_ANOTHER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;|]{0,80}?\b(?:to|towards|vers|au|aux|chez|zu|zur|zum|auf|nach|a|al|hacia|alla|allo|verso|naar)\b").unwrap()
});
/// A later cell of the row that counts people ("| United States | 2,000
/// adults 18+ | Online panel |"): a fieldwork or sample table by country,
/// where respondents are, not where data goes (kept when the row names data).
static SAMPLE_SIZE_LATER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^.;|]{0,40}?\|)?\s*(?:n ?= ?)?[0-9][0-9.,]*\s?(?:adults?|respondents?|interviews|completes|participants|persons|people|befragte|personen|teilnehmende|repondants|personnes|entretiens|participants|encuestados|entrevistas|personas|intervistati|interviste|persone|respondenten|deelnemers)\b").unwrap()
});
/// A company removed from a list ("Retrait de Telemark Support LLC
/// (États-Unis)", "Removal of Acme Inc. (USA)", "Entfernung der Acme
/// Inc."): the change log of a sub-processor list, a recipient no longer.
static REMOVED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^a-z])(?:retrait|suppression|removal|removed|deleted|withdrawal|entfernung|entfernt|gestrichen|streichung|eliminacion|eliminado|baja|rimozione|rimosso|eliminato|cancellazione|verwijdering|verwijderd|geschrapt|cessera il rapporto con|cessazione del rapporto con|terminat(?:es|ion of) (?:the |our |its )?(?:contract|relationship|agreement) with|fin du contrat avec|resiliation du contrat (?:avec|de)|kundigung (?:des vertrags )?(?:mit|der|des)|rescision del contrato con|beeindiging van de overeenkomst met) (?:(?:de|of|von|del|de la|della|di|dello|van)(?: |$))?(?:(?:l'|the|der|die|des|el|la|il|lo|het|de) ?)?(?:[a-z0-9&'.,-]+ ){0,4}$",
    )
    .unwrap()
});
/// Money, shares or people, right before the verb that moves them ("wire
/// transfer to", "Employees transferred to our office in Chicago"): not
/// data.
static NOT_DATA_MOVED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^a-z])(?:wire|bank|banking|cash|money|funds|payments?|shares|stock|title|ownership|employees?|staff|personnel|workers|virements?|paiements?|fonds|salaries|collaborateurs|actions|zahlungen|gelder|mitarbeiter(?:innen)?|beschaftigte|arbeitnehmer(?:innen)?|pagos|fondos|empleados|trabajadores|pagamenti|fondi|dipendenti|lavoratori|betalingen|gelden|medewerkers|werknemers)(?: (?:is|are|was|were|will be|shall be|may be|sont|seront|est|sera|werden|wurden|son|seran|sono|saranno|worden))? ?$",
    )
    .unwrap()
});
/// A verb or noun of moving something, at the start of a match.
static MOVING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:transf|trasf|sent\b|send|envoy|envi|invia|uberm|ubert|overged|doorgest|forward|moved|wire)").unwrap()
});
/// [`NOT_DATA_MOVED_BEFORE`], unless the money or people are whose data
/// moves ("the data [of employees] transferred to Chicago").
fn not_data_moved(before: &str) -> bool {
    NOT_DATA_MOVED_BEFORE.find(before).is_some_and(|m| {
        // (The match starts on the character before its word.)
        let lead = before[..m.start()].trim_end();
        ![
            "of", "of the", "des", "der", "de", "d", "di", "dei", "degli", "delle", "del", "van",
            "von", "los", "las",
        ]
        .iter()
        .any(|w| lead.ends_with(&format!(" {w}")) || lead == *w)
    })
}

/// Data that is not personal, as the subject of a transfer ("ces données
/// techniques soient transmises au centre d'expertise ... à Pittsburgh").
static NON_PERSONAL_DATA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:technical|machine|sensor|telemetry|anonymi[sz]ed|aggregated) data|donnees (?:techniques|machines?|de fonctionnement|anonymisees|agregees)|(?:technische|anonymisierte|aggregierte)n? daten|maschinendaten|betriebsdaten|datos (?:tecnicos|de (?:las )?maquinas?|anonimizados|agregados)|dati (?:tecnici|macchina|anonimi|anonimizzati|aggregati)|(?:technische|geanonimiseerde|geaggregeerde) gegevens|machinegegevens)\b",
    )
    .unwrap()
});
/// Personal data named (beside data that is not).
static PERSONAL_DATA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:personal|personnelles|a caractere personnel|personenbezogen\w*|personales|de caracter personal|personali|persoonsgegevens|users?|utilisateurs?|nutzer\w*|usuarios?|utenti|gebruikers?|employees?|salaries|mitarbeiter\w*|empleados|dipendenti|medewerkers|names?|noms?|namen?|nombres?|nomi|naam|e-mail\w*|email\w*|adresses?|address\w*|adressen|direcciones|indirizzi|adres|contact\w*|kontakt\w*|contatti|apps?|applications?|appli|devices?|appareils?|gerate?s?|dispositivos?|dispositivi|apparaten|apparaat|browsers?|identifi\w*|cookies?|journaux|logs?|protokoll\w*|registros?|registri|connexions?|connections?|verbindung\w*|conexion\w*|connession\w*|verbinding\w*)\b",
    )
    .unwrap()
});
/// Machines' data that is not personal is what moves: the only data named
/// before the match is [`NON_PERSONAL_DATA`], the sentence speaks of
/// machines or products and names nothing of a person, app, device or log
/// ("I dati tecnici dell'app" are a device's; "Données techniques
/// (journaux de connexion)" are logs of persons' connections).
fn non_personal_data(before: &str, sentence: &str) -> bool {
    static DATA_NOUN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(?:data|donnees|daten|datos|dati|gegevens)\b").unwrap());
    static MACHINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:machines?|fours?|furnaces?|equipements?|equipment|anlagen?|maschinen?|maquinas?|macchin[ae]|sensors?|capteurs?|sensoren|produits|products|produkte|productos|prodotti|producten)\b").unwrap()
    });
    let n = NON_PERSONAL_DATA.find_iter(before).count();
    n > 0
        && DATA_NOUN.find_iter(before).count() == n
        && MACHINE.is_match(sentence)
        && !PERSONAL_DATA.is_match(sentence)
}

/// A security certification scheme inside the match ("[Drittstaaten –
/// etwa FedRAMP (USA]) ... nicht als gleichwertig zu C5 anerkannt"): a
/// scheme named by its country, where the sentence says nothing of data.
static CERTIFICATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:fedramp|irap|secnumcloud|c5|eucs|iso(?:/iec)? 27001|soc ?2)\b").unwrap()
});
/// A company said, after it, to have no part in the contract or the
/// service ("Sentinella Inc. (Stati Uniti), che distribuisce il prodotto in
/// Nord America; non ha alcun ruolo nel nostro contratto", "has no role in
/// the services"): neither the party nor a recipient.
/// [`NO_ROLE_AFTER`], said of the company matched: no other company (a
/// subsidiary, a "B.V.") named between them ("El Importador es una sociedad
/// constituida conforme al Derecho del Estado de Delaware, ... Su filial
/// Vocalia Europe B.V. ... no interviene en el tratamiento": the
/// subsidiary has no part, the importer has).
fn no_role_after(after: &str) -> bool {
    static OTHER_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:b\.v|gmbh|s\.a|s\.l|s\.r\.l|s\.p\.a|sas|sarl|ltd|limited|ag|n\.v|filial(?:e|es)?|subsidiar(?:y|ies)|tochter\w*|dochter\w*|controllata)\b").unwrap()
    });
    NO_ROLE_AFTER
        .find(after)
        .is_some_and(|m| !OTHER_COMPANY.is_match(&after[..m.start()]))
}
static NO_ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:has|have|plays?) no (?:role|part|involvement)|is not involved|(?:non ha|non svolge|non riveste) (?:alcun|nessun) ruolo|n'(?:a|joue) aucun role|n'intervient pas|(?:hat|spielt) keine (?:rolle|funktion)|ist nicht beteiligt|no (?:tiene|desempena|juega) (?:ningun|papel|rol)|no interviene|(?:heeft|speelt) geen (?:rol|enkele rol)|is niet betrokken)\b",
    )
    .unwrap()
});
/// The party's parent named just before the match, in a relative clause
/// ("X SAS ..., dont la société mère, Helioscan Inc., est établie à
/// Boston"), in a sentence that says nothing
/// of data, access or service: where the group's head is, not where data
/// goes.
static PARENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^a-z])(?:dont la|dont le|whose|deren|dessen|cuya|cuyo|la cui|il cui|wiens|waarvan) (?:societe mere|maison mere|parent company|ultimate parent|parent|muttergesellschaft|konzernmutter|sociedad matriz|casa matriz|matriz|capogruppo|societa controllante|controllante|moedermaatschappij|moederbedrijf),?(?: [a-z0-9&'.-]+,?){1,5} ?$",
    )
    .unwrap()
});
static SERVICE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:acces\w*|access\w*|zugriff\w*|zugang|acceso|accesso|toegang|support\w*|assistenza|soporte|assistance|traitement|processing|verarbeit\w*|tratamiento|trattamento|verwerk\w*|fichiers?|files?|dateien)\b").unwrap()
});
/// A place said, right after the match, to come without access to the
/// data ("| Northlake University | Illinois (USA), senza accesso ai dati
/// |").
static NO_DATA_ACCESS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^.;|]{0,50}?\b(?:without (?:any )?access to (?:the |any )?(?:personal )?data|senza (?:alcun )?accesso ai dati|sans (?:aucun )?acces aux donnees|ohne (?:jeden )?zugriff auf (?:die )?daten|sin (?:ningun )?acceso a (?:los )?datos|zonder (?:enige )?toegang tot (?:de )?gegevens)\b",
    )
    .unwrap()
});
/// A consortium's model agreement ("Abweichungen von den
/// DESCA-Modellklauseln"): drafting precedents, not the Commission's
/// clauses.
static CONSORTIUM_MODEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:desca|eu-life|lambert)\b").unwrap());
/// A bank named inside the match, in a sentence of payment details
/// ("| USD account | Hudson Meridian Bank, N.A., 140 Broadway, New York,
/// NY 10005 |"): where money is paid, not where data goes.
static BANK_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:bank|banque|banca|banco|bancorp)\b").unwrap());
static PAYMENT_DETAILS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:accounts?|iban|swift|bic|aba|routing|remit(?:tance)?|payments?|compte|konto|bankverbindung|cuenta|conto|rekening|zahlung|pago|pagamento|paiement|betaling|virement|bonifico|overschrijving)\b",
    )
    .unwrap()
});
/// A table row whose first cell names a plan, an edition or a product
/// ("| Piano | Virginia (pianificazione turni) |"): a US place used as a
/// product's name.
static PLAN_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:plan|plans|piano|piani|plan tarifaire|edition|editions|edizione|edicion|tier|package|paket|pacchetto|paquete|pakket|tarif|tarifa|tariffa|formule|offre|offerta|oferta|abonnement|subscription|licen[cs]e|licenza|licencia|lizenz|product|produit|produkt|prodotto|producto|modell?|modelo|modello)\b",
    )
    .unwrap()
});
fn row_label(sentence: &str) -> Option<&str> {
    let row = sentence.trim_start().strip_prefix('|')?;
    Some(row.split('|').next()?.trim())
}
/// A document's language version named where a law would be ("disciplinato
/// dalle Condizioni Generali ... (versione italiana"): a translation, not a
/// choice of law.
static LANGUAGE_VERSION_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:versione|version|fassung|versie|traduzione|traduction|translation|ubersetzung|traduccion|vertaling)\ [a-z]+$").unwrap()
});
/// Arbitration rules where a law would be ("regolato dal Regolamento
/// Arbitrale della Camera Arbitrale di Milano"), with no law named in the
/// match: the procedure, not the governing law.
static ARBITRATION_RULES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:regolamento (?:arbitrale|di arbitrato)|arbitration rules|rules of arbitration|reglement d'arbitrage|schieds(?:gerichts)?ordnung|reglamento de arbitraje|arbitragereglement)\b").unwrap()
});
/// A match that opens with the verb of a choice of law ("regolato dal
/// ..."), not with a forum.
static GOVERNED_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:regolat|disciplinat|govern|regi|rige|regid|beheers|geregeld|unterlieg|unterliegt|soumis|sujet|sottopost|onderworpen)").unwrap()
});
static LAW_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:laws?|droit|loi|recht|rechts|gesetze[n]?|ley|leyes|derecho|legislacion|legge|diritto|leggi|wet|wetgeving)\b").unwrap()
});
/// A bank inside the match ("transfer to our bank account at First Bank in
/// New York"): a payment.
static BANK_IN_MATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:bank accounts?|compte bancaire|compte ouvert|bankkonto|cuenta bancaria|conto corrente|bankrekening)\b",
    )
    .unwrap()
});
static CONTRAST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^a-z])(?:unlike|contrary to|in contrast to|contrairement (?:a|aux)|a la difference (?:de|des|du|d')|im gegensatz zu|anders als|a diferencia de|al contrario (?:de|que)|a differenza (?:di|dei|degli|delle|del|della)|diversamente da|in tegenstelling tot|anders dan)(?: [a-z'-]+){0,3} ?$",
    )
    .unwrap()
});
/// A footnote or list entry that is only a US statute's name and year
/// ("1 Clarifying Lawful Overseas Use of Data Act (CLOUD Act), de 2018."):
/// a reference, which says nothing of the data.
static STATUTE_NAME_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:[0-9]{1,3}\W+)?(?:the\ |la\ |le\ |el\ |die\ |de\ |il\ )?(?:clarifying\ lawful\ overseas\ use\ of\ data\ act|foreign\ intelligence\ surveillance\ act|usa\ patriot\ act)(?:\ \((?:cloud\ act|fisa|patriot\ act)\))?,?(?:\ (?:de|of|von|del|van|from))?(?:\ [0-9]{4})?\W*$").unwrap()
});
/// The US sanctions office named for its list, which a bank screens its
/// customers against ("beziehen wir die öffentlich verfügbare Liste des
/// US-amerikanischen Office of Foreign Assets Control"): a list read, no data
/// sent to the office.
static OFAC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:ofac|office of foreign assets control)\b").unwrap());
static SANCTIONS_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:lists?|listes?|liste[n]?|listas?|liste|lijst(?:en)?|sdn|screen\w*|abgleich\w*|filtrage|cribado|filtraggio|controlla\w*)\b").unwrap()
});
/// A price list's or dial-in table's next cell, a number with the US
/// country code ("| United States | +1 646 555 0177 (New York) | local |"):
/// calls to the United States, not data sent there.
static DIALLING_CELL_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^|]{0,3}\|?\s*\+\s?1\b").unwrap());
/// "eine unabhängige Schweizer Gesellschaft ohne [Muttergesellschaft in den
/// USA]", "without [a parent company in the United States]": what the
/// company lacks.
static WITHOUT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:without|ohne|sans|sin|senza|zonder)\s+(?:(?:a|an|any|eine[nrm]?|einen|un|une|una|uno|een|enige|aucune?)\s+)?$").unwrap()
});
/// A price list's next cell, the currency ("| Verenigde Staten | USD | $ 2.00
/// |"): prices for a country, not data sent there.
static CURRENCY_CELL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\|?\s*(?:usd\b|us\$|\$|dollars?\b|dolares\b|dollari\b|amerikaanse dollars?\b)")
        .unwrap()
});
/// Attackers' infrastructure located in the US ("une part significative des
/// serveurs de commande et de contrôle observés est hébergée aux
/// États-Unis", "server compromessi negli Stati Uniti"): a threat report's
/// geography, not the customer's data (unless the sentence sends data or
/// samples there: SUBMITTED_DATA). Indicators alone are not enough: an HR
/// or a grant's "indicateurs" are figures computed by a US processor.
static ATTACKER_INFRA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?x)\b(?:command[-\ ]and[-\ ]control|c2|c&c|commande\ et\ (?:de\ )?controle|botnet(?-u:\w)*|scaninfrastructu(?-u:\w)*
        | (?:attack(?:er)?s?|attaquants?|angreifer(?-u:\w)*|atacantes?|attaccant[ei]|aanvallers?)\ (?:(?-u:\w)+\ ){0,2}?(?:servers?|serveurs?|infrastructures?|infrastruktur(?-u:\w)*|infraestructuras?|infrastruttur[ae])
        | (?:servers?|serveurs?|server|servidores|infrastructures?|infrastruktur|infraestructura|infrastruttura)\ (?:des\ |der\ |de\ los\ |degli\ |van\ de\ |of\ the\ )?(?:attaquants|angreifer|atacantes|attaccanti|aanvallers|attackers)
        | (?:servers?|serveurs?|servidores)\ (?:compromess[io]|compromis|compromised|kompromittierte(?-u:\w)*|comprometidos|gecompromitteerde)
        | compromised\ (?:servers|hosts|machines) | fonti\ degli\ attacchi | sources?\ (?:of|des)\ (?:the\ )?(?:attacks|attaques) | herkunft\ der\ angriffe | origen\ de\ los\ ataques
        | indicators?\ of\ compromise | indicateurs?\ de\ compromission | iocs?)\b").unwrap()
});
static SUBMITTED_DATA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:personal data|donnees personnelles|personenbezogene(?-u:\w)*|datos personales|dati personali|persoonsgegevens|sandbox(?-u:\w)*|uploaded|televersee?s?|hochgeladen(?-u:\w)*|caricat[io]|subid[oa]s|geupload|samples|echantillons|proben|muestras|campioni)\b").unwrap()
});
/// What a transfer to the US is said to be in general ("is doorgifte naar de
/// Verenigde Staten juridisch onzeker geworden"): a comment on the law, not
/// a transfer (unless a company is named in the sentence).
static LEGAL_UNCERTAINTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:juridisch\ onzeker|rechtsonzekerheid|rechtlich\ unsicher|rechtsunsicher(?-u:\w)*|juridiquement\ incertaine?s?|insecurite\ juridique|legally\ uncertain|legal\ uncertainty|incertidumbre\ juridica|juridicamente\ incierta?s?|inseguridad\ juridica|giuridicamente\ incert[aoie]|incertezza\ giuridica)\b").unwrap()
});
/// Services from the United States done without ("auf Analyse-, Werbe- und
/// Social-Media-Dienste von Anbietern mit Sitz in den USA zu verzichten",
/// "we refrain from using US providers"): a denial by its verb.
static RENOUNCED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:zu\ verzichten|verzichten\ wir|verzichtet|verzichten\ bewusst|refrain(?-u:\w)*\ from|forgo(?-u:\w)*|forego(?-u:\w)*|renonc(?-u:\w)*\ a|renunci(?-u:\w)*\ a|rinunci(?-u:\w)*\ a|af\ te\ zien\ van|zien\ (?:wij\ |we\ )?(?:bewust\ )?af\ van)\b").unwrap()
});
/// "el Sello comunica que la fecha de lanzamiento en Estados Unidos ...":
/// the verb announces a fact; it sends no data.
static ANNOUNCES_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:comunica|comunican|comunicamos|informa|informan|informamos|comunichiamo|informiamo)\ (?:que|che)\b").unwrap()
});
/// Rights assigned to a US company ("zijn de vertaalrechten ... overgedragen
/// aan een uitgeverij in New York"): copyright or licences, not personal
/// data (kept where the sentence names data).
static RIGHTS_ASSIGNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:vertaalrechten|auteursrecht(?-u:\w)*|exploitatierechten|copyrights?|droits\ d'(?:auteur|edition|exploitation|adaptation|traduction)|urheberrecht(?-u:\w)*|nutzungsrecht(?-u:\w)*|verlagsrecht(?-u:\w)*|ubersetzungsrecht(?-u:\w)*|derechos\ de\ (?:autor|explotacion|traduccion|edicion)|diritti\ (?:d'autore|di\ traduzione|di\ sfruttamento|di\ edizione)|(?:translation|publishing|distribution|film|master)\ rights|ownership\ of\ (?:the\ |its\ |their\ )?results|titolarita\ dei\ (?:propri\ )?risultati|propriete\ des\ resultats|eigentum\ an\ den\ ergebnissen|titularidad\ de\ los\ resultados|eigendom\ van\ de\ resultaten|intellectual\ property|propriete\ intellectuelle|geistiges\ eigentum|propiedad\ intelectual|proprieta\ intellettuale|intellectueel\ eigendom)\b").unwrap()
});
/// A later cell of the row that offers the row as an option ("| NA-1 |
/// Columbus, Ohio and Chicago, Illinois | Selectable | USD 0.025 |"): a
/// hosting region the customer may choose, whatever its price.
static OFFERED_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\|)\s*(?:selectable|available|optional|on request|default|selectionnable|disponible|optionnel(?:le)?|sur demande|wahlbar|verfugbar|optional|auf anfrage|seleccionable|opcional|bajo solicitud|a peticion|selezionabile|disponibile|opzionale|su richiesta|selecteerbaar|beschikbaar|optioneel|op verzoek)\s*(?:\||$)").unwrap()
});
/// A later cell of the row that is the currency ("| United States | All
/// products | 8 % of net sale value | USD |") or a price ("| USA (nur
/// Kleinmöbel) | 39,00 € |"): a commission, price or shipping table by
/// country (kept when the row names data).
static CURRENCY_CELL_LATER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\|)\s*(?:(?:usd|us\$|dollars?|dolares|dollari|amerikaanse dollars?)\s*(?:\||$)|(?:€|\$|£|eur|usd|gbp|chf)\s?[0-9]|[0-9][0-9.,]*\s?(?:€|\$|£|eur\b|usd\b|gbp\b|chf\b))")
        .unwrap()
});
/// A row of counts after the country ("Estados Unidos 2 0 0 0", "| États-Unis
/// | 11 | 14 | 0 | 0 % |" in a transparency report): requests received from
/// a country, not data sent there.
static COUNTS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s|]*(?:\d[\d.,]*\s?%?[\s|]+)+\d[\d.,]*\s?%?[\s|]*(?:$|\n|[a-z])").unwrap()
});
/// A US telephone number in the match ("| +1 646 555 0177 (New York) |").
static US_PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\+\s?1[\s.-]?\(?[0-9]{3}\)?[\s.-]?[0-9]{3}").unwrap());
/// Companies as the subject matter of a document, not its party: a form
/// book's templates for incorporating one ("formulari per la costituzione
/// di società ... secondo il diritto dello Stato del Delaware"), a
/// certificate of incorporation examined or signed.
static COMPANY_AS_CONTENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:formularbuch\w*|mustertext\w*|formulari|templates?|clause\ librar(?:y|ies)|form\ ?books?|precedents|certificate\ of\ incorporation)\b").unwrap()
});
/// "US" in a table cell, spelt out in the next one ("| US | Unit Supervisor
/// |", "| US | unbegleiteter Servicezugang |"): a status or role code,
/// not the country (unless the next cell is "United States").
fn us_expanded_after(matched: &str, after: &str) -> bool {
    let cell = matched.trim_matches(|c: char| c == '|' || c.is_whitespace());
    cell == "us"
        && US_EXPANSION.is_match(after)
        && !after
            .trim_start_matches(|c: char| c == '|' || c.is_whitespace())
            .starts_with("united states")
}
static US_EXPANSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\|?\s*u[a-z]*\s+(?:(?:de|del|de la|di|della|van|der|des|du|of|the|für|fur)\s+)?s[a-z]*\b").unwrap()
});
/// The company whose platform the vendor resells ("Relaybridge
/// Communications, Inc., ... qui développe et exploite la Plateforme et dont
/// Messalis est le revendeur", "waarvan Seinpost geautoriseerd wederverkoper
/// is"): the vendor's supplier, not the vendor.
/// The maker or principal whose products the party distributes, named
/// after the party's role ("LabNova Benelux BV, ..., exclusief
/// distributeur voor de Benelux van Thornfield Instruments Inc., een
/// vennootschap naar het recht van de staat Delaware"): not the party.
static DISTRIBUTOR_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:distributeur|distributor|distribuidor|distributore|vertriebspartner|reseller|revendeur|wederverkoper|rivenditore|revendedor|(?:authori[sz]ed|exclusive|official)\ (?:agent|dealer|partner)|concessionnaire|concesionario|concessionario|vertragshandler|dealer)\b[^.;]{0,50}?\b(?:van|of|de|du|des|von|der|del|della|di|for|pour|para|per)\ (?:[a-z0-9&'.-]+,?\ ){0,5}$").unwrap()
});
static RESELLER_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:dont|whose|of\ which|for\ which|waarvan|deren|dessen|cuy[oa]s?|de\ la\ que|del\ que|di\ cui|del\ quale|della\ quale)\b[^.;]{0,60}?\b(?:revendeur|reseller|wederverkoper|wiederverkaufer\w*|weiterverkaufer\w*|revendedor\w*|rivenditore|distributeur|distributor|distribuidor|distributore)\b").unwrap()
});
/// A payment order that the match is part of ("una orden permanente de
/// transferencia están vinculados a los Estados Unidos"), not one merely
/// before it ("los datos de las transferencias bancarias se almacenan en
/// Estados Unidos" is data stored there).
fn payment_order(sentence: &str, match_at: usize, match_end: usize) -> bool {
    let from = floor_char_boundary(sentence, match_at.saturating_sub(40));
    let to = floor_char_boundary(sentence, match_end.min(sentence.len()));
    let at = floor_char_boundary(sentence, match_at.min(to));
    // (A match may start with the word before its verb: the order must
    // reach past that word.)
    let m = &sentence[at..to];
    let word = m.len() - m.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let first_word_end = at + m[word..].find(' ').map_or(m.len(), |i| word + i);
    PAYMENT_ORDER
        .find_iter(&sentence[from..to])
        .any(|m| from + m.end() > first_word_end)
        && !STORED.is_match(&sentence[at..to])
}

/// Data kept somewhere: a payment order's data stored in the United
/// States are a transfer ("For each wire transfer, the payer's details are
/// stored on servers in the United States").
static STORED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:stored|hosted|kept|servers?|data\ cent(?:er|re)s?|stock\w*|heberg\w*|serveurs?|conserv\w*|gespeichert|gehostet|aufbewahrt|rechenzentr\w*|almacen\w*|aloj\w*|servidores?|archiviat\w*|memorizzat\w*|ospitat\w*|opgeslagen|bewaard|gehost)\b").unwrap()
});
/// Suppliers or bidders in the United States who may register on a
/// purchasing portal and bid ("I fornitori con sede negli Stati Uniti ...
/// possono registrarsi al portale e presentare le proprie offerte"): the
/// portal's users, not processors of the company's data.
static BIDDERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:suppliers?|bidders?|tenderers?|vendors?|fournisseurs?|soumissionnaires?|candidats?|lieferanten|bieter|anbieter|proveedores?|licitadores?|fornitori|offerenti|leveranciers?|inschrijvers?)\b[^.;]{0,100}?\b(?:(?:may|can) (?:register|bid|submit)|peuvent (?:s'inscrire|s'enregistrer|soumissionner|deposer)|konnen sich (?:registrieren|anmelden)|pueden (?:registrarse|inscribirse|presentar)|possono (?:registrarsi|iscriversi|presentare)|kunnen (?:zich (?:registreren|aanmelden|inschrijven)|inschrijven))\b",
    )
    .unwrap()
});
/// Customers in the United States, whom the US place serves ("qu'aux
/// clients du Sous-traitant établis aux États-Unis, qui sont servis par une
/// filiale distincte ... au moyen d'une plateforme hébergée sur le
/// territoire américain"): their data, not the European customer's.
/// A table cell that keeps the row to another company's or to US
/// customers ("| Austin, Texas | North American business hours | Customers
/// of Hvidsten Inc. only |", "| US customers only |"): a hub that does not
/// serve the reader.
static ONLY_US_CUSTOMERS_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\|\s*(?:(?:for\ )?(?:customers|clients)\ (?:of\ [a-z0-9&.,'\ -]{2,40}?(?:inc|llc|corp)\.?|(?:in|based\ in|located\ in)\ (?:the\ )?(?:us|usa|u\.s\.|united\ states|north\ america))\ only|(?:us|u\.s\.|north\ american|american)\ customers\ only|(?:only|exclusively)\ for\ (?:customers|clients)\ (?:of\ [a-z0-9&.,'\ -]{2,40}?(?:inc|llc|corp)\.?|(?:in|based\ in)\ (?:the\ )?(?:us|usa|u\.s\.|united\ states|north\ america)))\s*(?:\||$)").unwrap()
});
static US_CUSTOMERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:clients?|customers?|kunden|clientes|clienti|klanten|utilisateurs|users|nutzer|usuarios|utenti|gebruikers)\b[^.;]{0,40}?\b(?:etablie?s|established|located|based|ansassig(?:en|e)?|establecid[oa]s|stabiliti|gevestigd|residing|resident|domicilie?s)\ (?:aux\ etats-unis|in\ the\ (?:united\ states|us|usa)|in\ den\ (?:usa|vereinigten\ staaten)|en\ (?:los\ )?estados\ unidos|negli\ stati\ uniti|in\ de\ (?:vs|verenigde\ staten))\b[^.;]{0,60}?\b(?:servis|served|bedient|atendid[oa]s|servit[ie]|bediend|distinct[ea]?|separate|getrennte[nr]?|separad[oa]|separat[oa]|aparte|afzonderlijke?)\b",
    )
    .unwrap()
});
/// An agreement between states named by its parties, ending on the United
/// States ("en aplicación del Acuerdo entre el Reino de España y los
/// Estados Unidos de América para la mejora del cumplimiento fiscal"): the
/// country is a party to a treaty, not where the data go.
static INTERSTATE_AGREEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:acuerdo|agreement|accord|abkommens?|accordo|overeenkomst|convenio|convention|treaty|tratado|trattato|verdrag)\b[^.;]{0,40}?\b(?:entre|between|zwischen|tra|fra|tussen)\ (?:el\ |la\ |the\ |le\ |der\ |dem\ |il\ |lo\ |het\ |de\ )?[a-z]+(?:\ [a-z]+){0,4}?\ (?:y|and|et|und|e|en)\ (?:los\ |the\ |les\ |den\ |gli\ |de\ )?(?:estados\ unidos(?:\ de\ america)?|united\ states(?:\ of\ america)?|etats-unis(?:\ d'amerique)?|vereinigten\ staaten(?:\ von\ amerika)?|stati\ uniti(?:\ d'america)?|verenigde\ staten(?:\ van\ amerika)?|usa)\b",
    )
    .unwrap()
});
/// A payment order, just before or in the match ("una orden permanente de
/// transferencia ... vinculados a los Estados Unidos"): money sent, not
/// data.
static PAYMENT_ORDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:orden(?:es)?\ (?:permanentes?\ )?de\ transferencias?|transferencias?\ bancarias?|standing\ (?:transfer\ )?orders?|(?:wire|bank|money)\ transfers?|ordres?\ de\ virement|virements?\ permanents?|dauerauftr[a-z]*|ordin[ei]\ permanent[ei]|periodieke\ overboeking(?:en)?)\b",
    )
    .unwrap()
});
/// A sentence that opens with an end date in the past: "Until 2020,",
/// "Jusqu'en mars 2021,", "Bis Ende 2019", "Hasta 2020", "Fino al 2021",
/// "Tot 2020"; or with the Court's judgment that ended the Safe Harbor or
/// the Privacy Shield ("Jusqu'à l'arrêt rendu par la Cour de justice ... le
/// 16 juillet 2020, ces transferts étaient fondés sur ..."). The last year counted as past is written here (2025), not
/// read from the clock, so that a document gives the same findings on
/// every day it is scanned; move it on when the rules are next revised.
static ENDED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\W*)(?:[0-9]+(?:\.[0-9]+)*\.? |\(?[a-z]\) )?(?:(?:the|le|la|les|der|die|das|el|los|las|il|lo|i|de|het) )?(?:until|up to|jusqu'(?:en|au|a)|bis(?: ende| zum)?|hasta(?: finales de)?|fino (?:al|a)|tot(?: eind)?)\ (?:[0-9]{1,2}\.? )?(?:[a-z]+ )?(?:19\d\d|20[01]\d|202[0-5])\b|^(?:\W*)(?:[0-9]+(?:\.[0-9]+)*\.? |\(?[a-z]\) )?(?:until|up to|jusqu'(?:a|au)|bis zum|hasta|fino alla|tot)\ (?:the |l'|la |le |el |het )?(?:judgment|ruling|decision|arret|urteil|sentencia|sentenza|arrest|uitspraak)\b[^.;]{0,100}?\b(?:2015|2020)\b|^(?:\W*)(?:[0-9]+(?:\.[0-9]+)*\.? |\(?[a-z]\) )?(?:until|up to|jusqu'a|bis zu|hasta|fino a|tot)\ (?:that|this|cette|diesem|esa|dicha|tale|quella|detta|die|deze)\ (?:date|datum|zeitpunkt|fecha|data|tag)\b",
    )
    .unwrap()
});
/// When the match at `match_at` is a table cell (after ` | `), the text
/// of the cell before it. (The bar may lie before `match_at` or just after
/// it: a row read from tab-separated cells loses the bar at the end of the
/// text before the match when that text is normalized alone.)
fn previous_cell(sentence: &str, match_at: usize) -> Option<&str> {
    let before = sentence.get(..match_at)?.trim_end();
    let before = match before.strip_suffix('|') {
        Some(b) => b,
        None if sentence.get(match_at..)?.trim_start().starts_with('|') => before,
        None => return None,
    };
    let cell = before.rsplit('|').next()?;
    Some(cell.trim())
}

/// A table's label cell for a place that is the contract's forum or a
/// company's seat, in the six languages.
static LEGAL_PLACE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:arbitrat\w*|arbitrag\w*|arbitraj\w*|schieds\w*|seat|venue|forum|foro|fuero|jurisdic\w*|juridiction\w*|giurisdizion\w*|gerichtsstand|courts?|tribuna\w*|gericht\w*|rechtbank|rechter|governing law|applicable law|droit applicable|loi applicable|ley aplicable|legislacion aplicable|legge applicabile|diritto applicabile|anwendbares recht|toepasselijk recht|headquarters|head office|registered office|principal place of business|place of incorporation|state of incorporation|siege social|sitz der gesellschaft|sede legale|sede social|domicilio social|statutaire zetel|hoofdkantoor)\b",
    )
    .unwrap()
});
/// A stake in a US company, just before the match ("Beteiligungen an
/// einer [Delaware-LLC]", "membership interests in a [Delaware limited
/// liability company]"): a holding, not the author.
/// A fund or company the author invests in, named right after the verb
/// ("Die Gesellschaft investiert überwiegend als Limited Partner in die
/// Northbridge Growth Partners III, L.P., eine Limited Partnership nach dem
/// Recht des Bundesstaates Delaware"): an investment, not the party.
static INVESTED_IN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:invest(?:s|ed|ing)?|investit|investissent|investira|investiert|investieren|investierte|invierte|invierten|invertira|investe|investono|belegt|beleggen|belegde|investeert|investeren)\b[^;]{0,60}?\b(?:in|into|dans|en|nel|nella|nei|negli|in die|in den|in das|in een|in de|in het)\b[^;:]{0,80}$",
    )
    .unwrap()
});
/// The company is then called a subsidiary or affiliate of the party
/// ("Tramuntana Software Inc., sociedad constituida conforme a las leyes
/// del Estado de Delaware, es una filial del Licenciante que distribuye el
/// Software en los Estados Unidos"): the party's US arm, not the party.
/// The SCCs' Module Three (processor to processor) named just before the
/// match, in the six languages.
static MODULE_THREE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:module|modul|modulo|moduul)\ (?:three|3|iii|trois|drei|tres|tre|drie),?\ (?:\([^()]{0,60}\),?\ )?(?:(?:entered\ into|concluded|signed|conclues?|abgeschlossen|suscritas?|stipulate|gesloten)\ )?(?:,?\ ?(?:between|entre|zwischen|tra|fra|tussen)\ (?:[a-z0-9&'.-]+\ ){1,4}(?:and|et|und|y|e|en)\ )?$",
    )
    .unwrap()
});
/// "..., constituida conforme al derecho del Estado de Florida y
/// participada al cien por cien por el Proveedor", "wholly owned by the
/// Supplier": a company the party owns, not the party.
static OWNED_BY_PARTY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^.;]{0,120}?\b(?:owned|held|controlled|participad[oa]|controlad[oa]|detenue?|possedee?|controlee?|gehalten|beherrscht|partecipat[oa]|controllat[oa]|detenut[oa]|posseduta|in\ handen)\b[^.;]{0,40}?\b(?:by|por|par|von|da|dal|dalla|door|van)\ (?:the\ |el\ |la\ |le\ |l'|der\ |dem\ |die\ |il\ |de\ |het\ )?(?:provider|supplier|vendor|processor|contractor|licensor|proveedor|prestador|encargado|prestataire|fournisseur|editeur|anbieter\w*|auftragnehmer\w*|auftragsverarbeiter\w*|dienstleister\w*|fornitore|responsabile|leverancier|verwerker|dienstverlener)(?:[^'\w]|$)",
    )
    .unwrap()
});
static SUBSIDIARY_OF_PARTY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^.;]{0,60}?\b(?:is|est|ist|es|e|zijn)\ (?:a|an|une|un|eine|una|een)\ (?:(?:wholly[\ -]owned|indirect|direct|us|u\.s\.|american|americaine|amerikanische|estadounidense|statunitense|amerikaanse)\ )*(?:subsidiary|affiliate|filiale|tochtergesellschaft|tochter|konzerngesellschaft|filial|sociedad\ filial|controllata|societa\ controllata|affiliata|consociata|dochteronderneming|dochtervennootschap|dochtermaatschappij|groepsmaatschappij)\ (?:of|de|du|des|der|del|della|dello|dell'|van)\ (?:the\ |la\ |le\ |l'|el\ |il\ |de\ |het\ )?(?:licensor|provider|supplier|vendor|processor|contractor|service\ provider|licenciante|proveedor|prestador|encargado|prestataire|fournisseur|editeur|concedant|sous-traitant|anbieter[s]?|anbieterin|lizenzgeber[s]?|auftragnehmer[s]?|auftragsverarbeiter[s]?|dienstleister[s]?|fornitore|licenziante|responsabile|leverancier|licentiegever|verwerker|dienstverlener)\b",
    )
    .unwrap()
});
/// The sentence then says the customer contracts with the company's
/// subsidiary ("Stratus Web Services LLC è costituita nello Stato di
/// Washington; Orsa contrae con la sua filiale europea"): the company is the
/// party's parent, not the party.
static CONTRACT_WITH_ITS_SUBSIDIARY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^.]{0,120}?\b(?:contracts?|contracting|contrae|contraggono|contracte|contractent|contrata|contratan|contracteert|contracteren)\ (?:only\ |solely\ |uniquement\ |solo\ |soltanto\ |alleen\ )?(?:with|con|avec|met)\ (?:its|their|sa|leur|la\ sua|sua|su|sus|haar|zijn|hun)\ (?:[a-z]+\ ){0,2}?(?:subsidiary|affiliate|filiale|filial|controllata|dochteronderneming|dochtermaatschappij|dochtervennootschap)\b|^[^.]{0,120}?\bvertragspartner(?:in)?\ (?:ist|sind|wird)\ (?:ausschliesslich\ |allein\ )?(?:ihre|seine|deren|dessen)\ (?:[a-z]+\ ){0,2}?tochtergesellschaft\b",
    )
    .unwrap()
});
static HOLDING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^a-z])(?:beteiligung(?:en)?|anteile[n]?|interests?|shares?|stakes?|participations?|participacion(?:es)?|partecipazion[ei]|aandelen|deelneming(?:en)?) (?:an|in|dans|en|de) (?:(?:einer|einem|eine|an?|une|un|una|uno|een|the|la|le|el|il|de) )?$",
    )
    .unwrap()
});
/// A company form named as the subject of a document or a deal, right
/// after the match ("a [Delaware LLC] operating agreement", "[Delaware
/// corporation] formation documents").
static COMPANY_AS_TOPIC_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,? ?(?:operating|shareholders?|stockholders?|partnership|formation|merger|joint venture|llc) (?:agreements?|documents?|filings?)\b|^,? ?(?:formations?|conversions?|mergers?|spin-offs?|gesellschaftsvertrag|grundung|satzung)\b",
    )
    .unwrap()
});
/// A table's label cell for the address of notices: the whole cell, as
/// "notificaciones" also names a service ("| Envío de notificaciones por
/// correo | Ashburn, Virginia |" is where the data goes).
static NOTICES_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:address|adresse|anschrift|direccion|indirizzo|adres)(?:es)? (?:for|pour|fur|para|per|voor) (?:les |las |le |de )?)?(?:(?:legal|formal|juridische|rechtliche|formelle) )?(?:notices?|avis|mitteilungen|notificaciones|comunicazioni|kennisgevingen)(?: (?:juridiques|legales|legali|formales|formali))?$",
    )
    .unwrap()
});
/// A verb in a past tense of use, storing or sending, in the six
/// languages (with [`ENDED_BY`]: the practice has stopped).
static PAST_USE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:used|relied|transferred|stored|hosted|sent|utilisions|utilisait|utilisaient|recourions|transferions|hebergions|stockions|etaient|etait|nutzten|verwendeten|setzten|speicherten|ubermittelten|nutzte|verwendete|setzte|speicherte|ubermittelte|utilizaba|usaba|almacenaba|transferia|utilizzava|usava|trasferiva|conservava|wurde|wurden|eingesetzte[nr]?|utilizabamos|usabamos|recurriamos|transferiamos|alojabamos|almacenabamos|eran|utilizzavamo|usavamo|trasferivamo|conservavamo|venivano|erano|era|was|were|war|gebruikten|gebruikte|maakten|sloegen|werden|waren|werd|avvaleva|avvalevano|avvalevamo|serviva|servivano|recurria|recurrian|faisait|faisaient|bediente|bedienten|ran|draaide|draaiden|liep|liepen|tournait|tournaient|funzionava|funzionavano|funcionaba|funcionaban|lief|liefen|baseerden|baseerde|fondions|fondait|stutzten|stutzte|basabamos|basaba|basavamo|basava)\b",
    )
    .unwrap()
});
/// Users or customers named by their region, before the end of the match.
static FOR_USERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:per|for|pour|fur|para|voor) (?:(?:gli|les|die|los|las|de|the|i|le) )?(?:utenti|users|clients|nutzer(?:innen)?|kunden|usuarios|clientes|gebruikers|klanten|consumatori|consumers|consommateurs|verbraucher|consumidores|consumenten|residenti|residents|residentes)\b",
    )
    .unwrap()
});
/// Words that give the place after the users a law of its own.
static LAW_OR_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:laws?|legge|leggi|diritto|droit|loi|lois|recht|gesetz\w*|ley|leyes|derecho|wet|wetten|is|are|est|sont|ist|sind|es|son|sono|zijn|applies|apply|governed|regolat\w*|regi\w*|rigen|unterlieg\w*)\b|[:|]",
    )
    .unwrap()
});

/// "Legge applicabile per gli utenti del SEE e della Svizzera": a heading
/// that names the users' region at its end, not a law.
fn users_region_at_end(m: &str) -> bool {
    FOR_USERS
        .find_iter(m)
        .last()
        .is_some_and(|u| !LAW_OR_VERB.is_match(&m[u.end()..]))
}

/// A match ending on "in English", "en anglais", "in inglese": the
/// language of a proceeding, which the gazetteer would read as a place.
/// Names of languages, in the six languages (normalized).
const LANGUAGE_NAMES: &str = "english|anglais|ingles|inglese|engels|englisch|french|francais|frances|francese|frans|franzosisch|german|allemand|aleman|tedesco|duits|deutsch|spanish|espagnol|espanol|spagnolo|spaans|spanisch|italian|italien|italiano|italiaans|italienisch|dutch|neerlandais|neerlandes|olandese|nederlands|niederlandisch|japanese|chinese|portuguese";
static IN_A_LANGUAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:in|en|auf|in\ het|in\ lingua)\ (?:the\ )?(?:{LANGUAGE_NAMES})(?:e|er|en|es)?$"
    ))
    .unwrap()
});
/// A match that ends with a language's name, and the header of a
/// bilingual table's other column after it ("Droit applicable | English |
/// Français"): the columns' languages, not a law.
static LANGUAGE_AT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b(?:{LANGUAGE_NAMES})$")).unwrap());
static LANGUAGE_COLUMN_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*(?:\|\s*)?(?:{LANGUAGE_NAMES})\b")).unwrap());
/// An office or branch, with no word for a law in the match ("I bonifici in
/// dollari sono regolati attraverso la banca corrispondente ... presso la
/// sua sede di New York"): payments settled at a place, not a law chosen.
static PLACE_OF_BUSINESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:sede|sedi|filiale|succursale|ufficio|uffici|office|offices|branch|branches|sitz|niederlassung|siege|bureau|bureaux|sucursal|oficina|oficinas|vestiging|kantoor|correspondent|corrispondente|corresponsal|correspondante?)\b").unwrap()
});
/// Courts and arbitration, whose seat is a place ("sede dell'arbitrato",
/// "Sitz des Schiedsgerichts", "the office of the American Arbitration
/// Association").
static VENUE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"arbitr|schieds|tribunal|court|gericht|juzgad|\bforo\b|rechtbank|juridiction|jurisdic|giurisdiz|competen|bevoegd|zustandig").unwrap()
});
static LAW_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:legge|leggi|diritto|legislazione|ordinamento|normativa|law|laws|droit|loi|lois|legislation|recht|rechts|gesetz|gesetze|gesetzen|ley|leyes|derecho|legislacion|wet|wetten)\b").unwrap()
});
/// A statute that companies are formed under, in a law match ("société à
/// but non lucratif régie par la Not-for-Profit Corporation Law de l'État de
/// New York"): the party's incorporation, not the contract's law.
static INCORPORATION_STATUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:not-for-profit|nonprofit|non-profit|business|general) corporations? (?:law|act|code)|limited liability company (?:act|law)|corporations? (?:act|code))\b").unwrap()
});
/// An agreement or treaty between states at the end of a law match ("El
/// tratamiento de los PNR ... se rige por el Acuerdo entre los Estados
/// Unidos de América"): an international agreement, not a law chosen.
static BETWEEN_STATES_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:agreements?|acuerdos?|accords?|abkommens?|accord[oi]|overeenkomst(?:en)?|convenios?|conventions?|convenzion[ei]|treat(?:y|ies)|traites?|tratados?|trattat[oi]|vertrag(?:es)?|verdrag(?:en)?)\b(?: [a-z-]+){0,3}? (?:entre|between|zwischen|tra|fra|tussen) (?:(?:la|el|los|las|the|les|der|den|dem|die|il|gli|lo|de|het) |l')?[^ ]+(?: [^ ]+){0,7}$",
    )
    .unwrap()
});
/// A data-protection statute at the end of a law match ("resta regolato
/// dal GDPR e dal Codice privacy italiano"): the statute that governs the
/// processing, not a legal system chosen for the contract.
static STATUTE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:gdpr|rgpd|dsgvo|bdsg|uavg|lopdgdd|codice (?:della )?privacy|codice in materia di protezione dei dati personali|data protection act(?: 2018)?|loi informatique et libertes|bundesdatenschutzgesetz(?:es)?|ley organica de proteccion de datos|uitvoeringswet avg)(?: (?-u:\w)+)?$",
    )
    .unwrap()
});
/// A country's regulation on a subject ("des composants soumis à la
/// réglementation américaine sur le commerce des armes (ITAR)"): rules the
/// goods or the activity must follow, not a law chosen for the contract.
static REGULATION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:reglementation|regulations?|normativa|normative|regelgeving|vorschriften|regulacion(?:es)?)\b")
        .unwrap()
});
static REGULATION_ON_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^ ?(?:\([^)]{0,30}\) ?)?(?:sur|relatives?|en matiere|concernant|on|concerning|relating|governing|sobre|relativas?|en materia|sulla|sul|sui|sugli|relativi|in materia|inzake|betreffende|over|uber|zur|zum|fur)\b",
    )
    .unwrap()
});
/// A possessive right before a match ("votre", "Ihr", "your").
static POSSESSIVE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^a-z])(?:votre|vos|notre|nos|ihr|ihre|ihren|unser|unsere|unseren|su|sus|nuestro|nuestra|vostro|vostra|nostro|nostra|uw|onze|your|our)$",
    )
    .unwrap()
});
/// The other side of a dispute ("is in a dispute with Hollis Packaging
/// Corp., a Delaware corporation", "le litige qui l'oppose à X Inc."):
/// the document's party is not the US company.
/// The other side of a client's dispute ("dans un litige opposant un
/// Client à Northgate Corp., société du Delaware", "Abwehr von Ansprüchen
/// der Northgate Fasteners Inc.", "la demandada, una Delaware
/// corporation"): a law firm's or a research tool's example, not the party.
static OPPONENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\b(?:opposant|opponent|opposing party|gegenpartei|gegnerin|gegner)\b[^;]{0,80}|\b(?:abwehr|geltendmachung|durchsetzung) von (?:\w+ )?anspruchen (?:der|des|gegen)\b[^;]{0,160}|\b(?:defendant|plaintiff|respondent|claimant|demandada|demandado|demandante|defenderesse|defendeur|demanderesse|demandeur|beklagte|beklagten|klagerin|klager|convenuta|convenuto|attrice|attore|gedaagde|eiseres|eiser)\b,? (?:(?:a|an|une?|eine?|una?|een)\ )?)$",
    )
    .unwrap()
});
/// A company form named in general ("Treuepflichten von Organmitgliedern
/// einer Delaware corporation", "les administrateurs d'une Delaware
/// corporation"): a kind of company, not one that is a party.
/// A kind of company given as an example ("una società costituita
/// secondo il diritto di uno Stato estero (ad esempio una [corporation
/// del Delaware] o una GmbH tedesca)"): not the party.
static EXAMPLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:for example|for instance|e\.g\.|par exemple|zum beispiel|beispielsweise|z\. ?b\.|por ejemplo|ad esempio|per esempio|bijvoorbeeld|bv\.),?\s+(?:(?:a|an|une?|eine?|una?|een)\s+)?$",
    )
    .unwrap()
});
/// A licensor of something the vendor builds on ("basato su un modello
/// linguistico concesso in licenza da Orvane AI, Inc., società del
/// Delaware"): a supplier, not the party.
static LICENSED_FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:licensed from|under (?:a )?licen[cs]e from|(?:concess[oa] )?in licenza da|sous licence (?:de|d'|par)|concede? sous licence par|lizenziert von|in lizenz von|unter lizenz von|bajo licencia de|licenciad[oa] por|in licentie (?:van|gegeven door|(?:(?:is|zijn|werd|werden) )?(?:genomen|verkregen) van)|gelicentieerd door|onder licentie van)\s+(?:(?:the|la|le|l'|die|der|el|il|de|het)\s?)?(?:[a-z0-9&'.,-]+\s){0,4}$").unwrap()
});
/// "controparte", "contraparte", "wederpartij": the other side of a
/// dispute where the sentence speaks of one ([`LITIGATION`]); otherwise
/// the other party to the contract ("La controparte contrattuale indicata
/// nei Termini è Metricola, Inc., a corporation organized under the laws of
/// the State of Delaware").
static COUNTERPART_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:contraparte|controparte|wederpartij)\b[^;]{0,80}$").unwrap()
});
static LITIGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:differends?|litiges?|disputes?|streit\w*|controversias?|controversie|litigios?|geschil(?:len)?|contestations?|causa|giudizio|contenzios[oi]|vertenz[ae]|pleitos?|demandas?|demandad[oa]|rechtszaak|rechtszaken|procedure|procedures|geding|lawsuits?|litigation|arbitra\w*|dagvaarding\w*|claims?|klage\w*|proces)\b").unwrap()
});
static GENERIC_FORM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^,]) (?:von|einer|d'une|de una|di una|van een|of a|of an)\ $").unwrap()
});
static ADVERSARY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:disputes?|litigation|lawsuits?|claims?|proceedings|litiges?|differends?|contentieux|proces|rechtsstreit\w*|streit\w*|klagen?|prozess\w*|litigios?|disputas?|pleitos?|demandas?|controversias?|contenziosi|contenzioso|vertenz[ae]|causa|geschil(?:len)?|rechtszaak|rechtszaken)(?:,? (?-u:\w)+){0,3},? (?:with|against|versus|v\.|vs\.?|contre|avec|qui (?:l'|nous |les )?oppose(?:nt)? a|gegen|mit|con|contra|contro|met|tegen)(?: (?:the|la|le|l'|die|der|dem|den|el|los|il|lo|de|het))? [^;]{0,80}$",
    )
    .unwrap()
});
/// The maker of goods ("ShieldWall appliances are manufactured by Kestrel
/// Networks, Inc., a Delaware corporation"): not the contracting party;
/// and, where the sentence names no data, who built a device, not where
/// data go ("un viseur thermique fabriqué par Ridgeline Optics, Inc., à
/// Delaware (Ohio)").
static MADE_BY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:manufactured|produced|fabricated|fabriquee?s?|produite?s?|hergestellt|produziert|fabricad[oa]s?|producid[oa]s?|prodott[ioae]|fabbricat[ioae]|vervaardigd|geproduceerd|gemaakt)\ (?:[^;,]{0,40}?\ )?(?:by|par|von|vom|der|por|da|dalla|dal|door)\ [^;]{0,60}$",
    )
    .unwrap()
});
/// A company named as a product's maker or publisher, by a role word
/// before its name, the match opening on its company form ("Der Hersteller
/// Bexley Systems Corp. mit Sitz in Austin"), or
/// a copula after it ("Brightwater Corp. (Austin, Texas) is the author
/// and manufacturer of the historian software"): where the product comes
/// from, not where data goes (with no data word in the sentence).
static MAKER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:the|der|die|le|l'|el|il|lo|de|het) ?(?:software ?)?(?:manufacturer|publisher|maker|hersteller|softwarehersteller|herausgeber|editeur|fabricant|fabricante|produttore|fabbricante|editore|fabrikant|uitgever|producent),? (?:[a-z0-9&'.-]+ ){0,4}$",
    )
    .unwrap()
});
static MAKER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^.;]{0,60}?\b(?:is|ist|est|es|e|is) (?:the |der |le |l'|el |il |lo |de )?(?:(?:original|sole|exclusive|einzige|seul|unico|enige) )?(?:author|manufacturer|maker|developer|publisher|hersteller|entwickler|herausgeber|auteur|fabricant|editeur|developpeur|autor|fabricante|desarrollador|editor|autore|produttore|fabbricante|sviluppatore|editore|fabrikant|ontwikkelaar|uitgever|producent)\b",
    )
    .unwrap()
});
/// A company the document defines as the maker or publisher of a product
/// ("software published by Ironmark Corporation of Raleigh, North Carolina
/// (the \"Publisher\")", "Brightvale Software LLC (il Produttore)"): a third
/// party whose product is sold or licensed, not the contracting party.
static MAKER_DEFINED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^[^()]{0,80}?\( ?(?:(?:the|hereinafter|referred to as|ci-apres|denomme|denommee|le|la|l'|il|lo|der|die|das|nachfolgend|el|en adelante|di seguito|de|het|hierna) ?)*["']{0,2} ?(?:software ?)?(?:publisher|manufacturer|maker|author|developer|hersteller|softwarehersteller|herausgeber|editeur|fabricant|fabricante|editor|desarrollador|produttore|fabbricante|editore|sviluppatore|fabrikant|uitgever|ontwikkelaar|producent)\b"#,
    )
    .unwrap()
});
/// A sentence that makes a company a party: it grants, it is one of those
/// "between" whom the agreement is made, or it speaks as "we".
static GRANT_OR_PARTIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:grants?|granted|between|entre|zwischen|tussen|concede|conceden|verleiht|gewahrt|accorde|verleent|we|our|nous|notre|wir|unser\w*|nosotros|nuestr\w+|noi|nostr\w+|wij|ons|onze)\b",
    )
    .unwrap()
});
/// An invented company in an example or exercise ("a fictional shipping
/// company incorporated in Delaware").
static FICTIONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:fictional|fictitious|imaginary|non-?existent|fictive|fictif|fictifs|fictives|inexistante?s?|fiktiv\w*|nicht existent\w*|fictici[oa]s?|inexistentes?|fittizi[oaie]|immaginari[oaie]|inesistent[ei]|fictief|fictieve|niet-bestaande?)\b",
    )
    .unwrap()
});
/// "X ... is not a party" said of the company, not of another noun that a
/// relative clause further on hangs on ("Sentora ne dispose dans l'Union
/// que d'un bureau commercial à Amsterdam, [qui n'est pas partie au
/// contrat]").
fn not_a_party(sentence: &str, match_end: usize) -> bool {
    NOT_A_PARTY
        .find_iter(sentence)
        .any(|m| !(m.start() > match_end + 40 && RELATIVE_AT_END.is_match(&sentence[..m.start()])))
}
static RELATIVE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:qui|which|that|who|der|die|das|welche[rs]?|que|quien|che|il quale|la quale|dat|welke) (?:ne |n')?$").unwrap()
});
static NOT_A_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:is not a party|n'est pas partie|ist nicht partei|ist keine partei|no es parte|non e parte|geen partij|is geen partij)\b",
    )
    .unwrap()
});
/// A denial inside an entity match ("[La Sociedad no opera en mercados de
/// los Estados Unidos]"): the company's own words on where it does not
/// act, not a US company.
static NOT_IN_MATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:no|not|never|nicht|nie|non|niet|nooit|nunca|jamas|jamais)\b").unwrap()
});
/// A company of a US state or any other, as an example of a kind of
/// bidder or customer ("una società costituita nello Stato del Delaware o
/// in altro Stato degli Stati Uniti allega un certificate of good
/// standing"): no company in particular, so not the author.
static ANY_OTHER_STATE_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^.;]{0,120}?\b(?:or|ou|oder|o|u|of) (?:in |en |dans |nello |nel |im |in een )?(?:any other|another|an other|un autre|tout autre|einem anderen|eines anderen|in einem anderen|otro|cualquier otro|un altro|altro|qualsiasi altro|een andere|enige andere) (?:(?:us |u\.s\. |federal |american )?(?:state|etat|staat|bundesstaat|estado|stato|jurisdiction|juridiction|land|pais|paese))\b",
    )
    .unwrap()
});
/// A definition whose term is a third party's role ("“Model Provider”
/// means Aldergrove Labs, Inc., a Delaware corporation", "« Hébergeur »
/// désigne ..."): a provider of the vendor, not the vendor.
static THIRD_PARTY_DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"\b(?:(?:foundation |ai |llm )?model providers?|sub-?processors?|subcontractors?|(?:hosting|cloud|infrastructure|third[- ]party) (?:service )?providers?|hebergeurs?|fournisseurs? (?:du|de) modeles?|sous-traitants? ulterieurs?|(?:modell|cloud|hosting)-?anbieter|unterauftragsverarbeiter|modelleveranciers?|subverwerkers?|proveedor(?:es)? del modelo|subencargados?|fornitor[ei] del modello|sub-?responsabil[ei])["'“”«»„‚‘’ ]{0,3},? (?:means|shall mean|designe|designent|bezeichnet|bedeutet|ist|significa|significan|designa|indica|betekent|is)\b"#,
    )
    .unwrap()
});
/// "This service is provided by Google LLC", "Ce service est fourni par
/// Google LLC", "Dieser Dienst wird von der Google LLC betrieben": the
/// company behind a tool the document has just named, not the provider
/// (the verb follows, so that "This Services Agreement is entered into
/// by and between Acme Inc." is not taken for it).
static THIS_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:this|these|that|ce|ces|cet|cette|dieser|diese|dieses|diesen|este|esta|estos|estas|ese|esa|questo|questa|questi|queste|tale|tali|deze|dit)\ (?:services?|tools?|plug-?ins?|dienste?|dienstes|werkzeug|outils?|servicios?|herramientas?|servizi|servizio|strumenti|strumento|diensten|dienst)\ (?:is|are|was|will|shall|est|sont|sera|seront|wird|werden|ist|lo|la|los|las|es|son|e|viene|sono|wordt|worden)\b",
    )
    .unwrap()
});
/// "Microsoft Corporation, a Washington corporation, is our cloud
/// provider": a provider of the document's author, not the author.
static OUR_PROVIDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:is|are|acts\ as|serves\ as|est|sont|ist|sind|es|son|e|sono|zijn)\ (?:one\ of\ )?(?:our|notre|nos|l'un\ de\ nos|unser|unsere|unserer|nuestro|nuestra|nuestros|uno\ de\ nuestros|il\ nostro|la\ nostra|uno\ dei\ nostri|onze|een\ van\ onze)\ (?:[a-z-]+\ ){0,2}?(?:sub-?processors?|processors?|providers?|vendors?|suppliers?|partners?|prestataires?|sous-traitants?|fournisseurs?|partenaires?|dienstleister|auftragsverarbeiter|anbieter|lieferant(?:en)?|proveedor(?:es)?|encargados?|socios?|fornitor[ei]|responsabil[ei]|leveranciers?|verwerkers?|dienstverleners?|partners?)\b",
    )
    .unwrap()
});
/// A company named as the author's provider or partner ("aangeboden door
/// onze technologiepartner Fallguard Technologies LLC", "notre prestataire
/// d'hébergement X Inc."): the author's supplier, not the author.
static OUR_SUPPLIER_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:our|notre|nos|unser|unsere|unseren|unserem|unserer|nuestro|nuestra|nuestros|nuestras|il\ nostro|la\ nostra|i\ nostri|le\ nostre|onze)\ (?:[a-z-]+\ ){0,2}?(?:sub-?processors?|processors?|providers?|vendors?|suppliers?|[a-z]*partners?|prestataires?|sous-traitants?|fournisseurs?|partenaires?|[a-z]*dienstleister(?:in|s)?|auftragsverarbeiter(?:in)?|[a-z]*anbieter(?:in|s)?|lieferant(?:en|in)?|proveedor(?:es)?|encargados?|socios?|fornitor[ei]|responsabil[ei]|leveranciers?|verwerkers?|dienstverleners?)(?:\ [a-z'-]+){0,2}?,?\ (?:(?:the|la|le|l'|die|der|el|il|de|het)\ )?(?:[a-z0-9&'.-]+,?\ ){1,4}$",
    )
    .unwrap()
});
/// A company named as the author's customer or client ("Notre client Acme
/// Inc., société du Delaware, a adopté notre solution"): not the author.
static OUR_CUSTOMER_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:our|notre|nos|unser|unsere|unseren|unserem|unserer|nuestro|nuestra|nuestros|nuestras|il\ nostro|la\ nostra|i\ nostri|le\ nostre|onze)\ (?:[a-z-]+\ )?(?:customers?|clients?|kunden?|kundin|clientes?|clienti|klanten?|opdrachtgevers?)(?:\ [a-z'-]+){0,2}?,?\ (?:(?:the|la|le|l'|die|der|el|il|de|het)\ )?(?:[a-z0-9&'.-]+,?\ ){1,4}$",
    )
    .unwrap()
});
/// A company something was bought from ("We acquired the trademark from
/// Brightline Inc., a Delaware corporation", "acquis la marque auprès de
/// ..."): the seller, not the author. German puts the verb last: "die
/// Marke von der Brightline Inc., einer Delaware-Gesellschaft, erworben"
/// ([`VON_DER_BEFORE`] and [`BOUGHT_AFTER`]).
static BOUGHT_FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:acquired|purchased|bought|acquis|acquise|achete|achetee|rachete|rachetee|adquirid[oa]s?|adquirimos|adquirio|compramos|compro|comprad[oa]s?|acquisit[oaie]|acquistat[oaie]|rilevat[oaie]|abbiamo\ acquistato|verworven|gekocht|overgenomen|kochten)\b[^.;]{0,80}?\b(?:from|aupres\ de|de|a|da|dalla|dal|dallo|van)\ (?:(?:the|la|le|l'|el|il|lo|de|het)\ )?(?:[a-z0-9&'.-]+,?\ ){1,5}$",
    )
    .unwrap()
});
static VON_DER_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bvon\ (?:der|dem)\ (?:[a-z0-9&'.-]+,?\ ){1,5}$").unwrap());
static BOUGHT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]{0,120}?\b(?:erworben|gekauft|ubernommen|erwarb|kaufte)\b").unwrap()
});
/// A product the author offers, run by a company that acts as a processor
/// ("La App ... desarrollado y operado por Brightnest Family Software, Inc.,
/// ..., que actúa como encargado del tratamiento"): the company works for
/// the controller; it is not the party.
static PRODUCT_RUN_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:app|apps|application|aplicacion|applicazione|applikation|platform|plateforme|plataforma|piattaforma|plattform|software|logiciel|portal|portail|portale)\b[^.;]{0,80}\b(?:developed|operated|provided|offered|run|hosted|developpee?|exploitee?|fournie?|editee?|desarrollad[oa]|operad[oa]|ofrecid[oa]|prestad[oa]|sviluppat[oa]|gestit[oa]|fornit[oa]|entwickelt|betrieben|bereitgestellt|angeboten|ontwikkeld|aangeboden|geexploiteerd|beheerd)\ (?:by|par|por|da|von|door)\b",
    )
    .unwrap()
});
static ACTS_AS_PROCESSOR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:which|that|who|qui|que|quien|die|welche|der|che|il\ quale|la\ quale)\b[^.;]{0,40}?\b(?:as|en\ qualite\ de|en\ tant\ que|como|als|in\ qualita\ di|come)\ (?:(?:a|an|the|data|notre|our|unser|nuestro|il\ nostro|onze)\ )?(?:processor|sub-?processor|sous-traitant|encargado|auftragsverarbeiter(?:in)?|responsabile|verwerker)\b",
    )
    .unwrap()
});
/// A company that works for the author as its processor ("Anbieterin ist
/// die HireLoop Software Inc., ... Austin, TX ..., die für uns als
/// Auftragsverarbeiter tätig wird", "which acts on our behalf as a
/// processor"): the author's processor, not the author or its counterparty.
static PROCESSOR_FOR_US: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:for\ us|on\ our\ behalf|pour\ nous|pour\ notre\ compte|en\ notre\ nom|fur\ uns|in\ unserem\ auftrag|para\ nosotros|por\ nuestra\ cuenta|en\ nuestro\ nombre|per\ noi|per\ nostro\ conto|per\ conto\ nostro|voor\ ons|namens\ ons|in\ onze\ opdracht)\b[^.;]{0,30}?\b(?:as|als|en\ (?:qualite\ de|tant\ que)|como|in\ qualita\ di|come)\ (?:(?:a|an|our|unser|notre|nuestro|il\ nostro|onze)\ )?(?:data\ )?(?:processor|sub-?processor|auftragsverarbeiter|sous-traitant|encargado|responsabile|verwerker)\b
        | \b(?:as|als|en\ (?:qualite\ de|tant\ que)|como|in\ qualita\ di|come)\ (?:(?:a|an|our|unser|notre|nuestro|il\ nostro|onze)\ )?(?:data\ )?(?:processor|sub-?processor|auftragsverarbeiter|sous-traitant|encargado(?:\ del\ tratamiento)?|responsabile(?:\ del\ trattamento)?|verwerker)\ (?:for\ us|on\ our\ behalf|fur\ uns|in\ unserem\ auftrag|pour\ nous|pour\ notre\ compte|para\ nosotros|por\ nuestra\ cuenta|per\ noi|per\ nostro\ conto|voor\ ons|namens\ ons)\b",
    )
    .unwrap()
});
/// "Ordini di stampa ... trasmessi da studi di architettura, imprese edili e
/// pubbliche amministrazioni": what public bodies send in (the match's verb
/// followed by who sends), with no one named to receive it.
static SENT_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:trasmess[oiae]|inviat[oiae]|inoltrat[oiae]|pervenut[oiae]|comunicat[oiae]|notificat[oiae]|sent|submitted|transmitted|forwarded|notified|communicated|transmise?s?|envoyee?s?|adressee?s?|communiquee?s?|notifiee?s?|ubermittelt|eingereicht|zugesandt|mitgeteilt|verzonden|ingediend|aangeleverd|meegedeeld|betekend|enviad[oa]s?|remitid[oa]s?|presentad[oa]s?|comunicad[oa]s?|notificad[oa]s?) (?:da|dai|dalle|dalla|dagli|dal|dall'|from|by|par|von|vom|durch|door|por)\b").unwrap()
});
static RECEIVED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:a|ad|ai|agli|alle|alla|all'|to|aux|au|an|aan|al|a la|a los|a las)\s").unwrap()
});
/// (Unless a request is what they send: "sauf si elle est transmise par
/// les autorités françaises dans le cadre d'une convention d'entraide".)
static REQUEST_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:demandes?|requetes?|requisitions?|requests?|richiest[ae]|istanz[ae]|anfragen?|ersuchen|verlangen|anordnung(?:en)?|solicitud(?:es)?|peticion(?:es)?|requerimientos?|verzoeken?|vorderingen?|bevelen)\b").unwrap()
});
fn sent_by_them(matched: &str, sentence: &str) -> bool {
    SENT_BY
        .find(matched)
        .is_some_and(|m| !RECEIVED_BY.is_match(&matched[m.end()..]))
        && !REQUEST_WORD.is_match(sentence)
}
/// Shares in a company, as an asset ("Quota del 25 % di Arno Ridge
/// Properties LLC, società costituita nello Stato del Delaware", "Parts
/// sociales de Lakeshore Cabins LLC (société du Delaware, 50 %)" in an
/// estate's inventory): what someone owns, not the party.
static STAKE_IN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:parts? sociales?|shares|stake|quota|quote|partecipazion[ei]|participaci[oó]n(?:es)?|acciones|azioni|aktien|anteile?|geschaftsanteile?|aandelen|belang)\s+(?:(?:del|de|of|von)\s+)?(?:\d+(?:[.,]\d+)?\s?%\s+)?(?:de|di|in|of|an|der|des|du|d'|del|della|van|en|nel|nella|in der|im)\s?(?:[^.;|]|(?:inc|corp|co|ltd)\.){0,80}$").unwrap()
});
/// "As a company established in the United States, our parent may receive
/// demands ...": the apposition describes the group company that follows,
/// not the party.
static AS_A_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:as|being|als|en tant que|como|in quanto|in qualita di)\b").unwrap()
});
/// The company just named, then called in an apposition the parent of
/// someone other than the group ("beheerd door Polaris Corporate Travel
/// [Inc.], het moederbedrijf van het reisbureau, ..."): the party's parent,
/// not the party ("Acme Inc., the parent company of the Acme group" may
/// be the party itself).
fn parent_of_another_after(after: &str) -> bool {
    static APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\.?,\ (?:the|its|our|het|de|la|le|die|der|el|il|sa|son|leur|su|haar|zijn|onze|unsere?|ihre?|nuestra|nostra)\ (?:ultimate\ |uiteindelijke\ |ultime\ |oberste\ )?(?:parent(?:\ company|\ corporation)?|moederbedrijf|moedermaatschappij|moedervennootschap|societe\ mere|maison\ mere|muttergesellschaft|konzernmutter|sociedad\ matriz|matriz|capogruppo|societa\ madre|controllante)\ (?:of|van|de|du|des|der|von|di|del|della|dello)\ ([^,.;]{0,40})").unwrap()
    });
    static GROUP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:group|groep|groupe|gruppe|konzerns?|grupo|gruppo|companies|entities)\b")
            .unwrap()
    });
    APPOSITION
        .captures(after)
        .and_then(|c| c.get(1))
        .is_some_and(|of| !GROUP.is_match(of.as_str()))
}
/// The company just named is then called the group's parent ("een groep
/// waarvan Vigilo Group Corp., [een vennootschap opgericht naar het recht
/// van de staat Delaware], de uiteindelijke moedermaatschappij is"): the
/// party's parent, not the party.
static PARENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]{0,40}?\b(?:de|het|the|la|le|die|der|el|il|l')\ (?:uiteindelijke\ |ultimate\ |ultime\ |oberste\ |ultima\ |ultimo\ )?(?:moedermaatschappij|moederbedrijf|moedervennootschap|parent(?:\ company|\ corporation)?|holding(?:\ company)?|societe\ mere|maison\ mere|muttergesellschaft|konzernmutter|obergesellschaft|sociedad\ matriz|matriz|capogruppo|controllante|societa\ madre)\ (?:is|ist|est|es|e|zijn|sind|sont|son|sono)\b").unwrap()
});
static GROUP_SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,? ?(?:our|its|their|the|notre|sa|son|leur|unsere?|ihre?|seine?|nuestra|nuestro|su|la nostra|il nostro|la sua|il suo|onze|haar|zijn|de|het)\s+(?:ultimate\s+)?(?:parent|parent company|group|holding|holding company|sub-?processors?|affiliates?|sister company|societe mere|maison mere|muttergesellschaft|konzernmutter|mutter|matriz|sociedad matriz|casa matriz|capogruppo|societa madre|controllante|moedermaatschappij|moederbedrijf)\b").unwrap()
});
/// "We use Calendly, a tool provided by Calendly LLC, a company based in
/// Atlanta": the author names a tool it uses, and the company behind it.
/// A tool embedded in a website or app, and the company that provides it
/// ("lo strumento di statistica WebMetrica, fornito da WebMetrica Analytics
/// LLC", "the chat widget provided by Acme Inc."): the tool's vendor, not
/// the document's.
static TOOL_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:strumento|strumenti|tool|tools|outil|outils|werkzeug|herramienta|plug-?ins?|widgets?|sdks?|pixel|script|modulo|module|modul)\b[^.;]{0,60}\b(?:fornit[oa]|provided|supplied|offered|fourni|fournie|bereitgestellt|angeboten|suministrad[oa]|proporcionad[oa]|geleverd|aangeboten)\ (?:da|by|par|von|por|door)\b")
        .unwrap()
});
/// A system run by the company ("Il sistema centrale di prenotazione è
/// gestito da ResaNet Systems, Inc."): the company is a provider's
/// provider, not the vendor (unlike a site or service "operated by" it);
/// also where the company's description follows its name ("**Red**: el
/// sistema internacional de pagos ..., gestionado por Paycircle Worldwide
/// Incorporated, [sociedad constituida conforme a las leyes del Estado de
/// Delaware]").
static SYSTEM_RUN_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:sistema|sistemi|system|systems|systeme|systemes|software|database|databases|motore|engine|moteur|motor)\b[^.;]{0,60}\b(?:gestit[oa]|operat[oa]|operated|run|managed|hosted|exploite|gere|heberge|betrieben|verwaltet|gehostet|gestionad[oa]|operad[oa]|alojad[oa]|beheerd|geexploiteerd|gehost)\ (?:da|by|par|von|por|door)\ (?:[a-z0-9&'.-]+\ ){0,3}?[a-z0-9&'.-]+,?\ (?:inc|llc|corp|incorporated|corporation)\b").unwrap()
});
static WE_USE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:we|wir|wij)\ (?:also\ |auch\ |ook\ )?(?:use|rely\ on|employ|work\ with|nutzen|verwenden|setzen|arbeiten\ mit|gebruiken|maken\ gebruik\ van)\b|\b(?:nutzen|verwenden|setzen|beauftragen)\ wir\b|\b(?:gebruiken|maken)\ wij\b|\bnous\ (?:utilisons|avons\ recours\ a|faisons\ appel\ a|recourons\ a)\b|\b(?:utilizamos|usamos|empleamos|utilizziamo|usiamo|ci\ avvaliamo\ di)\b",
    )
    .unwrap()
});
/// A denied access or service whose source is the United States, at the
/// end of a transfer match ("[support est assuré depuis la France, sans
/// accès depuis les États-Unis]", "[... without access from the US]").
static DENIED_FROM_US_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:sans|without|ohne|sin|senza|zonder|no|not|nicht|keine?n?|geen|aucun|aucune|nessun|nessuna|ningun|ninguna)\ (?:[a-z-]+\ ){0,2}?(?:from|depuis|a partir des|aus|desde|dagli|vanuit)\ (?:the\ |les\ |den\ |los\ |de\ )?(?:united states(?: of america)?|us|usa|u\.s\.|etats-unis|vereinigten staaten|estados unidos|ee\.\ ?uu\.?|stati uniti|verenigde staten|vs)$",
    )
    .unwrap()
});

/// Leaving Europe, or reaching the United States, denied after the verb
/// (German and Dutch put the negation there): "Ihre Daten verlassen den
/// EWR nicht", "gelangen nicht in die USA", "verlaten de EER niet".
static LEAVING_DENIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:verlassen|verlasst|verliessen|verlaten|verlaat|gelangen|gelangt)\b[^.;]{0,40}?\b(?:nicht|niet|nie|niemals|nooit|kein\w*|geen)\b",
    )
    .unwrap()
});

/// Words after which a company named is one the author uses or names as
/// its provider: "we use", "nous faisons appel à" ([`WE_USE`]); "our
/// provider", "notre prestataire", "unser Dienstleister"; "hosted by",
/// "hébergées par", "werden bei", "alojados por", "ospitati da",
/// "opgeslagen bij".
static USED_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:notre|nos|our|unser(?:e|en|em|er)?|nuestros?|nuestras?|nostr[oaie]|onze)\ (?:[a-z-]+\ ){0,2}?[a-z-]*?(?:prestataires?|fournisseurs?|sous-traitants?(?:\ ulterieurs?)?|hebergeurs?|partenaires?|providers?|vendors?|processors?|sub-?processors?|suppliers?|hosts?|partners?|anbieter[ns]?|dienstleister[ns]?|auftragsverarbeiter[ns]?|hoster[ns]?|proveedor(?:es)?|encargados?|fornitori|fornitore|responsabili|leveranciers?|dienstverleners?|verwerkers?|subverwerkers?)\b|\b(?:hosted|stored|processed|provided|delivered|sent)\ (?:by|with|at|through|via)\b|\b(?:hebergee?s?|stockee?s?|traitee?s?|envoyee?s?|fournie?s?)\ (?:par|chez|via)\b|\b(?:werden|wird)\ (?:[a-z]+\ ){0,2}?(?:bei|von|durch|uber)\b|\b(?:alojad[oa]s|almacenad[oa]s|tratad[oa]s|enviad[oa]s)\ (?:por|en|a\ traves\ de)\b|\b(?:ospitat[ie]|conservat[ie]|trattat[ie]|inviat[ie])\ (?:da|presso|tramite)\b|\b(?:gehost|opgeslagen|verwerkt|verstuurd)\ (?:door|bij|via)\b|\bworden\ (?:[a-z]+\ ){0,2}?(?:door|bij|via)\b",
    )
    .unwrap()
});

/// Whether the document `text` (normalized) says that its author uses the
/// company `name` (normalized), or names it as its provider or host: one of
/// [`WE_USE`] or [`USED_CUE`], then the name as a word of its own within a
/// few words in the same sentence ("Nous faisons appel à Sendwave pour
/// l'envoi de nos e-mails", "Ihre Daten werden bei Cloudhaven gehostet").
pub fn used_by_author(text: &str, name: &str) -> bool {
    const WITHIN: usize = 60;
    let name = name.trim();
    if name.len() < 2 {
        return false;
    }
    WE_USE
        .find_iter(text)
        .chain(USED_CUE.find_iter(text))
        .any(|cue| {
            let tail = &text[cue.end()..];
            let tail = &tail[..floor_char_boundary(tail, WITHIN + name.len())];
            let tail = tail.split(". ").next().unwrap_or(tail);
            tail.match_indices(name).any(|(i, _)| {
                let before = tail[..i].chars().next_back();
                let after = tail[i + name.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
}

/// A service, help desk or platform that uses the company's tool ("Il
/// servizio di help-desk ... utilizza la piattaforma di ticketing di
/// Ticketbay, Inc."): the company is a supplier's supplier.
static SERVICE_USES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:service|services|servizio|servizi|servicio|servicios|dienst|dienste|diensten|help-?desk|supporto|soporte|assistenza|plateforme|plattform|piattaforma|plataforma|platform|site|sito|sitio|website|webseite|app)\b[^.;]{0,50}?\b(?:uses|utilise|utilisent|nutzt|verwendet|utiliza|utilizan|usa|usan|utilizza|utilizzano|si avvale di|si avvalgono di|gebruikt|gebruiken)\b",
    )
    .unwrap()
});
/// A company whose tool or platform is used ("met gebruikmaking van het
/// filterplatform van Bastion Mail Security, LLC"): a supplier's supplier.
static USING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:met gebruikmaking van|gebruikmakend van|by means of|using|en utilisant|au moyen de|unter (?:verwendung|nutzung|einsatz)|mithilfe|mediante|utilizzando|avvalendosi di|por medio de) (?:(?:the|a|an|het|de|een|la|le|l'|un|une|il|lo|el|die|der|das|des|dem|eines|einer) ?)?(?:[a-z-]+ ){0,2}?(?:[a-z]*platform|plateforme|[a-z]*plattform|piattaforma|plataforma|tools?|outils?|werkzeug\w*|strument[oi]|herramientas?|software|logiciels?|infrastructure|infrastruktur|[a-z]*dienst|services?|servizio|servicio|systems?|systemen|systeme?s?|sistemas?|sistemi) (?:of|de|du|des|von|vom|der|di|del|della|van)\b",
    )
    .unwrap()
});
/// A sub-processing agreement named before the company ("accordo di
/// sub-trattamento tra Vigilo e GuardPoint Response, LLC"): the company is
/// the vendor's sub-processor.
static SUBPROCESSING_AGREEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:sub-?trattamento|sub-?processing|sous-traitance\ ulterieure|unterauftragsverarbeitung\w*|unterauftragsverarbeiter\w*|subencargo|sub-?encargad\w*|subverwerk\w*|sub-?verwerk\w*|sub-?responsabil\w*)\b").unwrap()
});
/// The party is the company's subsidiary, said after it ("Orrin Quay
/// Holdings, Inc. is incorporated in the State of Delaware; the Supplier is
/// its wholly owned indirect subsidiary"): the company is a parent.
/// "..., titular del 100 % del capital del Encargado", "which holds all
/// the shares of the Supplier": the owner of the party, not the party.
/// The sole shareholder of another company ("Praxilis Corporation, société
/// de l'État de Washington et associé unique de Praxilis France SAS"): the
/// parent, not the party.
/// A subsidiary described in apposition, no party named in the sentence
/// ("Die Finoria Payments Inc., eine nach dem Recht des Bundesstaates
/// Delaware gegründete Tochtergesellschaft, unterhält ein Büro in New
/// York"): a group company, not the party.
static SUBSIDIARY_APPOSITION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,?\s(?:eine?|a|an|une?|una?|een)\s[^,.;]{0,60}?|\s(?:[a-z]+\s)?)\b(?:tochtergesellschaft|subsidiary|filiale|filial|controllata|dochteronderneming|dochtervennootschap|dochtermaatschappij)\b").unwrap()
});
/// A shareholder named by its role, right before its name ("Die
/// Großaktionärin Tamarack Ridge Partners L.P., eine nach dem Recht des
/// Bundesstaates Delaware errichtete Kommanditgesellschaft", "il socio Blue
/// Heron Holdings LLC, società costituita nello Stato del Delaware", "our
/// majority shareholder, Acme Capital LLC"): it owns shares of a company; it
/// is not the vendor. (Spanish "socio" is a business partner: only the
/// Italian forms with their articles are read.)
static SHAREHOLDER_NAMED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:^|[^a-z])(?:
          (?:gross|haupt|mehrheits|minderheits|anker)?aktionar(?:in|innen|e|en|s)?
          | (?:gross|haupt|mehrheits|minderheits)?gesellschafter(?:in|innen|s)?
          | (?:(?:major(?:ity)?|minority|principal|significant|largest|controlling|institutional|founding|main)\ )?(?:shareholders?|stockholders?)
          | actionnaires?(?:\ (?:majoritaire|minoritaire|principal|de\ reference|significatif)s?)?
          | accionistas?(?:\ (?:mayoritari[oa]|minoritari[oa]|principal|significativ[oa]|de\ referencia)s?)?
          | (?:il|i|del|dei|al|ai|dal|dai|nostro|nuovo)\ soci[oa]?(?:\ (?:di\ maggioranza|di\ minoranza|di\ riferimento|rilevante))?
          | azionist[aie](?:\ (?:di\ maggioranza|di\ minoranza|di\ riferimento|rilevante))?
          | (?:groot|minderheids|meerderheids)?aandeelhouders?
        ),?\ (?:[a-z0-9&'.-]+,?\ ){0,6}$",
    )
    .unwrap()
});
/// A stake stated after the company's description ("a Delaware limited
/// partnership holding 29.6 per cent of the shares and votes in the
/// Company", "titolare del 6,4% del capitale"): a shareholder, not the
/// vendor.
static PERCENT_STAKE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^[^.;]{0,60}?\b(?:holding|holds|which\ holds|that\ holds|owning|owns|holder\ of|titolare\ d|titular\ d|detentrice\ d|detentore\ d|detenteur\ d|detenant|qui\ detient|die\ \S+\ halt|mit\ einer\ beteiligung\ von|met\ een\ belang\ van|houder\ van|con\ una\ participacion\ del|con\ una\ partecipazione\ del|avec\ une\ participation\ de)
        [^.;]{0,25}?\b\d{1,3}(?:[.,]\d{1,2})?\ ?(?:%|per\ ?cent|percent|pour\ cent|por\ ciento|per\ cento|procent|prozent)
        (?:\ (?:of|du|de\ la|de|des|del|della|dello|dell'|der|des|van\ de|van\ het|van))?\ [^.;]{0,20}?\b(?:shares|share\ capital|capital|capitale|stock|voting\ rights|votes|actions|droits\ de\ vote|aktien|anteile|grundkapital|stammkapital|stimmrechte|aandelen|kapitaal|stemrechten|acciones|azioni|diritti\ di\ voto|derechos\ de\ voto)\b",
    )
    .unwrap()
});
static SOLE_SHAREHOLDER_OF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]{0,60}?\b(?:associe unique|actionnaire unique|sole (?:shareholder|member|owner)|alleinige[rn]? gesellschafter(?:in)?|alleinige[rn]? aktionar(?:in)?|socio unico|accionista unico|unico socio|azionista unico|enig(?:e)? aandeelhouder)\b (?:de|d'|of|der|des|de la|del|della|di|van)\b").unwrap()
});
static OWNER_OF_PARTY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^.;]{0,40}?\b(?:titular|propietari[oa]|accionista|detentrice|titolare|proprietaria|socio unico|holder|owner|which (?:holds|owns)|that (?:holds|owns)|qui (?:detient|possede)|detenant|die (?:alle )?(?:anteile|aktien)|eigenaar|houder)\b[^.;]{0,40}?\b(?:capital|capitale|shares|share capital|stock|actions|anteile|aktien|aandelen|kapitaal)\b[^.;]{0,20}?\b(?:del|de la|de l'|du|of the|dell'|della|del|des|der|van de|van het) (?:encargado|proveedor|prestador|responsable|processor|provider|supplier|vendor|prestataire|fournisseur|sous-traitant|responsabile|fornitore|auftragnehmers?|auftragsverarbeiters?|anbieters?|verwerker|leverancier)\b",
    )
    .unwrap()
});
/// A footnote ("1 Helionyx Holdings Inc. è una società costituita nello
/// Stato della California", "... (Dublino).↩︎" in a web page, "[^1]: ..."
/// in Markdown): where a
/// document describes a parent, an affiliate or a sub-processor in passing.
/// One that names no party role (vendor, provider, we ...) nor a
/// contract is not about the party ("1 Vendor's principal place of
/// business: ... Seattle" is; so is a contract's opening after a page
/// number: "17 Strategic Alliance Agreement ... by and between Cool
/// Technologies Inc").
static FOOTNOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,2} [a-z]|\[\^\w{1,12}\]:)|\u{21a9}").unwrap());
/// A footnote's later sentence that says the company it describes is the
/// contracting party ("Vertragspartnerin ist die Gesellschaft selbst", "the
/// contracting party is the company itself", "c'est la société elle-même
/// qui est le cocontractant").
static FOOTNOTE_PARTY_REST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?:contracting\ party|counterparty|party\ to\ th(?:is|e)\ (?:agreement|contract)|vertragspartner(?:in)?|vertragspartei|cocontractant|partie\ contractante|parte\ contratante|contraparte|parte\ contraente|contraente|wederpartij|contractpartij|contractspartij)
          \ (?:is|ist|est|es|e|sera|wird|will\ be)\ (?:(?:always|stets|immer|toujours|siempre|sempre|altijd)\ )?
          (?:the|die|der|la|le|el|il|de|het)\ (?:company|corporation|gesellschaft|societe|sociedad|societa|vennootschap|onderneming|firma|entreprise|empresa)\b
        | \b(?:the|die|der|la|le|el|il|de|het)\ (?:company|corporation|gesellschaft|societe|sociedad|societa|vennootschap|onderneming)
          \ (?:itself|selbst|elle-meme|misma|stessa|zelf)\ (?:is|ist|est|es|e|is)\ (?:the\ |die\ |der\ |le\ |la\ |el\ |il\ |de\ )?
          (?:contracting\ party|vertragspartner(?:in)?|vertragspartei|cocontractant|partie\ contractante|parte\ contratante|contraparte|contraente|wederpartij|contractpartij)\b
        ",
    )
    .unwrap()
});
static PARTY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:vendor|provider|supplier|licensor|licensee|customer|between|entre|zwischen|tussen|agreement|contract|contrat|vertrag|contrato|contratto|overeenkomst|parties|party|partei|parteien|partij|partijen|processor|controller|importer|exporter|contractor|we|us|our|nous|notre|nos|wir|uns|unser\w*|nosotros|nuestr\w+|noi|nostr\w+|wij|ons|onze|prestataire|fournisseur|editeur|anbieter\w*|auftragsverarbeiter\w*|auftragnehmer\w*|verantwortliche\w*|lizenzgeber\w*|proveedor\w*|encargado|responsable|prestador|licenciante|fornitore|responsabile|titolare|licenziante|leverancier|verwerker|verwerkingsverantwoordelijke|licentiegever|dienstverlener|sucursal|succursale|zweigniederlassung|bijkantoor|sede secondaria)(?:s|es|'s|')?\b",
    )
    .unwrap()
});
static PARENT_OF_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:the\ )?(?:supplier|provider|vendor|processor|contractor|licensor|company|service\ provider)\ is\ (?:its|a|an)\ (?:(?:wholly[\ -]owned|indirect|direct|indirectly|directly|majority[\ -]owned)\ ){0,3}subsidiary\b|\bdont\ (?:le|la)\ (?:prestataire|fournisseur|sous-traitant|societe)\ est\ (?:une\ )?(?:la\ )?filiale\b|\bderen\ (?:\w+\ )?tochter(?:gesellschaft)?\ (?:der|die)\ (?:anbieter|auftragnehmer|dienstleister|auftragsverarbeiter)(?:in)?\ ist\b|\bde\ la\ que\ (?:el|la)\ (?:proveedor|prestador|encargado)\ es\ (?:una\ )?filial\b|\bdi\ cui\ il\ (?:fornitore|responsabile)\ e\ (?:una\ )?(?:societa\ )?controllata\b|\bwaarvan\ (?:de\ )?(?:leverancier|verwerker|dienstverlener)\ een\ (?:\w+\ )?dochter(?:onderneming|vennootschap)?\ is\b").unwrap()
});
/// The costs of answering a subpoena or an investigation that a policy pays
/// ("We will pay your costs of responding to a regulatory investigation,
/// including ... complying with a subpoena ... served on you"): insurance
/// cover, not a disclosure.
static INSURED_COSTS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:pay|pays|reimburse|reimburses|cover|covers|indemnify|indemnifies|rembours\w*|prend\w* en charge|erstatt\w*|ubernimmt|ubernehmen|abona\w*|reembols\w*|cubr\w*|rimbors\w*|vergoedt|vergoeden)\b[^.;]{0,40}?\b(?:costs?|expenses|fees|frais|kosten|gastos|costi|spese)\b[^.;]{0,30}$",
    )
    .unwrap()
});
/// A group defined by its parent ("Groupe Harborline : la société
/// Harborline Claims Services, Inc., société de droit de l'État de l'Ohio,
/// et toute entité qu'elle contrôle ..., dont le Délégataire"): the
/// party's group, not the party (another finding must name the party).
/// The group and its head, as [`GROUP_DEFINED`] names them.
const GROUP_WORDS: &str = "groupe?|gruppo|grupo|konzern|groep|konzernzentrale|konzernmutter|muttergesellschaft|(?:ultimate )?parent(?: company| entity| corporation)?|capogruppo|societa controllante|controllante|(?:sociedad |casa )?matriz|maison mere|societe mere|moedermaatschappij|moederbedrijf|moedervennootschap";
static GROUP_DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"^\W*(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?(?:["'«“„*]+\s*[^"»”*:]{{0,40}}?\b(?:{GROUP_WORDS})\b[^"»”*:]{{0,30}}["'»”*]+|(?:{GROUP_WORDS})\b[^:"»”*]{{0,40}})\s*(?::|means|shall mean|designe|bezeichnet|significa|indica|betekent)"#,
    ))
    .unwrap()
});
/// A sentence about a partner or a subcontractor ("Il partner è una società
/// costituita secondo il diritto dello Stato dell'Arizona", "The
/// subcontractor is a Delaware corporation"): not the contracting party.
/// But "Le Sous-traitant : Orrion Inc., ..." is a DPA's field that names
/// the processor, a party (a French "sous-traitant" is the GDPR's
/// processor as well as a subcontractor).
static THIRD_PARTY_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\W*(?:[0-9]+\W*)?(?:the|this|that|such|il|lo|l'|tale|questo|le|la|ce|cet|der|die|dieser|diese|el|este|dicho|de|het|deze|dit)\ ?(?:(?:partners?|partenaire|socio|subcontractors?|sub-?contractors?|sub-?processors?|subfornitore|subappaltatore|sub-?responsabile|sous-traitants? ulterieurs?|prestataire tiers|unterauftragnehmer(?:in)?|unterauftragsverarbeiter(?:in)?|subunternehmer(?:in)?|subcontratista|subencargado|onderaannemer|subverwerker)\b|sous-traitants?\b\ ?(?:[^\ :]|$))",
    )
    .unwrap()
});
/// A company that holds shares, right before it ("Il restante 30 % è
/// detenuto da Loomstone Investments Inc., una Delaware corporation",
/// "wholly owned by Acme Inc."): an investor or parent, not the party.
static SHAREHOLDER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:detenut[oa]|held|owned|detenue?s?|gehalten|en poder|in handen|in het bezit)\ (?:(?:(?-u:\w)+|[0-9]+(?:[.,][0-9]+)?\ ?%)\ ){0,3}(?:da|by|par|von|de|van|door)\ [^;]{0,60}$",
    )
    .unwrap()
});
/// "Hosting provider: Nubefy Inc., 340 Lemon Avenue, Walnut, CA": the
/// provider of one service the author uses (its host, its mailer), named
/// in a field whose role word the party rules read as "Provider:".
static SERVICE_OF_PROVIDER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^a-z0-9-])(?:hosting|web hosting|e-?mail|mail|payment|payments|analytics|cloud|cdn|dns|newsletter|sms|storage|backup|infrastructure|(?:customer )?support|helpdesk) $",
    )
    .unwrap()
});
/// The role word that such a field starts with (the company's own name may
/// end in "Analytics" or "Cloud" before an Inc. that is the party).
static PROVIDER_WORD_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:service )?providers?|vendors?|suppliers?|fournisseurs?|prestataires?|anbieter(?:in)?|dienstleister|proveedor(?:es)?|prestador(?:es)?|fornitori?|leveranciers?|aanbieders?|dienstverleners?)\b",
    )
    .unwrap()
});
/// "Error traces are sent to Datadog, Inc., an American company": a
/// recipient of the data, not the author (but notices sent to a party go
/// to the party: [`NOTICES`]).
static SENT_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:sent|transmitted|forwarded|disclosed|transferred|uploaded)\ to\b|\b(?:envoyee?s?|transmise?s?|communiquee?s?)\ a\b|\b(?:ubermittelt|weitergegeben|weitergeleitet)\ an\b|\b(?:enviad[oa]s?|comunicad[oa]s?|cedid[oa]s?)\ a\b|\b(?:inviat[ioae]|trasmess[ioae]|comunicat[ioae])\ a\b|\b(?:doorgegeven|verstrekt|doorgestuurd)\ aan\b",
    )
    .unwrap()
});
static NOTICES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:notices?|notifications?|correspondence|avis|mitteilungen|notificaciones|comunicazioni|kennisgevingen)\b").unwrap()
});
static NON_US_INCORPORATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:canada business corporations act|business corporations act|canada|canadian|ontario|quebec|british columbia|alberta|nova scotia|manitoba|saskatchewan)\b",
    )
    .unwrap()
});
/// Whether the words after a company's name (`window`) place it in a
/// country whose companies take "Inc." too, and not in the United States.
pub fn placed_abroad(window: &str) -> bool {
    INC_COUNTRY.is_match(window) && !US_MARK.is_match(window)
}

/// Countries whose companies also take "Inc." or "Corp." (Canada, the
/// Philippines, Japan, Korea, Taiwan), in the six languages.
static INC_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:canada|canadian|canadien\w*|kanad\w*|canadese|canadiense|canadees|ontario|quebec|british columbia|philippines?|philippin\w*|filipinas|filippine|filipijnen|filipijns\w*|manila|cebu|makati|japan|japon|giappone|japanese|japonais\w*|japanisch\w*|japones\w*|tokyo|tokio|korea|coree|corea|south korean|seoul|taiwan|taipei)\b",
    )
    .unwrap()
});
static US_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:united states|u\.s\.|usa|delaware|california|new york|nevada|texas|washington|massachusetts|illinois|florida|colorado|virginia|state of)\b",
    )
    .unwrap()
});

/// Adds US federal law ("US") to a finding's laws when one of them is a
/// US state's, and marks the finding `federal` (the federal law named as
/// such, which the assessment keeps beside the state's).
pub fn add_us_federal(attrs: &mut BTreeMap<String, Value>) {
    let state = match attrs.get("law") {
        Some(Value::String(s)) => s.starts_with("US-"),
        Some(Value::Array(a)) => a
            .iter()
            .any(|v| v.as_str().is_some_and(|s| s.starts_with("US-"))),
        _ => false,
    };
    if state {
        push_unique(attrs, "law", "US");
        attrs.insert("federal".into(), json!(true));
    }
}

fn push_unique(attrs: &mut BTreeMap<String, Value>, key: &str, code: &str) {
    match attrs.get_mut(key) {
        None => {
            attrs.insert(key.to_string(), json!(code));
        }
        Some(Value::String(s)) if s != code => {
            let prev = s.clone();
            attrs.insert(key.to_string(), json!([prev, code]));
        }
        Some(Value::Array(a)) if !a.iter().any(|v| v == code) => a.push(json!(code)),
        _ => {}
    }
}

static SWISS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:swiss|suisse|schweiz(?-u:\w)*|suiza|svizzera|zwitserland|zwitserse?)\b")
        .unwrap()
});
static SAFE_HARBOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"safe[ -]harbou?r|sphere de securite|puerto seguro|approdo sicuro|sicherer hafen|veilige haven|2000/520").unwrap()
});
static EU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:eu|ue|eee|eea|eer|ewr|european|europeen|europaisch(?-u:\w)*|europe[oa]|europees)\b",
    )
    .unwrap()
});
static UK_EXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:uk extension|extension (?:britannique|du royaume-uni|pour le royaume-uni)|uk-erweiterung|britische erweiterung|extension del reino unido|estensione (?:per il )?regno unito|uk-uitbreiding)").unwrap()
});

fn frameworks(matched: &str, sentence: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    if SAFE_HARBOR.is_match(matched) {
        out.push("safe_harbor");
        return out;
    }
    let swiss = SWISS.is_match(matched);
    if EU.is_match(matched) || !swiss {
        out.push("eu_us");
    }
    if swiss || (SWISS.is_match(sentence) && !out.contains(&"swiss_us")) {
        out.push("swiss_us");
    }
    out
}

static HISTORICAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        invalid | struck\ down | no\ longer | annul | after\ (?:the\ )?(?:\S+\ )?privacy\ shield | schrems | c-311/18 | formerly | previously
        # 'Archivalia alegó inicialmente ... la adhesión ... al Escudo', 'Older versions of the DPA referred to ...'
        | \b(?:initially|originally|initialement|a\ l'origine|ursprunglich|anfanglich|inicialmente|originalmente|originariamente|inizialmente|aanvankelijk|oorspronkelijk)\b
        | \b(?:older|earlier|previous|prior|former)\ versions?\b | \banciennes\ versions\b | \bfruhere[n]?\ fassungen\b | \bversiones\ anteriores\b | \bversioni\ precedenti\b | \beerdere\ versies\b
        | ceased | discontinu | repealed | obsolete | until\ (?:(?-u:\w)+,?\ ){0,2}20[12]\d | prior\ to\ (?:(?-u:\w)+,?\ ){0,2}20[12]\d
        | n'est\ plus | ne\ sont\ plus | n'etait\ plus | ne\ (?-u:\w)+\ plus | caduc\b | caduques? | caducad[oa]s? | caduc[oa]s?\b | caducat[oaie] | abroge | invalide
        | jusqu'(?:en|au|a)\ | anciennement | auparavant | precedemment
        # 'l'ancien bouclier de protection des données Suisse-États-Unis', 'the former Privacy Shield'
        | \bancien(?:ne)?s?\ (?:bouclier|cadre|dispositif|mecanisme|regime|privacy)\b | \bformer\ (?:eu-us\ |swiss-us\ |eu-u\.s\.\ )?(?:privacy|framework|shield|safe)\b | \bpour\ memoire\b
        | ungultig | unwirksam | nicht\ mehr | nichtig | aufgehoben | aufhebung | gekippt | ehemal | fruher | bis\ (?:zum\ |juli\ |\d{1,2}\.\ ?(?:\d{1,2}\.|[a-z]+)|(?:19|20)\d\d|(?:mitte|ende|anfang|fruhjahr|sommer|herbst|winter)\ 20[12]\d)
        # after its end ('Nach dem Ende des Privacy Shield im Sommer 2020')
        | \b(?:nach|seit)\ dem\ (?:ende|aus|wegfall)\ (?:des|der)\b | \bafter\ the\ (?:end|demise|fall|collapse)\ of\b | \bapres\ la\ (?:fin|chute|disparition)\ d | \btras\ (?:el\ fin|la\ caida|la\ desaparicion)\ de\b | \bdopo\ la\ (?:fine|caduta)\ d | \bna\ (?:het\ einde|de\ val)\ van\b
        | ya\ no | anulad | anulacion | \banul(?:o|aron)\b | derogad | dejo\ de | hasta\ (?:julio\ |el\ |\d) | anteriormente
        | non\ (?:e\ )?piu | annullat | abrogat | cessat | fino\ (?:a|al)\ | in\ precedenza | precedentemente | in\ passato
        | ongeldig | niet\ (?:langer|meer) | nietig | vernietigd | voorheen | vroeger | tot\ (?:(?:\d{1,2}|medio|half|begin|eind|halverwege)\ )?(?:(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\ )?20[12]\d
        | \b(?:before|voor|avant|vor|antes\ de|prima\ del)\ (?:(?:le\ |el\ |dem\ |il\ )?\d{1,2}\.?\ (?:de\ )?)?(?:(?:july|juli|juillet|julio|luglio)\ (?:de\ )?)?(?:\d{1,2},?\ )?2020\b
        # 'Avant le 1er janvier 2021', 'before 1 January 2021'
        | \b(?:before|avant|vor|antes\ del?|prima\ del)\ (?:(?:le|el|dem|il|the)\ )?(?:1(?:er|st|\.)?|premier|primo)\ (?:de\ )?(?:january|janvier|januar|enero|gennaio|januari)\ (?:de\ )?2021\b
        # a span of years that ends by 2020: '2016-2020: transfers based on the Privacy Shield'
        | \b(?:19|20)\d\d\ ?-\ ?20(?:0\d|1\d|20)\b
        # reliance told in a past tense that is not the perfect ('Ziffer 9.3 stützte die
        # Übermittlung bislang auf ...', 'steunde de doorgifte op ...', 'se basaba en ...');
        # English 'relied' apart from 'has relied': [`stance`]
        | \b(?:stutzte|stutzten|beruhte|beruhten|basierte|basierten|bislang|berief|beriefen)\b
        | \b(?:steunde|steunden|baseerde|baseerden|berustte|berustten|beriep|beriepen)\b
        | \b(?:reposait|reposaient|fondait|fondaient|appuyait|appuyaient|etai(?:t|ent)\ (?:fondee?s?|basee?s?))\b
        # the imperfect of a use ('le Prestataire recourait ... à la société X Corp. ... sur le fondement du bouclier',
        # 'si avvaleva', 'recurría'; Dutch 'was gecertificeerd')
        | \b(?:recourai(?:t|ent)|utilisai(?:t|ent)|intervenai(?:t|ent)|transferai(?:t|ent)|ricorreva(?:no)?|utilizzava(?:no)?|avvaleva(?:no)?|si\ (?:basava|fondava)(?:no)?|recurria(?:n)?|utilizaba(?:n)?)\b
        | \b(?:was|waren)\ gecertificeerd\b
        | \b(?:se\ (?:basaba|amparaba|apoyaba|fundaba)n?|estaba(?:n)?\ (?:adherid|certificad))
        | \b(?:si\ (?:basava|fondava|appoggiava)(?:no)?|era(?:no)?\ (?:basat|fondat))
        # a former version 'provided' it ('La versione 2.1 del DPA prevedeva che ...')
        | \b(?:prevedeva(?:no)?|prevoyai(?:t|ent)|preveia(?:n)?|voorzag(?:en)?)\b
        | \bsah(?:en)?\b[^.;]{0,250}?\bvor\b
        | \b(?:(?:era|erano)\ previst[oaie]|(?:etait|etaient)\ prevue?s?|(?:war|waren)\ vorgesehen|(?:estaba|estaban)\ previst[oa]s?|(?:was|were)\ provided\ for|(?:was|waren)\ voorzien)\b
        # a former version referred to it ('In versie 2.2 werd nog verwezen naar het
        # EU-VS-privacyschild', 'the previous DPA was referred to ...', 'faisait référence au')
        | \b(?:werd(?:en)?\ (?:nog\ |destijds\ |toen\ )?verwezen|verwees|verwezen\ werd|(?:was|were)\ (?:still\ |previously\ )?referred\ to|faisai(?:t|ent)\ (?:encore\ )?reference|wurde(?:n)?\ (?:noch\ )?(?:auf\ [^.;]{0,60}?\ )?verwiesen|verwies|(?:se\ )?hacia(?:n)?\ referencia|(?:si\ )?faceva(?:no)?\ riferimento|richiamava(?:no)?)\b
        | \b(?:was|were)\ based\ on\b
        # a former version mentioned it, or said transfers were covered by it ('l'Accord de
        # 2018 mentionnait que les transferts étaient couverts par ... le bouclier')
        | \b(?:mentionnai(?:t|ent)|mencionaba(?:n)?|menzionava(?:no)?|vermeldde(?:n)?)\b
        # a past habit of use ('que se utilizaban junto con la autocertificación ... en el
        # Escudo', 'que l'on utilisait', 'che si usava')
        | \b(?:se\ )?(?:utilizaba|usaba|empleaba)(?:n|mos)?\b | \b(?:s')?utilisai(?:t|ent)\b | \butilisions\b
        | \b(?:si\ )?(?:utilizzava|usava)(?:no)?\b | \b(?:utilizzavamo|usavamo)\b | \bgebruikten\b | \b(?:werd|werden)\ (?:toen\ |destijds\ )?gebruikt\b
        | \b(?:(?:was|were)\ covered\ by|etai(?:t|ent)\ couverte?s?\ par|(?:war|waren)\ (?:durch\ [^.;]{0,60}?\ )?abgedeckt|estaba(?:n)?\ cubiert[oa]s?|era(?:no)?\ copert[oaie]|(?:was|waren)\ gedekt)\b
        # an amendment that deletes or replaces the mention ('any reference to the Privacy
        # Shield is deleted', 'queda sin efecto cualquier referencia al Escudo')
        | \b(?:is|are)\ (?:hereby\ )?(?:deleted|replaced)\b | \b(?:est|sont)\ (?:supprimee?s?|remplacee?s?)\b | s'entend(?:ent)?\ desormais
        | \b(?:wird|werden)\ (?:ersatzlos\ )?(?:gestrichen|ersetzt)\b | \bentfallt\b
        | \bqueda[n]?\ (?:suprimid|sustituid|sin\ efecto) | \bsin\ efecto\b
        | \b(?:e|sono)\ (?:soppress|sostituit)[oaie]\b | \b(?:vervalt|vervallen|wordt\ geschrapt|worden\ geschrapt|wordt\ vervangen|worden\ vervangen)\b",
    )
    .unwrap()
});
/// "No longer" attached to a verb of reliance or participation: the
/// mechanism was used and is not any more.
static NO_LONGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?:no\ longer|not\ any\ longer|ceased\ to)\ (?:\w+\ )?(?:rel(?:y|ies|ied)|use[sd]?|using|participat\w*|certif\w*|adher\w*|base[sd]?|join\w*)\b
        | \bne\ (?:\w+\ ){0,2}plus\ (?:\w+\ )?(?:certif\w*|utilis\w*|adher\w*|particip\w*|fond\w*|bas\w*|repos\w*|appu\w*)
        | \bn'(?:utilis|adher|appu|particip)\w*\ plus\b
        | \bn'(?:est|sont|etait|etaient)\ plus\ (?:\w+\ )?(?:utilis|appliqu|invoqu|en\ vigueur)\w*
        | \b(?:stutz\w*|beruf\w*|verlass\w*|nutz\w*|basier\w*|teilnehm\w*|nehmen)\b[^.;]{0,30}\bnicht\ mehr\b
        | \bnicht\ mehr\ (?:\w+\ )?(?:zertifiz\w*|genutzt|verwendet|teil)
        | \bya\ no\ (?:\w+\ )?(?:bas\w*|acog\w*|utiliz\w*|adhier\w*|particip\w*|certific\w*|ampar\w*)
        | \bdej\w*\ de\ (?:\w+\ )?(?:utiliz\w*|bas\w*|particip\w*|acog\w*|ampar\w*)
        | \bnon\ (?:\w+\ )?piu\ (?:\w+\ )?(?:utilizz\w*|aderi\w*|aderisc\w*|partecip\w*|certificat\w*|bas\w*|avval\w*)
        | \bnon\ (?:si\ |ci\ )?(?:utilizz|aderi|ci\ bas|partecip|avval|fond|bas)\w*\ piu\b
        | \bne\ (?:l'|les\ |le\ |la\ |nous\ |y\ |en\ |s'|se\ )?(?:utilis|appu|fond|bas|repos|particip|adher|recour)\w*\ plus\b
        | \bcess\w*\b[^.;]{0,40}?\b(?:d'(?:utiliser|avoir\ recours)|de\ (?:nous\ )?(?:fonder|baser|appuyer|recourir|participer))\b
        | \b(?:smesso|cessato)\ di\ (?:\w+\ )?(?:utilizz|bas|fond|avval|aderi|partecip)\w*
        | \bgestopt\ met\ (?:het\ )?(?:gebruik|deelname)\b
        | \b(?:since\ then|depuis\ (?:lors|cette\ date)|seitdem|seither|desde\ entonces|da\ allora|sindsdien)\b[^.;]{0,40}?\b(?:not|no|ne|nicht|kein\w*|non|niet|geen)\b
        | \b(?:niet|geen)\ (?:\w+\ ){0,2}(?:langer|meer)\ (?:\w+\ ){0,2}(?:gebruik\w*|gecertificeerd|deel\w*|baseren|beroep\w*)
        | \b(?:maken|maakt)\ geen\ gebruik\ meer\b
        | \b(?:baseren|baseert|baseerden|gebruiken|gebruikt|steunen|steunt|beroepen|beroept)\b[^.;]{0,30}\bniet\ (?:langer|meer)\b
        # 'ya no puede servir de base', 'can no longer serve as a basis', 'ne peut plus servir de fondement'
        | \b(?:no\ longer|ya\ no|ne\ (?:\w+\ )?plus|nicht\ mehr|non\ (?:\w+\ )?piu|niet\ (?:langer|meer))\b[^.;]{0,25}?\b(?:serv\w*|dien\w*|constitu\w*|gelten|gilt|gelden|geldt|vale[rn]?)\b
        # 'has not been relied upon since the Schrems II judgment'
        | \bnot\ (?:been\ )?(?:rel(?:y|ied)|used)\ (?:upon\ |on\ )?since\b
        # the verb between the negation's words ('non costituisce più una valida base', 'ne constitue plus')
        | \b(?:non\ (?:costituisc\w*|rappresent\w*|e|sono|offre|offrono)\ piu|ne\ (?:constitue|constituent|represente|representent|fournit|offre)\ plus|ya\ no\ (?:constituye|constituyen|representa|ofrece|es)|vorm\w*\ niet\ (?:langer|meer))\b",
    )
    .unwrap()
});
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        # a negation shortly before a verb of reliance or participation
        \b(?:not|never|no\ longer|pas|jamais|n'|nicht|kein(?-u:\w)*|no|non|niet|geen|nooit|nunca|mai\ (?-u:[a-z])|nie|evenmin|ebensowenig|tampoco|neppure|nemmeno|neanche|nor|neither|ni)\b[^.;]{0,30}?
        \b(?:rel(?:y|ies|ied)|use[sd]?|using|participat(?-u:\w)*|certif(?-u:\w)*|adher(?-u:\w)*|base[sd]?|join(?-u:\w)*
           |fond(?-u:\w)*|bas(?-u:\w)*|repos(?-u:\w)*|appui(?-u:\w)*|appuy(?-u:\w)*|utilis(?-u:\w)*|particip(?-u:\w)*|adher(?-u:\w)*
           |stutz(?-u:\w)*|beruf(?-u:\w)*|verlass(?-u:\w)*|nutz(?-u:\w)*|teilnehm(?-u:\w)*|zertifiz(?-u:\w)*|gestutzt
           |utiliz(?-u:\w)*|acog(?-u:\w)*|adhier(?-u:\w)*|certific(?-u:\w)*|ampar(?-u:\w)*|apoy(?-u:\w)*
           |utilizz(?-u:\w)*|partecip(?-u:\w)*|ader(?-u:\w)*|affidamento
           |baseer(?-u:\w)*|gebaseerd|gebruik(?-u:\w)*|deelne(?-u:\w)*|beroep(?-u:\w)*|gecertificeerd|vertrouw(?-u:\w)*|avval(?-u:\w)*)\b
        # reliance said not to arise ('is een beroep op het EU-VS-privacyschild ... niet aan de orde')
        | \bberoep\ op\b[^.;]{0,120}\bniet\ aan\ de\ orde\b
        # German and Dutch put the negation after the verb
        | \b(?:stutz(?-u:\w)*|beruf(?-u:\w)*|verlass(?-u:\w)*|nutz(?-u:\w)*|basier(?-u:\w)*|nehmen|baseren|gebruiken|maken)\b[^.;]{0,40}\b(?:nicht|niet|geen|keine[nrs]?|keinerlei)\b
        # French: verb then pas/plus
        | \b(?:fond|bas|repos|appui|appuy|utilis|particip|adher)(?-u:\w)*\ (?:pas|plus|jamais)\b
        # 'ne fonde aucun transfert sur', 'ne recourt à aucun'
        | \bne\ (?:fond|bas|repos|appui|appuy|utilis|recour)(?-u:\w)*\ (?:(?:a|donc|ainsi|des\ lors)\ )?(?:aucun|aucune|nullement)\b",
    )
    .unwrap()
});

/// "Service providers that are not certified under the Privacy Shield":
/// a negation about others, not the author's stance.
static OTHERS_NOT_CERTIFIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?:that|which|who)\ (?:are|is)\ not\ (?:\w+\ )?(?:self-)?(?:certif|particip)
        | \bqui\ ne\ (?:sont|est)\ pas\ (?:\w+\ )?(?:certifi|particip|adher)
        | \bdie\ (?:nicht|niet)\ (?:\w+\ ){0,3}?(?:zertifiz|teilnehm|gecertificeerd|deelne)
        | \bque\ no\ (?:estan|esta)\ (?:\w+\ )?(?:certific|adherid)
        | \bche\ non\ (?:sono|e)\ (?:\w+\ )?(?:certificat|aderent)",
    )
    .unwrap()
});

/// "Relied" in the simple past ("Before 2020, Acme relied on ..."): the
/// reliance is over, unless the sentence says it "has relied" (and goes on)
/// or is "relied upon" now, or names what is relied upon, as a
/// questionnaire's field does ("| Transfer mechanism relied upon | ...
/// maintains an active self-certification under the EU-U.S. Privacy
/// Shield Framework |").
static RELIED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\brelied\b").unwrap());
static HAS_RELIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:has|have|is|are|be|being)\ (?:\w+\ )?relied\b|\b(?:mechanisms?|basis|bases|grounds?|safeguards?|frameworks?|instruments?|tools?)\ relied\ (?:up)?on\b").unwrap()
});

/// A reliance denied from a date or an event on ("has not relied on the
/// Privacy Shield since the judgment in Case C-311/18", "stützt sich seit
/// Juli 2020 nicht mehr darauf"): it was relied on before.
static NOT_SINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:not|nicht|pas|no|non|niet)\b[^.;]{0,20}?\b(?:rel(?:y|ies|ied)|used?|using|utilis\w*|utiliz\w*|stutz\w*|gestutzt|basier\w*|beruf\w*|fond\w*|appui\w*|appuy\w*|bas(?:e|ons|ent|a|an|amos)|avval\w*|ricorr\w*|gebruik\w*|beroep\w*)\b[^.;,]{0,60}?\b(?:since (?:the )?(?:judgment|ruling|decision|invalidation|annulment|schrems|c-311|\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|(?:depuis|seit|desde|dal|dall'|dalla|sinds) (?:(?:le|l'|la|el|il|dem|der|het|de) ?)?(?:\d|juillet|juli|julio|luglio|arret|urteil|sentencia|sentenza|uitspraak|invalid\w*|annul\w*|schrems|c-311))",
    )
    .unwrap()
});

/// `relies`, `historical` or `negated`, from the sentence around the
/// mention: an explicit negation of reliance wins, then any sign that the
/// mechanism is past or invalid.
/// A condition the recipient may one day fail ("shall notify Customer if it
/// determines that it can no longer do so", the Privacy Shield's own
/// onward-transfer wording): reliance now, not a mechanism of the past.
static CAN_NO_LONGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:can|could|is|are|be)\ no\ longer\ (?:able\ to\ )?(?:do\ so|meet|comply|provide|ensure|fulfil\w*)\b|\bne\ (?:peut|pourrait|puisse)\ plus\ (?:le\ faire|respecter|assurer|garantir)\b|\bnicht\ mehr\ (?:erfullen|einhalten|gewahrleisten|nachkommen)\b").unwrap()
});

/// A framework's invalidation by the court, stated as a fact.
static INVALIDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:invalidated|declared invalid|struck down|invalidee?|annulee?|fur ungultig erklart|ungultig erklart|fur nichtig erklart|invalidad[oa]|anulad[oa]|anul(?:o|aron)|invalid(?:o|aron)|invalidat[oa]|annullat[oa]|ongeldig (?:is |werd )?verklaard|nietig (?:is |werd )?verklaard)\b").unwrap()
});
/// German "weder ... noch" after the verb of reliance ("stützt sich daher
/// weder auf das DPF noch auf den früheren Privacy Shield"); English
/// "neither X nor any of its sub-processors has relied on", "none of them
/// has relied on", where the verb stands far from the negation.
static NEITHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:stutz(?-u:\w)*|beruf(?-u:\w)*|basier(?-u:\w)*|verlass(?-u:\w)*)\ (?:sich\ )?(?:(?-u:\w)+\ ){0,2}weder\b|\b(?:neither|none\ of)\b[^.;]{0,100}?\b(?:has|have|had|does|do|did|is|are|was|were)\ (?:ever\ )?(?:been\ )?(?:rel(?:y|ies|ied)|use[sd]?|participat(?-u:\w)*|certifi(?-u:\w)*|adher(?-u:\w)*)")
        .unwrap()
});
/// A clause that makes the framework's invalidation a condition ("Indien
/// het EU-VS-privacyschild ongeldig wordt verklaard of niet langer een
/// erkende grondslag vormt"), up to the end of that condition.
/// German verb-first condition ("Entfällt die Eintragung oder wird der
/// Beschluss (EU) 2016/1250 aufgehoben, für ungültig erklärt oder
/// ausgesetzt, so gelten ... die Altklauseln"), up to its "so".
static CONDITIONAL_INVALID_V1: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^a-z] |\b(?:oder|und) )(?:entfallt|entfallen|wird|werden|sollte|sollten)\ [^.;]{0,200}?\b(?:ungultig|aufgehoben|unwirksam|nichtig|ausgesetzt)[^.;]{0,80}?,\ so\ (?:gilt|gelten|tritt|treten|findet|finden|ist|sind|wird|werden|greift|greifen)\b").unwrap()
});
static CONDITIONAL_INVALID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:if|should|in the event(?: that)?|in case|indien|ingeval|zodra|mocht|mochten|falls|sofern|wenn|sollte|sollten|im falle?|fur den fall|au cas ou|dans l'hypothese ou|dans le cas ou|si|en caso de que|en el supuesto de que|qualora|nel caso in cui|ove)\b[^.;,]{0,140}?\b(?:invalid\w*|ongeldig\w*|nietig\w*|ungultig\w*|unwirksam\w*|aufgehoben|invalide\w*|annul\w*|anulad\w*|invalidat\w*|annullat\w*|vervalt|vervallen|verloopt|lapses?|expires?|ceases?|entfallt|erlischt|wegfallt|caduca|caduque|decade|niet\ langer|no\ longer|nicht\ mehr|n'est\ plus|ne\ peut\ plus|ya\ no|non\ (?:e\ )?piu)(?:\ (?:wordt|werd|wird|is|est|es|e|sera|will\ be|be)\ (?:verklaard|erklart|declared|declare\w*|declarad\w*|dichiarat\w*))?(?:\ (?:of|or|ou|oder|o)\ [^.;,]{0,90})?").unwrap()
});

/// A certificate's term ("valid until 30 April 2020", "geldig tot
/// februari 2020").
static VALID_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    // (German and Dutch put the adjective last: "ist bis zum 11. Juli 2020
    // gültig", "is tot 1 maart 2020 geldig".)
    Regex::new(r"\b(?:valid|valable|valide|gultig|valida|valido|geldig|vigente|en vigueur|in vigore|in kraft|van kracht)\s+(?:until|through|till|jusqu'(?:au|a|en)\s?|bis|hasta|fino (?:al|a|alla)|tot(?: en met)?)\s*(?:[a-z0-9.]+\s+){0,5}?(?:19|20)\d\d\b|\b(?:bis|tot(?: en met)?)\s+(?:zum\s+)?(?:[a-z0-9.]+\s+){0,3}?(?:19|20)\d\d\s+(?:gultig|geldig)\b").unwrap()
});

/// "keine ... mehr" ([`stance`]).
static KEINE_MEHR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bkeine[nrs]?\b[^.;,]{0,60}?\bmehr\b").unwrap());

fn stance(sentence: &str) -> &'static str {
    // "No longer used" is historical (it was relied on), not a negation;
    // so is "has not relied on it since the judgment".
    // "If the Privacy Shield is declared invalid, the SCCs apply": a
    // condition, not a past (the rest of the sentence decides).
    let sentence = &*CONDITIONAL_INVALID.replace_all(sentence, "");
    let sentence = &*CONDITIONAL_INVALID_V1.replace_all(sentence, "");
    // "certificazione valida fino al 30 aprile 2020": a certificate's
    // term, not a reliance that ended.
    let sentence = &*VALID_UNTIL.replace_all(sentence, "");
    // "declared invalid by the Court ... and therefore not used": not
    // relied on because invalidated, history. ("We do not rely on the
    // Privacy Shield, which the Court declared invalid" stays a negation:
    // the denial comes first.)
    let invalidated_first = match (INVALIDATED.find(sentence), NEGATED.find(sentence)) {
        (Some(i), Some(n)) => i.start() < n.start(),
        _ => false,
    };
    // German "keine ... mehr" as the negation itself ("stützt Kantenwerk
    // keine Übermittlung mehr auf das EU-US-Datenschutzschild", "der
    // Datenschutzschild keine zulässige Grundlage mehr"): no longer. (Not
    // where another negation denies the reliance first: "stützt die
    // Übermittlung nicht auf das frühere Privacy Shield, das ... keine
    // Grundlage mehr bietet".)
    let keine_mehr = match (KEINE_MEHR.find(sentence), NEGATED.find(sentence)) {
        (Some(k), Some(n)) => k.start() < n.end(),
        (Some(_), None) => true,
        _ => false,
    };
    if NO_LONGER.is_match(sentence)
        || NOT_SINCE.is_match(sentence)
        || invalidated_first
        || keine_mehr
    {
        "historical"
    } else if (NEGATED.is_match(sentence) || NEITHER.is_match(sentence))
        && !OTHERS_NOT_CERTIFIED.is_match(sentence)
    {
        "negated"
    } else if HISTORICAL.is_match(&CAN_NO_LONGER.replace_all(sentence, ""))
        || (RELIED.is_match(sentence) && !HAS_RELIED.is_match(sentence))
    {
        "historical"
    } else {
        "relies"
    }
}

static SCC_2021: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        2021/914 | \(ue\)\ 2021 | \(eu\)\ 2021 | \b4\.?\ (?:june|juin|juni|junio|giugno|juni)\ 2021 | \b2021\b
        | (?:june|juin|juni|junio|giugno)\ 4,?\ 2021 | \b2021\ (?:sccs?|standard\ contractual) | \bsccs?\ (?:of\ )?2021 | \bscc\ 2021
        | (?:new|updated|revised)\ (?:eu\ )?(?:standard\ contractual\ clauses|sccs?|model\ clauses)
        | nouvelles\ clauses\ contractuelles | neue[nr]?\ standard(?:vertrags|datenschutz)klauseln
        | nuevas\ clausulas\ contractuales | nuove\ clausole\ contrattuali | nieuwe\ (?:standaard)?(?:contractuele|modelcontract)",
    )
    .unwrap()
});
static SCC_2010: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        2010/87 | 2001/497 | 2004/915 | 2002/16 | 5\ february\ 2010 | 5\ fevrier\ 2010 | 5\.\ februar\ 2010
        | \bdirective\ 95/46
        | \b(?:in|en|im|nel|em)\ (?:(?:jahr|het\ jaar)\ )?(?:(?:5\.?\ )?(?:february|fevrier|februar|febrero|febbraio|februari)\ (?:de\ )?)?2010\b
        | \b(?:2010|2004|2001)\ (?:sccs?|standard\ contractual|model\ clauses) | \bsccs?\ (?:of\ )?(?:2010|2004|2001)\b
        | (?:clauses|klauseln|clausulas|clausole|bepalingen)\b[a-z\ ]{0,30}?\ (?:de|of|von|vom|aus|del|di|della|dell'|dal|van|uit|from)\ (?:(?:5\.?\ )?(?:february|fevrier|februar|febrero|febbraio|februari)\ )?(?:2010|2004|2001)\b
        | (?:old|former|previous|repealed)\ (?:eu\ )?(?:standard\ contractual\ clauses|sccs?|model\ clauses)
        | anciennes\ clauses\ contractuelles | alte[nr]?\ standard(?:vertrags|datenschutz)klauseln
        | antiguas\ clausulas\ contractuales | vecchie\ clausole\ contrattuali | oude\ (?:standaard)?(?:contractuele|modelcontract)",
    )
    .unwrap()
});
static UK_ADDENDUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\buk\ addendum|international data transfer addendum|\b(?:addendum|adenda)\b.{0,80}\b(?:ico|information commissioner|uk|united kingdom|royaume-uni|britannique|vereinigte[sn]? konigreich|britische[ns]?|reino unido|britanica|regno unito|britannico|verenigd koninkrijk|britse)|(?:uk|united kingdom|royaume-uni|vereinigte[sn]? konigreich|reino unido|regno unito|verenigd koninkrijk|british|britannique|britische[ns]?|britanica|britannico|britse)\b.{0,60}\b(?:addendum|adenda)").unwrap()
});
static UK_IDTA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bidta\b|international data transfer agreement").unwrap());

/// New clauses awaited, not adopted ("sobald die Kommission neue
/// Standardvertragsklauseln erlassen hat", "once the Commission adopts new
/// SCCs", "suivra l'adoption prochaine par la Commission des nouvelles
/// clauses contractuelles types"): in a 2020 document, no version yet.
static SCC_AWAITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:once|when|as soon as|until|sobald|wenn|bis|des que|lorsque|quand|jusqu'a ce que|cuando|en cuanto|tan pronto como|hasta que|quando|non appena|finche|zodra|wanneer|totdat|tot|(?:the )?(?:forthcoming|upcoming|expected|anticipated) adoption of|(?:l')?adoption (?:prochaine|a venir|attendue)|(?:la )?(?:prochaine|future) adoption|(?:die )?(?:bevorstehende|kunftige|erwartete) (?:verabschiedung|annahme)|(?:la )?(?:proxima|futura) adopcion|(?:la )?(?:prossima|futura) adozione|(?:de )?(?:aanstaande|verwachte|toekomstige) vaststelling)\b[^.;]{0,60}?\b(?:new|neue[nr]?|nouvelles|nuevas|nuove|nieuwe)\b|\b(?:(?:the )?drafts?(?: of)?|(?:le )?projets? de|(?:den |der |dem )?entw(?:u|ue)rf(?:e|en)?(?: der| fur)?|(?:el )?(?:borrador|proyecto)s? de|(?:il )?(?:progetto|bozza|progetti|bozze) di|(?:het )?ontwerp(?:en)?(?: van)?|ontwerp-) (?:the |les |die |las |los |le |de )?(?:new|neue[nr]?|nouvelles|nuevas|nuove|nieuwe)\b|\b(?:new|neue[nr]?|nouvelles|nuevas|nuove|nieuwe)\b[^.;]{0,80}?\b(?:des|a compter de|upon|once|after|nach|tras|desde|dopo|na)\ (?:leur|their|ihrer|su|la loro|hun)\ (?:adoption|adopcion|adozione|verabschiedung|annahme|vaststelling|publication|veroffentlichung|publicacion|pubblicazione|bekendmaking)\b",
    )
    .unwrap()
});

/// A full date in 2021 ("28 giugno 2021", "June 28, 2021", "28.06.2021"):
/// see [`scc_version`]. (4 June 2021, the clauses' own date, is matched by
/// [`SCC_2021`] before its year is.)
static DATED_2021: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b[0-9]{1,2}(?:st|nd|rd|th|er|o|\.)?\ (?:de\ )?
        (?:january|february|march|april|may|june|july|august|september|october|november|december
          |janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre
          |januar|februar|marz|juni|juli|oktober|dezember
          |enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre
          |gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre
          |januari|februari|maart|mei|augustus)\ (?:de\ |del\ )?2021\b
        | \b(?:january|february|march|april|may|june|july|august|september|october|november|december)\ [0-9]{1,2},?\ 2021\b
        | \b[0-9]{1,2}[./-][0-9]{1,2}[./-]2021\b",
    )
    .unwrap()
});

fn scc_version(matched: &str, sentence: &str) -> &'static str {
    if SCC_2010.is_match(matched) {
        return "2010";
    }
    let awaited = SCC_AWAITED.is_match(sentence) && !sentence.contains("2021");
    // A year that ends a full date other than 4 June 2021 dates an event
    // ("signed on 28 June 2021 the clauses of Decision 2010/87", "the
    // adequacy decision of 28 June 2021"), not the clauses, where another
    // version is cited.
    let dated: Vec<usize> = DATED_2021.find_iter(sentence).map(|m| m.end()).collect();
    // (A UK instrument named with such a date only: the UK's own
    // clauses, dated by an event.)
    let uk = UK_IDTA.is_match(matched) || UK_ADDENDUM.is_match(matched);
    let has21 = !awaited
        && SCC_2021
            .find_iter(sentence)
            .any(|m| !(uk && m.as_str() == "2021" && dated.contains(&m.end())));
    let has10 = SCC_2010.is_match(sentence);
    match (has21, has10) {
        (true, false) => "2021",
        (false, true) => "2010",
        (true, true) => {
            // Both cited: the one nearest to the mention wins.
            let pos = sentence.find(matched).unwrap_or(0);
            let d = |re: &Regex| {
                re.find_iter(sentence)
                    .filter(|m| !(m.as_str() == "2021" && dated.contains(&m.end())))
                    .map(|m| m.start().abs_diff(pos))
                    .min()
                    .unwrap_or(usize::MAX)
            };
            if d(&SCC_2021) <= d(&SCC_2010) {
                "2021"
            } else {
                "2010"
            }
        }
        (false, false) => "unspecified",
    }
}

fn scc_uk(matched: &str, sentence: &str) -> Option<&'static str> {
    if UK_IDTA.is_match(matched) || (UK_IDTA.is_match(sentence) && !UK_ADDENDUM.is_match(sentence))
    {
        Some("idta")
    } else if UK_ADDENDUM.is_match(matched) || UK_ADDENDUM.is_match(sentence) {
        Some("addendum")
    } else {
        None
    }
}

static MODULES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:modules?|modul[eo]?s?|modulen?)\s+((?:(?:one|two|three|four|un|deux|trois|quatre|eins|zwei|drei|vier|uno|dos|tres|cuatro|due|tre|quattro|een|twee|drie|[1-4]|i{1,3}|iv)\b[\s,/]*(?:(?:and|et|und|y|e|en|or|ou|oder|o|of|&)\s+)?)+)").unwrap()
});

fn scc_modules(sentence: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for caps in MODULES.captures_iter(sentence) {
        for w in caps[1].split(|c: char| !c.is_alphanumeric()) {
            let n = match w {
                "one" | "un" | "eins" | "uno" | "een" | "1" | "i" => 1,
                "two" | "deux" | "zwei" | "dos" | "due" | "twee" | "2" | "ii" => 2,
                "three" | "trois" | "drei" | "tres" | "tre" | "drie" | "3" | "iii" => 3,
                "four" | "quatre" | "vier" | "cuatro" | "quattro" | "4" | "iv" => 4,
                _ => continue,
            };
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out.sort_unstable();
    out
}

static ARBITRATION: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"\bjams\b", "JAMS"),
        (r"american arbitration association|\baaa\b", "AAA"),
        (r"international centre for dispute resolution|\bicdr\b", "ICDR"),
        (
            r"international chamber of commerce|chambre de commerce internationale|internationalen handelskammer|camara de comercio internacional|camera di commercio internazionale|internationale kamer van koophandel|\bicc\b|\bcci\b",
            "ICC",
        ),
        (r"london court of international arbitration|\blcia\b", "LCIA"),
        (r"deutsche[nr]? institution fur schiedsgerichtsbarkeit|\bdis\b", "DIS"),
        (r"nederlands arbitrage instituut|\bnai\b", "NAI"),
        (r"singapore international arbitration|\bsiac\b", "SIAC"),
        (r"swiss (?:chambers'? )?arbitration|swiss rules|\bsccam\b", "Swiss Rules"),
        (r"\buncitral\b", "UNCITRAL"),
        (r"\bcmap\b|centre de mediation et d'arbitrage de paris", "CMAP"),
        (r"\bviac\b|vienna international arbitral", "VIAC"),
    ]
    .into_iter()
    .map(|(r, n)| (Regex::new(r).unwrap(), n))
    .collect()
});

/// Arbitration bodies named in a sentence that speaks of arbitration.
fn arbitration(sentence: &str) -> Vec<&'static str> {
    static ARB_WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"arbitra|schieds|arbitrage|arbitraj|arbitrat").unwrap());
    if !ARB_WORD.is_match(sentence) {
        return vec![];
    }
    ARBITRATION
        .iter()
        .filter(|(re, _)| re.is_match(sentence))
        .map(|(_, n)| *n)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Categories of the findings the bundled rules give for `text`.
    fn found(text: &str) -> Vec<Category> {
        let engine = crate::Engine::new(crate::RuleSet::bundled().unwrap());
        engine
            .analyze(text, &[], 200)
            .into_iter()
            .map(|f| f.category)
            .collect()
    }

    /// Each of `not` gives no finding of `category`; each of `yes` gives one.
    fn sorts(category: Category, not: &[&str], yes: &[&str]) {
        for s in not {
            assert!(!found(s).contains(&category), "{s}");
        }
        for s in yes {
            assert!(found(s).contains(&category), "{s}");
        }
    }

    /// A review's question ("Geprüft wurde, ob ...") is no disclosure.
    /// (A heading that is only the topic, "3.2 Zugriff ausländischer
    /// Behörden", stays: in slide decks and order forms it is often the
    /// only words that find a section on authorities' requests.)
    #[test]
    fn reviews_are_no_access() {
        sorts(
            Category::GovernmentAccess,
            &[
                "Geprüft wurde insbesondere, ob die Dienstleisterin oder eine ihr übergeordnete Gesellschaft einer ausländischen Rechtsordnung untersteht, die Behörden einen Zugriff auf in der Schweiz gespeicherte Daten ermöglicht.",
            ],
            &["3.2 Ausländische Behörden erhalten auf Anordnung Zugriff auf die Daten."],
        );
    }

    /// A vendor's reference customers and a future proposal are no
    /// transfer; a customer served with its data in the US is.
    #[test]
    fn reference_customers_and_future_proposals_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "3.1 Quadrille a communiqué trois références, dont un établissement thermal à Vittel et le groupe hôtelier Pinebrook Hospitality Inc. (siège à Denver), pour lequel elle assure le service clients.",
                "When selecting suppliers in 2025 we decided not to rely on that mechanism; any future proposal to engage a US supplier would require prior notice to clients.",
            ],
            &["We engage a US supplier, Pinebrook Hosting Inc. (Denver), to store the backups."],
        );
    }

    /// Providers in the US that a clause excludes ("è escluso il ricorso
    /// a ...") receive nothing; "non è escluso" leaves them possible.
    #[test]
    fn excluded_us_providers_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "I dati non saranno trasferiti al di fuori dello Spazio economico europeo; in particolare, è escluso il ricorso a servizi cloud di fornitori con sede negli Stati Uniti.",
                "Pour l'hébergement, est exclu le recours à des prestataires établis aux États-Unis.",
            ],
            &[
                "Non è escluso il ricorso a servizi cloud di fornitori con sede negli Stati Uniti, che ospitano i dati di backup.",
            ],
        );
    }

    /// An NDA's compelled-disclosure carve-out names a court, a subpoena or
    /// an authority that may obtain the information: disclosure on demand,
    /// in every language ("ne fait pas obstacle à" permits it; a
    /// supervisory authority beside a court does not make it a complaint).
    /// The law alone compels nothing from anyone in particular.
    #[test]
    fn compelled_disclosure_carve_outs_are_access() {
        sorts(
            Category::GovernmentAccess,
            &[
                "13. The Recipient may disclose Confidential Information to the extent required by law, after giving notice.",
            ],
            &[
                "10.1 The Receiving Party may disclose Confidential Information to the extent required by a subpoena, court order or other legal process.",
                "11. If the Recipient becomes legally compelled (by deposition, interrogatory, subpoena or similar process) to disclose any of the Confidential Information, it shall give notice.",
                "3.1 Le Destinataire peut communiquer des Informations Confidentielles lorsque cette communication est exigée par une disposition légale impérative, par une décision d'une juridiction ou par une autorité de contrôle (notamment la Banque nationale de Belgique).",
                "4.2 Cette obligation ne fait pas obstacle à la communication d'informations sur réquisition d'une autorité judiciaire ou administrative, ou en exécution d'une décision de justice.",
                "3.1 Qualora la Parte Ricevente sia tenuta a comunicare Informazioni Riservate in forza di una disposizione di legge o di regolamento, di un provvedimento giurisdizionale o di una richiesta vincolante proveniente da autorità di vigilanza, la comunicazione non costituirà violazione del presente Accordo.",
                "Partijen zullen alle informatie die zij van elkaar ontvangen geheimhouden, behoudens voor zover een wettelijk voorschrift of een rechterlijke uitspraak tot bekendmaking verplicht.",
                "8.1 La información podrá suministrarse, sin necesidad de autorización, a las entidades públicas o administrativas en ejercicio de sus funciones legales o por orden judicial.",
            ],
        );
    }

    /// Incident paperwork and vendor documentation: requests said not to
    /// have come (unless a US surveillance law is named), questions
    /// reported or asked in a questionnaire's prompt, risk ratings, US
    /// regions for North American customers, staff said to have no
    /// access, a design made in the US, a sole shareholder or a subsidiary
    /// described in apposition.
    #[test]
    fn incident_paperwork_and_product_pages_are_sorted() {
        sorts(
            Category::GovernmentAccess,
            &[
                "Gestiflotta non ha ricevuto richieste di forze dell'ordine o di altre autorità che li riguardassero.",
                "1. Feldmark has not received any search warrant, seizure order, subpoena or production order relating to the data of any user.",
                "| G.4 | Descrivere la procedura in caso di richiesta di un'autorità. | Orsa non comunica dati della Banca ad autorità. |",
                "| Voce | Esito |\n|---|---|\n| Rischio di accesso da autorità estere | Basso |\n",
                "Pour la même raison, le CLOUD Act ne nous est pas opposable.",
                "# Questionario di valutazione dei fornitori ICT\n\n## Sezione G — Accesso da parte di autorità pubbliche e giurisdizione\n\n**Servizio valutato:** archivio dei dati dei clienti\n",
            ],
            &[
                "To date, Tallgrass has not received any FISA 702 directive or National Security Letter.",
                "| 1.5 | Authorities | Describe how you handle requests for customer data from law enforcement or other public authorities. | | Each request is checked by our General Counsel for a valid basis under Irish or EU law. |",
            ],
        );
        sorts(
            Category::UsTransfer,
            &[
                "Rinaldi chiede in particolare: (a) quali dati lo riguardano; (b) per quanto tempo sono conservati; (c) se i dati siano stati trasferiti fuori dall'Unione europea, in particolare negli Stati Uniti.",
                "| Region | Ort | Kontinent | Verfügbarkeit |\n|---|---|---|---|\n| na-us-1 | Ashburn, Virginia | NA | nur Kunden mit Vertrag über die Tresorix Corp. |\n",
                "La région us-chi (Chicago) est réservée aux clients établis en Amérique du Nord qui contractent avec notre filiale Kelvo Corp.",
                "Medewerkers van het kantoor in Boston hebben geen toegang tot productieomgevingen, supporttickets of cliëntgegevens van Nederlandse klanten.",
                "3.4 Onze serverhardware is ontworpen door een fabrikant in de Verenigde Staten en in Taiwan geassembleerd.",
                "zwischen 1. Cloudzeit Inc., 2150 North First Street, San José, CA 95131, Vereinigte Staaten (die Ausscheidende Partei), und 2. Cloudzeit Europe GmbH",
                "Earlier editions of this page (2018–2019) stated that our former survey-invitation e-mail provider was certified under the EU-U.S. Privacy Shield.",
            ],
            &[
                "For customers on the Frankfurt region, their account, billing and log records are maintained with those of all other customers in our U.S. environment.",
                "Die Analysten des GCDC arbeiteten von Reston, Virginia, aus und hatten Lesezugriff auf die betroffenen Datensätze.",
                "Medewerkers van het kantoor in Boston hebben toegang tot supporttickets van Nederlandse klanten.",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "1.1 Le 2 mars 2021, Praxilis Corporation, société de l'État de Washington et associé unique de Praxilis France SAS, s'est vu signifier un mandat.",
                "5.2 Lumenlake mantiene un litigio, como demandante, contra un antiguo socio tecnológico, una sociedad de Delaware, por impago de licencias.",
                "5.1 Die Finoria Payments Inc., eine nach dem Recht des Bundesstaates Delaware gegründete Tochtergesellschaft, unterhält ein Büro in New York.",
            ],
            &[
                "Der Anbieter ist die Finoria Payments Inc., eine nach dem Recht des Bundesstaates Delaware gegründete Gesellschaft mit Sitz in New York.",
            ],
        );
    }

    /// A vendor review's general remarks, the reasons a step was not taken,
    /// options not bought, rows that deny access, deleted clauses and sold
    /// businesses: no transfer, no disclosure. The US company kept as the
    /// party where a later relative clause says another unit is not one.
    #[test]
    fn reviews_and_amendments_are_sorted() {
        sorts(
            Category::UsTransfer,
            &[
                "Viele Archiv- und Cloudanbieter gehören zu Konzernen mit Sitz in den Vereinigten Staaten; dort können Sicherheitsbehörden Unternehmen zur Herausgabe von Daten verpflichten, auch wenn diese in europäischen Rechenzentren liegen.",
                "| Service | Access | Place | Provider |\n|---|---|---|---|\n| Support étendu « 24/7 Premium » | Accès à distance aux tickets | Austin, Texas | Brazos Helpdesk Partners LLC (option non souscrite) |\n",
                "| Recipient | Service | Country | Safeguard |\n|---|---|---|---|\n| Any entity in the United States | None | United States | Not applicable: no processing, no access |\n",
                "[^2]: Kunden in den Vereinigten Staaten werden über eine eigenständige, dort betriebene Plattform unserer Vertriebsgesellschaft Schildwerk Security Inc., Austin (Texas), versorgt.",
                "2.1 Ziffer 9.2 (Datenübermittlung in die Vereinigten Staaten) wird ersatzlos gestrichen.",
                "3.1 Se suprime íntegramente la cláusula 9.4 del Anexo 3, que amparaba el tratamiento en los Estados Unidos.",
                "1.1 On 31 March 2023, Corvane Holdings, Inc. (Atlanta, Georgia) completed the sale of its European fleet telematics business to Ardent Capital Partners IV SCSp, a Luxembourg investment fund.",
                "| Topic | Until 31 March 2023 | From 1 April 2023 |\n|---|---|---|\n| Contracting party | Corvane Holdings, Inc. | Corvane Europe GmbH, Munich |\n| 24/7 support | Atlanta, Georgia, under a transitional services arrangement | Munich and Lisbon |\n",
                "| Critère | Factura Nova SAS | LedgerLoop Inc. |\n|---|---|---|\n| Siège | Villeurbanne (Rhône) | Wilmington, Delaware |\n| Hébergement des données | Lyon et Paris | Portland, Oregon |\n",
                "| Ambiente | Fornitore | Luogo | Stato |\n|---|---|---|---|\n| Ambiente precedente | Redwood Compute Inc. | Virginia (Stati Uniti) | Dismesso; dati cancellati |\n",
                "1.1 Tot en met 30 september 2024 draaide Wolkbaken CRM in een publieke cloudomgeving van Stratalis Cloud Inc. in de regio us-east (Ashburn, Virginia, Verenigde Staten).",
                "3.1 Depuis l'arrêt Schrems II, tout transfert de données vers les États-Unis suppose d'évaluer si la législation américaine, notamment la section 702 du FISA, permet un accès disproportionné.",
                "3.3 Ces considérations ne s'appliquent qu'aux fournisseurs qui transfèrent des données vers les États-Unis ou qui relèvent de la juridiction américaine.",
            ],
            &[
                "| Service | Access | Place | Provider |\n|---|---|---|---|\n| Support étendu « 24/7 Premium » | Accès à distance aux tickets | Austin, Texas | Brazos Helpdesk Partners LLC |\n",
                "| Topic | Provider | Place |\n|---|---|---|\n| 24/7 support | Corvane Holdings, Inc. | Atlanta, Georgia |\n",
                "Voor tweedelijns incidentafhandeling kunnen engineers van de moedermaatschappij, Northlake AI, Inc. in Seattle, in afzonderlijke gevallen factuurafbeeldingen inzien.",
                "| Sous-traitant | Prestation | Localisation |\n|---|---|---|\n| Hollis Data LLC | Copie de reprise après sinistre et support applicatif de l'éditeur du moteur de calcul | Richmond, VA |\n",
                "Viele unserer Dienstleister haben ihren Sitz in den USA.",
            ],
        );
        sorts(
            Category::GovernmentAccess,
            &[
                "L'analyse de la section 702 du FISA et de l'Executive Order 12333 prévue par notre modèle d'EIT n'a pas été conduite, faute de transfert (voir 3.4).",
                "Per quanto riguarda gli Stati Uniti, la Corte ha ritenuto che la Section 702 del FISA e l'Executive Order 12333 consentano un accesso ai dati da parte delle autorità di intelligence non limitato allo stretto necessario.",
                "4. Omdat in het systeem dagvaardingen, processtukken en correspondentie met wederpartijen worden opgeslagen, gaat het wel om gevoelige gegevens.",
            ],
            &[
                "9A.1 Indien Datakluis of een lid van de Groep van een Bevoegde Instantie een verzoek of bevel ontvangt tot verstrekking van Klantgegevens, stelt zij Klant daarvan onverwijld in kennis.",
                "Section 702 of FISA allows US intelligence agencies to compel the provider to disclose customer data.",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "[^1]: Según la cláusula 6.4 del contrato de encargo, la matriz es una sociedad constituida en el Estado de Colorado y titular del 100 % del capital de Cirrolab Sistemas, S.L.",
                "Il motore di traduzione è basato su un modello linguistico concesso in licenza da Orvane AI, Inc., società del Delaware.",
                "2.3 The DPA provides for the transfer to be covered by the new standard contractual clauses of June 2021, Module 3, between Tessaro and Tessaro Inc.",
                "zwischen 1. Cloudzeit Inc., 2150 North First Street, San José, CA 95131, Vereinigte Staaten (die Ausscheidende Partei), und 2. Cloudzeit Europe GmbH",
                "Nella causa la controparte è Northgate Corp., società del Delaware, che chiede il risarcimento.",
            ],
            &[
                "1.1 Le MSA est conclu avec Sentora elle-même, et non avec une filiale européenne. Selon son préambule, Sentora est une société constituée selon le droit de l'État du Delaware, dont le principal établissement est situé à Pittsburgh (Pennsylvanie). Sentora ne dispose dans l'Union que d'un bureau commercial à Amsterdam, qui n'est pas partie au contrat.",
                "3.1 La controparte contrattuale indicata nei Termini è «Metricola, Inc., a corporation organized under the laws of the State of Delaware», con sede operativa a Palo Alto.",
            ],
        );
        sorts(
            Category::GoverningLaw,
            &[
                "2. Son article 20 soumettait le Contrat au droit de l'État du Delaware.",
                "Die bisherige Wahl des Rechts des Staates Kalifornien und die Zuständigkeit der Gerichte entfallen.",
            ],
            &["El contrato renovado se sigue rigiendo por la legislación española."],
        );
    }

    /// Message recipients under the anti-spam laws, a past provider, a
    /// questionnaire's "none": no transfer. The parent or a company given
    /// as an example: not the party. A report to the police by someone
    /// other than the provider, transmissions said not to happen: no
    /// disclosure.
    #[test]
    fn recipients_of_messages_parents_and_reports_by_others_are_sorted() {
        sorts(
            Category::UsTransfer,
            &[
                "4.2 In particular, if you send to recipients in the United States you must comply with the CAN-SPAM Act (15 U.S.C. § 7701 et seq.) for e-mail.",
                "CAN-SPAM-checklist (alleen relevant bij Amerikaanse ontvangers):",
                "Lees hoe wij met je gegevens omgaan in onze privacyverklaring.“ CAN-SPAM-checklist (alleen relevant bij Amerikaanse ontvangers): geen misleidende onderwerpregel.",
                "4.1 Nota storica: fino al gennaio 2021 il calcolo delle statistiche di apertura e clic era affidato a un fornitore statunitense.",
                "| Domanda | Risposta |\n|---|---|\n| 2.3 Trasferimenti verso gli Stati Uniti | Nessuno |\n",
                "| Question | Réponse |\n|---|---|\n| Transferts vers les États-Unis | Aucun |\n",
                "Die Verarbeitung ist auf den EWR beschränkt; eine Übermittlung in Drittländer, auch in die USA, ist vertraglich ausgeschlossen[^1].",
            ],
            &[
                "We share personal data with recipients in the United States.",
                "Until 2021 the statistics were computed by our parent company in Denver, Colorado, which now stores them in Virginia.",
                "| Question | Réponse |\n|---|---|\n| Transferts vers les États-Unis | Oui, vers notre hébergeur |\n",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "Notifix SAS est détenue à 100 % par Notifix Holdings, Inc., société constituée dans l'État du Delaware.",
                "If the business is a partnership, a foreign company or, for example, a Delaware limited liability company, you must enter its legal name.",
                "1.2 Red: el sistema internacional de pagos cuya marca figura en la Tarjeta, gestionado por Paycircle Worldwide Incorporated, sociedad constituida conforme a las leyes del Estado de Delaware, y sus filiales.",
                "De profieldatabase wordt centraal beheerd door Polaris Corporate Travel Inc., het moederbedrijf van het reisbureau, in haar datacentrum in Dallas, Texas.",
                "[^2]: Standard contractual clauses approved by Commission Implementing Decision (EU) 2021/914 of 4 June 2021, Module Three (processor to processor), entered into between the Processor and Trackwise Notifications, Inc. on 3 May 2022.",
            ],
            &[
                "Notifix Holdings, Inc., a Delaware corporation (the Provider), provides the Services.",
                "Paycircle Worldwide Incorporated, sociedad constituida conforme a las leyes del Estado de Delaware, presta los Servicios.",
                "1.2 El Importador es una sociedad constituida conforme al Derecho del Estado de Delaware, con oficina principal en Denver (Colorado). Su filial Vocalia Europe B.V. (Ámsterdam) actúa exclusivamente como entidad comercial y no interviene en el tratamiento.",
            ],
        );
        sorts(
            Category::GovernmentAccess,
            &[
                "If your account is misused, you may report it to the police.",
                "The insured must report the theft to the police within 24 hours.",
                "4.2 If you want to report a crime to the police, you can use Export conversation to download a copy of your own messages.",
                "Weitere Übermittlungen an Behörden sind mit dem Modul nicht verbunden.",
            ],
            &[
                "7.2 Where Sendara becomes aware of content that involves a criminal offence, it will preserve the relevant account data and report it to the competent police or prosecution authorities.",
                "Si nous constatons un contenu illicite, nous le signalerons aux forces de l'ordre.",
                "In caso di contenuti illeciti, li segnaleremo alle forze dell'ordine.",
                "4.3 If we encounter illegal material, we will stop work, inform your nominated contact unless doing so would be unlawful, and report the matter to the police as the law requires.",
            ],
        );
    }

    /// A website's legal pages: the hosting providers' "safe harbour" of
    /// French and Dutch law, people based in the US who send notices, a
    /// court order sought to restrain someone.
    #[test]
    fn legal_pages_of_websites_are_sorted() {
        sorts(
            Category::PrivacyShield,
            &[
                "Pour ces contenus, Atelier Ondine agit en qualité d'hébergeur au sens de l'article 6-I-2 de la LCEN et bénéficie à ce titre du régime de responsabilité limitée (dit régime de « safe harbour »).",
                "Wij kunnen ons daarbij beroepen op de zogenoemde „safe harbour”-regeling voor hostingdienstverleners uit artikel 6:196c lid 4 van het Burgerlijk Wetboek.",
            ],
            &["Our US analytics vendor was certified under the EU-US Safe Harbor framework."],
        );
        sorts(
            Category::UsTransfer,
            &[
                "Because many of our rightsholders are based in the United States, we accept notices drafted in the form described in 17 U.S.C. § 512(c)(3).",
            ],
            &["Our support engineers are based in the United States and access customer data."],
        );
        sorts(
            Category::GovernmentAccess,
            &[
                "5.3 We will restore the listing within 14 business days after receiving the counter-notice, unless the complainant informs us that it has filed an action seeking a court order to restrain the Designer from the allegedly infringing activity.",
            ],
            &["We will disclose personal data in response to a court order."],
        );
    }

    /// Footage the user hands over himself, an authority that asks the
    /// user, an order to suspend, a venue clause; a tool given up, a former
    /// version; a subsidiary's parent in Dutch; a "Privacy Shield" mode.
    #[test]
    fn devices_and_licences_are_sorted() {
        sorts(
            Category::GovernmentAccess,
            &[
                "4.2 Se hai subito un furto e vuoi presentare denuncia, puoi esportare la clip dall'app e consegnarla tu stesso ai Carabinieri o alla Polizia di Stato.",
                "3.2 If the police ask you for footage, for example after a burglary in your street, it is your choice whether to help.",
                "7.1 You may download a clip from the App and share it with anyone you choose, for example with the police after a break-in.",
                "6.2 Qualora un provvedimento dell'autorità giudiziaria ordini la sospensione della diffusione di un episodio, il Licenziatario vi si conformerà.",
                "Tout différend relatif à la cession relève de la compétence des tribunaux de l'entreprise francophone de Bruxelles.",
            ],
            &[
                "We may share your clips with the police when they ask us for footage.",
                "Comunichiamo i dati personali all'autorità giudiziaria su richiesta.",
            ],
        );
        sorts(
            Category::UsTransfer,
            &[
                "Tras la sentencia de 16 de julio de 2020, el grupo Ardentia dio de baja la herramienta de analítica que utilizaba un proveedor estadounidense.",
                "3.3.2 De versie van 2018 van deze Bijlage stond doorgifte van correctieverzoeken aan een Amerikaanse ticketdienst toe op basis van het EU-VS-privacyschild.",
            ],
            &[
                "After the ruling we stopped using an EU tool; we now use a US provider that stores the data in Virginia.",
                "Die Unterlagen werden in unserem Rechenzentrum in Denver, Colorado, gespeichert und in das Fallbearbeitungssystem eingestellt.",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "Zij is een indirecte dochtervennootschap van Kestrel Holdings, Inc., een vennootschap naar het recht van Delaware, die wereldwijd licenties beheert.",
            ],
            &[
                "Kestrel Holdings, Inc., een vennootschap naar het recht van Delaware, is de licentiegever.",
            ],
        );
        sorts(
            Category::PrivacyShield,
            &[
                "Met de nieuwe Privacy Shield-modus kunt u maximaal acht rechthoekige zones in het beeld zwart maken.",
            ],
            &["Wij baseren de doorgifte op het EU-VS-privacyschild."],
        );
    }

    #[test]
    fn a_register_gives_the_law_as_an_iso_code() {
        let engine = crate::Engine::new(crate::RuleSet::bundled().unwrap());
        let law = |text: &str| -> Vec<String> {
            engine
                .analyze(text, &[], 200)
                .into_iter()
                .filter(|f| f.category == Category::GoverningLaw)
                .filter_map(|f| f.attributes.get("law").cloned())
                .map(|v| v.as_str().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(
            law("| Law governing the contractual arrangement | IE |"),
            vec!["IE"]
        );
        assert_eq!(
            law("| Legge che disciplina l'accordo contrattuale | US |"),
            vec!["US"]
        );
        // Not a country's code: no law.
        assert_eq!(
            law("| Law governing the contractual arrangement | ZZ |"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn the_users_region_in_a_heading_is_no_law() {
        assert!(users_region_at_end(
            "legge applicabile per gli utenti del see e della svizzera"
        ));
        assert!(!users_region_at_end(
            "governing law for users in the eea: irish law"
        ));
        sorts(
            Category::GoverningLaw,
            &["Legge applicabile per gli utenti del SEE e della Svizzera"],
            &[
                "Per gli utenti del SEE e della Svizzera, i presenti Termini sono regolati dalla legge irlandese.",
            ],
        );
    }

    #[test]
    fn tax_flows_takedowns_and_product_approvals_are_no_government_access() {
        sorts(
            Category::GovernmentAccess,
            &[
                "Nephelis transmet les factures à la PDP, qui communique les données de facturation requises à l'administration fiscale.",
                "Su ordine dell'autorità giudiziaria o dell'Autorità per le Garanzie nelle Comunicazioni, Corvina rimuove o disabilita l'accesso ai contenuti indicati nel provvedimento.",
                "La version US du dispositif a obtenu une autorisation de mise sur le marché de la Food and Drug Administration américaine.",
                "Machines for the United States are supplied with a laser product report filed with the FDA Center for Devices and Radiological Health.",
            ],
            &[
                "Su ordine dell'autorità giudiziaria, Corvina comunica i dati del Cliente.",
                "Nous communiquons vos données aux autorités judiciaires sur réquisition.",
                "Adverse event reports are submitted to the FDA and may be reviewed by the Food and Drug Administration.",
                "La Société peut être tenue de divulguer des données aux autorités fiscales dans le cadre de leur droit de communication.",
            ],
        );
    }

    #[test]
    fn an_offer_set_aside_is_not_a_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "L'offerta è stata esclusa perché i dati di log sarebbero stati analizzati da un centro operativo situato negli Stati Uniti.",
                "The second bid was rejected because support tickets would have been handled by staff in the United States.",
            ],
            &[
                "Support tickets are handled by staff in the United States; requests to delete them are rejected after 30 days.",
            ],
        );
    }

    #[test]
    fn a_trade_bodys_model_clauses_are_not_the_sccs() {
        sorts(
            Category::Scc,
            &[
                "Artikel 9 is opgesteld aan de hand van de modelclausules uit de brancheleidraad voor technische groothandels.",
                "These terms were drafted on the basis of the model clauses published by the national machine builders' association.",
                "Schedule 2 — Model clauses for end-user terms",
                "De afdeling Inkoop gebruikt de modelclausules uit de gemeentelijke Inkoopbibliotheek Algoritmen: standaardteksten voor contracten.",
            ],
            &[
                "Op de doorgifte zijn de modelclausules uit bijlage 2 van toepassing, zoals goedgekeurd door de Europese Commissie.",
            ],
        );
    }

    #[test]
    fn a_unit_a_company_operates_is_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "In this Agreement, Group Technology Centre means the engineering and platform operations unit operated by Castellan Technology Services LLC at 4200 Six Forks Road, Raleigh, North Carolina 27609.",
            ],
            &[
                "Provider means Castellan Technology Services LLC, 4200 Six Forks Road, Raleigh, North Carolina 27609.",
            ],
        );
    }

    #[test]
    fn a_products_intelligence_is_no_intelligence_service() {
        sorts(
            Category::GovernmentAccess,
            &[
                "Order Form and Service Schedule - ShieldLine Device Intelligence Order Form No. NS-2023-0418",
            ],
            &[
                "We do not answer intelligence requests; any intelligence order served on us is challenged.",
            ],
        );
    }

    #[test]
    fn us_suppliers_that_invoice_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Rechnungen von Lieferanten mit Sitz in den Vereinigten Staaten (insbesondere Ersatzteile, Rechnungswährung USD) werden auf demselben Weg im Inland verarbeitet.",
                "Il Titolare acquista botti, tappi e macchinari da fornitori con sede negli Stati Uniti d'America, che emettono fatture cartacee o in PDF con importi in dollari statunitensi.",
                "De nombreux Clients achètent auprès de fournisseurs établis hors de l'Union européenne, notamment aux États-Unis.",
            ],
            &[
                "Invoices are processed by our supplier located in the United States, which stores the data on its servers.",
                "Wir übermitteln Rechnungsdaten an Lieferanten mit Sitz in den Vereinigten Staaten.",
            ],
        );
    }

    #[test]
    fn access_a_contract_prohibits_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Los contratos con los encargados prohíben expresamente el tratamiento fuera del EEE, y en particular cualquier almacenamiento o acceso de soporte desde los Estados Unidos, sin autorización previa del responsable.",
                "The DPA forbids any access from the United States.",
                "Der Vertrag untersagt jeden Zugriff aus den Vereinigten Staaten.",
            ],
            &[
                "The DPA does not prohibit access from the United States.",
                "Los contratos no prohíben el acceso desde los Estados Unidos.",
                "Support staff access the data from the United States; the DPA prohibits any further disclosure.",
            ],
        );
    }

    #[test]
    fn german_model_clauses_without_transfers_are_templates() {
        sorts(
            Category::Scc,
            &["Die Personalabteilung passt diese Modellklauseln wie gewohnt an den Einzelfall an."],
            &[
                "Microsoft bietet für Übermittlungen in die USA die Modellklauseln an.",
                "Für den Datenexport gelten die Modellklauseln.",
                "Es gelten die EU-Modellklauseln.",
            ],
        );
    }

    #[test]
    fn forged_process_and_documents_put_into_a_tool_are_not_government_access() {
        sorts(
            Category::GovernmentAccess,
            &[
                "4.1 Customer shall not use the model to: create counterfeit legal process, such as fabricated court orders, warrants or subpoenas, or documents purporting to come from a public authority.",
                "4.2 Queda prohibido introducir en cualquier herramienta, incluida la corporativa, documentos sujetos a secreto profesional, citaciones o requerimientos judiciales recibidos por la empresa.",
                "Do not paste subpoenas or court orders received by the firm into the assistant.",
            ],
            &[
                "We disclose data in response to court orders, warrants or subpoenas.",
                "The Provider may disclose Customer Data to law enforcement where it is required to do so; prompts entered into the assistant are kept for 30 days.",
            ],
        );
    }

    #[test]
    fn the_funds_that_own_a_company_are_neither_party_nor_recipient() {
        for s in [
            "2.2 Albufera Topco, S.à r.l. está participada indirectamente por fondos de inversión gestionados por Harborline Capital Management, LLC, sociedad de Delaware con oficinas en Boston (Estados Unidos).",
            "Il capitale di Ecoverde è controllato da Summit Ridge Infrastructure Partners III, L.P., fondo di investimento costituito nel Delaware.",
        ] {
            let f = found(s);
            assert!(
                !f.contains(&Category::UsTransfer) && !f.contains(&Category::UsEntity),
                "{s}"
            );
        }
        // A fund's company that receives the data is one.
        assert!(found("Personal data is transferred to Harborline Capital Management, LLC in Boston, United States, the fund's manager.").contains(&Category::UsTransfer));
    }

    #[test]
    fn a_ban_on_services_in_the_us_is_not_a_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "3.1 Il est interdit d'utiliser, pour des besoins professionnels, des services d'IA générative grand public, notamment ceux dont les serveurs sont situés aux États-Unis.",
                "Es ist untersagt, Kundendaten in Dienste einzugeben, deren Server in den USA stehen.",
            ],
            &[
                "Il est interdit de transférer des données hors de l'UE, sauf vers nos serveurs situés aux États-Unis.",
                "Our servers are located in the United States.",
            ],
        );
    }

    #[test]
    fn a_third_partys_role_defined_is_not_the_vendor() {
        sorts(
            Category::UsEntity,
            &[
                "1.4 “Model Provider” means Aldergrove Labs, Inc., a Delaware corporation with its principal place of business in Palo Alto.",
            ],
            &["“Provider” means Aldergrove Labs, Inc., a Delaware corporation."],
        );
    }

    #[test]
    fn the_stockholm_chamber_is_not_the_sccs() {
        sorts(
            Category::Scc,
            &["“SCC” means the Arbitration Institute of the Stockholm Chamber of Commerce."],
            &["“SCCs” means the standard contractual clauses annexed to Decision (EU) 2021/914."],
        );
    }

    #[test]
    fn card_scheme_terms_are_not_the_sccs() {
        sorts(
            Category::Scc,
            &[
                "I pagamenti con carta restano disciplinati dalle clausole contrattuali standard dei circuiti di pagamento.",
            ],
            &[
                "I trasferimenti si basano sulle clausole contrattuali standard della Commissione europea.",
                "Per i pagamenti con carta, i dati vanno negli Stati Uniti in base alle clausole contrattuali standard.",
            ],
        );
        for s in [
            "Appendix C – Model Clauses (index)",
            "## Schedule 3 – Model Clauses (extract)",
        ] {
            assert!(!found(s).contains(&Category::Scc), "{s}");
        }
        assert!(
            found("Annex 2 – Model Clauses for the transfer of personal data to third countries")
                .contains(&Category::Scc)
        );
    }

    #[test]
    fn a_town_elsewhere_named_after_a_us_place_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Backups are stored in a data centre in Virginia Water, Surrey, United Kingdom.",
                "Our servers are located in Virginia Water, England.",
            ],
            &[
                "Backups are stored in data centres in Ashburn, Virginia and Ireland.",
                "Our servers are located in Virginia, United States.",
                "Customer Data is hosted in Virginia and Dublin, Ireland.",
            ],
        );
    }

    #[test]
    fn a_lessors_standard_clauses_are_not_the_sccs() {
        sorts(
            Category::Scc,
            &[
                "Le presenti Condizioni costituiscono le clausole contrattuali standard del noleggio predisposte dal Locatore.",
                "Les clauses contractuelles types du contrat de location figurent en annexe 1.",
                "These are the standard contractual clauses of the lease and prevail over any order form.",
            ],
            &[
                "Il Locatore trasferisce i dati al fornitore statunitense sulla base delle clausole contrattuali standard della Commissione.",
                "The standard contractual clauses for the transfer of personal data to third countries apply.",
            ],
        );
    }

    #[test]
    fn a_state_of_incorporation_is_not_a_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Silverline Corp. (a Colorado corporation) and Northwind Ltd. (a company incorporated in England and Wales) agree as follows.",
            ],
            &[
                "Customer Data is stored by Silverline Corp. (Denver, Colorado) and replicated by Acme Corporation.",
            ],
        );
    }

    #[test]
    fn a_dutch_screen_filter_is_not_the_privacy_shield() {
        sorts(
            Category::PrivacyShield,
            &[
                "Een op maat gesneden privacyschild is van het herroepingsrecht uitgesloten.",
                "De maten van het privacyschild worden per schermdiagonaal vermeld.",
                "Wij verkopen accessoires voor laptops, waaronder het privacyschild \"PrivacyView\".",
                "Met de functie **Privacy Shield** worden de laatste tekens van uw kenteken in de app afgeschermd.",
                "The Privacy Shield feature hides your licence plate on shared screens.",
            ],
            &[
                "Het Privacyschild is op 16 juli 2020 ongeldig verklaard.",
                "De ontvanger is gecertificeerd onder het Privacyschild.",
                "Doorgiften naar de VS vonden plaats op basis van het EU-VS-privacyschild.",
                "Our app transfers personal data to the US under the Privacy Shield.",
            ],
        );
    }

    #[test]
    fn a_contrast_is_not_a_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "A diferencia de los proveedores estadounidenses, no estamos sujetos a la Ley CLOUD.",
                "Unlike US cloud providers, we keep your data in Germany.",
            ],
            &[
                "Like many US cloud providers, our hosting provider stores data in the United States.",
            ],
        );
    }

    #[test]
    fn a_plant_or_a_warehouse_is_not_a_data_centre() {
        sorts(
            Category::UsTransfer,
            &[
                "WHEREAS, Supplier designs and manufactures sterile components at its facility in Plymouth, Minnesota;",
                "Products shall be shipped from our facilities in Columbus, Ohio.",
            ],
            &[
                "Acme, Inc. processes all Customer Data at its facilities in Ashburn, Virginia.",
                "The data is housed at our facilities in Texas.",
                "Supplier manufactures the devices and hosts the device logs at its facility in Plymouth, Minnesota.",
            ],
        );
    }

    #[test]
    fn a_us_place_starting_a_european_companys_name_is_not_a_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "| Sub-processor | Where data is processed |\n| Washington Mailing Services Ltd | Washington, Tyne and Wear, UK |",
            ],
            &[
                "Customer Data is processed by Virginia Hosting LLC in Ashburn, Virginia.",
                "Backups are stored in Oregon by Cascade Storage Ltd.",
                // The next row's company is not the cell's place's company.
                "| Corvalis CRM Ltd | CRM | Cork (IE) | Regione cloud «us-east-2» (Ohio) |\nSmistamail S.r.l. | Invio e-mail | Bologna | Italia |",
            ],
        );
    }

    #[test]
    fn us_as_the_abbreviation_of_a_name_is_not_the_country() {
        sorts(
            Category::UsTransfer,
            &[
                "| Unité Support (US) | Équipe support – Niort | support@veloce.example |",
                "| Support | US (Unité Support) | Niort |",
            ],
            &[
                "| Unité Support (US) | Mailbeam Inc. | USA |",
                "| Sub-processor | Hosting | US |",
            ],
        );
    }

    #[test]
    fn an_old_account_closed_is_not_a_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "3.2 Het oude account bij de Amerikaanse dienst is in september 2020 opgeheven; de adreslijst is daar volledig verwijderd.",
                "Our former account with the US provider was closed in 2021.",
            ],
            &[
                "Het account bij de Amerikaanse dienst blijft actief; de adreslijst wordt daar bewaard.",
                "Het oude account bij de Amerikaanse dienst wordt nog gebruikt; de adreslijst wordt daar bewaard.",
            ],
        );
    }

    #[test]
    fn a_us_company_running_its_own_affairs_is_not_a_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Unsere Tochtergesellschaft Rheinauen Machinery Inc. in Spartanburg (South Carolina, USA) führt für Stellen an ihrem Standort ein eigenes Bewerbungsverfahren über ein eigenes Karriereportal durch.",
            ],
            &[
                "Unsere Tochtergesellschaft Rheinauen Machinery Inc. in Spartanburg (South Carolina, USA) verarbeitet die Daten in einem eigenen Rechenzentrum.",
            ],
        );
    }

    #[test]
    fn the_owner_of_the_vendor_is_not_a_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Brightwave Analytics Italia S.r.l., con sede in Milano, società interamente controllata da Brightwave Inc. (Boston), fornisce il servizio.",
                "Northwind Ltd, a wholly owned subsidiary of Acme Holdings, Inc. (Austin, Texas), provides the Services.",
                "Datalia S.L., filial al 100 % de Datalia Corp. (Miami, Florida), presta el servicio.",
            ],
            &[
                "Customer Data is stored by Silverline Corp. (Denver, Colorado), a subsidiary of our group.",
                "Northwind Ltd, a wholly owned subsidiary of Acme Holdings, Inc. (Austin, Texas), stores Customer Data in the United States.",
                "\"Client Environment\" means the cloud accounts controlled by Client, currently provisioned in the us-east-2 region.",
            ],
        );
    }

    #[test]
    fn us_providers_that_a_law_reaches_are_not_a_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Les fournisseurs américains peuvent recevoir des lettres de sécurité nationale du FBI.",
                "Los proveedores estadounidenses están sujetos a la Ley Patriota de EE. UU.",
                "I fornitori statunitensi sono soggetti al Patriot Act.",
            ],
            &[
                "Nos prestataires américains sont soumis à des obligations de confidentialité strictes.",
            ],
        );
    }

    #[test]
    fn a_us_entity_for_us_residents_only_is_not_the_author() {
        sorts(
            Category::UsEntity,
            &[
                "Si vous résidez aux États-Unis, contactez-nous par courrier à l'adresse Brightfold, Inc., 888 Brannan Street, San Francisco, CA 94103.",
                "If you live in the United States, contact us: Brightfold, Inc., 888 Brannan Street, San Francisco, CA 94103.",
            ],
            &["Contact us: Brightfold, Inc., 888 Brannan Street, San Francisco, CA 94103."],
        );
    }

    #[test]
    fn funds_us_arms_parents_customers_suppliers_and_sellers_are_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "Der Dachfonds investiert als Kommanditist in die Brookhaven Seed II, L.P., eine Limited Partnership nach dem Recht des Bundesstaates Delaware.",
                "The Fund invests mainly in Corbel Growth III, L.P., a Delaware limited partnership.",
                "Orrisfield Labs Inc., sociedad constituida conforme a las leyes del Estado de Texas, es una filial del Proveedor que presta el servicio a los clientes de Norteamérica.",
                "Wrenhaven Media, Inc., a Delaware corporation, is a wholly-owned subsidiary of the Licensor that sells the App in North America.",
                "4.2 Muttergesellschaft bezeichnet die Quillmark Holdings, Inc., 220 Main Street, Boise, Idaho 83702.",
                "\"Parent\" means Tallowby Group, Inc., a Delaware corporation.",
                "Norvale Data LLC è costituita nello Stato dell'Oregon; il Cliente contrae con la sua filiale irlandese, che tratta i dati.",
                "Norvale Data LLC is incorporated in Oregon; customers in Europe contract with its Dutch subsidiary.",
                "Notre client Harwick Foods Inc., société du Delaware, a adopté la plateforme en 2021.",
                "Our customer Harwick Foods, Inc., a Delaware corporation, has used the platform since 2021.",
                "Für den Versand setzen wir die Mailcourier, Inc., eine Gesellschaft nach dem Recht von Delaware, ein.",
                "We acquired the trademark from Brightline Inc., a Delaware corporation, in 2020.",
                "Nous avons acquis la marque auprès de Brightline Inc., société du Delaware, en 2020.",
                "Wir haben 2020 die Marke von der Brightline Inc., einer Delaware-Gesellschaft, erworben.",
                "Norvale Data LLC ist im Bundesstaat Oregon eingetragen; Vertragspartner ist ihre irische Tochtergesellschaft.",
            ],
            &[
                "Orrisfield Labs Inc., sociedad constituida conforme a las leyes del Estado de Texas, es el Proveedor.",
                "Wrenhaven Media, Inc., a Delaware corporation, is the Licensor and a subsidiary of Wrenhaven Group plc.",
                "4.2 Anbieter bezeichnet die Quillmark Holdings, Inc., 220 Main Street, Boise, Idaho 83702.",
                "Norvale Data LLC is incorporated in Oregon and contracts with its customers directly.",
                "Brightline Inc., a Delaware corporation, acquired the trademark from us in 2020.",
            ],
        );
    }

    #[test]
    fn a_company_that_does_not_act_in_the_us_is_not_a_us_company() {
        sorts(
            Category::UsEntity,
            &["La compañía no tiene actividad en el Estado de Delaware ni en ningún otro estado."],
            &[
                "Meridian Power Marketing LLC, sociedad constituida conforme a las leyes del Estado de Texas.",
                "Le prestataire est Acme Inc., société constituée en mai 2010 selon les lois de l'État du Delaware.",
            ],
        );
    }

    #[test]
    fn a_us_company_given_as_an_example_of_any_state_is_not_the_author() {
        sorts(
            Category::UsEntity,
            &[
                "Per esempio, una società costituita nello Stato del Delaware o in un altro Stato federato presenta il proprio certificato di vigenza.",
                "A bidder that is a corporation organized under the laws of Delaware or any other US state must file a certificate of good standing.",
            ],
            &["Acme Analytics is a Delaware LLC or, after the merger, its successor."],
        );
    }

    #[test]
    fn a_us_company_form_as_a_topic_or_a_holding_is_not_the_author() {
        sorts(
            Category::UsEntity,
            &[
                "The Library contains precedents for other jurisdictions (for example, a Delaware LLC operating agreement).",
                "Die Beurteilung von Beteiligungen an einer Delaware-LLC bedarf einer gesonderten Vereinbarung.",
                "We advise on membership interests in a Delaware limited liability company.",
            ],
            &[
                "Acme Analytics is a Delaware LLC with its principal office in Austin.",
                "Die Acme Corp., eine Delaware Corporation, ist Anbieter des Dienstes.",
            ],
        );
    }

    #[test]
    fn a_subsidiary_that_is_the_subject_is_the_us_company() {
        sorts(
            Category::UsEntity,
            &[
                "Acme SAS, a subsidiary of Acme Inc., a Delaware corporation, provides the Services.",
                "Le Sous-traitant a cede son ancienne filiale americaine, Ardentis Labs Inc., une societe du Delaware.",
            ],
            &[
                "Firelight Corporation, a wholly owned subsidiary of the Firelight Foundation, is a California corporation.",
            ],
        );
    }

    #[test]
    fn a_companys_nationality_is_not_a_choice_of_law() {
        assert!(
            !found(
                "Kalimera appartient à un groupe dont la société mère relève du droit américain."
            )
            .contains(&Category::GoverningLaw)
        );
        assert!(
            !found(
                "La société mère et ses équipes de sécurité relèvent du droit américain ; le Groupe a réalisé une analyse d'impact."
            )
            .contains(&Category::GoverningLaw)
        );
        assert!(
            found("Le présent contrat relève du droit américain.")
                .contains(&Category::GoverningLaw)
        );
    }

    #[test]
    fn a_forum_or_seat_in_a_table_is_not_where_the_data_goes() {
        sorts(
            Category::UsTransfer,
            &[
                "| \"Seat of Arbitration\" | San Francisco, California |",
                "| Registered office | Wilmington, Delaware, USA |",
                "| Foro competente | New York (USA) |",
                "| Notices | 500 Main Street, Austin, Texas |",
                "| Address for notices | Austin, Texas |",
                "| Juridische kennisgevingen | Brightloop, Inc., Attn: Legal, 400 Example Avenue, San Mateo, CA 94401 |",
                "| Legal notices | 400 Example Avenue, San Mateo, CA 94401 |",
            ],
            &[
                "| Corvalis Holdings, Inc. | Support | Austin, Texas |",
                "| Quillfeather LLC | Envío de notificaciones por correo | Ashburn, Virginia | CCT |",
                "| Ticketdesk Inc. | Piattaforma di assistenza | Stati Uniti (Virginia) |",
            ],
        );
    }

    #[test]
    fn what_public_bodies_send_in_is_not_disclosed_to_them() {
        sorts(
            Category::GovernmentAccess,
            &[
                "Le presenti condizioni si applicano a tutti gli ordini di stampa trasmessi da studi di architettura, imprese edili e pubbliche amministrazioni.",
            ],
            &[
                "I dati possono essere trasmessi dal Fornitore alle pubbliche amministrazioni competenti su loro richiesta.",
                "Toute demande d'une autorité d'un État tiers est rejetée, sauf si elle est transmise par les autorités françaises dans le cadre d'une convention d'entraide judiciaire.",
            ],
        );
    }

    #[test]
    fn shares_in_a_us_company_are_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "5 | Quota del 25 % di Arno Ridge Properties LLC, società costituita nello Stato del Delaware, proprietaria di un immobile | da stimare |",
                "Parts sociales de Lakeshore Cabins LLC (société du Delaware, 50 %) | États-Unis | À déterminer |",
            ],
            &[
                "Le Prestataire est Lakeshore Cabins LLC, société du Delaware, dont le siège est à Wilmington.",
            ],
        );
    }

    #[test]
    fn a_parent_described_as_a_us_company_is_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "5.5 As a company established in the United States, our parent may receive demands for data from US authorities.",
            ],
            &[
                "As a company established in the United States, Acme may receive demands for data from US authorities.",
            ],
        );
    }

    #[test]
    fn a_us_parent_the_company_lacks_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Memoria Tresor AG ist eine unabhängige Schweizer Gesellschaft ohne Muttergesellschaft in den USA; unsere Hosting- und Supportdienstleister sind ebenfalls Schweizer Unternehmen.",
                "Memoria is an independent Swiss company without a parent company in the United States; our hosting and support providers are Swiss too.",
            ],
            &[
                "Memoria has a parent company in the United States, whose support staff may access the data.",
            ],
        );
    }

    #[test]
    fn prices_and_request_counts_per_country_are_not_where_the_data_goes() {
        sorts(
            Category::UsTransfer,
            &[
                "| Verenigde Staten | USD | $ 2.00 | $ 110.00 |",
                "| États-Unis | 11 | 14 | 0 | 0 % |",
            ],
            &["| Lumen Hosting LLC | Hosting | United States |"],
        );
    }

    #[test]
    fn ports_and_sea_routes_in_a_table_are_not_where_the_data_goes() {
        sorts(
            Category::UsTransfer,
            &[
                "| New York / New Jersey | Port Elizabeth | 3.456 | 9–11 dagen |",
                "| Houston | Barbours Cut Terminal | 5 020 | 16 days |",
                // study credits by country
                "| Verenigde Staten (semestersysteem) | 1 U.S. semester credit hour | 2 ECTS |",
            ],
            &[
                "| Harbourline Inc. | Booking platform, passenger data | Houston, Texas |",
                "| Corvalis Holdings, Inc. | Support | Austin, Texas |",
            ],
        );
    }

    #[test]
    fn a_corporation_statute_is_not_a_choice_of_law() {
        let s = "The Hollis-Warren Foundation, société à but non lucratif régie par la Not-for-Profit Corporation Law de l'État de New York, dont le siège est situé à New York.";
        assert!(!found(s).contains(&Category::GoverningLaw), "{s}");
        assert!(found(s).contains(&Category::UsEntity), "{s}");
    }

    #[test]
    fn an_agreement_between_states_is_not_a_choice_of_law() {
        for s in [
            "El tratamiento de los PNR por el Departamento de Seguridad Nacional se rige por el Acuerdo entre los Estados Unidos de América y la Unión Europea.",
            "The processing of PNR data by DHS is governed by the Agreement between the United States of America and the European Union.",
        ] {
            assert!(!found(s).contains(&Category::GoverningLaw), "{s}");
        }
        for s in [
            "El presente Acuerdo entre las partes se rige por las leyes del Estado de Texas.",
            "This agreement between the parties is governed by the laws of the State of New York.",
        ] {
            assert!(found(s).contains(&Category::GoverningLaw), "{s}");
        }
    }

    #[test]
    fn a_forum_or_seat_in_an_extracted_table_is_not_where_the_data_goes() {
        // As the office and HTML extractors write a definitions table.
        let table = "Definitions\n\u{201c}License Fee\u{201d}\tthe fee stated in Section 4.1\n\
                     \u{201c}Seat of Arbitration\u{201d}\tSan Francisco, California\n\
                     \u{201c}Software\u{201d}\tQuillon FleetOptima\n";
        assert!(!found(table).contains(&Category::UsTransfer), "{table}");
        assert!(
            found(&table.replace("Seat of Arbitration", "Backup site"))
                .contains(&Category::UsTransfer)
        );
    }

    #[test]
    fn a_transfer_that_ended_is_not_one() {
        sorts(
            Category::UsTransfer,
            &[
                "Jusqu'en 2020, nous utilisions un outil de mesure d'audience fourni par un prestataire américain.",
                "Until March 2021, we used a US analytics provider that stored data in the United States.",
                "Der bis Ende 2021 eingesetzte Videokonferenzdienst eines US-Anbieters wurde durch eine selbst betriebene Lösung im Rechenzentrum Düsseldorf ersetzt.",
                "5.3 Bis Ende 2020 setzte der Dienstleister einen Unterauftragsverarbeiter mit Sitz in Kalifornien ein; die Übermittlung in die USA stützte sich auf dessen Zertifizierung.",
            ],
            &[
                "Until 2030, your data will be stored in the United States.",
                "Since 2021, we have used a US analytics provider that stores data in the United States.",
            ],
        );
    }

    #[test]
    fn treaties_payment_orders_and_us_customers_are_not_a_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "La normativa obliga al Banco a comunicar determinada información a la AEAT, en aplicación del Acuerdo entre el Reino de España y los Estados Unidos de América para la mejora del cumplimiento fiscal internacional.",
                "Si su domicilio o una orden permanente de transferencia están vinculados a los Estados Unidos, aporte la documentación.",
                "Les obligations HIPAA ne s'appliquent qu'aux clients du Sous-traitant établis aux États-Unis, qui sont servis par une filiale distincte, au moyen d'une plateforme hébergée sur le territoire américain.",
            ],
            &[
                "Conformément à l'accord conclu avec le Client, les données sont transférées aux États-Unis.",
                "For each wire transfer, the payer's details are stored on servers in the United States.",
                "Les données des clients établis en France sont hébergées sur le territoire américain.",
            ],
        );
    }

    #[test]
    fn a_us_cell_of_an_extracted_table_is_a_transfer() {
        // As the HTML and office extractors write a sub-processor table.
        let table = "Sub-processors\nEntity\tPurpose\tLocation\n\
                     Datacentro S.r.l.\tHosting\tMilan, Italy\n\
                     Ticketdesk Inc.\tHelp desk\tUnited States (Virginia)\n";
        assert!(found(table).contains(&Category::UsTransfer), "{table}");
        assert!(
            !found(&table.replace("United States (Virginia)", "Ireland"))
                .contains(&Category::UsTransfer)
        );
        // A "no" in the next column answers that column ("im EWR"), not
        // whether the place is one; a question answered "no" stays denied.
        let table = "Nr.\tUnterauftragsverarbeiter\tOrt der Verarbeitung\tim EWR\n\
                     4\tHelpline Cloud Software, Inc.\tPortland, Oregon\tnein\n";
        assert!(found(table).contains(&Category::UsTransfer), "{table}");
        let asked = "| Sous-traitants ultérieurs situés aux États-Unis | Aucun |";
        assert!(!found(asked).contains(&Category::UsTransfer), "{asked}");
    }

    #[test]
    fn parents_non_parties_and_canadian_inc_are_not_the_vendor() {
        sorts(
            Category::UsEntity,
            &[
                "\"Group Parent\" means Stratalyne Holdings, Inc., the Provider's ultimate holding company, incorporated in Delaware.",
                "Il prodotto è distribuito da ShieldBox North America LLC, società del Delaware, che non è parte del presente contratto.",
                "This Agreement is between Maplewood Ledger Inc., a corporation incorporated under the Business Corporations Act (Ontario), and the Customer.",
                "between Northbay Polymers Inc., a corporation existing under the Business Corporations Act (Ontario) (the \"Manufacturer\"), and Kestrel Medical Ltd., a company organized under the laws of the State of Israel (the \"Buyer\")",
            ],
            &[
                "This Agreement is between Acme Inc., a Delaware corporation, and the Customer.",
                "between Acme Inc., a corporation of the State of Texas, and Maple Ltd., an Ontario corporation",
            ],
        );
    }

    #[test]
    fn sub_processors_parents_and_operated_systems_are_not_the_vendor() {
        sorts(
            Category::UsEntity,
            &[
                "Le clausole sono incorporate nell'accordo di sub-trattamento tra Vigilo e GuardPoint Response, LLC del 3 giugno 2024.",
                "Orrin Quay Holdings, Inc. is incorporated in the State of Delaware; the Supplier is its wholly owned indirect subsidiary.",
                "Il sistema centrale di prenotazione è gestito da ResaNet Systems, Inc. dai propri data center di Denver.",
            ],
            &[
                "Il servizio è gestito da ResaNet Systems, Inc., con sede a Denver.",
                "Orrin Quay Holdings, Inc. is incorporated in the State of Delaware and is the Supplier.",
            ],
        );
    }

    #[test]
    fn payments_settled_at_an_office_are_not_a_choice_of_law() {
        assert!(
            !found("I bonifici in dollari sono regolati attraverso la banca corrispondente della Banca presso la sua sede di New York.")
                .contains(&Category::GoverningLaw)
        );
        assert!(
            found("Il contratto è regolato dalla legge dello Stato di New York.")
                .contains(&Category::GoverningLaw)
        );
        assert!(found("La sede dell'arbitrato è New York.").contains(&Category::GoverningLaw));
    }

    #[test]
    fn model_clauses_of_a_sector_code_or_covenant_are_not_scc() {
        sorts(
            Category::Scc,
            &[
                "Your installer's contract is based on the model clauses published by the national home-renovation consumer code.",
                "Wij hebben de modelovereenkomst van het Privacyconvenant gesloten; de modelclausules daarvan zijn ongewijzigd overgenomen.",
                "Uitgesloten zijn oorlogsrisico's conform de in de markt gebruikelijke modelclausules (NMA 464).",
                "2.2 De modelclausules zijn tekstvoorbeelden.",
            ],
            &["De modelclausules van de Europese Commissie zijn van toepassing op de doorgifte."],
        );
    }

    #[test]
    fn a_patients_own_care_in_the_us_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Una paciente optó por continuar su tratamiento con su oncóloga de Boston.",
                "Se il paziente decide, di sua iniziativa, di inviare il referto a un medico negli Stati Uniti, lo fa sotto la propria responsabilità.",
            ],
            &["El tratamiento de los datos se realiza en servidores de Boston."],
        );
    }

    #[test]
    fn the_hosting_safe_harbour_and_a_us_audience_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Le régime de « safe harbor » prévu par la section 512 du Digital Millennium Copyright Act protège les hébergeurs américains sous conditions.",
                "| Plan | Almacenamiento | Precio mensual (UE) | Precio mensual (oyentes en EE. UU.) |",
            ],
            &["Les épisodes sont stockés chez des hébergeurs américains."],
        );
        sorts(
            Category::PrivacyShield,
            &[
                "Las plataformas pueden acogerse al régimen de puerto seguro («safe harbor») para proveedores de alojamiento previsto en la ley estadounidense.",
            ],
            &[
                "Los datos se transfieren al amparo de los principios de puerto seguro (Safe Harbor) del Departamento de Comercio.",
            ],
        );
    }

    #[test]
    fn us_bidders_on_a_purchasing_portal_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "I fornitori con sede negli Stati Uniti o in altri paesi extra-UE possono registrarsi al portale e presentare offerte in dollari.",
            ],
            &["I fornitori con sede negli Stati Uniti trattano i dati degli utenti del portale."],
        );
    }

    #[test]
    fn an_export_control_authority_is_no_supervisory_authority() {
        sorts(
            Category::GovernmentAccess,
            &["Toute réclamation peut être adressée à l'autorité de contrôle compétente."],
            &[
                "Le Client autorise le Prestataire à communiquer les Résultats au Bureau of Industry and Security ou à toute autre autorité de contrôle des exportations qui en ferait la demande.",
            ],
        );
    }

    #[test]
    fn the_insured_costs_of_answering_a_subpoena_are_no_government_access() {
        sorts(
            Category::GovernmentAccess,
            &[
                "We will pay your costs of responding to a regulatory investigation, including the reasonable costs of complying with a subpoena served on you.",
            ],
            &["We will disclose your data in response to a subpoena."],
        );
    }

    #[test]
    fn a_question_in_a_forms_cell_is_no_government_access() {
        sorts(
            Category::GovernmentAccess,
            &[
                "| 4.2 | Avez-vous fait l'objet d'une sanction d'une autorité de protection des données, ou d'une assignation en justice ? | oui | non |",
            ],
            &[
                "| Communication aux autorités | Les données sont communiquées aux autorités judiciaires sur réquisition. |",
                "| Are you subject to FISA Section 702? | Yes, as a US electronic communication service provider |",
                "| Do you notify customers of subpoenas? | Yes, unless legally prohibited (a non-disclosure order) |",
            ],
        );
    }

    #[test]
    fn a_group_defined_by_its_us_parent_is_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "1.3 Groupe Harborline : la société Harborline Claims Services, Inc., société de droit de l'État de l'Ohio, et toute entité qu'elle contrôle.",
                "\"Kestrel Group\" means Kestrel Holdings, Inc., a Delaware corporation, and each entity it controls.",
            ],
            &[
                "Le Prestataire : la société Harborline Claims Services, Inc., société de droit de l'État de l'Ohio.",
            ],
        );
    }

    #[test]
    fn a_partner_or_subcontractor_incorporated_in_the_us_is_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "1 Il partner è una società costituita secondo il diritto dello Stato del Texas.",
                "The subcontractor is a Delaware corporation with offices in Austin.",
                "Le sous-traitant est une société de droit de l'État du Texas.",
                "Le sous-traitant ultérieur : Orrion Inc., société de droit américain.",
            ],
            &[
                "Il Fornitore è una società costituita secondo il diritto dello Stato del Texas.",
                // A DPA's field: the French "sous-traitant" is the processor.
                "Le Sous-traitant : Orrion Inc., société de droit américain, représentée par son CEO.",
            ],
        );
    }

    #[test]
    fn a_disclosure_outside_the_contracts_scope_is_no_government_access() {
        sorts(
            Category::GovernmentAccess,
            &[
                "Die Übermittlung von Meldungen an Behörden ist nicht Gegenstand dieses Vertrags; sie erfolgt durch den Kunden selbst.",
                "Reporting to the competent authorities is outside the scope of the Services and remains with the Customer.",
            ],
            &["Die Übermittlung von Daten an Behörden erfolgt nur auf richterliche Anordnung."],
        );
    }

    #[test]
    fn a_contract_with_a_us_provider_that_was_ended_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "3.1 Fino al 28 febbraio 2021 la piattaforma era ospitata da un fornitore statunitense.",
                "Depuis 2021, la Clinique a résilié le contrat qui la liait à un hébergeur américain.",
                "In 2022 we terminated our agreement with a US cloud provider.",
            ],
            &[
                "La Clinique a conclu un contrat avec un hébergeur américain.",
                "We signed an agreement with a US cloud provider.",
            ],
        );
    }

    #[test]
    fn what_a_contract_excludes_and_a_use_that_ended_are_no_transfer() {
        // The opening lies more than the excerpt's width before the match.
        let long = "3.1 Nicht Gegenstand dieses Vertrags sind Entsendungen von Mitarbeitern des Kunden ins Ausland, insbesondere Anträge auf Visa (etwa L-1 oder H-1B), Arbeitserlaubnisse und Verfahren zur Anerkennung von Abschlüssen für Mitarbeiter, die zur Tochtergesellschaft Kessler Machinery Inc. in Charlotte, North Carolina, wechseln.";
        sorts(
            Category::UsTransfer,
            &[
                long,
                "Excluded from the scope of this Agreement are visa applications for employees who move to the subsidiary Kessler Machinery Inc. in Charlotte, North Carolina.",
                "5.2 Toen wij de app in 2019 ontwikkelden, werd voor de crashrapportage nog een Amerikaanse dienst gebruikt.",
            ],
            &[
                &long.replace(
                    "Nicht Gegenstand dieses Vertrags sind",
                    "Gegenstand dieses Vertrags sind",
                ),
                "Toen wij de app in 2019 ontwikkelden, kozen wij een Amerikaanse dienst voor de crashrapportage.",
            ],
        );
    }

    #[test]
    fn salaries_and_prices_in_a_table_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "| Ingénieur logiciel senior | New York | salaire médian 185 000 USD |",
                "| Position | Italia (mediana, €) | Stati Uniti (mediana, USD) |",
            ],
            &[
                "| Acme Inc. | hosting of the candidate database | New York |",
                "| S-04 | Assistance utilisateurs | Centre de services partagés de Charlotte (Caroline du Nord) | 12 mois | 5 300 € |",
            ],
        );
    }

    #[test]
    fn events_billing_and_a_use_that_ended_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "| Gran Final | 17 – 18 de octubre de 2026 | Las Vegas (Nevada) |",
                "3.1 Licentienemers gevestigd buiten de Europese Economische Ruimte, bijvoorbeeld in de Verenigde Staten of Canada, worden in Amerikaanse dollars gefactureerd tegen een vast omrekeningstarief.",
                "4.2 Fino al 16 luglio 2020 il servizio di reputazione degli IP si avvaleva di un sub-responsabile statunitense aderente al Privacy Shield UE-USA.",
            ],
            &[
                "| Hosting of the tournament's player database | Las Vegas (Nevada) |",
                "Il servizio di reputazione degli IP si avvale di un sub-responsabile statunitense.",
            ],
        );
    }

    #[test]
    fn a_clients_opponent_and_a_company_form_in_general_are_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "2.2 Exemple d'utilisation : dans un litige opposant un Client à Northgate Corp., société du Delaware, devant un tribunal fédéral de l'État de New York.",
                "1.1 Die Mandantin beauftragt die Kanzlei mit der Abwehr von Ansprüchen der Northgate Fasteners Inc., einer Gesellschaft nach dem Recht des Bundesstaates Delaware.",
                "2.1 Das Modul enthält Entscheidungen des Delaware Court of Chancery, etwa zu Treuepflichten von Organmitgliedern einer Delaware corporation.",
                "1.3 Qualora il Cliente sia una società costituita secondo il diritto di uno Stato estero (ad esempio una corporation del Delaware o una GmbH tedesca), il Cliente indica il proprio rappresentante fiscale.",
            ],
            &[
                "Der Anbieter ist die Northgate Fasteners Inc., eine Gesellschaft nach dem Recht des Bundesstaates Delaware.",
                "Northgate Corp., a Delaware corporation (\"Provider\"), provides the Services.",
            ],
        );
    }

    #[test]
    fn the_authors_own_processor_is_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "Anbieterin ist die HireLoop Software Inc., 1800 Congress Avenue, Austin, TX 78701 („Dienstleister“), die für uns als Auftragsverarbeiter gemäß Art. 28 DSGVO tätig wird.",
            ],
            &[
                "Anbieterin ist die HireLoop Software Inc., 1800 Congress Avenue, Austin, TX 78701 („wir“).",
            ],
        );
    }

    #[test]
    fn a_us_entity_without_a_named_state_takes_its_postal_addresss_state() {
        let engine = crate::Engine::new(crate::RuleSet::bundled().unwrap());
        let state = |text: &str| {
            engine
                .analyze(text, &[], 200)
                .into_iter()
                .find(|f| f.category == Category::UsEntity)
                .and_then(|f| f.attributes.get("state").cloned())
        };
        assert_eq!(
            state(
                "1.1 \"Halcyon\" means Halcyon Digital Holdings, Inc., a corporation whose principal executive office is located at 120 Broad Street, New York, NY 10005."
            ),
            Some(json!("US-NY"))
        );
        // A state named outright wins over the address.
        assert_eq!(
            state(
                "This Agreement is between Acme Inc., a Delaware corporation with offices at 1 Main Street, Austin, TX 78701 (\"Acme\"), and the Customer."
            ),
            Some(json!("US-DE"))
        );
    }

    #[test]
    fn transfers_based_on_a_certification_until_the_judgment_are_history() {
        sorts(
            Category::UsTransfer,
            &[
                "3.2 Jusqu'à l'arrêt rendu par la Cour de justice de l'Union européenne le 16 juillet 2020, ces transferts étaient fondés sur la certification des éditeurs au titre du Privacy Shield.",
            ],
            &[
                "3.2 Ces transferts sont fondés sur la certification des éditeurs au titre du Data Privacy Framework.",
            ],
        );
    }

    #[test]
    fn attackers_servers_in_the_us_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "2.3 Les indicateurs sont accompagnés d'une géolocalisation indicative ; une part significative des serveurs de commande et de contrôle observés est hébergée aux États-Unis, en Russie et aux Pays-Bas.",
                "3.1 Een groot deel van de command-and-control-servers in de Feed is gehost bij aanbieders in de Verenigde Staten, Nederland en Duitsland.",
                "6.3 I rapporti riportano statistiche aggregate sulle fonti degli attacchi, inclusi gli indirizzi IP di origine e la loro geolocalizzazione (per esempio, server compromessi negli Stati Uniti, in Cina o in Brasile).",
            ],
            &[
                "Suspicious attachments and malware samples are sent to our partner's sandbox hosted in Austin, Texas.",
                "Indicators of compromise submitted by the customer, which may contain personal data, are stored in the United States.",
                "| DriveMetric Labs, Inc. | Calcul des Indicateurs et scores de conduite | San Mateo, Californie |",
            ],
        );
    }

    #[test]
    fn a_phishing_lure_and_a_comment_on_the_law_are_neither_access_nor_transfer() {
        sorts(
            Category::GovernmentAccess,
            &[
                "3.2 Als initiële toegang wordt een phishingbericht gebruikt met als onderwerp „Subpoena – dagvaarding inzake waterschapsbelasting“.",
                "- «Subpoena»: mensaje que simula una citación de un juzgado mercantil con un enlace a un supuesto expediente;",
            ],
            &["3.2 Wij geven gegevens af op een dagvaarding of een bevel van de rechter."],
        );
        sorts(
            Category::UsTransfer,
            &[
                "Sinds het Hof van Justitie in juli 2020 het EU-VS-privacyschild ongeldig verklaarde, is doorgifte naar de Verenigde Staten juridisch onzeker geworden.",
            ],
            &[
                "Doorgifte naar de Verenigde Staten aan Acme Inc. is juridisch onzeker geworden; wij gebruiken daarom SCC's.",
            ],
        );
    }

    #[test]
    fn a_shipping_table_a_renounced_service_dac7_and_a_condition_on_the_counterparty() {
        sorts(
            Category::UsTransfer,
            &[
                "| Land | Versand | Lieferzeit |\n|---|---|---|\n| USA (nur Kleinmöbel) | 39,00 € / ca. 42 USD | 10–20 Werktage |",
                "4.1 Wir haben uns bewusst entschieden, auf Analyse-, Werbe- und Social-Media-Dienste von Anbietern mit Sitz in den USA zu verzichten.",
            ],
            &["4.1 Wir nutzen Analyse-Dienste von Anbietern mit Sitz in den USA."],
        );
        sorts(
            Category::GovernmentAccess,
            &[
                "3.2 Under Council Directive (EU) 2021/514 (DAC7) we must report certain information about you annually to the Irish Revenue Commissioners, who may share it with the tax authority of the Member State where you are resident.",
            ],
            &[
                "3.2 We report your information to the Internal Revenue Service of the United States on request.",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "Qualora lo Sviluppatore sia una società costituita negli Stati Uniti (ad esempio una LLC del Delaware), dovrà inoltre caricare il modulo fiscale W-9.",
            ],
            &["Lo Sviluppatore è una società costituita nello Stato del Delaware."],
        );
    }

    #[test]
    fn an_announcement_assigned_rights_and_a_tax_law_duty() {
        sorts(
            Category::UsTransfer,
            &[
                "A título informativo, el Sello comunica que la fecha de lanzamiento en Estados Unidos del álbum está prevista para el 16 de septiembre de 2022.",
                "In 2019 zijn de vertaalrechten van het eerste deel overgedragen aan een uitgeverij in New York.",
            ],
            &["In 2019 zijn de klantgegevens overgedragen aan een dienstverlener in New York."],
        );
        sorts(
            Category::GovernmentAccess,
            &[
                "6.4 Snoeck bewaart transactiegegevens gedurende zeven jaar en verstrekt deze aan de Belastingdienst voor zover de belastingwetgeving daartoe verplicht.",
                "Les volumes facturés sont communiqués à l'administration fiscale avec les déclarations de TVA.",
                "Lorsque la loi l'impose, la plateforme transmet à l'administration fiscale les gains des vendeurs qui dépassent les seuils déclaratifs.",
            ],
            &["6.4 Snoeck verstrekt transactiegegevens aan de Belastingdienst op diens verzoek."],
        );
        sorts(
            Category::GovernmentAccess,
            &[
                "Klanten kunnen ons verzoeken om rectificatie of wissing van hun gegevens en kunnen bezwaar maken.",
            ],
            &["De importeur zal het verzoek aanvechten indien het onrechtmatig is."],
        );
    }

    #[test]
    fn a_dutch_question_put_indirectly_needs_its_particle() {
        assert!(
            INDIRECT_QUESTION.is_match("de inschrijver geeft aan of hij onder de cloud act valt.")
        );
        assert!(
            INDIRECT_QUESTION.is_match("licht toe of amerikaanse autoriteiten toegang hebben.")
        );
        assert!(INDIRECT_QUESTION.is_match("beschrijf of de gegevens de eer verlaten."));
        // "geeft ... of" is "gives ... or": consent or a legal duty.
        assert!(!INDIRECT_QUESTION.is_match(
            "tenzij de klant toestemming geeft of het kantoor daartoe wettelijk verplicht is, bijvoorbeeld bij een vordering van de officier van justitie."
        ));
    }

    #[test]
    fn a_company_then_called_the_groups_parent_is_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "De Leverancier behoort tot een concern waarvan Harlow Systems Inc., een vennootschap opgericht naar het recht van de staat Delaware, de uiteindelijke moedermaatschappij is.",
            ],
            &[
                "De Leverancier is Harlow Systems Inc., een vennootschap opgericht naar het recht van de staat Delaware, met kantoor te Amsterdam.",
            ],
        );
    }

    #[test]
    fn a_service_moved_away_and_a_sample_table_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "| March 2021 | Survey hosting migrated from a US-based provider to Kestrel Data BV | Completed |",
                "| Surcharge | 1.2 % | Cards issued outside the EEA, for example in the United States |",
                "| Country | Sample | Mode | Fieldwork partner |\n|---|---|---|---|\n| United States | 1,500 respondents | Telephone | Bison Research LLC |",
            ],
            &[
                "| March 2021 | Survey hosting provided by a US-based provider | Active |",
                "| Country | Sample | Mode | Data stored by |\n|---|---|---|---|\n| United States | 1,500 respondents | Telephone | Bison Research LLC (panel data hosted in the US) |",
            ],
        );
    }

    #[test]
    fn a_commission_table_by_country_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "| Storefront | Product category | Commission | Currency |\n|---|---|---|---|\n| United States | All products | 8 % of net sale value | USD |",
            ],
            &[
                "| Sub-processor | Location | Data | Billing currency |\n|---|---|---|---|\n| Payflow Inc. | United States | Payment card data | USD |",
            ],
        );
    }

    #[test]
    fn a_family_court_order_that_limits_a_parent_and_what_the_user_tells_us_are_no_access() {
        sorts(
            Category::GovernmentAccess,
            &[
                "Please tell us promptly if a court order limits another parent\u{2019}s access to information about your child.",
                "Informez-nous sans délai si une ordonnance du juge aux affaires familiales restreint les droits d'un parent.",
                "Bitte teilen Sie uns umgehend mit, wenn ein Gerichtsbeschluss das Auskunftsrecht des anderen Elternteils einschränkt.",
                "Laat het ons direct weten als een rechterlijke uitspraak de toegang van de andere ouder tot informatie beperkt.",
                "Comuníquenos de inmediato si una resolución judicial limita el acceso del otro progenitor a la información.",
                "Informateci tempestivamente se un provvedimento del giudice limita l'accesso dell'altro genitore alle informazioni.",
            ],
            &[
                "We will tell you promptly if a court order requires us to disclose information about your child.",
                "Wir geben Daten heraus, wenn ein Gerichtsbeschluss dies anordnet.",
                "Comunicaremos los datos si una resolución judicial lo exige.",
            ],
        );
    }

    #[test]
    fn the_authors_named_partner_and_a_processor_running_its_app_are_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "5.2 Het Platform wordt aangeboden door onze technologiepartner Fallguard Technologies LLC en draait op diens servers in Ashburn, Virginia.",
                "3.1 Nous confions l'hébergement à notre prestataire technique Cloudvane Inc., société du Delaware.",
                "4.1 La App es un servicio en la nube desarrollado y operado por Brightnest Family Software, Inc., con domicilio en 1200 Larkspur Avenue, Suite 400, Wilmington, DE 19801, que actúa como encargado del tratamiento en virtud del contrato firmado con el centro.",
            ],
            &[
                "4.1 La App es un servicio en la nube desarrollado y operado por Brightnest Family Software, Inc., con domicilio en 1200 Larkspur Avenue, Suite 400, Wilmington, DE 19801.",
                "Het Platform wordt aangeboden door Fallguard Technologies LLC, een vennootschap naar het recht van Delaware.",
                "Our company, Fallguard Technologies LLC, a Delaware limited liability company, provides the Services.",
            ],
        );
    }

    #[test]
    fn a_company_in_a_footnote_or_owning_the_party_is_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "Il Servizio è fornito da Helionyx Italia S.r.l.\n\n1 Helionyx Holdings Inc. è una società costituita nello Stato della California con sede principale a San Jose.",
                "El Encargado es Identicheck Iberia, S.L.; su matriz, Identicheck Holdings Inc., sociedad constituida en el Estado de Delaware, titular del 100 % del capital del Encargado.",
            ],
            &[
                "1 Vendor’s principal place of business at the Effective Date: 1201 Western Avenue, Suite 900, Seattle, Washington 98101.",
                "El Encargado es Identicheck Holdings Inc., sociedad constituida en el Estado de Delaware.",
            ],
        );
    }

    /// A footnote on a company is about the party when the rest of the
    /// note says so, in a later sentence.
    #[test]
    fn a_footnote_whose_later_sentence_names_the_party_is_kept() {
        use crate::normalize::fold;
        let note = fold(
            "1 Orlinda Systems, Inc. est une société constituée selon le droit de l'État du Delaware.",
        );
        let at = note.find("orlinda").unwrap();
        assert!(suppressed_in(Category::UsEntity, &note, at, note.len(), ""));
        assert!(suppressed_in(
            Category::UsEntity,
            &note,
            at,
            note.len(),
            &fold("Son siège est à Austin (Texas).")
        ));
        for rest in [
            "La société mère n'est pas le cocontractant du client ; le contrat est conclu avec sa filiale.",
            "Die Holding ist nicht Vertragspartnerin dieses Vertrags.",
            "The customer contract was assigned to it in 2024.",
        ] {
            assert!(
                suppressed_in(Category::UsEntity, &note, at, note.len(), &fold(rest)),
                "{rest}"
            );
        }
        for rest in [
            "L'établissement de Lyon n'a pas de personnalité morale : le cocontractant est la société elle-même.",
            "The branch has no separate legal personality; the contracting party is the company itself.",
            "Vertragspartnerin ist die Gesellschaft selbst.",
        ] {
            assert!(
                !suppressed_in(Category::UsEntity, &note, at, note.len(), &fold(rest)),
                "{rest}"
            );
        }
    }

    /// Federal law named after a state's, in the six languages; not a
    /// later clause on federal courts or another subject.
    #[test]
    fn federal_law_after_a_states_law() {
        use crate::normalize::fold;
        for after in [
            " and applicable U.S. federal law.",
            ", and, to the extent applicable, the federal laws of the United States of America.",
            " et, le cas échéant, par le droit fédéral des États-Unis.",
            " sowie ergänzend dem US-Bundesrecht.",
            " y, en lo que resulte aplicable, por la legislación federal de los Estados Unidos.",
            " e, ove applicabile, dalla legge federale degli Stati Uniti.",
            " en, voor zover van toepassing, de federale wetgeving van de Verenigde Staten.",
            ", sin consideración a sus normas sobre conflicto de leyes, y, en la medida en que resulte de aplicación, la legislación federal de los Estados Unidos de América.",
            ", without regard to its conflict-of-laws principles, and, to the extent applicable, the Federal Arbitration Act.",
        ] {
            assert!(federal_law_after(&fold(after)), "{after}");
        }
        for after in [
            ". The federal courts of Oregon have jurisdiction.",
            ", and the parties submit to the federal courts in Portland.",
            ", without regard to its conflict-of-law rules.",
        ] {
            assert!(!federal_law_after(&fold(after)), "{after}");
        }
    }

    #[test]
    fn the_head_of_the_partys_group_is_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "B) Il Gestore fa parte del gruppo facente capo a Meridale Hospitality Corp., società con sede principale in 1 Hudson Commons, New York, NY 10001 (la \"Capogruppo\"), e gestisce alberghi.",
            ],
            &[
                "B) Il Gestore è Meridale Hospitality Corp., società con sede principale in 1 Hudson Commons, New York, NY 10001 (il \"Gestore\"), e gestisce alberghi.",
            ],
        );
    }

    #[test]
    fn a_fund_that_holds_the_new_employers_shares_is_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "3.2 Deren Anteile werden mittelbar über eine Luxemburger Zwischenholding von der Ironbridge Capital Partners Fund III, L.P., einer Limited Partnership nach dem Recht des US-Bundesstaates Delaware, gehalten, die von einem Investmentberater in New York verwaltet wird.",
            ],
            &[
                "3.2 Neue Arbeitgeberin ist die Ironbridge Services LLC, einer Limited Liability Company nach dem Recht des US-Bundesstaates Delaware.",
            ],
        );
    }

    #[test]
    fn model_clauses_for_something_else_are_not_the_sccs() {
        sorts(
            Category::Scc,
            &[
                "Annex 1 — Model clauses for reference requests",
                "2.3 Referentiegesprekken worden gevoerd aan de hand van de Modelclausules en het standaard referentieformulier.",
                "2.4 Concepten die het Platform op basis van de Modelclausules opstelt, zijn uitsluitend bedoeld als eerste aanzet.",
                "Die Modellklauseln für Gewinnspiele sind Anzeigen-Vorlagen ohne Bezug zum Datenschutz.",
                "Les clauses modèles de la charte graphique sont des gabarits éditoriaux.",
            ],
            &[
                "Annex 1 — Model clauses for the transfer of personal data to third countries",
                "Voor de doorgifte naar derde landen gelden de modelclausules van de Europese Commissie.",
            ],
        );
    }

    #[test]
    fn a_region_code_given_as_a_settings_value_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Certains clients S3 exigent un nom de région : indiquez la valeur « us-east-1 » dans le champ région.",
                "Die Bibliothek setzt standardmäßig den Wert us-east-1, ein reiner Platzhalter.",
            ],
            &[
                "Die Sicherungen liegen in der Region us-east-1.",
                "Backups: us-west-2 (Oregon).",
            ],
        );
    }

    /// A question on disclosure to authorities answered right after by a
    /// yes or by the only case it happens is a disclosure; unanswered, or
    /// answered no, it is not.
    #[test]
    fn a_question_answered_yes_is_a_disclosure() {
        use crate::normalize::fold;
        let q = fold("D.4 Do you hand customer data to public authorities?");
        let at = q.find("hand").unwrap();
        let end = q.len() - 1;
        for (rest, suppressed) in [
            ("", true),
            (" No, never.", true),
            (" Never.", true),
            (
                " Only upon a binding order of a court of an EU Member State.",
                false,
            ),
            (" Yes, where a court orders it.", false),
            (" Uniquement sur réquisition judiciaire.", false),
        ] {
            assert_eq!(
                suppressed_in(Category::GovernmentAccess, &q, at, end, &fold(rest)),
                suppressed,
                "{rest}"
            );
        }
    }

    /// An attempt to send data to the US that was stopped is no transfer;
    /// one that was not said to be stopped stays.
    #[test]
    fn a_blocked_attempt_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "An outdated plug-in tried to send crash reports to a server in the United States; the firewall blocked every request.",
                "Ein veraltetes Skript versuchte, Ereignisse an einen Server in den USA zu senden. Die Firewall hat alle Versuche blockiert.",
            ],
            &[
                "An outdated plug-in tried to send crash reports to a server in the United States until we removed it in March.",
            ],
        );
    }

    /// A company that left the group (a "former group company", one the
    /// group divested or whose shares it sold) is neither a recipient nor
    /// the party, unless the sentence says it still serves; a report said
    /// to hold no personal data is no transfer.
    #[test]
    fn a_company_that_left_the_group_and_a_report_without_personal_data() {
        sorts(
            Category::UsTransfer,
            &[
                "The board asked whether the former group company Pellam Controls Inc. (Indianapolis) must be consulted.",
                "Gevraagd is of de voormalige dochteronderneming Pellam Controls Inc. (Columbus) moet worden betrokken.",
                "The quarterly dashboard sent to the client Harwell Stores Inc. (Chicago) holds only volumes, without any personal data.",
                "Le rapport transmis au client Harwell Stores Inc. (Chicago) ne reprend que des volumes, sans aucune donnée à caractère personnel.",
            ],
            &[
                "Our former subsidiary Pellam Controls Inc. (Indianapolis) still hosts the HR records under a transitional services agreement.",
                "The report sent to the client Harwell Stores Inc. (Chicago) contains no personal data other than the names of the account managers.",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "This Agreement was restated after the divestment of Pellam Controls Inc., a Delaware corporation, in 2023.",
                "È stata perfezionata la vendita delle azioni di Marlo Pumps Inc., società costituita nel Delaware, a un fondo.",
                "Los datos se comunican a su sociedad matriz, Corvo Group Inc., sociedad constituida en el Estado de Illinois.",
            ],
            &[
                "Los datos se comunican a su sociedad matriz, Corvo Group Inc. (el Importador), sociedad constituida en el Estado de Illinois.",
            ],
        );
    }

    /// A group company said to have no role, a bank in payment details,
    /// a US place as a plan's name in a table, and a US parent of the
    /// party located in the US: none is a transfer.
    #[test]
    fn a_company_with_no_role_a_bank_a_plan_and_the_partys_parent_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Il gruppo comprende anche Orrin Inc. (Stati Uniti), che distribuisce il prodotto in Nord America; non ha alcun ruolo nel nostro contratto.",
                "| USD account | Hudson Valley Bank, N.A., 140 Broadway, New York, NY 10005 |",
                "| Piano | Virginia (pianificazione turni) | Virginia (pianificazione turni) |",
                "Orrin France SAS est la filiale française du groupe Orrin, dont la société mère, Orrin Inc., est établie à Boston.",
            ],
            &[
                "Il gruppo comprende anche Orrin Inc. (Stati Uniti), che ospita i dati del Cliente.",
                "| Hosting | Hudson Data Centers, 140 Broadway, New York, NY 10005 |",
                "| Data location | Virginia (us-east-1) |",
            ],
        );
    }

    /// A document's language version and an arbitration's rules are not
    /// the governing law.
    #[test]
    fn a_language_version_and_arbitration_rules_are_no_choice_of_law() {
        sorts(
            Category::GoverningLaw,
            &[
                "Il presente Modulo d'ordine è disciplinato dalle Condizioni Generali di Contratto di Orrin (versione italiana 3/2019).",
                "Il procedimento è regolato dal Regolamento Arbitrale della Camera Arbitrale di Milano.",
            ],
            &[
                "Il presente Modulo d'ordine è regolato dal diritto italiano.",
                "Il contratto è regolato dal diritto italiano e dal Regolamento Arbitrale della Camera Arbitrale di Milano.",
            ],
        );
    }

    /// A partner placed in the US "without access to the data", results
    /// whose ownership moves, and access that ended "until that date" are
    /// no transfer; a consortium's model clauses are not the SCCs.
    #[test]
    fn no_access_ownership_of_results_and_access_until_that_date_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "| Consulenza metodologica | Orrin University | Illinois (USA), senza accesso ai dati |",
                "Ciascuna Parte può trasferire la titolarità dei propri Risultati a terzi, inclusi soggetti stabiliti negli Stati Uniti.",
                "1.2 Until that date, remote access by Orrin Support LLC (Denver, Colorado) was based on its certification under the EU-U.S. Data Privacy Framework.",
            ],
            &[
                "| Consulenza metodologica | Orrin University | Illinois (USA), con accesso ai dati |",
                "Remote access by Orrin Support LLC (Denver, Colorado) is based on its certification under the EU-U.S. Data Privacy Framework.",
            ],
        );
        sorts(
            Category::Scc,
            &["Abweichungen von den DESCA-Modellklauseln sind in Anhang 5 kenntlich gemacht."],
            &["Die Übermittlung erfolgt auf Grundlage der Standardvertragsklauseln (Modul 2)."],
        );
    }

    /// Garnishment orders that courts send to the employer are data that
    /// come in, not a disclosure to the courts.
    #[test]
    fn orders_notified_by_courts_are_no_disclosure() {
        sorts(
            Category::GovernmentAccess,
            &["| Datos económicos | Salario, cuenta bancaria, embargos comunicados por juzgados |"],
            &["Los datos podrán ser comunicados por la empresa a los juzgados que los requieran."],
        );
    }

    /// A US cloud region named to say it is not used: the words of
    /// disuse right after it, or an offered or proposed region that the
    /// next sentence drops.
    #[test]
    fn a_cloud_region_that_is_not_used_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "The us-west-2 region listed in the 2022 proposal was dropped in favour of Frankfurt.",
                "De regio us-east-2 (Ohio) is uitgeschakeld voor alle klantomgevingen.",
                "Der Anbieter bietet auch die Region us-east-1 an. Diese ist für Ihr Konto gesperrt.",
                "Il preventivo prevedeva in opzione la regione us-west-1. L'opzione è stata scartata.",
            ],
            &[
                "Customer data is stored in us-east-1 (N. Virginia); access from all other regions is blocked.",
                "Die Daten liegen in der Region us-east-1 (Virginia), die Region eu-west-1 ist deaktiviert.",
                "Our provider offers regions such as us-east-1. We use it for the nightly backups.",
                "Backups are replicated to us-west-2 (Oregon). Older snapshots are deleted after 30 days.",
            ],
        );
    }

    #[test]
    fn a_device_made_by_a_us_company_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "La caméra embarquée est fabriquée par Keystone Sensors, Inc., à Dayton (Ohio), et livrée avec son certificat de conformité.",
            ],
            &[
                "Les données de la caméra sont transmises à Keystone Sensors, Inc., à Dayton (Ohio).",
            ],
        );
    }

    #[test]
    fn a_parts_tables_export_class_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &["| Hydraulikpumpe | Lakeside Fluid Power Inc., Toledo (OH) | US | EAR99 |"],
            &["| Ticketdaten | Lakeside Support Inc., Toledo (OH) | US | Hosting |"],
        );
    }

    #[test]
    fn a_vehicle_registered_in_the_us_is_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "Where the car is registered abroad (in Canada or the United States, say), bring the original registration certificate to the desk.",
            ],
            &["Your booking data is stored in Canada and the United States."],
        );
    }

    #[test]
    fn a_transfer_the_sentence_ends_by_excluding_is_none() {
        sorts(
            Category::UsTransfer,
            &[
                "5.3 Eine Übertragung an Personen, die in den Vereinigten Staaten ansässig sind oder als US-Personen gelten, ist ausgeschlossen.",
            ],
            &[
                "4.1 Eine Übermittlung der Anlegerdaten an die Verwahrstelle in den Vereinigten Staaten ist vorgesehen.",
            ],
        );
    }

    #[test]
    fn a_ride_from_the_airport_is_no_transfer_of_data() {
        sorts(
            Category::UsTransfer,
            &[
                "Art. 4 - Platinum members enjoy a free transfer from the airport to their hotel in Miami.",
            ],
            &[
                "Booking data is transferred to our reservation partner in Miami for the hotel stay.",
            ],
        );
    }

    #[test]
    fn goods_made_in_the_us_and_a_centre_working_in_its_own_hours() {
        sorts(
            Category::UsTransfer,
            &[
                "4.1 Stores use the Halberd HB-7 camera, manufactured in the United States by Halberd Devices.",
            ],
            &[
                "Meldingen en beelden worden afgehandeld door de meldkamer van Waakzaam Monitoring Inc. te Phoenix, Arizona, die in haar eigen middag- en avonduren de nachtdienst voor de Europese klanten verzorgt.",
            ],
        );
    }

    #[test]
    fn a_us_code_spelt_out_and_a_delaware_company_as_content_are_not_findings() {
        sorts(
            Category::UsTransfer,
            &[
                "| US | Unit Supervisor | Docks devices at end of shift |",
                "| US | unbegleiteter Servicezugang (Fremdfirmen mit Einweisung) |",
                "| US | Unidad de Servicio: cada una de las oficinas de atención de la empresa |",
            ],
            &["| US | Hosting of the backups |", "| Backups | US |"],
        );
        sorts(
            Category::UsEntity,
            &[
                "Prüft die Kanzlei das Certificate of Incorporation einer Delaware-Gesellschaft, so geschieht dies im Rahmen des Mandats.",
                "La sezione offre formulari per la costituzione di società di capitali anche secondo il diritto dello Stato del Delaware.",
            ],
            &["Acme Inc. è una società costituita secondo il diritto dello Stato del Delaware."],
        );
    }

    #[test]
    fn the_platform_a_vendor_resells_is_not_the_vendor() {
        sorts(
            Category::UsEntity,
            &[
                "« Éditeur » désigne Relaybridge Communications, Inc., société constituée selon le droit de l'État du Delaware, qui exploite la Plateforme et dont Messalis est le revendeur agréé.",
            ],
            &[
                "Relaybridge Communications, Inc., société constituée selon le droit de l'État du Delaware, exploite la Plateforme.",
            ],
        );
        sorts(
            Category::UsTransfer,
            &["| United States | +1 646 555 0177 (New York) | local | USD 0.02 |"],
            &["| United States | Ashburn data centre | Hosting |"],
        );
    }

    #[test]
    fn a_parent_named_inside_the_match_is_not_the_vendor() {
        sorts(
            Category::UsEntity,
            &[
                "The controller of your personal data is Acme Europe GmbH, Berlin; our parent company Acme Inc. is located in the United States.",
            ],
            &[
                "Acme Inc. is located in the United States and is the controller of your personal data.",
            ],
        );
    }

    #[test]
    fn the_company_behind_a_named_tool_is_not_the_vendor() {
        sorts(
            Category::UsEntity,
            &[
                "Ce service est fourni par Google LLC.",
                "Dieser Dienst wird von der Google LLC betrieben.",
                "Este servicio lo presta Google LLC.",
                "Questo servizio è fornito da Google LLC.",
                "Deze dienst wordt geleverd door Google LLC.",
                "Microsoft Corporation, a Washington corporation, is our cloud provider.",
                "Acme Inc., société de droit du Delaware, est notre prestataire d'hébergement.",
                "We use Calendly, a scheduling tool provided by Calendly LLC, a company based in Atlanta, Georgia, to book demos.",
                "Nous utilisons Typeform, un outil fourni par Typeform Inc., société établie à Austin, Texas.",
                "Wir nutzen Calendly, einen Dienst der Calendly LLC mit Sitz in Atlanta, Georgia, USA.",
            ],
            &[
                "Ce site est édité par Acme Inc.",
                "Diese Website wird von der Acme Inc. betrieben.",
                "This Services Agreement is entered into by and between Acme Inc. and the Customer.",
            ],
        );
    }

    #[test]
    fn a_countrys_regulation_on_a_subject_is_not_a_choice_of_law() {
        sorts(
            Category::GoverningLaw,
            &[
                "Les équipements livrés comportent des pièces soumises à la réglementation américaine sur les exportations.",
                "Les programmes sont soumis à la réglementation américaine (EAR) relative aux biens à double usage.",
            ],
            &["Le présent contrat est soumis à la réglementation française."],
        );
    }

    #[test]
    fn the_language_of_an_arbitration_is_not_its_place() {
        sorts(
            Category::GoverningLaw,
            &[
                "The arbitration shall be conducted in English.",
                "The arbitration proceedings shall be conducted in the English language.",
                "L'arbitrage se déroulera en anglais.",
                "Das Schiedsverfahren wird in deutscher Sprache geführt, die Verhandlung in Englisch.",
            ],
            &["The arbitration shall be conducted in London."],
        );
    }

    #[test]
    fn a_law_said_not_to_apply_is_not_government_access() {
        sorts(
            Category::GovernmentAccess,
            &[
                "De CLOUD Act is daarom niet op ons van toepassing.",
                "The CLOUD Act does not apply to us, as we have no US presence.",
                "Le CLOUD Act ne s'applique pas à notre société.",
                "Der CLOUD Act ist auf uns nicht anwendbar.",
                "La CLOUD Act no nos es aplicable.",
                "Archimede e la sua controllante non rientrano nell'ambito di applicazione del CLOUD Act.",
                "CLOUD-Act-Prüfung: Anbieter ohne US-Konzernbezug → nicht betroffen",
                "As an EU-only group we fall outside the scope of the CLOUD Act.",
                "Nos filiales n'entrent pas dans le champ du CLOUD Act.",
                "Wij vallen buiten het toepassingsgebied van de CLOUD Act.",
                "Nuestra sociedad no entra en el ámbito de la CLOUD Act.",
            ],
            &[
                "De CLOUD Act is van toepassing op onze Amerikaanse hostingpartner.",
                "The obligations in 6.1 do not apply to the extent a Party is required to disclose Confidential Information by an order of a court or of a competent governmental or regulatory authority.",
            ],
        );
    }

    /// A company named as a product's maker or publisher (a role word
    /// before it, "is the author of" after it, or a bracket that defines it
    /// as "the Publisher") is neither a recipient nor the party; the same
    /// company with the data, or defined as the party, is.
    #[test]
    fn a_products_maker_is_no_recipient_and_no_party() {
        sorts(
            Category::UsTransfer,
            &[
                "4.1 Brightwater Corp. (Austin, Texas) is the author and manufacturer of the historian software.",
                "1.3 Der Hersteller Bexley Systems Corp. mit Sitz in Austin, Texas, Vereinigte Staaten, ist nicht Partei dieses Vertrags.",
            ],
            &[
                "4.1 Brightwater Corp. (Austin, Texas) hosts the historian data for the Customer.",
                "1.3 Der Hersteller Bexley Systems Corp. mit Sitz in Austin, Texas, speichert die Protokolldaten des Kunden.",
                "2.2 Les Contenus sont journalisés par l'Éditeur dans ses centres de traitement de Denver et d'Atlanta pendant quatre-vingt-dix (90) jours.",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "(B) The Transferor holds perpetual licences to certain software published by Ironmark Corporation of Raleigh, North Carolina (the \"Publisher\").",
                "3.1 L'accesso e l'utilizzo della piattaforma sono disciplinati dai Termini di Servizio di Brightvale Software LLC (il Produttore), revisione gennaio 2024.",
            ],
            &[
                "This Agreement is made between Ironmark Corporation of Raleigh, North Carolina (the \"Licensor\") and the Customer.",
            ],
        );
    }

    /// Registers and internal policies: tools evaluated and turned down
    /// (in a row's decision cell or in prose), zero counts, sales
    /// subsidiaries, blocked tools, and the labour inspectorate, vendors
    /// asked whether, border searches and access during a US stay.
    #[test]
    fn registers_and_policies_sort_candidates_from_recipients() {
        sorts(
            Category::UsTransfer,
            &[
                "| A | Plataforma en la nube de un fabricante con sede en Austin (Texas) | Las imágenes se envían a la nube del fabricante; soporte desde Estados Unidos | Descartada |",
                "| Video-sollicitatietool | aanbieder gevestigd in de Verenigde Staten, opslag aldaar | afgewezen (januari 2025) |",
                "4.1 Im Herbst 2021 wurde ein CRM-System eines Anbieters mit Sitz und Rechenzentren in den Vereinigten Staaten geprüft. Die Geschäftsführung hat am 30.11.2021 entschieden, das System nicht einzuführen.",
                "| Kennzahl | Wert |\n|---|---|\n| Flux vers les États-Unis | 0 |",
                "4.2 Die Rheintal Armaturen GmbH hat eine Vertriebs- und Servicetochter, die Rheintal Valves Inc. mit Sitz in Wilmington, Delaware.",
                "Most of them are operated from the United States and retain Prompts under terms we have not negotiated; that is the reason they are blocked on the Company network.",
            ],
            &[
                "| A | Plataforma en la nube de un fabricante con sede en Austin (Texas) | Las imágenes se envían a la nube del fabricante; soporte desde Estados Unidos | Adoptada |",
                "4.1 Im Herbst 2021 wurde ein CRM-System eines Anbieters mit Sitz und Rechenzentren in den Vereinigten Staaten eingeführt.",
                "| Kennzahl | Wert |\n|---|---|\n| Flux vers les États-Unis | 3 |",
                "4.2 Unsere Vertriebstochter Rheintal Valves Inc. mit Sitz in Wilmington, Delaware, speichert die Daten unserer Kunden.",
                "Während des Aufenthalts in den USA ist der Zugriff auf ERP und CRM über das Unternehmens-VPN zulässig.",
            ],
        );
        sorts(
            Category::GovernmentAccess,
            &[
                "- conservación del registro de jornada a disposición de los trabajadores, sus representantes y la Inspección de Trabajo y Seguridad Social, en los términos del art. 34.9 del Estatuto de los Trabajadores.",
                "3.1 In sede di selezione il Poliambulatorio ha chiesto ai fornitori candidati se fossero soggetti a normative extra-UE che possano imporre la consegna dei dati ad autorità estere.",
                "3.1 De verstrekkingen aan de Belastingdienst (O-06) en het UWV (O-07) vloeien voort uit de Wet op de loonbelasting 1964 en de Ziektewet.",
            ],
            &[
                "Les agents des douanes et de la protection des frontières disposent d'un pouvoir d'inspection des appareils des voyageurs.",
                "Si un agente exige la contraseña, el contenido puede ser copiado y conservado por las autoridades.",
                "Il fornitore consegna i dati alle autorità estere che li richiedono.",
            ],
        );
    }

    /// Data-sharing agreements: the data shared named by its adjective,
    /// a party's environment named by its US place, an owner that
    /// controls a party, an ultimate parent.
    #[test]
    fn data_sharing_agreements_sort_owners_from_recipients() {
        sorts(
            Category::GovernmentAccess,
            &["4.4 Neither Party shall disclose the Supplied Data to any third party."],
            &[
                "4.4 Neither Party shall disclose the Supplied Data to any third party, except where required by law or by an order of a court or regulator of competent jurisdiction.",
            ],
        );
        sorts(
            Category::UsTransfer,
            &[
                "1.3 «Affiliata»: Northgate Retail Analytics Inc., con sede a Chicago, Illinois (Stati Uniti), che controlla il Licenziatario.",
            ],
            &[
                "The Shared Data are hosted in Lanternfly's Boston, MA environment.",
                "1.3 Northgate Retail Analytics Inc., con sede a Chicago, Illinois (Stati Uniti), riceve i dati dei clienti.",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "Que la Compradora es una sociedad española perteneciente a un grupo internacional cuya sociedad dominante última es Canterbury Learning Group, Inc., una sociedad de Delaware.",
            ],
            &["La Compradora es Canterbury Learning Group, Inc., una sociedad de Delaware."],
        );
    }

    #[test]
    fn a_request_never_received_is_not_government_access() {
        sorts(
            Category::GovernmentAccess,
            &[
                "We have never received a request from a US authority.",
                "Nous n'avons jamais reçu de demande d'une autorité américaine.",
                "Wir haben noch nie eine Anfrage einer US-Behörde erhalten.",
                "Nunca hemos recibido una orden de una autoridad estadounidense.",
                "Non abbiamo mai ricevuto una richiesta di un'autorità statunitense.",
                "Wij hebben nog nooit een bevel van een Amerikaanse rechtbank ontvangen.",
            ],
            &["Nous avons reçu deux demandes d'une autorité américaine."],
        );
    }

    #[test]
    fn glossary_entries_and_supervision_are_not_government_access() {
        for s in [
            "Réquisition judiciaire : demande adressée par un officier de police judiciaire à un organisme.",
            "**Êtes-vous soumis au CLOUD Act américain ?**",
            "The Processor shall help the Controller inform the supervisory authority of a personal data breach at the request of the police.",
            "Da einige Korrespondenzbanken dies verlangen, beziehen wir zusätzlich die öffentlich verfügbare Liste des US-amerikanischen Office of Foreign Assets Control (OFAC) und führen den Abgleich auf unseren Systemen durch.",
            "1 Clarifying Lawful Overseas Use of Data Act (CLOUD Act), de 2018.",
        ] {
            assert!(!found(s).contains(&Category::GovernmentAccess), "{s}");
        }
        assert!(found("Blocked payments are reported to the Office of Foreign Assets Control within ten days.")
            .contains(&Category::GovernmentAccess));
        assert!(found("If the Processor receives a request from a police force for disclosure of the Personal Data, it shall notify the Controller.")
            .contains(&Category::GovernmentAccess));
        // A regulator named beside the police, outside a breach notice.
        for s in [
            "Wir geben Ihre Daten an Aufsichtsbehörden, Strafverfolgungsbehörden oder andere weiter, wenn wir eine rechtliche Anfrage erhalten.",
            "We share your information with supervisory authorities and law enforcement in response to a subpoena.",
        ] {
            assert!(found(s).contains(&Category::GovernmentAccess), "{s}");
        }
    }

    #[test]
    fn the_state_of_georgia_in_french_is_the_us_state() {
        let law = |text: &str| {
            let engine = crate::Engine::new(crate::RuleSet::bundled().unwrap());
            engine
                .analyze(text, &[], 200)
                .into_iter()
                .filter(|f| f.category == Category::GoverningLaw)
                .filter_map(|f| f.attributes.get("law").cloned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            law(
                "Le présent contrat est régi par les lois de l'État de Géorgie (États-Unis d'Amérique)."
            ),
            vec![json!("US-GA")]
        );
        assert_eq!(
            law(
                "Le présent contrat est régi par le droit géorgien, les tribunaux de Tbilissi étant compétents."
            ),
            vec![json!("GE")]
        );
    }

    #[test]
    fn england_and_wales_names_both_codes() {
        let engine = crate::Engine::new(crate::RuleSet::bundled().unwrap());
        let law = |text: &str| -> Value {
            engine
                .analyze(text, &[], 200)
                .into_iter()
                .find(|f| f.category == Category::GoverningLaw)
                .map(|f| f.attributes["law"].clone())
                .unwrap_or(Value::Null)
        };
        assert_eq!(
            law("This Agreement is governed by the law of England and Wales."),
            json!(["GB-ENG", "GB-WLS"])
        );
        assert_eq!(
            law("Le présent contrat est régi par le droit de l'Angleterre et du pays de Galles."),
            json!(["GB-ENG", "GB-WLS"])
        );
        assert_eq!(
            law("This Agreement is governed by the laws of England."),
            json!("GB-ENG")
        );
        assert_eq!(
            law("This Agreement is governed by English law."),
            json!("GB-ENG")
        );
        // US federal law chosen beside a state's, in the same match.
        assert_eq!(
            law(
                "All questions concerning the Licensed U.S. Patents shall be determined in accordance with the patent laws of the United States of America and, to the extent state law is relevant, the laws of the State of California."
            ),
            json!(["US-CA", "US"])
        );
    }

    #[test]
    fn smaller_countries_are_known_in_six_languages() {
        let g = crate::RuleSet::bundled().unwrap().gazetteer;
        for (name, code) in [
            ("Singapore", "SG"),
            ("singapourien", "SG"),
            ("Papua New Guinea", "PG"),
            ("Papouasie-Nouvelle-Guinée", "PG"),
            ("Costa Rica", "CR"),
            ("Marokko", "MA"),
            ("Emiratos Árabes Unidos", "AE"),
            ("Trinidad e Tobago", "TT"),
            ("Kaapverdië", "CV"),
        ] {
            assert_eq!(g.code(name), Some(code), "{name}");
        }
        // Ordinary words and first names are not places.
        for word in ["réunion", "Maurice", "Jordan", "Granada"] {
            assert_eq!(g.code(word), None, "{word}");
        }
    }

    #[test]
    fn a_us_parent_named_after_the_subsidiary_is_not_the_party() {
        use crate::normalize::fold;
        let s =
            fold("Hexacloud SAS, a subsidiary of Nimbus Holdings, Inc., a Delaware corporation.");
        let at = s.find("a delaware").unwrap();
        assert!(suppressed(Category::UsEntity, &s, at, at));
        let s = fold(
            "\"Google Entity\" means Google LLC, Google Ireland Limited or any other Affiliate of Google LLC.",
        );
        assert!(!suppressed(Category::UsEntity, &s, 0, 0));
    }

    /// Where the match sits: the text inside `[...]` of `s` (folded).
    fn marked(s: &str) -> (String, usize, usize) {
        let f = crate::normalize::fold(s);
        let at = f.find('[').unwrap();
        let end = f.find(']').unwrap() - 1;
        (f.replace(['[', ']'], ""), at, end)
    }

    #[test]
    fn a_law_said_not_to_reach_the_provider_in_the_next_sentences() {
        for (after, later) in [
            (" dat is bij kanaalsoft niet het geval. 3.4 omdat", ""),
            (
                ". iberocumulo no esta sujeta a dichas normas: no tiene presencia",
                "",
            ),
            (". 4.3 elles n'entrent pas dans ce champ.", ""),
            (
                "",
                "4.3 ne ortensia ne i suoi sub-fornitori hanno presenza negli stati uniti. le normative citate non trovano pertanto applicazione ai dati della compagnia.",
            ),
        ] {
            assert!(law_denied_after(after, later), "{after} / {later}");
        }
        for (after, later) in [
            // another party's record, not the law's reach
            (
                ". 4.2 plover itself has never received a request from a public authority.",
                "",
            ),
            (". sandpiper will notify plover of any such request.", ""),
            // a condition, not a conclusion
            (
                "",
                "12.1 to the extent such laws do not apply, by the laws of the state of delaware.",
            ),
        ] {
            assert!(!law_denied_after(after, later), "{after} / {later}");
        }
    }

    #[test]
    fn context_that_takes_a_match_back() {
        let cases: &[(Category, &str, bool)] = &[
            // what is lacking, or removed from a list
            (
                Category::UsTransfer,
                "Ce cadre ne s'applique pas ici, faute de [destinataire établi aux États-Unis].",
                true,
            ),
            (
                Category::UsTransfer,
                "In the absence of any [recipient in the United States], no TIA is needed.",
                true,
            ),
            (
                Category::UsTransfer,
                "In the absence of an adequacy decision, [personal data transferred to the United States] is protected by SCCs.",
                false,
            ),
            (
                Category::UsTransfer,
                "| 31 mars 2025 | Retrait de Telemark Support [LLC (États-Unis)] | fin du contrat |",
                true,
            ),
            (
                Category::UsTransfer,
                "| 2 June 2025 | Addition of Acme Support [Inc. (USA)] | support |",
                false,
            ),
            (
                Category::UsTransfer,
                "| [Halcyon Mail Inc. | Notifiche e-mail | Stati Uniti] | Cessato dal 31 marzo 2023 |",
                true,
            ),
            (
                Category::UsTransfer,
                "| [Halcyon Mail Inc. | Notifiche e-mail | Stati Uniti] | Attivo dal 1° aprile 2023 |",
                false,
            ),
            (
                Category::UsTransfer,
                "Der Eintrag „Acme [Inc., Boston, Vereinigte Staaten] – Ticketsystem“ ist entfallen.",
                true,
            ),
            (
                Category::UsTransfer,
                "Dal 31 marzo 2023 cesserà il rapporto con Halcyon Mail [Inc., con sede a Denver (Colorado)], finora incaricata dell'invio.",
                true,
            ),
            (
                Category::UsTransfer,
                "[Eine Übermittlung in die Vereinigten Staaten] findet weder durch uns noch durch Acme statt.",
                true,
            ),
            (
                Category::UsEntity,
                "ENTRE : Tessel, [Inc., société de droit californien] dont le siège est à San Francisco (le « Cédant »)",
                true,
            ),
            (
                Category::UsEntity,
                "ENTRE : Tessel, [Inc., société de droit californien] dont le siège est à San Francisco (le « Prestataire »)",
                false,
            ),
            (
                Category::UsTransfer,
                "Le [support de niveau 3 auparavant assuré par Acme LLC depuis Denver (Colorado)] est désormais réalisé à Rennes.",
                true,
            ),
            (
                Category::UsTransfer,
                "Le [support de niveau 3 est assuré par Acme LLC depuis Denver (Colorado)].",
                false,
            ),
            // a trademark registered in the US
            (
                Category::UsTransfer,
                "Apple and App Store are trademarks of Apple Inc., [registered in the U.S.] and other countries.",
                true,
            ),
            (
                Category::UsTransfer,
                "Our trademark files are [stored in the U.S.]",
                false,
            ),
            // a past mechanism replaced by a current one: the transfer goes on
            (
                Category::UsTransfer,
                "[Transfers to our US affiliates were previously made under the Privacy Shield] and are now made under the SCCs.",
                false,
            ),
            (
                Category::UsTransfer,
                "[Transfers to our US affiliates were previously made under the Privacy Shield]; all data now stays in the EU.",
                true,
            ),
            // a question answered "no"
            (
                Category::UsTransfer,
                "| 2.4 | Sous-traitants ultérieurs [situés aux États-Unis] | Aucun |",
                true,
            ),
            (
                Category::UsTransfer,
                "| 2.4 | Sous-traitants ultérieurs [situés aux États-Unis] | Acme Inc. (support) |",
                false,
            ),
            (
                Category::GovernmentAccess,
                "| C1 | Valt uw organisatie onder de [Amerikaanse CLOUD Act] of FISA? | Nee | geen vestiging |",
                true,
            ),
            (
                Category::GovernmentAccess,
                "| C1 | Valt uw organisatie onder de [Amerikaanse CLOUD Act] of FISA? | Ja |",
                false,
            ),
            // a "Delaware flip" talked of
            (
                Category::UsEntity,
                "Les investisseurs ont évoqué un « Delaware flip », le transfert de la holding vers [une société de droit de l'État du Delaware] ; il n'a pas eu lieu.",
                true,
            ),
            // a recipient replaced by a European one
            (
                Category::UsTransfer,
                "Wij vervangen [onze Amerikaanse leverancier] voor videogesprekken door een Europese leverancier.",
                true,
            ),
            (
                Category::UsTransfer,
                "Wij vervangen de Europese leverancier door [onze Amerikaanse leverancier].",
                false,
            ),
            // ... or after a colon
            (
                Category::UsTransfer,
                "De klant vroeg of de export een [doorgifte naar de VS] inhoudt: neen, het is een bestandsformaat.",
                true,
            ),
            (
                Category::UsTransfer,
                "Backups go to [a data centre in the USA]: none of them leaves the provider's control.",
                false,
            ),
            // Mexico's name
            (
                Category::UsTransfer,
                "servidores ubicados en Querétaro, [Querétaro, Estados Unidos] Mexicanos.",
                true,
            ),
            (
                Category::UsTransfer,
                "servidores ubicados en [Estados Unidos].",
                false,
            ),
            // a shareholder, a group's subsidiaries
            (
                Category::UsEntity,
                "Il cui capitale è detenuto per il 49% da Aurora [Corporation, società costituita nello Stato di Washington].",
                true,
            ),
            (
                Category::UsEntity,
                "The group has two subsidiaries: Acme BV and Acme North America [Inc., a Delaware corporation].",
                true,
            ),
            (
                Category::UsEntity,
                "Acme North America [Inc., a Delaware corporation], provides the service.",
                false,
            ),
            // a law quoted in an amendment that deletes it
            (
                Category::GoverningLaw,
                "1.1 Clause 24.1 of the MSA (\"This Agreement [shall be governed by the laws of Ireland]\") is deleted in its entirety.",
                true,
            ),
            (
                Category::GoverningLaw,
                "1.2 Clause 24.1 now reads: \"This Agreement [shall be governed by the laws of the State of Washington]\".",
                false,
            ),
            // the hosting providers' safe harbour
            (
                Category::PrivacyShield,
                "As a hosting service we rely on the liability exemption (the \"[safe harbour]\") in Article 6 of Regulation (EU) 2022/2065.",
                true,
            ),
            (
                Category::PrivacyShield,
                "The EU-US [Safe Harbor] framework was invalidated by the Court of Justice in 2015.",
                false,
            ),
            (
                Category::PrivacyShield,
                "Its predecessor [Safe Harbor] (the EU-US framework, not the DSA/DMCA \"safe harbour\" of hosting providers).",
                false,
            ),
            (
                Category::UsEntity,
                "RutaFit está participada mayoritariamente por RutaFit Holdings, [Inc., sociedad constituida conforme a las leyes del Estado de Delaware].",
                true,
            ),
            // a tool's vendor in a website's privacy notice
            (
                Category::UsEntity,
                "Il portale utilizza lo strumento di statistica WebMetrica, fornito da WebMetrica Analytics [LLC, società costituita secondo il diritto del Delaware].",
                true,
            ),
            (
                Category::UsEntity,
                "Il servizio è fornito da WebMetrica Analytics [LLC, società costituita secondo il diritto del Delaware].",
                false,
            ),
            // a bilingual table's column headers
            (
                Category::GoverningLaw,
                "9. [Droit applicable et juridiction English] | Français |",
                true,
            ),
            (
                Category::GoverningLaw,
                "[Droit applicable : anglais] ; tribunaux de Londres",
                false,
            ),
            // the statute that governs the processing, not a chosen law
            (
                Category::GoverningLaw,
                "Il trattamento dei dati resta invece [regolato dal GDPR e dal Codice privacy italiano].",
                true,
            ),
            (
                Category::GoverningLaw,
                "Il presente accordo è [regolato dalla legge italiana].",
                false,
            ),
            // an employer's statutory declarations
            (
                Category::GovernmentAccess,
                "Les données de paie sont [transmises aux organismes de protection sociale et à l'administration fiscale] au moyen de la DSN.",
                true,
            ),
            (
                Category::GovernmentAccess,
                "Nous pouvons [communiquer vos données aux autorités fiscales] sur leur demande.",
                false,
            ),
            // the other side of a dispute; an invented company
            (
                Category::UsEntity,
                "Marrowfield B.V. is in a dispute with Hollis Packaging Corp., [a Delaware corporation], about trays.",
                true,
            ),
            (
                Category::UsEntity,
                "This Agreement is made between Marrowfield B.V. and Hollis Packaging Corp., [a Delaware corporation].",
                false,
            ),
            (
                Category::UsEntity,
                "The quiz describes a fictional shipping company [incorporated in Delaware].",
                true,
            ),
            // an "Inc." of another country
            (
                Category::UsTransfer,
                "Exportador: Ribera Textil, S.A. — [Importador: Luzon Support Partners, Inc] (Manila, Filipinas).",
                true,
            ),
            (
                Category::UsTransfer,
                "[Importador: Luzon Support Partners, Inc], Austin, Texas; soporte desde Filipinas.",
                false,
            ),
            // the importer of the SCCs' Module Three
            (
                Category::UsEntity,
                "Module Two between Customer and Vendor, and Module Three [between Vendor and Vendor Holdings, Inc].",
                true,
            ),
            (
                Category::UsEntity,
                "Module Two [between Customer and Vendor Holdings, Inc].",
                false,
            ),
            // a company the party owns
            (
                Category::UsEntity,
                "Brightfold Support LLC, [a Delaware limited liability company] wholly owned by the Supplier, staffs the night desk.",
                true,
            ),
            (
                Category::UsEntity,
                "Brightfold Support LLC, [a Delaware limited liability company] wholly owned by the Supplier's parent, is the Supplier.",
                false,
            ),
            // a customer's complaint quoted as an example
            (
                Category::GovernmentAccess,
                "If this is not fixed, I will [report the company to the FBI].",
                true,
            ),
            (
                Category::GovernmentAccess,
                "Si no lo arreglan, ya he [denunciado los hechos ante la policía].",
                true,
            ),
            (
                Category::GovernmentAccess,
                "If we suspect fraud, we may [report you to the FBI].",
                false,
            ),
            (
                Category::UsEntity,
                "| Testfall 7 | Brookfield Analytics [Delaware LLC] (nicht existent) | 9 Sample Road, Dover |",
                true,
            ),
            (
                Category::UsEntity,
                "Anbieter ist die Brookfield Analytics [Delaware LLC] (der „Anbieter“).",
                false,
            ),
            // money and people moved, not data
            (
                Category::UsTransfer,
                "Fees are paid by wire [transfer to our bank account at First Bank in New York].",
                true,
            ),
            (
                Category::UsTransfer,
                "Employees [transferred to our office in Chicago] keep their benefits.",
                true,
            ),
            (
                Category::UsTransfer,
                "The records of employees [transferred to our office in Chicago] are encrypted.",
                false,
            ),
            (
                Category::UsTransfer,
                "Personal data of our staff is [hosted by Brightwell in its data centres in Texas].",
                false,
            ),
            // a requirement not to be subject to a law; a question put
            // indirectly; data protected from the authorities; keys kept
            // under the customer's control
            (
                Category::GovernmentAccess,
                "Le titulaire ne doit pas être soumis à une législation telle que le [CLOUD Act].",
                true,
            ),
            (
                Category::GovernmentAccess,
                "Der Auftragnehmer darf keinem Recht eines Drittstaats wie dem [CLOUD Act] unterliegen.",
                true,
            ),
            (
                Category::GovernmentAccess,
                "Bieter durften keinem Recht eines Drittstaats unterliegen, das [Behörden dieses Staates einen Zugriff] auf die Daten eröffnet.",
                true,
            ),
            (
                Category::GovernmentAccess,
                "El licitador declarará que ni él ni sus subcontratistas están sometidos a normas como la [CLOUD Act].",
                true,
            ),
            (
                Category::GovernmentAccess,
                "Tenderers shall state whether they are subject to the [CLOUD Act].",
                true,
            ),
            // staff vetted by the police, not data handed to it
            (
                Category::GovernmentAccess,
                "Every member of its staff has been vetted by [An Garda Síochána through the National Vetting Bureau], as required for work with children.",
                true,
            ),
            (
                Category::GovernmentAccess,
                "The Contractor shall disclose Customer Data to [An Garda Síochána] on receipt of a valid warrant.",
                false,
            ),
            (
                Category::GovernmentAccess,
                "As a US company, the Supplier is subject to the [CLOUD Act].",
                false,
            ),
            (
                Category::GovernmentAccess,
                "The platform ensures that data is protected from [access by third-country public authorities].",
                true,
            ),
            (
                Category::GovernmentAccess,
                "[Encryption keys are held in an HSM under the sole control of the Agency].",
                true,
            ),
            (
                Category::GovernmentAccess,
                "We may hand over [encryption keys to a government agency] where a court orders it.",
                false,
            ),
            // a certification scheme named by its country
            (
                Category::UsTransfer,
                "Zertifizierungen von [Drittstaaten – etwa FedRAMP (USA]) – werden nicht als gleichwertig anerkannt.",
                true,
            ),
            // the head of the group
            (
                Category::UsEntity,
                "Le Candidat appartient au groupe Nebulys, dont la société tête est Nebulys Holdings, [Inc., société constituée dans l'État du Delaware].",
                true,
            ),
            // a maker of goods; a supplier's tool; a slogan; drafting
            // precedents
            (
                Category::UsEntity,
                "ShieldWall appliances are manufactured by Kestrel Networks, [Inc., a Delaware corporation], and supplied by Penwith.",
                true,
            ),
            (
                Category::UsEntity,
                "This Agreement is made by and between Kestrel Networks, [Inc., a Delaware corporation], and Penwith Ltd.",
                false,
            ),
            (
                Category::UsEntity,
                "Il servizio di help-desk utilizza la piattaforma di ticketing di Ticketbay, [Inc. (San Mateo, California)].",
                true,
            ),
            (
                Category::PrivacyShield,
                "SAUVEGARDES ARMORICAINES « Votre [bouclier de protection des données] d'entreprise »",
                true,
            ),
            (
                Category::PrivacyShield,
                "Pour plus de détails, voir notre [Privacy Shield] Notice.",
                false,
            ),
            (
                Category::Scc,
                "The [model clauses] are drafting precedents only: adapt them to the transaction.",
                true,
            ),
            // a platform used; a shareholder
            (
                Category::UsEntity,
                "De Module wordt geleverd met gebruikmaking van het filterplatform van Bastion Mail Security, [LLC, een vennootschap opgericht naar het recht van de staat Washington].",
                true,
            ),
            (
                Category::UsEntity,
                "Il restante 30 % è detenuto da Loomstone Investments Inc., [una Delaware corporation], investitore finanziario.",
                true,
            ),
            // technical data of machines, not of persons
            (
                Category::UsTransfer,
                "Ces données techniques sont [transmises au centre d'expertise du groupe à Pittsburgh] pour le diagnostic des fours.",
                true,
            ),
            (
                Category::UsTransfer,
                "I dati tecnici dell'app sono [trasmessi a Crashlytix Corp. a Boston].",
                false,
            ),
            // the frameworks' recourse for individuals, not the contract's
            // disputes
            (
                Category::GoverningLaw,
                "If you have an unresolved complaint about our compliance with the EU-U.S. DPF Principles, you may refer it free of charge [to JAMS], our independent recourse mechanism.",
                true,
            ),
            (
                Category::GoverningLaw,
                "Any dispute arising out of this Agreement shall be settled by binding arbitration [administered by JAMS] in San Francisco.",
                false,
            ),
        ];
        for (category, s, want) in cases {
            let (text, at, end) = marked(s);
            assert_eq!(suppressed(*category, &text, at, end), *want, "{s}");
        }
    }

    #[test]
    fn us_entities_serving_only_non_european_users_are_not_flagged() {
        use crate::normalize::fold;
        for s in [
            "For everyone else, Example Inc. is the data controller.",
            "If you live outside the EEA, Example, Inc., a Delaware corporation, provides the service.",
            "Pour les autres utilisateurs, le responsable du traitement est Example Inc.",
            "Wenn Sie außerhalb der EU wohnen, ist Example LLC verantwortlich.",
            "Per tutti gli altri utenti, il titolare è Example Inc.",
        ] {
            assert!(suppressed(Category::UsEntity, &fold(s), 0, 0), "{s}");
        }
        for s in [
            "Example, Inc., a Delaware corporation, provides the service to you.",
            "The controller is Example LLC, 1 Market Street, San Francisco.",
        ] {
            assert!(!suppressed(Category::UsEntity, &fold(s), 0, 0), "{s}");
        }
    }

    #[test]
    fn privacy_shield_stance() {
        // A French month is no Italian "mai" (never); a Spanish "apoyado"
        // denied; the end of the framework; a certificate "bis ... gültig".
        assert_eq!(
            stance(
                "le dpa actuel de quillon (version de mai 2020) invoque toujours leur certification au bouclier de protection des donnees comme fondement principal des transferts."
            ),
            "relies"
        );
        assert_eq!(
            stance("datalia nunca se ha apoyado en el escudo de la privacidad."),
            "negated"
        );
        assert_eq!(
            stance(
                "nach dem ende des privacy shield im sommer 2020 haben wir standardvertragsklauseln abgeschlossen."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "die teilnahme kann unter privacyshield.gov eingesehen werden; die zertifizierung des dienstleisters ist bis zum 11. juli 2020 gultig."
            ),
            "relies"
        );
        // A past habit of use: history.
        assert_eq!(
            stance(
                "desde 2018, el anexo 4 incorpora las clausulas, que se utilizaban junto con la autocertificacion de nuestra sociedad hermana en el escudo de la privacidad ue-ee. uu."
            ),
            "historical"
        );
        // "bis" before a duration, not a date: not history.
        assert_eq!(
            stance(
                "| tagwerk analytics inc. | palo alto | statistik | bis 2 jahre | privacy shield |"
            ),
            "relies"
        );
        assert_eq!(
            stance("die ubermittlung stutzte sich bis 16. juli 2020 auf den privacy shield."),
            "historical"
        );
        assert_eq!(
            stance("bis 2020 stutzten wir uns auf den privacy shield."),
            "historical"
        );
        // Its lapse as a condition: not history.
        assert_eq!(
            stance(
                "3.4 indien de certificering vervalt of het privacyschild niet langer als passende waarborg kan dienen, sluiten partijen onverwijld de standaardcontractbepalingen (besluit 2010/87/eu van de europese commissie)."
            ),
            "relies"
        );
        // A former version referred to it: history.
        assert_eq!(
            stance(
                "2.1 anlage 4 des hauptvertrags sah als grundlage fur die ubermittlung personenbezogener daten an den anbieter dessen selbstzertifizierung nach dem eu-us-datenschutzschild vor."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "4.2 nella versione 2018.1 del presente accordo era previsto il ricorso a un fornitore di ticketing aderente allo scudo ue-usa per la privacy."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "3.3 in versie 2.2 van deze overeenkomst werd nog verwezen naar het eu-vs-privacyschild voor een analysedienst."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "la version 1.4 de l'accord faisait encore reference au bouclier de protection des donnees ue-etats-unis."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "3.2 we confirm that neither sas-dac nor any of the sub-processors listed in section 2 has relied on the privacy shield to process customer personal data."
            ),
            "negated"
        );
        assert_eq!(
            stance(
                "none of the sub-processors listed in the annex has relied on the privacy shield."
            ),
            "negated"
        );
        // "No longer a valid basis": it was one (historical), not "we do
        // not rely on it" (negated).
        assert_eq!(
            stance(
                "dopo la sentenza schrems ii lo scudo ue-usa per la privacy non costituisce piu una valida base per i trasferimenti."
            ),
            "historical"
        );
        assert_eq!(
            stance("le bouclier de protection des donnees ne constitue plus un fondement valable."),
            "historical"
        );
        assert_eq!(
            stance(
                "(4) lemantel ne fonde aucun transfert sur le bouclier de protection des donnees suisse-etats-unis."
            ),
            "negated"
        );
        assert_eq!(
            stance(
                "la versione 2.1 del dpa prevedeva che i log fossero conservati presso un fornitore aderente allo scudo ue-usa per la privacy."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "gatherly shall provide at least the same level of protection as is required by the privacy shield principles and shall notify customer if it determines that it can no longer do so."
            ),
            "relies"
        );
        assert_eq!(
            stance("we comply with the eu-u.s. privacy shield framework."),
            "relies"
        );
        assert_eq!(
            stance("the privacy shield was invalidated by the cjeu in july 2020."),
            "historical"
        );
        // a fallback for an invalidation to come: a condition, in German
        // with the verb last and two events
        assert_eq!(
            stance(
                "sollte die zertifizierung unseres lieferanten erloschen oder der beschluss (eu) 2016/1250 der kommission aufgehoben werden, gelten die standardvertragsklauseln."
            ),
            "relies"
        );
        assert_eq!(
            stance(
                "si le bouclier de protection des donnees venait a etre invalide, les clauses types s'appliqueraient."
            ),
            "relies"
        );
        assert_eq!(stance("we do not rely on the privacy shield."), "negated");
        assert_eq!(
            stance(
                "guadalmar no transfiere datos a los estados unidos ni se acoge al escudo de la privacidad."
            ),
            "negated"
        );
        assert_eq!(
            stance(
                "rutherglen has not relied on the eu-us privacy shield since the judgment of the court of justice in case c-311/18."
            ),
            "historical"
        );
        assert_eq!(
            stance("we have not relied on the privacy shield, since we make no transfers."),
            "negated"
        );
        assert_eq!(
            stance("la cour a invalide le bouclier ; acme ne s'appuie plus sur ce mecanisme."),
            "historical"
        );
        assert_eq!(
            stance(
                "- 2016-2020: trasferimenti oltreoceano fondati sullo scudo ue-usa per la privacy"
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "the parent's privacy shield certification has not been relied upon since the schrems ii judgment of july 2020."
            ),
            "historical"
        );
        assert_eq!(
            stance("vlietstra doet evenmin een beroep op het eu-vs-privacyschild."),
            "negated"
        );
        assert_eq!(
            stance("tampoco nos basamos en el escudo de la privacidad ue-ee. uu."),
            "negated"
        );
        // "Has relied" goes on; "replaced" of another framework is no amendment.
        assert_eq!(
            stance("acme has relied on the eu-u.s. privacy shield since 2017."),
            "relies"
        );
        assert_eq!(
            stance("the privacy shield is relied upon for transfers to our parent."),
            "relies"
        );
        assert_eq!(
            stance(
                "the privacy shield, which replaced the safe harbor framework, governs our transfers."
            ),
            "relies"
        );
        // A negation about the author's providers is not the author's.
        assert_eq!(
            stance(
                "for onward transfers to service providers that are not certified under the privacy shield, we use the sccs."
            ),
            "relies"
        );
        assert_eq!(
            stance(
                "che ha invalidato lo scudo ue-usa per la privacy, il responsabile non si avvale piu di tale meccanismo."
            ),
            "historical"
        );
        assert_eq!(
            stance("fatturapiu non si avvale del c.d. privacy shield."),
            "negated"
        );
        assert_eq!(
            stance("le bouclier de protection des donnees n'est plus valide."),
            "historical"
        );
        for s in [
            "desde la anulacion del escudo de la privacidad en julio de 2020, estas transferencias se amparan en las clausulas contractuales tipo.",
            // A preterite of the judgment ('el tribunal anuló el Escudo').
            "el tribunal de justicia anulo el escudo de la privacidad en 2020; desde entonces la empresa no se apoya en el.",
            "seit der aufhebung des privacy shield stutzen wir uns auf standardvertragsklauseln.",
            // A date before the judgment: the reliance is past.
            "before 16 july 2020, halyard relied on its certification under the eu-u.s. privacy shield for transfers.",
            "avant le 16 juillet 2020, le prestataire s'appuyait sur le privacy shield.",
            "vor dem 16. juli 2020 stutzte sich der anbieter auf den privacy shield.",
            // Reliance told in a past tense, and amendments that delete the mention.
            "(c) ziffer 9.3 avv stutzte die ubermittlung bislang auf die selbstzertifizierung nach dem durchfuhrungsbeschluss (eu) 2016/1250.",
            "onder versie 2.1 van deze verwerkersovereenkomst steunde de doorgifte op diens certificering onder het eu-vs-privacyschild.",
            "acme relied on the privacy shield for its transfers to its parent.",
            "toute reference dans le contrat au << privacy shield >> s'entend desormais d'une reference aux clauses de l'annexe a.",
            "queda suprimido el apartado 8.4 del contrato, y sin efecto cualquier referencia al escudo de la privacidad.",
            "any reference to the privacy shield in the dpa is hereby deleted.",
            // Uses up to a season or a date, and reliance in a simple past.
            "tot medio 2020 verstuurden wij onze mails via een amerikaanse dienst die zich beriep op het eu-vs-privacyschild.",
            "bis herbst 2020 haben wir den newsletter uber einen dienstleister versandt, der sich auf den eu-us-datenschutzschild berief.",
            "until 16 july 2020, transfers to vetstack holdings, inc. were made in reliance on its certification under the eu-u.s. privacy shield.",
        ] {
            assert_eq!(stance(s), "historical", "{s}");
        }
        assert_eq!(
            stance(
                "la cooperative ne fonde donc aucun traitement sur le bouclier de protection des donnees ni sur le cadre."
            ),
            "negated"
        );
        // "No longer used" is historical, as the schema defines it.
        for s in [
            "we no longer rely on the privacy shield.",
            "nous ne sommes plus certifies privacy shield.",
            "wir stutzen uns nicht mehr auf den eu-us-datenschutzschild.",
            "ya no nos acogemos al escudo de privacidad.",
            "non aderiamo piu al privacy shield.",
            "wij maken geen gebruik meer van het privacy shield.",
            "le bouclier (\"privacy shield\") a ete invalide en juillet 2020 ; nous ne l'utilisons plus depuis cette date.",
            "certificados en el escudo de la privacidad, que el tribunal anulo. desde entonces no nos basamos en el.",
            "il responsabile non fonda piu alcun trasferimento sulla certificazione privacy shield di acme inc.",
            "nous avions cesse, des l'automne 2020, d'utiliser les outils de fournisseurs qui s'appuyaient sur le privacy shield.",
            "tot 16 juli 2020 steunde deze doorgifte op de certificering onder het eu-vs-privacyschild.",
            "in passato ci basavamo sul privacy shield.",
            "a seguito della sentenza schrems ii non ci avvaliamo piu del privacy shield.",
            "na het schrems ii-arrest baseren wij doorgiften niet langer op het privacy shield.",
            "que el tribunal de justicia declaro invalida la decision de ejecucion (ue) 2016/1250 sobre el escudo de la privacidad, por lo que este ya no puede servir de base para transferencias de datos.",
        ] {
            assert_eq!(stance(s), "historical", "{s}");
        }
        // An explicit "we do not rely" stays negated, whatever else is past.
        assert_eq!(
            stance("that is no longer correct: we do not rely on the privacy shield."),
            "negated"
        );
        assert_eq!(
            stance("posta amica non utilizza lo scudo per la privacy, non piu valido dal 2020."),
            "negated"
        );
    }

    #[test]
    fn frameworks_from_text() {
        assert_eq!(
            frameworks("eu-u.s. and swiss-u.s. privacy shield frameworks", ""),
            vec!["eu_us", "swiss_us"]
        );
        assert_eq!(
            frameworks("swiss-u.s. privacy shield", ""),
            vec!["swiss_us"]
        );
        assert_eq!(frameworks("safe harbor", ""), vec!["safe_harbor"]);
        assert_eq!(frameworks("privacy shield", ""), vec!["eu_us"]);
    }

    #[test]
    fn scc_versions_and_modules() {
        let s = "the standard contractual clauses approved by implementing decision (eu) 2021/914, module two and module three";
        assert_eq!(scc_version("standard contractual clauses", s), "2021");
        // New clauses awaited are no version yet.
        for s in [
            "3.2 die parteien werden diesen nachtrag uberprufen, sobald die kommission neue standardvertragsklauseln erlassen hat.",
            "we will update this dpa once the commission adopts new standard contractual clauses.",
            "4.3 journalys suivra l'adoption prochaine par la commission des nouvelles clauses contractuelles types et proposera au client un avenant.",
            "les parties remplaceront l'annexe par les nouvelles clauses contractuelles types des leur adoption par la commission.",
        ] {
            assert_eq!(
                scc_version("standardvertragsklauseln", s),
                "unspecified",
                "{s}"
            );
        }
        assert_eq!(
            scc_version(
                "clauses contractuelles types",
                "depuis le 27 septembre 2021, les nouvelles clauses contractuelles types s'appliquent."
            ),
            "2021"
        );
        // The UK's transfer agreement beside a 2021 date: no version.
        assert_eq!(
            scc_version(
                "international data transfer agreement",
                "a transfer to the united kingdom is covered by the commission's adequacy decision of 28 june 2021, so that neither the international data transfer agreement nor the uk addendum is required."
            ),
            "unspecified"
        );
        // A signing date in 2021 is not the 2021 clauses when the
        // sentence names the 2010 decision; the clauses' own date is.
        for (s, v) in [
            (
                "le affiliate hanno sottoscritto in data 28 giugno 2021 le clausole contrattuali tipo di cui alla decisione 2010/87/ue della commissione",
                "2010",
            ),
            (
                "on june 28, 2021 the parties signed the standard contractual clauses of decision 2010/87/eu",
                "2010",
            ),
            (
                "the standard contractual clauses of 4 june 2021 replace those of decision 2010/87/eu",
                "2021",
            ),
        ] {
            let m = ["clausole contrattuali tipo", "standard contractual clauses"]
                .into_iter()
                .find(|m| s.contains(m))
                .unwrap();
            assert_eq!(scc_version(m, s), v, "{s}");
        }
        assert_eq!(scc_modules(s), vec![2, 3]);
        assert_eq!(scc_modules("modules 2 and 3 of the sccs"), vec![2, 3]);
        assert_eq!(
            scc_modules("module deux (responsable a sous-traitant)"),
            vec![2]
        );
        assert_eq!(
            scc_version("model clauses", "the model clauses of decision 2010/87/eu"),
            "2010"
        );
        assert_eq!(
            scc_version(
                "clauses contractuelles types",
                "les clauses contractuelles types de 2010 restent applicables"
            ),
            "2010"
        );
        assert_eq!(
            scc_version(
                "modelcontractbepalingen",
                "de modelcontractbepalingen uit 2010 blijven van toepassing."
            ),
            "2010"
        );
        assert_eq!(
            scc_version("2021 sccs", "we replaced the old sccs with the 2021 sccs"),
            "2021"
        );
        assert_eq!(
            scc_version(
                "standardvertragsklauseln",
                "die alten standardvertragsklauseln"
            ),
            "2010"
        );
        assert_eq!(
            scc_version(
                "standard contractual clauses",
                "we use standard contractual clauses."
            ),
            "unspecified"
        );
        // A module alone does not date the clauses (only the 2021 ones
        // have modules, but the labelled sets leave such a mention
        // undated: tests/blind*/labels.json).
        assert_eq!(
            scc_version(
                "standard contractual clauses",
                "the standard contractual clauses (module two: controller to processor) apply."
            ),
            "unspecified"
        );
        assert_eq!(
            scc_version(
                "model clauses",
                "the model clauses approved by the european commission in 2010 apply."
            ),
            "2010"
        );
        assert_eq!(
            scc_uk(
                "standard contractual clauses",
                "together with the uk addendum issued by the ico"
            ),
            Some("addendum")
        );
        for sentence in [
            "per i trasferimenti dal regno unito si applica l'addendum del regno unito alle clausole contrattuali standard.",
            "para las transferencias desde el reino unido se aplica la adenda del reino unido a las clausulas contractuales tipo.",
            "nous appliquons l'addendum britannique aux clauses contractuelles types.",
            "gelten die im dpa enthaltenen standardvertragsklauseln der europaischen kommission sowie das britische addendum hierzu.",
        ] {
            assert_eq!(scc_uk("clausole", sentence), Some("addendum"), "{sentence}");
        }
    }

    #[test]
    fn arbitration_bodies() {
        assert_eq!(
            arbitration("disputes shall be resolved by binding arbitration administered by jams."),
            vec!["JAMS"]
        );
        assert!(arbitration("the icc is mentioned without the word").is_empty());
    }

    #[test]
    fn shipments_of_goods_or_waste_are_no_transfer() {
        for s in [
            "1.2 Les Marchandises sont destinées à la fonderie de l'affineur, Keystone Refining Corp., située à Marcus Hook (Pennsylvanie), aux États-Unis d'Amérique.",
            "Printplaten en andere fracties kunnen worden overgebracht naar smelterijen buiten de Europese Unie, waaronder een raffinaderij in de Verenigde Staten.",
        ] {
            assert!(!found(s).contains(&Category::UsTransfer), "{s}");
        }
        let s = "Die Kundendaten und die Abfallmengen werden an den Dienstleister in den Vereinigten Staaten übermittelt.";
        assert!(found(s).contains(&Category::UsTransfer), "{s}");
    }

    #[test]
    fn a_bodys_duty_to_report_is_no_government_access() {
        let s = "9.2 Asimismo, facilitará al Ayuntamiento los datos necesarios para que este pueda cumplir sus obligaciones de información al Gobierno de Aragón y al Ministerio.";
        assert!(!found(s).contains(&Category::GovernmentAccess), "{s}");
        let s = "Facilitaremos los datos a las autoridades previo requerimiento judicial.";
        assert!(found(s).contains(&Category::GovernmentAccess), "{s}");
    }

    #[test]
    fn a_maker_of_goods_is_not_the_party() {
        let s = "Premesso che il Fornitore distribuisce in Italia le lenti prodotte negli Stati Uniti da Keystone Optical Labs, Inc., società del Delaware, e le rifinisce a Genova.";
        assert!(!found(s).contains(&Category::UsEntity), "{s}");
    }

    #[test]
    fn reliance_before_2021_or_after_invalidation_is_historical() {
        assert_eq!(
            stance(
                "avant le 1er janvier 2021, l'outil etait fourni par un editeur qui invoquait son adhesion au bouclier de protection des donnees ue-etats-unis."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "nu het eu-vs-privacyschild ongeldig werd verklaard en het laboratorium zich daar niet langer op kan beroepen, sluiten de partijen de scc."
            ),
            "historical"
        );
        // a former agreement that mentioned it, or transfers it covered
        for s in [
            "l'accord de 2018 mentionnait que les transferts vers la societe mere etaient couverts par l'adhesion de celle-ci au bouclier de protection des donnees ue-etats-unis.",
            "transfers to the parent were covered by its certification under the eu-u.s. privacy shield.",
        ] {
            assert_eq!(stance(s), "historical", "{s}");
        }
        assert_eq!(
            stance(
                "transfers to the parent are covered by its certification under the eu-u.s. privacy shield."
            ),
            "relies"
        );
    }

    #[test]
    fn a_hosting_provider_field_names_a_recipient_not_the_party() {
        let host = "Hosting provider: Nubefy Inc., 340 Lemon Avenue, Walnut, CA 91789, USA.";
        let f = found(host);
        assert!(f.contains(&Category::UsTransfer), "{host}");
        assert!(!f.contains(&Category::UsEntity), "{host}");
        // the provider field alone still names the party
        let party = "Provider: Nubefy Inc., 340 Lemon Avenue, Walnut, CA 91789, USA.";
        assert!(found(party).contains(&Category::UsEntity), "{party}");
        // a company whose name ends in a service word is still the party
        let named = "PELLMORE ANALYTICS CORPORATION, società costituita ai sensi delle leggi dello Stato del Delaware, con sede a Palo Alto";
        assert!(found(named).contains(&Category::UsEntity), "{named}");
    }

    #[test]
    fn a_denied_recipient_is_no_transfer() {
        for s in [
            "The Processor confirms that no Sub-processor is established in, or accesses Personal Data from, the United States.",
            "Verwerker schakelt geen subverwerkers in die zijn gevestigd in de Verenigde Staten.",
        ] {
            assert!(!found(s).contains(&Category::UsTransfer), "{s}");
        }
    }

    #[test]
    fn certificates_products_and_their_files_are_no_disclosure() {
        for s in [
            "| Estados Unidos | Identity History Summary expedido por el FBI, obtenido por la propia persona candidata | Apostilla |",
            "Les gels, fabriqués aux États-Unis par un fournisseur dont l'usine est enregistrée auprès de la Food and Drug Administration, sont importés par le Franchiseur.",
            "The Manufacturer shall provide all manufacturing data so that the PIF can be made available to the competent authorities on request.",
        ] {
            let f = found(s);
            assert!(!f.contains(&Category::GovernmentAccess), "{s}");
            assert!(!f.contains(&Category::UsTransfer), "{s}");
        }
    }

    #[test]
    fn the_order_of_invalidation_and_denial_sets_the_stance() {
        assert_eq!(
            stance(
                "het eu-vs-privacyschild is door het hof ongeldig is verklaard en wordt daarom niet als doorgiftegrondslag gebruikt."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "we do not rely on the eu-u.s. privacy shield, which the court declared invalid in 2020."
            ),
            "negated"
        );
        assert_eq!(
            stance(
                "die auftragsbearbeiterin stutzt sich daher weder auf das data privacy framework noch auf den swiss-u.s. privacy shield."
            ),
            "negated"
        );
        assert_eq!(
            stance(
                "indien het eu-vs-privacyschild ongeldig wordt verklaard of niet langer een erkende grondslag vormt, zijn de modelcontractbepalingen van toepassing."
            ),
            "relies"
        );
    }
    /// Corporate-secretarial papers: a US shareholder named by its role or
    /// its stake is not the vendor; the vendor described the same way is.
    #[test]
    fn a_us_shareholder_is_not_the_party() {
        sorts(
            Category::UsEntity,
            &[
                "2.5 Die Großaktionärin Tamarack Ridge Partners L.P., eine nach dem Recht des Bundesstaates Delaware errichtete Kommanditgesellschaft, ist im Aufsichtsrat durch ein Mitglied vertreten.",
                "4.5 Two directors were appointed on the nomination of Harrow Lane Partners, L.P., a Delaware limited partnership holding 29.6 per cent of the shares and votes in the Company.",
                "3.1 Il Presidente informa che il socio Blue Heron Holdings LLC, società costituita nello Stato del Delaware e titolare del 6,4% del capitale, intende cedere la partecipazione.",
                "L'actionnaire majoritaire, Kestrel Peak Capital LLC, société du Delaware, a voté pour la résolution.",
            ],
            &[
                "The Provider is Quillmere Inc., a Delaware corporation with offices in Denver, Colorado.",
                "Le Prestataire est Assemblio Inc., une société du Delaware dont le siège est à Wilmington.",
            ],
        );
    }
    /// A buyer's purchasing papers: its bans on providers subject to the
    /// CLOUD Act, a deviation it rejected, the maker a distributor sells
    /// for, a questionnaire's field that names the mechanism relied upon.
    #[test]
    fn a_buyers_bans_and_rejected_deviations_are_sorted() {
        sorts(
            Category::GovernmentAccess,
            &[
                "3.3 Le Titulaire ne peut recourir à un Hébergeur ou à un sous-traitant ultérieur soumis, directement ou par l'intermédiaire de sa société mère, à une législation d'un État tiers permettant aux autorités de cet État d'exiger la communication de données stockées hors de son territoire, telle que le CLOUD Act américain.",
                "3.4 No podrán intervenir en la prestación del servicio empresas sometidas a legislación de un tercer país que obligue a entregar datos a sus autoridades, como la denominada CLOUD Act estadounidense.",
                "Bidders subject to the US CLOUD Act or to FISA Section 702 are excluded from the tender.",
            ],
            &[
                "As a US company, the Supplier is subject to the CLOUD Act and may be compelled to disclose Customer Data.",
            ],
        );
        sorts(
            Category::GoverningLaw,
            &["| D-06 | 22.1 Governing law | Laws of the State of New York | Rejected | |"],
            &["| D-07 | 22.1 Governing law | Laws of the State of New York | Accepted | |"],
        );
        sorts(
            Category::UsEntity,
            &[
                "2. LabNova Benelux BV, gevestigd te Breda, exclusief distributeur voor de Benelux van Thornfield Instruments Inc., een vennootschap naar het recht van de staat Delaware, hierna Leverancier.",
            ],
            &[
                "The Supplier is Thornfield Instruments Inc., a Delaware corporation with offices in Rochester, New York.",
            ],
        );
        assert_eq!(
            stance(
                "| 4.2 | transfer mechanism relied upon | corvane cloud inc. maintains an active self-certification under the eu-u.s. privacy shield framework |"
            ),
            "relies"
        );
        assert_eq!(
            stance("before the judgment, acme relied on the eu-u.s. privacy shield."),
            "historical"
        );
    }

    /// Blind sets 117 and 118: definitions that exclude a country, the
    /// customer's own answer to a subpoena, prohibitions, uses told in the
    /// past, plans for the future, a US region offered in a price list, an
    /// affiliate called "Consociata", a licensor.
    #[test]
    fn definitions_pasts_and_options_of_blind_sets_117_and_118_are_sorted() {
        sorts(
            Category::UsTransfer,
            &[
                "3.3 Gesperrtes Land ist jeder Staat außerhalb des Europäischen Wirtschaftsraums und der Schweiz, insbesondere die Vereinigten Staaten von Amerika, das Vereinigte Königreich und die Volksrepublik China.",
                "B. Au titre de l'avenant n° 1, le Prestataire recourait, pour la supervision des serveurs du Client, à la société Stackridge Corp., dont les opérateurs intervenaient depuis Denver (Colorado).",
                "b) fino al 2022 la piattaforma era ospitata, per il tramite di un fornitore di infrastruttura, in un data center situato negli Stati Uniti;",
                "Qualora in futuro intendesse avvalersi di fornitori o infrastrutture situati negli Stati Uniti, ciò richiederà un nuovo accordo scritto.",
                "2.2 in data 14 ottobre 2022 il fornitore statunitense di infrastruttura ha cancellato tutte le copie dei dati del Cliente.",
                "4.1 Pendant toute la durée du Contrat, le Prestataire s'interdit de recourir à un sous-traitant établi aux États-Unis.",
                "| US Data Region | Hosting in North America | Not offered under this Service Description | — |",
            ],
            &[
                "| Data Region | Facilities | Availability | Storage |\n|---|---|---|---|\n| NA-1 | Columbus, Ohio and Chicago, Illinois | Selectable | USD 0.025 |",
                "| Support-Standorte | Dublin (IE) und Austin, Texas (US); Zugriff auf Kundendaten im Rahmen von Störungstickets |",
                "Le Prestataire recourt, pour la supervision des serveurs du Client, à la société Stackridge Corp., dont les opérateurs interviennent depuis Denver (Colorado).",
            ],
        );
        sorts(
            Category::GovernmentAccess,
            &[
                "Customer should take its own legal advice before responding to any subpoena.",
                "1.3 Normativa di Sorveglianza Estera: le disposizioni di paesi terzi che consentono alle autorità pubbliche di ottenere dati da fornitori di servizi, quali la Section 702 del FISA e il CLOUD Act statunitensi.\n\n3.3 Il Responsabile dichiara che né esso né i propri sub-responsabili sono soggetti alla Normativa di Sorveglianza Estera.",
                "1.1 Amerikaanse Toegangswetgeving: de Clarifying Lawful Overseas Use of Data Act (18 U.S.C. § 2713) en Executive Order 12333.\n\n4.1 Leverancier verklaart dat noch hijzelf, noch enige Subverwerker onderworpen is aan Amerikaanse Toegangswetgeving.",
            ],
            &[
                "Provider will notify Customer before responding to any subpoena.",
                "1.3 Normativa di Sorveglianza Estera: le disposizioni di paesi terzi che consentono alle autorità pubbliche di ottenere dati da fornitori di servizi, quali la Section 702 del FISA e il CLOUD Act statunitensi.\n\n3.3 Il Responsabile informa il Cliente di ogni richiesta fondata sulla Normativa di Sorveglianza Estera.",
                "Redactalia no lo cederá a terceros, salvo cuando se lo exija un requerimiento de órganos judiciales o administrativos competentes.",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "La Consociata n. 3 è una società costituita nello Stato del Delaware e fornisce accesso remoto.",
                "4.1 Het Model is een taalmodel waarvan de gewichten door Tekstwerf in licentie zijn genomen van Northvale Models, Inc., een vennootschap opgericht naar het recht van de staat Delaware.",
                "4.1 Le Prestataire s'interdit de recourir à un sous-traitant contrôlé par une société de droit américain.",
            ],
            &[
                "Le Prestataire est Assemblio Inc., une société du Delaware dont le siège est à Wilmington.",
            ],
        );
        assert_eq!(
            stance(
                "tot 1 februari 2019 werd de module geleverd via een dienstverlener die was gecertificeerd onder het eu-vs-privacyschild."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "au titre de l'avenant n° 1, le prestataire recourait a la societe stackridge corp. sur le fondement du bouclier de protection des donnees ue-etats-unis."
            ),
            "historical"
        );
    }

    /// Blind sets 119 and 120: negotiation papers (positions withdrawn,
    /// proposals rejected or superseded, questions in reviewers'
    /// comments) and the companies behind a representative (an investor
    /// relations office, Canada's federal law beside a province's).
    #[test]
    fn negotiation_papers_and_representatives_of_blind_sets_119_and_120_are_sorted() {
        sorts(
            Category::UsTransfer,
            &[
                "| 3 | 6.2 Hosting | Backup secondario nella regione cloud di Oregon (Stati Uniti) | Tutti i dati nello SEE | Ritirato dal Fornitore il 6/2/2025 |",
                "| 2 | 4.3 Hosting | Analytics module may run in Supplier's US-East cloud region | UK or EEA hosting only | Agreed – Supplier to host all modules in London and Dublin; US-East proposal rejected |",
                "Pellucid initially proposed (v2, clause 7.2) an optional hosting region for analytics workloads, operated through its cloud provider's data centres in the United States.",
                "| Araucária IR Services LLC | New York, NY | Investor relations for the group's American Depositary Shares listed on the New York Stock Exchange |",
            ],
            &[
                "| 3 | 6.2 Hosting | Backup secondario nella regione cloud di Oregon (Stati Uniti) | Tutti i dati nello SEE | Accettato dal Cliente |",
                "Pellucid proposes an optional hosting region for analytics workloads, operated through its cloud provider's data centres in the United States.",
            ],
        );
        sorts(
            Category::GoverningLaw,
            &[
                "| 9 | 19.1 Governing law | Delaware law | – | Supplier position withdrawn (e-mail of 14 March 2023) |",
            ],
            &[
                "| 9 | 19.1 Governing law | Delaware law | – | Customer position withdrawn (e-mail of 14 March 2023) |",
            ],
        );
        sorts(
            Category::GovernmentAccess,
            &[
                "[Comentario LGA: ¿Está Maplebridge, o alguno de sus subencargados, sujeto a la CLOUD Act estadounidense por tener matriz en Estados Unidos?]",
                "| 2 | Archimede Cloud è soggetta al CLOUD Act statunitense o ad altre norme che consentano ad autorità estere di ottenere i dati? | No. Archimede Cloud S.r.l. è una società di diritto italiano. |",
            ],
            &[
                "| 2 | Archimede Cloud è soggetta al CLOUD Act statunitense o ad altre norme che consentano ad autorità estere di ottenere i dati? | Sì, tramite la capogruppo. |",
            ],
        );
        assert_eq!(
            stance("auf den eu-us-datenschutzschild stutzt die anbieterin keine ubermittlungen."),
            "negated"
        );
        assert_eq!(
            stance(
                "seither stutzt kantenwerk keine ubermittlung mehr auf das eu-us-datenschutzschild."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "die auftragnehmerin stutzt die ubermittlung nicht auf das fruhere privacy shield, das keine grundlage mehr bietet."
            ),
            "negated"
        );
    }

    /// Transfer impact assessments (tests/blind122): a destination weighed
    /// for comparison, the Court's reasoning retold, the CLOUD Act's "in
    /// the US or abroad", transfers said not to take place, a US parent,
    /// a questionnaire answered no.
    #[test]
    fn assessments_weigh_other_destinations() {
        sorts(
            Category::GovernmentAccess,
            &[
                "3.3 Zum Vergleich: Bei einer Auslagerung an einen Dienstleister in den Vereinigten Staaten wäre zu prüfen, ob Befugnisse wie jene nach Section 702 FISA die Garantien unterlaufen.",
                "Volgens het Hof boden de Amerikaanse regels voor inlichtingendiensten, waaronder Section 702 FISA en Executive Order 12333, onvoldoende waarborgen.",
                "Zu prüfen wäre, ob Befugnisse nach Section 702 FISA die vertraglichen Garantien unterlaufen. Eine solche Prüfung ist hier nicht geboten, weil weder Alpenwerk noch ihre Dienstleister US-Recht unterliegen.",
            ],
            &[
                "The provider is subject to Section 702 FISA and may receive directives for customer data.",
                "Der Gerichtshof stellte fest, dass der Anbieter Section 702 FISA unterliegt. Der Anbieter unterliegt Section 702 FISA.",
            ],
        );
        sorts(
            Category::UsTransfer,
            &[
                "Ter vergelijking: bij een Amerikaanse leverancier zou de stichting moeten nagaan of gegevens in de Verenigde Staten worden opgeslagen.",
                "Issu du CLOUD Act de 2018, ce texte impose au fournisseur de communiquer les données en sa possession, « que ces données soient situées aux États-Unis ou à l'étranger ».",
                "La certification est sans incidence, puisqu'elle ne régit que les transferts vers les États-Unis, lesquels n'ont pas lieu en l'espèce.",
            ],
            &[
                "Nous pouvons stocker vos données aux États-Unis ou à l'étranger.",
                "Les données sont transférées vers les États-Unis, lesquels offrent un niveau de protection adéquat au titre du DPF.",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "4.2 Teselia Holdings, Inc., sociedad matriz constituida en Delaware, es destinataria potencial de órdenes judiciales.",
                "| F.2.4 | Do you use any service whose provider is headquartered in the United States for processing Customer Data? | No | Self-hosted |",
            ],
            &[
                "Quillfeather Analytics, Inc. es una empresa con domicilio social en Austin (Texas) que ofrece analítica.",
                "El contrato se firma con Veltrix Analytics, Inc., que es la sociedad matriz, constituida en Delaware y con sede en Seattle.",
            ],
        );
        // A US company that acts as another named company's processor is a
        // sub-processor; as the customer's, it is a DPA's vendor.
        sorts(
            Category::UsEntity,
            &[
                "[^1]: Sonora Voice Technologies, Inc. es una sociedad con domicilio social en Portland; actúa como encargado del tratamiento de Ruedalia en virtud de un contrato.",
            ],
            &[
                "Sonora Voice Technologies, Inc. es una sociedad con domicilio social en Portland; actúa como encargado del tratamiento del Cliente.",
            ],
        );
    }

    /// A comparison column or offers set aside (tests/blind122): not where
    /// the data goes.
    #[test]
    fn comparison_columns_are_no_transfer() {
        sorts(
            Category::UsTransfer,
            &[
                "| Critère | Suisse (Alpvault) | États-Unis (offres écartées) |\n|---|---|---|\n| Adéquation | Oui | Non |",
                "| Aspetto | Giappone | Stati Uniti (solo a fini comparativi) |\n|---|---|---|\n| Adeguatezza | Sì | Parziale |",
            ],
            &[
                "| Sub-processor | Service | Location |\n|---|---|---|\n| Acme Inc. | Hosting | United States |",
            ],
        );
    }

    /// A law denied ("Dit betekent niet dat Amerikaans recht ... van
    /// toepassing is") is not chosen; a US state's choice-of-law statute
    /// cited as the only choice is US law.
    #[test]
    fn laws_denied_or_chosen_by_statute() {
        sorts(
            Category::GoverningLaw,
            &[
                "Kanaalzicht behandelt ook meldingen volgens 17 U.S.C. § 512(c)(3). Dit betekent niet dat Amerikaans recht op het Platform van toepassing is.",
            ],
            &["Op deze voorwaarden is Amerikaans recht van toepassing."],
        );
        let engine = crate::Engine::new(crate::RuleSet::bundled().unwrap());
        for text in [
            "10.1 Diese Bedingungen unterliegen dem Recht, dessen Wahl N.Y. Gen. Oblig. Law § 5-1401 gestattet.",
            "5.2 Dit Bestelformulier wordt beheerst door het recht dat partijen op grond van 6 Del. C. § 2708 kunnen kiezen.",
        ] {
            let law: Vec<_> = engine
                .analyze(text, &[], 200)
                .into_iter()
                .filter(|f| f.category == Category::GoverningLaw)
                .collect();
            assert_eq!(law.len(), 1, "{text}");
            assert_eq!(law[0].attributes.get("us"), Some(&json!(true)), "{text}");
        }
    }

    /// A condition, a former framework, a certificate still in force, a
    /// draft of new clauses (tests/blind121, tests/blind122).
    #[test]
    fn stances_of_conditions_and_former_frameworks() {
        assert_eq!(
            stance(
                "4.2 entfallt die eintragung oder wird der beschluss (eu) 2016/1250 aufgehoben, fur ungultig erklart oder ausgesetzt, so gelten die altklauseln."
            ),
            "relies"
        );
        assert_eq!(
            stance(
                "4.2 pour memoire, l'ancien bouclier de protection des donnees suisse-etats-unis avait ete juge insuffisant."
            ),
            "historical"
        );
        assert_eq!(
            stance(
                "2.1 quillfeather figura en la lista oficial del escudo de la privacidad, con certificacion vigente hasta el 4 de marzo de 2020."
            ),
            "relies"
        );
        assert_eq!(
            scc_version(
                "clausole contrattuali tipo",
                "archimede segue la consultazione sul progetto di nuove clausole contrattuali tipo e si impegna a sostituire le clausole attuali."
            ),
            "unspecified"
        );
    }

    /// Registers and notifications of financial entities (tests/blind124):
    /// the supervisor's audit and access rights are not a disclosure; a
    /// witness summons calls a person; a listing on a US exchange is not a
    /// seat.
    #[test]
    fn supervisors_audit_and_listings() {
        sorts(
            Category::GovernmentAccess,
            &[
                "6.3 All four arrangements give the Central Bank of Ireland, as competent authority, and LMA unrestricted rights of access, inspection and audit, consistent with Article 30(3)(e) DORA.",
                "7.2 El Proveedor se obliga a cooperar con las autoridades competentes y de resolución y a facilitar cuanta información le requieran en el ejercicio de sus funciones de supervisión.",
                "| Preavviso di recesso | 12 mesi; recesso immediato su richiesta dell'Autorità |",
                "7.2 Nothing in this Agreement restricts a representative who receives a witness summons in employment tribunal proceedings from attending and giving evidence.",
            ],
            &[
                "The Provider shall disclose Customer Data to the police or a court where required by a court order.",
                "The Provider may disclose Customer Data to the Central Bank of Ireland and to law enforcement in response to a subpoena.",
            ],
        );
        sorts(
            Category::UsEntity,
            &[
                "Prieto precisa que la Empresa pertenece a un grupo cuya sociedad dominante cotiza en la Bolsa de Nueva York, y la contratación se ha realizado localmente.",
            ],
            &["| Registrierung | Secretary of the Commonwealth of Massachusetts, ID 001287654 |"],
        );
    }
}
