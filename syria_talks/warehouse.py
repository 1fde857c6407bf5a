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
from os import PathLike
from pathlib import Path
from typing import Any

from syria_talks import query
from syria_talks.errors import QueryError
from syria_talks.export import TABLES, Documents, to_parquet
from syria_talks.model import Actor, ActorKind, Article, Stance, StatementMode
from syria_talks.query import ActorRef

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
    >>> Warehouse("corpus/").statements_by("Lavrov").num_rows
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

    def _statements(self, where: str, parameters: list[Any]) -> pyarrow.Table:
        return self.sql(
            f"SELECT * FROM statements WHERE {where} ORDER BY doc_id, index", parameters
        )

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

    def statements_by(self, who: ActorRef, *, include_officials: bool = False) -> pyarrow.Table:
        """The statement rows of ``who`` (see :func:`syria_talks.query.statements_by`)."""
        query._check_ref(who, "who")
        index = Article(text="", actors=self.actors())
        actor = query._resolve(index, who)
        code = query._state_code(index, who, actor) if include_officials else None
        clauses, parameters = [], []
        if actor is not None:
            clauses.append("speaker_id = ?")
            parameters.append(actor.id)
        if code is not None:
            clauses.append(
                f"(speaker_country = ? AND speaker_kind IN ({', '.join('?' for _ in _VOICES)}))"
            )
            parameters += [code, *_VOICES]
        return self._statements(" OR ".join(clauses) or "FALSE", parameters)

    def statements_where(
        self,
        *,
        mode: StatementMode | str | None = None,
        negated: bool | None = None,
        stance: Stance | str | None = None,
        speaker_kind: ActorKind | str | None = None,
        country: str | None = None,
    ) -> pyarrow.Table:
        """The statement rows matching every filter given (see
        :func:`syria_talks.query.statements_where`)."""
        filters: dict[str, Any] = {
            "mode": query._choice(StatementMode, mode, "mode"),
            "negated": negated,
            "stance": query._choice(Stance, stance, "stance"),
            "speaker_kind": query._choice(ActorKind, speaker_kind, "speaker_kind"),
            "speaker_country": query._country(country),
        }
        given = {
            k: (v.value if hasattr(v, "value") else v) for k, v in filters.items() if v is not None
        }
        where = " AND ".join(f"{column} = ?" for column in given) or "TRUE"
        return self._statements(where, list(given.values()))

    def statements_between(self, start: datetime.date, end: datetime.date) -> pyarrow.Table:
        """The statement rows whose resolved time overlaps ``start`` .. ``end`` (inclusive) or,
        with no resolved time, whose article was published then; in date order (see
        :meth:`syria_talks.corpus.Corpus.statements_between`)."""
        start, end = query._dates(start, end)
        return self.sql(
            'SELECT * FROM statements WHERE CASE WHEN "when" IS NULL THEN published BETWEEN ? '
            'AND ? ELSE "when" <= ? AND coalesce(when_end, "when") >= ? END '
            'ORDER BY coalesce("when", published), doc_id, index',
            [start, end, end, start],
        )

    def statements_mentioning(self, what: ActorRef) -> pyarrow.Table:
        """The statement rows whose content holds a mention of actor ``what`` (with a mentions
        table) or, for a name that is no actor, the phrase as written."""
        query._check_ref(what, "what")
        actor = what if isinstance(what, Actor) else self.actor(what)
        if actor is not None and "mentions" in self.tables:
            return self.sql(
                "SELECT s.* FROM statements s WHERE EXISTS (SELECT 1 FROM mentions m "
                "WHERE m.doc_id = s.doc_id AND m.actor_id = ? AND m.start >= s.start "
                'AND m."end" <= s."end") ORDER BY s.doc_id, s.index',
                [actor.id],
            )
        phrase = what if isinstance(what, str) else what.name
        return self._statements("contains(content, ?)", [phrase])

    def who_spoke_of(self, what: ActorRef) -> pyarrow.Table:
        """Speakers of :meth:`statements_mentioning` ``what``: ``speaker_id``, ``speaker``,
        ``speaker_en``, ``statements`` (how many), most first."""
        self.connection.register("_found", self.statements_mentioning(what))
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
