"""The query family over one article, as tables: each filter alone and combined, every boundary,
the errors' exact words, and the deprecated names (a warning at the caller's line and exactly
the new call's answer).

The article is built by hand (actors, statements, mentions, agreements and times placed on a
text of our own), so each row checks a query, not the parser."""

from __future__ import annotations

import datetime
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import syria_talks
from syria_talks import (
    Actor,
    ActorKind,
    Agreement,
    AgreementEvent,
    AgreementStatus,
    Article,
    Granularity,
    Mention,
    QueryError,
    Span,
    Stance,
    Statement,
    StatementMode,
    TimeRef,
    query,
)

D = datetime.date

LAVROV = Actor(
    id="sergei-lavrov",
    name="سيرغي لافروف",
    kind=ActorKind.PERSON,
    name_en="Sergei Lavrov",
    country="RU",
)
MFA_RU = Actor(
    id="mfa:RU",
    name="وزارة الخارجية الروسية",
    kind=ActorKind.ORGANIZATION,
    name_en="Russian Foreign Ministry",
    country="RU",
)
SPUTNIK = Actor(id="sputnik", name="سبوتنيك", kind=ActorKind.MEDIA, country="RU")
KERRY = Actor(
    id="john-kerry", name="جون كيري", kind=ActorKind.PERSON, name_en="John Kerry", country="US"
)
US = Actor(id="state:US", name="الولايات المتحدة", kind=ActorKind.STATE, country="US")
RUSSIA = Actor(id="state:RU", name="روسيا", kind=ActorKind.STATE, country="RU")
OPPOSITION = Actor(id="hnc", name="الهيئة العليا للمفاوضات", kind=ActorKind.GROUP)

SENTENCES = (
    "قال وزير الخارجية الروسي سيرغي لافروف إن الهدنة في حلب صامدة. ",
    "ونفت وزارة الخارجية الروسية أن تكون طائراتها قصفت إدلب. ",
    "وقالت وكالة سبوتنيك: «الوفد الأمريكي وصل إلى جنيف». ",
    "وحذر جون كيري من انهيار الهدنة في حلب. ",
    "ولم يعلق المتحدث على اتفاق ميونيخ. ",
    "وقالت الولايات المتحدة إن لافروف لم يتصل بها. ",
    "وأضاف كيري أن روسيا تتحمل المسؤولية عن وقف إطلاق النار.",
)
TEXT = "".join(SENTENCES)


def _at(part: str, within: int = 0) -> Span:
    """The span of ``part`` in sentence ``within`` of TEXT."""
    base = sum(len(s) for s in SENTENCES[:within])
    start = base + SENTENCES[within].index(part)
    return Span(start=start, end=start + len(part))


def _time(text: str, within: int, start: D | None, end: D | None = None) -> TimeRef:
    return TimeRef(
        text=text, span=_at(text, within), granularity=Granularity.DAY, start=start, end=end
    )


def _said(
    within: int,
    speaker: Actor | None,
    cue: str,
    content: str,
    *,
    mode: StatementMode = StatementMode.INDIRECT,
    negated: bool = False,
    stance: Stance = Stance.NEUTRAL,
    when: TimeRef | None = None,
) -> Statement:
    return Statement(
        speaker=speaker,
        content=content,
        span=_at(content, within),
        cue=cue,
        cue_span=_at(cue, within),
        mode=mode,
        negated=negated,
        stance=stance,
        when=when,
    )


