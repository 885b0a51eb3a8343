"""Room: crawler/text/credits — credits inside running text: at the end of a paragraph, in the
dateline opening a news lead, and on the info line under a headline.

* the end of a paragraph: a bracket or a phrase after the last sentence, "……。（记者 张三）",
  "……。张三 摄", a reporter with the place and verb of the report "（姚峰 上海报道）",
  "（王煌忠／台中報導）" (also when page furniture follows it in the same block), or bare names
  "（常书香 马丹阳 ）"; ``split_trailing_credit`` cuts it off and returns it;
* a news lead: "（中央社記者邱俊欽桃園19日電）", "据新华社拉萨电（记者 格桑边觉）", "长江网10月4日讯
  （记者陈智 整合）", "东方网记者曹磊5月13日报道：". ``lead_credits`` reads it; the dateline
  stays in the text (it is part of the story as published);
* an info line: a whole credit line, else its "label：value" segments one by one, else an
  unlabelled "石佳/中国青年报" (a person and an outlet): ``parse_info_line``.

A sentence that merely mentions a reporter ("郭荣梅告诉顶端新闻·河南商报记者，……") matches none
of these shapes and stays content. Names follow the grammar of crawler/text/names.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crawler.text.convert import to_simplified
from crawler.text.credits.labels import (
    credit_words,
    is_agency,
    is_label,
    leading_agency,
    strip_label,
)
from crawler.text.credits.line import parse_credit_line
from crawler.text.credits.model import Credits
from crawler.text.names import are_person_names, is_person_name, split_names

_TRAILING_BRACKET = re.compile(r"[(（\[［【〔]([^()（）\[\]［］【】〔〕]{1,40})[)）\]］】〕]\s*$")
_TRAILING_PLAIN = re.compile(r"(?<=[。！？!?])\s*([^。！？!?]{2,40})$")
_CLOSING = ")）]］】〕"  # the closing brackets of _TRAILING_BRACKET
# The longest _TRAILING_BRACKET match on right-stripped text: two brackets and 40 characters.
_MAX_TRAILING_BRACKET = 42
_SENTENCE_ENDS = "。！？!?"  # the look-behind of _TRAILING_PLAIN
# What may close the sentence before a credit bracket: a full stop, or a quote after one.
_AFTER_SENTENCE = '。！？!?”」』"'

# A reporter's signature with the verb of the report: "姚峰 上海报道", "王煌忠／台中報導",
# "新京报记者 彭冲 山东冠县报道". Names, then the place glued to the verb.
_REPORT_VERBS = ("报道", "報導", "报导", "報道")
_REPORT_VERB = "|".join(_REPORT_VERBS)
_SIGNATURE = re.compile(
    rf"^(?P<names>[\u4e00-\u9fff·]{{2,8}}(?:[\s、／/]+[\u4e00-\u9fff·]{{2,8}}){{0,3}}?)"
    rf"\s*[／/\s]\s*(?P<place>[\u4e00-\u9fff]{{0,8}}?)(?:{_REPORT_VERB})$"
)
# The same signature in brackets right after a sentence, anywhere in a block: a page may glue
# its furniture ("《蘋果》關心你") to the last paragraph after the credit.
_INLINE_SIGNATURE = re.compile(
    rf"(?<=[{_AFTER_SENTENCE}])\s*[(（]([^()（）]{{2,30}}?(?:{_REPORT_VERB}))\s*[)）]"
)
_REPORT_CHARS = ("报", "報")
_MAX_BARE_NAMES = 3
# A contributing office closing a government story: "（德清县发改局）", "（市委宣传部）".
_OFFICE = re.compile(
    r"[\u4e00-\u9fff]{1,12}(?:局|委|办|办公室|委员会|厅|处|中心|部|站|所|署|队|政府)"
)
# A name-shaped token ending like a place or office ("黄浦区") is not a person.
_NOT_NAME_END = tuple("区县市省局委办厅处部站所院社报网台镇乡村队会署")

_LEAD_PARAGRAPHS = 2
_LEAD_CHARS = 60
_REPORTER = r"(?:記者|记者)"
# In a wire dateline's brackets: 记者 or 通讯员, maybe qualified ("职工通讯员", "实习记者").
_BRACKETED_REPORTER = r"[\u4e00-\u9fff]{0,4}?(?:記者|记者|通讯员|通訊員)"
_DAY_WIRE = r"(?:\d{1,2}|[一二三]?十?[一二三四五六七八九十])日\s*(?:專電|专电|電|电)"
_CNA_DATELINE = re.compile(
    rf"^[（(]\s*(?P<agency>[^（()）記记\s]{{0,8}}?)\s*{_REPORTER}\s*(?P<names>[^（()）]{{2,40}}?)"
    rf"\s*{_DAY_WIRE}\s*[)）]"
)
# "据新华社拉萨电（记者 格桑边觉）", "长江网10月4日讯（记者陈智 整合）": where and when, the wire
# verb, then the reporters in brackets.
_WIRE_DATELINE = re.compile(
    rf"^(?:据|據)?(?P<origin>[^，。（()）]{{2,24}}?)(?:\d{{1,2}}月\d{{1,2}}日)?\s*"
    rf"(?:電|电|讯|訊|消息)"
    rf"\s*[（(]\s*{_BRACKETED_REPORTER}\s*(?P<names>[^）)]{{2,30}})[）)]"
)
_LEAD_PREFIX = re.compile(r"^([^：:，,。]{4,30})[：:]")
# A credit in brackets opening the lead: "〔記者張三／台北報導〕", "【記者陳大文／台北報導】".
_LEAD_BRACKET = re.compile(r"^[〔【\[［（(]\s*([^〔〕【】\[\]［］（）()]{2,30}?)\s*[〕】\]］）)]")
_SPLIT_NAMES = re.compile(r"[、,，;；/／\s]+")
# Words a reporter adds after the names in a dateline: "（记者陈智 整合）".
_DATELINE_WORDS = frozenset({"整合", "整理", "报道", "報導", "摄", "攝"})

_SLASHES = ("/", "／")
_LABELLED_SEGMENT = re.compile(r"\s+(?=[^\s:：]{1,6}[:：])")
_NAME_OUTLET = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,4})\s*[/／|｜]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z·]{2,16})$"
)
_DATE_TIME = re.compile(r"\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?")


# the end of a paragraph --------------------------------------------------------------------


@dataclass(frozen=True)
class CutCredit:
    """A credit cut out of a paragraph: what stays, what was cut, and what it said."""

    kept: str
    removed: str
    credits: Credits


def split_trailing_credit(paragraph: str) -> tuple[str, Credits | None]:
    """The paragraph without its credit, and the credit (``None``: the paragraph as given)."""
    cut = cut_credit(paragraph)
    return (cut.kept, cut.credits) if cut is not None else (paragraph, None)


def cut_credit(paragraph: str) -> CutCredit | None:
    """Cut a credit off the end of a content paragraph: "……。（记者 张三）", "……。张三 摄",
    "……。（姚峰 上海报道）", "……。（常书香 马丹阳 ）"; or a bracketed signature followed by
    furniture in the same block ("……。（王煌忠／台中報導）《蘋果》關心你")."""
    text = paragraph.rstrip()
    for match in _trailing_matches(text):
        if not text[: match.start()].strip():
            continue
        credits = _trailing_credits(match, text)
        if credits is not None:
            return CutCredit(text[: match.start()].rstrip(), match.group(0).strip(), credits)
    if any(mark in text for mark in _REPORT_CHARS):
        inline = _INLINE_SIGNATURE.search(text)
        credits = parse_signature(inline.group(1)) if inline else None
        if inline and credits is not None:
            kept = (text[: inline.start()] + text[inline.end() :]).rstrip()
            return CutCredit(kept, inline.group(0).strip(), credits)
    return None


def _trailing_credits(match: re.Match[str], text: str) -> Credits | None:
    inner = match.group(1)
    credits = parse_credit_line(inner) or parse_signature(inner)
    if credits is not None or match.re is not _TRAILING_BRACKET:
        return credits
    # Bare names or an office in brackets are a credit only where a sentence has just ended.
    before = text[: match.start()].rstrip()
    if not before.endswith(tuple(_AFTER_SENTENCE)):
        return None
    return bare_names(inner) or _office(inner)


def _office(text: str) -> Credits | None:
    value = text.strip()
    return Credits(source=value) if _OFFICE.fullmatch(to_simplified(value)) else None


def parse_signature(text: str) -> Credits | None:
    """ "姚峰 上海报道", "王煌忠／台中報導", "记者 张三 北京报道": names, a place, a report verb."""
    value = text.strip()
    if not value.endswith(_REPORT_VERBS):
        return None
    labelled = parse_credit_line(value)
    if labelled is not None and labelled.authors:
        return labelled
    match = _SIGNATURE.match(value)
    if not match:
        return None
    names = split_names(match.group("names"))
    return Credits(authors=names) if names and _are_unlabelled_names(names) else None


def bare_names(text: str) -> Credits | None:
    """ "常书香 马丹阳 ", "张巨峰": one to three person names (with a known surname) alone."""
    names = split_names(text.strip())
    if not 0 < len(names) <= _MAX_BARE_NAMES or not _are_unlabelled_names(names):
        return None
    return Credits(authors=names)


def _are_unlabelled_names(names: list[str]) -> bool:
    """Without a label to vouch for them, names need a known surname (one of a list may lend
    it to the others, crawler/text/names.py) and must not end like a place or an office
    ("黄浦区", "新华社")."""
    endings = (to_simplified(name).endswith(_NOT_NAME_END) for name in names)
    return are_person_names(names, bare=True) and not any(endings)


def _trailing_matches(text: str) -> list[re.Match[str]]:
    """_TRAILING_BRACKET's then _TRAILING_PLAIN's match in `text` (right-stripped), if any.

    The same matches as searching the whole paragraph, found without trying the patterns at
    every position of it: a bracket credit needs the text to end in a closing bracket, and a
    plain one can only start right after the last sentence end (its words hold none).
    """
    if not text:
        return []
    last = text[-1]
    if last in _CLOSING:
        # A match ends at the end of the text (nothing follows the bracket but "\s*$", and the
        # text holds no trailing space), so it starts in its last _MAX_TRAILING_BRACKET
        # characters: the scan starts there.
        bracket = _TRAILING_BRACKET.search(text, max(0, len(text) - _MAX_TRAILING_BRACKET))
        return [m for m in (bracket, _trailing_plain(text)) if m is not None]
    if last in _SENTENCE_ENDS:
        # Most paragraphs: the plain credit would have to end in a sentence end, which its
        # words exclude (and a closing bracket is no sentence end).
        return []
    plain = _trailing_plain(text)
    return [] if plain is None else [plain]


def _trailing_plain(text: str) -> re.Match[str] | None:
    last_end = max(map(text.rfind, _SENTENCE_ENDS))
    return _TRAILING_PLAIN.search(text, last_end + 1) if last_end >= 0 else None


# the dateline of a news lead ----------------------------------------------------------------


def lead_credits(paragraphs: Sequence[str]) -> Credits:
    """Reporters (and their agency) named in the dateline that opens a news lead."""
    for paragraph in paragraphs[:_LEAD_PARAGRAPHS]:
        head = paragraph.strip()[:_LEAD_CHARS]
        bracketed = _CNA_DATELINE.match(head)
        if bracketed:
            names = _glued_names(bracketed.group("names"))
            return Credits(source=bracketed.group("agency").strip(), authors=names)
        wired = _WIRE_DATELINE.match(head)
        if wired:
            names = _bracketed_names(wired.group("names"))
            return Credits(source=leading_agency(wired.group("origin")), authors=names)
        opening = _LEAD_BRACKET.match(head)
        credit = _opening_credit(opening.group(1)) if opening else None
        if credit is not None:
            return credit
        prefix = _LEAD_PREFIX.match(head)
        parsed = parse_credit_line(prefix.group(1)) if prefix else None
        if parsed is not None and parsed.authors:
            return parsed
    return Credits()


def _bracketed_names(text: str) -> list[str]:
    """Names in a wire dateline's brackets: "格桑边觉", "张三 通讯员 李四", "陈智 整合".

    Inside "（记者 …）" the label vouches for the names, so no surname list is needed
    ("格桑边觉" is a Tibetan name); further labels and the reporter's words are skipped, and a
    label glued to a name ("通讯员李四") is cut off.
    """
    names: list[str] = []
    for token in _SPLIT_NAMES.split(text):
        if not token or token in _DATELINE_WORDS or is_label(token):
            continue
        unlabelled = strip_label(token)  # "记者惠禾" is four characters, but not a name
        if unlabelled != token and _is_name(unlabelled, bare=False):
            token = unlabelled
        if _is_name(token, bare=False):
            names.append(token)
    return names


def _opening_credit(text: str) -> Credits | None:
    credit = parse_signature(text) or parse_credit_line(text)
    return credit if credit is not None and credit.authors else None


def _glued_names(text: str) -> list[str]:
    """Reporter names from "王揚宇、邱俊欽桃園": the dateline's place is glued to the last."""
    tokens = [t for t in _SPLIT_NAMES.split(text) if t]
    names = [t for t in tokens[:-1] if _is_name(t)]
    last = tokens[-1] if tokens else ""
    for size in (3, 2):  # Chinese names are mostly three characters, places two or more
        if len(last) >= size + 2 and _is_name(last[:size]):
            return [*names, last[:size]]
    return [*names, last] if _is_name(last) else names


