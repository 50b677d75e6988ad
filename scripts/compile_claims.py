"""Compile the claim extractor's hot modules with Cython (optional speed-up).

    python scripts/compile_claims.py [--jobs N] [--clean]

The same ``claims/*.py`` sources are compiled as they are (no ``.pyx``, no type
annotations of Cython's): the compiled modules behave exactly as the pure ones and
cut the interpreter's share of extraction (see bench/README.md). They land in
``claims/_compiled/`` with a manifest of the sources' hashes; ``claims/__init__``
uses them only while every hash still matches, so an edited source never runs as
stale machine code. No compiler or no Cython: the script says so and exits 0, and
the package stays pure Python.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# This script reads claims/accelerate.py only: importing the package must not warn that the
# build it is about to replace is stale.
os.environ["TINHSO_PURE_PYTHON"] = "1"

from claims import accelerate  # noqa: E402  (after the path is set)


def compile_modules(jobs: int) -> Path:
    """Build every module of ``accelerate.COMPILED`` into a fresh temporary folder."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    work = Path(tempfile.mkdtemp(prefix="tinhso-compile-"))
    extensions = [
        Extension(f"claims.{name}", [str(accelerate.SOURCE_DIR / f"{name}.py")])
        for name in accelerate.COMPILED
    ]
    ext_modules = cythonize(
        extensions,
        compiler_directives={"language_level": 3},
        build_dir=str(work / "c"),  # keep generated C out of the source tree
        nthreads=jobs,
        quiet=True,
    )
    dist = Distribution({"name": "tinhso-claims-compiled", "ext_modules": ext_modules})
    build = dist.get_command_obj("build_ext")
    build.build_lib = str(work / "lib")
    build.build_temp = str(work / "tmp")
    build.parallel = jobs
    build.ensure_finalized()
    build.run()
    return work / "lib" / "claims"


def install(built: Path) -> None:
    """Swap the new build in whole, with its manifest, so a failed build leaves the old one."""
    staging = accelerate.COMPILED_DIR.with_name("_compiled.new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    for so in built.iterdir():
        shutil.copy2(so, staging / so.name)
    (staging / accelerate.MANIFEST).write_text(accelerate.manifest_text(), encoding="utf-8")
    shutil.rmtree(accelerate.COMPILED_DIR, ignore_errors=True)
    staging.rename(accelerate.COMPILED_DIR)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="parallel C compilations")
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args(argv)
    if args.clean:
        shutil.rmtree(accelerate.COMPILED_DIR, ignore_errors=True)
        print(f"removed {accelerate.COMPILED_DIR}")
        return 0
    if accelerate.is_current():
        print(f"compiled claims modules are up to date in {accelerate.COMPILED_DIR}")
        return 0
    try:
        built = compile_modules(args.jobs)
    except Exception as exc:  # no Cython, no compiler, no headers: stay pure Python
        print(f"claims stays pure Python: compiling failed ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 0
    try:
        install(built)
    finally:
        shutil.rmtree(built.parent.parent, ignore_errors=True)
    print(f"compiled {len(accelerate.COMPILED)} claims modules into {accelerate.COMPILED_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
