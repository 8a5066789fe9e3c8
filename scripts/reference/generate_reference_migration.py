#!/usr/bin/env python3
"""Generate the Flyway migration that creates and fills Mobility Desk's reference tables.

Output: backend/src/main/resources/db/migration/V1__reference_data.sql

Inputs (all committed under scripts/reference/data/, so a rerun works offline):
  ka171-countries.csv   ISO 3166-1 countries with names (en, ru, ky, kk), KA171 side,
                        receiving groups (calls 2022-2023 and 2024 onwards) and partner
                        region from call 2022 with its confidence (copied from shared/data).
  isced-f-2013.csv      ISCED-F 2013 fields of education (copied from shared/data).
  languages.csv         ISO 639-1 languages with names (en, ru, ky, kk). Regenerated from
                        Debian's iso-codes package (iso_639-2.json, iso_639-3.json and the
                        gettext catalogues iso_639-2.mo / iso_639-3.mo) when that package is
                        installed; otherwise the committed copy is used.
  languages-source.txt  Provenance of languages.csv (iso-codes version, translation counts).

EQF levels, CEFR levels and academic years are defined in this script.

Usage:
  python3 scripts/reference/generate_reference_migration.py            # regenerate
  python3 scripts/reference/generate_reference_migration.py --offline  # ignore installed iso-codes
  python3 scripts/reference/generate_reference_migration.py --check    # exit 1 if the SQL is stale

Python 3 standard library only. Output is deterministic: same inputs -> byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import hashlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
REPO = HERE.parent.parent
SCRIPT_REL = "scripts/reference/generate_reference_migration.py"
DEFAULT_OUTPUT = REPO / "backend/src/main/resources/db/migration/V1__reference_data.sql"

COUNTRIES_CSV = DATA / "ka171-countries.csv"
ISCED_CSV = DATA / "isced-f-2013.csv"
LANGUAGES_CSV = DATA / "languages.csv"
LANGUAGES_SOURCE = DATA / "languages-source.txt"

DEFAULT_ISO_JSON_DIR = Path("/usr/share/iso-codes/json")
DEFAULT_LOCALE_DIR = Path("/usr/share/locale")
TRANSLATED_LANGS = ("ru", "ky", "kk")

SIDE_MAP = {
    "eu": "EU",
    "associated": "ASSOCIATED",
    "partner": "PARTNER",
    "not-eligible": "NOT_ELIGIBLE",
}
CONFIDENCE_MAP = {"confirmed": "CONFIRMED", "probable": "PROBABLE", "unknown": "UNKNOWN"}

# Call-year ranges for country_classification: (first_call_year, last_call_year or None,
# CSV column holding the receiving group for that range). The partner region column
# (partner_region_2022_on) applies to every range. Call 2021 is deliberately absent: it used
# an older region numbering that DOMAIN-KA171.md gives only for Central Asia (region 7).
CALL_YEAR_RANGES = (
    (2022, 2023, "receiving_group_2022_2023"),
    (2024, None, "receiving_group_2024_on"),
)

# Cross-check of the CSV against DOMAIN-KA171.md section 3 (EL written as ISO GR).
DOMAIN_GROUPS = {
    "receiving_group_2022_2023": {
        1: "DK FI IS IE LI LU NO SE".split() + ["region 14"],
        2: "AT BE CY FR DE GR IT MT NL PT ES".split() + ["region 13"],
        3: "BG HR CZ EE HU LV LT MK PL RO RS SK SI TR".split(),
    },
    "receiving_group_2024_on": {
        1: "AT BE DK FI FR DE IS IE IT LI LU NL NO SE".split() + ["region 13", "region 14"],
        2: "CY CZ EE GR LV MT PT SK SI ES".split(),
        3: "BG HR HU LT MK PL RO RS TR".split(),
    },
}
DOMAIN_REGIONS_CONFIRMED = {
    6: set("KZ KG TJ TM UZ".split()),
    13: set("AD MC SM VA".split()),
    14: set("FO CH GB".split()),
}

# EQF levels. 5-8: the short names used for the tertiary levels (short cycle, first, second
# and third cycle); 1-4: the knowledge descriptor of each level in Annex II of the Council
# Recommendation on the EQF (2017/C 189/03).
EQF_LEVELS = (
    (1, "Basic general knowledge"),
    (2, "Basic factual knowledge of a field of work or study"),
    (3, "Knowledge of facts, principles, processes and general concepts, in a field of work or study"),
    (4, "Factual and theoretical knowledge in broad contexts within a field of work or study"),
    (5, "Short-cycle tertiary"),
    (6, "Bachelor or equivalent"),
    (7, "Master or equivalent"),
    (8, "Doctoral or equivalent"),
)

# CEFR common reference levels with the names of the Council of Europe's CEFR.
CEFR_LEVELS = (
    ("A1", 1, "Breakthrough"),
    ("A2", 2, "Waystage"),
    ("B1", 3, "Threshold"),
    ("B2", 4, "Vantage"),
    ("C1", 5, "Effective operational proficiency"),
    ("C2", 6, "Mastery"),
)

ACADEMIC_YEAR_FIRST = 2014  # 2014/2015
ACADEMIC_YEAR_LAST = 2035   # 2035/2036


class DataError(Exception):
    pass


# --------------------------------------------------------------------------- helpers

def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [dict(r) for r in reader]
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DataError(f"{path.name}:{i}: wrong number of fields")
        for k, v in row.items():
            if v != v.strip():
                raise DataError(f"{path.name}:{i}: leading/trailing blanks in {k}: {v!r}")
    return rows


def sql_str(value: str | None) -> str:
    if value is None:
        return "NULL"
    if "\x00" in value:
        raise DataError(f"NUL character in {value!r}")
    if "${" in value:  # Flyway placeholder syntax; would be substituted at migration time
        raise DataError(f"Flyway placeholder syntax in {value!r}")
    return "'" + value.replace("'", "''") + "'"


def sql_int(value: int | None) -> str:
    return "NULL" if value is None else str(int(value))


def insert(table: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """One multi-row INSERT; rows are already rendered SQL literals."""
    if not rows:
        raise DataError(f"no rows for {table}")
    lines = [f"INSERT INTO {table} ({', '.join(columns)}) VALUES"]
    for i, row in enumerate(rows):
        sep = "," if i < len(rows) - 1 else ";"
        lines.append(f"    ({', '.join(row)}){sep}")
    return "\n".join(lines) + "\n"


def parse_int(text: str, lo: int, hi: int, what: str) -> int | None:
    if text == "":
        return None
    if not re.fullmatch(r"[0-9]+", text):
        raise DataError(f"{what}: not an integer: {text!r}")
    n = int(text)
    if not lo <= n <= hi:
        raise DataError(f"{what}: {n} outside {lo}..{hi}")
    return n


# --------------------------------------------------------------------------- countries

def load_countries() -> tuple[list[dict], list[str]]:
    rows = read_csv(COUNTRIES_CSV)
    expected = ["iso2", "name_en", "name_ru", "name_ky", "name_kk", "side",
                "receiving_group_2022_2023", "receiving_group_2024_on",
                "partner_region_2022_on", "region_confidence"]
    if not rows or list(rows[0].keys()) != expected:
        raise DataError(f"{COUNTRIES_CSV.name}: unexpected header, want {','.join(expected)}")
    notes: list[str] = []
    seen: set[str] = set()
    countries = []
    for row in rows:
        code = row["iso2"]
        where = f"{COUNTRIES_CSV.name} {code}"
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise DataError(f"{where}: bad ISO 3166-1 alpha-2 code")
        if code in seen:
            raise DataError(f"{where}: duplicate code")
        seen.add(code)
        for k in ("name_en", "name_ru", "name_ky", "name_kk"):
            if not row[k]:
                raise DataError(f"{where}: empty {k}")
        if row["side"] not in SIDE_MAP:
            raise DataError(f"{where}: unknown side {row['side']!r}")
        groups = {col: parse_int(row[col], 1, 3, f"{where} {col}") for _, _, col in CALL_YEAR_RANGES}
        region = parse_int(row["partner_region_2022_on"], 1, 14, f"{where} partner_region_2022_on")
        conf_raw = row["region_confidence"]
        if conf_raw and conf_raw not in CONFIDENCE_MAP:
            raise DataError(f"{where}: unknown region_confidence {conf_raw!r}")
        if region is not None and not conf_raw:
            raise DataError(f"{where}: partner region without confidence")
        # region_confidence qualifies the partner region; without a region it is not stored.
        confidence = CONFIDENCE_MAP[conf_raw] if (region is not None and conf_raw) else None
        countries.append({
            "code": code,
            "name_en": row["name_en"], "name_ru": row["name_ru"],
            "name_ky": row["name_ky"], "name_kk": row["name_kk"],
            "side": SIDE_MAP[row["side"]],
            "groups": groups, "region": region, "confidence": confidence,
            "confidence_raw": conf_raw,
        })
    countries.sort(key=lambda c: c["code"])

    dropped = [c for c in countries if c["region"] is None and c["confidence_raw"]]
    if dropped:
        sides = "/".join(sorted({c["side"] for c in dropped}))
        notes.append(f"region_confidence given in the CSV without a partner region is not stored "
                     f"({len(dropped)} countries, side {sides})")
    check_against_domain(countries)
    return countries, notes


def check_against_domain(countries: list[dict]) -> None:
    by_code = {c["code"]: c for c in countries}
    for col, groups in DOMAIN_GROUPS.items():
        want: dict[str, int] = {}
        for group, members in groups.items():
            for m in members:
                if m.startswith("region "):
                    region = int(m.split()[1])
                    for c in countries:
                        if c["region"] == region:
                            want[c["code"]] = group
                else:
                    want[m] = group
        got = {c["code"]: c["groups"][col] for c in countries if c["groups"][col] is not None}
        if got != want:
            diff = sorted(set(got.items()) ^ set(want.items()))
            raise DataError(f"{col} disagrees with DOMAIN-KA171.md section 3: {diff}")
    for region, members in DOMAIN_REGIONS_CONFIRMED.items():
        got = {c["code"] for c in countries if c["region"] == region}
        if got != members:
            raise DataError(f"region {region}: CSV has {sorted(got)}, DOMAIN-KA171.md {sorted(members)}")
        for code in members:
            if by_code[code]["confidence"] != "CONFIRMED":
                raise DataError(f"{code}: region {region} is confirmed in DOMAIN-KA171.md")
    for c in countries:
        if c["side"] == "PARTNER" and c["region"] is None:
            raise DataError(f"{c['code']}: partner country without a region")
        if c["side"] != "PARTNER" and c["region"] is not None:
            raise DataError(f"{c['code']}: region on a non-partner country")
        if c["side"] in ("EU", "ASSOCIATED") and None in c["groups"].values():
            raise DataError(f"{c['code']}: programme-side country without receiving group")


def classification_rows(countries: list[dict]) -> list[tuple[str, ...]]:
    rows = []
    for c in countries:
        if c["region"] is None and all(g is None for g in c["groups"].values()):
            continue
        for first, last, col in CALL_YEAR_RANGES:
            rows.append((sql_str(c["code"]), sql_int(first), sql_int(last),
                         sql_int(c["groups"][col]), sql_int(c["region"]), sql_str(c["confidence"])))
    return rows


# --------------------------------------------------------------------------- ISCED-F

ISCED_LEVELS = {"broad": ("BROAD", 2), "narrow": ("NARROW", 3), "detailed": ("DETAILED", 4)}


def load_isced() -> list[dict]:
    rows = read_csv(ISCED_CSV)
    if not rows or list(rows[0].keys()) != ["code", "level", "name_en", "parent"]:
        raise DataError(f"{ISCED_CSV.name}: unexpected header")
    fields = {}
    for row in rows:
        code, level = row["code"], row["level"]
        where = f"{ISCED_CSV.name} {code}"
        if level not in ISCED_LEVELS:
            raise DataError(f"{where}: unknown level {level!r}")
        lvl, length = ISCED_LEVELS[level]
        if not re.fullmatch(r"[0-9]{%d}" % length, code):
            raise DataError(f"{where}: code does not fit level {level}")
        if code in fields:
            raise DataError(f"{where}: duplicate code")
        parent = row["parent"] or None
        want_parent = code[:-1] if length > 2 else None
        if parent != want_parent:
            raise DataError(f"{where}: parent {parent!r}, expected {want_parent!r}")
        if not row["name_en"]:
            raise DataError(f"{where}: empty name")
        fields[code] = {"code": code, "level": lvl, "name_en": row["name_en"], "parent": parent}
    for f in fields.values():
        if f["parent"] is not None and f["parent"] not in fields:
            raise DataError(f"ISCED {f['code']}: parent {f['parent']} missing")
    return [fields[k] for k in sorted(fields)]


# --------------------------------------------------------------------------- languages

def iso_codes_version() -> str:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True, check=True, timeout=30)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def load_catalog(locale_dir: Path, lang: str, domain: str) -> gettext.GNUTranslations | None:
    path = locale_dir / lang / "LC_MESSAGES" / f"{domain}.mo"
    if not path.is_file():
        return None
    with path.open("rb") as fh:
        return gettext.GNUTranslations(fh)


def translate(catalog: gettext.GNUTranslations | None, msgid: str | None) -> str | None:
    if catalog is None or not msgid:
        return None
    text = catalog.gettext(msgid)
    return text if text and text != msgid else None


def refresh_languages(json_dir: Path, locale_dir: Path) -> None:
    """Rebuild data/languages.csv and data/languages-source.txt from installed iso-codes."""
    with (json_dir / "iso_639-2.json").open(encoding="utf-8") as fh:
        part2 = json.load(fh)["639-2"]
    part3_by_alpha3: dict[str, dict] = {}
    p3_path = json_dir / "iso_639-3.json"
    if p3_path.is_file():
        with p3_path.open(encoding="utf-8") as fh:
            part3_by_alpha3 = {e["alpha_3"]: e for e in json.load(fh)["639-3"]}

    catalogs = {lang: (load_catalog(locale_dir, lang, "iso_639-2"),
                       load_catalog(locale_dir, lang, "iso_639-3"))
                for lang in TRANSLATED_LANGS}
    stats = {lang: {"iso_639-2.mo": 0, "iso_639-3.mo": 0, "English fallback": 0}
             for lang in TRANSLATED_LANGS}

    languages = []
    for entry in part2:
        code = entry.get("alpha_2")
        if not code:
            continue
        name_en = entry["name"]
        p3 = part3_by_alpha3.get(entry["alpha_3"], {})
        row = {"code": code, "name_en": name_en}
        for lang in TRANSLATED_LANGS:
            cat2, cat3 = catalogs[lang]
            name = translate(cat2, name_en)
            source = "iso_639-2.mo"
            if name is None:
                name = translate(cat3, p3.get("name"))
                source = "iso_639-3.mo"
            if name is None:
                name, source = name_en, "English fallback"
            stats[lang][source] += 1
            row[f"name_{lang}"] = name
        languages.append(row)
    languages.sort(key=lambda r: r["code"])
    if len({r["code"] for r in languages}) != len(languages):
        raise DataError("iso_639-2.json: duplicate alpha_2")

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["code", "name_en", "name_ru", "name_ky", "name_kk"])
    for r in languages:
        writer.writerow([r["code"], r["name_en"], r["name_ru"], r["name_ky"], r["name_kk"]])
    write_if_changed(LANGUAGES_CSV, buf.getvalue())

    lines = [
        f"languages.csv was generated by {SCRIPT_REL} from Debian iso-codes {iso_codes_version()}:",
        "ISO 639-1 codes and English names from iso_639-2.json (entries with alpha_2);",
        "translations from <lang>/LC_MESSAGES/iso_639-2.mo, else iso_639-3.mo, else the English name.",
    ]
    for lang in TRANSLATED_LANGS:
        s = stats[lang]
        lines.append(f"name_{lang}: {s['iso_639-2.mo']} from iso_639-2.mo, {s['iso_639-3.mo']} from "
                     f"iso_639-3.mo, {s['English fallback']} English fallback (of {len(languages)})")
    write_if_changed(LANGUAGES_SOURCE, "\n".join(lines) + "\n")


def load_languages() -> list[dict]:
    rows = read_csv(LANGUAGES_CSV)
    if not rows or list(rows[0].keys()) != ["code", "name_en", "name_ru", "name_ky", "name_kk"]:
        raise DataError(f"{LANGUAGES_CSV.name}: unexpected header")
    seen = set()
    for r in rows:
        if not re.fullmatch(r"[a-z]{2}", r["code"]) or r["code"] in seen:
            raise DataError(f"{LANGUAGES_CSV.name}: bad or duplicate code {r['code']!r}")
        seen.add(r["code"])
        for k in ("name_en", "name_ru", "name_ky", "name_kk"):
            if not r[k]:
                raise DataError(f"{LANGUAGES_CSV.name} {r['code']}: empty {k}")
    return sorted(rows, key=lambda r: r["code"])


# --------------------------------------------------------------------------- SQL

DDL = """\
-- ---------------------------------------------------------------- schema

