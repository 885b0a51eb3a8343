"""Room: crawler/distributed — a run's sites as jobs in Redis, each held by one worker under a lease.

Politeness is per site, so the unit of work is a site: one worker crawls it at a time, and its
delay and concurrency settings hold across the whole deployment. `enqueue` puts a run's sites
(with their profiles, so a worker needs no profile file) in a pending list; `take` gives a
worker the next site and a lease it renews while crawling; a site whose lease lapsed (its
worker was killed, or lost Redis for longer than the lease) is taken again by the next worker
that asks, before any pending site. `finish` records the site's summary only while the lease
is still the worker's, so a worker that lost its site to another records nothing.

Each step is one Lua script: atomic on the server, so two workers can never take one site.

    <prefix>:run:current               the run being worked on
    <prefix>:run:<id>:pending          sites not started (list)
    <prefix>:run:<id>:active           sites taken (set)
    <prefix>:run:<id>:done             site -> summary JSON (hash)
    <prefix>:run:<id>:profiles         site -> profile JSON (hash)
    <prefix>:lease:<site>              the worker holding the site, expiring
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

import redis

from crawler.sites import profile_from_dict
from crawler.sites.profile import SiteProfile

# Reclaim a lapsed site first (it is the oldest work), else start a pending one.
_TAKE = """
for _, site in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  if redis.call('SET', ARGV[1] .. site, ARGV[2], 'NX', 'PX', ARGV[3]) then
    return {site, 'reclaimed'}
  end
end
local site = redis.call('LPOP', KEYS[1])
if not site then return false end
redis.call('SADD', KEYS[2], site)
redis.call('SET', ARGV[1] .. site, ARGV[2], 'PX', ARGV[3])
return {site, 'new'}
"""
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
_FINISH = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[3], ARGV[2], ARGV[3])
redis.call('SREM', KEYS[2], ARGV[2])
redis.call('DEL', KEYS[1])
return 1
"""


@dataclass(frozen=True)
class Job:
    run_id: str
    site: str
    profile: SiteProfile
    worker: str
    reclaimed: bool  # another worker held it before and its lease lapsed


@dataclass(frozen=True)
class RunState:
    run_id: str
    pending: int
    active: int
    done: int

    @property
    def finished(self) -> bool:
        return not self.pending and not self.active


class SiteJobs:
    def __init__(self, client: redis.Redis, prefix: str, lease_ms: int) -> None:
        self.client = client
        self.prefix = prefix
        self.lease_ms = lease_ms
        self._take = client.register_script(_TAKE)
        self._renew = client.register_script(_RENEW)
        self._finish = client.register_script(_FINISH)

    @classmethod
    def from_settings(cls, settings: Any) -> SiteJobs:
        """The queue of REDIS_URL, under REDIS_PREFIX, with leases of REDIS_LEASE_SECONDS."""
        from crawler.distributed import redis_client

        lease_ms = int(settings.getfloat("REDIS_LEASE_SECONDS") * 1000)
        return cls(redis_client(settings), settings.get("REDIS_PREFIX"), lease_ms)

    # --- the run -------------------------------------------------------------------------------
    def enqueue(self, run_id: str, profiles: list[SiteProfile]) -> None:
        """A new run of these sites; it becomes the run workers take from."""
        pipe = self.client.pipeline(transaction=True)
        pipe.delete(self._key(run_id, "pending"), self._key(run_id, "active"))
        pipe.hset(
            self._key(run_id, "profiles"),
            mapping={p.name: json.dumps(_profile_json(p), ensure_ascii=False) for p in profiles},
        )
        pipe.rpush(self._key(run_id, "pending"), *[p.name for p in profiles])
        pipe.set(f"{self.prefix}:run:current", run_id)
        pipe.execute()

    def current_run(self) -> str:
        value = self.client.get(f"{self.prefix}:run:current")
        return value.decode() if isinstance(value, bytes) else str(value or "")

    def state(self, run_id: str) -> RunState:
        return RunState(
            run_id,
            pending=int(self.client.llen(self._key(run_id, "pending"))),
            active=int(self.client.scard(self._key(run_id, "active"))),
            done=int(self.client.hlen(self._key(run_id, "done"))),
        )

    def summaries(self, run_id: str) -> dict[str, dict[str, Any]]:
        raw = self.client.hgetall(self._key(run_id, "done"))
        return {_text(site): json.loads(summary) for site, summary in raw.items()}

    # --- a worker ------------------------------------------------------------------------------
    def take(self, worker: str) -> Job | None:
        run_id = self.current_run()
        if not run_id:
            return None
        keys = [self._key(run_id, "pending"), self._key(run_id, "active")]
        taken = self._take(keys=keys, args=[self._lease_prefix, worker, self.lease_ms])
        if not taken:
            return None
        site, how = _text(taken[0]), _text(taken[1])
        profile_json = self.client.hget(self._key(run_id, "profiles"), site)
        profile = profile_from_dict(json.loads(profile_json or b"{}"))
        return Job(run_id, site, profile, worker, reclaimed=how == "reclaimed")

    def renew(self, job: Job) -> bool:
        """Extend the lease; False when it is no longer this worker's (it lapsed and another
        worker took the site): the worker must stop crawling it."""
        return bool(
            self._renew(keys=[self._lease_prefix + job.site], args=[job.worker, self.lease_ms])
        )

    def finish(self, job: Job, summary: dict[str, Any]) -> bool:
        """Record the site's summary and release it; False (nothing recorded) when the lease
        had passed to another worker."""
        keys = [
            self._lease_prefix + job.site,
            self._key(job.run_id, "active"),
            self._key(job.run_id, "done"),
        ]
        summary_json = json.dumps(summary, ensure_ascii=False, default=str)
        return bool(self._finish(keys=keys, args=[job.worker, job.site, summary_json]))

    @property
    def _lease_prefix(self) -> str:
        return f"{self.prefix}:lease:"

    def _key(self, run_id: str, part: str) -> str:
        return f"{self.prefix}:run:{run_id}:{part}"


def _profile_json(profile: SiteProfile) -> dict[str, Any]:
    return dataclasses.asdict(profile)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