def _is_name(token: str, *, bare: bool = True) -> bool:
    return 2 <= len(token) <= 4 and is_person_name(token, bare=bare)


# an info line --------------------------------------------------------------------------------


def parse_info_line(line: str) -> list[Credits]:
    """Credits of one info line; when the whole line is not a credit line (an unknown label or
    counter shares it), each "label：value" segment is tried on its own."""
    if not credit_words().search(line) and not any(slash in line for slash in _SLASHES):
        return []  # no label, no mark, no "name/outlet": most lines of a page
    parsed = parse_credit_line(line) or _name_and_outlet(line) or parse_signature(line)
    if parsed is not None:
        return [parsed]
    segments = _LABELLED_SEGMENT.split(line)
    if len(segments) < 2:
        return []
    found = (parse_credit_line(segment) for segment in segments)
    return [credit for credit in found if credit is not None]


def _name_and_outlet(line: str) -> Credits | None:
    """An unlabelled "石佳/中国青年报" info line (澎湃 and others): a person and an outlet."""
    match = _NAME_OUTLET.match(_DATE_TIME.sub("", line).strip())
    if not match:
        return None
    name, outlet = match.group("name"), match.group("outlet")
    if not (is_person_name(name, bare=True) and is_agency(outlet)):
        return None
    return Credits(source=outlet, authors=[name])
