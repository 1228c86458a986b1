"""Saved web pages (.html/.htm) are read as articles: their text, not their markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahifa.core.articles import discover, load_article, load_folder
from sahifa.core.decode import DecodeError
from sahifa.core.html_text import html_to_text

PAGE = """<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8"><title>موقع الأخبار - خبر عاجل</title>
<style>p { color: red }</style>
<script>document.write("<p>قال المهاجم إن هذا نص مزروع</p>");</script>
</head>
<body>
<nav><a href="/">الرئيسية</a></nav>
<h1>الحكومة تعلن  خطة جديدة</h1>
<div class="body"><p>أعلنت الحكومة المصرية في القاهرة عن خطة جديدة للاقتصاد بقيمة 200 مليون دولار.</p>
<p>وقال وزير المالية إن &laquo;الخطة ستبدأ الشهر المقبل&raquo; &amp; تستمر عامين.<br>سطر بعد فاصل.</p>
<ul><li>البند الأول</li><li>البند الثاني</li></ul>
<p>&lt;b&gt;نص&lt;/b&gt; يبقى نصا.</p></div>
</body></html>
"""


def test_html_to_text_keeps_the_text_and_drops_the_markup() -> None:
    lines = html_to_text(PAGE).split("\n")
    assert lines[0] == "الحكومة تعلن خطة جديدة"  # the first h1 is the headline; spaces folded
    assert "وقال وزير المالية إن «الخطة ستبدأ الشهر المقبل» & تستمر عامين." in lines
    assert "سطر بعد فاصل." in lines and "البند الأول" in lines and "البند الثاني" in lines
    assert "<b>نص</b> يبقى نصا." in lines  # escaped markup in the page is text, and stays text
    text = "\n".join(lines)
    assert "مزروع" not in text and "color" not in text and "<p>" not in text
    assert "موقع الأخبار" not in text  # the <title> is used only when there is no h1


def test_the_title_element_is_the_headline_without_an_h1() -> None:
    assert html_to_text("<html><head><title> خبر  اليوم </title><body><p>نص الخبر هنا.</p>") == \
        "خبر اليوم\nنص الخبر هنا."


def test_web_pages_are_discovered_and_loaded_as_articles(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "old.HTM").write_text("<p>خبر قديم عن الاقتصاد في مصر.</p>", encoding="cp1256")
    (tmp_path / "plain.txt").write_text("عنوان\n\nنص المقال.", encoding="utf-8")
    files, errors = discover(tmp_path)
    assert sorted(f.name for f in files) == ["old.HTM", "page.html", "plain.txt"] and not errors
    article = load_article(tmp_path / "page.html")
    assert article.title == "الحكومة تعلن خطة جديدة"
    assert article.text.startswith(article.title + "\n\n")
    assert "بقيمة 200 مليون دولار" in article.text and "<p>" not in article.text
    assert "<b>نص</b> يبقى نصا." in article.text  # text that looks like markup stays text
    assert any(s.text.startswith("وقال وزير المالية") for s in article.sentences)
    articles, errors = load_folder(tmp_path)
    assert len(articles) == 3 and not errors
    assert any("خبر قديم عن الاقتصاد" in a.text for a in articles)


def test_a_page_of_markup_only_is_refused_with_a_sentence(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    with pytest.raises(DecodeError, match="web page has no text"):
        load_article(tmp_path / "empty.html")
