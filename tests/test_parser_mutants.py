"""Rows for the mutants that mutation testing of the whole parser found alive (docs/testing.md).

Every sentence is written for these tests; each row names the behaviour a surviving mutant
broke. They complement tests/test_attribution_mutants.py, written for the first pass.
"""

from __future__ import annotations

import datetime
import json
from importlib import resources
from typing import Any

import pytest

import syria_talks
from syria_talks import ActorKind, AgreementStatus, Gender, StatementMode
from syria_talks.lexicon import default_lexicon
from syria_talks.shape import WordShape


def _said(text: str) -> list[dict[str, Any]]:
    return [
        {
            "speaker": s.speaker.name if s.speaker else None,
            "source": s.source.name if s.source else None,
            "cue": s.cue,
            "content": s.content,
            "mode": s.mode,
        }
        for s in syria_talks.parse(text).statements
    ]


NOUN_OF_SAYING = [
    (
        "the phrase between عن and the noun of saying speaks",
        "ونقلت الوكالة عن اتحاد المزارعين قوله إن المحصول تضرر.",
        "اتحاد المزارعين",
    ),
    (
        "the whole phrase, where it is",
        "ونقلت الوكالة عن اتحاد مزارعي القمح في الجزيرة قوله إن المحصول تضرر.",
        "اتحاد مزارعي القمح في الجزيرة",
    ),
    (
        "a comma after the name ends it: the apposition is not the speaker",
        "ونقلت الوكالة عن أبو سمير، أحد وجهاء البلدة، قوله إن المحصول تضرر.",
        "أبو سمير",
    ),
    (
        "a noun of saying other than قول",
        "ونقلت الوكالة عن اتحاد المزارعين إعلانه أن المحصول تضرر.",
        "اتحاد المزارعين",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "speaker"), NOUN_OF_SAYING, ids=[c[0] for c in NOUN_OF_SAYING]
)
def test_the_speaker_of_a_noun_of_saying(case: str, text: str, speaker: str) -> None:
    (said,) = _said(text)
    assert said["speaker"] == speaker
    assert said["content"] == "المحصول تضرر"


def test_a_noun_of_saying_with_no_one_between_an_and_it_reports_nothing() -> None:
    assert _said("ونقلت الوكالة عن قوله إن المحصول تضرر.") == []


QUOTE_ENDS = [
    (
        "words after a quotation go on with the statement",
        'وقال الوزير إن "الوضع صعب" والحل سياسي.',
        '"الوضع صعب" والحل سياسي',
        StatementMode.MIXED,
    ),
    (
        "a comma after it ends the statement",
        'وقال الوزير إن "الوضع صعب"، والحل سياسي.',
        "الوضع صعب",
        StatementMode.DIRECT,
    ),
    (
        "an attribution after it ends the statement",
        'وقال الوزير إن "الوضع صعب" بحسب الوكالة.',
        "الوضع صعب",
        StatementMode.DIRECT,
    ),
    (
        "the reporter's circumstance after it ends the statement",
        'وقال الوزير إن "الوضع صعب" دون أن يوضح السبب.',
        "الوضع صعب",
        StatementMode.DIRECT,
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "content", "mode"), QUOTE_ENDS, ids=[c[0] for c in QUOTE_ENDS]
)
def test_where_a_quotation_ends_the_statement(
    case: str, text: str, content: str, mode: StatementMode
) -> None:
    (said,) = _said(text)
    assert (said["content"], said["mode"]) == (content, mode)


QUOTED_NAMES = [
    (
        "a short quotation followed by more of the clause is the subject's name",
        'وأكد "تجمع أحرار حوران" التابع للمعارضة أن القصف مستمر.',
        [("تجمع أحرار حوران", "القصف مستمر")],
    ),
    (
        "a quotation ending the sentence is what was said",
        'وأكد الناشط "القصف مستمر".',
        [("الناشط", "القصف مستمر")],
    ),
    (
        "a name in quotation marks has up to four words",
        'وأكد "مركز حلب الإعلامي المستقل" التابع للمعارضة أن القصف مستمر.',
        [("مركز حلب الإعلامي المستقل", "القصف مستمر")],
    ),
    (
        "five words in quotation marks after the verb are no name",
        'وأكد "مركز حلب الإعلامي المستقل الجديد" التابع للمعارضة أن القصف مستمر.',
        [],
    ),
    (
        "a quotation followed by a space and a comma is what was said",
        'وأكد الناشط "القصف مستمر" ، وأضاف أن المدارس مغلقة.',
        [("الناشط", "القصف مستمر"), ("الناشط", "المدارس مغلقة")],
    ),
    (
        "a quotation of five words is no name",
        'وقال "القصف مستمر منذ ثلاثة أيام" ناشط في البلدة.',
        [],
    ),
]


