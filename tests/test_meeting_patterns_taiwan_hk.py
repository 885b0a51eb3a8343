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
    assert info.name == "立法会工务小组委员会会议"
    short = meeting("", ["立法會財委會復會,繼續審批撥款申請。"], None)
    assert short.name == "立法会财委会会议"
    # resuming after something: the meeting is a point in time
    later = "局長希望議員在財委會復會後盡快審批撥款。"
    assert detect_meeting("", [later], PAGE) is None


def test_a_chairman_suspending_a_sitting_reports_the_body_s_meeting() -> None:
    info = meeting(
        "", ["議員多次叫囂。立法會主席李志明其後宣布會議暫停,並將兩名議員逐出會議廳。"], None
    )
    assert info.name == "立法会会议"
    simplified = meeting("", ["县议会议长王大同随即宣布会议暂停。"], None)
    # a Taiwan council named alone is the sitting's name (Hong Kong's district councils meet
    # as their 会议, below)
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


def test_a_council_session_declared_open_by_its_speaker() -> None:
    info = meeting(
        "",
        [
            "【記者王大同報導】苗栗縣議會於昨日上午舉行第二十屆第三次定期大會,"
            "由議長林志明正式宣布開議,縣長張文華率縣府一級主管列席。"
        ],
    )
    assert info.chairs == ["林志明"]
    assert info.attendees == ["张文华"]


def test_a_sitting_suspended_or_chaired_after_an_election() -> None:
    suspended = meeting("", ["立法會主席李志明其後宣布會議暫停。"], None)
    assert suspended.chairs == ["李志明"]
    elected = meeting(
        "",
        ["荃湾区议会今天(7日)首次召开会议。选举完成后,新任主席黄美玲开始主持会议。"],
        None,
    )
    assert elected.chairs == ["黄美玲"]


def test_floor_business_said_in_taiwan_s_councils_is_speaking() -> None:
    info = meeting(
        "",
        [
            "嘉義縣議會第20屆第7次定期會今天上午開幕。縣長陳大同在首日進行施政總報告。"
            "議員吳文雄臨時提案建議為罹難者默哀一分鐘。",
        ],
    )
    assert info.speakers == ["陈大同", "吴文雄"]


def test_words_before_the_sitting_closes_are_said_at_it() -> None:
    info = meeting(
        "",
        ["立法院會今天上午處理法案。立法院長王大明在散會前表示,感謝各委員出席。"],
    )
    assert info.speakers == ["王大明"]
    before = meeting("", ["立法院會今天上午處理法案。王大明在開會前表示,希望順利通過。"])
    assert before.speakers == []


def test_a_report_the_meeting_scheduled_for_later_is_not_given_at_it() -> None:
    info = meeting(
        "",
        ["台中市議會今(26)日召開程序委員會,會中決議10月4日由市長林美華進行施政總報告。"],
    )
    assert info.speakers == []


def test_a_president_named_by_surname_and_office_is_no_name() -> None:
    info = meeting(
        "",
        ["行政院今天召開院會。院長表示,蔡總統對經濟發展提出之三大方向應予落實。"],
    )
    assert "蔡总统" not in info.speakers


def test_macao_lists_offices_after_the_names_and_bodies_before_them() -> None:
    info = meeting(
        "",
        [
            "社會工作委員會於2024年5月10日舉行本年度第二次全體會議,由社會工作委員會代主席、"
            "社會工作局梁美華局長主持。社委會梁美華代主席表示,委員會將檢討服務。"
            "出席會議的還包括:衛生局何志明副局長、澳門明愛陳小玲總幹事、勞工事務局戴冰廳長、"
            "李翠芬女士、社工局梁嘉明處長與王玉華處長。"
        ],
    )
    assert info.chairs == ["梁美华"]
    assert info.speakers == ["梁美华"]
    assert info.attendees == ["何志明", "陈小玲", "戴冰", "李翠芬", "梁嘉明", "王玉华"]
    titles = {person.name: person.title for person in info.people_roles}
    assert titles["何志明"] == "衛生局"


def test_a_body_s_words_are_no_names_before_an_office() -> None:
    info = meeting(
        "",
        [
            "十四届全国人大三次会议主席团常务主席第一次会议8日下午举行。"
            "大会主席团常务主席、全国人大常委会委员长赵乐际主持会议。"
        ],
    )
    assert info.chairs == ["赵乐际"]


