"""Room: extract — is this response a block or error page rather than the page asked for?

Sites that refuse a crawler often answer HTTP 200 with a small page from their firewall or an
error template. Extraction then reports "no body", and the run summary would blame the site's
markup; naming it "blocked" sends the user to the real cause (rate, user agent, IP range).

Two signs, each cheap: a known block or error phrase on a small page, and a start page (a news
list, which always holds many links) that is nearly empty. An empty page further down a list is
not a sign: pagination often ends on one.
"""

from __future__ import annotations

import re

# Pages larger than this are real pages that may quote a phrase below, never a block page.
SMALL_PAGE_CHARS = 3000
# A news list page always has more text and more links than this.
NEARLY_EMPTY_CHARS = 200
NEARLY_EMPTY_LINKS = 3

# Phrases of common web application firewalls and error templates (Chinese, both scripts, and
# English), matched case-insensitively on the page's visible text.
BLOCK_PHRASES = (
    "访问被拒绝",
    "訪問被拒絕",
    "拒绝访问",
    "拒絕訪問",
    "拒絕存取",
    "访问被阻断",
    "訪問被阻斷",
    "已被拦截",
    "已被攔截",
    "请求已被拦截",
    "网站防火墙",
    "網站防火牆",
    "安全威胁",
    "安全威脅",
    "访问过于频繁",
    "訪問過於頻繁",
    "请求过于频繁",
    "請求過於頻繁",
    "请输入验证码",
    "請輸入驗證碼",
    "系統忙碌",
    "系统繁忙",
    "服务器繁忙",
    "伺服器忙碌",
    "網頁發生錯誤",
    "网页发生错误",
    "access denied",
    "request rejected",
    "the requested url was rejected",
    "you don't have permission to access",
    "attention required",
    "too many requests",
    "please enable javascript and cookies",
    "checking your browser",
    "service unavailable",
)
_BLOCK_PHRASE = re.compile("|".join(re.escape(phrase) for phrase in BLOCK_PHRASES), re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def block_reason(visible_text: str, link_count: int, *, start_page: bool) -> str | None:
    """Why this page looks like a block or error page, in words, or None when it does not.

    `visible_text` is the page's text as a reader sees it (title included); `link_count` the
    number of links on it; `start_page` whether it is a list page the profile starts from.
    """
    text = _SPACE.sub(" ", visible_text).strip()
    if len(text) <= SMALL_PAGE_CHARS:
        found = _BLOCK_PHRASE.search(text)
        if found:
            return f"a block or error page ({found.group(0)!r} on a page of {len(text)} characters)"
    if start_page and len(text) < NEARLY_EMPTY_CHARS and link_count < NEARLY_EMPTY_LINKS:
        return (
            f"a nearly empty start page ({len(text)} characters, {link_count} links) "
            "where a news list was expected"
        )
    return None
