"""Throughput of the parser, as ratios measured in one run.

Prints articles/s and MB/s for the bundled article and for ../shared/corpus/articles (when
present), the ratio of a full parse to a bare normalise-and-tokenise pass over the same texts,
and how the time grows when the same text is doubled and quadrupled (linear is 2.0 and 4.0).

    python benchmarks/bench.py [--quick]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import syria_talks
from syria_talks.lexicon import default_lexicon
from syria_talks.text import NormalizedText

_MIN_BATCH = 20  # texts per timed run
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "articles"


def _best_of(repeats: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def _bare(texts: list[str]) -> None:
    for text in texts:
        _ = NormalizedText(text).tokens


def _full(texts: list[str]) -> None:
    for text in texts:
        syria_talks.parse(text)


def _report(label: str, texts: list[str], repeats: int) -> float:
    # A single short article is timed many times over, so the timer's noise does not decide.
    copies = max(1, _MIN_BATCH // len(texts))
    batch = texts * copies
    size = sum(len(t.encode("utf-8")) for t in batch)
    bare = _best_of(repeats, lambda: _bare(batch))
    full = _best_of(repeats, lambda: _full(batch))
    print(
        f"{label:<16} {len(texts):>3} texts x{copies:<3} {len(batch) / full:8.1f} articles/s  "
        f"{size / full / 1e6:6.2f} MB/s  parse/tokenise ratio {full / bare:6.1f}"
    )
    return full / bare


def _import_time() -> float:
    code = (
        "import time; t = time.perf_counter(); import syria_talks; print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (for CI)")
    repeats = 3 if parser.parse_args().quick else 10

    lexicon_start = time.perf_counter()
    syria_talks.parse(syria_talks.bundled_text(), lexicon=default_lexicon())
    print(f"first parse (lexicons compiled once): {time.perf_counter() - lexicon_start:.3f} s")
    print(f"import syria_talks: {_import_time():.3f} s")

    seed = [syria_talks.bundled_text()]
    _report("bundled article", seed, repeats)
    if CORPUS.is_dir():
        corpus = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
        _report("corpus", corpus, repeats)
    base = seed[0] if not CORPUS.is_dir() else "\n".join(corpus[:5])
    one = _best_of(repeats, lambda: _full([base]))
    two = _best_of(repeats, lambda: _full(["\n".join([base] * 2)]))
    four = _best_of(repeats, lambda: _full(["\n".join([base] * 4)]))
    print(f"scaling: 2x text -> {two / one:.2f}x time, 4x text -> {four / one:.2f}x time")


if __name__ == "__main__":
    main()
