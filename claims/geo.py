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

from claims.normalize import UPPER_CLASS, fold, new_tone_style, strip_diacritics, tone_variants, trie_alternation, word_start_alternation

REFORM_DATE = date(2025, 7, 1)
# Centrally-run cities are written "thành phố X" and are provinces, not places.
_MUNICIPALITY_KEYS = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}
# ... since: Huế was the province of Thừa Thiên Huế, with a provincial city "thành phố Huế" inside it,
# until 2024-12-31 (NQ 175/2024/QH15; the note of its row in vn_provinces_63_pre2025-07-01.csv).
_MUNICIPALITY_SINCE = {"hue": date(2025, 1, 1)}


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


_ALL_CAPS = re.compile(r"[A-Z][A-Z .\-]*")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Province names as written in Vietnamese prose (capitalised, with diacritics) → match key."""
    names = {}
    for r in _alias_rows():
        alias = r["alias"]
        if (alias == strip_diacritics(alias) and not _ALL_CAPS.fullmatch(alias)) or "_" in alias or len(alias) < 4:
            continue  # unaccented/slug aliases match ordinary words too easily ("TPHCM", "BR-VT" do not)
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


def find_province_mentions(text: str, folded: str | None = None, end: int | None = None) -> list[Mention]:
    """Capitalised province names in the text (``Lào Cai``, ``Thừa Thiên - Huế``).

    Only capitalised words that can start a province name are looked at; the rest of
    the name is matched word by word. A dictionary lookup per capital is much cheaper
    than one regex alternation of 300 names.
    """
    by_first = _names_by_first_word()
    out, pos = [], 0
    for m in _first_word_re().finditer(text, 0, len(text) if end is None else end):
        if m.start() < pos or (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")):
            continue
        following: list[tuple[str, int]] = []  # the words after the first (word, end), read once
        exhausted = False
        for words, key in by_first[m.group(0)]:
            while len(following) < len(words) - 1 and not exhausted:
                sep = _NAME_SEP.match(text, following[-1][1] if following else m.end())
                nxt = _WORD_AT.match(text, sep.end()) if sep else None
                if nxt is None:
                    exhausted = True
                else:
                    following.append((nxt.group(0), nxt.end()))
            rest = words[1:]
            if len(following) < len(rest) or any(following[i][0] != w for i, w in enumerate(rest)):
                continue
            name_end = following[len(rest) - 1][1] if rest else m.end()
            if not (name_end < len(text) and (text[name_end].isalnum() or text[name_end] == "_")):
                out.append(Mention(m.start(), name_end, key))
                pos = name_end
                break
    return out


def resolve(match_key: str, on: date | None) -> Province | None:
    codes = _key_to_codes().get(match_key)
    if not codes:
        return None
    if on is not None and on >= REFORM_DATE:
        return Province(codes[2], codes[3], "34")
    return Province(codes[0], codes[1], "63")


def successor_key(match_key: str, on: date | None) -> str:
    """After the 2025 reform, the match key of the province a name's area now belongs to
    ("Sóc Trăng" → "can tho"); before it, and for provinces that kept their name, the key itself."""
    codes = _key_to_codes().get(match_key)
    if not codes or on is None or on < REFORM_DATE:
        return match_key
    return _new_name_keys().get(codes[3], match_key)


def part_of_a_merger(match_key: str, on: date | None) -> bool:
    """Whether, on this date, the province a name belonged to before the reform is now one part of
    a merged province: "tỉnh Kiên Giang cũ" and "tỉnh An Giang cũ" are both areas of today's An
    Giang; "Thừa Thiên Huế", only renamed, is not."""
    codes = _key_to_codes().get(match_key)
    if not codes or on is None or on < REFORM_DATE:
        return False
    return codes[2] in _merged_codes()


@lru_cache(maxsize=1)
def _merged_codes() -> frozenset[str]:
    """34-list codes formed from two 63-list provinces or more."""
    parts: dict[str, set[str]] = {}
    for code63, _, code34, _ in _key_to_codes().values():
        parts.setdefault(code34, set()).add(code63)
    return frozenset(code for code, olds in parts.items() if len(olds) > 1)


@lru_cache(maxsize=1)
def _new_name_keys() -> dict[str, str]:
    """The 34-list name of a province → its own match key."""
    return {name: match_key(name) for _, _, _, name in _key_to_codes().values()
            if match_key(name) in _key_to_codes()}


def system_for(on: date | None) -> str:
    return "34" if on is not None and on >= REFORM_DATE else "63"


def is_municipality(key: str, on: date | None = None) -> bool:
    """Whether the match key names a centrally-run city (on the given date, if known)."""
    if key not in _MUNICIPALITY_KEYS:
        # an alias ("hcm", "tp hcm") is the city's too: read through its code to the province's own name
        codes = _key_to_codes().get(key)
        key = match_key(codes[1]) if codes else key
        if key not in _MUNICIPALITY_KEYS:
            return False
    since = _MUNICIPALITY_SINCE.get(key)
    return since is None or on is None or on >= since


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
    r"(?:[ \t]+(?:vùng cao|vùng sâu|biên giới|miền núi|đảo))?"
    # (a name never crosses a line: "… đến xã biên giới\nXã Đồng Đăng …" names the second)
    r"[ \t]+(\w+(?:['’]\w+)?(?:[ \t]+\w+(?:['’]\w+)?){0,3})"  # (apostrophes: "huyện Ia H'Drai")
)


def municipality_key(m: re.Match, name: str, on: date | None = None) -> str | None:
    """Match key of the centrally-run city a PLACE_RE match names ("thành phố Cần Thơ" is
    the province, not a place inside it; "thành phố Huế" in 2024 is a place), else None.
    ``name`` is ``place_name(text, m)``; ``on`` the article's date, if known."""
    if m.group(1) not in ("thành phố", "tp."):
        return None
    key = match_key(name[len(m.group(1)):])  # the name without its unit ("thành phố" has a space)
    return key if is_municipality(key, on) else None


