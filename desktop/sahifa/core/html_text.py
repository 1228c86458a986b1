"""The readable text of a saved web page (``.html``/``.htm``), as a plain-text article.

News is often saved from a browser as HTML. Its text is found with the standard library's
:class:`html.parser.HTMLParser` (a real, forgiving HTML tokenizer; no regular expressions over
markup): the contents of ``script``, ``style``, ``head`` (except its ``title``) and similar elements
are dropped, block elements (``p``, ``div``, ``br``, ``li``, ``h1``–``h6``, ``tr`` …) end a line, other
whitespace is folded as a browser folds it, and character references are decoded. The page's
headline — its first ``h1``, else its ``<title>`` — is the first line, which the article loader takes
as the title. The result is only text: nothing of the markup survives to be interpreted later.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

# elements whose content is never article text
_SKIP = frozenset({"script", "style", "head", "template", "noscript", "svg", "math", "iframe", "object", "select"})
# elements that begin and end a line of text
_BLOCKS = frozenset({
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol", "dl", "dt", "dd",
    "table", "section", "article", "header", "footer", "aside", "nav", "main", "blockquote", "pre",
    "figure", "figcaption", "hr", "address", "form", "fieldset", "details", "summary", "caption",
})
_CELLS = frozenset({"td", "th"})
_SPACE = re.compile(r"[ \t\n\r\f]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0  # inside how many skipped elements
        self.in_title = False
        self.title: list[str] = []
        self.h1_depth = 0
        self.h1: list[str] | None = None  # the first h1's text, once it started
        self.pre_depth = 0

    def _break(self) -> None:
        line = "".join(self.current).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
            return
        if tag == "body":
            self.skip_depth = 0  # a <head> left open ends where the body starts
            return
        if tag in _SKIP:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag in _BLOCKS:
            self._break()
        elif tag in _CELLS:
            self.current.append(" ")
        if tag == "pre":
            self.pre_depth += 1
        if tag == "h1":
            if self.h1 is None:
                self.h1 = []
            self.h1_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip_depth and tag in _BLOCKS:
            self._break()  # <br/>, <hr/>

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in _BLOCKS:
            self._break()
        elif tag in _CELLS:
            self.current.append(" ")
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag == "h1":
            self.h1_depth = max(0, self.h1_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.skip_depth:
            return
        if self.pre_depth:
            parts = data.split("\n")
            for k, part in enumerate(parts):
                if k:
                    self._break()
                self.current.append(part)
        else:
            self.current.append(_SPACE.sub(" ", data))
        if self.h1_depth and self.h1 is not None and len(self.h1) < 200:
            self.h1.append(data)


def html_to_text(page: str) -> str:
    """The text of an HTML page: its headline on the first line, then one line per block of text."""
    parser = _TextCollector()
    parser.feed(page)
    parser.close()
    parser._break()
    headline = _SPACE.sub(" ", "".join(parser.h1 or parser.title)).strip()
    lines = parser.lines
    if headline and (not lines or lines[0] != headline):
        lines = [headline, *lines]
    return "\n".join(lines)
