"""The command line, as a person runs it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from syria_talks.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_no_arguments_prints_who_said_what_in_the_bundled_article() -> None:
    status, text = run()
    assert status == 0
    assert "جون كيربي (John Kirby)" in text
    assert "cue: مضيفا · mode: direct" in text
    assert text.count("«") == 14


def test_a_file_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text("وقال الرئيس الروسي فلاديمير بوتين إن الحوار ضروري.", encoding="utf-8")
    status, text = run(str(path))
    assert status == 0
    assert "فلاديمير بوتين (Vladimir Putin)" in text
    assert "«الحوار ضروري»" in text


def test_json_output_is_the_serialised_article() -> None:
    status, text = run("--json")
    assert status == 0
    assert len(json.loads(text)["statements"]) == 14


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
    status, _ = run(str(target))
    err = capsys.readouterr().err
    assert status == 2
    assert message in err and str(target) in err
    assert err.count("\n") == 1


def test_undecodable_file_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("قال".encode("cp1256"))
    status, _ = run(str(path))
    err = capsys.readouterr().err
    assert status == 2 and "not UTF-8" in err and "latin1.txt" in err


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
