"""Room: crawler/kibana — the Kibana saved objects we ship, and importing them into a Kibana.

`objects.py` is the data (the ndjson, the data view's index prefix, the fields the objects use
checked against the mapping; no network); `client.py` the HTTP import, with the project's
credentials and redaction (`crawler/credentials.py`). The names below are the package's public
face, used by `scrapy kibana import` and the tests.
"""

from __future__ import annotations

from crawler.kibana.client import KibanaImportError, import_saved_objects, import_url
from crawler.kibana.objects import (
    DATA_VIEW_ID,
    DEFAULT_INDEX_PREFIX,
    SAVED_OBJECTS_FILE,
    FieldUse,
    Problem,
    check_fields,
    dump_ndjson,
    load_ndjson,
    mapped_fields,
    referenced_fields,
    with_index_prefix,
)

__all__ = [
    "DATA_VIEW_ID",
    "DEFAULT_INDEX_PREFIX",
    "SAVED_OBJECTS_FILE",
    "FieldUse",
    "KibanaImportError",
    "Problem",
    "check_fields",
    "dump_ndjson",
    "import_saved_objects",
    "import_url",
    "load_ndjson",
    "mapped_fields",
    "referenced_fields",
    "with_index_prefix",
]
