#!/usr/bin/env python3
"""Print [[jurisdiction]] entries for the ISO 3166-1 countries that
patterns/jurisdictions.toml does not have yet, with their names in English,
French, German, Spanish, Italian and Dutch as the iso-codes project
translates them (through the pycountry package: `pip install pycountry`).

Usage: python3 tests/tools/rulegen/countries.py > /tmp/countries.toml

Only noun forms are produced (no adjectives); parenthesised and
after-comma qualifiers are dropped ("Bolivia, Plurinational State of" ->
"bolivia"); a name already in the gazetteer, or produced twice, is skipped
(the first owner keeps it), as are names check_gazetteer.py forbids.
US territories get US-XX codes (kind subdivision) so that their law counts
as US law. Uninhabited territories are left out. Review the output (and run
tests/tools/check_gazetteer.py) before pasting it into the gazetteer.
"""

import gettext
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[3]
GAZ = ROOT / "patterns" / "jurisdictions.toml"
LANGS = ["fr", "de", "es", "it", "nl"]
SKIP = {"AQ", "BV", "HM", "TF", "GS", "IO", "UM", "PN", "CC", "CX", "NF", "SJ", "TK", "EH"}
US_TERRITORIES = {"PR": "US-PR", "VI": "US-VI", "GU": "US-GU", "AS": "US-AS", "MP": "US-MP"}
# Forms lawyers use that iso-codes does not give.
EXTRA = {
    "CD": ["democratic republic of the congo", "dr congo", "republique democratique du congo",
           "demokratische republik kongo", "republica democratica del congo",
           "repubblica democratica del congo", "democratische republiek congo"],
    "CG": ["republic of the congo", "republique du congo"],
    "MU": ["ile maurice", "republique de maurice"],
    "TD": ["republic of chad", "republique du tchad"],
    "JO": ["hashemite kingdom of jordan", "kingdom of jordan"],
    "RE": ["ile de la reunion"],
    "SG": ["republic of singapore", "singaporean", "singapourien", "singapourienne",
           "singapouriens", "singapouriennes", "singapurisch", "singapurische", "singapurischem",
           "singapurischen", "singapurischer", "singapurisches", "singapurense", "singapurenses",
           "singaporiano", "singaporiana", "singaporiani", "singaporiane", "singaporese"],
    "PR": ["commonwealth of puerto rico", "puerto rican", "porto rico", "portorico"],
    "CI": ["ivory coast", "cote d'ivoire", "cote divoire", "elfenbeinkuste", "costa de marfil",
           "costa d'avorio", "ivoorkust"],
}
# Ordinary words, first names and town names in one of the six languages.
AMBIGUOUS = {
    "reunion", "granada", "salvador", "dominique", "maurice", "jordan", "san martin",
    "santa lucia", "santa elena", "sant'elena", "salomon", "chad",
}


def fold(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2013", "-")
    for k, v in {"ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o"}.items():
        s = s.replace(k, v)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"\s+", " ", s.lower()).strip()
    return s


def clean(name: str) -> str:
    name = re.sub(r"\(.*?\)", "", name)
    name = name.split(",")[0]
    return fold(name)


def main() -> int:
    sys.path.insert(0, str(ROOT / "tests" / "tools"))
    from check_gazetteer import FORBIDDEN_NAMES  # noqa: E402

    gaz = tomllib.loads(GAZ.read_text())
    have_codes = {j["code"] for j in gaz["jurisdiction"]}
    used = {n for j in gaz["jurisdiction"] for n in j["names"]}
    trans = {
        l: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[l])
        for l in LANGS
    }
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = US_TERRITORIES.get(c.alpha_2, c.alpha_2)
        if c.alpha_2 in SKIP or code in have_codes:
            continue
        english = [getattr(c, "common_name", None), c.name]
        by_lang = {"en": [clean(n) for n in english if n]}
        for l in LANGS:
            by_lang[l] = [clean(trans[l].gettext(n)) for n in english if n]
        extra = EXTRA.get(c.alpha_2, [])
        names, lines = [], []
        for lang, forms in list(by_lang.items()) + [("extra", extra)]:
            kept = []
            for n in forms:
                if len(n) < 4 or n in used or n in FORBIDDEN_NAMES or n in AMBIGUOUS or not re.fullmatch(r"[a-z0-9][a-z0-9 .,'&-]*", n):
                    continue
                used.add(n)
                kept.append(n)
            if kept:
                lines.append((lang, kept))
                names.extend(kept)
        if not names:
            continue
        kind = "subdivision" if code.startswith("US-") else "country"
        print("[[jurisdiction]]")
        print(f"# {c.name}")
        print(f'code = "{code}"')
        print(f'kind = "{kind}"')
        print("names = [")
        for lang, kept in lines:
            print(f"  # {lang}")
            print("  " + ", ".join(f'"{n}"' for n in kept) + ",")
        print("]")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
