"""English labels with their source (sahifa.nlp.labels): the measure, each source, projection from an
aligned English sentence, sanitising, and degradation when a name resource is missing or damaged."""

from __future__ import annotations

import logging
import shutil
import sys
import unicodedata
from pathlib import Path

import pytest

from sahifa.core.arabic import fold
from sahifa.nlp import labels as L
from sahifa.nlp import labels_match, labels_sources
from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import Label, LabelResolver, project_label, recognisable

NAMES = Path(__file__).resolve().parents[2] / "resources" / "names"


def _romanizer_available() -> bool:
    try:
        import arabic_name_romanizer  # noqa: F401
    except Exception:  # noqa: BLE001 - absent or broken: the tests that need it are skipped
        return False
    return True


needs_index = pytest.mark.skipif(not _romanizer_available(), reason="arabic-name-romanizer not installed")


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for)


# --- the measure ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("label", "reference"), [
    ("Al-Nassr", "Al Nassr"),
    ("Al Nassr", "Nassr"),                         # the article is folded away
    ("Abdullah Al-Anzi", "Abdullah Al-Anazi"),  # one letter in five may differ
    ("King Cup", "King's Cup"),
    ("Francois Hollande", "François Hollande"),    # accents
    ("Salman bin Abdul Aziz", "Salman bin Abdulaziz"),  # a word written in two
    ("Jean Francois Girault", "Jean-François Girault"),  # hyphens
    ("Ministry of Interior (Saudi)", "Ministry of Interior Saudi"),  # parentheses
])
def test_recognisable_accepts_spelling_variants(label: str, reference: str) -> None:
    assert recognisable(label, reference)


@pytest.mark.parametrize(("label", "reference"), [
    ("Jimmy Kartar", "Jimmy Carter"),
    ("Ronald Righan", "Ronald Reagan"),
    ("Qanaa Suez Authority", "Suez Canal Authority"),
    ("Salman bin Abdulaziz Al Saud", "Salman bin Abdulaziz"),  # an extra word is not the same name
    ("Saudi Football Federation", "Saudi Arabian Football Federation"),
    ("", "Riyadh"),
    ("Riyadh", ""),
])
def test_recognisable_rejects_other_names(label: str, reference: str) -> None:
    assert not recognisable(label, reference)


def test_fold_label_and_word_similarity() -> None:
    assert L.fold_label("Al-Nassr (Riyadh) El-Hadary") == ["nassr", "riyadh", "hadary"]
    assert L.word_similarity("anzi", "anazi") == pytest.approx(0.8)
    assert L.word_similarity("kartar", "carter") < 0.8


# --- sanitising -----------------------------------------------------------------------------------------
def test_sanitize_removes_control_and_bidi_characters() -> None:
    assert L.sanitize_label("Al\u202eRiyadh\u200f\x00 Club\u2028x\u2066") == "AlRiyadh Club x"
    assert L.sanitize_label("  Abdel\tFattah \n") == "Abdel Fattah"


def test_sanitize_fast_path_covers_every_control_and_format_character() -> None:
    """The regex that lets clean text skip the per-character check must know every Cc/Cf/Zl/Zp/Cs/Co
    character of this Python's Unicode, or a bidi control could pass."""
    missed = [hex(c) for c in range(sys.maxunicode + 1)
              if unicodedata.category(chr(c)) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co")
              and labels_match._SUSPECT.match(chr(c)) is None]
    assert missed == []


def test_labels_of_names_with_bidi_characters_are_clean(res: LabelResolver) -> None:
    label = res.resolve("\u202eحجة\u200f", "LOC")
    assert label.text == "Hajjah"
    person = res.resolve("محمد \u202bالمزروعي\u202c", "PERSON")
    assert person.text and all(unicodedata.category(c) not in ("Cc", "Cf") for c in person.text)


# --- sources ----------------------------------------------------------------------------------------------
def test_gazetteer_first(res: LabelResolver) -> None:
    assert res.resolve("واشنطن", "LOC") == Label("Washington", "gazetteer")


@pytest.mark.parametrize(("arabic", "english"), [
    ("حجة", "Hajjah"),            # transliterated "Haja" before
    ("القريتين", "Al Qaryatayn"),
    ("المبرز", "Al Mubarraz"),
    ("تمبكتو", "Timbuktu"),
])
def test_geonames_places(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "LOC") == Label(english, "geonames")


def test_geonames_spelling_without_long_vowels(res: LabelResolver) -> None:
    """بتسبرغ (no ي) is GeoNames' بيتسبرغ: "Bitsabaragh" before."""
    assert res.resolve("بتسبرغ", "LOC") == Label("Pittsburgh", "geonames")


