"""Room: crawler/es_local — processes and ports: is the server running, is its port free, stop it.

The server runs as a daemon that writes its pid file; a pid only counts when /proc says it is an
Elasticsearch process, so a stale pid file (or a reused pid) never passes for a running server.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import socket
import time
from pathlib import Path

from crawler.es_local.config import HOST, EsLocalError, LocalConfig


def port_in_use(port: int, host: str = HOST) -> bool:
    """True when something listens on host:port (a bind like Elasticsearch's would fail)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Elasticsearch does
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return True
            raise
    return False


def read_pid(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def pid_alive(pid: int | None) -> bool:
    """True if `pid` is a live Elasticsearch process (guards against a reused pid)."""
    if pid is None or pid <= 0:
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"elasticsearch" in cmdline.lower()


def running_pid(cfg: LocalConfig) -> int | None:
    pid = read_pid(cfg.pid_file)
    return pid if pid_alive(pid) else None


def check_ports_free(cfg: LocalConfig) -> None:
    for port, what in ((cfg.port, "HTTP"), (cfg.transport_port, "transport")):
        if port_in_use(port):
            raise EsLocalError(
                f"port {port} ({what}) on {HOST} is already in use by another process; "
                "stop it or choose another ES_LOCAL_PORT (transport uses port+100)"
            )


def pid_files(cfg: LocalConfig) -> list[Path]:
    """Every node's pid file under the home: the single node's and each cluster node's,
    whatever ES_LOCAL_NODES says now, so `stop` leaves nothing of this home running."""
    single = cfg.home / "elasticsearch.pid"
    return [single, *sorted(cfg.home.glob("nodes/*/elasticsearch.pid"))]


def terminate_all(pids: list[int], timeout: float) -> None:
    """SIGTERM to every pid at once (a cluster's nodes shut down together rather than each
    waiting out the others' departure), SIGKILL to those left after `timeout` seconds."""
    for pid in pids:
        _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while any(pid_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.5)
    for pid in pids:
        if pid_alive(pid):
            _signal(pid, signal.SIGKILL)
        while pid_alive(pid):
            time.sleep(0.2)


def _signal(pid: int, signum: int) -> None:
    """Send `signum`; a process that ended since it was found needs nothing more."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signum)
