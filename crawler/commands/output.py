"""Printing a command's result so that `scrapy search … | head` ends quietly.

When the reader of a pipe stops early, writing raises BrokenPipeError; Python would print a
traceback, and another at exit when it flushes stdout. The reader has what it asked for, so
the rest of the output is sent to /dev/null instead.
"""

from __future__ import annotations

import os
import sys


def emit(text: str) -> None:
    """`text` and a newline on stdout, flushed; nothing more once the reader has gone."""
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
