"""Phrase matching: the one-pass scanner finds exactly what each matcher's regex finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import syria_talks
from syria_talks.lexicon import default_lexicon
from syria_talks.phrases import PhraseMatcher, TokenScanner
from syria_talks.text import NormalizedText

PROCLITICS = default_lexicon().word_shape.phrase_proclitics

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "articles"
WORDS = [
    "وقال",
    "للخارجية",
    "الخارجية",
    "الروسية",
    "بلافروف",
    "لافروف",
    "وكيري",
    "واشنطن",
    "بوست",
    "وزير",
    "الدفاع",
    "الأمريكي",
    "شباط",
    "الماضي",
    "أمس",
    "اتفاق",
    "وقف",
    "إطلاق",
    "النار",
    "بحسب",
    "ما",
    "في",
    "بيان",
    "CNN",
    "سوريا",
    "وسورية",
    "مصادر",
    "دبلوماسية",
]


@pytest.fixture(scope="module", autouse=True)
def _compiled_lexicon() -> None:
    # The lexicon compiles once per process, in the first example that needs it: not what an
    # example's deadline is about.
    _ = default_lexicon().scanner


def _same_as_regex(text: str) -> None:
    scanner = default_lexicon().scanner
    view = NormalizedText(text)
    found = scanner.scan(view.text, ((t.text, t.start) for t in view.tokens))
    for matcher in scanner.matchers:
        assert found[id(matcher)] == list(matcher.finditer(view.text))


@settings(max_examples=200)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.sampled_from([" ", "، ", "  ", "-"]))
def test_scanner_agrees_with_every_matcher(words: list[str], sep: str) -> None:
    _same_as_regex(sep.join(words))


def test_scanner_agrees_on_the_bundled_article() -> None:
    _same_as_regex(syria_talks.bundled_text())


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the development corpus is not here")
def test_scanner_agrees_on_the_corpus() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        _same_as_regex(path.read_text(encoding="utf-8"))


def test_proclitics_and_contracted_article() -> None:
    matcher = PhraseMatcher(
        [("الخارجية الروسية", "mfa"), ("لافروف", "lavrov")], proclitics=PROCLITICS
    )
    text = NormalizedText("وقال للخارجية الروسية ولافروف بلافروف لافروفي").text
    found = [(m.phrase, m.value) for m in matcher.finditer(text)]
    assert found == [("لخارجيه الروسيه", "mfa"), ("لافروف", "lavrov"), ("لافروف", "lavrov")]
    scanner = TokenScanner([matcher])
    view = NormalizedText("وقال للخارجية الروسية ولافروف بلافروف لافروفي")
    scanned = scanner.scan(view.text, ((t.text, t.start) for t in view.tokens))[id(matcher)]
    assert [(m.phrase, m.value) for m in scanned] == found


def test_a_matcher_given_twice_is_scanned_once() -> None:
    matcher = PhraseMatcher([("لافروف", "lavrov")], proclitics=PROCLITICS)
    view = NormalizedText("وقال لافروف")
    scanned = TokenScanner([matcher, matcher]).scan(
        view.text, ((t.text, t.start) for t in view.tokens)
    )
    assert list(scanned) == [id(matcher)]
    assert scanned[id(matcher)] == list(matcher.finditer(view.text))


def test_a_phrase_must_start_with_a_word() -> None:
    with pytest.raises(ValueError, match="does not start with a word"):
        TokenScanner([PhraseMatcher([('"اقتباس"', 1)], proclitics=PROCLITICS)])


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(["CNN", "cnn", "Cnn", "CNNs", "İstanbul", "istanbul", "قال", "وCNN"]),
        max_size=12,
    )
)
def test_capitals_are_matched_as_the_regex_matches_them(words: list[str]) -> None:
    matcher = PhraseMatcher(
        [("CNN", "cnn"), ("istanbul", "ist"), ("cnn قال", "said")], proclitics=PROCLITICS
    )
    view = NormalizedText(" ".join(words))
    scanned = TokenScanner([matcher]).scan(view.text, ((t.text, t.start) for t in view.tokens))
    assert scanned[id(matcher)] == list(matcher.finditer(view.text))
