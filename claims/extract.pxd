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
    cdef dict __dict__  # the lazily computed values (see _lazy)
    # typed where the type is fixed: str and list methods, indexing and len become direct calls
    cdef public str text, folded
    cdef public list furniture, numbers, number_starts, word_ranks, mentions, mention_starts
    cdef public dict last_by_unit, respective_years
    cdef public object last_claim_rivals
    cdef public object doc, title_end, end, published, system, province_key
    cdef public object default_year, _sentence_years, last_claim, topic, previous_sentence, previous_lead, previous_found
