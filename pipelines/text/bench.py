"""Room: pipelines/text — a tiny benchmark: reference OpenCC vs fastcc, in chars/s.

Run ``python -m pipelines.text.bench [file ...]`` (default: the seed, repeated). Not a test:
timings depend on the machine. "cold" clears the converter's chunk memo before each run
(the memo still fills within the text); "warm" keeps it, as a long crawl does.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import opencc

from pipelines.text.fastcc import FastConverter

_SEED = Path(__file__).resolve().parents[2] / "tests/fixtures/seed/quarterly-meeting-report.txt"
REPEAT = 10


def chars_per_second(convert: Callable[[str], str], text: str, runs: int) -> float:
    start = time.perf_counter()
    for _ in range(runs):
        convert(text)
    return len(text) * runs / (time.perf_counter() - start)


def cold(converter: FastConverter) -> Callable[[str], str]:
    def convert(text: str) -> str:
        converter.clear_memo()
        return converter.convert(text)

    return convert


def report(label: str, text: str) -> None:
    simplified = opencc.OpenCC("t2s").convert(text)
    for config, source in (("t2s", text), ("s2t", simplified)):
        reference = opencc.OpenCC(config).convert
        fast = FastConverter(config)
        assert fast.convert(source) == reference(source), "fastcc differs from the reference"
        ref = chars_per_second(reference, source, 1)
        fast_cold = chars_per_second(cold(fast), source, 5)
        fast_warm = chars_per_second(fast.convert, source, 10)
        print(
            f"{label} {config} ({len(source)} chars): reference {ref / 1e6:.2f} M/s, "
            f"fastcc cold {fast_cold / 1e6:.2f} M/s, warm {fast_warm / 1e6:.2f} M/s"
        )


def main(paths: list[str]) -> None:
    if not paths:
        report(f"seed x{REPEAT}", _SEED.read_text(encoding="utf-8") * REPEAT)
    for path in paths:
        report(path, Path(path).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main(sys.argv[1:])
