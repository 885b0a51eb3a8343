"""Meeting reports in the patterns of Taiwan, Hong Kong and Macao (issue 20, round 6): minutes
set out as fields, a meeting's resolutions, council sessions (定期會/臨時會) and their opening,
committees resuming, a sitting suspended by its chairman, bylines in brackets before the body,
rolls of attendees and offices written after the name.

Each text is written here in the pattern of real reports, in the script such reports use (and
the other where the pattern holds in both); the labelled real items are scored by
crawler/quality/meetings.py (tests/test_meeting_quality.py)."""

from __future__ import annotations

from crawler.text.meetings import MeetingInfo, detect_meeting
from crawler.text.script import to_traditional

PAGE = "2024-05-16T20:00:00+08:00"


def meeting(title: str, paragraphs: list[str], published_at: str | None = PAGE) -> MeetingInfo:
    info = detect_meeting(title, paragraphs, published_at)
    assert info is not None, paragraphs
    return info


def test_a_meetings_resolutions_under_its_own_heading_report_it() -> None:
    info = meeting(
        "行政院第3901次院會決議",
        [
            "日期:113-05-16",
            "院長提示:",
            "民國113年5月16日第3901次會議",
            "一、請各部會加強防汛準備。",
        ],
    )
    assert info.name == "行政院第3901次院会"
    assert info.date == "2024-05-16"
    assert detect_meeting("", ["請民眾查閱本院院會決議。"], PAGE) is None


def test_minutes_set_out_as_fields_under_the_meeting_s_name() -> None:
    fields = ["開會日期", "2024-05-14 09:00:00", "開會地點", "市政大樓", "主席", "市長 陳明"]
    info = meeting(
        "新竹市政府第880次市政會議", ["新竹市政府第880次市政會議", *fields, "一、確認紀錄。"]
    )
    assert info.name == "新竹市政府第880次市政会议"
    # a line naming a meeting without the fields of its minutes heads nothing
    assert detect_meeting("新竹市政府第880次市政會議", ["市政會議", "一、確認紀錄。"], PAGE) is None


def test_a_council_session_opens_after_a_bylined_start() -> None:
    paragraphs = ["date 2024-05-16 嘉義縣議會第20屆第7次定期會今天上午開幕,由議長張明達主持。"]
    info = meeting("", paragraphs)
    assert info.name == "嘉义县议会第20届第7次定期会"
    assert info.date == "2024-05-16"
    assert info.chairs == ["张明达"]
    held = meeting(
        "", ["【記者王大同新竹報導】新竹縣議會於昨日上午舉行第十屆第五次臨時會開幕儀式。"]
    )
    assert held.name == "新竹县议会第十届第五次临时会"
    assert held.date == "2024-05-15"


def test_a_council_named_alone_is_named_more_fully_by_its_numbered_session() -> None:
    info = meeting(
        "",
        [
            "苗栗縣議會開議 會期60天",
            "苗栗縣議會於昨日舉行第二十屆第三次定期大會開幕典禮,議員均出席。",
        ],
    )
    assert info.name == "苗栗县议会第二十届第三次定期大会"


def test_a_session_scheduled_from_a_day_on_is_no_report() -> None:
    assert detect_meeting("", ["屏東縣議會 27日起召開臨時會"], PAGE) is None
    ahead = "屏東縣議會應縣府要求,自二十七日到三十一日召開第十屆第一次臨時會,審議墊付案。"
    assert detect_meeting("", [ahead], PAGE) is None


def test_a_committee_resuming_is_a_sitting_and_its_short_name_names_it() -> None:
    info = meeting("", ["【本台訊】立法會工務小組委員會復會,審議多項工程撥款。"], None)
    assert info.name == "立法会工务小组委员会"
    short = meeting("", ["立法會財委會復會,繼續審批撥款申請。"], None)
    assert short.name == "立法会财委会"
    # resuming after something: the meeting is a point in time
    later = "局長希望議員在財委會復會後盡快審批撥款。"
    assert detect_meeting("", [later], PAGE) is None


def test_a_chairman_suspending_a_sitting_reports_the_body_s_meeting() -> None:
    info = meeting(
        "", ["議員多次叫囂。立法會主席李志明其後宣布會議暫停,並將兩名議員逐出會議廳。"], None
    )
    assert info.name == "立法会会议"
    simplified = meeting("", ["县议会议长王大同随即宣布会议暂停。"], None)
    assert simplified.name == "县议会"


def test_a_tally_of_meeting_hours_is_no_report() -> None:
    tally = "財委會在本立法年度已召開83小時會議,審批多項撥款。"
    assert detect_meeting("", [tally], PAGE) is None
    assert detect_meeting("", ["财委会今年共召开12次会议。"], PAGE) is None


def test_a_numbered_sitting_acting_on_its_day_is_held_and_when_to_meet_is_no_name() -> None:
    paragraphs = [
        "据新华社北京2月24日电",
        "十四届全国人大常委会第九次会议24日下午表决通过了关于修改某法的决定。",
        "决定指出,具体开会时间由全国人民代表大会常务委员会另行决定。",
    ]
    info = meeting("", paragraphs)
    assert info.name == "十四届全国人大常委会第九次会议"
    assert info.date == "2024-02-24"
    assert meeting("", [to_traditional(p) for p in paragraphs]).name == info.name


def test_a_rubric_in_brackets_is_no_part_of_the_body() -> None:
    info = meeting("", ["(受权发布)十四届全国人大常委会举行第十次委员长会议。赵明委员长主持会议。"])
    assert info.name == "十四届全国人大常委会第十次委员长会议"


def test_a_first_meeting_said_as_first_convened() -> None:
    info = meeting("", ["新一届区议会会期展开,荃湾区议会今天(7日)首次召开会议。"], None)
    assert info.name == "荃湾区议会会议"