def test_geonames_fuzzy_match_only_drops_long_vowels(res: LabelResolver) -> None:
    """غرفتين ("two rooms") shares Grafton's consonants (غرافتون) but is not it spelled without vowels;
    كامبرويل (Camberwell) is not كيمبرلي (Kimberley): GeoNames has no Arabic name for it, its sound
    does (labels_sound)."""
    assert res.resolve("غرفتين", "LOC").source == "transliteration"
    assert res.resolve("كامبرويل", "LOC") == Label("Camberwell", "name-list")


def test_country_known_by_its_official_form(res: LabelResolver) -> None:
    """The gazetteer has only جمهورية مالي; مالي alone was labelled with the adjective "Malian"."""
    assert res.resolve("مالي", "LOC") == Label("Mali", "gazetteer")


@pytest.mark.parametrize(("arabic", "english"), [
    ("وزارة التعليم السعودية", "Saudi Ministry of Education"),  # the adjective, not "Saudi Arabia"
    ("رئاسة السعودية", "Presidency of Saudi Arabia"),            # the country after an of-head
    ("سفارة السعودية", "Saudi Embassy"),                          # a mission: the state's adjective
    ("إدارة أوباما", "Obama Administration"),                     # a known name goes in front
])
def test_glossary_nationality_or_country(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "ORG") == Label(english, "glossary")


@pytest.mark.parametrize(("arabic", "english"), [
    ("وزارة الخارجية", "Ministry of Foreign Affairs"),
    ("وزارة الشؤون البلدية والقروية", "Ministry of Municipal and Rural Affairs"),
    ("هيئة قناة السويس", "Suez Canal Authority"),
    ("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights"),
    ("أمانة منطقة الرياض", "Riyadh Municipality"),               # a city's own body: no "Region"
    ("بلدية محافظة الرس", "Al-Rass Municipality"),
    ("المديرية العامة للجوازات", "General Directorate of Passports"),  # an of-head: "of", not "for"
    ("هيئة المساحة الجيولوجية", "Saudi Geological Survey"),  # its official English name (glossary phrase)
    ("مستشفى الملك خالد التخصصي بتبوك", "King Khalid Specialist Hospital"),  # its town dropped, as in English
    ("مستشفى الملك خالد بتبوك", "King Khalid Hospital"),  # بتبوك ends the name after the title
    ("إدارة المرور بوزارة الداخلية", "Traffic Department"),   # and its parent body
    ("الحزب الديمقراطي التقدمي", "Progressive Democratic Party"),
    ("كأس الاتحاد الإنجليزي", "English FA Cup"),
    ("المحكمة الدستورية العليا", "Supreme Constitutional Court"),
    ("اللجنة الأولمبية الكويتية", "Kuwaiti Olympic Committee"),
    ("الدوري الإسباني الممتاز", "Spanish Premier League"),
    ("غرب أفريقيا", "West Africa"),
    ("مهرجان التراث بالطائف", "Taif Heritage Festival"),  # an event keeps its place
    ("مسجد الحسين", "Al-Hussein Mosque"),
])
def test_glossary_institutions(res: LabelResolver, arabic: str, english: str) -> None:
    typ = "LOC" if arabic.startswith(("غرب", "مسجد")) else "MISC" if arabic.startswith("مهرجان") else "ORG"
    label = res.resolve(arabic, typ)
    assert recognisable(label.text, english), label
    assert label.source == "glossary"


@needs_index
def test_glossary_composes_person_names(res: LabelResolver) -> None:
    """A university named after a king: "Al-Malak Abd Al-Aziz University" before."""
    assert res.resolve("جامعة الملك عبدالعزيز", "ORG") == Label("King Abdulaziz University", "glossary")
    assert res.resolve("مستشفى الأمير سلطان", "ORG").text == "Prince Sultan Hospital"


@pytest.mark.parametrize("arabic", ["صحيفة التجاري", "الزراعية"])
def test_a_paper_named_by_a_common_word_is_not_translated(res: LabelResolver, arabic: str) -> None:
    """A paper the glossary's outlets do not list (those are in test_labels_outlets.py) is not translated:
    صحيفة التجاري is Al-Tajari, not "Commercial"; الزراعية is Al-Zaraiya, not "Agricultural"."""
    label = res.resolve(arabic, "ORG")
    assert label.source == "transliteration" and label.text.split()[0].startswith("Al-"), label


