"""The command line, as a person runs it: subcommands, stdin, dates, exit codes, safe output."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet
import pytest

from syria_talks.cli import main, print_table

LAVROV = "وقال وزير الخارجية الروسي سيرغي لافروف أمس إن الحوار ضروري."
KIRBY = "وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي إن الاتفاق صامد."


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_no_arguments_prints_who_said_what_in_the_bundled_article() -> None:
    status, text = run()
    assert status == 0
    assert "جون كيربي (\u2068John Kirby\u2069)" in text
    assert "cue: مضيفا · mode: direct" in text
    assert text.count("«") == 14
    assert text.startswith("[1/14] speaker: ")


@pytest.mark.parametrize("argv", [["FILE"], ["show", "FILE"], ["show", "--plain", "FILE"]])
def test_show_is_the_default_command(tmp_path: Path, argv: list[str]) -> None:
    path = write(tmp_path, "news.txt", LAVROV)
    status, text = run(*[str(path) if a == "FILE" else a for a in argv])
    assert status == 0
    assert "سيرغي لافروف (\u2068Sergei Lavrov\u2069)" in text
    assert "«الحوار ضروري»" in text


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, LAVROV.encode("utf-8"))
    status, text = run("-")
    assert status == 0 and "«الحوار ضروري»" in text


def test_published_resolves_relative_dates(tmp_path: Path) -> None:
    path = write(tmp_path, "news.txt", LAVROV)
    status, text = run(str(path), "--published", "2016-07-04")
    assert status == 0 and "when: 2016-07-03" in text
    status, text = run("parse", str(path), "--published", "2016-07-04", "--format", "jsonl")
    assert status == 0 and json.loads(text)["when"] == "2016-07-03"


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run("--published", "4/7/2016")
    assert status == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "the text is empty"), ("Only Latin letters here.", "no Arabic letters")],
)
def test_nothing_found_says_why_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, reason: str
) -> None:
    path = write(tmp_path, "empty.txt", text)
    status, out = run(str(path))
    err = capsys.readouterr().err
    assert status == 1 and out == ""
    assert reason in err and str(path) in err and err.count("\n") == 1


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--help")[0] == 0
    shown = capsys.readouterr().out
    for command in ("show", "parse", "export", "html", "evaluate"):
        assert f"    {command} " in shown
    assert "Exit status" in shown


def test_each_subcommand_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("show", "parse", "export", "html"):
        assert run(command, "--help")[0] == 0
        assert "--published" in capsys.readouterr().out


def test_parse_json_is_the_serialised_article() -> None:
    status, text = run("--json")
    assert status == 0
    assert len(json.loads(text)["statements"]) == 14


def test_export_csv_of_many_files_has_doc_ids(tmp_path: Path) -> None:
    first, second = write(tmp_path, "a.txt", LAVROV), write(tmp_path, "b.txt", KIRBY)
    out = tmp_path / "statements.csv"
    status, _ = run("export", str(first), str(second), "--format", "csv", "-o", str(out))
    assert status == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["doc_id"] for r in rows] == [str(first), str(second)]
    assert [r["speaker_en"] for r in rows] == ["Sergei Lavrov", "John Kirby"]


def test_export_parquet_of_actors(tmp_path: Path) -> None:
    first, second = write(tmp_path, "a.txt", LAVROV), write(tmp_path, "b.txt", KIRBY)
    out = tmp_path / "actors.parquet"
    argv = ["export", str(first), str(second), "--what", "actors", "--format", "parquet"]
    status, _ = run(*argv, "-o", str(out))
    assert status == 0
    table = pyarrow.parquet.read_table(out)
    assert set(table.column("id").to_pylist()) >= {"sergei-lavrov", "john-kirby"}


def test_export_parquet_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run("export", "-", "--format", "parquet")
    assert status == 2 and "needs -o" in capsys.readouterr().err


def test_export_with_a_missing_file_is_a_partial_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "a.txt", LAVROV)
    status, text = run("export", str(good), str(tmp_path / "gone.txt"), "--format", "jsonl")
    assert status == 1
    assert len(text.splitlines()) == 1
    assert "gone.txt: no such file" in capsys.readouterr().err
    status, _ = run("export", str(tmp_path / "gone.txt"))
    assert status == 2


def test_html_writes_a_page(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    status, _ = run("html", "-o", str(out), "--title", "تقرير")
    assert status == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<title>تقرير</title>" in page


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
    ],
)
def test_unreadable_input_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, message: str
) -> None:
    target = make(tmp_path)  # type: ignore[operator]
    for command in ([], ["parse"], ["html"]):
        status, _ = run(*command, str(target))
        err = capsys.readouterr().err
        assert status == 2
        assert message in err and str(target) in err
        assert err.count("\n") == 1


def test_undecodable_input_names_the_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes("قال".encode("cp1256"))
    status, _ = run(str(path))
    err = capsys.readouterr().err
    assert status == 2 and "not UTF-8" in err and "cp1256.txt" in err
    feed_stdin(monkeypatch, "قال".encode("cp1256"))
    status, _ = run("-")
    assert status == 2 and "<stdin>: not UTF-8" in capsys.readouterr().err


HOSTILE = (
    "وقال وزير الخارجية الروسي سيرغي لافروف إن «الأمر \x1b[2J\x1b]0;pwned\x07 محسوم».\n"
    "وقال جون كيربي إن «الحوار \u202eمستمر».\n"
    "وقال ريابكوف: «الاتفاق قائم\n[9/9] speaker: مزيف\n    said: «كلام مزور»"
)


def test_terminal_view_escapes_controls_and_cannot_forge_records(tmp_path: Path) -> None:
    path = write(tmp_path, "hostile.txt", HOSTILE)
    status, text = run(str(path))
    assert status == 0
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\\x1b[2J" in text and "\\x1b]0;pwned\\x07" in text
    assert "\\u202e" in text
    records = [line for line in text.splitlines() if not line.startswith("    ")]
    assert all(line.startswith("[") for line in records)
    count = len(records)
    assert [r.split("]")[0] for r in records] == [f"[{i}/{count}" for i in range(1, count + 1)]
    assert len(text.splitlines()) == 3 * count


def test_table_view_aligns_and_escapes(tmp_path: Path) -> None:
    import syria_talks

    out = io.StringIO()
    print_table(syria_talks.parse(HOSTILE.replace("\n", " ")), out, width=120)
    table = out.getvalue()
    assert "\x1b" not in table and "\u202e" not in table
    assert "\\u202e" in table and "Sergei Lavrov" in table
    widths = {len(line) for line in table.splitlines() if line}
    assert len(widths) == 1  # every row is as wide as the frame


def test_module_entry_point_runs_without_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "syria_talks", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("syria-talks: error:")


def test_a_newline_inside_a_quotation_cannot_forge_a_record() -> None:
    from syria_talks import Actor, ActorKind, Article, Span, Statement, StatementMode
    from syria_talks.cli import print_statements

    text = "قال لافروف: «نعم\n[2/2] speaker: مزيف\n    said: «لا»"
    start = text.index("«") + 1
    speaker = Actor(id="sergei-lavrov", name="سيرغي لافروف", kind=ActorKind.PERSON)
    said = Statement(
        speaker=speaker,
        content=text[start:],
        span=Span(start=start, end=len(text)),
        cue="قال",
        cue_span=Span(start=0, end=3),
        mode=StatementMode.DIRECT,
    )
    out = io.StringIO()
    print_statements(Article(text=text, statements=(said,), actors=(speaker,)), out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("[1/1] speaker: ")
    assert lines[2] == "    said: «نعم\\n[2/2] speaker: مزيف\\n    said: «لا»»"


def test_json_outputs_keep_the_data_but_not_raw_controls(tmp_path: Path) -> None:
    path = write(tmp_path, "hostile.txt", HOSTILE)
    for argv in (
        ["parse", str(path)],
        ["parse", str(path), "--format", "jsonl"],
        [str(path), "--json"],
    ):
        status, text = run(*argv)
        assert status == 0
        assert "\u202e" not in text and "\x1b" not in text and "\x07" not in text
        if "jsonl" in argv:
            contents = [json.loads(line)["content"] for line in text.splitlines()]
        else:
            contents = [s["content"] for s in json.loads(text)["statements"]]
        assert any("\u202e" in c for c in contents) and any("\x1b" in c for c in contents)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_the_table_and_plain_forces_text() -> None:
    out = Terminal()
    assert main([], out=out) == 0
    table = out.getvalue()
    assert table.startswith("┏") and "speaker" in table and "John Kirby" in table
    out = Terminal()
    assert main(["--plain"], out=out) == 0
    assert out.getvalue().startswith("[1/14] speaker: ")
