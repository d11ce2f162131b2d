"""Sentence classification: clear cases of each label, the rule baseline, and safe model loading."""

import json

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


def test_model_file_holding_an_untrusted_type_is_refused(tmp_path):
    from sklearn.tree import DecisionTreeClassifier

    path = tmp_path / "other.skops"
    sio.dump(DecisionTreeClassifier().fit([[0.0], [1.0]], [0, 1]), path)
    with pytest.raises(ValueError, match="outside the trusted list"):
        load_model(path)


def test_skops_import_scans_only_the_trusted_estimators_and_restores_the_full_scan():
    import subprocess
    import sys

    probe = (
        "import json, sklearn.utils\n"
        "from pipeline.classify import import_skops_io, load_model\n"
        "sio = import_skops_io()\n"
        "from skops.io import _trusted_types as tt\n"
        "load_model()\n"
        "print(json.dumps({'default': tt.SKLEARN_ESTIMATOR_TYPE_NAMES,\n"
        "  'restored': sklearn.utils.all_estimators.__module__, 'same': sio is __import__('skops.io').io}))\n"
    )
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=root, env=env
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["default"] and set(seen["default"]) <= set(TRUSTED_TYPES)
    assert seen["restored"] == "sklearn.utils.discovery"
    assert seen["same"]


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


def cue_flags(text, **kw):
    from pipeline.classify import features

    return set(features(span(text, **kw)))


def test_completed_earlier_action_is_flagged_done():
    assert "done_status" in cue_flags("[x] @jlind to draft the deprecation policy: done, merged in #2214.")
    assert "done_status" not in cue_flags("@jlind to draft the deprecation policy.")


@pytest.mark.parametrize(
    "text",
    [
        "Marco (PoT) to order the replacement buoy this week.",
        "All directors to share the operations coordinator posting.",
        "The PCC and CC to discuss the results.",
    ],
)
def test_owner_with_affiliation_or_all_then_to_verb_is_an_owner_frame(text):
    assert "owner_to_wide" in cue_flags(text)


@pytest.mark.parametrize("text", ["The board agreed to proceed.", "IS asked RW to include the results."])
def test_subject_and_verb_before_to_is_not_an_owner_frame(text):
    assert "owner_to_wide" not in cue_flags(text)


def test_owner_colon_task_is_an_action_frame():
    flags = cue_flags("@srao: publish the corrected September minutes.")
    assert {"owner_colon_task", "base_verb_first"} <= flags


def test_a_pronoun_after_a_name_colon_is_the_speakers_report_not_a_task():
    assert "owner_colon_task" not in cue_flags("Priya: we ran out of build minutes twice in May.")
    assert "owner_colon_task" not in cue_flags("Priya: it can sit in the spare rack at the office.")
    assert "owner_colon_task" in cue_flags("Priya: order a second build machine before June.")


def test_the_speakers_own_will_after_a_name_colon_is_still_a_commitment():
    assert "owner_colon_task" in cue_flags("Priya: i will order the second build machine.")
    assert "owner_colon_task" in cue_flags("Priya: we'll keep the issue open until June.")
    assert "owner_colon_task" not in cue_flags("Priya: they will order it next year.")


def test_initials_in_brackets_before_to_are_an_owner_frame():
    assert "owner_to_wide" in cue_flags("(KT) to draft the letter to the landlord by Friday.")
    assert "owner_to_wide" not in cue_flags("(a) to draft the letter to the landlord by Friday.")


def test_request_with_a_named_object_is_seen():
    assert "asked_someone_to" in cue_flags("IS asked RW to include phishing results in future reports.")
    assert "asked_someone_to" in cue_flags("The lead will be asked to review the page.")
    assert "asked_someone_to" not in cue_flags("IS asked whether phishing results were included.")


def test_briefing_with_a_paper_as_subject_is_seen():
    assert "doc_subject" in cue_flags("The report gives limited assurance on stock control.")
    assert "doc_subject" not in cue_flags("The CC said the report was late.")


def test_item_flags_mark_background_before_the_first_question():
    from pipeline.classify import item_flags

    texts = ["Costs rose by 4%.", "Can the CFO explain why?", "The CFO said energy.", "Next item text."]
    spans = [
        SentenceSpan(id=i, start=0, end=1, text=t, item="1" if i < 3 else "2") for i, t in enumerate(texts)
    ]
    assert item_flags(spans) == [
        ["before_first_question", "before_discussion", "item_first"],
        [],
        ["last_in_item"],
        ["last_in_item", "item_first"],
    ]


def test_cue_flags_weigh_more_than_single_words():
    from pipeline.classify import document_features

    row = document_features([span("The CC to share the plan.")])[0]
    assert row["owner_to"] > row["w=share"] == 1.0


@pytest.mark.parametrize(
    "text, label",
    [
        ("@kmorris: update the old build scripts.", "action"),
        ("Priya (UoB) to send the sampling schedule to all partners.", "action"),
        ("The Treasurer asked JP to include the grant income in the next forecast.", "action"),
        ("[x] @kmorris to archive the old build scripts: done, see #310.", "finding"),
        ("The paper sets out three options for the depot site.", "other"),
    ],
)
def test_trained_model_reads_the_frame_not_the_names(text, label):
    # in an item with discussion around it, as such lines sit in minutes (a lone line in an
    # item of its own reads like a procedural "None.")
    item = [
        SentenceSpan(id=i, start=0, end=len(t), text=t, item="1", position=i)
        for i, t in enumerate(
            ["The group discussed the state of the build.", text, "Work on the release continues next month."]
        )
    ]
    assert classify_sentences(item)[1].label == label


CLASSES = ["action", "finding", "other", "question"]


def _decided(texts: list[str], row: list[float], threshold: float = 0.5) -> list[str]:
    """The labels ``decide_labels`` gives ``texts`` when the model scores every one of them ``row``."""
    from pipeline.classify import decide_labels

    return decide_labels(CLASSES, [row] * len(texts), threshold, texts)


def test_a_direct_question_is_never_an_action_whatever_the_action_probability():
    from pipeline.classify import decide_labels

    classes = ["action", "finding", "other", "question"]
    probs = [[0.6, 0.1, 0.1, 0.2], [0.6, 0.1, 0.1, 0.2]]
    texts = ["How will delivery be measured?", "The CC to share the plan."]
    assert decide_labels(classes, probs, 0.25, texts) == ["question", "action"]
    assert decide_labels(classes, probs, 0.25) == ["action", "action"]


