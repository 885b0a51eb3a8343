"""Site profile: 广州市人民政府 — 广州要闻 (Guangzhou municipal government news)."""

from crawler.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="guangzhou-gov",
    city="广州",
    start_urls=("https://www.gz.gov.cn/xw/gzyw/index.html",),
    # Articles of the portal's /xw/ columns: /xw/<column>/content/post_<n>.html, and mpost_<n>
    # for pages pushed from the open-government catalogue.
    article_url_pattern=r"^https?://www\.gz\.gov\.cn/xw/gzyw/content/m?post_\d+\.html$",
    list_url_pattern=r"^https?://www\.gz\.gov\.cn/xw/gzyw/(?:index(?:_\d+)?\.html)?$",
    allowed_domains=("www.gz.gov.cn",),
    max_list_pages=2,
    timezone="Asia/Shanghai",
    notes=(
        "Simplified script. Evidence (public code, never run against the site): DIYgod/RSSHub"
        " lib/routes/gov/gz/index.ts at commit 03dbedcbbdbd5405c706ce1b1ac78e802d0b11c7 reads"
        " https://www.gz.gov.cn/xw/gzyw/ (广州要闻; also jrtt 今日头条, tzgg 通知公告) as"
        " .news_list li with a[title] and the date in a <span>; lib/routes/gov/gz/xw.ts at"
        " commit fd32b7cde29b7b75b95b606249b1502ddf6d2ab7 names the columns. A Selenium"
        " collector reads http://www.gz.gov.cn/xw/gzyw/index.html for up to 100 pages by"
        " clicking 下页/下一页 (a.default_pgBtn.default_pgNext), i.e. the pager is script-driven"
        " and the index_N.html form here is an assumption (exact-string index file"
        " 20591443785). Article URL shape of the /xw/ columns: /xw/tzgg/content/"
        "post_10134789.html, /xw/zwlb/bmdt/content/post_10947463.html,"
        " /xw/zwlb/gqdt/hzq/content/mpost_10158751.html (index files 56198215827, 57386741613,"
        " 61316273092); no 广州要闻 article URL was seen, so gzyw/content/ is inferred. No public"
        " evidence of a 常务会议 list on www.gz.gov.cn was found."
    ),
    unverified=(
        "Never checked against the live site and no page of it is recorded. Written from public"
        " code only (see notes); the 广州要闻 article URL shape and the list's pagination are"
        " inferred, not evidenced."
    ),
)
