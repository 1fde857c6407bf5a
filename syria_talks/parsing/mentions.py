"""Stage 1: actor mentions — lexicon names, institutions, titled names, unnamed sources, states.

Every candidate records the view span of the words that name it and, separately, where its whole
noun phrase starts (a title in front of a name), so later stages can test adjacency to a verb.
"""

from __future__ import annotations

import enum
import functools
import operator
import re
from bisect import bisect_left, bisect_right
from typing import Any, TypeVar

import attrs

from syria_talks.lexicon import Lexicon, Title, arabic_country_names, english_country_names
from syria_talks.model import ActorKind, Gender, slot_setters
from syria_talks.parsing.claims import Claims
from syria_talks.parsing.document import Document
from syria_talks.phrases import PhraseMatch, PhraseMatcher
from syria_talks.text import QuotePair, fold

T = TypeVar("T")

__all__ = ["Candidate", "CandidateSource", "KeyScheme", "find_mentions", "title_head"]

_NAME_WORDS = 4  # محمد مصطفى أبو عادل
_LATIN_NAME = re.compile(r"[A-Z][a-zA-Z'-]+")
_BODY_WORDS = 5  # في وزارة الخارجية والمغتربين السورية
_DESCRIPTION_WORDS = 4  # شركة النفط الفرنسية العملاقة "إنجي"
_QUOTED_NAME = 40  # characters: a name in quotation marks is short
# The ranks of a title complement's matchers (_MentionPasses.where_matchers); a place is last.
_NATIONALITY_RANK, _STATE_RANK = 0, 1


class CandidateSource(enum.Enum):
    """The reading of the text that found a candidate."""

    LEXICON = "lexicon"  # a name the actor lexicon knows
    STATE = "state"  # a country or its capital standing for its government
    INSTITUTION = "institution"  # وزارة الخارجية الروسية: a lexicon body in a country
    TITLE = "title"  # a title alone (الوزير), resolved to a named person later
    TITLED_NAME = "titled-name"  # a title and a name no lexicon knows
    ANONYMOUS = "anonymous"  # an unnamed source and its description
    MEDIA = "media"  # a newspaper, agency or channel named in quotation marks
    QUOTED_BODY = "quoted-body"  # any other body named in quotation marks
    COORDINATION = "coordination"  # speakers joined by و
    NOUN_PHRASE = "noun-phrase"  # a subject no lexicon knows, taken from the text


class KeyScheme(enum.Enum):
    """How the id of an actor no lexicon knows is made: a scheme and the folded words, e.g.
    ``np:اتحاد منظمات الاغاثه``. Lexicon actors keep their lexicon id."""

    STATE = "state"  # state:RU
    TITLE = "title"
    PERSON = "person"
    UNNAMED = "anon"
    NOUN_PHRASE = "np"
    GROUP = "group"  # group:KEY+KEY
    ORGANIZATION = "organization"
    MEDIA = "media"

    def key(self, value: str) -> str:
        # _value_ is the member's plain attribute; .value goes through enum's Python property.
        return f"{self._value_}:{value}"


@attrs.frozen(kw_only=True)
class Candidate:
    """A stretch of text that names (or describes) an actor."""

    start: int
    end: int
    phrase_start: int
    key: str
    name: str
    kind: ActorKind
    source: CandidateSource
    gender: Gender | None = None
    country: str | None = None
    name_en: str | None = None
    title: str | None = None
    title_in_text: bool = False
    place: bool = False
    names: tuple[tuple[str, str], ...] = ()
    # Where a chain of titles before the name starts: "ولي العهد" in "ولي العهد الأمير محمد".
    lead_start: int | None = None
    # Where an apposition after the name ends: "توماس بوسرت مستشار البيت الأبيض".
    apposition_end: int | None = None


# The setters of Candidate's slots (member descriptors), in field order. A candidate is made
# some 45 times a parse: attrs' frozen __init__ sets each of the 16 fields with
# object.__setattr__, which looks the slot up by name; calling its setter directly skips that
# (1.0 µs a candidate instead of 1.7). The class stays frozen and slotted; the property test
# (tests/test_candidate_makers.py) compares these with Candidate(...) and attrs.evolve.
_SLOT_SETTERS = slot_setters(Candidate)
_SETTER_BY_NAME = dict(zip(attrs.fields_dict(Candidate), _SLOT_SETTERS, strict=True))
(
    _SET_START,
    _SET_END,
    _SET_PHRASE_START,
    _SET_KEY,
    _SET_NAME,
    _SET_KIND,
    _SET_SOURCE,
    _SET_GENDER,
    _SET_COUNTRY,
    _SET_NAME_EN,
    _SET_TITLE,
    _SET_TITLE_IN_TEXT,
    _SET_PLACE,
    _SET_NAMES,
    _SET_LEAD_START,
    _SET_APPOSITION_END,
) = _SLOT_SETTERS
_fields_of = operator.attrgetter(*attrs.fields_dict(Candidate))
_new_candidate = object.__new__


