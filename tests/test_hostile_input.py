"""Hostile and unlucky input: a typed error or a sound article, never a crash, hang or forgery."""

from __future__ import annotations

import contextlib
import datetime
import json
import os
from pathlib import Path
from typing import Any

import pytest
from babel import localedata
from hypothesis import given, settings
from hypothesis import strategies as st

import syria_talks
from syria_talks import (
    MAX_INPUT_CHARS,
    ActorEntry,
    ActorKind,
    GoldFormatError,
    InputError,
    InputTooLargeError,
    LexiconError,
    LocaleError,
    SerializationError,
)
from syria_talks.cli import main
from syria_talks.display import visible
from syria_talks.evaluate import (
    GoldStatement,
    _overlapping_pairs,
    _overlaps_enough,
    evaluate,
    evaluate_files,
    format_report,
    read_gold,
)
from syria_talks.export import from_json, to_dict, to_json
from syria_talks.locales import _babel_locale, parse_locale
from syria_talks.model import Span, Statement, StatementMode
from syria_talks.text import pair_quotes

PUBLISHED = datetime.date(2016, 7, 4)
SAID = "وقال وزير الخارجية الروسي سيرغي لافروف أمس إن المحادثات كانت مفيدة."


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "phrase"),
    [
        ("بنيت المدينة قبل 3000 عام", PUBLISHED, "قبل 3000 عام"),  # year -984
        ("بنيت القلعة قبل 2016 سنة", PUBLISHED, "قبل 2016 سنة"),  # year 0
        ("سيعود الوفد غدا", datetime.date(9999, 12, 31), "غدا"),  # past the year 9999
        ("وصل الوفد أمس", datetime.date(1, 1, 1), "أمس"),  # before the year 1
        ("يبدأ الاجتماع الأسبوع المقبل", datetime.date(9999, 12, 31), "الأسبوع المقبل"),
        ("يزور دمشق الخميس المقبل", datetime.date(9999, 12, 31), "الخميس المقبل"),
        ("تنتهي المهلة مطلع آذار المقبل", datetime.date(9999, 12, 31), "مطلع آذار المقبل"),
    ],
)
def test_a_date_outside_the_calendar_is_found_but_unresolved(
    text: str, published: datetime.date, phrase: str
) -> None:
    times = syria_talks.parse(text, published=published).times
    assert [(t.text, t.start, t.end) for t in times] == [(phrase, None, None)]


@pytest.mark.parametrize(
    "text",
    ["قبل ² أيام", "منذ ١٢٣٤٥٦٧ يوم", "قبل " + "9" * 5000 + " يوم", "منذ 1000000 يوم"],
)
def test_a_count_that_is_no_number_is_not_a_date(text: str) -> None:
    assert syria_talks.parse(text, published=PUBLISHED).times == ()


def test_a_small_count_still_resolves() -> None:
    (time,) = syria_talks.parse("وصل قبل 3 أيام", published=PUBLISHED).times
    assert time.start == time.end == datetime.date(2016, 7, 1)


# -- the parser's input ----------------------------------------------------------------------


def test_a_long_run_of_auxiliaries_does_not_recurse() -> None:
    article = syria_talks.parse("وقد " * 3000 + "قال لافروف إن الوضع سيئ.")
    assert [s.content for s in article.statements] == ["الوضع سيئ"]


