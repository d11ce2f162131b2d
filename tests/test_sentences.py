"""Sentence splitting fit for minutes, as a pure function and as a spaCy component."""

import pytest
import spacy

from pipeline.schema import SentenceSpan
from pipeline.segment import segment_items
from pipeline.sentences import is_csv_record, owner_tag, sentence_bounds, split_sentences


def texts(text):
    return [text[s:e] for s, e in sentence_bounds(text)]


def test_abbreviations_common_in_minutes_do_not_end_sentences():
    assert texts(
        "Cllr. Smith and Ch Supt. Jones met approx. 30 people, e.g. residents. No. 4 was closed."
    ) == [
        "Cllr. Smith and Ch Supt. Jones met approx. 30 people, e.g. residents.",
        "No. 4 was closed.",
    ]


def test_including_and_excluding_abbreviations_do_not_end_sentences():
    assert texts("Fuel costs incl. VAT rose by 4%. Salaries excl. overtime were on budget.") == [
        "Fuel costs incl. VAT rose by 4%.",
        "Salaries excl. overtime were on budget.",
    ]


def test_office_abbreviations_and_indian_courtesy_titles_do_not_end_sentences():
    assert texts(
        "Smt. Mohite asked the Addl. Municipal Commissioner and the Dy. Engineer to report. The Asst. "
        "Director agreed on Thurs. 4 June."
    ) == [
        "Smt. Mohite asked the Addl. Municipal Commissioner and the Dy. Engineer to report.",
        "The Asst. Director agreed on Thurs. 4 June.",
    ]


def test_bullets_start_sentences_and_are_left_out():
    assert texts("\u2022 The PCC asked for more.\n\u2022 The CC agreed.") == [
        "The PCC asked for more.",
        "The CC agreed.",
    ]


def test_inline_numbered_questions_split_without_their_numbers():
    assert texts("Performance fell. 1. Can the CC explain? 2. How will it improve?") == [
        "Performance fell.",
        "Can the CC explain?",
        "How will it improve?",
    ]


def test_labels_are_units_of_their_own():
    assert texts("Findings: The DCC leads on this. Actions arising: The CC to share the plan.") == [
        "Findings:",
        "The DCC leads on this.",
        "Actions arising:",
        "The CC to share the plan.",
    ]


def test_heading_without_full_stop_does_not_swallow_the_next_line():
    assert texts("Agenda item 4a.3: Hate Crime\nLevels will be reviewed.") == [
        "Agenda item 4a.3: Hate Crime",
        "Levels will be reviewed.",
    ]


def test_line_wrapped_mid_sentence_is_joined():
    assert texts("The approach had not been\nconsistent, but is now the same.") == [
        "The approach had not been\nconsistent, but is now the same."
    ]


def test_sentences_know_their_item_section_and_position():
    text = "Header\n\n1. FINANCE\nThe report was noted.\nFindings:\nCosts rose.\n2. AOB\nNone.\n"
    items = segment_items(text)
    spans = split_sentences(text, items, start=items[0].start)
    assert [(s.text, s.item, s.section, s.position) for s in spans] == [
        ("The report was noted.", "1", None, 0),
        ("Findings:", "1", "findings", 1),
        ("Costs rose.", "1", "findings", 2),
        ("None.", "2", None, 0),
    ]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_item_headings_are_not_sentences():
    text = "1. MINUTES OF THE LAST MEETING\nApproved.\n"
    spans = split_sentences(text, segment_items(text))
    assert [s.text for s in spans] == ["Approved."]


def test_a_paper_status_tag_after_a_heading_is_part_of_the_heading_not_a_sentence():
    text = "1. Budget monitoring (For decision)\nThe Committee approved the forecast.\n2. Staffing (to note)\nNoted.\n"
    items = segment_items(text)
    assert [it.title for it in items] == ["Budget monitoring", "Staffing"]
    assert [s.text for s in split_sentences(text, items)] == [
        "The Committee approved the forecast.",
        "Noted.",
    ]


def test_spacy_component_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_sentencizer")
    doc = nlp("Findings: The CC said no. Cllr Smith asked about approx. 5 items. 1. Can the CC help?")
    assert [s.text for s in doc.sents] == [
        "Findings:",
        "The CC said no.",
        "Cllr Smith asked about approx. 5 items.",
        "1. Can the CC help?",
    ]


def test_agenda_item_label_run_into_the_next_sentence_is_split_off():
    text = "Agenda item 2.1a: Child sexual exploitation The ACC to provide an update in May."
    assert texts(text) == [
        "Agenda item 2.1a: Child sexual exploitation",
        "The ACC to provide an update in May.",
    ]


def test_heading_flattened_into_a_paragraph_is_cut_out_of_the_sentences():
    text = "Intro line\n\n1.1 MATTERS\nThe plan was agreed. 2. HOLDING TO ACCOUNT 2.1 PERFORMANCE PLAN a Confidence The data fell.\n"
    items = segment_items(text)
    assert [i.id for i in items] == ["1.1", "2", "2.1", "2.1.a"]
    spans = split_sentences(text, items, start=items[0].start)
    assert [(s.text, s.item) for s in spans] == [("The plan was agreed.", "1.1"), ("The data fell.", "2.1.a")]


def test_transcript_lines_with_speakers_are_not_joined_as_wrapped_text():
    text = "amy: we could defer this\ncarl: i disagree, it blocks the release\n"
    assert texts(text) == ["amy: we could defer this", "carl: i disagree, it blocks the release"]


def test_speaker_prefixes_are_recognised_but_labels_are_not_speakers():
    from pipeline.sentences import speaker_of

    assert [
        speaker_of(t) for t in ("plinss: fine", "<amy> ok", "__dan:__ yes", "Action: JS to", "Q: Why?")
    ] == ["plinss", "amy", "dan", None, None]


def test_amount_with_a_unit_letter_ends_a_sentence():
    assert texts(
        "Net income was £412k against a deficit of £95k. The variance is explained by legacies."
    ) == [
        "Net income was £412k against a deficit of £95k.",
        "The variance is explained by legacies.",
    ]


@pytest.mark.parametrize(
    "block, ends",
    [
        ("The plan was agreed.", True),
        ('He asked "is it ready?")', True),
        ("Findings:", True),
        ("the report was noted and", False),
        ("))", False),
    ],
)
def test_block_end_reads_past_closing_quotes_and_brackets(block, ends):
    from pipeline.sentences import _ends_sentence

    assert _ends_sentence("xx" + block, 2, 2 + len(block)) is ends


def test_a_paragraph_wrapped_over_many_lines_is_one_sentence():
    from pipeline.sentences import sentence_bounds

    text = "\n".join(["the item was discussed by members"] * 300) + "."
    assert sentence_bounds(text) == [(0, len(text))]


@pytest.mark.parametrize("tail", ["to the", "report of", "Finance and", "sent to"])
def test_a_line_ending_on_a_word_that_cannot_end_a_sentence_is_joined_to_the_next(tail):
    text = f"It was agreed that the findings would be {tail}\nQuality Committee in March."
    assert sentence_bounds(text) == [(0, len(text))]


def test_a_line_ending_on_a_capitalised_word_still_ends_its_block():
    text = "Plan A\nThe Board approved it."
    assert len(sentence_bounds(text)) == 2


def test_a_long_line_cut_after_a_capitalised_word_joins_the_next_line():
    text = (
        "Action arising from the May meeting: Clerk to chase the District\n"
        "Council about the missing dog bin on Green Lane.\n"
        "The next Board meeting will be held on Wednesday 13th\n"
        "December 2023 at the usual venue.\n"
    )
    assert [" ".join(s.text.split()) for s in split_sentences(text, [])] == [
        "Action arising from the May meeting: Clerk to chase the District Council about the missing dog bin on"
        " Green Lane.",
        "The next Board meeting will be held on Wednesday 13th December 2023 at the usual venue.",
    ]


def test_short_or_title_case_lines_ending_in_a_capital_stay_apart():
    text = (
        "Apologies from Cllr Smith\n"
        "Minutes approved\n"
        "Riverside and Fenmoor NHS Foundation Trust Quality Committee\n"
        "Members reviewed the dashboard.\n"
    )
    assert len(split_sentences(text, [])) == 4


def test_table_rows_ending_in_a_capital_are_not_joined():
    text = (
        "DAB/22/36\tReport on user satisfaction with the secure research service\tHDE\tMay 2023\tOpen\n"
        "DAB/23/01\tFull second review of catalogue entries describing personal data\tCDO\tNext meeting\tOpen\n"
    )
    assert len(split_sentences(text, [])) >= 2


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Action: CEO", "CEO"),
        ("ACTION - HoF/Treasurer", "HoF/Treasurer"),
        ("Action: Head of Estates", "Head of Estates"),
        ("Action: CEO and CFO.", "CEO and CFO"),
        ("Action: @ana", "@ana"),
        (
            "Action: Associate Dean (Education) and Heads of School",
            "Associate Dean (Education) and Heads of School",
        ),
        ("Action: Director (Estates)/Bursar", "Director (Estates)/Bursar"),
        ("Action: AD(R) and Heads of Department", "AD(R) and Heads of Department"),
    ],
)
def test_an_owner_tag_line_names_only_owners(line, who):
    assert owner_tag(line) == who


@pytest.mark.parametrize(
    "line",
    [
        "Action: JS to circulate the paper.",
        "Action closed.",
        "Actions: none",
        "Action: all",
        "RAG: Red",
        "Action: (Education) to follow",
        "Action: Dean to reply (Education)",
        "Action: (Estates)",
        "Action: AD(R) to reply",
    ],
)
def test_a_task_or_a_status_is_not_an_owner_tag(line):
    assert owner_tag(line) is None


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("ACTION: Bursar (by 30 June)", "Bursar"),
        ("Action: Head of Admissions (before the autumn intake)", "Head of Admissions"),
        ("Action: Clerk (until the review ends)", "Clerk"),
    ],
)
def test_an_owner_tag_may_end_with_its_due_point_in_brackets(line, who):
    assert owner_tag(line) == who


@pytest.mark.parametrize("line", ["Action: (by 30 June)", "Action: review the fees (by 30 June)"])
def test_a_due_point_in_brackets_without_owners_is_not_an_owner_tag(line):
    assert owner_tag(line) is None


