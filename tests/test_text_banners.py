"""Repeated headline banners: title repeats, repeated short segments, site-wide banners."""

from __future__ import annotations

import json
import random

import pytest

from crawler.text.banners import SiteBanners, find_banners, repeated_segments
from crawler.text.keys import match_key

TITLE = "精心組織、齊心協力完成好收官衝刺、謀篇開局任務!今天這個會議為推進四季度工作劃重點"
LONG = "市委常委会今天召开会议，研究部署下一阶段重点工作，要求各区各部门切实抓好落实，确保各项任务按期完成。"


def test_title_repeats_in_any_script_width_and_punctuation() -> None:
    lines = [
        TITLE,
        LONG,
        "精心组织、齐心协力完成好收官冲刺、谋篇开局任务！今天这个会议为推进四季度工作划重点",
        " 精心組織 齊心協力完成好收官衝刺 謀篇開局任務 今天這個會議為推進四季度工作劃重點 ",
        LONG,
    ]
    assert find_banners(TITLE, lines) == [0, 2, 3]


def test_lines_containing_the_title_words_are_content() -> None:
    lines = [
        "只爭朝夕推進四季度各項工作,精心組織、齊心協力完成好收官衝刺、謀篇開局任務",
        "全市上下要只爭朝夕推進四季度各項工作,精心組織、齊心協力完成好收官衝刺、謀篇開局任務。",
        "精心組織、齊心協力完成好收官衝刺、謀篇開局任務",
    ]
    assert find_banners(TITLE, lines) == []


def test_short_segment_repeated_three_times_is_a_banner() -> None:
    lines = ["聚焦两会", LONG, "聚焦两会", LONG, "聚焦兩會", LONG]
    assert find_banners("标题", lines) == [0, 2, 4]
    assert find_banners("标题", lines[:3]) == []  # twice is not enough


def test_repeated_short_markers_and_long_lines_are_not_banners() -> None:
    lines = ["问：", "答：", "问：", "答：", "问：", "答：", LONG, LONG, LONG]
    assert find_banners("标题", lines) == []
    assert repeated_segments(lines, [match_key(x) for x in lines]) == set()


def test_empty_title_matches_nothing() -> None:
    assert find_banners("", ["", "——", LONG]) == []


def test_site_banner_keys_are_removed_at_the_edges_of_the_body_only() -> None:
    lines = ["要闻动态", LONG, "会议要求，抓好落实。", LONG, "上海发布", "扫一扫在手机打开当前页"]
    site = {
        match_key(line)
        for line in ("要闻动态", "会议要求，抓好落实。", "上海发布", "扫一扫在手机打开当前页")
    }
    # The recurring sentence between paragraphs is the site's articles' own text: it stays.
    assert find_banners("标题", lines, site_keys=site) == [0, 4, 5]
    # Without a full paragraph there are no edges, and nothing is surely not content.
    assert find_banners("标题", ["要闻动态", "上海发布"], site_keys=site) == []


def pages() -> list[set[str]]:
    banner = match_key("市政府门户网站欢迎您")
    return [{banner, match_key(f"第{i}篇文章的正文"), match_key("共同内容")} for i in range(10)]


def test_site_banners_learned_from_most_pages() -> None:
    learned = SiteBanners.learn(pages())
    assert learned.pages == 10
    assert learned.banner_keys() == {"市政府门户网站欢迎您", "共同内容"}


def test_site_banners_need_enough_pages_and_share() -> None:
    assert SiteBanners.learn(pages()[:4]).banner_keys() == frozenset()
    few = [{"甲乙丙丁"} if i < 5 else {"其他内容"} for i in range(10)]
    assert SiteBanners.learn(few).banner_keys() == frozenset()  # 50% < 60%
    six = [{"甲乙丙丁"} if i < 6 else {"其他内容"} for i in range(10)]
    assert SiteBanners.learn(six).banner_keys() == {"甲乙丙丁"}


def test_site_banners_are_order_independent_and_incremental() -> None:
    data = pages()
    shuffled = data[:]
    random.Random(7).shuffle(shuffled)
    a = SiteBanners.learn(data)
    b = SiteBanners.learn(shuffled)
    c = SiteBanners.learn(data[:3]).add_pages(data[3:])
    assert a == b == c
    assert a.to_json() == b.to_json() == c.to_json()


def test_site_banners_json_round_trip() -> None:
    learned = SiteBanners.learn(pages())
    stored = json.loads(json.dumps(learned.to_json(), ensure_ascii=False))
    assert SiteBanners.from_json(stored) == learned
    assert SiteBanners.from_json(stored).banner_keys() == learned.banner_keys()


def test_site_banners_bad_json() -> None:
    with pytest.raises(ValueError, match="counts"):
        SiteBanners.from_json({"counts": []})
    with pytest.raises(ValueError, match="pages"):
        SiteBanners.from_json({"pages": "many", "counts": {}})
