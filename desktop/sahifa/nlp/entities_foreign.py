"""Foreign people named by a Western given name and a family name no dictionary knows (session 13, round 2).

The engine finds a foreign person's name after a title, a nationality or a role (المدرب السويسري كريستيان جروس),
in lists (:func:`sahifa.nlp.entities_personwords.list_people`) and by its gazetteer; a name in running text with
none of those (ووزير الطاقة إرنست مونيز بشهاداتهم، أعلنت ويندي شيرمان، وتقول إن لويز هيتل من شركة …) was left
to the CRF, which misses most (the eighth blind batch: إرنست مونيز). Here two words are a person's name when:

* the first is a foreign given name (``resources/names/foreign_given.tsv``: Western given names, by their Census
  and Faker weights, that the dictionary and the gazetteer's given names do not know; see
  ``packaging/gen_foreign_given.py``) written without a clitic, and not the start of a known name or product;
* the second is a word no dictionary, gazetteer or function-word list knows
  (:func:`sahifa.nlp.entities_personwords._foreign_word`), not joined by و (ويليامز، واتسون are names: و and a long vowel) and without a pronoun suffix;
* neither is inside another mention.

On 1,500 unannotated SaudiNewsNet articles the pairs the engine had left were 39, 31 of them people's names; the
wrong ones (آيفون وآيباد، يزيد عددهم، آيفون خاصتك) are what the conditions above leave out.
"""

from __future__ import annotations

from importlib import resources

from ..core.once import Once
from .entities_engine import _Engine
from .entities_personwords import _foreign_word
from .entities_words import _covered, _Raw, _with_added

__all__ = ["foreign_given_names", "foreign_pairs", "waw_surnames"]

#: pronoun suffixes a foreign family name does not end with (خاصتك، صديقها)
_PRONOUN_ENDS = ("ك", "كم", "ها", "هم", "هما", "نا", "هن")


def _load() -> frozenset[str]:
    text = resources.files("sahifa.resources").joinpath("names", "foreign_given.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#"))


_ONCE: Once[frozenset[str]] = Once(_load)


def foreign_given_names() -> frozenset[str]:
    """The folded foreign given names (loaded once)."""
    return _ONCE.get()


def foreign_pairs(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions with a person added for each foreign given name followed by an unknown family name (see the
    module's docstring). In order, ``alias_of`` kept pointing at the same mentions."""
    names = foreign_given_names()
    toks = eng.toks
    covered = _covered(eng.n, raws)
    added: list[_Raw] = []
    k = 0
    while k < eng.n - 1:
        tok = toks[k]
        nxt = toks[k + 1]
        if covered[k] or covered[k + 1] or nxt.brk or tok.info.kind != "a" or tok.info.key not in names \
                or (nxt.text[:1] == "و" and nxt.text[1:2] not in "ياو") or nxt.info.key.endswith(_PRONOUN_ENDS) or eng.gaz_at(k) is not None \
                or not _foreign_word(eng, k + 1, 0):
            k += 1
            continue
        added.append(_Raw(tok.start, nxt.end, k, k + 2, "PERSON", None, "foreign"))
        k += 2
    return _with_added(raws, added)


def waw_surnames(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions with a foreign family name that starts with و joined back to the given name before it
    (session 16, round 2; blind batch 11): in ``سام ورثينغتون`` the models read و as "and" and kept two people,
    سام and رثينغتون. Joined when a one-word person is a given name (the foreign list's or the gazetteer's) and the
    next mention, a one-word person right after it, is its word without the و, which is a word no list knows (not
    a given name: سام وجيم are two people) of five letters or more, that no dictionary reads either with or without
    the و, and that no unknown word follows (then it opens the next person's name). ``alias_of`` is
    kept pointing at the same mentions (a copy of the second word points at the joined name)."""
    toks = eng.toks
    names = foreign_given_names()
    given = eng.g.given_names
    drop: dict[int, int] = {}  # the index of the second word's mention -> the index of the joined one
    out = list(raws)
    for i in range(len(raws) - 1):
        a, b = raws[i], raws[i + 1]
        if a.type != "PERSON" or b.type != "PERSON" or a.t1 - a.t0 != 1 or b.t1 - b.t0 != 1 or b.t0 != a.t1 \
                or i in drop or toks[b.t0].brk or a.start != toks[a.t0].start:
            continue
        tok = toks[b.t0]
        if tok.text[:1] != "و" or b.start != tok.start + 1 or b.end != tok.end or len(tok.text) < 5:
            continue
        key = toks[a.t0].info.key
        bare = next((k for o, k, _st in tok.info.forms if o == 1), None)
        if (key not in names and key not in given) or bare is None or bare in names or bare in given \
                or len(bare) < 5 or not _foreign_word(eng, b.t0, 0) or not _foreign_word(eng, b.t0, 1):
            continue
        if b.t1 < eng.n and not toks[b.t1].brk and _foreign_word(eng, b.t1, 0):
            continue  # ميروسلاف وكمبو عموري: the word after و opens the next person's name
        out[i] = _Raw(a.start, b.end, a.t0, b.t1, a.type, a.entry, a.how, a.alias_of)
        drop[i + 1] = i
    if not drop:
        return raws
    keep = [q for q in range(len(out)) if q not in drop]
    new_index = {old: new for new, old in enumerate(keep)}
    res: list[_Raw] = []
    for old in keep:
        r = out[old]
        alias = drop.get(r.alias_of, r.alias_of)
        res.append(_Raw(r.start, r.end, r.t0, r.t1, r.type, r.entry, r.how, new_index.get(alias, -1) if alias >= 0 else -1))
    return res
