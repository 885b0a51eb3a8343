"""Credit lines in both scripts become metadata; content that mentions 记者 stays content."""

from __future__ import annotations

import random
import re

import pytest

from crawler.text.credits import (
    Credits,
    dedup_names,
    merge_credits,
    parse_credit_line,
    split_trailing_credit,
)
from crawler.text.credits.line import (
    _DATE,
    _JUNK,
    _PHOTO_MARK,
    _credit_marks,
    _credit_witnesses,
    _prepare,
    _strip_photo_mark,
)
from crawler.text.credits.spans import _TRAILING_BRACKET, _TRAILING_PLAIN, _trailing_matches
from crawler.text.nfkc import nfkc

C = Credits


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the seed, Traditional, ASCII colon
        ("攝影:陳正寶", C(photographers=["陳正寶"])),
        ("編輯:林欣", C(editors=["林欣"])),
        # several credits on one line, wide gaps
        ("来源：巴彦淖尔日报    编辑：苏亮", C(source="巴彦淖尔日报", editors=["苏亮"])),
        ("來源：巴彥淖爾日報　　編輯：蘇亮", C(source="巴彥淖爾日報", editors=["蘇亮"])),
        # reporters, with and without an organisation
        ("本报记者 张三 李四", C(authors=["张三", "李四"])),
        ("本報記者 陳大文、李小明 報道", C(authors=["陳大文", "李小明"])),
        ("新华社记者 王某", C(source="新华社", authors=["王某"])),
        ("□ 本报记者 葛灵丹", C(authors=["葛灵丹"])),
        ("本报记者张三", C(authors=["张三"])),
        ("记者 约翰·史密斯", C(authors=["约翰·史密斯"])),
        (
            "2019-03-18 23:59 聯合報 記者 陳嘉寧 ／桃園機場報導",
            C(source="聯合報", authors=["陳嘉寧"]),
        ),
        ("本报记者 张三 通讯员 李四", C(authors=["张三", "李四"])),
        ("作者：郭励弘", C(authors=["郭励弘"])),
        # editors in brackets, several names
        ("（责任编辑：张三）", C(editors=["张三"])),
        ("[责任编辑:王五]", C(editors=["王五"])),
        ("【責任編輯：王頔】", C(editors=["王頔"])),
        ("(责编：萧潇、张妍)", C(editors=["萧潇", "张妍"])),
        ("编辑|禤志杰", C(editors=["禤志杰"])),
        ("编辑：王 军", C(editors=["王军"])),
        ("责任编辑： 龙慧", C(editors=["龙慧"])),
        ("编辑：张三，李四", C(editors=["张三", "李四"])),
        ("编辑：张三/李四", C(editors=["张三", "李四"])),
        ("審核：市政府辦公室", C(editors=["市政府辦公室"])),
        ("校对：王五  审核：赵六", C(editors=["王五", "赵六"])),
        # sources mixed with dates and page widgets
        ("来源：人民网 2022-02-11 09:52", C(source="人民网")),
        ("发布时间：2020-10-09 来源：市政府办公厅", C(source="市政府办公厅")),
        ("發佈日期：2020年10月9日 來源：市政府辦公廳", C(source="市政府辦公廳")),
        ("2022年02月13日07:48 | 来源： 新华日报", C(source="新华日报")),
        ("2019-08-13 14:07 来源：澎湃新闻·澎湃号·政务", C(source="澎湃新闻·澎湃号·政务")),
        ("来源|广州参考、广州南沙发布、羊城晚报", C(source="广州参考、广州南沙发布、羊城晚报")),
        ("版权声明  来源：当代商报 时间：2019-09-23 14:34:05 作者：", C(source="当代商报")),
        ("信息来源： 省发改委", C(source="省发改委")),
        ("来源于： 东区办事处", C(source="东区办事处")),
        ("来源：市政府 浏览次数：1234 【字体：大 中 小】", C(source="市政府")),
        ("稿源：ＸＸ日报", C(source="XX日报")),
        # photographers
        ("张三 摄", C(photographers=["张三"])),
        ("陈正宝/摄", C(photographers=["陈正宝"])),
        ("刘通摄", C(photographers=["刘通"])),
        ("張三 攝影", C(photographers=["張三"])),
        ("摄影记者 张三", C(photographers=["张三"])),
        ("通讯员刘娟 摄", C(photographers=["刘娟"])),
        ("▲广州日报全媒体图片记者黎旭阳、李妍摄", C(photographers=["黎旭阳", "李妍"])),
        ("圖/文：張三", C(authors=["張三"], photographers=["張三"])),
        ("文/张三 图/李四", C(authors=["张三"], photographers=["李四"])),
    ],
)
def test_credit_lines(line: str, expected: Credits) -> None:
    assert parse_credit_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "记者从市政府获悉，今年将新建学校10所。",
        "记者了解到",
        "记者来到现场",
        "記者：請問這次會議的重點是什麼？",
        "记者：好，谢谢。",
        "市委书记李强在会上接受记者采访时指出，要加快推进重点项目建设，确保全年目标任务完成。",
        "东方网记者曹磊5月13日报道：2024年5月19日是第14个中国旅游日，各景区开展门票半价活动",
        "稿事编辑部",
        "-- 给编辑写信",
        "更多編輯台推薦新聞：",
        "进行拍摄",
        "资金来源多样化",
        "（资料来源：参考消息、海外网等）",
        "图为山西品牌丝路行启动仪式。",
        "分享到：",
        "编辑：",
        "【字体：大 中 小】",
        "浏览次数：123",
        "",
        "　",
        "中央社記者邱俊欽桃園傳真 105年3月19日",
        "來源：" + "很長的來源" * 10,
    ],
)
def test_content_and_bare_labels_are_not_credits(line: str) -> None:
    assert parse_credit_line(line) is None


