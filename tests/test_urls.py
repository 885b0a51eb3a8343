from __future__ import annotations

import pytest

from crawler.urls import canonical_url, is_private_host, out_of_scope_reason


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
