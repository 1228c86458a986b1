"""Load a folder of plain-text Arabic news articles into :class:`Article` objects.

Pure Python (no Qt, no NLP libraries). Steps: read bytes → decode → clean outlet chrome, duplicated
titles, captions and metadata lines → extract title, outlet and date → split into paragraphs and
sentences with character offsets into the cleaned text. Original files are never written.

Cleaning is rule based: outlet chrome is a small, closed vocabulary of boiler-plate lines ("Connect with
us", "حجم الخط:", "الأكثر قراءة" …) that no library knows, so it lives here.
"""

from __future__ import annotations

import errno
import hashlib
import html
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from .decode import MAX_ARTICLE_BYTES, DecodeError, decode_bytes
from .html_text import html_to_text
from .model import Article, LoadError, Paragraph, Sentence
from .safe_text import visible

log = logging.getLogger(__name__)

REFERENCE_SUFFIX = ".en.txt"
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)
MAX_DEPTH = 32

# Lines that are outlet chrome, compared after whitespace folding and lower-casing.
CHROME_LINES = frozenset(
    s.casefold()
    for s in (
        "Connect with us", "أخبار وتقارير", "نشر", "قبل", "حجم الخط:", "حجم الخط", "-", "–", "—",
        "الأكثر قراءة", "الأكثر مشاهدة", "No stories found.", "logo", "شارك", "شارك:", "مشاركة",
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "اقرأ أيضا:", "اقرأ أيضاً:", "اقرأ أيضًا:", "طباعة",
        "تابعنا", "تابعونا", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "Advertisement",
        "إعلان", "Share", "Facebook", "Twitter", "WhatsApp", "Telegram", "Print", "Read more",
        "Related", "Home", "الرئيسية", "Tweet", "Email", "|", "•", "A", "A+", "A-", "+", "تعليقات",
        "أضف تعليق", "Menu", "Search", "بحث", "القائمة", "Loading...", "جاري التحميل",
    )
)
_CHROME_MAX = max(map(len, CHROME_LINES))
_LONE_NUMBER = re.compile(r"^[0-9٠-٩]{1,4}$")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\S*$", re.I)
_SOURCE = re.compile(r"^(?:المصدر|مصدر الخبر|المصدر الأصلي|Source)\s*[:：\-–]\s*(.+?)\s*$", re.I)
_CAPTION = re.compile(
    r"\((?:أرشيف|أرشيفية|ارشيف|أ ف ب|أ\.ف\.ب|رويترز|AFP|Reuters|AP|EPA|Getty|صورة[^)]{0,200})\)\s*$"
    r"|[-–]\s*(?:أرشيفية|صورة أرشيفية)\s*$",
    re.I,
)
# Both patterns end in "$" but Python's re tries every start position, and _DOMAIN backtracks
# quadratically on long dotted runs: only ever run them on short lines / the tail of a line.
_CAPTION_TAIL = 240
_DOMAIN_MAX = 200


def _is_caption(line: str) -> bool:
    # every caption ends in ")" or "أرشيفية" before trailing spaces (\s is str.isspace): most lines
    # are rejected without running the regex from each of their last 240 positions
    if not line.rstrip().endswith((")", "أرشيفية")):
        return False
    return _CAPTION.search(line[-_CAPTION_TAIL:]) is not None


def _is_domain(line: str) -> bool:
    return len(line) <= _DOMAIN_MAX and _DOMAIN.match(line) is not None


AR_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
}
DAY_NAMES = ("السبت", "الأحد", "الاحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
             "الخميس", "الجمعة")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in AR_MONTHS), key=len, reverse=True))
_DATE_LINE = re.compile(
    r"^(?:(?:" + "|".join(DAY_NAMES) + r")\s*[،,]?\s*)?"
    r"([0-9٠-٩]{1,2})\s+(" + _MONTH_ALT + r")\s+([0-9٠-٩]{4})"
    r"(?:\s*(?:[/|\-–،,]|الساعة)?\s*([0-9٠-٩]{1,2}):([0-9٠-٩]{2}))?\s*(?:ص|م|AM|PM)?\s*$",
    re.I,
)
_ISO_DATE_LINE = re.compile(r"^([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})(?:[ T]([0-9]{1,2}):([0-9]{2}))?$")

