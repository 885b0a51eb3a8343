"""Room: crawler/es_local — the command line:
`python -m crawler.es_local {start,stop,status,url} [--nodes N]`.

Used by the Makefile, CI and production cron lines. `--nodes N` (or ES_LOCAL_NODES=N) makes
it a local cluster of N nodes: `start` starts those not running, `url` prints every node's URL
comma-separated, `status` tells each node's state; `stop` stops every node of the home whatever
N says. Every expected failure is one line on stderr and exit 1; `status` exits 3 when the
server (or any node of the cluster) is not running, usage errors exit 2.
Every URL printed goes through `redacted_url`: a user:password in ELASTICSEARCH_URL is used,
never shown.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from typing import NoReturn

from crawler.credentials import redacted_url
from crawler.es_local.config import EsLocalError, node_count
from crawler.es_local.server import current_url, ensure_running, status, stop

STATUS_STOPPED = 3


def _cmd_status(nodes: int | None) -> int:
    info = status(nodes)
    print(info["state"])
    for key in ("url", "nodes", "version", "health", "error"):
        if key in info:
            value = redacted_url(info[key]) if key == "url" else info[key]
            print(f"{key}: {value}")
    return 0 if info["state"] == "running" else STATUS_STOPPED


def _cmd_start(nodes: int | None) -> int:
    print(redacted_url(ensure_running(nodes)))
    return 0


def _cmd_url(nodes: int | None) -> int:
    print(redacted_url(current_url(nodes)))
    return 0


def _cmd_stop(nodes: int | None) -> int:  # every node of the home, whatever `nodes` says
    print("stopped" if stop() else "not running")
    return 0


COMMANDS: dict[str, Callable[[int | None], int]] = {
    "start": _cmd_start,
    "stop": _cmd_stop,
    "status": _cmd_status,
    "url": _cmd_url,
}


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # our exit code and one usage line
        raise _UsageError(message)


def _parse(args: list[str]) -> argparse.Namespace:
    parser = _Parser(prog="python -m crawler.es_local", add_help=False)
    parser.add_argument("command", choices=sorted(COMMANDS))
    parser.add_argument("--nodes", type=str, default=None)
    return parser.parse_args(args)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        parsed = _parse(args)
    except _UsageError:
        print(
            "usage: python -m crawler.es_local {start,stop,status,url} [--nodes N]", file=sys.stderr
        )
        return 2
    try:
        nodes = None if parsed.nodes is None else node_count(parsed.nodes)
        return COMMANDS[parsed.command](nodes)
    except EsLocalError as exc:
        print(f"es_local: {exc}", file=sys.stderr)
        return 1
    except (OSError, subprocess.SubprocessError) as exc:  # unexpected, but still one line
        print(f"es_local: {parsed.command} failed: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