def test_labels_and_numbered_entries_are_not_joined_to_a_long_line_ending_in_a_capital():
    text = (
        "The committee reviewed the actions carried forward from the Board\n"
        "QSC 22/009 Confirm the funding route for the replacement nurse call system.\n"
        "Members noted the dashboard figures for the quarter ending in March\n"
        "RAG: Red\n"
    )
    assert len(split_sentences(text, [])) == 4


def test_owner_tag_lines_map_each_tag_to_the_sentence_it_closes():
    from pipeline.schema import SentenceSpan
    from pipeline.sentences import owner_tag_lines

    rows = [
        ("The plan will go to the Board.", "3"),
        ("Action: CEO", "3"),
        ("Action: CFO", "3"),
        ("Action: HoF", "4"),
    ]
    spans = [SentenceSpan(id=i, start=0, end=len(t), text=t, item=item) for i, (t, item) in enumerate(rows)]
    assert owner_tag_lines(spans) == {1: 0, 2: None}


def test_spans_are_built_whole_and_valid_without_a_validation_pass():
    text = "1. Budget\nThe Board asked whether reserves would last. The CFO said they would.\n"
    spans = split_sentences(text, segment_items(text))
    assert [s.text for s in spans] == [
        "The Board asked whether reserves would last.",
        "The CFO said they would.",
    ]
    for span in spans:
        assert span == SentenceSpan.model_validate(span.model_dump())
        assert span.model_fields_set == set(SentenceSpan.model_fields)
    assert spans[0] is not spans[1] and spans[1].id == 1 and spans[1].position == 1


def test_a_heading_that_fills_a_whole_line_still_ends_the_block_before_it():
    text = (
        "1. Estates\n"
        "- DoE: share the revised depot survey with members by 19 January 2024\n"
        "2. Attendance and retention\n"
        "The Registrar reported that attendance stood at 86% against a target of 90%.\n"
    )
    spans = split_sentences(text, segment_items(text))
    assert [s.text for s in spans] == [
        "DoE: share the revised depot survey with members by 19 January 2024",
        "The Registrar reported that attendance stood at 86% against a target of 90%.",
    ]


def test_a_long_line_ending_in_a_capital_is_not_joined_across_a_blank_line():
    text = (
        "Link: https://tracker.example/widgets/pull/20481\n"
        "\n"
        "The new widget keeps its state between restarts of the service.\n"
    )
    assert texts(text) == [
        "Link: https://tracker.example/widgets/pull/20481",
        "The new widget keeps its state between restarts of the service.",
    ]


@pytest.mark.parametrize(
    "entry",
    [
        "Applicant: Dr Amara Okafor (research fellow), School of Marine Science",
        "Officers present: Town Clerk Paula Reyes, Treasurer Ifan Morgan, Planner Gwen Hale",
        "24/00312/FUL – Erection of a garden room at 14 Linden Grove, Upper Haddon",
    ],
)
def test_an_entry_line_ending_in_a_capital_does_not_swallow_the_next_sentence(entry):
    assert texts(entry + "\nThe committee noted the report and raised no objection.") == [
        entry,
        "The committee noted the report and raised no objection.",
    ]


def test_a_label_line_after_a_long_line_ending_in_a_capital_stands_alone():
    assert texts(
        "Motion 4: Free tea in the library - Proposed by Ada Brook, seconded by Tom Reid\nCouncil notes:"
    ) == [
        "Motion 4: Free tea in the library - Proposed by Ada Brook, seconded by Tom Reid",
        "Council notes:",
    ]


def test_irc_queue_and_presence_commands_are_lines_of_their_own():
    assert texts("kim: +1 to Ravi\nq+\nack kim\npresent+ Lena_Ortiz\nkim: the draft is fine by me.") == [
        "kim: +1 to Ravi",
        "q+",
        "ack kim",
        "present+ Lena_Ortiz",
        "kim: the draft is fine by me.",
    ]


def test_a_sign_off_ending_in_a_comma_is_not_joined_to_the_name_below():
    assert texts("Respectfully submitted,\nMaria Ochoa, Board Secretary") == [
        "Respectfully submitted,",
        "Maria Ochoa, Board Secretary",
    ]


def test_a_line_ending_in_a_comma_still_joins_the_next_line():
    assert texts("The Chair thanked the staff of the library,\nThe Friends group and the volunteers.") == [
        "The Chair thanked the staff of the library,\nThe Friends group and the volunteers."
    ]


def test_prose_under_an_action_label_still_joins_at_a_capital():
    assert texts(
        "Action: the Clerk to chase the officers of the District\nCouncil about the missing dog bin."
    ) == ["Action: the Clerk to chase the officers of the District\nCouncil about the missing dog bin."]


def test_word_hyphenated_at_a_line_break_does_not_end_the_sentence():
    text = "- [ ] Treasurer to report the budget against the planning cond-\nition (March meeting).\n"
    assert texts(text) == [
        "[ ] Treasurer to report the budget against the planning cond-\nition (March meeting)."
    ]


def test_continuation_of_a_hyphenated_word_is_not_read_as_a_speaker():
    text = "The panel accepted the recommend-\nations: both were agreed.\nNext item."
    assert texts(text) == ["The panel accepted the recommend-\nations: both were agreed.", "Next item."]


def test_line_after_a_dash_and_a_capital_still_starts_a_new_speaker():
    text = "alice: we should go with plan B -\nbob: agreed."
    assert texts(text) == ["alice: we should go with plan B -", "bob: agreed."]


def test_line_cut_before_the_person_a_clause_names_is_joined():
    text = (
        "The officer said that the two sites were still being appraised for sale. She undertook to send\n"
        "Councillor Rees a written answer within 14 days.\n"
        "* Action: @mlopez will send the invitation and add\n"
        "@tkim to the maintainers file next week.\n"
    )
    assert texts(text)[1:] == [
        "She undertook to send\nCouncillor Rees a written answer within 14 days.",
        "Action: @mlopez will send the invitation and add\n@tkim to the maintainers file next week.",
    ]


def test_a_named_subject_after_an_unstopped_line_still_starts_a_sentence():
    text = (
        "Temporary privileges: Helena Marsh, CRNA, Anesthesia, 90 days\n"
        "Ms. Brooks asked whether locum staff were credentialed the same way.\n"
        "The committee then reviewed the appointments made this quarter\n"
        "Dr Okoro (Chair)\n"
    )
    assert texts(text) == [
        "Temporary privileges: Helena Marsh, CRNA, Anesthesia, 90 days",
        "Ms. Brooks asked whether locum staff were credentialed the same way.",
        "The committee then reviewed the appointments made this quarter",
        "Dr Okoro (Chair)",
    ]


def test_wrapped_heading_lines_are_no_sentences():
    text = (
        "FIN 14/25 Call-in of Cabinet Decision CAB\n"
        "88/25: Sale of the Old Depot, Mill\n"
        "Lane (Pages 20 - 41)\n"
        "The Board considered the call-in.\n"
        "FIN 15/25 Work Programme (Pages 42 - 50)\n"
        "The programme was noted.\n"
    )
    spans = split_sentences(text, segment_items(text))
    assert [s.text for s in spans] == ["The Board considered the call-in.", "The programme was noted."]


def test_heading_underlines_are_no_sentences():
    text = (
        "Title of the meeting\n====================\n\nNotes\n-----\n\nRoads\n~~~~~\n\nThe road is closed.\n"
    )
    assert [s.text for s in split_sentences(text, segment_items(text))] == ["The road is closed."]


def test_own_paper_reference_after_a_heading_is_no_sentence():
    text = "AB/24/10 Welcome\nThe Chair opened the meeting.\n\nAB/24/11 Fees review (Paper AB/24/11)\nThe paper was noted.\n"
    got = [s.text for s in split_sentences(text, segment_items(text))]
    assert got == ["The Chair opened the meeting.", "The paper was noted."]


def test_line_wrapped_inside_an_open_bracket_continues_the_sentence():
    text = "The action from the last meeting (see minute\nAB/24/05) was closed.\nThe report was noted."
    assert texts(text) == [
        "The action from the last meeting (see minute\nAB/24/05) was closed.",
        "The report was noted.",
    ]


def test_bracket_the_next_line_does_not_close_ends_at_the_line():
    text = "Review of the delivery model (what the service delivers\nSingle sign-on options"
    assert texts(text) == [
        "Review of the delivery model (what the service delivers",
        "Single sign-on options",
    ]


def test_line_ending_on_every_continues_before_a_capital():
    text = "The Chair asked the officer to confirm that every\nSchool had sent its return.\nThe item closed."
    assert texts(text) == [
        "The Chair asked the officer to confirm that every\nSchool had sent its return.",
        "The item closed.",
    ]


def test_clause_word_before_a_blank_line_does_not_join_across_it():
    text = "Alex: the group will look at whose\n\nBeth: the next item is the budget."
    assert len(texts(text)) == 2


def test_month_after_a_line_cut_mid_clause_continues_the_sentence():
    text = "It was agreed that a review of complaints received since the start of\nApril would come to the next meeting."
    assert texts(text) == [text]


def test_month_after_a_capitalised_table_cell_starts_a_new_line():
    text = "24/15 Write to the council about the outstanding grant claim Principal\nJuly 2024"
    assert len(texts(text)) == 2


def test_wrapped_cell_of_a_space_aligned_action_table_stays_with_its_row():
    text = (
        "Ref     Action                                 Owner   Due\n"
        "12-01   Review the supplier recovery plan       JB      13 Dec 2024\n"
        "        Procurement and report back\n"
        "12-02   Confirm the server retirement date     OG      Q1 2025\n"
    )
    got = texts(text)
    assert got[1] == (
        "12-01   Review the supplier recovery plan       JB      13 Dec 2024\n"
        "        Procurement and report back"
    )
    assert got[2].startswith("12-02")


def test_indented_line_under_plain_prose_is_not_a_table_cell():
    text = "    Is the list of principles complete (the review is not done)\n    Central question: who signs off."
    assert len(texts(text)) == 2


def test_line_ending_on_next_continues_before_a_capitalised_meeting_name():
    text = "RB to update the cost model and reissue the budget tracker before the next\nBoard.\nNo other business."
    assert texts(text) == [
        "RB to update the cost model and reissue the budget tracker before the next\nBoard.",
        "No other business.",
    ]


