"""Provinces, their two code systems, and places inside them.

Province codes follow the list in force on the article's date: the 63-province list
before 1 July 2025, the 34-province list from then on. Seven codes name another
area after the reform, so every resolved code carries its system.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from claims.normalize import fold, strip_diacritics, tone_variants, trie_alternation, word_start_alternation

REFORM_DATE = date(2025, 7, 1)
# Centrally-run cities are written "thành phố X" and are provinces, not places.
_MUNICIPALITY_KEYS = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    system: str  # "63" or "34"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    match_key: str


def _read(name: str) -> list[dict]:
    with resources.files("claims").joinpath("data", name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=1)
def _alias_rows() -> list[dict]:
    return _read("vn_province_aliases.csv")


@lru_cache(maxsize=1)
def _key_to_codes() -> dict[str, tuple[str, str, str, str]]:
    out = {}
    for r in _alias_rows():
        out[r["match_key"]] = (r["code_pre_2025_07_01"], r["name_pre_2025_07_01"],
                               r["code_from_2025_07_01"], r["name_from_2025_07_01"])
    return out


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Province names as written in Vietnamese prose (capitalised, with diacritics) → match key."""
    names = {}
    for r in _alias_rows():
        alias = r["alias"]
        if alias == strip_diacritics(alias) or "_" in alias or len(alias) < 4:
            continue  # unaccented/slug aliases match ordinary words too easily
        alias = re.sub(r"^(Tỉnh|Thành phố|TP\.?)\s+", "", alias)
        if alias[:1].isupper():
            for variant in tone_variants(alias):
                names[" ".join(re.findall(r"\w+", variant))] = r["match_key"]
    return names


# Separators allowed inside a name: spaces, or a dash ("Thừa Thiên - Huế", "Bà Rịa-Vũng Tàu").
_NAME_SEP = re.compile(r"[ \t]*[-–][ \t]*|[ \t]+")
_WORD_AT = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _names_by_first_word() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list] = {}
    for name, key in _names().items():
        words = tuple(name.split())
        out.setdefault(words[0], []).append((words, key))
    for v in out.values():
        v.sort(key=lambda wk: -len(wk[0]))  # longest name first
    return out


@lru_cache(maxsize=1)
def _first_word_re() -> re.Pattern:
    """Capitalised words that can open a province name, ending at a word boundary.

    No look-behind in front (the caller checks the character before): a pattern that
    opens with literals lets the engine skip straight to candidate positions.
    """
    return re.compile(r"(?:" + trie_alternation(_names_by_first_word()) + r")(?!\w)")


def match_key(name: str) -> str:
    key = strip_diacritics(fold(name)).lower()
    key = re.sub(r"^(tinh|thanh pho|tp\.?)\s+", "", key)
    return re.sub(r"[\s\-–]+", " ", key).strip()


def find_province_mentions(text: str, folded: str | None = None) -> list[Mention]:
    """Capitalised province names in the text (``Lào Cai``, ``Thừa Thiên - Huế``).

    Only capitalised words that can start a province name are looked at; the rest of
    the name is matched word by word. A dictionary lookup per capital is much cheaper
    than one regex alternation of 300 names.
    """
    by_first = _names_by_first_word()
    out, pos = [], 0
    for m in _first_word_re().finditer(text):
        if m.start() < pos or (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")):
            continue
        candidates = by_first[m.group(0)]
        for words, key in candidates:
            end, ok = m.end(), True
            for w in words[1:]:
                sep = _NAME_SEP.match(text, end)
                nxt = _WORD_AT.match(text, sep.end()) if sep else None
                if nxt is None or nxt.group(0) != w:
                    ok = False
                    break
                end = nxt.end()
            if ok and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                out.append(Mention(m.start(), end, key))
                pos = end
                break
    return out


def resolve(match_key: str, on: date | None) -> Province | None:
    codes = _key_to_codes().get(match_key)
    if not codes:
        return None
    if on is not None and on >= REFORM_DATE:
        return Province(codes[2], codes[3], "34")
    return Province(codes[0], codes[1], "63")


def system_for(on: date | None) -> str:
    return "34" if on is not None and on >= REFORM_DATE else "63"


def is_municipality(match_key: str) -> bool:
    return match_key in _MUNICIPALITY_KEYS


@lru_cache(maxsize=1)
def _slug_keys() -> dict[str, str]:
    """Province slugs as they appear in portal host names (laocai.gov.vn, baonghean.vn)."""
    out = {}
    for r in _read("vn_provinces_63_pre2025-07-01.csv"):
        slug = r["code_name"].replace("_", "")
        out[slug] = match_key(r["name"])
    return out


def province_from_url(url: str | None) -> str | None:
    """Match key of the province a portal's host name names, if any."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0]
    labels = re.split(r"[.\-]", host)
    slugs = _slug_keys()
    for label in labels:
        for candidate in (label, label[3:] if label.startswith("bao") else None):
            if candidate and candidate in slugs:
                return slugs[candidate]
    return None


def succession() -> list[dict]:
    return _read("vn_province_merge_63_to_34.csv")


UNIT_LEVEL = {"huyện": "district", "thị xã": "district", "thành phố": "district", "tp.": "district",
              "quận": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune",
              "đặc khu": "commune",  # special zones (Phú Quốc, Côn Đảo) of the 2025 two-tier government
              "thôn": "village", "bản": "village", "xóm": "village", "ấp": "village", "làng": "village"}

# Places inside a province: a unit word followed by a capitalised proper name. Matched on
# the folded (lower-case, same-length) text; ``place_name`` reads the name's capitals from
# the original at the same offsets. Each unit word opens with its first letter and checks
# the word boundary after it, so the pattern starts with literals and the engine can skip
# ahead (a leading look-behind or case-insensitive group makes it try every position).
PLACE_RE = re.compile(
    "(" + word_start_alternation(UNIT_LEVEL) + ")"
    r"(?:\s+(?:vùng cao|vùng sâu|biên giới|miền núi|đảo))?"
    r"\s+(\w+(?:['’]\w+)?(?:\s+\w+(?:['’]\w+)?){0,3})"  # (apostrophes: "huyện Ia H'Drai")
)


def municipality_key(m: re.Match, name: str) -> str | None:
    """Match key of the centrally-run city a PLACE_RE match names ("thành phố Cần Thơ" is
    the province, not a place inside it), else None. ``name`` is ``place_name(text, m)``."""
    if m.group(1) not in ("thành phố", "tp."):
        return None
    key = match_key(name[len(m.group(1)):])  # the name without its unit ("thành phố" has a space)
    return key if is_municipality(key) else None


def place_name(text: str, m: re.Match) -> str | None:
    """``huyện Mường Khương`` from a PLACE_RE match on fold(text), keeping only capitalised words."""
    words = []
    for k, w in enumerate(text[m.start(2):m.end(2)].split()):
        if not (w[0].isupper() or (k == 0 and w.isdigit() and len(w) <= 2)):  # "Quận 1", "Phường 7"
            break
        words.append(w)
        if w.isdigit():
            break
    if not words:
        return None
    return f"{m.group(1)} {' '.join(words)}"