# The times sit on words of the text only to have a span; their days are what the rows test.
S0 = _said(0, LAVROV, "قال", "الهدنة في حلب صامدة", when=_time("قال", 0, D(2016, 3, 1)))
S1 = _said(
    1,
    MFA_RU,
    "ونفت",
    "تكون طائراتها قصفت إدلب",
    stance=Stance.DENY,
    when=_time("ونفت", 1, D(2016, 3, 5), D(2016, 3, 7)),
)
S2 = _said(2, SPUTNIK, "وقالت", "الوفد الأمريكي وصل إلى جنيف", mode=StatementMode.DIRECT)
S3 = _said(
    3,
    KERRY,
    "وحذر",
    "انهيار الهدنة في حلب",
    mode=StatementMode.MIXED,
    stance=Stance.WARN,
    when=_time("وحذر", 3, D(2016, 3, 10)),
)
S4 = _said(4, None, "يعلق", "اتفاق ميونيخ", negated=True, when=_time("يعلق", 4, None))
S5 = _said(
    5, US, "وقالت", "لافروف لم يتصل بها", when=_time("وقالت", 5, D(2016, 2, 28), D(2016, 2, 29))
)
S6 = _said(
    6,
    KERRY,
    "وأضاف",
    "روسيا تتحمل المسؤولية عن وقف إطلاق النار",
    stance=Stance.ACCUSE,
    when=_time("وأضاف", 6, D(2016, 3, 1)),
)
STATEMENTS = (S0, S1, S2, S3, S4, S5, S6)

MENTIONS = (
    Mention(actor_id=LAVROV.id, span=_at("سيرغي لافروف", 0), text="سيرغي لافروف"),
    Mention(
        actor_id=MFA_RU.id, span=_at("وزارة الخارجية الروسية", 1), text="وزارة الخارجية الروسية"
    ),
    Mention(actor_id=SPUTNIK.id, span=_at("سبوتنيك", 2), text="سبوتنيك"),
    Mention(actor_id=KERRY.id, span=_at("جون كيري", 3), text="جون كيري"),
    Mention(actor_id=US.id, span=_at("الولايات المتحدة", 5), text="الولايات المتحدة"),
    Mention(actor_id=LAVROV.id, span=_at("لافروف", 5), text="لافروف"),
    Mention(actor_id=KERRY.id, span=_at("كيري", 6), text="كيري"),
    Mention(actor_id=RUSSIA.id, span=_at("روسيا", 6), text="روسيا"),
)

TRUCE = Agreement(
    id="cessation-of-hostilities",
    name="الهدنة",
    status=AgreementStatus.COLLAPSED,
    parties=(RUSSIA.id, US.id),
    spans=(_at("الهدنة", 0), _at("الهدنة", 3)),
    events=(
        AgreementEvent(
            status=AgreementStatus.SIGNED, span=_at("قال", 0), when=_time("قال", 0, D(2016, 2, 27))
        ),
        AgreementEvent(
            status=AgreementStatus.COLLAPSED,
            span=_at("انهيار", 3),
            when=_time("انهيار", 3, D(2016, 3, 10), D(2016, 3, 12)),
        ),
    ),
)
MUNICH = Agreement(
    id="munich",
    name="اتفاق ميونيخ",
    status=AgreementStatus.PROPOSED,
    parties=(US.id,),
    spans=(_at("اتفاق ميونيخ", 4),),
    events=(AgreementEvent(status=AgreementStatus.PROPOSED, span=_at("اتفاق ميونيخ", 4)),),
)
# Mentioned only inside the last statement's content, and by its last word.
CEASEFIRE = Agreement(
    id="ceasefire",
    name="وقف إطلاق النار",
    status=AgreementStatus.AT_RISK,
    spans=(_at("وقف إطلاق النار", 6),),
)

ARTICLE = Article(
    text=TEXT,
    statements=STATEMENTS,
    actors=(LAVROV, MFA_RU, SPUTNIK, KERRY, US, RUSSIA, OPPOSITION),
    mentions=MENTIONS,
    agreements=(TRUCE, MUNICH, CEASEFIRE),
)


def test_the_hand_built_article_is_consistent() -> None:
    for s in STATEMENTS:
        assert TEXT[s.span.start : s.span.end] == s.content
    for m in MENTIONS:
        assert TEXT[m.span.start : m.span.end] == m.text


