"""Room: extract — the generic main-content extractor for Chinese news and government pages.

For pages whose profile gives no body selector. One bottom-up pass over the tree counts, per
element, its characters, link characters and Chinese sentence punctuation (，。、；！？), and the
text each block element holds itself. Text blocks score by punctuation and length and lend their
score to their parent (fully) and grandparent (half), as in Readability; a candidate's score is
discounted by its link density and by class/id names of navigation, sidebars, related lists,
comments and share bars; a candidate that is mostly link text (a forum's reply tree, teaser
lists) is never chosen. Candidates that follow the title heading inside its article region
are preferred, so a three-sentence article still beats a portal's long teaser lists. When the
winner is, or holds, a comment section (a blog post's 63 comments), scoring runs again without
it; when it is one of repeated post containers (forum posts, a blog archive's posts), the first
post is the body.

The chosen container (plus qualifying siblings) is emitted as text blocks in document order
(<p>, <div>/<td> leaves, <br>-separated lines), skipping link lists and boilerplate widgets; the
title and the info bar above the first paragraph are left out (the caller parses the info bar).
Sub-headings (<h2>-<h6>, or blocks entirely in <strong>/<b>) are recorded by index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from crawler.extract.blocks import Block, Measure, emit_blocks, is_preamble
from crawler.extract.dom import Element, unspace_spaced_out
from crawler.extract.measure import TreeStats, measure_tree

_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "li", "dd", "h2", "h3", "h4", "h5", "h6"})
# Elements that can be the article container (a <p> too: some bodies are one <p> with <br>s).
_CONTAINERS = frozenset({"div", "td", "article", "section", "main", "body", "span", "font"})
_CANDIDATES = _CONTAINERS | _PARAGRAPH_TAGS
_NEGATIVE = re.compile(
    r"comment|foot|\bnav|menu|sidebar|side[-_]|related|relate|recommend|share|crumb|copyright|"
    r"banner|advert|\bads?\b|sponsor|\bhot|rank|toolbar|\btools?\b|print|pag(?:ination|er|es)\b|"
    r"login|search|qrcode|ewm|weixin|wechat|subscribe|social|\btags?\b|keyword|bottom|header|"
    r"popup|modal|dialog|\bmore\b|xgxw|xgwz|xglj|bdshare|jiathis|fenxiang|guess|extend|"
    r"disclaimer|statement|stream|\blist|item|caption|picinfo|\bdesc|aside|widget|"
    r"author-?info",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"article|content|\bbody|\btext|entry|\bmain|\bpost|story|detail|news_?txt|zoom|trs_editor|"
    r"\bzw\b|txt|neirong|wenzhang|artical|\bcon\b|\bcontent",
    re.IGNORECASE,
)
_LIST_DENSITY = 0.5
_TITLE_REGION = 4  # ancestors of the title heading that still belong to the article
_TITLE_BOOST = 2.0
_NEGATIVE_WEIGHT = 0.4
_POSITIVE_WEIGHT = 1.3
# The most the class weight and the title boost multiply a score by. Doubling is exact in
# floating point and rounding is monotonic, so a boosted score never exceeds score * this.
_MAX_GAIN = _POSITIVE_WEIGHT * _TITLE_BOOST
_SIBLING_SHARE = 0.2
_DESCEND_SHARE = 0.85
_CLIMB_LEVELS = 4
_TABLE_PARTS = frozenset({"td", "th", "tr", "tbody", "table"})
_CLIMB_MIN_GAIN = 1.3
_CLIMB_MAX_GAIN = 3.0
_CLIMB_DENSITY = 0.3


@dataclass
class BodyResult:
    paragraphs: list[str] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # info-bar lines dropped before the body
    container: Element | None = None


def extract_body(stats: TreeStats, title: str, title_element: Element | None) -> BodyResult:
    """The main content of a measured page as ordered text blocks (empty when none is found)."""
    scored = _score_blocks(stats)
    heading = stats.index_of(title_element) if title_element is not None else -1
    best = _best_candidate(stats, scored, heading)
    sections = _comment_sections(stats, best) if best >= 0 else []
    if sections:  # readers' comments lent the winner its score: score again without them
        stats.score[:] = [0.0] * len(stats.score)
        scored = _score_blocks(stats, sections)
        best = _best_candidate(stats, scored, heading)
    if best < 0:
        return BodyResult()
    best = _first_post(stats, scored, _climb(stats, _descend(stats, best), heading))
    parts = _with_siblings(stats, best)
    blocks = emit_blocks([stats.elements[i] for i in parts], _measurer(stats))
    return blocks_to_result(blocks, stats.elements[best], title)


def extract_selected(parts: list[Element], title: str) -> BodyResult:
    """Body blocks of containers a profile selector chose (no scoring, same emission rules)."""
    lookup: dict[Element, tuple[TreeStats, int]] = {}
    for part in parts:
        stats = measure_tree(part)
        lookup.update({element: (stats, i) for i, element in enumerate(stats.elements)})

    def measure(element: Element) -> tuple[int, float]:
        found = lookup.get(element)
        return (found[0].chars[found[1]], found[0].density(found[1])) if found else (0, 0.0)

    return blocks_to_result(emit_blocks(parts, measure), parts[0], title)


def _measurer(stats: TreeStats) -> Measure:
    """(characters, link density) of an element; called for every element emitted, so the
    lookups are bound once and `TreeStats.density` is inlined."""
    get, chars, links = stats.position.get, stats.chars, stats.links

    def measure(element: Element) -> tuple[int, float]:
        index = get(element, -1)
        if index < 0:
            return (0, 0.0)
        count = chars[index]
        return (count, min(1.0, links[index] / count) if count else 0.0)

    return measure


# Comment sections (a blog's "#comments", "feedback", "pinglun"): readers' text, never the article,
# however many comments outweigh a short post.
_COMMENT_NAMES = re.compile(r"comment|feedback|pinglun", re.IGNORECASE)


_COMMENT_DEPTH = 2  # how far below the winner a comment section is looked for


def _comment_sections(stats: TreeStats, best: int) -> list[tuple[int, int]]:
    """(first, last) element indexes of the comment sections the winner is in or holds.

    Only the winner's ancestors and its children and grandchildren are read (a blog template
    puts "#comments" beside the post, inside the winning wrapper), so pages whose article wins
    cleanly cost a few attribute reads.
    """
    outer, node = -1, best
    while node >= 0:
        if _is_comment(stats.elements[node]):
            outer = node
        node = stats.parents[node]
    if outer >= 0:
        return [(outer, stats.ends[outer])]
    found, level = [], [best]
    for _ in range(_COMMENT_DEPTH):
        level = [child for parent in level for child in stats.children(parent)]
        found += [c for c in level if _is_comment(stats.elements[c])]
        level = [c for c in level if c not in found]
    return sorted((index, stats.ends[index]) for index in found)


def _is_comment(element: Element) -> bool:
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(names.strip()) and bool(_COMMENT_NAMES.search(names))


def _score_blocks(stats: TreeStats, skipped: Sequence[tuple[int, int]] = ()) -> set[int]:
    """Each text block lends its score to its parent and (half) grandparent; returns the
    indexes that received a score (the only candidates worth looking at). Blocks inside the
    `skipped` ranges (comment sections) lend nothing, unless nothing else holds text."""
    scored = _lend_scores(stats, _outside(stats.blocks, skipped) if skipped else stats.blocks)
    return scored if scored or not skipped else _lend_scores(stats, stats.blocks)


def _outside(blocks: list[int], ranges: Sequence[tuple[int, int]]) -> list[int]:
    """The block indexes (ascending) that fall in none of the sorted, disjoint `ranges`."""
    kept, position = [], 0
    for index in blocks:
        while position < len(ranges) and ranges[position][1] < index:
            position += 1
        if position < len(ranges) and ranges[position][0] <= index:
            continue
        kept.append(index)
    return kept


def _lend_scores(stats: TreeStats, blocks: list[int]) -> set[int]:
    scored: set[int] = set()
    for index in blocks:
        own = stats.own_chars[index]
        if stats.own_links[index] * 2 > own:
            continue
        score = 1 + stats.own_punct[index] + min(own / 40, 4)
        if stats.tags[index] not in _PARAGRAPH_TAGS:  # a div/td holding text is a container
            stats.score[index] += score
            scored.add(index)
        parent = stats.parents[index]
        for share in (1.0, 0.5):
            if parent < 0:
                break
            stats.score[parent] += score * share
            scored.add(parent)
            parent = stats.parents[parent]
    return scored


def _best_candidate(stats: TreeStats, scored: set[int], heading: int) -> int:
    """Index of the best-scoring container, -1 when no element holds scored text."""
    region = _title_region(stats, heading)
    best, best_score = -1, 0.0
    for index in sorted(scored):
        if stats.tags[index] not in _CANDIDATES:
            continue
        density = stats.density(index)
        if density > _LIST_DENSITY:
            continue  # mostly link text: a list of links (a reply tree, teasers), not prose
        score = stats.score[index] * (1 - density)
        if score * _MAX_GAIN < best_score:
            continue  # cannot win even at the top weight and boost: skip the attribute reads
        score *= _class_weight(stats.elements[index])
        # In the title's region: after the heading, or holding it (the article's own block).
        in_region = region >= 0 and region <= index <= stats.ends[region]
        if in_region and (index >= heading or stats.ends[index] >= heading):
            score *= _TITLE_BOOST
        if score > best_score:
            best, best_score = index, score
    return best


def _title_region(stats: TreeStats, heading: int) -> int:
    """The title heading's article region: its ancestor a few levels up (or -1)."""
    if heading < 0:
        return -1
    region = heading
    for _ in range(_TITLE_REGION):
        parent = stats.parents[region]
        if parent < 0 or stats.tags[parent] in ("body", "html"):
            break
        region = parent
    return region


