"""Every article of the development corpus (when ../shared is present) parses with valid offsets.

The corpus texts belong to their publishers: they are read here, never copied into the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import syria_talks
from syria_talks.export import from_json, to_json

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
    for mention in article.mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
    assert from_json(to_json(article)) == article
