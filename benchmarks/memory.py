"""Peak memory of a parse, as a multiple of the input's UTF-8 size (tracemalloc).

Prints the figure for the bundled article, for each article of ../shared/corpus (median and
worst) and for a long realistic document: the corpus joined into one text, or the bundled
article repeated to the same length when the corpus is absent. Exits 1 when the bundled
article, the worst corpus article or the long document takes more than 30 times its size: the
bound the library keeps for realistic text, short articles included.

    python benchmarks/memory.py
"""

from __future__ import annotations

import statistics
import sys
import tracemalloc
from pathlib import Path

import syria_talks

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "articles"
LIMIT = 30.0
LONG = 100_000  # characters in the long document


def peak_ratio(text: str) -> float:
    """Peak bytes allocated while parsing ``text``, over its UTF-8 size."""
    tracemalloc.start()
    try:
        syria_talks.parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / len(text.encode("utf-8"))


def _verdict(ratio: float) -> str:
    return f"({'ok' if ratio <= LIMIT else 'OVER'}, limit {LIMIT:.0f}x)"


def main() -> int:
    bundled = syria_talks.bundled_text()
    syria_talks.parse(bundled)  # the lexicon is compiled once per process, not per text
    checked = [peak_ratio(bundled)]
    print(f"peak memory / UTF-8 input: bundled article {checked[0]:.1f}x {_verdict(checked[0])}")
    paths = sorted(CORPUS.glob("*.txt"))
    articles = [p.read_text(encoding="utf-8") for p in paths]
    if articles:
        ratios = [peak_ratio(text) for text in articles]
        worst = max(range(len(ratios)), key=ratios.__getitem__)
        checked.append(ratios[worst])
        print(
            f"peak memory / UTF-8 input: {len(articles)} corpus articles, median "
            f"{statistics.median(ratios):.1f}x, worst {ratios[worst]:.1f}x ({paths[worst].name}) "
            f"{_verdict(ratios[worst])}"
        )
        long = "\n\n".join(articles)
        label = f"the corpus as one document ({len(long):,} characters)"
    else:
        long = "\n\n".join([bundled] * (LONG // len(bundled) + 1))
        label = f"the bundled article repeated ({len(long):,} characters)"
    checked.append(peak_ratio(long))
    print(f"peak memory / UTF-8 input: {label} {checked[-1]:.1f}x {_verdict(checked[-1])}")
    return 0 if max(checked) <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
