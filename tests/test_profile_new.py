"""`scrapy profile new URL`: a first profile from one list page — domain, time zone and city
from the host, article and pagination patterns from the link classifier, and what the crawl's
own chain makes of sampled articles. Offline: a saved page, or the local fixture site."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from crawler.links import classify_page
from crawler.links.evaluate import labelled_page
from crawler.links.propose import propose_profile, region, site_name
from crawler.sites.profile import SiteProfile
from demo.server import FixtureSite
from tests.conftest import run_scrapy

LISTS = Path(__file__).resolve().parent / "fixtures" / "lists"
NOWHERE = "http://127.0.0.1:9"


def profile_new(args: list[str], tmp_path: Path) -> tuple[int, dict[str, object], str]:
    result = run_scrapy(["profile", "new", *args], NOWHERE, "profile", tmp_path)
    printed = result.stdout
    proposal = json.loads(printed[: printed.rindex("}") + 1]) if "{" in printed else {}
    return result.returncode, proposal, result.stdout + result.stderr


def test_hosts_give_time_zone_city_and_name() -> None:
    assert region("www.info.gov.hk") == ("Asia/Hong_Kong", "香港")
    assert region("www.gcs.gov.mo") == ("Asia/Macau", "澳門")
    assert region("www.gov.taipei") == ("Asia/Taipei", "臺北")
    assert region("www.gz.gov.cn") == ("Asia/Shanghai", "广州")
    assert region("www.example.cn") == ("Asia/Shanghai", "")
    assert site_name("www.gz.gov.cn") == "gz-gov"
    assert site_name("news.163.com") == "163"


def test_a_real_list_page_gives_patterns_that_fit_its_labelled_links() -> None:
    for label_file in sorted(LISTS.glob("*.json")):
        label = json.loads(label_file.read_text(encoding="utf-8"))
        page = labelled_page(label_file)
        if not page.exists() or not label.get("article_links"):
            continue
        url = label["url"]
        proposal = propose_profile(url, classify_page(page.read_bytes(), url))
        pattern = proposal.profile.article_url_pattern
        matched = [link for link in label["article_links"] if re.search(pattern, link)]
        assert len(matched) >= 0.9 * len(label["article_links"]), (page.name, pattern)
        assert not re.search(pattern, url), (page.name, "the list page is not an article")


def test_profile_new_from_a_saved_page_with_samples_from_the_site(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    saved = tmp_path / "list.html"
    saved.write_bytes(
        (Path(__file__).resolve().parents[1] / "demo" / "site" / "index.html").read_bytes()
    )
    url = fixture_site.url("/index.html")
    code, proposal, output = profile_new(
        [url, "--file", str(saved), "--name", "demo-city", "--save", "--out", str(tmp_path)],
        tmp_path,
    )
    assert code == 0, output
    profile = proposal["profile"]
    assert isinstance(profile, dict)
    assert profile["name"] == "demo-city" and profile["allowed_domains"] == ["127.0.0.1"]
    assert re.search(str(profile["list_url_pattern"]), fixture_site.url("/index_2.html"))
    samples = proposal["samples"]
    assert isinstance(samples, list) and len(samples) == 3
    assert any(s.get("title") and s.get("characters", 0) > 100 for s in samples), samples

    module_path = tmp_path / "demo_city.py"
    spec = importlib.util.spec_from_file_location("demo_city", module_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    saved_profile = module.PROFILE
    assert isinstance(saved_profile, SiteProfile) and saved_profile.start_urls == (url,)
    assert saved_profile.article_url_pattern == profile["article_url_pattern"]
    assert "Proposed by `scrapy profile new`" in saved_profile.unverified
    assert f"written to {module_path}" in output


def test_a_page_without_article_links_is_said_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><p>维护中</p></body></html>", encoding="utf-8")
    code, _, output = profile_new(["http://www.sz.gov.cn/x/", "--file", str(empty)], tmp_path)
    assert code == 1 and "no article links found on the list page" in output
