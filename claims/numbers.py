"""Finding and reading numbers in Vietnamese report prose.

Vietnamese writes ``1.542`` for one thousand five hundred forty-two and ``89,5`` for
eighty-nine and a half; portals that went through English tooling also write
``69.46``. This module turns raw digit runs into values and tells which ones are
not figures at all (years, dates, times, document numbers, technology names).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The look-behind (no letter, digit or separator before the run) sits after the first
# digit so that the pattern starts with \d and the engine can skip to digits.
RAW_NUMBER = re.compile(r"(\d(?<![\w.,/:-]\d)\d*(?:[.,]\d+)*)(?![\w])")
# "17-NQ/TU" (digit run followed by a dash and a code); see is_document_number.
_DOC_AFTER = re.compile(r"^(?:/\s?[A-ZĐ]|-[A-ZĐ]{2,}|/\d{2,4}/[A-ZĐ])")
# Words a number after which is an identifier: "Nghị quyết (số) 17", "năm 2023", "điều 5".
_DOC_WORDS = (
    "nghị quyết", "quyết định", "kế hoạch", "công văn", "chỉ thị", "thông tư", "nghị định",
    "văn bản", "luật", "đề án", "chương trình", "điều", "khoản", "thông báo", "tờ trình",
    "báo cáo", "hướng dẫn", "mức độ", "cấp độ", "level", "qđ", "nq", "kh", "cv", "ct", "tt", "nđ",
    "phiên bản", "version", "cách mạng công nghiệp", "công nghiệp", "web", "chuẩn", "giai đoạn",
    "tầm nhìn", "đến năm", "năm", "quý", "tháng", "ngày", "tuần", "khóa", "lần thứ", "hội nghị lần",
    "kỳ họp", "chương", "mục", "bài", "trang", "phòng", "tầng", "quốc lộ", "tỉnh lộ", "ql", "tl",
)
_DOC_BEFORE = re.compile(r"(?<![\w])(?:" + "|".join(_DOC_WORDS) + r")\s*(?:số\s*)?$")
_DOC_WORDS_BY_SUFFIX: dict[str, list[str]] = {}
for _w in _DOC_WORDS:
    _DOC_WORDS_BY_SUFFIX.setdefault(_w[-2:], []).append(_w)
SCALE_WORDS = {
    "nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "tỷ": 1e9, "tỉ": 1e9,
    "triệu": 1e6, "trăm nghìn": 1e5, "vạn": 1e4, "nghìn": 1e3, "ngàn": 1e3,
}
_SCALE_RE = re.compile(r"^\s+(" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + r")(?![\w])")


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")                  # 1.542
_DOT_THOUSANDS_COMMA_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")  # 1.234,5
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")    # 1,234,567
_COMMA_DECIMAL = re.compile(r"\d+,\d+")                             # 89,5
_ONE_COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")                     # 1,234 (thousands in counts)
_DOT_DECIMAL = re.compile(r"\d+\.\d+")                               # 69.46
_TIME_AFTER = re.compile(r"^[:h]\d{2}\b")
_TIME_BEFORE = re.compile(r"\d{1,2}[:h]$")
_VERSION = re.compile(r"\d\.0")
_VERSION_IS_FIGURE = re.compile(r"^\s*(%|điểm)")


@dataclass
class RawNumber:  # (an extension type in the compiled build, numbers.pxd: there are many, and a named tuple's
    start: int    # constructor is Python code there)
    end: int
    text: str


def parse_number(raw: str, integer_context: bool = False) -> float | None:
    """Value of a Vietnamese-formatted digit string, or None if it is not a number.

    ``integer_context``: the number counts whole things, so ``1,234`` is read as
    thousands (English grouping) rather than a decimal.
    """
    if raw.isdecimal():  # the common case, without a regex
        return float(raw)
    if _DOT_THOUSANDS.fullmatch(raw):
        return float(raw.replace(".", ""))
    if _DOT_THOUSANDS_COMMA_DECIMAL.fullmatch(raw):
        return float(raw.replace(".", "").replace(",", "."))
    if _COMMA_THOUSANDS.fullmatch(raw):
        return float(raw.replace(",", ""))
    if _COMMA_DECIMAL.fullmatch(raw):
        if integer_context and _ONE_COMMA_GROUP.fullmatch(raw):
            return float(raw.replace(",", ""))
        return float(raw.replace(",", "."))
    if _DOT_DECIMAL.fullmatch(raw):
        return float(raw)
    return None


def scaled(value: float, scale: float) -> float:
    """``value`` times a scale word's multiplier, rounded: 2.05 * 1e6 is 2049999.9999999998 in binary
    floating point, which would read as a count of no whole things."""
    return value if scale == 1.0 else round(value * scale, 6)


def scale_after(text: str, end: int) -> tuple[float, int]:
    """Multiplier of a scale word ("3,31 triệu") right after ``end`` and its end."""
    m = _SCALE_RE.match(text[end:end + 16])
    if not m:
        return 1.0, end
    return SCALE_WORDS[m.group(1).lower()], end + m.end()


def raw_numbers(text: str, lo: int = 0, hi: int | None = None) -> list[RawNumber]:
    """Digit runs in text[lo:hi]; look-arounds still see the characters outside."""
    hi = len(text) if hi is None else hi
    return [RawNumber(m.start(1), m.end(1), m.group(1)) for m in RAW_NUMBER.finditer(text, lo, hi)
]


def is_time(text: str, n: RawNumber) -> bool:
    # The character tests are exact pre-checks of the regexes (":" or "h" next to the digits).
    return bool((text[n.end:n.end + 1] in (":", "h") and _TIME_AFTER.match(text[n.end:n.end + 4]))
                or (n.start and text[n.start - 1] in (":", "h") and _TIME_BEFORE.search(text[max(0, n.start - 3):n.start])))


def is_document_number(text: str, folded: str, n: RawNumber) -> bool:
    after = text[n.end:n.end + 12]
    if _DOC_AFTER.match(after):
        return True
    if after.lstrip(" \u00a0")[:1] == "%":
        return False  # "(kế hoạch 60%)": a share, not "Kế hoạch 60/KH-UBND"
    before = folded[max(0, n.start - 40):n.start].rstrip()
    return ends_with_document_word(before)


def ends_with_document_word(before: str) -> bool:
    """Whether ``before`` (right-stripped) ends with a document word, optionally followed by
    "số": ``_DOC_BEFORE.search(before)``, answered with a dictionary of the words' last two
    letters and ``endswith`` instead of trying the alternation at every position."""
    candidates = [before]
    if before.endswith("số"):
        candidates.append(before[:-2].rstrip())
    for t in candidates:
        for word in _DOC_WORDS_BY_SUFFIX.get(t[-2:], ()):
            if t.endswith(word):
                i = len(t) - len(word)
                if i == 0 or not (t[i - 1].isalnum() or t[i - 1] == "_"):
                    return True
    return False


def is_version(text: str, n: RawNumber) -> bool:
    """``4.0``, ``3.0``, ``Web 2.0``: names, not figures."""
    return bool(_VERSION.fullmatch(n.text)) and not _VERSION_IS_FIGURE.match(text[n.end:n.end + 8])