def test_long_lines_are_never_credit_lines() -> None:
    line = "编辑：张三 " + "　" * 0 + "来源：" + "某某" * 30
    assert parse_credit_line(line) is None


@pytest.mark.parametrize(
    ("paragraph", "kept", "credits"),
    [
        ("今天下午举行会议。(记者 张三)", "今天下午举行会议。", C(authors=["张三"])),
        ("今天下午舉行會議。（記者 陳大文）", "今天下午舉行會議。", C(authors=["陳大文"])),
        (
            "图为山西品牌丝路行（南美站）启动仪式。（刘通摄）",
            "图为山西品牌丝路行（南美站）启动仪式。",
            C(photographers=["刘通"]),
        ),
        (
            "10月4日，旅游专列开往襄阳。 通讯员刘娟 摄",
            "10月4日，旅游专列开往襄阳。",
            C(photographers=["刘娟"]),
        ),
        (
            "会议要求各部门抓好落实。（责任编辑：王五）",
            "会议要求各部门抓好落实。",
            C(editors=["王五"]),
        ),
    ],
)
def test_split_trailing_credit(paragraph: str, kept: str, credits: Credits) -> None:
    assert split_trailing_credit(paragraph) == (kept, credits)


@pytest.mark.parametrize(
    "paragraph",
    [
        "市长说（见附件）",
        "雨游黄鹤楼照样开心。城市摄影队 周斌 摄",
        "（记者 张三）",  # a whole credit line is parse_credit_line's job
        "会议由市长主持（市政府办公厅承办）",
        "他表示。张强说",
        "普通段落，没有署名。",
    ],
)
def test_split_trailing_credit_leaves_content(paragraph: str) -> None:
    assert split_trailing_credit(paragraph) == (paragraph, None)


def test_merge_credits_keeps_order_and_dedups_across_scripts() -> None:
    a = C(source="", authors=["张三"], editors=["林欣"], photographers=["陳正寶"])
    b = C(source="人民网", authors=["李四", "张三"], editors=["林欣"], photographers=["陈正宝"])
    merged = merge_credits(a, b)
    assert merged == C(
        source="人民网", authors=["张三", "李四"], editors=["林欣"], photographers=["陳正寶"]
    )
    assert merge_credits(C(source="新华社"), C(source="人民网")).source == "新华社"


