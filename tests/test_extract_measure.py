"""crawler.extract.measure: the flat per-element statistics on a small hand-made page.

The walk reads texts and tails in bulk and restores document order by sorting; these cases pin
down what that must preserve: tails after their element's subtree (deeper first), the tail of
a hidden element shown while its own text is not, link text, and spaced-out lines joined.
"""

from __future__ import annotations

from crawler.extract.dom import parse_html
from crawler.extract.measure import TreeStats, measure_tree

PAGE = (
    "<html><body><div id='a'>开头，<span>内<b>层</b>尾巴</span>之后。"
    "<p style='display:none'>看不见<i>也看不见</i></p>隐藏之后"
    "<p><a href='#'>链接 文字</a>普通。</p>"
    "<div hidden>藏</div>"
    "<p>香 港 特 別 行 政 區</p></div>结尾</body></html>"
)


def _stats() -> TreeStats:
    body = parse_html(PAGE).find("body")
    assert body is not None
    return measure_tree(body)


def test_lines_are_in_document_order_without_hidden_text() -> None:
    stats = _stats()
    assert stats.lines == [
        "开头，",
        "内",
        "层",
        "尾巴",
        "之后。",
        "隐藏之后",
        "链接 文字",
        "普通。",
        "香港特別行政區",
        "结尾",
    ]


def test_counts_per_element() -> None:
    stats = _stats()
    index = {tag: stats.tags.index(tag) for tag in ("span", "a")}
    div = stats.tags.index("div")
    assert stats.chars[index["span"]] == 4
    assert stats.chars[index["a"]] == 4 and stats.links[index["a"]] == 4
    # The div: 开头，内层尾巴之后。隐藏之后 + 链接文字普通。 + 香港特別行政區 (hidden parts excluded).
    assert stats.chars[div] == 14 + 7 + 7
    assert stats.links[div] == 4
    assert stats.punct[div] == 3
    assert [element.tag for element in stats.hidden] == ["p", "div"]
    assert stats.index_of(stats.elements[div]) == div
    assert stats.ends[0] == len(stats.elements) - 1
