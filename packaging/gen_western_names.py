#!/usr/bin/env python3
"""Generate ``resources/names/western_names.tsv``: English given names and surnames with their frequency
and phonetic key, for matching Western names written in Arabic letters (:mod:`sahifa.nlp.labels_sound`).

Source: the U.S. Census Bureau's 1990 name frequency files (public domain, a work of the U.S. federal
government): ``dist.male.first`` (1,219 names), ``dist.female.first`` (4,275) and ``dist.all.last``
(88,799 surnames), as shipped in the ``names`` package 0.3.0 (PyPI, MIT licence, Trey Hunner). The
package itself is not a dependency of Sahifa; only this script reads its sdist:

    pip download --no-deps --no-binary :all: -d /tmp/names names==0.3.0
    python packaging/gen_western_names.py /tmp/names/names-0.3.0.tar.gz

Each file's rows are ``NAME  percent  cumulative-percent  rank``. Weight = frequency per 100,000
people; the files round a rare name's percent to 0.000, so below 0.001 % the weight is estimated from
the rank (5,000 / rank, Zipf-like, continuous with the rounded values). A name in several files keeps the
sum of its weights. Output: one row per consonant skeleton, ``skeleton <TAB> English key weight|…``
(English capitalised, key by :func:`latin_key`, most frequent first), so that loading reads 19,000 rows,
not 90,000. The first line is a header with the row count and the SHA-256 of the source (a truncated
file is recognised at load time); the last line is ``# end``.

Each name keeps its weight as a given name and as a surname apart (``given/surname``): a name's first word
is matched against given names and its last word against surnames (جيرود as a surname is not Jerrod).

Non-English European and Latin American names, which the Census lists lack or hold as rare (Thiago,
Ciani, Neves, Wenger), come from the person-name lists of the Faker package's European and Latin American
locales (PyPI, MIT licence, Daniele Faraglia and contributors), given an optional second argument:

    pip download --no-deps -d /tmp/faker faker==40.63.0
    python packaging/gen_western_names.py /tmp/names/names-0.3.0.tar.gz /tmp/faker/faker-40.63.0-py3-none-any.whl

Faker's lists have no frequencies: each locale that lists a name adds :data:`FAKER_WEIGHT` to its weight in
that role (at most :data:`FAKER_MAX`), so a common English name of the Census still outranks it; accents are
dropped (Mickaël → Mickael), names of several words skipped, and so are the Arab given names the project
knows (the gazetteer, gulf_names.tsv), which some of these locales list (Khaled).
"""

from __future__ import annotations

import ast
import hashlib
import re
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from sahifa.nlp.labels_sound import latin_key, skeleton, sound_table  # noqa: E402

OUT = ROOT / "resources" / "names" / "western_names.tsv"
FILES = ("dist.male.first", "dist.female.first", "dist.all.last")
_ROW = re.compile(r"^([A-Z][A-Z'\-]*)\s+(\d+\.\d+)\s+\d+\.\d+\s+(\d+)\s*$")
GIVEN_FILES = frozenset({"dist.male.first", "dist.female.first"})
#: Faker person locales whose names are written in Latin letters, of Europe and the Americas (not Turkey,
#: Africa or Asia: their lists hold Arab and Muslim names, which the Arab name sources spell)
FAKER_LOCALES = (
    "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "de_LI", "de_LU", "en_GB", "en_IE", "es_AR", "es_CL", "es_CO",
    "es_ES", "es_MX", "et_EE", "fi_FI", "fr_BE", "fr_CA", "fr_CH", "fr_FR", "fr_QC", "hr_HR", "hu_HU", "is_IS",
    "it_IT", "lt_LT", "lv_LV", "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "ro_RO", "sk_SK", "sl_SI",
    "sv_SE",
)
FAKER_GIVEN = ("first_names", "first_names_male", "first_names_female")
FAKER_SURNAME = ("last_names",)
FAKER_WEIGHT = 1.0
FAKER_MAX = 3.0
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:'[A-Z]?[a-z]+)?$")  # one word: no Marie-Therese


def capitalise(word: str) -> str:
    """``MCDONALD`` → ``McDonald``, ``OBRIEN`` → ``Obrien`` (the files drop apostrophes)."""
    text = word[:1] + word[1:].lower()
    if text.startswith("Mc") and len(text) > 3:
        text = "Mc" + text[2].upper() + text[3:]
    return text


