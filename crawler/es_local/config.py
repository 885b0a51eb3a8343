"""Room: crawler/es_local — configuration: the pinned releases, the errors, and the environment.

The only module of the package that reads the environment. The tool runs without Scrapy (before
anything else is set up, and from cron), so it reads its own variables: ES_LOCAL_* describe the
local server (`load_config` → `LocalConfig`), ELASTICSEARCH_* an existing cluster to use instead
(`load_cluster` → `Cluster`). Every other module is given these values.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from hashlib import sha1
from pathlib import Path
from typing import NamedTuple

from crawler.credentials import split_urls


class Release(NamedTuple):
    """A pinned Elasticsearch release: checksum of its integ-test zip and the Java it runs on."""

    sha512: str
    java_home: str


RELEASES: dict[str, Release] = {
    "9.2.0": Release(
        "2c624e913bb8712fb1698fc1ab3a241c868228183f089ff3cde17ad7bc7b5a96"
        "63454c2af939c65e075663826371e3d4344dca43a55a8aab9594f9a64b01d2c7",
        "/usr/lib/jvm/temurin-25-jdk-amd64",
    ),
    "8.19.0": Release(
        "bd600df798d23d2683c999e19299164a2b3af265bc09b43fb86e1f5fbc0ccb14"
        "e8b2ac12b36631d835bcabc0eda2a050e06696e9f9ac283a309be6a6612a8017",
        "/usr/lib/jvm/java-17-openjdk-amd64",
    ),
}
DEFAULT_VERSION = "9.2.0"
DEFAULT_PORT = 9200
DEFAULT_PASSWORD = "changeme-local"
DEFAULT_USER = "esrun"
HOST = "127.0.0.1"
REPO_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 180.0
# The JVM heap (ES_LOCAL_HEAP). 512 MB is enough for tests and small archives; 2 GB did not index
# any faster here (measured with `python -m benchmarks`), but a large archive wants more.
DEFAULT_HEAP = "512m"
# ES_LOCAL_NODES: 1 is today's single-node server; more start a cluster on consecutive ports.
# Each node takes its own heap (512m by default), so a handful is what one machine should hold.
MAX_NODES = 9
# Transport ports sit this far above HTTP ports (9200 -> 9300, as Elasticsearch's defaults).
TRANSPORT_OFFSET = 100
_HEAP_SIZE = re.compile(r"[1-9][0-9]*[mMgG]")


class EsLocalError(Exception):
    """An expected failure, reported to the user as one line without a traceback."""


class EsUnauthorizedError(EsLocalError):
    """The cluster answered 401: security is on and the credentials are missing or wrong."""


@dataclass(frozen=True)
class LocalConfig:
    """Everything about the local server, derived from the environment by `load_config`."""

    version: str
    home: Path
    port: int
    security: bool
    password: str
    java_home: Path
    user: str
    heap: str = DEFAULT_HEAP
    # How many nodes the local cluster has, and which of them this configuration describes
    # (`port` is then that node's HTTP port). One node keeps the single-node layout of old.
    nodes: int = 1
    index: int = 0

    @property
    def is_cluster(self) -> bool:
        return self.nodes > 1

    @property
    def base_port(self) -> int:
        """The first node's HTTP port (ES_LOCAL_PORT); node i listens on base_port + i."""
        return self.port - self.index

    def members(self) -> list[LocalConfig]:
        """One configuration per node of the cluster (just this one for a single node)."""
        return [replace(self, index=i, port=self.base_port + i) for i in range(self.nodes)]

    @property
    def node_name(self) -> str:
        """Stable across restarts, so a node killed and started again rejoins as itself."""
        return f"node-{self.index + 1}" if self.is_cluster else f"es-local-{self.port}"

    @property
    def node_home(self) -> Path:
        """Where this node keeps its data, logs, config and pid: a cluster's nodes each have
        their own folder under `nodes/`, beside the one installation they share."""
        return self.home / "nodes" / self.node_name if self.is_cluster else self.home

    @property
    def install_dir(self) -> Path:
        return self.home / f"elasticsearch-{self.version}"

    @property
    def conf_dir(self) -> Path:
        """ES_PATH_CONF: the installation's own for a single node, a copy per cluster node."""
        return self.node_home / "config" if self.is_cluster else self.install_dir / "config"

    @property
    def data_dir(self) -> Path:
        return self.node_home / "data"

    @property
    def logs_dir(self) -> Path:
        return self.node_home / "logs"

    @property
    def download_dir(self) -> Path:
        return self.home / "download"

    @property
    def zip_path(self) -> Path:
        return self.download_dir / f"elasticsearch-{self.version}.zip"

    @property
    def pid_file(self) -> Path:
        return self.node_home / "elasticsearch.pid"

    @property
    def state_file(self) -> Path:
        return self.node_home / "es-local.json"

    @property
    def launcher_log(self) -> Path:
        return self.logs_dir / "launcher.log"

    @property
    def server_log(self) -> Path:
        return self.logs_dir / f"{self.cluster_name}.log"

    @property
    def cluster_name(self) -> str:
        return "es-local"

    @property
    def transport_port(self) -> int:
        return self.port + TRANSPORT_OFFSET

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def urls(self) -> str:
        """Every node's URL, comma-separated: what ELASTICSEARCH_URL takes for a cluster."""
        return ",".join(member.url for member in self.members())