def test_a_line_with_no_word_is_other_whatever_the_model_says():
    texts = ["31/05/22", "£4,500 – 12%", "PMO to issue the plan by 31/05/22"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["other", "other", "action"]


def test_website_furniture_lines_are_other_whatever_the_model_says():
    texts = [
        "Back to top",
        "Was this page helpful?",
        "Yes    No",
        "© Westmere Parish Council 2023 | Privacy policy | Cookies | Contact us",
        "Clerk to add a cookies notice to the website",
    ]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["other", "other", "other", "other", "action"]


def test_a_question_asked_and_answered_in_one_sentence_is_no_question():
    texts = [
        "Cllr Amos asked whether the library would reopen; the Portfolio Holder replied that it would in May.",
        "A governor asked what was being done about lateness; the HT responded that letters had gone home.",
        "Cllr Amos asked whether the library would reopen in May.",
    ]
    assert _decided(texts, [0.05, 0.3, 0.05, 0.6]) == ["finding", "finding", "question"]


def test_a_question_with_a_second_clause_but_no_answer_stays_a_question():
    from pipeline.classify import _answered_in_sentence

    assert not _answered_in_sentence(
        "The PCC asked whether the plan was costed; and whether staff had been told."
    )
    assert not _answered_in_sentence("Members said the plan was late; they asked for a date.")


def test_a_minutes_sentence_naming_website_furniture_is_not_furniture():
    from pipeline.classify import _web_furniture

    assert not _web_furniture("The clerk will add a 'Back to top' link to every page.")
    assert not _web_furniture("Members asked whether the page was helpful.")
    assert not _web_furniture("Cookies | Cakes | Teas were sold at the fete.")
    assert rule_label(span("Share this page")).label == "other"


def _corpus_sentences(limit_docs: int = 12) -> list[str]:
    from pathlib import Path

    from pipeline import segment, sentences

    root = Path(__file__).resolve().parent.parent / "corpus"
    out: list[str] = []
    for clean in sorted(root.glob("*/clean.txt"))[:limit_docs]:
        text = clean.read_text(encoding="utf-8")
        out += [s.text for s in sentences.split_sentences(text, segment.segment_items(text))]
    return out


GATE_TRAPS = [
    "Item-done: the re-presented paper (completed) has been re-circulated.",
    "I'll-do it; we'll see. Maria, could you check? Alex, please-note the plan.",
    "Action from the March call: carried forward, still open.",
    "It was agreed the survey would be brought back; authority be delegated to the clerk.",
    "The re-report is ready. The draft plan sets out three options.",
]


@pytest.mark.parametrize("sentence_set", ["corpus", "traps"])
def test_cheap_gates_never_skip_a_pattern_that_would_match(sentence_set):
    """A cue's word or substring gate only skips sentences its pattern cannot match: on every
    sentence where the pattern matches, the gate lets it run (else features would silently change)."""
    from pipeline.classify import _SUBSTRING_GATED_CUES, _WORD_GATED_CUES, _any_in, _core, _words

    texts = _corpus_sentences() if sentence_set == "corpus" else GATE_TRAPS
    matched = 0
    for raw in texts:
        text = _core(raw.strip())
        lowered, low = set(_words(text)), text.lower()
        for name, find, words in _WORD_GATED_CUES:
            if find(text):
                matched += 1
                assert not lowered.isdisjoint(words), (name, text)
        for name, find, needs in _SUBSTRING_GATED_CUES:
            if find(text):
                matched += 1
                assert _any_in(needs, low), (name, text)
    assert matched > 0


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Marta said she'd phone the depot before Friday.", "said_would"),
        ("Kofi offered that he would chase the landlord.", "said_would"),
        ("We agreed Imran would draft the newsletter.", "agreed_name_would"),
        ("It was decided that @lwu will cut the release.", "agreed_name_would"),
        ("the Head of Legal arrange a briefing for members.", "subject_bare_verb"),
        ("The Director of Place (interim) present revised options in June.", "subject_bare_verb"),
        ("A letter to be sent to the Highways Authority.", "to_be_done"),
        ("Minutes to be circulated with the agenda.", "to_be_done"),
        ("Governors were asked to complete the skills audit.", "delegated"),
        ("Sales flash to be pulled into the next sprint [ACTION – Priya – 26/4]", "action_tag_end"),
        ("The register is to be checked before the inspection. ACTION: Clerk", "action_tag_end"),
        ("Members wanted the figures split by ward (Action: DoN).", "action_tag_end"),
    ],
)
def test_commitment_frames_without_the_word_action_are_flagged(text, cue):
    assert cue in cue_flags(text)


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The CC said that the force would see fewer vacancies next year.", "said_would"),
        ("The paper sets out three options.", "subject_bare_verb"),
        ("Officers report that the grant was received.", "subject_bare_verb"),
        ("Members agreed the plan would be reviewed.", "agreed_name_would"),
        ("The results are to be noted by members.", "to_be_done"),
        ("The action plan was approved.", "action_tag_end"),
        ("The Board reviewed the action log: two items remain open.", "action_tag_end"),
        ("ACTION: Clerk to circulate the policy.", "action_tag_end"),
    ],
)
def test_predictions_and_paper_summaries_are_not_commitment_frames(text, cue):
    assert cue not in cue_flags(text)


def test_an_owner_tag_closes_the_sentence_before_it_as_an_action():
    from pipeline.classify import apply_owner_tags

    texts = ["A benchmarking exercise on pay will be brought to the December Board.", "Action: CEO"]
    spans = [SentenceSpan(id=i, start=0, end=len(t), text=t, item="3") for i, t in enumerate(texts)]
    assert apply_owner_tags(spans, ["finding", "action"]) == ["action", "other"]
    asked = [SentenceSpan(id=0, start=0, end=9, text="Can we do it?", item="3"), spans[1]]
    assert apply_owner_tags(asked, ["question", "action"]) == ["question", "other"]
    elsewhere = [spans[0], SentenceSpan(id=1, start=0, end=11, text="Action: CEO", item="4")]
    assert apply_owner_tags(elsewhere, ["finding", "action"]) == ["finding", "action"]


def test_a_sentence_outside_any_item_is_read_as_inside_one():
    from pipeline.classify import document_features

    def row(item):
        text = "Alex: important."
        return document_features(
            [SentenceSpan(id=0, start=0, end=len(text), text=text, item=item, position=3)]
        )[0]

    assert row(None) == row("u1")


def test_training_scores_decide_labels_as_predict_does_with_owner_tags_per_document():
    from pipeline.train import Examples, predicted_labels

    texts = ["A pay review will be brought to the Board.", "Action: CEO", "Action: CFO"]
    spans = [SentenceSpan(id=i, start=0, end=len(t), text=t, item="3") for i, t in enumerate(texts)]
    examples = Examples(spans=spans, labels=["action", "other", "other"], groups=["a", "a", "b"])
    classes = ["action", "finding", "other", "question"]
    probs = [[0.1, 0.8, 0.05, 0.05], [0.5, 0.1, 0.3, 0.1], [0.6, 0.1, 0.2, 0.1]]
    # the tag closes the sentence before it in its own document; the tag in document "b" closes nothing
    assert predicted_labels(examples, classes, probs, 0.5) == ["action", "other", "action"]


def _cues_by_walking_the_table(text: str) -> list[str]:
    """The word-gated cues of ``text`` found by testing every row of the table, as before the gate index."""
    from pipeline.classify import _WORD_GATED_CUES, _core, _words

    core = _core(text.strip())
    lowered = set(_words(core))
    return [name for name, find, words in _WORD_GATED_CUES if not lowered.isdisjoint(words) and find(core)]


@pytest.mark.parametrize("sentence_set", ["corpus", "traps"])
def test_word_gate_index_finds_the_same_cues_in_the_table_order(sentence_set):
    """One set intersection with every gate word, then only the cues it opens, finds exactly the cues
    (and their order) that testing each row of the table finds."""
    from pipeline.classify import _WORD_GATED_CUES, features

    names = [name for name, _, _ in _WORD_GATED_CUES]
    texts = _corpus_sentences() if sentence_set == "corpus" else GATE_TRAPS
    found = 0
    for text in texts:
        expected = _cues_by_walking_the_table(text)
        got = [f for f in features(span(text)) if f in names]
        assert got == expected, text
        found += len(expected)
    assert found > 0


def test_a_sentence_with_no_gate_word_gets_no_word_gated_cue():
    from pipeline.classify import _WORD_GATED_CUES, _WORD_GATES, features

    text = "Members discussed the timetable for spring."
    assert not set(text.lower().rstrip(".").split()) & _WORD_GATES
    assert not set(features(span(text))) & {name for name, _, _ in _WORD_GATED_CUES}


def test_past_tense_is_seen_from_a_long_ed_word_or_a_past_form():
    from pipeline.classify import features

    assert "past" in features(span("Members welcomed the revised timetable."))
    assert "past" in features(span("The clerk said it was fine."))
    assert "past" not in features(span("Members need the bed count."))


