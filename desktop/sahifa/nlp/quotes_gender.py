"""Grammatical gender for the quote engine: of a speech verb or participle form, and of a person's name
(its first given name), so that a subject-less "قالت" does not take a man quoted before.

A name's gender comes from the gazetteer's given names (``given_names.tsv``, m|f), trusted only for
names of Arabic use: attested in the Gulf states (``names/gulf_names.tsv``, from the arabic-name-romanizer
index of Wikidata, CC0) or whose English spelling is not a name of the U.S. Census lists
(``names/western_names.tsv``, public domain), where Western given names of either gender (Alex, Nicola,
Valery, Jean) make the hand list's single gender unreliable."""

from __future__ import annotations

from importlib import resources

from ..core.arabic import DIACRITICS_RE, fold
from ..core.once import Once
from .gazetteer import gazetteer
from .quotes_lexicon import _MASDARS, masdar_gender

_TITLES = frozenset("الدكتور الدكتورة د المهندس المهندسة الأستاذ الأستاذة الشيخ الشيخة الأمير الأميرة "
                    "السيد السيدة الفنان الفنانة الممثل الممثلة".split())


def _load_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(gulf Arabic keys, census English names), read once (:data:`_SETS`)."""
    names = resources.files("sahifa.resources").joinpath("names")
    gulf: set[str] = set()
    census: set[str] = set()
    for line in names.joinpath("gulf_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            gulf.add(line.split("\t", 1)[0])
    for line in names.joinpath("western_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            for item in line.split("\t")[1].split("|"):
                census.add(item.split(" ", 1)[0].casefold())
    return frozenset(gulf), frozenset(census)


_SETS: Once[tuple[frozenset[str], frozenset[str]]] = Once(_load_sets)


def name_gender(text: str) -> str | None:
    """"m" or "f" for a person's full name (two words or more) whose first given name has one trusted
    gender (see the module's note; not an ambiguous name: جهاد، زين), "أبو …"/"أم …" too; None otherwise."""
    words = [w for w in DIACRITICS_RE.sub("", text).split() if w not in _TITLES]
    if len(words) < 2:
        return None  # one word may be a family name that is also a given name ("سهيل" for "ليلى … سهيل")
    for w in words:
        if w in ("أبو", "ابو"):
            return "m"
        if w in ("أم", "ام"):
            return "f"
        if w.startswith("عبد") and len(w) >= 6 and w[3:5] == "ال":
            return "m"  # "عبدالعزيز", "عبدالرحمن": a compound of عبد and a name of God, always a man's
        gn = gazetteer().given_name(w)
        if gn is None or gn.ambiguous or gn.gender not in ("m", "f"):
            return None
        gulf, census = _SETS.get()
        if fold(w) not in gulf and gn.en.casefold() in census:
            return None  # "أليكس", "فاليري": a Western name of either gender
        return gn.gender
    return None


def verb_gender(kind: str, form: str, lemma: str, present: bool) -> str | None:
    """"m"/"f" for a singular verb or participle form ("قالت", "تقول", "مضيفة", "بقولها" → f; "قال",
    "يقول", "مضيفا", "بقوله" → m); None for plurals, duals and forms that do not tell."""
    if kind == "part":
        if form in _MASDARS:  # "تأكيده" m, "بتحذيرها" f, "التأكيد" (no person's ending)
            return masdar_gender(form)
        if form.startswith("ب"):  # "بقوله", "بقولها", "بالقول"
            return "f" if form.endswith("ها") else "m" if form.endswith("ه") else None
        return "f" if form.endswith("ة") else "m" if form.endswith("ا") and not form.endswith("ان") else None
    if kind != "verb" or form.endswith(("وا", "ون", "ان", "ا")):
        return None
    if present:
        return "f" if form[0] == "ت" else "m" if form[0] == "ي" else None
    same = form == lemma or form.lstrip("اأ") == lemma.lstrip("اأ")
    if form.endswith("ت") and not same:
        return "f"
    return "m" if same else None
