"""Every article of the development corpus (when ../shared is present) parses with valid offsets.

The corpus texts belong to their publishers: they are read here, never copied into the project.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import syria_talks
from syria_talks.export import from_json, to_json
from syria_talks.text import fold

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "articles"
ARTICLES = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not ARTICLES, reason="the development corpus (../shared/corpus) is not here")
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_corpus_article_parses_with_valid_offsets(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    article = syria_talks.parse(text)
    assert article.statements, "every corpus article reports speech"
    for statement in article.statements:
        assert text[statement.span.start : statement.span.end] == statement.content
        assert statement.content.strip()
        assert statement.speaker is not None
        start, end = statement.span.start, statement.span.end
        # Content never starts or stops inside a word.
        assert not (start and text[start - 1].isalnum() and text[start].isalnum())
        assert not (end < len(text) and text[end - 1].isalnum() and text[end].isalnum())
    for mention in article.mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
    assert from_json(to_json(article)) == article


GOLD = CORPUS.parent / "gold.jsonl"
KNOWN_MISSES = Path(__file__).with_name("corpus_known_misses.json")


def _gold_records() -> dict[str, dict[str, Any]]:
    if not GOLD.is_file():
        return {}
    records = (json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines())
    return {r["id"]: r for r in records if r}


def _attributions(text: str, record: dict[str, Any]) -> dict[str, str]:
    """Each gold statement's outcome, keyed "id:start-end": right, missed or wrong speaker.

    Matching is one-to-one by largest overlap (at least half the shorter span), as the
    evaluator scores it; the speaker is right when any of its names is a gold name or alias.
    """
    article = syria_talks.parse(text)
    pairs = []
    for g, gold in enumerate(record["statements"]):
        for p, predicted in enumerate(article.statements):
            shared = min(gold["end"], predicted.span.end) - max(gold["start"], predicted.span.start)
            shorter = min(gold["end"] - gold["start"], len(predicted.span))
            if shorter and shared * 2 >= shorter:
                pairs.append((shared, g, p))
    matched: dict[int, int] = {}
    for _, g, p in sorted(pairs, reverse=True):
        if g not in matched and p not in matched.values():
            matched[g] = p
    outcomes = {}
    for g, gold in enumerate(record["statements"]):
        key = f"{record['id']}:{gold['start']}-{gold['end']}"
        if g not in matched:
            outcomes[key] = "missed"
            continue
        speaker = article.statements[matched[g]].speaker
        names = {fold(n) for n in (gold["speaker"], *gold.get("speaker_aliases", ()))}
        said = set()
        if speaker is not None:
            said = {fold(n) for n in (speaker.name, speaker.name_en or "", *speaker.aliases) if n}
        outcomes[key] = "right" if names & said else "wrong speaker"
    return outcomes


RECORDS = _gold_records()


@pytest.mark.skipif(not RECORDS, reason="the gold annotations (../shared/corpus) are not here")
@pytest.mark.parametrize("doc_id", sorted(RECORDS))
def test_every_speaker_is_right_but_the_known_misses(doc_id: str) -> None:
    """The allow-list may only shrink: a miss that is fixed must leave it, a new one fails."""
    known = json.loads(KNOWN_MISSES.read_text(encoding="utf-8"))
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    outcomes = _attributions(text, RECORDS[doc_id])
    wrong = {k: v for k, v in outcomes.items() if v != "right"}
    listed = {k: v for k, v in known.items() if k.split(":")[0] == doc_id}
    assert wrong == listed
