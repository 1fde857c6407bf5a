"""Control characters of an article are shown, never obeyed."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from syria_talks.display import CONTROL, escape_controls, split_controls
from syria_talks.export import json_text

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)


@given(TEXT)
def test_escaped_text_has_no_controls(text: str) -> None:
    assert not CONTROL.search(escape_controls(text))
    kept = escape_controls(text, keep_newlines=True)
    assert not CONTROL.search(kept.replace("\n", ""))
    assert kept.count("\n") == text.count("\n")


@given(TEXT)
def test_split_runs_show_every_control_once(text: str) -> None:
    runs = list(split_controls(text))
    assert sum(1 for _, control in runs if control) == len(CONTROL.findall(text))
    assert "".join(run for run, _ in runs) == escape_controls(text)


@given(TEXT)
def test_json_escaping_keeps_the_data(text: str) -> None:
    safe = json_text({"content": text})
    assert not CONTROL.search(safe.replace("\n", ""))
    assert json.loads(safe) == {"content": text}


def test_known_sequences_become_visible() -> None:
    assert escape_controls("a\x1b[31mb\u202ec\nd\x9b") == "a\\x1b[31mb\\u202ec\\nd\\x9b"