def test_line_ending_on_before_continues_before_a_capitalised_date():
    text = "The volunteers who joined in the spring would be trained before\nEaster.\nThe Chair closed the meeting."
    assert len(texts(text)) == 2
    assert texts(text)[0].endswith("before\nEaster.")


def test_function_word_line_before_a_heading_is_not_joined():
    text = "Members agreed to revisit the grant conditions at the next\nFinance Update\nThe grant was paid."
    heading = text.index("Finance Update")
    got = [text[s:e] for s, e in sentence_bounds(text, holes=[(heading, heading + len("Finance Update"))])]
    assert got[0] == "Members agreed to revisit the grant conditions at the next"


def test_function_word_line_before_a_speaker_line_is_not_joined():
    text = "Noted that the roadmap slipped again and will be discussed next\nmaria: Reviewed the draft."
    assert len(texts(text)) == 2


def test_function_word_line_before_an_entry_line_is_not_joined():
    text = "Members asked that the revised budget be circulated well before\nItem 5: Treasurer's report"
    assert len(texts(text)) == 2


def test_function_word_line_in_a_speaker_turn_ends_the_turn():
    text = (
        "<amy> I think we have already discussed the naming question before\nBreakfast is at nine tomorrow."
    )
    assert len(texts(text)) == 2


def test_scribe_continuations_ending_on_this_stay_separate():
    text = "…So we had a great discussion of all of the options about this\n…Hotspot 2.0 is a roaming spec"
    assert len(texts(text)) == 2


def test_function_word_line_before_an_attendance_row_or_new_sentence_is_not_joined():
    row = "The following members were welcomed to the committee as of this\nJane Smith (Chair)"
    opener = "The group asked whether the review could be concluded before\nThe Chair said it could."
    assert len(texts(row)) == 2
    assert len(texts(opener)) == 2


def test_function_word_line_before_a_blank_line_is_not_joined():
    text = (
        "The committee would look again at the parking survey results next\n\nParking permits were discussed."
    )
    assert len(texts(text)) == 2


def test_body_before_a_late_first_item_is_not_dropped():
    body = "".join(f"Member {n} reported on the work of the group this quarter.\n" for n in range(10))
    text = "Group minutes\nPresent: Ann, Bo\n\n" + body + "\nACT 24/01 Circulate the revised terms\n"
    sents = split_sentences(text, segment_items(text))
    assert sents[0].text.startswith("Member 0 reported")
    assert sents[0].item is None


def test_header_prose_before_the_first_item_is_not_split():
    text = "Group minutes\nPresent: Ann, Bo\nThe meeting was quorate and began on time.\n\n1. Welcome\nAll were welcomed.\n"
    assert [s.text for s in split_sentences(text, segment_items(text))] == ["All were welcomed."]


def test_meeting_bot_attribution_after_a_topic_is_no_sentence():
    text = "1. Roll call  (ana, 10:00:31)\n  * present: ana, bo  (ana, 10:00:40)\n"
    assert [s.text for s in split_sentences(text, segment_items(text))] == [
        "present: ana, bo  (ana, 10:00:40)"
    ]


def test_owner_tag_closing_a_line_ends_the_sentence_before_the_next_line():
    assert texts(
        "The Committee asked the DoN to bring a staffing plan with monthly agency data to the March meeting. "
        "ACTION: DoN\nThe Committee was PARTIALLY ASSURED on staffing.\n"
    ) == [
        "The Committee asked the DoN to bring a staffing plan with monthly agency data to the March meeting.",
        "ACTION: DoN",
        "The Committee was PARTIALLY ASSURED on staffing.",
    ]


def test_owner_tag_wrapped_before_its_lower_case_task_is_one_sentence_with_it():
    assert texts(
        "The Board noted two new risks on theatre capacity. The CFO said they would be added after the "
        "review on 6 May. Action: CFO/HR\nto update the risk register and the linked risks by June.\n"
    ) == [
        "The Board noted two new risks on theatre capacity.",
        "The CFO said they would be added after the review on 6 May.",
        "Action: CFO/HR\nto update the risk register and the linked risks by June.",
    ]


def test_owner_tag_line_before_a_lower_case_task_line_is_one_sentence_with_it():
    assert texts("The Board noted the new risks.\nAction: Head of Estates\nto report back in June.\n") == [
        "The Board noted the new risks.",
        "Action: Head of Estates\nto report back in June.",
    ]


def test_owner_tag_closing_a_line_before_a_capitalised_sentence_stays_a_tag():
    assert texts(
        "The Board asked for a revised plan. Action: CFO/HR\nThe Board then turned to estates.\n"
    ) == [
        "The Board asked for a revised plan.",
        "Action: CFO/HR",
        "The Board then turned to estates.",
    ]


def test_an_actions_label_that_names_no_owner_does_not_end_a_wrapped_line():
    assert texts(
        "Three actions were agreed at the meeting. Actions: see the log held by the Audit\n"
        "Committee secretary for details.\n"
    ) == [
        "Three actions were agreed at the meeting.",
        "Actions: see the log held by the Audit\nCommittee secretary for details.",
    ]


# --------------------------------------------------------------------------- pasted logs and org-mode tasks


def test_each_record_of_a_pasted_comma_separated_log_is_its_own_sentence():
    text = (
        "The log is pasted below.\n"
        "Ref,Kind,Summary,Lead,Due,State\n"
        'X-01,Risk,"Supplier may be late, delaying the launch",AB,2024-03-01,Open\n'
        "X-02,Issue,Test rig broken since Monday,CD,2024-02-20,Open\n"
        "Two entries closed last month.\n"
    )
    assert texts(text) == [
        "The log is pasted below.",
        "Ref,Kind,Summary,Lead,Due,State",
        'X-01,Risk,"Supplier may be late, delaying the launch",AB,2024-03-01,Open',
        "X-02,Issue,Test rig broken since Monday,CD,2024-02-20,Open",
        "Two entries closed last month.",
    ]


def test_a_record_hyphenated_inside_a_quoted_cell_stays_one_sentence():
    text = 'Y-03,Risk,"Funding ends in June; if the bid is reje-\ncted, the post goes",EF,2024-06-30,Open\nNext line here.\n'
    assert texts(text)[0].startswith("Y-03,Risk,") and texts(text)[0].endswith(",Open")
    assert texts(text)[1] == "Next line here."


def test_prose_with_commas_and_large_numbers_is_no_comma_separated_record():
    assert not is_csv_record("We met, talked, ate, and left.")
    assert not is_csv_record("The total was 1,234,567,890 pounds.")
    assert not is_csv_record("list the value twice. What of an array like `['a','b','c','d']`?")
    assert is_csv_record('A-9,Action,"Ring the hall, then book it",GH,TBC,Open')


def test_org_task_headline_takes_its_planning_line_but_not_the_prose_under_it():
    text = (
        "** TODO @kim: write the migration guide for the Python API\n"
        "   DEADLINE: <2022-01-14 Fri>\n"
        "** TODO @lee: review the packaging RFC\n"
        "Carried over from 2021-12-01. Nobody has started it.\n"
    )
    assert texts(text) == [
        "** TODO @kim: write the migration guide for the Python API\n   DEADLINE: <2022-01-14 Fri>",
        "** TODO @lee: review the packaging RFC",
        "Carried over from 2021-12-01.",
        "Nobody has started it.",
    ]


# --------------------------------------------------------------------------- registers and bracketed asides


def test_a_register_row_opening_with_a_code_of_the_same_shape_starts_a_new_sentence():
    text = (
        "AP-03 – Order the replacement signage for the depot gates – Owner: TK – Due: 04/11/2024\n"
        "AP-04 – Review the winter gritting routes with the\n"
        "contractor – Owner: LM – Due: end of November\n"
        "AP-05 – Publish the revised bin collection calendar online – Status: Agreed\n"
        "AP-02 (from October) remains open until the budget is set.\n"
    )
    assert texts(text) == [
        "AP-03 – Order the replacement signage for the depot gates – Owner: TK – Due: 04/11/2024",
        "AP-04 – Review the winter gritting routes with the\ncontractor – Owner: LM – Due: end of November",
        "AP-05 – Publish the revised bin collection calendar online – Status: Agreed",
        "AP-02 (from October) remains open until the budget is set.",
    ]


def test_dash_separated_action_rows_each_start_a_sentence():
    text = (
        "Treasurer – send the revised budget to all members – 3 March 2025\n"
        "Site Manager – check the fire doors in the east wing – April meeting\n"
        "Chair – write to the landlord about the\nparking spaces – next meeting\n"
    )
    assert texts(text) == [
        "Treasurer – send the revised budget to all members – 3 March 2025",
        "Site Manager – check the fire doors in the east wing – April meeting",
        "Chair – write to the landlord about the\nparking spaces – next meeting",
    ]


def test_prose_with_a_dashed_aside_is_no_action_row():
    text = (
        "The Treasurer reported that the hall costs – which had risen – were covered by the\n"
        "Community Fund and the Parish Council, who paid the rest.\n"
    )
    assert len(texts(text)) == 1


def test_an_owner_cell_after_the_action_ends_the_row_before_the_next_line():
    text = (
        "The Treasurer to circulate the revised budget to the committee before the next meeting. TR/JS\n"
        "Ann Lee left the meeting.\n"
        "The Clerk to send the revised policy to all governors by Friday.      All governors\n"
        "Bob Hale joined the meeting.\n"
    )
    assert texts(text) == [
        "The Treasurer to circulate the revised budget to the committee before the next meeting.",
        "TR/JS",
        "Ann Lee left the meeting.",
        "The Clerk to send the revised policy to all governors by Friday.",
        "All governors",
        "Bob Hale joined the meeting.",
    ]


def test_words_after_a_wide_gap_that_name_no_owner_are_no_owner_cell():
    text = (
        "We agreed the outline of the plan at the meeting last week.    Maybe we should\nrevisit the costs.\n"
    )
    assert texts(text) == [
        "We agreed the outline of the plan at the meeting last week.",
        "Maybe we should\nrevisit the costs.",
    ]


