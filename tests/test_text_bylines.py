"""Bylines inside running text, in both scripts: trailing signatures, bare names, datelines,
organisations joined by "·", author elements; and sentences that merely mention a reporter,
which stay content. The cases are the shapes of real pages in tests/fixtures/real (100-116)."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.text.clean import clean_paragraphs
from crawler.text.credits import (
    Credits,
    bare_names,
    lead_credits,
    parse_credit_line,
    parse_info_line,
    parse_signature,
    split_trailing_credit,
)

C = Credits


@pytest.mark.parametrize(
    ("paragraph", "kept", "credits"),
    [
        # a name, a place and the verb of the report
        (
            "所有的改革难道不都是利益再分配的过程吗？”（姚峰 上海报道）",
            "所有的改革难道不都是利益再分配的过程吗？”",
            C(authors=["姚峰"]),
        ),
        ("將進一步釐清死因。（王煌忠／台中報導）", "將進一步釐清死因。", C(authors=["王煌忠"])),
        ("将进一步厘清死因。（王煌忠／台中报道）", "将进一步厘清死因。", C(authors=["王煌忠"])),
        # page furniture glued after the signature in the same block
        (
            "將進一步釐清死因。（王煌忠／台中報導）《蘋果》關心你",
            "將進一步釐清死因。《蘋果》關心你",
            C(authors=["王煌忠"]),
        ),
        # bare names after a sentence, padded or not
        (
            "过一个平安、祥和、温馨、廉洁的新春佳节。（常书香 马丹阳 ）",
            "过一个平安、祥和、温馨、廉洁的新春佳节。",
            C(authors=["常书香", "马丹阳"]),
        ),
        (
            "過一個祥和的新春佳節。（常書香 馬丹陽）",
            "過一個祥和的新春佳節。",
            C(authors=["常書香", "馬丹陽"]),
        ),
        (
            "南美站活动将在阿根廷举行。（张巨峰）",
            "南美站活动将在阿根廷举行。",
            C(authors=["张巨峰"]),
        ),
        # a reporter with an organisation, labelled
        (
            "起到极大推动作用。（总台记者 张倩）",
            "起到极大推动作用。",
            C(source="总台", authors=["张倩"]),
        ),
        (
            "推動雲南工業高質量發展。（記者 胡曉蓉）",
            "推動雲南工業高質量發展。",
            C(authors=["胡曉蓉"]),
        ),
        # a contributing office closing a government story
        (
            "总体全县投资结构趋稳趋优。（德清县发改局）",
            "总体全县投资结构趋稳趋优。",
            C(source="德清县发改局"),
        ),
        (
            "全縣投資結構趨穩趨優。（德清縣發改局）",
            "全縣投資結構趨穩趨優。",
            C(source="德清縣發改局"),
        ),
        ("(文/图 刘玺东 易赛楠)", "(文/图 刘玺东 易赛楠)", None),  # a line of its own: not here
    ],
)
def test_trailing_bylines(paragraph: str, kept: str, credits: Credits | None) -> None:
    assert split_trailing_credit(paragraph) == (kept, credits)


@pytest.mark.parametrize(
    "paragraph",
    [
        "会议由市长主持（黄浦区）",  # no sentence before the bracket
        "会议在市区举行。（黄浦区）",  # a place, not a person
        "新闻发布会在北京举行。（新华社 北京报道）",  # an agency is no person's name
        "详见附件。（见附件）",
        "全文完。（完）",
        "他说明天再谈。（笑）",
        "“我们继续努力。”（王府井大街）",  # four characters, but a street name after a quote
        "记者从会上获悉，项目已开工。",
    ],
)
def test_brackets_that_are_not_bylines_stay(paragraph: str) -> None:
    assert split_trailing_credit(paragraph) == (paragraph, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # organisations joined by "·" before 记者, "/文" and a picture credit after the name
        (
            "顶端新闻·河南商报记者马俊峰/文受访者供图",
            C(source="顶端新闻·河南商报", authors=["马俊峰"]),
        ),
        ("頂端新聞·河南商報記者馬俊峰/文", C(source="頂端新聞·河南商報", authors=["馬俊峰"])),
        ("整合 新华日报·交汇点记者 徐睿翔", C(source="新华日报·交汇点", authors=["徐睿翔"])),
        ("整合 新華日報·交匯點記者 徐睿翔", C(source="新華日報·交匯點", authors=["徐睿翔"])),
        ("新京报记者 彭冲 山东冠县报道", C(source="新京报", authors=["彭冲"])),
        ("記者林悅／南市報導", C(authors=["林悅"])),
        ("光明日报记者 王建宏 张文攀", C(source="光明日报", authors=["王建宏", "张文攀"])),
        (
            "(文/图 刘玺东 易赛楠)",
            C(authors=["刘玺东", "易赛楠"], photographers=["刘玺东", "易赛楠"]),
        ),
        ("记者 张三 整理", C(authors=["张三"])),  # compiled by the reporter
        # a column in 《》, a contributor of the copy, 采写
        ("《棱镜》作者 周纯", C(source="棱镜", authors=["周纯"])),
        ("《稜鏡》作者 周純", C(source="稜鏡", authors=["周純"])),
        (
            "医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳",
            C(source="医技药剂党支部、药剂科", editors=["苏芳"], photographers=["张艳"]),
        ),
        ("采写：南都记者 余毅菁 李雪妮", C(authors=["余毅菁", "李雪妮"])),
        ("採寫：南都記者 余毅菁 李雪妮", C(authors=["余毅菁", "李雪妮"])),
        # a name with a known surname lends it to the others of its list (向 is no surname here)
        ("采写：南都记者 余毅菁 向雪妮", C(authors=["余毅菁", "向雪妮"])),
        ("記者 余毅菁 向雪妮", C(authors=["余毅菁", "向雪妮"])),
        # old portals' info lines: a name before 来源, a dispatch place, an intern
        ("[ 黄宇 ] 来源：[ 国际金融报 ]", C(source="国际金融报", authors=["黄宇"])),
        ("本报记者罗科苏盈发自北京", C(authors=["罗科苏盈"])),
        ("本報記者羅科蘇盈發自北京", C(authors=["羅科蘇盈"])),
        ("本报实习生 刘国栋 周炜", C(authors=["刘国栋", "周炜"])),
        ("张三 摄影", C(photographers=["张三"])),
        ("今天 来源：国际金融报", None),
        ("记者 张三 了解到", None),
        ("本报记者 张三 来到现场", None),
        ("棱镜作者 周纯", None),  # an unquoted word before 作者 is no publication
    ],
)
def test_credit_lines_with_organisations_and_marks(line: str, expected: Credits | None) -> None:
    assert parse_credit_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "郭荣梅告诉顶端新闻·河南商报记者，和民乐团一起前行的日子",
        "在聊到处理学生身上的“问题”时，顶端新闻·河南商报记者发现了很有趣的一点。",
        "郭榮梅告訴頂端新聞·河南商報記者，和民樂團一起前行的日子",
        "记者近日从西藏自治区农业农村厅召开的全区农牧业工作会议上了解到",
        "整理房间",
    ],
)
def test_sentences_mentioning_a_reporter_are_content(line: str) -> None:
    assert parse_credit_line(line) is None
    assert split_trailing_credit(line) == (line, None)


def test_signatures_and_bare_names() -> None:
    assert parse_signature("姚峰 上海报道") == C(authors=["姚峰"])
    assert parse_signature("記者 陳嘉寧 ／桃園機場報導") == C(authors=["陳嘉寧"])
    assert parse_signature("新華社 北京報導") is None
    assert parse_signature("姚峰 上海") is None
    assert bare_names("謝明俊") == C(authors=["謝明俊"])
    assert bare_names("中时电子报") is None
    assert bare_names("黄浦区") is None
    assert bare_names("张三 李四 王五 赵六") is None  # more than three: a list, not a byline


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅了解到",
            C(source="新华社", authors=["格桑边觉"]),
        ),
        (
            "據新華社拉薩電（記者 格桑邊覺）記者近日從西藏自治區農業農村廳了解到",
            C(source="新華社", authors=["格桑邊覺"]),
        ),
        (
            "新华社乌鲁木齐5月9日电（记者邹伟）中共中央政治局常委",
            C(source="新华社", authors=["邹伟"]),
        ),
        ("长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半", C(source="长江网", authors=["陈智"])),
        ("（中央社記者邱俊欽桃園19日電）桃園市平鎮區", C(source="中央社", authors=["邱俊欽"])),
        ("东方网记者曹磊5月13日报道：2024年5月19日是", C(source="东方网", authors=["曹磊"])),
        (
            "本站讯（职工通讯员 李琴雯 刘会）为深入推进党建与业务工作紧密结合",
            C(authors=["李琴雯", "刘会"]),
        ),
        ("本站訊（職工通訊員 李琴雯 劉會）為深入推進黨建", C(authors=["李琴雯", "劉會"])),
        # a reporter's credit in brackets opening the lead (Taiwanese papers)
        ("〔記者張三／台北報導〕台北市昨天發生一起車禍", C(authors=["張三"])),
        ("【記者陳大文／台北即時報導】台北市政府今天宣布", C(authors=["陳大文"])),
        ("〔记者张三／北京报道〕北京市昨天发布通知", C(authors=["张三"])),
        ("〔即時新聞／綜合報導〕台北市萬華區", C()),
        # several labels in a wire dateline's brackets; 消息 as the wire verb
        ("本报讯（记者 张三 通讯员 李四）昨天，市政府召开会议", C(authors=["张三", "李四"])),
        ("本報訊（記者張三 通訊員李四）昨天，市政府召開會議", C(authors=["張三", "李四"])),
        ("央广网北京2月13日消息（记者 文静）昨天", C(source="央广网", authors=["文静"])),
        ("（上）市政府召开常务会议", C()),
        ("记者近日从西藏自治区农业农村厅了解到，2021年", C()),
        ("据了解（记者 注：数据截至上月）", C()),
    ],
)
def test_lead_datelines(lead: str, expected: Credits) -> None:
    assert lead_credits([lead]) == expected


def test_info_lines() -> None:
    assert parse_info_line("石佳/中国青年报") == [C(source="中国青年报", authors=["石佳"])]
    assert parse_info_line("2019-09-24 09:10") == []
    assert parse_info_line("来源：太原晚报 作者：刘涛") == [C(source="太原晚报", authors=["刘涛"])]
    # an unknown label shares the line: its labelled segments are read one by one
    assert parse_info_line("阅读数 12 来源：太原晚报 作者：刘涛") == [
        C(source="太原晚报"),
        C(authors=["刘涛"]),
    ]


def test_cleaning_moves_bylines_to_credits_and_keeps_mentions() -> None:
    result = clean_paragraphs(
        "书记市长这一周",
        [
            "郭荣梅告诉顶端新闻·河南商报记者，和民乐团一起前行的日子，虽然有些辛苦。",
            "要坚定不移深化改革创新，加快打造高质量发展动力源。",
            "整合 新华日报·交汇点记者 徐睿翔",
            "所有的改革难道不都是利益再分配的过程吗？”（姚峰 上海报道）",
        ],
    )
    assert result.paragraphs == [
        "郭荣梅告诉顶端新闻·河南商报记者，和民乐团一起前行的日子，虽然有些辛苦。",
        "要坚定不移深化改革创新，加快打造高质量发展动力源。",
        "所有的改革难道不都是利益再分配的过程吗？”",
    ]
    assert result.credits == C(source="新华日报·交汇点", authors=["徐睿翔", "姚峰"])
    assert result.removed_credits == ["整合 新华日报·交汇点记者 徐睿翔", "（姚峰 上海报道）"]


def test_a_signature_inside_a_block_is_cut_out_and_recorded() -> None:
    result = clean_paragraphs("墜樓", ["檢警將釐清死因。（王煌忠／台中報導）《蘋果》關心你"])
    assert result.paragraphs == ["檢警將釐清死因。《蘋果》關心你"]
    assert result.removed_credits == ["（王煌忠／台中報導）"]
    assert result.credits == C(authors=["王煌忠"])


def page(header: str, jsonld_author: str = "") -> bytes:
    jsonld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        f'{{"@type": "Person", "name": "{jsonld_author}"}}}}</script>'
        if jsonld_author
        else ""
    )
    html = (
        f"<html><head><title>北市士林年邁母子 住處上吊自殺身亡</title>{jsonld}</head><body>"
        "<header class='article-header'><h1>北市士林年邁母子 住處上吊自殺身亡</h1>"
        f"<div class='meta-info'>{header}</div></header>"
        "<div class='article-body'><p>北市士林區葫蘆街一處民宅，16日下午1時48分驚傳一對母子在陽台"
        "儲物間自殺，消防局據報派出人車趕往，發現都已無呼吸心跳。</p>"
        "<p>家屬要求還是送往新光醫院及馬偕醫院急救，警方正在調查原因。</p></div>"
        "<div class='comments'><span class='comment-author'>王小明</span></div>"
        "</body></html>"
    )
    return html.encode("utf-8")


def test_an_author_element_names_the_author_over_metadata() -> None:
    header = (
        "<div class='source'>中時</div><div class='author'><a href='/reporter/899'>謝明俊</a></div>"
    )
    article = extract_article(page(header, "陳昱光"), "https://www.chinatimes.com/a.html")
    assert article.authors == ["謝明俊"]


def test_a_reporter_link_alone_is_an_author_element() -> None:
    header = "<span>2018/09/16</span><a href='/reporter/12'>陳大文</a>"
    assert extract_article(page(header), "https://example.com.tw/a.html").authors == ["陳大文"]


def test_metadata_names_the_author_when_the_page_does_not() -> None:
    article = extract_article(page("<span>2018/09/16</span>", "陳昱光"), "https://x.tw/a.html")
    assert article.authors == ["陳昱光"]


def test_commenters_are_not_authors() -> None:
    article = extract_article(page("<span>2018/09/16</span>"), "https://x.tw/a.html")
    assert article.authors == []


def meta_page(author_meta: str, credit: str) -> bytes:
    html = (
        f"<html><head><title>市政府召开常务会议</title><meta name='author' content='{author_meta}'>"
        "</head><body><h1>市政府召开常务会议</h1><div class='info'>2020-10-09 18:37</div>"
        "<div class='article'><p>10月9日，市长主持召开市政府常务会议，研究部署重点工作。</p>"
        "<p>会议指出，要扎实做好民生保障，确保各项任务落到实处。</p></div>"
        f"<div class='foot'>{credit}</div></body></html>"
    )
    return html.encode("utf-8")


def test_a_meta_author_counts_beside_an_editor_named_on_the_page() -> None:
    article = extract_article(
        meta_page("张三", "责任编辑：王五"), "http://www.example.gov.cn/a.html"
    )
    assert (article.authors, article.editors) == (["张三"], ["王五"])


def test_a_meta_author_who_is_the_page_s_editor_is_not_an_author() -> None:
    article = extract_article(
        meta_page("王五", "责任编辑：王五"), "http://www.example.gov.cn/a.html"
    )
    assert (article.authors, article.editors) == ([], ["王五"])


def test_an_icon_glyph_and_a_bracket_split_across_lines_do_not_hide_an_info_line() -> None:
    # Old 搜狐 info bar: "2004年7月16日08:19 [ 黄宇 ]<icon> 来源：[" + "国际金融报" + "]"
    html = (
        "<html><head><title>劳伦斯：一个无法定义的洛克菲勒</title></head><body>"
        "<h1>劳伦斯：一个无法定义的洛克菲勒</h1>"
        "<div>2004年7月16日08:19 [ 黄宇 ]\ue5c2 来源：[<a href='/s'>国际金融报</a>]</div>"
        "<div class='text'><p>他是一个无法定义的人，金融界对他的评价从来众说纷纭，没有定论。</p>"
        "<p>本文介绍他的生平与投资理念，以及他对市场的影响。</p></div></body></html>"
    )
    article = extract_article(html.encode("utf-8"), "http://business.sohu.com/a.html")
    assert (article.authors, article.source) == (["黄宇"], "国际金融报")


def test_a_label_glued_to_the_last_name_of_a_lead_bracket_is_cut_off() -> None:
    credits = lead_credits(["本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁，正是花季的年龄"])
    assert credits.authors == ["樊亮", "张明超", "惠禾"]
