"""Room: crawler/es_local — the server's life: prepare, launch, start, stop, status.

`ensure_running` is what tests, the benchmark and production cron lines call: with
ELASTICSEARCH_URL set it only checks that cluster answers; otherwise it starts the local server
(once: concurrent starts on one home wait for each other) and returns its URL when it is
yellow or green. A running server is reused only if it was started with the same settings.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import subprocess
import urllib.error
from collections.abc import Iterator
from typing import Any

from crawler.credentials import redacted_url, scrub
from crawler.es_local.config import (
    START_TIMEOUT_S,
    Cluster,
    EsLocalError,
    EsUnauthorizedError,
    LocalConfig,
    load_cluster,
    load_config,
)
from crawler.es_local.http import cluster_auth, cluster_health, describe, wait_for_health
from crawler.es_local.install import install
from crawler.es_local.logs import start_failure
from crawler.es_local.node_config import write_config
from crawler.es_local.processes import check_ports_free, running_pid, terminate
from crawler.es_local.system import (
    as_es_user,
    check_java,
    check_reachable,
    chown_tree,
    ensure_user,
    es_env,
    is_root,
    setup_keystore,
)

STOP_TIMEOUT_S = 60.0


def prepare(cfg: LocalConfig) -> None:
    """Everything before launch: Java, install, config, ownership, keystore."""
    check_java(cfg.java_home)
    if is_root():
        check_reachable(cfg)
    for directory in (cfg.home, cfg.data_dir, cfg.logs_dir):
        directory.mkdir(parents=True, exist_ok=True)
    install(cfg)
    write_config(cfg)
    if is_root():
        ensure_user(cfg.user)
        chown_tree(cfg.home, cfg.user)
    if cfg.security:
        setup_keystore(cfg)


def launch(cfg: LocalConfig) -> None:
    """Start the daemon (`-d -p pidfile`); the launcher returns once the node has started."""
    cfg.pid_file.unlink(missing_ok=True)
    cfg.state_file.write_text(json.dumps(launch_state(cfg)))
    cmd = [str(cfg.install_dir / "bin" / "elasticsearch"), "-d", "-p", str(cfg.pid_file)]
    with cfg.launcher_log.open("w") as log:
        try:
            done = subprocess.run(
                as_es_user(cfg, cmd),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=es_env(cfg),
                cwd=cfg.install_dir,
                timeout=START_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise start_failure(cfg, f"did not start within {START_TIMEOUT_S:.0f}s") from None
    if done.returncode != 0:
        raise start_failure(cfg, f"failed to start (launcher exit {done.returncode})")


def launch_state(cfg: LocalConfig) -> dict[str, Any]:
    """What a running server was started with; a start with other settings must not reuse it."""
    return {"version": cfg.version, "port": cfg.port, "security": cfg.security}


def check_same_settings(cfg: LocalConfig, pid: int) -> None:
    try:
        started = json.loads(cfg.state_file.read_text())
    except (OSError, ValueError):
        started = None
    if started != launch_state(cfg):
        raise EsLocalError(
            f"the Elasticsearch in {cfg.home} already runs (pid {pid}) with other settings "
            f"({started}); run `python -m crawler.es_local stop` first or use another ES_LOCAL_HOME"
        )


@contextlib.contextmanager
def start_lock(cfg: LocalConfig) -> Iterator[None]:
    """Serialise concurrent starts (e.g. parallel test sessions) on one home directory."""
    cfg.home.mkdir(parents=True, exist_ok=True)
    with (cfg.home / ".start.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def start_local(cfg: LocalConfig, cluster: Cluster) -> str:
    """Start the local server unless it already runs; return its URL once yellow/green.

    `cluster` gives the credentials (ELASTICSEARCH_*) and CA file to talk to it with."""
    with start_lock(cfg):
        return _start_locked(cfg, cluster)


def _start_locked(cfg: LocalConfig, cluster: Cluster) -> str:
    pid = running_pid(cfg)
    if pid is not None:
        check_same_settings(cfg, pid)
        _wait_healthy(cfg, cluster)
        return cfg.url
    check_ports_free(cfg)
    prepare(cfg)
    launch(cfg)
    try:
        _wait_healthy(cfg, cluster)
    except EsUnauthorizedError:
        raise
    except EsLocalError as exc:
        raise start_failure(cfg, f"started but is not healthy ({exc})") from None
    return cfg.url


def _wait_healthy(cfg: LocalConfig, cluster: Cluster) -> None:
    wait_for_health(
        cfg.url,
        auth=cluster_auth(cluster, cfg).header,
        alive=lambda: running_pid(cfg) is not None,
        ca_certs=cluster.ca_certs,
    )


def check_answers(cluster: Cluster) -> None:
    """Raise unless the existing cluster at ELASTICSEARCH_URL answers its health request."""
    auth = cluster_auth(cluster)
    try:
        cluster_health(cluster.url, auth=auth.header, ca_certs=cluster.ca_certs)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = scrub(str(getattr(exc, "reason", exc)), auth.secrets)
        shown = redacted_url(cluster.url)
        raise EsLocalError(f"ELASTICSEARCH_URL={shown} does not answer: {reason}") from None


def ensure_running() -> str:
    """Return the URL of a healthy cluster: ELASTICSEARCH_URL if set, else the local server."""
    cluster = load_cluster()
    if cluster.url:
        check_answers(cluster)
        return cluster.url
    return start_local(load_config(), cluster)


def stop() -> bool:
    """Stop the local server (SIGTERM, then SIGKILL); return whether one was running."""
    cfg = load_config()
    pid = running_pid(cfg)
    if pid is None:
        cfg.pid_file.unlink(missing_ok=True)
        return False
    terminate(pid, STOP_TIMEOUT_S)
    cfg.pid_file.unlink(missing_ok=True)
    return True


def status() -> dict[str, str]:
    """`state` (running/stopped), `url` (without any password), and when running `version` and
    `health`; `error` when the cluster does not answer."""
    cluster = load_cluster()
    local = None if cluster.url else load_config()
    url = cluster.url or (local.url if local else "")
    shown = redacted_url(url)
    if local is not None and running_pid(local) is None:
        return {"state": "stopped", "url": shown}
    auth = cluster_auth(cluster, local)
    try:
        info = describe(url, auth.header, ca_certs=cluster.ca_certs)
    except EsUnauthorizedError:
        raise
    except (urllib.error.URLError, OSError, ValueError, KeyError) as exc:
        reason = scrub(str(getattr(exc, "reason", exc)), auth.secrets)
        return {"state": "not answering", "url": shown, "error": reason}
    return {"state": "running", **info}


def current_url() -> str:
    """ELASTICSEARCH_URL as given (credentials included), else the local server's URL."""
    return load_cluster().url or load_config().url
