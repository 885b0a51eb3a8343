"""Elasticsearch as a cluster: the node configuration of `python -m crawler.es_local start
--nodes 3` (checked without starting anything), the shards and replicas the template gets, a
client given every node's URL, and, for real, a private 3-node cluster losing a node (kill -9,
the node holding the index's primary) in the middle of a crawl: the crawl goes on against the
other nodes, the index equals a clean crawl's, and the cluster is green again once the node is
back. Prints one line to quote, e.g. "cluster: 3 nodes, node-2 (primary) killed mid-crawl; 6
docs, 0 lost, 0 duplicated; green again after 31 s"."""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from crawler import es_local
from crawler.credentials import redacted_url
from crawler.es.client import EsConfig, make_client
from crawler.es.layout import IndexNames, put_template
from crawler.es.shards import IndexShape
from crawler.es_local import __main__ as cli
from crawler.es_local import node_config
from crawler.es_local.config import EsLocalError, LocalConfig
from crawler.es_local.processes import port_in_use
from demo.server import FixtureSite
from tests.conftest import (
    PrivateEs,
    clean_crawl,
    crawl_args,
    delete_prefix,
    es_client_for,
    finish,
    indexed_urls,
    start_scrapy,
    wait_for_article_requests,
    write_profile,
)
from tests.test_faults import losses

NODES = 3


def cluster_config(tmp_path: Path, port: int = 9260, nodes: int = NODES) -> LocalConfig:
    env = {"ES_LOCAL_HOME": str(tmp_path / "home"), "ES_LOCAL_PORT": str(port)}
    return es_local.load_config(env, nodes=nodes)


# --- node configuration, nothing started --------------------------------------------------------


def test_each_node_has_its_ports_folder_and_stable_name(tmp_path: Path) -> None:
    cfg = cluster_config(tmp_path)
    members = cfg.members()
    assert [m.node_name for m in members] == ["node-1", "node-2", "node-3"]
    assert [(m.port, m.transport_port) for m in members] == [
        (9260, 9360),
        (9261, 9361),
        (9262, 9362),
    ]
    assert [m.data_dir for m in members] == [
        cfg.home / "nodes" / f"node-{i}" / "data" for i in (1, 2, 3)
    ]
    assert len({m.pid_file for m in members} | {m.conf_dir for m in members}) == 2 * NODES
    assert {m.install_dir for m in members} == {cfg.install_dir}  # one installation, shared
    assert cfg.urls == "http://127.0.0.1:9260,http://127.0.0.1:9261,http://127.0.0.1:9262"
    # The same node, asked for again (as a restart does), is the same node.
    assert cfg.members()[1] == members[1].members()[1]


def test_nodes_find_each_other_and_bootstrap_only_once(tmp_path: Path) -> None:
    node = cluster_config(tmp_path).members()[2]
    first = node_config.node_settings(node, bootstrapped=False)
    assert first["node.name"] == "node-3"
    assert (first["http.port"], first["transport.port"]) == (9262, 9362)
    assert first["discovery.seed_hosts"] == "127.0.0.1:9360,127.0.0.1:9361,127.0.0.1:9362"
    assert first["cluster.initial_master_nodes"] == "node-1,node-2,node-3"
    assert "discovery.type" not in first
    assert first["path.data"] == str(tmp_path.resolve() / "home" / "nodes" / "node-3" / "data")
    later = node_config.node_settings(node, bootstrapped=True)
    assert "cluster.initial_master_nodes" not in later
    assert later["discovery.seed_hosts"] == first["discovery.seed_hosts"]


def test_cluster_has_bootstrapped_once_a_node_wrote_its_state(tmp_path: Path) -> None:
    cfg = cluster_config(tmp_path)
    assert not node_config.bootstrapped(cfg)
    (cfg.members()[1].data_dir / "_state").mkdir(parents=True)
    assert node_config.bootstrapped(cfg)


def test_one_node_keeps_the_single_node_layout(tmp_path: Path) -> None:
    cfg = cluster_config(tmp_path, port=9200, nodes=1)
    assert cfg.members() == [cfg] and cfg.urls == cfg.url == "http://127.0.0.1:9200"
    assert (cfg.data_dir, cfg.pid_file) == (cfg.home / "data", cfg.home / "elasticsearch.pid")
    assert cfg.conf_dir == cfg.install_dir / "config"
    settings = node_config.node_settings(cfg)
    assert settings["node.name"] == "es-local-9200" and settings["discovery.type"] == "single-node"
    assert "discovery.seed_hosts" not in settings