def test_leaving_one_s_seat_during_the_sitting_is_being_there() -> None:
    info = meeting(
        "",
        [
            "荃湾区议会今天(7日)首次召开会议。工联会王大明两次发言提出反对;"
            "民建联的李小红和乡委会主席刘强亦在默哀期间离席。"
        ],
        None,
    )
    assert info.speakers == ["王大明"]
    assert info.attendees == ["李小红", "刘强"]


def test_a_pronoun_opening_a_sentence_of_speech_is_the_previous_sentence_s_opener() -> None:
    paragraphs = [
        "1月15日,市长王建华主持召开社会各界人士座谈会。",
        "王建华边听边记,并不时与大家互动交流。他说,大家的意见和建议积极中肯。",
    ]
    info = meeting("", paragraphs)
    assert info.speakers == ["王建华"]
    traditional = meeting("", [to_traditional(p) for p in paragraphs])
    assert traditional.speakers == ["王建华"]
    # the sentence before opened with nobody named: the pronoun stays unresolved
    unresolved = meeting("", [paragraphs[0], "大家边听边记。他说,意见积极中肯。"])
    assert unresolved.speakers == []


def test_say_as_the_second_of_parallel_verb_phrases_has_no_subject_of_its_own() -> None:
    info = meeting(
        "",
        ["昨日下午,市长王建华主持召开座谈会。与会人员结合各自工作实际,谈想法、说举措。"],
    )
    assert info.speakers == []
    # indirect speech after a name is speaking
    indirect = meeting("", ["墨爾本研討會昨日舉行。齊美玲說未來一定要寫一篇文章。"])
    assert indirect.speakers == ["齐美玲"]


def test_the_chief_executive_s_office_and_members_sent_out_of_the_chamber() -> None:
    info = meeting(
        "",
        [
            "立法會主席李志明宣布會議暫停。",
            "香港行政長官陳大文上午11時到立法會宣讀《施政報告》。立法會主席李志明其後宣布"
            "會議暫停,並將議員黃小玲及吳大同趕離會議廳。",
        ],
        None,
    )
    assert info.speakers == ["陈大文"]
    assert info.attendees == ["黄小玲", "吴大同"]


def test_heads_of_state_are_titled_and_their_courtesies_are_no_names() -> None:
    info = meeting(
        "",
        [
            "11月3日,中南国家双边委员会第八次全体会议举行。国家副主席韩正与南非副总统马沙蒂莱"
            "共同主持会议。韩正表示,我同副总统先生共同推动两国合作。美国副总统万斯近日在会上发言。"
        ],
    )
    assert info.chairs == ["韩正", "马沙蒂莱"]
    assert "先生" not in info.people and "万斯近日" not in info.people


def test_together_with_and_a_pronoun_object_are_no_names() -> None:
    info = meeting(
        "",
        [
            "9月3日,纪念大会在京隆重举行。习近平同抗战老战士代表亲切握手,向他们表示崇高敬意。"
            "习近平主席同托卡耶夫总统一道作出部署。"
        ],
    )
    assert "亲切握手" not in info.people and "一道" not in info.people


def test_a_regular_summit_is_no_council_session() -> None:
    assert detect_meeting("", ["李强赴莫斯科举行中俄总理第二十九次定期会晤。"], PAGE) is None


def test_members_named_as_a_plural_after_a_titled_name_go_unnamed() -> None:
    info = meeting(
        "",
        ["苗栗縣議會於昨日上午舉行第二十屆第三次定期大會,副議長陳美玲與議員們均踴躍出席。"],
    )
    assert info.attendees == ["陈美玲"]


def test_the_chairman_described_by_a_clause_presides() -> None:
    info = meeting(
        "",
        [
            "立法會財委會復會,審批多項撥款申請。曾要求政府更改議程的主席李志明在會議開始時宣布,"
            "將會一切照舊。"
        ],
        None,
    )
    assert info.chairs == ["李志明"]
    assert info.speakers == ["李志明"]


def test_the_one_a_sitting_invites_attends_unless_the_invitation_is_asked_or_promised() -> None:
    info = meeting(
        "",
        [
            "立法院長王大明今日主持立法院院會。",
            "立法院會今邀陳大同率同相關部會首長列席,提出專案報告並備質詢。",
        ],
    )
    assert info.attendees == ["陈大同"]
    assert info.speakers == ["陈大同"]
    asked = meeting(
        "",
        ["委員會今日開會。議員要求邀請王美玲出席;主席指會邀請王美玲出席下月例會。"],
    )
    assert asked.attendees == []
    invited = meeting("", ["昨日,市人大常委会会议举行。市政协副主席金立新应邀参加会议。"])
    assert invited.attendees == ["金立新"]
