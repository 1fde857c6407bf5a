"""The corpus questions on Parquet, through DuckDB, for corpora that do not fit in memory.

:func:`write_parquet` writes the export tables (:data:`syria_talks.export.TABLES`: statements,
actors, mentions, agreements, locations; the same fixed schema, ``doc_id`` on every row) as one
Parquet file per table in a folder, each table a sub-folder so later batches add parts beside
the first. :class:`Warehouse` opens such a folder and answers :class:`~syria_talks.corpus.Corpus`'
questions in SQL: rows never become Python objects; answers are Arrow tables (``.to_pandas()``
gives a DataFrame). Needs the ``duckdb`` extra, which this module imports (``import
syria_talks`` does not import this module).

Names are resolved as everywhere else (:meth:`syria_talks.model.Article.actor` on the distinct
actors of the corpus, which are few), then matched by id; enum and country filters are
validated and normalised by :mod:`syria_talks.query`'s own functions.
"""

from __future__ import annotations

import datetime
import enum
from os import PathLike
from pathlib import Path
from typing import Any

from syria_talks import query
from syria_talks.errors import QueryError
from syria_talks.export import TABLES, Documents, to_parquet
from syria_talks.model import Actor, ActorKind, AgreementStatus, Article, Stance, StatementMode
from syria_talks.query import ActorRef, Period

try:
    import duckdb
    import pyarrow
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "syria_talks.warehouse needs duckdb and pyarrow: pip install 'syria-talks[duckdb]'"
    ) from exc

__all__ = ["Warehouse", "write_parquet"]

_VOICES = tuple(sorted(kind.value for kind in query._VOICES_OF_A_STATE))


def write_parquet(
    articles: Documents, folder: str | PathLike[str], *, part: str = "part-0"
) -> None:
    """Write every table of ``articles`` to ``folder/<table>/<part>.parquet`` (needs the
    ``arrow`` extra); call again with another ``part`` to add a batch."""
    if isinstance(articles, Article):
        articles = [articles]
    articles = list(articles)  # every table reads them once more
    for table in TABLES:
        target = Path(folder) / table
        target.mkdir(parents=True, exist_ok=True)
        to_parquet(articles, target / f"{part}.parquet", what=table)


