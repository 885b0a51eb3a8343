"""crawler.extract.dom.unspace_spaced_out: spaced-out Hong Kong text joined, other text kept.

The function decides long collapsed lines from two counts instead of splitting them into
tokens; the oracle below is the token rule written out plainly, and random lines built from
the shapes that matter (single characters, character + punctuation, two-character words,
Latin words, digits, every kind of whitespace, private-use characters) must get the same answer.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

import pytest

from crawler.extract.dom import (
    _mostly_single_characters,
    drop_non_content,
    parse_html,
    text_of,
    unspace_spaced_out,
)

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z0-9][\x21-\x7e]+")


def oracle(text: str) -> str:
    """The rule, token by token: most tokens short, Han present, Latin words kept apart."""
    tokens = text.split()
    if len(tokens) < 3 or not _HAN.search(text):
        return text
    if text.count(" ") < 2 or text.count(" ") * 4 < len(text):
        return text
    two_char_words = sum(1 for t in tokens if len(t) == 2 and re.fullmatch(r"\w\w", t))
    short = sum(1 for t in tokens if len(t) <= 2) - two_char_words
    latin = sum(1 for t in tokens if _LATIN_WORD.fullmatch(t))
    if short < 3 or short * 10 < (len(tokens) - latin) * 7:
        return text
    out = tokens[0]
    for previous, token in pairwise(tokens):
        keep = re.match(r"[A-Za-z0-9]", previous[-1]) and re.match(r"[A-Za-z0-9]", token[0])
        out += (" " if keep else "") + token
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("香 港 特 別 行 政 區", "香港特別行政區"),
        ("财 政 司 司 长： 上 月 十 四 日，", "财政司司长：上月十四日，"),
        ("拨 出 2 亿 元", "拨出2亿元"),
        ("HK 2030 Plus 規 劃 大 綱", "HK 2030 Plus規劃大綱"),
        ("行政长官 今日 出席 活动", "行政长官 今日 出席 活动"),  # words, not characters
        ("Chief Executive attends a ceremony", "Chief Executive attends a ceremony"),
        ("a b c d e", "a b c d e"),  # no Han: not Chinese layout
        ("香港 特區", "香港 特區"),
        ("香\u3000港 特 別 行 政 區", "香港特別行政區"),  # an ideographic space is a gap too
        ("所 谓 「对 \ue03d」 基 金 其 手 法", "所谓「对\ue03d」基金其手法"),  # private use
    ],
)
def test_examples(text: str, expected: str) -> None:
    assert unspace_spaced_out(text) == expected
    assert oracle(text) == expected


_PIECES = [
    *"香港特別行政區政府财政司长上月十四日议员市场",  # single characters
    "长：",
    "日，",
    "区。",  # a character and its punctuation: short
    "张三",
    "市场",
    "政府",  # two-character words: not short
    "香港特區",
    "行政長官",  # longer words
    "HK",
    "2030",
    "Plus",
    "a",
    "7",
    "e-mail",
    "\ue03d",
    "「对",
]
_GAPS = [" "] * 12 + ["  ", "\u3000", "\xa0", "\t", "\n", ""]


@pytest.mark.parametrize("seed", range(4))
def test_agrees_with_the_token_rule_on_random_lines(seed: int) -> None:
    rng = random.Random(seed)
    counted = 0
    for _ in range(3000):
        # Mostly single characters, and half the lines collapsed to single spaces, so that
        # many lines are spaced out and decided by the counts.
        weights = [8 if len(p) == 1 else 1 for p in _PIECES]
        pieces = rng.choices(_PIECES, weights=weights, k=rng.randint(1, 60))
        gaps = [" "] if rng.random() < 0.5 else _GAPS
        text = pieces[0]
        for piece in pieces[1:]:
            text += rng.choice(gaps) + piece
        if rng.random() < 0.1:
            text = rng.choice(_GAPS) + text + rng.choice(_GAPS)
        assert unspace_spaced_out(text) == oracle(text), repr(text)
        spaces = text.count(" ")
        counted += spaces > 1 and _mostly_single_characters(text, spaces)
    assert counted > 500  # the counting shortcut is what this test is about


def test_non_content_elements_go_and_the_text_after_them_stays() -> None:
    root = parse_html(
        "<html><body><div><script>var a = 1;</script>开头<b>粗</b><style>b{}</style>中间"
        "<noscript><iframe src='x'></iframe>请启用脚本</noscript>结尾"
        "<p>段落<button>分享</button>继续<svg><text>图</text></svg></p>"
        "<picture><source srcset='a.webp'><img src='a.jpg' alt='照片'></picture>图注</div>"
        "</body></html>"
    )
    drop_non_content(root)
    div = root.find("body/div")
    assert div is not None
    # Images hold no text (an alt is not article text): gone, so no walk visits them.
    assert [element.tag for element in div.iter()] == ["div", "b", "p", "picture"]
    assert div.text == "开头" and div[0].tail == "中间结尾"
    assert text_of(div) == "开头粗中间结尾段落继续图注"
