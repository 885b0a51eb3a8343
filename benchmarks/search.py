"""Room: benchmarks — search at archive scale: ``python -m benchmarks.search --docs N``.

Builds a synthetic archive of N articles (benchmarks/archive.py) into a real Elasticsearch under
a throw-away prefix with the project's template (or ``--template FILE``, a candidate), indexing
it the way the crawl's pipeline does (batches of 200, two in flight), then measures:

- indexing throughput (documents built beforehand, so only the bulk requests are timed);
- index bytes on disk after a force-merge to one segment, per document and per byte of the
  articles' own UTF-8 text (title + content);
- p50/p95/p99 wall-clock latency, as the client sees it, of every shape of search_shapes.py
  (``--queries`` distinct bodies each, asked ``--repeat`` times, after one untimed pass that
  warms the server's code and caches as a user's first searches would);
- whether the labelled relevance set (``scrapy relevance``) meets its targets on the same
  template.

Progress goes to stderr; stdout ends with a table and, as its last line, a JSON object. The
indexes and template are deleted by name afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from statistics import quantiles
from typing import Any

from elasticsearch import ApiError, Elasticsearch

from benchmarks.archive import ArchiveBuilder, Seeds, load_seeds, text_bytes
from benchmarks.es_phase import BULK_SIZE, IN_FLIGHT, MAX_RETRIES, connect, es_url
from benchmarks.search_shapes import Shape, build_shapes
from crawler.es import layout
from crawler.es.bulk import send_batch
from crawler.es.documents import index_action
from crawler.es.sender import BackgroundSender
from crawler.quality.corpus import build_corpus
from crawler.quality.measure import drop_corpus, measure
from crawler.quality.queries import DEFAULT_QUERIES, load_query_set

DEFAULT_DOCS = 10_000
DEFAULT_QUERIES_PER_SHAPE = 30
DEFAULT_REPEAT = 3


@dataclass
class ShapeTiming:
    name: str
    note: str
    samples_ms: list[float]
    took_ms: list[float]  # the server's own time (`took`), without HTTP and JSON
    median_hits: int

    def percentile(self, p: int, took: bool = False) -> float:
        return percentile(self.took_ms if took else self.samples_ms, p)


def percentile(samples: list[float], p: int) -> float:
    if len(samples) < 2:
        return samples[0] if samples else 0.0
    return quantiles(samples, n=100, method="inclusive")[p - 1]


@dataclass
class SearchBench:
    docs: int = 0
    template: str = ""
    text_bytes: int = 0
    build_seconds: float = 0.0
    index_seconds: float = 0.0
    failed: int = 0
    index_bytes: int = 0
    field_bytes: dict[str, int] = field(default_factory=dict)
    count: int = 0  # documents the index holds after indexing
    prefix: str = ""
    shapes: list[ShapeTiming] = field(default_factory=list)
    relevance_ok: bool | None = None
    relevance_failures: list[str] = field(default_factory=list)
    load: str = ""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.search",
        description="Query latency, indexing throughput and index size of a synthetic archive "
        "of N articles in a real Elasticsearch, with the labelled relevance set checked.",
    )
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="articles in the archive")
    parser.add_argument(
        "--repeat", type=int, default=DEFAULT_REPEAT, help="times each query body is asked"
    )
    parser.add_argument(
        "--queries",
        type=int,
        default=DEFAULT_QUERIES_PER_SHAPE,
        help="distinct query bodies per shape",
    )
    parser.add_argument("--es-url", default="", help="Elasticsearch (default: ELASTICSEARCH_URL)")
    parser.add_argument(
        "--template", type=Path, default=None, help="a candidate index template file to measure"
    )
    parser.add_argument(
        "--no-relevance", action="store_true", help="skip the labelled relevance set"
    )
    return parser.parse_args(argv)


def progress(message: str) -> None:
    print(f"benchmarks.search: {message}", file=sys.stderr, flush=True)


def machine_load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def build_archive(client: Elasticsearch, alias: str, seeds: Seeds, bench: SearchBench) -> None:
    """The documents first (timed apart), then the bulk requests as the pipeline sends them."""
    start = time.perf_counter()
    actions = []
    for article in ArchiveBuilder(seeds).articles(bench.docs):
        bench.text_bytes += text_bytes(article)
        actions.append(index_action(alias, article))
    bench.build_seconds = time.perf_counter() - start
    progress(f"{len(actions)} articles built in {bench.build_seconds:.1f} s; indexing")

    def flush(batch: list[dict[str, Any]]) -> None:
        if batch:
            bench.failed += len(send_batch(client, batch, MAX_RETRIES).failures)

    sender = BackgroundSender(flush, IN_FLIGHT)
    start = time.perf_counter()
    for first in range(0, len(actions), BULK_SIZE):
        sender.submit(actions[first : first + BULK_SIZE])
    sender.close()
    client.indices.refresh(index=alias)
    bench.index_seconds = time.perf_counter() - start
    bench.count = int(client.count(index=alias)["count"])


def index_size(client: Elasticsearch, alias: str) -> int:
    """Store bytes of the index once merged to one segment (what a settled archive weighs).

    The merge waits for the shards' retention leases to pass the last operation: until then
    Elasticsearch keeps a copy of each new document's source (`_recovery_source`, needed to
    replay operations to a recovering copy; the template's _source leaves the derived copies
    out, so the kept one is larger) and a merge keeps it too. It goes once the leases move on,
    within a minute on a quiet index, once a flush has committed every operation: an archive
    between crawls weighs what is measured."""
    client.indices.flush(index=alias)
    wait_for_retention_leases(client, alias)
    client.options(request_timeout=3600).indices.forcemerge(index=alias, max_num_segments=1)
    stats = client.indices.stats(index=alias, metric="store")
    return int(stats["_all"]["primaries"]["store"]["size_in_bytes"])


def wait_for_retention_leases(client: Elasticsearch, alias: str, timeout: float = 180.0) -> None:
    """Until every shard's leases retain nothing at or below its last operation (or timeout)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        stats = client.indices.stats(index=alias, level="shards", metric=["docs"]).body
        shards = [
            copy
            for index in stats["indices"].values()
            for copies in index["shards"].values()
            for copy in copies
        ]
        if all(
            lease["retaining_seq_no"] > copy["seq_no"]["max_seq_no"]
            for copy in shards
            for lease in copy["retention_leases"]["leases"]
        ):
            return
        time.sleep(2)
    progress(f"retention leases still behind after {timeout:.0f} s; measuring anyway")


