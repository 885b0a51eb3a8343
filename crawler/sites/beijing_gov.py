"""Site profile: 北京市人民政府 首都之窗 — 要闻 and 领导活动 (Beijing municipal government)."""

from crawler.sites.profile import FieldSelectors, SiteProfile

# Both columns are pages of the portal's TRS publishing system: a list at <column>/index.html,
# further pages <column>/index_1.html, index_2.html …, articles <column>/YYYYMM/tYYYYMMDD_<n>.html.
_COLUMNS = r"(?:ywdt/yaowen|gongkai/ldhd)"

PROFILE = SiteProfile(
    name="beijing-gov",
    city="北京",
    start_urls=(
        "https://www.beijing.gov.cn/ywdt/yaowen/index.html",  # 要闻 (city news)
        "https://www.beijing.gov.cn/gongkai/ldhd/index.html",  # 领导活动 (leaders' activities)
    ),
    article_url_pattern=rf"^https?://www\.beijing\.gov\.cn/{_COLUMNS}/\d{{6}}/t\d{{8}}_\d+\.html$",
    list_url_pattern=rf"^https?://www\.beijing\.gov\.cn/{_COLUMNS}/index(?:_\d+)?\.html$",
    allowed_domains=("www.beijing.gov.cn",),
    max_list_pages=3,
    timezone="Asia/Shanghai",
    selectors=FieldSelectors(body="#mainText"),
    notes=(
        "Simplified script. No public code names a 常务会议 (executive meeting) column of the"
        " portal; 领导活动 (leaders' activities), which public code reads for officials' news, is"
        " crawled beside 要闻 as the nearest column, but that meeting reports are filed there is"
        " not evidenced. Evidence (public code, read, never run against the site): (1) the"
        " 要闻 list https://www.beijing.gov.cn/ywdt/yaowen/index.html is the Beijing entry of a"
        " hand-checked table of portal news columns (NEWS_SITE_URL_MAP; exact-string index file"
        " 53346191344, repository not resolved by the search tool); (2) 要闻 articles are linked"
        " as http://www.beijing.gov.cn/ywdt/yaowen/202211/t20221105_2852311.html (index file"
        " 21542492668) and sibling columns of 要闻动态 as /ywdt/gzdt/202412/t20241222_3970796.html"
        " and /ywdt/gqrd/202509/t20250909_4194699.html (index files 71597327905, 66845043731):"
        " YYYYMM directory, t + YYYYMMDD + _ + number; (3) 领导活动: a collector of officials'"
        " news builds https://www.beijing.gov.cn/gongkai/ldhd/index.html, index_1.html,"
        " index_2.html (buildPagedUrls, index file 54143361074) and keeps links whose title names"
        " a leader, dated from the list's last <span> (YYYY-MM-DD); (4) the index_N.html paging"
        " of the portal: scrapy spider province_laws_5 pages"
        " http://www.beijing.gov.cn/gongkai/zfxxgk/zc/gz/index_{}.html (index file 5602210117);"
        " (5) article template: DIYgod/RSSHub lib/routes/gov/beijing/index.ts at commit"
        " 01ea32ad2aad65ca8e4a6164097cb4874088abf2 reads list items from ul.list li / span"
        " (YYYY-MM-DD), the body from #mainText, the time from meta PubDate (which can hold two"
        " datetimes; the first is the one) and the source from meta ContentSource;"
        " Kira-yoshikage-d/spider-gov article_crawler/article_crawler/spiders/a北京.py at commit"
        " 21f5f178ac0758a389cfe0e842829b86d80f1e49 also reads #mainText on beijing.gov.cn pages."
        " RSSHub marks the route antiCrawler: true."
    ),
    unverified=(
        "Never checked against the live site and no page of it is recorded. Written from public"
        " code only (see notes). Not evidenced: the article URL shape under gongkai/ldhd (assumed"
        " to be the portal's YYYYMM/tYYYYMMDD_n.html shape seen in ywdt/yaowen, ywdt/gzdt,"
        " gongkai/rsxx), whether the 要闻 list links articles in other columns, and #mainText on"
        " 要闻 pages specifically."
    ),
)
