"""Header parsing: meeting facts, people in every layout, abbreviations, next meeting."""

import datetime as dt

import pytest

from pipeline.header import find_abbreviations, find_date, find_next_meeting, find_time, parse_header
from pipeline.segment import segment_items


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tuesday 29 May 2018 @ 10:30", "2018-05-29"),
        ("14th March 2024", "2024-03-14"),
        ("2024-03-14", "2024-03-14"),
        ("Thursday, 16th November, 2017 10.30 am", "2017-11-16"),
        ("March 5, 2023", "2023-03-05"),
        ("05/04/2022", "2022-04-05"),
    ],
)
def test_dates_in_common_forms(text, expected):
    assert find_date(text)[0].isoformat() == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("@ 10:30", "10:30"),
        ("at 7pm", "19:00"),
        ("10.30 am", "10:30"),
        ("19:00", "19:00"),
        ("2.15 p.m.", "14:15"),
    ],
)
def test_start_times_become_24_hour_clock(text, expected):
    assert find_time(text) == expected


SEED_HEADER = (
    "Monthly Assurance Meeting May 2018 \u2013 Meeting Notes\n"
    "- Date: Tuesday 29 May 2018 @ 10:30\n- Chair: John Campion\n"
    "- Minutes: Jackie Irvin, Policy Officer, OPCC\n- Venue Meeting Room 1.38 Hindlip\n"
    "\tName:\tCapacity:\n"
    "Attendance:\tJohn Campion\tPolice and Crime Commissioner (PCC)\n"
    "\tAnthony Bangham\tChief Constable (CC)\n"
    "Apologies:\tTracey Onslow Amanda Blakeman\tDeputy Police and Crime Commissioner (DPCC) Deputy Chief Constable (DCC)\n"
    "\n1.1 OUTSTANDING MATTERS\nNone.\n"
)


def test_seed_style_header_fields():
    head = parse_header(SEED_HEADER, SEED_HEADER.index("1.1"))
    m = head.meeting
    assert (m.title, m.date, m.start_time) == ("Monthly Assurance Meeting", dt.date(2018, 5, 29), "10:30")
    assert (m.chair, m.minute_taker, m.venue) == ("John Campion", "Jackie Irvin", "Meeting Room 1.38 Hindlip")


def test_tab_table_rows_and_continuation_rows_are_people():
    head = parse_header(SEED_HEADER, SEED_HEADER.index("1.1"))
    present = [(p.name, p.abbrev) for p in head.people if p.attendance == "present"]
    assert present == [("John Campion", "PCC"), ("Anthony Bangham", "CC")]


def test_merged_row_with_two_names_and_two_roles_becomes_two_people():
    head = parse_header(SEED_HEADER, SEED_HEADER.index("1.1"))
    apologies = [(p.name, p.role, p.abbrev) for p in head.people if p.attendance == "apologies"]
    assert apologies == [
        ("Tracey Onslow", "Deputy Police and Crime Commissioner", "DPCC"),
        ("Amanda Blakeman", "Deputy Chief Constable", "DCC"),
    ]


COUNCIL_HEADER = (
    "Harbourside Town Council - Finance and Resources Committee\n"
    "Minutes of the meeting held on Thursday 14 March 2024 at 19:00, Council Chamber, Harbour House\n\n"
    "Present: Cllr Maria Okafor (Chair), Cllr Tom Reddy, Cllr Priya Nandra\n"
    "In attendance: Dan Whitlow, Town Clerk (TC); Hannah Lee, Responsible Finance Officer (RFO)\n"
    "Apologies: Cllr Ben Carver\n\n1. MINUTES\nApproved.\n"
)


def test_council_style_header_with_body_title_and_venue_after_the_time():
    m = parse_header(COUNCIL_HEADER, COUNCIL_HEADER.index("1. MINUTES")).meeting
    assert (m.body, m.title) == ("Harbourside Town Council", "Finance and Resources Committee")
    assert (m.date, m.start_time, m.venue) == (
        dt.date(2024, 3, 14),
        "19:00",
        "Council Chamber, Harbour House",
    )


def test_chair_marked_in_the_present_list_and_honorific_gives_the_role():
    head = parse_header(COUNCIL_HEADER, COUNCIL_HEADER.index("1. MINUTES"))
    assert head.meeting.chair == "Maria Okafor"
    assert head.people[0].role == "Councillor"


