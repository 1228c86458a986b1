"""Article folders for tests."""

from __future__ import annotations

import shutil
from pathlib import Path


def own_folder(tmp_path: Path, seed_files: list[Path]) -> Path:
    """The user's own folder: two articles (copies of seeds, under other names), not the bundled sample."""
    folder = tmp_path / "my-news"
    folder.mkdir()
    for i, src in enumerate(seed_files[:2]):
        shutil.copy(src, folder / f"mine_{i}.txt")
    return folder
