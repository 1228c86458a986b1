"""The bundled sample is kept apart from the user's articles (issue "Install and first run", item 2):
`sahifa analyze seeds` goes to the sample's own library, `sahifa facts` on the user's library never
lists it, and `sahifa remove-sample` takes out what an older Sahifa analysed into the user's library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sahifa.cli import main
from sahifa.services.ingest import ingest
from sahifa.services.library import open_library
from sahifa.storage.paths import default_library_path, sample_library_path
from tests.helpers.folders import own_folder


def _facts(capsysbinary: Any, *args: str) -> dict[str, Any]:
    capsysbinary.readouterr()
    assert main(["facts", "--json", *args]) == 0
    return json.loads(capsysbinary.readouterr().out.decode("utf-8"))


def test_analyze_seeds_goes_to_the_sample_library(sahifa_home: Path, tmp_path: Path, seeds_dir: Path,
                                                  seed_files: list[Path], capsysbinary: Any) -> None:
    own = own_folder(tmp_path, seed_files)
    assert main(["analyze", str(own)]) == 0
    assert main(["analyze", str(seeds_dir)]) == 0
    user = _facts(capsysbinary)
    paths = [a["path"] for a in user["articles"]]
    assert sorted(Path(p).name for p in paths) == ["mine_0.txt", "mine_1.txt"]
    assert not any(Path(p).resolve().parent == seeds_dir.resolve() for p in paths)
    sample = _facts(capsysbinary, "--sample")
    assert sorted(Path(a["path"]).name for a in sample["articles"]) == sorted(p.name for p in seed_files)
    assert sample_library_path().parent == sahifa_home / "sample"
    assert (sample_library_path().parent.stat().st_mode & 0o777) == 0o700


def test_remove_sample_takes_old_sample_articles_out(sahifa_home: Path, tmp_path: Path, seeds_dir: Path,
                                                     seed_files: list[Path], capsys: Any) -> None:
    own = own_folder(tmp_path, seed_files)
    with open_library(default_library_path()) as lib:  # what an older Sahifa did: all in one library
        ingest(lib, [str(own), str(seeds_dir)])
        assert len(lib.articles()) == 2 + len(seed_files)
    capsys.readouterr()
    assert main(["remove-sample"]) == 0
    assert f"{len(seed_files)} sample articles removed" in capsys.readouterr().out
    with open_library(default_library_path()) as lib:
        assert sorted(Path(r.path).name for r in lib.articles()) == ["mine_0.txt", "mine_1.txt"]
    assert main(["remove-sample"]) == 0
    assert "0 sample articles removed" in capsys.readouterr().out