CREATE TABLE country (
    code    char(2) NOT NULL,
    name_en text    NOT NULL,
    name_ru text    NOT NULL,
    name_ky text    NOT NULL,
    name_kk text    NOT NULL,
    side    text    NOT NULL,
    CONSTRAINT country_pk PRIMARY KEY (code),
    CONSTRAINT country_code_format CHECK (code ~ '^[A-Z]{2}$'),
    CONSTRAINT country_side_check CHECK (side IN ('EU', 'ASSOCIATED', 'PARTNER', 'NOT_ELIGIBLE'))
);
CREATE INDEX country_side_idx ON country (side);
COMMENT ON TABLE country IS 'ISO 3166-1 countries (plus XK Kosovo) with names in en/ru/ky/kk and their Erasmus+ KA171 side.';
COMMENT ON COLUMN country.side IS 'EU member state, ASSOCIATED third country, PARTNER (third country not associated), NOT_ELIGIBLE.';

CREATE TABLE country_classification (
    country_code      char(2)  NOT NULL,
    first_call_year   int      NOT NULL,
    last_call_year    int      NULL,
    receiving_group   smallint NULL,
    partner_region    smallint NULL,
    region_confidence text     NULL,
    CONSTRAINT country_classification_pk PRIMARY KEY (country_code, first_call_year),
    CONSTRAINT country_classification_country_fk FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT country_classification_years_check CHECK (last_call_year IS NULL OR last_call_year >= first_call_year),
    CONSTRAINT country_classification_group_check CHECK (receiving_group BETWEEN 1 AND 3),
    CONSTRAINT country_classification_region_check CHECK (partner_region BETWEEN 1 AND 14),
    CONSTRAINT country_classification_confidence_check CHECK (region_confidence IN ('CONFIRMED', 'PROBABLE', 'UNKNOWN'))
);
CREATE INDEX country_classification_years_idx ON country_classification (first_call_year, last_call_year);
CREATE INDEX country_classification_region_idx ON country_classification (partner_region, first_call_year) WHERE partner_region IS NOT NULL;
CREATE INDEX country_classification_group_idx ON country_classification (receiving_group, first_call_year) WHERE receiving_group IS NOT NULL;
COMMENT ON TABLE country_classification IS 'KA171 classification of a country for the call years first_call_year..last_call_year (NULL = open-ended); ranges of one country do not overlap. Source: DOMAIN-KA171.md section 3. Call 2021 (older region numbering) is not included.';
COMMENT ON COLUMN country_classification.receiving_group IS 'Receiving-country group 1..3 by cost of living (programme side, and partner regions 13 and 14).';
COMMENT ON COLUMN country_classification.partner_region IS 'Partner-country region 1..14 in the numbering used from call 2022.';
COMMENT ON COLUMN country_classification.region_confidence IS 'Confidence of partner_region: CONFIRMED in a published source, PROBABLE, or UNKNOWN. NULL when there is no region.';

