"""End to end on the seed (real police minutes from a PDF text layer) and the contract example."""

from pathlib import Path

import pytest

from pipeline import process_file, process_text
from pipeline.run import PipelineOptions
from pipeline.schema import load_document, to_json

ROOT = Path(__file__).parent.parent
SEED = ROOT / "corpus" / "wm-hta-2018-05" / "source.txt"


@pytest.fixture(scope="module")
def seed():
    return process_file(SEED, "wm-hta-2018-05")


def norm(text):
    return " ".join(text.split()).lower()


def action_with(doc, start):
    found = [a for a in doc.actions if norm(a.text).startswith(norm(start)) or norm(start) in norm(a.text)]
    assert found, f"no action starting {start!r}: {[a.text[:50] for a in doc.actions]}"
    return found[0]


def owner_abbrevs(action):
    return sorted(o.abbrev or o.mention for o in action.owners)


def test_seed_output_is_complete_and_valid(seed):
    assert seed.check_complete() == []
    assert load_document(to_json(seed)) == seed
    assert seed.meeting.date.isoformat() == "2018-05-29"
    assert seed.dedup.removed_chars > 10_000


def test_seed_items_from_1_1_to_6_are_present(seed):
    ids = {item.id for item in seed.items}
    expected = {
        "1.1",
        "1.2",
        "2",
        "2.1",
        "2.1.a",
        "2.1.b",
        "2.1.c",
        "2.1.d",
        "2.1.e",
        "2.1.f",
        "2.2",
        "3",
        "4",
        "5",
        "6",
    }
    assert expected <= ids, f"missing {sorted(expected - ids)}"


def test_seed_actions_under_actions_arising_have_their_owners(seed):
    assert owner_abbrevs(action_with(seed, "The CC to share the confidence actions plans")) == ["CC"]
    weekly = action_with(seed, "The PCC and CC to discuss at their weekly meeting")
    assert owner_abbrevs(weekly) == ["CC", "PCC"]
    assert (weekly.due.date, weekly.due.meeting) == (None, "weekly meeting")
    passive = action_with(seed, "Satisfaction to be brought back to the November holding to account meeting")
    assert passive.owners == [] and passive.due.date == "2018-11"


def test_seed_carried_forward_action(seed):
    carried = action_with(seed, "The ACC to provide an update in May")
    assert owner_abbrevs(carried) == ["ACC"]
    assert (carried.due.date, carried.origin) == ("2018-05", "2018-03")


def test_every_sentence_offset_points_at_its_text(seed):
    assert all(seed.text[s.start : s.end] == s.text for s in seed.sentences)
    assert {a.sentence for a in seed.actions} <= {s.id for s in seed.sentences if s.label == "action"}


def test_contract_example_end_to_end():
    text = (ROOT / "tests" / "fixtures" / "contract_example_source.txt").read_text(encoding="utf-8")
    doc = process_text(text, doc_id="example")
    assert [i.id for i in doc.items] == ["1", "2", "2.a", "3", "4", "5"]
    assert doc.meeting.chair == "Ruth Adeyemi" and doc.next_meeting.date.isoformat() == "2024-05-14"
    owners = [owner_abbrevs(a) for a in doc.actions]
    assert ["TC"] in owners and ["RFO", "TC"] in owners


def test_rule_baseline_and_no_dedup_ablation_still_give_valid_documents():
    text = (ROOT / "tests" / "fixtures" / "contract_example_source.txt").read_text(encoding="utf-8")
    for options in (PipelineOptions(classifier="rules"), PipelineOptions(dedup=False)):
        doc = process_text(text, doc_id="example", options=options)
        assert doc.check_complete() == [] and doc.actions
