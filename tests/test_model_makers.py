"""The assembler's trusted constructors against the model classes' own: each makes what the
class makes from the same values, for every field the class has."""

from __future__ import annotations

import inspect
import pickle
from collections.abc import Callable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from syria_talks.model import (
    Actor,
    ActorKind,
    Gender,
    Granularity,
    Location,
    LocationKind,
    Mention,
    Span,
    Stance,
    Statement,
    StatementMode,
    TimeRef,
    new_actor,
    new_location,
    new_mention,
    new_span,
    new_statement,
    new_time_ref,
)

OFFSETS = st.integers(0, 10_000)
SPANS = st.builds(lambda a, b: Span(start=min(a, b), end=max(a, b)), OFFSETS, OFFSETS)
WORDS = st.text(st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهوي "), max_size=12)
ACTORS = st.none() | st.builds(
    Actor, id=st.sampled_from(["sy", "ru", "un"]), name=WORDS, kind=st.sampled_from(ActorKind)
)
TIMES = st.none() | st.builds(
    TimeRef, text=WORDS, span=SPANS, granularity=st.sampled_from(Granularity)
)


MAKERS = [
    (new_span, Span),
    (new_mention, Mention),
    (new_statement, Statement),
    (new_actor, Actor),
    (new_time_ref, TimeRef),
    (new_location, Location),
]


@pytest.mark.parametrize(("maker", "cls"), MAKERS)
def test_a_maker_takes_every_field_of_its_class(maker: Callable[..., object], cls: type) -> None:
    fields = [a.name for a in attrs.fields(cls)]
    assert list(inspect.signature(maker).parameters) == fields


@given(OFFSETS, OFFSETS)
def test_new_span_is_the_span_the_class_makes(start: int, end: int) -> None:
    if start <= end:
        made = new_span(start, end)
        assert made == Span(start=start, end=end)
        assert (made.start, made.end) == (start, end)
        assert pickle.loads(pickle.dumps(made)) == made
    else:
        with pytest.raises(ValueError, match="before its start"):
            new_span(start, end)


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (2, -1), (-4, -2)])
def test_new_span_refuses_a_negative_offset_as_the_class_does(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=">= 0"):
        new_span(start, end)


@given(st.sampled_from(["sy", "ru"]), SPANS, WORDS)
def test_new_mention_is_the_mention_the_class_makes(actor_id: str, span: Span, text: str) -> None:
    made = new_mention(actor_id, span, text)
    expected = Mention(actor_id=actor_id, span=span, text=text)
    assert made == expected
    assert attrs.astuple(made, recurse=False) == attrs.astuple(expected, recurse=False)
    assert hash(made) == hash(expected)


@given(
    st.fixed_dictionaries(
        {
            "speaker": ACTORS,
            "content": WORDS,
            "span": SPANS,
            "cue": WORDS,
            "cue_span": SPANS,
            "mode": st.sampled_from(StatementMode),
            "negated": st.booleans(),
            "stance": st.sampled_from(Stance),
            "channel": st.none() | WORDS,
            "source": ACTORS,
            "speaker_span": st.none() | SPANS,
            "when": TIMES,
        }
    )
)
def test_new_statement_is_the_statement_the_class_makes(fields: dict[str, object]) -> None:
    made = new_statement(**fields)  # type: ignore[arg-type]
    expected = Statement(**fields)  # type: ignore[arg-type]
    assert made == expected
    assert attrs.astuple(made, recurse=False) == attrs.astuple(expected, recurse=False)
    assert pickle.loads(pickle.dumps(made)) == expected
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.content = "x"  # type: ignore[misc]


def _same(made: object, expected: object) -> None:
    assert made == expected
    assert type(made) is type(expected)
    assert attrs.astuple(made, recurse=False) == attrs.astuple(expected, recurse=False)
    assert pickle.loads(pickle.dumps(made)) == expected


NAMES = st.lists(st.tuples(st.sampled_from(["en", "fr", "ru", "de"]), WORDS), max_size=3).map(tuple)


@given(
    st.fixed_dictionaries(
        {
            "id": st.sampled_from(["person:a", "state:sy"]),
            "name": WORDS,
            "kind": st.sampled_from(ActorKind),
            "name_en": st.none() | WORDS,
            "country": st.none() | st.sampled_from(["SY", "RU"]),
            "title": st.none() | WORDS,
            "gender": st.none() | st.sampled_from(Gender),
            "aliases": st.sets(WORDS, max_size=4),
            "names": NAMES,
        }
    )
)
def test_new_actor_is_the_actor_the_class_makes(fields: dict[str, object]) -> None:
    made = new_actor(**fields)  # type: ignore[arg-type]
    _same(made, Actor(**fields))  # type: ignore[arg-type]
    assert isinstance(made.aliases, frozenset)
    assert list(made.names) == sorted(made.names)  # sorted as the class's converter sorts


@given(WORDS, SPANS, st.sampled_from(Granularity), st.none() | st.dates(), st.none() | st.dates())
def test_new_time_ref_is_the_time_the_class_makes(
    text: str, span: Span, granularity: Granularity, start: object, end: object
) -> None:
    made = new_time_ref(text, span, granularity, start, end)  # type: ignore[arg-type]
    _same(made, TimeRef(text=text, span=span, granularity=granularity, start=start, end=end))  # type: ignore[arg-type]


@given(
    st.fixed_dictionaries(
        {
            "id": st.sampled_from(["city:aleppo", "country:SY"]),
            "name": WORDS,
            "kind": st.sampled_from(LocationKind),
            "country": st.none() | st.sampled_from(["SY", "RU"]),
            "name_en": st.none() | WORDS,
            "parent": st.none() | st.sampled_from(["country:SY"]),
            "coordinates": st.none() | st.tuples(st.floats(-90, 90), st.floats(-180, 180)),
            "spans": st.lists(SPANS, max_size=5),
        }
    )
)
def test_new_location_is_the_location_the_class_makes(fields: dict[str, object]) -> None:
    made = new_location(**fields)  # type: ignore[arg-type]
    _same(made, Location(**fields))  # type: ignore[arg-type]
    assert list(made.spans) == sorted(made.spans)  # sorted as the class's converter sorts