def _where(**filters: object) -> tuple[Statement, ...]:
    return syria_talks.statements_where(ARTICLE, **filters)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, STATEMENTS),
        # speaker: an Actor, any name, a surname, English; nobody is nothing, not everything
        ({"speaker": LAVROV}, (S0,)),
        ({"speaker": "لافروف"}, (S0,)),
        ({"speaker": "Sergei Lavrov"}, (S0,)),
        ({"speaker": "Kerry"}, (S3, S6)),
        ({"speaker": "Angela Merkel"}, ()),
        ({"speaker": OPPOSITION}, ()),
        # a state answers for its officials and bodies, never for its press
        ({"speaker": "Russia"}, ()),
        ({"speaker": "Russia", "include_officials": True}, (S0, S1)),
        ({"speaker": RUSSIA, "include_officials": True}, (S0, S1)),
        ({"speaker": "US", "include_officials": True}, (S3, S5, S6)),
        ({"speaker": "US", "include_officials": False}, (S5,)),
        # a country never seen in the article is still a state by its English name
        ({"speaker": "France", "include_officials": True}, ()),
        # a person never answers for others of their country
        ({"speaker": "Lavrov", "include_officials": True}, (S0,)),
        ({"speaker_kind": "person"}, (S0, S3, S6)),
        ({"speaker_kind": ActorKind.MEDIA}, (S2,)),
        ({"speaker_kind": "GROUP"}, ()),
        ({"country": "RU"}, (S0, S1, S2)),
        ({"country": "us"}, (S3, S5, S6)),
        ({"country": "Russia"}, (S0, S1, S2)),
        ({"mode": "direct"}, (S2,)),
        ({"mode": " Mixed "}, (S3,)),
        ({"mode": StatementMode.INDIRECT}, (S0, S1, S4, S5, S6)),
        ({"negated": True}, (S4,)),
        ({"negated": False}, (S0, S1, S2, S3, S5, S6)),
        ({"stance": "deny"}, (S1,)),
        ({"stance": "WARN"}, (S3,)),
        ({"stance": Stance.NEUTRAL}, (S0, S2, S4, S5)),
        # combined: every filter must hold
        ({"country": "US", "stance": "accuse"}, (S6,)),
        ({"speaker": "Kerry", "mode": "indirect"}, (S6,)),
        ({"speaker": "Kerry", "negated": True}, ()),
        ({"speaker_kind": "person", "country": "RU"}, (S0,)),
        ({"mode": "indirect", "negated": False, "stance": "neutral"}, (S0, S5)),
    ],
)
def test_statements_where_filters(filters: dict[str, object], expected: tuple[Statement]) -> None:
    assert _where(**filters) == expected


@pytest.mark.parametrize(
    ("what", "expected"),
    [
        # an actor: by a mention inside the content, not by its speaking
        (LAVROV, (S5,)),
        ("لافروف", (S5,)),
        ("Russia", (S6,)),
        (KERRY, ()),
        # a phrase: after normalisation, whichever way it is spelt
        ("حلب", (S0, S3)),
        ("وقف اطلاق النار", (S6,)),
        ("الهدنه", (S0, S3)),
        ("جنيف", (S2,)),
        ("باريس", ()),
        # an actor's name is also a phrase: both ways count
        ("الولايات المتحدة", ()),
        ("روسيا", (S6,)),
        # an actor of no article mention, given as an object, is matched by id only
        (OPPOSITION, ()),
    ],
)
def test_statements_mentioning(what: Actor | str, expected: tuple[Statement]) -> None:
    assert _where(mentioning=what) == expected


def test_an_actor_mentioned_outside_every_content_is_not_mentioned() -> None:
    # Sputnik's name precedes its words: speaking is not being spoken of.
    assert _where(mentioning=SPUTNIK) == ()
    assert _where(mentioning="سبوتنيك") == ()


@pytest.mark.parametrize(
    ("about", "expected"),
    [
        (TRUCE, (S0, S3)),
        ("cessation-of-hostilities", (S0, S3)),
        ("الهدنة", (S0, S3)),
        ("الهدنه", (S0, S3)),
        (MUNICH, (S4,)),
        ("اتفاق ميونخ", ()),  # not a spelling variant: another name
        ("وقف اطلاق النار", (S6,)),  # a mention that ends where the content ends
        ("no-such-agreement", ()),
    ],
)
def test_statements_about(about: Agreement | str, expected: tuple[Statement]) -> None:
    assert _where(about=about) == expected


