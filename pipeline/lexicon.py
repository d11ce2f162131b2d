"""Shared vocabularies: the word lists that more than one stage reads, kept once, as plain data.

Stages never import each other's word lists; they import them from here and compile the patterns they
need themselves (a pattern only one stage uses stays in that stage). Each list says what it holds and
which stages read it. This module is not a stage: no spaCy, no I/O, only data and tiny pure helpers (among them the reading of
an attendance label, which header and segment both need).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateutil.parser import parserinfo

# ---------------------------------------------------------------------------------------------------------
# Helpers


def alternation(words: Iterable[str]) -> str:
    """A regex alternation body (no group) matching any of ``words`` literally.

    Longest first, so that a word is never cut short by a shorter one that begins it ("sept" is tried
    before "sep", "mrs" before "mr"); ties keep their given order and repeats are dropped. Every word is
    escaped, so "half-term" or "n/a" match as written."""
    unique = dict.fromkeys(words)
    return "|".join(re.escape(word) for word in sorted(unique, key=len, reverse=True))


def title_cased(words: Iterable[str]) -> tuple[str, ...]:
    """The words as written at the start of a name ("cllr" -> "Cllr", "county councillor" ->
    "County Councillor"), for patterns that must match the capitalised form only."""
    return tuple(word.title() for word in words)


# ---------------------------------------------------------------------------------------------------------
# Dates: months and weekdays (header's date patterns, extract's due points and origins, segment's
# "not a heading: the rest of a date" checks)

# The months in calendar order, each with the short forms minutes write for it.
MONTH_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "january": ("jan",),
    "february": ("feb",),
    "march": ("mar",),
    "april": ("apr",),
    "may": (),
    "june": ("jun",),
    "july": ("jul",),
    "august": ("aug",),
    "september": ("sep", "sept"),
    "october": ("oct",),
    "november": ("nov",),
    "december": ("dec",),
}
MONTH_NAMES: tuple[str, ...] = tuple(MONTH_SHORT_FORMS)
# Misspellings of month names common enough in typed minutes to be read as the month ("by the end of Febuary").
MONTH_MISSPELLINGS: dict[str, str] = {"febuary": "february", "feburary": "february", "janurary": "january"}
# Any month name, short form or common misspelling, as an alternation body (use with re.I); header and extract.
MONTHS = alternation(
    [*MONTH_NAMES, *(short for forms in MONTH_SHORT_FORMS.values() for short in forms), *MONTH_MISSPELLINGS]
)
# The first three letters of every month: segment reads "a month-like word" as one of these followed by
# any letters ("Mar", "March", "Sept.").
MONTH_PREFIXES: tuple[str, ...] = tuple(name[:3] for name in MONTH_NAMES)

# The days of the week, Monday first, each with the short forms minutes write for it.
WEEKDAY_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "monday": ("mon",),
    "tuesday": ("tue", "tues"),
    "wednesday": ("wed", "weds"),
    "thursday": ("thu", "thur", "thurs"),
    "friday": ("fri",),
    "saturday": ("sat",),
    "sunday": ("sun",),
}
WEEKDAY_NAMES: tuple[str, ...] = tuple(WEEKDAY_SHORT_FORMS)
# The weekend's short forms are also common words ("sat" is a verb, "Sun" a newspaper): extract's due
# points leave them out; a weekday before a full date (header) is safe to read with them.
WEEKEND: frozenset[str] = frozenset({"saturday", "sunday"})


def weekday_short_forms(*, weekend: bool = True) -> tuple[str, ...]:
    """Every weekday's short forms, Monday's first; without the weekend's when they would be read as
    ordinary words."""
    return tuple(
        short
        for day, forms in WEEKDAY_SHORT_FORMS.items()
        if weekend or day not in WEEKEND
        for short in forms
    )


def weekday_stems() -> tuple[str, ...]:
    """Each weekday name without its "day" ("wednes", "satur"), so that a pattern can take "day" as
    optional after a stem or a short form."""
    return tuple(name.removesuffix("day") for name in WEEKDAY_NAMES)


# A weekday before a date, as a non-capturing group (use with re.I): a stem or short form with or without
# "day" ("Wed", "Wednesday", "Thurs"), lenient on purpose so that a misspelt "Thurday" still belongs to
# the date it stands before. Header's date patterns and extract's dated due points.
WEEKDAYS = rf"(?:{alternation([*weekday_stems(), *weekday_short_forms()])})(?:day)?"

# python-dateutil's tables of month and weekday names and abbreviations (day first, as British minutes).
DATE_WORDS = parserinfo(dayfirst=True)


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ('Sept', 'may'), read by python-dateutil's own tables, or a common
    misspelling of one ('Febuary', see :data:`MONTH_MISSPELLINGS`). Header and extract."""
    word = name.rstrip(".")
    number = DATE_WORDS.month(MONTH_MISSPELLINGS.get(word.lower(), word))
    if number is None:
        raise ValueError(f"not a month: {name!r}")
    return number


