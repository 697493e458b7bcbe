//! The per-document assessment: a summary of each category and a triage
//! risk level with the reasons it rests on. The model is described for
//! lawyers in the README ("Risk model"); keep the two in step.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::record::Finding;
use crate::rules::Category;

/// Triage level.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    #[default]
    None,
    Low,
    Medium,
    High,
}

impl Risk {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Risk::None => "none",
            Risk::Low => "low",
            Risk::Medium => "medium",
            Risk::High => "high",
        }
    }
}

/// Privacy Shield summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrivacyShieldSummary {
    /// `historical` if any mention presents it as past or invalidated, else
    /// `negated` if any says it is not relied on, else `relies`.
    pub stance: String,
    /// `eu_us`, `swiss_us`, `safe_harbor`.
    pub frameworks: Vec<String>,
}

/// SCC summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SccSummary {
    /// `2021`, `2010`; `unspecified` only when no version is stated
    /// anywhere.
    pub versions: Vec<String>,
    /// Modules of the 2021 clauses named (1 to 4).
    pub modules: Vec<u8>,
    /// `addendum` (UK International Data Transfer Addendum) and/or `idta`.
    pub uk: Vec<String>,
}

/// Governing law and venue summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoverningLawSummary {
    /// Jurisdiction codes of the chosen law.
    pub law: Vec<String>,
    /// Jurisdiction codes of the courts or seat named.
    pub venue: Vec<String>,
    /// Arbitration bodies named (JAMS, AAA, ICC...).
    pub arbitration: Vec<String>,
    /// True when any law or venue is in the US, or the arbitration body is
    /// American.
    pub us: bool,
}

/// One reason for the risk level, or one mitigation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub risk: Risk,
    /// Stable identifier of the reason (see the README table).
    pub code: String,
    pub message: String,
    /// Indices into the document's `findings` this reason rests on.
    pub findings: Vec<usize>,
}

/// The per-document assessment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub privacy_shield: Option<PrivacyShieldSummary>,
    pub dpf: bool,
    pub scc: Option<SccSummary>,
    pub governing_law: Option<GoverningLawSummary>,
    /// Kinds of government access disclosed.
    pub government_access: Vec<String>,
    pub us_transfer: bool,
    pub us_entity: bool,
    pub risk: Risk,
    pub reasons: Vec<Reason>,
    /// What lowers the exposure (2021 SCCs, DPF, notice and challenge
    /// commitments); informative, never raises the level.
    pub mitigations: Vec<Reason>,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => vec![],
    }
}

fn indices(findings: &[Finding], pred: impl Fn(&Finding) -> bool) -> Vec<usize> {
    findings
        .iter()
        .enumerate()
        .filter(|(_, f)| pred(f))
        .map(|(i, _)| i)
        .collect()
}

const US_SURVEILLANCE: [&str; 5] = ["cloud_act", "fisa_702", "eo_12333", "patriot_act", "nsl"];
const SAFEGUARDS: [&str; 3] = [
    "notify_customer",
    "challenge_requests",
    "transparency_report",
];