def read(path: Path) -> tuple[dict[str, str], str]:
    """The three files' text by name, and the SHA-256 of the source archive."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    texts: dict[str, str] = {}
    with tarfile.open(path) as tf:
        for member in tf.getmembers():
            name = member.name.rsplit("/", 1)[-1]
            if name in FILES:
                f = tf.extractfile(member)
                if f is not None:
                    texts[name] = f.read().decode("ascii")
    missing = [f for f in FILES if f not in texts]
    if missing:
        raise SystemExit(f"{path}: no {', '.join(missing)}")
    return texts, digest


def strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def faker_names(path: Path) -> tuple[dict[str, tuple[float, float]], str]:
    """Given names and surnames of :data:`FAKER_LOCALES` from a Faker wheel → (given, surname) weight,
    and the SHA-256 of the wheel. The lists are read from the providers' source (literal tuples, lists or
    dicts), not imported."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    out: dict[str, list[float]] = {}
    with zipfile.ZipFile(path) as zf:
        for locale in FAKER_LOCALES:
            try:
                source = zf.read(f"faker/providers/person/{locale}/__init__.py").decode("utf-8")
            except KeyError:
                continue
            seen: dict[str, set[str]] = {"g": set(), "s": set()}
            for node in ast.walk(ast.parse(source)):
                if not isinstance(node, ast.Assign) or len(node.targets) != 1 \
                        or not isinstance(node.targets[0], ast.Name):
                    continue
                attr = node.targets[0].id
                role = "g" if attr in FAKER_GIVEN else "s" if attr in FAKER_SURNAME else None
                if role is None:
                    continue
                try:
                    value = ast.literal_eval(node.value)
                except ValueError:
                    if isinstance(node.value, ast.Call) and node.value.args:  # OrderedDict((…), …)
                        try:
                            value = ast.literal_eval(node.value.args[0])
                        except ValueError:
                            continue
                    else:
                        continue
                items = value.keys() if isinstance(value, dict) else value
                for item in items:
                    name = item[0] if isinstance(item, tuple) else item
                    if isinstance(name, str):
                        name = strip_accents(name.strip())
                        if _LATIN_NAME.match(name):
                            seen[role].add(name)
            for i, role in enumerate(("g", "s")):
                for name in seen[role]:
                    w = out.setdefault(name, [0.0, 0.0])
                    w[i] = min(FAKER_MAX, w[i] + FAKER_WEIGHT)
    return {name: (w[0], w[1]) for name, w in out.items()}, digest


def arab_given_names() -> set[str]:
    """English spellings (casefolded) of the Arab given names the project knows: the gazetteer's given
    names and the Gulf press's spellings (gulf_names.tsv)."""
    from sahifa.nlp.gazetteer import gazetteer

    g = gazetteer()
    out = {n.en.casefold() for n in g.given_names.values()} | {n.en.casefold() for n in g.given_extra.values()}
    gulf = ROOT / "resources" / "names" / "gulf_names.tsv"
    for line in gulf.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        for item in line.split("\t", 1)[1].split("|"):
            out.add(item.rsplit(" ", 1)[0].casefold())
    return out


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__)
        return 2
    texts, digest = read(Path(argv[0]))
    weights: dict[str, list[float]] = {}
    for fname in FILES:
        role = 0 if fname in GIVEN_FILES else 1
        for line in texts[fname].splitlines():
            m = _ROW.match(line)
            if m is None:
                continue
            name, percent, rank = m.group(1), float(m.group(2)), int(m.group(3))
            weight = percent * 1000 if percent >= 0.001 else 5000 / rank
            english = capitalise(name)
            w = weights.setdefault(english, [0.0, 0.0])
            w[role] += weight
    source = f"source=names 0.3.0 (U.S. Census Bureau 1990 name files) sha256={digest}"
    licence = "licence=public domain (data), MIT (names package)"
    if len(argv) == 2:
        extra, faker_digest = faker_names(Path(argv[1]))
        arab = arab_given_names()
        for english, (given, surname) in extra.items():
            if english.casefold() in arab:
                continue  # Faker's German and French lists hold Arab names (Khaled): the Arab sources spell them
            w = weights.setdefault(english, [0.0, 0.0])
            w[0] = max(w[0], given)  # a Census frequency stays; Faker fills a role the Census lacks
            w[1] = max(w[1], surname)
        source += f"; {Path(argv[1]).name} person locales sha256={faker_digest}"
        licence += ", MIT (Faker)"
    rows = []
    for english, (given, surname) in weights.items():
        key = latin_key(english)
        if len(skeleton(key)) < 2:
            continue  # Al, Ay, Ho: nothing to match an Arabic spelling on
        rows.append((english, key, (given, surname)))
    text = sound_table("western_names", f"{source}\t{licence}", rows)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(rows)} names, {text.count(chr(10)) - 2} skeletons")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
