"""The scanner finds what the regex finds for phrases of several words that share their first
word, after a proclitic (where the regex tries the shorter proclitic split last), at the end of
a text, and under capitals (where the words after the first are compared lower-cased)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from syria_talks.lexicon import default_lexicon
from syria_talks.phrases import PhraseMatcher, TokenScanner
from syria_talks.text import NormalizedText

PROCLITICS = default_lexicon().word_shape.phrase_proclitics

PHRASES = [
    ("وزير", "minister"),
    ("وزير الخارجية", "fm"),
    ("وزير الخارجية الروسي", "ru-fm"),
    ("وزير الدفاع", "dm"),
    ("لوزير الدفاع", "to-dm"),
    # After و the regex tries قوات first, and it matches: never وقوات سوريا.
    ("قوات", "forces"),
    ("وقوات سوريا", "and-syrian-forces"),
    ("وزير-الدولة", "state"),
    ("وزير.", "minister-stop"),
    ("مجلس الأمن", "unsc"),
    ("الأمن العام", "security"),
    ("Abu Dhabi", "ad"),
]
WORDS = [
    "وزير",
    "ووزير",
    "لوزير",
    "الخارجية",
    "الروسي",
    "الروسية",
    "الدفاع",
    "الدولة",
    "مجلس",
    "الأمن",
    "الأمنية",
    "العام",
    "وقوات",
    "سوريا",
    "Abu",
    "abu",
    "Dhabi",
    "dhabi",
]


def _same_as_regex(text: str) -> None:
    matcher = PhraseMatcher(PHRASES, proclitics=PROCLITICS)
    view = NormalizedText(text)
    scanned = TokenScanner([matcher]).scan(view.text, ((t.text, t.start) for t in view.tokens))
    assert scanned[id(matcher)] == list(matcher.finditer(view.text))


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(WORDS), max_size=12),
    st.lists(st.sampled_from([" ", "-", ".", "، ", "  "]), min_size=12, max_size=12),
)
def test_phrases_of_several_words_are_found_as_the_regex_finds_them(
    words: list[str], gaps: list[str]
) -> None:
    _same_as_regex("".join(word + gap for word, gap in zip(words, gaps, strict=False)))


def test_the_next_word_decides_among_phrases_that_share_a_first_word() -> None:
    text = "قال وزير الدفاع ثم وزير الخارجية الروسي ووزير-الدولة ووزير. لوزير الدفاع وقوات سوريا"
    matcher = PhraseMatcher(PHRASES, proclitics=PROCLITICS)
    view = NormalizedText(text)
    scanned = TokenScanner([matcher]).scan(view.text, ((t.text, t.start) for t in view.tokens))
    assert [m.value for m in scanned[id(matcher)]] == [
        "dm",
        "ru-fm",
        "state",
        "minister-stop",
        "dm",
        "forces",
    ]
    _same_as_regex(text)
    _same_as_regex("مجلس الأمنية مجلس الأمن العام abu Dhabi Abu dhabi")


_FIRST_WORD = re.compile(r"\w+")
_LEXICON_WORDS = sorted(
    {
        first.group()
        for matcher in default_lexicon().scanner.matchers
        for key in list(matcher._values)[:40]
        if (first := _FIRST_WORD.match(key)) is not None
    }
)


@settings(max_examples=300)
@given(
    st.sampled_from(["", "و", "ف", "ب", "ل", "ك", "وب", "فل", "ال", "ا", "ي"]),
    st.sampled_from(_LEXICON_WORDS),
    st.sampled_from(["", "ه", "ية", "ا"]),
    st.sampled_from(["", " الروسي", " الخارجية", "، قال", "-الدولة"]),
)
def test_a_word_that_starts_no_phrase_matches_no_matcher(
    prefix: str, word: str, suffix: str, rest: str
) -> None:
    """What the mention passes rely on to skip the regexes at a token: a lower-case word not
    among the scanner's starting words starts no match of any of the scanner's matchers."""
    scanner = default_lexicon().scanner
    text = NormalizedText("قال " + prefix + word + suffix + rest).text
    position = len("قال ")
    token = _FIRST_WORD.match(text, position)
    assert token is not None
    for matcher in scanner.matchers:
        if matcher.match_at(text, position) is not None:
            assert token.group() in scanner.starting_words or token.group().lower() != token.group()
