"""ArgosTranslator, find_installed_package, translate_article and the cache, on a tiny *real* package.

argostranslate reads XDG_*/ARGOS_PACKAGES_DIR at import: it is imported here with temp directories
(see helpers.tiny_argos.import_argos_isolated) and every test points its settings at its own folder.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from helpers.tiny_argos import build_tiny_argos_package, import_argos_isolated  # noqa: E402

argos_settings = import_argos_isolated()

from sahifa.core.articles import load_article  # noqa: E402
from sahifa.nlp import modelstore  # noqa: E402
from sahifa.nlp.translate import (  # noqa: E402
    ArgosTranslator,
    MemoryTranslationCache,
    PackageInfo,
    TranslationCancelled,
    find_installed_package,
    translate_article,
)

SEEDS = sorted((ROOT / "seeds").glob("[0-9]*.txt"))
SEEDS = [p for p in SEEDS if not p.name.endswith(".en.txt")]


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("archives")
    return {v: build_tiny_argos_package(d, v) for v in ("0.0.1", "0.0.2")}


@pytest.fixture()
def packages_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pk = tmp_path / "packages"
    pk.mkdir()
    monkeypatch.setattr(argos_settings, "package_data_dir", pk)
    monkeypatch.setattr(argos_settings, "package_dirs", [pk])
    return pk


@pytest.fixture()
def package(archives: dict[str, Path], packages_dir: Path) -> PackageInfo:
    return modelstore.install_archive(archives["0.0.1"])


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access is forbidden in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts


class CountingTranslator:
    def __init__(self, inner: ArgosTranslator) -> None:
        self.inner = inner
        self.calls = 0
        self.sentences = 0

    @property
    def engine_id(self) -> str:
        return self.inner.engine_id

    def translate_batch(self, sentences: list[str], **kwargs: object) -> list[str]:
        self.calls += 1
        self.sentences += len(sentences)
        return self.inner.translate_batch(sentences, **kwargs)  # type: ignore[arg-type]


def test_import_is_cheap() -> None:
    """Importing the translation modules loads none of the heavy libraries (they load lazily, off the UI
    thread, on the first translation). A check of what is imported, not a timed assertion: the time is a
    benchmark's business (bench_gui's time to first window)."""
    code = (
        "import sys; import sahifa.nlp.translate, sahifa.nlp.modelstore; "
        "heavy = [m for m in ('torch', 'spacy', 'stanza', 'ctranslate2', 'sentencepiece', 'argostranslate', "
        "'argostranslate.translate') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_find_installed_package_none_when_nothing_installed(packages_dir: Path) -> None:
    assert find_installed_package("ar", "en") is None


def test_installed_package_is_found_and_seeds_translate_offline(
    package: PackageInfo, packages_dir: Path, no_network: list[object]
) -> None:
    found = find_installed_package("ar", "en")
    assert found is not None
    assert found.path == packages_dir / "translate-ar_en-0_0_1"
    assert (found.code, found.from_code, found.to_code, found.version) == ("translate-ar_en", "ar", "en", "0.0.1")
    assert found.size_bytes > 100_000
    assert find_installed_package("en", "ar") is None

    translator = ArgosTranslator(found)
    assert translator.engine_id == "argos:translate-ar_en-0_0_1:0.0.1"
    assert not translator.loaded
    for seed in SEEDS:
        article = load_article(seed)
        english = translate_article(article, translator, MemoryTranslationCache())
        assert len(english) == len(article.sentences) > 3
        assert all(isinstance(e, str) and e.strip() for e in english), seed.name
        assert all("▁" not in e for e in english)
    assert translator.loaded
    assert no_network == []  # nothing even tried


def test_batching_preserves_order_and_outputs(package: PackageInfo) -> None:
    article = load_article(SEEDS[0])
    sentences = [s.text for s in article.sentences]
    translator = ArgosTranslator(package, max_batch_size=4)
    batched = translator.translate_batch(sentences)
    single = [translator.translate_batch([s])[0] for s in sentences]
    assert batched == single
    reversed_out = translator.translate_batch(sentences[::-1])
    assert reversed_out == batched[::-1]


def test_blank_inputs_and_duplicates(package: PackageInfo) -> None:
    translator = ArgosTranslator(package)
    s = "قال مسؤول عسكري أمريكي إن قرابة 1000 من المقاتلين فروا."
    out = translator.translate_batch(["", s, "   ", s, "\n"])
    assert len(out) == 5
    assert out[0] == out[2] == out[4] == ""
    assert out[1] == out[3] != ""
    assert translator.translate_batch([]) == []


def test_progress_counts_input_sentences(package: PackageInfo) -> None:
    article = load_article(SEEDS[1])
    sentences = [s.text for s in article.sentences]
    seen: list[tuple[int, int]] = []
    ArgosTranslator(package, max_batch_size=3).translate_batch(sentences, progress=lambda d, t: seen.append((d, t)))
    assert len(seen) >= 3
    assert all(t == len(sentences) for _, t in seen)
    dones = [d for d, _ in seen]
    assert dones == sorted(dones) and dones[-1] == len(sentences)


def test_cancel_raises_between_batches(package: PackageInfo) -> None:
    translator = ArgosTranslator(package, max_batch_size=2)
    sentences = [s.text for s in load_article(SEEDS[0]).sentences]
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(TranslationCancelled):
        translator.translate_batch(sentences, cancel=cancel)

    cancel = threading.Event()
    batches: list[int] = []

    def progress(done: int, total: int) -> None:
        batches.append(done)
        if done > 0:
            cancel.set()  # after the first batch

    with pytest.raises(TranslationCancelled):
        translator.translate_batch(sentences, progress=progress, cancel=cancel)
    assert 0 < batches[-1] < len(sentences)


def test_long_sentences_are_split_at_clauses_and_joined(package: PackageInfo) -> None:
    probe = ArgosTranslator(package)
    long_sentence = (
        "وقال المرصد إن المفاوضات بين من تبقى من تنظيم داعش من جهة، والقوات الكردية بالقطاع الشرقي "
        "من ريف دير الزور من جهة أخرى، لم تسفر عن أي نتائج حتى اللحظة؛ وحسب مصادر ميدانية فإن من تبقى "
        "من أفراد التنظيم طلبوا ممرا آمنا"
    )
    clauses = re.split(r"(?<=[،؛])\s+", long_sentence)
    assert len(clauses) == 4
    limit = max(len(probe.encode(c)) for c in clauses)  # every clause fits, the sentence does not
    assert len(probe.encode(long_sentence)) > limit
    translator = ArgosTranslator(package, max_input_tokens=limit)
    sent_batches: list[list[list[str]]] = []
    original = translator._translate_tokens

    def spy(batch: list[list[str]]) -> list[str]:
        sent_batches.append(batch)
        return original(batch)

    translator._translate_tokens = spy  # type: ignore[method-assign]
    out = translator.translate_batch(["قصيرة", long_sentence])
    assert len(out) == 2 and all(out)
    segments = [seg for batch in sent_batches for seg in batch]
    assert len(segments) == 1 + 4
    assert all(len(seg) <= limit for seg in segments)
    assert translator._split_long(long_sentence, 0) == clauses  # at the clause boundaries, in order

    tight = ArgosTranslator(package, max_input_tokens=6)  # clauses too long: falls back to words
    pieces = tight._split_long(long_sentence, 0)
    assert " ".join(pieces).split() == long_sentence.split()  # nothing lost, order kept
    assert all(len(tight.encode(p)) <= 6 or " " not in p for p in pieces)
    assert all(tight.translate_batch([long_sentence]))


def test_memory_cache_hit_on_second_call(package: PackageInfo) -> None:
    article = load_article(SEEDS[2])
    cache = MemoryTranslationCache()
    counting = CountingTranslator(ArgosTranslator(package))
    first = translate_article(article, counting, cache)
    assert counting.calls == 1
    assert counting.sentences == len({s.text for s in article.sentences})
    second = translate_article(article, counting, cache)
    assert second == first
    assert counting.calls == 1  # all from the cache
    assert len(cache) == len({s.text for s in article.sentences})


def test_partial_cache_translates_only_misses(package: PackageInfo) -> None:
    article = load_article(SEEDS[0])
    translator = ArgosTranslator(package)
    texts = [s.text for s in article.sentences]
    cache = MemoryTranslationCache()
    cache.put_many(translator.engine_id, [(texts[0], "CACHED ZERO")])
    counting = CountingTranslator(translator)
    out = translate_article(article, counting, cache)
    assert out[0] == "CACHED ZERO"
    assert counting.sentences == len(set(texts)) - 1
    assert out[1:] == translator.translate_batch(texts[1:])


def test_engine_id_changes_with_package_version(archives: dict[str, Path], packages_dir: Path) -> None:
    v1 = modelstore.install_archive(archives["0.0.1"])
    article = load_article(SEEDS[3])
    cache = MemoryTranslationCache()
    t1 = CountingTranslator(ArgosTranslator(v1))
    translate_article(article, t1, cache)
    v2 = modelstore.install_archive(archives["0.0.2"])  # replaces 0.0.1
    found = find_installed_package()
    assert found is not None and found.version == "0.0.2" and found.path == v2.path
    assert not v1.path.exists()
    t2 = CountingTranslator(ArgosTranslator(found))
    assert t2.engine_id == "argos:translate-ar_en-0_0_2:0.0.2" != t1.engine_id
    translate_article(article, t2, cache)
    assert t2.calls == 1  # the old engine's cache entries are not reused


def test_stray_folder_in_packages_dir_does_not_hide_the_package(package: PackageInfo, packages_dir: Path) -> None:
    # argostranslate's own listing raises on a folder without metadata.json (e.g. left by a crash)
    (packages_dir / "not-a-package").mkdir()
    found = find_installed_package()
    assert found is not None and found.path == package.path
