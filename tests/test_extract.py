"""Owners, due points and origins of actions."""

import datetime as dt

import pytest

from pipeline.extract import (
    counts_financial_quarters,
    extract_actions,
    find_due,
    find_origin,
    find_owners,
    mask_asides,
    opens_dash_row,
    post_and_area,
    row_action_cell,
    stamped_due,
    table_cells,
)
from pipeline.schema import Action, Classified, NextMeeting, Owner, Person, SentenceSpan

PEOPLE = [
    Person(name="John Campion", role="Police and Crime Commissioner", abbrev="PCC", attendance="present"),
    Person(name="Anthony Bangham", role="Chief Constable", abbrev="CC", attendance="present"),
    Person(name="Martin Evans", role="Assistant Chief Constable", abbrev="ACC", attendance="present"),
    Person(name="Tom Reddy", role="Councillor", abbrev=None, attendance="present"),
    Person(name="Jane Smith", role="Clerk", abbrev=None, attendance="in_attendance"),
    Person(name="Maria Lopez", role=None, abbrev="@maria", attendance="present"),
]
MAY_2018 = dt.date(2018, 5, 29)


def owners(text):
    return [(o.mention, o.abbrev or o.name) for o in find_owners(text, PEOPLE)]


def test_role_abbreviation_before_to_verb():
    assert owners("The CC to share the confidence actions plans with the PCC.") == [("The CC", "CC")]


def test_several_owners():
    assert owners("The PCC and CC to discuss at their weekly meeting.") == [("The PCC", "PCC"), ("CC", "CC")]


def test_the_person_asked_owns_the_action_not_the_asker():
    assert owners("The PCC asked the CC to provide a written update.") == [("the CC", "CC")]


def test_title_and_surname_resolve_to_the_person():
    assert owners("Cllr Reddy will contact the highways team.") == [("Cllr Reddy", "Tom Reddy")]


def test_initials_after_an_action_tag():
    assert owners("Review the risk register. ACTION: JS") == [("JS", "Jane Smith")]


def test_handle_resolves_to_the_person_with_that_handle():
    assert owners("@maria will open an issue for the release.") == [("@maria", "@maria")]


def test_role_not_in_the_people_list_stays_a_mention():
    assert (
        find_owners("The Head of Estates to obtain three quotes.", PEOPLE)[0].mention == "The Head of Estates"
    )


def test_passive_action_names_nobody():
    assert owners("Satisfaction to be brought back to the November holding to account meeting.") == []


def test_agreed_that_subject_owns_it():
    assert owners("It was agreed that the ACC would report back in July.") == [("the ACC", "ACC")]


def due(text, next_meeting=None):
    d = find_due(text, MAY_2018, next_meeting)
    return (d.date, d.meeting) if d else None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Satisfaction to be brought back to the November holding to account meeting.",
            ("2018-11", "holding to account meeting"),
        ),
        ("It was agreed that it would be brought back to the meeting in November.", ("2018-11", "meeting")),
        ("The ACC to provide an update in May on the approach.", ("2018-05", None)),
        ("The ACC to report in March.", ("2019-03", None)),
        ("Bring back to the June HTA with a clear timescale.", ("2018-06", "hta")),
        ("The PCC and CC to discuss at their weekly meeting.", (None, "weekly meeting")),
        ("The RFO to report back by 30 April 2019.", ("2019-04-30", None)),
        ("The Clerk to finish by the end of Q1 2019.", ("2019-03", None)),
        ("The Head to report by the end of the autumn term.", ("2018-12", None)),
        ("The Clerk to circulate within two weeks.", (None, None)),
        ("The Clerk to report to the Audit Committee in June.", ("2018-06", "audit committee")),
    ],
)
def test_due_points_resolve_against_the_meeting_date(text, expected):
    assert due(text) == expected


def test_next_meeting_takes_the_next_meeting_date():
    nm = NextMeeting(date=dt.date(2018, 6, 26))
    assert due("The CC to report to the next meeting.", nm) == ("2018-06-26", "meeting")


def test_no_due_point_stated():
    assert due("The CC to share the plans with the PCC.") is None


def test_origin_of_a_carried_forward_action():
    assert find_origin("Action arising from the March 2018 meeting") == "2018-03"
    assert find_origin("Actions arising from the meeting held on 12 December 2017:") == "2017-12"


def test_actions_under_an_arising_from_heading_carry_its_origin():
    spans = [
        SentenceSpan(id=0, start=0, end=10, text="Action arising from the March 2018 meeting", item="1.2"),
        SentenceSpan(id=1, start=11, end=20, text="The ACC to provide an update in May.", item="1.2"),
        SentenceSpan(id=2, start=21, end=30, text="Update:", item="1.2"),
        SentenceSpan(id=3, start=31, end=40, text="The CC to share the plan.", item="1.2"),
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("other", "action", "other", "action")]
    actions = extract_actions(spans, labels, people=PEOPLE, meeting_date=MAY_2018, next_meeting=None)
    assert [(a.id, a.sentence, a.origin) for a in actions] == [("A1", 1, "2018-03"), ("A2", 3, None)]
    assert actions[0].owners[0].abbrev == "ACC" and actions[0].due.date == "2018-05"


def test_subjunctive_resolution_clauses_are_owned_by_their_subjects():
    text = (
        "RESOLVED that the Clerk contact the coordinator and that Cllr Reddy and Martin Evans act as leads."
    )
    assert [o.mention for o in find_owners(text, PEOPLE)] == ["the Clerk", "Cllr Reddy", "Martin Evans"]


def test_person_to_be_asked_in_a_lettered_resolution_owns_it():
    text = "RESOLVED that (a) the report be noted; and (b) the CC be asked to include a section on calls."
    assert owners(text) == [("the CC", "CC")]


def test_a_role_held_by_one_person_resolves_to_them():
    assert find_owners("The Clerk and the ACC to agree the wording.", PEOPLE)[0].name == "Jane Smith"


def test_a_longer_role_than_the_known_one_stays_a_mention():
    found = find_owners("The Director of Estates has been tasked with a plan.", PEOPLE)
    assert [(o.mention, o.name) for o in found] == [("The Director of Estates", None)]


def test_slashed_initials_name_several_owners():
    people = [
        Person(name="Mei Kobayashi", abbrev="MK", attendance="present"),
        Person(name="Raj Pillai", abbrev="RP", attendance="present"),
    ]
    assert [o.name for o in find_owners("MK/RP to prepare options by the end of Q3 2024.", people)] == [
        "Mei Kobayashi",
        "Raj Pillai",
    ]


def test_a_first_name_not_in_the_people_list_is_kept_as_a_mention():
    assert [o.mention for o in find_owners("Sam to sort out DBS checks.", [])] == ["Sam"]


def test_authority_delegated_to_a_role_makes_it_the_owner():
    assert owners("delegates authority to the ACC, in consultation with the CC, to award the contract;") == [
        ("the ACC", "ACC")
    ]


def test_a_handle_in_brackets_after_the_task_owns_it():
    assert owners("Open an issue on the release notes (@maria), before the next call.") == [
        ("@maria", "@maria")
    ]


def test_an_agreed_passive_names_nobody():
    assert owners("It was agreed that Christmas lights would be discussed at the October meeting.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("@kwame will review the patch by Friday.", ("2018-06-01", None)),
        ("The Clerk to confirm the order this week.", ("2018-05", None)),
        ("The Head to review charges, carried forward to the summer term.", (None, None)),
        ("The SENDCo to attend the first FGB of the autumn term.", (None, "fgb")),
        ("The DVC to bring a summary of the survey results to Senate in May.", ("2018-05", "senate")),
        ("It was agreed that a plan would be brought to Cabinet at the next meeting.", (None, "cabinet")),
        ("It was agreed that the item would be added to the January 2019 agenda.", ("2019-01", "meeting")),
        ("The Clerk to run a session before the end of the year.", ("2018-12", None)),
        ("The DoE to report by the February half-term.", ("2019-02", None)),
        ("The Director to deliver the plan by the end of Q2 2024/25.", ("2024-09", None)),
        ("@maria to ask @lucia to test the build before the release.", (None, None)),
    ],
)
def test_more_due_points_follow_the_gold_conventions(text, expected):
    assert due(text) == expected


def test_undated_clause_after_before_is_not_a_due_point():
    assert due("The CC to share the plans before they are published.") is None
    assert due("The CFO to agree the strategy before the precept is set.") is None


def test_the_origin_of_a_carried_forward_action_is_not_its_due_point():
    assert due("Action arising from the March 2018 meeting: the CC to share the plan.") is None


def test_the_board_of_these_minutes_stays_a_plain_board():
    d = find_due(
        "It was agreed that the paper would come to the Board in April.",
        MAY_2018,
        None,
        "Performance and Accountability Board",
    )
    assert (d.date, d.meeting) == ("2019-04", "board")


def test_a_tab_separated_action_log_row_gives_owner_and_due():
    people = [Person(name="Tom Okonjo", abbrev="TO", attendance="present")]
    row = "A24/009\tTB 03/25\tPublish the revised freedom to speak up policy\tTO\t31/05/2024"
    assert [o.name for o in find_owners(row, people)] == ["Tom Okonjo"]
    assert find_due(row, MAY_2018, None).date == "2024-05-31"


TRANSCRIPT_PEOPLE = [
    Person(name="Kenji Aoyama", attendance="present"),
    Person(name="Dev Malhotra", abbrev="@devm", attendance="present"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ACTION: kenji to finish the registry survey", [("kenji", "Kenji Aoyama")]),
        ("dev: Yes, I'll have the tests up by then.", [("dev", "Dev Malhotra")]),
        ("<lena> ACTION: kenji to edit the draft", [("kenji", "Kenji Aoyama")]),
        ("ingrid: Dev, please also add a note to the changelog.", [("Dev", "Dev Malhotra")]),
        ("Action: @amaru/@kofi to decide by March.", [("@amaru", None), ("@kofi", None)]),
        ("ACTION: helene to circulate the charter text", [("helene", None)]),
    ],
)
def test_transcript_owners_speakers_handles_and_addressees(text, expected):
    assert [(o.mention, o.name) for o in find_owners(text, TRANSCRIPT_PEOPLE)] == expected


def test_a_lower_case_word_that_names_nobody_is_not_an_owner():
    assert [o.name for o in find_owners("members to review the paper", TRANSCRIPT_PEOPLE)] in ([], [None])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ACTION: kenji to post the results before the next telcon", ("2018-06-26", "telcon")),
        ("rui: I'll bring a second microphone after the break.", ("2018-05-29", None)),
        ("haruto: I'll report back next week.", ("2018-06-05", None)),
        ("Zanele to send the reply before their December plenary.", ("2018-12", "plenary")),
        ("It was agreed that the issue would be brought back at the June F2F.", ("2018-06", "f2f")),
    ],
)
def test_due_points_in_teleconference_minutes(text, expected):
    assert due(text, NextMeeting(date=dt.date(2018, 6, 26))) == expected


# ------------------------------------------------------------------ phrasings not seen in the corpus

MORE_PEOPLE = [
    Person(name="Amy Dale", role="Deputy Chief Constable", abbrev="DCC", attendance="present"),
    Person(name="Pat Vine", role="Pro-Vice-Chancellor (Education)", abbrev="PVC-E", attendance="present"),
    Person(name="Chris Fold", role="Chief Financial Officer", abbrev="CFO", attendance="present"),
    Person(name="Dee Fenn", role="Director of Finance", abbrev="DoF", attendance="present"),
    Person(name="Helen Toms", role="Headteacher", abbrev="HT", attendance="present"),
    Person(name="Nisha Shah", role="Medical Director", attendance="present"),
    Person(name="Gary Hale", role="Chief Superintendent", attendance="present"),
    Person(name="Kofi Owusu", attendance="present"),
    Person(name="Rita Patel", attendance="present"),
    Person(name="John Smith", attendance="present"),
    Person(name="Kate Moss", abbrev="KM", attendance="present"),
    Person(name="Raj Pillai", abbrev="RP", attendance="present"),
    Person(name="Ana Ruiz", abbrev="@ana", attendance="present"),
    Person(name="Rosa Vidal", role="project manager", attendance="present"),
]


def names(text, people=MORE_PEOPLE):
    return [o.name or o.mention for o in find_owners(text, people)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The DCC will review the policy.", ["Amy Dale"]),
        ("PVC-E to circulate the paper.", ["Pat Vine"]),
        ("The CFO to prepare the budget.", ["Chris Fold"]),
        ("DoF to update the forecast.", ["Dee Fenn"]),
        ("HT to write to parents.", ["Helen Toms"]),
    ],
)
def test_role_abbreviations_resolve_to_their_holder(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr Shah to audit the wards.", ["Nisha Shah"]),
        ("Ch Supt Hale to brief the panel.", ["Gary Hale"]),
        ("Prof. Owusu to draft the paper.", ["Kofi Owusu"]),
        ("Mrs Patel will organise the rota.", ["Rita Patel"]),
        ("Kofi Owusu to draft the paper.", ["Kofi Owusu"]),
    ],
)
def test_titles_with_surnames_and_full_names_resolve(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Action (JS): review the register.", ["John Smith"]),
        ("ACTION - RP to circulate the minutes.", ["Raj Pillai"]),
        ("Circulate the revised terms of reference [JS]", ["John Smith"]),
        ("Update the register [KM/RP]", ["Kate Moss", "Raj Pillai"]),
        ("Circulate the revised terms. Owner: JS", ["John Smith"]),
        ("Prepare options for the board. Action: KM/RP", ["Kate Moss", "Raj Pillai"]),
    ],
)
def test_initials_in_tags_before_or_after_the_task(text, expected):
    assert names(text) == expected


def test_a_stated_abbreviation_outranks_initials_derived_from_another_name():
    # Rita Patel's initials are also RP, but the list gives RP as Raj Pillai's abbreviation
    assert names("RP to book the room.") == ["Raj Pillai"]


def test_names_in_an_action_tag_in_brackets():
    assert names("Action (Rosa/Kofi): agree the transfer and report back.") == ["Rosa Vidal", "Kofi Owusu"]


@pytest.mark.parametrize("text", ["- [ ] @ana: update the docs", "TODO @ana: cut the release"])
def test_a_task_line_opening_with_a_handle_and_colon_is_owned_by_that_handle(text):
    assert names(text) == ["Ana Ruiz"]


def test_several_owners_mix_initials_and_roles():
    assert names("JS, KM and the Clerk to review the lease.") == ["John Smith", "Kate Moss", "the Clerk"]


def test_an_unlisted_role_joined_to_a_listed_one_splits_into_two_owners():
    assert names("The Head of Estates and the CFO to obtain quotes.") == ["The Head of Estates", "Chris Fold"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officers to bring a report to the next meeting.", ["Officers"]),
        ("The Clerk to write to the landowner.", ["The Clerk"]),
        ("It was agreed that the working group would publish the guidance.", ["the working group"]),
        ("All partners to upload their statements to the portal.", ["All partners"]),
        ("The WP3 modellers will fill the gap.", ["The WP3 modellers"]),
    ],
)
def test_roles_and_groups_not_in_the_list_stay_mentions(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Board asked the CFO to prepare a revised budget.", ["Chris Fold"]),
        ("Members requested that officers circulate the figures.", ["officers"]),
        ("Rosa asked the WP leads to send their contributions.", ["the WP leads"]),
        (
            "The Committee requested that the DoF and Dr Shah each nominate a lead.",
            ["Dee Fenn", "Nisha Shah"],
        ),
        ("The CC reported that the DCC would review the policy.", ["Amy Dale"]),
    ],
)
def test_the_asker_or_reporter_is_never_the_owner(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The CFO agreed to circulate the figures.",
        "The CFO undertook to circulate the figures.",
        "The CFO offered to circulate the figures.",
        "The CFO volunteered to circulate the figures.",
        "The CFO has offered to circulate the figures.",
        "The CFO would circulate the figures.",
        "The CFO has been tasked with circulating the figures.",
        "It was agreed that the CFO would circulate the figures.",
        "RESOLVED that the CFO circulate the figures.",
    ],
)
def test_commitment_verbs_make_their_subject_the_owner(text):
    assert names(text) == ["Chris Fold"]


@pytest.mark.parametrize(
    "text",
    [
        "The DCC, in consultation with the CFO, to review the policy.",
        "The DCC, supported by the CFO, to review the policy.",
        "The DCC, assisted by the CFO, to review the policy.",
    ],
)
def test_a_helper_named_in_an_aside_is_not_an_owner(text):
    assert names(text) == ["Amy Dale"]


@pytest.mark.parametrize(
    "text",
    [
        "The DCC, with the CFO, to review the policy.",
        "RESOLVED that the DCC, with the CFO, review the policy.",
    ],
)
def test_a_post_named_with_the_subject_in_an_aside_is_a_co_owner(text):
    assert names(text) == ["Amy Dale", "Chris Fold"]


@pytest.mark.parametrize(
    "text",
    [
        "The DCC, with named leads, to review the policy.",
        "The DCC to bring the revised policy, with the Custody Manager, to the Board.",
    ],
)
def test_a_thing_or_an_object_aside_with_with_adds_no_owner(text):
    assert names(text) == ["Amy Dale"]


def test_an_abbreviated_post_word_names_the_listed_post():
    people = [Person(name="Ola Berg", role="Fleet and Depot Manager", attendance="in_attendance")]
    assert names("ACTION: Fleet and Depot Mgr to book the inspection.", people) == ["Ola Berg"]


def test_an_unlisted_post_joined_by_and_stays_two_owners():
    people = [Person(name="Ola Berg", role="Depot Manager", attendance="in_attendance")]
    assert names("Fleet Lead and Depot Mgr to book the inspection.", people) == ["Fleet Lead", "Ola Berg"]


def test_an_organisation_word_before_a_post_short_form_keeps_the_owner_before_and():
    people = [
        Person(name="Ivo Marsh", role="Chief Finance Officer, OPCC", abbrev="CFO", attendance="present"),
        Person(
            name="Lena Tor", role="Director of Finance, Northvale Police", abbrev="DoF", attendance="present"
        ),
    ]
    found = find_owners("CFO and force DoF to agree the savings plan.", people)
    assert [(o.mention, o.name) for o in found] == [("CFO", "Ivo Marsh"), ("force DoF", "Lena Tor")]


def test_a_lower_case_organisation_word_alone_is_no_owner():
    assert names("The force to review the policy.") == ["The force"]


def test_an_organisation_word_used_as_a_verb_before_a_short_form_is_not_an_owner():
    assert names("We need to force ABC to publish the figures.") == ["ABC"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("RESOLVED: That the ACC – as agreed – report on the review to the June meeting.", "the ACC"),
        ("The ACC - where possible - to circulate the review.", "The ACC"),
        ("The ACC (if possible) to visit the custody suite in April.", "The ACC"),
    ],
)
def test_a_stock_hedge_between_dashes_or_in_brackets_does_not_hide_the_owner(text, mention):
    assert owners(text) == [(mention, "ACC")]


def test_a_dash_cell_that_is_no_hedge_is_not_blanked():
    assert mask_asides("Tom – update the plan – due Friday") == "Tom – update the plan – due Friday"


def test_a_bracketed_affiliation_after_a_name_is_not_part_of_it():
    assert names("Rosa (UvL) to draft the reply.") == ["Rosa Vidal"]


def test_the_agent_of_a_passive_owns_it():
    assert names("It was agreed that the report would be circulated by the Clerk.") == ["the Clerk"]


def test_the_agent_of_a_passive_after_lower_case_recipients_owns_it():
    owners = find_owners(
        "The revised charging policy is to be circulated to governors by the Bursar before May.", []
    )
    assert owners == [Owner(mention="the Bursar")]


def test_a_lower_case_role_as_agent_of_a_passive_owns_it():
    owners = find_owners(
        "The fire risk log will be reviewed by the estates manager before the spring visit.", []
    )
    assert owners == [Owner(mention="the estates manager")]


def test_an_ing_word_qualifies_a_lower_case_agent_role():
    owners = find_owners(
        "The visitor register is to be audited by the safeguarding lead at the next visit.", []
    )
    assert owners == [Owner(mention="the safeguarding lead")]


def test_a_lower_case_agent_that_is_no_role_names_nobody():
    assert find_owners("The backlog is to be cleared by the end of term.", []) == []
    assert find_owners("The old boiler will be replaced by the new heating system.", []) == []


def test_a_body_that_considers_a_passive_item_is_not_its_owner():
    assert names("The report to be considered by the Audit Committee in June.") == []


def test_a_subject_to_be_asked_still_owns_the_action():
    assert names("The Clerk to be asked to write to residents.") == ["The Clerk"]


NOV_2023 = dt.date(2023, 11, 14)


def due_nov(text, next_meeting=None, title=None, abbreviations=None):
    d = find_due(text, NOV_2023, next_meeting, title, abbreviations)
    return (d.date, d.meeting) if d else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The CC to report in January.", "2024-01"),
        ("The CC to report in December.", "2023-12"),
        ("The CC to report in November.", "2023-11"),
        ("The CC to report in October.", "2024-10"),
    ],
)
def test_named_months_roll_over_into_next_year(text, expected):
    assert due_nov(text) == (expected, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The RFO to report by 31 July 2024.", "2024-07-31"),
        ("The RFO to report by 31/07/2024.", "2024-07-31"),
        ("The RFO to report by 31.07.2024.", "2024-07-31"),
        ("The RFO to report by 2024-07-31.", "2024-07-31"),
        ("The RFO to report by Friday 12 April.", "2024-04-12"),
        ("The RFO to report by 12th April.", "2024-04-12"),
        ("The RFO to report by April 12.", "2024-04-12"),
        ("The RFO to report by 5 Dec.", "2023-12-05"),
        ("The RFO to report by 04/12/23.", "2023-12-04"),
        ("The RFO to report by w/c 4 December.", "2023-12-04"),
        ("Due: 31/01/2024", "2024-01-31"),
        ("Deadline: 15 January 2024", "2024-01-15"),
        ("The Clerk to object by the consultation deadline of 9th December.", "2023-12-09"),
    ],
)
def test_explicit_days_in_common_forms(text, expected):
    assert due_nov(text) == (expected, None)


def test_a_day_after_a_meeting_keeps_the_meeting_kind():
    assert due_nov("The Clerk to report to the Audit Committee on 5 December.") == (
        "2023-12-05",
        "audit committee",
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The RFO to finish by end of March.", "2024-03"),
        ("The RFO to finish by the end of the month.", "2023-11"),
        ("The RFO to finish by the end of next month.", "2023-12"),
        ("The RFO to finish by the end of the year.", "2023-12"),
        ("The RFO to finish by the end of the week.", "2023-11"),
        ("The RFO to report next month.", "2023-12"),
        ("The RFO to finish by end of Q1 2026.", "2026-03"),
        ("The RFO to finish in Q3.", "2024-09"),
        ("The HT to report by the end of the autumn term.", "2023-12"),
        ("The HT to check before the end of the spring term.", "2024-03"),
        ("The HT to publish it at the start of the summer term.", "2024-04"),
        ("The HT to publish it in the first week of December.", "2023-12"),
        ("The Head of Audit to report - carried forward to February.", "2024-02"),
    ],
)
def test_period_ends_quarters_terms_and_deferrals_resolve_to_a_month(text, expected):
    assert due_nov(text) == (expected, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The CC to report to the June HTA.", ("2024-06", "hta")),
        ("The CFO to report to the next Board.", ("2024-01-16", "board")),
        ("The CFO to report to the January committee.", ("2024-01", "committee")),
        ("The Clerk to report at the AGM.", (None, "agm")),
        ("@ana to present at the Lisbon plenary.", (None, "plenary")),
        ("The Clerk to report to the Committee's next meeting.", ("2024-01-16", "meeting")),
    ],
)
def test_other_meetings_give_their_kind(text, expected):
    assert due_nov(text, NextMeeting(date=dt.date(2024, 1, 16))) == expected


def test_an_acronym_of_the_meetings_own_title_is_kept_as_written_and_takes_the_next_date():
    found = due_nov(
        "HT to report at the next LGB.", NextMeeting(date=dt.date(2024, 1, 16)), "Local Governing Board"
    )
    assert found == ("2024-01-16", "lgb")


@pytest.mark.parametrize(
    "text, title, expected",
    [
        # a closing call word is how the body meets, not its name: "TSC" is its initials
        ("@kim to tidy the build by the next TSC.", "Harbourfold Technical Steering Committee call", "tsc"),
        (
            "| Archive the old wiki | @kim | next TSC |",
            "Harbourfold Technical Steering Committee call",
            "tsc",
        ),
        ("Jo to post the figures before the next DWG.", "Docs Working Group telcon", "dwg"),
        # a meeting number counts meetings: "SteerCo" is the steering board of "Steering Board #4"
        ("Finance to bring options to the next SteerCo.", "Project Wren – Steering Board #4", "steerco"),
        ("The PM to update the plan before the next PCB.", "Project Control Board No. 12", "pcb"),
    ],
)
def test_the_next_short_form_of_a_title_with_a_call_word_or_number_is_the_next_meeting(text, title, expected):
    assert due_nov(text, NextMeeting(date=dt.date(2024, 1, 16)), title) == ("2024-01-16", expected)


@pytest.mark.parametrize(
    "text, title, expected",
    [
        # another body's acronym keeps that body, with no date of these minutes' next meeting
        ("The Clerk to bring the policy to the next JAC.", "Board of Directors", "jac"),
        ("@kim to raise it at the next TAG.", "Harbourfold Technical Steering Committee call", "tag"),
        ("Finance to bring options to the next ARC.", "Project Wren – Steering Board #4", "arc"),
    ],
)
def test_the_next_acronym_of_another_body_takes_no_date_of_the_minutes_next_meeting(text, title, expected):
    assert due_nov(text, NextMeeting(date=dt.date(2024, 1, 16)), title) == (None, expected)


def test_another_bodys_next_meeting_dated_after_on_takes_that_day():
    found = due_nov(
        "Sgt Hale to attend the next youth panel on 9 January.", NextMeeting(date=dt.date(2024, 2, 6))
    )
    assert found == ("2024-01-09", "youth panel")
    # with no day after it, another body's next meeting stays undated
    assert due_nov("Sgt Hale to attend the next youth panel.", NextMeeting(date=dt.date(2024, 2, 6))) == (
        None,
        "youth panel",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Clerk to circulate in the next month.",
        "The Clerk to circulate in two weeks' time.",
        "The Clerk to circulate within 14 days.",
        "The Clerk to circulate within a fortnight.",
    ],
)
def test_relative_spans_have_no_date(text):
    assert due_nov(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The Clerk to keep this under review (ongoing).",
        "The Clerk to book the hall. Due: TBC",
        "The DHC to offer to revisit it in twelve months.",
    ],
)
def test_ongoing_recurring_and_open_ended_actions_have_no_due_point(text):
    assert due_nov(text) is None


def test_a_question_opening_word_is_never_an_owner():
    assert find_owners("How will successful delivery of the strategy be measured?", []) == []
    owners = find_owners("Will Hart will circulate the draft.", [])
    assert [o.mention for o in owners] == ["Will Hart"]


def test_a_first_name_two_listed_people_share_is_left_unresolved():
    people = [
        Person(name="Ann Lee", attendance="present"),
        Person(name="Ann Ray", attendance="present"),
        Person(name="Bo Chen", attendance="present"),
    ]
    (shared,) = find_owners("ann: I'll write that up.", people)
    assert (shared.mention, shared.name) == ("ann", None)
    (unique,) = find_owners("bo: I'll write that up.", people)
    assert unique.name == "Bo Chen"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Treasurer was asked to report the reserves at each board meeting.", (None, "board meeting")),
        ("The CFO to report at every meeting until the issue is settled.", (None, "meeting")),
        ("The DoF to update the forecast to each meeting until the end of Q1 2024.", ("2024-03", None)),
    ],
)
def test_a_standing_instruction_is_due_at_each_meeting_unless_dated(text, expected):
    assert due_nov(text) == expected


# ------------------------------------------------------------------ issue #7: due points and owners that generalise

NEXT_JAN = NextMeeting(date=dt.date(2024, 1, 16))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Medical Director to take the audit to the March QAG.", ("2024-03", "qag")),
        ("PV to bring the costed options to the January SteerCo.", ("2024-01", "steerco")),
        ("The Bursar to report to the April board.", ("2024-04", "board")),
        ("@li will demo the parser at the 9 December call.", ("2023-12-09", "call")),
        ("@li will demo the parser at the January 23 call.", ("2024-01-23", "call")),
    ],
)
def test_a_month_or_day_before_a_meeting_dates_it(text, expected):
    assert due_nov(text) == expected


def test_next_and_an_abbreviation_without_article_is_the_next_meeting():
    found = due_nov("@bo to follow up by next TSC.", NEXT_JAN, "Technical Steering Committee")
    assert found == ("2024-01-16", "tsc")


def test_the_next_meeting_of_another_body_has_no_date():
    found = due_nov("The SRO to raise it at the next supplier review meeting.", NEXT_JAN, "Project Board")
    assert found == (None, "supplier review meeting")


def test_the_next_meeting_of_this_body_by_its_title_words_takes_the_date():
    found = due_nov(
        "Members to comment before the next Full Council meeting.", NEXT_JAN, "Meeting of the Full Council"
    )
    assert found == ("2024-01-16", "full council meeting")


def test_a_meeting_kind_written_as_an_acronym_is_kept_in_lower_case():
    found = due_nov("The Head to report at the next FGB.", NEXT_JAN, "Full Governing Board")
    assert found == ("2024-01-16", "fgb")
    assert due_nov("The Chair to report to the June HTA.", NEXT_JAN, "Full Governing Board") == (
        "2024-06",
        "hta",
    )


def test_an_abbreviation_the_minutes_define_for_their_own_body_takes_the_next_date_but_stays_as_written():
    text = "The Bursar to report at the next FRC."
    title = "Committee for Finance and Resources"
    defined = {"FRC": "Finance and Resources Committee"}
    assert due_nov(text, NEXT_JAN, title, defined) == ("2024-01-16", "frc")
    assert due_nov(text, NEXT_JAN, title) == (None, "frc")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was agreed that the rota would be reviewed at the first call in February.", ("2024-02", "call")),
        ("Kim offered to present the survey at a future meeting.", (None, "meeting")),
    ],
)
def test_words_that_pick_one_of_a_series_are_not_part_of_the_kind(text, expected):
    assert due_nov(text) == expected


def test_its_meeting_is_a_meeting_of_the_body_named_before():
    assert due_nov("The Treasurer will brief the Council on the lease at its March meeting.") == (
        "2024-03",
        "council",
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Bursar to close the accounts before the end of the financial year.", ("2024-03", None)),
        ("The HT to review the curriculum map by the spring term.", ("2024-01", None)),
        ("The SENCo to circulate the guide before Christmas.", ("2023-12", None)),
        ("The Registrar to confirm the panel dates in the week of 4th December.", ("2023-12-04", None)),
        ("The new rota to apply from February.", ("2024-02", None)),
        ("The Clerk to include the notice in the December bulletin.", ("2023-12", None)),
    ],
)
def test_financial_years_terms_holidays_weeks_and_issues_resolve_to_a_month(text, expected):
    assert due_nov(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Dean to trial the rubric by the end of semester 2.",
        "The Head of Music to book the hall before the Easter holidays.",
        "@ines to update the changelog before the 2.4 release.",
        "The DPO to sign off the data flows before go-live.",
        "The Head of Art to run a workshop in the summer term.",
    ],
)
def test_stated_points_without_a_month_are_due_with_no_date(text):
    assert due_nov(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The Bursar will circulate the dates of the spring term open evenings.",
        "The gate repair carries over from October as the contractor has not replied.",
    ],
)
def test_a_term_used_as_a_name_or_a_carried_over_month_is_no_due_point(text):
    assert due_nov(text) is None


def test_quarters_follow_the_financial_year_when_the_minutes_count_its_months():
    assert counts_financial_quarters("The position at month 8 is a deficit of £2.1m.")
    assert not counts_financial_quarters("The service has run for 8 months.")
    found = find_due(
        "The COO to recover the trajectory by the end of Q4.", NOV_2023, None, financial_quarters=True
    )
    assert found.date == "2024-03"
    assert find_due("The COO to recover the trajectory by the end of Q4.", NOV_2023, None).date == "2023-12"


@pytest.mark.parametrize(
    "row, expected",
    [
        (
            "FC 23/14\tSep 2023\tBenchmark agency spend\tCFO\tFebruary committee\tOpen",
            ("2024-02", "committee"),
        ),
        ("AB/23/02\tRefresh the asset register\tDoF\tMar-24\tOpen", ("2024-03", None)),
    ],
)
def test_an_action_log_row_reads_its_due_cell_before_the_status(row, expected):
    assert due_nov(row) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("All governors to complete the safeguarding module.", ["All governors"]),
        ("All governors: complete the safeguarding module.", ["All governors"]),
        ("Kofi Owusu and @ana: draft the licence memo by March.", ["Kofi Owusu", "Ana Ruiz"]),
        ("@ana + @bea: compare the two schemas.", ["Ana Ruiz", "@bea"]),
        ("The Pro-Vice-Chancellor (Education) to chair the review.", ["Pat Vine"]),
        ("RESOLVED further that the CFO be asked to cost the scheme.", ["Chris Fold"]),
        ("It was agreed that a call for mentors would go out in the newsletter.", []),
    ],
)
def test_owner_phrasings_quantified_groups_colon_lines_and_bracketed_roles(text, expected):
    assert names(text) == expected


def test_initials_with_a_bracketed_qualifier_are_one_owner():
    people = [Person(name="Mo Khan", role="Vice Principal (Quality)", abbrev="VP(Q)", attendance="present")]
    assert [o.name for o in find_owners("ACTION: VP(Q) to write to learners.", people)] == ["Mo Khan"]
    assert [o.name for o in find_owners("The Board asked the VP(Q) to confirm the date.", people)] == [
        "Mo Khan"
    ]


def test_a_colon_after_a_speaker_with_a_capitalised_remark_names_no_owner():
    assert names("Kofi Owusu: The figures look right to me.") == []


DUE_GATE_TRAPS = [
    "The Clerk to report back by midmarch.",
    "Dr Shah to circulate the note within a fortnight, before the go live of the portal.",
    "JS to bring the paper to the Q3 2025 teleconference.",
    "The Head to present it at the first FGB after the Easter holidays.",
    "KM to finish the draft by the end of the day, or before Thurs 4th.",
]


def test_every_due_pattern_has_a_gate_that_never_skips_a_match():
    """The cheap test before each due pattern only skips sentences the pattern cannot match: on
    every corpus sentence (and some traps) where a pattern matches, its gate lets it run."""
    from pathlib import Path

    from pipeline import extract, segment, sentences

    assert set(extract._DUE_NEEDS) == {kind for kind, _ in extract._DUE_PATTERNS}
    texts = list(DUE_GATE_TRAPS)
    for clean in sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*/clean.txt"))[:20]:
        text = clean.read_text(encoding="utf-8")
        texts += [s.text for s in sentences.split_sentences(text, segment.segment_items(text))]
    matched = 0
    for text in texts:
        candidates = {kind for kind, _ in extract._due_candidates(text)}
        for kind, pattern in extract._DUE_PATTERNS:
            if pattern.search(text):
                matched += 1
                assert kind in candidates, (kind, text)
    assert matched > 50


# ------------------------------------------------------------------ second pass (issue #7)


def test_lower_case_role_tail_after_a_capitalised_name_is_part_of_the_owner():
    assert owners("The CC and the Parkside liaison officer to agree a patrol plan.") == [
        ("The CC", "CC"),
        ("the Parkside liaison officer", None),
    ]
    assert owners("The Trust patient safety representative was asked to join the review.") == [
        ("The Trust patient safety representative", None)
    ]


def test_verbs_and_question_words_do_not_join_a_role_tail():
    assert owners("Cllr Reddy asked how officers would be told of the change.") != [
        ("Cllr Reddy asked how officers", None)
    ]


def test_an_organisation_written_in_lower_case_owns_the_action():
    assert owners("It was agreed that the force would publish the figures in June.") == [("the force", None)]


def test_a_lower_case_group_opens_at_its_own_determiner_after_a_verb():
    assert owners("The PCC asked the neighbourhood team to repeat the survey.") == [
        ("the neighbourhood team", None)
    ]


def test_plural_role_heading_a_group_at_the_start_of_the_sentence():
    assert owners("ii. directors of studies to confirm the reading lists.") == [
        ("directors of studies", None)
    ]
    assert owners("reports of the review to be circulated.") == []


def test_he_or_she_before_the_verb_stands_for_the_one_person_named_before_it():
    assert owners("The spare chairs are in Cllr Reddy's garage and he will bring them.") == [
        ("Reddy", "Tom Reddy")
    ]
    assert owners("The CC told the ACC that she would attend.") != [("ACC", "ACC")]


@pytest.mark.parametrize(
    "row, owner, due_date",
    [
        ("R7 | Refresh the data sharing agreement | ACC | 30/06/2018 | Open", [("ACC", "ACC")], "2018-06-30"),
        ("R8    Refresh the data sharing agreement    CC    July 2018    Open", [("CC", "CC")], "2018-07"),
        (
            "R9 Jan 2018 Refresh the data sharing\nagreement with partners ACC/CC Sep 2018 Open",
            [("ACC", "ACC"), ("CC", "CC")],
            "2018-09",
        ),
    ],
)
def test_action_log_rows_without_tabs_give_owner_and_due_cells(row, owner, due_date):
    assert owners(row) == owner
    assert due(row)[0] == due_date


def test_a_status_cell_is_never_an_owner():
    assert owners("Ward 4 ACC 30/06/2018 Open") != [("Open", None)]


def test_an_ordinary_sentence_ending_in_a_status_word_is_not_an_action_log_row():
    assert owners("The CC to confirm the line is open") == [("The CC", "CC")]


def _actions(texts, labels, item="3", people=PEOPLE, meeting_date=MAY_2018, next_meeting=None, **options):
    spans = [
        SentenceSpan(id=i, start=i * 100, end=i * 100 + len(t), text=t, item=item)
        for i, t in enumerate(texts)
    ]
    classified = [Classified(label=x, confidence=0.9) for x in labels]
    return extract_actions(
        spans, classified, people=people, meeting_date=meeting_date, next_meeting=next_meeting, **options
    )


def test_first_person_commitment_later_in_a_turn_belongs_to_the_speaker():
    found = _actions(
        ["maria: The parser is half done.", "The rest needs a rebase, so I'll finish it after the freeze."],
        ["finding", "action"],
    )
    assert [(o.mention, o.name) for o in found[0].owners] == [("maria", "Maria Lopez")]


def test_a_line_without_a_speaker_ends_the_turn():
    found = _actions(
        ["maria: The parser is half done.", "[no objections]", "So I'll finish it after the freeze."],
        ["finding", "other", "action"],
    )
    assert found[0].owners == []


def test_she_opening_an_action_is_the_one_person_named_in_the_sentence_before():
    found = _actions(
        ["Jane Smith reported that the hall is booked.", "She will confirm the caterer."],
        ["finding", "action"],
    )
    assert [o.name for o in found[0].owners] == ["Jane Smith"]
    found = _actions(
        ["Jane Smith and Cllr Reddy discussed the hall.", "She will confirm the caterer."],
        ["finding", "action"],
    )
    # two people named before: the pronoun as written, resolved to neither (the labelled minutes' convention)
    assert [(o.mention, o.name) for o in found[0].owners] == [("She", None)]


def test_tasks_listed_under_a_lead_in_line_belong_to_the_owner_it_names():
    found = _actions(
        ["Checklist for the data team:", "- [ ] rotate the shared keys", "- [ ] archive the old bucket"],
        ["other", "action", "action"],
    )
    assert [[o.mention for o in a.owners] for a in found] == [["the data team"], ["the data team"]]
    found = _actions(["Checklist for the data team:", "- [ ] rotate the keys"], ["other", "action"])
    found_elsewhere = _actions(["- [ ] rotate the keys"], ["action"])
    assert found[0].owners and not found_elsewhere[0].owners


def _one_action(text, people, chair, minute_taker=None):
    span = SentenceSpan(id=0, start=0, end=len(text), text=text, item="1")
    actions = extract_actions(
        [span],
        [Classified(label="action", confidence=0.9)],
        people=people,
        meeting_date=None,
        next_meeting=None,
        chair=chair,
        minute_taker=minute_taker,
    )
    return [(o.mention, o.name) for o in actions[0].owners]


def test_the_chair_resolves_to_the_headers_chair_when_no_role_says_chair():
    people = [
        Person(name="Jane Smith", role="Councillor", abbrev=None, attendance="present"),
        Person(name="Omar Shah", role="Vice-Chair", abbrev=None, attendance="present"),
    ]
    assert _one_action("The Chair undertook to write to the MP.", people, "Jane Smith") == [
        ("The Chair", "Jane Smith")
    ]
    assert _one_action("The Chairman to write to the MP.", people, "Jane Smith") == [
        ("The Chairman", "Jane Smith")
    ]


def test_a_listed_chair_role_wins_over_the_headers_chair():
    people = [
        Person(name="Jane Smith", role="Chair", abbrev=None, attendance="present"),
        Person(name="Omar Shah", role="Councillor", abbrev=None, attendance="present"),
    ]
    assert _one_action("The Chair to write to the MP.", people, "Omar Shah") == [("The Chair", "Jane Smith")]


def test_without_a_chair_the_chair_stays_a_mention():
    people = [Person(name="Jane Smith", role="Councillor", abbrev=None, attendance="present")]
    assert _one_action("The Chair to write to the MP.", people, None) == [("The Chair", None)]


def test_an_owner_tag_line_names_the_owners_of_the_action_it_closes():
    people = [
        Person(name="Ann Lee", role="Treasurer", abbrev=None, attendance="present"),
        Person(name="Bo Ray", role="Head of Fundraising", abbrev="HoF", attendance="present"),
    ]
    texts = ["The Gift Aid claim will be submitted by 31 December 2023.", "Action: HoF/Treasurer"]
    spans = [SentenceSpan(id=i, start=0, end=len(t), text=t, item="4") for i, t in enumerate(texts)]
    labels = [Classified(label="action", confidence=0.9), Classified(label="other", confidence=0.9)]
    actions = extract_actions(
        spans, labels, people=people, meeting_date=dt.date(2023, 9, 27), next_meeting=None
    )
    assert [(o.mention, o.name) for o in actions[0].owners] == [("HoF", "Bo Ray"), ("Treasurer", "Ann Lee")]
    assert len(actions) == 1


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("The Committee requested that the working group include a taller scheme.", ["the working group"]),
        ("Members asked that the team leaders share the rota.", ["the team leaders"]),
        ("RESOLVED that, subject to the comments, the Secretary submit the final text.", ["the Secretary"]),
        ("Working group convenors to report at the September meeting.", ["Working group convenors"]),
        ("AI @dkowal: file an issue for the flaky test.", ["@dkowal"]),
        ("AI(@kim): draft the RFC.", ["@kim"]),
    ],
)
def test_owners_of_clauses_groups_and_action_item_tags(text, mentions):
    assert [o.mention for o in find_owners(text, [])] == mentions


def test_a_passive_that_clause_about_a_group_still_names_no_owner():
    assert find_owners("It was agreed that the team be thanked.", []) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Training to be arranged for Members - carried forward to May.", "2023-05"),
        ("The item was deferred to May.", "2023-05"),
        (
            "Action 19/17 from the May 2022 meeting (MH to confirm the timetable) is carried forward to the September meeting.",
            "2023-09",
        ),
    ],
)
def test_an_action_moved_to_a_later_point_is_due_then_not_at_its_origin(text, date):
    assert find_due(text, dt.date(2023, 3, 20), None).date == date


def test_a_numbered_action_quoted_from_an_earlier_meeting_has_that_origin():
    assert (
        find_origin(
            "Action 19/17 from the May 2019 meeting (MH to confirm the timetable) is carried forward."
        )
        == "2019-05"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Useful to keep updating the report card.",
        "Attempting to extend iframes into a sharing mechanism.",
        "Good to see the progress on the explainer.",
        "Need to follow up with the chairs.",
    ],
)
def test_an_adjective_or_gerund_before_to_names_no_owner(text):
    assert find_owners(text, []) == []


def test_a_group_named_after_an_activity_still_owns_its_task():
    assert [o.mention for o in find_owners("Working group to report back in May.", [])] == ["Working group"]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("[Ron Whitfield]: post the updated guidelines on the website", ["Ron Whitfield"]),
        ("Staff was directed to share the survey results with the Board.", ["Staff"]),
        ("Trustee Liu asked Ms. Whitaker to prepare a one-page summary.", ["Ms. Whitaker"]),
        ("Requests staff to prepare a summary of submissions.", ["staff"]),
        ("Action: JC / SD to test the new controls.", ["JC", "SD"]),
        ("The FAQ draft is to be reviewed at a meeting in May.", []),
    ],
)
def test_owners_in_us_council_and_action_list_styles(text, mentions):
    people = [
        Person(name="Ron Whitfield", role="Secretary", abbrev=None, attendance="present"),
        Person(name="Jo Carter", role="Director of Finance", abbrev="JC", attendance="present"),
        Person(name="Sam Dee", role="Treasurer", abbrev="SD", attendance="present"),
    ]
    assert [o.mention for o in find_owners(text, people)] == mentions


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("[Ron Whitfield]: annual meeting notice and candidate form (Feb 14)", "2025-02-14"),
        ("[Kyle Brennan]: check the landscape contract (Feb meeting)", "2025-02"),
        ("Staff to share the results with the Board at the January 16, 2026 meeting.", "2026-01-16"),
    ],
)
def test_dues_in_brackets_and_us_dated_meetings(text, date):
    assert find_due(text, dt.date(2025, 1, 14), None).date == date


def test_a_month_an_action_is_carried_from_is_its_origin_not_its_due():
    text = "[Ron Whitfield]: post the updated guidelines (carried from Nov)"
    assert find_due(text, dt.date(2025, 1, 14), None) is None
    assert find_origin(text, dt.date(2025, 1, 14)) == "2024-11"
    assert (
        find_origin("Open from the March meeting: Ron to post the guidelines.", dt.date(2025, 6, 3))
        == "2025-03"
    )


def test_a_bracketed_meeting_opening_a_quoted_action_is_not_its_due():
    text = "AB/21/09 (May board): The CC to review the arrangements for answering correspondence."
    assert find_due(text, dt.date(2021, 6, 14), None) is None


# ------------------------------------------------------------- batch-3 forms (invented text)

TOWN = [
    Person(name="Nora Pike", role="Director of Parks", attendance="in_attendance"),
    Person(name="Ivo Lund", role="Applicant", abbrev="IL", attendance="in_attendance"),
    Person(name="Ada Moss", role="Churchwarden", attendance="present"),
    Person(name="Ben Hale", role="Churchwarden", attendance="present"),
    Person(name="Cal Roe", role="Executive Director", attendance="present"),
    Person(name="Dee Fenn", role=None, abbrev="@dfenn", attendance="present"),
    Person(name="Eli Marsh", role=None, attendance="present"),
    Person(name="Fay Ruiz", role=None, attendance="present"),
]


def town_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, TOWN)]


def test_a_resolution_opening_with_that_names_its_subject_even_when_directed():
    assert town_owners("That staff be directed to prepare a report on the options.") == [("staff", None)]


def test_a_direction_label_is_not_the_owner_the_that_clause_names_it():
    text = "Direction to staff: that the Director of Parks replace the benches before the summer."
    assert town_owners(text) == [("the Director of Parks", "Nora Pike")]


def test_a_name_qualifying_a_passive_subject_is_not_an_owner():
    assert town_owners("It was agreed that the HR action plan would be shared with all teams.") == []


def test_a_bracketed_role_after_a_name_does_not_hide_the_name():
    assert town_owners("ACTION: Cal (board liaison) to email the treasurer.") == [("Cal", "Cal Roe")]


def test_names_before_a_colon_after_an_action_label_own_the_task():
    assert town_owners("Action - Eli and Fay: draft the leaflet by May.") == [
        ("Eli", "Eli Marsh"),
        ("Fay", "Fay Ruiz"),
    ]


def test_a_lower_case_handle_of_a_listed_person_owns_a_task_line():
    assert town_owners("- [ ] dfenn: summary comment on issue 12") == [("dfenn", "Dee Fenn")]
    assert town_owners("dfenn: Could we merge it now?") == []


def test_a_lower_case_handle_before_its_verb_owns_the_action():
    assert town_owners("dfenn offered to add the check to the lint.") == [("dfenn", "Dee Fenn")]
    assert town_owners("The meeting asked dfenn to update the issue.") == [("dfenn", "Dee Fenn")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Action: Department chairs to discuss the audit at their next meeting.", "Department chairs"),
        ("Management side to provide the modelling to the January meeting.", "Management side"),
        ("The staff side asked the management side to model the cost.", "the management side"),
    ],
)
def test_plural_roles_and_sides_are_owners_as_written(text, mention):
    assert town_owners(text) == [(mention, None)]


def test_a_lower_case_role_held_by_one_listed_person_resolves_to_them():
    assert town_owners("The applicant is to provide a distress protocol.") == [("The applicant", "Ivo Lund")]
    assert town_owners("The applicant should confirm in writing.") == [("The applicant", "Ivo Lund")]


def test_a_plural_role_held_by_several_people_names_each_of_them():
    expected = [("The churchwardens", "Ada Moss"), ("The churchwardens", "Ben Hale")]
    assert town_owners("The churchwardens to obtain three quotes.") == expected
    text = "It was proposed by Ms Yeo and seconded by Mr Lusk that the churchwardens apply for permission."
    assert town_owners(text) == [("the churchwardens", "Ada Moss"), ("the churchwardens", "Ben Hale")]


def test_a_committee_name_containing_and_is_one_owner():
    text = "Action: Fay Ruiz and the Pharmacy and Therapeutics Committee to confirm the impact."
    assert town_owners(text) == [("Fay Ruiz", "Fay Ruiz"), ("the Pharmacy and Therapeutics Committee", None)]


def test_a_second_owner_asked_to_do_a_second_task_is_an_owner_too():
    text = "The board asked Cal to circulate dates and all members to reply by Friday."
    assert town_owners(text) == [("Cal", "Cal Roe"), ("all members", None)]
    assert town_owners("Cal to send the paper and the results to the Board.") == [("Cal", "Cal Roe")]


APRIL_2024 = dt.date(2024, 4, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff to install signs before the May long weekend.", ("2024-05", None)),
        ("The CAO will report before the 2025 budget deliberations.", (None, None)),
        ("Staff to send Council a map before the tender is issued.", (None, None)),
        ("The clerk to reply within 10 working days.", (None, None)),
        ("It is to be brought back to the February TSC meeting.", ("2025-02", "tsc meeting")),
        ("Dr Ng will raise it at the partners' meeting.", (None, "partners' meeting")),
        ("Papers will be circulated one week before the meeting.", ("2024-04-15", None)),
    ],
)
def test_batch_three_due_forms(text, expected):
    found = find_due(text, APRIL_2024, NextMeeting(date=dt.date(2024, 4, 22)))
    assert (found.date, found.meeting) == expected


def test_a_kind_never_runs_across_its_or_before():
    found = find_due(
        "Ana to email the board about the budget before its meeting on 14 May.", APRIL_2024, None
    )
    assert (found.date, found.meeting) == ("2024-05-14", "meeting")


def test_the_committee_whose_minutes_these_are_keeps_a_plain_meeting_kind():
    text = "The Chair asked the Manager to invite the firm to present to the Committee at the next meeting."
    nxt = NextMeeting(date=dt.date(2024, 6, 11))
    assert find_due(text, APRIL_2024, nxt, "Investment Committee").meeting == "meeting"
    assert (
        find_due(
            "The report to go to Cabinet at the next meeting.", APRIL_2024, nxt, "Investment Committee"
        ).meeting
        == "cabinet"
    )


def test_a_follow_up_from_an_earlier_meeting_is_an_origin_not_a_due():
    text = "Follow-up from August 2022 MEC: Quality Director to present compliance by unit."
    assert find_due(text, dt.date(2022, 9, 13), None) is None
    assert find_origin(text, dt.date(2022, 9, 13)) == "2022-08"


def test_an_earlier_meeting_named_by_its_iso_date_is_the_origin():
    assert find_origin("hbrookes: reply to the doc (from the 2023-08-08 meeting).") == "2023-08"


def test_a_resolution_clause_that_only_receives_a_report_names_no_owner():
    text = "That Council receive Report PW-7 for information; and That staff report back by June 2024."
    assert town_owners(text) == [("staff", None)]


def test_a_quantified_group_stays_one_owner_even_when_several_hold_the_role():
    people = TOWN + [Person(name="Gil Orr", role="Churchwarden", attendance="present")]
    assert [o.mention for o in find_owners("All churchwardens to check the keys.", people)] == [
        "All churchwardens"
    ]


def test_a_possessive_body_named_without_a_meeting_word_is_no_due():
    assert (
        find_due("The DHC to write to the Tenants' Panel explaining the decision.", APRIL_2024, None) is None
    )


def test_a_lower_case_first_name_before_a_verb_is_not_taken_for_a_handle():
    people = [Person(name="Wardens Amy Cole", attendance="present")]
    assert find_owners("The wardens to check the keys.", people) == []


# ---- fourth batch: forms from board resolutions, expert groups, incident reviews and union branches

APRIL_2023 = dt.date(2023, 4, 19)


def due_of(text, meeting_date=APRIL_2023, next_meeting=None, title=None):
    due = find_due(text, meeting_date, next_meeting, title)
    return None if due is None else (due.date, due.meeting)


def test_a_titled_name_and_its_designation_are_one_owner():
    found = owners(
        "FURTHER RESOLVED THAT Mr. Arun Mehta, Company Secretary, be and is hereby authorised to file the forms."
    )
    assert found == [("Mr. Arun Mehta, Company Secretary", None)]


def test_the_management_directed_by_the_board_owns_the_action():
    found = owners("The Board noted the delay and directed the management to revise the procedure.")
    assert found == [("the management", None)]


def test_a_group_invited_to_act_owns_the_action():
    assert owners("Member States are invited to send their comments to the Secretariat.") == [
        ("Member States", None)
    ]


def test_a_group_with_a_relative_clause_owns_the_task_given_to_it():
    assert owners("Delegations that have not yet replied are asked to do so by Friday.") == [
        ("Delegations", None)
    ]
    assert owners("Trustees who have not done so to complete the skills audit.") == [("Trustees", None)]


def test_a_thing_with_a_relative_clause_that_is_passive_names_no_one():
    assert owners("Papers that are late will be deferred to the next meeting.") == []


def test_a_numbered_action_label_is_not_the_owner_and_a_numbered_body_keeps_its_role():
    assert owners("Action 2024-03: TG 2 convenor to circulate the draft to members.") == [
        ("TG 2 convenor", None)
    ]


def test_a_second_subject_of_an_agreed_clause_also_owns_it():
    found = owners("It was agreed that the Clerk would draft the letter and the Vice-Chair would sign it.")
    assert found == [("the Clerk", "Jane Smith"), ("the Vice-Chair", None)]


def test_a_lower_case_group_that_only_qualifies_a_passive_subject_names_no_one():
    assert owners("It was agreed that the service level targets would be reviewed in June.") == []


def test_a_markdown_action_row_gives_its_handle_owner_and_iso_due():
    row = "AI-7 | Add an alert for queue depth on the ingest service | @ravi | 2024-09-02"
    assert owners(row) == [("@ravi", None)]
    assert due_of(row, dt.date(2024, 8, 20)) == ("2024-09-02", None)


def test_the_next_board_meeting_keeps_its_meeting_word():
    nxt = NextMeeting(date=dt.date(2023, 6, 1))
    assert due_of("Ana will bring the plan to the next board meeting.", next_meeting=nxt) == (
        "2023-06-01",
        "board meeting",
    )


def test_the_next_meeting_named_by_an_acronym_of_part_of_the_title_takes_its_date():
    nxt = NextMeeting(date=dt.date(2023, 9, 5))
    title = "Trial Safety Review Board - Open Session"
    assert due_of("The PI will report at the next TSRB meeting.", next_meeting=nxt, title=title) == (
        "2023-09-05",
        "tsrb meeting",
    )


def test_a_lower_case_body_owns_its_month_meeting_before_a_body_reported_to():
    assert due_of("The finance committee will review the accounts at its June meeting.") == (
        "2023-06",
        "finance committee",
    )
    assert due_of(
        "It was agreed that the Audit Committee would consider it at its meeting in May and report to the Board."
    ) == (
        "2023-05",
        "audit committee",
    )


def test_a_quarter_before_an_event_is_an_undated_point():
    assert due_of("CFO to update the model before the Q3 budget round.") == (None, None)


def test_a_numbered_working_group_meeting_is_a_kind():
    assert due_of("Eva agreed to bring a draft for the TG 2 meeting in the spring.") == (None, "tg 2 meeting")


def test_before_it_goes_to_a_body_is_due_at_that_body():
    assert due_of("The Secretary to consult the societies before it goes to Finance Committee.") == (
        None,
        "finance committee",
    )


def test_a_day_an_item_was_moved_to_is_its_due_date():
    assert due_of("Chair to raise the rota at JCC - JCC now moved to 9 May.") == ("2023-05-09", None)


def test_the_end_of_term_is_the_end_of_the_current_school_term():
    assert due_of("All reps to recruit a member by the end of term.") == ("2023-07", None)
    assert due_of("All reps to recruit a member by the end of term.", dt.date(2023, 10, 3)) == (
        "2023-12",
        None,
    )


def test_before_any_event_or_a_named_day_is_an_undated_point():
    assert due_of("Treasurer to set up the form before any strike days.") == (None, None)
    assert due_of("Clerk to book the cleaners before Remembrance Sunday.") == (None, None)
    assert due_of("The chairs will check it before any recharter text is drafted.") is None


def test_within_minutes_of_the_meeting_is_the_meeting_day():
    assert due_of("The Secretary to file the results within 30 minutes of the close of this meeting.") == (
        "2023-04-19",
        None,
    )


def test_a_due_point_naming_the_next_meetings_kind_takes_its_date():
    nxt = NextMeeting(date=dt.date(2024, 9, 3), kind="Follow-up review")
    assert due_of("Dan to design the override before the follow-up review.", dt.date(2024, 8, 20), nxt) == (
        "2024-09-03",
        "follow-up review",
    )
    garbled = NextMeeting(date=dt.date(2024, 9, 3), kind="The meeting closed at 15:30")
    assert due_of("Dan to design the override before the review.", dt.date(2024, 8, 20), garbled) == (
        None,
        None,
    )


def test_a_month_and_a_qualified_review_name_a_meeting():
    assert due_of("It was agreed that the tiers would be audited in the September reliability review.") == (
        "2023-09",
        "reliability review",
    )


def test_a_thing_with_a_relative_clause_and_a_plain_verb_names_no_one():
    assert owners("Systems that want to talk will do so through special cases.") == []
    assert (
        owners("Asterisks that would need to be applied; more background than we should pour into this.")
        == []
    )


# ---------------------------------------------------------------- batch 5: etherpads, meeting bots, panels

ETHERPAD = [
    Person(name="Orla Venn", role=None, abbrev="ovenn", attendance="present"),
    Person(name="Teodor Lusk", role=None, abbrev=None, attendance="present"),
]
OCT_2023 = dt.date(2023, 10, 24)


def test_bracketed_nick_owns_an_etherpad_task_and_resolves_to_its_handle():
    found = find_owners("* [ovenn] write the upgrade notes for operators", ETHERPAD)
    assert [(o.mention, o.name) for o in found] == [("ovenn", "Orla Venn")]


def test_bracketed_nick_not_on_the_list_stays_a_mention():
    assert [o.mention for o in find_owners("[tlusk] file a bug for the quota message", ETHERPAD)] == ["tlusk"]


def test_leftover_lead_is_an_origin_not_a_due_point():
    text = "Leftover from the Falcon PTG in March 2023: [ovenn] document the driver API -> still open"
    assert [o.name for o in find_owners(text, ETHERPAD)] == ["Orla Venn"]
    assert find_due(text, OCT_2023, None) is None
    assert find_origin(text) == "2023-03"


def test_lower_case_group_after_an_action_label_owns_it():
    assert [o.mention for o in find_owners("ACTION: build team to check the alerting  (zed, 16:42)", [])] == [
        "build team"
    ]


def test_group_after_an_action_from_lead_owns_it():
    text = "Action from the 2021 AGM still open: committee to get quotes for the gate."
    assert [o.mention for o in find_owners(text, [])] == ["committee"]


def test_office_before_a_colon_owns_the_task_line():
    assert [o.mention for o in find_owners("Head of Admissions: draft a revised offer letter", [])] == [
        "Head of Admissions"
    ]


def test_a_body_before_a_colon_does_not_own_the_line():
    assert find_owners("Board: noted the revised offer letter", []) == []


def test_the_one_recommended_to_act_owns_a_recommendation():
    text = "RESOLVED that the Panel recommends that the Mayor report to the Panel in the spring."
    assert [o.mention for o in find_owners(text, [])] == ["the Mayor"]


def test_a_possessive_is_not_the_subject_of_a_passive_request():
    text = "Councillor Hale asked that the Trust's discharge plan be added to the work programme."
    assert find_owners(text, PEOPLE) == []


def test_the_requester_of_a_passive_item_does_not_own_it():
    assert find_owners("Director Amos requested that street lighting be placed on a future agenda.", []) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Treasurer will bring the plan to the June meeting of the Panel.", ("2024-06", "panel")),
        (
            "The Clerk to send the statement to Council at its meeting on 10 July 2024.",
            ("2024-07-10", "council"),
        ),
        (
            "It was agreed to escalate this to the Board at its meeting on 7 March 2024.",
            ("2024-03-07", "board"),
        ),
        (
            "An update would be provided at the Estates Operational Group.",
            (None, "estates operational group"),
        ),
        ("The Guardian to include the figures in her next quarterly report.", (None, None)),
        ("Cllr Hale asked that the plan be added to the work programme for the autumn.", (None, None)),
        ("ACTION: Clerk to arrange the pay committee meeting for the autumn term.", (None, None)),
        ("Director Amos requested that street lighting be placed on a future agenda.", (None, None)),
        ("AC/24/05 | Agree the scope of the review | HIA | Open – due May 2024", ("2024-05", None)),
    ],
)
def test_batch5_due_forms(text, expected):
    found = find_due(text, dt.date(2024, 2, 5), None, "Resources Committee")
    assert (found.date, found.meeting) == expected


def test_a_season_before_a_noun_is_no_due_point():
    assert (
        find_due("Sam offered to put the appeal in the spring newsletter.", dt.date(2024, 2, 5), None) is None
    )


def test_a_term_meeting_is_the_next_meeting_when_that_falls_in_the_term():
    summer = NextMeeting(date=dt.date(2022, 5, 18))
    found = find_due("The Head to report at the summer term meeting.", dt.date(2022, 2, 9), summer)
    assert (found.date, found.meeting) == ("2022-05-18", "meeting")
    spring = NextMeeting(date=dt.date(2022, 3, 20))
    assert (
        find_due("The Head to report at the summer term meeting.", dt.date(2022, 2, 9), spring).date is None
    )


def test_a_half_term_meeting_is_the_next_meeting_when_that_falls_in_the_half():
    december = NextMeeting(date=dt.date(2021, 12, 6))
    found = find_due(
        "Priya to bring the revised budget to the autumn 2 meeting.", dt.date(2021, 9, 20), december
    )
    assert (found.date, found.meeting) == ("2021-12-06", "meeting")
    found = find_due("4 | Revised budget | PN | Autumn 2 meeting", dt.date(2021, 9, 20), december)
    assert (found.date, found.meeting) == ("2021-12-06", "meeting")


def test_a_half_term_meeting_is_not_a_next_meeting_in_the_other_half():
    october = NextMeeting(date=dt.date(2021, 10, 11))
    found = find_due(
        "Priya to bring the revised budget to the autumn 2 meeting.", dt.date(2021, 9, 20), october
    )
    assert found.date is None


def test_a_term_named_for_a_later_meeting_does_not_outrank_the_meeting():
    text = "Carried forward to the June meeting, as the data for the spring term are not yet complete."
    found = find_due(text, dt.date(2021, 3, 16), None)
    assert (found.date, found.meeting) == ("2021-06", "meeting")


def test_the_first_meeting_of_the_named_next_kind_takes_its_date():
    weekly = NextMeeting(date=dt.date(2023, 11, 1), kind="weekly meeting")
    found = find_due(
        "Open actions from this PTG will be reviewed at the first weekly meeting.", OCT_2023, weekly
    )
    assert (found.date, found.meeting) == ("2023-11-01", "weekly meeting")


def test_a_next_meeting_kind_with_a_slash_names_the_due_point():
    gate = NextMeeting(date=dt.date(2022, 6, 23), kind="go/no-go meeting")
    found = find_due("lena to test resume before the go/no-go meeting", dt.date(2022, 6, 14), gate)
    assert (found.date, found.meeting) == ("2022-06-23", "go/no-go meeting")


# ------------------------------------------------------------------ batch 6 forms (invented text)

OFFICE = [
    Person(name="Nadia Quill", role="Head of Estates", abbrev="HoE", attendance="present"),
    Person(name="Piet Varga", role="Finance Director", abbrev="FD", attendance="present"),
    Person(name="Lola Brent", role="Clinical Director - Surgery", abbrev="CD-SG", attendance="present"),
    Person(name="Ivo Marsh", role="Deputy Director of Nursing", abbrev="DDoN", attendance="present"),
]


def office_owners(text):
    return [(o.mention, o.abbrev or o.name) for o in find_owners(text, OFFICE)]


def test_a_plural_commander_role_owns_the_action():
    assert owners("Area commanders to report overtime at their weekly meeting.") == [
        ("Area commanders", None)
    ]


def test_a_subject_with_a_first_verb_of_its_own_owns_the_commitment():
    assert owners("The ACC apologised and undertook to send the figures.") == [("The ACC", "ACC")]
    assert owners("The report was noted and agreed to be published.") == []


def test_a_todo_tag_with_names_in_brackets_names_the_owners():
    found = [(o.mention, o.name) for o in find_owners("TODO (Maria, Jane): draft the policy.", PEOPLE)]
    assert found == [("Maria", "Maria Lopez"), ("Jane", "Jane Smith")]


def test_initials_in_brackets_after_an_action_reference_name_the_owner():
    assert owners("M4-02 (ACC) Share the survey results with the board – Open.") == [("ACC", "ACC")]
    assert owners("Item 4 (CC) was discussed at length.") != [("CC", "CC")]


def test_a_placeholder_owner_cell_is_skipped_for_an_office():
    assert office_owners("B-7 | Renew the parking contract | Head of Estates | TBC | Open") == [
        ("Head of Estates", "HoE")
    ]
    assert office_owners("B-8 | Renew the lease | TBC | TBC | Open") == []


def test_hyphenated_initials_in_an_owner_cell_name_each_owner():
    assert office_owners("Q-3 | Staffing review for theatres | CD-SG/DDoN | 12/03/2024 | New") == [
        ("CD-SG", "CD-SG"),
        ("DDoN", "DDoN"),
    ]


def test_a_written_day_in_a_due_cell_is_the_due_date():
    found = find_due("B-9 | Agree the lease | FD | 31 May 2024 | Open", dt.date(2024, 5, 2), None)
    assert found.date == "2024-05-31"


def test_a_status_cell_with_a_note_is_not_the_due_cell():
    found = find_due(
        "B-9 | Agree the lease | FD | 16 May 2024 | Open – see item 4.0", dt.date(2024, 5, 2), None
    )
    assert found.date == "2024-05-16"


def test_a_day_and_two_digit_month_without_a_year_is_a_due_date():
    assert find_due("PD to circulate the plan by 29/09.", dt.date(2023, 9, 12), None).date == "2023-09-29"
    assert find_due("FD to cut costs by 1/3 this year.", dt.date(2023, 9, 12), None) is None


def test_a_period_that_runs_until_a_day_yields_to_a_later_due_point():
    text = "HEC to share the results – Open; the trial runs until 22 September and will come to the October Board."
    found = find_due(text, dt.date(2023, 9, 12), None)
    assert (found.date, found.meeting) == ("2023-10", "board")
    alone = find_due(
        "Members to respond to the survey, which runs until 22 September.", dt.date(2023, 9, 12), None
    )
    assert alone.date == "2023-09-22"


def test_an_action_log_row_wrapped_onto_the_next_line_takes_owner_and_due_from_it():
    texts = ["Q-5 | Interim cap for the north team", "| CD-SG/DDoN | 29/02/2024 | New", "Q-6 | Audit | FD |"]
    spans = [
        SentenceSpan(id=i, start=i * 100, end=i * 100 + len(t), text=t, item="2") for i, t in enumerate(texts)
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("action", "other", "action")]
    found = extract_actions(spans, labels, people=OFFICE, meeting_date=dt.date(2024, 2, 8), next_meeting=None)
    assert [o.abbrev for o in found[0].owners] == ["CD-SG", "DDoN"]
    assert found[0].due.date == "2024-02-29"
    assert [o.abbrev for o in found[1].owners] == ["FD"] and found[1].due is None


def test_a_markdown_row_does_not_take_the_next_row_as_its_rest():
    texts = ["| Q-5 | Interim cap for the north team | FD |", "| Q-6 | Audit of theatres | CD-SG |"]
    spans = [
        SentenceSpan(id=i, start=i * 100, end=i * 100 + len(t), text=t, item="2") for i, t in enumerate(texts)
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("action", "other")]
    found = extract_actions(spans, labels, people=OFFICE, meeting_date=dt.date(2024, 2, 8), next_meeting=None)
    assert [o.abbrev for o in found[0].owners] == ["FD"]


def test_people_met_with_do_not_own_the_meeting_purpose():
    text = "Cllr Reddy offered to meet with the residents and the ward commander to discuss parking."
    assert owners(text) == [("Cllr Reddy", "Tom Reddy")]
    assert owners("The PCC asked the CC to circulate dates and all members to reply.") == [
        ("the CC", "CC"),
        ("all members", None),
    ]


# Friday 8 March 2024; the next meeting is a fortnight later.
FRI_MARCH_2024 = dt.date(2024, 3, 8)
SPRINT_NEXT = NextMeeting(date=dt.date(2024, 3, 22))
CREW = [
    Person(name=n, attendance="present")
    for n in ("Ines Moreau", "Bruno Keller", "Lotte Vance", "Omar Haddad", "Petra Salo")
]


def crew_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, CREW)]


def test_abbreviated_weekdays_and_starting_a_weekday_are_due_that_day():
    assert find_due("Bruno: patch the loader crash (by Wed)", FRI_MARCH_2024, None).date == "2024-03-13"
    assert (
        find_due("Move to a short daily triage, starting Monday.", FRI_MARCH_2024, None).date == "2024-03-11"
    )
    assert find_due("Lotte to send the notes by Thurs.", FRI_MARCH_2024, None).date == "2024-03-14"


def test_a_weekdays_stand_up_is_that_day_and_that_kind_of_meeting():
    found = find_due("Ines to report the memory figures at Tuesday's stand-up.", FRI_MARCH_2024, None)
    assert (found.date, found.meeting) == ("2024-03-12", "stand-up")
    assert (
        find_due("Omar to book the room before Monday's deadline.", FRI_MARCH_2024, None).date == "2024-03-11"
    )


def test_a_standing_meeting_named_after_in_is_the_due_meeting():
    found = find_due("The art lead to be briefed in the weekly leads sync.", FRI_MARCH_2024, None)
    assert (found.date, found.meeting) == (None, "weekly leads sync")
    assert (
        find_due("Yesterday in the Privacy TF call we agreed to send it out.", FRI_MARCH_2024, None) is None
    )
    assert find_due("Petra to check whether it renders in a side panel.", FRI_MARCH_2024, None) is None


def test_end_of_sprint_is_the_next_review():
    assert (
        find_due("Omar: update the scope doc (end of sprint)", FRI_MARCH_2024, SPRINT_NEXT).date
        == "2024-03-22"
    )
    stated = find_due("Omar: update the scope doc (end of sprint)", FRI_MARCH_2024, None)
    assert (stated.mention, stated.date) == ("end of sprint", None)


def test_a_range_of_part_numbers_is_not_a_quarter():
    assert find_due("Add thermal vias under Q1-Q6 and re-run the model.", FRI_MARCH_2024, None) is None
    assert (
        find_due("The COO to recover the trajectory by the end of Q4.", FRI_MARCH_2024, None).date
        == "2024-12"
    )


def test_an_action_log_due_cell_in_words_is_a_point_with_no_date():
    row = "AI-9 | Widen the copper pour under Q2 and re-run the model | KB | before layout start"
    found = find_due(row, FRI_MARCH_2024, None)
    assert (found.mention, found.date) == ("before layout start", None)


def test_an_action_log_cell_naming_the_next_review_takes_the_next_meeting_date():
    row = "AI-7 | Get a yield estimate from the assembler | OS | next design review"
    found = find_due(row, FRI_MARCH_2024, SPRINT_NEXT, "Design Review - Falcon Rev B")
    assert (found.date, found.meeting) == ("2024-03-22", "design review")
    other = find_due(row, FRI_MARCH_2024, SPRINT_NEXT, "Project Board")
    assert (other.date, other.meeting) == (None, "design review")


def test_the_next_newsletter_is_a_point_with_no_date():
    found = find_due("The Principal will remind families in the next newsletter.", FRI_MARCH_2024, None)
    assert (found.mention, found.date) == ("in the next newsletter", None)


def test_a_numbered_term_is_a_point_with_no_month():
    found = find_due("Two members offered to plan a community hui in Term 2.", FRI_MARCH_2024, None)
    assert (found.mention, found.date) == ("in Term 2", None)
    dated = find_due(
        "The Principal to meet the adviser before the end of Term 1 on 12 April.", FRI_MARCH_2024, None
    )
    assert dated.date == "2024-04-12"
    assert find_due("The Principal to tidy the shed by the end of Term 3.", FRI_MARCH_2024, None).date is None


def test_half_term_is_the_next_half_term_month():
    text = "The Chair and Treasurer to complete the prep pack before half term."
    assert find_due(text, dt.date(2023, 5, 17), None).date == "2023-05"
    assert find_due(text, dt.date(2023, 6, 21), None).date == "2023-10"
    assert find_due(text, dt.date(2023, 11, 8), None).date == "2024-02"


def test_a_body_written_to_is_not_the_due_meeting():
    text = "The CEO and the Chair to write jointly to the integrated care board setting out the impact."
    assert find_due(text, FRI_MARCH_2024, None) is None
    assert (
        find_due("The CFO to present the accounts to the audit committee.", FRI_MARCH_2024, None).meeting
        == "audit committee"
    )


def test_a_deferral_keeps_the_meeting_it_names_not_the_body_before_it():
    text = "the Registrar to bring the revised code to Council for approval, now deferred to the October meeting."
    found = find_due(text, dt.date(2024, 6, 20), None, "Council")
    assert (found.date, found.meeting) == ("2024-10", "meeting")
    assert (
        find_due("The DVC to bring the results to Senate in May.", dt.date(2024, 2, 1), None).meeting
        == "senate"
    )


def test_a_month_before_a_body_comes_off_the_kind():
    row = "A-24-032 | Restart the tender; contract award report to the July Board | FD | July 2024 | Open"
    found = find_due(row, dt.date(2024, 5, 14), None)
    assert (found.date, found.meeting) == ("2024-07", "board")


def test_a_function_written_in_lower_case_after_its_qualifier_owns_the_action():
    assert owners("Internal audit will follow up the controlled drugs findings in November.") == [
        ("Internal audit", None)
    ]


def test_a_group_with_a_reduced_relative_clause_owns_the_request():
    assert owners("Members unable to attend were asked to inform the Clerk by 20 October.") == [
        ("Members", None)
    ]
    assert owners("Anyone unable to attend was asked to tell the Clerk.") == []


def test_a_caretaker_tasked_owns_the_action():
    assert owners("The caretaker has been tasked with having it repaired.") == [("The caretaker", None)]


def test_a_second_owner_whose_verb_is_left_out_owns_the_last_clause():
    assert crew_owners("Ines will run the tombola and Bruno the barbecue.") == [
        ("Ines", "Ines Moreau"),
        ("Bruno", "Bruno Keller"),
    ]
    assert crew_owners("Ines will send the minutes and Tuesday the agenda.") == [("Ines", "Ines Moreau")]


def test_a_role_in_lower_case_joined_to_a_name_in_a_resolution_is_a_second_owner():
    text = "Resolved that Petra Salo and the strata manager write to the builder by 16 April."
    assert crew_owners(text) == [("Petra Salo", "Petra Salo"), ("the strata manager", None)]


def test_owners_joined_by_a_plus_before_a_colon_are_each_an_owner():
    assert crew_owners("Lotte + Omar: agree a naming convention for the audio parameters") == [
        ("Lotte", "Lotte Vance"),
        ("Omar", "Omar Haddad"),
    ]


# ---- batch 8 forms (issue #7)

DIRECTORS = [
    Person(name="Orla Brennan", role="Director of Services (DoS), Parks", abbrev=None, attendance="present"),
    Person(name="Cian Walsh", role="Director of Services (DoS), Water", abbrev=None, attendance="present"),
    Person(name="Ines Kovac", role=None, abbrev=None, attendance="present"),
]
SEPT_2023 = dt.date(2023, 9, 12)


def test_an_office_and_its_department_set_off_by_commas_are_one_owner():
    found = find_owners("The DoS, Parks, agreed to repaint the railings before the summer.", DIRECTORS)
    assert [(o.mention, o.name) for o in found] == [("The DoS, Parks", "Orla Brennan")]


def test_an_office_and_a_list_of_people_are_still_separate_owners():
    found = find_owners("The DoS, Ines Kovac and Cllr Reddy to walk the route.", DIRECTORS)
    assert len(found) >= 2


def test_an_organisational_section_asked_to_act_owns_the_action():
    assert owners("The Estates section was asked to bring a costed plan.") == [("The Estates section", None)]
    assert owners("It was agreed that the section on maths would be rewritten by May.") == []
    assert owners("[Extend Other API Considerations section to cover impacts](https://example.org/1)") == []


def test_an_offer_to_take_on_a_role_is_not_a_passive():
    assert owners("Cllr Reddy offered to be returning officer for the ballot.") == [
        ("Cllr Reddy", "Tom Reddy")
    ]
    assert owners("The report was agreed to be circulated by email.") == []


def test_action_label_without_a_colon_before_an_owner_colon():
    assert owners("ACTION Maria Lopez: post the weekly summary on Monday.") == [("Maria Lopez", "@maria")]


def test_people_after_a_closing_participle_run_by_own_the_action():
    found = owners(
        "It was agreed that the next clinic would be on rebasing, run by Jane Smith and Cllr Reddy."
    )
    assert found == [("Jane Smith", "Jane Smith"), ("Cllr Reddy", "Tom Reddy")]


def test_to_before_a_numbered_reference_names_no_owner():
    assert owners("Answers to question 4.2 will be sent to all members by Friday.") == []


def test_a_bracketed_owner_tag_cut_into_the_next_sentence_names_the_owner():
    found = _actions(
        ["The CC agreed that the rota would be redrawn for the winter.", "(Action: CC)"], ["action", "other"]
    )
    assert [o.abbrev for o in found[0].owners] == ["CC"]


def due_sept(text, next_meeting=None):
    found = find_due(text, SEPT_2023, next_meeting)
    return None if found is None else (found.date, found.meeting)


def test_a_season_event_after_for_is_a_due_point_with_no_date():
    assert due_sept("The exam board will redesign the paper for the winter test.") == (None, None)
    assert due_sept("Pat offered to put the appeal in the spring newsletter.") is None


def test_on_his_return_is_a_due_point_with_no_date():
    assert due_sept("The Chair undertook to raise it with the Dean on his return.") == (None, None)


def test_a_quarter_naming_an_event_after_before_has_no_date():
    assert due_sept("The findings to be re-checked before Q4 planning.") == (None, None)
    assert due_sept("The findings to be re-checked before Q4 2023.") == ("2023-12", None)


def test_an_event_after_a_possessive_is_a_due_point_with_no_date():
    assert due_sept("The manager to write to the traders before the Council's reminders go out.") == (
        None,
        None,
    )


def test_the_next_e_newsletter_is_a_due_point_with_no_date():
    assert due_sept("Pat will put a note in the next e-newsletter telling tenants how to apply.") == (
        None,
        None,
    )


def test_committee_of_the_whole_is_one_meeting_kind():
    assert due_sept("Staff to bring cooling options to the October Committee of the Whole.") == (
        "2023-10",
        "committee of the whole",
    )


# ------------------------------------------------------------ issue #7: eight new training documents

OCT_2024 = dt.date(2024, 10, 10)
NEXT_DEC = NextMeeting(date=dt.date(2024, 12, 12))


def due_oct(text, next_meeting=None, title=None):
    found = find_due(text, OCT_2024, next_meeting, title)
    return (found.date, found.meeting) if found else None


def test_a_meeting_of_a_european_numeric_day_is_that_day():
    assert due_oct("Treasurer to bring the fee proposal to the board meeting of 12.12.2024.") == (
        "2024-12-12",
        "board meeting",
    )


def test_until_a_european_numeric_date_reads_day_first():
    assert due_oct("SWG to finish the draft until 15.11.2024.") == ("2024-11-15", None)


def test_next_call_in_a_closing_bracket_is_the_next_meeting():
    assert due_oct("@kim: metrics split by scope (next call)", NEXT_DEC) == ("2024-12-12", "call")


def test_a_span_in_a_closing_bracket_is_a_due_point_with_no_date():
    found = find_due("@kim: exploitability analysis (two weeks)", OCT_2024, None)
    assert found is not None and (found.mention, found.date, found.meeting) == ("two weeks", None, None)


def test_counts_past_twelve_are_read_as_a_relative_due_point():
    found = find_due("The engineer to publish the list within fifteen days.", OCT_2024, None)
    assert found is not None and found.mention == "within fifteen days"


def test_a_general_assembly_in_a_month_is_that_meeting():
    assert due_oct("The strategy to be approved before the General Assembly in March.") == (
        "2025-03",
        "general assembly",
    )


def test_a_board_named_after_its_members_is_the_kind():
    assert due_oct("The HQG to present the plan to the Board of Governors in January.") == (
        "2025-01",
        "board of governors",
    )


def test_its_meeting_of_a_board_named_after_its_members_keeps_the_meeting_word():
    assert due_oct("The proposal will go to the Board of Regents for its June meeting.") == (
        "2025-06",
        "board of regents meeting",
    )


def test_a_body_head_followed_by_meeting_is_one_kind():
    assert due_oct("The Provost to bring the model to the first Senate meeting of the spring.")[1] == (
        "senate meeting"
    )


def test_placing_business_before_the_committee_is_due_at_its_meeting():
    assert due_oct("The Officer shall place the ward figures before the Committee.") == (None, "committee")


def test_before_the_committee_without_placing_anything_is_not_its_meeting():
    assert due_oct("The officers will meet residents before the Committee decides.") != (None, "committee")


def test_an_event_held_on_a_day_is_past_not_due():
    assert (
        due_oct("The Chair offered to circulate her notes from the conference held on 2 September.") is None
    )


def test_to_be_held_on_a_day_is_still_a_due_point():
    assert due_oct("The Clerk to book the room for the workshop to be held on 2 November.") == (
        "2024-11-02",
        None,
    )


def test_a_month_of_a_past_event_gives_way_to_this_month():
    text = "Two frauds had been stopped in August, and the LCFM will issue an alert this month."
    assert due_oct(text) == ("2024-10", None)


def test_an_abbreviation_with_a_full_stop_stays_inside_the_role():
    assert owners("The Committee directed the Addl. Municipal Commissioner (Projects) to negotiate.") == [
        ("the Addl. Municipal Commissioner (Projects)", None)
    ]


def test_an_office_and_its_area_after_a_comma_are_one_owner():
    text = "Cllr Reddy asked that the Executive Engineer (Drainage) and the Ward Officer, Zone C jointly inspect the mains."
    assert owners(text) == [("the Executive Engineer (Drainage)", None), ("the Ward Officer, Zone C", None)]


def test_a_rank_and_a_surname_after_an_action_tag_are_one_owner():
    people = [Person(name="Paul Verity", role="Detective Chief Inspector", attendance="in_attendance")]
    found = find_owners("Action: DCI Verity to include a breakdown by theme.", people)
    assert [(o.mention, o.name) for o in found] == [("DCI Verity", "Paul Verity")]


def test_office_and_its_department_without_closing_comma_are_one_owner():
    found = owners("The Chief Officer, Roads and Transport to inspect the culvert within 7 days.")
    assert found == [("The Chief Officer, Roads and Transport", None)]


def test_clerk_and_names_after_a_comma_stay_separate_owners():
    found = owners("The Clerk, Ann Bell and Joe Ward to attend the site visit.")
    assert [m for m, _ in found] == ["The Clerk", "Ann Bell", "Joe Ward"]


def test_office_named_after_its_body_keeps_to_the_body():
    found = owners("the Secretary to the Board circulates the draft terms by 3 June.")
    assert found == [("the Secretary to the Board", None)]


def test_direction_label_is_not_an_owner():
    assert owners("Direction to officers: the Town Planner to draft a consultation plan.") == [
        ("the Town Planner", None)
    ]


def test_month_committee_meeting_keeps_the_meeting_word():
    due = find_due("Ali to bring the draft to the June committee meeting.", MAY_2018, None)
    assert (due.date, due.meeting) == ("2018-06", "committee meeting")


def test_a_bodys_month_meeting_of_a_kind_is_that_kind():
    due = find_due("Officers to report back to the board's July business meeting.", MAY_2018, None)
    assert (due.date, due.meeting) == ("2018-07", "business meeting")


def test_action_item_from_an_earlier_meeting_is_not_its_due():
    text = "Action item from the April 24, 2018 meeting: the Clerk to order new chairs."
    assert find_due(text, MAY_2018, None) is None


def test_a_large_body_written_in_the_plural_stays_one_owner():
    governors = [Person(name=f"Governor {n}", role="Governor", attendance="present") for n in "ABCDE"]
    assert [
        o.mention for o in find_owners("Governors were asked to complete the skills audit.", governors)
    ] == ["Governors"]


def test_a_pair_written_in_the_plural_resolves_to_both_holders():
    wardens = [Person(name=n, role="Warden", attendance="present") for n in ("Ann Lee", "Bo Kim")]
    assert [o.name for o in find_owners("The wardens to lock the gates.", wardens)] == ["Ann Lee", "Bo Kim"]


def test_a_plural_role_ending_in_ies_opens_a_task():
    assert owners("Branch secretaries to forward the ballot papers.") == [("Branch secretaries", None)]


def test_each_and_a_role_is_one_group_owner():
    assert owners("Each project lead to send the Clerk a risk summary.") == [("Each project lead", None)]


def test_all_alone_opening_a_task_line_is_everyone():
    assert owners("All to bring a dish to the summer picnic.") == [("All", None)]


def test_whoever_clause_is_the_owner_as_written():
    assert owners("Agreed that whoever opens the hall will switch the heating on.") == [
        ("whoever opens the hall", None)
    ]


def test_a_listed_person_in_a_later_will_clause_is_a_second_owner():
    assert owners("Cllr Reddy offered to book the room and Jane Smith will order the tea.") == [
        ("Cllr Reddy", "Tom Reddy"),
        ("Jane Smith", "Jane Smith"),
    ]


def test_a_body_in_a_later_will_clause_is_no_second_owner():
    assert owners("Cllr Reddy offered to draft the bid and the Board will consider it.") == [
        ("Cllr Reddy", "Tom Reddy")
    ]


def test_a_listed_person_acting_after_a_passive_owns_the_action():
    assert owners("The CC agreed it should be redrafted, and the ACC will circulate it.") == [
        ("the ACC", "ACC")
    ]


def test_a_group_to_be_invited_to_events_names_nobody():
    assert owners("Members of the Residents Panel to be invited to the open evenings.") == []


def test_a_handle_opening_a_sentence_owns_a_later_offer():
    assert owners("@maria has a script for the export and offered to share it.") == [("@maria", "@maria")]


def test_an_office_at_an_organisation_is_the_owner_not_the_organisation():
    assert owners("The Head of Planning at the County Council has been tasked with a site visit.") == [
        ("The Head of Planning", None)
    ]


def test_request_that_names_the_body_asked_to_act():
    assert owners("request that Harbour Ferries extend the winter timetable to March.") == [
        ("Harbour Ferries", None)
    ]


def test_an_iso_day_is_read_year_month_day():
    due = find_due("Ali to circulate the paper before the review on 2018-07-02.", MAY_2018, None)
    assert due.date == "2018-07-02"


def test_easter_resolves_to_the_month_of_easter_sunday():
    assert find_due("Jo to clear the gutters before Easter.", dt.date(2024, 3, 2), None).date == "2024-03"
    assert find_due("Jo to clear the gutters before Easter.", dt.date(2023, 3, 2), None).date == "2023-04"


def test_the_easter_holidays_have_no_month():
    due = find_due("Jo to clear the gutters before the Easter holidays.", dt.date(2024, 3, 2), None)
    assert due is not None and due.date is None


def test_their_month_mailing_dates_the_action():
    due = find_due("Secretaries to include the notice in their June mailings.", MAY_2018, None)
    assert due.date == "2018-06"


def test_a_named_kind_of_meeting_in_the_plural_is_that_kind():
    due = find_due("Wardens to raise it before their annual vestry meetings.", MAY_2018, None)
    assert (due.date, due.meeting) == (None, "annual vestry meeting")


def test_before_a_named_recurring_meeting_is_that_meeting():
    due = find_due("Ali to triage the issues before the weekly call.", MAY_2018, None)
    assert (due.date, due.meeting) == (None, "weekly call")


def test_a_season_and_a_review_is_that_review_with_no_month():
    due = find_due("Ali to raise the budget at the spring capacity review.", MAY_2018, None)
    assert (due.date, due.meeting) == (None, "capacity review")


def test_the_next_sitting_is_the_next_meeting():
    due = find_due(
        "The Clerk to table the report at the next sitting.", MAY_2018, NextMeeting(date="2018-06-12")
    )
    assert (due.date, due.meeting) == ("2018-06-12", "sitting")


def test_the_next_suitable_weekend_is_a_point_with_no_date():
    due = find_due("Sam to burn the brash pile on the next suitable weekend.", MAY_2018, None)
    assert due is not None and due.date is None


def test_a_bracketed_before_closing_a_task_line_is_a_point_with_no_date():
    due = find_due("@maria: migrate the wiki (before the 3.0 release)", MAY_2018, None)
    assert due is not None and due.date is None


def test_a_bracketed_due_month_and_abbreviation_dates_the_action():
    assert find_due("CFO to bring the model back (due: July ARC).", MAY_2018, None).date == "2018-07"


def test_report_back_to_a_body_is_no_due_point():
    assert find_due("Priya offered to attend and report back to the committee.", MAY_2018, None) is None


def test_a_body_once_an_event_happens_is_no_due_point():
    text = "The Clerk will report the costs to the Board once the survey has been done."
    assert find_due(text, MAY_2018, None) is None


def test_a_member_of_a_committee_is_no_meeting():
    text = "The minutes to be forwarded to the County Planning Committee Member for Ward 3."
    assert find_due(text, MAY_2018, None) is None


def test_the_one_who_said_she_would_act_owns_the_action():
    assert owners("Head Librarian Osei said she would ask the county for more shelving.") == [
        ("Head Librarian Osei", None)
    ]


def test_a_counted_group_with_all_opens_a_task():
    assert owners("Decision: all 12 branches to display the new poster by June.") == [
        ("all 12 branches", None)
    ]


def test_before_a_named_call_closes_is_an_event_not_that_meeting():
    due = find_due("Ali to post the draft before the consultation call closes.", MAY_2018, None)
    assert due is not None and due.meeting is None


def _row_actions(texts, labels):
    spans = [
        SentenceSpan(id=i, start=i * 100, end=i * 100 + len(t), text=t, item="7") for i, t in enumerate(texts)
    ]
    classified = [Classified(label=x, confidence=0.9) for x in labels]
    people = [Person(name="Ana Kowalska", role=None, abbrev=None, attendance="present")]
    return extract_actions(
        spans, classified, people=people, meeting_date=dt.date(2024, 7, 9), next_meeting=None
    )


def test_an_owner_cell_holding_a_full_name_names_the_owner():
    found = _row_actions(["Renew the firewall licence | Ana Kowalska | 2024-07-23"], ["action"])
    assert [o.name for o in found[0].owners] == ["Ana Kowalska"] and found[0].due.date == "2024-07-23"


def test_an_action_cell_cut_off_alone_takes_the_owner_and_due_cells_of_the_next_line():
    found = _row_actions(["Renew the firewall licence", "| Ana Kowalska | 2024-07-23"], ["action", "other"])
    assert [o.name for o in found[0].owners] == ["Ana Kowalska"] and found[0].due.date == "2024-07-23"


def test_a_due_cell_wrapped_alone_onto_the_next_line_is_the_due_date():
    found = _row_actions(["Renew the firewall licence | Ana Kowalska |", "2024-07-19"], ["action", "other"])
    assert found[0].due.date == "2024-07-19"


def test_a_sentence_after_an_action_is_not_read_as_its_cells():
    found = _row_actions(
        ["Ana will renew the licence", "| Note | It lapsed last year |"], ["action", "other"]
    )
    assert found[0].due is None


@pytest.mark.parametrize(
    ("text", "date", "meeting"),
    [
        ("The Secretary to circulate the risk list (March).", "2024-03", None),
        ("The Treasurer to bring a budget to the panel (April) and the board (May).", "2024-05", "board"),
        ("The Clerk to chase the contractor by end-March.", "2024-03", None),
        ("The Dean to report back by the end of the fall semester.", "2024-12", None),
        ("The Clerk to agree the questions in time for the March survey.", "2024-03", None),
    ],
)
def test_bracketed_months_end_dashes_semesters_and_in_time_for_give_the_month(text, date, meeting):
    found = find_due(text, dt.date(2024, 2, 14), None)
    assert (found.date, found.meeting) == (date, meeting)


def test_a_month_dating_surveys_carried_out_somewhere_is_a_past_event():
    text = "The Inspector to share the results of the surveys carried out on the B1040 in January."
    assert find_due(text, dt.date(2024, 2, 14), None) is None


def test_a_finished_sentence_does_not_take_the_cells_of_the_next_line():
    found = _row_actions(
        ["Ana agreed to renew the licence.", "| Ana Kowalska | 2024-07-19"], ["action", "other"]
    )
    assert found[0].due is None


def test_role_asked_in_a_requested_that_clause_owns_it():
    assert owners("The Board requested that the external auditor complete a review.") == [
        ("the external auditor", None)
    ]


def test_plural_group_that_was_requested_owns_it():
    assert owners("Governors were requested to visit the new classrooms.") == [("Governors", None)]


def test_possessive_agent_noun_owns_it():
    assert owners("The tenant's agent undertook to send the lease by Friday.") == [
        ("The tenant's agent", None)
    ]


def test_subject_who_undertakes_owns_it_not_the_body_in_the_agreed_clause():
    assert owners(
        "The ACC agreed that the board should set its agenda and undertook to brief the chair."
    ) == [("The ACC", "ACC")]


def test_named_body_month_meeting_dates_the_action():
    due = find_due("Officers to report before the Finance Committee's March meeting.", MAY_2018, None)
    assert (due.date, due.meeting) == ("2019-03", "finance committee")


def test_date_in_a_reason_clause_is_not_a_due_point():
    assert (
        find_due(
            "The item will return as a normal change, because the licence remains valid until 3 June.",
            MAY_2018,
            None,
        )
        is None
    )


def test_meeting_word_qualifying_a_list_is_not_a_meeting():
    assert find_due("The Clerk agreed to add the caretaker to the ECAB call list.", MAY_2018, None) is None


def test_a_lone_month_name_is_no_owner() -> None:
    people = [Person(name="Nadia Brook", attendance="present")]
    owners = find_owners(
        "Nadia Brook said that she had visited the depot in November and would send photographs to members.",
        people,
    )
    assert all(o.mention != "November" for o in owners)


def test_an_origin_clause_ends_at_a_bracket() -> None:
    due = find_due(
        "Action 4/12 from the March 2021 meeting (KP to obtain three quotations for replacing the boiler in the "
        "main hall) is carried forward to the June meeting.",
        dt.date(2021, 5, 10),
        None,
    )
    assert due is not None and due.date == "2021-06"


def test_owner_label_inside_an_action_log_cell_is_not_part_of_the_owner():
    row = "A-7 | Raised 02/03/2024 | Renew the hosting contract for the archive | Owner CC | Due 30/04/2024 | Open"
    assert owners(row) == [("CC", "CC")]


def test_slash_after_an_action_tag_adds_a_second_owner_before_the_verb():
    text = "Action: ACC / Councillor Reddy to review the patrol plan for the market."
    assert owners(text) == [("ACC", "ACC"), ("Councillor Reddy", "Tom Reddy")]


def test_two_service_areas_joined_by_and_before_one_office_are_one_owner():
    text = "The Parks and Open Spaces Manager to circulate the tree survey to members."
    assert owners(text) == [("The Parks and Open Spaces Manager", None)]


def test_each_before_a_body_is_a_standing_meeting_kind():
    due = find_due("ACC to report stop and search figures to each Scrutiny Board.", MAY_2018, None)
    assert due is not None and due.meeting == "scrutiny board" and due.date is None


def test_body_in_the_possessive_is_not_a_due_meeting():
    assert (
        find_due("The CC to publish a response to the panel's recommendations online.", MAY_2018, None)
        is None
    )


def test_initials_in_a_dash_separated_action_row_are_the_owner():
    text = "Action 7-12: CC – Book the venue for the open evening – end of June"
    assert owners(text) == [("CC", "CC")]


def test_adverb_between_passive_auxiliary_and_direction_keeps_the_owner():
    text = "The Clerk was further directed to write to the parish council about the verge."
    assert owners(text) == [("The Clerk", "Jane Smith")]


def test_day_month_year_joined_by_hyphens_is_a_due_date():
    found = find_due("The CC to circulate the plan – now due 14-Jun-2018.", MAY_2018, None)
    assert (found.date, found.meeting) == ("2018-06-14", None)


def test_next_forum_named_with_a_plural_possessive_is_its_meeting():
    found = find_due("The ACC agreed to raise rota gaps at the next Sergeants' Forum.", MAY_2018, None)
    assert (found.date, found.meeting) == (None, "sergeants' forum")


def test_month_of_someone_leaving_is_not_the_due_point():
    assert due("The CC to name cover for the two analysts leaving in July.") is None


def test_plain_meeting_of_a_named_body_takes_the_body_as_kind():
    assert due("The CC to present the plan at the first meeting of the Panel in 2019.") == (None, "panel")


def test_lower_case_first_names_in_an_action_tag_resolve_to_listed_people():
    people = [
        Person(name="Oskar Lindqvist", attendance="present"),
        Person(name="Priya Raman", attendance="present"),
    ]
    found = find_owners("ACTION(oskar, priya): draft the release checklist.", people)
    assert [(o.mention, o.name) for o in found] == [("oskar", "Oskar Lindqvist"), ("priya", "Priya Raman")]


def test_an_unknown_lower_case_word_in_an_action_tag_names_nobody():
    people = [Person(name="Oskar Lindqvist", attendance="present")]
    assert find_owners("ACTION(tbd): draft the release checklist.", people) == []


def test_a_due_cell_naming_the_next_meeting_by_acronym_takes_its_date():
    nxt = NextMeeting(date=dt.date(2025, 3, 4))
    due = find_due("QB 7  Refresh the risk log  CFO  Before next QRB", dt.date(2025, 1, 14), nxt, "QRB")
    assert (due.mention, due.date, due.meeting) == ("Before next QRB", "2025-03-04", "qrb")


def test_a_wrapped_row_reads_its_due_cell_from_the_first_line():
    text = "R-12  CFO to compare the insurance  CFO  Apr 2025\nquotes from three brokers"
    due = find_due(text, dt.date(2025, 1, 14), None)
    assert (due.mention, due.date) == ("Apr 2025", "2025-04")


def test_an_event_named_by_its_month_is_due_in_that_month():
    due = find_due("The CFO to renew the licences before the March renewal.", dt.date(2024, 11, 5), None)
    assert due.date == "2025-03" and due.meeting is None


def test_an_owner_cell_before_the_action_cell_names_the_owner():
    row = "GB/22/014 | CC | Publish the revised stop and search dashboard for the panel | Mar 2022 | Open"
    assert owners(row) == [("CC", "CC")]


def test_a_reference_cell_before_the_action_cell_names_no_owner():
    assert (
        owners("GB/22/015 | Publish the revised stop and search dashboard for the panel | Mar 2022 | Open")
        == []
    )


def test_an_owner_cell_after_the_action_cell_outranks_the_one_before():
    row = (
        "GB/22/016 | CC | Publish the revised stop and search dashboard for the panel | ACC | Mar 2022 | Open"
    )
    assert owners(row) == [("ACC", "ACC")]


def test_a_clipped_name_of_the_body_due_next_takes_the_next_meeting_date():
    due = find_due(
        "| B-7 | Share the revised cut-over plan with both suppliers | JT | Next ExCo | Open |",
        dt.date(2024, 3, 5),
        NextMeeting(date=dt.date(2024, 4, 2)),
        "Harbour Trust Executive Committee",
    )
    assert (due.date, due.meeting) == ("2024-04-02", "exco")


def test_a_clipped_name_of_another_body_takes_no_date():
    due = find_due(
        "| B-8 | Share the revised cut-over plan with both suppliers | JT | Next ExCo | Open |",
        dt.date(2024, 3, 5),
        NextMeeting(date=dt.date(2024, 4, 2)),
        "Harbour Trust Audit Panel",
    )
    assert due.date is None


@pytest.mark.parametrize("term", ["Michaelmas", "Hilary", "Trinity", "Lent"])
def test_a_named_university_term_meeting_is_the_next_meeting_when_that_falls_in_the_term(term):
    next_day = {
        "Michaelmas": dt.date(2023, 11, 8),
        "Hilary": dt.date(2024, 2, 7),
        "Lent": dt.date(2024, 2, 7),
    }
    nxt = NextMeeting(date=next_day.get(term, dt.date(2024, 5, 15)))
    due = find_due(
        f"The Dean to report to the {term} Term meeting.", dt.date(2023, 10, 4), nxt, "Faculty Board"
    )
    assert (due.date, due.meeting) == (nxt.date.isoformat(), "meeting")


def test_a_named_university_term_meeting_not_next_takes_no_date():
    due = find_due(
        "The Dean to report to the Trinity Term meeting.",
        dt.date(2023, 10, 4),
        NextMeeting(date=dt.date(2023, 11, 8)),
        "Faculty Board",
    )
    assert due.date is None


def test_by_the_end_of_a_named_university_term_is_its_last_month():
    due = find_due(
        "The Registrar to circulate the guidance by the end of Hilary Term.", dt.date(2023, 10, 4), None
    )
    assert due.date == "2024-03"


def test_a_body_acting_after_before_is_an_event_not_the_meeting_kind():
    due = find_due(
        "The DoF to bring the figures to the March meeting, before the Cabinet approves the budget.",
        dt.date(2024, 1, 16),
        None,
        "Resources Committee",
    )
    assert due.meeting == "meeting"


def test_a_body_the_action_goes_to_still_gives_the_meeting_kind():
    due = find_due("The DoF to bring the figures before the Cabinet in March.", dt.date(2024, 1, 16), None)
    assert due.meeting == "cabinet"


def test_a_body_asked_for_something_owns_nothing():
    assert owners("It was agreed that the ethics panel would be asked for a view before the vote.") == []


def test_a_body_asked_to_act_owns_the_action():
    assert owners("It was agreed that the ethics panel would be asked to review the wording.") == [
        ("the ethics panel", None)
    ]


def test_months_listed_as_the_period_a_task_covers_are_no_due_point():
    due = find_due(
        "The CC to provide the arrest figures for November and December, to be circulated within two weeks.",
        dt.date(2024, 1, 16),
        None,
    )
    assert due.mention == "within two weeks"


def test_a_single_month_after_for_is_still_a_due_point():
    due = find_due("The CC to provide the arrest figures for March.", dt.date(2024, 1, 16), None)
    assert due.date == "2024-03"


def test_a_future_named_session_is_a_meeting_kind_with_no_date() -> None:
    due = find_due(
        "The summary would be brought to a future informal briefing session.", dt.date(2024, 5, 2), None
    )
    assert due is not None
    assert (due.date, due.meeting) == (None, "informal briefing session")


def test_a_session_without_a_later_one_meant_is_no_due_point() -> None:
    assert (
        find_due("The Treasurer will show the figures in the morning session.", dt.date(2024, 5, 2), None)
        is None
    )


def test_role_wrapped_over_a_line_break_stays_one_owner():
    people = [Person(name="Nia Rees", role="Head of Estates and Capital Planning", attendance="present")]
    found = find_owners(
        "Action 4/12, carried forward: the Head of Estates\nand Capital Planning to cost it.", people
    )
    assert [(o.mention, o.name) for o in found] == [("the Head of Estates and Capital Planning", "Nia Rees")]


def test_body_named_in_a_recommendation_that_clause_owns_the_action():
    text = "RESOLVED – That the matter be referred to the Executive, with the recommendation that the Executive review the fees."
    assert owners(text) == [("the Executive", None)]


def test_bare_plural_group_after_agreed_that_owns_the_action():
    assert owners("It was agreed that course tutors would update the handbook before term.") == [
        ("course tutors", None)
    ]


def test_bare_plural_after_agreed_that_with_passive_names_nobody():
    assert owners("It was agreed that two more volunteers would be offered the course.") == []


SCHOOL_PEOPLE = [
    Person(name="Rhian Lloyd", role="Headteacher", abbrev="HT", attendance="present"),
    Person(name="Owen Price", role="Clerk", abbrev=None, attendance="in_attendance"),
]


@pytest.mark.parametrize(
    ("row", "owner"),
    [
        ("GB22/04 – HT – attendance figures by year group – end of spring term", "HT"),
        ("\tGB22/05 – Clerk – revised complaints policy to the full governing body\t", "Clerk"),
    ],
)
def test_owner_cell_of_a_dash_separated_row_after_its_reference_is_the_owner(row: str, owner: str) -> None:
    assert [o.mention for o in find_owners(row, SCHOOL_PEOPLE)] == [owner]


def test_date_cell_of_a_dash_separated_row_is_due_in_the_meeting_year() -> None:
    due = find_due("GB22/06\t– HT – summary of exam results – 4 September", dt.date(2022, 6, 14), None)
    assert due is not None and due.date == "2022-09-04"


def test_dashes_inside_a_sentence_without_a_reference_are_not_cells() -> None:
    assert table_cells("The Clerk – as agreed – will send it – by 4 September") is None
    assert table_cells("GB22/07 – Clerk – send it – by 4 September") is not None


def test_speaker_after_a_chat_timestamp_owns_a_first_person_commitment() -> None:
    people = [Person(name="Ines Duarte", role=None, abbrev="@ines", attendance="present")]
    found = find_owners("[09:41] @ines: I'll rebase the branch before the freeze.", people)
    assert [(o.mention, o.name) for o in found] == [("@ines", "Ines Duarte")]


def test_by_tomorrow_is_the_day_after_the_meeting() -> None:
    due = find_due("@ines: I'll post the summary on the forum by tomorrow.", dt.date(2023, 12, 31), None)
    assert due is not None and (due.mention, due.date, due.meeting) == ("by tomorrow", "2024-01-01", None)


def test_a_cabinet_meeting_has_the_kind_cabinet_but_a_board_meeting_keeps_meeting() -> None:
    ref = dt.date(2023, 3, 2)
    cabinet = find_due("The views be passed on before the Cabinet meeting on 14 March 2023.", ref, None)
    board = find_due("The paper to go to the board meeting on 14 March 2023.", ref, None)
    assert cabinet is not None and (cabinet.date, cabinet.meeting) == ("2023-03-14", "cabinet")
    assert board is not None and board.meeting == "board meeting"


def test_tomorrow_without_a_deadline_word_is_no_due_point() -> None:
    assert (
        find_due("Ines: we'll talk to the editors about this tomorrow.", dt.date(2023, 12, 31), None) is None
    )


def test_season_meeting_cell_of_a_dash_row_takes_that_meeting_date() -> None:
    nxt = NextMeeting(date=dt.date(2022, 10, 11), kind=None)
    due = find_due("GB22/08 – HT – pupil premium plan – autumn term meeting", dt.date(2022, 6, 14), nxt)
    assert due is not None and due.date == "2022-10-11"


def test_a_quarter_naming_a_report_leaves_the_due_point_to_the_meeting():
    due = find_due(
        "The Chair asked the DoN to add the figures to the quarter 2 staffing report to the September meeting.",
        MAY_2018,
        None,
    )
    assert (due.date, due.meeting) == ("2018-09", "meeting")


def test_a_quarter_deadline_is_still_a_due_point():
    due = find_due("The DoF to close the ledger review by the end of quarter 2.", MAY_2018, None)
    assert due is not None and due.date is not None and due.meeting is None


def test_the_same_meeting_is_the_meeting_named_in_the_sentence_before():
    actions = _actions(
        [
            "Vacancy figures for the spring to be brought back to the July review meeting.",
            "The ACC was asked to add a breakdown by district for the same meeting.",
        ],
        ["action", "action"],
    )
    assert (actions[1].due.date, actions[1].due.meeting) == ("2018-07", "review meeting")
    assert actions[1].due.mention == "for the same meeting"


def test_the_same_meeting_without_an_earlier_meeting_keeps_no_date():
    actions = _actions(["The ACC to bring the figures to the same meeting."], ["action"])
    assert actions[0].due is not None and actions[0].due.date is None


def test_owner_and_due_cells_cut_into_an_action_sentence_belong_to_the_row():
    found = _actions(
        [
            "Z-7 | Rewrite the intake checklist",
            "| Owner QA | Due 14/06/2018 | Open",
            "Z-8 | Next task | QA | TBC",
        ],
        ["action", "action", "action"],
    )
    assert [a.text for a in found][0] == "Z-7 | Rewrite the intake checklist" and len(found) == 2
    assert found[0].due.date == "2018-06-14"
    assert [o.mention for o in found[0].owners] == ["QA"]


def test_a_due_cell_cut_in_two_is_read_whole():
    found = _actions(["R-3 | Refresh the risk log | Risk Lead | 30", "June 2018 | Open"], ["action", "other"])
    assert found[0].due.date == "2018-06-30"


def test_tab_cells_after_an_action_line_give_its_owner_and_due():
    found = _actions(["Recost the pilot and reissue the plan.", "JK\t22/06/2018"], ["action", "other"])
    assert found[0].due.date == "2018-06-22"
    assert [o.mention for o in found[0].owners] == ["JK"]


def test_a_following_sentence_with_a_pipe_is_not_taken_as_cells():
    found = _actions(
        ["Z-7 | Rewrite the intake checklist | QA", "Members asked whether the a | b split still holds"],
        ["action", "finding"],
    )
    assert found[0].due is None


def test_a_dash_rows_meeting_cell_closed_by_a_full_stop_is_its_due_point():
    row = "Action FC/19/03/02 – DoF – bring the revised capital plan – September FC."
    due = find_due(row, MAY_2018, None)
    assert (due.date, due.meeting) == ("2018-09", "fc")


def test_a_dash_row_closed_by_an_initial_keeps_no_due_cell():
    assert (
        find_due("Action FC/19/03/02 – DoF – bring the revised capital plan – Ms J.", MAY_2018, None) is None
    )


def test_a_bracketed_status_after_a_rows_reference_keeps_its_owner_cell():
    row = (
        "Action FC/19/01/04 (carried forward) – DoF – circulate the estates survey – now due at the July FC."
    )
    assert find_owners(row, []) == [Owner(mention="DoF")]


def test_a_bracketed_aside_after_a_reference_is_no_status():
    row = "Minute FC/19/01/04 (see appendix) – the board discussed the survey – no change."
    assert find_owners(row, []) == []


def test_a_labelled_dash_row_gives_its_last_cell_as_due():
    due = find_due("Action 18-12: KT – Complete the access review – 15-Jun-2018", MAY_2018, None)
    assert due.date == "2018-06-15"


def test_a_future_meeting_is_a_stated_meeting_with_no_date():
    due = find_due(
        "Pat offered to bring two volunteers to talk to the group at a future meeting.", MAY_2018, None
    )
    assert (due.date, due.meeting) == (None, "meeting")


def test_before_the_agm_names_that_meeting():
    due = find_due("The Treasurer to circulate the accounts to members before the AGM.", MAY_2018, None)
    assert (due.date, due.meeting) == (None, "agm")


def test_at_the_meeting_without_a_report_back_is_no_due_point():
    assert find_due("It was agreed to discuss the matter at the meeting.", MAY_2018, None) is None


OCT_2021 = dt.date(2021, 10, 12)
NEXT_IN_NOVEMBER = NextMeeting(date=dt.date(2021, 11, 9))


def test_the_next_meeting_named_by_a_mixed_case_initialism_of_the_title_takes_its_date():
    due = find_due(
        "RB asked TW to bring the revised plan to the next ProgBo.",
        OCT_2021,
        NEXT_IN_NOVEMBER,
        "Digital Programme Board (ProgBo)",
    )
    assert (due.date, due.meeting) == ("2021-11-09", "progbo")


def test_the_next_meeting_of_another_mixed_case_initialism_has_no_date():
    due = find_due(
        "TW to bring the revised plan to the next ExCo.", OCT_2021, NEXT_IN_NOVEMBER, "Digital Board"
    )
    assert (due.date, due.meeting) == (None, "exco")


def test_a_due_cell_of_a_month_and_an_initialism_names_that_meeting():
    due = find_due("B-12 | Refresh the benefits map | Owner: TW | Due: January ProgBo", OCT_2021, None)
    assert (due.date, due.meeting) == ("2022-01", "progbo")


def test_an_initialism_before_a_month_and_year_is_that_month_meeting():
    due = find_due("Action: TW to confirm the rota, by RSG March 2022.", OCT_2021, None)
    assert (due.date, due.meeting) == ("2022-03", "rsg")


def test_the_first_of_two_due_points_after_an_initialism_wins():
    due = find_due(
        "TW to update RSG by RSG February 2022, before the trustees sign off in April.", OCT_2021, None
    )
    assert (due.date, due.meeting) == ("2022-02", "rsg")


def test_an_initialism_before_may_without_a_year_is_no_due_point():
    assert find_due("Papers will go to HR May be late.", OCT_2021, None) is None


def test_a_flattened_row_with_lead_and_due_labels_gives_its_cells():
    text = "RSG/21/07 Minute 21/033 (14.09.21) Audit the rota Lead: CC Due: December 2021 Status: Open"
    due = find_due(text, OCT_2021, None)
    assert (due.date, owners(text)) == ("2021-12", [("CC", "CC")])


def test_a_flattened_row_with_an_office_as_lead_gives_that_owner():
    text = "RSG/21/09 Re-cost the plan Lead: Assistant Chief Constable Due: January 2022 Status: Open"
    assert owners(text) == [("Assistant Chief Constable", "ACC")]


def test_a_sentence_with_owner_and_due_labels_split_by_full_stops_is_no_labelled_row():
    assert table_cells("Agree the plan. Owner: CC. Due: next meeting.") is None


def test_a_spaced_row_whose_action_wraps_takes_its_owner_from_the_first_line():
    text = (
        "09/21-02   Draft the estates strategy for the sites     CC           Next ProgBo\n"
        "           and the depots (c/f from the September ProgBo)"
    )
    assert owners(text) == [("CC", "CC")]


def test_a_quarter_and_year_cell_is_the_quarters_last_month():
    text = "09/21-03   Confirm retirement date for the old call loggers      CC           Q2 2022\nand update the risk register"
    due = find_due(text, OCT_2021, None)
    assert due.date == "2022-06"


def test_a_day_cell_with_a_two_digit_year_is_read_in_full():
    due = find_due("CC\tSend the custody audit to the panel\t30/11/21", OCT_2021, None)
    assert due.date == "2021-11-30"


def test_everyone_in_the_owner_cell_is_the_owner_as_written():
    assert owners("All\tComplete the data protection module\t31/12/21") == [("All", None)]


def test_body_a_recommendation_is_addressed_to_owns_it():
    text = "the Panel recommends to the Health Board that it publishes monthly waiting figures for each ward;"
    assert owners(text) == [("the Health Board", None)]


def test_body_a_matter_is_referred_to_for_a_response_owns_it():
    assert owners("That the six proposals be referred to the Executive for a response by May.") == [
        ("the Executive", None)
    ]


def test_referral_asking_no_reply_names_no_owner():
    assert owners("It was agreed that the fraud risk would be referred to the Audit Panel in May.") == []


def test_department_named_with_and_is_not_a_second_owner():
    assert owners("KT to visit the Art and Design department to check the kiln risk assessment.") == [
        ("KT", None)
    ]


def test_name_after_a_preposition_of_a_thing_is_not_the_subject():
    assert (
        owners("It was agreed that a search for a Postgres driver maintainer would begin on the forum.") == []
    )


def test_executive_meeting_has_the_kind_executive():
    due = find_due("The Leader to respond at the Executive meeting on 4th June, 2024.", MAY_2018, None)
    assert (due.date, due.meeting) == ("2024-06-04", "executive")


def test_a_labelled_owner_cell_longer_than_the_task_is_still_the_owner():
    found = find_owners("B2 – Draft a plan – Owner: Head of Library Services – Due: June board", [])
    assert [o.mention for o in found] == ["Head of Library Services"]


def test_two_joined_dash_rows_take_the_first_rows_due_cell():
    text = (
        "B6 – Book the hall for the open day – Owner: ACC – Due: 20 June 2018\n"
        "B7 – Report the repair costs – Owner: CFO – Due: November board"
    )
    assert find_due(text, MAY_2018, None).date == "2018-06-20"


def test_a_due_field_cut_onto_the_next_sentence_is_read_with_its_row():
    found = _actions(
        ["B4 – Write the recovery plan – Owner: DCC – Due:", "November board", "The meeting closed."],
        ["action", "other", "other"],
    )
    assert (found[0].due.date, found[0].due.meeting) == ("2018-11", "board")


def test_a_due_field_is_not_joined_to_a_following_action():
    found = _actions(
        ["B4 – Write the recovery plan – Owner: DCC – Due:", "The CC to check the rota by 20 June 2018."],
        ["action", "action"],
    )
    assert found[0].due is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("JT: confirm the two rotas (by Fri 1/6)", "2018-06-01"),
        ("Send the revised plan to the office by Thursday 14/6", "2018-06-14"),
    ],
)
def test_a_day_and_unpadded_month_after_a_weekday_is_that_day(text, date):
    assert find_due(text, MAY_2018, None).date == date


def test_an_unpadded_fraction_without_a_weekday_is_no_day():
    assert find_due("The CC to cut 3/4 of the backlog", MAY_2018, None) is None


def test_a_decision_verb_in_capitals_is_no_part_of_the_owner():
    text = "Trustees RESOLVED to ask the Bursar and Secretary to write to the bank."
    assert [o.mention for o in find_owners(text, [])] == ["the Bursar", "Secretary"]


def test_a_document_abbreviation_after_the_is_no_owner():
    people = [Person(name="Ann Lee", role="Associate Dean (Research)", abbrev="ADR", attendance="present")]
    assert [o.name for o in find_owners("The ADR to present the list to the Board.", people)] == ["Ann Lee"]
    assert find_owners("The PEP to come back to the maintainers in May.", []) == []


def test_a_sentence_naming_more_owners_than_its_closing_tag_keeps_them_all():
    people = [
        Person(name="Ann Lee", role="Director of Estates", abbrev=None, attendance="present"),
        Person(name="Bo Ray", role="Planning Officer", abbrev=None, attendance="present"),
    ]
    texts = [
        "The Board asked the Director of Estates and Mr Ray to cost the repairs.",
        "ACTION: Director of Estates",
    ]
    spans = [SentenceSpan(id=i, start=0, end=len(t), text=t, item="4") for i, t in enumerate(texts)]
    labels = [Classified(label="action", confidence=0.9), Classified(label="other", confidence=0.9)]
    actions = extract_actions(
        spans, labels, people=people, meeting_date=dt.date(2024, 3, 6), next_meeting=None
    )
    assert [o.name for o in actions[0].owners] == ["Ann Lee", "Bo Ray"]


def test_a_meeting_of_a_body_named_with_and_is_that_body_meeting():
    text = "The Dean to nominate a member before the May meeting of the Ethics and Integrity Committee."
    due = find_due(text, dt.date(2024, 3, 6), None)
    assert (due.date, due.meeting) == ("2024-05", "ethics and integrity committee")


# ------------------------------------------------------------------ labelled due cells, bare nicks, term cells
NICKS = [
    Person(name="qmarlow", role=None, abbrev=None, attendance="present"),
    Person(name="zvance", role=None, abbrev=None, attendance="present"),
]


def nick_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, NICKS)]


def test_a_target_label_in_a_dash_row_is_not_part_of_the_meeting_kind():
    row = "Action 2031-04-02 – Refresh the supplier heat map – Owner: QM – Target: next board"
    nxt = NextMeeting(date=dt.date(2031, 5, 8))
    assert due_of(row, dt.date(2031, 4, 10), nxt, "Programme Board") == ("2031-05-08", "board")


def test_a_target_label_before_a_day_still_gives_the_day():
    row = "Action 2031-04-03 – Close the lease query – Owner: QM – Target: 30 April 2031"
    assert due_of(row, dt.date(2031, 4, 10)) == ("2031-04-30", None)


def test_a_bare_nick_offering_to_help_owns_the_action():
    assert nick_owners("zvance offered to pair with qmarlow on the mirror move  (qmarlow, 10:01:02)") == [
        ("zvance", "zvance")
    ]


def test_the_bare_nick_asked_by_another_nick_owns_the_action():
    assert nick_owners("qmarlow asked zvance to gather the plugin breakages in one issue") == [
        ("zvance", "zvance")
    ]


def test_a_lower_case_common_noun_asking_names_no_nick_owner():
    assert nick_owners("officers asked residents to report potholes online") == []


def test_a_meeting_cell_with_its_day_gives_the_kind_and_the_date():
    row = "| 6 | Add a transition page to the SEND report | NP | FGB 22 March |"
    assert due_of(row, dt.date(2031, 2, 8)) == ("2031-03-22", "fgb")


def test_a_deadline_word_before_a_day_cell_is_not_a_meeting_kind():
    row = "| 6 | Add a transition page to the SEND report | NP | By 22 March |"
    assert due_of(row, dt.date(2031, 2, 8)) == ("2031-03-22", None)


def test_a_whole_term_cell_is_a_due_point_with_no_date():
    row = "| 3 | Invite the Head of Art to present the portfolio plan | LF | Summer term |"
    due = find_due(row, dt.date(2031, 2, 8), None)
    assert due is not None and (due.mention, due.date, due.meeting) == ("Summer term", None, None)


def test_a_bracketed_note_after_a_due_cell_is_not_read_as_a_meeting():
    action = "| 4 | Confirm the capitalisation split for the build costs with the auditors | QM |"
    assert due_of(
        f"{action} 30 April 2031 (carried forward from the March board) |", dt.date(2031, 4, 10)
    ) == (
        "2031-04-30",
        None,
    )
    assert due_of(f"{action} Next meeting (moved from March) |", dt.date(2031, 4, 10)) == (None, "meeting")


# --- issue #7, batch 22/23: owner prefixes, stacked cells, reference codes, months ahead


def test_hash_action_label_names_an_unlisted_given_name_as_owner():
    found = find_owners("#ACTION Petra: migrate the wiki pages to the new theme", [])
    assert [o.mention for o in found] == ["Petra"]


def test_label_word_after_hash_action_is_no_owner():
    assert find_owners("#ACTION Update: migrate the wiki pages to the new theme", []) == []


def test_handles_before_a_dash_own_a_checklist_row():
    found = find_owners("@lmoreau, @tpark – storage quota proposal – due 2025-06-02", [])
    assert [o.mention for o in found] == ["@lmoreau", "@tpark"]


def test_wiki_link_shows_the_owner_name():
    found = find_owners("[[User:Gbrandt|Greta]] offered to draft the release notes.", [])
    assert [o.mention for o in found] == ["Greta"]


def test_initials_cell_of_the_row_above_does_not_join_the_owner():
    text = "RB\nThe Head of Estates to circulate the survey results within a week."
    assert [o.mention for o in find_owners(text, PEOPLE)] == ["The Head of Estates"]


def test_reference_code_is_no_owner():
    assert (
        find_owners("It was agreed that CR-14 would come back to the July board with a new quote.", PEOPLE)
        == []
    )


def test_name_and_colon_under_an_action_list_item_names_the_owner():
    spans = [
        SentenceSpan(id=0, start=0, end=40, text="Petra: theme migration for the wiki", item="u9"),
        SentenceSpan(id=1, start=41, end=80, text="Olu: release notes, by the next meeting", item="u4"),
    ]
    labels = [Classified(label="action", confidence=0.9)] * 2
    actions = extract_actions(
        spans,
        labels,
        people=[],
        meeting_date=MAY_2018,
        next_meeting=None,
        item_titles={"u9": "Action items", "u4": "Release planning"},
    )
    assert [[o.mention for o in a.owners] for a in actions] == [["Petra"], []]


def test_owner_and_due_cells_stacked_under_the_action_are_read_as_its_row():
    texts = ["Floor plan to be revised for the new desks.", "FM", "14/06/18", "Next item text follows here."]
    spans = [SentenceSpan(id=i, start=i * 50, end=i * 50 + 40, text=t, item="4") for i, t in enumerate(texts)]
    labels = [Classified(label=x, confidence=0.9) for x in ("action", "other", "other", "other")]
    actions = extract_actions(spans, labels, people=PEOPLE, meeting_date=MAY_2018, next_meeting=None)
    assert [o.mention for o in actions[0].owners] == ["FM"]
    assert actions[0].due.date == "2018-06-14"


def test_a_following_sentence_is_not_read_as_stacked_cells():
    texts = ["The CC to share the plan.", "Members noted the update on the plan."]
    spans = [SentenceSpan(id=i, start=i * 50, end=i * 50 + 40, text=t, item="4") for i, t in enumerate(texts)]
    labels = [Classified(label=x, confidence=0.9) for x in ("action", "other")]
    actions = extract_actions(spans, labels, people=PEOPLE, meeting_date=MAY_2018, next_meeting=None)
    assert actions[0].due is None and [o.abbrev for o in actions[0].owners] == ["CC"]


def test_months_time_counts_months_from_the_meeting():
    due = find_due("Progress to be reported to the Board in four months' time.", MAY_2018, None)
    assert due.date == "2018-09"


def test_a_count_word_matched_only_by_case_folding_gives_no_date_instead_of_an_error():
    # re.IGNORECASE folds the long s into "s", so "ſix" matches the count words but is not one of them
    due = find_due("Progress to be reported to the Board in ſix months' time.", MAY_2018, None)
    assert due is None or due.date is None


def test_within_months_stays_an_undated_span():
    due = find_due("The Clerk to reply within three months.", MAY_2018, None)
    assert due is not None and due.date is None


def test_listed_person_who_agreed_a_passive_task_owns_it():
    found = find_owners(
        "The CC agreed that the weekly figures would be shared with the panel from July.", PEOPLE
    )
    assert [o.abbrev for o in found] == ["CC"]


def test_members_agreeing_a_passive_task_name_no_owner():
    assert find_owners("Members agreed that the report would be added to the March agenda.", PEOPLE) == []


def test_before_a_pre_release_is_a_due_point_with_no_date():
    due = find_due("@kwan – fix the cache leak with a regression test – due before rc3", MAY_2018, None)
    assert due is not None and due.mention == "before rc3" and due.date is None


def test_capitalised_due_cell_is_not_read_as_the_owner_cell():
    found = find_owners("CC\tRenew the firearms licence audit (carried forward)\tBefore Easter", PEOPLE)
    assert [o.abbrev for o in found] == ["CC"]


def test_committee_named_with_digits_stays_an_owner():
    assert [o.mention for o in find_owners("WG21 to review the draft before the plenary.", PEOPLE)] == [
        "WG21"
    ]


def test_bare_bracketed_initials_cut_off_after_a_labelled_action_name_its_owners():
    found = _actions(["ACTION 3: Book the hall for the summer fair.", "(ACC/CC)"], ["action", "other"])
    assert [o.name for o in found[0].owners] == ["Martin Evans", "Anthony Bangham"]


def test_bare_brackets_after_an_unlabelled_sentence_name_no_owner():
    found = _actions(["Book the hall for the summer fair.", "(ACC)"], ["action", "other"])
    assert found[0].owners == []


def test_a_labelled_fields_line_cut_off_a_row_gives_its_owner_and_deadline():
    found = _actions(
        ["ACTION 18/05/2 Report on the custody review", "Owner: ACC Deadline: July 2018"], ["action", "other"]
    )
    assert [o.name for o in found[0].owners] == ["Martin Evans"]
    assert found[0].due.date == "2018-07"


def test_an_owner_field_cut_inside_takes_its_rest_from_the_next_line():
    found = _actions(
        ["ACTION 18/05/3 Review of the fleet Owner: Chief", "Constable Deadline: Sept 2018"],
        ["action", "other"],
    )
    assert [o.name for o in found[0].owners] == ["Anthony Bangham"]
    assert found[0].due.date == "2018-09"


def test_an_org_mode_todo_heading_is_owned_by_its_handle():
    assert owners("** TODO @maria: write the release notes") == [("@maria", "@maria")]


def test_an_org_mode_planning_line_dates_the_task_above_it():
    found = _actions(
        ["** TODO @maria: move the freeze to 20 June and tell the list", "SCHEDULED: <2018-06-04 Mon>"],
        ["action", "other"],
    )
    assert found[0].due.date == "2018-06-04"


def test_a_planning_line_on_the_day_the_text_names_keeps_the_meeting():
    nxt = NextMeeting(date=dt.date(2018, 6, 12))
    spans = [
        SentenceSpan(
            id=0, start=0, end=50, text="** TODO @maria: bring the demo to the next meeting", item="2"
        ),
        SentenceSpan(id=1, start=51, end=80, text="DEADLINE: <2018-06-12 Tue>", item="2"),
    ]
    labels = [Classified(label="action", confidence=0.9), Classified(label="other", confidence=0.9)]
    found = extract_actions(spans, labels, people=PEOPLE, meeting_date=MAY_2018, next_meeting=nxt)
    assert (found[0].due.date, found[0].due.meeting) == ("2018-06-12", "meeting")


def test_an_owner_column_flattened_after_each_action_names_its_owner():
    found = _actions(
        [
            "The finance team to send the budget to all schools by June.",
            "ACC",
            "Councillor Reddy asked the Clerk to book the hall for the fair.",
            "Clerk",
        ],
        ["action", "other", "action", "other"],
    )
    assert [[o.abbrev or o.name for o in a.owners] for a in found] == [["ACC"], ["Jane Smith"]]


def test_one_lone_name_after_an_action_is_no_owner_column():
    found = _actions(
        ["The finance team to send the budget to all schools by June.", "ACC"], ["action", "other"]
    )
    assert [o.mention for o in found[0].owners] == ["The finance team"]


def test_a_reference_code_opening_an_action_line_is_not_part_of_the_owner():
    people = [Person(name="Kim Shaw", role="Head of Sales", abbrev=None, attendance="present")]
    found = find_owners("B-07 KS to confirm the launch date – open", people)
    assert [(o.mention, o.name) for o in found] == [("KS", "Kim Shaw")]


def test_an_office_in_brackets_after_a_team_names_the_office_holder():
    people = [Person(name="Ruth Obi", role="CFO", abbrev=None, attendance="present")]
    found = find_owners("Treasury (CFO) to confirm the capital profile by 30/09", people)
    assert [(o.mention, o.name, o.abbrev) for o in found] == [("Treasury (CFO)", "Ruth Obi", "CFO")]


def test_a_bracket_naming_no_listed_office_leaves_the_owner_as_written():
    people = [Person(name="Ruth Obi", role="CFO", abbrev=None, attendance="present")]
    found = find_owners("Treasury (UCL) to confirm the capital profile by 30/09", people)
    assert [(o.mention, o.name) for o in found] == [("Treasury", None)]


def test_nhs_minutes_count_a_bare_quarter_in_the_financial_year():
    assert counts_financial_quarters("NHS Northfield Integrated Care Board")
    due = find_due("The COO to report by the end of Q1.", dt.date(2021, 5, 20), None, financial_quarters=True)
    assert due.date == "2021-06"


def test_labelled_lead_lines_after_actions_are_no_owner_column():
    found = _actions(
        [
            "The finance team to send the budget by June.",
            "Lead: ACC",
            "The Clerk to book the hall.",
            "Lead: CC",
        ],
        ["action", "other", "action", "other"],
    )
    assert [[o.mention for o in a.owners] for a in found] == [["The finance team"], ["The Clerk"]]


def test_icb_minutes_count_quarters_in_the_financial_year():
    assert counts_financial_quarters("The ICB quality team visited both homes.")
    assert not counts_financial_quarters("The vendor will ship the release in Q3.")


def test_headings_after_actions_are_no_owner_column():
    found = _actions(
        ["Tom to ask for feedback on the list.", "Meta", "Tom to write the summary.", "Breakout Rollup"],
        ["action", "other", "action", "other"],
    )
    assert [[o.mention for o in a.owners] for a in found] == [["Tom"], ["Tom"]]


def test_a_csv_log_row_gives_its_owner_and_due_cells_after_the_quoted_action():
    row = 'B-12,Action,"Tell the ACC, then the Clerk, about the ""new"" rota",CC,2018-06-14,Open'
    found = _actions([row], ["action"])[0]
    assert [(o.mention, o.abbrev) for o in found.owners] == [("CC", "CC")]
    assert (found.due.mention, found.due.date) == ("2018-06-14", "2018-06-14")


def test_a_csv_row_whose_due_cell_is_a_placeholder_has_no_due_and_no_owner():
    row = "B-13,Action,Renew the fleet lease with the supplier,TBC,TBC,Open"
    found = _actions([row], ["action"])[0]
    assert found.owners == [] and found.due is None


def test_csv_cells_are_the_values_without_their_quotes():
    row = 'K-1,Risk,"Costs rise, a lot",PCC,Jun-18,New'
    assert [row[s:e] for s, e in table_cells(row)] == [
        "K-1",
        "Risk",
        "Costs rise, a lot",
        "PCC",
        "Jun-18",
        "New",
    ]


def test_prose_with_commas_is_no_csv_row():
    assert table_cells("The CC, the ACC and the PCC agreed, after some debate, to meet again.") is None


def test_a_planning_stamp_closing_the_tasks_own_text_is_its_due_point():
    task = "** TODO @maria: move the vote to 12 June and tell the list\n    SCHEDULED: <2018-06-08 Fri>"
    found = _actions([task], ["action"])[0]
    assert [o.abbrev for o in found.owners] == ["@maria"]
    assert (found.due.mention, found.due.date) == ("SCHEDULED: <2018-06-08 Fri>", "2018-06-08")


def test_a_deadline_stamp_wins_over_a_scheduled_stamp_on_the_same_line():
    task = "TODO @maria: file the grant report\nSCHEDULED: <2018-06-04 Mon> DEADLINE: <2018-06-11 Mon>"
    assert _actions([task], ["action"])[0].due.date == "2018-06-11"


def test_a_stamp_inside_the_task_sentence_is_no_planning_line():
    assert stamped_due("TODO @maria: ask why DEADLINE: <2018-06-11 Mon> slipped") is None
    assert stamped_due("TODO @maria: ask why\nit slipped past DEADLINE: <2018-06-11 Mon>") is None
    assert stamped_due("TODO @maria: ask why\nDEADLINE: <2018-06-11 Mon>").date == "2018-06-11"


AUTUMN_2023 = dt.date(2023, 10, 4)
NEXT_DECEMBER = NextMeeting(date=dt.date(2023, 12, 13))


def test_two_hyphenated_reference_dash_rows_joined_take_the_first_rows_due():
    text = (
        "ACT-21 – Refresh the supplier list – Owner: TB – Due: 17/11/2023\n"
        "ACT-22 – Book the venue for the launch – Owner: CW – Due: within a month"
    )
    found = find_due(text, AUTUMN_2023, None)
    assert (found.date, found.meeting) == ("2023-11-17", None)


def test_a_month_meeting_of_a_named_body_is_that_bodys_meeting():
    text = "The Registrar to bring the revised policy to the January meeting of the Board."
    found = find_due(text, AUTUMN_2023, NEXT_DECEMBER, "Estates Committee")
    assert (found.date, found.meeting) == ("2024-01", "board")


def test_the_next_meeting_of_another_kind_of_body_has_no_date():
    text = "The Dean to report the outcome to the next meeting of Senate."
    found = find_due(text, AUTUMN_2023, NEXT_DECEMBER, "Faculty Board")
    assert (found.date, found.meeting) == (None, "senate")


def test_the_next_meeting_of_this_body_keeps_the_next_meeting_date():
    text = "The Dean to report the outcome to the next meeting of the Board."
    found = find_due(text, AUTUMN_2023, NEXT_DECEMBER, "Faculty Board")
    assert (found.date, found.meeting) == ("2023-12-13", "board")


def test_before_a_body_that_names_its_own_meeting_is_due_at_it_with_no_date():
    text = "The Portfolio Holder agreed to share the revised charging policy with members before Cabinet."
    found = find_due(text, AUTUMN_2023, NEXT_DECEMBER, "Scrutiny Committee")
    assert (found.mention, found.date, found.meeting) == ("before Cabinet", None, "cabinet")


def test_before_a_body_member_is_no_due_point():
    assert (
        find_due("The paper went to the Lead Member before Cabinet Members met.", AUTUMN_2023, None) is None
    )


def test_before_an_event_known_by_its_initials_is_a_due_with_no_date():
    found = find_due("@lena to draft the talk abstract well before GUADEC", AUTUMN_2023, None)
    assert (found.mention, found.date, found.meeting) == ("before GUADEC", None, None)


def test_initials_that_qualify_a_noun_after_before_are_no_event():
    assert find_due("Kim to flag privacy issues before SDK review starts.", AUTUMN_2023, None) is None


def test_until_after_someones_absence_is_not_a_due_point():
    text = "@tomas to update the changelog — Tomas is on leave until the end of November."
    assert find_due(text, AUTUMN_2023, None) is None


def test_until_without_an_absence_is_still_a_due_point():
    found = find_due("Ruth to keep the survey open until the end of November.", AUTUMN_2023, None)
    assert found.date == "2023-11"


def test_an_ampersand_inside_a_bracketed_post_does_not_split_it():
    owners_found = find_owners("The DD(T&L) to circulate the revised marking policy.", [])
    assert [o.mention for o in owners_found] == ["The DD(T&L)"]


def test_an_ampersand_between_two_posts_still_splits_them():
    owners_found = find_owners("The Bursar & the Clerk to circulate the revised marking policy.", [])
    assert [o.mention for o in owners_found] == ["The Bursar", "the Clerk"]


def test_a_guest_invited_to_attend_a_meeting_does_not_own_the_invitation():
    text = "RESOLVED that the Area Fire Commander be invited to attend the March meeting."
    assert find_owners(text, []) == []


def test_someone_invited_to_act_owns_the_action():
    text = "RESOLVED that the Area Fire Commander be invited to send written comments by Friday."
    assert [o.mention for o in find_owners(text, [])] == ["the Area Fire Commander"]


def test_initials_qualifying_a_numbered_noun_compound_in_a_passive_name_nobody():
    text = "It was agreed that the SEND year 9 review would be brought to the spring meeting."
    assert find_owners(text, []) == []


# --- batch 27: trailing dash due cells, labelled nicks, owner-and-due lines, carried-forward actions

FEB_2022 = dt.date(2022, 2, 9)
NEXT_MARCH = NextMeeting(date=dt.date(2022, 3, 23))


def _due(text, meeting_date=FEB_2022, next_meeting=NEXT_MARCH, title=None):
    found = find_due(text, meeting_date, next_meeting, title)
    return found and (found.mention, found.date, found.meeting)


def test_a_dash_cell_closing_an_action_line_is_its_due_point():
    assert _due("Treasurer to reconcile the petty cash – 28 April 2022") == (
        "28 April 2022",
        "2022-04-28",
        None,
    )
    assert _due("Caretaker to book the boiler service – ASAP") == ("ASAP", None, None)


def test_a_next_meeting_dash_cell_takes_the_next_meeting_date_for_this_body():
    found = _due("Bursar to bring the catering tender figures – next FGB", title="Full Governing Body")
    assert found == ("next FGB", "2022-03-23", "fgb")


def test_a_next_issue_dash_cell_is_a_due_with_no_date():
    assert _due("Mr Ames to remind parents about the car park – next bulletin") == (
        "next bulletin",
        None,
        None,
    )


def test_a_closing_dash_aside_that_is_no_due_cell_is_ignored():
    assert _due("Bursar to write to the supplier – agreed unanimously") is None
    assert _due("Bursar to write to the supplier – Finance Committee") is None


def test_asap_in_a_sentence_is_a_due_with_no_date():
    assert _due("The Caretaker will replace the broken lock ASAP.") == ("ASAP", None, None)


def test_asap_inside_a_quoted_name_is_no_due_point():
    assert _due('Lena created a new label "fix me ASAP" for triage.') is None


def test_end_of_month_without_an_article_is_the_meetings_month():
    assert _due("AI: ravi – move the cron job to the new host by end of month", dt.date(2023, 6, 6)) == (
        "by end of month",
        "2023-06",
        None,
    )
    assert _due("AI: ravi – cut the 2.1 release end of month", dt.date(2023, 6, 6))[1] == "2023-06"


def test_end_of_month_qualifying_a_noun_is_no_due_point():
    assert _due("Ravi to check the end of month figures with finance.") is None


def test_end_and_a_month_after_a_deadline_word_is_that_month():
    assert _due("Ravi to close the audit points, now due end Apr.")[1] == "2022-04"


def test_a_mixed_case_short_name_before_meeting_is_a_body_not_a_place():
    found = _due("KL to raise the staffing request at the SteerCo meeting on 2 March.")
    assert found == ("the SteerCo meeting on 2 March", "2022-03-02", "steerco meeting")


def test_a_weekly_briefing_is_a_meeting_with_no_date():
    assert _due("The Inspector and the Sergeant to agree the rota at their weekly briefing.") == (
        "at their weekly briefing",
        None,
        "weekly briefing",
    )


def test_a_briefing_that_is_a_document_is_no_meeting():
    assert _due("Include the new figures in the briefing for members.") is None


def test_a_body_approving_something_first_is_a_condition_not_a_due_point():
    text = (
        "Mr Hale undertook to share the revised lettings policy once it had been approved by the Trust board."
    )
    assert _due(text) is None


def test_once_more_is_no_condition():
    assert _due("Ines to chase the venue once more before the end of March.")[1] == "2022-03"


def test_an_update_cell_that_defers_the_action_moves_its_due_point():
    text = "Action 9/14: Head of Estates to survey the roof Lead: PT   Due: March 2022   Update: open – deferred to June 2022."
    assert _due(text)[1] == "2022-06"


def test_an_update_cell_that_only_reports_progress_leaves_the_due_cell():
    text = "Action 9/15: Head of Estates to survey the gutters Lead: PT   Due: May 2022   Update: open – on track."
    assert _due(text)[1] == "2022-05"


def test_an_action_carried_from_a_dated_meeting_is_due_at_the_meeting_named_later():
    text = "ACTION: Carried forward from the October 2021 meeting – the ACC to report the audit to the March meeting"
    assert _due(text)[1] == "2022-03"


def test_the_action_from_a_months_meeting_for_a_group_names_the_group_and_the_later_meeting():
    text = (
        "The action from the December meeting for officers to report the repair costs remains open and will now be "
        "reported to the April meeting."
    )
    assert _due(text)[1] == "2022-04"
    assert [o.mention for o in find_owners(text, [])] == ["officers"]


def test_a_role_before_for_stays_the_owner():
    assert [o.mention for o in find_owners("The Cabinet Member for Housing to respond by May.", [])] == [
        "The Cabinet Member for Housing"
    ]


NICK_PEOPLE = [
    Person(name="ravi", role=None, abbrev=None, attendance="present"),
    Person(name="lena", role=None, abbrev=None, attendance="present"),
    Person(name="Tomasz Nowak", role=None, abbrev=None, attendance="present"),
]


def test_listed_nicks_between_an_action_label_and_a_dash_own_the_action():
    found = find_owners("AI: ravi – second review of the scheduler patch", NICK_PEOPLE)
    assert [o.name for o in found] == ["ravi"]
    found = find_owners("AI (carried over from 3 May call): lena – ask the host about invoices", NICK_PEOPLE)
    assert [o.name for o in found] == ["lena"]
    found = find_owners("AI: Tomasz - rotate the signing key", NICK_PEOPLE)
    assert [o.name for o in found] == ["Tomasz Nowak"]


def test_an_unlisted_word_between_an_action_label_and_a_dash_owns_nothing():
    assert find_owners("TODO: docs – write the upgrade notes", NICK_PEOPLE) == []


def test_listed_nicks_in_brackets_after_an_ai_label_own_the_action():
    found = find_owners("AI (ravi, lena): draft the maintenance plan by end of month", NICK_PEOPLE)
    assert [o.name for o in found] == ["ravi", "lena"]


def test_an_owner_line_with_a_due_after_a_comma_names_the_office():
    assert [o.mention for o in find_owners("Action: Heads of Department, by 14 March", [])] == [
        "Heads of Department"
    ]
    assert [o.mention for o in find_owners("Action: Registrar, for the summer meeting", [])] == ["Registrar"]


def test_an_owner_line_whose_first_words_are_a_task_is_read_as_a_sentence():
    assert find_owners("Action: Update the asset register, by Friday", []) == []
    found = find_owners("Action: Ravi/Lena to collect the logs, by end of June.", NICK_PEOPLE)
    assert len(found) == 2


def test_a_titled_name_in_brackets_owns_a_passive_action():
    people = [Person(name="Ruth Okafor", role="Detective Superintendent", abbrev=None, attendance="present")]
    text = "ACTION: Figures on stop and search by ward to be provided for the May meeting (Det\nSupt Okafor)"
    assert [(o.mention, o.name) for o in find_owners(text, people)] == [("Det Supt Okafor", "Ruth Okafor")]


def test_a_titled_name_in_brackets_does_not_replace_the_subject():
    text = "The Clerk to write to the landowner (Mr Dale)."
    assert [o.mention for o in find_owners(text, [])] == ["The Clerk"]


def test_initials_cut_off_after_an_unlabelled_action_own_it():
    people = [Person(name="Ann Lee", role="Treasurer", abbrev="AL", attendance="present")]
    texts = ["The draft budget to be circulated to members by the next meeting.", "(AL)"]
    actions = _actions(texts, ["action", "other"], item="4", people=people, meeting_date=FEB_2022)
    assert [o.name for o in actions[0].owners] == ["Ann Lee"]


def test_a_bracketed_word_after_an_unlabelled_action_is_no_owner():
    texts = ["The draft budget to be circulated to members by the next meeting.", "(Appendix)"]
    actions = _actions(texts, ["action", "other"], item="4", people=[], meeting_date=FEB_2022)
    assert actions[0].owners == []


RACI_PEOPLE = [
    Person(name="Kate Trent", role="IT Service Manager", abbrev="KT", attendance="present"),
    Person(name="Raj Patel", role="CIO", abbrev="RP", attendance="present"),
]
FEB_2024 = dt.date(2024, 2, 7)


def test_a_field_label_inside_an_action_bracket_is_no_part_of_the_owner():
    found = find_owners(
        "Action (Responsible: KT): book the training room for the March workshop.", RACI_PEOPLE
    )
    assert [(o.mention, o.name) for o in found] == [("KT", "Kate Trent")]


def test_a_day_with_a_short_month_and_a_two_digit_year_is_a_due_date():
    due = find_due("Action (Responsible: KT): send the survey to all managers by 14-Mar-24.", FEB_2024, None)
    assert due.date == "2024-03-14"


def test_a_short_month_day_with_its_year_does_not_roll_forward():
    assert find_due("KT to confirm the refund by 05-Feb-24.", FEB_2024, None).date == "2024-02-05"


def test_a_two_digit_year_due_cell_of_a_pipe_row_dates_the_action():
    row = "| 3.1 | Survey of all managers | KT | RP | 14-Mar-24 |"
    assert find_due(row, FEB_2024, None).date == "2024-03-14"
    assert [o.name for o in find_owners(row, RACI_PEOPLE)] == ["Kate Trent"]


def test_a_quarter_that_qualifies_a_noun_is_no_due_point():
    due = find_due("The CIO to present the Q3 forecast at the Nov board.", dt.date(2024, 9, 10), None)
    assert (due.date, due.meeting) == ("2024-11", "board")


def test_a_quarter_after_a_preposition_is_still_a_due_point():
    assert find_due("The CIO to present options in Q3.", FEB_2024, None).date == "2024-09"


def test_a_determiner_after_to_is_no_infinitive():
    assert find_owners("The papers to both committees will be circulated by email.", []) == []


def test_a_to_verb_after_the_subject_still_names_it():
    assert [o.mention for o in find_owners("The Clerk to send replies to both residents.", [])] == [
        "The Clerk"
    ]


def test_a_closing_bracket_of_fields_owns_a_passive_action():
    text = "The revised handbook to be published on the website (Owner: Registry Manager; by: 12 June)."
    assert [o.mention for o in find_owners(text, [])] == ["Registry Manager"]
    assert find_due(text, FEB_2024, None).date == "2024-06-12"


def test_a_closing_bracket_of_fields_does_not_replace_the_subject():
    text = "The Registrar to publish the handbook (Owner: Deputy Registrar; by: 12 June)."
    assert [o.mention for o in find_owners(text, [])] == ["The Registrar"]


def test_a_by_field_naming_a_month_and_a_body_is_that_meeting():
    due = find_due("The Dean to report back (Owner: Dean; by: June Board).", FEB_2024, None)
    assert (due.date, due.meeting) == ("2024-06", "board")


def test_a_bracket_of_fields_cut_off_after_the_full_stop_dates_the_action():
    texts = ["Dr Lee agreed to remind the tutors about the survey.", "(Owner: HoS; by: 22 March)"]
    actions = _actions(texts, ["action", "other"], item="6", people=[], meeting_date=FEB_2024)
    assert actions[0].due.date == "2024-03-22"


def test_a_lower_case_owner_label_before_a_handle_names_the_owner():
    found = find_owners("Release notes for 3.1, owner: @kim — due: 2024-05-31", [])
    assert [o.mention for o in found] == ["@kim"]


def test_a_lower_case_owner_label_before_a_placeholder_names_no_one():
    assert find_owners("Release notes for 3.1, owner: TBC — due: 2024-05-31", []) == []


def test_an_event_of_a_numbered_version_is_a_due_point_with_no_date():
    due = find_due("@kim to rebase the docs branch before the 3.1 tag.", FEB_2024, None)
    assert (due.mention, due.date) == ("before the 3.1 tag", None)


@pytest.mark.parametrize(
    ("row", "owner", "due_date"),
    [
        (
            "3 Send the revised parking survey results to ward members Director of Environment Services 14 March 2024",
            "Director of Environment Services",
            "2024-03-14",
        ),
        (
            "4 Library hours note Service Manager – Libraries April 2024",
            "Service Manager – Libraries",
            "2024-04",
        ),
        (
            "5 Site visit to Elm Court Democratic Services Officer May 2024",
            "Democratic Services Officer",
            "2024-05",
        ),
        (
            "6 Costed options for the depot Assistant Head of Fleet 30 June 2024",
            "Assistant Head of Fleet",
            "2024-06-30",
        ),
    ],
)
def test_a_numbered_tracker_row_flattened_to_single_spaces_gives_its_office_and_due(row, owner, due_date):
    due = find_due(row, dt.date(2024, 2, 6), None)
    assert (owners(row), due.date) == ([(owner, None)], due_date)


@pytest.mark.parametrize(
    "text",
    [
        "2. That the Director of Finance report to the meeting on 14 March 2024.",
        "1 Minutes of the meeting held on 14 March 2024",
        "4 Annual report to Council 29 November 2022",
    ],
)
def test_prose_or_a_row_naming_no_office_before_its_date_is_no_tracker_row(text):
    assert table_cells(text) is None


def test_the_secretary_resolves_to_the_minute_taker_when_no_role_says_secretary():
    people = [
        Person(name="Ruth Adair", role="Dean, Chair", abbrev=None, attendance="present"),
        Person(name="Nia Powell", role="Faculty Governance Officer", abbrev=None, attendance="in_attendance"),
    ]
    assert _one_action("The Secretary to notify the Registry.", people, "Ruth Adair", "Nia Powell") == [
        ("The Secretary", "Nia Powell")
    ]
    assert _one_action("The Clerk will circulate the papers.", people, "Ruth Adair", "Nia Powell") == [
        ("The Clerk", "Nia Powell")
    ]


def test_a_listed_secretary_wins_over_the_minute_taker():
    people = [
        Person(name="Ruth Adair", role="Secretary", abbrev=None, attendance="present"),
        Person(name="Nia Powell", role="Governance Officer", abbrev=None, attendance="in_attendance"),
    ]
    assert _one_action("The Secretary to notify the Registry.", people, None, "Nia Powell") == [
        ("The Secretary", "Ruth Adair")
    ]


def test_a_speaker_who_reports_a_passive_and_then_undertakes_a_task_owns_it():
    text = "Dr Ames said that the figures were not yet final, and undertook to circulate them to members."
    assert owners(text) == [("Dr Ames", None)]
    text = "Dr Ames said that it did not, and undertook to ask each Head of Service to nominate a reviewer."
    assert owners(text) == [("Dr Ames", None)]


def test_without_an_undertaking_the_owner_of_the_reported_clause_owns_the_action():
    assert owners("Cllr Reddy said that the Clerk would write to the council.") == [
        ("the Clerk", "Jane Smith")
    ]


WORKSTREAM_PEOPLE = [
    Person(name="Oren Blake", role="Head of Procurement", abbrev=None, attendance="present"),
    Person(name="Lina Varga", role="Finance Manager", abbrev="FM", attendance="present"),
    Person(name="Ravi Menon", role="Director of Estates", abbrev="DoE", attendance="present"),
]
JUNE_2023 = dt.date(2023, 6, 14)
NEXT_JULY = NextMeeting(date=dt.date(2023, 7, 12))


def _workstream_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, WORKSTREAM_PEOPLE)]


def test_log_entry_bracket_names_the_owner_after_the_workstream():
    text = "#42 [Supply – O. Blake] Renew the courier framework before it lapses  due 30/06"
    assert _workstream_owners(text) == [("O. Blake", "Oren Blake")]
    assert _workstream_owners("[Budget – L. Varga] Reforecast the quarter  due 07/07") == [
        ("L. Varga", "Lina Varga")
    ]


def test_numbered_log_entry_with_a_lone_workstream_is_owned_by_it():
    assert _workstream_owners("#43 [Compliance] Check the retention schedule  due 14/07") == [
        ("Compliance", None)
    ]


def test_a_lone_word_in_brackets_without_a_reference_is_not_an_owner():
    assert _workstream_owners("[Urgent] Fix the broken door entry system.") == []
    assert _workstream_owners("#44 [Closed] Replace the lift motor") == []


def test_due_next_and_a_meeting_acronym_is_the_next_meeting():
    text = "#42 [Supply – O. Blake] Renew the courier framework  due next ExCo"
    due = find_due(text, JUNE_2023, NEXT_JULY, "Executive Committee")
    assert (due.date, due.meeting) == ("2023-07-12", "exco")


def test_due_next_week_is_not_a_meeting():
    due = find_due("Renew the courier framework, due next week", JUNE_2023, NEXT_JULY)
    assert (due.mention, due.meeting) == ("next week", None)


def test_stated_next_meeting_kind_drops_its_next():
    stated = NextMeeting(date=dt.date(2023, 7, 12), kind="next Estates Board meeting")
    due = find_due("The DoE to bring the costs to the next Estates Board meeting.", JUNE_2023, stated)
    assert (due.date, due.meeting) == ("2023-07-12", "estates board meeting")


def test_square_bracketed_action_tag_after_a_request_names_the_owner():
    texts = ["The Chair asked that the vacancy figures be added to every report.", "[Action: FM]"]
    found = _actions(texts, ["action", "other"], item="4", people=WORKSTREAM_PEOPLE, meeting_date=JUNE_2023)
    assert [(o.mention, o.name) for o in found[0].owners] == [("FM", "Lina Varga")]


def test_action_tag_beats_the_asker_as_owner():
    texts = ["The Chair requested a breakdown of void costs by site by 31 July.", "[Action: DoE]"]
    found = _actions(texts, ["action", "other"], item="4", people=WORKSTREAM_PEOPLE, meeting_date=JUNE_2023)
    assert [o.name for o in found[0].owners] == ["Ravi Menon"]


def test_action_tag_saying_none_names_no_owner():
    texts = ["Notices would be displayed in every block.", "[Action: none – for noting]"]
    found = _actions(texts, ["action", "other"], item="4", people=WORKSTREAM_PEOPLE, meeting_date=JUNE_2023)
    assert found[0].owners == []


def test_editors_bracketed_correction_does_not_block_the_owners():
    assert _workstream_owners("Oren and Lina [JK: Lena] will draft the tender pack.") == [
        ("Oren", "Oren Blake"),
        ("Lina", "Lina Varga"),
    ]


def test_area_after_a_dash_is_part_of_the_office():
    text = "(c) That the Head of Audit – Housing Directorate report the findings at the March meeting."
    assert _workstream_owners(text) == [("the Head of Audit – Housing Directorate", None)]


def test_dash_between_clauses_is_not_an_office_area():
    text = "That the Director of Estates – as agreed – report the costs in March."
    assert not any("as agreed" in mention for mention, _ in _workstream_owners(text))


def test_dash_row_opening_with_its_owner_names_the_owner():
    assert _workstream_owners("FM/DoE – agree the capital phasing – October board") == [
        ("FM", "Lina Varga"),
        ("DoE", "Ravi Menon"),
    ]
    assert _workstream_owners("Head of Procurement – tender timetable for the roofs – 20 July 2023") == [
        ("Head of Procurement", "Oren Blake")
    ]


def test_prose_between_dashes_is_not_an_owner_row():
    assert table_cells("The boiler – which is old – failed again in May.") is None


def test_a_summary_row_opening_with_short_forms_names_them_whatever_case_its_task_starts_with():
    assert _workstream_owners("FM/DoE – Capital phasing for the roofs – October board") == [
        ("FM", "Lina Varga"),
        ("DoE", "Ravi Menon"),
    ]
    assert _workstream_owners("DoE – 101 call figures by district – by 31 March") == [("DoE", "Ravi Menon")]


def test_a_capitalised_word_before_a_capitalised_clause_between_dashes_is_no_owner_row():
    assert table_cells("Budget – The forecast was revised twice – see item 5.") is None


def test_possessive_names_the_owner_of_a_carried_forward_action():
    text = "The DoE's action from the April meeting, to survey the roofs, is carried forward to July."
    assert _workstream_owners(text) == [("The DoE", "Ravi Menon")]


def test_a_bodys_action_plan_is_not_an_owned_action():
    assert ("The Council", None) not in _workstream_owners(
        "The Council's action plan will be published in July."
    )


# --- batch 30: offices opening with initials, placeholder owners, closing fields, nick labels, short-post rows,
# resolution clauses

OFFICE_PEOPLE = [
    Person(name="Ines Harker", role="IT Director", abbrev="ITD", attendance="present"),
    Person(name="Colm Baird", role="Project Manager", abbrev="PjM", attendance="present"),
]
OCT_2023 = dt.date(2023, 10, 3)
NEXT_BOARD = NextMeeting(date=dt.date(2023, 11, 7))


def _office_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, OFFICE_PEOPLE)]


def test_initials_that_open_an_office_name_the_whole_office():
    text = "Renew the firewall licences (Owner: IT Director, by 30 November)"
    assert _office_owners(text) == [("IT Director", "Ines Harker")]
    text = "Brief the vendor on the rollout (Owner: IT Director / PjM, by 30 November)"
    assert _office_owners(text) == [("IT Director", "Ines Harker"), ("PjM", "Colm Baird")]


def test_initials_before_a_surname_and_verb_still_open_the_subject():
    assert owners("Action: ACC Evans to brief the neighbourhood teams.") == [("ACC Evans", "ACC")]


@pytest.mark.parametrize("placeholder", ["TBC", "TBA", "N/A"])
def test_a_placeholder_owner_field_names_nobody(placeholder):
    assert _office_owners(f"Updated risk register to be circulated (Owner: {placeholder})") == []


def test_an_unnamed_somebody_after_an_action_label_names_nobody():
    assert find_owners("ACTION: someone to book the sprint room before the event", []) == []
    assert find_owners("ACTION: kofi to book the sprint room", []) == [Owner(mention="kofi")]


def test_the_due_field_after_the_owner_in_a_closing_bracket():
    text = "Draft the data migration plan (Owner: PjM, next Board)"
    assert _due(text, OCT_2023, NEXT_BOARD) == ("next Board", "2023-11-07", "board")
    text = "Agree the escrow terms with the supplier (Owner: IT Director, before contract award)"
    assert _due(text, OCT_2023, NEXT_BOARD) == ("before contract award", None, None)


def test_a_comma_before_next_in_running_text_is_no_due_field():
    assert (
        _due("The chair, next to the window, asked for the blinds to be fixed.", OCT_2023, NEXT_BOARD) is None
    )


def test_a_carried_forward_abbreviation_gives_the_origin_not_the_due_point():
    text = "Agree the rota with the staff side – c/f from June (Owner: PjM, next Board)"
    assert _due(text, OCT_2023, NEXT_BOARD) == ("next Board", "2023-11-07", "board")
    assert find_origin("Agree the rota – c/f from June", OCT_2023) == "2023-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ACTION kofi: rebase the packaging branch", ["kofi"]),
        ("ACTION lin+kofi: pair on the flaky test", ["lin", "kofi"]),
        ("ACTION kofi (carried over from 2023-05-02): write the upgrade notes", ["kofi"]),
    ],
)
def test_lower_case_nicks_after_a_capital_action_label_own_the_line(text, expected):
    assert [o.mention for o in find_owners(text, [])] == expected


def test_a_label_word_after_action_is_no_nick():
    assert [o.mention for o in find_owners("ACTION items: none were raised", [])] == []


@pytest.mark.parametrize(
    ("row", "owner", "due_mention", "due_date"),
    [
        (
            "2 Review of overtime spend by department (c/f from Sep 23) DCFO Jan 24",
            [("DCFO", None)],
            "Jan 24",
            "2024-01",
        ),
        (
            "3 Briefing on the estates disposals CFO / Chief Exec Feb 24",
            [("CFO", None), ("Chief Exec", None)],
            "Feb 24",
            "2024-02",
        ),
    ],
)
def test_a_tracker_row_with_short_posts_and_a_short_month_year_gives_its_owners_and_month(
    row, owner, due_mention, due_date
):
    due = find_due(row, dt.date(2023, 12, 5), None)
    assert (owners(row), due.mention, due.date) == (owner, due_mention, due_date)


def test_a_short_month_with_a_day_that_is_no_year_near_the_meeting_stays_a_day():
    row = "[Ana Ruiz]: final notices to the suppliers (Jan 31)"
    assert find_due(row, dt.date(2025, 1, 8), None).date == "2025-01-31"
    assert (
        find_due("4 Fleet review options Head of Fleet Jan 31", dt.date(2025, 1, 8), None).date
        == "2025-01-31"
    )


def test_a_resolution_clause_with_a_bare_verb_is_owned_by_its_subject():
    text = "the Clerk write to the Chief Constable asking for the figures to be published each month."
    assert owners(text) == [("the Clerk", "Jane Smith")]


def test_a_passive_resolution_clause_names_nobody():
    assert owners("the report be noted and the figures be published each month.") == []


# ------------------------------------------------------------------ batch 31: labelled dash rows, undated events


def test_a_task_line_with_an_assigned_to_cell_names_its_owners_and_due_cell():
    text = "Renew the venue contract — Assigned to Priya Anand, Lewis Doyle — Due 14 June"
    assert [o.mention for o in find_owners(text, [])] == ["Priya Anand", "Lewis Doyle"]
    found = find_due(text, MAY_2018, None)
    assert (found.mention, found.date, found.meeting) == ("14 June", "2018-06-14", None)


def test_an_assigned_to_task_line_wrapped_onto_more_lines_keeps_its_cells():
    text = (
        "Renew the venue contract for the spring\nfair — Assigned to Priya Anand, Lewis\nDoyle — Due 14 June"
    )
    assert [o.mention for o in find_owners(text, [])] == ["Priya Anand", "Lewis Doyle"]
    assert find_due(text, MAY_2018, None).date == "2018-06-14"


def test_a_task_line_with_an_assigned_to_cell_reads_a_worded_due_cell_without_its_label():
    text = "Close the old ledger codes — Assigned to Priya Anand — Due end of June"
    assert find_due(text, MAY_2018, None).date == "2018-06"


def test_joined_assigned_to_task_lines_take_the_first_lines_cells():
    text = (
        "Renew the venue contract — Assigned to Priya Anand — Due 14 June\n"
        "Order the new lanyards — Assigned to Lewis Doyle — Due next meeting"
    )
    assert [o.mention for o in find_owners(text, [])] == ["Priya Anand"]
    assert find_due(text, MAY_2018, None).date == "2018-06-14"


def test_a_dash_aside_without_a_label_is_no_assigned_row():
    text = "The hall — booked last year — was too small, said the Clerk."
    assert table_cells(text) is None


def test_a_bodys_name_before_report_is_no_meeting_kind_of_a_dated_cell():
    text = "Collect the figures for the Finance Committee report — Assigned to Priya Anand — Due 14 June"
    assert find_due(text, MAY_2018, None).meeting is None


def test_before_a_version_with_a_v_is_an_undated_due_point():
    found = find_due("@lena: drop the legacy loader before v4.2.", MAY_2018, None)
    assert (found.mention, found.date, found.meeting) == ("before v4.2", None, None)


def test_before_a_plain_figure_is_no_version_due_point():
    assert find_due("@lena: trim the log files before v4.2x builds run.", MAY_2018, None) is None


def test_a_day_closing_an_action_line_after_a_comma_is_its_deadline():
    assert due("@lena: publish the migration notes, 2018-06-12.") == ("2018-06-12", None)
    found = find_due("@lena: rotate the signing key, 2018-06-05 at the latest.", MAY_2018, None)
    assert (found.mention, found.date) == ("2018-06-05 at the latest", "2018-06-05")


def test_a_day_inside_an_action_line_after_a_comma_is_no_deadline():
    assert due("@lena: attach the 2018-06-12 figures, with notes, to the issue.") is None


def test_a_month_before_a_meetings_initialism_names_that_meeting():
    assert due("The ACC to bring the fleet review to October SPB.") == ("2018-10", "spb")


def test_a_month_before_an_initialism_that_starts_a_name_is_no_meeting():
    assert due("The ACC to publish the guidance by June NHS England asks for.") == ("2018-06", None)


def test_a_weekly_one_to_one_is_a_meeting_with_no_date():
    assert due("The PCC and CC to settle the wording at their weekly one-to-one.") == (
        None,
        "weekly one-to-one",
    )


def test_a_month_sub_committee_is_that_meetings_kind():
    assert due("The ACC to bring the audit to the July sub-committee.") == ("2018-07", "sub-committee")


def test_a_capitalised_group_opening_a_task_line_owns_it():
    assert owners("Budget holders to confirm the savings plans.") == [("Budget holders", None)]


def test_a_name_and_a_verb_opening_a_line_is_no_group():
    assert owners("Gareth wants to revisit the seating plan.") == []


def test_a_name_with_to_inside_it_is_no_subject_of_a_passive_request():
    text = "The Chair asked that the Right to Buy sales figures be brought to the next meeting."
    assert owners(text) == []


def test_someone_invited_to_attend_a_future_meeting_is_a_guest_not_an_owner():
    text = "It was agreed that a manager of the Trust would be invited to attend a future meeting of the Committee."
    assert owners(text) == []
    assert due(text) == (None, "committee")


def test_attending_a_meeting_that_is_not_ahead_is_no_due_point():
    assert due("Members who attend the meeting should sign in at reception.") is None


# ---------------------------------------------------------------- owner fields, tags and due forms of action logs


def test_a_numbered_action_label_names_its_owners_in_brackets():
    assert owners("Action 4 (ACC): Circulate the revised rota by 12 June.") == [("ACC", "ACC")]
    assert owners("Action 9 (PCC/CC) – Joint letter to the minister – June HTA") == [
        ("PCC", "PCC"),
        ("CC", "CC"),
    ]


def test_a_bracket_after_a_numbered_label_that_names_no_one_leaves_the_sentence_to_name_the_owner():
    assert owners("Action 21/06/04 (carried forward): the CC to provide the analysis.") == [("the CC", "CC")]


def test_an_owner_cell_marked_with_an_arrow_names_the_owner_wherever_it_stands_in_the_row():
    text = "Owner → Tom Reddy | ETA: 14/06/2018 | Draft the parking consultation"
    assert owners(text) == [("Tom Reddy", "Tom Reddy")]
    assert due(text) == ("2018-06-14", None)


def test_a_log_line_whose_owner_field_follows_several_cells_is_a_row():
    text = "ACT-07 (March board) – Confirm the lease terms – Owner → Jane Smith – carried forward"
    assert owners(text) == [("Jane Smith", "Jane Smith")]


def test_lead_and_deadline_fields_set_apart_by_a_semicolon_close_a_task():
    text = "Book the hall for the summer fair. Lead: Clerk; Deadline: w/c 11 June"
    assert owners(text) == [("Clerk", "Jane Smith")]
    assert due(text) == ("2018-06-11", None)


def test_a_whole_group_in_a_lead_field_owns_the_task():
    assert owners("Book the visits with the head. Lead: All governors; Deadline: 30 June") == [
        ("All governors", None)
    ]


def test_an_ongoing_deadline_field_states_no_due_point_though_the_task_names_a_term():
    assert due("Book link visits for the spring term. Lead: All governors; Deadline: ongoing") is None


def test_a_bare_owner_label_cut_from_its_value_is_no_owner():
    assert owners("A-12 – Raise charging times with the court – Lead:") == []
    assert owners("A-12 – Raise charging times with the court – Lead: CC – Due: next meeting") == [
        ("CC", "CC")
    ]


def test_an_action_line_naming_its_owner_and_a_bracketed_due_point():
    text = "Action: Faculty Registrar (by 30 June 2018)"
    assert owners(text) == [("Faculty Registrar", None)]
    assert due(text) == ("2018-06-30", None)
    assert owners("Action: AD(R), Clerk (by the next meeting)") == [("AD(R)", None), ("Clerk", "Jane Smith")]


def test_a_task_before_a_bracketed_due_point_is_no_owner():
    assert owners("Action: Review the policy (by 30 June)") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Clerk to circulate it. ETA: 31/07/2018", ("2018-07-31", None)),
        ("The Clerk to publish it by EOM.", ("2018-05", None)),
        ("The Clerk to test the backup. ETA: EOW", ("2018-06", None)),  # Friday 1 June
        ("The Clerk to file it by EOY.", ("2018-12", None)),
        ("The Clerk to send it by COB.", ("2018-05-29", None)),
        ("Add the register to the risk pack, starting with the July pack.", ("2018-07", None)),
    ],
)
def test_tracker_short_forms_and_monthly_packs_date_a_task(text, expected):
    assert due(text) == expected


def test_a_word_that_only_starts_like_an_end_of_period_form_is_no_due_point():
    assert due("The EOMS report was noted by the CC.") is None


def test_a_deadline_word_before_a_half_term_is_due_when_it_starts_and_end_of_when_it_ends():
    assert due("PC to review the web pages by Summer 2.") == ("2018-06", None)
    assert due("PC to review the web pages by the end of Spring 1.") == ("2019-02", None)


def test_a_half_term_in_a_due_field_is_a_point_with_no_month_unless_the_minutes_date_it():
    assert due("Revise the plan. Deadline: Autumn 2") == (None, None)
    found = _actions(
        [
            "Summer 2 runs from 4 June to 20 July 2018.",
            "Revise the plan. Lead: Clerk; Deadline: Summer 2",
            "PC to review the pages by Summer 2.",
        ],
        ["other", "action", "action"],
    )
    assert [a.due.date for a in found] == ["2018-07-20", "2018-06-04"]


def test_a_year_after_a_season_is_no_half_term():
    assert due("The Clerk to write by Summer 2019.") is None


def test_a_due_field_in_brackets_may_name_the_next_meeting():
    d = find_due(
        "[ ] @maria will draft the post (due: next sync)", MAY_2018, NextMeeting(date=dt.date(2018, 6, 12))
    )
    assert (d.date, d.meeting) == ("2018-06-12", "sync")


def test_a_due_field_in_brackets_cut_off_after_the_task_dates_it():
    found = _actions(["- [ ] @maria will draft the note", "(due: 2018-06-08)"], ["action", "other"])
    assert found[0].due.date == "2018-06-08"


def test_a_numbered_meeting_of_the_series_is_due_on_the_day_the_minutes_give_it():
    found = _actions(
        ["The ACC to present the plan before SteerCo 5.", "SteerCo 5 – Tuesday 26/06/2018, Room 2."],
        ["action", "other"],
        meeting_title="Programme Steering Committee",
    )
    assert (found[0].due.date, found[0].due.meeting) == ("2018-06-26", "steerco")


def test_a_numbered_stage_of_another_kind_is_no_meeting():
    found = _actions(
        ["The ACC to finish the checks before Wave 3.", "Wave 3 – Tuesday 26/06/2018."],
        ["action", "other"],
        meeting_title="Programme Steering Committee",
    )
    assert found[0].due is None


def test_a_meeting_named_after_its_term_is_the_next_meeting_when_that_falls_in_the_term():
    text = "The Dean to bring the plan to the Summer Faculty Board."
    june = NextMeeting(date=dt.date(2018, 6, 20))
    d = find_due(text, dt.date(2018, 3, 7), june, "Faculty Board")
    assert (d.date, d.meeting) == ("2018-06-20", "faculty board")
    october = NextMeeting(date=dt.date(2018, 10, 17))
    d = find_due(text, dt.date(2018, 3, 7), october, "Faculty Board")
    assert (d.date, d.meeting) == (None, "faculty board")


def test_a_reason_clause_after_as_dates_the_reason_not_the_action():
    assert due(
        "The CC to bring the audit to the July meeting, as the fieldwork will not close until the end of June."
    ) == ("2018-07", "meeting")
    assert due("The CC to circulate the note, as agreed, by the end of June.") == ("2018-06", None)


def test_a_quarter_after_of_is_the_period_reported_not_the_due_point():
    assert due("The ACC to report the figures for each month of quarter 4 to the June HTA.") == (
        "2018-06",
        "hta",
    )
    assert due("The ACC to report the figures by the end of quarter 4.") == ("2018-12", None)


def test_a_span_closing_a_dash_row_is_a_due_point_with_no_date():
    text = "Action 6 (ACC) – Dip-sample findings, domestic abuse arrests – 4 weeks"
    assert owners(text) == [("ACC", "ACC")]
    assert due(text) == (None, None)


def test_an_owner_tag_line_with_a_due_cell_closes_the_sentence_before_it():
    found = _actions(
        [
            "The review is to be completed and brought back to the Committee.",
            "ACTION: ACC – October 2018",
            "Level of assurance: Limited",
        ],
        ["action", "action", "finding"],
    )
    assert len(found) == 1
    assert [o.abbrev for o in found[0].owners] == ["ACC"]
    assert found[0].due.date == "2018-10"


def test_an_owner_tag_with_a_due_cell_at_the_end_of_the_sentence_names_owner_and_due():
    nxt = NextMeeting(date=dt.date(2018, 7, 3))
    found = _actions(
        ["The Committee asked for the review. ACTION: ACC – next meeting"], ["action"], next_meeting=nxt
    )
    assert [o.abbrev for o in found[0].owners] == ["ACC"]
    assert found[0].due.date == "2018-07-03"


def test_a_task_line_closing_with_a_dash_and_a_month_is_no_owner_tag():
    found = _actions(
        ["The review was discussed.", "ACTION: Review the rota – October 2018"], ["finding", "action"]
    )
    assert len(found) == 1 and found[0].owners == []


def test_a_tag_that_gives_the_same_day_as_the_sentence_keeps_the_sentences_meeting():
    found = _actions(
        ["The CC to report to the Board on 4 July 2018.", "ACTION: CC – 4 July 2018"], ["action", "other"]
    )
    assert (found[0].due.date, found[0].due.meeting) == ("2018-07-04", "board")


def test_a_line_of_fields_joined_to_the_next_task_belongs_to_the_task_before():
    found = _actions(
        ["Share the plan with governors.", "Lead: Clerk; Deadline: w/c 11 June\nBook the hall."],
        ["action", "finding"],
    )
    assert [o.name for o in found[0].owners] == ["Jane Smith"]
    assert found[0].due.date == "2018-06-11"


def test_a_line_of_fields_read_as_an_action_is_the_task_befores_fields_not_an_action():
    found = _actions(["Update the report.", "Lead: Clerk; Deadline: 30 June"], ["action", "action"])
    assert len(found) == 1
    assert [o.name for o in found[0].owners] == ["Jane Smith"]


def test_a_cut_owner_value_read_as_an_action_finishes_the_row_before():
    found = _actions(
        ["A-12 – Raise charging times with the court – Lead:", "CC – Due: 30 June 2018"], ["action", "action"]
    )
    assert len(found) == 1
    assert [o.abbrev for o in found[0].owners] == ["CC"]
    assert found[0].due.date == "2018-06-30"


def test_a_row_with_a_long_task_cell_is_a_row_of_its_own_not_the_cells_of_the_row_before():
    found = _actions(
        [
            "HT\tPersistent absence analysis\tnext meeting",
            "HT\tWriting plan to the Teaching and Learning Committee\tSpring 1",
        ],
        ["action", "action"],
    )
    assert len(found) == 2


def test_an_office_and_the_area_it_covers_after_a_dash_own_the_action():
    assert owners("The Corporate Director – Resources agreed to provide the list.") == [
        ("The Corporate Director – Resources", None)
    ]


def test_a_dash_after_words_that_hold_no_office_cuts_the_subject():
    assert owners("The plan – Resources agreed to provide it.") == [("Resources", None)]


# --- batches 33 and 34: layouts the rules missed


def test_initials_and_a_day_in_a_closing_bracket_give_the_owner_and_the_due_point():
    assert owners("[A] Update the risk log (JS, 14/06)") == [("JS", "Jane Smith")]
    assert due("[A] Update the risk log (JS, 14/06)") == ("2018-06-14", None)


def test_the_due_field_of_a_closing_bracket_wins_over_a_meeting_the_task_names():
    assert due("[A] Draft a paper for the Audit Committee meeting on 3 July (ACC, 20/06)") == (
        "2018-06-20",
        None,
    )


def test_a_closing_bracket_may_give_a_month_meeting_as_its_due_field():
    assert due("[A] Raise the gap at the Performance Scrutiny Committee (CC, June PSC)") == ("2018-06", "psc")


def test_a_closing_bracket_of_owner_and_due_may_wrap_onto_the_next_line():
    text = "[A] Agree the test scenarios with the resilience team (ACC/CC,\n20/06)"
    assert owners(text) == [("ACC", "ACC"), ("CC", "CC")]
    assert due(text) == ("2018-06-20", None)


def test_a_closing_bracket_whose_due_field_states_no_point_gives_no_due():
    assert due("[A] Keep the log up to date (ACC, ongoing)") is None


def test_a_bracket_of_initials_and_a_day_cut_off_after_a_task_closes_it():
    found = _actions(["[A] Circulate the burn-down chart until exit", "(ACC, 20/06)"], ["action", "other"])
    assert [o.abbrev for o in found[0].owners] == ["ACC"]
    assert found[0].due.date == "2018-06-20"


def test_handles_in_markdown_bold_own_the_task_line():
    assert owners("**@maria**: update the docs") == [("@maria", "@maria")]
    assert owners("**@maria**, **@bob**: ship the fix") == [("@maria", "@maria"), ("@bob", None)]


def test_bold_around_an_action_label_is_left_as_written():
    assert owners("**ACTION** Tom Reddy to ping the Clerk.") == [("Tom Reddy", "Tom Reddy")]


def test_owner_and_due_lines_under_a_task_are_its_fields():
    found = _actions(
        [
            "Circulate the arrears figures to all Members.",
            "Responsible officer: Head of Finance",
            "By: 30 June 2018",
        ],
        ["action", "action", "other"],
    )
    assert len(found) == 1  # the owner line names who, it is no task of its own
    assert [o.mention for o in found[0].owners] == ["Head of Finance"]
    assert found[0].due.date == "2018-06-30"


def test_a_due_line_under_a_task_may_name_a_month_meeting():
    found = _actions(
        ["Written update on the bid.", "Responsible officer: Head of Housing", "By: September meeting"],
        ["action", "other", "other"],
    )
    assert (found[0].due.date, found[0].due.meeting) == ("2018-09", "meeting")


def test_an_owner_line_without_a_due_line_names_the_owner_but_no_due():
    found = _actions(
        ["Circulate the figures.", "Responsible officer: Head of Finance", "The Committee noted the report."],
        ["action", "other", "finding"],
    )
    assert [o.mention for o in found[0].owners] == ["Head of Finance"] and found[0].due is None


def test_an_officer_responsible_line_names_the_owner_not_the_requesting_body():
    found = _actions(
        ["The Panel requested a note on library opening hours.", "Officer responsible: Head of Libraries"],
        ["action", "other"],
    )
    assert [o.mention for o in found[0].owners] == ["Head of Libraries"]


def test_an_owner_line_naming_no_one_leaves_the_owners_to_the_sentence():
    found = _actions(
        ["The Head of Parks agreed to review the bins.", "Responsible officer: to be confirmed"],
        ["action", "other"],
    )
    assert [o.mention for o in found[0].owners] == ["The Head of Parks"]


def test_an_owner_line_in_the_next_item_is_not_read():
    spans = [
        SentenceSpan(id=0, start=0, end=30, text="The Panel requested a note on parks.", item="3"),
        SentenceSpan(id=1, start=100, end=140, text="Officer responsible: Head of Libraries", item="4"),
    ]
    found = extract_actions(
        spans,
        [Classified(label="action", confidence=0.9), Classified(label="other", confidence=0.9)],
        people=PEOPLE,
        meeting_date=MAY_2018,
        next_meeting=None,
    )
    assert [o.mention for o in found[0].owners] != ["Head of Libraries"]


def test_fields_set_apart_by_pipes_on_the_line_under_a_task_are_its_cells():
    text = "A-12  Produce the cut-over plan\nOwner: Head of Estates | Due: June board | Status: Open"
    assert owners(text) == [("Head of Estates", None)]
    assert due(text) == ("2018-06", "board")


def test_a_labelled_status_cell_is_not_the_due_cell():
    assert due("A-13  Review the plan\nOwner: CC | Due: 30 June 2018 | Status: Open") == ("2018-06-30", None)


def test_a_tag_line_with_a_bracketed_due_closes_the_sentence_before_it():
    found = _actions(["The CC agreed to circulate the figures.", "Action: CC (by June)"], ["action", "other"])
    assert len(found) == 1
    assert found[0].due.date == "2018-06"


def test_a_tag_line_with_a_bracketed_due_read_as_an_action_stays_an_action_of_its_own():
    found = _actions(
        ["The CC agreed to circulate the figures.", "Action: CC (by June)"], ["action", "action"]
    )
    assert len(found) == 2
    assert found[0].due is None and found[1].due.date == "2018-06"


def test_a_tag_line_with_a_due_after_a_comma_closes_the_sentence_before_it():
    found = _actions(
        ["The CC agreed to circulate the figures.", "Action: CC, by 20 June 2018"], ["action", "other"]
    )
    assert len(found) == 1
    assert [o.abbrev for o in found[0].owners] == ["CC"]
    assert found[0].due.date == "2018-06-20"


def test_a_tag_line_with_a_due_after_a_comma_read_as_an_action_stays_an_action_of_its_own():
    found = _actions(["The CC agreed to circulate the figures.", "Action: CC, by June"], ["action", "action"])
    assert len(found) == 2
    assert found[0].due is None and found[1].due.date == "2018-06"


def test_a_tag_line_whose_comma_follows_a_task_is_no_closing_tag():
    found = _actions(
        ["The CC agreed to circulate the figures.", "Action: ACC to brief the panel, by June"],
        ["action", "action"],
    )
    assert len(found) == 2
    assert found[0].due is None


def test_a_tag_line_cut_after_a_slash_takes_its_last_owner_from_the_next_line():
    found = _actions(
        ["The PCC agreed to ask the Clerk to model it.", "Action: PCC /", "ACC (by June)"],
        ["action", "other", "other"],
    )
    assert [o.abbrev for o in found[0].owners] == ["PCC", "ACC"]
    assert found[0].due.date == "2018-06"


def test_due_before_a_month_closing_a_tracker_line_dates_it():
    assert due("Action 4.1 – CC to circulate the figures – ongoing – due July.") == ("2018-07", None)


def test_todays_discussion_is_no_due_point():
    assert due("The Clerk to update the register to reflect today's discussion.") is None
    assert due("The Clerk to send it today.") == ("2018-05-29", None)


def test_a_named_terms_half_term_is_the_month_of_its_break():
    assert due("The statement to be updated by the autumn half-term.") == ("2018-10", None)
    assert due("The Clerk to write to parents by the spring half term.") == ("2019-02", None)


def test_in_the_new_year_is_a_due_point_with_no_date():
    assert due("Update to come back in the new year.") == (None, None)


def test_a_meeting_named_before_the_new_year_keeps_its_kind():
    assert due("We will take it to the first design review meeting in the new year.") == (
        None,
        "design review meeting",
    )


def test_before_the_release_candidate_is_an_event_with_no_date():
    assert due("The notes to be drafted before the RC1 tag.") == (None, None)


def test_each_meeting_of_a_body_is_that_bodys_meeting():
    assert due("A report to be brought to each meeting of the Board.") == (None, "board")


def test_an_earlier_action_for_an_officer_to_act_is_owned_by_that_officer():
    assert owners(
        "The Chair reported that the action from minute 12, for the Head of Estates to report on the roof, "
        "remained open."
    ) == [("the Head of Estates", None)]


def test_an_action_for_a_month_names_no_owner():
    assert owners("The Chair reported that the action for March was complete and would be closed.") == []


def test_further_to_a_minute_is_no_owner():
    assert owners("Further to minute 12, the Clerk to write to the council.") == [("the Clerk", "Jane Smith")]


def test_a_tab_log_row_is_quoted_by_its_action_cell():
    found = _actions(["07/18-01\tUpdated fleet plan\tCC\t31.08.18"], ["action"])
    assert found[0].text == "Updated fleet plan"
    assert [o.abbrev for o in found[0].owners] == ["CC"] and found[0].due.date == "2018-08-31"


def test_row_action_cell_is_the_task_cell_of_a_closed_or_open_tab_row():
    closed = "  B/07\tAgree the room booking rules with the caretaker\tJM\t12/02\tClosed – see item 3"
    start, end = row_action_cell(closed)  # offsets into the text as given, its leading spaces too
    assert closed[start:end] == "Agree the room booking rules with the caretaker"
    open_row = "B/09\tTerm dates consultation\tHead of School\t1 March\tOpen"
    start, end = row_action_cell(open_row)
    assert open_row[start:end] == "Term dates consultation"


def test_row_action_cell_is_none_for_text_that_is_no_one_line_tab_row():
    assert row_action_cell("Agree the room booking rules\tJM") is None  # two cells
    assert row_action_cell("B/07\tAgree the rules\tJM\nwith the caretaker\t12/02") is None  # two lines
    assert row_action_cell("B/07 | Agree the room booking rules | JM | 12/02") is None  # a pipe row
    assert row_action_cell("The Committee agreed the room booking rules.") is None


def test_a_dash_row_is_quoted_whole():
    found = _actions(["A-12 – Raise times with the court – CC – 30 June 2018"], ["action"])
    assert found[0].text == "A-12 – Raise times with the court – CC – 30 June 2018"


def test_a_posts_short_form_and_its_area_in_an_owner_cell_is_one_owner():
    people = [
        *PEOPLE,
        Person(name="Ruth Khan", role="Assistant Director, Education and Skills", attendance="present"),
    ]
    found = find_owners(
        "3\t12/18\tFigures on exclusions by school\tAD Education and Skills\t21 Sept 2018", people
    )
    assert [(o.mention, o.name) for o in found] == [("AD Education and Skills", "Ruth Khan")]


def test_a_rank_and_a_surname_after_a_short_form_is_no_area():
    assert post_and_area("AD Education and Skills") is not None
    assert post_and_area("OPCC Ch Supt Okafor") is None


def test_a_season_and_year_due_cell_is_a_point_with_no_month():
    assert due("8\t21/18\tMember visit to the depot\tCC\tAutumn 2018") == (None, None)


def test_a_tag_that_abbreviates_the_owner_the_sentence_names_keeps_the_sentences_wording():
    found = _actions(
        ["The Faculty Finance Manager to provide the forecast.", "Action: FFM"], ["action", "other"]
    )
    assert [o.mention for o in found[0].owners] == ["The Faculty Finance Manager"]


def test_a_tag_naming_someone_else_still_owns_the_action():
    found = _actions(
        ["The Faculty Finance Manager to provide the forecast.", "Action: CC"], ["action", "other"]
    )
    assert [o.abbrev for o in found[0].owners] == ["CC"]


def test_a_bodys_members_who_are_asked_to_act_own_the_action():
    assert owners("Board members who can help are asked to tell the Clerk.") == [("Board members", None)]
    assert owners("Systems that want to talk will do so.") == []


def test_the_first_meeting_of_a_stated_year_is_its_january():
    assert due("The question to be brought back to the first TSC meeting of 2019.") == (
        "2019-01",
        "tsc meeting",
    )


def test_the_last_meeting_of_a_stated_year_is_its_december():
    assert due("A review to be brought back to the last meeting of 2018.") == ("2018-12", "meeting")


def test_the_first_meeting_of_a_municipal_year_has_no_month():
    assert due("A session to be held at the first meeting of the 2019/20 municipal year.") is None


def test_a_subject_joined_to_a_second_thing_before_a_passive_names_no_owner():
    assert (
        owners("Members requested that the list of ward officers and their contact details be circulated.")
        == []
    )
    assert owners("It was agreed that the Clerk and the Chair would write to the council.") == [
        ("the Clerk", "Jane Smith"),
        ("the Chair", None),
    ]


def test_a_monthly_report_named_by_its_month_dates_what_goes_into_it():
    assert due("The CC to include the outcome in the June patient safety report.") == ("2018-06", None)


def test_a_tracker_row_may_give_its_minute_after_its_number():
    text = "7 20/18 Letter to the DfE on the register of children not in\nschool CC 31 Aug 2018"
    assert owners(text) == [("CC", "CC")]
    assert due(text) == ("2018-08-31", None)


def test_a_wrapped_log_row_gives_its_initials_and_day_on_the_next_line():
    found = _actions(["05/18-03 Analysis of penalty notices by age", "CC 22.09.18"], ["action", "other"])
    assert [o.abbrev for o in found[0].owners] == ["CC"]
    assert found[0].due.date == "2018-09-22"


def test_a_heading_after_a_task_is_no_owner_and_due_line():
    found = _actions(
        ["A report to be added to the work programme for the June meeting.", "Date and time of next meeting"],
        ["action", "other"],
    )
    assert found[0].owners == []
    assert (found[0].due.date, found[0].due.meeting) == ("2018-06", "meeting")


# ------------------------------------------------------------------ batch 35/36: fields, cells and terms


def test_a_target_field_on_the_line_under_an_action_gives_its_due_point():
    found = _actions(
        ["Action 18/05/02: Revised rota to be shared with the Panel.", "Owner: ACC   Target: Jul 18"],
        ["action", "other"],
    )
    assert [o.abbrev for o in found[0].owners] == ["ACC"]
    assert found[0].due.date == "2018-07"


def test_labelled_cells_set_apart_by_runs_of_spaces_are_read_by_their_labels():
    text = "Action 18/05/03: Costed options for the depot. Owner: CC   Target: Aug HTA"
    assert due(text) == ("2018-08", "hta")


def test_an_owner_line_and_a_response_due_line_under_a_recommendation_are_its_fields():
    found = _actions(
        [
            "R2 That the Council publish a plain-English guide to the scheme.",
            "Owner: Head of Customer Services",
            "Response due: September 2018 meeting of the Committee",
        ],
        ["action", "other", "action"],
    )
    assert len(found) == 1  # the due line names a point, not a task of its own
    assert [o.mention for o in found[0].owners] == ["Head of Customer Services"]
    assert (found[0].due.date, found[0].due.meeting) == ("2018-09", "committee")


def test_a_response_due_cell_names_a_body_and_its_day():
    row = "R5 That the fees be reviewed. Owner: Head of Parking Response due: Cabinet, 17 July 2018"
    assert due(row) == ("2018-07-17", "cabinet")


def test_an_owner_tag_goes_on_past_initials_to_a_titled_name_after_a_slash():
    text = "Recovery plan to be presented to the PCC. Owner: ACC / Ch Supt Okoye   Target: Sep 18"
    assert owners(text) == [("ACC", "ACC"), ("Ch Supt Okoye", None)]


def test_the_words_after_and_in_a_listed_office_are_no_role_of_their_own():
    people = [Person(name="Nia Bell", role="Cabinet Member for Housing and Planning", attendance="present")]
    found = find_owners(
        "R4 That the team draft the scheme. Owner: Head of Transport / Head of Planning and Regeneration "
        "Response due: July 2018",
        people,
    )
    assert [o.mention for o in found] == ["Head of Transport", "Head of Planning and Regeneration"]
    assert find_owners("The Cabinet Member for Housing and Planning to reply.", people)[0].name == "Nia Bell"


def test_a_bracket_assigning_a_task_names_its_owner_before_a_bracket_of_its_due_point():
    assert owners("Send the survey results to the Panel (Assigned to: Olu Bakare) (Due: 3 July)") == [
        ("Olu Bakare", None)
    ]
    assert owners("Book the venue for the summit (Assigned to: Tom Reddy, Jane Smith)") == [
        ("Tom Reddy", "Tom Reddy"),
        ("Jane Smith", "Jane Smith"),
    ]


def test_a_span_of_minutes_after_a_participle_is_a_standard_not_a_due_point():
    assert due("The CC to report the share of calls answered within 10 minutes.") is None
    assert due("The Clerk to circulate the notes within 24 hours.") == ("2018-05-29", None)


def test_a_tag_naming_the_post_and_organisation_of_a_person_named_in_full_keeps_the_name():
    found = _actions(
        ["Tom Reddy agreed to bring the audit results to the June meeting.", "Action: Cllr, NHT"],
        ["action", "other"],
    )
    assert [(o.mention, o.name) for o in found[0].owners] == [("Tom Reddy", "Tom Reddy")]


def test_a_tag_naming_someone_else_on_the_list_still_wins_over_the_sentence():
    found = _actions(["Tom Reddy agreed to bring the results back.", "Action: CC"], ["action", "other"])
    assert [o.abbrev for o in found[0].owners] == ["CC"]


OCT_2019 = dt.date(2019, 10, 24)


def test_a_numbered_week_of_term_is_dated_from_the_week_the_minutes_give_a_day():
    found = _actions(
        [
            "The Secretary to forward the nominations to the Proctors by 8th week.",
            "The next meeting will be held on Thursday 28 November 2019 (7th week).",
        ],
        ["action", "other"],
        meeting_date=OCT_2019,
    )
    assert found[0].due.date == "2019-12"


def test_a_numbered_week_of_term_has_a_month_only_when_the_usual_calendar_leaves_no_doubt():
    assert find_due("Comments to the Vice-Chair by 5th week.", OCT_2019, None).date == "2019-11"
    undated = find_due(
        "Nominations to the Proctors by 8th week.", OCT_2019, None
    )  # late November or early December
    assert (undated.mention, undated.date) == ("by 8th week", None)


def test_a_week_of_a_named_term_is_that_term_next_and_a_weekday_in_it_that_day():
    found = find_due("Reading lists to the Librarian by Friday of 0th week of Hilary Term.", OCT_2019, None)
    assert found.date == "2020-01"
    board = find_due("Costs to be ready for the Board's meeting in 5th week of Hilary Term.", OCT_2019, None)
    assert (board.date, board.meeting) == ("2020-02", "board")


def test_a_week_of_a_month_is_no_week_of_term():
    of_month = find_due("Ann to reply by the 2nd week of March.", OCT_2019, None)
    assert of_month is None or of_month.date == "2020-03"
    assert find_due("Ann to draft it in 3rd week of the project.", OCT_2019, None) is None


def test_the_start_of_an_academic_year_is_a_due_point_with_no_date():
    found = find_due(
        "Leaders to publish the summaries by the start of the 2024/25 academic year.", OCT_2019, None
    )
    assert (found.mention, found.date) == ("by the start of the 2024/25 academic year", None)


def test_a_bare_plural_group_asked_to_act_owns_the_task():
    assert owners("The Board asked convenors of optional papers to send their lists to the Librarian.") == [
        ("convenors of optional papers", None)
    ]
    assert owners("The Chair asked questions to clarify the costs.") == [("The Chair", None)]


def test_a_request_after_a_passive_decision_names_who_acts():
    assert owners(
        "The Board agreed that the appeal should be referred to the Proctors, and asked the CC to inform the college."
    ) == [("the CC", "CC")]
    assert owners("The Board agreed that the appeal should be referred to the Proctors.") == []


def test_a_tag_line_the_splitter_joined_to_the_next_sentence_closes_the_one_before():
    found = _actions(
        [
            "The CC to present the re-audit results, now at the July meeting.",
            "ACTION: ACC – July 2018\nThe PCC asked why the audit had slipped.",
        ],
        ["action", "question"],
    )
    assert [o.abbrev for o in found[0].owners] == ["ACC"]


def test_a_tag_due_cell_may_name_the_meeting_before_its_month():
    found = _actions(
        ["The ACC to bring the plan to the Committee.", "ACTION: ACC – QC September 2018"],
        ["action", "other"],
    )
    assert (found[0].due.date, found[0].due.meeting) == ("2018-09", "qc")


def test_an_update_cell_of_dated_notes_is_not_the_due_cell():
    row = "18/041\tReport training compliance for bank staff\tCC\tJun 18\t12/05: chased, awaiting data"
    assert due(row) == ("2018-06", None)
    assert owners(row) == [("CC", "CC")]


def test_an_update_note_that_defers_the_action_moves_its_due_point():
    assert due("18/041\tReport training compliance\tCC\tJun 18\t12/05: deferred to September") == (
        "2018-09",
        None,
    )


def test_a_flattened_log_row_closed_by_dated_notes_keeps_its_owner_and_due_cells():
    row = "18/033 (Apr 18) Re-audit of the discharge checklist ACC Jul\n18 16/05: audit tool being rebuilt. 20/05: restarted."
    assert due(row) == ("2018-07", None)
    assert owners(row) == [("ACC", "ACC")]


def test_a_part_of_a_month_in_a_due_cell_is_that_month():
    assert due("18/052\tCirculate the draft account for comment\tCC\tMid-Aug 18\tNew") == ("2018-08", None)


def test_an_action_label_before_the_owner_cell_of_a_dash_row_is_no_part_of_the_owner():
    assert owners("ACTION: Clerk – circulate the visit schedule to governors – by end of term") == [
        ("Clerk", "Jane Smith")
    ]
    assert owners("ACTION: All governors – complete the online module – 30 June 2018") == [
        ("All governors", None)
    ]


def test_a_term_cell_may_give_its_year_and_an_end_of_term_cell_is_the_terms_last_month():
    term = find_due("18/44 | Absence by year group | CC | Spring term 2019 | Green", MAY_2018, None)
    assert (term.mention, term.date) == ("Spring term 2019", None)
    assert due("18/50 | Visit schedule | CC | End of term | Green") == ("2018-07", None)


def test_a_body_and_a_month_in_a_due_cell_is_that_bodys_meeting():
    assert due(
        "18/36 | Review the lettings charges for the sports hall | CC | Resources Committee, July | Amber"
    ) == (
        "2018-07",
        "resources committee",
    )


def test_a_bare_term_is_passed_over_for_a_later_term_meeting():
    text = "The visits for the spring term were deferred; the plan will now come to the summer term meeting."
    found = find_due(text, dt.date(2021, 3, 10), NextMeeting(date=dt.date(2021, 5, 18)))
    assert (found.date, found.meeting) == ("2021-05-18", "meeting")


def test_no_later_than_a_month_is_a_deadline():
    assert due("That the business case be brought to Cabinet no later than October 2018.") == (
        "2018-10",
        "cabinet",
    )


def test_the_next_meeting_of_an_executive_is_that_bodys_meeting():
    found = find_due(
        "Cllr Reddy to raise it at the next meeting of the Regional Councils Executive.", MAY_2018, None
    )
    assert (found.date, found.meeting) == (None, "regional councils executive")


def test_a_first_person_commitment_in_a_time_stamped_turn_belongs_to_the_speaker():
    found = _actions(["[14:06] <maria> still on me, sorry; I'll have a draft by Friday"], ["action"])
    assert [(o.mention, o.name) for o in found[0].owners] == [("maria", "Maria Lopez")]


def test_a_reference_of_hyphenated_letter_groups_opens_a_dash_row():
    row = "PB-C-104 – Confirm the integration route for the CRM – CC – 8 July 2018 – Open (carried forward)"
    assert owners(row) == [("CC", "CC")]
    assert due(row) == ("2018-07-08", None)


def test_a_pre_release_the_minutes_date_dates_a_task_due_before_it():
    found = _actions(
        [
            "- 1.4 final moves to 20 June, with RC2 on 6 June.",
            "@maria to write the upgrade notes before RC2.",
        ],
        ["finding", "action"],
    )
    assert found[0].due.date == "2018-06-06"
    undated = _actions(["@maria to write the upgrade notes before RC2."], ["action"])
    assert undated[0].due.date is None


def test_a_short_form_of_one_listed_first_name_resolves_to_that_person():
    people = [
        Person(name="Jaswinder Dhillon", attendance="present"),
        Person(name="Tom Hartigan", abbrev="PD", attendance="present"),
        Person(name="Daniel Appel", attendance="present"),
        Person(name="Danielle Rose", attendance="present"),
    ]
    found = find_owners("Tom & Jas to bring a re-phased forecast to the January board.", people)
    assert [(o.mention, o.name) for o in found] == [("Tom", "Tom Hartigan"), ("Jas", "Jaswinder Dhillon")]
    assert [o.name for o in find_owners("Dan to book the room.", people)] == [None]  # Daniel or Danielle


# --- batch 37: referenced owner-first rows, "Responsibility:/Timescale:" fields, bracket tags with a due cell


def test_a_referenced_owner_first_row_names_its_owners_and_due_cell():
    text = "ACTION PB/18/05/3-2 – CC and ACC – by the June board: review of the fleet replacement costs."
    assert owners(text) == [("CC", "CC"), ("ACC", "ACC")]
    assert find_due(text, MAY_2018, None).date == "2018-06"
    assert (
        find_due("ACTION 18/05/4-1 – ACC – July panel: custody staffing figures.", MAY_2018, None).date
        == "2018-07"
    )


def test_a_referenced_row_whose_second_cell_is_prose_names_no_owner_from_it():
    text = "ACTION 18/05/5 – The Chief Constable will review it – noted: a further paper to follow."
    assert ("The Chief Constable will review it", None) not in owners(text)


def test_responsibility_and_timescale_fields_under_a_task_give_its_owner_and_due_point():
    found = _actions(
        ["Ward staff to be trained on the new triage form.", "Responsibility: ACC; Timescale: August 2018"],
        ["action", "other"],
    )
    assert [o.name for o in found[0].owners] == ["Martin Evans"]
    assert found[0].due.date == "2018-08"


def test_a_timescale_field_naming_the_sentences_own_point_keeps_its_meeting():
    found = _actions(
        [
            "The ACC to bring the custody audit to the July meeting.",
            "Responsibility: ACC; Timescale: July 2018",
        ],
        ["action", "other"],
    )
    assert (found[0].due.date, found[0].due.meeting) == ("2018-07", "meeting")


def test_a_bracketed_tag_with_a_dash_due_cell_gives_owner_and_due_point():
    found = _actions(["The rota to be redrawn for the winter.", "[Action: CC – Sept]"], ["action", "other"])
    assert [o.abbrev for o in found[0].owners] == ["CC"]
    assert found[0].due.date == "2018-09"


def test_a_bracketed_tags_due_cell_wins_over_a_body_the_task_is_sent_to():
    found = _actions(["The CC to present the plan to the Panel.", "[Action: CC – July]"], ["action", "other"])
    assert (found[0].due.date, found[0].due.meeting) == ("2018-07", None)


def test_a_due_field_naming_a_half_term_is_not_replaced_by_a_standing_meeting_in_the_task():
    found = _actions(
        ["The Clerk to add the figures to the report to each board.", "Lead: Clerk; Deadline: Spring 2"],
        ["action", "other"],
    )
    assert found[0].due.meeting is None


QUALIFIED_OFFICES = [
    Person(name="Rhona Vale", role="Assistant Director, Estates", abbrev="AD Estates", attendance="present"),
    Person(name="Omar Quist", role="Assistant Director, Finance", abbrev="AD Finance", attendance="present"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("→ AI @kofi: rerun the benchmarks on the new runners.", ["@kofi"]),
        ("-> AI @kofi + @lena: write up the migration notes by Friday.", ["@kofi", "@lena"]),
        ("⇒ TODO @lena: tag the release.", ["@lena"]),
    ],
)
def test_an_arrowed_action_line_opening_with_handles_names_them(text, expected):
    assert [o.mention for o in find_owners(text, PEOPLE)] == expected


def test_a_labelled_task_line_for_everyone_is_owned_by_everyone():
    assert [o.mention for o in find_owners("→ AI everyone: add a talk idea to the wiki.", PEOPLE)] == [
        "everyone"
    ]


def test_an_unlabelled_everyone_colon_is_not_a_task_owner():
    # a vocative in a chat line, not a task line's owner field
    assert find_owners("everyone: please review the draft", PEOPLE) == []


def test_initials_with_a_qualifier_in_a_closing_bracket_are_one_owner():
    text = "2.1 Condition survey of the boiler house to be provided to the Board by 30 June (AD Estates)"
    found = find_owners(text, QUALIFIED_OFFICES)
    assert [(o.mention, o.name) for o in found] == [("AD Estates", "Rhona Vale")]


def test_a_qualified_office_cut_off_after_a_passive_task_owns_it():
    found = _actions(
        ["2.1 Condition survey of the boiler house to be provided to the Board by 30 June", "(AD Estates)"],
        ["action", "other"],
        people=QUALIFIED_OFFICES,
    )
    assert [(o.mention, o.name) for o in found[0].owners] == [("AD Estates", "Rhona Vale")]


def test_a_capitalised_word_after_tag_initials_is_not_a_qualifier():
    # "JS Circulate ...": the task's first word, not part of the owner
    assert [o.mention for o in find_owners("Action: JS Circulate the revised budget.", PEOPLE)] == ["JS"]


def test_an_office_with_its_qualifier_in_a_nested_bracket_owns_a_passive_action():
    people = [
        Person(
            name="Kit Marsh",
            role="Assistant Chief Constable, Operations",
            abbrev="ACC Ops",
            attendance="present",
        )
    ]
    text = "4.3 Figures on response times by ward to be provided for the next meeting (ACC (Ops))"
    assert [(o.mention, o.name) for o in find_owners(text, people)] == [("ACC (Ops)", "Kit Marsh")]


def test_a_bracket_inside_a_closing_bracket_that_is_no_qualifier_names_no_one():
    text = "The figures to be provided for the next meeting (see Appendix (B))"
    assert find_owners(text, []) == []


def test_a_titled_name_in_brackets_cut_off_after_a_passive_task_owns_it():
    people = [Person(name="Ruth Okafor", role="Chief Superintendent", abbrev=None, attendance="present")]
    texts = ["The revised rota to be confirmed in writing to the Panel by 3 March 2023.", "(Ch Supt Okafor)"]
    actions = _actions(texts, ["action", "other"], item="4", people=people, meeting_date=FEB_2022)
    assert [(o.mention, o.name) for o in actions[0].owners] == [("Ch Supt Okafor", "Ruth Okafor")]


def test_a_titled_name_in_brackets_after_an_imperative_is_no_owner():
    people = [Person(name="Ruth Okafor", role="Chief Superintendent", abbrev=None, attendance="present")]
    texts = ["Book the hall for the open evening.", "(Ch Supt Okafor)"]
    actions = _actions(texts, ["action", "other"], item="4", people=people, meeting_date=FEB_2022)
    assert actions[0].owners == []


def test_a_body_recommended_to_act_owns_the_resolution():
    assert owners("That Cabinet be recommended to keep the current eligibility rules for the scheme.") == [
        ("Cabinet", None)
    ]


def test_a_thing_recommended_to_a_body_names_no_owner():
    assert find_owners("That the draft strategy be recommended to Council for adoption.", PEOPLE) == []
    assert find_owners("That the report be recommended to members for approval.", PEOPLE) == []


def test_the_guests_of_an_invitation_are_not_owners():
    text = "The Chair asked the Clerk to invite the Harbour Trust and the county highways team to attend that meeting."
    assert [o.name for o in find_owners(text, PEOPLE)] == ["Jane Smith"]


def test_a_new_clause_after_an_object_names_its_own_subject():
    text = "The Chair said that this was a matter for the Audit Committee, and Cllr Reddy undertook to raise it there."
    assert owners(text) == [("Cllr Reddy", "Tom Reddy")]


def test_an_object_after_a_preposition_is_still_no_subject():
    assert find_owners("It was noted that a call for volunteers would go out in May.", PEOPLE) == []


def test_a_decision_referred_back_for_reconsideration_names_no_owner():
    text = "That the decision be referred back to the Executive for reconsideration at its next meeting."
    assert find_owners(text, PEOPLE) == []


def test_a_due_cell_after_a_dash_is_outside_a_condition_before_it():
    due = find_due(
        "Owner: @kim — tag the release once both blockers are merged — due 2024-05-22", MAY_2018, None
    )
    assert due is not None and due.date == "2024-05-22"


def test_a_date_inside_a_condition_is_still_no_due_point():
    assert find_due("Publish the notes once the review – started in June – is done.", MAY_2018, None) is None


def test_a_us_month_and_day_without_a_year_is_a_day():
    due = find_due("The manager to send the reminder letters by 6/30.", MAY_2018, None)
    assert due is not None and due.date == "2018-06-30"


def test_a_fraction_is_no_day():
    assert find_due("The change needs approval by a 2/3 majority of members.", MAY_2018, None) is None


TEAM = [
    Person(name="Leona", role=None, abbrev=None, attendance="present"),
    Person(name="Kofi", role=None, abbrev=None, attendance="present"),
]


def test_a_closing_bracket_tag_names_the_owner_and_the_due_point():
    text = "Supplier list to be refreshed for the audit [ACTION – Leona – Thu]"
    assert [o.name for o in find_owners(text, TEAM)] == ["Leona"]
    assert due(text) == ("2018-05-31", None)  # the Thursday after the Tuesday meeting
    assert due("Kofi to chase the supplier [ACTION – Kofi – 8/6]") == ("2018-06-08", None)
    assert due(
        "Kofi to chase the supplier [ACTION – Kofi – next meeting]", NextMeeting(date=dt.date(2018, 6, 26))
    ) == (
        "2018-06-26",
        "meeting",
    )


def test_a_bracket_tag_without_a_due_cell_gives_no_due_point():
    assert [o.name for o in find_owners("Tidy the shared drive [ACTION – Kofi]", TEAM)] == ["Kofi"]
    assert due("Tidy the shared drive [ACTION – Kofi]") is None


def test_the_end_of_a_named_weekday_is_that_day():
    assert due("Kofi to send the figures by EOD Friday.") == ("2018-06-01", None)
    assert due("Leona to confirm by close of play on Monday.") == ("2018-06-04", None)


def test_the_end_of_the_day_alone_is_the_meeting_day():
    assert due("Kofi to send the figures by EOD.") == ("2018-05-29", None)


def test_an_ampersand_inside_an_abbreviation_does_not_split_the_owner():
    assert [o.mention for o in find_owners("The Lead Nurse IP&C to circulate the audit.", PEOPLE)] == [
        "The Lead Nurse IP&C"
    ]


def test_a_spaced_ampersand_still_joins_two_owners():
    assert owners("The PCC & CC to meet the auditors.") == [("The PCC", "PCC"), ("CC", "CC")]


def test_heads_of_a_unit_in_an_owner_cell_own_the_row():
    text = "3.1 | Review the exam timetable | Heads of Department | 30 June 2018"
    assert [o.mention for o in find_owners(text, PEOPLE)] == ["Heads of Department"]


def test_an_organisation_acronym_between_commas_is_not_part_of_the_office():
    text = "the Director of Estates, RHT, be asked to report on the boiler replacement."
    assert [o.mention for o in find_owners(text, PEOPLE)] == ["the Director of Estates"]


def test_initials_listed_between_commas_still_name_owners():
    assert [o.mention for o in find_owners("The Chief Constable, ACC, and PCC to meet.", PEOPLE)] == [
        "The Chief Constable",
        "ACC",
        "PCC",
    ]


def test_the_meeting_an_action_came_from_after_a_comma_is_not_its_due_point():
    text = (
        "Minute 14 (Parking), from the meeting of 3 March 2018: the Clerk to obtain quotes; "
        "this will now be reported to the July meeting."
    )
    assert due(text) == ("2018-07", "meeting")


def test_an_undated_event_that_begins_or_closes_is_a_due_point_with_no_date():
    assert due("Guidance to go to markers before term 3 assessments begin.") == (None, None)
    assert due("The Clerk to publish the notice before the consultation closes.") == (None, None)
    assert due("The Head to confirm access arrangements before GCSEs.") == (None, None)


def test_plural_initials_that_open_a_clause_are_no_event():
    assert due("The Clerk to check the links before APIs change.") is None


SCHOOL = [
    Person(name="Helen Marsh", role="Co-opted Governor, Chair", abbrev="HM", attendance="present"),
    Person(name="Rebecca Achterberg", role="Headteacher", abbrev="RA", attendance="present"),
]


def test_owners_named_by_their_listed_initials_win_over_a_tag_of_their_posts():
    found = _actions(
        ["HM and RA to meet the trust's director before half term.", "ACTION: Chair/HT"],
        ["action", "other"],
        people=SCHOOL,
    )
    assert [o.name for o in found[0].owners] == ["Helen Marsh", "Rebecca Achterberg"]


def test_people_who_begin_or_close_something_are_no_event():
    assert due("The Clerk to raise it before we close the issue.") is None
    assert due("The Clerk to raise it before they start the review.") is None


def test_an_office_dash_row_with_a_capitalised_task_names_the_office_and_its_due_cell():
    row = "Secretary — Book the hall for the summer fair — Summer term"
    assert owners(row) == [("Secretary", None)]
    d = find_due(row, MAY_2018, None)
    assert (d.mention, d.date, d.meeting) == ("Summer term", None, None)


def test_a_capitalised_heading_between_dashes_is_no_owner_cell():
    assert owners("Finance — Budget monitoring for the first quarter — Noted") == []


def test_a_raise_note_in_brackets_is_the_origin_not_the_due_point():
    text = "A-12 (raised at the April meeting): the Treasurer to circulate the accounts by 8 June."
    assert due(text) == ("2018-06-08", None)


def test_now_targeted_introduces_a_day():
    assert due("Carried forward: the ACC to send the revised plan, now targeted 14/09/2018.") == (
        "2018-09-14",
        None,
    )


def test_a_revised_date_in_a_log_line_may_name_a_month_meeting():
    text = "Action 3/18 – CC to review the rota – ongoing, revised date July meeting."
    assert due(text) == ("2018-07", "meeting")


def test_the_next_of_the_last_word_of_the_minutes_own_title_is_their_next_meeting():
    nm = NextMeeting(date=dt.date(2018, 6, 5))
    d = find_due(
        "@maria will check the flaky test before the next triage.", MAY_2018, nm, "Weekly bug triage"
    )
    assert (d.date, d.meeting) == ("2018-06-05", "triage")


def test_a_title_word_before_a_meeting_word_is_left_to_the_meeting_patterns():
    nm = NextMeeting(date=dt.date(2018, 6, 5))
    d = find_due("Maria to bring the figures to the next TSC meeting.", MAY_2018, nm, "TSC meeting")
    assert (d.date, d.meeting) == ("2018-06-05", "tsc meeting")


def test_a_deferral_verb_opening_a_note_is_no_owner():
    assert owners("Postponed to the next meeting, when the Clerk is back.") == []


def test_a_plural_tag_for_an_offices_closing_words_keeps_the_sentences_wording():
    found = _actions(
        ["Faculty Heads of Student Support to report the numbers. ACTION: HSSs"], ["action"], people=[]
    )
    assert [o.mention for o in found[0].owners] == ["Faculty Heads of Student Support"]


def test_a_tag_spelling_out_the_sentences_short_form_keeps_the_sentences_wording():
    found = _actions(["The HoP to update the rota by June. ACTION: Head of Planning"], ["action"], people=[])
    assert [o.mention for o in found[0].owners] == ["The HoP"]


def test_a_tag_naming_another_office_still_wins_over_the_sentences_short_form():
    found = _actions(["The HoP to update the rota by June. ACTION: Head of Estates"], ["action"], people=[])
    assert [o.mention for o in found[0].owners] == ["Head of Estates"]


def test_an_abbreviation_with_a_bracketed_qualifier_is_an_owner_beside_another():
    assert owners("The DoS (Estates) and CC to report the outcome.") == [
        ("The DoS (Estates)", None),
        ("CC", "CC"),
    ]


def test_a_role_and_its_remit_after_for_is_the_owner():
    assert owners("The link trustee for safeguarding is to visit the school.") == [
        ("The link trustee for safeguarding", None)
    ]


def test_a_thing_for_a_group_is_no_owner():
    assert owners("The date for the visit is to be confirmed.") == []


# ---------------------------------------------------------------- batch 41: layouts the batch showed

BOARD = [
    Person(name="Nadia Fross", role="Head of Delivery", abbrev="HoD", attendance="present"),
    Person(name="Olu Berg", role="Finance Director", abbrev="FD", attendance="present"),
    Person(name="Pia Lund", role="Chief Technology Officer", abbrev="CTO", attendance="present"),
    Person(
        name="Rhys Vale", role="Cabinet Member for Leisure and Parks", abbrev=None, attendance="in_attendance"
    ),
    Person(
        name="Sana Iqbal",
        role="Assistant Director, Adult Social Work",
        abbrev=None,
        attendance="in_attendance",
    ),
    Person(name="Tariq Mole", role="Director of Estates", abbrev="DoE", attendance="present"),
    Person(name="Una Pell", role="Deputy Director of Estates", abbrev=None, attendance="present"),
    Person(name="Vic Orme", role="Deputy Chief Technology Officer", abbrev="DCTO", attendance="present"),
    Person(
        name="Wen Hale", role="Head of School, Coastal and Earth Studies", abbrev=None, attendance="present"
    ),
]
NOV_2024 = dt.date(2024, 11, 12)


def board_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, BOARD)]


def test_action_point_bracket_of_owner_and_due_names_both():
    text = "AP4 (HoD, 29 November): Refresh the cut-over plan and share it with the workstream leads."
    assert board_owners(text) == [("HoD", "Nadia Fross")]
    found = find_due(text, NOV_2024, NextMeeting(date=dt.date(2024, 12, 10)))
    assert found is not None and found.date == "2024-11-29"


def test_action_point_bracket_due_may_be_the_next_meeting():
    found = find_due(
        "AP5 (FD/CTO, next SteerCo): Agree the exit criteria.",
        NOV_2024,
        NextMeeting(date=dt.date(2024, 12, 10)),
    )
    assert found is not None and found.date == "2024-12-10"
    assert board_owners("AP5 (FD/CTO, next SteerCo): Agree the exit criteria.") == [
        ("FD", "Olu Berg"),
        ("CTO", "Pia Lund"),
    ]


def test_action_point_bracket_of_two_owners_gives_no_due():
    assert find_due("AP6 (FD, CTO): Agree the exit criteria.", NOV_2024, None) is None


def test_cabinet_member_for_a_portfolio_is_an_office_in_an_owner_field():
    text = (
        "Review of park fees (minute 12/24) – Owner: Cabinet Member for Leisure and Parks – Due: March 2025"
    )
    assert board_owners(text) == [("Cabinet Member for Leisure and Parks", "Rhys Vale")]


def test_owner_field_alone_after_the_task_names_the_owner():
    text = "Review of park fees (minute 12/24) – Owner: Director of Estates"
    assert board_owners(text) == [("Director of Estates", "Tariq Mole")]


def test_post_and_area_initials_in_an_owner_field_name_the_post_holder():
    text = "Caseload report (minute 14/24) – Owner: AD ASW – Due: 31 January 2025"
    assert board_owners(text) == [("AD ASW", "Sana Iqbal")]


def test_initials_alone_in_an_owner_field_stay_initials():
    assert board_owners("Caseload report – Owner: FD – Due: 31 January 2025") == [("FD", "Olu Berg")]


def test_end_of_the_municipal_year_is_may():
    found = find_due("Officers to report back by the end of the municipal year.", NOV_2024, None)
    assert found is not None and found.date == "2025-05"
    found = find_due("Caseload report – Owner: FD – Due: end of municipal year", dt.date(2024, 3, 5), None)
    assert found is not None and found.date == "2024-05"


def test_its_month_meeting_with_no_body_named_is_the_minutes_own_body():
    found = find_due(
        "consider the final scheme at its March meeting.", NOV_2024, None, "Leisure Scrutiny Committee"
    )
    assert found is not None and (found.date, found.meeting) == ("2025-03", "committee")


def test_its_next_meeting_keeps_the_plain_meeting_kind():
    nxt = NextMeeting(date=dt.date(2024, 12, 10))
    found = find_due(
        "so that it can decide at its next meeting.", NOV_2024, nxt, "Leisure Scrutiny Committee"
    )
    assert found is not None and found.meeting == "meeting"


def test_numbered_recommendation_from_an_earlier_meeting_is_its_origin_not_its_due():
    text = "Recommendation LS 4/24 from the June 2024 meeting remains open: the FD to report, now at the January meeting."
    found = find_due(text, NOV_2024, None)
    assert found is not None and found.date == "2025-01"


def test_a_recommendation_from_a_group_is_no_origin():
    nxt = NextMeeting(date=dt.date(2024, 12, 10))
    found = find_due(
        "The FD to get a recommendation from the pricing group for the next meeting.", NOV_2024, nxt
    )
    assert found is not None and found.date == "2024-12-10"


def test_before_the_feature_freeze_takes_the_day_the_minutes_give_it():
    found = _actions(
        [
            "Resolved: feature freeze for 4.1 on 2024-12-02, rc1 on 2024-12-09.",
            "@maria to land the parser before feature freeze.",
        ],
        ["finding", "action"],
        meeting_date=NOV_2024,
    )
    assert found[0].due is not None and found[0].due.date == "2024-12-02"


def test_feature_freeze_with_a_note_in_brackets_is_dated_too():
    found = _actions(
        [
            "The plan has feature freeze (beta 1) on 3 March 2025.",
            "@maria to finish the guide before the 4.2 feature freeze.",
        ],
        ["finding", "action"],
        meeting_date=NOV_2024,
    )
    assert found[0].due is not None and found[0].due.date == "2025-03-03"


def test_undated_feature_freeze_stays_undated():
    found = _actions(["@maria to land the parser before feature freeze."], ["action"], meeting_date=NOV_2024)
    assert found[0].due is not None and found[0].due.date is None


SEMESTER = [
    "Semester 2 teaching commences on Monday 22 July 2024 (Week 1).",
    "The guide is to be circulated to Heads of School by Week 3.",
    "The Dean to circulate the plan. Action: Dean — Due: Week 6, Semester 2",
]


def test_teaching_week_of_a_semester_whose_start_is_stated_is_that_weeks_month():
    found = _actions(SEMESTER, ["finding", "action", "action"], meeting_date=dt.date(2024, 7, 3))
    assert [a.due.date if a.due else None for a in found] == ["2024-08", "2024-08"]


def test_teaching_week_of_an_unstated_semester_has_no_date():
    found = _actions(SEMESTER[1:2], ["action"], meeting_date=dt.date(2024, 7, 3))
    assert found[0].due is None or found[0].due.date is None


def test_week_of_semester_after_a_dashed_tag_is_the_tags_due_and_owner():
    found = _actions(
        [SEMESTER[0], "The Board asked the FD to review the rooms.", "Action: FD — Due: Week 2, Semester 2"],
        ["finding", "action", "other"],
        people=BOARD,
        meeting_date=dt.date(2024, 7, 3),
    )
    # Week 2 runs from Monday 29 July; its Friday, 2 August, is in August
    assert len(found) == 1 and found[0].due is not None and found[0].due.date == "2024-08"
    assert [o.name for o in found[0].owners] == ["Olu Berg"]


def test_body_requesting_an_officer_to_act_makes_the_officer_the_owner():
    text = "Resolution 24/07: That the Faculty Board request the Head of School, Coastal and Earth Studies to write to students."
    assert board_owners(text) == [("the Head of School, Coastal and Earth Studies", "Wen Hale")]


def test_officer_instructing_a_firm_keeps_the_task():
    text = "It was resolved that the Finance Director instruct Hallam Lowe LLP to act for the company."
    assert board_owners(text) == [("the Finance Director", "Olu Berg")]


def test_post_and_area_initials_in_a_tag_line_name_the_post_holder():
    found = _actions(
        ["The Board asked for the teach-out letters to go out.", "Action: HoS CES"],
        ["action", "other"],
        people=BOARD,
    )
    assert [(o.mention, o.name) for o in found[0].owners] == [("HoS CES", "Wen Hale")]


def test_deputy_of_a_post_in_a_tag_is_the_deputy_post_holder():
    assert board_owners("Action: Deputy DoE – survey findings to be reported in the autumn.") == [
        ("Deputy DoE", "Una Pell")
    ]
    assert board_owners("Action: Deputy CTO (DCTO) – update at the next meeting.") == [
        ("Deputy CTO (DCTO)", "Vic Orme")
    ]


def test_month_meeting_without_an_article_in_note_style():
    assert due("Action: CC – summary of the reviews to September meeting") == ("2018-09", "meeting")


def test_season_issue_sent_with_is_a_point_with_no_date():
    found = find_due("The Clerk to write a guide, to go out with the summer term newsletter.", NOV_2024, None)
    assert found is not None and found.date is None
    row = find_due(
        "| 25/06 | Parent guide to the admissions process | Clerk | Summer newsletter | NEW |", NOV_2024, None
    )
    assert row is not None and row.date is None and row.mention == "Summer newsletter"


def test_putting_something_in_a_season_issue_is_no_due_point():
    assert find_due("Ruth offered to put the appeal in the spring newsletter.", NOV_2024, None) is None


# Session 14, batch 42 ------------------------------------------------------------------------------------------------

B42_PEOPLE = [
    Person(name="Ruth Okonedo", role="Programme Director", abbrev="PD", attendance="present"),
    Person(name="Liam Farrow", role="Head of Estates", abbrev="LF", attendance="present"),
    Person(name="K. Ashby", role="Chief Executive, OPCC", abbrev="CEx", attendance="present"),
    Person(name="M. Dowd", role="Deputy Chief Constable", abbrev="DCC", attendance="present"),
    Person(name="T. Varga", role="Chief Inspector, Response", abbrev=None, attendance="present"),
    Person(name="P. Lunn", role="Superintendent, Neighbourhoods", abbrev=None, attendance="present"),
    Person(name="Grace Bello", role="Head of Safeguarding", abbrev="HoS", attendance="present"),
    Person(name="wenfei", role=None, abbrev=None, attendance="present"),
]


def b42_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, B42_PEOPLE)]


def test_an_a_label_opens_an_owner_first_dash_row():
    assert b42_owners("A: LF – survey of the loading bay canopy – 12/05/2025") == [("LF", "Liam Farrow")]
    assert b42_owners("A: PD / LF – joint walk-through of the new racking – w/c 19/05") == [
        ("PD", "Ruth Okonedo"),
        ("LF", "Liam Farrow"),
    ]


def test_a_range_inside_a_dash_row_cell_is_no_cell_separator():
    assert b42_owners("A: PD – cover plan for Sep–Oct shutdown – 02/06/2025") == [("PD", "Ruth Okonedo")]


def test_a_placeholder_after_an_a_label_names_no_owner():
    assert b42_owners("A: TBC – nominate a lead for the canteen refit – 30 May") == []


def test_capital_field_labels_name_the_owner_cell():
    assert b42_owners("ACTION 4: Response times by district  OWNER: Supt. Lunn  DUE: 31.05.19") == [
        ("Supt. Lunn", "P. Lunn")
    ]


def test_a_rank_after_a_letter_and_slash_with_its_full_stop_stays_with_the_surname():
    assert b42_owners("ACTION 5: Call handling data  OWNER: C/Insp. Varga  DUE: 30.04.19") == [
        ("C/Insp. Varga", "T. Varga")
    ]
    assert b42_owners("The Commissioner asked Supt. Lunn to send the figures each month.") == [
        ("Supt. Lunn", "P. Lunn")
    ]


def test_an_organisation_before_a_post_short_form_names_that_post_holder():
    assert b42_owners("ACTION 6: Draft the statement  OWNER: OPCC CEx / DCC  DUE: 12.04.19") == [
        ("OPCC CEx", "K. Ashby"),
        ("DCC", "M. Dowd"),
    ]
    assert b42_owners("The Commissioner asked the OPCC CEx to publish the plan.") == [
        ("the OPCC CEx", "K. Ashby")
    ]


def test_an_organisation_alone_names_no_post_holder_when_it_has_several():
    people = [
        *B42_PEOPLE,
        Person(name="S. Pike", role="Chief Finance Officer, OPCC", abbrev="CFO", attendance="present"),
    ]
    found = find_owners("ACTION 7: Draft the statement  OWNER: OPCC  DUE: 12.04.19", people)
    assert [(o.mention, o.name) for o in found] == [("OPCC", None)]


def test_a_side_with_its_post_in_brackets_is_the_post_holder():
    assert b42_owners("Commissioner (Head of Safeguarding) to write to the Trust by 3 May.") == [
        ("Commissioner (Head of Safeguarding)", "Grace Bello")
    ]


def test_a_side_with_an_unlisted_post_in_brackets_keeps_the_bracket():
    assert b42_owners("Provider (CNO) to share the audit with the CCG by 3 May.") == [
        ("Provider (CNO)", None)
    ]
    assert b42_owners("Provider to submit the plan by 3 May.") == [("Provider", None)]


def test_an_affiliation_in_brackets_is_not_kept_as_an_office():
    assert find_owners("Partner (UvL) to circulate the draft by Friday.", [])[0].mention == "Partner"


def test_a_listed_nick_in_brackets_owns_a_task_written_as_a_noun_phrase():
    assert b42_owners("[wenfei] 2.3.1 with the parser fix, notes out on 2024-06-01") == [("wenfei", "wenfei")]
    assert b42_owners("[wenfei] Travel grant application (deadline 2024-06-30)") == [("wenfei", "wenfei")]


def test_a_topic_tag_before_a_capital_names_no_owner():
    assert b42_owners("[docs] Fix the broken links on the install page") == []


def test_a_lettered_resolution_clause_names_who_acts():
    assert b42_owners(
        "RESOLVED – (a) that the report be noted; (b) that the Head of Safeguarding provide a breakdown of referrals."
    ) == [("the Head of Safeguarding", "Grace Bello")]


def test_a_body_stating_its_view_in_a_lettered_clause_owns_no_task():
    assert b42_owners(
        "RESOLVED – (a) that the Committee supports the proposed increase; and (b) that the Head of Safeguarding "
        "provide the figures."
    ) == [("the Head of Safeguarding", "Grace Bello")]


# batch 43: speaker labels, closing brackets of an office and a due point, phrasal passives, flattened rows

B43_PEOPLE = [
    Person(name="Oskar Lind", role=None, abbrev="@olind", attendance="present"),
    Person(name="Priya Rao", role=None, abbrev="@prao", attendance="present"),
    Person(name="Lena Park", role="Head of Estates", abbrev="HoE", attendance="present"),
    Person(name="Tom Hale", role="Programme Director", abbrev=None, attendance="present"),
]
NOV_2023 = dt.date(2023, 11, 14)


def b43_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, B43_PEOPLE)]


def test_a_passive_agent_with_a_particle_and_a_lower_case_role_owns_it():
    assert b43_owners(
        "It was agreed that a spot check of ten case files would be carried out by the ICB quality assurance lead "
        "and reported in March."
    ) == [("the ICB quality assurance lead", None)]


def test_a_passive_with_a_particle_and_a_date_names_nobody():
    assert b43_owners("The audit would be followed up by the end of March.") == []


def test_a_numbered_speaker_label_owns_its_task_and_its_bracketed_name_resolves_it():
    assert b43_owners("Speaker 3 (Oskar) to tag the release on Friday.") == [
        ("Speaker 3 (Oskar)", "Oskar Lind")
    ]
    assert b43_owners("Speaker 3 (Oskar) and Speaker 1 (Priya) to write the grant report.") == [
        ("Speaker 3 (Oskar)", "Oskar Lind"),
        ("Speaker 1 (Priya)", "Priya Rao"),
    ]


def test_a_numbered_speaker_label_without_a_listed_name_stays_as_written():
    assert b43_owners("Speaker 4 to update the roadmap page.") == [("Speaker 4", None)]


def test_a_numbered_speaker_reporting_names_no_owner():
    assert b43_owners("Speaker 2 said the mirror had been slow all week.") == []


def test_a_numbered_speaker_turn_owns_a_first_person_commitment():
    assert b43_owners("[00:12:40] Speaker 6: I'll file the bug against the parser today.") == [
        ("Speaker 6", None)
    ]


def test_the_speaker_joins_the_person_named_with_and_i():
    assert b43_owners("<prao> Oskar and I will draft the budget by Friday.") == [
        ("Oskar", "Oskar Lind"),
        ("prao", "Priya Rao"),
    ]


def test_a_closing_bracket_of_an_office_and_a_due_point_owns_a_passive_result():
    text = "M2 – Lease for the depot signed and registered (Head of Estates, 28 Feb 2024)"
    assert b43_owners(text) == [("Head of Estates", "Lena Park")]
    assert find_due(text, NOV_2023, None).date == "2024-02-28"


def test_a_project_gate_in_the_closing_bracket_is_an_undated_due_point():
    text = "M3 – Design freeze agreed with the contractor (Programme Director, Gate 2)"
    assert b43_owners(text) == [("Programme Director", "Tom Hale")]
    due = find_due(text, NOV_2023, None)
    assert (due.mention, due.date, due.meeting) == ("Gate 2", None, None)


def test_a_citation_in_a_closing_bracket_names_no_owner():
    assert b43_owners("Evidence on reading gains was summarised in the paper (Hartley, 2019).") == []


def test_an_action_tag_bracket_with_owner_and_due_fields_after_a_dashed_reference():
    text = "Action KPB-23-11-04 (Owner: Head of Estates; Due: 31/01/24): Survey the roof of the east block."
    assert b43_owners(text) == [("Head of Estates", "Lena Park")]
    assert find_due(text, NOV_2023, None).date == "2024-01-31"


def test_a_minute_reference_with_a_bracketed_note_does_not_hide_the_owner():
    assert b43_owners(
        "FC/23/41 (carried forward from July 2023): ACTION: Head of Estates – cost the boiler options – January 2024"
    ) == [("Head of Estates", "Lena Park")]


def test_a_numbered_row_that_lost_its_tabs_ends_in_owner_initials_and_a_due_cell():
    text = "7 Collate the module evaluation returns and bring a summary TH/LP Jan FB"
    cells = table_cells(text)
    assert [text[s:e] for s, e in cells] == [
        "7 Collate the module evaluation returns and bring a summary",
        "TH/LP",
        "Jan FB",
    ]


def test_a_numbered_sentence_ending_in_a_short_word_and_a_month_is_no_row():
    assert table_cells("4 Members agreed to review the budget In May 2024") is None


def test_a_dash_due_cell_may_wrap_onto_the_next_line():
    due = find_due("ACTION: HoE – report the energy figures by site – March\n2024", NOV_2023, None)
    assert (due.mention, due.date) == ("March 2024", "2024-03")


def test_a_month_alone_closing_a_dash_line_is_the_coming_month():
    assert find_due("ACTION: HoE – circulate the revised rota – February", NOV_2023, None).date == "2024-02"


def test_an_office_set_apart_by_a_dash_after_an_action_label_owns_the_action():
    assert owners("Action: Clerk – book the hall for the open evening.") == [("Clerk", "Jane Smith")]
    assert owners("ACTION: Head of Estates - check the boiler contract.") == [("Head of Estates", None)]


def test_a_capitalised_word_before_a_dash_after_an_action_label_is_no_owner():
    assert owners("Action: Budget – the figures were noted.") == []


def test_a_term_alone_in_the_bracket_closing_an_action_is_an_undated_due_point():
    due = find_due("The Registrar to review the appeals procedure (Summer term)", MAY_2018, None)
    assert (due.mention, due.date, due.meeting) == ("Summer term", None, None)


def test_a_term_inside_a_bracket_that_goes_on_is_no_due_point():
    assert find_due("The Registrar to plan the visits (summer term visits)", MAY_2018, None) is None


def test_a_due_cell_wrapped_onto_its_own_line_after_a_dash_row_is_the_due_point():
    found = _row_actions(
        ["ACTION: CC – publish the patrol figures by ward", "by September"], ["action", "other"]
    )
    assert found[0].due.date == "2024-09"


def test_a_sentence_after_a_dash_row_is_not_read_as_its_due_cell():
    found = _row_actions(
        ["ACTION: CC – publish the patrol figures by ward", "The figures were late by September."],
        ["action", "other"],
    )
    assert found[0].due is None


def test_a_due_note_naming_a_weekday_is_that_day_after_the_meeting():
    found = find_due("Action: @pia to tag the release candidate (due Thursday)", FRI_MARCH_2024, None)
    assert (found.mention, found.date) == ("due Thursday", "2024-03-14")


def test_a_weekday_after_due_to_is_no_due_note():
    assert find_due("The call moved due to Monday's outage.", FRI_MARCH_2024, None) is None


def test_portfolio_in_brackets_after_a_posts_short_form_stays_in_the_mention():
    assert [o.mention for o in find_owners("The DCC (OPS) agreed to circulate the rota.", [])] == [
        "The DCC (OPS)"
    ]


def test_affiliation_in_brackets_after_a_name_is_not_a_portfolio():
    assert [o.mention for o in find_owners("Ilse (KTH) agreed to circulate the rota.", [])] == ["Ilse"]


def test_plural_possessive_inside_a_body_name_keeps_the_whole_name():
    found = find_owners("Noted that the Tenants' Association would send its survey results.", [])
    assert [o.mention for o in found] == ["the Tenants' Association"]


def test_subject_who_reported_then_agreed_after_a_comma_owns_it():
    assert [
        o.mention
        for o in find_owners(
            "The Bursar said that the grant had been paid in March, and agreed to confirm this to the trustees.",
            [],
        )
    ] == ["The Bursar"]


def test_body_a_matter_goes_to_later_is_not_the_due_meeting():
    found = find_due(
        "Head of Estates to bring the lease options to the July meeting before they go to the Board.",
        MAY_2018,
        None,
    )
    assert (found.date, found.meeting) == ("2018-07", "meeting")


def test_body_the_action_goes_to_still_names_the_meeting():
    found = find_due(
        "Head of Estates to bring the lease options to the July meeting of the Board.", MAY_2018, None
    )
    assert found.meeting == "board"


def test_due_point_that_is_the_later_step_keeps_its_body():
    found = find_due(
        "The Chair asked for a briefing before it is presented to the Audit Panel in June.", MAY_2018, None
    )
    assert (found.date, found.meeting) == ("2018-06", "audit panel")


def test_a_work_programme_line_is_due_at_its_month_meeting_and_owned_by_the_bracketed_officers():
    text = "October meeting – Allotment waiting lists (Head of Parks); Fees and charges review (Chief Finance Officer)."
    assert due(text) == ("2018-10", "meeting")
    assert [o.mention for o in find_owners(text, PEOPLE)] == ["Head of Parks", "Chief Finance Officer"]


def test_a_month_meeting_opening_a_line_of_prose_is_no_work_programme():
    text = "October meeting – the members said that the visit (to the depot) had gone well."
    assert [o.mention for o in find_owners(text, PEOPLE)] == []


def test_request_that_a_thing_be_done_names_no_owner_across_a_phrase_between_commas():
    text = (
        "The Panel requested that the survey results, broken down by ward, be reported to its March meeting."
    )
    assert owners(text) == []


def test_request_that_a_person_act_still_names_that_person_across_commas():
    text = "The PCC requested that the CC, as a priority, review the rota before the summer."
    assert owners(text) == [("the CC", "CC")]


def test_scheme_of_delegation_is_a_thing_not_a_delegation_to_its_recipient():
    text = "The Finance Director to present the updated scheme of delegation to the Trust Board in June 2025."
    assert [o.mention for o in find_owners(text, [])] == ["The Finance Director"]


def test_authority_delegated_to_an_officer_makes_the_officer_the_owner():
    text = "The Committee delegated authority to the Director of Place to agree the final terms by 30 June."
    assert [o.mention for o in find_owners(text, [])] == ["the Director of Place"]


def test_next_steerco_in_minutes_of_a_steering_group_takes_the_next_meeting_date():
    text = "AB and CD to bring the revised launch plan to the next SteerCo."
    due = find_due(
        text, dt.date(2025, 3, 4), NextMeeting(date=dt.date(2025, 4, 1)), "Transformation Steering Group"
    )
    assert due is not None and (due.date, due.meeting) == ("2025-04-01", "steerco")


def test_next_steerco_in_minutes_of_another_body_has_no_date():
    text = "AB and CD to bring the revised launch plan to the next SteerCo."
    due = find_due(text, dt.date(2025, 3, 4), NextMeeting(date=dt.date(2025, 4, 1)), "Transformation Board")
    assert due is not None and due.date is None and due.meeting == "steerco"


@pytest.mark.parametrize(
    ("stated", "action", "meeting", "due"),
    [  # the start of a semester the minutes date is that day; its end, the month it ends
        (
            "He reported that Semester 1 teaching would begin on 23 September.",
            "The Registrar to publish the timetables by the start of Semester 1.",
            dt.date(2024, 6, 12),
            "2024-09-23",
        ),
        (
            "The Registrar said that the Semester 1 examination period would run from 6 January to 24 January 2025.",
            "The Dean to publish the revised handbook by the end of Semester 1.",
            dt.date(2024, 10, 16),
            "2025-01",
        ),
    ],
)
def test_start_or_end_of_a_semester_the_minutes_date_is_due_then(stated, action, meeting, due):
    found = _actions([stated, action], ["finding", "action"], meeting_date=meeting)
    assert found[0].due is not None and found[0].due.date == due


def test_start_of_a_semester_the_minutes_do_not_date_has_no_date():
    found = _actions(
        ["The Registrar to publish the timetables by the start of Semester 1."],
        ["action"],
        meeting_date=dt.date(2024, 6, 12),
    )
    assert found[0].due is not None and found[0].due.date is None


def test_end_of_the_academic_year_is_july_of_the_year_the_meeting_is_in():
    day = dt.date(2024, 11, 6)
    due = find_due("The Head to review the marking policy before the end of the academic year.", day, None)
    assert due is not None and due.date == "2025-07"


def test_end_of_the_next_academic_year_has_no_date():
    day = dt.date(2024, 11, 6)
    due = find_due("The Head to review the marking policy by the end of the next academic year.", day, None)
    assert due is not None and due.date is None


def test_first_meeting_of_the_new_academic_year_is_an_autumn_next_meeting():
    text = "Governors to return their forms at the first meeting of the new academic year."
    due = find_due(text, dt.date(2024, 7, 2), NextMeeting(date=dt.date(2024, 9, 24)))
    assert due is not None and (due.date, due.meeting) == ("2024-09-24", "meeting")


def test_first_meeting_of_the_new_academic_year_is_not_a_next_meeting_before_september():
    text = "Governors to return their forms at the first meeting of the new academic year."
    due = find_due(text, dt.date(2024, 5, 14), NextMeeting(date=dt.date(2024, 7, 2)))
    assert due is not None and due.date is None


@pytest.mark.parametrize(
    "text",
    [
        "The car park is to be resurfaced during the summer holiday.",
        "Marking guidance is to be issued to tutors before the Block 3 assessment period.",
    ],
)
def test_summer_holiday_and_numbered_period_are_undated_due_points(text):
    due = find_due(text, dt.date(2024, 5, 14), None)
    assert due is not None and due.mention and due.date is None


def test_a_quarter_glossed_with_financial_year_months_makes_quarters_financial():
    assert counts_financial_quarters("Falls fell in Q3 (October to December) against plan.")
    assert counts_financial_quarters("Income for Q1 (Apr-Jun) was on budget.")
    due = find_due(
        "The DoN to meet the trajectory by Q3.", dt.date(2024, 5, 9), None, financial_quarters=True
    )
    assert due.date == "2024-12"


def test_a_quarter_glossed_with_calendar_months_keeps_calendar_quarters():
    assert not counts_financial_quarters("Sales in Q1 (January to March) were flat.")


@pytest.mark.parametrize(
    "text",
    [
        "3. Police and Crime Plan performance – Quarter 4 2022/23",
        "The PCC asked about 101 waits.",
        "The Chief Constable",
    ],
)
def test_police_bodies_and_quarters_of_a_named_financial_year_count_financial_quarters(text):
    assert counts_financial_quarters(text)


def test_a_financial_year_quarter_in_an_item_heading_makes_the_documents_quarters_financial():
    found = _actions(
        ["Trust CFO to report capital slippage by Q3."],
        ["action"],
        meeting_date=dt.date(2023, 6, 20),
        item_titles={"3": "Capital outturn – Quarter 4 2022/23"},
    )
    assert found[0].due.date == "2023-12"
    calendar = _actions(
        ["Trust CFO to report capital slippage by Q3."], ["action"], meeting_date=dt.date(2023, 6, 20)
    )
    assert calendar[0].due.date == "2023-09"


@pytest.mark.parametrize(
    "text, meeting, date",
    [
        (
            "The Dean to publish the revised handbook by the end of Semester 1.",
            dt.date(2024, 10, 16),
            "2025-01",
        ),
        (
            "The Dean to publish the revised handbook by the end of semester 2.",
            dt.date(2024, 10, 16),
            "2025-06",
        ),
        (
            "The Dean to publish the revised handbook by the end of semester 2.",
            dt.date(2025, 2, 12),
            "2025-06",
        ),
        (
            "The Dean to publish the revised handbook by the end of Semester 1.",
            dt.date(2025, 1, 8),
            "2025-01",
        ),
    ],
)
def test_end_of_a_semester_the_minutes_do_not_date_is_its_usual_last_month(text, meeting, date):
    found = _actions([text], ["action"], meeting_date=meeting)
    assert found[0].due.date == date


def test_end_of_a_trimester_the_minutes_do_not_date_has_no_date():
    found = _actions(
        ["The Dean to publish the revised handbook by the end of Trimester 2."],
        ["action"],
        meeting_date=dt.date(2024, 10, 16),
    )
    assert found[0].due.date is None


def test_an_action_closed_as_ongoing_has_no_due_point():
    text = "Action: CFO to monitor agency spend, with monthly updates to the Committee – ongoing."
    assert find_due(text, dt.date(2024, 5, 9), None) is None


def test_a_progress_note_restating_the_due_point_after_ongoing_is_kept():
    text = "Action 12/4 – CFO to cost the options – ongoing, revised date 30/06/2024."
    assert find_due(text, dt.date(2024, 5, 9), None).date == "2024-06-30"


def test_a_note_on_why_an_action_is_carried_over_is_no_due_point():
    text = "ACTION: Priya to chase the host about the venue -- carried over; Priya expects a reply this week."
    assert find_due(text, dt.date(2024, 5, 9), None) is None


def test_the_board_of_directors_meeting_of_a_month_keeps_its_full_name():
    due = find_due("The Chair to report to the June Board of Directors meeting.", dt.date(2024, 5, 9), None)
    assert (due.date, due.meeting) == ("2024-06", "board of directors meeting")


def test_the_board_of_directors_on_a_day_is_a_board():
    due = find_due(
        "The Chair to report these items to the Board of Directors on 6 June 2024.", dt.date(2024, 5, 9), None
    )
    assert due.date == "2024-06-06" and "directors" not in (due.meeting or "")


def test_a_due_cell_naming_a_months_half_term_is_due_in_that_month():
    row = "Send the trip letters to parents | Clerk | October half-term"
    assert find_due(row, dt.date(2024, 9, 12), None).date == "2024-10"


def test_an_owner_tag_cut_before_its_infinitive_owns_the_task():
    people = [
        Person(name="Ines Moro", role="Director of Nursing", abbrev="DoN", attendance="present"),
        Person(name="Carl Dunn", role="Medical Director", abbrev="MD", attendance="present"),
    ]
    found = _actions(
        ["The DoN noted the audit.", "Action: DoN/MD", "to refresh the falls policy by June."],
        ["finding", "other", "action"],
        people=people,
    )
    assert [o.name for o in found[0].owners] == ["Ines Moro", "Carl Dunn"]


def test_an_infinitive_after_a_sentence_that_is_no_tag_names_no_owner():
    found = _actions(
        ["The DoN noted the audit.", "to refresh the falls policy by June."], ["finding", "action"]
    )
    assert found[0].owners == []


ARROW_PEOPLE = [
    Person(name="Ilse Vogt", role=None, abbrev=None, attendance="present"),
    Person(name="Ravi Menon", role=None, abbrev="RM", attendance="present"),
    Person(name="Kay Dunn", role=None, abbrev="KD", attendance="present"),
]


def arrow_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, ARROW_PEOPLE)]


def test_arrowed_task_line_names_the_owner_before_its_colon():
    assert arrow_owners("→ Ilse: rebase the parser branch and rerun the fuzzers (Mar 3)") == [
        ("Ilse", "Ilse Vogt")
    ]


def test_lower_case_group_before_a_task_colon_stays_a_mention():
    assert arrow_owners("→ the docs team: publish the migration guide") == [("the docs team", None)]
    assert arrow_owners("- [ ] everyone: vote on the logo shortlist") == [("everyone", None)]


def test_lower_case_label_before_a_colon_names_no_owner():
    assert arrow_owners("→ next steps: publish the migration guide") == []


def test_status_update_after_a_bracket_of_initials_names_its_owners():
    found = [o.name for o in find_owners("B-112 (RM/KD) – carried forward to October", ARROW_PEOPLE)]
    assert found == ["Ravi Menon", "Kay Dunn"]


def test_bracketed_weekday_closing_a_task_line_is_its_due_day():
    due = find_due("Ilse: email the venue about the projector (Friday)", dt.date(2024, 3, 6), None)
    assert due is not None and due.date == "2024-03-08"


def test_bracketed_weekday_inside_prose_is_no_due_day():
    assert (
        find_due("Ravi to move the sync, which clashes with a holiday (Monday).", dt.date(2024, 3, 6), None)
        is None
    )


def test_two_offices_with_bracketed_short_forms_are_both_owners():
    text = "The Chief Constable (CC) and the Assistant Chief Constable (ACC) to brief the panel, with figures, in May."
    assert [o.abbrev for o in find_owners(text, PEOPLE)] == ["CC", "ACC"]


def test_blanked_asides_do_not_make_a_sentence_a_spaced_row():
    masked = mask_asides(
        "The Chief Constable (CC) and the Assistant Chief Constable (ACC) to brief the panel."
    )
    assert table_cells(masked, spaced_cells=False) is None


def test_spaced_action_log_row_still_reads_its_cells():
    assert table_cells("A-12   Review the rota   ACC   June 2018") is not None


def test_minute_reference_after_a_carried_forward_label_is_no_owner():
    text = (
        "Action carried forward from the March meeting: AC/18/042 ACC to present the rota review – now July."
    )
    assert owners(text) == [("ACC", "ACC")]
    due = find_due(text, MAY_2018, None)
    assert due is not None and due.date == "2018-07"


def test_slash_separated_offices_are_still_owners():
    assert [o.abbrev for o in find_owners("CC/ACC to agree the rota.", PEOPLE)] == ["CC", "ACC"]


def test_due_cell_wrapped_onto_a_bullet_line_is_the_due_point():
    spans = [
        SentenceSpan(id=0, start=0, end=40, text="ACC to reinstate the weekend patrols", item="4"),
        SentenceSpan(id=1, start=43, end=55, text="end of July", item="4", bullet=True),
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("action", "other")]
    (action,) = extract_actions(spans, labels, people=PEOPLE, meeting_date=MAY_2018, next_meeting=None)
    assert action.due is not None and action.due.date == "2018-07"


def test_bullet_that_says_more_than_a_due_point_is_not_the_due_cell():
    spans = [
        SentenceSpan(id=0, start=0, end=40, text="ACC to reinstate the weekend patrols", item="4"),
        SentenceSpan(
            id=1, start=43, end=90, text="Patrols were stopped in July after the flood", item="4", bullet=True
        ),
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("action", "other")]
    (action,) = extract_actions(spans, labels, people=PEOPLE, meeting_date=MAY_2018, next_meeting=None)
    assert action.due is None


def test_item_moved_between_meetings_is_due_at_the_later_one():
    due = find_due(
        "The fleet review to be moved from the June meeting to the September meeting.", MAY_2018, None
    )
    assert due is not None and due.date == "2018-09"


def test_month_joined_to_the_word_it_qualifies_is_no_due_point():
    assert find_due("The CC to review support for September-start recruits.", MAY_2018, None) is None
    due = find_due("The CC to review the September-October rota by September.", MAY_2018, None)
    assert due is not None and due.date == "2018-09"


def test_a_resolution_clause_cut_from_its_resolved_names_the_one_asked_to_act():
    text = "the Cabinet Member for Parks be requested to consider opening the Play Pass to young carers and report back."
    assert [o.mention for o in find_owners(text, [])] == ["the Cabinet Member for Parks"]


def test_a_resolution_clause_about_a_thing_being_reviewed_names_no_owner():
    assert find_owners("the Play Pass scheme be reviewed to include young carers.", []) == []


def test_a_request_that_someone_be_kept_informed_names_no_owner():
    assert find_owners("The Chair asked that the Clerk be kept informed of any complaints.", []) == []
    assert find_owners("The Chair asked that the open day be held in the spring.", []) == []


def test_the_meeting_an_action_is_carried_forward_to_is_its_due_point():
    text = "Action 7 – the Treasurer to circulate the audit plan – carried forward from October 2023 to the April board."
    found = find_due(text, dt.date(2024, 2, 6), None)
    assert (found.mention, found.date, found.meeting) == ("to the April board", "2024-04", "board")
    assert find_origin(text) == "2023-10"


def test_a_carried_forward_action_without_a_new_meeting_has_no_due_point():
    assert (
        find_due("The Treasurer to circulate the audit plan (carried forward from October 2023).", None, None)
        is None
    )


def test_a_version_to_be_tagged_is_an_undated_due_point():
    found = find_due(
        "The migration guide is to be finished before 3.1.0 is tagged.", dt.date(2024, 5, 2), None
    )
    assert (found.mention, found.date) == ("before 3.1.0 is tagged", None)


def test_a_version_general_availability_is_an_undated_due_point():
    found = find_due("**Action** (@wren): update the upgrade notes before 3.0 GA.", dt.date(2024, 5, 2), None)
    assert (found.mention, found.date) == ("before 3.0 GA", None)


def test_a_version_feature_in_capitals_is_no_due_point():
    assert (
        find_due("Kim to review the plugins written before 3.0 APIs existed.", dt.date(2024, 5, 2), None)
        is None
    )


def test_a_condition_on_something_being_published_is_no_due_point():
    assert find_due("The guide is to be linked once it is published.", dt.date(2024, 5, 2), None) is None


def test_the_first_meeting_of_the_coming_academic_year_by_number_is_the_next_meeting():
    text = (
        "The Registrar to report on the timetable review to the first meeting of 2024/25, the review having been "
        "extended to the end of August."
    )
    found = find_due(text, dt.date(2024, 6, 12), NextMeeting(date=dt.date(2024, 10, 9)))
    assert (found.mention, found.date) == ("to the first meeting", "2024-10-09")


def test_the_first_meeting_of_a_later_academic_year_is_not_the_next_meeting():
    text = "The Registrar to report on the timetable review to the first meeting of 2026/27."
    found = find_due(text, dt.date(2024, 6, 12), NextMeeting(date=dt.date(2024, 10, 9)))
    assert found.date is None


def test_handles_set_apart_by_a_space_before_a_colon_are_separate_owners():
    assert owners("@kim @ravi-p: publish the release notes — due 12 June") == [
        ("@kim", None),
        ("@ravi-p", None),
    ]


def test_a_handle_followed_by_words_is_one_owner():
    assert owners("@kim: publish the release notes with @ravi-p — due 12 June") == [("@kim", None)]


def test_a_bare_half_term_due_cell_is_the_next_half_term_month():
    row = "HT – send the trip letters to parents – half-term"
    assert find_due(row, dt.date(2023, 10, 3), None).date == "2023-10"
    assert find_due(row, dt.date(2023, 11, 20), None).date == "2024-02"


def test_the_season_a_thing_covers_is_no_due_point():
    assert (
        due("The Treasurer to prepare a cash forecast for the summer months, allowing for lettings.") is None
    )


def test_a_task_for_a_season_is_still_a_stated_point():
    assert due("The Treasurer to arrange the audit visit for the summer.") == (None, None)


@pytest.mark.parametrize(
    "sentence, tag, expected",
    [
        (
            "The Associate Director (Estates) would cost the options.",
            "Action: ADE",
            "The Associate Director (Estates)",
        ),
        (
            "The Deputy Vice-Chancellor would write to the Schools.",
            "Action: DVC",
            "The Deputy Vice-Chancellor",
        ),
        ("Heads of Department to review the timetables.", "Action: HoD", "Heads of Department"),
    ],
)
def test_a_tag_of_the_initials_of_a_bracketed_hyphenated_or_linked_post_keeps_the_sentences_wording(
    sentence, tag, expected
):
    found = _actions([sentence, tag], ["action", "other"])
    assert [o.mention for o in found[0].owners] == [expected]


def test_a_tag_whose_small_letters_are_not_linking_words_names_someone_else():
    found = _actions(
        ["The Head of Department would review the timetables.", "Action: HoS"], ["action", "other"]
    )
    assert [o.mention for o in found[0].owners] == ["HoS"]


def test_a_whole_row_after_a_whole_row_is_not_a_cut_cell():
    found = _actions(
        ["Fire drill log | Site Manager | 3 November", "Data protection module | All governors | Half term"],
        ["action", "action"],
        meeting_date=dt.date(2024, 9, 19),
    )
    assert [a.due.date if a.due else None for a in found] == ["2024-11-03", "2024-10"]


BRACKET_TEAM = [
    Person(name="Lena Brandt", attendance="present"),
    Person(name="Omar Haddad", attendance="present"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[ACTION] Lena: publish the release notes for the beta.", [("Lena", "Lena Brandt")]),
        (
            "[ACTION] Lena, Omar: draft and send the survey.",
            [("Lena", "Lena Brandt"), ("Omar", "Omar Haddad")],
        ),
        ("[ACTION] (carried over from 2020-03-02) Omar: rotate the keys.", [("Omar", "Omar Haddad")]),
        ("[ACTION] reviewers: triage the open pull requests.", [("reviewers", None)]),
    ],
)
def test_bracketed_action_tag_then_owners_before_a_colon(text, expected):
    assert [(o.mention, o.name) for o in find_owners(text, BRACKET_TEAM)] == expected


def test_a_status_label_after_an_action_tag_names_nobody():
    assert find_owners("[ACTION] Status: waiting on the vendor.", BRACKET_TEAM) == []


def test_slashed_board_reference_opens_an_owner_dash_row():
    text = "FB/19/07-A3 – ACC – Share the revised patrol plan with the panel – end of October"
    assert [o.name for o in find_owners(text, PEOPLE)] == ["Martin Evans"]
    assert due(text) == ("2018-10", None)


def test_slashed_owner_cell_of_a_referenced_row_names_two_owners():
    text = "FB/19/08-A1 – DoF / Treasurer – Publish the budget monitoring report – September board"
    assert [o.mention for o in find_owners(text, PEOPLE)] == ["DoF", "Treasurer"]


# --- batch 53: the owners' own regular meeting, full-name mentions opening a task line


def test_their_next_weekly_meeting_is_a_meeting_with_no_date():
    nm = NextMeeting(date=dt.date(2018, 7, 10))
    assert due("The ACC to brief the PCC on the rota at their next fortnightly meeting.", nm) == (
        None,
        "fortnightly meeting",
    )


def test_the_next_meeting_of_the_minutes_keeps_its_date():
    nm = NextMeeting(date=dt.date(2018, 7, 10))
    assert due("The ACC to brief the Board on the rota at the next meeting.", nm) == ("2018-07-10", "meeting")


def test_full_name_mentions_opening_a_task_line_are_its_owners():
    assert owners("@Nadia Fenwick @Oskar Brandt revised hosting quote (next review)") == [
        ("@Nadia Fenwick", None),
        ("@Oskar Brandt", None),
    ]


def test_a_capitalised_word_after_a_full_name_mention_starts_the_task():
    assert owners("@Nadia Fenwick IT asset register refresh") == [("@Nadia Fenwick", None)]


def test_full_name_mentions_joined_by_and_are_two_owners():
    assert owners("@Nadia Fenwick and @Oskar Brandt to agree the cut-over order.") == [
        ("@Nadia Fenwick", None),
        ("@Oskar Brandt", None),
    ]


def test_a_bracketed_day_and_meeting_closing_a_task_line_is_its_due_point():
    found = find_due("@Ann Lee draft the vendor shortlist (4 Jun SteerCo)", MAY_2018, None)
    assert (found.date, found.meeting) == ("2018-06-04", "steerco")
    assert due("@Ann Lee update the risk log (12 June board)") == ("2018-06-12", "board")


def test_a_bracketed_day_and_meeting_inside_a_line_is_no_due_point():
    assert due("The plan (4 Jun SteerCo) was noted and the team thanked.") is None


def test_the_next_sprint_review_is_a_meeting_with_no_date():
    nm = NextMeeting(date=dt.date(2018, 6, 12))
    assert due("Ann to show the new login flow at the next sprint review.", nm) == (None, "sprint review")
    assert due("@Ann Lee login flow demo (next sprint planning)", nm) == (None, "sprint planning")


def test_a_next_review_of_a_document_is_no_meeting():
    assert due("Ann to update the policy before its next review.") is None


def test_a_bracketed_due_day_after_an_origin_note_is_kept():
    assert due("@Ann Lee confirm the lease terms – carried over from 3 Apr (15 Jun)") == ("2018-06-15", None)


def test_an_abbreviated_area_after_of_stays_in_the_post():
    assert owners("ACTION: Head of Fin. Services to circulate the savings plan.") == [
        ("Head of Fin. Services", None)
    ]


def test_a_full_stop_ending_a_sentence_after_of_is_no_abbreviation():
    assert owners("Tom Reddy to report on the use of Env. The Clerk noted it.")[0] == (
        "Tom Reddy",
        "Tom Reddy",
    )


def test_a_row_with_a_cell_wrapped_onto_a_second_line_keeps_its_owner_and_due_cells():
    found = _actions(
        ["AL-12 | 03/05/2018 | Send the revised rota\nto all ward managers | CC | 30 June 2018 | Open"],
        ["action"],
    )
    assert [o.mention for o in found[0].owners] == ["CC"]
    assert found[0].due.date == "2018-06-30"


def test_a_row_on_the_next_line_is_not_joined_as_a_wrapped_cell():
    from pipeline.extract import unwrapped_row

    text = "AL-12 | Send the rota | CC | June\nAL-13 | Check the rota | PCC | July"
    assert unwrapped_row(text) == text


def test_an_owner_line_does_not_overrule_the_owner_the_sentence_names():
    found = _actions(
        ["The Clerk to book the hall.", "Responsible officer: Head of Estates"], ["action", "other"]
    )
    assert [o.mention for o in found[0].owners] == ["The Clerk"]


def test_a_who_cell_may_join_a_titled_name_and_a_post():
    people = [
        Person(name="Ruth Nash", attendance="present"),
        Person(name="Ian Cole", abbrev="DSL", attendance="present"),
    ]
    found = _actions(
        ["Mrs Nash/DSL | Finish the safeguarding audit | before half term"], ["action"], people=people
    )
    assert [o.mention for o in found[0].owners] == ["Mrs Nash", "DSL"]


def test_a_cell_joining_two_statuses_names_no_owners():
    from pipeline.extract import joined_owner_cells

    assert not joined_owner_cells("Open/Closed")


BOX_PEOPLE = [
    Person(name="Priya Nandakumar", role="Finance Director", abbrev="PN", attendance="present"),
    Person(name="Gareth Oyelaran", role="Operations Lead", abbrev="GO", attendance="present"),
]


def test_ballot_box_task_line_names_its_owners_before_the_colon():
    found = find_owners("☐ PN + GO: reconcile the vendor invoices – end of Mar", BOX_PEOPLE)
    assert [o.abbrev for o in found] == ["PN", "GO"]


def test_ticked_ballot_box_is_a_task_marker_too():
    found = find_owners("☑ GO: book the training room – done", BOX_PEOPLE)
    assert [o.abbrev for o in found] == ["GO"]


def test_ballot_box_before_a_label_does_not_make_the_label_an_owner():
    assert find_owners("☐ Update: the vendor invoices are reconciled", BOX_PEOPLE) == []


def test_weekday_alone_after_a_closing_dash_is_the_following_such_day():
    due = find_due("☐ GO: circulate the revised rota – Thursday", dt.date(2025, 3, 11), None)
    assert (due.mention, due.date) == ("Thursday", "2025-03-13")


def test_weekday_after_a_dash_inside_a_list_is_no_due_point():
    assert (
        find_due("GO to confirm cover for the closure – Thursday and Friday", dt.date(2025, 3, 11), None)
        is None
    )


def test_a_months_executive_is_that_months_meeting_of_the_executive():
    due = find_due(
        "The Registrar to bring the staffing paper to the March Executive.", dt.date(2024, 1, 16), None
    )
    assert (due.date, due.meeting) == ("2024-03", "executive")


def test_executive_before_committee_stays_part_of_the_bodys_name():
    due = find_due("The Registrar to report to the March Executive Committee.", dt.date(2024, 1, 16), None)
    assert due.meeting == "executive committee"


def test_executive_in_lower_case_is_no_meeting():
    assert (
        find_due("The CFO to write to each executive owner with an overdue item.", dt.date(2024, 1, 16), None)
        is None
    )


def test_owner_and_due_fields_after_a_dash_set_apart_by_a_comma():
    text = "Update the rollout plan — Owner: Jane Smith, Due: 14/06"
    assert owners(text) == [("Jane Smith", "Jane Smith")]
    assert find_due(text, MAY_2018, None).date == "2018-06-14"


def test_first_name_after_an_owner_label_names_the_listed_person():
    assert owners("Book the training room — Owner: Tom; Due: 14/06") == [("Tom", "Tom Reddy")]


def test_comma_inside_an_owner_field_without_a_due_label_is_not_split():
    text = "Share the notes — Owner: Jane Smith, Finance"
    assert [text[s:e] for s, e in table_cells(text)] == ["Share the notes", "Owner: Jane Smith, Finance"]


def test_report_back_next_meeting_without_a_lead_word_is_the_next_meeting():
    assert due_oct("ACTION: jo to poll the packagers and report back next call", NEXT_DEC) == (
        "2024-12-12",
        "call",
    )
    nm = NextMeeting(date=dt.date(2018, 6, 26))
    assert due("The Clerk to check the lease terms and come back next meeting.", nm) == (
        "2018-06-26",
        "meeting",
    )


def test_report_back_to_a_body_names_no_due_point():
    assert due("The Treasurer to report back to the committee on the grant.") is None


def test_a_status_tag_in_capitals_before_a_nick_leaves_the_nick_the_owner() -> None:
    found = find_owners("[CONTINUED] petra_k to port the release scripts to the new runner", [])
    assert [o.mention for o in found] == ["petra_k"]


def test_a_status_tag_before_someone_names_no_owner() -> None:
    assert find_owners("[OPEN] someone to port the release scripts to the new runner", []) == []


def test_before_a_conference_with_a_capital_inside_its_name_is_an_undated_point() -> None:
    due = find_due("Olga will rehearse the project talk before DevSummit.", dt.date(2024, 3, 5), None)
    assert due is not None and (due.mention, due.date, due.meeting) == ("before DevSummit", None, None)


def test_a_camel_case_name_before_a_noun_is_no_event() -> None:
    due = find_due(
        "Olga will remove the old widgets before JavaScript bundles are rebuilt.", dt.date(2024, 3, 5), None
    )
    assert due is None or "JavaScript" not in due.mention


def test_before_a_versioned_prerelease_the_minutes_date_is_due_that_day() -> None:
    spans = [
        SentenceSpan(id=0, start=0, end=40, text="Decision: 5.2 RC1 on 2025-03-14.", item="1"),
        SentenceSpan(
            id=1, start=41, end=90, text="@tomas: update the upgrade notes before 5.2 RC1.", item="1"
        ),
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("other", "action")]
    [action] = extract_actions(spans, labels, people=[], meeting_date=dt.date(2025, 2, 28), next_meeting=None)
    assert action.due is not None and (action.due.date, action.due.meeting) == ("2025-03-14", None)


def test_before_a_versioned_prerelease_the_minutes_do_not_date_has_no_date() -> None:
    due = find_due("@tomas: update the upgrade notes before 5.2 RC1.", dt.date(2025, 2, 28), None)
    assert due is not None and (due.mention, due.date, due.meeting) == ("before 5.2 RC1", None, None)


def test_a_term_named_meeting_of_the_body_is_its_next_meeting_in_that_term():
    title = "Full Governing Body"
    june = NextMeeting(date=dt.date(2023, 6, 14))
    found = find_due(
        "The Bursar to bring the costings to the summer term FGB.", dt.date(2023, 3, 1), june, title
    )
    assert (found.date, found.meeting) == ("2023-06-14", "fgb")
    december = NextMeeting(date=dt.date(2023, 12, 5))
    autumn = find_due(
        "The Bursar to bring the costings to the summer term FGB.", dt.date(2023, 3, 1), december, title
    )
    assert (autumn.date, autumn.meeting) == (None, "fgb")


def test_initials_in_square_brackets_before_to_own_the_action():
    people = [
        Person(name="Ruth Okafor", role="Dean", abbrev="RO", attendance="present"),
        Person(name="Len Varga", role="Registrar", abbrev="LV", attendance="present"),
    ]
    owners = find_owners("[RO, LV] to write to the external examiners by 30 June.", people)
    assert [o.name for o in owners] == ["Ruth Okafor", "Len Varga"]
    assert [o.name for o in find_owners("[LV] to publish the timetable.", people)] == ["Len Varga"]


def test_a_bracketed_note_before_to_is_no_owner():
    people = [Person(name="Len Varga", role="Registrar", abbrev="LV", attendance="present")]
    assert find_owners("The report [see Appendix A] to be noted.", people) == []


def test_a_dash_row_whose_task_wraps_keeps_its_due_cell_on_the_next_line():
    row = "Action 7/2 – DCC – Report on sickness absence among call handlers in their\nfirst year – October board"
    found = find_due(
        row, dt.date(2025, 7, 8), NextMeeting(date=dt.date(2025, 10, 14)), "Accountability Board"
    )
    assert (found.date[:7], found.meeting) == ("2025-10", "board")


def test_a_tab_row_whose_task_wraps_keeps_the_due_cell_of_its_first_line():
    row = "4\tReview of repeat callers\tDCC\tMarch 2025\nby district – with trends"
    assert find_due(row, dt.date(2024, 11, 5), None).date == "2025-03"


def test_govs_is_governors_shortened_and_a_group_owner():
    people = [Person(name="Ruth Okafor", role="Governor", abbrev="RO", attendance="present")]
    row = "3 | Complete the safeguarding module | All govs | 30 June 2025"
    assert [o.mention for o in find_owners(row, people)] == ["All govs"]
    assert [o.mention for o in find_owners("All govs to complete the safeguarding module.", people)] == [
        "All govs"
    ]


def test_an_action_line_naming_its_owner_after_for_is_owned_by_them():
    people = [Person(name="Jo Bell", role="Assistant Chief Constable", abbrev="ACC", attendance="present")]
    text = "Action PB/25/03/02, for the ACC to present the rural crime review, remains open."
    assert [o.name for o in find_owners(text, people)] == ["Jo Bell"]


def test_season_meeting_cell_of_a_piped_row_takes_the_next_meeting_date() -> None:
    nxt = NextMeeting(date=dt.date(2021, 6, 15), kind=None)
    row = "4 | Report on breakfast club uptake | DHT | Summer term FGB"
    due = find_due(row, dt.date(2021, 3, 16), nxt, "Full Governing Body meeting")
    assert due is not None and (due.date, due.meeting) == ("2021-06-15", "fgb")


def test_season_meeting_cell_in_another_term_from_the_next_meeting_has_no_date() -> None:
    nxt = NextMeeting(date=dt.date(2021, 6, 15), kind=None)
    row = "4 | Report on breakfast club uptake | DHT | Autumn term FGB"
    due = find_due(row, dt.date(2021, 3, 16), nxt, "Full Governing Body meeting")
    assert due is not None and (due.date, due.meeting) == (None, "fgb")


def test_carried_forward_after_a_reason_clause_keeps_its_meeting() -> None:
    nxt = NextMeeting(date=dt.date(2021, 6, 15), kind=None)
    text = "The fire drill review was not done because of the Easter closure and is carried forward to the summer term FGB."
    due = find_due(text, dt.date(2021, 3, 16), nxt, "Full Governing Body meeting")
    assert due is not None and (due.date, due.meeting) == ("2021-06-15", "fgb")


def test_a_date_in_a_reason_clause_after_and_is_still_not_a_due_point() -> None:
    text = "The kiln will not be replaced because the warranty runs and covers repairs until 3 June."
    assert find_due(text, MAY_2018, None) is None


def test_bracketed_month_after_a_meeting_cell_dates_that_meeting() -> None:
    row = "Quote for the car park resurfacing        SBM        Premises Committee (Feb)"
    due = find_due(row, dt.date(2020, 11, 10), None, "Full Governing Board meeting")
    assert due is not None and (due.date, due.meeting) == ("2021-02", "premises committee")


def test_bracketed_note_after_a_meeting_cell_is_still_dropped() -> None:
    row = "Quote for the car park resurfacing        SBM        Premises Committee (see minute 5)"
    due = find_due(row, dt.date(2020, 11, 10), None, "Full Governing Board meeting")
    assert due is not None and (due.date, due.meeting) == (None, "premises committee")


def _prerelease_action(decision: str, task: str) -> Action:
    spans = [
        SentenceSpan(id=0, start=0, end=60, text=decision, item="1"),
        SentenceSpan(id=1, start=61, end=120, text=task, item="1"),
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("other", "action")]
    [action] = extract_actions(spans, labels, people=[], meeting_date=dt.date(2025, 2, 28), next_meeting=None)
    return action


def test_before_a_branch_cut_moved_to_a_day_is_due_that_day() -> None:
    action = _prerelease_action(
        "Decision: the 6.1 branch cut moves to Tuesday 2025-03-18.",
        "@lena: land the parser rewrite before the 6.1 branch cut.",
    )
    assert action.due is not None and (action.due.date, action.due.meeting) == ("2025-03-18", None)


def test_a_branch_cut_the_minutes_do_not_date_leaves_the_point_undated() -> None:
    action = _prerelease_action(
        "Decision: the 6.1 branch cut waits for the new CI runners.",
        "@lena: land the parser rewrite before the 6.1 branch cut.",
    )
    assert action.due is not None and action.due.date is None


def test_display_name_handle_cell_owns_a_task_line():
    found = find_owners("☐ Renew the hosting contract — @Ann Lee — due 12 Sep", [])
    assert [o.mention for o in found] == ["@Ann Lee"]


def test_listed_display_name_handles_own_a_task_line():
    found = find_owners("☐ Costed options for the depot move — @Ann Lee, @Raj Patel — due end of Q2", [])
    assert [o.mention for o in found] == ["@Ann Lee", "@Raj Patel"]


def test_handle_opening_prose_after_a_dash_is_no_owner_cell():
    assert not opens_dash_row("Budget — @Ann Lee asked about the overspend — see the appendix")


def test_eta_with_a_span_is_a_due_point_with_no_date():
    found = find_due("Kim to move the docs to the new host, ETA three weeks.", MAY_2018, None)
    assert found is not None and found.mention == "ETA three weeks" and found.date is None


def test_eta_with_no_span_is_no_relative_due_point():
    assert find_due("Kim to look at the flaky test; ETA unknown.", MAY_2018, None) is None


def test_first_meeting_in_a_month_takes_the_next_meeting_held_then():
    text = "Draft the lease note — Owner: Ann Lee, Due: first SG in July"
    found = find_due(text, MAY_2018, NextMeeting(date=dt.date(2018, 7, 3)))
    assert found is not None and (found.date, found.meeting) == ("2018-07-03", "sg")


def test_first_meeting_in_another_month_is_that_month():
    text = "Draft the lease note — Owner: Ann Lee, Due: first SG in September"
    found = find_due(text, MAY_2018, NextMeeting(date=dt.date(2018, 7, 3)))
    assert found is not None and (found.date, found.meeting) == ("2018-09", "sg")


def test_cabinet_member_is_an_office_not_the_meeting_body():
    text = (
        "Comments to be sent to the Cabinet Member for Housing, and a report brought to the October meeting."
    )
    found = find_due(text, MAY_2018, None)
    assert found is not None and (found.date, found.meeting) == ("2018-10", "meeting")


def test_report_to_cabinet_names_the_cabinet_meeting():
    found = find_due("A report to be brought to Cabinet at its October meeting.", MAY_2018, None)
    assert found is not None and found.meeting == "cabinet"


def test_an_office_cell_with_its_body_in_brackets_names_the_owner():
    row = "LOG/24/02/03 – Head of Finance (Fire) – Revised reserves strategy for the medium term – June board"
    assert [o.mention for o in find_owners(row, [])] == ["Head of Finance (Fire)"]


def test_a_bracketed_word_after_a_non_office_is_no_owner_cell():
    row = "LOG/24/02/03 – Budget (Fire) – Revised reserves strategy for the medium term – June board"
    assert find_owners(row, []) == []


def test_a_dash_row_closed_by_a_month_meeting_and_a_full_stop_is_due_that_meeting():
    found = find_due("Action 18.05.03 — CC — Draft the estates review — July board.", MAY_2018, None)
    assert (found.mention, found.date, found.meeting) == ("July board", "2018-07", "board")


def test_a_dash_row_closed_by_a_plain_aside_has_no_due_point():
    assert find_due("Action 18.05.03 — CC — Draft the estates review — agreed.", MAY_2018, None) is None


def test_a_row_carried_forward_is_due_at_its_new_point():
    text = "Action 18.04.02 — ACC — Refresh the corporate risk register with the directors — by\n30/04 — carried forward, now by 15/06."
    found = find_due(text, MAY_2018, None)
    assert (found.mention, found.date) == ("by 15/06", "2018-06-15")


def test_a_row_note_that_defers_nothing_keeps_the_due_cell():
    text = "Action 18.04.02 — ACC — Refresh the corporate risk register with the directors — by\n30/06 — chased, now by 15/06."
    assert find_due(text, MAY_2018, None).mention == "by 30/06"


@pytest.mark.parametrize("month", ["Febuary", "Feburary"])
def test_a_common_misspelling_of_a_month_is_read_as_the_month(month):
    found = find_due(f"The ACC to circulate the review by the end of {month}.", MAY_2018, None)
    assert found.date == "2019-02"


def test_a_regular_bilateral_of_the_owners_is_a_meeting_with_no_date():
    found = find_due("The PCC and CC to review the estates plan at their weekly bilateral.", MAY_2018, None)
    assert (found.date, found.meeting) == (None, "weekly bilateral")


def test_a_bilateral_agreement_is_no_meeting():
    assert find_due("The PCC to publish the bilateral agreement.", MAY_2018, None) is None


def test_a_term_meeting_the_minutes_date_elsewhere_is_due_that_day():
    found = _actions(
        [
            "The Clerk to invite the auditors to the autumn term meeting.",
            "The autumn term meeting will be held on Tuesday 9 October 2018.",
        ],
        ["action", "other"],
    )
    assert found[0].due.date == "2018-10-09"


def test_a_term_meeting_the_minutes_do_not_date_stays_undated():
    found = _actions(
        [
            "The Clerk to invite the auditors to the autumn term meeting.",
            "The spring term starts on 7 January.",
        ],
        ["action", "other"],
    )
    assert found[0].due.date is None


# ------------------------------------------------------------------ session 17: later undertakings, units, tags
def test_a_listed_person_who_agrees_to_act_after_a_passive_owns_the_action():
    text = "The Clerk noted that the accounts must be filed by 5 May, and the CC agreed to send the figures by 1 May."
    assert owners(text) == [("the CC", "CC")]


def test_a_body_that_agrees_to_act_after_a_passive_is_no_owner():
    assert owners("The PCC said the plan must be revised, and the Board agreed to consider it in May.") == []


def test_a_unit_named_by_its_field_that_carries_out_a_passive_task_owns_it():
    text = "A sample of complaint files will be reviewed by the Patient Advice Liaison office by end of May."
    assert [o.mention for o in find_owners(text, [])] == ["the Patient Advice Liaison office"]


def test_a_thing_after_by_in_a_passive_is_no_owner():
    assert find_owners("The paper forms will be replaced by the new online system by May.", []) == []


def _closed_by_tag(sentence: str, tag: str, people: list[Person]) -> list[Owner]:
    texts = [sentence, tag]
    spans = [SentenceSpan(id=i, start=0, end=len(t), text=t, item="4") for i, t in enumerate(texts)]
    labels = [Classified(label="action", confidence=0.9), Classified(label="other", confidence=0.9)]
    actions = extract_actions(
        spans, labels, people=people, meeting_date=dt.date(2024, 3, 6), next_meeting=None
    )
    return actions[0].owners


def test_a_tag_spelling_out_the_short_form_in_brackets_keeps_the_sentences_owner():
    people = [Person(name="Ann Lee", role="Director of Estates", abbrev="DoE", attendance="present")]
    found = _closed_by_tag(
        "The DoE agreed to cost the roof repairs by May.", "Action: Director of Estates (DoE)", people
    )
    assert [(o.mention, o.name) for o in found] == [("The DoE", "Ann Lee")]


def test_a_tag_naming_another_office_with_its_short_form_replaces_the_sentences_owner():
    people = [
        Person(name="Ann Lee", role="Director of Estates", abbrev="DoE", attendance="present"),
        Person(name="Bo Ray", role="Head of Finance", abbrev="HoF", attendance="present"),
    ]
    found = _closed_by_tag(
        "The DoE agreed to cost the roof repairs by May.", "Action: Head of Finance (HoF)", people
    )
    assert [o.name for o in found] != ["Ann Lee"]


def test_a_closing_field_after_a_comma_naming_the_next_meeting_is_the_due_point():
    due = find_due("@kim: renew the TLS certificate for the wiki, next sync", dt.date(2025, 3, 4), None)
    assert (due.mention, due.meeting) == ("next sync", "sync")


def test_next_meeting_words_inside_a_clause_are_no_closing_field():
    assert (
        find_due("We could talk about it next sync, then decide what to do", dt.date(2025, 3, 4), None)
        is None
    )


def test_a_bracketed_note_of_the_month_an_action_was_raised_in_is_no_due_point():
    due = find_due(
        "R-12 (raised in November): the PMO to book the venue by Friday.", dt.date(2024, 3, 6), None
    )
    assert due.mention == "by Friday"


def test_a_month_an_action_is_due_in_stays_its_due_point():
    due = find_due("The PMO to book the venue in November.", dt.date(2024, 3, 6), None)
    assert due.date == "2024-11"


def test_a_lower_case_nick_after_an_action_label_with_its_origin_in_brackets_owns_the_task():
    people = [Person(name="tfarr", role=None, abbrev=None, attendance="present")]
    text = "ACTION (carried from 2024-01-10): tfarr to draft the upgrade notes"
    assert [o.mention for o in find_owners(text, people)] == ["tfarr"]


def test_a_placeholder_after_an_action_label_with_its_origin_names_nobody():
    assert find_owners("ACTION (carried from the May call): somebody to draft the upgrade notes", []) == []


def test_initials_in_round_brackets_opening_a_line_own_the_action():
    people = [
        Person(name="Nadia Brook", role="Project Lead", abbrev="NB", attendance="present"),
        Person(name="Nia Bowen", role="Test Manager", abbrev="NBo", attendance="present"),
    ]
    assert [o.name for o in find_owners("(NB) to book the cutover rehearsal by 3 March.", people)] == [
        "Nadia Brook"
    ]
    assert [o.name for o in find_owners("(NBo) to rerun the load tests.", people)] == ["Nia Bowen"]


def test_round_bracketed_initials_inside_a_sentence_are_no_owner():
    people = [Person(name="Nadia Brook", role="Project Lead", abbrev="NB", attendance="present")]
    assert find_owners("The revised plan (NB) to follow.", people) == []


def test_a_task_first_dash_row_names_its_owner_cell():
    people = [
        Person(name="Omar Reid", role="Headteacher", abbrev="HT", attendance="present"),
        Person(name="Lena Ford", role="Clerk", attendance="in_attendance"),
        Person(name="Gwen Tate", role="Co-opted Governor", attendance="present"),
    ]
    assert [o.name for o in find_owners("Share the revised curriculum map – HT – by half term", people)] == [
        "Omar Reid"
    ]
    assert [o.name for o in find_owners("Renew the hall hire agreement – Clerk", people)] == ["Lena Ford"]
    assert [o.name for o in find_owners("Reading audit visit – Mrs Tate – summer term", people)] == [
        "Gwen Tate"
    ]


def test_a_dash_aside_in_prose_is_no_task_first_row():
    people = [Person(name="Lena Ford", role="Clerk", attendance="in_attendance")]
    assert [
        o.name for o in find_owners("The hire terms – as agreed – will be sent by the Clerk.", people)
    ] == ["Lena Ford"]
    assert find_owners("Parking on the verge – a growing problem – was raised again.", people) == []


def test_a_scheduled_entry_is_owned_by_its_bracketed_officer_and_due_at_its_meeting():
    text = "allotment waiting lists and plot sizes (Head of Parks) – October meeting;"
    assert due(text) == ("2018-10", "meeting")
    assert [o.mention for o in find_owners(text, PEOPLE)] == ["Head of Parks"]


def test_a_bracketed_note_before_a_dash_is_no_scheduled_officer():
    text = "fees and charges review (see Appendix B) – October meeting;"
    assert [o.mention for o in find_owners(text, PEOPLE)] == []


def test_a_due_word_after_a_dash_is_no_task_first_owner():
    people = [Person(name="Lena Ford", role="Clerk", attendance="in_attendance")]
    assert [o.name for o in find_owners("Clerk to renew the hall hire agreement – ASAP", people)] == [
        "Lena Ford"
    ]


DIGITAL_TEAM = [
    Person(name="Ingrid Sorensen", role=None, abbrev="@isoren", attendance="present"),
    Person(name="Tobias Mwangi", role="Head of Digital and ICT", abbrev="HDICT", attendance="present"),
    Person(name="Nora Feld", role="Chief Finance Officer", abbrev="CFO", attendance="present"),
]


def team_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, DIGITAL_TEAM)]


def test_bracketed_name_after_an_action_item_label_owns_it():
    assert team_owners("→ Action item (Ingrid): migrate the wiki to the new host by Friday.") == [
        ("Ingrid", "Ingrid Sorensen")
    ]


def test_bracketed_note_after_an_action_label_is_no_owner():
    assert team_owners("Action (Carried forward): migrate the wiki to the new host.") == []


def test_long_initials_in_an_action_log_owner_cell():
    row = "7/2 | Renew the firewall support contract with the vendor | HDICT | 30 June"
    assert team_owners(row) == [("HDICT", "Tobias Mwangi")]


def test_initials_and_a_two_word_post_joined_in_an_owner_cell():
    row = "7/3 | Staffing plan for the build phase | CFO / HR BP | before tender"
    assert [m for m, _ in team_owners(row)] == ["CFO", "HR BP"]


def test_capitalised_word_in_a_log_cell_is_no_long_initials():
    row = "7/4 | Renew the firewall support contract with the vendor | Board | 30 June"
    assert team_owners(row) == []


# --- batches 63-64: undated spans and events, bracketed days, cover periods


def test_the_owners_next_bilateral_is_a_meeting_with_no_date():
    found = find_due(
        "The DCC and the CFO to settle the fleet budget at their next bilateral.", MAY_2018, None
    )
    assert (found.date, found.meeting) == (None, "bilateral")


def test_within_the_next_quarter_is_a_span_with_no_date():
    found = find_due(
        "The Director to review the rota and report back within the next quarter.", MAY_2018, None
    )
    assert (found.mention, found.date) == ("within the next quarter", None)


def test_a_quarter_named_as_a_period_is_not_a_span():
    found = find_due("The Director to report on the next quarter's spending by 30 June.", MAY_2018, None)
    assert found.date == "2018-06-30"


def test_the_report_for_a_numbered_quarter_is_a_due_point_with_no_date():
    found = find_due(
        "The Board asked that the vacancy figures be included with the Q3 finance report.", MAY_2018, None
    )
    assert (found.mention, found.date) == ("with the Q3 finance report", None)


def test_an_event_dated_in_brackets_is_due_that_day():
    found = find_due("The IT Lead to finish the data migration before go-live (14 June).", MAY_2018, None)
    assert found.date == "2018-06-14"


def test_an_action_log_cell_dated_in_brackets_is_due_that_day():
    row = "18/05/2 | Test the new payroll interface | IT Lead | before launch (14 June"
    assert find_due(row, MAY_2018, None).date == "2018-06-14"


def test_an_event_with_a_bracketed_span_stays_undated():
    found = find_due("The IT Lead to finish the data migration before go-live (two weeks).", MAY_2018, None)
    assert found.date is None


def test_cover_until_someone_is_back_is_no_due_point():
    assert (
        find_due("Priya will handle the press inbox until Tomasz is back on 2018-06-11.", MAY_2018, None)
        is None
    )


def test_someone_travelling_until_a_day_is_no_due_point():
    text = "[ ] @lena will draft the release notes — not started, @lena is travelling until 12 June."
    assert find_due(text, MAY_2018, None) is None


def test_an_event_of_a_scheme_known_by_its_initials_is_undated():
    found = find_due(
        "Heads of department to nominate assessors before the NSS results briefing.", MAY_2018, None
    )
    assert (found.mention, found.date) == ("before the NSS results briefing", None)


def test_a_major_version_written_with_its_zero_is_an_undated_event():
    found = find_due("@ana will deprecate the old config loader before 2.0.", MAY_2018, None)
    assert (found.mention, found.date) == ("before 2.0", None)


def test_a_clock_time_is_not_a_version():
    assert find_due("The Clerk to open the hall before 10.30.", MAY_2018, None) is None


# ------------------------------------------------------------------ batch 65: cut lines, past starts, later steps
def test_a_sentence_cut_after_a_dangling_word_goes_on_in_the_next_line():
    found = _actions(
        ["The Treasurer to present the reserves policy to the next", "Audit and Risk Committee."],
        ["action", "other"],
    )
    assert (found[0].due.date, found[0].due.meeting) == (None, "audit and risk committee")


def test_a_finished_sentence_does_not_take_the_next_line():
    found = _actions(
        ["The Treasurer to present the reserves policy.", "Audit and Risk Committee."],
        ["action", "other"],
    )
    assert found[0].due is None


def test_a_day_an_event_resumed_on_is_no_due_point():
    text = "Lee to settle the rota with staff; talks resumed on 3 March and the task is now due by 20 March."
    assert find_due(text, dt.date(2023, 3, 6), None).date == "2023-03-20"


def test_a_start_still_ahead_is_a_due_point():
    assert find_due("The survey to be started on 3 April.", dt.date(2023, 3, 6), None).date == "2023-04-03"


def test_a_quarter_listed_after_another_is_the_period_covered():
    text = "Insp Rowe to report the arrest figures for Q3 and Q4 by the end of January."
    assert find_due(text, dt.date(2023, 11, 8), None).date == "2024-01"


def test_a_body_a_meeting_recommends_to_is_a_later_step():
    text = "The Head of Estates to bring the lease to the May meeting for recommendation to the Council."
    assert find_due(text, dt.date(2024, 3, 12), None, "Resources Committee").meeting == "meeting"


def test_a_body_the_action_goes_to_names_the_meeting():
    text = "The Head of Estates to bring the lease to the Council in May."
    assert find_due(text, dt.date(2024, 3, 12), None, "Resources Committee").meeting == "council"


def test_a_post_tagged_with_its_initials_in_brackets_is_the_post():
    people = [Person(name="Rhian Moss", role="Faculty Registrar", attendance="in_attendance")]
    found = _actions(
        ["The guidance to be updated by June.", "Action: Faculty Registrar (FR)"],
        ["action", "other"],
        people=people,
    )
    assert [(o.mention, o.name) for o in found[0].owners] == [("Faculty Registrar", "Rhian Moss")]


def test_a_post_with_its_area_in_brackets_keeps_the_area():
    people = [
        Person(name="Rhian Moss", role="Associate Dean (Research)", abbrev="AD (R)", attendance="present")
    ]
    found = _actions(
        ["The strategy to be revised by June.", "ACTION: AD (R)"], ["action", "other"], people=people
    )
    assert [o.mention for o in found[0].owners] == ["AD (R)"]


# Batch 66: irregular passive participles, spaced slashes between owners, an initial and surname in an owner cell, and
# a social landlord's financial year.
E66_PEOPLE = [
    Person(name="Rhian Towey", role="Deputy Chief Constable", abbrev="DCC", attendance="present"),
    Person(name="Owen Pask", role="Detective Superintendent", abbrev=None, attendance="present"),
    Person(name="Mirela Dunst", role=None, abbrev=None, attendance="present"),
]


def e66_names(text):
    return [(o.mention, o.name) for o in find_owners(text, E66_PEOPLE)]


def test_the_agent_of_a_passive_with_an_irregular_participle_owns_it():
    assert e66_names("Tidying of the wiki to be done by Mirela before the summer.") == [
        ("Mirela", "Mirela Dunst")
    ]


def test_a_passive_with_an_irregular_participle_and_a_date_names_no_one():
    assert e66_names("The tidying of the wiki to be done by the end of June.") == []


def test_a_spaced_slash_joins_owners_whose_names_hold_a_slash():
    row = "R-12 | Review of stop and search data | DCC / D/Supt Pask | March meeting"
    assert e66_names(row) == [("DCC", "Rhian Towey"), ("D/Supt Pask", "Owen Pask")]


def test_an_initial_and_surname_in_an_owner_cell_name_the_person():
    row = "Staff survey results to members | M Dunst | within a month"
    assert e66_names(row) == [("M Dunst", "Mirela Dunst")]


def test_a_capitalised_task_cell_is_not_an_initial_and_surname():
    assert e66_names("A Review of parking | Clerk | March") == [("Clerk", None)]


def test_a_social_landlords_minutes_count_financial_quarters():
    assert counts_financial_quarters("Rent arrears stood at 3.9% of the rent roll.")
    assert counts_financial_quarters("The Housing Association's new housing management system went live.")


def test_a_budget_year_alone_counts_no_financial_quarters():
    assert not counts_financial_quarters("The 2025/26 budget goes to the Group Board in January.")


# --- clipped "-co" names, scoped owner tags, undated teaching weeks and events, period months ---
def test_the_next_clipped_co_name_of_the_own_body_is_its_next_meeting():
    nxt = NextMeeting(date=dt.date(2018, 6, 26))
    found = find_due(
        "The FD to bring a revised forecast at the next Steerco.", MAY_2018, nxt, "Steering Committee"
    )
    assert (found.date, found.meeting) == ("2018-06-26", "steerco")


def test_the_next_clipped_co_name_of_another_body_is_not_dated():
    nxt = NextMeeting(date=dt.date(2018, 6, 26))
    found = find_due("The FD to take the forecast to the next Exco.", MAY_2018, nxt, "Steering Committee")
    assert (found.date, found.meeting) == (None, "exco")


def test_a_tag_scoping_a_post_to_all_its_holders_names_the_post():
    found = _actions(
        ["Registers are to be checked weekly.", "Action: HoY (all year groups)"], ["action", "other"]
    )
    assert [o.mention for o in found[0].owners] == ["HoY"]


def test_a_numbered_teaching_week_is_a_due_point_with_no_date():
    assert due("The tutors to confirm the catch-up sessions by week 6.") == (None, None)


def test_a_week_count_in_a_date_is_no_teaching_week():
    assert due("The tutors to report on attendance in weeks 5 and 10.") is None


def test_an_event_named_after_a_body_that_opens_is_a_due_point_with_no_date():
    assert due("The Head to draft the summary before the Ofsted window opens.") == (None, None)


def test_a_person_opening_something_is_no_event():
    assert due("The Clerk to check the room before the Chair opens the meeting.") is None


def test_initials_spelling_at_in_an_owner_cell_are_no_stated_due():
    assert due("3 | Attendance shown in termly reports | AT | Ongoing") is None


def test_the_month_a_review_of_records_covers_is_no_due_point():
    assert due("The CMO to repeat the review of term admissions for October.") is None


def test_a_review_set_for_a_month_is_due_then():
    assert due("The CMO to schedule the review for October.") == ("2018-10", None)


def test_a_bracketed_day_after_the_next_meeting_of_another_name_dates_it():
    found = find_due(
        "The go/no-go to be brought to the next Steerco (18/06).", MAY_2018, None, "Programme Board"
    )
    assert (found.date, found.meeting) == ("2018-06-18", "steerco")


# --- ext18: task-first rows closing with a quarter or a status, quarter tags, bracketed short forms, "each <office>",
# a unit agent before a due point, semesters as due points


@pytest.mark.parametrize(
    "row",
    [
        "Publish the call answer times on the website – ACC – Q4",
        "Theft figures to be reported monthly – ACC – ongoing",
    ],
)
def test_a_task_first_row_closing_with_a_quarter_or_a_status_names_its_owner(row):
    found = _actions([row], ["action"])
    assert [o.abbrev for o in found[0].owners] == ["ACC"]


def test_an_office_and_its_area_between_dashes_before_a_dated_clause_is_no_task_first_row():
    text = (
        "Minute 4/22 – the Director – Housing to arrange the visit: a new date of 9 March has been offered."
    )
    assert owners(text) == [("the Director – Housing", None)]


def test_a_task_first_row_closing_with_a_status_has_no_due_point():
    found = _actions(["Theft figures to be reported monthly – ACC – ongoing"], ["action"])
    assert found[0].due is None


def test_a_quarter_in_an_owner_tags_due_cell_is_its_due_point():
    found = _actions(
        ["The ACC to update the Board on the training figures.", "ACTION: ACC – Q3"], ["action", "other"]
    )
    assert found[0].due.mention == "Q3" and found[0].due.date == "2018-09"


def test_a_quarter_in_an_owner_tags_due_cell_is_the_financial_years_in_a_financial_document():
    found = _actions(
        [
            "The month 7 position was noted.",
            "The ACC to update the Board on the training figures.",
            "ACTION: ACC – Q3",
        ],
        ["finding", "action", "other"],
    )
    assert found[0].due.date == "2018-12"


ADE = Person(name="Ann Vale", role="Associate Dean for Education", abbrev="ADE", attendance="present")


def test_a_tag_of_the_listed_short_form_with_a_bracketed_letter_keeps_the_sentences_owner():
    found = _actions(
        ["The ADE to present the survey results to the Board.", "Action: AD(E)"],
        ["action", "other"],
        people=[ADE],
    )
    assert [(o.mention, o.name) for o in found[0].owners] == [("The ADE", "Ann Vale")]


def test_a_tag_of_another_bracketed_short_form_is_not_the_sentences_owner():
    found = _actions(
        ["The ADE to present the survey results to the Board.", "Action: AD(R)"],
        ["action", "other"],
        people=[ADE],
    )
    assert [o.mention for o in found[0].owners] == ["AD(R)"]


def test_each_before_an_office_stays_in_the_owners_mention():
    assert owners("Action: each Head of Department to confirm the rota by Friday.") == [
        ("each Head of Department", None)
    ]


def test_each_in_the_task_does_not_join_the_owner():
    assert owners("The Clerk will write to each governor.") == [("The Clerk", "Jane Smith")]


def test_a_unit_agent_of_a_passive_owns_it_though_a_due_point_follows():
    assert owners("The guidance notes are to be checked by the Payroll team before the launch.") == [
        ("the Payroll team", None)
    ]


def test_a_numbered_semester_the_task_falls_in_is_a_due_point_without_a_date():
    found = find_due("The Dean would rerun the survey when it is repeated in semester 2.", MAY_2018, None)
    assert (found.mention, found.date) == ("in semester 2", None)


def test_a_due_field_naming_the_next_meeting_by_its_stated_kind_takes_its_date():
    nm = NextMeeting(date=dt.date(2018, 6, 20), kind="Working Group")
    d = find_due("W18/04 – Owner: Treasurer – Due: next working group – Draft the budget.", MAY_2018, nm)
    assert (d.date, d.meeting) == ("2018-06-20", "working group")


def test_the_next_of_the_minutes_own_two_word_title_is_their_next_meeting():
    nm = NextMeeting(date=dt.date(2018, 6, 20))
    d = find_due(
        "The Treasurer to circulate the budget by the next working group.", MAY_2018, nm, "Working Group"
    )
    assert (d.date, d.meeting) == ("2018-06-20", "working group")


def test_a_due_field_naming_the_next_of_the_minutes_own_title_is_their_next_meeting():
    nm = NextMeeting(date=dt.date(2018, 6, 20))
    text = "W18/04 – Owner: Treasurer – Due: next working group – Draft the budget."
    d = find_due(text, MAY_2018, nm, "Working Group – Meeting Notes")
    assert (d.date, d.meeting) == ("2018-06-20", "working group")


def test_the_next_of_another_groups_name_is_not_the_minutes_own_next_meeting():
    nm = NextMeeting(date=dt.date(2018, 6, 20))
    d = find_due("The Treasurer to report to the next finance group.", MAY_2018, nm, "Working Group")
    assert d is None or d.date is None


def test_the_end_of_the_summer_is_due_in_august():
    assert due("The Warden to repaint the benches by the end of the summer.") == ("2018-08", None)


def test_the_end_of_the_summer_term_is_still_due_in_july():
    assert due("The Warden to repaint the benches by the end of the summer term.") == ("2018-07", None)


def test_the_end_of_the_summer_holidays_is_no_season_end():
    found = due("The Warden to repaint the benches by the end of the summer holidays.")
    assert found is None or found[0] != "2018-08"


def test_an_office_named_after_a_body_acting_in_a_recommendation_owns_it():
    text = "Recommends that the Cabinet Member for Parks writes to the landowner setting out the concerns;"
    assert [o.mention for o in find_owners(text, [])] == ["the Cabinet Member for Parks"]


def test_a_body_stating_its_view_in_a_recommendation_owns_nothing():
    assert find_owners("Recommends that the Committee supports the bid for funding.", []) == []


def test_agrees_that_clause_names_its_subjects_as_owners():
    text = "Agrees that the Chair and Vice-Chair meet the Leader before the next meeting to agree the scope."
    assert [o.mention for o in find_owners(text, [])] == ["the Chair", "Vice-Chair"]


def test_an_owner_first_row_with_a_long_due_cell_keeps_its_owner():
    assert owners("Clerk – parent governor ballot – before the autumn term meeting") == [
        ("Clerk", "Jane Smith")
    ]


def test_a_long_task_cell_opening_with_a_due_word_is_still_the_task():
    text = "Clerk – before the autumn term meeting write to every parent about the ballot and the timetable – June"
    assert owners(text) == [("Clerk", "Jane Smith")]


def test_people_named_only_after_of_in_a_passive_clause_are_no_owner():
    text = (
        "RESOLVED: that the allocation of caretaker hours to lettings be reduced, and that the Bursar update "
        "the rota accordingly."
    )
    assert [o.mention for o in find_owners(text, [])] == ["the Bursar"]


def test_a_lower_case_group_before_of_still_owns_its_clause():
    text = "RESOLVED: that the working group of governors review the lettings policy."
    assert [o.mention for o in find_owners(text, [])] == ["the working group"]


def test_the_agent_of_a_passive_after_a_named_recipient_owns_it():
    text = "A full reply will be sent to Mr Okoye by the Complaints team within ten working days."
    assert [o.mention for o in find_owners(text, [])] == ["the Complaints team"]


def test_a_deadline_after_a_named_recipient_is_no_agent():
    assert find_owners("The revised leaflet will be sent to Members by Friday.", []) == []


def test_the_first_meeting_of_the_next_term_is_the_next_meeting_when_it_falls_in_that_term():
    nm = NextMeeting(date=dt.date(2018, 9, 26))
    d = find_due(
        "The Bursar to bring the lettings policy to the first meeting of the autumn term.", MAY_2018, nm
    )
    assert (d.date, d.meeting) == ("2018-09-26", "meeting")


def test_the_first_meeting_of_a_term_the_next_meeting_misses_has_no_date():
    nm = NextMeeting(date=dt.date(2018, 7, 4))
    d = find_due(
        "The Bursar to bring the lettings policy to the first meeting of the autumn term.", MAY_2018, nm
    )
    assert (d.date, d.meeting) == (None, "meeting")


def test_the_first_meeting_of_the_minutes_own_term_is_not_the_next_meeting():
    nm = NextMeeting(date=dt.date(2018, 6, 20))
    d = find_due("The Bursar to bring the policy to the first meeting of the summer term.", MAY_2018, nm)
    assert d is None or d.date is None


def test_a_referenced_row_opening_with_its_owner_field_names_that_owner():
    text = "[B-12] Owner: Tom Reddy – Due: next Board – Draft the revised lettings policy for the depot."
    assert owners(text) == [("Tom Reddy", "Tom Reddy")]


def test_an_owner_field_row_keeps_its_due_field():
    text = "Owner: Tom Reddy – Due: 6 October 2023 – Draft the revised lettings policy for the depot."
    assert _due(text, dt.date(2023, 9, 12), None)[1] == "2023-10-06"


def test_an_owner_label_inside_a_sentence_with_no_due_field_after_a_dash_is_no_row():
    assert owners("The Clerk – who is the owner: Tom Reddy – will draft the policy.") != [
        ("Tom Reddy", "Tom Reddy")
    ]


def test_a_due_field_naming_a_months_board_is_that_boards_month():
    text = "Action AB/24/03: Report on the fleet review. Owner: CC. Due: June Board."
    assert _due(text, dt.date(2024, 3, 27), None) == ("Due: June Board", "2024-06", "board")


def test_a_due_field_with_a_month_alone_is_not_read_as_a_months_meeting():
    due = find_due("Report on the fleet review. Owner: CC. Due: June.", dt.date(2024, 3, 27), None)
    assert due is None or due.meeting is None


def test_a_due_point_after_a_reason_joined_by_and_now_due_is_read():
    text = "The ACC to finish the audit; deferred because of staff absence and now due at the March 2022 meeting."
    assert _due(text)[1] == "2022-03"


def test_a_point_inside_a_reason_clause_is_still_no_due_point():
    assert _due("The ACC to finish the audit, deferred because the contract runs until March 2022.") is None


def test_a_numbered_action_naming_the_meeting_that_set_it_keeps_its_bracketed_owner():
    text = "Action 4 from the March meeting (ACC): to provide the overtime figures by station."
    assert owners(text) == [("ACC", "ACC")]


def test_a_prerelease_tagged_for_a_day_dates_a_task_due_before_it() -> None:
    spans = [
        SentenceSpan(id=0, start=0, end=30, text="beta2 is tagged for 2025-06-03.", item="1"),
        SentenceSpan(id=1, start=31, end=70, text="@tomas: fix the parser crash before beta2.", item="1"),
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("other", "action")]
    [action] = extract_actions(spans, labels, people=[], meeting_date=dt.date(2025, 5, 20), next_meeting=None)
    assert action.due is not None and action.due.date == "2025-06-03"


def _cut_off(second: str) -> Action:
    spans = [
        SentenceSpan(
            id=0, start=0, end=50, text="Tom Reddy to brief the depot staff before launch", item="1"
        ),
        SentenceSpan(id=1, start=51, end=70, text=second, item="1"),
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("action", "other")]
    [action] = extract_actions(
        spans, labels, people=PEOPLE, meeting_date=dt.date(2022, 5, 18), next_meeting=None
    )
    return action


def test_a_day_bracket_cut_off_after_an_undated_event_dates_it() -> None:
    action = _cut_off("(9 June).")
    assert action.due is not None and (action.due.mention, action.due.date) == ("before launch", "2022-06-09")


def test_a_bracket_that_is_no_day_leaves_the_event_undated() -> None:
    action = _cut_off("(see item 4).")
    assert action.due is not None and action.due.date is None


def test_the_body_in_the_header_makes_the_quarters_financial():
    spans = [SentenceSpan(id=0, start=0, end=40, text="Revised falls trajectory | DoN | Q4", item="u1")]
    labels = [Classified(label="action", confidence=0.9)]
    common = dict(people=PEOPLE, meeting_date=dt.date(2021, 12, 9), next_meeting=None)
    nhs = extract_actions(spans, labels, meeting_body="Calderwick NHS Foundation Trust", **common)
    company = extract_actions(spans, labels, meeting_body="Calderwick Logistics Ltd", **common)
    assert nhs[0].due.date == "2022-03"  # the financial year's fourth quarter ends in March
    assert company[0].due.date == "2021-12"


def test_a_cell_listing_names_longer_than_its_task_is_the_owner_cell() -> None:
    found = find_owners("Audit the library | Priya Mendel, Oscar Halloway | 30 June 2025", [])
    assert [o.mention for o in found] == ["Priya Mendel", "Oscar Halloway"]


def test_a_task_cell_in_capitals_is_not_taken_for_a_list_of_names() -> None:
    found = find_owners("Annual Safeguarding Review | Oscar Halloway | 30 June 2025", [])
    assert [o.mention for o in found] == ["Oscar Halloway"]


def test_a_deferral_note_after_the_task_cell_is_not_the_action_text() -> None:
    row = (
        "RB/25/02/03 – ACC – Review of the drone pilot – carried forward from the January meeting; the review is "
        "now expected at the April Board."
    )
    assert [o.mention for o in find_owners(row, PEOPLE)] == ["ACC"]


def test_a_beta_dated_with_its_version_and_number_dates_a_task_before_the_beta() -> None:
    spans = [
        SentenceSpan(id=0, start=0, end=30, text="Agreed: 3.1.0-beta.1 on 2025-06-10.", item="1"),
        SentenceSpan(
            id=1, start=31, end=80, text="@tomas: fix the parser crash before the 3.1 beta.", item="1"
        ),
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("other", "action")]
    [action] = extract_actions(spans, labels, people=[], meeting_date=dt.date(2025, 5, 20), next_meeting=None)
    assert action.due is not None and action.due.date == "2025-06-10"


def test_a_beta_named_without_a_number_stays_undated_when_two_betas_are_dated() -> None:
    spans = [
        SentenceSpan(
            id=0, start=0, end=40, text="Agreed: beta 1 on 2025-06-10 and beta 2 on 2025-06-24.", item="1"
        ),
        SentenceSpan(id=1, start=41, end=80, text="@tomas: fix the parser crash before the beta.", item="1"),
    ]
    labels = [Classified(label=x, confidence=0.9) for x in ("other", "action")]
    [action] = extract_actions(spans, labels, people=[], meeting_date=dt.date(2025, 5, 20), next_meeting=None)
    assert action.due is not None and action.due.date is None


def _closing_spans(first: str) -> list[SentenceSpan]:
    return [
        SentenceSpan(id=0, start=0, end=60, text=first, item="1"),
        SentenceSpan(
            id=1,
            start=61,
            end=120,
            text="The Registrar to brief the unions before the consultation closes.",
            item="1",
        ),
    ]


def test_a_consultation_the_minutes_say_closes_on_a_day_dates_a_task_before_it_closes() -> None:
    spans = _closing_spans("The consultation opened on 2 March 2026 and closes on 17 April 2026.")
    labels = [Classified(label=x, confidence=0.9) for x in ("other", "action")]
    [action] = extract_actions(spans, labels, people=[], meeting_date=dt.date(2026, 3, 10), next_meeting=None)
    assert action.due is not None and action.due.date == "2026-04-17"


def test_a_consultation_with_no_closing_day_leaves_the_task_undated() -> None:
    spans = _closing_spans("The consultation opened on 2 March 2026.")
    labels = [Classified(label=x, confidence=0.9) for x in ("other", "action")]
    [action] = extract_actions(spans, labels, people=[], meeting_date=dt.date(2026, 3, 10), next_meeting=None)
    assert action.due is not None and action.due.date is None


def test_a_revised_due_date_wins_over_the_due_field_the_action_was_logged_with() -> None:
    due = find_due(
        "Action 9/12 (Owner: PM; Due: 14 March 2025): renew the hosting contract – carried forward with a revised "
        "due date of 30 May 2025.",
        dt.date(2025, 4, 2),
        None,
    )
    assert due is not None and due.date == "2025-05-30"


def test_a_revised_scope_is_no_revised_due_date() -> None:
    due = find_due(
        "The PM to renew the hosting contract by 14 March 2025 on the revised scope of 2 May.",
        dt.date(2025, 2, 2),
        None,
    )
    assert due is not None and due.date == "2025-03-14"


def test_reporting_back_in_a_count_of_weeks_is_an_undated_span() -> None:
    due = find_due("@lena: ask the packagers and report back in three weeks.", dt.date(2025, 2, 2), None)
    assert due is not None and (due.mention, due.date, due.meeting) == ("in three weeks", None, None)


def test_a_bare_count_of_weeks_away_is_no_due_point() -> None:
    assert (
        find_due("@lena: the release is in three weeks; prepare the notes.", dt.date(2025, 2, 2), None)
        is None
    )


def test_a_row_written_one_cell_per_line_reads_its_owner_and_due_cells():
    row = "TSC-1125-03\nReconcile the stock benefit lines; agree one owner\nJB / HO\nend of December"
    cells = [row[a:b] for a, b in table_cells(row)]
    assert cells == [
        "TSC-1125-03",
        "Reconcile the stock benefit lines; agree one owner",
        "JB / HO",
        "end of December",
    ]


def test_a_sentence_wrapped_over_three_lines_is_no_row_of_cells():
    prose = "The Director confirmed that the fund had\nto be spent by 31 March 2022 and that unspent money\nwould go back."
    assert table_cells(prose) is None


def test_a_sentence_wrapped_after_its_first_word_is_no_row_of_cells():
    assert table_cells("The\nDCS undertook to provide the figures before the\nDecember meeting.") is None


def test_a_due_day_whose_month_was_cut_onto_the_next_line_takes_that_month():
    found = _actions(
        ["W4/02  Renew the hall booking for the open day  Owner: CC  Due: w/c 11", "June"],
        ["action", "action"],
    )
    assert len(found) == 1
    assert (found[0].due.mention, found[0].due.date) == ("w/c 11 June", "2018-06-11")


def test_a_day_cut_from_a_row_is_not_joined_to_a_sentence_after_it():
    found = _actions(
        ["W4/02  Renew the hall booking for the open day  Owner: CC  Due: w/c 11", "June was a busy month."],
        ["action", "finding"],
    )
    assert found[0].due is None or found[0].due.date != "2018-06-11"


def test_a_due_field_alone_on_the_line_after_a_row_cut_after_its_owner_dates_the_row():
    found = _actions(
        ["W3/07  Agree the kit list with the club (raised W 3)  Owner: ACC", "Due: end of July"],
        ["action", "action"],
    )
    assert len(found) == 1
    assert ([o.mention for o in found[0].owners], found[0].due.date) == (["ACC"], "2018-07")


def test_a_row_due_at_a_numbered_meeting_takes_the_day_the_next_meeting_is_given():
    found = _actions(
        [
            "The next meeting (WG 8) will be held on Tuesday 19 June 2018 at 2pm in Room 4.",
            "W7/03  Close out the snagging list  Owner: CC  Due: WG 8",
        ],
        ["other", "action"],
        meeting_title="Working Group (WG 7)",
    )
    assert (found[0].due.mention, found[0].due.date, found[0].due.meeting) == ("WG 8", "2018-06-19", "wg")


def test_a_term_meeting_that_will_be_on_a_day_dates_a_task_due_at_it_as_a_meeting():
    found = _actions(
        [
            "The Clerk to bring the pay policy to the summer term meeting.",
            "The summer term meeting will be on Wednesday 20 June 2018 at 6pm.",
        ],
        ["action", "other"],
        meeting_date=dt.date(2018, 2, 7),
        next_meeting=NextMeeting(date=dt.date(2018, 3, 21)),
    )
    assert (found[0].due.date, found[0].due.meeting) == ("2018-06-20", "meeting")


def test_a_bare_group_that_is_to_act_owns_the_task():
    assert owners("Ward sisters are to review the rota by the end of June.") == [("Ward sisters", None)]


def test_a_bare_group_that_is_to_be_consulted_owns_nothing():
    assert owners("Ward sisters are to be consulted on the rota.") == []


def test_a_slashed_reference_with_initials_in_brackets_and_a_colon_names_the_owner():
    assert owners("QA/18/044 (ACC): review the custody audit and report back in July.") == [("ACC", "ACC")]


def test_a_slashed_reference_before_a_bracket_and_an_article_names_no_owner():
    assert owners("QA/18/045 (HMIC): the inspection report was noted.") == []


def test_a_resolution_after_a_dashed_label_is_owned_by_the_one_it_asks():
    text = "RESOLVED – that the Portfolio Holder be requested to review the parking charges."
    assert owners(text) == [("the Portfolio Holder", None)]


def test_a_passive_resolution_after_a_dashed_label_names_no_owner():
    assert owners("RESOLVED – that the parking charges be reviewed by the autumn.") == []


def test_a_task_due_before_a_versioned_prerelease_takes_the_day_the_minutes_give_it():
    found = _actions(
        ["#agreed 2.3-rc1 is tagged on 2018-06-12.", "#action @maria to fix the flaky test before 2.3-rc1"],
        ["finding", "action"],
    )
    assert (found[0].due.mention, found[0].due.date) == ("before 2.3-rc1", "2018-06-12")


def test_a_versioned_prerelease_the_minutes_do_not_date_gives_no_due_point():
    found = _actions(
        ["#agreed 2.3-rc1 is tagged on 2018-06-12.", "#action @maria to fix the flaky test before 2.3-rc2"],
        ["finding", "action"],
    )
    assert found[0].due is None


def test_people_invited_to_visit_a_place_are_guests_not_owners():
    assert owners("It was agreed that governors would be invited to visit the new nursery.") == []


def test_people_asked_to_visit_a_place_own_the_visit():
    assert owners("It was agreed that governors would be asked to visit the new nursery.") == [
        ("governors", None)
    ]


POST_HOLDERS = [
    Person(name="Una Wells", role="Chief Executive", abbrev="UW", attendance="present"),
    Person(name="Piet Orr", role="Director of Finance", abbrev="PO", attendance="present"),
    Person(name="Gail Ince", role="Chief Finance Officer", abbrev="GI", attendance="present"),
]


def _held(text):
    return [(o.mention, o.name) for o in find_owners(text, POST_HOLDERS)]


def test_a_post_with_its_holders_initials_after_an_action_label_names_the_holder():
    assert _held("Action: CEx (UW) – to send the annual return to the auditors by 3 March.") == [
        ("CEx (UW)", "Una Wells")
    ]


def test_posts_with_their_holders_initials_split_by_a_slash_are_each_an_owner():
    assert _held("Action: DoF (PO) / CFO (GI) – to agree the grant template before the spring round.") == [
        ("DoF (PO)", "Piet Orr"),
        ("CFO (GI)", "Gail Ince"),
    ]


def test_a_numbered_action_label_before_a_post_with_initials_names_the_holder():
    assert _held("Action 21/04-02: CFO (GI) – to cost the van lease options for the next meeting.") == [
        ("CFO (GI)", "Gail Ince")
    ]


def test_a_bracket_after_a_word_that_is_no_tag_names_no_holder():
    assert _held("Action 6: The budget (revised) was noted by members.") == []


def test_a_body_named_without_an_article_and_asked_to_act_owns_the_resolution_clause():
    assert owners("Executive be asked to review the parking charges before they are introduced; and") == [
        ("Executive", None)
    ]


def test_a_capitalised_opening_with_a_bare_verb_is_no_resolution_subject():
    assert owners("Parking charges be reviewed by the end of the year.") == []


def test_a_numbered_recommendation_that_clause_names_the_body_recommended_to_act():
    assert owners("R2  That the Trust publish its waiting list figures by ward each quarter.") == [
        ("the Trust", None)
    ]


def test_the_end_of_a_numbered_sprint_is_due_with_no_date():
    due = find_due(
        "Lena to migrate the export job (Owner: LM, Due: end of sprint 9)", FRI_MARCH_2024, SPRINT_NEXT
    )
    assert (due.mention, due.date, due.meeting) == ("end of sprint 9", None, None)


def test_a_span_of_numbered_sprints_is_no_due_point():
    assert find_due("Lena to migrate the export job by the end of sprint 9-10.", FRI_MARCH_2024, None) is None


def test_a_name_qualifying_a_noun_with_a_year_before_a_passive_names_no_owner():
    assert (
        owners("RESOLVED that the School budget for 2024/25 be approved and that the reserves be reviewed.")
        == []
    )


def test_a_subject_with_a_verb_before_a_year_still_owns_the_clause():
    assert owners("RESOLVED that the Clerk write to all governors by 2024/25 year end.") == [
        ("the Clerk", "Jane Smith")
    ]


def test_initials_joined_by_and_in_the_owner_cell_of_a_dash_row_are_each_an_owner():
    assert owners("ACTION: MB and CC – visit the nursery classes and report to governors – summer term") == [
        ("MB", None),
        ("CC", "CC"),
    ]
    assert due("ACTION: MB and CC – visit the nursery classes and report to governors – summer term") == (
        None,
        None,
    )


def test_capitalised_words_joined_by_and_before_a_dash_are_no_owner_cell():
    assert owners("Finance and Resources – discussed the budget in detail – no changes") == []


def test_an_eta_of_the_next_meeting_is_the_next_meetings_date():
    nxt = NextMeeting(date=dt.date(2018, 6, 12))
    assert due("- [ ] @maria: write up the survey results (ETA next meeting)", nxt) == (
        "2018-06-12",
        "meeting",
    )
    assert due("@maria: write up the survey results (ETA: next meeting)", nxt) == ("2018-06-12", "meeting")


def test_a_word_ending_in_eta_before_next_meeting_is_no_eta_label():
    nxt = NextMeeting(date=dt.date(2018, 6, 12))
    assert due("@maria: the beta next meeting slot was discussed", nxt) is None


def test_a_month_in_brackets_after_a_quarter_is_the_due_month():
    assert due("PB-7 – Benefits review – Ann Lee – end of Q4 (January)") == ("2019-01", None)
    assert due("Clerk to circulate the plan by the end of Q2 (Aug).") == ("2018-08", None)


def test_a_bracketed_note_after_a_quarter_that_is_no_month_leaves_the_quarter():
    assert due("Clerk to circulate the plan by the end of Q2 (provisional).") == ("2018-06", None)


def test_a_named_body_in_a_clause_on_where_the_business_goes_next_is_no_due_meeting():
    nxt = NextMeeting(date=dt.date(2018, 7, 10))
    d = find_due(
        "Head of Audit to bring the return to the July meeting, before the submission goes to the Board.",
        MAY_2018,
        nxt,
    )
    assert (d.date, d.meeting) == ("2018-07", "meeting")


def test_a_body_named_as_where_the_item_goes_stays_the_due_meeting():
    d = find_due("Head of Audit to bring the return to the Board in July.", MAY_2018, None)
    assert d.meeting == "board"


def test_business_returning_as_an_item_names_no_owner():
    assert owners("Estates strategy will return as an item at the July board.") == []


def test_an_owner_who_brings_business_back_as_an_item_stays_the_owner():
    assert owners("The Clerk will bring the register back as an item at the July board.") == [
        ("The Clerk", "Jane Smith")
    ]
    assert owners("Head of Estates will return the survey as an item at the July board.") == [
        ("Head of Estates", None)
    ]


def _tag_line_owners(tag, people):
    texts = ["The course team to submit the revised handbook by 30 June 2023.", tag]
    spans = [SentenceSpan(id=i, start=0, end=len(t), text=t, item="4") for i, t in enumerate(texts)]
    labels = [Classified(label="action", confidence=0.9), Classified(label="other", confidence=0.9)]
    actions = extract_actions(
        spans, labels, people=people, meeting_date=dt.date(2023, 2, 8), next_meeting=None
    )
    return [o.mention for o in actions[0].owners]


def test_an_office_and_its_area_after_a_comma_in_an_owner_tag_line_is_one_owner():
    assert _tag_line_owners("Action: Course Director, Veterinary Nursing", []) == [
        "Course Director, Veterinary Nursing"
    ]


def test_two_offices_after_a_comma_in_an_owner_tag_line_stay_two_owners():
    people = [Person(name="Ann Lee", role="Registrar", abbrev=None, attendance="present")]
    assert _tag_line_owners("Action: Course Director, Registrar", people) == ["Course Director", "Registrar"]


def test_an_office_and_area_tag_resolves_to_the_listed_holder_of_that_role():
    people = [
        Person(name="Ann Lee", role="Course Director, Veterinary Nursing", abbrev=None, attendance="present")
    ]
    assert _tag_line_owners("Action: Course Director, Veterinary Nursing", people) == [
        "Course Director, Veterinary Nursing"
    ]


def test_nicks_in_brackets_after_a_todo_label_own_the_task():
    found = find_owners("TODO(bexley, marisol): rewrite the plugin loader docs by Friday", [])
    assert [o.mention for o in found] == ["bexley", "marisol"]


def test_a_todo_nick_resolves_to_the_listed_handle_after_a_note_in_brackets():
    text = "TODO(ovenn) (carried over from 2023-09-12): draft the operator upgrade guide"
    assert [(o.mention, o.name) for o in find_owners(text, ETHERPAD)] == [("ovenn", "Orla Venn")]


def test_a_todo_bracket_before_a_capitalised_sentence_names_no_nick_owner():
    assert [o.mention for o in find_owners("TODO(docs): Rewrite the intro page.", [])] != ["docs"]


def test_a_full_name_cell_with_an_apostrophe_in_the_surname_names_the_owner():
    text = "PB-31 – Confirm the archive retention schedule – Niamh O'Donoghue – June board"
    assert [o.mention for o in find_owners(text, [])] == ["Niamh O'Donoghue"]


def test_a_placeholder_in_a_todo_bracket_names_nobody():
    assert find_owners("TODO(tbd): draft the release checklist", []) == []


HANDLE_PEOPLE = [
    Person(name="Ines Moreau", role=None, abbrev="@imoreau", attendance="present"),
    Person(name="Tariq Bello", role=None, abbrev="@tbello", attendance="present"),
]


def test_handles_side_by_side_are_two_owners():
    found = find_owners("@imoreau @tbello migrate the nightly builds to the new cluster", HANDLE_PEOPLE)
    assert [o.name for o in found] == ["Ines Moreau", "Tariq Bello"]


def test_name_then_handle_is_one_owner():
    found = find_owners("Ines Moreau @imoreau to migrate the nightly builds.", HANDLE_PEOPLE)
    assert len(found) <= 1


def test_three_part_version_closing_the_clause_is_an_undated_due():
    d = find_due("The upgrade guide is to be written before 4.1.0.", MAY_2018, None)
    assert (d.mention, d.date, d.meeting) == ("before 4.1.0", None, None)


def test_day_month_year_with_dots_is_not_a_version():
    assert due("The survey results to be circulated before 1.3.24.") != (None, None)


def test_meeting_an_earlier_request_was_made_at_is_not_the_due_point():
    text = (
        "The Head of Highways to circulate the gritting costs, which was requested at the October meeting and is "
        "still awaited; this will now come to the March meeting."
    )
    assert due(text) == ("2019-03", "meeting")


def test_meeting_a_report_will_be_taken_at_is_still_the_due_point():
    text = "The Head of Highways to circulate the gritting costs, which will be considered at the October meeting."
    assert due(text) == ("2018-10", "meeting")


def test_a_short_month_and_two_digits_in_a_tracker_of_late_1999_is_the_next_year():
    from pipeline.extract import short_month_year

    assert short_month_year("Jan 00", dt.date(1999, 12, 6)) == "2000-01"
    assert short_month_year("Dec 99", dt.date(1999, 11, 2)) == "1999-12"
    assert short_month_year("Feb 23", dt.date(2022, 12, 6)) == "2023-02"
    assert short_month_year("Jan 31", dt.date(2022, 12, 6)) is None  # a day, not a year


SHORTENED_NICK_PEOPLE = [
    Person(name="Oluwafemi Adeyemi", role=None, abbrev=None, attendance="present"),
    Person(name="Hye-jin Park", role=None, abbrev=None, attendance="present"),
    Person(name="Marta Lind", role=None, abbrev=None, attendance="present"),
]


def test_a_mailing_list_action_nick_without_the_hyphen_names_the_listed_person():
    found = find_owners(
        "ACTION(hyejin, marta): write the packaging notes for the next release.", SHORTENED_NICK_PEOPLE
    )
    assert [(o.mention, o.name) for o in found] == [("hyejin", "Hye-jin Park"), ("marta", "Marta Lind")]


def test_a_mailing_list_action_nick_ending_a_first_name_names_the_listed_person():
    found = find_owners(
        "ACTION(femi): ask the hosting sponsor about spare build machines.", SHORTENED_NICK_PEOPLE
    )
    assert [(o.mention, o.name) for o in found] == [("femi", "Oluwafemi Adeyemi")]


def test_a_short_nick_inside_a_first_name_names_nobody():
    from pipeline.extract import nick_owner

    assert nick_owner("rta", SHORTENED_NICK_PEOPLE) is None  # too short to be a first name's last syllables
    assert nick_owner("jin", SHORTENED_NICK_PEOPLE) is None


def test_by_month_end_is_the_meeting_month():
    d = find_due("The Treasurer to send the revised budget to members by month end.", MAY_2018, None)
    assert (d.mention, d.date) == ("by month end", "2018-05")


def test_month_end_figures_are_no_due_point():
    assert find_due("The Treasurer reported on progress by month-end figures.", MAY_2018, None) is None


def test_before_an_unnumbered_release_candidate_of_a_version_is_an_undated_due():
    d = find_due("The changelog is to be reviewed before the 2.0 RC.", MAY_2018, None)
    assert (d.mention, d.date, d.meeting) == ("before the 2.0 RC", None, None)


def test_before_beta_testers_report_is_no_release_due():
    d = find_due("The form to be checked before beta testers are invited.", MAY_2018, None)
    assert d is None or "beta testers" in d.mention


def test_a_quarter_and_year_a_report_covers_is_not_its_due_point():
    text = "The safeguarding report for Q2 2023/24 is to be presented at the March meeting."
    d = find_due(text, MAY_2018, None)
    assert (d.mention, d.meeting) == ("at the March meeting", "meeting")


def test_a_quarter_and_year_a_task_is_scheduled_for_is_its_due_point():
    d = find_due("The external audit of the register is scheduled for Q3 2018/19.", MAY_2018, None)
    assert d.mention == "Q3 2018/19"


def test_a_quarter_and_year_of_the_report_a_task_goes_into_is_its_due_point():
    d = find_due(
        "The Head of HR to add the sickness figures to the workforce report for Q2 2018/19.", MAY_2018, None
    )
    assert (d.mention.removeprefix("for "), d.date) == ("Q2 2018/19", "2018-09")


def test_week_ending_a_day_is_the_due_day():
    d = find_due("Contractor to issue the revised drawings w/e 14/12/18 – Action: CC", MAY_2018, None)
    assert (d.mention, d.date) == ("w/e 14/12/18", "2018-12-14")
    d = find_due("The survey results to be shared in the week ending 8 June.", MAY_2018, None)
    assert d.date == "2018-06-08"


def test_a_weekend_without_a_day_is_no_due_point():
    assert find_due("The CC will read the report over the w/e.", MAY_2018, None) is None


def test_own_line_tag_with_by_and_a_day_gives_the_action_above_its_due():
    found = _actions(
        ["The Clerk to send the revised calendar to members.", "Action: Clerk by 12 October"],
        ["action", "other"],
    )
    assert len(found) == 1
    assert [o.name for o in found[0].owners] == ["Jane Smith"]
    assert found[0].due.date == "2018-10-12"


def test_own_line_tag_with_within_gives_an_undated_due():
    found = _actions(["The ACC to review the rota.", "Action: ACC within two weeks"], ["action", "other"])
    assert len(found) == 1
    assert found[0].due.mention == "within two weeks"


def test_a_tag_line_whose_task_runs_into_by_is_no_closing_tag():
    found = _actions(
        ["The CC agreed to circulate the figures.", "Action: ACC to brief the panel by June"],
        ["action", "action"],
    )
    assert len(found) == 2
    assert found[0].due is None


def test_a_dash_before_by_in_a_tag_line_still_reads_as_a_dash_cell():
    found = _actions(
        ["The Clerk to update the register.", "ACTION: ACC – by 12 October"], ["action", "other"]
    )
    assert [o.abbrev for o in found[0].owners] == ["ACC"]
    assert found[0].due.date == "2018-10-12"


def test_owner_field_name_with_organisation_in_brackets_is_that_person():
    people = [*PEOPLE, Person(name="Priya Nandra", role="Account Manager", abbrev=None, attendance="present")]
    found = find_owners(
        "ACT-7 — Confirm the licence count — Owner: Priya Nandra (Vantel) — Due: 14-Mar-19", people
    )
    assert [(o.mention, o.name) for o in found] == [("Priya Nandra", "Priya Nandra")]


def test_owner_field_office_with_area_in_brackets_stays_one_office():
    found = find_owners(
        "ACT-8 — Review the budget — Owner: Chief Finance Officer (Police) — Due: 14-Mar-19", PEOPLE
    )
    assert [o.mention for o in found] == ["Chief Finance Officer (Police)"]


def test_fields_line_opening_with_a_dash_finishes_the_dash_row_above_it():
    found = _actions(
        ["ACT-9 — Bring the costed options paper to the board", "— Owner: Jane Smith — Due: 30-Jun-18"],
        ["action", "other"],
    )
    assert len(found) == 1
    assert [o.name for o in found[0].owners] == ["Jane Smith"]
    assert found[0].due.date == "2018-06-30"


def test_line_cut_after_the_and_a_month_goes_on_with_the_meeting_on_the_next_line():
    found = _actions(
        ["The ACC to bring the revised staffing model to the October", "Panel."], ["action", "other"]
    )
    assert found[0].due is not None
    assert (found[0].due.date, found[0].due.meeting) == ("2018-10", "panel")


def test_line_ending_on_a_lower_case_may_is_no_cut_month():
    found = _actions(["The ACC said the rota may", "Panel."], ["action", "other"])
    assert found[0].due is None


CHAT_NICKS = [
    Person(name="ravik", role=None, abbrev=None, attendance="present"),
    Person(name="jo-ann", role=None, abbrev=None, attendance="present"),
]


def test_action_list_line_opening_with_a_listed_nick_names_that_owner():
    found = _actions(
        ["jo-ann: rebase the storage branch before the freeze"],
        ["action"],
        item="u4",
        people=CHAT_NICKS,
        item_titles={"u4": "Action items"},
    )
    assert [o.name for o in found[0].owners] == ["jo-ann"]


def test_lower_case_word_before_a_colon_in_an_action_list_that_is_no_listed_nick_is_no_owner():
    found = _actions(
        ["docs: rebase the storage branch"],
        ["action"],
        item="u4",
        people=CHAT_NICKS,
        item_titles={"u4": "Action items"},
    )
    assert found[0].owners == []


def test_meetbot_action_with_listed_nicks_before_the_verb_names_them():
    assert [o.name for o in find_owners("ACTION: ravik and jo-ann review the patch", CHAT_NICKS)] == [
        "ravik",
        "jo-ann",
    ]
    assert [o.name for o in find_owners("ACTION: ravik publish the release notes", CHAT_NICKS)] == ["ravik"]


def test_meetbot_action_opening_with_its_verb_names_no_nick_owner():
    assert find_owners("ACTION: review the patch before the release", CHAT_NICKS) == []


# ------------------------------------------------------------------ batch 89: "Owner(s):" fields, boards by month


def _stacked_action(owner_line, due_line, next_meeting=None):
    return _actions(
        ["Action: Revised duty rota to be brought to the Panel", owner_line, due_line],
        ["action", "other", "other"],
        next_meeting=next_meeting,
    )[0]


def test_an_owners_field_with_a_bracketed_plural_under_an_action_names_its_owners():
    found = _stacked_action("Owner(s): ACC / CC", "Target date: end Jul")
    assert [o.abbrev for o in found.owners] == ["ACC", "CC"]
    assert found.due.date == "2018-07"


def test_a_plural_owners_field_under_an_action_names_its_owners():
    found = _stacked_action("Owners: ACC, CC", "Target date: end Jul")
    assert [o.abbrev for o in found.owners] == ["ACC", "CC"]


def test_a_board_and_month_with_a_two_digit_year_is_the_next_meeting_held_that_month():
    found = _stacked_action("Owner(s): CC", "Target date: PB Jun-18", NextMeeting(date=dt.date(2018, 6, 26)))
    assert (found.due.date, found.due.meeting) == ("2018-06-26", "pb")


def test_a_board_and_month_gives_the_month_alone_when_the_next_meeting_is_in_another_month():
    found = _stacked_action("Owner(s): CC", "Target date: PB Jul-18", NextMeeting(date=dt.date(2018, 6, 26)))
    assert (found.due.date, found.due.meeting) == ("2018-07", "pb")


# ------------------------------------------------------------------ x5: posts with their area, joined owners, events

_AREA_PEOPLE = [
    Person(name="Olu Brandt", role="Assistant Director, Adult Services", abbrev="AD", attendance="present"),
    Person(name="Kit Varga", role="Assistant Director, Housing", abbrev=None, attendance="present"),
    Person(name="Rae Lindo", role="Head of Estates, OPCC", abbrev="HE", attendance="present"),
    Person(name="Ana Ruiz Delgado", role=None, abbrev=None, attendance="present"),
    Person(name="Bo Chen", role=None, abbrev=None, attendance="present"),
]


def _area_owners(text):
    return [(o.mention, o.name) for o in find_owners(text, _AREA_PEOPLE)]


def test_a_post_short_form_with_its_area_in_brackets_names_the_listed_holder():
    assert _area_owners("REF-4 – AD (Adult Services) to circulate the plan.") == [
        ("AD (Adult Services)", "Olu Brandt")
    ]


def test_a_post_listed_without_short_form_is_named_by_its_initials_and_area():
    assert _area_owners("The AD (Housing) to circulate the plan.") == [("The AD (Housing)", "Kit Varga")]


def test_an_organisation_after_the_comma_is_no_area_of_the_post():
    assert ("HE (OPCC)", "Rae Lindo") not in _area_owners("HE (OPCC) to circulate the plan.")


def test_an_owner_joined_by_and_to_a_lower_case_role_acts_too():
    found = _area_owners("The AD (Housing) and the tenant representative to draft a leaflet.")
    assert found == [("The AD (Housing)", "Kit Varga"), ("the tenant representative", None)]


def test_a_lower_case_role_alone_is_the_only_owner():
    assert _area_owners("Members asked the tenant representative to draft a leaflet.") == [
        ("the tenant representative", None)
    ]


def test_a_full_name_mention_runs_to_a_listed_three_word_name():
    assert _area_owners("@Ana Ruiz Delgado confirm the venue by Friday") == [
        ("@Ana Ruiz Delgado", "Ana Ruiz Delgado")
    ]


def test_a_full_name_mention_stops_at_two_words_when_three_are_not_listed():
    assert _area_owners("@Bo Chen Review the venue list") == [("@Bo Chen", "Bo Chen")]


@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "Officers to publish the costings before the Local Plan consultation closes.",
            "before the Local Plan consultation closes",
        ),
        (
            "The Registrar to update the form before the 2027/28 round opens.",
            "before the 2027/28 round opens",
        ),
    ],
)
def test_an_undated_event_named_with_capitals_or_its_year_is_a_due_point_with_no_date(text, mention):
    due = find_due(text, MAY_2018, None)
    assert (due.mention, due.date) == (mention, None)


def test_a_person_closing_something_is_no_event():
    assert find_due("The Clerk to minute it before the Chair closes the meeting.", MAY_2018, None) is None


def test_a_due_meeting_after_a_condition_and_a_second_task_is_the_actions():
    text = "The Treasurer to revise the forecast once the grant letter is received and take it to the March meeting."
    assert due(text) == ("2019-03", "meeting")


def test_a_second_participle_of_a_condition_keeps_the_condition():
    assert due("Publish the policy once it is drafted and approved by the Board in July.") is None


def test_before_next_season_is_a_due_point_with_no_month():
    found = find_due("The Estates Manager to check the roof gutters before next autumn.", MAY_2018, None)
    assert (found.mention, found.date, found.meeting) == ("before next autumn", None, None)


def test_before_next_season_term_is_not_read_as_the_season():
    found = find_due("The Head to set the timetable before next spring term.", MAY_2018, None)
    assert found is None or found.mention != "before next spring"


def test_a_tag_of_a_short_form_and_its_bracketed_remit_owns_a_passive_action():
    found = _actions(
        [
            "A revised staffing model for the control room to be brought to the June board.",
            "ACTION: DCC (Crime)",
        ],
        ["action", "other"],
        people=[],
    )
    assert [o.mention for o in found[0].owners] == ["DCC (Crime)"]


def test_a_tag_of_a_short_form_and_a_bracketed_lower_case_note_names_no_one():
    found = _actions(
        ["A revised staffing model to be brought to the June board.", "ACTION: DCC (tbc)"],
        ["action", "other"],
        people=[],
    )
    assert found[0].owners == []


def test_a_tag_abbreviating_one_owner_and_naming_the_other_keeps_the_sentences_wording():
    people = [
        Person(name="Ola Brandt", role="Deputy Head (Pastoral)", attendance="present"),
        Person(name="Tam Reyes", role="Head of History", attendance="present"),
    ]
    found = _actions(
        [
            "It was agreed that the Deputy Head (Pastoral) and the Head of History review the rewards policy.",
            "Action: DHP / Head of History",
        ],
        ["action", "other"],
        people=people,
    )
    assert [o.mention for o in found[0].owners] == ["the Deputy Head (Pastoral)", "the Head of History"]


def test_a_plural_post_tag_after_each_holder_keeps_the_sentences_wording():
    found = _actions(
        [
            "It was agreed that each Subject Leader would audit the reading lists by June.",
            "Action: Subject Leaders",
        ],
        ["action", "other"],
        people=[],
    )
    assert [o.mention for o in found[0].owners] == ["each Subject Leader"]


def test_a_plural_post_tag_after_a_single_holder_is_the_tags():
    found = _actions(
        [
            "It was agreed that the Subject Leader would audit the reading lists by June.",
            "Action: Subject Leaders",
        ],
        ["action", "other"],
        people=[],
    )
    assert [o.mention for o in found[0].owners] == ["Subject Leaders"]


def test_whoever_asks_that_a_body_receive_an_update_does_not_own_it():
    assert owners("The CC asked that the Board receive an update on the fleet review in June.") == []


def test_whoever_asks_that_someone_act_does_not_own_it_but_the_one_asked_does():
    assert owners("The CC asked that the PCC review the fleet policy.") == [("the PCC", "PCC")]


def test_a_whole_tab_row_after_a_row_is_the_logs_next_row_not_its_cells():
    found = _actions(
        ["21/01\tCanteen menu review\tBM\tNext meeting", "21/02\tSpring fair debrief\tHT\tWithin 3 weeks"],
        ["action", "action"],
        people=[],
    )
    assert [(a.text, a.due.mention) for a in found] == [
        ("Canteen menu review", "Next meeting"),
        ("Spring fair debrief", "Within 3 weeks"),
    ]


def test_a_due_cell_of_more_than_six_words_that_is_only_a_due_point_closes_the_row():
    from pipeline.extract import closing_due_cell

    assert closing_due_cell("By the end of the spring term")
    assert not closing_due_cell("Report the reading results by the end of the spring term")


def test_a_lone_first_name_before_the_due_cell_owns_the_row():
    found = _actions(
        ["Write up the on-call rota proposal\tOskar\tby 12 May\tIn progress"], ["action"], people=[]
    )
    assert [o.mention for o in found[0].owners] == ["Oskar"]


def test_a_capitalised_word_not_followed_by_a_due_cell_owns_nothing():
    found = _actions(["Check the alert thresholds\tGrafana\tOpen"], ["action"], people=[])
    assert found[0].owners == []


@pytest.mark.parametrize(
    "row, expected",
    [
        ("B4\tAgree the test plan\tSP\t12/11\tOpen – c/f to next Board", ("2023-12-12", "board")),
        ("B5\tRefresh the risk log\tKM\t14/11\tOpen – half done, now w/c 4 December", ("2023-12-04", None)),
        ("B6\tRefresh the risk log\tKM\t30/11\tOpen – c/f from October Board", ("2023-11-30", None)),
    ],
)
def test_a_status_note_moving_an_open_action_gives_its_due_point(row, expected):
    assert due_nov(row, NextMeeting(date=dt.date(2023, 12, 12))) == expected


def test_a_day_before_a_deadline_word_is_the_due_date():
    assert _due("Send the grant application to the trust before the 4 April deadline.") == (
        "before the 4 April deadline",
        "2022-04-04",
        None,
    )
    assert _due("Pay the stall fees by the 30 June closing date.")[1] == "2022-06-30"


def test_a_day_before_a_deadline_word_with_no_lead_is_not_a_due_point():
    assert _due("The 4 April deadline was missed by two schools.") is None


def test_the_next_meeting_of_a_named_panel_is_due_at_that_panel_with_no_date():
    assert _due(
        "The CFO to prepare the precept options for the Commissioner's report to the next Fire and Rescue Panel.",
        title="Strategic Governance Board",
    ) == ("to the next Fire and Rescue Panel", None, "fire and rescue panel")


def test_the_owners_next_regular_briefing_is_due_with_no_date():
    assert _due("The Mayor and Commissioner to settle the agenda at their next fortnightly briefing.") == (
        "at their next fortnightly briefing",
        None,
        "fortnightly briefing",
    )


def test_the_next_briefing_note_is_no_meeting():
    assert _due("Cover the new rota in the next weekly briefing note.") is None


def test_a_body_an_arranged_visit_goes_to_is_no_due_point():
    assert (
        _due("That the Scrutiny Officer arrange a visit by Members to the Riverside Tenants' Forum.") is None
    )
    assert _due("Officers to organise a site visit to the Harbour Board.") is None


def test_a_body_a_report_of_the_visit_goes_to_is_still_due():
    assert _due("Report the findings of the visit to the Tenants' Forum.") == (
        "to the Tenants' Forum",
        None,
        "tenants' forum",
    )


def test_a_tag_of_posts_each_with_a_bracketed_remit_names_each_post():
    found = _actions(
        [
            "The revised module handbooks are to be sent to the Registry by 1 March.",
            "ACTION: HoS (Music), HoS (FAH)",
        ],
        ["action", "other"],
        people=[],
    )
    assert [o.mention for o in found[0].owners] == ["HoS (Music)", "HoS (FAH)"]


def test_a_tag_listing_a_post_with_a_remit_and_a_topic_names_no_one_from_the_bracket():
    found = _actions(
        [
            "The revised module handbooks are to be sent to the Registry by 1 March.",
            "ACTION: HoS (Music), Handbooks",
        ],
        ["action", "other"],
        people=[],
    )
    assert "HoS (Music)" not in [o.mention for o in found[0].owners]


def test_a_titled_name_keeps_the_action_over_a_tag_naming_the_post_with_no_people_list():
    found = _actions(
        ["Dr Okafor to send the revised timetable to the Registry by 1 March.", "ACTION: HoS (Geography)"],
        ["action", "other"],
        people=[],
    )
    assert [o.mention for o in found[0].owners] == ["Dr Okafor"]


def test_an_unnamed_post_in_the_sentence_gives_way_to_the_tag_with_no_people_list():
    found = _actions(
        [
            "The programme team to send the revised timetable to the Registry by 1 March.",
            "ACTION: HoS (Geography)",
        ],
        ["action", "other"],
        people=[],
    )
    assert [o.mention for o in found[0].owners] == ["HoS (Geography)"]


def test_a_titled_name_gives_way_to_bare_initials_in_the_tag_with_no_people_list():
    found = _actions(
        ["Mrs Okafor to send the revised timetable to the Registry by 1 March.", "Action: JO"],
        ["action", "other"],
        people=[],
    )
    assert [o.mention for o in found[0].owners] == ["JO"]


def test_a_titled_name_keeps_the_action_over_a_tag_naming_an_office_in_full_with_no_people_list():
    found = _actions(
        [
            "Dr Okafor undertook to send the revised timetable to the Registry by 1 March.",
            "Action: Head of Geography",
        ],
        ["action", "other"],
        people=[],
    )
    assert [o.mention for o in found[0].owners] == ["Dr Okafor"]


def test_bold_action_label_before_handle_and_colon_names_the_owner():
    assert owners("**AI** @maria: write the upgrade notes by Friday") == [("@maria", "@maria")]
    assert owners("**Action:** @maria: tag the release candidate") == [("@maria", "@maria")]


def test_bold_label_word_that_is_no_action_label_names_no_handle_owner():
    assert owners("**Note** @maria: the release slipped a week") != [("@maria", "@maria")]


def test_body_a_report_is_requested_from_owns_it():
    text = "That a report on void turnaround times be requested from Northfield Housing for the June meeting."
    assert owners(text) == [("Northfield Housing", None)]


def test_report_requested_from_a_month_names_no_owner():
    assert owners("That monthly figures be requested from June onwards.") == []


def test_business_carried_forward_to_next_municipal_year_is_undated():
    d = find_due(
        "That the review of grass cutting be carried forward to the next municipal year.", MAY_2018, None
    )
    assert (d.mention, d.date, d.meeting) == ("to the next municipal year", None, None)


def test_body_met_in_the_next_municipal_year_is_not_read_as_the_year_alone():
    d = find_due("The Clerk to bring the update to the Panel in the next municipal year.", MAY_2018, None)
    assert d is None or d.mention != "in the next municipal year"


def test_consent_requested_from_a_body_is_not_its_task():
    assert owners("An extension for the two late audits is to be requested from the Regulator.") == []


def test_a_tag_naming_a_post_with_its_remit_in_brackets_keeps_the_sentences_wording():
    found = _actions(
        ["The Director of Studies for Music to review the timetable.", "Action: Director of Studies (Music)"],
        ["action", "other"],
        people=[],
    )
    assert [o.mention for o in found[0].owners] == ["The Director of Studies for Music"]


def test_a_tag_naming_the_same_post_for_another_remit_replaces_the_sentences_owner():
    found = _actions(
        ["The Director of Studies for Music to review the timetable.", "Action: Director of Studies (Law)"],
        ["action", "other"],
        people=[],
    )
    assert [o.mention for o in found[0].owners] == ["Director of Studies (Law)"]


def test_a_scheduled_entry_worded_with_a_preposition_keeps_it_out_of_the_kind():
    text = "Allotment waiting lists review (Head of Parks) – to the September meeting;"
    assert due(text) == ("2018-09", "meeting")
    # a bare cell after the dash is read as before
    assert due("Allotment waiting lists review (Head of Parks) – September meeting;") == (
        "2018-09",
        "meeting",
    )


def test_a_body_in_another_clause_of_a_lettered_resolution_does_not_refine_the_meeting():
    text = (
        "RESOLVED that (a) the update be noted; (b) the Head of Parks be asked to report on the allotment waiting "
        "list to the September meeting; and (c) the Committee's thanks be passed on to the Executive."
    )
    assert due(text) == ("2018-09", "meeting")
    # a body in the due point's own clause still names the meeting
    assert due("RESOLVED that the Head of Parks take the review to Cabinet at the September meeting.") == (
        "2018-09",
        "cabinet",
    )


def test_a_month_after_a_past_verb_and_the_body_it_was_done_with_is_no_due_point():
    text = (
        "The Head of Parks said the plan had been discussed with the Allotment Forum in March and agreed to "
        "circulate the notes within two weeks."
    )
    assert _due(text) == ("within two weeks", None, None)
    text = "The Clerk said the fees were approved by the Finance Committee in April and would circulate them by 30 June."
    assert _due(text, MAY_2018) == ("by 30 June", "2018-06-30", None)
    # an action that goes to a body in a month is still due then
    assert due("The Clerk agreed to discuss the plan with the Allotment Forum in September.") == (
        "2018-09",
        "allotment forum",
    )


def test_a_body_receiving_future_reports_or_a_standing_presentation_is_no_due_point():
    assert (
        due(
            "Members asked the Head of Parks to show vacancies by site in future monthly reports to the Panel."
        )
        is None
    )
    assert (
        due(
            "It was agreed that the tenants' group would be invited to present to the Board at least once a year."
        )
        is None
    )
    assert due("The Treasurer to report the reserves position to the Committee annually.") is None
    # a one-off report to the body keeps its kind
    assert due("The Treasurer to report the reserves position to the Committee.") == (None, "committee")


def test_a_due_cell_whose_note_revises_it_is_due_at_the_revised_point():
    row = "QS18/04\tAudit of ward handover notes\tDoN\tJun 18 (now Sep 18)\tCarried forward"
    assert due(row) == ("2018-09", None)
    assert due("QS18/05\tRefresh of the falls prevention policy\tDoN\tJun-18 (revised Aug-18)\tAmber") == (
        "2018-08",
        None,
    )
    # a note that comments on the cell leaves its point alone
    assert due("QS18/06\tRefresh of the falls prevention policy\tDoN\tJul 18 (chased)\tOpen") == (
        "2018-07",
        None,
    )


def test_a_person_asked_after_a_line_break_owns_the_action():
    # the minutes keep a wrapped sentence's line breaks: "and\nasked" is still the later clause that names the owner
    text = "The PCC said the leaflet would be reprinted and\nasked the CC to brief the panel."
    assert owners(text) == [("the CC", "CC")]


def test_a_later_clause_after_a_line_break_names_its_listed_owner():
    text = "The leaflet would be reprinted in the spring and\nCllr Reddy will deliver it to the libraries."
    assert owners(text) == [("Cllr Reddy", "Tom Reddy")]


def test_a_body_whose_name_holds_and_before_a_sub_committee_is_one_owner():
    text = "The Audit and Assurance Sub-Committee was asked to review the fees and report back in June."
    assert owners(text) == [("The Audit and Assurance Sub-Committee", None)]
    assert owners("The Estates and Capital Subcommittee to review the fees.") == [
        ("The Estates and Capital Subcommittee", None)
    ]


def test_two_offices_joined_by_and_before_a_verb_stay_two_owners():
    assert owners("The Treasurer and Head of Estates to review the fees.") == [
        ("The Treasurer", None),
        ("Head of Estates", None),
    ]


def test_the_named_members_of_a_group_a_resolution_sets_up_own_its_task():
    text = "RESOLVED that a review panel of the PCC, the CC and Cllr Reddy visit the custody suites in June."
    assert owners(text) == [("the PCC", "PCC"), ("the CC", "CC"), ("Cllr Reddy", "Tom Reddy")]
    text = "It was agreed that a working group comprising Cllr Reddy and the Clerk would draft the bid."
    assert owners(text) == [
        ("Cllr Reddy", "Tom Reddy"),
        ("the Clerk", "Jane Smith"),
    ]


def test_a_group_of_unnamed_members_names_no_owner():
    assert owners("RESOLVED that a panel of residents review the scheme.") == []


def test_the_meetings_own_body_yields_to_the_officer_its_resolution_names():
    text = "RESOLVED that the Panel endorse the proposals in the report and that the ACC present the costed plan in July."
    assert owners(text) == [("the ACC", "ACC")]


def test_the_meetings_own_body_owns_a_resolution_that_names_no_one_else():
    assert owners("RESOLVED that the Panel write to the Home Secretary about the funding formula.") == [
        ("the Panel", None)
    ]


def test_another_body_named_in_full_keeps_its_clause_beside_an_officer():
    text = "RESOLVED that the Ethics Committee review the policy and that the ACC present the costed plan in July."
    assert owners(text) == [("the Ethics Committee", None), ("the ACC", "ACC")]


def test_an_owner_tag_line_whose_dash_cell_names_a_months_meeting_owns_the_passive_before_it():
    found = _actions(
        ["A revised rota is to be provided, broken down by station.", "Action: ACC – September meeting"],
        ["action", "other"],
    )
    assert [o.abbrev for o in found[0].owners] == ["ACC"]
    assert (found[0].due.date, found[0].due.meeting) == ("2018-09", "meeting")


def test_an_owner_tag_line_whose_dash_cell_is_an_aside_gives_no_due_point():
    found = _actions(
        ["A revised rota is to be provided, broken down by station.", "Action: ACC – Ethics Committee"],
        ["action", "other"],
    )
    assert found[0].due is None or found[0].due.date is None


def test_a_bodys_panel_named_after_of_is_not_a_list_of_members():
    assert owners("RESOLVED that the appointments panel of the Board interview the candidates.") == [
        ("the appointments panel", None)
    ]


def test_the_members_of_a_group_set_up_to_do_a_task_own_it():
    text = "RESOLVED that a panel comprising the ACC and Cllr Reddy be established to examine the complaints backlog."
    assert owners(text) == [("the ACC", "ACC"), ("Cllr Reddy", "Tom Reddy")]


def test_a_group_of_named_members_that_is_only_appointed_names_no_owner():
    assert owners("RESOLVED that a panel of the ACC and Cllr Reddy be appointed.") == []


def test_keyed_flat_row_reads_owner_initials_before_due_and_status():
    row = "HR/19/07/02 Audit the overtime claims for the depot\nstaff KW end of March Open"
    assert owners(row) == [("KW", None)]
    cells = table_cells(row)
    assert [row[s:e] for s, e in cells[1:]] == ["KW", "end of March", "Open"]


def test_keyed_flat_row_with_a_committee_reference_is_read():
    # a committee's reference ("FIN/22/41") is blanked before the owner rules run; the row is still keyed
    assert owners("FIN/22/41 Breakdown of agency spend\nby ward and month DoN March 2023") == [("DoN", None)]


def test_keyed_flat_row_owner_may_close_the_row():
    assert owners("Jan21-03 Refresh the asset register for the two libraries DoE") == [("DoE", None)]
    assert owners("7 Prepare the tender pack for the roof works GT the June FGB") == [("GT", None)]


def test_keyed_flat_row_due_cell_naming_a_meeting_is_not_the_owner():
    row = "QB/20/11/04 Benchmark the sickness figures HoHR May QB"
    assert owners(row) == [("HoHR", None)]


def test_keyed_flat_row_wrapped_inside_its_due_cell_keeps_the_whole_due():
    row = "4 Observe a phonics lesson in Year 1 KM End of\nsummer term"
    assert owners(row) == [("KM", None)]
    assert find_due(row, MAY_2018, None).mention == "End of summer term"


def test_keyed_flat_row_leaves_capitals_inside_the_task():
    # an object after "to the" and capitals followed by more task words are no owner cell
    assert table_cells("HR/19/07/03 Send the revised figures to the PCC") is None
    assert table_cells("HR/19/07/04 Ask ACC colleagues to review the plan") is None
    # a heading the row ran on into is no owner and due ("... from May" / "AOB and next meeting")
    assert (
        table_cells("B-14 Renew the fleet insurance (KW) – carried forward from May\nAOB and next meeting")
        is None
    )
    # a row with no key is not read so
    assert table_cells("Send the revised figures KW end of March Open") is None


def test_unresolved_subject_pronoun_owns_the_action_as_written():
    found = _actions(
        ["The Committee discussed void properties.", "She undertook to send members the list of addresses."],
        ["finding", "action"],
    )
    assert [o.mention for o in found[0].owners] == ["She"]
    found = _actions(["I will send the working group the review comments."], ["action"])
    assert [o.mention for o in found[0].owners] == ["I"]
    # "I" is the speaker, not the one person the sentence before names
    found = _actions(
        ["Councillor Reddy raised the bins.", "I will ask the contractor."], ["finding", "action"]
    )
    assert [(o.mention, o.name) for o in found[0].owners] == [("I", None)]


def test_subject_pronoun_still_resolves_to_the_one_person_named_before():
    found = _actions(
        [
            "Councillor Reddy asked about void properties.",
            "He undertook to send members the list of addresses.",
        ],
        ["finding", "action"],
    )
    assert [o.name for o in found[0].owners] == ["Tom Reddy"]
    # a pronoun that is not the subject names no owner
    found = _actions(["The list will be sent to her by the Clerk's office."], ["action"])
    assert [o.mention for o in found[0].owners] != ["her"]


TAG_PEOPLE = [
    Person(name="Rhea Okonjo", role="Chief Operating Officer", abbrev="COO", attendance="present"),
    Person(name="Idris Vane", role="Director of Nursing", abbrev="DoN", attendance="present"),
    Person(name="Lena Prost", role="Medical Director", abbrev="MD", attendance="present"),
    Person(name="Olu Brandt", role="Chief Information Officer", abbrev="CIO", attendance="present"),
    Person(name="Dana Ruiz", role="Delivery Manager", abbrev="DR", attendance="present"),
]


def tag_owners(text):
    return [o.mention for o in find_owners(text, TAG_PEOPLE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Action 19/044 (COO), from the March meeting: present the staffing model to the board.", ["COO"]),
        (
            "Action 20/011 (DoN/MD), carried forward from the June meeting: agree the review process.",
            ["DoN", "MD"],
        ),
        ("B3-07 (CIO), carried forward from Meeting 3 in May: complete the supplier assessment.", ["CIO"]),
    ],
)
def test_an_origin_between_the_tag_bracket_and_the_colon_keeps_the_bracket_owners(text, expected):
    assert tag_owners(text) == expected


def test_a_comma_clause_after_a_tag_bracket_that_is_not_an_origin_reads_no_owner():
    # negative case: only "from <meeting>" is skipped; other words after the bracket leave the tag unread
    assert tag_owners("B3-07 (CIO), subject to funding: the supplier assessment was noted.") != ["CIO"]


def test_the_month_of_the_setting_meeting_before_an_action_point_keeps_its_owner_and_due_bracket():
    assert tag_owners("June AP4 (CIO, 12 July): confirm the test window with the hosting supplier") == ["CIO"]


@pytest.mark.parametrize(
    "text",
    [
        "c/f from 04/02 SteerCo: DR – confirm the licence count with procurement – end of April",
        "Carried over from the May meeting: DR – confirm the licence count with procurement",
    ],
)
def test_a_carried_forward_lead_marks_the_owner_before_a_dash(text):
    assert tag_owners(text) == ["DR"]


def test_a_carried_over_action_label_in_brackets_before_a_handle_and_a_dash():
    text = "Action (carried over from 3 March): @maria — rerun the nightly benchmark and post the figures"
    assert [o.mention for o in find_owners(text, PEOPLE)] == ["@maria"]


def test_a_dash_after_a_capitalised_heading_without_a_lead_names_no_owner():
    # negative case: without a label or a carried-forward lead the dash may be a heading's
    assert tag_owners("Budget Review – confirm the figures with the auditors") == []


def test_pronoun_subject_of_agreed_to_is_not_replaced_by_a_capitalised_object_before_to():
    # "She agreed to circulate the revised SOP| to members": the SOP is the object, not a new subject; the pronoun is
    # left for the sentences around to resolve
    assert tag_owners("She agreed to circulate the revised visiting SOP to members by the end of May.") == []
    assert tag_owners("He undertook to send the updated KPI pack to governors.") == []


def test_an_object_named_before_to_after_a_named_subject_keeps_the_subject():
    # negative case: a named subject still owns the action
    assert tag_owners("The COO agreed to circulate the revised SOP to members.") == ["The COO"]


def test_a_pronoun_inside_a_reported_clause_still_leaves_the_owner_to_the_opening_phrase():
    # negative case for the opening pronoun: "The Bursar said that ... and that she would ..." keeps the Bursar
    text = "The Bursar said that the quote had not arrived and that she would chase the supplier this week."
    assert tag_owners(text) == ["The Bursar"]


def test_the_bracket_due_of_a_point_carried_from_an_earlier_months_meeting_gives_way_to_the_revised_date():
    spans = [
        SentenceSpan(
            id=0,
            item="3",
            start=0,
            end=10,
            text="June AP4 (CIO, 12 July): confirm the test window – still open, revised date of 20 September.",
        )
    ]
    labels = [Classified(label="action", confidence=1.0)]
    (action,) = extract_actions(
        spans, labels, people=TAG_PEOPLE, meeting_date=dt.date(2023, 8, 14), next_meeting=None
    )
    assert [o.mention for o in action.owners] == ["CIO"]
    assert action.due is not None and action.due.date == "2023-09-20"


def _due_of_last(texts, meeting_date=dt.date(2023, 3, 6)):
    labels = ["finding"] * (len(texts) - 1) + ["action"]
    due = _actions(texts, labels, meeting_date=meeting_date)[-1].due
    return (due.mention, due.date) if due else None


def test_event_a_task_waits_for_takes_the_day_the_minutes_give_it():
    texts = [
        "The spring hackathon will take place in the Old Library on 22 April 2023.",
        "The Clerk to book the caterers before the spring hackathon.",
    ]
    assert _due_of_last(texts) == ("before the spring hackathon", "2023-04-22")


def test_event_stated_as_a_span_of_days_is_due_by_its_first_day():
    texts = ["The summit is on 11-12 May 2023 in Leeds.", "Priya to draft the keynote before the summit."]
    assert _due_of_last(texts) == ("before the summit", "2023-05-11")


def test_event_named_by_its_kind_of_meeting_keeps_the_word_before():
    texts = [
        "The sign-off meeting is on Thursday 2023-03-23.",
        "ACTION: tkovacs to finish the audit before the sign-off meeting",
    ]
    assert _due_of_last(texts)[1] == "2023-03-23"


def test_event_with_no_due_point_read_is_dated_when_named_by_the_or_a_capital():
    texts = [
        "Freshers Fair runs on 18 September 2023.",
        "The stand rota to be finalised before Freshers Fair.",
    ]
    assert _due_of_last(texts, dt.date(2023, 9, 4)) == ("before Freshers Fair", "2023-09-18")


def test_event_dated_only_in_the_past_or_on_two_days_stays_undated():
    past = ["The last audit was on 3 February 2023.", "Jo to file the evidence before the audit."]
    assert _due_of_last(past)[1] is None
    twice = [
        "The workshop is on 4 April 2023 and a second workshop on 9 May 2023.",
        "Jo to send the slides before the workshop.",
    ]
    assert _due_of_last(twice)[1] is None


def test_a_clause_after_before_is_no_event_to_date():
    texts = ["The system goes live on 1 April 2023.", "Jo to train the team before it goes live."]
    assert _due_of_last(texts) is None or _due_of_last(texts)[1] is None


def test_a_longer_name_opening_with_the_event_word_does_not_date_it():
    texts = [
        "The Cabinet Member for Parks spoke on 20 March 2023.",
        "Officers to brief members before Cabinet.",
    ]
    assert _due_of_last(texts) is None or _due_of_last(texts)[1] is None


def test_body_an_arranged_session_is_for_is_its_audience_not_a_due_meeting():
    assert (
        find_due(
            "The CEx to arrange a briefing session for the Police and Crime Panel on the plan.",
            MAY_2018,
            None,
        )
        is None
    )
    kept = find_due("The Clerk to prepare a report for the Planning Committee.", MAY_2018, None)
    assert kept is not None and kept.meeting == "planning committee"


def test_meeting_in_a_condition_moving_another_item_is_not_the_actions_own():
    text = (
        "RESOLVED – (1) That the work programme be approved, subject to the libraries item being moved to the "
        "October 2018 meeting; (2) That a review of allotments be added for the December 2018 meeting."
    )
    assert find_due(text, MAY_2018, None).date == "2018-12"
    alone = "That the work programme be approved, subject to the libraries item being moved to the October meeting."
    assert find_due(alone, MAY_2018, None).date == "2018-10"


def test_event_dated_beyond_half_a_year_or_lacking_a_word_of_its_name_stays_undated():
    far = [
        "The diocesan inspection is on 14 February 2024.",
        "The Head to update the SEF before the inspection.",
    ]
    assert _due_of_last(far)[1] is None
    other = [
        "The spring exam board is on 20 March 2023.",
        "Tutors to confirm marks before the summer exam board.",
    ]
    assert _due_of_last(other)[1] is None


def test_a_recurring_or_bare_body_is_no_event_to_date():
    texts = [
        "The Board next meets on 20 April 2023.",
        "Figures to be reported at every Board until they recover.",
    ]
    assert _due_of_last(texts) is None or _due_of_last(texts)[1] is None


def test_go_live_stays_undated_as_the_corpus_labels_it():
    texts = ["Go-live remains planned for 17 April 2023.", "Training to be completed before go-live."]
    assert _due_of_last(texts) is None or _due_of_last(texts)[1] is None


SHARED_BOARD = [
    Person(name="Olwen Pryde", role="Chief Finance Officer, Harrowfield Police", attendance="present"),
    Person(name="Bram Tulley", role="Chief Finance Officer, Harrowfield Fire", attendance="present"),
    Person(name="Nia Castell", role="Assistant Chief Constable", abbrev="ACC", attendance="present"),
    Person(name="Dev Ramsay", role="Station Manager", attendance="present"),
]


def test_a_short_post_with_its_body_in_brackets_owns_the_sentence_and_resolves_to_its_holder():
    found = find_owners(
        "CFO (Fire) to circulate the revised capital programme before the summer recess.", SHARED_BOARD
    )
    assert [(o.mention, o.name) for o in found] == [("CFO (Fire)", "Bram Tulley")]


def test_a_short_post_with_its_body_in_brackets_in_a_lead_cell_owns_the_row():
    row = "HB 25/07.2\tRevised capital programme for the fleet\tCFO (Police)\tOctober Board"
    assert [(o.mention, o.name) for o in find_owners(row, SHARED_BOARD)] == [("CFO (Police)", "Olwen Pryde")]


def test_initials_with_an_organisation_in_brackets_abbreviating_no_listed_post_stay_no_post():
    from pipeline.extract import qualified_post_holders, qualified_post_owner

    assert (
        len(qualified_post_holders("CFO (Harrowfield)", SHARED_BOARD)) == 2
    )  # the post, but no single holder
    assert qualified_post_owner("CFO (Harrowfield)", "CFO (Harrowfield)", SHARED_BOARD) is None
    assert qualified_post_holders("MN (Velora)", SHARED_BOARD) is None
    assert qualified_post_holders("ACC (Ops)", SHARED_BOARD) is None  # a listed person's own short form


def test_a_lead_cell_joining_a_post_and_a_rank_with_a_surname_names_both():
    row = "HB 25/08.1\tJoint water-rescue exercise with the river patrol\tACC / SM Ramsay\tEnd of June"
    assert [o.mention for o in find_owners(row, SHARED_BOARD)] == ["ACC", "SM Ramsay"]


def test_a_joined_cell_of_a_post_and_an_office_written_out_is_left_to_the_sentence():
    from pipeline.extract import joined_owner_cells

    assert joined_owner_cells("ACC / SM Ramsay")
    assert not joined_owner_cells("ADE / HoS Nursing and Midwifery")
    assert not joined_owner_cells("ACC / Estates and Facilities")


def test_a_deadline_word_before_a_dated_meeting_cell_is_no_part_of_its_kind():
    from pipeline.extract import _table_cell_due

    found = _table_cell_due("Before Cabinet 14/10/25", dt.date(2025, 9, 2), None)
    assert (found.date, found.meeting) == ("2025-10-14", "cabinet")
    found = _table_cell_due("Panel 14/10/25", dt.date(2025, 9, 2), None)
    assert (found.date, found.meeting) == ("2025-10-14", "panel")


def _due_on(text, meeting_date, financial=False):
    found = find_due(text, meeting_date, None, financial_quarters=financial)
    return (found.mention, found.date) if found else None


def test_quarter_of_a_two_digit_financial_year_is_counted_from_april():
    # "FY26/27" is the financial year 2026/27, as "Q2 2026/27" is: Q2 ends in September 2026, Q4 in March 2027
    assert _due_on("Action: RB to publish the savings plan by end of Q2 FY26/27.", dt.date(2026, 5, 4)) == (
        "by end of Q2 FY26/27",
        "2026-09",
    )
    assert _due_on("Action: RB to close the ledger by Q4 FY 26/27.", dt.date(2026, 5, 4))[1] == "2027-03"


def test_quarter_with_a_calendar_year_is_unchanged():
    assert _due_on("Action: RB to publish the savings plan by Q2 2026.", dt.date(2026, 5, 4))[1] == "2026-06"


def test_abbreviated_week_number_is_the_month_of_that_iso_week():
    # ISO week 23 of 2026 runs from 1 to 7 June
    assert _due_on("Action: DP to send the rota to store leads by wk 23.", dt.date(2026, 3, 12)) == (
        "by wk 23",
        "2026-06",
    )


def test_spelt_out_week_number_without_an_anchor_stays_undated():
    # "by week 6" is a teaching week of a term that the minutes do not date, as the corpus labels it
    found = find_due("Action: DP to circulate the module briefs by week 6.", dt.date(2026, 3, 12), None)
    assert found is not None and found.date is None


def test_week_numbers_follow_the_weeks_the_minutes_date():
    # a retailer's week 9 that starts on 2 June: week 12 is the week of 23 June, not ISO week 12 (March)
    found = _actions(
        [
            "The depot audit falls in wk 9 (w/c 2 June) and will not affect deliveries.",
            "Action: PH to agree the summer rota with the depot by wk 12.",
        ],
        ["finding", "action"],
        meeting_date=dt.date(2026, 5, 20),
    )
    assert (found[0].due.mention, found[0].due.date) == ("by wk 12", "2026-06")


def test_week_numbers_without_a_dated_week_are_iso_weeks():
    found = _actions(
        ["Action: PH to agree the summer rota with the depot by wk 12."],
        ["action"],
        meeting_date=dt.date(2026, 1, 20),
    )
    assert found[0].due.date == "2026-03"


def test_month_of_an_overdue_action_row_is_the_one_just_gone():
    row = "| 7.2 | Refresh the falls audit tool | HoN | February | Open – overdue |"
    assert _due_on(row, dt.date(2026, 7, 9)) == ("February", "2026-02")


def test_month_of_an_open_action_row_is_still_the_next_one():
    row = "| 7.2 | Refresh the falls audit tool | HoN | February | Open |"
    assert _due_on(row, dt.date(2026, 7, 9)) == ("February", "2027-02")


def test_overdue_row_with_a_written_year_keeps_it():
    row = "| 7.2 | Refresh the falls audit tool | HoN | February 2027 | Overdue |"
    assert _due_on(row, dt.date(2026, 7, 9))[1] == "2027-02"


def test_office_initials_after_the_as_passive_agent_own_the_action():
    people = [Person(name="Ann Lee", role="Finance Director", abbrev="AL", attendance="present")]
    owners = find_owners("The risk log is to be refreshed by the PMO before the next review.", people)
    assert [o.mention for o in owners] == ["the PMO"]
    # initials without the article name a thing, not who acts
    assert find_owners("The paper form is to be replaced by DCO sign-off.", people) == []


def test_listed_person_who_confirmed_that_a_thing_would_be_done_owns_it():
    people = [Person(name="Ravi Shah", role="Head of Estates", abbrev="HoE", attendance="present")]
    owners = find_owners(
        "The HoE confirmed that a revised fire plan would be sent to the auditors by 3 May.", people
    )
    assert [o.name for o in owners] == ["Ravi Shah"]
    # a passive with its own agent keeps that agent
    owners = find_owners("The HoE confirmed that the plan would be circulated by the Clerk.", people)
    assert [o.mention for o in owners] == ["the Clerk"]
    # a passive in a later clause is not what the person confirmed
    text = "The HoE confirmed that it had not, and it was agreed that the plan would be sent to the auditors."
    assert find_owners(text, people) == []
    # a group that confirms names no owner
    assert (
        find_owners("Members confirmed that a revised fire plan would be sent to the auditors.", people) == []
    )


def test_subject_who_will_act_after_a_reported_clause_owns_the_action():
    owners = find_owners(
        "Response: The Head agreed that it was, and will brief staff at the next INSET day.", []
    )
    assert [o.mention for o in owners] == ["The Head"]
    # without the comma the reported clause's own subject acts: unchanged
    owners = find_owners("The Head said that the Bursar would check it and will report back.", [])
    assert "The Head" not in [o.mention for o in owners]


def test_one_who_requests_a_thing_does_not_own_it():
    assert owners("The Treasurer requested a note on the cost of the new roof before the autumn.") == []
    assert owners("The Vice Chair asked that future minutes list apologies separately.") == []


def test_one_who_asks_a_question_still_acts_and_one_requested_of_owns_it():
    assert owners("The Chair asked questions to clarify the costs.") == [("The Chair", None)]
    assert owners("The Board requested that the Clerk circulate the terms of reference.") == [
        ("the Clerk", "Jane Smith")
    ]


def test_named_qualifier_of_a_thing_with_its_tail_is_not_the_subject_of_a_passive():
    assert owners("It was agreed that the Ofsted findings on attendance would be shared with staff.") == []
    assert (
        owners("It was agreed that the Audit feedback and the School's reply would be sent to the Trust.")
        == []
    )
    # a person who acts is still the subject: nothing passive follows the phrase
    assert owners("It was agreed that the Clerk would send the audit findings to the Trust.") == [
        ("the Clerk", "Jane Smith")
    ]


def test_a_noun_in_ments_is_a_thing_not_a_group():
    assert owners("That the amendments of the Panel be forwarded to Council on 3 March.") == []
    assert owners("The two departments to agree a shared rota by June.") == [("The two departments", None)]


def test_people_after_for_in_a_thing_before_a_modal_do_not_act():
    assert owners("It was agreed that the appeal for helpers would be posted on the noticeboard.") == []
    # before an infinitive the people after "for" are its subject
    assert owners("The action from the last meeting for trustees to review the lease remains open.") == [
        ("trustees", None)
    ]


WIDENED_TAG_PEOPLE = [
    Person(name="Oskar Lindqvist", role="Chair", attendance="present"),
    Person(name="Marta Quinlan", role="Treasurer", attendance="present"),
    Person(name="Gwen Hollis", role="Secretary", attendance="present"),
    Person(name="Éloïse Dumont", role="Head of Facilities", abbrev="HoF", attendance="present"),
    Person(name="Ravi Chand", role="Director of Finance", abbrev="DoF", attendance="present"),
    Person(name="Petra Nolan", role="Chief Finance Officer (Fire)", attendance="present"),
    Person(name="Iain Becker", role="Chief Executive", abbrev="CEx", attendance="present"),
]


def widened_tag_owners(text):
    return [o.name or o.mention for o in find_owners(text, WIDENED_TAG_PEOPLE)]


def test_two_first_names_joined_by_and_after_an_action_label_both_own_it():
    assert widened_tag_owners("AI: Oskar and Marta – draft the sponsorship letter by Friday.") == [
        "Oskar Lindqvist",
        "Marta Quinlan",
    ]
    # a word that is no listed person's name keeps the line to the other rules: "and" inside the task is the task's
    assert widened_tag_owners("AI: docs and tests – tidy the release branch before the freeze.") == []


def test_two_sets_of_initials_joined_by_and_in_a_closing_bracket_both_own_it():
    assert widened_tag_owners("Repaint the scorers' hut and the nets (OL and GH)") == [
        "Oskar Lindqvist",
        "Gwen Hollis",
    ]
    # "and" in the task, before a bracket of one owner, joins no owners
    assert widened_tag_owners("Order the kit and the balls (MQ)") == ["Marta Quinlan"]


def test_an_accented_full_name_after_an_owner_label_owns_the_row():
    text = "[B-04] Owner: Éloïse Dumont – Due: 12 May 2025 – Replace the lift controller in block C."
    assert widened_tag_owners(text) == ["Éloïse Dumont"]


def test_an_unlisted_post_short_form_before_the_colon_of_a_ticked_task_line_owns_it():
    assert widened_tag_owners("[ ] SENCo: review the provision map before the spring census.") == ["SENCo"]
    # capitals alone may be a topic or a note, and with no task box the colon may be a speaker's
    assert widened_tag_owners("[ ] AGM: book the hall for the evening.") == []
    assert widened_tag_owners("SENCo: review the provision map before the spring census.") == []


def test_a_short_form_owner_row_with_a_two_word_task_and_a_due_cell():
    assert widened_tag_owners("DoF – updated reserves – November") == ["Ravi Chand"]
    # two words between dashes with no due point after them are an aside, not a row
    assert widened_tag_owners("DoF – not present – apologies received") == []


def test_an_office_in_full_joined_to_a_short_form_in_a_row_owner_cell():
    text = "RB/24/02/03 – Chief Finance Officer (Fire) / CEx – Report on the fleet replacement costs – Q2"
    assert widened_tag_owners(text) == ["Petra Nolan", "Iain Becker"]
    # a post and its area joined by "and" stays one cell the sentence reads whole, not two offices
    assert (
        widened_tag_owners("RB/24/02/04 – Finance and Resources Committee – Report on the fleet costs – Q2")
        == []
    )
