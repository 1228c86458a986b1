"""``sahifa models …`` and ``sahifa translate`` end to end, in subprocesses whose argostranslate
directories (read at import) all live in a temp folder."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from helpers.tiny_argos import argos_env, build_tiny_argos_package  # noqa: E402

SEED = ROOT / "seeds" / "000_6b3e9877ce30b531.txt"

# Runs sahifa's CLI with every socket connection refused, to prove translation is offline.
NO_NETWORK = """
import socket, sys
def refuse(*a, **k):
    raise OSError("network access is forbidden in this test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from sahifa.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_argos_package(tmp_path_factory.mktemp("tiny"))


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    e = dict(os.environ)
    e.update(argos_env(tmp_path / "argos"))
    e["CAMELTOOLS_DATA"] = str(tmp_path / "camel")
    e["HOME"] = str(tmp_path / "home")
    e["SAHIFA_HOME"] = str(tmp_path / "sahifa")
    e["PYTHONIOENCODING"] = "utf-8"
    return e


def packages(env: dict[str, str]) -> Path:
    return Path(env["ARGOS_PACKAGES_DIR"])


def sahifa(env: dict[str, str], *args: str, offline: bool = False, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", NO_NETWORK, *args] if offline else [sys.executable, "-m", "sahifa", *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def test_models_list_empty_then_installed(env: dict[str, str], tiny: Path) -> None:
    r = sahifa(env, "models", "list", "--json")
    assert r.returncode == 0, r.stderr
    models = json.loads(r.stdout)
    assert [m for m in models if m["kind"] == "translation"] == []
    assert [m["installed"] for m in models if m["kind"] == "ner"] == [False]

    r = sahifa(env, "models", "install", str(tiny))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"Installed translate-ar_en 0.0.1 (0.4 MB) into {packages(env)}" or (
        r.stdout.startswith("Installed translate-ar_en 0.0.1 (") and r.stdout.strip().endswith(f"MB) into {packages(env)}")
    )
    r = sahifa(env, "models", "list")
    assert r.returncode == 0 and "translate-ar_en 0.0.1" in r.stdout and "ar→en" in r.stdout
    models = json.loads(sahifa(env, "models", "list", "--json").stdout)
    tr = [m for m in models if m["kind"] == "translation"]
    assert len(tr) == 1 and tr[0]["version"] == "0.0.1" and tr[0]["path"] == str(packages(env) / "translate-ar_en-0_0_1")


def test_models_install_rejects_bad_archive(env: dict[str, str], tiny: Path, tmp_path: Path) -> None:
    import zipfile

    bad = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(tiny) as src, zipfile.ZipFile(bad, "w") as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
        out.writestr("translate-ar_en-0_0_1/../../evil.txt", b"pwned")
    r = sahifa(env, "models", "install", str(bad))
    assert r.returncode == 2
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "escapes its folder" in r.stderr
    assert not packages(env).exists() or list(packages(env).iterdir()) == []
    assert not (tmp_path / "evil.txt").exists()

    r = sahifa(env, "models", "install", str(tmp_path / "missing.argosmodel"))
    assert r.returncode == 2 and "does not exist" in r.stderr


def test_translate_json_offline_one_line_per_sentence(env: dict[str, str], tiny: Path) -> None:
    assert sahifa(env, "models", "install", str(tiny)).returncode == 0
    r = sahifa(env, "translate", str(SEED), "--json", offline=True)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["engine"] == "argos:translate-ar_en-0_0_1:0.0.1"

    from sahifa.core.articles import load_article

    article = load_article(SEED)
    assert len(doc["sentences"]) == len(article.sentences)
    for entry, sentence in zip(doc["sentences"], article.sentences, strict=True):
        assert set(entry) == {"ar", "en", "start", "end"}
        assert (entry["ar"], entry["start"], entry["end"]) == (sentence.text, sentence.start, sentence.end)
        assert entry["en"].strip() and "\n" not in entry["en"]

    r = sahifa(env, "translate", str(SEED), offline=True)
    assert r.returncode == 0 and r.stdout.strip()


def test_translate_without_model(env: dict[str, str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    r = sahifa(env, "translate", str(article), "--json")
    assert r.returncode == 2
    assert "No ar→en translation model is installed. Install one with: sahifa models install FILE.argosmodel" in r.stderr

    shutil.copy(SEED.with_name(SEED.name[:-4] + ".en.txt"), tmp_path / "a.en.txt")
    r = sahifa(env, "translate", str(article), "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["engine"] == "reference"
    from sahifa.core.articles import load_article

    loaded = load_article(article)
    assert loaded.reference_en is not None
    assert len(doc["sentences"]) == len(loaded.sentences)
    firsts = [e["en"] for e in doc["sentences"] if e["en"]]
    assert firsts == list(loaded.reference_en)  # each paragraph's English once, with its first sentence


# --- download ------------------------------------------------------------------------------------


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up (cancel, size mismatch) is expected here


class _Handler(http.server.SimpleHTTPRequestHandler):
    delay = 0.0

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def copyfile(self, source: Any, outputfile: Any) -> None:
        while block := source.read(8 * 1024):
            outputfile.write(block)
            outputfile.flush()
            if self.path.endswith(".argosmodel"):
                time.sleep(self.delay)


@pytest.fixture()
def index_url(tmp_path: Path, tiny: Path) -> Iterator[tuple[str, type[_Handler]]]:
    root = tmp_path / "www"
    root.mkdir()
    shutil.copy(tiny, root / tiny.name)
    handler = type("Handler", (_Handler,), {})
    httpd = _QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    threading.Thread(target=functools.partial(httpd.serve_forever, poll_interval=0.05), daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    (root / "index.json").write_text(json.dumps([{
        "package_version": "0.0.1", "from_code": "ar", "to_code": "en", "from_name": "Arabic",
        "to_name": "English", "type": "translate", "links": [f"{base}/{tiny.name}"],
        "size": tiny.stat().st_size, "sha256": hashlib.sha256(tiny.read_bytes()).hexdigest(),
    }]))
    yield f"{base}/index.json", handler
    httpd.shutdown()
    httpd.server_close()


def test_download_offline_message(env: dict[str, str]) -> None:
    """Offline, the message says which file to get, where people get it, and the command to install it."""
    r = sahifa(env, "models", "download", "--index-url", "http://127.0.0.1:1/index.json")
    assert r.returncode == 3
    assert r.stdout == ""
    assert r.stderr.splitlines() == [
        "sahifa: Cannot reach the model server, so nothing was downloaded.",
        "To install without a connection, get the file translate-ar_en-*.argosmodel (the Arabic→English "
        "model) on a computer that is online, from Argos Translate's package index "
        "(http://127.0.0.1:1/index.json: its ar→en entry links to the file), or from a colleague who has it; "
        "then run:",
        "  sahifa models install FILE",
        "with FILE the path of that translate-ar_en-*.argosmodel file.",
    ]
    assert not packages(env).exists() or list(packages(env).iterdir()) == []


def test_download_offline_names_the_default_index(env: dict[str, str]) -> None:
    """Without --index-url the message names Argos Translate's own index (no socket may open)."""
    r = sahifa(env, "models", "download", offline=True)
    assert r.returncode == 3, r.stderr
    assert "translate-ar_en-*.argosmodel" in r.stderr and "\n  sahifa models install FILE\n" in r.stderr
    assert "(https://" in r.stderr and "index" in r.stderr


@pytest.mark.parametrize("pair", ["fr-en", "en-ar", "ar-fr", "ar"])
def test_download_unoffered_pair_says_so_before_any_network_call(env: dict[str, str], pair: str) -> None:
    r = sahifa(env, "models", "download", pair, offline=True)  # any socket use would fail loudly
    assert r.returncode == 2, r.stderr
    assert r.stdout == ""
    assert "Cannot reach" not in r.stderr
    if pair == "ar":
        assert r.stderr == "sahifa: language pair must look like ar-en, not 'ar'\n"
    else:
        assert r.stderr == (f"sahifa: Sahifa reads Arabic news into English: only the ar-en model is offered, "
                            f"not {pair}. Run: sahifa models download ar-en\n")


def test_download_pair_is_case_insensitive(env: dict[str, str], index_url: tuple[str, type[_Handler]]) -> None:
    url, _ = index_url
    r = sahifa(env, "models", "download", "AR_EN", "--index-url", url)
    assert r.returncode == 0, r.stderr
    assert (packages(env) / "translate-ar_en-0_0_1").is_dir()


def test_download_with_progress_lines(env: dict[str, str], index_url: tuple[str, type[_Handler]]) -> None:
    url, _ = index_url
    r = sahifa(env, "models", "download", "ar-en", "--index-url", url)
    assert r.returncode == 0, r.stderr
    assert "translate-ar_en-0_0_1" in r.stdout
    lines = r.stderr.strip().splitlines()
    assert lines[0].startswith("Downloading ar→en: 0.0 MB of") and lines[-1].endswith("(100%)")
    assert "\r" not in r.stderr  # not a terminal: plain lines
    assert (packages(env) / "translate-ar_en-0_0_1" / "model" / "model.bin").is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT")
def test_download_ctrl_c_cancels_cleanly(env: dict[str, str], index_url: tuple[str, type[_Handler]], tmp_path: Path) -> None:
    url, handler = index_url
    handler.delay = 0.05  # ~2 s for the tiny package
    env = {**env, "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sahifa", "models", "download", "--index-url", url],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert proc.stderr is not None
    first = proc.stderr.readline()  # "Downloading ar→en: 0.0 MB of 0.3 MB (0%)": the download started
    assert first.startswith("Downloading"), first
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, first + err
    assert "cancelled" in err
    assert not packages(env).exists() or list(packages(env).iterdir()) == []
    assert list((tmp_path / "tmp").iterdir()) == [], err  # the partial download is gone
