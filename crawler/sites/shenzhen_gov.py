"""Site profile: 深圳市人民政府 深圳政府在线 — 政务动态 (Shenzhen municipal government news)."""

from crawler.sites.profile import FieldSelectors, SiteProfile

PROFILE = SiteProfile(
    name="shenzhen-gov",
    city="深圳",
    start_urls=("https://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/",),
    # Articles: /cn/xxgk/zfxxgj/zwdt/content/post_<n>.html (mpost_<n> for catalogue pages).
    article_url_pattern=r"^https?://www\.sz\.gov\.cn/cn/xxgk/zfxxgj/zwdt/content/m?post_\d+\.html$",
    # Public code pages the column as index.htm, index_1.htm … index_20.htm.
    list_url_pattern=r"^https?://www\.sz\.gov\.cn/cn/xxgk/zfxxgj/zwdt/(?:index(?:_\d+)?\.html?)?$",
    allowed_domains=("www.sz.gov.cn",),
    max_list_pages=2,
    timezone="Asia/Shanghai",
    selectors=FieldSelectors(body="div.news_cont_d_wrap"),
    notes=(
        "Simplified script. Evidence (public code, never run against the site): a scrapy"
        " spider (exact-string index file 23594321065) starts from"
        " http://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/ with index.htm and index_1.htm …"
        " index_20.htm, reads list rows' span[2]/a (title, relative href) and span[3] dates"
        " written YYYY年MM月DD日; DIYgod/RSSHub lib/routes/gov/shenzhen/xxgk/zfxxgj.ts at commit"
        " 03dbedcbbdbd5405c706ce1b1ac78e802d0b11c7 reads sibling columns of /cn/xxgk/zfxxgj/"
        " (tzgg …) as div.zx_ml_list ul li span.tit a, the article body from"
        " div.news_cont_d_wrap and the time from .tit span:nth-child(2) after"
        " '信息提供日期：'. Article URLs of the column:"
        " https://www.sz.gov.cn/cn/xxgk/zfxxgj/zwdt/content/post_10370323.html,"
        " …/content/post_11970344.html, …/content/mpost_12761252.html (index files 65870224588,"
        " 68305793346, 62501150434). No public evidence of a 常务会议 list was found; leaders'"
        " activity pages live per leader under /cn/xxgk/zfxxgj/sldzc/szfld/<name>/jqhd/"
        " (content/mpost_12193340.html, index file 40348505389), which a profile cannot list"
        " without naming people."
    ),
    unverified=(
        "Never checked against the live site and no page of it is recorded. Written from public"
        " code (see notes) and one real article page of the portal read through the search"
        " index but not recorded (no git snapshot of its repository could be had, so its bytes"
        " could not be copied exactly): cscoheru/china-platform"
        " data/public_archives/2026-08/sz.gov.cn/sample.html at commit"
        " ce2700f3db4f046de756fb0f9bdf97c9225bdd2d, the gazette page"
        " https://www.sz.gov.cn/zfgb/2025/gb1374/content/post_12212437.html. It shows the"
        " portal's article template: meta ArticleTitle, ContentSource and pubDate (lower-case"
        " p, date only: 2025-06-04), div.tit > h1 for the title, div.tit > h6 spans"
        " '信息来源：…' and '信息提供日期：2025-06-04', the body in div.news_cont_d_wrap (tables"
        " as images), and a commented-out block with '发布日期：2025-06-04 16:40'. It is not a"
        " 政务动态 page; whether the list is served as index.htm or index.html today is not"
        " settled, so both are accepted."
    ),
)
