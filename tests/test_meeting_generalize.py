"""Meeting-report mechanisms that carry across outlets (issue 20, after the held-out round 8):
days in Chinese numerals, a headline's scheduled session passed over for the meeting held,
conveners with offices, conveners and speakers named between offices, lists that run over
commas or hold a name in Latin letters, the story's own first line after a deck, and what a
person said kept apart from what was done at the meeting.

Texts follow the patterns of real reports with made-up names; the labelled real items are
scored by crawler/quality/meetings.py (tests/test_meeting_quality.py)."""

from __future__ import annotations

import pytest

from crawler.extract.dates import url_month
from crawler.text.meeting_dates import meeting_date
from crawler.text.meeting_people import (
    SPEAKER,
    PersonRole,
    without_dictionary_words,
    without_words_run_into_names,
)
from crawler.text.meeting_report_model import ReportClassifier
from crawler.text.meetings import (
    MeetingInfo,
    detect_meeting,
    held_meeting_name,
    lead_paragraphs,
    person_key,
)
from crawler.text.script import normalize_text

PAGE = "2025-01-04T08:00:00+08:00"


def meeting(title: str, paragraphs: list[str], published_at: str | None = PAGE) -> MeetingInfo:
    info = detect_meeting(title, paragraphs, published_at)
    assert info is not None, paragraphs
    return info


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("咨询委员会于二日召开会议", "2025-01-02"),
        ("委员会十四日下午举行会议", "2024-12-14"),
        ("议会二十四日上午开会", "2024-12-24"),
        ("一月三日召开", "2025-01-03"),
        ("第二日上午继续讨论", None),  # the second day of a session, not the 2nd
        ("三日内完成", None),
    ],
)
def test_a_day_in_chinese_numerals_after_yu_or_before_a_time_of_day(
    text: str, day: str | None
) -> None:
    assert meeting_date(text, PAGE) == day


def test_a_day_in_chinese_numerals_dates_and_names_the_body_s_meeting() -> None:
    info = meeting("", ["【本報消息】市政諮詢委員會於二日召開會議,選出本年度主席。"])
    assert (info.name, info.date) == ("市政咨询委员会会议", "2025-01-02")


def test_a_headline_s_scheduled_session_gives_way_to_the_meeting_the_lead_reports() -> None:
    info = meeting(
        "縣議會第1次黨團協商 2/8起召開臨時會",
        ["縣議會6日下午由王大明議長擔任主席,舉行第1次政黨黨團協商會議,決議自2月8日起召開臨時會。"],
        "2023-01-06T16:00:00+08:00",
    )
    assert info.name == "第1次政党党团协商会议"
    assert info.date == "2023-01-06"
    assert info.chairs == ["王大明"]


def test_a_titled_head_convening_the_body_s_meeting_chairs_it() -> None:
    info = meeting(
        "",
        ["綜合報導,國務院總理李強昨(12)日召開國務院常務會議,討論通過工作方案。"],
        "2025-03-13T08:00:00+08:00",
    )
    assert info.chairs == ["李强"]
    body = meeting("", ["3日,区政协召开十届二十次常委会议,区政协主席马六主持。"])
    assert body.chairs == ["马六"]  # the body convenes; its chairman presides


def test_a_convening_in_another_clause_or_for_the_press_names_no_chair() -> None:
    relayed = meeting(
        "",
        [
            "2日,省长赵五向伤员转达总书记关心牵挂,随后在现场指挥部召开会议,研究部署救援工作。",
        ],
    )
    assert relayed.chairs == []
    press = meeting("", ["2日,市政府常务会议举行。会后,市长张三召开新闻发布会。"])
    assert press.chairs == []


def test_a_convener_named_between_two_offices_and_a_side_s_delegates() -> None:
    info = meeting(
        "",
        [
            "市議會3日下午召開第2次臨時會第1次程序委員會,確定議程。",
            "程序委員會由召集人林大山議長主持,委員王小明、陳美玲議員出席,市府方面由黃志偉"
            "副市長、吳文華秘書長等代表列席。",
        ],
    )
    assert info.name == "市议会第2次临时会第1次程序委员会"
    assert info.chairs == ["林大山"]
    assert info.attendees == ["王小明", "陈美玲", "黄志伟", "吴文华"]


def test_a_list_after_attending_runs_over_commas_and_holds_a_latin_name() -> None:
    voters = meeting(
        "",
        [
            "諮詢委員會於二日召開會議。",
            "是次會議出席投票的委員包括:陳小梅、何家明、André Lopes da Silva、梁志強。",
        ],
    )
    assert voters.attendees == ["陈小梅", "何家明", "André Lopes da Silva", "梁志强"]
    leaders = meeting(
        "",
        [
            "3日,市工商联召开专题联席会议。出席会议的领导有市委常委、统战部部长张三,市经信委"
            "主任李四,市政协副主席、市工商联主席王五。",
        ],
    )
    assert leaders.attendees == ["张三", "李四", "王五"]


def test_a_person_key_keeps_one_space_between_latin_words_only() -> None:
    assert person_key("André  Lopes da Silva") == "André Lopes da Silva"
    assert person_key("李 强") == "李强"


def test_a_numbered_sitting_written_with_its_body_short_gives_its_day() -> None:
    info = meeting(
        "市人大召开第14次主任会议",
        ["市人大召开第14次主任会议", "本报讯 8月12日,市人大常委会召开第14次主任会议,研究议题。"],
        "2008-08-13",
    )
    assert info.date == "2008-08-12"


@pytest.mark.parametrize(
    "text",
    [
        "“政事儿”梳理发现,十八大以来,中央举行了不少“特别”的会议。",
        "主席张三今日回应表示,自己会按照《议事规则》主持会议。",
    ],
)
def test_meetings_over_a_span_and_what_someone_will_do_are_no_report(text: str) -> None:
    assert detect_meeting("", [text], PAGE) is None


def test_a_salutation_listing_its_audience_opens_a_speech() -> None:
    paragraphs = [
        "工作报告",
        "各位委员、同志们:",
        "现在,我代表常务委员会报告工作。一年来,中共中央、全国政协隆重举行了庆祝大会。",
    ]
    assert detect_meeting("工作报告", paragraphs, PAGE) is None


def test_the_story_starts_at_its_dateline_after_a_deck_of_sentences() -> None:
    info = meeting(
        "党中央邀请各方人士座谈",
        [
            "发表于: 1984-10-22",
            "张一到会听取意见并讲话。李二王三等也参加了座谈会",
            "会议气氛热烈,发言踊跃,各抒己见。大家一致赞同",
            "新华社北京10月21日电 中共中央于10月12日至19日邀请各界人士举行座谈会,征求意见。",
            "赵四同志主持了三次全体会议。钱五同志在12日下午的全体会议上讲了话。",
        ],
        "1984-10-22",
    )
    assert (info.name, info.date) == ("座谈会", "1984-10-12")
    assert info.chairs == ["赵四"]
    assert "钱五" in info.speakers


def test_a_clause_on_whose_behalf_stands_between_a_list_and_its_verb() -> None:
    info = meeting(
        "",
        [
            "2日,座谈会在京举行。邓一、胡二和中央办公厅主任王三,受中央委托,参加了座谈会。",
            "林四代表起草小组介绍了起草过程。",
        ],
    )
    assert info.attendees == ["邓一", "胡二", "王三"]
    assert info.speakers == ["林四"]


def test_what_a_speaker_said_of_another_meeting_makes_no_role_here() -> None:
    info = meeting(
        "",
        [
            "2日,全国科技工作会议在京召开。丁一指出,总书记张二在全国科技大会上发表重要讲话,"
            "作出重要部署。",
        ],
    )
    assert info.speakers == ["丁一"]
    followed = meeting(
        "",
        ["2日,调查组召开第一次全体会议。按照领导同志批示要求,组长张成主持会议,通报安排。"],
    )
    assert followed.chairs == ["张成"]


def test_a_named_meeting_as_the_scene_heading_the_lead_reports_it() -> None:
    info = meeting(
        "",
        ["在立法會交通事務委員會會議上,多名議員關注隧道收費,局長陳大文表示會研究。"],
        None,
    )
    assert info.name == "立法会交通事务委员会会议"
    assert info.speakers == ["陈大文"]
    # a speech's heading names its meeting as a scene too, but no statement follows
    assert detect_meeting("", ["在市委常委扩大会上的讲话"], PAGE) is None


def test_a_recalled_meeting_first_makes_a_recollection_not_a_report_of_the_next() -> None:
    paragraphs = [
        "在2月3日召开的中央政治局常委会会议上,总书记强调要统筹推进。在统筹推进工作部署会议上,"
        "他再次作出部署。",
    ]
    assert detect_meeting("", paragraphs, "2020-03-09") is None


def test_a_record_page_laid_out_as_date_time_and_agenda_fields() -> None:
    info = meeting(
        "東區區議會第十五次會議",
        [
            "東區區議會第十五次會議",
            "會議的錄音記錄",
            "東區區議會第十五次會議",
            "日期: | 2018-03-08 (星期四) |",
            "時間: | 下午2時30分 |",
            "議程 | 討論時間 | |",
            "通過會議議程",
        ],
        None,
    )
    assert (info.name, info.date) == ("东区区议会第十五次会议", "2018-03-08")


def test_a_pronoun_clause_speaks_for_the_person_just_named() -> None:
    info = meeting("", ["縣議會今日召開臨時會。今臨時會由議長林一主持,他說,期許縣府更快上手。"])
    assert info.chairs == ["林一"]
    assert info.speakers == ["林一"]


def test_words_after_an_office_that_are_no_name() -> None:
    info = meeting(
        "",
        [
            "立法會內務委員會今日開會。主席李一稱是秘書處負責紀錄議員接掣發言。",
            "議員朱二不同意法律顧問指條文存在空白的說法。廖三代表建制派發言。",
        ],
    )
    assert info.speakers == ["李一", "廖三"]


def test_a_surname_that_is_also_a_word_after_an_office() -> None:
    info = meeting(
        "",
        ["2日,市人大常委会召开第27次会议。市人大常委会主任于伟主持会议,副主任成宾出席。"],
    )
    assert info.chairs == ["于伟"]
    assert info.attendees == ["成宾"]


def test_a_scene_held_somewhere_is_named_without_its_place() -> None:
    info = meeting(
        "",
        ["27日,在纽约联合国总部举行的第11次审议大会上,多国代表发言。"],
        "2026-04-28",
    )
    assert info.name == "第11次审议大会"


# --- after ../fixtures/meetings-round9a and -round9b (held out, then tuned on) ---------------


def test_a_comma_between_a_meeting_and_its_day_and_a_bracketed_standing_committee() -> None:
    comma = meeting(
        "",
        ["【本報綜合報道】全國人大常委會第五十次委員長會議,昨日上午在北京舉行,由委員長張一主持。"],
    )
    assert (comma.name, comma.date, comma.chairs) == (
        "全国人大常委会第五十次委员长会议",
        "2025-01-03",
        ["张一"],
    )
    enlarged = meeting("", ["1月2日,县委书记李二主持召开县委常委(扩大)会,各常委参加会议。"])
    assert (enlarged.name, enlarged.chairs) == ("县委常委(扩大)会", ["李二"])


def test_a_numbered_sitting_deciding_on_its_day_and_the_time_of_another_is_no_name() -> None:
    info = meeting(
        "",
        [
            "信息时报讯(记者 王一)1月3日,市人民代表大会常务委员会第三十四次会议决定:推迟原定于"
            "2月召开的市人民代表大会第五次会议;具体召开时间由主任会议另行决定。",
        ],
    )
    assert (info.name, info.date) == ("市人民代表大会常务委员会第三十四次会议", "2025-01-03")


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["一次大会通常举行多少次全会?"],
        ["市政府每月召开一次常务会议,研究重要事项。"],
        ["3日,市人大常委会发布了《关于延迟召开市第五届人民代表大会第四次会议的决定》。"],
        [
            "市长在市政府第一次全体会议上的讲话同志们:今天我们召开这次市政府全体会议,主要目的是部署工作。"
        ],
    ],
)
def test_habits_questions_document_titles_and_a_run_in_speech_report_nothing(
    paragraphs: list[str],
) -> None:
    assert detect_meeting("", paragraphs, PAGE) is None


def test_a_name_without_its_duration_organiser_or_credit() -> None:
    assert meeting("", ["3日,为期七天的全国政协十四届四次会议在京闭幕。"]).name == (
        "全国政协十四届四次会议"
    )
    organised = meeting("", ["3日,由市工商联与市基金会共同主办的第一届企业家发展会议在成都举行。"])
    assert organised.name == "第一届企业家发展会议"
    credited = meeting(
        "",
        ["新华社香港1月3日电(记者王一 刘二)香港特区第七届立法会3日11时在会议厅举行首次会议。"],
    )
    assert credited.name == "香港特区第七届立法会首次会议"


def test_a_numbered_sitting_in_the_lead_names_the_headline_s_meeting_more_fully() -> None:
    info = meeting(
        "李一主持国务院全体会议",
        ["李一主持国务院全体会议", "国务院总理李一1月3日主持召开国务院第二次全体会议,讨论报告。"],
    )
    assert (info.name, info.date) == ("国务院第二次全体会议", "2025-01-03")


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("台立法机构今天下午继续处理相关改革法案,表决持续。", "台立法机构会议"),
        ("台北市議會總質詢今天結束,議長張一發表結語。", "台北市议会总质询"),
        ("立法院司法委員會,今(4)日一早排審國會改革法案,藍綠交鋒。", "立法院司法委员会"),
        ("市議會程序委員會今天通過自4月20日起召開第1次定期大會。", "市议会程序委员会"),
    ],
)
def test_taiwan_s_legislature_and_councils_sitting_on_their_day(paragraph: str, name: str) -> None:
    info = meeting("", [paragraph])
    assert (info.name, info.date) == (name, "2025-01-04")


def test_a_dated_lead_sentence_overrides_a_headline_line_and_the_gavel_presides() -> None:
    info = meeting(
        "最後一次主持院會!院長告別",
        [
            "最後一次主持院會!院長告別",
            "立法院臨時會今(4)日三讀通過總預算案,立法院長蘇一也敲下任內最後一次的議事槌。",
        ],
    )
    assert info.name == "立法院临时会"
    assert info.chairs == ["苏一"]


def test_council_members_raising_concerns_and_a_head_replying() -> None:
    info = meeting(
        "",
        [
            "縣議會定期大會昨日繼續縣政總質詢;上午質詢部分,陳一要求校長遴選作業要嚴謹;"
            "張二倡議主管要多走出去;林三關切商港何時能完工;黃四建議可將航程延後二小時;"
            "謝五則為村民權益請命,要求回饋。",
            "議員們所提的質詢,縣長李六與相關單位主管都做了詳細答覆。",
        ],
    )
    assert info.speakers == ["陈一", "张二", "林三", "黄四", "谢五", "李六"]


def test_a_list_closed_by_offices_and_a_part_on_its_topic_before_the_verb() -> None:
    info = meeting(
        "",
        [
            "3日,市长座谈会召开。座谈会上,王一、杨和荣、许二等市人大代表、市政协委员,"
            "围绕优化营商环境等话题,踊跃发言。",
        ],
    )
    assert info.speakers == ["王一", "杨和荣", "许二"]


def test_who_was_heard_or_invited_to_speak_with_a_body_s_name_holding_ji() -> None:
    heard = meeting(
        "",
        [
            "3日,扶贫委员会举行第八次会议。会上,委员会亦听取了香港大学社会工作及社会行政学系"
            "教授叶一介绍研究结果。"
        ],
    )
    assert heard.speakers == ["叶一"]
    invited = meeting(
        "",
        ["1月3日,区委中心组学习会召开。会议邀请了市博物馆原馆长、调研员翟二作专题报告。"],
    )
    assert invited.speakers == ["翟二"]


def test_a_hong_kong_married_name_speaks_alone() -> None:
    info = meeting(
        "",
        ["3日,立法会举行首次会议。这次会议是行政长官答问会,林郑月娥首先发言,之后回答质询。"],
    )
    assert info.speakers == ["林郑月娥"]


def test_a_sitting_s_transcript_is_its_record_on_the_page_s_day() -> None:
    info = meeting(
        "行政長官答問會答問全文",
        [
            "行政長官答問會答問全文",
            "********************",
            "何一明議員:主席,特首,早兩日你提出的十項措施,我們覺得十分好。",
            "立法會主席梁二議員:行政長官。",
            "行政長官:多謝何議員。這些措施全部都是惠民措施。",
            "立法會主席梁二議員:何一明議員。",
            "何一明議員:如果特首早些回應,我想市民怨氣會更少些。",
        ],
        "2020-01-16T12:00:00+08:00",
    )
    assert (info.name, info.date) == ("行政长官答问会", "2020-01-16")
    assert info.chairs == ["梁二"]
    assert info.speakers == ["何一明"]


def test_quotes_in_a_story_make_no_transcript() -> None:
    paragraphs = [
        "市民反映:收費太貴。",
        "司機:生意難做。",
        "店主:租金太高。",
    ]
    assert detect_meeting("街坊心聲", paragraphs, PAGE) is None


def test_talks_with_a_group_on_a_day_are_a_forum() -> None:
    info = meeting(
        "", ["行政長官岑一8月21日在政府總部與澳區全國人大代表座談,聽取意見。"], "2025-08-21"
    )
    assert (info.name, info.date) == ("座谈会", "2025-08-21")


def test_a_meeting_over_several_days_is_dated_by_its_first() -> None:
    info = meeting(
        "", ["108年全國地方議會議長副議長第一次聯誼會4月2、3日在屏東縣舉辦。"], "2019-04-03"
    )
    assert (info.name, info.date) == ("108年全国地方议会议长副议长第一次联谊会", "2019-04-02")


@pytest.mark.parametrize(
    ("paragraph", "name", "day", "page"),
    [
        (
            "立法院第9屆第5會期第4次會議於107年3月20日上午9時舉行,審查法案。",
            "立法院第9届第5会期第4次会议",
            "2018-03-20",
            "2018-03-21",
        ),
        (
            "由本校政治系舉辦的「第七屆國會學術研討會」於104年5月30及31日在國際會議廳舉辦。",
            "第七届国会学术研讨会",
            "2015-05-30",
            "2015-06-01",
        ),
    ],
)
def test_a_republic_year_without_its_era_dates_a_taiwan_meeting(
    paragraph: str, name: str, day: str, page: str
) -> None:
    info = meeting("", [paragraph], page)
    assert (info.name, info.date) == (name, day)


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("政務司司長昨日在政府總部主持地區行政簡介會,邀請區議員出席。", "地区行政简介会"),
        # (the government holding it is the hearing's body)
        (
            "政府今日舉行第五次「土地批給公開旁聽會」,聽取申請人介紹方案。",
            "政府第五次土地批给公开旁听会",
        ),
        ("縣議會第二次定期大會三日深夜落幕,共通過五十五個議案。", "县议会第二次定期大会"),
        ("台電昨在口湖鄉公所召開施工說明會,會議一開始,鄉民就表達不滿。", "施工说明会"),
        ("宜蘭縣議員黃大同三日在總質詢中,針對縣政提出多項質疑與建議。", "总质询"),
    ],
)
def test_briefings_hearings_a_session_that_closed_and_a_general_interpellation(
    paragraph: str, name: str
) -> None:
    assert meeting("", [paragraph]).name == name


def test_a_gregorian_year_is_never_read_as_the_republic_s() -> None:
    assert meeting_date("2025年3月1日召开", PAGE) == "2025-03-01"
    assert meeting_date("会议于民国98年3月2日召开", PAGE) == "2009-03-02"


# --- after ../fixtures/meetings-round10a and -round10b (held out, then tuned on) -------------


@pytest.mark.parametrize(
    ("paragraph", "name", "day"),
    [
        (
            "社会工作委员会2025年度第一次全体会议于今(3)日于社会工作局会议室举行。",
            "社会工作委员会2025年度第一次全体会议",
            "2025-01-03",
        ),
        ("3日,香港特区立法会三读通过《条例草案》。", "香港特区立法会会议", "2025-01-03"),
        (
            "立法院司法法制委員會今(3)日邀請監察院秘書長王一業務報告。",
            "立法院司法法制委员会",
            "2025-01-03",
        ),
        ("特區政府今(3)晚繼續舉辦政制發展諮詢會,聽取意見。", "政制发展咨询会", "2025-01-03"),
        (
            "市議會今(3)日正進行第三屆第六次臨時會,審查總預算。",
            "市议会第三届第六次临时会",
            "2025-01-03",
        ),
    ],
)
def test_a_body_meeting_somewhere_hearing_passing_or_in_session(
    paragraph: str, name: str, day: str
) -> None:
    info = meeting("", [paragraph])
    assert (info.name, info.date) == (name, day)


@pytest.mark.parametrize(
    "paragraph",
    [
        "一、经县人大常委会决定,县第十九届人民代表大会第四次会议于2025年1月中下旬召开。",
        "在2019年的今日,功能组别依然存在,今日立法会选举仍有功能组别。",
    ],
)
def test_a_time_after_yu_is_no_place_and_an_election_is_no_sitting(paragraph: str) -> None:
    assert detect_meeting("", [paragraph], PAGE) is None


def test_a_decision_to_convene_and_a_meeting_dated_years_before_the_page_report_none() -> None:
    decided = "3日,主席会议举行,会议决定6月4日至6日在北京召开全国政协常委会第七次会议。"
    assert meeting("", [decided], None).name == "主席会议"
    memoir = "1962年1月11日至2月7日,党中央在北京召开了扩大的中央工作会议。"
    assert detect_meeting("", [memoir], "2015-09-03") is None


