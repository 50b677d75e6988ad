"""A one-pass prefilter for the cue rules.

Every cue pattern needs some literal text to match: ``trạm (?:bts )?4g`` cannot match
a window without "trạm ", ``(?:\\bthôn\\b|tổ dân phố)`` not one without "thôn" or "tổ
dân phố". ``required_literals`` reads those necessary literals off the compiled
pattern's parse tree; ``LiteralIndex`` finds all of them in a window in one
Aho-Corasick pass. A rule whose groups are not all possibly present is skipped
without running a single regex. The filter is conservative by construction (a
literal missing from the window proves the pattern cannot match it), so the
regexes still decide and the output is unchanged; only the work shrinks.
"""
from __future__ import annotations

import re
from re import _constants as C
from re import _parser

import ahocorasick

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_MAX_EXPANSION = 16  # "[345]g" → 3g, 4g, 5g; larger classes end the literal run


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` contains at least one, or None."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _sequence(parsed)


def _sequence(items) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run = {""}

    def flush() -> None:
        nonlocal run
        if "" not in run:
            candidates.append(frozenset(run))
        run = {""}

    for op, av in items:
        if op is C.LITERAL:
            run = {r + chr(av) for r in run}
        elif op is C.IN and _small_class(av) and len(run) * len(av) <= _MAX_EXPANSION:
            run = {r + chr(c) for r in run for _, c in av}
        elif op in _ZERO_WIDTH:
            continue  # \b, look-arounds: consume nothing, the run stays contiguous
        else:
            flush()
            inner = _item(op, av)
            if inner is not None:
                candidates.append(inner)
    flush()
    if not candidates:
        return None
    # The most selective choice: longest shortest literal, then fewest literals.
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _small_class(av) -> bool:
    return all(op is C.LITERAL for op, _ in av)


def _item(op, av) -> frozenset[str] | None:
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None
        return _sequence(sub)
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            got = _sequence(branch)
            if got is None:
                return None  # one branch can match without any literal
            union |= got
        return frozenset(union)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else None
    return None


class LiteralIndex:
    """Which of a set of patterns may match a text, found in one pass.

    ``possible(text)`` returns the set of pattern ids that may match; ids whose
    pattern has no required literal are always included.
    """

    def __init__(self, patterns: list[str]):
        self._always = frozenset(i for i, p in enumerate(patterns) if required_literals(p) is None)
        by_literal: dict[str, set[int]] = {}
        for i, p in enumerate(patterns):
            for lit in required_literals(p) or ():
                by_literal.setdefault(lit, set()).add(i)
        self._automaton = ahocorasick.Automaton()
        for lit, ids in by_literal.items():
            self._automaton.add_word(lit, frozenset(ids))
        if by_literal:
            self._automaton.make_automaton()
        self._empty = not by_literal

    def possible(self, text: str) -> frozenset[int]:
        if self._empty:
            return self._always
        found = set(self._always)
        for _end, ids in self._automaton.iter(text):
            found |= ids
        return frozenset(found)
