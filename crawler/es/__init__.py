"""Room: Elasticsearch access shared by the pipeline and the commands (no Scrapy here).

client: connection from settings/environment; layout: template, versioned index, aliases;
documents: Article -> document; bulk: batched writes with retries; query: search and highlights.
"""
