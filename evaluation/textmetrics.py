"""The contract's de-duplication metrics: word n-gram overlap and residual duplication.

Both compare a predicted de-duplicated text with the hand-cleaned reference on word tokens
(NFKC, lower-case, ``\\w+``), so whitespace, line breaks, punctuation and markup do not count.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


def words(text: str) -> list[str]:
    """Word tokens of ``text``: NFKC-normalised, lower-cased runs of word characters."""
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text).lower())


def _ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def ngram_prf(predicted: str, reference: str, n: int = 4) -> PRF:
    """Multiset precision, recall and F1 of the word ``n``-grams of ``predicted`` against ``reference``.

    Two empty texts agree perfectly; an empty side against a non-empty one scores zero."""
    pred, ref = _ngrams(words(predicted), n), _ngrams(words(reference), n)
    pred_total, ref_total = sum(pred.values()), sum(ref.values())
    if pred_total == 0 and ref_total == 0:
        return PRF(1.0, 1.0, 1.0)
    overlap = sum((pred & ref).values())
    precision = overlap / pred_total if pred_total else 0.0
    recall = overlap / ref_total if ref_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


def residual_duplication(predicted: str, reference: str, n: int = 8) -> float:
    """Share of the predicted word ``n``-grams that are surplus copies.

    An n-gram occurring ``p`` times in ``predicted`` and ``r`` times in ``reference`` contributes
    ``max(0, p - r)`` excess occurrences when ``p > 1`` (it is repeated); the result is the
    total excess divided by the number of predicted n-grams (0.0 when there are none)."""
    pred, ref = _ngrams(words(predicted), n), _ngrams(words(reference), n)
    total = sum(pred.values())
    if total == 0:
        return 0.0
    excess = sum(count - ref[gram] for gram, count in pred.items() if count > 1 and count > ref[gram])
    return excess / total
