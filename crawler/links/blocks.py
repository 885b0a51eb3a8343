"""The main list of a page: the repeated container holding most same-shaped, well-titled links.

A list is a container (ul, tbody, div…) with at least three children of one tag that each hold
links: its items. Each item's title is its link with the most text (the picture, comment-count,
tag and download links beside it carry little). Containers are grouped by their path from the
root (tags and classes) so a list split over several blocks of one template (ranking tables,
lists of five items between rules) counts as one; the group with the best score is the main list,
joined by its twins (the same template in another tab or column).

A block's score is its number of distinct title URLs, times how headline-like its titles are
(median text weight), how many of its URLs carry a date or id (crawler/links/shapes.py), how
few links its items hold besides the title, and a penalty when it sits in page chrome (nav,
menu, footer, sidebar, 热点/排行 boxes). Site home pages never count as titles.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import median

from crawler.extract.dom import Element
from crawler.links.anchors import Anchor, text_weight
from crawler.links.shapes import has_identity, is_site_root, site_key, url_shape

MIN_ITEMS = 3
# Below this median title weight a block reads as a menu (首页, 要闻, 关于我们…); at or above
# FULL_TITLE it reads as headlines. Weight: one per Han character, two per Latin word.
MENU_WEIGHT = 4
FULL_TITLE = 10
# An item of a news list holds a handful of links (title, picture, comments, tags); a block
# whose "items" hold many more is a page section, not a list.
ITEM_LINKS = 6
# Class or id words of page chrome: navigation, sidebars of 热点/推荐, footers.
# Not "right"/"left": government templates put the main list in div.right beside a column tree.
_CHROME = re.compile(
    r"nav|menu|foot|header|side|hot|rank|recommend|tuijian|redian|remen|paihang|breadcrumb"
    r"|crumb|share|(?<![a-z])links?\b",
    re.IGNORECASE,
)
CHROME_PENALTY = 0.5
# What a block whose links carry no date or id keeps of its score: lists of departments, sister
# sites or columns can be long and well titled, but they link homepages, not articles.
NO_IDENTITY = 0.1
# Classes that say which tab is shown or which column a block sits in, not what it is.
_STATE_CLASSES = frozenset(
    {
        "active",
        "on",
        "current",
        "cur",
        "selected",
        "show",
        "hide",
        "hidden",
        "left",
        "right",
        "fl",
        "fr",
        "first",
        "last",
        "odd",
        "even",
        "clearfix",
        "cf",
    }
)
# A title without a date or id, in a list where most titles have one, is a "更多" or column link.
IDENTITY_MAJORITY = 0.6
# A block joins the main list when at least this share of its titles have the list's URL shapes.
TWIN_SHAPES = 0.5


@dataclass
class Block:
    signature: str
    template: str  # the signature without state and layout classes (active, left, right…)
    items: list[list[Anchor]]  # the links of each item, page order
    chrome: bool

    def titles(self) -> list[Anchor]:
        return [
            max(item, key=lambda anchor: (text_weight(anchor.text), -anchor.position))
            for item in self.items
        ]


def candidate_blocks(anchors: list[Anchor]) -> list[Block]:
    """Every (container, item tag) with at least MIN_ITEMS items, grouped by signature."""
    items_of: dict[tuple[Element, str], dict[Element, list[Anchor]]] = defaultdict(dict)
    for anchor in anchors:
        child = anchor.element
        for parent in child.iterancestors():
            if isinstance(child.tag, str):
                items_of[(parent, child.tag)].setdefault(child, []).append(anchor)
            child = parent
    groups: dict[str, Block] = {}
    for (container, tag), items in items_of.items():
        if len(items) < MIN_ITEMS:
            continue
        signature = f"{element_path(container)}>{tag}"
        template = f"{element_path(container, template=True)}>{tag}"
        block = groups.setdefault(signature, Block(signature, template, [], is_chrome(container)))
        block.items.extend(items.values())
    for block in groups.values():
        block.items.sort(key=lambda item: item[0].position)
    return list(groups.values())


def element_path(element: Element, template: bool = False) -> str:
    steps = [_step(element, template)] + [_step(e, template) for e in element.iterancestors()]
    return "/".join(reversed(steps))


def _step(element: Element, template: bool) -> str:
    words = (element.get("class") or "").split()
    if template:
        words = [word for word in words if word.lower() not in _STATE_CLASSES]
    classes = ".".join(sorted(words))
    return f"{element.tag}.{classes}" if classes else str(element.tag)


def is_chrome(container: Element) -> bool:
    for element in [container, *container.iterancestors()]:
        words = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _CHROME.search(words):
            return True
    return False


def block_score(block: Block) -> float:
    titles = [title for title in block.titles() if not is_site_root(title.url)]
    urls = {title.url for title in titles}
    if len(urls) < MIN_ITEMS:
        return 0.0
    weight = median(text_weight(title.text) for title in titles)
    text_factor = min(1.0, max(0.0, (weight - MENU_WEIGHT) / (FULL_TITLE - MENU_WEIGHT)))
    identity = sum(has_identity(url) for url in urls) / len(urls)
    links_per_item = sum(len({anchor.url for anchor in item}) for item in block.items) / len(
        block.items
    )
    crowd = min(1.0, ITEM_LINKS / links_per_item)
    chrome = CHROME_PENALTY if block.chrome else 1.0
    return len(urls) * text_factor * (NO_IDENTITY + (1 - NO_IDENTITY) * identity) * crowd * chrome


def main_list(anchors: list[Anchor]) -> Block | None:
    """The best-scoring block, joined by its twins: blocks of the same tags whose classes
    differ only by state or layout (`active`, `left`/`right` halves) and whose titles have
    the same URL shapes (ranking tables per section, one list drawn in two columns)."""
    scored = [(block_score(block), block) for block in candidate_blocks(anchors)]
    scored = [(score, block) for score, block in scored if score > 0]
    if not scored:
        return None
    # Ties go to the earlier block on the page: deterministic whatever the dict order.
    best = max(scored, key=lambda pair: (pair[0], -pair[1].items[0][0].position))[1]
    shapes = {url_shape(title.url, with_host=False) for title in best.titles()}
    joined = Block(best.signature, best.template, list(best.items), best.chrome)
    for _score, block in scored:
        if block is best or block.template != best.template:
            continue
        titles = block.titles()
        if sum(url_shape(t.url, with_host=False) in shapes for t in titles) >= TWIN_SHAPES * len(
            titles
        ):
            joined.items.extend(block.items)
    joined.items.sort(key=lambda item: item[0].position)
    return joined


def article_titles(block: Block, page_url: str) -> list[Anchor]:
    """The block's titles, less its column links and the links to other sites that do not
    read as articles. A city's 要闻 list often reposts articles of the central government's
    or a news agency's site: those are items of the list (their URLs have a date or id and
    their titles are headlines); a short link elsewhere (an advert, a partner) is not."""
    titles = block.titles()
    sites = Counter(site_key(title.url) for title in titles)
    own_sites = {sites.most_common(1)[0][0], site_key(page_url)}
    identity = sum(has_identity(title.url) for title in titles) / len(titles)
    kept = []
    for title in titles:
        if is_site_root(title.url):
            continue
        if site_key(title.url) not in own_sites and not _reads_as_article(title):
            continue
        if _column_link(title, identity):
            continue
        kept.append(title)
    return kept


def _reads_as_article(title: Anchor) -> bool:
    return has_identity(title.url) and text_weight(title.text) >= FULL_TITLE


def _column_link(title: Anchor, identity: float) -> bool:
    """A short title without date or id in a list whose titles mostly have one (更多, 专题)."""
    return (
        identity >= IDENTITY_MAJORITY
        and not has_identity(title.url)
        and text_weight(title.text) < FULL_TITLE
    )
