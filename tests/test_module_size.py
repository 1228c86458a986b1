"""No module of the package over 800 lines (issue #15: no god modules). Data files are not modules."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "sahifa"
LIMIT = 800


def oversize(root: Path = PACKAGE, limit: int = LIMIT) -> dict[str, int]:
    out = {}
    for path in sorted(root.rglob("*.py")):
        n = len(path.read_text(encoding="utf-8").splitlines())
        if n > limit:
            out[path.relative_to(root).as_posix()] = n
    return out


def test_no_module_over_800_lines() -> None:
    modules = list(PACKAGE.rglob("*.py"))
    assert len(modules) > 50  # the scan sees the package
    assert oversize() == {}


def test_the_check_sees_an_oversize_module(tmp_path: Path) -> None:
    (tmp_path / "big.py").write_text("x = 1\n" * 801, encoding="utf-8")
    (tmp_path / "small.py").write_text("x = 1\n" * 800, encoding="utf-8")
    assert oversize(tmp_path) == {"big.py": 801}
