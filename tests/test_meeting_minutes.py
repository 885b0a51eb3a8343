"""Minutes set out as fields (Taiwan's city and county meetings, council gazettes): the chair's
field, attendance rolls with their notes of leave and stand-ins, the field of when it met, and
the chair's own remarks headed by the office."""

from __future__ import annotations

from crawler.text.meeting_dates import dated_with_year, meeting_date, numeric_date
from crawler.text.meeting_minutes import (
    leading_names,
    minutes_day,
    minutes_roles,
    roll_cells,
    roll_names,
    roll_people,
)
from crawler.text.meeting_people import CHAIR, SPEAKER, Block, PersonRole
from crawler.text.meetings import detect_meeting
from crawler.text.script import normalize_text

PAGE = "2024-05-20T10:00:00+08:00"


def record_roles(lines: list[str]) -> list[PersonRole]:
    return minutes_roles([Block(normalize_text(line), line) for line in lines])


def test_a_roll_drops_those_on_leave_and_counts_the_stand_in() -> None:
    roll = normalize_text("王大明、林小華(公假)、陳建國(張立人代)、李文雄(代理)、吳美玲(請假)")
    assert roll_names(roll) == ["王大明", "张立人", "李文雄"]
    assert roll_names("(详如签到簿)") == []
    assert roll_names("下午开会讨论预算。") == []


def test_an_indigenous_name_on_a_roll_with_its_romanization() -> None:
    # Taiwan's rolls write an Indigenous name with a full-width stop, then its romanization
    roll = normalize_text("王大明、巴干．巴萬Bakan Pawa、陳建國")
    assert roll_names(roll) == ["王大明", "巴干.巴万", "陈建国"]


def test_two_names_a_roll_ran_together_are_two_people() -> None:
    roll = normalize_text("李四川、林奕華、張溫德王秋冬、陳國君")
    assert roll_names(roll) == ["李四川", "林奕华", "张温德", "王秋冬", "陈国君"]
    # an office's holder in the gazette's form, or by an office no list knows, stays one
    assert roll_names(normalize_text("王大明、陳副主席介民")) == ["王大明", "陈介民"]
    assert "管理员" not in roll_names(normalize_text("王大明、黃人事管理員、陳國君"))


def test_the_field_of_when_it_met_comes_before_the_page_s_upload_date() -> None:
    lines = ["• 上版日期:2024-05-20", "时间", "时间:民国113年5月14日(星期二)上午9时"]
    assert minutes_day(lines) == "2024-05-14"
    assert minutes_day(["开会日期", "2024-05-14 09:00:00"]) == "2024-05-14"
    assert minutes_day(["开会日期", "2024-02-30"]) is None


def minutes(chair_cell: str, roll: str) -> list[str]:
    return [
        "跳到主要內容區塊",
        "新竹市政府第880次市政會議",
        "開會日期",
        "2024-05-14 09:00:00",
        "主席",
        chair_cell,
        "出席",
        roll,
        "列席",
        "周建宏、鄭雅文",
        "主席致詞:",
        "感謝各局處同仁的努力。",
    ]


def test_minutes_fields_name_the_chair_the_rolls_and_the_chair_speaking() -> None:
    paragraphs = minutes("高志強(請假)許文彬(代)", "許文彬、林小華(公假)、陳建國(張立人代)")
    info = detect_meeting("新竹市政府第880次市政會議", paragraphs, PAGE)
    assert info is not None
    assert info.date == "2024-05-14"
    assert info.chairs == ["许文彬"]
    assert info.speakers == ["许文彬"]
    assert info.attendees == ["许文彬", "张立人", "周建宏", "郑雅文"]


def test_a_roll_runs_on_over_the_lines_after_its_label_s_to_its_count() -> None:
    paragraphs = [
        "立法院第10屆第1會期司法及法制委員會第10次全體委員會議議事錄",
        "時 間:中華民國109年3月25日(星期三)上午9時1分至12時8分",
        "出席委員:吳玉琴 李貴敏 鍾佳濱",
        "賴香伶 周春米",
        "委員出席5人",
        "列席委員:葉毓蘭 洪孟楷",
        "鄭天財Sra Kacaw 楊瓊瓔 廖國棟Sufin.Siluko",
        "委員列席5人",
        "主 席:李召集委員貴敏",
    ]
    info = detect_meeting("", paragraphs, None)
    assert info is not None
    assert info.attendees == [
        *("吴玉琴", "李贵敏", "钟佳滨", "赖香伶", "周春米"),
        *("叶毓兰", "洪孟楷", "郑天财", "杨琼璎", "廖国栋"),
    ]


