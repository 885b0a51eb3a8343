"""The link classifier on pages written as strings: the government list shapes no saved page
covers (TRS ./YYYYMM/tYYYYMMDD_N.html, content_N.htm, art_N_M.html, News_Content.aspx?n=&s=),
menus, sidebars of 热点/推荐, footers, and every kind of next-page link."""

from __future__ import annotations

from crawler.links import classify_page, suggested_pattern
from crawler.links.shapes import has_identity, is_site_root, url_shape
from crawler.urls import url_matches

PAGE = "https://www.city.gov.cn/zwgk/ywdt/index.html"
NAV = "".join(
    f'<li><a href="/{path}/">{name}</a></li>'
    for path, name in [
        ("", "首页"),
        ("zwgk", "政务公开"),
        ("bsfw", "办事服务"),
        ("hdjl", "互动交流"),
        ("zjcs", "走进城市"),
        ("ywdt", "要闻动态"),
    ]
)
FOOTER = (
    '<div class="footer"><a href="/wzdt/">网站地图</a> <a href="/lxwm/">联系我们</a>'
    ' <a href="http://bszs.conac.cn/sitename?method=show&amp;id=1">党政机关</a>'
    " 主办单位：市人民政府办公室 网站标识码：1234000001</div>"
)
TITLES = [
    "市政府召开第十二次常务会议研究部署当前重点工作",
    "全市经济运行调度会召开 部署下阶段稳增长工作",
    "我市出台支持民营经济高质量发展若干措施",
    "市领导检查安全生产和森林防火工作",
    "2023年全市优化营商环境大会召开",
    "市政府与省属国有企业签署战略合作协议",
]


def page(items: str, extra: str = "", pager: str = "") -> bytes:
    html = (
        '<html><head><meta charset="utf-8"><title>要闻动态</title></head><body>'
        f'<div class="header"><ul class="nav">{NAV}</ul></div>'
        f'<div class="main"><div class="list">{items}</div>{pager}</div>'
        f"{extra}{FOOTER}</body></html>"
    )
    return html.encode("utf-8")


def ul(hrefs: list[str], titles: list[str] = TITLES) -> str:
    rows = "".join(
        f'<li><a href="{href}" target="_blank" title="{title}">{title}</a>'
        f"<span>2023-01-{day:02d}</span></li>"
        for day, (href, title) in enumerate(zip(hrefs, titles, strict=False), start=1)
    )
    return f"<ul>{rows}</ul>"


def test_trs_relative_links_are_the_articles_and_menus_footer_are_not() -> None:
    hrefs = [f"./2023{m:02d}/t2023{m:02d}05_{4000 + m}.html" for m in range(1, 7)]
    report = classify_page(page(ul(hrefs)), PAGE)
    assert report.article_links == tuple(
        f"https://www.city.gov.cn/zwgk/ywdt/2023{m:02d}/t2023{m:02d}05_{4000 + m}.html"
        for m in range(1, 7)
    )


def test_a_sidebar_of_hot_items_with_the_same_url_shape_is_left_out() -> None:
    hrefs = [f"/art/2023/1/{d}/art_1229_{500 + d}.html" for d in range(1, 7)]
    side_hrefs = [f"/art/2022/12/{d}/art_1229_{300 + d}.html" for d in range(1, 5)]
    side = f'<div class="side-hot"><h3>热点推荐</h3>{ul(side_hrefs, TITLES[2:])}</div>'
    report = classify_page(page(ul(hrefs), extra=side), PAGE)
    assert len(report.article_links) == 6
    assert all("art_1229_5" in url for url in report.article_links)


def test_a_long_directory_of_department_sites_does_not_outweigh_a_short_list() -> None:
    departments = "".join(
        f'<li><a href="http://dept{n}.city.gov.cn/">市第{n}委员会和办公室门户网站</a></li>'
        for n in range(60)
    )
    directory = f'<div class="dept-sites"><ul>{departments}</ul></div>'
    hrefs = [f"./202301/t20230105_{n}.html" for n in range(4)]
    report = classify_page(page(ul(hrefs), extra=directory), PAGE)
    assert len(report.article_links) == 4
    assert all("/t20230105_" in url for url in report.article_links)