def test_text_over_the_limit_is_refused_not_truncated() -> None:
    with pytest.raises(InputTooLargeError, match=f"at most {MAX_INPUT_CHARS:,}"):
        syria_talks.parse("ب " * (MAX_INPUT_CHARS // 2 + 1))
    assert issubclass(InputTooLargeError, InputError)


@pytest.mark.parametrize("code", [0xD800, 0xDFFF, 0xDC80])
def test_a_lone_surrogate_is_refused_with_its_offset(code: int) -> None:
    with pytest.raises(InputError, match=f"lone surrogate U\\+{code:04X} at offset 4"):
        syria_talks.parse("قال " + chr(code) + " لافروف")


def test_a_datetime_as_publication_date_is_refused() -> None:
    with pytest.raises(InputError, match="not a datetime"):
        syria_talks.parse(SAID, published=datetime.datetime(2016, 7, 4, 12, 0))


def test_an_empty_quoted_name_round_trips() -> None:
    article = syria_talks.parse('وأكد "" التابع للمعارضة أن الوضع سيئ.')
    assert from_json(to_json(article)) == article


# -- JSON output -----------------------------------------------------------------------------

UNSAFE = ["\x9b", "\x85", "\u202e", "\u2066", "\u200f", "\u2028", "\u2029", "\ufeff", "\x7f"]


@pytest.mark.parametrize("char", UNSAFE)
def test_json_escapes_what_readers_and_terminals_misread(char: str) -> None:
    article = syria_talks.parse(f"وقال لافروف إن الوضع {char}سيئ جدا.")
    written = to_json(article)
    assert char not in written
    assert f"\\u{ord(char):04x}" in written
    assert from_json(written) == article


def test_json_of_an_article_holding_a_surrogate_is_still_utf8() -> None:
    article = syria_talks.Article(text="نص \ud800")
    assert "\\ud800" in to_json(article).encode("utf-8").decode("utf-8")


@settings(max_examples=60)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
def test_json_never_holds_a_raw_control_or_bidi_character(text: str) -> None:
    written = to_json(syria_talks.parse(text))
    assert not any(ch in written for ch in UNSAFE)
    assert not any(ord(ch) < 0x20 for ch in written)


# -- strict loading ----------------------------------------------------------------------------


def _article_json() -> dict[str, Any]:
    article = syria_talks.parse(SAID + ' وأضاف: "سنعود إلى جنيف".', published=PUBLISHED)
    assert len(article.statements) == 2 and article.mentions
    return json.loads(to_json(article))


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("format",), 2, "format: unsupported format version 2"),
        (("format",), True, "format: unsupported format version True"),
        (("text",), None, "text: expected a string, got null"),
        (("actors",), {}, "actors: expected a list, got dict"),
        (("statements", 0, "span"), [0, 10_000], r"statements\[0\]\.span\[1\]: offset 10000"),
        (("statements", 0, "span"), "12", r"statements\[0\]\.span: expected a list, got str"),
        (("statements", 0, "span"), [5, 2], r"statements\[0\]\.span: end 2 is before start 5"),
        (("statements", 0, "span"), [-1, 2], r"statements\[0\]\.span\[0\]: offset -1"),
        (("statements", 0, "span"), [1.5, 2], r"statements\[0\]\.span\[0\]: expected an integer"),
        (("statements", 0, "span"), [True, 2], r"statements\[0\]\.span\[0\]: expected an integer"),
        (("statements", 1, "content"), "كلام آخر", r"statements\[1\]\.content: is not the text"),
        (("statements", 0, "cue"), "صرح", r"statements\[0\]\.cue: is not the text"),
        (("statements", 0, "negated"), "false", r"statements\[0\]\.negated: expected true"),
        (("statements", 0, "speaker"), "person:nobody", r"statements\[0\]\.speaker: unknown actor"),
        (("statements", 0, "mode"), "shouted", r"statements\[0\]\.mode: expected one of direct"),
        (("statements", 0), 5, r"statements\[0\]: expected an object, got int"),
        (("statements", 0, "when", "start"), "yesterday", r"statements\[0\]\.when\.start"),
        (("mentions", 0, "actor"), "person:nobody", r"mentions\[0\]\.actor: unknown actor"),
        (("mentions", 0, "text"), "غيره", r"mentions\[0\]\.text: is not the text"),
        (("actors", 0, "aliases"), [7], r"actors\[0\]\.aliases\[0\]: expected a string"),
        (("actors", 0, "name"), "\ud800", r"actors\[0\]\.name: holds a lone surrogate"),
        (("published",), "2016-13-01", "published: expected a date"),
    ],
)
def test_from_json_names_the_bad_field(path: tuple[Any, ...], value: Any, message: str) -> None:
    bad = _set(_article_json(), path, value)
    with pytest.raises(SerializationError, match=message):
        from_json(json.dumps(bad))


