"""Room: unattended runs (cron) — the lock, per-site summaries and the `crawl-all` command."""
