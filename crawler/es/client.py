"""Elasticsearch connection from settings or the environment, with credentials kept out of logs."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import Elasticsearch

from crawler.credentials import redacted_url, split_urls
from crawler.es.shards import IndexShape

# The client's transport logs every retry and every node it gives up on, each with a traceback,
# at WARNING (about 165 lines for one refused connection); urllib3 logs beneath it. What went
# wrong is told once by us (check_available, the pipeline's spool message), so below DEBUG
# these loggers only pass errors, which they do not log.
CLIENT_LOGGERS = ("elastic_transport", "urllib3")


class SearchUnavailable(RuntimeError):
    """The configured Elasticsearch cannot be reached or refuses us."""


@dataclass(frozen=True)
class EsConfig:
    url: str  # one node's URL, or several nodes' comma-separated (ELASTICSEARCH_URL)
    api_key: str = ""
    username: str = ""
    password: str = ""
    ca_certs: str = ""
    verify_certs: bool = True
    request_timeout: int = 30
    index_prefix: str = "municipal-news"
    client_logs: bool = False  # the transport's own retry logs (LOG_LEVEL DEBUG)
    shape: IndexShape = field(default_factory=IndexShape)  # shards, replicas of new indexes

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> EsConfig:
        return cls(
            url=str(
                settings.get("ES_URL") or local_url(int(settings.get("ES_LOCAL_PORT") or 9200))
            ),
            api_key=str(settings.get("ES_API_KEY") or ""),
            username=str(settings.get("ES_USERNAME") or ""),
            password=str(settings.get("ES_PASSWORD") or ""),
            ca_certs=str(settings.get("ES_CA_CERTS") or ""),
            verify_certs=bool(settings.get("ES_VERIFY_CERTS", True)),
            request_timeout=int(settings.get("ES_REQUEST_TIMEOUT") or 30),
            index_prefix=str(settings.get("ES_INDEX_PREFIX") or "municipal-news"),
            client_logs=_level(settings.get("LOG_LEVEL")) <= logging.DEBUG,
            shape=IndexShape.from_settings(settings),
        )

    @property
    def urls(self) -> list[str]:
        """Every node the client may send a request to; it fails over between them."""
        return split_urls(self.url)

    @property
    def shard_wait_s(self) -> float:
        """How long a bulk request waits for a shard with no started primary: well inside the
        request timeout, so the server answers (503 per document) before the client gives up."""
        return self.request_timeout / 2

    def redacted_url(self) -> str:
        """The URL without any user:password part, for messages (crawler/credentials.py)."""
        return redacted_url(self.url)

    def __repr__(self) -> str:  # never print secrets, even in a traceback
        return f"EsConfig(url={self.redacted_url()!r}, index_prefix={self.index_prefix!r})"


def local_url(port: int) -> str:
    """The local development server (python -m crawler.es_local) on its port."""
    return f"http://127.0.0.1:{port}"


def _level(value: Any) -> int:
    """A LOG_LEVEL setting (a name or a number) as a number; unknown names count as INFO."""
    if isinstance(value, int):
        return value
    return logging.getLevelNamesMapping().get(str(value or "INFO").upper(), logging.INFO)


def quiet_client_logs(verbose: bool) -> None:
    """Only errors from the client's loggers unless `verbose` (see CLIENT_LOGGERS)."""
    for name in CLIENT_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if verbose else logging.ERROR)


def make_client(config: EsConfig) -> Elasticsearch:
    quiet_client_logs(config.client_logs)
    options: dict[str, Any] = {
        "request_timeout": config.request_timeout,
        "retry_on_timeout": True,
        "max_retries": 3,
    }
    if config.api_key:
        options["api_key"] = config.api_key
    elif config.username:
        options["basic_auth"] = (config.username, config.password)
    if config.ca_certs:
        options["ca_certs"] = config.ca_certs
    if any(url.startswith("https") for url in config.urls):
        options["verify_certs"] = config.verify_certs
    # All the nodes given, so a request refused by a node that went away is retried on another
    # (the transport marks it dead for a while); no sniffing: the list is what the user allows.
    return Elasticsearch(config.urls, **options)


def check_available(client: Elasticsearch, config: EsConfig) -> str:
    """Cluster health status, or SearchUnavailable with a one-line reason.

    `_cluster/health` rather than `info()`: the integ-test distribution has no `GET /`.
    """
    from elasticsearch import ApiError, TransportError

    try:
        health = client.cluster.health(timeout="5s")
    except ApiError as error:
        if error.meta.status == 401:
            raise SearchUnavailable(
                f"Elasticsearch at {config.redacted_url()} refused the credentials (401): "
                "set ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/ELASTICSEARCH_PASSWORD"
            ) from None
        raise SearchUnavailable(
            f"Elasticsearch at {config.redacted_url()} answered {error.meta.status}: {error.message}"
        ) from None
    except TransportError as error:
        raise SearchUnavailable(
            f"Elasticsearch at {config.redacted_url()} is unreachable ({type(error).__name__}); "
            "start the local one with `.venv/bin/python -m crawler.es_local start` "
            "or set ELASTICSEARCH_URL"
        ) from None
    return str(health["status"])
