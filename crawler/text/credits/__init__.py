"""Room: crawler/text/credits — the one place that reads credits, in both scripts.

Who wrote, edited and photographed an article and where it came from, wherever a page says
it: a credit line of its own ("来源：人民网 编辑：苏亮", "本報記者 陳大文、李小明 報道",
"顶端新闻·河南商报记者马俊峰/文"), the end of a paragraph ("（姚峰 上海报道）",
"（王煌忠／台中報導）", "（常书香 马丹阳 ）"), a lead's dateline ("据新华社拉萨电（记者 格桑边觉）"),
an info line under the headline ("石佳/中国青年报"). Extraction (crawler/extract/byline.py) reads
the lines around the body and the lead; cleaning (crawler/text/clean.py) takes credit lines and
trailing credits out of the body. Both call these functions, so one grammar decides.

* labels.py: the labels, the role each gives, what a news organisation looks like;
* line.py: a whole credit line (``parse_credit_line``);
* spans.py: credits inside running text and on info lines;
* posts.py: who posted a forum or blog post (poster stamps) and who signed an essay;
* model.py: the ``Credits`` record and how records merge.

Person names follow crawler/text/names.py (2-4 Han characters, a known surname where nothing
else vouches for the name, several names split on spaces, 、, ／).
"""

from crawler.text.credits.labels import is_agency
from crawler.text.credits.line import MAX_CREDIT_LINE, parse_credit_line
from crawler.text.credits.model import Credits, dedup_names, merge_credits
from crawler.text.credits.posts import (
    foot_signature,
    head_signature,
    might_be_stamp,
    nickname,
    poster_credits,
)
from crawler.text.credits.spans import (
    CutCredit,
    bare_names,
    cut_credit,
    lead_credits,
    parse_info_line,
    parse_signature,
    split_trailing_credit,
)

__all__ = [
    "MAX_CREDIT_LINE",
    "Credits",
    "CutCredit",
    "bare_names",
    "cut_credit",
    "dedup_names",
    "foot_signature",
    "head_signature",
    "is_agency",
    "lead_credits",
    "merge_credits",
    "might_be_stamp",
    "nickname",
    "parse_credit_line",
    "parse_info_line",
    "parse_signature",
    "poster_credits",
    "split_trailing_credit",
]