@pytest.mark.parametrize(("arabic", "english"), [
    ("البقاع الغربي", "West Bekaa"), ("الرياض الشمالي", "North Riyadh"),
])
def test_a_place_with_a_compass_adjective(res: LabelResolver, arabic: str, english: str) -> None:
    """The direction goes first, as a name: not "Beqaa Western"."""
    label = res.resolve(arabic, "LOC")
    assert recognisable(label.text, english) and label.source == "glossary", label


def test_a_mountain_keeps_its_arabic_head_before_a_local_name(res: LabelResolver) -> None:
    """Mount Sinai (a known name), but Jabal Al-Nour: Saudi papers keep جبل before a name they only
    transliterate ("Mount Al-Nour" is no name a reader has seen)."""
    assert res.resolve("جبل سيناء", "LOC") == Label("Mount Sinai", "glossary")
    assert res.resolve("جبل النور", "LOC").text == "Jabal Al-Nour"
    assert res.resolve("جبل طويق", "LOC").text.startswith("Jabal ")


def test_glossary_with_an_unknown_part_is_a_guess(res: LabelResolver) -> None:
    label = res.resolve("وزارة الزقزقة", "ORG")
    assert label.text.startswith("Ministry of ")
    assert label.is_guess


@needs_index
@pytest.mark.parametrize(("arabic", "english"), [
    ("جيمي كارتر", "Jimmy Carter"),          # "Jimmy Kartar" before
    ("رونالد ريغان", "Ronald Reagan"),        # "Ronald Righan"
    ("دييغو كوستا", "Diego Costa"),          # "Diego Kusta"
    ("رمضان قديروف", "Ramadan Kadyrov"),
    ("عبد ربه منصور هادي", "Abdrabbuh Mansour Hadi"),
])
def test_name_index_people(res: LabelResolver, arabic: str, english: str) -> None:
    label = res.resolve(arabic, "PERSON")
    assert recognisable(label.text, english), label
    assert label.source == "name-index"


@pytest.mark.parametrize(("arabic", "english"), [
    ("الدحيم", "Al-Duhaim"), ("الغفيلي", "Al-Ghufaili"), ("التويجري", "Al-Tuwaijri"),
    ("الزويمل", "Al-Zuwaimil"), ("الشويهين", "Al-Shuwaihin"), ("الخضير", "Al-Khudair"),
    ("الشمري", None), ("العيسى", None), ("الميلبي", None), ("الدحيمات المتحدة", None),
])
def test_diminutive_family_names(arabic: str, english: str | None) -> None:
    from sahifa.nlp.translit import diminutive

    assert diminutive(arabic) == english


@needs_index
def test_unknown_saudi_family_names_read_as_diminutives(res: LabelResolver) -> None:
    """A surname no source knows is read fuʿayl (Al-Ghufaili, not Al-Ghafili); one the name index knows
    keeps the index's spelling (الحميد, الرشيد: the faʿīl names)."""
    assert res.resolve("أيمن الزويمل", "PERSON") == Label("Ayman Al-Zuwaimil", "transliteration")
    assert res.resolve("محمد الغفيلي", "PERSON").text == "Mohammed Al-Ghufaili"
    for name in ("عبدالله الحميد", "فهد الرشيد"):
        label = res.resolve(name, "PERSON")
        assert label.source == "name-index" and "Humaid" not in label.text and "Rushaid" not in label.text


@needs_index
def test_newspaper_form_of_long_names(res: LabelResolver) -> None:
    """One bin before a family name is kept, as the train gold mostly writes it (session 13); a longer
    chain before it is dropped; a royal keeps his first bin; a name that is only a chain is printed
    whole, every bin as written (the Saudi press agency's English: Prince Khalid bin Saud bin Abdulaziz)."""
    assert res.resolve("فهد بن سعد القحطاني", "PERSON").text.split()[:2] == ["Fahad", "bin"]
    assert len(res.resolve("فهد بن سعد القحطاني", "PERSON").text.split()) == 4
    assert len(res.resolve("فهد بن سعد بن علي القحطاني", "PERSON").text.split()) == 2
    assert recognisable(res.resolve("تركي بن طلال بن عبدالعزيز آل سعود", "PERSON").text, "Turki bin Talal")
    assert recognisable(res.resolve("محمد بن نايف بن عبدالعزيز", "PERSON").text,
                        "Mohammed bin Nayef bin Abdulaziz")
    assert recognisable(res.resolve("فيصل بن ناصر بن حمد", "PERSON").text, "Faisal bin Nasser bin Hamad")
    assert recognisable(res.resolve("نوف بنت طلال", "PERSON").text, "Nouf bint Talal")