def weekday_number(name: str) -> int:
    """0 (Monday) to 6 for a weekday name or abbreviation, read by python-dateutil; a stem or long short
    form ("Wednes", "Thurs") is read by its first three letters. Header and extract."""
    number = DATE_WORDS.weekday(name.rstrip(".")[:3])
    if number is None:
        raise ValueError(f"not a weekday: {name!r}")
    return number


# ---------------------------------------------------------------------------------------------------------
# People: courtesy titles and chairs (header's name cleaning, segment's attendance-list entries, extract's
# titled owners)

# Courtesy titles written before a name, lower case without a stop, each with the rank it gives the person
# ("Cllr" makes a Councillor) or None when it gives none.
HONORIFICS: dict[str, str | None] = {
    "cllr": "Councillor",
    "councillor": "Councillor",
    "cllrs": "Councillor",
    "councillors": "Councillor",
    "dr": None,
    "mr": None,
    "mrs": None,
    "ms": None,
    "miss": None,
    "prof": None,
    "professor": None,
    "rev": None,
    "revd": None,
    "reverend": None,
    "fr": None,  # "Fr. Donal Keohane": a priest, as boards with a patron's nominee list him
    "father": None,  # clerical titles written in full before a faith representative's name: "Father
    "monsignor": None,  # Tom Ryan", "Rabbi Ann Cohen", "Imam Raj Khan"; a title, not part of the name
    "rabbi": None,
    "imam": None,
    "sir": None,
    "dame": None,
    "mx": None,
    "canon": None,
    "ven": None,
    "venerable": None,
    "rt": None,
    "lord": None,
    "hon": None,  # "Hon. Grace Muthoni, MCA": a member of a parliament or county assembly
    "lady": None,
    "cr": "Councillor",
    "alderman": "Alderman",
    "county councillor": "Councillor",
    "shri": None,  # Indian courtesy titles, as company boards' attendance lists write them: "Shri Raj Patel"
    "smt": None,
    "alhaji": None,  # Nigerian and West African boards: "Alhaji Musa Garba", "Alhaja ...", "Barr. Hauwa
    "alhaja": None,  # Ibrahim" (a barrister), "Engr. Tunde Bello" (an engineer): courtesy titles, not names
    "barr": None,
    "engr": None,
}
# Short ranks written before a name whose holders' role is the rank in full, as "Cllr" gives Councillor:
# a fire brigade's "FF Ann Lee" is a Firefighter. Lower case, without a stop.
RANKS_IN_FULL: dict[str, str] = {
    "ff": "Firefighter",
}
# The levels of a fire and rescue service's command ranks, lower case: "Group Commander Ann Lee",
# "Station Commander Raj Patel". Each is a rank only before "Commander" (a "Group Leader" or a "Station
# Road" is not), and the two words are the person's role, as a police rank is. Header.
COMMAND_LEVELS: frozenset[str] = frozenset({"area", "group", "station", "watch", "crew", "brigade"})
# Fields of work that end a post's "of"/"for" phrase ("Vice Chancellor for Finance and Administration",
# "Director of Adult Social Services"), lower case: such a word is the post's, never a person's name, so
# a post written before a name ends where these words do. Header.
DEPARTMENT_WORDS: frozenset[str] = frozenset(
    {
        "administration",
        "affairs",
        "audit",
        "care",
        "communications",
        "compliance",
        "development",
        "digital",
        "education",
        "engineering",
        "environment",
        "estates",
        "facilities",
        "finance",
        "governance",
        "health",
        "housing",
        "infrastructure",
        "law",
        "legal",
        "marketing",
        "medicine",
        "nursing",
        "operations",
        "people",
        "performance",
        "planning",
        "policy",
        "procurement",
        "programmes",
        "quality",
        "regeneration",
        "relations",
        "research",
        "resources",
        "risk",
        "safety",
        "sales",
        "security",
        "services",
        "strategy",
        "studies",
        "technology",
        "transformation",
        "workforce",
    }
)
# Words that open a post's title before its head noun, lower case: "Detective Superintendent", "Business
# Support Officer", "Senior Project Manager", "Temporary Chief Superintendent". With a role word after them they read as a post, so a line
# "Kerry Vance Detective Superintendent" (a table flattened without its column break) splits after the
# name. Header.
POST_QUALIFIERS: frozenset[str] = frozenset(
    {
        "acting",
        "business",
        "clinical",
        "communications",
        "corporate",
        "democratic",
        "detective",
        "finance",
        "general",
        "interim",
        "legal",
        "managing",
        "medical",
        "operating",
        "policy",
        "programme",
        "project",
        "senior",
        "services",
        "strategic",
        "support",
        "technical",
        "temporary",
    }
)
# The everyday personal titles among them: a capitalised one of these before a capitalised word is a
# person's name with no doubt ("Mr. Ravi Menon"), where "Lord", "Lady", "Canon" or "Rt" also start names
# of places and things ("Lady Chapel", "Canon Street"). Segment's attendance-list entries and extract's
# titled names read these (capitalised).
PERSONAL_TITLES: tuple[str, ...] = (
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "cllr",
    "councillor",
    "rev",
    "revd",
    "sir",
    "dame",
    "shri",
    "smt",
    "hon",  # "Hon. Grace Muthoni, MCA": members of parliaments and county assemblies
)
# The words for the office of chair, lower case; header (notes and roles that make a person the chair) and
# extract (owners named by their office).
CHAIR_WORDS: tuple[str, ...] = ("chair", "chairman", "chairperson", "chairwoman", "chair person")
# The chair's office as Scottish councils and committees name it, written after the holder's name
# ("Councillors Ann Lee (Convener), ..."). Kept apart from CHAIR_WORDS: "Convenor, WG 1" heads a
# working group, not the meeting. Header.
CONVENER_WORDS: tuple[str, ...] = ("convener", "convenor")
# Seats in a legislature written after a member's name ("Hon. Ann Lee, MCA", "Raj Patel MP"): the
# member's office, not initials of a post. Header.
LEGISLATOR_TITLES: frozenset[str] = frozenset({"MP", "MSP", "MEP", "MLA", "MCA", "MPP", "MNA", "MHA"})
# The political parties of UK and Irish elected members as written in brackets after a councillor's name
# ("Cllr Ann Lee (Lab)", "Councillor Raj Patel (Lib Dem)"), lower case: the member's party, which is
# neither a short form of the person or post nor a role. Header.
PARTY_MARKS: frozenset[str] = frozenset(
    {
        "lab",
        "labour",
        "lab/co-op",
        "lab co-op",
        "labour and co-operative",
        "con",
        "cons",
        "conservative",
        "ld",
        "lib dem",
        "lib dems",
        "liberal democrat",
        "liberal democrats",
        "ind",
        "indep",
        "independent",
        "green",
        "greens",
        "green party",
        "snp",
        "plaid",
        "plaid cymru",
        "pc",
        "reform",
        "reform uk",
        "ukip",
        "dup",
        "uup",
        "sdlp",
        "sinn féin",
        "sf",
        "alliance",
        "fianna fáil",
        "ff",
        "fine gael",
        "fg",
        "soc dem",
        "social democrats",
        "residents",
        "res",
        "ra",
    }
)

