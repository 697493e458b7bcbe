#!/usr/bin/env python3
"""Lint patterns/jurisdictions.toml, the jurisdiction gazetteer.

Usage: python3 tests/tools/check_gazetteer.py [path/to/jurisdictions.toml]

Checks:
  * the file is valid TOML with only [[jurisdiction]] and [[us_state_abbrev]] tables;
  * every code is well-formed (^[A-Z]{2}(-[A-Z0-9]{1,3})?$) and consistent with its kind;
  * every kind is one of country | us_state | us_federal | subdivision | city;
  * a code is defined by at most one non-city entry, and every city maps to a defined code;
  * every name is lowercase ASCII, already normalized (no accents, no typographic apostrophes
    or dashes), without leading/trailing/double spaces;
  * no name appears twice (across entries or within one), so a name maps to exactly one code;
  * no name is a known ordinary-word trap (2-letter abbreviations, "us", "jersey", ...);
  * all 50 US states + DC, the federal "US" entry, all EU-27 + EEA states, GB and CH are present;
  * the [[us_state_abbrev]] table only references US state codes, with unique lowercase abbrevs.

Exits 0 when all checks pass, 1 otherwise (every problem is printed).
Python 3.11+ standard library only.
"""

import re
import sys
import tomllib
import unicodedata
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "patterns" / "jurisdictions.toml"

CODE_RE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
KINDS = {"country", "us_state", "us_federal", "subdivision", "city"}
# Characters a normalized name may contain.
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9 .,'&-]*$")

US_STATES = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY",
}
US_STATE_CODES = {"US-" + s for s in US_STATES} | {"US-DC"}
EU27 = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
}
EEA_EXTRA = {"IS", "LI", "NO"}
REQUIRED_COUNTRIES = EU27 | EEA_EXTRA | {"GB", "CH"}

# Names that must never be in the table: ordinary words / ambiguous places.
FORBIDDEN_NAMES = {
    "us", "vs", "v.s.", "america", "amerika", "federal", "state", "states", "york",
    "jersey", "carolina", "dakota", "columbia", "virgin islands", "victoria", "island",
    "islands", "rom", "essen", "fins", "lets", "pools", "gales", "colonia", "gent",
    "cork", "porto", "kansas city", "portland", "richmond", "cambridge", "birmingham",
    "newark", "columbus", "orange county", "clark county", "kings county",
    "hanover", "lyons", "plano", "servie", "santa clara", "san mateo", "san antonio",
    # function words in one of the six languages
    "seul", "vienne", "indien", "luik", "riga", "chili", "misuri",
}
# Short names that are fine despite being <= 3 letters.
SHORT_ALLOWED = {"uk", "usa", "uae", "nyc", "prc", "bvi", "nsw", "zug", "eeuu", "dprk", "usvi"}


def normalize(s: str) -> str:
    """Reference implementation of the matcher's text normalization."""
    for k, v in {"ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe"}.items():
        s = s.replace(k, v)
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    s = re.sub("[\u2018\u2019\u02bc]", "'", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())


class Report:
    def __init__(self):
        self.errors = []

    def err(self, msg):
        self.errors.append(msg)


def check_name(rep, where, name):
    if not isinstance(name, str):
        rep.err(f"{where}: name {name!r} is not a string")
        return
    if name != name.strip():
        rep.err(f"{where}: name {name!r} has leading/trailing whitespace")
    if "  " in name:
        rep.err(f"{where}: name {name!r} contains a double space")
    if re.search(r"\s", name.replace(" ", "")):
        rep.err(f"{where}: name {name!r} contains a non-space whitespace character")
    if name != name.lower():
        rep.err(f"{where}: name {name!r} is not lowercase")
    if not name.isascii():
        rep.err(f"{where}: name {name!r} contains non-ASCII (accented?) characters")
    elif not NAME_RE.match(name):
        rep.err(f"{where}: name {name!r} contains characters outside [a-z0-9 .,'&-]")
    if normalize(name) != name:
        rep.err(f"{where}: name {name!r} is not normalized (-> {normalize(name)!r})")
    if name in FORBIDDEN_NAMES:
        rep.err(f"{where}: name {name!r} is a forbidden ambiguous/ordinary word")
    letters = re.sub(r"[^a-z]", "", name)
    if len(letters) <= 3 and name not in SHORT_ALLOWED and not ("." in name and len(letters) >= 2):
        rep.err(f"{where}: name {name!r} is too short to be safe (add to SHORT_ALLOWED if intended)")