def test_an_action_log_row_opening_with_a_hash_number_is_an_entry_of_its_own():
    text = (
        "#212 [Finance – A. Lee] Confirm the grant conditions with the funder  due next Board\n"
        "Maria Costa joined the meeting.\n"
    )
    assert texts(text) == [
        "#212 [Finance – A. Lee] Confirm the grant conditions with the funder  due next Board",
        "Maria Costa joined the meeting.",
    ]


def test_a_long_line_ending_on_all_goes_on_with_its_object():
    text = (
        "The Secretary to send the revised timetable for the summer term to all\nCourse Leaders by 12 May.\n"
    )
    assert texts(text) == [
        "The Secretary to send the revised timetable for the summer term to all\nCourse Leaders by 12 May."
    ]


def test_a_code_of_another_shape_wrapped_inside_a_row_stays_in_the_row():
    text = "AP-06 – Merge the duplicate flooding entries held in the Corporate\nRR-12 register – Owner: JS\n"
    assert texts(text) == [
        "AP-06 – Merge the duplicate flooding entries held in the Corporate\nRR-12 register – Owner: JS"
    ]


def test_a_line_ending_on_a_numeric_date_is_complete_before_a_capital():
    text = (
        "AP-07 – Send the draft budget to all trustees before the meeting – Due: 18/06/2024\nStanding items\n"
    )
    assert texts(text) == [
        "AP-07 – Send the draft budget to all trustees before the meeting – Due: 18/06/2024",
        "Standing items",
    ]


def test_a_bracketed_aside_in_lower_case_carries_on_a_wrapped_task_line():
    text = (
        "- [ ] @mira to update the contributor guide for the new build system\n"
        "(carried over from the last call) — still open, Mira is away\n"
        "- [x] @tomas to tag the release — done.\n"
    )
    assert texts(text) == [
        "[ ] @mira to update the contributor guide for the new build system\n"
        "(carried over from the last call) — still open, Mira is away",
        "[x] @tomas to tag the release — done.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "kofi: happy to merge the branch today if nobody objects at all\n(kofi and ana review the diff)\n",
        "The group looked again at the options for the new chat server\n\n(general discussion)\n",
        "Everyone agreed the draft was fine for now, pending review :-)\n(short break)\n",
    ],
)
def test_a_bracketed_note_after_a_turn_a_blank_line_or_a_smiley_stands_alone(text):
    assert len(texts(text)) == 2


def test_a_bracketed_aside_after_a_quoted_question_stays_in_the_sentence():
    assert texts(
        'The thread "Should we drop the old API?" (see last month\'s notes) was read again. Next.'
    ) == [
        'The thread "Should we drop the old API?" (see last month\'s notes) was read again.',
        "Next.",
    ]
    assert texts("Does anyone object to the new label? (none on the call)") == [
        "Does anyone object to the new label?",
        "(none on the call)",
    ]


def test_a_heading_led_into_its_text_by_a_colon_ends_with_the_colon():
    text = (
        "Minutes of the Board\n\n"
        "1. Opening: The chair welcomed everyone to the meeting.\n2. Budget: The forecast was noted by all members.\n"
        "3. Staffing: Two posts were filled during the summer.\n4. Estates: The roof was repaired in March.\n"
        "5. Close: The meeting closed at nine after a long talk.\n"
    )
    spans = split_sentences(text, segment_items(text))
    assert [s.text for s in spans][:2] == [
        "The chair welcomed everyone to the meeting.",
        "The forecast was noted by all members.",
    ]


def test_rows_of_a_numbered_table_without_tabs_are_sentences_of_their_own():
    text = (
        "No. Action Owner Deadline\n"
        "1 Send the audit report to members Head of Finance 12 May 2023\n"
        "2 Arrange a visit to the depot Clerk June 2023\n"
        "3 Review the fees charged for the hire of the village hall Head of\nEstates 30 June 2023\n"
    )
    assert texts(text)[-3:] == [
        "1 Send the audit report to members Head of Finance 12 May 2023",
        "2 Arrange a visit to the depot Clerk June 2023",
        "3 Review the fees charged for the hire of the village hall Head of\nEstates 30 June 2023",
    ]


def test_a_numbered_row_whose_first_cell_opens_with_a_figure_is_a_sentence_of_its_own():
    text = (
        "No. Action Owner Deadline\n"
        "1 Report the cost of the boiler replacement Clerk June 2023\n"
        "2 999 call answer times by month Head of Control May 2023\n"
        "3 48 hour repairs backlog by ward Estates Manager July 2023\n"
    )
    assert texts(text)[-3:] == [
        "1 Report the cost of the boiler replacement Clerk June 2023",
        "2 999 call answer times by month Head of Control May 2023",
        "3 48 hour repairs backlog by ward Estates Manager July 2023",
    ]


def test_a_figure_after_a_row_cut_mid_phrase_goes_on_with_its_row():
    text = "1 Report the repairs backlog to the Board by the end of\n2 2024 and again in the spring Clerk\n"
    assert texts(text) == [
        "1 Report the repairs backlog to the Board by the end of\n2 2024 and again in the spring Clerk"
    ]


def test_a_wrapped_line_opening_with_a_number_out_of_turn_goes_on_with_its_row():
    text = "1 Send the audit report to the Audit Committee of the Council by\n12 May 2023\n"
    assert texts(text) == ["1 Send the audit report to the Audit Committee of the Council by\n12 May 2023"]


def test_labelled_fields_closing_an_action_paragraph_belong_to_it():
    text = (
        "Action 12/03: Estates Manager to report on the boiler replacement\n"
        "Owner: PK   Due: May 2023   Status: open.\n"
        "Action 12/04: Clerk to book the hall\nLead: AB   Due: June 2023\n"
    )
    assert texts(text) == [
        "Action 12/03: Estates Manager to report on the boiler replacement\nOwner: PK   Due: May 2023   Status: open.",
        "Action 12/04: Clerk to book the hall\nLead: AB   Due: June 2023",
    ]


def test_fields_after_a_full_stop_or_a_single_label_stay_apart():
    text = (
        "The boiler was replaced in March.\nOwner: PK   Due: May 2023\n"
        "Members discussed the hall booking system\nUpdate: the new system went live in April.\n"
    )
    assert texts(text) == [
        "The boiler was replaced in March.",
        "Owner: PK   Due: May 2023",
        "Members discussed the hall booking system",
        "Update:",
        "the new system went live in April.",
    ]


def test_a_paragraph_number_under_its_item_is_left_out_of_the_sentence():
    text = "2.1 None.\n3.4 The Treasurer reported a surplus.\n"
    assert texts(text) == ["None.", "The Treasurer reported a surplus."]


def test_a_decimal_amount_opening_a_line_is_no_paragraph_number():
    assert texts("3.5 million visits were recorded.\n") == ["3.5 million visits were recorded."]


def test_a_markdown_table_row_is_one_sentence_whatever_stops_its_cells_hold():
    text = "| 3.1 | Audit of the boiler, incl. the spare parts | KM | May |\n| 3.2 | Renew the lease | JS | June |\n"
    assert texts(text) == [
        "| 3.1 | Audit of the boiler, incl. the spare parts | KM | May |",
        "| 3.2 | Renew the lease | JS | June |",
    ]


def test_a_wrapped_markdown_table_row_is_joined():
    text = "| 3.1 | Send the survey to the tenants | KM | LP |\n12-May-24 |\n| 3.2 | Renew the lease | JS | JS | June |\n"
    assert texts(text) == [
        "| 3.1 | Send the survey to the tenants | KM | LP |\n12-May-24 |",
        "| 3.2 | Renew the lease | JS | JS | June |",
    ]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("ACTION: All governors", "All governors"),
        ("Action: Both trustees", "Both trustees"),
        ("Action - All the members", "All the members"),
    ],
)
def test_all_or_both_with_a_plural_post_is_an_owner_tag(line, who):
    assert owner_tag(line) == who


@pytest.mark.parametrize(
    "line", ["Action: All agreed", "Action: All done.", "Actions: all closed", "Action: All progress"]
)
def test_all_with_a_verb_or_a_singular_noun_is_no_owner_tag(line):
    assert owner_tag(line) is None


def test_day_and_month_split_at_a_wrap_join_even_after_a_numbered_label():
    assert texts(
        "Action 7: The revised rota to be circulated to all station managers by 14\n"
        "November.\nNo other business was raised.\n"
    ) == [
        "Action 7: The revised rota to be circulated to all station managers by 14\nNovember.",
        "No other business was raised.",
    ]


def test_a_number_closing_a_labelled_line_before_a_month_sentence_is_no_split_date():
    assert texts("Attendance: 28\nMarch figures were reviewed next.\n") == [
        "Attendance: 28",
        "March figures were reviewed next.",
    ]


def test_field_label_colon_inside_an_open_bracket_does_not_end_the_sentence():
    assert texts(
        "The revised handbook to be sent to all programme leaders (Owner: Registrar; by:\n"
        "30 June).\nThe Board noted the report.\n"
    ) == [
        "The revised handbook to be sent to all programme leaders (Owner: Registrar; by:\n30 June).",
        "The Board noted the report.",
    ]


def test_colon_ending_a_line_with_no_open_bracket_still_ends_the_sentence():
    assert texts("The Board agreed the following (in order of priority):\n1) Recruit two tutors.\n") == [
        "The Board agreed the following (in order of priority):",
        "Recruit two tutors.",
    ]


def test_register_rows_with_codes_of_different_letters_are_sentences_of_their_own():
    text = (
        "R-04 – Boiler spares no longer made – Score 12 – Owner: KM – New\n"
        "I-02 – Hall roof leaking over the stage – Owner: JS – Open\n"
        "The Chair asked KM to add R-04 to the council's main risk register.\n"
    )
    assert texts(text) == [
        "R-04 – Boiler spares no longer made – Score 12 – Owner: KM – New",
        "I-02 – Hall roof leaking over the stage – Owner: JS – Open",
        "The Chair asked KM to add R-04 to the council's main risk register.",
    ]


def test_a_row_of_cells_wrapped_after_a_cell_bar_is_one_sentence():
    text = (
        "Owner → Ann Lee | Due: w/c 12 May |\nCirculate the revised hire charges to\nall user groups\n"
        "Owner → Bob Hale | Due: June | Renew the lease\n"
    )
    assert texts(text) == [
        "Owner → Ann Lee | Due: w/c 12 May |\nCirculate the revised hire charges to\nall user groups",
        "Owner → Bob Hale | Due: June | Renew the lease",
    ]


