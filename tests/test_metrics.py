"""Every metric of the contract on small hand-computed cases, plus canonical forms."""

from pathlib import Path

import pytest

from evaluation.canonical import canonical_item_id, canonical_text, owner_key
from evaluation.metrics import (
    METRICS,
    aggregate,
    evaluate_document,
    evaluate_missing,
    owners_match,
    scores_from_counts,
)
from pipeline.schema import MinutesDocument, Owner, load_document

EXAMPLE = Path(__file__).resolve().parents[2] / "shared" / "contract" / "example"


def make_doc(**fields) -> MinutesDocument:
    """A validated document from keyword fields (doc_id defaults to "d")."""
    return MinutesDocument.model_validate({"doc_id": "d", **fields})


def sentences(*pairs: tuple[str, str]) -> list[dict]:
    return [{"text": text, "label": label} for text, label in pairs]


def action(text: str, owners: list[dict] | None = None, due: dict | None = None) -> dict:
    return {"text": text, "owners": owners or [], "due": due}


GOLD = make_doc(
    meeting={
        "title": "Monthly Assurance Meeting",
        "date": "2018-05-29",
        "start_time": "10:30",
        "chair": "John Campion",
    },
    people=[
        {"name": "John Campion", "role": "PCC", "abbrev": "PCC", "attendance": "present"},
        {"name": "Anthony Bangham", "role": "Chief Constable", "abbrev": "CC", "attendance": "present"},
    ],
    items=[
        {"id": "2", "title": "Performance", "level": 1},
        {"id": "2.1", "title": "Confidence", "level": 2, "parent": "2"},
    ],
    sentences=sentences(
        ("Can the CC provide an update on recruitment?", "question"),
        ("The CC responded that recruitment had doubled.", "finding"),
        ("The CC to share the action plans with the PCC.", "action"),
        ("Findings:", "other"),
    ),
    actions=[
        action(
            "The CC to share the action plans with the PCC.",
            [{"mention": "The CC", "name": "Anthony Bangham", "abbrev": "CC"}],
            {"mention": "November meeting", "date": "2018-11", "meeting": "holding to account meeting"},
        )
    ],
)


# --------------------------------------------------------------------------- canonical forms


def test_item_ids_with_different_separators_are_the_same_item():
    assert canonical_item_id("2.1a") == canonical_item_id("2.1.a") == canonical_item_id("2.1 (a)") == "21a"


def test_item_id_slashes_are_ignored():
    assert canonical_item_id("41/24") == canonical_item_id("4124")


def test_cyrillic_lookalike_in_item_id_reads_as_latin():
    assert canonical_item_id("2.\u0421") == canonical_item_id("2.c") == "2c"
    assert canonical_item_id("TB 05/25") == "tb0525"


def test_canonical_text_strips_markers_spaces_and_case():
    assert canonical_text("•  (a)  The CC\tRESPONDED ") == "the cc responded"
    assert canonical_text("1. Can the CC") == "can the cc"
    assert canonical_text("- item") == "item"
    assert canonical_text("1.5 million was spent") == "1.5 million was spent"
    assert canonical_text("\uff21\uff22") == "ab"  # NFKC folds full-width letters


def test_owner_key_drops_leading_the_and_at():
    assert owner_key("The CC") == owner_key("CC") == "cc"
    assert owner_key("@maria") == "maria"
    assert owner_key("Theresa May") == "theresa may"
    assert owner_key(None) is None


def test_owner_given_by_abbrev_matches_owner_given_by_mention():
    assert owners_match([Owner(abbrev="CC")], [Owner(mention="the CC")])
    assert owners_match([Owner(mention="@maria")], [Owner(abbrev="@maria")])
    assert not owners_match([Owner(abbrev="CC")], [Owner(mention="the PCC")])
    assert owners_match([], [])


def test_owner_sets_must_have_the_same_size():
    both = [Owner(abbrev="PCC"), Owner(abbrev="CC")]
    assert owners_match(both, [Owner(mention="The CC"), Owner(name="x", abbrev="PCC")])
    assert not owners_match(both, [Owner(abbrev="CC")])
    assert not owners_match([Owner(abbrev="CC")], [Owner(abbrev="CC"), Owner(abbrev="CC")])


# --------------------------------------------------------------------------- whole documents


def test_gold_scored_against_itself_is_perfect_everywhere():
    scores = evaluate_document(GOLD, GOLD).scores
    defined = {k: v for k, v in scores.items() if v is not None}
    assert set(defined.values()) == {1.0}
    assert "classification.macro_f1" in defined and "end_to_end.f1" in defined
    assert evaluate_document(GOLD, GOLD).errors == []


