"""Sentence classification: clear cases of each label, the rule baseline, and safe model loading."""

import pytest
import skops.io as sio

from pipeline.classify import TRUSTED_TYPES, classify_sentences, load_model, model_path, rule_label
from pipeline.schema import SentenceSpan


def span(text, section=None, position=1):
    return SentenceSpan(id=0, start=0, end=len(text), text=text, item="1", section=section, position=position)


CLEAR = [
    ("Can the CC provide an update on the action plans?", "question"),
    ("Cllr Reddy asked whether the earmarked reserve could cover the difference.", "question"),
    ("The CC responded that the direct recording function had seen an increase.", "finding"),
    ("The CC to share the confidence action plans with the PCC.", "action"),
    ("ACTION: JS to circulate the revised terms of reference.", "action"),
    (
        "It was agreed that hate crime satisfaction would be brought back to the meeting in November.",
        "action",
    ),
    ("Findings:", "other"),
    ("None.", "other"),
]


@pytest.mark.parametrize("text, label", CLEAR)
def test_trained_model_labels_clear_examples(text, label):
    section = "findings" if label == "finding" else None
    assert classify_sentences([span(text, section)])[0].label == label


@pytest.mark.parametrize("text, label", CLEAR)
def test_rule_baseline_labels_clear_examples(text, label):
    section = "findings" if label == "finding" else None
    assert rule_label(span(text, section)).label == label


def test_confidence_is_a_probability():
    out = classify_sentences([span(t) for t, _ in CLEAR])
    assert all(0.0 <= c.confidence <= 1.0 for c in out)


def test_model_file_loads_with_only_the_trusted_types():
    assert set(sio.get_untrusted_types(file=model_path())) <= set(TRUSTED_TYPES)
    assert load_model().predict([span("Can the RFO explain the overspend?")])[0].label == "question"


def test_unknown_method_is_refused():
    with pytest.raises(ValueError):
        classify_sentences([span("x")], method="magic")


@pytest.mark.parametrize(
    "text",
    [
        "tomasz: I can do it, since I've been scribing anyway.",
        "Still open from 3 Aug: @amarao to rewrite the quick-start page.",
        "RESOLVED that the Town Clerk be instructed to seek three tenders.",
        "chloe, could you also add a test with a dark blue ramp?",
    ],
)
def test_rule_baseline_sees_commitments_requests_and_labelled_actions(text):
    assert rule_label(span(text)).label == "action"
