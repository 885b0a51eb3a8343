"""Room: crawler/es_local — the server's life: prepare, launch, start, stop, status.

`ensure_running` is what tests, the benchmark and production cron lines call: with
ELASTICSEARCH_URL set it only checks that cluster answers; otherwise it starts the local server
(once: concurrent starts on one home wait for each other) and returns its URL when it is
yellow or green. A running server is reused only if it was started with the same settings.

With ES_LOCAL_NODES (or `--nodes`) above 1 the same applies to each node of a local cluster:
the nodes not running are started together (a node waits for a quorum of masters, so one at a
time would stall), and a node killed earlier is started again under its old name and rejoins.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import subprocess
import urllib.error
from collections.abc import Iterator
from typing import Any

from crawler.credentials import redacted_url, scrub, split_urls
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
from crawler.es_local.processes import (
    check_ports_free,
    pid_alive,
    pid_files,
    read_pid,
    running_pid,
    terminate_all,
)
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


def prepare(cfg: LocalConfig, nodes: list[LocalConfig] | None = None) -> None:
    """Everything before launch: Java, install, config of each of `nodes` (default: `cfg`'s
    own node), ownership, keystore."""
    check_java(cfg.java_home)
    if is_root():
        check_reachable(cfg)
    cfg.home.mkdir(parents=True, exist_ok=True)
    install(cfg)
    for node in nodes or [cfg]:
        for directory in (node.data_dir, node.logs_dir):
            directory.mkdir(parents=True, exist_ok=True)
        write_config(node)
    if is_root():
        ensure_user(cfg.user)
        chown_tree(cfg.home, cfg.user)
    if cfg.security:
        setup_keystore(cfg)


def launch(cfg: LocalConfig) -> None:
    """Start the daemon (`-d -p pidfile`); the launcher returns once the node has started."""
    launch_nodes([cfg])


def launch_nodes(nodes: list[LocalConfig]) -> None:
    """Start every node's daemon at once and wait for all their launchers, which return once
    their node has started (for a cluster node: joined, or given up waiting for a quorum)."""
    launchers = [(node, _start_launcher(node)) for node in nodes]
    for node, launcher in launchers:
        _await_launcher(node, launcher)


def _start_launcher(cfg: LocalConfig) -> subprocess.Popen[bytes]:
    cfg.pid_file.unlink(missing_ok=True)
    cfg.state_file.write_text(json.dumps(launch_state(cfg)))
    cmd = [str(cfg.install_dir / "bin" / "elasticsearch"), "-d", "-p", str(cfg.pid_file)]
    with cfg.launcher_log.open("w") as log:  # the launcher keeps its own copy of the handle
        return subprocess.Popen(
            as_es_user(cfg, cmd),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=es_env(cfg),
            cwd=cfg.install_dir,
        )


def _await_launcher(cfg: LocalConfig, launcher: subprocess.Popen[bytes]) -> None:
    try:
        returncode = launcher.wait(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        launcher.kill()
        launcher.wait()
        raise start_failure(cfg, f"did not start within {START_TIMEOUT_S:.0f}s") from None
    if returncode != 0:
        raise start_failure(cfg, f"failed to start (launcher exit {returncode})")


def launch_state(cfg: LocalConfig) -> dict[str, Any]:
    """What a running server was started with; a start with other settings must not reuse it."""
    state: dict[str, Any] = {"version": cfg.version, "port": cfg.port, "security": cfg.security}
    if cfg.is_cluster:  # a single node's state reads as it always did
        state["nodes"] = cfg.nodes
    return state


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
    members = cfg.members()
    stopped = []
    for node in members:
        pid = running_pid(node)
        if pid is None:
            stopped.append(node)
        else:
            check_same_settings(node, pid)
    if not stopped:
        _wait_healthy(cfg, cluster)
        return cfg.urls
    for node in stopped:
        check_ports_free(node)
    prepare(cfg, stopped)
    launch_nodes(stopped)
    try:
        _wait_healthy(cfg, cluster)
    except EsUnauthorizedError:
        raise
    except EsLocalError as exc:
        raise start_failure(stopped[0], f"started but is not healthy ({exc})") from None
    return cfg.urls


def _wait_healthy(cfg: LocalConfig, cluster: Cluster) -> None:
    """Yellow or green with every node joined, asked of the first node."""
    members = cfg.members()
    wait_for_health(
        members[0].url,
        auth=cluster_auth(cluster, cfg).header,
        alive=lambda: all(running_pid(node) is not None for node in members),
        ca_certs=cluster.ca_certs,
        nodes=cfg.nodes,
    )


def check_answers(cluster: Cluster) -> None:
    """Raise unless a node of the existing cluster at ELASTICSEARCH_URL answers its health
    request (the client fails over between the nodes listed, so one is enough)."""
    auth = cluster_auth(cluster)
    reasons = []
    for url in split_urls(cluster.url):
        try:
            cluster_health(url, auth=auth.header, ca_certs=cluster.ca_certs)
            return
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reasons.append(scrub(str(getattr(exc, "reason", exc)), auth.secrets))
    shown = redacted_url(cluster.url)
    raise EsLocalError(f"ELASTICSEARCH_URL={shown} does not answer: {'; '.join(reasons)}")


def ensure_running(nodes: int | None = None) -> str:
    """Return the URL of a healthy cluster: ELASTICSEARCH_URL if set, else the local server,
    or with `nodes` (or ES_LOCAL_NODES) above 1 every local node's URL, comma-separated."""
    cluster = load_cluster()
    if cluster.url:
        check_answers(cluster)
        return cluster.url
    return start_local(load_config(nodes=nodes), cluster)