@pytest.mark.skipif(not EXAMPLE.is_dir(), reason="shared contract example not available")
def test_contract_example_gold_scored_against_itself_is_perfect():
    gold = load_document((EXAMPLE / "gold.json").read_text(encoding="utf-8"))
    defined = [v for v in evaluate_document(gold, gold).scores.values() if v is not None]
    assert defined and set(defined) == {1.0}


def test_every_listed_metric_is_scored_and_nothing_else():
    assert set(evaluate_document(GOLD, GOLD).scores) == set(METRICS)


def test_header_fields_compare_canonically_and_date_exactly():
    pred = GOLD.model_copy(
        update={
            "meeting": GOLD.meeting.model_copy(update={"title": "monthly  ASSURANCE meeting", "date": None})
        }
    )
    result = evaluate_document(GOLD, pred)
    scores = result.scores
    assert scores["header.title"] == 1.0
    assert scores["header.date"] == 0.0
    assert scores["header.accuracy"] == 4 / 5
    assert [(e.kind, e.gold, e.predicted) for e in result.errors] == [("header.date", "2018-05-29", "-")]


def test_people_f1_on_name_and_attendance_with_abbrev_and_role_on_matches():
    pred = make_doc(
        people=[
            {"name": "JOHN CAMPION", "role": "PCC", "abbrev": "PCC", "attendance": "present"},
            {"name": "Anthony Bangham", "abbrev": "CC", "attendance": "apologies"},
            {"name": "Jackie Irvin", "attendance": "present"},
        ]
    )
    scores = evaluate_document(GOLD, pred).scores
    assert scores["people.precision"] == 1 / 3
    assert scores["people.recall"] == 1 / 2
    assert scores["people.f1"] == 2 * 1 / (3 + 2)
    assert scores["people.abbrev_accuracy"] == 1.0
    assert scores["people.role_accuracy"] == 1.0


def test_item_f1_uses_canonical_ids_and_titles_and_parent_accuracy():
    gold = make_doc(
        items=[
            {"id": "2", "title": "Performance", "level": 1},
            {"id": "2.1.a", "title": "Confidence", "level": 2, "parent": "2"},
            {"id": "3", "title": "AOB", "level": 1},
        ]
    )
    pred = make_doc(
        items=[
            {"id": "2", "title": "PERFORMANCE", "level": 1},
            {"id": "2.1 (a)", "title": "Hate crime", "level": 2},
            {"id": "4", "title": "AOB", "level": 1},
        ]
    )
    result = evaluate_document(gold, pred)
    scores = result.scores
    assert scores["items.id_f1"] == 2 * 2 / 6
    assert scores["items.id_title_f1"] == 2 * 1 / 6
    assert scores["items.parent_accuracy"] == 1 / 2
    kinds = sorted(e.kind for e in result.errors)
    assert kinds == ["items.missing", "items.parent", "items.spurious", "items.title"]


