"""The command line: ``syria-talks [FILE]`` prints who said what; ``syria-talks evaluate`` scores.

Errors a user can fix (a missing file, bad UTF-8, a malformed gold line) print one line naming the
problem and exit with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from syria_talks.errors import InputTooLargeError, SyriaTalksError
from syria_talks.export import to_json
from syria_talks.model import Article, Statement
from syria_talks.parse.pipeline import MAX_INPUT_CHARS

__all__ = ["main"]

_USAGE_ERROR = 2


def _read_text(path: str) -> str:
    file = Path(path)
    try:
        # A device or a pipe (/dev/zero) never ends, and a huge file would only be refused later.
        if file.exists() and not (file.is_file() or file.is_dir()):
            raise SyriaTalksError(f"{path}: not a regular file")
        if file.is_file() and file.stat().st_size > 4 * MAX_INPUT_CHARS:  # 4 bytes a char at most
            raise InputTooLargeError(f"{path}: larger than parse() accepts")
        return file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SyriaTalksError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SyriaTalksError(f"{path}: is a directory, not a text file") from None
    except UnicodeDecodeError as exc:
        raise SyriaTalksError(
            f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    except OSError as exc:
        raise SyriaTalksError(f"{path}: cannot read ({exc.strerror})") from None


def _describe(statement: Statement) -> str:
    speaker = statement.speaker
    who = "؟ (unknown speaker)"
    if speaker is not None:
        who = speaker.name + (f" ({speaker.name_en})" if speaker.name_en else "")
    flags = [f"cue: {statement.cue}", f"mode: {statement.mode.value}"]
    if statement.negated:
        flags.append("negated")
    if statement.channel:
        flags.append(f"channel: {statement.channel}")
    if statement.source is not None:
        flags.append(f"reported by: {statement.source.name}")
    return f"{who}\n  {' · '.join(flags)}\n  «{statement.content}»\n"


def print_statements(article: Article, out: TextIO) -> None:
    if not article.statements:
        out.write("No statements found.\n")
        return
    out.write("\n".join(_describe(s) for s in article.statements))


def _show(args: argparse.Namespace, out: TextIO) -> int:
    from syria_talks import load, parse

    article = parse(_read_text(args.file)) if args.file else load()
    if args.json:
        out.write(to_json(article, indent=2) + "\n")
    else:
        print_statements(article, out)
    return 0


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from syria_talks.evaluate import evaluate_files, format_report

    report = evaluate_files(Path(args.gold), Path(args.texts))
    out.write(format_report(report, as_json=args.json, show_errors=args.show_errors))
    return 0


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Who said what in Arabic news: statements with speaker, cue and content.",
    )
    parser.add_argument("file", nargs="?", help="UTF-8 text file (default: the bundled article)")
    parser.add_argument("--json", action="store_true", help="print the parsed article as JSON")
    return parser


def _evaluate_parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{prog} evaluate", description="Score the parser against gold annotations."
    )
    parser.add_argument("gold", help="gold annotations, JSON Lines (see docs/evaluation.md)")
    parser.add_argument("texts", help="folder holding <id>.txt for every gold line")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--show-errors", action="store_true", help="list every miss and error")
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    stream = out if out is not None else sys.stdout
    prog = "syria-talks"
    try:
        if args_list[:1] == ["evaluate"]:
            return _evaluate(_evaluate_parser(prog).parse_args(args_list[1:]), stream)
        return _show(_parser(prog).parse_args(args_list), stream)
    except SyriaTalksError as exc:
        sys.stderr.write(f"{prog}: error: {exc}\n")
        return _USAGE_ERROR
