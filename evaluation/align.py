"""Gold-to-predicted alignment of sentences and actions (SCHEMA.md, "Alignment").

A pipeline may split sentences differently from the gold, so sentences are matched by content,
not position: a gold text and a predicted text may pair when the Jaccard similarity of their
token sets (canonical text, word tokens) is at least 0.5, and each side is used at most once.

Tie-breaking, i.e. which pairs are kept when candidates compete, is *globally best first*:
every candidate pair is ranked by

1. higher Jaccard;
2. then smaller distance between the two relative positions (gold index / gold count vs.
   predicted index / predicted count), so that of two identical predictions ("None." twice)
   each gold copy takes the one in the matching place of the document;
3. then lower gold index, then lower predicted index (a fixed order, so results never depend
   on set or dict iteration).

Pairs are accepted in that order whenever neither side is taken yet. Unlike a left-to-right
greedy pass, an early gold sentence cannot steal the prediction that matches a later one better.
The threshold is tested in integers (2 * shared >= union), so a Jaccard of exactly 0.5 aligns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from evaluation.canonical import tokens

THRESHOLD_NUMERATOR, THRESHOLD_DENOMINATOR = 1, 2  # Jaccard >= 1/2


@dataclass(frozen=True)
class Alignment:
    """Which predicted index each gold index is paired with (``None``: the gold one is missed)."""

    gold_to_pred: tuple[int | None, ...]
    pred_count: int

    @property
    def pairs(self) -> list[tuple[int, int]]:
        """Aligned (gold index, predicted index) pairs in gold order."""
        return [(g, p) for g, p in enumerate(self.gold_to_pred) if p is not None]

    @property
    def missed_gold(self) -> list[int]:
        """Gold indices with no predicted partner."""
        return [g for g, p in enumerate(self.gold_to_pred) if p is None]

    @property
    def unmatched_pred(self) -> list[int]:
        """Predicted indices no gold item took (spurious or extra splits)."""
        used = {p for p in self.gold_to_pred if p is not None}
        return [p for p in range(self.pred_count) if p not in used]


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Token-set Jaccard similarity; two empty sets share nothing and score 0."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def passes_threshold(a: frozenset[str], b: frozenset[str]) -> bool:
    """Jaccard >= 0.5, computed exactly in integers."""
    shared = len(a & b)
    union = len(a) + len(b) - shared
    return union > 0 and shared * THRESHOLD_DENOMINATOR >= union * THRESHOLD_NUMERATOR


def _relative(index: int, count: int) -> float:
    """Position of an index within its sequence, in [0, 1]."""
    return index / (count - 1) if count > 1 else 0.0


def candidate_pairs(
    gold: Sequence[frozenset[str]], pred: Sequence[frozenset[str]]
) -> list[tuple[float, float, int, int]]:
    """Every (gold, predicted) pair that clears the threshold, ranked best first.

    Each entry is ``(-jaccard, position distance, gold index, predicted index)`` so that plain
    sorting yields the documented tie-breaking order. A size filter skips pairs that cannot
    reach 0.5 (the smaller set must hold at least half as many tokens as the larger).
    """
    ranked = []
    for g, gold_tokens in enumerate(gold):
        for p, pred_tokens in enumerate(pred):
            small, large = sorted((len(gold_tokens), len(pred_tokens)))
            if small * THRESHOLD_DENOMINATOR < large * THRESHOLD_NUMERATOR:
                continue
            if passes_threshold(gold_tokens, pred_tokens):
                distance = abs(_relative(g, len(gold)) - _relative(p, len(pred)))
                ranked.append((-jaccard(gold_tokens, pred_tokens), distance, g, p))
    ranked.sort()
    return ranked


def align_token_sets(gold: Sequence[frozenset[str]], pred: Sequence[frozenset[str]]) -> Alignment:
    """One-to-one alignment of token sets, globally best pairs first (see module docstring)."""
    gold_to_pred: list[int | None] = [None] * len(gold)
    taken: set[int] = set()
    for _, _, g, p in candidate_pairs(gold, pred):
        if gold_to_pred[g] is None and p not in taken:
            gold_to_pred[g] = p
            taken.add(p)
    return Alignment(tuple(gold_to_pred), len(pred))


def align_texts(gold: Sequence[str], pred: Sequence[str]) -> Alignment:
    """Align gold texts to predicted texts (sentences, or actions on their ``text``)."""
    return align_token_sets([tokens(t) for t in gold], [tokens(t) for t in pred])