@pytest.mark.parametrize(
    "text",
    [
        "> ACTION(ab): move the nightly job to the new runner -- DONE",
        "XY 12/03-01: CFO to review the policy – update given under item 5; closed.",
        "QA/19/07\tCirculate the revised leaflet\tCFO\tMay 2021\tComplete",
        "Clerk to renew the insurance (superseded)",
        "| 08/02 | Circulate the reconciliation approach | TA | 05/09 | Complete |",
        "| 08/01 | Confirm the go-live date | MR | 29/08 | Complete – confirmed as 17/11 (see item 4) |",
    ],
)
def test_an_action_log_line_ending_on_a_completion_status_is_flagged_closed(text):
    assert "status_closed" in cue_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The clerk to close the account.",
        "Work is not yet complete but is progressing well.",
        "| 07/04 | Present the training analysis | RK | 11/09 | In progress – now due October |",
        "| 07/05 | Make the audit complete | RK | 11/09 |",
    ],
)
def test_a_task_or_a_status_inside_the_sentence_is_not_flagged_closed(text):
    assert "status_closed" not in cue_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The March finance pack showed 91.2% of invoices paid within 30 days.",
        "The quarterly report states that 14 posts remain vacant.",
        "It noted that staff turnover for the year was 12%.",
    ],
)
def test_briefing_reporting_what_a_paper_says_is_flagged(text):
    assert "report_says" in cue_flags(text)


@pytest.mark.parametrize(
    "text",
    ["The Treasurer replied that the survey data showed a fall.", "The report to be shared with members."],
)
def test_a_reply_quoting_a_paper_or_a_task_about_one_is_not_briefing(text):
    assert "report_says" not in cue_flags(text)


def test_asking_someone_to_explain_why_is_a_question_cue_not_a_task():
    flags = cue_flags("Councillor Osei asked the Director to explain why the backlog had grown.")
    assert "asked_to_explain" in flags
    assert "asked_to_explain" not in cue_flags("Councillor Osei asked the Director to circulate the figures.")


def test_item_flags_mark_briefing_before_the_first_line_of_discussion():
    from pipeline.classify import item_flags

    texts = ["The pack shows 40 voids.", "Arrears rose by 3%.", "Members discussed the arrears.", "Fine."]
    spans = [SentenceSpan(id=i, start=0, end=1, text=t, item="1") for i, t in enumerate(texts)]
    assert [("before_discussion" in f) for f in item_flags(spans)] == [True, True, False, False]


def test_an_earlier_action_reported_closed_is_never_an_action_whatever_the_action_probability():
    from pipeline.classify import decide_labels

    classes = ["action", "finding", "other", "question"]
    probs = [[0.7, 0.2, 0.05, 0.05], [0.7, 0.2, 0.05, 0.05]]
    texts = ["Clerk to renew the insurance – renewed in May; closed.", "Clerk to renew the insurance."]
    assert decide_labels(classes, probs, 0.4, texts) == ["finding", "action"]


def test_an_earlier_action_named_by_its_reference_and_reported_done_is_never_an_action():
    texts = [
        "Action 14/02-07 (the Treasurer to send the audit letter to the bank) was completed on 3 March.",
        "Action 9 (the Secretary to book the hall) was covered under item 6 and can be closed.",
        "B-042 (JT – website hosting) is overdue and will be closed into the new hosting action.",
        "Action point 5 has been closed.",
    ]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05], 0.4) == ["finding"] * len(texts)


def test_an_action_asking_for_something_to_be_completed_stays_an_action():
    texts = [
        "The Treasurer to confirm the repairs were completed by June.",
        "Action 4: the Secretary to check the survey has been completed.",
    ]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05], 0.4) == ["action", "action"]


@pytest.mark.parametrize(
    "text",
    [
        'How many residents were rehoused within the eight-week target?"',  # the splitter drops the opening quote
        '"Will the library reopen before the summer holidays?"',
        "Cllr Osei asked: “Will the library reopen in May?”",
    ],
)
def test_a_question_quoted_whole_or_as_put_ends_in_a_question(text):
    assert "ends_q" in cue_flags(text)


def test_a_question_quoted_inside_a_statement_does_not_end_in_a_question():
    assert "ends_q" not in cue_flags('Part of the debate was "who pays for the repairs?"')
    assert "ends_q" not in cue_flags('Our usual phrases include: "is there support for this?"')


def test_a_record_label_before_a_colon_is_no_owner_of_a_task():
    from pipeline.classify import document_features

    rows = document_features(
        [span("DECIDED: move the nightly jobs to Sundays."), span("Consensus: run the ARM jobs weekly.")]
    )
    assert all("owner_colon_task" not in row for row in rows)
    assert "owner_colon_task" in document_features([span("@kmorris: update the old build scripts.")])[0]


def test_a_ballot_box_glyph_opens_a_checkbox_owner_line():
    flags = cue_flags("☐ KJ: circulate the revised venue costs – Thursday")
    assert {"checkbox_open", "owner_colon_task"} <= flags
    assert "checkbox_done" in cue_flags("☑ KJ: circulate the revised venue costs")


def test_a_line_without_a_checkbox_has_no_checkbox_cue():
    flags = cue_flags("KJ circulated the revised venue costs [see annex].")
    assert not flags & {"checkbox_open", "checkbox_done"}


def test_a_bare_label_line_is_other_whatever_the_model_says():
    texts = ["Outcome:", "Resolved that:", "- **Key points:**"]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["other"] * 3


def test_a_short_clause_ending_in_a_colon_is_no_bare_label():
    texts = ["She explained that:", "The Trust AGREED that:", "Received the following reports:", "Noted."]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["finding"] * 4


def test_a_bodys_decision_as_a_lead_in_to_a_list_is_a_label():
    texts = ["The Panel AGREED:", "The Parish Council resolved:", "- **Members decided:**"]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["other"] * 3


def test_a_decision_lead_in_with_that_or_an_object_is_no_label():
    texts = [
        "The Panel AGREED that:",
        "The Panel agreed the following:",
        "The Panel agreed: to defer the item.",
    ]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["finding"] * 3


def test_an_expectation_of_how_a_measure_will_stand_is_no_action():
    texts = [
        "The Head said that she expected attendance to be back above 95% by Easter.",
        "He expects the repairs backlog to be cleared by the end of the quarter.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["finding", "finding"]


def test_an_expectation_beside_a_commitment_is_left_to_the_model():
    texts = ["He expected the backlog to be cleared by June and would report progress to the next meeting."]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["action"]


def test_when_a_meeting_will_be_held_is_never_an_action():
    texts = [
        "The autumn meeting will be held on Thursday 9 October in the library.",
        "The next meeting of the Trust Board will take place at Fenwick House.",
    ]
    assert _decided(texts, [0.6, 0.1, 0.25, 0.05]) == ["other", "other"]


def test_a_meeting_that_will_not_be_held_is_never_an_action():
    texts = [
        "There will be no meeting in August.",
        "No full Council meeting will be held in the summer recess.",
    ]
    assert _decided(texts, [0.6, 0.1, 0.25, 0.05]) == ["other", "other"]


def test_a_task_beside_a_cancelled_meeting_stays_an_action():
    texts = ["The Clerk to tell members there will be no meeting in August."]
    assert _decided(texts, [0.6, 0.1, 0.25, 0.05]) == ["action"]


def test_a_task_naming_the_next_meeting_stays_an_action():
    texts = [
        "The Clerk to book the hall for the next meeting.",
        "The Bursar said the next meeting will be held after she circulates the accounts.",
    ]
    assert _decided(texts, [0.6, 0.1, 0.25, 0.05]) == ["action", "action"]


def test_thanks_with_no_request_are_never_an_action():
    texts = [
        "The Chair thanked the caretaker, on behalf of the trustees, for keeping the hall open all winter.",
        "The Chair thanked the caretaker and asked him to draw up a winter rota.",
    ]
    assert _decided(texts, [0.6, 0.25, 0.1, 0.05]) == ["finding", "action"]


def test_a_preference_voiced_is_never_an_action():
    texts = [
        "Dana would rather keep the launch date and announce it on the forum first.",
        "Dana to announce it.",
    ]
    assert _decided(texts, [0.6, 0.25, 0.1, 0.05]) == ["finding", "action"]


def test_a_paper_received_after_a_label_is_a_finding():
    texts = [
        "Received: the report of the Head of Estates (EC/24/7) on the boiler replacement.",
        "Received: apologies from Dr Lane.",
    ]
    assert _decided(texts, [0.05, 0.3, 0.6, 0.05]) == ["finding", "other"]


def test_a_meeting_agreed_to_be_held_somewhere_is_never_an_action():
    texts = [
        "It was agreed that the March meeting would be held at the sailing club.",
        "Agreed that the annual general meeting will take place online.",
    ]
    assert _decided(texts, [0.6, 0.25, 0.1, 0.05]) == ["finding", "finding"]


def test_a_task_agreed_for_a_meeting_stays_an_action():
    texts = ["It was agreed that the Secretary would book the sailing club for the March meeting."]
    assert _decided(texts, [0.6, 0.25, 0.1, 0.05]) == ["action"]


def test_an_action_with_a_lettered_reference_reported_complete_is_never_an_action():
    texts = [
        "Action B23/11-02 (TR to renew the hosting contract) is complete; the new term starts in May.",
        "Action PB-7 has been closed.",
    ]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05], 0.4) == ["finding", "finding"]


