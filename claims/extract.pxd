# Cython's view of extract.py (read only by scripts/compile_claims.py; the pure module ignores it).
# The per-document context and the per-figure records as extension types: their attributes are
# read hundreds of times per document, and a declared slot is a pointer read where an instance
# dict is a hash lookup. Frozen dataclasses get read-only slots.
from claims.cues cimport Rule
from claims.geo cimport Mention
from claims.mentions cimport Figure

cdef class Indicator:
    cdef readonly object code, pillar, units, carries_level

cdef class Match:
    cdef public object rule, score, spans, cue, level, scope, antecedent

cdef class _Context:
    cdef dict __dict__  # the cached_property values
    cdef public object doc, text, folded, title_end, end, furniture, numbers, number_starts
    cdef public object word_ranks, published, system, mentions, mention_starts, province_key
    cdef public object default_year, _sentence_years, last_claim, last_by_unit, topic, previous_sentence
