# Cython's view of cues.py (read only by scripts/compile_claims.py; the pure module ignores it).
# A cue rule as an extension type: the classifier reads its compiled patterns for every window.
cdef class Rule:
    cdef readonly object code, groups, exclude, head, units, not_head, compiled
