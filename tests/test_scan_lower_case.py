"""The scan of a lower-case text (every token looked up in C, and at a word only the phrases
whose second word is the next token read in the text) finds what the scan of any text finds,
which reads every phrase that starts with the word; both find what the matchers' regexes find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from syria_talks.lexicon import default_lexicon
from syria_talks.phrases import PhraseMatch, PhraseMatcher, TokenScanner
from syria_talks.text import NormalizedText

_SCANNER = default_lexicon().scanner
_WORD = re.compile(r"\w+")
# The words of the lexicon's phrases (the first ones with a proclitic in front too), so that
# random texts put a phrase's first word before its second, and before other words.
_PHRASE_WORDS = sorted(
    {
        word
        for matcher in _SCANNER.matchers
        for key in list(matcher._values)[:60]
        for word in _WORD.findall(key)
    }
)
_WORDS = _PHRASE_WORDS + ["و" + w for w in _PHRASE_WORDS[:50]] + ["قال", "اليوم", "2017"]
_GAPS = [" ", " ", " ", "  ", "، ", "-", ".", "\n", ' "']


def _columns(text: str) -> tuple[str, list[str], list[int]]:
    view = NormalizedText(text)
    tokens = list(view.tokens)
    return view.text, [t.text for t in tokens], [t.start for t in tokens]


def _both(scanner: TokenScanner, text: str) -> tuple[dict[int, list[PhraseMatch[object]]], ...]:
    normalised, words, starts = _columns(text)
    assert normalised.lower() == normalised
    return (
        scanner._scan_lower_case(normalised, words, starts),
        scanner._scan_any_case(normalised, words, starts),
    )


@settings(max_examples=400)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=14))
def test_the_lower_case_scan_finds_what_the_full_scan_finds(
    pieces: list[tuple[str, str]],
) -> None:
    text = "".join(word + gap for word, gap in pieces)
    fast, full = _both(_SCANNER, text)
    assert fast == full


PHRASES = [
    ("وزير", "minister"),
    ("وزير الخارجية", "fm"),
    ("وزير الخارجية الروسي", "ru-fm"),
    ("وزير-الدولة", "state"),
    ("مجلس الأمن", "unsc"),
    ("مجلس الأمن الدولي", "unsc-full"),
    ("الأمن العام", "security"),
]
_MINISTRY_WORDS = [
    *("وزير", "ووزير", "الخارجية", "الخارجيات", "الروسي", "الدولة", "مجلس"),
    *("الأمن", "الأمني", "الدولي", "العام"),
]


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_MINISTRY_WORDS),
            st.sampled_from(_GAPS),
        ),
        max_size=12,
    )
)
def test_phrases_sharing_a_first_word_are_told_apart_by_the_next_token(
    pieces: list[tuple[str, str]],
) -> None:
    matcher = PhraseMatcher(PHRASES, proclitics=default_lexicon().word_shape.phrase_proclitics)
    scanner = TokenScanner([matcher])
    text = "".join(word + gap for word, gap in pieces)
    fast, full = _both(scanner, text)
    assert fast == full
    assert fast[id(matcher)] == list(matcher.finditer(NormalizedText(text).text))


def test_a_phrase_is_found_only_when_its_second_word_follows_with_one_space() -> None:
    matcher = PhraseMatcher(PHRASES, proclitics=default_lexicon().word_shape.phrase_proclitics)
    scanner = TokenScanner([matcher])
    text = "قال وزير الخارجية ثم وزير  الخارجية ووزير الخارجيات ومجلس الأمن الدولي"
    fast, full = _both(scanner, text)
    assert fast == full
    assert [m.value for m in fast[id(matcher)]] == [
        "fm",
        "minister",
        "minister",
        "unsc-full",
    ]
