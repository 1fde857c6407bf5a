"""Many parsed articles, each with its doc id and date, and the questions of
:mod:`syria_talks.query` asked of all of them at once.

An actor is the same lexicon identity (the same ``Actor.id``) in every article, so a name is
resolved once for the corpus and then matched by id everywhere: "Lavrov" in one article and
"لافروف" in another are one speaker. Every filter is :mod:`syria_talks.query`'s own, applied
article by article, so a corpus answers exactly as its articles would one at a time.

A corpus is built in memory (:meth:`Corpus.from_articles`, :meth:`Corpus.from_outcomes`) or read
from the JSON Lines that ``syria-talks batch`` writes (:meth:`Corpus.from_jsonl`), which holds
the parse: nothing is parsed again. For corpora that do not fit in memory, the same questions
run on Parquet through DuckDB: :mod:`syria_talks.warehouse`.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from syria_talks import query
from syria_talks.errors import QueryError, SerializationError
from syria_talks.export import Documents, documents, from_dict
from syria_talks.model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementStatus,
    Article,
    Stance,
    Statement,
    StatementMode,
    TimelineEntry,
)
from syria_talks.query import ActorRef, Period

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from syria_talks.batch import Outcome

__all__ = ["Corpus", "CorpusEntry", "CorpusStatement", "Document"]


@attrs.frozen(kw_only=True)
class Document:
    """One article of a corpus and its id."""

    doc_id: str
    article: Article


def _day(statement: Statement, published: datetime.date | None) -> datetime.date | None:
    when = statement.when
    return when.start if when is not None and when.start is not None else published


def _dated_within(statement: Statement, published: datetime.date | None, period: Period) -> bool:
    """Whether a statement falls in ``period``: by its resolved time, else its article's date."""
    when = statement.when
    if when is not None and when.start is not None:
        return query._within(when, period)
    return published is not None and period[0] <= published <= period[1]


@attrs.frozen(kw_only=True)
class CorpusStatement:
    """A statement found in a corpus, with the id and publication date of its article."""

    doc_id: str
    statement: Statement
    published: datetime.date | None = None

    @property
    def date(self) -> datetime.date | None:
        """The statement's resolved day, else its article's publication date."""
        return _day(self.statement, self.published)


@attrs.frozen(kw_only=True)
class CorpusEntry:
    """An entry of the corpus timeline: an article's timeline entry and the article's id."""

    doc_id: str
    entry: TimelineEntry
    date: datetime.date | None


def _documents(values: Iterable[Document]) -> tuple[Document, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Corpus:
    """Articles with their doc ids; the questions of :mod:`syria_talks.query` over all of them.

    Results come in corpus order (article by article, then in text order), except the timeline
    and the date-range query, which are in date order.
    """

    documents: tuple[Document, ...] = attrs.field(converter=_documents)

    @classmethod
    def from_articles(cls, articles: Documents) -> Corpus:
        """A corpus of articles, alone or as ``(doc_id, article)`` pairs (see
        :data:`syria_talks.export.Documents`)."""
        return cls(documents=(Document(doc_id=d, article=a) for d, a in documents(articles)))

    @classmethod
    def from_outcomes(cls, outcomes: Iterable[Outcome]) -> Corpus:
        """A corpus of the documents :func:`syria_talks.batch.parse_many` (or a Dask bag's
        ``compute()``) parsed; failures are left out (they have no article)."""
        from syria_talks.batch import Parsed

        return cls(
            documents=(
                Document(doc_id=o.doc_id, article=o.article)
                for o in outcomes
                if isinstance(o, Parsed)
            )
        )

    @classmethod
    def from_jsonl(cls, path: str | PathLike[str]) -> Corpus:
        """The corpus ``syria-talks batch --out PATH`` wrote: one ``{"source", "article"}``
        line per document, read back without parsing any text again."""
        return cls(documents=_read_jsonl(Path(path)))

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def article(self, doc_id: str) -> Article | None:
        """The article with id ``doc_id``, or None."""
        return next((d.article for d in self.documents if d.doc_id == doc_id), None)

    # --- actors ------------------------------------------------------------------------------

    def actors(self) -> tuple[Actor, ...]:
        """Every actor of the corpus once (as first seen), by id."""
        seen: dict[str, Actor] = {}
        for document in self.documents:
            for actor in document.article.actors:
                seen.setdefault(actor.id, actor)
        return tuple(seen.values())

    def actor(self, name: str) -> Actor | None:
        """The actor called ``name`` in the first article that knows it (see
        :meth:`~syria_talks.model.Article.actor`); the same identity in every article."""
        for document in self.documents:
            found = document.article.actor(name)
            if found is not None:
                return found
        return None

    def _ref(self, who: ActorRef, argument: str) -> ActorRef:
        query._check_ref(who, argument)
        if isinstance(who, Actor):
            return who
        return self.actor(who) or who

    def _each(
        self, select: Callable[[Article], Iterable[Statement]]
    ) -> tuple[CorpusStatement, ...]:
        return tuple(
            CorpusStatement(doc_id=d.doc_id, statement=s, published=d.article.published)
            for d in self.documents
            for s in select(d.article)
        )

    # --- the query family ------------------------------------------------------------------

    def statements_where(
        self,
        *,
        speaker: ActorRef | None = None,
        include_officials: bool = False,
        speaker_kind: ActorKind | str | None = None,
        country: str | None = None,
        mode: StatementMode | str | None = None,
        negated: bool | None = None,
        stance: Stance | str | None = None,
        mentioning: ActorRef | None = None,
        about: Agreement | str | None = None,
        during: Period | None = None,
    ) -> tuple[CorpusStatement, ...]:
        """The statements of every article matching every filter given, in corpus order (see
        :func:`syria_talks.query.statements_where` for the filters).

        Names are resolved once for the corpus, so one identity answers in every article.
        ``about`` is an Agreement, its id or its name, asked of every article that mentions
        it. With ``during`` a statement with no resolved time counts on its article's
        publication date (:attr:`CorpusStatement.date`), and the answer is in date order.
        """
        if include_officials and speaker is None:
            raise QueryError("include_officials=True needs a speaker (a state) to answer for")
        # Checked once up front, so a bad value is an error even in an empty corpus.
        filters: dict[str, Any] = {
            "speaker": None if speaker is None else self._ref(speaker, "speaker"),
            "include_officials": include_officials,
            "speaker_kind": query._choice(ActorKind, speaker_kind, "speaker_kind"),
            "country": query._country(country),
            "mode": query._choice(StatementMode, mode, "mode"),
            "negated": negated,
            "stance": query._choice(Stance, stance, "stance"),
            "mentioning": None if mentioning is None else self._ref(mentioning, "mentioning"),
        }
        period = None if during is None else query._period(during)
        deal = None if about is None else self._agreement_id(about)
        if about is not None and deal is None:
            return ()

        def select(article: Article) -> Iterator[Statement]:
            here = (
                None
                if deal is None
                else next((a for a in article.agreements if a.id == deal), None)
            )
            if deal is not None and here is None:
                return  # the agreement is not mentioned in this article
            for s in query.statements_where(article, about=here, **filters):
                if period is None or _dated_within(s, article.published, period):
                    yield s

        found = self._each(select)
        if period is None:
            return found
        return tuple(sorted(found, key=lambda f: f.date or datetime.date.min))

    def agreements_where(
        self,
        *,
        status: AgreementStatus | str | None = None,
        party: ActorRef | None = None,
        during: Period | None = None,
    ) -> tuple[tuple[str, Agreement], ...]:
        """``(doc_id, agreement)`` for every agreement of every article matching every filter
        given, as it stands in that article (see :func:`syria_talks.query.agreements_where`)."""
        filters: dict[str, Any] = {
            "status": query._choice(AgreementStatus, status, "status"),
            "party": None if party is None else self._ref(party, "party"),
            "during": None if during is None else query._period(during),
        }
        return tuple(
            (d.doc_id, a)
            for d in self.documents
            for a in query.agreements_where(d.article, **filters)
        )

    def actors_where(
        self, *, country: str | None = None, kind: ActorKind | str | None = None
    ) -> tuple[Actor, ...]:
        """The corpus's actors (each once, as first seen) from ``country`` and/or of ``kind``
        (see :func:`syria_talks.query.actors_where`)."""
        return query.actors_where(
            Article(text="", actors=self.actors()), country=country, kind=kind
        )

    def who_spoke_of(self, what: ActorRef) -> tuple[Actor, ...]:
        """The speakers of ``statements_where(mentioning=what)``, each once, in corpus order."""
        speakers: dict[str, Actor] = {}
        for found in self.statements_where(mentioning=what):
            speaker = found.statement.speaker
            if speaker is not None:
                speakers.setdefault(speaker.id, speaker)
        return tuple(speakers.values())

    def _agreement_id(self, agreement: Agreement | str) -> str | None:
        if isinstance(agreement, Agreement):
            return agreement.id
        if not isinstance(agreement, str):
            raise QueryError(f"about must be an Agreement, an id or a name, got {agreement!r}")
        for document in self.documents:
            found = query._agreement(document.article, agreement)
            if found is not None:
                return found.id
        return None

    # --- the names of 0.1, deprecated ----------------------------------------------------------

    def statements_by(
        self, who: ActorRef, *, include_officials: bool = False
    ) -> tuple[CorpusStatement, ...]:
        """Deprecated: ``statements_where(speaker=who, include_officials=...)``."""
        query._deprecated("Corpus.statements_by(who)", "Corpus.statements_where(speaker=who)")
        query._check_ref(who, "who")
        return self.statements_where(speaker=who, include_officials=include_officials)

    def statements_mentioning(self, what: ActorRef) -> tuple[CorpusStatement, ...]:
        """Deprecated: ``statements_where(mentioning=what)``."""
        query._deprecated(
            "Corpus.statements_mentioning(what)", "Corpus.statements_where(mentioning=what)"
        )
        query._check_ref(what, "what")
        return self.statements_where(mentioning=what)

    def statements_between(
        self, start: datetime.date, end: datetime.date
    ) -> tuple[CorpusStatement, ...]:
        """Deprecated: ``statements_where(during=(start, end))``."""
        query._deprecated(
            "Corpus.statements_between(start, end)",
            "Corpus.statements_where(during=(start, end))",
        )
        return self.statements_where(during=(start, end))

    def statements_about(self, agreement: Agreement | str) -> tuple[CorpusStatement, ...]:
        """Deprecated: ``statements_where(about=agreement)``."""
        query._deprecated(
            "Corpus.statements_about(agreement)", "Corpus.statements_where(about=agreement)"
        )
        return self.statements_where(about=agreement)

    def agreements_with_status(
        self, status: AgreementStatus | str
    ) -> tuple[tuple[str, Agreement], ...]:
        """Deprecated: ``agreements_where(status=status)``."""
        query._deprecated(
            "Corpus.agreements_with_status(status)", "Corpus.agreements_where(status=status)"
        )
        if status is None:
            raise QueryError("status must be given")
        return self.agreements_where(status=status)

    # --- time ----------------------------------------------------------------------------------

    def timeline(self) -> tuple[CorpusEntry, ...]:
        """Every article's timeline in one, in date order: an entry's resolved date, else its
        article's publication date; entries with neither come last, in corpus order."""
        entries = []
        for document in self.documents:
            published = document.article.published
            for entry in document.article.timeline():
                when = entry.when
                date = when.start if when is not None and when.start is not None else published
                entries.append(CorpusEntry(doc_id=document.doc_id, entry=entry, date=date))
        return tuple(sorted(entries, key=lambda e: (e.date is None, e.date or datetime.date.min)))

    def monthly_counts(self) -> pandas.DataFrame:
        """Statements per speaker and month as a DataFrame (needs the ``pandas`` extra): columns
        ``month`` (``YYYY-MM``), ``speaker_id``, ``speaker``, ``speaker_en``, ``statements``,
        sorted by month then speaker id. A statement's month is that of its resolved day, else
        of its article's publication date; statements with neither, or with no known speaker,
        are not counted."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "monthly_counts needs pandas: pip install 'syria-talks[pandas]'"
            ) from exc
        counts: Counter[tuple[str, str]] = Counter()
        speakers: dict[str, Actor] = {}
        for document in self.documents:
            for s in document.article.statements:
                day = _day(s, document.article.published)
                if s.speaker is None or day is None:
                    continue
                speakers.setdefault(s.speaker.id, s.speaker)
                counts[(f"{day.year:04d}-{day.month:02d}", s.speaker.id)] += 1
        rows = [
            {
                "month": month,
                "speaker_id": actor_id,
                "speaker": speakers[actor_id].name,
                "speaker_en": speakers[actor_id].name_en,
                "statements": number,
            }
            for (month, actor_id), number in sorted(counts.items())
        ]
        columns = ["month", "speaker_id", "speaker", "speaker_en", "statements"]
        frame = pd.DataFrame.from_records(rows, columns=columns)
        return frame.astype(
            {
                "month": "string",
                "speaker_id": "string",
                "speaker": "string",
                "speaker_en": "string",
                "statements": "Int64",
            }
        )


def _read_jsonl(path: Path) -> Iterator[Document]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise SerializationError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                source, article = record["source"], record["article"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise SerializationError(
                    f"{path}:{number}: not a batch output line"
                    f' ({{"source": ..., "article": ...}}): {exc!r}'
                ) from None
            if not isinstance(source, str) or not isinstance(article, dict):
                raise SerializationError(f"{path}:{number}: not a batch output line")
            yield Document(doc_id=source, article=from_dict(article))