def test_an_action_whose_letters_and_number_are_spaced_reported_complete_is_a_finding():
    texts = ["Action QB 23/04-02 (the Bursar to renew the cleaning contract) was completed on 3 May."]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05], 0.4) == ["finding"]


def test_an_action_plan_to_be_completed_is_no_status_report():
    texts = ["Action plan 2025 to be completed by the Bursar by May."]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05], 0.4) == ["action"]


@pytest.mark.parametrize(
    "text",
    [
        "Bursar – playground resurfacing quotes – next FGB",
        "Mr Okafor – update the SEND register (carried forward) – by Easter",
        "All trustees – complete the safeguarding module – end of term",
        "Revised lettings policy – Business Manager – 14 March 2025",
    ],
)
def test_a_row_of_an_actions_list_naming_owner_and_due_point_is_an_action(text):
    assert _decided([text], [0.1, 0.5, 0.35, 0.05]) == ["action"]


def test_prose_set_off_by_dashes_is_no_actions_row():
    texts = [
        "Governors – having read the report – noted the progress made.",
        "The Chair – who had visited in May – said the garden was thriving.",
    ]
    assert _decided(texts, [0.1, 0.5, 0.35, 0.05]) == ["finding", "finding"]


def test_a_matter_resolved_to_be_put_on_a_later_agenda_is_an_action():
    texts = [
        "the findings of the allotments survey be included in the Committee's work programme for 2026;",
        "RESOLVED that the parking review be added to the agenda of the next meeting.",
    ]
    assert _decided(texts, [0.3, 0.6, 0.05, 0.05]) == ["action", "action"]


def test_an_item_already_on_the_agenda_is_no_action():
    texts = ["The parking review was added to the agenda at the Chair's request."]
    assert _decided(texts, [0.3, 0.6, 0.05, 0.05]) == ["finding"]


def test_a_request_reported_in_prose_to_put_a_matter_on_the_agenda_is_left_to_the_model():
    texts = [
        "Cllr Ferris asked that the letter be placed on the agenda of the Roads SPC.",
        "The Chair explained that she had asked for this item to be added to the agenda because of the floods.",
    ]
    assert _decided(texts, [0.3, 0.6, 0.05, 0.05]) == ["finding", "finding"]


def test_an_action_log_row_with_labelled_owner_and_due_cells_is_an_action():
    texts = [
        "B12/07 – Owner: Head of Estates – Due: Q3 2025/26 – Replace the boiler controls in the east wing.",
        "Renew the insurance schedule – Due: 30 June – Lead: Bursar",
    ]
    assert _decided(texts, [0.1, 0.5, 0.35, 0.05]) == ["action", "action"]


def test_a_labelled_action_log_row_reported_complete_is_no_action():
    texts = ["B12/08 – Owner: Head of Estates – Due: May – Replace the gutters – Complete"]
    assert _decided(texts, [0.1, 0.5, 0.35, 0.05]) == ["finding"]


def test_an_action_reported_done_with_a_note_after_the_status_is_never_an_action():
    texts = [
        "ACTION: jlee to write the migration notes -- DONE, the PR is waiting for review",
        "Clerk to book the village hall – complete; booked for the spring fair",
    ]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["finding", "finding"]


def test_a_done_aside_between_dashes_is_no_status_report():
    texts = ["Mo to repeat the survey – done, as last year, in two parts – and share it with the board."]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["action"]