def test_semicolon_list_of_name_role_abbreviation():
    head = parse_header(COUNCIL_HEADER, COUNCIL_HEADER.index("1. MINUTES"))
    staff = [(p.name, p.role, p.abbrev) for p in head.people if p.attendance == "in_attendance"]
    assert staff == [
        ("Dan Whitlow", "Town Clerk", "TC"),
        ("Hannah Lee", "Responsible Finance Officer", "RFO"),
    ]
    assert [p.name for p in head.people if p.attendance == "apologies"] == ["Ben Carver"]


def test_one_person_per_line_with_initials_in_brackets():
    text = (
        "Board meeting\nDate: 3 June 2024\nPresent:\nDr Sarah Khan (SK)\nJohn Smith (JS)\n\n1. Welcome\nHi.\n"
    )
    head = parse_header(text, text.index("1. Welcome"))
    assert [(p.name, p.abbrev) for p in head.people] == [("Sarah Khan", "SK"), ("John Smith", "JS")]


def test_abbreviations_defined_in_brackets_anywhere():
    found = find_abbreviations(
        "The ACC tasked the Chief Superintendents (Ch Supts) and the Police and Crime Commissioner (PCC)."
    )
    assert found["Ch Supts"] == "Chief Superintendents"
    assert found["PCC"] == "Police and Crime Commissioner"


def test_next_meeting_from_the_closing_item():
    text = (
        "Title\nDate: 29 May 2018\n\n5. AOB\nNone\n6. CONFIRMATION OF NEXT MEETING TYPE / DATE / TIME / VENUE:\n"
        "Streamed public facing meeting\nTuesday 26 June 2018, Lecture Theatre, Hindlip\n"
    )
    items = segment_items(text)
    nm = find_next_meeting(text, items, dt.date(2018, 5, 29))
    assert (nm.date, nm.venue, nm.kind) == (
        dt.date(2018, 6, 26),
        "Lecture Theatre, Hindlip",
        "Streamed public facing meeting",
    )


def test_next_meeting_from_a_line_anywhere():
    text = (
        "Title\n\n1. Close\nThe next meeting will be held on 11 April 2024 at 19:00 in the Council Chamber.\n"
    )
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 3, 14))
    assert (nm.date, nm.start_time) == (dt.date(2024, 4, 11), "19:00")


def test_one_person_per_line_keeps_commas_inside_the_role():
    text = (
        "Board\nDate: 14 October 2021\nPresent:\nDr Ruth Abernethy, Clinical Chair, Stowbridge CCG\n"
        "Superintendent Karl Dobson, Stowbridge Police\n\n1. Welcome\nHi.\n"
    )
    head = parse_header(text, text.index("1. Welcome"))
    assert [(p.name, p.role) for p in head.people] == [
        ("Ruth Abernethy", "Clinical Chair, Stowbridge CCG"),
        ("Karl Dobson", "Superintendent, Stowbridge Police"),
    ]


def test_name_initials_then_role_and_chair_from_the_role():
    text = "Trust Board\nDate: 2 May 2024\nPresent:\nMargaret Ellwood (ME), Chair\nDr Sarah Khan (SK), Chief Executive\n\n1. Welcome\n"
    head = parse_header(text, text.index("1. Welcome"))
    assert head.meeting.chair == "Margaret Ellwood"
    assert [(p.name, p.abbrev) for p in head.people] == [("Margaret Ellwood", "ME"), ("Sarah Khan", "SK")]


def test_markdown_bold_labels_and_handles_resolve_to_people():
    text = (
        "# Steering Committee meeting\n\n**Date:** Wed 12 Jun 2024, 16:00 UTC\n**Where:** Jitsi\n**Chair:** @maria\n\n"
        "**Attendees:** Maria Santos (@maria), Kwame Asante (@kwame)\n**Regrets:** Tomasz Wójcik (@tomaszw)\n"
        "**Guest:** Ana Ferreira (@anaf), security researcher\n\n## 1. Agenda\n"
    )
    head = parse_header(text, text.index("## 1."))
    assert (head.meeting.chair, head.meeting.venue) == ("Maria Santos", "Jitsi")
    assert [(p.name, p.attendance) for p in head.people][-2:] == [
        ("Tomasz Wójcik", "apologies"),
        ("Ana Ferreira", "in_attendance"),
    ]


def test_clerk_line_adds_the_clerk_as_in_attendance():
    text = "Parish Council\nDate: 12 September 2019\nPresent:\nCllr Helen Marsh (Chairman)\nClerk: Mr Owen Bright\n\n1. Hi\n"
    head = parse_header(text, text.index("1. Hi"))
    assert head.meeting.minute_taker == "Owen Bright"
    assert ("Owen Bright", "Clerk", "in_attendance") in [(p.name, p.role, p.attendance) for p in head.people]