# Since the 2025 reform many communes are named with a number after the name ("xã Đạ Tẻh 2",
# "phường Tân An 1"): a number of one or two digits right after a capitalised name is the name's
# when punctuation or a predicate follows it ("xã Đạ Tẻh 2 thấp nhất", "xã Đạ Tẻh 2, ..."), not
# when a noun does ("huyện Bảo Yên 12 xã").
# "phường Xuân Hương - Đà Lạt": a commune named after the reform with its former city's name
_NAME_AFTER_DASH = re.compile(rf" [-–] ({UPPER_CLASS}\w*(?: {UPPER_CLASS}\w*){{0,2}})")
NAME_NUMBER = re.compile(r" (\d{1,2})(?=\s*(?:[,;:)(]|\.(?!\d)|$)|\s+(?:có|đạt|thấp|cao|là|với|và|xếp|đứng|dẫn|"
                         r"chiếm|được|đã|hiện|vẫn|còn|cũng|nằm|thuộc)(?!\w))")


# Units that may be named by a number ("Quận 1", "Phường 7", "thôn 3"); mentions.py reads the same list
NUMBERED_UNITS = ("quận", "phường", "thôn", "tổ", "khu phố", "xóm", "ấp", "khóm", "tổ dân phố", "khu")
_NUMBERED_PLACE_UNITS = frozenset(NUMBERED_UNITS) | {"bản"}  # (a place's name may also be "bản 3")
_TIME_WORD_AFTER = re.compile(r"\s+(?:tháng|năm|ngày|quý|tuần)(?!\w)", re.IGNORECASE)


