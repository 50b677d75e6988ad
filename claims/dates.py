"""Publication dates and years as Vietnamese portals write them."""
from __future__ import annotations

import re
from datetime import date

# "Thứ năm, 19/09/2024 - 23:16", "10:40 23/09/2023", "15:23, 25/11/2022", "2024-09-19"
_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_VI_LONG = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
# The look-behind (nothing number-like before the year) follows the first three digits
# so that the pattern opens with a literal digit and the engine can skip ahead.
YEAR_RE = re.compile(r"((?:19[5-9]|20[0-9])(?<![\w/.,\-]\d{3})\d)(?![\w/%]|[.,]\d)")


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date(s: str) -> date | None:
    for rx, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_VI_LONG, "dmy")):
        m = rx.search(s)
        if m:
            a, b, c = (int(x) for x in m.groups())
            got = _safe(a, b, c) if order == "ymd" else _safe(c, b, a)
            if got:
                return got
    return None


def date_in_header(text: str, lines: int = 12) -> date | None:
    """A publication date on one of the first short lines (page header), if any."""
    for line in text.split("\n")[:lines]:
        line = line.strip()
        if line and len(line) <= 80:
            d = parse_date(line)
            if d:
                return d
    return None
