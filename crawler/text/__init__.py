"""Room: crawler/text — pure text functions (no Scrapy, no network), testable on strings.

Matching keys, credits, boilerplate, banners, sub-headings, the cleaning stage and script
normalization. This package is the only place in the project that imports ``opencc``.
"""