def _class_weight(element: Element) -> float:
    return _names_weight(f"{element.get('class', '')} {element.get('id', '')}")


@lru_cache(maxsize=4096)
def _names_weight(names: str) -> float:
    """Down-weight navigation/sidebar/comment names, up-weight article/content names."""
    if not names.strip():
        return 1.0
    weight = 1.0
    if _NEGATIVE.search(names):
        weight *= _NEGATIVE_WEIGHT
    if _POSITIVE.search(names):
        weight *= _POSITIVE_WEIGHT
    return weight


def _descend(stats: TreeStats, best: int) -> int:
    """Narrow the container to a child that holds nearly all of its score.

    A block with text directly inside lends its whole score to its parent, so a wrapper
    (often <body> on simple pages) ties with the real text block plus a footer line; the
    child is the tighter, cleaner container.
    """
    while True:
        children = [c for c in stats.children(best) if stats.tags[c] in _CANDIDATES]
        top = max(children, key=lambda c: stats.score[c], default=-1)
        if top < 0 or stats.score[top] < stats.score[best] * _DESCEND_SHARE:
            return best
        best = top


def _climb(stats: TreeStats, best: int, heading: int) -> int:
    """Widen a table-cell container to an ancestor when the article continues beyond it.

    Bodies laid out in tables (Hong Kong LegCo answers: one cell per numbered point) leave the
    best cell holding only part of the text; div layouts are left alone, since there the extra
    punctuation above the body is comments and teasers. An ancestor is taken when it adds at
    least 30% more sentence punctuation (but no more than triples it, which would mean a page
    wrapper), is not link-heavy, and does not reach above the block that holds both the title
    and the best candidate.
    """
    if stats.tags[best] not in _TABLE_PARTS:
        return best
    base = max(stats.punct[best], 1)
    chosen, node = best, stats.parents[best]
    for _ in range(_CLIMB_LEVELS):
        if node < 0 or stats.tags[node] in ("body", "html"):
            break
        if stats.punct[node] > base * _CLIMB_MAX_GAIN:
            break
        gain = stats.punct[node] >= base * _CLIMB_MIN_GAIN
        if gain and stats.density(node) <= _CLIMB_DENSITY:
            chosen = node
        if heading >= 0 and node <= heading <= stats.ends[node]:
            break  # this block holds the title too: the article's outer edge
        node = stats.parents[node]
    return chosen


