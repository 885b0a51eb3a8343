"""Room: extract — the generic main-content extractor for Chinese news and government pages.

For pages whose profile gives no body selector. One bottom-up pass over the tree counts, per
element, its characters, link characters and Chinese sentence punctuation (，。、；！？), and the
text each block element holds itself. Text blocks score by punctuation and length and lend their
score to their parent (fully) and grandparent (half), as in Readability; a candidate's score is
discounted by its link density and by class/id names of navigation, sidebars, related lists,
comments and share bars. Candidates that follow the title heading inside its article region
are preferred, so a three-sentence article still beats a portal's long teaser lists.

The chosen container (plus qualifying siblings) is emitted as text blocks in document order
(<p>, <div>/<td> leaves, <br>-separated lines), skipping link lists and boilerplate widgets; the
title and the info bar above the first paragraph are left out (the caller parses the info bar).
Sub-headings (<h2>-<h6>, or blocks entirely in <strong>/<b>) are recorded by index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from crawler.extract.blocks import Block, emit_blocks
from crawler.extract.dom import collapse_space, unspace_spaced_out

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "table tbody td tfoot th thead tr ul".split()
)
_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "li", "dd", "h2", "h3", "h4", "h5", "h6"})
_CANDIDATE_TAGS = frozenset({"div", "td", "article", "section", "main", "body", "span", "font"})
_PUNCT = re.compile(r"[，。、；！？：“”]")
_NEGATIVE = re.compile(
    r"comment|foot|\bnav|menu|sidebar|side[-_]|related|relate|recommend|share|crumb|copyright|"
    r"banner|advert|\bads?\b|sponsor|\bhot|rank|toolbar|\btools?\b|print|pag(?:ination|er|es)\b|"
    r"login|search|qrcode|ewm|weixin|wechat|subscribe|social|\btags?\b|keyword|bottom|header|"
    r"popup|modal|dialog|\bmore\b|xgxw|xgwz|xglj|bdshare|jiathis|fenxiang|guess|extend|"
    r"disclaimer|statement|stream|\blist|item|caption|picinfo|\bdesc|notice|aside|widget|"
    r"author-?info",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"article|content|\bbody|\btext|entry|\bmain|\bpost|story|detail|news_?txt|zoom|trs_editor|"
    r"\bzw\b|txt|neirong|wenzhang|artical|\bcon\b|\bcontent",
    re.IGNORECASE,
)
_MIN_BLOCK_CHARS = 8
_TITLE_REGION = 4  # ancestors of the title heading that still belong to the article
_TITLE_BOOST = 2.0
_SIBLING_SHARE = 0.2
_CLIMB_LEVELS = 4
_TABLE_PARTS = frozenset({"td", "th", "tr", "tbody", "table"})
_CLIMB_MIN_GAIN = 1.3
_CLIMB_MAX_GAIN = 3.0
_CLIMB_DENSITY = 0.3


@dataclass
class _Stats:
    chars: int = 0
    links: int = 0
    punct: int = 0
    own_chars: int = 0  # text the element holds itself (not inside a nested block)
    own_links: int = 0
    own_punct: int = 0
    score: float = 0.0


@dataclass
class BodyResult:
    paragraphs: list[str] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # info-bar lines dropped before the body
    container: etree._Element | None = None


def extract_body(
    root: etree._Element, title: str, title_element: etree._Element | None
) -> BodyResult:
    """The main content of a page as ordered text blocks (empty when none is found)."""
    body = root.find("body")
    scope = body if body is not None else root
    elements = [e for e in scope.iter() if isinstance(e.tag, str)]
    stats = _measure(elements)
    _score_blocks(elements, stats)
    best = _best_candidate(elements, stats, title_element)
    if best is None:
        return BodyResult()
    best = _climb(best, stats, title_element)
    parts = _with_siblings(best, stats)
    blocks = emit_blocks(parts, lambda e: _measure_one(stats, e), title)
    return blocks_to_result(blocks, best)


def extract_selected(parts: list[etree._Element], title: str) -> BodyResult:
    """Body blocks of containers a profile selector chose (no scoring, same emission rules)."""
    elements = [e for part in parts for e in part.iter() if isinstance(e.tag, str)]
    stats = _measure(elements)
    blocks = emit_blocks(parts, lambda e: _measure_one(stats, e), title)
    return blocks_to_result(blocks, parts[0])


def _measure(elements: list[etree._Element]) -> dict[etree._Element, _Stats]:
    """Character, link and punctuation counts per element, in one bottom-up pass."""
    stats = {element: _Stats() for element in elements}
    for element in elements:
        own = stats[element]
        texts = [element.text or ""] + [child.tail or "" for child in element]
        joined = "".join(texts)
        own.own_chars = len("".join(joined.split()))
        own.own_punct = len(_PUNCT.findall(joined))
    for element in reversed(elements):
        own = stats[element]
        own.chars += own.own_chars
        own.punct += own.own_punct
        if element.tag == "a":
            own.links = own.chars
            own.own_links = own.own_chars
        parent = element.getparent()
        parent_stats = stats.get(parent) if parent is not None else None
        if parent_stats is None:
            continue
        parent_stats.chars += own.chars
        parent_stats.links += own.links
        parent_stats.punct += own.punct
        if element.tag not in BLOCK_TAGS:  # inline text belongs to the enclosing block
            parent_stats.own_chars += own.own_chars
            parent_stats.own_punct += own.own_punct
            parent_stats.own_links += own.links if element.tag == "a" else own.own_links
    return stats


def _measure_one(stats: dict[etree._Element, _Stats], element: etree._Element) -> tuple[int, float]:
    own = stats.get(element)
    return (own.chars, _density(stats, element)) if own else (0, 0.0)


def _score_blocks(elements: list[etree._Element], stats: dict[etree._Element, _Stats]) -> None:
    """Each text block lends its score to its parent and (half) grandparent."""
    for element in elements:
        own = stats[element]
        if element.tag not in BLOCK_TAGS or own.own_chars < _MIN_BLOCK_CHARS:
            continue
        if own.own_links * 2 > own.own_chars:
            continue
        score = 1 + own.own_punct + min(own.own_chars / 40, 4)
        if element.tag not in _PARAGRAPH_TAGS:  # a div/td holding text directly is a container
            own.score += score
        parent = element.getparent()
        for share in (1.0, 0.5):
            if parent is None or parent not in stats:
                break
            stats[parent].score += score * share
            parent = parent.getparent()


def _best_candidate(
    elements: list[etree._Element],
    stats: dict[etree._Element, _Stats],
    title_element: etree._Element | None,
) -> etree._Element | None:
    region, title_index = _title_region(elements, title_element)
    best: tuple[float, etree._Element] | None = None
    for index, element in enumerate(elements):
        own = stats[element]
        if own.score <= 0 or element.tag not in _CANDIDATE_TAGS | _PARAGRAPH_TAGS:
            continue
        score = own.score * (1 - _density(stats, element)) * _class_weight(element)
        if region is not None and index >= title_index and _inside(element, region):
            score *= _TITLE_BOOST
        if best is None or score > best[0]:
            best = (score, element)
    return best[1] if best else None


def _title_region(
    elements: list[etree._Element], title_element: etree._Element | None
) -> tuple[etree._Element | None, int]:
    """The title heading's article region (an ancestor a few levels up) and its position."""
    if title_element is None:
        return None, 0
    region = title_element
    for _ in range(_TITLE_REGION):
        parent = region.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        region = parent
    try:
        return region, elements.index(title_element)
    except ValueError:
        return None, 0