# --- after ../fixtures/meetings-round11b (held out, then tuned on) ---------------------------


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("〔記者王一/台北報導〕立法院財政委員會今天繼續審查暫行條例草案。", "立法院财政委员会"),
        ("行政會日前完成討論兩項行政法規草案。", "行政会会议"),
        ("桃園市議會3日召開市政總質詢,市長到場備詢。", "市政总质询"),
        ("桃園市議會第7次定期大會今舉行開幕儀式,議長致詞。", "桃园市议会第7次定期大会"),
        ("行政院長劉一今(3)日在行政院院會中表示,感謝立法院支持。", "行政院院会"),
    ],
)
def test_taiwan_and_macao_sittings_as_their_papers_write_them(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


def test_a_body_holding_a_briefing_for_the_press_is_no_sitting() -> None:
    briefing = "【明報專訊】立法會財委會昨日舉行年結匯報,今個年度共批准67個項目。"
    assert detect_meeting("", [briefing], PAGE) is None


# --- after ../fixtures/meetings-round12a (held out, then tuned on) ---------------------------


def test_a_discussion_meeting_is_a_meeting_and_talks_with_a_long_titled_list_a_forum() -> None:
    joint = "1月16日下午,民建、工商联界委员联组讨论会在委员驻地一楼会议室召开。"
    assert meeting("", [joint], "2024-01-17").name == "民建、工商联界委员联组讨论会"
    talks = (
        "8月1日,市委书记方一,市委副书记、市长高二在迎宾馆与某委员会副主任孙三,"
        "某联谊会主席、某集团创始人钱四,某集团董事长周五等校友企业家代表座谈。"
    )
    assert meeting("", [talks]).name == "座谈会"


def test_a_meeting_dated_years_before_the_page_is_recalled_whoever_gave_the_year() -> None:
    # a feature's heading names the meeting, the line under it gives its day with the year
    feature = ["十一届三中全会开幕", "1978年12月18日,即将迎来冬至的北京异常寒冷。"]
    assert detect_meeting("", feature, "2008-07-14") is None
    # a sitting's record comes out weeks later and is still its report
    record = ["市政会议开幕", "2008年5月18日,市长致辞。"]
    assert meeting("", record, "2008-07-14").date == "2008-05-18"


def test_a_department_in_a_list_is_no_attendee() -> None:
    info = meeting(
        "",
        [
            "10日,县长方一主持召开项目建设专题推进会。副县长高二、孙三及县政府办、住建局、"
            "城管局、林业局、水利局等部门主要负责同志参加会议。"
        ],
    )
    assert "林业局" not in info.attendees


def test_the_givers_of_reports_a_sitting_heard_are_its_speakers() -> None:
    heard = meeting(
        "",
        [
            "3日,市人大常委会举行第十次会议。会议先后听取了市政协秘书长郑一民关于召开全体会议"
            "决定草案的说明;副主任、秘书长高文博关于议程草案审议情况的汇报。"
        ],
    )
    assert heard.speakers == ["郑一民", "高文博"]
    assert heard.chairs == []  # "关于召开…": the subject of the report, no convening
    assert PersonRole("高文博", SPEAKER, "副主任、秘书长") in heard.people_roles
    a_body = meeting("", ["3日,主任会议举行。会议听取了区政府关于财政预算执行情况的报告。"])
    assert a_body.speakers == []


# --- after ../fixtures/meetings-round12b (held out, then tuned on) ---------------------------


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "「監察院114年巡察行政院會議」今日登場,院長致詞表示,感謝監察院。",
            "监察院114年巡察行政院会议",
        ),
        ("“全市经济工作会议”今日举行。", "全市经济工作会议"),
        ("“时代楷模”方一同志先进事迹报告会今天在京举行。", "“时代楷模”方一同志先进事迹报告会"),
        (
            "2025年10月21日苗栗縣/全國地方議會議長第3次聯誼座談會21日在苗栗縣舉行。",
            "全国地方议会议长第3次联谊座谈会",
        ),
    ],
)
def test_a_quoted_name_on_stage_and_a_dateline_ending_at_a_slash(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph], "2025-12-19").name == name


def test_a_caucus_office_before_a_name_is_a_title() -> None:
    info = meeting(
        "",
        [
            "新北市議會今天舉行預備會議。國民黨團書記長高文博則認爲時間應該維持,民進黨團總召方一也說要延長。"
        ],
    )
    assert {"高文博", "方一"} <= set(info.speakers)
    assert PersonRole("高文博", SPEAKER, "國民黨團書記長") in info.people_roles


# --- after ../fixtures/meetings-round13a to 14b (held out, then tuned on) -------------------


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("縣府昨日召開主管會報,由縣長方一主持。", "主管会报"),
        (
            "縣政府今(8)日上午召開「第87次主管會報暨第64次縣務會議」,由縣長方一主持。",
            "县政府第87次主管会报暨第64次县务会议",  # a numbered sitting is its body's
        ),
        ("昨日,三市联席会议预备会在梅州召开,近30位领导参加会议。", "三市联席会议预备会"),
        (
            "省人大常委会第三十七次会议在完成各项议程后,1月3日下午在长春闭幕。",
            "省人大常委会第三十七次会议",
        ),
        ("17區區議會今日舉行聯合舉行特別大會,討論條例。", "特别大会"),
        ("【本報訊】 立法會全體會議昨日通過修改質詢程序, 19票贊成。", "立法会全体会议"),
        ("立法會今日恢復二審辯論財政預算案,議員方一發言後主席宣布休會。", "立法会会议"),
        ("局長方一在立法會會議回答議員高文博的提問時說,今天首讀兩項條例草案。", "立法会会议"),
        ("立法院內政委員會今天邀內政部長方一列席,專題報告社宅政策,並備質詢。", "立法院内政委员会"),
    ],
)
def test_taiwan_s_office_meetings_joined_meetings_and_sittings_acting(
    paragraph: str, name: str
) -> None:
    assert meeting("", [paragraph]).name == name


def test_a_report_not_a_meeting_and_a_newspaper_are_no_hui_bao() -> None:
    assert detect_meeting("", ["市政府举行委员会报告审议。"], PAGE) is None
    assert detect_meeting("", ["方一说,大会报道已经刊出。"], PAGE) is None


@pytest.mark.parametrize(
    "text",
    [
        "金城鎮代會 今起召開臨時會",
        "黃大仙區議會原訂今日召開會議,討論疫情,署方職員不會辦公。",
        "1月1日至2月20日,县行政事业单位在县会议中心召开大型会议仅16场,与去年同期相比下降。",
    ],
)
def test_a_session_from_today_on_a_meeting_once_scheduled_and_a_count_are_no_report(
    text: str,
) -> None:
    assert detect_meeting("", [text], PAGE) is None


def test_minutes_headed_by_summary_or_record_and_a_roll_in_place_of_the_day() -> None:
    # a record of 1999 on an undated page
    summary = meeting("《區議會條例草案》委員會 會議紀要", ["立法會", "日 期 :1999年1月26日"], None)
    assert summary.name == "《区议会条例草案》委员会会议"
    council = meeting("第21屆第5、6次臨時大會議事錄", ["雲林縣北港鎮鎮民代表會"])
    assert council.name == "第21届第5、6次临时大会"
    directors = meeting(
        "",
        ["局務會報", "第317次主管會報", "主席:方局長一(高文博代)", "出席:高文博、方二"],
    )
    assert directors.name == "第317次主管会报"


def test_a_caption_repeated_under_its_photo_is_one_line_of_the_lead() -> None:
    info = meeting(
        "",
        [
            "區議會通過動議。",
            "區議會通過動議。",
            "17區區議會今日舉行特別大會,討論條例。",
        ],
    )
    assert info.name == "17区区议会特别大会"


# --- after ../fixtures/meetings-round15b and 15c (held out, then tuned on) ------------------


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "【本報訊】連江縣政府114年第11次主管週報,縣長方一主持,副縣長高文博列席參加。",
            "连江县政府114年第11次主管周报",
        ),
        (
            "台南市議會第四屆成立大會暨議員宣誓就職典禮今(25)日上午舉行,市長方一現場觀禮。",
            "台南市议会第四届成立大会",
        ),
        (
            "旅遊發展委員會於5月9日上午舉行2016年第一次全會會議,由司長方一主持。",
            "2016年第一次全会会议",
        ),
        ("行政長官方一晚上在政府總部與區議員就當前局勢舉行對話會。", "对话会"),
        (
            # (what one says to the press after it is no report of it: see
            # test_what_one_who_attended_said_after_it_is_no_report_of_it)
            "司長方一今日出席民政事務局與十八區區議會正、副主席的例會,聽取各區意見。",
            "民政事务局与十八区区议会正、副主席的例会",
        ),
    ],
)
def test_a_weekly_directors_meeting_a_ceremony_joined_and_a_meeting_attended_before_the_press(
    paragraph: str, name: str
) -> None:
    assert meeting("", [paragraph]).name == name


def test_the_dateline_is_no_part_of_the_body_s_meeting() -> None:
    info = meeting("", ["新华社北京1月3日电中共中央政治局1月3日召开会议,听取工作汇报。"])
    assert info.name == "中共中央政治局会议"


def test_chrome_ending_in_a_full_stop_is_no_lead_sentence() -> None:
    info = meeting(
        "",
        [
            "按此,跳至主要內容。",
            "司長方一說,政府重視地區工作。",
            "方一今日出席十八區區議會主席的例會,聽取各區意見。",
        ],
    )
    assert info.name == "十八区区议会主席的例会"


@pytest.mark.parametrize(
    "text",
    [
        "烈嶼鄉民代表會宣布,將於2025年2月2日至4日,一連三天召開第13屆第17次臨時會。",
        "行政長官方一提出,舉行立法會行政長官互動交流答問會,下星期四將舉行首次答問會。",
    ],
)
def test_a_clause_before_saying_when_it_will_be_or_proposing_it(text: str) -> None:
    assert detect_meeting("", [text], PAGE) is None


def test_a_titled_list_of_speakers_whose_name_holds_zuo_and_speakers_listed_after_you() -> None:
    forum = meeting(
        "",
        [
            "12月9日,中共中央在中南海召開黨外人士座談會。",
            "座談會上,民革中央主席方一、致公黨中央主席蔣作君、九三學社中央主席高文博先後發言。",
        ],
    )
    assert forum.speakers == ["方一", "蒋作君", "高文博"]
    committee = meeting(
        "",
        [
            "旅遊發展委員會昨日舉行全體會議。",
            "會上,發言的委員有葉榮發、簡萬寧和白文浩等,主要討論到優化服務。方二於會上表示,活動相當多樣化。",
        ],
    )
    assert committee.speakers == ["叶荣发", "简万宁", "白文浩", "方二"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("纪委书记方一传达了换届的相关纪律要求。", "方一"),
        ("会上,镇党委副书记方一对换届工作具体事宜做了详细安排部署。", "方一"),
        ("镇长方一进行大会总结。", "方一"),
        ("方一受中共中央委托通报了今年经济工作有关情况。", "方一"),
        ("委員會秘書長方一公佈部門網站英文版的開發工作已完成。", "方一"),
    ],
)
def test_conveying_summing_up_deploying_and_briefing_on_another_s_behalf_are_speaking(
    sentence: str, speaker: str
) -> None:
    info = meeting("", ["3日,镇党委召开换届工作动员会。", sentence])
    assert info.speakers == [speaker]


def test_acts_of_the_body_are_nobody_s_speech() -> None:
    studied = meeting(
        "",
        [
            "3日,市人大常委会党组书记、主任方一主持召开党组扩大会议,传达学习全会精神。",
            "党组书记、主任方一传达会议精神。",
        ],
    )
    assert "党组" not in studied.speakers
    census = meeting("", ["3日,普查工作推进会召开。", "会议要求依法认定、登记并公布不可移动文物。"])
    assert census.speakers == []


def test_a_day_in_chinese_numerals_before_the_act() -> None:
    info = meeting(
        "", ["苗栗縣政府十三日召開今年第二次縣務會議,會中討論通過組織自治條例。"], "2026-01-13"
    )
    assert info.date == "2026-01-13"
    assert meeting_date("第十三日召开", "2026-01-13") is None  # an ordinal is no day


def test_a_bill_committee_named_with_a_bracketed_qualifier_and_a_flattened_record_heading() -> None:
    bill = meeting(
        "", ["香港特区立法会《2021年选举制度(综合修订)条例草案》委员会3日完成相关草案的审议工作。"]
    )
    assert bill.name == "香港特区立法会《2021年选举制度(综合修订)条例草案》委员会"
    record = meeting(
        "",
        [
            "立法院第10屆第1會期司法及法制委員會第5次全體委員會議紀錄 時  間 中華民國109年3月11日"
            "(星期三)9時3分至11時41分 地  點 本院紅樓302會議室 主  席 李委員大敏"
        ],
        None,
    )
    assert record.name == "立法院第10届第1会期司法及法制委员会第5次全体委员会议"
    assert record.date == "2020-03-11"
    assert detect_meeting("", ["請查閱第5次全體委員會議紀錄 時間另定。"], PAGE) is None


def test_an_official_named_before_the_office_introducing_a_paper_speaks() -> None:
    info = meeting(
        "",
        [
            "長者事務委員會昨日舉行全體會議。",
            "會議邀請了統計暨普查局方一廳長引介《人口預測》的內容。",
        ],
    )
    assert info.speakers == ["方一"]


# --- after ../fixtures/meetings-round16b (held out, then tuned on) --------------------------


def test_a_committee_continuing_its_review_on_a_day_given_twice_and_an_interpellation() -> None:
    bill = meeting(
        "", ["立法會《國安條例草案》委員會今日(3日)續審草案,法案委員會主席方一宣布完成逐條審議。"]
    )
    assert (bill.name, bill.date) == ("立法会《国安条例草案》委员会会议", "2025-01-03")
    council = meeting(
        "",
        [
            "宜蘭縣議會今(3)日開會。縣長方一上午到議會進行總質詢,會議主席議長高文博突然要秘書長方二坐在一旁。"
        ],
    )
    assert council.chairs == ["高文博"]
    interpellation = meeting("", ["縣長方一上午到議會進行總質詢,議員高文博要求縣長上備詢台。"])
    assert interpellation.name == "总质询"


def test_parallel_reports_each_with_its_own_subject() -> None:
    info = meeting(
        "",
        [
            "澳門中華總商會於三日晚上八時舉行了第八十次會員大會。",
            "理事長方一作了會務報告、財務部長高文博作了財務報告;副監事長方二作了監事會意見書報告。",
        ],
    )
    assert info.speakers == ["方一", "高文博", "方二"]


def test_what_someone_will_do_at_the_meeting_makes_a_preview() -> None:
    text = "第八屆立法會今日(3日)上午11時舉行首次會議,在會議上,行政長官方一將就施政發言。"
    assert detect_meeting("", [text], PAGE) is None


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("縣長方一指示,雨季將至,相關單位應多加宣導。", ["方一"]),
        ("縣長方一另指示各局處全面檢視土地開發方式。", ["方一"]),
        ("委員會秘書長方一簡介委員會新開發的網頁。", ["方一"]),
        ("由第二組:議長方一、議員高文博輪流上場進行質詢。", ["方一", "高文博"]),
        ("会议传达了方一同志作出的重要指示,要求各单位抓好落实。", []),
    ],
)
def test_oral_instructions_a_brief_introduction_and_turns_of_questioning(
    sentence: str, speakers: list[str]
) -> None:
    info = meeting("", ["縣府今(3)日召開縣務會議。", sentence])
    assert info.speakers == speakers


def test_the_day_alone_in_brackets() -> None:
    info = meeting(
        "", ["南投縣議會第二十屆第十八次臨時會(十六)日開幕,議長方一主持。"], "2025-12-16"
    )
    assert info.date == "2025-12-16"


# --- common phrasings of mainland reports, written before the round-17 sets were scored -------


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("市委常委方一领学了《条例》。", ["方一"]),
        ("市委常委、常务副市长方一围绕营商环境作专题辅导。", ["方一"]),
        ("会上,市长方一就做好春耕工作谈了意见。", ["方一"]),
        ("方一就有关工作作出安排。", ["方一"]),
        ("市教育局、市卫健委负责人方一、林二分别汇报了工作进展。", ["方一", "林二"]),
    ],
)
def test_leading_study_lecturing_giving_views_and_heads_of_listed_departments_speak(
    sentence: str, speakers: list[str]
) -> None:
    info = meeting("", ["3日上午,市委书记王一主持召开市委常委会会议。", sentence])
    assert [name for name in info.speakers if name != "王一"] == speakers


def test_bodies_listed_without_an_office_after_them_name_nobody() -> None:
    info = meeting(
        "",
        [
            "3日上午,区人大常委会召开第16次会议。",
            "区监委、区法院、区检察院负责人列席会议。",
            "区政府各办局、直属单位参加会议。",
        ],
    )
    assert info.attendees == []


def test_the_verb_zuo_as_a_role_is_no_act_of_speaking() -> None:
    info = meeting(
        "", ["3日上午,市政府召开常务会议。", "市财政局作为牵头单位,负责统筹安排资金和项目报告。"]
    )
    assert info.speakers == []


# --- after ../fixtures/meetings-round17c (held out, then tuned on) --------------------------


def test_entrepreneurs_listed_with_their_companies_offices_speak() -> None:
    info = meeting(
        "",
        [
            "3日,市民营企业家座谈会召开。",
            "座谈会上,甲集团董事长、总裁方一,乙集团联合创始人、乙科技CEO林二,"
            "丙公司执行董事、首席运营官王三,丁电气股份有限公司副总裁赵四等企业家先后发言。",
        ],
    )
    assert info.speakers == ["方一", "林二", "王三", "赵四"]


def test_she_who_alone_convened_the_meeting_stresses() -> None:
    info = meeting(
        "",
        ["1月3日,省委副书记、省长方一主持召开省政府第一次全体会议,部署今年工作。她强调,要实干。"],
    )
    assert info.speakers == ["方一"]
    two = meeting("", ["3日,省长方一主持召开全体会议,副省长林二出席。他强调,要实干。"])
    assert two.speakers == []  # whose words, of two?


@pytest.mark.parametrize(
    "sentence", ["镇组织委员方一对推荐流程进行培训。", "县农委主任方一对推荐工作进行动员。"]
)
def test_mobilizing_and_training_at_the_meeting_are_speaking(sentence: str) -> None:
    assert meeting("", ["3日,镇换届选举工作推进会召开。", sentence]).speakers == ["方一"]


def test_sectors_posts_and_units_in_lists_are_nobody() -> None:
    info = meeting(
        "",
        [
            "3日下午,市民营企业家座谈会召开。市政协副主席方一出席会议。"
            "市营商办、联席会议成员单位及相关部门分管领导、联络员参加会议。",
            "来自建筑、工业、农业、旅游、医药等行业的9家民营企业家代表踊跃发言。",
        ],
    )
    assert (info.speakers, info.attendees) == ([], ["方一"])


def test_a_reporters_credit_after_the_dateline_and_a_year_in_an_undated_meeting_s_name() -> None:
    session = meeting("", ["人民网北京1月3日电(前方报道组)全国政协十二届一次会议今天下午开幕。"])
    assert (session.name, session.date) == ("全国政协十二届一次会议", "2025-01-03")
    undated = meeting("", ["9月21日上午,我县召开2011年三秋工作动员会。"], None)
    assert (undated.name, undated.date) == ("2011年三秋工作动员会", "2011-09-21")


def test_a_connector_inside_a_bureau_s_name_splits_no_list() -> None:
    info = meeting(
        "",
        [
            "立法會今日舉行會議。",
            "民政及青年事務局局長方一、勞工及福利局局長林二出席會議。",
        ],
    )
    assert info.attendees == ["方一", "林二"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["关于举行第四届客商大会分会的通告", "为确保大会顺利召开,特作如下通告,请共同遵守:"],
        ["会议召开频率:市长办公会议根据工作需要不定期召开,遇到紧急情况时,可随时召开。"],
    ],
)
def test_a_purpose_and_an_explainer_s_rule_report_no_meeting(paragraphs: list[str]) -> None:
    assert detect_meeting("", paragraphs, PAGE) is None


def test_a_breakfast_meeting_and_a_zone_among_the_attendees() -> None:
    info = meeting(
        "",
        [
            "3日上午,我市举行2025年第九场政企早餐会。市政协主席方一出席。",
            "市领导林二、王三,高新区、市直相关部门主要负责同志参加会议。",
        ],
    )
    assert info.name == "2025年第九场政企早餐会"
    assert info.attendees == ["方一", "林二", "王三"]


# --- after ../fixtures/meetings-round17a (held out, then tuned on) --------------------------


def test_a_coordinator_reporting_and_a_report_that_says() -> None:
    info = meeting(
        "",
        [
            "旅遊發展委員會於1月3日舉行全會會議。",
            "會議首先由方一司長介紹施政工作。人力資源專責小組協調員林二報告關於司機就業;"
            "旅遊政策專責小組協調員王三的報告指委員們關注旅遊承載力。",
            "市長作施政總報告,議員參與專案報告。",
        ],
    )
    assert info.speakers == ["方一", "林二", "王三"]


def test_officials_meeting_on_a_day_and_chairs_in_another_s_stead() -> None:
    met = meeting("", ["政务司司长方一下午到区议会,与区议员闭门会面约一小时。"])
    assert met.name == "闭门会面"
    assert detect_meeting("", ["政务司司长方一将于下周与区议员会面。"], PAGE) is None
    stead = meeting(
        "",
        [
            "立法會今日(3日)舉行大會。內會主席方一亦代替立法會主席林二主持今早前廳交流會;"
            "前廳交流會及立法會大會分別由方一及王三主持。"
        ],
    )
    assert stead.chairs == ["方一", "王三"]


def test_a_meeting_held_some_days_ago_has_no_day_whatever_the_chrome_says() -> None:
    info = meeting(
        "",
        [
            "您好!今天是",
            "消費者委員會與多個部門召開跨範疇工作會議,交換情報。",
            "跨範疇工作會議於日前舉行,出席會議有:經濟局、旅遊局代表。",
        ],
    )
    assert (info.name, info.date) == ("跨范畴工作会议", None)


def test_a_senior_technician_attends() -> None:
    info = meeting("", ["委員會3日召開全體會議。處長方一、首席顧問高級技術員林二等列席會議。"])
    assert info.attendees == ["方一", "林二"]


# --- after ../fixtures/meetings-round17b (held out, then tuned on) --------------------------


def test_a_sitting_as_the_scene_in_taiwan_s_words() -> None:
    interpellation = meeting("", ["今(3)日市政總質詢中,議員肯定高雄近年的發展。"])
    assert (interpellation.name, interpellation.date) == ("市政总质询", "2025-01-03")
    county = meeting("", ["縣長方一3日於縣府一月份縣務會議暨主管會報中,特別感謝縣府同仁。"])
    assert county.name == "县府一月份县务会议暨主管会报"


def test_a_forum_held_and_the_speech_of_a_house_s_president() -> None:
    forum = meeting("", ["公督盟於1月3日舉辦「國會法制化論壇」,專家學者共同交流。"])
    assert forum.name == "国会法制化论坛"
    speech = [
        "【立法院第10屆第4會期 閉會詞全文】 報告院會,今天是本會期最後的一次院會日。",
        "此外,本院在12月2日共同舉辦「開放國會論壇」,獲20國國會議長參與。",
    ]
    assert detect_meeting("", speech, PAGE) is None


def test_a_chair_named_with_a_rare_given_name_character_speaks_by_name_alone() -> None:
    info = meeting("", ["高雄市長陳其邁於今(3)日主持市政會議。", "陳其邁表示,成果相當豐碩。"])
    assert info.speakers == ["陈其迈"]


def test_a_reporter_s_credit_closed_by_its_bracket_is_no_part_of_the_name() -> None:
    info = meeting("", ["【快通新聞 記者方一/高雄報導】高雄市政府今(3)日召開第704次市政會議。"])
    assert info.name == "高雄市政府第704次市政会议"


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("方一議員以哽咽的聲音臨時動議,由府會官員和民代默哀一分鐘。", ["方一"]),
        ("林二議員則對航班的收費標準表達了他個人的嚴重關切。", ["林二"]),
        ("對於議員的支持,縣長王三也向每位議員表示感謝。", ["王三"]),
        ("省政协主席田向利代表常务委员会向大会作工作报告。", ["田向利"]),
    ],
)
def test_motions_concern_and_thanks_expressed_to_the_members(
    sentence: str, speakers: list[str]
) -> None:
    info = meeting("", ["縣議會昨天舉行第七次定期大會。", sentence])
    assert info.speakers == speakers