def field_bytes(client: Elasticsearch, alias: str, top: int = 10) -> dict[str, int]:
    """The `top` heaviest fields on disk (`_disk_usage`: inverted index, stored fields, norms,
    doc values), so a template change can be aimed at what weighs; `_source` is `_source`."""
    try:
        usage = client.options(request_timeout=3600).indices.disk_usage(
            index=alias, run_expensive_tasks=True
        )
    except ApiError:
        return {}  # a cluster that refuses the analysis: the total is still measured
    index = next(iter(v for k, v in usage.body.items() if k != "_shards"))
    sizes = {name: int(f["total_in_bytes"]) for name, f in index.get("fields", {}).items()}
    return dict(sorted(sizes.items(), key=lambda item: -item[1])[:top])


def time_shape(client: Elasticsearch, alias: str, shape: Shape, repeat: int) -> ShapeTiming:
    options: dict[str, Any] = {"request_cache": False} if shape.aggregation else {}
    for body in shape.bodies:  # untimed warm-up pass
        client.search(index=alias, **body, **options)
    samples: list[float] = []
    took: list[float] = []
    hits: list[int] = []
    for _ in range(repeat):
        for body in shape.bodies:
            start = time.perf_counter()
            response = client.search(index=alias, **body, **options)
            samples.append((time.perf_counter() - start) * 1000)
            took.append(float(response["took"]))
            hits.append(int(response["hits"]["total"]["value"]))
    return ShapeTiming(shape.name, shape.note, samples, took, sorted(hits)[len(hits) // 2])


def check_relevance(client: Elasticsearch, template: Path | None, bench: SearchBench) -> None:
    query_set = load_query_set(DEFAULT_QUERIES)
    outcome = measure(
        client, f"bench-relevance-{uuid.uuid4().hex[:6]}", query_set, build_corpus(query_set),
        template,
    )  # fmt: skip
    bench.relevance_failures = outcome.failures
    bench.relevance_ok = not outcome.failures


def run(args: argparse.Namespace) -> SearchBench:
    url = args.es_url.rstrip("/") or es_url()
    client, _ = connect(url)
    client = client.options(request_timeout=600)
    bench = SearchBench(docs=args.docs, template=str(args.template or layout.TEMPLATE_FILE))
    bench.load = machine_load()
    progress(f"seeds from the real fixture articles (load {bench.load})")
    seeds = load_seeds()
    prefix = bench.prefix = f"bench-search-{uuid.uuid4().hex[:8]}"
    names = layout.IndexNames(prefix)
    try:
        layout.setup(client, names, args.template)
        build_archive(client, names.write_alias, seeds, bench)
        progress(f"indexed in {bench.index_seconds:.1f} s; force-merging")
        bench.index_bytes = index_size(client, names.read_alias)
        bench.field_bytes = field_bytes(client, names.read_alias)
        for shape in build_shapes(seeds, args.queries):
            progress(f"timing {shape.name}")
            bench.shapes.append(time_shape(client, names.read_alias, shape, args.repeat))
    finally:
        drop_corpus(client, prefix)
    if not args.no_relevance:
        progress("labelled relevance set")
        check_relevance(client, args.template, bench)
    client.close()
    bench.load += f" (at the end: {machine_load()})"
    return bench


def to_json(bench: SearchBench) -> dict[str, Any]:
    shapes = {
        s.name: {
            "p50_ms": round(s.percentile(50), 2),
            "p95_ms": round(s.percentile(95), 2),
            "p99_ms": round(s.percentile(99), 2),
            "took_p50_ms": round(s.percentile(50, took=True), 2),
            "samples": len(s.samples_ms),
            "median_hits": s.median_hits,
        }
        for s in bench.shapes
    }
    return {
        "docs": bench.docs,
        "template": bench.template,
        "index_docs_per_s": round(bench.docs / bench.index_seconds, 1)
        if bench.index_seconds
        else 0.0,
        "index_failed": bench.failed,
        "index_count": bench.count,
        "build_docs_per_s": round(bench.docs / bench.build_seconds, 1)
        if bench.build_seconds
        else 0.0,
        "text_bytes": bench.text_bytes,
        "index_bytes": bench.index_bytes,
        "index_bytes_per_doc": round(bench.index_bytes / bench.docs, 1) if bench.docs else 0.0,
        "index_bytes_per_text_byte": round(bench.index_bytes / bench.text_bytes, 3)
        if bench.text_bytes
        else 0.0,
        "field_bytes": bench.field_bytes,
        "shapes": shapes,
        "p95_ms_max": max((v["p95_ms"] for v in shapes.values()), default=0.0),
        "relevance_ok": bench.relevance_ok,
        "relevance_failures": bench.relevance_failures,
        "load": bench.load,
        "prefix": bench.prefix,
    }


def render_table(report: dict[str, Any]) -> str:
    lines = [
        f"archive: {report['docs']} articles, template {report['template']}, load {report['load']}",
        f"indexing: {report['index_docs_per_s']} docs/s ({report['index_failed']} failed)",
        f"index: {report['index_bytes'] / 1e6:.1f} MB after force-merge,"
        f" {report['index_bytes_per_doc']:.0f} B/doc,"
        f" {report['index_bytes_per_text_byte']:.2f}x the text ({report['text_bytes'] / 1e6:.1f} MB)",
        "heaviest fields: "
        + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in report["field_bytes"].items()),
        "",
        f"{'shape':<32}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'took p50':>9}{'hits':>8}",
    ]
    for name, s in report["shapes"].items():
        lines.append(
            f"{name:<32}{s['p50_ms']:>9.1f}{s['p95_ms']:>9.1f}{s['p99_ms']:>9.1f}"
            f"{s['took_p50_ms']:>9.1f}{s['median_hits']:>8}"
        )
    lines += ["", f"worst p95: {report['p95_ms_max']} ms; relevance_ok: {report['relevance_ok']}"]
    lines += [f"  relevance: {failure}" for failure in report["relevance_failures"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.docs < 1 or args.repeat < 1 or args.queries < 1:
        raise SystemExit("benchmarks.search: --docs, --repeat and --queries start at 1")
    report = to_json(run(args))
    print(render_table(report))
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
