"""Inter-annotator agreement: kappa on aligned labels, share aligned, owner and due agreement."""

import pytest

from evaluation.agreement import agreement, kappa
from pipeline.schema import MinutesDocument

TEXTS = (
    "Can the CC provide an update on recruitment?",
    "The PCC asked about the training backlog.",
    "The CC responded that recruitment had doubled.",
    "Audits show compliance above ninety percent.",
)


def labelled(labels: list[str], actions: list[dict] | None = None, texts=TEXTS) -> MinutesDocument:
    return MinutesDocument.model_validate(
        {
            "doc_id": "d",
            "sentences": [{"text": t, "label": lab} for t, lab in zip(texts, labels, strict=True)],
            "actions": actions or [],
        }
    )


def test_identical_labellings_agree_perfectly():
    doc = labelled(["question", "question", "finding", "finding"])
    result = agreement(doc, doc)
    assert (result.kappa, result.label_agreement, result.aligned_share_a, result.aligned_share_b) == (
        1,
        1,
        1,
        1,
    )


def test_kappa_matches_hand_computation():
    # observed 3/4; chance 1/2*1/4 + 1/2*3/4 = 1/2; kappa = (3/4 - 1/2) / (1 - 1/2) = 1/2
    a = labelled(["question", "question", "finding", "finding"])
    b = labelled(["question", "finding", "finding", "finding"])
    result = agreement(a, b)
    assert result.kappa == pytest.approx(0.5)
    assert result.label_agreement == 0.75


def test_single_shared_label_throughout_counts_as_full_agreement():
    assert kappa(["other", "other"], ["other", "other"]) == 1.0
    assert kappa([], []) is None


def test_share_aligned_counts_sentences_of_each_labelling():
    a = labelled(["question", "question", "finding", "finding"])
    b = labelled(["question", "question", "finding"], texts=TEXTS[:3])
    result = agreement(a, b)
    assert (result.sentences_aligned, result.aligned_share_a, result.aligned_share_b) == (3, 3 / 4, 1.0)


def test_owner_and_due_agreement_on_aligned_actions():
    texts = ("The CC to share the plans.", "The PCC to write to the minister.", "It would be brought back.")
    labels = ["action", "action", "action"]
    actions_a = [
        {"text": texts[0], "owners": [{"abbrev": "CC"}], "due": {"date": "2018-11"}},
        {"text": texts[1], "owners": [{"abbrev": "PCC"}], "due": {"date": "2018-06-30"}},
        {"text": texts[2], "owners": [], "due": None},
    ]
    actions_b = [
        {"text": texts[0], "owners": [{"mention": "the CC"}], "due": {"date": "2018-11-27"}},
        {
            "text": texts[1],
            "owners": [{"mention": "the PCC"}, {"mention": "the CC"}],
            "due": {"date": "2018-07"},
        },
        {"text": texts[2], "owners": [], "due": None},
    ]
    result = agreement(labelled(labels, actions_a, texts), labelled(labels, actions_b, texts))
    assert result.actions_aligned == 3
    assert result.owner_set_agreement == 2 / 3
    assert result.due_date_agreement == 1 / 2  # the undated pair is left out
