"""Agenda segmentation: numbering schemes, hierarchy, and the traps that are not items."""

import pytest

from pipeline.segment import item_at, segment_items


def ids(text):
    return [item.id for item in segment_items(text)]


def test_decimal_items_nest_by_their_number_path():
    text = "1. Welcome\nHello.\n2. Finance\n2.1 Budget\nFine.\n2.2 Audit\nOk.\n3. AOB\nNone.\n"
    items = segment_items(text)
    assert [i.id for i in items] == ["1", "2", "2.1", "2.2", "3"]
    assert {i.id: i.parent for i in items}["2.1"] == "2"
    assert {i.id: i.level for i in items}["2.2"] == 2


def test_letters_attach_below_the_latest_numbered_item():
    text = "2.1 PERFORMANCE\na Confidence\nText.\nb Satisfaction\nText.\n\u0421 Shropshire\nText.\n"
    assert ids(text) == ["2.1", "2.1.a", "2.1.b", "2.1.c"]


def test_cyrillic_lookalike_letter_is_folded_in_the_id_but_kept_as_written():
    items = segment_items("2.1 PLAN\na One\nx.\nb Two\ny.\n\u0421 Three\nz.\n")
    assert items[-1].id == "2.1.c" and items[-1].number == "\u0421"


def test_bracketed_letters_and_roman_numerals():
    assert ids("1. Reports\n(a) Finance\nx.\n(b) Estates\ny.\n2. Other\ni. First\nx.\nii. Second\ny.\n") == [
        "1",
        "1.a",
        "1.b",
        "2",
        "2.i",
        "2.ii",
    ]


def test_serial_minute_numbers_and_sub_paragraphs():
    text = "41/24 Apologies\nNone.\n42/24 Minutes\nApproved.\n(a) Matters arising\nNone.\n43/24 Budget\nx.\n"
    assert ids(text) == ["41/24", "42/24", "42/24.a", "43/24"]


def test_prefixed_serial_numbers():
    assert ids("TB 01/25 Welcome\nx.\nTB 02/25 Minutes\ny.\n") == ["TB 01/25", "TB 02/25"]


def test_committee_acronym_of_five_letters_before_a_serial_number_is_a_minute_heading():
    text = (
        "QSAFE 24/101 Apologies\nNone.\nQSAFE 24/102 Staffing report\nNoted.\n\nAction log\n"
        "24/102\tRecruitment plan to the next meeting\tDoN\tMay\n"
    )
    assert ids(text)[:2] == ["QSAFE 24/101", "QSAFE 24/102"]
    assert "24/102" not in ids(text)


def test_item_keyword_headings():
    assert ids("Item 1: Welcome\nx.\nItem 2 - Finance\ny.\n") == ["1", "2"]


def test_markdown_headings_with_and_without_numbers():
    assert ids("# Community call\n\n## 1. Releases\nx.\n## 2. Roadmap\ny.\n") == ["1", "2"]
    assert ids("# Community call\n\n## Releases\nx.\n## Roadmap\ny.\n") == ["u1", "u2"]


def test_upper_case_headings_count_only_when_nothing_is_numbered():
    assert ids("APOLOGIES\nNone.\nFINANCE REPORT\nFine.\n") == ["u1", "u2"]
    assert "u1" not in ids("1. Welcome\nx.\nFINANCE REPORT\ny.\n2. Close\nz.\n")


def test_numbered_questions_inside_an_item_are_not_items():
    text = (
        "2. HOLDING TO ACCOUNT\n2.1 PLAN\n1. Can the CC provide an update on the plan?\n"
        "2. How will delivery be measured?\n3. FINANCE\nx.\n"
    )
    assert ids(text) == ["2", "2.1", "3"]


def test_reference_in_running_text_is_not_an_item():
    text = "1.1 OUTSTANDING MATTERS\nAgenda item 4a.3: Hate Crime\nReviewed.\n1.2 Other\nx.\n"
    assert ids(text) == ["1.1", "1.2"]


def test_numbered_list_inside_an_item_is_not_an_item():
    text = (
        "3. PLANNING\nThe following applications were considered:\n1. 12 High Street, extension.\n"
        "2. The Old Mill, change of use.\n4. FINANCE\nx.\n"
    )
    assert ids(text) == ["3", "4"]


def test_item_spans_run_to_the_next_heading_at_the_same_level():
    text = "1. A\nx.\n1.1 B\ny.\n2. C\nz.\n"
    items = segment_items(text)
    assert text[items[0].start : items[0].end].startswith("1. A") and items[0].end == text.index("2. C")
    assert item_at(items, text.index("y.")).id == "1.1"
    assert item_at(items, 0).id == "1"


def test_closing_bracket_numbers_are_items():
    assert ids("1) Welcome\nHi all.\n2) Club kit\nNew vests.\n") == ["1", "2"]


def test_upper_case_letters_number_top_level_items():
    assert ids("A. Welcome\nHi.\nB. Finance\nFine.\nC. AOB\nNone.\n") == ["a", "b", "c"]


def test_numbered_question_wrapped_over_two_lines_is_not_an_item():
    text = "3. Performance\n4. How does the force know that victims who are not\ncontacted are not harmed?\nx.\n4. Finance\ny.\n"
    items = segment_items(text)
    assert [i.id for i in items] == ["3", "4"] and items[1].title == "Finance"


def test_rows_of_another_serial_series_and_back_references_are_not_items():
    text = (
        "TB 12/25 Welcome\nx.\nTB 13/25 Finance\ny.\n\nACTION LOG – OPEN ACTIONS\n"
        "A24/009\tTB 03/25\tPublish the policy\tTO\n"
    )
    assert ids(text) == ["TB 12/25", "TB 13/25", "u1"]


def test_upper_case_section_headings_between_numbered_items():
    text = (
        "Header line\n\nPROCEDURAL MATTERS\n1. APOLOGIES\nNone.\n\nITEMS FOR DECISION\n2. BUDGET\nAgreed.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["u1", "1", "u2", "2"]
    assert items[1].parent is None


def test_copy_of_the_next_heading_in_capitals_is_not_a_section():
    assert ids("1. WELCOME\nHi.\n\nREPORTS FROM FACULTIES\n2. REPORTS FROM FACULTIES\nx.\n") == ["1", "2"]


def test_sub_heading_merged_onto_its_heading_line_is_split():
    text = "TB 16/23 Report\nx.\nTB 17/23 Building safety a) Damp and mould\ny.\nb) Fire risk\nz.\n"
    items = segment_items(text)
    assert [i.id for i in items] == ["TB 16/23", "TB 17/23", "TB 17/23.a", "TB 17/23.b"]
    assert items[1].title == "Building safety" and items[2].parent == "TB 17/23"


def test_minute_numbers_carried_on_from_the_last_meeting():
    assert ids("9. Apologies\nNone.\n10. Minutes\nAgreed.\n11. AOB\nNone.\n") == ["9", "10", "11"]


def test_wiki_headings_are_headings():
    assert ids("Notes\n\n== Item 1: Budget ==\nx.\n== Item 2: Risks ==\ny.\n") == ["1", "2"]


def test_setext_underlined_headings_are_headings():
    assert ids("Call notes\n\nRelease status\n--------------\nx.\n\nRoadmap\n-------\ny.\n") == ["u1", "u2"]


def test_a_note_tags_line_set_as_a_heading_is_not_an_item():
    text = "# Infra sync\n\n###### tags: `infra` `weekly`\n\n## Budget\nx.\n## Hosting\ny.\n"
    items = segment_items(text)
    assert [i.title for i in items] == ["Budget", "Hosting"]


def test_a_heading_about_tags_is_still_an_item():
    text = "# Infra sync\n\n## Tags: naming the release branches\nx.\n## Hosting\ny.\n"
    assert [i.title for i in segment_items(text)][0] == "Tags: naming the release branches"


def test_unnumbered_markdown_containers_beside_numbered_headings_are_not_items():
    text = "# Telcon\n\n## Attendees\nPresent: A\n\n## Minutes\n\n### 1. Agenda\nx.\n### 2. Review\ny.\n"
    assert ids(text) == ["1", "2"]


def test_upper_case_organisation_line_over_the_date_and_attendance_is_not_an_item():
    text = (
        "THE LANTERN PROJECT\nBoard of Trustees Meeting\nTuesday 11th February 2020 @ 6.30pm\n\n"
        "Trustees present:\nMoira Galbraith (Chair)\n\nWELCOME AND APOLOGIES\nHello.\n\n"
        "MINUTES OF THE LAST MEETING\nThe minutes of 12 January 2020 were approved.\n"
    )
    assert [item.title for item in segment_items(text)] == [
        "WELCOME AND APOLOGIES",
        "MINUTES OF THE LAST MEETING",
    ]


def test_work_packages_take_their_number_as_id_and_hold_decimal_sub_items():
    text = "WP1 - Project management\n1.1 Amendment\nFiled.\nWP2 - Sensors\n2.1 Deployment\nDone.\n"
    items = segment_items(text)
    assert [(i.id, i.number, i.parent) for i in items] == [
        ("1", "WP1", None),
        ("1.1", "1.1", "1"),
        ("2", "WP2", None),
        ("2.1", "2.1", "2"),
    ]


def test_scribe_topic_lines_open_items_but_subtopic_lines_do_not():
    text = "Topic: Administrivia\nann: hello.\nTopic: Publication plan\nsubtopic: dates\nbo: June.\n"
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [("u1", "Administrivia"), ("u2", "Publication plan")]


def test_minute_prefixed_serials_take_the_serial_as_id():
    text = "Minute 12/23 – Welcome\nHello all.\nMinute 13/23 – Finance\nThe budget was noted.\n"
    assert [(i.id, i.number) for i in segment_items(text)] == [("12/23", "12/23"), ("13/23", "13/23")]


PROSE = "Members discussed the matter at some length and agreed on the way forward."


def test_title_case_lines_heading_paragraphs_are_items_where_nothing_else_is():
    text = f"Residents' Association\nPresent: Jo, Sam\n\nBins And Recycling\n{PROSE}\n\nTreasurer's Report\n{PROSE}\n"
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("u1", "Bins And Recycling"),
        ("u2", "Treasurer's Report"),
    ]


def test_a_single_title_case_line_or_one_beside_numbered_items_is_not_an_item():
    lone = f"Minutes\n\nBins And Recycling\n{PROSE}\n"
    assert segment_items(lone) == []
    numbered = f"1. Welcome\n{PROSE}\n\nBins And Recycling\n{PROSE}\n\n2. Finance\n{PROSE}\n\nStreet Party\n{PROSE}\n"
    assert [i.id for i in segment_items(numbered)] == ["1", "2"]


def test_roman_list_entries_in_running_sentences_are_not_sub_items():
    text = (
        "4. Head's report\nThe head raised three points:\ni. attendance was 94%, below\nthe target;\n"
        "ii. two staff would leave at Easter;\niii. the mock results had improved.\n5. Finance\nFine.\n"
    )
    assert ids(text) == ["4", "5"]


def test_capitalised_list_entries_ending_like_a_list_are_not_sub_items():
    text = (
        "8. Policies\nGovernors approved these policies:\ni. Charging Policy (model version);\n"
        "ii. Lettings Policy;\niii. Uniform Policy.\nThe clerk will publish them.\n9. Close\nDone.\n"
    )
    assert ids(text) == ["8", "9"]


def test_lettered_resolutions_after_resolved_that_are_not_sub_items():
    text = (
        "5. Interim results\nThe board reviewed the draft.\nRESOLVED that:\n"
        "(a) the interim results be approved, subject to minor\namendments;\n"
        "(b) the going concern basis be adopted; and\n(c) the Secretary arrange the release.\n6. AOB\nNone.\n"
    )
    assert ids(text) == ["5", "6"]


def test_numbered_list_lines_starting_in_lower_case_are_not_items():
    text = (
        "EC/23/35 Assessment\n(a) Review of the regulations\nThe paper proposes two changes:\n"
        "1. removal of the cap on reassessed modules;\n2. a single compensation rule.\n"
        "Members agreed.\n(b) Generative AI in assessment\nA working group was set up.\n"
    )
    assert ids(text) == ["EC/23/35", "EC/23/35.a", "EC/23/35.b"]


def test_lettered_sub_items_with_title_case_titles_followed_by_prose_are_items():
    text = (
        "4. Performance report\nOf 22 indicators, 15 are green.\n4(a) On-call availability\n"
        "Availability averaged 71% in the quarter.\n4(b) Sickness absence\nDays lost rose.\n5. Close\nx.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent) for i in items[1:3]] == [
        ("4.a", "On-call availability", "4"),
        ("4.b", "Sickness absence", "4"),
    ]


def test_letter_written_onto_an_item_number_numbers_a_sub_item():
    text = "== Item 3: Address schema ==\nx.\n=== 3a. Unit designators (issue #317) ===\ny.\n=== 3b. Geocodes ===\nz.\n"
    assert ids(text) == ["3", "3.a", "3.b"]


def test_a_plain_number_with_a_letter_needs_its_parent_item():
    assert ids("1. Welcome\nx.\n5a Stray reference\ny.\n2. Close\nz.\n") == ["1", "2"]


def test_decimal_sub_items_below_item_keyword_headings():
    text = "Item 3 – Audit letter\nx.\nItem 4 – Compliance update\n4.1 Monitoring plan\ny.\n4.2 Metering dispute\nz.\n"
    items = segment_items(text)
    assert [(i.id, i.parent) for i in items] == [("3", None), ("4", None), ("4.1", "4"), ("4.2", "4")]


def test_numbered_list_inside_an_item_keyword_heading_is_not_an_item():
    text = "Item 1 – Planning\nOne application was considered.\n1. High Street extension\nNo objection.\nItem 2 – Close\nx.\n"
    assert ids(text) == ["1", "2"]


def test_agenda_item_reference_below_a_decimal_heading_is_not_a_sub_item():
    text = "6. QUALITY\nAgenda item 6a: Quality improvement plan\nThe plan is on track.\n7. AOB\nNone.\n"
    assert ids(text) == ["6", "7"]


def test_unnumbered_markdown_heading_after_numbered_ones_of_its_depth_is_an_item():
    text = "# Board meeting\n\n## Minutes\n\n## 1. Welcome\nHi.\n## 2. Budget\nAgreed.\n## Action items\n- JW to send it.\n"
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [("1", "Welcome"), ("2", "Budget"), ("u1", "Action items")]


def test_unnumbered_markdown_sub_headings_nest_below_their_section():
    text = "# Call\n\n## Release planning\nx.\n### Blockers\ny.\n### Docs\nz.\n## Funding\nw.\n"
    items = segment_items(text)
    assert [(i.id, i.level, i.parent) for i in items] == [
        ("u1", 1, None),
        ("u2", 2, "u1"),
        ("u3", 2, "u1"),
        ("u4", 1, None),
    ]


def test_version_number_in_a_markdown_heading_is_part_of_the_title():
    items = segment_items("# Call\n\n## Actions\nx.\n## 0.9.0 release planning\ny.\n")
    assert [(i.id, i.title) for i in items] == [("u1", "Actions"), ("u2", "0.9.0 release planning")]


def test_a_numbered_markdown_heading_whose_title_starts_in_lower_case_is_numbered():
    items = segment_items(
        "# Call\n\n## 1. Welcome\nHi.\n\n## 2. npm upgrade\nDone.\n\n## 3. Budget\nAgreed.\n"
    )
    assert [(i.id, i.title) for i in items] == [("1", "Welcome"), ("2", "npm upgrade"), ("3", "Budget")]


def test_agenda_heading_beside_the_numbered_headings_it_announces_is_an_item_before_them():
    text = (
        "# Board call\n\n## Agenda\n\nTopics close on Friday.\n\n1. Welcome\n2. k8s migration\n3. AOB\n\n"
        "## 1. Welcome\n- Hi all.\n\n## 2. k8s migration\n- Moves in May.\n\n## 3. AOB\n- None.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.level) for i in items] == [
        ("u1", "Agenda", 1),
        ("1", "Welcome", 1),
        ("2", "k8s migration", 1),
        ("3", "AOB", 1),
    ]
    assert "2. k8s migration" in text[items[0].start : items[0].end]


def test_other_heading_beside_numbered_headings_its_list_repeats_is_no_plan():
    text = (
        "# Board call\n\n## Summary\n\n1. Welcome\n2. Budget\n3. AOB\n\n"
        "## 1. Welcome\n- Hi all.\n\n## 2. Budget\n- Agreed.\n\n## 3. AOB\n- None.\n"
    )
    assert "Summary" not in [i.title for i in segment_items(text)]


def test_scribe_topic_label_is_not_part_of_a_markdown_title():
    text = "## Morning\nx.\n### Topic: Welcome and logistics\ny.\n### Topic: Wrap-up of day 1 ann: Good day.\nz.\n"
    items = segment_items(text)
    assert [(i.title, i.parent) for i in items] == [
        ("Morning", None),
        ("Welcome and logistics", "u1"),
        ("Wrap-up of day 1", "u1"),
    ]


def test_upper_case_heading_over_the_opening_paragraph_is_an_item():
    text = (
        "Monthly call\n\nOPENING AND ACTIONS\nAnna opened the call and the open actions from the last call "
        "were reviewed one by one with their owners:\n- done.\n\nWP1 - Management\n1.1 Amendment\nx.\n\n"
        "NEXT CALL\nThe next call will be on Tuesday 20 February at 14:00 in the same room.\n"
    )
    assert ids(text) == ["u1", "1", "1.1", "u2"]


def test_garbled_copy_of_the_next_numbered_heading_is_not_an_item():
    text = "17/23 APOLOGIES\nNone.\n\nDECLARATIONS OF INTERSET\n18/23 DECLARATIONS OF INTEREST\nNone were made.\n"
    assert ids(text) == ["17/23", "18/23"]


def test_action_log_row_with_a_serial_number_is_not_an_item():
    text = (
        "2. Minutes\nAgreed.\n3. Action log\nAll closed except:\n"
        "14/19 – JW to circulate the revised intentions to partners\nDone.\n4. Finance\nx.\n"
    )
    assert ids(text) == ["2", "3", "4"]


def test_number_on_the_line_below_its_title_makes_one_heading():
    text = (
        "2. Declarations\nNone.\n\nMinutes and action log of the meeting held on 17 May 2021\n3.\n"
        "RESOLVED that the minutes be approved.\n\n4. Finance\nx.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("2", "Declarations"),
        ("3", "Minutes and action log of the meeting held on 17 May 2021"),
        ("4", "Finance"),
    ]
    assert text[items[1].start :].startswith("Minutes and action log")


def test_item_keyword_below_a_dashed_title_takes_that_title():
    text = "Item 2 – Interests\nNone.\n\n– Minutes of the meeting held on 14 June 2022\nItem 3\nConfirmed.\n"
    assert [(i.id, i.title) for i in segment_items(text)][1] == (
        "3",
        "Minutes of the meeting held on 14 June 2022",
    )


def test_a_lone_number_below_a_sentence_is_not_a_heading():
    text = "1. Welcome\nThe chair opened the meeting.\n2.\nx.\n"
    assert ids(text) == ["1"]


def test_title_case_headings_need_no_blank_line_after_a_paragraph():
    text = (
        f"Residents' Association\nPresent: Jo, Sam\n\nBins And Recycling\n{PROSE}\nThe Allotment Lease\n"
        f"{PROSE}\nTreasurer's Report\n{PROSE}\n"
    )
    assert [i.title for i in segment_items(text)] == [
        "Bins And Recycling",
        "The Allotment Lease",
        "Treasurer's Report",
    ]


def test_heading_title_wrapped_after_a_comma_is_joined():
    text = "P22/118 Planning\nx.\na) 22/0335/FUL – Land at The Forge,\nMill Lane: two dwellings\nThe site lies outside.\n"
    assert segment_items(text)[-1].title == "22/0335/FUL – Land at The Forge, Mill Lane: two dwellings"


@pytest.mark.parametrize(
    "text",
    [
        "(1) Apologies\nNone.\n(2) Finance\nNoted.\n(3) Any other business\nNone.",
        "**1. Apologies**\nNone.\n**2. Finance**\nNoted.\n**3. Any other business**\nNone.",
        "**1.** Apologies\nNone.\n**2.** Finance\nNoted.\n**3.** Any other business\nNone.",
    ],
)
def test_bracketed_and_bold_numbers_open_items(text):
    assert [i.id for i in segment_items(text)] == ["1", "2", "3"]


def test_upper_case_roman_numerals_open_items():
    text = "I. APOLOGIES\nNone.\nII. FINANCE\nNoted.\nIII. ANY OTHER BUSINESS\nNone."
    assert [i.id for i in segment_items(text)] == ["i", "ii", "iii"]


def test_bold_emphasis_is_not_an_item():
    text = "1. Reviews\nWe discussed it.\n**MERGED**\nThe PR landed.\n2. AOB\nNone."
    assert [i.id for i in segment_items(text)] == ["1", "2"]


def test_stacked_upper_case_title_lines_over_the_date_and_attendance_are_not_items():
    text = (
        "FACULTY OF SCIENCE\nFACULTY BOARD\n"
        "MINUTES of the meeting held on 11 May 2022 at 2.00pm in Room G.01, Science Building\n"
        "Present: Professor K Ode (Dean, Chair)\n1. MINUTES\nApproved.\n"
    )
    assert ids(text) == ["1"]


def test_unnumbered_upper_case_headings_below_a_stacked_title_block_stay_items():
    text = (
        "BRIDGE STREET RESIDENTS ASSOCIATION\nCOMMITTEE MEETING\n\nDate: 2 May 2024\n"
        "Present: Ann Cole (Chair), Bill Hay\n\nAPOLOGIES\nNone received.\n\n"
        "TREASURER'S REPORT\nThe balance is healthy and the accounts are with the examiner this month.\n\n"
        "ANY OTHER BUSINESS\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("u1", "APOLOGIES"),
        ("u2", "TREASURER'S REPORT"),
        ("u3", "ANY OTHER BUSINESS"),
    ]


def test_upper_case_title_lines_opening_a_numbered_document_are_not_sections():
    assert ids("ANNUAL GENERAL MEETING\n\n1. Welcome\nHi.\n2. Accounts\nAdopted.\n") == ["1", "2"]
    text = (
        "WELLSIDE ALLOTMENT SOCIETY\nANNUAL GENERAL MEETING\n\n1. Apologies\nNone.\n2. Plots\nThree vacant.\n"
    )
    assert ids(text) == ["1", "2"]


def test_upper_case_section_heading_after_the_header_is_still_an_item():
    text = (
        "Westshire Fire Authority\nDate: 3 May 2024\nPresent: Cllr A Lee (Chair)\n\n"
        "PROCEDURAL MATTERS\n1. Apologies\nNone.\n2. Minutes\nAgreed.\n"
    )
    assert ids(text) == ["u1", "1", "2"]


# --------------------------------------------------------------- second pass on new layouts (issue #5)


