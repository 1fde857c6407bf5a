"""The working document: what it frees once the stages are done, and what it keeps."""

from __future__ import annotations

import pytest

from syria_talks.lexicon import default_lexicon
from syria_talks.parsing.document import Document


def test_a_released_document_keeps_its_offset_map_and_frees_its_tokens() -> None:
    doc = Document("قالَ الوزيرُ إنّ الوضعَ صعب", default_lexicon())
    assert [t.text for t in doc.tokens] == ["قال", "الوزير", "ان", "الوضع", "صعب"]
    doc.release()
    with pytest.raises(AttributeError):
        _ = doc.tokens
    assert doc.original_text(0, 3) == "قالَ"
    assert doc.sentence_of(5) == (0, len(doc.text))
