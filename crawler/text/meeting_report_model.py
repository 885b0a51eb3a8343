"""Whether a page reports a meeting held, as a learnt classifier reads its title and lead.

The phrasings of ``meetings`` decide most pages, but every new outlet says "held" in words no
rule foresaw ("縣議會總質詢昨日砲聲隆隆", "立法院內政委員會今天邀部長列席"): on a set of Macao
reports nobody had tuned on (round 25b) the rules found 10 of its 18 reports. This
classifier learns from every labelled report and near miss instead: a maximum-entropy model
over the character pairs and triples of the headline and of the lead's first characters (a
linear-chain CRF over one-item sequences, trained with the python-crfsuite the people tagger
already uses, is exactly a logistic regression). ``detect_meeting`` asks it only about pages
where the rules found no statement of a meeting held at all (not one they judged to come, long
past, an announcement or a greeting) but a meeting, or a body that sits, is named, and takes
one as a report only when the model is all but sure (RESCUE_AT).

The model is independent of the rules: it is retrained when the labelled sets change
(`scrapy train_meeting_tagger`), not when a rule does. Input is in the matching form
(Simplified, NFKC); no Scrapy here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycrfsuite

from crawler.text.meeting_tagger import MODEL_DIR

REPORT, NO_REPORT = "Y", "N"

# The shipped model, beside the people tagger's.
REPORT_MODEL = MODEL_DIR / "report.crfsuite"

# A page the rules refuse is taken as a report from this probability on. Cross-validated by
# round on the 39 training sets' 914 items (`scrapy train_meeting_tagger --rescue`), detection
# F1 goes from 0.920 (the rules) to 0.924-0.926 between 0.9 and 0.98. The model never saw news
# that is not about meetings, though: on 3,000 Citizen News articles of every kind, 0.9 took 15
# pages the rules refused, 9 of them no report (an arrest, a lost dog, sanctions), 0.95 took
# 10, and 0.98 one. Vetoing what the rules found lost as many reports as near misses at every
# threshold tried, so the model only rescues.
RESCUE_AT = 0.98

# How much of the lead the model reads: its first sentences say what the page is about.
LEAD_CHARS = 400

_SPACE = re.compile(r"\s+")
_GRAM_SIZES = (2, 3)


def report_features(title: str, lead: Sequence[str]) -> dict[str, float]:
    """The character pairs and triples of ``title`` and of the first LEAD_CHARS of ``lead``,
    each marked with where it stands."""
    features: dict[str, float] = {}
    for where, text in (("T", title), ("L", " ".join(lead)[:LEAD_CHARS])):
        text = _SPACE.sub("", text)
        for size in _GRAM_SIZES:
            for start in range(len(text) - size + 1):
                features[f"{where}:{text[start : start + size]}"] = 1.0
    return features


@dataclass(frozen=True)
class ReportClassifier:
    """The model that reads a page's title and lead, and how sure it must be to rescue one."""

    model: Path = REPORT_MODEL
    rescue_at: float = RESCUE_AT

    def probability(self, title: str, lead: Sequence[str]) -> float:
        """How likely ``title`` and ``lead`` (normalized) report a meeting held."""
        tagger = _tagger(self.model)
        tagger.set([report_features(title, lead)])
        return float(tagger.marginal(REPORT, 0))

    def is_report(self, title: str, lead: Sequence[str]) -> bool:
        return self.probability(title, lead) >= self.rescue_at


SHIPPED_CLASSIFIER = ReportClassifier()


@cache
def _tagger(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger
