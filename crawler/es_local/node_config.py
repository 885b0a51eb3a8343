"""Room: crawler/es_local — the node's elasticsearch.yml, written afresh on every start.

Kept apart from `config.py` (which reads our environment): this is what the server itself is
told, derived from a `LocalConfig` and the modules its distribution ships. A single node runs
with single-node discovery from the installation's config folder; each node of a cluster gets
a copy of that folder, the other nodes' transport ports as seed hosts, and, until the cluster
has formed once, every node's name as an initial master.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from crawler.es_local.config import HOST, LocalConfig

# Settings that only exist when their module is in the distribution (unknown settings are fatal).
OPTIONAL_SETTINGS: dict[str, tuple[str, Any]] = {
    "ingest-geoip": ("ingest.geoip.downloader.enabled", False),
    "x-pack-ml": ("xpack.ml.enabled", False),
}

Scalar = str | int | bool


def node_settings(
    cfg: LocalConfig, modules: Iterable[str] = (), *, bootstrapped: bool = False
) -> dict[str, Scalar]:
    """The elasticsearch.yml settings for `cfg`; `modules` are the distribution's module names,
    `bootstrapped` whether the cluster has formed before (see `discovery_settings`)."""
    settings: dict[str, Scalar] = {
        "cluster.name": cfg.cluster_name,
        "node.name": cfg.node_name,
        "network.host": HOST,
        "http.port": cfg.port,
        "transport.port": cfg.transport_port,
        **discovery_settings(cfg, bootstrapped),
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


def discovery_settings(cfg: LocalConfig, bootstrapped: bool) -> dict[str, Scalar]:
    """How a node finds the others. `cluster.initial_master_nodes` only on the first start:
    Elasticsearch ignores it once the cluster has formed and asks for it to be removed."""
    if not cfg.is_cluster:
        return {"discovery.type": "single-node"}
    members = cfg.members()
    settings: dict[str, Scalar] = {
        "discovery.seed_hosts": ",".join(f"{HOST}:{m.transport_port}" for m in members),
    }
    if not bootstrapped:
        settings["cluster.initial_master_nodes"] = ",".join(m.node_name for m in members)
    return settings


def bootstrapped(cfg: LocalConfig) -> bool:
    """True once any node of the cluster has written its state, i.e. the cluster has formed."""
    return any((member.data_dir / "_state").is_dir() for member in cfg.members())


def render_yaml(settings: Mapping[str, Scalar]) -> str:
    """Flat `key: value` YAML; strings are JSON-quoted (valid YAML), booleans lower-case."""
    lines = ["# Written by crawler/es_local on every start; edits are overwritten."]
    for key, value in settings.items():
        lines.append(f"{key}: {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def installed_modules(install_dir: Path) -> list[str]:
    modules = install_dir / "modules"
    return sorted(p.name for p in modules.iterdir()) if modules.is_dir() else []


def write_config(cfg: LocalConfig) -> None:
    """elasticsearch.yml into the node's config folder; a cluster node's folder is first made
    from the installation's (JVM options, logging), which it then keeps."""
    if cfg.is_cluster and not cfg.conf_dir.is_dir():
        shutil.copytree(cfg.install_dir / "config", cfg.conf_dir)
    modules = installed_modules(cfg.install_dir)
    settings = node_settings(cfg, modules, bootstrapped=bootstrapped(cfg))
    (cfg.conf_dir / "elasticsearch.yml").write_text(render_yaml(settings))
