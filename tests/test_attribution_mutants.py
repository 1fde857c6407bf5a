"""Rows that kill the mutants the rule tables let survive (see docs/testing.md).

Every sentence is written for these tests; each row names the behaviour a mutant broke.
"""

from __future__ import annotations

from typing import Any

import pytest

import syria_talks
from syria_talks import ActorKind, Gender, Span


def _statements(text: str) -> list[dict[str, Any]]:
    return [
        {
            "speaker": s.speaker.name if s.speaker else None,
            "source": s.source.name if s.source else None,
            "cue": s.cue,
            "content": s.content,
        }
        for s in syria_talks.parse(text).statements
    ]


RELAYED = [
    (
        "a phrase no lexicon knows runs to the complementiser",
        "ونقلت وكالة رويترز عن رجل أعمال دمشقي أن الأسعار ارتفعت.",
        "رجل أعمال دمشقي",
        "الأسعار ارتفعت",
    ),
    (
        "a preposition ends the relayed phrase",
        "ونقلت وكالة رويترز عن طبيب في المستشفى أن الجرحى كثيرون.",
        "طبيب",
        "الجرحى كثيرون",
    ),
    (
        "a comma ends the relayed phrase",
        "ونقلت وكالة رويترز عن تاجر حلبي، أن الأسواق خالية.",
        "تاجر حلبي",
        "الأسواق خالية",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker", "content"), [r[1:] for r in RELAYED], ids=[r[0] for r in RELAYED]
)
def test_a_relaying_verb_quotes_an_unknown_phrase_after_its_an(
    text: str, speaker: str, content: str
) -> None:
    assert _statements(text) == [
        {"speaker": speaker, "source": "رويترز", "cue": "ونقلت", "content": content}
    ]


ISSUED = [
    (
        "a document issued by a body named after an",
        "وجاء في بيان صادر عن وزارة الخارجية الروسية أن الحوار مستمر.",
        0,
        "وزارة الخارجية الروسية",
        "الحوار مستمر",
    ),
    (
        "a ministry named before, resolved from its noun after an",
        "وقالت وزارة الخارجية الروسية إن الحوار مستمر. "
        "وجاء في بيان صادر عن الوزارة أن موسكو لن تقبل الشروط.",
        1,
        "وزارة الخارجية الروسية",
        "موسكو لن تقبل الشروط",
    ),
]


@pytest.mark.parametrize(
    ("text", "index", "speaker", "content"), [r[1:] for r in ISSUED], ids=[r[0] for r in ISSUED]
)
def test_the_issuer_of_a_document_after_an(
    text: str, index: int, speaker: str, content: str
) -> None:
    got = _statements(text)[index]
    assert (got["speaker"], got["cue"], got["content"]) == (speaker, "وجاء", content)


def test_a_document_issued_by_no_one_named_is_no_statement() -> None:
    assert _statements("وجاء في بيان صادر عن الاجتماع أن الحوار مستمر.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال مسؤول في مديرية الصحة إن المستشفى امتلأ.", "مسؤول في مديرية الصحة"),
        ("وقال مسؤول في إدارة المعبر إن الشاحنات عبرت.", "مسؤول في إدارة المعبر"),
        ("وقال مسؤول في إدارة، المعبر إن الشاحنات عبرت.", "مسؤول"),
        ("وقال مصدر في محافظة حلب إن الطريق مغلق.", "مصدر في محافظة حلب"),
    ],
    ids=[
        "a construct of an unknown body",
        "another one",
        "a comma breaks the construct",
        "a construct governing a place",
    ],
)
def test_a_source_belongs_to_a_body_named_by_a_construct(text: str, speaker: str) -> None:
    assert _statements(text)[0]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وأكدت الرياض في بيان لها رفضها للقرار.", "رفضها للقرار"),
        ("وأكدت الرياض في بيان لوزارة الخارجية رفضها للقرار.", "رفضها للقرار"),
        ("وأعلنت شركات أوروبية انسحابها من السوق.", "انسحابها من السوق"),
        ("وأكدت الرياض في بيان مشترك مع القاهرة رفضهما للقرار.", "رفضهما للقرار"),
    ],
    ids=[
        "the channel's own pronoun",
        "a body after the channel",
        "a possessed object",
        "a longer channel phrase",
    ],
)
def test_the_object_after_a_channel_is_the_content(text: str, content: str) -> None:
    assert _statements(text)[0]["content"] == content


def test_a_media_name_in_quotation_marks_is_an_actor_a_quoted_body_only_when_it_speaks() -> None:
    article = syria_talks.parse(
        'وقالت الحكومة إن صحيفة "الوطن" نشرت الخبر، وإن شركة "سنابل" انسحبت.'
    )
    assert [a.id for a in article.actors] == ["media:الوطن", "np:الحكومه"]
    assert [m.span for m in article.mentions] == [Span(start=6, end=13), Span(start=24, end=29)]


@pytest.mark.parametrize(
    ("text", "name", "gender", "span"),
    [
        ('وقالت شركة "سنابل" إن الأسعار ارتفعت.', "سنابل", Gender.FEMININE, Span(start=12, end=17)),
        (
            'وقال مجلس "الحكماء" إن الأسعار ارتفعت.',
            "الحكماء",
            Gender.MASCULINE,
            Span(start=11, end=18),
        ),
    ],
    ids=["a feminine head", "a masculine head"],
)
def test_a_body_named_in_quotation_marks_speaks(
    text: str, name: str, gender: Gender, span: Span
) -> None:
    article = syria_talks.parse(text)
    speaker = article.statements[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.gender) == (name, ActorKind.ORGANIZATION, gender)
    assert [m.span for m in article.mentions] == [span]


