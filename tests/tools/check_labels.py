#!/usr/bin/env python3
"""Check corpus/labels.json against the files under corpus/ (stdlib only).

Usage: python3 tests/tools/check_labels.py [--root DIR] [--quiet]

Checks:
- every file under corpus/ (except labels.json) has exactly one record and
  every record names an existing file;
- record shape: keys, types, closed value sets, country/subdivision codes;
- every findings[].text occurs verbatim in the document text (for a PDF or
  an RTF file, in the text source named by its "source" field, which must
  exist);
- labels agree with findings: a category has findings iff its label is true
  (governing_law findings iff a choice-of-law, venue or arbitration label is
  set), and derived fields agree (us_governing_law, stance, versions, kinds);
- each PDF (RTF) is byte-identical to what tests/tools/txt2pdf.py
  (txt2rtf.py) makes from its source (run tests/tools/make_corpus_pdfs.sh
  after editing a source);
- text documents are UTF-8 with 30 to 200 lines.

Exit status 0 when everything passes, 1 otherwise. A summary of counts per
language, doc type and category is printed at the end.
"""

import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import txt2pdf  # noqa: E402
import txt2rtf  # noqa: E402

# Generated formats: (source folder under tests/fixtures, builder).
GENERATED = {
    ".pdf": ("pdf-src", lambda text: txt2pdf.build_pdf(text, title=txt2pdf.first_line(text))),
    ".rtf": ("rtf-src", txt2rtf.build_rtf),
}

LANGUAGES = {"en", "fr", "de", "es", "it", "nl"}
DOC_TYPES = {"dpa", "privacy_policy", "terms", "cgv", "contract", "other"}
CATEGORIES = [
    "privacy_shield",
    "dpf",
    "scc",
    "governing_law",
    "government_access",
    "us_transfer",
    "us_entity",
]
STANCES = {"relies", "historical", "negated"}
SCC_VERSIONS = {"2021", "2010", "UK-Addendum", "UK-IDTA"}
SCC_MODULES = {1, 2, 3, 4}
GOV_KINDS = {
    "cloud_act",
    "fisa_702",
    "eo_12333",
    "patriot_act",
    "nsl",
    "law_enforcement_requests",
    "transparency_report",
    "notify_customer",
    "challenge_requests",
}
# Arbitral institutions named in arbitration clauses.
ARBITRATION = {
    "JAMS", "AAA", "ICDR", "ICC", "LCIA", "DIS", "NAI", "CAM", "SCC",
    "SIAC", "VIAC", "CEPANI", "Swiss Rules", "CAM-Madrid", "UNCITRAL",
}
LABEL_KEYS = [
    "privacy_shield",
    "privacy_shield_stance",
    "dpf",
    "scc",
    "scc_version",
    "scc_modules",
    "governing_law",
    "governing_law_jurisdictions",
    "us_governing_law",
    "venue_jurisdictions",
    "arbitration",
    "government_access",
    "government_access_kinds",
    "us_transfer",
    "us_entity",
]
RECORD_KEYS = {"file", "language", "doc_type", "labels", "findings", "notes"}
OPTIONAL_RECORD_KEYS = {"source"}

