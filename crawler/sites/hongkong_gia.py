"""Site profile: 香港特別行政區政府新聞公報 (Hong Kong government press releases, Chinese)."""

from crawler.sites.profile import FieldSelectors, SiteProfile

PROFILE = SiteProfile(
    name="hongkong-gia",
    city="香港",
    # The Chinese daily index (the one public crawlers of the site start from); the index of a
    # past day is /gia/general/YYYYMM/DDc.htm, an article /gia/general/YYYYMM/DD/P<number>.htm
    # (the Chinese edition of a release has its own P-number, next to the English one).
    start_urls=("https://www.info.gov.hk/gia/general/ctoday.htm",),
    article_url_pattern=r"^https?://www\.info\.gov\.hk/gia/general/\d{6}/\d{2}/P\d+\.htm$",
    list_url_pattern=r"^https?://www\.info\.gov\.hk/gia/general/\d{6}/\d{2}c\.htm$",
    allowed_domains=("www.info.gov.hk",),
    max_list_pages=2,
    timezone="Asia/Hong_Kong",
    # The release template: headline in div#PRHeadline > span#PRHeadlineSpan (sometimes split
    # into nested spans), text in span#pressrelease, which also holds the closing
    # "Ends/<date>" + "Issued at HKT hh:mm" and "NNNN" (generic boilerplate rules remove them).
    selectors=FieldSelectors(title="span#PRHeadlineSpan", body="span#pressrelease"),
    extra_boilerplate=("完", "新聞公報", "政府新聞網"),
    notes="Traditional script; titles are sometimes spaced out character by character.",
    unverified=(
        "Checked on 18 real press releases of the English edition (tests/fixtures/sites/"
        "hongkong-gia, 2019-12-31 to 2020-01-09, same template as the Chinese one): the"
        " template, the title and body selectors, the article URL pattern, the closing"
        " Ends/Issued at HKT/NNNN lines and a one-sentence release. Not checked: any Chinese"
        " page (its closing lines, spaced-out headlines), the Chinese list page ctoday.htm and"
        " its links (the start URL and list pattern come from public crawlers of the site, not"
        " from a saved page), and the live site today."
    ),
)
