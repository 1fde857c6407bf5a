"""``syria-talks batch``: files, folders and JSON Lines in, one output line per parsed document
and one error line per failed one out, resumable after a kill.

Every line written goes first to a journal, ``OUT.partial``, in input order, flushed line by
line. At the end the journal is split into ``OUT`` and the errors file, each written to a
temporary file and renamed over its target, so a reader never sees half a file. A run killed
half-way leaves its journal; ``--resume`` keeps the journal's complete lines, skips their
sources and appends the rest in the same order, so the files it ends with are byte for byte
those of a run that was never interrupted.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TextIO

import attrs

from syria_talks.batch import (
    CHUNK_SIZE,
    Failed,
    decode,
    run_lines,
)
from syria_talks.errors import InputError, InputTooLargeError, SyriaTalksError
from syria_talks.parsing.pipeline import MAX_INPUT_CHARS

__all__ = ["JSON_LINES_SUFFIXES", "Summary", "run_batch"]

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
"""Inputs with these suffixes are JSON Lines, one document per line; any other file is one
document."""

_MAX_BYTES = 4 * MAX_INPUT_CHARS  # UTF-8 takes at most 4 bytes a character
_Job = tuple[str, object, object] | Failed


@attrs.frozen(kw_only=True)
class Summary:
    """What a batch run ended with (resumed lines included): ``inputs == parsed + failed``."""

    parsed: int
    failed: int
    bugs: int = 0  # failures that are parser bugs, not bad documents (worth reporting)

    @property
    def inputs(self) -> int:
        return self.parsed + self.failed


def _failed(source: str, exc: SyriaTalksError) -> Failed:
    return Failed(doc_id=source, error=type(exc).__name__, message=str(exc))


def _text_file(path: Path, published: object) -> _Job:
    source = str(path)
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise InputTooLargeError(
                f"{path.stat().st_size:,} bytes: larger than parse() accepts "
                f"({MAX_INPUT_CHARS:,} characters)"
            )
        return (source, decode(path.read_bytes()), published)
    except SyriaTalksError as exc:
        return _failed(source, exc)
    except FileNotFoundError:
        return _failed(source, InputError("no such file or folder"))
    except OSError as exc:
        return _failed(source, InputError(f"cannot read ({exc.strerror})"))


def _json_line(
    source: str, raw: bytes, text_field: str, published_field: str | None, published: object
) -> _Job:
    try:
        record = json.loads(decode(raw))
    except SyriaTalksError as exc:
        return _failed(source, exc)
    except json.JSONDecodeError as exc:
        return _failed(source, InputError(f"not a JSON line: {exc}"))
    if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
        return _failed(source, InputError(f"not a JSON object with a text field {text_field!r}"))
    date = record.get(published_field) if published_field else None
    return (source, record[text_field], date if date is not None else published)


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if raw.strip():
                yield number, raw


def _expand(inputs: Iterable[str]) -> Iterator[Path]:
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


def _jobs(
    inputs: Iterable[str],
    done: set[str],
    *,
    text_field: str,
    published_field: str | None,
    published: datetime.date | None,
) -> Iterator[_Job]:
    for path in _expand(inputs):
        if path.suffix in JSON_LINES_SUFFIXES and path.is_file():
            for number, raw in _lines(path):
                source = f"{path}:{number}"
                if source not in done:
                    yield _json_line(source, raw, text_field, published_field, published)
        elif str(path) not in done:
            yield _text_file(path, published)


def _count(inputs: Iterable[str]) -> int:
    total = 0
    for path in _expand(inputs):
        is_lines = path.suffix in JSON_LINES_SUFFIXES and path.is_file()
        total += sum(1 for _ in _lines(path)) if is_lines else 1
    return total


def _split(line: str) -> tuple[str, bool] | None:
    """The source of a journal line and whether it is an article (not an error), read without
    decoding the article; None for a line that is not one of ours."""
    prefix = '{"source": '
    if not line.startswith(prefix) or not line.endswith("}\n"):
        return None
    try:
        source, end = json.JSONDecoder().raw_decode(line, len(prefix))
    except json.JSONDecodeError:
        return None
    if not isinstance(source, str):
        return None
    return source, line.startswith(', "article": ', end)


def _recover(journal: Path) -> set[str]:
    """The sources the journal holds; a last line cut by a kill is dropped."""
    done: set[str] = set()
    keep = 0
    with journal.open("r", encoding="utf-8", newline="") as handle:
        for line in handle:
            parsed = _split(line)
            if parsed is None:
                break
            done.add(parsed[0])
            keep += len(line.encode("utf-8"))
    with journal.open("r+b") as handle:
        handle.truncate(keep)
    return done


@contextlib.contextmanager
def _atomic(target: Path) -> Iterator[IO[str]]:
    temporary = target.with_name(f".{target.name}.tmp")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        yield handle
    os.replace(temporary, target)


def _finish(journal: Path, out: Path, errors: Path | None, stderr: TextIO) -> Summary:
    parsed = failed = bugs = 0
    with contextlib.ExitStack() as stack:
        ok = stack.enter_context(_atomic(out))
        bad = stack.enter_context(_atomic(errors)) if errors is not None else stderr
        with journal.open("r", encoding="utf-8", newline="") as lines:
            for line in lines:
                kind = _split(line)
                if kind is not None and kind[1]:
                    ok.write(line)
                    parsed += 1
                else:
                    bad.write(line)
                    failed += 1
                    bugs += '"message": "parser bug: ' in line
    journal.unlink()
    return Summary(parsed=parsed, failed=failed, bugs=bugs)


def _progress(lines: Iterator[str], total: int, skipped: int) -> Iterator[str]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} docs/s" if speed else "? docs/s")

    columns = (BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task("parsing", total=total, completed=skipped)
        for line in lines:
            bar.advance(task)
            yield line


def run_batch(
    inputs: list[str],
    out: Path,
    *,
    errors: Path | None = None,
    workers: int = 1,
    resume: bool = False,
    text_field: str = "text",
    published_field: str | None = None,
    published: datetime.date | None = None,
    progress: bool = False,
    stderr: TextIO | None = None,
) -> Summary:
    """Parse every document of ``inputs`` into ``out`` (and ``errors``); see the module."""
    journal = out.with_name(out.name + ".partial")
    done = _recover(journal) if resume and journal.exists() else set()
    lines = run_lines(
        _jobs(
            inputs,
            done,
            text_field=text_field,
            published_field=published_field,
            published=published,
        ),
        n_process=workers,
        chunk_size=CHUNK_SIZE,
    )
    if progress:
        lines = _progress(lines, _count(inputs), len(done))
    with journal.open("a" if done else "w", encoding="utf-8", newline="") as handle:
        for line in lines:
            handle.write(line + "\n")
            handle.flush()
    return _finish(journal, out, errors, stderr or sys.stderr)
