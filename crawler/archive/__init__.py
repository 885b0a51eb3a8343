"""Room: the raw-page archive (WARC), independent of Scrapy so re-processing can read it offline."""
