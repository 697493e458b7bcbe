//! Rule packs: loading, validation and compilation.
//!
//! A pack is a TOML file in `patterns/` (see `patterns/README.md` for the
//! format). Rules match on normalized text (see [`crate::normalize`]), so
//! their keywords and regexes are written in lower case without accents.
//! A regex may use placeholders such as `{jurisdiction}` that expand to the
//! names of the gazetteer in `patterns/jurisdictions.toml`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::normalize::fold;

/// The finding categories. Their snake_case names are part of the public
/// JSON schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    PrivacyShield,
    Dpf,
    Scc,
    GoverningLaw,
    GovernmentAccess,
    UsTransfer,
    UsEntity,
}

impl Category {
    /// Every category, in schema order.
    pub const ALL: [Category; 7] = [
        Category::PrivacyShield,
        Category::Dpf,
        Category::Scc,
        Category::GoverningLaw,
        Category::GovernmentAccess,
        Category::UsTransfer,
        Category::UsEntity,
    ];

    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::PrivacyShield => "privacy_shield",
            Category::Dpf => "dpf",
            Category::Scc => "scc",
            Category::GoverningLaw => "governing_law",
            Category::GovernmentAccess => "government_access",
            Category::UsTransfer => "us_transfer",
            Category::UsEntity => "us_entity",
        }
    }

    /// Parse a snake_case name.
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much a finding matters on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
}

impl Severity {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }

    /// Parse a snake_case name.
    pub fn parse(s: &str) -> Option<Severity> {
        [
            Severity::Info,
            Severity::Low,
            Severity::Medium,
            Severity::High,
        ]
        .into_iter()
        .find(|c| c.as_str() == s)
    }
}

/// Languages a rule may declare.
pub const LANGUAGES: [&str; 7] = ["en", "fr", "de", "es", "it", "nl", "any"];

/// A rule pack file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    /// Default category for the rules of this file.
    category: Option<String>,
    #[serde(default)]
    rules: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    category: Option<String>,
    severity: String,
    description: String,
    languages: Vec<String>,
    keywords: Vec<String>,
    regex: String,
    #[serde(default)]
    attributes: BTreeMap<String, toml::Value>,
    #[serde(default)]
    should_match: Vec<String>,
    #[serde(default)]
    should_not_match: Vec<String>,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub category: Category,
    pub severity: Severity,
    pub description: String,
    pub languages: Vec<String>,
    /// Keywords in normalized form.
    pub keywords: Vec<String>,
    pub regex: Regex,
    /// Attributes the rule sets on every finding (e.g. `kind = "cloud_act"`).
    pub attributes: BTreeMap<String, serde_json::Value>,
    pub should_match: Vec<String>,
    pub should_not_match: Vec<String>,
    /// The file the rule came from.
    pub source: PathBuf,
}

/// A jurisdiction of the gazetteer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJurisdiction {
    code: String,
    kind: String,
    names: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RawGazetteer {
    #[serde(default)]
    jurisdiction: Vec<RawJurisdiction>,
}

/// Names of places mapped to jurisdiction codes (ISO 3166-1 alpha-2,
/// `US-XX` for US states, `US` for the United States as a whole).
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    by_name: HashMap<String, (String, String)>,
}

impl Gazetteer {
    /// The code for a normalized name, if known.
    pub fn code(&self, name: &str) -> Option<&str> {
        let key = fold(name);
        let key = key.trim().trim_end_matches([',', ';', ':']).trim();
        self.by_name.get(key).map(|(c, _)| c.as_str()).or_else(|| {
            // Allow a leading article or "state of" the rule regex kept.
            let stripped = strip_prefixes(key);
            self.by_name.get(stripped).map(|(c, _)| c.as_str())
        })
    }

    /// All names of the given kinds (all kinds when `kinds` is empty),
    /// longest first, as a regex alternation.
    fn alternation(&self, kinds: &[&str]) -> String {
        let mut names: Vec<&String> = self
            .by_name
            .iter()
            .filter(|(_, (_, kind))| kinds.is_empty() || kinds.contains(&kind.as_str()))
            .map(|(n, _)| n)
            .collect();
        names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        if names.is_empty() {
            return "(?:[^\\s\\S])".to_string();
        }
        let body: Vec<String> = names.iter().map(|n| name_regex(n)).collect();
        format!("(?:{})", body.join("|"))
    }