class Warehouse:
    """The tables :func:`write_parquet` wrote under ``folder``, as DuckDB views named after
    them (``statements``, ``actors``, ``mentions``, ``agreements``, ``locations``).

    >>> # doctest: +SKIP
    >>> Warehouse("corpus/").statements_where(speaker="Lavrov").num_rows
    """

    def __init__(self, folder: str | PathLike[str]) -> None:
        root = Path(folder)
        if not root.is_dir():
            raise QueryError(f"{root}: no such folder of Parquet tables")
        self.connection: duckdb.DuckDBPyConnection = duckdb.connect()
        self.tables: tuple[str, ...] = tuple(t for t in TABLES if any((root / t).glob("*.parquet")))
        if "statements" not in self.tables:
            raise QueryError(f"{root}: no statements/*.parquet (see write_parquet)")
        for table in self.tables:
            pattern = str(root / table / "*.parquet").replace("'", "''")
            self.connection.execute(
                f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{pattern}')"
            )

    def sql(self, statement: str, parameters: list[Any] | None = None) -> pyarrow.Table:
        """Any SQL over the views, with ``?`` parameters; the answer as an Arrow table."""
        return self.connection.sql(statement, params=parameters or None).to_arrow_table()

    def actors(self) -> tuple[Actor, ...]:
        """The corpus's actors, one per id (the speakers' when there is no actors table)."""
        if "actors" in self.tables:
            rows = self.sql(
                "SELECT id, any_value(name) AS name, any_value(name_en) AS name_en, "
                "any_value(kind) AS kind, any_value(country) AS country "
                "FROM actors GROUP BY id ORDER BY id"
            )
        else:
            rows = self.sql(
                "SELECT speaker_id AS id, any_value(speaker) AS name, "
                "any_value(speaker_en) AS name_en, any_value(speaker_kind) AS kind, "
                "any_value(speaker_country) AS country FROM statements "
                "WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY speaker_id"
            )
        return tuple(
            Actor(
                id=row["id"],
                name=row["name"],
                name_en=row["name_en"],
                kind=ActorKind(row["kind"]),
                country=row["country"],
            )
            for row in rows.to_pylist()
        )

    def actor(self, name: str) -> Actor | None:
        """The actor called ``name``, in any spelling, Arabic or English."""
        return Article(text="", actors=self.actors()).actor(name)

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
        during: Period | None = None,
    ) -> pyarrow.Table:
        """The statement rows matching every filter given, by doc id then text order, or in
        date order with ``during`` (see :meth:`syria_talks.corpus.Corpus.statements_where`;
        ``about`` needs the agreements' spans, which the tables do not hold).

        ``mentioning`` an actor looks for its mentions inside the content (with a mentions
        table); a name that is no actor looks for the phrase as written."""
        if include_officials and speaker is None:
            raise QueryError("include_officials=True needs a speaker (a state) to answer for")
        clauses: list[str] = []
        parameters: list[Any] = []
        for column, value in (
            ("speaker_kind", query._choice(ActorKind, speaker_kind, "speaker_kind")),
            ("speaker_country", query._country(country)),
            ("mode", query._choice(StatementMode, mode, "mode")),
            ("negated", negated),
            ("stance", query._choice(Stance, stance, "stance")),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                parameters.append(value.value if isinstance(value, enum.Enum) else value)
        if speaker is not None:
            clauses.append(self._spoken_by(speaker, include_officials, parameters))
        if mentioning is not None:
            clauses.append(self._mentioning(mentioning, parameters))
        order = "doc_id, index"
        if during is not None:
            start, end = query._period(during)
            clauses.append(
                'CASE WHEN "when" IS NULL THEN published BETWEEN ? AND ? '
                'ELSE "when" <= ? AND coalesce(when_end, "when") >= ? END'
            )
            parameters += [start, end, end, start]
            order = 'coalesce("when", published), doc_id, index'
        where = " AND ".join(clauses) or "TRUE"
        return self.sql(f"SELECT * FROM statements WHERE {where} ORDER BY {order}", parameters)

    def _spoken_by(self, who: ActorRef, include_officials: bool, parameters: list[Any]) -> str:
        """The SQL test that ``who`` said a statement; its values appended to ``parameters``."""
        index = Article(text="", actors=self.actors())
        actor = query._resolve(index, who, "speaker")
        code = query._state_code(who, actor) if include_officials else None
        tests = []
        if actor is not None:
            tests.append("speaker_id = ?")
            parameters.append(actor.id)
        if code is not None:
            voices = ", ".join("?" for _ in _VOICES)
            tests.append(f"(speaker_country = ? AND speaker_kind IN ({voices}))")
            parameters += [code, *_VOICES]
        return f"({' OR '.join(tests) or 'FALSE'})"

    def _mentioning(self, what: ActorRef, parameters: list[Any]) -> str:
        """The SQL test that a statement's content names ``what``."""
        query._check_ref(what, "mentioning")
        actor = what if isinstance(what, Actor) else self.actor(what)
        if actor is not None and "mentions" in self.tables:
            parameters.append(actor.id)
            return (
                "EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = statements.doc_id "
                "AND m.actor_id = ? AND m.start >= statements.start "
                'AND m."end" <= statements."end")'
            )
        parameters.append(what if isinstance(what, str) else what.name)
        return "contains(content, ?)"

    def agreements_where(
        self,
        *,
        status: AgreementStatus | str | None = None,
        party: ActorRef | None = None,
    ) -> pyarrow.Table:
        """The agreement rows matching every filter given, by doc id then agreement id (see
        :meth:`syria_talks.corpus.Corpus.agreements_where`; ``during`` needs the agreements'
        events, which the tables do not hold)."""
        if "agreements" not in self.tables:
            raise QueryError("no agreements/*.parquet table (see write_parquet)")
        clauses: list[str] = []
        parameters: list[Any] = []
        wanted = query._choice(AgreementStatus, status, "status")
        if wanted is not None:
            clauses.append("status = ?")
            parameters.append(wanted.value)
        if party is not None:
            member = query._resolve(Article(text="", actors=self.actors()), party, "party")
            # parties are ids joined by "; " (see export.TABLES)
            if member is None:
                clauses.append("FALSE")
            else:
                clauses.append("list_contains(string_split(parties, '; '), ?)")
                parameters.append(member.id)
        where = " AND ".join(clauses) or "TRUE"
        return self.sql(f"SELECT * FROM agreements WHERE {where} ORDER BY doc_id, id", parameters)

    # --- the names of 0.1, deprecated ----------------------------------------------------------

    def statements_by(self, who: ActorRef, *, include_officials: bool = False) -> pyarrow.Table:
        """Deprecated: ``statements_where(speaker=who, include_officials=...)``."""
        query._deprecated("Warehouse.statements_by(who)", "Warehouse.statements_where(speaker=who)")
        query._check_ref(who, "who")
        return self.statements_where(speaker=who, include_officials=include_officials)

    def statements_between(self, start: datetime.date, end: datetime.date) -> pyarrow.Table:
        """Deprecated: ``statements_where(during=(start, end))``."""
        query._deprecated(
            "Warehouse.statements_between(start, end)",
            "Warehouse.statements_where(during=(start, end))",
        )
        return self.statements_where(during=(start, end))

    def statements_mentioning(self, what: ActorRef) -> pyarrow.Table:
        """Deprecated: ``statements_where(mentioning=what)``."""
        query._deprecated(
            "Warehouse.statements_mentioning(what)", "Warehouse.statements_where(mentioning=what)"
        )
        query._check_ref(what, "what")
        return self.statements_where(mentioning=what)

    def who_spoke_of(self, what: ActorRef) -> pyarrow.Table:
        """Speakers of ``statements_where(mentioning=what)``: ``speaker_id``, ``speaker``,
        ``speaker_en``, ``statements`` (how many), most first."""
        self.connection.register("_found", self.statements_where(mentioning=what))
        try:
            return self.sql(
                "SELECT speaker_id, any_value(speaker) AS speaker, any_value(speaker_en) AS "
                "speaker_en, count(*) AS statements FROM _found WHERE speaker_id IS NOT NULL "
                "GROUP BY speaker_id ORDER BY statements DESC, speaker_id"
            )
        finally:
            self.connection.unregister("_found")

    def monthly_counts(self) -> pyarrow.Table:
        """Statements per speaker and month (``month`` as ``YYYY-MM``, ``speaker_id``,
        ``speaker``, ``speaker_en``, ``statements``), by the statement's resolved day, else its
        article's publication date (see :meth:`syria_talks.corpus.Corpus.monthly_counts`)."""
        return self.sql(
            "SELECT strftime(coalesce(\"when\", published), '%Y-%m') AS month, speaker_id, "
            "any_value(speaker) AS speaker, any_value(speaker_en) AS speaker_en, "
            "count(*) AS statements FROM statements "
            'WHERE coalesce("when", published) IS NOT NULL AND speaker_id IS NOT NULL '
            "GROUP BY month, speaker_id ORDER BY month, speaker_id"
        )
