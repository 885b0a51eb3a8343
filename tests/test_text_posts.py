"""crawler/text/credits/posts.py: forum and blog poster stamps and essay signatures, by hand."""

from __future__ import annotations

import pytest

from crawler.text.credits import (
    Credits,
    foot_signature,
    head_signature,
    nickname,
    poster_credits,
)


@pytest.mark.parametrize(
    ("line", "poster"),
    [
        # Forum footers: the board's stamp after the post (乐趣园, NetEase), in both scripts.
        ("本贴由 大卫 于2005年8月12日16:12:21在〖 心灵体操 〗发表.", "大卫"),
        ("本貼由 大衛 於2005年8月12日16:12:21在〖 心靈體操 〗發表.", "大衛"),
        ("】是大卫在2005年8月12日16:10:13发表", "大卫"),
        ("〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓", "duscha"),
        ("〓 網易娛樂 明星話題 發佈時間 2005/03/15 22:36:13 by duscha 〓", "duscha"),
        # Blogs: "posted by", "由…张贴", "… 发表于 <date>".
        ("由海姑娘张贴 @ 2005-06-14 03:25:55", "海姑娘"),
        ("由海姑娘張貼 @ 2005-06-14 03:25:55", "海姑娘"),
        ("ggjjzhzz 发表于 2005-9-15 11:46:00", "ggjjzhzz"),
        ("小白 發表於 2005-9-15 11:46:00", "小白"),
        ("Posted by Alice_2 at 10:00", "Alice_2"),
        # An author slot sharing its line with counters; forum labels with a colon.
        ("作者:zboygirl 阅读(1660) 评论(5)", "zboygirl"),
        ("作者：fans1 閱讀(12)", "fans1"),
        ("楼主：芊草凡凡 2005-08-22", "芊草凡凡"),
        ("樓主：芊草凡凡 2005-08-22", "芊草凡凡"),
        ("发表者：duscha", "duscha"),
        ("博主：海姑娘", "海姑娘"),
    ],
)
def test_poster_stamps(line: str, poster: str) -> None:
    assert poster_credits(line) == Credits(authors=[poster])


@pytest.mark.parametrize(
    "line",
    [
        # A bare 楼主 marks the first post's place, the next word is a button.
        "2005-09-11 18:04:42 楼主 收藏此帖",
        # A Han name after 作者 is the credit grammar's business, not a nickname slot.
        "作者：人民日报",
        # Words, not posters.
        "本文发表于 2005-01-02",
        "记者来到现场发表于2005-1-1",
        "他是在2005年8月12日去北京发表演讲的人",
        "发布时间 2005/03/16 01:08:28 by mi来mi去",
        "由此可见，这个问题由来已久",
        "by the way",
        "作者简介",
    ],
)
def test_lines_that_are_no_poster_stamps(line: str) -> None:
    assert poster_credits(line) is None


@pytest.mark.parametrize(
    ("paragraphs", "headlines", "names"),
    [
        (["犬儒病(上)", "胡平", "人心不会熄灭，但它可能蒙上灰烬。"], [], ["胡平"]),
        (["犬儒病(上)", "胡平", "人心不會熄滅，但它可能蒙上灰燼。"], [], ["胡平"]),
        (["社会资本与再就业", "赵延东、风笑天", "近年来，……"], [], ["赵延东", "风笑天"]),
        # No known surname: the page shows the headline with the name elsewhere.
        (["我是怎样卷入八九民运的", "茉莉", "……"], ["茉莉：我是怎样卷入八九民运的"], ["茉莉"]),
    ],
)
def test_names_signed_under_the_headline(
    paragraphs: list[str], headlines: list[str], names: list[str]
) -> None:
    assert head_signature(paragraphs, headlines) == Credits(authors=names)


@pytest.mark.parametrize(
    ("paragraphs", "headlines"),
    [
        (["我是怎样卷入八九民运的", "茉莉", "……"], ["谢谢您访问"]),  # nothing vouches for 茉莉
        (["市政府召开常务会议。", "张三", "……"], []),  # above is a sentence, not a headline
        (["犬儒病(上)", "人心不会熄灭", "……"], []),  # a line of text, not names
        (["胡平"], []),  # no headline above
    ],
)
def test_lines_under_a_headline_that_are_no_signature(
    paragraphs: list[str], headlines: list[str]
) -> None:
    assert head_signature(paragraphs, headlines) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("duscha", "duscha"),
        (" fans_1 ", "fans_1"),
        ("芊草凡凡", "芊草凡凡"),
        ("高山流水", "高山流水"),
        ("眉間尺", "眉間尺"),
        ("楼主", ""),
        ("樓主", ""),
        ("管理员", ""),
        ("发表于 2012-3-4", ""),
        ("本帖最后由 管理员 于 2012-3-4 编辑", ""),
        ("a", ""),
    ],
)
def test_a_name_alone_in_an_author_cell(text: str, name: str) -> None:
    assert nickname(text) == name


@pytest.mark.parametrize(
    ("paragraphs", "names"),
    [
        (["到头来，一位自甘穷酸的外科医生。", "（袁源）"], ["袁源"]),
        (["到頭來，一位自甘窮酸的外科醫生。", "（袁源）"], ["袁源"]),
        (["……全文完。", "(张三 李四)"], ["张三", "李四"]),
    ],
)
def test_names_signed_in_brackets_at_the_foot(paragraphs: list[str], names: list[str]) -> None:
    assert foot_signature(paragraphs) == Credits(authors=names)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["……。", "（完）"],
        ["……。", "（新华社）"],  # an agency, not a person
        ["……。", "（本文有删节）"],
        ["……。（袁源）"],  # closing a paragraph: the cleaning stage's credit
        [],
    ],
)
def test_last_lines_that_are_no_foot_signature(paragraphs: list[str]) -> None:
    assert foot_signature(paragraphs) is None