def _inside(element: etree._Element, ancestor: etree._Element) -> bool:
    node: etree._Element | None = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _density(stats: dict[etree._Element, _Stats], element: etree._Element) -> float:
    own = stats.get(element)
    if own is None or own.chars == 0:
        return 0.0
    return min(1.0, own.links / own.chars)


def _class_weight(element: etree._Element) -> float:
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if not names.strip():
        return 1.0
    weight = 1.0
    if _NEGATIVE.search(names):
        weight *= 0.4
    if _POSITIVE.search(names):
        weight *= 1.3
    return weight


def _climb(
    best: etree._Element, stats: dict[etree._Element, _Stats], title: etree._Element | None
) -> etree._Element:
    """Widen a table-cell container to an ancestor when the article continues beyond it.

    Bodies laid out in tables (Hong Kong LegCo answers: one cell per numbered point) leave the
    best cell holding only part of the text; div layouts are left alone, since there the extra
    punctuation above the body is comments and teasers. An ancestor is taken when it adds at
    least 30% more sentence punctuation (but no more than triples it, which would mean a page
    wrapper), is not link-heavy, and does not reach above the block that holds both the title
    and the best candidate.
    """
    if best.tag not in _TABLE_PARTS:
        return best
    limit = _common_ancestor(best, title) if title is not None else None
    base = max(stats[best].punct, 1)
    chosen, node = best, best.getparent()
    for _ in range(_CLIMB_LEVELS):
        if node is None or node.tag in ("body", "html") or node not in stats:
            break
        own = stats[node]
        if own.punct > base * _CLIMB_MAX_GAIN:
            break
        if own.punct >= base * _CLIMB_MIN_GAIN and _density(stats, node) <= _CLIMB_DENSITY:
            chosen = node
        if node is limit:
            break
        node = node.getparent()
    return chosen


def _common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element | None:
    ancestors = {id(node) for node in a.iterancestors()} | {id(a)}
    node: etree._Element | None = b
    while node is not None:
        if id(node) in ancestors:
            return node
        node = node.getparent()
    return None


def _with_siblings(
    best: etree._Element, stats: dict[etree._Element, _Stats]
) -> list[etree._Element]:
    """The container plus siblings that continue the article (split bodies, pagination)."""
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = max(10.0, stats[best].score * _SIBLING_SHARE)
    parts = []
    for sibling in parent:
        if sibling is best:
            parts.append(sibling)
            continue
        own = stats.get(sibling)
        if own is None or _class_weight(sibling) < 1.0 or _density(stats, sibling) > 0.25:
            continue
        if own.score >= threshold or (sibling.tag == "p" and own.punct >= 2):
            parts.append(sibling)
    return parts


def blocks_to_result(blocks: Iterator[Block], container: etree._Element) -> BodyResult:
    """Paragraphs and heading indexes; title/info-bar blocks before the first paragraph are
    set aside as `preamble` (the byline parser reads them)."""
    result = BodyResult(container=container)
    started = False
    for block in blocks:
        text = unspace_spaced_out(collapse_space(block.text))
        if not text:
            continue
        if not started and block.preamble:
            result.preamble.append(text)
            continue
        started = True
        if block.heading:
            result.headings.append(len(result.paragraphs))
        result.paragraphs.append(text)
    return result
