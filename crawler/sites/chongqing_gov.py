"""Site profile: 重庆市人民政府 — 今日重庆 (Chongqing municipal government news)."""

from crawler.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="chongqing-gov",
    city="重庆",
    start_urls=("https://www.cq.gov.cn/ywdt/jrcq/",),
    # Articles: /ywdt/jrcq/YYYYMM/tYYYYMMDD_<n>.html.
    article_url_pattern=r"^https?://www\.cq\.gov\.cn/ywdt/jrcq/\d{6}/t\d{8}_\d+\.html$",
    list_url_pattern=r"^https?://www\.cq\.gov\.cn/ywdt/jrcq/(?:index(?:_\d+)?\.html)?$",
    allowed_domains=("www.cq.gov.cn",),
    max_list_pages=2,
    timezone="Asia/Shanghai",
    notes=(
        "Simplified script. Evidence (public code and saved links, never run against the"
        " site): the 今日重庆 list https://www.cq.gov.cn/ywdt/jrcq/index.html is read statically"
        ' ("最近 72 小时（静态）") by a daily news collector (exact-string index file'
        ' 70843467744) and is the Chongqing entry ("今日重庆—市级要闻") of a hand-checked table'
        " of portal news columns (index file 53346191344); articles of the column are cited as"
        " https://www.cq.gov.cn/ywdt/jrcq/202111/t20211125_10030692.html,"
        " …/202404/t20240413_13128165.html, …/202604/t20260407_15591308.html,"
        " …/202606/t20260626_15778151.html (index files 58694701966, 68315016784, 65930628226,"
        " 58748109395). A requests script reads the column's page count from"
        ' //*[@id="page"]/span[1] (index file 43200400416), so the pager exists in the HTML;'
        " the index_N.html form is the TRS convention of the sibling portals, not seen for this"
        " column. Article template of the same CMS family: DIYgod/RSSHub"
        " lib/routes/gov/chongqing/gzw.ts at commit 08e360a02bc60c6095d40d9cf56bdc1169a19bd8"
        " (gzw.cq.gov.cn) reads meta ArticleTitle, PubDate, ContentSource and the body"
        " div.trs_paper_default; the generic extractor reads those metas. No public evidence"
        " of a 常务会议 list on www.cq.gov.cn was found."
    ),
    unverified=(
        "Never checked against the live site and no page of it is recorded. Written from public"
        " code only (see notes); the pagination form and the article template of"
        " www.cq.gov.cn itself are not evidenced."
    ),
)