def test_a_byline_on_a_line_of_its_own_opens_the_story_after_chrome() -> None:
    info = meeting(
        "",
        [
            "縣務會議縣長表揚績優 感謝團隊努力",
            "地方 地方焦點",
            "台東縣長方一表揚參與中央各項評比績優單位,並感謝縣府團隊努力",
            "(圖/台東縣政府提供)",
            "記者林二/台東報導",
            "台東縣長方一連5年獲5星,方一3日於縣府一月份縣務會議暨主管會報中,特別感謝縣府同仁。",
        ],
    )
    assert info.name == "县府一月份县务会议暨主管会报"


def test_a_council_holding_a_ceremony_is_no_sitting() -> None:
    ceremony = ["台東縣議會今舉行新任秘書長布達典禮,由議長方一主持,正式布達林二接任。"]
    assert detect_meeting("", ceremony, PAGE) is None


def test_the_day_as_the_sitting_and_a_sitting_s_business_on_a_day_in_chinese_numerals() -> None:
    last = meeting("", ["今天是立法院第11屆第3會期最後一次院會,院長方一宣布散會。"])
    assert (last.name, last.date) == ("立法院第11届第3会期最后一次院会", "2025-01-04")
    assert last.chairs == ["方一"]
    plenary = meeting("", ["立法院院會三日處理此案的討論事項,由副院長方一宣告決議通過。"])
    assert (plenary.name, plenary.date) == ("立法院院会", "2025-01-03")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("方一希望此政策也能考量離島。", "方一"),
        ("下午質詢部分,方一爭取擴充北竿醫療資源。", "方一"),
        ("方一反映希望整合單一窗口。", "方一"),
        ("方一同樣關心離島醫療資源。", "方一"),
    ],
)
def test_a_member_s_wishes_and_concerns_put_to_an_interpellation(
    sentence: str, speaker: str
) -> None:
    info = meeting("", ["縣議會定期大會縣政總質詢3日登場。", sentence])
    assert info.speakers == [speaker]


def test_wishes_of_others_are_nobody_s_speech() -> None:
    info = meeting("", ["3日,市政府召开常务会议。", "市民的希望是会议关心的问题。"])
    assert info.speakers == []


# --- after ../fixtures/meetings-round18c (held out, then tuned on) --------------------------


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (["縣議會臨時會程序會今天開會,議長方一主持。"], "县议会临时会程序会"),
        (["立法院交通、司法委員會今天聯席會議,討論成立調查小組。"], "立法院交通、司法委员会"),
        (
            [
                "立法院外交國防委員會今邀請國家安全局局長方一、大陸委員會、文化部、國家通訊傳播委員會報告,並備質詢。"
            ],
            "立法院外交国防委员会",
        ),
        (
            ["今天是第11屆立法院第4會期的最後一次院會,院長方一宣布散會。"],
            "第11届立法院第4会期的最后一次院会",
        ),
        (["縣長方一3日在縣議會第19屆第6次定期會中進行施政總報告。"], "县议会第19届第6次定期会"),
    ],
)
def test_taiwan_s_procedure_committee_joint_committees_and_a_sitting_as_the_scene(
    paragraphs: list[str], name: str
) -> None:
    assert meeting("", paragraphs).name == name


def test_a_sitting_is_named_as_it_is() -> None:
    assert meeting("", ["縣議會臨時會今(3)日開議,議長方一主持。"]).name == "县议会临时会"


def test_the_chair_chosen_from_the_floor_and_today_after_a_name() -> None:
    info = meeting(
        "",
        [
            "市議會3日下午舉行大會。會中,推派方一議員擔任主席。",
            "議長林二宣布休息10分鐘。陸委會副主委王三今列席備詢。",
        ],
    )
    assert info.chairs == ["方一", "林二"]
    assert info.attendees == ["王三"]


# --- after ../fixtures/meetings-round19a and 19b (held out, then tuned on) ------------------


def test_a_place_after_jia_a_session_ending_and_minutes_headed_with_yi_shi_lu() -> None:
    security = meeting("", ["111年7月份治安會報於今(3)日假縣府第3會議室召開,由縣長方一親自主持。"])
    assert (security.name, security.date, security.chairs) == (
        "111年7月份治安会报",
        "2025-01-03",
        ["方一"],
    )
    session = meeting("", ["立法院第10屆第7會期今天(3日)結束,立法院長方一表示,本會期成果豐碩。"])
    assert session.name == "立法院第10届第7会期"
    record = meeting(
        "",
        [
            "立法院第9屆第7會期交通委員會第9次全體委員會議議事錄",
            "時間:中華民國108年4月17日(星期三)上午9時3分至12時14分",
            "主席:方召集委員一",
        ],
        None,
    )
    assert (record.name, record.date) == (
        "立法院第9届第7会期交通委员会第9次全体委员会议",
        "2019-04-17",
    )


def test_a_meeting_held_some_days_ago_dated_where_it_is_named_again() -> None:
    info = meeting(
        "",
        ["【本報訊】民政總署諮詢委員會日前召開特別會議,交換意見。會議於四月十日在民政總署舉行。"],
        "2014-04-17",
    )
    assert info.date == "2014-04-10"


def test_this_year_a_year_in_chinese_numerals_and_a_proposal_inside_a_name() -> None:
    assert meeting_date("會議於本年11月6日在環境保護局舉行", "2014-11-20") == "2014-11-06"
    named = meeting(
        "", ["青年事務委員會二零二五年第一次全體大會於三月二十五日在仲尼堂舉行。"], None
    )
    assert named.date == "2025-03-25"
    proposal = ["會議建議政協九屆二次會議三月三日舉行。"]
    assert detect_meeting("", proposal, PAGE) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "接着教青局青年廳廳長方一簡報了合作項目的開展情況。",
        "環保局局長方一簡述了該局的工作。",
        "會上,首先由評審專責小組方一委員報告“青年獎項”評審工作情況。",
    ],
)
def test_briefings_and_reports_in_macao_s_words(sentence: str) -> None:
    assert meeting("", ["委員會3日召開全體會議。", sentence]).speakers == ["方一"]


def test_a_head_named_with_ying_chairs_and_speaks_while_giving_his_address() -> None:
    info = meeting(
        "",
        [
            "治安會報昨天下午於縣府會議室召開,由縣長劉增應主持,秘書長方一列席。",
            "劉增應致詞時表示,要加強毒品防制。",
        ],
    )
    assert (info.chairs, info.speakers) == (["刘增应"], ["刘增应"])


# Round 21a (Hong Kong, Macao and Taiwan papers): sittings told by what the house did, a day of
# the week with its date, a meeting held as usual, one of a series, and the floor's questions.
@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "澳門立法會今日經過辯論後,以20票贊成通過中止方一議員職務。",
            "澳门立法会会议",
            "2025-01-04",
        ),
        (
            "立法會今日(4日)恢復《2020年廢物處置(修訂)條例草案》二讀,獲三讀通過。",
            "立法会会议",
            "2025-01-04",
        ),
        ("灣仔區議會週四(2日)開會,討論多項議題。", "湾仔区议会会议", "2025-01-02"),
        ("南區區議會今天照常舉行會議,議員討論民生議題。", "南区区议会会议", "2025-01-04"),
        ("人權促進會3日晚上舉行首場「香港議題公聽會」,多人作證。", "香港议题公听会", "2025-01-03"),
        # a special sitting acting on its day
        ("行政會議特別會議今日下午通過取消對沖方案。", "行政会议特别会议", "2025-01-04"),
    ],
)
def test_a_sitting_told_by_what_the_house_did_or_held_as_usual(
    sentence: str, name: str, day: str
) -> None:
    info = meeting("", [sentence])
    assert (info.name, info.date) == (name, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("周二开会", "2024-12-31"),  # the page is a Saturday: this week's Tuesday
        ("星期六开会", "2025-01-04"),  # the page's own day
        ("下周二开会", None),  # next week's
    ],
)
def test_a_day_of_the_week_is_the_latest_one_up_to_the_page(text: str, day: str | None) -> None:
    assert meeting_date(text, PAGE) == day


def test_a_weekday_alone_dates_no_sitting_it_may_be_next_week_s() -> None:
    # "週四行政院會討論…" on a Wednesday's page is tomorrow's sitting
    assert detect_meeting("週四行政院會討論書面施政報告", [], PAGE) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("副主席司馬文笑言:「首次看到你們的樣貌」。", "司马文"),  # 笑 is no part of the name
        ("何一則問到,如果不再用該承建商,有沒有後備方案。", "何一"),
        ("方一追問:「點處理?」", "方一"),
        ("主席方一臨尾發言時說:「大家珍重」。", "方一"),
        ("方一提到,董事局會檢討薪酬。", "方一"),
        ("民主黨何一斥責政府的隱瞞文化。", "何一"),
        ("何一三度插嘴表示,「你當時不在場」。", "何一"),
        ("方一副局長也提及過往的培訓安排。", "方一"),  # a deputy's office after the name
        ("議員方一重申反對加價。", "方一"),
        ("方一坦言工程已經延誤。", "方一"),
        ("方一只回答了三名議員的提問。", "方一"),  # 只 is no part of the name
        ("議員何一補充,有關數字並不準確。", "何一"),
        # a name, a colon and the quote: a floor's exchange as TV news writes it
        ("民進黨立委方一:「你也照程序來嘛。」", "方一"),
        ("立法會議員(飲食界)何一:「法團的工作是無償的。」", "何一"),
    ],
)
def test_the_floor_s_questions_and_words_in_hong_kong_s_papers(sentence: str, speaker: str) -> None:
    assert meeting("", ["區議會今日舉行會議。", sentence]).speakers == [speaker]


def test_a_chair_standing_in_and_a_side_is_nobody() -> None:
    info = meeting(
        "",
        ["區議會今日舉行會議,會議由副主席方一代為主持。", "建制派方面,議員何一認為應當支持。"],
    )
    assert (info.chairs, info.speakers) == (["方一"], ["何一"])


def test_words_at_the_meeting_count_though_the_speaker_spoke_after_it_too() -> None:
    paragraphs = [
        "區議會今早舉行會議,副主席方一提出關注來屆選舉,專員隨即離場。",
        "方一會後對記者表示,當局的說法荒謬。",
    ]
    assert meeting("", paragraphs).speakers == ["方一"]
    # said only off the meeting, then again: not speaking at it
    elsewhere = [
        "區議會今早舉行會議,討論選舉安排。",
        "方一會後對記者表示,說法荒謬。",
        "方一說,會再跟進。",
    ]
    assert meeting("", elsewhere).speakers == []
    # said at the sitting first, to the press after it: the words at the sitting stand
    first_there = [
        "法案委員會今日召開第二次會議,主席方一將發言時間遞減至4分鐘。",
        "多名議員席上鼓噪。公民黨何一質疑,過去從沒有這樣縮減發言時間。",
        "關注組召集人何一會後批評,做法偏離過往。",
    ]
    assert meeting("", first_there).speakers == ["何一"]
    # a lead's words in no paragraph set at the sitting, then the press scene: said to the press
    press_first = [
        "內務委員會今日召開會議,以40票贊成通過議案。何一其後表示:「使乜要有法案委員會。」",
        "何一會後向記者表示:「使乜要有法案委員會。」",
    ]
    assert meeting("", press_first).speakers == []


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        (
            "5月2日,我县在政府会议室召开第四次全国中药资源普查工作启动会。",
            "第四次全国中药资源普查工作启动会",
            "2024-05-02",
        ),
        ("全市业务培训会3日在市行政中心召开。", "全市业务培训会", "2025-01-03"),
        # a conference over two days, each written whole: the first
        ("2024年对台工作会议2日至3日在京召开。", "2024年对台工作会议", "2025-01-02"),
    ],
)
def test_launch_and_training_meetings_and_two_days_written_whole(
    sentence: str, name: str, day: str
) -> None:
    info = meeting("", [sentence])
    assert (info.name, info.date) == (name, day)


def test_a_question_session_s_president_askers_and_one_who_did_not_answer() -> None:
    info = meeting(
        "",
        [
            "行政長官方一今早出席立法會答問大會。",
            "首個向方一發問的議員是民建聯何一,他開始發言時,議員仍在高叫。",
            "第二位發問議員是民建聯高二,他指,很多市民感到不安。",
            "主席李三於10時50分宣布會議暫停。",
            "方一未有回應何一的質疑。",
            "路政署認為事情或涉刑事成分。",
        ],
    )
    assert info.chairs == ["李三"]
    assert info.speakers == ["何一", "高二"]  # no "方一未有", no 路政署


def test_the_committee_s_chairman_chairs_its_meeting_whatever_he_said_before() -> None:
    info = meeting(
        "",
        ["鐵路事宜小組委員會今早召開特別會議。", "委員會主席方一早前指,承建商受保密協議所限。"],
    )
    assert info.chairs == ["方一"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("新民黨何一引用《檢控條例》指,做法並無不妥。", "何一"),
        ("方一局長感謝各位委員在過去提供寶貴意見。", "方一"),
        ("縣長方一也分享造訪日本的觀摩心得。", "方一"),
        ("縣議員方一主張刪減34萬元。", "方一"),
        ("議長方一(中)表示,這是交流經驗的平台。", "方一"),
        ("副縣長方一也針對過去一週的輿情提出說明與分析。", "方一"),
        ("議員方一接棒詢問,要求市府說明。", "方一"),
        ("下午質詢中,議員曹以雄關心縣長的態度。", "曹以雄"),  # 以 inside the name
        ("會中,由民政課長方一就公所業務進行簡報。", "方一"),
        ("教授何一提到有國家已就假新聞立法。", "何一"),
        ("基本法委員會委員方一在台上講解一地兩檢方案。", "方一"),
    ],
)
def test_quoting_thanking_sharing_and_a_caption_s_place(sentence: str, speaker: str) -> None:
    assert meeting("", ["縣政會議3日召開。", sentence]).speakers == [speaker]


def test_a_thank_you_letter_and_a_view_held_are_no_speech() -> None:
    paragraphs = [
        "縣政會議3日召開。",
        "方一收到感謝信。",
        "這一主張刪減經費的意見未獲採納。",
        "此主張刪減的意見落空。",
    ]
    assert meeting("", paragraphs).speakers == []


def test_ready_to_answer_is_attending_and_a_verb_before_the_colon_is_not_part_of_the_name() -> None:
    info = meeting(
        "",
        [
            "縣議會定期會今日繼續總質詢,縣長偕副縣長方一率各局處長列席並備答詢。",
            "何一說:「這樣是不行的。」",
        ],
    )
    assert "方一" not in info.speakers
    assert info.speakers == ["何一"]


@pytest.mark.parametrize(
    ("sentences", "name", "day"),
    [
        # 今午, 昨午: this or yesterday's afternoon, as Hong Kong's papers write it
        (
            ["立法會資訊科技及廣播事務委員會,今午討論停播節目的事宜。"],
            "立法会资讯科技及广播事务委员会会议",
            "2025-01-04",
        ),
        (["東區區議會會議昨午2時舉行。"], "东区区议会会议", "2025-01-03"),
        # appearing at a forum is attending it
        (["法官方一今早現身「一國兩制」論壇。"], "「一国两制」论坛", "2025-01-04"),
    ],
)
def test_this_afternoon_and_appearing_at_a_forum(sentences: list[str], name: str, day: str) -> None:
    info = meeting("", sentences)
    assert (info.name, info.date) == (name, day)


def test_a_name_then_lately_held_and_a_quoted_name_after_a_space() -> None:
    info = meeting(
        "", ["【記者方一報導】桃園區第一次區政諮詢委員會議,日前在區公所舉行,由區長何一主持。"]
    )
    assert (info.name, info.chairs) == ("桃园区第一次区政咨询委员会议", ["何一"])
    info = meeting("", ["商業總會今天在飯店舉辦 「2025工商領袖座談會」,理事長方一致詞。"])
    assert info.name == "2025工商领袖座谈会"
    # a headline's phrases stand apart: 開會 ends one, a name in the next is no meeting held
    assert detect_meeting("議員被擋開會 何一缺席會議", [], PAGE) is None


def test_a_chair_welcoming_those_present_is_no_greeting() -> None:
    paragraphs = [
        "主席:現在開始開會,今天是有關服務貿易協議的第一場公聽會,我們非常歡迎並感謝各位專家學者參加。"
    ]
    assert meeting("", paragraphs).name == "有关服务贸易协议的第一场公听会"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # scheduled, its days not resolved: "定於10月12—13日在興寧舉行"
        ["市委、市政府定於10月12 —13日在興寧舉行 第四屆客商大會分會。"],
        # the quorum to open with is no sitting: the meeting lapsed
        ["混亂持續至下午2時45分,最終區議會會議距離開會法定人數仍欠2人而宣告流會。"],
    ],
)
def test_a_meeting_fixed_for_later_or_short_of_its_quorum_is_no_report(
    paragraphs: list[str],
) -> None:
    assert detect_meeting("", paragraphs, PAGE) is None


def test_a_lead_of_what_was_said_at_the_meeting_then_the_meeting_held_lower_down() -> None:
    paragraphs = [
        "處長方一出席區議會質詢,會上被多名議員質問執法問題。",
        "方一指,被捕人數有7019人。",
        "區議會會議昨午2時舉行,開始前,過百人在大樓地下等候。",
    ]
    info = meeting("", paragraphs)
    assert (info.name, info.date) == ("区议会会议", "2025-01-03")
    # a commentary that says what was done at some meeting, then recalls one held long ago
    commentary = [
        "有的干部在会上念稿子,照本宣科。",
        "这种形式主义必须纠正。",
        "去年3月,某局召开的工作会议持续了五个小时。",
    ]
    assert detect_meeting("", commentary, PAGE) is None


def test_a_member_acting_at_a_body_on_a_day_says_the_body_sat() -> None:
    info = meeting("", ["議員方一今日於立法會內務委員會提出動議,要求授權交通事務委員會。"])
    assert (info.name, info.date) == ("立法会内务委员会会议", "2025-01-04")
    # no day: a habit or a plan, not a sitting
    assert detect_meeting("", ["議員可於內務委員會提出動議。"], PAGE) is None


def test_a_meeting_held_today_as_the_subject_of_what_it_did() -> None:
    info = meeting("", ["今日(4日)舉行的元朗區議會大會,原訂討論撤回修例的動議。"])
    assert (info.name, info.date) == ("元朗区议会大会", "2025-01-04")
    # the same phrasing for a meeting to come is no report
    assert detect_meeting("", ["明日舉行的元朗區議會大會,將討論撤回修例的動議。"], PAGE) is None


def test_a_paragraph_set_at_another_body_s_meeting_names_nobody_of_this_one() -> None:
    paragraphs = [
        "今日(4日)舉行的元朗區議會大會,原訂討論撤回修例的動議。",
        "主席方一在會上解釋,政治問題應在其他平台討論。",
        "翌日、13日,北區區議會大會上,議員何一提出臨時動議,議員高二表示修例爭議嚴重。",
        "內會會議上,主席李三宣布休會。",  # the same body's short name (see the next test)
    ]
    info = meeting("", paragraphs)
    assert info.speakers == ["方一"]


def test_a_short_name_of_the_body_at_its_meeting_is_this_meeting() -> None:
    paragraphs = ["立法會內務委員會今日開會。", "內會會議上,議員何一表示文件有誤。"]
    assert meeting("", paragraphs).speakers == ["何一"]


def test_an_order_signed_to_be_published_names_nobody() -> None:
    paragraphs = ["大會3日閉幕,會議經表決通過了監察法,國家主席方一簽署第三號主席令予以公布。"]
    assert "令予以" not in meeting("", paragraphs).speakers


def test_a_video_meeting_a_community_s_joint_meeting_and_views_given() -> None:
    info = meeting("", ["11月19日,省发展改革委组织召开全省易地搬迁后续扶持工作视频会。"])
    assert info.name == "全省易地搬迁后续扶持工作视频会"
    info = meeting(
        "", ["9月12日,锦霞社区开展党建联席会,成员单位参加会议。", "方一、何一分别讲了意见。"]
    )
    assert (info.name, info.speakers) == ("党建联席会", ["方一", "何一"])


def test_an_office_s_other_name_in_brackets_before_the_name() -> None:
    sentence = "座谈会上,院长方一、中央党校(国家行政学院)副校长(副院长)何一、省委书记高二先后发言。"
    info = meeting("", ["座谈会3日在京召开。", sentence])
    assert info.speakers == ["方一", "何一", "高二"]
    titles = {person.name: person.title for person in info.people_roles}
    assert titles["何一"] == "中央党校(国家行政学院)副校长(副院长)"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["值此志愿服务联合会第三届会员代表大会召开之际,向大会的召开表示祝贺!"],
        [
            "希望广大志愿者弘扬志愿精神。方一2025年1月3日 新闻链接 方一致信祝贺志愿服务联合会第三届会员代表大会召开"
        ],
    ],
)
def test_a_letter_on_the_occasion_of_a_meeting_is_no_report(paragraphs: list[str]) -> None:
    assert detect_meeting("方一致志愿服务联合会第三届会员代表大会的贺信", paragraphs, PAGE) is None


def test_a_headline_about_a_letter_to_a_meeting_is_no_report() -> None:
    paragraphs = [
        "1月4日,方一向第二十次两党理论研讨会致贺信。",
        "当日,第二十次两党理论研讨会在宁平举行。",
    ]
    assert detect_meeting("方一向第二十次两党理论研讨会致贺信", paragraphs, PAGE) is None
    # the same meeting under a headline of its own is reported
    info = meeting("第二十次两党理论研讨会举行", paragraphs[1:])
    assert info.name == "第二十次两党理论研讨会"


def test_said_elsewhere_in_the_sentence_and_attending_at_an_invitation() -> None:
    sentence = "方一昨日還一再強調採訪自由沒有受到磨損,但今早她和主任何一出席「國家憲法日」座談會。"
    assert meeting("", [sentence]).name == "「国家宪法日」座谈会"
    # what someone said about attending, in the clause just before it, is no report
    assert detect_meeting("", ["方一表示,此次出席峰會意義重大。"], PAGE) is None
    invited = "应总理何一邀请,国务院总理方一于当地时间1月3日上午在莫斯科出席理事会第二十四次会议。"
    info = meeting("", [invited])
    assert (info.name, info.date) == ("理事会第二十四次会议", "2025-01-03")


def test_forums_held_already_without_a_day_are_a_tally() -> None:
    paragraphs = ["目前兩家電台已舉辦選舉論壇,另一家將在下月舉辦選舉論壇。"]
    assert detect_meeting("", paragraphs, PAGE) is None
    assert meeting("", ["選舉論壇已於昨日舉行。"]).name == "选举论坛"


def test_so_many_meetings_of_a_kind_and_joint_organisers() -> None:
    # a count is no name: the headline names the symposia more fully
    info = meeting(
        "省发展改革委召开产业发展规划编制工作座谈会",
        ["1月3日,省发展改革委联合研究中心在郑州组织召开3场座谈会,听取意见。"],
    )
    assert (info.name, info.date) == ("产业发展规划编制工作座谈会", "2025-01-03")
    # without a headline's name, the kind the count is of
    assert meeting("", ["1月3日,委员会在各区召开八场意见交流会。"]).name == "意见交流会"
    # bodies holding a meeting together do not name it
    info = meeting(
        "价格司召开成本认定工作座谈会", ["1月3日,国家发展改革委会同有关部门及行业协会召开会议。"]
    )
    assert info.name == "成本认定工作座谈会"