def test_from_json_refuses_a_duplicate_actor_id() -> None:
    data = _article_json()
    data["actors"].append(dict(data["actors"][0]))
    with pytest.raises(SerializationError, match=r"actors\[\d+\]\.id: duplicate actor id"):
        from_json(json.dumps(data))


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"format": ' + "1" * 5000 + "}", "invalid JSON number"),
        ('{"format": 1, "text": "x", "statements": [{"span": [Infinity, 1]}]}', "Infinity"),
        ('{"format": NaN}', "NaN"),
        (b'{"format": 1}', "needs str, got bytes"),
        (None, "needs str, got null"),
        ("5", "JSON object, got int"),
    ],
)
def test_from_json_refuses_hostile_json_with_a_typed_error(payload: Any, message: str) -> None:
    with pytest.raises(SerializationError, match=message):
        from_json(payload)


@settings(max_examples=40)
@given(
    st.lists(st.sampled_from([SAID, "قال", "«", "»", "\n", "ً", "لافروف", "إن"]), max_size=12),
    st.sampled_from(["text", "statements", "mentions", "actors", "times", "agreements"]),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(), st.lists, max_leaves=5),
)
def test_a_mutated_article_loads_or_raises_serialization_error(
    parts: list[str], field: str, value: Any
) -> None:
    data = to_dict(syria_talks.parse(" ".join(parts)))
    data[field] = value
    try:
        article = from_json(json.dumps(data))
    except SerializationError:
        return
    for statement in article.statements:  # whatever loads keeps the model's promise
        assert article.text[statement.span.start : statement.span.end] == statement.content


# -- gold files and the evaluator ------------------------------------------------------------

CONTENT = "المحادثات كانت مفيدة"


def _gold_line(**statement: Any) -> dict[str, Any]:
    fields = {
        "speaker": "سيرغي لافروف",
        "mode": "indirect",
        "start": SAID.index(CONTENT),
        "end": SAID.index(CONTENT) + len(CONTENT),
    }
    fields.update(statement)
    return {"id": "a1", "statements": [fields]}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (json.dumps(_gold_line(start="a")), "'start' and 'end' must be integers"),
        (json.dumps(_gold_line(start=None)), "'start' and 'end' must be integers"),
        (json.dumps(_gold_line(end=1.5)), "'start' and 'end' must be integers"),
        (json.dumps(_gold_line(end=True)), "'start' and 'end' must be integers"),
        ('{"id": "a1", "statements": [{"speaker": "x", "mode": "direct", "start": NaN}]}', "NaN"),
        (json.dumps(_gold_line(start=-3)), "negative or reversed"),
        (json.dumps(_gold_line(start=9, end=3)), "negative or reversed"),
        (json.dumps(_gold_line(speaker=["x"])), "'speaker' must be a string"),
        (json.dumps(_gold_line(negated="no")), "'negated' must be true or false"),
        (json.dumps(_gold_line(speaker_aliases="x")), "'speaker_aliases' must be a list"),
        ('{"id": "a1", "statements": [5]}', "statement 0 is not an object"),
        ('{"id": "a\\u0000b", "statements": []}', "is not a file name"),
        ('{"id": "../secret", "statements": []}', "is not a file name"),
        ('{"id": "..", "statements": []}', "is not a file name"),
        ("[" * 100_000, "invalid JSON"),
        ('{"id": "a1", "statements": [{"speaker": "x", "start": 1' + "0" * 5000 + "}]}", "JSON"),
    ],
)
def test_a_malformed_gold_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_gold_line()) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=f"gold.jsonl:2: .*{message}"):
        read_gold(gold)