def test_whole_numbers_without_a_stop_number_items_when_they_run_in_sequence():
    text = (
        "Present: A Person\n\n1 Welcome, apologies and interests\nThe Chair opened the meeting.\n\n"
        "2 Minutes and matters arising\n2.1 Minutes of the last meeting\nApproved.\n\n"
        "3 Finance\nThe accounts were noted.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["1", "2", "2.1", "3"]
    assert items[0].number == "1" and items[2].parent == "2"


def test_counts_and_house_numbers_do_not_open_items_in_a_bare_numbered_document():
    text = (
        "Held at 12 Quay Street, Newtown\n\n1 Welcome\nHello.\n3 members of the public attended.\n"
        "2 Finance\nFine.\n4 Reserves were discussed at length.\n3 Any other business\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_a_lone_whole_number_line_is_not_an_item():
    assert ids("Venue: Hall\n1 King Street\nSome notes follow.\n") == []


def test_whole_numbers_are_not_items_where_the_document_numbers_with_a_stop():
    text = "1. Welcome\nHello.\n2. Finance\n3 Members queried the figures\n4 Trustees agreed\n3. AOB\nNone.\n"
    assert ids(text) == ["1", "2", "3"]


def test_scribe_topics_are_the_items_not_the_numbered_contents_or_summaries():
    text = (
        "Widget WG call - 3 March 2025\n\nPresent: Ann Lee, Bo Chan\n\nContents\n    1. Budget\n    2. Roadmap\n"
        "    3. Summary of resolutions\n\nMeeting minutes\n\nTopic: Budget\n\nann: we are on track.\n\n"
        "Topic: Roadmap\n\nbo: slipping a week.\n\nSummary of resolutions\n    1. Budget approved.\n"
        "    2. Roadmap moved by a week.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("u1", "Budget"),
        ("u2", "Roadmap"),
        ("u3", "Summary of resolutions"),
    ]


def test_a_session_heading_right_over_a_topic_is_kept_but_a_day_heading_over_attendance_is_not():
    text = (
        "# WG face-to-face\n\n## Day 2\n\nPresent: ann, bo\n\n## Morning\n\n### Topic: Budget\n\nann: fine.\n\n"
        "### Topic: Roadmap\n\nbo: late.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent) for i in items] == [
        ("u1", "Morning", None),
        ("u2", "Budget", "u1"),
        ("u3", "Roadmap", "u1"),
    ]


def test_a_roman_sub_item_merged_onto_its_heading_line_is_split_off():
    text = "1. Welcome\nHi.\n2. Chief Executive's report i. Pupil numbers\nUp 3%.\nii. Staffing\nTwo posts filled.\n"
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("1", "Welcome"),
        ("2", "Chief Executive's report"),
        ("2.i", "Pupil numbers"),
        ("2.ii", "Staffing"),
    ]


def test_a_sub_number_read_below_its_title_under_the_parent_heading():
    text = "1. Welcome\nHi.\n2. Minutes and matters arising\nMinutes of the last meeting\n2.1\nApproved.\n2.2 Action log\nDone.\n"
    items = segment_items(text)
    assert [(i.id, i.title) for i in items][1:] == [
        ("2", "Minutes and matters arising"),
        ("2.1", "Minutes of the last meeting"),
        ("2.2", "Action log"),
    ]


def test_a_closing_section_after_the_last_numbered_item_is_an_item_of_its_own():
    text = "1. Welcome\nHi.\n\n2. Date of next meeting\nMay.\n\nAction log\nAction | Owner | Due\nFix roof | CEO | June\n"
    assert [(i.id, i.title) for i in segment_items(text)][-1] == ("u1", "Action log")


def test_a_decision_and_action_log_after_the_last_numbered_item_is_a_closing_section():
    for closing in ("Decision and action log", "Actions and decisions register"):
        text = f"1. Welcome\nHi.\n\n2. Close\nBye.\n\n{closing}\nRef | Action | Owner\nA1 | Paint the hall | KM\n"
        assert [(i.id, i.title) for i in segment_items(text)][-1] == ("u1", closing)


def test_a_singular_decision_log_before_the_action_log_is_a_closing_section_of_its_own():
    text = (
        "1. Welcome\nHi.\n\n2. Close\nBye.\n\nDecision log\nRef\tDecision\nX-7\tHall to be painted\n\n"
        "Action log\nRef\tAction\tOwner\nY-3\tBuy paint\tKM\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)][-2:] == [
        ("u1", "Decision log"),
        ("u2", "Action log"),
    ]


def test_a_decision_log_line_inside_an_item_is_not_a_closing_section():
    text = "1. Welcome\nHi.\nDecision log\nThe hall is to be painted.\n\n2. Any other business\nNone.\n"
    assert ids(text) == ["1", "2"]


def test_a_markdown_agenda_heading_over_bullets_the_sibling_numbered_headings_repeat_is_an_item():
    text = (
        "## Agenda\n\n- [#40](https://example.org/issues/40) Paint the hall\n- Buy chairs\n- AOB\n\n"
        "## 1. Paint the hall (#40)\nAgreed.\n\n## 2. Buy chairs\nLater.\n\n## 3. AOB\nNone.\n"
    )
    assert ids(text) == ["u1", "1", "2", "3"]


def test_a_markdown_agenda_heading_over_other_topics_is_no_item():
    text = (
        "## Agenda\n\n- Budget\n- Staffing\n\n"
        "## 1. Paint the hall\nAgreed.\n\n## 2. Buy chairs\nLater.\n\n## 3. AOB\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_decisions_and_actions_without_a_log_word_is_no_closing_section():
    text = "1. Welcome\nHi.\n\n2. Close\nBye.\n\nDecisions and actions taken were noted by the clerk\n"
    assert ids(text) == ["1", "2"]


def test_an_action_summary_after_the_last_numbered_item_is_a_closing_section():
    text = "1. Welcome\nHi.\n\n2. Date of next meeting\nMay.\n\nAction summary\nFix roof | CEO | June\n"
    assert [(i.id, i.title) for i in segment_items(text)][-1] == ("u1", "Action summary")


def test_a_date_of_next_meeting_line_after_the_last_numbered_item_is_a_closing_section():
    text = "1. Welcome\nHi.\n\n2. Any other business\nNone.\n\nDate of next meeting\nThursday 5 June 2025.\n"
    assert [(i.id, i.title) for i in segment_items(text)][-1] == ("u1", "Date of next meeting")


def test_key_decisions_after_the_last_numbered_item_is_a_closing_section():
    text = "1. Welcome\nHi.\n\n2. Budget\nAgreed.\n\nKey decisions\nD-1: Budget approved at £2m.\n"
    assert [(i.id, i.title) for i in segment_items(text)][-1] == ("u1", "Key decisions")


def test_key_decisions_label_inside_an_item_is_not_a_closing_section():
    text = "1. Welcome\nHi.\nKey decisions\nBudget approved.\n\n2. Any other business\nNone.\n"
    assert ids(text) == ["1", "2"]


def test_plain_agenda_line_over_bullets_the_numbered_headings_repeat_is_a_plan():
    text = (
        "Team call\n\nAgenda\n- Release plan [@amy]\n- Budget [Bo]\n- AOB\n\n"
        "**1. Release plan (@amy, 10 min)**\n- Ship in May.\n\n**2. Budget (Bo, 5 min)**\n- Agreed.\n\n"
        "**3. AOB**\n- None.\n"
    )
    assert ids(text) == ["u1", "1", "2", "3"]


def test_plain_agenda_line_over_other_bullets_is_no_plan():
    text = (
        "Team call\n\nAgenda\n- Please add topics by Friday\n- Keep updates short\n\n"
        "**1. Release plan (@amy, 10 min)**\n- Ship in May.\n\n**2. Budget (Bo, 5 min)**\n- Agreed.\n"
    )
    assert ids(text) == ["1", "2"]


def test_topics_heading_right_over_topic_headings_holds_them():
    text = (
        "Forum post\n\nPresent: @amy, @bo\n\n## Topics\n\n### Release plan\n- Ship in May.\n\n"
        "### Budget\n- Agreed.\n\n## Action items\n- @bo to pay.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent) for i in items] == [
        ("u1", "Topics", None),
        ("u2", "Release plan", "u1"),
        ("u3", "Budget", "u1"),
        ("u4", "Action items", None),
    ]


def test_topics_heading_over_a_contents_list_stays_in_the_header():
    text = (
        "# Call\n\n## Topics\n\n- Release plan\n- Budget\n\n## Release plan\nShip in May.\n\n"
        "## Budget\nAgreed.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Release plan", "Budget"]


def test_a_sentence_about_the_date_of_the_next_meeting_is_no_heading():
    text = "1. Welcome\nHi.\n\n2. Any other business\nDate of next meeting to be confirmed.\n"
    assert ids(text) == ["1", "2"]


def test_an_action_summary_label_inside_an_item_is_not_a_closing_section():
    text = "1. Welcome\nHi.\nAction summary\nSend the notes.\n\n2. Date of next meeting\nMay.\n"
    assert ids(text) == ["1", "2"]


def test_an_action_label_inside_an_item_is_not_a_closing_section():
    text = "1. Welcome\nHi.\n\nActions\nSend the notes.\n\n2. Date of next meeting\nMay.\n"
    assert ids(text) == ["1", "2"]


def test_a_markdown_heading_shallower_than_the_numbered_ones_after_them_is_an_item():
    text = "# Call\n\n## Agenda\n\n### 1. Welcome\nHi.\n### 2. AOB\nNone.\n\n## Action items\n- [ ] @amy: fix CI\n"
    assert ids(text) == ["1", "2", "u1"]


def test_lettered_sections_with_dotted_sub_items_and_a_closing_adjournment():
    text = (
        "CITY OF ELM BEND\nCITY COUNCIL MINUTES\nMay 2, 2024 - 6:00 PM\n\n"
        "CALL TO ORDER\nThe Mayor called the meeting to order at 6:02 p.m. in the chambers tonight.\n\n"
        "A. CONSENT AGENDA\nAll matters are approved by one motion.\n"
        "Item 3: Council Member Lee asked why the amended contract\namount was higher this year.\n\n"
        "B. PUBLIC HEARINGS\nB.1 Ordinance No. 4: Accessory Units\nText.\n\nB.2 Water Rates\nText.\n\n"
        "C. NEW BUSINESS\nC.1 Parking Study\nText.\n\nADJOURNMENT\nAdjourned at 8:49 p.m.\n"
    )
    assert [(i.id, i.parent) for i in segment_items(text)] == [
        ("u1", None),
        ("a", None),
        ("b", None),
        ("b.1", "b"),
        ("b.2", "b"),
        ("c", None),
        ("c.1", "c"),
        ("u2", None),
    ]


def test_title_case_headings_over_bullet_lists_are_items():
    text = (
        "Maple HOA - Board Meeting Minutes\nDate: 01/14/2025\n\nCall to Order\n- Quorum confirmed.\n\n"
        "Approval of Minutes\n- December minutes approved as written by the board, five votes to none.\n\n"
        "Financial Report\n- The operating account stands at $38,412 and the reserve account at $221,960.\n\n"
        "Old Business\n- Pool resurfacing\n\n"
        "Homeowner Forum\n- A homeowner asked when the pool will reopen after the resurfacing is done.\n\n"
        "Adjournment\n- Adjourned at 8:58 PM.\n"
    )
    titles = [i.title for i in segment_items(text)]
    assert titles == [
        "Call to Order",
        "Approval of Minutes",
        "Financial Report",
        "Old Business",
        "Homeowner Forum",
        "Adjournment",
    ]


def test_a_list_restarting_at_one_inside_an_item_does_not_take_the_next_items_number():
    text = (
        "1. Administrivia (chairs, 10 min)\nNote Well was shown.\n\n"
        "2. draft-ietf-cte-records-05 (presenter: Ann Lee)\n\nThe three open issues are listed.\n"
        "   1. Registry policy for new tags\n2. Whether timestamps may be omitted\n"
        "   3. Alignment padding for microcontrollers\nDiscussion followed.\n\n"
        "3. draft-okafor-cte-deltas-02 (presenter: Chidi Okafor)\nText.\n\n4. AOB\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title.split()[0]) for i in items] == [
        ("1", "Administrivia"),
        ("2", "draft-ietf-cte-records-05"),
        ("3", "draft-okafor-cte-deltas-02"),
        ("4", "AOB"),
    ]


def test_owner_tagged_agenda_bullets_are_the_items_of_a_shared_doc():
    text = (
        "# Widgets working group\n\n**Date:** 2024-02-01\n\n## Agenda\n\n"
        "- [@ana] Opening remarks (5 min)\n  - Recording link posted.\n"
        "- [@bo, @cy] Parser rewrite status (15 min)\n  - Failing tests:\n"
        "    3 TestParseEmptyInput (2.1%)\n- Notes continue here.\n"
        "- [@ana] Wrap-up (2 min)\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent) for i in items] == [
        ("u1", "[@ana] Opening remarks (5 min)", None),
        ("u2", "[@bo, @cy] Parser rewrite status (15 min)", None),
        ("u3", "[@ana] Wrap-up (2 min)", None),
    ]


def test_a_single_owner_tagged_bullet_leaves_the_numbered_items_alone():
    text = "1. Welcome\nText.\n\n2. Budget\n- [@ana] check the totals\n\n3. AOB\nNone.\n"
    assert [i.id for i in segment_items(text)] == ["1", "2", "3"]


def test_attendees_and_roles_headings_before_the_first_item_are_header_sections():
    text = (
        "# Team triage meeting\n\n## Attendees\n\n- Team members: Ann Lee\n\n## Meeting roles\n\n"
        "- Chair: Ann Lee\n\n## Announcements\n\nNo meeting next week.\n\n## Nominated issues\n\n"
        '### "Stabilise let chains" #114\n\nDiscussed.\n\n## Action items\n\nNone.\n'
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent) for i in items] == [
        ("u1", "Announcements", None),
        ("u2", "Nominated issues", None),
        ("u3", '"Stabilise let chains" #114', "u2"),
        ("u4", "Action items", None),
    ]


def test_an_attendees_heading_after_the_first_item_stays_an_item():
    text = "## Announcements\n\nNone.\n\n## Attendees\n\nAnn Lee joined late.\n"
    assert [i.title for i in segment_items(text)] == ["Announcements", "Attendees"]


def test_a_letter_sub_item_titled_with_a_year_is_read_after_a_stop():
    text = (
        "4. Votes\nText.\n4a. Larkfield incubation\nText.\n4b. 2023 meeting calendar\nText.\n5. AOB\nNone.\n"
    )
    assert ids(text) == ["4", "4.a", "4.b", "5"]


def test_a_long_heading_wrapped_by_the_page_width_keeps_its_whole_title():
    text = (
        "1. Applications\n1.1 REC/23/021 - Use of wearable cameras to study pedestrian\n"
        "behaviour at level crossings\nApplicant: Mr Felix Lee.\nThe applicant proposes a study.\n"
    )
    assert segment_items(text)[-1].title == (
        "REC/23/021 - Use of wearable cameras to study pedestrian behaviour at level crossings"
    )


def test_a_short_heading_does_not_take_a_lower_case_line_below_it():
    text = "1. Welcome\nText.\n2. Any other business\nnone raised\n3. Close\nDone.\n"
    assert [i.title for i in segment_items(text)][1] == "Any other business"


def test_a_scribe_line_below_a_long_heading_is_not_part_of_its_title():
    text = (
        "1. Welcome\nHi.\n2. [Data quality vocabulary](http://example.org/dwbp/vocab-dqg.html)\n"
        "hadley: addresses resistance to publish\n3. AOB\nNone.\n"
    )
    assert segment_items(text)[1].title == "[Data quality vocabulary](http://example.org/dwbp/vocab-dqg.html)"


def test_serial_numbers_with_a_mixed_case_prefix_are_items():
    text = (
        "Council of Governors\nChair: Ann Lee\n\nCoG 24/31 Welcome and apologies\nAll welcomed.\n"
        "CoG 24/32 Minutes of the last meeting\nCoG 24/19: the visit took place.\nApproved.\n"
        "CoG 24/33 Any other business\nNone.\n"
    )
    assert ids(text) == ["CoG 24/31", "CoG 24/32", "CoG 24/33"]


def test_item_no_headings_are_items():
    text = "Item No. 1: Leave of absence\nGranted.\nItem No. 2: Minutes\nConfirmed.\n(a) Sub-point\nNoted.\n"
    items = segment_items(text)
    assert [(i.id, i.number, i.title) for i in items][:2] == [
        ("1", "Item No. 1", "Leave of absence"),
        ("2", "Item No. 2", "Minutes"),
    ]
    assert items[2].id == "2.a"


def test_a_numbered_list_of_directors_is_not_items():
    text = (
        "Directors present:\n1. Mr. Ravi Kumar, Chairman (DIN: 00123456)\n2. Ms. Asha Rao, Director\n"
        "3. Dr. Anil Shah, Independent Director\n\nItem No. 1: Leave of absence\nGranted.\n"
        "Item No. 2: Minutes\nConfirmed.\nItem No. 3: Accounts\nAdopted.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Leave of absence"),
        ("2", "Minutes"),
        ("3", "Accounts"),
    ]


def test_committee_letters_over_year_and_number_are_serial_minute_numbers():
    text = "XPSC/23/4 Apologies\nNone were received.\n\nXPSC/23/5 Budget\nThe budget was noted.\n"
    assert ids(text) == ["XPSC/23/4", "XPSC/23/5"]


def test_committee_letters_term_code_year_and_number_are_serial_minute_numbers():
    text = (
        "LGB/Su1/24/01\tWelcome\nThe chair opened the meeting.\n\n"
        "LGB/Su1/24/02\tFinance\nThe accounts were noted.\n\nLGB/Su1/24/03\tClose\nNone.\n"
    )
    assert ids(text) == ["LGB/Su1/24/01", "LGB/Su1/24/02", "LGB/Su1/24/03"]


def test_a_word_between_committee_letters_and_year_is_no_term_code():
    text = "The report went to HR/Staff1/24/02 for review.\nIt was noted.\n"
    assert ids(text) == []


def test_academic_year_minute_numbers_take_roman_sub_items():
    text = (
        "GB 24/25-3 Minutes\nApproved as a correct record.\n\nGB 24/25-4 Estates strategy\n"
        "(i) Roof repairs\nThe roof is being repaired.\n(ii) Car park\nThe car park is closed.\n"
        "\nGB 24/25-5 Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == [
        "GB 24/25-3",
        "GB 24/25-4",
        "GB 24/25-4.i",
        "GB 24/25-4.ii",
        "GB 24/25-5",
    ]
    assert items[2].parent == "GB 24/25-4"


