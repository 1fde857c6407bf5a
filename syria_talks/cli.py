"""The command line: ``syria-talks [show] [FILE|-]`` and its subcommands.

::

    syria-talks [show] [FILE|-] [--published DATE] [--json] [--plain]   who said what (default)
    syria-talks parse FILE|- [--published DATE] [--format json|jsonl]    the parse, as data
    syria-talks export FILE|-... --what TABLE --format csv|jsonl|parquet [-o OUT]
    syria-talks html [FILE|-] [--published DATE] [--title T] [-o OUT.html]
    syria-talks evaluate GOLD.jsonl TEXT_DIR [--json] [--show-errors]
    syria-talks batch INPUT... --out OUT.jsonl [--errors ERR.jsonl] [--workers N] [--resume]

Without FILE the bundled article is read; ``-`` reads standard input. Exit status: 0 when all
went well; 1 when nothing was found (no statement in the text) or, for ``export``, when some of
the inputs failed; 2 for a usage error or an input that cannot be read (all of them, for
``export``); 3 when ``batch`` parsed some documents but not all (each failure has its error
line). Errors are one line on standard error naming the input, never a traceback.

The terminal view escapes control characters of the article (ANSI and OSC escapes, bidi
overrides, newlines: shown as ``\\x1b``, ``\\u202e``, ``\\n``), so an article cannot drive the
terminal or forge a record. On a terminal with ``rich`` installed (the ``cli`` extra) it is an
aligned table; piped, or with ``--plain``, it is plain text, one numbered record per statement,
each line opening with an English label so lines keep one alignment in a bidi terminal, and
English names isolated (U+2068 ... U+2069) so their parentheses do not garble.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from syria_talks.display import escape_controls
from syria_talks.errors import InputError, InputTooLargeError, SyriaTalksError
from syria_talks.model import Article, Statement
from syria_talks.parsing.pipeline import MAX_INPUT_CHARS

__all__ = [
    "EXIT_NOTHING_FOUND",
    "EXIT_OK",
    "EXIT_SOME_FAILED",
    "EXIT_USAGE",
    "build_parser",
    "main",
    "print_statements",
    "print_table",
    "read_text",
]

EXIT_OK = 0
EXIT_NOTHING_FOUND = 1  # no statement found, or some inputs of an export failed
EXIT_USAGE = 2  # bad arguments, or an input that cannot be read
EXIT_SOME_FAILED = 3  # batch: some documents failed (each has a line in the errors file)

PROG = "syria-talks"
STDIN = "-"
_COMMANDS = ("show", "parse", "export", "html", "evaluate", "batch")
_ISOLATE, _POP = "\u2068", "\u2069"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


class _CommandError(SyriaTalksError):
    """An error the command line reports in one line (usage, unreadable input or output)."""


# --- input ---------------------------------------------------------------------------------


def _name(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{_name(path)}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None


_MAX_BYTES = 4 * MAX_INPUT_CHARS  # UTF-8 takes at most 4 bytes a character


def read_text(path: str) -> str:
    """The UTF-8 text of ``path`` (``-`` for standard input); errors name the input."""
    if path == STDIN:
        data = sys.stdin.buffer.read(_MAX_BYTES + 1)
        if len(data) > _MAX_BYTES:
            raise InputTooLargeError(f"{_name(path)}: larger than parse() accepts")
        return _decode(data, path)
    file = Path(path)
    try:
        # A device or a pipe (/dev/zero) never ends, and a huge file would only be refused later.
        if file.exists() and not (file.is_file() or file.is_dir()):
            raise InputError(f"{path}: not a regular file")
        if file.is_file() and file.stat().st_size > _MAX_BYTES:
            raise InputTooLargeError(f"{path}: larger than parse() accepts")
        return _decode(file.read_bytes(), path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a text file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def _article(path: str | None, published: datetime.date | None) -> Article:
    from syria_talks import bundled_text, load, parse

    if path is None:
        return load() if published is None else parse(bundled_text(), published=published)
    return parse(read_text(path), published=published)


def _why_nothing(article: Article) -> str:
    if not article.text.strip():
        return "the text is empty"
    if not _ARABIC.search(article.text):
        return "the text has no Arabic letters"
    return "no verb of saying with its content was recognised"


def _nothing_found(path: str | None, article: Article) -> int:
    sys.stderr.write(
        f"{PROG}: {_name(path or 'bundled article')}: no statements found "
        f"({_why_nothing(article)})\n"
    )
    return EXIT_NOTHING_FOUND


# --- the terminal view ---------------------------------------------------------------------


def _isolated(name: str) -> str:
    return f"{_ISOLATE}{escape_controls(name)}{_POP}"


def _speaker(statement: Statement) -> str:
    speaker = statement.speaker
    if speaker is None:
        return "؟ (unknown speaker)"
    english = f" ({_isolated(speaker.name_en)})" if speaker.name_en else ""
    return escape_controls(speaker.name) + english


def _flags(statement: Statement) -> str:
    flags = [f"cue: {escape_controls(statement.cue)}", f"mode: {statement.mode.value}"]
    if statement.negated:
        flags.append("negated")
    if statement.channel:
        flags.append(f"channel: {escape_controls(statement.channel)}")
    if statement.source is not None:
        flags.append(f"reported by: {escape_controls(statement.source.name)}")
    if statement.when is not None:
        when = statement.when
        flags.append(
            f"when: {when.start.isoformat() if when.start else escape_controls(when.text)}"
        )
    return " · ".join(flags)


def print_statements(article: Article, out: TextIO) -> None:
    """Who said what as plain text: one numbered record of three lines per statement."""
    total = len(article.statements)
    for number, statement in enumerate(article.statements, 1):
        out.write(
            f"[{number}/{total}] speaker: {_speaker(statement)}\n"
            f"    {_flags(statement)}\n"
            f"    said: «{escape_controls(statement.content)}»\n"
        )


def print_table(article: Article, out: TextIO, *, width: int | None = None) -> None:
    """Who said what as a table aligned by display width (needs ``rich``, the ``cli`` extra)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True, expand=False)
    for header in ("#", "speaker", "English", "cue", "mode", "said"):
        table.add_column(header, overflow="fold")
    for number, s in enumerate(article.statements, 1):
        speaker = s.speaker
        mode = s.mode.value + (", negated" if s.negated else "")
        # Text() rather than strings: rich would read "[...]" in an article as its markup.
        table.add_row(
            Text(str(number)),
            Text(escape_controls(speaker.name) if speaker else "؟"),
            Text(escape_controls(speaker.name_en or "") if speaker else ""),
            Text(escape_controls(s.cue)),
            Text(mode),
            Text(escape_controls(s.content)),
        )
    console = Console(file=out, width=width, highlight=False, markup=False, emoji=False)
    console.print(table)