@pytest.mark.parametrize(("case", "text", "want"), QUOTED_NAMES, ids=[c[0] for c in QUOTED_NAMES])
def test_a_name_in_quotation_marks(case: str, text: str, want: list[tuple[str, str]]) -> None:
    assert [(s["speaker"], s["content"]) for s in _said(text)] == want


CHANNEL_OBJECTS = [
    (
        "after the channel and its issuer, the possessed noun is the object",
        "وأكدت أنقرة في بيان لوزارة الخارجية رفضها للقرار.",
        "رفضها للقرار",
    ),
    (
        "the channel's own pronoun is skipped",
        "وأكدت أنقرة في بيان لها رفضها للقرار.",
        "رفضها للقرار",
    ),
    (
        "a time before the channel is skipped",
        "وأكدت أنقرة أمس في بيان لوزارة الخارجية رفضها للقرار.",
        "رفضها للقرار",
    ),
    (
        "the addressee of the channel is skipped",
        "وأكدت أنقرة في تصريحات للصحفيين رفضها للقرار.",
        "رفضها للقرار",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "content"), CHANNEL_OBJECTS, ids=[c[0] for c in CHANNEL_OBJECTS]
)
def test_the_object_after_a_channel(case: str, text: str, content: str) -> None:
    (said,) = _said(text)
    assert (said["speaker"], said["content"]) == ("تركيا", content)


def test_a_document_issued_by_a_body_named_before() -> None:
    said = _said(
        "وقالت منظمة الصحة العالمية إن المستشفى تضرر. وجاء في بيان صادر عن المنظمة أن القصف مستمر."
    )
    assert [(s["speaker"], s["content"]) for s in said] == [
        ("منظمة الصحة العالمية", "المستشفى تضرر"),
        ("منظمة الصحة العالمية", "القصف مستمر"),
    ]


def test_agreement_events_and_who_made_them() -> None:
    article = syria_talks.parse("وأعلنت روسيا انهيار الهدنة في حلب.")
    (truce,) = article.agreements
    assert truce.status is AgreementStatus.COLLAPSED
    assert [(e.status, e.actor_id) for e in truce.events] == [
        (AgreementStatus.ANNOUNCED, "state:RU"),
        (AgreementStatus.COLLAPSED, "state:RU"),
    ]


def test_an_agreement_event_without_a_named_actor() -> None:
    article = syria_talks.parse("وانهار اتفاق وقف إطلاق النار بعد أن خرقته قوات النظام.")
    (truce,) = article.agreements
    assert [(e.status, e.actor_id) for e in truce.events] == [(AgreementStatus.COLLAPSED, None)]


AGREEMENT_IN_NUMBER = [
    (
        "a plural verb takes the last plural or group speaker, past a singular one",
        "وقال ناشطون إن القصف مستمر. وقال الوزير إن الحوار مستمر. وأكدوا أن المستشفى تضرر.",
        "ناشطون",
    ),
    (
        "a dual verb takes the last dual speaker, past a feminine one",
        "وقال الوزيران إن الحوار مستمر. وقالت الصحيفة إن الوضع صعب. وأضافا أن الحل سياسي.",
        "الوزيران",
    ),
    (
        "a dual verb takes two speakers joined by و, past a singular one",
        "وقال لافروف وكيري إن الحوار مستمر. وقال الوزير إن الوضع صعب. وأضافا أن الحل سياسي.",
        "لافروف وكيري",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "speaker"), AGREEMENT_IN_NUMBER, ids=[c[0] for c in AGREEMENT_IN_NUMBER]
)
def test_a_dropped_subject_agrees_in_number(case: str, text: str, speaker: str) -> None:
    said = _said(text)
    assert said[-1]["speaker"] == speaker
    assert len(said) == 3


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("وصل الوفد في شباط.", [("شباط", "2016-02-01")]),
        ("وصل الوفد منذ آذار.", [("آذار", "2016-03-01")]),
        ("وصل الوفد وفي آذار عاد.", [("آذار", "2016-03-01")]),
        ("وصل الوفد شباط.", []),  # a bare month name with nothing to make it one
    ],
)
def test_a_bare_month_is_a_month_only_after_a_word_of_time(
    text: str, times: list[tuple[str, str]]
) -> None:
    article = syria_talks.parse(text, published=datetime.date(2016, 7, 4))
    assert [(t.text, str(t.start)) for t in article.times] == times


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ودعا الوزير إلى تطبيق قرار مجلس الأمن رقم 2254.", ["قرار مجلس الأمن رقم 2254"]),
        ("ورفض الوزير قرار الحكومة إغلاق المعبر.", []),  # a decision, not a resolution
    ],
)
def test_a_decision_is_an_agreement_only_as_a_resolution(text: str, names: list[str]) -> None:
    assert [a.name for a in syria_talks.parse(text).agreements] == names


