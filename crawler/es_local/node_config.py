"""Room: crawler/es_local — the node's elasticsearch.yml, written afresh on every start.

Kept apart from `config.py` (which reads our environment): this is what the server itself is
told, derived from a `LocalConfig` and the modules its distribution ships.
"""

from __future__ import annotations

import json
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
    lines = ["# Written by crawler/es_local on every start; edits are overwritten."]
    for key, value in settings.items():
        lines.append(f"{key}: {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def installed_modules(install_dir: Path) -> list[str]:
    modules = install_dir / "modules"
    return sorted(p.name for p in modules.iterdir()) if modules.is_dir() else []


def write_config(cfg: LocalConfig) -> None:
    settings = node_settings(cfg, installed_modules(cfg.install_dir))
    (cfg.install_dir / "config" / "elasticsearch.yml").write_text(render_yaml(settings))
