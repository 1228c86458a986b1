"""Test-wide setup: Qt offscreen, and every user directory redirected to a throwaway folder.

This runs before any test module imports Qt or argostranslate (which reads XDG_* at import time), so
no test touches the real user's settings, library or models.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="sahifa-tests-"))
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = str(_SESSION_HOME / var.lower())
os.environ["SAHIFA_HOME"] = str(_SESSION_HOME / "sahifa")
os.environ["ARGOS_PACKAGES_DIR"] = str(_SESSION_HOME / "argos-packages")
os.environ["CAMELTOOLS_DATA"] = str(_SESSION_HOME / "camel_tools")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("SAHIFA_LANG", "en")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture
def sahifa_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty Sahifa data directory for one test."""
    home = tmp_path / "sahifa-home"
    home.mkdir()
    monkeypatch.setenv("SAHIFA_HOME", str(home))
    return home


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def seed_files() -> list[Path]:
    return sorted(p for p in SEEDS.glob("*.txt") if not p.name.endswith(".en.txt"))