def test_a_row_of_inner_bars_broken_before_a_bar_is_one_sentence():
    text = (
        "Ref | Task | Lead | Due | Status\n"
        "T-7 | Renew the boiler service contract\n| KM | 02/03/2024 | Open\n"
        "T-8 | Replace the hall lights | JS | 09/03/2024 | Closed\n"
    )
    assert texts(text)[1:] == [
        "T-7 | Renew the boiler service contract\n| KM | 02/03/2024 | Open",
        "T-8 | Replace the hall lights | JS | 09/03/2024 | Closed",
    ]


def test_a_markdown_table_row_after_an_inner_bar_row_stands_apart():
    text = "Owner | Due\nRenew the lease | June\n| Task | Lead |\n"
    assert texts(text)[-1] == "| Task | Lead |"


def test_a_line_ending_on_a_lone_bar_before_a_blank_line_is_complete():
    text = "> **dana** sorry, my connection dropped = |\n\n> **lee** Lee has joined the call\n"
    assert texts(text) == ["> **dana** sorry, my connection dropped = |", "> **lee** Lee has joined the call"]


def test_numbered_question_heading_line_stands_apart_from_the_question():
    text = (
        "Question 2 from Councillor Amos to the Cabinet Member for Leisure and Parks\n"
        "How many tennis courts have been resurfaced since the grant was awarded?\n"
    )
    assert texts(text) == [
        "Question 2 from Councillor Amos to the Cabinet Member for Leisure and Parks",
        "How many tennis courts have been resurfaced since the grant was awarded?",
    ]


def test_prose_about_questions_cut_after_a_capital_still_joins():
    text = "Questions were asked about the cost of repairing the footbridge at Lower\nMill Lane and its upkeep.\n"
    assert texts(text) == [
        "Questions were asked about the cost of repairing the footbridge at Lower\nMill Lane and its upkeep."
    ]


def test_number_sign_heading_a_table_column_does_not_end_a_sentence():
    text = "No.\tItem\tAction\tLead\n1\t4/23\tSend the audit plan to members\tClerk\n"
    assert texts(text)[0] == "No.\tItem\tAction\tLead"


def test_said_no_still_ends_a_sentence():
    assert texts("The Chair said no. The item was deferred.") == [
        "The Chair said no.",
        "The item was deferred.",
    ]


def test_version_wildcard_before_a_stop_ends_the_sentence():
    assert texts("Ana asked whether the fix goes into 3.1.x. Bo said it would.") == [
        "Ana asked whether the fix goes into 3.1.x.",
        "Bo said it would.",
    ]


def test_initial_before_a_surname_still_does_not_end_the_sentence():
    assert texts("The report was written by J. Okafor and approved.") == [
        "The report was written by J. Okafor and approved."
    ]


def test_agenda_item_reference_after_a_heading_is_no_sentence():
    text = "14. Welcome (Agenda item 1)\nThe Chair opened the meeting.\n\n15. Parks (Agenda item 2)\nNoted.\n"
    got = [s.text for s in split_sentences(text, segment_items(text))]
    assert got == ["The Chair opened the meeting.", "Noted."]


def test_a_chat_line_ends_sentences_before_lower_case_words():
    assert texts(
        "[09:12] <ana> a day, maybe two. should be merged by Friday\n<bo> is that a blocker? it looks minor\n"
    ) == [
        "[09:12] <ana> a day, maybe two.",
        "should be merged by Friday",
        "<bo> is that a blocker?",
        "it looks minor",
    ]


def test_a_list_number_in_a_chat_line_and_a_stop_in_prose_do_not_end_sentences():
    assert texts("<ana> 1. write the usage notes\nWe met approx. ten times.\n") == [
        "<ana> 1. write the usage notes",
        "We met approx. ten times.",
    ]


def test_a_line_closing_on_a_number_before_a_sentence_opener_is_not_joined():
    text = (
        "ACTION: Bursar – send the roof survey to the diocese – 12 March 2025\n"
        "The fire drill on 3 February found no issues with the alarms.\n"
    )
    assert len(texts(text)) == 2


def test_a_date_cut_after_the_day_is_still_joined():
    text = "The Committee noted that the open evening would be held on Wednesday 13th\nDecember 2023 in the hall.\n"
    assert len(texts(text)) == 1


def test_a_line_ending_on_as_goes_on_below():
    text = "The Chair welcomed Dr Amos, who had joined the School on 1 May as\nHead of Science for the new year.\n"
    assert len(texts(text)) == 1


def test_action_rows_with_two_part_codes_are_sentences_of_their_own():
    text = (
        "PB-A-31 – Revised plan for approval – AL – 19 July 2022 – Open\n"
        "PB-A-32 – Written confirmation of supplier resourcing – BN – 1 July 2022 – Open\n"
    )
    assert len(texts(text)) == 2


def test_a_notes_label_naming_only_handles_is_one_sentence():
    assert texts("Chair: @ana\nNotes: @bo, @cy\n") == ["Chair: @ana", "Notes: @bo, @cy"]


def test_a_notes_label_over_text_stays_a_label():
    assert texts("Notes: the plan was agreed.\n") == ["Notes:", "the plan was agreed."]


def test_each_sentence_of_a_table_rows_notes_cell_is_a_sentence():
    text = (
        "| Topic | Notes | Owner | Due |\n|---|---|---|---|\n"
        "| Car park | Ana reported that the barrier is broken again. Bo asked who maintains it. "
        "Action: Ana to call the contractor. | Ana | 3 May |\n"
        "| Lighting | Fixed. | — | — |\n"
    )
    assert texts(text) == [
        "| Topic | Notes | Owner | Due |",
        "|---|---|---|---|",
        "| Car park | Ana reported that the barrier is broken again.",
        "Bo asked who maintains it.",
        "Action: Ana to call the contractor. | Ana | 3 May |",
        "| Lighting | Fixed. | — | — |",
    ]


def test_a_stop_closing_a_cell_or_a_short_number_does_not_cut_a_table_row():
    row = "| 4. Grounds | Approved. | iv. Mowing | Jo | June |"
    assert texts(row) == [row]


def test_each_linked_paper_with_its_size_is_a_sentence():
    text = (
        "Supporting documents:\nReport - Parking Review 2023/24, item 12 PDF 210 KB\n"
        "Appendix B - Site plan, item 12 PDF 2 MB\n"
    )
    assert texts(text) == [
        "Supporting documents:",
        "Report - Parking Review 2023/24, item 12 PDF 210 KB",
        "Appendix B - Site plan, item 12 PDF 2 MB",
    ]


def test_a_size_wrapped_mid_sentence_goes_on_to_the_next_line():
    text = "The new laptops come with 512 MB\nof video memory each.\n"
    assert texts(text) == ["The new laptops come with 512 MB\nof video memory each."]


def test_a_wrap_that_puts_a_figure_first_on_the_line_continues_the_sentence():
    text = (
        "The treasurer agreed to circulate the revised and updated draft\n"
        "2024/25 maintenance budget to all trustees before the next meeting.\n"
    )
    assert texts(text) == [text.strip()]


def test_a_line_opening_with_a_figure_after_a_finished_sentence_stays_apart():
    text = (
        "The treasurer presented the revised maintenance budget for the year.\n12 trustees voted in favour.\n"
    )
    assert len(texts(text)) == 2


def test_a_line_ending_on_an_initial_before_a_lower_case_word_is_joined():
    assert texts("The ward reported two cases of E.\ncoli bacteraemia in March.\nThe audit is due.") == [
        "The ward reported two cases of E.\ncoli bacteraemia in March.",
        "The audit is due.",
    ]


def test_a_line_ending_on_a_full_word_before_a_lower_case_line_is_not_joined():
    assert texts("The item was closed.\nnext steps are in the annex.") == [
        "The item was closed.",
        "next steps are in the annex.",
    ]


def test_each_clause_of_a_formal_resolution_is_a_sentence():
    text = (
        "WHEREAS, the club has outgrown its hall; and\n\n"
        "WHEREAS, the members have voted to move;\n\n"
        "NOW, THEREFORE, BE IT RESOLVED, that the club moves to the school hall; and\n\n"
        "BE IT FURTHER RESOLVED, that the secretary gives notice to the landlord."
    )
    assert [t.split(",")[0] for t in texts(text)] == ["WHEREAS", "WHEREAS", "NOW", "BE IT FURTHER RESOLVED"]


def test_a_roll_call_label_and_its_names_one_to_a_line_are_one_sentence():
    text = "Trustees Present:\n\n    Ann Lee (Chair)\n    Raj Patel\n\nGuests:\n\n    Mia Wong\n\nThe meeting opened."
    assert [" ".join(t.split()) for t in texts(text)] == [
        "Trustees Present: Ann Lee (Chair) Raj Patel",
        "Guests: Mia Wong",
        "The meeting opened.",
    ]


def test_a_line_of_prose_after_a_roll_call_label_is_not_taken_for_a_name():
    text = "Apologies:\nThe Treasurer sent apologies for the late accounts."
    assert texts(text) == ["Apologies:", "The Treasurer sent apologies for the late accounts."]


def test_a_bracketed_tag_wrapped_onto_its_own_line_closes_the_entry_above():
    text = "* Sam: ask the council for a costed plan to resurface the car park\n  [ Estates ]\n* Jo: book the hall"
    assert [" ".join(t.split()) for t in texts(text)] == [
        "Sam: ask the council for a costed plan to resurface the car park [ Estates ]",
        "Jo: book the hall",
    ]


def test_a_scribe_note_in_brackets_is_not_taken_for_a_tag():
    text = "* Sam: we could ask the council for a plan\n[Brian joins the call]\n* Jo: fine"
    assert texts(text) == ["Sam: we could ask the council for a plan", "[Brian joins the call]", "Jo: fine"]


def test_cells_of_a_markdown_row_heading_an_item_are_read_as_sentences():
    text = (
        "| No. | Question | Answer | Follow-up |\n"
        "|---|---|---|---|\n"
        "| 1 | **Park lighting:** Six lamps are out. When will they be fixed? | The contractor\n"
        "starts in May. | The Clerk to chase the contractor. |\n"
    )
    spans = split_sentences(text, segment_items(text))
    assert [s.text.strip("| ") for s in spans if s.item == "1"] == [
        "Six lamps are out.",
        "When will they be fixed?",
        "The contractor\nstarts in May.",
        "The Clerk to chase the contractor.",
    ]


