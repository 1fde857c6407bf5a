"""Table tests of the mention passes where they take a short cut: a body named in quotation
marks after a description of up to four words, and a surname that refers back to a full name
the lexicon does not know."""

from __future__ import annotations

import pytest

import syria_talks
from syria_talks.lexicon import default_lexicon
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import CandidateSource, find_mentions


def _quoted_bodies(text: str) -> list[str]:
    doc = Document(text, default_lexicon())
    return [c.name for c in find_mentions(doc) if c.source is CandidateSource.QUOTED_BODY]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ('أعلنت مجموعة "السهم" عن خطة جديدة.', ["السهم"]),
        ('أعلنت شركة النفط الأوروبية "النجمة" عن خطة جديدة.', ["النجمة"]),
        # Four words of description: the quotation opens right before the fifth word.
        ('أعلنت مجموعة النفط الأوروبية العملاقة الكبرى "الشروق" عن خطة.', ["الشروق"]),
        # Five are more than a description: the quotation names nothing after the head.
        ('أعلنت مجموعة النفط الأوروبية العملاقة الكبرى الجديدة "الشروق" عن خطة.', []),
        # A quotation further on is what was said, not a name.
        ('أعلنت الشركة عن خطة وقالت "سنبدأ غدا".', []),
        ("أعلنت شركة النفط", []),
    ],
)
def test_a_body_named_in_quotation_marks_after_its_description(
    text: str, bodies: list[str]
) -> None:
    assert _quoted_bodies(text) == bodies


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "قال المبعوث الخاص سامر الحلبي إن المحادثات مستمرة. وأضاف الحلبي أن الوفد سيعود.",
            ["person:سامر الحلبي", "person:سامر الحلبي"],
        ),
        # Named in full twice, then by the surname: still one person.
        (
            "قال المبعوث الخاص سامر الحلبي إن المحادثات مستمرة. وقال المبعوث سامر الحلبي"
            " إن الوفد جاهز. وأضاف الحلبي أن الوفد سيعود.",
            ["person:سامر الحلبي"] * 3,
        ),
        # Two people share the surname: it refers to the first named.
        (
            "قال المبعوث الخاص سامر الحلبي إن المحادثات مستمرة. وقال المستشار ماهر الحلبي"
            " إن الوفد جاهز. وأضاف الحلبي أن الوفد سيعود.",
            ["person:سامر الحلبي", "person:ماهر الحلبي", "person:سامر الحلبي"],
        ),
    ],
)
def test_a_surname_refers_back_to_the_full_name(text: str, speakers: list[str]) -> None:
    article = syria_talks.parse(text)
    assert [s.speaker.id for s in article.statements] == speakers
