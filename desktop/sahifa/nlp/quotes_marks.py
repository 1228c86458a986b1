"""What looks like attribution and is not: quotation marks that are not what was said (a quoted fragment
inside a reported clause, a quoted name between a speech verb and its complementizer: ``أكدت شركة «…» في
تقرير أن …``), "لفت انتباه" (drew attention), and a source phrase that is a measure (``وفق تقاليد …``)."""

from __future__ import annotations

from .quotes_lexicon import _CUE_TOKENS, _OPENERS, _PREPS, _SENT_PUNCT, _SOURCE_NOUNS, _SPEAKER_NOUNS
from .quotes_tokens import _bare, _is_particle, _pair_opening_at, _Sent

# words right after a closing mark that still end the quotation: the attribution's own tail
# ("… " على حد تعبيره", "… " حسب قوله", "…" كما قال)
_TAIL_WORDS = frozenset("على حسب بحسب وفق وفقا طبقا تبعا كما حسبما".split())
_SEPARATORS = frozenset("،,؛;")
_FRAGMENT_WORDS = 6  # a quotation this short inside a clause is a phrase the writer marked, not the speech


def quoted_fragment(s: _Sent, o: int, c: int, end: int) -> bool:
    """Whether the quotation tokens (o, c) is a short fragment that the reported clause runs on after
    (``أن فعالية عروض «الصوت والضوء» من الفعاليات …``): a word, not punctuation, follows the closing
    mark, and two more words follow before the clause ends. Such a clause is reported speech with the
    marks inside it (the gold convention), not a direct quote."""
    if s.words[c] - s.words[o] > _FRAGMENT_WORDS or c + 1 >= end:
        return False
    nxt = s.toks[c + 1]
    if not nxt[0].isalnum() or nxt in _TAIL_WORDS:
        return False
    return s.words[end] - s.words[c + 1] >= 2


def name_before_complementizer(s: _Sent, j: int, limit: int, skip: int) -> tuple[int, int]:
    """When token j opens a short quotation (a name: 1–5 words), or token j is ``في`` or ``ل`` and a
    quotation opens at most ``skip`` words later ("مدير الفرع في منطقة الرياض "المهندس فلان"", "لـ«عكاظ»"),
    and a complementizer (أن/إن/بأن) follows its close within eight tokens with no sentence break or
    other quotation between (``كشف «مكتب X» المعارض، أن …``): (the opening mark's index, the index after
    the closing mark); else (-1, -1). The quoted name is the speaker's or the addressee's, not what was said."""
    toks = s.toks
    n = min(limit, len(toks))
    o = j
    if skip > 0 and j < n and (toks[j] in ("في", "ل", "لـ") or (toks[j].startswith("ل") and s.inq[j] < 0)):
        while o < min(n, j + 1 + skip) and toks[o][0].isalnum():
            o += 1
    p = _pair_opening_at(s, o) if o < n else -1
    if p < 0:
        return -1, -1
    c = s.closes[p]
    if not 1 <= s.words[c] - s.words[o] <= 5:
        return -1, -1
    for x in range(c + 1, min(n, c + 9)):
        t = toks[x]
        if (t in _SENT_PUNCT and t not in _SEPARATORS) or s.inq[x] >= 0 or not (t[0].isalnum() or t in _SEPARATORS):
            return -1, -1
        if _is_particle(t) and not t.startswith("ف"):
            return o, c + 1
    return -1, -1


# nouns of saying that a pronoun may own in a source ("بحسب قوله", "على حد تعبيره", "وفق روايتها")
_SAYING_NOUNS = frozenset("قول تعبير وصف رواية روايت كلام تصريح تصريحات زعم تأكيد تأكيدات بيان تقدير تقديرات "
                          "معلومات مصادر مصدر تقرير إفادة افادة شهادة".split())


def own_noun(head: str) -> bool:
    """A source noun with a possessive pronoun whose stem is not a noun of saying ("اختصاصها")."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if head.endswith(suffix) and len(head) - len(suffix) >= 3:
            stem = head[: -len(suffix)]
            if stem.endswith("ت"):
                stem = stem[:-1] + "ة"
            return stem not in _SAYING_NOUNS and stem.rstrip("ة") not in _SAYING_NOUNS
    return False


# "لفت X انتباه Y إلى …", "لفتت الأنظار": drew attention (not speech) unless a complementizer follows
_ATTENTION = frozenset("انتباه أنظار انظار".split())


def colon_quotation(s: _Sent, k: int) -> bool:
    """Whether the content at token k is a quotation opened after a colon ("ويعلق مبتسما: «…»"): someone
    speaking, whatever the verb's tense (not the impersonal "ويُعتقد أن")."""
    return 1 <= k < len(s.toks) and s.toks[k - 1] == ":" and (s.toks[k] in _OPENERS or s.toks[k] == '"')


