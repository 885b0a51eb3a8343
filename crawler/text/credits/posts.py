"""Room: crawler/text/credits — who posted a forum or blog post, and who signed an essay.

Forums and blogs do not write credit lines; they stamp the post with its poster:

* a poster stamp: "本贴由 大卫 于2005年8月12日16:12:21在〖心灵体操〗发表", "是大卫在2005年8月12日
  16:10:13发表", "由海姑娘张贴 @ 2005-06-14", "ggjjzhzz 发表于 2005-9-15 11:46:00",
  "发布时间 2005/03/15 22:36:13 by duscha", "Posted by Alice";
* an author slot shared with counters: "作者:zboygirl 阅读(1660) 评论(5)", "楼主：老王",
  "發表者：小白";
* an essay's head: the headline line, then its writers' names on a line of their own
  ("犬儒病(上)" / "胡平", "社会资本…的再就业" / "赵延东、风笑天"); or its foot, the names in
  brackets on the last line ("（袁源）").

Forum names are nicknames: Latin ("duscha", "fans1") or Han without a surname ("芊草凡凡").
They are accepted only from these slots, whose wording says a poster follows, never from free
text. Stamps are matched on the t2s form of the line (t2s keeps positions), so 本貼由, 發表於
and 樓主 are the same stamps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crawler.text.convert import to_simplified
from crawler.text.credits.model import Credits
from crawler.text.credits.spans import bare_names
from crawler.text.names import is_person_name, split_names

_HAN = r"\u4e00-\u9fff"
# A forum nickname: Han (a real name or not), or Latin letters with digits, "_", "." or "-".
_NICK = rf"(?:[{_HAN}·]{{2,8}}|[A-Za-z][A-Za-z0-9_.\-]{{1,23}})"
# The same, as short as it can be: for a name glued to the words after it ("由海姑娘张贴").
_GLUED_NICK = rf"(?:[{_HAN}·]{{2,8}}?|[A-Za-z][A-Za-z0-9_.\-]{{1,23}}?)"
_LATIN_NICK = rf"[A-Za-z][A-Za-z0-9_.\-]{{1,23}}(?![{_HAN}])"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_DAY = r"\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
# Each stamp names the poster in its group "name"; (?<![^\s\]】〗>]) starts a name at the
# start of the line or after a space or bracket, so "发表于" ends a nickname, not a word.
_STAMPS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"本[贴帖]由\s*(?P<name>{_GLUED_NICK})\s*于\s*{_DAY}",
        rf"是\s*(?P<name>{_GLUED_NICK})\s*在\s*{_DAY}.{{0,24}}发表",
        rf"(?<![{_HAN}])由\s*(?P<name>{_GLUED_NICK})\s*(?:张贴|发贴|发帖)",
        rf"(?<![^\s\]】〗>])(?P<name>{_NICK})\s*发表于\s*[:：]?\s*{_DAY}",
        rf"(?:{_TIME}|{_DAY}|posted)\s+by\s+(?P<name>{_NICK})(?![A-Za-z0-9_.\-{_HAN}])",
        # 作者 with a Han name is the credit grammar's (line.py); here only the nickname.
        rf"(?:^|\s)作者\s*[:：]\s*(?P<name>{_LATIN_NICK})(?=\s|$|[(（\[【|｜])",
        # A colon: a bare "楼主" marks the first post's position ("楼主 收藏此帖").
        rf"(?:^|\s)(?:楼主|发表者|发帖人|发贴人|博主)\s*[:：]\s*"
        rf"(?P<name>{_NICK})(?=\s|$|[(（\[【|｜])",
    )
)
# A character or word every stamp holds (either script): the cheap test before the stamps.
# 本贴由/张贴/发帖 hold 贴 or 帖, 是…发表/发表于/发表者 hold 发表.
_WITNESS = re.compile(r"贴|貼|帖|发表|發表|[Bb][Yy]|作者|楼主|樓主|博主")
_NICKNAME = re.compile(_NICK)
# What a stamp's Han "name" must not be: words of the page around it.
_NOT_NICK = frozenset(
    {
        "本站",
        "本版",
        "版主",
        "管理员",
        "游客",
        "匿名",
        "网友",
        "作者",
        "楼主",
        "本文",
        "发表于",
        "回复",
    }
)
_HEAD_PARAGRAPHS = 3
_MAX_HEADING = 40
_MAX_SIGNATURE = 16
_FOOT_BRACKET = re.compile(r"[(（\[［【]\s*([^()（）\[\]［］【】]{2,14}?)\s*[)）\]］】]")
_SENTENCE_END = re.compile(r"[。！？!?；;，,]")


def poster_credits(line: str) -> Credits | None:
    """The poster a forum or blog stamp names ("本贴由 大卫 于2005年8月12日…", "作者:zboygirl
    阅读(1660)", "… 22:36:13 by duscha"), or ``None``."""
    if not might_be_stamp(line):
        return None  # most lines: no stamp word, no t2s conversion
    simplified = to_simplified(line)
    if len(simplified) != len(line):
        line = simplified
    for stamp in _STAMPS:
        match = stamp.search(simplified)
        if match is None:
            continue
        name = line[match.start("name") : match.end("name")].strip()
        if _is_nickname(name):
            return Credits(authors=[name])
    return None


def nickname(text: str) -> str:
    """``text`` when it is a poster's name alone (a forum's author cell: "duscha", "芊草凡凡",
    "高山流水"), else ""."""
    name = text.strip()
    if not _NICKNAME.fullmatch(name) or to_simplified(name) in _NOT_NICK:
        return ""
    return name


def might_be_stamp(line: str) -> bool:
    """Whether ``line`` holds a word that every poster stamp holds (a cheap test)."""
    return _WITNESS.search(line) is not None


def _is_nickname(name: str) -> bool:
    if to_simplified(name) in _NOT_NICK:
        return False
    return name.isascii() or is_person_name(name)


def head_signature(paragraphs: Sequence[str], headlines: Sequence[str] = ()) -> Credits | None:
    """Names signed on a line of their own under an essay's headline line, at the head of the
    body ("犬儒病(上)" / "胡平"). The names need a known surname, or one of the page's
    `headlines` (its title, the lines above the body) shows the headline with them
    ("茉莉：我是怎样卷入八九民运的" / "茉莉")."""
    head = list(paragraphs[:_HEAD_PARAGRAPHS])
    for index in range(1, len(head)):
        line, above = head[index].strip(), head[index - 1].strip()
        if not _is_heading(above) or not 0 < len(line) <= _MAX_SIGNATURE:
            continue
        credits = bare_names(line) or _titled_names(line, above, headlines)
        if credits is not None:
            return credits
    return None


def foot_signature(paragraphs: Sequence[str]) -> Credits | None:
    """Names signed in brackets on the body's last line of its own ("……外科医生。" / "（袁源）"),
    with a known surname; a bracket closing a paragraph is the cleaning stage's
    (spans.py ``cut_credit``)."""
    last = paragraphs[-1].strip() if paragraphs else ""
    match = _FOOT_BRACKET.fullmatch(last) if len(last) <= _MAX_SIGNATURE else None
    return bare_names(match.group(1)) if match else None


def _is_heading(text: str) -> bool:
    return 0 < len(text) <= _MAX_HEADING and not _SENTENCE_END.search(text)


def _titled_names(line: str, heading: str, headlines: Sequence[str]) -> Credits | None:
    names = split_names(line)
    if not names or not all(map(is_person_name, names)):
        return None
    for headline in headlines:
        if heading in headline and all(name in headline for name in names):
            return Credits(authors=names)
    return None
