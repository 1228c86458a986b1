"""People's names and the words around them, session 14 round 2 (#12), split from
:mod:`sahifa.nlp.entities_personwords` (its 800-line limit).

From batch 9 (session 14) and the People lists of 400 unannotated articles: a religious rank (آية الله،
حجة الإسلام) is a title, not part of the name (:func:`religious_titles`: آية الله الخميني → الخميني); a word the
dictionary knows as an adjective after an indefinite noun and its nationality adjective agrees with them
(:func:`adjective_after_nationality`: كمجتمع سعودي مسلم، موروث قطري أصيل), though it is a given name too; the
word before بن + a father's name + a family name is the given name, even one that is also a word
(:func:`pedigree_given_name`: محافظ بلجرشي سفر بن سويد الغامدي); a word after a disease's head-word names the
disease, not a person, and so do its copies (:func:`disease_names`: مرض (كورونا)، فيروس كورونا).

Each function is called by :func:`sahifa.nlp.entities_veto.checked` / ``people``.
"""

from __future__ import annotations

from .entities_engine import _Engine
from .entities_personwords import _future_verb, _pure_verb
from .entities_words import _FUNCTION_WORDS, _SPEECH, _covered, _kept, _Raw, _verb_shaped
from .lexicon import reading

__all__ = ["adjective_after_nationality", "disease_names", "pedigree_given_name", "religious_titles"]


#: religious ranks written before a name, as two folded words (آية الله Ayatollah, حجة الإسلام Hojatoleslam)
_RANKS = frozenset({("ايه", "الله"), ("حجه", "الاسلام")})


def _rank_at(eng: _Engine, k: int) -> bool:
    """Tokens k and k + 1 are a religious rank (a clitic allowed before it: لآية الله، وآية الله)."""
    toks = eng.toks
    if k + 1 >= eng.n or toks[k + 1].brk or eng.text[toks[k].end:toks[k + 1].start].strip():
        return False
    second = toks[k + 1].info.key
    return any((key, second) in _RANKS for _o, key, _st in toks[k].info.forms)


def _joined(eng: _Engine, k: int) -> bool:
    """Token k follows token k - 1 on the same line with only spaces between them."""
    return not eng.toks[k].brk and not eng.text[eng.toks[k - 1].end:eng.toks[k].start].strip()


