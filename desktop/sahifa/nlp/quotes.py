"""Who said what: attributed direct and reported speech in Arabic news text.

Rule based, pure Python, no Qt and no NLP library (a CAMeL parse costs ~100x more and adds nothing
for the closed vocabulary of attribution in news Arabic). Works on the cleaned ``Article.text`` and its
sentences; every span is a character offset into that text.

Pipeline, per sentence that contains a speech cue or a quotation mark:

1. The text is compared without diacritics and tatweel (``أكّد`` = ``أكد``, ``مضيفًا`` = ``مضيفا``); an
   offset map brings every span back to the original text, so ``text[q.start:q.end] == q.quote``.
2. Tokens are words and single punctuation marks; quotation marks are paired (“…”, «…», "…") and
   cues inside a quotation are ignored.
3. Each cue is one of
   * a speech verb (قال، أكد، أوضح، أشار إلى، حذر من، أعلن، كتب، ذكر، أفاد، كشف، اعتبر، رأى …, past and
     present, masculine/feminine/plural, with a و/ف clitic): the speaker is the noun phrase after it
     (verb–subject) or before it (``وكان X قد أشار``، ``لكن X، أكدت``، ``مصادر رسمية صرحت``), and the
     content starts after إن/أن/بأن, a colon, the verb's preposition, or an opening quotation mark;
   * a continuation (مضيفًا، مشيرًا إلى، موضحًا، مؤكدًا، معتبرًا، وأضاف، وتابع … without a subject): the
     speaker is the one of the sentence or the last speaker of the article;
   * a source attribution (وفقًا لـ، وفق، حسب، بحسب، حسبما أفاد، نقلًا عن، نقلت عن): the content is the
     main clause of the sentence;
   * a nominal cue (تصريح/إعلان X بأن …).
4. Quoted spans of 4+ words (or introduced by the cue itself) become direct quotes; shorter quoted
   words without a cue are scare quotes and ignored. A reported clause whose content opens with a
   direct quote yields the direct quote only (one Quote per content).
5. Speakers are linked to entities: the entity overlapping the speaker span, else the entity that
   the speaker's head noun refers back to (``المرصد`` → ``المرصد السوري لحقوق الإنسان``,
   ``الصحيفة`` → the last newspaper), else None. A PERSON entity inside a long appositive speaker
   trims it to the name (``دان كوتس مدير الاستخبارات …`` → ``دان كوتس``).

The function never raises: malformed input yields fewer quotes, not an exception.

The engine lives in flat sibling modules (mypyc compiles them together, see setup.py), each importing only
the ones before it: ``quotes_lexicon`` (the words), ``quotes_tokens`` (tokens, quotation pairs, cues),
``quotes_phrases`` (noun phrases, the entity view), ``quotes_speakers`` (speaker linking, the quote set),
``quotes_subjects`` (a verb's subject when it has none of its own, attributions after the clause),
``quotes_extract`` (the per-sentence rules). Small leaf modules hold single rules: ``quotes_documents``
(a document as the speaker), ``quotes_participles`` (participles that report only before a complementizer:
مفيدا أن، متوقعا أن), ``quotes_adverbs`` (فحسب/وحسب "only", رد على الفور) ``quotes_plurals`` (a plural
verb after a sound plural of persons) and ``quotes_agency`` (an agency named by its nationality: وفقا للفرنسية). This module is the public API.
"""


from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from sahifa.core.model import EntityMention, Quote, Sentence

from .quotes_extract import _Extractor

__all__ = ["extract_quotes", "extract_quotes_until"]

log = logging.getLogger(__name__)


def extract_quotes(
    text: str, sentences: Sequence[Sentence], entities: Sequence[EntityMention] = ()
) -> list[Quote]:
    """Attributed quotes of an article, in text order. Pure, fast, never raises."""
    return extract_quotes_until(text, sentences, entities, None)[0]


def extract_quotes_until(
    text: str, sentences: Sequence[Sentence], entities: Sequence[EntityMention],
    stop: Callable[[], bool] | None,
) -> tuple[list[Quote], bool]:
    """(quotes, stopped): :func:`extract_quotes`, asking ``stop()`` before each sentence that may hold
    a quote; once it answers True, the quotes of the sentences before are returned with stopped=True
    (a time budget or a cancel: one very long article must not hold an analysis for minutes)."""
    if not text or not isinstance(text, str):
        return [], False
    try:
        extractor = _Extractor(text, entities)
        found = extractor.run(sentences, stop)
        return found, extractor.stopped
    except Exception:  # a reader must never crash on one odd article
        log.exception("quote extraction failed; no quotes for this article")
        return [], False
