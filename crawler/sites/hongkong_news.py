"""Site profile: 香港政府新聞網 news.gov.hk (Hong Kong government news, Chinese)."""

from crawler.sites.profile import FieldSelectors, SiteProfile

PROFILE = SiteProfile(
    name="hongkong-news",
    city="香港",
    # The 政府架構 (admin) category feed. The category pages (/chi/categories/<c>/index.html)
    # are filled by script, so the feed is the only list a crawler can read.
    start_urls=("https://www.news.gov.hk/tc/categories/admin/html/articlelist.rss.xml",),
    # Articles: /chi/YYYY/MM/YYYYMMDD/YYYYMMDD_HHMMSS_<nnn>.html (the time of issue, HKT).
    article_url_pattern=r"^https?://www\.news\.gov\.hk/chi/\d{4}/\d{2}/\d{8}/\d{8}_\d{6}_\d{3}\.html$",
    allowed_domains=("www.news.gov.hk",),
    max_list_pages=1,
    timezone="Asia/Hong_Kong",
    selectors=FieldSelectors(
        title="h1.news-title", body=".newsdetail-content", date="span.news-date"
    ),
    # Disabled: the crawl reads links from HTML anchors; an RSS feed has <link> elements.
    enabled=False,
    notes=(
        "Traditional script. Disabled until the crawl can read an RSS 2.0 list (item <link>"
        " elements, not <a href>). Evidence (public code, never run against the site):"
        " category pages such as https://www.news.gov.hk/chi/categories/covid19/index.html are"
        " filled by script: collectors call a JSON endpoint under /js… with language=chi,"
        " category=…, max, returnCnt and that page as referer (exact-string index files"
        " 40305051407, 39747650659) or drive a browser (19952381150). The feeds:"
        " Wolverinewuilam/OpenClaw skills/hk_news/hk_gov_rss_sources.md at commit"
        " 8c06cdb139a90306e727c8f200a10ae61a26be30 lists"
        " https://www.news.gov.hk/en/categories/admin/html/articlelist.rss.xml and the other"
        " category feeds (English); a source table marks"
        " news.gov.hk/tc/categories/{admin,environment,finance,health,infrastructure,law_order}"
        "/html/articlelist.rss.xml as tested, Traditional Chinese (index file 71350930429)."
        " Article URLs: https://www.news.gov.hk/chi/2026/08/20260817/20260817_150017_056.html"
        " (an item of the top-stories feed https://www.news.gov.hk/tc/common/html/"
        "topstories.rss.xml, index file 61630818277), …/chi/2021/04/20210401/"
        "20210401_182214_863.html (index file 30652846038). Article template:"
        " TsinamLeung/news-scraper Model/news_govhk.js at commit"
        " 1af88b21f47f36de668c3700471a1f6526a31b7c reads h1.news-title, span.news-date and"
        " .newsdetail-content. Meetings: the Chief Executive's remarks before the Executive"
        " Council (行政長官出席行政會議前見傳媒) are issued as press releases, which the"
        " hongkong-gia profile crawls; no public list of ExCo or LegCo meeting reports was"
        " found that this crawl could read. Needed to enable: the feed list mode macao-gcs"
        " needs too (a start URL answered with RSS XML yields its item <link>s as article"
        " links); nothing specific to this site."
    ),
    unverified=(
        "Never checked against the live site and no page of it is recorded. Written from public"
        " code only (see notes): the selectors come from one third-party scraper, the start"
        " feed's Chinese path (tc/categories/admin) from a source table, not a saved feed."
    ),
)
