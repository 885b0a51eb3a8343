"""Room: crawler/text — the day a meeting was held, from the words of its report.

Reports date a meeting relative to the page ("今天下午", "昨日") or without a year ("10月9日",
"9日上午"); the page's publication date supplies what the words leave out. Text is the
Simplified, NFKC form (ASCII digits and brackets). Nothing here reads the clock: a report is
dated from its page, never from today, so re-processing an old page gives the same answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

TIME_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|傍晚|早上|清晨|凌晨|深夜|晚)"
# A date as a meeting report writes it, without capture groups: the meeting-name patterns
# let these stand between a name and its verb ("…会议今天下午(10月9日)举行").
# Taiwan's papers write "昨(8)日" (yesterday, the 8th), or "昨（五）日" in Chinese numerals.
# Macao's and Hong Kong's papers write the day in Chinese numerals: "於二日召開會議",
# "十四日下午舉行"; only after 于/月, or before a time of day or the act, is such a numeral a day
# ("第二日", "三日內" are not).
# (廿 and 卅 are twenty and thirty in records: "十一月廿二日")
_CN_DAY_NUMBER = (
    r"(?:[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
)
# The relative days, and their evenings and mornings: "市政府昨晚召开…", "立法會前晚…",
# "昨晨" ("前晚" the evening before last, but not "目前晚稻", "提前晚…").
_RELATIVE_WORDS = (
    r"今天|今日|昨天|昨日|前天|前日"
    # that very day, as Hong Kong's papers write it: "陳國基是日下午主持…" (not "於是日本…",
    # "就是日常…")
    r"|(?<![于於就])是日(?![本军方元韩籍常期子程报])"
    r"|(?<![目提之以当眼面事赛节])前晚|(?:今|昨)晚|(?:今|昨)(?:晨|早|夜|午)"
)
# Taiwan's and Hong Kong's papers write today and yesterday as 今 or 昨 alone before the act or
# its place: "定期大會今舉行開幕儀式", "七中全會今在北京閉幕", "財委會昨舉行特別會議" (not
# "至今在任": until now).
DAY_ALONE = r"(?<![至如迄而])[今昨]"
# A member's questioning at a council's sitting, general or joint: "總質詢", "聯合質詢".
QUESTIONING = r"(?:总|联合)?质询"
# Going somewhere a second time or the first: "秘書處昨二度到議會…".
NTH_TIME = r"(?:二度|再度|首度)"
_DAY_BEFORE_ACT = (
    # (or before a sitting's business: "立法會政制事務委員會昨討論…")
    DAY_ALONE
    + r"(?=举行|召开|开幕|闭幕|开议|开会|进行|继续|邀|出席|列席|在|上午|下午|讨论|审议|辩论|表决"
    # (or a bill's review: "立院內政委員會今排審國安法")
    r"|审查|排审|续审"
    # (or the day's date after it: "苗栗縣議會昨二十六日進行總質詢")
    rf"|\d{{{{1,2}}}}日|{_CN_DAY_NUMBER}日"
    # (or a member's questioning at a council's sitting: "縣議員張美慧今總質詢時要求…", or going
    # there again: "秘書處昨二度到議會民政委員會…")
    rf"|{QUESTIONING}|{NTH_TIME}(?:到|赴){{more}})"
)
CN_DAY = (
    rf"(?<=[于月]){_CN_DAY_NUMBER}日"
    # or before the act itself: "苗栗縣政府十三日召開…縣務會議"
    rf"|(?<![第周期数几每逐一二三四五六七八九十]){_CN_DAY_NUMBER}日"
    # (or a sitting's business that day: "立法院院會二十日處理此案", or where it sat: "二十一日在
    # 總質詢中")
    rf"(?={TIME_OF_DAY}|召开|举行|开会|处理|审查|审议|讨论|表决|三读|进行|在|{QUESTIONING})"
)
# A day of this week or the last as Hong Kong's and Taiwan's papers write it: "周二(19日)",
# "週四" (not "下周二", "每周三", "上星期五": another week, or every week).
WEEKDAY_WORDS = r"(?<![上下本每])(?:周|星期|礼拜)[一二三四五六日天]"
# A year before a date: Gregorian, or the Republic's with or without its era (see _ROC_FULL).
_YEAR = r"(?:(?<!\d)(?:\d{4}|民国\d{2,3}|1\d{2})年)"
DATE_WORDS = (
    rf"{_YEAR}?(?:\d{{1,2}}月)?\d{{1,2}}[日号]|本月\d{{1,2}}[日号]"
    # days of a meeting that sat over several: "4月2、3日", "12至14日", "5月30及31日" (the
    # first counts)
    rf"|{_YEAR}?(?:\d{{1,2}}月)?\d{{1,2}}(?:[、至到及-]\d{{1,2}})+[日号]"
    # or with each day written whole: "22日至23日在京召开"
    r"|(?:\d{1,2}月)?\d{1,2}[日号](?:至|到|-)(?:\d{1,2}月)?\d{1,2}[日号]"
    # ("今(14)天", as some of Taiwan's papers write it)
    # (廿 and 卅 as well: "台中市議會昨(廿六)日進行…總質詢")
    rf"|[今昨前]\((?:\d{{1,2}}|{_CN_DAY_NUMBER})\)(?:日|天|(?=晚|早))"
    # or the day alone in brackets: "…第十八次臨時會(十六)日開幕"
    rf"|(?<![今昨前])\((?:\d{{1,2}}|{_CN_DAY_NUMBER})\)日"
    rf"|{CN_DAY}"
    # or with its month: "會議於四月十日在民政總署舉行"
    rf"|(?:十[一二]?|[一二三四五六七八九])月{_CN_DAY_NUMBER}日"
    # Hong Kong's papers put the day after the relative word: "今日(13日)"; Taiwan's too,
    # after 今 alone: "陳建仁今(16日)在行政院會中指示"; Macao's government typesets a space
    # before 日: "今（19 日）"
    r"|(?:今天|今日|昨天|昨日|[今昨])\((?:\d{1,2}月)?\d{1,2}\s?日\)"
    rf"|{_RELATIVE_WORDS}"
    # the day of the week with its date in brackets: "周二(19日)开会" (alone, a weekday may be
    # next week's as well as this one's: "周四行政院會討論…" on a Wednesday's page)
    rf"|{WEEKDAY_WORDS}\((?:\d{{1,2}}月)?\d{{1,2}}日\)"
    # (a time of day may follow 今 or 昨 alone here: "今晚", "昨早" as a day and its time)
    rf"|{_DAY_BEFORE_ACT.format(more='|晚|早')}"
)
DATE_PHRASE = rf"(?:(?:{DATE_WORDS}){TIME_OF_DAY}?|{TIME_OF_DAY})"

_FULL = re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})[日号]")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})[日号]")
# A count of days is no day: "为期6日的全国政协会议", "历时3日", "7日内" (lasting, within).
_DURATION_BEFORE = r"(?<!为期)(?<!历时)(?<!连续)(?<!一连)(?<!长达)"
_DAY = re.compile(rf"(?:(?<=本月)|(?<![\d月]){_DURATION_BEFORE})(\d{{1,2}})\)?[日号](?!内)")
# Relative days by their first character (今天, 昨晚, 前日 …).
_RELATIVE = {"今": 0, "是": 0, "昨": 1, "前": 2}
_RELATIVE_RE = re.compile(rf"{_RELATIVE_WORDS}|{_DAY_BEFORE_ACT.format(more='')}")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Taiwan's government writes the Republic's year with or without its era: "民國98年", and from
# 2011 on a bare three-digit year, "於107年3月20日舉行" (no Gregorian year has three digits).
_ROC_FULL = re.compile(r"(?:民国(\d{2,3})|(?<!\d)(1\d{2}))年(\d{1,2})月(\d{1,2})[日号]")
_EVENING_OF = re.compile(r"([今昨前]\(\d{1,2}\))(?:天|(?=晚|早))")
_DAYS = re.compile(r"(?<!\d)(\d{1,2})(?:[、至到及-]\d{1,2})+[日号]")
_CN_DAY = re.compile(rf"\(({_CN_DAY_NUMBER})\)日")
_WEEKDAY_RE = re.compile(WEEKDAY_WORDS)
# Spaces typeset around a date's numbers ("2024 年 4 月 28 日", "今 (13) 日"), taken out before
# it is read.
_SPACED_DATE = re.compile(
    r"(?<=\d)\s+(?=[年月日号])|(?<=[年月])\s+(?=\d)|(?<=[今昨前])\s+(?=\(\d)|(?<=\d\))\s+(?=[日天])"
)
_TITLE = re.compile(r"《[^《》]*》")
_WEEKDAYS = "一二三四五六日"
# The end of a span from a day on ("今(6)日起開議到12月4日"): the day it began is the one.
_SPAN_END = re.compile(r"(?<=[日号]起)[^,。]{0,8}?(?:到|至)(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]")
_THIS_YEAR = re.compile(r"(?:本|今)年(?=\d{1,2}月\d{1,2}[日号])")

# A report follows its meeting; a month-day later than the page by more than this is last
# year's ("12月30日" on a page of 2 January). The slack absorbs pages dated a day early.
_YEAR_SLACK = timedelta(days=30)
_MONTH_SLACK = timedelta(days=3)


# Each way a text writes a day, resolved against the page's day.
_Resolver = Callable[[str, "date | None"], "date | None"]


def page_day(published_at: str | None) -> date | None:
    """The local calendar day of an ISO 8601 publication time (its own UTC offset kept)."""
    if not published_at or not _ISO_DAY.match(published_at):
        return None
    try:
        return date.fromisoformat(published_at[:10])
    except ValueError:
        return None


def meeting_date(text: str, published_at: str | None, page_month: str | None = None) -> str | None:
    """The first date ``text`` gives, as YYYY-MM-DD: an explicit date wins over a relative
    word ("今天下午(10月9日)" is 9 October); ``None`` when the text or the page cannot say.

    ``page_month``: the month ("2026-03") or year ("2020") a page without ``published_at`` is
    filed under (its URL's folder): it dates "3月2日", and "2日" when it gives the month, but
    no relative word ("今天" needs the day)."""
    page = page_day(published_at)
    resolvers: tuple[_Resolver, ...] = (
        _full,
        _month_day,
        _fused_month_day,
        _day,
        _relative,
        _weekday,
    )
    if page is None and page_month:
        page, resolvers = _end_of(page_month), (_full, _month_day)
        if page is not None and len(page_month) > len("2020"):
            resolvers = (_full, _month_day, _day)
    text = _SPACED_DATE.sub("", text)  # "4 月 28 日": typeset with spaces
    # a law's or a paper's title names its own day ("《修改十二月十三日第4/99/M號法律…》"): a day
    # outside it first, the title's only if the text gives no other
    untitled = _TITLE.sub("《》", text)
    found = _first_day(untitled, page, resolvers)
    if found is None and untitled != text:
        found = _first_day(text, page, resolvers)
    return found.isoformat() if found else None


def _first_day(text: str, page: date | None, resolvers: tuple[_Resolver, ...]) -> date | None:
    """The day ``text`` gives, each way of writing one tried in turn (see meeting_date)."""
    text = _SPAN_END.sub("", text)
    text = _CN_DAY.sub(lambda match: f"({_chinese_number(match.group(1))})日", text)
    text = _DAYS.sub(r"\1日", text)  # "4月2、3日" sat from the 2nd
    text = _EVENING_OF.sub(r"\1日", text)  # "今(28)晚": the 28th, in the evening; "今(14)天"
    text = _THIS_YEAR.sub("", _in_digits(text))  # "於本年11月6日": the page's year
    for resolve in resolvers:
        found = resolve(text, page)
        if found is not None:
            return found
    return None


def _end_of(page_month: str) -> date | None:
    """The last day of a month ("2026-03") or a year ("2020"): a page filed under it is no
    later, so a day after it is the year before's (the slack of ``_month_day``)."""
    year, _, month = page_month.partition("-")
    month_ok = not month or (month.isdigit() and 1 <= int(month) <= 12)
    if not year.isdigit() or not month_ok:
        return None
    if not month or month == "12":
        return date(int(year), 12, 31)
    return date(int(year), int(month) + 1, 1) - timedelta(days=1)


# A date written in Chinese numerals, as records and documents do: "二零零八年九月二十二日",
# "二〇二四年三月五日".
_YEAR_DIGITS = "〇零一二三四五六七八九"
_CN_FULL = re.compile(
    rf"([{_YEAR_DIGITS}○]{{4}})年([一二三四五六七八九十]{{1,2}})月([一二三四五六七八九十]{{1,3}})日"
)

_CN_MONTH_DAY = re.compile(
    rf"(?<![年\d{_YEAR_DIGITS}○])(十[一二]?|[一二三四五六七八九])月({_CN_DAY_NUMBER})日"
)
_CN_BARE_DAY = re.compile(CN_DAY)


def _in_digits(text: str) -> str:
    """``text`` with each date in Chinese numerals written in digits ("2008年9月22日")."""

    def digits(match: re.Match[str]) -> str:
        year = year_in_digits(match.group(1))
        month, day = _chinese_number(match.group(2)), _chinese_number(match.group(3))
        return f"{year}年{month}月{day}日"

    def month_day(match: re.Match[str]) -> str:
        return f"{_chinese_number(match.group(1))}月{_chinese_number(match.group(2))}日"

    def day(match: re.Match[str]) -> str:
        return f"{_chinese_number(match.group()[:-1])}日"

    text = _CN_MONTH_DAY.sub(month_day, _CN_FULL.sub(digits, text))
    return _CN_BARE_DAY.sub(day, text)


def year_in_digits(year: str) -> str:
    """A year as digits, whether written so or in Chinese numerals ("二零二五", "二〇二四")."""
    return "".join(str(max(_YEAR_DIGITS.find(c) - 1, 0)) if not c.isdigit() else c for c in year)


def _chinese_number(numeral: str) -> int:
    """一 to 三十一 as written in a day ("五", "十二", "二十", "三十一", "廿二", "卅一")."""
    digits = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
    numeral = numeral.replace("廿", "二十").replace("卅", "三十")
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return digits.get(numeral, 0)
    return digits.get(tens, 1) * 10 + digits.get(units, 0)


def _full(text: str, page: date | None) -> date | None:
    match = _FULL.search(text)
    if match is None:
        return _roc(text)
    return _safe_date(*map(int, match.groups()))


def _roc(text: str) -> date | None:
    """Taiwan's "中華民國112年2月17日" / "民國112年…": the Republic's year plus 1911."""
    match = _ROC_FULL.search(text)
    if match is None:
        return None
    era_year, bare_year, month, day = match.groups()
    return _safe_date(int(era_year or bare_year) + _REPUBLIC_OFFSET, int(month), int(day))


def dated_with_year(text: str) -> str | None:
    """The first date ``text`` writes with its year (Gregorian or the Republic's), else ``None``:
    a date no page date is needed for."""
    found = _full(_in_digits(text), None)
    return found.isoformat() if found else None


# A table's or heading's numeric date: "2018/06/19", or Taiwan's "111/01/04" (Republic year).
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{3}|\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])")
_REPUBLIC_OFFSET = 1911


