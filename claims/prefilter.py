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

    ``possible(text)`` returns a bit mask: bit i is set when pattern i may match.
    Patterns without a required literal always have their bit set. (Ints, not sets:
    or-ing and testing masks is what the hot loop does, and ints do it fastest.)
    """

    def __init__(self, patterns: list[str]):
        self._always = 0
        by_literal: dict[str, int] = {}
        for i, p in enumerate(patterns):
            literals = required_literals(p)
            if literals is None:
                self._always |= 1 << i
                continue
            for lit in literals:
                by_literal[lit] = by_literal.get(lit, 0) | (1 << i)
        self._automaton = ahocorasick.Automaton()
        for lit, mask in by_literal.items():
            self._automaton.add_word(lit, mask)
        if by_literal:
            self._automaton.make_automaton()
        self._empty = not by_literal

    def any_literal(self, text: str) -> bool:
        """Whether some pattern may match in ``text`` at all (always, if one has no literal)."""
        if self._always:
            return True
        return not self._empty and next(self._automaton.iter(text), None) is not None

    def possible(self, text: str) -> int:
        found = self._always
        if not self._empty:
            for _end, mask in self._automaton.iter(text):
                found |= mask
        return found


_FIND_AT_MOST = 3


class GuardedPattern:
    """A compiled pattern whose ``search``/``finditer`` first look, in one Aho-Corasick pass,
    for a literal every match must contain; without one they answer "no match" at once.

    For patterns the regex engine cannot skip through: an alternation of words opening
    with many different letters, or a leading look-behind, makes it try the pattern at
    nearly every position, while most windows hold none of the words. The regex still
    decides whenever a literal is there, so the answers are the plain pattern's. Other
    methods (``match``, ``split``, …) are the plain pattern's.
    """

    __slots__ = ("compiled", "_automaton", "_few")

    def __init__(self, pattern: str):
        literals = required_literals(pattern)
        if literals is None:
            raise ValueError(f"pattern has no literal every match needs; a guard cannot help: {pattern!r}")
        self.compiled = re.compile(pattern)
        # A literal that contains another adds nothing ("bao gồm" holds "gồm").
        literals = {lit for lit in literals if not any(other != lit and other in lit for other in literals)}
        # A few literals are looked for with str.find (a fast substring search); more, with
        # one Aho-Corasick pass.
        self._few = tuple(sorted(literals)) if len(literals) <= _FIND_AT_MOST else None
        self._automaton = None
        if self._few is None:
            self._automaton = ahocorasick.Automaton()
            for literal in literals:
                self._automaton.add_word(literal, literal)
            self._automaton.make_automaton()

    def may_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        end = len(text) if endpos is None else min(endpos, len(text))
        if pos >= end:
            return False
        if self._few is not None:
            for literal in self._few:
                if text.find(literal, pos, end) >= 0:
                    return True
            return False
        return next(self._automaton.iter(text, pos, end), None) is not None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if not self.may_match(text, pos, endpos):
            return None
        return self.compiled.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if not self.may_match(text, pos, endpos):
            return iter(())
        return self.compiled.finditer(text, pos, len(text) if endpos is None else endpos)

    def sub(self, repl, text: str) -> str:
        return self.compiled.sub(repl, text) if self.may_match(text) else text

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)