def not_speech(s: _Sent, lemma: str, form: str, i: int, k: int) -> bool:
    """Whether the verb cue at token i (``form`` without its clitic) with its content at token k reports
    nothing: "لفت انتباه X إلى <noun>" (drew attention: an attention noun between them and no complementizer
    right before k; "لفت انتباهه إلى أن …" reports), or the present of تابع ("يتابع": follows, watches)
    unless a quotation after a colon follows ("وتتابع: «…»": goes on)."""
    if lemma == "تابع":
        return form in ("يتابع", "تتابع") and not colon_quotation(s, k)
    if lemma != "لفت" or (k >= 1 and _is_particle(s.toks[k - 1])):
        return False
    return any(_bare(t) in _ATTENTION for t in s.toks[i + 1 : k])


def measure_source(s: _Sent, a: int, b: int, first: str, named: bool) -> bool:
    """Whether the source phrase tokens [a, b) after وفق/حسب/بحسب (no verb of its own) is a measure, not
    who said it: an indefinite common noun of two words or more that is no source noun, no title and
    names no entity (``وفق تقاليد الكتب الكلاسيكية``, ``وفق إستراتيجية محكمة``, ``حسب عدد من …``,
    ``وفقا لنص القانون``). ``first``: the first word without its ل; ``named``: an entity overlaps."""
    if named or b - a < 2 or first.startswith("ال") or not first[0].isalpha():
        return False
    for t in [first, *s.toks[a + 1 : b]]:
        for w in (_bare(t), _bare(t[1:]) if t.startswith("ل") else ""):  # "لتقرير", "للعمال"
            if w in _SOURCE_NOUNS or w in _SPEAKER_NOUNS:
                return False
    return True


def after_colon(s: _Sent, j: int, limit: int) -> int:
    """The token after the first colon within ten tokens from j, before any other punctuation ("وتابع
    وهو يتذكر الهجوم: «…»"); -1 when there is none."""
    for x in range(j, min(limit, len(s.toks), j + 10)):
        t = s.toks[x]
        if t == ":":
            return x + 1
        if not t[0].isalnum():
            return -1
    return -1


def past_dateline(s: _Sent, lead: int, cue: int) -> int:
    """The first token of a sentence's clause after a dateline or byline that ends in a colon within its
    first six words ("سبق- الرياض: …", "أحمد علي- سبق- القاهرة: …", "سبق - الوكالات : …"): not what a
    source at the end of the sentence reported; else ``lead``."""
    for x in range(lead, cue):
        t = s.toks[x]
        if s.words[x] - s.words[lead] > 6 or t in _SENT_PUNCT or s.inq[x] >= 0:
            break
        if t == ":":
            return x + 1
    return lead


def name_after_role(s: _Sent, b: int, n: int, person_at: int) -> int:
    """The end of a source phrase cut at its word limit when a person's name follows its role (حسب
    الناطق الرسمي باسم مجلس قيادة الحراك الأهلي الشمالي سالم الحدادي): ``person_at`` is the token
    index where that PERSON mention ends (exclusive) when one starts at token b, else -1."""
    return person_at if b < n and person_at > b and s.toks[b][0].isalpha() else b


def fa_opener(t: str) -> bool:
    """Whether token t opens the main clause after a source phrase: فإن/فإنه … or فقد ("وبحسب X فقد وقع …")."""
    return (t.startswith("ف") and _is_particle(t)) or t in ("فقد", "فلقد")


def inner_subject(s: _Sent, k: int, i: int) -> tuple[int, int]:
    """The tokens [k, i) when a reported clause (from token k, after its complementizer) opens with a noun
    phrase of one to twelve words standing right before the speech verb at token i: that phrase is the verb's
    subject, a report nested in the report ("قالت الوكالة إن المفتي العام الشيخ فلان أعلن عن أن …"); else
    (-1, -1)."""
    if k < 0 or i <= k or not 1 <= s.words[i] - s.words[k] <= 12:
        return -1, -1
    for t in s.toks[k:i]:
        if not t[0].isalnum() or _is_particle(t) or t in _CLAUSE_HEADS:
            return -1, -1
    return k, i


