"""The offline demo: a local site of real saved pages (demo/site/) and its HTTP server.

`make demo` serves it on 127.0.0.1 and crawls it; the end-to-end tests crawl the same site.
"""