CREATE TABLE isced_field (
    code        varchar(4) NOT NULL,
    level       text       NOT NULL,
    name_en     text       NOT NULL,
    parent_code varchar(4) NULL,
    CONSTRAINT isced_field_pk PRIMARY KEY (code),
    CONSTRAINT isced_field_parent_fk FOREIGN KEY (parent_code) REFERENCES isced_field (code),
    CONSTRAINT isced_field_level_check CHECK (level IN ('BROAD', 'NARROW', 'DETAILED')),
    CONSTRAINT isced_field_hierarchy_check CHECK (
        (level = 'BROAD'    AND code ~ '^[0-9]{2}$' AND parent_code IS NULL)
     OR (level = 'NARROW'   AND code ~ '^[0-9]{3}$' AND parent_code = left(code, 2))
     OR (level = 'DETAILED' AND code ~ '^[0-9]{4}$' AND parent_code = left(code, 3)))
);
CREATE INDEX isced_field_parent_idx ON isced_field (parent_code);
COMMENT ON TABLE isced_field IS 'ISCED-F 2013 fields of education and training: broad (2 digits), narrow (3), detailed (4).';

CREATE TABLE eqf_level (
    level   smallint NOT NULL,
    name_en text     NOT NULL,
    CONSTRAINT eqf_level_pk PRIMARY KEY (level),
    CONSTRAINT eqf_level_range CHECK (level BETWEEN 1 AND 8)
);
COMMENT ON TABLE eqf_level IS 'European Qualifications Framework levels. 5-8: short-cycle, bachelor, master, doctoral; 1-4: the EQF knowledge descriptor.';