# ---------------------------------------------------------------------------------------------------------
# Attendance: the labels of the lists of people at a meeting (header reads the lists, segment tells a
# header block and its sections from the items)

# Attendance labels as written before a list ("Present:", "Apologies for absence:"), lower case, with the
# attendance they give everyone listed under them (the schema's Person.attendance). Header.
ATTENDANCE_LABELS: dict[str, str] = {
    "present": "present",
    "attendance": "present",
    "attendees": "present",
    "attending": "present",
    "participants": "present",
    "participating": "present",
    "here": "present",
    "on the call": "present",
    "members present": "present",
    "members": "present",
    "governors present": "present",
    "trustees present": "present",
    "board members present": "present",
    "councillors present": "present",
    "voting members": "present",
    "who attended": "present",  # a web page's heading over its list of those at the meeting
    "those who attended": "present",
    "attended": "present",  # a call's notes: "Invited: ..." then "Attended: ..." (those who joined)
    "in attendance": "in_attendance",
    "also in attendance": "in_attendance",
    "also present": "in_attendance",
    "officers present": "in_attendance",
    "officers in attendance": "in_attendance",
    "officers": "in_attendance",
    "officer": "in_attendance",  # one officer supporting the body: "Officer: Ann Lee, Support Officer"
    "staff": "in_attendance",
    "guests": "in_attendance",
    "guest": "in_attendance",
    "visitors": "in_attendance",
    "observers": "in_attendance",
    "observer": "in_attendance",
    "invited": "in_attendance",
    "invitees": "in_attendance",
    "guest speakers": "in_attendance",
    "management": "in_attendance",
    "others": "in_attendance",  # "Team members: ..." then "Others: ..." (guests of a team's meeting)
    "others present": "in_attendance",
    "from the secretariat": "in_attendance",  # an association's paid staff attending its board
    "secretariat": "in_attendance",  # a committee's governance staff, who take its minutes
    "other attendees": "in_attendance",
    "together with": "in_attendance",  # Welsh councils: the officers after the members ("Together with:")
    "dropped in": "in_attendance",  # chat meetings: people who joined for part of the conversation
    "external auditor": "in_attendance",  # audit committees: the audit firm's staff attend, not members
    "external auditors": "in_attendance",
    "witnesses": "in_attendance",  # scrutiny committees: those called to give evidence attend, not sit
    "witness": "in_attendance",
    "apologies": "apologies",
    "apologies for absence": "apologies",
    "apologies received": "apologies",
    "leave of absence": "apologies",  # company boards: a director granted leave of absence sent apologies
    "regrets": "apologies",
    "apols": "apologies",  # the short form of e-mailed notes: "Apols: Sunita, Ben"
    "excused": "apologies",  # excused absences: members who gave notice they could not come
    "sent regrets": "apologies",
    "absent": "absent",
    "not present": "absent",
    "absent without apologies": "absent",
    "absent with apology": "apologies",  # parliamentary minutes: members away with leave sent apologies
    "absent with apologies": "apologies",
    "reviewers": "present",  # a design review's panel and the engineers presenting to it attend alike
    "presenters": "present",
    "speakers": "present",  # a transcript write-up's key to its speaker labels ("Speaker 1 = Ann Lee")
    "on stage": "present",  # a live audio stage (Discord, Spaces): the speakers who held the meeting
    "substitute": "present",  # councils: a member sitting in an absent member's seat ("Substitute: A for B")
    "substitutes": "present",
    "substitute members": "present",
}
# Attendance labels that head a list only on a line of their own ("Secretariat" over the committee's
# governance staff): with a value on the same line ("Secretariat: SN (Norway)") they say who holds the
# office, often a body, and list no one. Header.
HEADING_ONLY_LABELS: frozenset[str] = frozenset({"secretariat"})
# Words that make a label an attendance label wherever they stand in it ("Trustees present", "Those
# attending", "Apologies and absences"), by the attendance they announce. Header's label reading and
# segment's header-block and header-section checks.
PRESENT_WORDS: tuple[str, ...] = ("present", "attendance", "attendees", "attending", "participants")
APOLOGY_WORDS: tuple[str, ...] = ("apologies", "regrets")
ABSENT_WORDS: tuple[str, ...] = ("absent",)
# Group labels inside an attendance list for the people who are away ("- Out: Sven Arnesen (off
# sick)"): everyone in such a group sent apologies. Header.
AWAY_GROUPS: frozenset[str] = frozenset({"out", "away", "off", "on leave", "unavailable"})