def place_name(text: str, m: re.Match) -> str | None:
    """``huyện Mường Khương`` from a PLACE_RE match on fold(text), keeping only capitalised words."""
    if "\n" in text[m.end(1):m.start(2)]:
        return None  # "… các thôn vùng cao\n\n03/11/2025": a name never starts on the next line
    words = []
    pos = m.start(2)
    for k, w in enumerate(text[m.start(2):m.end(2)].split("\n", 1)[0].split()):
        if k == 0 and w.isdigit() and (m.group(1) not in _NUMBERED_PLACE_UNITS or _TIME_WORD_AFTER.match(text, m.start(2) + len(w))):
            return None  # "của huyện 9 tháng năm 2024": a district is never numbered; "9 tháng" is a duration
        if not (w[0].isupper() or (k == 0 and w.isdigit() and len(w) <= 2)):  # "Quận 1", "Phường 7"
            if k and w.isdigit() and NAME_NUMBER.match(text, pos):
                words.append(w)  # "xã Đạ Tẻh 2"
            break
        words.append(w)
        pos = text.index(w, pos) + len(w)
        if w.isdigit():
            break
    if not words:
        return None
    if not words[-1].isdigit() and (dash := _NAME_AFTER_DASH.match(text, pos)) is not None:
        return f"{m.group(1)} {' '.join(words)}{dash.group(0)}"
    return f"{m.group(1)} {' '.join(words)}"


# -- districts -----------------------------------------------------------------------
# The districts of the 63 provinces (GSO lists up to January 2025; see data/SOURCES.md).
# Districts were abolished on 1 July 2025, but articles keep naming them. A district named
# without its unit word ("Bảo Thắng đạt 98%") is recognised only among the districts of the
# document's own province: across the country many names repeat ("Châu Thành" names twelve).


@dataclass(frozen=True)
class District:
    name: str  # with its unit, as a claim's place: "huyện Bảo Thắng"
    province_code: str  # in the 63-province list


@lru_cache(maxsize=1)
def _districts() -> dict[str, list[District]]:
    """Folded district name (without its unit) → the districts of that name."""
    out: dict[str, list[District]] = {}
    for r in _read("vn_districts_pre2025-07-01.csv"):
        out.setdefault(fold(r["name"]), []).append(District(f"{r['unit']} {new_tone_style(r['name'])}", r["province_code"]))
    for r in _read("vn_district_aliases.csv"):
        # ("Mù Cang Chải" as the press writes GSO's "Mù Căng Chải"): named as written
        out.setdefault(fold(r["alias"]), []).append(District(f"{r['unit']} {new_tone_style(r['alias'])}", r["province_code"]))
    return out


_DISTRICT_UNITS = ("huyện", "quận", "thị xã", "thành phố")
_NAME_AFTER_UNIT = re.compile(r"\s+(\w+(?:\s+\w+){0,3})")


def districts_named_with_unit(text: str, folded: str, end: int) -> list[tuple[int, District]]:
    """(start, district) of each "huyện Bảo Thắng" in text[:end] whose name only one district
    in the country has. The unit words are found with str.find: a regex scan for them
    stops at every "h", "q" and "t"."""
    out = []
    for unit in _DISTRICT_UNITS + ("tp.",):
        pos = folded.find(unit + " ", 0, end)
        while pos >= 0:
            m = _NAME_AFTER_UNIT.match(text, pos + len(unit), end)
            if m is not None and (pos == 0 or not folded[pos - 1].isalnum()):
                words = []
                for w in m.group(1).split():
                    if not w[:1].isupper():
                        break
                    words.append(w)
                name = " ".join(words)
                if name.isupper():
                    name = name.title()  # a letterhead in capitals: "UBND HUYỆN MƯỜNG NHÉ"
                district = district_by_name(unit, name) if words else None
                if district is not None:
                    out.append((pos, district))
            pos = folded.find(unit + " ", pos + 1, end)
    return out


def district_by_name(unit: str, name: str) -> District | None:
    """The district a unit word and the capitalised words after it name ("huyện", "Bảo Thắng"),
    when only one district in the country has that name and unit, else None. Trailing words
    that are not part of the name ("huyện Bảo Thắng Lào Cai") are dropped."""
    unit = "thành phố" if unit == "tp." else unit
    if unit not in _DISTRICT_UNITS:
        return None
    words = fold(name).split()
    for n in range(len(words), 0, -1):
        found = [d for d in _districts().get(" ".join(words[:n]), ()) if d.name.startswith(unit + " ")]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def district_of_place(place: str) -> District | None:
    """The district a place's name with its unit names ("huyện Mường Tè"), when only one district in the country
    has that name and unit, else None."""
    low = place.lower()
    unit = next((u for u in _DISTRICT_UNITS if low.startswith(u + " ")), None)
    return district_by_name(unit, place[len(unit) + 1:]) if unit else None


