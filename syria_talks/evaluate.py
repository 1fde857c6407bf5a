"""Score the parser against gold statements (the JSON Lines format of docs/evaluation.md).

Matching is one-to-one. *Overlap*: a predicted span matches a gold span when they share at least
half of the shorter one. *Exact*: the spans are equal once quote marks, punctuation and spaces
at their ends are ignored. A matched statement has the *right speaker* when the predicted actor's
name, English name or an alias equals the gold speaker or one of its aliases, spelling aside.
*Who-said-what* counts a statement only when it is matched and its speaker is right.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from syria_talks.display import visible
from syria_talks.errors import GoldFormatError, InputError, InputTooLargeError
from syria_talks.export import json_text
from syria_talks.lexicon import Lexicon
from syria_talks.model import Article, Span, Statement
from syria_talks.parsing.pipeline import MAX_INPUT_CHARS, parse
from syria_talks.text import fold

__all__ = [
    "MODES",
    "DocumentScore",
    "GoldStatement",
    "IdRange",
    "Report",
    "Scores",
    "evaluate",
    "evaluate_files",
    "format_report",
    "read_gold",
]

MODES = ("direct", "indirect", "mixed")
_EDGE = " \t\n.,،:;؛!?؟\"'“”«»„()[]-–—"


@attrs.frozen(kw_only=True)
class GoldStatement:
    doc_id: str
    speaker: str
    aliases: tuple[str, ...]
    cue: str
    mode: str
    span: Span
    negated: bool


@attrs.frozen(kw_only=True)
class Scores:
    """Counts for one slice (overall or one mode) and the figures derived from them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    right_speaker: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            gold=self.gold + other.gold,
            predicted=self.predicted + other.predicted,
            matched=self.matched + other.matched,
            exact=self.exact + other.exact,
            right_speaker=self.right_speaker + other.right_speaker,
        )

    @staticmethod
    def _f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        precision = hits / predicted if predicted else 0.0
        recall = hits / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def overlap(self) -> tuple[float, float, float]:
        return self._f1(self.matched, self.predicted, self.gold)

    @property
    def exact_span(self) -> tuple[float, float, float]:
        return self._f1(self.exact, self.predicted, self.gold)

    @property
    def who_said_what(self) -> tuple[float, float, float]:
        return self._f1(self.right_speaker, self.predicted, self.gold)

    @property
    def speaker_accuracy(self) -> float:
        return self.right_speaker / self.matched if self.matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        def triple(values: tuple[float, float, float]) -> dict[str, float]:
            return dict(
                zip(("precision", "recall", "f1"), (round(v, 4) for v in values), strict=True)
            )

        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "overlap": triple(self.overlap),
            "exact": triple(self.exact_span),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "who_said_what": triple(self.who_said_what),
        }


@attrs.frozen(kw_only=True)
class DocumentScore:
    doc_id: str
    overall: Scores
    by_mode: Mapping[str, Scores]
    errors: tuple[str, ...] = ()
    failure: str | None = None


@attrs.frozen(kw_only=True)
class IdRange:
    """Document ids from ``first`` to ``last`` inclusive, compared as strings ("001"-"020")."""

    first: str
    last: str

    @classmethod
    def parse(cls, spec: str) -> IdRange:
        """``"001-020"`` or a single id ``"007"``."""
        first, _, last = spec.partition("-")
        if not first or (_ and not last):
            raise InputError(f"id range {spec!r}: expected FIRST-LAST, e.g. 001-020")
        return cls(first=first, last=last or first)

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self.first <= doc_id <= self.last

    def __str__(self) -> str:
        return f"{self.first}-{self.last}"


