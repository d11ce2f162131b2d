"""Inter-annotator agreement between two independent labellings of the same document.

The two gold files are aligned exactly as the evaluator aligns gold with predictions (file A
plays "gold"), then: Cohen's kappa on the labels of aligned sentence pairs, the share of
sentences aligned on each side, and on aligned actions the share with the same owner set and
the same due month. These are the ceilings the pipeline's scores should be read against.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sklearn.metrics import cohen_kappa_score

from evaluation.align import align_texts
from evaluation.metrics import due_date_matches, owners_match, ratio
from pipeline.schema import LABELS, MinutesDocument


@dataclass(frozen=True)
class Agreement:
    """Agreement figures of two labellings (``None`` where there was nothing to compare)."""

    sentences_a: int
    sentences_b: int
    sentences_aligned: int
    aligned_share_a: float | None
    aligned_share_b: float | None
    label_agreement: float | None
    kappa: float | None
    actions_a: int
    actions_b: int
    actions_aligned: int
    owner_set_agreement: float | None
    due_date_agreement: float | None

    def as_dict(self) -> dict[str, int | float | None]:
        return asdict(self)


def kappa(labels_a: list[str], labels_b: list[str]) -> float | None:
    """Cohen's kappa of paired labels. When both annotators used one and the same label
    throughout, chance agreement is 1 and kappa is 0/0; identical labels then count as 1.0."""
    if not labels_a:
        return None
    if len(set(labels_a) | set(labels_b)) == 1:
        return 1.0
    return float(cohen_kappa_score(labels_a, labels_b, labels=list(LABELS)))


def agreement(doc_a: MinutesDocument, doc_b: MinutesDocument) -> Agreement:
    """Agreement of two labellings of one document (see module docstring).

    Due-date agreement is over aligned actions where at least one annotator resolved a date;
    two undated due points agree trivially and would inflate it.
    """
    sentences = align_texts([s.text for s in doc_a.sentences], [s.text for s in doc_b.sentences])
    labels_a = [doc_a.sentences[a].label for a, _ in sentences.pairs]
    labels_b = [doc_b.sentences[b].label for _, b in sentences.pairs]
    actions = align_texts([x.text for x in doc_a.actions], [x.text for x in doc_b.actions])
    action_pairs = [(doc_a.actions[a], doc_b.actions[b]) for a, b in actions.pairs]
    dated = [(x, y) for x, y in action_pairs if (x.due and x.due.date) or (y.due and y.due.date)]
    return Agreement(
        sentences_a=len(doc_a.sentences),
        sentences_b=len(doc_b.sentences),
        sentences_aligned=len(sentences.pairs),
        aligned_share_a=ratio(len(sentences.pairs), len(doc_a.sentences)),
        aligned_share_b=ratio(len(sentences.pairs), len(doc_b.sentences)),
        label_agreement=ratio(sum(a == b for a, b in zip(labels_a, labels_b, strict=True)), len(labels_a)),
        kappa=kappa(labels_a, labels_b),
        actions_a=len(doc_a.actions),
        actions_b=len(doc_b.actions),
        actions_aligned=len(action_pairs),
        owner_set_agreement=ratio(
            sum(owners_match(x.owners, y.owners) for x, y in action_pairs), len(action_pairs)
        ),
        due_date_agreement=ratio(sum(due_date_matches(x.due, y.due) for x, y in dated), len(dated)),
    )
