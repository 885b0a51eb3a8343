"""Room: crawler/text — page furniture that is not part of an article.

Phrases are compared on ``match_key`` (NFKC, t2s, lowercase, no punctuation/space), so one
entry covers 分享到/分享到：, 相关文章/相關文章, 打印本页/列印本頁 and any bracket decoration
("【 打印本页 】【 关闭窗口 】" is two phrases glued together). The rules:

- a line whose key is made only of known phrases (and page counters/dates) is boilerplate;
- a short line starting with a navigation/footer phrase ("上一篇：…", "分享到 微信") is too;
- so is the closing of a Hong Kong government press release ("Ends/Tuesday, January 7, 2020",
  "Issued at HKT 18:42", "NNNN");
- after a "related articles" header, the short lines that follow (link titles) are dropped
  until a long line shows the article has resumed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from crawler.text.keys import match_key


def _words(text: str) -> list[str]:
    """Phrase lists are written as whitespace-separated words, one theme per line."""
    return text.split()


SHORT_LINE = 40  # characters: link titles, widgets, footers are shorter than this
_FOOTER_LINE = 100  # a footer ("版权所有 … 沪ICP备…号") may be longer than a link title

_PHRASES = _words(
    """
分享到 分享 分享至 分享给 转发 点赞 评论 分享至好友和朋友圈 分享让更多人看到
相关文章 相关新闻 相关阅读 相关链接 相关稿件 相关推荐 相关报道 延伸阅读 推荐阅读 热点推荐
热门推荐 热门文章 热点新闻 更多新闻 猜你喜欢 为你推荐 更多
责任编辑 编辑 责编 作者 来源 摄影 记者
打印本页 打印此页 打印 列印本頁 列印 友善列印 打印文章 打印本文
关闭窗口 关闭本页 关闭 關閉視窗 关闭此页
字体 字号 大中小 大字号 中字号 小字号 默认 调整字体 字級 字體大小
扫一扫 手机扫一扫 扫一扫在手机打开当前页 扫描二维码 用手机扫描二维码 扫码 微信扫一扫
上一篇 下一篇 上一条 下一条 上一页 下一页 阅读下一篇 返回顶部 回到顶部 回顶部 回頂端 返回
回上一頁 回上页 回首页 返回首页 返回列表 top
版权所有 版权声明 免责声明 收藏 加入收藏 收藏本页 设为首页 网站地图 联系我们
纠错 我要纠错 微信 微博 新浪微博 腾讯微博 qq空间 qq好友 朋友圈 微信好友 微信朋友圈
facebook twitter line email plurk 无障碍浏览 简体 繁体 简体版 繁体版 play video
"""
)

# Counters and dates that follow these labels are part of the widget: "浏览次数：123",
# "发布时间：2020-10-09 10:00", "字号：默认".
_META_LABELS = _words(
    """
发布时间 发布日期 发表时间 发稿时间 更新时间 更新日期 上架日期 录入时间 时间 日期
浏览次数 浏览量 点击数 点击量 点击率 阅读量 阅读次数 访问量 访问次数 点阅次数 人气
"""
)
_COUNTER_CHARS = "0-9年月日时分秒号次万千"
# Share/like buttons show a count: "分享到: 0", "点赞 12".
_COUNTED = _words("分享到 分享 转发 点赞 评论 收藏")

_PREFIXES = _words(
    """
分享到 分享至 相关文章 相关新闻 相关阅读 相关链接 相关稿件 相关推荐 延伸阅读 推荐阅读
上一篇 下一篇 上一条 下一条 阅读下一篇 版权所有 copyright 扫一扫 主办单位 承办单位
技术支持 网站标识码 更多编辑台推荐新闻
"""
)
_FOOTER_MARKS = ("icp备", "公网安备", "版权所有", "allrightsreserved", "copyright")
# One C-level scan for all marks instead of a generator of ``in`` tests (~3x faster).
_FOOTER_MARK = re.compile("|".join(map(re.escape, _FOOTER_MARKS)))

_RELATED = _words(
    """
