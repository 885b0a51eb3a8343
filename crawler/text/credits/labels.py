"""Room: crawler/text/credits — the labels of credit lines, the role each one gives its value,
and what a news organisation looks like.

Labels are written once, in Simplified: line.py matches them on the t2s form of the line
(t2s keeps every character's position, so values are then sliced from the original text).
That makes 審核/审核, 發布/發佈/发布 and 瀏覽/浏览 one label each.
"""

from __future__ import annotations

import re
from functools import cache

from crawler.text.convert import to_simplified, to_traditional

# role -> labels. "reporter" labels may carry an organisation before them ("新华社记者",
# "本报实习生") and may be glued to the name ("本报记者张三"); every other label needs a
# separator after it.
_LABELS: dict[str, tuple[str, ...]] = {
    "source": (
        "来源", "来源于", "稿源", "出处", "信息来源", "文章来源", "新闻来源", "消息来源",
        "稿件来源", "供稿", "供稿单位", "发布机构", "发布单位", "来源单位", "出自",
        "发文机关",
    ),
    # 整合/整理: a round-up compiled by a reporter ("整合 新华日报·交汇点记者 徐睿翔").
    "author": ("作者", "撰文", "撰稿", "文字", "执笔", "执笔人", "文", "整合", "整理", "采写"),
    "reporter": (
        "记者", "通讯员", "实习生", "见习记者", "特约记者", "首席记者", "融媒体记者",
        "全媒体记者",
    ),
    "editor": (
        "编辑", "责任编辑", "责编", "编审", "审核", "审校", "校对", "责任校对", "终审",
        "初审", "复审", "一审", "二审", "三审", "主编", "美编", "值班编辑", "网络编辑",
        "审稿", "签发", "编校", "校审", "监制",
    ),
    # Not "摄" alone: it ends a credit ("张三 摄"), it does not label one.
    "photo": ("摄影", "摄像", "图", "图片", "拍摄", "视频"),
    "both": ("图文", "文图", "图/文", "文/图"),
    # Page furniture that shares the line with credits; its value is dropped.
    "meta": (
        "发布时间", "发布日期", "发表时间", "发稿时间", "更新时间", "更新日期", "上架日期",
        "录入时间", "时间", "日期", "浏览次数", "浏览量", "点击数", "点击量", "点击率",
        "阅读量", "阅读次数", "访问量", "访问次数", "点阅次数", "人气", "字号", "字体",
        "字级", "分享到", "分享", "版权声明", "打印", "关闭", "收藏",
    ),
}  # fmt: skip

ROLE_OF: dict[str, str] = {label: role for role, labels in _LABELS.items() for label in labels}

_REPORTER_WORDS = "记者|通讯员|实习生"
# What a credit without a label ends with: "张三 摄", "（姚峰 上海报道）", "（王煌忠／台中報導）".
_UNLABELLED_MARKS = ("摄", "攝", "报道", "報導", "报导", "報道")
_ALTERNATION = "|".join(re.escape(label) for label in sorted(ROLE_OF, key=lambda s: (-len(s), s)))

# (?<!\w): a label starts the line or follows a space/separator, so 编辑 in "稿事编辑部" or
# "给编辑写信" is not a label. The optional organisation is only tried before 记者/通讯员; a
# media group's outlets are joined by "·" ("顶端新闻·河南商报记者", "新华日报·交汇点记者").
LABEL_RE = re.compile(
    rf"(?<!\w)(?:(?P<org>[\u4e00-\u9fff](?:[\u4e00-\u9fff·]{{0,18}}?[\u4e00-\u9fff])?)"
    rf"(?=(?:{_REPORTER_WORDS})))?"
    rf"(?P<label>{_ALTERNATION})"
    r"(?P<sep>\s*[:|/]\s*|\s+)?"
)

_AGENCY = re.compile(r"[\u4e00-\u9fffA-Za-z·]{1,12}?(?:社|报|网|台|新闻|周刊|杂志|频道|客户端)")
_NOT_AGENCY = frozenset({"本报", "本台", "本网", "本刊", "本站", "本社"})
_PHOTO_ORG = re.compile(r"(?:摄影|图片)$")


def is_agency(text: str) -> bool:
    """A news organisation named before a reporter ("新华社", "聯合報"), not "本报"; outlets of
    one group joined by "·" ("新华日报·交汇点") when the first of them is one."""
    simplified = to_simplified(text)
    first = simplified.split("·", 1)[0]
    return first not in _NOT_AGENCY and bool(_AGENCY.fullmatch(first))


def reporter_role(org: str) -> str:
    """Photo/picture reporters ("摄影记者", "图片记者") credit photographers, others authors."""
    return "photo" if _PHOTO_ORG.search(org) else "author"


def leading_agency(text: str) -> str:
    """The news organisation opening a dateline ("新华社拉萨" -> "新华社"), or ""."""
    match = _AGENCY.match(to_simplified(text))
    found = text[: match.end()] if match else ""
    return found if found and is_agency(found) else ""


@cache
def credit_words() -> re.Pattern[str]:
    """Any word a credit needs, in either script: a label that credits someone or something
    (page furniture such as 浏览次数 does not), a photo or report mark. Lines without one are
    not worth a parse; built on first use (it converts the labels to Traditional)."""
    words = {
        form
        for label, role in ROLE_OF.items()
        if role != "meta"
        for form in (label, to_traditional(label))
    }
    words.update(_UNLABELLED_MARKS)
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))


def is_label(token: str) -> bool:
    """A label alone, with its organisation if any ("通讯员", "本报记者", "职工通讯员")."""
    return bool(LABEL_RE.fullmatch(to_simplified(token)))


def strip_label(token: str) -> str:
    """The token without a label glued to its start ("通讯员李四" -> "李四")."""
    match = LABEL_RE.match(to_simplified(token))
    return token[match.end() :] if match and match.end() < len(token) else token
