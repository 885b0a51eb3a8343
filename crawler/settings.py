"""Room: settings — every setting once.

Our own settings carry a prefix (ES_*, ARCHIVE_*, SCRIPT_*, CLEAN_*, SITES_*). Hosts and
secrets come from the environment, never from this file; see README "Configure Elasticsearch".
"""

from __future__ import annotations

import os

BOT_NAME = "municipal_news"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# --- politeness: government sites are small and often slow ---------------------------------------
CRAWLER_CONTACT = os.environ.get("CRAWLER_CONTACT", "https://example.org/municipal-news-archive")
USER_AGENT = f"MunicipalNewsArchive/0.1 (+{CRAWLER_CONTACT})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# A news article is never this big; a larger body is a binary or a runaway page.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")

# The processing chain (extract, clean, normalize, meetings, decisions) is one pipeline, so the
# crawl runs exactly what `scrapy reprocess` and `scrapy extract` run (crawler/processing).
ITEM_PIPELINES = {
    "pipelines.process.ProcessPipeline": 100,
    "pipelines.elasticsearch.ElasticsearchPipeline": 900,
}

# --- Elasticsearch ----------------------------------------------------------------------------------
# ELASTICSEARCH_URL unset means the local development server (python -m crawler.es_local start).
ES_URL = os.environ.get("ELASTICSEARCH_URL", "").strip()
# The local server's port (crawler.es_local reads the same variable), used when ES_URL is unset.
ES_LOCAL_PORT = int(os.environ.get("ES_LOCAL_PORT", "9200"))
ES_API_KEY = os.environ.get("ELASTICSEARCH_API_KEY", "")
ES_USERNAME = os.environ.get("ELASTICSEARCH_USERNAME", "")
ES_PASSWORD = os.environ.get("ELASTICSEARCH_PASSWORD", "")
ES_CA_CERTS = os.environ.get("ELASTICSEARCH_CA_CERTS", "")
ES_VERIFY_CERTS = os.environ.get("ELASTICSEARCH_VERIFY_CERTS", "true").lower() != "false"
ES_INDEX_PREFIX = os.environ.get("ES_INDEX_PREFIX", "municipal-news")
# Shards and replicas of new indexes, written over the template's (crawler/es/shards.py).
# ES_REPLICAS empty: 0 on one node, 1 on a cluster (several URLs, or several data nodes).
ES_SHARDS = os.environ.get("ES_SHARDS", "1")
ES_REPLICAS = os.environ.get("ES_REPLICAS", "")
ES_ENABLED = True
ES_BULK_SIZE = 200
# Bulk requests out at once: Elasticsearch indexes each on one thread, so two keep both cores
# of a small server busy (python -m benchmarks). 1 sends strictly one after another.
ES_BULK_IN_FLIGHT = 2
ES_MAX_RETRIES = 5
ES_REQUEST_TIMEOUT = 30
# Documents that could not be indexed wait in a spool file for the next run (or `scrapy es
# spool`); empty means <ARCHIVE_DIR>/spool/es-spool.jsonl (crawler/paths.py derives every path).
ES_SPOOL_FILE = ""

# --- archive -----------------------------------------------------------------------------------------
ARCHIVE_DIR = os.environ.get("ARCHIVE_DIR", "archive")
ARCHIVE_WARC_ENABLED = True
ARCHIVE_WARC_PREFIX = "pages"
ARCHIVE_WARC_MAX_BYTES = 100 * 1024 * 1024  # rotate to a new .warc.gz past this size

# Incremental crawls: known articles are skipped or fetched conditionally (crawler/middlewares.py).
INCREMENTAL_ENABLED = True
INCREMENTAL_FORCE = False
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.IncrementalMiddleware": 50,
    "crawler.middlewares.RedirectLoopMiddleware": 650,  # sees 3xx before RedirectMiddleware (600)
}

EXTENSIONS = {
    "crawler.extensions.warc.WarcArchiveExtension": 100,
}

# --- cleaning and script normalization -------------------------------------------------------------
CLEAN_EXTRA_BOILERPLATE: list[str] = []  # phrases dropped on every site, beside each profile's own
SCRIPT_NORMALIZE = True

# --- Kibana (scrapy kibana import) ----------------------------------------------------------------
KIBANA_URL = os.environ.get("KIBANA_URL", "").strip()
KIBANA_API_KEY = os.environ.get("KIBANA_API_KEY", "")
KIBANA_USERNAME = os.environ.get("KIBANA_USERNAME", "")
KIBANA_PASSWORD = os.environ.get("KIBANA_PASSWORD", "")
KIBANA_CA_CERTS = os.environ.get("KIBANA_CA_CERTS", "")
KIBANA_SPACE = os.environ.get("KIBANA_SPACE", "")

# --- sites -------------------------------------------------------------------------------------------
SITES_ENABLED: list[str] = []  # empty = every profile marked enabled

LOG_FORMATTER = "crawler.logformatter.ConciseLogFormatter"

# --- alerts: when `scrapy crawl-all` finds a site broken (the summary and exit status always) ---
# A URL that receives the run's summary as JSON ({"text": …, "run": …}), e.g. a chat webhook.
ALERT_WEBHOOK_URL = os.environ.get("ALERT_WEBHOOK_URL", "").strip()
# Addresses that receive the summary by e-mail, through Scrapy's MAIL_* settings' server.
ALERT_MAIL_TO = [a for a in os.environ.get("ALERT_MAIL_TO", "").split(",") if a.strip()]
MAIL_FROM = os.environ.get("MAIL_FROM", "municipal-news@localhost")
MAIL_HOST = os.environ.get("MAIL_HOST", "localhost")
MAIL_PORT = int(os.environ.get("MAIL_PORT", "25"))
MAIL_USER = os.environ.get("MAIL_USER", "")
MAIL_PASS = os.environ.get("MAIL_PASS", "")
MAIL_TLS = os.environ.get("MAIL_TLS", "false").lower() == "true"  # STARTTLS
MAIL_SSL = os.environ.get("MAIL_SSL", "false").lower() == "true"

# Learn the lines each site repeats on most pages and remove them at the body's edges
# (archive/state/site-banners/); applied from the run after they were learned.
SITE_BANNERS_ENABLED = True

# --- distributed crawling (crawler/distributed): set REDIS_URL to crawl with several workers ---
REDIS_URL = os.environ.get(
    "REDIS_URL", ""
).strip()  # redis://[:password@]host:6379/0, rediss:// for TLS
REDIS_PREFIX = os.environ.get("REDIS_PREFIX", "municipal-news")
REDIS_LEASE_SECONDS = 60  # a worker renews its site's lease every third of this
# A worker (and crawl-all) waits this long for an unreachable Redis, then stops with a message.
REDIS_OUTAGE_TIMEOUT = 600
SEEN_TTL_DAYS = 90  # a page not fetched again within this is fetched again (bounds the store)
WORKER_POLL_SECONDS = 2.0
WORKER_CONCURRENT_SITES = 4  # sites one worker crawls at once, each under its own lease