def _wants_table(out: TextIO, plain: bool) -> bool:
    if plain or not out.isatty():
        return False
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


# --- commands ------------------------------------------------------------------------------


def _show(args: argparse.Namespace, out: TextIO) -> int:
    article = _article(args.file, args.published)
    if args.json:
        from syria_talks.export import to_json

        out.write(to_json(article, indent=2) + "\n")
        return EXIT_OK
    if not article.statements:
        return _nothing_found(args.file, article)
    if _wants_table(out, args.plain):
        print_table(article, out)
    else:
        print_statements(article, out)
    return EXIT_OK


def _doc_id(path: str) -> str:
    return "stdin" if path == STDIN else path


def _parse(args: argparse.Namespace, out: TextIO) -> int:
    from syria_talks.export import to_json, to_jsonl

    article = _article(args.file, args.published)
    if args.format == "json":
        text = to_json(article, indent=2) + "\n"
    else:
        text = to_jsonl([(_doc_id(args.file), article)])
    out.write(text)
    return EXIT_OK if article.statements else _nothing_found(args.file, article)


def _write(target: str | None, out: TextIO, write: Callable[[TextIO], object]) -> None:
    if target is None or target == STDIN:
        write(out)
        return
    try:
        with open(target, "w", encoding="utf-8", newline="") as handle:
            write(handle)
    except OSError as exc:
        raise _CommandError(f"{target}: cannot write ({exc.strerror})") from None


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from syria_talks import export

    if args.format == "parquet" and (args.output is None or args.output == STDIN):
        raise _CommandError("export --format parquet needs -o OUT.parquet (Parquet is binary)")
    documents: list[tuple[str, Article]] = []
    failed = 0
    for path in args.files:
        try:
            documents.append((_doc_id(path), _article(path, args.published)))
        except SyriaTalksError as exc:
            failed += 1
            sys.stderr.write(f"{PROG}: error: {exc}\n")
    if not documents:
        return EXIT_USAGE
    if args.format == "parquet":
        try:
            export.to_parquet(documents, args.output, what=args.what)
        except OSError as exc:
            raise _CommandError(f"{args.output}: cannot write ({exc})") from None
    else:
        if args.format == "csv":
            text = export.to_csv(documents, what=args.what)
        else:
            text = export.to_jsonl(documents, what=args.what)
        _write(args.output, out, lambda handle: handle.write(text))
    return EXIT_NOTHING_FOUND if failed else EXIT_OK