# Labels over a list of people who receive or wrote the minutes, not who attended ("Circulation:" over
# "Ann Lee, Head of Policy"). Header's reading of a bare group heading as the list of those present.
RECIPIENT_LABELS: frozenset[str] = frozenset(
    {
        "distribution",
        "circulation",
        "circulated to",
        "copy to",
        "copies to",
        "cc",
        "to",
        "from",
        "author",
        "authors",
        "prepared by",
        "contact",
        "contacts",
        "report author",
        "report authors",
        "signed",
    }
)

# Plural nouns for the members of a body, each the plural of the role every one of them holds ("Trustees
# present: Ann Lee" makes Ann Lee a Trustee). Header's list labels; extract's owner groups.
BODY_MEMBER_GROUPS: tuple[str, ...] = ("trustees", "directors", "governors", "councillors", "commissioners")
# How a body's members came to sit on it, as bare sub-headings dividing its list of those present
# ("Ex officio" over the deans, "Elected" over the staff voted on), as university boards and senates
# write their membership; lower case. Header.
MEMBERSHIP_CATEGORIES: frozenset[str] = frozenset(
    {"ex officio", "ex-officio", "elected", "appointed", "co-opted", "coopted", "nominated"}
)
# Plural nouns for any group of people able to act together ("members would send comments"): the body's
# members above and groups whose plural is no role ("members", "staff"). Extract's owner groups.
GROUP_WORDS: frozenset[str] = frozenset(
    {*BODY_MEMBER_GROUPS, "members", "officers", "staff", "volunteers", "maintainers"}
)

