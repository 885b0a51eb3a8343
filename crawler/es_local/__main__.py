"""Room: crawler/es_local — the command line: `python -m crawler.es_local {start,stop,status,url}`.

Used by the Makefile, CI and production cron lines. Every expected failure is one line on
stderr and exit 1; `status` exits 3 when the server is not running, usage errors exit 2.
Every URL printed goes through `redacted_url`: a user:password in ELASTICSEARCH_URL is used,
never shown.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

from crawler.credentials import redacted_url
from crawler.es_local.config import EsLocalError
from crawler.es_local.server import current_url, ensure_running, status, stop

STATUS_STOPPED = 3


def _cmd_status() -> int:
    info = status()
    print(info["state"])
    for key in ("url", "version", "health", "error"):
        if key in info:
            value = redacted_url(info[key]) if key == "url" else info[key]
            print(f"{key}: {value}")
    return 0 if info["state"] == "running" else STATUS_STOPPED


def _cmd_start() -> int:
    print(redacted_url(ensure_running()))
    return 0


def _cmd_url() -> int:
    print(redacted_url(current_url()))
    return 0


def _cmd_stop() -> int:
    print("stopped" if stop() else "not running")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    commands: dict[str, Callable[[], int]] = {
        "start": _cmd_start,
        "stop": _cmd_stop,
        "status": _cmd_status,
        "url": _cmd_url,
    }
    if len(args) != 1 or args[0] not in commands:
        print("usage: python -m crawler.es_local {start,stop,status,url}", file=sys.stderr)
        return 2
    try:
        return commands[args[0]]()
    except EsLocalError as exc:
        print(f"es_local: {exc}", file=sys.stderr)
        return 1
    except (OSError, subprocess.SubprocessError) as exc:  # unexpected, but still one line
        print(f"es_local: {args[0]} failed: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
