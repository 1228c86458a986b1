"""Chinese personal names written in Arabic, romanised in Hanyu Pinyin (issue #13).

The Arabic press writes a Chinese name syllable by syllable, one word each (تشي جين بينغ, هو جين تاو,
جيانغ تسه مين); English writes the same name in Pinyin, the family name first and the given name's
syllables joined (Xi Jinping, Hu Jintao, Jiang Zemin). Letter-by-letter transliteration gives "Xi Jane
Peng"; a Western sound-alike gives "Deng Kecia Peng". Here each Arabic word is read back as ONE Pinyin
syllable: its Arabic onset (ب, تش, تس, كز …) and rhyme (ين, ينغ, انغ, او …) each map to the Pinyin
initials and finals it can stand for, and the first combination that is a syllable of Mandarin (the
closed inventory below, about 400 syllables, tones left out) is taken. No list of people: the syllable
inventory and the Arabic spelling conventions are general. The result is a reading, not an attested
spelling, so the resolver marks it as a transliteration.

A name is read as Chinese only when every word is such a syllable (two to four words, none longer than
six letters, no letter Mandarin has no sound for: ع ح ص ض ط ظ ق ذ ث) and it shows a Chinese trait: three
syllables or more, or a rhyme in -ng or an onset تش/تس/كز (a two-word Arab or Western name rarely has
them all).
"""

from __future__ import annotations

from .labels_match import sanitize_label
from .labels_sources import TRANSLITERATION, Label

# Mandarin syllables (Hanyu Pinyin, no tones; ü written v)
_SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce
cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan chuang chui chun chuo ci
cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du
duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng
gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai
huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao
ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang
liao lie lin ling liu long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie
min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu
nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian
qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo
sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan
shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting
tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong
xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei
zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun
zhuo zi zong zou zu zuan zui zun zuo
""".split())

# Arabic onset → the Pinyin initials it writes, most usual first ("" : a syllable with no initial)
_ONSETS: dict[str, tuple[str, ...]] = {
    "تش": ("x", "q", "zh", "ch"), "تس": ("z", "c"), "تز": ("z",), "كز": ("x",), "كس": ("x",), "هس": ("x",),
    "ش": ("x", "sh"), "ج": ("j", "zh"), "ب": ("b", "p"), "ت": ("t", "d"), "د": ("d",), "ك": ("k", "g"),
    "غ": ("g",), "ه": ("h",), "خ": ("h",), "ل": ("l",), "م": ("m",), "ن": ("n",), "ف": ("f",), "و": ("w",),
    "ي": ("y",), "ر": ("r",), "ز": ("z",), "س": ("s",), "": ("",),
}
# Arabic rhyme → the Pinyin finals it writes, most usual first
_RHYMES: dict[str, tuple[str, ...]] = {
    "ا": ("a",), "اي": ("ai",), "ان": ("an",), "انغ": ("ang",), "انج": ("ang",), "او": ("ao", "ou"),
    "ه": ("e",), "ي": ("i", "ei"), "يه": ("ie", "e"), "ين": ("in", "en"), "ينغ": ("ing", "eng"),
    "ن": ("en",), "ونغ": ("ong", "eng"), "ونج": ("ong",), "و": ("u", "o", "ou"), "وا": ("ua",),
    "واي": ("uai",), "وان": ("uan",), "وانغ": ("uang",), "وي": ("ui", "ei"), "ون": ("un",), "وو": ("uo",),
    "يا": ("ia",), "يان": ("ian",), "يانغ": ("iang",), "ياو": ("iao",), "يو": ("iu", "u"), "يونغ": ("iong",),
    "يوان": ("uan",), "يويه": ("ue",), "ار": ("er",), "ير": ("er",),
}
_ALIFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
_FOREIGN = frozenset("عحصضطظقذثءئؤةى")
_MARK_ONSETS = ("تش", "تس", "كز")


def pinyin_syllable(word: str) -> str | None:
    """One Arabic word read as a Mandarin syllable (جين → jin, تسه → ze, كزياو → xiao), or None."""
    w = word.translate(_ALIFS)
    if not w or len(w) > 6 or _FOREIGN & set(w):
        return None
    # a syllable with no initial starts with alif (آن → an, أو → ao); else the longest onsets first
    onsets = [""] if w[0] == "ا" else sorted((o for o in _ONSETS if o and w.startswith(o)), key=len, reverse=True)
    for onset in onsets:
        for final in _RHYMES.get(w[len(onset):], ()):
            initials = _ONSETS[onset]
            if onset == "تش" and final.startswith("u"):
                initials = ("ch", "zh", "q", "x")  # تشوان is chuan: Arabic writes xu-, xuan with ش
            for initial in initials:
                syllable = initial + final
                if syllable in _SYLLABLES:
                    return syllable
    return None


def may_be_chinese(name: str) -> bool:
    """A cheap test that :func:`chinese_name` may read ``name`` (False: it surely does not): two to four
    words of at most six letters each, no letter Mandarin has no sound for, and for two words the
    Chinese trait (-نغ, تش/تس/كز). The resolver asks it of every person's name before the syllable
    search (issue #13)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not _FOREIGN.isdisjoint(name):
        return False
    if any(len(w) > 6 for w in words):
        return False
    return len(words) > 2 or any(w.endswith("نغ") or w.startswith(_MARK_ONSETS) for w in words)


def chinese_name(name: str) -> str | None:
    """A Chinese personal name in Arabic → Pinyin, family name first and the given name joined
    (تشي جين بينغ → Xi Jinbing: ب is b or p, and Arabic cannot tell them), or None when the name does
    not read as Chinese (see the module's doc)."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return None
    syllables = [pinyin_syllable(w) for w in words]
    if any(s is None for s in syllables):
        return None
    if len(words) == 2 and not any(w.endswith("نغ") or w.startswith(_MARK_ONSETS) for w in words):
        return None
    family, *given = (s for s in syllables if s is not None)
    return f"{family.capitalize()} {''.join(given).capitalize()}".replace("v", "u")


def chinese_label(name: str) -> Label | None:
    """:func:`chinese_name` as a label, marked as a transliteration (a reading, not an attested spelling)."""
    text = chinese_name(name)
    return Label(sanitize_label(text), TRANSLITERATION) if text else None
