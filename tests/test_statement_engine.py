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
    history = antecedents.History(reversed(SPEAKERS))
    assert history.before(40).speakers == (HASAN, MAHA)
    assert history.before(10).speakers == (HASAN,)
    assert not history.before(0).speakers


def test_antecedents_keep_only_the_nearest() -> None:
    many = [(k, _person(k, "حسن", Gender.MASCULINE)) for k in range(200)]
    earlier = antecedents.History(many).before(150)
    assert len(earlier.speakers) == context.ANTECEDENTS
    assert earlier.speakers[-1] is many[149][1]


def _said(cue_start: int, speaker: object) -> object:
    return context.ViewStatement(
        cue=default_lexicon().cues["قال"],
        cue_start=cue_start,
        cue_end=cue_start + 3,
        start=cue_start + 10,
        end=cue_start + 20,
        mode=syria_talks.StatementMode.INDIRECT,
        negated=False,
        speaker=speaker,
    )


def test_a_statement_found_is_an_antecedent_from_its_cue_on() -> None:
    history = antecedents.History(SPEAKERS)
    first, second = _said(30, SAMIR), _said(5, None)
    history.add(first)
    history.add(second)  # found out of text order: still kept in it
    assert history.before(30).speakers == (HASAN, MAHA)
    assert history.before(31).speakers == (HASAN, MAHA, SAMIR)
    assert history.before(31).statements == (second, first)
    assert history.before(5).statements == ()
    many = antecedents.History()
    for k in range(100):
        many.add(_said(k, HASAN))
    assert len(many.before(99).statements) == context.ANTECEDENTS
    assert len(many.before(99).speakers) == context.ANTECEDENTS


@pytest.mark.parametrize(
    ("gender", "expected"),
    [(Gender.MASCULINE, HASAN), (Gender.FEMININE, MAHA), (None, MAHA), (Gender.PLURAL, None)],
)
def test_a_dropped_subject_is_the_last_earlier_speaker_that_agrees(
    gender: Gender | None, expected: object
) -> None:
    earlier = antecedents.History(SPEAKERS).before(40)
    assert antecedents.previous_speaker(earlier, gender) is expected


def test_the_context_cannot_be_changed_by_a_rule() -> None:
    doc = document.Document("وقال حسن إن الوضع صعب.", default_lexicon())
    ctx = context.StatementContext.of(doc, [HASAN], times=())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ctx.mentions = []  # type: ignore[misc]
    with pytest.raises(TypeError):
        ctx.by_start[0] = HASAN  # type: ignore[index]
    with pytest.raises(AttributeError):
        ctx.mentions.append(HASAN)  # type: ignore[attr-defined]


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


def test_the_content_read_once_per_cue_is_what_a_fresh_search_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    statements = importlib.import_module("syria_talks.parsing.statements")
    texts = [
        'وقال الوزير إن "الوضع صعب"، وأضاف المتحدث أن الحل سياسي.',
        'وأكد المتحدث لصحيفة "الوطن" أن الهدنة صامدة، فيما قال الوزير إن الحل سياسي.',
        'وقالت الوزارة في بيان إن "القصف مستمر" وأضافت: "لن نقبل".',
        syria_talks.bundled_text(),
    ]
    cached = [syria_talks.parse(text) for text in texts]
    read = statements._read
    monkeypatch.setattr(
        statements, "_read", lambda ctx, cue: read(ctx, cue)._replace(opens_at=None)
    )
    assert [syria_talks.parse(text) for text in texts] == cached


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # ف is a conjunction as و is: "فلم" negates the verb after it.
        ("فلم يؤكد السفير أن الهدنة صامدة.", [("السفير", True)]),
        ("ولم يؤكد السفير أن الهدنة صامدة.", [("السفير", True)]),
        # "والي" (governor) is a word, not و + the article: it does not end the subject.
        ("وقال والي حلب حسن الأحمد إن الوضع صعب.", [("والي حلب حسن الأحمد", False)]),
        # A Latin comma separates clauses as the Arabic one does.
        (
            "وقال الوزير إن الوضع صعب, لم يكشف السفير أن الهدنة صامدة.",
            [("الوزير", False), ("السفير", True)],
        ),
    ],
)
def test_one_word_shape_for_every_rule(text: str, want: list[tuple[str, bool]]) -> None:
    said = syria_talks.parse(text).statements
    assert [(s.speaker.name if s.speaker else None, s.negated) for s in said] == want