def _html(args: argparse.Namespace, out: TextIO) -> int:
    from syria_talks.html import render_html

    article = _article(args.file, args.published)
    page = render_html(article, title=args.title)
    _write(args.output, out, lambda handle: handle.write(page))
    return EXIT_OK if article.statements else _nothing_found(args.file, article)


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from syria_talks.evaluate import IdRange, evaluate_files, format_report

    ranges = [IdRange.parse(spec) for spec in args.ids]
    report = evaluate_files(Path(args.gold), Path(args.texts))
    out.write(format_report(report, as_json=args.json, show_errors=args.show_errors, ranges=ranges))
    return EXIT_OK


def _batch(args: argparse.Namespace, out: TextIO) -> int:
    from syria_talks.batch_run import run_batch

    if args.workers < 1:
        raise _CommandError(f"--workers must be 1 or more, got {args.workers}")
    target = Path(args.out)
    errors = Path(args.errors) if args.errors else None
    if errors is not None and errors.resolve() == target.resolve():
        raise _CommandError("--errors must name another file than --out")
    try:
        summary = run_batch(
            args.inputs,
            target,
            errors=errors,
            workers=args.workers,
            resume=args.resume,
            text_field=args.text_field,
            published_field=args.published_from,
            published=args.published,
            progress=_wants_progress(),
        )
    except OSError as exc:
        raise _CommandError(f"{exc.filename}: cannot write ({exc.strerror})") from None
    bugs = f" ({summary.bugs} by a parser bug: please report them)" if summary.bugs else ""
    sys.stderr.write(
        f"{PROG}: batch: {summary.inputs} inputs: {summary.parsed} parsed, "
        f"{summary.failed} failed{bugs}\n"
    )
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def _wants_progress() -> bool:
    if not sys.stderr.isatty():
        return False
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


# --- arguments -----------------------------------------------------------------------------


def _date(value: str) -> datetime.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r}: {exc}") from None


def _add_published(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date, to resolve relative dates (أمس، الخميس الماضي)",
    )


