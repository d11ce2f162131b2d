"""Every metric of SCHEMA.md "Metrics", per document and micro-aggregated over a corpus.

Scoring happens in two steps so that corpus figures are true micro-averages:

1. :func:`evaluate_document` compares one gold document with one prediction and returns integer
   *counts* (a ``Counter`` with dotted keys such as ``"actions.aligned"``) plus every mismatch;
2. :func:`scores_from_counts` turns counts into the reported figures. A corpus score is the same
   function applied to the *sum* of the documents' counts (:func:`aggregate`), never an average
   of per-document ratios.

A score whose denominator is zero (e.g. due-date accuracy in a document whose actions have no
dated due point) is ``None``: undefined, not 0 and not 1. :data:`METRICS` lists every reported
key with its meaning; the CLI's ``--min`` thresholds use these keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from evaluation.align import Alignment, align_texts
from evaluation.canonical import canonical_item_id, canonical_text, month, owner_key
from pipeline.schema import LABELS, Action, Due, MinutesDocument, Owner

HEADER_FIELDS = ("date", "title", "chair", "venue", "start_time")
MISSED = "missed"

METRICS: dict[str, str] = {
    "dedup.precision": "word 4-gram multiset precision of text against clean.txt",
    "dedup.recall": "word 4-gram multiset recall of text against clean.txt",
    "dedup.f1": "word 4-gram multiset F1 of text against clean.txt",
    "dedup.residual_duplication": "share of predicted word 8-grams occurring more often than in clean.txt",
    "header.accuracy": "share of correct meeting.date/title/chair/venue/start_time values",
    **{f"header.{name}": f"accuracy of meeting.{name}" for name in HEADER_FIELDS},
    "people.precision": "people precision on (name lower-case, attendance)",
    "people.recall": "people recall on (name lower-case, attendance)",
    "people.f1": "people F1 on (name lower-case, attendance)",
    "people.abbrev_accuracy": "abbrev accuracy over matched people",
    "people.role_accuracy": "role accuracy over matched people",
    "items.id_precision": "item precision on canonical id",
    "items.id_recall": "item recall on canonical id",
    "items.id_f1": "item F1 on canonical id",
    "items.id_title_f1": "item F1 on (canonical id, canonical title)",
    "items.parent_accuracy": "parent accuracy over items matched by id",
    "sentences.aligned_share": "share of gold sentences aligned to a predicted sentence",
    **{
        f"classification.{label}.{part}": f"{part} of label {label!r} over gold sentences"
        for label in LABELS
        for part in ("precision", "recall", "f1")
    },
    "classification.macro_f1": "mean F1 over labels present in gold or predictions",
    "actions.precision": "aligned actions / predicted actions",
    "actions.recall": "aligned actions / gold actions",
    "actions.f1": "action F1 (alignment on text)",
    "actions.owner_set_accuracy": "share of aligned actions whose owner sets match",
    "actions.owner_precision": "owner precision over aligned actions",
    "actions.owner_recall": "owner recall over aligned actions",
    "actions.owner_f1": "owner F1 over aligned actions",
    "actions.due_accuracy": "due month accuracy over aligned actions whose gold due has a date",
    "actions.due_meeting_accuracy": "due meeting kind accuracy where both sides give one",
    "end_to_end.precision": "fully correct actions (aligned + owners + due) / predicted actions",
    "end_to_end.recall": "fully correct actions / gold actions",
    "end_to_end.f1": "fully correct action F1",
}


@dataclass(frozen=True)
class Mismatch:
    """One error: what gold says, what was predicted, and the sentence (or field) it concerns."""

    doc_id: str
    kind: str
    gold: str
    predicted: str
    text: str = ""


@dataclass
class DocResult:
    """Counts, scores and mismatches of one document."""

    doc_id: str
    counts: Counter[str]
    errors: list[Mismatch] = field(default_factory=list)

    @property
    def scores(self) -> dict[str, float | None]:
        return scores_from_counts(self.counts)


# --------------------------------------------------------------------------- small helpers


def ratio(numerator: int | float, denominator: int | float) -> float | None:
    """numerator / denominator, or ``None`` when nothing was there to score."""
    return numerator / denominator if denominator else None


def prf(true_positives: int, predicted: int, gold: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 from counts (F1 = 2TP / (predicted + gold); 0 when both are
    defined but nothing matched; ``None`` when there was nothing on either side)."""
    precision = ratio(true_positives, predicted)
    recall = ratio(true_positives, gold)
    return precision, recall, ratio(2 * true_positives, predicted + gold)