def test_a_main_list_in_a_right_hand_column_beside_a_column_tree() -> None:
    tree = "".join(
        f'<li><a href="/zwgk/{c}/">{name}</a></li>'
        for c, name in [
            ("ywdt", "要闻动态"),
            ("tzgg", "通知公告"),
            ("zcwj", "政策文件"),
            ("rsxx", "人事信息"),
        ]
    )
    hrefs = [f"./202301/t20230105_{n}.html" for n in range(5)]
    hot = f'<div class="hot-news">{ul([f"/zwgk/ywdt/202212/t20221201_{n}.html" for n in range(6)])}</div>'
    body = f'<div class="left"><ul>{tree}</ul></div><div class="right">{ul(hrefs)}</div>{hot}'
    report = classify_page(page(body), PAGE)
    assert len(report.article_links) == 5
    assert all("t20230105_" in url for url in report.article_links)


def test_table_list_with_content_ids() -> None:
    rows = "".join(
        f'<tr><td><a href="/zwgk/content_{77000 + n}.htm">{title}</a></td><td>2023-02-0{n}</td></tr>'
        for n, title in enumerate(TITLES, start=1)
    )
    report = classify_page(page(f"<table><tbody>{rows}</tbody></table>"), PAGE)
    assert report.article_links[0] == "https://www.city.gov.cn/zwgk/content_77001.htm"
    assert len(report.article_links) == 6


def test_taipei_style_query_links_with_ids_in_parameters() -> None:
    base = "https://www.gov.taipei/News.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6"
    hrefs = [
        f"News_Content.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&s={n:016X}"
        for n in range(0xA96715627B83D670, 0xA96715627B83D676)
    ]
    titles = [
        "臺北市政府市政會議通過自治條例修正草案",
        "北市推動公共住宅興建計畫 今年完工三千戶",
        "市長出席跨年晚會記者會 宣布交通管制措施",
        "北市府公布防疫新措施 即日起實施",
        "臺北市社會住宅招租說明會 歡迎市民參加",
        "捷運環狀線北環段工程進度說明",
    ]
    report = classify_page(page(ul(hrefs, titles)), base)
    assert len(report.article_links) == 6
    assert report.article_links[0].startswith("https://www.gov.taipei/News_Content.aspx?")


def test_a_menu_only_page_has_no_articles() -> None:
    assert classify_page(page(""), PAGE).article_links == ()


def test_other_sites_articles_in_the_list_stay_and_their_short_links_go() -> None:
    hrefs = [f"./202301/t20230105_{n}.html" for n in range(6)]
    # a repost of the central government's article: an item of the list
    hrefs[2] = "https://www.gov.cn/yaowen/liebiao/202301/content_6735123.htm"
    titles = list(TITLES)
    # a partner's link with a short text and no id: not an article
    hrefs[4], titles[4] = "https://www.example.com/", "合作伙伴网站"
    report = classify_page(page(ul(hrefs, titles)), PAGE)
    assert "https://www.gov.cn/yaowen/liebiao/202301/content_6735123.htm" in report.article_links
    assert len(report.article_links) == 5
    assert not any("example.com" in url for url in report.article_links)


def test_a_profile_pattern_refines_the_list() -> None:
    hrefs = [f"./202301/t20230105_{n}.html" for n in range(4)] + [
        "/zt/2023/lh/index_201.html",
        "/zt/2023/yh/index_202.html",
    ]
    report = classify_page(page(ul(hrefs)), PAGE, article_pattern=r"/\d{6}/t\d{8}_\d+\.html$")
    assert len(report.article_links) == 4
    assert not report.pattern_outside_list


