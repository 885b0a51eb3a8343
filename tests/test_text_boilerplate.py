"""Boilerplate phrases match on the normalized key: one rule covers both scripts."""

from __future__ import annotations

import pytest

from crawler.text.boilerplate import (
    find_boilerplate,
    is_boilerplate,
    is_related_header,
    phrase_keys,
)

LONG = "市委常委会今天召开会议，研究部署下一阶段重点工作，要求各区各部门切实抓好落实，确保各项任务按期完成。"


@pytest.mark.parametrize(
    "line",
    [
        "分享到:",
        "分享到：",
        "分享到",
        "分享到:                0",
        "|  分享",
        "分享至好友和朋友圈",
        "相关文章",
        "相關文章:",
        "相关新闻",
        "相關新聞",
        "相关阅读",
        "■ 相关链接",
        "责任编辑：",
        "責任編輯",
        "打印本页",
        "列印本頁",
        "【 打印 】",
        "【 打印本页 】【 关闭窗口 】",
        "關閉視窗",
        "关闭窗口",
        "【字体：大 中 小】",
        "【字体： 大   中   小 】",
        "字號：大 中 小",
        "字号： 默认",
        "小字号",
        "扫一扫",
        "掃一掃",
        "扫一扫在手机打开当前页",
        "上一篇",
        "下一篇：关于开展2024年度安全生产检查工作的通知",
        "上一篇：關於舉辦市民講座的公告",
        "返回顶部",
        "回上一頁",
        "回頂端",
        "版权所有",
        "版權所有：臺北市政府 All Rights Reserved",
        "版权所有：上海市人民政府办公厅 沪ICP备12345678号 网站标识码：3100000041",
        "收藏",
        "打印",
        "关闭",
        "纠错",
        "【我要纠错】",
        "微信",
        "微博",
        "微信 微博 QQ空间",
        "点击数：321",
        "浏览次数：",
        "瀏覽次數：1,234",
        "阅读量 10万+",
        "发布时间：2020-10-09 10:00",
        "發佈日期：2024-05-20",
        "2022-02-11 09:52",
        "简体 | 繁体 |  无障碍浏览",
        "Play Video",
        "——",
        "|",
        "▲",
        "Copyright © 2024 Shanghai Municipal Government",
        # The closing of a Hong Kong government press release (www.info.gov.hk/gia).
        "Ends/Tuesday, January 7, 2020",
        "Ends/Wednesday, December 31, 2019",
        "Issued at HKT 18:42",
        "Issued at HKT 9:05",
        "NNNN",
        "Ends/Tuesday, January 7, 2020 Issued at HKT 18:42 NNNN",
    ],
)
def test_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "分享经验是提高效率的好方法",
        "市民纷纷在微信朋友圈分享这一好消息，称赞政府办实事、解难题，让群众得到了实惠。",
        "记者从市政府获悉，今年将新建学校10所。",
        "相关部门要加强监管",
        "相关负责人表示，将尽快出台实施细则。",
        "大中小学生暑期安全教育",
        "5月17日至5月19日",
        "收藏家协会举办年度展览",
        "关闭高污染企业12家",
        "打印机采购项目中标公告",
        "上一年度财政预算执行情况",
        "在把握上海经济特征中不断增创发展优势",
        "2024",
        "Ends",
        "Ends/Tuesday talks",
        "Issued at HKT 18:42, the warning covers the whole territory.",
        "NNNN and other telex marks were used by newsrooms until the 1990s.",
        LONG,
    ],
)
def test_content_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_extra_phrases_from_a_site_profile() -> None:
    extra = phrase_keys(["本站声明", "【返回市政府首页】"])
    assert is_boilerplate("本站聲明", extra)
    assert is_boilerplate("返回市政府首页", extra)
    assert is_boilerplate("本站声明 打印", extra)  # glued to a built-in phrase
    assert not is_boilerplate("本站声明")
    assert not is_boilerplate("本站声明要求各单位遵守规定", extra)


def test_phrase_keys_drop_empty() -> None:
    assert phrase_keys(["", "——", "分享到："]) == frozenset({"分享到"})


def test_related_header() -> None:
    assert is_related_header("相關文章:")
    assert is_related_header("相关新闻:     标题   内容")
    assert not is_related_header("相关部门要加强监管")
    assert not is_related_header(LONG)


def test_related_truncation_drops_link_titles_until_a_paragraph() -> None:
    lines = [
        LONG,
        "相關文章:",
        "市長出席活動",
        "本市公布最新交通措施",
        LONG,
        "小標題",
        LONG,
    ]
    assert find_boilerplate(lines) == [False, True, True, True, False, False, False]


def test_find_boilerplate_without_related_section() -> None:
    lines = [LONG, "分享到：", "小标题", LONG, "上一篇：xx"]
    assert find_boilerplate(lines) == [False, True, False, False, True]
