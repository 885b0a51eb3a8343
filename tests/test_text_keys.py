"""The matching key: NFKC, t2s, lowercase, no whitespace or punctuation."""

from __future__ import annotations

import random
import re

import pytest

from pipelines.text.keys import match_key, strip_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("分享到:", "分享到"),
        ("分享到：", "分享到"),
        ("相關文章", "相关文章"),
        ("【字体：大 中 小】", "字体大中小"),
        ("ＡＢＣ　１２３", "abc123"),
        ("臺灣", "台湾"),
        ("台灣", "台湾"),
        ("  Hello,\u00a0World!  ", "helloworld"),
        ("“十四五”——規劃", "十四五规划"),
        ("snake_case", "snakecase"),
        ("", ""),
        ("——……", ""),
    ],
)
def test_match_key(text: str, key: str) -> None:
    assert match_key(text) == key


def test_both_scripts_and_widths_meet() -> None:
    hant = "精心組織、齊心協力完成好收官衝刺、謀篇開局任務!今天這個會議為推進四季度工作劃重點"
    hans = "精心组织、齐心协力完成好收官冲刺、谋篇开局任务！今天这个会议为推进四季度工作划重点"
    assert match_key(hant) == match_key(hans)


def test_long_text_is_not_cached_but_keyed_the_same() -> None:
    text = "臺北市政府會議，" * 100
    assert match_key(text) == "台北市政府会议" * 100


def test_strip_key_does_not_convert() -> None:
    assert strip_key("臺灣， OK") == "臺灣ok"


def plain_strip_key(text: str) -> str:
    """The definition strip_key's faster route for long texts must match."""
    return re.sub(r"[\W_]+", "", text.lower())


def test_strip_key_long_route_on_every_bmp_character() -> None:
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    for start in range(0, len(chars), 200):
        text = "".join(chars[start : start + 200])
        assert strip_key(text) == plain_strip_key(text), hex(start)


@pytest.mark.parametrize("seed", range(3))
def test_strip_key_long_route_on_random_mixes(seed: int) -> None:
    rng = random.Random(seed)
    # Frequent punctuation, CJK, letters whose lowercase differs, "_", and characters beyond
    # the BMP both word (𠮶, 𝟎) and not (😀, 𝄞).
    alphabet = list(",\n。、:()“”.;-_ \u3000市政府ÄΣİAbc123𠮶𝟎😀𝄞\U000e0001")
    for _ in range(500):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 300)))
        assert strip_key(text) == plain_strip_key(text), ascii(text)
