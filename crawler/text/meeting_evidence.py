"""Room: crawler/text — a meeting report told in words no fixed phrasing foresaw.

The phrasings of ``meetings`` ("…会议今天举行", "召开…会议") are what most reports say, but every
outlet has its own: "“立法院”院會今日上演表決大戰", "19日,香港立法會大會加開會議,…恢復二讀辯論",
"2月22日,…联合主办了一场…座谈会". What they share is evidence, not wording: a meeting named in
the sentence, something done at or by it (held, opened, voted, debated), and the day it was
done. A sentence that holds all three, close together, and no word that puts it in the future,
denies it or makes it a count, reports the meeting. It is only weighed when no fixed phrasing
matched, so it adds reports and changes no name the phrasings find.

Text is Simplified NFKC, as in ``meetings``; this module imports nothing of Scrapy.
"""

from __future__ import annotations

import re

from crawler.text.meeting_dates import DATE_WORDS

# What a meeting does while it sits, or what its organisers do to hold it.
_ACT = re.compile(
    # (a quorum to open with is no act: "距離開會法定人數仍欠2人")
    r"举行|召开|开幕|闭幕|开会(?!法定|人数)|复会|开议|加开|主办|承办|"
    r"表决|审议|审查|讨论|辩论|[二三]读|听取|质询|宣布(?:开会|散会|休会)"
)
_DAY = re.compile(rf"(?:{DATE_WORDS})|\d{{1,2}}时")
# Between an organiser's verb and the meeting it held, saying it was done: "主办了一场",
# "举办了". Without it the verb is a habit or a plan ("须举行行政会议", "加开4小时会议").
_DONE = re.compile(r"^(?:了(?:一场|一次|一个)?|过)")
# A meeting noun and its act belong to one statement when this close, in one clause.
_NEAR = 12
# Someone going to or taking part in a meeting ("赴纽约出席…大会", "在参加他所在的…会议"): the
# meeting is the scene of a person's act, which the people patterns read, not a report.
# A name holding a preposition or a connector is a clause about someone ("林某在行政会议",
# "联同立法会议员", "草案已由委员长会议", "…国会议员就此会议"), not the meeting's name.
_PERSON_AT = re.compile(r"出席|参加|赴|前往|所在|议员|[\s的在由及同与和对向被把将就]")
# A count, a list or a kind alone is no meeting's name: "21场分论坛、圆桌会", "工作会议",
# "发布暨国际研讨会", "第62次全会".
_NOT_A_NAME = re.compile(
    r"^[\d一二三四五六七八九十百几多]+[场次个项]|、|^暨|^发布|^(?:第[\d一二三四五六七八九十百]+次)?"
    r"(?:工作|全体|全)?(?:会议|大会|全会)$"
)
# "…定期大会共审议241件提案": a session's total, not what a sitting did.
_TOTAL = re.compile(r"共|累计|合计|总计|已经?")


def weighed_statement(
    sentence: str, noun: re.Pattern[str], denied: re.Pattern[str]
) -> tuple[str, int] | None:
    """(name, end of the statement) when ``sentence`` names a meeting (``noun``, whose group
    ``name`` is the name), something done at it and a day, with nothing ``denied`` (future,
    negation, schedule) in the clause that joins them; else ``None``."""
    if not _DAY.search(sentence):
        return None
    for match in noun.finditer(sentence):
        found = _with_act(sentence, match)
        if found is None:
            continue
        name, start, end = found
        clause = _clause(sentence, start, end)
        if name and not denied.search(clause.replace(name, "", 1)):
            return name, end
    return None


def _with_act(sentence: str, match: re.Match[str]) -> tuple[str, int, int] | None:
    """The name and the span from the meeting to its act: the act soon after the name
    ("院会今日上演表决"), or an organiser's act inside the match before the name ("主办了一场
    …座谈会": the name is what follows the act)."""
    name = match.group("name")
    inner = list(_ACT.finditer(name))
    if inner:
        done = _DONE.match(name[inner[-1].end() :])
        name = name[inner[-1].end() + done.end() :] if done else ""
    if len(name) < 4 or _PERSON_AT.search(name) or _NOT_A_NAME.search(name):
        return None
    if inner:
        return name, match.start(), match.end()
    clause_end = re.search(r"[,:]|$", sentence[match.end() :])
    limit = match.end() + min(_NEAR, clause_end.start() if clause_end else _NEAR)
    after = _ACT.search(sentence, match.end(), limit)
    if after is None or _TOTAL.search(sentence, match.end(), after.start()):
        return None
    if "会" in sentence[match.end() : after.start()]:
        return None  # "…会议新闻发布会今天举行": another gathering is what was held
    return name, match.start(), after.end()


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause or clauses from ``start`` to ``end``, from the comma before ``start``."""
    clause_start = max(sentence.rfind(",", 0, start), sentence.rfind(":", 0, start))
    return sentence[clause_start + 1 : end]
