"""Room: crawler/es_local — talking to a cluster over HTTP: credentials, health, version.

Only the standard library (urllib), so it works before anything else is installed. The
integ-test distribution has no `GET /`, so health and version come from `_cluster/health` and
`_nodes`. A 401 is its own error (`EsUnauthorizedError`): security is on and we lack credentials.
"""

from __future__ import annotations

import json
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from typing import Any

from crawler.credentials import Authorization, authorization, redacted_url
from crawler.es_local.config import (
    START_TIMEOUT_S,
    Cluster,
    EsLocalError,
    EsUnauthorizedError,
    LocalConfig,
    load_cluster,
)


def cluster_auth(cluster: Cluster, local: LocalConfig | None = None) -> Authorization:
    """The Authorization for `cluster` (header '' when none is configured) and its secrets.

    ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/PASSWORD win; for a local server in
    security mode the fallback is `elastic` with ES_LOCAL_PASSWORD; otherwise the user:password
    written in ELASTICSEARCH_URL, if any.
    """
    username, password = cluster.username, cluster.password
    if not username and local is not None and local.security:
        username, password = "elastic", local.password
    return authorization(
        url=cluster.url, api_key=cluster.api_key, username=username, password=password
    )


def auth_header(env: Mapping[str, str] | None = None, *, local: LocalConfig | None = None) -> str:
    """`cluster_auth`'s header for the ELASTICSEARCH_* variables in `env` (default: `os.environ`)."""
    return cluster_auth(load_cluster(env), local).header


def _opener(url: str, ca_certs: str = "") -> urllib.request.OpenerDirector:
    host = urllib.parse.urlsplit(url).hostname or ""
    handlers: list[urllib.request.BaseHandler] = []
    if host in {"127.0.0.1", "localhost", "::1"}:
        handlers.append(urllib.request.ProxyHandler({}))  # never send loopback via a proxy
    if ca_certs:
        handlers.append(
            urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=ca_certs))
        )
    return urllib.request.build_opener(*handlers)


def get_json(
    url: str, *, auth: str = "", timeout: float = 10.0, ca_certs: str = ""
) -> dict[str, Any]:
    """GET `url` and decode its JSON; 401 raises `EsUnauthorizedError`, 408 bodies are returned.

    A user:password in `url` is dropped (never sent as user-info, never shown): credentials
    travel in `auth` (see `cluster_auth`, which takes them from the URL).
    """
    url = redacted_url(url)
    headers = {"Accept": "application/json"}
    if auth:
        headers["Authorization"] = auth
    request = urllib.request.Request(url, headers=headers)
    try:
        with _opener(url, ca_certs).open(request, timeout=timeout) as response:
            return dict(json.loads(response.read()))
    except urllib.error.HTTPError as exc:
        if exc.code == 401:
            how = "the credentials were rejected" if auth else "no credentials were given"
            raise EsUnauthorizedError(
                f"{url} answered 401 Unauthorized: security is on and {how} "
                "(set ELASTICSEARCH_USERNAME/ELASTICSEARCH_PASSWORD or ELASTICSEARCH_API_KEY)"
            ) from None
        if exc.code == 408:  # _cluster/health wait timed out; the body still has the status
            return dict(json.loads(exc.read()))
        raise


def cluster_health(
    url: str,
    *,
    auth: str = "",
    wait_for_status: str | None = None,
    timeout: float = 10.0,
    ca_certs: str = "",
    wait_for_nodes: int = 1,
) -> dict[str, Any]:
    """`GET /_cluster/health` (this distribution has no `GET /`), optionally waiting server-side
    for a status (and, for a cluster, for `wait_for_nodes` nodes to have joined)."""
    query = ""
    if wait_for_status:
        wait_s = max(1, int(timeout) - 1)
        query = f"?wait_for_status={wait_for_status}&timeout={wait_s}s"
        if wait_for_nodes > 1:
            query += f"&wait_for_nodes={wait_for_nodes}"
    health_url = f"{url.rstrip('/')}/_cluster/health{query}"
    return get_json(health_url, auth=auth, timeout=timeout, ca_certs=ca_certs)


def wait_for_health(
    url: str,
    *,
    auth: str = "",
    timeout: float = START_TIMEOUT_S,
    alive: Callable[[], bool] | None = None,
    ca_certs: str = "",
    nodes: int = 1,
) -> dict[str, Any]:
    """Poll until the cluster is yellow or green with `nodes` nodes; raise if `alive()` turns
    false or on timeout."""
    deadline = time.monotonic() + timeout
    last = "no answer"
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            wait_s = min(10.0, max(remaining, 2.0))
            health = cluster_health(
                url,
                auth=auth,
                wait_for_status="yellow",
                timeout=wait_s,
                ca_certs=ca_certs,
                wait_for_nodes=nodes,
            )
            joined = int(health.get("number_of_nodes", 1))
            if health.get("status") in {"yellow", "green"} and joined >= nodes:
                return health
            last = f"status {health.get('status')}, {joined} of {nodes} nodes"
        except (urllib.error.URLError, OSError, ValueError) as exc:
            last = str(getattr(exc, "reason", exc))
        if alive is not None and not alive():
            shown = redacted_url(url)
            raise EsLocalError(f"the Elasticsearch process exited before {shown} became healthy")
        time.sleep(1.0)
    raise EsLocalError(f"{redacted_url(url)} not yellow/green after {timeout:.0f}s ({last})")


def describe(url: str, auth: str = "", *, ca_certs: str = "") -> dict[str, str]:
    """Version and health of the cluster at `url` (raises if it does not answer)."""
    health = cluster_health(url, auth=auth, ca_certs=ca_certs)
    nodes_url = f"{url.rstrip('/')}/_nodes/_local?filter_path=nodes.*.version"
    nodes = get_json(nodes_url, auth=auth, ca_certs=ca_certs)
    versions = [str(n.get("version")) for n in nodes.get("nodes", {}).values()]
    shown = redacted_url(url)
    return {"url": shown, "version": ",".join(versions) or "?", "health": str(health["status"])}
