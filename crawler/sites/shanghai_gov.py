"""Site profile: 上海市人民政府 — 上海要闻 (Shanghai municipal government news)."""

from crawler.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="shanghai-gov",
    city="上海",
    start_urls=("https://www.shanghai.gov.cn/nw4411/index.html",),
    # Articles live at /<node>/YYYYMMDD/<hex id>.html, and the 上海要闻 list links items kept
    # under other nodes than its own nw4411 (nw12344, cnq…), so any node is accepted.
    article_url_pattern=r"^https?://www\.shanghai\.gov\.cn/[a-z]+\d*/\d{8}/[0-9a-zA-Z]+\.html$",
    # index.html, index_1.html …; the pager is written by script (TRS createPageHTML), which
    # the link classifier reads (crawler/links/pagination.py).
    list_url_pattern=r"^https?://www\.shanghai\.gov\.cn/nw4411/index(_\d+)?\.html$",
    allowed_domains=("www.shanghai.gov.cn",),
    max_list_pages=3,
    timezone="Asia/Shanghai",
    extra_boilerplate=("上海发布", "扫一扫在手机打开当前页"),
    notes=(
        "Simplified script; a Traditional copy is served by the big5 gateway of the portal."
        " Evidence (issue 16 and public code found with the search tools): a public Scrapy"
        " spider of the site pages the list as /nw4411/index_N.html and takes article links"
        " containing /nw4411/20…; public pages cite its articles as"
        " /nw4411/20240417/479731e035004c3e9a03dd6c5cfe3099.html and, under another node,"
        " /cnq/20230824/3672e702721245ebaa47e9f1631e6e80.html; issue 16 reports 上海要闻 items"
        " under /nw12344/…, which the old pattern (/nw4411/ only) dropped, and a pager that may"
        " be built by script."
    ),
    unverified=(
        "Never checked against the live site. Public code shows PubDate written with U+2236"
        " (2023-08-19 10∶08) and 上海要闻 linking articles under other nodes (/nw12344/…)."
    ),
)
