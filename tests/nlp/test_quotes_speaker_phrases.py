"""Quote speakers and sources: a titled name in a speaker phrase, a bracketed outlet name, كاشفا/معتقدا + أن as cues, an agency after a clause that has its own speaker. Sentences written for the tests, names invented; the classes come from the twelfth blind batch (session 17)."""

from __future__ import annotations

from tests.nlp.test_quotes import art, ents, quotes_of


def test_bracketed_outlet_name_after_its_head_noun_is_part_of_the_source() -> None:
    # "وبحسب صحيفة (X) فإن …": the phrase stopped at the bracket, leaving the bare head "صحيفة"
    text = "وبحسب صحيفة (المستقبل) فإن المدرب الجديد سيصل إلى المدينة خلال الأسبوع المقبل."
    qs = quotes_of(art(text))
    assert [(q.speaker, q.quote) for q in qs] == [
        ("صحيفة (المستقبل)", "المدرب الجديد سيصل إلى المدينة خلال الأسبوع المقبل")]


def test_titled_name_after_an_untitled_one_in_the_role_phrase_speaks() -> None:
    # "كشف عضو الشرف المعارض لبقاء فلان الأمير علان أن …": the titled name in apposition is the speaker,
    # not the one inside the role phrase; the continuations follow it
    a = art("كشف عضو شرف النادي المعارض لبقاء سالم الفارس الأمير خالد بن فهد أن هناك آراء مختلفة داخل النادي، "
            "مبينا أنه نجح كمدرب في الموسم الماضي.")
    e = ents(a.text, ("سالم الفارس", "PERSON", "سالم الفارس"), ("خالد بن فهد", "PERSON", "خالد بن فهد"))
    qs = quotes_of(a, e)
    assert [(q.speaker, q.cue) for q in qs] == [("خالد بن فهد", "كشف"), ("خالد بن فهد", "مبينا")]


def test_revealing_and_believing_participles_report_before_a_complementizer() -> None:
    # "…، كاشفا أنه …", "…، معتقدا أن …": the حال of the speaker, like مفيدا أن (quotes_participles)
    qs = quotes_of(art("وقال المدير إن الفريق جاهز للمباراة، كاشفا أنه احتاج إلى يوم كامل لاستيعاب القرار، "
                       "معتقدا أن الخطأ كان في اختيار الجهاز المساعد."))
    assert [(q.speaker, q.cue) for q in qs] == [("المدير", "قال"), ("المدير", "كاشفا"), ("المدير", "معتقدا")]
    # not a participle used as a plain word without what was said
    assert [q.cue for q in quotes_of(art("وقال المدير إن الفريق جاهز، كاشفا عن وجهه أمام الجمهور."))] == ["قال"]


def test_agency_closing_a_clause_that_has_its_own_speaker_is_no_second_speaker() -> None:
    # "وشدد المصدر على …”.وفقا للالمانية.": the source speaks, the agency carried it (gold: at most optional)
    qs = quotes_of(art("وشدد المصدر على توفير كافة وسائل الدعم اللوجستي من الأمن والإسعافات والتنظيم.وفقا للالمانية. "
                       "ورشح الخبراء لاعبين آخرين."))
    assert [q.speaker for q in qs if q.speaker == "الالمانية"] == []
    # a country's act is still reported by the agency that closes it
    qs = quotes_of(art("وأعلنت الحكومة والشركة عن خطط لعقد أول مؤتمر اقتصادي مشترك في العاصمة، وفقا للفرنسية."))
    assert [q.speaker for q in qs] == ["الفرنسية"]
