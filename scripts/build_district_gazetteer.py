"""Build claims/data/vn_districts_pre2025-07-01.csv from the GSO division lists.

Source: the General Statistics Office's list of administrative units (danhmuchanhchinh.gso.gov.vn),
as packaged by the PyPI project ``vietnam-provinces`` (Nguyễn Hồng Quân): version 0.3.0 (an older
list) and 0.6.0 (the list of January 2025, the last before districts were abolished on 1 July 2025).
Both are unioned per province, so districts merged away between the two lists (``huyện Mỹ Lộc``,
``huyện Lộc Hà``) are still recognised in older articles; a district present in both keeps the newer
unit (``Thị xã Phổ Yên`` → ``Thành phố Phổ Yên``).

    pip download --no-deps vietnam-provinces==0.3.0 vietnam-provinces==0.6.0
    unzip each wheel, then:
    python scripts/build_district_gazetteer.py OLD/nested-divisions.json NEW/nested-divisions.json > \
        claims/data/vn_districts_pre2025-07-01.csv
"""
from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata

_UNIT = re.compile(r"^(Huyện|Quận|Thị [Xx]ã|Thành [Pp]hố)\s+(.+)$")


def _rows(path: str) -> dict[tuple[str, str], dict]:
    out = {}
    for p in json.load(open(path, encoding="utf-8")):
        for d in p["districts"]:
            m = _UNIT.match(unicodedata.normalize("NFC", d["name"]))
            unit, name = m.group(1).lower(), m.group(2)
            out[(f"{p['code']:02d}", name)] = {"province_code": f"{p['code']:02d}", "district_code": f"{d['code']:03d}",
                                               "unit": unit, "name": name}
    return out


def main(old: str, new: str) -> None:
    rows = _rows(old)
    rows.update(_rows(new))  # the newer list wins for districts in both
    writer = csv.DictWriter(sys.stdout, ["province_code", "district_code", "unit", "name"], lineterminator="\n")
    writer.writeheader()
    for key in sorted(rows):
        writer.writerow(rows[key])


if __name__ == "__main__":
    main(*sys.argv[1:3])