def test_a_profile_pattern_that_misses_the_list_takes_its_matches_elsewhere() -> None:
    hrefs = [f"./202301/t20230105_{n}.html" for n in range(6)]
    report = classify_page(page(ul(hrefs)), PAGE, article_pattern=r"/wzdt/$")
    assert report.article_links == ("https://www.city.gov.cn/wzdt/",)
    assert report.pattern_outside_list


HREFS = [f"./202301/t20230105_{n}.html" for n in range(6)]


def next_of(pager: str, url: str = PAGE) -> tuple[str, ...]:
    return classify_page(page(ul(HREFS), pager=pager), url).next_pages


def test_next_page_words_in_both_scripts_and_english() -> None:
    for word in ("下一页", "下一頁", "下頁", "Next", "next page", "下一页>", "›"):
        pager = f'<div class="page"><a href="index_1.html">首页</a><a href="index_2.html">{word}</a><a href="index_9.html">尾页</a></div>'
        assert next_of(pager) == ("https://www.city.gov.cn/zwgk/ywdt/index_2.html",), word


def test_last_and_first_page_links_are_not_next() -> None:
    pager = '<div class="page"><a href="index.html">首页</a><a href="index_40.html">尾页</a><a href="index_40.html">&gt;&gt;</a><a href="index_40.html">最后一页</a></div>'
    assert next_of(pager) == ()


def test_numbered_pager_gives_the_page_after_the_current_one() -> None:
    pager = '<div class="pages"><a href="index.html">1</a><span class="current">2</span><a href="index_3.html">3</a><a href="index_4.html">4</a></div>'
    assert next_of(pager, PAGE.replace("index", "index_2")) == (
        "https://www.city.gov.cn/zwgk/ywdt/index_3.html",
    )


def test_numbered_pager_on_the_first_page_and_page_parameters() -> None:
    url = "https://www.gov.taipei/News.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6"
    pager = "".join(
        f'<a href="News.aspx?n=F0DDAF49B89E9413&amp;sms=72544237BBE4C5F6&amp;page={n}&amp;PageSize=20">{n}</a>'
        for n in range(2, 6)
    )
    assert next_of(f"<div><b>1</b>{pager}</div>", url) == (
        "https://www.gov.taipei/News.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&page=2&PageSize=20",
    )


def test_numbered_pager_with_each_number_in_its_own_item_and_a_page_count() -> None:
    # TRS numbering: page 2 is index_1.html, so the URL alone would say "page 1"
    pager = (
        '<div class="page">共<span>17</span>页<ul><li><a href="index.html">1</a></li>'
        '<li class="active"><span>2</span></li><li><a href="index_2.html">3</a></li>'
        '<li><a href="index_3.html">4</a></li></ul></div>'
    )
    assert next_of(pager, PAGE.replace("index", "index_1")) == (
        "https://www.city.gov.cn/zwgk/ywdt/index_2.html",
    )


def test_a_calendar_of_numbered_days_elsewhere_is_no_pager() -> None:
    days = "".join(
        f'<a href="https://snapshot.city.gov.cn/2023/01/{d}.html">{d}</a>' for d in range(1, 9)
    )
    assert next_of(f"<div>{days}</div>") == ()


def test_trs_pager_written_by_script() -> None:
    script = '<script>var countPage = 12; createPageHTML(12, 0, "index", "html");</script>'
    assert next_of(script) == ("https://www.city.gov.cn/zwgk/ywdt/index_1.html",)
    last = '<script>createPageHTML(12, 11, "index", "html");</script>'
    assert next_of(last) == ()
    variables = (
        "<script>var currentPage = 2;//所在页从0开始\nvar countPage = 18//共多少页\n"
        'createPageHTML(countPage, currentPage, "index", "html");</script>'
    )
    assert next_of(variables) == ("https://www.city.gov.cn/zwgk/ywdt/index_3.html",)


def test_fragment_and_script_links_are_no_pages() -> None:
    pager = '<div><a href="#page=2">下一页</a><a href="javascript:void(0)" onclick="go(2)">下一页</a></div>'
    assert next_of(pager) == ()