相关文章 相关新闻 相关阅读 相关链接 相关稿件 相关推荐 相关报道 延伸阅读 推荐阅读 热点推荐
热门推荐 热门文章 热点新闻 更多新闻 猜你喜欢 为你推荐 更多编辑台推荐新闻
"""
)

# The closing of every Hong Kong government press release (www.info.gov.hk/gia), on one line
# or several: "Ends/Tuesday, January 7, 2020", "Issued at HKT 18:42", the telex end mark
# "NNNN". Matched on the key: "endstuesdayjanuary72020", "issuedathkt1842", "nnnn".
_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_RELEASE_CLOSING_STARTS = ("ends", "issuedathkt", "nnnn")
_RELEASE_CLOSING = re.compile(
    rf"(?:ends(?:{_WEEKDAY_NAMES})?(?:{_MONTH_NAMES})\d{{5,6}})?(?:issuedathkt\d{{3,4}})?(?:nnnn)?"
)

_TIMESTAMP = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)


def phrase_keys(phrases: Iterable[str]) -> frozenset[str]:
    """Keys of ``phrases`` (e.g. a site profile's extra boilerplate), empty ones dropped."""
    return frozenset(k for k in map(match_key, phrases) if k)


_PHRASE_KEYS = phrase_keys(_PHRASES)
_META_KEYS = phrase_keys(_META_LABELS)
_COUNTED_KEYS = sorted(phrase_keys(_COUNTED), key=lambda k: (-len(k), k))
_PREFIX_KEYS = tuple(sorted(phrase_keys(_PREFIXES)))
_RELATED_KEYS = tuple(sorted(phrase_keys(_RELATED)))


@lru_cache(maxsize=64)
def _composite(extra_keys: frozenset[str]) -> re.Pattern[str]:
    # Longest first: the regex alternation takes the first branch that matches.
    phrases = sorted(_PHRASE_KEYS | extra_keys, key=lambda k: (-len(k), k))
    metas = sorted(_META_KEYS, key=lambda k: (-len(k), k))
    alternation = "|".join(map(re.escape, phrases))
    meta = "|".join(map(re.escape, metas))
    counted = "|".join(map(re.escape, _COUNTED_KEYS))
    return re.compile(rf"(?:{alternation}|(?:{counted})\d+|(?:{meta})[{_COUNTER_CHARS}]*)+")


def is_boilerplate(
    line: str, extra_keys: frozenset[str] = frozenset(), key: str | None = None
) -> bool:
    """Is ``line`` page furniture (on its own, without the related-articles context)?

    ``key``, when given, is ``match_key(line.strip())`` computed by the caller (see find_banners).
    """
    text = line.strip()
    key = match_key(text) if key is None else key
    return _is_boilerplate(text, key, extra_keys, _composite(extra_keys))


def _is_boilerplate(
    text: str, key: str, extra_keys: frozenset[str], composite: re.Pattern[str]
) -> bool:
    # ``text`` is stripped, ``key`` is its match_key, ``composite`` is _composite(extra_keys).
    if not key:
        return bool(text)  # only punctuation/symbols: "——", "|", "▲"
    if key in _PHRASE_KEYS or key in extra_keys:
        return True
    if key.startswith(_RELEASE_CLOSING_STARTS) and _RELEASE_CLOSING.fullmatch(key):
        return True
    if composite.fullmatch(key) or _TIMESTAMP.fullmatch(text):
        return True
    if len(text) <= SHORT_LINE and key.startswith(_PREFIX_KEYS):
        return True
    return len(text) <= _FOOTER_LINE and _FOOTER_MARK.search(key) is not None


def is_related_header(line: str) -> bool:
    """A "related articles" header ("相關文章:", "相关新闻：标题 内容")."""
    text = line.strip()
    return len(text) <= SHORT_LINE and match_key(text).startswith(_RELATED_KEYS)


def find_boilerplate(
    lines: Sequence[str],
    extra_keys: frozenset[str] = frozenset(),
    keys: Sequence[str] | None = None,
) -> list[bool]:
    """For each line, whether it is boilerplate, with the related-articles truncation.

    ``keys``, when given, holds ``match_key(line.strip())`` for each line.
    """
    texts = [line.strip() for line in lines]  # once, for both tests below
    if keys is None:
        keys = [match_key(text) for text in texts]
    composite = _composite(extra_keys)
    flags: list[bool] = []
    in_related = False
    for text, key in zip(texts, keys, strict=True):
        # is_related_header, on the key already at hand.
        if len(text) <= SHORT_LINE and key.startswith(_RELATED_KEYS):
            in_related = True
            flags.append(True)
            continue
        if in_related and len(text) > SHORT_LINE:
            in_related = False  # a real paragraph: the related box has ended
        flags.append(in_related or _is_boilerplate(text, key, extra_keys, composite))
    return flags
