"""The statement history appends a statement found after the last one without a bisection (the
stage finds them in text order); added in any order, it must hand out the same antecedents as
the columns kept sorted by position, the later added of two at one position after the other."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

context = importlib.import_module("syria_talks.parsing.context")
antecedents = importlib.import_module("syria_talks.parsing.antecedents")

# (position, speaker or None): few positions, so that statements share them.
STATEMENTS = st.lists(
    st.tuples(st.integers(min_value=0, max_value=12), st.none() | st.integers(0, 5)),
    max_size=30,
)


def _statement(position: int, speaker: object) -> object:
    return context.ViewStatement(
        None, position, position + 1, position, position + 1, None, False, speaker
    )


@settings(max_examples=400, deadline=None)
@given(STATEMENTS, st.booleans())
def test_statements_added_in_any_order_are_handed_out_by_position(
    added: list[tuple[int, int | None]], in_text_order: bool
) -> None:
    if in_text_order:
        added = sorted(added, key=lambda entry: entry[0])
    history = antecedents.History()
    made = [_statement(at, f"s{speaker}" if speaker is not None else None) for at, speaker in added]
    for statement in made:
        history.add(statement)
    by_position = sorted(made, key=lambda s: s.cue_start)  # type: ignore[attr-defined]
    for position in range(-1, 15):
        before = [s for s in by_position if s.cue_start < position]  # type: ignore[attr-defined]
        earlier = history.before(position)
        assert list(earlier.statements) == before[-context.ANTECEDENTS :]
        speakers = [s.speaker for s in before if s.speaker is not None]  # type: ignore[attr-defined]
        assert list(earlier.speakers) == speakers[-context.ANTECEDENTS :]


def test_a_statement_found_before_the_last_one_is_put_in_its_place() -> None:
    history = antecedents.History()
    history.add(_statement(10, "late"))
    history.add(_statement(3, "early"))
    assert history.before(11).speakers == ("early", "late")
    assert history.before(5).speakers == ("early",)
