"""Room: extract — per-element text statistics of a page, computed in one walk of the tree.

The generic extractor scores every element by how much text, link text and Chinese sentence
punctuation it holds. Elements are numbered in document order (pre-order), so an element's
descendants are exactly the indexes `i+1 .. ends[i]`; all statistics live in flat lists indexed
by that number. The same walk collects the page's visible text lines (each text node, whitespace
collapsed, spaced-out CJK joined), which the date and byline finders read, so the text of a page
is read once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from crawler.extract.dom import Element, collapse_space, unspace_spaced_out

# Tags that start a new line of text; everything else (a, span, font, strong…) is inline.
BLOCK_TAGS = frozenset(
    ("address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
     "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
     "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
     "tbody", "td", "tfoot", "th", "thead", "tr", "ul")
)  # fmt: skip
MIN_BLOCK_CHARS = 8  # shorter blocks are labels and buttons, never scored as text
_PUNCT = re.compile(r"[，。、；！？：“”]")

# Selecting the attributes themselves is cheaper for libxml2 than filtering elements on them,
# and hands over the style value without a second lookup from Python.
_STYLED_XPATH = etree.XPath("descendant::*/@style | descendant::*/@hidden")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass
class TreeStats:
    """Flat per-element statistics; index = position in document order."""

    elements: list[Element] = field(default_factory=list)
    position: dict[Element, int] = field(default_factory=dict)  # element -> index
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
    lines: list[str] = field(default_factory=list)  # visible text nodes, in order, unspaced
    hidden: list[Element] = field(default_factory=list)  # hidden subtrees, not measured
    blocks: list[int] = field(default_factory=list)  # block elements holding text themselves

    def density(self, index: int) -> float:
        """Share of the subtree's characters that are link text."""
        chars = self.chars[index]
        return min(1.0, self.links[index] / chars) if chars else 0.0

    def index_of(self, element: Element) -> int:
        """Position of `element`, or -1 when it is outside the measured tree."""
        return self.position.get(element, -1)

    def children(self, index: int) -> list[int]:
        """Indexes of the direct children of `index`."""
        found, child = [], index + 1
        while child <= self.ends[index]:
            found.append(child)
            child = self.ends[child] + 1
        return found


def measure_tree(scope: Element) -> TreeStats:
    """Counts for every element under `scope` (inclusive), and its visible text lines.

    No recursion: elements come from lxml's own document-order iteration, parents are found
    through a position map, and subtree totals are summed in reverse order (every descendant
    has a larger index than its ancestors). A few simple passes beat one clever one here:
    each is a tight loop over flat lists.
    """
    stats = TreeStats()
    elements = list(scope.iter(etree.Element))
    position = {element: index for index, element in enumerate(elements)}
    stats.elements, stats.position = elements, position
    stats.tags = [element.tag for element in elements]
    stats.parents = [position.get(element.getparent(), -1) for element in elements]
    stats.parents[0] = -1
    stats.ends = _ends(stats.parents)
    skip = _hidden(stats, position)
    direct = _direct_text(stats, skip)
    _sum_subtrees(stats, skip, direct)
    return stats


def _ends(parents: list[int]) -> list[int]:
    ends = list(range(len(parents)))
    for index in range(len(parents) - 1, 0, -1):
        parent = parents[index]
        if ends[index] > ends[parent]:
            ends[parent] = ends[index]
    return ends


def _hidden(stats: TreeStats, position: dict[Element, int]) -> bytearray:
    """Mark hidden subtrees (display:none, `hidden`): listed for removal, never measured."""
    skip = bytearray(len(stats.elements))
    # One C-level attribute scan; reading attributes from Python per element costs twice as much.
    # Results come in document order, an element's attributes before its descendants.
    for value in _STYLED_XPATH(stats.elements[0]):
        element = value.getparent()
        index = position.get(element, 0)
        hidden = value.attrname == "hidden" or _HIDDEN_STYLE.search(value) is not None
        if index and not skip[index] and hidden:
            stats.hidden.append(element)
            end = stats.ends[index]
            skip[index : end + 1] = b"\x01" * (end + 1 - index)
    return skip