def stop() -> bool:
    """Stop every local node of the home, single or cluster (SIGTERM, then SIGKILL); return
    whether any was running."""
    files = pid_files(load_config())
    pids = [pid for pid in map(read_pid, files) if pid_alive(pid)]
    terminate_all([pid for pid in pids if pid is not None], STOP_TIMEOUT_S)
    for pid_file in files:
        pid_file.unlink(missing_ok=True)
    return bool(pids)


def status(nodes: int | None = None) -> dict[str, str]:
    """`state` (running/stopped, or for a local cluster with a node down, partly running), `url`
    (every node's, without any password), and when running `version` and `health`; `nodes`
    (each local node's state) for a local cluster; `error` when the cluster does not answer."""
    cluster = load_cluster()
    if cluster.url:
        return _describe_first(split_urls(cluster.url), cluster, None)
    local = load_config(nodes=nodes)
    members = local.members()
    running = [node for node in members if running_pid(node) is not None]
    if not running:
        return {"state": "stopped", "url": local.urls}
    info = _describe_first([node.url for node in running], cluster, local)
    info["url"] = local.urls
    if local.is_cluster:
        info["nodes"] = ", ".join(
            f"{node.node_name} {'running' if node in running else 'stopped'}" for node in members
        )
        if len(running) < len(members) and info["state"] == "running":
            info["state"] = "partly running"
    return info


def _describe_first(urls: list[str], cluster: Cluster, local: LocalConfig | None) -> dict[str, str]:
    """`describe` of the first of `urls` that answers, or why none did."""
    auth = cluster_auth(cluster, local)
    shown = redacted_url(",".join(urls))
    reasons = []
    for url in urls:
        try:
            info = describe(url, auth.header, ca_certs=cluster.ca_certs)
            return {"state": "running", **info, "url": shown}
        except EsUnauthorizedError:
            raise
        except (urllib.error.URLError, OSError, ValueError, KeyError) as exc:
            reasons.append(scrub(str(getattr(exc, "reason", exc)), auth.secrets))
    return {"state": "not answering", "url": shown, "error": "; ".join(reasons)}


def current_url(nodes: int | None = None) -> str:
    """ELASTICSEARCH_URL as given (credentials included), else the local server's URL, or
    for a local cluster every node's URL, comma-separated."""
    return load_cluster().url or load_config(nodes=nodes).urls