def test_a_weekday_and_a_place_before_the_meeting_held_as_the_scene() -> None:
    info = meeting(
        "", ["國家主席張大同周二在北京舉行的慶祝改革開放四十周年大會上發表講話。"], "2018-12-19"
    )
    assert (info.name, info.date) == ("庆祝改革开放四十周年大会", "2018-12-18")


def test_tomorrow_written_as_ming_alone_is_a_meeting_to_come() -> None:
    assert (
        detect_meeting("北京明舉行紀念大會　官媒刊文", ["官媒今日刊登文章,回顧歷史。"], PAGE)
        is None
    )


def test_a_listed_name_after_a_titled_one_may_hold_a_function_character() -> None:
    # "蔡適應" holds 應 ("should"): after a titled name the list delimits it, as an office would
    info = meeting("", ["司法委員會昨日召開全體委員會議。", "委員方一、蔡適應、何二先後發言。"])
    assert info.speakers == ["方一", "蔡适应", "何二"]


def test_those_who_took_the_floor_for_an_interpellation_listed_after_it() -> None:
    sentence = "縣議會定期會昨日展開縣政總質詢,首先上場質詢的有議員方一、何二、高三。"
    assert meeting("", [sentence]).speakers == ["方一", "何二", "高三"]


def test_a_long_list_of_officials_keeps_the_names_it_reads() -> None:
    sentence = (
        "出席是次會議的代表有:文化局方志一廳長、郵電局何家二廳長、新聞局高俊三代廳長、"
        "勞工事務局林美四處長、治安警察局張艷嬋警司。"
    )
    info = meeting("", ["工作小組於4月20日召開本年度第一次工作會議。", sentence])
    # the last item's office (警司) is one no rule reads: it costs the list only itself (the
    # people tagger, retrained on round 29, finds her)
    assert info.attendees[:4] == ["方志一", "何家二", "高俊三", "林美四"]
    assert set(info.attendees) <= {"方志一", "何家二", "高俊三", "林美四", "张艳婵"}


def test_a_professor_s_name_after_a_bureau_s_office() -> None:
    sentence = "出席會議的有發展局局長方一、創新科技及工業局局長孫東教授。"
    info = meeting("", ["諮詢會昨日舉行。", sentence])
    assert info.attendees == ["方一", "孙东"]


def test_a_committee_sitting_on_a_weekday() -> None:
    info = meeting("", ["政府建議推行預先投票,立法會政制事務委員會周一討論有關建議。"])
    assert info.name.startswith("立法会政制事务委员会")


def test_a_quoted_title_keeps_its_punctuation_inside_the_name() -> None:
    sentence = "經建會今天在台南舉辦「產業有家,家有產業」參訪及座談會,聽取業界意見。"
    assert meeting("", [sentence]).name == "「产业有家,家有产业」参访及座谈会"


def test_a_summit_and_an_interpellation_named_after_its_kind() -> None:
    assert meeting("", ["2015宜蘭青年論壇高峰會,今日於東光國中舉行。"]).name == (
        "2015宜兰青年论坛高峰会"
    )
    info = meeting("", ["南投縣議會定期會今日進行縣政總質詢,由方一等7位議員聯合質詢。"])
    assert info is not None


def test_a_theme_quoted_before_the_name_is_no_part_of_it() -> None:
    sentence = "12月25日,以“创新驱动、合作共赢”为主题的长江沿岸城市市长联席会议在芜湖召开。"
    assert meeting("", [sentence]).name == "长江沿岸城市市长联席会议"


def test_a_meeting_dated_ahead_two_clauses_before_it_is_to_come() -> None:
    sentence = "市議員方一將於1月下午3時,與立委何二,在東區共同舉辦「欣欣向榮・傾聽心聲」座談會。"
    assert detect_meeting("", [sentence], PAGE) is None


def test_a_weekday_before_the_meeting_s_name_is_its_day() -> None:
    info = meeting("", ["在周五立法會財經事務委員會會議上,多數議員表態贊成政府修例。"])
    assert (info.name, info.date) == ("立法会财经事务委员会会议", "2025-01-03")


def test_names_then_what_they_are_then_took_the_floor() -> None:
    # what those named are, written after 等, may be any office ("等市政府参事")
    sentence = "会上,方一、何二、高三等市政府参事先后发言。"
    assert meeting("", ["市政府参事座谈会昨日召开。", sentence]).speakers == [
        "方一",
        "何二",
        "高三",
    ]


def test_experts_counted_after_their_names_offer_advice() -> None:
    # 研究员 and 教授 are offices; "立足…" and "聚焦…" say on what ground, not who
    sentence = (
        "会上,省社会科学院研究员方一、西南财经大学教授何二2位专家立足省情实际,"
        "聚焦推动双城经济圈建设等建言献策。"
    )
    info = meeting("", ["专家座谈会11月19日召开。", sentence])
    assert info.speakers == ["方一", "何二"]


def test_members_after_a_topic_of_public_concern_offer_advice() -> None:
    # "民生关切," is a noun, not a verb; a surname that is also a word starts a listed name
    sentence = "方一、成丽二、童三等12名委员,聚焦中心大局和民生关切,分别建言。"
    info = meeting("", ["市政协常委会议昨日召开。", sentence])
    assert info.speakers == ["方一", "成丽二", "童三"]


def test_a_directive_s_requirements_are_no_words_said() -> None:
    # "有关部署要求," is what is carried out, not "demanded that …" with all after it said
    sentence = (
        "全面落实省委、省政府有关部署要求,11月19日,省发展改革委召开全省工作视频会,"
        "协同办副主任方一参加会议并讲话。"
    )
    info = meeting("", [sentence])
    assert info.speakers == ["方一"]
    assert info.attendees == ["方一"]


def test_a_married_name_after_a_party_and_proposals_after_a_comma() -> None:
    paragraphs = [
        "立法會政制事務委員會今日開會討論預先投票安排。",
        "新民黨方林美儀質疑,當局評估過於樂觀。",  # a married name: two surnames, four characters
        "批發及零售界何家二建議,應安排另一個房間予參與者。",
        "民建聯高三指投票制度應與時並進。",  # 指 then what was said, as Hong Kong's papers write
    ]
    assert meeting("", paragraphs).speakers == ["方林美仪", "何家二", "高三"]


def test_a_party_then_a_name_is_not_read_past_the_party_s_word() -> None:
    # "工聯會方小一" is 工聯會 and 方小一, not 工聯 and a married name "會方小一"
    paragraphs = ["區議會今日舉行大會。", "工聯會方小一、經民聯何二等繼續批評主席。"]
    assert meeting("", paragraphs).speakers == ["方小一", "何二"]


def test_proposals_counted_and_arriving_at_the_meeting_hall() -> None:
    paragraphs = [
        "四方聯席會議昨日在澳門舉行。",
        "方局長提出三點建議,包括以數字化服務便利辦理。",  # "提出三點" is no one's name
        "其後無黨派何二、民建聯高三趕到會議廳。",  # 到會 in 到會議廳 is no attending
    ]
    info = meeting("", paragraphs)
    assert "提出三点" not in info.speakers
    assert info.attendees == []


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        # 今 or 昨 alone before the place or the act, as Hong Kong's papers write them
        (
            "中共十八屆七中全會今在北京閉幕,會議公報稱全會通過修正案。",
            "中共十八届七中全会",
            PAGE[:10],
        ),
        ("立法會財委會昨舉行特別會議,討論撥款。", "立法会财委会特别会议", "2025-01-03"),
    ],
)
def test_today_or_yesterday_alone_before_the_act(sentence: str, name: str, day: str) -> None:
    info = meeting("", [sentence])
    assert (info.name, info.date) == (name, day)


def test_a_body_holding_a_reception_is_no_sitting() -> None:
    paragraphs = ["立法會昨舉行傳媒春茗。立法會主席方一表示,今年工作繁重。"]
    assert detect_meeting("立法會舉行傳媒春茗", paragraphs, PAGE) is None


def test_an_interpellation_is_the_session_s_business_not_a_meeting_within_it() -> None:
    info = meeting("", ["縣議會定期會昨進行縣政總質詢,由第二組議員輪流上場質詢。"])
    assert info.name in {"县议会定期会", "县政总质询"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # an office's own business meeting
        ("1月3日,省局召開2025年第一次局務會,會議審議了工作要點。", "2025年第一次局务会"),
        # attending a meeting and saying something at it
        ("行政長官方一出席立法會答問會上表示,會盡早立法。", "立法会答问会"),
        # a board by its short name, meeting that day
        ("城規會昨日開會討論項目,並通過新規劃指引。", "城规会"),
    ],
)
def test_an_office_s_business_meeting_attended_and_a_board_s_short_name(
    sentence: str, name: str
) -> None:
    assert meeting("", [sentence]).name == name


def test_an_association_meeting_today_by_one_character_is_no_board() -> None:
    assert detect_meeting("", ["協會今日開會。"], PAGE) is None


def test_a_count_of_days_is_no_day_of_the_meeting() -> None:
    info = meeting("", ["為期6日的全國政協會議,3日下午在北京人民大會堂閉幕。"])
    assert (info.name, info.date) == ("全国政协会议", "2025-01-03")


@pytest.mark.parametrize(
    ("sentence", "name", "day"),
    [
        # a council's first sitting, or a board's extra one, that day
        ("東區區議會昨日首次開會,會上選出主席。", "东区区议会会议", "2025-01-03"),
        ("城南大學校董會今日加開特別會議,會上通過任命新校長。", "城南大学校董会会议", PAGE[:10]),
    ],
)
def test_a_first_or_an_extra_sitting_on_the_day(sentence: str, name: str, day: str) -> None:
    info = meeting("", [sentence])
    assert (info.name, info.date) == (name, day)


def test_an_extra_sitting_only_wished_for_is_none() -> None:
    assert detect_meeting("", ["主席表示可以決定明日加開會議繼續討論。"], PAGE) is None


def test_a_dated_sitting_is_preferred_to_sittings_of_that_kind_in_general() -> None:
    paragraphs = ["新一年,各區陸續召開首次會議。東區區議會昨日首次開會,會上選出主席。"]
    info = meeting("", paragraphs)
    assert (info.name, info.date) == ("东区区议会会议", "2025-01-03")


def test_the_day_before_a_chaired_meeting_is_no_part_of_its_name() -> None:
    info = meeting("", ["內會主席方一代替立法會主席主持今早前廳交流會。"])
    assert info.name == "前厅交流会"


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # another one of them
        ("元朗區議會今日開會。另一名區議員方小一表示,港鐵從沒提過沉降問題。", ["方小一"]),
        # a description ending in 的 before the name
        ("立法會財委會今日開會。代表金融界的方小一建議,政府應發布中期結果。", ["方小一"]),
        ("論壇今日舉行。任教於城南大學新聞學院的方小一提到,有國家已立法。", ["方小一"]),
        # a discussion that was lively
        (
            "程序委員會今日開會,市議員方小一、林二、陳小三等人討論熱烈。",
            ["方小一", "林二", "陈小三"],
        ),
    ],
)
def test_another_one_a_described_one_and_a_lively_discussion(
    sentence: str, speakers: list[str]
) -> None:
    assert meeting("", [sentence]).speakers == speakers


def test_leaders_of_party_and_state_and_a_transliterated_name_in_a_list() -> None:
    paragraphs = [
        "大會3日下午在北京開幕。黨和國家領導人方小一、林二等在主席台就座。"
        "副主席陳三、阿不來提·阿不都熱西提、李四在主席台前排就座。"
    ]
    assert meeting("", paragraphs).attendees == [
        "方小一",
        "林二",
        "陈三",
        "阿不来提·阿不都热西提",
        "李四",
    ]


def test_a_caption_repeating_the_deck_leaves_room_for_the_lead() -> None:
    paragraphs = [
        "新竹市長方小一於市務會議中盤點活動整備情形。",
        "▲新竹市長方小一於市務會議中盤點活動整備情形。",
        "新竹市政府昨召開本週市務會議,市長方小一會中提出要求。",
    ]
    info = meeting("", paragraphs)
    assert (info.name, info.date) == ("市务会议", "2025-01-03")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a committee signing its opinion on a bill that day
        ("立法會第二常設委員會今日下午簽署《城南法》的法案意見書。", "立法会第二常设委员会会议"),
        # a committee that also discussed a bill that day
        ("委員會今日亦討論《最低工資》法案,主席方小一稱文本已修改。", "委员会会议"),
    ],
)
def test_a_committee_signing_its_opinion_or_also_discussing(sentence: str, name: str) -> None:
    assert meeting("", [sentence]).name == name


def test_someone_s_speech_as_the_time_of_another_s_act() -> None:
    paragraphs = ["立法會今日開會。議員方小一在林小二發言期間,提出點算法定人數。"]
    assert set(meeting("", paragraphs).speakers) == {"方小一", "林小二"}


def test_a_symposium_written_short_ends_its_clause() -> None:
    info = meeting("", ["縣長方小一昨日帶領團隊到城南鎮公所舉行地方意見反映座談。"])
    assert (info.name, info.date) == ("地方意见反映座谈", "2025-01-03")


def test_a_bare_symposium_after_a_visit_is_no_report() -> None:
    paragraphs = ["委員會一行到合作區考察口岸運作,了解相關措施,並舉行座談。"]
    assert detect_meeting("", paragraphs, PAGE) is None


def test_a_dated_meeting_is_preferred_to_one_held_as_a_habit() -> None:
    paragraphs = ["從100年度起市府即到各地舉辦區里座談。3日在城南區圖書館舉辦第3場區長座談會。"]
    assert meeting("", paragraphs).name == "区长座谈会"  # (which of the series: no part of it)


@pytest.mark.parametrize(
    "paragraph",
    [
        "本报讯 1 月 3 日,全区招商引资工作会议在区政府召开。",
        "2025 年 1 月 3 日,全区招商引资工作会议召开。",
    ],
)
def test_a_date_typeset_with_spaces(paragraph: str) -> None:
    assert meeting("", [paragraph]).date == "2025-01-03"


def test_a_column_number_in_the_url_is_no_year() -> None:
    item_url = "http://www.city.example.cn/info/1941/1090792.htm"
    paragraphs = ["12月31日,城南县人大常委会召开第二十一次会议。"]
    info = detect_meeting("", paragraphs, None, page_month=url_month(item_url))
    assert info is not None and info.date is None


_LEAD_ON_WHAT_WAS_SAID = [
    "兩間電力公司均表示來年將凍結淨電費,以紓緩市民在疫情下的壓力。",
    "環境局局長方小一回應指,兩電明年將增加使用天然氣,電費調整壓力巨大。",
]


def test_a_later_paragraph_says_the_meeting_was_held_that_day() -> None:
    paragraphs = [
        *_LEAD_ON_WHAT_WAS_SAID,
        "兩電今日出席立法會經濟發展事務委員會特別會議,公佈來年的電費調整措施。",
    ]
    info = meeting("", paragraphs)
    assert (info.name, info.date) == ("立法会经济发展事务委员会特别会议", "2025-01-04")


@pytest.mark.parametrize(
    "later",
    [
        # someone's account of who promised to come, not the report's own statement
        "議員林小二指,委員會事前有27位議員承諾會出席今日會議,最終只有10人到場。",
        # no day of its own (the lead's "昨日" is when the companies spoke): the paragraph may
        # recall any sitting
        "兩電出席立法會經濟發展事務委員會特別會議,公佈電費調整措施。",
    ],
)
def test_a_later_statement_is_the_report_s_own_and_dated(later: str) -> None:
    lead = ["兩間電力公司昨日均表示來年將凍結淨電費。", *_LEAD_ON_WHAT_WAS_SAID[1:]]
    assert detect_meeting("", [*lead, later], PAGE, report_model=None) is None


def test_a_list_of_speakers_most_of_them_titled_keeps_its_titled_names() -> None:
    paragraphs = [
        "3月1日,城南省委召开党外人士座谈会。省委书记方小一主持座谈会并讲话。",
        "民革城南省委主委林小二、民盟城南省委主委江小三、民建城南省委主委何小四、"
        "省工商联主席许小五、某某学会会员吕小六先后发言。",
    ]
    assert {"林小二", "江小三", "何小四", "许小五"} <= set(meeting("", paragraphs).speakers)


def test_a_non_party_figure_is_titled_so() -> None:
    paragraphs = [
        "3月1日,城南省委召开党外人士座谈会。",
        "省工商联主席许小五、无党派人士张小七先后发言。",
    ]
    assert set(meeting("", paragraphs).speakers) == {"许小五", "张小七"}


def test_a_role_s_own_words_are_no_name() -> None:
    paragraphs = ["國會論壇昨日舉行,第一場主題為社會人士列席與發言。教授方小一提到,國會應公開。"]
    assert meeting("", paragraphs).speakers == ["方小一"]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a quoted part of the name keeps its marks
        ("城南大學昨日舉行「國家憲法日」座談會,校長方小一致辭。", "「国家宪法日」座谈会"),
        # a mark that closes nothing the name opens is dropped
        (
            "經濟局昨日召開2026年度“城南與城北貨物統計會議”,局長方小一主持。",
            "2026年度城南与城北货物统计会议",
        ),
    ],
)
def test_a_quoted_part_of_a_name_keeps_its_marks(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


def test_the_day_and_its_particle_before_a_meeting_s_name_are_no_part_of_it() -> None:
    paragraphs = ["區議員在周二的城南區議會會議上,都批評港鐵刻意隱瞞。"]
    assert meeting("", paragraphs).name == "城南区议会会议"


@pytest.mark.parametrize(
    ("title", "paragraphs", "name", "day"),
    [
        # a held statement: the heading's meeting is named again, with its day, in the lead
        (
            "城南區政府第 32 次常務會議召開",
            ["3日,區長方小一主持召開城南區政府第 32 次常務會議,研究相關工作。"],
            "城南区政府第32次常务会议",
            "2025-01-03",
        ),
        # a minutes heading
        (
            "",
            ["城南市政府工務局第 1 6 次局務會議紀錄", "開會時間:2025年1月2日下午2時"],
            "城南市政府工务局第16次局务会议",
            "2025-01-02",
        ),
    ],
)
def test_numbers_typeset_with_spaces_stay_in_a_meeting_s_name(
    title: str, paragraphs: list[str], name: str, day: str
) -> None:
    info = meeting(title, paragraphs)
    assert (info.name, info.date) == (name, day)


def test_a_council_s_questioning_on_a_day_is_its_sitting() -> None:
    paragraphs = ["近日又有颱風釀災，14日城南縣議會質詢中，無黨籍議員方小一質疑，縣府收容一團亂。"]
    info = meeting("", paragraphs, "2025-01-15T08:00:00+08:00")
    assert (info.name, info.date, info.speakers) == ("城南县议会质询", "2025-01-14", ["方小一"])


def test_going_to_the_council_to_answer_today_may_be_a_preview() -> None:
    paragraphs = ["城南縣長方小一上週四首度接受總質詢,今天再赴議會備詢,首先面臨三名議員質詢。"]
    assert detect_meeting("", paragraphs, PAGE) is None


def test_a_meeting_held_so_many_times_names_no_sitting_more_fully() -> None:
    paragraphs = [
        "1月3日,城南市委召开常委会会议,传达学习有关会议精神。",
        "会议指出,近期有关领导3次主持召开中央政治局常委会会议,研究部署防控举措。",
    ]
    assert meeting("", paragraphs).name == "常委会会议"


def test_a_paper_s_credit_before_the_body_is_no_part_of_the_name() -> None:
    paragraphs = [
        "城南网-城南日报讯(记者方小一报道)市委常委会1月3日下午召开会议,研究部署有关工作。"
    ]
    assert meeting("", paragraphs).name == "市委常委会会议"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("城南县议会第7届第3次临时会3日闭会,三读通过追加减预算案", "城南县议会第7届第3次临时会"),
        ("城南市人大常委会闭会期间,有关事项由主任会议处理", None),  # between sessions
    ],
)
def test_a_session_closing_on_a_day_was_held(sentence: str, name: str | None) -> None:
    assert held_meeting_name(sentence) == name


def test_a_span_from_a_day_on_is_dated_by_its_first_day() -> None:
    text = "城南县议会第20届第6次定期会今(3)日起开议到2月4日,县长施政报告"
    assert meeting_date(text, PAGE) == "2025-01-03"


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        (
            "城南县议会定期会3日开议,城南县长方小一依惯例向议会施政报告,他说,财政已好转。",
            ["方小一"],
        ),
        ("市政协十一届五次会议3日开幕,方小二向大会报告工作。", ["方小二"]),
        # a report made to another congress, studied here
        ("市委3日召开常委会会议。方小三总书记向大会所作的报告,指明了前进方向。", []),
    ],
)
def test_a_report_made_to_the_sitting_is_speaking_at_it(
    paragraph: str, speakers: list[str]
) -> None:
    assert meeting("", [paragraph]).speakers == speakers


def test_groups_after_the_named_ones_group_leave_the_names() -> None:
    paragraphs = [
        "3日,市长方小一主持召开座谈会。",
        "会上,林小二、周小三等26位专家学者、市政府法律顾问、市政府参事结合各自工作,就优化营商环境提出意见建议。",
    ]
    assert meeting("", paragraphs).speakers == ["林小二", "周小三"]


def test_several_bodies_meeting_give_way_to_the_one_the_story_is_about() -> None:
    paragraphs = [
        "多個區議會昨日舉行首次會議,全部由民主派包攬正副主席。",
        "城南區議會昨日舉行首次會議,今屆共有39名民選區議員。",
    ]
    assert meeting("", paragraphs).name == "城南区议会首次会议"


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        (
            "城南區議會昨日舉行特別會議,議員方小一、林小二和周小三動議,要求成立工作小組。",
            ["方小一", "林小二", "周小三"],
        ),
        ("城南縣議會臨時會昨日開議,議長方小一開議致詞,感謝議員出席。", ["方小一"]),
        (
            "城南縣議會昨日審查預算,議員方小一詢問預算,主計處長林小二回覆已送到議會。",
            ["方小一", "林小二"],
        ),
        ("城南區議會昨日開會,多名議員有發言,其中方小一仍稱事件因他而起。", ["方小一"]),
        # a reply to the press
        ("城南區議會昨日開會。律師會會長方小一回覆查詢時說,會研究議題。", []),
    ],
)
def test_moving_a_motion_replying_and_opening_with_a_speech_are_speaking(
    paragraph: str, speakers: list[str]
) -> None:
    assert meeting("", [paragraph]).speakers == speakers