def test_owner_and_due_lines_under_a_numbered_action_record_stay_with_it():
    text = (
        "ACTION 12/03: Revised parking plan for the east car park\n"
        "Owner: Estates Manager\n"
        "Due: Next meeting\n"
        "The Board noted the update.\n"
    )
    assert texts(text) == [
        "ACTION 12/03: Revised parking plan for the east car park\nOwner: Estates Manager\nDue: Next meeting",
        "The Board noted the update.",
    ]


def test_a_lone_field_line_after_plain_text_is_not_joined():
    text = "The hall was booked for the summer fair\nStatus: the deposit has been paid.\n"
    assert len(texts(text)) == 2


def test_a_dashed_field_wrapped_onto_the_next_line_stays_in_its_row():
    text = (
        "Survey of the pond (minute 4/25) – Owner: Parks Officer\n"
        "– Due: end of June\n"
        "Repair of the bus shelter (minute 5/25) – Owner: Clerk – Due: May\n"
    )
    assert texts(text) == [
        "Survey of the pond (minute 4/25) – Owner: Parks Officer\n– Due: end of June",
        "Repair of the bus shelter (minute 5/25) – Owner: Clerk – Due: May",
    ]


def test_a_markdown_row_broken_before_its_last_cell_keeps_that_cell():
    text = (
        "| 7 | Order new chairs for the hall | Clerk | 30 May\n"
        "| OPEN |\n"
        "| 8 | Renew the insurance | Treasurer | June | OPEN |\n"
    )
    assert texts(text) == [
        "| 7 | Order new chairs for the hall | Clerk | 30 May\n| OPEN |",
        "| 8 | Renew the insurance | Treasurer | June | OPEN |",
    ]


def test_decimal_number_in_the_first_cell_of_a_tab_row_stays_with_the_row():
    text = (
        "2.3\tBook the venue for the open day\tKT\t12/03/25\n4.1\tPublish the revised timetable\tLM\tMay 25\n"
    )
    assert texts(text) == [
        "2.3\tBook the venue for the open day\tKT\t12/03/25",
        "4.1\tPublish the revised timetable\tLM\tMay 25",
    ]


def test_decimal_paragraph_number_before_a_tab_and_prose_is_no_part_of_the_sentence():
    text = "4.3\tThe Treasurer reported a small surplus for the quarter.\n"
    assert texts(text) == ["The Treasurer reported a small surplus for the quarter."]


def test_lower_case_release_name_after_a_stop_opens_a_sentence():
    text = "The beta has one open bug (#412). v3 ships on Friday once it is fixed.\n"
    assert texts(text) == ["The beta has one open bug (#412).", "v3 ships on Friday once it is fixed."]


def test_lower_case_word_without_a_figure_after_a_stop_goes_on():
    text = "The cost was approx. two thousand pounds in total.\n"
    assert texts(text) == ["The cost was approx. two thousand pounds in total."]


def test_scribe_continuation_dots_before_a_lower_case_release_name_stay_with_it():
    assert texts("... v2 has the longer lifetime\n") == ["... v2 has the longer lifetime"]


def test_a_figure_opening_the_clause_after_a_colon_wrapped_onto_the_next_line_continues_the_sentence():
    text = (
        "From the tracker, as updated the evening before the call:\n"
        "2.4.1 has 12 open bugs, 3 of them marked\n"
        "`needs-triage`, and the branch was cut on 03-02.\n"
    )
    assert texts(text) == [text.strip()]


def test_a_figure_line_under_a_short_label_ending_in_a_colon_stays_apart():
    assert len(texts("Figures for March:\n12 complaints were received.\n")) == 2


def test_a_line_opening_with_an_upper_case_code_span_after_an_open_line_stays_apart():
    assert (
        len(texts("- Ana will look at the nightly job failures\n`README` updated with the new steps.\n")) == 2
    )


def test_a_lone_backtick_opening_a_code_block_after_a_blank_line_stays_apart():
    assert len(texts("[reviewing the open events]\n\n`close\nopen\nreset\n")) >= 2


def test_a_checkbox_task_closed_by_its_due_cell_is_a_sentence_of_its_own():
    text = (
        "The sponsor agreed the revised plan for the second wave.\n"
        "☐ KT: circulate the updated cutover timetable – end of Mar\n"
        "Priya left.\n"
    )
    assert texts(text) == [
        "The sponsor agreed the revised plan for the second wave.",
        "☐ KT: circulate the updated cutover timetable – end of Mar",
        "Priya left.",
    ]


def test_a_checkbox_task_wrapped_before_a_capital_is_still_joined():
    text = "☐ KT: circulate the updated cutover timetable to the Regional\nDirectors before the next board.\n"
    assert texts(text) == [
        "☐ KT: circulate the updated cutover timetable to the Regional\nDirectors before the next board."
    ]


def test_a_labelled_action_closed_by_its_due_cell_ends_before_a_new_sentence():
    text = (
        "ACTION: MB – send the revised lettings policy to all members\nof the committee – by Easter\n"
        "The annual fire risk assessment is to be renewed in the summer term.\n"
    )
    assert texts(text) == [
        "ACTION: MB – send the revised lettings policy to all members\nof the committee – by Easter",
        "The annual fire risk assessment is to be renewed in the summer term.",
    ]


def test_a_labelled_action_wrapped_before_a_name_is_still_joined():
    text = "ACTION: MB – send the revised lettings policy to – the Finance\nCommittee by the end of March.\n"
    assert texts(text) == [
        "ACTION: MB – send the revised lettings policy to – the Finance\nCommittee by the end of March."
    ]


def test_a_list_item_closed_by_a_name_ends_before_a_sentence_opening_the_next_line():
    text = (
        "- [ ] @lena: draft the upgrade guide for the plugin API, by end of June\nThe guide ships with 5.0.\n"
    )
    assert texts(text) == [
        "[ ] @lena: draft the upgrade guide for the plugin API, by end of June",
        "The guide ships with 5.0.",
    ]


def test_a_prose_line_closed_by_a_name_still_joins_a_wrapped_capital():
    text = (
        "Members discussed the proposal to hand the depot back to the District\nCouncil before the winter.\n"
    )
    assert texts(text) == [text.strip()]


def test_a_list_item_wrapped_before_a_capital_goes_on_the_next_line():
    text = (
        "- [ ] @omar — ask the hosting provider about a dedicated\n"
        "GPU runner for the nightly benchmarks (due next call)\n"
        "- [ ] @jun — publish the survey results\n"
    )
    assert texts(text) == [
        "[ ] @omar — ask the hosting provider about a dedicated\nGPU runner for the nightly benchmarks (due next call)",
        "[ ] @jun — publish the survey results",
    ]


def test_a_sentence_of_its_own_after_an_unstopped_list_item_is_not_joined():
    text = (
        "- review the onboarding checklist with the new volunteers\n"
        "Priya agreed to circulate the checklist afterwards.\n"
    )
    assert texts(text) == [
        "review the onboarding checklist with the new volunteers",
        "Priya agreed to circulate the checklist afterwards.",
    ]


def test_a_dashed_row_after_a_list_item_is_the_next_item():
    text = "• Treasurer – reconcile the petty cash with the bank statement – monthly\nSecretary – book the hall – June\n"
    assert texts(text) == [
        "Treasurer – reconcile the petty cash with the bank statement – monthly",
        "Secretary – book the hall – June",
    ]


def test_a_labelled_action_after_a_list_item_is_not_joined():
    text = "- kofi: update the contributor guide with the new workflow\nACTION kofi (carried over): tag the release\n"
    assert texts(text) == [
        "kofi: update the contributor guide with the new workflow",
        "ACTION kofi (carried over): tag the release",
    ]


def test_a_short_capitalised_line_after_a_long_list_item_is_not_joined():
    text = (
        "* look into the issue tracker's project boards to see if they help us\nNext steps for onboarding\n"
    )
    assert texts(text) == [
        "look into the issue tracker's project boards to see if they help us",
        "Next steps for onboarding",
    ]


def test_a_short_list_item_is_not_joined_to_a_capitalised_line():
    assert texts("- tidy the wiki\nRoadmap review\n") == ["tidy the wiki", "Roadmap review"]


def test_a_number_closing_a_bracket_left_open_by_the_line_before_is_not_a_list_marker():
    text = "2 | Report on the library opening hours (item\n12) | Head of Libraries | June meeting\n"
    assert texts(text) == [
        "2 | Report on the library opening hours (item\n12) | Head of Libraries | June meeting"
    ]


def test_a_numbered_list_after_a_closed_bracket_keeps_its_markers():
    text = "Members noted the options (listed in the report).\n1) Close the depot.\n2) Sell the site.\n"
    assert texts(text) == [
        "Members noted the options (listed in the report).",
        "Close the depot.",
        "Sell the site.",
    ]


def test_rows_of_an_action_log_with_two_space_cells_are_sentences_of_their_own():
    text = (
        "Ref  Minute  Action  Lead  Due  Status\n"
        "Mar-02  FC/23/03/04  Review the parking charges at the depot  HoF  May FC  Closed\n"
        "Mar-06  FC/23/03/09  Survey of tenants on the repairs service  HoH  July FC  Open\n"
        "01  FC/23/05/03  Draft the reserves policy  Treasurer  end of June  Open\n"
        "02 FC/23/05/07 Audit of petty cash at the branch libraries Clerk\n"
        "July FC Open\n"
    )
    assert texts(text)[1:] == [
        "Mar-02  FC/23/03/04  Review the parking charges at the depot  HoF  May FC  Closed",
        "Mar-06  FC/23/03/09  Survey of tenants on the repairs service  HoH  July FC  Open",
        "01  FC/23/05/03  Draft the reserves policy  Treasurer  end of June  Open",
        "02 FC/23/05/07 Audit of petty cash at the branch libraries Clerk\nJuly FC Open",
    ]


def test_double_spaced_sentences_of_typed_prose_are_no_table_row():
    text = "Proposed.  Seconded.  Carried.  The clerk will write to\nMr Hale.  It was noted.  No queries.  Closed.\n"
    assert "The clerk will write to\nMr Hale." in texts(text)


