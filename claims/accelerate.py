"""Run the Cython-compiled build of the hot modules, but only while it matches the sources.

``scripts/compile_claims.py`` compiles the modules named in :data:`COMPILED` from their
unchanged ``.py`` sources into ``claims/_compiled/`` and records the sources' hashes.
``claims/__init__`` puts that folder ahead of its own on the package's search path when
every hash still matches, so ``import claims.extract`` loads the compiled module; after
any edit it warns and keeps to the pure sources. Both run the same code: the compiled
build only cuts the interpreter's overhead. A module's ``.pxd`` beside it (Cython's
declarations, ignored by Python) makes its per-document and per-figure records extension
types with fixed slots; it is hashed with the module. Set ``TINHSO_PURE_PYTHON=1`` to ignore it.
"""
from __future__ import annotations

import hashlib
import os
import sysconfig
import warnings
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parent
COMPILED_DIR = SOURCE_DIR / "_compiled"
MANIFEST = "SOURCES.sha256"
DISABLE_ENV = "TINHSO_PURE_PYTHON"

# The modules extraction spends its time in. model (dataclasses shared with callers),
# version (hashes its own folder) and this module stay pure.
COMPILED = (
    "boilerplate", "cues", "dates", "extract", "geo", "mentions",
    "normalize", "numbers", "prefilter", "scope", "segment", "tables",
)


def manifest_text() -> str:
    """The interpreter's extension tag and each compiled module's source hash."""
    lines = [f"abi {sysconfig.get_config_var('EXT_SUFFIX')}"]
    for name in COMPILED:
        # a module's .pxd (Cython's declarations for it, where one exists) is part of its build
        for source in (SOURCE_DIR / f"{name}.py", SOURCE_DIR / f"{name}.pxd"):
            if source.suffix == ".py" or source.exists():
                digest = hashlib.sha256(source.read_bytes()).hexdigest()
                lines.append(f"{digest}  {source.name}")
    return "\n".join(lines) + "\n"


def is_current() -> bool:
    try:
        return (COMPILED_DIR / MANIFEST).read_text(encoding="utf-8") == manifest_text()
    except OSError:
        return False


def search_path(package_path: list[str]) -> list[str]:
    """The package's search path, with the compiled folder first when it may be used."""
    if os.environ.get(DISABLE_ENV) or not COMPILED_DIR.is_dir():
        return list(package_path)
    if not is_current():
        warnings.warn(
            f"claims: the compiled modules in {COMPILED_DIR} were built from other sources "
            "(or another Python); running the pure-Python modules. Rebuild with `make install` "
            "or `python scripts/compile_claims.py`.",
            RuntimeWarning,
            stacklevel=2,
        )
        return list(package_path)
    return [str(COMPILED_DIR), *package_path]


def compiled_in_use() -> bool:
    """Whether the running extractor is the compiled build (reported by the benchmark)."""
    from claims import extract

    return not str(getattr(extract, "__file__", "")).endswith(".py")