def test_classification_per_label_scores_and_confusion_from_hand_counts():
    gold = make_doc(
        sentences=sentences(
            ("Can the CC explain the rise in complaints?", "question"),
            ("The CC explained the rise in complaints.", "finding"),
            ("Staffing levels were stable this quarter.", "finding"),
            ("The CC to report back in June.", "action"),
        )
    )
    pred = make_doc(
        sentences=sentences(
            ("Can the CC explain the rise in complaints?", "question"),
            ("The CC explained the rise in complaints.", "question"),
            ("Staffing levels were stable this quarter.", "finding"),
            ("The CC to report back in June.", "action"),
        )
    )
    result = evaluate_document(gold, pred)
    s = result.scores
    assert (s["classification.question.precision"], s["classification.question.recall"]) == (1 / 2, 1.0)
    assert s["classification.question.f1"] == 2 / 3
    assert (s["classification.finding.precision"], s["classification.finding.recall"]) == (1.0, 1 / 2)
    assert s["classification.action.f1"] == 1.0
    assert s["classification.other.f1"] is None  # absent on both sides: not in the macro average
    assert s["classification.macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1.0) / 3)
    assert result.counts["cm.finding.question"] == 1
    (error,) = result.errors
    assert (error.kind, error.gold, error.predicted, error.text) == (
        "sentence.label",
        "finding",
        "question",
        "The CC explained the rise in complaints.",
    )


def test_unaligned_gold_sentence_counts_as_missed_against_recall_only():
    pred = make_doc(sentences=[s.model_dump() for s in GOLD.sentences[:3]])  # "Findings:" not predicted
    result = evaluate_document(GOLD, pred)
    s = result.scores
    assert s["classification.other.recall"] == 0.0
    assert s["classification.other.precision"] is None
    assert s["classification.other.f1"] == 0.0
    assert s["sentences.aligned_share"] == 3 / 4
    assert result.counts["cm.other.missed"] == 1
    assert [(e.kind, e.text) for e in result.errors if e.kind.startswith("sentence")] == [
        ("sentence.missed", "Findings:")
    ]


def test_action_prf_owner_and_due_scores_over_aligned_actions():
    gold = make_doc(
        actions=[
            action("The CC to share the plans with the PCC.", [{"abbrev": "CC"}], {"date": "2018-11"}),
            action(
                "The PCC and CC to discuss the data.",
                [{"abbrev": "PCC"}, {"abbrev": "CC"}],
                {"date": "2018-07"},
            ),
            action("It was agreed that this would be brought back.", [], {"meeting": "meeting"}),
            action("Item to return to the audit committee in March.", [], {"date": "2019-03"}),
        ]
    )
    pred = make_doc(
        actions=[
            action("the CC to share the plans with the PCC", [{"mention": "The CC"}], {"date": "2018-11-27"}),
            action("The PCC and CC to discuss the data.", [{"mention": "PCC"}], {"date": "2018-08"}),
            action("It was agreed that this would be brought back.", [], {"meeting": "Meeting"}),
            action("The treasurer will circulate the accounts to members.", [{"abbrev": "T"}]),
        ]
    )
    result = evaluate_document(gold, pred)
    s = result.scores
    assert (s["actions.precision"], s["actions.recall"], s["actions.f1"]) == (3 / 4, 3 / 4, 3 / 4)
    assert s["actions.owner_set_accuracy"] == 2 / 3
    assert (s["actions.owner_precision"], s["actions.owner_recall"]) == (2 / 2, 2 / 3)
    assert s["actions.owner_f1"] == 2 * 2 / 5
    assert s["actions.due_accuracy"] == 1 / 2  # month precision: 2018-11-27 ~ 2018-11; 2018-08 is wrong
    assert s["actions.due_meeting_accuracy"] == 1.0
    assert (s["end_to_end.precision"], s["end_to_end.recall"]) == (2 / 4, 2 / 4)
    kinds = sorted(e.kind for e in result.errors)
    assert kinds == ["action.due", "action.missed", "action.owners", "action.spurious"]


def test_predicted_due_where_gold_states_none_is_not_fully_correct():
    gold = make_doc(actions=[action("The CC to review the policy.", [{"abbrev": "CC"}])])
    pred = make_doc(actions=[action("The CC to review the policy.", [{"abbrev": "CC"}], {"date": "2018-06"})])
    s = evaluate_document(gold, pred).scores
    assert s["actions.due_accuracy"] is None  # gold due has no date: not in the denominator
    assert s["end_to_end.f1"] == 0.0
    assert s["actions.f1"] == 1.0


def test_corpus_scores_sum_counts_instead_of_averaging_documents():
    big = make_doc(people=[{"name": f"P{i}", "attendance": "present"} for i in range(9)])
    small = make_doc(people=[{"name": "Q", "attendance": "present"}])
    results = [evaluate_document(big, big), evaluate_document(small, make_doc())]
    assert [r.scores["people.recall"] for r in results] == [1.0, 0.0]
    corpus = scores_from_counts(aggregate(results))
    assert corpus["people.recall"] == 9 / 10  # not the 0.5 a macro average would give


def test_missing_prediction_scores_as_empty_and_is_listed():
    result = evaluate_missing(GOLD, "no file")
    assert result.scores["actions.recall"] == 0.0
    assert result.scores["sentences.aligned_share"] == 0.0
    assert result.errors[0].kind == "document.prediction"
    assert sum(e.kind == "sentence.missed" for e in result.errors) == 4


def test_dedup_scores_repeated_text_against_clean_reference():
    pytest.importorskip("evaluation.textmetrics")
    reference = "one two three four five six seven eight nine ten"
    perfect = evaluate_document(GOLD, GOLD.model_copy(update={"text": reference}), reference).scores
    assert (perfect["dedup.f1"], perfect["dedup.residual_duplication"]) == (1.0, 0.0)
    doubled = evaluate_document(GOLD, GOLD.model_copy(update={"text": f"{reference} {reference}"}), reference)
    s = doubled.scores
    # 17 predicted 4-grams, 7 reference 4-grams, all 7 found; 13 predicted 8-grams of which the
    # 3 reference ones occur twice (3 surplus copies); the 7 that cross the seam occur once, so
    # they are new text, not duplication -> 3 / 13.
    assert (s["dedup.precision"], s["dedup.recall"]) == (pytest.approx(7 / 17), 1.0)
    assert s["dedup.residual_duplication"] == pytest.approx(3 / 13)


def test_dedup_is_undefined_without_predicted_text_or_reference():
    assert evaluate_document(GOLD, GOLD, "some reference").scores["dedup.f1"] is None
