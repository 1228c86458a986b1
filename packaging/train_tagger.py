"""Train Sahifa's CRF entity tagger (resources/models/ner/) reproducibly, and print its evaluation.

    .venv/bin/python packaging/train_tagger.py [--gold DIR --names LIST ...] [--out DIR] [--no-final] [--no-grid]
        [--real-weight N] [--newsfane-fraction F] [--c1 X] [--c2 X] [--max-iterations N]

Data:
- NewsFANE Gold (``--newsfane``, default ``../shared/corpora/newsfane/NewsFANE_Gold_2014_170K.txt``;
  F. Alotaibi and M. Lee, COLING 2014; CC BY-SA 3.0): UTF-8 with BOM, CRLF, ``token<TAB>tag``, a lone tab
  between sentences, U+200E marks. Its ~50 fine classes are mapped to PERSON/ORG/LOC/MISC (:data:`CLASS_MAP`,
  reasons in resources/models/ner/README.md); titles are taken out of person names and place head-words
  (قرية، مدينة، ريف) out of places, as Sahifa's gold does. Split clitics (و ب ل ك ف, pronoun suffixes) are
  glued back to their word, so the text looks like real text; it is then tokenised by the entity engine
  itself and the tags projected onto its tokens.
- Hand-annotated real news (``--gold`` DIR of ``DATE_OUTLET_NNNN.json``, restricted to ``--names`` lists:
  the *tuning* half only), articles read from ``--corpus`` with Sahifa's own loader. Repeated
  ``--real-weight`` times (crfsuite has no instance weights).

Evaluation (printed): token-level and span-level scores on every tenth NewsFANE pseudo-article (trained
without them, with ``--newsfane-eval``), then, if real gold is given, a ``--folds``-fold (default 4)
cross-validation over the real articles (each outlet's articles dealt round-robin over the folds, see
:func:`load_real`): the rules alone, the CRF alone and the arbitrated output, scored with
:mod:`sahifa.core.scoring`; and a small grid over the arbiter's thresholds on those cross-validated
predictions. The final model is then trained on everything and written with its description
(``sahifa-ner.json``: checksum, feature version, parameters, data, scores).

Deterministic: L-BFGS has no random state, the data order is fixed, the parameters are below.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

import pycrfsuite  # noqa: E402

from sahifa.core.arabic import fold  # noqa: E402
from sahifa.core.articles import load_article  # noqa: E402
from sahifa.core.scoring import score_many  # noqa: E402
from sahifa.nlp import arbiter, entities, tagger  # noqa: E402
from sahifa.nlp.gazetteer import gazetteer  # noqa: E402

PARAMS = {"c1": 1.0, "c2": 0.005, "max_iterations": 120, "feature.possible_transitions": True}
REAL_WEIGHT = 3  # copies of each real article in the training data
PSEUDO_ARTICLE = 20  # NewsFANE sentences per pseudo-article (the rules' propagation works per article)

PERSON = ("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Businessperson",
          "Lawyer", "Engineer")
ORG = ("Non-Governmental", "Sports", "Media", "Government", "Commercial", "Educational", "Police",
       "Religious_ORG", "Medical-Science", "Entertainment")
LOC = ("Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "Continent", "Water-Body",
       "County-or-District", "Land-Region-Natural", "Building-Grounds", "Airport", "Path")
MISC = ("Book", "Movie")
CLASS_MAP: dict[str, str] = {**{c: "PERSON" for c in PERSON}, **{c: "ORG" for c in ORG},
                             **{c: "LOC" for c in LOC}, **{c: "MISC" for c in MISC}}
# everything else → O: Group (nationalities, peoples), Subarea-Facility (المئذنة، قاعة الوضوء), vehicles,
# aircraft, weapons, software, hardware, food, drugs, plants, Celestial

PROCLITICS = frozenset("وفبلك")
SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ي"})


# ---------------------------------------------------------------------------------------------------
# NewsFANE
def read_newsfane(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, coarse BIO tag)."""
    raw = path.read_text(encoding="utf-8-sig")
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in raw.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, _, tag = line.partition("\t")
        tok = tok.replace("\u200e", "").replace("\u200f", "").strip()
        tag = tag.strip()
        if not tok:
            continue
        if tag == "O" or "-" not in tag:
            cur.append((tok, "O"))
            continue
        bio, cls = tag.split("-", 1)
        coarse = CLASS_MAP.get(cls)
        cur.append((tok, f"{bio}-{coarse}" if coarse else "O"))
    if cur:
        sents.append(cur)
    return [reconcile(s) for s in sents]


