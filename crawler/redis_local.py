"""Room: crawler — a local Redis for development and tests: `python -m crawler.redis_local
{start,stop,status,url}`, the way crawler.es_local runs Elasticsearch.

It runs Debian's `redis-server` (apt-get install redis-server; or REDIS_SERVER_BIN) on
127.0.0.1:REDIS_LOCAL_PORT (6379) with its files in REDIS_LOCAL_HOME (.cache/redis-local):
append-only persistence, so a restarted server still holds the jobs, leases and seen-store of
a distributed crawl. With REDIS_URL set, users point the crawler at their own server instead and
nothing is started. Every expected failure is one line on stderr and exit 1; `status` exits 3
when the server is not running.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

HOST = "127.0.0.1"
STATUS_STOPPED = 3
START_TIMEOUT_S = 20
# No client retries: a stopped server answers "no" at once, not after seconds of backoff.
NO_RETRY = Retry(NoBackoff(), 0)


class RedisLocalError(RuntimeError):
    """Why the local server cannot be used; one line."""


@dataclass(frozen=True)
class RedisLocal:
    port: int
    home: Path
    binary: str

    @classmethod
    def from_env(cls) -> RedisLocal:
        root = Path(__file__).resolve().parents[1]
        return cls(
            port=int(os.environ.get("REDIS_LOCAL_PORT", "6379")),
            home=Path(os.environ.get("REDIS_LOCAL_HOME", root / ".cache" / "redis-local")),
            binary=os.environ.get("REDIS_SERVER_BIN", "redis-server"),
        )

    @property
    def url(self) -> str:
        return f"redis://{HOST}:{self.port}/0"

    @property
    def pid_file(self) -> Path:
        return self.home / "redis.pid"

    def running(self) -> bool:
        try:
            probe = redis.Redis(host=HOST, port=self.port, socket_timeout=1, retry=NO_RETRY)
            return bool(probe.ping())
        except redis.RedisError:
            return False

    def start(self) -> str:
        if self.running():
            return self.url
        server = shutil.which(self.binary)
        if server is None:
            raise RedisLocalError(
                f"{self.binary} not found: install it (apt-get install redis-server) "
                "or set REDIS_SERVER_BIN, or point REDIS_URL at your own server"
            )
        self.home.mkdir(parents=True, exist_ok=True)
        config = self.home / "redis.conf"
        config.write_text(self._config(), encoding="utf-8")
        subprocess.run([server, str(config)], check=True, capture_output=True)
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self.running():
            if time.monotonic() > deadline:
                log = (self.home / "redis.log").read_text(errors="replace")[-500:]
                raise RedisLocalError(f"redis-server did not answer on port {self.port}: {log}")
            time.sleep(0.1)
        return self.url

    def stop(self) -> bool:
        if not self.running():
            return False
        # The answer to SHUTDOWN is the connection closing.
        with contextlib.suppress(redis.ConnectionError):
            redis.Redis(host=HOST, port=self.port, retry=NO_RETRY).shutdown(save=False)
        deadline = time.monotonic() + START_TIMEOUT_S
        while self.running() and time.monotonic() < deadline:
            time.sleep(0.1)
        return True

    def _config(self) -> str:
        return "\n".join(
            [
                f"port {self.port}",
                f"bind {HOST}",
                "protected-mode yes",
                "daemonize yes",
                f"dir {self.home}",
                f"pidfile {self.pid_file}",
                f"logfile {self.home / 'redis.log'}",
                # Every write is in the append-only file before it is answered, and SHUTDOWN
                # (stop) flushes it: a restart keeps jobs, leases and what was seen. A kill -9
                # of the server loses nothing the kernel has; a crash of the machine loses up
                # to the last second (fsync each second).
                "appendonly yes",
                "appendfsync everysec",
                'save ""',
                "",
            ]
        )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] not in ("start", "stop", "status", "url"):
        print("usage: python -m crawler.redis_local {start,stop,status,url}", file=sys.stderr)
        return 2
    server = RedisLocal.from_env()
    try:
        if args[0] == "start":
            print(server.start())
        elif args[0] == "stop":
            print("stopped" if server.stop() else "not running")
        elif args[0] == "url":
            print(server.url)
        else:
            running = server.running()
            print(f"running\nurl: {server.url}" if running else "stopped")
            return 0 if running else STATUS_STOPPED
    except (RedisLocalError, OSError, subprocess.CalledProcessError) as error:
        print(f"redis_local: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