def multiset_overlap(gold: Iterable[object], pred: Iterable[object]) -> int:
    """Size of the multiset intersection (how many predicted keys find a gold partner)."""
    return sum((Counter(gold) & Counter(pred)).values())


def _show(value: object) -> str:
    """A value as it appears in the error list (``None`` shown as "-")."""
    return "-" if value is None or value == "" else str(value)


# --------------------------------------------------------------------------- dedup


def dedup_counts(predicted_text: str, reference_text: str) -> Counter[str]:
    """4-gram overlap and 8-gram excess counts of the de-duplicated text against clean.txt.

    The figures come from ``evaluation.textmetrics`` (the dedup stage's own definitions); they
    are turned back into counts (overlap = precision x predicted 4-grams, excess = residual x
    predicted 8-grams) so that corpus scores can be micro-averaged. The import is local because
    only this metric needs that module.
    """
    from evaluation.textmetrics import ngram_prf, residual_duplication, words

    predicted_words, reference_words = len(words(predicted_text)), len(words(reference_text))
    pred4, ref4 = max(predicted_words - 3, 0), max(reference_words - 3, 0)
    pred8 = max(predicted_words - 7, 0)
    scores = ngram_prf(predicted_text, reference_text, n=4)
    residual = residual_duplication(predicted_text, reference_text, n=8)
    return Counter(
        {
            "dedup.docs": 1,
            "dedup.overlap4": round(scores.precision * pred4),
            "dedup.pred4": pred4,
            "dedup.ref4": ref4,
            "dedup.excess8": round(residual * pred8),
            "dedup.pred8": pred8,
        }
    )


# --------------------------------------------------------------------------- header and people


def header_counts(
    gold: MinutesDocument, pred: MinutesDocument, doc_id: str
) -> tuple[Counter[str], list[Mismatch]]:
    """Per-field correctness of the meeting header; text fields compare in canonical form,
    so a missing value (``None``) only equals another missing value."""
    counts: Counter[str] = Counter()
    errors = []
    for name in HEADER_FIELDS:
        gold_value, pred_value = getattr(gold.meeting, name), getattr(pred.meeting, name)
        if name in ("date", "start_time"):
            correct = gold_value == pred_value
        else:
            correct = (gold_value is None) == (pred_value is None) and canonical_text(
                gold_value
            ) == canonical_text(pred_value)
        counts[f"header.{name}.total"] += 1
        counts[f"header.{name}.correct"] += int(correct)
        if not correct:
            errors.append(Mismatch(doc_id, f"header.{name}", _show(gold_value), _show(pred_value)))
    return counts, errors


def person_key(name: str, attendance: str) -> tuple[str, str]:
    """How people are matched: (canonical name, attendance)."""
    return canonical_text(name), attendance


