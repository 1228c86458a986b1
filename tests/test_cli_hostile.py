"""`sahifa analyze` over the hostile folder (tests/core/test_hostile.py), as a user would run it.

A subprocess, so a crash, a hang (a FIFO), a traceback or a stray print on stdout is seen exactly as
the user would see it. Every good file must come back as an article, every bad one as an error with a
sentence, and stdout must stay one parseable JSON document.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.core.test_hostile import Hostile, assert_human_sentence, build_hostile_folder

TIMEOUT = 600  # generous: the first run imports the NLP stack and analyses a 100,000-character line


def run_sahifa(*args: str, home: Path) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    env["SAHIFA_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "sahifa", *args],
        capture_output=True,
        env=env,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    return build_hostile_folder(tmp_path_factory.mktemp("cli-corpus"))


@pytest.fixture(scope="module")
def analysed(hostile: Hostile, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    proc = run_sahifa("analyze", str(hostile.root), "--json", home=tmp_path_factory.mktemp("home"))
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert proc.returncode == 0, stderr
    doc = json.loads(proc.stdout.decode("utf-8"))
    return doc, stderr


def test_json_document_shape(analysed: tuple[dict[str, Any], str]) -> None:
    doc, _ = analysed
    assert set(doc) >= {"articles", "errors"}
    for err in doc["errors"]:
        assert set(err) >= {"path", "error"}


def test_every_good_file_is_an_article(hostile: Hostile, analysed: tuple[dict[str, Any], str]) -> None:
    doc, stderr = analysed
    got = {a["path"] for a in doc["articles"]}
    assert got == set(hostile.good.values()), (stderr, doc["errors"])
    for a in doc["articles"]:
        text = a["text"]
        assert a["title"] and text.startswith(a["title"])
        for s in a["sentences"]:
            assert 0 <= s["start"] < s["end"] <= len(text)
            assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]]


def test_every_bad_file_is_an_error_sentence(hostile: Hostile, analysed: tuple[dict[str, Any], str]) -> None:
    doc, _ = analysed
    reasons = {hostile.rel(e["path"]): e["error"] for e in doc["errors"]}
    assert reasons.keys() == hostile.bad.keys()
    for rel, word in hostile.bad.items():
        assert word in reasons[rel], (rel, reasons[rel])
        assert_human_sentence(reasons[rel])


def test_ignored_files_stay_silent(hostile: Hostile, analysed: tuple[dict[str, Any], str]) -> None:
    doc, _ = analysed
    mentioned = {hostile.rel(e["path"]) for e in doc["errors"]} | {hostile.rel(a["path"]) for a in doc["articles"]}
    assert not mentioned & hostile.ignored


def test_single_file(hostile: Hostile, tmp_path: Path) -> None:
    proc = run_sahifa("analyze", str(hostile.root / "utf8.txt"), "--json", home=tmp_path / "home")
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr, proc.stderr
    doc = json.loads(proc.stdout.decode("utf-8"))
    assert [a["path"] for a in doc["articles"]] == [hostile.good["utf8.txt"]]
    assert doc["errors"] == []


def test_single_file_with_a_leading_dash(hostile: Hostile, tmp_path: Path) -> None:
    proc = run_sahifa("analyze", "--json", "--", str(hostile.root / "-x.txt"), home=tmp_path / "home")
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr, proc.stderr
    doc = json.loads(proc.stdout.decode("utf-8"))
    assert [a["path"] for a in doc["articles"]] == [hostile.good["-x.txt"]]


@pytest.mark.parametrize("json_flag", [True, False], ids=["json", "text"])
def test_nonexistent_path(tmp_path: Path, json_flag: bool) -> None:
    missing = tmp_path / "no such folder"
    proc = run_sahifa("analyze", str(missing), *(["--json"] if json_flag else []), home=tmp_path / "home")
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode != 0
    assert "Traceback" not in stderr and stderr.strip(), stderr
    lines = stderr.strip().splitlines()
    if json_flag:
        assert len(lines) == 1, stderr  # one line for the user; the details are in the JSON
        doc = json.loads(proc.stdout.decode("utf-8"))
        assert doc["articles"] == [] and [e["path"] for e in doc["errors"]] == [str(missing)]
        assert_human_sentence(doc["errors"][0]["error"].replace(str(missing), "the folder"))
    assert str(missing) in lines[-1]
    for line in lines:
        assert_human_sentence(line.replace(str(missing), "the folder"))
