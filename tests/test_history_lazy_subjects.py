"""The statement history that checks a mention for a clause subject only when a cue looks back
at it (History.of) against the history built from every clause subject found up front
(History(clause_subjects(ctx))): the same speakers before every position, in the same order,
as statements are added between the look-ups, and the same nearest speakers newest first."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st
from statement_context import statement_context

context = importlib.import_module("syria_talks.parsing.context")
antecedents = importlib.import_module("syria_talks.parsing.antecedents")


# Words of our own: verbs of saying, names, titles, states, prepositions, complementisers.
PIECES = [
    "قال",
    "وقال",
    "وقالت",
    "أكدت",
    "وأضاف",
    "لافروف",
    "أردوغان",
    "ميركل",
    "تركيا",
    "روسيا",
    "واشنطن",
    "وزير الخارجية",
    "المتحدث باسم الكرملين",
    "في",
    "إلى",
    "قد",
    "وقد",
    "أيضا",
    "إن",
    "أن",
    "بيد أن",
    "الهدنة",
    "صامدة",
    "المفاوضات",
]
SEPARATORS = [" ", " ", " ", "، ", ". ", '"', ' "', '" ', "\n"]
TEXTS = st.lists(
    st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(PIECES)), min_size=2, max_size=30
).map(lambda pairs: "".join(gap + word for gap, word in pairs).strip() + ".")
# What happens next: look back from a position, or add a statement at a cue position whose
# speaker is one of the document's mentions (by index), or none.
STEPS = st.lists(
    st.tuples(
        st.booleans(),
        st.integers(min_value=-1, max_value=400),
        st.one_of(st.none(), st.integers(min_value=0, max_value=40)),
    ),
    max_size=40,
)


def _statement(position: int, speaker: object) -> object:
    return context.ViewStatement(
        None, position, position + 1, position, position + 1, None, False, speaker
    )


@settings(max_examples=400, deadline=None)
@given(TEXTS, STEPS)
def test_speakers_checked_when_asked_are_the_clause_subjects_found_up_front(
    text: str, steps: list[tuple[bool, int, int | None]]
) -> None:
    ctx = statement_context(text)
    lazy = antecedents.History.of(ctx)
    eager = antecedents.History(antecedents.clause_subjects(ctx))
    every = ctx.every_mention
    for look, position, speaker in steps:
        if look:
            expected = eager.before(position).speakers
            assert list(lazy.before(position).nearest_speakers()) == list(reversed(expected))
            assert lazy.before(position).speakers == expected, text
        else:
            cand = every[speaker % len(every)] if speaker is not None and every else None
            # Half the statements at a mention's start: a named speaker and a statement's
            # speaker at one position.
            at = every[position % len(every)].start if every and position % 2 else position
            lazy.add(_statement(at, cand))
            eager.add(_statement(at, cand))
    for position in range(-1, len(text) + 2):
        assert lazy.before(position).speakers == eager.before(position).speakers, text


def test_a_long_run_of_mentions_that_are_no_subjects_is_passed_over_for_each_cue() -> None:
    # Prepositional phrases name actors that speak for no clause: every cue looking back
    # from the end finds the one clause subject at the start, whatever lies between.
    text = "وقال لافروف إن الهدنة صامدة" + " في روسيا" * 200 + "."
    ctx = statement_context(text)
    history = antecedents.History.of(ctx)
    subjects = antecedents.clause_subjects(ctx)
    assert len(subjects) == 1
    for _ in range(3):
        assert history.before(len(text)).speakers == (subjects[0][1],)
    assert antecedents.previous_speaker(history.before(len(text)), None) is subjects[0][1]


def test_a_statement_at_a_named_speaker_position_comes_after_it() -> None:
    text = "وقال لافروف إن الهدنة صامدة. وأضاف أن المفاوضات في تركيا."
    ctx = statement_context(text)
    [(position, named)] = antecedents.clause_subjects(ctx)
    other = next(m for m in ctx.every_mention if m is not named)
    for history in (antecedents.History.of(ctx), antecedents.History([(position, named)])):
        history.add(_statement(position, other))
        assert history.before(len(text)).speakers == (named, other)
        assert list(history.before(len(text)).nearest_speakers()) == [other, named]
