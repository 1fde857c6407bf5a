"""The document's headline test against the full rule it shortcuts, on texts of lines (headlines
and paragraphs) made of cues, names, stops, closing marks and quotation marks: a line whose last
character is a stop is no headline, told without finding the headlines."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st
from statement_context import statement_context

from syria_talks.lexicon import default_lexicon

cues_module = importlib.import_module("syria_talks.parsing.cues")
document = importlib.import_module("syria_talks.parsing.document")

LEX = default_lexicon()

WORDS = [
    "قال",
    "وقال",
    "أكدت",
    "مضيفا",
    "لافروف",
    "تركيا",
    "وزير الخارجية",
    "إن",
    "الهدنة",
    "صامدة",
    "وأضاف",
    "في",
]
# What may stand between words, and end a line: stops, closing marks, spaces after them.
GAPS = [" ", " ", " ", "، ", ". ", ": ", '"', ' "', '" ', "\n", "\n\n", "؟\n", '."\n', ". \n"]
ENDINGS = ["", ".", "؟", ":", "…", '"', '."', ") ", ". ", "!", "،"]
TEXTS = st.tuples(
    st.lists(st.tuples(st.sampled_from(GAPS), st.sampled_from(WORDS)), min_size=1, max_size=30),
    st.sampled_from(ENDINGS),
).map(lambda parts: "".join(gap + word for gap, word in parts[0]).lstrip() + parts[1])


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_a_word_is_in_a_headline_as_the_full_rule_reads_the_lines(text: str) -> None:
    doc = document.Document(text, LEX)
    headlines = list(document._headline_lines(doc.text, doc.shape))
    for start in doc.tokens.starts:
        expected = any(first <= start < end for first, end in headlines)
        assert doc.in_headline(start) is expected, (text, start)


def test_a_cue_in_a_headline_is_still_no_cue() -> None:
    # The headline ends in no stop: the full rule reads it, and the cue in it is dropped.
    text = "موسكو تقول إن الهدنة صامدة\nوقال لافروف إن الهدنة صامدة."
    cues = cues_module.find_cues(statement_context(text))
    assert [cue.word for cue in cues] == ["وقال"]
