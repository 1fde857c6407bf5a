"""A title's complement goes on through a word that goes on with a definite phrase, as the word
shape tells it (tests/test_word_shape.py), unless the word is a stop word."""

from __future__ import annotations

import pytest

from syria_talks.lexicon import default_lexicon
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import _MentionPasses

_LEXICON = default_lexicon()
_PASSES = _MentionPasses(Document("قال الوزير", _LEXICON))


@pytest.mark.parametrize(
    ("word", "continues"),
    [
        ("للحكومة", True),
        ("الخارجية", True),
        ("والحكومة", False),  # after و a new conjunct starts
        ("حكومة", False),
        ("اليوم", False),  # a stop word, though the shape reads it as going on
    ],
)
def test_a_complement_goes_on_through_a_definite_word_that_is_no_stop_word(
    word: str, continues: bool
) -> None:
    assert _PASSES._continues_definite(word) is continues


def test_the_stop_word_row_is_one_the_shape_alone_would_let_through() -> None:
    assert _LEXICON.word_shape.continues_definite_phrase("اليوم")
    assert "اليوم" in _LEXICON.mention_stop_words
