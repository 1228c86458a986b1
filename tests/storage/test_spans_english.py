"""spans_english (the English of many spans, each article's English read once) says what english_for
(one span at a time, the rule the notes use) says: machine English first, else the reference."""

from __future__ import annotations

import random
from pathlib import Path

from sahifa.core.articles import build_article
from sahifa.core.model import Analysis
from sahifa.storage.library import Library
from sahifa.storage.translations import english_for

RAW = "عنوان المقال\n\n" + "\n".join("قال المتحدث إن القوات تقدمت. ثم انسحبت بعد المعارك." for _ in range(4))


def test_spans_english_is_english_for_span_by_span(tmp_path: Path) -> None:
    rng = random.Random(3)
    with Library(tmp_path / "library.db") as lib:
        plain = build_article(str(tmp_path / "a.txt"), RAW)
        reference = tuple(f"Paragraph {p.index}." for p in plain.paragraphs)
        for i, how in enumerate(["none", "reference", "machine", "both"]):
            art = build_article(str(tmp_path / f"{i}.txt"), RAW,
                                reference_en=reference if how in ("reference", "both") else None)
            lib.save_article(art, Analysis((), (), ()), folder=str(tmp_path))
            if how in ("machine", "both"):
                aid = next(a.id for a in lib.articles() if a.path.endswith(f"{i}.txt"))
                lib.index_english(aid, [f"Sentence {s}." for s in range(len(art.sentences))])
        conn = lib.store.conn
        spans = [(a.id, s, s + rng.randint(0, 40)) for a in lib.articles() for s in rng.sample(range(len(RAW)), 12)]
        rng.shuffle(spans)  # articles interleaved: each is read again when needed
        got = lib.spans_english(spans)
        texts = dict(conn.execute("SELECT article_id, paragraphs FROM article_texts"))
        refs = dict(conn.execute("SELECT article_id, reference_en FROM article_texts"))
        for (aid, s, e), found in zip(spans, got, strict=True):
            machine = english_for(conn, aid, s, e, texts[aid], None)
            want = (machine, "machine") if machine else None
            if want is None:
                ref = english_for(conn, aid, s, e, texts[aid], refs[aid])
                want = (ref, "reference") if ref else None
            assert found == want
        assert {f[1] if f else None for f in got} == {"machine", "reference", None}
