"""A speech verb joined by و with no subject of its own shares the subject of the verb before it.

Arabic coordinates verbs that share one subject, written once after the first: "التفت إليه نظيره فلان وقال
«…»" (his counterpart turned to him and said), "انضم النجم السابق فلان للجدل الدائر حول اللاعب وأكد أن …"
(joined the debate and stressed). The subject of "وقال" / "وأكد" is then the named person right after the
nearest verb before it, not the first person its sentence names ("سار الوزير علان …" earlier in the
sentence, "طالت الانتقادات فلانا": an object). Verbs are known from the lexicon (arramooz, as written: no
article stripped, so "السابق" is no verb while "التفت" is).

Read by quotes_extract._Extractor._verb before subject_person (the first person of the sentence).
"""

from __future__ import annotations

from ..core.arabic import fold
from .lexicon import entry
from .quotes_lexicon import _PREPS, _SENT_PUNCT
from .quotes_speakers import _Speaker, _Speakers
from .quotes_tokens import _is_particle, _Sent

_MAX_GAP = 10  # words between the person and the coordinated verb
_MAX_BEFORE = 4  # words between the first verb and the person ("التفت إليه نظيره الإسرائيلي فلان")


def _is_verb(t: str) -> bool:
    """A past verb as written ("انضم", "التفت", "وصلت" as وصل + ت), not a particle or a preposition."""
    if not t[:1].isalpha() or _is_particle(t) or t in _PREPS or len(t) < 3:
        return False
    if t[0] in "وف" and len(t) > 3:
        t = t[1:]
    e = entry(fold(t))
    if e is not None and "v" in e[0]:
        return True
    if t.endswith("ت") and len(t) > 3 and not t.startswith("ال"):
        e = entry(fold(t[:-1]))
        return e is not None and "v" in e[0]
    return False


def coordinated_subject(x: _Speakers, s: _Sent, i: int) -> _Speaker | None:
    """The named subject of the nearest verb before the و-joined speech verb at ``i`` in its sentence: a
    PERSON within ``_MAX_GAP`` words before ``i`` (no sentence break, quotation or preposition in the way)
    with a verb at most ``_MAX_BEFORE`` words before it; None otherwise."""
    toks = s.toks
    if i < 2 or not toks[i].startswith("و"):
        return None
    j = i - 1
    while j >= 0 and s.words[i] - s.words[j] <= _MAX_GAP:
        t = toks[j]
        if t in _SENT_PUNCT or s.inq[j] >= 0 or t in ('"', "»", "«", ":"):
            return None
        e = x.ents.overlapping_orig(x.orig(s.st[j]), x.orig(s.en[j]))
        if e is None or e.type != "PERSON":
            j -= 1
            continue
        k = j  # the name's first token
        while k > 0 and x.orig(s.st[k - 1]) >= e.start:
            k -= 1
        if k > 0 and (toks[k - 1] in _PREPS or toks[k - 1][1:] in _PREPS):
            return None  # "حول فلان وقال": a name after a preposition is no subject
        v = k - 1
        while v >= 0 and k - v <= _MAX_BEFORE and toks[v][:1].isalpha() and s.inq[v] < 0:
            if _is_verb(toks[v]):
                return _Speaker(e.text, x.link(e.text, e.start, e.end), e.start, e.end)
            if x.ents.overlapping_orig(x.orig(s.st[v]), x.orig(s.en[v])) is not None:
                break  # another name before it: not the verb's subject position
            v -= 1
        return None  # the nearest person is not a verb's subject: leave it to the other rules
    return None