@attrs.frozen(kw_only=True)
class Report:
    documents: tuple[DocumentScore, ...]

    @property
    def overall(self) -> Scores:
        return sum((d.overall for d in self.documents), Scores())

    def mode(self, mode: str) -> Scores:
        return sum((d.by_mode.get(mode, Scores()) for d in self.documents), Scores())

    def within(self, ids: IdRange) -> Report:
        """The documents whose id falls in ``ids``: one half of a corpus, say."""
        return Report(documents=tuple(d for d in self.documents if d.doc_id in ids))

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.documents),
            "failures": {d.doc_id: d.failure for d in self.documents if d.failure},
            "overall": self.overall.as_dict(),
            "by_mode": {m: self.mode(m).as_dict() for m in MODES},
        }


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Read and validate a gold file; a malformed line raises GoldFormatError naming it."""
    if not path.is_file():
        raise InputError(f"{visible(str(path))}: not a gold file")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{visible(str(path))}: cannot read gold file ({exc})") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{visible(str(path))}:{number}"
        try:
            record = json.loads(line, parse_constant=_no_constant)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{where}: invalid JSON ({exc.msg})") from None
        except RecursionError:
            raise GoldFormatError(f"{where}: invalid JSON (nested too deeply)") from None
        except ValueError as exc:  # NaN, Infinity, or an integer longer than int() converts
            raise GoldFormatError(f"{where}: invalid JSON ({exc})") from None
        problem = _gold_problem(record)
        if problem is not None:
            raise GoldFormatError(f"{where}: {problem}")
        records.append(record)
    return records


_DOC_ID = re.compile(r"[^\x00-\x1f\x7f-\x9f/\\]{1,200}")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _gold_problem(record: Any) -> str | None:
    """What is wrong with one decoded gold line, or None when it follows docs/evaluation.md."""
    if not isinstance(record, Mapping):
        return "each line is a JSON object"
    doc_id = record.get("id")
    if not isinstance(doc_id, str):
        return "each line needs a string 'id'"
    if not _DOC_ID.fullmatch(doc_id) or doc_id in {".", ".."}:
        return (
            f"id {visible(doc_id[:60])!r} is not a file name (1-200 characters, no slashes "
            "or control characters)"
        )
    statements = record.get("statements")
    if not isinstance(statements, list):
        return "'statements' must be a list"
    for k, s in enumerate(statements):
        if not isinstance(s, Mapping):
            return f"statement {k} is not an object"
        missing = [f for f in ("speaker", "mode", "start", "end") if f not in s]
        if missing:
            return f"statement {k} lacks {', '.join(missing)}"
        if not isinstance(s["speaker"], str):
            return f"statement {k}: 'speaker' must be a string"
        if s["mode"] not in MODES:
            return f"statement {k} has mode {visible(repr(s['mode'])[:60])}"
        start, end = s["start"], s["end"]
        if type(start) is not int or type(end) is not int:
            return f"statement {k}: 'start' and 'end' must be integers"
        if not 0 <= start <= end:
            return f"statement {k}: span [{start}, {end}] is negative or reversed"
        aliases = s.get("speaker_aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            return f"statement {k}: 'speaker_aliases' must be a list of strings"
        if not isinstance(s.get("cue", ""), str):
            return f"statement {k}: 'cue' must be a string"
        if not isinstance(s.get("negated", False), bool):
            return f"statement {k}: 'negated' must be true or false"
    return None


def _gold_statements(record: Mapping[str, Any]) -> list[GoldStatement]:
    return [
        GoldStatement(
            doc_id=record["id"],
            speaker=s["speaker"],
            aliases=tuple(s.get("speaker_aliases", ())),
            cue=s.get("cue", ""),
            mode=s["mode"],
            span=Span(start=s["start"], end=s["end"]),
            negated=bool(s.get("negated", False)),
        )
        for s in record["statements"]
    ]


def _trimmed(text: str, span: Span) -> tuple[int, int]:
    start, end = span.start, span.end
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _overlaps_enough(a: Span, b: Span) -> int:
    shared = min(a.end, b.end) - max(a.start, b.start)
    shorter = min(len(a), len(b))
    return shared if shorter and shared * 2 >= shorter else 0


def _overlapping_pairs(
    gold: list[GoldStatement], predicted: tuple[Statement, ...]
) -> list[tuple[int, int, int]]:
    """(shared characters, gold index, predicted index) for every pair that overlaps enough.

    Predictions sorted by start, with the furthest end reached so far, let each gold span visit
    only the predictions that can reach it, not all of them.
    """
    order = sorted(range(len(predicted)), key=lambda p: predicted[p].span.start)
    starts = [predicted[p].span.start for p in order]
    reach: list[int] = []
    for p in order:
        reach.append(max(reach[-1] if reach else 0, predicted[p].span.end))
    pairs: list[tuple[int, int, int]] = []
    for g, gs in enumerate(gold):
        i = bisect.bisect_left(starts, gs.span.end) - 1
        while i >= 0 and reach[i] > gs.span.start:
            p = order[i]
            shared = _overlaps_enough(gs.span, predicted[p].span)
            if shared:
                pairs.append((shared, g, p))
            i -= 1
    return pairs


def _speaker_right(statement: Statement, gold: GoldStatement) -> bool:
    speaker = statement.speaker
    if speaker is None:
        return False
    predicted = {fold(n) for n in (speaker.name, speaker.name_en or "", *speaker.aliases) if n}
    wanted = {fold(n) for n in (gold.speaker, *gold.aliases) if n}
    return bool(predicted & wanted)


def _ends(text: str) -> str:
    return text if len(text) <= 90 else f"{text[:60]}…{text[-30:]}"


def score_document(
    text: str, article: Article, gold: list[GoldStatement], doc_id: str
) -> DocumentScore:
    pairs = _overlapping_pairs(gold, article.statements)
    pairs.sort(reverse=True)
    gold_used: dict[int, int] = {}
    pred_used: set[int] = set()
    for _, g, p in pairs:
        if g not in gold_used and p not in pred_used:
            gold_used[g] = p
            pred_used.add(p)

    slices = {m: [0, 0, 0, 0, 0] for m in ("all", *MODES)}
    errors: list[str] = []
    for g, gs in enumerate(gold):
        slices["all"][0] += 1
        slices[gs.mode][0] += 1
        gold_text = text[gs.span.start : gs.span.end]
        if g not in gold_used:
            errors.append(f"{doc_id} MISS [{gs.speaker}] {gs.cue} ({gs.mode}): {gold_text[:120]}")
            continue
        ps = article.statements[gold_used[g]]
        same_mode = ps.mode.value == gs.mode
        exact = _trimmed(text, gs.span) == _trimmed(text, ps.span)
        right = _speaker_right(ps, gs)
        for key, applies in (("all", True), (gs.mode, same_mode)):
            if applies:
                slices[key][2] += 1
                slices[key][3] += exact
                slices[key][4] += right
        if not right:
            who = ps.speaker.name if ps.speaker else None
            errors.append(
                f"{doc_id} SPEAKER gold [{gs.speaker}] got [{who}] {gs.cue}: {gold_text[:80]}"
            )
        elif not exact:
            errors.append(
                f"{doc_id} BOUNDARY [{gs.speaker}] gold «{_ends(gold_text)}» "
                f"got «{_ends(ps.content)}»"
            )
    for p, ps in enumerate(article.statements):
        slices["all"][1] += 1
        slices[ps.mode.value][1] += 1
        if p not in pred_used:
            who = ps.speaker.name if ps.speaker else None
            errors.append(
                f"{doc_id} SPURIOUS [{who}] {ps.cue} ({ps.mode.value}): {ps.content[:120]}"
            )

    def scores(values: list[int]) -> Scores:
        return Scores(
            gold=values[0],
            predicted=values[1],
            matched=values[2],
            exact=values[3],
            right_speaker=values[4],
        )

    return DocumentScore(
        doc_id=doc_id,
        overall=scores(slices["all"]),
        by_mode={m: scores(slices[m]) for m in MODES},
        errors=tuple(errors),
    )


def evaluate(
    records: Iterable[Mapping[str, Any]],
    read_text: Callable[[str], str],
    *,
    lexicon: Lexicon | None = None,
) -> Report:
    """Score every gold record; a document that cannot be read or parsed is reported, not fatal."""
    documents = []
    for number, record in enumerate(records, 1):
        problem = _gold_problem(record)  # records may come from elsewhere than read_gold
        if problem is not None:
            raise GoldFormatError(f"gold record {number}: {problem}")
        doc_id = record["id"]
        gold = _gold_statements(record)
        try:
            text = read_text(doc_id)
            _check_gold_fits(gold, text)
            article = parse(text, lexicon=lexicon)
        except (OSError, UnicodeDecodeError, InputError) as exc:
            empty = Scores(gold=len(gold))
            by_mode = {m: Scores(gold=sum(g.mode == m for g in gold)) for m in MODES}
            documents.append(
                DocumentScore(doc_id=doc_id, overall=empty, by_mode=by_mode, failure=str(exc))
            )
            continue
        documents.append(score_document(text, article, gold, doc_id))
    return Report(documents=tuple(documents))


def _check_gold_fits(gold: list[GoldStatement], text: str) -> None:
    for k, statement in enumerate(gold):
        if statement.span.end > len(text):
            raise InputError(
                f"gold statement {k} ends at {statement.span.end}, past the end of the text "
                f"({len(text)} characters)"
            )


def evaluate_files(gold_path: Path, text_dir: Path, *, lexicon: Lexicon | None = None) -> Report:
    """Score against ``gold_path``, reading ``text_dir/<id>.txt`` for each gold line."""
    if not text_dir.is_dir():
        raise InputError(f"{visible(str(text_dir))}: not a folder of texts")
    root = text_dir.resolve()

    def read_text(doc_id: str) -> str:
        # An id names a file in text_dir, never a path elsewhere, and a symbolic link may not
        # lead out of it either: with --show-errors the text would be printed.
        name = f"{Path(doc_id).name}.txt"
        path = (text_dir / name).resolve()
        if not path.is_relative_to(root):
            raise InputError(f"{visible(name)} leads outside {visible(str(text_dir))}")
        if not path.is_file():
            raise InputError(f"{visible(name)}: no such text file")
        if path.stat().st_size > 4 * MAX_INPUT_CHARS:  # UTF-8 takes at most 4 bytes a char
            raise InputTooLargeError(f"{visible(name)}: larger than parse() accepts")
        return path.read_text(encoding="utf-8")

    return evaluate(read_gold(gold_path), read_text, lexicon=lexicon)


def _line(label: str, scores: Scores) -> str:
    p, r, f = scores.overlap
    _, _, exact = scores.exact_span
    _, _, wsw = scores.who_said_what
    return (
        f"{label:<9} gold {scores.gold:>4}  pred {scores.predicted:>4}  "
        f"overlap P {p:.3f} R {r:.3f} F1 {f:.3f}  exact F1 {exact:.3f}  "
        f"speaker acc {scores.speaker_accuracy:.3f}  who-said-what F1 {wsw:.3f}"
    )


def format_report(
    report: Report,
    *,
    as_json: bool = False,
    show_errors: bool = False,
    ranges: Iterable[IdRange] = (),
) -> str:
    """The report as text (one line per mode, overall last) or as JSON; each id range in
    ``ranges`` gets its own block (or its own key) after the whole."""
    ranges = tuple(ranges)
    if as_json:
        data = report.as_dict()
        if ranges:
            data["ranges"] = {str(r): report.within(r).as_dict() for r in ranges}
        if show_errors:
            data["errors"] = [e for d in report.documents for e in d.errors]
        return json_text(data, indent=2) + "\n"
    lines = []
    if show_errors:
        lines += [e for d in report.documents for e in d.errors]
        lines.append("")
    for d in report.documents:
        if d.failure:
            lines.append(f"{d.doc_id}: not scored: {d.failure}")
    lines.append(f"documents {len(report.documents)}")
    lines += [_line(mode, report.mode(mode)) for mode in MODES]
    lines.append(_line("overall", report.overall))
    for id_range in ranges:
        part = report.within(id_range)
        lines.append(f"ids {id_range}: documents {len(part.documents)}")
        lines += [_line(mode, part.mode(mode)) for mode in MODES]
        lines.append(_line("overall", part.overall))
    # Ids, names and excerpts come from the gold file and the texts: shown, never obeyed.
    return "\n".join(visible(line) for line in lines) + "\n"