@needs_index
@pytest.mark.parametrize(("arabic", "english"), [
    ("وليد العتيبي", "Waleed Al-Otaibi"),       # Walid, the gazetteer's spelling, before
    ("سعيد الدوسري", "Saeed Al-Dosari"),        # Said
    ("يوسف الغامدي", "Yousef Al-Ghamdi"),       # Youssef
    ("فهد المطيري", "Fahad Al-Mutairi"),        # Fahd
    ("عبدالمجيد السبيعي", "Abdulmajeed Al-Subaie"),  # Abdelmajid
])
def test_gulf_spelling_of_given_names(res: LabelResolver, arabic: str, english: str) -> None:
    """Saudi and Gulf names are spelled as the Gulf press prints them (gulf_names.tsv, from the
    romanizer's Wikidata rows of the Gulf states), not by the Levantine convention."""
    assert res.resolve(arabic, "PERSON") == Label(english, "name-index")


@needs_index
def test_gulf_spelling_keeps_a_well_attested_project_spelling(res: LabelResolver) -> None:
    """Mohammed is a Gulf spelling as well (Wikidata's Muhammad is not twice as frequent): it stays."""
    assert res.resolve("محمد الشهري", "PERSON").text == "Mohammed Al-Shehri"


def test_gulf_names_prefer_rule() -> None:
    gulf = labels_sources._GulfNames({"a": "Waleed 67|Walid 6", "b": "Muhammad 511|Mohammed 429|Mohamed 232",
                                      "c": "Al-Otaibi 33|Al-Otaybi 2"})
    assert gulf.prefer("a", "Walid") == "Waleed"
    assert gulf.prefer("a", "Waleed") is None          # already the Gulf spelling
    assert gulf.prefer("b", "Mohammed") is None         # attested at least half as often: kept
    assert gulf.prefer("b", "Mohamad") == "Muhammad"    # not a Gulf spelling: replaced
    assert gulf.prefer("c", None) == "Al-Otaibi"
    assert gulf.prefer("zz", "Walid") is None           # not attested: nothing to say


def test_gulf_central_table_is_current() -> None:
    """gulf_central.tsv (packaging/gen_gulf_central.py) holds the central spelling of every Gulf unit
    that has one, as the rule computes it today, and names the gulf_names.tsv it was made from."""
    import hashlib

    from sahifa.nlp.labels_parts import _central_spelling

    table = labels_sources._read_table(NAMES / "gulf_names.tsv", 2, sentinel=True)
    computed = labels_sources._GulfNames(table)
    expected = {k: c for k, _ in table.items() if (c := _central_spelling(computed.groups(k))) is not None}
    stored = labels_sources._load_gulf(NAMES / "gulf_names.tsv")
    assert stored._central == expected and len(expected) >= 5  # (العنزي → Al-Anezi, مشعل → Meshaal)
    head = (NAMES / "gulf_central.tsv").read_text(encoding="utf-8").partition("\n")[0]
    assert f"sha256={hashlib.sha256((NAMES / 'gulf_names.tsv').read_bytes()).hexdigest()}" in head
    assert all(computed.central(k) == stored.central(k) for k, _ in table.items())