ISO_ALPHA2 = set(
    """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV
CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS
ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()
)
US_STATES = set(
    """
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT
NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
""".split()
)
CA_PROVINCES = set("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
GB_NATIONS = {"ENG", "SCT", "WLS", "NIR"}


def valid_code(code):
    if not isinstance(code, str):
        return False
    if code in ISO_ALPHA2:
        return True
    head, sep, tail = code.partition("-")
    if not sep:
        return False
    return (
        (head == "US" and tail in US_STATES)
        or (head == "CA" and tail in CA_PROVINCES)
        or (head == "GB" and tail in GB_NATIONS)
    )


def is_us(code):
    return code == "US" or code.startswith("US-")


class Checker:
    def __init__(self, root):
        self.root = root
        self.corpus = os.path.join(root, "corpus")
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def corpus_files(self):
        found = []
        for dirpath, dirnames, filenames in os.walk(self.corpus):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, name), self.corpus)
                rel = rel.replace(os.sep, "/")
                if rel == "labels.json":
                    continue
                found.append(rel)
        return found

    def read_text(self, path, where):
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except OSError as exc:
            self.err(where, f"cannot read {path}: {exc}")
            return None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.err(where, f"not UTF-8: {exc}")
            return None

    def check_list(self, where, name, value, allowed=None, check=None):
        if not isinstance(value, list):
            self.err(where, f"{name} must be a list")
            return []
        if len(set(map(str, value))) != len(value):
            self.err(where, f"{name} has duplicates: {value}")
        for v in value:
            if allowed is not None and v not in allowed:
                self.err(where, f"{name}: invalid value {v!r}")
            if check is not None and not check(v):
                self.err(where, f"{name}: invalid code {v!r}")
        return value

    def check_record(self, rec):
        where = rec.get("file", "<no file>")
        keys = set(rec)
        missing = RECORD_KEYS - keys
        extra = keys - RECORD_KEYS - OPTIONAL_RECORD_KEYS
        if missing:
            self.err(where, f"missing keys {sorted(missing)}")
        if extra:
            self.err(where, f"unknown keys {sorted(extra)}")
        file = rec.get("file", "")
        lang = file.split("/", 1)[0]
        if rec.get("language") not in LANGUAGES:
            self.err(where, f"invalid language {rec.get('language')!r}")
        elif rec["language"] != lang:
            self.err(where, f"language {rec['language']} != folder {lang}")
        if rec.get("doc_type") not in DOC_TYPES:
            self.err(where, f"invalid doc_type {rec.get('doc_type')!r}")
        if not isinstance(rec.get("notes", ""), str):
            self.err(where, "notes must be a string")

        # --- the text the findings refer to
        text = None
        ext = os.path.splitext(file)[1]
        if ext in GENERATED:
            folder, build = GENERATED[ext]
            src = rec.get("source")
            stem = os.path.splitext(os.path.basename(file))[0]
            expected = f"tests/fixtures/{folder}/{lang}_{stem}.txt"
            if src != expected:
                self.err(where, f"source must be {expected!r}, got {src!r}")
            src_path = os.path.join(self.root, expected)
            text = self.read_text(src_path, where)
            if text is not None:
                want = build(text)
                try:
                    with open(os.path.join(self.corpus, file), "rb") as fh:
                        have = fh.read()
                except OSError:
                    have = None
                if have != want:
                    self.err(
                        where,
                        f"{ext[1:].upper()} differs from what its source generates; "
                        "run tests/tools/make_corpus_pdfs.sh",
                    )
        else:
            if "source" in rec:
                self.err(where, "only PDF and RTF records carry a source")
            if os.path.exists(os.path.join(self.corpus, file)):
                text = self.read_text(os.path.join(self.corpus, file), where)
        if text is not None:
            n_lines = len(text.replace("\f", "\n").splitlines())
            if not 30 <= n_lines <= 200:
                self.err(where, f"{n_lines} lines (want 30..200)")

        # --- labels
        labels = rec.get("labels")
        if not isinstance(labels, dict):
            self.err(where, "labels must be an object")
            return
        if list(labels) != LABEL_KEYS:
            if set(labels) != set(LABEL_KEYS):
                self.err(
                    where,
                    f"label keys differ: missing {sorted(set(LABEL_KEYS) - set(labels))}"
                    f", unknown {sorted(set(labels) - set(LABEL_KEYS))}",
                )
                return
        for key in [
            "privacy_shield", "dpf", "scc", "governing_law", "us_governing_law",
            "government_access", "us_transfer", "us_entity",
        ]:
            if not isinstance(labels[key], bool):
                self.err(where, f"{key} must be true/false")
        stance = labels["privacy_shield_stance"]
        if labels["privacy_shield"]:
            if stance not in STANCES:
                self.err(where, f"privacy_shield true needs a stance, got {stance!r}")
        elif stance is not None:
            self.err(where, "privacy_shield_stance must be null when privacy_shield is false")
        versions = self.check_list(where, "scc_version", labels["scc_version"], SCC_VERSIONS)
        modules = self.check_list(where, "scc_modules", labels["scc_modules"], SCC_MODULES)
        if not labels["scc"] and (versions or modules):
            self.err(where, "scc_version/scc_modules set while scc is false")
        law = self.check_list(
            where, "governing_law_jurisdictions",
            labels["governing_law_jurisdictions"], check=valid_code,
        )
        if not labels["governing_law"] and law:
            self.err(where, "governing_law_jurisdictions set while governing_law is false")
        if labels["us_governing_law"] != any(is_us(c) for c in law if isinstance(c, str)):
            self.err(where, "us_governing_law must be true iff a jurisdiction is US or US-XX")
        venue = self.check_list(
            where, "venue_jurisdictions", labels["venue_jurisdictions"], check=valid_code
        )
        arb = self.check_list(where, "arbitration", labels["arbitration"], ARBITRATION)
        kinds = self.check_list(
            where, "government_access_kinds", labels["government_access_kinds"], GOV_KINDS
        )
        if not labels["government_access"] and kinds:
            self.err(where, "government_access_kinds set while government_access is false")

        # --- findings
        findings = rec.get("findings")
        if not isinstance(findings, list):
            self.err(where, "findings must be a list")
            return
        by_cat = collections.Counter()
        seen = set()
        for i, f in enumerate(findings):
            fw = f"{where}: findings[{i}]"
            if not isinstance(f, dict) or set(f) != {"category", "text"}:
                self.err(fw, "must be an object with exactly category and text")
                continue
            cat, snippet = f["category"], f["text"]
            if cat not in CATEGORIES:
                self.err(fw, f"invalid category {cat!r}")
                continue
            if not isinstance(snippet, str) or not snippet.strip():
                self.err(fw, "empty text")
                continue
            if (cat, snippet) in seen:
                self.err(fw, f"duplicate finding {cat}: {snippet!r}")
            seen.add((cat, snippet))
            if snippet != snippet.strip():
                self.err(fw, f"text has leading/trailing whitespace: {snippet!r}")
            if text is not None and snippet not in text:
                self.err(fw, f"text not found in document: {snippet!r}")
            by_cat[cat] += 1
        for cat in CATEGORIES:
            if cat == "governing_law":
                label_on = bool(labels["governing_law"] or venue or arb)
                label_desc = "governing_law / venue_jurisdictions / arbitration"
            else:
                label_on = bool(labels[cat])
                label_desc = cat
            if label_on and not by_cat[cat]:
                self.err(where, f"{label_desc} set but no {cat} finding")
            if by_cat[cat] and not label_on:
                self.err(where, f"{cat} findings but {label_desc} not set")

    def run(self):
        path = os.path.join(self.corpus, "labels.json")
        try:
            with open(path, encoding="utf-8") as fh:
                records = json.load(fh)
        except (OSError, ValueError) as exc:
            self.err("labels.json", f"cannot load: {exc}")
            return []
        if not isinstance(records, list):
            self.err("labels.json", "must be a JSON array")
            return []
        files = self.corpus_files()
        names = collections.Counter(r.get("file") for r in records if isinstance(r, dict))
        for name, n in names.items():
            if n > 1:
                self.err(name, f"{n} records")
        for name in files:
            if name not in names:
                self.err(name, "file has no record in labels.json")
        for name in names:
            if name not in files:
                self.err(str(name), "record names a file that does not exist")
        for rec in records:
            if isinstance(rec, dict):
                self.check_record(rec)
            else:
                self.err("labels.json", "every record must be an object")
        # every PDF and RTF source is used by exactly one record
        used = {r.get("source") for r in records if isinstance(r, dict)}
        for folder, _ in GENERATED.values():
            src_dir = os.path.join(self.root, "tests", "fixtures", folder)
            if not os.path.isdir(src_dir):
                continue
            for name in sorted(os.listdir(src_dir)):
                rel = f"tests/fixtures/{folder}/{name}"
                if name.endswith(".txt") and rel not in used:
                    self.err(rel, "source not used by any record")
        return records


def summary(records):
    lines = []
    by_lang = collections.Counter(r["language"] for r in records)
    lines.append(f"{len(records)} documents: " + ", ".join(
        f"{k} {by_lang[k]}" for k in sorted(by_lang)))
    by_type = collections.Counter(r["doc_type"] for r in records)
    lines.append("doc types: " + ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())))
    fmt = collections.Counter(os.path.splitext(r["file"])[1] for r in records)
    lines.append("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    lab = collections.Counter()
    for r in records:
        L = r["labels"]
        for k in ["privacy_shield", "dpf", "scc", "governing_law", "us_governing_law",
                  "government_access", "us_transfer", "us_entity"]:
            lab[k] += bool(L[k])
        lab["venue"] += bool(L["venue_jurisdictions"])
        lab["arbitration"] += bool(L["arbitration"])
    lines.append("labels true: " + ", ".join(f"{k} {v}" for k, v in lab.items()))
    cats = collections.Counter(f["category"] for r in records for f in r["findings"])
    lines.append("findings: " + ", ".join(f"{k} {cats[k]}" for k in CATEGORIES))
    no_findings = sum(1 for r in records if not r["findings"])
    risky = 0
    for r in records:
        L = r["labels"]
        if (L["privacy_shield"] or L["dpf"] or L["scc"] or L["us_governing_law"]
                or any(is_us(c) for c in L["venue_jurisdictions"])
                or L["government_access"] or L["us_transfer"] or L["us_entity"]):
            risky += 1
    lines.append(
        f"no findings at all: {no_findings}; no risk category "
        f"(at most non-US governing law/venue): {len(records) - risky}"
    )
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(HERE)))
    ap.add_argument("--quiet", action="store_true", help="no summary")
    args = ap.parse_args()
    checker = Checker(os.path.abspath(args.root))
    records = checker.run()
    for e in checker.errors:
        print("ERROR", e)
    if checker.errors:
        print(f"{len(checker.errors)} error(s)")
        return 1
    if not args.quiet:
        print(summary(records))
    print(f"labels OK: {len(records)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
