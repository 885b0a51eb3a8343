"""A real single-node Elasticsearch for development and tests, provisioned by the project itself.

There is no Docker and no internet here, only package registries, so this module fetches the
official server-without-JDK artifact (`org.elasticsearch.distribution.integ-test-zip`) from Maven
Central with `mvn`, checks it against a pinned SHA-512, unpacks it under `<repo>/.cache/es-local/`
and runs it on 127.0.0.1 with a small heap, single-node discovery and an explicit security setting.
Elasticsearch refuses to run as root, so as root it runs as an unprivileged system user via
`runuser`. When `ELASTICSEARCH_URL` is set, that cluster is used instead and nothing is started.

Command line: `python -m crawler.es_local {start,stop,status,url}`. Python API for tests:
`ensure_running()`, `stop()`, `status()`, `wait_for_health()`, `cluster_health()`, `auth_header()`.
Only the standard library is used (no Scrapy, no Elasticsearch client), so it works before
anything else is set up. Every expected failure is an `EsLocalError` with a one-line message.

Environment: ELASTICSEARCH_URL, ELASTICSEARCH_USERNAME, ELASTICSEARCH_PASSWORD,
ELASTICSEARCH_API_KEY, ELASTICSEARCH_CA_CERTS (an existing cluster); ES_LOCAL_VERSION,
ES_LOCAL_HOME, ES_LOCAL_PORT, ES_LOCAL_SECURITY, ES_LOCAL_PASSWORD, ES_LOCAL_JAVA_HOME,
ES_LOCAL_USER (the local server).
"""

from __future__ import annotations

import base64
import contextlib
import errno
import fcntl
import json
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from hashlib import sha1, sha512
from pathlib import Path
from typing import Any, NamedTuple


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
ARTIFACT = "org.elasticsearch.distribution.integ-test-zip:elasticsearch:{version}:zip"
MVN_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy"
REPO_ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 60.0
# The JVM heap (ES_LOCAL_HEAP). 512 MB is enough for tests and small archives; 2 GB did not index
# any faster here (measured with `python -m benchmarks`), but a large archive wants more.
DEFAULT_HEAP = "512m"
_HEAP_SIZE = re.compile(r"[1-9][0-9]*[mMgG]")
# Settings that only exist when their module is in the distribution (unknown settings are fatal).
OPTIONAL_SETTINGS: dict[str, tuple[str, Any]] = {
    "ingest-geoip": ("ingest.geoip.downloader.enabled", False),
    "x-pack-ml": ("xpack.ml.enabled", False),
}
STATUS_STOPPED = 3

Scalar = str | int | bool


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

    @property
    def install_dir(self) -> Path:
        return self.home / f"elasticsearch-{self.version}"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def download_dir(self) -> Path:
        return self.home / "download"

    @property
    def zip_path(self) -> Path:
        return self.download_dir / f"elasticsearch-{self.version}.zip"

    @property
    def pid_file(self) -> Path:
        return self.home / "elasticsearch.pid"

    @property
    def state_file(self) -> Path:
        return self.home / "es-local.json"

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
        return self.port + 100

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _port(value: str | None) -> int:
    try:
        port = int(value) if value else DEFAULT_PORT
    except ValueError:
        raise EsLocalError(f"ES_LOCAL_PORT must be a number, got {value!r}") from None
    if not 1024 <= port <= 65535 - 100:
        raise EsLocalError(f"ES_LOCAL_PORT must be between 1024 and 65435, got {port}")
    return port


def _heap(value: str | None) -> str:
    heap = (value or "").strip() or DEFAULT_HEAP
    if not _HEAP_SIZE.fullmatch(heap):
        raise EsLocalError(f"ES_LOCAL_HEAP must be a size such as 512m or 2g, got {value!r}")
    return heap


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


