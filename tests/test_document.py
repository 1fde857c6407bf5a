"""The working document: what it frees once the stages are done, and what it keeps."""

from __future__ import annotations

import pytest

from syria_talks.lexicon import default_lexicon
from syria_talks.parsing.document import Document


def test_a_released_document_keeps_its_offset_map_and_frees_its_tokens() -> None:
    doc = Document("قالَ الوزيرُ إنّ الوضعَ صعب", default_lexicon())
    assert [t.text for t in doc.tokens] == ["قال", "الوزير", "ان", "الوضع", "صعب"]
    doc.release()
    with pytest.raises(AttributeError):
        _ = doc.tokens
    assert doc.original_text(0, 3) == "قالَ"
    assert doc.sentence_of(5) == (0, len(doc.text))


@pytest.mark.parametrize(
    ("head", "is_headline"),
    [
        ("موسكو ترحب بالهدنة", True),
        ("موسكو ترحب بالهدنة   ", True),
        ("موسكو ترحب بالهدنة.", False),  # a sentence
        ('موسكو ترحب "بالهدنة".', False),
        ('موسكو ترحب "بالهدنة."', False),  # the stop inside the closing marks still ends it
        ("موسكو ترحب (بالهدنة.) ", False),
        ('موسكو ترحب بالهدنة. "', False),  # a space between the stop and the closing mark
        ("هل ترحب موسكو بالهدنة؟", False),
        ("موسكو ترحب بالهدنة:", False),  # a colon leads into the text below
        ('موسكو ترحب "بالهدنة"', True),
        ("وموسكو ترحب بالهدنة", False),  # و continues the text
        ("كلمة " * 21, False),  # too long for a headline
        ("كلمة " * 20, True),
    ],
)
def test_a_headline_is_a_short_line_with_no_stop_that_heads_text(
    head: str, is_headline: bool
) -> None:
    doc = Document(head + "\nوقال الوزير إن الوضع صعب.", default_lexicon())
    assert doc.in_headline(0) is is_headline
    assert doc.in_headline(len(doc.text) - 3) is False  # the last line heads nothing


def test_the_last_word_before_a_position_is_the_one_ending_at_or_before_it() -> None:
    doc = Document("قال الوزير، إن", default_lexicon())
    assert doc.token_before(0) == -1
    assert doc.token_before(2) == -1
    assert doc.token_before(3) == 0
    assert doc.token_before(10) == 1
    assert doc.token_before(11) == 1
    assert doc.token_containing(4) == 1
    assert doc.token_containing(10) is None