RELAYED_MORE = [
    (
        "an an before the verb is not the relaying one",
        "وقال الوزير إن الحديث عن الهدنة سابق لأوانه. ونقلت وكالة رويترز أن القوات انسحبت.",
        {"speaker": "رويترز", "source": None, "cue": "ونقلت", "content": "القوات انسحبت"},
    ),
    (
        "an right after the verb, its subject dropped",
        "ونقلت عن مصادر مطلعة أن المفاوضات ستستأنف.",
        {"speaker": "مصادر مطلعة", "source": None, "cue": "ونقلت", "content": "المفاوضات ستستأنف"},
    ),
    (
        "a comma after the first word ends the relayed phrase",
        "ونقلت وكالة رويترز عن تاجر، صاحب متجر، أن الأسواق خالية.",
        {"speaker": "تاجر", "source": "رويترز", "cue": "ونقلت", "content": "الأسواق خالية"},
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [r[1:] for r in RELAYED_MORE], ids=[r[0] for r in RELAYED_MORE]
)
def test_who_a_relaying_verb_quotes(text: str, want: dict[str, Any]) -> None:
    assert _statements(text)[-1] == want


def test_a_known_actor_after_an_keeps_its_identity() -> None:
    article = syria_talks.parse("ونقلت وكالة رويترز عن وزير الخارجية الروسي أن الحوار مستمر.")
    speaker = article.statements[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.country) == (
        "وزير الخارجية الروسي",
        ActorKind.PERSON,
        "RU",
    )


@pytest.mark.parametrize(
    "text",
    ["ونقلت وكالة رويترز عن", "وجاء في بيان صادر عن", "وقال مسؤول في إدارة"],
    ids=["relayed", "issued", "a construct head"],
)
def test_a_text_cut_after_a_rules_last_word_parses_to_nothing(text: str) -> None:
    assert syria_talks.parse(text).statements == ()


NO_ISSUER = [
    (
        "a statement without a channel issued no document",
        "وقال وزير الخارجية الروسي إن الحوار مستمر. وجاء في البيان أن القوات عادت.",
        ["وقال"],
    ),
    (
        "a body addressed before the verb did not issue it",
        "وقالت موسكو لوزارة الخارجية الأمريكية إن الحوار مستمر. وجاء في بيان أن القوات عادت.",
        ["وقالت"],
    ),
    (
        "only a body after li or an issues it",
        "وجاء في بيان نشرته وزارة الخارجية الروسية أن الحوار مستمر.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "cues"), [r[1:] for r in NO_ISSUER], ids=[r[0] for r in NO_ISSUER]
)
def test_a_document_with_no_issuer_is_attributed_to_no_one(text: str, cues: list[str]) -> None:
    assert [s["cue"] for s in _statements(text)] == cues


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("وأعلن المجلس المحلي تأسيس لجنة جديدة.", "المجلس المحلي", "تأسيس لجنة جديدة"),
        ("وأعلن المجلس المحلي انسحابه من الاتفاق.", "المجلس المحلي", "انسحابه من الاتفاق"),
        (
            "وأعلن المجلس المحلي للبلدة تأسيس لجنة جديدة.",
            "المجلس المحلي للبلدة",
            "تأسيس لجنة جديدة",
        ),
    ],
    ids=["an indefinite noun after a definite phrase", "a possessed noun", "a definite li-phrase"],
)
def test_an_unknown_subject_then_its_object(text: str, speaker: str, content: str) -> None:
    got = _statements(text)
    assert [(s["speaker"], s["content"]) for s in got] == [(speaker, content)]


def test_a_verb_with_only_its_subject_reports_nothing() -> None:
    assert syria_talks.parse("وأعلن المجلس المحلي الجديد.").statements == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وأعلن الحداد العام في البلاد.", "الحداد العام في البلاد"),
        ("وأعلن الحداد العام، ثلاثة أيام.", "الحداد العام، ثلاثة أيام"),
        ("وأعلن الحداد العام.", "الحداد العام"),
        ("وأعلن حالة الطوارئ في البلاد.", "حالة الطوارئ في البلاد"),
    ],
    ids=["a preposition after it", "a comma after it", "nothing after it", "a construct"],
)
def test_a_noun_with_no_object_after_it_is_the_verbs_object(text: str, content: str) -> None:
    # The subject is dropped: the one who spoke in the sentence before.
    got = _statements("وقال الرئيس السوري إن الوضع صعب. " + text)
    assert [(s["speaker"], s["cue"], s["content"]) for s in got][1:] == [
        ("الرئيس السوري", "وأعلن", content)
    ]


def test_the_object_right_after_a_channel_is_the_content() -> None:
    assert _statements("وأكدت الرياض في بيان رفضها للقرار.")[0]["content"] == "رفضها للقرار"


def test_an_anaphor_takes_the_last_actor_of_its_kind_past_another_kind() -> None:
    got = _statements(
        "وقالت اليونيسف إن الأطفال بحاجة إلى المساعدة. "
        "وقال وزير الخارجية الروسي إن الحوار مستمر. "
        "وأضافت المنظمة أن المدارس مغلقة."
    )
    assert [(s["speaker"], s["cue"]) for s in got] == [
        ("اليونيسف", "وقالت"),
        ("وزير الخارجية الروسي", "وقال"),
        ("اليونيسف", "وأضافت"),
    ]


def test_an_unknown_construct_subject_then_its_object() -> None:
    got = _statements("وأعلن اتحاد الفلاحين تأسيس لجنة جديدة.")
    assert [(s["speaker"], s["content"]) for s in got] == [("اتحاد الفلاحين", "تأسيس لجنة جديدة")]
