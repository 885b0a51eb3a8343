"""Site profile: 香港特別行政區政府新聞公報 (Hong Kong government press releases, Chinese)."""

from crawler.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="hongkong-gia",
    city="香港",
    # The Chinese daily index; articles are /gia/general/YYYYMM/DD/P<number>.htm
    start_urls=("https://www.info.gov.hk/gia/general/today_c.htm",),
    article_url_pattern=r"^https?://www\.info\.gov\.hk/gia/general/\d{6}/\d{2}/P\d+\.htm$",
    list_url_pattern=r"^https?://www\.info\.gov\.hk/gia/general/\d{6}/\d{2}c\.htm$",
    allowed_domains=("www.info.gov.hk",),
    max_list_pages=2,
    timezone="Asia/Hong_Kong",
    extra_boilerplate=("完", "新聞公報", "政府新聞網"),
    notes="Traditional script; titles are sometimes spaced out character by character.",
    unverified=(
        "Never checked against the live site. Public crawlers start at gia/general/ctoday.htm,"
        " not today_c.htm; 18 real pages of the English edition (same template) show the title"
        " in span#PRHeadlineSpan, the body in span#pressrelease and an Ends/NNNN footer."
    ),
)
