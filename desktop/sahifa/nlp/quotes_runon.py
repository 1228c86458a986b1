"""Where a reported clause ends at a new clause of the writer's: a cue after a comma that found no content.

A content runs to the end of its sentence or to the clause of the next cue that was accepted. A participle
that reports nothing ("…، معربا عن شكره لـ …", "…، لافتا إلى ضرورة …": the speaker's doing) or whose
speaker the agreement check refused, and a source attribution that names a source ("…، حسب موقع X"), are
still the writer opening a clause of his own: after a comma (or a semicolon) the words before it were the
speaker's, the words from it are not. A speech verb after a comma
opens one when its subject is named right after it ("…، أعربت فلانة عن …"); without one it may be the
reported clause's own predicate ("قال إن منظمته التي …، أبلغت عن …"). So is
"، حيث" before a speech verb ("…، حيث أعلن مكتب الصحة عن …": another report) and a past verb joined by و
whose subject is named right after it ("…، وقدم الدكتور فلان شكره …", "…، وضرب الصيني أمثلة"): a new
sentence the splitter did not see."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Sequence

from .quotes_coord import _is_verb
from .quotes_lexicon import _SOURCE_NOUNS
from .quotes_phrases import _TITLES
from .quotes_tokens import _bare, _Cue, _Sent

_COMMAS = ("،", ",", "؛")
_MIN_WORDS = 3  # words of the content before the new clause


def _noun_phrase(toks: list[str], x: int) -> bool:
    """Whether the participle form at x heads a noun phrase, an indefinite feminine adjective after it ("لافتة
    موضوعة على الطريق": a sign), not the speaker's doing ("لافتة إلى", "مشيرا إلى")."""
    t = toks[x + 1] if x + 1 < len(toks) else ""
    return toks[x].endswith("ة") and t.endswith("ة") and not t.startswith("ال") and " " not in t


def _named_after(toks: list[str], x: int, named: Callable[[int], bool]) -> bool:
    """Whether the word after token x is a title or begins a name (a verb's own subject: "وقدم الدكتور",
    "أعربت فلانة"); not the untokenized rest of a long sentence (quotes_tokens._WINDOW)."""
    return x + 1 < len(toks) and " " not in toks[x + 1] and (toks[x + 1] in _TITLES or named(x + 1))


def _names_source(s: _Sent, c: _Cue, named: Callable[[int], bool]) -> bool:
    """Whether a source cue names a source ("حسبما ذكرت", "حسب ما أفاد", "وفقا لمنظمي المعرض", "بحسب
    قوله", "بحسب التقرير", an entity), not a measure ("وفق ضوابط محددة", "بحسب حجمها": what it depends on)."""
    toks = s.toks
    nxt = max(c.idx, c.cue_end) + 1
    if toks[c.idx].endswith("ما") or nxt >= len(toks):
        return toks[c.idx].endswith("ما")
    t = toks[nxt]
    if " " in t:
        return False  # the untokenized rest of a long sentence (quotes_tokens._WINDOW)
    return t == "ما" or t[0] == "ل" or t.startswith("قول") or named(nxt) or _bare(t) in _SOURCE_NOUNS


def writer_clause_stop(
    s: _Sent, k: int, end: int, cues: Sequence[_Cue], cue_at: Sequence[int], taken: Container[int],
    named: Callable[[int], bool],
) -> int:
    """The last token of the content starting at token ``k`` (ending before ``end``) before a clause of the
    writer's (see the module's note), outside quotations; ``end`` when there is none. ``cue_at``: the cues'
    token indices (sorted, as ``cues``); ``taken``: the token
    indices of the sentence's accepted cues (their clauses end contents already); ``named(x)``: whether an
    entity begins at token x."""
    toks = s.toks
    for ci in range(bisect_right(cue_at, k), bisect_left(cue_at, end - 1)):  # the cues inside the content
        c = cues[ci]  # only (a scan of all of them per content made a run-on sentence quadratic)
        x = c.idx
        if s.inq[x] >= 0 or s.words[x] - s.words[k] < _MIN_WORDS:
            continue
        if x not in taken and toks[x - 1] in _COMMAS and ((c.kind == "part" and not _noun_phrase(toks, x)) or (
                c.kind == "source" and _names_source(s, c, named))):
            return x - 1  # "…، معربا عن شكره", "…، حسب موقع X": the writer's clause, no content of its own
        if c.kind == "verb" and x not in taken and toks[x - 1] in _COMMAS and _named_after(toks, x, named):
            return x - 1  # "…، أعربت فلانة عن سعادتها": a speech verb with a subject of its own
        if c.kind == "verb" and c.clitic == 0 and toks[x - 1] == "حيث" and toks[x - 2] in _COMMAS \
                and s.words[x - 2] - s.words[k] >= _MIN_WORDS:
            return x - 2  # "…، حيث أعلن مكتب الصحة": another report
    for x in range(k + 1, end - 1):  # (a token with spaces: the untokenized rest of a long sentence)
        if toks[x - 1] not in _COMMAS or s.inq[x] >= 0 or s.words[x] - s.words[k] < _MIN_WORDS:
            continue
        t = toks[x]
        if t[0] == "و" and len(t) > 3 and not t.startswith("وال") and _is_verb(t) and not named(x) \
                and _named_after(toks, x, named):  # (not "، وماجد فلان": a list of names)
            return x - 1  # "…، وقدم الدكتور فلان": a verb with a subject of its own
    return end