def test_a_lower_case_handle_with_a_reporting_verb_opens_a_sentence():
    assert texts("tomas asked whether the beta could slip a week. rosa said no, the date is fixed.\n") == [
        "tomas asked whether the beta could slip a week.",
        "rosa said no, the date is fixed.",
    ]


def test_a_conjunction_or_a_modal_after_a_stop_in_lower_case_does_not_open_a_sentence():
    text = "The vote was 7 to 2. and noted the delay. this will slip. have suggested a fix. broadly agreed.\n"
    assert texts(text) == [text.strip()]


def test_bracketed_initials_before_to_and_a_verb_stay_in_the_sentence_as_its_owner():
    text = "Actions:\n(JS) to bring a recovery plan to the next board.\n(HRo) to correct the mapping by 11 Feb.\n"
    got = [s.text for s in split_sentences(text, [])]
    assert "(JS) to bring a recovery plan to the next board." in got
    assert "(HRo) to correct the mapping by 11 Feb." in got


def test_bracketed_list_markers_and_roman_numerals_are_still_dropped():
    text = "Resolved:\n(a) the report be noted.\n(IV) to note the risks.\n"
    got = [s.text for s in split_sentences(text, [])]
    assert "the report be noted." in got
    assert "to note the risks." in got


def flat(text):
    """The sentences of ``text`` with each one's line breaks read as spaces."""
    return [" ".join(t.split()) for t in texts(text)]


def test_a_bracketed_abbreviation_after_a_name_cut_at_the_wrap_goes_on_with_the_sentence():
    assert flat(
        "Item carried forward from the autumn meeting: the Head of Estates and Facilities\n"
        "(HEF) to bring the revised maintenance schedule to the next meeting."
    ) == [
        "Item carried forward from the autumn meeting: the Head of Estates and Facilities (HEF) to bring the"
        " revised maintenance schedule to the next meeting."
    ]


def test_a_bracketed_list_marker_after_a_line_ending_in_a_capital_starts_a_new_line():
    assert flat(
        "The Board considered the following options put forward by the Finance Director\n"
        "(iv) to defer the purchase of the new fleet until next year."
    ) == [
        "The Board considered the following options put forward by the Finance Director",
        "to defer the purchase of the new fleet until next year.",
    ]


def test_a_bracketed_owner_after_a_line_ending_in_a_code_starts_a_new_sentence():
    first, second = flat(
        "Action: Treasurer – Move the reserve policy review into the budget plan – end of Q3\n"
        "(HR) to circulate the revised staff handbook to all trustees in May."
    )
    assert first == "Action: Treasurer – Move the reserve policy review into the budget plan – end of Q3"
    assert second.endswith("to circulate the revised staff handbook to all trustees in May.")


def test_a_numbered_paragraph_cut_after_a_capital_is_joined_to_its_next_line():
    assert flat(
        "4.12 The Treasurer to send the draft grant agreement to the two Parish\n"
        "Councils before the end of the month."
    ) == [
        "The Treasurer to send the draft grant agreement to the two Parish Councils before the end of the month."
    ]


def test_a_table_flattened_one_cell_per_line_keeps_each_row_together():
    text = (
        "Ref\nAction\nOwner\nDue\n"
        "PB-0412-01\nDraft the supplier exit plan\nLM\nMarch board\n"
        "PB-0412-02 (c/f)\nRefresh the benefits register. Share it with Finance.\nTK\n30/04/2026\n"
    )
    assert texts(text) == [
        "Ref\nAction\nOwner\nDue",
        "PB-0412-01\nDraft the supplier exit plan\nLM\nMarch board",
        "PB-0412-02 (c/f)\nRefresh the benefits register. Share it with Finance.\nTK\n30/04/2026",
    ]


def test_a_row_that_lost_a_cell_ends_before_the_next_rows_key():
    text = "Ref\nAction\nOwner\nDue\nX-07\nGW\nJune\nX-08\nBook the venue\nAP\nMay\n"
    assert texts(text) == ["Ref\nAction\nOwner\nDue", "X-07\nGW\nJune", "X-08\nBook the venue\nAP\nMay"]


def test_a_two_column_table_under_a_key_column_keeps_its_rows():
    text = "Ref\nDecision\nDN-3\nThe pilot was extended to six sites.\nDN-4\nThe launch moves to June.\n"
    assert texts(text) == [
        "Ref\nDecision",
        "DN-3\nThe pilot was extended to six sites.",
        "DN-4\nThe launch moves to June.",
    ]


def test_a_flattened_table_ends_at_a_blank_line_or_a_line_that_opens_no_row():
    text = "Ref\nAction\nOwner\nQ-1\nCheck the lease\nRB\n\nThe Chair thanked members.\nIt closed at 4pm.\n"
    assert texts(text) == [
        "Ref\nAction\nOwner",
        "Q-1\nCheck the lease\nRB",
        "The Chair thanked members.",
        "It closed at 4pm.",
    ]
    keyed = "Ref\nAction\nOwner\nQ-1\nCheck the lease\nRB\nThe Chair thanked members.\n"
    assert texts(keyed)[-1] == "The Chair thanked members."


def test_lone_label_lines_are_no_table_headings():
    # two label words alone are no table: "Decision" and "Action" head the prose under them
    text = "Decision\nAction\nThe board agreed the budget.\nThe clerk will file it.\n"
    assert texts(text) == ["Decision", "Action", "The board agreed the budget.", "The clerk will file it."]


def test_a_wrap_at_a_capital_under_a_matters_arising_label_is_joined():
    text = (
        "Matters arising: the Head of Service agreed to circulate the audit of Youth\n"
        "Centres by area; this is now expected before the summer.\n"
    )
    assert texts(text) == [
        "Matters arising:",
        "the Head of Service agreed to circulate the audit of Youth\n"
        "Centres by area; this is now expected before the summer.",
    ]


def test_a_financial_year_closing_a_wrapped_line_ends_the_sentence_above():
    text = "The Director to bring the revised estates strategy to the Committee in Q2\n2025/26.\n"
    assert texts(text) == [
        "The Director to bring the revised estates strategy to the Committee in Q2\n2025/26."
    ]


def test_a_reference_opening_a_line_still_opens_an_entry():
    text = "The register was reviewed by the Committee and noted in Q2\n24/071 Fire safety update was received.\n"
    assert len(texts(text)) == 2


def test_a_capitalised_label_with_its_owner_opens_a_line_of_its_own():
    text = (
        "ACTION (mara): profile the slow import reported in #88 -- DONE, see item 3\n"
        "ACTION (teo, lin): review the schema RFC before this call -- DONE\n"
    )
    assert texts(text) == [
        "ACTION (mara): profile the slow import reported in #88 -- DONE, see item 3",
        "ACTION (teo, lin): review the schema RFC before this call -- DONE",
    ]


def test_a_wrapped_line_in_capitals_that_is_no_label_still_joins():
    text = "The group looked again at the figures reported by Team 3\nFINANCE colleagues had sent over the week.\n"
    assert len(texts(text)) == 1


def test_a_handle_reporting_after_a_blank_line_opens_a_paragraph():
    text = "ACTION (teo): review the schema RFC before this call -- DONE\n\nmara reported that the import is fixed.\n"
    assert texts(text) == [
        "ACTION (teo): review the schema RFC before this call -- DONE",
        "mara reported that the import is fixed.",
    ]


def test_a_lower_case_line_after_a_blank_line_without_a_handle_report_still_joins():
    text = "The review of the grant covered\n\nthe whole of the last financial year.\n"
    assert len(texts(text)) == 1


def test_a_lower_case_handle_with_an_opinion_verb_opens_a_sentence():
    assert texts("obi asked whether a flag could help. kim thought it could, at some cost.\n") == [
        "obi asked whether a flag could help.",
        "kim thought it could, at some cost.",
    ]


def test_no_opening_a_flattened_table_header_row_is_the_number_sign():
    assert texts("Action log\nNo. Action Owner Due\n1 Book the hall for the fair HT next term\n")[1] == (
        "No. Action Owner Due"
    )


def test_a_reply_no_before_a_sentence_still_ends_it():
    assert texts(
        "Asked whether the hall was booked, the Clerk said no. Action would follow next week.\n"
    ) == [
        "Asked whether the hall was booked, the Clerk said no.",
        "Action would follow next week.",
    ]


def test_an_action_wrapped_after_its_infinitive_joins_its_object_on_the_next_line():
    text = "The Director of Estates and Facilities to circulate\nGovernors with the revised floor plans by Friday.\n"
    assert texts(text) == [
        "The Director of Estates and Facilities to circulate\nGovernors with the revised floor plans by Friday."
    ]


def test_a_list_of_actions_ending_on_infinitives_keeps_each_action_apart():
    text = "The Head of Democratic Services to circulate\nTreasurer to send the accounts to the auditors.\n"
    assert len(texts(text)) == 2


def test_a_role_line_naming_its_holder_after_a_dash_stands_alone():
    text = (
        "Link roles were agreed as follows:\nHealth and safety – Mr Fenwick\n"
        "Behaviour and exclusions – Margaret Oduya\nThe Clerk will update the website.\n"
    )
    assert texts(text)[-2:] == [
        "Behaviour and exclusions – Margaret Oduya",
        "The Clerk will update the website.",
    ]


def test_a_double_barrelled_name_cut_after_a_dash_line_still_joins():
    text = "Pupil premium and SEND leads – Margaret Oduya\nSmith, who leads it with the Head.\n"
    assert len(texts(text)) == 1


def test_a_labelled_action_closed_by_its_due_cell_stands_apart_from_the_next_sentence():
    text = (
        "Action: Bursar – renew the catering contract with the new supplier – by half term\n"
        "Trustees noted the report and thanked the Bursar.\n"
    )
    assert len(texts(text)) == 2


def test_a_labelled_action_cut_inside_a_name_still_joins():
    text = "Action: Clerk – write to the parish about the verges near the District\nCouncil offices.\n"
    assert len(texts(text)) == 1


def test_a_log_row_wrapped_after_an_em_dash_or_a_spaced_slash_joins():
    text = (
        "P4-07 — Replace the lift controller in the east wing — Owner: Facilities —\nDue: spring term\n"
        "P4-08 — Draft the tender for the new lift — Owner: Ann Kerr /\nTom Reid — Due: 12-Mar-19\n"
    )
    assert len(texts(text)) == 2


