"""Model manager: list, validate, install and download the models Sahifa uses (no Qt).

Translation packages are Argos Translate ``.argosmodel`` files (zip archives of one folder holding
metadata.json, model/ and sentencepiece.model). They are installed into argostranslate's own packages
directory (``argostranslate.settings.package_dirs[0]``), so packages installed with ``argospm`` and
with Sahifa are the same. argostranslate's ``install_from_path`` extracts any zip blindly; here an
archive is validated first (paths, links, sizes, metadata), extracted into a temporary folder inside
the packages directory (same file system) and renamed into place only once complete: a failed or
interrupted install writes nothing that stays.

Only translation packages are installed (``"type": "translate"`` or no type), and only complete ones
(``model/model.bin`` and ``sentencepiece.model``, loadable). The installed folder is named from the
validated metadata (``translate-<from>_<to>-<version>``), never from the archive's own folder name: an
fr→de archive whose folder says ``translate-ar_en-1_0`` once replaced the ar→en model. Installing
replaces only installed packages of the same language pair, atomically: the new package is extracted
and loaded aside, then the old one is renamed aside, the new one renamed in, and the old one deleted;
any failure puts the old one back.

CAMeL Tools data is only *detected* here — importing ``camel_tools.data`` downloads a catalogue.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import socket
import stat
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath
from typing import IO, Any

from sahifa.core.safe_text import visible

from .translate import (
    PackageInfo,
    _dir_size,
    _scan_package_dirs,
    installed_packages,
    package_info_from_metadata,
)

log = logging.getLogger(__name__)

MAX_TOTAL_BYTES = int(1.5 * 1024**3)   # uncompressed
MAX_RATIO = 200                         # uncompressed / compressed, above that: a zip bomb
RATIO_MIN_BYTES = 1024 * 1024           # tiny files may compress well without being bombs
MAX_FILES = 10_000
MAX_METADATA_BYTES = 1024 * 1024
MAX_DOWNLOAD_BYTES = 2 * 1024**3
CHUNK = 256 * 1024
TEMP_PREFIX = ".sahifa-install-"
USER_AGENT = "Sahifa (argostranslate-compatible)"
OFFLINE_MESSAGE = (
    "Cannot reach the model server: check your internet connection, "
    "or install a .argosmodel file you downloaded elsewhere."
)
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$")
_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._+-]{0,31}$")
_DRIVE = re.compile(r"^[A-Za-z]:")


class ModelStoreError(Exception):
    """Base class: the message is one human sentence."""


class ModelArchiveError(ModelStoreError):
    """The file is not a valid, safe translation package."""


class ModelDownloadError(ModelStoreError):
    """The package could not be downloaded."""


class NetworkUnavailableError(ModelDownloadError):
    """The model server cannot be reached (offline, DNS failure, refused connection, timeout)."""

    def __init__(self, message: str = OFFLINE_MESSAGE) -> None:
        super().__init__(message)


class DownloadCancelled(ModelStoreError):
    """The download was cancelled; nothing was kept."""


# --- locations -----------------------------------------------------------------------------------


def default_packages_dir() -> Path:
    """Where packages are installed: argostranslate's own packages directory."""
    from argostranslate import settings

    return Path(settings.package_dirs[0])


def camel_data_dir() -> Path:
    env = os.environ.get("CAMELTOOLS_DATA")
    return Path(env) if env else Path.home() / ".camel_tools"


def camel_ner_model_path(data_dir: Path | None = None) -> Path:
    return (data_dir or camel_data_dir()) / "data" / "ner" / "arabert"


def camel_ner_installed(data_dir: Path | None = None) -> bool:
    return (camel_ner_model_path(data_dir) / "config.json").is_file()


def _fmt_size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.0f} kB"