def _candidate(
    *,
    start: int,
    end: int,
    phrase_start: int,
    key: str,
    name: str,
    kind: ActorKind,
    source: CandidateSource,
    gender: Gender | None = None,
    country: str | None = None,
    name_en: str | None = None,
    title: str | None = None,
    title_in_text: bool = False,
    place: bool = False,
    names: tuple[tuple[str, str], ...] = (),
    lead_start: int | None = None,
    apposition_end: int | None = None,
) -> Candidate:
    """``Candidate(...)`` through the slots' setters (see _SLOT_SETTERS)."""
    cand: Candidate = _new_candidate(Candidate)
    _SET_START(cand, start)
    _SET_END(cand, end)
    _SET_PHRASE_START(cand, phrase_start)
    _SET_KEY(cand, key)
    _SET_NAME(cand, name)
    _SET_KIND(cand, kind)
    _SET_SOURCE(cand, source)
    _SET_GENDER(cand, gender)
    _SET_COUNTRY(cand, country)
    _SET_NAME_EN(cand, name_en)
    _SET_TITLE(cand, title)
    _SET_TITLE_IN_TEXT(cand, title_in_text)
    _SET_PLACE(cand, place)
    _SET_NAMES(cand, names)
    _SET_LEAD_START(cand, lead_start)
    _SET_APPOSITION_END(cand, apposition_end)
    return cand


def _evolved(cand: Candidate, **changes: Any) -> Candidate:
    """``attrs.evolve(cand, **changes)`` through the slots' setters: a copy, then the changes."""
    copy: Candidate = _new_candidate(Candidate)
    for set_slot, value in zip(_SLOT_SETTERS, _fields_of(cand), strict=True):
        set_slot(copy, value)
    for field, value in changes.items():
        _SETTER_BY_NAME[field](copy, value)
    return copy


# Members the passes compare with or build candidates from in their loops, as module constants:
# reading a member off its enum class goes through the enum metaclass (about 0.1 µs a read).
_PERSON = ActorKind.PERSON
_STATE = ActorKind.STATE
_STATE_SOURCE = CandidateSource.STATE
_LEXICON_SOURCE = CandidateSource.LEXICON


def state_candidate(code: str, start: int, end: int, gender: Gender) -> Candidate:
    """A state standing for its government: a country name or its capital used as a speaker."""
    key, name, name_en = _state_names(code)
    return _candidate(
        start=start,
        end=end,
        phrase_start=start,
        key=key,
        name=name,
        kind=_STATE,
        source=_STATE_SOURCE,
        gender=gender,
        country=code,
        name_en=name_en,
        place=True,
    )


@functools.cache
def _state_names(code: str) -> tuple[str, str, str | None]:
    """A state's key and names, looked up once per code (an article names its states again
    and again)."""
    return (
        KeyScheme.STATE.key(code),
        arabic_country_names().get(code, code),
        english_country_names().get(code),
    )


def _title_alone(
    start: int, end: int, title: Title, title_text: str, country: str | None
) -> Candidate:
    """A title with no name after it (الوزير، المتحدث باسم الكرملين): resolved to a named
    person of the same office later, by the identities stage."""
    return _candidate(
        start=start,
        end=end,
        phrase_start=start,
        key=KeyScheme.TITLE.key(fold(title_text)),
        name=title_text,
        kind=_kind_of_title(title.gender),
        source=CandidateSource.TITLE,
        gender=title.gender,
        country=country,
        title=title_text,
        title_in_text=True,
    )


def title_head(lexicon: Lexicon, title: str) -> str:
    """The office a title names, comparable across wordings: المتحدثة باسم → متحدث."""
    words = fold(title).split()
    if not words:
        return ""
    shape = lexicon.word_shape
    head = shape.without_article(words[0])
    if head in lexicon.function_words.deputies and len(words) > 1:  # "deputy X": its own office
        head = f"{head} {shape.without_article(words[1])}"
    # The feminine of an office is the same office: المتحدثة → المتحدث.
    return shape.without_ta_marbuta(head)


