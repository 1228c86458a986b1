"""Model manager: archive validation (hostile archives), atomic install, listing, download over a local
HTTP server (progress, size/checksum checks, cancel, offline)."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import stat
import sys
import threading
import time
import warnings
import zipfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from helpers.tiny_argos import build_tiny_argos_package, import_argos_isolated  # noqa: E402

argos_settings = import_argos_isolated()

import argostranslate.package as argos_package  # noqa: E402

from sahifa.nlp import modelstore  # noqa: E402
from sahifa.nlp.modelstore import (  # noqa: E402
    OFFLINE_MESSAGE,
    DownloadCancelled,
    ModelArchiveError,
    ModelDownloadError,
    NetworkUnavailableError,
)
from sahifa.nlp.translate import find_installed_package  # noqa: E402

TOP = "translate-ar_en-0_0_1"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_argos_package(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="module")
def tiny_v2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_argos_package(tmp_path_factory.mktemp("tiny2"), "0.0.2")


@pytest.fixture()
def packages_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pk = tmp_path / "packages"
    pk.mkdir()
    monkeypatch.setattr(argos_settings, "package_data_dir", pk)
    monkeypatch.setattr(argos_settings, "package_dirs", [pk])
    return pk


def entries_of(archive: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(archive) as zf:
        return [(i, zf.read(i)) for i in zf.infolist()]


def write_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return path


def good_entries(tiny: Path) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    return [(i.filename, data) for i, data in entries_of(tiny)]


def snapshot(*dirs: Path) -> set[str]:
    out: set[str] = set()
    for d in dirs:
        for root, dnames, fnames in os.walk(d):
            out.update(os.path.join(root, n) for n in dnames + fnames)
    return out


# --- validation and install ----------------------------------------------------------------------


def test_valid_archive_metadata(tiny: Path) -> None:
    meta = modelstore.validate_archive(tiny)
    assert (meta["from_code"], meta["to_code"], meta["package_version"]) == ("ar", "en", "0.0.1")


def test_install_then_argostranslate_sees_it(tiny: Path, packages_dir: Path) -> None:
    info = modelstore.install_archive(tiny)
    assert info.path == packages_dir / TOP
    assert {p.name for p in packages_dir.iterdir()} == {TOP}  # no temp folder left behind
    assert (info.path / "model" / "model.bin").is_file()
    assert stat.S_IMODE((info.path / "metadata.json").stat().st_mode) == 0o644
    # argospm's view and Sahifa's are the same directory
    assert [p.package_path for p in argos_package.get_installed_packages()] == [info.path]
    assert find_installed_package() == info
    models = modelstore.list_models()
    tr = [m for m in models if m["kind"] == "translation"]
    assert tr == [{
        "kind": "translation", "code": "translate-ar_en", "from": "ar", "to": "en", "version": "0.0.1",
        "size": info.size_bytes, "path": str(info.path), "name": "Arabic → English",
        "engine_id": "argos:translate-ar_en-0_0_1:0.0.1", "installed": True,
    }]


def test_list_models_detects_camel_ner_without_importing_it(
    tmp_path: Path, packages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "camel"))
    ner = [m for m in modelstore.list_models() if m["kind"] == "ner"]
    assert len(ner) == 1 and ner[0]["installed"] is False
    cfg = tmp_path / "camel" / "data" / "ner" / "arabert" / "config.json"
    cfg.parent.mkdir(parents=True)
    cfg.write_text("{}")
    ner = [m for m in modelstore.list_models() if m["kind"] == "ner"]
    assert ner[0]["installed"] is True and ner[0]["path"] == str(cfg.parent)
    assert "camel_tools.data" not in sys.modules
    assert [m for m in modelstore.list_models() if m["kind"] == "translation"] == []


def test_new_version_replaces_old_only_when_complete(tiny: Path, tiny_v2: Path, packages_dir: Path) -> None:
    old = modelstore.install_archive(tiny)
    new = modelstore.install_archive(tiny_v2)
    assert {p.name for p in packages_dir.iterdir()} == {"translate-ar_en-0_0_2"}
    assert new.version == "0.0.2" and not old.path.exists()
    # reinstalling the same version replaces it in place
    again = modelstore.install_archive(tiny_v2)
    assert again.path == new.path and (again.path / "model" / "model.bin").is_file()


def test_failed_extraction_leaves_old_package_and_no_temp(
    tiny: Path, tiny_v2: Path, packages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = modelstore.install_archive(tiny)
    before = snapshot(packages_dir)
    real_extract = modelstore._extract

    def failing_extract(zf: zipfile.ZipFile, dest: Path, budget: int) -> None:
        real_extract(zf, dest, budget)  # writes everything into the temp folder...
        raise OSError(28, "No space left on device")  # ...then fails

    monkeypatch.setattr(modelstore, "_extract", failing_extract)
    with pytest.raises(OSError):
        modelstore.install_archive(tiny_v2)
    assert snapshot(packages_dir) == before
    assert find_installed_package() == old


def _hostile(tmp_path: Path, tiny: Path, case: str) -> Path:
    out = tmp_path / f"{case}.argosmodel"
    good = good_entries(tiny)
    if case == "zip_slip":
        return write_zip(out, [*good, (f"{TOP}/../../evil", b"pwned")])
    if case == "zip_slip_top":
        return write_zip(out, [(name.replace(TOP, "../evil", 1), data) for name, data in good])  # type: ignore[union-attr]
    if case == "absolute":
        return write_zip(out, [*good, (str(tmp_path / "evil_abs"), b"pwned")])
    if case == "drive_letter":
        return write_zip(out, [*good, ("C:/evil", b"pwned")])
    if case == "backslash":
        return write_zip(out, [*good, (f"{TOP}\\..\\..\\evil", b"pwned")])
    if case == "symlink":
        link = zipfile.ZipInfo(f"{TOP}/model/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        return write_zip(out, [*good, (link, b"/etc/passwd")])
    if case == "two_top_folders":
        return write_zip(out, [*good, ("other/metadata.json", b"{}")])
    if case == "top_level_file":
        return write_zip(out, [*good, ("README.md", b"hi")])
    if case == "no_metadata":
        return write_zip(out, [(n, d) for n, d in good if not str(n).endswith("metadata.json")])
    if case in ("no_to_code", "bad_json", "bad_code"):
        meta = json.loads(dict(good)[f"{TOP}/metadata.json"])
        if case == "no_to_code":
            del meta["to_code"]
        elif case == "bad_code":
            meta["from_code"] = "../ar"
        raw = b"{not json" if case == "bad_json" else json.dumps(meta).encode()
        return write_zip(out, [(n, raw if str(n).endswith("metadata.json") else d) for n, d in good])
    if case == "no_model":
        return write_zip(out, [(n, d) for n, d in good if "model.bin" not in str(n)])
    if case == "truncated":
        data = tiny.read_bytes()
        out.write_bytes(data[: len(data) // 2])
        return out
    if case == "not_a_zip":
        out.write_bytes(b"PK\x03\x04 this is not really a zip" * 10)
        return out
    if case == "bad_crc":
        write_zip(out, good, method=zipfile.ZIP_STORED)
        raw_bytes = bytearray(out.read_bytes())
        with zipfile.ZipFile(out) as zf:
            info = zf.getinfo(f"{TOP}/model/model.bin")
        # local header is 30 bytes + name + extra; flip a byte well inside the stored data
        pos = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + info.file_size // 2
        raw_bytes[pos] ^= 0xFF
        out.write_bytes(bytes(raw_bytes))
        return out
    if case == "bomb":
        return write_zip(out, [*good, (f"{TOP}/model/padding.bin", b"\0" * (64 * 1024 * 1024))])
    if case == "too_many_files":
        return write_zip(out, [*good, *((f"{TOP}/x/{i}", b"") for i in range(10_001))], method=zipfile.ZIP_STORED)
    if case == "duplicate":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
            return write_zip(out, [*good, (f"{TOP}/metadata.json", b"{}")])
    raise AssertionError(case)


HOSTILE = {
    "zip_slip": "escapes its folder",
    "zip_slip_top": "escapes its folder",
    "absolute": "absolute path",
    "drive_letter": "absolute path",
    "backslash": "Windows-style path",
    "symlink": "symbolic link",
    "two_top_folders": "exactly one folder",
    "top_level_file": "exactly one folder",
    "no_metadata": "no metadata.json",
    "no_to_code": "no to_code",
    "bad_code": "invalid from_code",
    "bad_json": "not valid JSON",
    "no_model": "model.bin",
    "truncated": "not a zip file, or truncated",
    "not_a_zip": "not a zip file",
    "bad_crc": "damaged",
    "bomb": "zip bomb",
    "too_many_files": "more than 10000",
    "duplicate": "twice",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_archive_rejected_and_nothing_written(
    case: str, tiny: Path, tmp_path: Path, packages_dir: Path
) -> None:
    archive = _hostile(tmp_path, tiny, case)
    outside_before = snapshot(tmp_path) - {str(archive)}
    with pytest.raises(ModelArchiveError) as err:
        modelstore.validate_archive(archive)
    assert HOSTILE[case] in str(err.value)
    assert "\n" not in str(err.value)
    with pytest.raises(ModelArchiveError):
        modelstore.install_archive(archive)
    assert list(packages_dir.iterdir()) == []
    assert snapshot(tmp_path) - {str(archive)} == outside_before
    assert not (tmp_path / "evil").exists() and not (tmp_path / "evil_abs").exists()


def test_total_size_limit(tiny: Path, packages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(modelstore, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(ModelArchiveError, match="more than 1.5 GB"):
        modelstore.install_archive(tiny)
    assert list(packages_dir.iterdir()) == []


def test_hostile_archive_does_not_touch_installed_package(tiny: Path, tmp_path: Path, packages_dir: Path) -> None:
    info = modelstore.install_archive(tiny)
    before = snapshot(packages_dir)
    with pytest.raises(ModelArchiveError):
        modelstore.install_archive(_hostile(tmp_path, tiny, "zip_slip"))
    assert snapshot(packages_dir) == before
    assert find_installed_package() == info


# --- download ------------------------------------------------------------------------------------


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up (cancel, size mismatch) is expected here


class _Handler(http.server.SimpleHTTPRequestHandler):
    delay = 0.0  # seconds between 16 kB blocks of .argosmodel files

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def copyfile(self, source: Any, outputfile: Any) -> None:
        if not self.path.endswith(".argosmodel") or not self.delay:
            super().copyfile(source, outputfile)
            return
        while block := source.read(16 * 1024):
            outputfile.write(block)
            outputfile.flush()
            time.sleep(self.delay)


@pytest.fixture()
def server(tmp_path: Path, tiny: Path) -> Iterator[dict[str, Any]]:
    root = tmp_path / "www"
    root.mkdir()
    (root / tiny.name).write_bytes(tiny.read_bytes())
    handler = type("Handler", (_Handler,), {})
    httpd = _QuietServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    thread = threading.Thread(target=partial(httpd.serve_forever, poll_interval=0.05), daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    state: dict[str, Any] = {"root": root, "base": base, "handler": handler, "size": tiny.stat().st_size,
                             "sha256": hashlib.sha256(tiny.read_bytes()).hexdigest()}

    def write_index(**extra: Any) -> str:
        entry = {
            "package_version": "0.0.1", "argos_version": "1.9.0", "from_code": "ar", "from_name": "Arabic",
            "to_code": "en", "to_name": "English", "type": "translate",
            "links": [f"{base}/{tiny.name}"],
        }
        entry.update(extra)
        other = {**entry, "from_code": "en", "to_code": "ar", "links": ["http://127.0.0.1:1/nope"]}
        (root / "index.json").write_text(json.dumps([other, entry]))
        return f"{base}/index.json"

    state["write_index"] = write_index
    yield state
    httpd.shutdown()
    httpd.server_close()


def test_download_installs_with_progress(server: dict[str, Any], tmp_path: Path, packages_dir: Path) -> None:
    url = server["write_index"](size=server["size"], sha256=server["sha256"])
    seen: list[tuple[int, int]] = []
    dl = tmp_path / "dl"
    path = modelstore.download_model(url, "ar", "en", progress=lambda d, t: seen.append((d, t)), dest_dir=dl)
    assert path == packages_dir / TOP and (path / "model" / "model.bin").is_file()
    assert seen[0] == (0, server["size"]) and seen[-1] == (server["size"], server["size"])
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert list(dl.iterdir()) == []  # temp download removed
    found = find_installed_package()
    assert found is not None and found.path == path


def test_download_uses_argostranslate_index_setting(
    server: dict[str, Any], packages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server["write_index"]()
    monkeypatch.setattr(argos_settings, "remote_package_index", url)
    assert modelstore.default_index_url() == url
    seen: list[tuple[int, int]] = []
    path = modelstore.download_model(None, progress=lambda d, t: seen.append((d, t)))
    assert path.is_dir()
    assert seen[-1] == (server["size"], server["size"])  # total from Content-Length


@pytest.mark.parametrize("field,value,message", [
    ("size", 123, "the index says"),
    ("sha256", "0" * 64, "checksum"),
])
def test_download_mismatch_refused(
    server: dict[str, Any], tmp_path: Path, packages_dir: Path, field: str, value: Any, message: str
) -> None:
    url = server["write_index"](**{field: value})
    dl = tmp_path / "dl"
    with pytest.raises(ModelDownloadError, match=message):
        modelstore.download_model(url, dest_dir=dl)
    assert list(dl.iterdir()) == []
    assert list(packages_dir.iterdir()) == []


def test_cancel_mid_download_leaves_nothing(server: dict[str, Any], tmp_path: Path, packages_dir: Path) -> None:
    server["handler"].delay = 0.01
    url = server["write_index"]()
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done > 0:
            cancel.set()

    dl = tmp_path / "dl"
    with pytest.raises(DownloadCancelled):
        modelstore.download_model(url, progress=progress, cancel=cancel, dest_dir=dl)
    assert 0 < seen[-1] < server["size"]
    assert list(dl.iterdir()) == []
    assert list(packages_dir.iterdir()) == []


def test_unreachable_server_gives_offline_message(tmp_path: Path, packages_dir: Path) -> None:
    with pytest.raises(NetworkUnavailableError) as err:
        modelstore.download_model("http://127.0.0.1:1/index.json", dest_dir=tmp_path / "dl")
    assert str(err.value) == OFFLINE_MESSAGE
    assert list(packages_dir.iterdir()) == []


def test_unreachable_links_give_offline_message(server: dict[str, Any], tmp_path: Path, packages_dir: Path) -> None:
    url = server["write_index"](links=["http://127.0.0.1:1/a.argosmodel", "ipfs://Qm"])
    with pytest.raises(NetworkUnavailableError):
        modelstore.download_model(url, dest_dir=tmp_path / "dl")
    assert list((tmp_path / "dl").iterdir()) == []


def test_first_reachable_link_is_used(server: dict[str, Any], packages_dir: Path, tiny: Path) -> None:
    base = server["base"]
    url = server["write_index"](links=["http://127.0.0.1:1/a.argosmodel", f"{base}/missing.argosmodel",
                                       f"{base}/{tiny.name}"])
    assert modelstore.download_model(url).name == TOP


def test_index_errors(server: dict[str, Any], packages_dir: Path) -> None:
    with pytest.raises(ModelDownloadError, match="404") as err:
        modelstore.download_model(f"{server['base']}/no-index.json")
    assert not isinstance(err.value, NetworkUnavailableError)
    url = server["write_index"]()
    with pytest.raises(ModelDownloadError, match="no fr→en"):
        modelstore.download_model(url, "fr", "en")
    (server["root"] / "index.json").write_text("<html>")
    with pytest.raises(ModelDownloadError, match="not valid JSON"):
        modelstore.download_model(url)


# --- an archive never decides which installed package goes ---------------------------------------


def _rewrite(src: Path, out: Path, *, metadata: dict[str, Any] | None = None, drop: tuple[str, ...] = (),
             replace: dict[str, bytes] | None = None, rename: dict[str, str] | None = None) -> Path:
    """``src`` with its metadata.json updated, some files dropped, replaced or renamed (same folder)."""
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = []
    for name, data in good_entries(src):
        rel = str(name).split("/", 1)[1] if "/" in str(name) else ""
        if rel in drop:
            continue
        if rename and rel in rename:
            name = str(name).split("/", 1)[0] + "/" + rename[rel]
        if rel == "metadata.json" and metadata is not None:
            data = json.dumps({**json.loads(data), **metadata}).encode()
        if replace and rel in replace:
            data = replace[rel]
        entries.append((name, data))
    return write_zip(out, entries)


def test_a_foreign_pair_in_an_ar_en_folder_installs_beside_it(tiny: Path, tmp_path: Path, packages_dir: Path) -> None:
    arabic = modelstore.install_archive(tiny)
    # folder "translate-ar_en-0_0_1" inside the archive, but the metadata says fr→de
    foreign = _rewrite(tiny, tmp_path / "fr_de.argosmodel", metadata={"from_code": "fr", "to_code": "de"})
    info = modelstore.install_archive(foreign)
    assert (info.from_code, info.to_code, info.path.name) == ("fr", "de", "translate-fr_de-0_0_1")
    assert {p.name for p in packages_dir.iterdir()} == {"translate-ar_en-0_0_1", "translate-fr_de-0_0_1"}
    assert find_installed_package() == arabic and (arabic.path / "model" / "model.bin").is_file()


@pytest.mark.parametrize("case", ["sbd", "other type", "no sentencepiece", "bpe instead", "wrong code"])
def test_packages_that_are_not_translation_models_are_refused(
        case: str, tiny: Path, tmp_path: Path, packages_dir: Path) -> None:
    arabic = modelstore.install_archive(tiny)
    before = snapshot(packages_dir)
    archive = {
        # the reported one: type sbd, no model.bin, a version above the installed one
        "sbd": lambda: _rewrite(tiny, tmp_path / "sbd.argosmodel",
                                metadata={"type": "sbd", "package_version": "99.0"}, drop=("model/model.bin",)),
        "other type": lambda: _rewrite(tiny, tmp_path / "t.argosmodel", metadata={"type": "stanza"}),
        "no sentencepiece": lambda: _rewrite(tiny, tmp_path / "nosp.argosmodel", drop=("sentencepiece.model",)),
        "bpe instead": lambda: _rewrite(tiny, tmp_path / "bpe.argosmodel", rename={"sentencepiece.model": "bpe.model"}),
        "wrong code": lambda: _rewrite(tiny, tmp_path / "c.argosmodel", metadata={"code": "translate-fr_de"}),
    }[case]()
    with pytest.raises(ModelArchiveError) as err:
        modelstore.install_archive(archive)
    assert str(err.value) and "\n" not in str(err.value)
    assert snapshot(packages_dir) == before
    assert find_installed_package() == arabic


def test_a_package_that_does_not_load_does_not_replace_the_installed_one(
        tiny: Path, tmp_path: Path, packages_dir: Path) -> None:
    arabic = modelstore.install_archive(tiny)
    before = snapshot(packages_dir)
    broken = _rewrite(tiny, tmp_path / "broken.argosmodel", metadata={"package_version": "0.0.9"},
                      replace={"model/model.bin": b"not a model" * 100})
    with pytest.raises(ModelArchiveError, match="cannot be loaded"):
        modelstore.install_archive(broken)
    assert snapshot(packages_dir) == before and find_installed_package() == arabic


def test_a_failed_swap_puts_the_old_package_back(
        tiny: Path, tiny_v2: Path, packages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = modelstore.install_archive(tiny)
    before = snapshot(packages_dir)
    real_rename = os.rename

    def rename(src: Any, dst: Any) -> None:
        if Path(dst).name == "translate-ar_en-0_0_2":
            raise OSError(5, "Input/output error")  # the old one is parked aside by now
        real_rename(src, dst)

    monkeypatch.setattr(modelstore.os, "rename", rename)
    with pytest.raises(OSError):
        modelstore.install_archive(tiny_v2)
    assert snapshot(packages_dir) == before and find_installed_package() == old


def test_a_folder_of_another_pair_at_the_target_name_is_not_removed(
        tiny: Path, tmp_path: Path, packages_dir: Path) -> None:
    squatter = packages_dir / "translate-ar_en-0_0_1"
    squatter.mkdir()
    (squatter / "metadata.json").write_text(json.dumps({"from_code": "fr", "to_code": "de", "package_version": "1"}))
    with pytest.raises(ModelArchiveError, match="already exists"):
        modelstore.install_archive(tiny)
    assert json.loads((squatter / "metadata.json").read_text())["from_code"] == "fr"
