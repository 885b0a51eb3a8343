"""Room: crawler/es — how many shards and replicas new indexes get (ES_SHARDS, ES_REPLICAS).

The template in es_mappings/ keeps its own numbers (1 shard, 0 replicas); these settings are
written over them when the template is installed, so one template serves one node and a
cluster. Unset, ES_REPLICAS follows the cluster: 0 on one node, where a replica could never be
assigned and the index would stay yellow; 1 on a cluster, so one node lost loses nothing. A
cluster is recognised by ES_URL listing several nodes (known without asking, and still true
when a node happens to be down during set-up) or by Elasticsearch reporting more than one data
node (a cluster behind one URL, e.g. a load balancer). The template only shapes indexes made
after it: an existing index keeps its shards, and its replicas until changed through the API.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from elasticsearch import Elasticsearch

from crawler.credentials import split_urls

DEFAULT_SHARDS = 1
CLUSTER_REPLICAS = 1


@dataclass(frozen=True)
class IndexShape:
    shards: int = DEFAULT_SHARDS
    replicas: int | None = None  # None: 0 on one node, CLUSTER_REPLICAS on a cluster
    several_urls: bool = False  # ES_URL names more than one node

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> IndexShape:
        shards, replicas = settings.get("ES_SHARDS"), settings.get("ES_REPLICAS")
        return cls(
            shards=DEFAULT_SHARDS if shards in (None, "") else _count("ES_SHARDS", shards, 1),
            replicas=None if replicas in (None, "") else _count("ES_REPLICAS", replicas, 0),
            several_urls=len(split_urls(str(settings.get("ES_URL") or ""))) > 1,
        )

    def index_settings(self, client: Elasticsearch) -> dict[str, int]:
        """`number_of_shards` and `number_of_replicas` for the template; asks the cluster
        how many data nodes it has only when ES_REPLICAS is unset and one URL is given."""
        replicas = self.replicas
        if replicas is None:
            replicas = CLUSTER_REPLICAS if self._is_cluster(client) else 0
        return {"number_of_shards": self.shards, "number_of_replicas": replicas}

    def _is_cluster(self, client: Elasticsearch) -> bool:
        if self.several_urls:
            return True
        return int(client.cluster.health()["number_of_data_nodes"]) > 1


def _count(name: str, value: Any, least: int) -> int:
    """A setting that must be a whole number of at least `least`; else one clear error."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a whole number, got {value!r}") from None
    if number < least:
        raise ValueError(f"{name} must be at least {least}, got {number}")
    return number
