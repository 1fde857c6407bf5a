r"""Throughput of the parser and of the batch layer, as ratios measured in one run.

Prints articles/s and MB/s for the bundled article and for ../shared/corpus/articles (when
present); the ratio of a full parse to a bare pass that normalises the text and runs one
``\w+`` regex over it (the target is 8x or less), to that regex alone and to a
normalise-and-tokenise pass; how the time grows when the same text is doubled and quadrupled
(linear is 2.0 and 4.0); ``parse_many`` on 1 and 2 processes and Dask on 2 local worker
processes (articles/s, MB/s, per core); the memory ``parse_many`` holds early in a long run
and late in it (flat is 1.0x); loading a corpus of statements from
the batch JSON Lines and asking it a question; DuckDB query latency on a million statement rows;
import time.

    python benchmarks/bench.py [--quick]
"""

from __future__ import annotations

import argparse
import datetime
import gc
import os
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

import syria_talks
from syria_talks.lexicon import default_lexicon
from syria_talks.text import NormalizedText

_ROUNDS_OF_ONE = 20  # a corpus of one text is timed over this many times the rounds
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "articles"
T = TypeVar("T")


def _least_times(
    rounds: int, items: Sequence[T], passes: Mapping[str, Callable[[T], object]]
) -> dict[str, list[float]]:
    """Each pass's least CPU time on each item over ``rounds`` rounds.

    CPU time, not wall time: on a shared machine another process's work is not this one's.
    The passes of a ratio run on one item right after each other, and the least time is kept
    per item, so every figure is a few milliseconds timed at the machine's quietest for it.
    Timing each pass over the whole corpus in turn let a slow stretch of the machine fall on
    one pass and not the other: the ratio of one run moved by a third.
    """
    least = {name: [float("inf")] * len(items) for name in passes}
    for _ in range(rounds):
        for k, item in enumerate(items):
            for name, work in passes.items():
                start = time.process_time()
                work(item)
                took = time.process_time() - start
                if took < least[name][k]:
                    least[name][k] = took
    return least


_WORD = re.compile(r"\w+")


def _regex(view: str) -> None:
    for _ in _WORD.finditer(view):
        pass


def _normalise_and_regex(text: str) -> None:
    _regex(NormalizedText(text).text)


def _normalise_and_tokenise(text: str) -> None:
    _ = NormalizedText(text).tokens


def _report(label: str, texts: list[str], rounds: int) -> float:
    if len(texts) == 1:
        rounds *= _ROUNDS_OF_ONE  # one short text: its least time needs more tries to show
    views = {text: NormalizedText(text).text for text in texts}
    least = _least_times(
        rounds,
        texts,
        {
            "regex": lambda text: _regex(views[text]),
            "normalise_regex": _normalise_and_regex,
            "bare": _normalise_and_tokenise,
            "full": syria_talks.parse,
        },
    )
    regex, normalise_regex, bare, full = (
        sum(least[name]) for name in ("regex", "normalise_regex", "bare", "full")
    )
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(
        f"{label:<16} {len(texts):>3} texts {len(texts) / full:8.1f} articles/s  "
        f"{size / full / 1e6:6.2f} MB/s\n"
        f"{'':<16} parse vs normalise + one \\w+ regex: {full / normalise_regex:5.1f}x "
        f"(target <= 8x); vs the regex alone over the normalised text: {full / regex:5.1f}x; "
        f"vs normalise + tokenise: {full / bare:5.1f}x"
    )
    return full / normalise_regex