def test_node_count_and_ports_are_checked(tmp_path: Path) -> None:
    home = {"ES_LOCAL_HOME": str(tmp_path)}
    assert es_local.load_config({**home, "ES_LOCAL_NODES": "3"}).nodes == 3
    for bad in ("0", "10", "many"):
        with pytest.raises(EsLocalError, match="ES_LOCAL_NODES must be"):
            es_local.load_config({**home, "ES_LOCAL_NODES": bad})
    with pytest.raises(EsLocalError, match="between 1024 and 65433"):
        es_local.load_config({**home, "ES_LOCAL_PORT": "65435"}, nodes=3)
    with pytest.raises(EsLocalError, match="ES_LOCAL_SECURITY is for a single node"):
        es_local.load_config({**home, "ES_LOCAL_SECURITY": "1"}, nodes=2)


def test_command_line_names_every_node(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)
    monkeypatch.setenv("ES_LOCAL_HOME", str(tmp_path / "home"))
    base = 9270  # nothing is started: the ports need not be free
    monkeypatch.setenv("ES_LOCAL_PORT", str(base))
    assert cli.main(["url", "--nodes", "3"]) == 0
    assert capsys.readouterr().out.strip().split(",") == [
        f"http://127.0.0.1:{base + i}" for i in range(3)
    ]
    assert cli.main(["status", "--nodes", "3"]) == 3  # nothing started
    assert capsys.readouterr().out.startswith("stopped\n")
    assert cli.main(["start", "--nodes", "ten"]) == 1
    assert "ES_LOCAL_NODES must be a number" in capsys.readouterr().err


# --- the client and the template ---------------------------------------------------------------


def test_client_is_given_every_node_and_credentials_stay_hidden() -> None:
    url = " http://u:p@127.0.0.1:9260/, http://u:p@127.0.0.1:9261 ,"
    config = EsConfig.from_settings({"ES_URL": url})
    assert config.urls == ["http://u:p@127.0.0.1:9260", "http://u:p@127.0.0.1:9261"]
    assert config.redacted_url() == "http://127.0.0.1:9260,http://127.0.0.1:9261"
    client = make_client(config)
    hosts = sorted(node.config.port for node in client.transport.node_pool.all())
    client.close()
    assert hosts == [9260, 9261]
    assert redacted_url("https://a:b@x:9200") == "https://x:9200"


def test_shards_and_replicas_from_settings() -> None:
    assert IndexShape.from_settings({}) == IndexShape(shards=1, replicas=None, several_urls=False)
    shape = IndexShape.from_settings({"ES_SHARDS": "3", "ES_REPLICAS": "0"})
    assert (shape.shards, shape.replicas) == (3, 0)
    several = IndexShape.from_settings({"ES_URL": "http://a:9200,http://b:9200"})
    # Several nodes named: a replica, decided without asking the cluster.
    no_client: Any = None  # nothing may be asked of a cluster here
    assert several.index_settings(no_client) == {"number_of_shards": 1, "number_of_replicas": 1}
    for bad in ({"ES_SHARDS": "0"}, {"ES_SHARDS": "two"}, {"ES_REPLICAS": "-1"}):
        with pytest.raises(ValueError, match=r"ES_(SHARDS|REPLICAS) must be"):
            IndexShape.from_settings(bad)


@pytest.mark.es
def test_one_node_gets_no_replica_and_the_template_takes_the_numbers(
    es: Elasticsearch, es_prefix: str
) -> None:
    if int(es.cluster.health()["number_of_data_nodes"]) != 1:
        pytest.skip("the shared server is a cluster")
    assert IndexShape().index_settings(es)["number_of_replicas"] == 0
    names = IndexNames(es_prefix)
    put_template(es, names, shape=IndexShape(shards=2, replicas=0))
    index = names.versioned(1)
    es.indices.create(index=index)
    settings = es.indices.get_settings(index=index)[index]["settings"]["index"]
    assert (settings["number_of_shards"], settings["number_of_replicas"]) == ("2", "0")


# --- a real 3-node cluster losing a node mid-crawl ---------------------------------------------


