"""Site profile: 上海市人民政府 — 上海要闻 (Shanghai municipal government news)."""

from crawler.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="shanghai-gov",
    city="上海",
    start_urls=("https://www.shanghai.gov.cn/nw4411/index.html",),
    # Articles live at /nw4411/YYYYMMDD/<hex id>.html; list pages at index.html, index_2.html …
    article_url_pattern=r"^https?://www\.shanghai\.gov\.cn/nw4411/\d{8}/[0-9a-zA-Z]+\.html$",
    list_url_pattern=r"^https?://www\.shanghai\.gov\.cn/nw4411/index(_\d+)?\.html$",
    allowed_domains=("www.shanghai.gov.cn",),
    max_list_pages=3,
    timezone="Asia/Shanghai",
    extra_boilerplate=("上海发布", "扫一扫在手机打开当前页"),
    notes="Simplified script; a Traditional copy is served by the big5 gateway of the portal.",
    unverified=(
        "Never checked against the live site. Public code shows PubDate written with U+2236"
        " (2023-08-19 10∶08) and 上海要闻 linking articles under other nodes (/nw12344/…)."
    ),
)
