"""crawler/extract/byline.py: the poster of a forum thread's first post, read from the author
cell beside it (Discuz X, Discuz 7, phpwind, profile links), never from the repliers' cells."""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_article

_TEXT = "这是楼主的第一篇帖子，写得很长。" * 12
_REPLY = "回复的内容比较短，但也有好几句话。" * 3


def _thread(first_post: str, reply: str) -> bytes:
    return f"""<html><head><title>论坛 - 一个帖子</title></head><body>
<div id="nav">首页 &gt; 论坛 &gt; 板块</div>{first_post}{reply}</body></html>""".encode()


_DISCUZ_X = (
    '<div id="post_1"><table><tr><td class="pls"><div class="pi"><div class="authi">'
    '<a href="home.php?mod=space&amp;uid=7" class="xw1">{name}</a></div></div></td>'
    '<td class="plc"><div class="pi"><div class="authi"><em>发表于 2012-3-4 10:00</em></div>'
    '</div><div class="t_fsz"><table><tr><td class="t_f">{text}</td></tr></table></div></td>'
    "</tr></table></div>"
)
_DISCUZ_7 = (
    '<div id="post1"><table><tr><td class="postauthor"><div class="postinfo">'
    '<a href="space.php?uid=7">{name}</a></div></td><td class="postcontent">'
    '<div class="postmessage"><div class="t_msgfont">{text}</div></div></td></tr></table></div>'
)
_PHPWIND = (
    '<div class="read_t"><table><tr><td class="floot_left"><div class="readName b">'
    '<a href="u.php?uid=7">{name}</a></div></td><td class="floot_right">'
    '<div class="tpc_content">{text}</div></td></tr></table></div>'
)


@pytest.mark.parametrize("layout", [_DISCUZ_X, _DISCUZ_7, _PHPWIND], ids=["discuz-x", "d7", "pw"])
@pytest.mark.parametrize("name", ["duscha", "芊草凡凡", "高山流水"])
def test_the_first_posts_author_cell_names_the_poster(layout: str, name: str) -> None:
    page = _thread(
        layout.format(name=name, text=_TEXT),
        layout.format(name="replier9", text=_REPLY).replace("post", "reply"),
    )
    article = extract_article(page, "http://bbs.example.com/thread-1-1-1.html")
    assert article.paragraphs[0].startswith("这是楼主的第一篇帖子")
    assert article.authors == [name]


def test_a_cell_holding_no_name_alone_is_not_read() -> None:
    cell = '<td class="postauthor"><div>本帖最后由 管理员 于 2012-3-4 编辑</div></td>'
    page = _thread(f"<table><tr>{cell}<td><div>{_TEXT}</div></td></tr></table>", "")
    assert extract_article(page, "http://bbs.example.com/t.html").authors == []
