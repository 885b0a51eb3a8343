"""Room: crawler/text — what a person's name in a credit line looks like, and which words of
the dictionary are no name.

Credit lines ("记者 张三 李四", "编辑：王 军", "责编：萧潇、张妍") carry names in loose formats.
These helpers split a credit value into names and decide whether a token can be a name, so
that a short line of content ("记者了解到") is not mistaken for a credit.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

from crawler.text.convert import to_simplified

# Common Chinese surnames (Simplified; Traditional input is converted before lookup).
# Characters that are also frequent function words (和 来 都 时 成 由 向 全 原 于 文 明 国…)
# are left out on purpose: this list is only consulted when a label is glued to the
# following text ("记者张三"), where "记者来到现场" must not yield a name.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿"
    "关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍"
    "华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
    "柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈"
    "匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝区郜阚权帅屠豆朴盖练廉禹井祖漆巴"
    "丰支卿狄计索宣晋初扈晁芮阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜逯隆茹诸慕危玉亢"
    "嵇哈湛宾戎勾茅揭尉冶束檀衣昝幸奉植衡富尧禤萧铁傅洪赖习阎郦逄鄂咸容凃"
)
_COMPOUND = "欧阳司马诸葛上官东方皇甫尉迟公孙慕容令狐长孙宇文夏侯端木司徒申屠澹台"
_COMPOUND_SURNAMES = frozenset(_COMPOUND[i : i + 2] for i in range(0, len(_COMPOUND), 2))

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_NAME = re.compile(rf"[{_HAN}]{{2,4}}")
# Transliterated names: 约翰·史密斯, 阿不都·热依木; Taiwan's Indigenous names, their full-width
# stop made "." by NFKC: "巴干.巴万".
_DOTTED_NAME = re.compile(rf"[{_HAN}]{{1,8}}(?:[·・•‧.][{_HAN}]{{1,8}})+")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.'\-]*(?: [A-Za-z][A-Za-z.'\-]*){0,3}")
# Organisations as editors/reviewers ("审核：市政府办公室") are longer than a person's name.
_ORG_NAME = re.compile(rf"[{_HAN}A-Za-z·]{{2,12}}")
_ALL_HAN = re.compile(rf"[{_HAN}]+")
# Particles and function words that do not occur in names but do in phrases ("了解到", "来到").
_PARTICLES = frozenset("了的地得着过们这那是在到从把被就都也还又来去说和与及将已对为")

# Separators between names; whitespace is handled separately (it also pads 2-char names).
_NAME_SPLIT = re.compile(r"[、,，;；/／|｜]+")
# "张三 李四等" -> drop the trailing 等; "(实习)" style notes are removed with brackets earlier.
_TRAILING_ETC = re.compile(r"(?:等|等人)$")


# Surnames that are also frequent words, left out of _SURNAMES; where an office delimits a
# name ("人大常委会主任于伟", "副主任委员信春鹰") they are surnames again.
_SURNAMES_ALSO_WORDS = frozenset("和来都时成由向全原于文明国信")


def has_surname(name: str, *, delimited: bool = False) -> bool:
    """True if ``name`` starts with a common Chinese surname (either script). ``delimited``:
    an office or a list marks where the name starts, so a surname that is also a word counts."""
    simplified = to_simplified(name[:2])
    if simplified in _COMPOUND_SURNAMES or simplified[:1] in _SURNAMES:
        return True
    return delimited and simplified[:1] in _SURNAMES_ALSO_WORDS


def surname_length(text: str) -> int:
    """How many characters of a surname ``text`` (Simplified) opens with: 2, 1 or 0."""
    if text[:2] in _COMPOUND_SURNAMES:
        return 2
    return 1 if text[:1] in _SURNAMES else 0


def is_person_name(name: str, *, bare: bool = False) -> bool:
    """Could ``name`` be a person's name? ``bare``: it was glued to its label, be strict."""
    if _CJK_NAME.fullmatch(name):
        return not bare or has_surname(name)
    if _DOTTED_NAME.fullmatch(name):
        return True
    return not bare and bool(_LATIN_NAME.fullmatch(name))


