"""Room: benchmarks — throughput and memory of the real processing code, measured, never asserted.

One command::

    .venv/bin/python -m benchmarks [--pages N] [--no-es] [--no-references] [--profile] [--json-only]

replays N pages (default 2,000) built from the article pages of ``tests/fixtures/real/`` with
distinct URLs, with no network:

1. ``crawler.processing.Processor.process`` on every page (extract -> clean -> normalize ->
   meeting), pages/s, RSS at 10 % and at the end; then a pass timing the stages separately
   (the same functions, composed the same way, checked to give the same articles);
2. the same pages processed and bulk-indexed into the real local Elasticsearch through
   ``crawler.es`` (template, aliases, ``index_action``, ``send_batch`` in batches of 200: the
   path the Elasticsearch pipeline takes) under a throw-away prefix, deleted afterwards;
3. the references on the same pages: ``trafilatura.extract`` on the page bytes, and
   opencc-python-reimplemented's own ``convert`` (t2s, s2tw) on the texts the normalizer
   converts, against the project's converter, with a check that both give identical output.

It prints a table and, as its last line, one JSON object (see ``benchmarks.report``).
``--profile`` adds a cProfile of the chain (top 25 by cumulative and by own time, and own
time per source file). For the memory check run ``--pages 20000 --no-es --no-references``:
"RSS at 10% / end" must stay flat and the peak under 400 MB.
Timings depend on the machine; the test suite only checks that the command runs.
"""
