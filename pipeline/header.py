"""Stage: parse the header block (meeting facts, people, abbreviations) and the next meeting.

The header is the text before the first agenda item. Field labels ("Date:", "Chair:",
"Venue", "Minutes:", "Clerk:") and attendance labels ("Present:", "Attendance:", "In
attendance:", "Apologies:", "Absent:") are data (``FIELD_LABELS`` here, ``ATTENDANCE_LABELS``
and the other shared word lists in :mod:`pipeline.lexicon`), so a new house style is a new row,
not new code. People are read from every common layout:
TAB-separated tables, comma and semicolon lists, one per line, "Cllr X (Chair)", "Name, Role
(ABBR)", initials in brackets, and merged table rows holding two names and two roles.

Dates are found with patterns for the forms minutes use and normalised with python-dateutil.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from dateutil import parser as dateparser

from pipeline.lexicon import (
    ATTENDANCE_LABELS,
    AWAY_GROUPS,
    BODY_MEMBER_GROUPS,
    CANNOT_ATTEND,
    CHAIR_WORDS,
    COMMAND_LEVELS,
    CONVENER_WORDS,
    COUNTRY_CODES,
    DEPARTMENT_WORDS,
    HEADING_ONLY_LABELS,
    HONORIFICS,
    LEGISLATOR_TITLES,
    MEMBERSHIP_CATEGORIES,
    MONTHS,
    PARTY_MARKS,
    POST_QUALIFIERS,
    RANKS_IN_FULL,
    RECIPIENT_LABELS,
    ROW_BULLETS,
    WEEKDAYS,
    alternation,
    attendance_kind,
    month_number,
    weekday_number,
)
from pipeline.schema import HeaderResult, Item, Meeting, NextMeeting, Person

DATE_PATTERNS = (
    re.compile(
        rf"\b(?:{WEEKDAYS},?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?({MONTHS})\.?,?\s+"
        r"(\d{4})\b",
        re.I,
    ),
    re.compile(rf"\b(?:{WEEKDAYS},?\s+)?({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
    re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"),  # European: "10.10.2024", day first
    re.compile(rf"\b(\d{{1,2}})-({MONTHS})-(\d{{4}})\b", re.I),  # "04-Oct-2023", as business systems print it
)
TIME_PATTERN = re.compile(
    r"(?<![\d/.:])(?:@|at|from|time:?|commencing|starting)?\s*"
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?(?![\d/%]|\.\d)",
    re.I,
)

# A "Title:" or "Meeting:" field names the meeting only near the top of the header: further down it
# is a paper's or a statement's title.
TITLE_FIELD_LINES = 8
# The secretary or clerk of the body meeting, who keeps its minutes: a minute taker's field label and an
# officer's label alike ("Committee Secretary: Ann Lee").
_BODY_SECRETARY_LABELS = ("committee secretary", "committee clerk", "board secretary")
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "date": ("date", "date and time", "meeting date", "when", "date of meeting", "call"),
    "time": ("time", "start time", "start", "meeting time", "time of meeting"),
    "venue": (
        "venue",
        "location",
        "place",
        "where",
        "held at",
        "meeting place",
        "meeting venue",
        "meeting location",
    ),
    "chair": (
        "chair",
        "chairman",
        "chairperson",
        "chaired by",
        "in the chair",
        "chair person",
        "facilitator",
        "facilitated by",
        "moderator",
        "moderated by",
        "running the call",
        "running the meeting",
        "host",
        "hosted by",
        "convenor",
        "convener",
        "chairs",
        "presiding",
        "presided by",
        "presiding officer",
        "meeting chair",
        "cathaoirleach",  # the chair of an Irish council or municipal district
    ),
    "minute_taker": (
        "minutes",
        "minute taker",
        "minutes taken by",
        "minuted by",
        "clerk",
        "secretary",
        "notes",
        "note taker",
        "scribe",
        "recorded by",
        "record by",  # "Record by" over the note taker in a decision record's header table
        "minutes by",
        "minutes recorded by",
        "minute-taker",
        "notetaker",
        "note-taker",
        "notes taken by",
        "notes by",
        "taking notes",
        "scribes",
        "minute secretary",
        "recording secretary",  # a US body's officer who takes the minutes
        "minuting",
        "recorder",
        *_BODY_SECRETARY_LABELS,
    ),
    "body": (
        "organisation",
        "organization",
        "org",
        "body",
        "committee",
        "school",
        "company",
        "project",
        "organisation name",
        "organization name",
    ),
    "title": ("title", "meeting title", "meeting", "meeting name", "name of meeting"),
}
ORG_WORDS = re.compile(
    r"\b(council|trust|office|authority|university|police|commissioner|foundation|charity|school|academy|"
    r"association|ltd|limited|plc|project|club|college|service|federation|society|nhs|inc|community|institute)\b",
    re.I,
)
MEETING_WORDS = re.compile(
    r"\b(committee|meeting|board|panel|cabinet|senate|forum|call|sub-committee|assembly|agm|steering|"
    r"council meeting|governing body|working group|wg|teleconference|telecon|telcon|sync|stand-?up)\b",
    re.I,
)
# Lower-case particles inside surnames ("Fenna de Groot", "Jan van der Berg").
NAME_PARTICLES = (
    "de",
    "da",
    "del",
    "della",
    "der",
    "den",
    "di",
    "du",
    "van",
    "von",
    "la",
    "le",
    "bin",
    "ter",
    "dos",
    "Ó",  # Irish surname particles: "Seán Ó Murchú", "Áine Ní Bhriain"
    "Ní",
    "Nic",
    "Uí",
)
# Capitalised words, the last of two letters or more; initials before it may be bare single letters
# ("Cllr J Smith", "A B Jones") as well as dotted ("J. Smith") or whole names.
# Capital letters a name may start with: A-Z and the accented and other Latin, Greek and Cyrillic
# capitals ("Áine", "Órla", "Ōta", "Łukasz"), as a character class body.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper() and c.isalpha())
_NAME = re.compile(
    rf"^(?:[{CAPITALS}]\s+){{0,3}}[{CAPITALS}][\w'’.-]+"
    rf"(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+){{0,2}}[{CAPITALS}][\w'’.-]+){{0,3}}$"
)
_INITIALS = re.compile(r"^[A-Z]{2,4}$")
# A short form with a digit among its capitals: "Y1L" (Year 1 Lead); two capitals at least, so a
# quarter or a year group ("Q3", "Y5") is not one (see _role_code).
_CODE_WITH_DIGIT = re.compile(r"^(?=[A-Z]*\d)(?=(?:[A-Z0-9]*[A-Z]){2})[A-Z][A-Z0-9]{1,4}$")


# An attendance label limited to some items, with their numbers: "In attendance for item 3:",
# "Also present for items 4 and 5:", "Joined for item 4:". The numbers keep it out of the plain label
# pattern; the label is the attendance before them (those who joined for an item are in attendance).
_FOR_ITEM_LABEL = re.compile(
    r"^(in\s+attendance|also\s+present|also\s+in\s+attendance|attending|joined|joining)\s+for\s+(?:agenda\s+)?items?"
    r"\s+[\w.]{1,6}(?:\s*(?:,|and|&|-|–)\s*[\w.]{1,6}){0,3}\s*:\s*(.*)$",
    re.I,
)


def _label_of(line: str) -> tuple[str | None, str]:
    """Split "Label: value" (or "- Label value" for a known label); returns (label, value)."""
    core = line.strip().lstrip(f"-*·{ROW_BULLETS}").strip()
    m = (
        re.match(r"^([A-Za-z][A-Za-z /&()-]{1,40}?)(?:\s*:\s*|\s+[–—-]\s*)(.*)$", core)
        or (
            # a label with a long bracketed note: "Chair (appointed by the Environment Agency): Ann Lee"
            re.match(r"^([A-Za-z][A-Za-z /&-]{1,30}?\s*\([^()]{1,80}\)):\s*(.*)$", core)
            if "):" in core
            else None
        )
        or (CANNOT_ATTEND.match(core) if "t " in core[:12] else None)
        or (_FOR_ITEM_LABEL.match(core) if "tem" in core[:48] else None)
    )
    if m and m.group(1).lower() in ("joined", "joining"):  # "Joined for item 4: SB": came for that item only
        return "in attendance", m.group(2).strip()
    if m:
        return _plain_label(m.group(1)), m.group(2).strip()
    low = core.lower()
    if re.match(r"^\S+\s+(of|held|for|to|and)\b", low):
        return None, core
    if low in ATTENDANCE_LABELS:
        return low, ""  # a whole label on its own line ("ABSENT WITH APOLOGY"), not "Absent" and a name
    for label in _BARE_LABELS:
        if (
            low.startswith(label + " ")
            and len(label) > 3
            and not _names_a_thing(core[len(label) :])
            and not _PAST_VERB_NEXT.match(core[len(label) :])
        ):
            return label, core[len(label) :].strip()
    return None, core


# A lower-case past-tense verb after a label word: "Members agreed that ...", "Governors noted the
# report" is a sentence about the group, not a colon-less label and its list.
_PAST_VERB_NEXT = re.compile(r"\s+[a-z]+ed\b")


def _names_a_thing(rest: str) -> bool:
    """Whether what follows a colon-less label is one noun naming a body, a place or a record, so that
    the label word starts a name: "Staff Forum", "Members Group", "Staff Room", and the heading
    "Attendance Details" (modern.gov's) over the lists, which names no one."""
    words = rest.split()
    return len(words) == 1 and bool(
        BODY_NOUNS.fullmatch(words[0])
        or EVENT_WORDS.fullmatch(words[0])
        or _PLACE_WORDS.fullmatch(words[0])
        or _RECORD_WORDS.fullmatch(words[0])
    )


# One word naming a record or its page rather than a person: "Details", "Record", "Register".
_RECORD_WORDS = re.compile(r"(?i:details|record|register|list|sheet|summary)")


def _plain_label(label: str) -> str:
    """A label as looked up: lower case, a bracketed note dropped unless it is all there is
    ("Secretary (minutes)" -> "secretary"; "Present (remote)" -> "present")."""
    low = label.strip().lower()
    bare = re.sub(r"\s*\([^)]*\)\s*", " ", low).strip()
    return bare or low


# Labels recognised without a colon ("Venue Meeting Room 1.38", "Minutes taken by X"), longest
# first; "body"/"committee" and the title's labels are left out because they also start titles and
# venues ("Committee Room 2, Civic Centre", "Meeting Room 1"), and so are labels that also open a
# sentence ("Together with the Clerk, …", "Call to order") or a heading ("SECRETARIAT IN ATTENDANCE").
_BARE_LABELS = sorted(
    (
        {
            label
            for field, labels in FIELD_LABELS.items()
            if field not in ("body", "title")
            for label in labels
        }
        | set(ATTENDANCE_LABELS)
    )
    - {
        "here",
        "presiding",
        "participating",
        "recorder",
        "on the call",
        "together with",
        "call",
        *HEADING_ONLY_LABELS,
    },
    key=len,
    reverse=True,
)


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first date in ``text`` with its span, in any form minutes use."""
    best: tuple[dt.date, int, int] | None = None
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            value = _to_date(m)
            if value is not None and (best is None or m.start() < best[1]):
                best = (value, m.start(), m.end())
                break
    return best


def _to_date(m: re.Match) -> dt.date | None:
    raw = re.sub(r"\bsept\b", "Sep", m.group(0), flags=re.I)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            return dt.date.fromisoformat(raw)
        cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", raw, flags=re.I).replace(",", " ")
        return dateparser.parse(cleaned, dayfirst=True, fuzzy=True, default=dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


# A 24-hour time written as four digits with "hrs" ("1930 hrs", "0900 hours"), as services write it.
_HOURS_TIME = re.compile(r"(?<![\d/.:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hrs|hours|h)\b", re.I)


def find_time(text: str) -> str | None:
    """A clock time as HH:MM (24h): "@ 10:30", "10.30 am", "7pm", "19:00", "1930 hrs"."""
    for m in TIME_PATTERN.finditer(text):
        h, mins, ampm = m.group("h"), m.group("m"), m.group("ampm")
        if mins is None and ampm is None:
            continue
        if mins is not None and ampm is None and "." in m.group(0) and int(h) < 7:
            continue
        hour = int(h)
        if ampm:
            if ampm.lower().startswith("p") and hour < 12:
                hour += 12
            if ampm.lower().startswith("a") and hour == 12:
                hour = 0
        return f"{hour:02d}:{int(mins or 0):02d}"
    hours = _HOURS_TIME.search(text) if "h" in text.lower() else None
    return f"{hours.group('h')}:{hours.group('m')}" if hours else None


def _is_affiliation(note: str) -> bool:
    """Whether a note is a proper name with no role word ("Larkspur Bank", "Independent"): the
    company or standing an open-source attendee list writes after a handle. A note in lower case
    ("docs", "RFC author") or in capitals ("SRE") says what the person does there, and stays their role."""
    words = note.split()
    if note.strip().lower() == "independent":  # "(@hsato, independent)": no company, still no role
        return True
    return (
        bool(words)
        and all(w[:1].isupper() and any(c.islower() for c in w) for w in words)  # not "SRE", a post's code
        and (not ROLE_WORDS.search(note) or bool(_COMPANY_SUFFIX.search(note)))  # "Opengrid Ltd"
    )


# A note saying what a visitor attended for: "for topic 5", "for item 3", "for agenda item 7".
_ATTENDED_FOR_NOTE = re.compile(r"for\s+(?:the\s+)?(?:agenda\s+)?(?:items?|topics?|minutes?|part)\b", re.I)


def _visitor_affiliation(note: str, notes: list[str], note_group: dict[str, int]) -> bool:
    """Whether ``note`` names the organisation a visitor comes from: a proper name with no role word
    (``_is_affiliation``) in the same brackets as what they attended for ("Lena Marsh (Tilecraft, for
    topic 5)"). Someone invited for one item is introduced by where they come from; a post written
    there keeps a role word ("(Finance Manager, for item 4)") and stays the role."""
    group = note_group.get(note.strip())
    return _is_affiliation(note) and any(
        _ATTENDED_FOR_NOTE.match(other.strip()) and note_group.get(other.strip()) == group for other in notes
    )


# The legal form a company's name ends with: "Opengrid Ltd", "Kartwell GmbH", "Acme Inc."
_COMPANY_SUFFIX = re.compile(r"\s(?:Ltd|Limited|GmbH|Inc|LLC|LLP|Plc|plc|AG|BV|SA|SAS|Pty)\.?$")


# The ranks of a council's elected members, as their titles give them: one holding an office of the
# meeting keeps the rank in the role ("Alderman Raj Patel (Chair)" -> "Alderman, Chair").
ELECTED_RANKS = ("Councillor", "Alderman")


def _clean_name(raw: str) -> tuple[str, str | None, str | None, bool]:
    """Strip honorifics and bracketed notes from a name; returns (name, role, abbrev, is_chair)."""
    text = raw.strip().strip(",;").strip()
    role: str | None = None
    abbrev: str | None = None
    is_chair = False
    office: str | None = None  # a chair's office as written in a note ("Chairman")
    chair_note: str | None = None  # a note naming the office of chair ("Chair", "TSC chair")
    text = _NOT_A_PERSON_TAIL.sub("", text).strip()
    if " for " in text or " from " in text:
        text = _ATTENDING_FOR_TAIL.sub("", text)
    text = _handle_first(text)
    text, abbrev = _nick_first(text)  # "tomek (Tomasz Wrona)": the nick is her short form
    if "," in text:  # cheap gate: "Ann Lee, MD", "Raj Patel, RN, MSN"
        text = _POST_NOMINALS.sub("", text)
    trailing = _TRAILING_HANDLE.search(text) if "@" in text else None
    if trailing:  # "Ana Silva (Acme) @asilva": the handle written after the name
        text = text[: trailing.start()]
    presiding = _PRESIDING_TAIL.search(text)
    in_the_chair = bool(presiding) and "chair" in presiding.group(0).lower()
    if presiding:  # "Councillor Ann Lee in the Chair", "Dr Ray Holt presiding"
        text, is_chair = text[: presiding.start()].strip(), True
    role_first = _ROLE_NOTE_NAME.match(text) if "(" in text else None
    if role_first and ROLE_WORDS.search(role_first.group("office")):  # "Site Rep (Glebe Field) Tom Oduya"
        return role_first.group("name"), role_first.group("role"), None, is_chair
    groups, text = _bracket_groups(text)
    notes = [n for group in groups for n in _split_outside_brackets(group)]
    note_group = {n.strip(): i for i, group in enumerate(groups) for n in _split_outside_brackets(group)}
    ordered: list[str] = []  # the role notes and a bare chair note, in the order written
    takes_minutes = False
    for note in notes:
        note = note.strip()
        low = note.lower()
        if not note or low.startswith(_NOTE_SKIP) or _LIMITED_ATTENDANCE.fullmatch(note):
            continue
        if _STANDS_IN_NOTE.match(note) or _COVERED_BY.fullmatch(note):  # "(substitute for Cllr Ann Lee)",
            continue  # "(Dev covering infra)": who stands in for whom, no role
        if _is_party_mark(note, text):
            continue  # "Cllr Ann Lee (Lab)": a councillor's party, no short form and no role
        if low in _TAKER_NOTES or _secretary_after_post(low, role):
            takes_minutes = True
            continue
        if abbrev and abbrev.startswith("@") and _is_affiliation(note):
            continue  # "(@obondar, Bramblecloud)": the employer after a handle is no role
        if _visitor_affiliation(note, notes, note_group):
            continue  # "(Tilecraft, for topic 5)": where a visitor comes from is no role
        # the chair's office itself, kept as written: "(Chair)", a Scottish council's "(Convener)"
        chair_office = low in CHAIR_WORDS or low in CONVENER_WORDS
        if _AND_CHAIR.search(note) or _CHAIR_AND.match(note) or _CHAIR_OF_BODY.fullmatch(note):
            is_chair = True  # "(Member and Chair)", "(Chair and Treasurer)", "(Chair of Governors)"
            role = role or note
        elif (
            chair_office
            or low in ("chair of the meeting", "in the chair", "chairing", "presiding member", "presiding")
            or _CHAIR_NOTE.search(low)
        ):
            is_chair = True
            in_the_chair = in_the_chair or low == "in the chair"
            if chair_office or _chair_bracket_after_post(low, note_group[note], role, ordered, note_group):
                office = note if chair_office else "Chair"
                ordered.append(office)
            chair_note = (
                note if low not in ("chair of the meeting", "in the chair", "chairing") else chair_note
            )
        elif _is_nick_of(
            note, text
        ) or (  # a chat nick made from the name ("Ann Lee (annl)"), or a short form
            (_is_abbrev(note) or _is_post_code(note) or _qualified_post_code(note, role))
            and not (abbrev or "").startswith("@")
            # "(CFO, OPCC)": capitals after a short form in the same brackets are its body, unless they
            # are the person's initials ("(Chief Financial Officer, CFO, MA)")
            and not (abbrev and note_group[note] == note_group.get(abbrev) and note != _initials(text))
            and not _is_nick_of(abbrev or "", text)
            and not _body_after_post(note, role, text)
            and not _governor_category(note, text)
        ):
            abbrev = note
        else:  # several role notes read as one role: "(Supplier Manager, ICT)"
            post, code = _role_and_initials(note)
            abbrev = abbrev or code  # "(Associate Dean Education (ADE), Chair)": the post's short form
            note = post if code and abbrev == code else note
            # "(Head of Maths – for items 5 and 6)": the items attended for are no part of the post
            note = _strip_role_notes(note) or note
            role = f"{role}, {note}" if role else note
            ordered.append(note)
    if role and office and len(ordered) > 1:  # "(Co-opted Governor, Chair)": the office is part of the role
        role = ", ".join(ordered)
    words = text.split()
    ranks: list[str] = []
    while len(words) > 2 and (_is_rank(words[0]) or _command_level(words)):
        ranks.append(words.pop(0))
    if ranks and _rank_opens_post(ranks, words):  # "Chief Fire Officer Ann Lee (CFO)": one post, kept whole
        words, ranks = ranks + words, []
    if ranks and _is_full_rank(" ".join(ranks)):  # "Chief Inspector Ann Lee (Police Scotland)"
        role, abbrev = _rank_and_body(" ".join(ranks), " ".join(words[-2:]), role, abbrev)
    if len(words) > 2 and words[0].lower() == "the" and words[1].lower().strip(".") in HONORIFICS:
        words.pop(0)  # "The Revd Canon Ann Lee"
    while len(words) > 1 and words[0].lower().strip(".") in HONORIFICS:  # alone, "RT" is initials
        honorific = HONORIFICS[words.pop(0).lower().strip(".")]
        if honorific:
            ranks.append(honorific)
    if len(words) >= 3 and not any(r in ELECTED_RANKS for r in ranks):
        title, words = _title_before_name(words)  # "City Manager Ann Lee"
        if title:
            ranks = [r for r in ranks if r] + [title]
            is_chair = is_chair or title.lower() in CHAIR_WORDS  # "Chairperson Gwen Tallis"
    # "Councillor", or a council's kind before it ("County Councillor"): an elected member
    member = " ".join(ranks) if 1 <= len(ranks) <= 2 and ranks[-1].split()[-1] in ELECTED_RANKS else None
    if member and role and _CIVIC_OFFICE.match(role):
        role = f"{member}, {role}"  # "Cllr Ann Lee (Vice-Chair)": a councillor holding the office
    elif member and office:
        role = role or f"{member}, {office}"  # "Councillor Ann Lee (Chairman)", "Alderman Raj Patel (Chair)"
    elif member and in_the_chair:
        role = role or f"{member}, Chair"  # "Councillor Ann Lee in the Chair": a councillor chairing
    if ranks:
        role = role or " ".join(RANKS_IN_FULL.get(r.lower().strip("."), r) for r in ranks)
    role = role or chair_note  # "Ann Lee (TSC chair)": the office is her role
    if in_the_chair and not role:
        role = "Chair"  # "Ann Lee (AL) in the Chair" with no post: the office she holds is her role
    if trailing:  # the handle is the short form; a short bracketed word ("(Acme)") is then the role
        role = role or abbrev
        abbrev = trailing.group("handle")
    if takes_minutes:  # kept on the role for minute_taker_from_roles, which takes it off again
        role = f"{role} (minutes)" if role else "(minutes)"
    if words and len(words[-1]) > 3 and words[-1][-1] == "." and words[-1][-2].islower():
        words[-1] = words[-1][:-1]  # a list's closing full stop ("... and K Lee."), not an initial or "Jr."
    return " ".join(words), role, abbrev, is_chair


def _chair_bracket_after_post(
    low: str, group: int, role: str | None, ordered: list[str], note_group: dict[str, int]
) -> bool:
    """Whether an "(in the Chair)" note stands in brackets of its own after the post's brackets
    ("Professor Ann Lee (Provost) (in the Chair)"), so it marks the post as "(Chair)" there does:
    "Provost, Chair". Inside the post's brackets ("(Provost, in the Chair)") it is left as it was."""
    return low == "in the chair" and bool(role) and all(note_group.get(o) != group for o in ordered)


def _rank_opens_post(ranks: list[str], words: list[str]) -> bool:
    """Whether the rank words read before a name only open a longer post written before it ("Chief"
    of "Chief Fire Officer Ann Lee", "Assistant Chief" of "Assistant Chief Fire Officer Raj Patel"):
    the post is then the title, and a bracketed short form after the name is its own, not a body's."""
    title = _title_before_name(ranks + words)[0]
    return title is not None and len(title.split()) > len(ranks)


def _secretary_after_post(low: str, post: str | None) -> bool:
    """Whether a "Secretary" note follows the person's post in the same brackets ("(Faculty Governance
    Officer, Secretary)"): the committee's secretary, who keeps its minutes, so a minute taker's mark and
    not part of the role. Alone, or after a note that is no post ("(Lot 3, Secretary)"), the
    secretary is an officer of the body and keeps the role."""
    return low == "secretary" and bool(post and ROLE_WORDS.search(post))


# A post's initials in capitals then the word they are qualified by: "MD Retail", "OD Finance".
_CODE_THEN_QUALIFIER = re.compile(r"(?P<code>[A-Z]{2,5}) [A-Z][a-z]+")


def _qualified_post_code(note: str, role: str | None) -> bool:
    """Whether a note written after a post in the same brackets is that post's initials qualified by a
    word ("Managing Director, Retail Banking, MD Retail": "MD Retail"), and so the post's short form;
    two ordinary capitalised words ("IT Services") are not, as their capitals spell no post before."""
    m = _CODE_THEN_QUALIFIER.fullmatch(note)
    if m is None or not role:
        return False
    return m.group("code") == _initials(_split_outside_brackets(role)[0])


def _clipped_post_word(note: str, post: str) -> bool:
    """Whether a one-word note is a word of the post cut short ("Sec" for Secretary, "Treas")."""
    low = note.lower()
    return any(w.lower().startswith(low) and w.lower() != low for w in _LETTER_WORD.findall(post))


def _is_qualifier_word(note: str, post: str) -> bool:
    """Whether a bracketed note after a post is one ordinary capitalised word that narrows it ("Chief
    Finance Officer (Fire)", "Head of Finance (Adults)"), which stays in the role, rather than a short
    form: it has one capital, and is no word of the post cut short ("Secretary (Sec)")."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}", note)) and not _clipped_post_word(note, post)


def _body_after_post(note: str, post: str | None, name: str) -> bool:
    """Whether a note in capitals written after a post in the same brackets names the body the post
    serves ("Chief Executive, OPCC", "Supplier Manager, ICT"), and so belongs to the role, rather than
    the post's or the person's short form ("Headteacher, HT", "Head of Internal Audit, AM"): a short
    form starts with the initial of a forename, as initials are written forename first, or spells
    out of the post, its letters in order, so "Peter Osei (Chief Finance Officer, OPCC)" and "Ann Lee
    (Head of Midwifery, HRH)" have no short form there."""
    if not post or len(note) < 3 or not (note.isalpha() and note.isupper()):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in HONORIFICS]
    if note[0] in {word[0].upper() for word in words[:-1] or words}:
        return False
    return not _spells_code(note, post)


# A short form in square brackets after a post, "Chief Constable [CC]": the post's abbreviation.
_SQUARE_CODE = re.compile(r"\s*\[(?P<code>[A-Z][A-Za-z]{1,5})\](?=\s*(?:,|$))")


def _square_bracket_code(role: str | None) -> tuple[str | None, str | None]:
    """A role with its square-bracketed short form taken out ("Police and Crime Commissioner [PCC],
    Chair" -> ("Police and Crime Commissioner, Chair", "PCC")); the role unchanged and None when it has
    no such code or more than one."""
    if not role or "[" not in role:
        return role, None
    codes = list(_SQUARE_CODE.finditer(role))
    if len(codes) != 1:
        return role, None
    return (_SQUARE_CODE.sub("", role).strip(" ,") or None), codes[0].group("code")


# A role with a bracketed qualifier written before the holder's full name: "Site Rep (Mill Lane) Ann Lee",
# "Deputy Chief Fire Officer (DCFO) Ann Lee" (a post of up to five words).
_ROLE_NOTE_NAME = re.compile(
    r"^(?P<role>(?P<office>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4})\s+\([^()]+\))"
    r"\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$"
)


def _title_before_name(words: list[str]) -> tuple[str | None, list[str]]:
    """A job title written before a full name with nothing between ("Finance Director Karen Lowe",
    "Mayor Pro Tem Greg Haines", "Student Board Member Ali Grant") split off: (title, name words).
    The title must end in a role word and the rest be a name of two or three capitalised words."""
    # a name of two or three words: cuts further left could only end in "not a title" (no need to try them)
    for cut in range(len(words) - 2, max(len(words) - 4, 0), -1):
        head, name = words[:cut], words[cut:]
        last = " ".join(head[-2:]).lower()
        # "Clerk to the Board": an office held to a body; "Director of Adult Social Services" is left whole
        office_of = len(head) >= 3 and bool(ROLE_WORDS.fullmatch(head[0])) and head[1].lower() == "to"
        if not (
            ROLE_WORDS.fullmatch(head[-1]) or last == "pro tem" or office_of or _post_of_a_field(head, name)
        ):  # "Clerk to the Board"
            continue
        # every word of the title capitalised, or a two-word "Committee member"
        capitalised = head[0][:1].isupper() if len(head) <= 2 else False
        if len(name) > 3 or not (
            capitalised or all(w[:1].isupper() for w in head if w.lower() not in _SMALL_WORDS)
        ):
            return None, words
        joined = " ".join(name)
        if _NAME.match(joined) and not ROLE_WORDS.search(joined) and not ORG_WORDS.search(joined):
            return " ".join(head), name
        return None, words
    return None, words


def _post_of_a_field(head: list[str], name: list[str]) -> bool:
    """Whether ``head`` is a post over a field of work ("Vice Chancellor for Finance and
    Administration") before ``name``: a role word, "for" or "of", then words ending in a field's
    noun, with no such noun in the name, so "Director of Adult Social Services" stays whole. Two
    fields joined by "and" close the post whatever their nouns ("Head of Policy and Commissioning")."""
    two_fields = len(head) >= 4 and head[-2] == "and"
    if not (head[-1].lower() in DEPARTMENT_WORDS or two_fields) or any(
        w.lower() in DEPARTMENT_WORDS for w in name
    ):
        return False
    link = next((k for k, w in enumerate(head) if w in ("for", "of")), None)
    return link is not None and link > 0 and any(ROLE_WORDS.fullmatch(w) for w in head[:link])


def _post_then_name(part: str) -> bool:
    """Whether a comma part of a list is a post written before its holder's full name ("Board
    Secretary Ann Lee", "Vice Chancellor for Finance Raj Patel"): a new person, not the role of
    the name before it."""
    words = part.split()
    return len(words) >= 3 and "(" not in part and _title_before_name(words)[0] is not None


# The offices of a council's members, kept after "Councillor": "Councillor, Vice-Chair",
# "Councillor, Town Mayor", and the member who leads a review group's work: "Councillor, Lead Member"
# (a cabinet portfolio, "Lead Member for Housing" included, is a role of its own and is not).
_CIVIC_OFFICE = re.compile(
    r"^(?:vice[- ]?|deputy\s+)?(?:chair(?:man|person|woman)?|conven[eo]r|(?:town\s+|city\s+)?mayor)$|"
    r"^lead\s+member$",
    re.I,
)


# A rank written as a short form before a full name: "ACC Daniel Fenwick", "T/ACC Rhys Lloyd".
_RANK_SHORT = re.compile(r"(?:[A-Z]/)?[A-Z]{2,5}")


def _is_rank(word: str) -> bool:
    """A rank before a name: "Supt", "DCI", "T/ACC", and a temporary or acting rank written with
    its prefix ("T/Supt", "A/Insp")."""
    low = word.lower().strip(".")
    return low in RANKS or bool(_RANK_SHORT.fullmatch(word)) or (low[1:2] == "/" and low[2:] in RANKS)


def _command_level(words: list[str]) -> bool:
    """Whether a name's words open with the level of a fire service's command rank followed by
    "Commander" and a full name ("Group Commander Ann Lee"): the level is then part of the rank."""
    return len(words) > 3 and words[0].lower() in COMMAND_LEVELS and words[1].lower() == "commander"


def _rank_and_body(
    rank: str, name: str, role: str | None, abbrev: str | None
) -> tuple[str | None, str | None]:
    """A ranked officer's notes read as the service they serve: "Chief Inspector Ann Lee (Police
    Scotland)" is a "Chief Inspector, Police Scotland" and "Station Commander Ann Lee (SFRS)" a
    "Station Commander, SFRS" (a code that abbreviates neither her name nor her rank is her
    service's); a note that is itself a post ("(Local Police Commander)") is left as her role.
    Returns the (role, abbrev) to keep."""
    if abbrev and not abbrev.startswith("@") and not _abbreviates(abbrev, name, rank):
        role, abbrev = (f"{role}, {abbrev}" if role else abbrev), None
    if role and not _names_a_post(role):
        role = f"{rank}, {role}"
    return role, abbrev


def _is_full_rank(role: str) -> bool:
    """Whether a role read from before a name is a police or fire rank written in full ("Chief
    Superintendent", "Group Commander"), not a short form or a councillor's title."""
    words = role.lower().split()
    return bool(words) and all((w in RANKS and w not in _SHORT_RANKS) or w in COMMAND_LEVELS for w in words)


# The role words that name a unit of an organisation, not a post held in it: "Rural Crime Team",
# "Department of Surgery". A ranked officer listed with a unit holds the rank as their post.
_UNIT_WORDS = frozenset({"team", "department", "directorate", "group"})


def _names_a_post(text: str) -> bool:
    """Whether ``text`` names a post by a role word ("Head of Crime", "Operations Officer"), beyond
    the unit it belongs to ("Rural and Wildlife Crime Team" names none): a ranked officer listed with
    a post is known by the post, one listed with a unit by the rank and the unit."""
    return any(m.group(0).lower() not in _UNIT_WORDS for m in ROLE_WORDS.finditer(text))


def _unit_after_rank(entry: str, part: str) -> bool:
    """Whether ``part`` names the unit or service of the ranked officer ``entry`` names in full, on a
    line of its own ("Chief Inspector Ann Lee, Force Contact Centre"): the rank marks one officer, so
    a part with no title or rank of its own is where they serve, not a second person."""
    name, rank, _, _ = _clean_name(entry)
    return rank is not None and _is_full_rank(rank) and len(name.split()) >= 2 and not _clean_name(part)[1]


# The short forms among the ranks ("Supt", "DCI"): an officer so written is listed by the post alone.
_SHORT_RANKS = frozenset({"supt", "insp", "sgt", "ch", "det", "pcso", "dci"})


_POST_AND_NOTE = re.compile(r"(?P<post>[^()]+?)\s*\((?P<note>[^()]+)\)")


def _rank_post_body(rank: str, post: str, name: str) -> str:
    """The role of a ranked officer listed with a post that names no role word: the rank, the post,
    and the service a bracketed note names ("Chief Superintendent Ann Lee, Local Police Commander
    (Police Scotland)" -> "Chief Superintendent, Local Police Commander, Police Scotland"). (With a
    role word, "Inspector Ann Lee, Operations Officer", train minutes drop the rank: not asked.)
    A note that abbreviates the post or the person is left in brackets for the abbreviation."""
    m = _POST_AND_NOTE.fullmatch(post.strip())
    if (
        m
        and not _abbreviates(m.group("note"), name, m.group("post"))
        and not _ROLE_NOTE.match(f"({m.group('note')})")
    ):
        return f"{rank}, {m.group('post')}, {m.group('note')}"
    return f"{rank}, {post}"


def _bracket_groups(text: str) -> tuple[list[str], str]:
    """The top-level bracketed notes of ``text`` and the text without them, nested brackets kept
    inside their note: "Dr Colin Marsh (Associate Dean (Education), ADE)" -> (["Associate Dean
    (Education), ADE"], "Dr Colin Marsh")."""
    if "(" not in text:
        return [], text.strip()
    groups: list[str] = []
    outside: list[str] = []
    depth, current = 0, []
    for ch in text:
        if ch == "(":
            if depth:
                current.append(ch)
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth:
                current.append(ch)
            else:
                groups.append("".join(current))
                current = []
        elif depth:
            current.append(ch)
        else:
            outside.append(ch)
    if current:  # an unclosed bracket: its text stays a note
        groups.append("".join(current))
    return groups, re.sub(r"\s+", " ", "".join(outside)).strip()


# Degrees and credentials written after a name, which are not part of it: "Ann Lee, MD",
# "Raj Patel, RN, MSN", "Dr Jo Kim, PhD"; honours such as "JP", "MH" (Hong Kong) likewise.
POST_NOMINALS: tuple[str, ...] = (
    "MD", "DO", "RN", "MSN", "BSN", "NP", "PA-C", "PhD", "DPhil", "MBA", "MPH", "DNP", "APRN", "LCSW",
    "PharmD", "DDS", "JD", "CPA", "FRCP", "FRCS", "MRCP", "MRCGP", "OBE", "MBE", "CBE", "KC", "QC", "Esq",
    "JP", "MH", "BBS", "SBS", "GBS",
)  # fmt: skip
_POST_NOMINAL = rf"(?:,\s*(?:{'|'.join(POST_NOMINALS)})\.?)+"
_POST_NOMINALS = re.compile(rf"{_POST_NOMINAL}$")
# The same credentials inside a comma list of people, each followed by the next person or the end.
_LISTED_POST_NOMINAL = re.compile(rf"(?<=[a-z]){_POST_NOMINAL}(?=\s*(?:,|$))")
# A handle closing an entry that names the person first: "Ana Silva (Acme) @asilva".
_TRAILING_HANDLE = re.compile(r"(?<=[\w)])\s+(?P<handle>@[\w.-]*\w)\s*$")
_PRESIDING_TAIL = re.compile(r"\s*[,–—-]?\s+(?:in\s+the\s+chair|presiding)\s*\.?$", re.I)
_HANDLE_FIRST = re.compile(
    r"^(?P<handle>@[\w.-]+)\s*\((?P<name>[^,()@]+?)(?:,\s*(?P<note>[^()]*))?\)(?P<rest>.*)$"
)


def _is_nick_of(note: str, name: str) -> bool:
    """Whether a bracketed note is the person's chat nick: one lower-case word of letters and
    digits that contains their first name or surname ("sigrunh" for Sigrún Halldórsdóttir,
    "pzielinski" for Piotr Zieliński), not a note such as "(minutes)" or "(remote)"."""
    if not re.fullmatch(r"[a-z][a-z0-9_]{2,19}", note):
        return False
    folded = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z]+", folded)
    parts = [w for w in words if len(w) >= 3]
    return len(parts) >= 2 and (any(w in note for w in parts) or _spelled_by_prefixes(note, words))


def _spelled_by_prefixes(nick: str, words: list[str], *, long_piece: bool = False) -> bool:
    """Whether a nick is the starts of some of the name's words in order, one of them at least three
    letters long ("rafag" for Rafael Guimarães: "rafa" + "g"; "jsmi" for John Smith): how nicks are
    commonly made."""
    if not nick:
        return long_piece
    return any(
        _spelled_by_prefixes(nick[k:], words[i + 1 :], long_piece=long_piece or k >= 3)
        for i, word in enumerate(words)
        for k in range(1, min(len(word), len(nick)) + 1)
        if nick.startswith(word[:k])
    )


# Words that make a bracketed name a body's ("Open Ledger Collective"), not a person's.
_BODY_NAME = re.compile(rf"{ORG_WORDS.pattern}|\b(?:collective|group|network|labs?|partners|fund)\b", re.I)


# A handle, a dash, then the person's full name and any note: "@ana – Ana Kovačić (joined late)", as a
# pad's attendance list writes each line.
_HANDLE_DASH_NAME = re.compile(
    r"^(?P<handle>@[\w.-]*\w)\s+[–—-]\s+(?P<name>[^,()@]+?)\s*(?:\((?P<note>[^()]*)\))?(?P<rest>)$"
)


def _handle_first(text: str) -> str:
    """Chat-style entries put the handle first: "@ana (Ana Kovačić, docs)" or "@ana – Ana Kovačić
    (docs)" -> "Ana Kovačić (@ana, docs)"."""
    m = _HANDLE_FIRST.match(text) or (_HANDLE_DASH_NAME.match(text) if text.startswith("@") else None)
    if not m or not _NAME.match(m.group("name").strip()) or _BODY_NAME.search(m.group("name")):
        return text  # "@hwade (Open Ledger Collective, our host)": a body, so the handle is the person
    note = m.group("note")
    if note and _ROLE_NOTE.fullmatch(f"({note})"):
        note = None  # "(joined 17:12)": when they came is no role
    notes = ", ".join(n for n in (m.group("handle"), note) if n)
    return f"{m.group('name').strip()} ({notes}){m.group('rest')}"


# A chat nick, then the person's full name in brackets, then any note: "tomek (Tomasz Wrona, release
# manager)", as an IRC meeting's participants list writes them.
_NICK_FIRST = re.compile(
    r"^(?P<nick>[a-z][a-z0-9_.|-]{2,})\s*\((?P<name>[^,()@]+?)(?:,\s*(?P<note>[^()]*))?\)$"
)


def _nick_first(text: str) -> tuple[str, str | None]:
    """An entry that puts a chat nick before the full name ("tomek (Tomasz Wrona, release manager)")
    as the name with its note ("Tomasz Wrona (release manager)") and the nick, the person's short form;
    (text, None) for anything else. A lower-case word cannot be a name, so the bracket holds it; a
    body in the bracket ("(Open Ledger Collective)") is no person's name."""
    m = _NICK_FIRST.match(text) if text[:1].islower() else None
    name = m.group("name").strip() if m else ""
    if not m or len(name.split()) < 2 or not _NAME.match(name) or _BODY_NAME.search(name):
        return text, None
    return (f"{name} ({m.group('note')})" if m.group("note") else name), m.group("nick")


# Bracketed notes that say nothing about the person's role ("for item 5", "part", "from 7.15pm").
_NOTE_SKIP = (
    "for ",
    "travelling",  # absence reasons in an apologies list: "@thanh (travelling, ...)"
    "traveling",
    "on leave",
    "on holiday",
    "annual leave",
    "unwell",
    "part",
    "from ",
    "until ",
    "left ",
    "arrived ",
    "via ",
    "online",
    "remote",
    "item",
    "by video",
    "by phone",
    "by tele",
    "non-voting",
    "off sick",
    "sick",
    "written comments",
    "comments sent",
)
# A note limiting someone's attendance to part of the meeting, ending in "only": "(item 5 only)",
# "(domestic abuse item only)", "(morning session only)". When they were there, not what they are.
_LIMITED_ATTENDANCE = re.compile(r"(?:[\w'’/.&-]+\s+){1,5}only", re.I)
# A note saying whom a member stands in for: "substitute for Cllr Ann Lee", "deputising for PN".
# Who covers for an absent person, in brackets after their name: "Ben (Dev covering infra)".
_COVER_NOTE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:is\s+)?covering\b[^()]*"
_COVERED_BY = re.compile(_COVER_NOTE)
_STANDS_IN_FOR = r"(?:(?:substitut(?:e|ing)|deputi[sz]ing|standing\s+in)\s+for|in\s+place\s+of)\s+"
_STANDS_IN_NOTE = re.compile(_STANDS_IN_FOR, re.I)
# Whose seat a substitute takes, after their name in a list of substitutes: " for Cllr L Dunstan",
# " (for Cllr L Dunstan)". The absent member is listed among the apologies, not here.
_SEAT_OF = re.compile(r"\s+\(?for\s+(?:the\s+)?[A-Z][^,;()]*?\)?(?=\s*(?:[,;]|\band\b|$))")
# A councillor's title before a name ("Cllr", "Councillor", "Alderman"): a party mark may follow the name.
_ELECTED_MEMBER = re.compile(r"^(?i:cllrs?|councillors?|alderman|aldermen)\.?\s")


def _is_party_mark(note: str, name: str) -> bool:
    """Whether a bracketed note after a councillor's name is their political party ("Cllr Ann Lee
    (Lab)", "Councillor Raj Patel (Green)"), which minutes print for every elected member: neither the
    person's short form nor a role. A note that is the person's initials ("Cllr Laura Dunn (LD)") is
    kept as their short form."""
    if note.lower() not in PARTY_MARKS or not _ELECTED_MEMBER.match(name):
        return False
    bare = [w for w in name.split() if w.lower().strip(".") not in HONORIFICS]
    return note.upper() != "".join(w[0] for w in bare).upper()


# The video-call service someone joined by, bracketed after their post: "(MS Teams)", "(Zoom)".
_MEETING_PLATFORM = r"(?:(?:MS|Microsoft)\s+)?Teams|Zoom|Skype|Webex|Google\s+Meet|GoTo\s*Meeting"


# The minutes someone attended for, by their numbers: "QAC 5/25", "QAC 5/25 and 9/25", "FB 23/14, 23/15".
_MINUTE_REFS = r"[A-Z]{2,5}\s+\d{1,3}/\d{2,4}(?:\s*(?:,|and|&)\s*(?:[A-Z]{2,5}\s+)?\d{1,3}/\d{2,4})*"


# Notes on a role that say how or for what someone attended, or which office they serve the meeting
# in, not what their role is: "(item 4)", "(agenda item 5)", ", items 25/14 and 25/15", "(part)", "(from item 22/036)",
# "(from TB 22/49)", "(left after item 7)", "(non-voting)", "(dial-in)", ", remote", ", for TSC 09/22 only", "(for minute 24/67)", "(Minutes 5 to 7)",
# "(QAC 5/25 and 9/25)", "(Secretary)", "(Clerk to the Committee)", "(substitute for Cllr Ann Lee)",
# ", deputising for PN", "(domestic abuse item only)", ", observing", ", for minute LTC/22/33(c)", "(for QPC
# 25/004(c))" (a minute's number may close on a bracketed part), "– for items 5 and 6" after a dash,
# and the meeting's word on an apology: "– accepted".
# A bare "substitute" is left: train gold keeps it
# in the role as often as it drops it.
_ROLE_NOTE = re.compile(
    r"\s*\((?:(?:for\s+)?(?:agenda\s+)?items?\s[^()]*|part|(?:from|until)\s+(?:items?\s|minutes?\s|[A-Z]{2,5}\s+\d)[^()]*|(?:left|arrived|joined)\s+(?:(?:after|at|before|during)\s|\d{1,2}[:.]\d\d\b)[^()]*|non-voting|observer|observing|remote(?:ly)?|online|by\s+(?:video|phone|tele)[^()]*|(?:by\s+|on\s+)?dial(?:l?ed)?[\s-]?in|"
    rf"via\s+[\w-]+(?:\s+[\w-]+){{0,2}}(?:\s+for\s+[^()]*)?|(?:on\s+|by\s+)?{_MEETING_PLATFORM}|quorum\s+(?:reached|present|met)|quorate|"
    r"(?:absence\s+)?(?:consent(?:ed)?(?:\s+(?:given|to|received))?|not\s+consented|no\s+consent(?:\s+given)?)|"
    rf"for\s+[^()]*(?:\([^()]*\)[^()]*)*|{_STANDS_IN_FOR}[^()]*|minutes?\s+\d[^()]*|{_LIMITED_ATTENDANCE.pattern}|{_COVER_NOTE}|"
    r"(?:written\s+)?comments\s+sent\b[^()]*|(?:clerk|secretary)(?:\s+to\s+the\s+[\w\s]+)?|[A-Z]{2,5}\s*(?:no\.?\s*)?:\s*[\w-]*\d[\w-]*|"
    rf"{_MINUTE_REFS})\)|"
    rf",\s*(?:remote(?:ly)?|online|by\s+video(?:\s+link)?|for\s+[^,()]*\bonly|{_STANDS_IN_FOR}[^,()]*|"
    r"(?:for\s+)?(?:agenda\s+)?items?\s+\d[^()]*|observing|as\s+an?\s+observer|for\s+minutes?\s+[^\s,]+)$|"
    r"\s+[–—-]\s+(?:through|via|by)\s+(?:video|audio|tele|phone)[\w -]*$|"
    r"\s+[–—-]\s+for\s+(?:agenda\s+)?(?:items?|minutes?)\s[^()–—]*$|"
    r"\s*(?:,|\s[–—-])\s*(?:apologies\s+)?(?:accepted|received|noted|not\s+accepted)$",
    re.I,
)


def _strip_role_notes(role: str | None) -> str | None:
    """A role without notes on the person's attendance ("Head of Asset Management (item 4)" ->
    "Head of Asset Management"); None when nothing else is left."""
    if not role or not any(mark in role for mark in "(,–—-"):
        return role
    return _ROLE_NOTE.sub("", role).strip() or None


# Trailing words that follow a list of names but name nobody: "+ 23 members", "and four members of the public".
_NOT_A_PERSON_TAIL = re.compile(
    r"\s*(?:\+|\band\b|&|,)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a number of)\s+"
    r"(?:other\s+)?(?:members?|residents?|observers?|people|parishioners?|guests?|visitors?)\b.*$",
    re.I,
)


# A post's short form with its qualifier's initials in brackets: "AD(E)" for "Associate Dean
# (Education)", "AD(R&E)", "PVC(SE)"; spaced only after two capitals, "ADE (L&T)" for "Associate Dean
# Education (Learning and Teaching)", so a word and a code ("Chair (LA)") are not one.
_QUALIFIED_SHORT_FORM = re.compile(
    r"[A-Z][A-Za-z]{0,4}\([A-Z][A-Z&]{0,4}\)|(?=[a-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,4} \([A-Z][A-Z&]{0,4}\)"
)
# A post's short form in mixed case with three capitals or more, its small words kept as lower-case
# letters one at a time: "HoITO" (Head of IT Operations), "DoHRM"; not a surname ("McDonald") or a
# name of a group or product ("WebXR", "GitHub"), which run lower-case letters together.
_MIXED_CASE_SHORT_FORM = re.compile(r"[A-Z](?:[a-z]?[A-Z]){2,4}")


# A school governor's category written in capitals: a local-authority governor "(LA)", "(LEA)".
_GOVERNOR_CATEGORY_CODES = frozenset({"LA", "LEA"})


def _governor_category(note: str, name: str) -> bool:
    """Whether a bracketed code is the governor category the person holds a seat in, a role as
    "(Parent)" and "(Co-opted)" are, and not their initials ("Laura Adams (LA)")."""
    last_two = " ".join(name.split()[-2:])
    return note in _GOVERNOR_CATEGORY_CODES and note not in (_initials(name), _initials(last_two))


def _is_abbrev(note: str) -> bool:
    """Initials or a short form in brackets: "SK", "DoF", "T/ACC", "Ch Supt", "@maria"."""
    if note.startswith("@") and len(note) > 1 and " " not in note:
        return True
    if (
        _INITIALS.match(note)
        or _QUALIFIED_SHORT_FORM.fullmatch(note)
        or _MIXED_CASE_SHORT_FORM.fullmatch(note)
    ):
        return True
    # a short form: "DoF", "T/ACC", "Ch Supt"; not two ordinary words ("Town Mayor", "Vice Chair")
    m = re.fullmatch(r"([A-Z][A-Za-z]{0,3})(?:[ /-]([A-Za-z]{1,5}))?", note)
    if not m:
        return False
    first, second = m.group(1), m.group(2)
    if second and len(second) > 3 and second.islower() and note[len(first)] == "-":
        return False  # "Co-opted", "Ex-officio": one hyphenated word, not a short form
    if second is None and first[1:].islower() and ROLE_WORDS.fullmatch(first):
        return False  # "(Head, Department of History)": a post's first word, not a short form
    if second and len(second) > 3 and second[1:].islower() and ROLE_WORDS.fullmatch(second):
        return False  # "QA Lead", "HR Head": a role in two words, not a short form
    # "HoD Civil", "DoF Estates": a post's short form in mixed case, then the word it is qualified by
    mixed_case_initials = sum(c.isupper() for c in first) >= 2
    return second is None or len(first) <= 2 or first.isupper() or second.isupper() or mixed_case_initials


RANKS = {
    "district",
    "county",
    "parish",
    "town",
    "borough",
    "city",
    "chief",
    "superintendent",
    "inspector",
    "sergeant",
    "constable",
    "deputy",
    "assistant",
    "detective",
    "commander",
    "supt",
    "insp",
    "sgt",
    "temporary",
    "acting",
    "ch",
    "det",
    "pcso",
    "dci",
}


# a bracketed note that makes its person the chair: "(Committee Chair)", "(Town Mayor, in the Chair)"
_CHAIR_NOTE = re.compile(
    r"(?<!vice )(?<!vice-)(?<!deputy )\b(?:in the chair|(?:committee |meeting |board )?chair(?:man|person)?)$"
)


# The office of chair ("Chair", "Chairman", "Chairperson"), and the same naming the kind of meeting
# chaired ("Committee Chair", "Board Chairman"); lower case, for patterns read ignoring case.
_CHAIR_OFFICE = r"(?:chair|chairman|chairperson)"
_CHAIR_OF_MEETING = rf"(?:(?:committee|meeting|board)\s+)?{_CHAIR_OFFICE}"
_CHAIR_OF_BODY = re.compile(
    rf"{_CHAIR_OFFICE}\s+of\s+(?:the\s+)?(?:governors|governing\s+body|trustees|directors|board|committee)",
    re.I,
)
# The office of chair last and joined to another office, perhaps naming what is chaired: "(Member and
# Chair)", "Non-Executive Director and Committee Chair".
_AND_CHAIR = re.compile(rf"(?<!vice )(?<!vice-)(?<!deputy )\b(?:and|&)\s+{_CHAIR_OF_MEETING}\s*$", re.I)
# The office of chair first and joined to another office: "(Chair and Treasurer)", "(Chairman & Secretary)".
_CHAIR_AND = re.compile(rf"{_CHAIR_OFFICE}\s+(?:and|&)\s+\S", re.I)


# What follows "Chair," when it names the unit chaired, not a second role: "Chair, Dept of Surgery".
_CHAIR_OF_UNIT = re.compile(r"(?:dept\b|department|division|section|directorate|faculty|school of)", re.I)


# What follows "Chairman," when it names another body that its person chairs, with or without that
# body's short form: "Chairman, Medical Advisory Committee (CMAC)". The role is the whole office.
_OTHER_BODY = re.compile(
    r"\b(?:committee|council|association|union|forum|panel|group)(?:\s*\([A-Z]{2,6}\))?$", re.I
)


# A post ending in ", Chair" and then the holder's initials: "Non-Executive Director, Chair (ME)",
# "Non-Executive Director, Committee Chair (RH)".
_CHAIR_THEN_ABBREV = re.compile(rf"(?<!vice)(?<!deputy),\s*(?i:{_CHAIR_OF_MEETING})\s*\([A-Z]{{2,4}}\)\s*$")


# A post, then the office of chair after a comma: "Dean, Chair", "Trustee, Chairperson", "Chief Data
# Officer (CDO), Chair" (the short form of the post before the comma).
_POST_COMMA_CHAIR = re.compile(r"(?<=[\w)]),\s*(?i:chair|chairman|chairperson|chairwoman)\s*$")


# A post, perhaps with its short form, then a dash and the office of chair: "Non-Executive Director –
# Chair", "Police and Crime Commissioner (PCC) – Chair", "Chief Operating Officer & SRO – Chair" (a
# post may end in a short form, but a bare short form is no post). Train keeps the mark after a comma (12 of 13).
# The post may carry a bracketed qualifier in words before its short form: "Associate Dean (Education)
# (ADE) – Chair", which the short form may repeat in its own brackets: "(ADE (L&T)) – Chair". A short
# form has two capitals at least, in mixed case too ("(DoF) – Chair").
_QUALIFIER_INITIALS = r"(?:\s?\([A-Z][A-Z&]{0,4}\))?"
_POST_DASH_CHAIR = re.compile(
    r"^[A-Za-z][\w'’&,. -]*[a-z](?:[\w'’&,. -]*[A-Z])?(?:\s*\([A-Z][\w'’&,. -]*[a-z]\))?"
    rf"(?:\s*\((?=[a-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{{1,5}}{_QUALIFIER_INITIALS}\))?\s+[-–—]\s*(?i:chair)\s*$"
)


# Bracketed notes closing a role: its short form or a note ("Chair of Governors (CoG)").
_TRAILING_BRACKETS = re.compile(r"(?:\s*\([^()]*\))+\s*$")


# A post's bracketed short form at its end: "Chief Operating Officer (COO)", "(ADE (L&T))".
_SHORT_FORM_AT_END = re.compile(rf"\s*\((?P<code>[A-Z][A-Za-z&]{{1,7}}{_QUALIFIER_INITIALS})\)\s*$")


def _chair_after_post(post: str) -> str:
    """A post marked as the chair written "Post, Chair", its short form moved after the mark
    ("Chief Operating Officer & SRO (COO)" -> "Chief Operating Officer & SRO, Chair (COO)") so that it
    is read as the short form of a chairing post, as "Non-Executive Director, Chair (ME)" is."""
    m = _SHORT_FORM_AT_END.search(post)
    if m is None:
        return f"{post.strip()}, Chair"
    return f"{post[: m.start()].strip()}, Chair ({m.group('code')})"


def _role_and_chair(role: str | None, *, in_cell: bool = False) -> tuple[str | None, bool]:
    """'Police and Crime Commissioner (PCC) - Chair' -> ('Police and Crime Commissioner (PCC), Chair', True)
    in a list line; in a TAB row's role cell (``in_cell``) the dashed mark is dropped, as train drops it
    there (3 documents to 1)."""
    if not role:
        return role, False
    if role.strip().lower() == "in the chair":  # "Ann Lee (AL) – in the Chair": no post but the office
        return "Chair", True
    bracket = re.search(
        r"\s*\((?:[^()]*,\s*)?(?:in the chair|(?:committee |meeting |board )?(?:chair|chairman|chairperson)|chair of the meeting)\)",
        role,
        re.I,
    )
    if bracket:  # "Non-Executive Director (Chair) (AF)"
        return (role[: bracket.start()] + role[bracket.end() :]).strip() or None, True
    if _CHAIR_THEN_ABBREV.search(role):  # "Non-Executive Director, Chair (ME)": role and short form kept
        return role, True
    if _POST_COMMA_CHAIR.search(role):  # "Dean, Chair": the post and the office, as a bracket keeps them
        return role.strip(), True
    m = re.search(
        r"(?<!vice)(?<!deputy)\s*(?:[-–—,]\s*|\()\s*(?:chair|chairman|chairperson|chair of the meeting|in the chair|presiding)\s*\)?\s*$",
        role,
        re.I,
    )
    if (
        m and not in_cell and _POST_DASH_CHAIR.search(role)
    ):  # "Non-Executive Director – Chair": kept as "…, Chair"
        return _chair_after_post(role[: m.start()]), True
    if m:
        return role[: m.start()].strip() or None, True
    unbracketed = _TRAILING_BRACKETS.sub("", role)  # "Chair of Governors (CoG)" -> "Chair of Governors"
    if role.strip().lower() in ("chair", "chairman", "chairperson") or _CHAIR_OF_BODY.fullmatch(unbracketed):
        return role.strip(), True  # "Chair", "Chair of Governors", "Chair of Governors (CoG)"
    if _AND_CHAIR.search(unbracketed):  # "Member and Chair (AR)": role kept
        return role.strip(), True
    if "," in role and _CHAIR_OF_BODY.fullmatch(
        role.rsplit(",", 1)[1].strip()
    ):  # "Trustee, Chair of Committee"
        return role.strip(), True
    lead = re.match(
        r"^(?:chair|chairman|chairperson)\s*(?P<joint>[,;&]|\band\b)\s*(?P<rest>\S.*)$", role.strip(), re.I
    )
    if lead:  # the office of chair first, then what it is joined to
        if lead.group("joint") in ("&", "and"):  # "Chairman & Managing Director": one office
            return role.strip(), True
        if _OTHER_BODY.search(lead.group("rest")):  # "Chairman, Medical Advisory Committee"
            return role.strip(), False
        if _CHAIR_OF_UNIT.match(lead.group("rest")):  # "Chair, Dept of Surgery": a unit's head
            return role, False
        if lead.group("joint") == ",":  # "Chair, trust-appointed governor": office and seat kept
            return role.strip(), True
        return lead.group("rest"), True  # "Chair; Westmere Council": the office, then the person's body
    if _BODY_CHAIR.fullmatch(role.strip()):  # "TAC Chair": the chair of the body meeting, office kept
        return role.strip(), True
    return role, False


# The chair of a body named by its initials: "TAC Chair", "TSC chairperson".
_BODY_CHAIR = re.compile(r"[A-Z]{2,6}\s+(?i:chair|chairman|chairperson)")


def _role_code(code: str, role: str) -> bool:
    """Whether ``code`` is a short form with a digit made of the role's word initials ("Y1L" for
    "Year 1 Lead"). Only against its role: alone after a name, "W3C" is an organisation."""
    initials = "".join(word[0] for word in role.split()).upper()
    return bool(_CODE_WITH_DIGIT.match(code)) and code == initials


# The minute taker's mark in brackets closing a role: "Governance Officer (AL) (minutes)".
_TRAILING_MINUTES = re.compile(
    r"\s*\((?i:minutes|notes|record|minute[-\s]+taker|note[-\s]+taker|taking\s+minutes)\)$"
)
# The same mark written after a dash at the end of a list entry: "Ann Lee (Committee Officer) – minutes".
_DASH_TAKER_MARK = re.compile(
    r"\s+[–—-]\s+(?P<mark>(?i:minutes|notes|minute[- ]taker|note[- ]taker|taking\s+minutes))\s*$"
)


# The same mark after a comma and a bracketed note, as a phrase that cannot be a post: "Ann Lee (Acme
# Ltd), taking minutes". "Ann Lee, Minute Taker" keeps it: with no other post it is her role.
_COMMA_TAKER_MARK = re.compile(r"(?<=\)),\s+(?P<mark>(?i:taking\s+(?:the\s+)?(?:minutes|notes)))\s*$")


def _bracket_taker_mark(entry: str) -> str:
    """A list entry with the minute taker's mark after a dash or comma written as the bracketed note
    the list reader knows ("Ann Lee (Committee Officer) – minutes" -> "Ann Lee (Committee Officer)
    (minutes)", "Ann Lee (Acme Ltd), taking minutes" -> "Ann Lee (Acme Ltd) (taking minutes)"), so
    that the mark is neither taken for a role nor stops the entry reading as a person."""
    entry = _COMMA_TAKER_MARK.sub(r" (\g<mark>)", entry) if "," in entry else entry
    return _DASH_TAKER_MARK.sub(r" (\g<mark>)", entry) if _SPACED_DASH.search(entry) else entry


# "Secretary" closing a list line after the person's post, written after a comma or in brackets:
# "Ann Lee, Academic Administrator, Secretary", "Ann Lee (Academic Administrator), Secretary".
_SECRETARY_AFTER_POST = re.compile(
    r"(?:,(?P<post>[^,()]+)|\s*\((?P<bracketed>[^()]+)\)),\s*(?i:secretary)\.?$"
)


def _secretary_mark(line: str, *, one_line_each: bool = True) -> str:
    """A list line whose person's post is followed by "Secretary" with the minute taker's mark in its
    place ("Ann Lee, Academic Administrator, Secretary" -> "Ann Lee, Academic Administrator (minutes)",
    "Ann Lee (Academic Administrator), Secretary" -> "Ann Lee (Academic Administrator) (minutes)"):
    the committee's secretary keeps its minutes, as "(Academic Administrator, Secretary)" in brackets
    says (``_secretary_after_post``); after no post ("Ann Lee, Secretary", "Ann Lee (AL), Secretary")
    it is her office. In a comma list (not ``one_line_each``) only the bracketed post is sure to be
    hers: "…, Academic Administrator, Secretary" may be two entries."""
    m = _SECRETARY_AFTER_POST.search(line)
    m = m if m is None or one_line_each or m.group("bracketed") else None
    post = m and (m.group("post") or m.group("bracketed"))
    if m is None or not post or not ROLE_WORDS.search(post):
        return line
    if m.group("bracketed"):
        return f"{line[: m.start()]} ({post}) (minutes)"
    return f"{line[: m.start()]},{post} (minutes)"


# A role qualified in brackets and then given its short form: "Pro Vice-Chancellor (Education) (PVC-E)".
# The short form may carry the qualifier in its own brackets: "Associate Dean (Education) (AD(E))", and
# follow an office joined by a comma: "Associate Dean (Education), Chair (ADE)"; the qualifier's
# brackets may be spaced: "Associate Dean Education (Learning and Teaching) (ADE (L&T))".
_QUALIFIED_ROLE_ABBREV = re.compile(
    r"^(?P<role>[^()]+\((?P<note>[^()]+)\)(?:,[^(),]*[^(),\s])?)\s*\((?P<abbrev>[^()\s]+(?:\s?\([^()\s]+\))?)\)$"
)


def _role_and_initials(role: str) -> tuple[str, str | None]:
    """A role closed by its bracketed initials split into the two ("Deputy Police, Fire and Crime
    Commissioner (DPFCC)" -> the role, "DPFCC"); any other role comes back whole with None."""
    if not role.endswith(")"):
        return role, None
    m = _ROLE_THEN_INITIALS.fullmatch(role.strip())
    if m and len(m.group("code")) >= 2 and m.group("code") == _initials(m.group("role")):
        return m.group("role").strip(), m.group("code")
    return role, None


_ROLE_THEN_INITIALS = re.compile(r"(?P<role>[^()]+?)\s*\((?P<code>[A-Z]+)\)")


# Two posts joined by a slash, the first with its bracketed short form: "Director of Finance (DF)/Clerk".
_SLASHED_POSTS = re.compile(
    r"(?P<first>[^()/]+?)\s*\((?P<code>[A-Z]{2,6})\)\s*/\s*(?P<second>[^()/]*[^()/\s])"
)


def _slashed_posts(role_text: str) -> tuple[str, str] | None:
    """("Director of Finance, Clerk", "DF") for "Director of Finance (DF)/Clerk": one person holding
    two posts, the short form naming the first; None unless the code is that post's initials."""
    m = _SLASHED_POSTS.fullmatch(role_text.strip()) if "/" in role_text else None
    if m is None or m.group("code") != _initials(m.group("first")):
        return None
    return f"{m.group('first').strip()}, {m.group('second').strip()}", m.group("code")


def _split_role(role_text: str) -> list[tuple[str, str | None]]:
    """'Deputy X (DPCC) Deputy Chief Constable (DCC)' -> [('Deputy X', 'DPCC'), ('Deputy Chief Constable', 'DCC')]."""
    slashed = _slashed_posts(role_text)
    if slashed:
        return [slashed]
    qualified = _QUALIFIED_ROLE_ABBREV.match(role_text.strip())
    if qualified and _is_abbrev(qualified.group("abbrev")) and not _is_abbrev(qualified.group("note")):
        # "Vice Principal (Finance and Resources) (VPFR)": the first bracket belongs to the role
        return [(qualified.group("role"), qualified.group("abbrev"))]
    post, code = _role_and_initials(role_text.strip())
    if code:
        return [(post, code)]
    parts = re.findall(r"([^()]+?)\s*\(([^)]+)\)", role_text)
    if len(parts) == 1 and _role_code(parts[0][1].strip(), parts[0][0]) and role_text.rstrip().endswith(")"):
        return [(parts[0][0].strip(" ,;"), parts[0][1].strip())]
    if any(not _is_abbrev(a.strip()) or a.strip() in DEGREES for _, a in parts):
        # a note, not an abbreviation: "PMO Lead (minutes)", "Student representative (BSc)"
        return [(role_text.strip(), None)]
    if len(parts) == 1 and _is_qualifier_word(parts[0][1].strip(), parts[0][0]):
        return [(role_text.strip(), None)]  # "Chief Finance Officer (Fire)": the bracket narrows the post
    if len(parts) >= 1 and re.sub(r"[^()]+?\s*\([^)]+\)", "", role_text).strip(" ,;") == "":
        return [(r.strip(" ,;"), a.strip()) for r, a in parts]
    return [(role_text.strip(), None)]


# Degree courses a student member studies, written in brackets after the post ("Student
# representative (MBChB)"): the course, not the post's short form.
DEGREES = frozenset(
    {
        "BA", "BSc", "BEd", "BEng", "BMus", "LLB", "MA", "MSc", "MEng", "MPhil", "MRes", "LLM", "MBA",
        "MBChB", "MBBS", "BDS", "BMedSci", "PhD", "DPhil", "EdD", "PGCE", "MPharm", "BN", "MNurs", "MPH",
    }
)  # fmt: skip


def _split_names(cell: str, count: int) -> list[str]:
    words = cell.split()
    if count <= 1 or len(words) < 2 * count:
        return [cell.strip()]
    if len(words) == 2 * count:
        return [" ".join(words[i : i + 2]) for i in range(0, len(words), 2)]
    return [cell.strip()]


# A word that initials are taken from: it opens with a letter ("Head", "Co-opted", "O'Neill").
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _initials(text: str, *, small_words: bool = False) -> str:
    """The initial capitals of the words of ``text``, small words skipped unless ``small_words``:
    "Head of Finance" -> "HF" ("HOF" with them)."""
    return "".join(
        w[0] for w in _LETTER_WORD.findall(text) if small_words or w.lower() not in _SMALL_WORDS
    ).upper()


def _abbreviates(code: str, name: str, role: str) -> bool:
    """Whether a short-form table cell can be the person's initials or handle or their role's short
    form ("HM" for Helen Marsh, "CFO" for Chief Financial Officer, "@kim"), rather than a
    delegation's country or a body's code ("NO" for Norway beside "Kari Berg | Chair")."""
    if code.startswith("@"):
        return True
    capitals = "".join(c for c in code if c.isupper())
    person = _initials(_clean_name(name)[0])
    if person and capitals[:1] == person[:1] and capitals[-1:] == person[-1:]:
        return True
    if capitals != code and code.upper() == _initials(role, small_words=True):
        return True  # "DDoN" for "Deputy Director of Nursing": the small words' letters in lower case
    return bool(capitals) and capitals == _initials(role)[: len(capitals)]


def _seat_as_role(person: Person) -> Person:
    """A legislator's seat read as a short form ("Hon. Ann Lee, MCA" -> abbrev MCA) made their role,
    and a role written after the seat ("MCA - Vice Chairperson") joined to it as one office list."""
    if person.abbrev in LEGISLATOR_TITLES and not person.role:
        person.role, person.abbrev = person.abbrev, None
    elif person.role and person.role[:4].rstrip(" -–—") in LEGISLATOR_TITLES:
        m = _SEAT_THEN_ROLE.match(person.role)
        if m and m.group("seat") in LEGISLATOR_TITLES:
            person.role = f"{m.group('seat')}, {m.group('rest')}"
    return person


_SEAT_THEN_ROLE = re.compile(r"^(?P<seat>[A-Z]{2,3})\s+[-–—]\s+(?P<rest>\S.*)$")


# The longest post a post-first row spells out: "Head of Performance and Analysis, OPCC".
ROLE_CELL_WORDS = 6


def _role_cell_first(cells: list[str]) -> bool:
    """Whether a table row gives the post before its holder ("Chairperson", "Members" then the
    name): the first cell is role words only and the second a person's full name."""
    first = re.sub(r"(?<=[a-z])s$", "", cells[0])  # "Members" holds the post "Member"
    if (
        first.endswith(":")
        or not ROLE_WORDS.search(first)
        or len(first.split()) > ROLE_CELL_WORDS
        or not first[:1].isupper()
    ):
        return False
    return not _names_person(first) and _full_name_cell(cells[1])


def _code_cell_first(cells: list[str]) -> bool:
    """Whether a table row gives a short form before its holder's full name ("PCC<TAB>Ann Lee",
    "DCC<TAB>Raj Patel (item 3)"): the short form of the post the person holds, or their initials,
    set in the first column as a register of office holders prints it. The second cell must read as
    a person's full name, so a row of two codes or a code and a body is no one's."""
    return _is_short_form_cell(cells[0]) and not cells[0].startswith("@") and _full_name_cell(cells[1])


# A short form written before its holder's name on a list line, with a bracketed note on the post
# between them: "PCC Ann Lee (Chair)", "DCC (interim) Raj Patel (online)".
_CODE_BEFORE_NAME = re.compile(r"^(?P<code>\S+)(?:\s+\([a-z][^()]*\))?\s+(?P<holder>[A-Z][a-z].*)$")


def _code_before_name(cells: list[str]) -> list[str]:
    """A one-cell entry that gives the short form of a post before its holder's full name ("ACC Ann
    Lee"), split into the code and holder cells a register's TAB row has ("ACC<TAB>Ann Lee"): the
    code is the person's short form, as in that layout, and a note on the post ("(interim)") is no
    role. A courtesy title ("DR Ann Lee") or a rank known in full ("DCI", "FF") keeps its reading
    as a title before the name. Other entries unchanged."""
    m = _CODE_BEFORE_NAME.match(cells[0]) if len(cells) == 1 else None
    if not m or _is_title_code(m.group("code")) or _post_before_holder(m.group("holder")):
        return cells
    split = [m.group("code"), m.group("holder")]
    return split if _code_cell_first(split) else cells


def _post_before_holder(holder: str) -> bool:
    """Whether the text after capitals opens with a post written in full before a name ("OPCC Chief
    Executive Ann Lee (CEx)"): the capitals then name the body the post belongs to, part of the post,
    not the holder's short form (a short form stands for the post, so it is not written beside it)."""
    words = _bracket_groups(holder)[1].split()
    return len(words) >= 3 and _title_before_name(words)[0] is not None


def _is_title_code(code: str) -> bool:
    """Whether capitals before a name are a courtesy title or a rank rather than a post's short form."""
    low = code.lower().strip(".")
    return low in HONORIFICS or low in RANKS or low in RANKS_IN_FULL


def _full_name_cell(cell: str) -> bool:
    """Whether a table cell names a person by a name of two words or more ("Ann Lee", "Dr Raj Patel
    (item 3)"), as the holder's cell after a post or its short form does."""
    return _names_person(cell) and len(_clean_name(cell)[0].split()) >= 2


# A second courtesy title in brackets after the first: "Dr. (Mrs.) Funmi Ajiboye", "Prof (Dr) Ann Lee".
_BRACKETED_HONORIFIC = re.compile(
    r"\b(?P<first>(?:Dr|Prof|Chief|Hon|Engr|Barr|Mr|Mrs|Ms)\.?)\s+\((?:Mrs|Mr|Ms|Miss|Dr|Prof|Sir|Dame)\.?\)(?=\s+[A-Z])"
)


# The label a transcript write-up gives a voice, keyed to the person at the top ("Speaker 2 = Raj
# Patel (@rpatel)", "Speaker 3: Ann Lee"): the text below quotes "Speaker 2", the key says who that is.
SPEAKER_KEY = re.compile(r"^\s*(?P<label>(?i:speaker)\s*\d{1,2})\s*(?:=|:|\s[–—-])\s*(?=\S)")


# A mark after an attendance entry that a legend explains ("attendees marked * joined remotely"): an
# asterisk or dagger closing the entry ("Deputy Chief Constable (DCC)*"), or "(R)"/"(V)" for remote or
# virtual. It says how the person attended, so it is neither part of the post nor of a short form.
_ATTENDANCE_MARK = re.compile(r"(?<=[\w).])\s?[*†‡]{1,2}$|\s+\((?:R|V)\)$")


def _without_attendance_mark(entry: str) -> str:
    """An entry without the attendance mark closing it; an entry in Markdown emphasis ("*Ann Lee*")
    keeps its closing asterisk."""
    return entry if entry.lstrip()[:1] in "*_" else _ATTENDANCE_MARK.sub("", entry.rstrip())


# A vice-chair's mark in brackets closing the category after a dash ("Ann Lee (AL) – Parent Governor
# (Vice Chair)") or a TAB row's post cell: dropped, as the chair's own mark in those layouts is.
_VICE_CHAIR_MARK = re.compile(r"\s*\((?i:vice|deputy)[- ]?(?i:chair(?:man|person|woman)?)\)\s*$")


def _entry_people(entry: str, attendance: str) -> list[tuple[Person, bool]]:
    """People in one attendance entry (a table row's cells or a list element)."""
    entry = _without_attendance_mark(entry)
    entry = _ATTENDING_FOR_TAIL.sub("", entry) if " for " in entry or " from " in entry else entry
    entry = _BRACKETED_HONORIFIC.sub(r"\g<first>", entry) if "(" in entry else entry
    dashed = _SPACED_DASH.search(entry) is not None
    entry = _HOW_ATTENDED_TAIL.sub("", entry) if dashed or "), " in entry else entry
    entry = _bracket_taker_mark(entry) if dashed else entry
    cells = _code_before_name([c.strip() for c in entry.split("\t") if c.strip()])
    out: list[tuple[Person, bool]] = []
    if len(cells) >= 2 and _role_cell_first(cells):  # "Deputy Chairperson<TAB>Graeme Pollock"
        notes = [c for c in cells[2:] if not re.match(r"(?i)(?:from|until|for|left|arrived)\b", c)]
        cells = [cells[1], re.sub(r"(?<=[a-z])s$", "", cells[0]), *notes]  # "Until 11.20am" is no post
    lead_code = cells[0] if len(cells) >= 2 and _code_cell_first(cells) else None
    if lead_code:  # "DCC<TAB>Helena Marsh": the short form of her post, then her name
        cells = cells[1:]
    if len(cells) >= 2 or lead_code:
        name_cell, rest = cells[0], cells[1:]
        short = [c for c in rest if _is_short_form_cell(c)] if len(rest) >= 2 else []
        if len(short) > 1:  # "GP | LA": the person's initials, then a seat written short (local authority)
            short = [c for c in short if c == _initials(_clean_name(name_cell)[0])] or short
        column_code = lead_code or (short[0] if len(short) == 1 else None)  # an initials or handle column
        # "Head of Midwifery (MS Teams)", "Learning from Deaths Lead (item 7)": how or for what they
        # attended is no part of the post the short-form column abbreviates
        role_cell = _strip_role_notes(" ".join(c for c in rest if c is not column_code)) or ""
        # a code that abbreviates neither the person nor the role is a country or body ("NO", "WWRF")
        column_abbrev = (
            column_code
            if column_code and (lead_code or _abbreviates(column_code, name_cell, role_cell))
            else None
        )
        role_cell, cell_chair = _role_and_chair(role_cell, in_cell=True)
        # "Parent Governor (Vice Chair)" in a post cell: the mark dropped, as the chair's own bracketed
        # mark in a TAB row is (the one train table giving both drops both)
        role_cell = _VICE_CHAIR_MARK.sub("", role_cell or "")
        roles = _split_role(role_cell)
        names = _split_names(name_cell, len(roles))
        if len(names) != len(roles):
            roles = [(role_cell, None)] if len(roles) > 1 else roles
            names = [name_cell]
        for name_raw, (role, abbrev) in zip(names, roles, strict=False):
            name, hon_role, abbr2, chair = _clean_name(name_raw)
            if name and _looks_like_name(name):
                person = Person(
                    name=name,
                    role=_strip_role_notes(role) or hon_role or None,
                    abbrev=abbrev or abbr2 or column_abbrev,
                    attendance=attendance,
                )
                out.append((person, chair or cell_chair))
        return out
    text = _role_first(_initials_first(cells[0])) if cells else ""
    # "Name, Role (ABBR)" / "Name – Role" / "Cllr Name (Chair)" / "Dr Name (SK)"
    # "Ann Lee (AL) (Co-opted) – Chair": her initials and her seat, then her office
    m = re.match(r"^(?P<name>[^,–—:(]+?(?:\s*\([^)]*\)){0,2})\s*(?:,|–|—| - )\s*(?P<role>.+)$", text)
    if (
        m
        and m.group("name").count("(") == m.group("name").count(")")
        and _looks_like_name(_clean_name(m.group("name"))[0])
    ):
        name, hon_role, abbr, chair = _clean_name(m.group("name"))
        role_text, role_chair = _role_and_chair(m.group("role").strip())
        role_text = _VICE_CHAIR_MARK.sub("", role_text) if dashed and role_text else role_text
        chair = chair or role_chair
        if abbr and (
            (_is_nick_of(abbr, name) and not ROLE_WORDS.search(role_text or ""))
            or (abbr.startswith("@") and _is_affiliation(role_text or ""))
        ):
            # "Ann Lee (annl) - Acme Cloud", "Ann Lee (@annl) – Acme Cloud": the employer after a nick
            # or handle is no role (as "(@annl, Acme Cloud)" in the brackets is none)
            role_text = None
        role_text = role_text or ""
        minutes = _TRAILING_MINUTES.search(role_text) if role_text.endswith(")") else None
        short = _POST_AND_NOTE.fullmatch(role_text[: minutes.start()]) if minutes else None
        if short and not abbr and _abbreviates(short.group("note"), name, short.group("post")):
            # "Ann Lee, Governance Officer (AL) (minutes)": her short form, then the note kept for the taker
            role_text, abbr = f"{short.group('post')} (minutes)", short.group("note")
        if hon_role and role_text and _is_full_rank(hon_role) and not _names_a_post(role_text):
            role_text = _rank_post_body(hon_role, role_text, name)  # "Chief Inspector Ann Lee, Head of X"
        role_parts = _split_role(_strip_role_notes(role_text) or "")
        role, abbrev = role_parts[0] if len(role_parts) == 1 else (role_text, None)
        if role and abbr and _department_before_initials(abbr, role, name):
            role, abbr = abbr, role  # "Ann Lee (IT) – AL": her department in capitals, then her initials
        if (
            role and not (abbr or abbrev) and _is_post_code(role)
        ):  # "Sean Mulgrew, HoIPC": the post's short form
            role, abbrev = None, role
        if role and role.lower().strip() in CHAIR_WORDS:
            chair = True
        if (
            role
            and hon_role
            and ("(" in m.group("name") or hon_role in ELECTED_RANKS)
            and _CIVIC_OFFICE.match(role)
            and not (len(hon_role.split()) > 1 and _is_affiliation(hon_role))  # "(Tessaract Systems), Chair"
        ):
            # "Ann Lee (Co-opted) – Chair": her seat, then her office; "Councillor Ann Lee – Vice Chair": a
            # councillor holding the office, as "Cllr Ann Lee (Vice Chair)" writes it
            role = f"{hon_role}, {role}"
        elif (
            role
            and hon_role
            and hon_role not in ELECTED_RANKS
            and not ROLE_WORDS.search(role)
            and not role.startswith(f"{hon_role}, ")  # the rank already put before the post above
        ):
            role = (
                f"{hon_role}, {role}"  # "Superintendent Karl Dobson, Stowbridge Police": the rank is the post
            )
        out.append(
            (
                Person(
                    name=name,
                    role=role or hon_role,
                    abbrev=_own_short_form(abbr, abbrev, name),
                    attendance=attendance,
                ),
                chair,
            )
        )
        return out
    name, role, abbrev, chair = _clean_name(text)
    # "@hwade (Acme Fund, our host)"; "@thanh (travelling)": a handle with a note that is no role
    if name.startswith("@") and _BARE_HANDLE.fullmatch(name) and (role or "(" in text):
        out.append((Person(name=name, role=role, abbrev=abbrev or name, attendance=attendance), chair))
    elif _looks_like_name(name):
        out.append((Person(name=name, role=role, abbrev=abbrev, attendance=attendance), chair))
    return out


def _own_short_form(after_name: str | None, after_post: str | None, name: str) -> str | None:
    """The short form of a person written both after the name and after the post ("Ann Lee (AL) – Chief
    Constable (CC)"): the person's own initials after the name, as the minutes then call them, over the
    post's; otherwise the post's short form, or the one given."""
    if after_name and after_post and after_name.upper() == _initials(name):
        return after_name
    return after_post or after_name


def _department_before_initials(note: str, after_dash: str, name: str) -> bool:
    """Whether a name's bracketed note in capitals is followed, after a dash, by the person's own
    initials ("Ann Lee (IT) – AL", "Raj Patel (HR) – RP"): the initials are then the short form, so the
    note is the department the person speaks for, not a second short form."""
    return (
        _INITIALS.fullmatch(after_dash) is not None
        and _initials_of(after_dash, name)
        and not _initials_of(note, name)
    )


# A post's short form: three to five capitals ("CIO", "PPMC"), or four or five and a closing small letter
# for the word its last capital starts ("SENCo", "SENDCo": Special Educational Needs Co-ordinator).
_BARE_POST_CODE = re.compile(r"[A-Z]{3,5}|[A-Z]{4,5}[a-z]")
# The second kind alone: the post's conventional short name wherever it is written, after a dash too.
_POST_NAME_CODE = re.compile(r"[A-Z]{4,5}[a-z]")


def _post_code_as_role(person: Person, text: str) -> None:
    """A bracketed post code of three or more capitals that is not the person's initials, with no
    post written out ("Ann Lee (CIO)", "Raj Patel (PPMC)"), is their role, as the corpus labels it;
    two capitals ("(VP)") stay a short form, as they are as often a person's initials, and so does a
    code written after a comma ("Ann Lee, ADQG")."""
    code = person.abbrev
    if person.role == code and code and f"({code})" in text and f", {code}" not in text:
        person.abbrev = None  # "Chair: Ann Lee (CIO)": the code already read as her office
        return
    if code and not person.role and _POST_NAME_CODE.fullmatch(code):
        person.role, person.abbrev = (
            code,
            None,
        )  # "Ann Lee – SENCo": a small letter makes it no one's initials
        return
    if person.role or not code or not _BARE_POST_CODE.fullmatch(code) or _initials_of(code, person.name):
        return
    if (
        f"({code})" in text
        and f", {code}" not in text
        and f"{code}'s" not in text
        and f"{code}’s" not in text
    ):
        person.role, person.abbrev = code, None  # "BSI's budget": a body owns things, so no post


# A role written before its holder: "the Clerk and RFO (Helen Garside)", "Deputy Town Clerk
# (minutes) – Mrs Lorna Carrow".
# A note on the holder may follow: "The Dean (Professor Ann Lee) (in the Chair)".
_ROLE_THEN_BRACKETED_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?P<role>[A-Z][^()–—,]*?)\s*\((?P<name>[^()]+)\)(?:\s*\((?P<tail>[^()]+)\))?$"
)
_ROLE_DASH_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?P<role>[A-Z][^()–—,]*?)(?:\s*\((?P<note>[^()]+)\))?\s*(?:–|—| - )\s*(?P<name>[^()]+?)"
    r"(?:\s*\((?P<tail>[^()]+)\))?$"  # "RFCC Secretariat - Ellen Fairbrother (minutes)": her note follows her
)


# A post with a qualifier after a comma, a dash, then its holder: "Chief Executive, OPCC – Meera Lakhani",
# "Assistant Chief Constable, Crime and Justice (ACC) – David Okafor".
_QUALIFIED_POST_DASH_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?P<role>[A-Z][^()–—]*?,[^()–—]*?)(?:\s*\((?P<note>[^()]+)\))?\s*(?:–|—| - )\s*"
    r"(?P<name>[^(),–—]+?)(?:\s*\((?P<tail>[^()]+)\))?$"
)


# A post whose first comma is a serial list of what it covers, closed by "and" and the post's word:
# "Police, Fire and Crime Commissioner", "Audit, Risk and Assurance Committee Chair".
_SERIAL_LIST_POST = re.compile(
    r"^[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+$"
)


def _qualified_post_dash_name(text: str) -> re.Match[str] | None:
    """The match of a post, a comma qualifier (its body or portfolio), a dash, then its holder; None
    when the post's head names a person ("Ann Lee, Chair – Finance" is name first) or the part after
    the dash is no person's full name ("Vice Chair, Ann Lee – Head of Finance")."""
    m = _QUALIFIED_POST_DASH_NAME.match(text)
    if not m:
        return None
    head = _split_outside_brackets(m.group("role"))[0]
    if _SERIAL_LIST_POST.match(m.group("role")):  # "Police, Fire and Crime Commissioner": one post
        if not ROLE_WORDS.search(m.group("role")):
            return None
    elif not ROLE_WORDS.search(head) or _is_person_part(head):
        return None
    name = m.group("name")
    if not _is_person_part(name) or len(_clean_name(name)[0].split()) < 2:
        return None
    return m


# An attendance line led by the person's initials, then a dash, the name and, after a second dash,
# the post: "AL – Ann Lee – Head of Finance" (a register that prints the initials the minutes use).
_INITIALS_DASH_NAME = re.compile(
    r"^(?P<code>[A-Z]{2,4})\s+[–—-]\s+(?P<name>[^–—()]+?)(?:\s+[–—-]\s+(?P<post>\S.*))?$"
)


# A clerking template's attendance line led by the bracketed initials the minutes then use:
# "(AL) Ann Lee, Parent Governor (Chair)".
_BRACKETED_INITIALS_NAME = re.compile(
    r"^\((?P<code>[A-Z]{2,4})\)\s+(?P<name>[^,–—()]+?)(?P<post>\s*[,–—].*)?$"
)


def _initials_first(text: str) -> str:
    """An entry that gives the person's initials before the name, rewritten as the name with its
    short form in brackets ("AL – Ann Lee – Head of Finance" -> "Ann Lee (AL) – Head of Finance",
    "(AL) Ann Lee, Governor" -> "Ann Lee (AL), Governor"); other entries unchanged. The capitals
    must be the initials of the name after them, so a post's short form before its holder
    ("CFO – Ann Lee") is left to the role-first reading."""
    stripped = text.strip()
    bracketed = _BRACKETED_INITIALS_NAME.match(stripped) if stripped.startswith("(") else None
    dashed = "–" in text or "—" in text or " - " in text
    m = bracketed or (_INITIALS_DASH_NAME.match(stripped) if dashed else None)
    if not m or not _names_person(m.group("name")):
        return text
    name = _clean_name(m.group("name"))[0]
    if len(name.split()) < 2 or not _initials_of(m.group("code"), name):
        return text
    if bracketed:
        return f"{m.group('name').strip()} ({m.group('code')}){m.group('post') or ''}"
    post = f" – {m.group('post')}" if m.group("post") else ""
    return f"{m.group('name').strip()} ({m.group('code')}){post}"


# A post opened by "the", then its holder and the short form the minutes use in one bracket, and a
# note on the holder after it: "the Chief Executive, OPCC (Ann Lee, CEx)", "the Police and Crime
# Commissioner (Ann Lee, PCC) in the Chair", "the Governance Officer (Ann Lee), minutes". The article
# says a post opens the entry, so the post may hold a comma (its body or portfolio).
_THE_POST_THEN_HOLDER = re.compile(
    r"^(?:[Tt]he\s+)?(?P<role>[A-Z][^()–—]*?)\s*\((?P<name>[^(),]+)(?:,\s*(?P<code>[^(),]+))?\)"
    r"(?:(?:,?\s+(?=[a-z])|\s+[–—]\s+)(?P<note>[A-Za-z][^()]*?))?\.?$"
)


def _the_post_then_holder(text: str) -> str | None:
    """An entry "the <post> (<holder>[, <short form>]) [note]" rewritten name first ("Ann Lee (CEx) –
    Chief Executive, OPCC"), or None. The post must hold a role word and the holder read as a person's
    full name; a note that makes the holder the chair or the minute-taker is kept, any other
    ("for the performance item") says only when they attended."""
    m = _THE_POST_THEN_HOLDER.match(text.strip())
    if not m or not ROLE_WORDS.search(m.group("role")) or _is_person_part(m.group("role")):
        return None
    name = m.group("name").strip()
    if len(_clean_name(name)[0].split()) < 2 or not _is_person_part(name):
        return None
    code = m.group("code")
    head = f"{name} ({code.strip()})" if code and _is_abbrev(code.strip()) else name
    note = (m.group("note") or "").strip()
    if note.lower() in _TAKER_NOTES:
        return f"{head} – {m.group('role').strip()} ({note.lower()})"
    chair = f" ({note})" if _CHAIR_NOTE.search(note.lower()) else ""
    return f"{head}{chair} – {m.group('role').strip()}"


def _role_first(text: str) -> str:
    """An entry that gives the role before the person, rewritten name first ("Helen Garside –
    Clerk and RFO"); other entries unchanged. The role must read as one (a role word, not a
    name) and the other part as a person's full name."""
    if text.lstrip()[:4].lower() == "the " and "(" in text:
        rewritten = _the_post_then_holder(text)
        if rewritten:
            return rewritten
    m = _ROLE_DASH_NAME.match(text.strip()) or _ROLE_THEN_BRACKETED_NAME.match(text.strip())
    if not m and "," in text and ("–" in text or "—" in text or " - " in text):
        m = _qualified_post_dash_name(text.strip())
    if not m and text.count(",") in (1, 2):  # "Assistant Superintendent, Business Services, Diane Lee"
        *role_parts, last = _split_outside_brackets(text)
        role = ", ".join(role_parts)
        if (
            role_parts
            and ROLE_WORDS.search(role_parts[0])
            and not _is_person_part(role_parts[0])
            and not _person_then_role(role_parts[0])  # "Ann Lee – Chief Financial Officer, Exec Sponsor"
        ):
            if body_holder := _body_then_holder(
                last
            ):  # "Director of Finance, Stourvale Police Ann Lee (DoF)"
                return f"{body_holder[1]} – {role}, {body_holder[0]}"
            name = _clean_name(last)[0]
            if len(name.split()) >= 2 and _is_person_part(last) and _clean_name(last)[1] is None:
                return f"{last.strip()} – {role}"
        return text
    post_code = bool(m) and bool(re.fullmatch(r"[A-Z]{2,5}", m.group("role")))  # "CFO (Rebecca Stanwick)"
    if not m or not (
        post_code or (ROLE_WORDS.search(m.group("role")) and not _is_person_part(m.group("role")))
    ):
        return text
    name = m.group("name").strip()
    if "," in name:  # "Chief of Staff (Anil Mehra, MD)": the degree is not the post
        name = _POST_NOMINALS.sub("", name)
    if len(_clean_name(name)[0].split()) < 2 or not _is_person_part(name):
        return text
    if m.groupdict().get("tail"):
        name = f"{name} ({m.group('tail')})"
    note = m.groupdict().get("note")
    if note and note.strip().lower() in _TAKER_NOTES:  # "Officer, OPCC (minutes) – Ann Lee": she takes them
        return f"{name} – {m.group('role').strip()} (minutes)"
    return f"{name} ({note}) – {m.group('role').strip()}" if note else f"{name} – {m.group('role').strip()}"


def _body_then_holder(part: str) -> tuple[str, str] | None:
    """The body and the holder of the last part of a post-first entry that names the post's body
    and then the holder with no comma between ("Stourvale Police Ann Lee (DoF)" of "Director of
    Finance, Stourvale Police Ann Lee (DoF)"): (body, holder with any brackets), or None. The body
    must end in an organisation's word and the rest be a full name of two or three words."""
    bare, _, brackets = part.strip().partition(" (")
    words = bare.split()
    ends = [i for i, w in enumerate(words) if ORG_WORDS.fullmatch(w)]
    if not ends or not 2 <= len(words) - ends[-1] - 1 <= 3:
        return None
    name = " ".join(words[ends[-1] + 1 :])
    if not (_NAME.match(name) and _is_person_part(name)) or ROLE_WORDS.search(name):
        return None
    return " ".join(words[: ends[-1] + 1]), f"{name} ({brackets}" if brackets else name


_LEADING_POST = re.compile(r"^(?P<post>[^–—()]+?)(?:\s*\([^()]+\))?\s+[–—]\s+(?P<holder>\S.*)$")


def _post_dash_holder(line: str) -> bool:
    """Whether a list line gives a post, a dash, then its holder ("Primary Care Partner Member –
    Dr Ann Lee"), although the post's capitalised words could pass for a name: the post holds a
    role word, the holder reads as a person's full name with no role word, and the line reads
    as a post then a holder (see ``_role_first``)."""
    if "–" not in line and "—" not in line:
        return False
    m = _LEADING_POST.match(line)
    if not m or not ROLE_WORDS.search(m.group("post")) or _names_person(m.group("post")):
        return False
    holder = _clean_name(m.group("holder"))[0]
    return len(holder.split()) >= 2 and _names_person(m.group("holder")) and _role_first(line) != line


# A list line giving a post, a colon, then its holder: "Deputy Chief Constable (DCC): Ann Lee".
# The chair's mark after the holder's name and a dash: "Commissioner (PCC): Ann Lee – Chair".
_HOLDER_DASH_CHAIR = re.compile(r"\s+[–—-]\s*(?i:chair(?:man|person|woman)?)\s*$")
_POST_COLON_HOLDER = re.compile(r"^(?P<post>[^:]{3,90}?)\s*:\s+(?P<holder>[^:]+)$")


def _post_colon_holder(line: str) -> str | None:
    """A list line written "Post: Holder" ("Chief Executive, OPCC (CEx): Ann Lee (Chair)")
    rewritten with a dash ("Chief Executive, OPCC (CEx) – Ann Lee (Chair)") when it reads as a
    post then a holder (see ``_post_dash_holder``), or None; an attendance or field label before
    the colon ("Apologies: Ann Lee", "Clerk: Ann Lee") is a label, not a post."""
    m = _POST_COLON_HOLDER.match(line.strip())
    if not m or attendance_kind(m.group("post").lower()) or _field_of(_plain_label(m.group("post"))):
        return None
    holder = _HOLDER_DASH_CHAIR.sub(" (Chair)", m.group("holder"))  # "Ann Lee – Chair": her mark, not a post
    dashed = f"{m.group('post')} – {holder}"
    return dashed if _post_dash_holder(dashed) else None


# A heading line that opens the agenda or the business: the attendance lists above it have ended.
_AGENDA_HEADING = re.compile(r"(?i:agenda|order\s+of\s+business|business\s+of\s+the\s+meeting)\s*:?")

# An entry giving a body, a dash, then the person representing it: "Healthwatch Leeds – Dr Ann Lee (observer)".
_BODY_DASH_HOLDER = re.compile(r"^(?P<body>[^–—()]+?)\s+[–—]\s+(?P<holder>[^–—]+)$")


def _body_dash_holder(line: str) -> str | None:
    """A list line read body first (an organisation, a dash, its representative) rewritten name first
    ("Ann Lee (observer) – Healthwatch Leeds"), or None. Both sides of such a line can pass for a name,
    so the caller asks only in a list whose other lines put the post before its holder, after
    ``_post_dash_holder`` declined the line; the holder must read as a person's full name and the body
    must open with a capital and no honorific ("Dr Ann Lee – …" is name first)."""
    m = _BODY_DASH_HOLDER.match(line)
    if not m:
        return None
    body, holder = m.group("body").strip(), m.group("holder").strip()
    name, _, _, _ = _clean_name(holder)
    if len(name.split()) < 2 or not _names_person(holder) or not body[:1].isupper():
        return None
    if body.split()[0].lower().strip(".") in HONORIFICS or any(c.isdigit() for c in body):
        return None
    return f"{_ROLE_NOTE.sub('', holder).strip()} – {body}"  # "(observer)" is no part of the role


# A role whose full stop ends the sentence of a list written as prose ("…; Ann Lee, Parent Representative."),
# not a short form's ("Acme Co.", "Dept."): the last word is a whole word of four letters or more.
_SENTENCE_STOP = re.compile(r"(?<![.\w])(?!(?i:corp|bros|dept|assoc|univ|govt|intl)\.$)[A-Za-z][a-z]{3,}\.$")

# A role ending in a dash and a short form: "Associate Dean (Education) – AD(E)", "Head of Digital Education – HDE".
# A post's short form after a dash ending the role, or before the chair's mark: "Chief Constable – CC",
# "Chief Executive, OPCC – CEx", "Deputy Commissioner – DPCC, Chair".
_DASH_CODE = re.compile(
    r"\s+[–—-]\s+(?P<code>[A-Z][A-Z()/&]{1,8}|[A-Z](?:[A-Z]{0,3}[a-z])[A-Z]?)(?P<chair>,\s*(?i:chair))?$"
)


def _spells_code(code: str, role: str) -> bool:
    """Whether the short form's letters occur in order through the role, the first being the first
    letter of one of its words ("FLPGT" in "Faculty Lead for Postgraduate Taught"): a body written
    after a post ("Chief Officer – OPCC") does not spell out of it."""
    letters = [c.lower() for c in code if c.isalpha()]
    starts = [m.start() for m in re.finditer(r"\b[A-Za-z]", role) if role[m.start()].lower() == letters[0]]
    if not starts:
        return False
    rest, at = role.lower(), starts[0] + 1
    for letter in letters[1:]:
        at = rest.find(letter, at) + 1
        if at == 0:
            return False
    return True


# A post's short form in brackets, quoted or not, straight after it and before any body the post
# belongs to: "Director of Services (DoS), Housing", 'Chief Executive Officer ("CEO")'.
_POST_BRACKET_CODE = re.compile(
    r"(?P<post>[^()\"“”]+?)\s*\(\s*[\"“]?(?P<code>[A-Z][A-Za-z]{1,7})[\"”]?\s*\)(?P<rest>\s*,\s*[^()]+)?"
)


def _names_by_initials(code: str, post: str, name: str) -> bool:
    """Whether a short form is made of the initials of the post's words, small words skipped or not
    ("DoS" for Director of Services, "FTSUG" for Freedom to Speak Up Guardian), or of the person's
    name ("SD" for Sam Doyle); a qualifier such as "(HE)" after "Student Governor" is neither."""
    capitals = "".join(c for c in code if c.isupper())
    return capitals in (_initials(post), _initials(post, small_words=True)) or _initials_of(code, name)


def _role_and_bracket_code(role: str, name: str) -> tuple[str, str | None]:
    """A role with its post's bracketed short form split into the role without it and the short form
    ("Director of Services (DoS), Housing" -> "Director of Services, Housing", "DoS"), when the short
    form spells the post or the person; other roles come back whole with None."""
    m = _POST_BRACKET_CODE.fullmatch(role.strip()) if "(" in role else None
    if m is None or not _names_by_initials(m.group("code"), m.group("post"), name):
        return role, None
    return m.group("post").strip() + (m.group("rest") or "").rstrip(), m.group("code")


def _role_and_dash_code(role: str) -> tuple[str, str | None]:
    """A role written "Post – CODE" split into the post and its short form; other roles unchanged. A
    chair's mark after the short form stays in the role ("Deputy Mayor – DM, Chair" -> "Deputy
    Mayor, Chair"), as a chair's mark does after the post."""
    m = _DASH_CODE.search(role)
    if not m or m.group("code").count("(") != m.group("code").count(")"):
        return role, None
    post = role[: m.start()].strip()
    if not post or not _spells_code(m.group("code"), post):
        return role, None
    return post + (m.group("chair") or ""), m.group("code")


# A label written in two languages, slash between: "Lleoliad / Venue:", "Yn bresennol / Present:".
_TWO_LANGUAGE_LABEL = re.compile(r"^(?P<first>[^:/]{2,40}?)\s+/\s+(?P<second>[^:/]{2,40}?)\s*:(?P<value>.*)$")

# The fewest such labels that show a whole header is written twice over.
MIN_TWO_LANGUAGE_LABELS = 2


def _known_label(label: str) -> bool:
    """Whether a label is one this parser reads: a meeting field ("Venue") or a list ("Present")."""
    low = label.strip().lower()
    return bool(_field_of(low) or attendance_kind(low))


def _label_side(lines: list[str]) -> int | None:
    """Which half (0 or 1) of "Lleoliad / Venue:" labels is the language the parser reads: the half
    that is a known label while the other is not, agreed by at least MIN_TWO_LANGUAGE_LABELS lines;
    None when the header is not written in two languages."""
    votes = [0, 0]
    for line in lines:
        m = _TWO_LANGUAGE_LABEL.match(line.strip()) if " / " in line and ":" in line else None
        if m:
            first, second = _known_label(m.group("first")), _known_label(m.group("second"))
            if first != second:
                votes[0 if first else 1] += 1
    if max(votes) < MIN_TWO_LANGUAGE_LABELS or min(votes):
        return None
    return 0 if votes[0] else 1


def _one_language(lines: list[str]) -> list[str]:
    """Header lines of a two-language header reduced to the language the labels are read in:
    "Lleoliad / Venue: Town Hall" -> "Venue: Town Hall", "Bwrdd Heddlu / Police Board" -> "Police
    Board", and a value given twice ("Dydd Mawrth 13 Rhagfyr / Tuesday 13 December") -> its half.
    Only lines split by exactly one " / " change; other lines, and headers written in one language,
    pass through unchanged."""
    side = _label_side(lines)
    if side is None:
        return lines
    out = []
    for line in lines:
        m = _TWO_LANGUAGE_LABEL.match(line.strip()) if " / " in line else None
        if m:
            label, value = m.group(("first", "second")[side]), m.group("value").strip()
            halves = value.split(" / ")
            out.append(f"{label}: {halves[side] if len(halves) == 2 else value}")
            continue
        halves = line.strip().split(" / ")
        out.append(halves[side] if len(halves) == 2 and ":" not in line and "\t" not in line else line)
    return out


# Bracketed notes saying that the person takes the minutes: "(minutes)", "(note taker)".
_TAKER_NOTES = frozenset(
    {
        "minutes",
        "notes",
        "minute taker",
        "minute-taker",
        "note taker",
        "note-taker",
        "taking minutes",
        "taking notes",
        "record",  # "(record)": keeps the record, as a decision record calls its minutes
    }
)


# A note after a person saying which items they attended for: "(…) for Item 4", "– for Items 3 to 7",
# "(…) for FB.23.51" (a minute number), "(…), for QC 25/046", "(…) – for FEC 22/56" (a minute number
# after its body's short form), "(…), for the release topic". A bare number straight after a word
# ("release manager for 1.4", "lead for 2024") is what the post serves, not an item attended.
_ATTENDING_FOR_TAIL = re.compile(
    r"(?:(?<=\))|(?<=\w))\s*[,–—-]?\s*\b(?:for|from|until)\s+(?:(?i:items?|topics?|minutes?|agenda|part)\b|"
    rf"[A-Z]{{1,4}}\.?[\d/]|{_MINUTE_REFS}|(?<![a-z] for )\d|the\s+(?:[\w'’-]+\s+){{0,4}}(?i:item|topic|discussion|session|presentation)s?$)"
    r"[^()\t]*$"
)


# How or for what a person attended, after a dash at the end of the entry: when and how they were
# there, not part of their role. The items they attended for ("Head of Safeguarding (HoS) – Item 6",
# "... – Items 4 and 5", "– Items 2.1 & 3", "– items 1 to 7", "– item 7 only"):
_ITEMS_ATTENDED = r"(?i:items?|slides?)\s+\d{1,2}(?:\.\d{1,2})?(?:\s*(?:,|and|&|to|[–-])\s*\d{1,2}(?:\.\d{1,2})?)*(?i:\s+only)?"
# the way they joined ("Ann Lee (Acme Ltd) – remote", "– by video link"), a part of the meeting ("– for
# TSC 09/22 only", "), for minute 22/33(c)"), an observer's mark ("), observing") or an absence's consent
# ("– consent given"):
_WAY_ATTENDED = (
    r"(?i:remote(?:ly)?|online|virtual(?:ly)?|by\s+(?:video|phone)(?:\s+link)?|for\s+[^()–—]*\bonly"
    r"|via\s+(?:microsoft\s+|ms\s+)?(?:teams|zoom|webex|skype|video\s+link|phone|telephone)"
    r"|(?:absence\s+)?consent\s+given|observing|as\s+an?\s+observer|for\s+minutes?\s+\S+)"
)
# After a dash, or after a comma closing a bracketed short form ("Ann Lee, Head of IT (AL), items 7–8").
# Inside the bracket of the entry's notes too: "Ann Lee (Delivery Lead, Acme – slide 5 only)".
_HOW_ATTENDED_TAIL = re.compile(
    rf"(?:\s+[–—-]|(?<=\)),)\s+(?:{_ITEMS_ATTENDED}|{_WAY_ATTENDED})\s*(?=\)?\s*$)"
)


def _is_short_form_cell(cell: str) -> bool:
    """A table cell holding only initials or a handle ("HM", "@hoyelowo", "T/ACC"), not a role; a post's
    short form may keep its small words in lower case ("DDoN" for Deputy Director of Nursing, "LfDL"), or
    close on a small letter ("CEx" for Chief Executive, "SENCo")."""
    return bool(
        re.fullmatch(
            r"@[\w.-]+|(?:[A-Z]/)?[A-Z]{2,5}|[A-Z]{2,4}/[A-Z]{2,5}|[A-Z](?:[a-z]?[A-Z]){1,4}|[A-Z]{2,4}[a-z]",
            cell,
        )
    )


_NOBODY = frozenset({"none", "nil", "n/a", "nobody", "no one"})  # "Members absent: None"
# A lone word that names a part of the minutes, left before the number of the first item when the
# heading is "MINUTE 21.14 WELCOME" and the item is read from its number: a heading, not a person.
_PART_WORDS = frozenset({"minute", "minutes", "item", "items", "agenda", "section", "appendix", "annex"})


def _looks_like_name(name: str) -> bool:
    """Capitalised words that can be a person's name; not a meeting, an organisation or a lone
    role word ("Clerk", "Chair") or field of work ("Finance") standing where a name should be."""
    if not name or not _NAME.match(name) or name.lower().rstrip(".") in _NOBODY:
        return False
    if " " not in name and (ROLE_WORDS.fullmatch(name) or name.lower() in DEPARTMENT_WORDS | _PART_WORDS):
        return False  # "Attendees: Finance, Operations, Legal": the departments that sent someone
    return not MEETING_WORDS.search(name) and not ORG_WORDS.search(name)


# A plural title before a list of names: "Council Members Ann Lee, Raj Patel" (each a Council Member).
_PLURAL_TITLE = re.compile(
    r"\b(?P<title>(?:[A-Z][a-z]+\s+)?(?:Member|Trustee|Commissioner|Governor|Supervisor|Councilmember|Director|Churchwarden)s)"
    r"\s+(?=[A-Z])"
)


def _expand_plural_title(value: str) -> str:
    """Give the names after a plural title each the singular title: "Council Members Ann Lee,
    Raj Patel and Jo Kim" -> "Council Member Ann Lee, Council Member Raj Patel, Council Member Jo Kim".
    Names that carry a title or honorific of their own end the run."""
    m = _PLURAL_TITLE.search(value)
    if not m or "," not in value[m.end() :]:
        return value
    title = m.group("title")[:-1]
    parts = _split_outside_brackets(value[m.end() :])
    first = re.split(r"\s+(?:and|&)\s+", parts[0])  # "Churchwardens Ann Lee and Raj Patel, ..."
    if len(first) == 2 and all(len(n.split()) in (2, 3) and _is_person_part(f"{title} {n}") for n in first):
        parts[:1] = first
    out = [f"{title} {parts[0]}"]
    for i, part in enumerate(parts[1:], start=1):
        names = re.split(r"\s+(?:and|&)\s+", part)
        # each name read with the title it is given, so a given name that is also a post ("Dean
        # Hart") is a person's under "Councillors"
        if not all(
            len(n.split()) in (2, 3) and _is_person_part(f"{title} {n}") and _clean_name(n)[1] is None
            for n in names
        ):
            out.extend(parts[i:])
            break
        out.extend(f"{title} {n}" for n in names)
    return value[: m.start()] + ", ".join(out)


# A group's label inside a list after a comma or semicolon, before the group's people: ", Independent
# Members: Mr Raj Patel", "; Co-opted members: Ann Lee". The label says which seats they hold, and is no one.
_INNER_GROUP_LABEL = re.compile(
    r"[,;]\s*(?:[A-Z][\w'’-]*\s+){0,2}(?i:members|representatives|co-optees|advisers|advisors)\s*:\s+(?=[A-Z])"
)


def _names_joined_by_and(line: str) -> bool:
    """Whether a list line is only names joined by "and" ("Councillors L Hextall and B Nwachukwu"):
    with no comma before the first "and" the line's first part is no name, yet every part is one."""
    if " and " not in line and " & " not in line:  # cheap gate
        return False
    parts = re.split(r",\s*|\s+(?:and|&)\s+", line)
    return len(parts) >= 2 and all(part and _looks_like_name(_clean_name(part)[0]) for part in parts)


# A spaced dash after a list line's names, the note on them after it.
_NOTE_DASH = re.compile(r"\s+[–—-]\s+")


def _joined_names_before_note(line: str) -> str | None:
    """The names of a list line giving several people joined by "and", then a spaced dash and a note
    on them all ("Councillors A Lee and R Patel – signatories to the call-in"); None for other lines.
    The note says why they came, not a post each holds ("Ann Lee – Head of Policy" gives one
    person a post), so only the names are kept; a line with no "and" before the dash is left alone, and
    so is a post with its holder after the dash ("Head of Parks and Open Spaces – Ann Lee")."""
    parts = _NOTE_DASH.split(line, maxsplit=1)
    if len(parts) != 2 or not _names_joined_by_and(parts[0]) or _opens_with_name(parts[1]):
        return None
    return parts[0]


# Where one "the <post> (<holder>)" entry of a list ends and the next begins: a comma or "and" after
# the holder's bracket (and any note on them), before "the" and a capitalised post that has a bracket.
_THE_POST_BOUNDARY = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=[Tt]he\s+[A-Z][^()]*\()")


def _the_post_holder_entries(value: str) -> list[str] | None:
    """The entries of a list written post first, each post opened by "the" and its holder in brackets
    ("the Chief Constable (Ann Lee, CC), the Chief Executive, OPCC (Raj Patel, CEx) and the Clerk (Jo
    Kim)"), or None for any other list. A comma inside a post ("Chief Executive, OPCC") and the
    lower-case "the" that opens the next one would otherwise split a post or join it to the entry
    before; so the list is cut only before "the", and only kept when every piece reads as a post
    and its holder. Written without "the" ("Chief Executive, OPCC (Raj Patel) – Chair, Clerk (Jo
    Kim)"), each entry ends at its holder's bracket and its note, and comes back name first."""
    if value.count("(") < 2:
        return None
    if value[:4].lower() != "the ":  # "Chief Executive, OPCC (Ann Lee), Clerk (Raj Patel) – minutes"
        groups = _bracketed_holder_groups(value)
        rewritten = [entry for part in groups if (entry := _the_post_then_holder(part))]
        return rewritten if len(groups) >= 2 and len(rewritten) == len(groups) else None
    parts = [part.strip() for part in _THE_POST_BOUNDARY.split(value) if part.strip()]
    if len(parts) < 2 or not all(_the_post_then_holder(part) for part in parts):
        return None
    return parts


def _bracketed_holder_groups(value: str) -> list[str]:
    """A post-first list without "the" cut into its entries, each ending at its holder's bracket
    and the note after it ("Chief Executive, OPCC (Ann Lee) – Chair", "Clerk (Raj Patel)"): the commas
    inside a post are kept. [] when the last piece holds no bracket, so is no such entry."""
    groups: list[str] = []
    current: list[str] = []
    for part in _split_outside_brackets(value):
        current.append(re.sub(r"^(?:and|&)\s+", "", part.strip()) if not current else part.strip())
        if "(" in part:
            groups.append(", ".join(current))
            current = []
    return [] if current else groups


def _split_entries(value: str, *, one_line_each: bool = False) -> list[str]:
    """Split a list value into entries: semicolons first, then commas that separate names.

    With ``one_line_each`` (a section whose people are listed one per line) a line is one
    entry ("Dr Ruth Abernethy, Clinical Chair, Stowbridge CCG") unless every comma part is a
    name ("Cllr A Brown, Cllr C Dee")."""
    value = _bracket_taker_mark(_NOT_A_PERSON_TAIL.sub("", value).strip())
    if value.rstrip(".").endswith(("Secretary", "secretary")):  # the list's closing full stop may follow
        # after a semicolon the last entry's commas are all its own: "…; Ann Lee, Registrar, Secretary"
        value = _secretary_mark(value, one_line_each=one_line_each or ";" in value)
    if value.endswith(")."):  # "..., Ms Ann Lee (Secretary).": the list's closing full stop
        value = value[:-1]
    if "\t" in value:
        return [value]
    handles = _handle_list_parts(value)
    if handles:  # "@amy, @bob, @cy (chair)": each handle one person
        return handles
    if "," in value and ("–" in value or "—" in value) and _qualified_post_dash_name(value):
        return [value]  # "Assistant Chief Constable, Local Policing – Natasha Greaves": one post, one holder
    if ": " in value:  # "…, Cllr Ann Lee, Independent Members: Mr Raj Patel, Ms Jo Hart": no one is "Members"
        value = _INNER_GROUP_LABEL.sub(", ", value)
    if ", " in value:  # "Victor Alvarez, MD, Janelle Brooks": the degree is no one
        value = _LISTED_POST_NOMINAL.sub("", value)
    if "s " in value and "," in value:  # cheap gate for a plural title
        value = _expand_plural_title(value)
    if ";" in value:
        semicolon_parts = _split_outside_brackets(value, ";")
        if len(semicolon_parts) > 1:
            # "…; Kirsty Barr (Manager); and Ewan Macaulay (Officer)": the last part's "and" joins, no more
            semicolon_parts[-1] = re.sub(r"^(?:and|&)\s+(?=[A-Z])", "", semicolon_parts[-1])
            return [
                entry
                for part in semicolon_parts
                for entry in (_group_with_note(part) if part.endswith(")") else _titled_group(part))
                for entry in (_comma_people(entry) or [entry])
            ]
    post_holders = _the_post_holder_entries(value)
    if post_holders:  # "the Chief Executive, OPCC (Ann Lee, CEx), the Clerk (Raj Patel)": one entry each
        return post_holders
    parts = [x for part in _shared_plural_role(_split_outside_brackets(value)) for x in _and_pair(part)]
    # "Ann Lee – Head of Policy, OPCC": capitals after a post already written are its body, no short form
    notes, code = _bracket_groups(parts[-1]) if one_line_each and len(parts) == 2 else ([], "")
    if (
        code
        and _is_post_code(code)
        and not any(_is_abbrev(n) for n in notes)
        and not _SPACED_DASH.search(parts[0])
    ):
        # "Dr Ann Lee, DMD (Chair)": her post's short form, read as "Dr Ann Lee (DMD) (Chair)"
        return [" ".join([parts[0], f"({code})", *(f"({n})" for n in notes)])]
    if one_line_each and not all(_is_person_part(p) for p in parts):
        return [value]
    entries: list[str] = []
    for part in parts:
        if (
            entries
            and one_line_each
            and (_body_after_name(entries[-1], part) or _unit_after_rank(entries[-1], part))
        ):
            entries[-1] = f"{entries[-1]}, {part}"  # "Ann Lee, UNISON", "Insp Ann Lee, Roads Policing"
        elif entries and (_body_after_role(entries[-1], part) or _firm_after_handle(entries[-1], part)):
            entries[-1] = f"{entries[-1]}, {part}"  # "Ann Lee, Solution Architect, Acme Consulting"
        elif (
            entries
            and not _names_member(part, bool(_PLURAL_HONORIFIC.match(value)))
            and (one_line_each or not (_person_then_role(part) or _post_then_name(part)))
            and not _initials_after_initials(entries[-1], part)
            and not (_NICK_LED_ENTRY.fullmatch(entries[-1].strip()) and _lone_nick(part))
        ):
            entries[-1] = f"{entries[-1]}, {part}"  # a role following its name
        else:
            entries.append(part)
    return entries


# An attendance row led by a short label and a colon: "Design: Ann Lee, Raj Patel".
_GROUP_LED_ROW = re.compile(r"^(?P<group>[A-Z][\w&/ -]{0,30}?)\s*:\s+(?P<members>\S.*)$")
GROUP_LABEL_REACH = 33  # how far into a row the colon of such a label stands at most


def _group_led_row(row: str) -> re.Match[str] | None:
    """The label and the members of an attendance row led by a short label ("Design: Ann Lee, Raj
    Patel"); None for any other row."""
    return _GROUP_LED_ROW.match(row) if ":" in row[:GROUP_LABEL_REACH] else None


def _group_row(row: str) -> tuple[str | None, str]:
    """An attendance row led by the group its people belong to ("Design: Ann Lee (Lead Designer),
    Raj Patel" -> ("design", "Ann Lee (Lead Designer), Raj Patel")): a discipline, team or side of
    one to three words that is not itself a name; (None, row) for any other row."""
    m = _group_led_row(row)
    if m is None:
        return None, row
    group, members = m.group("group"), m.group("members")
    if len(group.split()) > 3 or _names_person(group) and len(group.split()) > 1:
        return None, row
    return (group.lower(), members) if _opens_with_full_name(members) else (None, row)


def _opens_with_full_name(members: str) -> bool:
    """Whether a comma list opens with a person's full name ("Ann Lee (AL), Raj Patel"), not a thing
    ("HbbTV" after "Topic:")."""
    first = _split_outside_brackets(members)[0] if members else ""
    return _names_person(first) and len(_clean_name(first)[0].split()) >= 2


# Words of ROLE_WORDS that name a body or a kind of post-holding, not one person's seat: the units
# ("Finance Team:", "Design Group:"), bodies and parts of a post. Such a line inside a list heads a
# group whose people hold no role by it.
_NOT_A_SEAT = _UNIT_WORDS | frozenset(
    {
        "healthwatch",
        "ccg",
        "opcc",
        "ltd",
        "llp",
        "plc",
        "cabinet",
        "portfolio",
        "secretariat",
        "holder",
        "vice",
    }
)


def _seat_title(label: str) -> str | None:
    """The seat a list line's label names, in the singular, when its last word is a post ("Co-opted
    Governors" -> "Co-opted Governor", "Headteacher"); None for a team or side ("Design", "Finance Team")."""
    words = label.split()
    last = words[-1] if words else ""
    single = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    if not ROLE_WORDS.fullmatch(single) or single.lower() in _NOT_A_SEAT:
        return None
    return " ".join([*words[:-1], single])


MAX_SEAT_LABEL_WORDS = 4  # "Local Authority Appointed Governors"


def _seat_entries(row: str) -> list[str] | None:
    """The entries of an attendance line led by the seat its people hold, each given the seat as a
    note after the name: a school's governors listed by category ("Parent Governors: Mr Raj Patel (RP)
    (Vice-Chair), Ms Jo Kim (JK)" -> "Mr Raj Patel (Parent Governor) (RP) (Vice-Chair)", ...), or one post
    and its holder ("Headteacher: Mr Ian Cole (IC)"). An entry that writes a post of its own after a
    comma or dash keeps it alone. None when the label is no seat or no full name follows it."""
    m = _group_led_row(row)
    short_label = m is not None and len(m.group("group").split()) <= MAX_SEAT_LABEL_WORDS
    seat = _seat_title(m.group("group")) if short_label else None
    if seat is None or not _opens_with_full_name(m.group("members")):
        return None
    return [_with_seat(entry, seat) for entry in _split_entries(m.group("members"))]


def _with_seat(entry: str, seat: str) -> str:
    """``entry`` with ``seat`` bracketed after the name, before any note of its own ("Ann Lee (AL)
    (Chair)" -> "Ann Lee (Co-opted Governor) (AL) (Chair)"), so the seat comes first in the role."""
    if _SPACED_DASH.search(entry) or len(_split_outside_brackets(entry)) > 1:
        return entry  # "Ann Lee, Head of Finance": her post, written for her
    at = entry.find("(")
    return f"{entry} ({seat})" if at < 0 else f"{entry[:at].rstrip()} ({seat}) {entry[at:]}"


# A list of names closed by one bracketed plural note that applies to all of them:
# "Jo M., Sue P., Ray T. (patients)".
_GROUP_NOTE = re.compile(r"^(?P<names>[^()]+,[^()]+?)\s*\((?P<note>[a-z][a-z -]*[a-z]s)\)$")


def _group_with_note(part: str) -> list[str]:
    """One entry of a semicolon list, split when it is a group of names sharing a plural note, each
    name taking the note in the singular as its role ("Jo M., Sue P. (patients)" -> "Jo M.
    (Patient)", "Sue P. (Patient)"); other entries unchanged, as one."""
    m = _GROUP_NOTE.match(part.strip()) if part.endswith(")") else None
    if m is None:
        return [part]
    names = _split_outside_brackets(m.group("names"))
    if not all(_is_person_part(n) for n in names):
        return [part]
    note = m.group("note")[:-1]
    return [f"{n} ({note[:1].upper()}{note[1:]})" for n in names]


# One semicolon part of a list led by a plural title of one to four capitalised words, then the
# people who hold it: "Independent Co-opted Members Ann Lee and Dr Raj Patel".
_TITLED_GROUP = re.compile(
    r"^(?P<title>(?:[A-Z][\w'’-]*\s+){0,3}(?:Member|Trustee|Commissioner|Governor|Director|Representative)s)"
    r"\s+(?P<names>[A-Z].*)$"
)


def _titled_group(part: str) -> list[str]:
    """A semicolon part naming a group by its plural title and then its people, one entry per
    person with the title in the singular as a note ("Independent Co-opted Members Ann Lee and Raj
    Patel" -> "Ann Lee (Independent Co-opted Member)", "Raj Patel (...)"), so that every one of
    them holds it; the part alone when anything after the title is not a plain name."""
    m = _TITLED_GROUP.match(part.strip()) if "s " in part else None
    if m is None or "(" in part:
        return [part]
    names = [n for piece in _split_outside_brackets(m.group("names")) for n in _and_pair(piece)]
    if not all(_is_person_part(n) and 2 <= len(n.split()) <= 4 for n in names):
        return [part]
    title = m.group("title")[:-1]
    return [f"{n.strip()} ({title})" for n in names]


# A plural post shared by the pair of people before it: "non-executive directors", "Parent Governors".
_PLURAL_POST = re.compile(
    r"(?:[\w'’-]+\s+){0,3}(?:director|member|trustee|governor|officer|representative|councillor|adviser|advisor)s",
    re.I,
)


# A dash with a space either side, as between a name and the post written after it ("Ann Lee – Head of
# Policy") or before a note on how the person attended ("– remote").
_SPACED_DASH = re.compile(r"\s[–—-]\s")


def _shared_plural_role(parts: list[str]) -> list[str]:
    """Comma parts with a pair of people followed by their shared plural post ("Ann Lee and Raj
    Patel", "non-executive directors") rewritten as one part each, the post in the singular as a
    bracketed note ("Ann Lee (non-executive director)", "Raj Patel (non-executive director)"), so that
    the post goes to both and not to the second alone; other parts unchanged."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        pair = _and_pair(parts[i]) if i + 1 < len(parts) and "(" not in parts[i] else [parts[i]]
        post = parts[i + 1].strip() if len(pair) == 2 else ""
        if post and _PLURAL_POST.fullmatch(post) and all(len(n.split()) in (2, 3) for n in pair):
            out.extend(f"{n.strip()} ({post[:-1]})" for n in pair)
            i += 2
            continue
        out.append(parts[i])
        i += 1
    return out


# A role's closing defined term, the short form the minutes use for the post afterwards:
# 'Chief Executive Officer, the "CEO"' -> ("Chief Executive Officer", "CEO").
_DEFINED_TERM = re.compile(r"^(?P<role>.+?),?\s+\(?the\s+[\"“](?P<term>[A-Z][\w&-]{1,9})[\"”]\)?$")


# A note on the meeting written after the last name of a list, read as that person's role:
# "Ann Lee, Raj Patel (quorum reached)".
_QUORUM_NOTE = re.compile(
    r"(?:the\s+)?(?:quorum(?:\s+(?:was\s+)?(?:reached|present|met|achieved))?|quorate)", re.I
)


def _split_defined_term(role: str | None) -> tuple[str | None, str | None]:
    """A role without its defined-term tail, and the term as the person's short form (None when the
    role has no such tail); legal minutes define each officer's short form this way."""
    m = _DEFINED_TERM.match(role) if role and "the " in role else None
    if m is None:
        return role, None
    return m.group("role").strip(), m.group("term")


def _and_pair(part: str) -> list[str]:
    """A list part split at its first "and" outside brackets when both sides name people ("Ann Lee
    (Head of Finance and Audit) and Raj Patel (Clerk)"); else the part alone."""
    if " and " not in part and " & " not in part:
        return [part]
    depth = 0
    for m in re.finditer(r"[()]|\s+(?:and|&)\s+", part):
        if m.group(0) in "()":
            depth += 1 if m.group(0) == "(" else -1
        elif depth == 0:
            left, right = part[: m.start()], part[m.end() :]  # only the first "and" outside brackets
            if len(left.split()) == 1 and len(right.split()) > 1:  # "Lund & Pryce Solicitors": a firm
                return [part]
            return [left, right] if _names_person(left) and _names_person(right) else [part]
    return [part]


def _comma_people(part: str) -> list[str]:
    """A semicolon entry that is itself a comma list of three or more people ("Councillors Ann Lee
    (Vice-Chair), Raj Patel and Sue Hollis"), split into them; [] when any part is not a person."""
    if "," not in part:
        return []
    parts = [x for piece in _split_outside_brackets(part) for x in _and_pair(piece)]
    councillors = bool(_PLURAL_HONORIFIC.match(part.strip()))
    # three or more: "Ann Lee, Minute Taker" and "Ann Lee, CFO (AL)" are one person with a role
    return parts if len(parts) > 2 and all(_names_member(x, councillors) for x in parts) else []


def _names_member(part: str, councillors: bool) -> bool:
    """Whether a list part names a person; after a plural "Councillors" each part is read with the
    title it is given, so a given name that is also a post ("Dean Marsh") is a person's."""
    return _is_person_part(f"Cllr {part.strip()}" if councillors else part)


# A person written as their initials alone, perhaps with a note after them: "KB", "RT (Chair)".
_BARE_INITIALS = re.compile(r"[A-Z]{2,4}(?:\s*\([^()]*\))?")


def _initials_after_initials(entry: str, part: str) -> bool:
    """Whether a list part of capitals alone follows an entry that is itself initials alone
    ("KB (Chair), DM, RT"): minutes that call people by initials list them so, each part another
    person, even when the initials spell a title ("RT") or a post's short form."""
    return bool(_BARE_INITIALS.fullmatch(entry.strip()) and _BARE_INITIALS.fullmatch(part.strip()))


# A list entry led by a chat nick, the real name in brackets after it: "alice (Alice Lee)", "mk
# (Mia Kent, chair)".
_NICK_LED_ENTRY = re.compile(r"[a-z][a-z0-9_.|-]{2,}\s*\([A-Z][^()]*\)")


def _lone_nick(part: str) -> bool:
    """Whether a list part is a chat nick alone ("bjorn", "priya_n"), not a lower-case word that
    says nothing of a person ("none") or names a post or a mark ("chair", "secretary", "notes")."""
    word = part.strip()
    return bool(
        _CHAT_NICK.fullmatch(word)
        and word not in _NOBODY
        and not ROLE_WORDS.fullmatch(word)
        and word not in CHAIR_WORDS
        and word not in _TAKER_MARK_WORDS
    )


# The lower-case marks of the note taker in a list of nicks: "mk (notes)", "tf, minutes".
_TAKER_MARK_WORDS = frozenset({"notes", "minutes", "scribe", "notetaker", "note-taker", "minute-taker"})


def _is_post_code(text: str) -> bool:
    """A short form of a post written after a name ("DMD", "DDoN", "HoIPC", "CD-CS"): two or more
    capitals, mixed case with no two lower-case letters together or at most four letters, so that
    a union's or product's name ("UNISON", "WebXR") is not one."""
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,4}(?:-[A-Z]{1,3})?", text):
        return False
    letters = text.replace("-", "")
    if re.search(r"[a-z]{2}", letters):  # "WebXR", "GitHub": a name, not a post's initials
        return False
    return sum(c.isupper() for c in letters) >= 2 and (not letters.isupper() or len(letters) <= 4)


def _name_and_body(line: str, entries: list[str]) -> bool:
    """Whether a line read as two people ("Daniel Okafor, Brightwater Logistics") is one person and the
    body they represent: the line has one comma and the second part carries no title of a person
    ("Cllr", "Dr"). Asked only in a list whose lines give a person and a body, where a second name on
    the line would break the list's layout."""
    if len(entries) != 2 or line.count(",") != 1:
        return False
    name, title, abbrev, _ = _clean_name(entries[1])
    return title is None and abbrev is None and name == entries[1].strip()


def _body_after_name(entry: str, part: str) -> bool:
    """Whether ``part`` is one upper-case word ("UNISON", "UCU") after a full name on a line of its
    own: the union or body the person comes from, not a second person known by initials."""
    return part.isupper() and " " not in part and len(_clean_name(entry)[0].split()) >= 2


def _body_after_role(entry: str, part: str) -> bool:
    """Whether ``part`` names a firm or body ("Brightlane Consulting", "Acme Ltd") after an entry that
    already gives a person and, after a comma, their post ("Ann Lee, Solution Architect"): the
    organisation the person comes from, which belongs to their role, not a second person. A note on
    when the person attended may close the firm ("Acme Consulting (item 4)")."""
    part = _strip_role_notes(part) or ""
    if "," not in entry or "(" in part or _clean_name(part)[1]:  # "Cllr Raj Patel (Trust)" is a person
        return False
    return bool(ROLE_WORDS.search(entry.rsplit(",", 1)[1])) and _names_an_org(part)


# A person's handle in brackets closing an entry: "Ann Lee (@alee)".
_BRACKETED_HANDLE_END = re.compile(r"\(@[\w.-]+\)$")


def _firm_after_handle(entry: str, part: str) -> bool:
    """Whether ``part`` names a firm ("Redwood Labs") after a person given with their handle ("Ann Lee
    (@alee), Redwood Labs"): the company the person comes from, as open-source notes add it, not a
    second person."""
    return bool(_BRACKETED_HANDLE_END.search(entry.strip())) and _names_an_org(_strip_role_notes(part) or "")


def _split_outside_brackets(value: str, separator: str = ",") -> list[str]:
    """Parts split at ``separator``, keeping those inside brackets: "A (GH, chair), B" -> two parts."""
    parts, depth, current = [], 0, []
    for ch in value:
        depth += (ch == "(") - (ch == ")")
        if ch == separator and depth <= 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


ROLE_WORDS = re.compile(
    r"\b(chair|chairman|chairperson|chairwoman|vice|director|officer|executive|manager|head|lead|clerk|secretary|treasurer|governor|"
    r"trustee|member|councillor|consultant|adviser|advisor|commissioner|constable|superintendent|president|"
    r"captain|coordinator|co-ordinator|administrator|accountant|auditor|engineer|nurse|doctor|registrar|dean|"
    r"provost|principal|headteacher|leader|representative|rep|observer|volunteer|partner|analyst|group|"
    r"healthwatch|team|department|directorate|cabinet|portfolio|holder|ccg|opcc|chief|deputy|assistant|specialist|"
    r"fellow|professor|professional|lecturer|inspector|surveyor|solicitor|counsel|planner|steward|warden|churchwarden|ltd|llp|plc|"
    r"mayor|chancellor|attorney|supervisor|historian|parliamentarian|archivist|chaplain|secretariat|worker|"
    r"architect|designer|librarian|"
    r"\w+ologist|\w*therapist|scientist|pharmacist|economist|statistician|technician)\b",  # a profession's -ist
    re.I,
)


def _is_person_part(part: str) -> bool:
    """Whether one comma part of an attendance list names a person (or is a bare "@handle")
    rather than a role or body."""
    if _BARE_HANDLE.fullmatch(part.strip()):
        return True
    return _names_person(part)


def _person_then_role(part: str) -> bool:
    """Whether a list part names a person, a dash, then their role ("H Brennan - Head of SEND"),
    so that in a comma list it starts a new entry rather than continuing the one before."""
    dashed = _NAME_DASH_ROLE.match(part) if " - " in part or "–" in part or "—" in part else None
    if not dashed:
        return False
    name = _clean_name(dashed.group("name"))[0]
    return _looks_like_name(name) and not ROLE_WORDS.search(name) and bool(ROLE_WORDS.search(part))


def _names_person(part: str) -> bool:
    """Whether a list part, once cleaned of honorifics and notes, is a person's name. A name that
    holds a role word ("Dean", "Warden") is one only after a title or rank ("PC Dean Latimer")."""
    name = _clean_name(part)[0]
    if not _looks_like_name(name):
        return False
    return not ROLE_WORDS.search(name) or _titled_full_name(part, name)


def _titled_full_name(part: str, name: str) -> bool:
    """Whether ``part`` opens with a personal title or a rank before ``name`` of two or more words
    whose surname is no role word: "PC Dean Latimer", "Mr Warden Price", not "Dr Head Teacher"."""
    words = name.split()
    first = part.strip().split(" ", 1)[0]
    titled = first.lower().strip(".") in HONORIFICS or _is_rank(first)
    stripped = not part.strip().startswith(name) and not name.startswith(first)  # the title was taken off
    return titled and stripped and len(words) >= 2 and not ROLE_WORDS.search(words[-1])


# A list part naming a person, a dash, then their role: "R Okafor - Director of Children's Services";
# the initials the minutes use may stand bracketed after the name: "Mrs Ann Lee (AL) – Chair".
_NAME_DASH_ROLE = re.compile(r"^(?P<name>[^–—()-]+?)(?:\s*\([A-Z]{2,4}\))?\s+[–—-]\s+\S")


# A middle dot set between the parts of an attendance line, as calendar and chat apps write them:
# "Ann Lee · Head of Policy" (a name, then the post) or "Ann Lee · Raj Patel" (names only).
_MIDDLE_DOT = re.compile(r"(?<=\S)\s+·\s+(?=\S)")


def _middle_dot_parts(line: str) -> str:
    """An attendance line whose parts a middle dot separates, with the separator the list reader
    knows: a dash after the name when what follows is a post ("Ann Lee · Head of Policy (HoP)" ->
    "Ann Lee – Head of Policy (HoP)"), commas when every part is a name ("Ann Lee · Raj Patel")."""
    parts = _MIDDLE_DOT.split(line.strip())
    if len(parts) == 1 or not _looks_like_name(_clean_name(parts[0])[0]):
        return line
    rest = parts[1:]
    if all(_looks_like_name(_clean_name(p)[0]) and not ROLE_WORDS.search(p) for p in rest):
        return ", ".join(parts)
    return f"{parts[0]} – {', '.join(rest)}"


def _is_officers_label(label: str) -> bool:
    """Whether a list label is "Officers present" / "Officers": staff in a council, but the elected
    office holders in a club, society or co-operative (see _officers_of_the_body)."""
    return label.lower().strip().rstrip(":").startswith("officer")


_PRESIDING_OFFICE = re.compile(r"^(?:the\s+)?(?:president|chair|chairperson|chairman|chairwoman)\b", re.I)


# Labels naming the minutes themselves that, ending in a colon after the attendance lists, head the
# person who took them on the line below ("Minutes:", "Notes:"); without the colon "MINUTES" is a title.
_TAKING_LABELS = frozenset({"minutes", "notes"})


def _officer_heading(lead: str, value: str, cells: list[str], sections_seen: set[str]) -> bool:
    """Whether a line is the minute-taking office alone ("Secretary", "Clerk"), or the label of the
    minutes with a colon ("Minutes:"), heading the person on the lines below, as the last of the attendance lists: that person attends and takes the
    minutes."""
    if not sections_seen or value or any(c.strip() for c in cells[1:]):
        return False
    label = lead.rstrip(":").strip().lower()
    if lead.rstrip().endswith(":") and label in _TAKING_LABELS | TAKER_LABELS:
        return True  # "Minutes:" over "Ann Lee<TAB>Governance Officer": the label of who took them
    return label in OFFICER_LABELS


def _officers_of_the_body(officers: list[Person]) -> None:
    """Mark an "Officers present" list as members present when it names the body's president or chair:
    a council's staff officers never preside, so such a list holds the body's own elected officers
    (President, Secretary, Treasurer of a PTA or co-op), who are members, not attending staff."""
    if any(p.role and _PRESIDING_OFFICE.match(p.role) for p in officers):
        for person in officers:
            if person.attendance == "in_attendance":
                person.attendance = "present"


# The header lines of an e-mail that carries the minutes ("Subject:", "From:", "Date:" of sending).
_MAIL_HEADER = re.compile(r"(?:Subject|From|To|Cc|Date|Sent|Reply-To|Message-ID|List-Id)\s*:.*")


# How many lines may come above an e-mail's header lines: a list archive's title over the mailed copy
# ("TSC meeting minutes, 2020-04-15", a blank line, then "From:", "Date:", "To:").
MAIL_HEAD_REACH = 3
# A sender's address on a "From:" line, as mail clients write it and as list archives mask it:
# "<ann@example.org>", "ann at example.org".
_MAIL_ADDRESS = re.compile(r"[\w.+-]+(?:@|\s+at\s+)[\w-]+(?:\.[\w-]+)+")


def _mail_head_at(block: str) -> tuple[int, list[str]]:
    """The index of the first line of an e-mail's header lines near the top of the block ("From:",
    "Sent:", "Subject:" …) and those lines, or (0, []) when there are none. They may open the block or
    follow a title line an archive puts above them, and count as a mail's when they hold "From:" and
    "Subject:", or "From:" with the sender's address and the day it was sent ("Date:", "Sent:")."""
    lines = block.split("\n")
    start = next(
        (i for i, x in enumerate(lines[:MAIL_HEAD_REACH]) if x.startswith(("From:", "Subject:"))), None
    )
    if start is None:
        return 0, []
    count = next(
        (i for i, line in enumerate(lines[start:]) if not _MAIL_HEADER.fullmatch(line)), len(lines) - start
    )
    head = lines[start : start + count]
    sender = next((x for x in head if x.startswith("From:")), None)
    subject = any(x.startswith("Subject:") for x in head)
    sent = any(x.startswith(("Date:", "Sent:")) for x in head)
    if sender is None or not (subject or (sent and _MAIL_ADDRESS.search(sender))):
        return 0, []
    return start, head


def _without_mail_headers(block: str, start: int, mail: list[str]) -> str:
    """The header block with the header lines of an e-mail near its top (``start`` and ``mail``, from
    :func:`_mail_head_at`) blanked out: minutes posted to a mailing list open with "Subject:", "From:"
    and "Date:" lines, whose date and time are when the mail was sent, not when the meeting was. A
    block without such a head is returned unchanged."""
    if not mail:
        return block
    lines = block.split("\n")
    return "\n".join([*lines[:start], *[""] * len(mail), *lines[start + len(mail) :]])


def _mail_field(head: list[str], *names: str) -> str:
    """The value of the first of the e-mail header lines ``names`` ("Sent", "Date") present in ``head``."""
    for name in names:
        for line in head:
            if line.startswith(f"{name}:"):
                return line.split(":", 1)[1].strip()
    return ""


# How far back from the sending a yearless "Subject: Minutes - … - 14 June" may place the meeting: a
# year, so the day falls on or before the day the minutes were sent.
_MAIL_LOOKBACK = dt.timedelta(days=365)


def _mail_date(head: list[str]) -> dt.date | None:
    """The meeting's date as the e-mail carrying the minutes gives it, for minutes that give no other:
    a date in the Subject line (its year, when missing, from the day the mail was sent, on or before
    that day), else the day the mail was sent ("Sent: Wednesday, June 14, 2023 4:12 PM")."""
    subject = _mail_field(head, "Subject")
    found = find_date(subject)
    if found:
        return found[0]
    sent = find_date(_mail_field(head, "Sent", "Date"))
    if sent is None:
        return None
    yearless = find_yearless_date(subject, sent[0] - _MAIL_LOOKBACK)
    if yearless and yearless[0] <= sent[0]:
        return yearless[0]
    return sent[0]


# A Subject line announcing minutes and then naming the meeting: "Minutes - Project Helix Steering
# Committee - 14 June", "RE: Draft minutes: Estates Board", or in words, "Summary of the TSC meeting,
# 2023-06-13", "Notes from the Board meeting on 3 May" (a meeting then named as one). Reply and forward
# marks and a list's "[tag]" may come first.
_MAIL_SUBJECT_MINUTES = re.compile(
    r"^(?:(?:re|fw|fwd)\s*:\s*|\[[^\]]*\]\s*)*(?:(?:draft|approved|final)\s+)?(?:"
    r"(?:minutes|notes)\s*[:–—-]\s*(?P<rest>\S.*)"
    r"|(?:minutes|notes|summary|recap)\s+(?:of|from)\s+(?:the\s+)?(?P<meeting>\S.*)"
    r"|(?P<named>\S.*?)\s+[–—-]\s+(?:minutes|notes)\b(?!\s+(?:of|from|on)\b)[^–—-]*)$",
    re.I,
)
# The words that lead from a meeting's name to its date: "Board meeting held on 3 May", "… of 3 May".
_DATE_LEAD_IN = re.compile(r"\s+(?:held\s+)?(?:on|of|dated)$|\s+held$", re.I)


def _mail_title(head: list[str]) -> str | None:
    """The meeting's name from a "Subject: Minutes - <name> - <date>" line, without the date; None when
    the subject does not have that shape or names nothing but the date. A subject in words ("Summary
    of the TSC meeting, 2023-06-13") names the meeting only when what follows is a meeting or a body
    that meets, not a topic ("Summary of the API discussion")."""
    m = _MAIL_SUBJECT_MINUTES.match(_mail_field(head, "Subject"))
    if m is None:
        return None
    named = m.group("rest") or m.group("meeting") or m.group("named")
    if not m.group("rest") and not any(pattern.search(named) for pattern, _ in TITLE_SCORES):
        return None
    kept = []
    for part in re.split(r"\s+[–—|-]\s+", named):
        found = find_date(part)
        part = _DATE_LEAD_IN.sub("", part[: found[1]].strip(" ,")) if found else part.strip()
        if part and not _day_month_line(part):  # "14 June": the date's part, not the name's
            kept.append(part)
    return " - ".join(kept) or None


# A YAML flow sequence as a field's value, as a Markdown file's front matter writes a list:
# "attendees: [Ann Lee, Raj Patel]", "absent: [Jo Kim]".
_FLOW_SEQUENCE = re.compile(r"\[(?P<items>[^\[\]]*)\]")
# A task-list box opening a list row, as GitHub and HackMD render attendance: "[x]" ticked, "[ ]" not.
_CHECKBOX = re.compile(r"\[(?P<mark>[ xX])\]\s+")


# Symbols that open an attendance row, as notebook and word-processor templates tick a register:
# a tick for someone there, a cross for someone not, a star for a guest.
TICK_SYMBOLS = "✔✓☑✅"
CROSS_SYMBOLS = "✖✗✘☒❌"
STAR_SYMBOLS = "★☆"
ROW_SYMBOLS = (*TICK_SYMBOLS, *CROSS_SYMBOLS, *STAR_SYMBOLS)
# One symbol of a list heading's key and the word after it: "✔ attended", "✖ apologies".
_LEGEND_ENTRY = re.compile(
    rf"(?P<mark>[{TICK_SYMBOLS}{CROSS_SYMBOLS}{STAR_SYMBOLS}])\s*(?P<word>[A-Za-z][a-z]+)"
)


def _mark_legend(heading: str) -> dict[str, str]:
    """What each symbol means in the key a list heading gives ("Attendees (✔ attended  ✖ apologies
    ★ guest)" -> {"✔": "present", "✖": "apologies", "★": "in_attendance"}); words that name no
    attendance are left out."""
    found = ((m.group("mark"), attendance_kind(m.group("word"))) for m in _LEGEND_ENTRY.finditer(heading))
    return {mark: kind for mark, kind in found if kind}


def _symbol_attendance(mark: str, legend: dict[str, str], section: str | None) -> str | None:
    """The attendance a row's opening symbol gives: the heading's key when it has the symbol, else a
    tick keeps the list's own kind, a cross marks someone who did not come and a star a guest."""
    if mark in legend:
        return legend[mark]
    if mark in CROSS_SYMBOLS:
        return "absent"
    return "in_attendance" if mark in STAR_SYMBOLS else section


# A register's key on its own line under the list's label, saying what a mark before a name means:
# "(* = present at the meeting)", "* denotes attendance", "(# = apologies)".
_MARK_KEY = re.compile(
    r"\(?\s*(?P<mark>[*†‡#])\s*(?:=|:|denotes|indicates|means)\s*(?P<words>[A-Za-z][A-Za-z ]*?)\s*\)?\.?"
)


def _mark_key(line: str) -> tuple[str, str] | None:
    """The mark and the attendance a register's key line gives it ("(* = present at the meeting)" ->
    ("*", "present")), or None when the line is no such key."""
    key = _MARK_KEY.fullmatch(line.strip())
    kind = attendance_kind(key.group("words")) if key else None
    return (key.group("mark"), kind) if key and kind else None


def _keyed_attendance(row: str, keyed: dict[str, str]) -> str | None:
    """The attendance a register's key gives a row: the kind of the mark opening it ("* Mr Ann Lee"
    under "(* = present at the meeting)"), else "absent" when the mark is what says someone came, as
    such a register lists every member and marks only those there; None when there is no key."""
    if not keyed:
        return None
    mark = row.strip()[:1]
    if mark in keyed:
        return keyed[mark]
    return "absent" if "present" in keyed.values() else None


def _checkbox_attendance(mark: str, section: str | None) -> str | None:
    """The attendance a task-list box gives a row of an attendance list: a ticked box keeps the
    list's own kind; an empty box in a list of those present marks someone who did not come."""
    if mark.strip() or section != "present":
        return section
    return "absent"


# A web or wiki page's breadcrumb trail: three steps or more joined by "›" or ">" ("Org › Space ›
# Page", "Home > Meetings > Board meeting"), which names where the page sits, not the meeting.
_BREADCRUMB = re.compile(r"^[^>›]+(?:\s[›>]\s[^>›]+){2,}$")


# Bracketed notes in a line: "(regrets)" in "- [ ] @bo (regrets)".
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# A list row's bullet or task-list box: "- ", "* [ ] ", "• ".
_ROW_MARK = re.compile(rf"^\s*(?:[-*{ROW_BULLETS}]\s*)?(?:\[[ xX]\]\s*)?")
# A bracketed note closing a list row that gives the person's attendance in one word: "(regrets)",
# "(apologies)", "(absent)", "(present)".
# The word may come with its reason after a comma: "(regrets, on leave)", and after the verb of
# sending them: "(sent apologies)".
_SENT = r"(?:(?:sent|sends|gave|gives)\s+)?"
_ATTENDANCE_NOTE = re.compile(
    rf"\s*\({_SENT}(?P<note>apologies|regrets|absent|present)(?:[,;]\s*[^()]*)?\)\s*$", re.I
)
# The same note after a dash instead of in brackets: "- Ann Lee (@alee) — regrets, on leave", or after
# a comma closing the bracketed affiliation: "- Ann Lee (Acme Ltd), regrets", "— sent regrets".
_DASHED_ATTENDANCE_NOTE = re.compile(
    rf"(?:\s+[–—]|(?<=\)),)\s*{_SENT}(?P<note>apologies|regrets|absent)(?:[,;]\s*[^()–—]*)?$", re.I
)


def _entry_attendance(entry: str, kind: str | None) -> tuple[str, str | None]:
    """An entry without the bracketed attendance note closing it, and the attendance that note gives
    ("Ann Lee – Parent Governor (apologies)" under "Members:" -> apologies): a register that lists
    every member marks each one's attendance after the post, and the note is no part of the post."""
    noted = _ATTENDANCE_NOTE.search(entry)
    if noted is None or not entry[: noted.start()].strip():
        return entry, kind
    return entry[: noted.start()], attendance_kind(noted.group("note")) or kind


def _noted_entry(line: str) -> bool:
    """Whether a line whose words announce an attendance has them only in a bracketed note after
    someone's name ("- [ ] @bo (regrets)", "Ann Lee (apologies)"): an entry of a list, not the label
    of a new one, as "Apologies (received in advance)" is."""
    bare = _BRACKETED.sub("", _ROW_MARK.sub("", line, count=1)).strip(" :")
    return "(" in line and bool(bare) and attendance_kind(bare) is None


def _named_holder(line: str) -> bool:
    """Whether a line whose words announce an attendance opens with a person's full name and gives
    their post after a comma or a dash ("Ann Lee, Lay Member", "Raj Patel – Board Member"): an entry
    of a list, whose post names a kind of member, not the label of a new list ("Lay members")."""
    m = _NAME_THEN_POST.match(line)
    return bool(m) and _names_person(m.group("name")) and len(_clean_name(m.group("name"))[0].split()) >= 2


def parse_header(text: str, end: int | None = None) -> HeaderResult:
    """Parse meeting facts and people from ``text[:end]`` (the block before the first item)."""
    end = len(text) if end is None else end
    mail_start, mail = _mail_head_at(text[:end])
    block = _without_mail_headers(text[:end], mail_start, mail)
    meeting: dict[str, str | dt.date | None] = {}
    people: list[Person] = []
    chair_from_list: str | None = None
    section: str | None = None
    first_lines: list[str] = []
    note_takers: list[tuple[str, str, str]] = []  # (label, value, attendance) of "Clerk:" / "Minutes:" lines
    chair_lines: list[str] = []  # values of "Chair:" lines
    handles: list[tuple[str, str, str | None]] = []  # (handle, attendance, chair's mark) of "@handle" entries
    role_lines: list[tuple[str, str]] = []  # (role, value) of "Chair:" / "Scribe:" lines
    sections_seen: set[str] = set()  # attendance kinds of the lists read so far
    # (sections_seen, number of people listed) when an attendance heading ("## Present") was read
    heading_list: tuple[frozenset[str], int] | None = None
    headings: set[str] = set()  # Markdown headings among first_lines
    labelled_roles: list[tuple[str, str]] = []  # ("Zulip monitor", "Arjun Bhatt"): a role as a label
    section_role: str | None = None  # the role a list's label gives its members ("Trustees present")
    grouped: list[tuple[Person, str]] = []  # (person, that role) for each person in such a list
    officers_list = False  # the current list is headed "Officers present" / "Officers"
    affiliated_list = False  # a line of the current list gave one person and what they represent
    officers: list[Person] = []  # the people such lists name
    taker_list = False  # the current list is headed by the minute-taking office alone ("Secretary")

    after_date = False  # the line before was a "Date:" or "Time:" field
    awaiting_entries = False  # an attendance heading or bare label was read and no line since
    column_count, dropped_columns = 0, frozenset()  # an attendance table's width and its affiliation columns
    attendance_column: int | None = None  # the table's "Attendance" column, when it has one
    tick_columns: dict[int, str] = {}  # the table's columns ticked one per person ("Present", "Apologies")
    table_section: str | None = None  # the list a table opened under, before any row's own attendance
    posts_first = False  # a list line gave a post, a dash, then its holder ("Chief Executive – Ann Lee")
    legend: dict[str, str] = {}  # what each row's symbol means, from the list heading's key
    keyed: dict[str, str] = {}  # what a mark before a name means, from a key line under the list's label
    lines_seen = 0
    speakers: list[tuple[str, str]] = []  # ("Speaker 2", "Raj Patel (@rpatel)") from a transcript's key
    lines = _split_joined_rows(_unflatten_rows(_field_lines(block)))
    if " / " in block:  # "Lleoliad / Venue: …": headings written in two languages
        lines = _one_language(lines)
    for index, raw in enumerate(lines):
        follows_date, after_date = after_date, False
        row_kind: str | None = None  # the attendance of this row alone, when its group says so
        lines_seen += bool(raw.strip())
        if "\t" in raw and _is_business_table_header(raw):  # "No.<TAB>Item<TAB>Discussion": no person
            section = None
            continue
        if _is_table_header(raw):  # "Name<TAB>Capacity" opens a table of people present
            section = _table_list_heading(raw) or section or "present"
            column_count, dropped_columns = raw.count("\t") + 1, _affiliation_columns(raw)
            attendance_column, table_section = _attendance_column(raw), section
            tick_columns = _tick_columns(raw)
            dropped_columns |= frozenset(tick_columns)
            continue
        if attendance_column is not None and _attendance_row(raw, column_count, attendance_column):
            # "Ann Lee | Chair | Apologies"
            cells = raw.split("\t")
            cells += [""] * (column_count - len(cells))
            section = (
                _ticked_kind(cells, tick_columns)
                if tick_columns
                else _table_row_attendance(cells[attendance_column], table_section)
            )
            raw = "\t".join(
                c for i, c in enumerate(cells) if i != attendance_column and i not in dropped_columns
            )
        elif attendance_column is not None and (group := _table_group_heading(raw)):
            table_section = group  # "Members", "In attendance": a heading row over the rows below
        elif attendance_column is not None and _row_run_together(
            lines, index, column_count, attendance_column
        ):
            continue  # "Ann Lee (AL) Parent Governor ✓" between rows: its cells ran together, unreadable
        elif attendance_column is not None and raw.strip():
            attendance_column = None
        if dropped_columns and raw.count("\t") + 1 == column_count:  # "Ann Lee | Acme Ltd | TSC member"
            raw = "\t".join(c for i, c in enumerate(raw.split("\t")) if i not in dropped_columns)
        if column_count and raw.count("\t") >= 2 and (capacity := _capacity_cell(raw)):
            raw, section = capacity[0], capacity[1] or table_section  # "Ann Lee | NED | In attendance"
        if re.fullmatch(
            r"(?:name|names|capacity|role|title|initials|position)s?:?",
            raw.strip().split("\t")[0].strip(),
            re.I,
        ) and ("\t" in raw.strip() or raw.strip().endswith(":")):
            continue
        if not raw.strip():
            if not awaiting_entries and not _list_goes_on(lines, index, section):
                # "## Present", a blank line, then the list: the list is still under it; so is
                # "Present: Cllr Ann Lee in the Chair", a blank line, then "Councillors Raj Patel, Jo Kim"
                section = None if section and not raw.startswith("\t") else section
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if ((section or _opens_valued_list(raw)) and _comma_wrapped(raw, following)) or _name_wrapped(
            raw, following
        ):
            lines[index + 1] = f"{raw.rstrip()} {following.strip()}"  # the list goes on below
            continue
        # the last line that was not blank opened a list and named no one yet ("Attendees", "Present:")
        list_opened, awaiting_entries = awaiting_entries, False
        if section and (key := _mark_key(raw)):  # "(* = present at the meeting)" over the register
            keyed[key[0]], awaiting_entries = key[1], True
            continue
        if section and _AGENDA_HEADING.fullmatch(raw.strip()):  # "Agenda" below the lists: no one named
            section = None
            first_lines.append(raw.strip())
            continue
        if section and _LIST_NUMBER.match(raw):  # "1. Mr. Raj Patel, Chairman" in a numbered list
            raw = _LIST_NUMBER.sub("", raw, count=1)
        if section and (key := SPEAKER_KEY.match(raw)):  # "Speaker 2 = Raj Patel": the key to a transcript
            raw = raw[key.end() :]
            speakers.append((re.sub(r"\s+", " ", key.group("label")), raw))
        if section and "·" in raw:  # "Ann Lee · Head of Policy": the dot separates her name and post
            raw = _middle_dot_parts(raw)
        if (
            raw.strip().startswith("#")
            and not _CHANNEL.match(raw.strip())
            and not _CHANNEL_TOPIC.fullmatch(raw.strip())
        ):  # "#qa Meeting", "#qa: Weekly sync" name a channel
            heading = raw.strip().lstrip("#").strip().rstrip(":")
            if (
                ":" not in heading and len(heading.split()) <= 3 and attendance_kind(heading)
            ):  # "## Attendees"
                _forget_empty_heading(sections_seen, heading_list, len(people))
                heading_list = (frozenset(sections_seen), len(people))
                section = _section_kind(heading, sections_seen)
                sections_seen.add(section)
                section_role = _group_role(heading.lower())
                officers_list = _is_officers_label(heading)
                affiliated_list = False
                awaiting_entries = True
                continue
            first_lines.append(raw.strip().lstrip("#").strip())
            headings.add(first_lines[-1])
            continue
        cells = raw.split("\t")
        lead = cells[0].strip()
        label, value = _label_of(lead) if lead else (None, "")
        if value.startswith("[") and (flow := _FLOW_SEQUENCE.fullmatch(value)):
            value = flow.group("items")  # "attendees: [Ann Lee, Raj Patel]" in YAML front matter
        if label and not value and lead.endswith(":") and len(cells) > 1 and _field_of(label):
            value, cells = "\t".join(c.strip() for c in cells[1:] if c.strip()), [lead]  # "Date:<TAB>16 May"
        if label and section and ":" not in lead and _post_dash_holder(lead):
            label, value = None, lead  # "Non-Executive Member – Ann Lee" in a list: a post, not a label
        if lead and label is None and _list_kind(lead) and not _noted_entry(lead) and not _named_holder(lead):
            label, value = lead.rstrip(":").lower(), ""
        elif lead and label is None and lead.endswith(":") and _LONG_LIST_LABEL.match(lead):
            label, value = _LONG_LIST_LABEL.match(lead).group("kind").lower(), ""
        if _officer_heading(
            lead, value if label else "", cells, sections_seen
        ):  # "Secretary" over the person below it
            section, taker_list, awaiting_entries = "in_attendance", True, True
            continue
        members_list = (
            bool(label)
            and not attendance_kind(label)
            and (
                _members_list_label(label, value)
                or (not section and _member_heading_over_names(lead, value, lines, index))
                or (not sections_seen and _side_heading_over_people(lead, value, lines, index))
            )
        )
        if members_list:  # "Councillors: A Brown (Chairman), J Castellano": those present
            label, group_word = label.lower(), lead.split(":", 1)[0].strip()
            if _PLURAL_HONORIFIC.match(
                f"{group_word} {value}"
            ):  # an honorific for all: "Councillors A Brown"
                value = f"{group_word} {value}"
        elif label and value and _COUNCILLORS_ATTENDING.match(lead.split(":", 1)[0].strip()):
            value = _honorific_for_all(value)  # "Councillors present: A Brown (Lab)" as "Councillors A Brown"
        if (
            label
            and (members_list or _list_kind(label))
            and not (section and "\t" in raw and not lead.endswith(":"))
            and not (label in HEADING_ONLY_LABELS and (value or _body_holds(cells[1:])))  # "Secretariat: SN"
        ):
            taker_list = False
            _forget_empty_heading(sections_seen, heading_list, len(people))
            heading_list = None
            section = _section_kind(label, sections_seen)
            sections_seen.add(section)
            legend = _mark_legend(raw)  # "Attendees (✔ attended  ✖ apologies  ★ guest)"
            keyed = {}
            section_role = _group_role(label)
            officers_list = _is_officers_label(label)
            affiliated_list = False
            rest = "\t".join([value, *cells[1:]]).strip("\t ") if len(cells) > 1 else value
            if not rest.strip() and (column := _nick_column(lines, index)):
                rest = ", ".join(column)  # "Attendees:" over "    ljung (chair)", "    mk": one nick a line
            if label.lower().startswith("substitute"):  # "Substitute: Cllr R Mistry for Cllr L Dunstan"
                rest = _SEAT_OF.sub("", rest)
            # "Present:<TAB>Dr Ann Lee – Manager, Catchments": the first of a list laid out one a line
            one_each = len(cells) > 1 and not value.strip()
            entries = [rest] if "\t" in rest else _split_entries(rest, one_line_each=one_each)
            bare, marks = _nick_marks(_nicks_without_reasons(rest) if section in _AWAY_KINDS else rest)
            nicks = _chat_nicks(bare, people)
            if nicks:  # "Attendees: alice, bkumar, chen": a chat's nicks, each a person
                people.extend(
                    Person(name=name, abbrev=nick, role=_nick_role(name, marks), attendance=section)
                    for name, nick in nicks
                )
                chair_from_list = chair_from_list or marks.get("chair")
                if "minute_taker" in marks:  # "mk (notes)": the note taker, the mark no role
                    meeting.setdefault("minute_taker", marks["minute_taker"])
                entries = []
            noted = [] if nicks else _noted_nicks(rest, people)
            if noted:  # "Guests: hiro (release manager for 2.4)" after a list of nicks
                people.extend(
                    Person(name=n, abbrev=nick, role=post, attendance=section) for n, nick, post in noted
                )
                entries = []
            awaiting_entries = not rest.strip() or bool(_HEAD_COUNT.fullmatch(rest.strip()))
        elif label and _field_of(label) == "title" and _MEETING_REFERENCE.fullmatch(value.strip()):
            continue  # "Meeting: SC-09": which meeting of a series, not its name
        elif label and _field_of(label) == "title" and _opens_with_date(value):
            _set_when_and_where(meeting, value)  # "Meeting: 2024-03-06, 16:00 UTC, #dev": when and where
            continue
        elif label and _field_of(label) and _field_applies(label, value, lines_seen):
            field = _field_of(label)
            _set_field(meeting, field, value)
            full_value = "\t".join([value, *cells[1:]]).strip("\t ")
            if field == "minute_taker" and value:
                note_takers.append((label, full_value, _note_taker_attendance(label, section)))
            elif field == "chair" and value:
                chair_lines.append(full_value)
            if value and label in FIELD_LINE_ROLES:
                role_lines.append((FIELD_LINE_ROLES[label], full_value))
            after_date = field in ("date", "time")
            # a "Chair:" line first under a list's heading keeps the list open: "Attendees", "Chair: Ann
            # Lee", then the rest of the list
            if not (field == "chair" and list_opened):
                section = None
            continue
        elif section and (not lead or raw.startswith(("\t", " ", "-", "*", *ROW_BULLETS, *ROW_SYMBOLS))):
            row = raw.strip().lstrip(f"-*·{ROW_BULLETS}").strip()
            row_kind = _keyed_attendance(raw, keyed)  # "* Mr Ann Lee" under "(* = present)"
            box = _CHECKBOX.match(row) if row.startswith("[") else None
            if box:  # "- [x] @ana (Ana Lee)" ticked as there, "- [ ] @bo" left blank: away
                row, row_kind = row[box.end() :], _checkbox_attendance(box.group("mark"), section)
            elif row[:1] in ROW_SYMBOLS:  # "✔ Ann Lee (AL) – Director", "✖ Raj Patel": the key says which
                row, row_kind = row[1:].strip(), _symbol_attendance(row[:1], legend, section)
            if noted := _ATTENDANCE_NOTE.search(row) or _DASHED_ATTENDANCE_NOTE.search(
                row
            ):  # "@bo (regrets)"
                row, row_kind = row[: noted.start()], attendance_kind(noted.group("note"))
            group, members = _group_row(row)
            seated = _seat_entries(row)  # "- Parent Governors: Ann Lee, Raj Patel": the seat is their role
            if group is not None:  # "- Design: Ann Lee (Lead Designer), Raj Patel": the group is no one
                row = members
                row_kind = "apologies" if group in AWAY_GROUPS else row_kind  # "- Out: Sven Arnesen"
            entries = seated or ([row] if "\t" in row else _split_entries(row, one_line_each=True))
        elif section and ":" in lead and len(cells) == 1 and (seated := _seat_entries(lead)):
            entries = seated  # "Parent Governors: Mr Raj Patel (RP), Ms Jo Kim (JK)": the seat they hold
        elif section and len(cells) == 1 and _is_group_subheading(raw.strip(), _next_filled(lines, index)):
            continue  # "Force" over "Ann Lee – Chief Constable": one group of the same list
        elif (
            section
            and "," in raw
            and ("–" in raw or "—" in raw or " - " in raw)
            and _qualified_post_dash_name(raw.strip())
        ):
            entries = [raw.strip()]  # "Chief Executive, OPCC – Meera Lakhani": a post, its body, its holder
        elif section and len(cells) == 1 and ":" in lead and (held := _post_colon_holder(lead)):
            entries, posts_first = [held], True  # "Chief Constable: Ann Lee": a post, then its holder
        elif section and _post_dash_holder(raw.strip()):
            entries = [raw.strip()]  # "Non-Executive Member (Chair) – Prof Ann Lee": the post names no one
            posts_first = True
        elif (
            section
            and posts_first
            and ("–" in raw or "—" in raw)
            and (held := _body_dash_holder(raw.strip()))
        ):
            entries = [held]  # "Healthwatch Leeds – Ann Lee" among posts first
        elif section and not (label and value) and len(cells) == 1 and _is_member_subheading(lead):
            # "Present:" … "Councillors:" then more names: the same list goes on, past a blank line too
            section_role, awaiting_entries = _subheading_role(lead, lines, index), True
            continue  # "Elected" over names: a sub-heading, though a word like a name
        elif section and (joined := _joined_names_before_note(raw.strip())):
            entries = _split_entries(joined, one_line_each=True)  # "Councillors A Lee and R Patel – note"
        elif section and (_opens_with_name(raw) or _names_joined_by_and(raw.strip())):
            entries = _split_entries(raw.strip(), one_line_each=True)
            if affiliated_list and _name_and_body(raw.strip(), entries):
                entries = [raw.strip()]  # "Daniel Okafor, Brightwater Logistics" below "Ann Lee, Acme Ltd"
            affiliated_list = affiliated_list or (len(entries) == 1 and "," in entries[0])
        elif (
            section
            and (" - " in raw or "–" in raw or "—" in raw or "," in raw)
            and _role_first(raw.strip()) != raw.strip()
        ):  # "Area Director - Claire Mottram", "Director of Finance, Stourvale Police Ann Lee (DoF)"
            entries = [raw.strip()]  # the post, then its holder
        elif (
            section
            and "\t" in raw.strip()
            and _role_cell_first([c.strip() for c in raw.split("\t") if c.strip()])
        ):
            entries = [raw.strip()]  # "Chairperson<TAB>Alana Te Hiko": a table of posts and holders
        else:
            if lead.lower().rstrip(":") in ("name", "names") or re.fullmatch(
                r"(name|capacity|role)s?:?", lead.lower()
            ):
                continue
            if not any(c.strip() for c in cells[1:]) and re.fullmatch(
                r"[\s\t]*(name|capacity|role|initials)s?:?([\s\t]+(name|capacity|role|initials)s?:?)*",
                raw.strip(),
                re.I,
            ):
                continue
            if section and _merged_list_row(lines, index):
                continue  # "Ann Lee Raj Patel Chair Treasurer" over "Jo Kim<TAB>Secretary": the list goes on
            section = None
            if follows_date and "venue" not in meeting and _standalone_venue(raw):  # "Date: …" then the place
                meeting["venue"] = raw.strip().rstrip(".")
                continue
            if _BREADCRUMB.search(raw):  # a web page's breadcrumb trail ("Home > News > Page"): no title
                continue
            if label and ":" in lead and _role_label_person(lead):  # "Responsible AD: Kofi Mensah"
                labelled_roles.append((lead.split(":", 1)[0].strip(), value))
                continue
            first_lines.append(raw.strip())
            continue
        entries = _distribute_honorific(entries)
        if len(entries) == 1 and (handles_only := _handle_list_parts(entries[0])):  # "@amy, @bob (chair)"
            entries = handles_only
        for entry in entries:
            if _BARE_HANDLE.fullmatch(entry.strip()):  # named on a Chair: or Notes: line
                handles.append((entry.strip(), row_kind or section, None))
                continue
            chairing = _HANDLE_CHAIR.fullmatch(entry.strip())
            if chairing:  # "@bob (chair)": the handle is all the list gives of the chair, the mark their role
                handles.append((chairing.group("handle"), row_kind or section, chairing.group("mark")))
                chair_from_list = chair_from_list or chairing.group("handle")
                continue
            if _lone_nick(entry) and any(_NICK_LED_ENTRY.fullmatch(e.strip()) for e in entries):
                # "alice (Alice Lee), bjorn": a list of nicks with real names gives the nick alone when
                # it has no name; the nick is the person's name, as the corpus writes it
                people.append(Person(name=entry.strip(), attendance=row_kind or section))
                continue
            entry, entry_kind = _entry_attendance(entry, row_kind or section)
            for person, is_chair in _entry_people(entry, entry_kind):
                person = _seat_as_role(person)
                listed = _resolve_person(person.name, people) if is_chair else person.name
                if listed != person.name:  # "Mayor Lee in the Chair." below the lists: no one new
                    chair_from_list = chair_from_list or listed
                    continue
                if is_chair and posts_first and person.role and "chair" not in person.role.lower():
                    person.role = (
                        f"{person.role}, Chair"  # "PCC (PCC): Ann Lee (Chair)": the mark kept after the post
                    )
                if section == "present" and person.role and _is_guest(person.role):
                    person.attendance = "in_attendance"
                    person.role = _GUEST_NOTE.sub("", person.role) or None
                if section_role and not is_chair:
                    grouped.append((person, section_role))
                if officers_list:
                    officers.append(person)
                people.append(person)
                if is_chair and chair_from_list is None:
                    chair_from_list = person.name
                if taker_list:
                    meeting.setdefault("minute_taker", person.name)

    _officers_of_the_body(officers)
    if "started by" in block and _BOT_STARTED.search(block):
        _bot_summary_header(meeting, first_lines)
    _fill_from_prose(meeting, first_lines, headings, text)
    if "lines said" in text:  # a meeting bot's log summary lists who spoke at its end
        people.extend(p for p in _bot_attendees(text) if not _known(p.name, people))
    starter = _BOT_STARTED.search(block) if "started by" in block else None
    if starter and not meeting.get("chair"):  # "Meeting started by tvanloon at 16:00:14 UTC."
        meeting["chair"] = starter.group("nick")
    channel = _CHANNEL.match(str(meeting.get("title") or ""))
    if channel and not meeting.get("venue"):  # a chat meeting is held in its channel
        meeting["venue"] = channel.group(0)
    if not meeting.get("venue"):  # "Steering sync – 2023-12-05 (chat meeting, #steering channel)"
        meeting["venue"] = _channel_note(first_lines[:TITLE_FIELD_LINES])
    if not meeting.get("venue"):  # "projx · weekly meeting in #core on Slack, 14:00 UTC"
        meeting.pop("venue", None)
        _meeting_in_channel(meeting, first_lines[:TITLE_FIELD_LINES])
    if not meeting.get("chair") and chair_from_list:
        meeting["chair"] = chair_from_list
    for field, value in _roles_in_prose("\n".join(first_lines) + "\n" + text[end : end + 3000]).items():
        meeting.setdefault(field, value)
    if not people and end < len(text):  # "ROLL CALL / Present: Mayor A, ..." in the first item
        roll = parse_header(
            _roll_call(text[end : end + ROLL_CALL_REACH]) or _closing_register(text[end:]), end=None
        )
        people = roll.people
        for field in ("chair", "minute_taker"):  # "Chair: @ana" among the roll call's lines
            meeting[field] = meeting.get(field) or getattr(roll.meeting, field)
        online = _MEETING_HELD_ONLINE.search(text[end : end + ROLL_CALL_REACH]) if people else None
        if online and not meeting.get("venue"):  # "1. Call to order … The meeting was held via Zoom."
            meeting["venue"] = online.group("venue")
    if not people and not sections_seen:  # no attendance list: the people the field lines name attend
        note_takers = [(label, value, "present") for label, value, _ in note_takers]
        people.extend(Person(name=_clean_name(v)[0], role=r, attendance="present") for r, v in labelled_roles)
    people.extend(_field_line_people(chair_lines, note_takers, handles, people))
    _drop_affiliation_roles(people)  # before the field lines: "Chair: Ann Lee" may then give hers
    _roles_from_field_lines(role_lines, people)
    for person, role in grouped:  # "Trustees present: Ann Lee" -> Ann Lee, Trustee (unless "Chair: Ann Lee")
        person.role = person.role or role
    _regrets_of_absent(block, people)
    people.extend(_apologies_in_text(text[end:], people))
    people.extend(_absent_in_text(text[end:], people))
    people.extend(_attendance_in_items(text[end:], people))
    _abbrevs_from_tags(text[end:], people)
    if "(@" in block:  # "Handles used below: Ann Lee (@annl), ...": a note gives the listed their handles
        _handles_from_notes(block, people)
    _initials_from_key(text, people)  # "KEY TO INITIALS" / "HW<TAB>Professor Helen Wardour", often at the end
    if "=" in text:  # "Nicks: alice = Alice Brennan, bob = Bob Achterberg", often signed below the notes
        _names_from_nick_key(text, people)
    taker = minute_taker_from_roles(
        people
    )  # a "(minutes)" mark comes off the role even when a label named the taker
    if taker and not meeting.get("minute_taker"):
        meeting["minute_taker"] = taker
    if not meeting.get("minute_taker") and end < len(text):  # "Minutes taken by Ann Lee, Clerk" signs off
        meeting["minute_taker"] = _roles_in_prose(text[-SIGN_OFF_REACH:]).get("minute_taker")
    if not meeting.get("chair"):  # "The PCC welcomed everyone to the meeting": the host opens and chairs it
        meeting["chair"] = _welcoming_officer(block + "\n" + text[end : end + OPENING_REACH], people)
    for field in ("chair", "minute_taker"):
        if meeting.get(field):
            meeting[field] = _resolve_person(str(meeting[field]), people)
    abbreviations = find_abbreviations(text) | _speaker_key(speakers)
    for person in people:
        person.role, code = _square_bracket_code(person.role)
        person.abbrev = person.abbrev or code
        person.role, term = _split_defined_term(person.role)
        if person.role and _QUORUM_NOTE.fullmatch(person.role):  # "Ann Lee (quorum reached)": no role
            person.role = None
        person.abbrev = person.abbrev or term
        if person.role and person.role.endswith(".") and _SENTENCE_STOP.search(person.role):
            person.role = person.role[:-1]  # "Ann Lee, Parent Representative." ends a sentence
        if person.abbrev is None and person.role:
            person.role, person.abbrev = _role_and_bracket_code(person.role, person.name)
        if person.abbrev is None and person.role:
            person.role, person.abbrev = _role_and_dash_code(person.role)
        if person.abbrev is None and person.role:
            person.abbrev = _abbrev_of_role(person.role, abbreviations)
    for person in people:
        _post_code_as_role(person, text)
    _drop_country_notes(people)
    _drop_organisation_codes(block, people)
    _drop_body_codes(people)
    if mail and not meeting.get("date"):  # the e-mail is the only evidence of the day left
        meeting["date"] = _mail_date(mail)
    if isinstance(meeting.get("date"), dt.date):  # "(10/09/2024)" in minutes that write "October 16"
        meeting["date"] = _month_first_reading(meeting["date"], block, text)
    named = _mail_title(mail) if mail else None
    if named:  # "Subject: Minutes - <name> - <date>" names the meeting; lines below it greet the reader
        meeting["title"] = named
    return HeaderResult(
        meeting=Meeting(**meeting),
        people=_dedupe_people(_attended_of_invited(people)),
        end=end,
        abbreviations=abbreviations,
    )


# A numeric date with the year last: "10/09/2024", "3.4.2023".
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})(?![\d/.])")
# A date written month first in words ("October 16", "Sept. 25th") and day first ("16 October").
_MONTH_FIRST_WORDS = re.compile(rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:{MONTHS}))", re.I)
_DAY_FIRST_WORDS = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b", re.I)


def _month_first_reading(date: dt.date, block: str, text: str) -> dt.date:
    """The meeting date read month first when the header gives it as an ambiguous numeric date
    ("10/09/2024", both parts 12 or less) and the minutes write every date in words month first
    ("October 16", "the September 25 meeting") and none day first: that is a US writer, whose
    numeric dates are month/day too. Otherwise the day-first reading stands."""
    numeric = next(
        (
            m
            for m in _NUMERIC_DATE.finditer(block)
            if (int(m["a"]), int(m["b"]), int(m["y"])) == (date.day, date.month, date.year)
        ),
        None,
    )
    if numeric is None or date.day > MONTHS_IN_YEAR or date.day == date.month:
        return date
    if _DAY_FIRST_WORDS.search(text) or len(_MONTH_FIRST_WORDS.findall(text)) < MIN_MONTH_FIRST_DATES:
        return date
    return date.replace(month=date.day, day=date.month)


MONTHS_IN_YEAR = 12
MIN_MONTH_FIRST_DATES = 2  # one "May 4" could be a slip; two make a habit


def _speaker_key(speakers: list[tuple[str, str]]) -> dict[str, str]:
    """The person each speaker label of a transcript's key stands for ("Speaker 2" -> "Raj Patel"),
    so that later stages can read "Speaker 2: I'll cut the release" as Raj Patel speaking. The schema
    has no place for a label, so it joins the abbreviations the text defines."""
    key: dict[str, str] = {}
    for label, entry in speakers:
        listed = _entry_people(entry, "present")
        if listed:
            key.setdefault(label, listed[0][0].name)
    return key


# The heading of a key to the initials the minutes call people by, wherever it stands (often after the
# business, before the action sheet): "KEY TO INITIALS", "Key to names:", "Initials used", a bare "Key:".
_INITIALS_KEY_HEADING = re.compile(
    r"^[ \t]*(?i:key(?:\s+to\s+(?:initials|names))?|list\s+of\s+initials|(?:initials|abbreviations)\s+used)[ \t]*:?[ \t]*$",
    re.M,
)
# One row of that key: the initials, then (after a tab, a spaced dash, "=" or ":") the person's name,
# perhaps with their post after a comma: "HW<TAB>Professor Helen Wardour", "RP – Raj Patel, Treasurer".
_KEY_ROW = re.compile(
    r"(?P<code>[A-Z]{2,5})(?:\t+|\s+[–—-]\s+|\s*[=:]\s*)(?P<name>[^\t,]+?)(?:(?:,\s*|\s+[–—-]\s+)(?P<post>[^\t]*))?"
)


def _initials_from_key(text: str, people: list[Person]) -> None:
    """A listed person with no short form takes the initials a key to initials gives their name:
    the minutes call them by those. Rows are read from the heading to the first line that is no row;
    a row naming no one listed adds no one. A person listed by initials alone ("Attendees: JS, TW
    (chair)") is the person the key's row names, with the row's post before any note of their own."""
    heading = _INITIALS_KEY_HEADING.search(text)
    if heading is None:
        return
    for line in text[heading.end() :].lstrip("\n").splitlines():
        row = _KEY_ROW.fullmatch(line.strip())
        if row is None:
            return
        name = _clean_name(row.group("name"))[0]
        for person in people:
            if person.abbrev is None and person.name.lower() == name.lower():
                person.abbrev = row.group("code")
            elif person.abbrev is None and person.name == row.group("code"):
                _name_from_key(person, name, row.group("post"))


# A one-line key to the chat nicks the notes call people by, often signed below them: "Nicks: alice =
# Alice Brennan, bob = Bob Achterberg". Two rows or more, so that "Key: a = b" in prose passes.
_NICK_KEY_LINE = re.compile(
    r"^[ \t]*(?i:(?:irc\s+|chat\s+)?nicks|nicknames|handles|key)[ \t]*:[ \t]*"
    r"(?P<rows>[a-z@][\w.|-]*[ \t]*=[^=\n]+(?:[,;][ \t]*[a-z@][\w.|-]*[ \t]*=[^=\n,;]+)+)[ \t]*$",
    re.M,
)
# One row of that key: the nick, "=", the full name.
_NICK_KEY_ROW = re.compile(r"(?P<code>[a-z@][\w.|-]*)\s*=\s*(?P<name>[^,;]+)")


def _names_from_nick_key(text: str, people: list[Person]) -> None:
    """A person listed by their chat nick alone ("Attendees: alice (chair), bob") takes the full name
    a one-line key gives that nick ("Nicks: alice = Alice Brennan, bob = Bob Achterberg"), keeping the
    nick as their short form. A row naming no one listed adds no one."""
    key = _NICK_KEY_LINE.search(text)
    if key is None:
        return
    for row in _NICK_KEY_ROW.finditer(key.group("rows")):
        name = _clean_name(row.group("name"))[0]
        for person in people:
            if person.abbrev is None and person.name == row.group("code") and _names_person(name):
                _name_from_key(person, name, None)


def _name_from_key(person: Person, name: str, post: str | None) -> None:
    """A person listed by their initials takes the name and post a key's row gives those initials,
    keeping the initials as their short form and a note of their own after the post:
    "TW (chair)" with "TW – Theresa Wolcott, Chief Operating Officer" -> Theresa Wolcott,
    Chief Operating Officer, Chair. A note the post already says is not repeated: "CE (Clerk)" with
    "CE – Carol Eastwood – Clerk to the Board" -> Clerk to the Board."""
    person.abbrev = person.name
    person.name = name
    own = person.role[:1].upper() + person.role[1:] if person.role else None
    if own and post and re.search(rf"(?<!\w){re.escape(own)}(?!\w)", post, re.I):
        own = None
    person.role = ", ".join(part for part in (post and post.strip(), own) if part) or None


# A full name, then the person's handle in brackets: "Ann Lee (@annl)".
_NAME_THEN_HANDLE = re.compile(
    rf"(?<![\w'’.-])(?P<name>[{CAPITALS}][\w'’.-]*(?:\s+[{CAPITALS}][\w'’.-]*){{1,3}})\s+\((?P<handle>@[\w.-]*\w)\)"
)


def _handles_from_notes(block: str, people: list[Person]) -> None:
    """A listed person with no short form takes the handle the header gives after their full name
    anywhere ("attendees: [Ann Lee, Raj Patel]", then "handles used below: Ann Lee (@annl), Raj Patel
    (@rajp)"): the notes below call people by those handles. Names not listed add no one."""
    for m in _NAME_THEN_HANDLE.finditer(block):
        name = re.sub(r"\s+", " ", m.group("name"))
        for person in people:
            if person.abbrev is None and person.name == name:
                person.abbrev = m.group("handle")


def _abbrev_of_role(role: str, abbreviations: dict[str, str]) -> str | None:
    """The short form the text defines for a person's post: for the whole role, else for the post
    before its body ("Director of Finance, Hollinshire Constabulary" and "the Director of Finance
    (DoF)" -> DoF), as the training gold gives it."""
    posts = [role.lower()]
    if "," in role:
        posts.append(role.split(",", 1)[0].strip().lower())
    for post in posts:
        found = next((abbr for abbr, expansion in abbreviations.items() if expansion.lower() == post), None)
        if found:
            return found
    return None


# An owner tag on a line of its own naming a post by a short form with its small words in lower case:
# "ACTION: DoE", "Action – HoS".
_OWN_LINE_CODE_TAG = re.compile(r"(?m)^[ \t]*(?i:action)[ \t]*[:–-][ \t]*(?P<code>[A-Z][A-Za-z]{1,6})[ \t]*$")


def _abbrevs_from_tags(body: str, people: list[Person]) -> None:
    """Give a listed person their post's short form when the minutes use it in own-line owner tags
    ("ACTION: DoE") without defining it, as a tag's short form is its holder's abbrev: only a form
    with a small word in lower case that spells one listed post ("DoE" = Director of Education), and
    only when exactly one person without a short form holds that post."""
    for code in dict.fromkeys(m.group("code") for m in _OWN_LINE_CODE_TAG.finditer(body)):
        if code.isupper() or not any(c.islower() for c in code[1:-1]):
            continue
        holders = [
            p for p in people if p.role and _initials(p.role.split(",")[0], small_words=True) == code.upper()
        ]
        if len(holders) == 1 and holders[0].abbrev is None:
            holders[0].abbrev = code


MIN_COUNTRY_NOTES = 4
COUNTRY_NOTE_SHARE = 0.8


def _country_note(person: Person) -> bool:
    """Whether a person's two-letter short form is a country code that is not the person's initials
    ("Ingrid Solberg (NO)"; "Anna Smith (AS)" keeps hers)."""
    code = person.abbrev or ""
    return len(code) == 2 and code in COUNTRY_CODES and not _initials_of(code, person.name)


def _drop_country_notes(people: list[Person]) -> None:
    """Clear the short forms that are the members' countries, not names for them: only where the list
    is one of countries, i.e. at least ``MIN_COUNTRY_NOTES`` people carry a country code that is not
    their initials and those are nearly all (``COUNTRY_NOTE_SHARE``) of the two-letter short forms. Two
    or three such codes among initials ("TD", "BL" beside "FD") are short forms as written."""
    coded = [p for p in people if p.abbrev and len(p.abbrev) == 2 and p.abbrev.isupper()]
    countries = [p for p in coded if _country_note(p)]
    if len(countries) >= MIN_COUNTRY_NOTES and len(countries) >= COUNTRY_NOTE_SHARE * len(coded):
        for person in countries:
            person.abbrev = None


# A key line spelling out the short forms written after the names: "Key: EU – Elmfield University
# (Client); ABL – Acme Build Ltd (Principal Contractor)". Its rows are split at semicolons.
_KEY_LINE = re.compile(r"^[ \t]*(?i:key)[ \t]*:[ \t]*(?P<rows>[^\n]+;[^\n]+)$", re.M)
# One row of that key: the short form, a dash or "=", what it stands for.
_CODE_KEY_ROW = re.compile(r"(?P<code>[A-Z][A-Za-z&]{1,5})\s*(?:[–—=]|\s-)\s*(?P<name>[A-Z][^;]*)")


def _organisation_codes(block: str) -> set[str]:
    """The short forms a key of the header spells out as organisations: a key whose rows are all
    "<code> – <name>" and one of which names an organisation ("Acme Build Ltd") is a key to the
    firms the people come from, so each row that holds no post ("Fenwick Kerr Architects") is one."""
    codes: set[str] = set()
    for line in _KEY_LINE.finditer(block):
        rows = [_CODE_KEY_ROW.fullmatch(r.strip()) for r in line.group("rows").split(";") if r.strip()]
        if not all(rows):
            continue
        names = {m.group("code"): _BRACKETED.sub("", m.group("name")).strip() for m in rows if m}
        if any(_names_an_org(n) for n in names.values()):
            codes |= {c for c, name in names.items() if _names_an_org(name) or not ROLE_WORDS.search(name)}
    return codes


def _drop_organisation_codes(block: str, people: list[Person]) -> None:
    """Clear the short forms and roles that are only an organisation's short form from a key
    ("Ann Lee (ABL)" under "Key: ABL – Acme Build Ltd"): the firm the person comes from, which
    gives no role, as a firm written out in brackets gives none, and is no short form of the person."""
    codes = _organisation_codes(block) if "key" in block.lower() else set()
    for person in people:
        if person.abbrev in codes:
            person.abbrev = None
        if person.role in codes:
            person.role = None


# The fewest capitals of a body's short form read off the end of a role ("ICB", "FREP"): two
# capitals are as often a department or a person's initials.
MIN_BODY_CODE_CAPITALS = 3


def _names_role_tail(code: str, role: str) -> bool:
    """Whether a short form spells only the body that ends a role, not the post ("VAGO" for "Audit
    Manager, Victorian Auditor-General's Office", "FREP" for "Chair of the Faculty Research Ethics
    Panel"): the bracket then defines the body's short form, which is no short form of its member. A
    tail that opens with a post word is a post ("Superintendent, Head of Professional Standards")."""
    capitals = "".join(c for c in code if c.isupper())
    whole = (_initials(role), _initials(role, small_words=True))
    if len(capitals) < MIN_BODY_CODE_CAPITALS or capitals in whole:
        return False
    words = role.replace("-", " ").replace(",", " ").split()
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        if words[start].lower() in _SMALL_WORDS or ROLE_WORDS.match(words[start]):
            continue
        if capitals == _initials(tail) and _BODY_NAME_NOUN.search(tail):
            return True
    return False


# A word that makes a name a body's, not a post's ("Integrated Care Board", "Auditor-General's Office"):
# a post after "and" ("Deputy Head and Designated Safeguarding Lead (DSL)") has none.
_BODY_NAME_NOUN = re.compile(
    r"\b(?:Office|Board|Panel|Agency|Services?|Council|Authority|Commission|Committee|Institute|Centre|"
    r"Center|University|College|Department|Directorate|Unit|Trust|Foundation|Association|Federation)\b"
)


def _drop_body_codes(people: list[Person]) -> None:
    """Clear the short forms that name the body a person comes from rather than the person: one
    shared by two or more people that spells none of their posts ("Ann Lee (UvL)", "Raj Patel
    (UvL)": a person's or a post-holder's short form picks out one person, while "NED" for two
    Non-Executive Directors spells their post), and one that spells only the body at the end of
    the person's role ("Medical Director, Ashbury Integrated Care Board (ICB)")."""
    holders: dict[str, set[str]] = {}
    for person in people:
        if person.abbrev and not person.abbrev.startswith("@"):
            holders.setdefault(person.abbrev, set()).add(person.name.lower())
    bodies = {  # two holders, one of them with a post the code does not spell; bare "(ACC)" twice is a post
        code
        for code, names in holders.items()
        if len(names) > 1
        and not any(p.abbrev == code and _own_code(code, p) for p in people)
        and any(p.abbrev == code and p.role for p in people)
    }
    for person in people:
        code = person.abbrev
        if not code or code.startswith("@"):
            continue
        if code in bodies or (bodies and not _own_code(code, person)):
            person.abbrev = None  # the list's brackets give bodies: "Raj Patel (PoT)" beside two "(UvL)"
        elif person.role and _names_role_tail(code, person.role) and not _initials_of(code, person.name):
            person.abbrev = None


def _own_code(code: str, person: Person) -> bool:
    """Whether a short form can be the person's own: their initials or handle, or their post's."""
    return _initials_of(code, person.name) or bool(person.role and _spells_code(code, person.role))


MIN_AFFILIATION_ROLES = 3


def _drop_affiliation_roles(people: list[Person]) -> None:
    """Clear the roles that only name the organisation a person comes from, where the lists show
    that their notes give employers: one person is noted as "independent" (of any employer), as an
    open-source project's attendance writes "Ann Lee (Acme Cloud), Raj Patel (independent)", and at
    least ``MIN_AFFILIATION_ROLES`` people carry such notes. A note with a role word or in lower case
    ("release manager", "SRE") says what the person does and stays their role. The minute taker's
    mark after the note ("Acme Cloud (minutes)") is kept for :func:`minute_taker_from_roles`."""
    affiliated = [p for p in people if p.role and _is_affiliation(_MINUTES_NOTE.sub(" ", p.role).strip())]
    if len(affiliated) < MIN_AFFILIATION_ROLES or not any(
        (p.role or "").lower() == "independent" for p in affiliated
    ):
        return
    for person in affiliated:
        mark = _MINUTES_NOTE.search(person.role or "")
        person.role = mark.group(0).strip() if mark else None


# An IRC-style channel name opening a meeting bot's title: "#kestrel-qa Meeting".
_CHANNEL = re.compile(r"#[a-z][\w.-]*(?=\s+(?i:meeting)\b)")
# A meeting bot's opening line: "Meeting started by tvanloon at 16:00:14 UTC."
_BOT_STARTED = re.compile(r"^\s*Meeting started by (?P<nick>[\w.|`^-]+) at\b", re.M)
# A meeting bot's title line giving the channel and the topic set for the meeting: "#qa-team: Steering".
_CHANNEL_TOPIC = re.compile(r"(?P<channel>#[a-z][\w.-]*):\s+(?P<topic>\S.*)")
# The line under a bot's title naming the project and the kind of meeting:
# "Kestrel Linux QA team: weekly meeting 2022-06-14"; the part before the colon is the body.
_BOT_PROJECT_LINE = re.compile(r"(?P<body>[A-Za-z][^:#]{2,60}?):\s+[^:]*\b(?i:meeting)\b")


def _bot_summary_header(meeting: dict, lines: list[str]) -> None:
    """Title, venue and body of a meeting bot's summary ("Meeting started by ..."): a title line
    "#channel: Topic" gives the topic as the title and the channel as the venue (a chat meeting is
    held in its channel), and a "Project: ... meeting" line under it names the body."""
    for line in lines[:3]:
        topic = _CHANNEL_TOPIC.fullmatch(line.strip())
        if topic:
            meeting.setdefault("title", topic.group("topic").strip())
            meeting.setdefault("venue", topic.group("channel"))
            break
    for line in lines[:4]:
        project = _BOT_PROJECT_LINE.match(line.strip())
        if project:
            meeting.setdefault("body", project.group("body").strip())
            break


# The bot's list of speakers: "People present (lines said)", its underline or a colon, "* nick (42)"
# (the bullet may be lost when the summary is pasted as plain text: "nick (42)").
_BOT_PEOPLE = re.compile(r"^\s*People present \(lines said\):?\s*\n(?:\s*[-=]{3,}\s*\n)?", re.M)
_BOT_PERSON = re.compile(r"^\s*(?:[*-]\s+)?(?P<nick>[\w.|`^-]+)\s+\(\d+\)\s*$")


# A bracketed note on a title line naming the chat channel the meeting was held in.
_CHANNEL_NOTE = re.compile(r"\((?:[^()]*,\s*)?(?P<venue>#[a-z][\w.-]*\s+channel)\s*\)")
# A line saying a meeting was held in a chat channel, perhaps on a named platform, the start time
# after it: "weekly team meeting in #core on Slack, 14:00 UTC".
_MEETING_IN_CHANNEL = re.compile(
    r"\b(?i:meeting|sync|call|chat)\s+in\s+(?P<venue>#[a-z][\w.-]*(?:\s+on\s+[A-Z][\w-]*)?)(?P<rest>[^()]*)$"
)


def _channel_note(lines: list[str]) -> str | None:
    """The channel a text-only meeting was held in, from a bracketed note on one of the first lines
    ("(chat meeting, #steering channel)" -> "#steering channel"): a chat meeting has no room, so its
    channel is its venue. None when no such note is written."""
    for line in lines:
        found = _CHANNEL_NOTE.search(line) if "#" in line else None
        if found:
            return found.group("venue")
    return None


def _meeting_in_channel(meeting: dict, lines: list[str]) -> None:
    """The venue and start time from a line saying the meeting was held in a chat channel ("weekly
    core team meeting in #core on Slack, 14:00 UTC" -> "#core on Slack", 14:00): a chat meeting
    has no room, so its channel is its venue. Fields already set are kept."""
    for line in lines:
        found = _MEETING_IN_CHANNEL.search(line) if "#" in line else None
        if found:
            meeting.setdefault("venue", found.group("venue"))
            if time := find_time(found.group("rest")):
                meeting.setdefault("start_time", time)
            return


def _bot_attendees(text: str) -> list[Person]:
    """The speakers a meeting bot lists after the minutes or above them ("* nick (42)" under "People
    present (lines said)"), each present under their nick (the count is lines said, no part of the
    person); blank lines inside the list are allowed."""
    found = _BOT_PEOPLE.search(text)
    if not found:
        return []
    people: list[Person] = []
    for line in text[found.end() : found.end() + 4000].splitlines():
        m = _BOT_PERSON.match(line)
        if m:
            people.append(Person(name=m.group("nick"), attendance="present"))
        elif line.strip() and people:
            break
    return people


# A long label over a list, naming its kinds of people and ending in the attendance word:
# "Officers, convenors and heads of delegation present:".
_LONG_LIST_LABEL = re.compile(
    r"^[A-Z][\w ,'’/&-]{0,80}?\b(?P<kind>present|in attendance|attending|apologies)\s*:$", re.I
)


# A head count standing where an attendance label's names would be, the names following on their own
# lines: "Attendees: ~25 (names below)", "Present: 12".
_HEAD_COUNT = re.compile(
    r"(?:~|c\.|about|approx\.?)?\s*\d{1,4}\+?(?:\s+(?:people|attendees|members))?(?:\s*\([^()]*\))?"
)


# The number of an entry in a numbered attendance list: "1. ", "12) ".
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")


# How far from the end of the minutes their sign-off may name the minute taker ("Minutes taken by …").
SIGN_OFF_REACH = 400


# How far into the items a roll call is looked for when the header lists nobody.
ROLL_CALL_REACH = 1500


def _roll_call(body: str) -> str:
    """The attendance lines of a roll call taken as an item of business ("ROLL CALL" then
    "Present: Mayor Ann Lee, ..." / "Absent: ..." / "Staff present: ..."): the first run of
    lines labelled with an attendance word, as a header of its own; "" when there is none. Once the
    run has begun, the lines naming the chair and the note taker belong to it ("Present: @ana, @bo",
    "Chair: @ana", "Notes: @bo", "Regrets: @cy" under an "Attendees" heading). A label with nothing
    after it heads the names on the lines below it, blank lines between them allowed ("Directors
    Present:" over "Ann Lee (Chair)", "Raj Patel" a line each), as a board's roll call lists them."""
    lines: list[str] = []
    names_below = False  # the last label gave no names: the lines below it are its list
    for line in body.splitlines():
        label, value = _label_of(line) if ":" in line[:40] else (None, "")
        listing = bool(label) and bool(attendance_kind(label)) and len(label.split()) <= 3
        if listing or (lines and label and _field_of(label) in ("chair", "minute_taker")):
            lines.append(line)
            names_below = listing and not value.strip()
        elif names_below and (not line.strip() or _opens_with_name(line)):
            lines.append(line)
        elif lines:
            break
    return "\n".join(lines).strip()


# The heading of an attendance register kept after the business ("Attendance register", "Record of
# attendance"), as minutes whose header says "Attendance: see the register at the end" keep it.
_REGISTER_HEADING = re.compile(
    r"^[ \t]*(?i:attendance\s+(?:register|record|list)|(?:register|record)\s+of\s+attendance)[ \t]*:?[ \t]*$",
    re.M,
)


def _closing_register(body: str) -> str:
    """The attendance lines of a register the minutes keep after their business, under its own
    heading ("Attendance register" over "Governors present: KB (Chair), DM", "Apologies: LF"), as a
    header of its own; "" when there is none. The last such heading is the register's: an item may
    mention the register before it."""
    headings = list(_REGISTER_HEADING.finditer(body))
    return _roll_call(body[headings[-1].end() :]) if headings else ""


# Columns whose cells only answer yes or no about the person ("Voting member": "Yes" / "No"): never
# part of a role, so always dropped.
_FLAG_COLUMNS = frozenset({"voting", "voting member", "voting rights", "vote"})
# Headings of a role column that name the kind of member ("Governor type", "Type of governor").
_MEMBER_TYPE_COLUMNS = frozenset(
    {
        "governor type", "type of governor", "member type", "type of member", "membership type",
        "trustee type", "category of governor",
    }
)  # fmt: skip
_NAME_COLUMNS = frozenset({"name", "names", "attendee", "attendees", "member", "members", "participant"})
_AFFILIATION_COLUMNS = frozenset(
    {"company", "affiliation", "employer", "organisation", "organization", "org"}
)
_ROLE_COLUMNS = frozenset(
    {"role", "roles", "capacity", "position", "title", "job title", "designation", "category", "membership", "type"}
) | _MEMBER_TYPE_COLUMNS  # fmt: skip
# Column headings of an attendance table ("Name<TAB>Role<TAB>Initials", "| Attendee | Handle | Role |"): the
# name, role and affiliation columns above, and the others a register may have.
TABLE_COLUMNS = _NAME_COLUMNS | _ROLE_COLUMNS | _AFFILIATION_COLUMNS | _FLAG_COLUMNS | frozenset(
    {"participants", "initials", "handle", "handles", "abbreviation", "representing", "attendance", "status", "email"}
)  # fmt: skip


def _column_headings(raw: str) -> list[str]:
    """The cells of a TAB-separated heading row in column order, lower case, without a closing colon."""
    return [c.strip().rstrip(":").lower() for c in raw.split("\t")]


def _affiliation_columns(raw: str) -> frozenset[int]:
    """Positions of the columns of an attendance table's heading row whose cells are dropped: the
    yes/no columns ("Voting member"), and the affiliation columns when there is also a role column
    ("Name | Company | Role"): the role column gives the person's role and the employer is dropped;
    with no role column the affiliation is all the role there is (kept)."""
    cells = _column_headings(raw)
    flags = frozenset(i for i, c in enumerate(cells) if c in _FLAG_COLUMNS)
    if not _ROLE_COLUMNS & set(cells):
        return flags
    return flags | frozenset(i for i, c in enumerate(cells) if c in _AFFILIATION_COLUMNS)


_ATTENDANCE_COLUMNS = frozenset({"attendance", "status"})
# Headings of a column that answers whether each person came, with a tick or a cross: "Present".
_TICKED_COLUMNS = frozenset({"present", "attended"})
# The alternatives an attendance column's heading may list instead of naming itself: "Present/Apologies".
_ATTENDANCE_ALTERNATIVES = re.compile(r"\s*/\s*")
# The attendance a cell of such a column may give, as its heading lists them.
_ATTENDANCE_CELLS = frozenset(
    {"present", "attended", "apologies", "apology", "absent", "not present", "in attendance", "attending"}
)
# The initials a register writes for each kind of attendance, in its heading ("P/A") and its cells ("P", "A").
_ATTENDANCE_INITIALS = {"p": "present", "a": "absent"}


def _is_attendance_heading(cell: str) -> bool:
    """Whether a lower-case heading cell names an attendance column: "Attendance", "Status", the
    kinds its cells take written as alternatives ("Present/Apologies", "Attended / Absent"), or the
    one kind a column of ticks and crosses answers ("Present", "Attended", "Apologies"), or their
    initials ("P/A")."""
    cell = re.sub(r"\s*\([^)]*\)", "", cell).strip() or cell  # "Present (Y/N)": the answers' key
    if cell in _ATTENDANCE_COLUMNS or cell in _TICKED_COLUMNS or cell in _TICK_REGISTER_COLUMNS:
        return True
    kinds = _ATTENDANCE_ALTERNATIVES.split(cell)
    return len(kinds) >= 2 and (
        all(k in _ATTENDANCE_CELLS for k in kinds) or all(k in _ATTENDANCE_INITIALS for k in kinds)
    )


def _attendance_column(raw: str) -> int | None:
    """Position of the attendance column of an attendance table's heading row
    ("Name<TAB>Role<TAB>Attendance", "Name<TAB>Category<TAB>Present/Apologies"), whose cells say each
    person's attendance ("Present", "Apologies", "In attendance (to item 6)") rather than a role;
    None when there is none. A first cell naming the list its rows make ("Apologies<TAB>Initials<TAB>Role")
    heads the names, not their attendance."""
    first = 1 if _table_list_heading(raw) is not None else 0
    headings = _column_headings(raw)
    return next((i for i in range(first, len(headings)) if _is_attendance_heading(headings[i])), None)


# Cells of an attendance column that answer it yes or no ("Present": "Y" / "N"), read as a tick and a cross.
_YES_NO_MARKS = {"y": TICK_SYMBOLS[0], "yes": TICK_SYMBOLS[0], "n": CROSS_SYMBOLS[0], "no": CROSS_SYMBOLS[0]}
# Cells of an attendance column saying the member sent a deputy in their place ("Attended": "Deputy"):
# the member was not there, so gave apologies, as the minutes record them.
_DEPUTISED_CELLS = frozenset({"deputy", "deputy sent", "sent deputy", "deputised", "deputized", "substitute"})


def _row_attendance(cell: str) -> str | None:
    """The attendance an attendance-column cell gives: "Present (Teams)" -> present,
    "In attendance (to ARC.24.22)" -> in_attendance; the bracketed note does not count. A yes or no
    ("Y", "N") answers the column as a tick or a cross does; "Deputy" (one sent in the member's
    place) is apologies; a kind's initial ("P", "A") is that kind."""
    bare = re.sub(r"\s*\([^)]*\)", "", cell).strip()
    if bare.lower() in _DEPUTISED_CELLS:
        return "apologies"
    if bare.lower() in _ATTENDANCE_INITIALS:
        return _ATTENDANCE_INITIALS[bare.lower()]
    bare = _YES_NO_MARKS.get(bare.lower(), bare)
    if bare and bare in ROW_SYMBOLS:
        return _marked_attendance(cell, bare)
    return attendance_kind(bare) if bare and len(bare.split()) <= 3 else None


def _table_row_attendance(cell: str, group: str | None) -> str | None:
    """The attendance of a table row from its attendance cell, under the group heading the row sits
    in (``group``): a yes ("Y", "✓") says the person came as their group did, so a "Y" under "In
    attendance" stays in attendance; any other answer says itself ("N" -> absent, "Apologies")."""
    if group and _YES_NO_MARKS.get(cell.strip().lower(), cell.strip()) in TICK_SYMBOLS:
        return group
    return _row_attendance(cell) or group


# Headings of the columns a register ticks one of per person ("Present<TAB>Apologies<TAB>Absent").
_TICK_REGISTER_COLUMNS = frozenset({"present", "attended", "apologies", "absent"})


def _tick_columns(raw: str) -> dict[int, str]:
    """The columns of an attendance table's heading row that each take a tick for one kind of
    attendance ("Name<TAB>Role<TAB>Present<TAB>Apologies" -> {2: present, 3: apologies}), when there
    are two or more of them; a single such column is an ordinary attendance column (empty here)."""
    cells = _column_headings(raw)
    kinds = {i: attendance_kind(c) or c for i, c in enumerate(cells) if c in _TICK_REGISTER_COLUMNS}
    return kinds if len(kinds) >= 2 else {}


def _ticked_kind(cells: list[str], columns: dict[int, str]) -> str:
    """The attendance a row of a register with a column per kind gives: that of the column ticked
    (or answered yes); a row ticked in none was absent, neither there nor excused."""
    for i, kind in sorted(columns.items()):
        mark = cells[i].strip() if i < len(cells) else ""
        if mark and _YES_NO_MARKS.get(mark.lower(), mark) in TICK_SYMBOLS:
            return kind
    return "absent"


def _attendance_row(raw: str, column_count: int, attendance_column: int) -> bool:
    """Whether a TAB row is a person's row of an attendance table: as many cells as its heading row,
    and a name or an attendance answer; a row with neither ("<TAB>Welcome and apologies<TAB>") is
    the business table that follows."""
    cells = raw.split("\t")
    if attendance_column < len(cells) < column_count:  # empty cells at its end dropped
        cells += [""] * (column_count - len(cells))
    return len(cells) == column_count and bool(cells[0].strip() or cells[attendance_column].strip())


# The lower-case words a post's name may hold ("Head of Finance and Resources"); any other makes a sentence.
_POST_CONNECTIVES = frozenset({"of", "and", "for", "the", "to", "&"})


def _merged_list_row(lines: list[str], index: int) -> bool:
    """Whether a line without TABs inside a "Name<TAB>Post" list is two of its rows that PDF
    extraction ran together ("Ann Lee Raj Patel Chair Treasurer"), unreadable as they stand: it opens
    with a full name, every word is capitalised as names and posts are (but "of", "and": no sentence),
    and the line below is a row of the table, opening with a full name too. Its
    people cannot be told from their posts safely, so the line is passed over, and the rest of the
    list below it is still read rather than ended there."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    words = lines[index].split()
    return (
        "\t" not in lines[index]
        and len(words) > 2
        and all(w[:1].isupper() or w in _POST_CONNECTIVES for w in words)  # no sentence
        and _full_name_cell(" ".join(words[:2]))
        and "\t" in below
        and _full_name_cell(below.split("\t")[0])
    )


def _row_run_together(lines: list[str], index: int, column_count: int, attendance_column: int) -> bool:
    """Whether a line without TABs inside an attendance table is one of its rows whose cells ran
    together when empty ones between them were lost ("Ann Lee (AL) Parent Governor ✓"): the lines
    around it are both rows of the table. Which column its mark stood in can no longer be told, so
    the row is passed over, and the table goes on below it."""
    if "\t" in lines[index] or not lines[index].strip() or not 0 < index < len(lines) - 1:
        return False
    return all(_attendance_row(lines[k], column_count, attendance_column) for k in (index - 1, index + 1))


def _table_group_heading(raw: str) -> str | None:
    """The attendance a one-cell row inside an attendance table announces for the rows below it
    ("Members" -> present, "In attendance" -> in_attendance), or None for any other row."""
    line = raw.strip()
    return attendance_kind(line) if line and "\t" not in line and len(line.split()) <= 3 else None


def _marked_attendance(cell: str, mark: str) -> str | None:
    """The attendance a tick or cross cell gives ("✓", "✗", "✗ (regrets)"): a bracketed note of
    attendance decides ("(regrets)" -> apologies); else a tick is present and a cross absent."""
    if note := _ATTENDANCE_NOTE.search(cell):
        return attendance_kind(note.group("note"))
    return "present" if mark in TICK_SYMBOLS else _symbol_attendance(mark, {}, None)


# A table row's last cell naming the chair of the meeting rather than a post.
_CHAIR_CELL = re.compile(r"\t\s*(?:the\s+)?(?P<chair>chair|chairman|chairperson|chairwoman)\s*$", re.I)


# A body's name ending in its short form in capitals: "Transformation PMO", "Governance Office OPCC".
_BODY_SHORT_FORM_END = re.compile(r"\b[A-Z]{2,}$")


def _body_holds(cells: list[str]) -> bool:
    """Whether the TAB cells after an office's label ("Secretariat:<TAB>Transformation PMO") name the
    body holding it, not a person: a name ending in a short form in capitals or holding a body's word."""
    name = _clean_name(" ".join(c.strip() for c in cells))[0]
    return bool(name) and bool(_BODY_SHORT_FORM_END.search(name) or _BODY_NAME.search(name))


# A capacity cell naming one who attends without being a member: set against "Member" in the same
# column ("Name | Title | Role" rows ending "Member" or "Attendee"), so in attendance, not present.
_ATTENDEE_CELLS = frozenset({"attendee"})
# The cells that give a person's capacity at the meeting, not a post ("Member", "In attendance").
_CAPACITY_CELLS = _ATTENDANCE_CELLS | _ATTENDEE_CELLS | {"member", "observer"}


# The end of a list line that cannot end an entry, so that the entry goes on below: a comma, a
# joining word ("Director of" over "Finance (Ann Lee)"), or a courtesy title ("…, Dr" over "Raj Patel").
_UNFINISHED_END = re.compile(
    rf"(?:,|&|\b(?:of|and|for|the|to|in|on|at)|\b(?i:{alternation(HONORIFICS)})\.?)$"
)


def _comma_wrapped(line: str, following: str) -> bool:
    """Whether a list line ending in a comma wraps onto the next ("Councillors Ann Lee, Raj Patel,"
    over "Jo Hart and Kim Ng"), so that a title for all the names before reaches those after: the
    next line is filled and opens no field or table row. A line that leaves a bracket open, or ends
    in a joining word or a courtesy title, wraps the same way, as a PDF wraps a long paragraph
    ("Raj Patel (Head of" over "Finance) and Jo Hart"): the entry goes on below."""
    core = following.strip()
    broken = bool(_UNFINISHED_END.search(line.rstrip())) or line.count("(") > line.count(")")
    filled = bool(core) and ":" not in core and not _opens_list(core)  # "Apologies" opens the next list
    return broken and "\t" not in line + following and filled


def _opens_valued_list(line: str) -> bool:
    """Whether a line is a list's label with its first entries after it ("Present: Ann Lee, Raj")."""
    label, value = _label_of(line)
    return bool(label and value and _list_kind(label))


# The head of a line that finishes a name broken at the line's end: one name word, then the
# entry's bracketed note, the next separator or the list's closing full stop ("Farouk (Governor);").
_NAME_TAIL_LINE = re.compile(rf"[{CAPITALS}][\w'’-]*[a-zà-ÿ][\w'’-]*(?:\s*[(,;]|\.$)")


def _name_wrapped(line: str, following: str) -> bool:
    """Whether a list line breaks inside its last person's name ("Apologies: Ann Lee; Dr Nadia" over
    "Farouk (Governor)."), so that the name is read whole: the line opens a list or is one, ends in
    a word, and the next line opens with a lone name word and then that entry's note or separator."""
    if "\t" in line + following or ":" in following or not re.search(r"[^\W\d_]$", line.rstrip()):
        return False
    return _opens_valued_list(line) and bool(_NAME_TAIL_LINE.match(following.strip()))


def _capacity_cell(row: str) -> tuple[str, str | None] | None:
    """A table row of name, post and the person's capacity at the meeting ("Name | Title | Role" rows
    ending "Member", "In attendance" or "Chair"), as the row without that cell and the attendance it
    gives: "Member" -> present, "In attendance" or "Attendee" -> in_attendance; "Chair" stays as a dashed mark after
    the post ("NED – Chair"), which names the chair. None when the last cell is a post of its own."""
    if chair := _CHAIR_CELL.search(row):
        return f"{row[: chair.start()].rstrip()} – {chair.group('chair')}", None
    rest, _, last = row.rpartition("\t")
    bare = last.strip().lower() in _CAPACITY_CELLS and rest.split("\t")[-1].strip()
    kind = _capacity_kind(last.strip()) if bare else None
    return (rest, kind) if kind else None


def _capacity_kind(cell: str) -> str | None:
    """The attendance a capacity cell gives: "Attendee" -> in_attendance, as one
    attending beside the members; else as the cell's words say ("Member" -> present)."""
    return "in_attendance" if cell.lower() in _ATTENDEE_CELLS else attendance_kind(cell)


# Column headings of a minutes table of business ("No.<TAB>Item<TAB>Discussion<TAB>Action<TAB>Owner").
BUSINESS_COLUMNS = frozenset(
    {
        "no", "no.", "item", "items", "agenda item", "discussion", "action", "actions", "owner", "owners",
        "date", "due", "due date", "deadline", "ref", "ref.", "minute", "notes", "decision", "decisions",
        "outcome", "who", "when", "by when", "lead",
    }
)  # fmt: skip


def _is_business_table_header(raw: str) -> bool:
    """Whether a TAB line is the heading row of a table of business (three or more cells, all of
    them headings such as "No.", "Item", "Discussion", "Owner"), which ends any attendance list
    above it and names nobody."""
    cells = [c.strip().rstrip(":").lower() for c in raw.split("\t") if c.strip()]
    return len(cells) >= 3 and all(c in BUSINESS_COLUMNS for c in cells)


def _is_table_header(raw: str) -> bool:
    """Whether a line is the heading row of an attendance table: two or more TAB cells, all of
    them column headings, one of which names the people ("Name", "Attendee", "Member"); an attendance
    column may be headed by the kinds it holds ("Present/Apologies"). The names' column may instead
    be headed by the list its people make ("In attendance<TAB>Role")."""
    if "\t" not in raw:
        return False
    cells = [c.strip().rstrip(":").lower() for c in raw.split("\t") if c.strip()]
    listed = _table_list_heading(raw) is not None
    known = all(c in TABLE_COLUMNS or _is_attendance_heading(c) for c in cells[listed:])
    return len(cells) >= 2 and known and (listed or bool(_NAME_COLUMNS & set(cells)))


def _table_list_heading(raw: str) -> str | None:
    """The attendance a table's heading row gives its rows when its first cell, over the names, is
    the list they make rather than a column heading ("In attendance<TAB>Role" -> in_attendance,
    "Apologies<TAB>Role" -> apologies); None for a plain heading ("Name<TAB>Role")."""
    first = raw.split("\t", 1)[0].strip().rstrip(":")
    if first.lower() in TABLE_COLUMNS or len(first.split()) > 3:
        return None
    return attendance_kind(first)


# "Ann", "McBride", "J.", "Órla"; not "WELCOME". The whole word is tried before the initial, and an
# initial is a letter no other letter follows, so "Chaired by Ines Carvalho" names Ines, not "I".
_NAME_WORD = rf"(?:[{CAPITALS}][\w'’-]*[a-zà-ÿ][\w'’.-]*|[{CAPITALS}](?:\.|(?![\w'’])))"
# (never from inside a word: "The CFO chaired the meeting" names no "O")
_PROSE_NAME = (
    r"(?<![\w'’])(?P<name>(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Rev|Revd)\.? +)?"
    rf"{_NAME_WORD}(?: +{_NAME_WORD}){{0,3}})"
)
_CHAIR_TITLE = r"(?:Chair|Chairman|Chairperson|Chairwoman|Chair of the (?:Board|Committee|Meeting))"
# Sentences that name the chair or minute taker in running text, as (field, pattern).
# (field, words of which a match must hold one (lower case), pattern): the words are a cheap test
# first, as most patterns open with a name and would otherwise scan every position of the text.
ROLE_SENTENCES: tuple[tuple[str, tuple[str, ...], re.Pattern], ...] = tuple(
    (field, needs, re.compile(pattern))
    for field, needs, pattern in (
        (
            "chair",
            ("chaired", "presided", "chair"),
            rf"{_PROSE_NAME}(?:,\s+[A-Z][^,.\n]{{1,60}},)?\s+"
            r"(?:chaired(?:\s+the\s+meeting)?|presided|was\s+in\s+the\s+chair|took\s+the\s+[Cc]hair)\b",
        ),
        (  # "The Bishop of Carrowby, the Rt Revd Helen Marsh, presided": the office, then the name
            "chair",
            ("presided",),
            rf",\s+(?:the\s+)?(?:(?:Rt|Very|Most)\.?\s+)?{_PROSE_NAME},\s+presided\b",
        ),
        (
            "chair",
            ("welcomed", "opened", "introduced", "thanked"),
            rf"\b[Tt]he\s+{_CHAIR_TITLE},?\s+\(?{_PROSE_NAME}\)?,?\s+(?:welcomed|opened|introduced|thanked)\b",
        ),
        (
            "chair",
            ("welcomed", "opened"),
            rf"{_PROSE_NAME},?\s+(?:\(|the\s+)?{_CHAIR_TITLE}\)?,?\s+(?:welcomed|opened)\b",
        ),
        ("chair", ("chaired", "presided"), rf"\b(?:[Cc]haired|[Pp]resided over)\s+by\s+{_PROSE_NAME}"),
        (  # "Mayor Linda Okafor called the meeting to order": who calls it to order presides
            "chair",
            ("called",),
            rf"(?:\b(?:Mayor|President|Chair(?:man|person|woman)?)\s+)?{_PROSE_NAME}\s+called\s+the\s+meeting"
            r"\s+to\s+order\b",
        ),
        ("chair", ("chair",), rf"(?m)^{_PROSE_NAME}\s*,?\s*\(?in\s+the\s+[Cc]hair\)?\.?[ \t]*$"),
        (
            "minute_taker",
            ("recorded", "took", "kept", "wrote"),
            rf"{_PROSE_NAME}\s+(?:recorded|took|kept|wrote)\s+(?:the\s+)?(?:minutes|notes)\b",
        ),
        (
            "minute_taker",
            ("taken", "recorded"),
            rf"\b(?:[Mm]inutes|[Nn]otes)\s+(?:were\s+)?(?:taken|recorded)\s+by\s+{_PROSE_NAME}",
        ),
    )
)


# How far into the business the sentence opening the meeting is looked for.
OPENING_REACH = 3000
# An officer, by the short form the attendance list gives them, opening the meeting: "The PCC
# welcomed everyone to the meeting", "The CEO opened the meeting". Welcoming one person ("welcomed
# the new Clerk") is not opening the meeting. Saying the officer chaired it names the chair outright:
# "The PCC chaired the meeting", "The PCC, who chaired the meeting, welcomed those present".
_OFFICER_OPENS = re.compile(
    r"\b[Tt]he\s+(?P<code>[A-Z]{2,5})(?:,\s+who\s+chaired\s+the\s+meeting,)?\s+"
    r"(?:welcomed\s+(?:everyone|all|those\s+present|members|attendees)\b|opened\s+the\s+meeting\b|chaired\s+the\s+meeting\b)"
)


def _welcoming_officer(text: str, people: list[Person]) -> str | None:
    """The chair of a meeting that names none, when its opening says an officer by short form
    welcomed everyone or opened it ("The PCC welcomed everyone to the meeting"): who opens the
    meeting presides. Only a short form exactly one person there carries counts, present or "in
    attendance" (a commissioner's board lists everyone so); the short form may be all the list gives
    as the post."""
    m = _OFFICER_OPENS.search(text)
    if m is None:
        return None
    code = m.group("code")
    holders = [  # the short form as the list gives it: in brackets, or as the whole post ("Ann Lee  PCC")
        p for p in people if code in (p.abbrev, p.role) and p.attendance in ("present", "in_attendance")
    ]
    return holders[0].name if len(holders) == 1 else None


def _roles_in_prose(text: str) -> dict[str, str]:
    """Chair and minute taker named in running text: "Dana Whitfield presided and Sunita Rao
    recorded the minutes."; "The Chair, Cllr Ann Lee, welcomed everyone"."""
    out: dict[str, str] = {}
    low = text.lower()
    for field, needs, pattern in ROLE_SENTENCES:
        if not any(k in low for k in needs):
            continue
        m = pattern.search(text)
        if m and field not in out:
            name = _clean_name(m.group("name"))[0]
            if name and name.split()[0].lower() not in ("the", "it", "this", "minutes", "meeting"):
                out[field] = name
    return out


# A role or note that marks its person as taking the minutes, strongest first: "(minutes)",
# "Minute taker", "scribe", then a clerk ("Town Clerk", "Clerk to the Authority", "(Clerk)").
MINUTE_TAKER_ROLES: tuple[re.Pattern, ...] = (
    re.compile(
        r"\b(?:minutes|minute[- ]?taker|note[- ]?taker|taking notes|notes|scribe)\b|\(record(?:er)?\)", re.I
    ),
    re.compile(r"(?<!deputy )(?<!assistant )\bclerk\b", re.I),
    # "Director of Administration/Secretary to the Board": the board's secretary keeps its minutes
    re.compile(r"(?<!deputy )(?<!assistant )\bsecretary\s+to\s+the\s+(?:board|committee|council)\b", re.I),
)
_MINUTES_NOTE = re.compile(
    r"\s*(?:\(\s*(?:minutes|notes|minute[- ]taker|note[- ]taker|record(?:er)?)\s*\)|[,–—-]\s*(?:minutes|notes|minute[- ]taker|note[- ]taker)\b)\s*",
    re.I,
)


def minute_taker_from_roles(people: list[Person]) -> str | None:
    """The minute taker marked in the attendance lists ("Nisha Patel – Committee Officer
    (minutes)", "Leanne Hulbert  Minute taker", "Mrs Lorraine Pugh – Town Clerk"); a "(minutes)"
    note is taken off the role, which it is not part of."""
    for pattern in MINUTE_TAKER_ROLES:
        for person in people:
            if person.role and pattern.search(person.role):
                if _MINUTES_NOTE.search(person.role):
                    person.role = _MINUTES_NOTE.sub(" ", person.role).strip(" ,–—-") or None
                    if person.role and not person.abbrev:  # "Faculty Secretary (FS), minute taker"
                        person.role, person.abbrev = _role_and_initials(person.role)
                return person.name
    return None


def _known(name: str, people: list[Person]) -> bool:
    """Whether ``name`` is already listed (same full name, or same surname for "Cllr Byatt")."""
    low = name.lower()
    surname = low.split()[-1] if low.split() else low
    return any(p.name.lower() == low or p.name.lower().split()[-1] == surname for p in people)


# Labels of officers who serve the meeting rather than sit on it: in attendance wherever listed.
OFFICER_LABELS = frozenset(
    {"clerk", "secretary", "minute secretary", "recording secretary", *_BODY_SECRETARY_LABELS}
)
TAKER_LABELS = frozenset(
    {"minute taker", "minute-taker", "note taker", "note-taker", "notetaker"}
)  # also a role
_BARE_HANDLE = re.compile(r"@[\w.-]+")
# A list of handles only, each with an optional note: "@amy, @bob (chair)".
_HANDLE_LIST = re.compile(r"@[\w.-]+(?:\s*\([^),]*\))?(?:\s*,\s*@[\w.-]+(?:\s*\([^),]*\))?)+")
# A handle with the mark of the chair after it: "@bob (chair)", "@bob, chairing", "@bob – chair".
_HANDLE_CHAIR = re.compile(
    r"(?P<handle>@[\w.-]+)\s*[(,–—-]\s*(?P<mark>chair|chairman|chairperson|chairing)\s*\)?", re.I
)
# A role note that makes someone listed among those present a guest: "guest from the Archive".
_GUEST_ROLE = re.compile(r"(?:invited\s+)?(?:guest|observer|visitor)s?\b", re.I)


# A bracketed note closing a listed person's post that they came as a guest, perhaps for part of the
# meeting only: "Head of Sales, Acme Cloud (guest, item 4 only)", "(invited guest)". The note says how
# they attended, not what they are.
_GUEST_NOTE = re.compile(r"\s*\((?:invited\s+|external\s+)?guest\b[^()]*\)$", re.I)


def _is_guest(role: str) -> bool:
    """Whether a role listed among those present marks a guest: the role is one ("Guest speaker",
    "Observer") or a note closing it says so ("Head of Sales (guest)"). Guests attend; they are not members."""
    return bool(_GUEST_ROLE.match(role) or _GUEST_NOTE.search(role))


def _handle_list_parts(value: str) -> list[str] | None:
    """Each entry of a list of handles only ("@amy, @bob, @cy (chair)" -> "@amy", "@bob", "@cy
    (chair)"), a note kept with its handle; None for any other value."""
    value = value.strip()
    if "@" not in value or not _HANDLE_LIST.fullmatch(value):
        return None
    return [part.strip() for part in value.split(",")]


def _role_label_person(line: str) -> bool:
    """A line whose label is a short role and whose value one person's full name and nothing
    else: "Responsible AD: Kofi Mensah-Bonsu", "Zulip monitor: Arjun Bhatt"."""
    label, _, value = line.partition(":")
    words = label.split()
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words) or attendance_kind(label):
        return False
    name, role, _, _ = _clean_name(value)
    return 2 <= len(name.split()) <= 3 and role is None and _is_person_part(value) and "," not in value


def _note_taker_attendance(label: str, section: str | None) -> str:
    """A minute taker's line inside the "Present" block makes them present ("Minutes: Ruth O'Hare"
    between members); elsewhere, and always for a clerk or secretary, they are in attendance."""
    return "present" if section == "present" and label not in OFFICER_LABELS else "in_attendance"


# A note naming the team or unit someone works in, not their post: "(Trust governance team)",
# "(Democratic Services)", "(Governance Unit)".
_UNIT_NOTE = re.compile(r"\b(?:team|unit|department|directorate|services)$", re.I)


def _names_a_unit(note: str) -> bool:
    """Whether a note after a note taker's name says where they work (a team, a unit, an organisation)
    rather than what post they hold; the office their field line names is then their role."""
    return bool(_UNIT_NOTE.search(note.strip())) or _is_affiliation(note)


def _field_line_people(
    chair_lines: list[str],
    note_takers: list[tuple[str, str, str]],
    handles: list[tuple[str, str, str | None]],
    people: list[Person],
) -> list[Person]:
    """People named on "Chair:" and "Minutes:"/"Clerk:" lines, added to those listed.

    A bare handle in a list ("Here: @ingrids, @devm") is the person a field line names with that
    handle, in the list's attendance; a chair not listed otherwise is present; a minute taker not
    listed otherwise attends as their line says ("Clerk: Anita Rowe – Democratic Services
    Officer" -> in attendance)."""
    named: list[tuple[Person, str | None]] = []  # (person, label of a note taker's line)
    for value in chair_lines:  # "Chairs: Ann Lee, Raj Patel" names two
        for entry in _split_entries(value):
            named += [(p, None) for p, _ in _entry_people(entry, "present") if _is_named_person(p)]
    for label, value, attendance in note_takers:
        for person, _ in _entry_people(value, attendance):
            if _is_named_person(person):
                if (person.role is None or _names_a_unit(person.role)) and (
                    label in OFFICER_LABELS or label in TAKER_LABELS
                ):  # "Clerk: Ann Lee (Trust governance team)": her office is the label's
                    person.role = label.capitalize()
                named.append((person, label))
    out: list[Person] = []
    for handle, attendance, mark in handles:
        person = next((p for p, _ in named if (p.abbrev or "").lower() == handle.lower()), None)
        if person is not None and not _known(person.name, people + out):
            out.append(person.model_copy(update={"attendance": attendance}))
        elif person is None and not any((p.abbrev or "").lower() == handle.lower() for p in people + out):
            # known by handle only; a chair's mark after it ("@kim (chair)") is the role
            out.append(Person(name=handle, role=mark, abbrev=handle, attendance=attendance))
    for person, _ in named:
        if not _known(person.name, people + out):
            out.append(person)
    return out


# Field labels that are also the role of the person they name ("Chair: Ines Barreto" -> role "Chair").
FIELD_LINE_ROLES = {
    "chair": "Chair",
    "chairs": "Chair",
    "scribe": "Scribe",
    "scribes": "Scribe",
    "facilitator": "Facilitator",
    "moderator": "Moderator",
    "host": "Host",
    "cathaoirleach": "Cathaoirleach",
}


def _initials_of(code: str, name: str) -> bool:
    """Whether a short form is the person's own initials or handle ("AL", "@ann" for Ann Lee)."""
    if code.startswith("@") or _is_nick_of(code, name):
        return True
    person = _initials(name)
    return bool(person) and code.upper().replace(".", "") in (person, person[0] + person[-1])


def _roles_from_field_lines(role_lines: list[tuple[str, str]], people: list[Person]) -> None:
    """A listed person named by full name on a "Chair:" or "Scribe:" line, with no role of their
    own in the list, takes that line's label as their role ("Present: Ines Barreto, ..." and
    "Chair: Ines Barreto" -> Ines Barreto, Chair); a councillor's rank takes the chair's mark after a
    comma, as "Councillor Ines Barreto in the Chair" does ("Councillor, Chair"). Handles ("Chair: @maria") are left alone: the
    list names the person's role, if any."""
    for role, value in role_lines:
        if _BARE_HANDLE.fullmatch(value.strip()):  # "Host: @mirela": a person known only by handle
            for person in people:
                if person.role is None and person.name.lower() == value.strip().lower():
                    person.role = role
            continue
        for named, _ in [
            found for entry in _split_entries(value) for found in _entry_people(entry, "present")
        ]:
            if not _is_named_person(named):
                continue
            # "Chair: Ann Lee (PTL)": a short form that is not her initials is her office
            office = named.abbrev if named.abbrev and not _initials_of(named.abbrev, named.name) else None
            for person in people:
                if person.name.lower() != named.name.lower():
                    continue
                if person.role is None:
                    person.role = office or role
                elif role == "Chair" and _is_elected_rank(person.role):
                    person.role = (
                        f"{person.role}, Chair"  # "Chair: Councillor Ann Lee": a councillor chairing
                    )


def _is_elected_rank(role: str) -> bool:
    """Whether a role is only an elected member's rank ("Councillor", "County Councillor"), no post."""
    words = role.split()
    return 1 <= len(words) <= 2 and words[-1] in ELECTED_RANKS


# A list of a council's executive by the executive's name: "Cabinet Members present", "Executive
# Members", "Portfolio Holders present". First in the executive's own minutes, they are its members;
# after another body's members (a scrutiny committee's), the executive attending to answer to it.
_EXECUTIVE_LIST = re.compile(r"(?:cabinet|executive)\s+members?\b|portfolio\s+holders?\b")


# A plural label of the representatives of an outside body, who attend to report to the meeting and
# do not sit on it: "NHS representatives:", "Police representatives:". The body's own members'
# representatives ("Staff representatives") are members, and the lexicon reads them first.
_OUTSIDE_REPRESENTATIVES = re.compile(r"(?:[\w'’&.-]+\s+){1,3}(?:representatives|reps)", re.I)


# A bare label of the co-opted members, who sit on the body with the elected ones: "Co-opted:", "Co-optees:".
_CO_OPTED_LABEL = re.compile(r"co-?opt(?:ed|ees?)(?:\s+members?)?(?:\s*\((?:non-?)?voting\))?", re.I)


def _list_kind(label: str) -> str | None:
    """The attendance a list label announces: the lexicon's reading, else "in_attendance" for the
    representatives of an outside body ("NHS representatives: Dr Ann Lee (Medical Director)"), and
    "present" for the co-opted members ("Co-opted: Mrs Ann Lee (Diocese representative)")."""
    kind = attendance_kind(label)
    bare = label.strip().rstrip(":").strip()
    if kind is None and _OUTSIDE_REPRESENTATIVES.fullmatch(bare):
        return "in_attendance"
    if kind is None and _CO_OPTED_LABEL.fullmatch(bare):
        return "present"
    return kind


def _section_kind(label: str, seen: set[str]) -> str:
    """The attendance of a list from its label, and from the lists before it: once members are
    listed, a list of "Attendees" (or "Force attendees") is of those attending who are not
    members, so in attendance ("Members:" ... "Attendees:" in NHS committee minutes). Lists all
    labelled "Attendees" with only a note between ("Attendees (in person):", "Attendees (remote):")
    split those present by how they attended: all present. ``seen`` records that case too. A list
    of the council's executive after the members' list is likewise of those in attendance."""
    kind = _list_kind(label) or "present"
    low = label.lower()
    if kind == "present" and "present" in seen and _EXECUTIVE_LIST.match(low.strip()):
        return "in_attendance"  # "Cabinet Members present:" after a scrutiny committee's own members
    plain_attendees = low.strip().rstrip(":") == "attendees"
    if kind == "present" and "present" in seen and re.search(r"\b(?:attendees|attending)\b", low):
        if plain_attendees and "present:attendees" in seen and "present:other" not in seen:
            return kind
        return "in_attendance"
    if kind == "present":
        seen.add("present:attendees" if plain_attendees else "present:other")
    return kind


def _forget_empty_heading(
    seen: set[str], heading_list: tuple[frozenset[str], int] | None, listed: int
) -> None:
    """Take back what an attendance heading added to ``seen`` when no one was listed under it before
    the next list opened: "## Participants" over "Chair: …", "Attendees: …", "Regrets: …" heads the
    lists and is no list of members, so "Attendees" after it are those present, not in attendance.
    ``heading_list`` holds ``seen`` and the number of people listed when the heading was read."""
    if heading_list is not None and heading_list[1] == listed:
        seen.intersection_update(heading_list[0])


_PLURAL_HONORIFIC = re.compile(
    r"^(?:(?P<area>County|Borough|District|Town|City|Parish)\s+)?(?:Cllrs|Councillors)\s+(?=[A-Z])"
)
# An attendance label naming those listed as councillors: "Councillors present:", "Cllrs attending:".
_COUNCILLORS_ATTENDING = re.compile(r"^(?:Cllrs|Councillors)\s+(?:present|attending|in\s+attendance)$", re.I)


def _honorific_for_all(value: str) -> str:
    """The names after "Councillors present:" read as after "Present: Councillors": the label's
    honorific goes to every name, so a party mark ("(Lab)") is no short form or role and a chair's
    mark reads "Councillor, Chair". A list whose first name has its own honorific is left."""
    first = value.strip().split(" ", 1)[0].lower().strip(".")
    return value if first in HONORIFICS else f"Councillors {value.strip()}"


def _distribute_honorific(entries: list[str]) -> list[str]:
    """A plural honorific opening an entry ("Councillors Alan Greaves (Chair), Shona McBride",
    or further on: "Mayor Ann Lee, Councillors Raj Patel, Jo Kim") gives it to that
    name and every one after it that has no title of office of its own: each reads "Cllr <name>", or
    "County Councillor <name>" after "County Councillors", the council's kind kept in the title.
    A social honorific is no such title: "Councillors A Lee, Mrs B Kaur" lists two councillors,
    the second read "Cllr Mrs B Kaur"."""
    at = next((k for k, entry in enumerate(entries) if _PLURAL_HONORIFIC.match(entry.strip())), None)
    if at is None:
        return entries
    area = _PLURAL_HONORIFIC.match(entries[at].strip()).group("area")
    single = f"{area} Councillor " if area else "Cllr "
    out = [*entries[:at], _PLURAL_HONORIFIC.sub(single, entries[at].strip())]
    for entry in entries[at + 1 :]:
        first = entry.strip().split(" ", 1)[0].lower().strip(".")
        out.append(entry if _title_of_office(first) else f"{single}{entry.strip()}")
    return out


def _title_of_office(word: str) -> bool:
    """Whether a lower-cased title before a name carries a role of its own ("Cllr", "Alderman", a
    police rank), so a plural council title before it in a list does not reach it; a social
    honorific ("Mrs", "Dr") names no role and leaves the councillor's title in force."""
    return HONORIFICS.get(word) is not None or word in RANKS


# Plural labels of a body's members whose singular is the role of each person listed under them
# with no role of their own: "Trustees present:", "Directors present:", "Panel members:".
_GROUP_LABEL = re.compile(
    rf"^(?P<group>{alternation(BODY_MEMBER_GROUPS)}|panel\s+members)"
    r"(?:\s+(?:present|absent|attending|in\s+attendance))?$",
    re.I,
)


def _members_list_label(label: str, value: str) -> bool:
    """Whether "Councillors:" / "Trustees:" with names after it opens the list of those present:
    a body's plural member label heading a comma list of people ("Councillors: A Brown (Chairman),
    J Castellano and W Quayle"), read as the members attending."""
    if label.strip().lower() not in BODY_MEMBER_GROUPS or "," not in value:
        return False
    first = re.split(r",(?![^()]*\))", value, maxsplit=1)[0]
    return _looks_like_name(_clean_name(first)[0])


def _member_heading_over_names(lead: str, value: str, lines: list[str], index: int) -> bool:
    """Whether "Governors:" / "Trustees:" alone on its line, outside any list, opens the list of those
    present: the body's plural member label with the first of its members named on the next line ("Mrs
    Ann Lee (Chair)"), as a school's governing body heads its members before "In attendance:". Inside a
    list it is a sub-heading of it (:func:`_is_member_subheading`)."""
    return not value and _is_member_subheading(lead) and _opens_with_name(_next_filled(lines, index))


def _side_heading_over_people(lead: str, value: str, lines: list[str], index: int) -> bool:
    """Whether a bare "Commissioner:" / "Provider:" line, before any attendance list, opens the list of
    those present: the heading of one side or body at the meeting, over people each named with their
    post ("Ann Lee, Director of Nursing (DoN)") on the two lines below, as contract review meetings
    list each side's attendees with no "Present" label. Those who receive the minutes ("Circulation:")
    are no such side."""
    if value or not lead.endswith(":") or lead.rstrip(":").strip().lower() in RECIPIENT_LABELS:
        return False
    below = [line.strip() for line in lines[index + 1 : index + 4] if line.strip()][:2]
    return len(below) == 2 and _is_group_subheading(lead, below[0]) and _names_person_and_post(below[1])


def _honorific_list_next(lines: list[str], index: int) -> bool:
    """Whether the next non-blank line after ``lines[index]`` opens with a plural honorific and a
    name ("Councillors M Adeyemi, B Carrick and L Stansfield"): the members of a list whose
    first line named the chair alone, continued after a blank line."""
    for line in lines[index + 1 : index + 4]:
        if line.strip():
            return bool(_PLURAL_HONORIFIC.match(line.strip())) and "," in line
    return False


def _is_member_subheading(lead: str) -> bool:
    """Whether a line inside an attendance list is a bare sub-heading naming one group of the body's
    members ("Councillors:", "Trustees:"), so that the names below it belong to the same list
    (a Singapore town council's "Present:" lists its chair, then "Councillors:" and the rest); or the
    way one group came to sit ("Ex officio", "Elected"), with or without a colon, as a university
    board divides its members present."""
    group = lead.rstrip(":").strip().lower()
    return (lead.endswith(":") and group in BODY_MEMBER_GROUPS) or group in MEMBERSHIP_CATEGORIES


def _next_filled(lines: list[str], index: int) -> str:
    """The first line after ``lines[index]`` that is not blank, stripped ("" when none follows)."""
    return next((line.strip() for line in lines[index + 1 :] if line.strip()), "")


def _subheading_role(lead: str, lines: list[str], index: int) -> str | None:
    """The role a member sub-heading gives the names below it when they follow as one comma list
    ("Councillors:", a blank line, "A. Bevan, C. Rees and H. Ellis"): the label over its value, as
    "Councillors: A. Bevan, C. Rees" on one line gives each "Councillor". Names one a line below
    the sub-heading are read as they are, with no role from it."""
    return _group_role(lead.rstrip(":")) if "," in _next_filled(lines, index) else None


# A list line naming a person, then their post after a comma or a dash: "Ann Lee – Chief Constable (CC)".
_NAME_THEN_POST = re.compile(r"^(?P<name>[^,–—()]+?)\s*(?:,|\s[–—-])\s+(?P<post>\S.*)$")
# A list line naming a person, then their post in brackets and nothing more but a dashed note:
# "Ann Lee (Head of Finance)", "Raj Patel (Director of Nursing) – for item 4"; not a sentence.
_NAME_THEN_BRACKETED_POST = re.compile(r"^(?P<name>[^,–—()]+?)\s*\((?P<post>[^()]+)\)\s*(?:[–—-]\s.*)?$")


def _names_person_and_post(line: str) -> bool:
    """Whether a list line names a person and their post: the person first ("Ann Lee – Chief
    Constable (CC)", "Raj Patel, Head of Finance", "Ann Lee (Head of Finance)") or the post first,
    its notes after the name ("Chief Constable Ann Lee (CC) – Chair")."""
    m = _NAME_THEN_POST.match(line) or _NAME_THEN_BRACKETED_POST.match(line)
    if m and _names_person(m.group("name")) and ROLE_WORDS.search(m.group("post")):
        return True
    return _post_then_name(_TRAILING_BRACKETS.sub("", _SPACED_DASH.split(line, maxsplit=1)[0]))


MAX_GROUP_HEADING_WORDS = 8  # "Office of the Police and Crime Commissioner (OPCC)" is 8 words


def _is_group_subheading(line: str, following: str) -> bool:
    """Whether a bare line inside an attendance list heads one group of it, the organisation or side
    the people below come from ("Office of the Police and Crime Commissioner (OPCC)", then "Force",
    in a police and crime commissioner's list): a short line that names no person and is no
    sentence, whose next line names a person and their post. The list goes on under it."""
    words = line.rstrip(":").split()
    return (
        0 < len(words) <= MAX_GROUP_HEADING_WORDS
        and line[:1].isupper()
        and not re.search(r"[,;:.?!–—]|\s-\s", line.rstrip(":"))
        and not (len(words) >= 2 and _names_person(line))
        and _names_person_and_post(following)
    )


GROUP_SUBHEADING_REACH = 5  # lines after a blank line read for a group's sub-heading and its first person


def _list_goes_on(lines: list[str], index: int, section: str | None) -> bool:
    """Whether an attendance list goes on past the blank line ``lines[index]``: the next line is a
    plural honorific over more names of those present ("Councillors M Adeyemi, B Carrick"), the
    sub-heading of the body's other members ("Councillors:") or the sub-heading of another group of
    the list ("Force" over "Ann Lee – Chief Constable")."""
    if section == "present" and (
        _honorific_list_next(lines, index) or _is_member_subheading(_next_filled(lines, index))
    ):
        return True
    ahead = [line.strip() for line in lines[index + 1 : index + 1 + GROUP_SUBHEADING_REACH] if line.strip()]
    return len(ahead) >= 2 and _is_group_subheading(ahead[0], ahead[1])


def _group_role(label: str) -> str | None:
    """The role a list's label gives each person in it: "Trustees present" -> "Trustee",
    "Panel members" -> "Panel member" (a role in capitals as the label writes it); None for other
    labels ("Present", "Members present", "Apologies"). "Governors present" gives none: a school
    governor's seat is of a kind (parent, co-opted, staff), so a bare "Governor" is no role."""
    m = _GROUP_LABEL.match(label.strip().rstrip(":"))
    if m is None or m.group("group").lower() == "governors":
        return None
    group = re.sub(r"\s+", " ", m.group("group"))
    return group[:1].upper() + group[1:-1].lower()


def _is_named_person(person: Person) -> bool:
    """A full name (two words or more) of a person, not a title ("The PCC") or a role."""
    words = person.name.split()
    return len(words) >= 2 and words[0].lower() not in ("the", "a", "an") and _is_person_part(person.name)


_APOLOGIES_IN_TEXT = re.compile(
    # not after "No": "No apologies had been received from Ann Lee" says she sent none
    r"\b(?<!\bno\s)(?:apologies|(?<=the\s)apology|regrets)(?:\s+for\s+absence)?\s+(?:were\s+|was\s+|had\s+been\s+)?"
    r"(?:rec(?:ei|ie)ved|noted|given|tendered)?\s*"  # "recieved": a misspelling common in typed minutes
    r"from\s+(?P<names>(?:[^.;\n]|(?<=\b[A-Z])\.)+)",  # an initial's stop ("W. Harries") ends no name
    re.I,
)


# A labelled line of apologies inside an item: "Apologies: Ewan Thomson, Cllr Derek Paton."
_APOLOGIES_LINE = re.compile(
    r"(?im)^[ \t]*(?:apologies(?:\s+for\s+absence|\s+received)?|regrets)[ \t]*:[ \t]*(?P<names>\S[^\n]*)"
)
# A verb closing the names of an apology sentence: "That the apology from Cr Ann Lee be accepted", with
# the "and" that joins it to them: "Apologies had been received from Ann Lee and were accepted".
_CLAUSE_AFTER_NAMES = re.compile(r"(?:\s+(?:and|&))?\s+(?:be|is|was|were|are|has|have|had|who|due)\b")


def _apologies_in_text(body: str, people: list[Person]) -> list[Person]:
    """People whose apologies are recorded only in the minutes' text ("Apologies were received
    from Cllr Ian Hurst (work commitments)."), when the header does not list them already."""
    out: list[Person] = []
    # a cheap gate: both patterns need "apolog..." or "regrets" in some case
    if not any(needle in body for needle in ("polog", "POLOG", "egret", "EGRET")):
        return out
    for m in _APOLOGIES_LINE.finditer(body):  # "Apologies: Ewan Thomson, Cllr Derek Paton."
        for entry in _split_entries(m.group("names").strip().rstrip(".")):
            for person, _ in _entry_people(entry, "apologies"):
                if _is_named_person(person) and not _known(person.name, people + out):
                    out.append(person)
    for m in _APOLOGIES_IN_TEXT.finditer(body):
        posts = _bracketed_posts(_names_over_wrap(body, m))
        names = re.sub(r"\s*\([^)]*\)", "", _names_over_wrap(body, m))
        names = _CLAUSE_AFTER_NAMES.split(names, maxsplit=1)[0]  # "... from Cr Ann Lee be accepted"
        for part in _distribute_honorific(re.split(r",\s*|\s+and\s+|\s*&\s*", names)):
            part = _REPEATED_FROM.sub("", part)  # "from Ann Lee and from Raj Patel": "from" said again
            if _nick_among_nicks(part.strip(), people + out):  # "regrets from ktanaka" in a chat meeting
                out.append(Person(name=part.strip(), attendance="apologies"))
                continue
            name, role, abbrev, _ = _clean_name(part)
            if _marks_apology_of_absent(name, people):
                continue
            if len(name.split()) >= 2 and _looks_like_name(name) and not _known(name, people + out):
                role = role or posts.get(part.strip())
                out.append(Person(name=name, role=role, abbrev=abbrev, attendance="apologies"))
    return out


# "from" repeated before a later name of an apology sentence: "from Cllr Ann Lee and from Mr Raj Patel".
_REPEATED_FROM = re.compile(r"^\s*from\s+(?=[A-Z])")
# A bracketed note after a name of an apology sentence, and the name before it (after the separator).
_NOTE_AFTER_NAME = re.compile(r"(?P<who>[^,&()]+?)\s*\((?P<note>[^()]+)\)")


def _bracketed_posts(names: str) -> dict[str, str]:
    """The posts written in brackets after the names of an apology sentence, by name as written
    ("Mrs P Adeyemi (Parent Governor Representative)" -> {"Mrs P Adeyemi": "Parent Governor
    Representative"}): a note naming a post is the person's role, as it is in the header's lists; a
    reason ("(unwell)", "(work commitments)") or a body the person comes from names none."""
    posts: dict[str, str] = {}
    for m in _NOTE_AFTER_NAME.finditer(names):
        who = _REPEATED_FROM.sub("", re.split(r"\s+and\s+", m.group("who"))[-1]).strip()
        note = m.group("note").strip()
        if _names_a_post(note) and not _is_affiliation(note):
            posts[who] = note
    return posts


# A sentence of the minutes saying that a person was absent ("Cllr Ann Lee was absent and no apologies
# had been received", "Raj Patel was absent without apologies"): the subject opens the sentence or a
# clause, an honorific and up to three name words, or two name words. "absent from"/"absent for" say
# the person missed part of the meeting or something else, so they do not count.
_ABSENT_IN_TEXT = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s)|(?<=\n)|(?<=,\s))"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+was\s+absent\b(?!\s+(?:from|for)\b)",
    re.M,
)


def _absent_in_text(body: str, people: list[Person]) -> list[Person]:
    """People whose absence is recorded only in the minutes' text ("Cllr Ann Lee was absent and no
    apologies had been received"), as their apologies are (see :func:`_apologies_in_text`): members
    of the meeting, absent, when the header does not list them already. Only a full name counts
    ("Cllr Lee was absent" matches a listed councillor or no one), and a subject of more than two
    words needs an honorific, so a sentence's opening word is never read as a given name."""
    out: list[Person] = []
    if "absent" not in body:  # a cheap gate
        return out
    for m in _ABSENT_IN_TEXT.finditer(body):
        who = m.group("who")
        name, role, abbrev, _ = _clean_name(who)
        if role is None and len(who.split()) != 2:
            continue
        if len(name.split()) >= 2 and _looks_like_name(name) and not _known(name, people + out):
            out.append(Person(name=name, role=role, abbrev=abbrev, attendance="absent"))
    return out


def _regrets_of_absent(block: str, people: list[Person]) -> None:
    """Marks as having sent apologies the people a roll call marks absent ("no" under "Present")
    whom a sentence of the header names as sending them ("Regrets from @kofi (on leave)."), by
    handle or name: the mark cannot say why they were away, the sentence does."""
    if not any(needle in block for needle in ("polog", "egret")) or not any(
        p.attendance == "absent" for p in people
    ):
        return
    for m in _APOLOGIES_IN_TEXT.finditer(block):
        names = re.sub(r"\s*\([^)]*\)", "", m.group("names"))
        for part in re.split(r",\s*|\s+and\s+|\s*&\s*", names):
            person = find_person(part, people)
            if person is not None and person.attendance == "absent":
                person.attendance = "apologies"


def _marks_apology_of_absent(name: str, people: list[Person]) -> bool:
    """Whether an apology sentence's name ("Mr Asare", "Kwabena Asare") is that of the one listed
    person marked absent under it (a cross or an "N" in a "Present" column): the text says that
    they sent apologies, which the mark cannot say, so they are marked as having sent them."""
    words = name.lower().split()
    if not words:
        return False
    absent = [
        p
        for p in people
        if p.attendance == "absent"
        and (p.name.lower() == " ".join(words) or p.name.lower().split()[-1] == words[-1])
    ]
    if len(absent) != 1:
        return False
    absent[0].attendance = "apologies"
    return True


# The text of a line after a wrap, up to the end of its clause: "Kerr and Raymond Oates" of "Kerr and
# Raymond Oates. Councillor ..."
_WRAPPED_REST = re.compile(r"\n(?P<rest>[A-Z][^.;\n]*)")
# The last name of a run of names, after its last comma or "and": "Diane" of "Councillors Ann Lee and Diane".
# The part holds no "and" itself, so "Cllr Ann Lee and Cllr Raj" gives "Cllr Raj", not the whole run.
_LAST_NAME_PART = re.compile(r"(?:^|,|\s(?:and|&))\s*(?P<part>(?:(?!\s(?:and|&)\s)[^,&])*?)\s*$")


def _names_over_wrap(body: str, m: re.Match[str]) -> str:
    """The names of an apology sentence, taken on over a line break that cuts a name in two
    ("... from Councillors Diane\nKerr and Raymond Oates.") or after its title ("... from Councillor\n
    Ann Lee"), as text wrapped at a fixed width breaks it: the names run on when their last part is
    one word or a title alone, which cannot be a full name."""
    names = m.group("names")
    last = _LAST_NAME_PART.search(names)
    wrapped = _WRAPPED_REST.match(body, m.end())
    if wrapped is None or last is None or len(_clean_name(last.group("part"))[0].split()) > 1:
        return names
    return f"{names} {wrapped.group('rest')}"


# Where a list line's first part ends: a comma outside brackets, a TAB or a spaced dash ("Ann Lee, Head
# of Transport", "Dr Raj Patel – Clerk"; not the comma in "Ann Lee (Head, Transport)").
# Where a list line's first part ends: a comma outside brackets, a TAB, a spaced dash, or a semicolon
# closing a bracketed post ("Dr Ann Lee (Dean (Research)); Dr Raj Patel (...)"); a semicolon after bare
# words is not enough, as a post wrapped onto the line also ends there ("Housing and Regeneration; Cllr ...").
_FIRST_PART_END = re.compile(r",(?![^()]*\))|(?<=\))\s*;|\t|\s[–—-]\s")


def _opens_with_name(line: str) -> bool:
    """Whether a list line starts with a person's name, before any comma, TAB, spaced dash or semicolon
    after a bracket ("Ann Lee, Head of Transport", "Dr Raj Patel – Clerk", "Dr Jo Kim (Dean); ...")."""
    return _looks_like_name(_clean_name(_FIRST_PART_END.split(line.strip())[0])[0])


# A labelled line inside the items: "Witnesses:", "In attendance for this item: Ann Lee".
_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Za-z ]{2,40}?)[ \t]*:[ \t]*(?P<names>[^\n]*)$")


_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")


def _attending_sentences(body: str) -> list[tuple[int, str]]:
    """Where each sentence of the items saying who attended them stands and the names it gives ("In
    attendance for this item were Ann Lee (Director) and Raj Patel (Head of Finance)."), its
    paragraph read as one line however it was wrapped."""
    label = _PROSE_LIST_LABELS["attending"]
    out = []
    for m in _PARAGRAPH.finditer(body) if "attendance" in body else ():
        found = _prose_attendance(" ".join(m.group(0).split())) if "attendance" in m.group(0) else None
        out += [(m.start(), s[len(label) :]) for s in found or [] if s.startswith(label)]
    return out


def _attendance_in_items(body: str, people: list[Person]) -> list[Person]:
    """People an item lists under a label of those in attendance ("Witnesses:" over "Ann Lee, Head of
    Transport, X Council" a line each, as a scrutiny inquiry lists each session's witnesses; "In
    attendance for this item: Raj Patel"): people of the meeting, in attendance, when the header does
    not list them already. The list ends at the first line that does not start with a name; under a
    bare label each line is one person, however many commas it has."""
    out: list[Person] = []
    lists = [(at, [names], False) for at, names in _attending_sentences(body)]
    for m in _LABEL_LINE.finditer(body):
        if attendance_kind(m.group("label")) != "in_attendance":
            continue
        rows = [m.group("names")] if m.group("names").strip() else []
        for line in body[m.end() :].lstrip("\n").split("\n"):
            line = _ROW_MARK.sub("", line)  # "- Ann Lee, Director": a bulleted list
            if not line.strip() or not _opens_with_name(line):
                break
            rows.append(line)
        lists.append(
            (m.start(), rows, len(rows) > 1 or not m.group("names").strip())
        )  # a bare label over a line each
    for _, rows, one_each in sorted(lists):  # in the order of the text: the first listing gives the role
        for row in rows:
            for entry in _split_entries(row.strip(), one_line_each=one_each):
                out += [
                    person
                    for person, _ in _entry_people(entry, "in_attendance")
                    if _is_named_person(person) and not _known(person.name, people + out)
                ]
    return out


# A chat nick: one lower-case word, as meeting bots list the people present ("hpetrova", "j_kaur").
_CHAT_NICK = re.compile(r"[a-z][a-z0-9_.|-]{2,}")
# A two-letter nick, a person's initials ("mk", "tf"): one only among longer nicks of the same list.
_SHORT_NICK = re.compile(r"[a-z][a-z0-9]")


def _listed_by_nick(name: str) -> bool:
    """Whether a listed person's name is a chat nick: a lower-case word, or a two-letter one ("bo",
    "mk"), which the list took as a nick only because the others in it were nicks."""
    return bool(_CHAT_NICK.fullmatch(name) or _SHORT_NICK.fullmatch(name))


# A nick with the mark of what its person did at the meeting: "ljung (chair)", "mk (notes)".
_MARKED_NICK = re.compile(
    rf"(?P<nick>[a-z][a-z0-9_.|-]+)\s*\((?P<mark>{alternation(CHAIR_WORDS)}|chairing|"
    r"notes|minutes|scribe|note[- ]taker|minute[- ]taker)\)"
)


# A bracketed note in lower case after a nick or first name, as a list of those away gives the reason or the
# part missed: "elaineq (travelling)", "Hadley (first 2/3)".
_NICK_REASON = re.compile(r"(?<=[a-z0-9_])\s*\((?:[a-z][^()]*)\)(?=\s*(?:,|$))")
# The attendance of lists whose bracketed notes say why someone was away, not what they do.
_AWAY_KINDS = frozenset({"apologies", "absent"})


def _nicks_without_reasons(value: str) -> str:
    """A list of those away with the notes bracketed after its nicks or first names taken off, for
    reading it as a list of nicks: "elaineq (travelling), jpvr" -> "elaineq, jpvr". In a list of
    regrets such a note says why or for which part the person was away, no part of them and no post; a
    name bracketed in capitals ("tomek (Tomasz Wrona)") stays."""
    return _NICK_REASON.sub("", value) if "(" in value else value


def _nick_marks(value: str) -> tuple[str, dict[str, str]]:
    """A list value with the marks after its nicks taken off, and who they mark: "ljung (chair), mk
    (notes), tf" -> ("ljung, mk, tf", {"chair": "ljung", "minute_taker": "mk"}). A call's notes mark
    the chair and the note taker in the list itself; the marks are no part of a nick."""
    marks: dict[str, str] = {}
    parts = []
    for part in value.split(","):
        m = _MARKED_NICK.fullmatch(part.strip())
        if m:
            field = "chair" if m.group("mark").lower().startswith("chair") else "minute_taker"
            marks.setdefault(field, m.group("nick"))
        parts.append(m.group("nick") if m else part.strip())
    return ", ".join(parts), marks


# A person a list of chat nicks names by first name, with or without their nick in brackets:
# "Bram (bram_v)", "Chiara".
_FIRST_NAME_AMONG_NICKS = re.compile(
    rf"(?P<name>[{CAPITALS}][a-zà-ÿ'’-]+(?:\s[{CAPITALS}][a-zà-ÿ'’-]+)?)(?:\s*\((?P<nick>{_CHAT_NICK.pattern})\))?"
)


MIN_NICK_COLUMN = 2  # lone nicks one a line below a list's label that make a list of nicks


def _nick_column(lines: list[str], index: int) -> list[str]:
    """The nicks written one a line below the list label ``lines[index]`` ("Attendees:" over
    "    ljung (chair)", "    mk", "    tf"), as a shared pad lists the people on a call, each line
    then blanked as read; [] unless two lines or more, indented, each hold one nick and nothing else
    but a chair's or note taker's mark, since one lower-case word alone may be a word. A bulleted
    column is left alone: YAML front matter lists the nicks ("  - ljung") that a "Present:" line
    below names in full."""
    column: list[str] = []
    for line in lines[index + 1 :]:
        entry = line.strip()
        if not line[:1].isspace():
            break
        if not (_CHAT_NICK.fullmatch(entry) or _MARKED_NICK.fullmatch(entry)) or entry in _NOBODY:
            break
        if ROLE_WORDS.fullmatch(entry):
            break
        column.append(entry)
    if len(column) < MIN_NICK_COLUMN:
        return []
    lines[index + 1 : index + 1 + len(column)] = [""] * len(column)
    return column


def _name_before_nick(part: str) -> str:
    """A list part giving a nick, then the full name ("alice (Alice Ng)"), turned round as a list of
    names and nicks writes it ("Alice Ng (alice)"); any other part unchanged."""
    name, nick = _nick_first(part) if "(" in part else (part, None)
    return f"{name} ({nick})" if nick and "(" not in name else part


def _chat_nicks(value: str, people: list[Person]) -> list[tuple[str, str | None]]:
    """The people of a list value written as chat nicks ("alice, bkumar, chen"), as a call's notes
    list the people on it, each as (name, nick); [] for anything else. Two nicks or more make the
    list one of nicks; a lone lower-case word ("Absent: eve") is one only where everyone listed so far
    is a nick, since on its own it may be a word ("Apologies: none"). A list of three or more may mix
    nicks with first names, as people signing a shared pad write themselves ("alice, Bram (bram_v),
    Chiara, dmitri"): when no nick is a role word and every other part is a first name, each part is
    one person, and a nick bracketed after a name is its short form, as is a name bracketed after
    a nick ("alice (Alice Ng), bkumar"; then even a list of two). (Three first names and no nick, "Ann,
    Bram, Cy", pass too.)"""
    written = [part.strip() for part in value.split(",")]
    parts = [_name_before_nick(part) for part in written]
    nicks = [part for part in parts if _CHAT_NICK.fullmatch(part) and part not in _NOBODY]
    turned = sum(part != raw for part, raw in zip(parts, written, strict=True))  # "rhea (Rhea Vasquez)"
    if len(nicks) >= 2 and all(_CHAT_NICK.fullmatch(part) or _SHORT_NICK.fullmatch(part) for part in parts):
        nicks = parts  # "ljung, mk, tf, obaro": initials among nicks are nicks too
    if len(nicks) == len(parts):
        if len(parts) == 1 and not _nick_among_nicks(parts[0], people):
            return []
        return [(part, None) for part in parts]
    if (len(parts) < 3 and len(nicks) + turned < len(parts)) or any(ROLE_WORDS.fullmatch(n) for n in nicks):
        return []
    named = {part: _FIRST_NAME_AMONG_NICKS.fullmatch(part) for part in parts if part not in nicks}
    if not nicks and any(" " in part for part in named):
        return []  # "Peter, Mr Moon, Gary Kacmarcik (guest)": names alone, read as any other list
    if not all(m and _first_name_and_nick(m.group("name"), m.group("nick")) for m in named.values()):
        return []
    return [(m.group("name"), m.group("nick")) if (m := named.get(part)) else (part, None) for part in parts]


# A chat nick with a note on who its person is: "hiro (release manager for 2.4)".
_NOTED_NICK = re.compile(rf"(?P<nick>{_CHAT_NICK.pattern})\s*\((?P<note>[^()]+)\)")


def _noted_nicks(value: str, people: list[Person]) -> list[tuple[str, str | None, str]]:
    """The people of a list value written as chat nicks with notes ("Guests: hiro (release manager
    for 2.4), ines (website WG lead, for the website topic)"), each as (name, nick, post); [] for
    anything else. Only where everyone listed so far goes by a nick: elsewhere a lower-case word is
    no one. A nick may lead the full name ("flo (Flo Berg, release manager)"): the name, then the
    nick. The post is the note's first clause; a later one says why the guest came, which is no post."""
    if not people or not all(_listed_by_nick(p.abbrev or p.name) for p in people):
        return []
    found = [_noted_nick(part.strip()) for part in _split_outside_brackets(value)]
    return [f for f in found if f] if all(found) else []


def _noted_nick(part: str) -> tuple[str, str | None, str] | None:
    """One part of such a list as (name, nick, post): "hiro (release manager)" -> ("hiro", None,
    "release manager"); "flo (Flo Berg, release manager)" -> ("Flo Berg", "flo", "release manager")."""
    nick = _nick_first(part)[1]
    if nick and (lead := _NICK_FIRST.match(part)) and lead.group("note"):
        return lead.group("name").strip(), nick, lead.group("note").split(",")[0].strip()
    m = _NOTED_NICK.fullmatch(part) if not nick else None
    return (m.group("nick"), None, m.group("note").split(",")[0].strip()) if m else None


def _nick_role(nick: str, marks: dict[str, str]) -> str | None:
    """The role a mark in a list of nicks gives its person: "Chair" for the chair's mark; a note
    taker's mark says who kept the notes and is no role."""
    return "Chair" if marks.get("chair") == nick else None


def _first_name_and_nick(name: str, nick: str | None) -> bool:
    """Whether a capitalised word in a list of nicks is a person's first name and the bracketed
    word after it (if any) their nick: the name is no role word and the nick starts with its
    initial and is no note ("Bram (bram_v)", not "Chiara (remote)", "Clerk" or "Finance")."""
    if ROLE_WORDS.fullmatch(name) or name.lower() in _NOBODY or name.lower() in DEPARTMENT_WORDS:
        return False  # "Finance, Operations, Legal": the departments that sent someone, not names
    if " " in name and not _names_person(name):
        return False  # "Carol Díaz (carol)" signs in full; "Release Team" is no one
    if nick is None:
        return True
    return (
        nick[0] == name[0].lower()
        and not nick.startswith(_NOTE_SKIP)
        and not ROLE_WORDS.fullmatch(nick)
        and attendance_kind(nick) is None  # "Gary (guest)": how he came, not his nick
    )


def _nick_among_nicks(word: str, people: list[Person]) -> bool:
    """Whether an apology's one-word name is a chat nick in a meeting whose attendance lists only
    nicks (a bot's summary), or names each with its nick ("Carol Díaz (carol)", as a shared pad is
    signed): there a single lower-case word is a person, elsewhere it is not."""
    return (
        bool(people)
        and bool(_CHAT_NICK.fullmatch(word))
        and all(_listed_by_nick(p.name) or _listed_by_nick(p.abbrev or "") for p in people)
        and not _known(word, people)
    )


def find_person(who: str, people: list[Person]) -> Person | None:
    """The listed person a handle, abbreviation, full name or first name refers to ("@maria", "JS",
    "Priya Shah", "Priya"), case-insensitively; a first name only when one listed person has it.
    Shared with the owner stage, so a chair and an action owner resolve the same way."""
    key = who.strip().lstrip("@").lower()
    if not key:
        return None
    for person in people:
        if person.abbrev and person.abbrev.lstrip("@").lower() == key:
            return person
    for person in people:
        if person.name.lower() == key:
            return person
    if " " not in key:
        named = {p.name: p for p in people if p.name.split()[0].lower() == key}
        if len(named) == 1:
            return next(iter(named.values()))
    return None


def _resolve_person(value: str, people: list[Person]) -> str:
    """A chair or minute taker given as a handle, initials or a first name -> the listed name."""
    person = find_person(value, people)
    words = value.split()
    if person is None and words and all(_is_title_word(w) for w in words[:-1]):
        # "Delacroix" ("President Delacroix called ..."), "Mayor Lee": a surname after titles
        by_surname = [p for p in people if p.name.split()[-1].lower() == words[-1].lower()]
        person = by_surname[0] if len(by_surname) == 1 else None
    return person.name if person is not None else value


def _is_title_word(word: str) -> bool:
    """A word of a title written before a surname: "Mayor", "Deputy", "Cllr", "Dr"."""
    return word.lower().strip(".") in HONORIFICS or bool(ROLE_WORDS.fullmatch(word))


# Labels of a meeting's details that a web page or form prints on a line of their own over their value
# ("Meeting details" / "Date" / "Tuesday 19 November 2024" / "Venue" / "Room 1, Police HQ"); only labels
# that name a date, time or place, as a bare "Chair" or "Notes" line is more often a heading.
_STACKED_FIELD_LABELS = frozenset(
    {"date", "time", "venue", "location", "date and time", "meeting date", "meeting time", "meeting venue"}
    | {"meeting location", "start time"}
)


def _stacked_field_value(previous: str, line: str) -> bool:
    """Whether ``line`` is the value of a date, time or place label standing alone on ``previous``
    ("Venue" over "Conference Room 1, Police Headquarters"): a filled line that is no label itself;
    or the person a chair or note-taker label standing alone names ("Chair" over "Ann Lee, CFO"), as a
    header table flattened one cell a line gives them."""
    core = line.strip()
    if not core or core.lower() in _STACKED_FIELD_LABELS or _label_of(core)[0]:
        return False
    label = previous.strip().lower()
    return label in _STACKED_FIELD_LABELS or (label in _STACKED_PERSON_LABELS and _names_person_first(core))


# How many label-over-value pairs in a row make a flattened field table ("Meeting" over "Finance
# Committee", "Date" over "3 May 2024", "Minutes" over "Ann Lee"): one label alone on its line may be a
# heading ("Minutes" over the minutes), three running pairs are the rows of a two-column table.
MIN_STACKED_FIELD_ROWS = 3


def _is_field_label_line(line: str) -> bool:
    """Whether a line is a meeting field's label and nothing else ("Meeting", "Location", "Minutes")."""
    return bool(_field_of(line.strip().rstrip(":").lower()))


def _stacked_pair(lines: list[str], i: int) -> bool:
    """Whether lines ``i`` and ``i + 1`` are a field label over its value: a filled line that is no
    label of any kind itself."""
    if i + 1 >= len(lines) or not _is_field_label_line(lines[i]):
        return False
    value = lines[i + 1].strip()
    return bool(value) and not _known_label(value.rstrip(":")) and _label_of(value)[0] is None


def _stacked_field_rows(lines: list[str]) -> list[str]:
    """Lines with a two-column field table that extraction wrote one cell a line ("Meeting", "Finance
    Committee", "Date", "3 May 2024", "Minutes", "Ann Lee") rewritten as "Label: value" lines, so that
    labels which also head or title a page ("Meeting", "Minutes") are read as fields there too. Taken
    only for a run of at least ``MIN_STACKED_FIELD_ROWS`` such pairs; other lines pass unchanged."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        run = 0
        while _stacked_pair(lines, i + 2 * run):
            run += 1
        if run >= MIN_STACKED_FIELD_ROWS:
            for k in range(i, i + 2 * run, 2):
                out.append(f"{lines[k].strip().rstrip(':')}: {lines[k + 1].strip()}")
            i += 2 * run
            continue
        out.append(lines[i])
        i += 1
    return out


# Labels of the chair and the note taker that a flattened header table stacks over the person.
_STACKED_PERSON_LABELS = frozenset(
    {"chair", "chairperson", "chaired by", "minute taker", "recorded by", "record by"}
)


def _names_person_first(line: str) -> bool:
    """Whether a line opens with a person's name holding no role word ("Ann Lee, CFO"), not a post
    ("Vice Chair") that a list of posts stacks under "Chair"."""
    first = _FIRST_PART_END.split(line)[0]
    return _opens_with_name(line) and not ROLE_WORDS.search(first)


# A sentence of the header naming those present, after a lead-in that ends in a colon, as a roll
# call is minuted: "The Clerk called the roll: Councillors Ann Lee (Chair), Raj Patel and Jo Hart were
# present." The names must open with a capital, so "All members were present." is no list.
_PRESENT_SENTENCE = re.compile(r"^[A-Z][^:]{0,80}:\s+(?P<names>[A-Z][^:]*?)\s+(?:were|was)\s+present\.?$")


# An attendance list written as a sentence of a prose paragraph, by its opening words: "Present were
# A (…) and B (…).", "Also in attendance was C (…), who took the minutes.", "Apologies were received
# from D (…)." Each opening reads as the list label it stands for.
_PROSE_LIST_OPENING = re.compile(
    r"^(?:(?P<present>(?:those\s+)?present\s+(?:were|was))"
    r"|(?P<attending>(?:also\s+)?in\s+attendance(?:\s+for\s+(?:this|the)\s+item)?\s+(?:were|was))"
    r"|(?P<apologies>apologies(?:\s+for\s+absence)?\s+were\s+(?:received|given|submitted)\s+(?:from|by)))\s+(?=[A-Z])",
    re.I,
)
_PROSE_LIST_LABELS = {"present": "Present: ", "attending": "In attendance: ", "apologies": "Apologies: "}
# Where one sentence of a paragraph ends and the next begins: a full stop after a word, number or
# bracket, not an honorific's ("Dr. Lee").
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)]\.)(?<!Dr\.)(?<!Mr\.)(?<!Ms\.)(?<!Mrs\.)\s+(?=[A-Z])")
# A clause closing a prose list's last entry: "C (Office Manager), who took the minutes."
_WHO_TOOK_MINUTES = re.compile(r",\s+who\s+(?:took|recorded|kept)\s+the\s+(?:minutes|notes)\.?$", re.I)


def _prose_attendance(line: str) -> list[str] | None:
    """A prose paragraph giving the attendance sentence by sentence, one sentence a line with each
    list's opening written as its label ("Present were A and B." -> "Present: A and B"; "who took the
    minutes" as the "(minutes)" mark) and the sentence saying where it was held kept; the rest is
    narrative ("The PCC chaired the meeting.", read from the block itself), never a title. None when no
    sentence of the line opens such a list."""
    sentences = _SENTENCE_BREAK.split(line.strip())
    if not any(_PROSE_LIST_OPENING.match(s) for s in sentences):
        return None
    out = [s for s in sentences if _HELD_LINE.match(s)]  # "The meeting was held at X, and began at 10am."
    for sentence in sentences:
        m = _PROSE_LIST_OPENING.match(sentence)
        if m:
            sentence = _PROSE_LIST_LABELS[m.lastgroup] + sentence[m.end() :].rstrip(".")
            out.append(_WHO_TOOK_MINUTES.sub(" (minutes)", sentence))
    return out


def _field_lines(block: str) -> list[str]:
    """Lines of the header, with several "Label: value" fields on one line split apart and a
    TAB table of field labels over values ("Date\tTime\tVenue" then a row) read as labelled lines."""
    out: list[str] = []
    for line in _unfold_field_tables(
        [
            _aligned_cells(_markup_line(line))
            for line in _stacked_field_rows(
                _join_wrapped_cells(_join_page_wrapped(_join_list_sentences(block.splitlines())))
            )
        ]
    ):
        # Markdown bold around labels: "**Chair:** @maria"; each bold label after the first opens a
        # field of its own ("**Date:** 2024-08-20 **Time:** 15:00 UTC")
        line = _BOLD_LABEL_AFTER.sub("\n", line) if "**" in line else line
        line = re.sub(r"\*\*|__", "", line)
        if line.startswith(":") and line.count(":") >= 2:  # cheap gate for ":Date: 2024-12-12"
            # ":meeting-time: 16:00" (an AsciiDoc attribute) reads as "meeting time: 16:00"
            line = _RST_FIELD.sub(lambda m: f"{m.group('label').replace('-', ' ')}: ", line, count=1)
        if out and _stacked_field_value(out[-1], line):
            out[-1] = f"{out[-1].strip()}: {line.strip()}"  # "Venue" over "Room 1, Police HQ"
            continue
        definition = re.match(r"^\s*:\s+(\S.*)$", line)
        if definition and out and out[-1].strip() and ":" not in out[-1]:
            out[-1] = f"{out[-1].rstrip()}: {definition.group(1)}"  # "Chair\n: Ingrid Solberg"
            continue
        # "Attendees" over "---------": a heading, not a list entry; "absent: [Jo Kim]" over the "---"
        # closing front matter is a list
        if (
            out
            and _SETEXT_RULE.fullmatch(line)
            and attendance_kind(out[-1].strip().rstrip(":"))
            and not _VALUED_FIELD.search(out[-1])
        ):
            out[-1] = f"## {out[-1].strip()}"
            continue
        if line.lstrip().startswith("|") or _bare_pipe_row(line, out[-1] if out else ""):  # a table row
            if _TABLE_RULE.fullmatch(line.strip()):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if out and (
                fields := _labelled_fields(out[-1], cells)
            ):  # "| Date | Chair |" over "| 3 May | Ann Lee |"
                out[-1:] = fields
                continue
            if (
                len(cells) == 2
                and cells[1]
                and _known_label(cells[0])
                and not _is_table_header("\t".join(cells))
            ):
                # "| Chair | @Ann Lee |"; not the heading row "| Member | Present |" of a roll-call table
                line = f"{cells[0]}: {_NAME_MENTION.sub('', cells[1])}"
            else:
                line = "\t".join(cells)
        if line.endswith(("present.", "present")) and _PRESENT_SENTENCE.match(line):
            line = _PRESENT_SENTENCE.sub(
                r"Present: \g<names>", line
            )  # "…called the roll: A and B were present."
        if " were " in line or " was " in line:  # cheap gate
            sentences = _prose_attendance(line)
            if sentences:
                out.extend(sentences)
                continue
        if ";" in line or ". " in line:  # "Present: A, B; Absent: C" -> one attendance list a line
            line = "\n".join(_ATTENDANCE_AFTER_SEMICOLON.split(line))
        for part in line.split("\n"):
            if any(mark in part for mark in ("|", "\t", "  ", ";", ". ", "·", "•")):  # cheap gate
                parts = _FIELD_SEPARATOR.split(part)
            else:
                parts = [part]
            for piece in parts:
                # "Date: 16/11/2023 Time: 09:30 Venue: Teams": one space between fields a line starts with
                if piece.count(":") > 1 and _FIELD_AT_START.match(piece):
                    out.extend(_SPACED_FIELD.split(piece))
                else:
                    out.append(piece)
    return out


# Lightweight markup of a header line: an AsciiDoc document title ("= Project TSC meeting, 2023-07-11"),
# a wiki or AsciiDoc section heading ("== Attendees ==", "== Agenda"), an org-mode keyword line
# ("#+TITLE: Steering Committee", "#+DATE: <2021-11-16 Tue 15:00>"), an org-mode heading naming a list
# ("* Attendees"), a labelled list's label ("Attendees::", "Regrets:: Ann Lee") and a wiki user link
# ("[[User:Alee|Ann Lee]]").
_ASCIIDOC_HEADING = re.compile(r"^(?P<marks>={1,6})\s+(?P<text>[^=\s][^=]*?)\s*(?:=+\s*)?$")
_ORG_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*?)\s*$")
_ORG_TIMESTAMP = re.compile(r"[<\[](?P<stamp>\d{4}-\d{2}-\d{2}[^>\]]*)[>\]]")
_ORG_HEADING = re.compile(r"^\*+\s+(?P<text>[A-Z][\w ]{0,30}?)\s*:?\s*$")
_LIST_LABEL = re.compile(r"^(?P<label>[A-Z][\w '’-]{0,30}?)::(?=\s|$)")
_WIKI_USER_LINK = re.compile(r"\[\[User:(?P<user>[^|\]]+)\|(?P<name>[^\]|]+)\]\]")


def _markup_line(line: str) -> str:
    """A header line with its lightweight markup read as the plain field line it stands for, so the
    field and list rules apply: the document title of AsciiDoc ("= X") stays the line's text, a
    section heading becomes a Markdown heading ("## Attendees"), "#+TITLE: X" gives X, "#+DATE:" a
    "Date:" field (the org timestamp's brackets dropped), "#+AUTHOR:" (who wrote the file) nothing, an
    org heading a Markdown heading when it names an attendance list, "Regrets:: A" a "Regrets: A"
    line, "[[User:Alee|Ann Lee]]" the name with the user name as its handle ("Ann Lee (@Alee)"), and a
    mention of a full name ("@Ann Lee") the name.
    Each pattern is gated by the line's first characters, so plain lines cost one comparison."""
    head = line[:1]
    if head == "=":
        heading = _ASCIIDOC_HEADING.match(line)
        if heading:
            level = len(heading.group("marks"))
            return heading.group("text") if level == 1 else f"{'#' * level} {heading.group('text')}"
    elif head == "#" and line.startswith("#+"):
        keyword = _ORG_KEYWORD.match(line)
        if keyword:
            key, value = keyword.group("key").upper(), keyword.group("value")
            if key == "TITLE":
                return value
            if key == "DATE":
                return f"Date: {_ORG_TIMESTAMP.sub(lambda m: m.group('stamp'), value)}"
            return ""
    elif head == "*":
        heading = _ORG_HEADING.match(line)
        if heading and attendance_kind(heading.group("text")):
            return f"## {heading.group('text')}"
    if "::" in line:
        line = _LIST_LABEL.sub(r"\g<label>:", line, count=1)
    if "[[" in line:
        line = _WIKI_USER_LINK.sub(lambda m: f"{m.group('name')} (@{m.group('user')})", line)
    if "@" in line:  # "Attendees: @Ann Lee (COO)": a wiki's mention of a full name is the name itself
        line = _NAME_MENTION.sub("", line)
    return line


# The "@" of a wiki's mention of a user by full name ("@Ann Lee (COO)"): the name is the person, the
# "@" only the link; a handle ("@alee") has no capitalised second word and keeps its "@".
_NAME_MENTION = re.compile(rf"@(?=[{CAPITALS}][\w'’-]+ [{CAPITALS}])")


# The line of "=", "-" or "~" under a reStructuredText or Markdown heading.
_SETEXT_RULE = re.compile(r"\s*(?:={3,}|-{3,}|~{3,})\s*")
# A label with its value after the colon ("absent: [Jo Kim]"): a field, never a heading over a rule.
_VALUED_FIELD = re.compile(r":\s*\S")


# A reStructuredText field list item: ":Date: Thursday 2024-12-12", ":Note-taker: @ann" is the field line
# "Date: …" written with a colon on each side of its label.
_RST_FIELD = re.compile(r"^:(?P<label>[A-Za-z][\w -]{0,30}[\w]):\s+(?=\S)")


# Where a cell of a space-aligned row starts: after a gap of three or more spaces.
_CELL_START = re.compile(r"(?<=   )\S")


def _join_wrapped_cells(lines: list[str]) -> list[str]:
    """Lines with the wrapped second line of a space-aligned table cell joined to its row: a line
    indented exactly to where a later cell of the row above starts, holding one cell of text
    ("Kofi Mensah   Service Delivery Manager, Northgate   In attendance" over "   Managed Services"),
    continues that cell, so the row is rewritten as TAB cells with the cell made whole. Other lines
    are returned as they are; each line is looked at once. A Markdown row left open by the page width
    ("| Ann Lee | Head of Finance (for" over "item 4) |") is closed by the line that ends with its pipe.
    """
    out: list[str] = []
    for line in lines:
        if (
            out
            and _open_pipe_row(out[-1])
            and line.rstrip().endswith("|")
            and not line.lstrip().startswith("|")
        ):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
            continue
        joined = _tab_wrapped_cell(out[-1], line) if out and "\t" in out[-1] else None
        if joined:
            out[-1] = joined
            continue
        if out and line.startswith("   ") and "\t" not in line and "   " not in line.strip():
            prev = out[-1]
            starts = [m.start() for m in _CELL_START.finditer(prev)] if "\t" not in prev else []
            indent = len(line) - len(line.lstrip(" "))
            if prev[:1].strip() and indent in starts:
                cells = _ALIGNED_GAP.split(prev.rstrip())
                k = starts.index(indent) + 1
                if len(cells) == len(starts) + 1:
                    cells[k] = f"{cells[k]} {line.strip()}"
                    out[-1] = "\t".join(cells)
                    continue
        out.append(line)
    return out


def _open_pipe_row(line: str) -> bool:
    """Whether ``line`` opens a Markdown table row with cells ("| Ann Lee | Head of") but does not close
    it with a pipe, as a row the page width broke does."""
    core = line.strip()
    return core.startswith("|") and core.count("|") >= 2 and not core.endswith("|")


# A line indented by TABs (or none) that holds one cell: "\tPolice (DFR)".
_TAB_INDENTED_CELL = re.compile(r"(?P<tabs>\t*)(?P<text>[^\t]*\S)\s*")
# A post's short form in brackets closing a line: "Police (DFR)".
_CLOSING_SHORT_FORM = re.compile(r"\S\s*\([A-Z][A-Za-z/&]{1,7}\)$")


def _tab_wrapped_cell(row: str, line: str) -> str | None:
    """The TAB row ``row`` with ``line`` joined to one of its cells, when ``line`` is that cell's
    wrapped second line: indented by as many TABs as the cell's column and holding no other cell
    ("Ann Lee<TAB>Director of Finance, Northgate" over "<TAB>Council (DoF)"), so the post is read whole
    with its short form. The row must open with a person's name, and the cell and the line must not be
    names themselves: "Present:<TAB>Ann Lee" or "Members<TAB>Ann Lee" over "<TAB>Raj Patel" is a list
    of one person a line. A line whose indent was lost continues the row's last cell only when it can be
    nothing else: not a label or heading, and ending on the post's bracketed short form ("Council
    (DoF)") or opening in lower case. None when ``line`` continues no cell."""
    indented = _TAB_INDENTED_CELL.fullmatch(line)
    if not indented or not row[:1].strip() or "\t" not in row:
        return None
    cells = row.rstrip().split("\t")
    k = len(indented.group("tabs")) or len(cells) - 1
    text = indented.group("text").strip()
    if (
        k >= len(cells)
        or not cells[k].strip()
        or not _looks_like_name(cells[0].strip())
        or _looks_like_name(cells[k].strip())
        or _opens_with_name(text)
    ):
        return None
    if not indented.group("tabs") and not _flush_continuation(text):
        return None
    cells[k] = f"{cells[k].rstrip()} {text}"
    return "\t".join(cells)


def _flush_continuation(text: str) -> bool:
    """Whether an unindented line can only be the rest of a TAB row's last cell (see
    ``_tab_wrapped_cell``)."""
    if _label_of(text)[0] or attendance_kind(text.rstrip(":").lower()):
        return False
    return text[:1].islower() or bool(_CLOSING_SHORT_FORM.search(text))


HEADER_WRAP_WIDTH = 60  # a header line at least this long may have been broken by the page width
MAX_VENUE_TAIL_WORDS = 8  # the most words the rest of an address broken onto the next line holds
# A venue field ending its line: "Date: 12 May 2019   Time: 14:00   Venue: Room 2, Police HQ, Carrow",
# "Meeting location: Hall 3".
_VENUE_LAST = re.compile(r"\b(?:venue|location|place)\s*:\s*[^:\t]+$", re.I)


def _join_page_wrapped(lines: list[str]) -> list[str]:
    """Header lines with a labelled list or venue that the page width broke across lines made whole
    again ("Present: Ann Lee (PCC); Raj Patel" over "(CC); Jo Kim, Chief Executive"), so the broken
    entry is read as one person and the entries below the break are read at all. Other lines are
    returned as they are; each line is looked at once."""
    out: list[str] = []
    last = ""  # the line as written before ``line``, for its length and how it ends
    for line in lines:
        if (
            out
            and (
                len(last) >= HEADER_WRAP_WIDTH
                or _cut_mid_entry(out[-1], last)
                or _lower_run_on(out[-1], last, line)
                or _broken_before_semicolons(out[-1], last, line)
            )
            and _continues_wrapped(out[-1], last, line)
        ):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
        last = line.rstrip()
    return out


_LIST_SEPARATOR = re.compile(r"[,;]")


def _join_list_sentences(lines: list[str]) -> list[str]:
    """A list of those present written as one sentence under a bare attendance label and broken by
    the page width ("PRESENT:" over "Cllr Ann Lee (in the Chair); Councillors" over "Raj Patel, Jo
    Kim and Sue" over "Hart.") made one line again: the run of lines up to a blank line holds list
    separators on every line but the last, only the last ends with a full stop, and no other ends
    in punctuation, which no list written one person a line does."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        out.append(lines[i])
        label, value = _label_of(lines[i].strip())
        if not (label and attendance_kind(label) and not value.strip()):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].strip() and "\t" not in lines[end]:
            end += 1
        run = [line.strip() for line in lines[i + 1 : end]]
        if (
            len(run) > 1
            and run[-1].endswith(".")
            and all(_LIST_SEPARATOR.search(line) and line[-1].isalpha() for line in run[:-1])
            and not any(_label_of(line)[0] for line in run)
        ):
            out.append(" ".join(run))
            i = end
        else:
            i += 1
    return out


def _cut_mid_entry(head: str, last: str) -> bool:
    """Whether the labelled attendance line ``head`` stops where no entry can end, so that it was
    broken however short the page is: inside a bracket ("Apologies: Dr Ann Lee (Director of Teaching
    and"), on a title before a name ("...; Professor") or on a word that joins two more ("Ann Lee, Head
    of School of"). ``last`` is its last physical line."""
    label, value = _label_of(head.strip())
    if not (label and attendance_kind(label)):
        return False
    last_word = last.split()[-1].lower().strip(".") if last.split() else ""
    return value.count("(") > value.count(")") or last_word in HONORIFICS or last_word in _JOINING_WORDS


def _lower_run_on(head: str, last: str, line: str) -> bool:
    """Whether ``line``, opening in lower case, goes on with the attendance list ``head`` whose last
    physical line ends on a word ("..., Elected member, academic" over "staff."): a new entry or label
    opens with a capital, so the page width broke the entry however short the line is."""
    label = _label_of(head.strip())[0]
    return bool(label and attendance_kind(label) and last[-1:].isalpha() and line.strip()[:1].islower())


def _broken_before_semicolons(head: str, last: str, line: str) -> bool:
    """Whether the attendance list ``head``, whose last physical line ends on a word before any
    semicolon, goes on in ``line``, an unlabelled line holding the list's semicolons ("Apologies: Ann
    Lee, Chief Finance" over "Officer (CFO); Raj Patel, Director"): a list separated by semicolons
    writes one on every line but a wrapped one, however short the page is. The words before the first
    semicolon must be able to end a post (capitalised, bracketed or joining words), so that a sentence
    under the list ("Notes taken by Ann Lee; Raj Patel chaired.") stays a line of its own."""
    label, value = _label_of(head.strip())
    if not (label and attendance_kind(label) and value.strip()) or ";" in value:
        return False
    first = line.strip().split(";")[0]  # the rest of the broken post: "Officer (CFO)", not "Notes taken by X"
    return (
        last[-1:].isalpha()
        and ";" in line
        and "\t" not in line
        and ":" not in first
        and all(w[:1].isupper() or w[:1] == "(" or w in _JOINING_WORDS for w in first.split())
    )


# Words a list entry cannot end on, as they join what comes before to what follows: "Head of School of".
_JOINING_WORDS = frozenset({"of", "and", "&", "for", "the", "to", "in", "with"})


def _continues_wrapped(head: str, last: str, line: str) -> bool:
    """Whether ``line`` goes on with the labelled line ``head`` whose last physical line ``last`` the
    page width broke: ``head`` is a semicolon-separated attendance list and ``line`` opens with a bracket
    or in lower case, follows a separator, or holds the list's semicolons itself; or ``head`` ends on a
    venue cut after a word or a comma and ``line`` is the rest of its address (comma parts, or any words
    after a comma: "Ridgeway," over "Halsted"; no date or time)."""
    core = line.strip()
    if _broken_before_semicolons(head, last, line):
        return True  # "Apologies: Ann Lee, Chief Finance" over "Officer (CFO); Raj Patel, Director"
    if not core or "\t" in line or "\t" in head or core[:1] in "#-*•|":
        return False
    label, value = _label_of(head.strip())
    listed = bool(label and attendance_kind(label))
    if listed and value.count("(") > value.count(")") and not _COLON_LABEL_START.match(core):
        # "Mrs Ann Lee (Head of" over "Finance – Adults)": a dash inside the bracket opens no field;
        # a bracket left open before "Scribe: Raj Patel" was never closed, the field is new
        return True
    if _label_of(core)[0]:
        return False
    if listed and (_cut_mid_entry(head, last) or core[:1] == "("):
        # "Apologies: Dr Ann Lee (Director of Teaching and" over "Learning, Physics)"; "..., Mr Raj
        # Patel" over "(RP) (Headteacher), ...": a bracket opens no entry, it notes the one before
        return True
    if listed and ";" in value.rstrip(" ;"):
        return (
            core[:1].islower()
            or last.endswith((";", ","))
            or ";" in core
            or _post_tail_line(last, core)  # "...; Raj Patel, School Business" over "Manager"
        )
    if _held_line_cut_in_date(head, core):
        return True  # "Minutes of the meeting held on Monday 21" over "May 2018 at 10.00 am in Room 4"
    return bool(
        (_VENUE_LAST.search(head) or _held_line_cut_after_comma(head, last))
        and (last.endswith(",") or (last[-1:].isalpha() and "," in core))
        and core[:1].isupper()
        and len(core.split()) <= MAX_VENUE_TAIL_WORDS
        and not find_date(core)
        and not find_time(core)
    )


# A line opening with a field label and its colon: "Scribe: Raj Patel", "Apologies:".
_COLON_LABEL_START = re.compile(r"[^\W\d_][\w'’ /&-]{0,40}:(?:\s|$)")
# The most words of a post broken off onto a line of its own below a list ("Manager", "and Estates").
MAX_POST_TAIL_WORDS = 3


def _post_tail_line(last: str, core: str) -> bool:
    """Whether ``core``, a short line of capitalised words with no separator, is the end of the post
    that the list line ``last`` broke off after a word ("...; Raj Patel, School Business" over
    "Manager"): an entry's post runs on to the break, and a lone heading ("Apologies", "Agenda") or a
    line ending a sentence is no part of it."""
    words = core.split()
    return bool(
        last[-1:].isalpha()
        and len(words) <= MAX_POST_TAIL_WORDS
        and all(w[:1].isupper() or w in _JOINING_WORDS for w in words)
        and not _LIST_SEPARATOR.search(core)
        and core[-1:].isalpha()
        and attendance_kind(core) is None
        and not _AGENDA_HEADING.fullmatch(core)
    )


def _held_line_cut_in_date(head: str, core: str) -> bool:
    """Whether ``head`` is a "Minutes of the X held on <date>" line the page width broke inside its
    date ("... held on Wednesday 21" over "October 2015 at 10.00 am in the Council Chamber"): no
    date is read from the line alone and one is read once the next line is added."""
    return (
        bool(_HELD_PHRASE.match(head.strip()))
        and find_date(head) is None
        and find_date(f"{head.rstrip()} {core}") is not None
    )


def _held_line_cut_after_comma(head: str, last: str) -> bool:
    """Whether ``head`` is a "Minutes of the X held on <date> at <time>," line the page width broke
    after the comma before its venue: the place is on the next line ("... at 2.00pm," over "Police HQ,
    Kellbridge"), as such a sentence never ends on a comma."""
    return last.endswith(",") and bool(_HELD_PHRASE.match(head.strip())) and find_date(head) is not None


# Columns lined up with spaces: a gap of three or more spaces between two cells of a row.
_ALIGNED_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def _aligned_cells(line: str) -> str:
    """A row of a table whose columns are lined up with spaces ("Keisha Obuya      Chief Nurse (CN)"),
    or whose heading row names its columns with slashes ("Name / Title"), with TABs between its
    cells, so that it reads as the TAB table it was laid out as. Other lines are returned as they are."""
    if "\t" in line:
        return line
    if "   " in line:
        return _ALIGNED_GAP.sub("\t", line)
    if " / " in line:
        cells = [c.strip().lower() for c in line.split(" / ")]
        if all(c in TABLE_COLUMNS for c in cells) and _NAME_COLUMNS & set(cells):
            return "\t".join(c.strip() for c in line.split(" / "))
    return line


# A bold field label after other text on the line: " **Time:**" in "**Date:** 2024-08-20 **Time:** 15:00".
# A middle dot or bullet between the fields goes with the break ("**Chair:** @ann · **Notes:** @raj").
_BOLD_LABEL_AFTER = re.compile(r"(?<=\S)\s+(?:[·•]\s+)?(?=\*\*[A-Z][\w /&-]{0,30}:\*\*)")


# An attendance list after another on the same line, after a semicolon or a full stop, as a
# one-paragraph attendance writes them: "Present: A, B; Absent: C", "Present: A and B. In attendance:
# C. Apologies: D".
_ATTENDANCE_AFTER_SEMICOLON = re.compile(
    r"(?:\s*;\s*|(?<=[a-z)]\.)\s+)"
    r"(?=(?:members\s+)?(?:absent|apologies|regrets|present|in\s+attendance|also\s+present)\s*:)",
    re.I,
)


# Labelled fields sharing one line, separated by two spaces, a TAB or a pipe:
# "Date: 3 May 2024 | Time: 09:30 | Location: Boardroom" -> three field lines; a semicolon does the
# same between labelled fields ("Chair: Ann Lee; Minutes: Raj Patel"), and so do a middle dot or a bullet,
# as chat and wiki notes set them ("Chair: @ann · Notes: @raj"), and a full stop before a label
# ("Chair: AL. Notes: RP"; the pattern ignores case, so the label need not be capitalised).
_FIELD_LABEL_ALTERNATION = "|".join(
    re.escape(label)
    for label in sorted({lab for labels in FIELD_LABELS.values() for lab in labels}, key=len, reverse=True)
)
_FIELD_SEPARATOR = re.compile(
    rf"(?:\s*\|\s*|\t\s*|\s{{2,}}|\s*;\s*|\s+[·•]\s+|(?<=\.)\s+(?=[A-Z]))(?=(?:{_FIELD_LABEL_ALTERNATION})\s*:)",
    re.I,
)
# A line that starts with a field label, and one of the plain labels of a meeting's when and where,
# capitalised, after one space later on it ("Date: 16/11/2023 Time: 09:30 Venue: Teams").
_FIELD_AT_START = re.compile(rf"^\s*(?i:{_FIELD_LABEL_ALTERNATION})\s*:\s*\S")
_SPACED_LABELS = alternation(
    ["Date", "Time", "Start time", "Venue", "Location", "Place", "Chair", "Chaired by"]
)
_SPACED_FIELD = re.compile(rf"\s+(?=(?:{_SPACED_LABELS})\s*:\s)")
_TABLE_RULE = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?")


# A cell boundary of a pipe table written without its outer pipes: "Ann Lee | Chief Executive".
_BARE_PIPE = re.compile(r"\S\s+\|\s+\S")


def _bare_pipe_row(line: str, previous: str) -> bool:
    """Whether a line is a row of a pipe table written without outer pipes: the heading row of an
    attendance table ("Name | Role | Organisation") or a row with as many cells as the TAB row read
    before it (the heading, or a row above). A lone "Date: 3 May | Time: 18:00" is fields, not a row."""
    if not _BARE_PIPE.search(line):
        return False
    row = "\t".join(c.strip() for c in line.split("|"))
    return _is_table_header(row) or ("\t" in previous and previous.count("\t") == row.count("\t"))


def _labelled_fields(labels: str, values: list[str]) -> list[str] | None:
    """A TAB row of field labels over a row of as many values, read as labelled lines ("Date\tChair"
    over "3 May 2024\tAnn Lee" -> "Date: 3 May 2024", "Chair: Ann Lee"), or None when the first row
    is not all field labels or the widths differ."""
    cells = [c.strip().rstrip(":") for c in labels.split("\t")]
    if len(cells) < 2 or len(values) != len(cells) or not all(_field_of(c.lower()) for c in cells):
        return None
    return [f"{label}: {value.strip()}" for label, value in zip(cells, values, strict=True)]


def _unfold_field_tables(lines: list[str]) -> list[str]:
    """'Date\tTime\tVenue' over '3 May 2024\t18:00\tThe Pavilion' -> 'Date: 3 May 2024', 'Time: 18:00', ..."""
    out: list[str] = []
    i = 0
    in_field_table = False  # the row above was one of a two-column table of fields
    while i < len(lines):
        cells = [c.strip().rstrip(":") for c in lines[i].split("\t")]
        fields = _labelled_fields(lines[i], lines[i + 1].split("\t")) if i + 1 < len(lines) else None
        if fields:
            out.extend(fields)
            i += 2
            continue
        field_row = _label_value_row(cells, list_row=True)
        if attendance_kind(cells[0]) and not (in_field_table and field_row):
            return out + lines[i:]  # rows after an attendance label are people, not fields
        in_field_table = field_row
        out.append(f"{cells[0]}: {cells[1]}" if in_field_table else lines[i])
        i += 1
    return out


def _label_value_row(cells: list[str], *, list_row: bool = False) -> bool:
    """Whether a TAB row is one field label and its value ("Meeting date<TAB>12/02/2025"), the
    layout of a two-column field table; such rows come before the attendance lists. With
    ``list_row``, the label may be a list's ("Apologies<TAB>@Ann Lee, @Raj Patel"): in a wiki page's
    field table, below a row of fields ("Date<TAB>09 Jun"), each attendance row is a field of its own
    and the table goes on below it ("Minutes<TAB>@Jo Kim"); a heading-only label ("Secretariat") is
    left to the list reading, which lists the person its TAB row names."""
    listed = (
        list_row and attendance_kind(cells[0]) is not None and cells[0].lower() not in HEADING_ONLY_LABELS
    )
    known = _field_of(cells[0].lower()) is not None or listed
    return len(cells) == 2 and bool(cells[1]) and known


# Words that open a sentence after a person's label, not a name: "Notes from yesterday's call", "Minutes
# of the AGM", "Chair to be confirmed", "Chair: no one" (a sentence, or no one named, in lower case); a
# placeholder for nobody in any case: "Chair: TBC", "Minutes: None", "Chair: N/A".
_NO_PERSON_LEAD = re.compile(
    r"(?:from|of|for|on|to|in|at|about|are|were|was|is|will|have|has|no|none|nobody|tbc|tbd)\b"
    r"|(?i:none|nobody|no\s+one|tbc|tbd|tba|n/a)(?![\w/])"
)


def _field_applies(label: str, value: str, lines_seen: int) -> bool:
    """Whether a labelled line sets its field. A "Title:" field names the meeting only near the
    top; a person's field holding a date is the title line's "Minutes – 15 January 2025", not a
    minute taker; "held at 1 Dock Road, Hull on 12 June 2024" is a sentence giving place and
    date, read with the free lines."""
    field = _field_of(label)
    if field == "title":
        return lines_seen <= TITLE_FIELD_LINES
    if field in ("chair", "minute_taker") and _PROTECTIVE_MARKING.fullmatch(value.strip()):
        return False
    if field in ("chair", "minute_taker") and _NO_PERSON_LEAD.match(value):
        return False  # "Notes from yesterday's call, posted late": a sentence, no note taker
    if field in ("chair", "minute_taker") or label == "held at":
        return find_date(value) is None
    return True


# A meeting's serial reference as the value of a "Meeting:" field ("SC-09", "TSC/14", "No. 12", "#45"):
# which meeting of a series it is, not the meeting's name, which the heading gives.
_MEETING_REFERENCE = re.compile(r"(?:(?i:no\.?)\s*|#)?(?:[A-Z]{1,6}\s?[-/.]?\s?)?\d{1,4}[a-z]?")


def _opens_with_date(value: str) -> bool:
    """Whether a field's value opens with a date ("2024-03-06, 16:00 UTC, #dev on Libera.Chat"): the
    value of a "Meeting:" field so written says when and where the meeting was, not its name."""
    found = find_date(value)
    return found is not None and not value[: found[1]].strip(" ,")


def _set_when_and_where(meeting: dict, value: str) -> None:
    """The date, start time and place of a line giving them in that order: "2024-03-06, 16:00 UTC,
    #dev on Libera.Chat" -> the date, 16:00 and "#dev on Libera.Chat"."""
    _set_field(meeting, "date", value)
    found = find_date(value)
    _set_time_and_venue(meeting, value[found[2] :] if found else value)


def _place_after_time(tail: str) -> str | None:
    """The place a "Date:" field gives after the time: ", 13:30, Meeting Room 4, OPCC" -> "Meeting
    Room 4, OPCC". Only a time first and then a place (a place word or an address), so that a note
    after the date (", Annual meeting") is not taken for one."""
    if not _LEADING_TIME.match(tail) or not find_time(tail):
        return None
    venue = _venue_after(tail)
    return venue if venue and _venue_line(venue) else None


# A document's protective marking ("OFFICIAL", "OFFICIAL-SENSITIVE"), as a page footer prints it after
# "Minutes - ": the value of a person's field that names no one.
_PROTECTIVE_MARKING = re.compile(
    r"(?:OFFICIAL(?:[- ]SENSITIVE)?|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|DRAFT|SECRET)(?:\s*[-–—:]\s*[A-Z]+)?"
)


def _field_of(label: str) -> str | None:
    for field, labels in FIELD_LABELS.items():
        if label in labels:
            return field
    return None


def _set_field(meeting: dict, field: str, value: str) -> None:
    if not value:
        return
    if field == "date":
        found = find_date(value) or _short_year_date(value)
        if found and "date" not in meeting:
            meeting["date"] = found[0]
        time = find_time(value[found[2] :] if found else value)
        if time and "start_time" not in meeting:
            meeting["start_time"] = time
        tail = value[found[2] :] if found else value
        venue = _venue_ending(tail) or _place_after_time(tail)
        if not (found or time) and _ONLINE_PLACE.match(value):
            # "Call: Google Meet (link in the calendar invite)": the field says only where the call is
            venue = _clean_venue(value.strip().rstrip("."))
        if venue:  # "Date: 2023-10-11, Room 2", "Call: Wed 17 Apr, 10:00-10:45, Teams"
            meeting.setdefault("venue", venue)
    elif field == "time":  # "Time: 15:00 UTC, Jitsi (link in #meetings)": the time, then the place
        _set_time_and_venue(meeting, value)
    elif field in ("chair", "minute_taker"):
        value = _CHAIR_OFFICE_FIRST.sub("", value) if field == "chair" else value
        # "Chair: JO. Notes: SM": the stop ends the field, it is no part of the initials
        value = _INITIALS_STOP.sub(r"\1", value)
        name = _clean_name(re.split(r",|\s[–—-]\s", value)[0])[0]
        if name:
            meeting.setdefault(field, name)
    elif field == "title":
        meeting.setdefault(field, _title_without_date(value.strip().rstrip(".")))
    else:
        meeting.setdefault(field, value.strip().rstrip("."))


def _title_without_date(title: str) -> str:
    """A labelled title without the meeting's date after the name ("title: Steering meeting 2024-11-07",
    "Title: Finance Committee – 12 March 2024"): the date is the meeting's, not part of its name, as the
    title read from a free line drops it. A date inside the name ("2024 budget review") stays."""
    found = find_date(title)
    if not found or title[found[2] :].strip(" )]"):
        return title
    name = title[: _date_start(title, found[1])].rstrip(" -–—,:|([")
    return name if name else title


# A numeric date with a two-digit year, day first as British minutes write it: "24.09.20", "3/11/21".
_SHORT_YEAR_DATE = re.compile(
    r"(?<![\d/.])(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{2})(?![\d/.])"
)


def _short_year_date(value: str) -> tuple[dt.date, int, int] | None:
    """The date of a "Date:" field written with a two-digit year ("Date: 24.09.20" -> 2020-09-24), with
    its span. Read only in the date field: elsewhere "1.2.24" is as likely a paragraph number."""
    m = _SHORT_YEAR_DATE.search(value)
    if m is None:
        return None
    try:  # dateutil puts the year in the century that brings it nearest today: "99" is 1999, "20" is 2020
        return dateparser.parse(m.group(0), dayfirst=True).date(), m.start(), m.end()
    except (ValueError, OverflowError):
        return None


# Initials closing a field with a full stop: "JO." in "Chair: JO. Notes: SM".
_INITIALS_STOP = re.compile(r"\b([A-Z]{2,4})\.\s*$")


# The chair's office written before the holder's name in the chair's field, then any honorific:
# "Presiding: Cathaoirleach Cllr Ann Lee", "Chair: Chairperson Dr Raj Patel" -> the name alone.
_CHAIR_OFFICE_FIRST = re.compile(
    rf"^\s*(?i:{alternation(w for w in FIELD_LABELS['chair'] if ' ' not in w)})\s+(?=[A-Z])"
)


# A line opening with the time: "10.00 am, Room 2", "at 7pm"; in brackets when it gives the span
# under the date: "(10.00 am - 12.52 pm)".
_TIME_LED = re.compile(
    r"^\s*\(?(?:at\s+|from\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?=[\s,–—-]|$)", re.I
)
_HELD_ONLINE = re.compile(
    r"\b(?:held|took place|conducted|met)\s+(?:remotely\s+|online\s+|virtually\s+)?(?:via|on|using|over)\s+"
    r"(?:the\s+)?(?P<venue>(?:Microsoft\s+)?(?:Teams|Zoom|Jitsi|Webex|Google\s+Meet|Skype|GoToMeeting|BlueJeans)\b"
    r"(?:\s+(?:video\s+)?(?:call|meeting|conference))?"
    r"|(?:video|tele)-?\s?conference\b(?:\s*\([^()]{2,30}\))?)",
    re.I,
)
# The sentence of an opening item saying how the meeting is being held, when the header gives no place:
# "The meeting was held via videoconference (Zoom)". Not "… will be held on Teams" (a later event).
_MEETING_HELD_ONLINE = re.compile(rf"\bmeeting\s+(?:was|is\s+being)\s+(?:{_HELD_ONLINE.pattern})", re.I)


# A line of its own saying only that the meeting was held online, kept as written as the venue, as a
# "Venue:" field gives it: "Held remotely", "Virtual meeting (Microsoft Teams)", "Online meeting via Zoom".
# The words saying so: "Held remotely", "held online", "Virtual meeting", "Remote meeting".
_ONLINE_MEETING_WORDS = r"(?i:held\s+(?:remotely|online|virtually)|(?:virtual|online|remote)\s+meeting)"
# The platform after them, in brackets or after a preposition: "(Microsoft Teams)", "via Zoom".
_ONLINE_PLATFORM = r"(?:\s*\([^()]{2,40}\)|\s+(?i:via|on|using|over)\s+(?:[A-Z][\w-]*\s?){1,3})"
_ONLINE_MEETING_LINE = re.compile(rf"\s*(?P<venue>{_ONLINE_MEETING_WORDS}{_ONLINE_PLATFORM}?)\s*\.?\s*")
# A title line ending, after a dash, in how the meeting was held online: "Board Meeting – Virtual
# (Microsoft Teams)", "Audit Committee – via Zoom". The part after the dash is the venue, not the title.
_ONLINE_TITLE_TAIL = re.compile(
    rf"\s+[–—-]\s+(?P<venue>(?i:virtual|online|remote)(?:\s+(?i:meeting))?{_ONLINE_PLATFORM}?"
    r"|(?i:via\s+)?(?:Microsoft\s+)?(?:Teams|Zoom|Webex|Google\s+Meet))\s*$"
)


def _online_title_tail(line: str) -> re.Match[str] | None:
    """The venue closing a title line that names a meeting, after a dash: how it was held online ("…
    Meeting – Virtual") or a place and the start time ("… Committee – Council Chamber, 6.30 pm"); None
    for any other line. A match of the second kind has the time in its "time" group."""
    m = _ONLINE_TITLE_TAIL.search(line) or (
        _PLACE_TIME_TITLE_TAIL.search(line) if "–" in line or "—" in line or " - " in line else None
    )
    if m and "time" in m.groupdict() and not _PLACE_WORDS.search(m.group("venue")):
        return None
    return m if m and MEETING_WORDS.search(line[: m.start()]) and not find_date(line) else None


# A start time inside a line that goes on to the place: "... at 2.00 pm in the Court Room".
_CLOCK_IN_LINE = re.compile(r"\bat\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:in|at)\s", re.I)


# A date line long enough to have been wrapped at the page width, and the few words a wrap carries
# onto the next line ("... at 10:00 in Meeting Room" over "3, Civic Offices"): no field, no sentence.
WRAPPED_LINE_CHARS = 75
_WRAPPED_VENUE_END = re.compile(r"[A-Z0-9][\w&'’.-]*(?:,?\s+[A-Z0-9][\w&'’.-]*){0,3}")


def _venue_with_wrapped_end(venue: str, line: str, nxt: str) -> str:
    """The venue closing a long date line, with the end that the line's wrap put on the next line
    ("in the Meeting" over "Room" -> "Meeting Room"): taken only when the venue ends the line, the
    line is as long as a wrapped one, and the next line is at most four capitalised words or numbers
    that open with a number or hold a place word ("Room", "House") and open no attendance list (a
    heading or a name may follow an unwrapped line); otherwise the venue as found."""
    tail = nxt.strip()
    wrapped = len(line.rstrip()) >= WRAPPED_LINE_CHARS and line.rstrip().rstrip(".").endswith(venue)
    place = tail[:1].isdigit() or bool(_PLACE_WORDS.search(tail))  # "3, Civic Offices", "Room"
    if not wrapped or not place or not _WRAPPED_VENUE_END.fullmatch(tail) or _opens_list(tail):
        return venue
    return f"{venue} {tail}"


def _set_time_and_venue(meeting: dict, line: str) -> None:
    """A line opening with the time: "14:00 UTC, Matrix video room #dev" -> 14:00 and the room."""
    time = find_time(line)
    if time:
        meeting.setdefault("start_time", time)
    venue = _venue_after(line)
    if venue and "venue" not in meeting:
        meeting["venue"] = venue


def _venue_line(line: str) -> bool:
    """Whether a free line following the date reads as a venue: a place word ("Committee Room 2",
    "Zoom", "Video conference") or an address of capitalised comma parts ("Sala Douro, Centro de
    Congressos, Porto")."""
    line = line.strip()
    if not line or find_date(line) or len(re.sub(r"\([^)]*\)", "", line).split()) > 12 or _label_of(line)[0]:
        return False
    if _PLACE_WORDS.search(line):
        return True
    parts = [p.strip() for p in re.sub(r"\([^)]*\)", "", line).split(",") if p.strip()]
    return (
        len(parts) >= 2
        and all(p[0].isupper() or p[0].isdigit() for p in parts)
        and (len(parts) >= 3 or any(ch.isdigit() for ch in line))
        and not EVENT_WORDS.search(line)
    )


# Words that make a line a sentence about the meeting rather than the name of a place.
_SENTENCE_VERBS = re.compile(r"\b(?:held|was|were|took\s+place|met|joined)\b", re.I)


# A venue line saying how the meeting was held before the place: "Held virtually via MS Teams",
# "Held in the Council Chamber", "Remote meeting held via Zoom" (the kind of meeting first).
_HELD_FIRST = re.compile(r"^\s*(?:(?:remote|virtual|online|hybrid)\s+meeting\s+)?(?=held\s)", re.I)


def _place_of_venue_line(line: str) -> str:
    """The place a venue line names: the line itself, or what follows "held … via/at/in" when it says
    how the meeting was held ("Held virtually via MS Teams", "Remote meeting held via Zoom" -> the
    platform); the way of meeting is no part of the place."""
    first = _HELD_FIRST.match(line)
    held = _venue_after(line[first.end() :]) if first else None
    return held or line.strip().rstrip(".")


def _dotted_venue(line: str) -> str | None:
    """The place in a line of fields joined by middle dots ("Acme project · steering committee ·
    monthly call, 16:00 UTC · Jitsi (meet.jit.si/acme)"): the last field that reads as a venue, as such
    a line runs from the body to the call's details; None when no field does."""
    fields = [f.strip() for f in line.split(" · ") if f.strip()]
    return next((f for f in reversed(fields) if _venue_line(f) and not find_time(f)), None)


def _standalone_venue(line: str) -> bool:
    """A line naming only a place ("Council Chamber, Civic Centre"), not a sentence about where the
    meeting was held ("The meeting was held via Zoom.")."""
    return _venue_line(line) and not _SENTENCE_VERBS.search(line)


# A line of its own saying where the meeting was held, its date on another line:
# "held in the Boardroom, 14 Tanner's Yard, Wexbridge" -> "Boardroom, 14 Tanner's Yard, Wexbridge".
# Also the minutes' own opening sentence with the start after the place: "Minutes of the meeting held in
# the Council Chamber, Town Hall, Ashby, commencing at 7.00 pm" -> the venue and 19:00. "Held in public"
# and "held in private" say who may attend, not where.
_HELD_LINE = re.compile(
    r"^(?:(?:minutes|notes)\s+of\s+)?(?:(?:the\s+)?meeting\s+(?:was\s+)?)?held\s+"
    r"(?:remotely\s+|online\s+|in\s+person\s+)?(?:at|in)\s+(?:the\s+)?(?!(?:public|private)\b)(?P<venue>[A-Z0-9].*?)"
    r"(?:,?\s+(?:and\s+)?(?:commencing|starting|beginning|began|started|commenced)\s+at\s+(?P<time>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?))?\s*[,.]?$",
    re.I,
)


_PLACE_WORDS = re.compile(
    r"\b(room|hall|chamber|centre|center|house|library|office|offices|building|zoom|teams|online|virtual|"
    r"boardroom|pavilion|school|church|suite|jitsi|meet|webex|video|videoconference|skype|campus|"
    r"street|road|lane|floor|auditorium|theatre|lounge|clubhouse|café|cafe|pub|inn|station)\b",
    re.I,
)


# A start time written just before the date: "... held at 7pm on Monday 9 January 2023".
_TIME_BEFORE_DATE = re.compile(
    r"\b(?:at|from|commencing)\s+(?P<time>\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)\s+on\s*$", re.I
)


# The opening sentence of US-style minutes: "The meeting was called to order at 9:02 a.m. by Chair Ann
# Lee in the Sagebrush Room, Dorsey Hall." gives the start time and the place.
_CALLED_TO_ORDER = re.compile(
    r"\bcalled\s+to\s+order\s+at\s+(?P<time>\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)"
    r"(?:\s+by\s+[^,.;]+?)?\s+(?:in|at)\s+(?:the\s+)?(?P<venue>[A-Z][^;]*?)\s*\.?$",
    re.I,
)


def _fill_from_call_to_order(meeting: dict, lines: list[str]) -> None:
    """Start time and venue from a "called to order at <time> [by <chair>] in <place>" header line,
    when the header gave them nowhere else."""
    for line in lines:
        m = _CALLED_TO_ORDER.search(line) if "to order" in line else None
        if m is None:
            continue
        time = find_time(m.group("time"))
        if time:
            meeting.setdefault("start_time", time)
        meeting.setdefault("venue", m.group("venue"))
        return


def _dated_otherwise(line: str, date: dt.date | None) -> bool:
    """Whether a free line carries a date other than the meeting's: it is about another meeting
    ("2. Minutes of the meeting held on 15 March 2023" under a header dated in May) and cannot name
    this one."""
    found = find_date(line) if date and any(c.isdigit() for c in line) else None
    return found is not None and found[0] != date


def _fill_from_prose(
    meeting: dict, lines: list[str], headings: set[str] | frozenset[str] = frozenset(), text: str = ""
) -> None:
    """Title, body, date, time and venue from the header's free lines.

    Every line carrying the meeting's date may add the start time and venue after it ("TTAWG
    Teleconference -- 22 June 2022" then "Wednesday 22 June 2022, 13:00 UTC, Zoom bridge"); the
    line after a dated line may be the venue, and a line opening with the time gives time and place.
    Only the first ``DATE_LINE_REACH`` lines, and no quoted note, may give the date (see
    ``_header_date_line``); a day and month alone take their year from those lines. A place-like
    line next to a dated line is the venue only when no line says where the meeting was held, as
    the organisation's name often stands there ("Ridgeway School" under the date)."""
    beside_date: str | None = None
    for i, line in enumerate(lines):
        found = find_date(line) if _header_date_line(i, line) else None
        if found is None:
            if _TIME_LED.match(line) and "start_time" not in meeting:
                _set_time_and_venue(meeting, line)
            continue
        if "date" in meeting and found[0] != meeting["date"]:
            continue
        meeting.setdefault("date", found[0])
        tail = line[found[2] :]
        time = find_time(tail)
        before = _TIME_BEFORE_DATE.search(line[: found[1]])
        if before and not time:  # "held at 7pm on Monday 9 January 2023"
            time = find_time(before.group("time"))
        if time:
            meeting.setdefault("start_time", time)
        if "venue" not in meeting:
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            venue = (
                _venue_after(tail)
                or _venue_before(line[: found[1]])
                or _venue_ending(tail)
                or (_dotted_venue(tail) if " · " in tail else None)  # "15 July 2025 · 09:30 · Teams meeting"
            )
            if not venue and nxt and _TIME_LED.match(nxt):
                _set_time_and_venue(meeting, nxt)
                after = lines[i + 2] if i + 2 < len(lines) else ""
                if "venue" not in meeting and _standalone_venue(after):  # date, time, then the place
                    venue = after.strip().rstrip(".")
            elif not venue and _venue_line(nxt) and not _HELD_LINE.match(nxt):  # held lines: below
                clock = _CLOCK_IN_LINE.search(nxt) if " at " in nxt else None
                dotted = _dotted_venue(nxt) if " · " in nxt else None
                if dotted:  # "X project · monthly call, 16:00 UTC · Jitsi (…)": the time, then the place
                    _set_time_and_venue(meeting, nxt)
                    venue = dotted
                elif clock:  # "... held on 12 December 2022" / "… at 2.00 pm in the Court Room": the time, then the place
                    _set_time_and_venue(meeting, nxt[clock.start() :])
                else:  # a place-like line beside the date: kept until no line says where it was held
                    beside_date = beside_date or _place_of_venue_line(nxt)
            if venue:
                meeting["venue"] = _venue_with_wrapped_end(venue, line, nxt)
    if "date" not in meeting:
        day = _yearless_header_date(lines)
        if day:
            meeting["date"] = day
    if "venue" not in meeting or "start_time" not in meeting:
        _fill_from_call_to_order(meeting, lines)
    if "venue" not in meeting:
        remote = next((m for m in map(_ONLINE_MEETING_LINE.fullmatch, lines) if m), None)
        held = next((m for m in map(_HELD_LINE.match, lines) if m), None)
        online = next((m for m in map(_HELD_ONLINE.search, lines) if m), None)
        titled = next((m for m in map(_online_title_tail, lines[:8]) if m), None)
        if remote or held or online or titled:
            # "Held virtually via MS Teams" names the platform, as beside the date
            meeting["venue"] = _place_of_venue_line((remote or held or online or titled).group("venue"))
        if held and held.group("time") and not remote and find_time(held.group("time")):
            meeting.setdefault("start_time", find_time(held.group("time")))
        if titled and not (remote or held or online) and titled.groupdict().get("time"):
            meeting.setdefault(
                "start_time", find_time(titled.group("time"))
            )  # "… – Council Chamber, 6.30 pm"
    if beside_date:  # "Hartsmere School" under the date, then "... held on <date> in the Library"
        meeting.setdefault("venue", beside_date)
    if "venue" in meeting:
        meeting["venue"] = _clean_venue(str(meeting["venue"]))
    if "title" not in meeting:
        venue = meeting.get("venue")
        named = [
            line[: tail.start()] if venue and (tail := _online_title_tail(line)) else line
            for line in lines[:8]
            if (not venue or _clean_venue(line.strip().rstrip(".")) != venue)
            and not _dated_otherwise(line, meeting.get("date"))
            and not _online_line_with_date(line)
        ]
        title, body = choose_title_and_body(named, headings, text)
        if title:
            meeting["title"] = title
        if body:
            meeting.setdefault("body", body)


def _online_line_with_date(line: str) -> bool:
    """Whether a line says how the meeting was held online and then gives its date ("Remote meeting via
    Zoom, Tuesday 9 February 2021 at 6.30pm"): its words are the venue, so it names no meeting."""
    found = find_date(line) if "eeting" in line or "eld " in line else None
    return bool(found and _online_venue_before(line[: found[1]]))


# How many of the header's free lines may carry the meeting's date. The header block can run far into
# the discussion when the first item is found late; a date there is a note's ("clarification added
# 7-Oct-2014"), not the meeting's. Labelled minutes put it within the first seven free lines.
DATE_LINE_REACH = 12


# A page's edit stamp, as a wiki writes it under the title: "@ann edited this page on 18 Jun 2021 · 4
# revisions", "Last edited on 3 May 2023". Its date is when the notes were changed, often the day after.
_EDIT_STAMP = re.compile(r"\bedited\s+(?:this\s+page\s+)?on\b|^\s*last\s+(?:edited|modified|updated)\b", re.I)


def _header_date_line(index: int, line: str) -> bool:
    """Whether a header free line may give the meeting's date: one of the first ``DATE_LINE_REACH``
    lines, not a quoted note ("> [... added 7-Oct-2014]") and not a page's edit stamp."""
    return index < DATE_LINE_REACH and not line.lstrip().startswith(">") and not _EDIT_STAMP.search(line)


# A line holding only a day and a month, maybe with its weekday: "September 29", "Monday 29 September".
_DAY_MONTH_LINE = re.compile(
    rf"(?:{WEEKDAYS},?\s+)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTHS})\.?"
    rf"|(?P<month2>{MONTHS})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)",
    re.I,
)
_YEAR_WORD = re.compile(r"(?<![\w./-])(?:19|20)\d{2}(?![\w./-])")


def _day_month_line(line: str) -> re.Match | None:
    """The match when a line is only a day and month ("### September 29"), else None."""
    stripped = line.strip().strip("#*_ ").rstrip(".:")
    return _DAY_MONTH_LINE.fullmatch(stripped) if len(stripped) <= 30 else None


def _yearless_header_date(lines: list[str]) -> dt.date | None:
    """The meeting's date when the header gives only a day and month on a line of its own, its year
    written alone elsewhere in the header ("TAG face-to-face 2014" over "September 29"); None
    without such a year, as guessing one would date the meeting wrongly."""
    head = [line for i, line in enumerate(lines) if _header_date_line(i, line)]
    day = next((m for m in map(_day_month_line, head) if m), None)
    year = next((m for m in map(_YEAR_WORD.search, head) if m), None)
    if day is None or year is None:
        return None
    month = month_number(day.group("month") or day.group("month2"))
    try:
        return dt.date(int(year.group(0)), month, int(day.group("day") or day.group("day2")))
    except ValueError:
        return None


# How strongly a header line names the meeting, as (pattern, score); the best-scoring line is the
# title, the earliest on a tie. A "Minutes of the X" phrase names it outright; a line naming an
# event ("call", "meeting", "AGM") beats one naming only a body that meets ("Board", "Panel"),
# which beats an organisation line ("Stowbridge Borough Council") or a strapline. A "roll call" is a step
# of the business (its first item's heading), not a call that meets.
EVENT_WORDS = re.compile(
    r"\b(meeting|(?<!roll[ -])call|teleconference|telecon|telcon|conference|sync|stand-?up|agm|egm|session|hearing|"
    r"workshop|face-to-face|f2f|retreat|away ?day|huddle|catch-?up|review)\b",
    re.I,
)
BODY_NOUNS = re.compile(
    r"\b(committee|sub-committee|board|panel|cabinet|senate|forum|assembly|governing body|governors|"
    r"trustees|directors|working group|wg|group|executive|commission|full council|steering|council meeting|synod)\b",
    re.I,
)
TITLE_SCORES: tuple[tuple[re.Pattern, int], ...] = ((EVENT_WORDS, 2), (BODY_NOUNS, 1))
# Lines that never name the meeting or its organisation: registration numbers, links, straplines
# written as a sentence, bare "Minutes", a line about another meeting, a line a reply quotes.
_NOT_A_NAME_LINE = re.compile(
    r"(registered\s+(?:charity|company)|charity\s+(?:no|number)|company\s+(?:no|number)|https?://|www\.|"
    r"^\[?(?:logo|image)\b|^(?:draft\s+|unconfirmed\s+|confirmed\s+)?(?:minutes|notes|meeting notes)\.?$|"
    r"^(?:agenda|attendees|attendance|participants|actions?|action items|summary|contents)\s*:?$|"
    r"^[-•*·]\s|\b(?:grant\s+agreement|reg(?:istration)?\.?)\s+(?:no\.?|number)|\bno\.?\s*\d{4,}|"
    r"\b(?:previous|last|next)\s+meeting\b|"  # an item's heading ("Minutes of the previous meeting")
    r"^[^/]+\s/\s[^/]+\s/\s|"  # a wiki's breadcrumb trail "Company / IT / Change Management / ..."
    r"^>|"  # a line quoted from an earlier e-mail ("> Agenda for Tuesday's call is below")
    r"^\d{1,2}[.)]\s|"  # a numbered entry of an agenda listed above the items ("1. Agenda review and last minutes")
    r"^tags\s*:)",  # a note's tags, as HackMD writes them ("###### tags: `infra` `meeting-notes`")
    re.I,
)


# A line of running text broken by the mail's fixed width: it stops mid-sentence, no closing mark.
_OPEN_LINE_END = re.compile(r"[\w'’,)]$")
# The line after it carries the sentence on: it opens with a word in lower case, more words after it.
_CONTINUED_LINE = re.compile(r"^[a-z][\w'’-]*[,;.]?\s+\S")
MIN_WRAPPED_WORDS = 6  # "Notes from yesterday's steering call, written …" is 10; a title is rarely so long


def _wrapped_sentence(line: str, following: str) -> bool:
    """Whether a header line is the first part of a sentence a plain-text e-mail wrapped at its fixed
    width ("Notes from yesterday's steering call, written inline against the" over "agenda mail.
    Corrections …"): a long line that ends without a stop and whose next line goes on in lower
    case. It is prose about the notes, never the meeting's name, whatever meeting words it holds."""
    return (
        len(line.split()) >= MIN_WRAPPED_WORDS
        and bool(_OPEN_LINE_END.search(line.strip()))
        and bool(_CONTINUED_LINE.match(following.strip()))
        and not _HELD_FIRST.match(following)  # "Minutes of the Board" over "held on 4 May 2023"
        and _minutes_phrase(line) is None
    )


def _with_held_line(lines: list[str], i: int) -> str:
    """Header line ``i`` read with the next when that one goes on with where or how the meeting was
    held ("Meeting of the Quality Committee" over "held in public"): the two are one phrase, read as
    "Meeting of the Quality Committee held in public" is, so its generic "Meeting of the" goes."""
    line = lines[i]
    if i + 1 < len(lines) and _HELD_FIRST.match(lines[i + 1]) and _MEETING_OF_OPENING.match(line):
        return f"{line.rstrip()} {lines[i + 1].strip()}"
    return line


# A line opening "Meeting of (the) ...", which a following "held ..." line carries on.
_MEETING_OF_OPENING = re.compile(
    r"^\s*(?:an?\s+)?(?:(?:ordinary|special|extraordinary|annual)\s+)?meeting\s+of\s+(?!.*\d)", re.I
)


def _running_header(line: str, text: str) -> bool:
    """Whether a header line recurs as a line of its own on page after page ("OPCC Board – Minutes" at
    the top of every page of a PDF): a running page header, which restates the meeting in the document's
    style rather than naming it as its title line does. Three times or more, so that a title written
    again once (at the signature, on a cover sheet) is not taken for one."""
    core = line.strip()
    return bool(core) and len(re.findall(rf"(?m)^[ \t]*{re.escape(core)}[ \t]*$", text)) >= 3


def choose_title_and_body(
    lines: list[str], headings: set[str] | frozenset[str] = frozenset(), text: str = ""
) -> tuple[str | None, str | None]:
    """The meeting title and the organisation from the header's free lines.

    Each line is scored by how it names the meeting (``TITLE_SCORES``); the title is the best
    line minus its date and a leading "Minutes of (the)". The body is an organisation line
    (before the title if there is one, else after), or a body line when the title names an
    event ("Layout Working Group" above "LTSWG Teleconference"). A Markdown heading carrying the
    date ("# Interop WG — 2024-05-21") names the meeting as strongly as an event line. ``text``, the
    whole document, tells an organisation's own name before the meeting's from a common word."""
    scored: list[tuple[int, int, str, str, bool]] = []  # (score, index, line, name, from "Minutes of")
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and _wrapped_sentence(line, lines[i + 1]):
            continue
        dated_heading = line in headings and find_date(line) is not None
        candidate = _title_candidate(_with_held_line(lines, i), dated_heading=dated_heading)
        if candidate is None:
            continue
        name, phrase = candidate
        if _restates(line, scored):
            continue  # "A meeting of the X Panel of Y Council was held ..." under the title line "X PANEL"
        score = 3 if phrase else next((s for pattern, s in TITLE_SCORES if pattern.search(name)), 0)
        if dated_heading:
            score = max(score, 2)
        if score == 0 and scored and scored[-1][1] == i - 1 and _governs(name, scored[-1]):
            score = 1  # "UNIVERSITY OF X" then "COUNCIL": the organisation's council is the meeting
        scored.append((score, i, line, name, phrase))
    if not scored:
        return None, None
    own = [c for c in scored if not _running_header(c[2], text)]
    scored = own if any(c[0] for c in own) else scored  # a page header yields to the title line below it
    if max(c[0] for c in scored) == 1:  # a call's line ("…, meeting 11") outranks both lines anyway
        scored = _company_group_lines(scored)
    best = max(scored, key=lambda c: (c[0], -c[1]))
    kind_only = best[4] and bool(_KIND_ONLY.fullmatch(best[3]))
    if kind_only:
        # "Board of Education" above "Minutes of the Regular Meeting, October 17, 2023, ..." (or the date
        # on a line of its own): the "Minutes of" line says which kind of meeting, the line above which
        # body met
        # the nearest body line above: "COMMITTEE ON HEALTH SERVICES" under "COUNTY ASSEMBLY OF X"
        best = next(
            (c for c in reversed(scored) if c[1] < best[1] and c[0] == 1 and not ORG_WORDS.search(c[3])), best
        )
        above = next((c for c in scored if c[1] < best[1] and c[0] == 1 and _body_comma_org(c[3])), None)
        if best[4] and above:  # "BOARD OF REGENTS, CALLOWAY STATE UNIVERSITY SYSTEM" above it
            return _body_comma_org(above[3])
    parent = None
    if best[0] == 1 and _PARENT_BODY.search(best[3]):  # "X Integrated Care Board" over its committee
        sub = next((c for c in scored if c[0] == 1 and c[1] > best[1] and _SUB_BODY.search(c[3])), None)
        parent, best = (best, sub) if sub else (None, best)
    elif best[0] == 1 and ORG_WORDS.search(
        best[3]
    ):  # "NHS X Clinical Commissioning Group" over its committee
        sub = next((c for c in scored if c[0] == 1 and c[1] == best[1] + 1 and _COMMITTEE.search(c[3])), None)
        parent, best = (best, sub) if sub and not ORG_WORDS.search(sub[3]) else (None, best)
    _, index, _, name, phrase = best
    others = [c for c in scored if c[1] != index]
    others = [c for c in others if not _LABELLED.match(c[3])]
    org_lines = [c for c in others if (c[0] == 0 and _looks_like_org(c[3])) or c is parent]
    if best[0] >= 2:  # a call or meeting of a named group: the group is the body
        org_lines += [c for c in others if c[0] == 1]
        org_lines += [c for c in others if c[0] == 2 and _org_name(c[3]) != c[3]]  # "X project, monthly call"
    elif kind_only:  # "COUNTY ASSEMBLY OF X" over the committee a "Minutes of the 7th Sitting" line named
        org_lines += [c for c in others if c[0] == 1 and c[1] < index and not c[4]]
    # a line above the title first; under a call's title, the group that calls it before its organisation
    org_lines.sort(key=lambda c: (c[1] > index, best[0] == 2 and c[0] != 1, c[1]))
    # the title line's own "Organisation – Committee" names the body unless an organisation line stands
    # above it ("X Academy – Local Governing Body" over "A member of Y Trust")
    split = not any(c[1] < index for c in org_lines)
    body, title = _title_and_body(name, split=split, minutes_phrase=phrase, text=text)
    if body is None and org_lines:
        body = _org_name(org_lines[0][3])
    return title or None, body


# A company's name ending in "Group" ("Kestrow Insurance Group") and a body that can only be a meeting.
_GROUP_END = re.compile(r"^(?:[A-Z][\w'’&.-]*\s+){1,5}Group$")
_MEETING_BODY = re.compile(r"\b(?:committee|sub-committee|board|panel|steering)\b", re.I)


def _company_group_lines(
    scored: list[tuple[int, int, str, str, bool]],
) -> list[tuple[int, int, str, str, bool]]:
    """The candidates with a company's "X Group" line read as an organisation line (score 0) when the
    line right under it names a committee, board or panel ("Ravensmoor Foods Group" over "Steering
    Committee – Finance Transformation Programme"): "Group" then ends the company's name, and the
    line below is the meeting. A group that is itself the meeting ("Patient Participation Group")
    has no committee line under it."""
    out = list(scored)
    for k in range(len(out) - 1):
        score, index, line, name, phrase = out[k]
        below = out[k + 1]
        if (
            score == 1
            and not phrase
            and below[0] >= 1
            and below[1] == index + 1
            and _GROUP_END.fullmatch(name)
            and not _MEETING_BODY.search(name)
            and _MEETING_BODY.search(below[3])
        ):
            out[k] = (0, index, line, name, phrase)
    return out


def _body_comma_org(line: str) -> tuple[str, str] | None:
    """(meeting body, organisation) for a line naming a body, a comma, then the organisation it
    belongs to ("Board of Regents, Calloway State University System"); None for other lines."""
    first, comma, rest = line.partition(",")
    if not comma or "," in rest or not BODY_NOUNS.search(first) or ORG_WORDS.search(first):
        return None
    return (first.strip(), rest.strip()) if ORG_WORDS.search(rest) else None


# A meeting named only by its kind, no body: "Regular Meeting", "Ordinary Meeting", or by how it was
# held: "Minutes of the virtual meeting held on ..." under the "Faculty Board" that met.
# A numbered sitting or meeting says which meeting of the body it was, not the body: "7TH SITTING",
# "Minutes of Meeting 1/2024", "Meeting No. 5"; a session
# named in lower case says what kind of sitting it was ("Minutes of the evidence session held on ..."
# under the "Task and Finish Group" that heard the evidence; "informal session", "closed session").
_KIND_ONLY = re.compile(
    r"(?:regular|ordinary|special|extraordinary|monthly|annual|adjourned|quarterly|general|virtual|online|"
    r"remote|hybrid)\s+meeting|"
    r"\d{1,3}(?:st|nd|rd|th)\s+sitting|"
    r"meeting\s+(?:no\.?\s*)?\d{1,4}(?:/\d{2,4})?|"
    r"(?-i:[a-z]+\s+session)",
    re.I,
)
# A sentence opening with the meeting: "A meeting of the Children's Panel of Kestlemoor Council was ...".
_MEETING_SENTENCE = re.compile(r"^An?\s+(?:[a-z]+\s+)?meeting\s+of\s+(?:the\s+)?(?P<rest>.+)$")


def _restates(line: str, scored: list[tuple[int, int, str, str, bool]]) -> bool:
    """Whether ``line`` is a sentence about a meeting of the body an earlier line already names
    ("CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL", then "A meeting of the Children and Young People
    Scrutiny Panel of Kestlemoor ..."): the earlier line is the title as written."""
    m = _MEETING_SENTENCE.match(line.strip())
    if m is None:
        return False
    rest = m.group("rest").lower()
    return any(rest.startswith(c[3].lower() + " ") or rest == c[3].lower() for c in scored)


# A governing body named by one or two words under its organisation's name: "COUNCIL", "COURT",
# "Union Council - Minutes".
_GOVERNING_BODY = re.compile(r"(?:[A-Z][\w'’]*\s+)?(?i:council|court)(?:\s*[–—-]\s*(?i:minutes|notes))?")


def _governs(name: str, above: tuple[int, int, str, str, bool]) -> bool:
    """Whether ``name`` is the governing body of the organisation on the line above: a University's
    "COURT" or "COUNCIL", a Students' Union's "Union Council". The line above is an organisation
    line naming no meeting (score 0)."""
    return above[0] == 0 and bool(_GOVERNING_BODY.fullmatch(name)) and _looks_like_org(above[3])


# A body that sits under another ("Audit Committee", "Estates Sub-Committee", "Finance Working
# Group") and a body others sit under ("Eastmoor Integrated Care Board", "Westmoor District
# Council"): the meeting is the committee, the board or council its organisation.
# A committee or group under a parent body, its short form after it or not: "System Quality Group (SQG)".
_SUB_BODY = re.compile(
    r"\b(?:committee|sub-committee|panel|working group|group|forum)(?:\s+\([A-Z]{2,6}\))?$", re.I
)
# The committee's short form may follow it in brackets: "Quality and Patient Safety Committee (QPSC)".
_COMMITTEE = re.compile(r"\b(?:committee|sub-committee|panel)(?:\s+\([A-Z]{2,6}\))?$", re.I)
_PARENT_BODY = re.compile(r"\b(?:board|council|trust|authority|commission)$", re.I)


# A "Label: value" line the field reader did not know ("Directors: Ann Lee (CEO), ..."): a list, not
# an organisation's name.
_LABELLED = re.compile(r"^[A-Z][\w'’ ]{0,30}:\s+\S")


def _looks_like_org(line: str) -> bool:
    """An organisation line: it has an organisation word or reads as a name (mostly capitalised
    words), not a strapline sentence ("Working together for a safer county")."""
    if ORG_WORDS.search(line) or re.match(r"^[A-Z]{3,}\b", line):  # or an upper-case project name
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’&.-]*", line) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words) and len(words) <= 8


def _org_name(line: str) -> str:
    """'Hypermedia Architecture Working Group, Open Web Fabric Consortium' -> the first part when it
    names a body; 'Friends of X (charity no. 1172203)' -> 'Friends of X'."""
    line = _strip_registration(line)
    first = line.split(",")[0].strip()
    if (
        first != line
        and (ORG_WORDS.search(first) or BODY_NOUNS.search(first))
        and not EVENT_WORDS.search(first)
    ):
        return first
    return line


# A line opening with the meeting itself: "Meeting of the Finance Committee held at 7pm on ...";
# read as "Minutes of a meeting of the Finance Committee ...". Only with "held" or a date after
# it, so a title "Meeting of the Full Council" on its own line stays as written.
_MEETING_OF = re.compile(
    r"^(?P<art>an?\s+)?(?P<what>(?:(?:ordinary|special|extraordinary|annual)\s+)?meeting\s+of\s+.+?\s(?:held|on)\b.*)$",
    re.I,
)


# The generic opening of what minutes are of: "meeting of the", also with how it was held ("remote
# meeting of the", "virtual meeting of") or, in lower case, which kind of meeting it was ("annual
# meeting of the", "ordinary meeting of"); the committee named after it is the title. A capitalised
# kind is part of the name ("Ordinary Meeting of the Parish Council").
_GENERIC_MEETING_OF = (
    r"^(?:(?:remote|virtual|hybrid|online)\s+|(?-i:annual|ordinary|special|extraordinary|regular)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?"
)


# A sentence of a covering note about the minutes, not their heading: "Minutes of yesterday's call are
# below", "notes of the workshop are attached".
_SAYS_WHERE_MINUTES_ARE = re.compile(
    r"\s(?:are|is)\s+(?:below|attached|above|enclosed|included|here)\b", re.I
)


def _minutes_phrase(line: str) -> str | None:
    """What a "Minutes of (the) X held on ..." line names, or None for other lines; "" when it
    names nothing ("Minutes of the meeting held on ..."). A lower-case "meeting of the" is
    generic and dropped ("minutes of the meeting of the Audit Committee" -> "Audit Committee"), with
    how it was held ("the remote meeting of the Audit Committee" -> "Audit Committee");
    a capitalised one is part of the name ("Meeting of the Full Council")."""
    m = re.match(
        r"^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes?|notes)\s+of\s+(?P<art>the\s+|an?\s+)?(?P<what>.+)$",
        line.strip(),
        re.I,
    ) or _MEETING_OF.match(line.strip())
    if not m or _SAYS_WHERE_MINUTES_ARE.search(m.group("what")):
        return None
    # "held in public" after "meeting" is part of the name ("the Board meeting held in public")
    what = re.split(
        rf"(?<!meeting)\s+held\b|\s+held\b(?!\s+in\s+(?:public|private)\b)|\s*,?\s+(?:on|dated)\s+(?=(?:{WEEKDAYS},?\s+)?\S*\d)",
        m.group("what"),
        maxsplit=1,
        flags=re.I,
    )[0]
    found = find_date(what)
    if found:
        what = what[: found[1]]
    what = what.strip(" ,–—-:")
    generic = _GENERIC_MEETING_OF if (m.group("art") or "").lower().startswith("the") else None
    if (m.group("art") or "").lower().startswith("a") or m.re is _MEETING_OF:
        generic = _GENERIC_MEETING_OF
        what = re.sub(generic, "", what, flags=re.I)
    elif generic:
        what = re.sub(generic, "", what)  # case-sensitive: only the lower-case, generic form
    if re.fullmatch(
        r"(?:(?:the|a|an)\s+)?(?:(?:spring|summer|autumn|winter)(?:\s+term)?\s+)?(?:meeting|hearing)(?:\s+held\s+in\s+(?:public|private)|\s+of)?|",
        what,
        re.I,
    ):
        # "Minutes of the hearing held on ...", Scots "Minute of Meeting held in ...", "Minutes of the
        # meeting of 9 October 2024", "Minutes of the spring term meeting held on ...", which names
        # only when in the school year it fell: no name
        return ""
    return what


# What a line opening with the date says after it, when it names the meeting: "2022-05-17 Steering
# Meeting", "14 March 2024 – Board meeting" (a wiki page of dated meetings heads each so).
_MEETING_AFTER_DATE = re.compile(r"\s*[,:|–—-]?\s*(?P<name>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}?)\s*[*]*\s*")


# A field giving an attribute of the meeting, as a governance portal's export lists it under the date:
# "Meeting type: Summer term 2", "Meeting status: Confirmed". The label's "Meeting" names no meeting.
_MEETING_ATTRIBUTE_FIELD = re.compile(
    r"^(?:meeting\s+(?:type|status|format|mode|category|series|number|no\.?|ref(?:erence)?)|"
    r"type\s+of\s+meeting)\s*:\s*(?P<value>.*)$",
    re.I,
)


# The site a saved wiki page's title ends with, after a dash or a bar: "Board Minutes - Acme Wiki",
# "TSC Meeting | ProjectWiki". The browser's page title names the site, not the meeting.
_WIKI_SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+(?:[\w.'’-]+\s+){0,3}[\w.'’-]*(?i:wiki)$")


def _title_candidate(line: str, *, dated_heading: bool = False) -> tuple[str, bool] | None:
    """The part of a header line that can name the meeting, and whether it came from a
    "Minutes of ..." phrase.

    "Minutes of the Ordinary Meeting of the Parish Council held on ..." gives "Ordinary Meeting
    of the Parish Council"; "Trustees' meeting – Wed 16 June 2021, 7pm" gives "Trustees' meeting";
    a generic "Minutes of the meeting held on ...", other dated lines and registration lines give
    nothing."""
    line = _WIKI_SITE_SUFFIX.sub("", _strip_registration(line.strip()))
    attribute = _MEETING_ATTRIBUTE_FIELD.match(line)
    if attribute:  # "Meeting type: Summer term 2": only the value can name the meeting, not the label
        line = attribute.group("value")
    if not line or _NOT_A_NAME_LINE.search(line) or _day_month_line(line):
        return None
    named = _minutes_phrase(line)
    if named is not None:
        return (named, True) if named else None
    found = find_date(line)
    words_before = len(line[: found[1]].split()) if found else len(line.split())
    if words_before > 16 or (
        line.endswith(".") and (_SENTENCE_VERBS.search(line) or _OPEN_CLOSE.search(line))
    ):
        return None  # a paragraph, or a sentence about the meeting ("The meeting was held via Teams.")
    if found:
        head = line[: _date_start(line, found[1])].strip(" ,–—-:|·")
        # "Council of Governors - Minutes of the meeting held in public on": the name before the dash
        named, minutes_of = _GENERIC_MINUTES_TAIL.subn("", head)
        head = named
        head = re.sub(r"\s*,?\s*\b(?:held|took\s+place)(?:\s+(?:on|at|in))?$", "", head, flags=re.I)
        head = _WEEK_OF_TAIL.sub("", head)  # "TAG Minutes - Week of 24-July-2023": the week is the date's
        if re.fullmatch(
            r"(?:(?:the|a|an)\s+)?meeting(?:\s+(?:held|took\s+place)\b.*|\s+(?:minutes|notes|of|on))?",
            head,
            re.I,
        ):
            return None  # "Meeting held on 3 May 2024", "Meeting held in public on", "Meeting minutes –", "Meeting of"
        if _NUMBERED_MEETING.fullmatch(head) or _TERM_MEETING.fullmatch(head):
            return None  # "Meeting 7 | 12 September 2023 | ...": which meeting of the series, not its name
        names_body = minutes_of and BODY_NOUNS.search(head)
        if head and (dated_heading or MEETING_WORDS.search(head) or names_body):
            return head, False
        after = _MEETING_AFTER_DATE.fullmatch(line[found[2] :]) if not head.strip("#* ") else None
        if after and MEETING_WORDS.search(after.group("name")):  # "## 2022-05-17 Steering Meeting"
            return after.group("name"), False
        short_name = _NAME_THEN_MINUTES.fullmatch(head) or _DASHED_NAME_THEN_MINUTES.fullmatch(head)
        return (short_name.group("name"), False) if short_name else None
    clock = _TIME_LED.match(line)
    if clock and find_time(clock.group(0)):  # "14:00 UTC, Matrix video room", "12.30pm – 1.30pm"
        return None
    if _NUMBERED_MEETING.fullmatch(line) or _TERM_MEETING.fullmatch(line):  # "Meeting 14", "Spring 1 meeting"
        return None  # on its own line: which meeting, not its name
    return _dashed_minutes_title(line) or (line, False)


# The word "meeting" in a line naming the meeting by its kind: "AGM + committee meeting – minutes".
_MEETING_WORD = re.compile(r"\bmeetings?\b", re.I)


def _dashed_minutes_title(line: str) -> tuple[str, bool] | None:
    """The body an undated line calls these the minutes of ("Audit Panel – Minutes" -> "Audit Panel"),
    as sure a title as "Minutes of the Audit Panel", so that it outranks an organisation's line above
    it; None when the part before "Minutes" names no body ("Acme Ltd – Minutes") or is a meeting
    named by its kind ("Annual general meeting – minutes"), which is a title line already, whole."""
    dashed = _DASHED_NAME_THEN_MINUTES.fullmatch(line)
    if (
        dashed is None
        or not BODY_NOUNS.search(dashed.group("name"))
        or _MEETING_WORD.search(dashed.group("name"))
    ):
        return None
    return dashed.group("name").strip(), True


# A weekday written just before a date: "Weekly meeting – Tuesday 2025-03-04" (the numeric forms of
# DATE_PATTERNS leave it out of the date's span).
_WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAYS}\.?,?\s*$", re.I)


def _date_start(line: str, start: int) -> int:
    """Where the date found at ``start`` begins once a weekday written before it is counted in."""
    m = _WEEKDAY_BEFORE.search(line[:start])
    return m.start() if m else start


# "Week of" left before a removed date: "TAG Call Minutes - Week-of 22-April-2024", "Minutes for week of".
_WEEK_OF_TAIL = re.compile(r"(?:^|\s*[,–—-]?\s+)(?i:(?:for\s+)?(?:the\s+)?week[- ]of)$")


# A short name followed by "Minutes" before the date: "CAB Minutes – 2024-07-16" names the CAB.
_NAME_THEN_MINUTES = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?i:minutes|notes)")
# The same written as dash-separated parts, the organisation first: "Northshire Police and Crime
# Commissioner – Holding to Account – Minutes" (before the date) -> "Holding to Account", the part
# just before "Minutes".
_DASHED_NAME_THEN_MINUTES = re.compile(
    r"(?:[^–—|]+\s[–—|]\s+)?(?P<name>[A-Z][^–—|]{2,60}?)\s+[–—|]\s+(?i:minutes|notes)"
)


# Verbs of a sentence saying when the meeting opened or closed: "The meeting closed at 4.25 pm."
_OPEN_CLOSE = re.compile(r"\b(?:opened|closed|started|ended|began|finished|commenced|concluded)\b", re.I)


# A meeting named only by its number in a series: "Meeting 7", "Session No. 12", "Call #4".
_NUMBERED_MEETING = re.compile(r"(?:meeting|session|call)\s+(?:no\.?\s*|#\s*)?\d+", re.I)
# A school's meeting named only by the term or half-term it falls in: "Spring 1 meeting", "Summer
# term meeting", "Autumn 2". It says when in the school year the body met, not which body met.
_TERM_MEETING = re.compile(r"(?:autumn|spring|summer)(?:\s+term)?(?:\s+[1-6])?(?:\s+meeting)?", re.I)


# A generic "– Minutes of the meeting held (in public) on" after the meeting's name on a dated line;
# the meeting may be described by how it was held, which names nothing: "– Minutes of the virtual
# meeting held on".
_GENERIC_MINUTES_TAIL = re.compile(
    r"\s+[–—|-]\s+(?:minutes|notes)\s+of\s+(?:the\s+|a\s+)?"
    r"(?:(?:virtual|online|remote|hybrid)\s+)?meeting\s+held\b[^–—|]*$",
    re.I,
)


_HELD_PHRASE = re.compile(r"^(?:minutes|notes)\s+of\s+.+?\s+held\b", re.I)


def _strip_registration(org: str) -> str:
    """'Friends of X (charity no. 1172203)' -> 'Friends of X'."""
    return re.sub(r"\s*\((?:registered\s+)?(?:charity|company)\b[^)]*\)\s*$", "", org, flags=re.I).strip()


def _strip_minutes(line: str) -> str:
    return re.sub(r"^(minutes|notes)\s+of\s+(the\s+)?", "", line, flags=re.I)


def _is_held_line(line: str) -> bool:
    return bool(
        re.match(r"^(minutes|notes)\s+of\s+(the\s+)?(meeting|a meeting)\b(.*\bheld\b|\s+of\b)", line, re.I)
    ) or (line.strip().upper() in ("MINUTES", "NOTES", "DRAFT MINUTES", "MEETING NOTES"))


# a clock time with an optional time zone ("16:00 UTC", "09:00 WEST", "9:00 am Pacific")
_TIME_TOKEN = (
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?"
    r"(?:\s*(?:(?!(?:IN|AT|ON|THE|VIA|AND|TO|BY)\b)(?-i:[A-Z]{2,5}\b)|Pacific|Eastern|Central|Mountain)(?:\s+time)?)?"
)


_LEADING_TIME = re.compile(rf"^[\s,|]*(?:(?:@|at|from|to|until|[-–—])\s*)?{_TIME_TOKEN}(?![\d/])", re.I)
# A bare number followed by a capitalised word is a house number: "at 14 Elm Road".
_HOUSE_NUMBER = re.compile(r"^[\s,]*(?:at\s+)?\d{1,3}\s+[A-Z][a-z]")


# A room written as one word: "staffroom", "boardroom", "clubhouse".
_ROOM_WORD = re.compile(r"[a-z]+(?:room|hall|house)", re.I)


# A room named in lower case after a comma, ending the date line: ", 6pm, school hall", ", 16:00 UTC,
# same video room". A few words ending in a room noun and no preposition, so that a note on the
# meeting (", 7pm, followed by tea in the hall") is no venue.
_LOWER_PLACE_NAME = re.compile(
    r"(?:(?!(?:in|at|on|by|after|before|with|followed|then)\b)[\w'’-]+\s+){0,3}"
    r"(?:[a-z]*(?:room|hall)|library|chamber|centre|pavilion|lounge|suite|auditorium|theatre|clubhouse)",
    re.I,
)


# A bracketed note opening what follows the date: "(2nd week, Michaelmas Term)", "(Week 5)".
_BRACKET_FIRST = re.compile(r"^\s*\([^()]+\)(?=\s*\S)")


# "on" before a video-call service names where an online meeting was: ", 15:00 UTC, on Jitsi".
_ON_PLATFORM = rf"on\s+(?=(?:{_MEETING_PLATFORM}|Jitsi|BigBlueButton|Discord)\b)"
# A field's value opening with the video-call service the meeting was held on: "Google Meet (link in …)".
_ONLINE_PLACE = re.compile(rf"\s*(?:{_MEETING_PLATFORM}|Jitsi|BigBlueButton|Discord)\b")


def _venue_after(tail: str) -> str | None:
    """'at 19:00, Council Chamber, Harbour House' -> 'Council Chamber, Harbour House';
    ', 6pm, School Library' -> 'School Library'; ', 7pm (Zoom)' -> 'Zoom';
    ', 7.45pm – upstairs at the Fox & Hounds' -> 'upstairs at the Fox & Hounds'. A note on the date
    in brackets before the time is passed over: '(2nd week, Michaelmas Term) at 2.15 pm in the Board Room'."""
    tail = _SENTENCE_END.split(tail, maxsplit=1)[
        0
    ]  # "… on Zoom. Chaired by Ann Lee.": the next sentence is no place
    note = _BRACKET_FIRST.match(tail)
    rest = tail[note.end() :] if note and not _PLACE_WORDS.search(note.group(0)) else tail
    for _ in range(3):  # the start time, an end time ("09:30 – 12:45"), and their separators
        clock = _LEADING_TIME.match(rest)
        if clock is None or _HOUSE_NUMBER.match(rest):
            break  # "at 14 Elm Road": a house number, not an hour
        rest = rest[clock.end() :]
    held = re.match(
        r"^[\s,]*held\s+(?:remotely\s+|online\s+|virtually\s+)?(?:via|on|at|in)\s+(?:the\s+)?(?P<venue>\S.+?)\s*\.?$",
        rest,
        re.I,
    )
    if held:
        return held.group("venue").strip()
    bracket = re.fullmatch(r"\s*\((?P<venue>[^)]+)\)\s*\.?", rest)
    if bracket and _PLACE_WORDS.search(bracket.group("venue")):
        return bracket.group("venue").strip()
    m = re.match(
        rf"^\s*(?:(?P<sep>,|\||–|—|-)\s*(?:(?:held\s+)?(?:at|in|via)\s+(?:the\s+)?|{_ON_PLATFORM}|(?-i:the)\s+)?"
        rf"|(?P<prep>\bat\b|\bin\b|\bvia\b|\b{_ON_PLATFORM})\s*(?P<article>the\s+)?)(?P<venue>\S.+?)\s*\.?$",
        rest,
        re.I,
    )
    if not m:
        return None
    # "the" goes after a preposition ("at the Village Hall", "IN THE ASSEMBLY ROOM"), not after a
    # comma (", The Hut"). After a dash the venue may be a phrase ("upstairs at the ..."), after
    # "in"/"at" a place in lower case ("in the school library"); otherwise it is a name
    sep = m.group("sep") or m.group("prep")
    venue = m.group("venue")
    lower_place = (
        sep.lower() in ("in", "at")
        and bool(_PLACE_WORDS.search(venue) or _ROOM_WORD.fullmatch(venue) or _HOME_OF.match(venue))
    ) or (sep == "," and bool(_LOWER_PLACE_NAME.fullmatch(venue)))
    if (
        sep not in ("–", "—", "-")
        and not venue[0].isupper()
        and not lower_place
        and not _CHAT_CHANNEL.match(venue)
    ):
        return None
    if m.group("article") and _HOME_OF.match(venue):
        venue = "the " + venue  # "at the home of Ann Lee, 4 Mill Lane": the article is part of the place
    return venue.strip().rstrip(".")


# The end of a sentence inside a line: a full stop after a word of small letters or a closing bracket,
# then a capital or a handle ("… on Zoom (link in the calendar). Chaired by @ana"); "St. Mary's" and
# "Rd. 4" are abbreviations, not ends.
_SENTENCE_END = re.compile(r"(?<=[a-z)][a-z)])\.\s+(?=[A-Z@])")


# A chat channel as the place a meeting is held: "#dev-meeting on Libera.Chat", "#tsc".
_CHAT_CHANNEL = re.compile(r"#[a-z][\w.-]*", re.I)


# A private house as the venue: "at the home of Ann Lee, 14 Mill Lane" (a name after "home of").
_HOME_OF = re.compile(r"home\s+of\s+[A-Z]")


# An online medium or a numbered room ending a date line: "18 October 2022 at 2pm by Zoom",
# "2024-06-18, 16:00 UTC, video call", "Date: 2023-10-11, Room 2", "…, 10:00–12:00, via MS Teams".
_VENUE_ENDING = re.compile(
    r"(?:,\s*|\s(?i:by|via)\s+)(?:(?i:by|via)\s+)?(?P<venue>(?i:(?:microsoft\s+|ms\s+)?teams|zoom|jitsi|webex|google\s+meet|"
    r"video\s*call|video\s*conference|videoconference|conference\s+call)|Room\s+[\w.]{1,6})\s*\.?\s*$"
)


# The same medium opening a bracketed note that closes the line: "2023-07-18, 15:00 UTC (Jitsi, recorded)".
_BRACKETED_VENUE_ENDING = re.compile(
    r"\s\((?P<venue>(?i:(?:microsoft\s+|ms\s+)?teams|zoom|jitsi|webex|google\s+meet|video\s*call))(?:[,;][^()]*)?\)\s*\.?\s*$"
)


def _venue_ending(tail: str) -> str | None:
    """The venue a date line ends with after a comma or "by", or in a closing bracket: an online medium
    or "Room N"; the last thing on such a line is where the meeting is held, not part of its date or time."""
    m = _VENUE_ENDING.search(tail) if ("," in tail or "by " in tail or "via " in tail) else None
    m = m or (_BRACKETED_VENUE_ENDING.search(tail) if "(" in tail else None)
    return m.group("venue") if m else None


def _clean_venue(venue: str) -> str:
    """The venue without a leading preposition ('in Committee Room 2, Civic Offices'). Notes stay as
    written: how else people joined ('..., Kellingford (and via Microsoft Teams)') and where the link
    is ('Jitsi (link pinned in #tsc)'), as the corpus keeps them (corpus/README.md)."""
    venue = re.sub(
        r"^(?:[Hh]eld\s+|HELD\s+)?(?:[Ii]n|[Aa]t|IN|AT)\s+(?:the\s+|THE\s+)?(?=[A-Z0-9])", "", venue
    )
    venue = _VENUE_TIME_TAIL.sub("", venue)
    return re.sub(r"^the\s+(?=[A-Z])", "", venue).strip()  # "held at the Old Mill"; "The Old Hall" stays


# The start time closing a venue: "Board Room, Administrative Block at 10.00 a.m" (the held line's
# full stop already gone), or the meeting's hours: "Board Room from 9.00am to 1.15pm", "MS Teams,
# 2.00pm – 4.30pm", with the comma before them ("Council Room, Main Building, at 2.15 pm"). A clock
# time only: "at 10 Downing Street" keeps its number.
_CLOCK = r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
_CLOCK_UNTIL = rf"\s*(?:to|until|till|[-–—])\s*{_CLOCK}"
_VENUE_TIME_TAIL = re.compile(
    rf",?\s+(?:at|from)\s+{_CLOCK}(?:{_CLOCK_UNTIL})?\s*$|,\s*{_CLOCK}{_CLOCK_UNTIL}\s*$", re.I
)


# A title line ending, after a dash, in the place and then the start time, the date on the line below:
# "Overview and Scrutiny Committee – Council Chamber, Civic Offices, 6.30 pm". The closing clock time
# and a place word in the venue mark it; a dash before a place alone may name the body ("Governing
# Board – Hartsmere School"), so that is left.
_PLACE_TIME_TITLE_TAIL = re.compile(
    rf"\s+[–—-]\s+(?P<venue>[A-Z][^–—]*?),?\s+(?:(?i:at)\s+)?(?P<time>(?i:{_CLOCK}))\s*\.?\s*$"
)


def _venue_before(head: str) -> str | None:
    """The venue named before the date: '... held at Committee Room 2, Shire Hall on' -> 'Committee
    Room 2, Shire Hall'; '... held in the Village Hall,' -> 'Village Hall'."""
    m = re.search(
        r"\b(?i:held\s+(?:remotely\s+|online\s+|virtually\s+)?(?:at|in|via)\s+(?:the\s+)?)(?P<venue>[A-Z0-9].*?)"
        r"\s*(?:,\s*(?:(?i:on)\s*)?|\b(?i:on)\b)\s*$",
        head,
    )
    if m:
        return m.group("venue").strip()
    online = _online_venue_before(head)  # "Remote meeting via Zoom, Tuesday 9 February 2021"
    if online:
        return online
    bracketed = _HELD_ONLINE_BRACKETED_BEFORE.search(head)  # "held remotely (Microsoft Teams) on"
    if bracketed:
        return bracketed.group("venue").strip()
    # a place in lower case drops its article as the capitalised one does ("Held at the station, Thursday ..." ->
    # "station"; "held in the school hall on ..." -> "school hall"), the corpus convention for "in the" / "at the"
    low = _LOWER_PLACE_BEFORE.search(head)
    if low and (_PLACE_WORDS.search(low.group("venue")) or _ROOM_WORD.fullmatch(low.group("venue")[4:])):
        return low.group("venue")[4:]
    return None


# A line opening with how the meeting was held online, then its date: "Remote meeting via Zoom, Tuesday
# 9 February 2021 at 6.30pm", "Virtual meeting (Microsoft Teams), 3 May 2022". The words before the
# date are the venue as written, as on a line of their own (``_ONLINE_MEETING_LINE``), not a title.
_ONLINE_BEFORE_DATE = re.compile(
    rf"\s*(?P<venue>{_ONLINE_MEETING_WORDS}{_ONLINE_PLATFORM}?)\s*[,–—-]\s*(?:{WEEKDAYS},?\s*)?(?i:on\s*)?"
)


def _online_venue_before(head: str) -> str | None:
    """The venue when all that comes before a line's date says how the meeting was held online
    ("Remote meeting via Zoom, Tuesday "), else None."""
    m = _ONLINE_BEFORE_DATE.fullmatch(head)
    return m.group("venue").strip() if m else None


# The platform in brackets after how the meeting was held, before the date: "held remotely (Microsoft
# Teams) on 20 January 2021" names Microsoft Teams, as "held remotely via Microsoft Teams" does.
_HELD_ONLINE_BRACKETED_BEFORE = re.compile(
    r"\b(?i:held\s+(?:remotely|online|virtually))\s+\((?P<venue>[A-Z][^()]{1,40})\)\s*(?:,\s*)?(?i:on)?\s*$"
)


_LOWER_PLACE_BEFORE = re.compile(
    r"\b(?i:held\s+(?:at|in)\s+)(?P<venue>the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s*(?:,\s*(?:on\s*)?|\bon\s*)$"
)


# Names of bodies that meet: "the Full Governing Body meeting" names the Full Governing Body.
_BODY_NOUN = re.compile(r"\b(committee|board|body|panel|senate|forum|group|sub-committee)$", re.I)


# A meeting named by its place in a series: "42nd Board meeting", "3rd General Assembly".
_ORDINAL_START = re.compile(r"^\d{1,4}(?:st|nd|rd|th)\s", re.I)


# What kind of write-up the document is, before the meeting's name and a dash or colon: "Meeting recap –
# Audit Committee", "Meeting notes | Steering Group", "Meeting notes: Holding to Account Meeting" (as a
# meeting assistant titles its notes), or "Meeting summary for TOC Meeting" (a video call's AI summary).
# Like a trailing "– minutes", no part of the name.
_DOCUMENT_KIND_LEAD = re.compile(
    r"^(?i:(?:meeting\s+)?(?:recap|notes|minutes|summary|write-?up))\s*[|–—:-]\s+(?=[A-Z])|"
    r"^(?i:(?:meeting\s+)?(?:recap|summary)\s+for)\s+(?=[A-Z])"
)


# What kind of write-up follows the meeting's name after a dash or bar: "– Minutes", "| Meeting notes",
# "– Minutes and Actions", "– Draft", "– Decision & Action Record", "– Action Log". No part of the name.
_DOCUMENT_KIND_TAIL = re.compile(
    r"\s*[|–—-]\s*(?:meeting\s+notes|(?:meeting\s+)?minutes(?:\s+and\s+(?:actions|action\s+points|decisions))?"
    r"|(?:decisions?|actions?)(?:\s*(?:&|and)\s*(?:decisions?|actions?))?\s+(?:record|log|register)"
    r"|notes|draft|unconfirmed|confirmed)\s*$",
    re.I,
)
# A dash and how the public could follow the meeting, closing its name: "– streamed", "– Webcast",
# "– livestreamed". Like "– Virtual", it says how the meeting was held, not what it is called.
_BROADCAST_TAIL = re.compile(
    r"\s+[–—-]\s+(?:(?:live\s*-?\s*)?streamed(?:\s+live)?|webcast|broadcast)\s*$", re.I
)
# "Minutes" between the meeting's name and which part of the meeting they record: "Quality Committee
# Minutes – Part 1", "Board Minutes (Part A)". The word is no part of the name; the part is kept, as a
# title "Board (Part 1)" keeps it.
_MINUTES_BEFORE_PART = re.compile(r"\s+minutes(?=\s*(?:[–—-]\s*|\(\s*)part\s+[\w.]{1,4}\s*\)?\s*$)", re.I)
# A bracketed note after the meeting's name on how it was held: "Quality Committee (held virtually)",
# "(held remotely via Teams)", "(virtual meeting)". The venue says how; a bracketed short form ("(QSPEC)")
# stays in the name.
_HELD_ONLINE_NOTE = re.compile(
    r"\s*\(\s*(?i:held\s+(?:virtually|remotely|online)\b[^()]*|(?:virtual|online|remote)(?:\s+meeting)?)\s*\)\s*$"
)


def _title_and_body(
    title_line: str, *, split: bool = True, minutes_phrase: bool = False, text: str = ""
) -> tuple[str | None, str]:
    """The meeting title without "Minutes of the", dates and "– minutes"; with ``split`` a line
    "Organisation – Committee" is split into body and title. An organisation's one-word name before
    a title-case meeting name ("Corvid.js TSC Meeting") is dropped from the title whether or not
    another line names the organisation; ``text`` (the document) shows the word is a name."""
    minutes_phrase = minutes_phrase or bool(re.match(r"^(minutes|notes)\s+of\s+", title_line, re.I))
    line = re.sub(r"^(minutes|notes)\s+of\s+(the\s+)?", "", title_line, flags=re.I).strip()
    found = find_date(line)
    if found:
        line = (line[: _date_start(line, found[1])] + line[found[2] :]).strip()
    line = re.sub(rf"\b({MONTHS})\s+\d{{4}}\b", "", line, flags=re.I)
    line = re.sub(r"\s*\(\s*\)|\s*\(\s*$", "", line)  # brackets a removed date leaves: "call (2022-08-17)"
    line = _DOCUMENT_KIND_TAIL.sub("", line)
    line = _HELD_ONLINE_NOTE.sub("", line)
    line = _BROADCAST_TAIL.sub("", line)
    line = re.sub(
        r"\s*\bminutes\s*$", "", line, flags=re.I
    )  # "meeting notes" stays: "Steering Council meeting notes"
    line = _MINUTES_BEFORE_PART.sub("", line)  # "Quality Committee Minutes – Part 1"
    line = _DOCUMENT_KIND_LEAD.sub("", line)
    line = re.sub(r"\s+", " ", line).strip(" -–—,:")
    if minutes_phrase:
        # the generic noun goes ("Full Governing Body meeting"); a capitalised "Meeting" is part of the
        # name ("Minutes of Strata Committee Meeting")
        named = re.fullmatch(r"(?P<name>.+?)\s+(?:meeting|MEETING)", line)
        if (
            named
            and len(named.group("name").split()) >= 2
            and _BODY_NOUN.search(named.group("name"))
            and not _ORDINAL_START.match(line)  # "42nd Board meeting": which meeting, not a body
        ):
            line = named.group("name")
    of_company = _MEETING_OF_COMPANY.fullmatch(line)
    if of_company:  # "187th Meeting of the Board of Directors of Example Industries Limited"
        return of_company.group("org"), of_company.group("meeting")
    parts = [p.strip() for p in re.split(r"\s+[–—-]\s+|:\s+|\s*\|\s*", line) if p.strip()]
    joined = _ORG_THEN_MEETING.fullmatch(line) if split and len(parts) == 1 else None
    if joined and not MEETING_WORDS.search(joined.group("org")):
        return joined.group("org"), joined.group("meeting")  # "X Foundation Technical Steering Committee"
    bracketed = _BRACKETED_ORG.fullmatch(line)
    if (
        bracketed
        and ORG_WORDS.search(bracketed.group("org"))
        and MEETING_WORDS.search(bracketed.group("name"))
    ):
        return (bracketed.group("org") if split else None), bracketed.group("name")
    series = _SERIES_MEETING.fullmatch(line)
    if series and (MEETING_WORDS.search(series.group("name")) or EVENT_WORDS.search(series.group("name"))):
        return (series.group("org") if split else None), series.group("name")
    prefixed = _org_prefix(line, text) if len(parts) == 1 and text else None
    if prefixed:
        # an organisation's initials ("OPCC") leave the body to the line that writes its name out
        initials = prefixed[0].isupper() and not line.isupper() and _spells_an_org(prefixed[0], text)
        return (prefixed[0] if split and not initials else None), prefixed[1]
    if len(parts) == 2 and _SUB_BODY.search(parts[0]) and _PARENT_BODY.search(parts[1]):
        return (parts[1] if split else None), parts[0]  # "Finance Committee – Eastmoor Care Board"
    if len(parts) == 2 and _PARENT_BODY.search(parts[0]) and _COMMITTEE.search(parts[1]):
        return (parts[0] if split else None), parts[1]  # "X School Governing Board – Pay Committee"
    if len(parts) == 2:
        org = [p for p in parts if _names_an_org(p) and not MEETING_WORDS.search(p)]
        if len(org) == 1:
            other = parts[1] if parts[0] == org[0] else parts[0]
            if split:
                return org[0], other
            if org[0] == parts[1] and MEETING_WORDS.search(other):  # "Meeting – Commissioner for X"
                return None, other
        if split and not org and _is_proper_name(parts[0]) and MEETING_WORDS.search(parts[1]):
            return parts[0], parts[1]  # "Marlowe & Crane Group - Digital Transformation Steering Committee"
    if (
        split
        and len(parts) == 3
        and _names_an_org(parts[0])
        and not MEETING_WORDS.search(parts[0])
        and MEETING_WORDS.search(parts[1])
        and not _names_an_org(parts[2])
        and not MEETING_WORDS.search(parts[2])
    ):
        # "Hollybank Primary School – Full Governing Board – Spring 2": the school is the body, the
        # meeting keeps its qualifier
        return parts[0], line[line.index(parts[1], len(parts[0])) :]
    return None, line


# Words ending the name of a firm or a community that ORG_WORDS leaves out, because elsewhere they
# are not organisations: "Lanternfish Games", "Maple Ridge HOA", "Ferrowave Inc.", "Brightlane Consulting".
_FIRM_WORDS = re.compile(
    r"\b(?:games|studios?|labs?|hoa|llc|gmbh|corp|corporation|co-?op|cooperative|consulting|consultancy)\b",
    re.I,
)


def _names_an_org(part: str) -> bool:
    """Whether one side of "Org – Meeting" names an organisation: an organisation or firm word."""
    part = re.sub(r"\b[A-Z]+-\d[\w-]*", "", part)  # a reference ("INC-2024-0815") names no company
    return bool(ORG_WORDS.search(part) or _FIRM_WORDS.search(part))


def _is_proper_name(part: str) -> bool:
    """A name written as capitalised words and no meeting or event word: "Marlowe & Crane Group"
    names who meets, not a meeting ("Design Review", "Open Session")."""
    words = [w for w in part.split() if w.lower() not in _SMALL_WORDS]
    return (
        0 < len(words) <= 6
        and all(w[0].isupper() for w in words)
        and not (MEETING_WORDS.search(part) or EVENT_WORDS.search(part))
    )


# A meeting followed by the organisations it belongs to in brackets: "Joint Health Scrutiny Committee
# (Ardley Borough Council and Fenmoor County Council)".
_BRACKETED_ORG = re.compile(r"(?P<name>.+?)\s*\((?P<org>[^()]{6,})\)")
# A session at a numbered gathering of an organisation: "CTE WG Session, IETF 118".
_SERIES_MEETING = re.compile(r"(?P<name>.+?),\s+(?P<org>[A-Z]{2,8})\s+\d{1,4}")


# The last word of a meeting's name written in title case: the body that meets or the event.
_MEETING_NAME_END = re.compile(
    r"(?:Committee|Sub-Committee|Group|Board|Panel|Forum|Meeting|Assembly|Plenary|Summit|PTG)", re.I
)
_PREFIX_SMALL_WORDS = frozenset({"and", "of", "for", "the", "&", "on", "in"})


def _org_prefix(line: str, text: str) -> tuple[str, str] | None:
    """("Brackwater", "Open Data User Group") for "Brackwater Open Data User Group": a title-case
    (or upper-case) line whose first word is a name and whose other words name the meeting.

    The first word is a name, not a common word opening a meeting's name ("Joint", "Planning"),
    when the document never writes it in lower case and writes it again outside the title line
    ("Brackwater City Council", "Corvid.js"). A sentence-case line keeps its first word ("Brindle
    maintainers sync", "Larchwood PMC meeting"): the name there is the meeting's own."""
    words = line.split()
    if len(words) < 3 or len(words) > 9:
        return None
    first, rest = words[0], words[1:]
    last = rest[-1]
    # a project's "Steering Council" ends its name too, though a "Council" alone is a body ("Town Council")
    if not (
        (_MEETING_NAME_END.fullmatch(last) or _PROJECT_BODY.fullmatch(" ".join(rest))) and last[0].isupper()
    ):
        return None
    if not all(
        w[0].isupper() or w[0].isdigit() or w[0] == "(" or w.lower() in _PREFIX_SMALL_WORDS for w in rest
    ):
        return None
    if not re.fullmatch(r"[A-Z][\w'’.-]*\w", first) or first.lower() in _PREFIX_SMALL_WORDS:
        return None
    if ORG_WORDS.search(first) or BODY_NOUNS.search(first) or EVENT_WORDS.search(first):
        return None
    return (first, " ".join(rest)) if _is_a_name_in(first, line, text) else None


# The governing bodies of open-source projects, which take the project's name before their own ("Quillon Steering
# Committee", "Brackenframe Steering Council", "Corvid TSC Meeting"); the word before them is the project's name unless
# it is one of the words that describe such a body ("Technical Steering Committee", "Programme Steering Group").
_PROJECT_BODY = re.compile(
    r"(?:(?:Technical\s+)?Steering\s+(?:Committee|Council)|TSC|TOC|PMC|Core\s+Team)(?:\s+Meeting)?$", re.I
)
_BODY_DESCRIPTORS = frozenset(
    [
        "joint",
        "programme",
        "program",
        "project",
        "technical",
        "executive",
        "digital",
        "transformation",
        "strategic",
        "portfolio",
        "change",
        "data",
        "security",
        "community",
        "release",
        "governance",
        "board",
        "management",
        "operational",
        "delivery",
        "oversight",
        "finance",
        "clinical",
        "quality",
        "research",
        "estates",
        "infrastructure",
        "cloud",
        "network",
    ]
)


# A capitalised word just before a place in the text, other than a word opening a sentence or a phrase
# ("The", "At"): the place is inside a longer name ("Mental Health Service"), not at its start.
_INSIDE_A_NAME = re.compile(
    r"(?<![\w'’.-])(?!(?:The|A|An|At|In|On|By|For|From|With|To|Of|And|Our|Their|Its|This)\s)[A-Z][\w'’-]*[ \t]+$"
)


def _is_a_name_in(word: str, line: str, text: str) -> bool:
    """Whether ``word``, opening the title ``line``, is an organisation's name in ``text``: never
    written in lower case outside web addresses, and either shaped like a name ("Corvid.js"), part of
    the project's own web address ("github.com/pyrola/pyrola"), or opening another
    organisation's name elsewhere ("Brackwater City Council", "Bollard Block Storage Project"),
    not the title's own continuation ("Combined Authority" in "Combined Authority Board"); or naming an
    open-source project's governing body (:data:`_PROJECT_BODY`)."""
    # "Quillon Steering Committee": a project's own governing body, named after it (the project's package may be
    # written in lower case, so this comes before the lower-case test)
    # an acronym is a function's ("IT Steering Committee"), not a project's name
    if (
        _PROJECT_BODY.match(line.split(None, 1)[1])
        and not word.isupper()
        and word.lower() not in _BODY_DESCRIPTORS
    ):
        return True
    low = re.escape(word.lower())
    if re.search(rf"(?<![\w./@-]){low}(?![\w-])", text):  # not "github.com/pyrola", an address
        return False
    if word.isupper() and _spells_an_org(word, text):  # "OPCC Accountability Board"
        return True
    if re.fullmatch(r"[A-Za-z]+[.][a-z]+|[A-Za-z]*\d[\w.-]*|[A-Z][a-z]+[A-Z]\w*", word):
        return True
    # "github.com/pyrola/pyrola", "meet.pyrola.example": the project's own address
    if re.search(rf"[/.]{low}[/.]", text):
        return True
    title_next = line.split()[1].lower()
    opening = rf"(?<![\w.-])(?i:{re.escape(word)})((?:\s+(?:[A-Z][\w'’.-]*|and|of|&)){{1,4}})"
    for m in re.finditer(opening, text):
        following = m.group(1)
        if _INSIDE_A_NAME.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Young People's Mental Health Service": the word is inside a name, not opening it
        if following.split()[0].lower() != title_next and ORG_WORDS.search(following):
            return True
    return False


# A run of capitalised words, with the small words a name joins them by: "Office of the Police and Crime
# Commissioner".
_CAPITALISED_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|&)\s+)*[A-Z][\w'’-]*)+")


def _spells_an_org(code: str, text: str) -> bool:
    """Whether the capitals ``code`` are the initials of an organisation the document writes out:
    "OPCC" for "Office of the Police and Crime Commissioner". A function's or a system's short form
    ("ERP" for "Enterprise Resource Planning") spells no organisation and stays in the title."""
    if not 2 <= len(code) <= 6:
        return False
    for m in _CAPITALISED_RUN.finditer(text):
        words = [w for w in m.group().split() if w[0].isupper()]
        for i in range(len(words) - len(code) + 1):
            run = words[i : i + len(code)]
            if "".join(w[0] for w in run) == code and ORG_WORDS.search(" ".join(run)):
                return True
    return False


# An organisation and its meeting on one line with nothing between: the organisation's name ends in
# a word that ends such names ("Foundation", "Surgery", "Ltd") and the meeting's name (two or more
# capitalised words) in a body noun: "Example Open Source Foundation Technical Steering Committee",
# "Riverside Surgery Patient Participation Group", "X Primary Academy Local Governing Body", "X Village
# Hall Management Committee" (a village hall is run by its management committee).
_ORG_THEN_MEETING = re.compile(
    r"(?P<org>(?:[A-Z][\w'’&.-]*\s+){1,6}(?i:foundation|trust|surgery|practice|association|society|club|"
    r"college|school|academy|university|institute|charity|hospital|hall|ltd|limited|plc|inc\.?))\s+"
    r"(?P<meeting>(?:[A-Z][\w'’&-]*\s+){1,4}"
    r"(?:(?i:committee|sub-committee|group|board|panel|forum)|Body|BODY|Meeting|MEETING))"
)


# A meeting of a company's board or committee named with the company: the company is the body.
_MEETING_OF_COMPANY = re.compile(
    r"(?P<meeting>.*?\b(?i:meeting|board|committee)\b.*?)\s+of\s+"
    r"(?P<org>(?:[A-Z][\w'’&.-]*\s+){1,6}(?i:limited|ltd\.?|plc|inc\.?|llp|corporation))"
)


_ABBREV_BRACKET = re.compile(r"\s+\(([A-Z][A-Za-z]{0,3}(?:[ -][A-Za-z]{1,5})?s?)\)")
_LONG_FORM_BEFORE = re.compile(r"((?:(?:[A-Z][\w'&-]*|and|of|for|the|&)\s+){0,7}[A-Z][\w'&-]*)\Z")
_LONG_FORM_REACH = 400  # 8 words of up to 49 characters: more than any long form needs


def _abbreviation_definitions(text: str) -> list[tuple[str, str]]:
    """(long form, short form) for every "Long Form (LF)" in ``text``: up to eight capitalised words
    (with "and/of/for/the/&" between them) right before a bracketed short form, definitions not
    overlapping. Found from the bracket back, so the long-form pattern, costly to try at every word,
    runs only before a bracketed short form (``tests/test_header.py`` checks this equals the one-pass
    pattern on random text)."""
    found: list[tuple[str, str]] = []
    floor = 0  # matches do not overlap: a long form starts after the previous definition ends
    for bracket in _ABBREV_BRACKET.finditer(text):
        start = max(floor, bracket.start() - _LONG_FORM_REACH)
        long_form = _LONG_FORM_BEFORE.search(text, start, bracket.start())
        while long_form is not None and not _at_word_boundary(text, long_form.start()):
            long_form = _LONG_FORM_BEFORE.search(text, long_form.start() + 1, bracket.start())
        if long_form is None:
            continue
        found.append((long_form.group(1), bracket.group(1)))
        floor = bracket.end()
    return found


def _at_word_boundary(text: str, i: int) -> bool:
    """Whether ``\b`` holds at ``i``: a word character on exactly one side."""
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    after = i < len(text) and (text[i].isalnum() or text[i] == "_")
    return before != after


def find_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations defined in brackets anywhere: 'Chief Superintendents (Ch Supts)' -> {'Ch Supts': ...}."""
    out: dict[str, str] = {}
    for long, short in _abbreviation_definitions(text):
        caps = [c.lower() for c in short if c.isupper()]
        words = long.split()
        # match the abbreviation's capitals to word initials from the end, skipping small words; a
        # post written as one word of two parts gives both initials ("Headteacher (HT)")
        i, k = len(words) - 1, len(caps) - 1
        while i >= 0 and k >= 0:
            word = words[i]
            if word.lower() in _SMALL_WORDS:
                i -= 1
                continue
            initials = _word_initials(word)
            if k + 1 < len(initials) or caps[k + 1 - len(initials) : k + 1] != initials:
                break
            i, k = i - 1, k - len(initials)
        if k < 0:
            out.setdefault(short, " ".join(words[i + 1 :]))
    return out


_SMALL_WORDS = {"of", "and", "for", "the", "&", "in", "on", "to"}


# A post written as one word joined from two: "Headteacher", "Headmistress", "Housemaster".
_COMPOUND_POST_WORD = re.compile(r"(?i)(?P<first>head|house)(?P<second>teacher|master|mistress)")


def _word_initials(word: str) -> list[str]:
    """The initials a short form takes from one word, lower case: its first letter, or the first
    letters of both parts of a joined post ("Headteacher" -> ["h", "t"])."""
    joined = _COMPOUND_POST_WORD.fullmatch(word)
    return [joined.group("first")[0].lower(), joined.group("second")[0]] if joined else [word[0].lower()]


def _attended_of_invited(people: list[Person]) -> list[Person]:
    """People of an invitation list read against the list of those who attended ("Invited: Ann Lee,
    Raj Patel, Jo Kim" then "Attended: Ann Lee, Jo Kim", as a call's notes keep both): when everyone
    listed present was first listed as invited, the invited list is the whole invitation, so its copy
    of each attendee goes and an invitee who did not attend is absent, not in attendance."""
    present = {p.name.lower() for p in people if p.attendance == "present"}
    invited = {p.name.lower() for p in people if p.attendance == "in_attendance"}
    if len(present) < 2 or not present < invited:
        return people
    return [
        p if p.attendance != "in_attendance" else p.model_copy(update={"attendance": "absent"})
        for p in people
        if p.attendance != "in_attendance" or p.name.lower() not in present
    ]


def _dedupe_people(people: list[Person]) -> list[Person]:
    """The people without repeats: each name once per attendance, and a bare surname dropped when a
    full name with that surname was listed before it with the same attendance ("Councillors Hart and
    Ng" in the apologies after "Apologies: Jo Hart, Kim Ng" name the same two again). A bare name
    listed first is a person of its own ("Present: Hart, Tess" before a "Jo Hart")."""
    surnames: set[tuple[str, str]] = set()  # (surname, attendance) of the full names listed so far
    seen: set[tuple[str, str]] = set()
    out = []
    for p in people:
        key = (p.name.lower(), p.attendance)
        words = key[0].split()
        if key not in seen and not (len(words) == 1 and key in surnames):
            seen.add(key)
            out.append(p)
        if len(words) >= 2:
            surnames.add((words[-1], p.attendance))
    return out


# Common nouns a body's own minutes call their next gathering by, lower case as often as not: a label
# "Next board:" names the next meeting, while "Next board members will be ..." (no colon) does not.
_MEETING_BODY_NOUNS = "board|committee|panel|forum|council|group|assembly|court|review|workshop"

_NEXT_LINE = re.compile(
    r"(next\s+(?:[A-Za-z]+\s+){0,2}(?:meeting|call|telcon|teleconference|session|sync|f2f|plenary|sitting)"
    # the meeting's own name in title case, small words and all: "the next Holding to Account meeting"
    r"|next\s+(?-i:[A-Z][\w&-]*)(?:\s+(?:(?-i:[A-Z][\w&-]*)|of|to|and|for)){2,4}\s+meeting"
    r"|date\s+of\s+(the\s+)?next|future\s+meeting|upcoming\s+meetings?"
    r"|next\s+(?-i:[A-Z]{2,6})\b(?=[^.\n]{0,40}\b(?:will\s+(?:meet|be\s+held)|meets)\b)"
    # a line opening with "Next" and the body's name as a label, a date after it: "Next Steering
    # Committee: Tuesday 13 August 2024", or what the body is in plain words: "Next board: 13 October 2022"; as
    # a bullet ("- Next TOC: Wed Aug 21, 2019") or after a full stop in a notes cell ("… in principle. Next board: …")
    r"|(?:(?m:^)[ \t]*(?:[-*•][ \t]+)?|(?<=[.;] ))next\s+(?!steps?\b|actions?\b|items?\b|agenda\b)"
    rf"(?:(?-i:[A-Z][\w&-]*)(?:\s(?-i:[A-Z][\w&-]*)){{0,3}}|(?:[a-z]+[ \t]+){{0,2}}(?:{_MEETING_BODY_NOUNS}))"
    r"[ \t]*:(?=[^\n]*\d))",
    re.I,  # "the next TSC meeting", "the next Regular Council Meeting", "the next sitting", "## Upcoming Meetings", and a body's short name only
)  # with a verb of meeting ("The next TAC (Semester 2024A) will meet on"): "at the next PTG" is another event

# An item heading that announces the next meeting by itself, however the body names it: "Next CAB",
# "Next review", "Next retro check-in", "Follow-up review". "Next steps" and "Next actions" list work,
# not a meeting, so they do not count.
_NEXT_TITLE = re.compile(
    r"(?:next\s+(?!steps?\b|actions?\b|items?\b|agenda\b)[\w-]+(?:\s+[\w-]+){0,2}"
    r"|follow-?up\s+(?:review|meeting|call|session|check-in))\s*[.:]?",
    re.I,
)


def _announces_next_meeting(title: str) -> bool:
    """Whether an item's title heads the next meeting's details: a next-meeting phrase anywhere in it,
    or a short heading made of "Next" and what the body calls its meetings."""
    return bool(_NEXT_LINE.search(title) or _NEXT_TITLE.fullmatch(title.strip()))


# What may part a month from the day after it: spaces (after an optional abbreviating stop, "Jan. 5"),
# or a line break that wrapped the sentence. A month ending a sentence ("... in April.") and a list
# number opening the next line ("5. CFO to ...") are not a date, so a break after a stop, or before a
# number marked as a list item, parts them.
_MONTH_DAY_GAP = r"(?:\.?[ \t]+|[ \t]*\n[ \t]*(?!\d{1,2}[.)](?:\s|$)))"

# A date without a year ("Tuesday 5th March", "March 5"), as a next-meeting line writes it: the year is
# the meeting's own, or the following one when the day has already passed.
_YEARLESS_DATE = (
    re.compile(
        rf"\b(?:{WEEKDAYS},?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTHS})\b\.?"
        r"(?!\s*,?\s*\d{4})",
        re.I,
    ),
    re.compile(
        rf"\b(?:{WEEKDAYS},?\s+)?(?P<month>{MONTHS}){_MONTH_DAY_GAP}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        r"(?!\s*,?\s*\d{4}|[:.]\d)",
        re.I,
    ),
)

# "14-15 November 2023", "14–15 Nov 2023": a meeting over two days starts on the first.
_DAY_RANGE = re.compile(
    rf"\b(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*[–—-]\s*(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b)", re.I
)


def find_yearless_date(text: str, after: dt.date) -> tuple[dt.date, int, int] | None:
    """The first day-and-month date in ``text`` that has no year, placed on the first such day after ``after``."""
    best: tuple[dt.date, int, int] | None = None
    for pattern in _YEARLESS_DATE:
        m = pattern.search(text)
        if m is None or (best is not None and m.start() >= best[1]):
            continue
        month = month_number(m.group("month"))
        for year in (after.year, after.year + 1):
            try:
                value = dt.date(year, month, int(m.group("day")))
            except ValueError:
                continue
            if value > after:
                best = (value, m.start(), m.end())
                break
    return best


# A weekday and a day of the month with nothing after them on the line ("held on Thursday, 16th",
# "Monday 20"): the month and year went with a broken line. The pair names one day soon after the meeting.
_WEEKDAY_AND_DAY = re.compile(
    rf"\b(?P<weekday>{WEEKDAYS}),?\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ \t]*(?:,[ \t]*)?$",
    re.I | re.M,
)
_WEEKDAY_SEARCH_DAYS = 366  # a year of days holds every month: enough to meet any weekday-and-day pair


def find_weekday_and_day(text: str, after: dt.date) -> tuple[dt.date, int, int] | None:
    """The first date written as a weekday and a day of the month only ("Thursday, 16th" ending a
    line), placed on the first day after ``after`` that falls on that day of the month and that weekday;
    None when there is none (every weekday the pattern reads has a number)."""
    m = _WEEKDAY_AND_DAY.search(text) if re.search(r"\d", text) else None
    if m is None:
        return None
    weekday = weekday_number(m.group("weekday"))
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    for offset in range(1, _WEEKDAY_SEARCH_DAYS):
        value = after + dt.timedelta(days=offset)
        if value.day == day and value.weekday() == weekday:
            return value, m.start(), m.end()
    return None


# An earlier meeting named by its yearless date after "from the" / "since the": "(carried over from the
# March 18 meeting)", "open since the 4 June call". That meeting is past, though a yearless date read as the
# next meeting's would be moved on a year to come after this one.
_DAY_OF_MONTH = r"\d{1,2}(?:st|nd|rd|th)?"  # "4", "18th"
# "4 June", "March 18", "Mar. 18th"
_DAY_AND_MONTH = rf"(?:{_DAY_OF_MONTH}\s+(?:{MONTHS})|(?:{MONTHS})\.?\s+{_DAY_OF_MONTH})"
_EARLIER_MEETING = re.compile(
    rf"\b(?:from|since)\s+the\s+{_DAY_AND_MONTH}"
    r"\s+(?:[A-Za-z]+\s+){0,2}?(?:meeting|call|session|telcon|sync|review)\b",
    re.I,
)


def _without_earlier_meetings(rest: str) -> str:
    """``rest`` with every earlier meeting named by its yearless date (:data:`_EARLIER_MEETING`) blanked out,
    same length, so that its date is not taken for the next meeting's and offsets into ``rest`` still hold."""
    return _EARLIER_MEETING.sub(lambda m: " " * len(m.group()), rest)


def _next_meeting_date(rest: str, meeting_date: dt.date | None) -> tuple[dt.date, int, int] | None:
    """The date a next-meeting passage gives: a full date (the first day of a range), else one without a
    year, else a weekday and a day of the month whose month was lost with a broken line. A yearless date
    naming an earlier meeting ("from the March 18 meeting") is not one."""
    rest = _without_earlier_meetings(rest)
    found = find_date(rest) or (
        (find_yearless_date(rest, meeting_date) or find_weekday_and_day(rest, meeting_date))
        if meeting_date
        else None
    )
    if found:
        ranged = _DAY_RANGE.search(rest, max(0, found[1] - 12))
        # the first day comes before the last in the same month, so it is a valid day of that month
        if ranged and ranged.end() == found[1] and 0 < int(ranged.group("first")) < found[0].day:
            found = (found[0].replace(day=int(ranged.group("first"))), ranged.start(), found[2])
    return found


# A clause after a semicolon that names another event with its own date: "Next f2f: 21-23 in San
# Francisco; - the "summit" on April 20th". Its date is that event's, not the next meeting's.
_OTHER_EVENT_CLAUSE = re.compile(
    r";\s*(?:[-–—•*]\s*)?(?:and\s+|also\s+|plus\s+)?(?:the|a|an|our)\s+"
    r"(?:[\"“'‘][^\"”'’\n]{1,40}[\"”'’]|(?:[\w-]+\s+){0,3}?(?i:summit|conference|workshop|hackathon|meetup|"
    r"webinar|symposium|retreat|festival|launch|social|party|dinner|fair|training|celebration|event))"
    r"(?=[\s,])"
)


def _own_clause(chunk: str) -> str:
    """A next-meeting line up to where a clause about another event starts, so that the other event's
    date, time and place are not read as the meeting's; the chunk unchanged when there is none."""
    if ";" not in chunk:
        return chunk
    m = _OTHER_EVENT_CLAUSE.search(chunk.split("\n", 1)[0])
    return chunk[: m.start()] if m else chunk


# How far past a next-meeting line its date is looked for: "Next meeting:" with the date on the lines below.
NEXT_MEETING_REACH = 200

# A next-meeting phrase as the object of a preposition ("Sam to bring the figures to the next meeting.",
# "Deferred until the next call."), in a sentence that ends its line: the line speaks of the meeting in
# passing and says no more of it than the line holds; the lines below are other business (the next action,
# another item), so their dates are not the next meeting's.
_IN_PASSING_BEFORE = re.compile(r"\b(?:to|at|by|before|until|till|in|for)\s+the\s+$", re.I)
_SENTENCE_ENDS_LINE = re.compile(r"[^:\n]*[.!?][)\"”’']*[ \t]*(?:\n|$)")


def _passage_end(text: str, m: re.Match[str]) -> int:
    """Where the passage read for a next-meeting line's date ends: the line's own end when the line only
    mentions the next meeting in passing, else :data:`NEXT_MEETING_REACH` past it, for a date below a label."""
    line_end = text.find("\n", m.end())
    if line_end < 0:
        return len(text)
    line_start = text.rfind("\n", 0, m.start()) + 1
    if _IN_PASSING_BEFORE.search(text, line_start, m.start()) and _SENTENCE_ENDS_LINE.match(text, m.end()):
        return line_end
    return min(len(text), line_end + NEXT_MEETING_REACH)


# Where a sentence wrapped by the page width ends on the line after: its full stop ("... Lanyard" over
# "House. The meeting closed at 4pm."), not at a list marker or a blank line.
_WRAPPED_SENTENCE_END = re.compile(r"^[^\n]*?\.(?=\s+[A-Z]|\s*$)")


def _sentence_tail(after: str) -> str:
    """What follows a next-meeting date on its line, and on the next line too when the sentence was broken
    there and ends on it ("... at 9.30am in Meeting Room 1, Lanyard" over "House."), so that the place is
    read whole; the first line alone when it ends the sentence or the next line does not."""
    first, _, below = after.partition("\n")
    ends = _WRAPPED_SENTENCE_END.match(first)
    if ends or not below.strip() or below.lstrip()[:1] in "-*•#|":
        return (
            ends.group(0) if ends else first
        )  # "... Force HQ. The meeting closed at 12.20pm.": no later sentence
    end = _WRAPPED_SENTENCE_END.match(below.strip())
    return f"{first.rstrip()} {end.group(0)}" if end else first


# What may come before a next-meeting phrase that is its sentence's subject: a paragraph number and "the"
# ("8.3 The next meeting will be held ..."), not an action that mentions it ("to report by next meeting").
_SUBJECT_LEAD = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:the[ \t]+)?", re.I)


def _opens_its_line(text: str, m: re.Match[str]) -> bool:
    """Whether a next-meeting phrase opens its line, so that the line is about the next meeting."""
    return bool(_SUBJECT_LEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()))


def _from_next_line(body: str, meeting_date: dt.date | None) -> tuple[str, tuple[dt.date, int, int] | None]:
    """An item's body from its next-meeting sentence on, and the date that gives, when an item heading
    other business too ("Any other business and date of next meeting") has one: the dates of the other
    business before it are not the next meeting's. The body and None when there is no such sentence
    or it gives no date."""
    m = next((m for m in _NEXT_LINE.finditer(body) if _opens_its_line(body, m)), None)
    if m is None:
        return body, None
    passage = body[body.rfind("\n", 0, m.start()) + 1 :]
    found = _next_meeting_date(passage, meeting_date)
    return (passage, found) if found else (body, None)


def find_next_meeting(text: str, items: list[Item], meeting_date: dt.date | None) -> NextMeeting | None:
    """The next meeting's date, time, venue and kind from the closing item or a line anywhere."""
    headed = [
        (it.start or 0, it.end or len(text)) for it in items if it.title and _announces_next_meeting(it.title)
    ]
    lines = [(m.start(), _passage_end(text, m)) for m in _NEXT_LINE.finditer(text)]
    # an item headed for the next meeting is read first; a next-meeting line elsewhere only when no such
    # item gives a date
    for s, e in [*reversed(headed), *reversed(lines)]:
        chunk = _own_clause(text[s:e])
        body_lines = chunk.splitlines()
        is_item = items and any(it.start == s for it in items)
        rest = "\n".join(body_lines[1:]) if is_item else chunk
        found = None
        if is_item:  # "Any other business and date of next meeting": its next-meeting sentence dates it
            rest, found = _from_next_line(rest, meeting_date)
        found = found or _next_meeting_date(rest, meeting_date)
        if not found and is_item and body_lines:  # the date in the heading: "## Next meeting: May 3, 2022"
            rest = body_lines[0]
            found = _next_meeting_date(rest, meeting_date)
        if not found:
            continue
        date = found[0]
        if meeting_date and date <= meeting_date:
            continue
        after = rest[found[2] :]
        line_tail = _sentence_tail(after)
        venue = _venue_after(line_tail)
        if venue:
            venue = (
                re.sub(r"^\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*,?\s*", "", venue).strip()
                or None
            )
        kind = None
        for line in rest[: found[2]].splitlines():  # what the meeting is comes before or with its date
            stripped = line.strip().strip("•-* ")
            if (
                stripped
                and not _next_meeting_date(stripped, meeting_date)
                and re.search(r"\bmeeting\b", stripped, re.I)
                and len(stripped.split()) <= 8
            ):
                kind = stripped.rstrip(".")
                break
        return NextMeeting(date=date, start_time=find_time(line_tail), venue=venue, kind=kind)
    return None


# One name word of a flattened table row: "Kerry", "McBride", "O'Neill"; not a bracket or a code.
_SINGLE_NAME_WORD = re.compile(_NAME_WORD)
# The break between two name-and-post pairs flattened onto one line: the first pair's bracketed short
# form, then the next name ("... Deputy Chief Constable (DCC) Daniel Frayne Assistant ...").
_PAIR_BREAK = re.compile(r"(?<=\))\s+(?=[A-Z])")


def _name_then_post(text: str) -> tuple[str, str] | None:
    """("Kerry Vance", "Detective Superintendent, Head of X") for a two-column row whose column break
    PDF extraction lost: a two-word name, perhaps after a rank ("Ch Supt Kerry Vance", kept with the
    name as a name cell keeps it), then a post opening with a role word or with at most two
    qualifiers before one ("Business Support Officer"). None for anything else, so a longer name or a
    sentence is never cut."""
    words = text.split()
    lead = 0
    while lead < len(words) - 3 and _is_rank(words[lead]):
        lead += 1
    given = words[lead : lead + 2]
    if len(words) < lead + 3 or not all(_SINGLE_NAME_WORD.fullmatch(w) for w in given):
        return None
    if any(_is_title_word(w) for w in given):
        return None
    name, post = " ".join(words[: lead + 2]), " ".join(words[lead + 2 :])
    if post.lower() in TAKER_LABELS:  # "Lewis Penhaligon Minute taker"
        return name, post
    for word in words[lead + 2 : lead + 5]:
        bare = word.rstrip(",")
        if ROLE_WORDS.fullmatch(bare):
            return name, post
        if bare.lower() not in POST_QUALIFIERS:
            break
    return (name, post) if _OFFICE_OF_TWO_FIELDS.match(post) else None


# A post naming an office over two joined fields ("Police and Crime Commissioner", "Fire & Rescue
# Officer"): the lower-case "and" cannot sit inside a two-word name, so the name/post break is sure.
_OFFICE_OF_TWO_FIELDS = re.compile(
    rf"(?:Deputy\s+)?[A-Z][a-z]+\s+(?:and|&)\s+[A-Z][a-z]+\s+(?i:{ROLE_WORDS.pattern})"
)


# One "Name – Post" entry: a two-word name, a spaced dash, then the post ("Ann Lee – Treasurer (T)").
_NAME_DASH_POST = re.compile(rf"({_NAME_WORD}\s+{_NAME_WORD})\s+[-–—]\s+(\S.*)")


def _name_dash_post(text: str) -> tuple[str, str] | None:
    """("Ann Lee", "Treasurer (T)") for a "two-word name – post" entry; None for anything else. Used
    only for a line that the pair breaks cut into two or more pieces, so that two dashed entries run
    together by extraction ("Ann Lee – Treasurer (T) Raj Patel – Secretary (S)") become two rows,
    while a single dashed entry is left to the ordinary list reading."""
    found = _NAME_DASH_POST.fullmatch(text.strip())
    if found is None or any(_is_title_word(w) for w in found[1].split()):
        return None
    return found[1], found[2]


def _flattened_pairs(line: str) -> list[str]:
    """TAB rows ("Name<TAB>Post") for a line holding one or more name-and-post pairs whose column
    breaks were lost ("Stephen Okonjo Deputy Chief Constable (DCC) Daniel Frayne Assistant Chief
    Constable (ACC)" -> two rows); [] when any piece is not such a pair."""
    if _post_dash_holder(line.strip()):  # "Primary Care Partner Member – Dr Ann Lee": one post, one holder
        return []
    rows = []
    pieces = _PAIR_BREAK.split(line.strip()) if ")" in line else [line.strip()]
    for piece in pieces:
        pair = _name_then_post(piece) or (_name_dash_post(piece) if len(pieces) > 1 else None)
        if pair is None:
            return []
        rows.append(f"{pair[0]}\t{_dashed_chair_kept(pair[1])}")
    return rows


def _dashed_chair_kept(post: str) -> str:
    """A post from a list line, marked as the chair after a dash ("Police and Crime Commissioner
    (PCC) – Chair"), written "Post, Chair (PCC)" so that the mark stays when the line becomes a TAB
    row: train keeps a list line's dashed mark (12 documents to 1), unlike a table cell's."""
    if not _POST_DASH_CHAIR.match(post):
        return post
    return _chair_after_post(re.sub(r"\s+[-–—]\s*(?i:chair)\s*$", "", post))


def _names_over_posts(names: str, posts: str) -> list[str]:
    """TAB rows for a two-column table flattened into a line of names over a line of their posts
    ("Alan Whitcombe (Chair) Rebecca Lorrimer" over "Police and Crime Commissioner (PCC) Chief
    Constable (CC)"): every post carries its short form, and the names line holds two name words
    (with any bracketed notes) per post. [] when the lines do not fit that layout."""
    roles = _split_role(posts.strip())
    if len(roles) < 2 or any(code is None for _, code in roles):
        return []
    people: list[list[str]] = []
    words = 0
    for token in re.findall(r"\([^()]*\)|[^\s()]+", names):
        if token.startswith("("):
            if not people:
                return []
            people[-1].append(token)
            continue
        if not _SINGLE_NAME_WORD.fullmatch(token) or _is_title_word(token):
            return []
        if words % 2 == 0:
            people.append([])
        people[-1].append(token)
        words += 1
    if words != 2 * len(roles):
        return []
    return [
        f"{' '.join(person)}\t{role} ({code})" for person, (role, code) in zip(people, roles, strict=True)
    ]


def _names_beside_posts(line: str) -> list[str]:
    """TAB rows for a two-column table row that PDF extraction flattened onto one line with two or
    more names before all their posts ("Ann Lee Raj Patel Chief Constable (CC) Deputy Chief Constable
    (DCC)"): one name of two words per bracketed short form, then the posts, read as the names line
    over the posts line it would otherwise be. [] when the line does not fit that layout."""
    count = line.count("(")
    words = line.split()
    if count < 2 or len(words) <= 2 * count:
        return []
    return _names_over_posts(" ".join(words[: 2 * count]), " ".join(words[2 * count :]))


def _opens_list(line: str) -> bool:
    """Whether a header line is an attendance list's label with nothing after it ("Present:",
    "In attendance"), so that the lines below are its entries."""
    core = line.strip()
    label, value = _label_of(core)
    if label is not None:
        return not value and bool(attendance_kind(label))
    return len(core.split()) <= 3 and bool(attendance_kind(core.rstrip(":")))


def _one_cell(line: str) -> str | None:
    """A line's text when it is one table cell (not blank, no TAB, not a "Label: value" field; a
    cell such as "Staff Governor" can open with a label word but has no colon)."""
    core = line.strip()
    field = ":" in core and _label_of(core)[0] is not None
    return core if core and "\t" not in core and not field else None


def _one_person_a_row(row: list[str], name_at: int) -> bool:
    """Whether a regrouped table row names one person, in its name cell: a row of two names ("Ann
    Lee", "Raj Patel") means the cells were a plain list of names, not names and roles."""
    return all(_full_name_cell(c) == (k == name_at) for k, c in enumerate(row))


def _flattened_table(lines: list[str], start: int) -> tuple[list[str], int]:
    """An attendance table whose cells extraction put one a line ("Name", "Role", then "Ann Lee",
    "Treasurer", "Raj Patel", "Secretary") rewritten as its TAB heading row and TAB rows, with the
    number of lines it spans; ([], 0) when the lines at ``start`` are not one. Taken only when two
    or more column headings, one of them the name column, are followed by cells that fill whole
    rows up to the next blank line or field, and every row names one person, in its name cell, so
    that a plain list of names under the headings is not paired off into names and roles."""
    heads: list[str] = []
    j = start
    while j < len(lines) and (cell := _one_cell(lines[j])) and cell.rstrip(":").lower() in TABLE_COLUMNS:
        heads.append(cell)
        j += 1
    name_at = [k for k, h in enumerate(heads) if h.rstrip(":").lower() in _NAME_COLUMNS]
    if len(heads) < 2 or len(name_at) != 1:
        return [], 0
    rows, used = _table_cells(lines, j, len(heads), name_at[0])
    return (["\t".join(heads), *rows], j - start + used) if rows else ([], 0)


def _table_cells(lines: list[str], start: int, width: int, name_at: int) -> tuple[list[str], int]:
    """The one-a-line cells from ``start`` up to the next blank line or field, grouped ``width`` to a
    TAB row, with the number of lines they span; ([], 0) unless they fill whole rows and every row
    names one person, in its name cell (so a plain list of names is never paired off)."""
    cells: list[str] = []
    j = start
    while j < len(lines) and (cell := _one_cell(lines[j])):
        cells.append(cell)
        j += 1
    rows = [cells[k : k + width] for k in range(0, len(cells), width)]
    if width == 2 and name_at == 0 and not all(_one_person_a_row(r, name_at) for r in rows):
        rows = _names_then_posts_rows(cells) or rows
    if not cells or len(cells) % width or not all(_one_person_a_row(r, name_at) for r in rows):
        return [], 0
    return ["\t".join(r) for r in rows], j - start


def _names_then_posts_rows(cells: list[str]) -> list[list[str]]:
    """The rows of a one-a-line "Name", "Post" table in which PDF extraction merged table rows cell by
    cell, giving a run of names then their posts in the same order ("Ann Lee", "Raj Patel",
    "Treasurer", "Secretary"), as [name, post] rows: each run of consecutive full names takes as many
    following cells, none of them a name or a list label. [] when the cells do not all fit that
    layout, so a list of names alone (or a name left without its post) is never paired off."""
    rows: list[list[str]] = []
    k = 0
    while k < len(cells):
        run = k
        while run < len(cells) and _full_name_cell(cells[run]):
            run += 1
        count = run - k
        posts = cells[run : run + count]
        if not count or len(posts) != count or any(_full_name_cell(c) or _opens_list(c) for c in posts):
            return []
        rows.extend([name, post] for name, post in zip(cells[k:run], posts, strict=True))
        k = run + count
    return rows


def _headless_table(lines: list[str], start: int, heading: str | None) -> tuple[list[str], int]:
    """An attendance list laid out as a table without its heading row, cells one a line ("Ann Lee",
    "Treasurer", "Raj Patel", "Secretary"), as TAB rows with the lines they span. A later list of a
    document whose earlier list had a flattened table ("Name", "Role", "Org", …) continues that
    table's columns and gets its heading row again; otherwise the rows are name then post. Taken only
    when each row opens with a full name and holds no other, as :func:`_table_cells` checks."""
    heads = heading.split("\t") if heading else ["Name", "Role"]
    name_at = next((k for k, h in enumerate(heads) if h.rstrip(":").lower() in _NAME_COLUMNS), -1)
    if name_at != 0:
        return [], 0
    rows, used = _table_cells(lines, start, len(heads), name_at)
    if any(_name_before_post(c) for row in rows for c in row.split("\t")[1:]):
        return [], 0  # "Ann Lee (Chair)" over "Raj Patel – Treasurer": each line is a whole entry
    return ([heading, *rows] if heading else rows, used) if rows else ([], 0)


def _initials_cell_of(cell: str, name: str) -> bool:
    """Whether a cell is the initials of the full name beside it: capitals alone, opening with the
    name's first letter ("RT" beside "Rebecca Thorne"), so that a code cell ("HR") is not taken."""
    return bool(_INITIALS.fullmatch(cell)) and cell[0] == _clean_name(name)[0][:1]


def _initials_first_rows(lines: list[str], start: int) -> tuple[list[str], int]:
    """An attendance list laid out as a headless table of initials, name and post whose cells
    extraction put one a line ("RT", "Rebecca Thorne", "Chief Operating Officer", "MB", …), as TAB
    rows with the lines they span, up to the next blank line, field or list label ("Apologies").
    The rows are three cells wide, or two when no post follows a name; taken only when every row opens
    with initials of the full name after them and its post cell names no one, so a list of names
    alone is never paired off; ([], 0) otherwise."""
    cells: list[str] = []
    j = start
    while j < len(lines) and (cell := _one_cell(lines[j])) and not _opens_list(cell):
        cells.append(cell)
        j += 1
    width = 3 if len(cells) >= 3 and not _INITIALS.fullmatch(cells[2]) else 2
    rows = [cells[k : k + width] for k in range(0, len(cells), width)]
    if not cells or len(cells) % width:
        return [], 0
    for row in rows:
        if not (_full_name_cell(row[1]) and _initials_cell_of(row[0], row[1])):
            return [], 0
        if width == 3 and (_full_name_cell(row[2]) or _INITIALS.fullmatch(row[2])):
            return [], 0
    return ["\t".join(r) for r in rows], j - start


_ENTRY_PART_BREAK = re.compile(r"\s[–—-]\s|,|\(")


def _name_before_post(cell: str) -> bool:
    """Whether a line opens with a person's full name before any dash, comma or bracket ("Raj Patel –
    Treasurer"): a whole attendance entry, never the post cell of the name above it."""
    return _full_name_cell(_ENTRY_PART_BREAK.split(cell, maxsplit=1)[0].strip())


def _joined_row_split(row: str, width: int) -> list[str]:
    """Two rows of a table ``width`` cells wide that PDF extraction ran together on one line, the
    break between them lost ("Ann Lee<TAB>Treasurer (T) Raj Patel<TAB>Secretary"), as the two rows:
    the cell where they meet ends in the second row's name, the longest unbracketed full name closing it.
    [row] when the row has any other number of cells or the meeting cell ends in no name."""
    cells = row.split("\t")
    if len(cells) != 2 * width - 1:
        return [row]
    words = cells[width - 1].split()
    for k in range(1, len(words) - 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if len(words) - k <= 4 and "(" not in tail and _full_name_cell(tail) and not _full_name_cell(head):
            return ["\t".join([*cells[: width - 1], head]), "\t".join([tail, *cells[width:]])]
    return [row]


# Where one post ends and the next begins in a cell holding two ("Chief Constable (CC) Deputy Chief
# Constable (DCC)"): after a bracketed short form, before a capitalised word.
_POST_AFTER_POST = re.compile(r"(?<=\))\s+(?=[A-Z])")


def _titled_name_cell(cell: str) -> bool:
    """Whether a cell names a person by a courtesy title and a full name ("Councillor Ann Lee
    (Chair)", "Dr Raj Patel"): a person's entry of its own, never the post of the name beside it."""
    title = cell.strip().split(" ", 1)[0].rstrip(".").lower()
    return title in HONORIFICS and _full_name_cell(cell)


def _paired_row_split(row: str) -> list[str]:
    """A row of an attendance table laid out two people a row ("Ann Lee<TAB>Treasurer<TAB>Raj
    Patel<TAB>Secretary"), as one row each: four cells, a full name in the first and third and a
    post, not a name, in the second and fourth. A list set in two columns gives two titled names a
    row ("Cllr Ann Lee (Chair)<TAB>Cllr Raj Patel"): one row each. [row] for any other row."""
    cells = row.split("\t")
    if len(cells) == 2 and all(_titled_name_cell(c) for c in cells):
        return cells
    names = [_full_name_cell(c) for c in cells]
    if len(cells) != 4 or names != [True, False, True, False] or not all(c.strip() for c in cells):
        return [row]
    return ["\t".join(cells[:2]), "\t".join(cells[2:])]


def _merged_rows_split(row: str) -> list[str]:
    """Two rows of a "Name<TAB>Post" table that PDF extraction merged cell by cell ("Ann Lee<TAB>Raj
    Patel<TAB>Treasurer (T) Secretary (S)"): two full names, then both posts in one cell, which
    splits only where exactly one bracketed short form is followed by a capitalised word. [row] else."""
    cells = row.split("\t")
    if len(cells) != 3 or not (_full_name_cell(cells[0]) and _full_name_cell(cells[1])):
        return [row]
    posts = _POST_AFTER_POST.split(cells[2].strip())
    if len(posts) != 2 or _full_name_cell(cells[2]):
        return [row]
    return [f"{cells[0]}\t{posts[0]}", f"{cells[1]}\t{posts[1]}"]


# A bracketed note closing a table cell ("… / Head of Contact (items 2 and 3)"), said of the whole cell.
_CLOSING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def _singular_post(post: str) -> str | None:
    """The singular of a plural post shared by the people of one row ("Policy Officers, OPCC" ->
    "Policy Officer, OPCC": the head word before any comma in the plural); None when it is not one."""
    head, comma, body = post.partition(",")
    if not _PLURAL_POST.fullmatch(head.strip()):
        return None
    return f"{head.strip()[:-1]}{comma}{body}"


def _slashed_names_split(row: str) -> list[str]:
    """A "Name<TAB>Post" row that merges people sharing one line of the table, their names joined by a
    slash ("Ann Lee / Raj Patel<TAB>Head of Policy / Head of Audit (item 3)"), as one row each: the
    posts split the same way and go to the names in order, a note closing the cell to every post; a
    single plural post ("Policy Officers") goes to each in the singular. [row] unless every part of
    the name cell is a full name and the posts are one each or shared, none of them a name."""
    cells = row.split("\t")
    if len(cells) != 2 or " / " not in cells[0]:
        return [row]
    names = [n.strip() for n in cells[0].split(" / ")]
    if not all(_full_name_cell(n) for n in names):
        return [row]
    note = _CLOSING_NOTE.search(cells[1])
    post_text = cells[1][: note.start()] if note else cells[1]
    posts = [p.strip() for p in post_text.split(" / ")]
    if len(posts) == 1 and (shared := _singular_post(posts[0])):
        posts = [shared] * len(names)
    if len(posts) != len(names) or any(not p or _full_name_cell(p) for p in posts):
        return [row]
    tail = note.group().strip() if note else ""
    return [f"{n}\t{p} {tail}".rstrip() for n, p in zip(names, posts, strict=True)]


def _split_joined_rows(lines: list[str]) -> list[str]:
    """Header lines with each attendance table row that ran into the next split in two (see
    :func:`_joined_row_split` and :func:`_merged_rows_split`; the table's width is its heading
    row's), and each row of two people side by side split into one row each (see
    :func:`_paired_row_split`), or with their names joined by a slash (see
    :func:`_slashed_names_split`)."""
    out: list[str] = []
    width = 0
    for line in lines:
        width = line.count("\t") + 1 if _is_table_header(line) else width if "\t" in line else 0
        rows = _joined_row_split(line, width) if width >= 2 else [line]
        rows = _merged_rows_split(line) if width == 2 and rows == [line] else rows
        rows = [r for row in rows for r in _paired_row_split(row)]
        out.extend(r for row in rows for r in _slashed_names_split(row))
    return out


def _unflatten_rows(lines: list[str]) -> list[str]:
    """Header lines with the rows of a two-column attendance table that PDF extraction flattened
    (column breaks lost, or a row's names on one line and their posts on the next) rewritten as
    TAB rows, one person each. Only lines inside an attendance list are touched; other lines pass
    through unchanged. Linear: each line is looked at once, with the next one."""
    out: list[str] = []
    listing = False
    heading: str | None = None  # the heading row of the last flattened table, which later lists continue
    i = 0
    while i < len(lines):
        line = lines[i]
        core = line.strip()
        i += 1
        if not core:
            listing = False
        elif "\t" in core or ":" in core or not listing:
            listing = _opens_list(core) if ("\t" not in core) else listing
        else:
            rows, used = _flattened_table(lines, i - 1)
            heading = rows[0] if rows else heading
            if rows:
                out.extend(rows)
                i += used - 1
                continue
            following = lines[i].strip() if i < len(lines) else ""
            rows = _names_over_posts(core, following) if "(" in following and "\t" not in following else []
            if rows:
                out.extend(rows)
                i += 1
                continue
            rows = _flattened_pairs(core) or _names_beside_posts(core)
            if rows:
                out.extend(rows)
                continue
            at_label = i >= 2 and _opens_list(lines[i - 2].strip())  # a headless table opens its list
            rows, used = _headless_table(lines, i - 1, heading) if at_label else ([], 0)
            rows, used = (rows, used) if rows or not at_label else _initials_first_rows(lines, i - 1)
            if rows:
                out.extend(rows)
                i += used - 1
                continue
        out.append(line)
    return out
