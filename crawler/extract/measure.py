"""Room: extract — per-element text statistics of a page, computed in one walk of the tree.

The generic extractor scores every element by how much text, link text and Chinese sentence
punctuation it holds. Elements are numbered in document order (pre-order), so an element's
descendants are exactly the indexes `i+1 .. ends[i]`; all statistics live in flat lists indexed
by that number, which keeps the walk at a few list operations per element (portal pages have
thousands of elements and the walk runs once per page).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from crawler.extract.dom import Element

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "table tbody td tfoot th thead tr ul".split()
)
PUNCTUATION = "，。、；！？：“”"


@dataclass
class TreeStats:
    """Flat per-element statistics; index = position in document order."""

    elements: list[Element] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)  # -1 for the walk's root
    ends: list[int] = field(default_factory=list)  # index of the last descendant
    chars: list[int] = field(default_factory=list)  # non-space characters in the subtree
    links: list[int] = field(default_factory=list)  # of which inside <a>
    punct: list[int] = field(default_factory=list)  # Chinese punctuation in the subtree
    own_chars: list[int] = field(default_factory=list)  # text not inside a nested block
    own_links: list[int] = field(default_factory=list)
    own_punct: list[int] = field(default_factory=list)
    direct_chars: list[int] = field(default_factory=list)  # text and child tails only
    direct_punct: list[int] = field(default_factory=list)
    score: list[float] = field(default_factory=list)

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
    """Counts for every element under `scope` (inclusive), in one start/end walk."""
    stats = TreeStats()
    stack: list[int] = []
    for event, element in etree.iterwalk(scope, events=("start", "end")):
        if event == "start":
            _open(stats, stack, element)
        else:
            _close(stats, stack, element)
    return stats


def _open(stats: TreeStats, stack: list[int], element: Element) -> None:
    index = len(stats.tags)
    tag = element.tag if isinstance(element.tag, str) else ""
    stats.elements.append(element)
    stats.tags.append(tag)
    stats.parents.append(stack[-1] if stack else -1)
    stats.ends.append(index)
    for column in (stats.chars, stats.links, stats.punct, stats.own_links):
        column.append(0)
    text = element.text if tag else None
    chars, punct = (_nonspace(text), _punct(text)) if text else (0, 0)
    stats.own_chars.append(chars)
    stats.own_punct.append(punct)
    stats.direct_chars.append(chars)
    stats.direct_punct.append(punct)
    stats.score.append(0.0)
    stack.append(index)


def _close(stats: TreeStats, stack: list[int], element: Element) -> None:
    index = stack.pop()
    stats.ends[index] = len(stats.tags) - 1
    # Totals so far hold the children's subtrees; add this element's direct text.
    stats.chars[index] += stats.direct_chars[index]
    stats.punct[index] += stats.direct_punct[index]
    tag = stats.tags[index]
    if tag == "a":
        stats.links[index] = stats.chars[index]
        stats.own_links[index] = stats.own_chars[index]
    if not stack:
        return
    parent = stack[-1]
    stats.chars[parent] += stats.chars[index]
    stats.links[parent] += stats.links[index]
    stats.punct[parent] += stats.punct[index]
    if tag not in BLOCK_TAGS:  # inline text belongs to the enclosing block
        stats.own_chars[parent] += stats.own_chars[index]
        stats.own_punct[parent] += stats.own_punct[index]
        stats.own_links[parent] += stats.links[index] if tag == "a" else stats.own_links[index]
    tail = element.tail
    if tail:  # the tail is text of the parent, after this element
        chars, punct = _nonspace(tail), _punct(tail)
        stats.direct_chars[parent] += chars
        stats.direct_punct[parent] += punct
        stats.own_chars[parent] += chars
        stats.own_punct[parent] += punct


def _nonspace(text: str) -> int:
    return len("".join(text.split()))


def _punct(text: str) -> int:
    return sum(map(text.count, PUNCTUATION))
