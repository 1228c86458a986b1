"""A folder with every way a real folder goes wrong: load_folder and discover must hold up.

The corpus (built by :func:`build_hostile_folder`, shared with tests/test_cli_hostile.py) mixes good
articles in every encoding Arabic news turns up in with broken, binary, huge, linked, looped, nested,
oddly named and vanishing files. Good files must load with consistent offsets; every bad one must be
listed once with a sentence for a person (no traceback, no exception class name); the rest (PDFs,
images, reference translations without their article, hidden files) is ignored silently.
"""

from __future__ import annotations

import builtins
import io
import os
import re
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sahifa.core import articles as articles_mod
from sahifa.core.articles import MAX_DEPTH, discover, display_path, load_article, load_folder
from sahifa.core.decode import MAX_ARTICLE_BYTES
from sahifa.core.model import Article, LoadError

TITLE = "المرصد: 300 مدني غادروا باغوز"
BODY = (
    "قال المرصد السوري لحقوق الإنسان إن 300 مدني غادروا باغوز يوم الأربعاء. "
    "وأضاف أن المفاوضات ما زالت جارية؟ نعم، هذا ما قاله المتحدث.\n\n"
    "وأكد مسؤول في قوات سوريا الديمقراطية أن العملية ستستأنف قريبا."
)
ARTICLE = f"{TITLE}\n\n{BODY}\n"
HUGE_BYTES = 70 * 1024 * 1024
LONG_LINE_CHARS = 100_000


@dataclass
class Hostile:
    """What the folder holds: relative names → what should become of them."""

    root: Path
    good: dict[str, str] = field(default_factory=dict)  # rel name → expected realpath of the article
    bad: dict[str, str] = field(default_factory=dict)  # rel path (display form) → word in the error
    ignored: set[str] = field(default_factory=set)  # rel names that must be neither article nor error
    outside: Path | None = None

    def rel(self, path: str) -> str:
        return os.path.relpath(path, self.root)


def _write(h: Hostile, name: str, data: bytes) -> Path:
    path = h.root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _good(h: Hostile, name: str, data: bytes) -> None:
    path = _write(h, name, data)
    h.good[name] = os.path.realpath(path)


def _bad(h: Hostile, name: str, data: bytes | None, reason: str) -> None:
    if data is not None:
        _write(h, name, data)
    h.bad[name] = reason