def test_the_word_shape_is_read_from_its_data_file() -> None:
    data = json.loads(
        resources.files("syria_talks").joinpath("data/word_shape.json").read_text("utf-8")
    )
    shape = WordShape.from_json(data)
    assert shape == default_lexicon().word_shape
    assert (shape.conjunctions, shape.prepositions, shape.proclitics) == ("وف", "بل", "وفب")
    assert shape.article == "ال"
    assert shape.min_definite_stem == 2
    assert shape.ta_marbuta == "ة"
    assert shape.imperfect_prefixes == "يت"
    assert shape.standalone_conjunctions == {"و", "ف", "ثم"}


def test_an_unknown_person_after_a_title_keeps_the_titles_gender() -> None:
    article = syria_talks.parse("وقالت المتحدثة باسم الاتحاد سلمى الحلبي إن الوضع صعب.")
    (person,) = article.actors
    assert (person.name, person.gender, person.kind) == (
        "سلمى الحلبي",
        Gender.FEMININE,
        ActorKind.PERSON,
    )
    assert person.id == "person:سلمي الحلبي"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ('وقال الوزير لقناة الجزيرة "مباشر" إن الحل سياسي.', "قناة الجزيرة"),
        ('وقال الوزير لرويترز "مباشر" إن الحل سياسي.', "رويترز"),
        ('وقال الوزير لصحيفة "الوطن" إن الحل سياسي.', 'صحيفة "الوطن"'),
    ],
)
def test_a_short_quotation_after_a_medium_is_a_name_not_the_words(text: str, channel: str) -> None:
    (statement,) = syria_talks.parse(text).statements
    assert (statement.content, statement.channel) == ("الحل سياسي", channel)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("وانهارت الهدنة في حلب يوم الخميس.", "يوم الخميس"),
        ("وانهارت الهدنة في حلب. وفي يوم الخميس عاد القصف.", None),  # another sentence
    ],
)
def test_an_agreement_event_is_dated_within_its_sentence(text: str, when: str | None) -> None:
    article = syria_talks.parse(text, published=datetime.date(2016, 7, 4))
    (truce,) = article.agreements
    (event,) = truce.events
    assert (event.when.text if event.when else None) == when


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        ("وقعت الحكومة والمعارضة اتفاقا لوقف إطلاق النار برعاية روسيا.", ("state:RU",)),
        # The word of mediation ends the text: no one is named after it, and nothing fails.
        ("وقعت الحكومة والمعارضة اتفاقا لوقف إطلاق النار برعاية", ()),
    ],
)
def test_the_mediator_named_after_a_word_of_mediation(
    text: str, mediators: tuple[str, ...]
) -> None:
    (agreement,) = syria_talks.parse(text).agreements
    assert agreement.mediators == mediators


def test_the_actor_of_a_step_is_looked_for_from_the_step_on() -> None:
    # Turkey, named at the start of the sentence, did not propose the truce: the words after
    # "اقترحت" name who did.
    (agreement,) = syria_talks.parse(
        "رحبت تركيا بعد أن اقترحت الولايات المتحدة هدنة جديدة في حلب."
    ).agreements
    assert [e.actor_id for e in agreement.events] == ["state:US"]


def test_an_unnamed_source_in_the_office_of_a_named_body() -> None:
    # "مكتب" governs the party's name, which is neither definite nor a place: the source's
    # description runs on to the name.
    (statement,) = syria_talks.parse("وقال مسؤول في مكتب حزب الله إن الهدنة صامدة.").statements
    assert statement.speaker is not None
    assert statement.speaker.id == "anon:مسوول في مكتب حزب الله"


def test_a_person_of_three_names_is_the_subject_when_named_by_the_last() -> None:
    # The surname is the last of the three words, not the second: named by it, the person is
    # the subject of the verb, which then reports what follows.
    said = _said("قال الوزير أحمد سعيد الحسن إن الوضع صعب. ووصف الحسن الهجوم بالخطير.")
    assert [(s["speaker"], s["cue"]) for s in said] == [
        ("أحمد سعيد الحسن", "قال"),
        ("أحمد سعيد الحسن", "ووصف"),
    ]