def test_rel_next_link() -> None:
    assert next_of('<a rel="next" href="index_1.html">»</a>') == (
        "https://www.city.gov.cn/zwgk/ywdt/index_1.html",
    )


def test_link_rel_next_in_the_head_when_the_pager_does_not_say_next() -> None:
    head = '<link rel="prev" href="index.html"><link rel="next" href="/zwgk/ywdt/index_2.html">'
    html = page(ul(HREFS)).replace(b"</head>", head.encode() + b"</head>")
    url = PAGE.replace("index", "index_1")
    assert classify_page(html, url).next_pages == (
        "https://www.city.gov.cn/zwgk/ywdt/index_2.html",
    )
    # A pager link that says next is the page's visible word and comes first.
    pager = '<div class="page"><a href="index_5.html">下一页</a></div>'
    html = page(ul(HREFS), pager=pager).replace(b"</head>", head.encode() + b"</head>")
    assert classify_page(html, url).next_pages == (
        "https://www.city.gov.cn/zwgk/ywdt/index_5.html",
    )
    # A stylesheet or a link to the page itself is no next page.
    own = f'<link rel="stylesheet" href="a.css"><link rel="next" href="{url}">'
    html = page(ul(HREFS)).replace(b"</head>", own.encode() + b"</head>")
    assert classify_page(html, url).next_pages == ()


def test_url_identity_and_shape() -> None:
    assert has_identity("https://a.gov.cn/col/202301/t20230105_123.html")
    assert has_identity("https://zjj.wenzhou.gov.cn/art/2023/8/24/art_1229206191_4191896.html")
    assert has_identity(
        "https://www.gov.taipei/News_Content.aspx?n=F0DDAF49B89E9413&s=A96715627B83D676"
    )
    assert has_identity("http://www.city.gov.cn/info.aspx?id=8123")
    assert not has_identity("https://new.qq.com/ch/ent/")
    assert not has_identity("http://www.hr-fund.com.cn/fund/bond.html")
    assert is_site_root("http://dept1.city.gov.cn/") and is_site_root("https://a.cn/index.htm")
    assert not is_site_root("https://a.cn/index.htm?id=3")
    assert not is_site_root("https://a.cn/xw/index.html")
    assert url_shape("https://a.gov.cn/c/202301/t20230105_1.html") == url_shape(
        "https://a.gov.cn/c/202212/t20221230_98765.html"
    )
    assert url_shape("https://a.cn/x.aspx?id=1&p=2") == url_shape("https://a.cn/x.aspx?p=5&id=9")


def test_suggested_pattern_fits_the_list_and_not_the_menu() -> None:
    urls = [
        "https://www.city.gov.cn/zwgk/ywdt/202301/t20230105_4001.html",
        "https://www.city.gov.cn/zwgk/ywdt/202212/t20221230_3999.html",
        "https://www.city.gov.cn/zwgk/ywdt/202212/t20221229_3990.html",
    ]
    pattern = suggested_pattern(urls)
    assert pattern == r"^https?://www\.city\.gov\.cn/zwgk/ywdt/\d+/t\d+_\d+\.html$"
    assert not url_matches(pattern, "https://www.city.gov.cn/zwgk/ywdt/index_1.html")
    sections = [
        "https://news.163.com/20/0704/20/FGNHO51U0001899O.html",
        "https://ent.163.com/20/0703/08/FGJK9S3T00038FO9.html",
    ]
    assert all(url_matches(suggested_pattern(sections), url) for url in sections)
    taipei = [
        f"https://www.gov.taipei/News_Content.aspx?n=F0DDAF49B89E9413&s={n:016X}"
        for n in range(0xA96715627B83D670, 0xA96715627B83D673)
    ]
    assert all(url_matches(suggested_pattern(taipei), url) for url in taipei)
    assert suggested_pattern([]) == ""
