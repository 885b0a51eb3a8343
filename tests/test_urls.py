from __future__ import annotations

import pytest

from crawler.urls import canonical_url, is_private_host, out_of_scope_reason, url_matches


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "http://news.cjn.cn/sywh/202010/t3714581.htm?spm=zm1066-001.0.0.1.eBS4u1",
            "http://news.cjn.cn/sywh/202010/t3714581.htm",
        ),
        (
            "HTTPS://WWW.Gov.Taipei:443/News_Content.aspx?s=AB&n=F0&utm_source=fb#top",
            "https://www.gov.taipei/News_Content.aspx?n=F0&s=AB",
        ),
        ("http://127.0.0.1:8080/a.html?b=2&a=1", "http://127.0.0.1:8080/a.html?a=1&b=2"),
        ("http://example.gov.cn", "http://example.gov.cn/"),
    ],
)
def test_canonical_url_drops_fragments_and_tracking(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_drops_profile_params() -> None:
    assert canonical_url("http://a.cn/x?id=1&sid=99", ["sid"]) == "http://a.cn/x?id=1"


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "10.1.2.3", "192.168.0.1", "172.16.5.4", "[::1]", "0.0.0.0"]
)
def test_private_hosts(host: str) -> None:
    assert is_private_host(host)


def test_public_host_is_not_private() -> None:
    assert not is_private_host("www.shanghai.gov.cn")
    assert not is_private_host("8.8.8.8")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("javascript:void(0)", "scheme"),
        ("mailto:webmaster@shanghai.gov.cn", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("https://www.example.com/news/1.html", "off-site"),
        ("http://127.0.0.1/news/1.html", "private-host"),
        ("https://www.shanghai.gov.cn/nw4411/20240520/abc.html", None),
        ("https://sub.shanghai.gov.cn/x.html", "off-site"),
    ],
)
def test_scope(url: str, reason: str | None) -> None:
    assert out_of_scope_reason(url, ["www.shanghai.gov.cn"]) == reason


def test_private_hosts_only_when_the_profile_allows() -> None:
    assert out_of_scope_reason("http://127.0.0.1:8765/a.html", ["127.0.0.1"], True) is None


TAIPEI_ARTICLE = (
    r"^https?://www\.gov\.taipei/News_Content\.aspx\?n=F0DDAF49B89E9413"
    r"(&sms=72544237BBE4C5F6)?&s=[0-9A-F]+$"
)
TAIPEI_LIST = (
    r"^https?://www\.gov\.taipei/News\.aspx\?n=F0DDAF49B89E9413"
    r"(&sms=72544237BBE4C5F6)?(&page=\d+)?(&PageSize=\d+)?$"
)


def test_query_parameters_match_in_any_order_and_optional_ones_may_be_missing() -> None:
    site = "https://www.gov.taipei/"
    for query in (
        "n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&s=A96715627B83D676",
        "n=F0DDAF49B89E9413&s=A96715627B83D676&sms=72544237BBE4C5F6",
        "s=A96715627B83D676&n=F0DDAF49B89E9413",
        "n=F0DDAF49B89E9413&s=A96715627B83D676",
        "N=F0DDAF49B89E9413&S=A96715627B83D676&utm_source=fb",  # keys any case, extras allowed
    ):
        assert url_matches(TAIPEI_ARTICLE, f"{site}News_Content.aspx?{query}"), query
    for query in (
        "n=F0DDAF49B89E9413&sms=72544237BBE4C5F6",  # no article id
        "n=F0DDAF49B89E9413&sms=OTHER&s=A96715627B83D676",  # an optional term, other value
        "n=OTHERNODE0000000&s=A96715627B83D676",  # another column of the site
        "s=A96715627B83D676",
    ):
        assert not url_matches(TAIPEI_ARTICLE, f"{site}News_Content.aspx?{query}"), query
    assert not url_matches(TAIPEI_ARTICLE, f"{site}News.aspx?n=F0DDAF49B89E9413&s=A1")


def test_list_pages_with_page_and_page_size_in_any_order() -> None:
    site = "https://www.gov.taipei/News.aspx?"
    for query in (
        "n=F0DDAF49B89E9413&sms=72544237BBE4C5F6",
        "n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&page=2&PageSize=20",
        "n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&PageSize=20&page=3",
        "page=2&n=F0DDAF49B89E9413",
    ):
        assert url_matches(TAIPEI_LIST, site + query), query
    assert not url_matches(TAIPEI_LIST, site + "n=F0DDAF49B89E9413&page=x")
    assert not url_matches(TAIPEI_LIST, site.replace("News", "News_Content") + "n=F0DDAF49B89E9413")


def test_patterns_without_a_query_chain_match_as_plain_regexes() -> None:
    assert url_matches(r"/art/\d+\.html$", "https://a.gov.cn/art/12.html")
    assert not url_matches(r"/art/\d+\.html$", "https://a.gov.cn/art/12.html?x=1")
    assert not url_matches(r"\?id=(\d+|x)$", "https://a.gov.cn/?id=y")
    assert not url_matches("", "https://a.gov.cn/")