def test_speaking_time_and_turns_are_no_speech_and_no_name() -> None:
    info = meeting(
        "",
        [
            "法案委員會今日召開會議,主席方一安排議員第二輪發言時,將發言時間由5分鐘遞減至4分鐘。",
        ],
    )
    assert info.speakers == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # Hong Kong's papers shorten LegCo's committees: 財委會, 內會
        "立法會財務委員會今日舉行會議,審議撥款申請。財委會主席方一在傍晚宣布終止辯論。",
        "立法會內務委員會今日開會。內會主席方一表示,投票決定是否動議。",
        # what the chair does to the sitting follows the name
        "立法會今日舉行大會,辯論議案。主席方一暫停會議作考慮。",
    ],
)
def test_the_committee_chairman_by_a_short_name_or_an_act_on_the_sitting(
    paragraph: str,
) -> None:
    assert meeting("", [paragraph]).chairs == ["方一"]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("立法會內務委員會今日開會,討論議員提出的議案。", "立法会内务委员会会议"),
        ("港大校委會今晚開會,討論任命。", "港大校委会会议"),
        # Taiwan's papers name the committee's sitting by the committee
        ("立法院交通委員會今天審查預算,部長方一列席備詢。", "立法院交通委员会"),
    ],
)
def test_a_hong_kong_body_named_alone_meets_as_its_meeting(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # an official speaking at a committee's meeting on the day: the committee sat
        ("勞工及福利局局長方一今日在福利事務委員會會議指,政府建議修例。", "福利事务委员会会议"),
        # or going there to be questioned
        (
            "發展局局長方一今日到立法會發展事務委員會接受議員質詢,多名議員質疑政府。",
            "立法会发展事务委员会会议",
        ),
    ],
)
def test_an_official_speaking_or_questioned_at_a_body_on_the_day(paragraph: str, name: str) -> None:
    info = meeting("", [paragraph])
    assert (info.name, info.date) == (name, PAGE[:10])


def test_the_rules_committee_of_the_legislative_council_is_no_meeting_noun() -> None:
    # 立法會議事規則委員會: 會 ends 立法會 and 議 starts 議事; the classifier's rescue (here
    # forced) takes no "立法會議" from it, but the committee's sitting
    info = detect_meeting(
        "",
        ["立法會議事規則委員會昨日否決泛民動議,委員會主席方一承認討論時間短。"],
        PAGE,
        report_model=ReportClassifier(rescue_at=0.0),
    )
    assert info is None or info.name == "立法会议事规则委员会会议"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # an official acting at the legislature on the day, the subject set off by 由
        ("《某條例》修訂草案,今日由保安局局長方一在立法會正式宣布撤回。", "立法会会议"),
        # or briefing it
        ("運輸工務司司長方一今早向立法會引介施政方針,今年的首項目標是規劃。", "立法会会议"),
    ],
)
def test_a_legislature_s_sitting_told_by_what_it_did_that_day(paragraph: str, name: str) -> None:
    info = meeting("", [paragraph])
    assert (info.name, info.date) == (name, PAGE[:10])


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a name read with the adverb after it is the name the report gives elsewhere
        (
            [
                "立法會今日舉行大會,環境局局長方大文表示支持,議員陳一明質疑方案。",
                "當時環境局局長方大文剛發言完畢,議員陳一明正開始發言。",
            ],
            ["方大文", "陈一明"],
        ),
        # a married name's two surnames, or Mrs and the husband's surname, stand for it
        (
            [
                "立法會今日舉行大會,新民黨葉劉大芳發言指,政府應交代。",
                "葉劉其後指,政府應撤回方案。葉太又說,議員應支持。",
            ],
            ["叶刘大芳"],
        ),
    ],
)
def test_short_forms_of_a_name_are_the_person_named_in_full(
    paragraphs: list[str], speakers: list[str]
) -> None:
    assert meeting("", paragraphs).speakers == speakers


def test_a_sitting_over_several_days_on_its_second() -> None:
    info = meeting("", ["立法會大會第二日辯論《某條例草案》,期間因議員抗議三度暫停。"])
    assert info.name == "立法会大会"


@pytest.mark.parametrize(
    ("paragraph", "name", "day"),
    [
        # the head of government delivering an address at the legislature
        ("特首方一今早到立法會公布新一份《施政報告》,會議一度暫停。", "立法会会议", "2025-01-04"),
        # a bill put to its readings there
        (
            "政府今日向立法會提交《某條例草案》首讀及二讀,議員提出規程問題。",
            "立法会会议",
            "2025-01-04",
        ),
        # a vote's tally, the day written again in brackets
        ("立法會今日(1月4日)以39票贊成,1票反對,通過《某條例》。", "立法会会议", "2025-01-04"),
        # a debate resumed on a bill named without its marks
        (
            "立法會周五下午恢復廣深港高鐵一地兩檢條例草案二讀辯論,議員先後要求點算人數。",
            "立法会会议",
            "2025-01-03",
        ),
        # a bill read at a time of day there
        (
            "備受爭議的《某條例草案》,周五(3日)晚上10時09分在立法會三讀通過。",
            "立法会会议",
            "2025-01-03",
        ),
        # the chief executive's question session
        (
            "行政長官方一今早到立法會進行任內最後一次《施政報告》答問會,議員方二詢問…。",
            "《施政报告》答问会",
            "2025-01-04",
        ),
        # the sitting as the scene, its day first
        ("今早立法會財委會特別會議上,議員方二質疑政府。", "立法会财委会特别会议", "2025-01-04"),
        # the House Committee by its short name, filling a seat
        ("立法會內會今日補選專責委員會空缺議席。", "立法会内会会议", "2025-01-04"),
        # what the sitting did before, then the day and the vote
        (
            "立法會經過三個星期辯論後,今日下午以38票贊成、20票反對,通過議案。",
            "立法会会议",
            "2025-01-04",
        ),
        ("立法會兩日完成二讀辯論後,周四通過政府提出的草案。", "立法会会议", "2025-01-02"),
        # an official answering at a named session on the day
        ("行政長官方一明今早在施政報告答問會回應說,支持放寬。", "施政报告答问会", "2025-01-04"),
        # 昨 before a sitting's business
        (
            "立法會政制事務委員會昨討論《選舉指引》,議員方二質疑安排。",
            "立法会政制事务委员会会议",
            "2025-01-03",
        ),
    ],
)
def test_hong_kong_legislature_sittings_in_newspaper_phrasing(
    paragraph: str, name: str, day: str
) -> None:
    info = meeting("", [paragraph])
    assert (info.name, info.date) == (name, day)


def test_an_adverb_after_an_office_is_no_name() -> None:
    info = meeting("", ["立法會今日舉行大會,議員方一發言。建制派議員紛紛起哄指:「走咗啊」。"])
    assert info.speakers == ["方一"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a party's name before the member, as Hong Kong's papers write it
        ("新民主同盟方一明提出,政府拒絕提供協助。", "方一明"),
        ("專業議政方一明提出有關移交逃犯的口頭質詢。", "方一明"),
        # a party mate of the member named before
        ("黨友方一明詢問律師有否告知。", "方一明"),
        # and meanwhile (其間, as 期間)
        ("其間方一明提出,主持人誤讀名字。", "方一明"),
    ],
)
def test_hong_kong_members_named_after_their_party(sentence: str, speaker: str) -> None:
    info = meeting("", ["立法會今日舉行大會,討論議案。", sentence])
    assert speaker in info.speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # the next speaker after a quoted reply, in the same sentence
        ("方一明表示,「會跟進」,人民力量方二追問,為何不撤回。", ["方一明", "方二"]),
        # after words reported, a clause that is only a person, then a verb of saying
        ("方一明表示,他要求跟進,方二表示會向局方反映。", ["方一明", "方二"]),
        # what the words report is no speaker: a proposal made elsewhere, a quotation still open
        ("方一明表示,習近平主席鄭重提出全球治理倡議。", ["方一明"]),
        ("方一明表示,「他說,方二表示支持", ["方一明"]),
    ],
)
def test_a_second_speaker_after_words_said_in_one_sentence(
    sentence: str, speakers: list[str]
) -> None:
    info = meeting("", ["立法會保安事務委員會今日舉行特別會議,討論條例草案。", sentence])
    assert info.speakers == speakers


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "立法會政制事務委員會討論電腦失竊事件,議員方一明批評報告不清不楚。",
            "立法会政制事务委员会会议",
        ),
        ("立法會大會繼續辯論修改《議事規則》。議員方一明一度舉起響鬧裝置示威。", "立法会大会"),
    ],
)
def test_a_legislature_at_work_in_a_lead_with_the_day_unsaid(paragraph: str, name: str) -> None:
    info = meeting("", [paragraph])
    assert (info.name, info.date) == (name, None)  # the page's day is not taken for the sitting's


def test_a_legislature_at_work_in_a_clause_of_time_is_no_sitting_reported() -> None:
    paragraph = "立法會財委會討論撥款時,議員方一明曾經提出質疑。政府其後回應。"
    assert detect_meeting("", [paragraph], PAGE) is None


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # a clause describing the member before 的, then the party and the name
        ("曾批評方二言論的新民黨方一明表示,措辭過於偏激。", ["方一明"]),
        # but one after a preposition is its object, and an adverb is no part of the name
        ("主席特別向即將退休的方一明處長表達感謝。", []),
    ],
)
def test_a_member_described_by_a_clause_before_the_party(
    sentence: str, speakers: list[str]
) -> None:
    info = meeting("", ["立法會今日舉行大會,討論議案。", sentence])
    assert info.speakers == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # after remarks to the press, speakers taking turns in the chamber, or words said
        # there, are the sitting's
        (
            [
                "方一明會後見傳媒時表示,會再檢視。",
                "立法會下午進入官員發言環節,司長方一明、局長方二等先後發言。",
            ],
            ["方一明", "方二"],
        ),
        (
            ["方一明會後見傳媒時表示,會再檢視。", "方一明在立法會回應議案時表示,政府尊重議會。"],
            ["方一明"],
        ),
        # but not one seen in the building, nor words about the council in general
        (["方一明會後見傳媒時表示,會再檢視。", "方一明出現在立法會時表示,團隊表現很好。"], []),
    ],
)
def test_words_placed_in_the_chamber_after_a_press_scene(
    paragraphs: list[str], speakers: list[str]
) -> None:
    info = meeting("", ["立法會今日舉行大會,以38票通過議案。", *paragraphs])
    assert info.speakers == speakers


def test_speakers_listed_in_their_order_of_speaking() -> None:
    info = meeting(
        "",
        ["立法會今日舉行大會,答問會開始發言次序為經民聯梁國明、工聯會何志強、新民黨田偉成。"],
    )
    assert info.speakers == ["梁国明", "何志强", "田伟成"]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a vote by groups on the day
        ("立法會今午分組點票否決議員方一明提出的議案。", "立法会会议"),
        # the first day of a sitting over several
        ("立法會今日首日開始辯論修改《議事規則》,多名議員離座抗議。", "立法会会议"),
        # a sitting resumed on the day
        ("立法會今早續會,通過增加法援金額的決議案。", "立法会会议"),
        # the legislature in the middle of a debate, the day the page's
        ("立法會正就樓市雙辣招的草案二讀辯論,議員方一明提出中止辯論。", "立法会会议"),
        # the head of government at a named session, while attending it
        ("特首方一明今日出席立法會答問大會時,拒絕再出席論壇。", "立法会答问大会"),
        # or answering there, "亦" before the verb
        ("特首方一明今日在立法會行政長官答問會中亦回應事件。", "立法会行政长官答问会"),
        # a member at a sitting's question time
        ("民主黨方一明今日在立法會特首質詢環節上,質疑裁決。", "立法会特首质询环节"),
    ],
)
def test_hong_kong_legislature_sittings_told_by_what_happened_there(
    paragraph: str, name: str
) -> None:
    info = meeting("", [paragraph])
    assert info.name == name


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # a member asking again, as the floor goes on
        ("教育界議員梁國明續問,政府有無打算改變教學方針。", ["梁国明"]),
        # a surname and a verb of saying before the quote is no name ("梁重申")
        ("主席梁國明隨即熄咪,梁重申:「我已經作出裁決。」", []),
    ],
)
def test_questions_again_and_words_restated_in_the_chamber(
    sentence: str, speakers: list[str]
) -> None:
    info = meeting("", ["立法會今日舉行答問大會。", sentence])
    assert info.speakers == speakers


@pytest.mark.parametrize(
    "paragraph",
    [
        "区政协主持召开主席会议,研究近期工作。",
        "区人大在座谈会上发言,就报告提出意见。",
    ],
)
def test_a_district_s_congress_or_conference_by_its_short_name_is_no_person(
    paragraph: str,
) -> None:
    info = meeting("", ["1月3日,区政协召开座谈会。", paragraph])
    assert not {"区政协", "区人大"} & {*info.chairs, *info.speakers, *info.attendees}


def test_a_common_word_read_off_a_clause_is_no_speaker() -> None:
    # "黨團" (a party caucus) opens the clause where a name would: a word, not a person
    info = meeting(
        "",
        ["立法院程序委員會今天開會。", "不過,時代力量黨團認為,院會仍應該處理討論事項。"],
    )
    assert "党团" not in info.speakers


def test_a_given_name_that_is_a_word_stays_in_a_roll_of_attendees() -> None:
    info = meeting("", ["1月3日,区政协召开全体会议。区政协主席张全优、副主席高原出席会议。"])
    assert "高原" in info.attendees


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a Taiwan council is named by the sitting's kind its clause gives, else alone
        ("苗栗縣議會昨(三)日進行臨時會,審議通過追加預算案。", "苗栗县议会临时会"),
        ("雲林縣議會昨(3)日總質詢,議員關切預算議題。", "云林县议会总质询"),
        ("嘉義市議會上午質詢,議員要求市府說明。", "嘉义市议会质询"),
        ("新竹縣議會今(4)日開議,上午進行國民黨團質詢時,議員關切交通。", "新竹县议会"),
        # (Hong Kong's district councils meet as their 會議)
        ("灣仔區議會今日開會,討論多項議題。", "湾仔区议会会议"),
        # a committee that met: its meeting
        (
            "疫苗可預防疾病科學委員會周五(3日)開會,建議放寬接種年齡。",
            "疫苗可预防疾病科学委员会会议",
        ),
        # a sitting pointed at, its body before the verb
        (
            "立法會財委會今日舉行本立法年度最後一次會議,審批撥款。",
            "立法会财委会本立法年度最后一次会议",
        ),
        # a clause's words before the name are not the name's
        ("經歷多個階段,到最後立法院會周五三讀通過《婚姻平權法》。", "立法院会"),
        ("縣政府總預算送嘉義縣議會定期會審議,今天經二、三讀通過。", "嘉义县议会定期会"),
    ],
)
def test_a_sitting_named_as_its_own_sentence_names_it(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


def test_a_session_closing_in_full_names_it_over_the_headline_s_short_form() -> None:
    # "圓滿閉幕" reports the closing as "閉幕" does; the headline writes the county short ("投縣")
    info = meeting(
        "投縣議會定期會閉幕 明年總預算案過關",
        ["南投縣議會第二十屆第六次定期會昨(三)日圓滿閉幕,通過明年度總預算案。"],
    )
    assert (info.name, info.date) == ("南投县议会第二十届第六次定期会", "2025-01-03")


@pytest.mark.parametrize(
    ("paragraph", "name", "day"),
    [
        # Taiwan's legislature settles business between its caucuses
        ("立法院長王大同今天主持朝野協商,就開議日期進行討論。", "朝野协商", "2025-01-04"),
        ("今(3)日由民眾黨團總召黃大同召開黨團協商,討論延會案。", "党团协商", "2025-01-03"),
        # the day written in brackets after 今 alone, and instructions given at the sitting
        ("院長陳大同今(3日)在行政院會中指示,各部會首長均應親自出席。", "行政院会", "2025-01-03"),
        # holding the session is no part of its name
        ("縣長周大同3日在縣議會進行本屆第4次定期會施政總報告。", "本届第4次定期会", "2025-01-03"),
    ],
)
def test_taiwan_s_caucus_talks_and_cabinet_meetings(paragraph: str, name: str, day: str) -> None:
    info = meeting("", [paragraph])
    assert (info.name, info.date) == (name, day)


@pytest.mark.parametrize(
    ("read", "text", "name"),
    [
        # a name read with the word after it is the name the text writes alone elsewhere
        ("许正平声", "局长许正平声称不会修改。许正平其后表示会再研究。", "许正平"),
        ("林大廷遂", "林大廷遂追问局长。林大廷表示,政府应交代。", "林大廷"),
        ("林郑说", "林郑说希望处理问题。林郑:我会继续做。", "林郑"),
        # a married name is whole, though its short form recurs alone
        ("林郑月娥", "林郑月娥表示会尽力。林郑:我会继续做。林郑再回应。", "林郑月娥"),
        # a whole name recurs whole: no shorter one is written alone
        ("张建宗", "张建宗表示会研究。张建宗其后离开。", "张建宗"),
        # nor is a body or a word a shorter name ("顾问群", "区政协向")
        ("区政协向", "区政协向大会报告。区政协:已完成。", "区政协向"),
    ],
)
def test_a_name_run_into_the_next_word_is_the_name_written_alone(
    read: str, text: str, name: str
) -> None:
    found = without_words_run_into_names([PersonRole(read, SPEAKER, "局长")], text)
    assert [person.name for person in found] == [name]


@pytest.mark.parametrize(
    ("paragraph", "name", "day"),
    [
        # a councillor questioning on a day reports the council's interpellation sitting
        ("民進黨縣議員王小明今總質詢時要求縣長答覆預算問題。", "总质询", "2025-01-04"),
        ("新竹縣議員王小明、李大華十七日聯合質詢,關注交通議題。", "联合质询", "2024-12-17"),
        ("市議員王小明今(3)天以聯合質詢方式檢視市政。", "联合质询", "2025-01-03"),
        # the head of government's address at the legislature, its day written again
        ("行政長官陳大文今日(3日)於立法會發表施政報告,提出施政方向。", "立法会会议", "2025-01-03"),
        # a committee as the scene of what an official said there, dated before or inside
        (
            "司長陳大文今午在立法會司法及法律事務委員會上,一開始說是整體意見。",
            "立法会司法及法律事务委员会会议",
            "2025-01-04",
        ),
        (
            "局長陳大文在今天的立法會保安事務委員會上,多次稱修例是為堵塞漏洞。",
            "立法会保安事务委员会会议",
            "2025-01-04",
        ),
        # a report made at a council's session or committee, going there a second time
        ("市長王小明3日在市議會定期會作施政報告,細數十大施政策略。", "市议会定期会", "2025-01-03"),
        (
            "秘書處昨二度到議會民政委員會進行專案報告,秘書長表示會改進。",
            "议会民政委员会",
            "2025-01-03",
        ),
        # a body in quotes, as mainland papers quote Taiwan's
        (
            "“立法院外交及國防委員會”3日邀部長王小明報告預算。",
            "立法院外交及国防委员会",
            "2025-01-03",
        ),
    ],
)
def test_bodies_at_work_on_a_day(paragraph: str, name: str, day: str) -> None:
    info = meeting("", [paragraph])
    assert (info.name, info.date) == (name, day)


def test_a_question_asked_tomorrow_is_no_sitting() -> None:
    assert (
        detect_meeting("", ["民進黨縣議員王小明明日總質詢時將要求縣長答覆。"], "2025-01-04") is None
    )


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        # a motion decided on a day: the sitting of the legislature named before it
        (["立法會20名議員聯合提出彈劾特首的議案,今日在分組點票下被否決。"], "立法会会议"),
        (
            ["社福界立法會議員陳大文提出檢討綜援的議案。", "議案今天下午2時半開始辯論,局長在席。"],
            "立法会会议",
        ),
        # named with its sitting word, it keeps it
        (["政府在立法會大會提出議案,議案最終在今午以36票贊成下通過。"], "立法会大会"),
    ],
)
def test_a_motion_decided_on_a_day_is_its_legislature_s_sitting(
    paragraphs: list[str], name: str
) -> None:
    info = meeting("", paragraphs)
    assert (info.name, info.date) == (name, "2025-01-04")


def test_a_motion_to_be_voted_on_is_no_sitting() -> None:
    paragraphs = ["立法會議員陳大文提出檢討綜援的議案。", "議案明日早上表決。"]
    assert detect_meeting("", paragraphs, "2025-01-04") is None


def test_a_sitting_days_before_told_below_the_lead_is_background() -> None:
    paragraphs = [
        "國民黨團今早在議場靜坐抗議,要求院長先道歉。",
        "民進黨團批評國民黨杯葛議事。",
        "院長王小明12月30日到立法院進行施政報告,朝野立委爆發推擠衝突。",
        "立法院今天舉行院會,國民黨立委占領官員席,不讓官員入座。",
    ]
    info = meeting("", paragraphs)
    assert (info.name, info.date) == ("院会", "2025-01-04")


def test_an_office_before_a_clause_of_time_names_nobody() -> None:
    paragraphs = ["台南市議會今天舉行定期會。", "覆議案經議員討論後,由出席議員表決同意動支。"]
    assert meeting("", paragraphs).attendees == []


def test_a_member_s_concern_raised_at_the_sitting_is_speaking() -> None:
    paragraphs = [
        "立法會保安事務委員會今日開會討論修例。",
        "人民力量陳大文關注條例實施前後的執法問題,局長回應會研究。",
    ]
    assert meeting("", paragraphs).speakers == ["陈大文"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("議員黃小明直指市長領導無方、用人不當。", "黄小明"),
        ("民建聯李大華則狠批當局處理失當。", "李大华"),
        ("公民黨王小明挖苦局長答非所問。", "王小明"),
        ("工聯會陳大文問，涉事司機是否受過訓練。", "陈大文"),
        ("議員張小華盯問：12月初可行嗎？", "张小华"),
        ("公民黨王小明擔心會出現走私。", "王小明"),
        ("民主黨李大華不滿，質疑官員拖延。", "李大华"),
        ("經民聯陳大文認同局長的說法。", "陈大文"),
        ("經民聯陳大文在投票前申報利益。", "陈大文"),
        ("民建聯王小明建議當局考慮延長時間。", "王小明"),
        ("議長陳大文致閉幕詞,感謝各位議員。", "陈大文"),
        ("運房局局長陳大文附和,並說會繼續研究。", "陈大文"),
        ("行政長官王小明感謝顧問團成員提出意見。", "王小明"),
        ("議員李大華在會上問他是否受到壓力。", "李大华"),
        ("縣長王小明特別肯定交通局團隊的努力。", "王小明"),
    ],
)
def test_a_member_s_attack_worry_question_or_assent_in_the_chamber_is_speaking(
    sentence: str, speaker: str
) -> None:
    paragraphs = ["立法會交通事務委員會今日開會。", sentence]
    assert meeting("", paragraphs).speakers == [speaker]


def test_a_verb_inside_a_name_or_after_a_verb_of_saying_names_nobody() -> None:
    paragraphs = [
        "鄉民代表會今日舉行臨時會。",
        "出席人:蔡主席明君、許代表明華、陳代表卉旻。",
        "對於人選,張表示贊同,希望盡快決定。",
    ]
    assert meeting("", paragraphs).speakers == []


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("立法院長王小明今天下午召集朝野協商,研商停會事宜。", "朝野协商"),
        ("行政院長李大華今天召集跨部會會議,研商防疫措施。", "跨部会会议"),
    ],
)
def test_a_head_convening_a_meeting_reports_it(paragraph: str, name: str) -> None:
    info = meeting("", [paragraph])
    assert (info.name, info.date) == (name, "2025-01-04")