def list_models(
    *, packages_dirs: Sequence[str | os.PathLike[str]] | None = None, camel_dir: Path | None = None
) -> list[dict[str, Any]]:
    """Installed translation packages, then the CAMeL NER model (installed or not)."""
    models: list[dict[str, Any]] = []
    for pkg in sorted(installed_packages(packages_dirs), key=lambda p: (p.code, p.version)):
        models.append({
            "kind": "translation",
            "code": pkg.code,
            "from": pkg.from_code,
            "to": pkg.to_code,
            "version": pkg.version,
            "size": pkg.size_bytes,
            "path": str(pkg.path),
            "name": pkg.name,
            "engine_id": pkg.engine_id,
            "installed": True,
        })
    ner = camel_ner_model_path(camel_dir)
    installed = camel_ner_installed(camel_dir)
    models.append({
        "kind": "ner",
        "code": "camel-ner-arabert",
        "name": "CAMeL Tools Arabic NER (AraBERT)",
        "installed": installed,
        "path": str(ner),
        "size": _dir_size(ner) if installed else 0,
    })
    return models


# --- validation ----------------------------------------------------------------------------------


def _check_name(name: str) -> PurePosixPath:
    if not name or "\x00" in name:
        raise ModelArchiveError("the archive contains an entry with an empty or invalid name")
    if "\\" in name:
        raise ModelArchiveError(f"the archive contains a Windows-style path ({name!r})")
    if name.startswith("/") or _DRIVE.match(name):
        raise ModelArchiveError(f"the archive contains an absolute path ({name!r})")
    path = PurePosixPath(name)
    if any(part == ".." for part in path.parts):
        raise ModelArchiveError(f"the archive contains a path that escapes its folder ({name!r})")
    if any(part in ("", ".") for part in name.rstrip("/").split("/")):
        raise ModelArchiveError(f"the archive contains a malformed path ({name!r})")
    return path


