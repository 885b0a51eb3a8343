"""Site profile: 臺北市政府 市政新聞 (Taipei City Government news releases)."""

from crawler.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="taipei-gov",
    city="臺北",
    start_urls=("https://www.gov.taipei/News.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6",),
    article_url_pattern=r"^https?://www\.gov\.taipei/News_Content\.aspx\?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&s=[0-9A-F]+$",
    list_url_pattern=r"^https?://www\.gov\.taipei/News\.aspx\?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6(&page=\d+)?$",
    allowed_domains=("www.gov.taipei",),
    max_list_pages=2,
    timezone="Asia/Taipei",
    extra_boilerplate=("友善列印", "回上一頁", "分享至"),
    notes="Traditional script; dates in ROC years on some pages.",
    unverified=(
        "Never checked against the live site. Public crawlers page with"
        " News.aspx?n=…&sms=…&page=2&PageSize=20 and link articles with parameters in another"
        " order; dates are ROC years (發布日期：115-09-04)."
    ),
)