def test_the_command_line_reports_bad_gold_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gold.jsonl").write_text(json.dumps(_gold_line(start="a")), encoding="utf-8")
    status = main(["evaluate", str(tmp_path / "gold.jsonl"), str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "gold.jsonl:1:" in err


def test_a_gold_span_past_the_text_is_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text("قصير", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps(_gold_line()), encoding="utf-8")
    (document,) = evaluate_files(tmp_path / "gold.jsonl", tmp_path).documents
    assert document.failure is not None and "past the end of the text" in document.failure


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_out_of_the_text_folder_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("كلمة السر: " + SAID, encoding="utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a1.txt").symlink_to(secret)
    (tmp_path / "gold.jsonl").write_text(json.dumps(_gold_line()), encoding="utf-8")
    report = evaluate_files(tmp_path / "gold.jsonl", texts)
    (document,) = report.documents
    assert document.failure is not None and "leads outside" in document.failure
    assert "كلمة السر" not in format_report(report, show_errors=True)


def test_printed_gold_ids_cannot_reorder_or_colour_the_terminal(tmp_path: Path) -> None:
    record = _gold_line()
    record["id"] = "doc\u202e1"
    (tmp_path / "gold.jsonl").write_text(json.dumps(record), encoding="utf-8")
    printed = format_report(evaluate_files(tmp_path / "gold.jsonl", tmp_path))
    assert "\u202e" not in printed and "doc\\u202e1" in printed


def _statement(start: int, end: int) -> Statement:
    return Statement(
        speaker=None,
        content="",
        span=Span(start=start, end=end),
        cue="",
        cue_span=Span(start=0, end=0),
        mode=StatementMode.INDIRECT,
    )


_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=15)


@given(_SPANS, _SPANS)
def test_matching_finds_exactly_the_pairs_a_full_comparison_finds(
    gold_spans: list[tuple[int, int]], predicted_spans: list[tuple[int, int]]
) -> None:
    gold = [
        GoldStatement(
            doc_id="d",
            speaker="x",
            aliases=(),
            cue="",
            mode="direct",
            span=Span(start=s, end=s + n),
            negated=False,
        )
        for s, n in gold_spans
    ]
    predicted = tuple(_statement(s, s + n) for s, n in predicted_spans)
    everything = {
        (shared, g, p)
        for g, gs in enumerate(gold)
        for p, ps in enumerate(predicted)
        if (shared := _overlaps_enough(gs.span, ps.span))
    }
    assert sorted(_overlapping_pairs(gold, predicted)) == sorted(everything)


# -- lexicon, locales and display -------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (ActorEntry(id="x", name="-فلان", kind=ActorKind.PERSON), "does not start with a letter"),
        (ActorEntry(id="x", name="ف" * 3000, kind=ActorKind.PERSON), "3000 characters"),
        (ActorEntry(id="x", name=5, kind=ActorKind.PERSON), "must be a string, got int"),  # type: ignore[arg-type]
        (ActorEntry(id="x", name="", kind=ActorKind.PERSON), "does not start with a letter"),
        (ActorEntry(id="", name="فلان", kind=ActorKind.PERSON), "'id' must be a non-empty"),
        (ActorEntry(id="x", name="فلان", kind="person"), "'kind' must be an ActorKind"),  # type: ignore[arg-type]
        (
            ActorEntry(id="x", name="فلان", kind=ActorKind.PERSON, aliases=("«",)),
            "alias '«' does not start",
        ),
        ("فلان", "takes ActorEntry values, got str"),
    ],
)
def test_with_actors_refuses_a_bad_entry(entry: Any, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        syria_talks.default_lexicon().with_actors([entry])


def test_with_actors_still_takes_a_good_entry() -> None:
    entry = ActorEntry(id="person:x", name="فلان الفلاني", kind=ActorKind.PERSON)
    lexicon = syria_talks.default_lexicon().with_actors([entry])
    (statement,) = syria_talks.parse("قال فلان الفلاني إن الوضع سيئ.", lexicon=lexicon).statements
    assert statement.speaker is not None and statement.speaker.id == "person:x"


@pytest.mark.parametrize("bad", [["ar"], {"ar": 1}, 5, None, b"ar"])
def test_a_locale_that_is_not_a_string_is_a_locale_error(bad: Any) -> None:
    with pytest.raises(LocaleError, match="is not a locale name"):
        parse_locale(bad)


def test_a_huge_locale_name_is_not_echoed() -> None:
    with pytest.raises(LocaleError) as caught:
        parse_locale("x" * 100_000)
    assert len(str(caught.value)) < 120


def test_the_locale_cache_is_bounded() -> None:
    for identifier in sorted(localedata.locale_identifiers())[:200]:
        with contextlib.suppress(LocaleError):  # a few CLDR names are not plain tags
            parse_locale(identifier)
    info = _babel_locale.cache_info()
    assert info.misses > 64
    assert info.maxsize is not None and info.currsize <= info.maxsize


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b]0;owned\x07", "\\u001b]0;owned\\u0007"),
        ("\x1b[31mأحمر", "\\u001b[31mأحمر"),
        ("\x9b31m", "\\u009b31m"),
        ("سطر\nسطر", "سطر\\u000aسطر"),
        ("\u202eabc\u202c", "\\u202eabc\\u202c"),
        ("\u2066x\u2069", "\\u2066x\\u2069"),
        ("وزير\u200cالخارجية", "وزير\u200cالخارجية"),  # ZWNJ shapes letters: kept
        ("قال لافروف", "قال لافروف"),
    ],
)
def test_visible_shows_what_would_act_on_a_terminal(raw: str, shown: str) -> None:
    assert visible(raw) == shown