# Characters that are never article content: bidi overrides/isolates, zero-width and BOM marks.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0xFEFF, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
     0x200E, 0x200F, 0x061C, 0x0000]
)
_SPACE_CLASS = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SPACES = re.compile(_SPACE_CLASS + "+")
# the runs _SPACES.sub(" ", …) would change: every run except a lone " " (most of them in real text)
_SPACE_RUNS = re.compile(" " + _SPACE_CLASS + "+|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]" + _SPACE_CLASS + "*")
_INVISIBLE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _INVISIBLE) + "]")
# an invisible character or a space other than " " (_SPACE_RUNS can then only match "  " runs)
_INVISIBLE_OR_SPACE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in _INVISIBLE) + "\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)


def _fold(line: str) -> str:
    return _SPACE_RUNS.sub(" ", line).strip()


def _fold_lines(text: str) -> list[str]:
    """[_fold(x) for x in text's lines] (\r\n, \r and \n end a line), folding the whole text at once:
    the space class holds no line break, so no run crosses a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [x.strip() for x in _SPACE_RUNS.sub(" ", text).split("\n")]


# an HTML character reference (&quot; &amp; &#1575; &#x627;): crawled news often keeps them (Sabq's
# titles and quotes); html.unescape decodes them by the HTML5 rules
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


# Arabic presentation forms (letter shapes U+FE80–FEF4 and the lam-alef ligatures U+FEF5–FEFC) that
# some sites and PDF copies emit instead of letters: ﻻ would split a word in two for every extractor.
# NFKC gives the letters back; word ligatures (ﷲ, ﷺ) and the rial sign ﷼ are left alone.
_PRESENTATION_RE = re.compile("[\ufe80-\ufefc]+")


def _letters(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group())


def _clean_lines(raw: str) -> list[str]:
    """The non-empty lines of raw with HTML character references decoded, Arabic presentation forms
    turned into letters, invisible characters dropped, NFC-normalised and folded.

    Equal to ``[x for x in _fold_lines(NFC(_INVISIBLE_RE.sub("", raw))) if x]``; one scan finds
    that a text has no invisible characters and no spaces but " " (most articles), and then only a
    "  " run can need folding (NFC makes no space out of other characters; U+2000/U+2001 become
    U+2002/U+2003, spaces the scan looks for too)."""
    if "&" in raw and _CHAR_REF.search(raw) is not None:
        raw = html.unescape(raw)
    if _PRESENTATION_RE.search(raw) is not None:
        raw = _PRESENTATION_RE.sub(_letters, raw)
    if _INVISIBLE_OR_SPACE.search(raw) is not None:
        # same as raw.translate(_INVISIBLE), ~20× faster on Arabic text (translate's fast path is ASCII-only)
        return [x for x in _fold_lines(unicodedata.normalize("NFC", _INVISIBLE_RE.sub("", raw))) if x]
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    return [y for y in (x.strip() for x in text.split("\n")) if y]


def _is_chrome(line: str) -> bool:
    # casefold() never shortens a string: a line longer than every chrome line cannot be one
    if len(line) <= _CHROME_MAX and line.casefold() in CHROME_LINES:
        return True
    if all(not ch.isalnum() for ch in line):
        return True  # lone punctuation, separators, ellipses
    return False


def parse_date_line(line: str) -> str | None:
    """'الأربعاء 20 فبراير 2019 / 13:44' → '2019-02-20T13:44'; None when the line is not a date."""
    m = _DATE_LINE.match(line)
    if m:
        day, month, year = int(m.group(1).translate(_DIGITS)), AR_MONTHS[m.group(2)], int(
            m.group(3).translate(_DIGITS)
        )
        if not (1 <= day <= 31 and 1900 <= year <= 2100):
            return None
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        if m.group(4):
            hh, mm = int(m.group(4).translate(_DIGITS)), int(m.group(5).translate(_DIGITS))
            if hh < 24 and mm < 60:
                iso += f"T{hh:02d}:{mm:02d}"
        return iso
    m = _ISO_DATE_LINE.match(line.translate(_DIGITS))
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            iso = f"{y:04d}-{mo:02d}-{d:02d}"
            if m.group(4):
                iso += f"T{int(m.group(4)):02d}:{m.group(5)}"
            return iso
    return None


def _repeated_unit(line: str) -> str | None:
    """'XX' or 'XXX' (a title glued to itself) → 'X'."""
    n = len(line)
    for k in (2, 3, 4, 5):
        if n % k == 0:
            m = n // k
            if m >= 8 and line[m] == line[0] and line[:m] * k == line:
                return line[:m].strip()
    return None


def _is_headline_like(line: str) -> bool:
    return 0 < len(line) <= 220


def clean_text(raw: str) -> tuple[str, list[str], str | None, str | None]:
    """Return (title, paragraphs-without-title, source, published) from raw article text."""
    lines = _clean_lines(raw)

    source: str | None = None
    published: str | None = None
    kept: list[str] = []
    for i, line in enumerate(lines):
        m = _SOURCE.match(line)
        if m and len(m.group(1)) <= 80:
            source = m.group(1).strip()
            continue
        if _is_chrome(line):
            continue
        if published is None and i < 8 or (published is None and i >= len(lines) - 3):
            date = parse_date_line(line)
            if date is not None:
                published = date
                continue
        kept.append(line)

    # Trailing "outlet name / www.domain" signature (after chrome such as "logo" was dropped).
    if kept and _is_domain(kept[-1]):
        domain = kept.pop()
        if kept and len(kept[-1].split()) <= 4 and not re.search(r"[.!?؟:،]", kept[-1]):
            outlet = kept.pop()
            source = source or outlet
        else:
            source = source or domain
    # Lone short numbers (view counters such as "39") near the top or bottom are chrome.
    kept = [
        x
        for i, x in enumerate(kept)
        if not (_LONE_NUMBER.match(x) and (i < 4 or i >= len(kept) - 2))
    ]

    # Title: the first headline-like line that is not a photo caption.
    title = ""
    title_idx = -1
    for i, line in enumerate(kept[:6]):
        unit = _repeated_unit(line) or line
        if _is_caption(unit):
            continue
        if _is_headline_like(unit):
            title, title_idx = unit, i
            break
    if title_idx < 0 and kept:
        title, title_idx = (_repeated_unit(kept[0]) or kept[0]), 0
        if len(title) > 220:
            cut = title[:120]
            title = cut.rsplit(" ", 1)[0] + "…" if " " in cut else cut + "…"
            title_idx = -1  # the first line is body text: keep it whole below

    body: list[str] = []
    seen_captions: set[str] = set()
    for i, line in enumerate(kept):
        if i == title_idx:
            continue
        unit = _repeated_unit(line) or line
        if title and unit == title:
            continue  # duplicated title line, glued or not
        if _is_caption(unit):
            if unit in seen_captions:
                continue
            seen_captions.add(unit)
        body.append(line)
    return title, body, source, published


# --- sentences ---------------------------------------------------------------------------------

_OPEN_QUOTES = {"“": "”", "«": "»", "„": "“", "‹": "›"}
_END_PUNCT = ".!?؟…"
_CLOSERS = "\"”»’')]›"


def split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of sentences in text[start:end] (one paragraph), quotes kept whole.

    Arabic has no sentence splitter in camel_tools; argostranslate's splitters fetch models at run time
    (their sentence models are not part of an Argos package). This one splits after . ! ? ؟ … (and runs of them, plus closing quotes/brackets)
    when followed by a space and outside an open quotation; decimals such as 3.5 never split.

    Only quote marks and end punctuation change the state, so the scan jumps from one of those to
    the next with a regex (C speed) instead of visiting every character in Python; the rule that an
    open quote is dropped after 1,500 characters is applied to each skipped run as a whole.
    """
    i = start
    sent_start = start
    depth: list[str] = []
    straight_open = False
    search = _SPLIT_STOPS.search
    while i < end:
        m = search(text, i, end)
        k = m.start() if m is not None else end
        if k > i:
            # ordinary characters i..k-1: the only rule that can fire is the long-open-quote reset
            if (depth or straight_open) and k - 1 - sent_start > 1500:
                depth.clear()
                straight_open = False
            if m is None:
                break
            i = k
        ch = text[i]
        if ch in _OPEN_QUOTES:
            depth.append(_OPEN_QUOTES[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        elif ch == '"':
            straight_open = not straight_open
        elif ch in _END_PUNCT:
            j = i + 1
            while j < end and (text[j] in _END_PUNCT or text[j] in _CLOSERS):
                if text[j] == '"':
                    straight_open = False
                if depth and text[j] == depth[-1]:
                    depth.pop()
                j += 1
            is_decimal = ch == "." and 0 < i and text[i - 1].isdigit() and j < end and text[j].isdigit()
            inside = bool(depth) or straight_open
            if not is_decimal and not inside and (j >= end or text[j].isspace()):
                # a quote left open for too long is probably unbalanced: don't let it swallow text
                yield sent_start, j
                while j < end and text[j].isspace():
                    j += 1
                sent_start = j
            i = j
            continue
        if (depth or straight_open) and i - sent_start > 1500:
            depth.clear()
            straight_open = False
        i += 1
    if sent_start < end:
        stripped_end = end
        while stripped_end > sent_start and text[stripped_end - 1].isspace():
            stripped_end -= 1
        if stripped_end > sent_start:
            yield sent_start, stripped_end


# every character split_sentences reacts to: openers, closers (possible depth[-1]), '"', end punctuation
_SPLIT_STOPS = re.compile(
    "[" + re.escape("".join(sorted(set(_OPEN_QUOTES) | set(_OPEN_QUOTES.values()) | {'"'} | set(_END_PUNCT)))) + "]"
)


PARAGRAPH_SEPARATOR = "\n\n"


def build_article(
    path: str,
    raw: str,
    *,
    encoding: str = "utf-8",
    sha1: str = "",
    reference_en: tuple[str, ...] | None = None,
) -> Article:
    title, body, source, published = clean_text(raw)
    paragraphs_text = ([title] if title else []) + body
    text = PARAGRAPH_SEPARATOR.join(paragraphs_text)
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pos = 0
    for p_index, para in enumerate(paragraphs_text):
        p_start, p_end = pos, pos + len(para)
        paragraphs.append(Paragraph(p_index, p_start, p_end))
        for s, e in split_sentences(text, p_start, p_end):
            sentences.append(Sentence(len(sentences), p_index, s, e, text[s:e]))
        pos = p_end + len(PARAGRAPH_SEPARATOR)
    if reference_en is not None and len(reference_en) != len(paragraphs):
        reference_en = None  # not paragraph-aligned: never show a misaligned translation
    return Article(
        path=path,
        title=title or Path(path).stem,
        text=text,
        source=source,
        published=published,
        encoding=encoding,
        sha1=sha1,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        reference_en=reference_en,
    )


# --- files and folders -------------------------------------------------------------------------

# Open without blocking (a FIFO or a terminal named *.txt would otherwise hang the load) and without
# becoming the controlling terminal; O_BINARY matters on Windows only.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def display_path(path: str | os.PathLike[str]) -> str:
    """The path as text safe to show: bytes that are not UTF-8 (kept by Python as surrogates) become
    �, and control, bidi and zero-width characters are shown as ``\\uXXXX`` escapes
    (:func:`sahifa.core.safe_text.visible`): ``invoice_<U+202E>fdp.txt`` must not read as a PDF."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return visible(text)


def _name_is_text(path: str | os.PathLike[str]) -> bool:
    try:
        os.fspath(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_NOT_REGULAR = "this is not a regular file (a pipe, a device or a socket), so it is skipped"
_BAD_NAME = "the file name is not valid UTF-8 text; rename the file to open it in Sahifa"


def _too_large(size: int) -> DecodeError:
    return DecodeError(
        f"the file is too large for an article ({size / 1e6:.1f} MB; "
        f"Sahifa reads articles up to {MAX_ARTICLE_BYTES // (1024 * 1024)} MB)"
    )


def read_article_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of one regular file, at most MAX_ARTICLE_BYTES of them, never reading a huge file.

    Raises DecodeError (too large, not a regular file) or OSError, both with a readable message.
    The size and type are checked on the open descriptor, so a file swapped between a check and
    the read cannot slip past.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError as exc:
        raise FileNotFoundError(_ERRNO_SENTENCES[errno.ENOENT]) from exc
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if stat.S_ISDIR(st.st_mode):
            raise DecodeError("this is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise DecodeError(_NOT_REGULAR)
        if st.st_size > MAX_ARTICLE_BYTES:
            raise _too_large(st.st_size)
        # read(n) allocates n bytes up front: ask for the size we know (+1 to see growth)
        data = fh.read(st.st_size + 1)
        if len(data) > st.st_size:  # it grew while we looked: read on, up to the limit
            data += fh.read(MAX_ARTICLE_BYTES + 1 - len(data))
    if len(data) > MAX_ARTICLE_BYTES:
        raise _too_large(len(data))
    return data


def reference_path(path: Path) -> Path:
    return path.with_name(path.name[: -len(".txt")] + REFERENCE_SUFFIX)


def read_reference(path: Path) -> tuple[str, ...] | None:
    if not path.name.lower().endswith(".txt"):
        return None  # references sit beside .txt articles only (NAME.en.txt)
    try:
        # reference_path(path).is_file() without building a Path (most articles have no reference)
        if not os.path.isfile(os.path.join(os.path.dirname(path), path.name[: -len(".txt")] + REFERENCE_SUFFIX)):
            return None
        ref = reference_path(path)
        text = decode_bytes(read_article_bytes(ref)).text
    except (OSError, ValueError):  # DecodeError is a ValueError; so is a name without ".txt"
        return None
    paras = [_fold(x) for x in text.replace("\r\n", "\n").split("\n")]
    return tuple(x for x in paras if x)


def load_article(path: str | os.PathLike[str], *, real_path: str | None = None) -> Article:
    """Read one article file. Raises DecodeError/OSError with a readable message.

    ``real_path``: ``os.path.realpath(path)`` when the caller has it already (ingest resolves every
    file's folder once); it is the article's stored path."""
    p = Path(path)
    if not _name_is_text(p):
        raise DecodeError(_BAD_NAME)
    data = read_article_bytes(p)
    decoded = decode_bytes(data)
    if not decoded.text.strip():
        raise DecodeError("the file is empty")
    raw = decoded.text
    if p.name.lower().endswith(HTML_SUFFIXES):
        raw = html_to_text(raw)  # the page's text (markup, scripts and styles dropped), title first
        if not raw.strip():
            raise DecodeError("the web page has no text (only markup, scripts or styles)")
    article = build_article(
        real_path or os.path.realpath(p),  # like Path.resolve(), without its RuntimeError on a link loop
        raw,
        encoding=decoded.encoding,
        sha1=hashlib.sha1(data).hexdigest(),
        reference_en=read_reference(p),
    )
    if not article.text.strip():
        raise DecodeError("the file has no article text (only page chrome or invisible characters)")
    return article


_ERRNO_SENTENCES = {
    errno.ENOENT: "the file does not exist (it was moved or deleted, or the link is broken)",
    errno.ELOOP: "the link points back to itself (a loop of links)",
    errno.ENAMETOOLONG: "the file name or path is too long to open",
    errno.EISDIR: "this is a folder, not a file",
    errno.EIO: "the disk reported an error while reading the file",
}


def human_os_error(exc: OSError) -> str:
    """A sentence for the user (no exception class names, no errno numbers)."""
    if isinstance(exc, PermissionError):
        return "permission denied: the file cannot be read"
    if exc.errno in _ERRNO_SENTENCES:
        return _ERRNO_SENTENCES[exc.errno]
    if exc.strerror:
        return f"cannot read the file: {exc.strerror.lower()}"
    if len(exc.args) == 1 and isinstance(exc.args[0], str) and exc.args[0]:
        return exc.args[0]  # one of our own sentences
    return "the file cannot be read"


def _broken_link_reason(path: str) -> str | None:
    """Why a link cannot be followed, or None when it leads to something."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return "the link points to a file that does not exist"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "the link points back to itself (a loop of links)"
        return human_os_error(exc)
    return None


def discover(folder: str | os.PathLike[str]) -> tuple[list[Path], list[LoadError]]:
    """Find article files under folder (recursively, symlink loops and dangling links survived).

    Links are followed, also to files and folders outside ``folder``: they are the user's links.
    A file reached twice (two links to it, a hard link) is listed once, under the first name found
    in sorted order: it is one article. Articles are ``.txt`` files (not ``.en.txt`` references) and
    web pages (``.html``, ``.htm``). Raises FileNotFoundError when ``folder`` does not exist,
    NotADirectoryError when it is neither a folder nor a file; every problem inside the folder is a
    LoadError instead.
    """
    root = Path(folder)
    files: list[Path] = []
    errors: list[LoadError] = []
    if root.is_file():
        return [root], []
    if not root.is_dir():
        if not os.path.lexists(root):
            raise FileNotFoundError(f"{display_path(root)} does not exist")
        reason = _broken_link_reason(os.fspath(root)) or "it is neither a folder nor a file"
        raise NotADirectoryError(f"{display_path(root)} cannot be opened: {reason}")
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()  # (st_dev, st_ino) of the files listed

    def walk(d: Path, depth: int) -> None:
        try:
            st = d.stat()
        except OSError as exc:
            errors.append(LoadError(display_path(d), human_os_error(exc)))
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            return  # a symlink loop or a folder reached twice
        seen_dirs.add(key)
        if depth > MAX_DEPTH:
            errors.append(
                LoadError(display_path(d), f"folders nested deeper than {MAX_DEPTH} levels are skipped")
            )
            return
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            errors.append(LoadError(display_path(d), human_os_error(exc)))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            p = Path(entry.path)
            try:
                if entry.is_dir():
                    walk(p, depth + 1)
                    continue
            except OSError:
                pass
            lower = entry.name.lower()
            if not lower.endswith(ARTICLE_SUFFIXES) or lower.endswith(REFERENCE_SUFFIX):
                continue
            if not _name_is_text(entry.path):
                errors.append(LoadError(display_path(entry.path), _BAD_NAME))
                continue
            try:
                is_link = entry.is_symlink()
            except OSError:
                is_link = False
            if is_link:
                reason = _broken_link_reason(entry.path)
                if reason is not None:
                    errors.append(LoadError(display_path(p), reason))
                    continue
            try:
                regular = entry.is_file()
            except OSError:
                regular = True  # let load_article say what is wrong
            if not regular:  # a FIFO, device or socket: whoever opens it may block forever
                errors.append(LoadError(display_path(p), _NOT_REGULAR))
                continue
            try:
                target = entry.stat()  # of the target, for a link
            except OSError:
                target = None  # let load_article say what is wrong
            if target is not None:
                key = (target.st_dev, target.st_ino)
                if key in seen_files:
                    continue  # the same file under another name (a link): one article
                seen_files.add(key)
            files.append(p)

    walk(root, 0)
    return files, errors


def load_folder(
    folder: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[Article], list[LoadError]]:
    files, errors = discover(folder)
    articles: list[Article] = []
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        try:
            articles.append(load_article(path))
        except DecodeError as exc:
            errors.append(LoadError(display_path(path), str(exc)))
        except OSError as exc:
            errors.append(LoadError(display_path(path), human_os_error(exc)))
        except Exception:  # one strange file must never stop the folder (logged with its traceback)
            log.warning("unexpected error reading %s", display_path(path), exc_info=True)
            errors.append(LoadError(display_path(path), "the file could not be read (an unexpected problem)"))
        if progress is not None:
            progress(i + 1, len(files))
    return articles, errors