def test_a_resolution_clause_that_only_notes_is_never_an_action():
    texts = [
        "Notes the steps being taken to prepare the library service for the reopening;",
        "(b) note the progress made towards the recycling targets;",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["finding", "finding"]


def test_a_noting_clause_that_also_asks_for_work_stays_an_action():
    texts = ["Notes the report and asks the Director to report back on the recycling pilot in March;"]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["action"]


def test_a_decision_label_before_a_bare_verb_records_a_decision_not_a_task():
    texts = [
        "Decision: adopt the two-week release train from the next minor version.",
        "**Consensus:** run the slow tests nightly, with a smoke test on each PR.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["finding", "finding"]


def test_a_decision_that_also_names_who_acts_is_left_to_the_model():
    texts = ["Decision: accept the hosting offer; @mira to sign the agreement by Friday."]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["action"]


def test_a_clause_noting_a_matter_is_a_finding_not_a_label():
    texts = [
        "(c) note the progress made on the cycle lane programme;",
        "Notes that Cllr Ince left the meeting.",
    ]
    assert _decided(texts, [0.05, 0.3, 0.6, 0.05]) == ["finding", "other"]


def test_an_action_log_row_opened_by_a_bracketed_reference_is_an_action():
    texts = ["[W-08] Owner: Estates Manager – Due: 14 March – Replace the lock on the side gate."]
    assert _decided(texts, [0.1, 0.5, 0.35, 0.05]) == ["action"]


def test_a_bracketed_reference_before_prose_is_no_action_row():
    texts = ["[W-08] The gate – repaired last week – was inspected."]
    assert _decided(texts, [0.1, 0.5, 0.35, 0.05]) == ["finding"]


@pytest.mark.parametrize(
    "text",
    [
        "AI: @rmoss – tag the beta and post the changelog to the forum.",
        "AI(@rmoss, @tkaur): write the upgrade notes before the beta.",
        "AI @tkaur: rotate the signing key by Friday.",
        "**AI**: @rmoss will move the nightly job to the new runner.",
        "AI: Priya to ask the host about the venue deposit.",
        "AI (carried over): jo – renew the domain before it lapses",
    ],
)
def test_an_action_item_under_its_ai_label_with_an_owner_is_an_action(text):
    assert _decided([text], [0.1, 0.5, 0.35, 0.05]) == ["action"]


@pytest.mark.parametrize(
    "text",
    [
        "AI: the committee discussed guidance on generative tools.",
        "AI tools were discussed at length.",
        "AI: Copilot will be allowed in coursework from January.",
    ],
)
def test_a_line_about_artificial_intelligence_is_no_action_item(text):
    assert _decided([text], [0.1, 0.5, 0.35, 0.05]) == ["finding"]


def test_an_action_item_under_its_ai_label_reported_done_is_no_action():
    texts = ["AI: @rmoss – tag the beta – done, tagged on 3 May."]
    assert _decided(texts, [0.1, 0.5, 0.35, 0.05]) == ["finding"]


@pytest.mark.parametrize(
    "text",
    ["@okim will chair.", "Marta will chair, as Jon is away.", "@okim will chair and @rlee will take notes."],
)
def test_who_will_chair_the_meeting_is_other(text):
    assert _decided([text], [0.7, 0.2, 0.05, 0.05]) == ["other"]


def test_chairing_a_named_later_meeting_is_left_to_the_model():
    texts = ["Marta will chair the October meeting, as Jon is away."]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["action"]


@pytest.mark.parametrize(
    "text",
    [
        ":+1: x3, :eyes: x2 (@rowan wants the benchmark numbers first)",
        "Vote: :+1: x6 (two by email), :-1: x1",
        "Votes on option B: 👍 4, 👎 0",
        "For: 9, Against: 2, Abstain: 1.",
    ],
)
def test_a_vote_tally_records_the_decision_as_a_finding(text):
    assert _decided([text], [0.6, 0.2, 0.15, 0.05]) == ["finding"]


def test_a_line_that_only_mentions_a_vote_is_no_tally():
    texts = ["Vote on the new logo at the next call.", "Votes were cast by a show of hands."]
    assert _decided(texts, [0.1, 0.2, 0.65, 0.05]) == ["other", "other"]


def test_a_paper_label_under_an_item_is_other():
    texts = ["Paper: Estates backlog maintenance review, quarter 1.", "Paper ref: FC/25/09"]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["other", "other"]


def test_a_sentence_about_a_paper_is_no_paper_label():
    texts = ["The paper on estates backlog maintenance was taken as read."]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["finding"]


def test_an_actions_list_row_with_a_two_word_task_is_an_action():
    texts = ["HoE – boiler quotes – November", "CFO – reserves policy – end of March"]
    assert _decided(texts, [0.1, 0.2, 0.65, 0.05]) == ["action", "action"]


def test_a_two_word_heading_set_off_by_dashes_is_no_actions_row():
    texts = ["Estates – boiler quotes – an update"]
    assert _decided(texts, [0.1, 0.2, 0.65, 0.05]) == ["other"]


def test_a_resolution_stating_the_bodys_support_sets_no_task():
    texts = [
        "RESOLVED: That the Panel supports the bid for a second youth hub in the town centre.",
        "the Panel's thanks to the volunteers of the food bank be recorded.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["finding", "finding"]


def test_a_resolution_of_support_that_also_requests_a_report_stays_an_action():
    texts = [
        "RESOLVED: That the Panel supports the bid and requests a progress report in June.",
        "the report be noted and the Director be asked to report back in June.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["action", "action"]


def test_a_matter_deferred_to_a_named_later_meeting_is_an_action():
    texts = [
        "Decision 7/2: CR-31 deferred to the March SteerCo pending a costed option.",
        "The pavilion lease was postponed until the next meeting.",
    ]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["action", "action"]


def test_a_deferral_with_no_meeting_named_or_asked_about_is_left_to_the_model():
    texts = [
        "CR-31 deferred pending a costed option.",
        "Cllr Moss asked why the pavilion lease had been deferred to the March meeting.",
    ]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["finding", "finding"]


def test_a_body_resolving_that_a_thing_be_done_sets_an_action():
    texts = [
        "The Senate resolved that a review of the appeals process be completed and shared with faculties.",
        "The Senate resolved that the revised regulations be approved.",
    ]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["action", "finding"]


def test_who_submitted_or_presented_a_report_is_a_finding():
    texts = [
        "The Director of Estates submitted a report which set out the condition of the sports hall roof.",
        "Dr Ahmed presented the quarterly safeguarding update.",
    ]
    assert _decided(texts, [0.05, 0.3, 0.6, 0.05]) == ["finding", "finding"]


def test_a_paper_presenting_its_own_contents_is_no_presenter_line():
    texts = ["The paper presented three options for the depot."]
    assert _decided(texts, [0.05, 0.3, 0.6, 0.05]) == ["other"]


def test_a_papers_request_of_the_meeting_sets_no_task():
    texts = [
        "The report of the Monitoring Officer invited Members to consider the draft work programme.",
        "The Chair asked the Monitoring Officer to circulate the draft work programme.",
    ]
    assert _decided(texts, [0.6, 0.1, 0.25, 0.05]) == ["other", "action"]


def test_a_resolution_to_submit_a_proposal_is_left_to_the_model():
    texts = ["RESOLVED that the draft budget be submitted to the Finance Panel."]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["finding"]


def test_an_agreement_that_a_thing_should_be_done_is_left_to_the_model():
    texts = ["The Board agreed that slippage should be reported as Amber from next month."]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["finding"]


def test_a_concern_raised_as_a_clause_is_a_finding_not_a_question():
    texts = [
        "KM raised a concern that the van lease ends before the new depot opens.",
        "Governors raised concerns that the hall roof still leaks in heavy rain.",
    ]
    assert _decided(texts, [0.1, 0.2, 0.1, 0.6]) == ["finding", "finding"]


def test_a_concern_that_also_asks_stays_a_question():
    texts = [
        "KM raised a concern that the van lease ends in May and asked whether it could be extended.",
        "KM raised a concern that the depot is late?",
    ]
    assert _decided(texts, [0.1, 0.2, 0.1, 0.6]) == ["question", "question"]


def test_a_matter_recorded_as_left_open_is_a_finding_not_a_question():
    texts = [
        "Whether the hall hire fee includes cleaning was not settled.",
        "Whether to move the spring fair to June is still to be decided.",
        "Whether the pilot carries on after March remains open.",
    ]
    assert _decided(texts, [0.1, 0.2, 0.1, 0.6]) == ["finding", "finding", "finding"]


def test_an_indirect_question_in_a_list_of_questions_stays_a_question():
    texts = [
        "whether the grant had been spent on the new minibus;",
        "whether the dispute with the caterer was settled.",
        "Whether the hall hire fee includes cleaning was not settled?",
    ]
    assert _decided(texts, [0.1, 0.2, 0.1, 0.6]) == ["question", "question", "question"]


def test_an_open_to_do_item_is_an_action_whatever_its_status_note():
    texts = [
        "[ ] @ana write up the venue options — not started, Ana is away.",
        "- [ ] Tom book the hall for the AGM — no progress yet.",
    ]
    assert _decided(texts, [0.1, 0.6, 0.2, 0.1]) == ["action", "action"]


def test_an_open_to_do_item_reported_done_or_a_label_is_not_made_an_action():
    texts = ["[ ] @ana write up the venue options — done.", "[x] @ana book the hall — booked for 3 May."]
    assert _decided(texts, [0.1, 0.6, 0.2, 0.1]) == ["finding", "finding"]
    assert _decided(["[ ] Venue: options"], [0.1, 0.1, 0.6, 0.2]) == ["other"]


def test_an_agreement_that_a_thing_stays_as_it_is_sets_no_task():
    texts = [
        "The Panel agreed that the hazard score should remain at 12 until the survey is back.",
        "Trustees agreed that the expenses policy would apply to volunteers from April.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["finding", "finding"]


def test_an_agreement_that_a_thing_stays_with_a_task_beside_it_is_still_an_action():
    texts = [
        "The Panel agreed that the score should remain at 12 and that the register would be circulated.",
        "The Panel agreed that the score should remain at 12; KM to tell the insurers.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["action", "action"]


def test_a_matter_agreed_to_remain_on_the_agenda_is_still_an_action():
    texts = ["It was agreed that parking complaints would remain a standing item on the agenda."]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["action"]


def test_owner_and_due_fields_on_a_line_of_their_own_are_other():
    texts = ["Owner: KT\tTarget date: end of March", "Owner: Head of Finance; Deadline: the June board"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["other", "other"]


def test_a_task_written_in_the_owner_field_is_no_field_line():
    texts = ["Owner: Bursar to renew the lease; Deadline: the June board"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["action"]


def test_a_presenter_label_line_is_a_finding():
    texts = ["Presenter: Jo Marsh, Head of Estates", "Presented by: Director of Midwifery"]
    assert _decided(texts, [0.05, 0.3, 0.6, 0.05]) == ["finding", "finding"]


def test_a_resolution_clause_on_its_own_line_with_the_subjunctive_be_is_an_action():
    texts = [
        "the Committee's views on the bus subsidy be forwarded to the Cabinet Member.",
        "a further report on the depot be brought to the March meeting.",
    ]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["action", "action"]


def test_a_future_or_a_required_be_is_no_resolution_clause():
    texts = [
        "the survey results will be shared with the parish in May.",
        "a rule that all minutes be published within a month.",
    ]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["finding", "finding"]


def test_a_resolutions_lettered_clause_tasking_a_named_post_is_an_action():
    texts = ["RESOLVED – that (a) the budget be approved; and (b) the Town Clerk publish the precept notice."]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["action"]


def test_a_resolution_that_only_approves_and_notes_is_no_task():
    texts = ["RESOLVED that (a) the budget be approved; and (b) the Town Clerk's report be noted."]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["finding"]


def test_a_numbered_recommendation_repeating_that_before_a_task_is_an_action():
    texts = ["that a traffic survey be commissioned before the scheme is reconsidered;"]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["action"]


def test_a_numbered_recommendation_repeating_that_before_a_noting_is_no_task():
    texts = ["that the progress made on the survey be noted;"]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["finding"]


def test_a_permission_agreed_sets_no_task():
    texts = [
        "It was agreed that the allotment rent could be paid in two instalments this year.",
        "Trustees agreed that she may stay for the discussion.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["finding", "finding"]


def test_an_agreement_that_someone_would_act_stays_an_action_though_could_follows():
    texts = [
        "It was agreed that the Clerk would ask whether the grant could be extended.",
        "Council resolved that the Clerk and the Chair bring a revised hire tariff to the May meeting.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["action", "action"]


def test_the_date_a_meeting_will_be_on_is_never_an_action():
    texts = ["The spring term meeting will be on Monday 9 March at 6pm."]
    assert _decided(texts, [0.6, 0.1, 0.25, 0.05]) == ["other"]


@pytest.mark.parametrize(
    "text",
    ["Against: Councillors Penrose, Oduya and Hart (3)", "Abstentions: none (0)", "For: Members A and B (2)"],
)
def test_a_recorded_vote_line_with_its_count_is_a_finding(text):
    assert _decided([text], [0.1, 0.2, 0.6, 0.1]) == ["finding"]


def test_a_for_line_without_a_count_is_no_tally():
    assert _decided(["For: the motion, see appendix 2"], [0.1, 0.2, 0.6, 0.1]) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "| Book the room for the sprint review | @tanvi | next call |",
        "QB-23-07-04 | Refresh the supplier risk register | CFO | End of June",
    ],
)
def test_a_pipe_table_action_row_with_owner_and_due_is_an_action(text):
    assert _decided([text], [0.1, 0.7, 0.1, 0.1]) == ["action"]


@pytest.mark.parametrize(
    "text",
    ["QB-23-07-D2 | Board approved the reserve draw-down | QB | –", "| Action | Owner | Due |"],
)
def test_a_pipe_table_decision_row_or_header_is_no_action(text):
    assert _decided([text], [0.1, 0.7, 0.1, 0.1]) == ["finding"]


@pytest.mark.parametrize(
    "text",
    [
        "R3  That the Trust publish its discharge data quarterly.",
        "2. That the Clerk circulate the revised timetable to members.",
    ],
)
def test_a_subjunctive_that_recommendation_is_an_action(text):
    assert _decided([text], [0.1, 0.7, 0.1, 0.1]) == ["action"]


def test_a_that_clause_noting_a_report_is_no_task():
    assert _decided(["R1  That the report be noted."], [0.1, 0.7, 0.1, 0.1]) == ["finding"]


@pytest.mark.parametrize(
    "text", ["Decision D-12: the launch moved to 3 June", "Decision FB/4: supplier contract renewed"]
)
def test_a_decision_logged_under_its_reference_is_a_finding(text):
    assert _decided([text], [0.6, 0.2, 0.1, 0.1]) == ["finding"]


def test_a_decision_line_without_a_reference_is_left_to_the_model():
    assert _decided(["Decision: Priya to draft the revised policy"], [0.6, 0.2, 0.1, 0.1]) == ["action"]


@pytest.mark.parametrize("text", ["No. | Task | Who | By when", "| Item | Owner | Target date |"])
def test_a_pipe_table_header_row_is_no_action(text):
    assert _decided([text], [0.1, 0.2, 0.6, 0.1]) == ["other"]


def test_a_pipe_table_row_whose_last_cell_is_a_status_is_left_to_the_model():
    row = "12/23 | Review the lab rota | FOO | Complete; rota agreed in November"
    assert _decided([row], [0.1, 0.7, 0.1, 0.1]) == ["finding"]


def test_a_logged_decision_that_sets_a_task_is_left_to_the_model():
    assert _decided(["Decision 7/3: a site survey to be commissioned by the CIO"], [0.6, 0.2, 0.1, 0.1]) == [
        "action"
    ]


def test_a_pipe_table_row_closing_on_prose_notes_is_no_action_row():
    row = (
        "10 min | AOB | All | Ann flagged that the hosting contract renews on 1 Nov and its tier is too low."
    )
    assert _decided([row], [0.1, 0.7, 0.1, 0.1]) == ["finding"]


def test_a_worded_status_tag_opening_a_line_reports_an_earlier_action():
    texts = [
        "[in progress] dara: collect the mirror usage figures",
        "[not done] kemi: write the onboarding checklist",
        "[done] lu: rotate the signing key",
    ]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["finding", "finding", "finding"]


def test_a_checkbox_or_a_bracket_mid_line_is_no_status_tag():
    texts = ["[ ] dara: collect the mirror usage figures", "dara to collect the [in progress] figures"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["action", "action"]


def test_a_received_the_following_clause_over_a_list_is_a_finding():
    texts = ["Received the following:", "Considered the following reports:", "Received:"]
    assert _decided(texts, [0.05, 0.2, 0.7, 0.05]) == ["finding", "finding", "other"]


def test_a_flattened_action_log_header_row_is_other():
    texts = ["No. Action Owner Due", "Ref | Action | Lead | Due date | Status", "Who\tWhat\tWhen"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["other", "other", "other"]


def test_a_task_that_mentions_owners_and_due_dates_is_no_header_row():
    texts = ["Owner to update the status when due", "Action owners to confirm due dates"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["action", "action"]


def test_an_earlier_action_reported_covered_by_a_paper_is_a_finding():
    texts = ["Action 4: The CFO to report on the reserves – covered by today's budget paper, see item 6."]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["finding"]


def test_a_flattened_log_row_closed_by_owner_initials_and_complete_is_a_finding():
    texts = [
        "FB/24/03/02 Circulate the revised lettings policy\nto all governors BM Complete",
        "FB/24/03/04 Arrange the safeguarding refresher for new staff DHT Ongoing",
        "FB/24/03/05 Book the hall for the summer fair PTA/HT Closed",
    ]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["finding", "action", "finding"]


def test_prose_that_says_work_is_complete_keeps_the_models_action():
    texts = ["The Bursar to confirm to governors when the roof works are complete"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["action"]


def test_a_meeting_bots_action_line_is_an_action():
    texts = ["ACTION: jdoe tag the 2.1 release", "ACTION: kim_r and jdoe review the parser patch"]
    assert _decided(texts, [0.1, 0.2, 0.65, 0.05]) == ["action", "action"]


def test_a_meeting_bots_action_line_reported_done_is_no_action():
    texts = ["ACTION: jdoe to rotate the mirror keys -- DONE, new keys published"]
    assert _decided(texts, [0.1, 0.7, 0.15, 0.05]) == ["finding"]


def test_a_meeting_bots_decision_line_is_a_finding():
    texts = ["AGREED: the beta ships on Friday (+4, 0, -0)", "DECIDED: the wiki moves to the new host"]
    assert _decided(texts, [0.1, 0.2, 0.65, 0.05]) == ["finding", "finding"]


def test_an_agreed_that_resolution_is_not_read_as_a_bot_decision():
    texts = ["AGREED: that the Clerk would write to the contractor by Friday"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["action"]


def test_an_earlier_action_reported_also_complete_is_a_finding():
    texts = ["Action 19/04/07 (the Treasurer to check the lease) is also complete; it was signed in May."]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["finding"]


def test_a_resolution_clause_stating_the_bodys_position_is_a_finding():
    texts = [
        "(2) that the Panel welcomes the new lettings scheme;",
        "the Panel endorses the revised timetable;",
    ]
    assert _decided(texts, [0.6, 0.2, 0.15, 0.05]) == ["finding", "finding"]
    assert _decided(texts, [0.1, 0.2, 0.65, 0.05]) == ["finding", "finding"]


def test_a_resolution_clause_that_asks_for_a_report_keeps_the_models_action():
    texts = ["(3) that the Panel welcomes the scheme and requests a progress report in June;"]
    assert _decided(texts, [0.6, 0.2, 0.15, 0.05]) == ["action"]


def test_a_role_holder_line_is_a_finding():
    texts = ["Health and safety – Mr Fenwick", "SEND and inclusion – Mary Oduya", "Careers – Revd Ann Cole"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["finding", "finding", "finding"]


def test_a_task_with_its_owner_after_a_dash_is_no_role_holder_line():
    texts = ["Circulate the fire drill log – Mary Oduya", "Question 4 – Cllr Fenwick"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["action", "action"]


def test_a_page_title_joined_to_its_site_by_a_hyphen_is_no_role_holder_line():
    texts = ["Notes of the Meeting - Google Docs"]
    assert _decided(texts, [0.1, 0.2, 0.65, 0.05]) == ["other"]


def test_a_decisions_label_over_a_referenced_decision_is_a_finding():
    texts = ["Decisions: DB-14 — The revised travel policy approved for adoption from April."]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["finding"]


def test_a_record_label_over_none_is_other():
    texts = ["Decisions: None.", "Risks: nil"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["other", "other"]


def test_a_record_label_over_a_sentence_is_not_read_as_empty():
    texts = ["Risks: None of the suppliers has signed the new terms."]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["finding"]


def test_a_numbered_resolution_clause_repeating_that_tasks_a_named_post():
    texts = [
        "RESOLVED – (1) That the budget be noted; (2) That the Scrutiny Manager arrange a site visit to the depot."
    ]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["action"]


def test_a_numbered_resolution_clause_that_only_notes_sets_no_task():
    texts = ["RESOLVED – (1) That the budget be noted; (2) That the Panel Members note the risk register."]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["finding"]


def test_a_resolution_clause_approving_then_sending_a_paper_is_an_action():
    texts = ["the draft response of the Panel be approved and submitted to the Executive on 3 March; and"]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["action"]


def test_a_reminder_of_a_deadline_is_never_an_action():
    texts = ["The Treasurer reminded trustees that grant claims for the spring round were due by 9 April."]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["finding"]


def test_a_reminder_that_says_a_thing_must_be_done_stays_with_the_model():
    texts = ["The Clerk reminded trustees that their declarations must be returned by 9 April."]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["action"]


def test_a_background_line_is_other():
    texts = [
        "Background: the hosting grant ends in June.",
        "Background (from the RFC): plugins load in order.",
    ]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["other", "other"]


def test_an_issue_title_with_its_number_is_no_question():
    texts = ["Rename the CLI flags before 2.0? #118"]
    assert _decided(texts, [0.05, 0.05, 0.1, 0.8]) == ["other"]


def test_a_question_that_cites_an_issue_mid_sentence_still_asks():
    texts = ["@lee asked whether #118 blocks the release?"]
    assert _decided(texts, [0.05, 0.05, 0.1, 0.8]) == ["question"]


def test_a_notice_that_the_meeting_is_recorded_is_other():
    texts = [
        "The Chair noted that the meeting was being webcast and the recording would stay online for a year."
    ]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["other"]


def test_a_question_about_recording_the_meeting_still_asks():
    texts = ["Ms Ito asked whether the meeting would be streamed for residents."]
    assert _decided(texts, [0.05, 0.05, 0.1, 0.8]) == ["question"]


def test_an_answer_that_ends_in_a_commitment_is_an_action():
    texts = ["The Treasurer confirmed that it had and agreed to circulate the bank reconciliation."]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["action"]


def test_a_line_naming_another_bodys_meeting_received_is_a_finding():
    texts = ["(c) Estates Working Group, meeting of 14 March 2022;"]
    assert _decided(texts, [0.7, 0.2, 0.05, 0.05]) == ["finding"]


def test_a_reminder_of_when_the_next_meeting_is_held_is_other():
    texts = ["The Convenor reminded members that the next meeting would be held on Monday 2 June at 7 pm."]
    assert _decided(texts, [0.1, 0.8, 0.05, 0.05]) == ["other"]


def test_a_question_about_the_next_meeting_still_asks():
    texts = ["Mr Ode asked whether the next meeting would be held in the village hall."]
    assert _decided(texts, [0.05, 0.05, 0.1, 0.8]) == ["question"]


def test_an_open_tab_row_naming_its_owner_and_due_point_is_an_action():
    texts = ["24/03\tRevised grounds maintenance schedule\tHoF\tNext meeting"]
    assert _decided(texts, [0.2, 0.1, 0.6, 0.1]) == ["action"]


def test_an_open_tab_row_with_a_status_cell_after_its_due_point_is_an_action():
    texts = ["B7\tReplacement minibus quotes\tBM\t30/06\tOpen – half complete"]
    assert _decided(texts, [0.2, 0.1, 0.6, 0.1]) == ["action"]


def test_the_header_row_of_a_tab_action_log_is_no_action():
    texts = ["No.\tAction\tWho\tBy when"]
    assert _decided(texts, [0.2, 0.1, 0.6, 0.1]) == ["other"]


@pytest.mark.parametrize(
    "row",
    [
        "Book the hall for the AGM\tPriya\t2021-03-01\tDone, booked for 12 March",
        "C4\tRenew the buildings insurance\tTF\t15/04\tComplete – see item 3",
    ],
)
def test_a_tab_row_whose_status_says_done_with_a_note_is_no_action(row):
    assert _decided([row], [0.8, 0.15, 0.03, 0.02]) == ["finding"]


def test_initials_to_a_verb_set_a_task():
    texts = ["RB to attend the county's finance training for trustees on 3 March."]
    assert _decided(texts, [0.45, 0.5, 0.03, 0.02]) == ["action"]


def test_initials_to_a_verb_reported_done_set_no_task():
    texts = ["RB to circulate the slides – done."]
    assert _decided(texts, [0.45, 0.5, 0.03, 0.02]) == ["finding"]


def test_a_resolution_after_a_dash_that_a_report_be_endorsed_and_submitted_is_an_action():
    texts = [
        "RESOLVED – That the findings of the review panel be endorsed and submitted to the Executive on 4 May."
    ]
    assert _decided(texts, [0.2, 0.6, 0.1, 0.1]) == ["action"]


def test_a_resolution_that_a_paper_be_noted_and_forwarded_with_no_point_named_is_left_to_the_model():
    texts = ["RESOLVED – That the annual accounts be noted and forwarded to the Audit Panel."]
    assert _decided(texts, [0.2, 0.6, 0.1, 0.1]) == ["finding"]


def test_a_resolution_after_a_dash_that_minutes_be_approved_and_signed_is_no_task():
    texts = ["RESOLVED – That the minutes be approved as a correct record and signed by the Chair."]
    assert _decided(texts, [0.2, 0.6, 0.1, 0.1]) == ["finding"]


def test_a_deferral_to_a_later_financial_year_sets_no_task():
    texts = ["It was agreed that the review of catering contracts would be deferred to 2027/28."]
    assert _decided(texts, [0.55, 0.4, 0.03, 0.02]) == ["finding"]


def test_a_deferral_to_a_later_phase_sets_no_task():
    texts = ["The mobile booking module was deferred to phase 3."]
    assert _decided(texts, [0.55, 0.4, 0.03, 0.02]) == ["finding"]


@pytest.mark.parametrize(
    "text",
    [
        "The Bursar to list which repairs can be deferred to 2027/28 by the end of June.",
        "It was agreed that the catering review would be deferred to the 2027/28 planning meeting.",
    ],
)
def test_a_deferral_still_to_be_made_or_to_a_meeting_is_left_to_the_model(text):
    assert _decided([text], [0.55, 0.4, 0.03, 0.02]) == ["action"]


def test_a_request_to_explain_put_to_a_named_post_is_a_question():
    texts = [
        "The Mayor noted the rise in complaints and asked the Director of Housing to explain the delays."
    ]
    assert _decided(texts, [0.55, 0.3, 0.1, 0.05]) == ["question"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chair asked the Treasurer to explain the overspend at the next meeting.",
        "Members asked the Head of Parks to attend the June meeting to explain the new rota.",
    ],
)
def test_a_request_to_explain_later_is_left_to_the_model(text):
    assert _decided([text], [0.55, 0.3, 0.1, 0.05]) == ["action"]


def test_initials_to_a_verb_under_an_item_or_action_reference_set_a_task():
    texts = [
        "Item 7 (from March): KL to obtain three quotes for re-roofing the pavilion.",
        "Action 12/04: PW and RT to review the volunteer handbook before the summer.",
    ]
    assert _decided(texts, [0.3, 0.6, 0.05, 0.05]) == ["action", "action"]


def test_initials_to_a_verb_under_a_decision_reference_are_no_task_set():
    texts = ["D-11: SIT to begin on 4 March, subject to the data migration dry run."]
    assert _decided(texts, [0.3, 0.6, 0.05, 0.05]) == ["finding"]


@pytest.mark.parametrize(
    "row",
    [
        "AP 19/04: TK to renew the hall insurance – completed in February.",
        "Item 3 (from May): GH to book the coach – no longer required, as the trip was cancelled.",
    ],
)
def test_a_referenced_task_reported_done_or_no_longer_required_is_no_task(row):
    assert _decided([row], [0.3, 0.6, 0.05, 0.05]) == ["finding"]


def test_a_task_due_to_complete_in_a_month_is_not_read_as_done():
    from pipeline.classify import _reports_action_done

    assert not _reports_action_done("Action: MJ to finish the stock check – complete in May.")


def test_a_persons_commitment_after_a_reported_clause_is_an_action():
    texts = [
        "The vendor had not yet replied, and the Programme Director agreed to chase them before Friday.",
        "Members felt the signage was unclear, and Ms Okafor undertook to redesign it for the spring.",
    ]
    assert _decided(texts, [0.2, 0.7, 0.05, 0.05]) == ["action", "action"]


def test_a_bodys_agreement_after_a_reported_clause_is_left_to_the_model():
    texts = [
        "The pilot had overrun, and the Board agreed to move its end to April.",
        "The policy already covers this, and the Trust Lead agreed to keep it as written.",
        "Apologies were received from Ann Lee, and the Treasurer agreed to take finance questions.",
    ]
    assert _decided(texts, [0.2, 0.7, 0.05, 0.05]) == ["finding", "finding", "finding"]


def test_an_answer_under_its_label_is_no_question():
    texts = [
        "Response: Two referrals had been made since Easter, both for attendance.",
        "A: The bursar said the roof survey was booked for June.",
        "Q: Had the roof survey been booked?",
    ]
    assert _decided(texts, [0.05, 0.3, 0.05, 0.6]) == ["finding", "finding", "question"]


def test_a_question_reported_with_a_bare_answer_after_a_semicolon_is_a_finding():
    texts = [
        "mira asked whether anyone could review the packaging PR this week; two people can.",
        "Cllr Dunn asked if the depot would close; it will not.",
        "Cllr Dunn asked whether the depot would close; and whether staff had been told.",
    ]
    assert _decided(texts, [0.05, 0.3, 0.05, 0.6]) == ["finding", "finding", "question"]


def test_what_a_paper_set_out_is_other():
    texts = [
        "The quarterly finance report set out spending against budget to the end of June.",
        "It summarised the findings of the tenant survey.",
        "The Committee set out its priorities for the year.",
    ]
    assert _decided(texts, [0.05, 0.8, 0.1, 0.05]) == ["other", "other", "finding"]


def test_a_discussion_recorded_with_its_options_is_no_action():
    texts = [
        "Trustees discussed ways of raising income, including renting out the hall and a summer appeal.",
        "Trustees discussed the hall lettings and agreed that the Treasurer would draft a price list.",
    ]
    assert _decided(texts, [0.6, 0.35, 0.03, 0.02]) == ["finding", "action"]


def test_a_request_to_a_person_to_do_something_is_an_action_not_a_question():
    texts = [
        "dana_k asked femi to open a tracking issue for the flaky arm tests before the freeze.",
        "The Chair asked the Bursar to send the revised budget to trustees.",
        "The Chair asked the Bursar to clarify how the reserve figure was arrived at.",
        "dana_k asked whether the freeze could move to Friday.",
        "Priya asked the question to the author of the proposal.",
        "We asked them to add a privacy section to the explainer.",
    ]
    assert _decided(texts, [0.3, 0.05, 0.05, 0.6]) == [
        "action",
        "action",
        "question",
        "question",
        "question",
        "question",
    ]


@pytest.mark.parametrize(
    "row",
    [
        "Action 14/07 (RT): send the revised rota to ward managers; closed – rota issued on 3 March.",
        "Action 9 (KD): add a pharmacy audit to the programme; covered under minute 14/22 and closed.",
        "Action 3 (the Clerk to write to the school): complete, letter sent on 2 May.",
        "AP 5 (SB): order the new signage; done; see item 4.",
    ],
)
def test_a_status_opening_the_clause_after_a_semicolon_or_colon_reports_the_action_done(row):
    assert _decided([row], [0.6, 0.35, 0.03, 0.02]) == ["finding"]


def test_a_task_opening_on_a_status_word_is_not_read_as_done():
    from pipeline.classify import _reports_action_done

    assert not _reports_action_done("Action: PL to chase the supplier; complete the order form by Friday.")
    assert not _reports_action_done("Action (FT): complete the insurance questionnaire by 30 June.")


def test_a_question_answered_after_and_by_a_named_person_is_a_finding():
    texts = [
        "Mr Hale asked whether parents could use the field on sports day, and the Bursar said they could.",
        "Cllr Rao queried the cost of the new bins, and the Head of Waste confirmed it was within budget.",
        "Mr Hale asked whether parents could use the field, and said he would raise it with the PTA.",
    ]
    assert _decided(texts, [0.05, 0.3, 0.05, 0.6]) == ["finding", "finding", "question"]


def test_a_resolution_to_take_a_position_is_a_finding():
    texts = [
        "RESOLVED to support the planning application.",
        "It was resolved to approve the schedule of payments.",
        "RESOLVED to accept the quotation from the contractor.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["finding", "finding", "finding"]
    assert _decided(texts[2:], [0.05, 0.3, 0.6, 0.05]) == ["finding"]


def test_a_resolution_to_act_or_with_a_task_beside_it_is_left_to_the_model():
    texts = [
        "RESOLVED to write to the landowner about the overgrown hedge.",
        "RESOLVED to accept the quotation and to ask the Clerk to place the order.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["action", "action"]


def test_an_offer_reported_in_the_perfect_sets_no_task():
    texts = [
        "The county has offered to fund half the cost of the new play area.",
        "Two local firms had offered to sponsor the summer fair.",
        "The Treasurer offered to draft the grant application.",
        "The county has offered to fund it, and the Clerk will write to accept.",
    ]
    assert _decided(texts, [0.6, 0.3, 0.05, 0.05]) == ["finding", "finding", "action", "action"]


def test_an_agreement_that_people_would_be_told_something_is_an_action():
    texts = [
        "It was agreed that parents would be reminded of the new pick-up arrangements.",
        "AGREED that tenants should be written to about the roof works.",
        "Members agreed that staff would not be asked to cover both sites.",
        "The Board was informed that the audit had been completed.",
    ]
    assert _decided(texts, [0.2, 0.7, 0.05, 0.05]) == ["action", "action", "finding", "finding"]
