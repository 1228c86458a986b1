"""Rule-based named-entity engine for Arabic news (PERSON / ORG / LOC).

Pipeline for one article (:func:`extract_entities`), all over one token list:

1. **Tokenise** with one regex (Arabic words with their diacritics, Latin words, digit runs, single
   punctuation marks). Each distinct surface is analysed once per process (``_info``, cached): its folded
   key and its *clitic readings* — و/ف + ب/ل/ك (+ "ـ") stripped, and لل → ال — each with the character
   offset where the name would start, so spans never include a clitic but keep an article that is part of
   the name ("بريف دير الزور" → "دير الزور", "لقوات سوريا الديمقراطية" → "قوات سوريا الديمقراطية").
2. **Pass 1, left to right**: at each token the detectors propose candidates and the one reaching
   furthest wins (ties: gazetteer > person patterns > organisation/location patterns):
   * the gazetteer (multi-word, token-trie lookup; countries, places, organisations, famous people);
   * person titles (``الرئيس الأمريكي``، ``وزير الخارجية المصري``، ``المتحدث باسم التحالف``،
     ``مدير المركز الإعلامي لقوات …``) → a complement of adjectives, nationalities and entities,
     then a name (a given name starts it; after a direct title any name-like word does);
   * given names (``جون``، ``مصطفى``، ``فلورانس``; compound ``عبد ال…``; kunya ``أبو …``) + surname;
   * organisation head-words (``وزارة الصحة السعودية``، ``المرصد السوري لحقوق الإنسان``, media heads
     whose span is the outlet's name: ``شبكة “فرات بوست”`` → ``فرات بوست``);
   * location head-words (``قرية الباغوز`` → ``الباغوز``);
   * apposition (``جيا فرات قائد …``: two name-like words right before a title) and two unknown words
     after a masculine nationality adjective (``المهاجم البرازيلي ماتيوس كونيا``);
   * people without a title: after a speech verb (``قال سلطان الجابر``) or a nationality adjective an
     ambiguous given name is accepted with a surname; so is one followed by a family-name-shaped word
     (a nisba ``العلمي`` or Maghrebi ``بنعلي``); never in a verb slot (``بينما عادل …``);
   * organisation complements: ل-phrases (``للانتخابات``، ``لحماية المال العام``) and و+ال coordination
     (``الأصالة والمعاصرة``) after strong heads; a definite head never takes an indefinite word
     (``المجلس حنفي جبالي``); a parenthesised acronym vouches for a span (``… (غافي)``);
   * competitions → MISC (``دوري أبطال آسيا``، ``كأس العالم 2026``); venues keep their head-word
     (``ملعب الأمير فيصل بن فهد``); place heads take compound names (``أم كدادة``، ``عين التينة``) and,
     after an indefinite head, a definite noun (``مدينة الأبيض``);
   * club names that are also common words (``الهلال``، ``النصر``; gazetteer kind ``club``) only count
     in sports news.
   Acronyms introduced after an organisation (``X (قسد)`` or ``X قسد``, checked against X's initials)
   become aliases.
3. **Pass 2, propagation**: names found through context in pass 1 are looked for everywhere else in the
   article (with clitics, with or without ال, ج/غ spelling variants), plus surnames of people found in
   full ("بالي" after "مصطفى بالي").
4. **Canonicalisation**: gazetteer entries keep their canonical name and English label; other mentions
   cluster by a loose key (folded, article stripped, ج→غ), one-word person mentions join the full name
   they end, shorter organisation names join the longer one they start, acronyms join their expansion,
   and near-identical foreign spellings (edit distance 1) merge. Canonical = the longest most frequent form.

:func:`link_across_articles` repeats step 4 over many articles; :func:`canonical_key` is the key the
database uses for corrections and ``--entity NAME`` (:func:`sahifa.core.arabic.canonical_key` with the
gazetteer's aliases).

The engine lives in flat sibling modules (mypyc compiles them together, see setup.py), each importing only
the ones before it: ``entities_words`` (word lists, per-surface analysis, tokeniser), ``entities_scan``
(one article's tokens, lookups and predicates), ``entities_people`` (person detectors),
``entities_detect`` (title, organisation, place and competition detectors), ``entities_engine`` (the
passes), ``entities_stacking`` (the stacking with the CRF tagger, with ``entities_crfspans``, the checks of a model's
spans, and ``entities_modelnames``, their propagation), ``entities_canon`` (canonical names and English labels).
This module is the public API.

Cost: ~1.6 ms for a 6 KB article on a busy 2-core box (one regex ``findall`` for tokens, a per-surface
cache of analysis + detector mask, detectors visited only at trigger tokens, gazetteer lookups memoised
per article); tokenising is about a quarter of it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..core import arabic
from ..core.arabic import clean
from ..core.model import EntityMention
from .entities_bodies import body_passes
from .entities_canon import _canonicalise
from .entities_canon import _label_for as _label_for  # the engine's own labeller (pipeline, benchmarks)
from .entities_clubs import clubs_by_context
from .entities_edges import edges_trimmed
from .entities_engine import _rule_raws as _rule_raws  # (tests, packaging/train_tagger.py)
from .entities_engine import tagger_tags as tagger_tags  # the CRF's stacking tags (packaging, tests)
from .entities_lonenames import lone_name_words
from .entities_misc import (
    latin_products,
    named_events,
    named_indices,
    quoted_things,
    quoted_titles,
    told_outlets,
)
from .entities_misccopies import misc_name_copies
from .entities_placewords import dateline_outlets
from .entities_stacking import _arbitrated
from .entities_stacking import apply_choice as apply_choice
from .entities_stacking import crf_pass as crf_pass
from .entities_veto import checked
from .entities_words import _PAIR_RE as _PAIR_RE  # (tests: the tokeniser's reference scan)
from .entities_words import _info as _info
from .entities_words import _tokenise as _tokenise
from .gazetteer import Entry, gazetteer

__all__ = ["canonical_key", "extract_entities", "link_across_articles"]


def extract_entities(text: str, *, tagger: bool = True,
                     camel_spans: Sequence[tuple[int, int, str]] | None = None) -> list[EntityMention]:
    """Named-entity mentions of one article, sorted by offset, non-overlapping.

    The rule engine's mentions, arbitrated with the CRF tagger's when its model is installed
    (``tagger=False``: the rules alone) and with ``camel_spans``, the character spans ``(start, end, type)``
    of CAMeL's NER model when it ran (:func:`sahifa.nlp.camel_ner.extract_with_camel`): one arbitration
    (:mod:`sahifa.nlp.arbiter`) for both models. Mentions that only CAMeL proposed have ``source`` "camel"."""
    if not text:
        return []
    eng, raws = _rule_raws(text)
    if tagger:
        raws = _arbitrated(text, eng, raws, camel_spans)
    raws = edges_trimmed(eng, checked(eng, raws))  # جامعة … بجدة، ملعب … يتأهب: where a name ends
    raws = clubs_by_context(eng, raws)  # لاعبي الدرعية، أمام نجران: a club named like its place
    raws = dateline_outlets(eng, raws)  # أثينا - «الشرق الأوسط»: the source, not the region
    raws = quoted_titles(eng, told_outlets(eng, named_events(eng, quoted_things(eng, raws))))
    raws = named_indices(eng, latin_products(eng, raws))
    raws = lone_name_words(eng, body_passes(eng, raws))
    raws = misc_name_copies(eng, raws)  # جائزة أوسكار … الأوسكار: a named thing's later bare mentions
    items: list[tuple[str, str, Entry | None, int]] = [
        (text[r.start: r.end], r.type, r.entry, r.alias_of) for r in raws]
    names = _canonicalise(items)
    out = []
    for (surface, typ, _entry, _alias), (canonical, label), r in zip(items, names, raws, strict=True):
        if not canonical:  # nothing nameable in the span (a lone diacritic in quotes after مدينة)
            continue
        out.append(EntityMention(surface, typ, canonical, label, r.start, r.end,
                                 r.how if r.how in ("crf", "camel") else "rules"))
    return out


def link_across_articles(per_article: Sequence[Sequence[EntityMention]]) -> list[list[EntityMention]]:
    """Make ``canonical``/``label_en`` consistent across articles.

    A bare "ترامب" in one article joins "دونالد ترامب" from another; "الباجوز" and "باغوز" share one
    canonical; acronyms linked in one article (قسد) carry over. The canonical chosen for a group is its
    most frequent full form (people: the longest name). Offsets and surfaces are never changed.
    """
    if not any(per_article):
        return [list(a) for a in per_article]
    g = gazetteer()
        # one node per distinct (type, canonical) and per distinct (type, surface); mentions link the two
    nodes: dict[tuple[str, str], int] = {}
    node_items: list[tuple[str, str, Entry | None, int]] = []
    weights: list[int] = []  # mentions whose canonical is the node
    alias: list[int] = []  # first canonical node a surface node was seen under (-1: none)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    mention_node: list[int] = []

    for art in per_article:
        for m in art:
            typ = m.type
            ck = clean(m.canonical)
            key = (typ, ck)
            a = nodes.get(key)
            if a is None:
                a = nodes[key] = len(node_items)
                node_items.append((ck, typ, g.lookup_as(m.canonical, typ), -1))
                weights.append(0)
                alias.append(-1)
            tk = clean(m.text)
            key = (typ, tk)
            b = nodes.get(key)
            if b is None:
                b = nodes[key] = len(node_items)
                node_items.append((tk, typ, g.lookup_as(m.text, typ), -1))
                weights.append(0)
                alias.append(-1)
            weights[a] += 1
            if a != b and alias[b] < 0:
                alias[b] = a
            labels[ck][m.label_en] += 1
            mention_node.append(a)
    # fold the surface→canonical links in as aliases, then canonicalise the nodes like one big article,
    # each canonical node weighted by its mention count so "most frequent" means across articles
    items = [(s, t, e, al) for (s, t, e, _), al in zip(node_items, alias, strict=True)]
    names = _canonicalise(items, [max(1, w) for w in weights])
    known: dict[str, bool] = {}  # canonical → is a gazetteer name (its label stays)

    def label_of(c: str, lab: str) -> str:
        hit = known.get(c)
        if hit is None:
            hit = known[c] = g.lookup(c) is not None
        if hit:
            return lab
        counts = labels.get(c)
        return counts.most_common(1)[0][0] if counts else lab

    result_for_node = [(c, label_of(c, lab)) for c, lab in names]
    out: list[list[EntityMention]] = []
    pos = 0
    for art in per_article:
        new_art = []
        for m in art:
            canonical, label = result_for_node[mention_node[pos]]
            pos += 1
            if m.source == "user" or (canonical == m.canonical and label == m.label_en):
                new_art.append(m)  # the user's word is final; unchanged mentions are kept as they are
            else:
                new_art.append(EntityMention(m.text, m.type, canonical, label, m.start, m.end, m.source))
        out.append(new_art)
    return out


def canonical_key(name: str) -> str:
    """Normalised key of an entity name for lookups (user corrections, ``--entity NAME``):
    :func:`sahifa.core.arabic.canonical_key` with the gazetteer's aliases (قسد, SDF → قوات سوريا
    الديمقراطية; ترامب → دونالد ترامب)."""
    return arabic.canonical_key(name, gazetteer().canonical_of)