_DIGITS = re.compile(r"\d+")
_POST_MIN_PUNCT = 3
_POST_MIN_CHARS = 30  # with _POST_MIN_PUNCT: a few sentences, where a one-line reply is not
_POST_MAX_DENSITY = 0.25
_POST_LEVELS = 6  # how far above the best candidate its post container may sit
_POST_SHAPE_LEVELS = 4


def _first_post(stats: TreeStats, scored: set[int], best: int) -> int:
    """The first of the repeated post containers the best candidate is (or sits in) one of.

    Forums and blog archives print each post in a container of the same kind (Discuz!
    `<td class="t_f" id="postmessage_…">`, phpwind `tpc_content`, a blog's `post-body`), each
    in a wrapper of its own stamped from one template (same ancestor tags). The thread's topic,
    or the newest post of a blog page, is the first; a longer reply or an older post may score
    higher. Paragraphs of one article sharing a class are siblings, posts are not. The first
    must read as prose (a few sentences, few links).
    """
    node, ordered = best, sorted(i for i in scored if i < best)
    for _ in range(_POST_LEVELS):
        if node < 0 or stats.tags[node] in ("body", "html"):
            break
        key = _post_key(stats.elements[node])
        if key is not None:
            first = _earlier_post(stats, ordered, node, key)
            if first >= 0:
                return first
        node = stats.parents[node]
    return best