def test_about_is_overlap_not_containment() -> None:
    # A mention that straddles the content's first character still makes it "about".
    straddling = Agreement(
        id="straddling",
        name="x",
        status=AgreementStatus.UNKNOWN,
        spans=(Span(start=S0.span.start - 3, end=S0.span.start + 1),),
    )
    touching = Agreement(
        id="touching",
        name="y",
        status=AgreementStatus.UNKNOWN,
        spans=(Span(start=S0.span.start - 3, end=S0.span.start),),
    )
    assert _where(about=straddling) == (S0,)
    assert _where(about=touching) == ()


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # both ends included, a day either side excluded
        (D(2016, 3, 1), D(2016, 3, 1), (S0, S6)),
        (D(2016, 2, 29), D(2016, 2, 29), (S5,)),
        (D(2016, 3, 2), D(2016, 3, 4), ()),
        # a range of days overlaps a period when any day is shared
        (D(2016, 3, 7), D(2016, 3, 9), (S1,)),
        (D(2016, 3, 4), D(2016, 3, 5), (S1,)),
        (D(2016, 3, 6), D(2016, 3, 6), (S1,)),
        (D(2016, 3, 8), D(2016, 3, 9), ()),
        # a single day's statement with no end: its start is its end
        (D(2016, 3, 10), D(2016, 3, 10), (S3,)),
        (D(2016, 3, 11), D(2016, 3, 31), ()),
        (D(2016, 3, 9), D(2016, 3, 9), ()),
        (D(2016, 1, 1), D(2016, 12, 31), (S0, S1, S3, S5, S6)),
        # an empty period (end before start) holds nothing
        (D(2016, 3, 10), D(2016, 3, 1), ()),
        # datetimes count as their day
        (datetime.datetime(2016, 3, 10, 23, 59), datetime.datetime(2016, 3, 10, 0, 1), (S3,)),
    ],
)
def test_during_is_inclusive_at_both_ends(
    start: D, end: D, expected: tuple[Statement, ...]
) -> None:
    assert _where(during=(start, end)) == expected
    assert _where(during=[start, end]) == expected


def test_filters_combine_with_during() -> None:
    march = (D(2016, 3, 1), D(2016, 3, 31))
    assert _where(speaker="Kerry", during=march) == (S3, S6)
    assert _where(speaker="Kerry", stance="warn", during=march) == (S3,)
    assert _where(about="الهدنة", during=(D(2016, 3, 10), D(2016, 3, 10))) == (S3,)
    assert _where(mentioning="حلب", country="RU", during=march) == (S0,)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, (TRUCE, MUNICH, CEASEFIRE)),
        ({"status": "collapsed"}, (TRUCE,)),
        ({"status": "PROPOSED"}, (MUNICH,)),
        ({"status": AgreementStatus.AT_RISK}, (CEASEFIRE,)),
        ({"status": "signed"}, ()),  # a past step is not the current status
        ({"party": "US"}, (TRUCE, MUNICH)),
        ({"party": RUSSIA}, (TRUCE,)),
        ({"party": "روسيا"}, (TRUCE,)),
        ({"party": "Kerry"}, ()),
        ({"party": "Atlantis"}, ()),
        ({"party": "US", "status": "proposed"}, (MUNICH,)),
        # during: a dated event on those days, both ends included
        ({"during": (D(2016, 2, 27), D(2016, 2, 27))}, (TRUCE,)),
        ({"during": (D(2016, 2, 28), D(2016, 3, 9))}, ()),
        ({"during": (D(2016, 3, 12), D(2016, 3, 20))}, (TRUCE,)),
        ({"during": (D(2016, 3, 13), D(2016, 3, 20))}, ()),
        ({"during": (D(2016, 1, 1), D(2016, 2, 26))}, ()),
        ({"during": (D(2016, 1, 1), D(2016, 12, 31)), "status": "proposed"}, ()),
        ({"during": (D(2016, 1, 1), D(2016, 12, 31)), "party": "US"}, (TRUCE,)),
    ],
)
def test_agreements_where_filters(
    filters: dict[str, object], expected: tuple[Agreement, ...]
) -> None:
    assert syria_talks.agreements_where(ARTICLE, **filters) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, (LAVROV, MFA_RU, SPUTNIK, KERRY, US, RUSSIA, OPPOSITION)),
        ({"country": "RU"}, (LAVROV, MFA_RU, SPUTNIK, RUSSIA)),
        ({"country": "United States"}, (KERRY, US)),
        ({"kind": "state"}, (US, RUSSIA)),
        ({"kind": "Group"}, (OPPOSITION,)),
        ({"kind": ActorKind.PERSON, "country": "us"}, (KERRY,)),
        ({"kind": "media", "country": "US"}, ()),
    ],
)
def test_actors_where_filters(filters: dict[str, object], expected: tuple[Actor, ...]) -> None:
    assert syria_talks.actors_where(ARTICLE, **filters) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("what", "expected"),
    [
        # in order of first statement, each once
        ("حلب", (LAVROV, KERRY)),
        ("الهدنة", (LAVROV, KERRY)),
        ("لافروف", (US,)),
        ("Russia", (KERRY,)),
        ("ميونيخ", ()),  # only the statement with no speaker names it
        ("باريس", ()),
    ],
)
def test_who_spoke_of(what: str, expected: tuple[Actor, ...]) -> None:
    assert syria_talks.who_spoke_of(ARTICLE, what) == expected