def _direct_text(stats: TreeStats, skip: bytearray) -> tuple[list[int], list[int]]:
    """Characters and punctuation of each element's own text and its children's tails.

    Also collects the visible text lines, keyed so that sorting restores document order: an
    element's text comes at its start, its tail after its last descendant (deeper tails first).
    """
    elements, parents, ends = stats.elements, stats.parents, stats.ends
    # Most texts and tails are None or layout whitespace: two comprehensions read them all far
    # faster than one loop body per element, and only the few real ones are processed below.
    texts = [
        (index, text)
        for index, element in enumerate(elements)
        if (text := element.text) and not text.isspace()
    ]
    tails = [
        (index, tail)
        for index, element in enumerate(elements)
        if (tail := element.tail) and not tail.isspace()
    ]
    if tails and tails[0][0] == 0:
        del tails[0]  # the scope's own tail lies outside it
    if stats.hidden:  # a hidden element's text is hidden; its tail is its parent's text
        texts = [(index, text) for index, text in texts if not skip[index]]
        tails = [(index, tail) for index, tail in tails if not skip[parents[index]]]
    # One integer per node sorts faster than tuples: text at 2*index, a tail at 2*end+1,
    # deeper tails (higher index) first among tails after the same last descendant.
    size = len(elements)
    keys = [2 * size * index for index, _ in texts]
    keys += [(2 * ends[index] + 1) * size + size - 1 - index for index, _ in tails]
    owners = [index for index, _ in texts]
    owners += [parents[index] for index, _ in tails]
    lines = [collapse_space(text) for _, text in texts]
    lines += [collapse_space(tail) for _, tail in tails]
    chars, punct, findall = [0] * size, [0] * size, _PUNCT.findall
    for number, owner in enumerate(owners):
        line = lines[number]
        spaces = line.count(" ")
        chars[owner] += len(line) - spaces
        if not line.isascii():  # the counted punctuation is all non-ASCII, and so is CJK
            punct[owner] += len(findall(line))
            if spaces > 1:  # joining spaced-out text removes spaces only: counts hold
                lines[number] = unspace_spaced_out(line)
    stats.lines = [lines[i] for i in sorted(range(len(keys)), key=keys.__getitem__)]
    return chars, punct


def _sum_subtrees(stats: TreeStats, skip: bytearray, direct: tuple[list[int], list[int]]) -> None:
    """Subtree totals and block-own totals, children before parents (reverse order)."""
    count = len(stats.elements)
    chars, punct = direct
    own_chars, own_punct = chars[:], punct[:]
    links, own_links = [0] * count, [0] * count
    tags, parents = stats.tags, stats.parents
    for index in range(count - 1, -1, -1):
        if skip[index] or not chars[index]:
            continue  # hidden, or no text at all (own counts are then zero too): nothing to add
        tag = tags[index]
        if tag == "a":
            links[index], own_links[index] = chars[index], own_chars[index]
        parent = parents[index]
        if parent < 0:
            continue
        chars[parent] += chars[index]
        links[parent] += links[index]
        punct[parent] += punct[index]
        if tag not in BLOCK_TAGS:  # inline text belongs to the enclosing block
            own_chars[parent] += own_chars[index]
            own_punct[parent] += own_punct[index]
            own_links[parent] += links[index] if tag == "a" else own_links[index]
    stats.chars, stats.links, stats.punct = chars, links, punct
    stats.own_chars, stats.own_punct, stats.own_links = own_chars, own_punct, own_links
    stats.score = [0.0] * count
    stats.blocks = [
        index
        for index in range(count)
        if own_chars[index] >= MIN_BLOCK_CHARS and tags[index] in BLOCK_TAGS and not skip[index]
    ]