# A year of the Republic in a Taiwan meeting's name: "102年度上半年里長業務聯繫會議" (2013).
_REPUBLIC_YEAR_IN_NAME = re.compile(r"(?<![\d.])(\d{2,3})\s?年度")


def republic_year_in(name: str) -> str | None:
    """The Gregorian year of the Republic's year a meeting's name gives ("102年度…", "2013"),
    or ``None``."""
    found = _REPUBLIC_YEAR_IN_NAME.search(name)
    if found is None or not 40 <= int(found.group(1)) <= 150:
        return None
    return str(int(found.group(1)) + _REPUBLIC_OFFSET)


def numeric_date(text: str) -> str | None:
    """The first all-digit date of ``text`` with its year, a three-digit year being the
    Republic's; ``None`` without one."""
    match = _NUMERIC.search(text)
    if match is None:
        return None
    year = int(match.group(1))
    year += _REPUBLIC_OFFSET if year < 1000 else 0
    found = _safe_date(year, int(match.group(3)), int(match.group(4)))
    return found.isoformat() if found else None


def _month_day(text: str, page: date | None) -> date | None:
    match = _MONTH_DAY.search(text)
    if not match or page is None:
        return None
    month, day = map(int, match.groups())
    found = _safe_date(page.year, month, day)
    if found is not None and found > page + _YEAR_SLACK:
        found = _safe_date(page.year - 1, month, day)
    return found


