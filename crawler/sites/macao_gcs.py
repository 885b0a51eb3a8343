"""Site profile: 澳門特別行政區政府新聞局 (Macao Government Information Bureau news)."""

from crawler.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="macao-gcs",
    city="澳門",
    # The bureau's RSS feed of the news list (the list page itself is filled by script); the
    # spider reads a feed's items as article links (crawler/links/feeds.py).
    start_urls=("https://govinfohub.gcs.gov.mo/api/rss/n/zh-hant",),
    # Articles: /detail/zh-hant/N<10 letters and digits>, e.g. N26DNTyiSY.
    article_url_pattern=r"^https?://www\.gcs\.gov\.mo/detail/zh-hant/N\w+$",
    allowed_domains=("govinfohub.gcs.gov.mo", "www.gcs.gov.mo"),
    max_list_pages=1,
    timezone="Asia/Macau",
    notes=(
        "Traditional script. Crawled from the feed: www.gcs.gov.mo/list/zh-hant/news/ is filled"
        " by script."
        " The API public code reads instead is the bureau's RSS 2.0 feed"
        " https://govinfohub.gcs.gov.mo/api/rss/n/zh-hant (zh-hans for Simplified):"
        " john-fb-agent/govmo-news src/rss_parser.py (RSSParser, default rss_url) reads it with"
        " feedparser, and data/raw/rss_20260414_151035.xml at commit"
        " 97bf6d6f863eebe30f88b6509a373ba2988f5eb3 is one saved response, recorded in"
        " tests/fixtures/sites/macao-gcs/: 24 items, <link> = <guid> ="
        " https://www.gcs.gov.mo/detail/zh-hant/N26DNTyiSY …, <pubDate> ISO 8601 with +08:00"
        " (2026-04-14T09:55:00+08:00), <dc:date> the same instant in UTC, <description> the"
        " article's HTML. Other collectors read the list page with a headless browser"
        " (puppeteer, networkidle0) or use the same feed as fallback (exact-string index files"
        " 22558599978, 22875414682). Support needed to enable it, no site-specific spider:"
        " a feed list mode in the generic spider (a start URL answered with RSS/Atom XML"
        " yields its item links as article links, matched by article_url_pattern as today);"
        " the start URL then becomes the feed. The feed's <description> already holds each"
        " article's text, which would save the article fetch but would bypass the page"
        " archive, so fetching the linked page is the better use."
    ),
    unverified=(
        "Never checked against the live site. One saved response of the RSS feed (2026-04-14)"
        " is recorded and checks the article URL pattern; no article page of www.gcs.gov.mo"
        " is recorded, so the article template (title, date, body) is not checked."
    ),
)
