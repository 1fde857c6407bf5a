"""The mention passes reject a word that starts with none of the article's prefixes before they
ask the word shape whether it is definite: the shortcut agrees with the shape's rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from syria_talks.lexicon import default_lexicon
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import _MentionPasses

_LEXICON = default_lexicon()
_SHAPE = _LEXICON.word_shape
_PASSES = _MentionPasses(Document("قال الوزير", _LEXICON))
_WORDS = st.builds(
    str.__add__,
    st.sampled_from(
        ["", "و", "ف", "ب", "ل", "ك", "وب", "ال", "وال", "بال", "لل", "فلل", "ا", "أل"]
    ),
    st.text(alphabet="الجيشحكومةمنسرطى", max_size=6),
)


@given(_WORDS)
def test_a_definite_word_is_told_as_the_shape_tells_it(word: str) -> None:
    assert _PASSES._definite(word) == _SHAPE.is_definite(word)


@given(_WORDS)
def test_a_word_that_goes_on_with_a_definite_phrase_starts_with_a_genitive_prefix(
    word: str,
) -> None:
    if _SHAPE.continues_definite_phrase(word):
        assert word.startswith(_PASSES.genitive_prefixes)
    full_rule = _SHAPE.continues_definite_phrase(word) and not _PASSES._stop_word(word)
    assert _PASSES._continues_definite(word) == full_rule


def test_examples() -> None:
    assert _PASSES._definite("والحكومة")
    assert _PASSES._definite("الجيش")
    assert not _PASSES._definite("ال")  # the article alone has no stem
    assert not _PASSES._definite("حكومة")
    assert _PASSES._continues_definite("للحكومة")
    assert not _PASSES._continues_definite("والحكومة")  # after و a new conjunct starts