def load_config(env: Mapping[str, str] | None = None) -> LocalConfig:
    """Read the local server's settings from `env` (default: `os.environ`)."""
    env = os.environ if env is None else env
    version = env.get("ES_LOCAL_VERSION") or DEFAULT_VERSION
    if version not in RELEASES:
        known = ", ".join(sorted(RELEASES))
        raise EsLocalError(f"ES_LOCAL_VERSION={version} is not pinned here; known: {known}")
    home = env.get("ES_LOCAL_HOME") or str(default_home(version))
    return LocalConfig(
        version=version,
        home=Path(home).resolve(),
        port=_port(env.get("ES_LOCAL_PORT")),
        security=_flag(env.get("ES_LOCAL_SECURITY")),
        password=env.get("ES_LOCAL_PASSWORD") or DEFAULT_PASSWORD,
        java_home=Path(env.get("ES_LOCAL_JAVA_HOME") or RELEASES[version].java_home),
        user=env.get("ES_LOCAL_USER") or DEFAULT_USER,
        heap=_heap(env.get("ES_LOCAL_HEAP")),
    )


# --- configuration -------------------------------------------------------------------------


def node_settings(cfg: LocalConfig, modules: Iterable[str] = ()) -> dict[str, Scalar]:
    """The elasticsearch.yml settings for `cfg`; `modules` are the distribution's module names."""
    settings: dict[str, Scalar] = {
        "cluster.name": cfg.cluster_name,
        "node.name": f"es-local-{cfg.port}",
        "network.host": HOST,
        "http.port": cfg.port,
        "transport.port": cfg.transport_port,
        "discovery.type": "single-node",
        "cluster.routing.allocation.disk.threshold_enabled": False,
        "path.data": str(cfg.data_dir),
        "path.logs": str(cfg.logs_dir),
        "xpack.security.enabled": cfg.security,
    }
    if cfg.security:
        settings["xpack.security.http.ssl.enabled"] = False
        settings["xpack.security.transport.ssl.enabled"] = False
    present = set(modules)
    for module, (key, value) in OPTIONAL_SETTINGS.items():
        if module in present:
            settings[key] = value
    return settings


def render_yaml(settings: Mapping[str, Scalar]) -> str:
    """Flat `key: value` YAML; strings are JSON-quoted (valid YAML), booleans lower-case."""
    lines = ["# Written by crawler/es_local.py on every start; edits are overwritten."]
    for key, value in settings.items():
        lines.append(f"{key}: {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def installed_modules(install_dir: Path) -> list[str]:
    modules = install_dir / "modules"
    return sorted(p.name for p in modules.iterdir()) if modules.is_dir() else []


def write_config(cfg: LocalConfig) -> None:
    settings = node_settings(cfg, installed_modules(cfg.install_dir))
    (cfg.install_dir / "config" / "elasticsearch.yml").write_text(render_yaml(settings))


# --- download, checksum, unpack ------------------------------------------------------------


def file_sha512(path: Path) -> str:
    digest = sha512()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_checksum(path: Path, expected: str) -> None:
    """Raise (and delete the file) unless `path` has the SHA-512 `expected`."""
    actual = file_sha512(path)
    if actual != expected.lower():
        path.unlink(missing_ok=True)
        raise EsLocalError(
            f"checksum mismatch for {path.name}: expected sha512 {expected[:16]}…, "
            f"got {actual[:16]}…; the file was deleted, run again to download it afresh "
            "(if it recurs, delete Maven's copy under ~/.m2/repository/org/elasticsearch)"
        )


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def mvn_error_line(output: str) -> str:
    """The most useful line of a failed Maven run (its first `[ERROR]` line, shortened)."""
    for line in _strip_ansi(output).splitlines():
        if line.startswith("[ERROR]") and line[7:].strip():
            text = line[7:].strip()
            return text.split(": ", 1)[-1] if "Failed to execute goal" in text else text
    lines = [ln for ln in _strip_ansi(output).splitlines() if ln.strip()]
    return lines[-1].strip() if lines else "no output"


def download(cfg: LocalConfig) -> Path:
    """Fetch the zip with Maven into the download dir (Maven also keeps it in ~/.m2)."""
    if cfg.zip_path.is_file():
        return cfg.zip_path
    mvn = shutil.which("mvn")
    if mvn is None:
        raise EsLocalError("cannot download Elasticsearch: `mvn` (Maven) is not on PATH")
    cfg.download_dir.mkdir(parents=True, exist_ok=True)
    artifact = ARTIFACT.format(version=cfg.version)
    cmd = [mvn, "-q", "-B", MVN_PLUGIN, f"-Dartifact={artifact}"]
    cmd.append(f"-DoutputDirectory={cfg.download_dir}")
    print(f"es_local: downloading {artifact} with Maven…", file=sys.stderr)
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False)
    except subprocess.TimeoutExpired:
        raise EsLocalError(f"Maven download of {artifact} timed out after 30 min") from None
    if done.returncode != 0 or not cfg.zip_path.is_file():
        reason = mvn_error_line(done.stdout + done.stderr)
        raise EsLocalError(f"Maven could not download {artifact}: {reason}")
    return cfg.zip_path