def _inspect(zf: zipfile.ZipFile) -> tuple[str, dict[str, Any], int]:
    """(top-level folder, metadata, total uncompressed size) of an open archive, or ModelArchiveError."""
    infos = zf.infolist()
    if not infos:
        raise ModelArchiveError("the archive is empty")
    if len(infos) > MAX_FILES:
        raise ModelArchiveError(f"the archive holds {len(infos)} files (more than {MAX_FILES}): refused")
    tops: set[str] = set()
    names: set[str] = set()
    total = 0
    compressed = 0
    for info in infos:
        path = _check_name(info.filename)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise ModelArchiveError(f"the archive contains a symbolic link ({info.filename!r}): refused")
        if mode and stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise ModelArchiveError(f"the archive contains a special file ({info.filename!r}): refused")
        if info.flag_bits & 0x1:
            raise ModelArchiveError("the archive is encrypted")
        key = info.filename.rstrip("/")
        if key in names:
            raise ModelArchiveError(f"the archive lists {key!r} twice")
        names.add(key)
        if len(path.parts) == 1 and not info.is_dir():
            raise ModelArchiveError(
                f"the archive must hold exactly one folder, but has the file {info.filename!r} at its top level"
            )
        tops.add(path.parts[0])
        total += info.file_size
        compressed += info.compress_size
        if info.file_size >= RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ModelArchiveError(
                f"{info.filename!r} expands {info.file_size // max(info.compress_size, 1)}× "
                "(a zip bomb?): refused"
            )
    if len(tops) != 1:
        raise ModelArchiveError(
            f"the archive must hold exactly one folder, but has {len(tops)} at its top level"
        )
    top = tops.pop()
    if top.startswith("."):
        raise ModelArchiveError(f"the archive's folder has a hidden name ({top!r})")
    if total > MAX_TOTAL_BYTES:
        raise ModelArchiveError(f"the archive expands to {_fmt_size(total)} (more than 1.5 GB): refused")
    if total >= RATIO_MIN_BYTES and total > MAX_RATIO * max(compressed, 1):
        raise ModelArchiveError(f"the archive expands {total // max(compressed, 1)}× (a zip bomb?): refused")

    meta_name = f"{top}/metadata.json"
    try:
        meta_info = zf.getinfo(meta_name)
    except KeyError:
        raise ModelArchiveError("the archive has no metadata.json: not an Argos Translate package") from None
    if meta_info.file_size > MAX_METADATA_BYTES:
        raise ModelArchiveError("the package's metadata.json is too large")
    try:
        metadata = json.loads(zf.read(meta_info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ModelArchiveError("the package's metadata.json is not valid JSON") from None
    if not isinstance(metadata, dict):
        raise ModelArchiveError("the package's metadata.json is not a JSON object")
    for key in ("from_code", "to_code"):
        value = metadata.get(key)
        if not isinstance(value, str) or not value:
            raise ModelArchiveError(f"the package's metadata.json has no {key}")
        if not _CODE.match(value):
            raise ModelArchiveError(f"the package's metadata.json has an invalid {key} ({value!r})")
    version = metadata.get("package_version", "0")
    if isinstance(version, bool) or not isinstance(version, (str, int, float)) or not _VERSION.match(str(version)):
        raise ModelArchiveError("the package's metadata.json has an invalid package_version")
    kind = metadata.get("type")
    if kind not in (None, "", "translate"):
        raise ModelArchiveError(
            f"this is a {str(kind)[:40]!r} package, not a translation model: Sahifa installs translation packages only"
        )
    code = metadata.get("code")
    expected = f"translate-{metadata['from_code']}_{metadata['to_code']}"
    if code not in (None, "", expected):
        raise ModelArchiveError(
            f"the package's metadata.json calls it {str(code)[:40]!r} but it translates "
            f"{metadata['from_code']}→{metadata['to_code']} ({expected})"
        )
    if f"{top}/model/model.bin" not in names:
        raise ModelArchiveError("the package has no model/model.bin: not a translation model")
    if f"{top}/sentencepiece.model" not in names:
        raise ModelArchiveError("the package has no sentencepiece.model (SentencePiece tokenizer)")
    return top, metadata, total


def package_folder_name(metadata: dict[str, Any]) -> str:
    """The installed folder of a validated package, from its metadata only: ``translate-ar_en-1_0``
    (argospm's naming). The archive's own folder name is never used: it can say anything."""
    version = re.sub(r"[^0-9A-Za-z]+", "_", str(metadata.get("package_version", "0"))).strip("_") or "0"
    return f"translate-{metadata['from_code']}_{metadata['to_code']}-{version}"


def _open_zip(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise ModelArchiveError(f"{visible(str(path))} does not exist or is not a file")
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ModelArchiveError(f"{visible(path.name)} is not a model archive (not a zip file, or truncated)") from None
    except OSError as exc:
        raise ModelArchiveError(f"cannot read {visible(path.name)}: {exc.strerror or exc}") from None


def _testzip(zf: zipfile.ZipFile, name: str) -> None:
    try:
        bad = zf.testzip()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise ModelArchiveError(f"{visible(name)} is damaged ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - zlib.error and friends: all mean a corrupt archive
        raise ModelArchiveError(f"{visible(name)} is damaged ({exc})") from None
    if bad is not None:
        raise ModelArchiveError(f"{visible(name)} is damaged (bad checksum for {bad!r})")


def validate_archive(path: str | os.PathLike[str], *, check_crc: bool = True) -> dict[str, Any]:
    """Metadata of a valid, safe .argosmodel archive; ModelArchiveError (one line) otherwise.

    ``packaging/build --with-model`` checks the model it bundles with this before building."""
    p = Path(path)
    with _open_zip(p) as zf:
        _top, metadata, _total = _inspect(zf)
        if check_crc:
            _testzip(zf, p.name)
    return metadata


# --- install -------------------------------------------------------------------------------------


def _extract(zf: zipfile.ZipFile, dest: Path, budget: int) -> None:
    """Extract every entry below dest (names already validated), never more than budget bytes."""
    root = dest.resolve()
    written = 0
    for info in zf.infolist():
        target = (dest / info.filename).resolve()
        if target != root and root not in target.parents:
            raise ModelArchiveError(f"the archive contains a path that escapes its folder ({info.filename!r})")
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(info) as src, open(target, "xb") as out:
            while True:
                block = src.read(CHUNK)
                if not block:
                    break
                written += len(block)
                if written > budget:
                    raise ModelArchiveError("the archive expands to more than it declares: refused")
                out.write(block)
        os.chmod(target, 0o644)


def _clear_argos_caches() -> None:
    """argostranslate.translate caches its language list; refresh it only if already imported."""
    mod = sys.modules.get("argostranslate.translate")
    if mod is not None:
        try:
            mod.get_installed_languages.cache_clear()
        except AttributeError:
            pass


def _remove_stale_temp_dirs(base: Path, older_than: float = 3600.0) -> None:
    now = time.time()
    try:
        entries = list(base.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(TEMP_PREFIX) and entry.is_dir():
            try:
                if now - entry.stat().st_mtime > older_than:
                    shutil.rmtree(entry, ignore_errors=True)
            except OSError:
                pass


def install_archive(
    path: str | os.PathLike[str], *, packages_dir: str | os.PathLike[str] | None = None
) -> PackageInfo:
    """Validate and install a .argosmodel translation package; it replaces the installed packages of
    the same language pair only once it is completely extracted and loads. Nothing is left, and
    nothing installed is lost, on failure."""
    archive = Path(path)
    base = Path(packages_dir) if packages_dir is not None else default_packages_dir()
    base.mkdir(parents=True, exist_ok=True)
    _remove_stale_temp_dirs(base)
    with _open_zip(archive) as zf:
        top, metadata, total = _inspect(zf)
        _testzip(zf, archive.name)
        free = shutil.disk_usage(base).free
        if free < total + 16 * 1024 * 1024:
            raise ModelArchiveError(
                f"not enough disk space in {visible(str(base))}: {_fmt_size(total)} needed, {_fmt_size(free)} free"
            )
        final = base / package_folder_name(metadata)
        lock = _argos_lock()
        with lock:
            tmp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=base))
            try:
                _extract(zf, tmp, total)
                new_dir = tmp / top
                _check_loadable(new_dir)
                _swap_in(new_dir, final, _same_pair(base, metadata, final), tmp)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)  # with the replaced packages parked in it
    _clear_argos_caches()
    info = package_info_from_metadata(final, metadata)
    log.info("installed %s %s into %s", info.code, info.version, final)
    return info


def _check_loadable(folder: Path) -> None:
    """Load the extracted package's SentencePiece and CTranslate2 models once (then free them): a
    package that cannot translate must not replace one that can."""
    from .translate import ArgosTranslator, TranslationError, read_package_dir

    try:
        ArgosTranslator(read_package_dir(folder), intra_threads=1).load()
    except TranslationError as exc:
        raise ModelArchiveError(f"the package's model cannot be loaded ({exc})") from None
    except ImportError as exc:  # pragma: no cover - ctranslate2/sentencepiece are dependencies
        log.warning("cannot check that the package loads: %s", exc)


def _swap_in(new_dir: Path, final: Path, replaced: list[Path], parking: Path) -> None:
    """Rename the packages in ``replaced`` aside into ``parking``, then ``new_dir`` to ``final``; if
    that fails, the parked packages are renamed back. (Deleting ``parking`` deletes the old ones.)"""
    parked: list[tuple[Path, Path]] = []
    try:
        for i, old in enumerate(replaced):
            aside = parking / f".old-{i}"
            os.rename(old, aside)
            parked.append((old, aside))
        os.rename(new_dir, final)
    except BaseException:
        for old, aside in reversed(parked):
            try:
                os.rename(aside, old)
            except OSError:
                log.error("could not put %s back (it is in %s)", old, aside)
        raise


class _NullLock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _argos_lock() -> Any:
    """argostranslate's package lock, so that its listing never sees a half-installed package."""
    try:
        import argostranslate.package as argos_package

        return argos_package.package_lock
    except ImportError:  # pragma: no cover - argostranslate is a dependency
        return _NullLock()


def _same_pair(base: Path, metadata: dict[str, Any], final: Path) -> list[Path]:
    """Installed translation packages the new one replaces: those of its language pair. Never a
    package of another pair: a folder already at ``final`` that holds something else is an error."""
    pair = (metadata["from_code"], metadata["to_code"])
    out = [pkg.path for pkg in _scan_package_dirs([base])
           if (pkg.from_code, pkg.to_code) == pair and pkg.code.startswith("translate")]
    if os.path.lexists(final) and final not in out:
        raise ModelArchiveError(
            f"{visible(str(final))} already exists and is not a {pair[0]}→{pair[1]} translation package: "
            "remove it first (nothing was installed)"
        )
    return out


# --- download ------------------------------------------------------------------------------------


def default_index_url() -> str:
    from argostranslate import settings

    return str(settings.remote_package_index)


def _is_network_failure(exc: BaseException) -> bool:
    if isinstance(exc, urllib.error.HTTPError):
        return False
    return isinstance(exc, (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError, OSError))


def _open_url(url: str, timeout: float) -> Any:
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    return urllib.request.urlopen(req, timeout=timeout)


def fetch_index(index_url: str | None = None, *, timeout: float = 20.0) -> list[dict[str, Any]]:
    url = index_url or default_index_url()
    if not url.startswith(("http://", "https://")):
        raise ModelDownloadError(f"unsupported index address {url!r} (http or https only)")
    try:
        with _open_url(url, timeout) as resp:
            data = resp.read(16 * 1024 * 1024 + 1)
    except urllib.error.HTTPError as exc:
        raise ModelDownloadError(f"the model server answered {exc.code} for the package index") from None
    except Exception as exc:
        if _is_network_failure(exc):
            raise NetworkUnavailableError() from exc
        raise
    if len(data) > 16 * 1024 * 1024:
        raise ModelDownloadError("the package index is implausibly large")
    try:
        index = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ModelDownloadError("the package index is not valid JSON") from None
    if not isinstance(index, list):
        raise ModelDownloadError("the package index is not a list of packages")
    return [p for p in index if isinstance(p, dict)]


def find_in_index(index: list[dict[str, Any]], from_code: str, to_code: str) -> dict[str, Any] | None:
    from .translate import _version_key

    matches = [
        p for p in index
        if p.get("from_code") == from_code and p.get("to_code") == to_code
        and str(p.get("type") or "translate") == "translate"
    ]
    if not matches:
        return None
    return max(matches, key=lambda p: _version_key(str(p.get("package_version") or "0")))


def _expected_checksum(entry: dict[str, Any]) -> tuple[str, str] | None:
    for key in ("sha256", "checksum", "sha256sum"):
        value = entry.get(key)
        if isinstance(value, str) and value:
            algo, _, digest = value.rpartition(":")
            algo = (algo or "sha256").lower().replace("-", "")
            if algo in hashlib.algorithms_available:
                return algo, digest.lower()
    return None


def _expected_size(entry: dict[str, Any]) -> int | None:
    for key in ("size", "size_bytes", "filesize"):
        value = entry.get(key)
        if isinstance(value, int) and value > 0:
            return value
    return None


def _stream(
    resp: Any,
    out: IO[bytes],
    *,
    expected: int | None,
    hasher: Any,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
) -> int:
    length = resp.headers.get("Content-Length")
    declared = int(length) if length and length.isdigit() else None
    if expected is not None and declared is not None and declared != expected:
        raise ModelDownloadError(
            f"the server offers {_fmt_size(declared)} but the index says {_fmt_size(expected)}: refused"
        )
    total = expected or declared or 0
    limit = min(expected or MAX_DOWNLOAD_BYTES, MAX_DOWNLOAD_BYTES)
    done = 0
    if progress is not None:
        progress(0, total)
    while True:
        if cancel is not None and cancel.is_set():
            raise DownloadCancelled("download cancelled")
        block = resp.read(CHUNK)
        if not block:
            break
        done += len(block)
        if done > limit:
            raise ModelDownloadError("the download is larger than announced: refused")
        try:
            out.write(block)
        except OSError as exc:
            raise ModelDownloadError(f"cannot save the download: {(exc.strerror or str(exc)).lower()}") from None
        if hasher is not None:
            hasher.update(block)
        if progress is not None:
            progress(done, total)
    if cancel is not None and cancel.is_set():
        raise DownloadCancelled("download cancelled")
    if expected is not None and done != expected:
        raise ModelDownloadError(
            f"the download has {_fmt_size(done)} but the index says {_fmt_size(expected)}: refused"
        )
    if declared is not None and done != declared:
        raise ModelDownloadError("the download was interrupted (incomplete file)")
    return done


def download_model(
    index_url: str | None = None,
    from_code: str = "ar",
    to_code: str = "en",
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    dest_dir: str | os.PathLike[str] | None = None,
    packages_dir: str | os.PathLike[str] | None = None,
    timeout: float = 30.0,
) -> Path:
    """Download the from_code→to_code package named in Argos's package index and install it.

    ``index_url`` defaults to ``argostranslate.settings.remote_package_index``. The archive is streamed
    to a temporary file in ``dest_dir`` (default: the system temp folder), checked against the size and
    checksum the index gives (if any), installed with :func:`install_archive`, then deleted.
    ``progress(bytes_done, bytes_total)`` (total 0 when unknown); ``cancel`` aborts between chunks
    (DownloadCancelled). Returns the installed package's folder.
    Raises NetworkUnavailableError (offline), ModelDownloadError, ModelArchiveError, DownloadCancelled.
    """
    index = fetch_index(index_url, timeout=timeout)
    entry = find_in_index(index, from_code, to_code)
    if entry is None:
        raise ModelDownloadError(f"the package index has no {from_code}→{to_code} translation package")
    links = [u for u in entry.get("links") or [] if isinstance(u, str) and u.startswith(("http://", "https://"))]
    if not links:
        raise ModelDownloadError(f"the package index gives no http(s) link for {from_code}→{to_code}")
    expected = _expected_size(entry)
    checksum = _expected_checksum(entry)
    tmp_dir = Path(dest_dir) if dest_dir is not None else Path(tempfile.gettempdir())
    tmp_dir.mkdir(parents=True, exist_ok=True)
    last_error: BaseException | None = None
    for url in links:
        if cancel is not None and cancel.is_set():
            raise DownloadCancelled("download cancelled")
        fd, name = tempfile.mkstemp(prefix=".sahifa-download-", suffix=".argosmodel", dir=tmp_dir)
        tmp = Path(name)
        try:
            hasher = hashlib.new(checksum[0]) if checksum else None
            try:
                with os.fdopen(fd, "wb") as out, _open_url(url, timeout) as resp:
                    _stream(resp, out, expected=expected, hasher=hasher, progress=progress, cancel=cancel)
            except urllib.error.HTTPError as exc:
                last_error = ModelDownloadError(f"the model server answered {exc.code} for {url}")
                continue
            except (ModelStoreError, KeyboardInterrupt):
                raise
            except Exception as exc:
                if not _is_network_failure(exc):
                    raise
                log.info("download from %s failed: %s", url, exc)
                last_error = NetworkUnavailableError()
                continue
            if checksum and hasher is not None and hasher.hexdigest() != checksum[1]:
                raise ModelDownloadError("the downloaded file's checksum does not match the index: refused")
            info = install_archive(tmp, packages_dir=packages_dir)
            return info.path
        finally:
            tmp.unlink(missing_ok=True)
    assert last_error is not None
    raise last_error
