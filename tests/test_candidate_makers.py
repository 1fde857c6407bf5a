"""The mention passes make their candidates through the slots' setters (``_candidate``,
``_evolved`` in syria_talks.parsing.mentions) instead of attrs' ``__init__`` and
``attrs.evolve``: whatever the fields, the candidate made must be the one attrs makes."""

from __future__ import annotations

import importlib
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from syria_talks.model import ActorKind, Gender

mentions = importlib.import_module("syria_talks.parsing.mentions")
Candidate = mentions.Candidate

_optional_int = st.none() | st.integers(-5, 10_000)
_optional_text = st.none() | st.text(max_size=12)

# Every field with values of its own, so a setter bound to the wrong slot shows.
FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "start": st.integers(0, 10_000),
    "end": st.integers(0, 10_000),
    "phrase_start": st.integers(0, 10_000),
    "key": st.text(max_size=12),
    "name": st.text(max_size=12),
    "kind": st.sampled_from(ActorKind),
    "source": st.sampled_from(mentions.CandidateSource),
    "gender": st.none() | st.sampled_from(Gender),
    "country": _optional_text,
    "name_en": _optional_text,
    "title": _optional_text,
    "title_in_text": st.booleans(),
    "place": st.booleans(),
    "names": st.lists(st.tuples(st.text(max_size=4), st.text(max_size=4)), max_size=3).map(tuple),
    "lead_start": _optional_int,
    "apposition_end": _optional_int,
}
REQUIRED = [
    name for name, field in attrs.fields_dict(Candidate).items() if field.default is attrs.NOTHING
]


def test_the_strategies_name_every_field() -> None:
    assert list(FIELDS) == list(attrs.fields_dict(Candidate))


@st.composite
def field_values(draw: st.DrawFn) -> dict[str, Any]:
    """All required fields and any of the others (the rest take their defaults)."""
    optional = draw(st.sets(st.sampled_from([n for n in FIELDS if n not in REQUIRED])))
    return {name: draw(FIELDS[name]) for name in FIELDS if name in REQUIRED or name in optional}


@given(field_values())
def test_candidate_is_what_attrs_makes(values: dict[str, Any]) -> None:
    made = mentions._candidate(**values)
    expected = Candidate(**values)
    assert type(made) is Candidate
    assert made == expected
    assert attrs.asdict(made, recurse=False) == attrs.asdict(expected, recurse=False)
    assert hash(made) == hash(expected)
    assert pickle.loads(pickle.dumps(made)) == expected


@given(field_values(), field_values())
def test_evolved_is_what_attrs_evolve_makes(
    values: dict[str, Any], changes: dict[str, Any]
) -> None:
    cand = Candidate(**values)
    assert mentions._evolved(cand, **changes) == attrs.evolve(cand, **changes)
    assert cand == Candidate(**values)  # the original is left as it was


def test_made_candidates_stay_frozen() -> None:
    made = mentions._candidate(
        start=0,
        end=3,
        phrase_start=0,
        key="k",
        name="ن",
        kind=ActorKind.PERSON,
        source=mentions.CandidateSource.LEXICON,
    )
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.start = 1
    with pytest.raises(AttributeError):
        made.extra = 1  # type: ignore[attr-defined]