def test_officials_attending_laid_out_a_line_a_cell_unit_office_name() -> None:
    paragraphs = [
        "立法院第9屆第7會期交通委員會第9次全體委員會議議事錄",
        "時間:中華民國108年4月17日(星期三)上午9時3分至12時14分",
        "出席委員:鄭寶清 李昆澤 林俊憲",
        "委員出席3人",
        "列席官員:交通部 政務次長 王國材",
        "路政司",
        "司長",
        "陳文瑞",
        "道路交通安全督導委員會",
        "執行秘書",
        "謝銘鴻",
        "主 席:陳召集委員雪生",
    ]
    info = detect_meeting("", paragraphs, None)
    assert info is not None
    assert info.attendees == ["郑宝清", "李昆泽", "林俊宪", "王国材", "陈文瑞", "谢铭鸿"]
    titles = {p.name: p.title for p in info.people_roles}
    assert (titles["陈文瑞"], titles["谢铭鸿"]) == ("司長", "執行秘書")


def test_a_roll_of_members_a_line_each_is_no_office_above_a_name() -> None:
    lines = [
        "臨時立法會內務委員會",
        "會議紀要",
        "日 期:1997年8月22日(星期五)",
        "出席議員:",
        "梁智鴻議員(主席)",
        "何秀蘭議員",
        "何鍾泰議員",
        "周梁淑怡議員",
        "唐英年議員",
        "缺席議員:",
    ]
    info = detect_meeting("", lines, None)
    assert info is not None
    assert info.attendees == ["梁智鸿", "何秀兰", "何钟泰", "周梁淑怡", "唐英年"]


def test_a_record_s_host_field_names_its_chair() -> None:
    paragraphs = [
        "汤池镇:召开2023年秋种工作动员会",
        "会议时间:9月14日上午",
        "主 持 人:余先进",
        "9月14日,汤池镇召开2023年秋种工作动员会。镇全体班子成员参加会议。",
    ]
    info = detect_meeting("", paragraphs, "2023-09-14")
    assert info is not None and info.chairs == ["余先进"]


def test_a_chair_cell_with_the_office_before_or_inside_the_name() -> None:
    cell = detect_meeting("新竹市政府第880次市政會議", minutes("市長 高志強", "許文彬"), PAGE)
    assert cell is not None and cell.chairs == ["高志强"]
    assert cell.people_roles[0].title == "市長"  # as the record writes it
    gazette = detect_meeting("新竹市政府第880次市政會議", minutes("高市長志強", "許文彬"), PAGE)
    assert gazette is not None and gazette.chairs == ["高志强"]
    dialogue = minutes("高志強", "許文彬")
    dialogue[4:6] = ["主席:現在開會"]
    spoken = detect_meeting("新竹市政府第880次市政會議", dialogue, PAGE)
    assert spoken is not None and spoken.chairs == []


def test_a_gazette_records_who_took_the_floor_by_surname_office_and_given_name() -> None:
    paragraphs = [
        "院會紀錄",
        "立法院第11屆第3會期第2次會議紀錄",
        "時 間 中華民國113年5月17日(星期五)9時",
        "主 席 韓院長國瑜",
        "周秘書長萬來:報告院會,出席委員80人,已足法定人數。",
        "王局長表示:本案照案通過。",
    ]
    info = detect_meeting("院會紀錄", paragraphs, None)
    assert info is not None
    assert info.date == "2024-05-17"
    assert info.chairs == ["韩国瑜"]
    assert info.speakers == ["周万来"]


def test_a_roll_laid_out_as_a_table_of_offices_and_names() -> None:
    minutes = [
        "桃園市政府第512次市政會議紀錄",
        "• 會議時間:2021-03-09  09:00",
        "• 會議地點:本府會議室",
        "主席:市長 張三豐",
        "本府出席人員:",
        "副    市   長   王大明      秘 書 長   孫   立",
        "工務局局長   趙小芬      顧         問   錢文德",
        "列席人員:",
        "周  正",
        "壹、主席宣布開會",
    ]
    info = detect_meeting("", minutes, None)
    assert info is not None
    assert info.name == "桃园市政府第512次市政会议"
    assert info.date == "2021-03-09"
    assert info.attendees == ["王大明", "孙立", "赵小芬", "钱文德", "周正"]
    offices = {person.name: person.title for person in info.people_roles}
    assert offices["赵小芬"] == "工務局局長"


def test_a_line_of_offices_alone_is_no_roll() -> None:
    assert roll_cells(normalize_text("壹、主席宣布開會")) == []
    assert roll_cells(normalize_text("副 市 長")) == []
    assert roll_cells(normalize_text("局長 王大明 報告 本案")) == []


