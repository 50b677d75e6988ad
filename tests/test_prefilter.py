"""The cue prefilter may only skip work, never change an answer."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims import Document, extract_claims
from claims import cues
from claims.prefilter import LiteralIndex, required_literals

SEEDS = Path(__file__).resolve().parent.parent / "scrapers" / "snapshot" / "seeds"
COMPOSED = Path(__file__).resolve().parent / "fixtures" / "composed"


@pytest.mark.parametrize("pattern, expected", [
    ("thuê bao", {"thuê bao"}),
    (r"trạm (?:bts )?4g", {"trạm "}),                      # optional part is not required
    (r"[345]g\b", {"3g", "4g", "5g"}),                      # small class expands
    (r"\bthôn\b|tổ dân phố", {"thôn", "tổ dân phố"}),       # each branch contributes
    (r"(?<!văn )\bbản\b(?! đồ)", {"bản"}),                  # look-arounds consume nothing
    (r"trắng\W{0,3}sóng", {"trắng"}),                       # the longer (more selective) run
    (r"(?:ab)+c", {"ab"}),                                  # a repeat of at least one is required
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern) == expected


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:abc)?", r"abc|\d+", r"(?i:thôn)", r"(?i)thôn"])
def test_patterns_without_a_required_literal(pattern):
    assert required_literals(pattern) is None


def test_index_never_rules_out_a_pattern_that_matches():
    patterns = list(cues._GROUP_IDS)
    index = LiteralIndex(patterns)
    compiled = [re.compile(p) for p in patterns]
    text = "\n".join(f.read_text(encoding="utf-8") for f in sorted(SEEDS.glob("*.txt"))).lower()
    checked = 0
    for start in range(0, len(text) - 200, 37):
        window = text[start:start + 200]
        possible = index.possible(window)
        for i, rx in enumerate(compiled):
            if rx.search(window):
                checked += 1
                assert possible >> i & 1, (patterns[i], window)
    assert checked > 500  # the windows do exercise the cue patterns


def test_extraction_is_identical_without_the_prefilter(monkeypatch):
    docs = [Document(doc=f.stem, text=f.read_text(encoding="utf-8")) for f in sorted(SEEDS.glob("*.txt"))]
    docs += [Document(doc=f.stem, text=f.read_text(encoding="utf-8")) for f in sorted(COMPOSED.glob("*.txt"))]
    with_filter = [c.to_dict() for d in docs for c in extract_claims(d)]
    everything = (1 << len(cues._GROUP_IDS)) - 1
    monkeypatch.setattr(cues.GROUP_INDEX, "possible", lambda text: everything)
    monkeypatch.setattr(cues.GROUP_INDEX, "any_literal", lambda text: True)
    without = [c.to_dict() for d in docs for c in extract_claims(d)]
    assert with_filter == without
    assert len(with_filter) > 50


def test_document_word_lookup_agrees_with_the_end_anchored_pattern():
    """numbers.ends_with_document_word answers _DOC_BEFORE.search by a suffix dictionary;
    random endings built from the same words, near misses and separators must agree."""
    import random
    from claims import numbers
    rng = random.Random(5)
    pieces = list(numbers._DOC_WORDS) + ["số", "sô", "x", "_", "9", "(", "-", " ", "  ", "\n", "ông", "đạt", "nămn", "anăm"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "", "_", "a", "("]) for _ in range(rng.randint(1, 5)))
        text = text.rstrip()
        assert numbers.ends_with_document_word(text) == bool(numbers._DOC_BEFORE.search(text)), repr(text)


def test_trie_alternation_matches_what_the_longest_first_alternation_matches():
    import random
    from claims.normalize import trie_alternation
    rng = random.Random(11)
    letters = "aàbBc "
    for _ in range(300):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 4))).strip() or "a" for _ in range(rng.randint(1, 8))}
        plain = re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?!\w)")
        trie = re.compile("(?:" + trie_alternation(words) + r")(?!\w)")
        text = "".join(rng.choice(letters + ".") for _ in range(40))
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)], (words, text)


# Fast paths elsewhere in the package: each must give what the plain form gives.

def _corpus_texts() -> list[str]:
    return [f.read_text(encoding="utf-8") for d in (SEEDS, COMPOSED) for f in sorted(d.glob("*.txt"))]


def test_sentence_ends_found_by_str_find_are_the_patterns_matches():
    import random

    from claims import segment
    rng = random.Random(5)
    pieces = ["Tỉnh", "đạt", ".", "..", "!", "?", "…", "\n", "\n\n", " ", '"', "”", ")", "(", "95", "TP.", "Đ", "a."]
    texts = _corpus_texts() + ["".join(rng.choice(pieces) for _ in range(30)) for _ in range(2000)]
    for text in texts:
        assert [m.span() for m in segment._sentence_ends(text)] == \
            [m.span() for m in segment._SENT_END.finditer(text)], text[:80]


def test_tone_style_scan_agrees_with_the_pairwise_definition():
    from claims import normalize
    # The definition: an o/u + toned vowel pair at a syllable's end (not after "q") moves its tone.
    pair = re.compile("(?<!q)[ou][" + "".join({p[1] for p in normalize._TONE_MAP}) + "]"
                      "(?![a-zàáảãạăắằẳẵặâấầẩẫậêếềểễệôốồổỗộơớờởỡợưứừửữự])")
    texts = [t.lower() for t in _corpus_texts()] + ["hoà thuỷ khoẻ quý quả uà hoàn oà", "hoá, toả; loè thuý"]
    for text in texts:
        expected = pair.sub(lambda m: normalize._TONE_MAP.get(m.group(0), m.group(0)), text)
        assert normalize.new_tone_style(text) == expected


def test_qualifier_last_words_never_skip_a_qualifier_pattern_that_matches():
    from claims.extract import _QUALIFIER
    from claims.normalize import fold
    text = fold("\n".join(_corpus_texts())) + " trên dưới 5 ước tính đạt 7 không vượt quá 9 chưa đầy 3 tối thiểu 2 xấp xỉ 4"
    checked = 0
    for m in re.finditer(r"\d", text):
        p = m.start()
        before = text[max(0, p - 16):p]
        for _name, rx, last_words in _QUALIFIER:
            if rx.search(text, max(0, p - 16), p):
                checked += 1
                assert before.rstrip().endswith(last_words), before
    assert checked > 50


def test_guarded_patterns_answer_as_the_plain_patterns_do():
    import random

    from claims import extract, scope
    from claims.normalize import fold
    from claims.prefilter import GuardedPattern
    guarded = [v for m in (extract, scope) for v in vars(m).values() if isinstance(v, GuardedPattern)]
    assert len(guarded) >= 5
    text = fold("\n".join(_corpus_texts()))
    rng = random.Random(11)
    for _ in range(3000):
        pos = rng.randrange(len(text))
        endpos = min(len(text), pos + rng.randrange(0, 300))
        for g in guarded:
            plain = g.compiled.search(text, pos, endpos)
            got = g.search(text, pos, endpos)
            assert (got and got.span()) == (plain and plain.span()), g.pattern
            assert [m.span() for m in g.finditer(text, pos, endpos)] == \
                [m.span() for m in g.compiled.finditer(text, pos, endpos)]
        window = text[pos:endpos]
        for g in guarded:
            assert g.sub("_", window) == g.compiled.sub("_", window)


def test_a_pattern_without_a_required_literal_cannot_be_guarded():
    from claims.prefilter import GuardedPattern
    with pytest.raises(ValueError, match="no literal"):
        GuardedPattern(r"\w+")