CREATE TABLE cefr_level (
    code    varchar(2) NOT NULL,
    ordinal smallint   NOT NULL,
    name_en text       NOT NULL,
    CONSTRAINT cefr_level_pk PRIMARY KEY (code),
    CONSTRAINT cefr_level_code_check CHECK (code IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    CONSTRAINT cefr_level_ordinal_key UNIQUE (ordinal),
    CONSTRAINT cefr_level_ordinal_range CHECK (ordinal BETWEEN 1 AND 6)
);
COMMENT ON TABLE cefr_level IS 'Common European Framework of Reference for Languages levels; ordinal orders them A1 = 1 .. C2 = 6.';

CREATE TABLE language (
    code    char(2) NOT NULL,
    name_en text    NOT NULL,
    name_ru text    NOT NULL,
    name_ky text    NOT NULL,
    name_kk text    NOT NULL,
    CONSTRAINT language_pk PRIMARY KEY (code),
    CONSTRAINT language_code_format CHECK (code ~ '^[a-z]{2}$')
);
COMMENT ON TABLE language IS 'ISO 639-1 languages (Debian iso-codes iso_639-2 entries with an alpha_2 code); a name without a translation is the English name.';

CREATE TABLE academic_year (
    code       varchar(9) NOT NULL,
    start_date date       NOT NULL,
    end_date   date       NOT NULL,
    CONSTRAINT academic_year_pk PRIMARY KEY (code),
    CONSTRAINT academic_year_code_format CHECK (
        code ~ '^[0-9]{4}/[0-9]{4}$'
        AND CASE WHEN code ~ '^[0-9]{4}/[0-9]{4}$'
                 THEN substr(code, 6, 4)::int = substr(code, 1, 4)::int + 1
                 ELSE false END),
    CONSTRAINT academic_year_dates_check CHECK (end_date > start_date)
);
CREATE INDEX academic_year_dates_idx ON academic_year (start_date, end_date);
COMMENT ON TABLE academic_year IS 'Academic years YYYY/YYYY+1, 1 September to 31 August.';
"""


def build_sql(countries, country_notes, isced, languages) -> str:
    lang_source = LANGUAGES_SOURCE.read_text(encoding="utf-8").splitlines() if LANGUAGES_SOURCE.is_file() else []
    cls_rows = classification_rows(countries)
    header = [
        f"-- GENERATED FILE - do not edit by hand. Generated by {SCRIPT_REL}",
        f"-- Regenerate with: python3 {SCRIPT_REL}",
        "--",
        "-- Reference data of Mobility Desk (Erasmus+ KA171). Sources (under scripts/reference/data/):",
        f"--   ka171-countries.csv  sha256 {sha256(COUNTRIES_CSV)}",
        f"--   isced-f-2013.csv     sha256 {sha256(ISCED_CSV)}",
        f"--   languages.csv        sha256 {sha256(LANGUAGES_CSV)}",
    ]
    header += [f"--     {line}" for line in lang_source]
    header += [
        "--   EQF levels, CEFR levels and academic years are defined in the generator.",
        "--",
        "-- country_classification: one row per call-year range, "
        + ", ".join(f"{a}-{b if b else 'open'}" for a, b, _ in CALL_YEAR_RANGES)
        + " (receiving groups per range, partner region from call 2022).",
        "-- Call 2021 is not included: its older region numbering is known only for Central Asia (7).",
    ]
    header += [f"-- Note: {n}." for n in country_notes]
    header.append("")

    parts = ["\n".join(header) + "\n", DDL, "\n-- ---------------------------------------------------------------- data\n\n"]
    parts.append(insert("country", ("code", "name_en", "name_ru", "name_ky", "name_kk", "side"), [
        (sql_str(c["code"]), sql_str(c["name_en"]), sql_str(c["name_ru"]), sql_str(c["name_ky"]),
         sql_str(c["name_kk"]), sql_str(c["side"])) for c in countries]))
    parts.append("\n")
    parts.append(insert("country_classification",
                        ("country_code", "first_call_year", "last_call_year", "receiving_group",
                         "partner_region", "region_confidence"), cls_rows))
    parts.append("\n")
    parts.append(insert("isced_field", ("code", "level", "name_en", "parent_code"), [
        (sql_str(f["code"]), sql_str(f["level"]), sql_str(f["name_en"]), sql_str(f["parent"]))
        for f in isced]))
    parts.append("\n")
    parts.append(insert("eqf_level", ("level", "name_en"),
                        [(sql_int(n), sql_str(name)) for n, name in EQF_LEVELS]))
    parts.append("\n")
    parts.append(insert("cefr_level", ("code", "ordinal", "name_en"),
                        [(sql_str(c), sql_int(o), sql_str(n)) for c, o, n in CEFR_LEVELS]))
    parts.append("\n")
    parts.append(insert("language", ("code", "name_en", "name_ru", "name_ky", "name_kk"), [
        (sql_str(r["code"]), sql_str(r["name_en"]), sql_str(r["name_ru"]), sql_str(r["name_ky"]),
         sql_str(r["name_kk"])) for r in languages]))
    parts.append("\n")
    parts.append(insert("academic_year", ("code", "start_date", "end_date"), [
        (sql_str(f"{y}/{y + 1}"), sql_str(f"{y}-09-01"), sql_str(f"{y + 1}-08-31"))
        for y in range(ACADEMIC_YEAR_FIRST, ACADEMIC_YEAR_LAST + 1)]))
    return "".join(parts)


def write_if_changed(path: Path, text: str) -> bool:
    data = text.encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="SQL file to write")
    ap.add_argument("--offline", action="store_true",
                    help="use the committed data/languages.csv even if iso-codes is installed")
    ap.add_argument("--iso-codes-json", type=Path, default=DEFAULT_ISO_JSON_DIR)
    ap.add_argument("--locale-dir", type=Path, default=DEFAULT_LOCALE_DIR)
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if the SQL file differs from what would be generated")
    args = ap.parse_args(argv)

    try:
        have_iso = (args.iso_codes_json / "iso_639-2.json").is_file()
        if have_iso and not args.offline and not args.check:
            refresh_languages(args.iso_codes_json, args.locale_dir)
        elif not LANGUAGES_CSV.is_file():
            raise DataError(f"{LANGUAGES_CSV} missing and iso-codes not usable "
                            f"({args.iso_codes_json}/iso_639-2.json)")
        else:
            print(f"using committed {LANGUAGES_CSV.relative_to(REPO)}", file=sys.stderr)
        countries, notes = load_countries()
        isced = load_isced()
        languages = load_languages()
        sql = build_sql(countries, notes, isced, languages)
    except DataError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2

    if args.check:
        current = args.output.read_bytes() if args.output.is_file() else b""
        if current != sql.encode("utf-8"):
            print(f"{args.output} is out of date; run {SCRIPT_REL}", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date", file=sys.stderr)
        return 0

    changed = write_if_changed(args.output, sql)
    print(f"{'wrote' if changed else 'unchanged'} {args.output} "
          f"({len(countries)} countries, {len(classification_rows(countries))} classifications, "
          f"{len(isced)} ISCED fields, {len(EQF_LEVELS)} EQF, {len(CEFR_LEVELS)} CEFR, "
          f"{len(languages)} languages, {ACADEMIC_YEAR_LAST - ACADEMIC_YEAR_FIRST + 1} academic years)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