def _add_file(parser: argparse.ArgumentParser, *, optional: bool) -> None:
    if optional:
        parser.add_argument(
            "file",
            nargs="?",
            metavar="FILE",
            help="UTF-8 text file, '-' for standard input (default: the bundled article)",
        )
    else:
        parser.add_argument("file", metavar="FILE", help="UTF-8 text file, '-' for stdin")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``syria-talks`` (documented in docs/cli.md)."""
    from syria_talks import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Who said what in Arabic news: statements with speaker, cue and content.",
        epilog="Exit status: 0 ok; 1 nothing found or some inputs failed; "
        "2 usage error or unreadable input; 3 (batch) some documents failed. "
        "'syria-talks COMMAND --help' for a command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    show = commands.add_parser("show", help="print who said what (the default command)")
    _add_file(show, optional=True)
    _add_published(show)
    show.add_argument("--json", action="store_true", help="print the parsed article as JSON")
    show.add_argument("--plain", action="store_true", help="plain text even on a terminal")
    show.set_defaults(run=_show)

    parse = commands.add_parser("parse", help="print the parse as JSON or JSON Lines")
    _add_file(parse, optional=False)
    _add_published(parse)
    parse.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: the whole article; jsonl: one statement record per line",
    )
    parse.set_defaults(run=_parse)

    export = commands.add_parser(
        "export", help="a table over many files as CSV, JSON Lines or Parquet"
    )
    export.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files, '-' stdin")
    _add_published(export)
    export.add_argument(
        "--what",
        choices=("statements", "actors", "mentions", "locations", "agreements"),
        default="statements",
        help="the table (default: statements); every row has the file as doc_id",
    )
    export.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv")
    export.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    export.set_defaults(run=_export)

    html = commands.add_parser("html", help="write the article as a standalone HTML page")
    _add_file(html, optional=True)
    _add_published(html)
    html.add_argument("--title", help="page title (default: the article's first line)")
    html.add_argument("-o", "--output", metavar="OUT.html", help="output file (default: stdout)")
    html.set_defaults(run=_html)

    evaluate = commands.add_parser("evaluate", help="score the parser against gold annotations")
    evaluate.add_argument("gold", help="gold annotations, JSON Lines (see docs/evaluation.md)")
    evaluate.add_argument("texts", help="folder holding <id>.txt for every gold line")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--show-errors", action="store_true", help="list every miss")
    evaluate.add_argument(
        "--ids",
        action="append",
        default=[],
        metavar="FIRST-LAST",
        help="also score the documents with ids in this range (repeatable), e.g. 001-020",
    )
    evaluate.set_defaults(run=_evaluate)

    batch = commands.add_parser(
        "batch",
        help="parse many documents into JSON Lines, one line per document; resumable",
        epilog="Exit status: 0 every document parsed; 3 some failed (each has an error line); "
        "2 usage error or an output that cannot be written.",
    )
    batch.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a text file (one document), a folder (every *.txt below it) or JSON Lines "
        "(.jsonl / .ndjson, one document per line)",
    )
    batch.add_argument("--out", required=True, metavar="OUT.jsonl", help="parsed documents")
    batch.add_argument(
        "--errors", metavar="ERR.jsonl", help="failed documents (default: standard error)"
    )
    batch.add_argument("--workers", type=int, default=1, metavar="N", help="processes (1)")
    batch.add_argument(
        "--resume", action="store_true", help="keep what a killed run wrote and go on from there"
    )
    batch.add_argument(
        "--text-field", default="text", metavar="FIELD", help="JSON Lines: the text (text)"
    )
    batch.add_argument(
        "--published-from",
        metavar="FIELD",
        help="JSON Lines: the field holding each document's publication date (YYYY-MM-DD)",
    )
    _add_published(batch)
    batch.set_defaults(run=_batch)
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    """``show`` is implied: ``syria-talks FILE`` is ``syria-talks show FILE``."""
    first = argv[0] if argv else None
    if first in _COMMANDS or first in ("-h", "--help", "--version"):
        return argv
    return ["show", *argv]


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); returns the exit status."""
    args_list = _with_default_command(list(sys.argv[1:] if argv is None else argv))
    stream = out if out is not None else sys.stdout
    try:
        args = build_parser().parse_args(args_list)
    except SystemExit as exit_:  # argparse has printed the usage error or the help
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        status: int = args.run(args, stream)
    except SyriaTalksError as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return EXIT_USAGE
    except ImportError as exc:
        if "pip install" not in str(exc):  # not a missing optional extra: a bug, show it
            raise
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return EXIT_USAGE
    return status
