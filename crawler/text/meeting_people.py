"""Room: crawler/text — who chaired, spoke at and attended a meeting, from its report.

Reports name people by office then name, right before what they did: "市委书记李强在会上指出",
"市委副书记、市长龚正部署", "龚正就…指出", "会议由王伟主持", "市领导A、B、C出席会议". The name is
what follows the last office title of the clause, or the whole clause head when it is
name-shaped. Precision comes first: "会议指出", "全市上下要求", "有关负责人说" yield nobody.
Text is the Simplified, NFKC form, so the names come back Simplified and one filter value
finds a person in articles of either script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from crawler.text.meeting_dates import DATE_PHRASE
from crawler.text.names import has_surname

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_SENTENCE_END = re.compile(r"[。!?;\n]+")
_CLAUSE_END = re.compile(r"[,:]+")

# Offices, longest first so "副市长" wins over "市长"; a name follows the last one in a clause.
_TITLE_WORDS = (
    *("书记", "总书记", "市长", "副市长", "省长", "区长", "县长", "镇长", "乡长", "州长"),
    *("主任", "主席", "部长", "局长", "厅长", "处长", "院长", "校长", "秘书长", "检察长"),
    *("行长", "社长", "总理", "副总理", "常委", "委员", "代表", "领导", "负责人", "董事长"),
    *("总经理", "司令员", "政委", "专员", "巡视员", "参事", "会长", "理事长", "发言人"),
)
_TITLES = re.compile("|".join(sorted(_TITLE_WORDS, key=len, reverse=True)))
# Characters a person's name almost never holds but a clause head often does.
_NOT_IN_NAMES = frozenset("会议市委府省县区局厅部处我你他她们这那该各其要在对就将把被了的是等")
_NAME = re.compile(rf"[{_HAN}]{{2,4}}|[{_HAN}]{{1,8}}(?:[·・][{_HAN}]{{1,8}})+")
_LEAD_NOISE = re.compile(rf"^(?:{DATE_PHRASE}|会上|会议上|会前|会后|随后|最后|同时|此外|期间)+")
_TAIL_NOISE = re.compile(rf"(?:{DATE_PHRASE}|同志|等)+$")
_LIST_SPLIT = re.compile(r"、|以及|及|和|与")

_LEAD = r"(?P<lead>[^,:()]{2,24}?)"
_SPEAKER = re.compile(
    rf"^{_LEAD}(?:在会上|在会议上|在讲话中|在总结讲话中|在会议结束时|就[^,]{{1,30}}?|主持会议并|主持并|出席会议并|出席并)?"
    r"(?:作了?[^,]{0,8}?)?(?:指出|强调|讲话|部署|说|表示|要求|总结)"
)
_CHAIR = re.compile(rf"^{_LEAD}主持(?:召开|会议|了|并|$)")
_CHAIRED_BY = re.compile(r"由(?P<lead>[^,:()]{2,24}?)主持(?:$|[,。])")
_ATTENDED = re.compile(r"^(?P<lead>[^:()]{2,}?)等?(?:出席|参加|列席)了?(?:会议|$)")
_ATTENDEES_ARE = re.compile(r"(?:出席|参加|列席)会议的(?:还)?有(?P<lead>[^:()]{2,})$")


def clauses(blocks: Iterable[str]) -> Iterator[str]:
    """Every clause (between commas, colons and sentence ends) of ``blocks``, in order."""
    for block in blocks:
        for sentence in _SENTENCE_END.split(block):
            yield from (c.strip() for c in _CLAUSE_END.split(sentence) if c.strip())


def person_in(lead: str, *, listed: bool = False) -> str | None:
    """The person a clause head names ("市委副书记、市长龚正" -> 龚正), or ``None``.

    ``listed``: the head is one item of a list ("于绍良" in "A、B、C出席"), where the list's
    separators already delimit it, so a surname from the list is not required.
    """
    lead = _TAIL_NOISE.sub("", _LEAD_NOISE.sub("", lead.strip()))
    lead = lead.rsplit("、", 1)[-1]
    titles = list(_TITLES.finditer(lead))
    if titles:
        return _name_or_none(lead[titles[-1].end() :])
    if listed or has_surname(lead):
        return _name_or_none(lead)
    return None


def _name_or_none(text: str) -> str | None:
    if not _NAME.fullmatch(text) or _NOT_IN_NAMES.intersection(text):
        return None
    return text


def chairs(blocks: Iterable[str]) -> list[str]:
    """Who chaired: "李强主持会议", "李强主持召开…", "会议由李强主持"."""
    found: list[str] = []
    for clause in clauses(blocks):
        for pattern in (_CHAIR, _CHAIRED_BY):
            match = pattern.search(clause)
            if match:
                found.append(person_in(match.group("lead")) or "")
    return unique(found)


def speakers(blocks: Iterable[str]) -> list[str]:
    """Who spoke: "市委书记李强在会上指出", "龚正就…指出", "李强指出", "龚正部署"."""
    found: list[str] = []
    for clause in clauses(blocks):
        match = _SPEAKER.search(clause)
        if match:
            found.append(person_in(match.group("lead")) or "")
    return unique(found)


def attendees(blocks: Iterable[str]) -> list[str]:
    """Who attended: "市领导A、B、C出席会议", "…参加会议", "出席会议的还有A、B"."""
    found: list[str] = []
    for clause in clauses(blocks):
        for pattern in (_ATTENDED, _ATTENDEES_ARE):
            match = pattern.search(clause)
            if match:
                found += [person_in(item, listed=True) or "" for item in _items(match["lead"])]
    return unique(found)


def _items(listing: str) -> list[str]:
    return [item for item in _LIST_SPLIT.split(listing) if item.strip()]


def unique(names: Iterable[str]) -> list[str]:
    """Names in first-seen order, without repeats or blanks."""
    return [name for name in dict.fromkeys(names) if name]
