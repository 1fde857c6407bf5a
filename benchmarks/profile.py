"""Where a parse spends its time: shares by stage (timed) and by module (profiled).

Parses the articles of ../shared/corpus (the bundled article when the corpus is absent) and
prints two tables. By stage: each stage of the pipeline timed around its call, without a
profiler (the stage and everything it calls; the rest is building the Article). By module:
pyinstrument (the ``bench`` extra) over the same parses, each module's own code with the C
functions it calls (len(), a compiled regex, str methods). A profiler adds a cost to every call,
so code that makes many small calls (token lookups) shows a larger share than it has unprofiled.

    pip install -e '.[bench]'
    python benchmarks/profile.py [--repeats N]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pyinstrument import Profiler
from pyinstrument.frame import Frame

import syria_talks
from syria_talks.parsing import pipeline

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "articles"
PACKAGE = Path(syria_talks.__file__).resolve().parent

# What syria_talks.parsing.pipeline.parse calls, by the names it calls them by.
STAGES = {
    "Document": "building the document (normalise, tokens, quotations, sentences)",
    "find_mentions": "mentions (with the lexicon scan)",
    "find_times": "times",
    "find_statements": "statements",
    "find_agreements": "agreements",
    "resolve_identities": "identities",
    "find_locations": "locations",
}


def _timed(stage: Callable[..., Any], spent: dict[str, float], name: str) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return stage(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - start

    return run


def _stage_shares(texts: list[str], repeats: int) -> None:
    """The pipeline's stages, each timed where parse() calls it (best of ``repeats`` runs)."""
    originals = {name: getattr(pipeline, name) for name in STAGES}
    best: tuple[float, dict[str, float]] | None = None
    try:
        for _ in range(repeats):
            spent: dict[str, float] = defaultdict(float)
            for name, stage in originals.items():
                setattr(pipeline, name, _timed(stage, spent, name))
            start = time.perf_counter()
            for text in texts:
                syria_talks.parse(text)
            total = time.perf_counter() - start
            if best is None or total < best[0]:
                best = (total, spent)
    finally:
        for name, stage in originals.items():
            setattr(pipeline, name, stage)
    assert best is not None
    total, spent = best
    print(f"{len(texts)} texts: {total / len(texts) * 1000:.2f} ms a parse (best of {repeats})")
    print("by stage (timed, no profiler):")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {seconds / total:6.1%}  {seconds / len(texts) * 1000:5.2f} ms  {STAGES[name]}")
    rest = total - sum(spent.values())
    print(
        f"  {rest / total:6.1%}  {rest / len(texts) * 1000:5.2f} ms  "
        "building the Article from what they found"
    )


def _frames(frame: Frame) -> Iterator[Frame]:
    yield frame
    for child in frame.children:
        yield from _frames(child)


def _outermost_parses(frame: Frame) -> Iterator[Frame]:
    """The calls of syria_talks.parse (which calls the pipeline's parse of the same name)."""
    if frame.function == "parse" and _module(frame) is not None:
        yield frame
        return
    for child in frame.children:
        yield from _outermost_parses(child)


def _where(frame: Frame) -> str:
    path = frame.file_path or ""
    if path == "<built-in>" and frame.parent is not None:
        return _where(frame.parent)  # len(), str.lower(), a compiled regex: the caller's cost
    if path.startswith("<attrs generated"):
        return "attrs-generated methods of the model"
    return _module(frame) or "the standard library and attrs (Python code)"


def _module(frame: Frame) -> str | None:
    path = frame.file_path
    if path is None or not path.startswith(str(PACKAGE)):
        return None
    return Path(path).relative_to(PACKAGE.parent).with_suffix("").as_posix().replace("/", ".")


def _module_shares(texts: list[str], repeats: int) -> None:
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(repeats):
        for text in texts:
            syria_talks.parse(text)
    session = profiler.stop()
    root = session.root_frame()
    assert root is not None
    parses = list(_outermost_parses(root))
    total = sum(f.time for f in parses)
    modules: dict[str, float] = defaultdict(float)
    for parse in parses:
        for frame in _frames(parse):
            if not frame.is_synthetic:
                modules[_where(frame)] += frame.total_self_time
    print("by module (pyinstrument; own code and the C calls it makes):")
    for module, seconds in sorted(modules.items(), key=lambda item: -item[1]):
        if seconds / total >= 0.005:
            print(f"  {seconds / total:6.1%}  {module}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=10, help="runs over the texts")
    repeats = parser.parse_args().repeats
    paths = sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths] or [syria_talks.bundled_text()]
    syria_talks.parse(texts[0])  # the lexicons are compiled once per process, not here
    _stage_shares(texts, repeats)
    _module_shares(texts, repeats)


if __name__ == "__main__":
    main()
