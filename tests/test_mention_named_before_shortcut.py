"""A title with no verb of saying two to four words before it is passed over by one set look-up
before its words are read as a name; the shortcut agrees with reading them word by word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from syria_talks.lexicon import default_lexicon
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import _MentionPasses

_LEXICON = default_lexicon()
_PIECES = [
    *("قال", "وقال", "وقالت", "أعلن", "وأضاف", "فأكد", "قائلا", "بيان", "تصريح"),
    *("جمال", "خليل", "سامر", "منصور", "الحلبي", "أبو", "ناصيف", "الجيش", "تأسيس", "إن"),
    *("مستشار البيت الأبيض", "وزير الخارجية", "المتحدث باسم الحكومة", "الرئيس", "السفير"),
    *("،", ",", ".", "اليوم", "2017"),
]


def _agree(text: str) -> list[bool]:
    doc = Document(text, _LEXICON)
    fast, full = _MentionPasses(doc), _MentionPasses(doc)
    answers = []
    for m in doc.matches(_LEXICON.title_matcher):
        end, _ = fast._complement(m.end)
        answer = fast._named_before(m.start, m.value, end)
        assert answer == full._named_after_verb(full._before(m.start), m.start, m.value, end)
        answers.append(answer)
    assert fast.found == full.found
    return answers


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_verb_look_up_agrees_with_reading_the_name(pieces: list[str]) -> None:
    _agree(" ".join(pieces))


def test_a_name_after_a_verb_and_before_its_title_is_found() -> None:
    assert _agree("وقال جمال خليل ناصيف، مستشار البيت الأبيض، إن") == [True]
    # Five words back the verb is too far for a name of four words at most.
    assert _agree("وقال جمال خليل ناصيف سامر منصور، مستشار البيت الأبيض") == [False]
    assert _agree("وأعلن الجيش تأسيس، مستشار البيت الأبيض") == [False]