@pytest.mark.parametrize(
    "paragraph",
    [
        "省政府常務會議由省長或副省長召集和主持,原則上每兩周召開一次。",
        "城規會全體會議將於9月17日舉行,會議的召集書於今日上載至委員會網頁。",
    ],
)
def test_who_convenes_a_kind_of_meeting_or_its_notice_is_no_report(paragraph: str) -> None:
    assert detect_meeting("", [paragraph], "2025-01-04") is None


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a surname standing for someone named before, run into the verb
        (
            [
                "立法會保安事務委員會今日開會。",
                "議員田大文提議引進陪審團。田質疑：「你驚人哋唔肯？」",
            ],
            ["田大文"],
        ),
        # (the member who questions speaks: the tagger finds him)
        (
            ["立法院司法委員會今天開會。", "立委吳大華質詢問,監察院是否都可以調查?王答詢說對。"],
            ["吴大华"],
        ),
        # a clause after an office, starting as an adverb or a modal does
        (["立法會今日舉行會議。", "選擇延任的民主派議員均積極發言。", "有議員蓄意拉布。"], []),
        (["立法院今天舉行院會。", "主席:並無委員或黨團提出錯誤或遺漏之處。"], []),
    ],
)
def test_a_word_of_saying_or_an_adverb_read_as_a_name_is_no_speaker(
    paragraphs: list[str], speakers: list[str]
) -> None:
    assert meeting("", paragraphs).speakers == speakers


def test_markdown_bold_marks_stand_apart_from_the_text() -> None:
    # news archives kept in Markdown bold a lead: the marks are no part of the sentence
    info = meeting("", ["**立法會今日以39票贊成,1票反對,通過《醫生註冊修訂條例》。**"])
    assert (info.name, info.date) == ("立法会会议", "2025-01-04")


def test_a_list_s_last_item_described_by_its_act_makes_no_speakers_of_the_list() -> None:
    paragraphs = [
        "立法會內務委員會今日舉行會議。",
        "投贊成票的議員包括:方一、何二、林三,以及提出議案的陳四。",
    ]
    assert meeting("", paragraphs).speakers == []


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a council opening its session that day
        ("彰化縣議會今天開定期會,安排縣府報告總預算編製情形。", "彰化县议会定期会"),
        # a talk of the whole house is a meeting's kind
        ("立法院今天上午舉行全院委員談話會,決定召開臨時會。", "全院委员谈话会"),
    ],
)
def test_a_council_s_session_opened_or_a_talk_of_the_house_is_a_sitting(
    paragraph: str, name: str
) -> None:
    info = meeting("", [paragraph])
    assert (info.name, info.date) == (name, "2025-01-04")


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # asking an official whether, members together having asked, giving one's views
        (["立法會今日舉行會議。", "議員方一問局長何二,會否到當地視察。"], ["方一"]),
        (
            ["立法會今日舉行會議。", "林三和陳四議員均有問局長,會否呼籲市民戴口罩。"],
            ["林三", "陈四"],
        ),
        (["立法院今天舉行院會。", "民進黨立委方一發表意見,其餘立委在旁舉牌。"], ["方一"]),
    ],
)
def test_asking_an_official_whether_or_giving_views_is_speaking(
    paragraphs: list[str], speakers: list[str]
) -> None:
    assert meeting("", paragraphs).speakers == speakers


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # the house debating a motion, the day unsaid
        ("立法會辯論由議員方一提出的「不信任」議案,最終被否決。", "立法会会议"),
        # a committee at work after a timestamp and a masthead
        ("18:48 【Now新聞台】立法會房屋事務委員會討論過渡性房屋。", "立法会房屋事务委员会会议"),
        # a body presided over
        ("上午縣議會由何二副議長主持,排定議程由黨團作總質詢。", "县议会"),
        # a body convening a meeting; its name holds 建議 without proposing anything
        (
            "立法會資深司法任命建議小組委員會周三早上召開會議,討論任命法官。",
            "立法会资深司法任命建议小组委员会会议",
        ),
        # the day's date after 昨 alone, and a bill's review that day
        ("苗栗縣議會昨三日進行總質詢議程,議員方一關心交通。", "苗栗县议会总质询"),
        ("立院內政委員會今排審國安法,朝野意見分歧。", "立院内政委员会"),
        # an official answering at an interpellation
        ("市長何二今(4)日下午在議會總質詢中答詢表示,市民優先。", "议会总质询"),
    ],
)
def test_more_ways_a_sitting_is_stated(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


def test_a_rule_of_who_chairs_a_body_is_no_sitting() -> None:
    paragraphs = ["省政府常务会议由省长召集和主持,原则上每两周召开1次。"]
    assert detect_meeting("", paragraphs, PAGE) is None


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("【Now新聞台】立法會一個法案委員會今日繼續討論社工註冊局改組。", "立法会法案委员会会议"),
        ("立法會保安事務委員會今日就修訂《逃犯條例》,召開最後一日特別會議。", "特别会议"),
        ("立法會今早續舉行修訂 《逃犯條例》法案委員會會議。", "修订《逃犯条例》法案委员会会议"),
        # "that meeting" gives way to the meeting the sentence names
        (
            "立法會財經事務委員會周三早上召開會議,方一以9比6當選主席主持該次會議。",
            "立法会财经事务委员会会议",
        ),
    ],
)
def test_a_name_without_the_words_around_it(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


@pytest.mark.parametrize(
    ("paragraphs", "chairs", "speakers"),
    [
        # the chair a sitting was held under; members taking the floor in turn
        (
            ["金沙鎮代會今天舉行定期大會。", "大會在主席方一主持下,代表輪番上台質詢。"],
            ["方一"],
            [],
        ),
        (["立法會今日舉行會議。", "民主派則在何二的主持下繼續會議。"], ["何二"], []),
        # questioning an office or its head
        (["鎮代會今天舉行定期大會。", "代表林三質詢鎮公所古厝殘破不堪。"], [], ["林三"]),
    ],
)
def test_the_chair_held_under_and_members_questioning_an_office(
    paragraphs: list[str], chairs: list[str], speakers: list[str]
) -> None:
    info = meeting("", paragraphs)
    assert (info.chairs, info.speakers) == (chairs, speakers)


def test_a_group_s_members_named_after_it_are_the_speakers() -> None:
    paragraphs = [
        "立法會內務委員會今日舉行會議。",
        "多名民主派議員包括方一、何二、林三在會上繼續輪流質疑。",
    ]
    assert meeting("", paragraphs).speakers == ["方一", "何二", "林三"]


def test_a_sitting_of_members_questioning_in_turn_and_how_many_they_were() -> None:
    paragraphs = ["苗栗縣議會縣政總質詢議程，昨（三）日由方一、何二及林三三人質詢，關注交通。"]
    info = meeting("", paragraphs)
    assert (info.name, info.speakers) == ("苗栗县议会总质询", ["方一", "何二", "林三"])


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a Cantonese surname after a party
        (["立法會今日舉行會議。", "新民黨容五指，動議不合理。"], ["容五"]),
        # a group's members going on after a comma and 以及
        (
            [
                "立法會內務委員會今日舉行會議。",
                "建制派議員包括民建聯方一、何二，以及林三等，均批評主席。",
            ],
            ["方一", "何二", "林三"],
        ),
        # those who spoke, counted, then named in groups parted by semicolons
        (
            [
                "立法會內務委員會今午就事件進行討論，期間共有9位議員發言，"
                "當中4位是民主派議員，包括：民主黨方一、何二；公民黨林三；專業議政容五。",
            ],
            ["方一", "何二", "林三", "容五"],
        ),
    ],
)
def test_speakers_named_in_a_group_or_a_list_of_groups(
    paragraphs: list[str], speakers: list[str]
) -> None:
    assert meeting("", paragraphs).speakers == speakers


def test_a_paragraph_saying_the_body_sat_returns_from_the_press_scene() -> None:
    paragraphs = [
        "立法會內務委員會昨日開會半小時。",
        "主席方一在會議前見記者，表示收到市民來信。",
        "建制派早前協調由方一參選主席。",
        "內會昨日下午開第16次會，何二批評主席無權處理議案。",
    ]
    assert "何二" in meeting("", paragraphs).speakers


def test_agreeing_with_a_bill_s_version_is_a_vote_not_speaking() -> None:
    paragraphs = ["立法院今天舉行院會。", "國民黨方一、何二等七人，贊同行政院提出的再修正版本。"]
    assert meeting("", paragraphs).speakers == []


def test_a_committee_completing_a_law_s_review_sat_that_day() -> None:
    paragraphs = [
        "立法會第三常設委員會於今（22日）完成《海域使用法》法案的細則性審議工作及簽署意見書。"
    ]
    assert meeting("", paragraphs).name == "立法会第三常设委员会会议"


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        # a headline's meeting the lead says is still to be held, the day after the page
        (
            "苗栗國中小學校長會議5日舉辦",
            ["教育局今天表示,將於5日在竹南鎮舉行公私立國民中小學校長會議。"],
        ),
        # a press conference after a meeting is what was held
        ("", ["委員會今天舉行委員諮議會議後記者會,方一表示,希望盡快補足委員。"]),
    ],
)
def test_a_meeting_still_to_come_or_the_press_after_it_is_no_report(
    title: str, paragraphs: list[str]
) -> None:
    assert detect_meeting(title, paragraphs, PAGE) is None


@pytest.mark.parametrize(
    ("paragraphs", "chairs", "speakers"),
    [
        # OpenCC leaves 著 as written
        (["立法院今天舉行院會。", "民進黨籍立委方一接著發言說,政府要交代。"], [], ["方一"]),
        # members making an interpellation, named; the mayor answering one
        (
            ["市議會定期大會今(4)日由市議員方一、何二、林三進行市政總質詢。"],
            [],
            ["方一", "何二", "林三"],
        ),
        (
            ["市議會今日舉行會議。", "市長方一4日在市議會接受質詢時,兩場答詢聚焦轉型。"],
            [],
            ["方一"],
        ),
        # one of an office's holders, the clause before the name
        (
            [
                "立法院聯席會今天審查草案。",
                "國民黨籍立委、也是經濟委員會召委之一的何二今天主持會議。",
            ],
            ["何二"],
            [],
        ),
    ],
)
def test_interpellations_and_offices_written_around_a_name(
    paragraphs: list[str], chairs: list[str], speakers: list[str]
) -> None:
    info = meeting("", paragraphs)
    assert (info.chairs, info.speakers) == (chairs, speakers)


def test_a_society_s_annual_conference_is_a_meeting() -> None:
    assert meeting("“澳門研究年會”昨日順利舉行", ["學者分享研究成果。"]).name == "澳门研究年会"


def test_words_set_against_those_said_after_the_sitting_were_said_after_it_too() -> None:
    paragraphs = [
        "立法會大會今天辯論議案,主席方一暫停會議。",
        "何二事後解釋,她係睇議題。林三則表示,由何二代表已有足夠份量。",
    ]
    assert meeting("", paragraphs).speakers == []


@pytest.mark.parametrize(
    ("paragraphs", "chairs"),
    [
        # the committee's convener of the week, named after the body and a time word
        (["立法院司法委員會本周由方一擔任輪值召委,並於今天上午舉行公聽會。"], ["方一"]),
        (["市議會民政委員會今天由何二主持,審查預算。"], ["何二"]),
        # calling the consultation reported
        (["立法院長林三今天下午召集朝野協商,研商停會。"], ["林三"]),
    ],
)
def test_chairs_by_convening(paragraphs: list[str], chairs: list[str]) -> None:
    assert meeting("", paragraphs).chairs == chairs


def test_a_consultation_called_the_day_before_is_not_chaired_at_the_sitting() -> None:
    paragraphs = [
        "立法院會今天上午處理草案。",
        "立法院長林三昨天召集朝野協商,朝野只對名稱達成共識。",
    ]
    info = meeting("", paragraphs)
    assert (info.name, info.chairs) == ("立法院会", [])


def test_electing_a_committee_s_conveners_is_not_chairing() -> None:
    paragraphs = ["立法院8個常設委員會今(11)日進行召委選舉,經濟委員會由立委方一擔任召委。"]
    assert meeting("", paragraphs).chairs == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # questioning department by department
        "縣議會第7次定期大會21日社會處、教育處、警察局、衛生局等四個單位質詢。",
        # who presided is all it says
        "縣議會第7次定期大會21日由副議長方一主持。",
    ],
)
def test_a_council_sitting_told_by_its_questioning_or_its_chair(paragraph: str) -> None:
    assert meeting("", [paragraph]).name == "县议会第7次定期大会"


def test_members_who_raised_questions_listed_in_their_order() -> None:
    paragraphs = [
        "縣議會第7次定期大會21日由副議長方一主持。",
        "今日提出問題探討的議員,依序有:何二、林三、張全四等人。",
    ]
    assert meeting("", paragraphs).speakers == ["何二", "林三", "张全四"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # after whose act the sitting went on
        ["市民代表會臨時會今日舉行。", "在代表會主席方一宣布臨時會正式開議後,市長首先報告。"],
        # closing the sitting, named
        ["法案委員會今日開會。", "在議員發言後,方一宣布會議結束。"],
    ],
)
def test_a_chair_opening_or_closing_the_sitting(paragraphs: list[str]) -> None:
    assert meeting("", paragraphs).chairs == ["方一"]


def test_a_plan_named_is_no_plan_to_meet() -> None:
    paragraph = "康復服務十年行動計劃跨部門協調小組日前舉行了三場專責小組會議,聽取意見。"
    assert meeting("", [paragraph]).name == "专责小组会议"


def test_a_meeting_held_some_days_ago_takes_the_day_it_is_restated_with() -> None:
    paragraphs = [
        "協調小組舉行專責小組會議",  # the headline, again
        "協調小組日前舉行了專責小組會議,聽取委員的意見。",
        "會議於8月24日下午在衛生局會議廳舉行,由方一局長主持。",
    ]
    info = meeting("", paragraphs, "2026-08-26")
    assert (info.name, info.date) == ("专责小组会议", "2026-08-24")


def test_praising_and_thanking_the_schools_is_speaking() -> None:
    paragraphs = [
        "教青局於8月24日舉行開學工作會議。",
        "方一局長肯定並感謝各校過去的支持,指出新學年將深化區域合作。",
    ]
    assert meeting("", paragraphs, "2026-08-26").speakers == ["方一"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an office's word inside a party's name
        ("議員陣線方一關注,在車廂實施內地法律會引起管轄重疊。", "方一"),
        # Hong Kong's parties written short that end otherwise
        ("社民連何二表示,問題嚴重。", "何二"),
        ("街工林三表示,問題嚴重。", "林三"),
    ],
)
def test_hong_kong_parties_before_a_name(sentence: str, speaker: str) -> None:
    assert meeting("", ["法案委員會今早繼續開會。", sentence]).speakers == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a member asking at the interpellation's time
        ("縣議員方一今天在議會總質詢時,詢問縣長是否已有人選?", "议会总质询"),
        # a member's questioning, what was asked written straight after it
        ("議員何二6日上午總質詢再次提出農場的建議案,向市府建言。", "总质询"),
        # the executive invited to report to the council: the report names the sitting
        ("縣長林三於昨日應邀向議會施政報告,首先感謝議會的支持。", "议会施政报告"),
    ],
)
def test_a_council_interpellation_or_policy_report_of_the_day(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph], "2025-11-26").name == name


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "7月14日,由醫學中心方一院長主持的2026年上半年工作匯報會在院內舉行。",
            "2026年上半年工作汇报会",
        ),
        ("教育局7月14日舉行主題為「關注學生身心健康」的德育工作交流會。", "德育工作交流会"),
        ("一連兩日的第十屆一帶一路高峰論壇今日開幕。", "第十届一带一路高峰论坛"),
        (
            "快訊丨銀川市第十六屆人民代表大會第六次會議今日開幕。",
            "银川市第十六届人民代表大会第六次会议",
        ),
    ],
)
def test_what_is_told_before_a_meeting_s_name_is_no_part_of_it(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph], "2026-07-14").name == name


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a bill's first reading with its second
        ("立法會今日首讀及二讀《公職(雜項修訂)條例草案》,條例要求區議員宣誓。", "立法会会议"),
        # 在 before the body's day
        (
            "立法會第一常設委員會在今(6)日完成《某某》法案的細則性審議工作。",
            "立法会第一常设委员会会议",
        ),
        # a body in quotes, then what it is called from here on
        (
            "“道路工程協調工作組”(下稱“工作組”)昨(1日)舉行會議,匯報工作。",
            "“道路工程协调工作组”会议",
        ),
        # the head of government answering the legislature
        ("行政長官方一今日上午到立法會回答議員質詢。", "立法会会议"),
        ("行政長官方一今早出席立法會質詢會。", "立法会质询会"),
        ("特首方一今日出席立法會質詢環節時指,政府已採取多項措施。", "立法会质询环节"),
        # hosted, its edition named in quotes; convened and chaired
        ("金管局日前主辦第十五屆“葡語國家統計會議”,是第二次主辦。", "第十五届葡语国家统计会议"),
        ("行政長官方一今(14)日召開並主持改革領導小組第四次會議。", "改革领导小组第四次会议"),
        # a day of a session's extension, then its date
        (
            "縣議會第八屆第六次定期會延長會期第四日,於昨(30)日進行專案報告。",
            "县议会第八届第六次定期会",
        ),
        # a committee finishing its review of a bill, "of" before the bill
        (
            "立法會第二常設委員會今(14)日完成對《修改第4/99/M號法律通過的〈消費稅規章〉》"
            "法案的細則性審議工作。",
            "立法会第二常设委员会会议",
        ),
    ],
)
def test_a_body_s_sitting_of_the_day_in_other_words(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph], "2026-08-06").name == name


def test_a_relative_day_typeset_with_spaces_around_its_bracket() -> None:
    paragraph = "體育委員會今 (13) 日在會議室舉行全體會議,委員會就多項議題交流意見。"
    assert meeting("", [paragraph], "2026-08-13").date == "2026-08-13"


def test_an_acting_office_after_the_name() -> None:
    paragraphs = ["體育委員會今日舉行全體會議。", "方一代局長發言時介紹體育核心政策。"]
    assert meeting("", paragraphs, "2026-08-13").speakers == ["方一"]


@pytest.mark.parametrize(
    "sentence",
    ["何二發言時,遭代主席方一質疑離題。", "何二發言時,代主席方一提醒議員不要離題。"],
)
def test_the_acting_chairman_of_the_sitting_chairs_it(sentence: str) -> None:
    paragraphs = ["立法會周三(14日)復會,首先辯論雜項修訂。", sentence]
    assert meeting("", paragraphs, "2020-10-15").chairs == ["方一"]


def test_a_bill_s_reading_after_members_is_no_name() -> None:
    paragraphs = ["立法會今日復會。", "多名民主派議員二讀辯論發言,並預計盡量發言。"]
    assert meeting("", paragraphs, "2020-10-14").speakers == []


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # at the time of questioning, one member or two
        ("市議員方一今天質詢時,質疑市府發言人坐領高薪。", ["方一"]),
        ("市議員何二和林三今天質詢時,質疑市府發言人坐領高薪。", ["何二", "林三"]),
        # the question itself after 質詢
        ("方一質詢有沒有相關防制措施。", ["方一"]),
        # how much a concern is felt
        ("方一高度關切酒廠的營運。", ["方一"]),
        # proposing what to do, or what to do with whom
        ("委員方一建議引入多元化綠化措施。", ["方一"]),
        ("鎮長方一建議對不良的營造公司,應予記點。", ["方一"]),
        # thanking the departments, or the village chiefs, at the meeting
        ("方一局長感謝各部門積極投入。", ["方一"]),
        ("另方一區長感謝里長配合區公所推動市政工作。", ["方一"]),
    ],
)
def test_what_council_and_committee_members_do_that_is_speaking(
    sentence: str, speakers: list[str]
) -> None:
    assert meeting("", ["縣議會定期會今天繼續開會。", sentence]).speakers == speakers


@pytest.mark.parametrize(
    ("paragraph", "name", "day"),
    [
        # a bill discussed article by article, the day's 日 typeset apart
        (
            "立法會全體會議今（19 日）細則性討論並通過《公共泊車法》法案。",
            "立法会全体会议",
            "2026-05-19",
        ),
        # a council's regular sitting, numbered
        ("體育諮詢委員會第十次常會於今（29）日舉行。", "体育咨询委员会第十次常会", "2026-05-29"),
        # the Executive Council's undated notice of a draft finished
        ("行政會完成討論《公共泊車規章》行政法規草案。", "行政会会议", None),
    ],
)
def test_macao_s_notices_of_a_sitting(paragraph: str, name: str, day: str | None) -> None:
    found = meeting("", [paragraph], "2026-05-29")
    assert (found.name, found.date) == (name, day)


def test_a_habit_is_no_regular_sitting() -> None:
    assert detect_meeting("", ["他經常會到議會旁聽,了解議員如何質詢。"], "2026-05-29") is None


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # hoping, reminding, reading a policy to the audience
        ("委員方一則期望當局交待休憩區的時間表。", ["方一"]),
        ("委員方一則提醒,預算未有涵蓋居民的安置開支。", ["方一"]),
        ("方一司長結合自身經驗,深入解讀外交政策的核心理念。", ["方一"]),
        # speaking at the opening
        ("委員方一於會議開幕致辭時表示,會議首次在澳門舉行。", ["方一"]),
        # a list counted before it, or its members putting their names down to speak
        ("計有方一、何二、林三等議員進行質詢。", ["方一", "何二", "林三"]),
        ("包括方一、何二、林三都登記發言。", ["方一", "何二", "林三"]),
    ],
)
def test_more_ways_a_member_speaks(sentence: str, speakers: list[str]) -> None:
    assert meeting("", ["縣議會定期會今天繼續開會。", sentence]).speakers == speakers


@pytest.mark.parametrize(
    "sentence",
    [
        # ruling on the floor, deciding a point of order, declaring the vote
        "經過輪番發言仍未取得共識,議長方一裁示記名表決,最終通過。",
        "議長方一最後裁定增加15分鐘。",
        "議員附議後,議長方一敲槌裁定,決議延會。",
        "由會議主席、副議長方一宣告決議通過。",
    ],
)
def test_the_one_who_rules_on_the_floor_chairs(sentence: str) -> None:
    assert meeting("", ["縣議會今天召開臨時會。", sentence]).chairs == ["方一"]


def test_a_ruling_s_record_names_no_chair() -> None:
    paragraphs = ["縣政府今天召開縣務會議。", "各局處報告縣長裁示事項的辦理情形。"]
    assert meeting("", paragraphs).chairs == []


def test_attending_more_than_one_sitting_is_a_tally() -> None:
    sentence = "我連續兩個禮拜三出席咗兩次短問短答嘅特首答問環節"
    assert held_meeting_name(normalize_text(sentence)) is None


