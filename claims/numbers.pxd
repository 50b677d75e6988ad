# Cython's view of numbers.py (read only by scripts/compile_claims.py; the pure module ignores it).
# A raw number as an extension type: every digit run of a text is one, built once and read many times.
cdef class RawNumber:
    cdef public object start, end
    cdef public str text
