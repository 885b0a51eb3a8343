"""Room: crawler/text — meeting reports: is an article one, and which meeting, when, who.

A report says near its start that a meeting was held: "市委季度工作会议今天下午(10月9日)举行",
"市政府召开第100次常务会议", "李强主持召开市委常委会会议", "…会议在市政府召开". Only the title and
the first paragraphs are searched for that, so an article that mentions a meeting in passing
("上月召开的…会议", "会议精神", "将于下周召开") is not a report. Matching runs on the Simplified,
NFKC form of the text, so one rule covers 会议/會議 and 召开/召開, and every derived value (name,
people) is Simplified: one filter value finds the report whichever script the page used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from crawler.text.meeting_dates import DATE_PHRASE, meeting_date
from crawler.text.meeting_people import attendees, chairs, speakers, unique
from crawler.text.script import normalize_text

LEAD_PARAGRAPHS = 2  # a report says what was held in its first two paragraphs or its title

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_NAME_CHAR = rf"[{_HAN}0-9A-Za-z·“”《》]"
_SUFFIX = (
    r"(?:会议|大会|全会|座谈会|推进会|部署会|动员会|调度会|协调会|办公会|常务会|现场会|联席会"
    r"|专题会|例会|报告会|研讨会|工作会|交流会|汇报会|听证会|分析会|恳谈会|学习会|务虚会)(?!议|室|厅)"
)
_HELD_VERB = r"(?:举行|召开|开幕|闭幕)"
# What follows a held verb when the meeting is only a point in time for something else.
_NOT_AFTER = r"(?!后|前|以来|之后|之前|精神|期间|时|的)"
_FILLER = rf"(?:{DATE_PHRASE}|\({DATE_PHRASE}\)|于|\s)*(?:在[^,。;]{{1,20}}?)?(?:隆重|正式|顺利)?"

# "市委季度工作会议今天下午(10月9日)举行", "…会议在市政府召开": the name heads its clause.
_NAME_THEN_HELD = re.compile(
    rf"(?:^|(?<=[,:]))(?:{DATE_PHRASE})*(?P<name>{_NAME_CHAR}{{0,30}}?{_SUFFIX})"
    rf"{_FILLER}{_HELD_VERB}{_NOT_AFTER}"
)
# "市政府召开第100次常务会议", "李强主持召开市委常委会会议".
_HELD_THEN_NAME = re.compile(
    rf"{_HELD_VERB}了?(?!的)(?P<name>{_NAME_CHAR}{{0,30}}{_SUFFIX}){_NOT_AFTER}"
)
_FUTURE = re.compile(r"将|拟|计划|准备|筹备")
_SENTENCES = re.compile(r"[^。!?;\n]+")


@dataclass(frozen=True)
class MeetingInfo:
    """What a meeting report says about its meeting; names Simplified, date YYYY-MM-DD."""

    name: str
    date: str | None
    chairs: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)

    @property
    def people(self) -> list[str]:
        """Everyone the report names, chairs first, each once."""
        return unique([*self.chairs, *self.speakers, *self.attendees])


@dataclass(frozen=True)
class _Held:
    name: str  # "" when the text says only "召开会议"
    sentence: str
    block: str


def detect_meeting(
    title: str, paragraphs: Sequence[str], published_at: str | None
) -> MeetingInfo | None:
    """The meeting ``title`` and ``paragraphs`` report, or ``None`` if they are no report.

    Dates without a year or relative to the page resolve against ``published_at`` (ISO 8601).
    """
    title_norm, *lead = normalize_texts([title, *paragraphs[:LEAD_PARAGRAPHS]])
    held = find_held([*lead, title_norm])
    if held is None:
        return None
    body = [title_norm, *lead, *normalize_texts(paragraphs[LEAD_PARAGRAPHS:])]
    return MeetingInfo(
        name=held.name,
        date=_date_of(held, lead, published_at),
        chairs=chairs(body),
        speakers=speakers(body),
        attendees=attendees(body),
    )


def normalize_texts(texts: Sequence[str]) -> list[str]:
    """``[normalize_text(text) for text in texts]``, in one NFKC and one t2s pass.

    The texts are joined with newlines: neither step lets anything cross a newline, and
    neither produces one (see keys._JOIN), so the result splits back into the texts' own.
    Most of the cost of normalizing a title or a short paragraph is the calls themselves.
    """
    joined = "\n".join(texts)
    if len(texts) < 2 or joined.count("\n") != len(texts) - 1:
        return [normalize_text(text) for text in texts]  # a text holds a newline itself
    return normalize_text(joined).split("\n")


def find_held(blocks: Sequence[str]) -> _Held | None:
    """The first "meeting held" statement of ``blocks`` (normalized), preferring a named one."""
    unnamed: _Held | None = None
    for block in blocks:
        for sentence in _SENTENCES.findall(block):
            name = held_meeting_name(sentence)
            if name is None:
                continue
            if name:
                return _Held(name, sentence, block)
            unnamed = unnamed or _Held(name, sentence, block)
    return unnamed


def held_meeting_name(sentence: str) -> str | None:
    """The name of the meeting ``sentence`` says was held ("" if unnamed), else ``None``."""
    match = _NAME_THEN_HELD.search(sentence)
    if match is None:
        match = _HELD_THEN_NAME.search(sentence)
        if match is None or _is_future(sentence, match.start()):
            return None
    name = match.group("name").strip()
    return "" if name == "会议" else name


def person_key(name: str) -> str:
    """A person's name as the ``people`` field stores it (Simplified, NFKC, no spaces), so a
    name typed in either script ("李強", "李强") finds the same reports."""
    return "".join(normalize_text(name).split())


def _is_future(sentence: str, start: int) -> bool:
    clause = re.split(r"[,:]", sentence[:start])[-1]
    return bool(_FUTURE.search(clause))


def _date_of(held: _Held, lead: list[str], published_at: str | None) -> str | None:
    for text in (held.sentence, held.block, *lead[:1]):
        found = meeting_date(text, published_at)
        if found is not None:
            return found
    return None
