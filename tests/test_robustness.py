"""Never crashes, always valid: property tests over the whole pipeline, and a sample of a real archive."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import process_file, process_text
from pipeline.ingest import IngestError
from pipeline.schema import load_document, to_json

REAL = Path(__file__).resolve().parents[2] / "shared" / "real" / "w3ctag-minutes"

# Pieces minutes are made of, so generated text reaches the stages' interesting paths.
FRAGMENTS = st.sampled_from(
    [
        "1. WELCOME",
        "2.1 FINANCE",
        "a) Budget",
        "(b) Audit",
        "41/24 Minutes",
        "Item 4: Risk",
        "## 3. Roadmap",
        "Present: Cllr Ann Lee (Chair), Tom Hart",
        "Apologies:\tJo Bell\tClerk (CL)",
        "Date: 3 March 2024 @ 10:30",
        "The CC to share the plan by 30 April 2024.",
        "Can the RFO explain the overspend?",
        "Findings:",
        "Actions arising:",
        "None.",
        "\u2022",
        "Page 2 of 7",
        "ACTION: JS",
        "amy: i think so",
        "@maria will do it.",
        "It was agreed that this would be brought back in November.",
        "RESOLVED that the Clerk prepare a report.",
        "\t\t",
        "\u0421 Shropshire",
        "Next meeting: Tuesday 26 June 2018, Hindlip",
    ]
)
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=25).map("\n".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_gives_a_complete_valid_document_or_a_clear_refusal(text):
    if not text.strip():
        with pytest.raises(IngestError, match="empty"):
            process_text(text, doc_id="x")
        return
    doc = process_text(text, doc_id="x")
    assert doc.check_complete() == []
    assert load_document(to_json(doc)) == doc
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)


REAL_SAMPLE = sorted(REAL.glob("*.md"))[::40] if REAL.is_dir() else []


@pytest.mark.skipif(not REAL_SAMPLE, reason="the real archive (../shared/real) is not available")
@pytest.mark.parametrize("path", REAL_SAMPLE, ids=lambda p: p.stem)
def test_real_archive_minutes_give_valid_documents(path):
    if path.stat().st_size < 2:
        pytest.skip("empty file in the archive")
    doc = process_file(path)
    assert doc.check_complete() == [] and doc.sentences
    assert load_document(to_json(doc)) == doc
