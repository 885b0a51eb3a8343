"""Reports in wordings no fixed phrasing foresaw, found by weighing their evidence (a meeting,
an act of it, a day), and the near misses that hold some of it but report nothing."""

from __future__ import annotations

import pytest

from crawler.text.meetings import detect_meeting

PAGE = "2025-05-14T10:00:00+08:00"


@pytest.mark.parametrize(
    ("paragraph", "name", "day"),
    [
        # a body's sitting that does something newsworthy, with quotation marks around it
        (
            "记者王某台北电 “市议会”大会今日上演预算表决攻防,两党议员轮番上台。",
            "市议会大会",
            "2025-05-14",
        ),
        # an extra sitting added, its business after the comma
        ("13日,澳门立法会大会加开会议,细则性讨论及表决两项法案。", "澳门立法会大会", "2025-05-13"),
        # organisers who held a forum for someone else
        (
            "5月12日,市工商联与区商会联合承办了一场民营经济发展恳谈会,会议由会长主持。",
            "民营经济发展恳谈会",
            "2025-05-12",
        ),
        # a clock time between the meeting and its verb
        (
            "东区议会第三届第二次定期大会今(14)日下午3时开幕,议长致词。",
            "东区议会第三届第二次定期大会",
            "2025-05-14",
        ),
    ],
)
def test_a_report_in_an_unforeseen_wording_is_found(paragraph: str, name: str, day: str) -> None:
    info = detect_meeting("", [paragraph], PAGE)
    assert info is not None
    assert (info.name, info.date) == (name, day)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a session's total over weeks, not a sitting
        "市议会第7次定期大会共审议88件提案,因此12日的最后一天议程出席者寥寥。",
        # the meeting is where someone travels to
        "11日下午,市长乘机离开本市,赴日内瓦出席第78届世界卫生大会及相关活动。",
        # a habit and a plan, not something done
        "市长自本月3日起,除周二须举行市政会议外,每日召开记者会。",
        "主席决定于周五(16日)晚上加开4小时会议,审议余下法案。",
        # the act belongs to another clause
        "议会除周三大会外,加开周四至下周一共4日会议,直至完成审议。",
        # a member of the body, not its meeting; a person at a meeting, in a clause of theirs
        "他今天联同立法会议员胡某举行记者会,讲述事发经过。",
        "行政长官王某14日在行政会议上讨论防疫安排。",
        # a meeting of months before the page, recalled
        "今年3月2日,城规会会议审议该改划申请,最终否决。",
        # members acting on a meeting's motion: "议员就此会议"
        "14日,瑞典30多位国会议员就此会议提案进行表决。",
        # another gathering about the meeting is what was held
        "省政协十三届三次会议新闻发布会今天举行,介绍会议议程。",
        # a count of meetings, or a kind alone, names none
        "14日,全体会议上演表决攻防,两派各不相让。",
    ],
)
def test_some_evidence_is_not_a_report(paragraph: str) -> None:
    assert detect_meeting("", [paragraph], PAGE) is None


def test_a_list_of_offices_and_names_across_commas_before_the_verb() -> None:
    # a given name holding a character that is a word elsewhere (其), a part that is one
    # office and one name with a rarer surname (成), and an office ending in 调研员
    paragraph = (
        "3月4日,区政协召开十届十二次常委会议。区政协主席林其华主持会议,区政协副主席成建军,"
        "区委统战部二级调研员马文涛、区工商联主席周青出席会议。"
    )
    info = detect_meeting("", [paragraph], PAGE)
    assert info is not None
    assert info.chairs == ["林其华"]
    assert info.attendees == ["成建军", "马文涛", "周青"]


def test_a_clause_of_time_after_an_office_is_no_attendee() -> None:
    paragraph = "4日,区议会举行第一次会议。完成正副主席选举后,新任主席何文亮主持会议,各议员出席。"
    info = detect_meeting("", [paragraph], PAGE)
    assert info is not None
    assert info.chairs == ["何文亮"]
    assert info.attendees == []