@lru_cache(maxsize=None)
def province_key_of_code(code_63: str) -> str | None:
    """Match key of a province by its code in the 63-province list."""
    for key, codes in _key_to_codes().items():
        if codes[0] == code_63 and key == match_key(codes[1]):
            return key
    return None


def _codes_63(key: str, on: date | None) -> frozenset[str]:
    """The 63-list codes of a province match key: itself before the reform, and every
    province merged into it after."""
    return _codes_63_in(key, on is not None and on >= REFORM_DATE)


@lru_cache(maxsize=None)
def _codes_63_in(key: str, after_reform: bool) -> frozenset[str]:
    # (cached: the succession table is read from its CSV on each call)
    codes = _key_to_codes().get(key)
    if not codes:
        return frozenset()
    if not after_reform:
        return frozenset({codes[0]})
    return frozenset(r["old_code"] for r in succession() if r["new_code"] == codes[2])


def district_of_province(name: str, key: str | None, on: date | None) -> str | None:
    """The document province's district a bare name names, one word or more ("Lắk" in the
    title "Lắk (Đắk Lắk): …"), with its unit; None unless exactly one of its districts has
    that name. (One-word names are read only where a title sets them off, never in the body.)"""
    if key is None:
        return None
    codes = _codes_63(key, on)
    found = [d.name for d in _districts().get(fold(name), ()) if d.province_code in codes]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=128)
def _district_names(codes: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(folded name, name with unit) of these provinces' districts that can stand without
    their unit: two words or more, and not a province's name ("thành phố Lào Cai" without
    its unit is the province)."""
    return tuple((folded_name, d.name) for folded_name, districts in _districts().items() for d in districts
                 if d.province_code in codes and " " in folded_name and match_key(folded_name) not in _key_to_codes())


def find_district_mentions(text: str, folded: str, key: str | None, on: date | None,
                           end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, district name with unit) of the document province's districts named in
    the text with both words capitalised ("Bảo Thắng", not "bảo thắng"), and not as part of a
    longer capitalised name (a person: "Hoàng Văn Bàn"), in text order.

    Each name is looked for with str.find: a province has a dozen districts or so, and a
    regex alternation of them would be tried at every position of the text (an Aho-Corasick
    pass was measured no faster)."""
    if key is None:
        return []
    end = len(folded) if end is None else end
    out = []
    for name, with_unit in _district_names(_codes_63(key, on)):
        a = folded.find(name, 0, end)
        while a >= 0:
            b = a + len(name)
            if _stands_alone(text, folded, a, b):
                out.append((a, b, with_unit))
            a = folded.find(name, b, end)
    out.sort()
    return out


def _stands_alone(text: str, folded: str, a: int, b: int) -> bool:
    """Whether folded[a:b] is a whole capitalised name: word boundaries on both sides, every
    word capitalised, and no capitalised word right before it other than a preposition or
    unit word (a person "Hoàng Văn Bàn", a school "THCS Bảo Yên")."""
    if (a and (folded[a - 1].isalnum() or folded[a - 1] == "_")) or (b < len(folded) and folded[b].isalnum()):
        return False
    if not all(w[:1].isupper() for w in text[a:b].split()):
        return False
    before = _WORD_BEFORE.search(text, max(0, a - 20), a)
    return before is None or not before.group(1)[:1].isupper() or fold(before.group(1)) in _OPENS_A_PLACE


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
# Capitalised words that may stand right before a district's bare name at a sentence start.
_OPENS_A_PLACE = frozenset("tại ở riêng trong của với như và là đến từ sau trước toàn huyện thị quận thành xã "
                           "phường tp ngoài còn đối so".split())
