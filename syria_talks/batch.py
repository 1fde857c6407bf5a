"""Parse many documents, one outcome per document, in input order; a bad document never stops
the run.

:func:`parse_many` parses in this process or in a pool of worker processes, each loading the
lexicons once; :func:`parse_bag` does the same over a ``dask.bag`` (the ``dask`` extra), for
corpora that outgrow one machine. Every input gives exactly one :class:`Parsed` or one
:class:`Failed` (the document's id, the error's type and its message): inputs = parsed + failed.

A document is refused, with a typed error recorded, when it is empty, binary (holds a NUL
character), not UTF-8 (for bytes read from a file) or longer than
:data:`syria_talks.MAX_INPUT_CHARS` characters (what :func:`syria_talks.parse` accepts);
nothing is ever truncated. An exception that is not a :class:`~syria_talks.SyriaTalksError` is
a parser bug: it is recorded the same way, under its own type name, so that one document cannot
stop a million, and it is worth reporting.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime
import hashlib
import itertools
import multiprocessing
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from syria_talks.errors import InputError, InputTooLargeError, SyriaTalksError
from syria_talks.export import json_text, to_json
from syria_talks.model import Article
from syria_talks.parsing.pipeline import MAX_INPUT_CHARS

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

__all__ = [
    "CHUNK_SIZE",
    "BinaryDocumentError",
    "EmptyDocumentError",
    "Failed",
    "Item",
    "Outcome",
    "Parsed",
    "UndecodableDocumentError",
    "check_text",
    "decode",
    "outcome_line",
    "parse_bag",
    "parse_many",
    "parse_one",
    "run_jobs",
    "run_lines",
    "text_id",
]


CHUNK_SIZE = 32
"""Documents sent to a worker process at a time; a few chunks per worker are in flight, so memory
stays flat however many documents there are."""


class EmptyDocumentError(InputError):
    """The document holds no text (only white space, or nothing)."""


class BinaryDocumentError(InputError):
    """The document holds a NUL character: binary data, not text."""


class UndecodableDocumentError(InputError):
    """The document's bytes are not UTF-8."""


@attrs.frozen(kw_only=True)
class Parsed:
    """A document that parsed: its id and its article."""

    doc_id: str
    article: Article

    @property
    def ok(self) -> bool:
        return True


@attrs.frozen(kw_only=True)
class Failed:
    """A document that did not parse: its id, the error's type name and its message."""

    doc_id: str
    error: str
    message: str

    @property
    def ok(self) -> bool:
        return False


Outcome = Parsed | Failed
"""What each input gives: :class:`Parsed` or :class:`Failed`."""

