"""The cue finder's shortcuts against the rules they stand in for, on texts of lines (headlines
and paragraphs) made of cues, names, stops, closing marks and quotation marks: a line whose
last character is a stop is no headline, and a cue's sentence found by walking the sentences
forward is the one the document looks up."""

from __future__ import annotations

import importlib
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st
from statement_context import statement_context

cues_module = importlib.import_module("syria_talks.parsing.cues")


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
def test_a_word_on_a_line_ending_in_a_stop_is_never_in_a_headline(text: str) -> None:
    ctx = statement_context(text)
    for start in ctx.tokens.starts:
        line_end = cues_module._line_end(ctx.text, start)
        if not cues_module._may_head_text(ctx.text, line_end):
            assert not ctx.doc.in_headline(start), (text, start)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_cues_are_the_ones_found_asking_the_document_for_every_headline(text: str) -> None:
    ctx = statement_context(text)
    found = cues_module.find_cues(ctx)
    with mock.patch.object(cues_module, "_may_head_text", return_value=True):
        assert found == cues_module.find_cues(ctx), text


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_a_cue_is_told_the_sentence_the_document_looks_up(text: str) -> None:
    ctx = statement_context(text)
    for cue in cues_module.find_cues(ctx):
        assert cue.sentence == ctx.doc.sentence_of(cue.start), text


def test_a_cue_in_a_headline_is_still_no_cue() -> None:
    # The headline ends in no stop: the full rule reads it, and the cue in it is dropped.
    text = "موسكو تقول إن الهدنة صامدة\nوقال لافروف إن الهدنة صامدة."
    cues = cues_module.find_cues(statement_context(text))
    assert [cue.token.text for cue in cues] == ["وقال"]
