"""A widened candidate is made from the old one's instance dict instead of by attrs.evolve: the
two agree, whichever fields change."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from syria_talks.model import ActorKind, Gender
from syria_talks.parsing.mentions import Candidate, CandidateSource, _evolved

_CANDIDATE = Candidate(
    start=10,
    end=20,
    phrase_start=10,
    key="person:جمال خليل",
    name="جمال خليل",
    kind=ActorKind.PERSON,
    source=CandidateSource.TITLED_NAME,
    gender=Gender.MASCULINE,
    country="SY",
)
_CHANGES = st.fixed_dictionaries(
    {},
    optional={
        "phrase_start": st.integers(0, 10),
        "lead_start": st.none() | st.integers(0, 10),
        "title": st.none() | st.sampled_from(["الوزير", "المتحدث باسم الحكومة"]),
        "title_in_text": st.booleans(),
        "apposition_end": st.none() | st.integers(20, 40),
    },
)


@given(_CHANGES)
def test_an_evolved_candidate_is_what_attrs_evolve_makes(changes: dict[str, object]) -> None:
    evolved = _evolved(_CANDIDATE, **changes)
    assert evolved == attrs.evolve(_CANDIDATE, **changes)
    assert attrs.asdict(_CANDIDATE) == attrs.asdict(attrs.evolve(_CANDIDATE))  # unchanged


def test_every_field_can_be_changed() -> None:
    fields = attrs.fields(Candidate)
    assert set(vars(_CANDIDATE)) == {field.name for field in fields}
    assert _evolved(_CANDIDATE, title="الوزير", lead_start=3).title == "الوزير"
    assert _evolved(_CANDIDATE, title="الوزير", lead_start=3).lead_start == 3