def test_a_list_going_on_after_a_comma_and_closed_by_its_count() -> None:
    paragraph = (
        "6日,市工商联召开民营企业座谈会,会议由市工商联主席郑和平主持,市发展改革委副主任韩立、"
        "市财政局副局长邱明,以及方一鸣、汤小雨、龚建4位企业家参加座谈。"
    )
    info = detect_meeting("", [paragraph], PAGE)
    assert info is not None
    assert info.attendees == ["韩立", "邱明", "方一鸣", "汤小雨", "龚建"]


def test_traditional_chairs_and_speakers_by_the_same_person_grammar() -> None:
    paragraphs = [
        "苗栗縣議會第二十屆第三次定期大會今(14)日上午開幕,議長林永福致詞時感謝各界。",
        "議員們肯定劉德明縣長的施政,劉縣長表示將虛心接受監督。",
        "中午12時,議長林永福宣布大會休息,下午繼續開會。",
    ]
    info = detect_meeting("", paragraphs, PAGE)
    assert info is not None
    assert info.chairs == ["林永福"]
    assert info.speakers == ["林永福", "刘德明"]


def test_a_sitting_announced_closed_under_its_own_name() -> None:
    paragraphs = ["立法院會今(14)日處理預算案,立法院長游正宏宣告院會散會。"]
    info = detect_meeting("", paragraphs, PAGE)
    assert info is not None
    assert info.chairs == ["游正宏"]


def test_an_announcement_whose_leaders_are_still_to_attend_is_no_report() -> None:
    paragraphs = [
        "省政府于6月3日上午9:30召开全省安全生产电视电话会议,省政府领导同志将出席会议并讲话。",
        "会议已通知到各市、县。",
    ]
    assert detect_meeting("全省安全生产电视电话会议召开!", paragraphs, None) is None


def test_an_explanation_addressed_to_the_body_it_is_given_to_is_no_report() -> None:
    paragraphs = [
        "省人民代表大会常务委员会:受主任会议委托,现对关于修改条例的决定(草案)作说明。"
        "2024年9月26日,省十四届人大常委会第十二次会议审议了条例草案。"
    ]
    assert detect_meeting("", paragraphs, None) is None


def test_speakers_by_manner_on_behalf_of_a_side_and_heard_by_the_meeting() -> None:
    paragraphs = [
        "5月10日,青年企业家交流会在杭州召开。",
        "市经信局副局长俞建新详细介绍了全市产业布局。",
        "商会常务理事严小梅,以及协会副会长兼秘书长葛宏分别代表主办方与承办方致辞。",
        "与会代表还聆听了市社科院原院长钱立国所作的专题分享。",
    ]
    info = detect_meeting("", paragraphs, PAGE)
    assert info is not None
    assert info.speakers == ["俞建新", "严小梅", "葛宏", "钱立国"]


def test_a_chair_whose_offices_begin_with_an_organisation() -> None:
    paragraph = (
        "5月9日,校友企业家座谈会在成都召开,会议由浙江工商联会、明远公益基金会驻成都办事处"
        "负责人邵明远主持。"
    )
    info = detect_meeting("", [paragraph], PAGE)
    assert info is not None
    assert info.chairs == ["邵明远"]
    assert info.people_roles[0].title.startswith("浙江工商联会、")


def test_the_body_s_chairman_of_its_sitting_named_with_da_hui() -> None:
    paragraph = (
        "14日,澳门立法会大会加开会议,细则性讨论两项法案。下午3时整,会议准时开始。"
        "立法会主席高志成步入会议厅。"
    )
    info = detect_meeting("", [paragraph], PAGE)
    assert info is not None
    assert info.chairs == ["高志成"]


def test_a_verb_after_an_office_is_no_attendee() -> None:
    paragraph = (
        "4日,区议会举行第一次会议。区长表示,若区议员认为,区长亲自多出席区议会会议有帮助,他愿意。"
    )
    info = detect_meeting("", [paragraph], PAGE)
    assert info is not None
    assert "认为" not in info.attendees
