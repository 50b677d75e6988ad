"""The optional Cython build (scripts/compile_claims.py) runs the same extractor as the sources.

The suite itself runs on whatever `make install` left: the compiled modules when a compiler
was there, else the pure ones. These tests hold the two to identical claims and check that a
build no longer matching its sources is never used.
"""
import json
import re
import os
import subprocess
import sys
import warnings

import pytest

from claims import accelerate
from conftest import FIXTURES, ROOT, SEEDS

EXTRACT_ALL = (
    "import json, sys\n"
    "from claims.accelerate import compiled_in_use\n"
    "from tinhso.cli import main\n"
    "print(json.dumps({'compiled': compiled_in_use()}))\n"
    "sys.argv = [sys.argv[0], 'extract', *sys.argv[1:]]\n"
    "main(sys.argv[1:])\n"
)


def _extract_in_subprocess(pure: bool) -> tuple[bool, list[dict]]:
    env = dict(os.environ)
    env.pop(accelerate.DISABLE_ENV, None)
    if pure:
        env[accelerate.DISABLE_ENV] = "1"
    out = subprocess.run(
        [sys.executable, "-c", EXTRACT_ALL, str(FIXTURES / "composed"), str(SEEDS)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    return json.loads(out[0])["compiled"], [json.loads(line) for line in out[1:]]


def test_compiled_and_pure_modules_give_identical_claims():
    if not accelerate.is_current():
        pytest.skip("no current compiled build (no compiler at install, or sources edited since)")
    compiled_flag, compiled = _extract_in_subprocess(pure=False)
    pure_flag, pure = _extract_in_subprocess(pure=True)
    assert compiled_flag and not pure_flag
    assert len(compiled) > 1000  # the composed set and the seeds, not an empty run
    assert compiled == pure


@pytest.fixture
def fake_build(tmp_path, monkeypatch):
    folder = tmp_path / "_compiled"
    folder.mkdir()
    monkeypatch.setattr(accelerate, "COMPILED_DIR", folder)
    monkeypatch.delenv(accelerate.DISABLE_ENV, raising=False)
    return folder


def test_a_build_matching_its_sources_goes_first_on_the_package_path(fake_build):
    (fake_build / accelerate.MANIFEST).write_text(accelerate.manifest_text(), encoding="utf-8")
    assert accelerate.search_path(["/pkg"]) == [str(fake_build), "/pkg"]


def test_a_stale_build_is_ignored_with_a_warning_naming_it(fake_build):
    stale = accelerate.manifest_text().replace("extract.py", "extract.py.old", 1)
    (fake_build / accelerate.MANIFEST).write_text(stale, encoding="utf-8")
    with pytest.warns(RuntimeWarning, match=str(fake_build)):
        assert accelerate.search_path(["/pkg"]) == ["/pkg"]


def test_a_build_without_manifest_is_stale(fake_build):
    with pytest.warns(RuntimeWarning):
        assert accelerate.search_path(["/pkg"]) == ["/pkg"]


def test_the_pure_python_switch_wins_over_a_current_build(fake_build, monkeypatch):
    (fake_build / accelerate.MANIFEST).write_text(accelerate.manifest_text(), encoding="utf-8")
    monkeypatch.setenv(accelerate.DISABLE_ENV, "1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert accelerate.search_path(["/pkg"]) == ["/pkg"]


@pytest.fixture
def stub_sources(tmp_path, monkeypatch):
    """A source folder holding a one-line stand-in for every compiled module."""
    for name in accelerate.COMPILED:
        (tmp_path / f"{name}.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(accelerate, "SOURCE_DIR", tmp_path)
    return tmp_path


def test_the_manifest_changes_with_any_compiled_source(stub_sources):
    before = accelerate.manifest_text()
    (stub_sources / "scope.py").write_text("x = 2\n", encoding="utf-8")
    assert accelerate.manifest_text() != before


def test_the_manifest_changes_with_a_module_declarations_file(stub_sources):
    """A .pxd changes what Cython builds from an unchanged .py, so it is part of the build's identity."""
    tmp_path = stub_sources
    before = accelerate.manifest_text()
    (tmp_path / "mentions.pxd").write_text("cdef class Figure:\n    cdef public object start\n", encoding="utf-8")
    with_pxd = accelerate.manifest_text()
    assert with_pxd != before
    (tmp_path / "mentions.pxd").write_text("cdef class Figure:\n    cdef public object end\n", encoding="utf-8")
    assert accelerate.manifest_text() != with_pxd


def _declared_classes() -> dict[tuple[str, str], list[str]]:
    """(module, class) → the attribute names each .pxd declares for it, in order."""
    declared: dict[tuple[str, str], list[str]] = {}
    for pxd in sorted(accelerate.SOURCE_DIR.glob("*.pxd")):
        current = None
        for line in pxd.read_text(encoding="utf-8").splitlines():
            head = re.match(r"cdef class (\w+):", line)
            if head:
                current = declared.setdefault((pxd.stem, head.group(1)), [])
                continue
            field = re.match(r"\s+cdef (?:public |readonly )?(?:object|dict|tuple|str|list) (.+?)(?:\s*#.*)?$", line)
            if current is not None and field:
                current.extend(name.strip() for name in field.group(1).split(","))
    return declared


def _fields_in_source(module: str, name: str) -> list[str]:
    """A class's instance attributes as its .py states them: a dataclass's annotated fields, the
    names in __slots__, or (for a plain class) what __init__ assigns to self."""
    import ast
    tree = ast.parse((accelerate.SOURCE_DIR / f"{module}.py").read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)
    if any("dataclass" in ast.unparse(d) for d in cls.decorator_list):
        return [s.target.id for s in cls.body if isinstance(s, ast.AnnAssign)]
    for s in cls.body:
        if isinstance(s, ast.Assign) and any(getattr(t, "id", "") == "__slots__" for t in s.targets):
            return list(ast.literal_eval(s.value))
    init = next(s for s in cls.body if isinstance(s, ast.FunctionDef) and s.name == "__init__")
    targets = [t for n in ast.walk(init) for t in getattr(n, "targets", [getattr(n, "target", None)])]
    targets += [e for t in targets if isinstance(t, ast.Tuple) for e in t.elts]  # self.end, self.furniture = …
    return [t.attr for t in targets if isinstance(t, ast.Attribute) and getattr(t.value, "id", "") == "self"]


def test_every_declared_extension_type_declares_exactly_its_fields():
    """An extension type has no instance dict unless it declares one: a field added to the .py
    but not to its .pxd would fail only in the compiled build, so the two are held equal here."""
    declared = _declared_classes()
    assert {("extract", "_Context"), ("mentions", "Figure")} <= set(declared)
    for (module, name), fields in declared.items():
        plain = [f for f in fields if f != "__dict__"]
        source = _fields_in_source(module, name)
        assert sorted(plain) == sorted(set(source)), (module, name)
        if "__dict__" not in fields:
            # a dataclass's __init__ takes its fields in order, and Cython's takes the .pxd's order
            assert plain == source, (module, name)
