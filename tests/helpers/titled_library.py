"""A library of three articles with an English title each way Sahifa gets one: none (a.txt), a reference
translation (b.txt) and a machine translation stored after the save (c.txt)."""

from __future__ import annotations

from pathlib import Path

from sahifa.core.articles import build_article
from sahifa.core.model import Analysis
from sahifa.storage.library import Library

RAW = "عنوان المقال\n\nقال المتحدث إن القوات تقدمت. ثم انسحبت بعد المعارك."


def fill(lib: Library, folder: Path) -> dict[str, int]:
    """Save the three articles into ``lib`` (files named in ``folder``); {file name: article id}."""
    plain = build_article(str(folder / "a.txt"), RAW)
    lib.save_article(plain, Analysis(), folder=str(folder))
    lib.save_article(build_article(str(folder / "b.txt"), RAW, reference_en=(
        " Reference title \nwith a second line", "The spokesman said the forces advanced.")),
        Analysis(), folder=str(folder))
    lib.save_article(build_article(str(folder / "c.txt"), RAW), Analysis(), folder=str(folder))
    ids = {Path(a.path).name: a.id for a in lib.articles()}
    lib.index_english(ids["c.txt"], ["Machine title\nsecond line", "He said so.", "Then they withdrew."]
                      [: len(plain.sentences)])
    return ids
