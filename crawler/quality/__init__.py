"""Room: crawler/quality — how good extraction and search are, measured on labelled fixtures.

Two measures live here, split by concern so each part can be read and tested alone:

* extraction (`extraction.py`): the pages of a labelled folder through the crawl's processing,
  scored against their ground truth (body bigrams, date, author, containment);
* search relevance: the labelled query set (`queries.py`) and its corpus (`corpus.py`), the
  query shapes of `scrapy search` and of Kibana's free text (`shapes.py`), the metrics and
  targets (`metrics.py`), one run against Elasticsearch (`measure.py`, the only module here
  that talks to a server) and the tables and JSON printed from it (`report.py`).

`pages.py` is the one place that names the crawl's page processing; `fields.py` the fields of
an extracted article that `scrapy extract` prints and `scrapy evaluate` scores. The commands
(`crawler/commands/evaluate.py`, `crawler/commands/relevance.py`) only parse options and print.
"""
