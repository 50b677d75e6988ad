# Cython's view of geo.py (read only by scripts/compile_claims.py; the pure module ignores it).
# A province name's mention as an extension type: scope reads its fields for every figure.
cdef class Mention:
    cdef readonly object start, end, match_key