def test_a_minutes_heading_carrying_the_day_it_met() -> None:
    lines = ["跳到主要內容", "晴天", "嘉義市政府第301次市政會議紀錄109/11/23", "壹、業務報告"]
    info = detect_meeting("嘉義市政府第301次市政會議紀錄109/11/23", lines, None)
    assert info is not None
    assert (info.name, info.date) == ("嘉义市政府第301次市政会议", "2020-11-23")
    assert numeric_date("會議紀錄 2019/2/30") is None  # no such day
    assert numeric_date("第12/3/4案") is None  # not a year


def test_a_record_flattened_into_one_line_under_its_body_s_masthead() -> None:
    line = (
        "1 第五屆立法會 第二立法會期 第 V-12 期 日期 : 二零一六年三月八日 開始時間 : 下午三時正 "
        "出席議員 : 賀一鳴 區偉強 陸小芬 譚志 結束時間 : 下午六時 列席者 : 經濟財政司司長鄭文傑 "
        "財政局局長雷達 主席 : 賀一鳴 財政局顧問江濤 議程 : 一 細則性討論及表決"
    )
    # the rules alone: what the learnt tagger adds shifts with what it was trained on
    info = detect_meeting("", ["Transcription", line], None, people_model=None)
    assert info is not None
    assert (info.name, info.date) == ("立法会会议", "2016-03-08")
    assert info.chairs == ["贺一鸣"]
    # 財政局顧問江濤, the third of those 列席, spilled past the chair's cell by the layout: the
    # rules stop at the chair's field
    assert info.attendees == ["贺一鸣", "区伟强", "陆小芬", "谭志", "郑文杰", "雷达"]


def test_a_roll_value_stops_at_its_first_word_that_is_no_person() -> None:
    assert leading_names("甲乙丙 二 细则性讨论") == []  # one name is no run
    assert [name for name, _ in leading_names("王大明 区伟强 二 细则性讨论")] == [
        "王大明",
        "区伟强",
    ]


def test_a_date_written_in_chinese_numerals() -> None:
    assert dated_with_year("日期 : 二零一六年三月八日") == "2016-03-08"
    assert meeting_date("二〇二一年十二月三十一日上午举行", None) == "2021-12-31"
    assert dated_with_year("二零一六年二月三十日") is None  # no such day


def test_a_roll_of_offices_and_names_a_gazette_s_split_names_and_a_closing_count() -> None:
    council = normalize_text("蔡主席大明、陳副主席介文、許代表小華,計3名。")
    assert roll_people(council) == [("蔡大明", "主席"), ("陈介文", "副主席"), ("许小华", "代表")]
    staff = normalize_text(
        "鎮長蕭大明、民政課長蔡小榮、政風室郭文哲、本會秘書劉秀文、社會課長許?禎,計5名。"
    )
    assert roll_people(staff) == [
        ("萧大明", "镇长"),
        ("蔡小荣", "民政课长"),
        ("郭文哲", "政风室"),
        ("刘秀文", "本会秘书"),
    ]  # 許?禎: a name the page could not render
    assert roll_people("许?祯、王?明") == []  # mostly past reading: no roll
    assert roll_people(normalize_text("I. 民主黨建議的委員會審議階段修正案")) == []


def test_a_flattened_record_s_numbered_fields() -> None:
    paragraphs = [
        "一、開會時間:民國108年12月19日二、開會地點:本會議事廳三、出席人:蔡主席大明、"
        "陳副主席介文、許代表小華,計3名。四、列席人:鎮長蕭大明、本會秘書劉秀文,計2名。"
        "五、主席:陳副主席介文六、紀錄:組員吳小美",
    ]
    info = detect_meeting("第21屆第5次臨時大會議事錄", paragraphs, None)
    assert info is not None
    assert info.date == "2019-12-19"
    assert info.chairs == ["陈介文"]
    assert info.attendees == ["蔡大明", "陈介文", "许小华", "萧大明", "刘秀文"]


def test_hong_kong_minutes_list_members_with_their_office_after_and_officers_under_theirs() -> None:
    paragraphs = [
        "立法會",
        "《區議會條例草案》委員會",
        "會議紀要",
        "日 期 :1999年1月26日(星期二)",
        "出席委員 :",
        "劉大銓議員(主席)",
        "田小俊議員",
        "缺席委員 :",
        "朱小麟議員",
        "出席公職人員:",
        "政制事務局副局長(2)",
        "葉文輝先生",
        "法律顧問",
        "馬耀天先生",
        "I. 民主黨建議的修正案",
    ]
    info = detect_meeting("《區議會條例草案》委員會 會議紀要", paragraphs, None)
    assert info is not None
    assert info.chairs == ["刘大铨"]
    assert info.attendees == ["刘大铨", "田小俊", "叶文辉", "马耀天"]
    assert ("马耀天", "attendee", "法律顧問") in {
        (person.name, person.role, person.title) for person in info.people_roles
    }