    fn len(&self) -> usize {
        self.by_name.len()
    }
}

/// A gazetteer name as a regex: literal, with word boundaries where the name
/// starts or ends with a word character.
fn name_regex(name: &str) -> String {
    let mut s = regex::escape(name);
    if name.chars().next().is_some_and(|c| c.is_alphanumeric()) {
        s = format!("\\b{s}");
    }
    if name.chars().last().is_some_and(|c| c.is_alphanumeric()) {
        s.push_str("\\b");
    }
    s
}

fn strip_prefixes(mut key: &str) -> &str {
    const PREFIXES: [&str; 24] = [
        "the ",
        "le ",
        "la ",
        "les ",
        "l'",
        "du ",
        "de ",
        "des ",
        "del ",
        "dello ",
        "della ",
        "di ",
        "der ",
        "des ",
        "dem ",
        "het ",
        "el ",
        "lo ",
        "il ",
        "van ",
        "d'",
        "state of ",
        "etat de ",
        "staat ",
    ];
    loop {
        let before = key;
        for p in PREFIXES {
            if let Some(rest) = key.strip_prefix(p) {
                key = rest.trim_start();
            }
        }
        if before == key {
            return key;
        }
    }
}

/// Placeholders usable in rule regexes and the gazetteer kinds they cover.
const PLACEHOLDERS: [(&str, &[&str]); 5] = [
    ("jurisdiction", &[]),
    ("us_state", &["us_state"]),
    ("us", &["us_state", "us_federal"]),
    ("country", &["country", "us_federal"]),
    ("city", &["city"]),
];

/// A compiled set of rules plus the gazetteer they use.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub gazetteer: Gazetteer,
}

/// An error in a rule pack. The message names the file and, where there is
/// one, the rule.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {message}", file.display(), rule.as_ref().map(|r| format!(": rule `{r}`")).unwrap_or_default())]
pub struct RuleError {
    pub file: PathBuf,
    pub rule: Option<String>,
    pub message: String,
}

impl RuleError {
    fn new(file: &Path, rule: Option<&str>, message: impl Into<String>) -> RuleError {
        RuleError {
            file: file.to_path_buf(),
            rule: rule.map(str::to_string),
            message: message.into(),
        }
    }
}

/// The rule packs compiled into the binary: (file name, contents).
pub const BUNDLED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/bundled_rules.rs"));

/// The name of the gazetteer file inside a rule directory.
pub const GAZETTEER_FILE: &str = "jurisdictions.toml";

/// Where rules come from.
#[derive(Debug, Clone, Default)]
pub struct RuleSources {
    /// Use the packs compiled into the binary.
    pub bundled: bool,
    /// Directories whose `*.toml` files are loaded too.
    pub dirs: Vec<PathBuf>,
}

impl RuleSet {
    /// The packs compiled into the binary.
    pub fn bundled() -> Result<RuleSet, RuleError> {
        RuleSet::load(&RuleSources {
            bundled: true,
            dirs: vec![],
        })
    }

    /// Load and compile rules from the given sources.
    pub fn load(sources: &RuleSources) -> Result<RuleSet, RuleError> {
        let mut files: Vec<(PathBuf, String)> = Vec::new();
        if sources.bundled {
            for (name, text) in BUNDLED {
                files.push((PathBuf::from("patterns").join(name), text.to_string()));
            }
        }
        for dir in &sources.dirs {
            let entries = std::fs::read_dir(dir).map_err(|e| {
                RuleError::new(dir, None, format!("cannot read rule directory: {e}"))
            })?;
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            paths.sort();
            if paths.is_empty() {
                return Err(RuleError::new(
                    dir,
                    None,
                    "no *.toml rule files in this directory",
                ));
            }
            for p in paths {
                let text = std::fs::read_to_string(&p)
                    .map_err(|e| RuleError::new(&p, None, format!("cannot read: {e}")))?;
                files.push((p, text));
            }
        }
        RuleSet::from_texts(&files)
    }

