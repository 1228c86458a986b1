"""The mypyc-compiled rule engine (setup.py) behaves exactly like its Python source.

mypyc changes a few semantics (an attribute annotated ``float`` stores a C double, so an int put there
comes back as a float): the only safe check is to run both builds on every article we have annotated
and compare the output byte for byte. The source-first guard (sahifa/__init__.py: it covers
sahifa.core.arabic and the sahifa.nlp engine) is tested on a scratch folder.
"""

from __future__ import annotations

import importlib.machinery
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import sahifa
import sahifa.nlp as nlp

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT / "seeds", ROOT / "tests" / "data" / "unseen", ROOT / "tests" / "data" / "heldout2",
           ROOT / "tests" / "data" / "dev"]
EXT = importlib.machinery.EXTENSION_SUFFIXES[0]


def _analyze(tmp_path: Path, pure: bool) -> tuple[str, str]:
    env = dict(os.environ, SAHIFA_HOME=str(tmp_path / ("pure" if pure else "default")))
    env.pop("SAHIFA_PURE", None)
    if pure:
        env["SAHIFA_PURE"] = "1"
    code = ("import sys, sahifa.nlp as n; print(n.build(), file=sys.stderr); "
            "from sahifa.cli import main; sys.exit(main(sys.argv[1:]))")
    run = subprocess.run([sys.executable, "-c", code, "analyze", *map(str, CORPORA), "--json"],
                         env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stderr.splitlines()[0], run.stdout


@pytest.mark.slow
def test_compiled_and_pure_builds_give_identical_analyses(tmp_path: Path) -> None:
    build, compiled_out = _analyze(tmp_path, pure=False)
    if os.environ.get("SAHIFA_EXPECT_COMPILED") == "1":  # CI sets it: the accelerated build must be in use
        assert build == "compiled", "setup.py did not compile the extractors (see its build log)"
    if build != "compiled":
        pytest.skip(f"the extractors are not compiled here ({build} build): nothing to compare")
    pure_build, pure_out = _analyze(tmp_path, pure=True)
    assert pure_build == "pure"
    assert '"entities"' in pure_out and len(pure_out) > 100_000
    assert compiled_out == pure_out


def _path(folder: Path, module: str, suffix: str) -> Path:
    return folder.joinpath(*module.split(".")).with_suffix(suffix)


def _fake_install(folder: Path, compiled: bool = True) -> None:
    for module in sahifa.ACCELERATED:
        _path(folder, module, ".py").parent.mkdir(parents=True, exist_ok=True)
        _path(folder, module, ".py").write_text("x = 1\n")
        if compiled:
            _path(folder, module, EXT).write_bytes(b"\x7fELF")


def test_guard_uses_compiled_modules_when_they_are_current(tmp_path: Path) -> None:
    _fake_install(tmp_path)
    assert sahifa.source_wins(str(tmp_path), {}) is None


def test_guard_pure_install_needs_no_decision(tmp_path: Path) -> None:
    _fake_install(tmp_path, compiled=False)
    assert sahifa.source_wins(str(tmp_path), {}) is None


def test_guard_honours_sahifa_pure(tmp_path: Path) -> None:
    _fake_install(tmp_path)
    assert sahifa.source_wins(str(tmp_path), {"SAHIFA_PURE": "1"}) == "SAHIFA_PURE=1"


def test_guard_prefers_an_edited_source(tmp_path: Path) -> None:
    _fake_install(tmp_path)
    later = time.time() + 10
    os.utime(tmp_path / "nlp" / "quotes.py", (later, later))
    reason = sahifa.source_wins(str(tmp_path), {})
    assert reason is not None and "quotes.py is newer" in reason


def test_guard_a_missing_compiled_module_means_source(tmp_path: Path) -> None:
    _fake_install(tmp_path)
    (tmp_path / "nlp" / f"numbers{EXT}").unlink()
    reason = sahifa.source_wins(str(tmp_path), {})
    assert reason is not None and "numbers.py has no compiled module" in reason


def test_guard_frozen_bundle_without_sources_uses_compiled(tmp_path: Path) -> None:
    _fake_install(tmp_path)
    for module in sahifa.ACCELERATED:
        _path(tmp_path, module, ".py").unlink()
    assert sahifa.source_wins(str(tmp_path), {}) is None


def test_guard_covers_the_core_normaliser(tmp_path: Path) -> None:
    """sahifa.core.arabic is compiled with the engine: an edit to it alone makes the whole engine source."""
    _fake_install(tmp_path)
    later = time.time() + 10
    os.utime(tmp_path / "core" / "arabic.py", (later, later))
    reason = sahifa.source_wins(str(tmp_path), {})
    assert reason is not None and "arabic.py is newer" in reason
    (tmp_path / "core" / f"arabic{EXT}").unlink()
    reason = sahifa.source_wins(str(tmp_path), {})
    assert reason is not None and "arabic.py has no compiled module" in reason


def test_source_first_finder_loads_the_python_source() -> None:
    finder = sahifa._SourceFirst()
    spec = finder.find_spec("sahifa.nlp.entities", None)
    assert spec is not None and spec.origin is not None and spec.origin.endswith(os.path.join("nlp", "entities.py"))
    spec = finder.find_spec("sahifa.core.arabic", None)
    assert spec is not None and spec.origin is not None and spec.origin.endswith(os.path.join("core", "arabic.py"))
    assert finder.find_spec("sahifa.nlp.translate", None) is None  # not accelerated
    assert finder.find_spec("sahifa.core.model", None) is None
    assert finder.find_spec("json", None) is None


def test_the_staleness_check_covers_every_compiled_module() -> None:
    """sahifa.nlp.ACCELERATED (what the source-over-stale-build check looks at) names exactly the modules
    setup.py compiles: a compiled module missing from it (the tagger once) would always win, stale or not,
    and drag stale compiled modules in with it."""
    setup_py = (Path(__file__).resolve().parents[2] / "setup.py").read_text(encoding="utf-8")
    block = setup_py.split("ACCELERATED = [", 1)[1].split("]", 1)[0]
    compiled = [line.strip().strip('",').removeprefix("desktop/sahifa/").removesuffix(".py").replace("/", ".")
                for line in block.splitlines() if line.strip().startswith('"')]
    assert compiled and tuple(compiled) == sahifa.ACCELERATED
    assert "core.arabic" in compiled
    assert nlp.ACCELERATED == tuple(m.removeprefix("nlp.") for m in compiled if m.startswith("nlp."))


def test_guard_a_rebuild_newer_than_the_source_counts_though_a_stub_is_older(tmp_path: Path) -> None:
    """mypyc rewrites only the one library it compiles the modules into; a module's stub whose content did
    not change keeps its old time. The engine then ran from source after every rebuild that followed an
    edit that left a stub unchanged."""
    setup = (Path(sahifa.__file__).resolve().parents[2] / "setup.py").read_text(encoding="utf-8")
    assert f'group_name="{sahifa.GROUP_LIBRARY.removesuffix("__mypyc")}"' in setup  # mypyc adds __mypyc
    root = tmp_path / "sahifa"
    _fake_install(root)
    now = time.time()
    os.utime(root / "nlp" / "quotes.py", (now + 10, now + 10))  # edited after the stub was written …
    group = tmp_path / f"{sahifa.GROUP_LIBRARY}{EXT}"
    group.write_bytes(b"\x7fELF")
    os.utime(group, (now + 20, now + 20))  # … and rebuilt after the edit
    assert sahifa.source_wins(str(root), {}) is None
    os.utime(root / "nlp" / "quotes.py", (now + 30, now + 30))  # edited after the rebuild: source again
    reason = sahifa.source_wins(str(root), {})
    assert reason is not None and "quotes.py is newer" in reason