def test_a_log_row_wrapped_after_an_empty_due_label_joins_its_value():
    text = "P4-09 — Review the rota for the night shift — Owner: Ann Kerr — Due:\n14-Feb-19 — overdue\n"
    assert len(texts(text)) == 1


def test_a_dashed_owner_field_continues_a_coded_log_row():
    text = "B12-04 — Bring costed options for the new roof\n— Owner: Ann Kerr — Due: the March board\n"
    assert len(texts(text)) == 1


def test_an_empty_actions_field_names_no_owner():
    assert owner_tag("Actions: None.") is None
    assert owner_tag("Action: Nil") is None
    assert owner_tag("Action: Bursar") == "Bursar"


def test_an_issue_number_after_a_question_mark_stays_with_the_question():
    assert texts("3. Ship the plugin API in 2.0 or wait for 2.1? #512") == [
        "Ship the plugin API in 2.0 or wait for 2.1? #512"
    ]


def test_an_issue_number_opening_a_sentence_is_not_joined_to_the_one_before():
    assert texts("We looked at it. #512 needs a reviewer.") == ["We looked at it.", "#512 needs a reviewer."]


def test_a_bracketed_issue_number_opening_a_line_ends_the_entry_above():
    text = "- [ ] @lina: drop the legacy parser from\nthe importer on the main branch\n(#733) — before the 2.0 release\n"
    assert texts(text) == [
        "[ ] @lina: drop the legacy parser from\nthe importer on the main branch\n(#733) — before the 2.0 release"
    ]


_WRAPPED = (
    "The Treasurer explained that the reserves had fallen because the roof repairs had overrun and\n"
    "that the insurers had not yet settled the claim for the flood damage in the hall kitchen.\n"
    "It was agreed that the Treasurer would circulate the revised budget and reserves, with projected\n"
    "Gift Aid receipts, to all trustees before the next meeting of the committee in March.\n"
    "Trustees thanked the Treasurer for the report.\n"
)


def test_a_line_cut_at_the_page_width_goes_on_below_a_capital():
    assert texts(_WRAPPED)[1] == (
        "It was agreed that the Treasurer would circulate the revised budget and reserves, with projected\n"
        "Gift Aid receipts, to all trustees before the next meeting of the committee in March."
    )


def test_a_line_the_next_word_would_have_fitted_on_is_not_joined():
    text = _WRAPPED.replace("the revised budget and reserves, with projected", "the draft reserves policy")
    assert texts(text)[1:3] == [
        "It was agreed that the Treasurer would circulate the draft reserves policy",
        "Gift Aid receipts, to all trustees before the next meeting of the committee in March.",
    ]


def test_a_running_header_after_a_line_cut_at_the_page_width_is_not_joined():
    text = _WRAPPED.replace(
        "with projected\nGift", "with projected\nFinance and General Purposes Committee\n\nGift"
    )
    assert "Finance and General Purposes Committee" not in texts(text)[1]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("ACTION: DoS (Modern Languages), DoS (Law)", "DoS (Modern Languages), DoS (Law)"),
        ("Action: Head of School (Arts and Humanities)", "Head of School (Arts and Humanities)"),
    ],
)
def test_an_owner_tag_may_narrow_a_post_by_a_remit_of_several_words(line, who):
    assert owner_tag(line) == who


@pytest.mark.parametrize(
    "line", ["Action: Bursar (see the note above)", "Action: (Modern Languages) to follow"]
)
def test_a_bracketed_note_in_lower_case_or_opening_the_tag_is_no_remit(line):
    assert owner_tag(line) is None


def test_a_line_going_on_with_a_second_reported_clause_continues_the_sentence_above():
    text = (
        "The manager confirmed that each tenant would still have a dedicated\n"
        "Warden and that the gardens would be kept by the same contractor."
    )
    assert texts(text) == [text]


def test_a_line_naming_two_people_after_a_sentence_without_a_stop_starts_a_new_one():
    text = (
        "The manager confirmed that the gardens would be kept by the contractor\n"
        "Anna and Ben agreed to check the invoices before the next meeting."
    )
    assert len(texts(text)) == 2


def test_a_word_and_colon_after_a_line_left_open_is_no_speaker_turn():
    assert texts(
        "The Parks Officer to bring the tree survey to the\nPanel: deferred until the spring.\nThe Panel agreed."
    ) == [
        "The Parks Officer to bring the tree survey to the\nPanel: deferred until the spring.",
        "The Panel agreed.",
    ]


def test_a_speaker_turn_after_a_turn_that_breaks_off_stays_a_turn():
    # a turn may break off on any word: the next speaker's line is a turn of its own
    assert texts("dana: I think we should move the\nlee: sorry, go on") == [
        "dana: I think we should move the",
        "lee: sorry, go on",
    ]


def test_a_carried_forward_lead_in_wrapped_before_its_colon_continues():
    assert texts(
        "Action brought forward from the June 2021\nreview: the Clerk to order two new benches.\nThe Clerk agreed."
    ) == [
        "Action brought forward from the June 2021\nreview: the Clerk to order two new benches.",
        "The Clerk agreed.",
    ]


def test_a_line_opening_with_a_minute_reference_opens_a_new_entry():
    assert texts(
        "Minute 14/23 (play area fencing): the Clerk to obtain quotes for the fencing around the\n"
        "Minute 17/23 (grass cutting), carried forward – Cllr Odum asked when the contract ends."
    ) == [
        "Minute 14/23 (play area fencing): the Clerk to obtain quotes for the fencing around the",
        "Minute 17/23 (grass cutting), carried forward – Cllr Odum asked when the contract ends.",
    ]


def test_a_minute_reference_in_running_prose_does_not_open_an_entry():
    # no bracketed subject and colon or dash after the reference: the words go on with the sentence
    assert texts("The Clerk recalled the decision recorded in the\nMinute 14/23 register last year.") == [
        "The Clerk recalled the decision recorded in the\nMinute 14/23 register last year."
    ]


def test_a_minute_reference_entry_wrapped_inside_a_name_is_one_sentence():
    assert texts(
        "Minute 8/24 (January 2024) – the Community Safety\nPartnership Manager to report the figures for each\nward.\n"
    ) == [
        "Minute 8/24 (January 2024) – the Community Safety\nPartnership Manager to report the figures for each\nward."
    ]


def test_a_minute_heading_in_title_case_does_not_swallow_the_line_after_it():
    assert texts(
        "Minute 31/22 – Arrangements for the Annual Town Meeting\nThe Clerk outlined the timetable."
    ) == [
        "Minute 31/22 – Arrangements for the Annual Town Meeting",
        "The Clerk outlined the timetable.",
    ]


def test_a_scribe_line_left_open_before_a_speaker_keeps_the_turn_apart():
    # a transcript's line may break off on any word but an article: the next speaker's turn is their own
    assert texts("Most of the group were keen on that\nsam: we could ship it next month") == [
        "Most of the group were keen on that",
        "sam: we could ship it next month",
    ]
    assert texts("We would like to put the\n\nsam: we could ship it next month") == [
        "We would like to put the",
        "sam: we could ship it next month",
    ]


def test_a_row_of_dashed_cells_closed_by_a_short_cell_ends_before_the_next_row():
    # an action register whose rows carry no stop: each row ends on its owner or due cell
    assert texts(
        "12 – Survey of the allotment drainage – Cllr Pryce – 14 March 2024\n"
        "13 – Quote for the pavilion roof – Jane Orme – April 2024"
    ) == [
        "12 – Survey of the allotment drainage – Cllr Pryce – 14 March 2024",
        "13 – Quote for the pavilion roof – Jane Orme – April 2024",
    ]
    assert texts(
        "Renew the library insurance — Assigned to Tom Vale — Due 3 May\n"
        "Book the hall for the AGM — Assigned to Rita Hart — Due end of Q2"
    ) == [
        "Renew the library insurance — Assigned to Tom Vale — Due 3 May",
        "Book the hall for the AGM — Assigned to Rita Hart — Due end of Q2",
    ]


def test_a_row_closed_by_its_due_cell_does_not_swallow_the_sentence_after_it():
    assert texts(
        "Action 7/03 – Treasurer – Send the grant claim to the county council – end of April\n"
        "There was no other business."
    ) == [
        "Action 7/03 – Treasurer – Send the grant claim to the county council – end of April",
        "There was no other business.",
    ]


def test_a_line_closed_by_a_dashed_owner_field_ends_before_the_next_entry():
    assert texts(
        "Updated fire strategy drawings to be issued to the insurer by 12/05 – Action: PQ/LM\n"
        "MN noted that the sprinkler tank survey is still outstanding."
    ) == [
        "Updated fire strategy drawings to be issued to the insurer by 12/05 – Action: PQ/LM",
        "MN noted that the sprinkler tank survey is still outstanding.",
    ]


def test_a_dashed_row_cut_inside_a_name_goes_on_to_the_next_line():
    # the wrap fell between "the Regional" and "Transport Board": the line after reads as no entry of its own
    assert texts(
        "Action 9/04 – Clerk – Invite the Regional\nTransport Board's chair to the July meeting – June meeting"
    ) == [
        "Action 9/04 – Clerk – Invite the Regional\nTransport Board's chair to the July meeting – June meeting"
    ]


def test_a_dashed_row_whose_date_was_cut_at_the_wrap_is_one_sentence():
    # a bulleted row whose last cell ("– done, published on 17") was cut before its month
    assert texts(
        "• AI: Priya – tag the 2.1 release with the translation fixes – done, published on 17\n  Feb."
    ) == [
        "AI: Priya – tag the 2.1 release with the translation fixes – done, published on 17\n  Feb.",
    ]


def test_prose_with_one_dashed_aside_still_wraps_at_a_capital():
    # one spaced dash is an aside, not a row of cells: the capitalised line goes on with the sentence
    assert texts(
        "The Clerk reported that the grass cutting contract – renewed last year – was with Green\n"
        "Acres Ltd until the end of March."
    ) == [
        "The Clerk reported that the grass cutting contract – renewed last year – was with Green\n"
        "Acres Ltd until the end of March.",
    ]
