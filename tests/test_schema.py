"""The data contract: round trips, the committed JSON Schema, and inputs that must be refused."""

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline.schema import MinutesDocument, json_schema, load_document, to_json

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA_FILE = Path(__file__).parent.parent / "pipeline" / "minutes.schema.json"


def test_contract_example_gold_loads_with_the_output_models():
    doc = load_document((FIXTURES / "contract_example_gold.json").read_bytes())
    assert doc.meeting.date.isoformat() == "2024-03-14"
    assert [a.owners[0].abbrev for a in doc.actions] == ["TC", "RFO"]


def test_gold_round_trips_through_json_unchanged():
    doc = load_document((FIXTURES / "contract_example_gold.json").read_bytes())
    again = load_document(to_json(doc))
    assert again == doc


def test_every_corpus_gold_file_validates():
    corpus = Path(__file__).parent.parent / "corpus"
    golds = sorted(corpus.glob("*/gold.json"))
    assert len(golds) >= 21
    for path in golds:
        assert load_document(path.read_bytes()).doc_id == path.parent.name


def test_committed_json_schema_matches_the_models():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), "run `minutes schema --out pipeline/minutes.schema.json`"


@pytest.mark.parametrize("path", sorted((FIXTURES / "invalid").glob("*.json")), ids=lambda p: p.stem)
def test_invalid_document_is_refused(path):
    with pytest.raises(ValidationError):
        load_document(path.read_bytes())


def test_minor_version_bump_is_accepted():
    assert MinutesDocument(schema_version="1.3", doc_id="x").schema_version == "1.3"


def test_output_completeness_check_names_what_is_missing():
    assert "text" in MinutesDocument(doc_id="x").check_complete()