def test_a_long_line_that_is_almost_a_roll_is_refused_at_once() -> None:
    # 40 names and an unclosed bracket: the roll pattern once backtracked over every way of
    # splitting the names and never returned (a real Taipei record hung the crawl)
    assert roll_names("、".join(["王大明"] * 40) + "、李(四") == []


def test_a_two_character_name_padded_to_the_column_in_a_row_of_names() -> None:
    info = detect_meeting(
        "新竹市政府第880次市政會議", minutes("市長 高志強", "王大明 白秀雄 廖 鯉 康炳政"), PAGE
    )
    assert info is not None
    assert info.attendees[:4] == ["王大明", "白秀雄", "廖鲤", "康炳政"]


def test_a_council_record_s_spaced_republic_date_its_chair_s_turn_and_split_name_turns() -> None:
    paragraphs = [
        "陳議員大建市長施政總質詢(二十九)",
        "日期:108 年 5 月 27 日",
        "時間:上午 11:00 至 12:00",
        "主席(蔡議長大璉):",
        "好,接下來這一個小時是由我們陳大建議員的施政總質詢,我們現在開始計時。",
        "陳議員大建:",
        "謝謝議長,林市長。",
        "林市長小昌:",
        "謝謝陳議員。",
        "陳議員大建:",
        "好。",
    ]
    info = detect_meeting(paragraphs[0], paragraphs, None)
    assert info is not None
    assert info.date == "2019-05-27"
    assert info.chairs == ["蔡大琏"]
    assert info.speakers == ["陈大建", "林小昌"]


def test_the_previous_sitting_s_minutes_read_out_name_none_of_this_sitting_s_people() -> None:
    lines = [
        "立法院第9屆第4會期內政委員會第26次全體委員會議紀錄",
        "時  間 中華民國106年12月7日(星期四)9時11分至12時42分",
        "主  席 高委員文博",
        "• 宣讀上次會議議事錄。",
        "立法院第9屆第4會期內政委員會第25次全體委員會議議事錄",
        "時 間:106年12月6日(星期三)上午9時1分至12時9分",
        "出席委員:王大明 陳小華",
        "主 席:方召集委員一",
        "宣讀上次會議議事錄。",
        "決定:確定。",
        "列席委員:林志明",
    ]
    info = detect_meeting(lines[0], lines, None)
    assert info is not None
    assert info.chairs == ["高文博"]
    assert info.attendees == ["林志明"]


def test_minutes_read_out_within_one_flattened_line_and_the_minutes_they_read_in_turn() -> None:
    line = (
        "立法院第10屆第1會期司法及法制委員會第5次全體委員會議紀錄 時  間 中華民國109年3月11日 "
        "主  席 李委員大敏 報 告 事 項 宣讀上次會議議事錄。 立法院第10屆第1會期司法及法制委員會"
        "第4次全體委員會議議事錄 時  間:中華民國109年3月9日 出席委員:周小米 吳大玎 報 告 事 項 "
        "一、宣讀上次會議議事錄。 決定:確定。 二、邀請秘書長報告。 (本次會議有委員周小米、吳大玎提出質詢)"
    )
    info = detect_meeting("", [line], None)
    assert info is not None
    assert info.date == "2020-03-11"
    assert info.speakers == [] and info.attendees == []


def test_an_interpellation_record_s_chairs_in_turn_and_the_members_who_put_questions() -> None:
    lines = [
        "第7屆 第02次定期會 總質詢",
        "質詢日期 108-12-05 議案類別 定期會",
        "主 席 方議長一山、歐陽副議長二水 記 錄 林三",
        "質詢議員 司馬議員四海、唐議員五岳",
        "主席歐陽副議長二水:",
        "總質詢開始,請第一組開始質詢,司馬議員四海請發言。",
        "主席歐陽副議長二水:",
        "謝謝。",
    ]
    roles = record_roles(lines)
    chairs = [(role.name, role.title) for role in roles if role.role == CHAIR]
    assert chairs == [("方一山", "議長"), ("欧阳二水", "副議長")]
    assert [role.name for role in roles if role.role == SPEAKER] == ["司马四海", "唐五岳"]


def test_a_record_s_numbered_fields_with_gazette_names_and_a_full_stop() -> None:
    lines = [
        "鎮民代表會第12屆第7次定期會第3次會議紀錄",
        "一、時間:中華民國111年5月3日上午9時",
        "三、出席:方主席一山、林副主席二水、王代表三木。",
        "五、主席:方主席一山 紀錄:李四",
    ]
    roles = record_roles(lines)
    assert [(r.name, r.title) for r in roles if r.role == CHAIR] == [("方一山", "主席")]
    attendees = [r.name for r in roles if r.role == "attendee"]
    assert attendees == ["方一山", "林二水", "王三木"]
