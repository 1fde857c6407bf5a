"""What the statement rules share: the document, the mentions indexed by position, and the
small readings of text every rule needs (fillers, quotation marks, word starts, commas)."""

from __future__ import annotations

import re

import attrs

from syria_talks.lexicon import CueForm
from syria_talks.model import StatementMode
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import Candidate
from syria_talks.text import Token

__all__ = [
    "COMMA",
    "NAME_WORDS",
    "NP_WORDS",
    "OBJECT_REACH",
    "OPENER_REACH",
    "SUBJECT_REACH",
    "TRIM",
    "Cue",
    "Found",
    "StatementContext",
]

TRIM = " \t\n.،,:;؛-–—"
SUBJECT_REACH = 4  # tokens between a cue and its subject: fillers like أيضا، يوم الخميس
OPENER_REACH = 16  # tokens between a cue and its content: subject, channel, time
OBJECT_REACH = 6  # a verb that takes an object looks less far for a complementiser
NAME_WORDS = 4  # a quoted name is short; a quotation is not
NP_WORDS = 6  # the longest unknown subject taken from the text: اتحاد منظمات الرعاية الطبية
COMMA = re.compile("[،,]")


@attrs.frozen(kw_only=True)
class Cue:
    """A verb (or noun) of saying in the text, and the clause it opens."""

    index: int
    token: Token
    form: CueForm
    clause_start: int  # where the clause this cue opens begins (its و, فيما, or comma)
    opens_clause: bool


@attrs.frozen(kw_only=True)
class Found:
    """A statement in view coordinates, before it becomes a model Statement."""

    cue: CueForm
    cue_start: int
    cue_end: int
    start: int
    end: int
    mode: StatementMode
    negated: bool
    speaker: Candidate | None
    source: Candidate | None = None
    channel: tuple[int, int] | None = None


class StatementContext:
    """The state one pass over a document keeps: statements found so far and the speakers
    a dropped subject may refer back to."""

    def __init__(self, doc: Document, mentions: list[Candidate]) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.lex = doc.lexicon
        self.fw = doc.lexicon.function_words
        self.mentions = _outermost(mentions)
        # Nested ones too (منظمة حظر الأسلحة in "رئيس منظمة حظر الأسلحة"): antecedents.
        self.every_mention = sorted(mentions, key=lambda m: m.start)
        self._every_start = [m.start for m in self.every_mention]
        self._mention_starts = [m.phrase_start for m in self.mentions]
        self.by_phrase_start = {m.phrase_start: m for m in self.mentions}
        for m in self.mentions:  # "وأعرب ولي العهد الأمير محمد": the chain of titles leads
            if m.lead_start is not None:
                current = self.by_phrase_start.get(m.lead_start)
                if current is None or current.source == "title":
                    self.by_phrase_start[m.lead_start] = m
        self.by_start = {m.start: m for m in self.mentions}
        self.by_end = {m.end: m for m in self.mentions}
        self.history: list[tuple[int, Candidate]] = []
        self.found: list[Found] = []

    def _cue_form(self, word: str) -> CueForm | None:
        return self.lex.cue_surfaces.get(word)

    def _skip_fillers(self, i: int, limit: int) -> int:
        steps = 0
        while i < len(self.tokens) and steps < limit:
            word = self.tokens[i].text
            if word in self.fw.fillers or word in {"قد", "ايضا"}:
                i += 1
            elif (
                word == "من"
                and i + 1 < len(self.tokens)
                and self.tokens[i + 1].text in self.fw.fillers
            ):
                i += 2
            else:
                break
            steps += 1
        return i

    def _quote_in_gap(self, start: int, end: int) -> int | None:
        for position in range(start, min(end, len(self.text))):
            char = self.text[position]
            if char == '"':
                return position if self.doc.quote_opening_at(position) else None
            if not (char.isspace() or char in ":،,"):
                return None
        return None

    def _word_start(self, position: int) -> int:
        """Where the word holding ``position`` begins: "بحسب" for a match on its "حسب"."""
        i = self.doc.token_containing(position)
        return position if i is None else self.tokens[i].start

    def _after_comma(self, start: int, position: int) -> bool:
        return COMMA.search(self.text, max(start, position - 3), position) is not None

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in TRIM:
            start += 1
        while end > start and self.text[end - 1] in TRIM:
            end -= 1
        return start, end


def _outermost(mentions: list[Candidate]) -> list[Candidate]:
    """Drop mentions nested in another's phrase: الكرملين in المتحدث باسم الكرملين is no subject."""
    result: list[Candidate] = []
    reach = -1
    for m in sorted(mentions, key=lambda c: (c.phrase_start, -c.end)):
        if m.end <= reach:
            continue
        result.append(m)
        reach = max(reach, m.end)
    return result
