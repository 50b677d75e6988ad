"""A fingerprint of the extractor (its code and bundled data).

Stored with every claim so the pipeline re-extracts articles when the extractor
changes, and only then.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def extractor_version() -> str:
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for f in sorted(list(root.glob("*.py")) + list((root / "data").glob("*.csv"))):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]