def check_kind_code(rep, where, kind, code):
    if kind == "country" and "-" in code:
        rep.err(f"{where}: country code {code!r} must be ISO 3166-1 alpha-2 (no subdivision part)")
    if kind == "us_state" and code not in US_STATE_CODES:
        rep.err(f"{where}: us_state code {code!r} is not one of the 50 states or US-DC")
    if kind == "us_federal" and code != "US":
        rep.err(f"{where}: us_federal code must be 'US', got {code!r}")
    if kind == "subdivision" and "-" not in code:
        rep.err(f"{where}: subdivision code {code!r} must be ISO 3166-2 (XX-YYY)")


def check(path: Path) -> list[str]:
    rep = Report()
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        return [f"{path}: cannot parse TOML: {e}"]

    unknown = set(data) - {"jurisdiction", "us_state_abbrev"}
    if unknown:
        rep.err(f"unknown top-level keys: {sorted(unknown)}")
    entries = data.get("jurisdiction")
    if not isinstance(entries, list) or not entries:
        return rep.errors + ["no [[jurisdiction]] entries"]

    name_owner = {}  # name -> (index, code)
    defined = {}  # code -> kind, for non-city entries
    cities = []
    for i, e in enumerate(entries):
        code = e.get("code")
        kind = e.get("kind")
        names = e.get("names")
        where = f"jurisdiction #{i + 1} ({code})"
        extra = set(e) - {"code", "kind", "names"}
        if extra:
            rep.err(f"{where}: unknown keys {sorted(extra)}")
        if not isinstance(code, str) or not CODE_RE.match(code):
            rep.err(f"{where}: malformed code {code!r}")
            continue
        if kind not in KINDS:
            rep.err(f"{where}: invalid kind {kind!r} (expected one of {sorted(KINDS)})")
            continue
        check_kind_code(rep, where, kind, code)
        if kind == "city":
            cities.append((where, code))
        elif code in defined:
            rep.err(f"{where}: code {code!r} already defined by another {defined[code]} entry")
        else:
            defined[code] = kind
        if not isinstance(names, list) or not names:
            rep.err(f"{where}: 'names' must be a non-empty list")
            continue
        for n in names:
            check_name(rep, where, n)
            if not isinstance(n, str):
                continue
            if n in name_owner:
                j, other = name_owner[n]
                if j == i:
                    rep.err(f"{where}: name {n!r} listed twice in the same entry")
                else:
                    rep.err(f"{where}: name {n!r} already maps to {other} (entry #{j + 1})")
            else:
                name_owner[n] = (i, code)

    for where, code in cities:
        if code not in defined:
            rep.err(f"{where}: city maps to {code!r}, which no country/state/subdivision entry defines")

    missing_states = sorted(US_STATE_CODES - {c for c, k in defined.items() if k == "us_state"})
    if missing_states:
        rep.err(f"missing US states / DC: {missing_states}")
    if defined.get("US") != "us_federal":
        rep.err("missing the 'US' us_federal entry")
    missing_countries = sorted(REQUIRED_COUNTRIES - {c for c, k in defined.items() if k == "country"})
    if missing_countries:
        rep.err(f"missing EU/EEA/GB/CH countries: {missing_countries}")
    if "GB-ENG" not in defined:
        rep.err("missing GB-ENG (England and Wales)")

    abbrev_owner = {}
    for i, a in enumerate(data.get("us_state_abbrev", [])):
        code = a.get("code")
        where = f"us_state_abbrev #{i + 1} ({code})"
        if set(a) - {"code", "abbrevs"}:
            rep.err(f"{where}: unknown keys {sorted(set(a) - {'code', 'abbrevs'})}")
        if code not in US_STATE_CODES:
            rep.err(f"{where}: code {code!r} is not a US state / DC code")
        abbrevs = a.get("abbrevs")
        if not isinstance(abbrevs, list) or not abbrevs:
            rep.err(f"{where}: 'abbrevs' must be a non-empty list")
            continue
        for ab in abbrevs:
            if not isinstance(ab, str) or ab != ab.strip().lower() or not ab.isascii() or not ab:
                rep.err(f"{where}: abbrev {ab!r} must be non-empty, lowercase, ASCII, trimmed")
            if ab in abbrev_owner:
                rep.err(f"{where}: abbrev {ab!r} already used by {abbrev_owner[ab]}")
            abbrev_owner[ab] = code
            if ab in name_owner:
                rep.err(f"{where}: abbrev {ab!r} is also a jurisdiction name")

    return rep.errors


def summary(path: Path) -> str:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    kinds = {}
    n = 0
    for e in data["jurisdiction"]:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
        n += len(e["names"])
    per_kind = ", ".join(f"{k}={v}" for k, v in sorted(kinds.items()))
    return (f"{len(data['jurisdiction'])} entries ({per_kind}), {n} names, "
            f"{len(data.get('us_state_abbrev', []))} us_state_abbrev entries")


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_PATH
    errors = check(path)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{path}: {len(errors)} problem(s)")
        return 1
    print(f"{path}: OK: {summary(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