# Reading an attendance label: header reads the lists it heads, segment tells the header's attendance
# sections ("## Absent") from the business.
_ATTENDANCE_WORDS = re.compile(rf"\b({alternation([*PRESENT_WORDS, *APOLOGY_WORDS, *ABSENT_WORDS])})\b", re.I)


# The people of a live stage's audience a list names, those who spoke from it: "From the audience",
# "Asked questions from the audience", "Audience questions". They attend; the stage holds the meeting.
_AUDIENCE_LABEL = re.compile(
    r"(?:[a-z]+\s+){0,3}(?:from|in)\s+the\s+audience|audience\s+(?:questions|speakers)"
)
# Those on a call or a line, as notes of remote meetings list them: "On the call", "Also on the call".
_ON_THE_CALL_LABEL = re.compile(r"(?P<also>also\s+)?(?:on|joined)\s+the\s+(?:call|line)")
_GUEST_LABEL = re.compile(r"(?:[a-z]+\s+){0,2}guests?(?:\s+(?:for|from|until|during)\s+[a-z ]+)?")


# The representatives a body's constitution gives seats to, by the constituency that elects them
# ("Student representatives", "Staff representative", "Trade union reps", "Councillor representatives"):
# members, so present when listed. An organisation's own "representatives" (an airport's staff at its
# consultative committee) are no constituency and attend, so their labels are left to other rules.
MEMBER_CONSTITUENCIES: tuple[str, ...] = (
    "student", "students", "staff", "parent", "parents", "pupil", "trade union", "union", "employee",
    "tenant", "tenants", "resident", "residents", "councillor", "council", "member", "lay", "community",
)  # fmt: skip
_REPRESENTATIVES_LABEL = re.compile(rf"(?:{alternation(MEMBER_CONSTITUENCIES)})\s+(?:representatives?|reps)")


# The members of a joint negotiating body come in sides: "Management side", "Staff side",
# "Trade union side", "Employers' side".
_SIDE_LABEL = re.compile(r"(?:[a-z]+['’]?\s+){1,2}side")


# The officers of a named body, who serve the meeting rather than sit on it: "Panel officers:".
_OFFICERS_LABEL = re.compile(r"[a-z]+\s+officers")


# A label for the people who sent word they could not come: "Can't make it today:", "Cannot attend:".
CANNOT_ATTEND = re.compile(
    r"^((?:can['’]?t|cannot|could\s?n['’]?t|unable\s+to)\s+(?:make\s+it|attend|join)\b[\w ()'’,-]{0,40}?)"
    r"(?:\s*:\s*|$)(.*)$",
    re.I,
)


