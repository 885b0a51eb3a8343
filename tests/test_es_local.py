"""Unit tests of crawler.es_local's pure parts; no Elasticsearch is started here."""

from __future__ import annotations

import base64
import http.server
import json
import os
import socket
import stat
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from crawler import es_local
from crawler.es_local import (
    EsLocalError,
    EsUnauthorizedError,
    LocalConfig,
    config,
    install,
    logs,
    node_config,
    processes,
    server,
    system,
)
from crawler.es_local import __main__ as cli


def make_config(tmp_path: Path, **env: str) -> LocalConfig:
    return es_local.load_config({"ES_LOCAL_HOME": str(tmp_path / "home"), **env})


# --- configuration ---------------------------------------------------------------------------


def test_defaults_pin_9_2_0_under_the_repo_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "untraversable_ancestor", lambda path: None)
    cfg = es_local.load_config({})
    assert cfg.version == "9.2.0" == config.DEFAULT_VERSION
    assert cfg.home == config.REPO_ROOT / ".cache" / "es-local" / "9.2.0"
    assert cfg.url == "http://127.0.0.1:9200"
    assert cfg.transport_port == 9300
    assert cfg.java_home == Path("/usr/lib/jvm/temurin-25-jdk-amd64")
    assert not cfg.security


def test_environment_selects_version_port_home_and_security(tmp_path: Path) -> None:
    cfg = make_config(
        tmp_path,
        ES_LOCAL_VERSION="8.19.0",
        ES_LOCAL_PORT="9201",
        ES_LOCAL_SECURITY="1",
        ES_LOCAL_PASSWORD="s3cret",
    )
    assert (cfg.version, cfg.port, cfg.transport_port) == ("8.19.0", 9201, 9301)
    assert cfg.home == (tmp_path / "home").resolve()
    assert cfg.install_dir == cfg.home / "elasticsearch-8.19.0"
    assert cfg.java_home == Path("/usr/lib/jvm/java-17-openjdk-amd64")
    assert cfg.security and cfg.password == "s3cret"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ES_LOCAL_VERSION": "7.17.0"}, "not pinned here; known: 8.19.0, 9.2.0"),
        ({"ES_LOCAL_PORT": "abc"}, "must be a number"),
        ({"ES_LOCAL_PORT": "80"}, "between 1024"),
        ({"ES_LOCAL_HEAP": "lots"}, "ES_LOCAL_HEAP must be a size such as 512m or 2g"),
        ({"ES_LOCAL_HEAP": "-Xmx2g"}, "ES_LOCAL_HEAP must be a size"),
    ],
)
def test_bad_environment_is_one_clear_error(env: dict[str, str], message: str) -> None:
    with pytest.raises(EsLocalError, match=message):
        es_local.load_config(env)


def test_every_pinned_release_has_a_full_sha512() -> None:
    for release in config.RELEASES.values():
        assert len(release.sha512) == 128
        int(release.sha512, 16)


def test_settings_security_off_is_explicit(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, ES_LOCAL_PORT="9210")
    settings = node_config.node_settings(cfg, ["transport-netty4", "x-pack-core"])
    assert settings["xpack.security.enabled"] is False
    assert settings["network.host"] == "127.0.0.1"
    assert settings["discovery.type"] == "single-node"
    assert settings["cluster.routing.allocation.disk.threshold_enabled"] is False
    assert (settings["http.port"], settings["transport.port"]) == (9210, 9310)
    assert settings["path.data"] == str(cfg.home / "data")
    assert settings["path.logs"] == str(cfg.home / "logs")
    assert not any(key.startswith("xpack.security.http") for key in settings)
    # Unknown settings make Elasticsearch refuse to boot: no geoip/ML keys without their modules.
    assert "ingest.geoip.downloader.enabled" not in settings
    assert "xpack.ml.enabled" not in settings


def test_settings_security_on_disables_tls(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, ES_LOCAL_SECURITY="true")
    settings = node_config.node_settings(cfg)
    assert settings["xpack.security.enabled"] is True
    assert settings["xpack.security.http.ssl.enabled"] is False
    assert settings["xpack.security.transport.ssl.enabled"] is False


def test_optional_settings_follow_the_installed_modules(tmp_path: Path) -> None:
    settings = node_config.node_settings(make_config(tmp_path), ["ingest-geoip", "x-pack-ml"])
    assert settings["ingest.geoip.downloader.enabled"] is False
    assert settings["xpack.ml.enabled"] is False


