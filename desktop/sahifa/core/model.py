"""Plain, immutable data shared by every layer of Sahifa.

Offsets (``start``/``end``) are always character offsets into ``Article.text`` — the cleaned text.
They are the single source of truth for highlights, notes, the database and exports.
Nothing here imports Qt or any NLP library.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORG", "LOC", "MISC")
NUMBER_KINDS: tuple[str, ...] = (
    "count", "money", "percent", "distance", "duration", "date", "year", "ordinal", "other",
)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int          # position in the article, 0-based
    paragraph: int      # index of the paragraph the sentence belongs to
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    path: str                   # absolute path of the source file
    title: str
    text: str                   # cleaned text; the title is its first paragraph
    source: str | None = None   # outlet, when the article states it
    published: str | None = None  # ISO 8601 date or date-time, when stated
    encoding: str = "utf-8"
    sha1: str = ""              # of the raw bytes, to re-analyse only what changed
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    reference_en: tuple[str, ...] | None = None  # reference translation (written for the project), one per paragraph


@dataclass(frozen=True, slots=True)
class EntityMention:
    text: str           # surface, without an attached clitic: text == article.text[start:end]
    type: str           # one of ENTITY_TYPES
    canonical: str      # canonical Arabic name (aliases share one)
    label_en: str       # English label (gazetteer or transliteration)
    start: int
    end: int
    source: str = "rules"  # which engine found it: rules | crf | camel | user
    # where label_en comes from: gazetteer | geonames | name-index | glossary | projection | original |
    # transliteration (a guess: show it as one); "" when unknown (older data)
    label_source: str = ""


@dataclass(frozen=True, slots=True)
class NumberMention:
    text: str
    value: float | int | None   # None for vague quantities (مئات، عشرات) and unparseable ones
    kind: str                   # one of NUMBER_KINDS
    unit: str | None            # "USD", "km", "day", "%", ... or None
    start: int
    end: int
    counted: str | None = None     # what is counted, as written in Arabic, e.g. "مدني"
    counted_en: str | None = None  # English for what is counted, e.g. "civilians"
    qualifier: str | None = None   # approx | more_than | less_than | up_to | at_least | range
    vague: bool = False
    value_max: float | int | None = None  # upper bound of a range


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str                # surface of the speaker as written ("المرصد", "قيادي ميداني")
    speaker_canonical: str | None  # canonical entity name when the speaker links to one
    cue: str                    # the verb or phrase that attributes ("قال", "وفقًا لـ", "كتب")
    quote: str                  # the quoted or reported content
    direct: bool                # True for “…”/«…»/"…" quotes
    start: int                  # span of the quoted content in the text
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    entities: tuple[EntityMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    # seconds after which the analysis was stopped (the article's time budget ran out): what was
    # found until then is kept; None when the analysis is complete. Not stored in the library.
    stopped_after: float | None = None


def partial_analysis_message(seconds: float) -> str:
    """The sentence a user sees for an article whose analysis ran out of time."""
    return f"analysed partially: stopped after {seconds:.0f} s (the article is very long)"


@dataclass(frozen=True, slots=True)
class LoadError:
    path: str
    error: str          # a human sentence


@dataclass(slots=True)
class Note:
    article_path: str
    start: int
    end: int
    color: str
    text: str = ""        # the user's note
    pane: str = "ar"      # which pane the selection was made in: ar | en
    id: int | None = None
    created: str = ""
    updated: str = ""
    passage: str = ""     # article.text[start:end] at creation time
    extra: dict[str, str] = field(default_factory=dict)
