""""Reported differently" prefers no group to a wrong one (#14). Written two-article stories, each a
pattern that gave wrong groups on SaudiNewsNet: a sentence listing several values of one thing, a market
reading, figures of two places, figures of two owners, only an entity mentioned everywhere in common.
Each story is built like the real one that still must group (two reports of one bombing, 27 and 30
killed), and differs from it in one thing only. The guards fail on the grouping before these rules."""

from __future__ import annotations

from pathlib import Path

from sahifa.core.articles import build_article
from sahifa.core.facts import date_shaped, is_reading
from sahifa.core.model import Analysis, EntityMention, NumberMention
from sahifa.storage.library import Library

from .test_library import key, norm

Entity = tuple[str, str]


def _library(tmp_path: Path, texts: dict[str, str], entities: list[Entity], figures: list[tuple[str, float, str]],
             filler: int = 0) -> Library:
    """Articles with the given entity names found wherever they are written, and the given figures
    (text as written, value, counted noun) wherever they are; ``filler`` articles mentioning the first
    entity make it one the library mentions everywhere."""
    lib = Library(tmp_path / "library.db", key_func=key, search_norm=norm)
    for path, raw in texts.items():
        art = build_article(path, raw)
        text = art.text
        mentions = []
        for name, etype in entities:
            at = text.find(name)
            while at >= 0:
                mentions.append(EntityMention(name, etype, name, "", at, at + len(name)))
                at = text.find(name, at + 1)
        numbers = []
        for written, value, counted in figures:
            at = text.find(f"{written} {counted}")
            while at >= 0:
                numbers.append(NumberMention(written, value, "count", None, at, at + len(written), counted, "people"))
                at = text.find(f"{written} {counted}", at + 1)
        lib.save_article(art, Analysis(tuple(sorted(mentions, key=lambda m: m.start)),
                                       tuple(sorted(numbers, key=lambda n: n.start)), ()), folder="/")
    name, etype = entities[0]
    for i in range(filler):
        art = build_article(f"/filler{i}.txt", f"خبر {i}\n\nزار {name} المدينة.")
        at = art.text.find(name)
        lib.save_article(art, Analysis((EntityMention(name, etype, name, "", at, at + len(name)),), (), ()), folder="/")
    return lib


def _values(lib: Library) -> list[list[float | int | None]]:
    return [[f.value for f in g.figures] for g in lib.figure_groups(figures=lib.figures())]


BOMBING = {
    "/a.txt": "تفجير سروج\n\nقالت وزارة الداخلية إن انفجارا في بلدة سروج قرب الحدود أسفر عن مقتل 27 شخصا.",
    "/b.txt": "سروج\n\nذكرت وزارة الداخلية أن انفجارا في بلدة سروج قرب الحدود أسفر عن مقتل 30 شخصا.",
}
ENTITIES: list[Entity] = [("سروج", "LOC"), ("وزارة الداخلية", "ORG")]


def test_two_reports_of_one_bombing_still_make_a_group(tmp_path: Path) -> None:
    lib = _library(tmp_path, BOMBING, ENTITIES, [("27", 27, "شخصا"), ("30", 30, "شخصا")])
    assert _values(lib) == [[27, 30]]
    lib.close()


def test_a_sentence_listing_values_of_the_thing_is_not_grouped(tmp_path: Path) -> None:
    texts = {
        "/a.txt": "الدوري\n\nقالت رابطة الدوري إن النصر في مدينة الرياض أنهى الموسم برصيد 63 نقطة مقابل 59 نقطة للأهلي.",
        "/b.txt": "النصر\n\nذكرت رابطة الدوري أن النصر في مدينة الرياض أنهى الموسم برصيد 64 نقطة بعد التعادل.",
    }
    lib = _library(tmp_path, texts, [("النصر", "ORG"), ("رابطة الدوري", "ORG"), ("الرياض", "LOC")],
                   [("63", 63, "نقطة"), ("59", 59, "نقطة"), ("64", 64, "نقطة")])
    assert _values(lib) == []  # 63 and 64 were one group: the first sentence compares two teams' points
    lib.close()