def free_base_port(first: int = 9260, last: int = 9299) -> int:
    """A base port whose NODES HTTP ports and transport ports (+100) are all free."""
    for base in range(first, last - NODES + 2):
        ports = [base + i + offset for i in range(NODES) for offset in (0, 100)]
        if not any(port_in_use(port) for port in ports):
            return base
    raise AssertionError(f"no free ports for {NODES} nodes between {first} and {last}")


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[PrivateEs, float]]:
    """The private cluster and how many seconds its start took."""
    server = PrivateEs("cluster-test", str(free_base_port()), ES_LOCAL_NODES=str(NODES))
    server.stop()  # whatever an interrupted run left in this home (on other ports, maybe)
    started = time.monotonic()
    urls = server.start()
    assert len(urls.split(",")) == NODES
    yield server, time.monotonic() - started
    server.stop()


def primary_node(client: Elasticsearch, index: str, timeout: float = 60) -> str:
    """The node holding `index`'s primary shard, once the crawl has made it and its replica
    has started too: killed before that, the node would take the only copy of the shard with
    it (the index red until it is back; tests/test_es_unavailable_shard.py covers that)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shards = client.cat.shards(index=index, format="json", h="prirep,state,node")
        if shards and all(s["state"] == "STARTED" for s in shards):
            return str(next(s["node"] for s in shards if s["prirep"] == "p"))
        time.sleep(0.2)
    raise AssertionError(f"{index}'s shard copies not all started after {timeout:.0f} s")


def kill_node(server: PrivateEs, name: str) -> None:
    pid_file = Path(server.env["ES_LOCAL_HOME"]) / "nodes" / name / "elasticsearch.pid"
    os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)


def wait_for_green(client: Elasticsearch, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = client.options(ignore_status=408).cluster.health(
            wait_for_status="green", wait_for_nodes=str(NODES), timeout="10s"
        )
        if health["status"] == "green" and health["number_of_nodes"] == NODES:
            return
    raise AssertionError(f"not green with {NODES} nodes after {timeout:.0f} s")


@pytest.mark.cluster
def test_node_killed_mid_crawl_loses_and_duplicates_nothing(
    cluster: tuple[PrivateEs, float],
    fixture_site: FixtureSite,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, start_s = cluster
    urls = server.start()  # every node's URL, as a user sets ELASTICSEARCH_URL
    client = es_client_for(urls)
    run = uuid.uuid4().hex[:8]
    clean_prefix, killed_prefix = f"cluster-{run}-clean", f"cluster-{run}-killed"
    try:
        profile = write_profile(fixture_site, tmp_path)
        args = crawl_args(profile, ES_BULK_SIZE=1, CONCURRENT_REQUESTS_PER_DOMAIN=1)
        reference = clean_crawl(args, urls, client, clean_prefix, tmp_path / "clean")

        fixture_site.slow_down(1.5)  # the crawl outlasts the kill and the failover
        fetched = sum(path.startswith("/news/") for path in fixture_site.requests_seen)
        crawl = start_scrapy(args, urls, killed_prefix, tmp_path / "killed")
        try:
            wait_for_article_requests(fixture_site, crawl, fetched + 2)
            index = IndexNames(killed_prefix).versioned(1)
            victim = primary_node(client, index)
            kill_node(server, victim)
        finally:
            log = finish(crawl)
        assert crawl.returncode == 0, log[-3000:]
        # The crawl went on against the other nodes: nothing waits in a spool for a next run.
        assert "Elasticsearch unavailable" not in log and "not indexed" not in log, log[-3000:]
        found = indexed_urls(client, killed_prefix)
        lost, duplicated = losses(found, reference)
        assert found == reference and (lost, duplicated) == (0, 0)
        replicas = client.indices.get_settings(index=index)[index]["settings"]["index"]
        assert replicas["number_of_replicas"] == "1"  # several URLs given: a cluster's default

        down = server.run("status")
        assert down.returncode == 3 and down.stdout.startswith("partly running"), down.stdout
        assert f"{victim} stopped" in down.stdout  # and the others answer for the cluster

        restarted = time.monotonic()
        server.start()  # starts the node that is down; it rejoins under its old name
        wait_for_green(client)
        green_after = time.monotonic() - restarted
    finally:
        for prefix in (clean_prefix, killed_prefix):
            delete_prefix(client, prefix)
        client.close()
    with capsys.disabled():
        print(
            f"\ncluster: {NODES} nodes (started in {start_s:.0f} s), {victim} (primary) killed"
            f" mid-crawl; {len(found)} docs, {lost} lost, {duplicated} duplicated;"
            f" green again after {green_after:.0f} s"
        )
