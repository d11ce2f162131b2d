"""Sentence/action alignment: token-set Jaccard >= 0.5, one-to-one, globally best pairs first."""

from evaluation.align import align_texts, jaccard, passes_threshold
from evaluation.canonical import tokens


def test_identical_sentences_align_one_to_one_in_order():
    texts = ["The CC gave an update.", "Members noted the report.", "None."]
    assert align_texts(texts, list(texts)).gold_to_pred == (0, 1, 2)


def test_jaccard_counts_shared_over_union_tokens():
    assert jaccard(tokens("a b c d"), tokens("c d e f")) == 2 / 6
    assert jaccard(frozenset(), frozenset()) == 0.0


def test_jaccard_of_exactly_one_half_aligns():
    gold, pred = tokens("alpha beta gamma delta"), tokens("alpha beta")  # 2 shared / 4
    assert jaccard(gold, pred) == 0.5
    assert passes_threshold(gold, pred)
    assert align_texts(["alpha beta gamma delta"], ["alpha beta"]).gold_to_pred == (0,)


def test_jaccard_just_below_one_half_does_not_align():
    # 3 shared of 7 tokens = 0.43
    alignment = align_texts(["one two three four five"], ["one two three six seven"])
    assert alignment.gold_to_pred == (None,)
    assert alignment.missed_gold == [0]
    assert alignment.unmatched_pred == [0]


def test_gold_sentence_split_in_two_by_pipeline_aligns_with_one_half_only():
    gold = ["The CC reported progress on recruitment and the PCC thanked officers"]
    pred = ["The CC reported progress on recruitment", "and the PCC thanked officers"]
    alignment = align_texts(gold, pred)
    # Jaccard 6/10 vs 5/10: the larger half wins, the other half is left over.
    assert alignment.gold_to_pred == (0,)
    assert alignment.unmatched_pred == [1]


def test_two_gold_sentences_merged_by_pipeline_leave_one_gold_missed():
    gold = ["Audits show compliance above ninety percent.", "The PCC asked about training."]
    pred = ["Audits show compliance above ninety percent. The PCC asked about training."]
    alignment = align_texts(gold, pred)
    assert alignment.gold_to_pred == (0, None)  # 6/11 for the first, 5/11 for the second
    assert alignment.missed_gold == [1]


def test_unrelated_gold_sentence_is_missed():
    alignment = align_texts(["The budget was approved."], ["Hate crime satisfaction fell."])
    assert alignment.pairs == []
    assert alignment.missed_gold == [0]


def test_duplicate_prediction_is_used_only_once():
    alignment = align_texts(["None."], ["None.", "None."])
    assert len(alignment.pairs) == 1
    assert len(alignment.unmatched_pred) == 1


def test_duplicate_gold_sentences_need_two_predictions():
    alignment = align_texts(["None.", "None."], ["None."])
    assert len(alignment.pairs) == 1
    assert len(alignment.missed_gold) == 1


def test_globally_best_pair_wins_over_earlier_gold_sentence():
    # Left to right, gold 0 would take the only prediction (Jaccard 5/8); globally best gives it
    # to gold 1, which matches it exactly.
    gold = ["the cc to share the plans with members today", "the cc to share the plans"]
    pred = ["the cc to share the plans"]
    assert jaccard(tokens(gold[0]), tokens(pred[0])) < 1.0
    assert align_texts(gold, pred).gold_to_pred == (None, 0)


def test_equal_scores_prefer_the_prediction_in_the_same_relative_position():
    gold = ["The budget was approved.", "None."]
    pred = ["None.", "The budget was approved.", "None."]
    # Both "None." predictions score 1.0; the last one sits where the gold one does.
    assert align_texts(gold, pred).gold_to_pred == (1, 2)


def test_list_markers_case_and_spacing_do_not_affect_alignment():
    gold = ["Can the CC provide an update?"]
    pred = ["•  1.  CAN the CC\nprovide an   update?"]
    assert align_texts(gold, pred).gold_to_pred == (0,)
    assert tokens(gold[0]) == tokens(pred[0])