def people_counts(
    gold: MinutesDocument, pred: MinutesDocument, doc_id: str
) -> tuple[Counter[str], list[Mismatch]]:
    """People F1 on (name, attendance); abbrev and role checked on the people that match."""
    counts: Counter[str] = Counter({"people.gold": len(gold.people), "people.pred": len(pred.people)})
    errors = []
    unused = list(pred.people)
    for person in gold.people:
        key = person_key(person.name, person.attendance)
        partner = next((p for p in unused if person_key(p.name, p.attendance) == key), None)
        if partner is None:
            errors.append(Mismatch(doc_id, "people.missing", f"{person.name} ({person.attendance})", "-"))
            continue
        unused.remove(partner)
        counts["people.tp"] += 1
        for attribute in ("abbrev", "role"):
            gold_value, pred_value = getattr(person, attribute), getattr(partner, attribute)
            correct = canonical_text(gold_value) == canonical_text(pred_value)
            counts[f"people.{attribute}_correct"] += int(correct)
            if not correct:
                errors.append(
                    Mismatch(doc_id, f"people.{attribute}", _show(gold_value), _show(pred_value), person.name)
                )
    errors.extend(Mismatch(doc_id, "people.spurious", "-", f"{p.name} ({p.attendance})") for p in unused)
    return counts, errors


# --------------------------------------------------------------------------- items


def item_counts(
    gold: MinutesDocument, pred: MinutesDocument, doc_id: str
) -> tuple[Counter[str], list[Mismatch]]:
    """Item F1 on canonical id and on (id, title); parent accuracy over items matched by id."""
    gold_ids = [canonical_item_id(i.id) for i in gold.items]
    pred_ids = [canonical_item_id(i.id) for i in pred.items]
    counts: Counter[str] = Counter(
        {
            "items.gold": len(gold_ids),
            "items.pred": len(pred_ids),
            "items.id_tp": multiset_overlap(gold_ids, pred_ids),
            "items.id_title_tp": multiset_overlap(
                [(canonical_item_id(i.id), canonical_text(i.title)) for i in gold.items],
                [(canonical_item_id(i.id), canonical_text(i.title)) for i in pred.items],
            ),
        }
    )
    errors = []
    by_id = {}
    for item in pred.items:
        by_id.setdefault(canonical_item_id(item.id), item)
    for item in gold.items:
        partner = by_id.pop(canonical_item_id(item.id), None)
        if partner is None:
            errors.append(Mismatch(doc_id, "items.missing", f"{item.id} {_show(item.title)}", "-"))
            continue
        if canonical_text(item.title) != canonical_text(partner.title):
            errors.append(Mismatch(doc_id, "items.title", _show(item.title), _show(partner.title), item.id))
        correct = canonical_item_id(item.parent) == canonical_item_id(partner.parent)
        counts["items.parent_total"] += 1
        counts["items.parent_correct"] += int(correct)
        if not correct:
            errors.append(
                Mismatch(doc_id, "items.parent", _show(item.parent), _show(partner.parent), item.id)
            )
    errors.extend(Mismatch(doc_id, "items.spurious", "-", f"{i.id} {_show(i.title)}") for i in by_id.values())
    return counts, errors


# --------------------------------------------------------------------------- sentences


def sentence_counts(
    gold: MinutesDocument, pred: MinutesDocument, doc_id: str
) -> tuple[Counter[str], list[Mismatch], Alignment]:
    """Confusion matrix over gold sentences (column "missed" for unaligned gold sentences)."""
    alignment = align_texts([s.text for s in gold.sentences], [s.text for s in pred.sentences])
    counts: Counter[str] = Counter(
        {
            "sentences.gold": len(gold.sentences),
            "sentences.pred": len(pred.sentences),
            "sentences.aligned": len(alignment.pairs),
        }
    )
    errors = []
    for g, p in enumerate(alignment.gold_to_pred):
        sentence = gold.sentences[g]
        predicted = MISSED if p is None else pred.sentences[p].label
        counts[f"cm.{sentence.label}.{predicted}"] += 1
        if predicted == MISSED:
            errors.append(Mismatch(doc_id, "sentence.missed", sentence.label, MISSED, sentence.text))
        elif predicted != sentence.label:
            errors.append(Mismatch(doc_id, "sentence.label", sentence.label, predicted, sentence.text))
    return counts, errors, alignment