# words that open a clause of their own, not a subject ("أن هناك …", "أن ما …", "أن من …")
_CLAUSE_HEADS = frozenset("هناك هنالك ما من لا لم لن قد كان كانت هذا هذه ذلك تلك الذي التي".split())


def speaker_tail(s: _Sent, after: int) -> int:
    """The end of the sentence when only a prepositional tail of the speaker follows token ``after``
    (من/في/ب… and at most six words, no cue, no punctuation but a final stop: "…، كما ذكرت صحافية من وكالة
    فرانس برس."); else ``after``."""
    toks = s.toks
    n = len(toks)
    if after >= n or toks[after] not in ("من", "في", "لدى", "عن") or s.words[n] - s.words[after] > 7:
        return after
    for x in range(after, n):
        t = toks[x]
        if t in _CUE_TOKENS or _is_particle(t) or (not t[0].isalnum() and not (x == n - 1 and t in _SENT_PUNCT)):
            return after
    return n


# words that name what follows them in quotation marks: a title, not what was said
_TITLE_WORDS = frozenset("المعنون المعنونة بعنوان عنوان عنوانه عنوانها المسمى المسماة باسم اسم".split())


def titled(s: _Sent, j: int) -> bool:
    """Whether the quotation opening at token j is a title ("في كتابه المعنون "…"", "بعنوان «…»")."""
    return j > 0 and s.toks[j - 1] in _TITLE_WORDS


# a count before a group's plural noun: "أشاد عدد من سيدات المجتمع", "عبر عشرات من الأهالي"
_GROUP_COUNTS = frozenset("عدد عشرات مئات آلاف بعض جموع".split())
# broken plurals naming a group of people (sound plurals are recognised by their ending)
_RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللواتي اللاتي".split())
_GROUP_NOUNS = frozenset(
    "خبراء أهالي نواب أعضاء علماء مشايخ شهود سكان زوار تجار رجال جنود ضباط أطباء طلاب طلبة عمال شباب "
    "أبناء قادة زعماء وزراء سفراء نشطاء رؤساء قضاة أساتذة حجاج ركاب أئمة شعراء أدباء كتاب".split()
)


def _after_dateline(toks: list[str], n: int) -> int:
    """Index of the first token after a dateline opening the sentence ("سبق- جدة:", "الرياض - واس:": a
    dash, then a colon, within the first six tokens), else 0."""
    for j in range(1, min(n, 6)):
        if toks[j] == ":":
            return j + 1 if any(t in ("-", "–", "—") for t in toks[:j]) else 0
    return 0


def _construct_plural(toks: list[str], a: int, n: int) -> bool:
    """A masculine sound plural in construct, its ن dropped before a definite genitive ("منسوبو القوات",
    "موظفو الوزارة", "ممثلو الشركات"): a participle-shaped word (م…) ending in و."""
    t = toks[a]
    return len(t) >= 5 and t.endswith("و") and t[0] == "م" and a + 1 < n and toks[a + 1].startswith("ال")


# broken plurals of people that name a group only in construct ("كبار السن", "أصحاب المحلات")
_CONSTRUCT_GROUPS = frozenset("كبار أصحاب أفراد أولياء ذوي".split())


def _genitive_construct(toks: list[str], a: int, n: int) -> bool:
    """After a count and من ("عدد من مسؤولي الشركة", "عدد من كبار السن") the group's noun is genitive: a
    masculine sound plural in construct ends in ي (its ن dropped) before a definite genitive, and a few
    broken plurals of people stand in construct. Only after the count, where the genitive case is certain
    (elsewhere a word in ي before ال is as often a nisba adjective or a singular)."""
    t = toks[a]
    if a + 1 >= n or not toks[a + 1].startswith("ال"):
        return False
    return t in _CONSTRUCT_GROUPS or (len(t) >= 5 and t.endswith("ي"))


