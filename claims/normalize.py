"""Text normalization.

``normalize_text`` produces the document text that claim offsets refer to: NFC,
look-alike letters fixed, exotic spaces made plain. ``fold`` produces a same-length
matching key (lower case, one tone-placement convention) so cue patterns match
``hoà``/``hòa`` and ``Hồ sơ``/``hồ sơ`` alike while offsets stay valid.
"""
from __future__ import annotations

import re
import unicodedata

# U+00D0 (Icelandic eth, capital) looks exactly like U+0110 (Vietnamese Đ); both
# appear in scraped text. The lower-case eth U+00F0 is likewise mistaken for đ.
_LOOKALIKES = str.maketrans({
    "\u00d0": "\u0110",
    "\u00f0": "\u0111",
    "\u0189": "\u0110",  # African D with stroke
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u3000": " ",
    "\u200b": " ", "\ufeff": " ", "\u200c": " ", "\u200d": " ",
    "\u2010": "-", "\u2011": "-", "\u2212": "-",
})

_RARE_LOOKALIKES = [chr(c) for c in _LOOKALIKES if c != 0xa0]
_LOOKALIKE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _LOOKALIKES) + "]")

# Old-style tone placement (hoà, thuý) vs new-style (hòa, thúy): fold both to the
# new style. Each pair maps two characters to two characters, so length is kept.
_TONES = "\u0300\u0301\u0309\u0303\u0323"


def _tone_pairs() -> dict[str, str]:
    pairs = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            old = first + unicodedata.normalize("NFC", second + tone)
            new = unicodedata.normalize("NFC", first + tone) + second
            pairs[old] = new
    return pairs


_TONE_MAP = _tone_pairs()
# The toned vowel of a pair, at the end of a syllable, after o/u but not after "qu" ("quý":
# after "qu" the tone sits on y in both styles). The pattern opens with the toned vowel,
# which is rarer than o/u, so the engine stops at fewer candidate positions.
_TONE_RE = re.compile("[" + "".join(sorted({pair[1] for pair in _TONE_MAP})) + "](?<=[ou].)(?<!q[ou].)"
                      "(?![a-zàáảãạăắằẳẵặâấầẩẫậêếềểễệôốồổỗộơớờởỡợưứừửữự])")


# Capital letters of Vietnamese (and other Latin-script) names, stacked diacritics included
# (Ấ, Ầ, Ế, …): a character class for patterns that must see where a name starts.
UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.lower() != c}))
UPPER_CLASS = "[" + re.escape(UPPER) + "]"


def normalize_text(text: str) -> str:
    """NFC + look-alikes + plain spaces. Offsets of claims refer to this text."""
    # The no-break space, by far the commonest look-alike, by a plain replace first; the
    # others are rare, and a substring test per character finds them faster than a scan.
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    if any(ch in text for ch in _RARE_LOOKALIKES):
        text = _LOOKALIKE_RE.sub(lambda m: _LOOKALIKES[ord(m.group(0))], text)
    return _join_wrapped_lines(text.replace("\r\n", "\n").replace("\r", "\n"))


def _join_wrapped_lines(text: str) -> str:
    """A line break between a word and a lower-case word is a wrap inside a sentence (text taken
    from a PDF or a fixed-width report: "tỷ lệ hồ sơ trực\ntuyến đạt 65,4%"), not a new line: a
    space, so that phrases read whole. A paragraph, title or list item opens in upper case, a
    digit, a bullet or a letter's label ("a) "), and keeps its break. (Same length, so offsets hold.)"""
    at = text.find("\n")
    if at < 0:
        return text
    chars = None
    while at >= 0:
        if 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].islower() \
                and text[at + 2:at + 3] not in (")", "."):  # (not a lettered item: "a) Chính quyền số")
            if chars is None:
                chars = list(text)
            chars[at] = " "
        at = text.find("\n", at + 1)
    return text if chars is None else "".join(chars)


def fold(text: str) -> str:
    """Lower-case matching key of the same length as ``text``."""
    low = text.lower()
    if len(low) != len(text):  # a few code points lower-case to two; keep offsets
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return new_tone_style(low)


def strip_diacritics(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def new_tone_style(text: str) -> str:
    """``Vị Thuỷ`` → ``Vị Thủy``: the tone mark where the new convention puts it, case kept."""
    parts, last = [], 0
    for m in _TONE_RE.finditer(text):
        pair_start = m.start() - 1
        new = _TONE_MAP.get(text[pair_start:pair_start + 2])
        if new is not None:  # ("uà" is no pair of the map)
            parts.append(text[last:pair_start])
            parts.append(new)
            last = pair_start + 2
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def fold_pattern(pattern: str) -> str:
    """Tone-fold a regex written in lower case (never lower-cases escapes like \\W)."""
    return new_tone_style(pattern)


def word_start_alternation(words) -> str:
    """``(?:trong|của|…)`` where each word must start a word, written so that the pattern
    opens with literals: the look-behind sits after each word's first letter. A leading
    ``(?<!\\w)`` would make the engine try every position of the text."""
    return "(?:" + "|".join(re.escape(w[0]) + rf"(?<!\w{re.escape(w[0])})" + re.escape(w[1:]) for w in words) + ")"


def trie_alternation(words) -> str:
    """``(?:B(?:à|ạc|ắc)|…)``: the words as a prefix tree, so the engine reads each letter
    once instead of trying every alternative in turn (CPython's ``re`` does not merge the
    prefixes of an alternation by itself). Matches the same strings as the plain
    alternation, longest alternatives first at each branch."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items(), key=lambda kv: kv[0]) if ch]
        ends = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


_TONE_INV = {v: k for k, v in _TONE_MAP.items()}
_TONE_INV_RE = re.compile("(" + "|".join(map(re.escape, _TONE_INV)) + ")")


def tone_variants(word: str) -> set[str]:
    """The old- and new-style tone placements of a name ("Hoà Bình", "Hòa Bình")."""
    return {word, new_tone_style(word),
            _TONE_INV_RE.sub(lambda m: _TONE_INV[m.group(1)], word)}