def test_render_yaml_quotes_strings_and_lowercases_booleans() -> None:
    text = node_config.render_yaml({"cluster.name": "es-local", "http.port": 9200, "x.y": False})
    lines = text.splitlines()
    assert lines[0].startswith("#")
    assert lines[1:] == ['cluster.name: "es-local"', "http.port: 9200", "x.y: false"]
    assert text.endswith("\n")


def test_write_config_uses_the_distribution_modules(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    (cfg.install_dir / "config").mkdir(parents=True)
    (cfg.install_dir / "modules" / "ingest-geoip").mkdir(parents=True)
    node_config.write_config(cfg)
    text = (cfg.install_dir / "config" / "elasticsearch.yml").read_text()
    assert "ingest.geoip.downloader.enabled: false" in text
    assert "xpack.security.enabled: false" in text


# --- download, checksum, unpack ----------------------------------------------------------------


def test_checksum_match_keeps_the_file(tmp_path: Path) -> None:
    path = tmp_path / "es.zip"
    path.write_bytes(b"pinned bytes")
    install.verify_checksum(path, install.file_sha512(path).upper())
    assert path.exists()


def test_checksum_mismatch_is_an_error_and_deletes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "es.zip"
    path.write_bytes(b"tampered bytes")
    with pytest.raises(EsLocalError, match=r"checksum mismatch for es\.zip.*deleted"):
        install.verify_checksum(path, config.RELEASES["9.2.0"].sha512)
    assert not path.exists()


def test_mvn_error_line_picks_the_reason_without_colours() -> None:
    output = (
        "\x1b[1;31mERROR\x1b[m junk\n"
        "[\x1b[1;31mERROR\x1b[m] Failed to execute goal x:y:copy (default-cli) on project p: "
        "Unable to find/resolve artifact.\n"
        "[\x1b[1;31mERROR\x1b[m] \n"
    )
    assert install.mvn_error_line(output) == "Unable to find/resolve artifact."
    assert install.mvn_error_line("") == "no output"


def test_download_without_maven_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(EsLocalError, match=r"`mvn` \(Maven\) is not on PATH"):
        install.download(make_config(tmp_path))


def make_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        script = zipfile.ZipInfo("elasticsearch-9.2.0/bin/elasticsearch")
        script.external_attr = (stat.S_IFREG | 0o755) << 16
        archive.writestr(script, "#!/bin/sh\n")
        config = zipfile.ZipInfo("elasticsearch-9.2.0/config/jvm.options")
        config.external_attr = (stat.S_IFREG | 0o644) << 16
        archive.writestr(config, "-Xss1m\n")


def test_python_unzip_fallback_keeps_run_bits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_zip(tmp_path / "es.zip")
    monkeypatch.setattr(install.shutil, "which", lambda name: None)
    install.unpack(tmp_path / "es.zip", tmp_path / "out")
    root = tmp_path / "out" / "elasticsearch-9.2.0"
    assert os.access(root / "bin" / "elasticsearch", os.X_OK)
    assert (root / "config" / "jvm.options").stat().st_mode & 0o777 == 0o644


def test_unpacking_a_broken_zip_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "es.zip").write_bytes(b"not a zip")
    with pytest.raises(EsLocalError, match=r"unzip failed|cannot unpack"):
        install.unpack(tmp_path / "es.zip", tmp_path / "out")


# --- Java, permissions -----------------------------------------------------------------------


def test_missing_java_names_the_path_and_the_fix(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, ES_LOCAL_JAVA_HOME=str(tmp_path / "no-such-jdk"))
    with pytest.raises(
        EsLocalError, match=r"Java not found: .*no-such-jdk/bin/java.*ES_LOCAL_JAVA"
    ):
        system.check_java(cfg.java_home)


def test_untraversable_ancestor_is_found() -> None:
    # Not under tmp_path: pytest's own base directory is mode 0700.
    with tempfile.TemporaryDirectory(dir="/tmp") as base:
        Path(base).chmod(0o755)
        check_untraversable(Path(base) / "locked")


def check_untraversable(locked: Path) -> None:
    (locked / "inner").mkdir(parents=True)
    locked.chmod(0o700)
    try:
        assert config.untraversable_ancestor(locked / "inner" / "es") == locked
        locked.chmod(0o711)
        assert config.untraversable_ancestor(locked / "inner" / "es") is None
    finally:
        locked.chmod(0o755)


def test_home_under_root_is_refused() -> None:
    cfg = es_local.load_config({"ES_LOCAL_HOME": "/root/es"})
    with pytest.raises(EsLocalError, match="under /root"):
        system.check_reachable(cfg)