def test_who_spoke_of_keeps_the_first_statement_order_and_one_entry_per_speaker() -> None:
    # Kerry speaks of Aleppo (as seen first, with his title), then Lavrov, then Kerry again:
    # Kerry first, once, as first seen.
    titled = attrs.evolve(KERRY, title="وزير الخارجية")
    first = attrs.evolve(S3, speaker=titled)
    article = Article(
        text=TEXT, statements=(first, S0, S6, S3), actors=ARTICLE.actors, mentions=MENTIONS
    )
    assert syria_talks.who_spoke_of(article, "حلب") == (titled, LAVROV)


# --- bad values: a QueryError that says what was wrong ------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: _where(speaker=None, include_officials=True),
            "include_officials=True needs a speaker (a state) to answer for",
        ),
        (
            lambda: _where(speaker=42),
            "speaker must be an Actor or a name (str), got int: 42",
        ),
        (
            lambda: _where(mentioning=3.5),
            "mentioning must be an Actor or a name (str), got float: 3.5",
        ),
        (
            lambda: syria_talks.agreements_where(ARTICLE, party=7),  # type: ignore[arg-type]
            "party must be an Actor or a name (str), got int: 7",
        ),
        (
            lambda: _where(about=12),
            "about must be an Agreement, an id or a name, got 12",
        ),
        (
            lambda: _where(mode="quoted"),
            "mode='quoted' is not valid; expected one of 'direct', 'indirect', 'mixed'",
        ),
        (
            lambda: _where(mode=1),
            "mode=1 is not valid; expected one of 'direct', 'indirect', 'mixed'",
        ),
        (
            lambda: _where(stance=StatementMode.DIRECT),
            "stance=<StatementMode.DIRECT: 'direct'> is not valid; expected one of 'neutral', "
            "'assert', 'deny', 'warn', 'doubt', 'accuse', 'call', 'express'",
        ),
        (
            lambda: _where(speaker_kind="people"),
            "speaker_kind='people' is not valid; expected one of 'person', 'organization', "
            "'state', 'media', 'group'",
        ),
        (
            lambda: syria_talks.actors_where(ARTICLE, kind="nation"),
            "kind='nation' is not valid; expected one of 'person', 'organization', 'state', "
            "'media', 'group'",
        ),
        (
            lambda: syria_talks.agreements_where(ARTICLE, status="dead"),
            "status='dead' is not valid; expected one of 'proposed', 'pledged', 'announced', "
            "'negotiated', 'agreed', 'signed', 'adopted', 'in_force', 'extended', "
            "'implemented', 'violated', 'at_risk', 'collapsed', 'unknown'",
        ),
        (
            lambda: _where(country="Narnia"),
            "country='Narnia' is not a country; expected an ISO 3166 alpha-2 code such as 'SY',"
            " 'RU', 'US' or an English country name such as 'Russia'",
        ),
        (
            lambda: _where(country=7),
            "country=7 is not a country; expected an ISO 3166 alpha-2 code such as 'SY',"
            " 'RU', 'US' or an English country name such as 'Russia'",
        ),
        (
            lambda: _where(during=D(2016, 3, 1)),
            "during must be a (start, end) pair of dates, got datetime.date(2016, 3, 1)",
        ),
        (
            lambda: _where(during=(D(2016, 3, 1),)),
            "during must be a (start, end) pair of dates, got (datetime.date(2016, 3, 1),)",
        ),
        (
            lambda: _where(during=(D(2016, 3, 1), D(2016, 3, 2), D(2016, 3, 3))),
            "during must be a (start, end) pair of dates, got (datetime.date(2016, 3, 1), "
            "datetime.date(2016, 3, 2), datetime.date(2016, 3, 3))",
        ),
        (
            lambda: _where(during=("2016-03-01", D(2016, 3, 2))),
            "start must be a datetime.date, got '2016-03-01'",
        ),
        (
            lambda: syria_talks.agreements_where(ARTICLE, during=(D(2016, 3, 1), None)),  # type: ignore[arg-type]
            "end must be a datetime.date, got None",
        ),
    ],
)
def test_a_bad_value_is_a_query_error_saying_what_was_wrong(
    call: Callable[[], object], message: str
) -> None:
    with pytest.raises(QueryError) as raised:
        call()
    assert str(raised.value) == message