# A month and day whose 月 the page lost ("929日下午" for 9月29日, "1123日,…主持召开", "827日
# 上午"): read so only when the day lands within a month before the page's day, as a report's
# own meeting does; a count of days ("100日") lands nowhere near.
_FUSED_MONTH_DAY = re.compile(r"(?<![\d年月./-])(\d{3,4})[日号]")
_FUSED_SLACK = timedelta(days=31)


def _fused_month_day(text: str, page: date | None) -> date | None:
    match = _FUSED_MONTH_DAY.search(text)
    if not match or page is None:
        return None
    digits = match.group(1)
    for month, day in ((digits[:1], digits[1:]), (digits[:2], digits[2:])):
        for year in (page.year, page.year - 1):  # "1231日" on a page of 2 January
            found = _safe_date(year, int(month), int(day)) if len(day) == 2 else None
            if found is not None and page - _FUSED_SLACK <= found <= page:
                return found
    return None


def _day(text: str, page: date | None) -> date | None:
    match = _DAY.search(text)
    if not match or page is None:
        return None
    found = _safe_date(page.year, page.month, int(match.group(1)))
    if found is not None and found > page + _MONTH_SLACK:
        previous = page.replace(day=1) - timedelta(days=1)
        found = _safe_date(previous.year, previous.month, found.day)
    return found


def _relative(text: str, page: date | None) -> date | None:
    match = _RELATIVE_RE.search(text)
    if not match or page is None:
        return None
    return page - timedelta(days=_RELATIVE[match.group(0)[0]])


def _weekday(text: str, page: date | None) -> date | None:
    """A weekday written alone ("周二"): the latest such day on or before the page's day (a
    report follows its meeting within the week)."""
    match = _WEEKDAY_RE.search(text)
    if not match or page is None:
        return None
    weekday = _WEEKDAYS.find(match.group()[-1].replace("天", "日"))
    return page - timedelta(days=(page.weekday() - weekday) % 7)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
