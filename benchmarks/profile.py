"""Where a parse spends its time: shares by stage and by module, from a sampling profiler.

Parses the articles of ../shared/corpus (the bundled article when the corpus is absent) under
pyinstrument (the ``bench`` extra) and prints two tables: each stage's share of the parse
(inclusive: the stage and everything it calls) and each module's share (its own code, with the
C functions it calls). A sampling profiler adds little to each call, so the shares stay close to
those of an unprofiled run, where cProfile inflates code that makes many small calls.

    pip install -e '.[bench]'
    python benchmarks/profile.py [--repeats N]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from pyinstrument import Profiler
from pyinstrument.frame import Frame

import syria_talks

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "articles"
PACKAGE = Path(syria_talks.__file__).resolve().parent

# What syria_talks.parsing.pipeline.parse calls, by the name of the function that does it.
STAGES = {
    "__init__": "building the document (normalise, tokens, quotations, sentences)",
    "find_mentions": "mentions (with the lexicon scan)",
    "find_times": "times",
    "find_statements": "statements",
    "find_agreements": "agreements",
    "resolve_identities": "identities",
    "find_locations": "locations",
}


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=20, help="parses of each text")
    repeats = parser.parse_args().repeats
    paths = sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths] or [syria_talks.bundled_text()]
    syria_talks.parse(texts[0])  # the lexicons are compiled once per process, not here

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
    stages: dict[str, float] = defaultdict(float)
    modules: dict[str, float] = defaultdict(float)
    for parse in parses:
        for frame in _frames(parse):
            name = STAGES.get(frame.function)
            if name is not None and _module(frame) == "syria_talks.parsing.pipeline":
                continue
            if name is not None and frame.parent is not None and frame.parent.function == "parse":
                stages[name] += frame.time
        for frame in _frames(parse):
            if not frame.is_synthetic:
                modules[_where(frame)] += frame.total_self_time

    print(f"{len(texts)} texts x {repeats}: {total / len(texts) / repeats * 1000:.2f} ms a parse")
    print("by stage (inclusive):")
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {seconds / total:6.1%}  {name}")
    print(f"  {1 - sum(stages.values()) / total:6.1%}  building the Article from what they found")
    print("by module (own code and the C calls it makes):")
    for module, seconds in sorted(modules.items(), key=lambda item: -item[1]):
        if seconds / total >= 0.005:
            print(f"  {seconds / total:6.1%}  {module}")


if __name__ == "__main__":
    main()
