"""Header parsing: meeting facts, people in every layout, abbreviations, next meeting."""

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.header import (
    choose_title_and_body,
    find_abbreviations,
    find_date,
    find_next_meeting,
    find_time,
    find_weekday_and_day,
    find_yearless_date,
    parse_header,
)
from pipeline.schema import NextMeeting
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
    # the office is kept after the honorific, as most gold files of council minutes write it
    assert head.people[0].role == "Councillor, Chair"


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


def test_venue_keeps_its_note_of_another_way_of_joining_as_written():
    text = "BOARD\nMinutes of the meeting held on 15th February 2023, 2.00pm\nBoard Room, Ashdown House (and via Microsoft Teams)\n\n1. Hi\n"
    assert (
        parse_header(text, text.index("1. Hi")).meeting.venue
        == "Board Room, Ashdown House (and via Microsoft Teams)"
    )


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


def test_platform_in_brackets_after_held_remotely_before_the_date_is_the_venue():
    text = "Minutes of the Parish Council meeting held remotely (Zoom) on Monday 8 March 2021 at 7pm\n\n1. X\ny.\n"
    assert parse_header(text, text.index("1. X")).meeting.venue == "Zoom"


def test_a_lower_case_note_after_held_remotely_is_no_venue():
    text = "Minutes of the Parish Council meeting held remotely (see note 2) on Monday 8 March 2021\n\n1. X\ny.\n"
    assert parse_header(text, text.index("1. X")).meeting.venue is None


def test_a_pipe_roll_call_with_a_present_column_reads_yes_and_no_as_attendance():
    text = (
        "# Steering call 2020-03-04\n\n## Roll call\n\n| Member | Present |\n| --- | --- |\n"
        "| Alma Fenwick (@afen) | yes |\n| Oskar Brandt (@obr) | no |\n\n## Notes\nx.\n"
    )
    people = parse_header(text, text.index("## Notes")).people
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Alma Fenwick", None, "present"),
        ("Oskar Brandt", None, "absent"),
    ]


def test_a_two_cell_pipe_row_of_label_and_name_is_still_a_field():
    text = "# Steering call 2020-03-04\n\n| Chair | Alma Fenwick |\n| --- | --- |\n\n## Notes\nx.\n"
    assert parse_header(text, text.index("## Notes")).meeting.chair == "Alma Fenwick"


def test_regrets_sentence_in_the_header_turns_a_roll_call_absence_into_apologies():
    text = (
        "# Steering call 2020-03-04\n\n## Roll call\n\n| Member | Present |\n| --- | --- |\n"
        "| Alma Fenwick (@afen) | yes |\n| Oskar Brandt (@obr) | no |\n| Tilda Marsh (@tim) | no |\n\n"
        "Regrets from @obr (travelling). Nothing heard from @tim.\n\n## Notes\nx.\n"
    )
    people = parse_header(text, text.index("## Notes")).people
    assert [p.attendance for p in people] == ["present", "apologies", "absent"]


def test_venue_after_an_upper_case_held_on_line():
    text = "MINUTES OF THE FULL COUNCIL HELD ON MONDAY 19TH JULY 2021 AT 7.00PM IN THE ASSEMBLY ROOM, TOWN HALL\n\n1. X\ny.\n"
    assert parse_header(text, text.index("1. X")).meeting.venue.lower() == "assembly room, town hall"


def test_running_the_call_names_the_chair():
    text = "# Release call (2022-08-17)\n\nRunning the call: Ingrid Solberg (@ingrids), release manager\n\n## Items\nx.\n"
    assert parse_header(text, text.index("## Items")).meeting.chair == "Ingrid Solberg"


def _meeting(header_text: str):
    """The meeting facts of an invented header followed by two numbered items."""
    text = header_text + "\n1. Welcome\nNoted.\n2. Finance\nNoted.\n"
    return parse_header(text, text.index("1. Welcome")).meeting


@pytest.mark.parametrize(
    "header, title",
    [
        (
            "Minutes of the meeting of the Audit Committee held on 3 May 2024 at 10am in Room 4, Town Hall",
            "Audit Committee",
        ),
        ("MINUTES OF THE BOARD OF TRUSTEES\nDate: 3 May 2024", "BOARD OF TRUSTEES"),
        (
            "Minutes of the Meeting of the Corporation Board held on 3 May 2024",
            "Meeting of the Corporation Board",
        ),
        ("Minutes of a meeting of the Licensing Panel held on 3 May 2024", "Licensing Panel"),
        ("Harbour Board – Public Meeting\nDate: 3 May 2024", "Harbour Board – Public Meeting"),
        ("# Community call — 2023-03-09", "Community call"),
        ("Meeting of Full Governors\nDate: 3 May 2024", "Meeting of Full Governors"),
    ],
)
def test_title_is_the_meeting_name_without_date_or_minutes_of(header, title):
    assert _meeting(header).title == title


@pytest.mark.parametrize(
    "header, title, body",
    [
        (
            "Kestrel Housing Trust\nAudit Committee\nDate: 3 May 2024",
            "Audit Committee",
            "Kestrel Housing Trust",
        ),
        (
            "Audit Committee\nKestrel Housing Trust\nDate: 3 May 2024",
            "Audit Committee",
            "Kestrel Housing Trust",
        ),
        (
            "Kestrel Housing Trust\nWorking together for safer homes\nBoard of Directors\nDate: 3 May 2024",
            "Board of Directors",
            "Kestrel Housing Trust",
        ),
        (
            "Kestrel Housing Trust\nMINUTES\nRemuneration Committee\nDate: 3 May 2024",
            "Remuneration Committee",
            None,
        ),
        (
            "Layout Styling Working Group\nLSWG Teleconference\nDate: 3 May 2024",
            "LSWG Teleconference",
            "Layout Styling Working Group",
        ),
        (
            "# Maintainers call\n\nLoomstack project, monthly community call\n\nDate: 3 May 2024",
            "Maintainers call",
            "Loomstack project",
        ),
        (
            "# Orbit Software Foundation\n## Board of Directors Meeting — Minutes\nDate: 3 May 2024",
            "Board of Directors Meeting",
            "Orbit Software Foundation",
        ),
        (
            "Riverside Homes (registered charity no. 1172203)\nRegistered company no. 0123456\n"
            "Minutes of the Board meeting\nDate: 3 May 2024",
            "Board meeting",
            "Riverside Homes",
        ),
    ],
)
def test_title_and_organisation_lines_in_either_order(header, title, body):
    meeting = _meeting(header)
    assert meeting.title == title
    if body:
        assert meeting.body == body


@pytest.mark.parametrize(
    "header, venue",
    [
        ("Board\nVenue: Council Chamber, Civic Centre\nDate: 3 May 2024", "Council Chamber, Civic Centre"),
        ("Board\nLocation: Room G.14, Kestrel Building\nDate: 3 May 2024", "Room G.14, Kestrel Building"),
        ("Board\nWhere: Jitsi\nDate: 3 May 2024", "Jitsi"),
        ("Board\nPlace: The Old School Hall\nDate: 3 May 2024", "The Old School Hall"),
        (
            "Minutes of the Audit Committee held at Committee Room 2, Shire Hall, Castle Street on Thursday, "
            "20th July, 2023 at 10.00 am",
            "Committee Room 2, Shire Hall, Castle Street",
        ),
        ("Board meeting, 3 May 2024 at 7pm at the Village Hall", "Village Hall"),
        ("Board meeting\n3 May 2024, 18:00, via Microsoft Teams", "Microsoft Teams"),
        ("Board meeting\n3 May 2024, 18:00\nVideo conference", "Video conference"),
        ("Board meeting\n3 May 2024, 18:00\nRoom G.14, Kestrel Building", "Room G.14, Kestrel Building"),
        (
            "Board meeting\n3 May 2024, 09:00 WEST\nSala Douro, Centro de Congressos, Porto",
            "Sala Douro, Centro de Congressos, Porto",
        ),
        ("# Release call (2022-08-17)\n\n14:00 UTC, Matrix video room #dev", "Matrix video room #dev"),
        (
            "Board meeting\nDate\tTime\tVenue\n3 May 2024\t18:00\tThe Pavilion, Mill Lane",
            "The Pavilion, Mill Lane",
        ),
        ("Board meeting\nDate: 3 May 2024\nThe meeting was held via Zoom.", "Zoom"),
    ],
)
def test_venue_in_common_layouts(header, venue):
    assert _meeting(header).venue == venue


def test_time_opening_a_line_is_the_start_time():
    assert _meeting("# Release call (2022-08-17)\n\n14:00 UTC, Matrix video room #dev").start_time == "14:00"


def test_time_and_venue_on_a_later_line_with_the_same_date():
    m = _meeting(
        "TTAWG Teleconference -- 22 June 2022\n\nWednesday 22 June 2022, 13:00-14:00 UTC, Zoom bridge"
    )
    assert (m.start_time, m.venue) == ("13:00", "Zoom bridge")


def test_telephone_bridge_in_brackets_is_not_a_venue():
    assert (
        _meeting("Committee call\nThursday 5 November 2020 @ 14:00 GMT (telephone and web bridge)").venue
        is None
    )


@pytest.mark.parametrize(
    "header, chair",
    [
        ("Board\nDate: 3 May 2024\nChairman: Dr Ray Holt", "Ray Holt"),
        ("Board\nDate: 3 May 2024\nPresiding: Ray Holt", "Ray Holt"),
        ("Board\nDate: 3 May 2024\nFacilitator: Ray Holt", "Ray Holt"),
        ("Board\nDate: 3 May 2024\nChair: Cllr J Smith\nPresent: Cllr J Smith, Cllr A Lee", "J Smith"),
        ("Board\nDate: 3 May 2024\nPresent: Ray Holt (Chairperson), Ann Lee", "Ray Holt"),
        (
            "Board\nDate: 3 May 2024\nPresent:\nCouncillor Ray Holt in the Chair\nCouncillor Ann Lee",
            "Ray Holt",
        ),
        (
            "Board\nDate: 3 May 2024\nPresent:\nProf Ray Holt, Pro Vice-Chancellor (PVC), in the Chair\nAnn Lee",
            "Ray Holt",
        ),
        (
            "Board\nDate: 3 May 2024\nPresent:\nRay Holt (RH) – Chair, parent governor\nAnn Lee (AL)",
            "Ray Holt",
        ),
        ("Board\nDate: 3 May 2024\nMembers\nName\tCapacity\nRay Holt\tChair\nAnn Lee\tMember", "Ray Holt"),
        ("Board\nDate: 3 May 2024\nPresent: Ray Holt, Ann Lee\nRay Holt chaired the meeting.", "Ray Holt"),
        (
            "Board\nDate: 3 May 2024\nPresent: Ray Holt, Ann Lee\nRay Holt presided and Ann Lee took the minutes.",
            "Ray Holt",
        ),
        (
            "Board\nDate: 3 May 2024\nFacilitator: @ana\nAttendees:\n- @ana (Ana Kovačić)\n- @li (Li Wen)",
            "Ana Kovačić",
        ),
        (
            "Board\nDate: 3 May 2024\nParticipants\nRay Holt\tChair; Westmere Council\nAnn Lee\tScribe\nChair: Ray",
            "Ray Holt",
        ),
    ],
)
def test_chair_in_common_layouts(header, chair):
    assert _meeting(header).chair == chair


def test_chair_named_in_the_first_item():
    text = "Board\nDate: 3 May 2024\nPresent: Ray Holt, Ann Lee\n\n1. Welcome\nThe Chair, Ray Holt, welcomed everyone.\n"
    assert parse_header(text, text.index("1. Welcome")).meeting.chair == "Ray Holt"


def test_upper_case_item_heading_is_not_a_chair_name():
    text = "Board\nDate: 3 May 2024\n\n1. WELCOME\nThe Chair welcomed everyone.\n"
    assert parse_header(text, text.index("1. WELCOME")).meeting.chair is None


@pytest.mark.parametrize(
    "header, taker",
    [
        ("Board\nDate: 3 May 2024\nMinutes: Ann Lee", "Ann Lee"),
        ("Board\nDate: 3 May 2024\nClerk: Ann Lee", "Ann Lee"),
        ("Board\nDate: 3 May 2024\nMinute taker: Ann Lee", "Ann Lee"),
        ("Board\nDate: 3 May 2024\nScribe: Ann Lee", "Ann Lee"),
        ("Board\nDate: 3 May 2024\nNotetaker: Ann Lee", "Ann Lee"),
        ("Board\nDate: 3 May 2024\nSecretary (minutes): Ann Lee", "Ann Lee"),
        (
            "Board\nDate: 3 May 2024\nIn attendance:\nAnn Lee, Governance Officer (minutes)\nBo Ray, Director",
            "Ann Lee",
        ),
        (
            "Board\nDate: 3 May 2024\nIn attendance:\nAnn Lee\tCommittee Officer (minutes)\nBo Ray\tDirector",
            "Ann Lee",
        ),
        (
            "Board\nDate: 3 May 2024\nIn attendance: Mr Bo Ray (Registrar); Ms Ann Lee (Secretary to Senate, minutes)",
            "Ann Lee",
        ),
        (
            "Board\nDate: 3 May 2024\nIN ATTENDANCE:\nMrs Ann Lee – Town Clerk\nMr Bo Ray – Deputy Clerk",
            "Ann Lee",
        ),
    ],
)
def test_minute_taker_in_common_layouts(header, taker):
    assert _meeting(header).minute_taker == taker


def test_minutes_note_is_taken_off_the_role():
    text = "Board\nDate: 3 May 2024\nIn attendance:\nAnn Lee, Governance Officer (minutes)\n\n1. Hi\nx.\n"
    head = parse_header(text, text.index("1. Hi"))
    assert [(p.name, p.role) for p in head.people] == [("Ann Lee", "Governance Officer")]


def test_handle_first_entries_name_the_person_and_keep_the_handle():
    text = (
        "Call\nDate: 3 May 2024\nAttendees:\n- @ana (Ana Kovačić)\n- @li (Li Wen), first call\n\n1. Hi\nx.\n"
    )
    head = parse_header(text, text.index("1. Hi"))
    assert [(p.name, p.abbrev) for p in head.people] == [("Ana Kovačić", "@ana"), ("Li Wen", "@li")]


def test_participants_label_lists_people_present():
    text = "Call\nDate: 3 May 2024\nParticipants\nRay Holt\tChair\nAnn Lee\tScribe\n\n1. Hi\nx.\n"
    head = parse_header(text, text.index("1. Hi"))
    assert [(p.name, p.attendance) for p in head.people] == [("Ray Holt", "present"), ("Ann Lee", "present")]


def test_line_naming_the_councillor_in_the_chair():
    assert _meeting("Board\nDate: 3 May 2024\nCouncillor Ray Holt in the Chair").chair == "Ray Holt"


def _people(header: str) -> list[tuple[str, str | None, str | None, str]]:
    """(name, role, abbrev, attendance) of everyone a header lists, in order."""
    text = f"{header}\n\n1. Welcome\nThe meeting opened.\n"
    return [
        (p.name, p.role, p.abbrev, p.attendance) for p in parse_header(text, text.index("1. Welcome")).people
    ]


def test_unlabelled_tab_table_lists_people_present_with_the_chair_after_a_dash():
    header = (
        "Quarterly Review – Office of the Fire Commissioner\nDate: 4 June 2024\n\nName\tCapacity\n"
        "Ruth Kemble\tFire Commissioner (FC) – Chair\nOmar Deane\tChief Fire Officer (CFO)\nLiz Paton\tMinute taker"
    )
    assert _meeting(header).chair == "Ruth Kemble"
    assert _people(header) == [
        ("Ruth Kemble", "Fire Commissioner", "FC", "present"),
        ("Omar Deane", "Chief Fire Officer", "CFO", "present"),
        ("Liz Paton", "Minute taker", None, "present"),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        "Name\tRole\tInitials\nRuth Kemble\tOperations Director (Chair)\tRK\nOmar Deane\tProject Lead\tOD",
        "Name\tInitials\tRole\nRuth Kemble\tRK\tOperations Director (Chair)\nOmar Deane\tOD\tProject Lead",
    ],
)
def test_initials_column_becomes_the_abbreviation_not_part_of_the_role(rows):
    header = f"Board\nDate: 4 June 2024\nAttendees\n{rows}"
    assert _people(header) == [
        ("Ruth Kemble", "Operations Director", "RK", "present"),
        ("Omar Deane", "Project Lead", "OD", "present"),
    ]
    assert _meeting(header).chair == "Ruth Kemble"


def test_markdown_table_of_attendees_with_a_handle_column():
    header = (
        "# Platform review\n\nDate: 4 June 2024\n\n| Attendee | Handle | Role |\n|---|---|---|\n"
        "| Ruth Kemble | @rkemble | Staff Engineer |\n| Omar Deane | @odeane | Engineering Manager, Billing |"
    )
    assert _people(header) == [
        ("Ruth Kemble", "Staff Engineer", "@rkemble", "present"),
        ("Omar Deane", "Engineering Manager, Billing", "@odeane", "present"),
    ]


def test_rank_written_as_a_short_form_is_not_part_of_the_name():
    header = (
        "Board\nDate: 4 June 2024\nPresent:\nDCI Ruth Kemble, Senior Investigating Officer (RK)\nOmar Deane"
    )
    assert _people(header)[0] == ("Ruth Kemble", "Senior Investigating Officer", "RK", "present")


def test_rank_before_a_name_is_dropped_when_the_role_names_the_post():
    header = (
        "Board\nDate: 4 June 2024\nPresent:\nSupt Ruth Kemble (RK), Head of Contact Management\nOmar Deane"
    )
    assert _people(header)[0] == ("Ruth Kemble", "Head of Contact Management", "RK", "present")


def test_semicolon_inside_brackets_stays_in_the_role():
    header = (
        "Board\nDate: 4 June 2024\nBoard members present:\n"
        "Ruth Kemble (Director of Resources; Senior Responsible Owner)\nOmar Deane (Head of ICT; Business Owner)"
    )
    assert [(n, r) for n, r, _, _ in _people(header)] == [
        ("Ruth Kemble", "Director of Resources; Senior Responsible Owner"),
        ("Omar Deane", "Head of ICT; Business Owner"),
    ]


def test_several_role_notes_in_brackets_read_as_one_role():
    header = (
        "Board\nDate: 4 June 2024\nPresent:\nRuth Kemble (Supplier Manager, Digital Services)\nOmar Deane"
    )
    assert _people(header)[0][1] == "Supplier Manager, Digital Services"


@pytest.mark.parametrize(
    "line",
    ["Ruth Kemble – Lay Member and Chair (RK)", "Ruth Kemble (Lay Member and Chair, RK)"],
)
def test_member_and_chair_makes_the_chair_and_keeps_the_role(line):
    header = f"Board\nDate: 4 June 2024\nPresent:\n{line}\nOmar Deane – Lay Member (OD)"
    assert _meeting(header).chair == "Ruth Kemble"
    assert _people(header)[0] == ("Ruth Kemble", "Lay Member and Chair", "RK", "present")


@pytest.mark.parametrize("note", ["Chair and Treasurer", "Chair AND Treasurer", "Chairman & Secretary"])
def test_the_chair_first_and_joined_to_another_office_makes_the_chair_and_keeps_the_role(note):
    header = f"Society committee\nDate: 4 June 2024\nPresent: Ruth Kemble ({note}), Omar Deane (Secretary)"
    assert _meeting(header).chair == "Ruth Kemble"
    assert _people(header)[0][:2] == ("Ruth Kemble", note)


@pytest.mark.parametrize("mark", ["(minute-taker)", "(note-taker)", "(minute taker)"])
def test_a_hyphenated_minute_taker_mark_in_brackets_is_no_role(mark):
    header = (
        f"Board\nDate: 4 June 2024\nPresent:\nRuth Kemble (Chair)\nOmar Deane {mark}\n\n1. Welcome\nHello.\n"
    )
    assert _meeting(header).minute_taker == "Omar Deane"
    assert _people(header)[1][:2] == ("Omar Deane", None)


@pytest.mark.parametrize("value", ["TBC", "None", "N/A", "No one"])
def test_a_placeholder_in_a_chair_line_names_no_chair(value):
    assert (
        _meeting(f"Board\nDate: 4 June 2024\nChair: {value}\nPresent: Ruth Kemble, Omar Deane").chair is None
    )


def test_a_chair_line_naming_someone_still_names_the_chair():
    assert (
        _meeting("Board\nDate: 4 June 2024\nChair: Nonie Tate\nPresent: Nonie Tate, Omar Deane").chair
        == "Nonie Tate"
    )


def test_vice_chair_in_the_role_does_not_make_the_chair():
    header = "Board\nDate: 4 June 2024\nPresent:\nRuth Kemble – Treasurer and Vice-Chair\nOmar Deane"
    assert _meeting(header).chair is None


def test_nested_brackets_keep_the_role_and_the_abbreviation():
    header = "Board\nDate: 4 June 2024\nPresent: Dr Ruth Kemble (Associate Dean (Research), ADR), Omar Deane"
    assert _people(header)[0] == ("Ruth Kemble", "Associate Dean (Research)", "ADR", "present")


@pytest.mark.parametrize(
    "entry",
    [
        "Ruth Kemble (Auditor, Grayburn & Co, RK) for Item 4",
        "Ruth Kemble (Auditor, Grayburn & Co) – for Items 3 to 7",
    ],
)
def test_note_on_the_items_attended_is_not_part_of_the_person(entry):
    header = f"Board\nDate: 4 June 2024\nPresent: Omar Deane\nIn attendance: {entry}"
    assert _people(header)[1][:2] == ("Ruth Kemble", "Auditor, Grayburn & Co")


def test_surname_particles_are_part_of_a_name():
    header = "Call\nDate: 4 June 2024\nAttendees:\n- @fenna (Fenna de Groot)\n- @jan (Jan van der Berg)"
    assert [n for n, *_ in _people(header)] == ["Fenna de Groot", "Jan van der Berg"]


def test_lone_role_word_in_a_list_is_not_a_person():
    header = "Board\nDate: 4 June 2024\nPresent: Omar Deane\nIn attendance: Clerk, 3 members of the public"
    assert [n for n, *_ in _people(header)] == ["Omar Deane"]


def test_role_joined_by_and_is_not_split_into_a_second_person():
    header = "Board\nDate: 4 June 2024\nIn attendance: Ruth Kemble, Deputy Headteacher and SENCo (DHT)"
    assert _people(header) == [("Ruth Kemble", "Deputy Headteacher and SENCo", "DHT", "in_attendance")]


def test_title_line_followed_by_an_organisation_keeps_only_the_meeting():
    m = _meeting("Scrutiny Meeting – Commissioner for Westvale Fire and Rescue\nDate: 4 June 2024")
    assert (m.title, m.body) == ("Scrutiny Meeting", "Commissioner for Westvale Fire and Rescue")


def test_venue_line_is_never_the_title():
    m = _meeting(
        "Westvale Council\nAssurance Board\nThursday, 4th June, 2024 10.00 am\nConference Room 3, Mill House, Westvale"
    )
    assert (m.title, m.venue) == ("Assurance Board", "Conference Room 3, Mill House, Westvale")


def test_dated_markdown_heading_beats_a_project_line():
    m = _meeting("# Tooling SIG — 2024-06-04\n\nQuillforge Project\nTime: 15:00 UTC")
    assert (m.title, m.body) == ("Tooling SIG", "Quillforge Project")


def test_generic_meeting_held_on_line_is_not_the_title():
    m = _meeting("Allotments Sub-Committee\nMeeting held on 4 June 2024 at 6pm in the Parish Rooms")
    assert (m.title, m.venue, m.start_time) == ("Allotments Sub-Committee", "Parish Rooms", "18:00")


@pytest.mark.parametrize(
    "header, time",
    [
        ("Board\nDate: Tuesday 4th June 2024\tTime: 2.00pm – 4.30pm", "14:00"),
        ("Minutes of the Audit Group meeting held on 2024-06-04, 13:30-15:30, via Zoom", "13:30"),
        ("Board meeting held on 4 June 2024 at 2pm", "14:00"),
        ("Board\nMeeting date: 4 June 2024\nMeeting time: 10:00", "10:00"),
    ],
)
def test_start_time_from_ranges_and_fields_sharing_a_line(header, time):
    assert _meeting(header).start_time == time


@pytest.mark.parametrize(
    "header, venue",
    [
        (
            "Board\nDate: 2024-06-04 | Time: 09:30-11:00 | Location: Boardroom, 3rd floor",
            "Boardroom, 3rd floor",
        ),
        (
            "Minutes of the Estates Board\nheld on Tuesday, 4th June, 2024 2.00 pm\nin Committee Room 2, Civic Offices",
            "Committee Room 2, Civic Offices",
        ),
        (
            "MINUTES of a meeting of the Board\nheld in the Boardroom, 14 Mill Yard, Westvale WV1 2AB\non Tuesday, 4th June, 2024",
            "Boardroom, 14 Mill Yard, Westvale WV1 2AB",
        ),
        (
            "Quality Committee\nDate: 4 June 2024\nCommittee Room 1, County Hall",
            "Committee Room 1, County Hall",
        ),
        (
            "People Committee\nWednesday 4 June 2024 at 09:30\nHeld in the Seminar Room, Education Centre",
            "Seminar Room, Education Centre",
        ),
        ("Board\nDate: 4 June 2024\nWhere: Jitsi (link pinned in #board)", "Jitsi (link pinned in #board)"),
    ],
)
def test_venue_in_further_layouts(header, venue):
    assert _meeting(header).venue == venue


def test_minute_taker_line_inside_the_present_block_is_present():
    header = "Board\nDate: 4 June 2024\nPresent:\nRuth Kemble – Chair\nMinutes: Omar Deane – Governance Officer\n\nApologies: Liz Paton"
    assert ("Omar Deane", "present") in [(n, a) for n, _, _, a in _people(header)]


def test_minute_taker_line_outside_the_present_block_is_in_attendance():
    header = "Board\nDate: 4 June 2024\nPresent: Ruth Kemble\nApologies: Liz Paton\n\nMinutes: Omar Deane, Governance Officer"
    assert ("Omar Deane", "in_attendance") in [(n, a) for n, _, _, a in _people(header)]


def test_guests_are_in_attendance_whether_labelled_or_noted():
    header = (
        "Call\nDate: 4 June 2024\nAttendees:\n- @ruth (Ruth Kemble)\n- @liz (Liz Paton), guest from the Archive\n"
        "Observer: Omar Deane (Vendors Forum)\nGuests: Ian Moss"
    )
    assert [(n, a) for n, _, _, a in _people(header)] == [
        ("Ruth Kemble", "present"),
        ("Liz Paton", "in_attendance"),
        ("Omar Deane", "in_attendance"),
        ("Ian Moss", "in_attendance"),
    ]


def test_bare_handles_in_a_list_are_the_people_named_on_the_chair_and_notes_lines():
    header = (
        "# Release call (2024-06-04)\n\nRunning the call: Ruth Kemble (@ruthk), release manager\n"
        "Taking notes: Omar Deane (@omard)\n\nHere: @ruthk, @omard, Liz Paton (@lizp)"
    )
    assert _people(header) == [
        ("Liz Paton", None, "@lizp", "present"),
        ("Ruth Kemble", "release manager", "@ruthk", "present"),
        ("Omar Deane", None, "@omard", "present"),
    ]


def test_chair_named_only_on_the_chair_line_is_present():
    header = "Group\nDate: 4 June 2024\nChair: Dr Ruth Kemble, Deputy Medical Director (RK)\nPresent: Omar Deane (OD)"
    assert ("Ruth Kemble", "Deputy Medical Director", "RK", "present") in _people(header)


@pytest.mark.parametrize(
    "line, names, chair",
    [
        ("Present: Cllr A Lee (Chair), Cllr B Ray", ["A Lee", "B Ray"], "A Lee"),
        (
            "PRESENT: Councillors J Okoro (Chairman), P Shah and T Wynn",
            ["J Okoro", "P Shah", "T Wynn"],
            "J Okoro",
        ),
        ("Present: Cllr J R Smith (Chair)", ["J R Smith"], "J R Smith"),
    ],
)
def test_names_with_bare_initials_are_people(line, names, chair):
    text = f"Parish Council\nDate: 4 March 2024\n{line}\n\n1. Apologies"
    head = parse_header(text, end=text.index("\n\n"))
    assert [p.name for p in head.people] == names
    assert head.meeting.chair == chair


@pytest.mark.parametrize(
    "header, title",
    [
        ("Meeting: Quality Committee\nDate: 12/03/2024\nLocation: Microsoft Teams", "Quality Committee"),
        ("Title: Finance Committee\nDate: 2024-03-12\nVenue: Online (Zoom)", "Finance Committee"),
        ("Meeting title: Estates Board\nDate: 12 March 2024", "Estates Board"),
    ],
)
def test_title_from_a_title_or_meeting_field(header, title):
    assert _meeting(header).title == title


@pytest.mark.parametrize(
    "header, title",
    [
        ("---\ntitle: Design review call 2023-06-14\ntags: review\n---\n", "Design review call"),
        ("Title: Audit Panel – 9 October 2024\nVenue: Room 4", "Audit Panel"),
        ("Meeting: Parks Forum (Tuesday 2 April 2024)\nVenue: Library", "Parks Forum"),
        # negative: a year inside the name is part of it, not the meeting's date
        ("Title: 2025 Budget Working Group\nDate: 3 March 2025", "2025 Budget Working Group"),
        ("Title: Finance Committee\nDate: 2024-03-12", "Finance Committee"),
    ],
)
def test_a_title_field_drops_the_meeting_date_after_the_name(header, title):
    assert _meeting(header).title == title


def test_a_title_field_deep_in_the_header_is_not_the_meeting():
    lines = ["Teleconference 12 March 2024", "", "Agenda:"] + [f"* topic {i}" for i in range(10)]
    text = "\n".join([*lines, "Title: A Statement on Security", "The statement reads ..."])
    assert parse_header(text, end=len(text)).meeting.title == "Teleconference"


def test_a_meeting_room_line_is_not_a_title_field():
    assert (
        _meeting("Audit Committee\nDate: 12 March 2024\nMeeting Room 4, Town Hall").title == "Audit Committee"
    )


def test_a_list_closing_full_stop_is_not_part_of_the_last_name():
    text = "Council\nDate: 4 March 2024\nPresent: Councillors R Ahmed, J Brown and K Lee.\n\n1. Apologies"
    assert [p.name for p in parse_header(text, end=text.index("\n\n")).people][-1] == "K Lee"


@pytest.mark.parametrize("label", ["School", "Project", "Company"])
def test_body_from_a_school_project_or_company_field(label):
    text = f"Governing Board Meeting\n{label}: Willow Academy\nDate: 6 March 2024\n\n1. Apologies"
    assert parse_header(text, end=text.index("\n\n")).meeting.body == "Willow Academy"


def test_a_minutes_line_with_a_date_is_the_date_not_a_minute_taker():
    meeting = _meeting(
        "Corporate Steering Group\nMinutes – 15 January 2025\n"
        "Meeting room 2B, Head Office, 10 King Street, Leeds\nChair: Sam Field"
    )
    assert meeting.date == dt.date(2025, 1, 15)
    assert meeting.minute_taker is None
    assert meeting.title == "Corporate Steering Group"
    assert meeting.venue == "Meeting room 2B, Head Office, 10 King Street, Leeds"


def test_held_at_a_place_on_a_date_gives_venue_date_and_time():
    meeting = _meeting(
        "Norland Logistics Limited\nMinutes of a Meeting of the Board of Directors\n"
        "held at 1 Dock Road, Hull on 12 June 2024 at 10.00 am\nPresent: Sir Paul Hay (Chairman), Ms Jo Kerr"
    )
    assert (meeting.title, meeting.venue) == ("Board of Directors", "1 Dock Road, Hull")
    assert (meeting.date, meeting.start_time) == (dt.date(2024, 6, 12), "10:00")


def test_upper_case_held_at_the_place_drops_the_article():
    meeting = _meeting(
        "MINUTES OF THE EXTRAORDINARY GENERAL MEETING\nOF MARLOW ROWING CLUB\n"
        "HELD AT THE BOATHOUSE, RIVERSIDE, ON 2 FEBRUARY 2024 AT 8PM\nChairman: Mr R Cole"
    )
    assert (meeting.venue, meeting.date, meeting.start_time) == (
        "BOATHOUSE, RIVERSIDE",
        dt.date(2024, 2, 2),
        "20:00",
    )


def test_upper_case_in_the_before_a_venue_line_is_dropped():
    meeting = _meeting(
        "MINUTES OF A MEETING OF THE PLANNING COMMITTEE\nHELD ON TUESDAY 5 MARCH 2024 AT 7.30 PM\n"
        "IN THE COUNCIL CHAMBER, TOWN HALL\nPRESENT: Councillor J Hart (Chairman), Councillor P Lowe"
    )
    assert (meeting.title, meeting.venue) == ("PLANNING COMMITTEE", "COUNCIL CHAMBER, TOWN HALL")


def test_a_handle_marked_chair_in_a_handle_list_is_the_chair():
    meeting = _meeting(
        "# Steering Committee Meeting — 2023-11-07\nLocation: Zoom\nAttendees: @amy, @bob (chair)"
    )
    assert meeting.chair == "@bob"


def test_meeting_of_a_committee_held_at_a_time_on_a_date():
    meeting = _meeting(
        "Meeting of the Finance Committee held at 7pm on Monday 9 January 2023 at the Village Hall, Church Road\n"
        "Present: Cllr A Brown (Chair)"
    )
    assert (meeting.title, meeting.start_time) == ("Finance Committee", "19:00")
    assert (meeting.date, meeting.venue) == (dt.date(2023, 1, 9), "Village Hall, Church Road")


def test_a_sentence_saying_how_the_meeting_was_held_is_not_its_title():
    meeting = _meeting(
        "Audit and Risk Committee\nDate: 10 October 2023\nTime: 14:00\n"
        "The meeting was held via Microsoft Teams.\nPresent: Ken Hobbs (Chair), Jo Park"
    )
    assert (meeting.title, meeting.venue) == ("Audit and Risk Committee", "Microsoft Teams")


def test_meeting_held_in_public_line_is_not_the_title():
    meeting = _meeting(
        "Eastmoor Integrated Care Board\nPrimary Care Commissioning Committee\n"
        "Meeting held in public on Wednesday 6 March 2024 at 10:00 via Microsoft Teams\nPresent: Jo Hart (Chair)"
    )
    assert (meeting.title, meeting.body) == (
        "Primary Care Commissioning Committee",
        "Eastmoor Integrated Care Board",
    )
    assert (meeting.start_time, meeting.venue) == ("10:00", "Microsoft Teams")


def test_a_committee_of_a_board_on_one_line_splits_title_from_body():
    meeting = _meeting(
        "Finance and Performance Committee – Eastmoor Integrated Care Board\n"
        "Date and time: 5 September 2023, 13:30\nVenue: Online (Microsoft Teams)"
    )
    assert (meeting.title, meeting.body) == (
        "Finance and Performance Committee",
        "Eastmoor Integrated Care Board",
    )


def test_a_piped_minutes_suffix_is_dropped_from_the_title():
    meeting = _meeting(
        "Digital Programme Board | Minutes\nDate: 6 Feb 2024 | Time: 13:00 | Location: Room 3 and online"
    )
    assert (meeting.title, meeting.venue) == ("Digital Programme Board", "Room 3 and online")


def test_a_house_number_after_the_time_is_part_of_the_venue():
    meeting = _meeting("Trustees' meeting\nHeld on 3 July 2023 at 7pm at 14 Elm Road, Larchford")
    assert (meeting.start_time, meeting.venue) == ("19:00", "14 Elm Road, Larchford")


def test_a_lower_case_place_after_in_the_is_the_venue():
    meeting = _meeting(
        "Governing Board Meeting – St Mary's Primary School\nHeld on 5 June 2022 at 6pm in the school library"
    )
    assert meeting.venue == "school library"


def test_a_capitalised_the_after_a_comma_stays_in_the_venue():
    assert _meeting("Allotments Committee meeting\nTuesday 2 April 2024, 7.30pm, The Hut").venue == "The Hut"


def test_date_time_and_venue_separated_by_pipes_on_the_title_line():
    meeting = _meeting("Community Board meeting | 9 April 2024 | 18:00 | Online (Zoom)\nChair: Femi Ade")
    assert (meeting.title, meeting.start_time, meeting.venue) == (
        "Community Board meeting",
        "18:00",
        "Online (Zoom)",
    )


def test_a_time_range_line_is_not_a_title_and_the_place_below_it_is_the_venue():
    meeting = _meeting(
        "Staff Forum\nThursday 7 December 2023\n12.30pm – 1.30pm\nStaff Room\nPresent: Leah Moss (chair)"
    )
    assert (meeting.title, meeting.start_time, meeting.venue) == ("Staff Forum", "12:30", "Staff Room")


def test_an_attendance_word_opening_a_body_name_is_not_a_label():
    assert _meeting("Members Forum\nDate: 7 December 2023").title == "Members Forum"


def test_a_generic_meeting_minutes_line_does_not_name_the_meeting():
    meeting = _meeting(
        "Sunnyside Pre-School Committee\nMeeting minutes – 18 September 2023\nVenue: Church Hall"
    )
    assert (meeting.title, meeting.date) == ("Sunnyside Pre-School Committee", dt.date(2023, 9, 18))


def test_chair_of_governors_in_brackets_marks_the_chair():
    meeting = _meeting(
        "Governing Body\nDate: 10 October 2023\nPresent: Mrs D Lowe (Chair of Governors), Mr E Fry (Headteacher)"
    )
    assert meeting.chair == "D Lowe"


# --------------------------------------------------------------- second pass on new layouts (issue #5)


def _by_name(text):
    return {p.name: p for p in parse_header(text).people}


def test_attendees_listed_after_the_members_are_in_attendance():
    people = _by_name(
        "Panel members: Ann Lee (Chair), Bo Chan\nForce attendees: DCI Ray Holt (Public Protection)\n"
        "Observers: Sue Dee (Federation)\n"
    )
    assert people["Bo Chan"].attendance == "present"
    assert people["Ray Holt"].attendance == "in_attendance"
    assert people["Sue Dee"].attendance == "in_attendance"


def test_attendees_alone_are_present():
    assert _by_name("Attendees: Ann Lee, Bo Chan\n")["Bo Chan"].attendance == "present"


def test_a_temporary_rank_before_a_name_is_not_part_of_it():
    people = _by_name("In attendance: T/Supt Gareth Moss (Professional Standards), A/Insp Jo Bright\n")
    assert people["Gareth Moss"].role == "Professional Standards"
    assert "Jo Bright" in people


def test_a_role_written_before_its_holder():
    people = _by_name(
        "Present: Cllr Ann Lee\nAlso present: the Clerk and RFO (Helen Garth), 3 members of the public\n"
        "In attendance: Deputy Town Clerk (minutes) – Mrs Lorna Carr\n"
    )
    assert people["Helen Garth"].role == "Clerk and RFO"
    assert people["Lorna Carr"].role == "Deputy Town Clerk"
    assert set(people) == {"Ann Lee", "Helen Garth", "Lorna Carr"}


def test_a_plural_councillors_prefix_gives_every_name_the_role():
    people = _by_name("Present: Councillors Ann Lee (Chair), Bo Chan (Vice-Chair), Cy Dunn and Di Eve\n")
    assert [(n, p.role) for n, p in people.items()] == [
        ("Ann Lee", "Councillor, Chair"),
        ("Bo Chan", "Councillor, Vice-Chair"),
        ("Cy Dunn", "Councillor"),
        ("Di Eve", "Councillor"),
    ]


def test_a_councillor_holding_an_office_keeps_both_but_a_portfolio_stands_alone():
    people = _by_name(
        "PRESENT: Councillor Ann Lee (Chairman), Cllr Bo Chan (Town Mayor)\n"
        "Also present: Councillor Cy Dunn (Cabinet Member for Housing)\n"
    )
    assert people["Ann Lee"].role == "Councillor, Chairman"
    assert people["Bo Chan"].role == "Councillor, Town Mayor"
    assert people["Cy Dunn"].role == "Cabinet Member for Housing"


def test_notes_on_how_or_for_what_someone_attended_are_not_their_role():
    people = _by_name(
        "Members present:\nAnn Lee, Acme Homes, remote\nBo Chan, Standards liaison, for item 9 only\n"
        "In attendance:\nCy Dunn, Head of Assets (item 4)\nDi Eve, Registrar and Secretary (Secretary)\n"
        "Ed Fox, Director of Estates (for minute 24/67)\n"
    )
    assert {n: p.role for n, p in people.items()} == {
        "Ann Lee": "Acme Homes",
        "Bo Chan": "Standards liaison",
        "Cy Dunn": "Head of Assets",
        "Di Eve": "Registrar and Secretary",
        "Ed Fox": "Director of Estates",
    }


def test_people_known_only_by_handle_are_listed_under_it():
    head = parse_header("**Host:** @mira\n**Present:** @mira, @dk, Pri Raman (Northwind)\n**Regrets:** @hw\n")
    assert [(p.name, p.abbrev, p.attendance) for p in head.people] == [
        ("Pri Raman", None, "present"),
        ("@mira", "@mira", "present"),
        ("@dk", "@dk", "present"),
        ("@hw", "@hw", "apologies"),
    ]
    assert head.people[1].role == "Host"


def test_a_handle_named_in_a_list_with_its_full_name_is_one_person():
    head = parse_header("Chair: Ann Lee (@ann)\nHere: @ann, Bo Chan (@bo)\n")
    assert [(p.name, p.abbrev) for p in head.people] == [("Bo Chan", "@bo"), ("Ann Lee", "@ann")]


def test_chair_and_scribe_lines_give_the_listed_people_their_role():
    people = _by_name("Present: Ann Lee, Bo Chan, Cy Dunn (Editor)\nChair: Ann Lee\nScribe: Bo Chan\n")
    assert [p.role for p in people.values()] == ["Chair", "Scribe", "Editor"]


def test_an_organisation_line_over_its_committee_in_capitals_gives_the_committee_as_title():
    head = parse_header(
        "NHS Westvale Clinical Commissioning Group\nQUALITY COMMITTEE\nMinutes of the meeting held in public\n"
        "Thursday 18 July 2019, 13:30\n"
    )
    assert head.meeting.title == "QUALITY COMMITTEE"
    assert head.meeting.body == "NHS Westvale Clinical Commissioning Group"


def _head_of(text: str):
    """parse_header over the lines before the first item, as the pipeline calls it."""
    items = segment_items(text)
    return parse_header(text, end=items[0].start if items else None)


def _people_as_cut(text: str) -> dict[str, tuple[str | None, str]]:
    """name -> (role, attendance) of the header of ``text`` as the pipeline cuts it."""
    return {p.name: (p.role, p.attendance) for p in _head_of(text).people}


def test_cr_is_a_councillor_title_taken_off_the_name():
    text = "Shire Council\n\nPRESENT: Cr Ann Lowe (Chair), Cr Raj Dunn\n\n1. OPENING\nOpened at 9am.\n"
    head = parse_header(text, end=text.index("1. OPENING"))
    assert {p.name for p in head.people} == {"Ann Lowe", "Raj Dunn"}
    assert head.meeting.chair == "Ann Lowe"


def test_roll_call_inside_the_first_items_lists_the_people():
    text = (
        "TOWN OF ELM BEND\nCOUNCIL MEETING MINUTES\nMay 2, 2024 - 7:00 PM\n\n"
        "CALL TO ORDER\nMayor Ann Lowe called the meeting to order at 7:01 p.m.\n\n"
        "ROLL CALL\nPresent: Mayor Ann Lowe, Council Members Raj Dunn, Eve Marsh and Tom Keel\n"
        "Absent: Council Member Lou Park\nStaff present: City Clerk Jo Hart, Finance Director Max Fry\n\n"
        "PUBLIC COMMENT\nNone was received at this meeting of the council tonight, so the item closed.\n"
    )
    people = _people_as_cut(text)
    assert people["Ann Lowe"] == ("Mayor", "present")
    assert people["Eve Marsh"] == ("Council Member", "present")
    assert people["Tom Keel"] == ("Council Member", "present")
    assert people["Lou Park"] == ("Council Member", "absent")
    assert people["Max Fry"] == ("Finance Director", "in_attendance")
    items = segment_items(text)
    assert parse_header(text, end=items[0].start).meeting.chair == "Ann Lowe"


def test_president_who_calls_the_meeting_to_order_by_surname_chairs_it():
    text = "Board of Education\n\nMembers present: Kim Vale, President; Ed Roy, Member\n\n1. Call to Order\n"
    text += "President Vale called the meeting to order at 7:01 p.m.\n"
    head = parse_header(text, end=text.index("1. Call"))
    assert head.meeting.chair == "Kim Vale"


def test_titles_written_before_names_and_none_for_nobody():
    text = (
        "Members absent: None\n"
        "Also present: Assistant Superintendent, Business Services, Dana Whit; Facilities Director Tom Rich; "
        "Student Board Member Ali Grant (non-voting)\n"
    )
    people = {p.name: (p.role, p.attendance) for p in parse_header(text).people}
    assert people == {
        "Dana Whit": ("Assistant Superintendent, Business Services", "in_attendance"),
        "Tom Rich": ("Facilities Director", "in_attendance"),
        "Ali Grant": ("Student Board Member", "in_attendance"),
    }


def test_present_and_absent_on_one_line_split_at_the_semicolon():
    people = {p.name: p.attendance for p in parse_header("Present: Amy Ho, Ben Ode; Absent: Cy Lam\n").people}
    assert people == {"Amy Ho": "present", "Ben Ode": "present", "Cy Lam": "absent"}


def test_a_guest_label_lists_people_in_attendance():
    people = parse_header("Present: Amy Ho, Ben Ode\nGuest for the first half: Cy Lam (Developer)\n").people
    assert [(p.name, p.role, p.attendance) for p in people][-1] == ("Cy Lam", "Developer", "in_attendance")


def test_role_after_a_dash_keeps_its_comma_in_a_tab_laid_list():
    text = "In attendance:\tDr Fay Cadd – General Manager, Catchment Management\n\tMs Ro Hetet – Advisor (Minute taker)\n"
    head = parse_header(text)
    assert [(p.name, p.role) for p in head.people] == [
        ("Fay Cadd", "General Manager, Catchment Management"),
        ("Ro Hetet", "Advisor"),
    ]
    assert head.meeting.minute_taker == "Ro Hetet"


def test_apologies_in_an_item_line_and_an_apology_sentence():
    text = "Present: Amy Ho, Ben Ode\n\n1. Welcome & apologies\nApologies: Cy Lam, Cllr Di Park.\n"
    text += "That the apology from Cr Ed Moss be accepted.\n"
    head = parse_header(text, end=text.index("1. Welcome"))
    absent = {p.name for p in head.people if p.attendance == "apologies"}
    assert absent == {"Cy Lam", "Di Park", "Ed Moss"}


def test_two_chairs_and_role_labels_attend_when_no_list_is_given():
    text = (
        "Telemetry WG Session\n\nChairs: Ann Olsen, Dev Rao\nResponsible AD: Kofi Mensah\n"
        "Minute taker: Lena Fisch\n\n1. Administrivia\nNote Well was shown to the room.\n"
    )
    head = parse_header(text, end=text.index("1. Admin"))
    assert {(p.name, p.role, p.attendance) for p in head.people} == {
        ("Ann Olsen", "Chair", "present"),
        ("Dev Rao", "Chair", "present"),
        ("Kofi Mensah", "Responsible AD", "present"),
        ("Lena Fisch", "Minute taker", "present"),
    }
    assert head.meeting.chair == "Ann Olsen"


# The one-pass pattern a definition "Long Form (LF)" follows; the header finds them from the bracket back.
_ONE_PASS_DEFINITION = re.compile(
    r"\b((?:(?:[A-Z][\w'&-]*|and|of|for|the|&)\s+){0,7}[A-Z][\w'&-]*)\s+\(([A-Z][A-Za-z]{0,3}(?:[ -][A-Za-z]{1,5})?s?)\)"
)
_DEFINITION_TOKENS = st.sampled_from(
    ["Chief", "Constable", "(CC)", "and", "of", "the", "&", "Head", "(HoE)", "x(AB)", "(TB)s", "(Ab Cd)", "(A-B)",
     "\n", "  ", "O'Neil", "(ABCD)", "(Abcde)", "_X", "9A", "é(AB)", "Éric", "&Co", "word"]
)  # fmt: skip


@given(st.lists(_DEFINITION_TOKENS, max_size=30))
@settings(max_examples=300, deadline=None)
def test_abbreviation_definitions_found_from_the_bracket_back_equal_the_one_pass_pattern(tokens):
    from pipeline.header import _abbreviation_definitions

    text = " ".join(tokens)
    expected = [(m.group(1), m.group(2)) for m in _ONE_PASS_DEFINITION.finditer(text)]
    assert _abbreviation_definitions(text) == expected


def test_a_handle_after_the_name_is_the_persons_abbreviation_and_resolves_the_chair():
    text = (
        "# Widgets sync\n\n**Date:** 2024-02-01\n**Facilitator:** @ana\n\n**Attendees:**\n"
        "- Ana Lopes (Acme) @ana\n- Bo Chen (independent) @bo\n"
    )
    head = parse_header(text)
    assert [(p.name, p.abbrev) for p in head.people] == [("Ana Lopes", "@ana"), ("Bo Chen", "@bo")]
    assert head.meeting.chair == "Ana Lopes"


def test_post_nominal_credentials_are_not_part_of_a_tabled_name():
    text = (
        "Members Present:\nName\tTitle\nAnn Lee, MD\tChief of Staff (Chair)\n"
        "Raj Patel, RN, MSN\tChair, Dept of Surgery\n\nAlso Present:\nJo Kim\tCoordinator (Recorder)\n"
    )
    head = parse_header(text)
    assert [(p.name, p.role, p.attendance) for p in head.people] == [
        ("Ann Lee", "Chief of Staff", "present"),
        ("Raj Patel", "Chair, Dept of Surgery", "present"),
        ("Jo Kim", "Coordinator", "in_attendance"),
    ]
    assert (head.meeting.chair, head.meeting.minute_taker) == ("Ann Lee", "Jo Kim")


def test_cathaoirleach_is_the_chair_and_officials_are_in_attendance():
    text = (
        "Cathaoirleach: Cllr Máire Ní Bhriain\n\nMembers present:\nCllr Pádraig Ó Ceallaigh\nCllr Ann Lee\n\n"
        "Officials present:\nMs Jo Kim, District Manager\n"
    )
    head = parse_header(text)
    assert head.meeting.chair == "Máire Ní Bhriain"
    assert {p.name: p.attendance for p in head.people} == {
        "Pádraig Ó Ceallaigh": "present",
        "Ann Lee": "present",
        "Jo Kim": "in_attendance",
        "Máire Ní Bhriain": "present",
    }


def test_the_sides_of_a_negotiating_committee_are_members_present_with_their_union():
    text = (
        "Management side:\nAnn Lee, Director of HR\n\nStaff side:\nRaj Patel, UNISON\nJo Kim, GMB Officer\n"
    )
    head = parse_header(text)
    assert [(p.name, p.role, p.attendance) for p in head.people] == [
        ("Ann Lee", "Director of HR", "present"),
        ("Raj Patel", "UNISON", "present"),
        ("Jo Kim", "GMB Officer", "present"),
    ]


def test_a_plural_churchwardens_title_and_a_reverend_canon_chair_are_read():
    text = (
        "Present: The Revd Canon Ann Lee (Vicar, Chair), Churchwardens Raj Patel and Jo Kim, "
        "Tom Ray (Treasurer)\n"
    )
    head = parse_header(text)
    assert [(p.name, p.role) for p in head.people] == [
        ("Ann Lee", "Vicar, Chair"),  # "(Post, Chair)" keeps the office, as most labelled minutes do
        ("Raj Patel", "Churchwarden"),
        ("Jo Kim", "Churchwarden"),
        ("Tom Ray", "Treasurer"),
    ]
    assert head.meeting.chair == "Ann Lee"


def test_a_group_of_names_sharing_a_plural_note_each_take_it_as_their_role():
    text = "Attendees: Jo M., Sue P., Ray T. (patients); Karen Lee (Practice Manager)\n"
    head = parse_header(text)
    assert [(p.name, p.role) for p in head.people] == [
        ("Jo M.", "Patient"),
        ("Sue P.", "Patient"),
        ("Ray T.", "Patient"),
        ("Karen Lee", "Practice Manager"),
    ]


def test_a_plural_honorific_further_along_a_list_gives_each_later_name_the_councillor_role():
    head = parse_header("Present: Mayor Ann Lee, Councillors Jo Kim, Raj Patel, Tom Ray\n")
    assert [(p.name, p.role) for p in head.people] == [
        ("Ann Lee", "Mayor"),
        ("Jo Kim", "Councillor"),
        ("Raj Patel", "Councillor"),
        ("Tom Ray", "Councillor"),
    ]


def test_a_title_and_surname_in_the_chair_resolves_to_the_listed_person_and_adds_no_one():
    text = (
        "Present: Mayor Ann Lee, Councillor Jo Kim\nStaff Present: Tom Ray, Clerk\nMayor Lee in the Chair.\n"
    )
    head = parse_header(text)
    assert head.meeting.chair == "Ann Lee"
    assert [p.name for p in head.people] == ["Ann Lee", "Jo Kim", "Tom Ray"]


def test_a_group_label_gives_its_members_the_singular_role_unless_they_have_one():
    text = (
        "Trustees present: Ann Lee (Treasurer), Jo Kim, Raj Patel\nTrustees absent: Tom Ray\n"
        "Panel members: Sue Bell\nPresent: Kay Moss\n"
    )
    roles = {p.name: p.role for p in parse_header(text).people}
    assert roles == {
        "Ann Lee": "Treasurer",
        "Jo Kim": "Trustee",
        "Raj Patel": "Trustee",
        "Tom Ray": "Trustee",
        "Sue Bell": "Panel member",
        "Kay Moss": None,
    }


def test_a_chair_line_role_wins_over_the_group_label_role():
    head = parse_header("Chair: Ann Lee\nDirectors present: Ann Lee, Jo Kim\n")
    assert {p.name: p.role for p in head.people} == {"Ann Lee": "Chair", "Jo Kim": "Director"}


def test_a_chair_note_is_the_role_of_a_person_with_no_other():
    head = parse_header("Present:\nAnn Lee (TSC chair)\nJo Kim (security lead)\nRaj Patel\n")
    assert head.meeting.chair == "Ann Lee"
    assert [(p.name, p.role) for p in head.people] == [
        ("Ann Lee", "TSC chair"),
        ("Jo Kim", "security lead"),
        ("Raj Patel", None),
    ]


def test_others_in_a_team_meeting_attend_and_the_time_line_gives_the_venue():
    text = (
        "# Team triage meeting 2023-08-22\n\nTime: 15:00 UTC, Jitsi (link in #meetings on Zulip)\n\n"
        "- Team members: Ann Lee (@alee), Jo Kim (@jkim)\n- Others: Raj Patel (@rpatel, compiler team)\n"
    )
    head = parse_header(text)
    assert head.meeting.start_time == "15:00"
    assert head.meeting.venue == "Jitsi (link in #meetings on Zulip)"
    assert [(p.name, p.attendance, p.role) for p in head.people][-1] == (
        "Raj Patel",
        "in_attendance",
        "compiler team",
    )


@pytest.mark.parametrize(
    "line, title, body",
    [
        (
            "Brightwater Open Source Foundation Technical Steering Committee",
            "Technical Steering Committee",
            "Brightwater Open Source Foundation",
        ),
        (
            "Meadowcroft Surgery Patient Participation Group",
            "Patient Participation Group",
            "Meadowcroft Surgery",
        ),
        ("Harbour Rowing Club", "Harbour Rowing Club", None),
    ],
)
def test_an_organisation_and_its_committee_on_one_line_are_split(line, title, body):
    head = parse_header(f"{line}\nMeeting minutes - 7 December 2022\n")
    assert (head.meeting.title, head.meeting.body) == (title, body)


def test_names_starting_with_an_accented_capital_are_read():
    head = parse_header("Present: Áine Walsh (Chair), Órla Byrne, Tom Lee\nApologies: Éamon Burke\n")
    assert [(p.name, p.attendance) for p in head.people] == [
        ("Áine Walsh", "present"),
        ("Órla Byrne", "present"),
        ("Tom Lee", "present"),
        ("Éamon Burke", "apologies"),
    ]
    assert head.meeting.chair == "Áine Walsh"


def test_a_long_formal_date_with_day_of_month_is_read():
    assert find_date("held on Friday, the 11th day of August, 2023 at 11:00 A.M.")[0] == dt.date(2023, 8, 11)


def test_a_numbered_list_of_directors_gives_people_and_roles():
    head = parse_header(
        "Minutes of the 12th Meeting of the Board of Directors of Ashvin Textiles Limited held on Monday, "
        "the 3rd day of July, 2023 at 10:30 A.M. at the Registered Office of the Company\n\n"
        "Directors present:\n1. Mr. Ravi Kumar, Chairman & Managing Director (DIN: 00123456)\n"
        "2. Ms. Asha Rao, Whole-time Director & Chief Financial Officer (CFO) (DIN: 00765432)\n"
        "3. Dr. Anil Shah, Independent Director (DIN: 00999999) – through video conferencing\n\n"
        "Leave of absence:\nMr. Joseph Pinto, Nominee Director (DIN: 01234567)\n\n"
        "Mr. Ravi Kumar, Chairman & Managing Director, took the Chair.\n"
    )
    people = {p.name: (p.role, p.abbrev, p.attendance) for p in head.people}
    assert people == {
        "Ravi Kumar": ("Chairman & Managing Director", None, "present"),
        "Asha Rao": ("Whole-time Director & Chief Financial Officer", "CFO", "present"),
        "Anil Shah": ("Independent Director", None, "present"),
        "Joseph Pinto": ("Nominee Director", None, "apologies"),
    }
    meeting = head.meeting
    assert (meeting.title, meeting.body) == (
        "12th Meeting of the Board of Directors",
        "Ashvin Textiles Limited",
    )
    assert (meeting.date, meeting.start_time, meeting.chair) == (dt.date(2023, 7, 3), "10:30", "Ravi Kumar")
    assert meeting.venue == "Registered Office of the Company"


def test_a_markdown_attendees_heading_opens_a_list_of_handles():
    head = parse_header(
        "# Post-incident review\n\n**Date:** 2024-05-02 **Time:** 10:00 UTC **Where:** Zoom\n"
        "**Facilitator:** @ana **Scribe:** @bo\n\n## Attendees\n- @ana (Ana Silva, SRE lead)\n"
        "- @bo (Bo Lind, SRE)\n- Regrets: @cy (Cy Park, networking)\n"
    )
    assert [(p.name, p.role, p.abbrev, p.attendance) for p in head.people] == [
        ("Ana Silva", "SRE lead", "@ana", "present"),
        ("Bo Lind", "SRE", "@bo", "present"),
        ("Cy Park", "networking", "@cy", "apologies"),
    ]
    assert (head.meeting.chair, head.meeting.venue, head.meeting.start_time) == ("Ana Silva", "Zoom", "10:00")


def test_a_long_label_ending_in_present_opens_a_table_and_country_codes_are_not_abbreviations():
    head = parse_header(
        "Officers, convenors and heads of delegation present:\n"
        "Ingrid Berg\tChair\tNO\nHelen Marsh\tHead of delegation\tHM\nTom Reyes\tHead of delegation\tUS\n"
        "Ola Lie\tProgramme Manager\tISO/CS\n"
    )
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [
        ("Ingrid Berg", "Chair", None),
        ("Helen Marsh", "Head of delegation", "HM"),
        ("Tom Reyes", "Head of delegation", None),
        ("Ola Lie", "Programme Manager", None),
    ]


def test_a_body_named_before_a_generic_minutes_phrase_is_the_title():
    head = parse_header(
        "Northvale Hospitals NHS Foundation Trust\n"
        "Council of Governors - Minutes of the meeting held in public on 12 September 2024, 17:30, "
        "Lecture Theatre, Education Centre, Northvale General Hospital, with members of the public\n"
    )
    assert (head.meeting.title, head.meeting.body) == (
        "Council of Governors",
        "Northvale Hospitals NHS Foundation Trust",
    )


def _rows(head) -> list[tuple]:
    return [(p.name, p.role, p.abbrev, p.attendance) for p in head.people]


def test_a_markdown_present_heading_keeps_its_list_across_the_blank_line():
    head = parse_header(
        "# Wrenfield TSC Meeting 2025-02-03\n\n## Present\n\n"
        "* Ada Quill (@aquill) - TSC member (chair)\n* Bram Otter (@botter) - TSC member (minutes)\n"
        "* Cleo Vance (@cvance) - guest\n"
    )
    assert _rows(head) == [
        ("Ada Quill", "TSC member", "@aquill", "present"),
        ("Bram Otter", "TSC member", "@botter", "present"),
        ("Cleo Vance", "guest", "@cvance", "in_attendance"),
    ]
    assert (head.meeting.chair, head.meeting.minute_taker) == ("Ada Quill", "Bram Otter")


def test_a_company_column_is_dropped_when_the_table_has_a_role_column():
    head = parse_header(
        "## Attendance\n\nName\tCompany\tRole\nRuth Penn\tAcme Grid\tWG Chair\nOmar Lusk\tBlue Fjord\tWG member\n"
    )
    assert _rows(head) == [
        ("Ruth Penn", "WG Chair", None, "present"),
        ("Omar Lusk", "WG member", None, "present"),
    ]
    assert head.meeting.chair == "Ruth Penn"


def test_a_chat_nick_in_brackets_is_the_short_form_and_the_employer_after_it_no_role():
    head = parse_header(
        "Chair: Ines Varga (PTL)\n\nAttendees (add your name and IRC nick):\n"
        "* Ines Varga (ivarga) - Norrow Cloud\n* Tomas Bell (tbell) - Independent\n\n"
        "Can't make it today (will read the notes):\n* Uma Reyes (umar) - Sable Data\n"
    )
    assert _rows(head) == [
        ("Ines Varga", "PTL", "ivarga", "present"),
        ("Tomas Bell", None, "tbell", "present"),
        ("Uma Reyes", None, "umar", "apologies"),
    ]


def test_meeting_bot_speakers_chair_and_channel_are_read():
    text = (
        "#wren-docs Meeting\n\nMeeting started by kpike at 15:00:02 UTC. The full logs are available.\n\n"
        "1. Roll call (kpike, 15:00)\n  * INFO: notes here (kpike, 15:01)\n\n"
        "People present (lines said)\n---------------------------\n* kpike (30)\n\n* olsen (12)\n\nGenerated by bot\n"
    )
    head = parse_header(text, end=text.index("1. Roll"))
    assert _rows(head) == [("kpike", None, None, "present"), ("olsen", None, None, "present")]
    assert (head.meeting.title, head.meeting.chair, head.meeting.venue) == (
        "#wren-docs Meeting",
        "kpike",
        "#wren-docs",
    )


def test_roles_written_before_names_in_an_agm_committee_list():
    head = parse_header(
        "Committee present: Chairperson Lena Hart, Treasurer Joe Mills, Site Rep (North Plot) Ravi Shah, "
        "Committee member Ann Cole\n"
    )
    assert _rows(head) == [
        ("Lena Hart", "Chairperson", None, "present"),
        ("Joe Mills", "Treasurer", None, "present"),
        ("Ravi Shah", "Site Rep (North Plot)", None, "present"),
        ("Ann Cole", "Committee member", None, "present"),
    ]
    assert head.meeting.chair == "Lena Hart"


def test_a_semicolon_entry_of_several_councillors_is_split_and_and_inside_brackets_is_kept():
    head = parse_header(
        "Present: Councillor Amy Lowe (Chairman); Councillors Ben Sill (Vice-Chairman), Cara Dunn and Dev Roy\n"
        "Officers: Eve Kerr (Head of Audit and Risk) and Finn Moss (Democratic Services Officer)\n"
    )
    assert [(p.name, p.attendance) for p in head.people] == [
        ("Amy Lowe", "present"),
        ("Ben Sill", "present"),
        ("Cara Dunn", "present"),
        ("Dev Roy", "present"),
        ("Eve Kerr", "in_attendance"),
        ("Finn Moss", "in_attendance"),
    ]
    assert head.people[4].role == "Head of Audit and Risk"


def test_name_dash_role_entries_on_one_line_are_separate_people():
    head = parse_header(
        "OFFICERS: P Lamb - Director of Place (DoP), K Tull - Head of Parks and Open Spaces\n"
    )
    assert [(p.name, p.role) for p in head.people] == [
        ("P Lamb", "Director of Place"),
        ("K Tull", "Head of Parks and Open Spaces"),
    ]


def test_a_post_short_form_after_a_name_is_the_abbreviation():
    head = parse_header("Present\nDr Iris Moon, DMD (Chair)\nTed Pryce, HoPS\nApologies\nVal Cole, HoIPC\n")
    assert [(p.name, p.abbrev, p.attendance) for p in head.people] == [
        ("Iris Moon", "DMD", "present"),
        ("Ted Pryce", "HoPS", "present"),
        ("Val Cole", "HoIPC", "apologies"),
    ]
    assert head.meeting.chair == "Iris Moon"


def test_tab_separated_field_lines_give_date_time_venue_and_chair():
    head = parse_header(
        "Date:\tTuesday 4th March 2025\nTime:\t2.15pm – 4pm\nLocation:\tRoom 3, Mill House\n"
        "Chair:\tGail Ford (Chief Operating Officer)\n"
    )
    m = head.meeting
    assert (str(m.date), m.start_time, m.venue, m.chair) == (
        "2025-03-04",
        "14:15",
        "Room 3, Mill House",
        "Gail Ford",
    )


def test_attendance_column_of_a_tab_table_gives_each_row_its_attendance():
    head = parse_header(
        "Name\tRole\tAttendance\n"
        "Olive Grant\tGovernor, Chair of Committee\tPresent\n"
        "Peter Moss\tGovernor\tPresent (Teams)\n"
        "Rhea Stone\tGovernor\tApologies\n"
        "Tariq Bell\tGovernor\tAbsent\n"
        "Una Webb\tBursar (BUR)\tIn attendance (to item 4)\n"
    )
    assert [(p.name, p.role, p.attendance) for p in head.people] == [
        ("Olive Grant", "Governor, Chair of Committee", "present"),
        ("Peter Moss", "Governor", "present"),
        ("Rhea Stone", "Governor", "apologies"),
        ("Tariq Bell", "Governor", "absent"),
        ("Una Webb", "Bursar", "in_attendance"),
    ]
    assert head.meeting.chair == "Olive Grant"


def test_attendees_grouped_by_discipline_drop_the_group_and_out_means_apologies():
    head = parse_header(
        "Attendees:\n"
        "- Design: Ivo Brandt (Lead Designer), Lise Moreau (Writer)\n"
        "- QA: Paul Kerr (QA Lead)\n"
        "- Out: Nina Sousa (Engineering, off sick)\n"
    )
    assert [(p.name, p.role, p.abbrev, p.attendance) for p in head.people] == [
        ("Ivo Brandt", "Lead Designer", None, "present"),
        ("Lise Moreau", "Writer", None, "present"),
        ("Paul Kerr", "QA Lead", None, "present"),
        ("Nina Sousa", "Engineering", None, "apologies"),
    ]


def test_reviewers_and_presenters_of_a_design_review_are_present():
    head = parse_header(
        "Reviewers:\nAnna Lind (AL) - Chief Engineer\nBo Grant (BG) - Power Electronics\n\n"
        "Presenters:\nCara Holm (CH) - PCB Layout\n\n"
        "Absent: Dan Yeo (DY) - Test Engineering (written comments sent in advance)\n"
    )
    assert [(p.name, p.role, p.abbrev, p.attendance) for p in head.people] == [
        ("Anna Lind", "Chief Engineer", "AL", "present"),
        ("Bo Grant", "Power Electronics", "BG", "present"),
        ("Cara Holm", "PCB Layout", "CH", "present"),
        ("Dan Yeo", "Test Engineering", "DY", "absent"),
    ]


def test_staff_with_offices_written_before_their_names():
    head = parse_header(
        "Staff: County Administrator Ava Price, County Attorney Ben Cole, Clerk to the Board Cora Dunn\n"
    )
    assert [(p.name, p.role, p.attendance) for p in head.people] == [
        ("Ava Price", "County Administrator", "in_attendance"),
        ("Ben Cole", "County Attorney", "in_attendance"),
        ("Cora Dunn", "Clerk to the Board", "in_attendance"),
    ]


def test_next_meeting_line_with_a_word_between_next_and_meeting():
    text = "Title\n\n1. Close\nThe next regular meeting will be held on 9 May 2024 at 18:00.\n"
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 4, 11))
    assert (nm.date, nm.start_time) == (dt.date(2024, 5, 9), "18:00")


def test_one_word_room_after_in_the_and_presiding_member_chairs():
    head = parse_header(
        "Harbour School Board\nMinutes of the Board meeting held on Wednesday 6 March 2024 at 6.00pm in the staffroom\n"
        "\nPresent: Mere Ngata (Presiding Member), Tom Reid (Principal)\n"
    )
    m = head.meeting
    assert (m.start_time, m.venue, m.chair) == ("18:00", "staffroom", "Mere Ngata")


def test_time_and_place_on_the_line_after_a_held_on_date():
    head = parse_header(
        "Senate\nMinutes of the meeting held on Monday 5 June 2023\nJune 2023 at 2.00 pm in the Senate Room, Old College\n"
    )
    assert (head.meeting.start_time, head.meeting.venue) == ("14:00", "Senate Room, Old College")


@pytest.mark.parametrize(
    "header, title, body",
    [
        (
            "Quaywick Open Data User Group\nMeeting notes - 3 May 2024, 18:00\n"
            "Attending: Ann Lee (Quaywick City Council), Tom Hart",
            "Open Data User Group",
            "Quaywick",
        ),
        ("# Finchly.js TSC Meeting 2024-05-03\n\nPresent: Ann Lee, Tom Hart", "TSC Meeting", "Finchly.js"),
        (
            "TARNWOOD POLICE AND CRIME PANEL\nMinutes of the meeting held on 3 May 2024\n"
            "Also present: Ann Lee (Tarnwood Fire and Rescue Service)",
            "POLICE AND CRIME PANEL",
            "TARNWOOD",
        ),
    ],
)
def test_an_organisation_name_before_a_title_case_meeting_name_is_the_body(header, title, body):
    meeting = _meeting(header)
    assert (meeting.title, meeting.body) == (title, body)


@pytest.mark.parametrize(
    "header, title",
    [
        ("# Quillby maintainers sync\nDate: 3 May 2024\nPresent: Ann Lee", "Quillby maintainers sync"),
        (
            "Finance and Risk Committee\nDate: 3 May 2024\nFinance Director: Ann Lee",
            "Finance and Risk Committee",
        ),
        (
            "CITY COUNCIL REGULAR MEETING\nDate: 3 May 2024\nThe City Council met.",
            "CITY COUNCIL REGULAR MEETING",
        ),
    ],
)
def test_a_common_word_or_a_sentence_case_name_keeps_the_first_word_of_the_title(header, title):
    assert _meeting(header).title == title


@pytest.mark.parametrize(
    "line, title, body",
    [
        ("Larch Hill HOA - Board Meeting Minutes", "Board Meeting", "Larch Hill HOA"),
        ("Tallyho Inc. - Board of Directors Meeting", "Board of Directors Meeting", "Tallyho Inc."),
        (
            "Sprint 9 Review & Planning - Owlfeather Games / Deep Moss",
            "Sprint 9 Review & Planning",
            "Owlfeather Games / Deep Moss",
        ),
        ("Ridley & Finch Group - Data Steering Committee", "Data Steering Committee", "Ridley & Finch Group"),
        ("Design Review - Falcon X-2 Controller Rev B", "Design Review - Falcon X-2 Controller Rev B", None),
    ],
)
def test_an_organisation_on_one_side_of_a_dash_is_the_body(line, title, body):
    meeting = _meeting(f"{line}\nDate: 3 May 2024\nDirectors: Ann Lee (CEO), Tom Hart (Chair)")
    assert (meeting.title, meeting.body) == (title, body)


def test_a_meeting_number_on_the_date_line_is_not_the_title():
    meeting = _meeting(
        "Hollin Group - Digital Steering Committee\nMeeting 7 | 12 September 2023 | 15:00 | Room 3"
    )
    assert meeting.title == "Digital Steering Committee"


@pytest.mark.parametrize(
    "header, title, body",
    [
        (
            "UNIVERSITY OF ELMSTEAD\nCOURT\nMinutes of the meeting held on 3 May 2024",
            "COURT",
            "UNIVERSITY OF ELMSTEAD",
        ),
        (
            "Elmstead Students' Union\nUnion Council - Minutes\n3 May 2024, 6pm",
            "Union Council",
            "Elmstead Students' Union",
        ),
    ],
)
def test_a_council_or_court_line_under_its_organisation_is_the_title(header, title, body):
    meeting = _meeting(header)
    assert (meeting.title, meeting.body) == (title, body)


def test_a_body_line_beats_a_regular_meeting_phrase_on_the_date_line():
    meeting = _meeting(
        "Board of Education\nElm Valley Unified School District\n"
        "Minutes of the Regular Meeting, May 3, 2024, 7:00 p.m., District Office"
    )
    assert (meeting.title, meeting.body) == ("Board of Education", "Elm Valley Unified School District")


def test_a_regular_meeting_phrase_under_an_organisation_stays_the_title():
    meeting = _meeting(
        "Elm Community Council\nMinutes of Monthly Meeting held on Tuesday 6th February 2024 at 7pm"
    )
    assert meeting.title == "Monthly Meeting"


def test_a_sentence_about_a_meeting_of_the_titled_body_does_not_replace_the_title():
    meeting = _meeting(
        "ADULT SOCIAL CARE SCRUTINY PANEL\nMINUTES\n3 May 2024\n"
        "A meeting of the Adult Social Care Scrutiny Panel of Elmford\nCouncil was held at 2.00 pm in Room 4.\n"
        "The meeting closed at 4.25 pm."
    )
    assert meeting.title == "ADULT SOCIAL CARE SCRUTINY PANEL"


@pytest.mark.parametrize(
    "header, title",
    [
        (
            "Elm Homes\nMinutes of the Board meeting held in public\n3 July 2024, 10:00",
            "Board meeting held in public",
        ),
        ("Elm Homes\nMinutes of the meeting held in public on 3 July 2024", None),
        (
            "Strata Plan 1234 - Elm Court\nMinutes of Strata Committee Meeting\nHeld: 9 April 2024",
            "Strata Committee Meeting",
        ),
        ("Elm School\nMinutes of the Full Governing Body meeting\nDate: 9 April 2024", "Full Governing Body"),
        ("# Steering Council meeting notes — 2025-04-07\nPresent: Ann Lee", "Steering Council meeting notes"),
    ],
)
def test_a_minutes_phrase_keeps_a_capitalised_meeting_held_in_public_and_meeting_notes(header, title):
    meeting = _meeting(header)
    if title is None:
        assert meeting.title != "meeting held in public"
    else:
        assert meeting.title == title


@pytest.mark.parametrize(
    "line, title, body",
    [
        (
            "Joint Health Scrutiny Committee (Elm Borough Council and Ash County Council)",
            "Joint Health Scrutiny Committee",
            "Elm Borough Council and Ash County Council",
        ),
        ("Compact Encoding (CE) WG Session, IETF 120", "Compact Encoding (CE) WG Session", "IETF"),
        ("Trust Board (Part 1, in public)", "Trust Board (Part 1, in public)", None),
    ],
)
def test_organisations_in_brackets_or_a_numbered_gathering_after_the_title_are_the_body(line, title, body):
    meeting = _meeting(f"{line}\nDate: 3 May 2024")
    assert (meeting.title, meeting.body) == (title, body)


def test_short_form_with_a_digit_is_an_abbreviation():
    head = parse_header("Board meeting\nPresent:\nDr Jo Kim, Year 1 Lead (Y1L)\n\n1. Welcome\n")
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [("Jo Kim", "Year 1 Lead", "Y1L")]


def test_quarter_in_brackets_is_not_an_abbreviation():
    head = parse_header("Board meeting\nPresent:\nAnn Lee, Finance Lead (Q3)\n\n1. Welcome\n")
    assert head.people[0].abbrev is None


def test_role_qualified_in_brackets_keeps_the_qualifier_and_gives_the_abbreviation():
    head = parse_header(
        "Board meeting\nPresent:\nNeil Hart, Vice Principal (Finance and Resources) (VPFR)\n\n1. Welcome\n"
    )
    assert [(p.role, p.abbrev) for p in head.people] == [("Vice Principal (Finance and Resources)", "VPFR")]


def test_short_form_with_its_qualifier_in_brackets_is_the_abbreviation():
    head = parse_header(
        "Faculty Board\nPresent:\nDr Ann Lee, Associate Dean (Research) (AD(R))\n"
        "Prof Ray Holt, Pro Vice-Chancellor (Student Experience) (PVC(S&E))\n\n1. Welcome\n"
    )
    assert [(p.role, p.abbrev) for p in head.people] == [
        ("Associate Dean (Research)", "AD(R)"),
        ("Pro Vice-Chancellor (Student Experience)", "PVC(S&E)"),
    ]


def test_second_bracket_that_is_a_note_is_no_qualified_short_form():
    head = parse_header(
        "Faculty Board\nPresent:\nDr Ann Lee, Associate Dean (Research) (part)\n\n1. Welcome\n"
    )
    assert [(p.role, p.abbrev) for p in head.people] == [("Associate Dean (Research)", None)]


def test_organisation_code_with_a_digit_after_a_name_is_not_an_abbreviation():
    head = parse_header("TAG meeting\nPresent:\nWendy Seltzer (W3C)\n\n1. Welcome\n")
    assert head.people[0].abbrev is None


def test_european_dotted_date_is_a_date_and_not_a_time():
    assert find_date("Date: 10.10.2024, 14:00-17:00 CET")[0] == dt.date(2024, 10, 10)
    assert find_time("Date: 10.10.2024, 14:00-17:00 CET") == "14:00"


def test_excused_members_sent_apologies_and_secretariat_staff_attend():
    text = (
        "Example Association - Board\nMinutes of the 7th Board meeting\n\n"
        "Participants: Ann Lee, Raj Patel\n"
        "From the Secretariat: Tom Hardy (Finance Manager)\n"
        "Excused: Mia Wong\n\n1. Opening\nThe chair opened the meeting.\n"
    )
    people = {p.name: p.attendance for p in parse_header(text).people}
    assert people["Tom Hardy"] == "in_attendance"
    assert people["Mia Wong"] == "apologies"


def test_title_keeps_meeting_after_an_ordinal():
    text = (
        "Example Association\nMinutes of the 42nd Board meeting\n\nPresent: Ann Lee\n\n1. Opening\nHello.\n"
    )
    assert parse_header(text).meeting.title == "42nd Board meeting"


def test_body_line_is_the_title_above_a_minutes_of_the_regular_meeting_line():
    text = (
        "EXAMPLE STATE UNIVERSITY\nFACULTY SENATE\nMinutes of the Regular Meeting\nMay 7, 2024 - 3:30 p.m.\n\n"
        "Present: Ann Lee, Raj Patel\n\nCALL TO ORDER\nThe meeting was called to order.\n"
    )
    assert parse_header(text).meeting.title.lower() == "faculty senate"


def test_recording_secretary_takes_the_minutes_and_holds_that_role():
    text = "Town Board\nMay 7, 2024\n\nPresent: Ann Lee, Raj Patel\nRecording Secretary: Mia Wong\n\n1. Opening\nHi.\n"
    header = parse_header(text)
    assert header.meeting.minute_taker == "Mia Wong"
    assert {p.name: p.role for p in header.people}["Mia Wong"].lower() == "recording secretary"


def test_country_codes_after_members_of_an_international_board_are_no_short_forms():
    text = (
        "Example International\nMay 7, 2024\n\n"
        "Participants: Ingrid Berg (NO, President), Marco Rossi (IT), Anna Kowal (PL), Jan Peeters (BE), "
        "Ruth Smit (NL)\n\n1. Opening\nHi.\n"
    )
    people = parse_header(text).people
    assert [p.abbrev for p in people] == [None] * 5
    assert people[0].role == "President"


def test_a_few_country_like_codes_among_initials_stay_short_forms():
    text = (
        "Example Board\nMay 7, 2024\n\n"
        "Present: Nina Obi (TD), Paul Dunn (FD), Hugh Toll (BL), Ann Lee (AL)\n\n1. Opening\nHi.\n"
    )
    assert [p.abbrev for p in parse_header(text).people] == ["TD", "FD", "BL", "AL"]


def test_upper_case_label_absent_with_apology_gives_apologies_and_hon_is_dropped():
    text = (
        "COMMITTEE ON FINANCE\nMINUTES OF THE 3RD SITTING HELD ON TUESDAY, 14TH MARCH 2023\n\n"
        "PRESENT\n1. Hon. Jane Achieng Otieno, MCA - Chairperson\n2. Hon. Peter Kamau, MCA\n\n"
        "ABSENT WITH APOLOGY\n1. Hon. Ruth Wanjiku, MCA\n\n"
        "MIN. 04/FIN/2023: PRELIMINARIES\nThe sitting opened with a prayer.\n\n"
        "MIN. 05/FIN/2023: ADJOURNMENT\nThe sitting rose at noon.\n"
    )
    items = segment_items(text)
    head = parse_header(text, end=items[0].start)
    got = {p.name: p.attendance for p in head.people}
    assert got == {"Jane Achieng Otieno": "present", "Peter Kamau": "present", "Ruth Wanjiku": "apologies"}
    assert head.meeting.chair == "Jane Achieng Otieno"


def test_four_digit_time_with_hrs_is_a_clock_time():
    assert find_time("Held Monday, 1845 hrs") == "18:45"
    assert find_time("Serial 2045 of the register") is None


def test_a_lower_case_place_after_held_at_the_drops_its_article():
    meeting = _meeting(
        "Upton Lifeboat Crew\nCrew Meeting\nHeld at the boathouse, Friday 3rd May 2024, 1900 hrs\n"
    )
    assert meeting.venue == "boathouse"
    assert meeting.start_time == "19:00"


def test_an_office_then_the_name_before_presided_names_the_chair():
    meeting = _meeting(
        "Northvale Methodist District\nDistrict Synod\nMinutes of the meeting held on 2 March 2024\n\n"
        "The Chair of the District, the Revd Anne Colley, presided.\n"
    )
    assert meeting.chair == "Anne Colley"
    assert meeting.title == "District Synod"


def _attendance_of(text: str) -> dict[str, str]:
    """Name -> attendance of the people a header block lists."""
    return {p.name: p.attendance for p in parse_header(text).people}


def test_officers_list_naming_the_president_is_members_present():
    got = _attendance_of(
        "Oakridge Garden Society\nGeneral Meeting\n4 March 2024\n"
        "Officers present: President Ann Lee, Secretary Raj Patel, Treasurer Sue Ng\n"
        "In attendance: Tom Hall\n"
    )
    assert got == {
        "Ann Lee": "present",
        "Raj Patel": "present",
        "Sue Ng": "present",
        "Tom Hall": "in_attendance",
    }


def test_officers_list_of_council_staff_stays_in_attendance():
    got = _attendance_of(
        "Westbury Town Council\nPlanning Committee\n4 March 2024\nPresent: Cllr Ann Lee (Chair)\n"
        "Officers present: Raj Patel (Town Clerk), Sue Ng (Planning Officer)\n"
    )
    assert got == {"Ann Lee": "present", "Raj Patel": "in_attendance", "Sue Ng": "in_attendance"}


def test_a_short_rank_before_a_name_gives_the_rank_in_full():
    people = parse_header(
        "Millbrook Fire Brigade\nBrigade Meeting\n4 March 2024\nPresent: FF Ann Lee\n"
    ).people
    assert [(p.name, p.role) for p in people] == [("Ann Lee", "Firefighter")]


def test_next_meeting_without_a_year_takes_the_first_such_day_after_the_meeting():
    text = (
        "Title\n\n4. Any other business\nNone.\n\n5. Next meeting\nThursday 9th January, 7pm, Church Room.\n"
    )
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 11, 14))
    assert (nm.date, nm.start_time, nm.venue) == (dt.date(2025, 1, 9), "19:00", "Church Room")


def test_yearless_date_in_the_meeting_year_when_still_ahead():
    found = find_yearless_date("on Tuesday 5th March at the hall", dt.date(2024, 2, 6))
    assert found is not None and found[0] == dt.date(2024, 3, 5)


def test_dated_text_is_not_read_as_a_yearless_date():
    assert find_yearless_date("on 5 March 2025", dt.date(2024, 2, 6)) is None


def test_month_ending_a_sentence_is_not_dated_by_the_next_list_number():
    after = dt.date(2022, 9, 8)
    assert find_yearless_date("to report to the working group in October.\n3. Treasurer to", after) is None
    assert find_yearless_date("in October\n3) Treasurer to renew", after) is None


def test_month_and_day_wrapped_onto_two_lines_are_still_one_date():
    found = find_yearless_date("will meet on Wednesday October\n12 in the library", dt.date(2022, 9, 8))
    assert found is not None and found[0] == dt.date(2022, 10, 12)


def test_next_meeting_line_above_a_numbered_list_takes_no_date_from_it():
    text = (
        "Title\n\nActions\n1. Secretary to bring the draft budget to the next meeting.\n"
        "2. Treasurer to file the return with the bank in November.\n4. Chair to write to members.\n"
    )
    assert find_next_meeting(text, [], dt.date(2022, 9, 8)) is None


def test_next_sitting_line_gives_the_next_meeting():
    text = "Title\n\n9. Adjournment\nThe next sitting will be held on Friday, 7th June 2024 at 10.00 a.m.\n"
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 5, 30))
    assert (nm.date, nm.start_time) == (dt.date(2024, 6, 7), "10:00")


def test_next_body_short_name_line_starts_on_the_first_day_of_a_range():
    text = "Title\n\n6. Closing\nThe next PRC will meet on 3-4 December 2024 by videoconference.\n"
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 6, 1))
    assert nm.date == dt.date(2024, 12, 3)


def test_next_meeting_range_with_no_year_starts_on_its_first_day():
    text = "Title\n\n7. Next meeting\nOur next meeting is scheduled for 3-5 March in Leeds.\n"
    nm = find_next_meeting(text, segment_items(text), dt.date(2019, 12, 5))
    assert nm.date == dt.date(2020, 3, 3)


def test_society_officer_word_before_a_name_is_a_role():
    text = "Garden Society\nDate: 3 May 2024\nAbsent: Archivist Lena Moss\n\n1. Welcome\nHi.\n"
    head = parse_header(text, text.index("1. Welcome"))
    assert [(p.name, p.role, p.attendance) for p in head.people] == [("Lena Moss", "Archivist", "absent")]


def test_next_short_name_without_a_meeting_verb_is_not_the_next_meeting():
    text = "Title\n\n1. Review\nAgreed to look again at the next PTG.\nOutput due 3 December 2024.\n"
    assert find_next_meeting(text, segment_items(text), dt.date(2024, 6, 1)) is None


def _people_of(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(name, role, abbrev, attendance) of every person the header lists, in order."""
    return [(p.name, p.role, p.abbrev, p.attendance) for p in parse_header(text).people]


def test_members_grouped_by_who_they_represent_are_present():
    text = (
        "Members:\nDistrict Drainage Board members:\nCllr Ann Lee\tOakham Town Council\n"
        "Members appointed by the Water Agency:\nRaj Patel\tAngling interests\n"
    )
    assert _people_of(text) == [
        ("Ann Lee", "Oakham Town Council", None, "present"),
        ("Raj Patel", "Angling interests", None, "present"),
    ]


def test_a_meeting_of_members_is_not_a_members_label():
    text = "Annual General Meeting of Members\nDate: 3 May 2024\nPresent: Ann Lee\n"
    assert _people_of(text) == [("Ann Lee", None, None, "present")]


def test_chair_label_with_a_long_bracketed_note_names_the_chair():
    head = parse_header("Chair (appointed by the Regional Water Authority): Professor Ann Lee\n")
    assert head.meeting.chair == "Ann Lee"


def test_post_then_holder_lines_under_an_attendance_label():
    text = (
        "Agency officers in attendance:\nArea Director - Ann Lee\nBoard Secretariat - Raj Patel (minutes)\n"
    )
    assert _people_of(text) == [
        ("Ann Lee", "Area Director", None, "in_attendance"),
        ("Raj Patel", "Board Secretariat", None, "in_attendance"),
    ]


def test_head_count_label_keeps_the_names_listed_below_it():
    text = "Attendees: ~30 (names below)\n\n- @annl (Ann Lee)\n- @rajp (Raj Patel)\n"
    assert [(p.name, p.abbrev) for p in parse_header(text).people] == [
        ("Ann Lee", "@annl"),
        ("Raj Patel", "@rajp"),
    ]


def test_name_and_company_lines_stay_one_person():
    text = (
        "Board members present:\nAnn Lee (Chair), Lee Castings Ltd\nRaj Patel, Harbour Freight\n"
        "Sue Moss, Moss & Hale Surveyors\n"
    )
    assert [(p.name, p.role) for p in parse_header(text).people] == [
        ("Ann Lee", "Lee Castings Ltd"),
        ("Raj Patel", "Harbour Freight"),
        ("Sue Moss", "Moss & Hale Surveyors"),
    ]


def test_degrees_in_a_comma_list_are_nobody():
    text = "Directors present: Ann Lee, MD, Raj Patel\n"
    assert [p.name for p in parse_header(text).people] == ["Ann Lee", "Raj Patel"]


def test_post_short_form_before_a_bracketed_name():
    text = "Also present: CFO (Ann Lee); Chief of Staff (Raj Patel, MD)\n"
    assert _people_of(text) == [
        ("Ann Lee", None, "CFO", "in_attendance"),
        ("Raj Patel", "Chief of Staff", None, "in_attendance"),
    ]


def test_legislature_seat_after_a_name_is_the_role():
    text = "PRESENT\n1. Hon. Ann Wanjiku Lee, MLA - Vice Chairperson\n2. Hon. Raj Otieno Patel, MLA\n"
    assert [(p.name, p.role, p.abbrev) for p in parse_header(text).people] == [
        ("Ann Wanjiku Lee", "MLA, Vice Chairperson", None),
        ("Raj Otieno Patel", "MLA", None),
    ]


def test_labelled_fields_split_at_a_semicolon():
    head = parse_header("Chair: Ann Lee; Minutes: Raj Patel (Secretary)\nPresent: Ann Lee, Raj Patel\n")
    assert (head.meeting.chair, head.meeting.minute_taker) == ("Ann Lee", "Raj Patel")


def test_next_meeting_ignores_another_events_date_after_a_semicolon():
    text = 'Notes\n\nNext f2f: 14-16 in Lisbon, hosted by Acme; - the "forum" on May 3rd, hosted by Beta\n'
    assert find_next_meeting(text, [], dt.date(2024, 2, 1)) is None


def test_next_meeting_date_before_a_semicolon_still_counts():
    text = "Notes\n\nNext meeting: 14 March; the workshop on 2 April is cancelled\n"
    nm = find_next_meeting(text, [], dt.date(2024, 2, 1))
    assert nm.date == dt.date(2024, 3, 14)


def test_fields_one_space_apart_on_a_line_are_read_apart():
    head = parse_header("Quality Group\nDate: 08/02/2024 Time: 10:00-12:00 Location: MS Teams\n")
    assert (head.meeting.date, head.meeting.start_time, head.meeting.venue) == (
        dt.date(2024, 2, 8),
        "10:00",
        "MS Teams",
    )


def test_table_rows_giving_the_post_before_its_holder():
    text = "PRESENT\nChairperson\tAnn Lee\nMembers\tRaj Patel\n\nALSO PRESENT\nCouncillor\tSue Moss\tUntil 11am\n"
    assert _people_of(text) == [
        ("Ann Lee", "Chairperson", None, "present"),
        ("Raj Patel", "Member", None, "present"),
        ("Sue Moss", "Councillor", None, "in_attendance"),
    ]
    assert parse_header(text).meeting.chair == "Ann Lee"


def test_a_labelled_role_row_after_apologies_is_not_a_post_table_row():
    text = "Apologies:\tAnn Lee (Finance Director)\nSecretariat:\tRaj Patel (Programme Office)\n"
    assert ("Raj Patel", "apologies") not in [(p.name, p.attendance) for p in parse_header(text).people]


def _meeting_of(text: str):
    """The meeting facts of a header ending at its first numbered item ("1." or "I.")."""
    return parse_header(text, end=re.search(r"^(?:1|I)\. ", text, re.M).start()).meeting


def test_scots_minute_of_meeting_line_leaves_the_title_to_the_committee_line():
    text = (
        "Glenfarrow Council\n\nHarbour and Ferries Sub-Committee\n\n"
        "Minute of Meeting held in the Burgh Hall, Stanlow, on Tuesday 5 March 2024 at 10.00am\n\n"
        "Present: Councillors Ann Reid and Hugh Bain\n\n1. Apologies\nNone.\n"
    )
    assert _meeting_of(text).title == "Harbour and Ferries Sub-Committee"


def test_minutes_of_the_hearing_names_no_meeting():
    text = (
        "BOROUGH OF NETTLEFORD\n\nPremises Licensing Panel\n\n"
        "Minutes of the hearing held on Friday 3 May 2024 at 10.00 am, Room 2, Civic Centre\n\n"
        "Members: Councillor Ann Reid (Chair), Councillor Hugh Bain\n\n1. Declarations\nNone.\n"
    )
    assert _meeting_of(text).title == "Premises Licensing Panel"


def test_breadcrumb_line_is_no_title_and_short_name_before_minutes_is():
    text = (
        "Orrin Logistics / Operations / Release Management / RAB minutes 2024\n"
        "RAB Minutes – 2024-03-05\n\nDate: 5 Mar 2024, 10:00\nChair: Ann Reid\n\n1. Review\nDone.\n"
    )
    assert _meeting_of(text).title == "RAB"


def test_body_comma_organisation_line_titles_a_regular_meeting():
    text = (
        "BOARD OF TRUSTEES, HOLLOWAY COMMUNITY COLLEGE DISTRICT\nMinutes of the Regular Meeting, March 9, 2023\n\n"
        "Trustees present: Ann Reid (Chair), Hugh Bain\n\nI. CALL TO ORDER\nDone.\n"
    )
    meeting = _meeting_of(text)
    assert (meeting.title, meeting.body) == ("BOARD OF TRUSTEES", "HOLLOWAY COMMUNITY COLLEGE DISTRICT")


def test_called_to_order_sentence_gives_start_time_and_venue():
    text = (
        "Board of Trustees\nMinutes of the Regular Meeting, March 9, 2023\n\n"
        "The meeting was called to order at 6:05 p.m. by Chair Ann Reid in the Cedar Room, Main Hall, Ashby.\n\n"
        "Trustees present: Ann Reid (Chair), Hugh Bain\n\nI. CALL TO ORDER\nDone.\n"
    )
    meeting = _meeting_of(text)
    assert (meeting.start_time, meeting.venue) == ("18:05", "Cedar Room, Main Hall, Ashby")


def test_chair_after_post_before_initials_is_the_chair():
    text = (
        "Quality Committee\nMinutes of the meeting held on 4 March 2024\n\nMembers present:\n"
        "Ann Reid, Non-Executive Director, Chair (AR)\nHugh Bain, Chief Nurse (HB)\n\n1. Welcome\nDone.\n"
    )
    head = parse_header(text, end=segment_items(text)[0].start)
    assert head.meeting.chair == "Ann Reid"
    assert (head.people[0].role, head.people[0].abbrev) == ("Non-Executive Director, Chair", "AR")


def test_councillors_subheading_keeps_the_present_list_open():
    text = (
        "Present:\nMr Alan Teo (Chairman)\nCouncillors:\nMs Grace Lim Hui Wen\nMr Ravi Menon\n\n"
        "Absent with Apologies:\nMr Omar Bin Salleh\n\n1. CONFIRMATION OF MINUTES\nConfirmed.\n"
    )
    people = _people_of(text)
    assert ("Grace Lim Hui Wen", None, None, "present") in people
    assert ("Ravi Menon", None, None, "present") in people
    assert ("Omar Bin Salleh", None, None, "apologies") in people


def test_posts_written_before_names_in_a_comma_list_are_split_per_person():
    text = (
        "Also present: Chancellor Ada Quill, Board Secretary Noel Varga, "
        "Vice Chancellor for Research and Student Affairs Tomas Ibarra\n\n1. Welcome\nHello.\n"
    )
    assert _people_of(text) == [
        ("Ada Quill", "Chancellor", None, "in_attendance"),
        ("Noel Varga", "Board Secretary", None, "in_attendance"),
        ("Tomas Ibarra", "Vice Chancellor for Research and Student Affairs", None, "in_attendance"),
    ]


def test_post_of_a_field_is_not_split_into_a_name():
    text = "In attendance: Ann Lee, Director of Adult Social Services\n\n1. Welcome\nHello.\n"
    assert _people_of(text) == [("Ann Lee", "Director of Adult Social Services", None, "in_attendance")]


def test_fire_command_rank_is_the_role_not_part_of_the_name():
    text = (
        "In attendance: Watch Commander Iain Rossi (SFRS); Area Commander Beth Clyde, Head of Prevention\n\n"
        "1. Welcome\nHello.\n"
    )
    assert _people_of(text) == [
        ("Iain Rossi", "Watch Commander, SFRS", None, "in_attendance"),
        ("Beth Clyde", "Head of Prevention", None, "in_attendance"),  # the post named: the rank dropped
    ]


def test_ranked_officer_post_and_service_note_make_one_role():
    text = (
        "In attendance: Chief Superintendent Moira Kerr, Divisional Commander (Police Scotland); "
        "Inspector Tam Boyd (Police Scotland)\n\n1. Welcome\nHello.\n"
    )
    assert _people_of(text) == [
        ("Moira Kerr", "Chief Superintendent, Divisional Commander, Police Scotland", None, "in_attendance"),
        ("Tam Boyd", "Inspector, Police Scotland", None, "in_attendance"),
    ]


def test_and_before_the_last_semicolon_entry_is_no_part_of_the_name():
    text = (
        "In attendance: Kay Dunn (Community Safety Manager); and Rory Fell (Committee Officer)\n\n"
        "1. Welcome\nHello.\n"
    )
    assert ("Rory Fell", "Committee Officer", None, "in_attendance") in _people_of(text)


def test_councillor_who_is_convener_keeps_both_roles():
    text = "Present: Councillors Isla Shaw, Neil Grant (Convener) and Ruth Bell\n\n1. Welcome\nHello.\n"
    assert ("Neil Grant", "Councillor, Convener", None, "present") in _people_of(text)


def test_observer_note_is_no_part_of_the_role():
    text = "In attendance:\nRita Moss, Public Governor (observer)\n\n1. Welcome\nHello.\n"
    assert _people_of(text) == [("Rita Moss", "Public Governor", None, "in_attendance")]


def test_short_form_before_a_minutes_note_is_the_abbreviation():
    text = "In attendance:\nOwen Pike, Governance Officer (OP) (minutes)\n\n1. Welcome\nHello.\n"
    head = parse_header(text)
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [("Owen Pike", "Governance Officer", "OP")]
    assert head.meeting.minute_taker == "Owen Pike"


def test_first_name_that_is_a_role_word_is_a_name_after_a_rank():
    text = (
        "Also present: Mr Ivo Kerr (the applicant), PC Dean Rowe (Police Licensing Officer), Ms Ada Bell\n\n"
        "1. Welcome\nHello.\n"
    )
    assert [p[0] for p in _people_of(text)] == ["Ivo Kerr", "Dean Rowe", "Ada Bell"]


def test_short_rank_before_a_name_is_not_joined_to_the_service_note():
    text = "Force attendees: Insp Noor Haq (Learning and Development)\n\n1. Welcome\nHello.\n"
    assert _people_of(text)[0][:2] == ("Noor Haq", "Learning and Development")


def _next_of(text: str, meeting_date: dt.date) -> NextMeeting | None:
    """The next meeting the pipeline reads from invented minutes, items segmented as in the pipeline."""
    return find_next_meeting(text, segment_items(text), meeting_date)


def test_a_heading_of_next_and_the_body_short_name_gives_the_next_meeting():
    text = (
        "Board notes\n\n1. Changes\nTwo were approved.\n\n2. Next CRB\nTuesday 23 July 2024, 14:00, Room 4.\n"
    )
    assert _next_of(text, dt.date(2024, 7, 16)).date == dt.date(2024, 7, 23)


def test_a_next_review_heading_gives_the_next_meeting_but_next_steps_does_not():
    review = "Notes\n\n## Risks\nNone.\n\n## Next review\nThursday 7 November 2024, 09:30, Lab 2.\n"
    steps = "Notes\n\n## Risks\nNone.\n\n## Next steps\nShip the fix by Thursday 7 November 2024.\n"
    assert _next_of(review, dt.date(2024, 9, 19)).date == dt.date(2024, 11, 7)
    assert _next_of(steps, dt.date(2024, 9, 19)) is None


def test_a_follow_up_review_heading_gives_the_next_meeting():
    text = "Incident review\n\n## Timeline\nAll fixed.\n\n## Follow-up review\nOn 2024-09-03 at 15:00 UTC.\n"
    assert _next_of(text, dt.date(2024, 8, 20)).date == dt.date(2024, 9, 3)


def test_the_date_in_a_next_meeting_heading_counts_when_the_body_has_none():
    text = "TAC call\n\n## Updates\nNone.\n\n## Next meeting: May 3, 2022\n\n8:00 AM PT on Zoom, as usual.\n"
    assert _next_of(text, dt.date(2022, 4, 19)).date == dt.date(2022, 5, 3)


def test_two_words_between_next_and_meeting_still_name_the_next_meeting():
    text = (
        "Minutes\n\nThe next Regular Council Meeting will be held\non Monday, April 22, 2024 at 6:30 p.m.\n"
    )
    assert find_next_meeting(text, [], dt.date(2024, 4, 8)).date == dt.date(2024, 4, 22)


def test_a_weekday_and_day_whose_month_was_lost_is_the_first_such_day_after_the_meeting():
    text = "Minutes\n\nThe next sitting will be held on Thursday, 16th\nSigned: Chairperson\n"
    assert find_next_meeting(text, [], dt.date(2023, 3, 14)).date == dt.date(2023, 3, 16)
    court = "Minutes\n\nThe next meeting of Court will be held on Monday 20\nThe meeting closed.\n"
    assert find_next_meeting(court, [], dt.date(2022, 12, 12)).date == dt.date(2023, 2, 20)


def test_a_weekday_and_day_with_a_month_after_is_not_read_as_a_lost_month():
    assert find_weekday_and_day("on Thursday 16 March", dt.date(2023, 3, 1)) is None


@pytest.mark.parametrize(
    "header, venue",
    [
        ("Minutes of the meeting held on 18 October 2022 at 2pm by Zoom\n", "Zoom"),
        ("Project PMC\n2024-06-18, 16:00 UTC, video call\n", "video call"),
        ("Allocation committee\nMinutes, 16-17 May 2023, videoconference\n", "videoconference"),
        ("Roundtable\nDate: 2023-10-11, Room 2\n", "Room 2"),
        ("Project TSC\n**When:** 2024-06-18, 16:00 UTC (Zoom, recording kept)\n", "Zoom"),
    ],
)
def test_an_online_medium_or_a_room_ending_the_date_line_is_the_venue(header: str, venue: str):
    assert parse_header(header).meeting.venue == venue


def test_a_bracketed_note_ending_the_date_line_without_a_medium_is_no_venue():
    assert (
        parse_header("Project TSC\nWhen: 2024-06-18, 16:00 UTC (rescheduled, see below)\n").meeting.venue
        is None
    )


def test_a_two_column_tab_field_table_sets_the_meeting_fields():
    text = (
        "Riverside Housing Ltd\nFinance Working Group – Minutes\n\nMeeting date\t03/04/2024\n"
        "Time\t14:00 – 15:00\nLocation\tRoom 2, Mill House\nChair\tAnna Kowalczyk\nMinutes\tTom Reyes\n\n"
        "Attendees\nAnna Kowalczyk\tDirector\nTom Reyes\tAnalyst\n"
    )
    meeting = parse_header(text).meeting
    assert meeting.title == "Finance Working Group"
    assert (meeting.start_time, meeting.venue) == ("14:00", "Room 2, Mill House")
    assert (meeting.chair, meeting.minute_taker) == ("Anna Kowalczyk", "Tom Reyes")


def test_a_post_cell_after_an_attendance_label_stays_a_person_row():
    text = "Roads Committee\n\nPresent\nChairman\tMr CHEUNG Tak-ming, BBS, JP\nMembers\tMs LAM Siu-ling\n"
    head = parse_header(text)
    assert head.meeting.chair == "CHEUNG Tak-ming"
    assert [(p.name, p.abbrev) for p in head.people] == [("CHEUNG Tak-ming", None), ("LAM Siu-ling", None)]


def test_a_lone_secretary_heading_after_the_lists_names_the_minute_taker():
    text = (
        "Roads Committee\n\nPresent\nMs LAM Siu-ling\n\nSecretary\n"
        "Mr YIP Ka-chun\tExecutive Officer, District Office\n"
    )
    head = parse_header(text)
    assert head.meeting.minute_taker == "YIP Ka-chun"
    assert ("YIP Ka-chun", "in_attendance") in [(p.name, p.attendance) for p in head.people]


@pytest.mark.parametrize(
    "entry, role, abbrev",
    [
        ("Dr Ann Lee (Deputy Head of Teaching (DHT), Chair)", "Deputy Head of Teaching, Chair", "DHT"),
        ("Ann Lee – Assistant Fire and Rescue Officer (AFRO)", "Assistant Fire and Rescue Officer", "AFRO"),
        ("Mrs A Lee (Parent Governor, Chair)", "Parent Governor, Chair", None),
    ],
)
def test_a_role_keeps_its_chair_note_and_gives_up_its_bracketed_initials(entry: str, role: str, abbrev):
    person = parse_header(f"Board\n\nPresent:\n{entry}\nRaj Patel\n").people[0]
    assert (person.role, person.abbrev) == (role, abbrev)


def test_an_attendance_table_lined_up_with_spaces_is_read_by_columns():
    text = (
        "Quality Committee\nMinutes of the meeting held on 3 May 2022\n\nMembers present\nName / Title\n"
        "Ann Smith          Non-Executive Director (Chair)\nDr Bob Jones       Medical Director (MD)\n\n"
        "In attendance\nCara Lee           Governance Manager (minutes)\n"
    )
    head = parse_header(text)
    people = [(p.name, p.role, p.abbrev, p.attendance) for p in head.people]
    assert people == [
        ("Ann Smith", "Non-Executive Director", None, "present"),
        ("Bob Jones", "Medical Director", "MD", "present"),
        ("Cara Lee", "Governance Manager", None, "in_attendance"),
    ]
    assert (head.meeting.chair, head.meeting.minute_taker) == ("Ann Smith", "Cara Lee")


def test_a_date_with_hyphens_and_a_month_name_is_found():
    assert find_date("Date: 04-Oct-2023 | Time: 13:30")[0] == dt.date(2023, 10, 4)


def test_a_second_courtesy_title_in_brackets_is_dropped():
    head = parse_header(
        "Board\n\nMembers Present:\n1. Dr. (Mrs.) Funmi Ajiboye – Member\n2. Alhaji Musa Garba – Member\n"
    )
    assert [(p.name, p.role) for p in head.people] == [("Funmi Ajiboye", "Member"), ("Musa Garba", "Member")]


def test_bracketed_capital_initials_are_no_courtesy_title():
    head = parse_header(
        "Board\n\nAttendees:\nName\tFunction\nMatteo Rossi (MR)\tCMC Lead\nAnn Lee (AL)\tQA Lead\n"
    )
    assert (head.people[0].name, head.people[0].abbrev) == ("Matteo Rossi", "MR")


def test_the_chairman_of_another_committee_is_not_the_chair():
    text = (
        "Board\n\nMembers Present:\n1. Chief Ann Olaniyan – Chairman\n2. Bo Chan – Member\n\nIn Attendance:\n"
        "1. Dr. Cy Nwosu – Chairman, Medical Advisory Committee (CMAC)\n"
    )
    head = parse_header(text)
    assert head.meeting.chair == "Ann Olaniyan"
    assert head.people[-1].role == "Chairman, Medical Advisory Committee"


def test_the_items_attended_for_are_not_part_of_the_role():
    head = parse_header(
        "Board\n\nIn attendance:\nJoel Mwangi – Head of Patient Experience (HoPE) – Item 5\nAnn Lee\n"
    )
    assert (head.people[0].role, head.people[0].abbrev) == ("Head of Patient Experience", "HoPE")


def test_a_clock_time_closing_the_venue_is_dropped():
    text = "Minutes of the Board held on Thursday, 17th August, 2023 at the Board Room, Main Block at 10.00 a.m.\n"
    head = parse_header(text)
    assert (head.meeting.venue, head.meeting.start_time) == ("Board Room, Main Block", "10:00")


def test_the_secretary_to_the_board_takes_the_minutes():
    text = (
        "Board\n\nMembers Present:\n1. Ann Lee – Chairman\n\nIn Attendance:\n"
        "1. Mrs. Olu Bamidele – Director of Administration/Secretary to the Board\n"
    )
    assert parse_header(text).meeting.minute_taker == "Olu Bamidele"


def test_week_of_before_the_date_is_not_part_of_the_title():
    head = parse_header("# TAG Call Minutes - Week-of 22-April-2024\n\nPresent: Ann, Bo\n")
    assert (head.meeting.title, head.meeting.date) == ("TAG Call", dt.date(2024, 4, 22))


def test_a_date_in_a_quoted_note_far_into_the_header_is_not_the_meeting_date():
    filler = "".join(f"Speaker {i} raised point number {i} about the draft.\n" for i in range(20))
    text = "## Widget Guild face-to-face\n### June 3\n\n" + filler + "> [note added 7-Oct-2014 by AB]\n"
    assert parse_header(text).meeting.date is None


def test_a_quoted_note_never_dates_the_meeting():
    text = "Widget Guild call\n> [clarification added 7-Oct-2014 by AB]\n"
    assert parse_header(text).meeting.date is None


def test_a_day_and_month_heading_takes_its_year_from_the_header():
    head = parse_header("## Widget Guild face-to-face 2019\n### June 3\n\nPresent: Ann Lee, Bo Chan\n")
    assert head.meeting.date == dt.date(2019, 6, 3)
    assert head.meeting.body is None


def test_an_organisation_before_the_dash_is_the_body_despite_a_parent_line():
    text = "Larkspur Academy – Local Governing Body\nA member of the Fenwick Learning Trust\n\nPresent: Ann Lee\n"
    head = parse_header(text)
    assert (head.meeting.body, head.meeting.title) == ("Larkspur Academy", "Local Governing Body")


def test_a_short_form_before_a_slash_leaves_two_posts_in_the_role():
    text = "Board\n\nIn Attendance:\n1. Mr. Tom Ode – Director of Finance (DF)/Clerk to the Board\n"
    person = parse_header(text).people[0]
    assert (person.role, person.abbrev) == ("Director of Finance, Clerk to the Board", "DF")


def test_a_category_column_gives_roles_and_an_attendance_column_each_row_attendance():
    text = (
        "Fernhill School\nGoverning Body\n\nName\tCategory\tAttendance\n"
        "Ann Lee\tParent governor (Chair)\tPresent\nRaj Patel\tStaff governor\tApologies accepted\n"
        "Jo Kim\tCo-opted governor\tAbsent\n"
    )
    head = parse_header(text)
    got = [(p.name, p.role, p.attendance) for p in head.people]
    assert got == [
        ("Ann Lee", "Parent governor", "present"),
        ("Raj Patel", "Staff governor", "apologies"),
        ("Jo Kim", "Co-opted governor", "absent"),
    ]
    assert head.meeting.chair == "Ann Lee"


def test_attendance_column_headed_by_its_kinds_gives_each_row_attendance():
    text = (
        "Elmside Primary\nFull Governing Board\n\nName\tCategory\tPresent/Apologies\n"
        "Mrs Ann Lee\tFoundation Governor (Chair)\tPresent\nMr Raj Patel\tParent Governor\tApologies\n"
    )
    head = parse_header(text)
    got = [(p.name, p.role, p.attendance) for p in head.people]
    assert got == [
        ("Ann Lee", "Foundation Governor", "present"),
        ("Raj Patel", "Parent Governor", "apologies"),
    ]
    assert head.meeting.chair == "Ann Lee"


def test_a_slashed_heading_of_other_words_is_no_attendance_column():
    text = "Board\n\nName\tCategory\tTerm/Expiry\nAnn Lee\tParent Governor\t2024/2028\n"
    assert [p.name for p in parse_header(text).people] == []


def test_a_plural_title_within_a_semicolon_list_goes_to_each_person_after_it():
    text = (
        "Panel\n\nPRESENT: Councillor Ann Lee (Chair); Independent Co-opted Members Raj Patel and Dr Jo Kim\n"
    )
    people = {p.name: p.role for p in parse_header(text).people}
    assert people["Raj Patel"] == people["Jo Kim"] == "Independent Co-opted Member"


def test_a_plural_post_after_a_pair_of_names_goes_to_both():
    text = "Board\n\nPresent: Ann Lee (Chair), Raj Patel and Jo Kim, non-executive directors\n"
    people = {p.name: p.role for p in parse_header(text).people}
    assert people == {
        "Ann Lee": "Chair",
        "Raj Patel": "non-executive director",
        "Jo Kim": "non-executive director",
    }


def test_a_defined_term_after_a_role_is_the_short_form_not_part_of_the_role():
    text = 'Board\n\nPresent: Ann Lee (Chief Operating Officer, the "COO"), Raj Patel (Chair)\n'
    person = parse_header(text).people[0]
    assert (person.role, person.abbrev) == ("Chief Operating Officer", "COO")


def test_a_quorum_note_after_the_last_name_is_no_role():
    text = "Steering group\n\nAttendees: Ann Lee, Raj Patel, Jo Kim (quorum reached)\n"
    assert [p.role for p in parse_header(text).people] == [None, None, None]


def test_joining_via_a_video_service_is_no_part_of_the_role():
    text = "Committee\n\nPresent:\nDr Ann Lee (AL), Senior Lecturer (via Zoom)\nRaj Patel (RP), Dean\n"
    person = parse_header(text).people[0]
    assert (person.role, person.abbrev) == ("Senior Lecturer", "AL")


def test_the_mail_headers_of_emailed_minutes_do_not_date_or_time_the_meeting():
    text = (
        "Subject: [board] Minutes of the 2023-03-01 meeting\nFrom: Ann Lee <ann@example.org>\n"
        "Date: Thu, 2 Mar 2023 09:15:00 +0000\n\nWidget Board\nDate: 2023-03-01, 18:00-19:00 UTC\n"
        "Attendees: Ann Lee, Raj Patel\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.date, meeting.start_time) == (dt.date(2023, 3, 1), "18:00")


def test_a_student_representatives_list_is_of_members_present_and_an_officer_line_attends():
    text = (
        "Committee\n\nPresent:\nDr Ann Lee (AL), Dean\n\nStudent representatives:\nRaj Patel (RP)\n\n"
        "Officer: Jo Kim, Committee Officer\n"
    )
    got = {p.name: p.attendance for p in parse_header(text).people}
    assert got == {"Ann Lee": "present", "Raj Patel": "present", "Jo Kim": "in_attendance"}


def test_flattened_names_line_over_posts_line_becomes_one_person_each():
    text = (
        "Present:\n"
        "Ruth Amberley (Chair) Owen Castell\n"
        "Police and Crime Commissioner (PCC) Chief Constable (CC)\n"
    )
    result = parse_header(text)
    assert _people_of(text) == [
        ("Ruth Amberley", "Police and Crime Commissioner", "PCC", "present"),
        ("Owen Castell", "Chief Constable", "CC", "present"),
    ]
    assert result.meeting.chair == "Ruth Amberley"


def test_two_name_and_post_pairs_on_one_line_become_two_people():
    text = "Present:\nNia Toller Deputy Chief Constable (DCC) Ivo Brack Assistant Chief Constable (ACC)\n"
    assert _people_of(text) == [
        ("Nia Toller", "Deputy Chief Constable", "DCC", "present"),
        ("Ivo Brack", "Assistant Chief Constable", "ACC", "present"),
    ]


def test_name_run_into_post_splits_after_the_name():
    text = (
        "In attendance:\n"
        "Kit Harrow Detective Superintendent, Head of Public Protection\n"
        "Lena Vosk Business Support Officer, OPCC (minutes)\n"
    )
    result = parse_header(text)
    assert _people_of(text) == [
        ("Kit Harrow", "Detective Superintendent, Head of Public Protection", None, "in_attendance"),
        ("Lena Vosk", "Business Support Officer, OPCC", None, "in_attendance"),
    ]
    assert result.meeting.minute_taker == "Lena Vosk"


def test_names_and_posts_flattened_onto_one_line_become_one_person_each():
    text = "Present:\nMira Stell Tobin Vale Chief Constable (CC) Deputy Chief Constable (DCC)\n"
    assert _people_of(text) == [
        ("Mira Stell", "Chief Constable", "CC", "present"),
        ("Tobin Vale", "Deputy Chief Constable", "DCC", "present"),
    ]


def test_names_beside_posts_need_one_short_form_per_name():
    text = "Present:\nMira Stell Tobin Vale Chief Constable (CC)\n"
    assert ("Mira Stell", "Chief Constable", "CC", "present") not in _people_of(text)


def test_rank_before_a_name_run_into_its_post_stays_with_the_name():
    text = "In attendance:\nDet Supt Orla Brint Head of Serious Crime (item 3 only)\nKit Harrow Finance Officer\n"
    assert _people_of(text) == [
        ("Orla Brint", "Head of Serious Crime", None, "in_attendance"),
        ("Kit Harrow", "Finance Officer", None, "in_attendance"),
    ]


def test_dashed_chair_mark_on_a_flattened_list_line_is_kept():
    text = "Attendees:\nRuth Amberley Police and Crime Commissioner (PCC) – Chair\nOwen Castell Chief Constable (CC)\n"
    result = parse_header(text)
    assert _people_of(text)[0] == ("Ruth Amberley", "Police and Crime Commissioner, Chair", "PCC", "present")
    assert result.meeting.chair == "Ruth Amberley"


def test_flattened_row_rules_leave_lines_outside_lists_alone():
    text = "Harbour Trust Board\nAnn Lee Director Report\n\nPresent:\nAnn Lee, Director\n"
    assert _people_of(text) == [("Ann Lee", "Director", None, "present")]


def test_three_word_name_before_a_post_is_not_cut():
    text = "Present:\nMary Ann Castle Director of Finance\n"
    assert all(p[0] != "Mary Ann" for p in _people_of(text))


def test_post_then_bracketed_holder_then_chair_note():
    text = "Present: The Dean (Professor Ada Quill) (in the Chair), Dr Bo Lind (Registrar)\n"
    result = parse_header(text)
    assert ("Ada Quill", "Dean", None, "present") in _people_of(text)
    assert result.meeting.chair == "Ada Quill"


def test_priest_title_fr_is_dropped_from_the_name():
    text = "Present: Mrs Ann Lee (Chairperson), Fr. Tom Hale (Patron's nominee)\n"
    assert ("Tom Hale", "Patron's nominee", None, "present") in _people_of(text)


def test_next_body_label_line_gives_the_next_meeting_over_an_earlier_in_passing_mention():
    text = (
        "Harbour Board\nDate: 2 May 2024\n\n1. Status\nThe plan is due before the next meeting.\n"
        "Milestone one complete (15 April)\n\n2. Risks\n"
        + "The register was reviewed and no new risks were raised by members of the board.\n" * 4
        + "\n3. Close\nNext Harbour Board: Tuesday 4 June 2024, 10:00.\n"
    )
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 5, 2))
    assert nm is not None and nm.date == dt.date(2024, 6, 4)


def test_convener_note_makes_its_councillor_the_chair():
    text = "Audit Committee\n14 March 2022\n\nPresent: Councillors Ann Lee (Convener), Raj Patel and Tom Hay.\n\n1. Welcome\n"
    result = parse_header(text)
    assert result.meeting.chair == "Ann Lee"
    assert result.people[0].role == "Councillor, Convener"


def test_post_then_its_department_in_one_bracket_is_the_whole_role():
    text = "Faculty Board\n14 June 2023\n\nPresent: Professor Ann Lee (Head, Department of Music), Dr Raj Patel.\n\n1. Welcome\n"
    lee = parse_header(text).people[0]
    assert (lee.role, lee.abbrev) == ("Head, Department of Music", None)


def test_list_closing_full_stop_after_a_bracket_does_not_merge_the_last_person():
    text = (
        "Faculty Board\n14 June 2023\n\nIn attendance: Mr Raj Patel (Finance Manager), Ms Ann Lee (Secretary).\n"
        "\n1. Welcome\n"
    )
    people = {p.name: p.role for p in parse_header(text).people}
    assert people == {"Raj Patel": "Finance Manager", "Ann Lee": "Secretary"}


def test_bracketed_post_code_without_written_post_is_the_role() -> None:
    text = (
        "Programme Board\nDate: 2 May 2024\nChair: Ada Quinn (CTO)\nAttendees:\nBo Reyes (BR) – Analyst\n"
        "Apologies: Cy Moss (CFO), Di Hart (VP)\n\n1. Welcome\n"
    )
    people = {p.name: (p.role, p.abbrev) for p in parse_header(text).people}
    assert people["Ada Quinn"] == ("CTO", None)
    assert people["Cy Moss"] == ("CFO", None)
    assert people["Di Hart"] == (None, "VP")  # two capitals stay a short form
    assert people["Bo Reyes"] == ("Analyst", "BR")


def test_handle_before_a_bracketed_body_is_the_person() -> None:
    text = (
        "Steering meeting\nDate: 3 April 2023\nPresent: @ana (chair), @bo\n"
        "Guest: @cyw (Riverside Fund, our sponsor)\n\n1. Budget\nText.\n"
    )
    guest = next(p for p in parse_header(text).people if p.attendance == "in_attendance")
    assert (guest.name, guest.role, guest.abbrev) == ("@cyw", "Riverside Fund, our sponsor", "@cyw")


def _people_by_name(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    """name -> (role, abbrev, attendance) of the people a header names."""
    return {p.name: (p.role, p.abbrev, p.attendance) for p in parse_header(text).people}


def test_flattened_rows_with_an_office_over_two_joined_fields_are_split() -> None:
    text = (
        "Harbourside Policing Board\nPresent:\n"
        "Mira Castellan Police and Crime Commissioner (PCC) (Chair)\n"
        "Owen Pardoe Deputy Chief Constable (DCC)\n"
        "Ines Valdor Minute taker\n\n1. Welcome\n"
    )
    head = parse_header(text)
    people = _people_by_name(text)
    assert people["Mira Castellan"] == ("Police and Crime Commissioner", "PCC", "present")
    assert people["Ines Valdor"][0] == "Minute taker"
    assert head.meeting.chair == "Mira Castellan"
    assert head.meeting.minute_taker == "Ines Valdor"


def test_three_word_name_without_a_joined_office_is_not_cut() -> None:
    from pipeline.header import _name_then_post

    assert _name_then_post("Mary Ann Fenwick Governor") is None
    assert _name_then_post("Tariq Osman Fire and Rescue Officer") == (
        "Tariq Osman",
        "Fire and Rescue Officer",
    )


def test_absence_reason_of_a_handle_is_no_role_and_keeps_the_person() -> None:
    text = "Team sync\nPresent: @lena, @ravi\nRegrets: @jun (on leave, left notes in the doc)\n\nTopic one\n"
    assert _people_by_name(text)["@jun"] == (None, "@jun", "apologies")


def test_dropped_in_list_is_in_attendance() -> None:
    text = "Team sync\nPresent: @lena, @ravi\nDropped in: @mo (web lead)\n\nTopic one\n"
    assert _people_by_name(text)["@mo"] == ("web lead", "@mo", "in_attendance")


def test_chat_channel_in_the_title_note_is_the_venue() -> None:
    text = "Kettle project\nInfra call – 2024-02-06 (text meeting, #infra channel)\nPresent: @lena\n\nTopic\n"
    assert parse_header(text).meeting.venue == "#infra channel"


def test_business_table_heading_row_names_nobody() -> None:
    text = (
        "Ops Committee – Minutes\nPresent:\nAnn Lee (AL), Head of Ops\n\n"
        "No.\tItem\tDiscussion\tAction\tOwner\n"
    )
    assert set(_people_by_name(text)) == {"Ann Lee"}


def test_meeting_hours_after_the_venue_are_no_part_of_it() -> None:
    text = "Riverside Trust\nFINANCE COMMITTEE MEETING\nHeld on 4th March 2024 at Hall B, Mill House from 9.00am to 12.30pm\n"
    meeting = parse_header(text).meeting
    assert (meeting.venue, meeting.start_time) == ("Hall B, Mill House", "09:00")


def test_a_private_home_after_the_date_is_the_venue_with_its_article() -> None:
    text = "Ashby Bowls Club - Committee Meeting\nTuesday 5 March 2024 at 7pm at the home of Ann Lee, 3 Mill Lane\n"
    assert parse_header(text).meeting.venue == "the home of Ann Lee, 3 Mill Lane"


def test_a_lower_case_room_after_the_date_drops_its_article() -> None:
    text = "Oak Primary School\nGoverning Body Meeting\nTuesday 5 March 2024 at 6pm in the staff room\n"
    assert parse_header(text).meeting.venue == "staff room"


def test_initials_chair_ended_by_a_full_stop_before_another_field_resolve_to_the_name() -> None:
    text = (
        "Dock Workers Branch\nBranch Meeting - 02/05/2024\nPresent:\n"
        "Ann Lee (AL)\tBranch Chair\nRaj Patel (RP)\tBranch Secretary\nChair: AL. Notes: RP\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.chair, meeting.minute_taker) == ("Ann Lee", "Raj Patel")


def test_chair_office_and_honorific_before_the_name_in_the_chair_field_are_dropped() -> None:
    text = "Dunmore County Council\nMonthly Meeting held on 4 March 2024\nPresiding: Cathaoirleach Cllr Ann Lee\n"
    assert parse_header(text).meeting.chair == "Ann Lee"


def test_minutes_of_the_meeting_of_a_date_names_no_meeting() -> None:
    text = "Calder University\nPlanning Committee\nMinutes of the meeting of 9 October 2024, 14:00, Room 2\n"
    assert parse_header(text).meeting.title == "Planning Committee"


def _person(text: str, name: str):
    """The person called ``name`` that ``parse_header`` finds in ``text``, or None."""
    return next((p for p in parse_header(text).people if p.name == name), None)


def test_a_long_post_written_before_its_holder_in_a_tab_row_is_their_role() -> None:
    text = (
        "Office of the Commissioner\nAccountability Meeting\nDate: 3 May 2021\nAttendees:\n"
        "Commissioner\tAnn Lee (Chair)\nDeputy Police and Crime Commissioner\tRaj Patel\n"
        "Head of Performance and Analysis, OPCC\tSue Hollis\n"
    )
    people = {p.name: p.role for p in parse_header(text).people}
    assert people["Raj Patel"] == "Deputy Police and Crime Commissioner"
    assert people["Sue Hollis"] == "Head of Performance and Analysis, OPCC"


def test_a_restructuredtext_field_list_gives_the_meeting_fields() -> None:
    text = (
        "Quokka Steering Committee: 4 March 2024\n=====\n\n:Date: 2024-03-04\n:Time: 15:00 UTC\n"
        ":Location: Jitsi\n:Facilitator: Ann Lee (@alee)\n:Note-taker: Raj Patel\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.start_time, meeting.venue, meeting.chair) == ("15:00", "Jitsi", "Ann Lee")
    assert meeting.minute_taker == "Raj Patel"


def test_an_underlined_attendees_heading_opens_the_list_below_it() -> None:
    text = "Quokka call 2024-03-04\n\nAttendees\n---------\n\n* Ann Lee (@alee)\n* Raj Patel (@rpatel)\n"
    assert {p.name for p in parse_header(text).people} == {"Ann Lee", "Raj Patel"}


def test_a_company_after_a_handle_is_no_role_but_a_lower_case_note_is() -> None:
    text = "Attendees:\n* Ann Lee (@alee, Brindle Labs)\n* Raj Patel (@rpatel, Independent)\n* Sue Hollis (@shollis, docs)\n"
    people = {p.name: (p.role, p.abbrev) for p in parse_header(text).people}
    assert people == {
        "Ann Lee": (None, "@alee"),
        "Raj Patel": (None, "@rpatel"),
        "Sue Hollis": ("docs", "@shollis"),
    }


def test_a_group_label_inside_a_present_list_is_no_one() -> None:
    text = (
        "Present: Councillor Ann Lee (Chair), Councillor Raj Patel, Independent Members: Mr Tom Hart, "
        "Mrs Sue Hollis\n"
    )
    people = {p.name: p.role for p in parse_header(text).people}
    assert people == {
        "Ann Lee": "Councillor, Chair",
        "Raj Patel": "Councillor",
        "Tom Hart": None,
        "Sue Hollis": None,
    }


def test_a_body_s_officers_label_lists_people_in_attendance() -> None:
    text = "Present: Cllr Ann Lee\n\nPanel officers: Mr Tom Hart, Support Officer; Ms Sue Hollis, Legal Adviser\n"
    people = {p.name: (p.role, p.attendance) for p in parse_header(text).people}
    assert people["Tom Hart"] == ("Support Officer", "in_attendance")
    assert people["Sue Hollis"] == ("Legal Adviser", "in_attendance")


def test_initials_and_a_seat_in_brackets_before_a_dashed_office_are_kept() -> None:
    text = "Governors present:\nAnn Lee (AL) (Co-opted) – Chair\nRaj Patel (RP) (Co-opted) – Vice Chair\n"
    result = parse_header(text)
    people = {p.name: (p.role, p.abbrev) for p in result.people}
    assert people == {"Ann Lee": ("Co-opted, Chair", "AL"), "Raj Patel": ("Co-opted, Vice Chair", "RP")}
    assert result.meeting.chair == "Ann Lee"


def test_a_hyphenated_seat_in_brackets_is_a_role_not_a_short_form() -> None:
    assert _person("Apologies: Tom Hart (Co-opted)\n", "Tom Hart").role == "Co-opted"


def test_a_minute_number_after_a_person_says_when_they_attended() -> None:
    text = "In attendance: Mrs Ann Lee (Faculty Registrar), Mr Raj Patel (Finance Manager) for FB.23.51\n"
    people = {p.name: p.role for p in parse_header(text).people}
    assert people == {"Ann Lee": "Faculty Registrar", "Raj Patel": "Finance Manager"}


def test_part_and_from_item_notes_are_not_part_of_the_role() -> None:
    text = (
        "Present:\nAnn Lee, Non-Executive Director (part)\n"
        "Raj Patel, Chief Operating Officer (COO) (from item 22/036)\n"
    )
    people = {p.name: (p.role, p.abbrev) for p in parse_header(text).people}
    assert people == {
        "Ann Lee": ("Non-Executive Director", None),
        "Raj Patel": ("Chief Operating Officer", "COO"),
    }


def test_reverend_is_a_courtesy_title_not_part_of_the_name() -> None:
    text = "Co-opted Members:\nReverend Canon Ann Lee – Diocesan Representative\n"
    assert _person(text, "Ann Lee").role == "Diocesan Representative"


def test_a_wrapped_role_cell_of_a_space_aligned_table_joins_its_row() -> None:
    text = (
        "Attendance\n"
        "Name             Role                              Attendance\n"
        "Ann Lee (AL)     Service Delivery Manager, Acme    In attendance\n"
        "                 Managed Services\n"
        "Raj Patel (RP)   PMO Analyst                       Present\n"
    )
    people = {p.name: (p.role, p.attendance) for p in parse_header(text).people}
    assert people == {
        "Ann Lee": ("Service Delivery Manager, Acme Managed Services", "in_attendance"),
        "Raj Patel": ("PMO Analyst", "present"),
    }


def test_a_project_named_in_its_own_web_address_is_the_body_before_the_title() -> None:
    text = "Quokka Technical Steering Committee: 4 March 2024\n\nSee https://github.com/quokka/quokka for notes.\n"
    meeting = parse_header(text, end=len(text.splitlines()[0])).meeting
    assert (meeting.title, meeting.body) == ("Technical Steering Committee", "Quokka")


def test_meeting_of_before_the_date_names_no_meeting() -> None:
    text = "Calder University\nFaculty Board of Arts\nMeeting of Wednesday 6 March 2024, 2.15 pm – Room 4\n"
    assert parse_header(text).meeting.title == "Faculty Board of Arts"


def test_a_company_group_line_over_a_committee_line_is_the_body() -> None:
    text = "Harrow Foods Group\nSteering Committee – Finance Programme\nDate: 12/03/2025\n"
    meeting = parse_header(text).meeting
    assert (meeting.title, meeting.body) == ("Steering Committee – Finance Programme", "Harrow Foods Group")


def test_a_group_that_meets_keeps_its_title_without_a_committee_line_below() -> None:
    text = "Brackwater Patient Participation Group\nDate: 12/03/2025\nPresent: Ann Lee\n"
    assert parse_header(text).meeting.title == "Brackwater Patient Participation Group"


def test_a_company_in_brackets_before_a_chair_mark_stays_out_of_the_role() -> None:
    text = "Present:\n- Ann Lee (Tessaract Systems), Chair\n- Raj Patel (Brindle Labs)\n"
    assert _person(text, "Ann Lee").role == "Chair"


def test_a_numbered_sitting_names_which_meeting_and_the_body_line_above_is_the_title() -> None:
    text = (
        "COUNTY ASSEMBLY OF KESTRA\nCOMMITTEE ON ROADS\n"
        "MINUTES OF THE 4TH SITTING HELD ON TUESDAY, 14TH MARCH 2023 AT 10.00 A.M. IN ROOM 2\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.title, meeting.body) == ("COMMITTEE ON ROADS", "COUNTY ASSEMBLY OF KESTRA")


def test_a_post_before_its_body_takes_the_short_form_the_text_defines_for_it() -> None:
    text = (
        "Present:\nAnn Lee, Director of Finance, Kestra Constabulary\n\n"
        "1. Finance\nThe Director of Finance (DoF) presented the budget.\n"
    )
    head = parse_header(text, end=text.index("1. Finance"))
    assert [(p.name, p.abbrev) for p in head.people] == [("Ann Lee", "DoF")]


def test_minutes_giving_no_date_take_the_subject_date_with_the_year_of_the_sent_line() -> None:
    text = (
        "From: Lee, Ann <ann.lee@example.com>\nSent: Tuesday, January 9, 2024 9:30 AM\nTo: Patel, Raj\n"
        "Subject: Minutes - Harbour Works Board - 28 December\n\n"
        "Hi all, please find below the minutes of the board; corrections to me by Friday please.\n\n"
        "Attendees: Ann Lee (Chair), Raj Patel\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.date, meeting.title) == (dt.date(2023, 12, 28), "Harbour Works Board")


def test_minutes_giving_no_date_and_a_subject_without_one_take_the_sent_date() -> None:
    text = (
        "From: Ann Lee <ann.lee@example.com>\nSent: Monday, March 4, 2024 5:02 PM\n"
        "Subject: RE: Minutes: Depot Safety Group\n\nAttendees: Ann Lee, Raj Patel\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.date, meeting.title) == (dt.date(2024, 3, 4), "Depot Safety Group")


def test_a_date_in_the_minutes_beats_the_mail_and_a_generic_subject_names_nothing() -> None:
    text = (
        "From: Ann Lee <ann.lee@example.com>\nSent: Monday, March 4, 2024 5:02 PM\n"
        "Subject: Minutes - 1 March\n\nDate: 29 February 2024\nAttendees: Ann Lee, Raj Patel\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.date, meeting.title) == (dt.date(2024, 2, 29), None)


def test_a_ticked_task_list_box_is_present_and_an_empty_one_absent() -> None:
    text = (
        "## Attendees\n\n- [x] @annl (Ann Lee)\n- [X] @raj (Raj Patel)\n- [ ] @jokim (Jo Kim)\n- [ ] @sam\n"
    )
    assert _people_of(text) == [
        ("Ann Lee", None, "@annl", "present"),
        ("Raj Patel", None, "@raj", "present"),
        ("Jo Kim", None, "@jokim", "absent"),
        ("@sam", None, "@sam", "absent"),
    ]


def test_a_chair_named_by_handle_resolves_to_the_ticked_attendee() -> None:
    text = "**Facilitator:** @annl\n\n## Attendees\n\n- [x] @annl (Ann Lee)\n- [x] @raj (Raj Patel)\n"
    assert parse_header(text).meeting.chair == "Ann Lee"


def test_a_square_bracketed_short_form_after_a_post_is_the_abbreviation() -> None:
    text = (
        "Attendees: Ann Lee (Harbour Commissioner [HC], Chair); Raj Patel (Chief Engineer [CE]); "
        "Jo Kim (Finance Officer, HBA [FO])\n"
    )
    assert [(name, role, abbrev) for name, role, abbrev, _ in _people_of(text)] == [
        ("Ann Lee", "Harbour Commissioner, Chair", "HC"),
        ("Raj Patel", "Chief Engineer", "CE"),
        ("Jo Kim", "Finance Officer, HBA", "FO"),
    ]


def test_a_body_code_after_a_post_in_brackets_stays_in_the_role() -> None:
    text = (
        "Present: Ann Lee (Chief Executive, OPCC), Raj Patel (Head of Audit, RP), Jo Kim (Headteacher, HT)\n"
    )
    assert [(name, role, abbrev) for name, role, abbrev, _ in _people_of(text)] == [
        ("Ann Lee", "Chief Executive, OPCC", None),
        ("Raj Patel", "Head of Audit", "RP"),
        ("Jo Kim", "Headteacher", "HT"),
    ]


def test_a_post_then_chair_in_a_table_cell_keeps_both() -> None:
    text = "Members present\nProfessor Ann Lee\tDean, Chair\nDr Raj Patel\tAssociate Dean\n"
    head = parse_header(text)
    assert (head.people[0].role, head.meeting.chair) == ("Dean, Chair", "Ann Lee")


def test_an_in_attendance_label_for_numbered_items_lists_people_in_attendance() -> None:
    text = "Attendees: Ann Lee (AL, Chair)\nIn attendance for items 3 and 4: Raj Patel (RP, Auditor)\n"
    assert _person(text, "Raj Patel").attendance == "in_attendance"


def test_a_post_with_its_body_then_a_dash_then_the_holder_names_the_holder() -> None:
    text = (
        "Present: Chief Engineer (Chair) – Ann Lee\n"
        "Chief Executive, Port Authority – Raj Patel\n"
        "Assistant Chief Engineer, Dredging (ACE) – Jo Kim\n"
        "Apologies: Head of Finance, Port Authority – Tom Reed\n"
    )
    assert [(name, role, abbrev, attendance) for name, role, abbrev, attendance in _people_of(text)] == [
        ("Ann Lee", "Chief Engineer", None, "present"),
        ("Raj Patel", "Chief Executive, Port Authority", None, "present"),
        ("Jo Kim", "Assistant Chief Engineer, Dredging", "ACE", "present"),
        ("Tom Reed", "Head of Finance, Port Authority", None, "apologies"),
    ]


def test_a_minutes_note_after_a_post_before_its_holder_makes_the_holder_minute_taker() -> None:
    text = "Present: Ann Lee (Chair)\nIn attendance: Scrutiny Officer, Port Authority (minutes) – Raj Patel\n"
    head = parse_header(text)
    assert head.meeting.minute_taker == "Raj Patel"
    assert _person(text, "Raj Patel").role == "Scrutiny Officer, Port Authority"


def test_a_name_first_entry_with_a_comma_role_is_not_read_post_first() -> None:
    text = "Present:\nAnn Lee, Chair – Finance Committee\nRaj Patel, Treasurer\n"
    assert _person(text, "Ann Lee").attendance == "present"


def test_attendees_lists_split_by_how_they_attended_are_all_present() -> None:
    text = "Attendees (in person): Ann Lee (AL), Chair\nAttendees (remote): Raj Patel (RP), Treasurer\n"
    assert _person(text, "Raj Patel").attendance == "present"


def test_attendees_after_a_members_list_are_still_in_attendance() -> None:
    text = "Members present: Ann Lee (AL), Chair\nAttendees: Raj Patel (RP), Treasurer\n"
    assert _person(text, "Raj Patel").attendance == "in_attendance"


@pytest.mark.parametrize("line", ["Ann Lee (AL) – in the Chair", "Ann Lee (AL) in the Chair"])
def test_in_the_chair_with_no_post_makes_chair_the_role(line: str) -> None:
    head = parse_header(f"Present:\n{line}\nRaj Patel (RP)\n")
    assert (head.meeting.chair, _person(f"Present:\n{line}\n", "Ann Lee").role) == ("Ann Lee", "Chair")


def test_a_governors_present_label_gives_no_role() -> None:
    text = "Governors present:\nAnn Lee (AL) – Chair\nRaj Patel (RP)\n"
    assert _person(text, "Raj Patel").role is None


def test_a_trustees_present_label_still_gives_the_trustee_role() -> None:
    text = "Trustees present:\nAnn Lee (AL) – Chair\nRaj Patel (RP)\n"
    assert _person(text, "Raj Patel").role == "Trustee"


def test_a_bot_summary_channel_topic_gives_title_and_venue() -> None:
    text = (
        "#acme-infra: Infrastructure Sync\n\nAcme project: infrastructure meeting, 2024-05-07\n\n"
        "Meeting started by jdoe at 15:00:02 UTC.\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.title, meeting.venue, meeting.body) == (
        "Infrastructure Sync",
        "#acme-infra",
        "Acme project",
    )


def test_a_bot_summary_channel_meeting_title_is_kept_whole() -> None:
    text = "#acme-qa Meeting\n\nAcme QA team: weekly meeting 2024-05-07\n\nMeeting started by jdoe at 15:00:02 UTC.\n"
    meeting = parse_header(text).meeting
    assert (meeting.title, meeting.venue, meeting.body) == ("#acme-qa Meeting", "#acme-qa", "Acme QA team")


def test_regrets_from_a_chat_nick_are_apologies_in_a_bot_meeting() -> None:
    text = "#acme-qa Meeting\n\nMeeting started by jdoe at 15:00:02 UTC.\n"
    body = (
        "\n1. Roll call\n* regrets from plopez, who is on leave\n\n"
        "People present (lines said)\n---------------------------\n* jdoe (40)\n* mkim (12)\n"
    )
    head = parse_header(text + body, end=len(text))
    assert [(p.name, p.attendance) for p in head.people if p.name == "plopez"] == [("plopez", "apologies")]


def test_regrets_from_a_lower_case_word_in_ordinary_minutes_name_no_one() -> None:
    text = "Present: Ann Lee, Raj Patel\n"
    body = "\n1. Welcome\nThe chair noted regrets from everyone that the room was cold.\n"
    assert [p.name for p in parse_header(text + body, end=len(text)).people] == ["Ann Lee", "Raj Patel"]


def test_a_minute_taker_note_after_a_comma_leaves_the_post_and_its_short_form() -> None:
    text = (
        "Present:\nAnn Lee\tDean (Chair)\n\nIn attendance:\nMrs Jo Hart\tBoard Secretary (BS), minute taker\n"
    )
    head = parse_header(text)
    assert (_person(text, "Jo Hart").role, _person(text, "Jo Hart").abbrev) == ("Board Secretary", "BS")
    assert head.meeting.minute_taker == "Jo Hart"


def test_a_list_line_of_titled_names_joined_by_and_gives_each_person() -> None:
    text = (
        "Present:\nCouncillors J Abbott, R Khan and W Yeoman\n\nApologies:\nCouncillors L Hext and B Nwosu\n"
    )
    away = [p.name for p in parse_header(text).people if p.attendance == "apologies"]
    assert away == ["L Hext", "B Nwosu"]


def test_a_next_board_label_in_lower_case_gives_the_next_meeting() -> None:
    text = (
        "Harbour Board\nDate: 2 May 2024\n\n1. Risks\nThe owner will report to the next board.\n\n"
        "2. Close\nThe meeting closed at 11:00.\n\n\tNext board: 6 June 2024, 10:00, Room 2, Quay House\t\n"
    )
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 5, 2))
    assert nm is not None
    assert (nm.date, nm.start_time, nm.venue) == (dt.date(2024, 6, 6), "10:00", "Room 2, Quay House")


@pytest.mark.parametrize("label", ["forum", "committee", "panel", "programme board"])
def test_a_next_common_body_noun_label_with_a_date_gives_the_next_meeting(label: str) -> None:
    text = f"Close\nNext {label}: 16 November 2021\n"
    nm = find_next_meeting(text, [], dt.date(2021, 9, 14))
    assert nm is not None and nm.date == dt.date(2021, 11, 16)


def test_next_board_members_in_a_sentence_are_not_the_next_meeting() -> None:
    text = "Close\nNext board members will be appointed on 3 June 2024.\nNext board: to be confirmed\n"
    assert find_next_meeting(text, [], dt.date(2024, 5, 2)) is None


def _roles(text: str) -> dict[str, tuple[str | None, str]]:
    """Each person's (role, attendance) as parse_header reads ``text``."""
    return {p.name: (p.role, p.attendance) for p in parse_header(text).people}


def test_a_councillors_label_over_a_comma_list_names_those_present() -> None:
    head = parse_header(
        "Harbourside Panel\n\nCouncillors: A Lee (Chairman), B Kaur, C Doyle (Vice-Chairman) and D Ross\n\n"
        "Apologies: Councillor E Fry\n"
    )
    roles = {p.name: (p.role, p.attendance) for p in head.people}
    assert roles["A Lee"] == ("Councillor, Chairman", "present")
    assert roles["B Kaur"] == ("Councillor", "present")
    assert roles["C Doyle"] == ("Councillor, Vice-Chairman", "present")
    assert roles["D Ross"] == ("Councillor", "present")
    assert head.meeting.chair == "A Lee"


def test_councillors_after_a_blank_line_continue_a_present_list_that_named_the_chair() -> None:
    roles = _roles(
        "Westholm Board\n\nPRESENT: Councillor J Mott in the Chair\n\n"
        "Councillors M Ade, B Carr and L Stone\n\nOther business follows.\n"
    )
    assert roles["J Mott"] == ("Councillor, Chair", "present")
    assert roles["M Ade"] == ("Councillor", "present")
    assert roles["L Stone"] == ("Councillor", "present")


def test_a_group_word_then_a_past_tense_verb_opens_no_list() -> None:
    names = _roles(
        "Present: Ann Lee, Raj Patel\n\nMembers agreed that the plan be added.\nRESOLVED – That it be noted.\n"
    )
    assert set(names) == {"Ann Lee", "Raj Patel"}


def test_two_cell_pipe_rows_are_fields_and_full_name_mentions_are_people() -> None:
    head = parse_header(
        "Quayline Delivery Board – 3 May 2023\n\n| Date | 3 May 2023 |\n| Time | 10:00 – 11:00 |\n"
        "| Location | Room 4, Dock House |\n| Chair | @Ann Lee |\n"
        "| Attendees | @Ann Lee (COO), @Raj Patel (Data Lead) |\n| Apologies | @Jo Kim (Analyst) |\n"
    )
    roles = {p.name: (p.role, p.attendance) for p in head.people}
    assert (head.meeting.start_time, head.meeting.venue, head.meeting.chair) == (
        "10:00",
        "Room 4, Dock House",
        "Ann Lee",
    )
    assert roles["Raj Patel"] == ("Data Lead", "present")
    assert roles["Jo Kim"] == ("Analyst", "apologies")


def test_a_breadcrumb_trail_is_not_the_title() -> None:
    head = parse_header(
        "Acme › Projects › Governance › Board\nDelivery Board – 3 May 2023\n\nPresent: Ann Lee\n"
    )
    assert head.meeting.title is not None and "›" not in head.meeting.title


def test_asciidoc_title_attributes_and_labelled_lists_are_read() -> None:
    head = parse_header(
        "= Quillfern Board meeting, 2024-02-06\n:meeting-time: 14:00 UTC\n:location: Room 2, Mill House\n\n"
        "Attendees::\n* Ann Lee (@alee, Larchmont Ltd)\n* Raj Patel (@rpatel, independent)\n\n"
        "Regrets:: Jo Kim (@jkim)\n"
    )
    people = {p.name: (p.role, p.abbrev, p.attendance) for p in head.people}
    assert head.meeting.title is not None and not head.meeting.title.startswith("=")
    assert (head.meeting.start_time, head.meeting.venue) == ("14:00", "Room 2, Mill House")
    assert people["Ann Lee"] == (None, "@alee", "present")
    assert people["Raj Patel"] == (None, "@rpatel", "present")
    assert people["Jo Kim"][2] == "apologies"


def test_org_mode_keywords_and_attendee_heading_are_read() -> None:
    head = parse_header(
        "#+TITLE: Quillfern Board — 2023-05-09\n#+DATE: <2023-05-09 Tue 15:00>\n#+AUTHOR: Raj Patel\n\n"
        "* Attendees\n- Ann Lee (@alee)\n- Raj Patel (@rpatel)\n* Regrets\n- Jo Kim (@jkim)\n"
    )
    people = {p.name: p.attendance for p in head.people}
    assert head.meeting.title is not None and "+" not in head.meeting.title and "#" not in head.meeting.title
    assert (head.meeting.date, head.meeting.start_time) == (dt.date(2023, 5, 9), "15:00")
    assert people == {"Ann Lee": "present", "Raj Patel": "present", "Jo Kim": "apologies"}


def test_wiki_user_links_under_a_wiki_heading_name_the_attendees() -> None:
    head = parse_header(
        "Board/Minutes/2023-05-09\n\n== Attendees ==\n* [[User:Alee|Ann Lee]]\n* [[User:Rpatel|Raj Patel]]\n"
        "Apologies: [[User:Jkim|Jo Kim]]\n"
    )
    people = {p.name: (p.role, p.attendance) for p in head.people}
    assert people == {
        "Ann Lee": (None, "present"),
        "Raj Patel": (None, "present"),
        "Jo Kim": (None, "apologies"),
    }


def test_posts_before_holders_are_not_read_as_list_labels() -> None:
    text = (
        "Members present:\n"
        "Lay Member (Chair) – Professor Orla Quennell\n"
        "Lay Member – Tobias Wrenfield\n"
        "Community Care Partner Member – Dr Esme Halvard\n"
    )
    result = parse_header(text)
    people = {p.name: p for p in result.people}
    assert result.meeting.chair == "Orla Quennell"
    assert people["Tobias Wrenfield"].role == "Lay Member"
    assert people["Esme Halvard"].role == "Community Care Partner Member"
    assert all(p.attendance == "present" for p in result.people)


def test_tab_row_of_name_and_post_stays_one_person() -> None:
    people = parse_header("Present:\nMarta Quill\tHead of Finance\n").people
    assert [(p.name, p.role) for p in people] == [("Marta Quill", "Head of Finance")]


def test_two_language_labels_keep_the_half_the_labels_are_read_in() -> None:
    text = (
        "Cyngor Bro Tawel / Quietvale Council\n"
        "Pwyllgor Cyllid / Finance Committee\n"
        "Dyddiad / Date: 3 Mawrth 2021 / 3 March 2021\n"
        "Amser / Time: 14:30\n"
        "Lleoliad / Venue: Neuadd y Dref / Town Hall\n"
        "Yn bresennol / Present:\n"
        "Gwen Ashbury – Treasurer\n"
    )
    meeting = parse_header(text).meeting
    assert meeting.title == "Finance Committee"
    assert meeting.venue == "Town Hall"
    assert meeting.start_time == "14:30"
    assert meeting.date == dt.date(2021, 3, 3)


def test_a_single_slashed_label_is_not_read_as_two_languages() -> None:
    text = "Finance / Audit Committee\nDate / Time: 3 March 2021\nPresent: Gwen Ashbury\n"
    assert parse_header(text).meeting.title == "Finance / Audit Committee"


def test_chaired_by_a_wiki_link_names_the_whole_first_name():
    text = (
        "Project Board/Minutes/2023-04-04\n\n"
        "Minutes of the Board meeting held on 4 April 2023. Chaired by [[User:Olund|Oskar Lund]]; "
        "notes taken by [[User:Pvance|Petra Vance]].\n\n"
        "== Attendees ==\n* [[User:Olund|Oskar Lund]]\n* [[User:Pvance|Petra Vance]]\n\n1. Budget\n"
    )
    meeting = parse_header(text).meeting
    assert meeting.chair == "Oskar Lund"
    assert meeting.minute_taker == "Petra Vance"


def test_protective_marking_after_minutes_is_no_minute_taker():
    text = "Board meeting\nMinutes - OFFICIAL\nPresent: Ann Lee, Raj Patel\n\n1. Budget\n"
    assert parse_header(text).meeting.minute_taker is None


def test_body_after_a_short_form_in_one_bracket_keeps_the_short_form():
    text = "Board meeting\nPresent: Hugh Barr (CFO, OPCC); Ann Lee (Chair)\n\n1. Budget\n"
    barr = next(p for p in parse_header(text).people if p.name == "Hugh Barr")
    assert barr.abbrev == "CFO"


def test_body_after_a_post_behind_a_dash_stays_in_the_role():
    text = (
        "Board meeting\nPresent:\nAnn Lee – Head of Policy and Scrutiny, OPCC\n"
        "Raj Patel – Board Secretary, OPCC\n\n1. Budget\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert (people["Ann Lee"].role, people["Ann Lee"].abbrev) == ("Head of Policy and Scrutiny, OPCC", None)
    assert people["Raj Patel"].role == "Board Secretary, OPCC"


def test_initials_after_a_short_form_in_one_bracket_are_the_short_form():
    text = (
        "Board meeting\nPresent: Hugh Barr (Chief Financial Officer, CFO, HB); Ann Lee (Chair)\n\n1. Budget\n"
    )
    barr = next(p for p in parse_header(text).people if p.name == "Hugh Barr")
    assert barr.abbrev == "HB"


def test_an_agenda_heading_ends_the_attendance_list():
    text = (
        "Harbour Trust Board\nAttendees\nNadia Fenwick (Treasurer)\nOscar Lindqvist (Secretary)\n"
        "Agenda\nWelcome, introductions and actions\nBudget review\n"
    )
    assert [name for name, *_ in _people_of(text)] == ["Nadia Fenwick", "Oscar Lindqvist"]


def test_a_body_then_its_representative_among_posts_first_names_the_representative():
    text = (
        "In attendance:\nHead of Estates – Gwen Abernathy\nFairmead Parents Forum – Tariq Hollis (observer)\n"
        "Finance Officer – Ruth Pemberton\n"
    )
    people = _people_of(text)
    assert ("Tariq Hollis", "Fairmead Parents Forum", None, "in_attendance") in people
    assert len(people) == 3


def test_a_body_dash_name_line_outside_a_posts_first_list_is_not_rewritten():
    text = "Present:\nGwen Abernathy – Fairmead Parents Forum\n"
    assert _people_of(text) == [("Gwen Abernathy", "Fairmead Parents Forum", None, "present")]


def test_a_short_form_after_a_dash_is_the_abbreviation_not_part_of_the_role():
    text = (
        "Members:\nDr Lena Voss – Deputy Dean (Research) – DD(R)\n"
        "Mr Hugo Brandt – Head of Learning Technology – HLT\n"
    )
    people = _people_of(text)
    assert ("Lena Voss", "Deputy Dean (Research)", "DD(R)", "present") in people
    assert ("Hugo Brandt", "Head of Learning Technology", "HLT", "present") in people


def test_a_body_after_a_dash_that_the_post_does_not_spell_stays_in_the_role():
    text = "Members:\nMr Hugo Brandt – Chief Officer – OPCC\n"
    assert _people_of(text)[0][1:3] == ("Chief Officer – OPCC", None)


def test_a_governors_consent_note_is_not_part_of_the_role():
    text = "Apologies: Mrs K Trelawny (KT) – Foundation Governor (consent given)\n"
    assert _people_of(text) == [("K Trelawny", "Foundation Governor", "KT", "apologies")]


def test_the_full_stop_ending_a_prose_list_is_not_part_of_the_last_role():
    text = "Present: Dr Ann Lee, Research Lead; Ms Bea Okoro, Student Representative.\n"
    assert ("Bea Okoro", "Student Representative", None, "present") in _people_of(text)


def test_the_full_stop_of_a_company_short_form_stays_in_the_role():
    text = "Present:\nAnn Lee – Harwick Trading Co.\nRaj Patel – Company Secretary.\n"
    assert [role for _, role, *_ in _people_of(text)] == ["Harwick Trading Co.", "Company Secretary"]


def test_cabinet_members_listed_after_the_committee_members_attend():
    head = parse_header(
        "Scrutiny Committee\nDate: 3 May 2024\nMembers present:\nCllr Ann Lee (Chair)\nCllr Jo Kim\n\n"
        "Cabinet Members present:\nCllr Ray Holt, Cabinet Member for Parks\n\n1. Welcome\n"
    )
    assert [(p.name, p.attendance) for p in head.people] == [
        ("Ann Lee", "present"),
        ("Jo Kim", "present"),
        ("Ray Holt", "in_attendance"),
    ]


def test_cabinet_members_listed_first_are_the_members_of_the_cabinet():
    head = parse_header(
        "Cabinet\nDate: 3 May 2024\nCabinet Members present:\nCllr Ray Holt – Leader of the Council\n"
        "Cllr Jo Kim – Cabinet Member for Parks\n\nOfficers in attendance:\nSam Ode – Chief Executive\n\n"
        "1. Welcome\n"
    )
    assert [(p.name, p.attendance) for p in head.people] == [
        ("Ray Holt", "present"),
        ("Jo Kim", "present"),
        ("Sam Ode", "in_attendance"),
    ]


def test_chair_written_before_a_seat_after_a_comma_keeps_both():
    head = parse_header(
        "Governing Board\nDate: 3 May 2024\nPresent:\nRay Holt (RH) – Chair, Parent Governor\n"
        "Ann Lee (AL) – Vice Chair, Staff Governor\n\n1. Welcome\n"
    )
    assert [(p.name, p.role) for p in head.people] == [
        ("Ray Holt", "Chair, Parent Governor"),
        ("Ann Lee", "Vice Chair, Staff Governor"),
    ]
    assert head.meeting.chair == "Ray Holt"


def test_chair_of_a_department_is_no_chair_of_the_meeting():
    head = parse_header(
        "Medical Executive Committee\nDate: 3 May 2024\nPresent:\nRay Holt\tChief of Staff\n"
        "Jo Kim\tChair, Dept of Surgery\n\n1. Welcome\n"
    )
    assert [(p.name, p.role) for p in head.people] == [
        ("Ray Holt", "Chief of Staff"),
        ("Jo Kim", "Chair, Dept of Surgery"),
    ]
    assert head.meeting.chair != "Jo Kim"


def test_a_list_of_chat_nicks_names_the_people_on_the_call():
    head = parse_header(
        "Release call – 4 Mar 2024\nAttendees: robin, tkaya, mo_w\nAbsent: jules\n\n1. Builds\n"
    )
    assert [(p.name, p.attendance) for p in head.people] == [
        ("robin", "present"),
        ("tkaya", "present"),
        ("mo_w", "present"),
        ("jules", "absent"),
    ]


def test_a_lone_lower_case_word_among_full_names_is_no_person():
    head = parse_header(
        "Parish Council\nDate: 4 March 2024\nPresent: Ann Lee, Raj Patel\nApologies: tbc\n\n1. Welcome\n"
    )
    assert [p.name for p in head.people] == ["Ann Lee", "Raj Patel"]


def test_an_attendance_list_broken_by_the_page_width_is_read_whole():
    head = parse_header(
        "Audit Committee\nDate: 4 March 2024\n"
        "Present: Ann Lee (Chair); Raj Patel, Head of Internal Audit (HIA); Tom Oduya, Chief\n"
        "Finance Officer, Wexcombe Trust (CFO); Jo Kim, Governance Officer, Wexcombe Trust\n"
        "(minutes)\n\n1. Welcome\n"
    )
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [
        ("Ann Lee", "Chair", None),
        ("Raj Patel", "Head of Internal Audit", "HIA"),
        ("Tom Oduya", "Chief Finance Officer, Wexcombe Trust", "CFO"),
        ("Jo Kim", "Governance Officer, Wexcombe Trust", None),
    ]
    assert head.meeting.minute_taker == "Jo Kim"


def test_a_line_below_a_long_list_that_does_not_go_on_from_it_names_no_one():
    head = parse_header(
        "Present: Ann Lee (Chair); Raj Patel, Head of Internal Audit; Tom Oduya, Finance Director\n"
        "Wexcombe Partnership Board\n\n1. Welcome\n"
    )
    assert [p.name for p in head.people] == ["Ann Lee", "Raj Patel", "Tom Oduya"]


@pytest.mark.parametrize(
    "lines, venue",
    [
        (  # broken by the page width mid-name
            "Date: 4 March 2024   Time: 10:00   Venue: Committee Room 1, Civic Offices, Market\nStreet, Wexcombe",
            "Committee Room 1, Civic Offices, Market Street, Wexcombe",
        ),
        (  # cut after a comma: the town on the next line
            "Date: 4 March 2024 Time: 10:00 Location: Committee Room 1, Civic Offices, Harbour Road,\nWexcombe",
            "Committee Room 1, Civic Offices, Harbour Road, Wexcombe",
        ),
    ],
)
def test_a_venue_broken_by_the_page_width_keeps_the_rest_of_its_address(lines, venue):
    head = parse_header(f"Scrutiny Panel\n{lines}\n\nPresent: Ann Lee\n\n1. Welcome\n")
    assert head.meeting.venue == venue


def test_a_title_below_a_long_venue_line_is_no_part_of_the_venue():
    head = parse_header(
        "Date: 4 March 2024   Time: 10:00   Venue: Committee Room 1, Civic Offices, Market Street\n"
        "Scrutiny Panel\n\nPresent: Ann Lee\n\n1. Welcome\n"
    )
    assert head.meeting.venue == "Committee Room 1, Civic Offices, Market Street"


def test_a_firm_after_a_persons_post_belongs_to_their_role():
    head = parse_header(
        "Programme Board\nDate: 4 March 2024\nIn attendance: Ray Holt (RH), Solution Architect, Acme Consulting\n\n"
        "1. Welcome\n"
    )
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [
        ("Ray Holt", "Solution Architect, Acme Consulting", "RH")
    ]


def test_a_firm_after_a_name_with_no_post_is_not_merged_into_a_role():
    head = parse_header(
        "Programme Board\nDate: 4 March 2024\nPresent: Ray Holt, Jo Kim (Acme Ltd)\n\n1. Welcome\n"
    )
    assert [p.name for p in head.people] == ["Ray Holt", "Jo Kim"]


def test_a_mixed_case_post_code_in_brackets_is_the_role():
    head = parse_header(
        "Governing Board\nDate: 4 March 2024\nAlso attending: Ann Lee (SENCo)\n\n1. Welcome\n"
    )
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [("Ann Lee", "SENCo", None)]


@pytest.mark.parametrize(
    "line, title, body",
    [
        (
            "Hollybank Primary Academy Local Governing Body",
            "Local Governing Body",
            "Hollybank Primary Academy",
        ),
        ("Stowe Green Village Hall Management Committee", "Management Committee", "Stowe Green Village Hall"),
    ],
)
def test_an_organisation_before_its_meetings_name_is_the_body(line, title, body):
    head = parse_header(f"{line}\nDate: 4 March 2024\nPresent: Ann Lee\n\n1. Welcome\n")
    assert (head.meeting.title, head.meeting.body) == (title, body)


def test_a_town_hall_meeting_keeps_its_whole_name():
    head = parse_header("Annual Town Hall Meeting\nDate: 4 March 2024\nPresent: Ann Lee\n\n1. Welcome\n")
    assert head.meeting.title == "Annual Town Hall Meeting"


# Batch 28: layouts the header missed.


def test_dash_initials_after_a_bracketed_department_are_the_short_form():
    people = _people(
        "Steering Group\nDate: 3 March 2024\n"
        "Attendees: Tomas Varga (IT) – TV; Ruth Ellery (HR) – RE; Ben Osei (Estates) – BO"
    )
    assert people[:3] == [
        ("Tomas Varga", "IT", "TV", "present"),
        ("Ruth Ellery", "HR", "RE", "present"),
        ("Ben Osei", "Estates", "BO", "present"),
    ]


def test_bracketed_capitals_stay_the_short_form_when_the_dash_gives_no_initials():
    people = _people("Steering Group\nDate: 3 March 2024\nAttendees: Tomas Varga (CIO) – Acme Logistics")
    assert people[0][2] == "CIO"


@pytest.mark.parametrize(
    ("attendance", "index"),
    [
        (
            "Ms Ada Quill (Committee Officer, Secretary); Mr Ivo Lark (Finance Partner)",
            0,
        ),  # in the same brackets
        (
            "Mr Ivo Lark (Finance Partner), Ms Ada Quill (Committee Officer), Secretary",
            1,
        ),  # after the brackets
    ],
)
def test_secretary_after_a_bracketed_post_marks_the_minute_taker(attendance, index):
    head_text = f"Faculty Board\nDate: 3 March 2024\nIn attendance: {attendance}\n\n1. Welcome\nNoted.\n"
    head = parse_header(head_text, head_text.index("1. Welcome"))
    assert (head.people[index].name, head.people[index].role) == ("Ada Quill", "Committee Officer")
    assert head.meeting.minute_taker == "Ada Quill"


def test_secretary_after_bracketed_initials_is_the_officer():
    people = _people("Owners Committee\nDate: 3 March 2024\nPresent: Ivo Lark, Ada Quill (AQ), Secretary")
    assert ("Ada Quill", "Secretary") in [p[:2] for p in people]


def test_secretary_after_a_note_that_is_no_post_is_the_officer():
    people = _people("Owners Committee\nDate: 3 March 2024\nPresent: Ada Quill (Unit 4, Secretary), Ivo Lark")
    assert people[0][0] == "Ada Quill" and people[0][1].endswith("Secretary")  # the office stays her role


def test_agenda_item_note_after_a_role_is_not_part_of_the_role():
    people = _people(
        "Scrutiny Panel\nDate: 3 March 2024\nAttendees\n"
        "* Ada Quill, Chief Inspector, Roads Policing (agenda item 4)\n* Ivo Lark, Finance Officer"
    )
    assert people[0][:2] == ("Ada Quill", "Chief Inspector, Roads Policing")


def test_a_line_saying_the_meeting_was_held_online_is_the_venue():
    meeting = _meeting(
        "Finance Panel\nTuesday 5 March 2024, 14:00\nHeld remotely\n\nPresent: Ada Quill, Ivo Lark"
    )
    assert meeting.venue == "Held remotely"
    meeting = _meeting(
        "Finance Panel – 5 March 2024\n\nPublished: 20 March 2024\nVirtual meeting (Zoom)\nTime: 2pm\n"
        "Present: Ada Quill, Ivo Lark"
    )
    assert meeting.venue == "Virtual meeting (Zoom)"


def test_a_sentence_about_a_remote_meeting_is_no_venue_line():
    meeting = _meeting(
        "Finance Panel\nDate: 5 March 2024\nThe panel noted that the last remote meeting had gone well.\n"
        "Present: Ada Quill, Ivo Lark"
    )
    assert meeting.venue is None


def test_a_web_page_breadcrumb_trail_is_not_the_title():
    meeting = _meeting(
        "Home > About us > Meetings > Finance Panel meeting – 5 March 2024\n\n"
        "Finance Panel meeting – 5 March 2024\nPresent: Ada Quill, Ivo Lark"
    )
    assert meeting.title == "Finance Panel meeting"


def test_parent_body_dash_committee_title_line_names_the_committee():
    meeting = _meeting(
        "Larchfield School Governing Board – Premises Committee\n"
        "Minutes of the meeting held on Monday 4 March 2024 at 5pm\nPresent: Ada Quill, Ivo Lark"
    )
    assert (meeting.title, meeting.body) == ("Premises Committee", "Larchfield School Governing Board")


def test_committee_dash_programme_title_line_is_kept_whole():
    meeting = _meeting(
        "Steering Committee – Finance Transformation Programme\nDate: 4 March 2024\nPresent: Ada Quill"
    )
    assert meeting.title == "Steering Committee – Finance Transformation Programme"


def test_a_heading_opening_with_the_date_names_the_meeting_after_it():
    meeting = _meeting("## 2024-03-05 Maintainers Meeting\n\nPresent: @ada, @ivo")
    assert (meeting.title, meeting.date) == ("Maintainers Meeting", dt.date(2024, 3, 5))


def test_a_date_line_with_no_meeting_word_after_it_gives_no_title():
    meeting = _meeting("Larchfield Parish Council\n5 March 2024 Village Hall\nPresent: Ada Quill")
    assert meeting.title != "Village Hall"


def test_middle_dot_fields_give_the_start_time_and_the_last_place():
    meeting = _meeting(
        "## 2024-03-05 Maintainers Meeting\n\n"
        "Larkspur project · maintainers · monthly call, 15:00–16:00 UTC · Jitsi (meet.jit.si/larkspur)\n\n"
        "Present: @ada, @ivo"
    )
    assert (meeting.start_time, meeting.venue) == ("15:00", "Jitsi (meet.jit.si/larkspur)")


def test_every_handle_of_a_handle_list_with_a_chair_mark_is_listed():
    people = _people("## 2024-03-05 Maintainers Meeting\n\n**Present**: @ada, @ivo, @kim (chair)")
    assert people == [
        ("@ada", None, "@ada", "present"),
        ("@ivo", None, "@ivo", "present"),
        ("@kim", "chair", "@kim", "present"),
    ]


def _roles_of(attendance: str) -> dict[str, tuple[str | None, str | None]]:
    """Each listed person's (role, short form) from a small header with the given attendance lines."""
    result = parse_header(
        f"Minutes of the Finance Board\n12 March 2024\n{attendance}\n\n1. Welcome\nNoted.\n"
    )
    return {p.name: (p.role, p.abbrev) for p in result.people}


def test_bracketed_post_initials_before_a_body_are_the_short_form():
    people = _roles_of(
        "Present: Ann Lee, Director of Finance (DoF), Acme Council; Raj Patel, Head of Estates (HE)"
    )
    assert people["Ann Lee"] == ("Director of Finance, Acme Council", "DoF")
    assert people["Raj Patel"] == ("Head of Estates", "HE")


def test_bracketed_short_form_spelling_small_words_or_the_person_is_the_short_form():
    people = _roles_of(
        "Present: Ann Lee, Governance Officer (AL) – minutes; Raj Patel, Freedom to Speak Up Guardian (FTSUG)"
    )
    assert people["Ann Lee"] == ("Governance Officer", "AL")
    assert people["Raj Patel"] == ("Freedom to Speak Up Guardian", "FTSUG")


def test_quoted_short_form_after_a_post_is_the_short_form():
    people = _roles_of(
        'Present:\nAnn Lee\tChief Executive Officer ("CEO")\nRaj Patel\tChief Financial Officer ("CFO")'
    )
    assert people["Ann Lee"] == ("Chief Executive Officer", "CEO")
    assert people["Raj Patel"] == ("Chief Financial Officer", "CFO")


def test_bracketed_qualifier_that_spells_neither_post_nor_person_stays_in_the_role():
    people = _roles_of("Present: Ann Lee, Parent Governor (KS2); Raj Patel, Lay Member (Finance)")
    assert people["Ann Lee"][0] == "Parent Governor (KS2)"
    assert people["Raj Patel"][0] == "Lay Member (Finance)"


def test_councillor_party_in_brackets_is_neither_short_form_nor_role():
    people = _roles_of(
        "Present: Cllr Ann Lee (Lab) (Chair), Cllr Raj Patel (Con), Councillor Jo Kim (Green), "
        "Cllr Ben Ode (Lib Dem) (Vice-Chair)"
    )
    assert people["Ann Lee"] == ("Councillor, Chair", None)
    assert people["Raj Patel"] == ("Councillor", None)
    assert people["Jo Kim"] == ("Councillor", None)
    assert people["Ben Ode"] == ("Councillor, Vice-Chair", None)


def test_councillor_initials_that_spell_a_party_stay_the_short_form():
    people = _roles_of("Present: Cllr Laura Dunn (LD), Cllr Paul Carr (PC)")
    assert people["Laura Dunn"] == ("Councillor", "LD")
    assert people["Paul Carr"] == ("Councillor", "PC")


def test_post_short_form_that_spells_a_party_is_kept_without_a_councillor_title():
    people = _roles_of("Present:\nAnn Lee, Learning Director (LD)\nRaj Patel, Programme Coordinator (PC)")
    assert people["Ann Lee"] == ("Learning Director", "LD")
    assert people["Raj Patel"] == ("Programme Coordinator", "PC")


def test_councillors_present_label_gives_each_name_the_title_so_party_marks_drop():
    people = _roles_of("Councillors present: Ann Lee (Chair) (Lab), Raj Patel (Con) and Jo Kim (Green)")
    assert people["Ann Lee"] == ("Councillor, Chair", None)
    assert people["Raj Patel"] == ("Councillor", None)
    assert people["Jo Kim"] == ("Councillor", None)


def test_councillors_present_label_keeps_initials_and_a_names_own_title():
    people = _roles_of("Councillors present: Cllr Ann Lee (AL), Laura Dunn (LD)")
    assert people["Ann Lee"] == ("Councillor", "AL")
    assert people["Laura Dunn"] == ("Councillor", "LD")


def test_profession_ending_in_ist_is_a_post_not_another_person():
    people = _roles_of("In attendance:\nDr Ann Lee, Senior Learning Technologist, Digital Education Unit")
    assert people == {"Ann Lee": ("Senior Learning Technologist, Digital Education Unit", None)}


def test_substitute_for_another_member_is_an_attendance_note_not_a_role():
    people = _roles_of(
        "Present: Cllr Ann Lee (Chair), Cllr Raj Patel (substitute for Cllr Jo Kim), "
        "Cllr Ben Ode (deputising for Cllr Sam Roe)"
    )
    assert people["Raj Patel"] == ("Councillor", None)
    assert people["Ben Ode"] == ("Councillor", None)


def test_note_limiting_attendance_to_part_of_the_meeting_is_kept_out_of_the_role():
    people = _roles_of(
        "Present:\nAnn Lee, Head of Housing, Acme Council (homelessness item only)\n"
        "Raj Patel (morning session only)\nJo Kim, Finance Manager (FM)"
    )
    assert people["Ann Lee"][0] == "Head of Housing, Acme Council"
    assert people["Raj Patel"][0] is None
    assert people["Jo Kim"] == ("Finance Manager", "FM")


def test_dash_tail_saying_how_someone_attended_is_kept_out_of_the_role():
    people = _roles_of(
        "Present:\nAnn Lee (Acme Surveying Ltd) – remote\nRaj Patel (Harbour Trust) – online\n"
        "Jo Kim (Regional Standards liaison) – for item AB 04/23 only\n"
        "Apologies: Ben Ode (Parent Governor) – consent given"
    )
    assert people["Ann Lee"][0] == "Acme Surveying Ltd"
    assert people["Raj Patel"][0] == "Harbour Trust"
    assert people["Jo Kim"][0] == "Regional Standards liaison"
    assert people["Ben Ode"][0] == "Parent Governor"


def test_dash_before_a_post_that_starts_like_an_attendance_word_keeps_the_post():
    people = _roles_of("Present:\nAnn Lee – Online Safety Lead\nRaj Patel – Remote Learning Coordinator")
    assert people["Ann Lee"][0] == "Online Safety Lead"
    assert people["Raj Patel"][0] == "Remote Learning Coordinator"


def test_substitute_and_deputising_notes_after_a_post_are_not_part_of_it():
    people = _roles_of(
        "Present:\nCllr Ann Lee\tNorthbank District Council (substitute for Cllr Sam Roe)\n"
        "Raj Patel\tData Architect, deputising for JK\n"
        "Jo Kim\tDeputy Head (Minutes 4 to 6)"
    )
    assert people["Ann Lee"][0] == "Northbank District Council"
    assert people["Raj Patel"][0] == "Data Architect"
    assert people["Jo Kim"][0] == "Deputy Head"


def test_minutes_note_without_numbers_still_marks_the_minute_taker():
    result = parse_header(
        "Minutes of the Finance Board\n12 March 2024\nPresent:\nAnn Lee\tGovernance Officer (minutes)\n"
        "\n1. Welcome\nNoted.\n"
    )
    assert result.meeting.minute_taker == "Ann Lee"


def test_next_meeting_mentioned_in_passing_in_an_action_takes_no_date_from_the_lines_below():
    text = (
        "Notes\n\nActions\n- Sam to bring the costings to the next board meeting.\n"
        "- Lee to book the hall for 3 June.\n"
    )
    assert find_next_meeting(text, [], dt.date(2024, 6, 10)) is None


def test_a_line_stating_the_next_meeting_beats_a_later_action_that_mentions_it():
    text = (
        "Notes\n\nSummary\nThe group met briefly. The next board meeting is planned for 1 July.\n\n"
        "Actions\n- Sam to bring the costings to the next board meeting.\n"
        "- Lee to book the hall for 3 June.\n"
    )
    nm = find_next_meeting(text, [], dt.date(2024, 6, 10))
    assert nm is not None and nm.date == dt.date(2024, 7, 1)


def test_a_next_meeting_line_without_a_preposition_still_reads_its_date_below():
    text = "Notes\n\nThe next meeting will be held in the Village Hall.\nTuesday 5 March, 7.30pm\n"
    nm = find_next_meeting(text, [], dt.date(2024, 2, 6))
    assert nm is not None and (nm.date, nm.start_time) == (dt.date(2024, 3, 5), "19:30")


def test_a_yearless_date_of_an_earlier_meeting_is_not_the_next_meeting():
    text = "Notes\n\n7. Next meeting\nPoints held over from the 4 March meeting come first. We meet on 22 April.\n"
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 3, 18))
    assert nm is not None and nm.date == dt.date(2024, 4, 22)


def test_a_next_meeting_running_from_a_yearless_date_still_starts_on_it():
    nm = find_next_meeting("Notes\n\nNext meeting: from 4 March to 6 March.\n", [], dt.date(2024, 2, 1))
    assert nm is not None and nm.date == dt.date(2024, 3, 4)


def test_next_meeting_kind_is_not_read_from_the_date_line_or_the_lines_after_it():
    text = "Notes\n\n9. Close\nThe next meeting is on Thursday 9th May.\nThe meeting closed at 9.05pm.\n"
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 4, 11))
    assert nm is not None and (nm.date, nm.kind) == (dt.date(2024, 5, 9), None)


def test_initials_before_a_name_and_a_post_are_the_persons_short_form():
    head = parse_header(
        "Finance Committee\nDate: 4 March 2024\n\nPresent:\n"
        "AL – Ann Lee – Non-Executive Director (Chair)\nRP – Dr Raj Patel – Medical Director\n\n"
        "Apologies:\nJK – Jo Kim – Head of Estates\n\n1. Welcome\n"
    )
    assert [(p.name, p.role, p.abbrev, p.attendance) for p in head.people] == [
        ("Ann Lee", "Non-Executive Director", "AL", "present"),
        ("Raj Patel", "Medical Director", "RP", "present"),
        ("Jo Kim", "Head of Estates", "JK", "apologies"),
    ]
    assert head.meeting.chair == "Ann Lee"


def test_capitals_before_a_name_that_are_not_its_initials_are_no_short_form_of_it():
    head = parse_header(
        "Finance Committee\nDate: 4 March 2024\n\nPresent:\nHR – Ann Lee – Adviser\n\n1. Welcome\n"
    )
    assert not any(p.name == "Ann Lee" and p.abbrev == "HR" for p in head.people)


def test_a_post_code_column_before_the_holder_is_their_short_form():
    head = parse_header(
        "Police Board\nDate: 4 March 2024\n\nPresent:\n"
        "PCC\tAnn Lee (Chair)\nDCC\tRaj Patel\nChief Executive, OPCC\tJo Kim\n\n"
        "Apologies:\nACC\tTom Oduya\n\n1. Welcome\n"
    )
    assert [(p.name, p.role, p.abbrev, p.attendance) for p in head.people] == [
        ("Ann Lee", "Chair", "PCC", "present"),
        ("Raj Patel", None, "DCC", "present"),
        ("Jo Kim", "Chief Executive, OPCC", None, "present"),
        ("Tom Oduya", None, "ACC", "apologies"),
    ]
    assert head.meeting.chair == "Ann Lee"


def test_a_code_column_before_a_body_names_no_one_by_the_body():
    head = parse_header(
        "Police Board\nDate: 4 March 2024\n\nPresent:\nPCC\tOPCC\nAnn Lee\tChair\n\n1. Welcome\n"
    )
    assert "OPCC" not in [p.name for p in head.people]


def test_a_firm_after_the_post_stays_in_the_role_when_an_item_note_follows():
    head = parse_header(
        "Board\nDate: 4 March 2024\n"
        "In attendance: Raj Patel, Delivery Lead, Brightmoor Consulting (item 3)\n\n1. Welcome\n"
    )
    assert [(p.name, p.role) for p in head.people] == [("Raj Patel", "Delivery Lead, Brightmoor Consulting")]


def test_a_name_after_the_post_with_an_item_note_is_a_second_person():
    head = parse_header(
        "Board\nDate: 4 March 2024\nIn attendance: Raj Patel, Delivery Lead, Tom Oduya (item 3)\n\n1. Welcome\n"
    )
    assert [(p.name, p.role) for p in head.people] == [("Raj Patel", "Delivery Lead"), ("Tom Oduya", None)]


def test_a_list_mixing_chat_nicks_and_first_names_gives_one_person_each():
    head = parse_header(
        "Sync 2024-03-04\nPresent: robin, Kasia (kasia_m), Tomas, yuki\nChair: Tomas\n\n* Builds\n"
    )
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [
        ("robin", None, None),
        ("Kasia", None, "kasia_m"),
        ("Tomas", None, None),
        ("yuki", None, None),
    ]


def test_a_note_or_a_role_word_among_nicks_is_no_nick_or_person():
    noted = parse_header("Sync 2024-03-04\nPresent: robin, Kasia (remote), Tomas, yuki\n\n* Builds\n")
    assert not any(p.abbrev == "remote" for p in noted.people)
    office = parse_header("Sync 2024-03-04\nPresent: robin, Clerk, yuki\n\n* Builds\n")
    assert "Clerk" not in [p.name for p in office.people]


def test_a_list_of_departments_is_no_list_of_people():
    head = parse_header(
        "Steering group\nDate: 4 March 2024\nAttendees: Finance, Operations, Legal\n\n1. Budget\n"
    )
    assert head.people == []


def test_first_names_alone_are_still_people():
    head = parse_header("Sync 2024-03-04\nPresent: Robin, Kasia, Tomas\n\n* Builds\n")
    assert [p.name for p in head.people] == ["Robin", "Kasia", "Tomas"]


def test_minute_numbers_a_person_attended_for_are_no_part_of_the_role():
    head = parse_header(
        "Quality Committee\nDate: 4 March 2024\nPresent:\n"
        "Ann Lee – Head of Safeguarding (QC 7/24)\nRaj Patel – Medical Director (QC 5/24 and 9/24)\n\n1. Welcome\n"
    )
    assert [(p.name, p.role) for p in head.people] == [
        ("Ann Lee", "Head of Safeguarding"),
        ("Raj Patel", "Medical Director"),
    ]


def test_a_chair_line_first_under_an_attendance_heading_keeps_the_list_open():
    text = (
        "Harbour Trust Board\nDate: 3 April 2024\nAttendees\nChair: Moira Quayle\n"
        "Devan Okoro, Operations Manager (OM)\nLiesl Brandt, Finance Director (FD)\n\n1. Welcome\n"
    )
    head = parse_header(text, end=text.index("1. Welcome"))
    assert head.meeting.chair == "Moira Quayle"
    assert {(p.name, p.role, p.abbrev) for p in head.people} == {
        ("Moira Quayle", "Chair", None),
        ("Devan Okoro", "Operations Manager", "OM"),
        ("Liesl Brandt", "Finance Director", "FD"),
    }
    assert head.meeting.body is None


def test_a_chair_line_after_the_list_still_ends_it():
    head = parse_header(
        "Harbour Trust Board\nPresent: Moira Quayle, Devan Okoro\nChair: Moira Quayle\n"
        "Quayside Pavilion, Wharf Street\n\n1. Welcome\n"
    )
    assert [p.name for p in head.people] == ["Moira Quayle", "Devan Okoro"]


def test_a_middle_dot_between_name_and_post_reads_as_a_dash():
    head = parse_header(
        "Ops review – 5 June 2024\nAttendees (3)\nMoira Quayle · Head of Operations (HoO), Chair\n"
        "Devan Okoro · Site Engineer (notes)\nLiesl Brandt · Lead Analyst\n\n1. Welcome\n"
    )
    assert head.meeting.chair == "Moira Quayle"
    assert head.meeting.minute_taker == "Devan Okoro"
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [
        ("Moira Quayle", "Head of Operations, Chair", "HoO"),
        ("Devan Okoro", "Site Engineer", None),
        ("Liesl Brandt", "Lead Analyst", None),
    ]


def test_middle_dots_between_names_only_separate_people():
    head = parse_header(
        "Ops review – 5 June 2024\nAttendees\nMoira Quayle · Devan Okoro · Liesl Brandt\n\n1. Welcome\n"
    )
    assert [(p.name, p.role) for p in head.people] == [
        ("Moira Quayle", None),
        ("Devan Okoro", None),
        ("Liesl Brandt", None),
    ]


def test_a_post_short_form_then_chair_after_a_comma_keeps_the_chair_mark():
    head = parse_header(
        "Estates Panel\nPresent:\nMoira Quayle – Director of Estates (DoE), Chair\nDevan Okoro\n\n1. Welcome\n"
    )
    assert (head.people[0].role, head.people[0].abbrev) == ("Director of Estates, Chair", "DoE")
    assert head.meeting.chair == "Moira Quayle"


def test_a_write_up_kind_before_the_meeting_name_is_no_part_of_the_title():
    head = parse_header("Meeting recap – Harbour Estates Committee\nWed 5 June 2024, 14:00\n\n1. Welcome\n")
    assert head.meeting.title == "Harbour Estates Committee"


def test_a_recap_word_inside_the_name_stays_in_the_title():
    head = parse_header("Quarterly Recap Working Group\nWed 5 June 2024, 14:00\n\n1. Welcome\n")
    assert head.meeting.title == "Quarterly Recap Working Group"


def test_a_virtual_meeting_line_leaves_the_title_to_the_body_above():
    head = parse_header(
        "School of Marine Sciences\nTeaching Committee\n"
        "Minutes of the online meeting held on 3 March 2022 at 10:00 via Zoom\n\n1. Welcome\n"
    )
    assert (head.meeting.title, head.meeting.body) == ("Teaching Committee", "School of Marine Sciences")


def test_front_matter_flow_lists_give_one_person_each():
    head = parse_header(
        "---\ntitle: Docs sync\ndate: 2024-02-06\nattendees: [Moira Quayle, Devan Okoro]\n"
        "absent: [Liesl Brandt]\n---\n\n## Agenda\n"
    )
    assert [(p.name, p.role, p.attendance) for p in head.people] == [
        ("Moira Quayle", None, "present"),
        ("Devan Okoro", None, "present"),
        ("Liesl Brandt", None, "absent"),
    ]


def test_a_note_giving_handles_after_full_names_gives_the_listed_their_handles():
    head = parse_header(
        "Docs sync 2024-02-06\nAttendees: Moira Quayle, Devan Okoro\nNotes: @dokoro\n"
        "Handles used below: Moira Quayle (@mquayle), Devan Okoro (@dokoro), Ivo Sandberg (@ivos).\n\n## Agenda\n"
    )
    assert [(p.name, p.abbrev) for p in head.people] == [
        ("Moira Quayle", "@mquayle"),
        ("Devan Okoro", "@dokoro"),
    ]
    assert head.meeting.minute_taker == "Devan Okoro"


def test_organisation_subheadings_inside_a_present_list_keep_it_open():
    head = _head_of(
        "Harbour Authority for Lowmere\nOversight Meeting\n\nPresent:\n\n"
        "Office of the Harbour Commissioner (OHC)\nAnn Lee – Harbour Commissioner (HC), Chair\n"
        "Raj Patel – Chief Executive (CEx)\n\nPort Police\nTom Wu – Chief Officer (CO)\n"
        "Mia Holt – Head of Finance (HF)\n\nApologies\nJo Kim – Deputy Commissioner (DC)\n\n"
        "1. Welcome\nThe HC welcomed everyone.\n"
    )
    people = {p.name: (p.role, p.abbrev, p.attendance) for p in head.people}
    assert people == {
        "Ann Lee": ("Harbour Commissioner, Chair", "HC", "present"),
        "Raj Patel": ("Chief Executive", "CEx", "present"),
        "Tom Wu": ("Chief Officer", "CO", "present"),
        "Mia Holt": ("Head of Finance", "HF", "present"),
        "Jo Kim": ("Deputy Commissioner", "DC", "apologies"),
    }
    assert head.meeting.chair == "Ann Lee"


def test_a_full_name_without_a_post_in_a_list_is_a_person_not_a_subheading():
    people = _people_of("Present:\nAnn Lee\nRaj Patel – Treasurer\n\n1. Welcome\nHello.\n")
    assert [p[0] for p in people] == ["Ann Lee", "Raj Patel"]


def test_a_line_after_the_list_over_prose_is_no_subheading():
    head = parse_header(
        "Present:\nAnn Lee – Chair\nRaj Patel – Treasurer\n\nOpening remarks\n"
        "Ann Lee welcomed everyone and thanked the hosts.\n"
    )
    assert [p.name for p in head.people] == ["Ann Lee", "Raj Patel"]


def test_a_member_subheading_over_a_comma_list_after_a_blank_line_gives_each_the_role():
    head = _head_of(
        "Westvale Borough Council\nHousing Scrutiny Committee\n\nPRESENT:\n\n"
        "Councillor A. Lowe – Chair\nCouncillor R. Pike – Vice Chair\n\nCouncillors:\n\n"
        "B. Kerr, C. Dunn and D. Ross\n\nAlso in attendance:\n\n"
        "Councillor E. Fry (Cabinet Member for Housing)\n\nTogether with:\n\n"
        "F. Gale (Head of Housing) and G. Hunt (Scrutiny Officer)\n\n"
        "1. Apologies for Absence\nThere were none.\n"
    )
    people = {p.name: (p.role, p.attendance) for p in head.people}
    assert people == {
        "A. Lowe": ("Councillor, Chair", "present"),
        "R. Pike": ("Councillor, Vice Chair", "present"),
        "B. Kerr": ("Councillor", "present"),
        "C. Dunn": ("Councillor", "present"),
        "D. Ross": ("Councillor", "present"),
        "E. Fry": ("Cabinet Member for Housing", "in_attendance"),
        "F. Gale": ("Head of Housing", "in_attendance"),
        "G. Hunt": ("Scrutiny Officer", "in_attendance"),
    }
    assert head.meeting.chair == "A. Lowe"


def test_a_councillor_dash_portfolio_keeps_the_portfolio_alone():
    people = _people_of("Present:\nCouncillor Ann Lee – Cabinet Member for Housing\n\n1. Welcome\nHello.\n")
    assert people == [("Ann Lee", "Cabinet Member for Housing", None, "present")]


def test_together_with_opening_a_sentence_lists_no_one():
    head = parse_header("Parish Council\n\nTogether with the Clerk, members walked the site.\n")
    assert head.people == []


def test_apologies_sentence_reads_names_written_with_initials():
    head = _head_of(
        "Present: Ann Lee, Raj Patel\n\n1. Apologies\n"
        "Apologies for absence were received from Councillors W. Hale and A. Orr.\n"
    )
    away = {p.name: p.role for p in head.people if p.attendance == "apologies"}
    assert away == {"W. Hale": "Councillor", "A. Orr": "Councillor"}


def test_apologies_sentence_still_ends_at_its_full_stop():
    head = _head_of(
        "Present: Ann Lee, Raj Patel\n\n1. Apologies\n"
        "Apologies were received from Jo Kim. Tom Wu attended as substitute.\n"
    )
    assert [p.name for p in head.people if p.attendance == "apologies"] == ["Jo Kim"]


def test_a_secretariat_heading_lists_those_in_attendance():
    head = _head_of(
        "Quality Committee\n\nMembers\nAnn Lee – Non-Executive Director (AL)\n"
        "Secretariat\nRaj Patel – Head of Governance (RP)\nMia Holt – Governance Officer (minutes) (MH)\n\n"
        "1. Welcome\nHello.\n"
    )
    kinds = {p.name: p.attendance for p in head.people}
    assert kinds == {"Ann Lee": "present", "Raj Patel": "in_attendance", "Mia Holt": "in_attendance"}


def test_a_secretariat_line_with_a_value_names_no_person():
    head = parse_header(
        "Technical Committee 12 plenary\nSecretariat: BSI (United Kingdom)\nDate: 2023-05-04\n"
    )
    assert head.people == []


def test_committee_chair_after_a_post_and_before_initials_makes_the_chair():
    head = _head_of(
        "Quality Committee\n\nPresent\nAnn Lee – Non-Executive Director, Committee Chair (AL)\n"
        "Raj Patel – Non-Executive Director, Committee Vice Chair (RP)\n\n1. Welcome\nHello.\n"
    )
    assert head.meeting.chair == "Ann Lee"
    assert (head.people[0].role, head.people[0].abbrev) == ("Non-Executive Director, Committee Chair", "AL")


def test_the_initials_column_is_told_from_a_seat_written_short():
    head = parse_header(
        "Governors present:\nName\tInitials\tCategory\nMr Tom Reed\tTR\tLA\nMs Ann Lee\tAL\tParent\n\n"
    )
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [
        ("Tom Reed", "LA", "TR"),
        ("Ann Lee", "Parent", "AL"),
    ]


def test_items_attended_written_with_to_are_no_part_of_the_role() -> None:
    text = (
        "Present: Ms Ann Lee (Chair)\n\nAlso present:\nMr Raj Patel, Business Manager (BM) – items 2 to 5\n"
    )
    assert ("Raj Patel", "Business Manager", "BM", "in_attendance") in _people_of(text)


def test_a_minute_takers_mark_after_a_dash_ends_the_last_entry_and_is_no_role() -> None:
    text = (
        "Present: Ann Lee (Chair)\n\n"
        "Officers: Jo Kim (Head of Planning), Sam Hart (Governance Officer) – minutes\n"
    )
    head = parse_header(text)
    people = {p.name: p.role for p in head.people}
    assert people == {"Ann Lee": "Chair", "Jo Kim": "Head of Planning", "Sam Hart": "Governance Officer"}
    assert head.meeting.minute_taker == "Sam Hart"


def test_a_minutes_word_inside_a_post_after_a_dash_stays_the_role() -> None:
    text = "Present:\nAnn Lee – Chair\nRaj Patel – Minutes Secretary\n"
    assert _person(text, "Raj Patel").role == "Minutes Secretary"


def test_an_employer_after_a_handle_and_a_dash_is_no_role_but_a_post_is() -> None:
    text = (
        "## Attendees\n\n- Ann Lee (@alee) – Brindle Labs\n- Raj Patel (@rpatel) – Independent\n"
        "- Jo Kim (@jkim) – release manager\n"
    )
    assert _people_by_name(text) == {
        "Ann Lee": (None, "@alee", "present"),
        "Raj Patel": (None, "@rpatel", "present"),
        "Jo Kim": ("release manager", "@jkim", "present"),
    }


def test_company_notes_beside_an_independent_one_are_affiliations_and_no_roles() -> None:
    text = (
        "Present: Ann Lee (Brindle Labs), Raj Patel (Harrow Cloud), Jo Kim (independent), "
        "Sam Hart (Brindle Labs)\nGuests: Mia Holt, release manager\n"
    )
    people = {p.name: p.role for p in parse_header(text).people}
    assert people == {
        "Ann Lee": None,
        "Raj Patel": None,
        "Jo Kim": None,
        "Sam Hart": None,
        "Mia Holt": "release manager",
    }


def test_seat_notes_without_an_independent_one_stay_roles() -> None:
    text = "Governors present: Ann Lee (Parent), Raj Patel (Staff), Jo Kim (Foundation), Sam Hart (Parent)\n"
    assert [p.role for p in parse_header(text).people] == ["Parent", "Staff", "Foundation", "Parent"]


def test_a_mail_subject_summarising_a_named_meeting_gives_the_title() -> None:
    text = (
        "Subject: [quill-dev] Summary of the TSC meeting, 2024-02-06\nFrom: Ann Lee <ann@example.org>\n"
        "Date: Wed, 7 Feb 2024 09:00:00 +0000\n\nHi all,\n\nHere are the notes.\n\n"
        "Date: 2024-02-06\nPresent: Ann Lee, Raj Patel\n"
    )
    assert parse_header(text).meeting.title == "TSC meeting"


def test_a_mail_subject_summarising_a_topic_names_no_meeting() -> None:
    text = (
        "Subject: [quill-dev] Summary of the API discussion\nFrom: Ann Lee <ann@example.org>\n\n"
        "Widget Board\nDate: 2024-02-06\nPresent: Ann Lee, Raj Patel\n"
    )
    assert parse_header(text).meeting.title == "Widget Board"


def test_a_ranked_officer_listed_with_a_unit_keeps_the_rank_as_the_post() -> None:
    text = (
        "In attendance:\nChief Inspector Ann Lee, Harbour Control Room (item 3)\n"
        "Detective Sergeant Raj Patel, Economic Crime Team\nSergeant Jo Kim, Roads Policing Unit\n"
        "Inspector Sam Hart, Operations Manager\n"
    )
    assert {p.name: p.role for p in parse_header(text).people} == {
        "Ann Lee": "Chief Inspector, Harbour Control Room",
        "Raj Patel": "Detective Sergeant, Economic Crime Team",
        "Jo Kim": "Sergeant, Roads Policing Unit",
        "Sam Hart": "Operations Manager",  # the post named: the rank dropped
    }


def test_witnesses_grouped_by_their_organisation_attend() -> None:
    text = (
        "Present: Councillor Ann Lee (Chair)\n\nWitnesses – Harrow Fire and Rescue Service:\n"
        "Raj Patel, Area Manager, Prevention\n\nHarrow Housing Trust:\nJo Kim, Head of Tenancy Services\n\n"
        "Officers:\nSam Hart, Scrutiny Officer\n"
    )
    assert _attendance_of(text) == {
        "Ann Lee": "present",
        "Raj Patel": "in_attendance",
        "Jo Kim": "in_attendance",
        "Sam Hart": "in_attendance",
    }


def test_a_mixed_case_post_short_form_with_a_qualifier_is_the_short_form() -> None:
    text = "Present:\nDr Ann Lee, Head of Civil Engineering (HoD Civil)\nMs Raj Patel (Town Mayor)\n"
    people = _people_by_name(text)
    assert people["Ann Lee"][:2] == ("Head of Civil Engineering", "HoD Civil")
    assert people["Raj Patel"][:2] == ("Town Mayor", None)


# --- batch 35/36: layouts the header missed -------------------------------------------------------


def test_seat_labels_inside_a_list_give_their_members_the_seat_as_role():
    head = _head_of(
        "Hollin Vale Academy\nFull Governing Board\nMinutes of the meeting held on 4 March 2025\n\n"
        "Governors present:\nFoundation Governors: Mr Ivo Brandt (IB) (Chair), Ms Lena Ashe (LA)\n"
        "Parent Governor: Mrs Dora Kell (DK) (Vice-Chair)\nPrincipal: Dr Omar Sayed (OS)\n\n"
        "In attendance:\nMs Tia Rowe (TR) – Bursar\n\n1. Welcome\nThe Chair opened the meeting.\n"
    )
    people = {p.name: (p.role, p.abbrev, p.attendance) for p in head.people}
    assert people == {
        "Ivo Brandt": ("Foundation Governor, Chair", "IB", "present"),
        "Lena Ashe": ("Foundation Governor", "LA", "present"),
        "Dora Kell": ("Parent Governor, Vice-Chair", "DK", "present"),
        "Omar Sayed": ("Principal", "OS", "present"),
        "Tia Rowe": ("Bursar", "TR", "in_attendance"),
    }
    assert head.meeting.chair == "Ivo Brandt"


def test_a_team_label_inside_a_list_gives_no_role():
    head = parse_header("Present:\n- Design: Ann Lee, Raj Patel\n- Finance Team: Jo Kim, Sam Reid\n")
    assert [(p.name, p.role) for p in head.people] == [
        ("Ann Lee", None),
        ("Raj Patel", None),
        ("Jo Kim", None),
        ("Sam Reid", None),
    ]


def test_a_seat_label_leaves_a_post_written_for_the_person_alone():
    head = parse_header("Present:\nCo-opted Governors: Ann Lee, Head of Finance at Acme\n")
    assert [(p.name, p.role) for p in head.people] == [("Ann Lee", "Head of Finance at Acme")]


def test_a_chat_nick_before_the_full_name_is_the_short_form():
    head = parse_header(
        "Participants\n------------\nChair:     mbell (Mara Bell)\n"
        "Attendees: ana_l (Ana Lindqvist, docs lead), tomek (Tomasz Zielny)\n"
        "Guest:     pgray (Paul Gray, packager)\nRegrets:   jo_k (Jo Kerr)\n"
    )
    people = {p.name: (p.role, p.abbrev, p.attendance) for p in head.people}
    assert people == {
        "Mara Bell": ("Chair", "mbell", "present"),
        "Ana Lindqvist": ("docs lead", "ana_l", "present"),
        "Tomasz Zielny": (None, "tomek", "present"),
        "Paul Gray": ("packager", "pgray", "in_attendance"),
        "Jo Kerr": (None, "jo_k", "apologies"),
    }
    assert head.meeting.chair == "Mara Bell"


def test_a_lower_case_word_before_a_body_in_brackets_is_no_nick_of_a_person():
    head = parse_header("Attendees: infra (Open Ledger Collective), Ann Lee\n")
    assert "Open Ledger Collective" not in [p.name for p in head.people]


def test_attendees_under_a_heading_over_labelled_lists_are_present():
    head = parse_header("## Participants\nChair: Ann Lee\nAttendees: Raj Patel, Jo Kim\nRegrets: Sam Reid\n")
    assert [(p.name, p.attendance) for p in head.people] == [
        ("Raj Patel", "present"),
        ("Jo Kim", "present"),
        ("Sam Reid", "apologies"),
        ("Ann Lee", "present"),
    ]


def test_attendees_under_a_members_heading_are_in_attendance():
    head = parse_header("## Members\nAnn Lee\nRaj Patel\n\n## Attendees\nJo Kim\n")
    assert [(p.name, p.attendance) for p in head.people] == [
        ("Ann Lee", "present"),
        ("Raj Patel", "present"),
        ("Jo Kim", "in_attendance"),
    ]


@pytest.mark.parametrize(
    "line, title",
    [
        ("Weekly sync – Thursday 2024-05-16", "Weekly sync"),
        ("Weekly sync, Thu 16/05/2024", "Weekly sync"),
        ("Tuesday Club meeting – 2024-05-14", "Tuesday Club meeting"),
    ],
)
def test_a_weekday_written_before_a_numeric_date_is_part_of_the_date(line, title):
    assert parse_header(f"{line}\n\nPresent: Ann Lee, Raj Patel\n").meeting.title == title


def test_a_meeting_notes_label_before_the_name_is_no_part_of_the_title():
    head = parse_header("Meeting notes: Harbour Estates Committee – 5 June 2024\n\nAttendees\nAnn Lee\n")
    assert head.meeting.title == "Harbour Estates Committee"


def test_a_numbered_meeting_line_does_not_name_the_meeting():
    head = parse_header(
        "Tarnby Mills Ltd\nData Platform Steering Committee – Minutes\n\nMeeting 7\n"
        "Date: Monday 3 March 2025\n\nPresent:\nAnn Lee – Chief Data Officer\n"
    )
    assert (head.meeting.title, head.meeting.body) == ("Data Platform Steering Committee", "Tarnby Mills Ltd")


def test_a_group_with_its_short_form_under_a_parent_board_is_the_meeting():
    head = parse_header(
        "NHS Orrel Valley Integrated Care Board\nMedicines Optimisation Group (MOG)\n"
        "Minutes of the meeting held on Thursday 6 March 2025, 10:00\n\nPresent:\nAnn Lee – Chief Pharmacist\n"
    )
    assert (head.meeting.title, head.meeting.body) == (
        "Medicines Optimisation Group (MOG)",
        "NHS Orrel Valley Integrated Care Board",
    )


def test_an_item_heading_about_the_previous_meeting_does_not_name_the_meeting():
    head = parse_header(
        "Governing Board\nMinutes of the meeting held on 4 March 2025\n"
        "Minute 25/07 Minutes of the previous meeting held on 4 February 2025\n"
    )
    assert head.meeting.title == "Governing Board"


def test_words_after_a_comma_in_a_dashed_post_are_no_holder_before_it():
    head = parse_header(
        "Present:\nAnn Lee – Chief Data Officer (CDO), Programme Sponsor\n"
        "Raj Patel – Lead Nurse, Frailty Liaison (RP)\n"
    )
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [
        ("Ann Lee", "Chief Data Officer, Programme Sponsor", "CDO"),
        ("Raj Patel", "Lead Nurse, Frailty Liaison", "RP"),
    ]


def test_a_post_its_unit_then_a_name_still_reads_post_first():
    head = parse_header("Present:\nAssistant Superintendent, Business Services, Diane Lee\n")
    assert [(p.name, p.role) for p in head.people] == [
        ("Diane Lee", "Assistant Superintendent, Business Services")
    ]


def test_a_librarian_is_a_post_not_a_second_person():
    head = parse_header("In attendance:\nMr Tom Hale, Faculty Librarian (for item 5)\nMs Jo Kim, Registrar\n")
    assert [(p.name, p.role) for p in head.people] == [
        ("Tom Hale", "Faculty Librarian"),
        ("Jo Kim", "Registrar"),
    ]


def test_chair_of_governors_with_its_short_form_chairs_the_meeting():
    head = parse_header("Present:\nMrs Ann Lee – Chair of Governors (CoG)\nMr Raj Patel – Headteacher (HT)\n")
    assert head.meeting.chair == "Ann Lee"
    assert (head.people[0].role, head.people[0].abbrev) == ("Chair of Governors", "CoG")


def test_witnesses_listed_inside_an_item_attend_the_meeting():
    text = (
        "Transport Select Committee\nMinutes of the meeting held on 3 March 2025\n\n"
        "Present: Councillors Ann Lee (Chairman), Raj Patel and Jo Kim\n\n"
        "12/25 INQUIRY: BUS SERVICES\nWitnesses:\nSam Reid, Head of Transport, Orrel County Council\n"
        "Councillor Jo Kim, Cabinet Member for Transport\nTia Rowe, Operations Manager, Valley Buses Ltd\n"
        "The briefing paper notes that patronage has fallen by 12%.\nMr Reid said that 14 routes were lost.\n"
    )
    head = parse_header(text, end=text.index("12/25"))
    added = [(p.name, p.role, p.attendance) for p in head.people if p.attendance == "in_attendance"]
    assert added == [
        ("Sam Reid", "Head of Transport, Orrel County Council", "in_attendance"),
        ("Tia Rowe", "Operations Manager, Valley Buses Ltd", "in_attendance"),
    ]


def test_a_present_label_inside_an_item_adds_no_one():
    text = "Board\nPresent: Ann Lee, Raj Patel\n\n1. Site visit\nPresent: the site manager, Tom Wu\n"
    head = parse_header(text, end=text.index("1. Site"))
    assert [p.name for p in head.people] == ["Ann Lee", "Raj Patel"]


def test_a_roll_call_in_the_first_item_names_the_chair_and_note_taker():
    text = (
        "Steering Committee meeting – 11 May 2024\n\nNotes from yesterday's call, posted late.\n\n"
        "## Attendees\nPresent: @ana, @bo, @cy\nChair: @ana\nNotes: @bo\n"
        "Guest: @dee (Fedora packager), for the release topic\n\n## Release\nWe agreed the date.\n"
    )
    head = parse_header(text, end=text.index("## Attendees"))
    assert (head.meeting.chair, head.meeting.minute_taker) == ("@ana", "@bo")
    assert ("@dee", "Fedora packager", "in_attendance") in [
        (p.name, p.role, p.attendance) for p in head.people
    ]


@pytest.mark.parametrize("line", ["Notes from yesterday's call, posted late.", "Chair: no gods, no masters!"])
def test_a_person_label_opening_a_sentence_names_no_one(line):
    head = parse_header(f"Weekly call – 11 May 2024\n{line}\nPresent: Ann Lee, Raj Patel\n")
    assert (head.meeting.chair, head.meeting.minute_taker) == (None, None)


def test_a_bracketed_note_on_the_date_does_not_hide_the_venue():
    head = parse_header(
        "Faculty Board\nMinutes of the meeting held on Thursday 24 October 2024 (2nd week, Michaelmas Term) "
        "at 2.15 pm in the Board Room, Hale Building\n"
    )
    assert (head.meeting.start_time, head.meeting.venue) == ("14:15", "Board Room, Hale Building")


def test_secretary_after_a_post_on_a_line_each_list_takes_the_minutes():
    head = parse_header(
        "In attendance:\nMs Jo Kim, Head of Finance\nMrs Ann Lee, Academic Administrator, Secretary\n"
    )
    assert head.meeting.minute_taker == "Ann Lee"
    assert [(p.name, p.role) for p in head.people] == [
        ("Jo Kim", "Head of Finance"),
        ("Ann Lee", "Academic Administrator"),
    ]


def test_secretary_alone_after_a_name_stays_the_role():
    head = parse_header("Present:\nMs Jo Kim, Chair\nMrs Ann Lee, Secretary\n")
    assert [(p.name, p.role) for p in head.people][1] == ("Ann Lee", "Secretary")


def test_a_committee_secretary_line_names_the_minute_taker_in_attendance():
    head = parse_header(
        "Present:\nDr Jo Kim, Dean (Chair)\n\nCommittee Secretary: Mrs Ann Lee, Quality Officer\n\n1. Welcome\n"
    )
    assert head.meeting.minute_taker == "Ann Lee"
    assert ("Ann Lee", "Quality Officer", "in_attendance") in [
        (p.name, p.role, p.attendance) for p in head.people
    ]


def test_a_closing_minutes_taken_by_line_names_the_minute_taker():
    text = (
        "Governing Board\nPresent: Ann Lee (Chair), Raj Patel\n\n1. Welcome\nThe Chair opened the meeting.\n\n"
        + "2. Finance\n"
        + "The Board noted the budget monitoring report for the period. " * 60  # the sign-off is far below
        + "\n\nSigned: ........ (Chair)\n\nMinutes taken by Mrs Jo Kim, Clerk to the Governing Board\n"
    )
    head = parse_header(text, end=text.index("1. Welcome"))
    assert head.meeting.minute_taker == "Jo Kim"
    assert "Jo Kim" not in [p.name for p in head.people]


def test_a_persons_initials_after_the_name_win_over_the_posts_short_form():
    head = parse_header(
        "Present:\nMr Raj Patel (RP) – School Business Manager (SBM)\nAnn Lee (Acme) – Chief Constable (CC)\n"
    )
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [
        ("Raj Patel", "School Business Manager", "RP"),
        ("Ann Lee", "Chief Constable", "CC"),
    ]


def test_a_post_joined_to_the_committee_chair_makes_the_chair():
    header = (
        "Estuary Water Board\nDate: 3 March 2025\nPresent:\n"
        "Dr Ines Marlow (IM), Lay Member and Committee Chair\nOwen Pask (OP), Lay Member"
    )
    assert _meeting(header).chair == "Ines Marlow"
    assert _people(header)[0][:2] == ("Ines Marlow", "Lay Member and Committee Chair")


def test_a_post_joined_to_the_committee_vice_chair_makes_no_chair():
    header = (
        "Estuary Water Board\nDate: 3 March 2025\nPresent:\n"
        "Dr Ines Marlow (IM), Lay Member and Committee Vice Chair\nOwen Pask (OP), Lay Member"
    )
    assert _meeting(header).chair is None


def test_governors_heading_alone_over_names_one_a_line_lists_those_present():
    head = _head_of(
        "Millbrook Primary School\nCurriculum Committee\n\nGovernors:\nMrs Ada Fenwick (Chair)\n"
        "Mr Tomas Reyes\nMs Ola Brandt (Staff governor)\n\nIn attendance:\nMr Kit Harlow, Deputy Head\n\n"
        "Item 1 – Welcome\nThe Chair welcomed governors.\n"
    )
    people = {p.name: (p.role, p.attendance) for p in head.people}
    assert people == {
        "Ada Fenwick": ("Chair", "present"),
        "Tomas Reyes": (None, "present"),
        "Ola Brandt": ("Staff governor", "present"),
        "Kit Harlow": ("Deputy Head", "in_attendance"),
    }
    assert head.meeting.chair == "Ada Fenwick"


def test_governors_heading_over_a_sentence_lists_no_one():
    head = _head_of(
        "Millbrook Primary School\nCurriculum Committee\n\nGovernors:\nplease read the papers in advance.\n\n"
        "Present:\nMrs Ada Fenwick (Chair)\n\nItem 1 – Welcome\nThe Chair welcomed governors.\n"
    )
    assert [p.name for p in head.people] == ["Ada Fenwick"]


def test_membership_category_subheadings_keep_the_present_list_open():
    head = _head_of(
        "Westmoor University\nSchool Board\n\nMembers present:\n\nEx officio\n"
        "Professor Lena Voss, Head of School (Chair)\nDr Amir Sadek, Director of Studies\n\n"
        "Elected\nDr Ruth Okafor\nMr Ben Tilly\n\nIn attendance\nMs Jo Penn, School Manager\n\n"
        "1. Welcome\nThe Chair welcomed members.\n"
    )
    people = {p.name: p.attendance for p in head.people}
    assert people == {
        "Lena Voss": "present",
        "Amir Sadek": "present",
        "Ruth Okafor": "present",
        "Ben Tilly": "present",
        "Jo Penn": "in_attendance",
    }


def test_table_flattened_to_one_cell_a_line_is_read_as_name_and_role_rows():
    text = (
        "Trustees present:\n"
        "Name\n"
        "Role\n"
        "Ms Vera Quillan\n"
        "Treasurer, Chair\n"
        "Mr Osric Dunmore\n"
        "Staff Trustee\n"
        "Dr Lise Harrowgate\n"
        "Secretary (SEC)\n"
    )
    result = parse_header(text)
    assert _people_of(text) == [
        ("Vera Quillan", "Treasurer, Chair", None, "present"),
        ("Osric Dunmore", "Staff Trustee", None, "present"),
        ("Lise Harrowgate", "Secretary", "SEC", "present"),
    ]
    assert result.meeting.chair == "Vera Quillan"


def test_flattened_table_headings_over_names_alone_do_not_pair_names_as_roles():
    text = "Present:\nName\nRole\nMs Vera Quillan\nMr Osric Dunmore\n"
    got = {p[0]: p[1] for p in _people_of(text)}
    assert got.get("Vera Quillan") is None and got.get("Osric Dunmore") is None


def test_meeting_field_holding_a_serial_reference_does_not_name_the_meeting():
    text = "# Harbour Lights Project Board\n\n**Meeting:** PB-14\n**Date:** 3 March 2025\n"
    assert parse_header(text).meeting.title == "Harbour Lights Project Board"


def test_meeting_field_holding_a_name_still_names_the_meeting():
    text = "Meeting: Harbour Lights Project Board\nDate: 3 March 2025\n"
    assert parse_header(text).meeting.title == "Harbour Lights Project Board"


def test_items_attended_after_a_comma_closing_the_short_form_are_not_part_of_the_role():
    text = "In attendance: Tomas Vell, Head of Estates (TV), items 4–5\n"
    assert _people_of(text) == [("Tomas Vell", "Head of Estates", "TV", "in_attendance")]


def test_items_words_inside_a_role_are_kept():
    text = "In attendance: Tomas Vell, Manager, Line Items Team\n"
    assert _people_of(text)[0][1] == "Manager, Line Items Team"


def _roles_by_name(text: str) -> dict[str, tuple[str | None, str]]:
    """name -> (role, attendance) of the header of ``text`` cut at its first item."""
    head = parse_header(text, end=segment_items(text)[0].start)
    return {p.name: (p.role, p.attendance) for p in head.people}


ROLL_CALL_BLOCKS = (
    "Orchard Software Guild\nBoard Meeting Minutes\nJune 4, 2023\n\n"
    "1. Call to order\n\n    The meeting opened at 18:05. The meeting was held via videoconference (Jitsi).\n\n"
    "2. Roll Call\n\n    Directors Present:\n\n        Nadia Brook (Chair)\n        Piet Jansen\n\n"
    "    Directors Absent:\n\n        Ola Wren\n\n    Guests:\n\n        Lior Katz\n\n"
    "3. Treasurer's report\n\n    Piet Jansen reported a surplus for the quarter.\n"
)


def test_a_roll_call_label_over_names_below_it_lists_them():
    people = _roles_by_name(ROLL_CALL_BLOCKS)
    assert {n: a for n, (_, a) in people.items()} == {
        "Nadia Brook": "present",
        "Piet Jansen": "present",
        "Ola Wren": "absent",
        "Lior Katz": "in_attendance",
    }
    head = parse_header(ROLL_CALL_BLOCKS, end=segment_items(ROLL_CALL_BLOCKS)[0].start)
    assert head.meeting.chair == "Nadia Brook"


def test_an_opening_item_saying_how_the_meeting_was_held_gives_the_venue():
    head = parse_header(ROLL_CALL_BLOCKS, end=segment_items(ROLL_CALL_BLOCKS)[0].start)
    assert head.meeting.venue == "videoconference (Jitsi)"


def test_a_later_meeting_to_be_held_online_gives_no_venue():
    text = ROLL_CALL_BLOCKS.replace("The meeting was held via", "The next meeting will be held via")
    head = parse_header(text, end=segment_items(text)[0].start)
    assert head.meeting.venue is None


def test_a_call_line_gives_the_start_time_and_the_platform():
    text = "Weekly sync\n\nCall: Tue 9 May, 14:00-14:30, Zoom\nOn the call: Ann, Raj\nApols: Kit\n\nUpdates\n- Done.\n"
    head = parse_header(text, end=text.index("Updates"))
    assert (head.meeting.start_time, head.meeting.venue) == ("14:00", "Zoom")
    assert {p.name: p.attendance for p in head.people}["Kit"] == "apologies"


def test_a_heading_opening_with_call_is_no_call_field():
    head = parse_header("Call Agenda\nPresent: Ann Lee, Raj Patel\n")
    assert head.meeting.start_time is None and head.meeting.venue is None


def test_a_mail_subject_naming_the_meeting_before_notes_gives_the_title():
    text = (
        "From: Project Office <pmo@example.org>\nSent: Tuesday, May 9, 2023 3:10 PM\nTo: Team\n"
        "Subject: Atlas fortnightly status call - notes 09/05\n\nHi all, notes from this morning below.\n\n"
        "Present: Ann, Raj\n"
    )
    assert parse_header(text).meeting.title == "Atlas fortnightly status call"


def test_a_mail_subject_about_notes_on_a_topic_gives_no_title():
    text = (
        "From: Ann <ann@example.org>\nSent: Tuesday, May 9, 2023 3:10 PM\n"
        "Subject: Budget - notes on the draft\n\nHi all.\n\nPresent: Ann, Raj\n"
    )
    assert parse_header(text).meeting.title != "Budget"


def test_an_item_only_note_after_a_dash_is_no_part_of_the_role():
    text = "Board\n\nIn attendance:\nKit Moss (Estates Surveyor) (KM) – item 4 only\n\n1. Welcome\n"
    assert _roles_by_name(text)["Kit Moss"][0] == "Estates Surveyor"


def test_a_dashed_chair_mark_after_a_post_stays_after_a_comma():
    text = "Audit Panel\n\nPresent:\nDr Ann Lee, Lay Member – Chair\nRaj Patel – Finance Director (FD)\n\n1. Welcome\n"
    assert _roles_by_name(text)["Ann Lee"][0] == "Lay Member, Chair"


def test_a_dashed_chair_mark_in_a_table_role_cell_is_dropped():
    text = "Audit Panel\n\nPresent:\nAnn Lee\tLay Member – Chair\nRaj Patel\tFinance Director\n\n1. Welcome\n"
    assert _roles_by_name(text)["Ann Lee"][0] == "Lay Member"


def test_a_note_of_who_covers_for_an_absent_person_is_not_a_role():
    text = "Weekly call\n\nPresent: Ann, Raj\nApologies: Kit (Raj covering finance)\n\n1. Updates\n"
    assert _roles_by_name(text)["Kit"] == (None, "apologies")


def test_middle_dot_separates_labelled_fields_on_one_line():
    head = parse_header(
        "# Parser team sync — 2024-03-07\n\nAttendees: Ann Lee (@alee), Raj Patel (@rpatel)\n"
        "Chair: @alee · Notes: @rpatel\n\n## Updates\n"
    )
    assert (head.meeting.chair, head.meeting.minute_taker) == ("Ann Lee", "Raj Patel")


def test_middle_dot_before_a_word_that_is_no_label_stays_in_the_value():
    head = parse_header("Team sync — 2024-03-07\nVenue: Room 4 · Minutes Lane Depot\nChair: Ann Lee\n")
    assert head.meeting.venue == "Room 4 · Minutes Lane Depot"


def test_lower_case_session_kind_in_minutes_line_leaves_the_group_above_as_title():
    head = parse_header(
        "Westmoor District Council\n\nParks Scrutiny Task Group\n\n"
        "Minutes of the informal session held on 4 March 2024 at 6.00pm in Room 3\n\nPresent: Ann Lee\n"
    )
    assert (head.meeting.title, head.meeting.body) == (
        "Parks Scrutiny Task Group",
        "Westmoor District Council",
    )


def test_councillor_marked_lead_member_keeps_councillor_before_the_office():
    people = _by_name("Present: Councillors Ann Lee (Chair), Raj Patel (Lead Member) and Jo Kim\n")
    assert people["Raj Patel"].role == "Councillor, Lead Member"
    assert people["Jo Kim"].role == "Councillor"


def test_lead_member_for_a_portfolio_is_a_role_of_its_own():
    people = _by_name("In attendance: Councillor Raj Patel (Lead Member for Housing)\n")
    assert people["Raj Patel"].role == "Lead Member for Housing"


def test_aligned_short_form_column_read_past_attendance_notes_in_the_post_column():
    people = _by_name(
        "Present:\nAnn Lee           Deputy Director of Finance (MS Teams)     DDoF\n"
        "Raj Patel         Head of Estates (Zoom)                    HoE\n"
        "Jo Kim            Lead for Digital Learning (item 4)        LfDL\n"
        "Bo Chan           Chief Pharmacist                          CP\n"
    )
    assert {n: (p.role, p.abbrev) for n, p in people.items()} == {
        "Ann Lee": ("Deputy Director of Finance", "DDoF"),
        "Raj Patel": ("Head of Estates", "HoE"),
        "Jo Kim": ("Lead for Digital Learning", "LfDL"),
        "Bo Chan": ("Chief Pharmacist", "CP"),
    }


def test_mixed_case_cell_that_spells_neither_person_nor_post_is_no_short_form():
    people = _by_name("Present:\nAnn Lee           Head of Estates           DoF\n")
    assert people["Ann Lee"].abbrev is None


def test_attendance_line_broken_inside_a_bracket_or_after_a_title_is_read_whole():
    people = _by_name(
        "Apologies: Dr Ann Lee (Director of Teaching and\nLearning, Earth Sciences); Professor\n"
        "Raj Patel (Head of School, Physics)\n\n1. Welcome\n"
    )
    assert {n: p.role for n, p in people.items()} == {
        "Ann Lee": "Director of Teaching and Learning, Earth Sciences",
        "Raj Patel": "Head of School, Physics",
    }


def test_short_attendance_line_ending_on_a_closed_entry_is_not_joined():
    people = _by_name("Apologies: Dr Ann Lee (Head of Physics)\nRaj Patel noted the apologies.\n")
    assert set(people) == {"Ann Lee"}


def test_header_line_dated_other_than_the_meeting_does_not_name_it():
    head = parse_header(
        "UNIVERSITY OF WESTMOOR\nFaculty Research Committee\n"
        "Minutes of the meeting held on 17 May 2023 at 10.00 am in Room 2\n\n"
        "Present: Professor Ann Lee (Chair); Dr Raj Patel\n\n"
        "FRC/23/08  2. Minutes of the meeting held on 15 March 2023\nThe minutes were approved.\n"
    )
    assert head.meeting.title == "Faculty Research Committee"


def test_dial_in_note_is_no_part_of_the_role_and_frees_the_short_form():
    people = _by_name(
        "Present:\nAnn Lee – Head of Estates (HoE) (dial-in)\nRaj Patel – Lead Architect (dial-in)\n"
    )
    assert (people["Ann Lee"].role, people["Ann Lee"].abbrev) == ("Head of Estates", "HoE")
    assert people["Raj Patel"].role == "Lead Architect"


def test_dashed_chair_mark_after_a_post_ending_in_a_short_form_is_kept_with_its_code():
    people = _by_name("Present:\nAnn Lee – Director of Estates & CTO (DE) – Chair\nRaj Patel – Treasurer\n")
    assert (people["Ann Lee"].role, people["Ann Lee"].abbrev) == ("Director of Estates & CTO, Chair", "DE")


def test_bare_short_form_before_a_dashed_chair_mark_is_no_post():
    head = parse_header("Present:\nAnn Lee – TSC – Chair\nRaj Patel – Treasurer\n")
    assert head.people[0].role != "TSC, Chair"


def test_clerical_title_is_no_part_of_the_name():
    people = _by_name("Co-opted Members:\nFather Tom Ryan, Diocesan Representative\nRabbi Ann Cohen\n")
    assert set(people) == {"Tom Ryan", "Ann Cohen"}


def test_held_via_line_after_the_date_gives_only_the_platform_as_venue():
    head = parse_header(
        "Westmoor Trust\nAudit Committee\nMinutes of the meeting held on Monday 3 March 2025 at 14:00\n"
        "Held virtually via Zoom\n\nPresent:\nAnn Lee, Chair\n"
    )
    assert head.meeting.venue == "Zoom"


def test_venue_line_after_the_date_without_held_is_kept_whole():
    head = parse_header(
        "Westmoor Trust\nAudit Committee\nMinutes of the meeting held on Monday 3 March 2025 at 14:00\n"
        "Committee Room 2, Civic Centre\n\nPresent:\nAnn Lee, Chair\n"
    )
    assert head.meeting.venue == "Committee Room 2, Civic Centre"


def test_regrets_note_on_an_unticked_box_is_an_apology_and_a_bare_box_an_absence():
    people = _by_name("Attendees:\n- [x] @ann (Ann Lee)\n- [ ] @bo (regrets)\n- [ ] @cy\n")
    assert {n: p.attendance for n, p in people.items()} == {
        "Ann Lee": "present",
        "@bo": "apologies",
        "@cy": "absent",
    }


def test_regrets_after_a_dash_under_absent_is_an_apology():
    people = _by_name("Absent:\n- Ann Lee (@alee) — regrets, travelling\n- Raj Patel (@rpatel)\n")
    assert people["Ann Lee"].attendance == "apologies"
    assert people["Raj Patel"].attendance == "absent"


def test_a_dash_before_a_post_is_no_attendance_note():
    people = _by_name("Present:\n- Ann Lee — Treasurer\n- Raj Patel\n")
    assert people["Ann Lee"].attendance == "present"


def test_attendance_details_heading_names_no_one():
    people = _by_name("Attendance Details\n\nPresent: Councillors Ann Lee (Chair) and Raj Patel\n")
    assert set(people) == {"Ann Lee", "Raj Patel"}


def test_a_colonless_attendance_label_before_a_name_still_lists_the_name():
    people = _by_name("Present Ann Lee, Raj Patel\n")
    assert set(people) == {"Ann Lee", "Raj Patel"}


def test_attendance_word_outside_brackets_still_opens_a_list():
    people = _by_name("Present:\nAnn Lee\nApologies (received in advance):\nRaj Patel\n")
    assert people["Raj Patel"].attendance == "apologies"


def test_meeting_number_after_minutes_of_is_no_title():
    head = parse_header(
        "WESTMOOR UNIVERSITY\nSchool of Physics\n\nTeaching Committee\n"
        "Minutes of Meeting 2/2025, held on Monday 3 March 2025 at 10.00 am\n\nPresent:\nAnn Lee, Chair\n"
    )
    assert head.meeting.title == "Teaching Committee"


def test_word_on_an_apology_after_a_dash_is_no_role():
    people = _by_name("Apologies: Ann Lee (AL), parent governor – accepted\n")
    assert people["Ann Lee"].role == "parent governor"


def test_clerk_line_with_the_clerks_team_in_brackets_gives_the_office_as_role():
    people = _by_name("In attendance:\n- Raj Patel, Bursar\n- Clerk: Ann Lee (Westmoor governance team)\n")
    assert people["Ann Lee"].role == "Clerk"


def test_clerk_line_with_a_post_in_brackets_keeps_the_post():
    people = _by_name("In attendance:\n- Raj Patel, Bursar\n- Clerk: Ann Lee (Governance Officer)\n")
    assert people["Ann Lee"].role == "Governance Officer"


def test_marks_in_a_list_of_nicks_name_the_chair_and_the_note_taker():
    head = parse_header(
        "Release call 2024-03-04\nPresent: robin (chair), jk (notes), tkaya, mo\n\n* Builds\n"
    )
    assert [(p.name, p.role) for p in head.people] == [
        ("robin", "Chair"),
        ("jk", None),
        ("tkaya", None),
        ("mo", None),
    ]
    assert (head.meeting.chair, head.meeting.minute_taker) == ("robin", "jk")


def test_two_letter_words_alone_are_no_list_of_nicks():
    head = parse_header("Sync 2024-03-04\nApologies: tf, jk\n\n* Builds\n")
    assert [p.name for p in head.people] != ["tf", "jk"]


def test_a_note_of_the_topic_attended_for_is_no_role():
    head = parse_header(
        "Sync 2024-03-04\nGuest: vero (Vera Olsen, Birchwood Labs), for topic 2\n\n* Builds\n"
    )
    assert [(p.name, p.role) for p in head.people] == [("Vera Olsen", "Birchwood Labs")]


def test_side_headings_over_people_and_posts_list_those_present():
    head = parse_header(
        "Contract Review Meeting\nDate: 4 March 2024\n\nPurchaser:\nAnn Lee, Head of Quality (HoQ) – Chair\n"
        "Raj Patel, Contract Manager\n\nSupplier:\nJo Kim, Chief Nurse (CN)\nTom Reed, Finance Director\n\n"
        "1. Welcome\n"
    )
    assert [(p.name, p.attendance) for p in head.people] == [
        ("Ann Lee", "present"),
        ("Raj Patel", "present"),
        ("Jo Kim", "present"),
        ("Tom Reed", "present"),
    ]
    assert head.meeting.chair == "Ann Lee"


def test_a_circulation_heading_lists_no_one_present():
    head = parse_header(
        "Project Board\nDate: 4 March 2024\n\nCirculation:\nAnn Lee, Head of Quality\nRaj Patel, Contract Manager\n\n"
        "1. Welcome\n"
    )
    assert head.people == []


def test_a_sentence_wrapped_by_a_mail_names_no_meeting():
    head = parse_header(
        "Notes from the steering call last night, written against the agenda\n"
        "mail below. Corrections please by Monday.\n\nBirchwood steering committee -- 2024-03-04\n"
        "> Agenda for the call, usual time and room\n\n* Builds\n"
    )
    assert head.meeting.title is not None and "Notes" not in head.meeting.title
    assert not head.meeting.title.startswith(">")


def test_a_speakers_key_lists_the_people_present_with_their_handles():
    head = parse_header(
        "Fernway Project\nCommunity call – 3 May 2023\n\nSpeakers\nSpeaker 1 = Mira Sol (@msol)\n"
        "Speaker 2 = Ivo Dane (@idane)\nSpeaker 3 = Lea Strand, Head of Outreach, Kelp Labs (guest, topic 2 only)\n\n"
        "Regrets: Ola Berg (@oberg)\n\nTopic 1 – Roadmap\nSpeaker 2: I will tag the release.\n"
    )
    assert [(p.name, p.role, p.abbrev, p.attendance) for p in head.people] == [
        ("Mira Sol", None, "@msol", "present"),
        ("Ivo Dane", None, "@idane", "present"),
        ("Lea Strand", "Head of Outreach, Kelp Labs", None, "in_attendance"),
        ("Ola Berg", None, "@oberg", "apologies"),
    ]


def test_a_speakers_key_tells_later_stages_who_each_speaker_label_is():
    head = parse_header(
        "Fernway Project\nCommunity call – 3 May 2023\n\nSpeakers\nSpeaker 1 = Mira Sol (@msol)\n"
        "Speaker 2: Ivo Dane\n\nTopic 1 – Roadmap\nSpeaker 2: I will tag the release.\n"
    )
    assert head.abbreviations["Speaker 1"] == "Mira Sol"
    assert head.abbreviations["Speaker 2"] == "Ivo Dane"


def test_a_speaker_label_outside_an_attendance_list_names_no_one():
    head = parse_header(
        "Fernway Project\nCommunity call – 3 May 2023\n\nSpeaker 1 = the host\n\n1. Roadmap\n"
    )
    assert head.people == []
    assert "Speaker 1" not in head.abbreviations


def test_a_guest_note_after_a_post_makes_the_person_attend():
    head = parse_header(
        "Parks Forum\nDate: 4 March 2024\n\nPresent:\nAnn Lee, Chair\nRaj Patel, Ranger, Moor Trust (invited guest)\n\n"
        "1. Welcome\n"
    )
    assert [(p.name, p.role, p.attendance) for p in head.people] == [
        ("Ann Lee", "Chair", "present"),
        ("Raj Patel", "Ranger, Moor Trust", "in_attendance"),
    ]


def test_a_key_to_initials_at_the_end_gives_each_listed_person_their_initials():
    head = parse_header(
        "Faculty Board\nMinutes of the meeting held on 4 March 2024\n\nPresent:\nProfessor Ann Lee, Dean – Chair\n"
        "Dr Raj Paul-Taylor, Associate Dean\n\nApologies:\nMs Jo Kim, Registrar\nMr Tom Reed, Elected member\n\n"
        "1. WELCOME\nAL welcomed members.\n\nKEY TO INITIALS\nAL\tProfessor Ann Lee\nRPT\tDr Raj Paul-Taylor\n"
        "JK – Ms Jo Kim, Registrar\n"
    )
    assert [(p.name, p.abbrev) for p in head.people] == [
        ("Ann Lee", "AL"),
        ("Raj Paul-Taylor", "RPT"),
        ("Jo Kim", "JK"),
        ("Tom Reed", None),
    ]


def test_a_key_to_initials_gives_no_initials_to_a_name_it_does_not_list_or_after_its_rows():
    head = parse_header(
        "Faculty Board\nMinutes of the meeting held on 4 March 2024\n\nPresent:\nProfessor Ann Lee, Dean\n"
        "Dr Raj Patel, Associate Dean\n\n1. WELCOME\nAL welcomed members.\n\nKey to initials:\nAL\tAnn Lee\n"
        "BW\tBen Wood\n\nRP\tRaj Patel\n"
    )
    assert [(p.name, p.abbrev) for p in head.people] == [("Ann Lee", "AL"), ("Raj Patel", None)]


def test_an_alderman_in_the_chair_keeps_the_rank_in_the_role():
    head = parse_header(
        "Audit Committee\nDate: 4 March 2024\n\nPresent:\nAlderman Ann Lee (Chair)\nAlderman Raj Patel\n"
        "Councillor Jo Kim (Vice-Chair)\n\n1. Apologies\n"
    )
    assert [(p.name, p.role) for p in head.people] == [
        ("Ann Lee", "Alderman, Chair"),
        ("Raj Patel", "Alderman"),
        ("Jo Kim", "Councillor, Vice-Chair"),
    ]
    assert head.meeting.chair == "Ann Lee"


def test_bold_labels_with_a_middle_dot_between_them_are_separate_fields():
    head = parse_header(
        "# Parser team sync — 2024-03-07\n\nAttendees: Ann Lee (@alee), Raj Patel (@rpatel)\n"
        "**Chair:** @alee · **Notes:** @rpatel\n\n## Updates\n"
    )
    assert (head.meeting.chair, head.meeting.minute_taker) == ("Ann Lee", "Raj Patel")


def test_post_short_form_before_a_name_is_the_persons_abbrev():
    people = _people("Present:\nDCO Ann Lee (Chair)\nHoF (acting) Raj Patel (online)\nAHR Kit Moss")
    assert people[:3] == [
        ("Ann Lee", "Chair", "DCO", "present"),
        ("Raj Patel", None, "HoF", "present"),
        ("Kit Moss", None, "AHR", "present"),
    ]


def test_courtesy_title_or_rank_in_capitals_before_a_name_is_no_short_form():
    people = _people("Present:\nDR Ann Lee\nDCI Raj Patel\nMRS Kit Moss")
    assert [p[2] for p in people] == [None, None, None]
    assert people[1][1] == "DCI"


def test_post_with_a_worded_qualifier_dashed_as_chair_keeps_the_office():
    people = _people("Present:\nDr Ann Lee, Deputy Head (Research) (DHR) – Chair\nRaj Patel, Treasurer")
    assert people[0] == ("Ann Lee", "Deputy Head (Research), Chair", "DHR", "present")


def test_arrival_and_departure_notes_naming_a_minute_are_not_part_of_the_role() -> None:
    text = (
        "Present:\nAnn Lee – Trustee (from QB 31/12)\n"
        "Raj Patel – Vice Chair (left after item 9)\n"
        "Jo Baines – Trustee (from Acme Ltd)\n"
    )
    people = {p.name: p.role for p in parse_header(text).people}
    assert people["Ann Lee"] == "Trustee"
    assert people["Raj Patel"] == "Vice Chair"
    assert people["Jo Baines"] == "Trustee (from Acme Ltd)"


def test_attendance_mark_after_a_post_is_no_part_of_the_role_or_short_form() -> None:
    text = (
        "Attendees marked * joined by video.\n\nPresent:\n"
        "Ann Lee, Head of Estates (HoE)*\n"
        "Raj Patel, Treasurer, Northfield Housing†\n"
        "Kit Moss, Deputy Registrar (DR) (R)\n"
    )
    people = {p.name: (p.role, p.abbrev) for p in parse_header(text).people}
    assert people["Ann Lee"] == ("Head of Estates", "HoE")
    assert people["Raj Patel"] == ("Treasurer, Northfield Housing", None)
    assert people["Kit Moss"] == ("Deputy Registrar", "DR")


def test_emphasised_entry_keeps_its_closing_asterisk_for_the_markup() -> None:
    from pipeline.header import _without_attendance_mark

    assert _without_attendance_mark("*Ann Lee, Treasurer*") == "*Ann Lee, Treasurer*"


def test_tab_indented_line_under_a_tab_row_continues_the_post_cell() -> None:
    text = (
        "Present:\n"
        "Ann Lee\tHead of Estates and Facilities, Northfield\n"
        "\tCollege (HEF)\n"
        "Raj Patel\tTreasurer (T)\n"
    )
    people = {p.name: (p.role, p.abbrev) for p in parse_header(text).people}
    assert people["Ann Lee"] == ("Head of Estates and Facilities, Northfield College", "HEF")
    assert people["Raj Patel"][0] == "Treasurer"


def test_tab_indented_name_under_a_labelled_row_is_another_person() -> None:
    text = "Present:\tAnn Lee\n\tRaj Patel\n\tKit Moss\n"
    names = [p.name for p in parse_header(text).people]
    assert names == ["Ann Lee", "Raj Patel", "Kit Moss"]


def test_visitors_organisation_beside_what_they_attended_for_is_no_role() -> None:
    text = "Present: Ann Lee (chair), Raj Patel\nGuest: Kit Moss (Brightloom, for topic 4)\n"
    people = {p.name: p.role for p in parse_header(text).people}
    assert people["Kit Moss"] is None


def test_visitors_post_beside_what_they_attended_for_stays_the_role() -> None:
    text = "Present: Ann Lee (chair), Raj Patel\nGuest: Kit Moss (Finance Manager, for item 4)\n"
    people = {p.name: p.role for p in parse_header(text).people}
    assert people["Kit Moss"] == "Finance Manager"


def test_unindented_rest_of_a_post_with_its_short_form_continues_the_tab_row() -> None:
    text = "Present:\nAnn Lee\tHead of Estates and Facilities, Northfield\nCollege (HEF)\nRaj Patel\tTreasurer (T)\n"
    people = {p.name: (p.role, p.abbrev) for p in parse_header(text).people}
    assert people["Ann Lee"] == ("Head of Estates and Facilities, Northfield College", "HEF")


def test_heading_under_a_tab_row_is_not_the_rest_of_its_post() -> None:
    text = "Present:\nAnn Lee\tHead of Estates\nIn attendance:\nRaj Patel\tClerk (CL)\n"
    people = {p.name: (p.role, p.attendance) for p in parse_header(text).people}
    assert people["Ann Lee"] == ("Head of Estates", "present")
    assert people["Raj Patel"][1] == "in_attendance"


def test_temporary_rank_opens_the_post_of_a_flattened_row() -> None:
    text = (
        "Fenmoor Policing Board\nPresent:\n"
        "Greta Holloway  Chief Constable (CC)\n"
        "Idris Vane  Temporary Chief Superintendent, Head of Response (item 3 only)\n"
        "Lotte Marsh  Policy Officer\n\n1. Welcome\n"
    )
    people = _people_by_name(text)
    assert people["Idris Vane"] == ("Temporary Chief Superintendent, Head of Response", None, "present")
    assert people["Lotte Marsh"] == ("Policy Officer", None, "present")


def test_mixed_case_short_form_of_a_post_is_its_abbreviation() -> None:
    text = "Systems Board\nPresent:\nOrla Penrose, Head of Network Services (HoNS)\nBram Tully, Director of HR Management (DoHRM)\n\n1. Welcome\n"
    people = _people_by_name(text)
    assert people["Orla Penrose"] == ("Head of Network Services", "HoNS", "present")
    assert people["Bram Tully"] == ("Director of HR Management", "DoHRM", "present")


def test_surname_in_brackets_with_two_capitals_is_no_short_form() -> None:
    from pipeline.header import _is_abbrev

    assert not _is_abbrev("McArdle") and not _is_abbrev("DeVito")
    assert _is_abbrev("HoITO")


def test_apology_name_cut_by_a_line_wrap_runs_on_to_the_next_line() -> None:
    text = (
        "Parish Council\nDate: 8 April 2024\nPresent: Cllr Ann Lee (Chair)\n\n1. APOLOGIES\n"
        "Apologies were received from Councillors Petra\nLoveday and Hugo Stannard. The clerk noted them.\n"
    )
    head = parse_header(text, text.index("1. APOLOGIES"))
    assert [(p.name, p.attendance) for p in head.people if p.attendance == "apologies"] == [
        ("Petra Loveday", "apologies"),
        ("Hugo Stannard", "apologies"),
    ]


def test_apology_sentence_ending_at_a_line_break_does_not_take_the_next_line() -> None:
    text = (
        "Parish Council\nDate: 8 April 2024\nPresent: Cllr Ann Lee (Chair)\n\n1. APOLOGIES\n"
        "Apologies were received from Cllr Petra Loveday\nThe clerk noted them.\n"
    )
    head = parse_header(text, text.index("1. APOLOGIES"))
    assert [p.name for p in head.people if p.attendance == "apologies"] == ["Petra Loveday"]


def test_group_name_or_post_ending_in_lower_case_is_no_mixed_case_short_form() -> None:
    from pipeline.header import _is_abbrev

    assert not _is_abbrev("WebXR") and not _is_abbrev("SENDCo")


# --- batch 51: layouts the header missed ----------------------------------------------------------


def test_a_mention_of_a_full_name_in_an_attendance_list_is_the_person():
    head = parse_header(
        "Platform Board\nDate\n3 June 2024\n\nAttendees\n@Ann Lee (Head of Data, Chair)\n"
        "@Raj Patel (Platform Lead)\n\nApologies: @Jo Kim (Architect)\nNotes: @Sam Reid (PMO Officer)\n"
    )
    people = [(p.name, p.role, p.attendance) for p in head.people]
    assert people == [
        ("Ann Lee", "Head of Data, Chair", "present"),
        ("Raj Patel", "Platform Lead", "present"),
        ("Jo Kim", "Architect", "apologies"),
        ("Sam Reid", "PMO Officer", "in_attendance"),
    ]
    assert (head.meeting.chair, head.meeting.minute_taker) == ("Ann Lee", "Sam Reid")


def test_a_lower_case_handle_in_an_attendance_list_keeps_its_at_sign():
    head = parse_header("Sync\n\nAttendees: @annl, @rajp (chair)\n")
    assert head.meeting.chair == "@rajp"


def test_how_a_meeting_was_held_is_no_part_of_the_committee_title():
    for how in ("remote", "virtual", "hybrid"):
        line = f"Minutes of the {how} meeting of the Audit Committee held on 4 March 2021 at 7pm"
        assert parse_header(f"{line}\nPresent: Ann Lee\n").meeting.title == "Audit Committee"


def test_a_capitalised_virtual_meeting_of_the_body_stays_in_the_title():
    line = "Minutes of the Virtual Meeting of the Full Council held on 4 March 2021"
    assert parse_header(f"{line}\nPresent: Ann Lee\n").meeting.title == "Virtual Meeting of the Full Council"


def test_key_gives_the_people_listed_by_initials_their_names() -> None:
    text = (
        "Project Board\nDate: 3 March 2025\nAttendees: PQ, RV (chair)\nApologies: KL\n\n"
        "1) Budget\nPQ reported the spend.\n\n"
        "Key:\nPQ – Petra Quennell, Finance Lead\nRV – Roland Vasquez, Sponsor\nKL – Kamal Lodhi, Architect\n"
    )
    result = parse_header(text)
    people = {p.name: p for p in result.people}
    assert people["Petra Quennell"].abbrev == "PQ"
    assert people["Petra Quennell"].role == "Finance Lead"
    assert people["Roland Vasquez"].role == "Sponsor, Chair"
    assert people["Kamal Lodhi"].attendance == "apologies"
    assert result.meeting.chair == "Roland Vasquez"


def test_key_row_leaves_people_listed_by_full_name_named() -> None:
    text = (
        "Project Board\nDate: 3 March 2025\nAttendees: Petra Quennell, Roland Vasquez\n\n"
        "1) Budget\nNoted.\n\nKey:\nPQ – Petra Quennell, Finance Lead\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert people["Petra Quennell"].abbrev == "PQ"
    assert people["Petra Quennell"].role is None
    assert "PQ" not in people


def test_joined_for_item_line_lists_those_in_attendance() -> None:
    text = "Project Board\nDate: 3 March 2025\nAttendees: Petra Quennell\nApologies: Kamal Lodhi\nJoined for item 2: Ada Brook\n\n1) Budget\nNoted.\n"
    people = {p.name: p.attendance for p in parse_header(text).people}
    assert people == {"Petra Quennell": "present", "Kamal Lodhi": "apologies", "Ada Brook": "in_attendance"}


def test_a_line_after_a_venue_cut_at_a_comma_that_holds_a_date_is_not_the_address():
    head = parse_header(
        "Date: 4 March 2024 Time: 10:00 Location: Committee Room 1, Civic Offices, Harbour Road,\n"
        "Next meeting 6 May 2024\n\nPresent: Ann Lee\n\n1. Welcome\n"
    )
    assert "May" not in (head.meeting.venue or "")


def test_a_detail_label_on_its_own_line_takes_the_next_line_as_its_value():
    head = parse_header(
        "Review meeting – 3 June 2025\n\nMeeting details\nDate\nTuesday 3 June 2025\nTime\n2:00pm\nVenue\n"
        "Room 4, Town Hall, Bridge Street, Oxley\n\nPresent\n• Ann Lee, Mayor\n\n1. Welcome\n"
    )
    assert head.meeting.venue == "Room 4, Town Hall, Bridge Street, Oxley"
    assert head.meeting.start_time == "14:00"


def test_a_label_on_its_own_line_does_not_take_a_heading_below_as_its_value():
    head = parse_header("Venue\nPresent\n• Ann Lee, Mayor\n\n1. Welcome\n")
    assert head.meeting.venue is None
    assert [p.name for p in head.people] == ["Ann Lee"]


def test_who_attended_heads_the_list_of_those_present():
    head = parse_header(
        "Review meeting – 3 June 2025\n\nWho attended\n• Ann Lee, Mayor (MY) – Chair\n• Raj Patel, Town Clerk\n\n"
        "1. Welcome\n"
    )
    assert [(p.name, p.attendance) for p in head.people] == [("Ann Lee", "present"), ("Raj Patel", "present")]
    assert head.meeting.chair == "Ann Lee"


def test_a_semicolon_list_on_the_line_below_its_label_is_read():
    head = parse_header(
        "Faculty Board\nDate: 4 March 2024\n\nPresent:\nDr Ann Lee (Dean, Chair)\n\nApologies:\n"
        "Professor B Hale (Pro-Vice-Chancellor (Research)); Dr C Moss (Elected member)\n\n1. Welcome\n"
    )
    assert [(p.name, p.attendance) for p in head.people if p.attendance == "apologies"] == [
        ("B Hale", "apologies"),
        ("C Moss", "apologies"),
    ]


def test_a_wrapped_post_before_a_semicolon_does_not_open_a_new_person():
    head = parse_header(
        "Scrutiny Committee\nDate: 4 March 2024\n\nPresent: Councillor A Hale (Chair)\n\n"
        "Also present: Councillor N Ford (Lab), Cabinet Member for\nParks and Leisure; Councillor Y Odd (Lab), Cabinet\n"
        "Member for Finance\n\nApologies: Councillor T Bell\n\n1. Welcome\n"
    )
    assert "Parks and Leisure" not in [p.name for p in head.people]


def test_bracketed_initials_before_the_name_give_the_short_form_post_and_chair():
    text = (
        "Finance Committee\nMinutes of the meeting held on 4 March 2024\n\nPresent:\n"
        "(PQ) Pia Quill, Foundation Governor (Chair)\n(RT) Rhys Tovey, Headteacher\n\n"
        "Apologies:\n(UV) Uma Vale, Staff Governor\n\n1 Welcome\nThe Chair opened the meeting.\n"
    )
    head = parse_header(text, text.index("1 Welcome"))
    assert [(p.name, p.role, p.abbrev, p.attendance) for p in head.people] == [
        ("Pia Quill", "Foundation Governor", "PQ", "present"),
        ("Rhys Tovey", "Headteacher", "RT", "present"),
        ("Uma Vale", "Staff Governor", "UV", "apologies"),
    ]
    assert head.meeting.chair == "Pia Quill"


def test_bracketed_capitals_that_are_not_the_name_initials_are_no_short_form():
    text = (
        "Finance Committee\nMinutes of the meeting held on 4 March 2024\n\nPresent:\n"
        "(CEO) Pia Quill, Trust Lead\n\n1 Welcome\nThe Chair opened the meeting.\n"
    )
    head = parse_header(text, text.index("1 Welcome"))
    assert all(p.abbrev != "CEO" for p in head.people)


def test_two_dashed_name_post_entries_run_together_become_two_people() -> None:
    text = "Present:\nMira Stell – Clerk, Harbour Board (HC) Tobin Vale – Treasurer, Harbour Board (HT)\n"
    assert _people_of(text) == [
        ("Mira Stell", "Clerk, Harbour Board", "HC", "present"),
        ("Tobin Vale", "Treasurer, Harbour Board", "HT", "present"),
    ]


def test_single_dashed_entry_is_not_read_as_a_run_together_pair() -> None:
    from pipeline.header import _flattened_pairs

    assert _flattened_pairs("Mira Stell – Clerk, Harbour Board (HC) and others") == []


def test_apologies_recieved_misspelt_in_the_text_are_still_apologies() -> None:
    text = "Council\nDate: 8 April 2024\nPresent: Cllr Ann Lee (Chair)\n\n1. APOLOGIES\nApologies were recieved from Cllr Ian Hurst.\n"
    head = parse_header(text, text.index("1. APOLOGIES"))
    assert ("Ian Hurst", "apologies") in [(p.name, p.attendance) for p in head.people]


def test_minutes_phrase_naming_only_a_term_is_no_title() -> None:
    from pipeline.header import _minutes_phrase

    assert _minutes_phrase("Minutes of the autumn term meeting held on 3 October 2024") == ""
    assert _minutes_phrase("Minutes of the summer meeting held on 3 July 2024") == ""


def test_minutes_phrase_with_a_term_and_a_body_keeps_the_body() -> None:
    from pipeline.header import _minutes_phrase

    assert _minutes_phrase("Minutes of the autumn term meeting of the Governing Body held on 3 October 2024")


def test_yes_no_voting_column_is_not_part_of_the_role():
    text = (
        "Finance Board\nMinutes 4 March 2025\n\nMembers present:\nName\tRole\tVoting member\n"
        "Dr Jane Roe\tTreasurer (Chair)\tYes\nMr Bob Lee\tHead of Audit (HoA)\tNo\n\n1. Welcome"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert people["Jane Roe"].role == "Treasurer"
    assert (people["Bob Lee"].role, people["Bob Lee"].abbrev) == ("Head of Audit", "HoA")


def test_short_form_after_dash_inside_bracket_is_the_abbrev():
    text = (
        "Harbour Board\nMinutes 4 March 2025\n\nPresent:\nJane Roe (Chief Executive, Acme Trust – CEx)\n"
        "Bob Lee (Deputy Harbour Master – DHM, Chair)\n\n1. Welcome"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert (people["Jane Roe"].role, people["Jane Roe"].abbrev) == ("Chief Executive, Acme Trust", "CEx")
    assert (people["Bob Lee"].role, people["Bob Lee"].abbrev) == ("Deputy Harbour Master, Chair", "DHM")


def test_word_after_dash_that_does_not_spell_the_post_stays_in_the_role():
    text = "Sales Board\nMinutes 4 March 2025\n\nPresent:\nTim Wu (Head of Sales – Nordic)\n\n1. Welcome"
    person = parse_header(text).people[0]
    assert (person.role, person.abbrev) == ("Head of Sales – Nordic", None)


def test_attended_list_after_invited_list_marks_who_came():
    text = (
        "Project board notes\nDate: 3 March 2024\n"
        "Invited: Nora Quill, Basil Ferreira, Ida Lomond, Otto Brandt\n"
        "Attended: Nora Quill (chair), Basil Ferreira, Ida Lomond\n\n1. Welcome\nNotes.\n"
    )
    people = {p.name: p.attendance for p in parse_header(text).people}
    assert people == {
        "Nora Quill": "present",
        "Basil Ferreira": "present",
        "Ida Lomond": "present",
        "Otto Brandt": "absent",
    }


def test_invited_guests_beside_other_members_stay_in_attendance():
    text = (
        "Project board notes\nDate: 3 March 2024\n"
        "Present: Nora Quill, Basil Ferreira\nInvited: Ida Lomond, Otto Brandt\n\n1. Welcome\nNotes.\n"
    )
    people = {p.name: p.attendance for p in parse_header(text).people}
    assert people["Ida Lomond"] == "in_attendance" and people["Otto Brandt"] == "in_attendance"


def test_roll_call_sentence_lists_those_present():
    text = (
        "Westfold Town Council\n\nPlanning Committee\n\n"
        "The Town Clerk called the roll: Councillors Ada Penrose (Chair), Tom Vickery (Vice-Chair) "
        "and Lina Ostrova were present.\n\nApologies: Councillor Ben Tarrant\n"
    )
    result = parse_header(text)
    present = [p.name for p in result.people if p.attendance == "present"]
    assert present == ["Ada Penrose", "Tom Vickery", "Lina Ostrova"]
    assert result.meeting.chair == "Ada Penrose"


def test_all_members_were_present_is_no_list():
    text = "Westfold Town Council\n\nNote: all members were present.\n\nPresent: Ada Penrose, Tom Vickery\n"
    names = [p.name for p in parse_header(text).people]
    assert names == ["Ada Penrose", "Tom Vickery"]


def test_attendance_lists_in_one_paragraph_split_at_full_stops():
    text = (
        "Westfold Town Council\n\n"
        "Present: Ada Penrose and Tom Vickery. In attendance: Lina Ostrova. Apologies: Ben Tarrant.\n"
    )
    kinds = {p.name: p.attendance for p in parse_header(text).people}
    assert kinds == {
        "Ada Penrose": "present",
        "Tom Vickery": "present",
        "Lina Ostrova": "in_attendance",
        "Ben Tarrant": "apologies",
    }


def test_full_stop_inside_a_name_list_does_not_open_a_list():
    text = "Westfold Town Council\n\nPresent: Dr. Ada Penrose, St. Clair Vickery\n"
    names = [p.name for p in parse_header(text).people]
    assert len(names) == 2


def test_a_post_opened_by_the_then_holder_and_short_form_in_brackets_is_one_person_each():
    head = parse_header(
        "Holding to Account Board\n14 March 2024\n\n"
        "Present: the Police and Crime Commissioner (Ann Lee, PCC) in the Chair, the Chief Constable "
        "(Raj Patel, CC), the Chief Executive, OPCC (Jo Kim, CEx) and the Director of Finance, Westshire "
        "Police (Sam Hart, DoF). In attendance: the Policy Officer, OPCC (Tom Reed), minutes.\n\n"
        "1. Welcome\n"
    )
    assert [(p.name, p.role, p.abbrev, p.attendance) for p in head.people] == [
        ("Ann Lee", "Police and Crime Commissioner", "PCC", "present"),
        ("Raj Patel", "Chief Constable", "CC", "present"),
        ("Jo Kim", "Chief Executive, OPCC", "CEx", "present"),
        ("Sam Hart", "Director of Finance, Westshire Police", "DoF", "present"),
        ("Tom Reed", "Policy Officer, OPCC", None, "in_attendance"),
    ]
    assert head.meeting.chair == "Ann Lee"


def test_a_list_opened_by_the_but_holding_no_bracketed_holders_is_split_as_before():
    head = parse_header(
        "Board\n14 March 2024\n\nPresent: the Chair, the Treasurer (Ann Lee), Raj Patel\n\n1. Welcome\n"
    )
    assert "Chair" not in [p.name for p in head.people]
    assert "Raj Patel" in [p.name for p in head.people]


def test_symbols_opening_attendance_rows_give_the_attendance_the_headings_key_says():
    head = parse_header(
        "Change Board\n4 March 2025\n\nAttendees (✔ attended  ✖ apologies  ★ guest)\n"
        "✔ Ann Lee (AL) – Operations Director, Chair\n✔ Raj Patel (RP) – Finance Director\n"
        "✖ Jo Kim (JK) – General Counsel\n★ Tom Reed (TR) – Programme Manager (item 3 only)\n\n"
        "Welcome\nAL opened the meeting.\n"
    )
    assert [(p.name, p.abbrev, p.attendance) for p in head.people] == [
        ("Ann Lee", "AL", "present"),
        ("Raj Patel", "RP", "present"),
        ("Jo Kim", "JK", "apologies"),
        ("Tom Reed", "TR", "in_attendance"),
    ]
    assert head.meeting.chair == "Ann Lee"


def test_a_cross_without_a_key_marks_someone_who_did_not_come():
    head = parse_header(
        "Change Board\n4 March 2025\n\nAttendees\n✔ Ann Lee – Operations Director\n"
        "✗ Jo Kim – General Counsel\n\nWelcome\nAnn opened the meeting.\n"
    )
    assert [(p.name, p.attendance) for p in head.people] == [("Ann Lee", "present"), ("Jo Kim", "absent")]


def test_full_names_signed_with_their_nick_among_bare_nicks_give_one_person_each():
    head = parse_header(
        "Sync 2024-03-04\nPresent: robin, Kasia Nowak (kasia), yuki\nRegrets: tomas\n\n* Builds\n"
    )
    assert [(p.name, p.abbrev, p.attendance) for p in head.people] == [
        ("robin", None, "present"),
        ("Kasia Nowak", "kasia", "present"),
        ("yuki", None, "present"),
        ("tomas", None, "apologies"),
    ]


def test_full_names_with_no_nick_in_the_list_are_no_list_of_nicks():
    head = parse_header("Telcon 2024-03-04\nPresent: Peter, Mr Moon, Gary Hale (guest), Yves\n\n* Builds\n")
    assert ("Gary Hale", "in_attendance") in [(p.name, p.attendance) for p in head.people]
    assert "Mr Moon" not in [p.name for p in head.people]


def test_a_one_line_nick_key_names_the_people_listed_by_nick():
    text = (
        "Tooling Council\nDate: 2023-05-04\nAttendees: mira (chair), tokoro, pjw\nRegrets: svenk\n\n"
        "== Roadmap ==\ntokoro showed the plan.\n\n"
        "Nicks: mira = Mira Castell, tokoro = Ken Tokoro, pjw = Paul Waite, svenk = Sven Kjeldsen\n"
    )
    result = parse_header(text, end=text.index("== Roadmap"))
    people = {p.name: (p.abbrev, p.attendance) for p in result.people}
    assert people == {
        "Mira Castell": ("mira", "present"),
        "Ken Tokoro": ("tokoro", "present"),
        "Paul Waite": ("pjw", "present"),
        "Sven Kjeldsen": ("svenk", "apologies"),
    }
    assert result.meeting.chair == "Mira Castell"


def test_a_nick_key_renames_no_one_listed_by_full_name():
    text = "Tooling Council\nDate: 2023-05-04\nAttendees: Mira Castell, Ken Tokoro\n\nNicks: mc = Maria Cole, kt = Kim Tan\n"
    result = parse_header(text)
    assert sorted(p.name for p in result.people) == ["Ken Tokoro", "Mira Castell"]
    assert all(p.abbrev is None for p in result.people)


def test_guests_listed_as_nicks_with_notes_take_the_note_as_their_post():
    text = (
        "Tooling Council\nDate: 2023-05-04\nAttendees: mira, tokoro, pjw\n"
        "Guests: olu (docs lead), rin (packaging maintainer, for the installer item)\n"
    )
    guests = {p.name: p.role for p in parse_header(text).people if p.attendance == "in_attendance"}
    assert guests == {"olu": "docs lead", "rin": "packaging maintainer"}


def test_lower_case_words_with_notes_are_no_guests_outside_a_list_of_nicks():
    text = (
        "Tooling Council\nDate: 2023-05-04\nAttendees: Mira Castell, Ken Tokoro\nGuests: none (see below)\n"
    )
    assert sorted(p.name for p in parse_header(text).people) == ["Ken Tokoro", "Mira Castell"]


def test_a_meeting_of_line_over_a_held_line_drops_the_generic_opening():
    text = (
        "Harrowgate Health Board\n\nMeeting of the Finance Committee\nheld in public\n"
        "Tuesday 5 March 2024, 14:00\n\nPresent: Ann Lee (Chair), Raj Patel\n"
    )
    assert parse_header(text).meeting.title == "Finance Committee"


def test_a_meeting_of_line_alone_keeps_its_name():
    text = "Meeting of the Full Council\nTuesday 5 March 2024, 19:00\n\nPresent: Cllr Ann Lee (Chair), Cllr Raj Patel\n"
    assert parse_header(text).meeting.title == "Meeting of the Full Council"


def test_a_call_summary_lead_is_no_part_of_the_title():
    text = "Meeting summary for Docs Team Sync (03/14/2024)\n\nAttendees: Ann Lee, Raj Patel\n"
    assert parse_header(text).meeting.title == "Docs Team Sync"


def test_an_ambiguous_numeric_date_reads_month_first_where_the_minutes_write_month_first():
    text = (
        "Meeting summary for Docs Team Sync (04/03/2024)\n\nAttendees: Ann Lee, Raj Patel\n\n"
        "Quick recap\nThe freeze moves to April 12. Raj will report back at the March 20 meeting.\n"
    )
    assert parse_header(text, end=text.index("Quick recap")).meeting.date == dt.date(2024, 4, 3)


def test_an_ambiguous_numeric_date_stays_day_first_where_any_date_is_written_day_first():
    text = (
        "Docs Team Sync (04/03/2024)\n\nAttendees: Ann Lee, Raj Patel\n\n"
        "Recap\nThe freeze moves to April 12 and the review to May 3; the board meets on 20 March.\n"
    )
    assert parse_header(text, end=text.index("Recap")).meeting.date == dt.date(2024, 3, 4)


def test_a_live_stage_lists_its_speakers_present_and_its_audience_in_attendance():
    text = (
        "Plugin community stage — 3 June 2023\nHost: @ferny\nOn stage: @ferny, @mo_k, @ttan\n"
        "Asked questions from the audience: @lurker9, @pkgr (Arch packager)\n"
    )
    kinds = {p.name: p.attendance for p in parse_header(text).people}
    assert kinds == {
        "@ferny": "present",
        "@mo_k": "present",
        "@ttan": "present",
        "@lurker9": "in_attendance",
        "@pkgr": "in_attendance",
    }


def test_an_audience_label_is_no_attendance_label_when_it_names_something_else():
    from pipeline.lexicon import attendance_kind

    assert attendance_kind("Audience size") is None
    assert attendance_kind("Target audience for the campaign") is None


def test_a_substitute_line_lists_the_substitute_present_and_not_whose_seat_they_took():
    text = (
        "Overview Committee\nMinutes of the meeting held on 6 March 2024\n"
        "Present: Councillors A Reed (Chairman), B Lowe\n"
        "Substitutes: Cllr K Obi (for Cllr M Hale), Cllr T Ward for Cllr P Lin\n"
    )
    people = {p.name: (p.role, p.attendance) for p in parse_header(text).people}
    assert people["K Obi"] == ("Councillor", "present")
    assert people["T Ward"] == ("Councillor", "present")
    assert "M Hale" not in people and "P Lin" not in people


def test_a_for_inside_a_substitutes_post_is_no_seat_taken():
    text = "Overview Committee\nMinutes of the meeting held on 6 March 2024\nPresent: Cllr A Reed (Chairman)\nSubstitute: Cllr K Obi\n"
    assert {p.name for p in parse_header(text).people} == {"A Reed", "K Obi"}


@pytest.mark.parametrize(
    "first_line, title, body",
    [
        ("Quillon Steering Committee: 15 January 2025", "Steering Committee", "Quillon"),
        ("# Brackenframe TSC Meeting - 2023-05-10", "TSC Meeting", "Brackenframe"),
        ("Technical Steering Committee - 2023-05-10", "Technical Steering Committee", None),
        ("Programme Steering Committee – 12 March 2024", "Programme Steering Committee", None),
        ("IT Steering Committee – Minutes", "IT Steering Committee", None),
    ],
)
def test_a_project_name_before_its_steering_body_is_the_body_not_the_title(first_line, title, body):
    text = (
        f"{first_line}\n\nAttendees: Ann Lee, Raj Patel\n\n1. Releases\nThe quillon 2.0 wheel is on PyPI.\n"
    )
    meeting = parse_header(text).meeting
    assert meeting.title == title
    assert body is None or meeting.body == body


def test_a_dotted_details_line_gives_the_venue_and_its_meeting_notes_label_is_no_title():
    text = (
        "Brindle Housing\nTenant Services Working Group – March 2024\n"
        "Meeting notes · Monday 4 March 2024 · 14:00 – 15:00 · Zoom meeting\n\n"
        "Attendees\nAnn Lee (Chair)\nRaj Patel\n\n1. Welcome\nAll were welcomed.\n"
    )
    meeting = parse_header(text, text.index("1. Welcome")).meeting
    assert meeting.title == "Tenant Services Working Group"
    assert meeting.venue == "Zoom meeting"
    assert meeting.start_time == "14:00"


@pytest.mark.parametrize(
    "line, title",
    [
        (
            "Minutes of the annual meeting of the Licensing Committee held on 9 May 2024",
            "Licensing Committee",
        ),
        ("Minutes of an ordinary meeting of the Town Council held on 9 May 2024", "Town Council"),
        # a capitalised kind is part of the name
        (
            "Minutes of the Annual Meeting of the Town Council held on 9 May 2024",
            "Annual Meeting of the Town Council",
        ),
    ],
)
def test_a_lower_case_kind_of_meeting_before_the_body_is_generic(line, title):
    text = f"{line}\n\nPresent: Cllr A Reed (Chair), Cllr K Obi\n\n1. Hi\n"
    assert parse_header(text, text.index("1. Hi")).meeting.title == title


def _opened_by(sentence: str):
    text = (
        "Public Forum\nThursday 6 June 2024 at 10.00am\n\nPresent:\n"
        "Ann Lee – Fire Commissioner (FC)\nRaj Patel – Chief Fire Officer (CFO)\n\n"
        f"1. Welcome\n{sentence}\n"
    )
    return parse_header(text, text.index("1. Welcome")).meeting.chair


def test_an_officer_welcoming_everyone_by_short_form_chairs_a_meeting_naming_no_chair():
    assert _opened_by("The FC welcomed everyone to the meeting.") == "Ann Lee"
    assert _opened_by("The CFO opened the meeting at 10am.") == "Raj Patel"


def test_welcoming_one_person_or_an_unlisted_short_form_names_no_chair():
    assert _opened_by("The FC welcomed the new Clerk to her first meeting.") is None
    assert _opened_by("The DCO welcomed everyone to the meeting.") is None


def _present_people(line: str):
    text = f"Joint Committee\n12 March 2024\nPresent:\n{line}\n\n1. Welcome\nText.\n"
    return parse_header(text, text.index("1. ")).people


def test_bracketed_word_after_post_narrows_the_post():
    (person,) = _present_people("Marta Quill, Chief Finance Officer (Fire)")
    assert (person.role, person.abbrev) == ("Chief Finance Officer (Fire)", None)


def test_clipped_post_word_in_brackets_is_a_short_form():
    (person,) = _present_people("Sam Ray, Secretary (Sec)")
    assert (person.role, person.abbrev) == ("Secretary", "Sec")


def test_post_initials_with_qualifier_after_post_are_its_short_form():
    (person,) = _present_people("Lena Ross (Operations Director, Group Finance, OD Finance)")
    assert (person.role, person.abbrev) == ("Operations Director, Group Finance", "OD Finance")


def test_two_capitalised_words_spelling_no_post_are_no_short_form():
    (person,) = _present_people("Kim Lo (IT Services)")
    assert (person.role, person.abbrev) == ("IT Services", None)


def test_officer_who_chaired_the_meeting_by_short_form_is_the_chair():
    assert _opened_by("The FC, who chaired the meeting, welcomed those present.") == "Ann Lee"


def test_an_upper_case_short_form_that_chaired_gives_no_chair_from_inside_the_word():
    # the prose name pattern must not start at the "O" of "CFO"
    assert _opened_by("The CFO chaired the meeting.") == "Raj Patel"


def test_officer_listed_in_attendance_who_opens_the_meeting_chairs_it():
    text = (
        "Joint Audit Board\n4 March 2025\n\nIn attendance:\nMia Holt – Mayor (MH)\nTom Reyes – Treasurer (TR)\n\n"
        "1. Welcome\nThe MH welcomed everyone to the meeting.\n"
    )
    assert parse_header(text, text.index("1. Welcome")).meeting.chair == "Mia Holt"


def _meeting_field_header(line: str):
    text = f"Quokka Release Council\n{line}\nChair: jdoe\n\n1) Opening\nHello.\n"
    return parse_header(text, text.index("1) Opening")).meeting


def test_meeting_field_opening_with_a_date_gives_date_time_and_chat_channel():
    meeting = _meeting_field_header("Meeting: 2031-04-09, 15:00 UTC, #quokka-rc on OFTC")
    assert meeting.date == dt.date(2031, 4, 9)
    assert meeting.start_time == "15:00"
    assert meeting.venue == "#quokka-rc on OFTC"
    assert meeting.title == "Quokka Release Council"


def test_meeting_field_naming_the_meeting_is_still_its_title():
    meeting = _meeting_field_header("Meeting: Spring Planning Session")
    assert meeting.title == "Spring Planning Session"


def test_roll_call_heading_in_the_header_does_not_name_the_meeting():
    text = "Osprey Users Group\n3 June 2030\n\tRoll call and apologies\t\n\n1) Roll call and apologies\nHi.\n"
    assert parse_header(text, text.index("1) Roll")).meeting.title == "Osprey Users Group"


def test_minutes_of_the_meeting_held_in_public_on_a_weekday_names_nothing():
    text = (
        "Regional Fire Authority\n\nAudit and Risk Board\n"
        "Minutes of the meeting held in public on Friday 7 March 2031 at 2.00pm\n\n1. Welcome\nHi.\n"
    )
    assert parse_header(text, text.index("1. Welcome")).meeting.title == "Audit and Risk Board"


def test_hackmd_tags_line_does_not_name_the_meeting():
    text = (
        "# Gannet Steering Committee\n\n###### tags: `gannet` `meeting-notes`\n\n"
        "**Date:** 2030-02-11\n\n## Agenda\n- one\n"
    )
    assert parse_header(text, text.index("## Agenda")).meeting.title == "Steering Committee"


def test_upper_case_subject_word_inside_another_name_stays_in_the_title():
    text = (
        "WESTBRIDGE DISTRICT COUNCIL\n\nHOUSING SCRUTINY PANEL\n\nPresent: Councillor A Reed (Chair)\n\n"
        "1. ITEM\nThe Senior Housing Advice Service reported on voids.\n"
    )
    assert parse_header(text, text.index("1. ITEM")).meeting.title == "HOUSING SCRUTINY PANEL"


def test_name_opening_another_organisation_still_splits_from_the_title():
    text = (
        "Brackwater Open Data User Group\n12 May 2030\n\n1. Welcome\n"
        "Officers of Brackwater City Council attended.\n"
    )
    meeting = parse_header(text, text.index("1. Welcome")).meeting
    assert (meeting.title, meeting.body) == ("Open Data User Group", "Brackwater")


def _roster(head) -> list[tuple]:
    return [(p.name, p.role, p.abbrev, p.attendance) for p in head.people]


def test_pipe_table_without_outer_pipes_lists_the_people():
    head = parse_header(
        "Board of Trustees\n\nName | Role | Organisation\nOrla Finch (OF) | Treasurer | Brightwater Trust\n"
        "Ravi Sandhu (RS) | Company Secretary | Brightwater Trust\n\n1. Welcome\nText.\n"
    )
    assert _roster(head) == [
        ("Orla Finch", "Treasurer", "OF", "present"),
        ("Ravi Sandhu", "Company Secretary", "RS", "present"),
    ]


def test_fields_separated_by_pipes_are_no_table_row():
    head = parse_header("Parish Council\nDate: 4 June 2024 | Venue: Village Hall\nPresent: Ann Bray\n")
    assert head.meeting.venue == "Village Hall"
    assert [p.name for p in head.people] == ["Ann Bray"]


def test_capacity_column_gives_attendance_and_the_chair_not_the_post():
    head = parse_header(
        "Name | Title | Role\nDr Ines Varga | Non-Executive Director | Chair\n"
        "Mr Tom Ebbs | Finance Director (FD) | Member\nMs Lia Kerr | Company Secretary | In attendance\n"
    )
    assert _roster(head) == [
        ("Ines Varga", "Non-Executive Director", None, "present"),
        ("Tom Ebbs", "Finance Director", "FD", "present"),
        ("Lia Kerr", "Company Secretary", None, "in_attendance"),
    ]
    assert head.meeting.chair == "Ines Varga"


def test_attendee_capacity_cell_beside_members_is_in_attendance():
    head = parse_header(
        "Name\tTitle\tRole\nMr Olu Baird\tFinance Director (FD)\tMember\n"
        "Ms Wren Pike\tHead of Estates (HoE)\tAttendee\n"
    )
    assert _roster(head) == [
        ("Olu Baird", "Finance Director", "FD", "present"),
        ("Wren Pike", "Head of Estates", "HoE", "in_attendance"),
    ]


def test_attendees_list_label_still_means_present():
    head = parse_header("Attendees:\nOlu Baird, Finance Director\n")
    assert _roster(head) == [("Olu Baird", "Finance Director", None, "present")]


def test_a_two_cell_row_keeps_a_member_post():
    head = parse_header("Name\tRole\nPia Dorn\tMember\n")
    assert _roster(head) == [("Pia Dorn", "Member", None, "present")]


def test_secretariat_field_in_a_tab_row_names_no_one():
    head = parse_header("Meeting:\tProgramme Board\nSecretariat:\tDelivery Office\nPresent: Ann Bray\n")
    assert [p.name for p in head.people] == ["Ann Bray"]


def test_comma_list_of_names_with_initials_then_dashed_posts_is_one_person_each():
    text = "Governing Body\nPresent: Mrs Eve Lark (EL) – Chair, Mr Joel Penn (JP) – Parent Governor.\n\n1. Welcome\n"
    assert _roster(parse_header(text, text.index("1. "))) == [
        ("Eve Lark", "Chair", "EL", "present"),
        ("Joel Penn", "Parent Governor", "JP", "present"),
    ]


def test_table_rows_run_together_on_one_line_are_two_people():
    head = parse_header(
        "Present:\nName\tCapacity\nNora Blythe\tChief Officer (CO)\n"
        "Ivan Roe\tDeputy Chief Officer (DCO) Maud Kilby\tHead of Audit (HoA)\n"
    )
    assert _roster(head)[1:] == [
        ("Ivan Roe", "Deputy Chief Officer", "DCO", "present"),
        ("Maud Kilby", "Head of Audit", "HoA", "present"),
    ]


def test_a_role_cell_ending_in_a_place_is_not_split_into_a_second_row():
    head = parse_header("Present:\nName\tCapacity\nIvan Roe\tHead of Estates (HoE)\tMarston Vale\n")
    assert [p.name for p in head.people] == ["Ivan Roe"]


def test_long_post_and_short_form_before_the_holder():
    (person,) = _present_people("Deputy Chief Fire Officer (DCFO) Rhona Tate")
    assert (person.name, person.role, person.abbrev) == ("Rhona Tate", "Deputy Chief Fire Officer", "DCFO")


def test_a_cell_naming_a_seat_is_no_capacity():
    head = parse_header("Name\tInitials\tCategory\nMrs Ann Bray\tAB\tStaff\n")
    assert _roster(head) == [("Ann Bray", "Staff", "AB", "present")]


def test_secretariat_field_in_a_tab_row_naming_a_person_lists_them():
    head = parse_header("Meeting:\tProgramme Board\nSecretariat:\tNoor Alvi (Delivery Office)\n")
    assert [p.name for p in head.people] == ["Noor Alvi"]


def test_nicks_with_the_full_name_bracketed_after_mix_with_bare_nicks():
    head = parse_header(
        "Weekly sync\nPresent: tova (Tova Lind), ravik, jsm (Jo Smith)\nRegrets: emre (Emre Kaya), pwu\n"
    )
    assert _roster(head) == [
        ("Tova Lind", None, "tova", "present"),
        ("ravik", None, None, "present"),
        ("Jo Smith", None, "jsm", "present"),
        ("Emre Kaya", None, "emre", "apologies"),
        ("pwu", None, None, "apologies"),
    ]


def test_two_lower_case_words_are_no_list_of_nicks():
    head = parse_header("Weekly sync\nPresent: Ann Bray, Raj Patel\nApologies: none, thanks\n")
    assert [p.name for p in head.people] == ["Ann Bray", "Raj Patel"]


def test_a_list_wrapped_after_a_comma_keeps_its_title_for_the_names_below():
    text = "Scrutiny Committee\nPresent:\nCouncillors Ann Bray, Raj Patel,\nJo Hart and Kim Ng\n\n1. Minutes\nText.\n"
    head = parse_header(text, text.index("1. "))
    assert [(p.name, p.role) for p in head.people] == [
        ("Ann Bray", "Councillor"),
        ("Raj Patel", "Councillor"),
        ("Jo Hart", "Councillor"),
        ("Kim Ng", "Councillor"),
    ]


def test_a_comma_ending_list_line_does_not_swallow_the_next_label():
    text = "Scrutiny Committee\nPresent: Councillors Ann Bray, Raj Patel,\nApologies: Councillor Jo Hart\n\n1. Minutes\n"
    head = parse_header(text, text.index("1. "))
    assert [(p.name, p.attendance) for p in head.people] == [
        ("Ann Bray", "present"),
        ("Raj Patel", "present"),
        ("Jo Hart", "apologies"),
    ]


def test_guests_by_nick_with_notes_after_a_list_of_nicks_and_names():
    head = parse_header(
        "Weekly sync\nPresent: tova (Tova Lind), ravik, jsm (Jo Smith)\n"
        "Guests: nilo (Nils Olsen, release lead for 2.0), wkim (infra team)\n"
    )
    assert _roster(head)[3:] == [
        ("Nils Olsen", "release lead for 2.0", "nilo", "in_attendance"),
        ("wkim", "infra team", None, "in_attendance"),
    ]


def test_noted_words_after_a_list_of_full_names_are_no_nicks():
    head = parse_header("Weekly sync\nPresent: Tova Lind, Jo Smith\nGuests: Nils Olsen (release lead)\n")
    assert [p.name for p in head.people] == ["Tova Lind", "Jo Smith", "Nils Olsen"]


def test_apologies_sentence_wrapped_inside_the_last_of_several_names():
    text = (
        "Scrutiny Committee\nPresent: Councillor Ann Bray\n\n1. Apologies\n"
        "Apologies were received from Councillor Raj Patel and Councillor Joan\nHart. Nothing else.\n"
    )
    head = parse_header(text, text.index("1. "))
    assert [(p.name, p.attendance) for p in head.people][1:] == [
        ("Raj Patel", "apologies"),
        ("Joan Hart", "apologies"),
    ]


def test_apologies_sentence_ending_at_a_line_break_after_full_names_takes_nothing_from_below():
    text = (
        "Scrutiny Committee\nPresent: Councillor Ann Bray\n\n1. Apologies\n"
        "Apologies were received from Councillor Raj Patel and Councillor Joan Hart\nMinutes were agreed.\n"
    )
    head = parse_header(text, text.index("1. "))
    assert [p.name for p in head.people] == ["Ann Bray", "Raj Patel", "Joan Hart"]


def _listed_people(text: str) -> list[tuple[str, str | None, str | None]]:
    head = parse_header(text, text.index("1. "))
    return [(p.name, p.role, p.abbrev) for p in head.people]


def test_body_capitals_before_a_post_and_its_holder_are_part_of_the_post():
    text = (
        "Scrutiny Board\nPresent:\nLFA Director of Operations Tamsin Oakley (DoO)\n"
        "FRS Head of Estates Viktor Lund\n\n1. Welcome\nText.\n"
    )
    assert _listed_people(text) == [
        ("Tamsin Oakley", "LFA Director of Operations", "DoO"),
        ("Viktor Lund", "FRS Head of Estates", None),
    ]


def test_short_form_before_a_bare_name_is_still_the_holders_short_form():
    text = (
        "Scrutiny Board\nPresent:\nDFO Tamsin Oakley\nACO Viktor Lund (items 3 and 4)\n\n1. Welcome\nText.\n"
    )
    assert [(name, abbrev) for name, _, abbrev in _listed_people(text)] == [
        ("Tamsin Oakley", "DFO"),
        ("Viktor Lund", "ACO"),
    ]


def test_items_attended_after_a_comma_are_no_part_of_the_role():
    text = (
        "Audit Committee\nIn attendance: Mr Omar Brink, Head of Estates, items 12/31 and 12/32; "
        "Ms Lena Vos, Fraud Lead, item 12/34\n\n1. Welcome\nText.\n"
    )
    assert [(name, role) for name, role, _ in _listed_people(text)] == [
        ("Omar Brink", "Head of Estates"),
        ("Lena Vos", "Fraud Lead"),
    ]


def test_a_role_that_merely_mentions_items_keeps_them():
    text = "Audit Committee\nPresent: Ms Lena Vos, Lost Items Officer\n\n1. Welcome\nText.\n"
    assert [(name, role) for name, role, _ in _listed_people(text)] == [("Lena Vos", "Lost Items Officer")]


def test_capitals_after_a_post_starting_with_the_surname_initial_name_the_body():
    text = "Fire Authority\nPresent: Peter Osgood (Director of Finance, OFRA)\n\n1. Welcome\nText.\n"
    assert _listed_people(text) == [("Peter Osgood", "Director of Finance, OFRA", None)]


def test_capitals_after_a_post_starting_with_the_forename_initial_stay_a_short_form():
    text = "Fire Authority\nPresent: Peter Osgood (Head of Audit, PO)\n\n1. Welcome\nText.\n"
    assert _listed_people(text) == [("Peter Osgood", "Head of Audit", "PO")]


def test_meeting_type_field_does_not_name_the_meeting():
    text = (
        "# Brookfell Primary School Full Governing Body\n\n**Date:** 3 March 2025\n"
        "**Meeting type:** Spring term 1\n\n## 1. Welcome\nText.\n"
    )
    head = parse_header(text, text.index("## 1."))
    assert head.meeting.title == "Full Governing Body"


def test_meeting_type_field_value_can_still_name_the_meeting():
    text = (
        "Brookfell Primary School\nDate: 3 March 2025\nMeeting type: Finance Committee\n\n1. Welcome\nText.\n"
    )
    head = parse_header(text, text.index("1. "))
    assert head.meeting.title == "Finance Committee"


def test_held_line_broken_after_its_comma_takes_the_venue_from_the_next_line():
    text = (
        "Minutes of the Resources Panel meeting held on Monday 9th March 2020 at 10.30am,\n"
        "Fire HQ, Dunmere\n\nPresent:\nAnn Lee (Chair)\n\n1. Welcome\nHi.\n"
    )
    head = parse_header(text, text.index("1. Welcome"))
    assert head.meeting.venue == "Fire HQ, Dunmere"


def test_held_line_ending_without_a_comma_does_not_take_the_next_line_as_venue():
    text = (
        "Minutes of the Resources Panel meeting held on Monday 9th March 2020 at 10.30am\n"
        "Fire HQ Trading Ltd, Dunmere\n\nPresent:\nAnn Lee (Chair)\n\n1. Welcome\nHi.\n"
    )
    head = parse_header(text, text.index("1. Welcome"))
    assert head.meeting.venue is None


def test_room_in_lower_case_after_a_comma_is_the_venue():
    text = "Oakfield Primary School\nMinutes of the Governing Board\nWednesday 4th May 2022, 5.30pm, main hall\n\n1. Welcome\nHi.\n"
    head = parse_header(text, text.index("1. Welcome"))
    assert head.meeting.venue == "main hall"


def test_note_in_lower_case_after_a_comma_is_not_a_venue():
    text = "Oakfield Primary School\nMinutes of the Governing Board\nWednesday 4th May 2022, 5.30pm, followed by tea in the hall\n\n1. Welcome\nHi.\n"
    head = parse_header(text, text.index("1. Welcome"))
    assert head.meeting.venue is None


def test_wiki_edit_stamp_does_not_date_the_meeting():
    text = (
        "Release Team – March 2022\n\n@rkaur edited this page on 11 Mar 2022 · 2 revisions\n\n"
        "## 2022-03-10\n\nPresent: @rkaur, @tbell\n\n### Release status\nOn track.\n"
    )
    head = parse_header(text, text.index("### Release status"))
    assert head.meeting.date == dt.date(2022, 3, 10)


def test_next_meeting_sentence_broken_across_lines_keeps_the_whole_venue():
    text = (
        "Title\n\n9. Close\nThe next meeting will be held on Tuesday 8 June 2021 at 2pm in Room 4, Tolbridge\n"
        "Library. The meeting closed at 3.55pm.\n"
    )
    nm = find_next_meeting(text, segment_items(text), dt.date(2021, 5, 11))
    assert (nm.date, nm.start_time, nm.venue) == (dt.date(2021, 6, 8), "14:00", "Room 4, Tolbridge Library")


def test_next_meeting_venue_stops_at_the_end_of_its_sentence():
    text = (
        "Title\n\n9. Close\nThe next meeting will be held on Tuesday 8 June 2021 at 2pm in Room 4, Tolbridge"
        " Library. The meeting closed at 3.55pm.\n"
    )
    nm = find_next_meeting(text, segment_items(text), dt.date(2021, 5, 11))
    assert nm.venue == "Room 4, Tolbridge Library"


def test_next_meeting_named_in_title_case_with_small_words_is_found():
    text = "Minutes\n\nThe next Fire and Rescue Oversight meeting will be held on 2 October 2024 at 10am.\n"
    assert find_next_meeting(text, [], dt.date(2024, 7, 3)).date == dt.date(2024, 10, 2)


def test_other_business_and_next_meeting_item_takes_the_date_of_its_next_meeting_sentence():
    text = (
        "Minutes\n\n1. Welcome\nHi.\n\n7. Any other business and date of next meeting\n"
        "The new depot opens on 2 September 2024.\n"
        "The next meeting will be held on 16 October 2024 at 10am.\n"
    )
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 7, 3))
    assert nm.date == dt.date(2024, 10, 16)


def test_action_due_by_next_meeting_is_not_read_as_the_next_meeting_sentence():
    text = (
        "Minutes\n\n1. Welcome\nHi.\n\n7. Next meeting\nWednesday 16 October 2024, 10am.\n"
        "Actions:\n- Ann to circulate the draft by 20 September 2024 and report by next meeting\n"
    )
    nm = find_next_meeting(text, segment_items(text), dt.date(2024, 7, 3))
    assert nm.date == dt.date(2024, 10, 16)


def test_post_colon_holder_lines_name_the_holder_not_the_post():
    text = (
        "Holding to Account Board\nDate: 3 March 2021\n\nPresent:\n"
        "Fire Commissioner: Marta Quennell (Chair)\n"
        "Deputy Chief Fire Officer (DCFO): Tobias Wrenfield\n"
        "Head of Audit, Regional Fire Authority: Priya Almond\n\n"
        "Apologies:\nDeputy Fire Commissioner: Colm Hardacre\n"
    )
    people = _roles(text)
    assert people["Tobias Wrenfield"] == ("Deputy Chief Fire Officer", "present")
    assert people["Priya Almond"] == ("Head of Audit, Regional Fire Authority", "present")
    assert people["Colm Hardacre"] == ("Deputy Fire Commissioner", "apologies")
    assert "Deputy Chief Fire Officer" not in people and "Head of Audit" not in people


def test_post_colon_holder_with_a_dash_chair_mark_names_the_chair():
    text = (
        "Fire Scrutiny Board\nDate: 3 March 2021\n\nPresent:\n"
        "Fire Commissioner (FC): Marta Quennell – Chair\n"
        "Deputy Chief Fire Officer (DCFO): Tobias Wrenfield\n\n"
        "Apologies:\nDeputy Fire Commissioner: Colm Hardacre\n"
    )
    people = _roles(text)
    assert people["Marta Quennell"] == ("Fire Commissioner, Chair", "present")
    assert people["Tobias Wrenfield"] == ("Deputy Chief Fire Officer", "present")
    assert parse_header(text).meeting.chair == "Marta Quennell"


def test_post_colon_holder_with_a_vice_chair_mark_is_no_chair():
    text = (
        "Fire Scrutiny Board\nDate: 3 March 2021\n\nPresent:\n"
        "Fire Commissioner (FC): Marta Quennell – Vice-Chair\n"
        "Deputy Chief Fire Officer (DCFO): Tobias Wrenfield\n"
    )
    assert parse_header(text).meeting.chair != "Marta Quennell"


def test_post_colon_holder_leaves_field_and_attendance_labels_alone():
    text = (
        "Estates Committee\nDate: 3 March 2021\n\nPresent:\nChair: Marta Quennell\nApologies: Colm Hardacre\n"
    )
    people = _roles(text)
    assert people["Colm Hardacre"][1] == "apologies"
    assert parse_header(text).meeting.chair == "Marta Quennell"


def test_online_venue_after_a_dash_on_the_title_line_is_the_venue():
    text = "Estates Committee Meeting – Virtual (Zoom)\nDate: 3 March 2021\n\nPresent: Ann Lee, Raj Patel\n"
    meeting = parse_header(text).meeting
    assert (meeting.title, meeting.venue) == ("Estates Committee Meeting", "Virtual (Zoom)")


def test_dash_in_a_title_without_an_online_venue_stays_in_the_title():
    text = "Estates Committee Meeting – Annual Review\nDate: 3 March 2021\n\nPresent: Ann Lee, Raj Patel\n"
    meeting = parse_header(text).meeting
    assert meeting.venue is None and meeting.title.endswith("Annual Review")


def test_county_councillors_before_a_list_make_each_a_county_councillor():
    text = (
        "Highways Committee\nDate: 3 March 2021\n\n"
        "Present: County Councillors Marta Quennell (Chair), Tobias Wrenfield (Vice-Chair), "
        "Priya Almond and Colm Hardacre.\n"
    )
    people = _roles(text)
    assert people["Marta Quennell"][0] == "County Councillor, Chair"
    assert people["Tobias Wrenfield"][0] == "County Councillor, Vice-Chair"
    assert people["Priya Almond"][0] == people["Colm Hardacre"][0] == "County Councillor"


def test_plain_councillors_before_a_list_stay_councillors():
    text = "Highways Committee\nDate: 3 March 2021\n\nPresent: Councillors Marta Quennell (Chair), Priya Almond.\n"
    people = _roles(text)
    assert people["Marta Quennell"][0] == "Councillor, Chair"
    assert people["Priya Almond"][0] == "Councillor"


def test_an_outside_bodys_representatives_label_lists_people_in_attendance():
    text = (
        "Health Scrutiny Panel\n\nPresent: Councillors Ann Lee (Chair) and Raj Patel\n\n"
        "Police representatives: Ms Jo Kim (Chief Inspector, Midshire Police); Mr Tom Hart "
        "(Sergeant, Midshire Police)\n\n1. Apologies\nNone.\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert people["Jo Kim"].attendance == "in_attendance"
    assert people["Tom Hart"].role == "Sergeant, Midshire Police"
    assert people["Raj Patel"].attendance == "present"


def test_the_bodys_own_member_representatives_stay_members_present():
    text = "Faculty Board\n\nPresent: Dr Ann Lee (Dean)\n\nStaff representatives: Raj Patel, Jo Kim\n\n1. Welcome\n"
    people = {p.name: p for p in parse_header(text).people}
    assert people["Raj Patel"].attendance == "present"


def test_a_present_column_of_ticks_and_crosses_gives_each_row_its_attendance():
    text = (
        "# Steering group 2021-06-01\n\n## Attendance\n\n| Name | Org | Present |\n|---|---|---|\n"
        "| Ann Lee (@alee) | Acme Widgets | ✓ |\n| Raj Patel (@rpatel) | Independent | ✗ |\n"
        "| Jo Kim (@jkim) | Acme Widgets | ✗ (regrets) |\n\n## Agenda\n\n- Release plan\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert [people[n].attendance for n in ("Ann Lee", "Raj Patel", "Jo Kim")] == [
        "present",
        "absent",
        "apologies",
    ]
    assert all("✓" not in (p.role or "") and "✗" not in (p.role or "") for p in people.values())


def test_a_present_cell_in_words_is_not_read_as_a_tick():
    text = (
        "Project board\n\n| Name | Role | Present |\n|---|---|---|\n| Ann Lee | Sponsor | Yes |\n"
        "| Raj Patel | Lead | Apologies |\n\n1. Welcome\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert people["Raj Patel"].attendance == "apologies"
    assert people["Ann Lee"].role == "Sponsor"


def test_a_present_column_of_y_and_n_reads_n_as_absent():
    text = (
        "Elmfield School Governing Board\nMinutes of the meeting held on 3 March 2021\n\n"
        "Name\tRole\tPresent\nMrs Ann Lee\tParent Governor\tY\nMr Raj Patel\tStaff Governor\tN\n"
        "Ms Jo Kim\tCo-opted Governor\tYes\n\n1. Welcome\nThe Chair welcomed governors.\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert [people[n].attendance for n in ("Ann Lee", "Raj Patel", "Jo Kim")] == [
        "present",
        "absent",
        "present",
    ]
    assert people["Raj Patel"].role == "Staff Governor"


def test_an_apology_sentence_marks_a_crossed_row_as_apologies():
    text = (
        "Elmfield School Governing Board\nMinutes of the meeting held on 3 March 2021\n\n"
        "Name\tRole\tPresent\nMrs Ann Lee\tParent Governor\tY\nMr Raj Patel\tStaff Governor\tN\n"
        "Ms Jo Kim\tCo-opted Governor\tN\n\n1. Welcome and apologies\n"
        "Apologies had been received from Mr Patel and were accepted. Ms Kim had not sent apologies.\n"
    )
    people = {p.name: p for p in parse_header(text, text.index("1. Welcome")).people}
    assert people["Raj Patel"].attendance == "apologies"
    assert people["Jo Kim"].attendance == "absent"  # no apology recorded: still absent
    assert people["Ann Lee"].attendance == "present"


def test_an_apology_sentence_leaves_a_present_member_of_the_same_surname_alone():
    text = (
        "Elmfield School Governing Board\nMinutes of the meeting held on 3 March 2021\n\n"
        "Name\tRole\tPresent\nMrs Ann Lee\tParent Governor\tY\nMr Raj Lee\tStaff Governor\tY\n\n"
        "1. Welcome and apologies\nApologies were received from Mr Lee.\n"
    )
    people = {p.name: p for p in parse_header(text, text.index("1. Welcome")).people}
    assert {p.attendance for p in people.values()} == {"present"}


def test_a_minute_number_attended_for_is_no_part_of_the_role():
    text = (
        "Quality Committee\nMinutes of the meeting held on 4 May 2022\n\n"
        "In attendance: Mrs Ann Lee, Head of Midwifery (HoM), for QC 22/046; Mr Raj Patel, Lead Nurse for "
        "Infection Control, for QC 22/047\n"
        "Dr Jo Kim (Head of Estates) – for FEC 21/09\n\n1. Welcome\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert people["Ann Lee"].role == "Head of Midwifery"
    assert people["Raj Patel"].role == "Lead Nurse for Infection Control"  # a "for" inside the post stays
    assert people["Jo Kim"].role == "Head of Estates"


def test_a_vice_chair_mark_after_a_dashed_category_is_dropped():
    text = (
        "Elmfield School Governing Board\nMinutes of the meeting held on 3 March 2021\n\nPresent:\n"
        "Mrs Ann Lee (AL) – Co-opted Governor (Chair)\nMr Raj Patel (RP) – Parent Governor (Vice Chair)\n"
        "Ms Jo Kim (JK) – Staff Governor\n\n1. Welcome\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert people["Raj Patel"].role == "Parent Governor"
    assert people["Raj Patel"].abbrev == "RP"


def test_a_post_opening_with_a_rank_word_stays_whole_before_its_short_form():
    text = (
        "Accountability Board\nDate: 4 May 2022\n\nPresent:\nChief Fire Officer Ann Lee (CFO)\n"
        "Assistant Chief Fire Officer Raj Patel (ACFO)\nChief Inspector Jo Kim (Wessex Police)\n\n1. Welcome\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert (people["Ann Lee"].role, people["Ann Lee"].abbrev) == ("Chief Fire Officer", "CFO")
    assert (people["Raj Patel"].role, people["Raj Patel"].abbrev) == ("Assistant Chief Fire Officer", "ACFO")
    assert people["Jo Kim"].role == "Chief Inspector, Wessex Police"  # a rank alone keeps its body after it


def test_a_post_and_body_before_the_holder_s_name_on_a_list_line():
    text = (
        "Accountability Board\nDate: 4 May 2022\n\nPresent:\nPCC Ann Lee (Chair)\n\nIn attendance:\n"
        "Head of Estates, Wessex Police Raj Patel (HoE)\nGovernance Officer Jo Kim (minutes)\n\n1. Welcome\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert (people["Raj Patel"].role, people["Raj Patel"].abbrev) == ("Head of Estates, Wessex Police", "HoE")
    assert people["Raj Patel"].attendance == "in_attendance"
    assert people["Jo Kim"].attendance == "in_attendance"


def test_a_co_opted_label_lists_members_present():
    text = (
        "Scrutiny Panel\nMinutes of the meeting held on 4 May 2022\n\n"
        "Present: Councillors Ann Lee (Chair) and Raj Patel\n\n"
        "Co-opted: Mrs Jo Kim (Diocese representative)\n\nOfficers: Tom Reed (Democratic Services Officer)\n\n"
        "1. Apologies\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert (people["Jo Kim"].attendance, people["Jo Kim"].role) == ("present", "Diocese representative")
    assert people["Tom Reed"].attendance == "in_attendance"


def test_no_apologies_from_a_listed_absentee_keeps_them_absent():
    text = (
        "Elmfield School Governing Board\nMinutes of the meeting held on 3 March 2021\n\n"
        "Present: Mrs Ann Lee (Chair)\nAbsent: Mr Raj Patel (Co-opted)\n\n1. Welcome and apologies\n"
        "No apologies had been received from Mr Patel.\n"
    )
    people = {p.name: p for p in parse_header(text, text.index("1. Welcome")).people}
    assert people["Raj Patel"].attendance == "absent"


# --- batch 70: registers with a key, pipe field tables, post-first chair marks, tag short forms ---


def test_register_key_gives_marked_members_present_and_unmarked_absent():
    text = (
        "Elected Members:\n(* = present at the meeting)\n\n* Mr Tom Baker (Chairman)\n  Ms Jo Kim\n"
        "* Dr Raj Patel\n\nIn attendance\nMrs Eve Stone, Cabinet Member for Health\n"
    )
    assert _people_of(text) == [
        ("Tom Baker", "Chairman", None, "present"),
        ("Jo Kim", None, None, "absent"),
        ("Raj Patel", None, None, "present"),
        ("Eve Stone", "Cabinet Member for Health", None, "in_attendance"),
    ]
    assert parse_header(text).meeting.chair == "Tom Baker"


def test_star_bullets_without_a_key_are_plain_bullets():
    text = "Present:\n* Tom Baker\n  Jo Kim\n"
    assert [p[3] for p in _people_of(text)] == ["present", "present"]


def test_one_witness_under_a_bare_label_keeps_the_commas_of_their_post():
    text = "Members: Ann Lee\n\n1. Care homes\nWitnesses:\nTom Baker, Head of Quality, Adult Services\n\nNoted.\n"
    people = {p.name: p for p in parse_header(text, text.index("1. Care")).people}
    assert people["Tom Baker"].role == "Head of Quality, Adult Services"
    assert "Adult Services" not in people


def test_pipe_table_of_field_labels_over_values_gives_venue_and_chair():
    meeting = _meeting(
        "Steering Group – Meeting Minutes\n\n| Date | Time | Location | Chair |\n|---|---|---|---|\n"
        "| 8 March 2023 | 09:30 | Room 4, Mill House | Jo Kim |\n\nAttendees: Jo Kim (Director)\n"
    )
    assert (meeting.title, meeting.venue, meeting.chair) == ("Steering Group", "Room 4, Mill House", "Jo Kim")


def test_pipe_table_of_people_is_not_read_as_fields():
    text = "| Name | Role |\n|---|---|\n| Jo Kim | Director |\n"
    assert parse_header(text).meeting.chair is None


def test_chair_mark_after_a_post_first_holder_stays_after_the_post():
    text = (
        "Attendees:\nChief Constable (CC): Jo Kim\nPolice and Crime Commissioner (PCC): Tom Baker (Chair)\n"
    )
    assert _people_of(text)[1] == ("Tom Baker", "Police and Crime Commissioner, Chair", "PCC", "present")


def test_firm_after_a_handled_guest_is_no_person():
    text = "Present: Amy Ho (@amy)\nGuest: Kit Moss (@kmoss), Redwood Labs, for item 5 only\n"
    assert [p[0] for p in _people_of(text)] == ["Amy Ho", "Kit Moss"]


def test_own_line_tag_short_form_spelling_one_post_is_its_holders_abbrev():
    text = (
        "Present:\nProf Ann Lee, Head of School (Chair)\nDr Raj Patel, Director of Teaching\n"
        "Dr Jo Kim, Director of Research\n\n1. Report\nThe DoT presented the report.\nACTION: DoT\n"
        "ACTION: DoX\n"
    )
    people = {p.name: p.abbrev for p in parse_header(text, text.index("1. Report")).people}
    assert people == {"Ann Lee": None, "Raj Patel": "DoT", "Jo Kim": None}


def test_tag_short_form_fitting_two_posts_is_left():
    text = (
        "Present:\nDr Raj Patel, Director of Teaching\nDr Jo Kim, Director of Training\n\n"
        "1. Report\nNoted.\nACTION: DoT\n"
    )
    assert [p.abbrev for p in parse_header(text, text.index("1. Report")).people] == [None, None]


def test_a_councillors_list_gives_each_name_the_title_even_a_given_name_that_is_a_post():
    text = (
        "Licensing Panel\n12 March 2024\n\nPresent: Councillors Ann Lee, Dean Marsh, Jo Kim and Raj Patel\n\n"
        "1. Apologies\n"
    )
    people = {p.name: p.role for p in parse_header(text, text.index("1. Apologies")).people}
    assert people == {n: "Councillor" for n in ("Ann Lee", "Dean Marsh", "Jo Kim", "Raj Patel")}


def test_a_present_list_written_as_one_sentence_and_wrapped_is_read_whole():
    text = (
        "Licensing Panel\n12 March 2024\n\nPRESENT:\nCouncillor Ann Lee (in the Chair); Councillors\n"
        "Raj Patel, Jo Kim, Sue\nHart and Tom Reed.\n\n1. Apologies\n"
    )
    people = {p.name: p.role for p in parse_header(text, text.index("1. Apologies")).people}
    assert people == {
        "Ann Lee": "Councillor, Chair",
        "Raj Patel": "Councillor",
        "Jo Kim": "Councillor",
        "Sue Hart": "Councillor",
        "Tom Reed": "Councillor",
    }


def test_a_list_one_person_a_line_under_a_bare_label_is_not_joined():
    text = (
        "Licensing Panel\n12 March 2024\n\nPresent:\nAnn Lee, Chair\nRaj Patel, Treasurer\n\n1. Apologies\n"
    )
    people = {p.name: p.role for p in parse_header(text, text.index("1. Apologies")).people}
    assert people == {"Ann Lee": "Chair", "Raj Patel": "Treasurer"}


def test_minutes_held_in_a_place_commencing_at_a_time_give_venue_and_start():
    text = (
        "Planning Committee\n\n9 May 2023\n\n"
        "Minutes of the meeting held in the Assembly Room, Guildhall, Easton, commencing at 7.30 pm\n\n"
        "Present: Ann Lee\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.venue, meeting.start_time) == ("Assembly Room, Guildhall, Easton", "19:30")


def test_a_chair_given_by_a_nick_made_of_name_starts_resolves_to_the_person():
    text = (
        "Minutes of the core team meeting, 5 March 2024, 16:00 UTC, on Jitsi\n\n"
        "Attendees: Jonas Berglund (jonabe), Ann Lee (annl)\nChair: jonabe\n"
    )
    head = parse_header(text)
    assert (head.meeting.chair, head.meeting.venue) == ("Jonas Berglund", "Jitsi")
    assert {p.name: (p.abbrev, p.role) for p in head.people}["Jonas Berglund"] == ("jonabe", None)


def test_a_bracketed_word_that_is_no_start_of_the_name_is_no_nick():
    text = "Core team call, 5 March 2024\n\nAttendees: Ann Lee (remote), Raj Patel (observer)\n"
    assert all(p.abbrev is None for p in parse_header(text).people)


def test_a_covering_note_about_the_minutes_is_no_title():
    text = (
        "Hi all,\n\nMinutes of last week's call are below. Comments by Monday please.\n\n"
        "Minutes of the Infra Working Group, 5 March 2024\n\nAttendees: Ann Lee, Raj Patel\n"
    )
    assert parse_header(text).meeting.title == "Infra Working Group"


def test_a_local_authority_governor_mark_is_a_role_not_initials():
    text = "Oakfield School\nDate: 4 May 2023\n\nGovernors present:\nMrs Ann Lee (LA)\nMs Laura Adams (LA)\n\n1. Welcome\n"
    people = {p.name: (p.role, p.abbrev) for p in parse_header(text, text.index("1. Welcome")).people}
    assert people == {"Ann Lee": ("LA", None), "Laura Adams": (None, "LA")}


def test_short_form_with_its_qualifier_in_spaced_brackets_is_the_abbrev():
    head = parse_header(
        "Attendees:\nIvo Marsh, Head of Estates (North) (HoE (N)) – Chair\nDee Quill, Treasurer\n"
    )
    assert _roster(head)[0] == ("Ivo Marsh", "Head of Estates (North), Chair", "HoE (N)", "present")


def test_a_word_and_a_code_in_spaced_brackets_are_no_short_form():
    head = parse_header("Present:\nIvo Marsh (Governor (LA))\nDee Quill (Treasurer)\n")
    assert _roster(head)[0][2] is None


def test_dashed_chair_mark_after_a_mixed_case_short_form_is_kept():
    head = parse_header("Attendees:\nIvo Marsh, Director of Estates (DoE) – Chair\nDee Quill, Treasurer\n")
    assert _roster(head)[0] == ("Ivo Marsh", "Director of Estates, Chair", "DoE", "present")
    assert head.meeting.chair == "Ivo Marsh"


def test_in_the_chair_in_its_own_brackets_after_the_post_marks_the_post():
    head = parse_header("Present:\nProfessor Ivo Marsh (Provost) (in the Chair)\nDr Dee Quill (Bursar)\n")
    assert _roster(head)[0] == ("Ivo Marsh", "Provost, Chair", None, "present")


def test_in_the_chair_inside_the_posts_brackets_leaves_the_post():
    head = parse_header("Present:\nProfessor Ivo Marsh (Provost, in the Chair)\nDr Dee Quill (Bursar)\n")
    assert _roster(head)[0] == ("Ivo Marsh", "Provost", None, "present")


def test_chair_field_naming_a_councillor_gives_councillor_chair():
    head = parse_header(
        "Chair: Councillor Ivo Marsh\n\nCouncillors present: Dee Quill (Vice-Chair) and Bo Tarn\n"
    )
    roles = {p.name: p.role for p in head.people}
    assert roles["Ivo Marsh"] == "Councillor, Chair"
    assert roles["Dee Quill"] == "Councillor, Vice-Chair"


def test_chair_field_naming_a_post_holder_keeps_only_the_post():
    head = parse_header(
        "Chair: Professor Ivo Marsh (Provost)\n\nPresent: Professor Ivo Marsh (Provost), Dee Quill\n"
    )
    assert _roster(head)[0] == ("Ivo Marsh", "Provost", None, "present")


@pytest.mark.parametrize(
    "line",
    [
        "Estates Board – Minutes and Actions",
        "Estates Board (held virtually)",
        "Estates Board (held remotely via Zoom)",
    ],
)
def test_title_drops_a_write_up_kind_or_a_note_on_how_the_meeting_was_held(line):
    head = parse_header(f"Ferrow Housing Trust\n{line}\nDate: 3 May 2024\nPresent: Ivo Marsh\n")
    assert head.meeting.title == "Estates Board"


def test_title_keeps_a_bracketed_short_form_of_the_meeting():
    head = parse_header("Ferrow Housing Trust\nEstates Board (EB)\nDate: 3 May 2024\nPresent: Ivo Marsh\n")
    assert head.meeting.title == "Estates Board (EB)"


def test_short_form_of_a_post_written_as_one_word_takes_both_parts_initials():
    found = find_abbreviations("The Headteacher (HT) reported. The Housemaster (HM) agreed.")
    assert found == {"HT": "Headteacher", "HM": "Housemaster"}


def test_short_form_of_a_one_word_post_needs_its_parts_initials():
    assert "HT" not in find_abbreviations("The Teacher (HT) reported.")


def test_emoji_ticks_and_crosses_before_handle_dash_name_lines_give_attendance():
    head = parse_header(
        "# Infra sync – 2024-02-06\n\n- **Chair:** @ivo-m\n\n**Attendance** (✅ here, ❌ not here)\n"
        "- ✅ @ivo-m – Ivo Marsh\n- ✅ @dq – Dee Quill (joined 15:10)\n"
        "- ❌ @bt – Bo Tarn (regrets, travelling)\n- ❌ @ew – Esme Wilde\n"
    )
    assert _roster(head) == [
        ("Ivo Marsh", None, "@ivo-m", "present"),
        ("Dee Quill", None, "@dq", "present"),
        ("Bo Tarn", None, "@bt", "apologies"),
        ("Esme Wilde", None, "@ew", "absent"),
    ]
    assert head.meeting.chair == "Ivo Marsh"


def test_handle_dash_line_naming_no_person_stays_a_handle():
    head = parse_header("Attendance (✅ here)\n- ✅ @ops-bot – Acme Labs\n")
    assert all(p.name != "Acme Labs" for p in head.people)


def test_chair_and_record_labels_stacked_over_their_people_name_them():
    head = parse_header(
        "Ferrow Housing Trust\nEstates Board – Decision & Action Record\n\nMeeting date\n03/05/2024\n"
        "Chair\nIvo Marsh, CFO\nRecord by\nDee Quill, PMO\n\nAttendees\nIvo Marsh (IM) – Chief Financial Officer\n"
        "Dee Quill (DQ) – PMO Analyst (record)\n"
    )
    assert head.meeting.title == "Estates Board"
    assert (head.meeting.chair, head.meeting.minute_taker) == ("Ivo Marsh", "Dee Quill")
    assert _roster(head)[1] == ("Dee Quill", "PMO Analyst", "DQ", "present")


def test_chair_label_stacked_over_a_post_names_no_one():
    head = parse_header("Estates Board\nDate: 3 May 2024\n\nChair\nVice Chair\nPresent: Ivo Marsh\n")
    assert head.meeting.chair != "Vice Chair"


def test_title_drops_a_streamed_tail():
    head = parse_header(
        "Ferrow Police\nHolding to Account Meeting – streamed\nDate: 3 May 2024\nPresent: Ivo Marsh\n"
    )
    assert head.meeting.title == "Holding to Account Meeting"


def test_attendance_line_cut_after_a_joining_word_runs_on():
    head = parse_header(
        "Estates Board\nDate: 3 May 2024\n\nApologies: Professor Ivo Marsh, Head of School of\n"
        "Chemistry; Dr Dee Quill, Elected member, support\nstaff.\n"
    )
    assert _roster(head) == [
        ("Ivo Marsh", "Head of School of Chemistry", None, "apologies"),
        ("Dee Quill", "Elected member, support staff", None, "apologies"),
    ]


def test_apology_sentence_wrapped_after_an_honorific_names_the_people():
    text = (
        "Estates Board\nDate: 3 May 2024\nPresent: Councillor Ivo Marsh\n\n1. Apologies\n"
        "Apologies for absence were received from Councillor\nDee Quill and Councillor Bo Tarn. The\n"
        "Board noted them.\n"
    )
    items = segment_items(text)
    head = parse_header(text, end=items[0].start)
    assert [(p.name, p.attendance) for p in head.people][1:] == [
        ("Dee Quill", "apologies"),
        ("Bo Tarn", "apologies"),
    ]


def test_post_short_form_closing_in_a_small_letter_is_the_role():
    head = parse_header(
        "Estates Board\nDate: 3 May 2024\n\nIn attendance:\nMrs Dee Quill – SENDCo (for item 6)\n"
    )
    assert _roster(head) == [("Dee Quill", "SENDCo", None, "in_attendance")]


def test_initials_after_a_dash_stay_the_short_form():
    head = parse_header("Estates Board\nDate: 3 May 2024\n\nIn attendance:\nMrs Dee Quill – DQ\n")
    assert _roster(head) == [("Dee Quill", None, "DQ", "in_attendance")]


_PROSE_ATTENDANCE = (
    "Wendmoor Fire Authority – Performance Review – Minutes – 4 March 2021\n\n"
    "The meeting was held at Fire Headquarters, Mill Lane, Oxby, and began at 2.30pm. Present were "
    "Ruth Olander (Fire Authority Chair, FAC), Amos Pell (Chief Fire Officer, CFO) and Dina Crane "
    "(Area Manager) for item 3. Also in attendance was Lev Marr (Support Officer), who took the minutes. "
    "Apologies were received from Ona Vey (Treasurer, TRE). The FAC chaired the meeting.\n\n"
    "1. Welcome\nThe FAC opened the item.\n"
)


def test_prose_attendance_paragraph_gives_each_list():
    head = parse_header(_PROSE_ATTENDANCE, end=_PROSE_ATTENDANCE.index("1. Welcome"))
    assert [(p.name, p.attendance) for p in head.people] == [
        ("Ruth Olander", "present"),
        ("Amos Pell", "present"),
        ("Dina Crane", "present"),
        ("Lev Marr", "in_attendance"),
        ("Ona Vey", "apologies"),
    ]
    assert head.meeting.minute_taker == "Lev Marr"


def test_prose_attendance_paragraph_gives_venue_start_and_chair():
    head = parse_header(_PROSE_ATTENDANCE, end=_PROSE_ATTENDANCE.index("1. Welcome"))
    assert head.meeting.venue == "Fire Headquarters, Mill Lane, Oxby"
    assert head.meeting.start_time == "14:30"
    assert head.meeting.chair == "Ruth Olander"


def test_dashed_title_takes_the_part_before_minutes():
    head = parse_header(_PROSE_ATTENDANCE, end=_PROSE_ATTENDANCE.index("1. Welcome"))
    assert head.meeting.title == "Performance Review"


def test_prose_without_an_attendance_opening_is_no_list():
    text = "Harbour Trust Board\nDate: 3 May 2024\nPresent: Ivo Marsh\n\nThe members present were pleased. Ann Lee was thanked.\n"
    head = parse_header(text)
    assert [p.name for p in head.people] == ["Ivo Marsh"]


def test_body_heading_over_post_first_lines_lists_those_present():
    text = (
        "Minutes of the Fire Scrutiny Board held on 6 May 2024\n\n"
        "Board:\nFire Authority Chair Ruth Olander (FAC) – Chair\nChief Fire Officer Amos Pell (CFO)\n\n"
        "Also present:\nHead of Safety and Prevention Dina Crane\nSupport Officer Lev Marr (minutes)\n"
    )
    head = parse_header(text)
    assert [(p.name, p.attendance) for p in head.people] == [
        ("Ruth Olander", "present"),
        ("Amos Pell", "present"),
        ("Dina Crane", "in_attendance"),
        ("Lev Marr", "in_attendance"),
    ]
    assert head.meeting.chair == "Ruth Olander"
    assert head.people[2].role == "Head of Safety and Prevention"


def test_post_of_two_fields_is_not_split_into_a_name():
    text = "Estates Board\nDate: 3 May 2024\nPresent:\nIvo Marsh\nDirector of Estates and Facilities Management Services\n"
    assert [p.name for p in parse_header(text).people] == ["Ivo Marsh"]


def test_bare_co_opted_members_heading_opens_a_list_of_those_present():
    text = (
        "Scrutiny Panel\nDate: 3 May 2024\nPRESENT:\tCouncillor Ivo Marsh in the Chair\n\n"
        "CO-OPTED MEMBERS (NON-VOTING)\n\nMrs D Quill – Parent Governor Representative\n"
    )
    people = parse_header(text).people
    assert ("D Quill", "present") in [(p.name, p.attendance) for p in people]


def test_attendance_sentence_or_bulleted_list_inside_an_item():
    text = (
        "Scrutiny Panel\nDate: 3 May 2024\nPresent: Councillor Ivo Marsh\n\n"
        "4 Bus Services\n\nThe following were in attendance:\n\n- Dina Crane, Head of Transport\n\n"
        "The report was noted.\n\n5 Libraries\n\nIn attendance for this item were Lev Marr (Head of Libraries) "
        "and Ona Vey (Archivist). Members asked about opening hours.\n"
    )
    head = parse_header(text, end=text.index("4 Bus"))
    assert [(p.name, p.role) for p in head.people[1:]] == [
        ("Dina Crane", "Head of Transport"),
        ("Lev Marr", "Head of Libraries"),
        ("Ona Vey", "Archivist"),
    ]
    assert {p.attendance for p in head.people[1:]} == {"in_attendance"}


def test_attendance_sentence_wrapped_over_lines_is_read_whole():
    text = (
        "Scrutiny Panel\nDate: 3 May 2024\nPresent: Councillor Ivo Marsh\n\n5 Libraries\n\n"
        "In attendance for this item were Lev Marr (Head of\nLibraries) and Ona Vey (Archivist).\n"
    )
    head = parse_header(text, end=text.index("5 Lib"))
    assert [(p.name, p.role) for p in head.people[1:]] == [
        ("Lev Marr", "Head of Libraries"),
        ("Ona Vey", "Archivist"),
    ]


def test_school_before_a_meeting_with_a_term_qualifier_is_the_body():
    head = parse_header(
        "Larchfield Primary School – Full Governing Board – Spring 2\n"
        "Minutes of the meeting held on Wednesday 3 May 2023 at 6.00pm in the school library\n\nPresent: Ivo Marsh\n"
    )
    assert head.meeting.title == "Full Governing Board – Spring 2"
    assert head.meeting.body == "Larchfield Primary School"


def test_three_part_title_without_an_organisation_first_stays_whole():
    head = parse_header("Finance Committee – Part 1 – Public\nDate: 3 May 2024\n\nPresent: Ivo Marsh\n")
    assert head.meeting.title == "Finance Committee – Part 1 – Public"


def _header_as_run(text: str):
    """The header as the pipeline reads it: the block before the first item as the header."""
    items = segment_items(text)
    return parse_header(text, end=items[0].start if items else None)


def test_an_attendance_register_after_the_business_lists_the_people() -> None:
    text = (
        "Ashford Lane School\nBoard of Governors\nMinutes of the meeting held on 4 March 2025 at 6pm\n\n"
        "Attendance: see the register at the end of these minutes.\n\n"
        "1. Welcome\nGS welcomed governors.\n\n2. Budget\nTM presented the budget.\n\n"
        "Attendance register\nGovernors present: GS (Chair), TM, RT\nApologies: WH\nIn attendance: BP (Clerk)\n"
        "Key:\nGS – Gemma Soto – Chair, parent governor\nTM – Tariq Malouf – staff governor\n"
        "RT – Ruth Tolland – co-opted governor\nWH – Will Hebden – foundation governor\n"
        "BP – Bryony Pask – Clerk to the Board\n"
    )
    result = _header_as_run(text)
    people = {p.name: (p.role, p.abbrev, p.attendance) for p in result.people}
    assert people == {
        "Gemma Soto": ("Chair, parent governor", "GS", "present"),
        "Tariq Malouf": ("staff governor", "TM", "present"),
        "Ruth Tolland": ("co-opted governor", "RT", "present"),
        "Will Hebden": ("foundation governor", "WH", "apologies"),
        "Bryony Pask": ("Clerk to the Board", "BP", "in_attendance"),
    }
    assert result.meeting.chair == "Gemma Soto"


def test_an_attendance_register_is_not_read_when_the_header_lists_people() -> None:
    text = (
        "Board of Governors\nDate: 4 March 2025\nPresent: Gemma Soto (Chair), Tariq Malouf\n\n"
        "1. Welcome\nNoted.\n\nAttendance register\nPresent: Olu Reyes\n"
    )
    assert [p.name for p in _header_as_run(text).people] == ["Gemma Soto", "Tariq Malouf"]


def test_a_list_of_initials_is_one_person_each_even_when_initials_spell_a_title() -> None:
    text = "Board\nDate: 4 March 2025\nPresent: GS (Chair), RT, MS, TM\n"
    assert [p.name for p in parse_header(text).people] == ["GS", "RT", "MS", "TM"]


def test_a_title_before_a_name_is_still_no_part_of_it() -> None:
    text = "Board\nDate: 4 March 2025\nPresent: Rt Hon Gemma Soto (Chair), Ms Tariq Malouf\n"
    assert [p.name for p in parse_header(text).people] == ["Gemma Soto", "Tariq Malouf"]


def test_a_wrapped_markdown_table_row_is_read_whole() -> None:
    text = (
        "Quality Committee\nDate: 4 March 2025\n\n### In attendance\n\n| Name | Role |\n|---|---|\n"
        "| Ann Prowse | Deputy Director of Nursing (for\nitem 4) |\n| Raj Okafor | Head of Estates |\n"
    )
    people = {p.name: p.role for p in parse_header(text).people}
    assert people == {"Ann Prowse": "Deputy Director of Nursing", "Raj Okafor": "Head of Estates"}


def test_a_semicolon_list_broken_before_its_first_semicolon_is_read_whole() -> None:
    text = (
        "Quality Committee\nDate: 4 March 2025\nPresent: Ann Prowse\n"
        "Apologies: Tom Beal, Chief Finance\nOfficer (CFO); Ida Marr, Director of\nEstates\n"
    )
    people = {p.name: (p.role, p.abbrev, p.attendance) for p in parse_header(text).people}
    assert people["Tom Beal"] == ("Chief Finance Officer", "CFO", "apologies")
    assert people["Ida Marr"][2] == "apologies"


def test_a_line_below_a_list_that_opens_a_new_label_is_not_joined() -> None:
    text = "Quality Committee\nDate: 4 March 2025\nPresent: Ann Prowse, Tom Beal\nApologies: Ida Marr; Raj Okafor\n"
    people = {p.name: p.attendance for p in parse_header(text).people}
    assert people == {
        "Ann Prowse": "present",
        "Tom Beal": "present",
        "Ida Marr": "apologies",
        "Raj Okafor": "apologies",
    }


@pytest.mark.parametrize(
    "entry",
    [
        "In attendance: Ann Prowse (Lead Governor), observing",
        "In attendance: Ann Prowse (Lead Governor), for minute QC/24/12(b).",
        "In attendance:\n| Name | Role |\n|---|---|\n| Ann Prowse | Lead Governor (for minute QC 24/12(b)) |",
    ],
)
def test_a_note_on_why_someone_attended_is_no_part_of_their_role(entry: str) -> None:
    text = f"Quality Committee\nDate: 4 March 2025\nPresent: Tom Beal\n{entry}\n"
    people = {p.name: p.role for p in parse_header(text).people}
    assert people["Ann Prowse"] == "Lead Governor"


def test_a_role_that_names_observing_as_its_work_is_kept() -> None:
    text = "Quality Committee\nDate: 4 March 2025\nPresent: Tom Beal, Lead for Observing Practice\n"
    assert {p.name: p.role for p in parse_header(text).people}["Tom Beal"] == "Lead for Observing Practice"


def test_a_sentence_under_a_list_with_a_semicolon_is_not_joined_to_the_list() -> None:
    text = (
        "Community call - 2023-02-21\nAttendees: Ann Prowse (PMC), Tom Beal, Ida Marr\n"
        "Notes taken by Tom Beal; Ann Prowse ran the call.\n"
    )
    people = {p.name: p.role for p in parse_header(text).people}
    assert people == {"Ann Prowse": "PMC", "Tom Beal": None, "Ida Marr": None}


def test_a_numbered_agenda_entry_above_the_items_does_not_name_the_meeting() -> None:
    text = (
        "Kestrel Steering Committee\nDate: 2021-10-12, 17:00 UTC\nPresent: Ann Prowse, Tom Beal\n\n"
        "Agenda:\n1. Agenda review and last minutes\n2. Release status\n"
    )
    assert parse_header(text).meeting.title == "Steering Committee"


def _header_of(text: str, first_item: str = "1. Welcome"):
    return parse_header(text, text.index(first_item))


def test_date_field_with_a_two_digit_year_is_read_day_first():
    text = "Harbour Trust\n\nEstates Committee\n\nDate: 07.03.22\nTime: 10:00\n\nPresent: Ann Lee (Chair)\n\n1. Welcome\n"
    meeting = _header_of(text).meeting
    assert (meeting.date, meeting.start_time) == (dt.date(2022, 3, 7), "10:00")


def test_date_field_with_a_late_twentieth_century_two_digit_year_is_in_the_1900s():
    # archives reach back before 2000: "24.09.99" is September 1999, not 2099
    text = "Harbour Trust\n\nEstates Committee\n\nDate: 24.09.99\n\nPresent: Ann Lee (Chair)\n\n1. Welcome\n"
    assert _header_of(text).meeting.date == dt.date(1999, 9, 24)


def test_date_field_with_an_impossible_two_digit_year_date_is_no_date():
    text = "Harbour Trust\n\nEstates Committee\n\nDate: 31.02.22\n\nPresent: Ann Lee (Chair)\n\n1. Welcome\n"
    assert _header_of(text).meeting.date is None


def test_two_digit_year_number_outside_a_date_field_is_no_date():
    # "3.1.22" in running text is as likely a paragraph number as a date
    assert find_date("See paragraph 3.1.22 of the policy") is None


def test_virtual_meeting_note_after_the_title_is_no_part_of_it():
    text = "Harbour Trust\n\nEstates Committee (virtual meeting)\n\nDate: 7 March 2022\n\nPresent: Ann Lee (Chair)\n\n1. Welcome\n"
    assert _header_of(text).meeting.title == "Estates Committee"


def test_bracketed_short_form_after_the_title_stays():
    text = "Harbour Trust\n\nEstates Steering Committee (ESC)\n\nDate: 7 March 2022\n\nPresent: Ann Lee (Chair)\n\n1. Welcome\n"
    assert _header_of(text).meeting.title == "Estates Steering Committee (ESC)"


def test_remote_meeting_held_via_a_platform_line_gives_the_platform_as_venue():
    text = (
        "Ashvale District Council\n\nMinutes of the Licensing Committee held on Monday 8 March 2021 at 7.00 pm\n\n"
        "Remote meeting held via Microsoft Teams\n\nPresent: Councillor Ann Lee (Chair)\n\n1. Welcome\n"
    )
    assert _header_of(text).meeting.venue == "Microsoft Teams"


@pytest.mark.parametrize(
    "line, venue, time",
    [
        (
            "held on Monday 3 October 2022 in the Lecture Hall, East Wing, at 3.30 pm",
            "Lecture Hall, East Wing",
            "15:30",
        ),
        ("held on Monday 3 October 2022 via Zoom, 9.30am – 11.00am", "Zoom", "09:30"),
    ],
)
def test_start_time_or_hours_after_the_venue_are_no_part_of_it(line, venue, time):
    text = f"Minutes of the Finance Board meeting {line}\n\nPresent: Ann Lee (Chair)\n\n1. Welcome\n"
    meeting = _header_of(text).meeting
    assert (meeting.venue, meeting.start_time) == (venue, time)


def test_venue_keeps_a_street_number_after_at():
    text = "Minutes of the Finance Board meeting held on Monday 3 October 2022 at 14 Mill Lane, Oxbury\n\nPresent: Ann Lee (Chair)\n\n1. Welcome\n"
    assert _header_of(text).meeting.venue == "14 Mill Lane, Oxbury"


YES_NO_TABLE = (
    "Minutes of the Audit Committee held on 5 May 2022\n\n"
    "Name\tTitle\tPresent (Y/N)\n"
    "Members\n"
    "Ann Lee\tNon-Executive Director (Chair)\tY\n"
    "Raj Patel\tFinance Director (FD)\tN\n"
    "Jo Kim\tTrust Secretary\tN\n"
    "In attendance\n"
    "Tom Reddy\tHead of Internal Audit (HIA)\tY\n\n"
    "1. Welcome\nThe Chair opened the meeting. Apologies were received from Raj Patel.\n"
)


def test_yes_no_column_of_a_present_heading_gives_attendance_not_role():
    people = {p.name: (p.role, p.abbrev, p.attendance) for p in _header_of(YES_NO_TABLE).people}
    assert people["Ann Lee"] == ("Non-Executive Director", None, "present")
    assert people["Raj Patel"] == ("Finance Director", "FD", "apologies")  # the text records the apology
    assert people["Jo Kim"] == ("Trust Secretary", None, "absent")


def test_yes_under_an_in_attendance_group_row_stays_in_attendance():
    people = {p.name: (p.role, p.abbrev, p.attendance) for p in _header_of(YES_NO_TABLE).people}
    assert people["Tom Reddy"] == ("Head of Internal Audit", "HIA", "in_attendance")


def test_business_table_row_after_an_attendance_table_names_no_one():
    text = YES_NO_TABLE.replace("\n\n1. Welcome", "\n\n\tWelcome and apologies\t\n1. Welcome")
    assert "Welcome" not in {p.name for p in _header_of(text).people}


def test_short_form_closing_on_a_small_letter_before_a_name_is_the_abbreviation():
    text = "Minutes of the Joint Board held on 4 April 2022\n\nPresent: PCC Ann Lee (Chair), CEx Raj Patel, CFO Jo Kim\n\n1. Welcome\n"
    people = {p.name: (p.role, p.abbrev) for p in _header_of(text).people}
    assert people["Raj Patel"] == (None, "CEx")
    assert people["Jo Kim"] == (None, "CFO")


def test_courtesy_title_before_a_name_is_no_short_form():
    text = "Minutes of the Joint Board held on 4 April 2022\n\nPresent: Mrs Ann Lee (Chair), Dr Raj Patel\n\n1. Welcome\n"
    assert {p.name: p.abbrev for p in _header_of(text).people} == {"Ann Lee": None, "Raj Patel": None}


@pytest.mark.parametrize(
    "entry, role",
    [
        ("Tom Reddy (Project Lead, Ashgrove Partners – slide 3 only)", "Project Lead, Ashgrove Partners"),
        ("Tom Reddy (Head of Estates) – via Teams", "Head of Estates"),
        ("Tom Reddy (Head of Estates) – via Zoom", "Head of Estates"),
    ],
)
def test_how_or_for_what_a_person_attended_is_no_part_of_the_role(entry, role):
    text = f"Minutes of the Joint Board held on 4 April 2022\n\nPresent: Ann Lee (Chair)\nIn attendance: {entry}\n\n1. Welcome\n"
    people = {p.name: p.role for p in _header_of(text).people}
    assert people["Tom Reddy"] == role


def test_regrets_after_the_affiliation_under_an_absent_heading_are_apologies():
    text = (
        "# Steering Council — 3 May 2023\n\n## Attendees\n\n- Ann Lee (Acme Labs), chair\n\n"
        "## Absent\n\n- Raj Patel (Opal Works), regrets\n- Jo Kim (Independent)\n\n## Actions\n"
    )
    people = {p.name: p.attendance for p in _header_of(text, "## Actions").people}
    assert people["Raj Patel"] == "apologies"
    assert people["Jo Kim"] == "absent"


def test_platform_after_on_in_a_held_sentence_is_the_venue_up_to_the_sentence_end():
    text = (
        "Minutes of the Acme Steering Committee call held on Monday 4 April 2022 at 16:00 UTC on Jitsi "
        "(link in the project calendar). Chaired by Ann Lee.\n\nPresent: Ann Lee, Raj Patel\n\n1. Welcome\n"
    )
    meeting = _header_of(text).meeting
    assert (meeting.venue, meeting.start_time) == ("Jitsi (link in the project calendar)", "16:00")


def test_abbreviation_stop_in_a_venue_is_no_sentence_end():
    text = "Minutes of the Parish Council meeting held on Monday 4 April 2022 at 7pm at St. Mary's Hall, Oxbury\n\nPresent: Ann Lee (Chair)\n\n1. Welcome\n"
    assert _header_of(text).meeting.venue == "St. Mary's Hall, Oxbury"


def _listed(header_text: str) -> list[tuple[str, str | None, str]]:
    """(name, role, attendance) of each person an invented header lists."""
    return [(p.name, p.role, p.attendance) for p in parse_header(header_text).people]


def test_moderator_line_names_the_chair():
    text = "Board\nDate: 3 May 2024\nModerator: @ana\nAttendees: @ana (Ana Kovacs), @li (Li Wen)\n"
    assert parse_header(text).meeting.chair == "Ana Kovacs"


def test_deputy_in_the_attended_column_is_apologies():
    text = "Member\tRole\tAttended\nAnn Lee\tTreasurer\tYes\nRaj Patel\tDirector of Estates\tDeputy\n"
    assert _listed(text) == [
        ("Ann Lee", "Treasurer", "present"),
        ("Raj Patel", "Director of Estates", "apologies"),
    ]


def test_table_headed_by_its_list_gives_its_rows_that_attendance():
    text = (
        "Member\tRole\tAttended\nAnn Lee\tTreasurer\tYes\n\n"
        "In attendance\tRole\nJo Kim\tHead of Estates\nBo Chen\tAdministrator (minutes)\n"
    )
    people = _listed(text)
    assert ("Jo Kim", "Head of Estates", "in_attendance") in people
    assert all(name != "Role" for name, _, _ in people)


def test_plain_name_heading_is_not_a_list_heading():
    text = "Name\tRole\nAnn Lee\tTreasurer\nRaj Patel\tSecretary\n"
    assert all(attendance == "present" for _, _, attendance in _listed(text))


def test_bracketed_post_then_secretary_before_the_full_stop_gives_the_post():
    text = "Board\nDate: 3 May 2024\nIn attendance: Mr Raj Patel (Estates Manager); Mrs Jo Kim (Governance Officer), Secretary.\n"
    head = parse_header(text)
    assert ("Jo Kim", "Governance Officer", "in_attendance") in [
        (p.name, p.role, p.attendance) for p in head.people
    ]
    assert head.meeting.minute_taker == "Jo Kim"


def test_name_broken_at_the_end_of_a_list_line_is_read_whole():
    text = "Board\nDate: 3 May 2024\nApologies: Mr Raj Patel (Treasurer); Dr Ingrid\nHolmqvist (Parent Governor).\n"
    assert ("Ingrid Holmqvist", "Parent Governor", "apologies") in _listed(text)


def test_list_line_is_not_joined_to_a_heading_below_it():
    text = "Board\nDate: 3 May 2024\nPresent: Raj Patel, Ingrid Holm\nApologies: Jo Kim\n"
    assert ("Jo Kim", None, "apologies") in _listed(text)
    assert ("Ingrid Holm", None, "present") in _listed(text)


def test_surname_alone_repeats_a_listed_person():
    text = "Board\nDate: 3 May 2024\nApologies: Cllr Jo Hart, Cllr Kim Ng\nApologies were received from Councillors Hart and Ng.\n"
    assert [name for name, _, _ in _listed(text)] == ["Jo Hart", "Kim Ng"]


def test_dashed_minutes_line_names_the_meeting_under_an_organisation_line():
    meeting = _meeting(
        "Brantwick Holdings Group\nLogistics Programme\nDelivery Board – Minutes\nDate: 3 May 2024\n"
    )
    assert meeting.title == "Delivery Board"


def test_dashed_minutes_line_without_a_body_noun_is_not_a_title_phrase():
    meeting = _meeting("Delivery Board\nBrantwick Ltd – Minutes\nDate: 3 May 2024\n")
    assert meeting.title == "Delivery Board"


def test_register_with_a_column_per_kind_reads_the_ticked_column():
    text = (
        "Name\tRole\tPresent\tApologies\nAnn Lee (AL)\tChair of Governors\t✓\nRaj Patel (RP)\tParent Governor\tx\t✓\n"
        "Jo Kim (JK)\tStaff Governor\t\t\n"
    )
    assert _listed(text) == [
        ("Ann Lee", "Chair of Governors", "present"),
        ("Raj Patel", "Parent Governor", "apologies"),
        ("Jo Kim", "Staff Governor", "absent"),
    ]


def test_register_row_whose_cells_ran_together_is_passed_over():
    text = (
        "Name\tRole\tPresent\tApologies\nAnn Lee\tTreasurer\t✓\nRaj Patel Parent Governor ✓\n"
        "Jo Kim\tStaff Governor\t✓\n"
    )
    assert [name for name, _, _ in _listed(text)] == ["Ann Lee", "Jo Kim"]


def test_dashed_minutes_line_naming_a_kind_of_meeting_keeps_its_whole_name():
    meeting = _meeting("Kestrel Rowing Club\nSpring committee meeting – minutes\nDate: 3 May 2024\n")
    assert meeting.title == "Spring committee meeting"


def test_bare_name_listed_before_a_full_name_is_kept():
    text = "Board\nDate: 3 May 2024\nPresent: Hart, Tess\nPresent: Jo Hart\n"
    assert [name for name, _, _ in _listed(text)] == ["Hart", "Tess", "Jo Hart"]


def test_members_register_note_after_the_post_gives_attendance_not_role():
    text = (
        "Finance Committee\nDate: 3 May 2024\n\nMembers:\nAnn Lee – Parent Governor (Chair) (present)\n"
        "Raj Patel – Staff Governor (apologies)\nJo Kim – Co-opted Governor (present)\n"
    )
    assert _listed(text) == [
        ("Ann Lee", "Parent Governor", "present"),
        ("Raj Patel", "Staff Governor", "apologies"),
        ("Jo Kim", "Co-opted Governor", "present"),
    ]


def test_bracketed_words_inside_a_post_are_kept_beside_the_attendance_note():
    text = "Finance Committee\nDate: 3 May 2024\n\nMembers:\nAnn Lee – Governor (Finance Lead) (present)\n"
    assert _listed(text) == [("Ann Lee", "Governor (Finance Lead)", "present")]


def test_dashed_minutes_of_a_virtual_meeting_leaves_the_committee_name():
    meeting = _meeting(
        "Oakfield School\n\nPremises Committee – Minutes of the virtual meeting held on 3 May 2024\n"
    )
    assert meeting.title == "Premises Committee"


def test_dashed_minutes_of_an_ordinary_meeting_keeps_its_kind():
    meeting = _meeting("Parish Council – Minutes of the annual meeting held on 3 May 2024\n")
    assert meeting.title != "Parish Council"


def test_post_with_a_serial_list_before_its_holder_names_the_holder():
    text = (
        "Conference\nDate: 3 May 2024\n\nAttendees: Fire, Rescue and Safety Commissioner (FRSC) – Ann Lee (Chair); "
        "Chief Officer (CO) – Raj Patel\n"
    )
    people = _listed(text)
    assert people[0][:2] == ("Ann Lee", "Fire, Rescue and Safety Commissioner")
    assert _meeting(text).chair == "Ann Lee"


def test_firm_of_partners_before_a_dash_is_no_post():
    text = "Meeting\nDate: 3 May 2024\n\nAttendees: Smith, Jones and Brown – Ann Lee; Chief Officer (CO) – Raj Patel\n"
    assert "Smith, Jones and Brown" not in [role for _, role, _ in _listed(text)]


def test_names_in_a_serial_list_before_a_dash_are_no_post():
    text = "Meeting\nDate: 3 May 2024\n\nAttendees: Ann, Raj and Jo Kim – Trustees; Chief Officer (CO) – Raj Patel\n"
    assert "Ann, Raj and Jo Kim" not in [role for _, role, _ in _listed(text)]


def test_chat_nicks_one_a_line_under_the_attendees_label_are_the_people_on_the_call():
    head = parse_header(
        "Build sync 2024-03-04 (Mumble)\nAttendees:\n    brennig (chair)\n    okaz\n    li_wen\n"
        "Guest: dorota-p (packager for Arch)\nRegrets: vuk\n\nTopics\n\n1. Nightly builds\n"
    )
    assert head.meeting.chair == "brennig"
    assert [(p.name, p.attendance) for p in head.people] == [
        ("brennig", "present"),
        ("okaz", "present"),
        ("li_wen", "present"),
        ("dorota-p", "in_attendance"),
        ("vuk", "apologies"),
    ]


def test_a_single_lower_case_word_under_a_list_label_is_no_column_of_nicks():
    head = parse_header(
        "Parish Council\nDate: 4 March 2024\nPresent: Ann Lee, Raj Patel\nApologies:\n    none\n\n1. Welcome\n"
    )
    assert [p.name for p in head.people] == ["Ann Lee", "Raj Patel"]


def test_people_grouped_under_their_organisation_with_bracketed_posts_are_all_listed():
    head = parse_header(
        "Joint Safeguarding Group – Minutes\nDate: 6 March 2024\n\nPresent:\n"
        "Fernhill County Council:\nDr Ann Lee (Director of Children's Services)\nRaj Patel (Head of Safeguarding)\n"
        "Fernhill Community Health Trust:\nJo Kim (Chief Nurse)\n\nApologies:\nFernhill Police:\n"
        "Tom Oduya (Detective Superintendent)\n\n1. Welcome\n"
    )
    assert [(p.name, p.role, p.attendance) for p in head.people] == [
        ("Ann Lee", "Director of Children's Services", "present"),
        ("Raj Patel", "Head of Safeguarding", "present"),
        ("Jo Kim", "Chief Nurse", "present"),
        ("Tom Oduya", "Detective Superintendent", "apologies"),
    ]


def test_a_heading_over_a_sentence_about_a_member_does_not_continue_the_list():
    head = parse_header(
        "Joint Safeguarding Group – Minutes\nDate: 6 March 2024\n\nPresent:\n"
        "Ann Lee (Chief Nurse)\nRaj Patel (Head of Safeguarding)\n\n"
        "Declarations of interest:\nRaj Patel (Head of Safeguarding) declared an interest in item 3.\n\n1. Welcome\n"
    )
    assert [p.name for p in head.people] == ["Ann Lee", "Raj Patel"]


def test_bulleted_nicks_in_front_matter_do_not_double_the_people_named_below():
    head = parse_header(
        "---\ntitle: Build sync\nattendees:\n  - brennig\n  - okaz\n---\n\n# Build sync\n\n"
        "Present: Brennig Hale (@brennig, chair), Okaz Imre (@okaz)\n\n## Agenda\n\n1. Nightly builds\n"
    )
    assert [p.name for p in head.people] == ["Brennig Hale", "Okaz Imre"]


def test_capitals_after_a_post_that_do_not_spell_it_name_the_body():
    head = parse_header(
        "Quality Group\nDate: 6 March 2024\nIn attendance:\nAnn Lee (Head of Midwifery, FRT) – for item 4\n\n1. Welcome\n"
    )
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [("Ann Lee", "Head of Midwifery, FRT", None)]


def test_capitals_after_a_post_that_spell_it_are_its_short_form():
    head = parse_header(
        "Quality Group\nDate: 6 March 2024\nPresent:\nAnn Lee (Head of Quality Assurance, HQA)\n\n1. Welcome\n"
    )
    assert [(p.name, p.role, p.abbrev) for p in head.people] == [
        ("Ann Lee", "Head of Quality Assurance", "HQA")
    ]


def test_ms_teams_closing_the_date_line_is_the_venue():
    head = parse_header("Quality Group\nDate: 6 March 2024, 10:00–12:00, via MS Teams\n\n1. Welcome\n")
    assert head.meeting.venue == "MS Teams"


def _people(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(p.name, p.role, p.abbrev, p.attendance) for p in parse_header(text).people]


def test_a_table_row_of_two_people_side_by_side_gives_each_of_them():
    text = (
        "Finance Board\nDate: 6 March 2024\n\nPresent:\n"
        "Ann Lee\tTreasurer (TR) (Chair)\tRaj Patel\tHead of Audit (HA)\n"
        "Jo Kim\tFinance Officer\n\n1. Welcome\n"
    )
    assert _people(text) == [
        ("Ann Lee", "Treasurer", "TR", "present"),
        ("Raj Patel", "Head of Audit", "HA", "present"),
        ("Jo Kim", "Finance Officer", None, "present"),
    ]
    assert parse_header(text).meeting.chair == "Ann Lee"


def test_a_four_cell_row_of_one_person_is_not_split_in_two():
    text = "Finance Board\nDate: 6 March 2024\n\nPresent:\nAnn Lee\tTreasurer\tAcme Ltd\tIn person\n\n1. Welcome\n"
    assert [p.name for p in parse_header(text).people] == ["Ann Lee"]


def test_two_names_then_their_two_posts_in_one_table_row_give_two_people():
    text = (
        "Finance Board\nDate: 6 March 2024\n\nPresent:\nName\tCapacity\n"
        "Ann Lee\tRaj Patel\tTreasurer (TR) Head of Audit (HA)\nJo Kim\tFinance Officer\n\n1. Welcome\n"
    )
    assert _people(text)[:2] == [
        ("Ann Lee", "Treasurer", "TR", "present"),
        ("Raj Patel", "Head of Audit", "HA", "present"),
    ]


def test_a_governor_type_column_is_the_role_column_of_an_attendance_table():
    text = (
        "Curriculum Committee\nDate: 6 March 2024\n\nName\tGovernor type\tAttendance\n"
        "Mrs Ann Lee (AL)\tParent Governor (Chair)\tPresent\nMr Raj Patel (RP)\tStaff Governor\tApologies\n\n"
        "1. Welcome\n"
    )
    assert _people(text) == [
        ("Ann Lee", "Parent Governor", "AL", "present"),
        ("Raj Patel", "Staff Governor", "RP", "apologies"),
    ]
    assert parse_header(text).meeting.chair == "Ann Lee"


def test_a_degree_in_brackets_after_a_post_is_no_short_form():
    text = "Faculty Board\nDate: 6 March 2024\n\nPresent: Dr Ann Lee, Dean; Mr Raj Patel, Student member (BSc).\n\n1. Welcome\n"
    assert _people(text)[1] == ("Raj Patel", "Student member (BSc)", None, "present")


def test_capitals_in_brackets_that_spell_the_post_stay_its_short_form():
    text = "Faculty Board\nDate: 6 March 2024\n\nPresent: Dr Ann Lee, Dean; Mr Raj Patel, Marketing Assistant (MA).\n\n1. Welcome\n"
    assert _people(text)[1] == ("Raj Patel", "Marketing Assistant", "MA", "present")


def test_secretary_after_a_post_in_a_semicolon_list_marks_the_minute_taker():
    head = parse_header(
        "Faculty Board\nDate: 6 March 2024\n\nIn attendance: Ms Jo Kim, Finance Manager; "
        "Mr Raj Patel, Faculty Registrar, Secretary.\n\n1. Welcome\n"
    )
    assert [(p.name, p.role) for p in head.people] == [
        ("Jo Kim", "Finance Manager"),
        ("Raj Patel", "Faculty Registrar"),
    ]
    assert head.meeting.minute_taker == "Raj Patel"


def test_taking_minutes_after_a_comma_marks_the_minute_taker_not_a_role():
    head = parse_header(
        "Steering call\nDate: 3 March 2021\n\nAttendees:\n  Ann Lee (Acme Cloud)\n  Raj Patel (independent)\n"
        "  Jo Kim (Bolt Systems), taking minutes\n  Li Wei (Bolt Systems), project lead\n\n1. Welcome\n"
    )
    assert [(p.name, p.role) for p in head.people] == [
        ("Ann Lee", None),
        ("Raj Patel", None),
        ("Jo Kim", None),
        ("Li Wei", "project lead"),
    ]
    assert head.meeting.minute_taker == "Jo Kim"


def test_minute_taker_after_a_comma_with_no_other_post_stays_the_role():
    head = parse_header(
        "Council Meeting\nDate: 3 March 2021\n\nSTAFF: Ann Lee, Chief Executive Officer; Jo Kim, Minute Taker\n\n"
        "1. Welcome\n"
    )
    assert [(p.name, p.role) for p in head.people][-1] == ("Jo Kim", "Minute Taker")


def test_mail_headers_below_an_archive_title_do_not_time_the_meeting():
    head = parse_header(
        "Build group minutes, 2021-03-10\n\nFrom: Ann Lee <ann at example.org>\nDate: Thu Mar 11 07:12:05 UTC 2021\n"
        "To: build at lists.example.org\n\nDate: Wednesday, 10 March 2021\nTime: 16:00 UTC\nLocation: Jitsi\n"
    )
    assert (head.meeting.date, head.meeting.start_time) == (dt.date(2021, 3, 10), "16:00")


def test_a_from_line_without_an_address_or_subject_is_no_mail_header():
    head = parse_header("Tree Wardens\n\nFrom: the Parish Clerk\nDate: 10 March 2021, 7pm\n")
    assert (head.meeting.date, head.meeting.start_time) == (dt.date(2021, 3, 10), "19:00")


def test_an_online_meeting_line_with_the_date_is_the_venue_not_the_title():
    head = parse_header(
        "Harbour Ward Council\n\nLicensing Panel\n\nVirtual meeting via Teams, Monday 8 March 2021 at 2.00pm\n\n"
        "Present: Ann Lee (Chair), Raj Patel\n"
    )
    assert (head.meeting.title, head.meeting.venue, head.meeting.start_time) == (
        "Licensing Panel",
        "Virtual meeting via Teams",
        "14:00",
    )


def test_a_remote_meeting_of_a_named_body_before_the_date_stays_the_title():
    head = parse_header("Remote meeting of the Licensing Panel, Monday 8 March 2021\n")
    assert "Licensing Panel" in str(head.meeting.title)
    assert head.meeting.venue is None


def test_minutes_before_the_part_of_the_meeting_is_no_part_of_the_title():
    head = parse_header("Estates Board Minutes – Part 2\nDate: 4 May 2022\n")
    assert head.meeting.title == "Estates Board – Part 2"


def test_a_place_after_the_time_in_the_date_field_is_the_venue():
    head = parse_header("Audit Board\nDate: 4 May 2022, 10:00, Committee Room 3, County Hall\n")
    assert (head.meeting.start_time, head.meeting.venue) == ("10:00", "Committee Room 3, County Hall")


def test_a_note_after_the_time_in_the_date_field_is_no_venue():
    head = parse_header("Audit Board\nDate: 4 May 2022, 10:00, Annual Review\n")
    assert head.meeting.venue is None


def test_an_officer_listed_by_short_form_alone_who_chaired_is_the_chair():
    text = (
        "Accountability Board\nDate: 4 May 2022\nPresent:\nAnn Lee\tPCC\nRaj Patel\tChief Constable\n\n"
        "1. Welcome\nThe PCC chaired the meeting and welcomed those present.\n"
    )
    head = parse_header(text, end=text.index("1. Welcome"))
    assert head.meeting.chair == "Ann Lee"


def _attendance(head) -> dict[str, str]:
    return {p.name: p.attendance for p in head.people}


def test_a_p_slash_a_column_of_initials_gives_each_governors_attendance():
    text = (
        "Oakfield Primary School\nGoverning Board\nDate: 3 March 2021\n\n"
        "Name\tCategory\tP/A\n"
        "Mary Quinlan\tParent Governor (Chair)\tP\n"
        "Tomas Ferreira\tStaff Governor\tA\n"
        "Ruth Okoye\tCo-opted Governor\tApols\n"
    )
    head = parse_header(text)
    assert _attendance(head) == {
        "Mary Quinlan": "present",
        "Tomas Ferreira": "absent",
        "Ruth Okoye": "apologies",
    }
    assert head.meeting.chair == "Mary Quinlan"


def test_a_column_headed_by_other_initials_is_no_attendance_column():
    text = "Board\n\nName\tRole\tP/X\nMary Quinlan\tTreasurer\tP\nTomas Ferreira\tClerk\tA\n"
    assert "absent" not in _attendance(parse_header(text)).values()


def test_a_meeting_bots_speaker_list_above_the_minutes_names_the_people_present():
    text = (
        "#widgets meeting\n\nPeople present (lines said):\nqbert (40)\nzora_k (12)\n"
        "Regrets: halvard (on holiday), mjo\n"
    )
    head = parse_header(text)
    assert _attendance(head) == {
        "qbert": "present",
        "zora_k": "present",
        "halvard": "apologies",
        "mjo": "apologies",
    }


def test_a_full_name_bracketed_after_a_nick_in_regrets_is_kept_as_the_person():
    head = parse_header("Sync\n\nRegrets: tomek (Tomasz Wrona), bkumar\n")
    assert _attendance(head) == {"Tomasz Wrona": "apologies", "bkumar": "apologies"}


def test_list_rows_of_a_wiki_pages_field_table_each_open_their_own_list():
    text = (
        "Digital Board – 2021-04-06\n\n"
        "Date\t06 Apr 2021\n"
        "Attendees\t@Ines Moreau (Chair), @Karl Benning (Head of ICT)\n"
        "Apologies\t@Zara Pell (Director of Finance)\n"
        "Minutes\t@Olu Adeyemi (PMO Officer)\n"
    )
    head = parse_header(text)
    assert _attendance(head) == {
        "Ines Moreau": "present",
        "Karl Benning": "present",
        "Zara Pell": "apologies",
        "Olu Adeyemi": "in_attendance",
    }
    assert head.meeting.minute_taker == "Olu Adeyemi"


def test_rows_below_a_table_opening_with_its_attendance_label_stay_people():
    head = parse_header("Board\n\nPresent\tIvo Marsh\nSecretary\tLena Hart\n")
    assert _attendance(head) == {"Ivo Marsh": "present", "Lena Hart": "present"}
    assert head.meeting.minute_taker is None


def test_two_rows_run_together_do_not_end_the_list_below_them():
    text = (
        "Performance Board\nDate: 2 June 2022\n\nPresent:\n"
        "Imogen Clarke Victor Adair PCC Chief Constable\n"
        "Bethan Morrow\tDeputy Chief Constable (DCC)\n"
        "Colin Farrant\tChief Executive (CEx)\n"
    )
    head = parse_header(text)
    assert {"Bethan Morrow", "Colin Farrant"} <= set(_attendance(head))


def test_a_sentence_opening_with_a_name_after_a_list_still_ends_it():
    text = (
        "Performance Board\n\nPresent:\nBethan Morrow\tDeputy Chief Constable\n"
        "Colin Farrant welcomed everyone to the meeting.\n"
        "Dana Holt\tlater items\n"
    )
    head = parse_header(text)
    assert set(_attendance(head)) == {"Bethan Morrow"}


def test_the_article_before_a_post_given_first_is_no_part_of_the_role():
    text = "Present:\nThe Chief Constable (CC) – Ann Lee\nThe Chief Executive, OPCC (CEO) – Raj Patel\n"
    people = {p.name: (p.role, p.abbrev) for p in parse_header(text).people}
    assert people == {"Ann Lee": ("Chief Constable", "CC"), "Raj Patel": ("Chief Executive, OPCC", "CEO")}


def test_a_minute_heading_word_left_before_the_first_item_is_no_person():
    text = "In attendance\nMs Ann Lee – Committee Secretary (minutes)\nMINUTE 21.14 WELCOME\nThe Chair welcomed all.\n"
    head = parse_header(text, end=text.index("21.14"))
    assert [p.name for p in head.people] == ["Ann Lee"]


def test_a_name_then_a_member_post_is_an_entry_not_a_members_label():
    text = "Members present:\nAnn Lee, Lay Member (Chair)\nRaj Patel, Lay Member\nJo Hart, Finance Director\n"
    people = {p.name: p.role for p in parse_header(text).people}
    assert people == {"Ann Lee": "Lay Member", "Raj Patel": "Lay Member", "Jo Hart": "Finance Director"}


def test_a_members_label_without_a_name_still_opens_a_list():
    text = "Present:\nAnn Lee, Chair\n\nLay members\nRaj Patel\nJo Hart\n"
    assert {p.name for p in parse_header(text).people} == {"Ann Lee", "Raj Patel", "Jo Hart"}


def test_a_bracketed_time_span_under_the_date_gives_the_start_time_and_then_the_venue():
    text = (
        "Scrutiny Board\n\nMonday 3 June 2024\n\n(2.00 pm - 4.15 pm)\n\nCommittee Room 1, Town Hall, Ashby\n"
    )
    head = parse_header(text)
    assert (head.meeting.start_time, head.meeting.venue) == ("14:00", "Committee Room 1, Town Hall, Ashby")


def test_a_minutes_label_over_a_row_names_the_minute_taker():
    text = "Present:\nAnn Lee\tChair\n\nMinutes:\nRaj Patel\tGovernance Officer\n"
    head = parse_header(text)
    assert head.meeting.minute_taker == "Raj Patel"
    assert ("Raj Patel", "in_attendance") in [(p.name, p.attendance) for p in head.people]


def test_a_minutes_title_without_a_colon_names_no_minute_taker():
    text = "Present:\nAnn Lee\tChair\n\nMINUTES\nRaj Patel, Governance Officer\n"
    assert parse_header(text).meeting.minute_taker is None


def test_a_short_form_a_key_spells_out_as_a_firm_gives_no_role_or_short_form():
    text = (
        "Present:\nAnn Lee (ABL) – Chair\nRaj Patel (MKA)\nJo Hart (ABL) – minutes\n\n"
        "Key: ABL – Ashgrove Build Ltd (Contractor); MKA – Morrow Kent Architects\n"
    )
    people = {p.name: (p.role, p.abbrev) for p in parse_header(text).people}
    assert people["Ann Lee"] == ("Chair", None)
    assert people["Raj Patel"] == (None, None)


def test_a_key_of_posts_keeps_the_short_forms():
    text = (
        "Present:\nAnn Lee (HoF)\nRaj Patel (DoN)\n\nKey: HoF – Head of Finance; DoN – Director of Nursing\n"
    )
    abbrevs = {p.name: p.abbrev for p in parse_header(text).people}
    assert abbrevs == {"Ann Lee": "HoF", "Raj Patel": "DoN"}


def test_a_bulleted_next_body_line_dates_the_next_meeting():
    text = "Notes.\n\n- Next TOC: Wed Aug 21, 2019, 16:00 UTC, same Zoom link.\n"
    found = find_next_meeting(text, [], dt.date(2019, 8, 7))
    assert (found.date, found.start_time) == (dt.date(2019, 8, 21), "16:00")


def test_a_next_body_label_after_a_full_stop_in_a_notes_cell_dates_the_next_meeting():
    text = "Helen backed a joint bid in principle. Next board: Tue 14 Jul 2020, 10:00, Teams.\n"
    found = find_next_meeting(text, [], dt.date(2020, 6, 9))
    assert (found.date, found.venue) == (dt.date(2020, 7, 14), "Teams")


def test_a_bulleted_next_steps_line_with_a_date_is_no_next_meeting():
    assert find_next_meeting("- Next steps: draft by 3 May 2020\n", [], dt.date(2020, 4, 1)) is None


def test_names_joined_by_and_before_a_dashed_note_are_each_listed():
    text = (
        "Also in attendance:\nCouncillors T Ibbot and W Quarry – movers of the motion (minute 12)\n"
        "K Varley – Director of Housing\n"
    )
    people = {p.name: (p.role, p.attendance) for p in parse_header(text).people}
    assert people["T Ibbot"] == ("Councillor", "in_attendance")
    assert people["W Quarry"] == ("Councillor", "in_attendance")
    assert people["K Varley"] == ("Director of Housing", "in_attendance")


def test_a_single_name_before_a_dash_keeps_its_post():
    text = "Also in attendance:\nCouncillor T Ibbot – Cabinet Member for Parks\n"
    people = parse_header(text).people
    assert [(p.name, p.role) for p in people] == [("T Ibbot", "Cabinet Member for Parks")]


def test_an_organisation_line_over_a_committee_with_its_short_form_is_the_body():
    text = (
        "Westfold Health Partnership Trust\nFinance and Estates Committee (FEC)\n"
        "Minutes of the meeting\nTuesday 4 March 2025, 2pm, Room 3\n\nPresent: Ann Lee\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.title, meeting.body) == (
        "Finance and Estates Committee (FEC)",
        "Westfold Health Partnership Trust",
    )


def test_an_apologies_table_headed_by_its_list_reads_names_from_the_first_column():
    text = "Apologies\tInitials\tRole\nOlga Brandt\tOB\tMedical Director\nDr Tom Yeo\tTY\tLead Nurse\n"
    people = [(p.name, p.abbrev, p.attendance) for p in parse_header(text).people]
    assert people == [("Olga Brandt", "OB", "apologies"), ("Tom Yeo", "TY", "apologies")]


def test_a_term_meeting_line_is_not_the_title():
    text = (
        "Brookfield Junior School\nCurriculum and Standards Committee\nSummer 2 meeting\n"
        "Date: 12.06.23, 5pm, Library\n\nGovernors: Mrs Ann Lee (Chair)\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.title, meeting.body) == ("Curriculum and Standards Committee", "Brookfield Junior School")


def test_a_term_word_inside_a_meeting_name_is_kept():
    text = "Summer Fair Planning Meeting\nDate: 2 May 2023\n\nPresent: Ann Lee\n"
    assert parse_header(text).meeting.title == "Summer Fair Planning Meeting"


def test_a_lone_regret_among_nicks_with_a_two_letter_nick_is_a_person():
    text = "Present: ana, jo, kwame (chair)\nRegrets: lena (travelling)\nDropped in: ozzy (docs team)\n"
    people = {p.name: (p.attendance, p.role) for p in parse_header(text).people}
    assert people["lena"] == ("apologies", None)
    assert people["ozzy"] == ("in_attendance", "docs team")


def test_a_lone_lower_case_apology_after_full_names_is_no_one():
    text = "Present: Ann Lee, Raj Patel\nApologies: none\n"
    assert [p.name for p in parse_header(text).people] == ["Ann Lee", "Raj Patel"]


def test_a_post_with_and_before_a_dash_and_its_holder_is_one_person():
    text = "In attendance:\nHead of Parks and Open Spaces (HPOS) - Mira Quint\n"
    people = [(p.name, p.attendance) for p in parse_header(text).people]
    assert people == [("Mira Quint", "in_attendance")]


def test_a_meeting_in_a_chat_channel_line_gives_the_venue_and_start_time():
    text = "Docs sync — 2021-03-02\nquillkit · fortnightly docs meeting in #docs on Matrix, 17:30 UTC\n\nPresent: ana, kwame\n"
    meeting = parse_header(text).meeting
    assert (meeting.venue, meeting.start_time) == ("#docs on Matrix", "17:30")


def test_a_channel_named_outside_a_meeting_phrase_is_no_venue():
    text = "Docs sync — 2021-03-02\nQuestions go in #docs afterwards.\n\nPresent: ana, kwame\n"
    assert parse_header(text).meeting.venue is None


def test_a_plural_councillors_title_reaches_names_with_a_social_honorific():
    text = "Present: Councillors Ivo Marsh (Chair), Mrs P Tandy and Dr Wen Lo\n"
    people = {p.name: p.role for p in parse_header(text).people}
    assert people["P Tandy"] == "Councillor"
    assert people["Wen Lo"] == "Councillor"


def test_a_plural_councillors_title_does_not_reach_a_name_with_a_title_of_office():
    text = "Present: Councillors Ivo Marsh, Alderman Bea Quill\n"
    people = {p.name: p.role for p in parse_header(text).people}
    assert people["Bea Quill"] != "Councillor"


def test_an_unticked_attendee_who_sent_regrets_gives_apologies():
    text = "### Attendees\n- [x] @ivo (Ivo Marsh)\n- [ ] @bq (Bea Quill) — sent regrets, at a conference\n- [ ] @wl (Wen Lo)\n"
    people = {p.name: (p.attendance, p.role) for p in parse_header(text).people}
    assert people["Bea Quill"] == ("apologies", None)
    assert people["Wen Lo"][0] == "absent"


def test_a_dashed_note_of_the_items_attended_is_no_part_of_the_role():
    text = "In attendance: Ms Una Fell (UF) (Head of Science, Key Stage 3 – for items ABC 4.2 and ABC 4.3)\n"
    (person,) = parse_header(text).people
    assert (person.role, person.abbrev) == ("Head of Science, Key Stage 3", "UF")


def test_a_dash_inside_a_post_is_kept_in_the_role():
    text = "In attendance: Ms Una Fell (UF) (Head of Science – Key Stage 3)\n"
    (person,) = parse_header(text).people
    assert person.role == "Head of Science – Key Stage 3"


def test_a_post_broken_inside_its_bracket_before_a_dash_is_read_whole():
    text = (
        "Officers: Mr P Quayle (Director of Leisure Services), Ms R Vantongeren (Head of\n"
        "Parks – Northern Area) and Mr O Binns (Committee Clerk).\n"
    )
    people = {p.name: p.role for p in parse_header(text).people}
    assert people["R Vantongeren"] == "Head of Parks – Northern Area"
    assert people["O Binns"] == "Committee Clerk"


def test_a_dashed_label_line_below_a_list_with_its_brackets_closed_stays_a_field():
    text = (
        "Present: Mr P Quayle (Chair), Ms R Vantongeren (Treasurer), Mr O Binns (Secretary), Mrs U Fell\n"
        "Venue – Guildhall, Porthbury\n"
    )
    parsed = parse_header(text)
    assert parsed.meeting.venue == "Guildhall, Porthbury"
    assert {p.name: p.role for p in parsed.people}["U Fell"] is None


def test_a_bracketed_short_form_opening_a_line_belongs_to_the_name_before():
    text = (
        "Present: Mrs Una Fell (UF) (Chair), Mr Bo Quill (BQ) (Vice Chair), Mr Ivo Marchetti-Lowe\n"
        "(IML) (Principal), Dr Wen Lo (WL), Ms Ada Penhallow (AP)\n"
    )
    people = {p.name: (p.abbrev, p.role) for p in parse_header(text).people}
    assert people["Ivo Marchetti-Lowe"] == ("IML", "Principal")
    assert people["Wen Lo"][0] == "WL"
    assert people["Ada Penhallow"][0] == "AP"


def test_a_post_broken_off_onto_a_lone_line_ends_the_entry_above():
    text = (
        "In attendance: Ms Una Fell (UF), Assistant Principal; Mr Bo Quill (BQ), College Estates\n"
        "Manager\n"
        "Clerk: Mrs Ada Penhallow\n"
    )
    people = {p.name: p.role for p in parse_header(text).people}
    assert people["Bo Quill"] == "College Estates Manager"


def test_a_list_heading_below_a_semicolon_list_is_not_read_as_a_broken_post():
    text = (
        "In attendance: Ms Una Fell (UF), Assistant Principal; Mr Bo Quill (BQ), Estates Manager of the\n"
        "Apologies\n"
        "Mr Ivo Marsh\n"
    )
    people = {p.name: p.attendance for p in parse_header(text).people}
    assert people.get("Ivo Marsh") == "apologies"


def test_a_held_line_broken_inside_its_date_gives_date_time_and_venue():
    text = (
        "MINUTES of a meeting of the Leisure and Open Spaces Committee held on Thursday 14\n"
        "March 2019 at 2.30 pm in the Assembly Room, Guildhall, Porthbury.\n"
    )
    meeting = parse_header(text).meeting
    assert (meeting.date, meeting.start_time) == (dt.date(2019, 3, 14), "14:30")
    assert meeting.venue == "Assembly Room, Guildhall, Porthbury"


def test_a_saved_wiki_pages_site_suffix_is_no_part_of_the_title():
    text = "Release Council Meeting Minutes - Quillmoor Wiki\n2021-03-04\n\nAttendees: Una Fell, Bo Quill\n"
    assert parse_header(text).meeting.title == "Release Council Meeting"


def test_a_title_naming_a_wiki_working_group_keeps_its_words():
    text = "Wiki Working Group Meeting\n2021-03-04\n\nAttendees: Una Fell, Bo Quill\n"
    assert parse_header(text).meeting.title == "Wiki Working Group Meeting"


def test_a_place_line_under_the_date_gives_way_to_a_held_in_sentence():
    text = (
        "Wrenfield High School – Local Governing Body\n"
        "Tuesday 5 March 2019\n"
        "\n"
        "Wrenfield High School\n"
        "Local Governing Body\n"
        "Minutes of the meeting held on Tuesday 5 March 2019 at 5.30pm in the Library\n"
    )
    assert parse_header(text).meeting.venue == "Library"


def test_a_place_line_under_the_date_is_the_venue_when_nothing_else_says():
    text = "Wrenfield Parish Council\nTuesday 5 March 2019, 7pm\nVillage Hall, Wrenfield\n\nPresent: Cllr Una Fell\n"
    assert parse_header(text).meeting.venue == "Village Hall, Wrenfield"


def test_a_held_virtually_line_names_the_platform_as_the_venue():
    text = (
        "Audit Board – Minutes\n"
        "05/03/2019\n"
        "\n"
        "Office of the Harbour Commissioner for Wrenfield\n"
        "\n"
        "Audit Board\n"
        "Tuesday 5 March 2019, 10:00\n"
        "Held virtually via Microsoft Teams\n"
    )
    assert parse_header(text).meeting.venue == "Microsoft Teams"


def test_held_in_public_names_no_place_so_the_line_under_the_date_stays_the_venue():
    text = (
        "Wrenfield Health Board\n"
        "Meeting of the Finance Committee\n"
        "held in public\n"
        "Tuesday 5 March 2019, 10:00\n"
        "Committee Room 1, Orchard House, Wrenfield\n"
    )
    assert parse_header(text).meeting.venue == "Committee Room 1, Orchard House, Wrenfield"


def test_a_bracket_left_open_does_not_swallow_the_next_labelled_field():
    text = "Present: Una, Bo, Wen\nGuest: Ivo (joining for the budget item:\nScribe: Wen\n"
    parsed = parse_header(text)
    assert parsed.meeting.minute_taker == "Wen"


def _headless_people(text: str) -> list[tuple[str, str | None, str]]:
    """(name, role, attendance) for each person the header of ``text`` lists."""
    return [(p.name, p.role, p.attendance) for p in parse_header(text).people]


def test_designation_heads_the_post_column_of_a_flattened_table():
    text = (
        "Harlow Vale Water Board\nMinutes of the meeting held on 4 May 2021\n\nPresent:\n"
        "Name\nDesignation\nMs Orla Pennick\nFinance Director\nMr Bram Ketteridge\nHead of Estates\n\n"
        "1. Welcome\nThe meeting opened.\n"
    )
    assert _headless_people(text) == [
        ("Orla Pennick", "Finance Director", "present"),
        ("Bram Ketteridge", "Head of Estates", "present"),
    ]


def test_a_list_of_names_each_over_its_post_pairs_them_without_a_heading_row():
    text = (
        "Harlow Vale Water Board\nMinutes of the meeting held on 4 May 2021\n\nPresent:\n"
        "Orla Pennick\nFinance Director (FD)\nBram Ketteridge\nHead of Estates\n\n"
        "Apologies:\nIda Brenchley\nCompany Secretary\n\n1. Welcome\nThe meeting opened.\n"
    )
    assert _headless_people(text) == [
        ("Orla Pennick", "Finance Director", "present"),
        ("Bram Ketteridge", "Head of Estates", "present"),
        ("Ida Brenchley", "Company Secretary", "apologies"),
    ]


def test_a_later_list_continues_the_columns_of_the_flattened_table_above_it():
    text = (
        "Harlow Vale Water Board\nMinutes of the meeting held on 4 May 2021\n\nPresent:\n"
        "Name\nRole\nOrg\nOrla Pennick\nFinance Director\nHVWB\nBram Ketteridge\nHead of Estates\nHVWB\n\n"
        "In attendance:\nIda Brenchley\nAuditor\nMoss & Vane LLP\n\n1. Welcome\nThe meeting opened.\n"
    )
    assert _headless_people(text)[-1] == ("Ida Brenchley", "Auditor", "in_attendance")


def test_a_plain_list_of_names_one_a_line_is_not_paired_off():
    text = (
        "Harlow Vale Water Board\nMinutes of the meeting held on 4 May 2021\n\nPresent:\n"
        "Orla Pennick\nBram Ketteridge\nIda Brenchley\nTeo Marsh\n\n1. Welcome\nThe meeting opened.\n"
    )
    assert [p[0] for p in _headless_people(text)] == [
        "Orla Pennick",
        "Bram Ketteridge",
        "Ida Brenchley",
        "Teo Marsh",
    ]
    assert all(p[1] is None for p in _headless_people(text))


def test_a_bare_number_after_a_post_is_what_the_post_serves_not_an_item_attended():
    text = "Attendees:\n- Orla Pennick — release manager for 2.7\n- Bram Ketteridge (Acme) for 4\n"
    assert _headless_people(text)[0][1] == "release manager for 2.7"
    assert "for 4" not in str(parse_header(text).people[1])  # after a bracket it is the item attended


def test_a_venue_cut_by_the_wrap_of_a_long_date_line_takes_its_end_from_the_next_line():
    text = (
        "Harlow Vale Water Board\n"
        "Minutes of the Audit Committee meeting held on Monday 4 May 2021 at 14:00 in Committee Room\n"
        "2, Vale House\n\nPresent: Orla Pennick, Bram Ketteridge\n"
    )
    assert parse_header(text).meeting.venue == "Committee Room 2, Vale House"


def test_a_short_date_line_keeps_its_venue_when_a_name_line_follows():
    text = "Minutes of 4 May 2021 at 14:00 in the Library\nOrla Pennick\n\nPresent: Orla Pennick, Bram Ketteridge\n"
    assert parse_header(text).meeting.venue == "Library"


def test_the_last_two_entries_of_a_list_are_not_read_as_a_headless_table():
    text = (
        "Harlow Vale Water Board\nMinutes of the meeting held on 4 May 2021\n\nIn attendance:\n"
        "Mrs Orla Pennick – Clerk\nMr Bram Ketteridge – Treasurer\nPC Ida Brenchley\nTwo members of the public\n"
        "\n1. Welcome\nThe meeting opened.\n"
    )
    assert ("Ida Brenchley", "Two members of the public", "in_attendance") not in _headless_people(text)


def _roll(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.role, p.attendance) for p in parse_header(text).people]


def test_black_and_square_bullets_mark_list_rows_as_a_round_bullet_does():
    text = "Attendees:\n● Orla Pennick (Acme)\n▪ Bram Ketteridge\n\nNot present:\n◦ Ida Brenchley (Globex)\n"
    assert [(n, a) for n, _, a in _roll(text)] == [
        ("Orla Pennick", "present"),
        ("Bram Ketteridge", "present"),
        ("Ida Brenchley", "absent"),
    ]


def test_black_bullet_rows_take_the_kind_of_the_list_above_them():
    text = "Apologies:\n● Orla Pennick\n● Bram Ketteridge\n"
    assert {a for _, _, a in _roll(text)} == {"apologies"}


def test_a_list_set_in_two_columns_gives_each_titled_name_as_its_own_person():
    text = (
        "Present:\nCouncillor Orla Pennick (Chairman)      Councillor Bram Ketteridge\n"
        "Councillor Ida Brenchley   Councillor Tam Oduya\n"
    )
    names = [n for n, _, _ in _roll(text)]
    assert names == ["Orla Pennick", "Bram Ketteridge", "Ida Brenchley", "Tam Oduya"]
    assert parse_header(text).meeting.chair == "Orla Pennick"


def test_a_name_beside_its_post_in_an_aligned_row_is_not_two_people():
    text = "Present:\nOrla Pennick      Treasurer\nBram Ketteridge   Clerk\n"
    assert [(n, r) for n, r, _ in _roll(text)] == [
        ("Orla Pennick", "Treasurer"),
        ("Bram Ketteridge", "Clerk"),
    ]


def test_a_bracketed_post_wrapped_across_lines_is_read_whole():
    text = (
        "Officers: Orla Pennick (Head of Parks), Bram Ketteridge (Open Spaces\n"
        "Manager) and Ida Brenchley (Committee Officer)\n"
    )
    assert ("Bram Ketteridge", "Open Spaces Manager", "in_attendance") in _roll(text)
    assert "Ida Brenchley" in [n for n, _, _ in _roll(text)]


def test_a_list_paragraph_wrapped_after_a_title_or_a_comma_is_read_whole():
    text = (
        "Present: Dr Orla Pennick (Dean, Chair), Dr Bram Ketteridge (Director of Studies,\n"
        "School of Music), Professor Ida Brenchley (Head of Law), Dr\n"
        "Tam Oduya (Registrar)\n"
    )
    roll = _roll(text)
    assert ("Bram Ketteridge", "Director of Studies, School of Music", "present") in roll
    assert "Tam Oduya" in [n for n, _, _ in roll]


def test_a_one_per_line_list_after_a_first_entry_on_the_label_line_is_not_joined():
    text = "Present: Orla Pennick (Chair)\nBram Ketteridge\nIda Brenchley\n"
    assert [n for n, _, _ in _roll(text)] == ["Orla Pennick", "Bram Ketteridge", "Ida Brenchley"]


def test_a_post_first_list_without_the_cuts_each_entry_after_its_holders_bracket():
    text = (
        "Present: Chief Harbour Officer (Orla Pennick) – Chair, Chief Engineer, Port Authority (Bram Ketteridge),\n"
        "Director of Marine Safety (Ida Brenchley) – item 2 only, Committee Clerk, Port Authority (Tam\n"
        "Oduya) – minutes.\n"
    )
    head = parse_header(text)
    roll = [(p.name, p.role) for p in head.people]
    assert ("Bram Ketteridge", "Chief Engineer, Port Authority") in roll
    assert ("Ida Brenchley", "Director of Marine Safety") in roll
    assert (head.meeting.chair, head.meeting.minute_taker) == ("Orla Pennick", "Tam Oduya")


def test_a_name_first_list_with_bracketed_posts_is_not_read_post_first():
    text = "Present: Orla Pennick (Harbour Master), Bram Ketteridge (Chief Engineer, Port Authority)\n"
    assert [(p.name, p.role) for p in parse_header(text).people] == [
        ("Orla Pennick", "Harbour Master"),
        ("Bram Ketteridge", "Chief Engineer, Port Authority"),
    ]


def test_a_running_page_header_yields_the_title_to_the_title_line_below_it():
    page = "Harbour Board – Minutes\n\nSome text of the page.\n\n"
    text = "Harbour Board – Minutes\n\nPort of Wexmoor\n\nNavigation Committee\n3 May 2021\n\n" + page * 3
    lines = ["Harbour Board – Minutes", "Port of Wexmoor", "Navigation Committee"]
    assert choose_title_and_body(lines, frozenset(), text)[0] == "Navigation Committee"


def test_a_title_written_once_more_is_not_a_running_header():
    text = "Harbour Board – Minutes\nPort of Wexmoor\n\nThe Harbour Board – Minutes were signed.\nHarbour Board – Minutes\n"
    lines = ["Harbour Board – Minutes", "Port of Wexmoor"]
    assert choose_title_and_body(lines, frozenset(), text)[0] == "Harbour Board"


def test_field_table_written_one_cell_a_line_reads_every_label_over_its_value():
    text = (
        "Harbourside Logistics Ltd\n\nMeeting\nWarehouse Systems Board\nDate\nMonday 3 March 2025\n"
        "Venue\nRoom 2, Quay House\nChair\nNina Voss (NV)\nMinutes\nOlaf Brandt (OB)\n\n1. Welcome\n"
    )
    meeting = parse_header(text).meeting
    assert meeting.title == "Warehouse Systems Board"
    assert meeting.minute_taker == "Olaf Brandt"
    assert meeting.venue == "Room 2, Quay House"


def test_lone_meeting_or_minutes_heading_is_not_a_stacked_field():
    text = "Minutes\nFinance Committee\nMonday 3 March 2025\n\nPresent: Ann Lee, Raj Patel\n\n1. Welcome\n"
    meeting = parse_header(text).meeting
    assert meeting.minute_taker is None
    assert meeting.title == "Finance Committee"


def test_initials_name_post_rows_one_cell_a_line_become_one_person_each():
    text = (
        "Depot Review Group\nMonday 3 March 2025\n\nAttendees\nNV\nNina Voss\nOperations Director\n"
        "OB\nOlaf Brandt\nHead of Fleet, Northern Region\nApologies\nKE\nKarin Eide\nSafety Lead\n\n1. Welcome\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert set(people) == {"Nina Voss", "Olaf Brandt", "Karin Eide"}
    assert people["Olaf Brandt"].role == "Head of Fleet, Northern Region"
    assert people["Olaf Brandt"].abbrev == "OB"
    assert people["Karin Eide"].attendance == "apologies"


def test_capital_codes_over_names_that_they_do_not_abbreviate_are_not_initials_rows():
    text = "Depot Review Group\nMonday 3 March 2025\n\nAttendees\nHR\nNina Voss\nOperations Director\n\n1. Welcome\n"
    people = parse_header(text).people
    assert not any(p.abbrev == "HR" for p in people)


def test_bare_nick_among_nicks_with_real_names_is_a_person_named_by_the_nick():
    text = (
        "Infra Steering Call\nWhen: 2024-05-02\n"
        "Present: rgupta (Ravi Gupta, chair), lena (Lena Ortiz), pjm, obi (Obi Eze), karsten\n\n1. Agenda\n"
    )
    people = {p.name: p for p in parse_header(text).people}
    assert {"pjm", "karsten"} <= set(people)
    assert people["Ravi Gupta"].role == "chair"
    assert people["Lena Ortiz"].abbrev == "lena"


def test_lower_case_post_after_a_full_name_stays_its_role_not_a_nick():
    text = "Estates Committee\nDate: 2 May 2024\nPresent: Ann Lee (AL), treasurer, Raj Patel\n\n1. Agenda\n"
    people = {p.name: p for p in parse_header(text).people}
    assert set(people) == {"Ann Lee", "Raj Patel"}


def test_title_line_ending_in_place_and_time_gives_venue_and_start_time():
    text = (
        "Brackenford Borough Council\n\nLicensing Committee – Committee Room 3, Town Hall, 7.15 pm\n"
        "Wednesday, 9th April, 2025\n\nPresent: Councillors Ann Lee (Chair) and Raj Patel\n\n1. Apologies\n"
    )
    meeting = parse_header(text).meeting
    assert meeting.title == "Licensing Committee"
    assert meeting.venue == "Committee Room 3, Town Hall"
    assert meeting.start_time == "19:15"


def test_title_dash_before_a_name_without_time_gives_no_venue():
    text = "Governing Board – Larchfield Primary School\nWednesday, 9th April, 2025\n\n1. Apologies\n"
    meeting = parse_header(text).meeting
    assert meeting.venue is None


def test_vice_chair_mark_in_post_cell_of_tab_row_is_dropped_like_the_chair_mark():
    text = (
        "Larchfield Primary School\nDate:\tMonday 3 March 2025\n\nAttendance\n"
        "Name\tGovernor type\nMrs Ann Lee\tCo-opted Governor (Chair)\nMr Raj Patel\tParent Governor (Vice Chair)\n"
        "Ms Jo Hart\tStaff Governor\n\n1. Welcome\n"
    )
    roles = {p.name: p.role for p in parse_header(text).people}
    assert roles == {
        "Ann Lee": "Co-opted Governor",
        "Raj Patel": "Parent Governor",
        "Jo Hart": "Staff Governor",
    }


def _people_in_head(head) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.role, p.attendance) for p in head.people]


def test_table_row_of_two_names_joined_by_a_slash_gives_each_their_own_post():
    head = _head_of(
        "Name\tCapacity\nAnn Lee\tChair\n"
        "Raj Patel / Jo Kim\tHead of Audit / Head of Estates (item 4)\n"
        "Mia Holt\tGovernance Officer\n\n1. Welcome\nHello.\n"
    )
    assert _people_in_head(head) == [
        ("Ann Lee", "Chair", "present"),
        ("Raj Patel", "Head of Audit", "present"),
        ("Jo Kim", "Head of Estates", "present"),
        ("Mia Holt", "Governance Officer", "present"),  # the list goes on past the merged row
    ]


def test_table_row_of_slashed_names_sharing_a_plural_post_gives_each_the_singular():
    head = _head_of(
        "Name\tCapacity\nAnn Lee\tChair\nRaj Patel / Jo Kim\tFinance Officers, County Council\n\n1. Welcome\nHello.\n"
    )
    assert _people_in_head(head)[1:] == [
        ("Raj Patel", "Finance Officer, County Council", "present"),
        ("Jo Kim", "Finance Officer, County Council", "present"),
    ]


def test_table_row_of_one_name_with_two_slashed_posts_stays_one_person():
    head = _head_of(
        "Name\tRole\nAnn Lee\tParent Governor / Vice Chair\nRaj Patel\tHeadteacher\n\n1. Welcome\nHi.\n"
    )
    assert [p.name for p in head.people] == ["Ann Lee", "Raj Patel"]
    assert head.people[0].role == "Parent Governor / Vice Chair"


def test_apology_sentence_repeating_from_before_a_later_name_reads_that_name_and_its_post():
    head = _head_of(
        "Present: Cllr Ann Lee (Chair)\n\n1. Apologies\n"
        "Apologies were received from Cllr Raj Patel (illness) and from Mr T Okoro (Co-opted Parent Representative).\n"
    )
    away = [(n, r) for n, r, a in _people_in_head(head) if a == "apologies"]
    assert away == [("Raj Patel", "Councillor"), ("T Okoro", "Co-opted Parent Representative")]


def test_apology_sentence_reason_or_body_in_brackets_is_no_role():
    head = _head_of(
        "Present: Cllr Ann Lee (Chair)\n\n1. Apologies\n"
        "Apologies were received from Jo Kim (holiday) and Mia Holt (Westford Borough Council).\n"
    )
    assert [(n, r) for n, r, a in _people_in_head(head) if a == "apologies"] == [
        ("Jo Kim", None),
        ("Mia Holt", None),
    ]


def test_member_recorded_as_absent_only_in_the_text_is_listed_absent():
    head = _head_of(
        "Present: Cllr Ann Lee (Chair), Cllr Raj Patel\n\n1. Apologies\n"
        "Apologies were received from Cllr Jo Kim. Cllr Tom Wu was absent and no apologies had been received.\n"
    )
    assert ("Tom Wu", "Councillor", "absent") in _people_in_head(head)


def test_absent_sentence_about_a_listed_member_a_surname_or_a_part_adds_no_one():
    head = _head_of(
        "Present: Cllr Ann Lee (Chair), Cllr Raj Patel\nAbsent: Cllr Tom Wu\n\n1. Apologies\n"
        "Cllr Wu was absent. Mr Kim was absent. Dr Mia Holt was absent for item 3.\n"
        "Sadly Jo Lane was absent.\n"
    )
    assert [n for n, _, _ in _people_in_head(head)] == ["Ann Lee", "Raj Patel", "Tom Wu"]


def test_a_bracketed_code_shared_by_members_with_posts_is_their_body_not_an_abbreviation():
    head = parse_header(
        "Attendees:\nLena Ortiz (KRI) - work package 2 lead\nOmar Haddou (KRI) - data steward\n"
        "Petra Lund (NWU) - work package 3 lead\nYuki Sato (NWU)\nApologies: Ivo Brandt (MTEC)\n"
    )
    assert [(p.name, p.abbrev) for p in head.people] == [
        ("Lena Ortiz", None),
        ("Omar Haddou", None),
        ("Petra Lund", None),
        ("Yuki Sato", None),
        ("Ivo Brandt", None),
    ]


def test_a_post_code_shared_by_two_holders_stays_their_abbreviation():
    head = parse_header(
        "Present:\nMaya Fenn, Non-Executive Director (NED)\nKarl Obi, Non-Executive Director (NED)\n"
        "Rosa Hale (RH), Minute Secretary\n"
    )
    assert [(p.name, p.abbrev) for p in head.people] == [
        ("Maya Fenn", "NED"),
        ("Karl Obi", "NED"),
        ("Rosa Hale", "RH"),
    ]


def test_a_code_spelling_the_body_that_ends_the_role_is_not_the_persons_abbreviation():
    head = parse_header(
        "In attendance:\nDr Noor Kassim, Clinical Lead, Westvale Community Health Partnership Board (CHPB)\n"
        "Ben Tarrant, Head of the Regional Flood Forecasting Office (RFFO)\n"
    )
    assert [(p.name, p.abbrev) for p in head.people] == [("Noor Kassim", None), ("Ben Tarrant", None)]


def test_a_code_spelling_a_second_post_after_and_stays_the_abbreviation():
    head = parse_header(
        "In attendance:\nIda Kerr, Assistant Head and Designated Safeguarding Lead (DSL)\n"
        "Tom Vale, Deputy Clerk and Responsible Financial Officer (RFO)\n"
    )
    assert [(p.name, p.abbrev) for p in head.people] == [("Ida Kerr", "DSL"), ("Tom Vale", "RFO")]


def test_project_name_before_its_steering_council_leaves_the_title():
    text = "Quernstone Steering Council\n\nDate: 2031-03-04\n\n## Agenda\n- one\n"
    meeting = parse_header(text, text.index("## Agenda")).meeting
    assert (meeting.title, meeting.body) == ("Steering Council", "Quernstone")


def test_place_name_before_a_town_council_stays_in_the_title():
    text = "Wexcombe Town Council\n\nDate: 4 March 2031\n\n1. Apologies\nNone.\n"
    assert parse_header(text, text.index("1. Apologies")).meeting.title == "Wexcombe Town Council"


def test_initials_of_the_organisation_written_out_below_leave_the_title():
    text = (
        "WFA Audit Committee – Minutes\n4 March 2031\n\nWestmoor Fire Authority\n\n"
        "Present: Cllr Ann Reed (Chair)\n\n1. Apologies\nNone.\n"
    )
    meeting = parse_header(text, text.index("1. Apologies")).meeting
    assert (meeting.title, meeting.body) == ("Audit Committee", "Westmoor Fire Authority")


def test_initials_of_a_system_not_an_organisation_stay_in_the_title():
    text = (
        "ERP Steering Committee\n4 March 2031\n\nKestle Mills Ltd\n\n1. Enterprise Resource Planning rollout\n"
        "The Enterprise Resource Planning system went live.\n"
    )
    assert parse_header(text, text.index("1. Enterprise")).meeting.title == "ERP Steering Committee"


def test_call_field_naming_only_a_video_service_gives_the_venue():
    text = "# Gorsebrook TSC\n\n**Date:** 2031-03-04\n**Call:** Zoom (link in the project calendar)\n\n## Agenda\n- one\n"
    assert parse_header(text, text.index("## Agenda")).meeting.venue == "Zoom (link in the project calendar)"


def test_call_field_giving_the_date_sets_no_venue_from_it():
    text = "# Gorsebrook TSC\n\n**Call:** 2031-03-04, 15:00 UTC\n\n## Agenda\n- one\n"
    meeting = parse_header(text, text.index("## Agenda")).meeting
    assert (str(meeting.date), meeting.start_time, meeting.venue) == ("2031-03-04", "15:00", None)


def test_a_merged_row_of_two_names_then_their_two_posts_in_a_flattened_table_gives_two_people():
    text = (
        "Ashcombe Harbour Trust\nMinutes of the meeting held on 9 March 2022\n\nPresent:\n"
        "Name\nRole\nWilma Strand\nDirector of Operations (DO) (Chair)\nOtto Brinkley\nFenna Lodge\n"
        "Treasurer, AHT (TR)\nSecretary, AHT (SEC)\nCorin Vale\nPilot (PL)\n\n1. Welcome\nThe meeting opened.\n"
    )
    result = parse_header(text)
    assert _headless_people(text) == [
        ("Wilma Strand", "Director of Operations", "present"),
        ("Otto Brinkley", "Treasurer, AHT", "present"),
        ("Fenna Lodge", "Secretary, AHT", "present"),
        ("Corin Vale", "Pilot", "present"),
    ]
    assert result.meeting.chair == "Wilma Strand"


def test_a_run_of_names_with_one_post_too_few_is_not_paired_off_as_a_merged_row():
    text = (
        "Ashcombe Harbour Trust\nMinutes of the meeting held on 9 March 2022\n\nPresent:\n"
        "Name\nRole\nOtto Brinkley\nFenna Lodge\nTreasurer\nCorin Vale\n\n1. Welcome\nThe meeting opened.\n"
    )
    got = {p[0]: p[1] for p in _headless_people(text)}
    assert got.get("Otto Brinkley") is None and got.get("Fenna Lodge") is None


def test_a_plain_list_of_names_under_present_is_not_read_as_merged_table_rows():
    text = (
        "Ashcombe Harbour Trust\nMinutes of the meeting held on 9 March 2022\n\nPresent:\n"
        "Otto Brinkley\nFenna Lodge\nCorin Vale\nWilma Strand\n\n1. Welcome\nThe meeting opened.\n"
    )
    assert _headless_people(text) == [
        ("Otto Brinkley", None, "present"),
        ("Fenna Lodge", None, "present"),
        ("Corin Vale", None, "present"),
        ("Wilma Strand", None, "present"),
    ]


def test_a_flattened_two_column_table_without_a_merged_row_reads_a_name_then_its_post():
    text = (
        "Ashcombe Harbour Trust\nMinutes of the meeting held on 9 March 2022\n\nPresent:\n"
        "Name\nRole\nOtto Brinkley\nTreasurer (TR)\nFenna Lodge\nSecretary\n\n1. Welcome\nThe meeting opened.\n"
    )
    assert _headless_people(text) == [
        ("Otto Brinkley", "Treasurer", "present"),
        ("Fenna Lodge", "Secretary", "present"),
    ]