@dataclass(frozen=True)
class Cluster:
    """The ELASTICSEARCH_* variables: an existing cluster (`url` '' means the local server;
    several nodes' URLs are comma-separated)."""

    url: str = ""
    api_key: str = field(default="", repr=False)
    username: str = ""
    password: str = field(default="", repr=False)
    ca_certs: str = ""


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _port(value: str | None, nodes: int) -> int:
    try:
        port = int(value) if value else DEFAULT_PORT
    except ValueError:
        raise EsLocalError(f"ES_LOCAL_PORT must be a number, got {value!r}") from None
    highest = 65535 - TRANSPORT_OFFSET - (nodes - 1)
    if not 1024 <= port <= highest:
        raise EsLocalError(f"ES_LOCAL_PORT must be between 1024 and {highest}, got {port}")
    return port


def node_count(value: str | int | None) -> int:
    """ES_LOCAL_NODES (or `--nodes`): 1 to MAX_NODES, 1 when unset."""
    try:
        nodes = int(value) if value not in (None, "") else 1
    except ValueError:
        raise EsLocalError(f"ES_LOCAL_NODES must be a number, got {value!r}") from None
    if not 1 <= nodes <= MAX_NODES:
        raise EsLocalError(f"ES_LOCAL_NODES must be between 1 and {MAX_NODES}, got {nodes}")
    return nodes


def _heap(value: str | None) -> str:
    heap = (value or "").strip() or DEFAULT_HEAP
    if not _HEAP_SIZE.fullmatch(heap):
        raise EsLocalError(f"ES_LOCAL_HEAP must be a size such as 512m or 2g, got {value!r}")
    return heap


def untraversable_ancestor(path: Path) -> Path | None:
    """The first directory above `path` that other users cannot enter (no o+x), if any."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.stat().st_mode & 0o001:
            return parent
    return None


def default_home(name: str) -> Path:
    """`<repo>/.cache/es-local/<name>`, or, when another user could not reach that (a checkout
    under /root or under a 0700 directory, while ES must run unprivileged), a folder under
    /var/tmp keyed by the checkout's path, so every checkout still gets its own server files."""
    home = REPO_ROOT / ".cache" / "es-local" / name
    blocked = Path("/root") in home.parents or untraversable_ancestor(home) is not None
    if os.geteuid() != 0 or not blocked:
        return home
    key = sha1(str(REPO_ROOT).encode()).hexdigest()[:10]
    return Path("/var/tmp") / "municipal-news-es-local" / key / name


def load_config(env: Mapping[str, str] | None = None, nodes: int | None = None) -> LocalConfig:
    """Read the local server's settings from `env` (default: `os.environ`); `nodes` (the
    command line's `--nodes`) wins over ES_LOCAL_NODES."""
    env = os.environ if env is None else env
    count = node_count(nodes if nodes is not None else env.get("ES_LOCAL_NODES"))
    security = _flag(env.get("ES_LOCAL_SECURITY"))
    if security and count > 1:
        # Nodes of a secured cluster need TLS between them, which this tool does not set up.
        raise EsLocalError("ES_LOCAL_SECURITY is for a single node; unset it or ES_LOCAL_NODES")
    version = env.get("ES_LOCAL_VERSION") or DEFAULT_VERSION
    if version not in RELEASES:
        known = ", ".join(sorted(RELEASES))
        raise EsLocalError(f"ES_LOCAL_VERSION={version} is not pinned here; known: {known}")
    home = env.get("ES_LOCAL_HOME") or str(default_home(version))
    return LocalConfig(
        version=version,
        home=Path(home).resolve(),
        port=_port(env.get("ES_LOCAL_PORT"), count),
        security=security,
        password=env.get("ES_LOCAL_PASSWORD") or DEFAULT_PASSWORD,
        java_home=Path(env.get("ES_LOCAL_JAVA_HOME") or RELEASES[version].java_home),
        user=env.get("ES_LOCAL_USER") or DEFAULT_USER,
        heap=_heap(env.get("ES_LOCAL_HEAP")),
        nodes=count,
    )


def load_cluster(env: Mapping[str, str] | None = None) -> Cluster:
    """Read the ELASTICSEARCH_* variables from `env` (default: `os.environ`)."""
    env = os.environ if env is None else env
    return Cluster(
        url=",".join(split_urls(env.get("ELASTICSEARCH_URL", ""))),
        api_key=env.get("ELASTICSEARCH_API_KEY", ""),
        username=env.get("ELASTICSEARCH_USERNAME", ""),
        password=env.get("ELASTICSEARCH_PASSWORD", ""),
        ca_certs=env.get("ELASTICSEARCH_CA_CERTS", ""),
    )
