"""``syria-talks batch``: every input accounted for, typed error lines, exit codes, atomic
output, and a run killed half-way then resumed gives the bytes of an uninterrupted one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from syria_talks.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main

LAVROV = "وقال وزير الخارجية الروسي سيرغي لافروف أمس إن الهدنة في حلب صامدة."
KERRY = "وقال وزير الخارجية الأمريكي جون كيري إن وقف إطلاق النار في إدلب هش."


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _inputs(folder: Path) -> list[str]:
    texts = folder / "texts"
    (texts / "nested").mkdir(parents=True)
    (texts / "lavrov.txt").write_text(LAVROV, encoding="utf-8")
    (texts / "nested" / "kerry.txt").write_text(KERRY, encoding="utf-8")
    (texts / "nested" / "notes.md").write_text("not a *.txt: not an input", encoding="utf-8")
    (texts / "empty.txt").write_text(" \n", encoding="utf-8")
    (texts / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (texts / "latin1.txt").write_bytes("وقال".encode("cp1256"))
    records = [
        {"text": KERRY, "date": "2016-09-20"},
        {"body": "no text field"},
        {"text": LAVROV, "date": "not a date"},
    ]
    lines = folder / "news.jsonl"
    lines.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n{broken\n",
        encoding="utf-8",
    )
    return [str(texts), str(lines), str(folder / "missing.txt")]


def test_every_input_is_parsed_or_has_a_typed_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = _inputs(tmp_path)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status = main(["batch", *inputs, "--out", str(out), "--errors", str(errors),
                   "--published-from", "date"])  # fmt: skip
    assert status == EXIT_SOME_FAILED
    parsed = {Path(str(r["source"])).name: r for r in _lines(out)}
    failed = {Path(str(r["source"])).name: r["error"] for r in _lines(errors)}
    assert set(parsed) == {"lavrov.txt", "kerry.txt", "news.jsonl:1"}
    assert failed == {
        "binary.txt": "BinaryDocumentError",
        "empty.txt": "EmptyDocumentError",
        "latin1.txt": "UndecodableDocumentError",
        "news.jsonl:2": "InputError",  # no text field
        "news.jsonl:3": "InputError",  # not a date
        "news.jsonl:5": "InputError",  # not JSON
        "missing.txt": "InputError",
    }
    assert parsed["news.jsonl:1"]["article"]["published"] == "2016-09-20"  # type: ignore[index]
    assert "10 inputs: 3 parsed, 7 failed" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "errors.jsonl",
        "news.jsonl",
        "out.jsonl",
        "texts",
    ]


def test_exit_0_when_everything_parsed_and_errors_go_to_stderr_without_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(LAVROV, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "a.txt"), "--out", str(out)]) == EXIT_OK
    assert [r["source"] for r in _lines(out)] == [str(tmp_path / "a.txt")]
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    assert main(["batch", str(tmp_path / "b.txt"), "--out", str(out)]) == EXIT_SOME_FAILED
    err = capsys.readouterr().err
    assert '"error": "EmptyDocumentError"' in err
    assert out.read_text(encoding="utf-8") == ""


def test_a_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from syria_talks import batch_run

    monkeypatch.setattr(batch_run, "_MAX_BYTES", 10)
    (tmp_path / "a.txt").write_text(LAVROV, encoding="utf-8")
    errors = tmp_path / "err.jsonl"
    status = main(["batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o.jsonl"),
                   "--errors", str(errors)])  # fmt: skip
    assert status == EXIT_SOME_FAILED
    assert _lines(errors)[0]["error"] == "InputTooLargeError"


@pytest.mark.parametrize(
    "argv",
    [
        ["batch", "x.txt"],  # no --out
        ["batch", "x.txt", "--out", "o.jsonl", "--workers", "0"],
        ["batch", "x.txt", "--out", "o.jsonl", "--errors", "o.jsonl"],
        ["batch", "x.txt", "--out", "/nonexistent-folder/o.jsonl"],
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == EXIT_USAGE


def _folder_of(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(count):
        text = "" if i % 50 == 7 else f"{LAVROV} {KERRY} وقال لافروف إن الجولة {i} انتهت."
        (folder / f"{i:04d}.txt").write_text(text * 3, encoding="utf-8")
    return folder


def _batch(folder: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "syria_talks", "batch", str(folder), "--out", str(out)]
    argv += ["--errors", str(out.with_suffix(".errors")), *extra]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_killed_run_resumed_gives_the_bytes_of_an_uninterrupted_one(tmp_path: Path) -> None:
    folder = _folder_of(tmp_path, 300)
    whole = tmp_path / "whole.jsonl"
    done = _batch(folder, whole)
    _, stderr = done.communicate(timeout=120)
    assert done.returncode == EXIT_SOME_FAILED
    # Piped: the summary line alone, no progress bar.
    assert stderr == b"syria-talks: batch: 300 inputs: 294 parsed, 6 failed\n"

    cut = tmp_path / "cut.jsonl"
    journal = tmp_path / "cut.jsonl.partial"
    run = _batch(folder, cut)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 40:
            break
        time.sleep(0.005)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL
    assert not cut.exists()  # nothing published before the end
    kept = journal.read_bytes().count(b"\n")
    assert 40 <= kept < 300
    with journal.open("ab") as handle:  # as if killed in the middle of a line
        handle.write(b'{"source": "in/0999.txt", "article": {"format": 1, "te')

    resumed = _batch(folder, cut, "--resume")
    resumed.communicate(timeout=120)
    assert resumed.returncode == EXIT_SOME_FAILED
    assert cut.read_bytes() == whole.read_bytes()
    assert cut.with_suffix(".errors").read_bytes() == whole.with_suffix(".errors").read_bytes()
    assert not journal.exists()


def test_a_progress_bar_with_rate_and_eta_on_a_terminal_only(tmp_path: Path) -> None:
    import pty

    (tmp_path / "a.txt").write_text(LAVROV, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    primary, secondary = pty.openpty()
    argv = [
        sys.executable,
        "-m",
        "syria_talks",
        "batch",
        str(tmp_path / "a.txt"),
        "--out",
        str(out),
    ]
    done = subprocess.run(argv, stderr=secondary, stdout=subprocess.PIPE, check=False, timeout=60)
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal is closed once everything is read
            break
        if not chunk:
            break
        shown += chunk
    os.close(primary)
    assert done.returncode == EXIT_OK
    assert b"docs/s" in shown and b"1/1" in shown  # rate, and count done of total
    assert b"0:00:00" in shown  # the time left
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(tmp_path / "a.txt")


def test_a_parser_bug_is_a_failure_line_and_the_summary_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from syria_talks.parsing import pipeline

    def broken(text: str, **options: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(pipeline, "parse", broken)
    (tmp_path / "a.txt").write_text(LAVROV, encoding="utf-8")
    errors = tmp_path / "err.jsonl"
    status = main(["batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o.jsonl"),
                   "--errors", str(errors)])  # fmt: skip
    assert status == EXIT_SOME_FAILED
    assert _lines(errors)[0]["error"] == "KeyError"
    assert "1 failed (1 by a parser bug: please report them)" in capsys.readouterr().err
