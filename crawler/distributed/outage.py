"""Room: crawler/distributed — waiting out a Redis that went away (restarted, failed over, cut
off), so a distributed crawl pauses instead of dropping a job or an article.

Every Redis step of a worker and of `crawl-all` goes through `RedisOutage.call`: on a connection
error it logs what is waiting and why, backs off (0.2 s doubling to 5 s) and tries again until
Redis answers, then logs how long it waited. After REDIS_OUTAGE_TIMEOUT seconds of Redis being
unreachable it raises `RedisUnavailable`, and the caller stops with that message. The clock is
one per Redis server and process: the sites a worker crawls at once wait on the same outage, so
the timeout is reached once, not once per caller in turn.

The wait blocks the calling thread. In a worker that is the reactor: the whole worker pauses,
which is right, because every site it crawls needs Redis for its next article (seen-store) and
its lease.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

import redis

logger = logging.getLogger(__name__)

T = TypeVar("T")

FIRST_BACKOFF_S = 0.2
MAX_BACKOFF_S = 5.0
# Redis closed, refused, timed out, or still loading its append-only file after a restart
# (BusyLoadingError is a ConnectionError): each passes with time. Other errors are bugs.
TRANSIENT = (redis.ConnectionError, redis.TimeoutError)
# The finish reason of a crawl that gave up on Redis (its site is left for another worker).
REDIS_UNAVAILABLE = "redis_unavailable"


class RedisUnavailable(RuntimeError):
    """Redis stayed unreachable longer than REDIS_OUTAGE_TIMEOUT; one line."""


class RedisOutage:
    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self.down_since: float | None = None  # monotonic; None while Redis answers
        self.waits = 0  # steps that had to wait for Redis
        self.waited_s = 0.0

    def call(
        self, what: str, step: Callable[[], T], on_wait: Callable[[float], None] | None = None
    ) -> T:
        """`step()`, retried while Redis is unreachable; `what` names the waiting step in the
        log; `on_wait(seconds)` is told once the step has waited (for a crawl's stats)."""
        started: float | None = None
        backoff = FIRST_BACKOFF_S
        while True:
            try:
                result = step()
            except TRANSIENT as error:
                now = time.monotonic()
                if started is None:
                    started = now
                    self.waits += 1
                    logger.warning(
                        "%s waits for Redis (%s); retrying for up to %g s (REDIS_OUTAGE_TIMEOUT)",
                        what,
                        error,
                        self.timeout_s,
                    )
                try:
                    left = self._time_left(now, what, error)
                except RedisUnavailable:
                    self.waited_s += now - started
                    raise
                time.sleep(min(backoff, left))  # the last try lands on the timeout
                backoff = min(backoff * 2, MAX_BACKOFF_S)
                continue
            self.down_since = None
            if started is not None:
                waited = time.monotonic() - started
                self.waited_s += waited
                logger.warning("%s: Redis is back after %.1f s; going on", what, waited)
                if on_wait is not None:
                    on_wait(waited)
            return result

    def _time_left(self, now: float, what: str, error: Exception) -> float:
        """Seconds until REDIS_OUTAGE_TIMEOUT; raises RedisUnavailable once it has passed."""
        if self.down_since is None:
            self.down_since = now
        down_for = now - self.down_since
        if down_for >= self.timeout_s:
            raise RedisUnavailable(
                f"{what}: Redis unreachable for {down_for:.0f} s "
                f"(REDIS_OUTAGE_TIMEOUT={self.timeout_s:g}): {error}"
            ) from error
        return self.timeout_s - down_for


@functools.cache
def _outage_of(url: str, timeout_s: float) -> RedisOutage:
    return RedisOutage(timeout_s)


def redis_outage(settings: Any) -> RedisOutage:
    """The one outage clock of REDIS_URL in this process."""
    return _outage_of(str(settings.get("REDIS_URL")), settings.getfloat("REDIS_OUTAGE_TIMEOUT"))
