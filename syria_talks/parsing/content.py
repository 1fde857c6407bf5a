"""Where what was said begins and ends, and whether it was quoted.

Content runs from the complementiser, colon, quotation mark or the verb's object to the end of
its clause: the sentence end, the next speech clause, an attribution ("، بحسب ...") or the
reporter's own circumstance ("، دون أن ..."). Wholly quoted content is direct; content with
quoted parts is mixed.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from syria_talks.model import ActorKind, StatementMode
from syria_talks.parsing.context import (
    COMMA,
    NAME_WORDS,
    OBJECT_REACH,
    OPENER_REACH,
    SUBJECT_REACH,
    TRIM,
    Cue,
)
from syria_talks.parsing.cues import CueRules
from syria_talks.text import Token

__all__ = ["ContentRules", "Opening"]


_OBJECT_WORDS = 6  # a quoted object ("جهات دولية ومحلية") is short; a quotation is not


class Opening(NamedTuple):
    """Where content starts, and whether the mark that starts it is unambiguous."""

    position: int
    strong: bool


class ContentRules(CueRules):
    def _content_start(self, cue: Cue, after: int, limit: int) -> int | None:
        """Where the reported content begins: after a complementiser, at a quote or colon,
        after the verb's preposition, or (نفى، أكد ...) at its object."""
        if not cue.form.takes_object:
            found = self._opener(cue, after, limit, OPENER_REACH)
            return found.position if found else None
        near = self._opener(cue, after, limit, OBJECT_REACH)
        if near is not None and near.strong:
            return near.position
        # "وأعلن المبعوث عزمه "دعوة ..."", "أعلن تنحيه عن منصبه": the object comes first and
        # a quotation or preposition after it belongs to it.
        obj = self._direct_object(after, limit) or self._object_after_channel(after, limit)
        if obj is not None:
            return obj
        found = near or self._opener(cue, after, limit, OPENER_REACH)
        return found.position if found else None

    def _object_after_channel(self, after: int, limit: int) -> int | None:
        """ "وأكدت الرياض في بيان لوزارة الخارجية رفضها ...": after the channel phrase, the
        first noun whose pronoun suffix points back at the subject is the object."""
        i = self._skip_fillers(self.doc.token_index(after), SUBJECT_REACH)
        if i + 1 >= len(self.tokens) or self.tokens[i].text not in self.fw.prepositions:
            return None
        if self.fw.channels.match_at(self.text, self.tokens[i + 1].start) is None:
            return None
        for k in range(i + 2, min(i + 2 + _OBJECT_WORDS, len(self.tokens))):
            token = self.tokens[k]
            if token.start >= limit or self.text[self.tokens[k - 1].end : token.start].strip():
                return None
            if token.text in self.fw.prepositional_pronouns:
                continue  # "في بيان لها": the channel's own pronoun
            if self.doc.has_pronoun_suffix(token) and token.text not in self.lex.cues:
                return token.start
        return None

    def _direct_object(self, after: int, limit: int) -> int | None:
        i = self._skip_fillers(self.doc.token_index(after), SUBJECT_REACH)
        if i >= len(self.tokens):
            return None
        first = self.tokens[i]
        if (
            first.start >= limit
            # Only the skipped fillers (السبت، أمس) may stand between: no mark, no quotation.
            or any(not (c.isalnum() or c == " ") for c in self.text[after : first.start])
            or first.text in self.fw.prepositions
            or first.text in self.lex.complementizers
            or first.text in self.lex.pronoun_complementizers
            or first.text.startswith("لل")
            or first.text in self.fw.addressees
            or (first.text[:1] == "ل" and first.start + 1 in self.by_start)
        ):
            return None
        return first.start

    def _opener(self, cue: Cue, after: int, limit: int, reach: int) -> Opening | None:
        """The first mark of content after ``after``: strong ones (complementiser, colon)
        certainly open it; weak ones (quotation, the verb's preposition) may belong to an object."""
        i = self.doc.token_index(after)
        position = after
        steps = 0
        while i < len(self.tokens) and steps <= reach:
            token = self.tokens[i]
            if token.start >= limit:
                break
            gap = self.text[position : token.start]
            quote = self._quote_in_gap(position, token.start)
            if quote is not None and self._names_a_medium(i - 1, quote):
                # لصحيفة "لو جورنال دو ديمانش": the quotation marks hold a name, not words.
                close = self.doc.quote_opening_at(quote)
                assert close is not None
                position = close.close + 1
                i = self.doc.token_index(position)
                steps += 1
                continue
            word = token.text
            if cue.form.governed and word not in cue.form.prepositions:
                # "عبر البريد الإلكتروني إن ...": without its عن, عبر is not "expressed".
                position = token.end
                i += 1
                steps += 1
                continue
            if quote is not None:
                behind = self._preposition_after_object(cue, quote)
                return Opening(quote if behind is None else behind, strong=False)
            if ":" in gap and steps:
                return Opening(token.start, strong=True)
            if word in self.lex.complementizers:
                nxt = self.doc.token_index(token.end)
                if nxt < len(self.tokens):
                    q = self._quote_in_gap(token.end, self.tokens[nxt].start)
                    return Opening(self.tokens[nxt].start if q is None else q, strong=True)
                return Opening(token.end, strong=True)
            if word in self.lex.pronoun_complementizers:
                return Opening(token.start, strong=True)
            if word in cue.form.prepositions:
                nxt = self.doc.token_index(token.end)
                if nxt < len(self.tokens):
                    after_prep = self.tokens[nxt]
                    if after_prep.text in self.lex.complementizers:
                        i = nxt
                        position = token.end
                        steps += 1
                        continue
                    q = self._quote_in_gap(token.end, after_prep.start)
                    return Opening(after_prep.start if q is None else q, strong=False)
            if word == "ب" and "ب" in cue.form.prepositions:  # بـ"القاتل"
                q = self._quote_in_gap(token.end, limit)
                if q is not None:
                    return Opening(q, strong=False)
            if self._glued_preposition(cue, token):
                return Opening(token.start, strong=False)
            # A new speech clause ("وأضاف", "مضيفا") ends the search; a bare cue word inside a
            # phrase ("رسالة عبر البريد") does not.
            cue_word = self.lex.cues.get(word[1:]) if word[:1] in "وف" else self.lex.cues.get(word)
            if cue_word is not None and (word[:1] in "وف" or cue_word.participle):
                break
            position = token.end
            i += 1
            steps += 1
        quote = None if cue.form.governed else self._quote_in_gap(position, limit)
        return Opening(quote, strong=False) if quote is not None else None

    def _preposition_after_object(self, cue: Cue, quote: int) -> int | None:
        """'اتهم "جهات دولية" بتخويف النازحين': a short quotation is the object when the
        verb's preposition follows it; what was said starts there."""
        pair = self.doc.quote_opening_at(quote)
        if pair is None or len(self.text[pair.open : pair.close].split()) > _OBJECT_WORDS:
            return None
        i = self.doc.token_index(pair.close + 1)
        if i >= len(self.tokens) or self.text[pair.close + 1 : self.tokens[i].start].strip():
            return None
        token = self.tokens[i]
        if self._glued_preposition(cue, token):
            return token.start
        return None

    def _glued_preposition(self, cue: Cue, token: Token) -> bool:
        """بمنع، لاتخاذ: the verb's one-letter preposition written onto the content's first
        word, not onto a name, a channel or an addressee (لوكالة، للصحفيين، لروسيا)."""
        word = token.text
        letter = word[:1]
        if (
            letter == "ل"
            and token.start - 1 not in self.by_end
            and token.start - 1 != cue.token.end
        ):
            # "دعا ... مؤتمر دولي لدعم ... إلى": a purpose after a noun is not the call;
            # ل opens the content right after the verb or its addressee (داعيا واشنطن لاتخاذ).
            return False
        return (
            letter in cue.form.prepositions
            and len(word) > 3
            and word not in self.lex.cues
            and word[1:] not in self.fw.prepositions
            and word not in self.fw.prepositions
            and word not in self.fw.addressees
            and word not in self.fw.adverbs  # طالب بالإجماع ... بوقف القتال
            and self.fw.channels.match_at(self.text, token.start) is None
            and self.fw.channels.match_at(self.text, token.start + 1) is None
            and self.fw.media_heads.match_at(self.text, token.start + 1) is None
            and token.start not in self.by_start
            and token.start + 1 not in self.by_start
            and token.start + 1 not in self.by_phrase_start
        )

    def _names_a_medium(self, i: int, quote: int) -> bool:
        """A short quotation right after a newspaper's head noun or an agency's name holds a
        name ("سانا", "لو جورنال دو ديمانش") rather than words."""
        pair = self.doc.quote_opening_at(quote)
        if i < 0 or pair is None or len(self.text[pair.open : pair.close].split()) > NAME_WORDS:
            return False
        named = self.by_end.get(self.tokens[i].end)
        return (
            (named is not None and named.kind is ActorKind.MEDIA)
            or self.fw.media_heads.match_at(self.text, self.tokens[i].start) is not None
            # لـ"عكاظ": the paper the words were given to
            or self.tokens[i].text in self.fw.addressee_prepositions
        )

    def _content_end(self, start: int, next_clause: int) -> int:
        _, sentence_end = self.doc.sentence_of(start)
        if next_clause > start:
            end = min(sentence_end, next_clause)
        else:
            # The next clause opened before this content ("قال X إن قال Y إن ..."): the content
            # ends at the next verb of saying, not at the sentence end, or a run of such
            # reports would repeat the rest of the sentence in each statement.
            end = self._next_cue_start(start, sentence_end)
        opening = self.doc.quote_opening_at(start)
        if (
            opening is not None
            and opening.close < end
            and self._quote_ends_report(opening.close, end)
        ):
            return opening.close + 1
        # After a comma the reporter may take over: an attribution ("، بحسب"), a circumstance
        # ("، دون أن", "، إثر") or a closing relative clause ("، الذي تدعمه موسكو.").
        for marker in (self.fw.attribution_markers, self.fw.narrator_markers):
            for m in self.doc.matches_in(marker, start, end):
                word_start = self._word_start(m.start)
                # "بحسب ما أورده", "حسبما أفاد": an attribution of what was said, comma or not.
                reported = (
                    marker is self.fw.attribution_markers
                    and m.value.endswith("ما")
                    and not self.doc.inside_quote(m.start)
                )
                if (
                    reported
                    or self._after_comma(start, word_start)
                    or self._after_quote(word_start)
                ):
                    end = word_start
                    break
        end = self._cut_final_relative(start, end)
        end = self._cut_reporting_date(start, end)
        # A quotation opened inside the content closes inside it too.
        for q in self.doc.quotes_opening_within(start, end):
            if end < q.close:
                end = q.close + 1
        return end

    def _after_quote(self, position: int) -> bool:
        """ "معقد جدا" مع تزايد ...": the reporter's words right after a closing quote."""
        i = position - 1
        while i >= 0 and self.text[i] == " ":  # not a copy of the text before: one call per marker
            i -= 1
        return i >= 0 and self.doc.quote_closing_at(i) is not None

    def _cut_reporting_date(self, start: int, end: int) -> int:
        """ "... انسحاب واشنطن منه اليوم الثلاثاء.": a date closing the clause (اليوم or أمس and
        a weekday) says when it was said, not what; "يوم الأحد" may date the event, and stays."""
        i = self.doc.token_before(end)
        if i < 1 or self.text[self.tokens[i].end : end].strip(TRIM):
            return end
        day, weekday = self.tokens[i - 1], self.tokens[i]
        if (
            day.start <= start
            or self.text[day.end : weekday.start].strip()
            or day.text not in self.fw.day_openers
            or self.lex.weekday_matcher.match_at(self.text, weekday.start) is None
        ):
            return end
        return day.start

    def _quote_ends_report(self, close: int, end: int) -> bool:
        """After a quotation, a comma or the reporter's words end the statement."""
        rest = self.text[close + 1 : end].lstrip(" ")
        if not rest or rest[0] in "،,.":
            return True
        return any(
            m.start == close + 1 + (len(self.text[close + 1 : end]) - len(rest))
            for matcher in (self.fw.attribution_markers, self.fw.narrator_markers)
            for m in self.doc.matches_in(matcher, close + 1, end)
        )

    def _next_cue_start(self, start: int, end: int) -> int:
        i = self.doc.token_index(start) + 1
        while i < len(self.tokens) and self.tokens.starts[i] < end:
            if self._cue_form(self.tokens.words[i]) is not None:
                return self.tokens.starts[i]
            i += 1
        return end

    def _cut_final_relative(self, start: int, end: int) -> int:
        # Only a pronoun after the content's last comma can qualify: start the scan there
        # rather than rescan the rest of the content from every pronoun.
        kept = self.text[start:end].rstrip(TRIM)
        last_comma = max(kept.rfind("،"), kept.rfind(","))
        i = self.doc.token_index(start + last_comma + 1 if last_comma >= 0 else start)
        while i < len(self.tokens) and self.tokens.starts[i] < end:
            if self.tokens.words[i] not in self.fw.relative_pronouns:
                i += 1
                continue
            token = self.tokens[i]
            if (
                self._after_comma(start, token.start)
                and not COMMA.search(self.text[token.end : end].rstrip(TRIM))
                and not self.doc.inside_quote(token.start)
            ):
                return token.start
            i += 1
        return end

    def _shape(self, start: int, end: int) -> tuple[int, int, StatementMode]:
        start, end = self._trim(start, end)
        q = self.doc.quote_opening_at(start)
        if q is None and start < end:
            # A pronoun complementiser before a whole quotation: إنه "..."
            i = self.doc.token_index(start)
            if i < len(self.tokens) and self.tokens[i].text in self.lex.pronoun_complementizers:
                nxt = self._quote_in_gap(self.tokens[i].end, end)
                if nxt is not None:
                    inner = self.doc.quote_opening_at(nxt)
                    if inner is not None and inner.close + 1 >= end:
                        q = inner
        if q is not None and q.close + 1 >= end:
            inner_start, inner_end = q.open + 1, q.close
            while inner_start < inner_end and self.text[inner_start].isspace():
                inner_start += 1
            while inner_end > inner_start and self.text[inner_end - 1].isspace():
                inner_end -= 1
            return inner_start, inner_end, StatementMode.DIRECT
        if '"' in self.text[start:end]:
            return start, end, StatementMode.MIXED
        return start, end, StatementMode.INDIRECT

    def _channel(self, start: int, end: int) -> tuple[int, int] | None:
        """The medium of the statement: an agency it was given to, else a setting (بيان)."""
        first = bisect.bisect_left(self._mention_starts, start)
        for k in range(first, len(self.mentions)):  # not a slice: that copies the rest per call
            mention = self.mentions[k]
            if mention.phrase_start >= end:
                break
            if mention.kind is ActorKind.MEDIA:
                # A name written in quotes keeps its closing mark: صحيفة "لو جورنال دو ديمانش".
                closing = self.doc.quote_closing_at(mention.end)
                return mention.phrase_start, mention.end + (closing is not None)
        for m in self.doc.matches_in(self.fw.channels, start, end):
            return m.start, m.end
        return None

    def _quote_before(self, cue: Cue) -> tuple[int, int] | None:
        """“...”، قال لافروف: the quotation precedes its cue."""
        position = cue.token.start - 1
        while position >= 0 and self.text[position] in " ،,\n":
            if self.text[position] == "\n":
                return None
            position -= 1
        q = self.doc.quote_closing_at(position) if position >= 0 else None
        if q is None:
            return None
        return q.open, q.close
