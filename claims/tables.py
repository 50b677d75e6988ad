"""Table cells: the header and row label a number in a table is read with.

Article extraction writes an HTML table as Markdown rows (``| Huyện Đắk Mil | 72,4 | 98 |``,
trafilatura's format), one line each, under a header row and a ``|---|`` line. A number in
such a row states nothing in its own line: its column header ("Tỷ lệ hồ sơ trực tuyến (%)")
and its row label ("Huyện Đắk Mil") say what and whom it measures. One of the two names the
indicator; the other is the figure's dimension: a place, the whole province, a year, or the
plan (target) or result (actual) column.

Tables of two columns ("| Số tài khoản được kích hoạt | 512.000 |") have no dimension and are
read as a label and its value by the sentence reader (``extract._row_label``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.mentions import Figure
from claims.numbers import parse_number

_SEPARATOR_ROW = re.compile(r"\|?\s*:?-{3,}")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_TARGET_WORDS = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|phấn đấu|\bkh\b")
_ACTUAL_WORDS = re.compile(r"thực hiện|kết quả|thực tế|đạt được|\bước\b|lũy kế|hiện trạng|\bth\b")
_PROVINCE_WIDE = re.compile(r"^\W*(?:toàn tỉnh|cả tỉnh|tổng(?: cộng| số| chung)?|chung toàn tỉnh|toàn thành phố|"
                            r"cộng|tỉnh)\W*$")
# A label that adds nothing to the number: "Kết quả", "Giá trị", "Số liệu", "Ghi chú".
_NEUTRAL = re.compile(r"^\W*(?:kết quả|giá trị|số liệu|số lượng|tỷ lệ|đơn vị tính|đvt|ghi chú|nội dung|"
                      r"chỉ tiêu|tiêu chí|stt|tt)?\W*$")

# The first column of most report tables numbers the rows ("STT", "TT"): the row's label is
# the cell after it.
_INDEX_HEAD = re.compile(r"\W*(?:stt|tt|số tt|số thứ tự|thứ tự)\W*")
# "| Huyện | Số thôn sóng yếu |": a two-column table whose rows are units, its one value column named
_UNIT_HEAD = re.compile(r"\W*(?:huyện|xã|phường|tỉnh|thành phố|quận|thị xã|địa phương|đơn vị|địa bàn|"
                        r"huyện, thị xã, thành phố|tỉnh, thành phố|khu vực)\W*")
_CAPTION_MAX = 160
# A number that is no year: a paragraph stating figures is no caption ("Bảng 2: …" may carry a year).
_FIGURE_IN_CAPTION = re.compile(r"\d[\d.,]*\s*%|(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d{2,}(?:[.,]\d+)*")
_CELL_NUMBER = re.compile(r"(?:(khoảng|gần|hơn|trên|dưới|ước|~)\s*)?(\d[\d.,]*)\s*(%|điểm)?(?:\s*/\s*(\d[\d.,]*))?")
_QUALIFIER_OF_WORD = {"khoảng": "approx", "gần": "approx", "ước": "approx", "~": "approx",
                      "hơn": "at_least", "trên": "at_least", "dưới": "at_most"}
_PERCENT_HEAD = re.compile(r"%|tỷ lệ|tỉ lệ|tỷ trọng")
_RANK_HEAD = re.compile(r"xếp hạng|thứ hạng|\bhạng\b|vị trí|thứ bậc")
_SCORE_HEAD = re.compile(r"\bđiểm\b|giá trị chỉ số|chỉ số dti|\bdti\b")


@dataclass(frozen=True)
class Cell:
    """Where a figure sits in a table: the spans of its row label and column header."""
    label: tuple[int, int]   # the first cell of the figure's row
    header: tuple[int, int]  # the header cell of the figure's column
    caption: tuple[int, int]  # the line above the table ("Bảng: Chỉ số DTI các tỉnh ..."), maybe empty
    qualifier: str           # from a word before the number in the cell ("khoảng 70")
    header_row: tuple[int, int] = (0, 0)  # the whole header line (the column's siblings name its noun)


def _cells(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """Cell spans of a Markdown row, stripped of spaces (a bare row, "Tỷ lệ | 50% | 56,3%", has
    no outer bars: the line's ends stand for them)."""
    # (cells copied from a table as text may be split by tabs instead: "Tỷ lệ hồ sơ trực tuyến\t60%\t63,2%")
    sep = "|" if text.find("|", line_start, line_end) >= 0 else "\t"
    bars = [i for i in range(line_start, line_end) if text[i] == sep]
    if bars and text[line_start:bars[0]].strip():
        bars.insert(0, line_start - 1)
    if bars and text[bars[-1] + 1:line_end].strip():
        bars.append(line_end)
    out = []
    for a, b in zip(bars, bars[1:]):
        a += 1
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def is_row(text: str, start: int, end: int) -> bool:
    """A table row: a Markdown one ("| a | b |") or a bare one of three cells or more ("a | b | c",
    or cells split by tabs, as text copied from a table arrives)."""
    # (find first: most sentences hold neither, and find stops where count would read on)
    return text.startswith("|", start) or (text.find("|", start, end) >= 0 and text.count("|", start, end) >= 2) \
        or (text.find("\t", start, end) >= 0 and text.count("\t", start, end) >= 2)


def header_row(text: str, row_start: int) -> tuple[int, int] | None:
    """The header line of the table a row belongs to: the line above the ``|---|`` line
    that heads the block of rows, if the block has one; for a block without it (bare rows, or
    Markdown rows copied without their separator line), its first line when no cell of it is a
    number other than a year ("Chỉ tiêu | Kế hoạch | Thực hiện")."""
    start = row_start
    while start > 0:
        prev_start, prev_end = _line(text, start - 1)
        if not is_row(text, prev_start, prev_end):
            break
        start = prev_start
    first = _line(text, start)
    second = _line(text, first[1] + 1) if first[1] < len(text) else None
    if second is not None and _SEPARATOR_ROW.match(text, second[0]):
        if _caption_row(text, first):
            # "| Kết quả … năm 2023 |  |  |" over "|---|", then the real header and its own "|---|"
            # (a table's caption as the HTML converter writes it)
            third = _line(text, second[1] + 1) if second[1] < len(text) else None
            fourth = _line(text, third[1] + 1) if third is not None and third[1] < len(text) else None
            if fourth is not None and is_row(text, *third) and _SEPARATOR_ROW.match(text, fourth[0]):
                return third
        return first
    if second is None or not is_row(text, *second):
        return None  # (a table without its separator line has two rows at least)
    for a, b in _cells(text, *first)[1:]:
        if _CELL_NUMBER.fullmatch(text, a, b) and not _YEAR.fullmatch(text, a, b):
            return None
    return first


def _caption_row(text: str, line: tuple[int, int]) -> tuple[int, int] | None:
    """The text of a table row whose first cell alone is filled (a caption written as a row)."""
    cells = _cells(text, *line)
    filled = [(a, b) for a, b in cells if text[a:b].strip()]
    return filled[0] if len(cells) >= 2 and len(filled) == 1 and filled[0] == cells[0] else None


@dataclass(frozen=True)
class Dimension:
    """What the non-indicator side of a cell says about its figure."""
    kind: str | None = None    # "target" / "actual" when the column says so
    year: int | None = None
    place_wide: bool = False   # "Toàn tỉnh", "Tổng cộng"
    neutral: bool = False      # says nothing about scope


def read_dimension(folded_cell: str) -> Dimension:
    """Year, target/actual and whole-province words of a row label or column header."""
    years = _YEAR.findall(folded_cell)
    kind = "target" if _TARGET_WORDS.search(folded_cell) else ("actual" if _ACTUAL_WORDS.search(folded_cell) else None)
    bare = _YEAR.sub(" ", folded_cell).replace("năm", " ")
    return Dimension(kind=kind, year=int(years[-1]) if years else None,
                     place_wide=bool(_PROVINCE_WIDE.match(bare)),
                     neutral=bool(_NEUTRAL.match(bare)) or (kind is not None and len(bare.split()) <= 4))


def row_figures(text: str, folded: str, row_start: int) -> list[tuple[Figure, Cell]] | None:
    """The numbers of a table row's value cells, each read whole ("72,4" in a "(%)" column is
    72.4 percent, "41/63" in a "Xếp hạng" column a rank), with the cell it sits in. None when
    the line is no row of a table with a header and three columns or more, or two whose first
    holds units ("| Huyện | Số thôn sóng yếu |") (the header row itself has no figures: an empty list)."""
    row = _line(text, row_start)
    if not is_row(text, *row):
        return None
    header = header_row(text, row[0])
    if header is None:
        return None
    cells, heads = _cells(text, *row), _cells(text, *header)
    if (len(heads) < 3 and not (len(heads) == 2 and _UNIT_HEAD.fullmatch(folded, *heads[0]))) \
            or len(cells) != len(heads):
        return None
    if header == row:
        return []
    caption = _line(text, header[0] - 1) if header[0] > 0 else (0, 0)
    if caption[1] > caption[0] and _SEPARATOR_ROW.match(text, caption[0]) and caption[0] > 0:
        caption = _caption_row(text, _line(text, caption[0] - 1)) or (0, 0)  # (see header_row)
    if caption[1] - caption[0] > _CAPTION_MAX or _FIGURE_IN_CAPTION.search(folded, *caption):
        caption = (0, 0)  # a paragraph of the article above the table, not its caption
    first = 1 if _INDEX_HEAD.fullmatch(folded, *heads[0]) and len(heads) > 3 else 0
    values = list(range(first + 1, len(cells)))
    if first == 0 and len(heads) > 3 and _RANK_HEAD.search(folded, *heads[0]) and _UNIT_HEAD.fullmatch(folded, *heads[1]):
        # "| Xếp hạng | Đơn vị | Điểm | … |": a ranking table opens with the rank; the row's label is the unit after it,
        # and the rank is one of its figures
        first, values = 1, [0] + list(range(2, len(cells)))
    out: list[tuple[Figure, Cell]] = []
    for (a, b), head_span in ((cells[k], heads[k]) for k in values):
        m = _CELL_NUMBER.fullmatch(folded, a, b)
        if m is None:
            continue
        cell = Cell(cells[first], head_span, caption, _QUALIFIER_OF_WORD.get(m.group(1), "exact"), header)
        integer = m.group(3) != "%" and not m.group(4)
        value = parse_number(m.group(2), integer_context=False)
        if value is None:
            continue
        head = folded[cell.header[0]:cell.header[1]] + " " + folded[cell.label[0]:cell.label[1]]
        denominator = parse_number(m.group(4), integer_context=True) if m.group(4) else None
        if m.group(3) == "%" or (_PERCENT_HEAD.search(head) and denominator is None and value <= 100
                                 and not _RANK_HEAD.search(head)):
            unit = "percent"
        elif _RANK_HEAD.search(head) and value == int(value):
            unit = "rank"
        elif m.group(3) == "điểm" or (_SCORE_HEAD.search(head) and value < 1):
            unit = "score"
        elif (integer and (whole := parse_number(m.group(2), integer_context=True)) is not None
              and whole == int(whole)) or (denominator and value <= denominator):
            unit = "count"  # "1.150" and "1,150" are 1150 things
            value = parse_number(m.group(2), integer_context=True)
        else:
            continue  # a decimal that is no share, score or count: nothing to read it as
        out.append((Figure(m.start(2), b, value, unit, text[m.start(2):b], denominator=denominator), cell))
    return out