/// Assess a document from its findings.
pub fn assess(findings: &[Finding]) -> Assessment {
    let of = |c: Category| findings.iter().filter(move |f| f.category == c);
    let attr = |f: &Finding, k: &str| {
        f.attributes
            .get(k)
            .and_then(Value::as_str)
            .map(str::to_string)
    };

    let mut a = Assessment::default();

    // Privacy Shield / Safe Harbor.
    let ps: Vec<&Finding> = of(Category::PrivacyShield).collect();
    if !ps.is_empty() {
        let stances: BTreeSet<String> = ps.iter().filter_map(|f| attr(f, "stance")).collect();
        let stance = ["historical", "negated", "relies"]
            .into_iter()
            .find(|s| stances.contains(*s))
            .unwrap_or("relies");
        let mut fw = BTreeSet::new();
        for f in &ps {
            fw.extend(strings(f.attributes.get("frameworks")));
            fw.extend(strings(f.attributes.get("framework")));
        }
        a.privacy_shield = Some(PrivacyShieldSummary {
            stance: stance.to_string(),
            frameworks: fw.into_iter().collect(),
        });
    }

    a.dpf = of(Category::Dpf).next().is_some();

    // SCC.
    let scc: Vec<&Finding> = of(Category::Scc).collect();
    if !scc.is_empty() {
        let mut versions = BTreeSet::new();
        let mut modules = BTreeSet::new();
        let mut uk = BTreeSet::new();
        for f in &scc {
            versions.extend(strings(f.attributes.get("version")));
            uk.extend(strings(f.attributes.get("uk")));
            if let Some(Value::Array(m)) = f.attributes.get("modules") {
                modules.extend(m.iter().filter_map(|x| x.as_u64()).map(|x| x as u8));
            }
        }
        if versions.len() > 1 {
            versions.remove("unspecified");
        }
        a.scc = Some(SccSummary {
            versions: versions.into_iter().collect(),
            modules: modules.into_iter().collect(),
            uk: uk.into_iter().collect(),
        });
    }

    // Governing law.
    let gl: Vec<&Finding> = of(Category::GoverningLaw).collect();
    if !gl.is_empty() {
        let mut law = BTreeSet::new();
        let mut venue = BTreeSet::new();
        let mut arb = BTreeSet::new();
        let mut us = false;
        // "the laws of the State in which our principal place of business
        // is located" (attribute `seat_law`): US law when the document has
        // a US-entity finding (the law of the state that finding names, as
        // in "Licensor, a Delaware corporation", else "US"), a law without
        // a code otherwise.
        let us_party = of(Category::UsEntity).next().is_some();
        let seat_states: Vec<String> = of(Category::UsEntity)
            .find_map(|f| attr(f, "state"))
            .into_iter()
            .collect();
        for f in &gl {
            // (Unless the clause names a state itself: "the laws of the Home
            // Jurisdiction (which, on the effective date, is the State of
            // California)".)
            let names_a_state = strings(f.attributes.get("law"))
                .iter()
                .any(|c| c.starts_with("US-"));
            if us_party
                && !names_a_state
                && f.attributes.get("seat_law").and_then(Value::as_bool) == Some(true)
            {
                match seat_states.is_empty() {
                    true => law.insert("US".to_string()),
                    false => law.insert(seat_states[0].clone()),
                };
                us = true;
            }
            law.extend(strings(f.attributes.get("law")));
            venue.extend(strings(f.attributes.get("venue")));
            arb.extend(strings(f.attributes.get("arbitration")));
            us |= f
                .attributes
                .get("us")
                .and_then(Value::as_bool)
                .unwrap_or(false);
        }
        // Federal law applies in every state or province, so "US" beside a
        // named US state (or "CA" beside a province) adds nothing to the
        // summary: "the laws of the State of California and the United
        // States" is California's law, as CUAD's answers give it. The
        // findings keep both codes. Federal law named as such ("and, to
        // the extent applicable, the federal laws of the United States",
        // attribute `federal`) is a law chosen beside the state's, and
        // stays.
        let named_federal = gl
            .iter()
            .any(|f| f.attributes.get("federal").and_then(Value::as_bool) == Some(true));
        let federal: Vec<String> = law
            .iter()
            .filter_map(|c: &String| c.split_once('-').map(|(country, _)| country.to_string()))
            .filter(|country| !(named_federal && country == "US"))
            .collect();
        for country in federal {
            law.remove(&country);
        }
        a.governing_law = Some(GoverningLawSummary {
            law: law.into_iter().collect(),
            venue: venue.into_iter().collect(),
            arbitration: arb.into_iter().collect(),
            us,
        });
    }

    let kinds: BTreeSet<String> = of(Category::GovernmentAccess)
        .map(|f| attr(f, "kind").unwrap_or_else(|| "law_enforcement_requests".to_string()))
        .collect();
    a.government_access = kinds.into_iter().collect();
    a.us_transfer = of(Category::UsTransfer).next().is_some();
    a.us_entity = of(Category::UsEntity).next().is_some();

    reasons(findings, &mut a);
    a
}