Item = str | tuple[str, str] | tuple[str, str, datetime.date | str | None]
"""An input of :func:`parse_many`: a text, or ``(doc_id, text)``, or ``(doc_id, text,
published)`` with ``published`` a date, an ISO date string or None (then the call's default)."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_Job = tuple[str, object, object]  # (doc_id, text, published), checked in the worker
T = TypeVar("T")


def text_id(text: str) -> str:
    """The id of a text given without one: the first 12 hex digits of its UTF-8 SHA-256, as
    :mod:`syria_talks.export` names an article given alone (equal texts, equal ids)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def decode(data: bytes) -> str:
    """``data`` as text, or :class:`BinaryDocumentError` / :class:`UndecodableDocumentError`."""
    if b"\x00" in data:
        raise BinaryDocumentError(f"binary data: a NUL byte at byte {data.index(0)}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UndecodableDocumentError(
            f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None


def check_text(text: object) -> str:
    """``text`` if it is a document the batch parses, else the typed error saying why not."""
    if not isinstance(text, str):
        raise InputError(f"a document is a str, got {type(text).__name__}")
    # Checked here too, before a worker gets it, so that no oversized text crosses processes.
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(
            f"the text has {len(text):,} characters; parse() accepts at most {MAX_INPUT_CHARS:,}"
        )
    if "\x00" in text:
        raise BinaryDocumentError(f"binary data: a NUL character at {text.index(chr(0))}")
    undecoded = _SURROGATE.search(text)
    if undecoded is not None:  # bytes that were not UTF-8, decoded with errors="surrogateescape"
        raise UndecodableDocumentError(f"not UTF-8 text (undecodable byte at {undecoded.start()})")
    if not text.strip():
        raise EmptyDocumentError("the document is empty")
    return text


def _date(value: object) -> datetime.date | None:
    if value is None or (
        isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    ):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(f"published must be a date or YYYY-MM-DD, got {value!r}")


def parse_one(doc_id: str, text: object, published: object = None) -> Outcome:
    """Parse one document into its :class:`Parsed` or :class:`Failed` outcome; never raises for
    what the document holds."""
    from syria_talks.parsing.pipeline import parse

    try:
        article = parse(check_text(text), published=_date(published))
    except SyriaTalksError as exc:
        return Failed(doc_id=doc_id, error=type(exc).__name__, message=str(exc))
    except Exception as exc:  # a parser bug: recorded, not hidden (see the module's docs)
        return Failed(doc_id=doc_id, error=type(exc).__name__, message=f"parser bug: {exc!r}")
    return Parsed(doc_id=doc_id, article=article)


def _job(index: int, item: object, published: object) -> _Job | Failed:
    if isinstance(item, str):
        return _checked(text_id(item), item, published)
    if isinstance(item, tuple | list) and len(item) in (2, 3) and isinstance(item[0], str):
        own = item[2] if len(item) == 3 and item[2] is not None else published
        return _checked(item[0], item[1], own)
    return Failed(
        doc_id=f"#{index}",
        error=InputError.__name__,
        message=f"item {index} is not a text nor (doc_id, text[, published]): "
        f"{type(item).__name__}",
    )


def _checked(doc_id: str, text: object, published: object) -> _Job | Failed:
    # Checked before a worker process gets it: a job that reaches a worker is a str and a date,
    # so it always pickles, and a bad value fails its document, not the run.
    try:
        return (doc_id, check_text(text), _date(published))
    except SyriaTalksError as exc:
        return Failed(doc_id=doc_id, error=type(exc).__name__, message=str(exc))


def _run(chunk: list[_Job | Failed]) -> list[Outcome]:
    return [job if isinstance(job, Failed) else parse_one(*job) for job in chunk]


def _warm() -> None:
    # Each worker compiles the lexicons once, before its first document.
    from syria_talks.lexicon import default_lexicon

    default_lexicon()


def _lines(chunk: list[_Job | Failed]) -> list[str]:
    # Rendered in the worker: the parent then only writes strings, and unpickles no article.
    return [outcome_line(outcome) for outcome in _run(chunk)]


def _in_order(
    jobs: Iterable[_Job | Failed],
    work: Callable[[list[_Job | Failed]], list[T]],
    n_process: int,
    chunk_size: int,
) -> Iterator[T]:
    if not isinstance(n_process, int) or n_process < 1:
        raise InputError(f"n_process must be a positive int, got {n_process!r}")
    if n_process == 1:
        for job in jobs:
            yield from work([job])
        return
    iterator = iter(jobs)
    chunks = iter(lambda: list(itertools.islice(iterator, chunk_size)), [])
    # spawn, not fork: a forked child inherits the parent's threads' locks (Dask, progress bars).
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=n_process, mp_context=context, initializer=_warm
    ) as pool:
        pending: collections.deque[concurrent.futures.Future[list[T]]] = collections.deque()
        for chunk in itertools.islice(chunks, 2 * n_process):
            pending.append(pool.submit(work, chunk))
        while pending:
            done = pending.popleft().result()
            for chunk in itertools.islice(chunks, 1):
                pending.append(pool.submit(work, chunk))
            yield from done


def run_jobs(
    jobs: Iterable[_Job | Failed], *, n_process: int = 1, chunk_size: int = CHUNK_SIZE
) -> Iterator[Outcome]:
    """Outcomes of ``jobs`` (``(doc_id, text, published)`` or an already :class:`Failed`), in
    order, parsed in ``n_process`` processes; the engine of :func:`parse_many`."""
    return _in_order(jobs, _run, n_process, chunk_size)


