"""Site profile: 澳門特別行政區政府新聞局 (Macao Government Information Bureau news)."""

from crawler.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="macao-gcs",
    city="澳門",
    start_urls=("https://www.gcs.gov.mo/list/zh-hant/news/",),
    article_url_pattern=r"^https?://www\.gcs\.gov\.mo/detail/zh-hant/N\w+$",
    allowed_domains=("www.gcs.gov.mo",),
    max_list_pages=1,
    timezone="Asia/Macau",
    enabled=False,  # its list page is rendered by JavaScript; kept as a layout reference
    notes="Disabled: the list is filled by JavaScript from an API; needs a site-specific spider.",
    unverified="Never checked against the live site; written from the site's published layout.",
)
