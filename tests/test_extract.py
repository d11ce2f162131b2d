"""Owners, due points and origins of actions."""

import datetime as dt

import pytest

from pipeline.extract import extract_actions, find_due, find_origin, find_owners
from pipeline.schema import Classified, NextMeeting, Person, SentenceSpan

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
        ("Bring back to the June HTA with a clear timescale.", ("2018-06", "holding to account meeting")),
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
        ("The SENDCo to attend the first FGB of the autumn term.", (None, "full governing body")),
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


def test_the_board_of_these_minutes_takes_the_meetings_title():
    d = find_due(
        "It was agreed that the paper would come to the Board in April.",
        MAY_2018,
        None,
        "Performance and Accountability Board",
    )
    assert (d.date, d.meeting) == ("2019-04", "performance and accountability board")


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