    /// Compile rules from (path, TOML text) pairs. A file named
    /// `jurisdictions.toml` is the gazetteer; when several are given their
    /// names are merged, and when none is, the bundled one is used.
    pub fn from_texts(files: &[(PathBuf, String)]) -> Result<RuleSet, RuleError> {
        let mut gazetteer = Gazetteer::default();
        let mut saw_gazetteer = false;
        for (path, text) in files {
            if is_gazetteer(path) {
                saw_gazetteer = true;
                load_gazetteer(&mut gazetteer, path, text)?;
            }
        }
        if !saw_gazetteer {
            for (name, text) in BUNDLED {
                if *name == GAZETTEER_FILE {
                    load_gazetteer(
                        &mut gazetteer,
                        Path::new("patterns/jurisdictions.toml"),
                        text,
                    )?;
                }
            }
        }
        let mut placeholder_regex = HashMap::new();
        for (name, kinds) in PLACEHOLDERS {
            placeholder_regex.insert(name, gazetteer.alternation(kinds));
        }
        let mut rules = Vec::new();
        let mut seen: HashMap<String, PathBuf> = HashMap::new();
        for (path, text) in files {
            if is_gazetteer(path) {
                continue;
            }
            let pack: RawPack = toml::from_str(text).map_err(|e| {
                RuleError::new(path, None, format!("invalid TOML: {}", e.message()))
            })?;
            for raw in pack.rules {
                let rule = compile_rule(path, pack.category.as_deref(), raw, &placeholder_regex)?;
                if let Some(other) = seen.insert(rule.id.clone(), path.clone()) {
                    return Err(RuleError::new(
                        path,
                        Some(&rule.id),
                        format!("duplicate rule id (also in {})", other.display()),
                    ));
                }
                rules.push(rule);
            }
        }
        if rules.is_empty() {
            let file = files.first().map(|(p, _)| p.clone()).unwrap_or_default();
            return Err(RuleError::new(&file, None, "no rules loaded"));
        }
        Ok(RuleSet { rules, gazetteer })
    }

    /// Number of gazetteer names.
    pub fn gazetteer_len(&self) -> usize {
        self.gazetteer.len()
    }
}

fn is_gazetteer(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == GAZETTEER_FILE)
}

fn load_gazetteer(g: &mut Gazetteer, path: &Path, text: &str) -> Result<(), RuleError> {
    let raw: RawGazetteer = toml::from_str(text)
        .map_err(|e| RuleError::new(path, None, format!("invalid TOML: {}", e.message())))?;
    for j in raw.jurisdiction {
        for name in &j.names {
            let key = fold(name);
            if key.is_empty() {
                return Err(RuleError::new(
                    path,
                    Some(&j.code),
                    "empty jurisdiction name",
                ));
            }
            g.by_name.insert(key, (j.code.clone(), j.kind.clone()));
        }
    }
    Ok(())
}

fn compile_rule(
    path: &Path,
    default_category: Option<&str>,
    raw: RawRule,
    placeholders: &HashMap<&str, String>,
) -> Result<Rule, RuleError> {
    let id = raw.id.trim().to_string();
    let err = |m: String| RuleError::new(path, Some(&id), m);
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.-".contains(c))
    {
        return Err(err(
            "id must be non-empty and use only a-z, 0-9, '_', '.', '-'".into(),
        ));
    }
    let cat_name = raw
        .category
        .as_deref()
        .or(default_category)
        .ok_or_else(|| {
            err("no category (set `category` on the rule or at the top of the file)".into())
        })?;
    let category = Category::parse(cat_name).ok_or_else(|| {
        err(format!(
            "unknown category `{cat_name}` (expected one of: {})",
            Category::ALL.map(Category::as_str).join(", ")
        ))
    })?;
    let severity = Severity::parse(&raw.severity).ok_or_else(|| {
        err(format!(
            "unknown severity `{}` (expected info, low, medium or high)",
            raw.severity
        ))
    })?;
    if raw.description.trim().is_empty() {
        return Err(err("description is empty".into()));
    }
    if raw.languages.is_empty() {
        return Err(err("languages is empty".into()));
    }
    for l in &raw.languages {
        if !LANGUAGES.contains(&l.as_str()) {
            return Err(err(format!(
                "unknown language `{l}` (expected one of: {})",
                LANGUAGES.join(", ")
            )));
        }
    }
    if raw.keywords.is_empty() {
        return Err(err(
            "keywords is empty: every rule needs at least one keyword".into(),
        ));
    }
    let mut keywords = Vec::new();
    for k in &raw.keywords {
        let f = fold(k);
        if f.len() < 2 {
            return Err(err(format!("keyword `{k}` is too short")));
        }
        keywords.push(f);
    }
    keywords.sort();
    keywords.dedup();
    let expanded = expand_placeholders(&raw.regex, placeholders).map_err(err)?;
    let regex = regex::RegexBuilder::new(&expanded)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .map_err(|e| err(format!("invalid regex: {e}")))?;
    if raw.should_match.is_empty() {
        return Err(err(
            "should_match is empty: every rule needs examples".into()
        ));
    }
    let mut attributes = BTreeMap::new();
    for (k, v) in raw.attributes {
        let json = serde_json::to_value(&v).map_err(|e| err(format!("attribute `{k}`: {e}")))?;
        attributes.insert(k, json);
    }
    Ok(Rule {
        id,
        category,
        severity,
        description: raw.description.trim().to_string(),
        languages: raw.languages,
        keywords,
        regex,
        attributes,
        should_match: raw.should_match,
        should_not_match: raw.should_not_match,
        source: path.to_path_buf(),
    })
}