def group_subject(s: _Sent, limit: int, feminine: bool) -> tuple[int, int]:
    """Tokens [a, b) of the plural group that is the subject of the verb opening the sentence ("أثنى
    مواطنون في محافظة …", "أشاد عدد من سيدات المجتمع …"): the speaker of a plural verb or participle
    without a subject of its own later on ("…، مؤكدين أن", ". وقالوا إن"). (-1, -1) when the sentence
    does not open with a verb and a plural noun of people (``ات`` for a feminine participle)."""
    toks = s.toks
    n = min(limit, len(toks))
    v = _after_dateline(toks, n)  # "سبق- جدة: شكا أهالي الحي …": the verb after the dateline
    a = v + 1
    if n < v + 3 or not toks[v][0].isalnum() or toks[v].startswith(("ال", "وال", "فال")) or _is_particle(toks[v]) \
            or (toks[v] in _PREPS and toks[v] != "حتى") or s.inq[v] >= 0:
        return -1, -1  # "بين الديمقراطيين، 69% قالوا": a preposition's noun is not the subject ("حتى" is "even")
    counted = toks[a] in _GROUP_COUNTS and toks[a + 1] == "من"
    if counted:
        a += 2
    if a >= n or s.inq[a] >= 0:
        return -1, -1
    head = _bare(toks[a])
    if feminine:
        plural = len(head) >= 5 and head.endswith("ات")
    else:
        plural = (len(head) >= 5 and (head.endswith("ون") or head.endswith("ين"))) or head in _GROUP_NOUNS \
            or _construct_plural(toks, a, n) or (counted and _genitive_construct(toks, a, n))
    if not plural:
        return -1, -1
    b = a + 1
    if head == toks[a] and (head.endswith("ون") or head.endswith("ين")):
        return a, b  # "اعتبر مختصون الدعم …": an indefinite sound plural keeps its ن only out of a construct
    while b < n and b - a < 4 and toks[b][0].isalnum() and toks[b].startswith("ال") and not _is_particle(toks[b]) \
            and toks[b] not in _RELATIVES:
        b += 1  # "سيدات المجتمع المكي": the noun's genitive and adjectives, not a prepositional phrase
    return a, b


# nouns of a person that, right after the verb opening a sentence, are its subject ("أثنى الزائر …",
# "توقع القنصل …"); posts and titles come from the phrase lexicon, these are the other people of news
_PERSON_HEADS = frozenset(
    "زائر زائرة زوج زوجة قنصل فنان فنانة لاعب لاعبة مدرب مواطن مواطنة معلم معلمة طالب طالبة شاعر شاعرة "
    "كاتب كاتبة مخرج مخرجة مؤلف محام محامي محامية متهم متهمة مالك صاحب صاحبة والد والدة شقيق شقيقة "
    "مهندس مهندسة طبيب طبيبة رئيس وزير وزيرة نائب أمير أميرة ملك متحدث متحدثة ناطق ناطقة مسؤول مسؤولة "
    "مسئول مصدر مصادر سفير سفيرة مدير مديرة محافظ قائد أمين".split()
)
# posts a definite description names someone by (with no name: the one the article spoke of before)
_POSTS = frozenset("رئيس رئيسة وزير وزيرة أمير أميرة سفير سفيرة قنصل محافظ ملك متحدث متحدثة ناطق ناطقة".split())
# "ومن جهته"، "من جانبه"، "بدوره": the subject's own side, before the verb
_SIDE_WORDS = frozenset("جهته جانبه ناحيته جهتها جانبها ناحيتها".split())


def verb_subject(s: _Sent, limit: int) -> tuple[int, int]:
    """Tokens (verb, first word of its subject) of a sentence that opens — after a short adverbial
    ending in a comma ("من جانب آخر،") or "ومن جهته" — with a verb followed by a word that may begin its
    subject; (-1, -1) when the sentence does not open so. The caller decides whether the word names a
    person."""
    toks = s.toks
    n = min(limit, len(toks))
    v = 0
    if n > 2 and toks[0] in ("من", "ومن") and toks[1] in _SIDE_WORDS:
        v = 2
    elif n > 1 and toks[0] in ("بدوره", "وبدوره", "بدورها", "وبدورها"):
        v = 1
    else:
        comma = next((x for x in range(min(n, 5)) if toks[x] in ("،", ",")), -1)
        if comma > 0 and (toks[0] in _PREPS or toks[0][1:] in _PREPS):
            v = comma + 1  # "من جانب آخر، توقع …", "وفي السياق ذاته، أشاد …"
    while v < n and toks[v] in ("،", ","):
        v += 1
    if v + 1 >= n:
        return -1, -1
    verb = toks[v]
    if not verb[0].isalpha() or verb.startswith(("ال", "وال", "فال")) or _is_particle(verb) or verb in _PREPS \
            or verb[1:] in _PREPS or s.inq[v] >= 0 or len(verb) < 3:
        return -1, -1
    a = v + 1
    if toks[a] in ("،", ",") and a + 1 < n:
        a += 1  # "اتهم الزوج، الجامعة": a comma the writer put after the subject's verb
    if s.inq[a] >= 0:
        return -1, -1
    return v, a