def test_a_day_in_a_law_s_title_is_not_the_sitting_s() -> None:
    text = "第二常設委員會今(14)日完成對《修改十二月十三日第4/99/M號法律》法案的審議。"
    assert meeting_date(normalize_text(text), "2026-08-14") == "2026-08-14"
    assert meeting_date("《第三次会议纪要(2026年3月5日)》", "2026-08-14") == "2026-03-05"


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # answering the members as one's office bids, explaining a schedule
        ("鄉長方一及所屬各課室主管依權責答覆各代表。", ["方一"]),
        ("產發處長方一也說明辦理期程,將全力協助。", ["方一"]),
        # taking the floor in turns
        ("方一、何二、林三輪番上陣質詢。", ["方一", "何二", "林三"]),
        # a township's representative, short; a given name holding 以 before an adverb
        ("鄉代方以標也要求市場管理員來報告。", ["方以标"]),
        # the chair giving the floor to one who adds the council's view
        ("議長何二請議會法制室主任方一補充議會意見。", ["方一"]),
        # 及 after one office and its holder starts the next
        ("土地工務局局長方一及民航局局長何二分別介紹了重點工作。", ["方一", "何二"]),
    ],
)
def test_township_councils_and_officials_speaking(sentence: str, speakers: list[str]) -> None:
    assert meeting("", ["縣議會定期會今天繼續開會。", sentence]).speakers == speakers


def test_what_someone_explained_earlier_is_not_said_at_the_meeting() -> None:
    paragraphs = [
        "座談會今早在會展舉行。",
        "主任方一出席座談會發言時,引述副委員長何二早前說明決定草案時,提及草案的新職能,"
        "方一認為,這是講述立法精神。",
    ]
    assert meeting("", paragraphs, "2021-03-15").speakers == ["方一"]


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # a given name holding a character that is mostly a word, its office after it
        ("方玉應代表關心鄉長任期半年的施政。", ["方玉应"]),
        # but a body's name before the office is no one's
        ("母親會代表關心長者的照顧。", []),
    ],
)
def test_a_name_closed_by_its_office_after_it(sentence: str, speakers: list[str]) -> None:
    assert meeting("", ["鄉代會定期大會今天繼續開會。", sentence]).speakers == speakers


def test_a_council_report_summing_up_each_member_s_questions() -> None:
    paragraphs = [
        "上午縣議會由何二副議長主持,排定議程由黨團作總質詢。",
        "方一議員:對埔里設置壘球運動場與縣長做確定性溝通。",
        "林三議員:要求縣長撤除彈藥庫來保障安全。",
        "陳四議員:針對九九峰開發,請觀光局積極介入。",
    ]
    assert sorted(meeting("", paragraphs).speakers) == sorted(["方一", "林三", "陈四"])


@pytest.mark.parametrize(
    ("paragraphs", "chairs"),
    [
        # declaring the session closed, or the plenary open
        (["鄉代會本會期定期大會昨天閉會。", "下午二時動議後由主席方一宣布閉會。"], ["方一"]),
        (["市政協十四屆三次會議今天上午開幕。", "上午9時,方一宣布大會開幕。"], ["方一"]),
        # the sitting's kind, then 由 and who presided
        (["區政協十五屆四次會議21日下午開幕。", "開幕會由方一主持。"], ["方一"]),
        # a village's chief presiding its assembly
        (["塘岐村村民大會昨晚在活動中心舉行,由村長方玉鈿主持。"], ["方玉钿"]),
    ],
)
def test_who_opens_or_closes_the_sitting_or_presides_it_by_its_kind(
    paragraphs: list[str], chairs: list[str]
) -> None:
    assert meeting("", paragraphs).chairs == chairs


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a city's or a township's representative council opening its session
        ("花蓮市民代表會今日(11日)開議,由市長方一進行施政報告。", "花莲市民代表会"),
        ("烈嶼鄉代會今天上午開議,鄉長進行施政報告。", "烈屿乡代会"),
    ],
)
def test_a_representative_council_sits(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # members taking their turn at the general interpellation, but not the magistrate
        # who comes to answer it
        ("縣議員方一、何二、林三24日進行總質詢,分別針對財劃法僵局。", ["方一", "何二", "林三"]),
        ("縣長方一上午到議會進行總質詢,第一位質詢的議員何二要求方一上備詢台。", ["何二"]),
        # a customs officer, a consultant veterinarian, the honoured giving a keynote
        ("海關副關長方一表示,將持續加強關檢工作。", ["方一"]),
        ("處長方一和顧問獸醫何二簡介了進口食品檢驗檢疫工作。", ["方一", "何二"]),
        ("主論壇邀請了國醫大師方一、何二等權威專家開展主旨演講。", ["方一", "何二"]),
        # but not one invited by the role
        (
            "峰會邀請到中山大學管理學院院長助理方一教授作為學術主題演講嘉賓,何二先生作為行業主題演講嘉賓。",
            [],
        ),
    ],
)
def test_interpellations_keynotes_and_officers_who_speak(
    sentence: str, speakers: list[str]
) -> None:
    assert meeting("", ["縣議會定期會今天繼續開會。", sentence]).speakers == speakers


@pytest.mark.parametrize(
    "paragraph",
    [
        # a member questioning on a matter yesterday
        "縣議員方一昨天針對吉安洄瀾灣開發提出質詢,有人潮地方經濟才會繁榮。",
        # with a note pointing to the photo between the name and the day
        "縣議員方一(見圖;何國豐/攝)昨天針對吉安洄瀾灣開發提出質詢,有人潮地方經濟才會繁榮。",
    ],
)
def test_a_member_s_questioning_on_a_matter(paragraph: str) -> None:
    found = meeting("", [paragraph, "觀光處長何二答詢,因法令規定濕地保護區無法開發。"])
    assert (found.name, found.date) == ("质询", "2025-01-03")
    assert found.speakers == ["方一", "何二"]


def test_an_acting_mayor_leads_his_team_to_the_council_s_policy_report() -> None:
    paragraphs = [
        "新竹市代理市長方一31日率市府團隊至市議會提出施政報告,指出市府依循十大施政藍圖。",
        "方代理市長表示,城市要幸福,財政要先穩健。",
    ]
    found = meeting("", paragraphs, "2025-10-31")
    assert (found.name, found.date, found.speakers) == ("市议会", "2025-10-31", ["方一"])


def test_a_council_s_interpellation_heading_its_members_acts() -> None:
    paragraph = "台中市議會市政總質詢,國民黨市議員方一、何二對公投案再度表達立場,呼籲投下同意票。"
    found = meeting("", [paragraph], "2021-12-17")
    assert (found.name, found.speakers) == ("台中市议会市政总质询", ["方一", "何二"])


@pytest.mark.parametrize(
    ("paragraph", "name", "day"),
    [
        # attending a panel while saying something there
        (
            "商務及經濟發展局局長方一今日出席立法會資訊科技及廣播事務委員會會議時澄清,天文台是以自身專業作決定。",
            "立法会资讯科技及广播事务委员会会议",
            "2025-01-04",
        ),
        # a financial year in the meeting's name
        (
            "立法會財委會今日召開審議2018/19財政預算案的特別會議。",
            "审议2018/19财政预算案的特别会议",
            "2025-01-04",
        ),
        # a preparatory body's first meeting is no preparation
        (
            "扶貧委員會籌備小組昨日舉行首次會議,進行逾一小時。",
            "扶贫委员会筹备小组首次会议",
            "2025-01-03",
        ),
        # the house passing a bill (no day written: the day is left unknown)
        ("立法會三讀通過《電影檢查條例》修訂草案,禁止不利國安影片上映。", "立法会会议", None),
    ],
)
def test_hong_kong_and_macao_sittings_as_their_papers_report_them(
    paragraph: str, name: str, day: str | None
) -> None:
    found = meeting("", [paragraph])
    assert (found.name, found.date) == (name, day)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a bill the house passed, as the subject of a sentence
        "立法會通過的《電影檢查條例》修訂草案今日生效。",
        # an agenda's item, a condition
        "(四)列席市第八屆人民代表大會第一次會議,聽取並討論市人民政府工作報告。",
        "市府所有提案單位願意列席本會大會時,即可審議。",
    ],
)
def test_no_sitting_in_a_bill_passed_before_or_an_agenda_s_item(paragraph: str) -> None:
    assert detect_meeting("", [paragraph], PAGE) is None


def test_a_forum_announced_with_its_place_in_a_clause_of_its_own() -> None:
    headline = "市政署周三於沙梨頭活動中心禮堂舉行社區座談會"
    lead = "市政署將於九月九日(星期三)晚上八時,在沙梨頭活動中心禮堂舉行社區座談會,歡迎市民參與。"
    assert detect_meeting(headline, [headline, lead], "2026-09-07T17:14:00+08:00") is None


def test_an_officer_of_a_bureau_named_with_a_common_word_and_及() -> None:
    paragraph = "商務及經濟發展局局長方一今日出席立法會資訊科技及廣播事務委員會會議。"
    assert meeting("", [paragraph]).attendees == ["方一"]


def test_members_questioning_in_turn_end_a_press_scene() -> None:
    paragraphs = [
        "立法會保安事務委員會今早加開特別會議,保安局局長方一出席。",
        "保安局局長方一補充指這是假設性問題。議員其後離開,方一會後見記者時再被追問。",
        "何二、議會陣線林三、公民黨法律界陳四,先後就人權保障提問,質疑政府為何不寫入法例。",
        "民主黨何二遂以規程問題要求方一回答。",
    ]
    assert meeting("", paragraphs).speakers[-3:] == ["何二", "林三", "陈四"]


def test_reporters_who_ask_are_no_speakers() -> None:
    paragraphs = [
        "立法會保安事務委員會今早召開特別會議。",
        "局長方一今日被議員及記者追問時,未有明確答案。",
    ]
    assert "及记者" not in meeting("", paragraphs).speakers


def test_sitting_in_on_a_plenary_on_a_day() -> None:
    paragraph = "行政法務司司長方一今(二十七)日列席立法會全體會議。"
    found = meeting("", [paragraph], "2025-01-27T10:00:00+08:00")
    assert (found.name, found.date, found.attendees) == ("立法会全体会议", "2025-01-27", ["方一"])


@pytest.mark.parametrize(
    ("paragraph", "name", "day"),
    [
        # that very day, as Hong Kong's papers write it, then the press after chairing
        (
            "政務司司長方一是日下午主持「地區治理領導委員會」第一次會議後見記者,稱會聆聽民意。",
            "「地区治理领导委员会」第一次会议",
            "2025-01-04",
        ),
        # the day after 在, the scene a sitting
        ("警方卻在周二(31日)公開會議上,質疑有部分人重複投訴。", "公开会议", "2024-12-31"),
    ],
)
def test_a_meeting_on_that_very_day_or_a_scene_with_its_day(
    paragraph: str, name: str, day: str
) -> None:
    found = meeting("", [paragraph])
    assert (found.name, found.date) == (name, day)


def test_a_council_hearing_the_mayor_s_report() -> None:
    paragraph = "台中市議會3日由市長方一進行市長施政總報告,市議員何二關心新內閣名單。"
    found = meeting("", [paragraph])
    assert (found.name, found.date, found.speakers) == (
        "台中市议会",
        "2025-01-03",
        ["方一", "何二"],
    )


@pytest.mark.parametrize(
    ("sentence", "role", "people"),
    [
        # speaking one by one
        (
            "座談會上,全國人大常委方一、澳區全國人大代表何二、林三及陳四逐一發言。",
            "speakers",
            ["方一", "何二", "林三", "陈四"],
        ),
        # the host named by taking the role, one attending for the first time
        ("新任處長方一首次出席會議,會議由何二擔任主持。", "chairs", ["何二"]),
        ("新任處長方一首次出席會議,會議由何二擔任主持。", "attendees", ["方一"]),
        # a headquarters' commander reporting
        (
            "县森林防火指挥部副指挥长、县林业局局长方一同志作年度森林防火工作报告。",
            "speakers",
            ["方一"],
        ),
        # what a member said in the questioning
        ("議員方一也質詢指出,縣政府推動的長青幸福卡立意良善。", "speakers", ["方一"]),
        # no name: listening, a clause's words after an office
        ("委員們分別提出建議,方司長及相關部門代表仔細聆聽並逐一回應委員的意見。", "speakers", []),
        ("新北市長方一今天到市議會施政報告,國民黨議員群起拱侯,直言支持參選總統。", "speakers", []),
        ("市議會定期會下午舉行市長施政報告,由議長何二主持議事。", "chairs", ["何二"]),
    ],
)
def test_turns_hosts_commanders_and_what_is_no_name(
    sentence: str, role: str, people: list[str]
) -> None:
    found = meeting("", ["市議會定期會今天繼續開會。", sentence])
    assert getattr(found, role) == people


def test_a_lead_set_in_the_legislature_and_its_panel_named_below() -> None:
    paragraphs = [
        "警務處處長方一在立法會,回應被指曾居住在有僭建物的住宅長達近2年。",
        "《蘋果日報》周一凌晨刊登報道,指方一曾租住的單位天台有違法僭建物。",
        "警方當晚發聲明,指報道與事實不符。",
        "方一出席立法會保安事務委員會會議,交代去年治安情況。",
    ]
    found = meeting("", paragraphs)
    assert (found.name, found.date) == ("立法会保安事务委员会会议", None)


def test_a_caption_said_twice_is_no_sentence_of_the_story_below_the_lead() -> None:
    paragraphs = [
        "台積電尾盤爆萬張大量下殺!台股翻黑收28,233點 周線仍連5紅",
        "新竹縣長方一擔任縣長已第7年,他感謝議長何二、議會對縣政的監督與支持。記者林三/攝影",
        "新竹縣長方一擔任縣長已第7年,他感謝議長何二、議會對縣政的監督與支持。記者林三/攝影",
        "新竹縣政府明年度預算478億元,創歷年新高。",
        "新竹縣議會今天舉行第20屆第6次定期會,新竹縣長方一率縣府團隊提出施政報告。",
    ]
    assert meeting("", paragraphs).name == "新竹县议会第20届第6次定期会"


def test_a_secretary_reporting_to_a_legislative_council_panel() -> None:
    paragraph = (
        "運輸及房屋局長方一向立法會房屋事務委員會匯報,未來五年的公營房屋供應總數是10.08萬個。"
    )
    assert meeting("", [paragraph], None).name == "立法会房屋事务委员会会议"
    once = "運輸及房屋局長方一曾向立法會房屋事務委員會匯報,未來五年的公營房屋供應總數是10.08萬個。"
    assert detect_meeting("", [once], None) is None


@pytest.mark.parametrize(
    ("paragraph", "name", "day"),
    [
        # a board that met on a weekday, then announced
        (
            "港大校委會周二晚開會後公布,成立由校委方一領導的6人小組跟進報告。",
            "港大校委会会议",
            "2024-12-31",
        ),
        # a vote by a large majority
        ("學校教務議會今日以大比數通過,繼續保留普通話畢業要求。", "学校教务议会", "2025-01-04"),
    ],
)
def test_a_board_that_met_on_a_weekday_or_voted_by_a_large_majority(
    paragraph: str, name: str, day: str
) -> None:
    found = meeting("", [paragraph])
    assert (found.name, found.date) == (name, day)


@pytest.mark.parametrize(
    ("sentence", "attendees"),
    [
        # the standing committee's members closing a list, unnamed
        ("省政協黨組書記方一,副主席何二、林三以及常委們在主席台就座。", ["方一", "何二", "林三"]),
        # with whom each came
        (
            "會議由警察總局局長方一、廣東省應急管理廳總工程師何二及保安局副秘書長林三分別聯同三地相關政府部門代表團出席。",
            ["方一", "何二", "林三"],
        ),
    ],
)
def test_lists_of_attendees_closed_by_a_group_or_a_company(
    sentence: str, attendees: list[str]
) -> None:
    found = meeting("", ["委員會今天舉行會議。", sentence])
    assert found.attendees == attendees


def test_what_the_meeting_is_to_the_public_is_no_part_of_its_name() -> None:
    paragraph = "备受全省人民关注的中国人民政治协商会议第十届浙江省委员会第四次会议今天在杭州开幕。"
    assert meeting("", [paragraph]).name == "中国人民政治协商会议第十届浙江省委员会第四次会议"


def test_a_council_s_session_named_by_its_kind_takes_its_full_name_from_the_report() -> None:
    paragraphs = [
        "縣議會定期大會昨天審查縣府及議員提案,由副縣長方一率相關局處主管列席備詢。",
        "連江縣議會第7屆第3次定期大會18日繼續議案審查議程,審查縣府議案11案。",
    ]
    assert meeting("", paragraphs).name == "连江县议会第7届第3次定期大会"


def test_a_meeting_named_after_a_document_s_title_with_its_years_in_brackets() -> None:
    # the title keeps its years ("(2026-2030年)"), which a name's bracketed qualifier cannot
    paragraph = (
        "經濟財政司於1月3日上午在綜合體多功能廳舉辦《澳門特別行政區經濟和社會發展第三個五年規劃"
        "（2026-2030年）》經濟財政範疇專場交流會。"
    )
    found = meeting("“三五”規劃經濟財政範疇專場交流會", [paragraph])
    assert (found.name, found.date) == (
        "《澳门特别行政区经济和社会发展第三个五年规划(2026-2030年)》经济财政范畴专场交流会",
        "2025-01-03",
    )


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "衛生局於今（3）日下午在機場舉辦“埃博拉病毒病防控講解會”,共70多名人員出席。",
            "埃博拉病毒病防控讲解会",
        ),
        (
            "行政公職局於今(3)日舉辦“中國與拉美關係”專題講座,特邀張潤司長擔任主講嘉賓。",
            "“中国与拉美关系”专题讲座",
        ),
        ("3日上午,市政府召开全市防汛抗旱工作研判会,分析当前雨情。", "全市防汛抗旱工作研判会"),
        ("金管局今日在廈門舉行澳門投資基金業推介會,逾150名代表出席。", "澳门投资基金业推介会"),
    ],
)
def test_briefings_lectures_and_situation_reviews_are_meetings(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


def test_a_chair_professor_holds_no_lecture() -> None:
    assert detect_meeting("", ["大學今日舉行典禮,聘任方一為講座教授。"], PAGE) is None


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # suggesting or opposing at the meeting is speaking at it
        ("民建聯鄭泳舜建議訂立特殊情況時期。", ["郑泳舜"]),
        ("議會陣線毛孟靜亦反對計劃,表示當局有可能做手腳。", ["毛孟静"]),
        # a party's leader
        ("公民黨黨魁楊岳橋表示,社會理應了解事件。", ["杨岳桥"]),
        # a suggestion or a vote is no speaker's: views and suggestions, a member's name run
        # on into 議員, votes against
        ("委員們提出了寶貴意見建議。", []),
        ("陳書建議員關切台馬輪故障情形。", ["陈书建"]),
        ("會議以18票贊成對27票反對否決議案。", []),
    ],
)
def test_suggesting_or_opposing_at_the_meeting_is_speaking(
    sentence: str, speakers: list[str]
) -> None:
    found = meeting("", ["委員會今天舉行會議。", sentence])
    assert found.speakers == speakers


def test_an_office_holder_together_with_another_attends() -> None:
    sentence = "縣長許淑華偕副縣長王瑞德率縣府各局處長列席並備答詢。"
    found = meeting("", ["縣議會今天舉行定期大會。", sentence])
    assert found.attendees == ["许淑华", "王瑞德"]


@pytest.mark.parametrize(
    ("sentence", "chairs"),
    [
        ("行政機關代表統一口徑,讓主持會議的國民黨立委羅智強相當不滿。", ["罗智强"]),
        ("議員要求主持會議的水資處代理處長黃俊峰道歉。", ["黄俊峰"]),
        ("胡志偉呼籲當時正擔任代主席的民建聯李慧琼考慮休會。", ["李慧琼"]),
        ("主持討論的何厚鏵總結各委員發言。", ["何厚铧"]),
        # the chair's power is no chair
        ("他稱主席主持會議的權力來自《基本法》。", []),
    ],
)
def test_one_described_as_chairing_before_the_name_chairs(sentence: str, chairs: list[str]) -> None:
    found = meeting("", ["委員會今天舉行會議。", sentence])
    assert found.chairs == chairs


@pytest.mark.parametrize(
    ("paragraph", "day"),
    [
        # a day to come in a clause before the one of the sitting
        ("選舉將於9月19日舉行,立法會政制事務委員會今舉行會議,討論屆時的實務安排。", "2025-01-04"),
        # a day of something else done before it
        ("行政長官昨日發表《施政報告》後,今早出席立法會答問大會。", "2025-01-04"),
    ],
)
def test_the_day_in_the_clause_of_the_sitting_is_its_day(paragraph: str, day: str) -> None:
    assert meeting("", [paragraph]).date == day


def test_a_sitting_numbered_within_a_year_later_than_the_page_s_is_of_that_year() -> None:
    # the page's date line (2021) is earlier than the sitting its report names
    paragraph = "2月20日,旗长方一主持召开政府党组2022年第二次会议,集中学习有关精神。"
    found = meeting("", [paragraph], "2021-02-20")
    assert found.date == "2022-02-20"


def test_a_republic_of_china_year_in_the_name_dates_a_page_of_no_date() -> None:
    paragraph = (
        "中西區公所6月21日下午3時在區公所禮堂召開102年度上半年里長業務聯繫會議,由區長方一主持。"
    )
    assert meeting("", [paragraph], None).date == "2013-06-21"


def test_words_with_no_surname_in_front_are_no_speaker() -> None:
    sentence = "他擔心此例一開,會有大量議員作出政治、民生表態,建議應審慎處理。"
    found = meeting("", ["委員會今天舉行會議。", sentence])
    assert "民生表态" not in found.speakers


def test_a_transliteration_or_a_rare_surname_stays_a_name() -> None:
    roles = [PersonRole(name, SPEAKER) for name in ("民生表态", "有权利", "曼图罗夫", "訾振军")]
    assert [person.name for person in without_dictionary_words(roles)] == ["曼图罗夫", "訾振军"]


@pytest.mark.parametrize(
    "sentence",
    [
        "民主派又要求保安局長李家超及警務處長鄧炳強,出席工務小組委員會會議。",
        "他的動議要求立法會秘書長陳維安出席內會會議,回應事件。",
    ],
)
def test_one_asked_to_attend_is_no_attendee(sentence: str) -> None:
    found = meeting("", ["委員會今天舉行會議。", sentence])
    assert found.attendees == []