/// Replace `{name}` placeholders with gazetteer alternations. Regex
/// repetitions like `{2}` or `{1,3}` are left alone.
fn expand_placeholders(
    regex: &str,
    placeholders: &HashMap<&str, String>,
) -> Result<String, String> {
    let mut out = String::with_capacity(regex.len());
    let mut rest = regex;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        match close {
            Some(close)
                if after[..close]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                    && !rest[..open].ends_with('\\') =>
            {
                let name = &after[..close];
                let alt = placeholders.get(name).ok_or_else(|| {
                    let known: BTreeSet<&str> = placeholders.keys().copied().collect();
                    format!(
                        "unknown placeholder `{{{name}}}` (known: {})",
                        known.into_iter().collect::<Vec<_>>().join(", ")
                    )
                })?;
                out.push_str(alt);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack(body: &str) -> Vec<(PathBuf, String)> {
        vec![
            (
                PathBuf::from("t/jurisdictions.toml"),
                "[[jurisdiction]]\ncode = \"US-CA\"\nkind = \"us_state\"\nnames = [\"california\", \"state of california\"]\n"
                    .to_string(),
            ),
            (PathBuf::from("t/pack.toml"), body.to_string()),
        ]
    }

    const GOOD: &str = r#"
category = "governing_law"
[[rules]]
id = "gl.en.test"
severity = "medium"
description = "test"
languages = ["en"]
keywords = ["Governed By"]
regex = '''governed by the laws of (?:the )?(?P<law>{jurisdiction})'''
should_match = ["governed by the laws of the State of California"]
"#;

    #[test]
    fn compiles_and_expands_placeholders() {
        let set = RuleSet::from_texts(&pack(GOOD)).unwrap();
        let r = &set.rules[0];
        assert_eq!(r.keywords, vec!["governed by"]);
        let caps = r
            .regex
            .captures("governed by the laws of the state of california")
            .unwrap();
        assert_eq!(&caps["law"], "state of california");
        assert_eq!(set.gazetteer.code("State of California"), Some("US-CA"));
        assert_eq!(set.gazetteer.code("the california"), Some("US-CA"));
    }

    #[test]
    fn errors_name_file_and_rule() {
        let bad = GOOD.replace("(?P<law>{jurisdiction})", "(unclosed");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(
            e.starts_with("t/pack.toml: rule `gl.en.test`: invalid regex"),
            "{e}"
        );

        let bad = GOOD.replace("\"medium\"", "\"severe\"");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(
            e.contains("rule `gl.en.test`: unknown severity `severe`"),
            "{e}"
        );

        let bad = GOOD.replace("{jurisdiction}", "{planet}");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(e.contains("unknown placeholder `{planet}`"), "{e}");

        let bad = GOOD.replace("governing_law", "weather");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(e.contains("unknown category `weather`"), "{e}");

        let bad = format!("{GOOD}\nbogus = 1\n");
        let e = RuleSet::from_texts(&pack(&bad)).unwrap_err().to_string();
        assert!(e.starts_with("t/pack.toml: invalid TOML"), "{e}");
    }

    #[test]
    fn repetition_braces_are_not_placeholders() {
        let p = HashMap::new();
        assert_eq!(expand_placeholders("a{2}b{1,3}", &p).unwrap(), "a{2}b{1,3}");
    }
}
