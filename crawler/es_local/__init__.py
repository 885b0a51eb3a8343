"""Room: crawler/es_local — a real single-node Elasticsearch (or, with ES_LOCAL_NODES / `--nodes`,
a cluster of several local nodes) for development, tests and cron, provisioned by the project
itself (the embedded default server; part of the product).

There is no Docker and no internet here, only package registries, so the official
server-without-JDK artifact (`org.elasticsearch.distribution.integ-test-zip`) is fetched from
Maven Central with `mvn`, checked against a pinned SHA-512, unpacked under
`<repo>/.cache/es-local/` and run on 127.0.0.1 with a small heap, single-node discovery and an
explicit security setting. Elasticsearch refuses to run as root, so as root it runs as an
unprivileged system user via `runuser`. When `ELASTICSEARCH_URL` is set, that cluster is used
instead and nothing is started.

Command line: `python -m crawler.es_local {start,stop,status,url} [--nodes N]` (`__main__.py`).
Python API (re-exported here): `ensure_running()`, `stop()`, `status()`, `current_url()`,
`wait_for_health()`, `cluster_health()`, `auth_header()`, `load_config()`, `default_home()`.
Only the standard library is used (no Scrapy, no Elasticsearch client), so it works before
anything else is set up. Every expected failure is an `EsLocalError` with a one-line message.

Rooms: config (releases, errors, the environment: read there and nowhere else), node_config
(elasticsearch.yml), install (download, checksum, unpack), system (Java, the unprivileged user,
permissions), http (credentials, health), processes (pids, ports, stopping), logs (why a start
failed), server (prepare, launch, start, stop, status), __main__ (the command line).

Environment: ELASTICSEARCH_URL, ELASTICSEARCH_USERNAME, ELASTICSEARCH_PASSWORD,
ELASTICSEARCH_API_KEY, ELASTICSEARCH_CA_CERTS (an existing cluster); ES_LOCAL_VERSION,
ES_LOCAL_HOME, ES_LOCAL_PORT, ES_LOCAL_SECURITY, ES_LOCAL_PASSWORD, ES_LOCAL_JAVA_HOME,
ES_LOCAL_USER, ES_LOCAL_HEAP, ES_LOCAL_NODES (the local server).
"""

from __future__ import annotations

from crawler.es_local.config import (
    Cluster,
    EsLocalError,
    EsUnauthorizedError,
    LocalConfig,
    default_home,
    load_cluster,
    load_config,
)
from crawler.es_local.http import auth_header, cluster_auth, cluster_health, wait_for_health
from crawler.es_local.server import current_url, ensure_running, status, stop

__all__ = [
    "Cluster",
    "EsLocalError",
    "EsUnauthorizedError",
    "LocalConfig",
    "auth_header",
    "cluster_auth",
    "cluster_health",
    "current_url",
    "default_home",
    "ensure_running",
    "load_cluster",
    "load_config",
    "status",
    "stop",
    "wait_for_health",
]
