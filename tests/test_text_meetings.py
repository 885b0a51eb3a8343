"""Meeting reports: the seed in both scripts, hand-made reports, and articles that only mention
a meeting. Every date is resolved against the page's own date, never today's: nothing here
depends on the clock."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from crawler.items import Article
from crawler.processing.stages import apply_meeting
from crawler.text.meeting_dates import meeting_date
from crawler.text.meeting_people import person_in
from crawler.text.meetings import MeetingInfo, detect_meeting, normalize_texts
from crawler.text.script import normalize_text, to_simplified, to_traditional

SEED = Path(__file__).resolve().parent / "fixtures" / "seed"  # a copy of ../shared/seed
SEED_EXPECTED = SEED / "quarterly-meeting-report.expected.json"
SEED_PUBLISHED = "2020-10-09T18:37:00+08:00"
SEED_ATTENDEES = [
    "于绍良",
    "郑钢淼",
    "刘学新",
    "陈寅",
    "吴清",
    "翁祖亮",
    "周慧琳",
    "诸葛宇杰",
    "凌希",
    "徐泽洲",
    "彭沉雷",
    "宗明",
    "汤志平",
    "陈通",
    "方惠萍",
]
SEED_MEETING = MeetingInfo(
    name="市委季度工作会议",
    date="2020-10-09",
    chairs=[],
    speakers=["李强", "龚正"],
    attendees=SEED_ATTENDEES,
)


def seed() -> tuple[str, list[str]]:
    data = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    return data["title"], data["paragraphs"]


# the seed -----------------------------------------------------------------------------------


def test_seed_in_traditional_is_the_quarterly_work_meeting() -> None:
    title, paragraphs = seed()
    assert detect_meeting(title, paragraphs, SEED_PUBLISHED) == SEED_MEETING


def test_seed_converted_to_simplified_gives_the_same_meeting() -> None:
    title, paragraphs = seed()
    simplified = [to_simplified(p) for p in paragraphs]
    assert detect_meeting(to_simplified(title), simplified, SEED_PUBLISHED) == SEED_MEETING


def test_seed_people_are_everyone_once_in_order() -> None:
    title, paragraphs = seed()
    info = detect_meeting(title, paragraphs, SEED_PUBLISHED)
    assert info is not None
    assert info.people == ["李强", "龚正", *SEED_ATTENDEES]


def test_apply_meeting_fills_and_resets_the_article_fields() -> None:
    title, paragraphs = seed()
    article = apply_meeting(
        Article(title=title, paragraphs=paragraphs, published_at=SEED_PUBLISHED)
    )
    assert article.is_meeting_report
    assert (article.meeting_name, article.meeting_date) == ("市委季度工作会议", "2020-10-09")
    assert article.meeting_speakers == ["李强", "龚正"]
    assert article.meeting_attendees == SEED_ATTENDEES
    assert article.people == ["李强", "龚正", *SEED_ATTENDEES]
    assert article.paragraphs == paragraphs  # the original text is untouched

    again = apply_meeting(
        Article(**{**article.__dict__, "paragraphs": ["今年以来，本市经济持续回升。"]})
    )
    assert not again.is_meeting_report
    assert (again.meeting_name, again.meeting_date, again.people) == ("", None, [])


def test_apply_meeting_dates_an_undated_page_by_its_url_folder() -> None:
    report = ["3月2日下午，市长龚正主持召开市政府第8次常务会议，研究部署春耕工作。"]
    url = "https://city.example.cn/sh/cwhy/202603/c12_228982.shtml"
    article = apply_meeting(Article(title="", paragraphs=report, url=url))
    assert (article.meeting_name, article.meeting_date) == ("市政府第8次常务会议", "2026-03-02")
    undated = apply_meeting(
        Article(title="", paragraphs=report, url="https://city.example.cn/a.html")
    )
    assert (undated.meeting_name, undated.meeting_date) == ("市政府第8次常务会议", None)


# hand-made reports ----------------------------------------------------------------------------


def test_executive_meeting_chaired_by_the_mayor() -> None:
    info = detect_meeting(
        "市政府召开第100次常务会议",
        [
            "10月12日上午，市委副书记、市长龚正主持召开市政府第100次常务会议，"
            "研究部署安全生产、冬季保供等工作。",
            "龚正指出，要始终绷紧安全生产这根弦，压紧压实各方责任。",
            "会议还研究了其他事项。市领导吴清、陈寅出席会议。",
        ],
        "2020-10-12T20:15:00+08:00",
    )
    assert info == MeetingInfo(
        name="市政府第100次常务会议",
        date="2020-10-12",
        chairs=["龚正"],
        speakers=["龚正"],
        attendees=["吴清", "陈寅"],
    )
    assert info.people == ["龚正", "吴清", "陈寅"]


def test_traditional_report_chaired_by_and_taiwan_style_date() -> None:
    info = detect_meeting(
        "北市召開防汛工作會議 市長要求嚴陣以待",
        [
            "臺北市政府昨（8）日下午召開防汛工作會議，由市長蔣萬安主持。",
            "蔣萬安表示，颱風可能於明日登陸，各局處須做好防範準備。",
            "副市長李四維、林奕華及秘書長張溫德出席會議。",
        ],
        "2024-07-09T10:00:00+08:00",
    )
    assert info == MeetingInfo(
        name="防汛工作会议",
        date="2024-07-08",
        chairs=["蒋万安"],
        speakers=["蒋万安"],
        attendees=["李四维", "林奕华", "张温德"],
    )


def test_named_meeting_held_yesterday_at_a_place() -> None:
    info = detect_meeting(
        "全市安全生产工作会议召开",
        [
            "全市安全生产工作会议昨天在市行政中心举行。市委书记张明出席会议并讲话，"
            "市长李华主持会议。",
            "会议强调，要把安全生产摆在突出位置。",
            "各区、各部门主要负责人参加会议。",
        ],
        "2021-03-02T08:00:00+08:00",
    )
    assert info == MeetingInfo(
        name="全市安全生产工作会议",
        date="2021-03-01",
        chairs=["李华"],
        speakers=["张明"],
        attendees=["张明"],
    )


def test_full_date_and_study_session_without_a_page_date() -> None:
    info = detect_meeting(
        "区委理论学习中心组召开专题学习会",
        ["2020年10月9日，区委理论学习中心组召开专题学习会。区委书记王伟主持会议并讲话。"],
        None,
    )
    assert info == MeetingInfo(
        name="专题学习会", date="2020-10-09", chairs=["王伟"], speakers=["王伟"], attendees=[]
    )


def test_relative_date_without_a_page_date_is_unknown_not_guessed() -> None:
    info = detect_meeting("", ["市委常委会今天召开会议，传达学习有关精神。"], None)
    assert info is not None and info.date is None
    assert info.name == "市委常委会会议"  # "召开会议" is named after the body that held it


def test_held_statement_in_the_title_only() -> None:
    info = detect_meeting(
        "李强主持召开市委常委会会议",
        ["会议传达学习了中央有关会议精神，研究部署本市贯彻落实工作。"],
        "2020-10-10T09:00:00+08:00",
    )
    assert info is not None
    assert (info.name, info.chairs, info.date) == ("市委常委会会议", ["李强"], None)


# articles that are not meeting reports --------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        (
            "平鎮輪胎行惡火 疏散7人1女命喪",
            ["桃園市平鎮區一家輪胎行今天清晨發生大火，7人從火場中疏散。"],
        ),
        (
            "各区落实安全生产责任",
            ["上月召开的全市安全生产工作会议要求，各区要压实责任。", "记者了解到，各区已行动。"],
        ),
        (
            "进博会筹备工作有序推进",
            ["第三届进博会将于11月5日在上海举行。", "市人大常委会会议将于下周召开。"],
        ),
        (
            "学习贯彻全会精神",
            ["全市各级干部认真学习贯彻市委全会精神。", "市委常委会会议召开后，各区迅速行动。"],
        ),
        (
            "本市经济持续回升",
            [
                "今年以来，本市经济持续回升。",
                "前三季度，全市生产总值同比增长。",
                "市政府召开常务会议，研究部署四季度工作。",  # too far down to make a report
            ],
        ),
    ],
)
def test_an_article_that_mentions_a_meeting_in_passing_is_no_report(
    title: str, paragraphs: list[str]
) -> None:
    assert detect_meeting(title, paragraphs, "2020-10-10T09:00:00+08:00") is None
    traditional = [to_traditional(p) for p in paragraphs]
    assert detect_meeting(to_traditional(title), traditional, "2020-10-10T09:00:00+08:00") is None


# dates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published_at", "expected"),
    [
        ("今天下午(10月9日)举行", "2020-10-09T18:37:00+08:00", "2020-10-09"),
        ("今天下午举行", "2020-10-09T18:37:00+08:00", "2020-10-09"),
        ("今日上午召开", "2020-10-09T08:00:00+08:00", "2020-10-09"),
        ("昨天召开", "2020-10-01T08:00:00+08:00", "2020-09-30"),
        ("昨日召开", "2021-01-01T08:00:00+08:00", "2020-12-31"),
        ("前天召开", "2020-03-01T08:00:00+08:00", "2020-02-28"),
        ("12月30日召开", "2021-01-02T08:00:00+08:00", "2020-12-30"),
        ("10月10日召开", "2020-10-09T23:50:00+08:00", "2020-10-10"),
        ("9日上午召开", "2020-10-10T08:00:00+08:00", "2020-10-09"),
        ("30日召开", "2020-10-02T08:00:00+08:00", "2020-09-30"),
        ("本月9日召开", "2020-10-20T08:00:00+08:00", "2020-10-09"),
        ("昨(8)日召开", "2024-07-09T10:00:00+08:00", "2024-07-08"),
        ("市政府昨晚召开", "2015-01-23T10:00:00+08:00", "2015-01-22"),
        ("立法会前晚举行", "2015-01-23T10:00:00+08:00", "2015-01-21"),
        ("区议会昨晨举行", "2015-01-23T10:00:00+08:00", "2015-01-22"),
        ("目前晚稻收割", "2015-01-23T10:00:00+08:00", None),  # no evening before last
        ("十一月廿二日上午正式开议", "2002-11-23T10:00:00+08:00", "2002-11-22"),
        ("于卅一日召开", "2002-12-31T20:00:00+08:00", "2002-12-31"),
        ("2019年12月31日召开", "2020-10-09T08:00:00+08:00", "2019-12-31"),
        ("2019年12月31日召开", None, "2019-12-31"),
        ("10月9日召开", None, None),
        ("近日召开", "2020-10-09T08:00:00+08:00", None),
        ("2月30日召开", "2020-10-09T08:00:00+08:00", None),
    ],
)
def test_meeting_date(text: str, published_at: str | None, expected: str | None) -> None:
    assert meeting_date(text, published_at) == expected


@pytest.mark.parametrize(
    ("text", "page_month", "expected"),
    [
        ("3月2日下午召开", "2026-03", "2026-03-02"),
        ("6月2日上午召开", "2020", "2020-06-02"),
        ("2日上午召开", "2026-03", "2026-03-02"),
        ("今(5)日召开", "2019-03", "2019-03-05"),
        ("12月30日召开", "2021-01", "2020-12-30"),  # filed in January: last December's
        ("2日上午召开", "2020", None),  # which month?
        ("昨日召开", "2016-10", None),  # which day?
        ("今天下午召开", "2020", None),
        ("3月2日召开", "2020-13", None),
    ],
)
def test_meeting_date_on_a_page_filed_under_a_month(
    text: str, page_month: str, expected: str | None
) -> None:
    assert meeting_date(text, None, page_month) == expected


def test_the_page_date_wins_over_its_folder() -> None:
    assert meeting_date("昨日召开", "2020-05-05T09:00:00+08:00", "2019") == "2020-05-04"


# names -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "listed", "expected"),
    [
        ("市委书记李强", False, "李强"),
        ("市委副书记、市长龚正", False, "龚正"),
        ("市委常委、常务副市长吴清", False, "吴清"),
        ("国务院总理李强9日", False, "李强"),
        ("李强", False, "李强"),
        ("李强同志", False, "李强"),
        ("会上李强", False, "李强"),
        ("市领导于绍良", True, "于绍良"),
        ("诸葛宇杰", True, "诸葛宇杰"),
        ("于绍良", True, "于绍良"),
        ("自治区主席艾尔肯·吐尼亚孜", False, "艾尔肯·吐尼亚孜"),
        ("会议", False, None),
        ("全市上下", False, None),
        ("有关负责人", False, None),
        ("市委常委会", False, None),
        ("要按照市委部署", False, None),
        ("各部门负责同志", True, None),
        ("市领导", True, None),
    ],
)
def test_person_in_a_clause_head(lead: str, listed: bool, expected: str | None) -> None:
    assert person_in(lead, listed=listed) == expected


def test_normalize_texts_equals_normalize_text_one_by_one() -> None:
    rng = random.Random(3)
    # Full-width forms, Traditional phrases split across texts, Hangul jamo that compose,
    # combining marks, compatibility ideographs, and newlines inside a text.
    alphabet = list("ＡＢ１，：（）臺灣會議發展乾隆頭髮ᄀ\u1161\u0301 。丽\U0002f800𠮷")
    for _ in range(300):
        texts = [
            "".join(rng.choices(alphabet, k=rng.randint(0, 30))) for _ in range(rng.randint(0, 6))
        ]
        if rng.random() < 0.1:
            texts.append("舉行\n會議")
        assert normalize_texts(texts) == [normalize_text(text) for text in texts], texts


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the page lost 月 between month and day
        ("929日下午,市长主持召开市长办公会议", "2021-09-30T08:36:00+08:00", "2021-09-29"),
        ("1123日,区长主持召开区政府第21次常务会议", "2022-11-24T00:00:00+08:00", "2022-11-23"),
        ("1231日,区政府召开常务会议", "2021-01-02T00:00:00+08:00", "2020-12-31"),
        # a count of days lands nowhere near the page's day
        ("全市100日攻坚动员会议召开", "2020-08-28T00:00:00+08:00", None),
    ],
)
def test_a_month_and_day_whose_month_mark_was_lost(
    text: str, published: str, day: str | None
) -> None:
    assert meeting_date(text, published) == day