def _unzip_with_python(zip_path: Path, dest: Path) -> None:
    with zipfile.ZipFile(zip_path) as archive:
        for info in archive.infolist():
            target = Path(archive.extract(info, dest))
            mode = (info.external_attr >> 16) & 0o7777
            if mode and not info.is_dir():
                target.chmod(mode)
    for script in dest.glob("*/bin/*"):
        script.chmod(0o755)


def unpack(zip_path: Path, dest: Path) -> None:
    """Unpack with `unzip` (keeps the run bits), or Python's zipfile if `unzip` is missing."""
    dest.mkdir(parents=True, exist_ok=True)
    unzip = shutil.which("unzip")
    try:
        if unzip is None:
            _unzip_with_python(zip_path, dest)
            return
        cmd = [unzip, "-q", "-o", str(zip_path), "-d", str(dest)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except (OSError, zipfile.BadZipFile) as exc:
        raise EsLocalError(f"cannot unpack {zip_path}: {exc}") from None
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
        raise EsLocalError(f"unzip failed on {zip_path} (exit {done.returncode}): {reason[-1]}")


def install(cfg: LocalConfig) -> None:
    """Download, verify and unpack the distribution unless it is already installed."""
    if (cfg.install_dir / "bin" / "elasticsearch").is_file():
        return
    zip_path = download(cfg)
    verify_checksum(zip_path, RELEASES[cfg.version].sha512)
    staging = Path(tempfile.mkdtemp(prefix="unpack-", dir=cfg.home))
    try:
        unpack(zip_path, staging)
        unpacked = staging / cfg.install_dir.name
        if not (unpacked / "bin" / "elasticsearch").is_file():
            raise EsLocalError(f"{zip_path.name} does not contain {cfg.install_dir.name}/bin")
        shutil.rmtree(cfg.install_dir, ignore_errors=True)
        unpacked.rename(cfg.install_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# --- Java, user, permissions ---------------------------------------------------------------


def check_java(java_home: Path) -> Path:
    """Return the `java` binary under `java_home`, or explain that it is missing."""
    java = java_home / "bin" / "java"
    if not (java.is_file() and os.access(java, os.X_OK)):
        raise EsLocalError(
            f"Java not found: {java} does not exist or is not executable "
            "(install that JDK or set ES_LOCAL_JAVA_HOME to a JDK home)"
        )
    return java


def is_root() -> bool:
    return os.geteuid() == 0


def ensure_user(name: str) -> None:
    """Create the unprivileged system user that runs Elasticsearch (idempotent)."""
    with contextlib.suppress(KeyError):
        pwd.getpwnam(name)
        return
    useradd = shutil.which("useradd")
    if useradd is None:
        raise EsLocalError(f"cannot create user {name!r}: `useradd` is not on PATH")
    cmd = [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 9):  # 9: the user exists (a concurrent start made it)
        raise EsLocalError(f"useradd {name} failed: {done.stderr.strip() or done.returncode}")


def untraversable_ancestor(path: Path) -> Path | None:
    """The first directory above `path` that other users cannot enter (no o+x), if any."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.stat().st_mode & 0o001:
            return parent
    return None


def check_reachable(cfg: LocalConfig) -> None:
    """As root, the ES user must reach the home and the JDK through world-traversable dirs."""
    if cfg.home == Path("/root") or Path("/root") in cfg.home.parents:
        raise EsLocalError(
            f"ES_LOCAL_HOME {cfg.home} is under /root, which user {cfg.user} cannot enter; "
            "set ES_LOCAL_HOME to a directory elsewhere"
        )
    for path, what in ((cfg.home, "ES_LOCAL_HOME"), (cfg.java_home, "the Java home")):
        blocked = untraversable_ancestor(path)
        if blocked is not None:
            mode = oct(blocked.stat().st_mode & 0o777)
            raise EsLocalError(
                f"{blocked} (mode {mode}) is not traversable by user {cfg.user}, so it cannot "
                f"reach {what} {path}; run `chmod o+x {blocked}` or choose another location"
            )


def chown_tree(root: Path, user: str) -> None:
    entry = pwd.getpwnam(user)
    os.chown(root, entry.pw_uid, entry.pw_gid)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            os.chown(os.path.join(dirpath, name), entry.pw_uid, entry.pw_gid, follow_symlinks=False)


def as_es_user(cfg: LocalConfig, cmd: list[str]) -> list[str]:
    """Prefix `cmd` with `runuser` when we are root; as anyone else, run it directly."""
    return ["runuser", "-u", cfg.user, "--", *cmd] if is_root() else cmd


def es_env(cfg: LocalConfig) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        ES_JAVA_HOME=str(cfg.java_home),
        ES_JAVA_OPTS=f"-Xms{cfg.heap} -Xmx{cfg.heap}",
        ES_PATH_CONF=str(cfg.install_dir / "config"),
    )
    env.pop("JAVA_HOME", None)
    return env


def setup_keystore(cfg: LocalConfig) -> None:
    """Put the `elastic` user's bootstrap password into the keystore (security mode only)."""
    tool = str(cfg.install_dir / "bin" / "elasticsearch-keystore")
    steps: list[tuple[list[str], str | None]] = []
    if not (cfg.install_dir / "config" / "elasticsearch.keystore").exists():
        steps.append(([tool, "create"], None))
    steps.append(([tool, "add", "-x", "-f", "bootstrap.password"], cfg.password))
    for cmd, stdin in steps:
        done = subprocess.run(
            as_es_user(cfg, cmd),
            input=stdin,
            capture_output=True,
            text=True,
            env=es_env(cfg),
            cwd=cfg.install_dir,
            check=False,
        )
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
            raise EsLocalError(f"elasticsearch-keystore {cmd[1]} failed: {detail[-1]}")


# --- HTTP ----------------------------------------------------------------------------------


def auth_header(env: Mapping[str, str] | None = None, *, local: LocalConfig | None = None) -> str:
    """The Authorization header for the cluster in use ('' when none is configured).

    ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/PASSWORD win; for a local server in
    security mode the fallback is `elastic` with ES_LOCAL_PASSWORD.
    """
    env = os.environ if env is None else env
    if env.get("ELASTICSEARCH_API_KEY"):
        return f"ApiKey {env['ELASTICSEARCH_API_KEY']}"
    user, password = env.get("ELASTICSEARCH_USERNAME"), env.get("ELASTICSEARCH_PASSWORD")
    if not user and local is not None and local.security:
        user, password = "elastic", local.password
    if not user:
        return ""
    token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
    return f"Basic {token}"


def _opener(url: str) -> urllib.request.OpenerDirector:
    host = urllib.parse.urlsplit(url).hostname or ""
    handlers: list[urllib.request.BaseHandler] = []
    if host in {"127.0.0.1", "localhost", "::1"}:
        handlers.append(urllib.request.ProxyHandler({}))  # never send loopback via a proxy
    ca_certs = os.environ.get("ELASTICSEARCH_CA_CERTS")
    if ca_certs:
        handlers.append(
            urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=ca_certs))
        )
    return urllib.request.build_opener(*handlers)