def test_dedup_names() -> None:
    assert dedup_names(["張三", "张三", "", "李四"]) == ["張三", "李四"]


def test_names_are_clean() -> None:
    assert parse_credit_line("编辑：张三。") == C(editors=["张三"])
    assert parse_credit_line("（记者 张三；通讯员 李四）") == C(authors=["张三", "李四"])
    credits = parse_credit_line("记者 张三 李四等")
    assert credits == C(authors=["张三", "李四"])
    credits = parse_credit_line("来源：人民网 2022-02-11 09:52:30")
    assert credits == C(source="人民网")


def test_witnesses_cover_every_character_whose_nfkc_holds_a_mark() -> None:
    witnesses = _credit_witnesses()
    for code in range(0x10000):
        char = chr(code)
        if _credit_marks().search(nfkc(char)):
            assert witnesses.search(char), hex(code)


# Marks and their compatibility forms (⽂ is a Kangxi radical, 文 after NFKC), brackets,
# digits of both widths, spaces, sentence ends, 摄 and newlines: the cases the shortcuts
# in credits/line.py and credits/spans.py reason about.
_ALPHABET = list(
    "记者編輯文⽂图圖張三摄攝影（）()【】。！？!?；:：|/ \n\u3000１2020-年月日ᄀ\u1161\u0301𠮷\ue5c2"
)


def _random_texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 24))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(2))
def test_credit_shortcuts_match_their_plain_definitions(seed: int) -> None:
    for text in _random_texts(seed):
        if _credit_marks().search(nfkc(text)):
            assert _credit_witnesses().search(text), ascii(text)
        stripped = _PHOTO_MARK.sub("", text)
        assert _strip_photo_mark(text) == (stripped != text, stripped.strip(_JUNK)), ascii(text)
        plain = re.sub(
            r"[()（）\[\]［］【】〔〕〖〗{}｛｝<>《》〈〉「」『』\ue000-\uf8ff]",
            " ",
            nfkc(text).strip(),
        )
        assert _prepare(nfkc(text))[0] == _DATE.sub(" ", plain).strip(_JUNK), ascii(text)
        right = text.rstrip()
        found = [_TRAILING_BRACKET.search(right), _TRAILING_PLAIN.search(right)]
        expected = [m.span() for m in found if m is not None]
        assert [m.span() for m in _trailing_matches(right)] == expected, ascii(text)


# Labels of older portals and government disclosure pages ---------------------------------


def test_drafters_are_authors_in_both_scripts() -> None:
    names = ["闵乐夫", "赵兰波", "刘韬"]
    assert parse_credit_line("执笔人：闵乐夫 赵兰波 刘韬") == Credits(authors=names)
    traditional = parse_credit_line("執筆人：閔樂夫 趙蘭波 劉韜")
    assert traditional is not None and len(traditional.authors) == 3


def test_markup_printed_by_a_broken_template_is_no_source() -> None:
    assert parse_credit_line('来源： size="20"') is None
    assert parse_credit_line('來源：size="20"') is None


def test_a_work_taken_from_a_publication_names_its_source() -> None:
    assert parse_credit_line("作者： 赵婕 出自 [人民文学]") == Credits(
        source="人民文学", authors=["赵婕"]
    )
    assert parse_credit_line("作者： 趙婕 出自《人民文學》") == Credits(
        source="人民文學", authors=["趙婕"]
    )


def test_the_issuing_authority_of_a_government_document_is_its_source() -> None:
    # Government disclosure pages (政府信息公开) list it in the table above the document.
    assert parse_credit_line("发文机关：吉林省人民政府") == Credits(source="吉林省人民政府")
    assert parse_credit_line("發文機關：臺北市政府") == Credits(source="臺北市政府")
