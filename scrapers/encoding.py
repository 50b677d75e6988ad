"""Decoding HTML bytes: declared charset (HTTP header or <meta>), BOM, then fallbacks.

Vietnamese legacy pages come as windows-1258 (which writes many letters as a base
letter + combining tone mark); the result is normalized to NFC.
"""
from __future__ import annotations

import codecs
import json
import re
import unicodedata

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w\-]+)""", re.I)


def _charset_from_headers(headers_json: str | dict | None) -> str | None:
    if not headers_json:
        return None
    headers = json.loads(headers_json) if isinstance(headers_json, str) else headers_json
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    m = re.search(r"charset=([\w\-]+)", ctype, re.I)
    return m.group(1) if m else None


def _valid(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(body: bytes, headers_json: str | dict | None = None) -> str:
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return unicodedata.normalize("NFC", body.decode(enc, errors="replace"))
    candidates = [_valid(_charset_from_headers(headers_json))]
    m = _META.search(body[:4096])
    candidates.append(_valid(m.group(1).decode("ascii", "ignore")) if m else None)
    candidates += ["utf-8", "cp1258"]
    for enc in [c for c in candidates if c]:
        try:
            return unicodedata.normalize("NFC", body.decode(enc))
        except UnicodeDecodeError:
            continue
    return unicodedata.normalize("NFC", body.decode("utf-8", errors="replace"))
