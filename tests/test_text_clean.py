"""The cleaning stage on plain paragraphs and on Article items."""

from __future__ import annotations

import pytest

from crawler.items import Article
from crawler.processing.stages import clean_article
from crawler.text.clean import (
    clean_paragraphs,
    repair_spaced_text,
    strip_paragraph,
)

LONG = "市委常委会今天召开会议，研究部署下一阶段重点工作，要求各区各部门切实抓好落实，确保各项任务按期完成。"
LONG2 = (
    "会议强调，要坚持稳中求进工作总基调，统筹发展和安全，推动经济实现质的有效提升和量的合理增长。"
)


@pytest.mark.parametrize(
    ("title", "repaired"),
    [
        ("财 政 司 司 长", "财政司司长"),
        ("財 政 司 司 長 出 席 活 動", "財政司司長出席活動"),
        ("2024 財　政　預　算　案", "2024財政預算案"),
        ("从 优 质 教 育 基 金 中 拨 出 2 亿 元 来 资 助", "从优质教育基金中拨出2亿元来资助"),
        ("今 日 （星 期 一） 上 午 出 席 APEC 会 议", "今日（星期一）上午出席APEC会议"),
        ("王 军 出席会议", "王 军 出席会议"),  # two spaced characters: could be a name
        ("习近平 李强 出席", "习近平 李强 出席"),
        ("I am a B C", "I am a B C"),
        ("平鎮輪胎行惡火  疏散7人1女命喪", "平鎮輪胎行惡火  疏散7人1女命喪"),
        ("Hello World", "Hello World"),
    ],
)
def test_repair_spaced_text(title: str, repaired: str) -> None:
    assert repair_spaced_text(title) == repaired


def test_strip_paragraph() -> None:
    assert strip_paragraph("\u3000\u3000正文。\u00a0 ") == "正文。"
    assert strip_paragraph("\ufeff\u200b正文\u200b") == "正文"


def test_clean_paragraphs_full_page() -> None:
    paragraphs = [
        "\u3000\u3000",
        "市政府召开常务会议",
        "发布时间：2020-10-09 10:00 来源：市政府办公厅",
        "【字体：大 中 小】",
        "\u3000\u3000" + LONG,
        "一、总体要求",
        LONG2 + "（记者 张三）",
        "市政府召开常务会议",
        "图为会议现场。（李四 摄）",
        "责任编辑：王五",
        "【打印本页】【关闭窗口】",
        "相关新闻：",
        "市长调研重点项目",
        "本市发布防汛预警",
    ]
    result = clean_paragraphs("市政府召开常务会议", paragraphs)
    assert result.paragraphs == [LONG, "一、总体要求", LONG2, "图为会议现场。"]
    assert result.headings == [1]
    assert result.removed_banners == 2
    assert result.credits.source == "市政府办公厅"
    assert result.credits.authors == ["张三"]
    assert result.credits.photographers == ["李四"]
    assert result.credits.editors == ["王五"]
    assert result.removed_boilerplate == [
        "【字体：大 中 小】",
        "【打印本页】【关闭窗口】",
        "相关新闻：",
        "市长调研重点项目",
        "本市发布防汛预警",
    ]
    assert result.removed_credits == [
        "发布时间：2020-10-09 10:00 来源：市政府办公厅",
        "（记者 张三）",
        "（李四 摄）",
        "责任编辑：王五",
    ]


def test_content_mentioning_credits_and_sharing_survives() -> None:
    paragraphs = [
        "记者从市政府获悉，今年将新建学校10所，新增学位2万个，进一步缓解入学难问题。",
        "分享经验是提高效率的好方法",
        "市民纷纷在朋友圈分享这一好消息，称赞政府办实事、解难题。",
    ]
    result = clean_paragraphs("标题", paragraphs)
    assert result.paragraphs == paragraphs
    assert result.credits.is_empty()


def test_known_headings_are_reindexed_and_merged() -> None:
    paragraphs = ["标题", "分享到：", "会议要点", LONG, "二、工作安排", LONG2]
    result = clean_paragraphs("标题", paragraphs, known_headings=[2])
    assert result.paragraphs == ["会议要点", LONG, "二、工作安排", LONG2]
    assert result.headings == [0, 2]  # 2 -> 0 from HTML, 2 from the text's shape
    removed_heading = clean_paragraphs("标题", paragraphs, known_headings=[0, 1])
    assert removed_heading.headings == [0, 2]


def test_extra_phrases_and_site_banners() -> None:
    paragraphs = ["本站声明", LONG, "本网讯", LONG2, "本网讯"]
    result = clean_paragraphs(
        "标题", paragraphs, extra_phrases=["本站聲明"], site_banner_keys={"本网讯"}
    )
    # A site line is taken off the body's edges only; between paragraphs it is the text's own.
    assert result.paragraphs == [LONG, "本网讯", LONG2]
    assert result.removed_boilerplate == ["本站声明"]
    assert result.removed_site_lines == ["本网讯"] and result.removed_banners == 0


def test_no_title_takes_first_line() -> None:
    result = clean_paragraphs("  ", ["  第一行标题  ", LONG])
    assert result.title == "第一行标题"
    assert result.paragraphs == [LONG]
    assert result.removed_banners == 1


def test_empty_input() -> None:
    result = clean_paragraphs("", [])
    assert (result.title, result.paragraphs, result.headings) == ("", [], [])


def test_deterministic() -> None:
    paragraphs = ["标题", LONG, "聚焦两会", "聚焦两会", "聚焦两会", "编辑：张三", LONG2]
    assert clean_paragraphs("标题", paragraphs) == clean_paragraphs("标题", paragraphs)


def test_clean_article() -> None:
    article = Article(
        url="https://example.gov.cn/a.html",
        title="财 政 司 司 长 出 席 会 议",
        paragraphs=["财政司司长出席会议", "会议要点", LONG, "编辑：林欣 来源：政府新闻处", LONG2],
        headings=[1],
        authors=["张三"],
        editors=["林欣"],
        removed={"selectors": ["div.share"]},
    )
    cleaned = clean_article(article, extra_phrases=["本站声明"])
    assert cleaned.title == "财政司司长出席会议"
    assert cleaned.paragraphs == ["会议要点", LONG, LONG2]
    assert cleaned.headings == [0]
    assert cleaned.content == "\n\n".join(cleaned.paragraphs)
    assert cleaned.source == "政府新闻处"
    assert cleaned.authors == ["张三"]
    assert cleaned.editors == ["林欣"]
    assert cleaned.removed == {
        "selectors": ["div.share"],
        "repeated_title_banners": 1,
        "boilerplate": [],
        "credits": ["编辑：林欣 来源：政府新闻处"],
    }
    assert cleaned.url == article.url
    assert article.title == "财 政 司 司 长 出 席 会 议"  # the input is not modified


def test_no_title_skips_leading_furniture() -> None:
    result = clean_paragraphs("", ["分享到：", "来源：人民网", "市政府召开常务会议", LONG])
    assert result.title == "市政府召开常务会议"
    assert result.paragraphs == [LONG]
    assert result.credits.source == "人民网"


def test_repeated_boilerplate_and_credits_are_classified_before_repeats() -> None:
    paragraphs = [LONG, *["分享至好友和朋友圈"] * 4, *["编辑：张三"] * 3, LONG2]
    result = clean_paragraphs("标题", paragraphs)
    assert result.paragraphs == [LONG, LONG2]
    assert result.removed_banners == 0
    assert result.removed_boilerplate == ["分享至好友和朋友圈"] * 4
    assert result.credits.editors == ["张三"]
