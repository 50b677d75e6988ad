# Cython's view of scope.py (read only by scripts/compile_claims.py; the pure module ignores it).
# Its functions take the document context (an extension type, see extract.pxd): knowing the
# type here makes their `ctx.` reads slot reads and `ctx.folded.find(…)` a direct call.
from claims.extract cimport _Context
from claims.mentions cimport Figure
