"""The statement stage as small rules over a frozen context: what a cue may refer back to is
handed to it, cut at its position."""

import importlib

import attrs
import pytest

import syria_talks
from syria_talks.lexicon import default_lexicon
from syria_talks.model import ActorKind, Gender

document = importlib.import_module("syria_talks.parsing.document")
mentions_module = importlib.import_module("syria_talks.parsing.mentions")
context = importlib.import_module("syria_talks.parsing.context")
antecedents = importlib.import_module("syria_talks.parsing.antecedents")

Candidate = mentions_module.Candidate
CandidateSource = mentions_module.CandidateSource


def _person(start: int, name: str, gender: Gender) -> object:
    return Candidate(
        start=start,
        end=start + len(name),
        phrase_start=start,
        key=mentions_module.KeyScheme.PERSON.key(name),
        name=name,
        kind=ActorKind.PERSON,
        source=CandidateSource.TITLED_NAME,
        gender=gender,
    )


HASAN = _person(0, "حسن", Gender.MASCULINE)
MAHA = _person(10, "مها", Gender.FEMININE)
SAMIR = _person(50, "سمير", Gender.MASCULINE)
SPEAKERS = [(0, HASAN), (10, MAHA), (50, SAMIR)]


def test_antecedents_hold_only_what_comes_before_the_cue() -> None:
    earlier = antecedents.antecedents_at(40, SPEAKERS, [])
    assert list(earlier.speakers) == [HASAN, MAHA]
    assert antecedents.antecedents_at(0, SPEAKERS, []).speakers == [HASAN]
    assert not antecedents.antecedents_at(-1, SPEAKERS, []).speakers


def test_antecedents_keep_only_the_nearest() -> None:
    many = [(k, _person(k, "حسن", Gender.MASCULINE)) for k in range(200)]
    earlier = antecedents.antecedents_at(150, many, [])
    assert len(earlier.speakers) == context.ANTECEDENTS
    assert earlier.speakers[-1] is many[150][1]


@pytest.mark.parametrize(
    ("gender", "expected"),
    [(Gender.MASCULINE, HASAN), (Gender.FEMININE, MAHA), (None, MAHA), (Gender.PLURAL, None)],
)
def test_a_dropped_subject_is_the_last_earlier_speaker_that_agrees(
    gender: Gender | None, expected: object
) -> None:
    earlier = antecedents.antecedents_at(40, SPEAKERS, [])
    assert antecedents.previous_speaker(earlier, gender) is expected


def test_the_context_cannot_be_changed_by_a_rule() -> None:
    doc = document.Document("وقال حسن إن الوضع صعب.", default_lexicon())
    ctx = context.StatementContext.of(doc, [])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ctx.mentions = []  # type: ignore[misc]


def test_a_later_speaker_never_stands_in_for_a_dropped_subject() -> None:
    # The first verb has no subject and nobody is named before it: no statement, rather than
    # the minister named after it.
    article = syria_talks.parse("وأضاف أن الحل سياسي. وقال وزير الخارجية الروسي إن الهدنة صامدة.")
    assert [s.content for s in article.statements] == ["الهدنة صامدة"]


def test_stages_is_deprecated() -> None:
    with pytest.warns(DeprecationWarning, match="STAGES"):
        names = syria_talks.STAGES  # type: ignore[attr-defined]
    assert names[0] == "normalise"
    with pytest.raises(AttributeError):
        syria_talks.NO_SUCH_NAME  # type: ignore[attr-defined]  # noqa: B018
