"""The report classifier: its features on strings, that it only rescues pages the rules refuse
and names the meeting they name, and that the shipped model is what the labelled sets train.

Sentences follow real reports' patterns with made-up names; one rescue is a saved real page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.quality.meeting_model import FIXTURES, report_texts, train_report_model, training_items
from crawler.quality.meetings import LabelledItem, load_items
from crawler.text.meeting_report_model import (
    LEAD_CHARS,
    REPORT_MODEL,
    SHIPPED_CLASSIFIER,
    ReportClassifier,
    report_features,
)
from crawler.text.meetings import detect_meeting

PAGE = "2025-01-04T08:00:00+08:00"
ALWAYS = ReportClassifier(rescue_at=0.0)  # the shipped model, taking every refused page
NEVER = ReportClassifier(rescue_at=1.01)  # no probability reaches it: the rules alone


def test_features_are_the_pairs_and_triples_of_the_title_and_the_lead_s_start() -> None:
    features = report_features("会议 召开", ["方一主持", "x" * LEAD_CHARS + "尾声"])
    assert {"T:会议", "T:议召", "T:会议召", "L:方一", "L:一主持", "L:持x", "L:xxx"} <= set(features)
    assert "T: 召" not in features  # spaces go
    assert "L:尾声" not in features  # past the lead's first LEAD_CHARS
    lead_grams = [key for key in features if key.startswith("L:")]
    assert len(lead_grams) == 10  # 方一 一主 主持 持x xx, 方一主 一主持 主持x 持xx xxx
    assert set(features.values()) == {1.0}


def test_a_page_the_rules_refuse_is_rescued_with_the_meeting_it_names() -> None:
    paragraphs = ["合共兩小時的地區諮詢會氣氛熱烈,市民方一發言批評政策。"]
    assert detect_meeting("", paragraphs, PAGE, report_model=None) is None
    rescued = detect_meeting("", paragraphs, PAGE, report_model=ALWAYS)
    assert rescued is not None and rescued.name == "地区咨询会"
    # a meeting named by its kind alone gives way to one named more fully
    paragraphs = ["方一在會議上批評,何一其後在立法會大會表示反對。"]
    rescued = detect_meeting("", paragraphs, PAGE, report_model=ALWAYS)
    assert rescued is not None and rescued.name == "立法会大会"
    # no meeting named: nothing to rescue, however sure the model
    assert detect_meeting("", ["天氣晴朗。"], PAGE, report_model=ALWAYS) is None


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # someone at a committee: its meeting, named in full
        (
            "局長方一出席立法會交通事務委員會,討論隧道收費,會上被議員追問。",
            "立法会交通事务委员会会议",
        ),
        # the legislature debating, its members named first
        (
            "立法會議員方一提出的議案,最終以9票贊成、19票反對被否決。立法會辯論了兩小時。",
            "立法会会议",
        ),
        # a body someone is at outranks one named before it
        (
            "政府在現行醫務委員會外另立新委員會,局長何一今日於立法會衞生事務委員會後確認。",
            "立法会衞生事务委员会会议",
        ),
    ],
)
def test_a_rescued_page_naming_no_meeting_has_the_sitting_body_s(paragraph: str, name: str) -> None:
    rescued = detect_meeting("", [paragraph], PAGE, report_model=ALWAYS)
    assert rescued is not None and rescued.name == name
    assert detect_meeting("", [paragraph], PAGE, report_model=NEVER) is None


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # the day between a body and its sitting's kind is no part of the name
        ("方一表示,立法會UGL專責委員會今天會議進度緩慢。", "立法会UGL专责委员会会议"),
        # nor is going to it, or holding it again
        ("方一到會議後表示,立法會發展事務委員會的撥款進度緩慢。", "立法会发展事务委员会会议"),
        ("鐵路事宜小組委員會主席方一表示,下周一再開特別會議。", "特别会议"),
        # "this meeting" gives way to the body that sat
        ("立法會內務委員會改選主席,今次會議由方一主持。", "立法会内务委员会会议"),
    ],
)
def test_a_rescued_page_s_meeting_is_named_without_the_clause_around_it(
    paragraph: str, name: str
) -> None:
    rescued = detect_meeting("", [paragraph], PAGE, report_model=ALWAYS)
    assert rescued is not None and rescued.name == name


def test_a_body_s_members_or_staff_name_no_sitting() -> None:
    paragraph = "立法會議員方一與立法會秘書處職員及委員會主席何一午膳。"
    assert detect_meeting("", [paragraph], PAGE, report_model=ALWAYS) is None


def test_what_the_rules_find_is_never_vetoed() -> None:
    paragraphs = ["市政府常务会议1月3日召开,市长方一主持。"]
    found = detect_meeting("", paragraphs, PAGE, report_model=NEVER)
    assert found is not None
    assert detect_meeting("", paragraphs, PAGE) == found


def labelled(folder: str, stem: str) -> LabelledItem:
    """A saved real page of the labelled sets."""
    return next(item for item in load_items(FIXTURES / folder) if item.stem == stem)


def test_a_real_sitting_s_record_in_words_no_rule_has_is_rescued() -> None:
    # the Legislative Yuan's record of a sitting, headed "…第5次會議紀錄繼續開會"
    page = labelled(
        "meetings-round23c",
        "013-openfun-ly-8th-term-7th-session-5th-sitting-premier-interpellation-2015",
    )
    args = (page.title, page.paragraphs, page.published_at)
    assert detect_meeting(*args, report_model=None) is None
    rescued = detect_meeting(*args)
    assert rescued is not None and rescued.name == "立法院第8届第7会期第5次会议"


def test_a_near_miss_of_the_labelled_sets_is_not_rescued() -> None:
    # Citizen News: the Executive Council never discussed buying masks (a negation)
    page = labelled(
        "meetings-round25a",
        "104-hkcnews-hk-executive-council-never-discussed-mask-procurement-2020",
    )
    assert SHIPPED_CLASSIFIER.probability(*report_texts(page)) < SHIPPED_CLASSIFIER.rescue_at
    assert detect_meeting(page.title, page.paragraphs, page.published_at) is None


@pytest.fixture(scope="module")
def retrained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("models") / REPORT_MODEL.name
    train_report_model(training_items(), path)
    return path


def test_the_shipped_report_model_is_what_the_labelled_sets_train(retrained: Path) -> None:
    # CRFsuite's training is deterministic: a change to the sets or the features that is not
    # followed by `scrapy train_meeting_tagger` shows here
    assert retrained.read_bytes() == REPORT_MODEL.read_bytes(), "run `scrapy train_meeting_tagger`"
