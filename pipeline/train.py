"""Train the sentence classifier from the corpus (``minutes train``).

Training examples are made the way the pipeline will see sentences: each training document's
hand-cleaned text is segmented and split by the pipeline's own stages, and every predicted
sentence that aligns with a gold sentence (the contract's token-Jaccard alignment) takes the
gold label. The model is a ``FeatureHasher`` over :func:`pipeline.classify.document_features` and a
logistic regression (saga solver) calibrated with Platt scaling (sigmoid, on 3-fold out-of-fold
scores), so ``confidence`` is a probability. The action threshold is the highest whose
out-of-fold action recall over the training documents reaches 0.95. Scores are cross-validated by document (``GroupKFold``): no document's sentences
are in both the fitting and the scoring folds. Everything is seeded, so a rebuild from the
same corpus gives the same model and the same scores.

Only the corpus' ``train`` split fits and tunes the model; ``dev`` is only scored (on the card),
and ``test`` is never read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import os
import platform
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import __version__, classify, segment, sentences, syntax
from pipeline.schema import LABELS, SentenceSpan

SEED = 0


@dataclass
class Examples:
    spans: list[SentenceSpan]
    labels: list[str]
    groups: list[str]
    features: list[dict[str, float]] = field(default_factory=list)


def examples_from_document(
    doc_id: str, clean_text: str, gold_sentences: list[tuple[str, str]], syntax_nlp: Any = None
) -> Examples:
    """Pipeline-split sentences of one document with the labels of the gold sentences they align to;
    with ``syntax_nlp`` (a pretrained spaCy pipeline) their features include its syntactic ones."""
    from evaluation.align import align_texts

    spans = sentences.split_sentences(clean_text, segment.segment_items(clean_text))
    alignment = align_texts([t for t, _ in gold_sentences], [s.text for s in spans])
    extra = None if syntax_nlp is None else syntax.syntax_features(syntax_nlp, [s.text for s in spans])
    feats = classify.document_features(spans, extra)  # context needs every sentence, aligned or not
    out = Examples([], [], [])
    for g, p in sorted(alignment.pairs, key=lambda gp: gp[1]):
        out.spans.append(spans[p])
        out.labels.append(gold_sentences[g][1])
        out.groups.append(doc_id)
        out.features.append(feats[p])
    return out


def load_examples(corpus_dir: Path, split: str = "train", syntax_nlp: Any = None) -> tuple[Examples, str]:
    """Examples of every document in ``split`` and the SHA-256 of the data they came from."""
    from evaluation.corpus import load_corpus

    digest = hashlib.sha256()
    examples = Examples([], [], [])
    for doc in load_corpus(corpus_dir, split):
        clean = doc.clean_text()
        if clean is None:
            continue
        gold_bytes = doc.gold_path.read_bytes()
        digest.update(doc.doc_id.encode() + b"\0" + clean.encode() + b"\0" + gold_bytes)
        ex = examples_from_document(
            doc.doc_id, clean, [(s.text, s.label) for s in doc.gold.sentences], syntax_nlp
        )
        examples.spans += ex.spans
        examples.labels += ex.labels
        examples.groups += ex.groups
        examples.features += ex.features
    return examples, digest.hexdigest()


def _has_split(corpus_dir: Path, split: str) -> bool:
    from evaluation.corpus import read_splits

    return bool((read_splits(corpus_dir) or {}).get(split))


def make_estimator():
    """The untrained scikit-learn pipeline."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    # saga to a tolerance of 1e-3: on the 688 training documents it stops after about 140 epochs (25 s a fit) where
    # 1e-4 ran 760 (60 s) for the same held-out macro-F1 (0.959 / 0.960 on a grouped 80/20 split); lbfgs is as fast;
    # ensemble=False keeps one model (fitted on all rows) with calibrators fitted on its 3-fold
    # out-of-fold scores: a third of the prediction work and file size of an ensemble of three
    base = LogisticRegression(
        C=4.0, solver="saga", tol=1e-3, max_iter=4000, class_weight="balanced", random_state=SEED
    )
    return Pipeline(
        [
            ("features", FeatureHasher(n_features=2**18, input_type="dict", alternate_sign=False)),
            ("model", CalibratedClassifierCV(base, method="sigmoid", cv=3, ensemble=False)),
        ]
    )