def confusion_matrix(counts: Counter[str]) -> dict[str, dict[str, int]]:
    """gold label -> predicted label (or "missed") -> count, read back from the counts."""
    return {g: {p: counts[f"cm.{g}.{p}"] for p in (*LABELS, MISSED)} for g in LABELS}


def classification_scores(counts: Counter[str]) -> dict[str, float | None]:
    """Per-label P/R/F1 and macro-F1 from the confusion matrix.

    Recall counts missed gold sentences against the label; precision is over gold sentences
    whose aligned prediction carries the label. Macro-F1 averages the labels that occur in the
    gold or the predictions (a label absent from both says nothing about the classifier).
    """
    matrix = confusion_matrix(counts)
    scores: dict[str, float | None] = {}
    f1s = []
    for label in LABELS:
        tp = matrix[label][label]
        gold_total = sum(matrix[label].values())
        pred_total = sum(matrix[g][label] for g in LABELS)
        precision, recall, f1 = prf(tp, pred_total, gold_total)
        scores.update(
            {
                f"classification.{label}.precision": precision,
                f"classification.{label}.recall": recall,
                f"classification.{label}.f1": f1,
            }
        )
        if f1 is not None:
            f1s.append(f1)
    scores["classification.macro_f1"] = sum(f1s) / len(f1s) if f1s else None
    return scores


# --------------------------------------------------------------------------- actions


def owner_keys(owner: Owner) -> frozenset[str]:
    """The identifying keys of an owner (abbrev, name, mention in canonical form)."""
    return frozenset(
        k for k in (owner_key(owner.abbrev), owner_key(owner.name), owner_key(owner.mention)) if k
    )


def owner_matches(gold: Sequence[Owner], pred: Sequence[Owner]) -> int:
    """Largest one-to-one matching of predicted to gold owners sharing a key (augmenting paths;
    owner lists are tiny, so the simple algorithm is plenty)."""
    gold_keys = [owner_keys(o) for o in gold]
    pred_keys = [owner_keys(o) for o in pred]
    partner_of_pred: dict[int, int] = {}

    def place(g: int, seen: set[int]) -> bool:
        for p, keys in enumerate(pred_keys):
            if p in seen or not (keys & gold_keys[g]):
                continue
            seen.add(p)
            if p not in partner_of_pred or place(partner_of_pred[p], seen):
                partner_of_pred[p] = g
                return True
        return False

    return sum(place(g, set()) for g in range(len(gold_keys)))


def owners_match(gold: Sequence[Owner], pred: Sequence[Owner]) -> bool:
    """Owner sets are equal: same size and every owner paired with one sharing a key."""
    return len(gold) == len(pred) and owner_matches(gold, pred) == len(gold)


def due_date_matches(gold: Due | None, pred: Due | None) -> bool:
    """Due dates agree at month precision (a missing date only equals a missing date)."""
    return month(gold.date if gold else None) == month(pred.date if pred else None)


def due_matches(gold: Due | None, pred: Due | None) -> bool:
    """The due point is right: stated on both sides or neither, same month (or both undated),
    and the same meeting kind when both sides give one."""
    if gold is None or pred is None:
        return gold is None and pred is None
    if not due_date_matches(gold, pred):
        return False
    if gold.meeting and pred.meeting:
        return canonical_text(gold.meeting) == canonical_text(pred.meeting)
    return True


def _owners_text(owners: Sequence[Owner]) -> str:
    return "; ".join(o.mention or o.abbrev or o.name or "" for o in owners) or "[]"


def _due_text(due: Due | None) -> str:
    return "null" if due is None else f"date={_show(due.date)} meeting={_show(due.meeting)}"