def _earlier_post(stats: TreeStats, ordered: list[int], post: int, key: str) -> int:
    """The first element before `post` (of the scored ones, `ordered`) that is another post
    like it, or -1."""
    shape = _shape(stats, post)
    tag, parent = stats.tags[post], stats.parents[post]
    for index in ordered:
        if index >= post:
            break
        if stats.tags[index] != tag or stats.parents[index] == parent:
            continue
        if stats.ends[index] >= post:  # an ancestor of the post, not a post before it
            continue
        fit = stats.punct[index] >= _POST_MIN_PUNCT and stats.chars[index] >= _POST_MIN_CHARS
        if not fit or stats.density(index) > _POST_MAX_DENSITY:
            continue
        if _post_key(stats.elements[index]) == key and _shape(stats, index) == shape:
            return index
    return -1


def _shape(stats: TreeStats, index: int) -> tuple[str, ...]:
    """The tags of an element's nearest ancestors: posts are stamped from one template."""
    tags = []
    for _ in range(_POST_SHAPE_LEVELS):
        index = stats.parents[index]
        if index < 0:
            break
        tags.append(stats.tags[index])
    return tuple(tags)


def _post_key(element: Element) -> str | None:
    """What repeated post containers share: their class, else their id without its number."""
    names = (element.get("class") or "").strip()
    if names:
        return f"class:{names}"
    ident = element.get("id") or ""
    return f"id:{_DIGITS.sub('#', ident)}" if _DIGITS.search(ident) else None


def _with_siblings(stats: TreeStats, best: int) -> list[int]:
    """The container plus siblings that continue the article (split bodies, pagination)."""
    parent = stats.parents[best]
    if parent < 0:
        return [best]
    threshold = max(10.0, stats.score[best] * _SIBLING_SHARE)
    parts = []
    for sibling in stats.children(parent):
        if sibling == best:
            parts.append(sibling)
            continue
        if _class_weight(stats.elements[sibling]) < 1.0 or stats.density(sibling) > 0.25:
            continue
        is_paragraph = stats.tags[sibling] == "p" and stats.punct[sibling] >= 2
        if stats.score[sibling] >= threshold or is_paragraph:
            parts.append(sibling)
    return parts


def blocks_to_result(blocks: Iterator[Block], container: Element, title: str) -> BodyResult:
    """Paragraphs and heading indexes; title/info-bar blocks before the first paragraph are
    set aside as `preamble` (the byline parser reads them)."""
    result = BodyResult(container=container)
    started = False
    title_key = "".join(title.split())
    for block in blocks:
        text = unspace_spaced_out(block.text)
        if not text:
            continue
        if not started and is_preamble(text, title_key):
            result.preamble.append(text)
            continue
        started = True
        if block.heading:
            result.headings.append(len(result.paragraphs))
        result.paragraphs.append(text)
    return result