def _write_huge(path: Path) -> None:
    """70 MB of real-looking Arabic lines, written in 1 MB chunks (never held in memory at once)."""
    line = ("قال المرصد إن 300 مدني غادروا باغوز وإن المفاوضات جارية. " * 4 + "\n").encode()
    chunk = line * (1024 * 1024 // len(line) + 1)
    with path.open("wb") as fh:
        written = 0
        while written < HUGE_BYTES:
            fh.write(chunk)
            written += len(chunk)


def build_hostile_folder(base: Path) -> Hostile:
    root = base / "hostile"
    root.mkdir()
    h = Hostile(root=root)
    utf8 = ARTICLE.encode("utf-8")

    # --- good: every encoding, damaged but readable text, odd content ---------------------------
    _good(h, "utf8.txt", utf8)
    _good(h, "utf8-bom.txt", b"\xef\xbb\xbf" + utf8)
    _good(h, "utf16le-bom.txt", b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
    _good(h, "utf16be-bom.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be"))
    _good(h, "utf16le.txt", ARTICLE.encode("utf-16-le"))
    _good(h, "utf16be.txt", ARTICLE.encode("utf-16-be"))
    _good(h, "utf16-truncated.txt", (b"\xff\xfe" + ARTICLE.encode("utf-16-le"))[:-1])
    _good(h, "cp1256.txt", ARTICLE.encode("cp1256"))
    _good(h, "nul-inside.txt", utf8[:40] + b"\x00" + utf8[40:200].replace(b" ", b" \x00", 1) + utf8[200:])
    cut = "غادروا".encode()[:-1]  # a multibyte character cut in two, three times over
    _good(h, "broken-utf8.txt", utf8 + cut + b" " + utf8[:-1] + cut + b"\n" + cut + utf8)
    sentence = "أعلن المتحدث أن الوضع مستقر نسبيا في المدينة. "
    long_line = (sentence * (LONG_LINE_CHARS // len(sentence) + 1))[:LONG_LINE_CHARS]
    _good(h, "long-line.txt", f"{TITLE}\n{long_line}".encode())
    _good(h, "one-huge-line.txt", long_line.encode())
    _good(h, "bidi.txt", f"\u202e{TITLE}\u202c\n\nنص\u202d معكوس\u2066 هنا\u2069\u200f.\u200e\n".encode())
    _good(h, "html.txt", f"{TITLE}\n\n<script>alert('x')</script> نص <b>غامق</b> <img src=x onerror=y>.\n".encode())
    _good(h, "UPPER.TXT", utf8)
    # odd names
    for name in ("with  spaces .txt", "خبر عاجل.txt", "📰 news 🇸🇾.txt", "-x.txt", "--help.txt"):
        _good(h, name, utf8)
    long_name = "خ" * 123 + ".txt"  # 250 bytes, the ".en.txt" sibling would be too long to exist
    assert len(long_name.encode()) == 250
    _good(h, long_name, utf8)
    try:
        _good(h, "new\nline.txt", utf8)
    except OSError:
        pass  # a filesystem that refuses newlines in names
    # a link to a file outside the folder is the user's link: followed
    outside = base / "outside"
    outside.mkdir()
    (outside / "elsewhere.txt").write_bytes(utf8)
    (root / "link-outside.txt").symlink_to(outside / "elsewhere.txt")
    h.good["link-outside.txt"] = os.path.realpath(outside / "elsewhere.txt")
    h.outside = outside
    (root / "link-inside.txt").symlink_to("utf8.txt")
    h.good["link-inside.txt"] = os.path.realpath(root / "utf8.txt")
    # nesting: shallower than MAX_DEPTH loads, deeper is reported once
    shallow = Path(*[f"s{i}" for i in range(10)])
    _good(h, str(shallow / "shallow.txt"), utf8)
    deep = Path(*[f"d{i}" for i in range(40)])
    _write(h, str(deep / "deep.txt"), utf8)
    h.bad[str(Path(*[f"d{i}" for i in range(MAX_DEPTH + 1)]))] = f"deeper than {MAX_DEPTH}"
    h.ignored.add(str(deep / "deep.txt"))

    # --- bad: each listed once with a sentence -----------------------------------------------------
    _bad(h, "empty.txt", b"", "empty")
    _bad(h, "whitespace.txt", b" \n\t\r\n  \n", "empty")
    _bad(h, "bom-only.txt", b"\xef\xbb\xbf", "empty")
    _bad(h, "chrome-only.txt", "Connect with us\nlogo\nشارك\n|\n".encode(), "no article text")
    _bad(h, "invisible-only.txt", "\u202e\u200f\u200b\u2066".encode(), "no article text")
    _bad(h, "random.txt", bytes(range(256)) * 16 + os.urandom(8192), "binary")
    _bad(h, "png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + os.urandom(4096), "binary")
    _bad(h, "elf.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + b"\x02\x00\x3e\x00" + os.urandom(4096), "binary")
    _bad(h, "zip.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + os.urandom(4096), "binary")
    _bad(h, "zeros.txt", b"\x00" * 100_000, "binary")
    _write_huge(root / "huge.txt")
    h.bad["huge.txt"] = "too large"
    sparse = root / "sparse-huge.txt"
    with sparse.open("wb") as fh:
        fh.truncate(HUGE_BYTES)
    h.bad["sparse-huge.txt"] = "too large"
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    h.bad["dangling.txt"] = "does not exist"
    (root / "loop-a.txt").symlink_to("loop-b.txt")
    (root / "loop-b.txt").symlink_to("loop-a.txt")
    (root / "self.txt").symlink_to("self.txt")
    for name in ("loop-a.txt", "loop-b.txt", "self.txt"):
        h.bad[name] = "loop"
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "fifo.txt")  # reading it would block forever
        h.bad["fifo.txt"] = "not a regular file"
    if os.name == "posix" and os.path.exists("/dev/zero"):
        (root / "dev-zero.txt").symlink_to("/dev/zero")
        h.bad["dev-zero.txt"] = "not a regular file"
    try:
        bad_name = os.fsdecode(b"latin1-caf\xe9.txt")
        (root / bad_name).write_bytes(utf8)
        h.bad[display_path("latin1-caf\ufffd.txt")] = "not valid UTF-8"
    except (OSError, UnicodeError):
        pass  # a filesystem that insists on UTF-8 names
    if os.geteuid() != 0:  # root reads anything: covered by test_unreadable_file_* below instead
        locked = _write(h, "locked.txt", utf8)
        locked.chmod(0)
        h.bad["locked.txt"] = "permission denied"

    # --- ignored silently ------------------------------------------------------------------------
    for name, data in (
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        ("letter.docx", b"PK\x03\x04" + os.urandom(256)),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + os.urandom(256)),
        ("notes", utf8),
        ("orphan.en.txt", b"Title\n\nA reference translation without its article.\n"),
        (".hidden.txt", utf8),
        ("utf8.en.txt", b"Not aligned to the article.\n"),  # a reference, not an article
    ):
        _write(h, name, data)
        h.ignored.add(name)
    loop_dir = root / "loop-dir"
    loop_dir.mkdir()
    (loop_dir / "back").symlink_to(root)
    (loop_dir / "itself").symlink_to(loop_dir)
    (root / "folder.txt").mkdir()  # a folder with an article-like name is walked, not read
    _good(h, "folder.txt/inside.txt", utf8)
    return h


# --- checks ------------------------------------------------------------------------------------

_CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:Error|Exception|Warning)\b")


def assert_human_sentence(message: str) -> None:
    assert message and message.strip() == message, repr(message)
    assert "\n" not in message and len(message) < 300, message
    assert "Traceback" not in message and "[Errno" not in message, message
    assert not _CLASS_NAME.search(message), message
    assert re.search(r"[a-z]{3,} [a-z]{2,}", message), f"not a sentence: {message!r}"


def assert_offsets_consistent(article: Article) -> None:
    text = article.text
    assert text and article.paragraphs and article.sentences
    assert article.paragraphs[0].start == 0
    assert text[article.paragraphs[0].start:article.paragraphs[0].end] == article.title
    prev = 0
    for p in article.paragraphs:
        assert prev <= p.start < p.end <= len(text)
        chunk = text[p.start:p.end]
        assert chunk.strip() == chunk
        prev = p.end
    prev = 0
    for i, s in enumerate(article.sentences):
        assert s.index == i
        assert prev <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text
        assert s.text.strip() == s.text
        para = article.paragraphs[s.paragraph]
        assert para.start <= s.start and s.end <= para.end
        prev = s.end


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    return build_hostile_folder(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def loaded(hostile: Hostile) -> tuple[list[Article], list[LoadError], int]:
    import charset_normalizer  # noqa: F401 - imported once up front: its tables are not the load's memory

    tracemalloc.start()
    try:
        arts, errs = load_folder(hostile.root)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return arts, errs, peak


def test_good_files_load(hostile: Hostile, loaded: tuple[list[Article], list[LoadError], int]) -> None:
    arts, errs, _ = loaded
    paths = sorted(a.path for a in arts)
    # link-inside.txt and utf8.txt are one file reached twice: it is one article, loaded once
    assert paths == sorted(set(hostile.good.values())), {e.path: e.error for e in errs}
    for a in arts:
        assert_offsets_consistent(a)
        assert "\x00" not in a.text and "\ufeff" not in a.text


def test_bad_files_listed_with_sentences(hostile: Hostile, loaded: tuple[list[Article], list[LoadError], int]) -> None:
    _, errs, _ = loaded
    reasons = {hostile.rel(e.path): e.error for e in errs}
    assert len(reasons) == len(errs), "a file is listed twice"
    assert reasons.keys() == hostile.bad.keys()
    for rel, word in hostile.bad.items():
        assert word in reasons[rel], (rel, reasons[rel])
        assert_human_sentence(reasons[rel])
    for e in errs:
        e.path.encode("utf-8")  # printable, storable: no surrogates from undecodable names


def test_ignored_files_are_silent(hostile: Hostile, loaded: tuple[list[Article], list[LoadError], int]) -> None:
    arts, errs, _ = loaded
    mentioned = {hostile.rel(e.path) for e in errs} | {hostile.rel(a.path) for a in arts}
    assert not mentioned & hostile.ignored


def test_memory_bounded_with_huge_files(loaded: tuple[list[Article], list[LoadError], int]) -> None:
    *_, peak = loaded
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB while loading a folder with 70 MB files"
    assert HUGE_BYTES > MAX_ARTICLE_BYTES


def test_content_survives(hostile: Hostile, loaded: tuple[list[Article], list[LoadError], int]) -> None:
    arts, *_ = loaded
    by_rel = {hostile.rel(p): next(a for a in arts if a.path == p) for p in hostile.good.values()}
    for name in ("utf8.txt", "utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "utf16le.txt",
                 "utf16be.txt", "cp1256.txt", "nul-inside.txt", "UPPER.TXT"):
        a = by_rel[name]
        assert a.title == TITLE, name
        assert "قوات سوريا الديمقراطية" in a.text, name
    assert by_rel["cp1256.txt"].encoding.replace("-", "").lower().startswith(("cp1256", "windows1256"))
    broken = by_rel["broken-utf8.txt"]
    assert broken.title == TITLE and broken.encoding == "utf-8"
    assert "\ufffd" in broken.text and "قوات سوريا الديمقراطية" in broken.text  # not Windows-1256 mojibake
    bidi = by_rel["bidi.txt"]
    assert not re.search("[\u202a-\u202e\u2066-\u2069\u200e\u200f]", bidi.text)
    assert bidi.title == TITLE
    html = by_rel["html.txt"]
    assert "<script>alert('x')</script>" in html.text and "<img src=x onerror=y>" in html.text


def test_long_line_is_segmented(hostile: Hostile, loaded: tuple[list[Article], list[LoadError], int]) -> None:
    arts, *_ = loaded
    for name in ("long-line.txt", "one-huge-line.txt"):
        a = next(a for a in arts if a.path == hostile.good[name])
        assert len(a.sentences) > 1000, name
        assert max(len(s.text) for s in a.sentences) < 200
        assert len(a.text) >= LONG_LINE_CHARS
    one = next(a for a in arts if a.path == hostile.good["one-huge-line.txt"])
    assert len(one.title) <= 221 and one.text.startswith(one.title)


def test_discover_lists_articles_and_link_problems(hostile: Hostile) -> None:
    files, errs = discover(hostile.root)
    rels = {hostile.rel(str(f)) for f in files}
    # link-inside.txt is a link to utf8.txt: one file, listed once (under the first name in sorted order)
    assert set(hostile.good) - {"utf8.txt"} <= rels and "utf8.txt" not in rels
    assert len(files) == len({os.path.realpath(f) for f in files})
    assert not rels & hostile.ignored
    assert {"loop-a.txt", "self.txt", "dangling.txt"} <= {hostile.rel(e.path) for e in errs}
    # pipes and devices are refused here already: callers that hash or open files (ingest) never
    # get the chance to block on them
    specials = {"fifo.txt", "dev-zero.txt"} & set(hostile.bad)
    assert specials <= {hostile.rel(e.path) for e in errs}
    assert not specials & rels
    # discover lists, load_article judges: these are found and refused later, never hang discover
    assert {"empty.txt", "huge.txt"} <= rels


def test_pathologically_long_lines_complete() -> None:
    """Shapes that made regexes backtrack (dotted runs, unclosed captions) or a splitter quadratic."""
    from sahifa.core.articles import build_article

    for line in ("a." * 50_000 + " x", "(صورة " * 17_000, '"ا. ' * 25_000, "«ا. " * 25_000,
                 ".»" * 50_000, "ا" * 100_000, "؟!" * 50_000 + " ب", "3.5" * 30_000):
        for raw in (line, f"{TITLE}\n{line}\nwww.example.com"):
            a = build_article("x.txt", raw)
            for s in a.sentences:
                assert a.text[s.start:s.end] == s.text


def test_single_file_path(hostile: Hostile) -> None:
    arts, errs = load_folder(hostile.root / "utf8.txt")
    assert [a.title for a in arts] == [TITLE] and errs == []
    arts, errs = load_folder(hostile.root / "png.txt")
    assert arts == [] and "binary" in errs[0].error


def test_missing_folder_raises_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as info:
        discover(tmp_path / "nope")
    assert_human_sentence(str(info.value).replace(str(tmp_path / "nope"), "the folder"))
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    with pytest.raises(NotADirectoryError) as info2:
        discover(tmp_path / "dangling")
    assert "does not exist" in str(info2.value)


def _deny_open(monkeypatch: pytest.MonkeyPatch, victim: str) -> None:
    """Every way of opening ``victim`` raises PermissionError (chmod 000 does nothing for root)."""
    def guard(path: object) -> None:
        if isinstance(path, str | Path) and str(path).endswith(victim):
            raise PermissionError(13, "Permission denied", str(path))

    real_os_open, real_open, real_io_open = os.open, builtins.open, io.open

    def os_open(path: Any, *a: Any, **k: Any) -> Any:
        guard(path)
        return real_os_open(path, *a, **k)

    def any_open(path: Any, *a: Any, **k: Any) -> Any:
        guard(path)
        return real_open(path, *a, **k)

    def any_io_open(path: Any, *a: Any, **k: Any) -> Any:
        guard(path)
        return real_io_open(path, *a, **k)

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(builtins, "open", any_open)
    monkeypatch.setattr(io, "open", any_io_open)


def test_unreadable_file_chmod(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode; see test_unreadable_file_simulated")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        arts, errs = load_folder(tmp_path)
    finally:
        locked.chmod(0o644)
    assert [Path(a.path).name for a in arts] == ["ok.txt"]
    assert [(Path(e.path).name, "permission denied" in e.error) for e in errs] == [("locked.txt", True)]


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    _deny_open(monkeypatch, "locked.txt")
    arts, errs = load_folder(tmp_path)
    assert [Path(a.path).name for a in arts] == ["ok.txt"]
    assert len(errs) == 1 and Path(errs[0].path).name == "locked.txt"
    assert "permission denied" in errs[0].error
    assert_human_sentence(errs[0].error)


def test_unreadable_subfolder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if os.fspath(path).endswith("private"):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[call-overload]
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    arts, errs = load_folder(tmp_path)
    assert [Path(a.path).name for a in arts] == ["ok.txt"]
    assert [Path(e.path).name for e in errs] == ["private"]
    assert_human_sentence(errs[0].error)


def test_file_disappearing_between_discover_and_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    real_discover = articles_mod.discover

    def discover_then_delete(folder: str | os.PathLike[str]) -> tuple[list[Path], list[LoadError]]:
        found = real_discover(folder)
        (tmp_path / "b.txt").unlink()
        return found

    monkeypatch.setattr(articles_mod, "discover", discover_then_delete)
    arts, errs = load_folder(tmp_path)
    assert sorted(Path(a.path).name for a in arts) == ["a.txt", "c.txt"]
    assert [Path(e.path).name for e in errs] == ["b.txt"]
    assert "does not exist" in errs[0].error
    assert_human_sentence(errs[0].error)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_article(tmp_path / "b.txt")


def test_file_replaced_by_a_pipe_after_discover(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real_discover = articles_mod.discover

    def discover_then_swap(folder: str | os.PathLike[str]) -> tuple[list[Path], list[LoadError]]:
        found = real_discover(folder)
        (tmp_path / "a.txt").unlink()
        os.mkfifo(tmp_path / "a.txt")
        return found

    monkeypatch.setattr(articles_mod, "discover", discover_then_swap)
    arts, errs = load_folder(tmp_path)  # must not block on the pipe
    assert arts == [] and "not a regular file" in errs[0].error


def test_unexpected_error_in_one_file_does_not_stop_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    real_build = articles_mod.build_article

    def flaky(path: str, raw: str, **kw: object) -> Article:
        if path.endswith("a.txt"):
            raise RuntimeError("boom")
        return real_build(path, raw, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(articles_mod, "build_article", flaky)
    arts, errs = load_folder(tmp_path)
    assert [Path(a.path).name for a in arts] == ["b.txt"]
    assert [Path(e.path).name for e in errs] == ["a.txt"]
    assert "boom" not in errs[0].error
    assert_human_sentence(errs[0].error)
