"""Site profile: 臺北市政府 市政新聞 (Taipei City Government news releases)."""

from crawler.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="taipei-gov",
    city="臺北",
    start_urls=("https://www.gov.taipei/News.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6",),
    # Parameters are matched in any order and `sms` (the sub-menu, which says nothing about
    # the article) may be missing: see crawler/urls.py url_matches.
    article_url_pattern=(
        r"^https?://www\.gov\.taipei/News_Content\.aspx\?n=F0DDAF49B89E9413"
        r"(&sms=72544237BBE4C5F6)?&s=[0-9A-F]+$"
    ),
    list_url_pattern=(
        r"^https?://www\.gov\.taipei/News\.aspx\?n=F0DDAF49B89E9413"
        r"(&sms=72544237BBE4C5F6)?(&page=\d+)?(&PageSize=\d+)?$"
    ),
    allowed_domains=("www.gov.taipei",),
    max_list_pages=2,
    timezone="Asia/Taipei",
    # One article linked with and without sms is one document.
    drop_query_params=("sms",),
    extra_boilerplate=("友善列印", "回上一頁", "分享至"),
    notes=(
        "Traditional script; dates in ROC years on some pages. Evidence for the patterns"
        " (issue 16, and public code found with the search tools): the start URL is the one a"
        " public crawler of the site opens (News.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6);"
        " public crawlers page it with News.aspx?n=…&sms=…&page=2&PageSize=20, which the old"
        " list pattern `(&page=\\d+)?$` never matched; public pages cite its articles as"
        " News_Content.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&s=…, as …&s=…&sms=… (another"
        " order) and as n=F0DDAF49B89E9413&s=… (no sms), which the old article pattern rejected."
    ),
    unverified=(
        "Never checked against the live site. The patterns come from the public links described"
        " in the notes; dates are ROC years (發布日期：115-09-04); when blocked the site answers"
        " HTTP 200 with a ~3 KB error page."
    ),
)
