"""The matching key: NFKC, t2s, lowercase, no whitespace or punctuation."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

import pytest

from crawler.text.fastcc import _is_separator
from crawler.text.keys import (
    _CACHE_SIZE,
    _cache,
    clear_cache,
    match_key,
    match_keys,
    strip_key,
)


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


def test_newline_is_a_boundary_for_every_step() -> None:
    """What match_keys relies on to key texts joined with newlines (see keys._JOIN)."""
    chars = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for char in chars:
        if char != "\n":
            assert "\n" not in unicodedata.normalize("NFKD", char), hex(ord(char))
            assert "\n" not in char.lower(), hex(ord(char))
    assert unicodedata.combining("\n") == 0
    assert _is_separator("\n")  # the converter splits segments at it


def test_match_keys_equals_match_key_one_by_one() -> None:
    rng = random.Random(7)
    # Full-width forms, compatibility ideographs, Hangul jamo that compose, combining marks,
    # final sigma, Traditional phrases, characters beyond the BMP, and newlines inside texts.
    alphabet = list("ＡＢ１，：（）臺灣發展乾隆頭髮ᄀ\u1161\u0301eΣσİ 。_市政府𠮶😀丽\U0002f800")
    for _ in range(300):
        texts = [
            "".join(rng.choices(alphabet, k=rng.randint(0, rng.choice([5, 40, 250]))))
            for _ in range(rng.randint(0, 12))
        ]
        if rng.random() < 0.1:
            texts.append("有\n换行")
        clear_cache()
        expected = [match_key(text) for text in texts]
        clear_cache()
        assert match_keys(texts) == expected, texts
        assert match_keys(texts) == expected, texts  # from the cache


def test_key_cache_is_bounded() -> None:
    clear_cache()
    for n in range(_CACHE_SIZE + 10):
        match_key(str(n))
    assert 0 < len(_cache) <= _CACHE_SIZE
    assert match_key("臺灣") == "台湾"
