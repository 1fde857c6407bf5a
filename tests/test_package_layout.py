"""The parse stages live in a subpackage that no public function shadows."""

import importlib

import syria_talks


def test_stage_modules_import_by_their_dotted_path() -> None:
    module = importlib.import_module("syria_talks.parsing.pipeline")
    assert module.parse is syria_talks.parse
    assert callable(syria_talks.parse)