def run_lines(
    jobs: Iterable[_Job | Failed], *, n_process: int = 1, chunk_size: int = CHUNK_SIZE
) -> Iterator[str]:
    """:func:`outcome_line` of each outcome of :func:`run_jobs`, rendered in the workers (the
    engine of ``syria-talks batch``)."""
    return _in_order(jobs, _lines, n_process, chunk_size)


def parse_many(
    items: Iterable[Item],
    *,
    n_process: int = 1,
    published: datetime.date | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[Outcome]:
    """One :class:`Parsed` or :class:`Failed` per item of ``items``, in input order.

    Items are texts (their id is :func:`text_id`) or ``(doc_id, text[, published])`` tuples;
    ``published`` is the date for items that give none. ``n_process`` > 1 parses in that many
    worker processes, ``chunk_size`` documents at a time; the items are read lazily and only a
    few chunks are held at once, so a generator of a million texts runs in flat memory.

    The workers are started with ``spawn`` (safe beside threads, the same on every platform),
    which imports the calling script again in each worker: in a script, call ``parse_many``
    with ``n_process`` > 1 under ``if __name__ == "__main__":``.
    """
    jobs = (_job(index, item, published) for index, item in enumerate(items))
    return run_jobs(jobs, n_process=n_process, chunk_size=chunk_size)


def _record_job(
    record: object, published: object, text_field: str, id_field: str, published_field: str
) -> _Job | Failed:
    if isinstance(record, Mapping):
        text = record.get(text_field)
        doc_id = record.get(id_field)
        if not isinstance(text, str):
            return Failed(
                doc_id=doc_id if isinstance(doc_id, str) else "?",
                error=InputError.__name__,
                message=f"no text field {text_field!r} (fields: {', '.join(map(str, record))})",
            )
        if not isinstance(doc_id, str):
            doc_id = text_id(text)
        return (doc_id, text, record.get(published_field) or published)
    return _job(0, record, published)


def _parse_record(
    record: object, published: object, text_field: str, id_field: str, published_field: str
) -> Outcome:
    job = _record_job(record, published, text_field, id_field, published_field)
    return job if isinstance(job, Failed) else parse_one(*job)


def parse_bag(
    bag: dask.bag.Bag,
    *,
    published: datetime.date | None = None,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
) -> dask.bag.Bag:
    """A ``dask.bag`` of outcomes, one per element of ``bag``, in the same order (needs the
    ``dask`` extra).

    Elements are what :func:`parse_many` takes (texts or tuples) or dicts, as
    ``dask.bag.read_text(...).map(json.loads)`` gives them from JSON Lines: the text under
    ``text_field``, the id under ``id_field`` (else :func:`text_id`) and the publication date
    under ``published_field``. Each worker process loads the lexicons once.
    """
    try:
        import dask.bag  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("parse_bag needs dask: pip install 'syria-talks[dask]'") from exc
    outcomes: dask.bag.Bag = bag.map(  # type: ignore[no-untyped-call]
        _parse_record,
        published=published,
        text_field=text_field,
        id_field=id_field,
        published_field=published_field,
    )
    return outcomes


def outcome_line(outcome: Outcome, source: str | None = None) -> str:
    """One JSON Lines record of ``outcome`` (no newline), as ``syria-talks batch`` writes them:
    ``{"source": ..., "article": ...}`` with the article exactly as
    :func:`~syria_talks.export.to_json` writes it, or
    ``{"source": ..., "error": ..., "message": ...}``; ``source`` defaults to the document's id."""
    tag = json_text(outcome.doc_id if source is None else source)
    if isinstance(outcome, Parsed):
        return f'{{"source": {tag}, "article": {to_json(outcome.article)}}}'
    rest: dict[str, Any] = {"error": outcome.error, "message": outcome.message}
    return f'{{"source": {tag}, {json_text(rest)[1:]}'