@needs_index
@pytest.mark.parametrize("damage", ["delete", "stale"])
def test_damaged_gulf_central_computes_the_spellings(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                     monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    """Without a usable gulf_central.tsv (missing, or made from another gulf_names.tsv) the central
    spellings are computed as before: the same labels, one warning."""
    names = _copy_names(tmp_path)
    central = names / "gulf_central.tsv"
    if damage == "delete":
        central.unlink()
    else:
        central.write_text(central.read_text(encoding="utf-8").replace("sha256=", "sha256=0"), encoding="utf-8")
    monkeypatch.setattr(labels_sources, "_WARNED", set())
    people = ("مشعل العنزي", "زهير القاضي", "محمد الشهري")
    expected = [LabelResolver(fallback=_label_for).resolve(n, "PERSON") for n in people]
    res = LabelResolver(names, fallback=_label_for)
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        assert [res.resolve(n, "PERSON") for n in people] == expected
    assert res.gulf is not None and res.gulf._central is None
    warnings = _warnings(caplog)
    assert len(warnings) == 1 and "gulf_central.tsv" in warnings[0]


@needs_index
def test_damaged_gulf_names_keep_the_index_spelling(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    names = _names_with_truncated(tmp_path, "gulf_names.tsv", 2)
    monkeypatch.setattr(labels_sources, "_WARNED", set())
    res = LabelResolver(names, fallback=_label_for)
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        labels = [res.resolve(n, "PERSON").text for n in ("وليد العتيبي", "سعيد الدوسري")]
    assert labels == ["Walid Al-Otaibi", "Said Al-Dosari"]  # the gazetteer's spellings, as before
    warnings = _warnings(caplog)
    assert len(warnings) == 1 and "gulf_names.tsv" in warnings[0]


@needs_index
@pytest.mark.parametrize(("arabic", "english"), [
    ("حمد بن محمد آل الشيخ", "Hamad bin Mohammed Al-Sheikh"),   # "Hamad Al Alcheikh" before (a French reading)
    ("خليل المسلم", "Khalil Al-Muslim"),             # "Almoslem"
    ("اليخاندرو سابيلا", "Alejandro Sabella"),       # a Western name that starts with ال letters stays
    ("جوزيه الميدا", "Jose Almeida"),
])
def test_family_names_with_the_article_keep_it(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "PERSON").text == english


def test_unknown_names_are_guesses_from_the_fallback() -> None:
    res = LabelResolver(fallback=lambda name, typ: f"guess of {name}", use_name_index=False)
    label = res.resolve("زقزوق فلفلان", "PERSON")
    assert label == Label("guess of زقزوق فلفلان", "transliteration")
    assert label.is_guess


def test_latin_names_are_kept_as_written(res: LabelResolver) -> None:
    assert res.resolve("District 9", "MISC") == Label("District 9", "original")


def test_labels_are_cached_per_name(res: LabelResolver) -> None:
    first = res.resolve("المبرز", "LOC")
    assert res.resolve("المبرز", "LOC") is first


def test_a_failing_source_never_stops_analysis(monkeypatch: pytest.MonkeyPatch,
                                               caplog: pytest.LogCaptureFixture) -> None:
    res = LabelResolver(use_name_index=False)

    class Boom(dict):  # the place table fails on look-up (a dict, so that a compiled resolver accepts it)
        def get(self, *_args: object) -> None:
            raise RuntimeError("boom")

    res.geonames = Boom({"x": "y"})
    with caplog.at_level(logging.ERROR, logger="sahifa.nlp.labels"):
        label = res.resolve("مدينة غير معروفة", "LOC")
    assert label.is_guess and label.text


# --- projection ---------------------------------------------------------------------------------------
def test_projection_finds_the_name_the_translation_writes() -> None:
    """قال جوش إيرنست … — the transliteration guessed "Josh Ayranasat"."""
    sentence = "White House spokesman Josh Earnest said on Monday that the talks would continue."
    assert project_label(["Josh Ayranasat"], sentence) == "Josh Earnest"


@pytest.mark.parametrize(("candidates", "sentence", "expected"), [
    (["Ramadan Qadiruf"], "Chechen leader Ramzan Kadyrov met Vladimir Putin in Moscow on Tuesday.",
     "Ramzan Kadyrov"),
    (["Arsin Finghar"], "Arsenal manager Arsene Wenger said his team deserved the win.", "Arsene Wenger"),
    (["Abu Bakr Al-Baghdadi"], "The leader of ISIS, Abu Bakr al-Baghdadi, appeared in a video.",
     "Abu Bakr al-Baghdadi"),
    (["Dan Kuts"], "Director of National Intelligence Dan Coats told senators on Tuesday.", "Dan Coats"),
    (["Bitsabaragh"], "The company moved its headquarters to Pittsburgh last year.", "Pittsburgh"),
    (["Ayman Al-Zawahri"], "Al-Qaeda leader Ayman al-Zawahiri called for attacks.", "Ayman al-Zawahiri"),
])
def test_projection_realistic_sentences(candidates: list[str], sentence: str, expected: str) -> None:
    assert project_label(candidates, sentence) == expected


@pytest.mark.parametrize(("candidates", "sentence"), [
    (["Josh Ayranasat"], "Barack Obama said on Monday that the agreement was a good deal for the United States."),
    (["Jimmy Kartar"], "Jordan's King Abdullah met John Kerry in Amman on Sunday."),
    (["Ramadan Qadiruf"], "Ramadan begins on Thursday, the Grand Mufti announced."),
    (["Dan Kuts"], "Dana Point is a small town in Orange County, California."),
])
def test_projection_does_not_take_another_name(candidates: list[str], sentence: str) -> None:
    assert project_label(candidates, sentence) is None


def test_projection_returns_none_without_input() -> None:
    sentence = "Barack Obama said on Monday that the agreement was a good deal for the United States."
    assert project_label(["Josh Ayranasat"], "") is None
    assert project_label([], sentence) is None


@needs_index
def test_resolver_projection_uses_its_own_candidates(res: LabelResolver) -> None:
    label = res.project("جوش إيرنست", "PERSON", "Josh Earnest, the spokesman, declined to comment.")
    assert label == Label("Josh Earnest", "projection")


def test_projection_output_is_sanitised() -> None:
    assert project_label(["Josh Earnest"], "Josh \u202eEarnest said") == "Josh Earnest"


# --- damaged resources ------------------------------------------------------------------------------------
def _copy_names(tmp_path: Path) -> Path:
    target = tmp_path / "names"
    shutil.copytree(NAMES, target)
    return target


def _names_with_truncated(tmp_path: Path, name: str, keep_one_in: int) -> Path:
    """A copy of the names resources whose ``name`` keeps only its first 1/``keep_one_in`` of lines."""
    names = _copy_names(tmp_path)
    path = names / name
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[: len(lines) // keep_one_in]) + "\n", encoding="utf-8")
    return names


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "sahifa.nlp.labels" and r.levelno == logging.WARNING]


@pytest.mark.parametrize("damage", ["truncate", "delete", "garble"])
def test_damaged_geonames_leaves_labels_as_today(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                 damage: str) -> None:
    names = _copy_names(tmp_path)
    path = names / "geonames_ar.tsv"
    if damage == "truncate":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif damage == "delete":
        path.unlink()
    else:
        path.write_bytes(b"\xff\xfe\x00garbage\x00" * 100)
    res = LabelResolver(names, fallback=_label_for, use_name_index=False)
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        labels = [res.resolve(name, "LOC") for name in ("حجة", "المبرز", "القريتين", "حجة")]
    assert [lab.text for lab in labels] == [_label_for(n, "LOC") for n in ("حجة", "المبرز", "القريتين", "حجة")]
    assert all(lab.source == "transliteration" for lab in labels)
    warnings = _warnings(caplog)
    assert len(warnings) == 1 and "geonames_ar.tsv" in warnings[0]
    # the other resources still work
    assert res.resolve("وزارة الخارجية", "ORG") == Label("Ministry of Foreign Affairs", "glossary")


def test_truncated_glossary_is_recognised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    names = _names_with_truncated(tmp_path, "glossary.tsv", 2)
    res = LabelResolver(names, fallback=_label_for, use_name_index=False)
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        label = res.resolve("هيئة قناة السويس", "ORG")
        res.resolve("وزارة الخارجية", "ORG")
    assert label == Label(_label_for("هيئة قناة السويس", "ORG"), "transliteration")
    warnings = _warnings(caplog)
    assert len(warnings) == 1 and "glossary.tsv" in warnings[0]


def test_world_names_with_a_malformed_row_are_dropped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    names = _copy_names(tmp_path)
    path = names / "world_names.tsv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\tCarter\n", "\tCarter\textra\n"), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        res = LabelResolver(names, use_name_index=False)
        res.resolve("بغداد", "LOC")
    assert res.world == {}
    assert len(_warnings(caplog)) == 1


def test_romanizer_import_failing_leaves_people_as_today(monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    for mod in [m for m in sys.modules if m.startswith("arabic_name_romanizer")]:
        monkeypatch.delitem(sys.modules, mod)
    monkeypatch.setitem(sys.modules, "arabic_name_romanizer", None)  # import raises ImportError
    monkeypatch.setattr(labels_sources, "_WARNED", set())
    res = LabelResolver(fallback=_label_for)
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        labels = [res.resolve(n, "PERSON") for n in ("جيمي كارتر", "رونالد ريغان", "جيمي كارتر")]
    assert [lab.text for lab in labels] == [_label_for(n, "PERSON") for n in ("جيمي كارتر", "رونالد ريغان",
                                                                               "جيمي كارتر")]
    warnings = _warnings(caplog)
    assert len(warnings) == 1 and "arabic-name-romanizer" in warnings[0]


def test_packaged_resources_are_whole() -> None:
    """The shipped TSVs pass the loader's own checks (row counts, columns, end line)."""
    assert len(labels_sources._read_rows(NAMES / "geonames_ar.tsv", (4,), counted=True, sentinel=False)) > 9000
    assert len(labels_sources._read_rows(NAMES / "world_names.tsv", (2,), counted=True, sentinel=False)) > 10000
    assert len(labels_sources._read_rows(NAMES / "gulf_names.tsv", (2,), counted=True, sentinel=True)) > 500
    assert len(labels_sources._read_table(NAMES / "name_units.tsv", 3, sentinel=True)) > 20000
    assert len(labels_sources._read_table(NAMES / "name_full.tsv", 3, sentinel=True)) > 10
    assert len(labels_sources._read_table(NAMES / "western_names.tsv", 2, sentinel=True)) > 15000
    glossary = labels_sources._load_glossary(NAMES / "glossary.tsv")
    assert len(glossary.heads) > 50 and glossary.patterns
    assert "GeoNames" in (NAMES / "ATTRIBUTION").read_text(encoding="utf-8")


def test_geonames_generator_writes_newspaper_english() -> None:
    """BGN's assimilated article and ʿayn marks are not what English newspapers print (Arab countries
    only: Es Castell and L'Aquila keep theirs)."""
    sys.path.insert(0, str(NAMES.parents[1] / "packaging"))
    try:
        from gen_geonames import ascii_name
    finally:
        sys.path.pop(0)
    assert ascii_name("Ḩajjah", "YE") == "Hajjah"
    assert ascii_name("Ad Dir'iyah", "SA") == "Al Diriyah"
    assert ascii_name("Al Bayda’", "LY") == "Al Bayda"
    assert ascii_name("Es Castell", "ES") == "Es Castell"
    assert ascii_name("L’Aquila", "IT") == "L'Aquila"


def test_threads_get_the_labels_one_thread_gets() -> None:
    import threading

    names = [("حجة", "LOC"), ("جيمي كارتر", "PERSON"), ("هيئة قناة السويس", "ORG"), ("محمد العنزي", "PERSON"),
             ("بتسبرغ", "LOC"), ("وزارة الخارجية السعودية", "ORG"), ("رمضان قديروف", "PERSON")] * 20
    expected = {n: LabelResolver(fallback=_label_for).resolve(*n) for n in set(names)}
    shared = LabelResolver(fallback=_label_for)
    got: list[tuple[tuple[str, str], Label]] = []

    def work(k: int) -> None:
        for n in names[k::4]:
            got.append((n, shared.resolve(*n)))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == len(names)
    assert all(label == expected[n] for n, label in got)


@needs_index
def test_plain_arabic_shortcut_agrees_with_the_romanizer() -> None:
    """For plain Arabic letters the resolver skips the romanizer's normalisation; the keys must agree."""
    from arabic_name_romanizer import normalize as rn

    words = ["أحمد", "إبراهيم", "آل سعود", "مصطفى", "فاطمة", "عبد الله", "ٱلرحمن", "یوسف", "عبدالعزيز",
             "ئابح", "مؤمن", "شيماء", "عيسى", "ليلى", "الحسين"]
    for w in words:
        if labels_sources._PLAIN_ARABIC.fullmatch(w):
            assert rn.normalize_arabic(w) == w
            assert fold(w) == rn.lookup_key(w)


# --- the generated tables: the index's answers, read without a query -------------------------------
@needs_index
def test_name_tables_answer_as_the_index_does() -> None:
    """name_units.tsv / name_full.tsv (packaging/gen_name_index.py) give what the SQLite queries give,
    for common, rare, article and particle units and whole names (a stale table would not)."""
    with_tables = labels_sources._NameIndex(False, NAMES)
    queried = labels_sources._NameIndex(False, None)
    assert with_tables._units is not None and queried._units is None
    units = ["محمد", "وليد", "العتيبي", "عبد الله", "بن سلمان", "الشمري", "كارتر", "زقزوقي", "هادي", "منصور"]
    for unit in units:
        assert with_tables.unit(unit) == queried.unit(unit), unit
    assert with_tables.unit("زقزوقي") is None
    for name in ("عبد ربه منصور هادي", "احمد ابراهيم", "محمد زقزوقي"):
        parts = queried.units(name)
        expected = queried.full(parts)
        expected = expected if expected is not None and expected[1] >= labels_sources._NameIndex.TRUST else None
        assert with_tables.full(parts) == expected, name
    assert with_tables.full(["احمد", "ابراهيم"]) is not None


def _table(tmp_path: Path, body: list[str], rows: int | None = None, end: bool = True) -> Path:
    path = tmp_path / "t.tsv"
    lines = [f"# t\trows={len(body) if rows is None else rows}", *body] + (["# end"] if end else [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_table_looks_up_and_checks(tmp_path: Path) -> None:
    table = labels_sources._read_table(_table(tmp_path, ["ب\tB\t2", "بب\tBB\t1", "ت\tT\t9"]), 3, sentinel=True)
    assert table.get("بب") == "BB\t1" and table.get("ب") == "B\t2" and table.get("ث") is None
    assert "ت" in table and "ث" not in table and len(table) == 3
    assert dict(table.items()) == {"ب": "B\t2", "بب": "BB\t1", "ت": "T\t9"}
    for body, rows, end in ((["ب\tB\t2", "ت\tT"], None, True),          # a row without its count
                            (["ب\tB\t2", "ت\tT\t9\tx"], None, True),    # an extra column
                            (["ت\tT\t9", "ب\tB\t2"], None, True),         # not sorted
                            (["ب\tB\t2", "", "ت\tT\t9"], None, True),     # an empty row
                            # an empty row whose tabs another row makes up for, in the body and first
                            (["ب\tB\t2\tx\ty", "", "ت\tT\t9"], None, True),
                            (["", "ب\tB\t2\tx\ty", "ت\tT\t9"], None, True),
                            (["\tB\t2", "ت\tT\t9"], None, True),          # an empty key
                            (["ب\tB\t2", "ت\tT\t9"], 3, True),            # truncated
                            (["ب\tB\t2", "ت\tT\t9"], None, False)):       # no end line
        with pytest.raises(labels_sources._Damaged):
            labels_sources._read_table(_table(tmp_path, body, rows, end), 3, sentinel=True)


@needs_index
def test_damaged_name_table_falls_back_to_the_index(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged name_units.tsv: the same labels, from the index's queries, and one warning."""
    names = _names_with_truncated(tmp_path, "name_units.tsv", 3)
    monkeypatch.setattr(labels_sources, "_WARNED", set())
    people = ("وليد العتيبي", "عبد ربه منصور هادي", "جيمي كارتر", "محمد الغفيلي")
    damaged = LabelResolver(names, fallback=_label_for)
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        labels = [damaged.resolve(n, "PERSON") for n in people]
    assert labels == [LabelResolver(fallback=_label_for).resolve(n, "PERSON") for n in people]
    assert damaged.index is not None and damaged.index.ok and damaged.index._units is None
    warnings = _warnings(caplog)
    assert len(warnings) == 1 and "name_units.tsv" in warnings[0]


def test_place_skeletons_table_agrees_with_geonames() -> None:
    """place_skeletons.tsv (packaging/gen_place_skeletons.py) is what the resolver would build from
    geonames_ar.tsv: regenerate it whenever GeoNames is."""
    from sahifa.nlp.labels_parts import place_skeletons

    table = labels_sources._read_table(NAMES / "place_skeletons.tsv", 3, sentinel=True)
    built = place_skeletons(labels_sources._read_table(NAMES / "geonames_ar.tsv", 4, sentinel=False).items())
    assert dict(table.items()) == built and len(built) > 2000


def test_damaged_place_skeletons_are_built_from_geonames(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    names = _copy_names(tmp_path)
    (names / "place_skeletons.tsv").unlink()
    monkeypatch.setattr(labels_sources, "_WARNED", set())
    res = LabelResolver(names, fallback=_label_for, use_name_index=False)
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        labels = [res.resolve(n, "LOC") for n in ("بتسبرغ", "كامبرويل", "بتسبرغ")]
    packaged = LabelResolver(fallback=_label_for, use_name_index=False)
    assert labels == [packaged.resolve(n, "LOC") for n in ("بتسبرغ", "كامبرويل", "بتسبرغ")]
    assert labels[0] == Label("Pittsburgh", "geonames")
    warnings = _warnings(caplog)
    assert len(warnings) == 1 and "place_skeletons.tsv" in warnings[0]


@needs_index
def test_split_units_is_the_romanizers() -> None:
    """The labeller's copy of the romanizer's split_units (compiled with it, issue #13) gives the
    package's units on every person of the train and tune gold and on made-up particle chains."""
    import itertools
    import json
    import random

    from arabic_name_romanizer import normalize as rn

    gold = Path(__file__).resolve().parents[1] / "data" / "gold" / "real"
    names = {rn.normalize_arabic(e["canonical"]) for part in ("train", "tune") for f in (gold / part).glob("*.json")
             for e in json.loads(f.read_text(encoding="utf-8"))["entities"] if e["type"] == "PERSON"}
    words = ["محمد", "بن", "بنت", "ابن", "آل", "أبو", "عبد", "الله", "الدين", "عبدالرحمن", "عبدالله", "سعود",
             "عبدالع", "ذو", "سيف", "العتيبي"]
    rng = random.Random(13)
    names |= {" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(3000)}
    names |= {" ".join(c) for c in itertools.product(words[:8], repeat=2)}
    assert len(names) > 3000
    particles, suffixes = frozenset(rn.PARTICLES), frozenset(rn.SUFFIX_PARTICLES)
    assert [n for n in names if labels_sources._split_units(n, particles, suffixes) != rn.split_units(n)] == []
