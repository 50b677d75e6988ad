# Cython's view of mentions.py (read only by scripts/compile_claims.py; the pure module ignores it).
# A figure as an extension type: extraction reads a figure's fields many times over.
cdef class Figure:
    cdef public object start, end, value
    cdef public str unit, text  # typed: their str methods and comparisons become direct calls
    cdef public object value_max, denominator, denominator_start
    cdef public object pair_role, of_total, context_year