def score(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """Macro-F1 and per-label P/R/F1 over the four labels."""
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    p, r, f, _ = precision_recall_fscore_support(gold, predicted, labels=list(LABELS), zero_division=0)
    out = {
        "macro_f1": float(f1_score(gold, predicted, labels=list(LABELS), average="macro", zero_division=0))
    }
    for i, label in enumerate(LABELS):
        out[f"{label}.precision"], out[f"{label}.recall"], out[f"{label}.f1"] = (
            float(p[i]),
            float(r[i]),
            float(f[i]),
        )
    return {k: round(v, 4) for k, v in out.items()}


ACTION_RECALL_GOAL = 0.95
THRESHOLDS = (0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2)


def out_of_fold_probabilities(examples: Examples, folds: int = 5) -> tuple[list[str], list[list[float]]]:
    """Class order and out-of-fold class probabilities, folds grouped by document."""
    _, classes, probs = _fit_folds(examples, folds, fit_all=False)
    return classes, probs


def fit_with_folds(examples: Examples, folds: int = 5) -> tuple[Any, list[str], list[list[float]]]:
    """The model fitted on every example, with the class order and out-of-fold class probabilities of
    :func:`out_of_fold_probabilities`: all the fits share one pool of workers."""
    return _fit_folds(examples, folds, fit_all=True)


def _fit_folds(examples: Examples, folds: int, *, fit_all: bool) -> tuple[Any, list[str], list[list[float]]]:
    from joblib import Parallel, delayed
    from sklearn.model_selection import GroupKFold

    feats, labels = examples.features, examples.labels
    splitter = GroupKFold(n_splits=min(folds, len(set(examples.groups))))
    splits = list(splitter.split(feats, labels, examples.groups))
    # the fits are independent with fixed seeds, so running them side by side gives the same models and
    # probabilities as running them in turn; one worker per core. The fit on every row, the longest,
    # goes first so that the folds fill the other workers meanwhile
    jobs = [delayed(_fit)(feats, labels)] if fit_all else []
    jobs += [
        delayed(_fold_probabilities)(
            [feats[i] for i in fit_idx], [labels[i] for i in fit_idx], [feats[i] for i in test_idx]
        )
        for fit_idx, test_idx in splits
    ]
    done = Parallel(n_jobs=min(len(jobs), os.cpu_count() or 1))(jobs)
    estimator, fitted = (done[0], done[1:]) if fit_all else (None, done)
    probs: list[list[float]] = [[] for _ in feats]
    for (_, test_idx), (_, rows) in zip(splits, fitted, strict=True):
        for i, row in zip(test_idx, rows, strict=True):
            probs[i] = row
    return estimator, fitted[-1][0], probs


def _fit(feats: list[dict], labels: list[str]):
    return make_estimator().fit(feats, labels)


def _fold_probabilities(
    fit_feats: list[dict], fit_labels: list[str], test_feats: list[dict]
) -> tuple[list[str], list[list[float]]]:
    """Class order and class probabilities of one fold's held-out rows, from a model fitted on the rest."""
    est = _fit(fit_feats, fit_labels)
    return [str(c) for c in est.classes_], [[float(v) for v in row] for row in est.predict_proba(test_feats)]


def predicted_labels(examples: Examples, classes: list[str], probs: Any, threshold: float) -> list[str]:
    """The labels :meth:`pipeline.classify.SentenceClassifier.predict` would give these examples: the
    threshold rule, then the owner-tag layout read document by document (over the example sentences,
    which are the aligned ones; a tag line and the sentence it closes are both gold sentences)."""
    labels = classify.decide_labels(classes, probs, threshold, [s.text for s in examples.spans])
    out: list[str] = []
    for _, run in itertools.groupby(range(len(labels)), key=examples.groups.__getitem__):
        rows = list(run)
        out += classify.apply_owner_tags([examples.spans[i] for i in rows], [labels[i] for i in rows])
    return out


def choose_action_threshold(examples: Examples, classes: list[str], probs: Any) -> float:
    """The highest threshold whose out-of-fold action recall reaches :data:`ACTION_RECALL_GOAL`
    (missing an action costs researchers more than a spurious one); 0.5 when none is needed."""
    for t in THRESHOLDS:
        if (
            score(examples.labels, predicted_labels(examples, classes, probs, t))["action.recall"]
            >= ACTION_RECALL_GOAL
        ):
            return t
    return THRESHOLDS[-1]


def cross_validate(
    examples: Examples, folds: int = 5, action_threshold: float | None = None
) -> dict[str, float]:
    """Scores of out-of-fold predictions, folds grouped by document, decided as ``predict`` decides."""
    classes, probs = out_of_fold_probabilities(examples, folds)
    return scores_of_folds(examples, classes, probs, action_threshold)


def scores_of_folds(
    examples: Examples, classes: list[str], probs: Any, action_threshold: float | None = None
) -> dict[str, float]:
    """Scores of these out-of-fold probabilities decided as ``predict`` decides, at ``action_threshold`` or at
    the one :func:`choose_action_threshold` chooses."""
    t = choose_action_threshold(examples, classes, probs) if action_threshold is None else action_threshold
    return {**score(examples.labels, predicted_labels(examples, classes, probs, t)), "action_threshold": t}


def dev_scores_at(estimator, dev: Examples, action_threshold: float) -> dict[str, float]:
    """Scores on the dev split at a threshold chosen elsewhere (dev is only scored, not tuned on:
    its four documents hold too few actions to set a threshold)."""
    classes = [str(c) for c in estimator.classes_]
    probs = [list(row) for row in estimator.predict_proba(dev.features)]
    return score(dev.labels, predicted_labels(dev, classes, probs, action_threshold))


def rules_scores(examples: Examples) -> dict[str, float]:
    return score(examples.labels, [classify.rule_label(s).label for s in examples.spans])


def train(corpus_dir: Path, out_dir: Path, *, folds: int = 5, spacy_model: str | None = None) -> dict:
    """Fit on the train split, save ``sentence_classifier.skops`` and its card; return the card.

    With ``spacy_model`` (an installed pretrained spaCy pipeline) the features also include its
    syntactic ones (:mod:`pipeline.syntax`) and the model is saved as
    ``sentence_classifier+<pipeline>.skops``, beside the default one, which is left as it is."""
    import numpy
    import sklearn
    import skops
    import skops.io as sio
    import spacy

    syntax_nlp = None if spacy_model is None else syntax.load_pretrained(spacy_model)
    stem = syntax.model_stem(classify.MODEL_NAME, syntax_nlp)
    examples, data_hash = load_examples(corpus_dir, "train", syntax_nlp)
    if len(set(examples.labels)) < len(LABELS):
        raise ValueError(f"the train split of {corpus_dir} lacks labels: has {sorted(set(examples.labels))}")
    estimator, classes, probs = fit_with_folds(examples, folds)
    dev, dev_hash = (
        load_examples(corpus_dir, "dev", syntax_nlp) if _has_split(corpus_dir, "dev") else (None, None)
    )
    # the threshold is set on the out-of-fold predictions of every training document: far more
    # actions, in more styles, than the dev split holds
    cv = scores_of_folds(examples, classes, probs)
    threshold, threshold_from = cv["action_threshold"], "out-of-fold train predictions"
    dev_scores = dev_scores_at(estimator, dev, threshold) if dev is not None and dev.labels else None
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{stem}.skops"
    tmp = path.with_suffix(".skops.tmp")
    sio.dump(estimator, tmp)
    untrusted = [t for t in sio.get_untrusted_types(file=tmp) if t not in classify.TRUSTED_TYPES]
    if untrusted:
        tmp.unlink()
        raise ValueError(f"the fitted model holds types outside the trusted list: {untrusted}")
    tmp.replace(path)
    counts = {label: examples.labels.count(label) for label in LABELS}
    card = {
        "model": stem,
        "file": path.name,
        "file_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "task": "sentence label: question / finding / action / other",
        "estimator": "FeatureHasher(2**18, dict input) + CalibratedClassifierCV(LogisticRegression(C=4, balanced, saga, tol=1e-3), sigmoid, cv=3, ensemble=False)",
        "features": "pipeline.classify.document_features: words, bigrams, first words, cue flags, tense, section, item heading and kind, position and place before the first question and the first line of discussion, bullet, neighbours' cue flags; cue flags weigh 3"
        + (
            ""
            if syntax_nlp is None
            else "; pipeline.syntax.syntax_features of the pretrained spaCy pipeline: main verb's tag and lemma, "
            "imperative, subject + to + verb, auxiliary before the subject, wh-word first, modals, passive, "
            "xcomp / ccomp, subject kind, first three tags, entity types"
        ),
        "spacy_model": None if syntax_nlp is None else syntax.pipeline_info(syntax_nlp),
        "training_data": {
            "corpus": "corpus/ (train split of corpus/splits.json)",
            "documents": sorted(set(examples.groups)),
            "sentences": len(examples.labels),
            "label_counts": counts,
            "sha256": data_hash,
        },
        "cross_validation": {
            "scheme": f"GroupKFold by document, {min(folds, len(set(examples.groups)))} folds",
            "scores": cv,
        },
        "decision": {
            "action_threshold": threshold,
            "chosen_on": threshold_from,
            "rule": "label = action when P(action) >= action_threshold, else the most probable label; a "
            "sentence ending in '?' or a line ending on a completion status ('-- DONE', '; closed.') is never an "
            "action; an owner-tag line ('Action: CEO') is other and makes "
            "the sentence it closes an action; the threshold is the highest whose out-of-fold action recall "
            "on the train split reaches 0.95 (scores, threshold and dev scores all apply these rules)",
        },
        "dev_scores": dev_scores,
        "dev_data_sha256": dev_hash,
        "rule_baseline_on_train": rules_scores(examples),
        "trusted_types": list(classify.TRUSTED_TYPES),
        "versions": {
            "minutes": __version__,
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "skops": skops.__version__,
            "numpy": numpy.__version__,
            "spacy": spacy.__version__,
        },
        "seed": SEED,
        "trained": dt.date.today().isoformat(),
    }
    classify.card_path_of(path).write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    classify.load_default_model.cache_clear()
    classify.load_syntax_model.cache_clear()
    return card
