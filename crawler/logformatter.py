"""Room: crawler — log lines for dropped items name the page and the reason, not the whole item."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import logformatter
from scrapy.http import Response
from scrapy.spiders import Spider


class ConciseLogFormatter(logformatter.LogFormatter):
    def dropped(
        self, item: Any, exception: BaseException, response: Response | None, spider: Spider | None = None
    ) -> logformatter.LogFormatterResult:
        return {
            "level": logging.WARNING,
            "msg": "Dropped: %(exception)s",
            "args": {"exception": exception},
        }