def test_values_are_checked_even_when_nothing_could_match() -> None:
    empty = Article(text="")
    with pytest.raises(QueryError, match="mode="):
        syria_talks.statements_where(empty, mode="shouted")
    with pytest.raises(QueryError, match="status="):
        syria_talks.agreements_where(empty, status="dead")
    with pytest.raises(QueryError, match="kind="):
        syria_talks.actors_where(empty, kind="nation")


# --- the names of 0.1 ----------------------------------------------------------------------------

HERE = Path(__file__).resolve()


def _callers() -> set[Path]:
    """Where a deprecation warning may point: this file, or, under mutmut, the trampoline it
    calls every function of query.py through (a frame outside the package)."""
    trampoline = sys.modules.get("mutmut.mutation.trampoline")
    return {HERE} if trampoline is None else {HERE, Path(str(trampoline.__file__)).resolve()}


OLD_AND_NEW = [
    (
        lambda a: syria_talks.statements_by(a, "Kerry"),
        lambda a: syria_talks.statements_where(a, speaker="Kerry"),
        "statements_by(article, who) is deprecated and goes in the next minor release;"
        " use statements_where(article, speaker=who)",
    ),
    (
        lambda a: syria_talks.statements_by(a, "Russia", include_officials=True),
        lambda a: syria_talks.statements_where(a, speaker="Russia", include_officials=True),
        None,
    ),
    (
        lambda a: syria_talks.statements_by(a, "US"),
        lambda a: syria_talks.statements_where(a, speaker="US"),
        None,
    ),
    (
        lambda a: syria_talks.statements_mentioning(a, "حلب"),
        lambda a: syria_talks.statements_where(a, mentioning="حلب"),
        "statements_mentioning(article, what) is deprecated and goes in the next minor release;"
        " use statements_where(article, mentioning=what)",
    ),
    (
        lambda a: syria_talks.statements_mentioning(a, LAVROV),
        lambda a: syria_talks.statements_where(a, mentioning=LAVROV),
        None,
    ),
    (
        lambda a: syria_talks.statements_about(a, TRUCE),
        lambda a: syria_talks.statements_where(a, about=TRUCE),
        "statements_about(article, agreement) is deprecated and goes in the next minor release;"
        " use statements_where(article, about=agreement)",
    ),
    (
        lambda a: syria_talks.statements_between(a, D(2016, 3, 1), D(2016, 3, 5)),
        lambda a: syria_talks.statements_where(a, during=(D(2016, 3, 1), D(2016, 3, 5))),
        "statements_between(article, start, end) is deprecated and goes in the next minor"
        " release; use statements_where(article, during=(start, end))",
    ),
    (
        lambda a: syria_talks.agreements_with_status(a, "collapsed"),
        lambda a: syria_talks.agreements_where(a, status="collapsed"),
        "agreements_with_status(article, status) is deprecated and goes in the next minor"
        " release; use agreements_where(article, status=status)",
    ),
    (
        lambda a: syria_talks.agreements_between(a, D(2016, 2, 1), D(2016, 2, 29)),
        lambda a: syria_talks.agreements_where(a, during=(D(2016, 2, 1), D(2016, 2, 29))),
        "agreements_between(article, start, end) is deprecated and goes in the next minor"
        " release; use agreements_where(article, during=(start, end))",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), OLD_AND_NEW)