def is_dotted_name(name: str) -> bool:
    """``name`` is a transliterated one, its parts joined by a dot ("阿不都·热依木")."""
    return bool(_DOTTED_NAME.fullmatch(name))


def are_person_names(names: list[str], *, bare: bool = False) -> bool:
    """Could every one of ``names`` be a person's name? In a list of several, a name with a
    known surname vouches for the others' form: they need 2-4 Han characters and none of the
    particles that mark a phrase ("南都记者 余毅菁 向雪妮": 向 is left out of the surname list,
    being a preposition; "记者 张三 了解到" stays content)."""
    if not bare or len(names) < 2:
        return all(is_person_name(name, bare=bare) for name in names)
    if not any(is_person_name(name, bare=True) for name in names):
        return False
    return all(is_person_name(name, bare=True) or _plain_name(name) for name in names)


def _plain_name(name: str) -> bool:
    return bool(_CJK_NAME.fullmatch(name)) and _PARTICLES.isdisjoint(to_simplified(name))


def is_org_or_name(name: str) -> bool:
    """A name or a short organisation (for editor/reviewer values after an explicit colon)."""
    return is_person_name(name) or bool(_ORG_NAME.fullmatch(name))


def split_names(value: str) -> list[str]:
    """Split a credit value into name tokens ("张三、李四", "张三 李四", "王 军" -> 王军)."""
    names: list[str] = []
    for chunk in _NAME_SPLIT.split(value):
        chunk = chunk.strip()
        if not chunk:
            continue
        words = chunk.split()
        if all(_ALL_HAN.fullmatch(w) for w in words):
            names.extend(_pair_single_chars(words))
        else:
            names.append(" ".join(words))
    return [_TRAILING_ETC.sub("", n) or n for n in names]


def _pair_single_chars(words: list[str]) -> list[str]:
    # Typesetters pad two-character names to the width of three ("王 军"): glue a single
    # character to the next single character so "王 军 李四" gives 王军, 李四.
    out: list[str] = []
    pending = ""
    for word in words:
        if len(word) == 1:
            if pending:
                out.append(pending + word)
                pending = ""
            else:
                pending = word
            continue
        if pending:
            out.append(pending)
            pending = ""
        out.append(word)
    if pending:
        out.append(pending)
    return out


# A district's or a city's congress or conference by its short name ("区人大", "市政协"): it
# opens with a surname (区, 市 in Hong Kong) and is as long as a name, but names a body.
_SHORT_BODY_NAME = re.compile(r"[区县市省镇]?(?:人大|政协)")


def is_short_body_name(name: str) -> bool:
    """``name`` (Simplified) is a congress's or a conference's short name, not a person's."""
    return _SHORT_BODY_NAME.fullmatch(name) is not None


# A word of the general dictionary ("党团", "商务", "意见", "进一步") read as a name where a
# phrase stands before a verb. jieba's dictionary (a well-kept word list of Simplified Chinese
# with frequencies and parts of speech) tells them: its words that are not a person's name
# (part of speech nr…) nor a numeral ("许二", m: a name too) and are seen at least this often.
# Many given names are words too ("高原", "全优" in a roll of attendees), so the dictionary is
# consulted only where a name was read off a clause (see
# meeting_people.without_dictionary_words), not a list.
_DICTIONARY_MIN_FREQUENCY = 5


@cache
def _dictionary_words() -> frozenset[str]:
    # read jieba's dictionary file without importing jieba (its import sets up a segmenter)
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("jieba (its dictionary) is not installed: pip install jieba")
    words = set()
    with (Path(spec.origin).parent / "dict.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word, frequency, part_of_speech = line.split()
            if (
                2 <= len(word) <= 4
                and not part_of_speech.startswith(("nr", "m"))
                and int(frequency) >= _DICTIONARY_MIN_FREQUENCY
            ):
                words.add(word)
    return frozenset(words)


def is_dictionary_word(name: str) -> bool:
    """``name`` (Simplified) is a common word of the dictionary, not a person's name."""
    return name in _dictionary_words()