class _MentionPasses:
    """The passes that find actor mentions, in order, and the text they have claimed."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lex: Lexicon = doc.lexicon
        self.text = doc.text
        self.fw = doc.lexicon.function_words
        self.shape = doc.lexicon.word_shape
        self.stop_words = doc.lexicon.mention_stop_words
        self.claims = Claims(len(doc.text))
        self.person_starts = Claims(len(doc.text))  # where a person's name begins
        self.found: dict[int, Candidate] = {}  # by start of the naming words
        self.start_by_end: dict[int, int] = {}
        # The token columns, read directly: the passes look tokens up in their inner loops,
        # where a Document method call and a Token object per look-up were most of the cost.
        self.words = doc.tokens.words
        self.starts = doc.tokens.starts
        self.ends = doc.tokens.ends
        self.count = len(self.words)
        # A token whose word starts no phrase of the lexicon's matchers is passed over by one
        # look-up instead of a regex per matcher; the starting words are lower-case, so in a
        # text with capitals every token goes to the regexes.
        self.scanner = doc.lexicon.scanner
        self.starting = self.scanner.starting_words
        self.capitals = doc.capitals
        # What a title's complement may name, ranked as _where_at reads it.
        self.where_matchers: tuple[PhraseMatcher[Any], ...] = (
            self.lex.nationality_matcher,  # _NATIONALITY_RANK
            self.lex.country_matcher,  # _STATE_RANK
            self.lex.place_matcher,
        )
        self.where_ranks = self.scanner.ranks(self.where_matchers)

    def _phrase_at(self, matcher: PhraseMatcher[T], i: int) -> PhraseMatch[T] | None:
        """``matcher.match_at`` at the start of token ``i``: without a regex in a text without
        capitals, where the scanner's tables tell the same."""
        if self.capitals:
            return matcher.match_at(self.text, self.starts[i])
        return self.scanner.match_at_token(matcher, self.text, self.words[i], self.starts[i])

    def _before(self, position: int) -> int:
        """Index of the last token ending at or before ``position`` (-1 when none)."""
        return bisect_right(self.ends, position) - 1

    # -- bookkeeping -------------------------------------------------------------------
    def _add(self, cand: Candidate) -> None:
        self.claims.take(cand.phrase_start, cand.end)
        self.found[cand.start] = cand
        self.start_by_end[cand.end] = cand.start
        if cand.kind is _PERSON:
            self.person_starts.take(cand.start, cand.start + 1)

    def _widen(
        self, cand: Candidate, phrase_start: int, lead: int | None = None, **changes: Any
    ) -> None:
        """A title or media noun in front of a name belongs to the name's phrase. Of two
        titles before one name ("ولي العهد الأمير"), the nearer makes the phrase and the first
        is where the chain leads from."""
        lead = min(cand.phrase_start, cand.lead_start or cand.phrase_start, lead or phrase_start)
        self.found[cand.start] = _evolved(
            cand,
            phrase_start=phrase_start,
            lead_start=lead if lead < phrase_start else None,
            **changes,
        )
        self.claims.take(phrase_start, cand.start)

    # -- word classes ------------------------------------------------------------------
    def _stop_word(self, word: str) -> bool:
        return word in self.stop_words or word.isdigit()

    def _name_word(self, i: int, first: bool) -> bool:
        """Token ``i`` may be a word of a person's name (the first word when ``first``)."""
        word, start = self.words[i], self.starts[i]
        if self._stop_word(word) or len(word) < 2:
            return False
        if word in self.fw.impersonal_subjects or word in self.fw.determiners:
            return False  # "نفى الناطق معلومات مفادها": a report, not a name
        if (self.capitals or word in self.starting) and (
            self._phrase_at(self.lex.nationality_matcher, i) is not None
            or self._phrase_at(self.lex.title_matcher, i) is not None
            or self._phrase_at(self.lex.country_matcher, i) is not None
        ):
            return False
        if first:
            # An abstract noun in -ية (أهمية، مسؤولية) or a plural in -ات (جهات، قوات) is no
            # given name.
            written = self.doc.original_text(start, start + len(word))
            return not (self.shape.is_feminine_form(written) or self.shape.is_definite(word))
        # Inside a name the article is part of it (بشار الأسد), but not one after a proclitic.
        return self.shape.has_article(word) or not self.shape.is_definite(word)

    # -- passes ------------------------------------------------------------------------
    def lexicon_actors(self) -> None:
        for m in self.doc.matches(self.lex.actor_matcher):
            entry = self.lex.actors[m.value]
            self._add(
                _candidate(
                    start=m.start,
                    end=m.end,
                    phrase_start=m.start,
                    key=entry.id,
                    name=entry.name,
                    kind=entry.kind,
                    source=_LEXICON_SOURCE,
                    gender=entry.gender,
                    country=entry.country,
                    name_en=entry.name_en,
                    title=entry.title,
                    names=entry.names,
                )
            )

    def institutions(self) -> None:
        for m in self.doc.matches(self.lex.institution_matcher):
            nationality = self._nationality_after(m.end)
            if nationality is None:
                continue
            code, adj_end = nationality
            if not self.claims.free(m.start, adj_end):
                continue
            inst = m.value
            adjective = self.doc.original_text(*self._word_span_at(adj_end))
            english = english_country_names().get(code, code)
            self._add(
                _candidate(
                    start=m.start,
                    end=adj_end,
                    phrase_start=m.start,
                    key=f"{inst.key}:{code}",
                    name=f"{inst.name} {adjective}",
                    kind=inst.kind,
                    source=CandidateSource.INSTITUTION,
                    gender=inst.gender,
                    country=code,
                    name_en=f"{inst.name_en} of {english}",
                )
            )

    def _word_span_at(self, end: int) -> tuple[int, int]:
        i = self._before(end)
        return self.starts[i], self.ends[i]

    def _nationality_after(self, position: int) -> tuple[str, int] | None:
        i = bisect_left(self.starts, position)
        if i >= self.count or self.text[position : self.starts[i]].strip():
            return None
        m = self._phrase_at(self.lex.nationality_matcher, i)
        if m is None:
            return None
        return m.value.country, m.end

    def titled(self) -> None:
        # "ولي ولي العهد وزير الدفاع الأمير محمد": titles in a row lead to one name.
        leads: dict[int, int] = {}
        for m in self.doc.matches(self.lex.title_matcher):
            # A title may contain an organisation (مبعوث الأمم المتحدة), never a person.
            if not self.person_starts.free(m.start, m.end):
                continue
            title = m.value
            complement_end, country = self._complement(m.end)
            if not title.relational and self._named_before(m.start, title, complement_end):
                continue
            name_start = self._skip_apposition_comma(complement_end)
            named = self.found.get(name_start)
            if named is None and self._title_at(name_start):
                leads[name_start] = leads.get(m.start, m.start)
            title_text = self.doc.original_text(m.start, complement_end)
            if named is not None:
                self._widen(
                    named,
                    m.start,
                    lead=leads.get(m.start),
                    title=named.title if title.relational else title_text,
                    title_in_text=named.title_in_text or not title.relational,
                )
                continue
            person = self._unknown_titled(m.start, name_start, title, title_text, country)
            if person is not None:
                self._add(person)
            elif not (
                title.relational or self._apposition_of_person(m.start, title_text, complement_end)
            ):
                self._add(_title_alone(m.start, complement_end, title, title_text, country))

    def _title_at(self, position: int) -> bool:
        """A title starts at ``position``: only where a token starts, since every title begins
        with a word."""
        i = bisect_left(self.starts, position)
        return (
            i < self.count
            and self.starts[i] == position
            and self._phrase_at(self.lex.title_matcher, i) is not None
        )

    def _unknown_titled(
        self, title_start: int, name_start: int, title: Title, title_text: str, country: str | None
    ) -> Candidate | None:
        """A person no lexicon knows, named after a title: "المبعوث الأممي فلان الفلاني"."""
        # A plural title (وزراء خارجية ...) names a group, never one person after it.
        if title.gender in (Gender.PLURAL, Gender.DUAL):
            return None
        name_end = self._unknown_name(name_start)
        if name_end is None:
            return None
        return self._titled_person(
            name_start,
            name_end,
            title.gender,
            phrase_start=title_start,
            country=country,
            title=None if title.relational else title_text,
            title_in_text=not title.relational,
        )

    def _apposition_of_person(self, title_start: int, title_text: str, end: int) -> bool:
        """ "جبران باسيل، رئيس التيار الوطني الحر، ...": a title set off by a comma after a
        person's name describes that person, and names no one else."""
        i = self._before(title_start)
        if i < 0:
            return False
        start = self.start_by_end.get(self.ends[i])
        person = None if start is None else self.found.get(start)
        gap = self.text[self.ends[i] : title_start]
        if person is None or person.kind is not _PERSON or gap.strip() not in "،,":
            return False
        if not gap.strip():
            return False
        self.found[person.start] = _evolved(
            person,
            title=person.title or title_text,
            title_in_text=True,
            apposition_end=max(end, person.apposition_end or 0),
        )
        self.claims.take(title_start, end)
        return True

    def _named_before(self, title_start: int, title: Title, complement_end: int) -> bool:
        """ "وقال توماس بوسرت، مستشار البيت الأبيض": a person no lexicon knows, named right
        after a verb of saying and described by the title that follows the name."""
        i = self._before(title_start)
        # Most titles have no verb of saying two to four words before them, which the full
        # rule (_named_after_verb) needs: one set look-up passes over them before any word is
        # read as a name.
        if self.lex.verb_cue_surfaces.isdisjoint(
            self.words[max(i - _NAME_WORDS, 0) : max(i - 1, 0)]
        ):
            return False
        return self._named_after_verb(i, title_start, title, complement_end)

    def _named_after_verb(
        self, i: int, title_start: int, title: Title, complement_end: int
    ) -> bool:
        """:meth:`_named_before` read word by word back from token ``i``, the last before the
        title."""
        starts, text = self.starts, self.text
        names: list[int] = []  # token indices, from the last word of the name back
        end = title_start
        while i >= 0 and len(names) < _NAME_WORDS:
            gap = text[self.ends[i] : end]
            if gap.strip(" ،,") or (names and gap.strip()):
                break  # only the comma between the name and its title
            if self.found.get(starts[i]) is not None or not self._name_word(i, False):
                break
            names.append(i)
            end = starts[i]
            i -= 1
        if len(names) < 2 or i < 0 or text[self.ends[i] : end].strip():
            return False
        if not self._name_word(names[-1], first=True):
            return False  # "وأعلن الجيش تأسيس لواء": a name does not start with the article
        if self.words[i] not in self.lex.verb_cue_surfaces:
            return False
        self._add(
            self._titled_person(
                starts[names[-1]],
                self.ends[names[0]],
                title.gender,
                title=self.doc.original_text(title_start, complement_end),
                title_in_text=True,
                apposition_end=complement_end,
            )
        )
        self.claims.take(title_start, complement_end)
        return True

    def _titled_person(
        self, start: int, end: int, gender: Gender, phrase_start: int | None = None, **title: Any
    ) -> Candidate:
        """A person no lexicon knows, named beside a title (``title``: what the title tells of
        them, given here so that the candidate is made once)."""
        name = self.doc.original_text(start, end)
        return _candidate(
            start=start,
            end=end,
            phrase_start=start if phrase_start is None else phrase_start,
            key=KeyScheme.PERSON.key(fold(name)),
            name=name,
            kind=_PERSON,
            source=CandidateSource.TITLED_NAME,
            gender=gender,
            **title,
        )

    def _complement(self, position: int) -> tuple[int, str | None]:
        """Consume what qualifies a title (الروسي، باسم الكرملين، إلى سوريا) up to the name."""
        words, starts = self.words, self.starts
        end, country = position, None
        # After "إلى"/"لدى"/"في" the title names where its holder serves, not where they are
        # from: المبعوث الأممي إلى اليمن is no Yemeni, سفير روسيا لدى الأمم المتحدة is Russian.
        abroad = False
        i = bisect_left(starts, position)
        steps = 0
        while i < self.count and steps < 8:
            start = starts[i]
            if self.text[end:start].strip():
                break
            known = self.found.get(start)
            if known is not None and known.kind is _PERSON:
                break
            where = self._where_at(i, known)
            if where is not None:
                end, of_country = where
                country = country or (None if abroad else of_country)
                i = bisect_left(starts, end)
                steps += 1
                continue
            word = words[i]
            connector = word in self.fw.title_connectors  # المتحدث باسم، المبعوث إلى
            abroad = abroad or word in self.fw.destination_prepositions
            definite = self._continues_definite(word)
            if word in self.fw.org_heads and i + 1 < self.count:
                # An institution noun governs the next word: مفوضية حقوق، مجلس منبج.
                end = self.ends[i + 1]
                i += 2
                steps += 2
                continue
            if not steps and not definite and self._governs_named(i):
                # وزير خارجية تركيا، رئيس وزراء العراق: an office in a construct with a state.
                end = start + len(word)
                i += 1
                steps += 1
                continue
            if connector or definite:
                if connector and not self._continues_complement(i + 1):
                    break
                end = start + len(word)
                i += 1
                steps += 1
                continue
            break
        return end, country

    def _continues_definite(self, word: str) -> bool:
        """ "الخارجية", "للأمم": a word that goes on with a title's definite phrase."""
        return self.shape.continues_definite_phrase(word) and not self._stop_word(word)

    def _where_at(self, i: int, known: Candidate | None) -> tuple[int, str | None] | None:
        """A nationality, state, place or body (``known``, the candidate found at the token) at
        token ``i`` in a title's complement (الروسي، روسيا، دمشق، الأمم المتحدة): where it ends
        and the country it names."""
        found = self._first_phrase_at(i)
        if found is not None:
            rank, match = found
            if rank == _NATIONALITY_RANK:
                return match.end, match.value.country
            if rank == _STATE_RANK:
                return match.end, match.value.code
            return match.end, self.lex.places[match.value].country
        if known is not None and known.kind is not _PERSON:
            return known.end, known.country
        return None

    def _first_phrase_at(self, i: int) -> tuple[int, PhraseMatch[Any]] | None:
        """The first of the complement's matchers that matches at token ``i``, by its rank."""
        if not self.capitals:
            return self.scanner.first_match_at_token(
                self.where_ranks, self.text, self.words[i], self.starts[i]
            )
        for rank, matcher in enumerate(self.where_matchers):
            match = matcher.match_at(self.text, self.starts[i])
            if match is not None:
                return rank, match
        return None

    def _continues_complement(self, i: int) -> bool:
        if i >= self.count:
            return False
        word, start = self.words[i], self.starts[i]
        # "المبعوث إلى سوريا": after a destination only a state, place or body continues the
        # title; "تطرق الرئيس إلى التهديدات" is the verb's preposition.
        destination = self.words[i - 1] in self.fw.toward_prepositions
        return (
            (self.shape.has_article(word) and not destination)
            or word in self.fw.org_heads
            or self._phrase_at(self.lex.country_matcher, i) is not None
            or self._phrase_at(self.lex.place_matcher, i) is not None
            or self.found.get(start) is not None
        )

    def _governs_named(self, i: int) -> bool:
        """Token ``i`` is a noun whose complement is a state, place or body, not a person."""
        if i + 1 >= self.count or self.text[self.ends[i] : self.starts[i + 1]].strip():
            return False
        if self._stop_word(self.words[i]):
            return False
        after = self.starts[i + 1]
        named = self.found.get(after)
        return (
            (named is not None and named.kind is not _PERSON)
            or self._phrase_at(self.lex.country_matcher, i + 1) is not None
            or self._phrase_at(self.lex.place_matcher, i + 1) is not None
        )

    def _skip_apposition_comma(self, position: int) -> int:
        """Where the name after a title starts: past an apposition comma, or inside the
        quotation marks some papers put around a name (المتحدث باسم الأمم المتحدة "فرحان حق")."""
        i = bisect_left(self.starts, position)
        if i >= self.count:
            return position
        start = self.starts[i]
        gap = self.text[position:start].strip()
        if gap in {"", "،", ","}:
            return start
        # Only the mark itself: after a colon the quotation is what was said, not a name.
        quote = self.doc.quote_opening_at(start - 1) if gap == '"' else None
        if quote is not None and len(self.text[quote.open : quote.close].split()) <= _NAME_WORDS:
            return start
        return position

    def _unknown_name(self, position: int) -> int | None:
        starts = self.starts
        i = bisect_left(starts, position)
        if i >= self.count or starts[i] != position:
            return None
        end = None
        words = 0
        latin = False
        for j in range(i, min(i + _NAME_WORDS, self.count)):
            start, token_end = starts[j], self.ends[j]
            if j > i and self.text[self.ends[j - 1] : start].strip():
                break
            if _LATIN_NAME.fullmatch(self.doc.original_text(start, token_end)):
                end = token_end
                words += 1
                latin = True
                continue
            if not self._name_word(j, first=j == i):
                break
            if self.found.get(start) or self.found.get(start + 1):
                break  # "لحزب الله": a proclitic on a known name starts no new one
            end = token_end
            words += 1
        # One Arabic word after a title is more often a noun ("المبعوث الخاص عزمه") than a name.
        if words < 2 and end is not None and not latin:
            return None
        return end

    def anonymous(self) -> None:
        for m in self.doc.matches(self.lex.anonymous_matcher):
            if not self.claims.free(m.start, m.end):
                continue
            # "مسؤولة الشؤون الخارجية ... فيديريكا موغيريني": a described office, then a name.
            complement_end, _ = self._complement(m.end)
            named = self.found.get(self._skip_apposition_comma(complement_end))
            if named is not None and named.kind is _PERSON:
                title_text = self.doc.original_text(m.start, complement_end)
                self._widen(named, m.start, title=title_text, title_in_text=True)
                continue
            end, country = self._description_after(
                m.end, self.shape.has_article(self.text[m.start : m.end])
            )
            description = self.doc.original_text(m.start, end)
            self._add(
                _candidate(
                    start=m.start,
                    end=end,
                    phrase_start=m.start,
                    key=KeyScheme.UNNAMED.key(fold(description)),
                    name=description,
                    kind=m.value.kind,
                    source=CandidateSource.ANONYMOUS,
                    gender=m.value.gender,
                    country=country,
                )
            )

    def _description_after(self, end: int, definite: bool) -> tuple[int, str | None]:
        """Where an unnamed source's description ends, and the country it names.

        The description is the source's adjectives in any order (مسؤول كردي كبير، مصدر رسمي
        أردني) and the body it belongs to (مسؤول في وزارة الخارجية الأميركية، مسؤول بالمعارضة،
        مصدر مقرب من الحكومة): two sources described differently are two actors.
        """
        words, starts = self.words, self.starts
        country: str | None = None
        i = bisect_left(starts, end)
        # مصادر الرئاسة التركية: an indefinite head governs the definite noun after it;
        # a definite one (النشطاء الوضع) cannot, so that noun is the verb's object.
        construct = None
        if not definite and self._adjacent_definite(end):
            construct = self._named_body(end, 0)
        if construct is not None:
            end, country = construct
            i = bisect_left(starts, end)
        while i < self.count and not self.text[end : starts[i]].strip():
            word = words[i]
            nationality = self._phrase_at(self.lex.nationality_matcher, i)
            if nationality is not None:
                country = country or nationality.value.country
                end = nationality.end
            elif word in self.lex.anonymous_modifiers or self._nisba(word):
                end = starts[i] + len(word)
            else:
                break
            i = bisect_left(starts, end)
        affiliation = self._affiliation_after(end)
        if affiliation is not None:
            end, body_country = affiliation
            country = country or body_country
        return end, country

    def _adjacent_definite(self, position: int) -> bool:
        i = bisect_left(self.starts, position)
        if i >= self.count or self.text[position : self.starts[i]].strip():
            return False
        word = self.words[i]
        return self.shape.has_article(word) and not self._stop_word(word)

    def _nisba(self, word: str) -> bool:
        """An indefinite relational adjective (سياسي، ميدانيون، حكومية): it qualifies a source."""
        return (
            len(word) > 3
            and self.shape.is_nisba(word)
            and not self.shape.has_article(word)
            and not self._stop_word(word)
            and self.lex.actor_matcher.match_at(word, 0) is None
        )

    def _affiliation_after(self, end: int) -> tuple[int, str | None] | None:
        """في وزارة الخارجية، بالمعارضة، من داخل الغوطة: the body a source belongs to.

        The phrase after the preposition must name something (a definite word, a known body,
        state or place), and a channel (في بيان) or a time (في وقت سابق) is not a body.
        """
        words, starts = self.words, self.starts
        i = bisect_left(starts, end)
        if i >= self.count or self.text[end : starts[i]].strip():
            return None
        word = words[i]
        if word in self.fw.affiliation_prepositions:
            i += 1
            if i < self.count and words[i] in self.fw.affiliation_prepositions:
                i += 1  # من داخل
            if i >= self.count or self.text[self.ends[i - 1] : starts[i]].strip():
                return None
            first, offset = starts[i], 0
        elif self.shape.article_after("ب", word):
            first, offset = starts[i], 1
        else:
            return None
        return self._named_body(first, offset)

    def _named_body(self, start: int, offset: int) -> tuple[int, str | None] | None:
        lex, text, starts = self.lex, self.text, self.starts
        if self.fw.channels.match_at(text, start + offset) or self._time_word(start):
            return None
        end, country, named = start, None, False
        i = bisect_left(starts, start)
        for _ in range(_BODY_WORDS):
            if i >= self.count or text[end : starts[i]].strip():
                break
            word, token_start = self.words[i], starts[i]
            token_end = token_start + len(word)
            at = token_start + (offset if token_start == start else 0)
            known = self.found.get(at)
            place = lex.place_matcher.match_at(text, at)
            nationality = lex.nationality_matcher.match_at(text, at)
            state = lex.country_matcher.match_at(text, at)  # states are found after sources
            if known is not None and known.kind is not _PERSON:
                end, country = known.end, country or known.country
            elif state is not None:
                end, country = state.end, country or state.value.code
            elif place is not None:
                end, country = place.end, country or lex.places[place.value].country
            elif nationality is not None:
                end, country = nationality.end, country or nationality.value.country
            elif self._time_word(token_start) or self._stop_word(word):
                break
            elif self.shape.has_article(text[at:token_end]):
                end = token_end
            elif not named and self._construct_head(i):
                end = token_end  # وزارة الخارجية، إقليم كردستان: a noun governing the next
                i += 1
                continue
            else:
                break
            named = True
            i = bisect_left(starts, end)
        return (end, country) if named else None

    def _construct_head(self, i: int) -> bool:
        if i + 1 >= self.count or self.text[self.ends[i] : self.starts[i + 1]].strip():
            return False
        after = self.starts[i + 1]
        return not self._stop_word(self.words[i]) and (
            self.shape.has_article(self.words[i + 1])
            or self.found.get(after) is not None
            or self._phrase_at(self.lex.place_matcher, i + 1) is not None
            or self._phrase_at(self.lex.country_matcher, i + 1) is not None
        )

    def _time_word(self, position: int) -> bool:
        i = bisect_left(self.starts, position)
        return i < self.count and self.words[i] in self.fw.fillers

    def states(self) -> None:
        for c in self.doc.matches(self.lex.country_matcher):
            if self.claims.free(c.start, c.end):
                self._add(state_candidate(c.value.code, c.start, c.end, c.value.gender))
        for p in self.doc.matches(self.lex.place_matcher):
            entry = self.lex.places[p.value]
            if entry.capital_of and self.claims.free(p.start, p.end):
                self._add(state_candidate(entry.capital_of, p.start, p.end, Gender.FEMININE))

    def media(self) -> None:
        """A newspaper or agency named after its head noun: صحيفة "الوطن"، وكالة أنباء فارس."""
        for m in self.doc.matches(self.fw.media_heads):
            if not self.claims.free(m.start, m.end):
                continue
            following = self.found.get(self._after_quote_mark(m.end))
            if following is not None and following.kind is ActorKind.MEDIA:
                self._widen(following, m.start)
                continue
            quote = self.doc.quote_opening_at(self._next_char(m.end))
            if quote is not None and quote.close - quote.open < _QUOTED_NAME:
                self._add(self._quoted_name(quote, m.start, ActorKind.MEDIA, Gender.FEMININE))

    def quoted_bodies(self) -> None:
        """A body named in quotation marks after its head noun and description: مجموعة
        "توتال"، شركة النفط الفرنسية العملاقة "إنجي"، حركة "أحرار الشام"."""
        # The head nouns are found by the lexicon's scan of the words (Lexicon.body_heads).
        for i in [bisect_left(self.starts, m.start) for m in self.doc.matches(self.lex.body_heads)]:
            start, end = self.starts[i], self.ends[i]
            # Most heads have no quotation after them: one must open before the word that
            # follows the longest description, which a bisection tells before reading it.
            after = i + 1 + _DESCRIPTION_WORDS
            limit = self.starts[after] if after < self.count else len(self.text)
            if not self.claims.free(start, end) or not self.doc.opens_quote_within(end, limit):
                continue
            quote = self.doc.quote_opening_at(self._next_char(self._description_end(end)))
            if (
                quote is None
                or quote.close - quote.open >= _QUOTED_NAME
                or not self.claims.free(quote.open, quote.close)
            ):
                continue
            written = self.doc.original_text(start, end)
            feminine = self.shape.ends_in_ta_marbuta(written)
            gender = Gender.FEMININE if feminine else Gender.MASCULINE
            body = self._quoted_name(quote, start, ActorKind.ORGANIZATION, gender)
            self._add(_evolved(body, apposition_end=self._description_end(quote.close + 1)))

    def _quoted_name(
        self, quote: QuotePair, head_start: int, kind: ActorKind, gender: Gender
    ) -> Candidate:
        """The actor a short quotation after its head noun names: صحيفة "الوطن"."""
        name = self.doc.original_text(quote.open + 1, quote.close)
        return _candidate(
            start=quote.open + 1,
            end=quote.close,
            phrase_start=head_start,
            key=KeyScheme(kind.value).key(fold(name)),
            name=name,
            kind=kind,
            source=CandidateSource.MEDIA
            if kind is ActorKind.MEDIA
            else CandidateSource.QUOTED_BODY,
            gender=gender,
        )

    def _description_end(self, position: int) -> int:
        """Where the adjectives after a name end: مجموعة "توتال" الفرنسية."""
        end = position
        first = bisect_left(self.starts, position)
        for i in range(first, min(first + _DESCRIPTION_WORDS, self.count)):
            if self.text[end : self.starts[i]].strip() or not self._describes(i):
                break
            end = self.ends[i]
        return end

    def _describes(self, i: int) -> bool:
        """Token ``i`` is a word of a body's description: النفط، الفرنسية، العملاقة."""
        word = self.words[i]
        return (self.shape.has_article(word) and not self._stop_word(word)) or self._phrase_at(
            self.lex.nationality_matcher, i
        ) is not None

    def _next_char(self, position: int) -> int:
        while position < len(self.text) and self.text[position] == " ":
            position += 1
        return position

    def _after_quote_mark(self, position: int) -> int:
        position = self._next_char(position)
        if position < len(self.text) and self.text[position] == '"':
            position += 1
        return position


def _kind_of_title(gender: Gender) -> ActorKind:
    """وزراء خارجية روسيا وإيران وتركيا names a group; وزير الخارجية a person."""
    return ActorKind.GROUP if gender in (Gender.PLURAL, Gender.DUAL) else _PERSON


def find_mentions(doc: Document) -> list[Candidate]:
    """All actor candidates in text order; each stretch of text names at most one actor."""
    finder = _MentionPasses(doc)
    finder.lexicon_actors()
    finder.media()
    finder.quoted_bodies()
    finder.titled()
    finder.institutions()
    finder.anonymous()
    finder.states()
    # Keyed by start, so sorting the keys orders the candidates (ints compare in C).
    found = finder.found
    return [found[start] for start in sorted(found)]
