from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# stdout is a pipe whose reader has already gone, as in `scrapy search … | head` once head exits.
READER_GONE = """
import os
reader, writer = os.pipe()
os.close(reader)
os.dup2(writer, 1)
from crawler.commands.output import emit
emit("x" * 100_000)
emit("and more")
"""


def test_output_to_a_closed_pipe_ends_quietly() -> None:
    done = subprocess.run(
        [sys.executable, "-c", READER_GONE], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stderr) == (0, "")


def test_plain_print_would_have_failed_there() -> None:
    # The same with print(): what the commands did before, a traceback and a failed exit.
    script = READER_GONE.replace("from crawler.commands.output import emit", "emit = print")
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0 and "BrokenPipeError" in done.stderr