def action_counts(
    gold_actions: Sequence[Action], pred_actions: Sequence[Action], doc_id: str
) -> tuple[Counter[str], list[Mismatch]]:
    """Action alignment on text, then owners, due dates and full correctness of aligned pairs."""
    alignment = align_texts([a.text for a in gold_actions], [a.text for a in pred_actions])
    counts: Counter[str] = Counter(
        {
            "actions.gold": len(gold_actions),
            "actions.pred": len(pred_actions),
            "actions.aligned": len(alignment.pairs),
        }
    )
    errors = [
        Mismatch(doc_id, "action.missed", "action", MISSED, gold_actions[g].text)
        for g in alignment.missed_gold
    ]
    for g, p in alignment.pairs:
        gold_action, pred_action = gold_actions[g], pred_actions[p]
        owners_ok = owners_match(gold_action.owners, pred_action.owners)
        counts["actions.owner_set_correct"] += int(owners_ok)
        counts["actions.owner_tp"] += owner_matches(gold_action.owners, pred_action.owners)
        counts["actions.owner_gold"] += len(gold_action.owners)
        counts["actions.owner_pred"] += len(pred_action.owners)
        if not owners_ok:
            errors.append(
                Mismatch(
                    doc_id,
                    "action.owners",
                    _owners_text(gold_action.owners),
                    _owners_text(pred_action.owners),
                    gold_action.text,
                )
            )
        gold_due, pred_due = gold_action.due, pred_action.due
        if gold_due is not None and gold_due.date is not None:
            counts["actions.due_total"] += 1
            counts["actions.due_correct"] += int(due_date_matches(gold_due, pred_due))
        if gold_due and pred_due and gold_due.meeting and pred_due.meeting:
            counts["actions.due_meeting_total"] += 1
            counts["actions.due_meeting_correct"] += int(
                canonical_text(gold_due.meeting) == canonical_text(pred_due.meeting)
            )
        due_ok = due_matches(gold_due, pred_due)
        if not due_ok:
            errors.append(
                Mismatch(doc_id, "action.due", _due_text(gold_due), _due_text(pred_due), gold_action.text)
            )
        counts["actions.fully_correct"] += int(owners_ok and due_ok)
    errors.extend(
        Mismatch(doc_id, "action.spurious", "-", "action", pred_actions[p].text)
        for p in alignment.unmatched_pred
    )
    return counts, errors


# --------------------------------------------------------------------------- documents and corpora


def evaluate_document(
    gold: MinutesDocument, pred: MinutesDocument, clean_text: str | None = None, doc_id: str | None = None
) -> DocResult:
    """Score one prediction against its gold. Dedup metrics need both the predicted ``text``
    and the hand-cleaned reference; without either they are left out (``None``)."""
    doc_id = doc_id or gold.doc_id
    counts: Counter[str] = Counter()
    errors: list[Mismatch] = []
    if pred.text is not None and clean_text is not None:
        counts += dedup_counts(pred.text, clean_text)
    for part_counts, part_errors in (
        header_counts(gold, pred, doc_id),
        people_counts(gold, pred, doc_id),
        item_counts(gold, pred, doc_id),
        sentence_counts(gold, pred, doc_id)[:2],
        action_counts(gold.actions, pred.actions, doc_id),
    ):
        counts.update(part_counts)
        errors.extend(part_errors)
    return DocResult(doc_id=doc_id, counts=counts, errors=errors)


def aggregate(results: Iterable[DocResult]) -> Counter[str]:
    """Corpus counts: the sum of the documents' counts (micro-aggregation)."""
    total: Counter[str] = Counter()
    for result in results:
        total.update(result.counts)
    return total


