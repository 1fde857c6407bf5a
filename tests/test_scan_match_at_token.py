"""The scanner's answer to "which phrase of this matcher starts at this token" in a lower-case
text (read from the tries the scan uses) is what the matcher's regex finds there; the mention
passes ask it instead of running the regex."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from syria_talks.lexicon import default_lexicon
from syria_talks.parsing.document import Document
from syria_talks.phrases import has_capitals
from syria_talks.text import NormalizedText

_LEXICON = default_lexicon()
_SCANNER = _LEXICON.scanner
_MATCHERS = [
    _LEXICON.nationality_matcher,
    _LEXICON.country_matcher,
    _LEXICON.place_matcher,
    _LEXICON.title_matcher,
    _LEXICON.actor_matcher,
]
_WORD = re.compile(r"\w+")
# Whole phrases (of one word or several) and their single words, so that a random text holds
# phrases, phrases cut short and phrases run on into a longer word.
_PHRASES = [key for matcher in _MATCHERS for key in list(matcher._values)[:80]]
_PIECES = sorted({*_PHRASES, *(word for key in _PHRASES for word in _WORD.findall(key))})
_PREFIXES = ["", "", "", "و", "ب", "ل", "وب", "فل", "ال"]
# A suffix makes a word that only begins with a phrase's last word (المتحدهه).
_SUFFIXES = ["", "", "", "ه", "ين", "ات"]
_GAPS = [" ", " ", " ", "  ", "، ", "-", ".", "\n"]


# Orders in which a rule asks several matchers at once (first_match_at_token).
_ORDERS = [_MATCHERS[:3], _MATCHERS[2::-1], [_MATCHERS[3], _MATCHERS[0]], _MATCHERS]


def _same_at_every_token(text: str) -> None:
    view = NormalizedText(text)
    normalised = view.text
    assert normalised.lower() == normalised
    for token in view.tokens:
        expected = {id(m): m.match_at(normalised, token.start) for m in _MATCHERS}
        for matcher in _MATCHERS:
            found = _SCANNER.match_at_token(matcher, normalised, token.text, token.start)
            assert found == expected[id(matcher)], (token.text, matcher)
        for order in _ORDERS:
            first = next(
                ((rank, expected[id(m)]) for rank, m in enumerate(order) if expected[id(m)]),
                None,
            )
            ranks = _SCANNER.ranks(order)
            assert _SCANNER.first_match_at_token(ranks, normalised, token.text, token.start) == (
                first
            )


@settings(max_examples=400)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_PREFIXES),
            st.sampled_from(_PIECES),
            st.sampled_from(_SUFFIXES),
            st.sampled_from(_GAPS),
        ),
        max_size=10,
    )
)
def test_a_phrase_at_a_token_is_what_the_regex_finds_there(
    pieces: list[tuple[str, str, str, str]],
) -> None:
    _same_at_every_token("".join("".join(piece) for piece in pieces))


def test_known_phrases_are_found_at_their_first_token() -> None:
    text = "قال وزير الخارجية الروسي في دمشق وللولايات المتحدة والسوريين والولايات المتحدةه"
    _same_at_every_token(text)
    view = NormalizedText(text)
    tokens = list(view.tokens)
    found = [
        _SCANNER.match_at_token(_LEXICON.country_matcher, view.text, t.text, t.start)
        for t in tokens
    ]
    # ل + ال contracts to لل: the phrase found is read past the contracted article.
    assert [(m.phrase, m.value.code) for m in found if m is not None] == [("لولايات المتحده", "US")]


def test_whether_a_text_has_capitals_is_answered_for_each_text() -> None:
    assert has_capitals("قال Ali إن")
    assert not has_capitals("قال علي إن")
    assert has_capitals("وكالة AFP")
    assert not has_capitals("وكالة afp")
    assert not has_capitals("")


def test_a_document_asks_once_whether_its_text_has_capitals() -> None:
    assert Document("قال Ali إن", default_lexicon()).capitals
    assert not Document("قال علي إن", default_lexicon()).capitals
