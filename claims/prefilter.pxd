# Cython's view of prefilter.py (read only by scripts/compile_claims.py; the pure module ignores it).
# A guard runs ~100 times per document; as an extension type its fields are slot reads.
# (LiteralIndex stays a plain class: tests swap its methods on the instance.)
cdef class GuardedPattern:
    cdef public object compiled, _automaton, _few