@given(st.text())
def test_visible_output_holds_no_control_or_bidi_character(text: str) -> None:
    shown = visible(text)
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in shown)
    assert not any(ch in shown for ch in UNSAFE)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_the_command_line_refuses_a_device_instead_of_reading_forever(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["/dev/zero"]) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_the_command_line_refuses_a_file_too_large_to_parse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(4 * MAX_INPUT_CHARS + 1)
    assert main([str(big)]) == 2
    assert "larger than parse() accepts" in capsys.readouterr().err


def test_a_quotation_closed_with_its_opening_mark_is_a_direct_statement() -> None:
    text = "وقال لافروف: “سنواصل العمل“، مضيفا أن الحل بعيد."
    first, second = syria_talks.parse(text).statements
    assert (first.content, first.mode) == ("سنواصل العمل", StatementMode.DIRECT)
    assert second.content == "الحل بعيد"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("“أ“ و“ب“", [(0, 2), (5, 7)]),
        ("“أ “ب” ج”", [(0, 8), (3, 5)]),  # a ” later on the line: the inner “ opens
        ("“أ\nب“", []),  # never across a line break
    ],
)
def test_the_same_mark_closes_only_the_innermost_quotation_on_its_line(
    text: str, pairs: list[tuple[int, int]]
) -> None:
    assert [(p.open, p.close) for p in pair_quotes(text)] == pairs


def test_records_given_to_evaluate_directly_are_checked_too() -> None:
    with pytest.raises(GoldFormatError, match="gold record 1: statement 0: 'start' and 'end'"):
        evaluate([_gold_line(start=None)], lambda _: SAID)


def test_an_article_cannot_be_built_with_a_datetime() -> None:
    with pytest.raises(InputError, match="not a datetime"):
        syria_talks.Article(text="نص", published=datetime.datetime(2016, 7, 4, 12, 0))


@settings(max_examples=80)
@given(st.text(st.characters(codec=None, categories=None), max_size=200))
def test_any_string_parses_or_raises_input_error_for_a_surrogate(text: str) -> None:
    try:
        article = syria_talks.parse(text)
    except InputError:
        assert any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)
        return
    for statement in article.statements:
        assert text[statement.span.start : statement.span.end] == statement.content
    assert from_json(to_json(article)) == article