def test_a_market_reading_is_not_grouped(tmp_path: Path) -> None:
    texts = {
        "/a.txt": "النفط\n\nقالت وزارة الطاقة إن خام تكساس في السوق الأمريكية انخفض 54 سنتا إلى 52.20 دولار.",
        "/b.txt": "الخام\n\nذكرت وزارة الطاقة أن خام تكساس في السوق الأمريكية انخفض 74 سنتا إلى 60.27 دولار.",
    }
    lib = _library(tmp_path, texts, [("تكساس", "LOC"), ("وزارة الطاقة", "ORG")],
                   [("54", 54, "سنتا"), ("74", 74, "سنتا"), ("52.20", 52.2, "دولار"), ("60.27", 60.27, "دولار")])
    assert _values(lib) == []  # two days' prices, not one fact reported differently
    lib.close()
    assert is_reading(9253.41) and is_reading(9275.2) and is_reading(0.18) and is_reading(60.27)
    assert not is_reading(27) and not is_reading(2.5) and not is_reading(11.5) and not is_reading(2_500_000.0)


def test_figures_of_two_places_are_two_events(tmp_path: Path) -> None:
    texts = {
        "/a.txt": "الهلال الأحمر\n\nقالت هيئة الهلال الأحمر إن فرقها في القصيم باشرت خلال العيد 2467 بلاغا إسعافيا.",
        "/b.txt": "بلاغات\n\nذكرت هيئة الهلال الأحمر أن فرقها في تبوك باشرت خلال العيد 2618 بلاغا إسعافيا.",
    }
    lib = _library(tmp_path, texts, [("هيئة الهلال الأحمر", "ORG"), ("القصيم", "LOC"), ("تبوك", "LOC")],
                   [("2467", 2467, "بلاغا"), ("2618", 2618, "بلاغا")])
    assert _values(lib) == []
    lib.close()


def test_figures_of_two_owners_are_two_facts(tmp_path: Path) -> None:
    texts = {
        "/a.txt": "ميسي\n\nقال الاتحاد الأرجنتيني إن ايمار خاض 52 مباراة دولية مع منتخب الأرجنتين.",
        "/b.txt": "الأرجنتين\n\nذكر الاتحاد الأرجنتيني أن ميسي خاض 70 مباراة دولية مع منتخب الأرجنتين.",
    }
    lib = _library(tmp_path, texts, [("ايمار", "PERSON"), ("ميسي", "PERSON"), ("الاتحاد الأرجنتيني", "ORG"),
                                     ("الأرجنتين", "LOC")],
                   [("52", 52, "مباراة"), ("70", 70, "مباراة")])
    assert _values(lib) == []  # Aimar's matches and Messi's
    lib.close()


def test_an_entity_mentioned_everywhere_alone_does_not_make_one_event(tmp_path: Path) -> None:
    texts = {
        "/a.txt": "حادث\n\nقالت صحيفة الوئام إن أسرة في طريق الجبل تضم 9 أشخاص أصيبت بعد انقلاب سيارتها.",
        "/b.txt": "حادث آخر\n\nذكرت صحيفة الوئام أن أسرة في طريق الجبل تضم 11 أشخاص أصيبت بعد سقوط سيارتها.",
    }
    figures: list[tuple[str, float, str]] = [("9", 9, "أشخاص"), ("11", 11, "أشخاص")]
    lib = _library(tmp_path, texts, [("صحيفة الوئام", "ORG")], figures, filler=25)
    assert _values(lib) == []  # only the outlet in common
    lib.close()


def test_a_date_read_as_a_figure_is_not_grouped(tmp_path: Path) -> None:
    texts = {
        "/a.txt": "الصفقة\n\nقال نادي الشباب إن إدارة نادي الأهلي ردت بخطاب رسمي يوم الثلاثاء 5-10 يطلب حضور اللاعب.",
        "/b.txt": "اللاعب\n\nذكر نادي الشباب أن إدارة نادي الأهلي ردت بخطاب رسمي يوم الثلاثاء 6-10 يطلب حضور اللاعب.",
    }
    lib = _library(tmp_path, texts, [("نادي الشباب", "ORG"), ("نادي الأهلي", "ORG")],
                   [("5-10", 5, "يطلب"), ("6-10", 6, "يطلب")])
    assert _values(lib) == []  # two dates, not five and six of something
    lib.close()
    text = "يوم السبت ٢ / ١٠ ثاني أيام العيد ومقتل 11 شخصا بنتيجة 5-0 في 2015-10"
    assert date_shaped(text, text.index("١٠"), text.index("١٠") + 2)
    assert not date_shaped(text, text.index("11"), text.index("11") + 2)
    assert not date_shaped(text, text.index("5-0"), text.index("5-0") + 3)  # a score
    assert not date_shaped(text, text.index("2015"), text.index("2015") + 7)  # a year and a month
