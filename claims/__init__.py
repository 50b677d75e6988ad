"""Pure claim extraction for Vietnamese digital-transformation reports.

No I/O beyond reading the reference CSVs bundled in ``claims/data``: no HTTP, no
database, no Dagster. The pipeline, the CLI and the benchmarks all call
:func:`extract_claims`.
"""
from claims.model import Claim, Document
from claims.extract import extract_claims

__all__ = ["Claim", "Document", "extract_claims"]