def scores_from_counts(counts: Counter[str]) -> dict[str, float | None]:
    """Every metric of :data:`METRICS` from (document or corpus) counts."""
    c = counts
    scores: dict[str, float | None] = {}
    precision, recall, f1 = prf(c["dedup.overlap4"], c["dedup.pred4"], c["dedup.ref4"])
    has_dedup = c["dedup.docs"] > 0
    scores["dedup.precision"] = precision if has_dedup else None
    scores["dedup.recall"] = recall if has_dedup else None
    scores["dedup.f1"] = f1 if has_dedup else None
    scores["dedup.residual_duplication"] = (
        (ratio(c["dedup.excess8"], c["dedup.pred8"]) or 0.0) if has_dedup else None
    )
    scores["header.accuracy"] = ratio(
        sum(c[f"header.{n}.correct"] for n in HEADER_FIELDS),
        sum(c[f"header.{n}.total"] for n in HEADER_FIELDS),
    )
    for name in HEADER_FIELDS:
        scores[f"header.{name}"] = ratio(c[f"header.{name}.correct"], c[f"header.{name}.total"])
    (scores["people.precision"], scores["people.recall"], scores["people.f1"]) = prf(
        c["people.tp"], c["people.pred"], c["people.gold"]
    )
    scores["people.abbrev_accuracy"] = ratio(c["people.abbrev_correct"], c["people.tp"])
    scores["people.role_accuracy"] = ratio(c["people.role_correct"], c["people.tp"])
    (scores["items.id_precision"], scores["items.id_recall"], scores["items.id_f1"]) = prf(
        c["items.id_tp"], c["items.pred"], c["items.gold"]
    )
    scores["items.id_title_f1"] = prf(c["items.id_title_tp"], c["items.pred"], c["items.gold"])[2]
    scores["items.parent_accuracy"] = ratio(c["items.parent_correct"], c["items.parent_total"])
    scores["sentences.aligned_share"] = ratio(c["sentences.aligned"], c["sentences.gold"])
    scores.update(classification_scores(c))
    (scores["actions.precision"], scores["actions.recall"], scores["actions.f1"]) = prf(
        c["actions.aligned"], c["actions.pred"], c["actions.gold"]
    )
    scores["actions.owner_set_accuracy"] = ratio(c["actions.owner_set_correct"], c["actions.aligned"])
    (scores["actions.owner_precision"], scores["actions.owner_recall"], scores["actions.owner_f1"]) = prf(
        c["actions.owner_tp"], c["actions.owner_pred"], c["actions.owner_gold"]
    )
    if c["actions.aligned"] and not (c["actions.owner_pred"] or c["actions.owner_gold"]):
        # Every aligned action correctly names nobody: owners are perfect, not undefined.
        scores["actions.owner_precision"] = scores["actions.owner_recall"] = scores["actions.owner_f1"] = 1.0
    scores["actions.due_accuracy"] = ratio(c["actions.due_correct"], c["actions.due_total"])
    scores["actions.due_meeting_accuracy"] = ratio(
        c["actions.due_meeting_correct"], c["actions.due_meeting_total"]
    )
    (scores["end_to_end.precision"], scores["end_to_end.recall"], scores["end_to_end.f1"]) = prf(
        c["actions.fully_correct"], c["actions.pred"], c["actions.gold"]
    )
    return scores


@dataclass
class RunResult:
    """One system's results over a corpus (the pipeline, a baseline, or given predictions)."""

    name: str
    documents: list[DocResult]

    @property
    def counts(self) -> Counter[str]:
        return aggregate(self.documents)

    @property
    def scores(self) -> dict[str, float | None]:
        """Corpus micro-aggregated scores."""
        return scores_from_counts(self.counts)

    @property
    def errors(self) -> list[Mismatch]:
        return [e for d in self.documents for e in d.errors]


def evaluate_missing(gold: MinutesDocument, reason: str, doc_id: str | None = None) -> DocResult:
    """Score a document for which no prediction exists: an empty prediction (everything
    missed), plus an error saying why, so the corpus figures still count the document."""
    doc_id = doc_id or gold.doc_id
    result = evaluate_document(gold, MinutesDocument(doc_id=doc_id), doc_id=doc_id)
    result.errors.insert(0, Mismatch(doc_id, "document.prediction", "present", f"missing: {reason}"))
    return result
