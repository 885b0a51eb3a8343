"""Sub-headings in plain text: short, no sentence-final punctuation, before a longer paragraph."""

from __future__ import annotations

import pytest

from crawler.text.headings import find_headings, is_heading_shape

LONG = "市委常委会今天召开会议，研究部署下一阶段重点工作，要求各区各部门切实抓好落实，确保各项任务按期完成。"


@pytest.mark.parametrize(
    "line",
    [
        "一、总体要求",
        "在把握上海經濟特徵中不斷增創發展優勢",
        "鞏固經濟加速回升勢頭,加大重點工作推進落實力度,努力爭取全年經濟社會發展有最好結果",
        "【会议要点】",
        "“十四五”规划的主要目标",
    ],
)
def test_heading_shapes(line: str) -> None:
    assert is_heading_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        "市委副書記、市長龔正部署四季度經濟社會發展重點工作。",
        "他说：“我们一定完成任务。”",
        "会议指出：",
        "四季度是“十三五”收官之年的收官季,",
        "真的吗？",
        "2024",
        "",
        "——",
        "很" * 51,
    ],
)
def test_not_heading_shapes(line: str) -> None:
    assert not is_heading_shape(line)


def test_find_headings_needs_a_longer_paragraph_after() -> None:
    paragraphs = ["一、总体要求", LONG, "二、主要任务", LONG, "三、保障措施"]
    assert find_headings(paragraphs) == [0, 2]  # the last has nothing after it
    assert find_headings(["短标题", "更短"]) == []
    assert find_headings([]) == []