def test_runuser_prefix_only_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = make_config(tmp_path, ES_LOCAL_USER="esuser")
    monkeypatch.setattr(system, "is_root", lambda: True)
    assert system.as_es_user(cfg, ["x"]) == ["runuser", "-u", "esuser", "--", "x"]
    monkeypatch.setattr(system, "is_root", lambda: False)
    assert system.as_es_user(cfg, ["x"]) == ["x"]


def test_es_env_sets_java_home_and_heap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAVA_HOME", "/elsewhere")
    env = system.es_env(make_config(tmp_path))
    assert env["ES_JAVA_HOME"] == "/usr/lib/jvm/temurin-25-jdk-amd64"
    assert env["ES_JAVA_OPTS"] == "-Xms512m -Xmx512m"
    assert "JAVA_HOME" not in env
    bigger = es_local.load_config({"ES_LOCAL_HOME": str(tmp_path / "h"), "ES_LOCAL_HEAP": "2g"})
    assert system.es_env(bigger)["ES_JAVA_OPTS"] == "-Xms2g -Xmx2g"


# --- ports, processes, logs ----------------------------------------------------------------


def test_port_in_use_detects_a_real_listener() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert processes.port_in_use(port)
    assert not processes.port_in_use(port)


def test_busy_port_is_one_clear_error(tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        cfg = make_config(tmp_path)
        cfg = LocalConfig(**{**cfg.__dict__, "port": port})
        with pytest.raises(EsLocalError, match=rf"port {port} \(HTTP\).*already in use"):
            processes.check_ports_free(cfg)


def test_stale_or_foreign_pid_is_not_running(tmp_path: Path) -> None:
    pid_file = tmp_path / "es.pid"
    assert processes.read_pid(pid_file) is None
    pid_file.write_text(f"{os.getpid()}\n")
    assert processes.read_pid(pid_file) == os.getpid()
    assert not processes.pid_alive(os.getpid())  # alive, but not Elasticsearch
    assert not processes.pid_alive(None)


def test_running_server_with_other_settings_is_not_reused(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    cfg.home.mkdir(parents=True)
    cfg.state_file.write_text(json.dumps({**server.launch_state(cfg), "port": 9999}))
    with pytest.raises(EsLocalError, match=r"already runs .* with other settings"):
        server.check_same_settings(cfg, 1234)
    cfg.state_file.write_text(json.dumps(server.launch_state(cfg)))
    server.check_same_settings(cfg, 1234)


def test_relevant_log_lines_prefer_errors(tmp_path: Path) -> None:
    log = tmp_path / "es.log"
    log.write_text("[INFO] starting\n[ERROR] fatal exception while booting\nIllegalArg\n[INFO] x\n")
    assert logs.relevant_log_lines([log, tmp_path / "missing.log"]) == [
        "[ERROR] fatal exception while booting"
    ]
    log.write_text("one\ntwo\nthree\n")
    assert logs.relevant_log_lines([log]) == ["two", "three"]


# --- HTTP, auth, command line ----------------------------------------------------------------


def test_auth_header_sources(tmp_path: Path) -> None:
    assert es_local.auth_header({}) == ""
    assert es_local.auth_header({"ELASTICSEARCH_API_KEY": "abc"}) == "ApiKey abc"
    basic = es_local.auth_header({"ELASTICSEARCH_USERNAME": "u", "ELASTICSEARCH_PASSWORD": "p"})
    assert base64.b64decode(basic.removeprefix("Basic ")) == b"u:p"
    local = make_config(tmp_path, ES_LOCAL_SECURITY="1", ES_LOCAL_PASSWORD="pw")
    fallback = es_local.auth_header({}, local=local)
    assert base64.b64decode(fallback.removeprefix("Basic ")) == b"elastic:pw"


def test_credentials_come_from_the_url_unless_a_user_is_set() -> None:
    url = "http://user:p%40ss@127.0.0.1:9200"
    from_url = es_local.auth_header({"ELASTICSEARCH_URL": url})
    assert base64.b64decode(from_url.removeprefix("Basic ")) == b"user:p@ss"
    named = {"ELASTICSEARCH_URL": url, "ELASTICSEARCH_USERNAME": "u", "ELASTICSEARCH_PASSWORD": "p"}
    assert base64.b64decode(es_local.auth_header(named).removeprefix("Basic ")) == b"u:p"
    assert es_local.auth_header({"ELASTICSEARCH_URL": url, "ELASTICSEARCH_API_KEY": "k"}) == (
        "ApiKey k"
    )


class _FakeCluster(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if "Authorization" not in self.headers:
            self.send_response(401)
            body = b'{"error":"unauthorized"}'
        elif "wait_for_status" in self.path:
            self.send_response(408)
            body = b'{"status":"red","timed_out":true}'
        else:
            self.send_response(200)
            body = b'{"status":"green"}'
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def fake_cluster() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _FakeCluster)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_health_401_says_security_is_on(fake_cluster: str) -> None:
    with pytest.raises(EsUnauthorizedError, match="401 Unauthorized: security is on and no cred"):
        es_local.cluster_health(fake_cluster)
    assert es_local.cluster_health(fake_cluster, auth="Basic eDp5")["status"] == "green"


def test_health_wait_timeout_returns_the_body(fake_cluster: str) -> None:
    health = es_local.cluster_health(fake_cluster, auth="ApiKey k", wait_for_status="yellow")
    assert health == {"status": "red", "timed_out": True}


class _RecordingCluster(_FakeCluster):
    """The fake cluster, noting the Authorization header and Host of every request."""

    seen: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        self.seen.append((self.headers.get("Authorization", ""), self.headers.get("Host", "")))
        super().do_GET()


@pytest.fixture
def cluster_with_password(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """ELASTICSEARCH_URL set to the recording fake cluster with user:password in it."""
    for name in ("ELASTICSEARCH_USERNAME", "ELASTICSEARCH_PASSWORD", "ELASTICSEARCH_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    _RecordingCluster.seen = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _RecordingCluster)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setenv("ELASTICSEARCH_URL", url.replace("//", "//elastic:s3cret@") + "/")
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_url_credentials_are_used_and_never_printed(
    cluster_with_password: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = cluster_with_password  # the fake answers 401 to a request without credentials
    assert cli.main(["start"]) == 0
    assert cli.main(["status"]) == 0
    assert cli.main(["url"]) == 0
    out, err = capsys.readouterr()
    assert out == f"{url}\nrunning\nurl: {url}\nversion: ?\nhealth: green\n{url}\n"
    assert "s3cret" not in out + err
    basic = "Basic " + base64.b64encode(b"elastic:s3cret").decode()
    host = url.removeprefix("http://")
    assert _RecordingCluster.seen and set(_RecordingCluster.seen) == {(basic, host)}
    # The URL handed to Python callers keeps its credentials: a client connects with it.
    assert es_local.ensure_running() == url.replace("//", "//elastic:s3cret@")
    assert es_local.status()["url"] == url


def test_unreachable_url_with_credentials_is_reported_without_them(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("ELASTICSEARCH_URL", f"http://elastic:s3cret@127.0.0.1:{port}")
    assert cli.main(["start"]) == 1
    assert cli.main(["status"]) == 3
    out, err = capsys.readouterr()
    assert f"ELASTICSEARCH_URL=http://127.0.0.1:{port} does not answer" in err
    assert out.startswith(f"not answering\nurl: http://127.0.0.1:{port}\nerror: ")
    assert "s3cret" not in out + err


def test_only_config_reads_the_environment() -> None:
    for path in Path(config.__file__).parent.glob("*.py"):
        if path.name != "config.py":
            text = path.read_text()
            assert "os.environ.get" not in text and "getenv" not in text, path.name


def test_main_usage_and_unreachable_url(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([]) == 2
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("ELASTICSEARCH_URL", f"http://127.0.0.1:{port}/")
    assert cli.main(["url"]) == 0
    assert capsys.readouterr().out == f"http://127.0.0.1:{port}\n"
    assert cli.main(["start"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not answer" in err and "Traceback" not in err


def test_default_home_leaves_a_checkout_other_users_cannot_enter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private = tmp_path / "private"
    (private / "repo").mkdir(parents=True)
    private.chmod(0o700)
    monkeypatch.setattr(config, "REPO_ROOT", private / "repo")
    monkeypatch.setattr(config.os, "geteuid", lambda: 0)
    home = es_local.default_home("9.2.0")
    assert home.parts[:3] == ("/", "var", "tmp") and home.name == "9.2.0"
    # Not root: Elasticsearch runs as the current user, who can reach the checkout.
    monkeypatch.setattr(config.os, "geteuid", lambda: 1000)
    assert es_local.default_home("9.2.0") == private / "repo" / ".cache" / "es-local" / "9.2.0"
    private.chmod(0o755)
