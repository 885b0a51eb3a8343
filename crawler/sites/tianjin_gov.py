"""Site profile: 天津市人民政府 — 天津新闻 (Tianjin municipal government news)."""

from crawler.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="tianjin-gov",
    city="天津",
    start_urls=("https://www.tj.gov.cn/sy/tjxw/",),
    # Articles: /sy/tjxw/YYYYMM/tYYYYMMDD_<n>.html.
    article_url_pattern=r"^https?://www\.tj\.gov\.cn/sy/tjxw/\d{6}/t\d{8}_\d+\.html$",
    # Public code pages with index1.html, index2.html (no underscore); the portal's usual TRS
    # form index_1.html is accepted too until a live page says which one it is.
    list_url_pattern=r"^https?://www\.tj\.gov\.cn/sy/tjxw/(?:index(?:_?\d+)?\.html)?$",
    allowed_domains=("www.tj.gov.cn",),
    max_list_pages=2,
    timezone="Asia/Shanghai",
    # Disabled: the list's anchors are href="javascript:void(0)" with the article path only in
    # onclick="jumpToDetail('./YYYYMM/t….html')", and the crawl follows hrefs only.
    enabled=False,
    notes=(
        "Simplified script. Disabled until links can be taken from onclick: public code shows"
        ' the portal\'s list items as <div class="list-item clear"><span class="list-item-con">'
        '<a href="javascript:void(0)" onclick="jumpToDetail(\'./202607/t20260724_7341298.html\')'
        '">…</a></span><span class="list-item-date">2026-07-24</span></div> (a 2026 unit test'
        " of a Tianjin press-conference list, https://www.tj.gov.cn/sy/xwfbh/xwfbh_210907/;"
        " exact-string index file 60887075981) and a 2019 jsoup crawler reads the 天津新闻 list"
        " http://www.tj.gov.cn/sy/tjxw/ the same way (div.list-item.clear, the onclick after"
        ' "jumpToDetail(\'./", span.list-item-date), pages it as index.html, index1.html,'
        " index2.html … and reads articles' div.qt-title (title), div.xw-xtitle (source and"
        " time) and div.xw-txt (text) (index file 21909363926). Article URLs of the column:"
        " https://www.tj.gov.cn/sy/tjxw/202404/t20240411_6596937.html,"
        " …/202608/t20260823_7356881.html (index files 39017752814, 59799277369)."
        " Kira-yoshikage-d/spider-gov article_crawler/article_crawler/spiders/a天津.py at commit"
        " 1b0272a26dd008cfd8375bd35a087dae21255abe reads www.tj.gov.cn bodies from #zoom,"
        " #xlrllt or div.common-content, so no body selector is set. No public evidence of a"
        " 常务会议 column was found; 新闻发布会 (/sy/xwfbh/) is press conferences, not meetings."
        " Needed to enable: follow the path in an anchor's onclick=jumpToDetail('…') (a generic"
        " rule: a quoted relative .html path in onclick), or a link classifier that does."
    ),
    unverified=(
        "Never checked against the live site and no page of it is recorded. Written from public"
        " code only (see notes); which pagination form (index1.html or index_1.html) the list"
        " uses today is not settled by the evidence."
    ),
)
