"""crawler/quality/extraction.py: the bigram metric, date/author checks and the report, by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crawler.quality.extraction import (
    Report,
    bigrams,
    body_score,
    containment,
    date_matches,
    evaluate_dir,
    format_report,
    normalize,
    report_json,
    score_page,
)
from crawler.quality.pages import scored_fields


def test_normalize_folds_width_script_space_and_punctuation() -> None:
    assert normalize("臺北市 政府，發佈！ＡＢ１２") == "台北市政府发布AB12"
    assert normalize("“新闻”\n\t（记者）…") == "新闻记者"


def test_bigrams_are_a_multiset() -> None:
    assert bigrams("哈哈哈") == {"哈哈": 2}
    assert bigrams("新") == {"新": 1}
    assert bigrams("") == {}


def test_perfect_and_disjoint() -> None:
    assert body_score("市政府召开会议。", "市政府 召开 会议").f1 == 1.0
    assert body_score("今天天气", "市政府召开会议").f1 == 0.0


def test_precision_and_recall_on_a_hand_made_pair() -> None:
    # predicted bigrams: 甲乙 乙丙 丙丁 (3); labelled: 甲乙 乙丙 (2); overlap 2.
    score = body_score("甲乙丙丁", "甲乙丙")
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == 1.0
    assert score.f1 == pytest.approx(0.8)


def test_repeated_text_is_not_free_precision() -> None:
    # The multiset counts each bigram as often as it occurs: a banner repeated twice costs.
    score = body_score("新闻新闻", "新闻")
    assert score.recall == 1.0
    assert score.precision == pytest.approx(1 / 3)  # 新闻 闻新 新闻 vs 新闻


def test_traditional_prediction_against_simplified_label() -> None:
    assert body_score("發佈會議決定", "发布会议决定").f1 == 1.0


def test_empty_prediction_scores_zero() -> None:
    score = body_score("", "市政府")
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)


def test_date_is_compared_by_day() -> None:
    assert date_matches("2022-02-11T09:52:00+08:00", "2022-02-11 09:52")
    assert date_matches("2016-03-19T08:15:00+08:00", "2016-03-19 10:48:00")
    assert not date_matches("2022-02-12T00:00:00+08:00", "2022-02-11 09:52")
    assert not date_matches(None, "2022-02-11")


def test_author_found_in_authors_editors_or_source() -> None:
    truth = {"author": "苏亮"}
    assert score_page("p", {"editors": ["苏亮"]}, truth).author_ok is True
    assert score_page("p", {"source": "记者 苏亮"}, truth).author_ok is True
    assert score_page("p", {"authors": ["张三"]}, truth).author_ok is False
    assert score_page("p", {}, {"author": "UNKNOWN"}).author_ok is None


def test_a_label_of_several_names_matches_them_in_order() -> None:
    truth = {"author": "赵延东、风笑天"}
    assert score_page("p", {"authors": ["赵延东", "风笑天"]}, truth).author_ok is True
    assert score_page("p", {"authors": ["风笑天", "赵延东"]}, truth).author_ok is False
    spaced = {"author": "宋怡 杨志华"}
    assert score_page("p", {"authors": ["宋怡", "杨志华"]}, spaced).author_ok is True


def test_containment_snippets() -> None:
    assert containment("平鎮輪胎行惡火  疏散7人1女命喪", "平鎮輪胎行惡火 疏散7人1女命喪") == 1.0
    assert containment(["桃園市", "高雄市"], "桃園市平鎮區") == 0.5


def write_page(directory: Path, stem: str, html: str, truth: dict[str, Any] | None) -> None:
    (directory / f"{stem}.html").write_text(html, encoding="utf-8")
    meta: dict[str, Any] = {"site": "example.cn"}
    if truth is not None:
        meta["ground_truth"] = truth
    (directory / f"{stem}.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")


def test_evaluate_dir_scores_labelled_pages_and_survives_failures(tmp_path: Path) -> None:
    write_page(
        tmp_path,
        "001-a",
        "<p>市政府召开会议</p>",
        {"body_text": "市政府召开会议", "date": "2020-10-09"},
    )
    write_page(tmp_path, "002-b", "<p>boom</p>", {"body_text": "市政府", "author": "张三"})
    write_page(tmp_path, "003-c", "<p>unlabelled</p>", None)
    (tmp_path / "index.json").write_text("[]", encoding="utf-8")

    def process(body: bytes, url: str) -> dict[str, Any]:
        if b"boom" in body:
            raise ValueError("no body text")
        assert url == "http://example.cn/001-a.html"
        return {"content": "市政府召开会议", "published_at": "2020-10-09T08:00:00+08:00"}

    report = evaluate_dir(tmp_path, process)
    assert [p.page for p in report.pages] == ["001-a.html", "002-b.html"]
    first, second = report.pages
    assert first.body is not None and first.body.f1 == 1.0
    assert first.date_ok is True
    assert second.error == "no body text"
    assert second.body is not None and second.body.f1 == 0.0
    assert second.author_ok is False
    means = report.means()
    assert means["body_f1"] == 0.5
    assert means["date"] == 1.0
    assert means["author"] == 0.0
    table = format_report(report)
    assert "001-a.html" in table and "ERROR no body text" in table
    lines = table.splitlines()
    assert lines[-4].startswith("mean (2 pages)")
    assert lines[-2:] == ["misses (expected vs got):", "  002-b.html  author: expected 张三 got -"]


def test_misses_say_what_was_expected_and_what_came_out() -> None:
    truth = {"date": "2022-02-13", "author": "格桑边觉"}
    result = {"published_at": "2022-02-12T00:00:00+08:00", "authors": ["记者"], "source": "新华社"}
    score = score_page("p.html", result, truth)
    assert score.misses() == [
        "date: expected 2022-02-13 got 2022-02-12T00:00:00+08:00",
        "author: expected 格桑边觉 got 记者 [新华社]",
    ]
    page = report_json(Report([score]))["pages"][0]
    assert page["expected_author"] == "格桑边觉" and page["predicted_people"] == "记者 [新华社]"
    assert page["misses"] == score.misses()
    assert score_page("q.html", {"published_at": "2022-02-13T08:00:00+08:00"}, truth).misses() == [
        "author: expected 格桑边觉 got -"
    ]


# The labelled development set, scored as `scrapy evaluate tests/fixtures/real` scores it --------

REAL = Path(__file__).resolve().parent / "fixtures" / "real"
# Pages 001-199 are news and government articles (README.md beside them); the targets
# for such pages, measured from outside on held-out sets, hold on the development set too.
NEWS_AND_GOVERNMENT_BELOW = 200
TARGETS = {"body_f1": 0.95, "date": 0.95, "author": 0.90}


# Pages 200 and up are older portal, blog and forum pages: their own targets (issue 17).
OLDER_PAGES_TARGETS = {"body_f1": 0.90, "date": 0.90, "author": 0.50}


@pytest.fixture(scope="module")
def full_report() -> Report:
    return evaluate_dir(REAL, scored_fields)


@pytest.fixture(scope="module")
def news_report(full_report: Report) -> Report:
    pages = [p for p in full_report.pages if int(p.page[:3]) < NEWS_AND_GOVERNMENT_BELOW]
    return Report(pages)


@pytest.fixture(scope="module")
def older_report(full_report: Report) -> Report:
    pages = [p for p in full_report.pages if int(p.page[:3]) >= NEWS_AND_GOVERNMENT_BELOW]
    return Report(pages)


def test_the_development_set_is_wide(news_report: Report) -> None:
    pages = news_report.pages
    assert len(pages) >= 30
    assert sum(p.author_ok is not None for p in pages) >= 20
    assert sum(p.date_ok is not None for p in pages) >= 30
    assert not [p.page for p in pages if p.error]


@pytest.mark.parametrize(("measure", "target"), sorted(TARGETS.items()))
def test_news_and_government_pages_meet_the_targets(
    news_report: Report, measure: str, target: float
) -> None:
    value = news_report.means()[measure]
    misses = [f"{p.page}: {m}" for p in news_report.pages for m in p.misses()]
    assert value is not None and value >= target, "\n".join(misses)


def test_the_older_pages_are_labelled_for_authors(older_report: Report) -> None:
    assert sum(p.author_ok is not None for p in older_report.pages) >= 15


@pytest.mark.parametrize(("measure", "target"), sorted(OLDER_PAGES_TARGETS.items()))
def test_portal_blog_and_forum_pages_meet_their_targets(
    older_report: Report, measure: str, target: float
) -> None:
    value = older_report.means()[measure]
    misses = [f"{p.page}: {m}" for p in older_report.pages for m in p.misses()]
    assert value is not None and value >= target, "\n".join(misses)


def test_every_real_article_page_is_labelled_and_says_where_it_read() -> None:
    for meta_path in sorted(REAL.glob("[0-9]*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta["kind"] != "article":
            continue
        truth = meta.get("ground_truth") or {}
        assert truth.get("body_text") or truth.get("body_contains"), meta_path.name
        notes = meta.get("label_notes", "")
        notes = " ".join(notes) if isinstance(notes, list) else notes  # a string or one per field
        assert len(notes) > 20, meta_path.name