def test_year_and_running_number_decimals_are_minute_numbers_not_sections():
    text = (
        "23.41 Welcome\nThe Chair opened the meeting.\n\n23.42 Minutes\nApproved.\n\n23.43 Library plan\n"
        "(a) Opening hours\nLonger hours were agreed.\n(b) Stock\nNoted.\n\n23.44 Next meeting\nIn June.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["23.41", "23.42", "23.43", "23.43.a", "23.43.b", "23.44"]
    assert [i.level for i in items] == [1, 1, 1, 2, 2, 1]


def test_number_below_its_title_is_found_after_a_sentence_end():
    text = (
        "4. REPORTS\n4.1 Treasurer\nThe treasurer reported.\nStaff will circulate the figures.\n"
        "Pool Opening Hours\n4.2\nThe pool will open earlier in summer.\n\n5. ADJOURNMENT\nClosed.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)][2] == ("4.2", "Pool Opening Hours")


def test_a_line_over_a_rule_continuing_a_sentence_is_no_setext_heading():
    text = (
        "Summary\n-------\n1. Welcome  (kim, 10:00)\n* INFO: the release is on Monday at\n10:00 UTC (kim, 10:02)\n"
        "=====\n2. Budget  (jo, 10:05)\n* INFO: fine\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [("1", "Welcome"), ("2", "Budget")]


def test_a_topic_in_lower_camel_case_is_a_heading_not_a_list_entry():
    text = (
        "1. Roll call\nHello.\n=====\n2. iPad rollout\nThe rollout starts in May.\n3. Next meeting\nFriday.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Roll call", "iPad rollout", "Next meeting"]


def test_sections_after_plain_numbered_topics_under_a_setext_heading_are_items():
    text = (
        "Meeting summary\n---------------\n1. Roll call  (kim, 16:00)\n* INFO: hi\n2. Budget  (kim, 16:05)\n"
        "* INFO: ok\n\nAction items, by person\n-----------------------\n* kim\n\n"
        "People present (lines said)\n---------------------------\n* kim (12)\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)][2:] == [
        ("u1", "Action items, by person"),
        ("u2", "People present (lines said)"),
    ]


def test_markdown_links_and_present_blocks_are_header_not_items():
    text = (
        "# Board call 2024-02-01\n\n## Links\n\n* Recording: https://example.org/r\n\n## Present\n\n"
        "* Ana Lopes (@alopes) - member\n\n## Agenda\n\nAs posted.\n\n## Budget\n\n* Approved.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Agenda", "Budget"]


def test_title_case_lines_over_paragraphs_are_sub_items_of_a_serial_minute():
    text = (
        "12/24 Apologies\nNone.\n\n13/24 Library budget\nThe report was introduced.\n\n"
        "Questions from Members\nCouncillor Byrne asked how the reserves would be used in the next year.\n\n"
        "Panel's Decision\nCouncillor Reid moved and Councillor Tan seconded that the budget be supported.\n\n"
        "14/24 Next meeting\nIn May.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.parent, i.level) for i in items] == [
        ("12/24", None, 1),
        ("13/24", None, 1),
        ("u1", "13/24", 2),
        ("u2", "13/24", 2),
        ("14/24", None, 1),
    ]


def test_a_table_header_row_is_not_a_sub_item():
    text = (
        "12/24 Apologies\nNone.\n\n13/24 Action log\nThe log was reviewed.\n\n"
        "Ref\tRaised\tAction\tLead\nA1 March The clerk to write to the county council about parking.\n"
        "\n14/24 Next meeting\nIn May.\n"
    )
    assert ids(text) == ["12/24", "13/24", "14/24"]


def test_letter_and_stop_minute_numbers_are_serial_with_lettered_parts():
    text = (
        "AB.24.07 Welcome\nThe Chair opened the meeting.\n"
        "AB.24.08 Course approvals\nTwo proposals were received.\n"
        "(a) BA History: periodic review\nApproved.\n(b) MA Archives: new course\nApproved.\n"
        "AB.24.09 Close\nNone.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["AB.24.07", "AB.24.08", "AB.24.08.a", "AB.24.08.b", "AB.24.09"]
    assert {i.id: i.parent for i in items}["AB.24.08.b"] == "AB.24.08"


def test_numbered_parts_of_a_serial_minute_sit_below_it():
    text = (
        "RC/22/010 Quality report\nThe report was received.\n"
        "RC/22/010.1 Falls\nFalls fell again.\nRC/22/010.2 Complaints\nComplaints rose.\n"
        "RC/22/011 Close\nSee minute RC/22/010.1 above.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.parent, i.level) for i in items] == [
        ("RC/22/010", None, 1),
        ("RC/22/010.1", "RC/22/010", 2),
        ("RC/22/010.2", "RC/22/010", 2),
        ("RC/22/011", None, 1),
    ]


def test_lettered_parts_of_a_serial_minute_sit_below_it():
    text = (
        "QB/24/07 Quarterly performance\nThe board received the report.\n"
        "QB/24/07(a) Roads – pothole repairs\nRepairs rose.\n"
        "QB/24/07(b) Parks – grass cutting\nCutting slipped.\n"
        "QB/24/08 Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.number, i.parent, i.level) for i in items] == [
        ("QB/24/07", "QB/24/07", None, 1),
        ("QB/24/07.a", "QB/24/07(a)", "QB/24/07", 2),
        ("QB/24/07.b", "QB/24/07(b)", "QB/24/07", 2),
        ("QB/24/08", "QB/24/08", None, 1),
    ]


def test_lettered_part_out_of_order_is_not_an_item():
    text = "QB/24/07 Performance\nx.\nQB/24/07(b) Parks\ny.\nQB/24/08 Close\nz.\n"
    assert ids(text) == ["QB/24/07", "QB/24/08"]


def test_part_of_an_earlier_minute_is_not_an_item():
    text = "RC/22/010 Quality\nx.\nRC/22/011 Safety\ny.\nRC/22/010.1 Falls\nz.\n"
    assert ids(text) == ["RC/22/010", "RC/22/011"]


def test_numbered_list_inside_a_serial_minute_is_not_an_item():
    text = (
        "41/24 Integrity report\nThe lead noted three themes:\n1. Most cases arose in first-year coursework in two subjects.\n"
        "2. Students often missed the difference\nbetween allowed and banned tools.\n"
        "42/24 Close\nNone.\n"
    )
    assert ids(text) == ["41/24", "42/24"]


def test_zero_numbered_sections_hold_their_decimal_parts():
    text = (
        "1.0 Welcome\nHello.\n2.0 Previous minutes\nAs follows.\n2.1 Minutes of March\nApproved.\n"
        "2.2 Action log\nReviewed.\n3.0 Dashboard\nGreen.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.parent, i.level) for i in items] == [
        ("1.0", None, 1),
        ("2.0", None, 1),
        ("2.1", "2.0", 2),
        ("2.2", "2.0", 2),
        ("3.0", None, 1),
    ]
    assert items[1].end == items[4].start  # section 2.0 runs over its parts to 3.0


def test_zero_part_below_a_plain_number_stays_its_child():
    items = segment_items("1. Finance\nx.\n1.0 Overview\ny.\n1.1 Budget\nz.\n2. Close\nw.\n")
    assert [(i.id, i.parent) for i in items] == [("1", None), ("1.0", "1"), ("1.1", "1"), ("2", None)]


def test_bold_title_after_a_plain_number_is_read_without_its_marks():
    text = "1. **Welcome and policy**\n- Opened.\n2.\t**Approval of minutes**\n- Approved.\n"
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [("1", "Welcome and policy"), ("2", "Approval of minutes")]


def test_hyphenated_letter_numbers_are_sub_items_of_their_lettered_section():
    text = (
        "A. OPENING\nThe Chair opened the meeting.\n\nB. NEW BUSINESS\n\n"
        "B-1 Culvert Replacement on Fern Hollow Road\nThe engineer presented the bids.\n\n"
        "B-2 Library Roof Contract\nThe board discussed the roof.\n\nC. ADJOURNMENT\nClosed at 8 p.m.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.parent) for i in items] == [
        ("a", None),
        ("b", None),
        ("b.1", "b"),
        ("b.2", "b"),
        ("c", None),
    ]


def test_short_numbered_sentence_in_a_list_of_sentences_is_not_an_item():
    text = (
        "A. OPENING\nThe Chair opened the meeting.\n\nB. ROUTINE MATTERS\nThese are taken together.\n"
        "1. Approve the minutes of the April 4 regular meeting.\n2. Approve payroll totaling $51,200.00.\n"
        "3. Approve the liquor license renewal for the Red Barn.\nMotion carried.\n\n"
        "C. REPORTS\nThe clerk reported.\n"
    )
    assert ids(text) == ["a", "b", "c"]


def test_table_rows_numbered_like_minutes_are_not_items_and_the_closing_log_is():
    text = (
        "19/07 Welcome\nHello.\n\n19/08 Finance\nNoted.\n\nAction log\nRef | Action | Owner | Status\n"
        "19/02 | Renew the insurance | Treasurer |\nMay 2019 | Done\n19/05 | Draft the budget | Chair | Open\n"
        "| Order new chairs | Clerk | Open\n19/06\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("19/07", "Welcome"),
        ("19/08", "Finance"),
        ("u1", "Action log"),
    ]


def test_planning_application_heading_wrapped_over_two_lines_keeps_its_whole_title():
    text = (
        "1. Apologies\nNone.\n\n2. AB/23/0101/FUL - Mill House, Eastby - Change of use of former\n"
        "mill building to four flats with associated parking\nThe officer presented the report.\n"
    )
    assert segment_items(text)[1].title == (
        "AB/23/0101/FUL - Mill House, Eastby - Change of use of former mill building to four flats "
        "with associated parking"
    )


def test_heading_broken_before_a_quantity_keeps_the_quantity_in_its_title():
    text = (
        "1. Apologies\nNone.\n\n2. AB/23/0102/FUL - Top Quarry, Westby - Extension of the tip by\n"
        "2.5 hectares to the north\nMembers visited the site.\n\n3. Close\nDone.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["1", "2", "3"]
    assert items[1].title.endswith("Extension of the tip by 2.5 hectares to the north")


def test_markdown_heading_opening_with_an_interrogative_is_an_item():
    text = (
        "## What went well\n- The patch shipped in two days.\n\n"
        "## What could be better\n- The branch list was out of date.\n\n"
        "## Is this a question?\nNo.\n"
    )
    assert [i.title for i in segment_items(text)] == ["What went well", "What could be better"]


def test_bare_number_title_with_a_bracketed_date_stays_a_heading():
    text = (
        "1 Welcome and apologies\nThe Chair welcomed members.\n\n"
        "2 Minutes of the previous meeting (15 June 2023) and the action log review\nAccepted.\n\n"
        "3 Finance\nNoted.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_topic_numbered_headings_are_items():
    text = (
        "Topic 1 - Churn model refresh (Ana)\nAna showed the new model.\n\n"
        "Topic 2 - Data catalogue pilot (Raj)\nRaj reported on the pilot.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("1", "Churn model refresh (Ana)"),
        ("2", "Data catalogue pilot (Raj)"),
    ]


NOTES_LAYOUT = (
    "Riverside Residents Forum\nNotes of meeting, 3 May 2024\n\n"
    "Welcome and introductions\nJo welcomed everyone to the forum and thanked the hall for hosting the meeting.\n\n"
    "Notes of the last meeting\nThe notes were agreed.\n\n"
    "Parking on the estate\nSam reported that the new permit scheme had started in April without problems.\n\n"
    "Any other business\nPat asked whether the forum could meet in the evenings during the summer.\n"
)


def test_sentence_case_lines_heading_paragraphs_are_items_in_unnumbered_notes():
    assert [i.title for i in segment_items(NOTES_LAYOUT)] == [
        "Welcome and introductions",
        "Notes of the last meeting",
        "Parking on the estate",
        "Any other business",
    ]


def test_sentence_case_lines_are_not_items_in_a_numbered_document():
    text = (
        "1. Welcome\nJo welcomed everyone.\n\n"
        "Parking on the estate\nSam reported that the new permit scheme had started in April.\n\n"
        "2. Finance\nNoted.\n"
    )
    assert ids(text) == ["1", "2"]


def test_two_sentence_case_lines_are_too_little_evidence_of_headings():
    text = (
        "Welcome and introductions\nJo welcomed everyone to the forum and thanked the hall for hosting us.\n\n"
        "Parking on the estate\nSam reported that the new permit scheme had started in April without problems.\n"
    )
    assert segment_items(text) == []


def test_number_below_a_sentence_case_title_is_one_heading():
    text = "1. Welcome\nHello all.\n\nAny other business and date of next meeting\n2.\nNone was raised.\n"
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Welcome"),
        ("2", "Any other business and date of next meeting"),
    ]


def test_subject_no_headings_of_a_municipal_committee_are_items():
    text = (
        "Members present: A, B\n\n"
        "Subject No. 1 : Confirmation of the minutes of the last meeting\nConfirmed.\n\n"
        "Subject No. 2 : Proposal for resurfacing of roads in Ward 4\nApproved.\n\n"
        "Subject No. 3 : Date of next meeting\nTo be fixed.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.number) for i in items] == [
        ("1", "Subject No. 1"),
        ("2", "Subject No. 2"),
        ("3", "Subject No. 3"),
    ]
    assert items[1].title == "Proposal for resurfacing of roads in Ward 4"


def test_lettered_lines_under_an_upper_case_section_are_its_sub_items():
    text = (
        "Town Senate\nMinutes of the regular meeting\n\nPresent: Ann Lee, Raj Patel\n\n"
        "CALL TO ORDER\nThe chair opened the meeting at four o'clock and welcomed the senators.\n\n"
        "OLD BUSINESS\n\nA. Revision to the parking policy\nDiscussed.\n\n"
        "B. Library hours\nNoted.\n\n"
        "NEW BUSINESS\n\nA. Budget for next year\nApproved.\n\n"
        "ADJOURNMENT\nThe meeting ended.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.parent) for i in items] == [
        ("u1", None),
        ("u2", None),
        ("u2.a", "u2"),
        ("u2.b", "u2"),
        ("u3", None),
        ("u3.a", "u3"),
        ("u4", None),
    ]


def test_upper_case_lettered_sections_after_an_upper_case_heading_stay_top_level():
    text = (
        "Town Council\nMinutes of the regular meeting\n\nPresent: Ann Lee, Raj Patel\n\n"
        "ROLL CALL\nThe clerk called the roll and all seven members answered present.\n\n"
        "A. CONSENT AGENDA\nThe consent agenda was approved without discussion.\n\n"
        "B. PUBLIC HEARINGS\nNo member of the public asked to speak.\n"
    )
    assert ids(text) == ["u1", "a", "b"]


def test_upper_case_heading_right_after_a_finished_sentence_opens_an_item():
    text = (
        "Town Senate\nMinutes of the regular meeting\n\nPresent: Ann Lee, Raj Patel\n\n"
        "CALL TO ORDER\nThe chair opened the meeting at four o'clock and welcomed the senators.\n\n"
        "APPROVAL OF THE AGENDA\nThe agenda was approved.\n"
        "APPROVAL OF MINUTES\nThe minutes were approved.\n\n"
        "NEW BUSINESS\n\nA. Budget for next year\nApproved.\n\nB. Library hours\nNoted.\n"
    )
    assert [i.title for i in segment_items(text) if i.level == 1] == [
        "CALL TO ORDER",
        "APPROVAL OF THE AGENDA",
        "APPROVAL OF MINUTES",
        "NEW BUSINESS",
    ]


def test_upper_case_label_after_a_sentence_inside_a_numbered_item_is_no_item():
    text = "1. Planning\nThe report was presented.\nCARRIED UNANIMOUSLY\n\n2. Finance\nNoted.\n"
    assert ids(text) == ["1", "2"]


def test_markdown_agenda_heading_over_topic_headings_is_no_item_and_lifts_them():
    text = (
        "# Team sync\n\n## Agenda\n\n### Release status\n- on track\n\n"
        "### Hiring\n- two offers out\n\n## Action items\n- [ ] @ann: send notes\n"
    )
    items = segment_items(text)
    assert [(i.title, i.level, i.parent) for i in items] == [
        ("Release status", 1, None),
        ("Hiring", 1, None),
        ("Action items", 1, None),
    ]


def test_markdown_agenda_heading_over_a_plain_list_stays_an_item():
    text = "# Team sync\n\n## Agenda\n- status\n- hiring\n\n## Announcements\nNone.\n"
    assert [i.title for i in segment_items(text)] == ["Agenda", "Announcements"]


def test_action_log_with_a_dashed_qualifier_over_serial_rows_closes_the_minutes():
    text = (
        "AB/24/01 Welcome\nAll welcome.\n\nAB/24/02 Finance\nNoted.\n\n"
        "ACTION LOG – carried forward from 14 May 2023\n"
        "AB/23/58\tSend the breakdown\tDoF\tJanuary\tOpen\n"
        "AB/23/61\tReview terms\tSecretary\tMarch\tOpen\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["AB/24/01", "AB/24/02", "u1"]
    assert items[-1].title == "ACTION LOG – carried forward from 14 May 2023"


def test_actions_with_a_one_word_note_are_no_closing_section():
    text = "1. Welcome\nHello.\n\n2. Finance\nNoted.\n\nActions - none\n"
    assert ids(text) == ["1", "2"]


def test_markdown_agenda_heading_before_other_sections_with_topics_stays_their_parent():
    text = (
        "# Team sync\n\n## Agenda:\n\n### Breakout A\n- [Web thing](https://example.org/1)\n\n"
        "## Breakout A\n\n### Web thing\nDiscussed at length.\n"
    )
    items = segment_items(text)
    assert [(i.title, i.parent) for i in items][:2] == [("Agenda:", None), ("Breakout A", "u1")]


def test_lettered_sub_items_sit_below_unnumbered_title_case_headings():
    text = (
        "Riverside Primary PTA\n\nWelcome and Introductions\n"
        "The chair opened the meeting at seven and thanked the parents who came along tonight.\n\n"
        "Budget Update\n"
        "The treasurer reported that the summer fair raised more money than last year in total.\n\n"
        "Committee Reports\na. Library\nNew shelving was fitted over the half-term holiday by volunteers.\n"
        "b. Uniform Shop\nSecond-hand sales were steady through the autumn term this year.\n\n"
        "Any Other Business\nThe chair asked for help with the disco in December of this year.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["u1", "u2", "u3", "u3.a", "u3.b", "u4"]
    assert {i.id: i.parent for i in items}["u3.b"] == "u3"


def test_confirmed_title_case_heading_over_a_wrapped_paragraph_is_an_item():
    text = (
        "Welcome and Introductions\n"
        "The chair opened the meeting at seven and thanked the parents who came along tonight.\n\n"
        "Budget Update\n"
        "The treasurer reported that the summer fair raised more money than last year in total.\n\n"
        "Open Forum\n"
        "A parent asked about the new crossing on Mill Lane.\n\n"
        "Minutes Approval\nThe minutes of the June meeting were posted on\nthe website and agreed.\n"
    )
    assert [i.title for i in segment_items(text)] == [
        "Welcome and Introductions",
        "Budget Update",
        "Open Forum",
        "Minutes Approval",
    ]


def test_title_case_heading_may_name_its_topic_after_a_colon():
    text = (
        "Welcome and Apologies\nThe chair welcomed everyone and noted apologies from two members today.\n\n"
        "Fundraising: Summer Quiz Night\nThe quiz raised four hundred pounds for the hospice this year.\n"
    )
    assert [i.title for i in segment_items(text)] == [
        "Welcome and Apologies",
        "Fundraising: Summer Quiz Night",
    ]


def test_committee_minute_numbers_with_letters_between_number_and_year():
    text = (
        "MIN. 04/FIN/2023: PRELIMINARIES\nThe sitting opened with a prayer.\n\n"
        "MIN. 05/FIN/2023: BUDGET ESTIMATES\n(i) Recurrent expenditure\nNoted.\n(ii) Development expenditure\n"
        "Noted.\nMin. 03/FIN/2023 (Pending bills): The officer reported progress.\n\n"
        "MIN. 06/FIN/2023: ADJOURNMENT\nThe sitting rose at noon.\n"
    )
    assert ids(text) == ["04/FIN/2023", "05/FIN/2023", "05/FIN/2023.i", "05/FIN/2023.ii", "06/FIN/2023"]


def test_numbered_attendance_entries_with_a_title_and_a_dash_are_not_items():
    text = (
        "PRESENT\n1.\tHon. Jane Achieng, MCA - Chairperson\n2. Ms. Ruth Mwangi - Fiscal Analyst\n\n"
        "MIN. 04/FIN/2023: PRELIMINARIES\nThe sitting opened with a prayer.\n\n"
        "MIN. 05/FIN/2023: ADJOURNMENT\nThe sitting rose at noon.\n"
    )
    assert ids(text) == ["04/FIN/2023", "05/FIN/2023"]


def test_bare_numbers_run_on_over_one_missing_heading():
    text = (
        "1\tWelcome\nThe chair opened the meeting.\n\n2\tApologies\nNone were received.\n\n"
        "There were no declarations.\n\n4\tMinutes\nConfirmed.\n\n5\tPetitions\nNone.\n\n6\tNext Meeting\nIn May.\n"
    )
    assert ids(text) == ["1", "2", "4", "5", "6"]


def test_a_count_two_above_the_last_bare_number_is_no_item_without_a_next_one():
    text = "1\tWelcome\nHello.\n\n2\tApologies\nNone.\n\n4 Members Attended\nThe rest were away.\n"
    assert ids(text) == ["1", "2"]


def test_tab_numbered_titles_count_words_without_a_dated_meeting_or_paper_reference():
    text = (
        "1\tWelcome and apologies\nThe chair opened.\n"
        "2\tMinutes of the meeting held on 4th October 2021 and matters arising (Paper A)\nAgreed.\n"
        "3\tBudget report (Paper B)\nNoted.\n4\tAny other business\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3", "4"]


def test_bare_numbering_may_start_at_one_when_two_is_lost():
    text = "1 Welcome\nHello.\nMinutes\nAgreed.\n3 Budget report\nNoted.\n4 Any other business\nNone.\n"
    assert ids(text) == ["1", "3", "4"]


def test_capital_letters_below_upper_case_roman_headings_are_their_sub_items():
    text = (
        "I. Call to Order\nOpened at 5pm.\nII. Reports\nA. Treasurer Report\nNoted.\n"
        "B. Safety Report\nNoted.\nIII. New Business\nA. Roof Repairs\nApproved.\nIV. Adjournment\nClosed.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["i", "ii", "ii.a", "ii.b", "iii", "iii.a", "iv"]
    assert {i.id: i.parent for i in items}["iii.a"] == "iii"


def test_reference_headings_below_a_numbered_item_are_its_sub_items():
    text = (
        "1. Opening\nOpened.\n2. Review of applications\nThe panel met.\n"
        "Application 2024A-003: Coastal erosion survey\nGraded.\n"
        "Application 2024A-010: Bat roost monitoring\nGraded.\n3. Close\nClosed.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["1", "2", "2.2024a-003", "2.2024a-010", "3"]
    assert items[2].number == "Application 2024A-003" and items[2].parent == "2"


def test_a_lone_numbered_line_among_unnumbered_headings_is_a_list_entry():
    text = (
        "## Background\nSome context here.\n\n## Outcomes\n\n1. The cache stays off for full builds in release 2.1.\n"
        "2. Linting becomes the default in 2.1, once\nRFC 12 is amended.\n\n## Action items\n- none\n"
    )
    assert ids(text) == ["u1", "u2", "u3"]


def test_agenda_entries_repeated_by_later_section_headings_are_a_plan_and_stay_below_it():
    text = (
        "# Sync\n\n## Agenda:\n\n### Breakout A (East) - 2023-06-05\n- Web thing\n\n"
        "### Plenary - 2023-06-07\n- Wrap-up\n\n## Breakout A\nPresent: Ann\n\nWe discussed the web thing.\n"
    )
    items = segment_items(text)
    assert [(i.title, i.level, i.parent) for i in items] == [
        ("Agenda:", 1, None),
        ("Breakout A (East) - 2023-06-05", 2, "u1"),
        ("Plenary - 2023-06-07", 2, "u1"),
        ("Breakout A", 1, None),
    ]


def test_sole_shallowest_first_heading_and_dated_heading_are_the_title_block():
    text = (
        "## Widget group face-to-face\n##### 01 February 2018\n\nPresent: Ann, Bo\n\n"
        "### Budget\nAgreed.\n\n### Hiring\nTwo offers out.\n"
    )
    assert [(i.title, i.level, i.parent) for i in segment_items(text)] == [
        ("Budget", 1, None),
        ("Hiring", 1, None),
    ]


def test_first_headings_with_siblings_at_their_depth_are_sections_not_a_title():
    text = "## Day one\n\n### Budget\nAgreed.\n\n## Day two\n\n### Hiring\nTwo offers out.\n"
    assert [(i.title, i.parent) for i in segment_items(text)] == [
        ("Day one", None),
        ("Budget", "u1"),
        ("Day two", None),
        ("Hiring", "u3"),
    ]


def test_header_labels_set_as_headings_are_no_items():
    text = (
        "#### Topics:\n- budget\n\n#### Topic: Budget\nAgreed.\n\n#### Scribe: Dan\n#### Chair: Peter\n\n"
        "#### Topic: Hiring\nTwo offers out.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Budget", "Hiring"]


def test_scribe_topic_labels_in_emphasis_open_topics_and_subtopics_nest_below():
    text = (
        "Attendees: Ann, Bo\n\n*Topic*: Planning\nWe met.\n\n*Topic*: Reviews\nSome.\n\n"
        "*Subtopic*: Web widgets\nFine.\n\n*Subtopic*: Sockets\nLater.\n\n**Topic:** Wrap-up\nDone.\n"
    )
    assert [(i.title, i.level, i.parent) for i in segment_items(text)] == [
        ("Planning", 1, None),
        ("Reviews", 1, None),
        ("Web widgets", 2, "u2"),
        ("Sockets", 2, "u2"),
        ("Wrap-up", 1, None),
    ]


def test_bold_scribe_topic_line_is_read_without_its_marks():
    text = "Attendees: Ann\n\n**Topic: Widgets**\nFine.\n\n**Topic: Sockets**\nLater.\n"
    assert [i.title for i in segment_items(text)] == ["Widgets", "Sockets"]


def test_heading_with_a_linked_date_before_the_items_is_a_section_not_the_title_block():
    text = "## Plan\n\n### Breakout A - [2020-08-10](https://example.org/t)\n- widgets\n\n## Notes\nx.\n"
    assert [i.title for i in segment_items(text)][:2] == [
        "Plan",
        "Breakout A - [2020-08-10](https://example.org/t)",
    ]


def test_postcode_broken_across_lines_stays_in_the_title():
    text = (
        "1. Apologies\nNone.\n\n2. Application for a premises licence: The Lamp, 4 Mill Road, SE15\n"
        "6RT\nThe officer introduced the report.\n"
    )
    items = segment_items(text)
    assert items[1].title == "Application for a premises licence: The Lamp, 4 Mill Road, SE15 6RT"


def test_lettered_hours_broken_at_a_range_are_no_items():
    text = (
        "1. Decision\nRESOLVED: that the licence be granted for the following hours.\n"
        "(a) Sale of alcohol: 11:00 to 23:00 on Friday and Saturday and 11:00\nto 22:00 on other days.\n"
        "(b) Late night refreshment: until 23:30 on every day.\n\n2. Next meeting\nTo be arranged.\n"
    )
    assert [item.id for item in segment_items(text)] == ["1", "2"]


def test_garbled_repeat_of_a_bracketed_note_is_dropped_from_a_title_above_its_number():
    text = (
        "1. Changes\nTwo changes were reviewed.\n"
        "CHG100 – Patch the mail relay (Mail Services) (Mial Services)\n1.1\nApproved for Friday.\n"
    )
    assert segment_items(text)[1].title == "CHG100 – Patch the mail relay (Mail Services)"


def test_minute_number_over_a_date_after_min_is_a_serial_heading():
    text = (
        "MIN 01/05/2024: OPENING AND PRELIMINARIES\nThe meeting opened.\n"
        "MIN 02/05/2024: CONFIRMATION OF MINUTES\nConfirmed, see MIN 06/02/2024.\n"
        "MIN 03/05/2024: MATTERS ARISING\ni. Registration renewal\nDone.\nii. Vehicle repair\nPending.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == [
        "01/05/2024",
        "02/05/2024",
        "03/05/2024",
        "03/05/2024.i",
        "03/05/2024.ii",
    ]
    assert items[0].title == "OPENING AND PRELIMINARIES"
    assert items[-1].parent == "03/05/2024"


def test_a_date_without_the_min_word_is_not_a_minute_number():
    text = "12/05/2024 Site visit\nWe met at the depot.\n14/05/2024 Second visit\nAgain.\n"
    assert not any("/" in i for i in ids(text))


def test_agenda_list_before_minute_headings_is_not_items():
    text = (
        "AGENDA\n1. Opening prayer\n2. Previous minutes\n3. Any other business\n"
        "MIN 01/03/2023: OPENING PRAYER\nA prayer was said.\n"
        "MIN 02/03/2023: PREVIOUS MINUTES\nConfirmed.\n"
        "MIN 03/03/2023: ANY OTHER BUSINESS\nNone.\n"
    )
    assert ids(text) == ["01/03/2023", "02/03/2023", "03/03/2023"]


def test_numbered_agenda_stays_items_without_minute_headings_after_it():
    text = "AGENDA\n1. Welcome\nHello all.\n2. Finance\nThe budget was agreed.\n3. AOB\nNone.\n"
    assert ids(text) == ["1", "2", "3"]


def test_committee_letters_with_a_stop_and_number_head_minutes_in_a_series():
    text = (
        "HCS.23 APOLOGIES FOR ABSENCE\nNone.\n"
        "HCS.24 MINUTES\nFurther to minute HCS.19, the officer reported back.\n"
        "HCS.19 was noted.\n"
        "HCS.25 WORK PROGRAMME\nAgreed.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["HCS.23", "HCS.24", "HCS.25"]
    assert items[1].title == "MINUTES"


def test_committee_letters_with_a_slash_and_number_head_minutes_in_a_series():
    text = (
        "PLN/1  APOLOGIES FOR ABSENCE\nNone.\n"
        "PLN/2  MINUTES\nAgreed.\n"
        "PLN/3  LOCAL PLAN REVIEW – CONSULTATION RESPONSES RECEIVED FROM RESIDENTS AND STATUTORY BODIES\nNoted.\n"
        "PLN/4  DATE OF NEXT MEETING\n5 June.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["PLN/1", "PLN/2", "PLN/3", "PLN/4"]
    assert [i.number for i in items][:2] == ["PLN/1", "PLN/2"]
    assert items[0].title == "APOLOGIES FOR ABSENCE"


def test_lone_letters_with_a_slash_and_number_are_not_a_minute_heading():
    text = (
        "1. Welcome\nHello.\n2. Plans\nCOVID/19 RECOVERY is on track.\nAB/2 SITE was sold.\n3. AOB\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_lone_letters_with_a_stop_and_number_are_not_a_minute_heading():
    text = "1. Welcome\nHello.\n2. Plans\nNO.1 PRIORITY is the depot roof.\nABC.2 Rollout went well.\n3. AOB\nNone.\n"
    assert ids(text) == ["1", "2", "3"]


def test_item_heading_with_a_long_bracketed_note_keeps_its_number():
    text = (
        "Item 1: Confirmation of the Minutes\nThe minutes were confirmed.\n"
        "Item 2: Traffic at the Roundabout (Paper No. TTC 22/2023 submitted by Mr CHAN Ka-wing of the"
        " Eastern constituency)\nThe paper was noted.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["1", "2"]
    assert items[-1].title.startswith("Traffic at the Roundabout (Paper No.")


def test_item_heading_with_a_long_unbracketed_title_is_still_prose():
    text = (
        "Item 1: Welcome\nHello.\n"
        "Item 2: the members then discussed at some length whether the proposed changes to the bus"
        " routes would help residents at all\nNoted.\n"
    )
    assert ids(text) == ["1"]


def test_attendance_sections_after_the_present_section_are_not_items():
    text = (
        "# Team call 2025-01-15\n\n## Present\n- Ann Lee (@ann)\n- Bo Chan (@bo)\n\n## Absent\n- Cy Dorn (@cy)\n\n"
        "## Guests\n- Di Eve (@di), packaging team\n\n## Agenda\n- Budget\n\n## Notes\n\n### Budget\n"
        "- The budget was agreed after a long discussion.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Agenda", "Notes", "Budget"]


def test_a_topic_heading_naming_members_after_the_contents_is_an_item():
    text = (
        "## Working group\n### May 4 2015\n\n### Contents\n\n* Intros from new members\n* Budget\n\n"
        "### Intros from new members\n\nAnn: glad to be here.\n\n### Budget\n\nBo: fine.\n"
    )
    assert [i.title for i in segment_items(text)][:2] == ["Intros from new members", "Budget"]


def test_an_organisation_line_over_a_hyphenated_month_date_is_the_title_block():
    text = (
        "Acme Castings Ltd\nSystems Board – Minutes\n\nDate: 04-Oct-2023 | Time: 13:30\nAttendees: Ann Lee, Bo Chan\n\n"
        "Welcome and previous minutes\nThe minutes of the last board were approved as a true record.\n\n"
        "Programme status\nOverall status: Amber\nThe build is late by two weeks against the plan.\n\n"
        "Highlights\nThe first data load went well and most records loaded cleanly.\n\n"
        "Key risks\nThe risk register was reviewed and three risks are above tolerance.\n\n"
        "Budget\nSpend to date is on plan and the contingency is still intact.\n\n"
        "Decisions required\nThe board approved moving the test start by two weeks.\n"
    )
    titles = [i.title for i in segment_items(text)]
    assert titles == [
        "Welcome and previous minutes",
        "Programme status",
        "Highlights",
        "Key risks",
        "Budget",
        "Decisions required",
    ]


def test_one_word_headings_leave_sentence_case_headings_possible():
    text = (
        "Welcome and apologies\nThe chair welcomed everyone and noted two apologies.\n\n"
        "Highlights\nThe first data load went well and most records loaded cleanly.\n\n"
        "Key risks\nThe risk register was reviewed and three risks are above tolerance.\n\n"
        "Budget\nSpend to date is on plan and the contingency is still intact.\n\n"
        "Decisions required\nThe board approved moving the test start by two weeks.\n"
    )
    assert [i.title for i in segment_items(text)] == [
        "Welcome and apologies",
        "Highlights",
        "Key risks",
        "Budget",
        "Decisions required",
    ]


def test_numbered_owner_actions_inside_an_item_are_not_sub_items():
    text = (
        "Item 1: Welcome\nAll were welcomed.\nItem 2: Falls report\nFalls fell by a tenth.\n"
        "2.1 CN to bring a re-audit of blood pressure checks\n2.2 HoPE/COO to agree a standard\n"
        "Item 3: Any other business\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_numbered_sub_items_with_titles_are_kept():
    text = "Item 1: Finance\nText.\n1.1 Budget to date\nText.\n1.2 Audit plan\nText.\n"
    assert ids(text) == ["1", "1.1", "1.2"]


def test_an_item_number_with_a_colon_below_its_title_line_is_one_heading():
    text = "Item 2: Minutes\nApproved.\n\nMortality report for the quarter\nItem 3:\nPresented by: the MD.\n"
    items = segment_items(text)
    assert [(i.id, i.title) for i in items][-1] == ("3", "Mortality report for the quarter")


WRAPPED_NOTES = (
    "Welcome and apologies\n"
    "The chair welcomed everyone to the meeting and noted two apologies.\n\n"
    "Review of the plan\n"
    "The group walked through the delivery plan line by line and agreed it.\n\n"
    "Budget position\n"
    "Spend to date is within the approved envelope for the year so far.\n\n"
    "Any other business\n"
    "The secretary raised the date of the open day; the group agreed it\n"
    "should wait for the survey results.\n"
)


def test_sentence_case_heading_over_a_wrapped_paragraph_is_an_item():
    assert [i.title for i in segment_items(WRAPPED_NOTES)] == [
        "Welcome and apologies",
        "Review of the plan",
        "Budget position",
        "Any other business",
    ]


def test_sentence_case_line_over_a_short_unwrapped_line_is_not_confirmed_by_wrapping():
    text = WRAPPED_NOTES.replace(
        "The secretary raised the date of the open day; the group agreed it\nshould wait for the survey results.\n",
        "Chair and secretary\n",
    )
    assert "Any other business" not in [i.title for i in segment_items(text)]


def test_minute_word_before_a_plain_number_marks_an_item():
    text = (
        "Minute 1 – Welcome and apologies\nThe Chair welcomed members.\n"
        "Minute 2 – Reports\nThe paper was noted.\n(a) Undergraduate courses\nFine.\n"
        "(b) Research degrees\nAlso fine.\nMinute 3 – Next meeting\nIn March.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["1", "2", "2.a", "2.b", "3"]
    assert items[0].number == "Minute 1" and items[0].title == "Welcome and apologies"


def test_minute_word_before_a_serial_number_stays_a_serial_heading():
    assert ids("Minute 12/24 Apologies\nNone.\nMinute 13/24 Finance\nNoted.\n") == ["12/24", "13/24"]


def test_short_heading_wrapped_mid_phrase_by_a_column_keeps_its_rest():
    text = (
        "1. Welcome\nThe chair opened the meeting.\n2. Budget and\nspending review\n"
        "The treasurer presented the figures for the quarter in detail.\n3. Close\nEnded.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Welcome", "Budget and spending review", "Close"]


def test_numbered_sentence_running_on_is_not_taken_for_a_wrapped_heading():
    text = (
        "1. Questions\nMembers asked:\n2. Why are the repairs to the\nlibrary roof still not finished, as promised?\n"
        "3. Close\nEnded.\n"
    )
    assert ids(text) == ["1", "3"]


def test_titles_cut_by_a_narrow_column_join_where_other_headings_wrap_mid_phrase():
    text = (
        "1. Minutes and\naction log\nAgreed as a true record of the meeting.\n"
        "2. Neighbourhood\nPolicing and ASB\nThe paper was presented by the chief inspector today.\n"
        "3. Contact\nManagement: 999 and\n101 performance\nThe answer times were reported to the board.\n"
    )
    titles = [i.title for i in segment_items(text)]
    assert titles == [
        "Minutes and action log",
        "Neighbourhood Policing and ASB",
        "Contact Management: 999 and 101 performance",
    ]


def test_short_line_below_a_one_word_title_stays_apart_without_wrapped_headings():
    text = (
        "1. Finance\nBudget monitoring\nThe treasurer presented the figures for the quarter.\n"
        "2. Correspondence\nLetter from the council\nIt was noted by the members present.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Finance", "Correspondence"]


def test_number_alone_on_its_line_over_a_short_line_is_read_without_error():
    text = "1. Budget and\nspending\nNoted by all members.\n2.\nShort line\nThe members agreed the plan.\n"
    assert ids(text)[0] == "1"


PARAGRAPH_MINUTES = (
    "Minutes of the Board held on 3 May 2023\n\nOPENING BUSINESS\n\n"
    "1. Welcome: The Chair welcomed members to the meeting.\n\n"
    "2. Declarations of interest: None.\n\n"
    "3. Minutes: The minutes of the last meeting were approved.\n\n"
    "ITEMS FOR DECISION\n\n"
    "4. Staff survey: The Board received the results of the survey and noted the response rate.\n\n"
    "5. The Board noted that the survey would be repeated next spring.\n\n"
    "6. Estates plan: The Board approved the revised plan for the west wing.\n\n"
    "7. Date of next meeting: 12 July 2023.\n"
)


def test_paragraphs_numbered_through_the_minutes_are_items_under_flat_sections():
    items = segment_items(PARAGRAPH_MINUTES)
    assert [i.id for i in items] == ["u1", "1", "2", "3", "u2", "4", "5", "6", "7"]
    assert all(i.level == 1 and i.parent is None for i in items)


def test_numbered_paragraph_is_titled_by_the_phrase_before_its_colon():
    titles = {i.id: i.title for i in segment_items(PARAGRAPH_MINUTES)}
    assert titles["4"] == "Staff survey"
    assert titles["2"] == "Declarations of interest"
    assert titles["5"] is None  # opens with prose: untitled


def test_numbered_paragraphs_that_restart_are_a_list_not_the_numbering():
    text = PARAGRAPH_MINUTES.replace("4. Staff survey", "1. Staff survey")
    assert [i.id for i in segment_items(text) if i.number] == []


def test_answer_line_after_a_question_is_not_a_lettered_item():
    text = (
        "4. Hospital waiting times\n"
        "The Chair invited questions.\n"
        "Q. Cllr Smith: How many patients waited more than four\n"
        "hours in December?\n"
        "A. Chief Executive: 312 patients waited more than four hours.\n"
        "Q. Cllr Jones: Why?\n"
        "A. Chief Executive: Beds were full.\n"
        "5. Date of next meeting\n"
    )
    assert ids(text) == ["4", "5"]


def test_lettered_item_a_without_a_question_above_stays_an_item():
    text = "3. Reports\nA. Finance report\nThe report was noted.\nB. Audit report\nNoted.\n4. AOB\nNone.\n"
    assert ids(text) == ["3", "3.a", "3.b", "4"]


AGENDA_THEN_NOTES = (
    "# Board call\n\n## Agenda\n1. Hosting costs (10 min)\n2. Release plan (20 min)\n3. AOB (5 min)\n\n"
    "Add topics to the thread.\n\n## Notes\n\n### 1. Hosting costs\n- Approved.\n"
    "### 2. Release plan\n- Slips a week.\n### 3. AOB\n- None.\n\n## Action items\n- Kim to pay.\n"
)


def test_numbered_headings_win_over_an_agenda_list_that_announces_them():
    items = segment_items(AGENDA_THEN_NOTES)
    assert [(i.id, i.title) for i in items if i.number] == [
        ("1", "Hosting costs"),
        ("2", "Release plan"),
        ("3", "AOB"),
    ]


def test_agenda_heading_over_an_announcing_list_stays_an_unnumbered_item():
    items = segment_items(AGENDA_THEN_NOTES)
    assert [(i.id, i.title) for i in items if not i.number] == [("u1", "Agenda"), ("u2", "Action items")]
    agenda = items[0]
    assert "Hosting costs (10 min)" in AGENDA_THEN_NOTES[agenda.start : agenda.end]


def test_heading_right_over_the_first_numbered_heading_is_no_item():
    assert "Notes" not in [i.title for i in segment_items(AGENDA_THEN_NOTES)]


def test_numbered_list_whose_titles_later_headings_do_not_repeat_stays_the_items():
    text = (
        "## Agenda\n1. Hosting costs\n2. Release plan\n3. AOB\n\n## Notes\n\n"
        "### 1. Welcome\n- Hi.\n### 2. Minutes\n- Agreed.\n"
    )
    titles = [i.title for i in segment_items(text) if i.number]
    assert titles[:3] == ["Hosting costs", "Release plan", "AOB"]


def test_minute_no_headings_carrying_on_from_earlier_meetings_are_items():
    text = (
        "Minute No. 57 – Apologies\nNone were received.\n\n"
        "Minute No. 58 – Parking review\nMembers noted the report (see Minute No. 41).\n\n"
        "Minute No. 59 – Date of next meeting\n4 June.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("57", "Apologies"),
        ("58", "Parking review"),
        ("59", "Date of next meeting"),
    ]


def test_abbreviated_min_no_headings_with_upper_case_titles_are_items():
    text = (
        "Min. No. 12  APOLOGIES\nNone were received.\n\n"
        "Min. No. 13  LIBRARY OPENING HOURS\nMembers noted the report.\n"
        "Min. No. 9 (March 2021) – the survey results had been circulated and the action was closed.\n\n"
        "Min. No. 14  DATE OF NEXT MEETING\n4 June.\n"
    )
    items = segment_items(text)
    assert [(i.number, i.title) for i in items] == [
        ("Min. No. 12", "APOLOGIES"),
        ("Min. No. 13", "LIBRARY OPENING HOURS"),
        ("Min. No. 14", "DATE OF NEXT MEETING"),
    ]


def test_a_bare_min_before_a_number_is_no_minute_heading():
    assert ids("Min 5 Members present\nThe quorum was met.\n") == []


def test_a_lone_high_minute_reference_is_not_an_item():
    text = "Minute 87 – see the earlier report.\nThe chair thanked members.\n"
    assert ids(text) == []


def test_tab_separated_table_rows_head_items_with_the_title_cell_only():
    text = (
        "No.\tItem\tDiscussion\tAction\tOwner\n"
        "1\tOpening\tThe chair opened the meeting.\t\t\n"
        "2\tBudget\tThe forecast was noted.\tKim to revise the plan.\tKim\n"
        "2.1\tCapital spend\tThe bid was approved.\t\t\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent) for i in items] == [
        ("1", "Opening", None),
        ("2", "Budget", None),
        ("2.1", "Capital spend", "2"),
    ]
    assert text[items[1].start :].startswith("2\tBudget\t")


def test_a_tab_row_whose_second_cell_is_a_sentence_is_not_a_heading():
    text = "Ref\tNote\n3\tThe forecast was noted by all members present.\tDone\n"
    assert ids(text) == []


@pytest.mark.parametrize("tag", ["(For decision)", "(for information)", "(For noting)", "(To note)"])
def test_paper_status_tags_are_left_out_of_item_titles(tag):
    text = f"1. Welcome {tag}\nHello.\n2. Finance report {tag}\nFine.\n"
    assert [i.title for i in segment_items(text)] == ["Welcome", "Finance report"]


def test_a_bracket_that_is_not_a_status_stays_in_the_title():
    text = "1. Welcome\nHello.\n2. Finance report (draft)\nFine.\n"
    assert segment_items(text)[1].title == "Finance report (draft)"


def test_a_closing_section_set_in_bold_after_scribe_topics_is_an_item():
    text = (
        "**Topic: Release plan**\n[10:01] @ana: we ship Friday\n\n"
        "**Topic: Budget**\n[10:05] @bo: fine\n\n"
        "**Action items**\n- [ ] @ana: tag the release\n"
    )
    assert [i.title for i in segment_items(text)] == ["Release plan", "Budget", "Action items"]


RST_MINUTES = (
    "Harbour Club Committee: 3 March 2025\n"
    "====================================\n\n"
    ":Date: 2025-03-03\n\n"
    "Attendees\n---------\n\n* Ann Lee\n* Bo Chan\n\n"
    "Agenda\n------\n\n#. Moorings\n#. Dredging\n\n"
    "Notes\n-----\n\n"
    "Moorings (`#12 <https://example.org/issues/12>`_)\n"
    "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
    "* Fees rise in April.\n\n"
    "Dredging\n~~~~~~~~\n\n* The contractor starts in May.\n\n"
    "Action items\n------------\n\n* Ann to write to members.\n"
)


def test_restructuredtext_underlines_give_section_depths_and_are_no_titles():
    items = segment_items(RST_MINUTES)
    got = [(i.id, i.title, i.level, i.parent) for i in items]
    assert got == [
        ("u1", "Agenda", 1, None),
        ("u2", "Notes", 1, None),
        ("u3", "Moorings (`#12 <https://example.org/issues/12>`_)", 2, "u2"),
        ("u4", "Dredging", 2, "u2"),
        ("u5", "Action items", 1, None),
    ]


def test_later_top_level_underlined_headings_are_topics_not_the_document_title():
    text = "Budget\n======\nWe agreed the budget.\n\nRoads\n=====\nThe road is closed.\n"
    assert [i.title for i in segment_items(text)] == ["Roads"]


def test_page_references_are_left_out_of_item_titles():
    text = (
        "FIN 12/25 Minutes of the Previous Meeting (Pages 7 - 18)\nThe minutes were agreed.\n"
        "FIN 13/25 Work Programme (Page 19)\nThe programme was noted.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Minutes of the Previous Meeting", "Work Programme"]


def test_heading_broken_inside_a_reference_keeps_its_wrapped_rest():
    text = (
        "FIN 14/25 Call-in of Cabinet Decision CAB\n"
        "88/25: Sale of the Old Depot, Mill\n"
        "Lane (Pages 20 - 41)\n"
        "The Board considered the call-in.\n"
        "FIN 15/25 Date of Next Meeting\nIn May.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["FIN 14/25", "FIN 15/25"]
    assert items[0].title == "Call-in of Cabinet Decision CAB 88/25: Sale of the Old Depot, Mill Lane"


def test_running_paragraph_numbers_below_titled_items_are_not_sub_items():
    text = (
        "Item 1 – Welcome\n"
        "1.1 The Chair welcomed members and thanked the officers for the papers circulated in advance.\n"
        "1.2 There were no apologies.\n"
        "Item 2 – Performance\n"
        "2.1 The Director reported that response times had improved in every district over the quarter.\n"
        "2.2 Figures for June:\n"
        "2.3 The Chair asked whether the rural figures would be reported separately from now on.\n"
        "2.4 The Director confirmed that they would be reported separately from the next quarter on.\n"
        "2.5 The next meeting will be held on\n"
        "Thursday 4 September.\n"
    )
    assert ids(text) == ["1", "2"]


def test_running_paragraph_numbers_wrapped_at_the_page_width_are_not_sub_items():
    text = (
        "1. Opening of the meeting\n\n"
        "1.1 The Chair opened the session and noted that the caretaker had kindly set out the\n"
        "chairs in the main hall before the start.\n\n"
        "2. Library services\n\n"
        "2.1 The librarian said that lending figures for the spring had risen by eleven per cent\n"
        "compared with the autumn, mainly among children under twelve.\n\n"
        "2.2 Members asked whether the mobile library would keep visiting the outlying hamlets\n"
        "during the summer holidays.\n\n"
        "2.3 The librarian replied that the van would need a new clutch before it could go out\n"
        "again, and that a quote was awaited.\n\n"
        "3. Close\n\n"
        "3.1 The treasurer confirmed that the repair could be paid for from the contingency fund if\n"
        "members agreed at the next meeting.\n\n"
        "3.2 There was no other business.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_long_numbered_sub_headings_over_their_own_paragraphs_stay_sub_items():
    text = (
        "1. Finance\n"
        "1.1 Quarterly budget monitoring report for the finance committee\n"
        "The treasurer presented the report and members noted it without comment.\n"
        "1.2 Annual audit of the accounts and the external auditor's letter\n"
        "The letter was noted and the auditor was thanked for the work.\n"
        "1.3 General reserves and earmarked funds held for the buildings\n"
        "No change was proposed to the reserves this year.\n"
        "1.4 Grant applications submitted to the county fund in spring\n"
        "Two applications were made and both are awaiting a decision.\n"
        "1.5 Staffing costs and the pay award for the coming financial year\n"
        "The pay award was noted.\n"
    )
    assert ids(text) == ["1", "1.1", "1.2", "1.3", "1.4", "1.5"]


def test_short_numbered_sub_headings_among_few_paragraphs_stay_sub_items():
    text = (
        "Item 1 – Finance\n1.1 Budget\nThe budget was agreed.\n1.2 Audit\nThe audit was noted.\n"
        "1.3 Reserves\nNo change.\n1.4 Grants\nTwo grants.\n1.5 Staffing\nTwo posts.\n"
    )
    assert ids(text) == ["1", "1.1", "1.2", "1.3", "1.4", "1.5"]


def test_paper_reference_repeating_the_minute_number_is_no_part_of_the_title():
    text = (
        "AB/24/10 Welcome\nThe Chair opened the meeting.\n\n"
        "AB/24/11 Annual report on fees (Paper AB/24/11)\nThe paper was noted.\n\n"
        "AB/24/12 Estates strategy (Paper C)\nThe strategy was approved.\n"
    )
    titles = [i.title for i in segment_items(text)]
    assert titles == ["Welcome", "Annual report on fees", "Estates strategy (Paper C)"]


def test_bold_title_lines_standing_alone_are_headings_where_nothing_is_numbered():
    text = (
        "**Parish Forum**\n\n**Date:** Monday 3rd June 2024\n\n**Attendees:** Ann Lee; Bo Chan\n\n"
        "**Welcome and Introductions**\n\nThe Chair welcomed everyone and thanked the hosts for the room.\n\n"
        "**Decision:** the notes were agreed.\n\n"
        "**Footpath Repairs**\n\nThe clerk said the repairs to the footpath by the school would start in July.\n\n"
        "1. the first stretch would be done in July;\n2. the second in August.\n\n"
        "**The work will be paid for from reserves.**\n\n"
        "**Any Other Business**\n\nThere was no other business and the meeting closed at eight.\n"
    )
    items = segment_items(text)
    assert [i.title for i in items] == ["Welcome and Introductions", "Footpath Repairs", "Any Other Business"]


def test_bold_title_lines_in_a_numbered_document_stay_emphasis():
    text = (
        "1. Welcome\nThe Chair opened the meeting and welcomed the two new members.\n\n"
        "**Street Lighting**\n\nThe lights on the green were repaired in March as planned.\n\n"
        "2. Finance\nThe accounts were approved.\n\n**Grant Funding**\n\nTwo grants were awarded.\n"
    )
    assert ids(text) == ["1", "2"]


def test_numbered_agenda_list_announcing_unnumbered_topic_headings_is_the_agenda_item():
    text = (
        "# Steering meeting\n\n## Agenda\n\n1. [Release plan](https://example.org/issues/4)\n"
        "2. Budget for hosting (#7)\n3. AOB\n\n## Notes\n\n### Release plan (#4)\n\n- Agreed to tag on Friday.\n\n"
        "### Budget for hosting (#7)\n\n- Deferred.\n\n### AOB\n\n- None.\n\n## Decisions\n\n- Tag on Friday.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent) for i in items] == [
        ("u1", "Agenda", None),
        ("u2", "Notes", None),
        ("u3", "Release plan (#4)", "u2"),
        ("u4", "Budget for hosting (#7)", "u2"),
        ("u5", "AOB", "u2"),
        ("u6", "Decisions", None),
    ]


def test_numbered_list_repeating_no_later_heading_keeps_its_items():
    text = "## Agenda\n\n1. Budget\n2. Hosting\n3. AOB\n\n## Notes\n\n### Something else\n\n- Text.\n"
    assert [i.id for i in segment_items(text) if i.number] == ["1", "2", "3"]


def test_item_word_with_a_decimal_number_is_a_sub_item():
    text = (
        "Item 1 Patient Safety\n\nItem 1.1 Adverse Events Report\nThe report was noted.\n"
        "Item 1.2 Falls Audit\nThe audit was noted.\nItem 2 Any Other Business\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.number, i.parent) for i in items] == [
        ("1", "Item 1", None),
        ("1.1", "Item 1.1", "1"),
        ("1.2", "Item 1.2", "1"),
        ("2", "Item 2", None),
    ]


def test_heading_broken_inside_its_date_keeps_the_month_and_year():
    text = (
        "Item 1 Welcome\nThe Chair opened the meeting.\n\nItem 2 Minutes of the meeting held on 14\n"
        "March 2024 (Paper 24/10)\nThe minutes were approved.\n\nItem 3 Close\nNone.\n"
    )
    assert segment_items(text)[1].title == "Minutes of the meeting held on 14 March 2024 (Paper 24/10)"


def test_long_heading_stopping_on_a_function_word_goes_on_below_in_capitals():
    text = (
        "1. Welcome\nThe Chair opened the meeting.\n\n2. Inspection of the Community Hospital Safe Care of\n"
        "Older People: Ward Findings (Paper 7)\nThe findings were noted.\n\n3. Close\nNone.\n"
    )
    title = segment_items(text)[1].title
    assert title == "Inspection of the Community Hospital Safe Care of Older People: Ward Findings (Paper 7)"


def test_starred_minutes_keep_their_number_without_the_star():
    text = (
        "21/22-04 Welcome\nThe Chair opened the meeting.\n\n"
        "SECTION C: ITEMS FOR INFORMATION (starred)\nStarred items were received without discussion.\n\n"
        "*21/22-05 Library report (FB 21/22-02)\nReceived.\n\n21/22-06 Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.number) for i in items] == [
        ("21/22-04", "21/22-04"),
        ("u1", None),
        ("21/22-05", "21/22-05"),
        ("21/22-06", "21/22-06"),
    ]
    assert items[1].title == "SECTION C: ITEMS FOR INFORMATION (starred)"


def test_markdown_title_over_the_meeting_day_heading_is_no_item():
    text = (
        "## Working Group Call\n##### 12 March 2019\n\nPresent: Ann, Bo\n\n"
        "## Triage\n\nAnn: looked at three issues.\n\n## Releases\n\nBo: nothing new.\n\n"
        "# Lunch\n\n## Afternoon review\n\nAnn: done.\n"
    )
    assert [i.title for i in segment_items(text)][:2] == ["Triage", "Releases"]


def test_number_alone_on_its_line_heads_the_title_below_it():
    text = (
        "Board minutes\n\nItem\nNotes\n1.\nWelcome and apologies\nThe chair opened the meeting.\n"
        "2.\nBudget\n2.1\nCapital programme review\nSpending is on plan.\n"
        "Actions\nREF 24/01-01 Draft the capital plan for the spring\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent) for i in items] == [
        ("1", "Welcome and apologies", None),
        ("2", "Budget", None),
        ("2.1", "Capital programme review", "2"),
    ]


def test_number_alone_before_a_sentence_is_no_heading():
    text = "The totals were agreed and\n23.\nMembers noted the audited statement was filed on time.\n"
    assert segment_items(text) == []


def test_session_year_minute_numbers_are_headings():
    text = (
        "HSC.23/24.4 Apologies\nNone were received.\n\nHSC.23/24.5 Declarations of Interest\nNone.\n\n"
        "HSC.23/24.6 Budget Monitoring\nThe report was noted.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("HSC.23/24.4", "Apologies"),
        ("HSC.23/24.5", "Declarations of Interest"),
        ("HSC.23/24.6", "Budget Monitoring"),
    ]


def test_item_line_with_only_a_paper_note_takes_its_title_from_the_next_line():
    text = (
        "Agenda Item 1 — Verbal\nWelcome and apologies\nThe chair welcomed members.\n\n"
        "Agenda Item 2 — Paper QC(23)12\nWaiting list report\nThe paper was noted.\n\n"
        "Agenda Item 3\nDate of next meeting\nThe next meeting is in May.\n"
    )
    assert [i.title for i in segment_items(text)] == [
        "Welcome and apologies",
        "Waiting list report",
        "Date of next meeting",
    ]


def test_meeting_bot_attribution_with_seconds_is_not_part_of_the_title():
    text = (
        "1. Roll call  (ana, 10:00:31)\n  * present: ana, bo\n2. Release plan  (bo, 10:05:02)\n  * agreed\n"
    )
    assert [i.title for i in segment_items(text)] == ["Roll call", "Release plan"]


def test_bold_topics_with_an_owner_and_time_slot_are_items():
    text = (
        "Weekly sync – 2024-03-02\n\n"
        "**Earlier actions** (Maya, 5 min)\n- all done\n\n"
        "**2.4 rollout plan** (@kofi, 15 min)\n- rollout starts Monday\n\n"
        "**Docs refresh** (@lena, 10 mins)\n- new theme merged\n\n"
        "**AOB**\n- nothing raised\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("u1", "Earlier actions (Maya, 5 min)"),
        ("u2", "2.4 rollout plan (@kofi, 15 min)"),
        ("u3", "Docs refresh (@lena, 10 mins)"),
        ("u4", "AOB"),
    ]


def test_one_timed_bold_line_is_emphasis_not_an_item():
    text = "1. Budget\nThe budget was agreed.\n**Spending review** (Maya, 5 min)\n- deferred\n2. AOB\nNone.\n"
    assert ids(text) == ["1", "2"]


def test_bare_minute_numbers_may_run_on_from_an_earlier_meeting():
    text = (
        "PRESENT: Councillor Ames (Chair)\n\n"
        "41 Chair's Announcements\nThe Chair welcomed everyone.\n\n"
        "42 Declarations of Interests\nNone were made.\n\n"
        "43 Minutes - 3rd March 2024\nThe minutes were approved.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("41", "Chair's Announcements"),
        ("42", "Declarations of Interests"),
        ("43", "Minutes - 3rd March 2024"),
    ]


def test_a_lone_bare_number_above_one_opens_no_item():
    text = "Notes\n\n12 Station Road was discussed at length by members here\nThe owner objected.\n"
    assert ids(text) == []


def test_title_opening_with_a_month_like_word_is_still_a_title():
    text = "1 Welcome\nHello.\n\n2 Declarations of Interest\nNone.\n\n3 Marketing Plan\nNoted.\n"
    assert [i.title for i in segment_items(text)] == ["Welcome", "Declarations of Interest", "Marketing Plan"]


def test_parts_and_letter_numbered_items_are_flat_items():
    text = (
        "Part A: items for decision\n\n"
        "A1 Welcome and apologies\nThe Chair welcomed members.\n\n"
        "A2 Minutes of the last meeting\nApproved.\n\n"
        "Part B: items for information\n\n"
        "B1 Library report\nNoted.\n\n"
        "B2 Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.number, i.level, i.parent) for i in items] == [
        ("A", "Part A", 1, None),
        ("A1", "A1", 1, None),
        ("A2", "A2", 1, None),
        ("B", "Part B", 1, None),
        ("B1", "B1", 1, None),
        ("B2", "B2", 1, None),
    ]


def test_milestone_codes_inside_a_numbered_item_are_no_items():
    text = (
        "1. Welcome\nHello.\n\n2. Programme status\nMilestones:\n"
        "M4 Landing zone accepted – complete\nM5 Wave 1 live – complete\nM6 Wave 2 live – forecast\n\n"
        "3. AOB\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_numbered_theme_headings_are_items_among_unnumbered_sections():
    text = (
        "Public accountability meeting, 4 March 2025\nPresent: the Commissioner and the Chief Constable\n\n"
        "WELCOME AND APOLOGIES\nThe chair opened the meeting and welcomed the two new panel members.\n\n"
        "Theme 1: Burglary\nBurglary fell by a tenth over the year.\n\n"
        "Theme 2: Road safety\nCollisions rose in the spring.\n\n"
        "ANY OTHER BUSINESS\nNone was raised.\n"
    )
    assert [(i.id, i.number, i.title) for i in segment_items(text)] == [
        ("u1", None, "WELCOME AND APOLOGIES"),
        ("1", "Theme 1", "Burglary"),
        ("2", "Theme 2", "Road safety"),
        ("u2", None, "ANY OTHER BUSINESS"),
    ]


def test_theme_number_followed_by_a_comma_is_running_text():
    text = "1. Quality plan\nProgress by theme:\nTheme 3, English and maths: amber.\n\n2. AOB\nNone.\n"
    assert ids(text) == ["1", "2"]


def test_numbered_actions_under_a_closing_summary_are_no_items():
    text = (
        "Theme 1: Burglary\nBurglary fell by a tenth over the year.\n\n"
        "Theme 2: Road safety\nCollisions rose in the spring and the panel asked why.\n"
        "SUMMARY OF ACTIONS\n1. DCC to report on burglary.\n2. ACC to present a road safety plan\nby May.\n"
        "3. ACC to present a workforce plan for the unit\nby June.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Burglary"),
        ("2", "Road safety"),
        ("u1", "SUMMARY OF ACTIONS"),
    ]


def test_numbered_question_wrapped_over_lines_is_not_an_item():
    text = (
        "1. Welcome\nHello.\n\n2. Missing children\nFigures rose.\n"
        "3. Are welfare checks being done\nwithin a day, as guidance\nrequires?\nThe ACC said most were.\n\n"
        "3. Finance\nOn budget.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Welcome"),
        ("2", "Missing children"),
        ("3", "Finance"),
    ]


def test_title_below_a_minute_number_keeps_a_long_bracketed_source_note():
    text = (
        "Minute No. 7\nApologies\nNone.\n\n"
        "Minute No. 8\nCall-in of Cabinet Decision: Library Opening Hours Review (Cabinet, 3rd May, 2024, "
        "Minute No. 41)\nThe call-in was considered.\n\n"
        "Minute No. 9\nUrgent Business\nNone.\n"
    )
    assert [i.title for i in segment_items(text)][1] == (
        "Call-in of Cabinet Decision: Library Opening Hours Review (Cabinet, 3rd May, 2024, Minute No. 41)"
    )


def test_sentence_case_heading_over_a_pipe_table_is_an_item_once_headings_are_confirmed():
    text = (
        "Project board\n\n"
        "Goals\nThe board steers the warehouse move and signs off each phase of the plan.\n\n"
        "Previous minutes and actions\nThe minutes of the January meeting were agreed without change.\n\n"
        "Delivery status\nOverall the programme remains amber because of the data migration slip.\n\n"
        "Team status\n| Team | RAG |\n| Data | Amber |\n\n"
        "Risks and issues\nTwo new risks were raised and one was closed after the vendor patch.\n\n"
        "Budget\nMarcus presented the finance summary for the tenth month.\n\n"
        "AOB\nAnna reminded members that the network\nupgrade takes place on Saturday.\n"
    )
    assert [i.title for i in segment_items(text)] == [
        "Goals",
        "Previous minutes and actions",
        "Delivery status",
        "Team status",
        "Risks and issues",
        "Budget",
        "AOB",
    ]


def test_asciidoc_section_titles_are_items_nested_by_their_marks():
    text = (
        "= Kestrel TSC meeting\n\n== Agenda\n\n. Budget\n. Roadmap\n\n== Minutes\n\n"
        "=== Budget\n\n* The budget was agreed.\n\n=== Roadmap\n\n* The roadmap slipped a week.\n\n"
        "== Next meeting\n\nIn two weeks.\n"
    )
    items = segment_items(text)
    assert [(i.title, i.parent) for i in items] == [
        ("Agenda", None),
        ("Minutes", None),
        ("Budget", "u2"),
        ("Roadmap", "u2"),
        ("Next meeting", None),
    ]


def test_org_mode_headings_are_items_and_task_entries_are_not():
    text = (
        "#+TITLE: Finch steering\n#+DATE: <2022-03-01 Tue>\n\n* Attendees\n- Ann Lee\n* Regrets\n- Bo Chan\n\n"
        "* Releases\n** TODO @ann: tag the release\n   SCHEDULED: <2022-03-04 Fri>\n"
        "** Packaging\n- Wheels are built nightly.\n* Funding\n- The grant was renewed.\n"
    )
    items = segment_items(text)
    assert [(i.title, i.parent) for i in items] == [
        ("Releases", None),
        ("Packaging", "u1"),
        ("Funding", None),
    ]


def test_star_bullets_are_no_headings_outside_org_files():
    text = "1. Budget\n\n* Releases are late.\n* Packaging is fine.\n\n2. Roadmap\n\nNothing new.\n"
    assert ids(text) == ["1", "2"]


def test_star_topics_over_their_notes_in_a_plain_pad_are_items():
    text = (
        "Garden club call 2023-04-02\nPresent: ann, bo, cy\n\n"
        "* Seed swap\n    (ann) forty packets came in.\n    - bo: sort them by family -> done\n\n"
        "* Shed repairs\n(bo) the roof leaks again.\n    ACTION cy: ask the council for a quote\n\n"
        "* Next call\n    2023-05-07, same link.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("u1", "Seed swap"),
        ("u2", "Shed repairs"),
        ("u3", "Next call"),
    ]


def test_star_bullets_in_a_markdown_document_are_no_outline():
    text = (
        "## Garden club call\n\n* Seed swap\n  forty packets came in.\n\n* Shed repairs\n  the roof leaks.\n\n"
        "* Next call\n  in May.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Garden club call"]


def test_star_questions_over_their_answers_are_no_outline():
    text = (
        "Garden club call\n\n* Can we afford a new shed?\n    - not this year.\n"
        "* Who sorts the seeds?\n    - bo will.\n* Is the roof fixed?\n    - no.\n"
    )
    assert ids(text) == []


def test_risks_after_the_last_numbered_item_close_the_items():
    text = "1. Welcome\nHello.\n2. Close\nBye.\n\nDecisions\nD1. Plan approved.\n\nRisks\nR1. Late data.\n"
    assert [(i.id, i.title) for i in segment_items(text)][-2:] == [("u1", "Decisions"), ("u2", "Risks")]


def test_risks_inside_a_numbered_item_are_no_closing_section():
    text = "1. Status\nOn track.\n2. RAID highlights\nRisks\nR1 (Red): late data.\n3. AOB\nNone.\n"
    assert ids(text) == ["1", "2", "3"]


def test_year_minute_numbers_below_ten_are_serial_headings():
    text = "".join(
        f"24/{n} {title}\nThe committee noted the item.\n\n"
        for n, title in enumerate(["Welcome", "Matters arising", "Budget report", "Any other business"], 1)
    )
    assert ids(text) == ["24/1", "24/2", "24/3", "24/4"]


def test_a_cited_earlier_minute_does_not_break_running_year_minutes():
    text = (
        "21.14 Welcome and Apologies\nNo apologies.\n\n21.15 Matters Arising\n"
        "21.09 (library hours): extended as agreed.\n\n21.16 Estates Report\nNoted.\n\n"
        "21.17 Any Other Business\nNone.\n"
    )
    assert ids(text) == ["21.14", "21.15", "21.16", "21.17"]


def test_a_serial_minute_number_on_its_own_line_takes_the_title_below():
    text = (
        "ABC/24/11\nWelcome and apologies\nThe Chair opened the meeting.\n\n"
        "ABC/24/12\nWorkforce report\nThe committee noted the report.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("ABC/24/11", "Welcome and apologies"),
        ("ABC/24/12", "Workforce report"),
    ]


def test_bilingual_item_headings_keep_the_item_label_and_its_language_half():
    text = (
        "Board minutes\n\n"
        "Rhif 1 / Item 1: Croeso / Welcome\nThe chair opened the meeting.\n\n"
        "Rhif 2 / Item 2: Arian / Finance\nThe report was noted.\n\n"
        "2.1 Cyllideb / Budget\nThe budget was agreed.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.number, i.title, i.parent) for i in items] == [
        ("1", "Item 1", "Welcome", None),
        ("2", "Item 2", "Finance", None),
        ("2.1", "2.1", "Budget", "2"),
    ]


def test_a_slash_in_a_title_is_kept_without_a_paired_item_label():
    text = "Item 1: Welcome\nNoted.\n\nItem 2: Estates / facilities update\nNoted.\n"
    assert [i.title for i in segment_items(text)] == ["Welcome", "Estates / facilities update"]


def test_a_paired_label_needs_the_same_number_on_both_sides():
    text = "Item 1: Welcome\nNoted.\n\nRhif 3 / Item 2: Arian / Finance\nNoted.\n"
    assert [i.title for i in segment_items(text)][0] == "Welcome"
    assert "Finance" not in [i.title for i in segment_items(text)]


def test_serial_minutes_with_the_year_in_full_are_items():
    text = (
        "GOV/2023/07 Welcome and apologies\nThe chair opened the meeting.\n\n"
        "GOV/2023/08 Estates\n(a) Boiler replacement\nThe works were approved.\n(b) Car park\nNoted.\n\n"
        "GOV/2023/09 Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent) for i in items] == [
        ("GOV/2023/07", "Welcome and apologies", None),
        ("GOV/2023/08", "Estates", None),
        ("GOV/2023/08.a", "Boiler replacement", "GOV/2023/08"),
        ("GOV/2023/08.b", "Car park", "GOV/2023/08"),
        ("GOV/2023/09", "Any other business", None),
    ]


def test_a_back_reference_to_an_earlier_full_year_minute_is_not_an_item():
    text = (
        "GOV/2023/07 Welcome\nHello.\n\nGOV/2023/08 Matters arising\n"
        "GOV/2023/02 (staffing): the rota was circulated.\n\nGOV/2023/09 Close\nBye.\n"
    )
    assert ids(text) == ["GOV/2023/07", "GOV/2023/08", "GOV/2023/09"]


def test_a_tab_row_titled_by_its_discussion_lead_in_heads_an_item():
    text = (
        "No\tDiscussion\tOwner\n"
        "1\tOpening: The chair welcomed the members.\t\n"
        "2\tBudget: The forecast was noted. Kim to revise the plan.\tKim\n"
        "2.1\tCapital spend: The bid was approved.\tLee\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent) for i in items] == [
        ("1", "Opening", None),
        ("2", "Budget", None),
        ("2.1", "Capital spend", "2"),
    ]
    assert text[items[1].start : items[1].start + len("2\tBudget")] == "2\tBudget"


def test_rows_of_the_same_table_that_lost_their_tabs_head_items_too():
    text = (
        "No\tDiscussion\tOwner\n"
        "1 Opening: The chair welcomed the members.\n"
        "2\tBudget: The forecast was noted.\tKim\n"
        "3\tStaffing: Two posts were filled.\tLee\n"
        "4 Close: The meeting ended at nine.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Opening"),
        ("2", "Budget"),
        ("3", "Staffing"),
        ("4", "Close"),
    ]


def test_a_long_tab_cell_led_by_a_field_is_not_a_titled_discussion():
    text = (
        "Ref\tNote\tOwner\n"
        "3\tStatus: open, the supplier has not replied to the two letters sent in March and April\tDone\n"
        "4\tRAG: amber, the plan is behind by two weeks and the team expects to recover by June\tKim\n"
    )
    assert ids(text) == []


def test_numbered_lines_led_by_a_colon_are_no_rows_without_a_tab_table():
    text = "Notes\n1 Opening: The chair welcomed the members.\n2 Budget: The forecast was noted.\n"
    assert ids(text) == []


def test_an_actions_log_line_after_the_items_is_an_item():
    text = "1. Welcome\nHello.\n2. Close\nBye.\n\nActions Log\nKim to revise the plan.\n"
    assert [(i.id, i.title) for i in segment_items(text)][-1] == ("u1", "Actions Log")


def test_recording_time_before_a_heading_is_not_part_of_its_number():
    text = (
        "Times in brackets are times in the recording.\n\n"
        "[00:01:05] Item 1 – Opening remarks\nThe chair opened the session.\n\n"
        "[00:20:40] Item 2 – Parking review\nThe officer presented the review.\n"
    )
    assert [(i.number, i.title) for i in segment_items(text)] == [
        ("Item 1", "Opening remarks"),
        ("Item 2", "Parking review"),
    ]


def test_recording_time_before_prose_makes_no_heading():
    text = "1. Welcome\nHello.\n[00:04:10] The chair asked whether the figures were final.\n2. Close\nBye.\n"
    assert ids(text) == ["1", "2"]


def test_agenda_row_lead_and_paper_cells_are_not_the_title():
    text = (
        "AB24/011  Annual Fire Safety Report  Estates Manager  Paper C\nThe report was noted.\n"
        "AB24/012  Library Opening Hours  Paper D\nHours will stay the same.\n"
        "AB24/013  Any Other Business  Chair  Verbal\nNone.\n"
    )
    assert [(i.number, i.title) for i in segment_items(text)] == [
        ("AB24/011", "Annual Fire Safety Report"),
        ("AB24/012", "Library Opening Hours"),
        ("AB24/013", "Any Other Business"),
    ]


def test_agenda_row_labelled_lead_cell_is_not_the_title():
    text = (
        "GC/25/14\tRoof repairs tender\tLead: JB\nThe tender was approved.\n"
        "GC/25/15\tVolunteer rota\tPresenter: Treasurer\nThe rota was agreed.\n"
        "GC/25/16  Any other business  Lead: Chair\nNone.\n"
    )
    assert [(i.number, i.title) for i in segment_items(text)] == [
        ("GC/25/14", "Roof repairs tender"),
        ("GC/25/15", "Volunteer rota"),
        ("GC/25/16", "Any other business"),
    ]


def test_lead_named_inside_a_title_without_a_cell_gap_stays_in_the_title():
    text = "1. Welcome\nHi.\n2. Appointment of clinical lead: interim arrangements\nAgreed.\n"
    assert segment_items(text)[1].title == "Appointment of clinical lead: interim arrangements"


def test_double_spaced_title_without_a_paper_cell_keeps_its_words():
    text = "1. Garden  Committee  Report\nThe roses did well.\n2. Close\nBye.\n"
    assert segment_items(text)[0].title == "Garden  Committee  Report"


def test_actions_arising_and_actions_from_this_meeting_close_the_items():
    for closing in (
        "Actions arising",
        "Actions from Meeting #7",
        "Action items from this meeting",
        "Actions arising from the meeting",
    ):
        text = f"1. Welcome\nHello.\n2. Close\nBye.\n\n{closing}\nKim to revise the plan.\n"
        assert [(i.id, i.title) for i in segment_items(text)][-1] == ("u1", closing)


def test_actions_from_the_previous_meeting_is_no_closing_section():
    text = "1. Welcome\nHello.\n2. Close\nBye.\n\nActions from the previous meeting\nKim revised the plan.\n"
    assert ids(text) == ["1", "2"]


def test_heading_reviewing_an_earlier_dated_meeting_is_an_item_not_the_title_block():
    text = (
        "## Maintainers call 2023-08-16\n\nPresent: @ann, @bo\n\n### Actions from 2023-08-02\n"
        "- [x] @ann: tag the release — done.\n\n### Packaging\nThe wheel builds again.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Actions from 2023-08-02", "Packaging"]


def test_heading_naming_the_meeting_day_is_still_the_title_block():
    text = "## Maintainers call 2023-08-16\n\nPresent: @ann\n\n### 2023-08-16 call\n\n### Packaging\nThe wheel builds again.\n"
    assert [i.title for i in segment_items(text)] == ["Packaging"]


def test_bold_agenda_line_over_a_list_is_an_item_beside_markdown_topics():
    text = (
        "## Maintainers call 2023-08-16\n\nPresent: @ann, @bo\n\n**Agenda**\n- [x] Packaging\n- [ ] Docs site\n\n"
        "### Packaging\nThe wheel builds again.\n\n### Docs site\nDeferred.\n"
    )
    items = segment_items(text)
    assert [(i.title, i.level, i.parent) for i in items] == [
        ("Agenda", 1, None),
        ("Packaging", 1, None),
        ("Docs site", 1, None),
    ]


def test_bold_agenda_line_without_a_list_below_it_stays_emphasis():
    text = (
        "## Maintainers call 2023-08-16\n\nPresent: @ann\n\n**Agenda**\n\nSee the tracking issue.\n\n"
        "### Packaging\nThe wheel builds again.\n\n### Docs site\nDeferred.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Packaging", "Docs site"]


def test_year_first_minute_numbers_are_serial_headings():
    text = (
        "2019/14 Opening Remarks\nThe Convenor opened the meeting.\n\n"
        "2019/15 Library Refurbishment\nThe plans were shown.\n(a) Ground Floor\nWork starts soon.\n"
        "(b) Archive Store\nShelving is ordered.\n\n2019/16 Closing Business\nNone.\n"
    )
    assert ids(text) == ["2019/14", "2019/15", "2019/15.a", "2019/15.b", "2019/16"]


def test_lone_financial_year_line_is_no_minute_number():
    text = "1. Accounts\nThe accounts were noted.\n2023/24 Spending Plan\nSpending was on target.\n2. Close\nNone.\n"
    assert ids(text) == ["1", "2"]


def test_field_lines_of_an_action_log_entry_are_no_sub_items():
    text = (
        "HR/21/04 Action Log\nThe log was reviewed.\n\n"
        "Owner: Priya Vance\nUpdate: the consultation on the rota closed and the responses are being read.\n"
        "Status: open\n\nOwner: Colm Deegan\nUpdate: the recruitment panel met and two offers have been made now.\n"
        "Status: closed\n\nHR/21/05 Staffing Report\nThe report was noted.\n\nHR/21/06 Close\nNone.\n"
    )
    assert ids(text) == ["HR/21/04", "HR/21/05", "HR/21/06"]


def test_markdown_heading_over_a_rule_keeps_its_depth():
    text = (
        "## Discussion\n\nNotes taken by Kim.\n\n### Release train\n---\n- The branch was cut on Monday.\n\n"
        "### Mentoring scheme\n\n- Two mentors volunteered.\n\n## Next call\n\n- In two weeks.\n"
    )
    items = segment_items(text)
    assert [(i.title, i.parent) for i in items] == [
        ("Discussion", None),
        ("Release train", "u1"),
        ("Mentoring scheme", "u1"),
        ("Next call", None),
    ]


def test_summary_of_actions_set_before_the_first_item_is_an_item():
    text = (
        "Present:\nAda Brook (Chair)\n\nSummary of actions from this meeting\n"
        "1. ADB – Circulate the revised terms of reference – by 3 May\n"
        "2. KL – Costed options for the depot roof – June meeting\n\n"
        "Item 1 – Welcome\nThe Chair opened the meeting.\nItem 2 – Finance\nThe report was noted.\n"
    )
    assert ids(text) == ["u1", "1", "2"]


def test_summary_of_actions_without_a_list_before_the_items_is_no_item():
    text = (
        "Present:\nAda Brook (Chair)\n\nSummary of actions from this meeting\n\n"
        "Item 1 – Welcome\nThe Chair opened the meeting.\nItem 2 – Finance\nThe report was noted.\n"
    )
    assert ids(text) == ["1", "2"]


def test_one_minute_number_written_with_and_without_leading_zeros_is_no_series():
    from pipeline.segment import _PREFIXED_KEY, _Candidate, _series_only

    def serial(key):
        return _Candidate(start=0, end=1, scheme="serial", number=key, key=key, title="ROOF")

    # "HCS.1", "HCS.01" and "HCS.001" are one minute, not three: too few for a series of prefixed minutes
    assert _series_only([serial("HCS.1"), serial("HCS.01"), serial("HCS.001")], _PREFIXED_KEY) == []
    series = [serial("HCS.1"), serial("HCS.2"), serial("HCS.3")]
    assert _series_only(series, _PREFIXED_KEY) == series


def test_sentence_case_lines_set_apart_inside_a_numbered_item_are_its_sub_items():
    text = (
        "4. Library Services – Annual Report\nThe Head of Libraries introduced the report on the year.\n\n"
        "Opening hours\nThe Head of Libraries reported that Saturday opening had been restored at five branches.\n\n"
        "Long-term closures\nThe Committee heard that two branches would stay shut until the roofs were repaired.\n\n"
        "Members' questions\nA Member asked whether the mobile library\ncould cover the closed branches.\n\n"
        "5. Date of Next Meeting\nThe next meeting will be held on 3 June.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title, i.parent, i.level) for i in items] == [
        ("4", "Library Services – Annual Report", None, 1),
        ("u1", "Opening hours", "4", 2),
        ("u2", "Long-term closures", "4", 2),
        ("u3", "Members' questions", "4", 2),
        ("5", "Date of Next Meeting", None, 1),
    ]


def test_sentence_case_lines_run_on_after_a_sentence_are_labels_not_sub_items():
    text = (
        "3. Application for a Premises Licence\nThe Licensing Officer introduced the report on the application.\n"
        "Objector's case\nMr Hale said that noise from the garden had kept residents awake for two summers.\n"
        "Members' questions\nCouncillor Ross asked how late the garden would stay open on Fridays.\n"
        "4. Close\nThe hearing ended at 8 pm.\n"
    )
    assert ids(text) == ["3", "4"]


def test_initialled_names_after_a_letter_are_an_attendance_line_not_a_lettered_item():
    text = (
        "PRESENT:\n\nCouncillors:\n\nA. Okafor, D. Lewis-Hart, F. Moss and T. Quayle\n\n"
        "1. Apologies for Absence\nNone were received.\n\n2. Minutes\nThe minutes were approved.\n"
    )
    assert ids(text) == ["1", "2"]
    lettered = "1. Reports\nThe reports were taken together.\na. Finance, audit and risk\nNoted.\n"
    assert ids(lettered) == ["1", "1.a"]


def test_an_emoji_marking_a_heading_is_not_part_of_its_title():
    text = (
        "1. Welcome\nThe chair opened the meeting.\n\n2. ⚠️ Risks and issues\nTwo new risks were raised.\n\n"
        "3. Next meeting\nIn April.\n\n✅ Decisions\nD-01: The budget was approved.\n\n"
        "📌 Actions\nOwner → Ann Lee | Due: May | Update the risk log\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("1", "Welcome"),
        ("2", "Risks and issues"),
        ("3", "Next meeting"),
        ("u1", "Decisions"),
        ("u2", "Actions"),
    ]


def test_an_emoji_marked_line_of_text_is_no_heading():
    text = (
        "1. Welcome\nThe chair opened the meeting.\n\n2. Release plan\nThe team reviewed the dates.\n"
        "✅ Decided: the release moves to 3 May and the freeze starts a week before.\n\n3. Close\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_three_part_numbers_below_a_year_minute_are_its_parts():
    text = (
        "31.1 Welcome and apologies\nThe Chair welcomed members.\n"
        "31.2 Minutes of the previous meeting\nApproved.\n"
        "31.3 Reports of committees\nThe Board received the reports of two committees.\n"
        "31.3.1 Teaching Committee\nThe Board noted:\n"
        "31.3.1(a) that module evaluations had risen to 71%;\n"
        "31.3.2 Research Committee\nThe Board noted the grant figures.\n"
        "31.4 Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.parent, i.level) for i in items] == [
        ("31.1", None, 1),
        ("31.2", None, 1),
        ("31.3", None, 1),
        ("31.3.1", "31.3", 2),
        ("31.3.2", "31.3", 2),
        ("31.4", None, 1),
    ]


def test_a_three_part_number_citing_an_earlier_minute_is_no_part():
    text = (
        "31.1 Welcome and apologies\nThe Chair welcomed members.\n"
        "31.2 Minutes of the previous meeting\nApproved.\n"
        "31.3 Matters arising\nThe Board discussed the action log.\n"
        "31.2.4 Research funding\nSee the earlier minute.\n"
        "31.4 Any other business\nNone.\n"
    )
    assert ids(text) == ["31.1", "31.2", "31.3", "31.4"]


def test_minute_number_with_a_stop_heads_an_item():
    text = (
        "Minute 61. Apologies\nNone were received.\n\n"
        "Minute 62. Review of the parking strategy\nThe Board noted the review (see Minute 48).\n\n"
        "Minute 63. Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.number, i.title) for i in items] == [
        ("61", "Minute 61.", "Apologies"),
        ("62", "Minute 62.", "Review of the parking strategy"),
        ("63", "Minute 63.", "Any other business"),
    ]


def test_item_number_with_a_decimal_tail_is_not_read_with_a_stop():
    text = "Item 1 Finance\nText.\nItem 1.3.2 Audit fees\nText.\nItem 2. AOB\nNone.\n"
    assert ids(text) == ["1", "2"]


def test_numbered_part_heading_divides_minutes_numbered_straight_through():
    text = (
        "Minute 12. Welcome\nThe Chair opened the meeting.\n\n"
        "Minute 13. Estates strategy\nThe Board discussed the strategy.\n\n"
        "Part 2 – items for report\n\n"
        "Minute 14. Reports received\nThe Board received the reports.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.number, i.title) for i in items] == [
        ("12", "Minute 12.", "Welcome"),
        ("13", "Minute 13.", "Estates strategy"),
        ("2", "Part 2", "items for report"),
        ("14", "Minute 14.", "Reports received"),
    ]


def test_numbered_part_heading_does_not_take_an_item_number():
    text = (
        "Part 1 – open business\n\n1. Apologies\nNone.\n\n2. Budget\nAgreed.\n\n"
        "Part 2 – closed business\n\n3. Staffing\nNoted.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_agenda_item_reference_after_a_title_is_not_part_of_it():
    text = (
        "71. Apologies (Agenda item 1)\nNone.\n\n"
        "72. Library opening hours (Agenda Item 4b)\nThe Committee discussed the review.\n\n"
        "73. Date of next meeting (Item 9)\n3 May.\n"
    )
    assert [i.title for i in segment_items(text)] == [
        "Apologies",
        "Library opening hours",
        "Date of next meeting",
    ]


def test_action_sheet_after_the_last_minute_is_a_closing_item():
    text = (
        "5/24 Apologies\nNone.\n\n6/24 Highways update\nThe Committee noted the update.\n\n"
        "Action sheet\nNo.\tMinute\tAction\tOfficer\n1\t6/24\tPothole figures to members\tHead of Highways\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items][-1] == ("u1", "Action sheet")


def test_one_word_upper_case_closing_section_after_the_last_item_is_an_item():
    text = (
        "1. Welcome\nAll present.\n\n2. Budget\nThe budget was agreed.\n\n"
        "DECISIONS LOG\nD-7  Budget agreed.\n\nACTIONS\nA-12  Circulate the budget\nOwner: CFO\n"
    )
    assert [i.title for i in segment_items(text)][-2:] == ["DECISIONS LOG", "ACTIONS"]


def test_one_word_upper_case_actions_label_inside_an_item_is_no_item():
    text = (
        "1. Welcome\nAll present.\n\n2. Budget\nThe budget was agreed.\n\nACTIONS\n"
        "CFO to circulate the budget.\n\n3. AOB\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_article_starting_a_wrapped_line_is_no_lettered_item():
    text = (
        "7. Finance\nThe treasurer said that the surplus was proposed for\n"
        "a Capital reserve and the balance\nfor the general fund.\n8. AOB\nNone.\n"
    )
    assert ids(text) == ["7", "8"]


def test_version_number_starting_a_wrapped_line_is_no_decimal_heading():
    text = (
        "## Releases\n> The tracker shows four open bugs against the\n"
        "2.4 milestone and one of them blocks the release.\n"
        "- Ana would rather ship it after the\n1.9 branch is retired.\n\n## Budget\nNoted.\n"
    )
    assert ids(text) == ["u1", "u2"]


def test_decimal_heading_after_a_finished_sentence_stays_a_heading():
    text = "1. Welcome\nAll were welcomed to the\nmeeting.\n1.1 Apologies\nNone.\n2. Budget\nNoted.\n"
    assert ids(text) == ["1", "1.1", "2"]


def test_bare_letter_after_a_finished_sentence_still_heads_a_sub_item():
    text = "2.1 PERFORMANCE\nThe report was noted.\na Confidence\nText.\nb Satisfaction\nText.\n"
    assert ids(text) == ["2.1", "2.1.a", "2.1.b"]


def test_bracketed_letters_below_a_roman_outline_heading_are_its_sub_items():
    text = (
        "I. Minutes\nApproved.\n\nII. Teaching\nThe Dean introduced the items.\n\n"
        "(a) Undergraduate degrees\nProgression fell.\n\n(b) Taught masters\nEnrolments rose.\n\n"
        "III. Research\nNoted.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.parent) for i in items] == [
        ("i", None),
        ("ii", None),
        ("ii.a", "ii"),
        ("ii.b", "ii"),
        ("iii", None),
    ]


def test_star_topics_with_nested_bullet_notes_are_items():
    text = (
        "Hi all,\n\nNotes from today's call below.\n\n"
        "* Release planning (@kim, 10 min)\n  * The freeze is on Friday.\n  * AI: @kim – tag the release.\n\n"
        "* Docs site (@bo, 5 min)\n  * The new theme is live.\n    - Some links are broken.\n\n"
        "* AOB\n  * Nothing else.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("u1", "Release planning (@kim, 10 min)"),
        ("u2", "Docs site (@bo, 5 min)"),
        ("u3", "AOB"),
    ]


def test_indented_star_bullets_of_an_outline_are_not_headings():
    text = (
        "* Budget\n  * The treasurer presented the accounts.\n  * Fees stay the same.\n\n"
        "* Garden\n  * New beds by June.\n\n* Events\n  * Fair on 4 May.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Budget", "Garden", "Events"]


def test_minute_numbers_with_the_meetings_month_are_serial_with_numbered_parts():
    text = (
        "ABQC.23.11.01 Welcome\nThe Chair opened the meeting.\n"
        "ABQC.23.11.02 Course reviews\nThree reviews were received.\n"
        "ABQC.23.11.02.1 Periodic review of History\nApproved.\n"
        "ABQC.23.11.02.2 New course in Archives\nApproved.\n"
        "ABQC.23.11.03 Close\nNone.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == [
        "ABQC.23.11.01",
        "ABQC.23.11.02",
        "ABQC.23.11.02.1",
        "ABQC.23.11.02.2",
        "ABQC.23.11.03",
    ]
    assert {i.id: i.parent for i in items}["ABQC.23.11.02.2"] == "ABQC.23.11.02"


def test_a_one_digit_part_of_a_letter_and_stop_minute_stays_a_part():
    text = (
        "AB.24.15 Course approvals\nTwo proposals.\nAB.24.15.1 BA History\nApproved.\nAB.24.16 Close\nNone.\n"
    )
    assert ids(text) == ["AB.24.15", "AB.24.15.1", "AB.24.16"]


def test_minute_no_before_a_serial_number_opens_the_minute():
    text = (
        "Minute No. 22/17 Welcome and apologies\nThe Chair welcomed governors.\n"
        "Minute No. 22/18 Headteacher's report\nThe report was taken as read.\n"
        "(a) Attendance\nAttendance was 94%.\n(b) Staffing\nTwo posts are vacant.\n"
        "Minute No. 22/19 Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["22/17", "22/18", "22/18.a", "22/18.b", "22/19"]
    assert items[0].title == "Welcome and apologies"


def test_meeting_bot_topic_commands_in_a_chat_log_open_topics():
    text = (
        "Weekly sync\n\n"
        "[10:00] <ana> #startmeeting weekly\n"
        "[10:01] <ana> #topic Release plan\n"
        "[10:02] <bo> 1. we tag on Friday\n"
        "[10:03] <bo> 2. then the notes\n"
        "[10:05] <ana> #TOPIC Open floor\n"
        "[10:06] <cy> nothing from me\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [("u1", "Release plan"), ("u2", "Open floor")]


def test_a_topic_mentioned_in_a_chat_line_opens_nothing():
    text = "[10:01] <ana> #topic Release plan\n[10:02] <bo> we said #topic AOB would be last\n"
    assert [i.title for i in segment_items(text)] == ["Release plan"]


def test_bold_decision_and_action_labels_inside_a_markdown_section_are_no_items():
    text = (
        "# Team call\n\n## Summary\n\n**Decisions**\n- We ship on Friday.\n\n**Action items**\n"
        "- @ana: tag the release\n\n## Release plan\nWe discussed the plan.\n\n## Action items\n"
        "- @ana: tag the release\n"
    )
    assert [i.title for i in segment_items(text)] == ["Summary", "Release plan", "Action items"]


def test_bold_action_items_after_bold_topics_stay_an_item():
    text = (
        "**Topic: Budget**\nWe went through the budget.\n\n**Topic: AOB**\nNothing else.\n\n"
        "**Action items**\n- ana to send the figures\n"
    )
    assert [i.title for i in segment_items(text)][-1] == "Action items"


def test_an_attendees_line_over_the_names_belongs_to_the_header():
    text = (
        "Borough Safety Partnership\n\nDate: Tuesday 4 March 2025\n\n"
        "Attendees\nAnn Lee – Chair\nBo Ng – Treasurer\n\nApologies\nCy Day – Secretary\n\n"
        "Welcome and Apologies\nThe Chair welcomed everyone to the meeting and noted the apologies above.\n\n"
        "Street Lighting Repairs\nThe council has repaired eleven of the fourteen lights reported in January.\n\n"
        "Any Other Business\nThere was no other business raised at the meeting by any member.\n"
    )
    assert [i.title for i in segment_items(text)] == [
        "Welcome and Apologies",
        "Street Lighting Repairs",
        "Any Other Business",
    ]


def test_title_case_headings_may_hold_numbers_a_bracketed_note_and_more_words():
    text = (
        "Welcome and Introductions\nThe Chair welcomed everyone to the meeting and introductions were made.\n\n"
        "Call Handling Performance (999 and 101)\nThe force answered most emergency calls within the "
        "national standard during May.\n\n"
        "Finance: Provisional Outturn 2024/25\nThe finance director presented the outturn, which showed a small "
        "underspend overall.\n\n"
        "Tackling Violence Against Women and Girls in Town\nThe partnership reported on the new "
        "night-time economy patrols and their early results.\n"
    )
    assert [i.title for i in segment_items(text)] == [
        "Welcome and Introductions",
        "Call Handling Performance (999 and 101)",
        "Finance: Provisional Outturn 2024/25",
        "Tackling Violence Against Women and Girls in Town",
    ]


def test_follow_up_tasks_after_the_topics_is_a_closing_section():
    text = (
        "Welcome and Apologies\nThe Chair welcomed everyone to the meeting and noted the apologies.\n\n"
        "Estates Update\nThe estates lead reported that the new depot would open in the autumn.\n\n"
        "Budget Monitoring\nThe treasurer reported a small underspend on the revenue budget this year.\n\n"
        "Follow-up tasks\n• Share the depot plan (Assigned to: Ann Lee)\n"
    )
    assert [i.title for i in segment_items(text)][-1] == "Follow-up tasks"


def test_sentence_case_sections_and_a_summary_holding_the_topics_of_an_assistants_notes():
    text = (
        "Project call – 3 June 2025\n\n"
        "Quick recap\nThe team reviewed the release, agreed to drop the old API and discussed the budget "
        "for the coming year in some detail.\n\n"
        "Next steps\n- Ana will tag the release.\n- Bo to update the docs.\n\n"
        "Summary\n\n"
        "Release 2.1 Timeline\nAna opened by reviewing the milestone, which has twelve open issues left before "
        "the release.\n\n"
        "Dropping the Old API\nBo explained that the old API has had no users for a year and can be removed "
        "safely.\n\n"
        "Budget for Hosting Costs\nCy reported that the hosting costs rose in May and asked for quotes from "
        "other providers.\n"
    )
    items = segment_items(text)
    assert [(i.title, i.parent) for i in items] == [
        ("Quick recap", None),
        ("Next steps", None),
        ("Summary", None),
        ("Release 2.1 Timeline", "u3"),
        ("Dropping the Old API", "u3"),
        ("Budget for Hosting Costs", "u3"),
    ]


def test_a_report_heading_with_nothing_under_it_is_no_item():
    text = (
        "Quality Committee\nMinutes of the meeting held on 6 May 2025\n\nMembers present:\nAnn Lee, Chair\n\n"
    )
    assert segment_items(text + "Chair's assurance report to the Board\n\n\n") == []


def test_a_chairs_report_between_the_attendance_and_the_first_minute_is_an_item():
    text = (
        "Quality Committee\nMinutes of the meeting held on 6 May 2025\n\nMembers present:\nAnn Lee, Chair\n\n"
        "Chair's assurance report to the Board\nALERT (matters for the Board)\nFalls remain above trajectory.\n"
        "ADVISE (matters in progress)\nThe audit plan was supported.\n\n"
        "25/031 Welcome and apologies\nNone.\n25/032 Falls report\nFalls rose in April.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("u1", "Chair's assurance report to the Board"),
        ("25/031", "Welcome and apologies"),
        ("25/032", "Falls report"),
    ]


def test_a_report_named_in_the_title_block_is_no_item():
    text = (
        "Annual Governance Report\n\nCouncil meeting, 6 May 2025\n\nPresent: Ann Lee, Bo Ng\n\n"
        "25/031 Welcome\nNone.\n25/032 Budget\nAgreed.\n"
    )
    assert ids(text) == ["25/031", "25/032"]


def test_letters_stop_number_and_year_is_a_serial_minute_number():
    text = (
        "PC.7/24 APOLOGIES\nNone were received.\n\nPC.8/24 ALLOTMENT RENTS\nThe rents were agreed.\n\n"
        "PC.9/24 ANY OTHER BUSINESS\nThere was none.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("PC.7/24", "APOLOGIES"),
        ("PC.8/24", "ALLOTMENT RENTS"),
        ("PC.9/24", "ANY OTHER BUSINESS"),
    ]


def test_session_numbered_minute_with_a_part_keeps_its_session_number():
    text = "ASC.24/25.10 Welcome\nHello.\n\nASC.24/25.11 Budget\nAgreed.\n\nASC.24/25.12 Close\nNone.\n"
    assert ids(text) == ["ASC.24/25.10", "ASC.24/25.11", "ASC.24/25.12"]


def test_paper_numbered_after_an_item_label_is_no_part_of_the_title():
    text = (
        "Item 1 – Welcome\nThe Chair opened the meeting.\n\n"
        "Item 2 – Allotment rents (Paper 2)\nThe rents were agreed.\n\n"
        "Item 3 – Hall repairs (Paper 5)\nThe quote was noted.\n"
    )
    titles = [i.title for i in segment_items(text)]
    assert titles == ["Welcome", "Allotment rents", "Hall repairs (Paper 5)"]


def test_agenda_pipe_table_before_numbered_headings_is_the_agenda_item():
    text = (
        "# Team call\n\n## Agenda\n\n| # | Topic | Owner | Time |\n|---|---|---|---|\n"
        "| 1 | Welcome | @ann | 5 min |\n| 2 | Release plan | @bo | 15 min |\n| 3 | AOB | all | 3 min |\n\n"
        "### 1. Welcome\n- Hello all.\n\n### 2. Release plan\n- Tag on Friday.\n\n### 3. AOB\n- None.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("u1", "Agenda"),
        ("1", "Welcome"),
        ("2", "Release plan"),
        ("3", "AOB"),
    ]


def test_agenda_pipe_table_of_other_topics_is_no_agenda_item():
    text = (
        "# Team call\n\n## Agenda\n\n| # | Topic |\n|---|---|\n| 1 | Hosting costs |\n| 2 | Logo vote |\n\n"
        "### 1. Welcome\n- Hello all.\n\n### 2. Release plan\n- Tag on Friday.\n"
    )
    assert ids(text) == ["1", "2"]


def test_member_and_lower_case_topic_after_a_dash_is_a_sub_item():
    text = (
        "12.\tMEMBERS' ITEMS\n(a)\tCouncillor Lomax – potholes on Mill Road\nThe member raised two potholes.\n"
        "(b)\tCouncillor Dee – bins at the park\nThe member asked for more bins.\n\n13.\tCLOSE\nNone.\n"
    )
    assert ids(text) == ["12", "12.a", "12.b", "13"]


def test_member_and_capitalised_role_after_a_dash_is_an_attendance_entry():
    text = (
        "1. Welcome\nPresent:\n(a) Councillor Lomax – Cabinet Member for Roads\n"
        "(b) Councillor Dee – Chair of Planning\n\n2. Close\nNone.\n"
    )
    assert ids(text) == ["1", "2"]


def test_lead_and_paper_after_a_dashed_title_are_not_the_title():
    text = (
        "GC 19/101 – Orchard Drainage Survey – Lead: Head of Grounds – Paper B\nThe survey was noted.\n"
        "GC 19/102 – Volunteer Rota – Presenter: Secretary – Verbal\nThe rota was agreed.\n"
        "GC 19/103 – Hedge Planting – Lead: Treasurer\nPlanting starts in March.\n"
    )
    assert [i.title for i in segment_items(text)] == [
        "Orchard Drainage Survey",
        "Volunteer Rota",
        "Hedge Planting",
    ]


def test_dashed_title_part_after_a_lead_that_is_no_paper_keeps_the_title():
    text = "GC 19/101 – Path Repairs – Lead: Warden – Phase Two Costs\nNoted.\nGC 19/102 – Close\nBye.\n"
    assert segment_items(text)[0].title == "Path Repairs – Lead: Warden – Phase Two Costs"


def test_paper_reference_in_brackets_after_the_item_number_is_no_part_of_the_title():
    text = "Item 1 (GB/19/04): Welcome\nHello.\nItem 2 (GB/19/05): Pond Maintenance\nThe pond was cleaned.\n"
    assert [(i.number, i.title) for i in segment_items(text)] == [
        ("Item 1", "Welcome"),
        ("Item 2", "Pond Maintenance"),
    ]


def test_bracketed_words_after_the_item_number_stay_in_the_title():
    text = "Item 1 (continued): Welcome\nHello.\nItem 2: Close\nBye.\n"
    assert segment_items(text)[0].title == "(continued): Welcome"


def test_item_numbers_carried_on_across_the_year_are_headings_in_a_run():
    text = (
        "Item 41 – Apologies\nMinutes:\nNone were received.\n\n"
        "Item 42 – Allotment Fees\nMinutes:\nFees will rise by 3%.\n\n"
        "Item 43 – Date of Next Meeting\nMinutes:\nThe next meeting is in May.\n"
    )
    assert [i.id for i in segment_items(text)] == ["41", "42", "43"]


def test_two_high_item_numbers_without_a_run_are_no_headings():
    text = "Item 41 – Apologies\nNone were received.\n\nItem 42 – Allotment Fees\nFees will rise.\n"
    assert segment_items(text) == []


def test_a_resolved_line_introduces_its_lettered_clauses_as_sentences_not_sub_items():
    text = (
        "Item 4 – Apologies\nMinutes:\nNone were received.\n\nItem 5 – Parking Review\nMinutes:\n"
        "The Committee considered the report.\nRESOLVED:\n(a) That the report be noted.\n"
        "(b) That Cabinet be asked to review the permit fees\nfor residents in the town centre.\n\n"
        "Item 6 – Any Other Business\nMinutes:\nNone.\n"
    )
    assert ids(text) == ["4", "5", "6"]


def test_lettered_headings_under_a_one_word_label_other_than_a_decision_stay_items():
    text = "3. Reports\nNotes:\n(a) Finance\nThe budget is on track.\n(b) Estates\nThe roof is fixed.\n"
    assert ids(text) == ["3", "3.a", "3.b"]


def test_time_boxed_agenda_bullets_are_the_items_of_a_shared_doc():
    text = (
        "Widgets steering\n\n* [5 min] Welcome and previous notes (@ana)\n    * Notes approved.\n"
        "* [15 min] Release status (@bo)\n    * rc1 tagged; one bug open.\n* [5 min] AOB\n    * None.\n\n"
        "Carry-over actions\n* [done] @ana: update the wiki (from 2024-01-10)\n"
        "* @bo: draft the release notes (from 2024-01-24) – open.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("u1", "[5 min] Welcome and previous notes (@ana)"),
        ("u2", "[15 min] Release status (@bo)"),
        ("u3", "[5 min] AOB"),
        ("u4", "Carry-over actions"),
    ]


def test_a_single_time_boxed_bullet_leaves_the_numbered_items_alone():
    text = "1. Welcome\nText.\n\n2. Budget\n* [5 min] quick look at the totals\n\n3. AOB\nNone.\n"
    assert ids(text) == ["1", "2", "3"]


def test_a_session_year_serial_takes_the_minute_number_and_drops_the_agenda_number():
    text = (
        "Present: Ann Lee (Chair)\n\n"
        "ABC/23-24/12  1. Welcome\nThe Chair opened the meeting.\n\n"
        "ABC/23-24/13  *2. Budget monitoring (Paper ABC/23-24/9)\nThe paper was discussed.\n\n"
        "ABC/23-24/14  3. Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("ABC/23-24/12", "Welcome"),
        ("ABC/23-24/13", "Budget monitoring (Paper ABC/23-24/9)"),
        ("ABC/23-24/14", "Any other business"),
    ]


def test_a_part_of_the_business_between_numbered_items_is_an_item():
    text = (
        "1. Welcome\nThe Chair opened the meeting.\n\n2. Budget\nThe budget was approved.\n\n"
        "Items for information (unstarred)\nThese were received without discussion.\n\n"
        "3. Library report\nNoted.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Welcome"),
        ("2", "Budget"),
        ("u1", "Items for information (unstarred)"),
        ("3", "Library report"),
    ]


def test_a_sentence_about_items_for_decision_is_no_heading():
    text = "1. Welcome\nHi.\n\n2. Budget\nThe items for decision were taken first.\n\n3. AOB\nNone.\n"
    assert ids(text) == ["1", "2", "3"]


def test_an_actions_register_brought_up_to_a_date_is_a_closing_section():
    text = "1. Welcome\nHi.\n\n2. Date of next meeting\nMay.\n\nActions register (as at 03/05/2024)\nA-1 | Fix roof | Open\n"
    assert [(i.id, i.title) for i in segment_items(text)][-1] == ("u1", "Actions register (as at 03/05/2024)")


STATUS_NOTES = (
    "Hi all, notes from the call below.\n\n"
    "Overall (RAG: Amber)\n- Launch is still set for June, so we are about eight weeks out.\n"
    "- Two of the risks moved to amber this week and the lead wants a recovery view.\n\n"
    "Stock control (RAG: Red)\n- The scanner feed failed twice this week on the pallet labels.\n"
    "- Sam asked whether the vendor had replied to the second ticket.\n\n"
    "Marketing (RAG: Green)\n- The leaflet went to print on Monday and arrives in stores next week.\n"
    "- The radio slot is booked for the launch weekend.\n\n"
    "Store training (RAG: Green)\n- Two sessions are booked for May at the regional office.\n"
    "- Trainers are confirmed for both of them.\n\n"
    "Budget (RAG: Green)\n- Spend is on plan with no draw on the contingency.\n"
    "- No change to the forecast this month.\n"
)


def test_sentence_case_heading_with_a_status_note_is_an_item_among_title_case_ones():
    assert [i.title for i in segment_items(STATUS_NOTES)] == [
        "Overall (RAG: Amber)",
        "Stock control (RAG: Red)",
        "Marketing (RAG: Green)",
        "Store training (RAG: Green)",
        "Budget (RAG: Green)",
    ]


def test_a_see_reference_line_is_not_a_title_case_heading():
    text = (
        "1. Reports\n\n    A. Treasurer [Tom]\n\n       See Attachment 1.\n\n"
        "       The old build farm (12 machines) is now used by only four projects, and moving them would "
        "save about $2,900 a month.\n\n       Jo asked whether the projects had agreed.\n\n"
        "    B. Secretary [Meena]\n\n       See Attachment 2.\n\n"
        "       A hosting company is selling the product without permission; a first letter was sent on March 1.\n\n"
        "2. Close\n\n    Closed at nine.\n"
    )
    assert ids(text) == ["1", "1.a", "1.b", "2"]


def test_a_numbered_sentence_sharing_its_number_with_a_title_is_a_paragraph():
    # paragraphs numbered straight through repeat the items' numbers: "3." heads a sentence and a title
    text = (
        "1. Welcome and apologies\n1. The chair welcomed everyone to the meeting. Apologies were received.\n"
        "2. The chair reminded members that the meeting was being recorded for the website.\n\n"
        "2. Declarations of interest\n3. There were no declarations of interest.\n\n"
        "3. Minutes of the last meeting\n4. The minutes of the last meeting were agreed as a true record.\n"
        "5. The clerk updated members on the action log.\n\n"
        "4. Finance\n6. The treasurer presented the accounts for the year.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Welcome and apologies"),
        ("2", "Declarations of interest"),
        ("3", "Minutes of the last meeting"),
        ("4", "Finance"),
    ]


def test_a_numbered_title_ending_with_a_stop_is_not_taken_for_a_paragraph():
    text = "1. Welcome\nHello all.\n\n2. Date of next meeting.\nIt is on 4 May.\n\n3. Close\nDone.\n"
    assert ids(text) == ["1", "2", "3"]


def test_a_markdown_row_titled_in_bold_with_a_colon_heads_an_item():
    text = (
        "## Opening\n\n"
        "The chair welcomed the members and noted that the questions are set out below.\n\n"
        "| No. | Question | Answer | Follow-up |\n"
        "|---|---|---|---|\n"
        "| 1 | **Library hours:** Why did the branch close early? | Staff were short. | Clerk to report. |\n"
        "| 2 | **Park lighting:** Six lamps are out. When will they be\n"
        "fixed? | The contractor starts in May. | None. |\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("u1", "Opening"),
        ("1", "Library hours"),
        ("2", "Park lighting"),
    ]


def test_a_bold_lead_without_a_colon_in_a_markdown_row_is_no_heading():
    text = (
        "| Ref | Action | Owner |\n"
        "|---|---|---|\n"
        "| 1 | **Urgent** send the letter to the landlord | Clerk |\n"
        "| 2 | **Overdue** renew the hall insurance | Treasurer |\n"
    )
    assert ids(text) == []


def test_year_meeting_and_number_minute_references_are_headings():
    text = (
        "19/4/1 Welcome\nThe Provost opened the meeting.\n\n"
        "19/4/2 Minutes of the last meeting\nApproved as a correct record.\n\n"
        "19/4/3 Estates strategy\nThe Director presented the plan.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("19/4/1", "Welcome"),
        ("19/4/2", "Minutes of the last meeting"),
        ("19/4/3", "Estates strategy"),
    ]


def test_lone_day_month_year_line_is_no_minute_reference():
    text = "1. Welcome\nHello.\n\n2. Visits\n14/6/22 Open day at the farm\nWell attended.\n\n3. AOB\nNone.\n"
    assert ids(text) == ["1", "2", "3"]


def test_part_naming_items_for_discussion_is_a_section_over_serial_minutes():
    text = (
        "19/4/1 Welcome\nThe Provost opened the meeting.\n\n"
        "Part A: Items for discussion\n\n"
        "19/4/2 Estates strategy\nThe Director presented the plan.\n\n"
        "Part B: Items for approval without discussion\n\n"
        "19/4/3 Programme changes\nApproved.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("19/4/1", "Welcome"),
        ("u1", "Part A: Items for discussion"),
        ("19/4/2", "Estates strategy"),
        ("u2", "Part B: Items for approval without discussion"),
        ("19/4/3", "Programme changes"),
    ]


def test_part_naming_no_business_is_no_section():
    text = "1. Welcome\nHello.\n\nPart B: the old barn\n\n2. Budget\nAgreed.\n\n3. AOB\nNone.\n"
    assert ids(text) == ["1", "2", "3"]


def test_quoted_agenda_headings_of_a_reply_are_the_items():
    text = (
        "Notes inline below.\n\n"
        "> 0) Agenda review\nAgenda accepted.\n\n"
        "> 1) Release planning\n>    Dates and owners.\n\nWe agreed the freeze date.\n\n"
        "> 2) AOB\nNothing else.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("0", "Agenda review"),
        ("1", "Release planning"),
        ("2", "AOB"),
    ]


def test_quoted_unnumbered_line_is_no_heading():
    text = "1. Budget\n> Budget Review\nThe treasurer wrote this.\n\n2. AOB\nNone.\n"
    assert [(i.id, i.title) for i in segment_items(text)] == [("1", "Budget"), ("2", "AOB")]


def test_item_label_wrapped_from_a_sentence_is_no_heading():
    text = (
        "1. Actions\n- [ana] draft the proposal -- done, see\n  topic 2\n\n"
        "2. Proposal\nDiscussed.\n\n3. AOB\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_closing_section_name_with_a_colon_after_the_last_item_is_an_item():
    text = (
        "1. Budget\nAgreed.\n\n2. AOB\nNone.\n\n"
        "Action items:\n- [ana] send the figures\n- [bo] book the room\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Budget"),
        ("2", "AOB"),
        ("u1", "Action items"),
    ]


def test_closing_section_name_with_a_colon_below_each_topic_is_a_label():
    text = (
        "1. Budget\nAgreed.\n\nAction items:\n- [ana] send the figures\n\n"
        "2. Rooms\nDiscussed.\n\nAction items:\n- [bo] book the room\n\n3. AOB\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_table_row_with_number_and_title_in_its_first_cell_heads_an_item():
    text = (
        "Item\tDiscussion\tDecision / Action\n"
        "1. Opening remarks\tThe chair opened the meeting and welcomed the guests.\n"
        "2. Supplier review\tThe buyer reported that both suppliers met the deadline.\tD: Renewed.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Opening remarks"),
        ("2", "Supplier review"),
    ]


def test_minute_number_closing_a_wrapped_sentence_is_no_heading():
    text = (
        "AB/010/2023\tAPOLOGIES\nNone were received. The Chair welcomed the auditor, present for Item\n"
        "AB/013/2023.\n\nAB/011/2023\tMINUTES\nAgreed.\n\nAB/012/2023\tFINANCE\nNoted.\n\n"
        "AB/013/2023\tAUDIT\nNoted.\n"
    )
    assert ids(text) == ["AB/010/2023", "AB/011/2023", "AB/012/2023", "AB/013/2023"]


def test_minute_number_over_its_title_after_an_unpunctuated_line_heads_an_item():
    text = "Present:\nJ Smith\nQPC/24/65\nWelcome and apologies\nNone.\n\nQPC/24/66\nMinutes\nAgreed.\n"
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("QPC/24/65", "Welcome and apologies"),
        ("QPC/24/66", "Minutes"),
    ]


def test_labelled_stage_lines_with_a_dash_are_sub_items_of_their_numbered_item():
    text = (
        "1. Apologies\nNone were received.\n\n2. Stage reviews\nThe chair explained how each review would run.\n\n"
        "Phase 1 – Riverside depot (roof replacement and new drainage)\n"
        "The sponsor reported that the roof contractor had started work on site last month.\n\n"
        "Phase 2 – Ledger system\n"
        "The finance lead explained that the data migration had been rehearsed twice without errors.\n\n"
        "3. Any other business\nNone.\n"
    )
    assert [(i.id, i.title, i.parent) for i in segment_items(text)] == [
        ("1", "Apologies", None),
        ("2", "Stage reviews", None),
        ("u1", "Phase 1 – Riverside depot (roof replacement and new drainage)", "2"),
        ("u2", "Phase 2 – Ledger system", "2"),
        ("3", "Any other business", None),
    ]


def test_labelled_line_without_a_dash_is_no_sub_item():
    text = (
        "1. Apologies\nNone were received.\n\n2. Stage reviews\nThe chair explained how each review would run.\n\n"
        "Phase 1 was completed on time\nThe sponsor reported that the roof contractor had started work on site.\n\n"
        "Phase 2 is running late\nThe finance lead explained that the data migration had been rehearsed twice.\n\n"
        "3. Any other business\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3"]


def test_closing_section_over_numbered_rows_stays_an_item_before_a_later_heading():
    text = (
        "1. Apologies\nNone.\n\n2. Budget\nAgreed.\n\n"
        "ACTION SHEET – Board, 3 May 2024\nMinute\tAction\tInitials\tDate\n"
        "1\tSend the figures\tAB\tJune\n2\tBook the room\tCD\tJuly\n\n"
        "KEY TO INITIALS\nAB\tAnn Brown\nCD\tCarl Dean\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Apologies"),
        ("2", "Budget"),
        ("u1", "ACTION SHEET – Board, 3 May 2024"),
        ("u2", "KEY TO INITIALS"),
    ]


def test_next_call_line_after_the_last_item_is_an_item():
    text = (
        "1. Release\nThe release went out.\n\n2. AOB\nNone.\n\n"
        "Action items\n- Ana to tag the release.\n\nNext call\nTuesday 4 March, 16:00 UTC.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Release"),
        ("2", "AOB"),
        ("u1", "Action items"),
        ("u2", "Next call"),
    ]


def test_next_call_named_inside_a_sentence_is_no_item():
    text = "1. Release\nThe release went out.\n\n2. AOB\nThe next call will be on Tuesday 4 March.\n"
    assert ids(text) == ["1", "2"]


AGENDA_NOTE_THEN_HEADINGS = (
    "# Board call 2031-02-03\n\n## Attendees\n- Ana\n- Bo\n\n"
    "## Agenda\nTopics are collected on the shared board until Friday noon.\n\n"
    "### 1. Welcome\n- Hi.\n### 2. Budget\n- Agreed.\n\n## Next meeting\n- In two weeks.\n"
)


def test_markdown_agenda_heading_with_a_note_of_its_own_is_an_item_before_the_numbered_ones():
    items = segment_items(AGENDA_NOTE_THEN_HEADINGS)
    assert [(i.id, i.title, i.level) for i in items] == [
        ("u1", "Agenda", 1),
        ("1", "Welcome", 1),
        ("2", "Budget", 1),
        ("u2", "Next meeting", 1),
    ]
    agenda = items[0]
    assert "collected on the shared board" in AGENDA_NOTE_THEN_HEADINGS[agenda.start : agenda.end]


def test_markdown_agenda_heading_right_over_numbered_headings_is_no_item():
    text = AGENDA_NOTE_THEN_HEADINGS.replace(
        "Topics are collected on the shared board until Friday noon.\n\n", ""
    )
    assert "Agenda" not in [i.title for i in segment_items(text)]


def test_barred_table_row_heads_an_item_up_to_its_title_cell():
    text = (
        "Minutes\n\nItem 4 | Ward staffing review | Presented by: Head of Nursing\nStaffing was discussed.\n\n"
        "Item 5 | Pharmacy audit | Presented by: CP\nThe audit was noted.\n\n"
        "Item 6 | Close of meeting |\nThe meeting closed.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("4", "Ward staffing review"),
        ("5", "Pharmacy audit"),
        ("6", "Close of meeting"),
    ]
    # the presenter cell is the item's text (a presenter line), as a lead after a dashed title is
    from pipeline.sentences import split_sentences

    assert "Presented by: Head of Nursing" in [s.text for s in split_sentences(text, items)]


def test_barred_row_with_prose_in_its_second_cell_is_no_heading():
    text = "Minutes\n\n1. Actions\nItem 2 | The clerk will send the letters to every member by Friday. | Clerk\nDone.\n"
    assert ids(text) == ["1"]


def test_numbered_lines_under_an_actions_label_are_its_actions_not_sub_items():
    text = (
        "3. Minutes\nThe minutes were approved.\n\n4. Estates update\nThe Director reported on the roof works.\n"
        "Actions:\n4.1 Estates Lead to confirm the contractor's start date for the roof works – March\n"
        "4.2 Head of Estates and the Bursar to review the maintenance budget and report back – May\n\n"
        "5. Any other business\nThere was none.\n"
    )
    assert ids(text) == ["3", "4", "5"]


def test_short_numbered_titles_under_a_line_ending_with_a_colon_still_head_sub_items():
    text = "3. Minutes\nApproved.\n\n4. Estates\nThe Director reported on two matters:\n4.1 Roof works\n"
    text += "The roof is fixed.\n4.2 Car park\nThe car park reopens in May.\n"
    assert ids(text) == ["3", "4", "4.1", "4.2"]


def test_lettered_paragraphs_of_prose_under_minute_numbers_are_no_sub_items():
    text = (
        "XY 23/14 Welcome and Apologies\n(a) The Chair opened the meeting and welcomed the new Treasurer.\n"
        "(b) Apologies were noted.\n(c) No interests were declared.\n\n"
        "XY 23/15 Budget Monitoring\n(a) The Treasurer joined the meeting.\n"
        "(b) The forecast shows a small surplus for the year\nowing to lower energy costs.\n"
        "(c) The Committee noted the forecast.\n"
    )
    assert ids(text) == ["XY 23/14", "XY 23/15"]


def test_lettered_title_lines_under_minute_numbers_stay_sub_items():
    text = (
        "XY 23/16 Service Reports\n(a) Libraries\nThe Head of Libraries reported a rise in loans.\n"
        "(b) Leisure Centres\nThe pool reopened in June.\n(c) Parks\nThe Committee noted the report.\n"
    )
    assert ids(text) == ["XY 23/16", "XY 23/16.a", "XY 23/16.b", "XY 23/16.c"]


def test_a_minute_reference_wrapped_onto_its_own_line_mid_sentence_is_not_an_item():
    text = (
        "Minute No. PR/24/07  DECLARATIONS OF INTEREST\n"
        "Councillor Okafor declared an interest in\n"
        "Minute No. PR/24/09 as a trustee of the Riverside Trust\n"
        "and remained in the meeting.\n"
        "\n"
        "Minute No. PR/24/08  MINUTES\n"
        "The minutes were approved.\n"
        "\n"
        "Minute No. PR/24/09  COMMUNITY GRANTS\n"
        "The panel approved the grants.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("PR/24/07", "DECLARATIONS OF INTEREST"),
        ("PR/24/08", "MINUTES"),
        ("PR/24/09", "COMMUNITY GRANTS"),
    ]


def test_a_minute_heading_right_below_an_unpunctuated_line_is_still_an_item():
    text = (
        "FB7/01 Apologies\n"
        "Apologies were received from Dr Ames and Ms Bell\n"
        "FB7/02 Budget Monitoring\n"
        "The panel noted the report.\n"
        "\n"
        "FB7/03 Community Grants\n"
        "The panel approved the grants.\n"
    )
    assert [i.id for i in segment_items(text)] == ["FB7/01", "FB7/02", "FB7/03"]


ASSISTANT_NOTES = (
    "Quick recap\nThe group reviewed the 3.2 release, agreed to retire the old importer and went through the "
    "hosting budget for next year.\n\n"
    "Summary\n\n"
    "3.2 Release Schedule\nAna reported that the milestone has nine open issues, two of them blocking the "
    "release.\n\n"
    "Retiring the v2beta1 Importer\nBo explained that the old importer has had no downloads since March and "
    "can go in the next release.\n\n"
    "Hosting Budget\nCy reported that the hosting bill rose by a third in June and asked for other quotes.\n\n"
    "Mentoring Programme\nDee said that four new contributors have signed up for the autumn round of mentoring.\n\n"
    "Next steps\nAna will cut the release candidate on Friday.\nBo will post the removal notice.\n"
)


def test_a_lone_sub_number_among_title_case_topics_opens_a_version_title():
    items = segment_items(ASSISTANT_NOTES)
    assert [(i.number, i.title) for i in items][2] == (None, "3.2 Release Schedule")


def test_two_sub_numbers_stay_item_numbers():
    text = (
        "2.1 Release Schedule\nAna reported that the milestone has nine open issues, two of them blocking the "
        "release.\n\n"
        "2.2 Hosting Budget\nCy reported that the hosting bill rose by a third in June and asked for quotes.\n"
    )
    assert [i.number for i in segment_items(text)] == ["2.1", "2.2"]


def test_a_title_case_heading_may_hold_a_versioned_name_in_lower_case():
    titles = [i.title for i in segment_items(ASSISTANT_NOTES)]
    assert "Retiring the v2beta1 Importer" in titles


def test_a_sentence_case_section_after_the_held_topics_closes_the_summary():
    items = segment_items(ASSISTANT_NOTES)
    assert [(i.id, i.title, i.parent) for i in items] == [
        ("u1", "Quick recap", None),
        ("u2", "Summary", None),
        ("u3", "3.2 Release Schedule", "u2"),
        ("u4", "Retiring the v2beta1 Importer", "u2"),
        ("u5", "Hosting Budget", "u2"),
        ("u6", "Mentoring Programme", "u2"),
        ("u7", "Next steps", None),
    ]


def test_an_agenda_table_before_minutes_numbered_again_from_one_is_no_items():
    text = (
        "Agenda\n"
        "1.\tOpening and apologies\tChair\t14:00\n"
        "2. Depot relocation options\tHead of Estates\t14:10\n"
        "3.\tFleet budget 2025/26\tFinance Lead\t14:40\n\n"
        "MINUTES\n"
        "1. Opening and apologies\nThe Chair opened the meeting and apologies were received from two members.\n\n"
        "2. Depot relocation options\nThe Head of Estates presented three sites for the new depot.\n"
        "2.1 Site visits\nMembers asked to visit the two shortlisted sites before deciding.\n\n"
        "3. Fleet budget 2025/26\nThe budget was agreed as presented.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Opening and apologies"),
        ("2", "Depot relocation options"),
        ("2.1", "Site visits"),
        ("3", "Fleet budget 2025/26"),
    ]


def test_an_agenda_list_repeated_by_headings_naming_their_presenters_is_no_items():
    text = (
        "Agenda\n1. Welcome and minutes\n2. Roadmap for the autumn\n3. Hosting costs\n\n"
        "1. Welcome and minutes — Priya\n* Priya opened the call and the last notes were accepted.\n\n"
        "2. Roadmap for the autumn — Tomas\n* Tomas walked through the three milestones.\n\n"
        "3. Hosting costs — Ines\n* Ines said the bill rose by a fifth in August.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Welcome and minutes — Priya"),
        ("2", "Roadmap for the autumn — Tomas"),
        ("3", "Hosting costs — Ines"),
    ]


def test_an_entry_running_on_into_a_longer_word_is_not_repeated_by_a_heading():
    text = (
        "Agenda\n1. Welcome\n2. Road\n3. Hosting\n\n"
        "1. Welcomes-and-thanks\nThe Chair thanked the hosts.\n\n"
        "2. Roadmap — Tomas\nTomas walked through the three milestones.\n\n"
        "3. Hostings — Ines\nInes said the bill rose by a fifth in August.\n"
    )
    assert [i.id for i in segment_items(text)][:3] == ["1", "2", "3"]
    assert segment_items(text)[0].title == "Welcome"


def test_an_agenda_list_not_repeated_by_later_headings_keeps_its_items():
    text = (
        "Agenda\n"
        "1. Opening and apologies\nThe Chair opened the meeting and apologies were received from two members.\n\n"
        "2. Depot relocation options\nThe Head of Estates presented three sites for the new depot.\n"
    )
    assert [i.id for i in segment_items(text)] == ["1", "2"]


def test_a_markdown_section_with_text_before_the_numbered_headings_is_an_item():
    text = (
        "# Board call 2025-03-04\n\n## Present\n- Ana Lee\n- Bo Chen\n\n"
        "## Actions from last time\n- [x] @ana: renew the domain — done.\n- [ ] @bo: draft the budget — carried forward.\n\n"
        "## Discussion\n\n"
        "### 1. Budget\nBo presented the draft budget for the year.\n\n"
        "### 2. Hosting\nAna reported that the hosting bill rose in February.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("u1", "Actions from last time"),
        ("1", "Budget"),
        ("2", "Hosting"),
    ]


def test_a_markdown_heading_right_over_the_numbered_headings_only_holds_them():
    text = (
        "# Board call 2025-03-04\n\n## Notes\n\n"
        "### 1. Budget\nBo presented the draft budget for the year.\n\n"
        "### 2. Hosting\nAna reported that the hosting bill rose in February.\n"
    )
    assert [i.id for i in segment_items(text)] == ["1", "2"]


def test_numbered_rows_under_a_closing_summary_of_actions_continue_its_list_not_the_items():
    # the first row, too long for a heading, is no candidate of the list, so "4." would follow item 3
    text = (
        "1.\tWelcome\nThe Chair welcomed everyone.\n\n2.\tBudget\nThe Treasurer presented the budget.\n\n"
        "3.\tAny other business\nNone was raised.\n\nSummary of actions\n"
        "1.\tOutcome of the review of hall hire charges (carried over from the March meeting of the committee)"
        " – Treasurer – June meeting\n"
        "2.\tFix the roof – Chair – June\n3.\tBook the hall – Clerk – July\n4.\tOrder new chairs – Treasurer – June\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)][-2:] == [
        ("3", "Any other business"),
        ("u1", "Summary of actions"),
    ]


def test_an_item_after_a_closing_list_that_does_not_continue_its_numbering_is_still_an_item():
    text = (
        "1. Welcome\nHi.\n\n2. Budget\nNoted.\n\n3. Finance\nNone.\n\nActions arising\n"
        "1. Send the notes to all members.\n2. Fix the roof before June.\n\n4. Any other business\nNone.\n"
    )
    assert ids(text) == ["1", "2", "3", "4"]


def test_a_markdown_section_of_prose_before_the_numbered_headings_is_an_item():
    text = "# Notes\n\n## Summary\n\nWe agreed to ship the release in May.\n\n## 1. Welcome\nHi.\n\n## 2. AOB\nNone.\n"
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("u1", "Summary"),
        ("1", "Welcome"),
        ("2", "AOB"),
    ]


def test_a_markdown_field_block_before_the_numbered_headings_is_no_item():
    fields = "# Notes\n\n## Meeting\n\nDate: 3 May 2025\nChair: Ann Lee\n\n## 1. Welcome\nHi.\n\n## 2. AOB\nNone.\n"
    assert ids(fields) == ["1", "2"]


def test_a_markdown_agenda_over_the_bullets_its_sibling_headings_repeat_is_the_agenda_item():
    agenda = "# Notes\n\n## Agenda\n\n- Welcome\n- AOB\n\n## 1. Welcome\nHi.\n\n## 2. AOB\nNone.\n"
    assert ids(agenda) == ["u1", "1", "2"]


def test_a_minute_of_an_earlier_year_cited_under_a_minute_is_no_item():
    text = (
        "21/24 Welcome\nAll were welcomed.\n\n22/24 Apologies\nNone.\n\n23/24 Matters arising\n"
        "All actions were closed but one.\n"
        "Minute 88/23 (January 2024), carried forward – the Treasurer to report the reserves, now in May.\n\n"
        "24/24 Parking review\nThe review was noted.\n\n25/24 Any other business\nNone.\n"
    )
    assert ids(text) == ["21/24", "22/24", "23/24", "24/24", "25/24"]


def test_a_higher_minute_number_of_the_same_year_still_goes_on_with_the_series():
    text = "21/24 Welcome\nHello.\n\n22/24 Apologies\nNone.\n\n30/24 Budget\nAgreed.\n"
    assert ids(text) == ["21/24", "22/24", "30/24"]


def test_square_bracketed_agenda_number_is_not_part_of_the_title():
    text = "51/24 APOLOGIES  [Item 1]\nNone.\n\n52/24 PARKING REVIEW  [Agenda item 2]\nNoted.\n\n53/24 AOB\nNone.\n"
    assert [i.title for i in segment_items(text)] == ["APOLOGIES", "PARKING REVIEW", "AOB"]


def test_a_square_bracketed_note_that_is_no_agenda_number_stays_in_the_title():
    text = "51/24 APOLOGIES\nNone.\n\n52/24 PARKING REVIEW [Draft]\nNoted.\n\n53/24 AOB\nNone.\n"
    assert segment_items(text)[1].title == "PARKING REVIEW [Draft]"


def test_numbered_heading_run_on_into_its_first_sentence_keeps_the_title():
    text = (
        "1) Opening and roll call jdoe opened the meeting at 17:00 and took the roll call.\n"
        "Two members sent apologies.\n\n"
        "2) Budget\nThe budget was agreed.\n\n"
        "3) 1.8 release plan mkhan gave an update on the open issues and the release date.\n"
        "The date is not yet fixed.\n\n"
        "4) Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["1", "2", "3", "4"]
    assert [i.title for i in items][::2] == ["Opening and roll call", "1.8 release plan"]


def test_numbered_paragraph_opening_with_a_report_is_no_run_on_heading():
    text = (
        "Minutes of the meeting\n\n"
        "1. Following the annual review Patel presented the report of the auditors to the board.\n"
        "2. The Treasurer explained that the audit had found no material errors in the accounts.\n"
    )
    assert ids(text) == []


def test_year_minute_numbers_below_ten_may_carry_the_committee_letters():
    text = "".join(
        f"GPB 25/{n} {title}\nThe panel noted the item.\n\n"
        for n, title in enumerate(
            ["Welcome", "Library refurbishment", "Staff survey", "Any other business"], 1
        )
    )
    items = segment_items(text)
    assert [i.number for i in items] == ["GPB 25/1", "GPB 25/2", "GPB 25/3", "GPB 25/4"]
    assert items[1].title == "Library refurbishment"


def test_lower_case_words_before_a_year_minute_number_make_no_heading():
    text = "1. Budget\nThe panel agreed item 25/3 as read.\nsee 25/4 Library refurbishment\n2. AOB\nNone.\n"
    assert ids(text) == ["1", "2"]


def test_committee_letters_a_space_and_number_set_apart_by_a_wide_gap_head_minutes_in_a_series():
    text = (
        "PRC 31  APOLOGIES FOR ABSENCE\nNone.\n\n"
        "PRC 32  MINUTES\nAgreed as a correct record.\n\n"
        "PRC 33  PARKS MAINTENANCE CONTRACT – MID-YEAR REVIEW\nNoted.\n\n"
        "PRC 34  DATE OF NEXT MEETING\n9 October.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["PRC 31", "PRC 32", "PRC 33", "PRC 34"]
    assert items[1].title == "MINUTES"


def test_a_lone_upper_case_word_and_number_is_no_minute_heading():
    text = "1. Welcome\nHello.\n\nNHS 111  CALL VOLUMES\nRose again.\n\n2. Finance\nNoted.\n"
    assert "NHS 111" not in ids(text)


def test_letters_a_space_and_number_with_a_single_space_are_no_prefixed_minute():
    text = "1. Welcome\nHello.\n\nBLOCK 1 TESTS\nDone.\n\nBLOCK 2 TESTS\nDone.\n\nBLOCK 3 TESTS\nDone.\n"
    assert not any(i.id.startswith("BLOCK") for i in segment_items(text))


def test_item_word_before_a_serial_minute_number_heads_the_minute():
    text = (
        "Item 24/31 – Welcome and Apologies\nAll welcome.\n\n"
        "Item 24/32 – Finance Report\nThe finance report for Item 24/30 was noted.\n\n"
        "Item 24/33 – Date of Next Meeting\n4 June.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["24/31", "24/32", "24/33"]
    assert items[1].title == "Finance Report"


def test_lettered_markdown_sub_headings_are_parts_of_the_serial_minute_above():
    text = (
        "## FC 24/011 Welcome\nAll welcome.\n\n"
        "## FC 24/012 Performance report\nThree areas.\n\n"
        "### (a) Waiting lists\nLonger.\n\n### (b) Staffing\nShort.\n\n"
        "## FC 24/013 Any other business\nNone.\n"
    )
    assert ids(text) == ["FC 24/011", "FC 24/012", "FC 24/012.a", "FC 24/012.b", "FC 24/013"]


def test_two_closing_action_lists_over_serial_rows_are_an_item_each():
    text = (
        "1 Welcome\nAll welcome.\n\n2 Progress\nOn time.\n\n"
        "Actions (new)\nKB14/01  Send the drawings  Owner: AL  Due: May\n"
        "KB14/02  Book the crane  Owner: TR  Due: June\n\n"
        "Actions (open)\nKB12/04  Renew the licence  Owner: AL  Due: April\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)][-2:] == [
        ("u1", "Actions (new)"),
        ("u2", "Actions (open)"),
    ]


def test_actions_with_a_bracketed_none_are_no_closing_section():
    text = "1. Welcome\nHello.\n\n2. Finance\nNoted.\n\nActions (none)\n"
    assert ids(text) == ["1", "2"]


def test_an_attendance_register_after_the_last_item_is_a_closing_section():
    text = (
        "1. Welcome\nHello.\n\n2. Budget\nAgreed.\n\n"
        "Attendance register\nGovernors present: AB (Chair), CD\nApologies: EF\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)][-1] == ("u1", "Attendance register")


LABELLED_WITH_PLAIN = (
    "Harbour Board\n\nDate: 3 May 2024\n\n"
    "Opening of the session\nThe chair opened the session and welcomed the pilots and the two new wardens.\n\n"
    "Minutes of the last session\nThe minutes of the March session were approved without any change to the text.\n\n"
    "Theme 1: Berth allocation\nThe harbour master reported that waiting times at the inner berths had doubled.\n\n"
    "Theme 2: Dredging\nThe contractor has finished the outer channel and will start on the basin in June.\n\n"
    "Questions from visitors\nA visitor asked whether the winter ferry timetable would keep the early crossing.\n\n"
)


def test_sentence_case_headings_beside_labelled_items_are_items():
    items = segment_items(LABELLED_WITH_PLAIN)
    assert [(i.id, i.title) for i in items] == [
        ("u1", "Opening of the session"),
        ("u2", "Minutes of the last session"),
        ("1", "Berth allocation"),
        ("2", "Dredging"),
        ("u3", "Questions from visitors"),
    ]


def test_sentence_case_lines_only_inside_labelled_items_stay_text():
    text = LABELLED_WITH_PLAIN.replace("Opening of the session\n", "").replace(
        "Minutes of the last session\n", ""
    )
    assert ids(text) == ["1", "2"]


LETTERED_PARTS = (
    "Agenda item 3: Estates strategy\nThe Director introduced the strategy.\n\n"
    "Agenda item 3a: Teaching buildings\nThe paper was taken as read.\n\n"
    "3a.1 Lecture theatre refurbishment\nThe refurbishment will finish in June.\n\n"
    "3a.2 Laboratory ventilation\nThe contractor starts on site in May.\n\n"
    "Agenda item 3b: Residences\nOccupancy is at 97%.\n"
)


def test_numbered_parts_of_a_lettered_item_nest_below_it():
    items = segment_items(LETTERED_PARTS)
    assert [(i.id, i.number, i.title, i.level, i.parent) for i in items if i.id.startswith("3.a.")] == [
        ("3.a.1", "3a.1", "Lecture theatre refurbishment", 3, "3.a"),
        ("3.a.2", "3a.2", "Laboratory ventilation", 3, "3.a"),
    ]
    assert ids(LETTERED_PARTS) == ["3", "3.a", "3.a.1", "3.a.2", "3.b"]


def test_lettered_part_number_without_its_lettered_item_is_no_heading():
    text = (
        "Agenda item 3: Estates strategy\nThe Director introduced the strategy.\n\n"
        "3a.1 Lecture theatre refurbishment was covered in the paper.\n"
        "Agenda item 4: Finance\nThe accounts were noted.\n"
    )
    assert ids(text) == ["3", "4"]


def test_bold_next_sync_closes_bold_topic_notes_as_a_topic():
    text = (
        "**Topic: Release plan**\n- The beta ships next week.\n\n"
        "**Topic: Docs site**\n- The new theme is live.\n\n"
        "**Next sync**\nTuesday, 3 March, 16:00 UTC, same room.\n"
    )
    assert [i.title for i in segment_items(text)] == ["Release plan", "Docs site", "Next sync"]


def test_a_bare_bot_topic_line_opens_an_item():
    text = (
        "Meeting started by kim at 15:00 UTC.\n\n"
        "#topic Release checklist\nINFO: two blockers remain\n\n"
        "#topic Mirror outage\nACTION: lee write up the outage\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("u1", "Release checklist"),
        ("u2", "Mirror outage"),
    ]


def test_a_hash_tag_inside_a_line_opens_no_item():
    text = "#topic Budget\nWe discussed the #topic tag on the forum.\nThe budget was agreed.\n"
    assert [i.title for i in segment_items(text)] == ["Budget"]


def test_an_agenda_label_over_a_plan_lets_the_renumbered_headings_name_the_items():
    text = (
        "Chair: Ana Ruiz\n\nAgenda:\n"
        "1. Welcome and introductions (Ana, 5 min)\n2. Build system migration (Tom, 20 min)\n"
        "3. Community survey results (Ana, 10 min)\n\n"
        "1. Welcome and introductions\n- Ana opened the call.\n\n"
        "2. Build system migration\n- The new runners are live.\n\n"
        "3. Community survey results\n- 140 people replied.\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Welcome and introductions"),
        ("2", "Build system migration"),
        ("3", "Community survey results"),
    ]


def test_a_closing_action_plan_table_is_an_item():
    text = (
        "1. Welcome\nThe Chair opened the meeting.\n\n2. Finance\nThe budget was approved.\n\n"
        "Action Plan\n\tNo.\tAction\tWho\tWhen\n1\tRenew the cleaning contract\tSBM\tEaster\n"
        "2\tBook the fire safety course\tHT\tMay\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Welcome"),
        ("2", "Finance"),
        ("u1", "Action Plan"),
    ]


def test_committee_letters_year_and_number_headings_are_serial_minutes():
    text = (
        "HRC 21.1 Welcome and apologies\nThe Chair opened the meeting.\n\n"
        "HRC 21.2 Matters arising\nHRC 20.9 (staff survey): the report is due in May.\n\n"
        "HRC 21.3 Pay policy\n(a) Support staff\nThe grades were reviewed.\n"
        "(b) Teaching staff\nNo change.\n\n"
        "HRC 21.4 Any other business\nNone.\n"
    )
    assert [(i.id, i.parent) for i in segment_items(text)] == [
        ("HRC 21.1", None),
        ("HRC 21.2", None),
        ("HRC 21.3", None),
        ("HRC 21.3.a", "HRC 21.3"),
        ("HRC 21.3.b", "HRC 21.3"),
        ("HRC 21.4", None),
    ]


def test_a_lone_letters_and_decimal_line_is_no_minute_heading():
    text = "1. Finance\nThe budget was agreed.\nCPI 10.2 Inflation remained high.\n2. AOB\nNone.\n"
    assert ids(text) == ["1", "2"]


def test_an_action_label_with_a_decimal_number_and_colon_is_no_minute_heading():
    text = (
        "1. Quality\nThe report was noted.\nACTION 33.1: AB to send the plan.\n"
        "ACTION 33.2: CD to book the room.\nACTION 33.3: EF to chase the audit.\n2. AOB\nNone.\n"
    )
    assert ids(text) == ["1", "2"]


def test_a_closing_action_table_heading_is_an_item():
    text = (
        "1. Welcome\nThe Chair opened the meeting.\n\n2. Finance\nThe budget was approved.\n\n"
        "Action table\n\tAction\tWho\tBy when\n\tRenew the cleaning contract\tSBM\tEaster\n"
    )
    assert [(i.id, i.title) for i in segment_items(text)] == [
        ("1", "Welcome"),
        ("2", "Finance"),
        ("u1", "Action table"),
    ]


def test_labelled_numbers_running_again_below_a_numbered_item_are_its_parts():
    text = (
        "1. Welcome\nThe Chair opened the meeting.\n\n2. Minutes\nAgreed.\n\n3. Service areas\n"
        "Topic 1: Parks and open spaces\nVisits rose.\n\nTopic 2: Libraries\nLoans fell.\n\n"
        "Topic 3: Leisure centres\nMembership is steady.\n\nTopic 4: Waste\nRecycling is up.\n\n"
        "4. Any other business\nNone.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.number, i.parent) for i in items] == [
        ("1", "1.", None),
        ("2", "2.", None),
        ("3", "3.", None),
        ("3.1", "Topic 1", "3"),
        ("3.2", "Topic 2", "3"),
        ("3.3", "Topic 3", "3"),
        ("3.4", "Topic 4", "3"),
        ("4", "4.", None),
    ]


def test_labelled_numbers_without_clashing_items_stay_top_level():
    text = "Topic 1: Parks\nVisits rose.\n\nTopic 2: Libraries\nLoans fell.\n\nTopic 3: Waste\nUp.\n"
    assert ids(text) == ["1", "2", "3"]


def test_academic_year_committee_code_minute_numbers_are_items():
    text = (
        "Quality Committee\n\n"
        "23/24-QC-07 Welcome and apologies\nThe Chair welcomed members to the meeting.\n\n"
        "23/24-QC-08 Annual monitoring\n(a) Undergraduate programmes\nThe reports were received.\n"
        "(b) Taught postgraduate programmes\nThe reports were noted.\n\n"
        "23/24-QC-09 Any other business\nThere was none.\n"
    )
    assert ids(text) == ["23/24-QC-07", "23/24-QC-08", "23/24-QC-08.a", "23/24-QC-08.b", "23/24-QC-09"]


def test_academic_year_minute_reference_opening_a_wrapped_line_is_no_item():
    text = (
        "23/24-QC-07 Matters arising\nThe Committee noted the action log. Actions 23/24-QC-02 and\n"
        "23/24-QC-03 (library hours): the Registrar reported that the hours had been extended.\n\n"
        "23/24-QC-08 Annual monitoring\nThe reports were received.\n\n"
        "23/24-QC-09 Any other business\nThere was none.\n"
    )
    assert ids(text) == ["23/24-QC-07", "23/24-QC-08", "23/24-QC-09"]


def test_a_resolved_line_closed_by_a_dash_introduces_its_numbered_clauses_and_is_no_item():
    text = (
        "11. APOLOGIES\n\nNone were received.\n\n"
        "12. ALLOTMENT RENTS\n\nThe Committee considered the report.\n\nRESOLVED –\n\n"
        "(1) That the rents be increased by 3% from April.\n\n"
        "(2) That the Clerk write to all tenants before the end of March.\n\n"
        "13. PARKS STRATEGY\n\nThe Committee noted the update.\n"
    )
    assert ids(text) == ["11", "12", "13"]


def test_an_upper_case_line_ending_with_a_dash_that_is_no_decision_formula_stays_a_heading():
    text = (
        "11. APOLOGIES\n\nNone were received.\n\n"
        "12. ALLOTMENT RENTS\n\nThe Committee considered the report.\n\nPUBLIC QUESTIONS –\n\n"
        "A resident asked about the waiting list.\n\n13. PARKS STRATEGY\n\nThe Committee noted the update.\n"
    )
    assert "PUBLIC QUESTIONS –" in [i.title for i in segment_items(text)]


def test_action_log_references_with_a_status_are_no_minute_headings():
    text = (
        "WELCOME\nThe chair opened the meeting.\n\nACTION LOG\nThe clerk took members through the log.\n"
        "FIN 23/02/01 – complete\nFIN 23/02/02 – closed; the policy was circulated on 2 May\n"
        "FIN 23/02/03 – Open – the CFO to report back in June\n\nBUDGET MONITORING\nThe report was noted.\n"
    )
    assert ids(text) == ["u1", "u2", "u3"]


def test_a_serial_heading_whose_title_opens_with_a_status_word_stays_a_heading():
    text = "FIN 23/41 Closed session\nMembers met alone.\nFIN 23/42 Complete staff survey results\nNoted.\n"
    assert ids(text) == ["FIN 23/41", "FIN 23/42"]


def test_a_bracketed_letter_set_apart_from_a_serial_number_is_its_part():
    text = (
        "FB 23/41\tBudget monitoring\nIntroduction.\n"
        "FB 23/41 (a) Revenue\nRevenue text.\n"
        "FB 23/41\t(b) Capital\nCapital text.\n"
        "FB 23/42\tAny other business\nNone.\n"
    )
    items = segment_items(text)
    assert [i.id for i in items] == ["FB 23/41", "FB 23/41.a", "FB 23/41.b", "FB 23/42"]
    assert [i.title for i in items][1:3] == ["Revenue", "Capital"]


def test_a_numbered_line_reporting_what_a_paper_notes_is_no_heading_when_it_wraps():
    text = "3. Performance\n4. The paper notes that spending on agency\nstaff rose by 12% in the quarter.\nx.\n4. Finance\ny.\n"
    assert ids(text) == ["3", "4"]
    assert segment_items(text)[1].title == "Finance"


def test_a_wrapped_numbered_title_with_that_but_no_reporting_verb_stays_a_heading():
    text = "3. Performance\n4. Report that sets out the agency\nspend\nx.\n5. Finance\ny.\n"
    assert ids(text) == ["3", "4", "5"]


def test_committee_letters_joined_by_an_ampersand_number_a_minute_series():
    text = (
        "P&R 12  WELCOME AND APOLOGIES\nNone received.\n\n"
        "P&R 13  HOUSING REVENUE ACCOUNT\nThe account was noted; see minute P&R 9 for the background.\n\n"
        "P&R 14  ANY OTHER BUSINESS\nThere was none.\n"
    )
    items = segment_items(text)
    assert [(i.id, i.title) for i in items] == [
        ("P&R 12", "WELCOME AND APOLOGIES"),
        ("P&R 13", "HOUSING REVENUE ACCOUNT"),
        ("P&R 14", "ANY OTHER BUSINESS"),
    ]


def test_a_lone_ampersand_prefixed_number_is_no_minute_heading():
    text = "1. Welcome\nHello.\n\n2. Safety\nThe H&S 2  TEAM report was noted.\n\nH&S 3  WALKROUND\nDone.\n"
    assert not any(i.id.startswith("H&S") for i in segment_items(text))


def test_paper_status_after_a_dash_is_dropped_from_the_title():
    text = "1. Fleet replacement plan – For approval\nThe plan was approved.\n\n2. Library opening hours – for noting\nNoted.\n"
    assert [i.title for i in segment_items(text)] == ["Fleet replacement plan", "Library opening hours"]


def test_a_dash_before_other_words_stays_in_the_title():
    text = "1. Transport – for the next five years\nThe strategy was noted.\n\n2. Parks – to note changes\nNoted.\n"
    assert [i.title for i in segment_items(text)] == [
        "Transport – for the next five years",
        "Parks – to note changes",
    ]


def test_an_action_owner_line_under_an_item_is_no_heading():
    text = (
        "FC/24/07 Estates strategy\nThe estates manager will cost the new wing before March.\n"
        "Action: Estates Manager\n\nFC/24/08 Staff Survey Results\nThe results were noted.\n"
        "Owner: Head of People\n\nFC/24/09 Date of Next Meeting\n12 May.\n"
    )
    assert [i.id for i in segment_items(text)] == ["FC/24/07", "FC/24/08", "FC/24/09"]


def test_a_title_case_heading_about_actions_without_a_colon_stays_a_heading():
    text = (
        f"Residents' Association\n\nBins And Recycling\n{PROSE}\n\nActions From The Last Meeting\n{PROSE}\n"
    )
    assert "Actions From The Last Meeting" in [i.title for i in segment_items(text)]