def test_apologies_recorded_only_in_the_text_are_people():
    text = "Council\nDate: 8 April 2024\nPresent: Cllr Ann Lee (Chair)\n\n1. APOLOGIES\nApologies were received from Cllr Ian Hurst (work).\n"
    head = parse_header(text, text.index("1. APOLOGIES"))
    assert ("Ian Hurst", "apologies") in [(p.name, p.attendance) for p in head.people]


def test_count_of_members_of_the_public_is_not_a_person():
    text = "Council\nDate: 8 April 2024\nAlso present: District Cllr Nadia Farooq and four members of the public\n\n1. Hi\n"
    head = parse_header(text, text.index("1. Hi"))
    assert [(p.name, p.role, p.attendance) for p in head.people] == [
        ("Nadia Farooq", "District Councillor", "in_attendance")
    ]


@pytest.mark.parametrize(
    "line, venue",
    [
        ("Wed 13 Mar 2024, 6pm, School Library", "School Library"),
        ("Trustees' meeting – Wed 16 June 2021, 7pm (Zoom)", "Zoom"),
        ("Wed 11 Sept 2024, 7.45pm – upstairs at the Fox & Hounds", "upstairs at the Fox & Hounds"),
    ],
)
def test_venue_after_the_date_and_time(line, venue):
    text = f"Club\n{line}\n\n1. Hi\n"
    assert parse_header(text, text.index("1. Hi")).meeting.venue == venue


def test_alternative_way_of_joining_is_not_part_of_the_venue():
    text = "BOARD\nMinutes of the meeting held on 15th February 2023, 2.00pm\nBoard Room, Ashdown House (and via Microsoft Teams)\n\n1. Hi\n"
    assert parse_header(text, text.index("1. Hi")).meeting.venue == "Board Room, Ashdown House"


@pytest.mark.parametrize(
    "lines, title",
    [
        (
            "LITTLE HAVERTON PARISH COUNCIL\nMinutes of the Ordinary Meeting of the Parish Council held on 8 April 2024",
            "Ordinary Meeting of the Parish Council",
        ),
        (
            "Friends of the Garden (charity no. 1172203)\nTrustees' meeting – Wed 16 June 2021, 7pm",
            "Trustees' meeting",
        ),
        (
            "Logistics plc\nProject Meridian – Programme Steering Committee\nDate: 2024-06-18",
            "Project Meridian – Programme Steering Committee",
        ),
        (
            "St Mary's Primary School\nMinutes of the Full Governing Body meeting\nDate: 13 March 2024",
            "Full Governing Body",
        ),
        ("Homes Ltd\nMinutes of the Board meeting\nDate: 28 March 2023", "Board meeting"),
    ],
)
def test_title_from_the_line_that_names_the_meeting(lines, title):
    text = f"{lines}\n\n1. Hi\n"
    assert parse_header(text, text.index("1. Hi")).meeting.title == title


def test_chair_marked_inside_a_note_with_another_role():
    text = "Town Council\nDate: 19 July 2021\nPRESENT:\nCllr Margaret Pryor (Town Mayor, in the Chair)\nCllr Ann Hale\n\n1. APOLOGIES\nNone.\n"
    head = parse_header(text, text.index("1. APOLOGIES"))
    assert head.meeting.chair == "Margaret Pryor"
    assert head.people[0].abbrev is None  # "Town Mayor" is a role, not an abbreviation


def test_committee_chair_in_a_role_note_and_venue_held_remotely():
    text = (
        "Finance and Risk Committee – Minutes\nTuesday 22nd March 2022, 2pm, held remotely via Microsoft Teams\n\n"
        "Members: Harriet Vance, Trustee (Committee Chair); Rupert Ashdown, Honorary Treasurer\n\nFR22/07 Welcome\nHi.\n"
    )
    m = parse_header(text, text.index("FR22/07")).meeting
    assert (m.chair, m.venue, m.start_time) == ("Harriet Vance", "Microsoft Teams", "14:00")


def test_venue_after_an_upper_case_held_on_line():
    text = "MINUTES OF THE FULL COUNCIL HELD ON MONDAY 19TH JULY 2021 AT 7.00PM IN THE ASSEMBLY ROOM, TOWN HALL\n\n1. X\ny.\n"
    assert parse_header(text, text.index("1. X")).meeting.venue.lower() == "assembly room, town hall"


def test_running_the_call_names_the_chair():
    text = "# Release call (2022-08-17)\n\nRunning the call: Ingrid Solberg (@ingrids), release manager\n\n## Items\nx.\n"
    assert parse_header(text, text.index("## Items")).meeting.chair == "Ingrid Solberg"