def _import_time() -> float:
    code = (
        "import time; t = time.perf_counter(); import syria_talks; print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout)


def _many(label: str, texts: list[str], cores: int, run: Callable[[], int]) -> None:
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    parsed = run()
    took = time.perf_counter() - start
    assert parsed == len(texts), (parsed, len(texts))
    print(
        f"{label:<28} {len(texts) / took:8.1f} articles/s  {size / took / 1e6:6.2f} MB/s  "
        f"per core {len(texts) / took / cores:8.1f} articles/s  "
        f"{size / took / 1e6 / cores:6.2f} MB/s"
    )


def _batch(texts: list[str]) -> None:
    import dask.bag as db
    from distributed import Client, LocalCluster

    from syria_talks.batch import parse_bag, parse_many

    items = [(str(i), t) for i, t in enumerate(texts)]
    print(f"batch over {len(texts)} texts ({os.cpu_count()} cores on this machine):")
    _many("  parse() in a loop", texts, 1, lambda: sum(1 for _ in map(syria_talks.parse, texts)))
    _many("  parse_many, 1 process", texts, 1, lambda: sum(o.ok for o in parse_many(items)))
    start = time.perf_counter()
    list(parse_many(items[:1], n_process=2))
    print(f"  (2 worker processes started, lexicons loaded: {time.perf_counter() - start:.1f} s)")
    _many(
        "  parse_many, 2 processes",
        texts,
        2,
        lambda: sum(o.ok for o in parse_many(items, n_process=2)),
    )
    start = time.perf_counter()
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        client.run(syria_talks.default_lexicon)  # as parse_many's workers do: lexicons first
        print(
            f"  (Dask LocalCluster of 2 worker processes up in {time.perf_counter() - start:.1f} s)"
        )
        bag = db.from_sequence(items, npartitions=8)
        _many(
            "  Dask, 2 local workers", texts, 2, lambda: sum(o.ok for o in parse_bag(bag).compute())
        )


def _memory(texts: list[str], count: int) -> None:
    """Whether ``parse_many`` holds more the more documents it has parsed: after each tenth of
    ``10 * count`` documents, what is still held once garbage is collected, and the peak while
    parsing that tenth. (Python keeps freed tuples for reuse until a full collection, so
    without one the memory in use climbs by a few MB between collections and drops again.)
    A first run fills the lexicon's caches before anything is measured."""
    from syria_talks.batch import parse_many

    for _ in parse_many((str(i), texts[i % len(texts)]) for i in range(count)):
        pass
    gc.collect()
    tracemalloc.start()
    held: list[int] = []
    peaks: list[int] = []
    endless = ((str(i), texts[i % len(texts)]) for i in range(10 * count))
    for k, _ in enumerate(parse_many(endless), start=1):
        if k % count == 0:
            peaks.append(tracemalloc.get_traced_memory()[1])
            gc.collect()
            held.append(tracemalloc.get_traced_memory()[0])
            tracemalloc.reset_peak()
    tracemalloc.stop()
    print(
        f"memory of parse_many over {10 * count} documents: held after the first tenth "
        f"{held[0] / 1e3:.0f} kB, after the last {held[-1] / 1e3:.0f} kB; peak while parsing "
        f"the first tenth {peaks[0] / 1e6:.2f} MB, the last {peaks[-1] / 1e6:.2f} MB "
        f"({peaks[-1] / peaks[0]:.2f}x; flat is 1.0x)"
    )


def _corpus_load(text: str, statements: int) -> None:
    from syria_talks.batch import outcome_line, parse_many
    from syria_talks.corpus import Corpus

    (outcome,) = parse_many([("seed", text, datetime.date(2016, 7, 4))])
    per_article = len(outcome.article.statements)  # type: ignore[union-attr]
    articles = -(-statements // per_article)
    line = outcome_line(outcome)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for i in range(articles):
                handle.write(line.replace('"seed"', f'"doc-{i}"', 1) + "\n")
        start = time.perf_counter()
        corpus = Corpus.from_jsonl(path)
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        found = corpus.statements_where(speaker="Kirby")
        asked = time.perf_counter() - start
    print(
        f"Corpus.from_jsonl: {articles * per_article} statements in {articles} articles "
        f"loaded in {loaded:.2f} s (no text parsed); statements_where(speaker=...) -> "
        f"{len(found)} in {asked * 1000:.0f} ms"
    )


def _warehouse(rows: int) -> None:
    import duckdb
    import pyarrow.parquet

    from syria_talks.export import arrow_schema
    from syria_talks.warehouse import Warehouse

    generated = f"""
        SELECT printf('doc-%07d', i // 10) AS doc_id, i % 10 AS "index",
          CASE i % 3 WHEN 0 THEN 'سيرغي لافروف' WHEN 1 THEN 'جون كيري' ELSE 'جون كيربي' END
            AS speaker,
          CASE i % 3 WHEN 0 THEN 'Sergei Lavrov' WHEN 1 THEN 'John Kerry' ELSE 'John Kirby' END
            AS speaker_en,
          CASE i % 3 WHEN 0 THEN 'sergei-lavrov' WHEN 1 THEN 'john-kerry' ELSE 'john-kirby' END
            AS speaker_id,
          'person' AS speaker_kind, CASE i % 3 WHEN 0 THEN 'RU' ELSE 'US' END AS speaker_country,
          NULL AS source, NULL AS source_id, 'قال' AS cue, 'indirect' AS mode, false AS negated,
          'neutral' AS stance, NULL AS channel, 'الهدنة صامدة' AS content, 0 AS start,
          12 AS "end", DATE '2015-01-01' + INTERVAL (i % 730) DAY AS "when",
          DATE '2015-01-01' + INTERVAL (i % 730) DAY AS when_end, NULL AS when_text,
          DATE '2015-01-02' + INTERVAL (i % 730) DAY AS published
        FROM range({rows}) t(i)
    """
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "statements").mkdir()
        table = duckdb.sql(generated).to_arrow_table().cast(arrow_schema("statements"))
        pyarrow.parquet.write_table(table, Path(folder) / "statements" / "part-0.parquet")
        del table
        warehouse = Warehouse(folder)
        start = time.perf_counter()
        lavrov = warehouse.statements_where(speaker="Lavrov").num_rows
        by = time.perf_counter() - start
        start = time.perf_counter()
        months = warehouse.monthly_counts().num_rows
        monthly = time.perf_counter() - start
    print(
        f"DuckDB on {rows} statement rows: statements_where(speaker='Lavrov') -> {lavrov} rows in "
        f"{by * 1000:.0f} ms; monthly_counts -> {months} rows in {monthly * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (for CI)")
    quick = parser.parse_args().quick
    repeats = 3 if quick else 10

    lexicon_start = time.perf_counter()
    syria_talks.parse(syria_talks.bundled_text(), lexicon=default_lexicon())
    print(f"first parse (lexicons compiled once): {time.perf_counter() - lexicon_start:.3f} s")
    print(f"import syria_talks: {_import_time():.3f} s")

    seed = [syria_talks.bundled_text()]
    _report("bundled article", seed, repeats)
    corpus: list[str] = []
    if CORPUS.is_dir():
        corpus = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
        _report("corpus", corpus, repeats)
    base = seed[0] if not CORPUS.is_dir() else "\n".join(corpus[:5])
    sized = {times: "\n".join([base] * times) for times in (1, 2, 4)}
    sized_parse = {"parse": lambda times: syria_talks.parse(sized[times])}
    one, two, four = _least_times(repeats, [1, 2, 4], sized_parse)["parse"]
    print(f"scaling: 2x text -> {two / one:.2f}x time, 4x text -> {four / one:.2f}x time")

    texts = corpus if CORPUS.is_dir() else seed
    many = texts * max(1, (80 if quick else 1000) // len(texts))
    _batch(many)
    _memory(texts, 50 if quick else 200)
    _corpus_load(seed[0], 10_000 if quick else 100_000)
    _warehouse(1_000_000)


if __name__ == "__main__":
    main()
