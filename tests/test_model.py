"""The domain model: frozen, by value, pickles, and round-trips through JSON unchanged."""

from __future__ import annotations

import datetime
import json
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import syria_talks
from syria_talks import Actor, ActorKind, SerializationError, Span
from syria_talks.export import from_dict, from_json, records, to_dict, to_json


def test_span_rejects_negative_and_reversed_offsets() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=2)
    with pytest.raises(ValueError, match=">= 0"):
        Span(start=-1, end=2)


@given(st.integers(0, 100), st.integers(0, 100), st.integers(0, 100), st.integers(0, 100))
def test_span_overlap_is_symmetric(a: int, b: int, c: int, d: int) -> None:
    x = Span(start=min(a, b), end=max(a, b))
    y = Span(start=min(c, d), end=max(c, d))
    assert x.overlaps(y) == y.overlaps(x)
    if x.contains(y) and len(y):
        assert x.overlaps(y)


def test_classes_are_frozen_and_keyword_only() -> None:
    actor = Actor(id="x", name="س", kind=ActorKind.PERSON)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        actor.name = "ص"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Actor("x", "س", ActorKind.PERSON)  # type: ignore[misc]


def test_the_article_pickles_and_compares_by_value() -> None:
    article = syria_talks.load()
    clone = pickle.loads(pickle.dumps(article))
    assert clone == article
    assert clone is not article


def test_json_round_trip_is_exact() -> None:
    article = syria_talks.parse(syria_talks.bundled_text(), published=datetime.date(2016, 7, 4))
    assert from_json(to_json(article)) == article
    assert from_dict(json.loads(json.dumps(to_dict(article)))) == article


def test_statement_speaker_is_the_article_actor_after_a_round_trip() -> None:
    article = from_json(to_json(syria_talks.load()))
    speaker = article.statements[0].speaker
    assert speaker is not None and speaker in article.actors


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("[]", "JSON object"),
        ("{", "invalid JSON"),
        ('{"format": 99}', "unsupported format"),
        ('{"format": 1, "text": "x"}', "actors: expected a list, got null"),
    ],
)
def test_bad_json_raises_a_typed_error(payload: str, message: str) -> None:
    with pytest.raises(SerializationError, match=message):
        from_json(payload)


def test_actor_matches_any_name_or_spelling() -> None:
    kerry = Actor(
        id="john-kerry",
        name="جون كيري",
        name_en="John Kerry",
        kind=ActorKind.PERSON,
        aliases=frozenset({"كيري"}),
    )
    for name in ("Kerry", "kerry", "كيرى", "John Kerry", "جون كيري"):
        assert kerry.matches(name), name
    assert not kerry.matches("كيربي")
    assert not kerry.matches("")


def test_statement_records_are_flat() -> None:
    rows = records([("seed", syria_talks.load())])
    assert rows[0]["doc_id"] == "seed"
    flat = (str, int, bool, datetime.date, type(None))
    assert all(isinstance(v, flat) for r in rows for v in r.values())
