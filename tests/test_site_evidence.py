"""Each new profile's patterns hold on the URLs its cited evidence shows.

The URLs below are copied from the public code each profile's notes cite (the notes say where):
real article links and list pages of the sites. A pattern that rejects one of them, or takes a
list page for an article, would make the profile fail on its own evidence.
"""

from __future__ import annotations

import pytest

from crawler.sites import REGISTRY, get_profile
from crawler.urls import url_matches

ARTICLES = [
    ("beijing-gov", "http://www.beijing.gov.cn/ywdt/yaowen/202211/t20221105_2852311.html"),
    ("tianjin-gov", "https://www.tj.gov.cn/sy/tjxw/202404/t20240411_6596937.html"),
    ("tianjin-gov", "https://www.tj.gov.cn/sy/tjxw/202608/t20260823_7356881.html"),
    ("chongqing-gov", "https://www.cq.gov.cn/ywdt/jrcq/202111/t20211125_10030692.html"),
    ("chongqing-gov", "https://www.cq.gov.cn/ywdt/jrcq/202404/t20240413_13128165.html"),
    ("chongqing-gov", "https://www.cq.gov.cn/ywdt/jrcq/202606/t20260626_15778151.html"),
    ("shenzhen-gov", "https://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/content/post_10370323.html"),
    ("shenzhen-gov", "https://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/content/mpost_12761252.html"),
    ("shenzhen-gov", "http://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/content/post_12548571.html"),
    ("hongkong-news", "https://www.news.gov.hk/chi/2026/08/20260817/20260817_150017_056.html"),
    ("hongkong-news", "https://www.news.gov.hk/chi/2021/04/20210401/20210401_182214_863.html"),
    ("macao-gcs", "https://www.gcs.gov.mo/detail/zh-hant/N26DM1yMAa"),
]
LISTS = [
    ("beijing-gov", "https://www.beijing.gov.cn/ywdt/yaowen/index.html"),
    ("beijing-gov", "https://www.beijing.gov.cn/gongkai/ldhd/index_1.html"),
    ("beijing-gov", "https://www.beijing.gov.cn/gongkai/ldhd/index_2.html"),
    ("tianjin-gov", "http://www.tj.gov.cn/sy/tjxw/index1.html"),
    ("chongqing-gov", "https://www.cq.gov.cn/ywdt/jrcq/index.html"),
    ("guangzhou-gov", "http://www.gz.gov.cn/xw/gzyw/index.html"),
    ("shenzhen-gov", "http://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/index.htm"),
    ("shenzhen-gov", "http://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/index_20.htm"),
]
# Same site, other columns or other kinds of page: evidence of the URL shape, not of the column.
ELSEWHERE = [
    ("beijing-gov", "https://www.beijing.gov.cn/ywdt/gzdt/202412/t20241222_3970796.html"),
    ("beijing-gov", "https://www.beijing.gov.cn/gongkai/zfxxgk/zc/gz/index_3.html"),
    ("tianjin-gov", "https://www.tj.gov.cn/sy/xwfbh/xwfbh_210907/202607/t20260724_7341298.html"),
    ("guangzhou-gov", "https://www.gz.gov.cn/xw/tzgg/content/post_10134789.html"),
    ("shenzhen-gov", "https://www.sz.gov.cn/cn/xxgk/zfxxgj/tzgg/content/post_12595050.html"),
    ("hongkong-news", "https://www.news.gov.hk/chi/categories/covid19/index.html"),
]


@pytest.mark.parametrize(("name", "url"), ARTICLES)
def test_cited_article_links_are_articles(name: str, url: str) -> None:
    profile = get_profile(name)
    assert url_matches(profile.article_url_pattern, url)
    assert not url_matches(profile.list_url_pattern, url)


@pytest.mark.parametrize(("name", "url"), LISTS)
def test_cited_list_pages_are_list_pages(name: str, url: str) -> None:
    profile = get_profile(name)
    assert url_matches(profile.list_url_pattern, url)
    assert not url_matches(profile.article_url_pattern, url)


@pytest.mark.parametrize(("name", "url"), ELSEWHERE)
def test_other_columns_are_neither(name: str, url: str) -> None:
    profile = get_profile(name)
    assert not url_matches(profile.article_url_pattern, url)
    assert not url_matches(profile.list_url_pattern, url)


@pytest.mark.parametrize("name", sorted({name for name, _ in ARTICLES + LISTS}))
def test_start_urls_are_list_pages_of_the_allowed_hosts(name: str) -> None:
    profile = get_profile(name)
    for url in profile.start_urls:
        assert not url_matches(profile.article_url_pattern, url)
        assert any(f"://{host}/" in url for host in profile.allowed_domains)
        if profile.list_url_pattern:
            assert url_matches(profile.list_url_pattern, url)


def test_every_disabled_profile_says_why_and_what_would_enable_it() -> None:
    for profile in REGISTRY.values():
        if not profile.enabled:
            assert "Disabled" in profile.notes, profile.name
            assert "to enable" in profile.notes, profile.name


def test_nine_or_more_profiles_cover_the_cities_of_the_issue() -> None:
    cities = {profile.city for profile in REGISTRY.values()}
    assert len(REGISTRY) >= 9
    assert {"北京", "上海", "天津", "重庆", "广州", "深圳", "香港", "澳門", "臺北"} <= cities
    zones = {profile.city: profile.timezone for profile in REGISTRY.values()}
    assert zones["香港"] == "Asia/Hong_Kong" and zones["澳門"] == "Asia/Macau"
    assert zones["臺北"] == "Asia/Taipei" and zones["北京"] == "Asia/Shanghai"