def religious_titles(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions with a religious rank taken off the people it starts (the gold conventions keep titles out
    of names): آية الله علي خامنئي → علي خامنئي; a rank tagged alone before a name no mention covers becomes
    that name (آية الله الخميني، آية الله شاهرودي: the family name, and a given name with the word after it
    when the dictionary does not know that word: آية الله حسن أقاميري), and before a covered name it goes (آية
    الله [خامنئي]). A rank alone with no name after it (أن "آية الله" لن يدخل) stays: the man it stands for.
    In order, ``alias_of`` kept pointing at the same mentions."""
    toks = eng.toks
    covered = _covered(eng.n, raws)
    out = list(raws)
    keep: list[int] = []
    for i, r in enumerate(raws):
        if r.type != "PERSON" or r.t1 - r.t0 < 2 or not _rank_at(eng, r.t0):
            keep.append(i)
            continue
        k = r.t0 + 2
        if k < r.t1:  # آية الله علي خامنئي: the name after the rank
            out[i] = _Raw(toks[k].start, r.end, k, r.t1, r.type, r.entry, r.how, r.alias_of)
            keep.append(i)
            continue
        if k >= eng.n or not _joined(eng, k) or toks[k].info.kind != "a":
            keep.append(i)  # أن "آية الله" لن يدخل: the rank stands for the man
            continue
        if covered[k]:
            continue  # آية الله [خامنئي]: the name is a mention of its own
        end = k + 1
        if toks[k].info.key in eng.g.given_names and end < eng.n and _joined(eng, end) and not covered[end] \
                and toks[end].info.kind == "a" and reading(toks[end].info.key) is None:
            end += 1  # آية الله حسن أقاميري
        out[i] = _Raw(toks[k].start, toks[end - 1].end, k, end, "PERSON", None, "title", r.alias_of)
        keep.append(i)
    if len(keep) == len(raws) and all(out[i] is raws[i] for i in keep):
        return raws
    return _kept(out, keep)


def adjective_after_nationality(eng: _Engine, r: _Raw) -> bool:
    """A one-word person that the dictionary knows as an adjective, right after an indefinite nationality
    adjective that itself follows an indefinite word (كمجتمع سعودي مسلم "a Muslim Saudi society"، موروث قطري
    أصيل "an authentic Qatari heritage"): a third word agreeing with the noun, not the given name (مسلم،
    أصيل); a title or a definite nationality before a name vouches for it (البرازيلي نيمار، اللاعب البرازيلي
    سعيد)."""
    k = r.t0
    if r.t1 - k != 1 or k < 2 or r.start != eng.toks[k].start or not _joined(eng, k) or not _joined(eng, k - 1):
        return False
    toks = eng.toks
    nat, noun = toks[k - 1].info.key, toks[k - 2].info.key
    if nat.startswith("ال") or nat not in eng.g.nationalities or nat[-1:] != "ي":
        return False
    if toks[k - 2].info.kind != "a" or noun.startswith("ال") or noun in eng.g.cues or noun in eng.g.nationalities:
        return False
    rd = reading(toks[k].info.key)
    return rd is not None and "a" in rd[0]


def _given_slot(eng: _Engine, k: int) -> bool:
    """Token k may be the given name before a pedigree: an Arabic word on the same line, no article, no title,
    nationality, function word, speech verb or verb shape (وأضاف بن سويد: the verb, a family name بن سويد)."""
    tok = eng.toks[k]
    key = tok.info.key
    g = eng.g
    if tok.info.kind != "a" or len(key) < 2 or key.startswith("ال") or key in g.cues or key in g.nationalities:
        return False
    if key in _FUNCTION_WORDS or key in _SPEECH or (key[:1] in "وف" and key[1:] in _SPEECH):
        return False
    if key in g.given_names:
        return True
    text = eng.text[tok.start:tok.end]
    return not (_verb_shaped(key) or _pure_verb(key, text) or _future_verb(key))


def pedigree_given_name(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The people with the word before a pedigree put back: a mention that starts with بن and holds a father's
    name and a family name (بن سويد الغامدي) lacks its given name, and the word right before it is that name
    even when the dictionary knows it as a word (سفر "travel", عيد "feast": محافظ بلجرشي سفر بن سويد الغامدي).
    Not a word :func:`_given_slot` rules out, nor one another mention covers; a family name بن + one word (بن
    كيران، بن علي) after a noun (حكومة بن كيران) is left as it is. In order, ``alias_of`` kept."""
    toks = eng.toks
    covered = _covered(eng.n, raws)
    out: list[_Raw] | None = None
    for i, r in enumerate(raws):
        k = r.t0 - 1
        if r.type != "PERSON" or r.t1 - r.t0 < 3 or k < 0 or toks[r.t0].info.key != "بن" \
                or r.start != toks[r.t0].start or covered[k] or not _joined(eng, r.t0) or not _given_slot(eng, k):
            continue
        if out is None:
            out = list(raws)
        out[i] = _Raw(toks[k].start, r.end, k, r.t1, r.type, None, r.how, r.alias_of)
    return raws if out is None else out


#: head-words of diseases and germs, folded (مرض كورونا، فيروس إيبولا، متلازمة داون، حمى الضنك)
_DISEASE_HEADS = frozenset({"مرض", "امراض", "فيروس", "فايروس", "فيروسات", "وباء", "داء", "متلازمه", "حمي",
                            "انفلونزا", "بكتيريا", "جرثومه"})


_OPENERS = "(«\"'“"


def _disease_head(eng: _Engine, k: int) -> bool:
    return any(key in _DISEASE_HEADS for _o, key, _st in eng.toks[k].info.forms)


def disease_names(eng: _Engine, raws: list[_Raw]) -> set[int]:
    """The indices of the people that name a disease or a germ: a mention that starts with a disease's head-word
    (فيروس كورونا) or comes right after one, brackets or quotes allowed between (مرض (كورونا)، بمرض كورونا),
    and the article's one-word people with a word of such a name (كورونا alone, later); not a given name after
    the head-word (بسبب مرض عبدالله الزوري "because of Abdullah Al-Zouri's illness"). A disease named after
    someone keeps no person in the gold conventions (متلازمة داون: no PERSON)."""
    toks = eng.toks
    found: set[int] = set()
    words: set[str] = set()
    for i, r in enumerate(raws):
        if r.type != "PERSON":
            continue
        k = r.t0
        head = _disease_head(eng, k)
        j = k - 1
        while j >= 0 and j >= k - 2 and not toks[j + 1].brk and toks[j].text in _OPENERS:
            j -= 1  # مرض (كورونا)، مرض «كورونا»
        if not head and j >= 0 and not toks[j + 1].brk and not eng.text[toks[j].end:r.start].strip(_OPENERS + " "):
            head = _disease_head(eng, j)
        first = k + 1 if _disease_head(eng, k) else k
        if head and (first >= r.t1 or toks[first].info.key not in eng.g.given_names):
            # (بسبب مرض عبدالله الزوري: the illness of a person, a given name after the head-word)
            found.add(i)
            words.update(toks[j].info.key for j in range(k, r.t1) if not _disease_head(eng, j))
    if words:
        found.update(i for i, r in enumerate(raws)
                     if r.type == "PERSON" and r.t1 - r.t0 == 1 and toks[r.t0].info.key in words)
    return found
