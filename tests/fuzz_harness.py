"""Fuzz the four entry points that take outside data, for a bounded number of inputs.

    python tests/fuzz_harness.py [--examples N]

``parse`` (any text, any ``published``), ``from_json`` (hostile JSON and mutated articles),
``read_gold`` (hostile gold files, then scoring what loads) and ``Actor.display_name`` (any
locale) may each raise only their documented typed error; anything else is a crash. Hypothesis
draws the inputs (no database, no deadline, a fixed number per target, so CI time is bounded).
Prints one line per target (inputs tried, typed errors, crashes) and exits 1 on a crash.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel import localedata
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import syria_talks
from syria_talks import (
    Actor,
    ActorKind,
    GoldFormatError,
    InputError,
    LocaleError,
    SerializationError,
)
from syria_talks.evaluate import evaluate, read_gold
from syria_talks.export import from_json, to_dict

PIECES = [
    "وقال",
    "قالت",
    "وأضاف",
    "إن",
    "أن",
    "لافروف",
    "وزير الخارجية الروسي",
    "واشنطن",
    "اتفاق وقف إطلاق النار",
    "انهيار الهدنة",
    "الخميس الماضي",
    "قبل 3000 عام",
    "غدا",
    "قد",
    "بحسب ما ذكرته",
    "البيان",
    "،",
    ".",
    '"',
    "“",
    "”",
    "«",
    "»",
    "„",
    "\n",
    "\x1b[31m",
    "\u202e",
    "\x9b",
    "\ud800",
    "ً",
    "٣",
]

ANY_CHAR = st.characters(codec=None, categories=None)  # lone surrogates included
TEXTS = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=300),
    st.text(ANY_CHAR, max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
    st.lists(st.sampled_from(PIECES[:-3]), max_size=60).map(" ".join),
)
# Mostly what callers pass; sometimes what they should not.
PUBLISHED = st.integers(0, 9).flatmap(
    lambda k: st.none() if k < 4 else st.dates() if k < 8 else st.datetimes() | st.text(max_size=5)
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(ANY_CHAR, max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
SAMPLE = to_dict(
    syria_talks.parse(
        'وقال وزير الخارجية الروسي سيرغي لافروف أمس إن الهدنة صامدة. وأضاف: "سنعود".',
        published=datetime.date(2016, 7, 4),
    )
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside nested dicts and lists."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


PATHS = _paths(SAMPLE)


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    data = json.loads(json.dumps(SAMPLE))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = draw(JSON_VALUES)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation replaced the way there
    return json.dumps(data, ensure_ascii=draw(st.booleans()))


JSON_INPUTS = st.one_of(
    mutated_articles(),
    st.just(json.dumps(SAMPLE)),
    JSON_VALUES.map(json.dumps),
    st.text(ANY_CHAR, max_size=200),
    st.sampled_from(["[" * 50_000, "1" * 5000, '{"format": NaN}', "Infinity", "-0"]),
    st.binary(max_size=50),
    st.none(),
)

GOLD_LINE = {
    "id": "d",
    "statements": [{"speaker": "لافروف", "mode": "direct", "start": 0, "end": 4}],
}


@st.composite
def gold_files(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        line = json.loads(json.dumps(GOLD_LINE))
        kind = draw(st.integers(0, 3))
        if kind == 0:
            statement = line["statements"][0]
            statement[draw(st.sampled_from(sorted(statement)))] = draw(JSON_VALUES)
        elif kind == 1:
            line[draw(st.sampled_from(["id", "statements"]))] = draw(JSON_VALUES)
        elif kind == 2:
            line = draw(JSON_VALUES)
        lines.append(json.dumps(line) if draw(st.booleans()) else draw(st.text(max_size=40)))
    return "\n".join(lines)


LOCALES = st.one_of(
    st.sampled_from(sorted(localedata.locale_identifiers())),
    st.text(ANY_CHAR, max_size=30),
    st.sampled_from(["ar", "en_GB", "ru", "ar-SY", "../../etc/passwd", "x" * 100_000]),
    JSON_VALUES,
)
ACTORS = st.builds(
    Actor,
    id=st.text(max_size=10),
    name=st.text(max_size=20),
    kind=st.sampled_from(ActorKind),
    name_en=st.none() | st.text(max_size=20),
    country=st.none() | st.sampled_from(["SY", "RU", "US", "XX", ""]),
    names=st.lists(st.tuples(st.sampled_from(["ru", "fr", "en"]), st.text(max_size=10))),
)


def _parse(case: tuple[str, Any]) -> None:
    text, published = case
    article = syria_talks.parse(text, published=published)
    for statement in article.statements:
        assert text[statement.span.start : statement.span.end] == statement.content


def _from_json(payload: Any) -> None:
    article = from_json(payload)
    for statement in article.statements:
        assert article.text[statement.span.start : statement.span.end] == statement.content


def _read_gold(content: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gold.jsonl"
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
        records = read_gold(path)
    evaluate(records, lambda _: "قال لافروف إن الوضع سيئ")


def _display_name(case: tuple[Actor, Any]) -> None:
    actor, locale = case
    assert isinstance(actor.display_name(locale), str)


TARGETS: list[tuple[str, Any, Callable[[Any], None], tuple[type[Exception], ...]]] = [
    (
        "parse",
        st.tuples(TEXTS, PUBLISHED),
        _parse,
        (InputError,),
    ),
    ("from_json", JSON_INPUTS, _from_json, (SerializationError,)),
    ("read_gold", gold_files(), _read_gold, (GoldFormatError, InputError)),
    ("display_name", st.tuples(ACTORS, LOCALES), _display_name, (LocaleError,)),
]


def fuzz_one(
    strategy: Any,
    target: Callable[[Any], None],
    allowed: tuple[type[Exception], ...],
    examples: int,
) -> tuple[int, int, int]:
    """(inputs tried, typed errors, crashes) of one target."""
    tried = typed = 0

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(value: Any) -> None:
        nonlocal tried, typed
        tried += 1
        try:
            target(value)
        except allowed:
            typed += 1

    try:
        run()
    except Exception:  # the harness reports a crash and goes on to the next target
        traceback.print_exc()
        return tried, typed, 1
    return tried, typed, 0


def fuzz(examples: int) -> int:
    crashes = total = 0
    for name, strategy, target, allowed in TARGETS:
        start = time.perf_counter()
        tried, typed, crashed = fuzz_one(strategy, target, allowed, examples)
        crashes += crashed
        total += tried
        print(
            f"fuzz {name:<13} {tried:>6} inputs  {typed:>6} typed errors  {crashed} crashes  "
            f"{time.perf_counter() - start:5.1f} s",
            flush=True,
        )
    print(f"fuzz: {total} inputs tried, {crashes} crashes")
    return 1 if crashes else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=2000, help="inputs per target")
    return fuzz(parser.parse_args().examples)


if __name__ == "__main__":
    sys.exit(main())
