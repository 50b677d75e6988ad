"""Sentences and clauses, as (start, end) spans of the normalized text."""
from __future__ import annotations

import re

# A sentence ends at . ! ? … followed by space and an upper-case letter/quote/digit,
# or at a line break. Decimal points (69.46) and abbreviations (TP. Hồ Chí Minh)
# are not followed by "space + capital" often enough to matter, and TP./ThS. are
# explicitly protected.
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|ThS|TS|PGS|GS|Th\.S|Q|P|TT|Mr|Ms|St|No)\.)$")
# Written to start with a character class so the engine skips to candidate positions.
_SENT_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"”’)]*\s+(?=[\"“‘(\[]?[A-ZÀ-ỸĐ0-9])|(?<=\n)\n*)")
_CLAUSE_SEP = re.compile(r";")


_BREAK_CHARS = ".!?…\n"


def _sentence_ends(text: str):
    """The matches of ``_SENT_END``, as ``finditer`` would give them. Every match opens
    with one of a few characters; ``str.find`` reaches those far faster than the regex
    engine's scan of a character class over the whole text."""
    candidates = []
    for ch in _BREAK_CHARS:
        i = text.find(ch)
        while i >= 0:
            candidates.append(i)
            i = text.find(ch, i + 1)
    candidates.sort()
    consumed = 0
    for i in candidates:
        if i < consumed:
            continue
        m = _SENT_END.match(text, i)
        if m is not None:
            consumed = m.end()
            yield m


def sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _sentence_ends(text):
        at, after = m.span()
        first = text[at]
        if first == "." and _ABBREV.search(text, max(0, at - 6), at + 1):
            continue
        # The break keeps its punctuation; a line break is not part of the sentence.
        end = at if first == "\n" else at + len(m.group(0).rstrip())
        if end > start and not text[start:end].isspace():
            spans.append((start, end))
        start = after
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def clauses(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    s, e = span
    out = []
    cur = s
    for m in _CLAUSE_SEP.finditer(text, s, e):
        out.append((cur, m.start()))
        cur = m.end()
    out.append((cur, e))
    return out


def paragraph_start(text: str, pos: int) -> int:
    i = text.rfind("\n", 0, pos)
    return 0 if i < 0 else i + 1