@pytest.mark.parametrize("article", [ARTICLE, syria_talks.load()], ids=["built", "bundled"])
def test_an_old_name_warns_at_the_callers_line_and_answers_as_the_new_one(
    old: Callable[[Article], object],
    new: Callable[[Article], object],
    message: str | None,
    article: Article,
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        expected = new(article)  # the new names never warn
    with pytest.warns(DeprecationWarning, match="is deprecated") as caught:
        answer = old(article)
    assert answer == expected
    assert len(caught) == 1
    assert Path(caught[0].filename).resolve() in _callers()
    if message is not None:
        assert str(caught[0].message) == message


def test_an_old_name_warns_once_per_calling_line_under_the_default_filter() -> None:
    # A loop over many articles with an old name prints one warning, not one per article.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        for _ in range(3):
            syria_talks.statements_by(ARTICLE, "Kerry")
    assert len(caught) == 1


@pytest.mark.skipif(
    "mutmut.mutation.trampoline" in sys.modules,
    reason="under mutmut the caller seen is mutmut's trampoline, not the calling module",
)
def test_a_warnings_filter_on_the_callers_module_applies() -> None:
    namespace = {"__name__": "newsroom.report", "syria_talks": syria_talks, "ARTICLE": ARTICLE}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.filterwarnings("error", category=DeprecationWarning, module=r"newsroom\.report")
        with pytest.raises(DeprecationWarning, match="statements_by"):
            exec("syria_talks.statements_by(ARTICLE, 'Kerry')", namespace)


def test_the_old_names_answered_the_bundled_article_as_before() -> None:
    # Answers of 0.1 on the bundled article, kept as they were.
    article = syria_talks.load()
    with pytest.warns(DeprecationWarning, match="is deprecated"):
        assert [s.cue for s in syria_talks.statements_by(article, "Kirby")] == ["قال", "يكشف"]
    with pytest.warns(DeprecationWarning, match="is deprecated"):
        collapsed = syria_talks.agreements_with_status(article, "collapsed")
    assert [a.name for a in collapsed] == ["وقف الأعمال العدائية"]


def test_the_old_names_keep_their_argument_names_in_errors() -> None:
    with (
        pytest.warns(DeprecationWarning, match="is deprecated"),
        pytest.raises(QueryError, match=r"^who must be"),
    ):
        syria_talks.statements_by(ARTICLE, None)  # type: ignore[arg-type]
    with (
        pytest.warns(DeprecationWarning, match="is deprecated"),
        pytest.raises(QueryError, match=r"^what must be"),
    ):
        syria_talks.statements_mentioning(ARTICLE, None)  # type: ignore[arg-type]
    with (
        pytest.warns(DeprecationWarning, match="is deprecated"),
        pytest.raises(QueryError, match=r"^status must be"),
    ):
        syria_talks.agreements_with_status(ARTICLE, None)  # type: ignore[arg-type]


def test_every_name_of_the_family_is_public() -> None:
    family = {"statements_where", "agreements_where", "actors_where", "who_spoke_of"}
    assert family <= set(syria_talks.__all__)
    assert family <= set(query.__all__)
