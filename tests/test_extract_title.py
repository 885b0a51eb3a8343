"""crawler.extract.title: TRS meta, the heading matching <title>, suffixes, spaced-out titles."""

from __future__ import annotations

import pytest

from crawler.extract.dom import meta_contents, parse_html
from crawler.extract.title import extract_title, strip_site_suffix, unspace_title


def title_of(html: str, selector: str = "") -> tuple[str, str]:
    root = parse_html(html)
    result = extract_title(root, meta_contents(root), selector)
    return result.title, result.evidence


def test_trs_article_title_meta_with_markup_inside() -> None:
    html = (
        "<html><head><title>为现代化建设凝聚力量_巴彦淖尔市人民政府网</title>"
        '<meta name="ArticleTitle" content="为现代化建设凝聚力量<div>——热烈祝贺开幕</div>">'
        "</head><body><p>正文</p></body></html>"
    )
    assert title_of(html) == ("为现代化建设凝聚力量——热烈祝贺开幕", "meta:articletitle")


def test_heading_that_matches_the_title_beats_a_logo_h1() -> None:
    html = (
        "<html><head><title>山西品牌丝路行正式启动 - 山西省人民政府门户网站</title></head>"
        "<body><h1>山西省人民政府门户网站</h1><h2>山西品牌丝路行正式启动</h2></body></html>"
    )
    assert title_of(html) == ("山西品牌丝路行正式启动", "heading:h2")


def test_title_classed_block_when_there_is_no_heading() -> None:
    html = (
        "<html><head><title>潘卓辉一行到众创金融街调研 东区办事处_中山网</title></head><body>"
        '<td class="title">首页</td><span class="newstitle">潘卓辉一行到众创金融街调研</span>'
        "</body></html>"
    )
    assert title_of(html) == ("潘卓辉一行到众创金融街调研", "heading:span")


def test_og_title_loses_its_site_suffix() -> None:
    html = (
        "<html><head><title>x</title>"
        '<meta property="og:title" content="平鎮輪胎行惡火  疏散7人1女命喪 | 社會 | 中央社 CNA">'
        "</head><body><p>正文</p></body></html>"
    )
    assert title_of(html) == ("平鎮輪胎行惡火 疏散7人1女命喪", "og:title")


def test_title_element_minus_suffix_as_last_resort() -> None:
    html = "<html><head><title>最新滚动新闻_网易新闻中心</title></head><body><p>x</p></body></html>"
    assert title_of(html) == ("最新滚动新闻", "title")


def test_profile_selector_first() -> None:
    html = (
        "<html><head><title>市府新聞稿 - 臺北市政府</title></head><body>"
        '<h3 class="news">臺北市推動綠色運輸計畫</h3></body></html>'
    )
    assert title_of(html, "h3.news") == ("臺北市推動綠色運輸計畫", "selector")
    assert title_of(html, "//h3/text()") == ("臺北市推動綠色運輸計畫", "selector")


def test_spaced_out_hong_kong_title() -> None:
    html = (
        "<html><head><title>财 政 司 司 长 出 席 立 法 会 会 议 的 谈 话 全 文 </title></head>"
        "<body><h2>财 政 司 司 长 出 席 立 法 会 会 议 的 谈 话 \n 全 文</h2></body></html>"
    )
    assert title_of(html) == ("财政司司长出席立法会会议的谈话全文", "heading:h2")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("財 政 司 司 長", "財政司司長"),
        ("从 优 质 教 育 基 金 中 拨 出 2 亿 元", "从优质教育基金中拨出2亿元"),
        (
            "李强在新疆调研时强调 彰显特色优势 提高开放水平",
            "李强在新疆调研时强调 彰显特色优势 提高开放水平",
        ),
        ("记者 张三 李四", "记者 张三 李四"),
        ("HK 2030 Plus 規 劃 研 究", "HK 2030 Plus規劃研究"),
    ],
)
def test_unspace_title(raw: str, expected: str) -> None:
    assert unspace_title(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "外媒眼中的武汉长假：蓬勃发展_首页武汉_新闻中心_长江网_cjn.cn",
            "外媒眼中的武汉长假：蓬勃发展",
        ),
        ("女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网 ", "女儿出嫁，郑板桥画了几笔兰花当嫁妆"),
        ("李强在新疆调研 促进长治久安-新华网", "李强在新疆调研 促进长治久安"),
        ("血濺桃機 他把老婆丟下樓再跳樓 | 焦點事件 | 聯合新聞網", "血濺桃機 他把老婆丟下樓再跳樓"),
        ("1-10月德清县固定资产投资结构趋稳趋优", "1-10月德清县固定资产投资结构趋稳趋优"),
        ("新闻中心-腾讯网", "新闻中心"),
        ("中山网_潘卓辉一行到众创金融街开展调研工作", "潘卓辉一行到众创金融街开展调研工作"),
        ("上海市召开优化营商环境大会 - 上海市人民政府", "上海市召开优化营商环境大会"),
        ("Title | Site", "Title"),
        ("Typhoon signal No. 8 lowered - RTHK", "Typhoon signal No. 8 lowered"),
        (
            "新年伊始，习近平的重要文章谈了啥？_中南海_澎湃新闻-The Paper",
            "新年伊始，习近平的重要文章谈了啥？",
        ),
        # A hyphen joining two Latin words is a compound word, never a site separator.
        (
            "Public hospital daily update on Wuhan-related cases",
            "Public hospital daily update on Wuhan-related cases",
        ),
        (
            "Suspected case tests negative for MERS-CoV",
            "Suspected case tests negative for MERS-CoV",
        ),
        ("Hong Kong-Zhuhai-Macao Bridge opens", "Hong Kong-Zhuhai-Macao Bridge opens"),
        (
            "Public hospital daily update on Wuhan-related cases | GovHK",
            "Public hospital daily update on Wuhan-related cases",
        ),
    ],
)
def test_strip_site_suffix(raw: str, expected: str) -> None:
    assert strip_site_suffix(raw) == expected


def test_a_site_name_the_page_states_is_cut_after_any_separator() -> None:
    sites = ("RTHK News",)
    assert strip_site_suffix("Typhoon signal lowered-RTHK News", sites) == "Typhoon signal lowered"
    assert (
        strip_site_suffix("Typhoon signal lowered-RTHK News") == "Typhoon signal lowered-RTHK News"
    )
    # A title too short to tell from a site name by length alone ("站点名_标题" layouts).
    assert strip_site_suffix("标题 - 上海市人民政府", ("上海市人民政府",)) == "标题"
    # Without a separator the name is part of the title's own words.
    assert strip_site_suffix("Live on RTHK News", sites) == "Live on RTHK News"


def test_hyphenated_og_title_is_kept_whole_and_og_site_name_is_cut() -> None:
    whole = (
        "<html><head><title>x</title>"
        '<meta property="og:title" content="Public hospital daily update on Wuhan-related cases">'
        "</head><body><p>The following is issued on behalf of the Hospital Authority.</p>"
        "</body></html>"
    )
    assert title_of(whole) == ("Public hospital daily update on Wuhan-related cases", "og:title")
    named = (
        '<html><head><meta property="og:site_name" content="RTHK News">'
        "<title>Typhoon signal No. 8 lowered-RTHK News</title></head>"
        "<body><p>The Observatory lowered the signal.</p></body></html>"
    )
    assert title_of(named) == ("Typhoon signal No. 8 lowered", "title")