def get_json(url: str, *, auth: str = "", timeout: float = 10.0) -> dict[str, Any]:
    """GET `url` and decode its JSON; 401 raises `EsUnauthorizedError`, 408 bodies are returned."""
    headers = {"Accept": "application/json"}
    if auth:
        headers["Authorization"] = auth
    request = urllib.request.Request(url, headers=headers)
    try:
        with _opener(url).open(request, timeout=timeout) as response:
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
    url: str, *, auth: str = "", wait_for_status: str | None = None, timeout: float = 10.0
) -> dict[str, Any]:
    """`GET /_cluster/health` (this distribution has no `GET /`), optionally waiting server-side."""
    query = ""
    if wait_for_status:
        wait_s = max(1, int(timeout) - 1)
        query = f"?wait_for_status={wait_for_status}&timeout={wait_s}s"
    return get_json(f"{url.rstrip('/')}/_cluster/health{query}", auth=auth, timeout=timeout)


def wait_for_health(
    url: str,
    *,
    auth: str = "",
    timeout: float = START_TIMEOUT_S,
    alive: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Poll until the cluster is yellow or green; raise if `alive()` turns false or on timeout."""
    deadline = time.monotonic() + timeout
    last = "no answer"
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            health = cluster_health(
                url, auth=auth, wait_for_status="yellow", timeout=min(10.0, max(remaining, 2.0))
            )
            if health.get("status") in {"yellow", "green"}:
                return health
            last = f"status {health.get('status')}"
        except (urllib.error.URLError, OSError, ValueError) as exc:
            last = str(getattr(exc, "reason", exc))
        if alive is not None and not alive():
            raise EsLocalError(f"the Elasticsearch process exited before {url} became healthy")
        time.sleep(1.0)
    raise EsLocalError(f"{url} not yellow/green after {timeout:.0f}s ({last})")


def describe(url: str, auth: str = "") -> dict[str, str]:
    """Version and health of the cluster at `url` (raises if it does not answer)."""
    health = cluster_health(url, auth=auth)
    nodes = get_json(f"{url.rstrip('/')}/_nodes/_local?filter_path=nodes.*.version", auth=auth)
    versions = [str(n.get("version")) for n in nodes.get("nodes", {}).values()]
    return {"url": url, "version": ",".join(versions) or "?", "health": str(health["status"])}


# --- processes and ports -------------------------------------------------------------------


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


# --- logs ----------------------------------------------------------------------------------

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


# --- start / stop / status -----------------------------------------------------------------


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


def start_local(cfg: LocalConfig) -> str:
    """Start the local server unless it already runs; return its URL once yellow/green."""
    with start_lock(cfg):
        return _start_locked(cfg)


def _start_locked(cfg: LocalConfig) -> str:
    auth = auth_header(local=cfg)
    pid = running_pid(cfg)
    if pid is not None:
        check_same_settings(cfg, pid)
        wait_for_health(cfg.url, auth=auth, alive=lambda: running_pid(cfg) is not None)
        return cfg.url
    check_ports_free(cfg)
    prepare(cfg)
    launch(cfg)
    try:
        wait_for_health(cfg.url, auth=auth, alive=lambda: running_pid(cfg) is not None)
    except EsUnauthorizedError:
        raise
    except EsLocalError as exc:
        raise start_failure(cfg, f"started but is not healthy ({exc})") from None
    return cfg.url


def external_url(env: Mapping[str, str] | None = None) -> str | None:
    env = os.environ if env is None else env
    return env.get("ELASTICSEARCH_URL", "").strip().rstrip("/") or None


def ensure_running() -> str:
    """Return the URL of a healthy cluster: ELASTICSEARCH_URL if set, else the local server."""
    url = external_url()
    if url is not None:
        try:
            cluster_health(url, auth=auth_header())
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise EsLocalError(f"ELASTICSEARCH_URL={url} does not answer: {reason}") from None
        return url
    return start_local(load_config())


def stop() -> bool:
    """Stop the local server (SIGTERM, then SIGKILL); return whether one was running."""
    cfg = load_config()
    pid = running_pid(cfg)
    if pid is None:
        cfg.pid_file.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.5)
    if pid_alive(pid):
        os.kill(pid, signal.SIGKILL)
        while pid_alive(pid):
            time.sleep(0.2)
    cfg.pid_file.unlink(missing_ok=True)
    return True


def status() -> dict[str, str]:
    """`state` (running/stopped), `url`, and when running `version` and `health`."""
    url = external_url()
    local = None if url is not None else load_config()
    url = url or (local.url if local else "")
    if local is not None and running_pid(local) is None:
        return {"state": "stopped", "url": url}
    try:
        info = describe(url, auth_header(local=local))
    except EsUnauthorizedError:
        raise
    except (urllib.error.URLError, OSError, ValueError, KeyError) as exc:
        reason = str(getattr(exc, "reason", exc))
        return {"state": "not answering", "url": url, "error": reason}
    return {"state": "running", **info}


def current_url() -> str:
    return external_url() or load_config().url


# --- command line --------------------------------------------------------------------------


def _cmd_status() -> int:
    info = status()
    print(info["state"])
    for key in ("url", "version", "health", "error"):
        if key in info:
            print(f"{key}: {info[key]}")
    return 0 if info["state"] == "running" else STATUS_STOPPED


def _cmd_start() -> int:
    print(ensure_running())
    return 0


def _cmd_url() -> int:
    print(current_url())
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
