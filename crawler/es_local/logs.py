"""Room: crawler/es_local — the server's logs, read back when a start fails.

A failed start is reported as one line, so this picks the lines most likely to say why (errors,
failed bootstrap checks) from the launcher's output and the server's own log.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from pathlib import Path

from crawler.es_local.config import EsLocalError, LocalConfig

_RELEVANT = re.compile(r"ERROR|FATAL|Exception|bootstrap check|failure|error:", re.IGNORECASE)


def relevant_log_lines(paths: Iterable[Path], count: int = 2) -> list[str]:
    """The last `count` lines that look like errors across `paths` (else the last lines)."""
    lines: list[str] = []
    for path in paths:
        with contextlib.suppress(OSError):
            lines += [ln.strip() for ln in path.read_text(errors="replace").splitlines()]
    lines = [ln for ln in lines if ln]
    hits = [ln for ln in lines if _RELEVANT.search(ln)]
    chosen = (hits or lines)[-count:]
    return [ln if len(ln) <= 300 else ln[:297] + "…" for ln in chosen]


def start_failure(cfg: LocalConfig, why: str) -> EsLocalError:
    logs = [cfg.launcher_log, cfg.server_log]
    tail = " | ".join(relevant_log_lines(logs)) or "(logs are empty)"
    return EsLocalError(f"Elasticsearch {cfg.version} {why}; see {cfg.server_log}: {tail}")
