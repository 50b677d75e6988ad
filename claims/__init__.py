"""Pure claim extraction for Vietnamese digital-transformation reports.

No I/O beyond reading the reference CSVs bundled in ``claims/data``: no HTTP, no
database, no Dagster. The pipeline, the CLI and the benchmarks all call
:func:`extract_claims`.
"""
from claims import accelerate as _accelerate

# Before any submodule is imported: the compiled build, when current (claims/accelerate.py).
__path__ = _accelerate.search_path(__path__)

from claims.model import Claim, Document  # noqa: E402
from claims.extract import extract_claims  # noqa: E402

__all__ = ["Claim", "Document", "extract_claims"]