@pytest.mark.parametrize(
    ("sentence", "attendees"),
    [
        # taking part, a list with no 的, a count after its last name, a name that holds a
        # character names seldom do (鄧應南) costing only itself
        (
            "參加是次會議包括:潘志明、鄭月嬋、陳藜生、鄧應南、陳喜威等共57名社會服務機構代表。",
            ["潘志明", "郑月婵", "陈藜生", "陈喜威"],
        ),
        ("參與會議的還包括副省長張國智、珠海市委書記陳勇。", ["张国智", "陈勇"]),
        # a committee is no office: "管理委員會" names the body its member 關施敏 sits on
        (
            "出席是次會議還包括:衛生局鄭成業副局長、市政署管理委員會關施敏委員。",
            ["郑成业", "关施敏"],
        ),
    ],
)
def test_lists_of_those_who_took_part(sentence: str, attendees: list[str]) -> None:
    # the rules alone: the tagger may add the item they leave out
    found = detect_meeting("", ["委員會今天舉行全體會議。", sentence], PAGE, people_model=None)
    assert found is not None and found.attendees == attendees


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a session's sitting of its own kind, named alone after the verb
        (
            "3日下午,县十六届人大二次会议在大剧院召开预备会,县人大常委会主任方一主持会议。",
            "县十六届人大二次会议预备会",
        ),
        # its plenary is the session its reports name
        (
            "省十一届人大常委会第三十四次会议3日举行第一次全体会议。",
            "省十一届人大常委会第三十四次会议",
        ),
    ],
)
def test_a_session_s_own_sitting_named_alone_after_the_verb(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "3日下午,委员报到之后,召开了市政协十五届三次会议组长会议。",
            "市政协十五届三次会议组长会议",
        ),
        (
            "1月3日下午,区政协召开六届四次会议各讨论组组长会议。",
            "区政协六届四次会议各讨论组组长会议",
        ),
    ],
)
def test_a_meeting_of_those_a_session_gathers(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


def test_a_headline_s_session_the_lead_names_then_says_will_be_held_is_announced() -> None:
    lead = ["烈嶼鄉民代表會主席方一說明,第12屆第17次的臨時會,將於11日起召開,議程將進行3天。"]
    assert detect_meeting("烈嶼鄉代會7/11-7/13召開臨時會", lead, PAGE) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "保安局局長方一今日出席立法會財委會特別會議後重申,修例目的為處理台灣殺人案。",
        "警務處處長方一今日出席灣仔區議會會議,會後被問到警方會否採取下一步行動。",
    ],
)
def test_what_one_who_attended_said_after_it_is_no_report_of_it(paragraph: str) -> None:
    assert detect_meeting("", [paragraph], PAGE) is None


def test_a_numbered_roll_in_the_gazette_form() -> None:
    # each office inside its name, one item no rule reads (黃人事管理員) costing only itself
    roll = "四、列席:李鎮長誠智、許主任秘書世丞、蕭課長天沛、盧課長玉美、汪課長揚、黃人事管理員"
    paragraphs = [
        "金門縣金城鎮民代表會",
        "第十二屆第七次定期大會第三次會議紀錄",
        "一、時間:中華民國111年4月27日(星期三)上午09時至17時。",
        "二、地點:本會議事堂",
        roll,
    ]
    found = detect_meeting(paragraphs[1], paragraphs, None, people_model=None)
    assert found is not None
    assert found.attendees == ["李诚智", "许世丞", "萧天沛", "卢玉美", "汪扬"]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # what a member did in the interpellation, written straight after it
        ("宜蘭縣議長方一非常憂心下屆縣長選舉,他在縣長總質詢時作了詳盡的分析。", "县长总质询"),
        # today written 今 alone before it, the member's act after it
        ("高市議員方一因索資不順,今總質詢時強烈質疑工務局長楊欽富。", "总质询"),
    ],
)
def test_an_interpellation_as_the_scene_of_a_member_s_act(paragraph: str, name: str) -> None:
    assert meeting("", [paragraph]).name == name


def test_an_interpellation_is_no_scene_of_a_plan() -> None:
    # the act must follow it: a council's questioning planned for a day is no sitting held
    assert detect_meeting("", ["議員方一表示,今總質詢時間將延長一小時。"], PAGE) is None


def test_a_byline_after_the_time_a_page_was_posted_starts_the_story() -> None:
    chrome = [f"自由電子報 選單第{n}項,請至官網下載最新版本的瀏覽器。" for n in range(15)]
    story = [
        "2025/12/03 16:59 記者方二／高雄報導",
        "高市議員方一因索資不順，今總質詢時強烈質疑工務局長楊欽富。",
    ]
    found = detect_meeting("高市議員逼問局長", [*chrome, *story], PAGE)
    assert found is not None
    assert found.name == "总质询"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # Hong Kong's parties and groups written before a name, of kinds not listed before
        ("香港本土方一表示,港鐵工程等同豆腐渣工程。", "方一"),
        ("社區前進方一則指,事件令很多市民憤怒。", "方一"),
        ("公共專業聯盟方志光問及政策創新及統籌辦事處的工作。", "方志光"),
        ("鄉議局方一批評泛民議員多次衝出座位。", "方一"),
        # a caucus's whip, a camp's leader in quotes
        ("民進黨團幹事長方一也表示,這是法定的時間。", "方一"),
        ("建制派「班長」方一亦發言,支持政府跟進。", "方一"),
    ],
)
def test_a_party_or_a_caucus_s_office_before_a_speaker(sentence: str, speaker: str) -> None:
    found = meeting("", ["立法會今日舉行會議。", sentence])
    assert found.speakers == [speaker]


def test_where_members_went_once_the_meeting_ended_is_off_it() -> None:
    paragraph = (
        "大會今晚8時結束。多名民主派議員在會議結束後到場發言。"
        "香港本土方一表示,預計明天繼續在示威區外舉行集會。"
    )
    assert meeting("", ["立法會今日舉行會議。", paragraph]).speakers == []


def test_an_example_from_a_year_gone_by_names_no_speaker() -> None:
    sentence = "例如2017年方一批准建制派班長方二提出修訂《議事規則》。"
    assert meeting("", ["立法會今日舉行會議。", sentence]).speakers == []


@pytest.mark.parametrize(
    ("paragraph", "chair"),
    [
        # the agent after 由 is bounded by it and the verb: 應 may stand in a given name
        ("治安會報昨天下午於縣府會議室召開,由劉增應主持。", "刘增应"),
        # a gazette's form, the office inside the name
        ("縣務會議昨天召開,由陳副議長宏宗主持。", "陈宏宗"),
    ],
)
def test_the_chair_after_by_as_a_gazette_or_untitled(paragraph: str, chair: str) -> None:
    assert meeting("", [paragraph]).chairs == [chair]


def test_a_word_of_place_after_an_office_is_no_given_name() -> None:
    found = meeting("", ["縣議會定期會今天開議。", "邱議長於致詞時表示,本次定期會將審查總預算案。"])
    assert "邱于" not in found.speakers


def test_minutes_headed_on_two_lines_in_letters_set_apart() -> None:
    # an old page sets a space after every character; the body's name, then the record's kind
    paragraphs = [
        "臨 時 立 法 會 內 務 委 員 會",
        "會 議 紀 要",
        "日 期: | 1997 年 8 月 22 日 ( 星 期 五 )",
        "出席議員:",
        "方一議員(主席)",
        "I. 通過1997年8月15日第15次會議的紀要",
    ]
    found = detect_meeting("", paragraphs, None)
    assert found is not None
    assert (found.name, found.date) == ("临时立法会内务委员会会议", "1997-08-22")


def test_an_agenda_item_confirming_earlier_minutes_heads_no_record() -> None:
    paragraphs = [
        "委員會會議的錄音記錄",
        "交通及運輸委員會第六次會議",
        "日期: | 2020-10-19 (星期一) |",
        "時間: | 下午2時30分 |",
        "議程 | 討論時間 | |",
        "通過九月八日第五次委員會會議記錄",
    ]
    found = detect_meeting("", paragraphs, None)
    assert found is not None
    assert found.name == "交通及运输委员会第六次会议"


def test_a_contrast_run_into_the_body_s_name_is_no_part_of_it() -> None:
    paragraph = "苗栗縣政府負債累累,但苗栗縣議會今(10)天審議明年度總預算,縱使在野黨議員提出質疑。"
    assert meeting("", [paragraph]).name == "苗栗县议会"


def test_a_member_asking_in_the_interpellation() -> None:
    # the rules read it, whatever the tagger makes of it
    paragraphs = ["立法院司法委員會今天開會。", "立委方一質詢問,監察院是否都可以調查?"]
    found = detect_meeting("", paragraphs, PAGE, people_model=None)
    assert found is not None
    assert found.speakers == ["方一"]


@pytest.mark.parametrize(
    ("paragraphs", "chairs"),
    [
        # a committee's sitting named alone: the committee's chairman is its chair
        (["今日的特別會議上,泛民議員多番提問。", "委員會主席方一表示,會議將延長。"], ["方一"]),
        # not the chairman of a committee holding an exchange session, who attends it
        (["公務人員投訴委員會今日舉行交流會。", "委員會主席方一、成員方二出席。"], []),
    ],
)
def test_the_committee_s_chairman_at_a_sitting_named_alone(
    paragraphs: list[str], chairs: list[str]
) -> None:
    assert meeting("", paragraphs).chairs == chairs


def test_a_long_quoted_title_in_a_name() -> None:
    paragraph = (
        "「祐漢公園、海灣南街、澳門文化中心、聯生圓形地、澳門協和醫院及望信樓的公共停車場"
        "公共泊車服務經營批給公開競投」開標會議今(16日)舉行,交通事務局共收到13份投標書。"
    )
    assert meeting("", [paragraph]).name.endswith("公开竞投」开标会议")


def test_a_speaker_inviting_the_parties_together_chairs_their_consultation() -> None:
    # 邀集 convenes as 召集 does; the parties' consultation may be of 政黨; a camp is no one
    paragraph = "台中議會議長方一25日邀集朝野政黨協商是否停會,藍營籲延至8月2日。"
    found = meeting("", [paragraph])
    assert (found.name, found.chairs) == ("朝野政党协商", ["方一"])
    assert "蓝营" not in found.speakers


def test_those_taking_turns_on_topics_listed_with_commas() -> None:
    sentence = (
        "全國人大代表方一、方二及方三分別就科學施政、持續優化民防機制、完善合作區的機制體制,"
        "以及青年就業等議題表達意見。"
    )
    found = meeting("", ["座談會今日舉行。", sentence])
    assert found.speakers == ["方一", "方二", "方三"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("本縣藝術家方志光先生亦提出以本地特色文化結合在地資源。", "方志光"),
        ("會員方志光先生提出建議。", "方志光"),
    ],
)
def test_what_one_is_then_the_name_and_a_courtesy_title(sentence: str, speaker: str) -> None:
    assert meeting("", ["委員會今日舉行會議。", sentence]).speakers == [speaker]


@pytest.mark.parametrize(
    ("sentence", "chair"),
    [
        # a duty shared out, a ruling as the rules have it
        ("方一分工主持院會,讓無爭議法案可以先三讀通過。", "方一"),
        ("主席副議長方一依議會規則裁示市長離開會場。", "方一"),
        # the gavel struck after the closing words, the gavel however it is written (鎚)
        ("隨後代表會主席方一致詞後敲下議事鎚,為13天的議程畫下句點。", "方一"),
        # standing in for the president
        ("民建聯方一暫代主席。", "方一"),
    ],
)
def test_the_chair_by_acts_written_around_the_name(sentence: str, chair: str) -> None:
    assert meeting("", ["立法院今日舉行院會。", sentence]).chairs == [chair]


def test_a_notice_s_provision_to_stop_the_meeting_is_no_sitting() -> None:
    lead = ["大甲市場公聽會將於8月2日舉行。", "主辦機關或主持人得視實際情況中止會議。"]
    assert detect_meeting("公聽會公告", lead, PAGE) is None


def test_a_body_sitting_as_scheduled() -> None:
    paragraph = "立法會周三上午11時如期舉行會議,進行質詢和討論多項法案和議案。"
    assert meeting("", [paragraph]).name == "立法会会议"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a record's turn given by the chair's word alone, the name in a gazette's form
        ("請邱委員文彥質詢,詢答時間為15分鐘。", "邱文彦"),
        ("洪鄉長成發:方代表好。", "洪成发"),
    ],
)
def test_a_gazette_s_name_is_read_whole(sentence: str, speaker: str) -> None:
    found = meeting("", ["立法院今日舉行院會。", sentence])
    assert found.speakers == [speaker]


@pytest.mark.parametrize(
    ("sentence", "chairs"),
    [
        # where (and on which day) the two partners met stands between them
        ("国务院总理方一在杭州同俄罗斯总理米舒斯京共同主持会晤。", ["方一", "米舒斯京"]),
        ("国务院副总理方一1日在北京同俄罗斯第一副总理曼图罗夫共同主持会议。", ["方一", "曼图罗夫"]),
        # where the chair went to do it
        ("市人大常委会主任方一赴宜秀区主持召开座谈会。", ["方一"]),
        # how fast: no part of the name
        ("副市长彭雁迅速召开我市安全生产紧急会议。", ["彭雁"]),
    ],
)
def test_the_chair_past_a_scene_or_an_adverb(sentence: str, chairs: list[str]) -> None:
    assert sorted(meeting("", ["会议今日召开。", sentence]).chairs) == sorted(chairs)


def test_attending_said_as_joining_the_meeting() -> None:
    sentence = "镇党委书记张小卫,副镇长宋芳玲,组织委员谭亚峰参会。"
    found = meeting("", ["会议今日召开。", sentence])
    assert sorted(found.attendees) == ["宋芳玲", "张小卫", "谭亚峰"]


def test_a_report_heard_as_put_to_the_body() -> None:
    sentence = "会议听取了省人民政府省长尹力向省人大常委会提出的任免案的说明。"
    assert meeting("", ["省人大常委会会议今日召开。", sentence]).speakers == ["尹力"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an academic's office
        ("武汉大学副校长,法学院教授、博士生导师周叶中应邀作专题辅导报告。", "周叶中"),
        # for whom the talk was given: no part of the name
        ("中国政法大学法学院院长薛刚凌为与会人员作了专题辅导报告。", "薛刚凌"),
    ],
)
def test_an_invited_lecturer(sentence: str, speaker: str) -> None:
    assert meeting("", ["学习会今日召开。", sentence]).speakers == [speaker]


def test_an_engineer_s_office_is_a_title() -> None:
    lead = ["学习会今日召开。", "中国载人航天工程总设计师周建平作专题报告。"]
    found = detect_meeting("", lead, PAGE)
    assert found is not None
    assert [(p.name, p.title) for p in found.people_roles] == [
        ("周建平", "中国载人航天工程总设计师")
    ]


def test_to_hold_a_session_well_is_a_purpose_not_a_sitting() -> None:
    paragraph = (
        "为召开好区十五届政协四次会议做好充分准备,12月19日下午,区政协召开部分全国、"
        "市政协委员座谈会,区政协副主席郑蔚芸出席。"
    )
    assert meeting("", [paragraph]).name == "部分全国、市政协委员座谈会"


def test_a_consultation_on_the_season_s_outlook_is_a_meeting() -> None:
    paragraph = "4月28日上午,市水利局副局长方一主持召开2015年第一次洪旱趋势会商会,回顾总结汛情。"
    found = detect_meeting("", [paragraph], "2015-05-05T19:23:00+08:00")
    assert found is not None
    assert (found.name, found.date) == ("2015年第一次洪旱趋势会商会", "2015-04-28")


@pytest.mark.parametrize("learnt", ["了解到", "获悉"])
def test_what_the_reporter_learnt_at_a_meeting_reports_it(learnt: str) -> None:
    paragraph = f"26日,记者从市防汛抗旱指挥部召开的全市防汛工作会议上{learnt},上半年水情平稳。"
    found = detect_meeting("", [paragraph], "2018-07-30T08:00:00+08:00")
    assert found is not None
    assert (found.name, found.date) == ("全市防汛工作会议", "2018-07-26")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the scene as Taiwan's papers write it (於 for 在), the first to take the floor
        ("代理縣長方明遠於座談中表示,縣府長期重視青年公共參與。", "方明远"),
        ("方明遠首位發言指出,有民眾被阻擋不准上樓。", "方明远"),
        # how the talk was given
        ("總監方明遠深入淺出地介紹其基本原理。", "方明远"),
        # asking an official named, moving a motion, a host's summing up
        ("民建聯議員方明遠問曾俊華,有關網民辱罵一事。", "方明远"),
        ("青年委員方明遠提案,建議增加會議召開頻率。", "方明远"),
        ("計畫主持人方明遠總結表示,論壇主題為慢遊智島。", "方明远"),
    ],
)
def test_a_speaker_in_more_of_taiwan_s_and_hong_kong_s_ways(sentence: str, speaker: str) -> None:
    assert meeting("", ["座談會今日舉行。", sentence]).speakers == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "民建聯副主席方明遠在答問大會後稱,民建聯支持通過預算。",  # after the session
        "昨日亦通過鎮代會主席方明遠之提案,建請業管單位爭取經費。",  # a motion of his
    ],
)
def test_no_speaker_from_a_motion_of_someone_s_or_a_session_after(sentence: str) -> None:
    found = detect_meeting("", ["座談會今日舉行。", sentence], PAGE)
    assert found is not None and "方明远" not in found.speakers


def test_officials_attending_to_explain_attend_and_speak() -> None:
    sentence = "建設處長方明遠、副處長王垣坤及相關科長等列席說明。"
    found = meeting("", ["縣議會今日舉行預算審查會。", sentence])
    assert sorted(found.attendees) == sorted(found.speakers) == ["方明远", "王垣坤"]


def test_a_forum_s_chairs_after_by() -> None:
    sentence = "兩場分論壇由朱滸與中國歷史研究院澳門歷史研究中心副主任李進峰分別主持。"
    found = meeting("", ["研討會今日舉行。", sentence])
    assert sorted(found.chairs) == ["朱浒", "李进峰"]


def test_an_office_alone_is_no_name() -> None:
    sentence = "社會文化司司長代表、文化局局長梁惠敏等出席開幕儀式。"
    found = meeting("", ["研討會今日舉行。", sentence])
    assert found.attendees == ["梁惠敏"]


def test_co_chairs_after_by_with_notes_in_brackets_and_a_last_one_apart() -> None:
    sentence = (
        "會議由服務廳廳長李麗萍、聯網主席唐伊韻(家庭社區服務中心主任),"
        "以及聯網副主席洪婉琪(長者服務中心主任)共同主持。"
    )
    found = meeting("", ["聯網會議今日舉行。", sentence])
    assert sorted(found.chairs) == ["唐伊韵", "李丽萍", "洪婉琪"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "国务院常务会议审议通过条例草案新华社北京11月27日电 国务院总理李强27日主持召开会议。",
        "《經濟通通訊社駐京記者6日北京專電》國務院副總理丁薛祥6日主持召開國務院專題會議。",
    ],
)
def test_an_office_is_read_after_the_headline_and_dateline_before_it(paragraph: str) -> None:
    found = detect_meeting("", [paragraph], "2021-11-28T08:00:00+08:00")
    assert found is not None
    title = found.people_roles[0].title
    assert title in ("国务院总理", "國務院副總理")


def test_photo_captions_before_the_story_are_no_part_of_its_lead() -> None:
    paragraphs = [
        "河南省政协第十一届一次会议开幕现场。向明超 摄",
        "河南省政协主席叶冬松向大会作工作报告。向明超 摄",
        "政协委员们聆听大会报告。向明超 摄",
        "1月19日下午3时,中国人民政治协商会议第十一届河南省委员会第一次会议在省人民会堂隆重开幕。",
    ]
    found = detect_meeting("", paragraphs, "2013-01-20")
    assert found is not None and found.date == "2013-01-19"


def test_a_year_in_brackets_inside_the_name() -> None:
    paragraph = "9月29日下午,代市长方明远主持召开市政府(2015)第14次常务会议,听取汇报。"
    found = detect_meeting("", [paragraph], "2015-10-01")
    assert found is not None
    assert (found.name, found.date) == ("市政府(2015)第14次常务会议", "2015-09-29")


def test_a_session_named_short_then_long_is_one() -> None:
    paragraphs = [
        "河南省政协第十一届一次会议开幕现场。向明超 摄",
        "1月19日下午,中国人民政治协商会议第十一届河南省委员会第一次会议在郑州隆重开幕。",
    ]
    found = detect_meeting("", paragraphs, "2013-01-20")
    assert found is not None and found.date == "2013-01-19"


def test_a_headline_that_asks_inside_is_no_sentence_of_the_lead() -> None:
    paragraphs = [
        "內閣變動? 侯友宜:會讓新北不斷超越今天的新北",
        "新北市長侯友宜今早表示,市府會延續做事的態度與精神。",
        "市長選舉結束,外界都關注新北市府小內閣是否有所變動。",
        "新北市政府今天上午召開市政會議,侯友宜在會中表示,市府團隊會做好溝通。",
    ]
    assert lead_paragraphs(paragraphs) == paragraphs[:3]
    found = detect_meeting("", paragraphs[:1] + paragraphs[2:], PAGE)
    assert found is not None and found.name == "市政会议"


def test_a_photo_credited_to_its_source_is_a_caption() -> None:
    caption = "苗栗縣議員陳品安昨天質詢縣長,兩人理性溝通。圖/取自議會直播畫面"
    story = ["苗栗縣議會今天上午繼續舉行定期大會。", "多位議員針對縣政提出質詢與建議。"]
    assert lead_paragraphs([caption, *story, "縣長鍾東錦逐一答覆議員的質詢。"]) == [caption, *story]


def test_a_notice_convening_a_meeting_reports_none() -> None:
    title = "关于召开政协第十四届芜湖市委员会第四次会议的通知"
    paragraphs = [
        "政协第十四届芜湖市委员会第四次会议将于2025年1月12日至15日上午在芜湖召开。",
        "下午3:30召开临时党委扩大会议暨各组召集人会议,4:00召开中共党员会议。",
    ]
    assert detect_meeting(title, paragraphs, "2025-01-08") is None


def test_a_court_is_no_name_and_an_indigenous_name_s_dot_as_taiwan_writes_it() -> None:
    court = meeting(
        "", ["区人大常委会举行会议。", "副区长陈育群及区法院、检察院主要负责人列席会议。"]
    )
    assert court.attendees == ["陈育群"]
    member = meeting("", ["鎮民代表會今日舉行會議。", "鎮代秀吉‧撒夫洛質詢時指出,居民就醫不便。"])
    assert member.speakers == ["秀吉‧撒夫洛"]


def test_leaders_following_a_video_conference_at_a_branch_venue_attend() -> None:
    sentence = "市领导陶少琳、唐巍巍、李建国及相关单位负责人在我市分会场收听收看会议内容。"
    found = meeting("", ["全省森林防灭火工作电视电话会议召开。", sentence])
    assert found.attendees == ["陶少琳", "唐巍巍", "李建国"]


def test_a_cppcc_deliberation_on_a_topic_is_a_meeting() -> None:
    paragraph = "9月12日,区政协召开“提振生态产业,助推生态岛建设”专题议政会,区政协主席方明远主持。"
    assert meeting("", [paragraph]).name == "“提振生态产业,助推生态岛建设”专题议政会"


@pytest.mark.parametrize(
    ("paragraph", "published", "day"),
    [
        # twenty written 廿 in the brackets after 昨 or 今
        (
            "台中市議會昨(廿六)日進行定期會市政總質詢,市議員林碧秀聯合質詢。",
            "2025-11-26",
            "2025-11-26",
        ),
        (
            "宜蘭縣議會定期會於今(廿一)日進行縣政總質詢,縣議員謝家倫提出建議。",
            "2025-11-21",
            "2025-11-21",
        ),
        # the clock in numerals between the day and the act
        (
            "教育委員會本年度第一次全體會議9日下午三時半在教青局仲尼堂舉行。",
            "2022-11-10",
            "2022-11-09",
        ),
        # some days ago, the day given after it
        (
            "博彩監察協調局日前(14日)與六間幸運博彩承批公司代表舉行工作會議。",
            "2026-07-16",
            "2026-07-14",
        ),
    ],
)
def test_more_ways_a_day_is_written_before_the_act(
    paragraph: str, published: str, day: str
) -> None:
    found = detect_meeting("", [paragraph], published)
    assert found is not None and found.date == day