fn reasons(findings: &[Finding], a: &mut Assessment) {
    let mut r = Vec::new();
    let mut m = Vec::new();
    let push = |list: &mut Vec<Reason>, risk: Risk, code: &str, message: &str, f: Vec<usize>| {
        list.push(Reason {
            risk,
            code: code.to_string(),
            message: message.to_string(),
            findings: f,
        })
    };
    let cat = |c: Category| move |f: &Finding| f.category == c;
    let stance_is = |s: &'static str| {
        move |f: &Finding| {
            f.category == Category::PrivacyShield
                && f.attributes.get("stance").and_then(Value::as_str) == Some(s)
        }
    };
    let scc_version = |v: &'static str| {
        move |f: &Finding| {
            f.category == Category::Scc
                && f.attributes.get("version").and_then(Value::as_str) == Some(v)
        }
    };
    let gov_kind = |pred: fn(&str) -> bool| {
        move |f: &Finding| {
            f.category == Category::GovernmentAccess
                && pred(
                    f.attributes
                        .get("kind")
                        .and_then(Value::as_str)
                        .unwrap_or("law_enforcement_requests"),
                )
        }
    };

    let scc = a.scc.as_ref();
    let has_2021 = scc.is_some_and(|s| s.versions.iter().any(|v| v == "2021"));
    let has_2010 = scc.is_some_and(|s| s.versions.iter().any(|v| v == "2010"));
    let gl_us = a.governing_law.as_ref().is_some_and(|g| g.us);
    let us_surveillance = a
        .government_access
        .iter()
        .any(|k| US_SURVEILLANCE.contains(&k.as_str()));
    let access = a
        .government_access
        .iter()
        .any(|k| !SAFEGUARDS.contains(&k.as_str()));
    let mitigated = has_2021 || a.dpf;

    // A governing-law finding that makes the law American: US law or a US
    // venue, or the law of a US party's seat.
    let us_entity = a.us_entity;
    let us_law = |f: &Finding| {
        f.category == Category::GoverningLaw
            && (f.attributes.get("us").and_then(Value::as_bool) == Some(true)
                || (us_entity
                    && f.attributes.get("seat_law").and_then(Value::as_bool) == Some(true)))
    };
    let relies = indices(findings, stance_is("relies"));
    if !relies.is_empty() {
        push(
            &mut r,
            Risk::High,
            "privacy_shield_relied",
            "Relies on the EU-US Privacy Shield (or Safe Harbor), invalidated by the CJEU (Schrems II, 16 July 2020): no valid transfer basis.",
            relies.clone(),
        );
    }
    if has_2010 && !has_2021 {
        push(
            &mut r,
            Risk::High,
            "scc_2010_only",
            "Cites only the pre-2021 Standard Contractual Clauses (Decision 2010/87/EU or earlier), repealed; transition ended 27 December 2022.",
            indices(findings, scc_version("2010")),
        );
    }
    if (gl_us || a.us_entity) && access {
        let mut f = indices(findings, |f| {
            f.category == Category::GovernmentAccess
                || f.category == Category::UsEntity
                || us_law(f)
        });
        f.sort_unstable();
        push(
            &mut r,
            Risk::High,
            "us_jurisdiction_with_government_access",
            "A US entity or US governing law together with a disclosure of access by public authorities: data can be compelled wherever it is stored (CLOUD Act, FISA 702).",
            f,
        );
    } else {
        if gl_us {
            push(
                &mut r,
                Risk::Medium,
                "us_governing_law",
                "The contract is governed by US law or sends disputes to US courts or US arbitration.",
                indices(findings, us_law),
            );
        }
        if a.us_entity {
            push(
                &mut r,
                Risk::Medium,
                "us_entity",
                "The contracting party or data importer is a US company, subject to US disclosure orders.",
                indices(findings, cat(Category::UsEntity)),
            );
        }
    }
    if us_surveillance && !(gl_us || a.us_entity) {
        push(
            &mut r,
            Risk::Medium,
            "us_surveillance_law",
            "Names US surveillance or disclosure laws (CLOUD Act, FISA 702, EO 12333, PATRIOT Act, NSLs) as applying to the data.",
            indices(findings, gov_kind(|k| US_SURVEILLANCE.contains(&k))),
        );
    }
    if a.us_transfer {
        let (risk, msg) = if mitigated {
            (
                Risk::Low,
                "Personal data is transferred to or stored in the United States, under a current mechanism (2021 SCCs or DPF).",
            )
        } else {
            (
                Risk::Medium,
                "Personal data is transferred to or stored in the United States with no current transfer mechanism named (2021 SCCs or DPF).",
            )
        };
        push(
            &mut r,
            risk,
            "us_transfer",
            msg,
            indices(findings, cat(Category::UsTransfer)),
        );
    }
    let historical = indices(findings, stance_is("historical"));
    if !historical.is_empty() && relies.is_empty() {
        push(
            &mut r,
            Risk::Low,
            "privacy_shield_historical",
            "Mentions the Privacy Shield as invalidated or no longer used: check that the replacement mechanism is in place.",
            historical,
        );
    }
    if scc.is_some_and(|s| s.versions.iter().all(|v| v == "unspecified")) {
        push(
            &mut r,
            Risk::Low,
            "scc_version_unspecified",
            "Cites Standard Contractual Clauses without saying which version: ask for the 2021 clauses (Decision (EU) 2021/914).",
            indices(findings, scc_version("unspecified")),
        );
    }
    if access && !(gl_us || a.us_entity) && !us_surveillance {
        push(
            &mut r,
            Risk::Low,
            "government_access",
            "Discloses that data may be handed to public authorities on legal process.",
            indices(findings, gov_kind(|k| !SAFEGUARDS.contains(&k))),
        );
    }

    if has_2021 {
        push(
            &mut m,
            Risk::None,
            "scc_2021",
            "Uses the 2021 Standard Contractual Clauses (Decision (EU) 2021/914).",
            indices(findings, scc_version("2021")),
        );
    }
    if a.dpf {
        push(
            &mut m,
            Risk::None,
            "dpf",
            "Relies on the EU-US Data Privacy Framework (adequacy decision of 10 July 2023).",
            indices(findings, cat(Category::Dpf)),
        );
    }
    for (kind, msg) in [
        (
            "notify_customer",
            "Commits to notify the customer of government requests.",
        ),
        (
            "challenge_requests",
            "Commits to challenge government requests.",
        ),
        (
            "transparency_report",
            "Publishes a transparency report on government requests.",
        ),
    ] {
        if a.government_access.iter().any(|k| k == kind) {
            let kind_owned = kind.to_string();
            push(
                &mut m,
                Risk::None,
                kind,
                msg,
                indices(findings, move |f| {
                    f.category == Category::GovernmentAccess
                        && f.attributes.get("kind").and_then(Value::as_str)
                            == Some(kind_owned.as_str())
                }),
            );
        }
    }
    a.risk = r.iter().map(|x| x.risk).max().unwrap_or(Risk::None);
    a.reasons = r;
    a.mitigations = m;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assessed(text: &str) -> Assessment {
        let engine = crate::Engine::new(crate::RuleSet::bundled().unwrap());
        assess(&engine.analyze(text, &[], 200))
    }

    /// `clause` is a US transfer after a US provider's address, and none
    /// after a German one's.
    fn a_transfer_only_for_a_us_party(clause: &str) {
        let us = assessed(&format!(
            "Provider: Cloudora, Inc., 1 Market Street, San Francisco, CA 94105.\n\n{clause}"
        ));
        assert!(us.us_transfer, "{clause}");
        let eu = assessed(&format!(
            "Provider: Cloudora GmbH, Friedrichstraße 1, 10117 Berlin.\n\n{clause}"
        ));
        assert!(!eu.us_transfer, "{clause}");
    }

    #[test]
    fn data_kept_where_the_seat_is_goes_to_the_us_only_for_a_us_party() {
        a_transfer_only_for_a_us_party(
            "Your content is stored and processed in the country where we have our headquarters.",
        );
    }

    #[test]
    fn data_reached_at_the_partys_seat_goes_to_the_us_only_for_a_us_party() {
        a_transfer_only_for_a_us_party(
            "Soweit Kundendaten vom Hauptsitz aus abgerufen werden, gelten die Standardvertragsklauseln.",
        );
    }

    /// Federal law named as such beside a state's stays in the summary;
    /// "and the United States" beside a state's does not (CUAD's answers).
    #[test]
    fn named_federal_law_stays_beside_the_states() {
        let law = |text: &str| assessed(text).governing_law.expect("a choice of law").law;
        assert_eq!(
            law(
                "El presente Contrato se rige por la legislación del Estado de California, sin consideración a sus normas sobre conflicto de leyes, y, en la medida en que resulte de aplicación, la legislación federal de los Estados Unidos de América."
            ),
            vec!["US".to_string(), "US-CA".to_string()]
        );
        assert_eq!(
            law(
                "These Terms are governed by the laws of the State of Texas and the federal laws of the United States applicable therein."
            ),
            vec!["US".to_string(), "US-TX".to_string()]
        );
        assert_eq!(
            law(
                "This Agreement shall be governed by and under the laws of the State of California and the United States."
            ),
            vec!["US-CA".to_string()]
        );
    }

    #[test]
    fn the_law_of_the_seat_is_us_law_only_for_a_us_party() {
        let clause = "These Terms are governed by the laws of the State in which our principal place of business is located.";
        let us = assessed(&format!(
            "Provider: Tallyfern, Inc., 500 Pine Street, Seattle, WA 98101.\n\n{clause}"
        ));
        let gl = us.governing_law.expect("a choice of law");
        // (The state of the party's address: its place of business.)
        assert_eq!(gl.law, vec!["US-WA".to_string()]);
        assert!(gl.us);
        let us = assessed(&format!("Tallyfern, Inc. is a US company.\n\n{clause}"));
        assert_eq!(us.governing_law.unwrap().law, vec!["US".to_string()]);
        let eu = assessed(&format!(
            "Provider: Tallyfern SAS, 12 rue de la Paix, 75002 Paris.\n\n{clause}"
        ));
        let gl = eu.governing_law.expect("a choice of law");
        assert!(gl.law.is_empty(), "{:?}", gl.law);
        assert!(!gl.us);
    }

    #[test]
    fn the_law_of_the_seat_is_the_us_partys_state_when_named() {
        let us = assessed(
            "Licensor: Brightwater Analytics, Inc., a Delaware corporation.\n\nThese Terms are governed by the laws of the State in which our principal place of business is located.",
        );
        let gl = us.governing_law.expect("a choice of law");
        assert_eq!(gl.law, vec!["US-DE".to_string()]);
        assert!(gl.us);
    }

    #[test]
    fn a_law_named_by_a_defined_term_is_the_place_its_definition_names() {
        let doc = "1.3 \"Applicable Jurisdiction\" means the State of Oregon.\n\n9.1 These Terms are governed by the laws of the Applicable Jurisdiction, without regard to its conflict of laws rules.";
        let gl = assessed(doc).governing_law.expect("a choice of law");
        assert_eq!(gl.law, vec!["US-OR".to_string()]);
        assert!(gl.us);
        // In the other languages too (each branch of the rule has its own
        // group name).
        let doc = "1.7 „Maßgebliche Rechtsordnung“ bezeichnet das Recht des Staates Oregon.\n\n7.1 Dieser Vertrag unterliegt der Maßgeblichen Rechtsordnung.";
        let gl = assessed(doc).governing_law.expect("a choice of law");
        assert_eq!(gl.law, vec!["US-OR".to_string()]);
        let doc = "1.4 «Legislación Rectora» significa la legislación del Estado de Oregón.\n\n8.1 Estas Condiciones se regirán por la Legislación Rectora.";
        let gl = assessed(doc).governing_law.expect("a choice of law");
        assert_eq!(gl.law, vec!["US-OR".to_string()]);
        // A seat: US law for a US party, no code for a French one.
        let seat = "\"Home State\" means the state in which Licensor has its principal office.\n\n8.1 These Terms are governed by the laws of the Home State.";
        let us = assessed(&format!(
            "Licensor: Brightwater Analytics, Inc., 500 Pine Street, Seattle, WA 98101.\n\n{seat}"
        ));
        assert!(us.governing_law.expect("a choice of law").us);
        let fr = assessed(&format!(
            "Licensor: Brightwater SAS, 12 rue de la Paix, 75002 Paris.\n\n{seat}"
        ));
        let gl = fr.governing_law.expect("a choice of law");
        assert!(!gl.us && gl.law.is_empty(), "{gl:?}");
        // An undefined term is no choice of law.
        let none = assessed("These Terms are governed by the laws of the Applicable Jurisdiction.");
        assert!(none.governing_law.is_none(), "{:?}", none.governing_law);
    }
}