def attendance_kind(label: str) -> str | None:
    """The attendance a section label announces ("Cabinet Members present" -> present), or None."""
    low = label.lower().strip().rstrip(":")
    if low in ATTENDANCE_LABELS:
        return ATTENDANCE_LABELS[low]
    if _members_label(low):
        return "present"
    if _GUEST_LABEL.fullmatch(low):  # "Guest for the first half", "Extra special guest"
        return "in_attendance"
    if _AUDIENCE_LABEL.fullmatch(low):  # "Asked questions from the audience": listeners who spoke up
        return "in_attendance"
    # "On the call" lists those present; "Also on the call", guests
    if call := _ON_THE_CALL_LABEL.fullmatch(low):
        return "in_attendance" if call["also"] else "present"
    if CANNOT_ATTEND.match(low):  # "Can't make it today (will read the notes):"
        return "apologies"
    if _REPRESENTATIVES_LABEL.fullmatch(low):  # "Student representatives", "Staff reps"
        return "present"
    if _OFFICERS_LABEL.fullmatch(low):  # "Panel officers", "Council officers": staff serving the body
        return "in_attendance"
    if _SIDE_LABEL.fullmatch(low):  # "Management side", "Staff side": the two sides of a negotiating body
        return "present"
    if len(low.split()) > 5 or not _ATTENDANCE_WORDS.search(low):
        return None
    if "apolog" in low or "regrets" in low:
        return "apologies"
    if "absent" in low:
        return "absent"
    if (
        "in attendance" in low
        or "also" in low
        or low.startswith(("officer", "executive", "staff", "official"))
    ):
        return "in_attendance"
    return "present"


def _members_label(low: str) -> bool:
    """'Independent co-opted members', 'Voting member' and the like announce people present; so do
    the groups a body's members come from ("Lead Local Flood Authority members", "Members appointed
    by the Environment Agency"), unless the label names a meeting of them ("Meeting of members")."""
    words = low.split()
    if len(words) <= 4 and re.search(r"\bmembers?$", low):
        return True
    return (
        len(words) <= 7
        and bool(_MEMBERS_GROUP.fullmatch(low))
        and not re.search(r"\b(?:meeting|minutes|of|for|and)\b", low.split(" appointed ")[0])
    )


# A label for one group of a body's members: by where they come from or who appointed them.
_MEMBERS_GROUP = re.compile(
    r"[a-z][\w'’ -]*\smembers|members\s+(?:appointed|nominated|elected|co-opted)\s+by\s+[\w'’ -]+"
)

# ---------------------------------------------------------------------------------------------------------
# Places: the two-letter country codes of ISO 3166-1, upper case. An international body's attendance list
# writes each member's country after the name ("Ingrid Solberg (NO, President)"); header tells such
# notes from a person's initials with these.
_COUNTRY_CODE_TABLE = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
    BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
    ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
    IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
    MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU
    NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
    SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE
    VG VI VN VU WF WS YE YT ZA ZM ZW UK EU
"""
COUNTRY_CODES: frozenset[str] = frozenset(_COUNTRY_CODE_TABLE.split())

# OCR look-alikes: Cyrillic and Greek letters drawn like Latin ones (capitals and small letters), and
# the Latin letter each is read as, paired by position (str.maketrans). Ingest repairs them inside Latin
# words; segment folds item numbers.
LOOKALIKE_LETTERS = "АВСЕНКМОРТХаеорсухіјΑΒΕΖΗΙΚΜΝΟΡΤΥΧο"
LATIN_LETTERS = "ABCEHKMOPTXaeopcyxijABEZHIKMNOPTYXo"
# The translation table of those pairs, for str.translate.
LOOKALIKES = str.maketrans(LOOKALIKE_LETTERS, LATIN_LETTERS)

# A recording's time stamp, as minutes written up from a streamed meeting's recording set it before a
# heading ("[00:12:30]", "[1:02:15]"): where the item starts in the recording. Dedup reads it as a heading
# number's lead-in, segment strips it from the heading line.
RECORDING_TIME = r"\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]"

# The round, black, square and hollow bullets a word processor sets before each row of a list ("• Ann
# Lee", "● Raj Patel (Acme)", "▪ Jo Kim", "◦ Sam Roe"): the same row mark as a dash, whichever the
# document's style or its PDF export chose.
ROW_BULLETS = "•●▪◦"