def _strip_words() -> tuple[set[str], set[str]]:
    """Folded single words taken off the front of PERSON spans (titles) and LOC spans (head-words)."""
    g = gazetteer()
    titles: set[str] = set()
    heads: set[str] = set()
    for first, bucket in g.cues.items():
        for toks, cue in bucket:
            if len(toks) != 1:
                continue
            role = getattr(cue, "role", "")
            if role in ("title", "title_direct"):
                titles.add(first)
            elif role in ("loc", "dir"):
                heads.add(first)
    titles |= {fold(w) for w in "الدكتور الدكتورة الشيخ السيد السيدة الاستاذ المهندس الامير الملك الرئيس".split()}
    heads |= {fold(w) for w in "ريف شمال جنوب شرق غرب وسط مدينة قرية بلدة محافظة منطقة".split()}
    return titles, heads


_TITLES, _HEADS = _strip_words()


def reconcile(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Sahifa's conventions: no title in a person's span, no head-word in a place's span; I- after O → B-."""
    out = list(sent)
    n = len(out)
    i = 0
    while i < n:
        tok, tag = out[i]
        if not tag.startswith("B-"):
            i += 1
            continue
        typ = tag[2:]
        j = i + 1
        while j < n and out[j][1] == f"I-{typ}":
            j += 1
        strip = _TITLES | set(gazetteer().nationalities) if typ == "PERSON" else _HEADS if typ == "LOC" else set()
        k = i
        while k < j - 1 and fold(out[k][0]) in strip:
            out[k] = (out[k][0], "O")
            k += 1
        if k > i:
            out[k] = (out[k][0], f"B-{typ}")
        i = j
    prev = "O"
    for idx, (tok, tag) in enumerate(out):
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            out[idx] = (tok, "B-" + tag[2:])
        prev = out[idx][1]
    return out


def glue(sent: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    """One line of text from a sentence's tokens (split clitics glued back) and its entity char spans."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    ent: list[Any] | None = None
    n = len(sent)
    for i, (tok, tag) in enumerate(sent):
        attach_prev = (tok in SUFFIXES and i > 0 and sent[i - 1][0] not in PROCLITICS
                       and _arabic(sent[i - 1][0]))
        if i > 0 and not attach_prev and not (sent[i - 1][0] in PROCLITICS and _arabic(tok)):
            parts.append(" ")
            pos += 1
        start = pos
        parts.append(tok)
        pos += len(tok)
        if tag.startswith("B-"):
            ent = [start, pos, tag[2:]]
            spans.append(ent)  # type: ignore[arg-type]
        elif tag.startswith("I-") and ent is not None:
            ent[1] = pos
        elif tag == "O" and not (tok in PROCLITICS and i + 1 < n and sent[i + 1][1].startswith("I-")):
            ent = None
    return "".join(parts), [(a, b, c) for a, b, c in spans]


def _arabic(tok: str) -> bool:
    return bool(tok) and "\u0600" <= tok[0] <= "\u06ff"


# ---------------------------------------------------------------------------------------------------
# sequences from a text and its gold character spans
def article_sequences(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[list[list[str]], list[str]]]:
    """CRF training sequences of one article: the features the tagger will compute, and gold labels."""
    eng, raws = entities._rule_raws(text)
    rule_tags, gaz_tags = entities.tagger_tags(eng, raws)
    labels = project(eng.toks, spans)
    out = []
    for a, b in tagger.sequences(eng.toks):
        out.append((tagger.features(eng.toks, rule_tags, gaz_tags, a, b), labels[a:b]))
    return out


def project(toks: list[Any], spans: list[tuple[int, int, str]]) -> list[str]:
    """Token BIO labels from character spans: a token overlapping a span is in it."""
    labels = ["O"] * len(toks)
    ti = 0
    for a, b, typ in sorted(spans):
        while ti < len(toks) and toks[ti].end <= a:
            ti += 1
        first = True
        k = ti
        while k < len(toks) and toks[k].start < b:
            if labels[k] == "O":
                labels[k] = ("B-" if first else "I-") + typ
            first = False
            k += 1
    return labels


def gold_spans(text: str, gold: dict[str, Any]) -> tuple[list[tuple[int, int, str]], int]:
    """Character spans of a real gold file's entities, found in text order (optional ones are located but
    left out: their tokens are taught as O); and how many were not found."""
    spans = []
    missing = 0
    cursor = 0
    for e in gold.get("entities", []):
        found = -1
        surf = ""
        for cand in [e["text"], *e.get("alt", [])]:
            found = text.find(cand, cursor)
            if found < 0:
                found = text.find(cand)
            if found >= 0:
                surf = cand
                break
        if found < 0:
            missing += 1
            continue
        cursor = found + len(surf)
        if not e.get("optional"):  # borderline items (رمضان، المملكة, a bare short form) are not taught
            spans.append((found, found + len(surf), e["type"]))
    # overlapping finds (a surface found twice): keep the first
    spans.sort()
    clean: list[tuple[int, int, str]] = []
    for s in spans:
        if not clean or s[0] >= clean[-1][1]:
            clean.append(s)
    return clean, missing


# ---------------------------------------------------------------------------------------------------
def train(seqs: list[tuple[list[list[str]], list[str]]], out: Path) -> float:
    t0 = time.time()
    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in seqs:
        tr.append(x, y)
    tr.set_params(PARAMS)
    tr.train(str(out))
    return time.time() - t0


def _model_size(model: Path) -> str:
    tg = pycrfsuite.Tagger()
    tg.open(str(model))
    info = tg.info()
    return (f"{model.stat().st_size / 1e6:.2f} MB, {len({a for a, _l in info.state_features})} attributes, "
            f"{len(info.state_features)} state features")


def write_meta(model: Path, extra: dict[str, Any]) -> None:
    tg = pycrfsuite.Tagger()
    tg.open(str(model))
    attrs = sorted({a for a, _label in tg.info().state_features})  # the run-time tagger computes only these
    meta = {"feature_version": tagger.FEATURE_VERSION, "sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
            "params": PARAMS, **extra, "attributes": attrs}
    model.with_name(tagger.META_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")


def span_prf(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float]]:
    res: dict[str, list[int]] = {}
    for g, p in zip(gold, pred, strict=True):
        gs = set(tagger.spans_from_labels(g))
        ps = set(tagger.spans_from_labels(p))
        for typ in ("PERSON", "ORG", "LOC", "MISC", "all"):
            gg = {s for s in gs if typ in ("all", s[2])}
            pp = {s for s in ps if typ in ("all", s[2])}
            c = res.setdefault(typ, [0, 0, 0])
            c[0] += len(gg & pp)
            c[1] += len(pp - gg)
            c[2] += len(gg - pp)
    out = {}
    for typ, (tp, fp, fn) in res.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[typ] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def load_real(gold_dirs: list[Path], corpus: Path, folds: int,
              names: list[Path] | None = None) -> list[tuple[str, int, str, dict[str, Any]]]:
    """(stem, fold, text, gold) of the real articles annotated in ``gold_dirs`` (restricted to the
    ``names`` lists when given). Folds are by article: each outlet's articles (sorted) are dealt round-robin
    over the folds, starting at a different fold for each outlet, so every fold mixes outlets."""
    allowed: set[str] | None = None
    if names:
        allowed = {Path(n).stem for lst in names for n in lst.read_text(encoding="utf-8").split()}
    stems: dict[str, Path] = {}
    for d in gold_dirs:
        for gp in sorted(d.glob("*.json")):
            if allowed is None or gp.stem in allowed:
                stems[gp.stem] = gp
    by_outlet: dict[str, list[str]] = {}
    for stem in sorted(stems):
        by_outlet.setdefault(stem.split("_")[1], []).append(stem)
    fold_of: dict[str, int] = {}
    for o, outlet in enumerate(sorted(by_outlet)):
        for i, stem in enumerate(by_outlet[outlet]):
            fold_of[stem] = (o + i) % max(folds, 1)
    out = []
    for stem in sorted(stems):
        gold = json.loads(stems[stem].read_text(encoding="utf-8"))
        text = load_article(corpus / gold["file"]).text
        out.append((stem, fold_of[stem], text, gold))
    return out


FICTIONAL = (("seeds", "tests/data/gold"), ("tests/data/dev", "tests/data/gold/dev"),
             ("tests/data/dev2", "tests/data/gold/dev2"))  # the tuning sets only: unseen/heldout2 stay out


def fictional_sequences() -> list[tuple[list[list[str]], list[str]]]:
    """Sequences of the fictional tuning articles (they teach the CRF Sahifa's span conventions)."""
    out = []
    for art_dir, gold_dir in FICTIONAL:
        for gp in sorted((ROOT / gold_dir).glob("*.json")):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            path = ROOT / art_dir / gold.get("file", gp.stem + ".txt")
            if not path.exists():
                continue
            text = load_article(path).text
            spans, _missing = gold_spans(text, gold)
            out.extend(article_sequences(text, spans))
    return out


def _mentions(raws: list[Any], text: str) -> dict[str, Any]:
    return {"entities": [{"text": text[r.start:r.end], "type": r.type, "how": r.how} for r in raws]}


def _fingerprint(paths: list[Path]) -> str:
    """SHA-256 over the files the features depend on (the featurised NewsFANE cache is keyed on it)."""
    h = hashlib.sha256()
    for p in paths:
        for f in sorted(p.rglob("*")) if p.is_dir() else [p]:
            if f.is_file() and f.suffix in (".py", ".tsv", ".txt", ".json") or f == p:
                h.update(str(f.relative_to(ROOT) if ROOT in f.parents else f.name).encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def newsfane_articles(path: Path, limit: int, cache_dir: Path | None) -> tuple[int, list[Any]]:
    """NewsFANE as pseudo-articles of training sequences (featurised once per feature code version)."""
    key = _fingerprint([ROOT / "desktop" / "sahifa" / "nlp", ROOT / "resources" / "gazetteer", path]) + f"-{limit}"
    cache = cache_dir / f"newsfane-{key}.pickle" if cache_dir else None
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]  # our own cache, in our work directory
    t = time.time()
    sents = read_newsfane(path)
    if limit:
        sents = sents[:limit]
    articles = []
    for k in range(0, len(sents), PSEUDO_ARTICLE):
        lines, spans, pos = [], [], 0
        for s in sents[k:k + PSEUDO_ARTICLE]:
            line, sp = glue(s)
            spans.extend((a + pos, b + pos, c) for a, b, c in sp)
            lines.append(line)
            pos += len(line) + 1
        articles.append(article_sequences("\n".join(lines), spans))
    print(f"NewsFANE: {len(sents)} sentences featurised in {time.time() - t:.0f} s")
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump((len(sents), articles), fh)
    return len(sents), articles


def thin(articles: list[Any], fraction: float) -> list[Any]:
    """A ``fraction`` (0 <= fraction <= 1) of the NewsFANE pseudo-articles, spread evenly over the corpus (unlike
    ``--limit``, which keeps its first sentences), so the real articles weigh more without repeating them."""
    if not 0 <= fraction <= 1:
        raise ValueError(f"--newsfane-fraction must be between 0 and 1, not {fraction}")
    return [a for i, a in enumerate(articles) if int((i + 1) * fraction + 1e-9) > int(i * fraction + 1e-9)]


TYPES = ("PERSON", "ORG", "LOC", "MISC")


def _score(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    res = {"all": score_many(pairs)["entities"]}
    for typ in TYPES:
        res[typ] = score_many([({"entities": [e for e in p["entities"] if e["type"] == typ]},
                                {"entities": [e for e in g["entities"] if e["type"] == typ]})
                               for p, g in pairs])["entities"]
    return res


def _line(name: str, res: dict[str, Any]) -> None:
    a = res["all"]
    print(f"  {name:30s} P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f} | PERSON P "
          f"{res['PERSON']['precision']:.3f} F1 {res['PERSON']['f1']:.3f} | ORG F1 {res['ORG']['f1']:.3f} | "
          f"LOC F1 {res['LOC']['f1']:.3f} | MISC F1 {res['MISC']['f1']:.3f}")


def cross_validate(real: list[Any], real_seqs: dict[str, Any], base: list[Any], weight: int, workdir: Path,
                   reuse: bool, dump: Path | None, grid_search: bool = True) -> dict[str, Any]:
    """K-fold cross-validation over the real articles (the tagger retrained without each fold), scored for
    the rules alone, the CRF alone and the arbiter; prints a grid over the arbiter's thresholds."""
    folds = sorted({f for _s, f, _t, _g in real})
    cached: list[tuple[str, str, Any, Any, Any, Any, dict[str, Any]]] = []
    every: dict[str, Any] = {}  # stem → the CRF run on every sentence (tagger.tag(every=True))
    for f in folds:
        path = workdir / f"fold{f}.crfsuite"
        if not (reuse and path.exists()):
            train_seqs = base + [s for stem, ff, _t, _g in real if ff != f for s in real_seqs[stem]] * weight
            secs = train(train_seqs, path)
            print(f"  fold {f}: trained in {secs:.0f} s ({_model_size(path)})")
        tg = pycrfsuite.Tagger()
        tg.open(str(path))
        for stem, ff, text, gold in real:
            if ff != f:
                continue
            eng, raws = entities._rule_raws(text)
            rules, tagged = entities.crf_pass(eng, raws, tg)
            every[stem] = entities.crf_pass(eng, raws, tg, every=True)[1]
            cached.append((stem, text, eng, raws, rules, tagged, gold))
    print(f"\nreal articles, {len(folds)}-fold cross-validation by article ({len(real)} articles; "
          "entities, sahifa.core.scoring):")

    def run(choose: Any, all_sentences: bool = False) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
        return [(stem, _mentions(choose(text, eng, raws, rules, every[stem] if all_sentences else tagged), text),
                 gold) for stem, text, eng, raws, rules, tagged, gold in cached]

    def evaluate(choose: Any) -> dict[str, Any]:
        return _score([(p, g) for _s, p, g in run(choose)])

    systems = {
        "rules alone": lambda text, eng, raws, rules, tagged: raws,
        "CRF alone": lambda text, eng, raws, rules, tagged: entities.apply_choice(text, eng, raws, tagged.spans),
        "arbiter": lambda text, eng, raws, rules, tagged: entities.apply_choice(
            text, eng, raws, arbiter.arbitrate(rules, tagged)),
    }
    report: dict[str, Any] = {}
    for name, choose in systems.items():
        report[name] = evaluate(choose)
        _line(name, report[name])
    _line("arbiter, CRF on every sentence", _score([(p, g) for _s, p, g in run(systems["arbiter"], True)]))
    if dump is not None:
        out = {name: {stem: p for stem, p, _g in run(choose)} for name, choose in systems.items()}
        dump.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    if not grid_search:
        return report
    grid = []
    for fields in itertools.product(*arbiter.GRID.values()):
        pol = arbiter.Policy(**dict(zip(arbiter.GRID, fields, strict=True)))
        res = evaluate(lambda text, eng, raws, rules, tagged, pol=pol: entities.apply_choice(
            text, eng, raws, arbiter.arbitrate(rules, tagged, pol)))
        grid.append((res["all"]["f1"], res["PERSON"]["precision"], pol, res))
    grid.sort(key=lambda g: (-g[0], -g[1]))
    print("  best arbiter settings on the cross-validated predictions:")
    for _f1, _pp, pol, res in grid[:5]:
        _line(" ".join(f"{k} {getattr(pol, k)}" for k in arbiter.GRID), res)
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--newsfane", type=Path,
                    default=ROOT.parent / "shared" / "corpora" / "newsfane" / "NewsFANE_Gold_2014_170K.txt")
    ap.add_argument("--gold", type=Path, action="append", default=[],
                    help="a real-news gold dir to train on (repeatable: real/train, real/tune; never heldout)")
    ap.add_argument("--names", type=Path, action="append", default=[], help="restrict --gold to these names")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "saudinewsnet")
    ap.add_argument("--real-weight", type=int, default=REAL_WEIGHT,
                    help="copies of each real article (crfsuite has no instance weights)")
    ap.add_argument("--folds", type=int, default=4, help="cross-validation folds over the real articles (0: none)")
    ap.add_argument("--fictional", action=argparse.BooleanOptionalAction, default=True,
                    help="also train on the fictional tuning sets (seeds, dev, dev2; never unseen/heldout2)")
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "models" / "ner")
    ap.add_argument("--workdir", type=Path, help="keep fold models and the featurised NewsFANE here")
    ap.add_argument("--reuse", action="store_true", help="reuse the fold models in --workdir (arbiter study)")
    ap.add_argument("--grid", action=argparse.BooleanOptionalAction, default=True,
                    help="print the best arbiter thresholds of arbiter.GRID on the cross-validated predictions")
    ap.add_argument("--dump", type=Path, help="write the cross-validated predictions per system (JSON)")
    ap.add_argument("--no-final", action="store_true", help="evaluate only")
    ap.add_argument("--newsfane-eval", action="store_true", help="also score on every 10th NewsFANE article")
    ap.add_argument("--newsfane-fraction", type=float, default=1.0,
                    help="train on this share of the NewsFANE pseudo-articles, spread evenly (default 1: all; 0: none)")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N NewsFANE sentences (smoke test)")
    ap.add_argument("--c1", type=float, help=f"L1 weight (default {PARAMS['c1']}: higher prunes more attributes)")
    ap.add_argument("--c2", type=float, help=f"L2 weight (default {PARAMS['c2']})")
    ap.add_argument("--max-iterations", type=int, help=f"L-BFGS iterations (default {PARAMS['max_iterations']})")
    args = ap.parse_args(argv)
    for key, value in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.max_iterations)):
        if value is not None:
            PARAMS[key] = value  # train() and write_meta() read PARAMS
    print(f"parameters: {PARAMS}")
    if not 0 <= args.newsfane_fraction <= 1:
        ap.error(f"--newsfane-fraction must be between 0 and 1, not {args.newsfane_fraction}")
    if any("heldout" in str(d) for d in args.gold):
        ap.error("the held-out gold is never trained or tuned on")

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="sahifa-crf-"))
    workdir.mkdir(parents=True, exist_ok=True)
    n_sents, articles = newsfane_articles(args.newsfane, args.limit, workdir)
    print(f"NewsFANE: {n_sents} sentences, {len(articles)} pseudo-articles, "
          f"{sum(len(y) for a in articles for _x, y in a)} tokens")
    real = load_real(args.gold, args.corpus, args.folds, args.names) if args.gold else []
    real_seqs: dict[str, list[tuple[list[list[str]], list[str]]]] = {}
    for stem, _f, text, gold in real:
        spans, missing = gold_spans(text, gold)
        if missing:
            print(f"  {stem}: {missing} gold surfaces not found in the text")
        real_seqs[stem] = article_sequences(text, spans)
    print(f"real gold: {len(real)} articles, {sum(len(y) for a in real_seqs.values() for _x, y in a)} tokens")
    fict = fictional_sequences() if args.fictional else []
    print(f"fictional tuning sets: {len(fict)} sequences")

    report: dict[str, Any] = {}
    kept = thin(articles, args.newsfane_fraction)
    all_nf = [s for a in kept for s in a]  # --newsfane-eval below keeps its own split of all the articles
    if args.newsfane_fraction < 1:
        print(f"NewsFANE for training: {len(kept)} of {len(articles)} pseudo-articles, "
              f"{sum(len(y) for _x, y in all_nf)} tokens")
    if args.newsfane_eval:
        train_seqs = [s for i, a in enumerate(articles) if i % 10 != 9 for s in a] + fict
        dev_seqs = [s for i, a in enumerate(articles) if i % 10 == 9 for s in a]
        secs = train(train_seqs, workdir / "nf.crfsuite")
        tg = pycrfsuite.Tagger()
        tg.open(str(workdir / "nf.crfsuite"))
        pred = [tg.tag(x) for x, _y in dev_seqs]
        gold = [y for _x, y in dev_seqs]
        rule_pred = [[next((f[2:] for f in fx if f.startswith("r=")), "O") for fx in x] for x, _y in dev_seqs]
        crf_s, rule_s = span_prf(gold, pred), span_prf(gold, rule_pred)
        print(f"\nNewsFANE dev (every 10th pseudo-article; train {secs:.0f} s) — span P/R/F1:")
        for typ in ("all", *TYPES):
            print(f"  {typ:7s} CRF {crf_s[typ][0]:.3f} {crf_s[typ][1]:.3f} {crf_s[typ][2]:.3f}   "
                  f"rules {rule_s[typ][0]:.3f} {rule_s[typ][1]:.3f} {rule_s[typ][2]:.3f}")
        report["newsfane_dev"] = {"crf": crf_s, "rules": rule_s}
    if args.folds >= 2 and real:
        report["real_cv"] = cross_validate(real, real_seqs, all_nf + fict, args.real_weight, workdir,
                                           args.reuse, args.dump, args.grid)

    if args.no_final:
        return 0
    final = all_nf + fict + [s for stem in real_seqs for s in real_seqs[stem]] * args.real_weight
    args.out.mkdir(parents=True, exist_ok=True)
    model = args.out / tagger.MODEL_NAME
    secs = train(final, model)
    write_meta(model, {
        "data": {"newsfane_sentences": n_sents, "newsfane_fraction": args.newsfane_fraction,
                 "real_articles": sorted(real_seqs),
                 "real_weight": args.real_weight, "folds": args.folds},
        "evaluation": report,
    })
    print(f"\nfinal model: {model} ({_model_size(model)}, trained in {secs:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
