"""Room: extract — per-element text statistics of a page, computed in one walk of the tree.

The generic extractor scores every element by how much text, link text and Chinese sentence
punctuation it holds. Elements are numbered in document order (pre-order), so an element's
descendants are exactly the indexes `i+1 .. ends[i]`; all statistics live in flat lists indexed
by that number. The same walk collects the page's visible text lines (each text node, whitespace
collapsed), which the date and byline finders read, so the text of a page is read once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from crawler.extract.dom import Element

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "table tbody td tfoot th thead tr ul".split()
)
MIN_BLOCK_CHARS = 8  # shorter blocks are labels and buttons, never scored as text
_PUNCT = re.compile(r"[，。、；！？：“”]")

# What one walk step returns: chars, links, punct, own chars, own punct, own links.
_Counts = tuple[int, int, int, int, int, int]
_ZERO: _Counts = (0, 0, 0, 0, 0, 0)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass
class TreeStats:
    """Flat per-element statistics; index = position in document order.

    The walk appends one record per element; `finish` turns the records into columns.
    """

    elements: list[Element] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)  # -1 for the walk's root
    ends: list[int] = field(default_factory=list)  # index of the last descendant
    chars: Sequence[int] = ()  # non-space characters in the subtree
    links: Sequence[int] = ()  # of which inside <a>
    punct: Sequence[int] = ()  # Chinese punctuation in the subtree
    own_chars: Sequence[int] = ()  # text not inside a nested block
    own_punct: Sequence[int] = ()
    own_links: Sequence[int] = ()
    score: list[float] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # visible text nodes, in order
    hidden: list[Element] = field(default_factory=list)  # hidden subtrees, not measured
    blocks: list[int] = field(default_factory=list)  # block elements holding text themselves
    records: list[_Counts] = field(default_factory=list)

    def finish(self) -> None:
        columns = list(zip(*self.records, strict=True)) if self.records else [()] * 6
        self.chars, self.links, self.punct = columns[0], columns[1], columns[2]
        self.own_chars, self.own_punct, self.own_links = columns[3], columns[4], columns[5]
        self.score = [0.0] * len(self.records)

    def density(self, index: int) -> float:
        """Share of the subtree's characters that are link text."""
        chars = self.chars[index]
        return min(1.0, self.links[index] / chars) if chars else 0.0

    def index_of(self, element: Element) -> int:
        """Position of `element`, or -1 when it is outside the measured tree."""
        for index, candidate in enumerate(self.elements):
            if candidate is element:
                return index
        return -1

    def children(self, index: int) -> list[int]:
        """Indexes of the direct children of `index`."""
        found, child = [], index + 1
        while child <= self.ends[index]:
            found.append(child)
            child = self.ends[child] + 1
        return found

    def lookup(self, index: int) -> dict[Element, int]:
        """Element -> index for the subtree at `index` (for walks over that subtree)."""
        return {self.elements[i]: i for i in range(index, self.ends[index] + 1)}


def measure_tree(scope: Element) -> TreeStats:
    """Counts for every element under `scope` (inclusive), and its visible text lines."""
    stats = TreeStats()
    _walk(stats, scope, -1)
    stats.finish()
    return stats


def _walk(stats: TreeStats, element: Element, parent: int) -> _Counts:
    """Record `element` and its subtree; return the element's counts.

    Recursion depth is the tree depth (libxml2 caps it at 256 without `huge_tree`). Hidden
    children (display:none, `hidden`) are listed in `stats.hidden` and not measured.
    """
    index = len(stats.tags)
    tag = element.tag
    stats.elements.append(element)
    stats.tags.append(tag)
    stats.parents.append(parent)
    stats.ends.append(index)
    stats.records.append(_ZERO)
    chars, punct = _text(stats, element.text)
    own_chars, own_punct, own_links, links = chars, punct, 0, 0
    for child in element:
        if isinstance(child.tag, str):
            if _is_hidden(child):
                stats.hidden.append(child)
            else:
                sub = _walk(stats, child, index)
                chars, links, punct = chars + sub[0], links + sub[1], punct + sub[2]
                if child.tag not in BLOCK_TAGS:  # inline text belongs to the enclosing block
                    own_chars, own_punct = own_chars + sub[3], own_punct + sub[4]
                    own_links += sub[1] if child.tag == "a" else sub[5]
        tail_chars, tail_punct = _text(stats, child.tail)
        chars, punct = chars + tail_chars, punct + tail_punct
        own_chars, own_punct = own_chars + tail_chars, own_punct + tail_punct
    if tag == "a":
        links, own_links = chars, own_chars
    stats.ends[index] = len(stats.tags) - 1
    counts = (chars, links, punct, own_chars, own_punct, own_links)
    stats.records[index] = counts
    if own_chars >= MIN_BLOCK_CHARS and tag in BLOCK_TAGS:
        stats.blocks.append(index)
    return counts


def _is_hidden(element: Element) -> bool:
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    return element.get("hidden") is not None or element.get("aria-hidden") == "true"


def _text(stats: TreeStats, text: str | None) -> tuple[int, int]:
    """Record a text node as a line; return its non-space characters and punctuation."""
    if not text or text.isspace():
        return 0, 0
    line = " ".join(text.split())
    stats.lines.append(line)
    return len(line) - line.count(" "), len(_PUNCT.findall(line))
