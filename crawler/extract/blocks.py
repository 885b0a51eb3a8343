"""Room: extract — turn a chosen content container into ordered text blocks.

A block ends at every block-level element boundary and at <br>, so "<p>", "<div>" leaves and
"line<br>line" bodies all come out one paragraph per visual line. Inside the container, widgets
that are not article text are skipped: share bars, related-news and comment sections, print and
font-size tools (by class/id), and link lists (blocks that are mostly link text). Credit lines
and repeated headlines are left in: the cleaning stage recognises those and turns credits into
metadata. A block set entirely in <strong>/<b>, or an <h2>-<h6>, is flagged as a sub-heading.
`is_preamble` tells blocks that look like the title or an info bar ("2020-10-04 20:30 来源:
长江网"), which the caller drops (and parses for credits) when they precede the first paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from lxml import etree

from crawler.extract.dom import collapse_space
from crawler.extract.measure import BLOCK_TAGS

Measure = Callable[[etree._Element], tuple[int, float]]  # (characters, link density)

INLINE_BREAKS = frozenset({"br"})
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_BOLD_TAGS = frozenset({"strong", "b"})
# A font-size *widget* is skipped ("fontsize", "font_size_btn", "fontSizeBtn"); a size *tier*
# class ("fontSize1", which Hong Kong government pages put on the title and the whole body)
# only says how the text is set, and skipping it lost short press releases entirely.
_SKIP = re.compile(
    r"share|bdshare|jiathis|fenxiang|comment|related|relate|recommend|crumb|copyright|"
    r"footer|toolbar|\bprint|pagination|\bpager\b|qrcode|ewm|subscribe|social|\btags?\b|"
    r"keyword|advert|\bads?\b|sponsor|disclaimer|guess|popup|modal|dialog|login|search|"
    r"\bnav\b|navbar|menu|sidebar|font[-_]?size(?![-_]?\d)|set_font|zihao|photo_pop|popover|"
    r"accessib|accessbility|sr-only|visually-?hidden|screen-?reader|\bhide\b|\bhidden\b",
    re.IGNORECASE,
)
_SKIP_MAX_CHARS = 300  # a widget class on a long prose block is a mislabel, not a widget
_LINK_LIST_DENSITY = 0.6
_LINK_LIST_MIN_CHARS = 20
_HEADING_MAX_CHARS = 40
_PROSE = re.compile(r"[。！？；]|，.*，")
_DATE_LIKE = re.compile(r"\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}")
_INFO_LABELS = re.compile(
    r"来源|來源|作者|记者|記者|编辑|編輯|责编|責編|发布|發佈|發布|时间|時間|日期|浏览|瀏覽|"
    r"阅读|閱讀|点击|點擊|字号|字號|分享|打印|列印|字体|字體|访问量|次数"
)
_INFO_MAX = 60  # an info bar is a short line: date, source, author, counters
_DATE_ONLY_MAX = 30  # a longer line with a date is a dateline sentence, not an info bar
_WIDGET_MAX = 20
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# "【1】【2】【3】", "1 2 3 下一页": the page links of a multi-page article.
_PAGE_NUMBERS = re.compile(
    r"^(?:[【\[]\s*\d{1,3}\s*[】\]]\s*){2,}$|^(?:\d{1,3}\s+){2,}(?:\d{1,3}|下一页|下一頁)$"
)
# Share targets and tool labels that appear as whole blocks inside article bodies.
_WIDGET_WORDS = frozenset(
    ("分享", "分享到", "facebook", "twitter", "line", "weibo", "微博", "微信", "朋友圈", "qq空间",
     "收藏", "列印", "打印", "留言", "a-", "a+", "大", "中", "小")
)  # fmt: skip
_WIDGET_WORD_MAX = max(map(len, _WIDGET_WORDS))


class Block(NamedTuple):
    # A named tuple: created once per emitted line, where a frozen dataclass's slower
    # __init__ showed in profiles.
    text: str
    heading: bool = False


def emit_blocks(parts: Iterable[etree._Element], measure: Measure) -> Iterator[Block]:
    """Text blocks of the container `parts`, in document order."""
    emitter = _Emitter(measure)
    for part in parts:
        emitter.visit(part, top=True)
        emitter.flush()
    return iter(emitter.blocks)


class _Emitter:
    """Depth-first walk that buffers text and cuts a block at every block/<br> boundary.

    It runs once per element of the container, so the hot path avoids calls: flushing an
    empty buffer is skipped at the call site (an empty buffer never has bold characters
    pending), and texts are appended inline.
    """

    def __init__(self, measure: Measure) -> None:
        self.measure = measure
        self.buffer: list[str] = []
        self.bold_chars = 0
        self.bold_depth = 0
        self.blocks: list[Block] = []

    def add_bold(self, text: str) -> None:
        self.buffer.append(text)
        self.bold_chars += len("".join(text.split()))

    def flush(self, heading: bool = False) -> None:
        buffer = self.buffer
        text = collapse_space("".join(buffer))
        bold = self.bold_chars
        buffer.clear()
        self.bold_chars = 0
        if not text:
            return
        # lower() never shortens a text, so longer texts cannot be widget words.
        widget = len(text) <= _WIDGET_WORD_MAX and text.lower() in _WIDGET_WORDS
        if widget or _PAGE_NUMBERS.match(text):
            return
        chars = len(text) - text.count(" ")  # collapsed: " " is its only whitespace
        is_bold = bold >= chars and chars <= _HEADING_MAX_CHARS and not _PROSE.search(text)
        self.blocks.append(Block(text, heading or is_bold))

    def visit(self, element: etree._Element, top: bool = False) -> None:
        tag = element.tag
        if not isinstance(tag, str):
            return
        buffer = self.buffer
        if tag in INLINE_BREAKS:
            if buffer:
                self.flush()
            return
        if not top and self._skip(element, tag):
            return
        is_block = tag in BLOCK_TAGS
        if is_block and buffer:
            self.flush()
        bold = tag in _BOLD_TAGS
        self.bold_depth += bold
        add = self.add_bold if self.bold_depth else buffer.append
        text = element.text
        if text:
            add(text)
        for child in element:
            self.visit(child)
            tail = child.tail
            if tail:
                add(tail)
        self.bold_depth -= bold
        if is_block and buffer:
            self.flush(heading=tag in _HEADING_TAGS)

    def _skip(self, element: etree._Element, tag: str) -> bool:
        chars, density = self.measure(element)
        is_list = chars >= _LINK_LIST_MIN_CHARS and density > _LINK_LIST_DENSITY
        if is_list and (tag in BLOCK_TAGS or tag == "span"):
            return True
        if chars >= _SKIP_MAX_CHARS:
            return False  # decided before reading the two attributes
        names = f"{element.get('class', '')} {element.get('id', '')}"
        return bool(names.strip()) and bool(_SKIP.search(names))


def is_preamble(text: str, title_key: str) -> bool:
    """The title, an info bar, or a widget leftover; `title_key` is the title sans spaces."""
    if _PROSE.search(text):
        return False
    key = _key(text)
    if title_key and (key == title_key or (len(key) >= 4 and key in title_key)):
        return True
    if len(text) <= _WIDGET_MAX and not _CJK.search(text):
        return True
    if len(text) <= _INFO_MAX and _INFO_LABELS.search(text):
        return True
    return len(text) <= _DATE_ONLY_MAX and bool(_DATE_LIKE.search(text))


def _key(text: str) -> str:
    return "".join(text.split())
