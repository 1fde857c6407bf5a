"""The word sets the stages used to find by a pass over the tokens are matched by the lexicon's
scan instead: it must find exactly the tokens a set look-up per token found."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syria_talks.errors import LexiconError
from syria_talks.lexicon import _token_matcher, default_lexicon
from syria_talks.parsing.document import Document

LEXICON = default_lexicon()
SHAPE = LEXICON.word_shape
FW = LEXICON.function_words
TIME = LEXICON.time_words

# Each matcher with the set a stage looked its tokens up in before.
WORD_SETS = {
    "place_heads": SHAPE.with_proclitics(LEXICON.region_heads | LEXICON.building_heads),
    "time_triggers": SHAPE.with_proclitics(TIME.leading) | frozenset(TIME.relative_units),
    "body_heads": FW.org_heads | FW.company_heads,
}
OTHER_WORDS = ["قال", "الوزير", "في", "ريفي", "وشركة", "لشركة", "ASAP", "Asap", "اليوم", "2016"]


@pytest.mark.parametrize("name", sorted(WORD_SETS))
@settings(max_examples=150)
@given(data=st.data())
def test_the_scan_finds_the_tokens_of_the_set(name: str, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(sorted(WORD_SETS[name]) + OTHER_WORDS), max_size=15))
    gaps = data.draw(st.lists(st.sampled_from([" ", "، ", "\n", "-"]), min_size=15, max_size=15))
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    doc = Document(text, LEXICON)
    found = [m.start for m in doc.matches(getattr(LEXICON, name))]
    expected = [
        start
        for word, start in zip(doc.tokens.words, doc.tokens.starts, strict=True)
        if word in WORD_SETS[name]
    ]
    assert found == expected


@pytest.mark.parametrize(
    "words",
    [{"Abc"}, {"ريف شمال"}, {"أمس"}, {"ريف-"}],
    ids=["capitals", "two words", "not normalised", "not a whole word"],
)
def test_a_word_set_the_scan_cannot_match_exactly_is_refused(words: set[str]) -> None:
    with pytest.raises(LexiconError, match="normalised caseless word"):
        _token_matcher(frozenset(words))
