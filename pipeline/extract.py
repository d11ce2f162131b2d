"""Stage: turn action sentences into actions with owners, due points and origins.

- **Owners** are the agent of the action: the subject before "to <verb>" / "will" / "would" /
  "agreed, undertook, offered, volunteered to" ("The PCC and CC to discuss"), the object of
  "asked/requested X to" (so "The PCC asked the CC to ..." is owned by the CC), the subject after
  "agreed that" / "RESOLVED that", the person "tasked", the agent of a passive ("circulated by the
  Clerk"), initials or names in a tag ("ACTION: JS", "Action (JS):", "TODO (Ana):", "[MK/RP]", "M6-03 (JS)
  Share ...") and handles opening a task line ("@ana: ...", "Jo + Al: ..."); a second owner whose verb is left out
  ("Gemma will run the tombola and Tomasz the barbecue"); an office and its department ("The DoS, Housing,
  agreed"); people after a closing participle (", run by A and B"); a bracketed tag cut into the next sentence
  ("(Action: AL)"); an offer to take on a role is no passive ("offered to be release manager"); in an action log, the owner cell (initials,
  handles or an office; "TBC" names no one), read on into the next line when the row was wrapped; numbered labels
  ("Action 2 (CEx):"), owner fields wherever they stand ("Owner → Ann Lee | ETA: ... | task", "Lead: HoS; Deadline:
  ..."), an owner line with its due point ("Action: Faculty Registrar (by 31 July)") and an owner tag line that closes
  a sentence with its due point ("ACTION: ADN – October 2024", "Action: DoE (by June)"); a closing bracket of initials
  and a due cell ("[A] Re-plan UAT (MT, 14/04)"); owner and due lines under a task ("Responsible officer: ..." / "By:
  ..."), or fields set apart by pipes on the line under it ("Owner: CIO | Due: Nov SteerCo | Status: Open"); handles in
  Markdown bold ("**@ana**: ..."); the officer an earlier action is "for" ("the action from minute 62, for the Head of
  Estates to report"); a post's short form and its area in an owner cell ("AD Education and Inclusion"); a tag that only
  abbreviates the owner the sentence names ("Action: FFM") keeps the sentence's wording. Asides
  (", with the DCC,") and bracketed affiliations ("Rosa (UvL)") are ignored. Mentions are found with a
  spaCy ``PhraseMatcher`` built from the document's own people list (names, surnames with titles,
  abbreviations, roles, initials, handles) and resolved to that list; a role or group that is not in the
  list ("the Head of Estates", "the working group", "Internal audit", "the strata manager") stays a mention;
  passive sentences with no agent get no owner.
- **Due points** are normalised against the meeting date; month and weekday names and explicit days
  are read with python-dateutil. Named months roll forward to their next occurrence (the meeting's
  own month is "this month"), "the next meeting" takes the next-meeting date, explicit days in the
  usual forms, weekdays ("by Wed", "starting Monday", "at Wednesday's stand-up"), "end of March", ends of the
  week/month/year and the financial year, quarters (of the financial year when the minutes count its months;
  "Q1-Q6" numbers parts), school terms (numbered terms have no month), holidays and half terms, deferrals ("carried
  forward to June"), other meetings ("the June HTA", "the February QAG", "its October meeting",
  "their weekly meeting", "in the weekly leads sync", an acronym of the meeting's own title; a deferral keeps
  the meeting it names; a body written to is no meeting) and stated points with no date ("within two weeks",
  "before go-live", "end of semester 1", "in the next newsletter", "for the winter test", "on his return", "before
  Q3 planning", an action-log cell "before layout start");
  "end of sprint" is the next meeting; tracker forms ("ETA: w/c 10 Feb", "by EOM", "EOW"); English schools'
  numbered half terms ("by Summer 2" when it starts, "Deadline: Spring 2" with no month, or the day the minutes'
  term dates give) and a named term's half term ("by the autumn half-term"); "due May" in a tracker line; a monthly
  report named by its month ("in the March patient safety report"); "in the new year" (no date); the first or last
  meeting of a stated year ("the first TSC meeting of 2024" is January);
  a numbered meeting of the minutes' own series on the day the minutes date it ("before SteerCo 3"); a meeting named
  after its term ("the Summer Faculty Board") is the next meeting when that falls in the term; an owner tag after the
  sentence may give the due point after a dash ("ACTION: ADN – October 2024"), and a closing bracket of owners its
  last field ("(SD/MT, 21/04)"), which wins over a point the task names. "The next <kind>" takes the
  next-meeting date only when it is a meeting of these minutes. A day something "runs until" yields to a
  later due point in the sentence. Standing instructions ("at each meeting") are due at that kind of
  meeting, with no date, unless something else dates them.
- **Origin**: actions quoted under "Action arising from the March 2018 meeting" carry 2018-03.
- **Text**: the sentence without a checkbox or an action label; a one-line row of a TAB-separated action log is
  quoted by its action cell, as the labelled corpus quotes such rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import itertools
import re

import spacy
from dateutil.easter import easter
from dateutil.parser import parse as parse_date
from dateutil.relativedelta import relativedelta
from spacy.matcher import PhraseMatcher

from pipeline.header import find_person
from pipeline.lexicon import (
    CHAIR_WORDS,
    DATE_WORDS,
    GROUP_WORDS,
    MONTH_NAMES,
    MONTHS,
    PERSONAL_TITLES,
    WEEKDAY_NAMES,
    WEEKDAYS,
    alternation,
    month_number,
    title_cased,
    weekday_number,
    weekday_short_forms,
)
from pipeline.schema import Action, Classified, Due, NextMeeting, Owner, Person, SentenceSpan
from pipeline.sentences import (
    CHECKBOX,
    COMMITMENT,
    DONE_BALLOT_BOXES,
    OPEN_BALLOT_BOX,
    SPEAKER,
    VOCATIVE,
    is_csv_record,
    names_owners,
    owner_tag_lines,
    owner_tag_span,
    speaker_of,
)

# School terms in England: the month each starts and ends (spring ends before Easter, in March).
# The named university terms (Oxford: Michaelmas, Hilary, Trinity; Cambridge: Michaelmas, Lent, Easter is left out
# as it names the holiday too) run October-December, January-March and April-June.
TERM_START_MONTH = {
    "autumn": 9,
    "spring": 1,
    "summer": 4,
    "michaelmas": 10,
    "hilary": 1,
    "lent": 1,
    "trinity": 4,
}
TERM_END_MONTH = {
    "autumn": 12,
    "spring": 3,
    "summer": 7,
    "michaelmas": 12,
    "hilary": 3,
    "lent": 3,
    "trinity": 6,
}
# The last month of each season as the British calendar counts them (summer is June to August): "by the end of the
# summer" is due in August, unlike "the end of the summer term" (July).
SEASON_END_MONTH = {"spring": 5, "summer": 8, "autumn": 11, "winter": 2}
# Words that make a bare term a deadline: "by the autumn term" is due when that term starts.
# The month a named US semester ends: "by the end of the fall semester" is December.
SEMESTER_END_MONTH = {"fall": 12, "autumn": 12, "spring": 5}
TERM_DEADLINE_WORDS = frozenset({"by", "before", "until"})
# Oxford numbers the weeks of each full term, 0th week the one before it starts ("by 8th week", "in 5th week of Hilary
# Term"); the Sunday of 1st week falls in a fixed window each year: 7-13 October, 13-19 January, 20-28 April.
FIRST_WEEK_WINDOW = {
    "michaelmas": ((10, 7), (10, 13)),
    "hilary": ((1, 13), (1, 19)),
    "trinity": ((4, 20), (4, 28)),
}
# A term's numbered weeks run from 0th to 9th: past 1st week's Sunday by this many days, the term is over.
TERM_SPAN_DAYS = 9 * 7
# Holidays written as due points and the month they fall in; None when it moves between months (Easter is read
# from the calendar by easter_month; "before the Easter break" is a stated point with no date).
HOLIDAY_MONTH = {"christmas": 12, "xmas": 12, "easter": None, "half-term": None, "half term": None}
# A holiday written as a period ("the Easter break", "the Easter holidays"), which has no single month.
_HOLIDAY_SPAN = re.compile(r"\b(?:break|holidays?|recess|vacation|period)\s*$", re.I)


def easter_month(meeting_date: dt.date) -> str:
    """The month ("YYYY-MM") of the next Easter Sunday on or after the meeting: "before Easter" in minutes of
    9 March 2024 is 2024-03 (Easter fell on 31 March), in minutes of 18 March 2023 it is 2023-04."""
    day = easter(meeting_date.year)
    if day < meeting_date:
        day = easter(meeting_date.year + 1)
    return f"{day.year:04d}-{day.month:02d}"


# The months of the half-term breaks of the English school year (autumn, spring and summer terms): "before half term"
# is the next of them.
HALF_TERM_MONTHS = (2, 5, 10)
# The month the first half of each term ends in, at its half-term break ("Spring 1" ends in February), and the month
# the second half starts in, after it ("Summer 2" starts in June).
FIRST_HALF_END_MONTH = dict(zip(("spring", "summer", "autumn"), HALF_TERM_MONTHS, strict=True))
SECOND_HALF_START_MONTH = {"spring": 2, "summer": 6, "autumn": 11}
# Adjectives that say which of a series of meetings is meant, not what kind it is: "the first call in
# July" and "a future meeting" are a "call" and a "meeting".
SERIES_WORDS = frozenset(
    {
        "first",
        "second",
        "third",
        "last",
        "final",
        "future",
        "later",
        "subsequent",
        "following",
        "forthcoming",
        "upcoming",
        "special",
    }
)
# Things issued once a month that date an action by their month: "with the May newsletter"; named by a season or
# a school term instead ("Summer newsletter", "the summer term newsletter", :data:`_SEASON_ISSUE`) they give a point
# with no month.
MONTHLY_ISSUES = (
    "newsletter",
    "bulletin",
    "edition",
    "issue",
    "magazine",
    "mailing",
    "payroll",
    "pay run",
    "deadline",
    "return",
    "submission",
    "release",
    "round",
    "cycle",
    "update",
    "pack",
)
_SEASON_ISSUE = rf"(?:spring|summer|autumn|winter)(?:\s+term)?\s+(?:{'|'.join(MONTHLY_ISSUES)})s?"
# Cells of an action log that give its status, not its due point.
STATUS_CELLS = frozenset(
    {
        "open",
        "closed",
        "complete",
        "completed",
        "done",
        "ongoing",
        "in progress",
        "not started",
        "on hold",
        "overdue",
        "new",
        "green",
        "amber",
        "red",
    }
)
# Owner cells of an action log that name nobody yet: "TBC", "N/A".
PLACEHOLDER_CELLS = frozenset({"tbc", "tba", "tbd", "n/a", "na", "none", "-", "–"})
ROLE_WORDS = re.compile(
    r"\b(head|heads|director|chair|chairman|chairperson|clerk|officer|manager|lead|secretary|treasurer|chief|"
    r"superintendent|supt|supts|inspector|governor|governors|trustee|trustees|councillor|members|team|"
    r"executive|coordinator|co-ordinator|administrator|advisor|adviser|commissioner|constable|controller|"
    r"principal|headteacher|registrar|dean|provost|president|vice|officers|group|board|committee|panel|"
    r"service|department|unit|staff|maintainers|maintainer|council|representative|representatives|rep|reps|"
    r"champion|champions|liaison|partner|partners|leads|convenor|convenors|convener|conveners|organiser|"
    r"organisers|organizer|organizers|facilitator|facilitators|commander|commanders|caretaker|caretakers|bursar)\b",
    re.I,
)
_LABEL_PREFIX = re.compile(
    r"^\s*(?:actions?(?:\s+arising(?:\s+from\b[^:]{0,80})?|\s+(?=[\w/.-]*\d)[A-Z]{0,4}[\d/.-]*\d)?|action point|ap|decision|"
    # the answer to a governor's question, as challenge logs label it: "Response: The Head agreed to ..."
    r"resolved|agreed|todo|direction(?:\s+to\s+[a-z]+)?|response|answer|reply)\s*[:\-–]\s*",
    re.I,
)
# Initials or an abbreviation as written in a tag: "JS", "DoF", "PVC-E".
_TAG_WHO = r"[A-Z][A-Za-z]{0,3}[A-Z](?:-[A-Z]{1,2}|\([A-Z]{1,3}\))?"
# Several of them, split by a slash, a comma or an ampersand: "JS", "JS/KL", "DoF, CFO".
_TAG_WHO_LIST = rf"{_TAG_WHO}(?:\s*[/,&]\s*{_TAG_WHO})*"
# An office's initials with the word that says which of its holders is meant, as a closing bracket writes them: "(ACC
# Ops)", "(AD Estates)", or in a bracket of its own inside it: "(ACC (Ops))"; only before the bracket's end, where the
# word cannot be the first of a task ("JS Circulate").
_QUALIFIER_WORD = r"[A-Z][a-z]{1,9}"
_TAG_QUALIFIER = rf"(?:\s{_QUALIFIER_WORD}|\s?\({_QUALIFIER_WORD}\))(?=\)\W*$)"
# A post's short form followed by its holder's initials in brackets, as police and council action lines name an owner:
# "DoF (RO)", "CEx (ED)", "ACC (AF)"; the short form may end in lower case ("CEx") where the initials vouch for it.
_HOLDER_INITIALS = r"\s\([A-Z]{2,3}\)"
_HELD_POST = rf"(?:{_TAG_WHO}|[A-Z][A-Za-z]{{1,3}}(?={_HOLDER_INITIALS}))(?:{_HOLDER_INITIALS})?"
# The last two may be joined by "and" where they close a bracket, as a line ends with its owners: "(PW and BL)"; only
# there, since after a label "and" may go on to the task ("Action: HR and payroll to ...").
_HELD_POST_LIST = rf"{_HELD_POST}(?:(?:\s*[/,&]\s*|\s+and\s+(?={_TAG_WHO}[)\]]\W*$)){_HELD_POST})*"
_INITIALS_TAG = re.compile(
    # a numbered label may carry its reference before the colon when a post with its holder's initials follows:
    # "Action 19/03-03: ACC (AF) – to ..." (other words after a numbered label are read by the colon rules)
    rf"(?:\b(?:ACTION|Action)\s+[A-Za-z]{{0,4}}\d[\w/.-]*\s*:\s*(?=[A-Z][A-Za-z]{{1,3}}{_HOLDER_INITIALS})"
    r"|\b(?:ACTION|Action|Owners?|OWNERS?|Lead|LEAD|Responsible|Assigned\s+to|Who)\s*[:\-–]\s*"
    # a lower-case label before a handle: "Changelog for 2.4, owner: @tj — due: 2022-05-31"
    r"|\bowners?\s*:\s*(?=@)"
    r"|\b(?:ACTION|Action)\s*\((?=[^)]{1,30}\)\s*[:\-–])"
    r"|\((?=@[\w@/, &-]*\))|[(\[](?=[A-Z][\w/,\s&-]*(?:\([A-Z][a-z]{1,9}\))?[)\]]\W*$))"
    rf"(?P<who>@[\w-]+(?:\s*[/,&]\s*@[\w-]+)*|{_HELD_POST_LIST}(?:{_TAG_QUALIFIER})?)(?![\w(])"
)
# The holder's initials after a post in a tag, blanked so that the post alone is read as the owner; the initials then
# name its holder (see :func:`bracketed_office`).
_HOLDER_INITIALS_AFTER_POST = re.compile(rf"(?<=[A-Za-z]){_HOLDER_INITIALS}")
_ORIGIN = re.compile(
    rf"\b(?:actions?\s+arising|actions?\s+[A-Z]*\d[\w/.-]*|carried\s+forward|brought\s+forward|outstanding\s+actions?"
    rf"|follow[- ]ups?)"
    rf"\s+from\s+(?:the\s+)?"
    rf"(?:meeting\s+(?:of|on|held\s+on)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<month>{MONTHS})\s+(?P<year>\d{{4}})",
    re.I,
)


@functools.lru_cache(maxsize=1)
def _nlp() -> spacy.language.Language:
    return spacy.blank("en")


# Courtesy titles and police ranks written before a surname ("Cllr Reddy", "Superintendent Benn"), as written.
TITLES = (*title_cased(PERSONAL_TITLES), "Superintendent", "Supt", "Inspector", "Insp", "Sergeant", "Sgt")
_TITLE = alternation(TITLES)
# Capitalised words that start an action sentence without naming its owner ("Agreed to bring ...").
NOT_OWNERS = frozenset(
    {
        "agreed",
        "resolved",
        "action",
        "actions",
        "decision",
        "noted",
        "note",
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
        "we",
        "they",
        "he",
        "she",
        "i",
        "you",
        "all",
        "minutes",
        "item",
        "items",
        "update",
        "todo",
        "ap",
        "any",
        "each",
        "a",
        "an",
        # an owner still to be found: "ACTION: somebody to refresh the label"
        "somebody",
        "someone",
        "anybody",
        "anyone",
        "nobody",
        # a question's opening words ("How will delivery be measured?"); not "Will" or "May",
        # which are also first names
        "how",
        "what",
        "when",
        "where",
        "why",
        "who",
        "which",
        "whether",
        "does",
        "do",
        "did",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "could",
        "would",
        "should",
        "shall",
        "must",
        "might",
        # a sentence that opens with an adjective, a gesture at a plan or a gerund before "to" names no
        # one ("Best to wait for Lea", "Useful to keep the report card", "Attempting to extend iframes")
        "best",
        "better",
        "useful",
        "important",
        "necessary",
        "good",
        "nice",
        "hard",
        "easy",
        "difficult",
        "possible",
        "impossible",
        "helpful",
        "worth",
        "likely",
        "unlikely",
        "happy",
        "keen",
        "ready",
        "time",
        "plan",
        "idea",
        "aim",
        "goal",
        "proposal",
        "suggestion",
        # "Further to minute 9, the Director to report": a link to an earlier minute, not its subject
        "further",
        "attempting",
        "trying",
        "going",
        "looking",
        "waiting",
        "hoping",
        "need",
        "needs",
        "want",
        "wants",
        # resolution verbs that open a clause of a council resolution ("Requests staff to prepare ...")
        "requests",
        "asks",
        "directs",
        "instructs",
        "invites",
        "agrees",
        "notes",
        "receives",
        "approves",
        "resolves",
        "recommends",
        "endorses",
        # verbs that move an item to a later point, opening a note on it ("Deferred to next week's meeting")
        "deferred",
        "postponed",
        "adjourned",
        "carried",
        "moved",
    }
)
# Lower-case nouns for an organisation that can own an action ("the force would bring ...").
ORGANISATION_HEADS = frozenset({"force", "trust", "secretariat", "management"})
# Units of an organisation that act like a team only after the capitalised name of their field: "The Environment
# section was asked to" ('the section on maths' is part of a document).
# The most words a unit's name runs to with its head: "Mental Health Act office".
MAX_UNIT_WORDS = 5
UNIT_HEADS = frozenset({"section", "department", "directorate", "office"})
# Words before a group that belong to it: "All directors", "Both trustees".
QUANTIFIERS = frozenset({"all", "both"})
PREPOSITIONS = frozenset(
    {"for", "of", "to", "with", "from", "by", "about", "among", "on", "in", "at", "into"}
)
# Words that join the parts of a noun phrase naming owners ("Director of Finance", "PCC and CC").
NP_LINKS = frozenset({"the", "of", "for", "and", "&", ",", "/", "to"})
# Form kinds: a surname or full name may follow a title or rank; the others must stand alone.
NAME_KINDS = frozenset({"name", "surname"})

_TOKEN = re.compile(
    # a short abbreviation with its full stop opening a role after "the": "the Addl.| Municipal Commissioner"; a
    # short abbreviation with its full stop naming a post's area after "of": "Head of Env.| Services"; a
    # title or a police rank with its full stop before a name, the rank perhaps after a letter and a slash as forces
    # write them: "Dr. Ahmed", "Supt. Cole", "C/Insp. Amin" (chief inspector), "D/Sgt. Reid" (detective sergeant); a
    # plural possessive with its apostrophe inside a capitalised name: "the Students'| Union", "the Governors'| Panel"
    r"@[\w-]+|(?-i:[A-Z])\w*s['’](?=\s+(?-i:[A-Z]))|(?:[A-Z]/)?(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Cllr|Supt|Insp|Sgt)\.(?=\s+[A-Z])|(?:(?<=[Tt]he\s)|(?<=\bof\s))[A-Z][a-z]{1,4}\.(?=\s+[A-Z][a-z])|\w+(?:[-'’/.]\w+)*|\((?=[A-Z])[\w&]+(?:\s+(?:[A-Z&][\w&]*|and|of))*\)|[^\w\s]"
)
_AGENT = re.compile(
    r"\b(?:(?:has\s+|have\s+|had\s+)?(?:agreed|undertook|undertaken|offered|volunteered|promised|pledged|"
    r"committed|kindly\s+agreed|kindly\s+offered)\s+to|to|will|would|should|shall|must|is to|are to|"
    r"has been tasked|have been tasked|was tasked|were tasked|has been asked|have been asked|"
    r"was asked|were asked|is asked|are asked|is requested|are requested|was requested|were requested|is invited|"
    r"are invited|was invited|"
    r"were invited|(?:was|were)\s+(?:further\s+)?(?:directed|instructed)|(?:was|were)\s+further\s+(?:asked|requested))\b(?=\s+(?P<next>[\w'-]+))"
)
# Words between an owner and its verb that name nobody: "the Dean and Dr Nwosu each nominate".
_ADVERBS = frozenset({"each", "both", "jointly", "together", "also", "now", "kindly"})
# Determiners that open a lower-case group or role: "the working group", "All partners", "the WP leads", "Each
# function lead".
_LOWER_NP = re.compile(
    r"(?P<np>\b(?:the|all|both|each|every|our|their|its)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s*$", re.I
)
# Words that cannot sit inside an owner's noun phrase (verbs, prepositions, pronouns).
# fmt: off
_NP_STOPS = frozenset({
    "that", "is", "are", "was", "were", "has", "have", "had", "be", "been", "it", "this", "which",
    "who", "in", "on", "at", "by", "with", "from", "into", "about", "if", "whether", "not", "would",
    "will", "should", "could", "can", "may", "might", "must", "to", "as", "than", "then", "so",
    "but", "or",
})
# fmt: on
# "govs": governors as school minutes shorten them ("ACTION: All govs"); a noun in "-ments" is a thing ("the
# comments", "the documents"), except the departments of an organisation.
_PEOPLE_HEAD = re.compile(
    r"(?:ers|ors|ants|(?<!m)ents|departments|ists|ians|leads|partners|team|teams|group|groups|govs)$", re.I
)
# fmt: off
_NOT_VERBS = frozenset({
    "the", "a", "an", "all", "each", "its", "their", "his", "her", "our", "this", "that", "date",
    "be", "been",
    # determiners and quantifiers: "The answers to| both questions will be published" has no "to <verb>"
    "both", "every", "any", "these", "those", "some", "such", "my", "your",
})
# fmt: on
# A clause of a decision that names who acts: "resolved that| ...", "and that| ...", and a lettered clause of a list of
# resolutions, with its "that" ("(b) that| the Head of Housing provide ..."), also after the dash of a "RESOLVED –"
# label ("RESOLVED – that| the Cabinet Member be requested to ...").
_THAT_CLAUSE = re.compile(
    r"\b(?:agreed|agrees|resolved|recommended|recommends|recommendation|decided|request|requested|requests|asked|asks|proposed|"
    r"seconded|urges)"
    r"(?:\s+by\s+[^,;.:]{1,40}?)?"
    r"(?:\s+(?:further|also))?\s*(?:that|:)(?:\s*,[^,;.]{1,80},)?\s+|\band\s+that\s+|\(\w{1,3}\)\s+(?:that\s+)?"
    # a numbered clause of a list of recommendations: "R3  That the ICB report ...", "2. That the Clerk write ..."
    r"|(?:^(?:\s*[A-Z]{0,2}\d{1,2}[.)]?(?=\s))?|(?<=:)|(?<=:\s)|(?<=[–—]\s))\s*that\s+",
    re.I,
)
# A group written in lower case that opens a clause before its verb: "that the working group| include".
_LOWER_GROUP_AFTER = re.compile(r"(?:the|all|both)(?:\s+[a-z][\w’'-]*){1,5}")
# Being invited to come to a meeting ("be invited to attend the September meeting", "to the next meeting") or to a
# place ("Members would be invited to visit the depot") names a guest, who is not the one who acts: the invitation is
# the task.
_TO_COME = r"(?<=invited)\s+to\s+(?:attend|present|join|visit|the|a|an)\b"
# A recommendation to a body to act, as a scrutiny body resolves it: "That Cabinet be| recommended to retain the policy"
# asks Cabinet to act; a verb in lower case must follow, not a body ("the scheme be recommended to Council") nor a
# plural noun ("recommended to members").
_RECOMMENDED_TO = r"recommended\s+to\s+(?!(?:the|a|an|all|any|each|full)\b)(?-i:[a-z])(?![a-z]*[^su\W]s\b)"
_PASSIVE_AFTER = re.compile(
    # the words after the name may hold a year or a number: "that the Faculty| budget for 2022/23 be noted"
    rf"\s+(?:(?:[a-z]+|\d[\d/.-]*)\s+){{0,3}}?(?:be|been)\b(?!\s+(?:asked|authorised|authorized|instructed|directed|requested|invited|tasked|delegated)\b"
    rf"(?!\s+(?:for|whether|if|about)\b|{_TO_COME})|\s+{_RECOMMENDED_TO})"
)
# A capitalised name that only qualifies a noun compound, the subject of a passive: "that the RCA| action plan
# would be shared", "that the MIS| year 6 evidence would be brought" name nobody. Being asked to act names the one who acts; being asked for something ("would be
# asked for a recommendation", "whether ...") names only whom the action consults. The compound may run on with what
# it is about or a second thing joined to it ("that the Healthwatch| findings on GP access would be taken", "that the
# CQC| feedback and the Trust's response would be brought"), with no verb before the passive.
_COMPOUND_PASSIVE = re.compile(
    r"\s+(?:(?!(?:it|them|this|that|to|and|or)\b)(?:[a-z]|\d+\b)[\w-]*\s+){1,3}"
    r"(?:(?:on|of|about|from|and|&)\s+(?:(?!(?:would|will|should|shall|could|must|may|might|is|are|to|be)\b)"
    r"[\w'’-]+\s+){1,5}?)?"
    r"(?:would|will|should|shall|could|must|may|might|is\s+to|are\s+to|to)\s+be\b(?!\s+(?:asked|requested|invited|"
    rf"instructed|directed|tasked)\b(?!\s+(?:for|whether|if|about)\b|{_TO_COME}))"
)
# A past participle after "be": regular ("circulated"), or irregular in -en/-wn/-nt/-de/-ne/-ght/-pt/-ld ("taken",
# "shown", "sent", "made", "done", "brought", "kept", "held", "told").
_PARTICIPLE = r"[a-z]+(?:ed|en|wn|nt|de|ne|ght|pt|ld)\b"
# A second thing joined to a clause's subject before a passive verb: "that the list of ward officers| and their contact
# details be circulated" is a passive (the officers are what is circulated, not who circulates it).
_COORDINATED_PASSIVE = re.compile(
    rf"\s+(?:and|&)\s+(?:the|their|its|his|her|a|an|any)\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:be|been)\s+{_PARTICIPLE}"
)


def passive_after(text: str, end: int) -> bool:
    """Whether the subject of a that-clause ending at ``end`` is followed by a passive verb, directly ('that the plan|
    be circulated'), after words that qualify it ('that the RCA| action plan would be shared') or after a second thing
    joined to it ('that the list| and their details be circulated'): the clause then names no one to act."""
    return any(p.match(text, end) for p in (_PASSIVE_AFTER, _COMPOUND_PASSIVE, _COORDINATED_PASSIVE))


# A clause subject whose verb passes the task on to a nested clause: "that the Panel| recommends that ...".
# A resolution's subject asking another to act, in the subjunctive of "That the Faculty Board request the Dean to
# report": when the subject is a body, the one asked owns the task.
_ASKS_ANOTHER = re.compile(r"\s+(?:request|ask|invite|instruct|direct)\s+(?=(?:the\s+)?[A-Z])")
# A verb in the present tense after a body in a clause of resolutions ("that the Committee| supports ...", "|recommends
# to Cabinet ..."): the body states its view; a task takes the bare verb ("that the Head of Finance| provide").
_STANCE_VERB = re.compile(r"\s+(?!(?:is|has|was|does)\b)[a-z]{3,}[^s\W]s\b")
_NESTED_THAT = re.compile(r"\s+(?:recommends|requests|asks|urges|proposes)\s+that\b")
# A that-clause whose content is passive, up to its first verb: "that the Trust's plan be added to ...", "that the
# themes be brought to ..."; a phrase between commas may qualify its subject ("that the results, including any
# savings, be reported to ...").
_PASSIVE_CLAUSE = re.compile(rf"(?:[^,;.:]|,[^,;.:]{{1,80}},){{0,80}}?\b(?:be|been)\s+{_PARTICIPLE}")
# A "to" inside a capitalised name, before its next capitalised word: "the Freedom| to Speak Up themes", "the Right| to
# Buy scheme". The phrase before it is part of that name, not a subject before its infinitive.
_TO_IN_NAME = re.compile(r"\s+to\s+(?-i:[A-Z])[a-z]")
# Verbs of a resolution clause that assign no task: "That Council receive the report", "that the Board note ...".
_NO_TASK_VERB = re.compile(r"\s+(?:receive|note|welcome|thank)\b")
# Authority passed to someone, who then acts: "delegated authority to| the Director", "Delegation to| the CEO to agree".
# A delegation after "of" is a noun inside a thing's name ("the scheme of delegation to the Board"), which delegates
# nothing in this sentence.
_DELEGATED = re.compile(r"(?<!\bof\s)\bdelegat\w*\s+(?:authority\s+)?to\s+", re.I)
# Separators between owners. An ampersand written tight between capitals with a single letter on one side is part of
# an abbreviation, not a joiner: "IP&C", "A&E", "R&D" ("JS&KL" still joins two sets of initials).
_SEPARATOR = re.compile(
    r"\s*,\s*(?:and\s+)?|\s+and\s+|(?:\s+&\s*|\s*&\s+|(?<=\w\w)&(?=\w\w))(?![^()]*\))|\s+\+\s+"
    r"|(?<=\w\w)\s*/\s*(?=\w\w)|\s+/\s+"  # a spaced slash joins whatever it stands between: "DCC / D/Supt Cole"
    r"|(?<=[\w.-])\s+(?=@[\w.-])"  # a space before a handle, which joins owners only after another handle
)
# Handles written side by side, as open-source minutes list owners: "@ana @bo| set up the runner".
_ENDS_WITH_HANDLE = re.compile(r"(?:^|\s)@[\w.-]+$")
_ABBREV = re.compile(r"[A-Z][A-Za-z]*[A-Z](?:[/-][A-Z][A-Za-z]*)*|[A-Z](?:/[A-Z]+)+")


# A preposition in a part of a role opens an object that "and" may go on with: "Cabinet Member for| Education and
# Skills".
_ROLE_OBJECT = re.compile(r"\s(?:of|for|to)\s")


def role_parts(role: str) -> set[str]:
    """The parts of a role set apart by commas ('Director of Finance and Resources, Wealdmoor Police') and, within
    each, by 'and' ('Clerk and Treasurer'); the words after 'and' that end the object of an office ('Cabinet Member
    for Education and Skills') are no role of their own unless they hold a role word ('Director of Finance and
    Treasurer'), so that another office's object ('Head of Skills') does not read as this person."""
    parts = set()
    for listed in role.split(","):
        pieces = re.split(r"\band\b", listed)
        parts |= {listed.strip(), pieces[0].strip()}
        for before, piece in itertools.pairwise(pieces):
            if _ROLE_OBJECT.search(before) is None or ROLE_WORDS.search(piece):
                parts.add(piece.strip())
    return {part for part in parts if part}


# The post words minutes shorten, with their short forms: "Parking and Transport Mgr" is the listed "Parking and
# Transport Manager".
POST_WORD_SHORT_FORMS = {
    "Manager": "Mgr", "Director": "Dir", "Assistant": "Asst", "Department": "Dept", "Superintendent": "Supt",
    "Executive": "Exec",
}  # fmt: skip
_POST_WORD = re.compile(rf"\b(?:{'|'.join(POST_WORD_SHORT_FORMS)})\b")


def shortened_post(role: str) -> str:
    """A role with its post words in their short forms ('Parking and Transport Manager' -> 'Parking and Transport
    Mgr'); the role unchanged when it has none."""
    return _POST_WORD.sub(lambda m: POST_WORD_SHORT_FORMS[m.group()], role)


def _role_forms(role: str) -> set[str]:
    """A role and its parts: 'Chair, Foundation Governor' -> Chair, Foundation Governor; 'Clerk to the
    Authority' -> Clerk. Lower-case roles ('treasurer') also get a capitalised form, and each part its post words
    shortened ('Transport Mgr')."""
    parts = {role.strip()} | role_parts(role)
    parts |= {re.split(r"\s+(?:of|to|for)\s+", p)[0] for p in list(parts)}
    parts |= {shortened_post(p) for p in list(parts)}
    out = set()
    for p in parts:
        if len(p) > 2 and not re.fullmatch(r"(?:the|a|an)", p, re.I):
            out |= {p, p[0].upper() + p[1:]}
    if out & CHAIR_FORMS:  # "the Chairman" and "the Chair" are the same person
        out |= CHAIR_FORMS
    return out


# The one-word names of the chair's office as a sentence capitalises them ("the Chairman"), from the header's list.
CHAIR_FORMS = frozenset(word.title() for word in CHAIR_WORDS if " " not in word)
_HOLDS_CHAIR = re.compile(r"(?<!vice[- ])(?<!deputy )\bchair", re.I)


def with_chair(people: list[Person], chair: str | None) -> list[Person]:
    """The people list with the meeting's chair also holding the role "Chair", so that "The Chair to
    write ..." resolves to them when the list marks the chair only in the header ("Cllr A Lee (Chair)"
    kept as a Councillor, "Chair: Ann Lee"). Unchanged when someone already holds a chair role (a
    "Vice-Chair" does not count) or the chair is not in the list."""
    if not chair or any(p.role and _HOLDS_CHAIR.search(p.role) for p in people):
        return people
    person = find_person(chair, people)
    if person is None:
        return people
    role = f"{person.role}, Chair" if person.role else "Chair"
    return [p.model_copy(update={"role": role}) if p is person else p for p in people]


# The offices by which minutes name whoever takes them ("The Secretary to notify ...", "the Clerk will write").
MINUTE_TAKER_OFFICES = ("Secretary", "Clerk", "minute taker")


def with_minute_taker(people: list[Person], minute_taker: str | None) -> list[Person]:
    """The people list with the meeting's minute taker also holding each office by which minutes name their
    taker ('Secretary', 'Clerk', 'minute taker') that no listed person's role already holds, so that "The
    Secretary to notify ..." resolves to them when the list marks them only as minute taker ("Ms Laura Kemp
    (Faculty Governance Officer, Secretary)" kept as a Faculty Governance Officer). Unchanged when the minute
    taker is not in the list."""
    person = find_person(minute_taker, people) if minute_taker else None
    if person is None:
        return people
    held = " ".join(p.role or "" for p in people).lower()
    offices = [office for office in MINUTE_TAKER_OFFICES if office.lower() not in held]
    if not offices:
        return people
    role = ", ".join([person.role, *offices] if person.role else offices)
    return [p.model_copy(update={"role": role}) if p is person else p for p in people]


# An office's short form with the word that says which of its holders is meant: "ACC Ops", "AD Estates"; minutes also
# write the word in brackets ("ACC (Ops)"), which is the same abbreviation.
_QUALIFIED_ABBREV = re.compile(r"(?P<post>[A-Z][A-Za-z]{0,3}[A-Z])\s(?P<qualifier>[A-Z][a-z]{1,9})")


def _person_forms(person: Person) -> set[tuple[str, str]]:
    """(surface form, kind) pairs by which the minutes may refer to one person."""
    forms = {(person.name, "name")}
    parts = person.name.split()
    if len(parts) >= 2:
        forms |= {(parts[-1], "surname"), (parts[0], "first")}
        initials = "".join(w[0] for w in parts if w[0].isupper())
        if len(initials) >= 2:
            forms.add((initials, "initials"))
    if person.abbrev:
        forms |= {(person.abbrev, "abbrev"), (person.abbrev.lstrip("@"), "abbrev")}
        qualified = _QUALIFIED_ABBREV.fullmatch(person.abbrev)
        if qualified:
            forms.add((f"{qualified['post']} ({qualified['qualifier']})", "abbrev"))
    if person.role:
        forms |= {(f, "role") for f in _role_forms(person.role)}
        forms |= {
            (f, "abbrev" if person.abbrev else "role") for f in _post_area_forms(person.role, person.abbrev)
        }
        if person.abbrev:
            organisations = [*_role_organisations(person.role), *ORGANISATION_HEADS]
            forms |= {(f"{org} {person.abbrev}", "abbrev") for org in organisations}
    return forms


# The area a role covers after a comma, in capitalised words ("Assistant Chief Constable, |Local Policing|"); a short
# form in capitals there is an organisation ("Chief Executive, OPCC"), not an area.
_ROLE_AREA = re.compile(r"(?!(?:[A-Z]{2,6})$)[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,3}")


def _post_area_forms(role: str, abbrev: str | None) -> set[str]:
    """The post's short form with the area the role covers in brackets, as minutes tell like posts apart: 'ACC (Local
    Policing)' for the listed ACC, 'Assistant Chief Constable, Local Policing', and 'DGS (Clinical Sciences)' for a
    'Director of Graduate Studies, Clinical Sciences' listed with no short form (the initials of the post's
    capitalised words, two at least)."""
    post, _, rest = role.partition(",")
    area = rest.strip()
    short = abbrev or _capital_initials(post)
    if _ROLE_AREA.fullmatch(area) is None or len(short) < 2:
        return set()
    return {f"{short} ({area})"}


# A short form written all in capitals: an organisation's as a part of a role after a comma ("Chief Executive,
# |OPCC|"), a post's in brackets after a side ("Provider (|DMD|)"; an affiliation in mixed case, "UvL", is none).
_CAPITALS_SHORT_FORM = re.compile(r"[A-Z]{2,6}")


def _role_organisations(role: str) -> list[str]:
    """The short forms of the organisations a role names after a comma ('Chief Executive, OPCC'): minutes put one
    before the post's short form to say whose post is meant when two bodies each have one ('the OPCC CEx')."""
    return [part for part in (p.strip() for p in role.split(",")[1:]) if _CAPITALS_SHORT_FORM.fullmatch(part)]


# Forms the people list states outright outrank forms derived from it: the listed abbreviation "RP" of
# Raj Pillai wins over the initials of Rita Patel.
_STATED_KINDS = frozenset({"name", "abbrev"})


def person_patterns(people: list[Person]) -> dict[str, list[str]]:
    """Surface forms keyed 'index:kind', keeping only forms that point at exactly one person, so a
    shared first name or a role several people hold ('Councillor') never resolves to the wrong one.
    When several people share a form but exactly one states it (as name or abbreviation), that one wins."""
    owners: dict[str, set[int]] = {}
    kinds: dict[tuple[str, int], str] = {}
    for i, person in enumerate(people):
        for form, kind in sorted(_person_forms(person), key=lambda fk: fk[1] not in _STATED_KINDS):
            owners.setdefault(form, set()).add(i)
            kinds.setdefault((form, i), kind)
    out: dict[str, list[str]] = {}
    for form, who in owners.items():
        stated = {i for i in who if kinds[(form, i)] in _STATED_KINDS}
        chosen = who if len(who) == 1 else stated
        if len(chosen) == 1:
            i = next(iter(chosen))
            out.setdefault(f"{i}:{kinds[(form, i)]}", []).append(form)
    return {key: sorted(forms) for key, forms in out.items()}


def build_matcher(people: list[Person]) -> PhraseMatcher:
    """A case-sensitive spaCy PhraseMatcher over the surface forms of the document's own people list."""
    nlp = _nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, forms in person_patterns(people).items():
        matcher.add(key, [nlp.make_doc(f) for f in forms])
    return matcher


Mention = tuple[int, int, int, str]  # char start, char end, person index, form kind


def _mentions(text: str, start: int, end: int, matcher: PhraseMatcher) -> list[Mention]:
    """People mentioned in text[start:end], longest first, no overlap."""
    # a line break inside a role ("the Head of Quality\nAssurance and ...") is a space to the matcher; the
    # replacement keeps every offset
    doc = _nlp().make_doc(text.replace("\n", " ") if "\n" in text else text)
    found = []
    for match_id, s, e in matcher(doc):
        span = doc[s:e]
        if span.start_char >= start and span.end_char <= end:
            idx, kind = _nlp().vocab.strings[match_id].split(":")
            found.append((span.start_char, span.end_char, int(idx), kind))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[Mention] = []
    for m in found:
        if not (out and m[0] < out[-1][1]):
            out.append(m)
    return out


def _not_owner(word: str) -> bool:
    """A word that never names an owner ('Agreed', 'It'); an upper-case abbreviation ('IT') still may."""
    return word.lower() in NOT_OWNERS and not (len(word) > 1 and word.isupper())


def _np_token(token: str) -> bool:
    """Whether a token can be part of a noun phrase naming owners (a bracketed capitalised qualifier such as
    '(Education)' is one token)."""
    return (
        token[0].isupper()
        or token[0] == "@"
        or (token[0] == "(" and len(token) > 2)
        or token.lower() in NP_LINKS
        or token.lower() in GROUP_WORDS
    )


def _trim(text: str, tokens: list[re.Match]) -> tuple[int, int] | None:
    """Span of ``tokens`` without joining words at either edge (a leading 'the' is kept)."""
    while tokens and (tokens[0].group().lower() in NP_LINKS - {"the"} or _not_owner(tokens[0].group())):
        tokens = tokens[1:]
    while tokens and tokens[-1].group().lower() in NP_LINKS:
        tokens = tokens[:-1]
    if not tokens or all(t.group().lower() == "the" for t in tokens):
        return None
    return tokens[0].start(), tokens[-1].end()


# A number inside a role's name, after the body it belongs to: "the WG 4| convenor".
_SHORT_NUMBER = re.compile(r"\d{1,3}")
# Most lower-case words that may sit between a capitalised name and its role head ("the Healthwatch| representative",
# "the Board| maternity safety champion", "the Eastbrook| team manager").
ROLE_TAIL_WORDS = 3


# The parties of a negotiating body: "the management side", "Staff side".
PARTY_WORDS = frozenset({"side", "sides"})
# Functions of an organisation written in lower case after their qualifier, which act as one owner: "Internal audit
# will follow up", "Corporate estates to confirm".
FUNCTION_HEADS = frozenset({"audit", "estates", "facilities", "procurement", "payroll"})


def plural_role(word: str) -> bool:
    """Whether a word is the plural of a role word: 'chairs', 'secretaries', 'deputies'."""
    if word.endswith("ies"):
        return ROLE_WORDS.fullmatch(word[:-3] + "y") is not None
    return word.endswith("s") and ROLE_WORDS.fullmatch(word[:-1]) is not None


def _role_head(word: str) -> bool:
    """A lower-case word that ends a role or group as written after a capitalised word: a role word, its plural
    ('Department| chairs', 'Deanery synod| secretaries'), a group or organisation word, or a side ('Management|
    side')."""
    return word.islower() and (
        ROLE_WORDS.fullmatch(word) is not None
        or plural_role(word)
        or word in GROUP_WORDS
        or word in ORGANISATION_HEADS
        or word in UNIT_HEADS
        or word in PARTY_WORDS
        or word in FUNCTION_HEADS
    )


def _role_tail(tokens: list[re.Match]) -> int:
    """How many lower-case tokens at the end of ``tokens`` form the tail of a role named after a capitalised
    word ('the Eastbrook| team manager'): the last must be a role or group head and none a verb or preposition;
    0 when there is no such tail."""
    if not tokens or not _role_head(tokens[-1].group()):
        return 0
    for n in range(1, ROLE_TAIL_WORDS + 1):
        if n >= len(tokens):
            return 0
        before = tokens[-n - 1].group()
        if before[0].isupper() and before.lower() not in NOT_OWNERS:
            return n
        if not (_modifier(before) or _SHORT_NUMBER.fullmatch(before)):
            return 0
    return 0


def _modifier(word: str) -> bool:
    """A lower-case word that may qualify a role ('team', 'safety'): not a joining word, verb form or
    question word."""
    return (
        re.fullmatch(r"[a-z][a-z-]*", word) is not None
        and word not in _NP_STOPS
        and word not in NP_LINKS
        and word not in NOT_OWNERS
        and not word.endswith(("ed", "ing"))
    )


# Singular agent nouns that name a person doing a job: "the internal auditor", "the applicant's consultant" (not
# "agent" alone: a "user agent" is software).
_AGENT_NOUN = re.compile(r"[a-z]{2,}(?:itor|ector|actor|ultant|icant|ountant|ician|arian)")
# Someone acting for a party named in the possessive: "the applicant's agent".
_AGENT_OF = re.compile(r"[\w-]+['’]s\s+(?:agent|representative)", re.I)


def _lower_role_head(word: str) -> bool:
    """A lower-case word that can end a role or group: 'manager', 'representative', 'leads', 'secretaries',
    'force'."""
    return word.islower() and (
        ROLE_WORDS.fullmatch(word) is not None
        or plural_role(word)
        or word in GROUP_WORDS
        or word in ORGANISATION_HEADS
        or word in PARTY_WORDS
        or _PEOPLE_HEAD.search(word) is not None
        or _AGENT_NOUN.fullmatch(word) is not None
    )


# What may come before an organisation word that opens an owner's phrase: nothing, "the", "and", a comma or "&" (after
# "to" or a modal the word is a verb: "need to force| PING to").
_BEFORE_ORGANISATION = re.compile(r"(?:^|(?:\b(?:the|and)|[,&]))\s*$", re.I)


def organisation_of_post(before: str, word: str, taken: list[re.Match]) -> bool:
    """Whether a lower-case word is the organisation whose post the short form after it names ('force| DoF', 'trust|
    DoN'), as minutes write it when two bodies each have the post: it opens the owner's phrase or follows 'the' or
    'and' (``before`` is the text before it), and it belongs to that phrase."""
    return (
        word in ORGANISATION_HEADS
        and bool(taken)
        and _ABBREV.fullmatch(taken[0].group()) is not None
        and _BEFORE_ORGANISATION.search(before) is not None
    )


def phrase_before(text: str, end: int, start: int = 0) -> tuple[int, int] | None:
    """The noun phrase that ends just before ``end`` ('... and the Democratic Services Officer| will').
    'All directors' keeps its quantifier; a lower-case group after a preposition ('a call for volunteers|
    would') is an object, not a subject. A role whose head is written in lower case after a capitalised
    name ('TH and the Healthwatch representative| to') is taken whole."""
    tokens = list(_TOKEN.finditer(text, start, end))
    tail = _role_tail(tokens)
    if tail:
        tokens, tail_tokens = tokens[:-tail], tokens[-tail:]
    taken: list[re.Match] = []
    for tok in reversed(tokens):
        if tok.group() in ("–", "—") and taken and _AREA_THEN_VERB.match(text, tok.start()):
            taken.insert(0, tok)  # "The Corporate Director – Resources| agreed": an office and its area
            continue
        if not (
            _np_token(tok.group()) or organisation_of_post(text[start : tok.start()], tok.group(), taken)
        ):
            break
        taken.insert(0, tok)
    taken = _office_before_area(text, taken)
    if tail:
        taken += tail_tokens
    span = _trim(text, taken)
    if span is None or not text[span[0]].islower():
        return span
    before = text[start : span[0]].split()
    if before and before[-1].lower() in QUANTIFIERS:
        return span[0] - len(before[-1]) - 1, span[1]
    if before and before[-1].lower() in PREPOSITIONS:
        return clause_after_object(text, span)
    return span


# A comma and "and" that open a new clause inside the words before a verb: "a matter for the Committee|, and |Professor
# Lee undertook".
_CLAUSE_AND = re.compile(r",\s+and\s+(?=[A-Z@])")


def clause_after_object(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of a new clause that ends a noun phrase read as an object ('a matter for the Committee, and
    Professor Lee| undertook to raise it'): the capitalised words after the last ', and'; None when there is no such
    clause, so that the object ('a call for volunteers| would') is never taken as the subject."""
    joins = list(_CLAUSE_AND.finditer(text, span[0], span[1]))
    return (joins[-1].end(), span[1]) if joins else None


def phrase_after(text: str, start: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start`` and is followed by a lower-case word (its verb)."""
    taken: list[re.Match] = []
    for tok in _TOKEN.finditer(text, start):
        word = tok.group()
        if taken and word.lower() in _ADVERBS:
            continue
        if word.lower() == "to" and taken and _office_of_body(text, taken[-1], tok.end()):
            taken.append(tok)
            continue
        if word in "–—" and _area_of_office(text, taken, tok.start()):
            taken.append(tok)  # "the Head of Finance – People Directorate| report"
            continue
        if not _np_token(word) or (word.lower() == "to" and taken):
            if not re.fullmatch(r"[a-z][\w'-]*", word) or word in _NOT_VERBS - {"be"}:
                return None
            joined = (
                len(taken) >= 3
                and taken[-1].group().lower() == "the"
                and taken[-2].group() in ("and", "&", ",")
            )
            role_end = _lower_role_end(text, tok.start()) if joined else None
            first = _trim(text, taken[:-2]) if role_end is not None else None
            if first is not None:  # "Marco Bianchi and the| strata manager| write"
                return first[0], role_end
            break
        if not taken and word.lower() in NP_LINKS - {"the"}:
            return None
        taken.append(tok)
    else:
        return None
    if taken and re.search(r"\w['’]s$", taken[-1].group()):
        return None  # "the Trust's| maternity plan": a possessive qualifies the subject, it is not it
    return _trim(text, taken)


# The area an office covers, written after a dash in up to three capitalised words: "Housing", "People Directorate",
# "Planning and Regeneration" (:data:`_AREA` is the area written after a comma: "Zone C").
_AREA_WORDS = r"[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,2}"
# The dash and the area inside a sentence, then the verb: "the Head of Finance |– People Directorate report".
_AREA_THEN_VERB = re.compile(rf"[–—]\s+{_AREA_WORDS}\s+[a-z]")


def _area_of_office(text: str, taken: list[re.Match], dash: int) -> bool:
    """Whether the dash at ``dash`` goes on with the office ``taken`` so far: the office holds a role word and the
    dash is followed by the capitalised area it covers, then the verb ('the Head of Finance – People Directorate|
    report'), as an owner cell writes it ('Finance Business Partner – Housing')."""
    if not taken or ROLE_WORDS.search(text[taken[0].start() : taken[-1].end()]) is None:
        return False
    return _AREA_THEN_VERB.match(text, dash) is not None


def _office_before_area(text: str, taken: list[re.Match]) -> list[re.Match]:
    """The tokens of a subject read back to a dash ('Director – Resources'): all of them when the words before the
    dash hold a role word (the office whose area follows it), else only those after the dash."""
    dash = next((i for i, tok in enumerate(taken) if tok.group() in ("–", "—")), None)
    if dash is None:
        return taken
    if dash > 0 and ROLE_WORDS.search(text[taken[0].start() : taken[dash - 1].end()]):
        return taken
    return taken[dash + 1 :]


# A body named after "to" in an office's title: "the Secretary to| the Committee", "Clerk to| the Governors".
_TO_BODY = re.compile(r"\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+[a-z]")


def _office_of_body(text: str, last: re.Match, after_to: int) -> bool:
    """Whether 'to' after ``last`` continues an office's title rather than opening its verb: the word before it
    is a role word and 'the' with a capitalised body follows, then the verb ('the Secretary to the Committee
    prepares')."""
    return ROLE_WORDS.fullmatch(last.group()) is not None and _TO_BODY.match(text, after_to) is not None


def _lower_role_end(text: str, at: int) -> int | None:
    """End of a role written in lower case that starts at ``at`` and is followed by its verb ('strata manager| write'):
    one to three words, the last a role or group head, the others words that may qualify it; None otherwise."""
    words = list(re.finditer(r"[a-z][\w'-]*|\S+", text[at : at + 80]))
    for n in range(1, min(ROLE_TAIL_WORDS, len(words) - 1) + 1):
        role, verb = [w.group() for w in words[:n]], words[n].group()
        if not all(_modifier(w) for w in role[:-1]) or not re.fullmatch(r"[a-z][\w'-]*", role[-1]):
            return None
        if (
            _lower_role_head(role[-1])
            and re.fullmatch(r"[a-z]+", verb)
            and verb not in _NP_STOPS | _NOT_VERBS
        ):
            return at + words[n - 1].end()
    return None


def _segments(text: str, s: int, e: int, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Split a noun phrase into one span per owner at commas, 'and', '&' and 'MK/RP' slashes, never
    inside a known mention nor inside an unknown role such as 'Director of Housing and Communities'."""
    cuts = [s]
    for sep in _SEPARATOR.finditer(text, s, e):
        if any(m[0] < sep.end() and sep.start() < m[1] for m in mentions):
            continue
        left = text[cuts[-1] : sep.start()]
        if not sep.group().strip() and not _ENDS_WITH_HANDLE.search(left):
            continue  # "Maria @maria": a name and its handle are one owner
        near_mention = any(m[1] == sep.start() or m[0] == sep.end() for m in mentions)
        new_phrase = re.match(rf"(?:the|{_TITLE})\b", text[sep.end() : e], re.I) is not None
        if sep.group().strip() == "," and _AREA.fullmatch(text, sep.end(), e):
            continue  # "the Ward Officer, Zone C": the area an office covers is part of that office
        if "and" in sep.group() and re.search(r"\s(?:of|for)\s", left) and not (near_mention or new_phrase):
            continue
        if "and" in sep.group() and not (near_mention or new_phrase) and _one_body(left, text[sep.end() : e]):
            continue
        if (
            "and" in sep.group()
            and not (near_mention or new_phrase)
            and _one_office(left, text[sep.end() : e])
        ):
            continue
        cuts += [sep.start(), sep.end()]
    cuts.append(e)
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i] < cuts[i + 1]]


# The area an office covers, written after it and a comma: "Zone C", "Ward 12", "North Division".
_AREA = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:Zone|Ward|Region|Division|District|Circle|Sector|Block|Area)(?:\s+(?:[A-Z]|\d{1,3}))?"
)


# The head may be a sub-body's, hyphenated or not: "the Finance and| Risk Sub-Committee", "Audit Subcommittee".
_BODY_END = re.compile(
    r"(?:[A-Z][\w&-]*\s+){0,3}(?:Sub-?(?i:c)ommittee|(?:Sub-)?(?:Committee|Board|Panel|Group|Council|Forum|Network|Team))"
)
_BODY_START = re.compile(r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", re.I)


def _one_body(left: str, right: str) -> bool:
    """Whether 'X and Y' names one body: capitalised words with no role of their own before 'and', and a body
    after it ('the Pharmacy| and |Therapeutics Committee')."""
    left = left.strip()
    return (
        _BODY_START.fullmatch(left) is not None
        and left.split()[-1][0].isupper()
        and not ROLE_WORDS.search(left)
        and _BODY_END.fullmatch(right.strip()) is not None
    )


# Two service areas before one office head: "The Housing Options and| Homelessness Manager".
_SERVICE_AREAS = re.compile(r"[Tt]he(?:\s+[A-Z][a-z][\w-]*){1,3}")
_OFFICE_AFTER_AND = re.compile(
    r"(?:[A-Z][a-z][\w-]*\s+){1,2}(?:Manager|Officer|Director|Lead|Coordinator|Co-ordinator|Adviser|Advisor)"
)


def _one_office(left: str, right: str) -> bool:
    """Whether 'and' joins two service areas of one office ('The Housing Options and Homelessness Manager'):
    the left side is 'The' and capitalised words with no role among them, the right side areas and an office
    head, so only the right side names a holder."""
    return (
        _SERVICE_AREAS.fullmatch(left.strip()) is not None
        and ROLE_WORDS.search(left) is None
        and _OFFICE_AFTER_AND.fullmatch(right.strip()) is not None
    )


def _clean(mention: str) -> str:
    return re.sub(r"\s+", " ", mention).strip()


# A lone calendar word is a date, not an owner ("she had observed the panel in October and would circulate ...");
# a person called April or June is still found through the people list.
CALENDAR_WORDS = frozenset(MONTH_NAMES) | frozenset(name.lower() for name in WEEKDAY_NAMES)


def _plausible(core: str) -> bool:
    """An unresolved phrase that can still be an owner: a role, an abbreviation, a handle, a name or a group."""
    words = core.split()
    if len(words) == 1 and core.lower() in CALENDAR_WORDS:
        return False
    if len(words) > 1 and words[0].lower() in QUANTIFIERS:  # "All directors"
        words = words[1:]
        core = " ".join(words)
    if not words or _not_owner(words[0]) or len(words) > 8 or core.lower() in PLACEHOLDER_CELLS:
        return False  # "(Owner: TBC)": an owner still to be found names nobody
    if (
        core.startswith("@")
        or core.lower() in GROUP_WORDS
        or ROLE_WORDS.search(core)
        or _ABBREV.fullmatch(core)
        or _lower_role_head(words[-1])
        or (len(words) == 2 and words[0][0].isupper() and words[1] in FUNCTION_HEADS)
        # "Environment section", "Parks department": a short field name, not a heading ("Extend Other API ... section")
        or (2 <= len(words) <= 3 and words[-2][0].isupper() and words[-1] in UNIT_HEADS)
    ):
        return True
    return all(w[0].isupper() or w.lower() in NP_LINKS for w in words)


def role_heads(people: list[Person]) -> frozenset[str]:
    """The roles of the people list as a lower-case head word and its plural ('applicant', 'applicants',
    'churchwardens'), so that a role written in lower case ('The applicant is to ...') reads as an owner."""
    heads = set()
    for person in people:
        if person.role and re.fullmatch(r"[A-Za-z][\w-]*", person.role.strip()):
            word = person.role.strip().lower()
            heads |= {word, word + "s"}
    return frozenset(heads)


# A plural role held by more people than this is the body as a whole ("Directors were asked to", seven directors
# listed): one owner as written, not a list of every member.
MAX_NAMED_HOLDERS = 3


def role_holders(phrase: str, people: list[Person]) -> list[Person]:
    """The listed people a role phrase stands for: the one holder of a role ('the applicant'), or every
    holder of a role written in the plural when two or three hold it ('The churchwardens' -> both
    Churchwardens); [] otherwise (a larger body: 'Directors', seven listed), and for a quantified group ('All directors'), which stays one owner as
    written."""
    if re.match(r"\s*(?:all|both)\b", phrase, re.I):
        return []  # "All directors" is the group as written, one owner
    key = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I).lower()
    if not key:
        return []
    exact = [p for p in people if p.role and p.role.strip().lower() == key]
    if len(exact) == 1:
        return exact
    plural = [p for p in people if p.role and key.endswith("s") and p.role.strip().lower() == key[:-1]]
    return plural if 2 <= len(plural) <= MAX_NAMED_HOLDERS else []


def group_owners(text: str, span: tuple[int, int], people: list[Person]) -> list[Owner]:
    """Owners of a group or role phrase found in lower case: its holders on the people list, else the phrase
    as a mention."""
    mention = _clean(text[span[0] : span[1]])
    holders = role_holders(mention, people)
    return [Owner(mention=mention, name=p.name, abbrev=p.abbrev) for p in holders] or [Owner(mention=mention)]


# A personal name with a courtesy title: "Mr. Ravi Menon", "Dr Lee".
_TITLED_NAME = re.compile(rf"(?:{_TITLE})\.?\s+[A-Z]")


def appositive(text: str, segments: list[tuple[int, int]]) -> bool:
    """Whether two segments are one person and their designation: 'Mr. Ravi Menon, Company Secretary' (a
    titled name, a comma, then a capitalised role with no article), as resolutions name whom they authorise."""
    if len(segments) != 2:
        return False
    (s1, e1), (s2, e2) = segments
    second = text[s2:e2].split()
    return (
        text[e1:s2].strip() == ","
        and _TITLED_NAME.match(text, s1) is not None
        and ROLE_WORDS.search(text, s2, e2) is not None
        and second[0].lower() != "the"
        and all(w[0].isupper() or w.lower() in NP_LINKS for w in second)
    )


_DEPARTMENT = re.compile(r"[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*){0,3}")


def department_appositive(text: str, segments: list[tuple[int, int]], end: int) -> bool:
    """Whether two segments are one office and the department it serves, set off by commas as Irish and UK
    council minutes write a director: 'The DoS, Housing, agreed to' (an office with its article, a comma,
    capitalised department words with no role word, and a comma closing the pair before the verb)."""
    if len(segments) != 2 or not text[end:].lstrip().startswith(","):
        return False
    (s1, e1), (s2, e2) = segments
    first = re.sub(r"^the\s+", "", text[s1:e1], flags=re.I)
    second = text[s2:e2]
    return (
        text[e1:s2].strip() == ","
        and re.match(r"the\s", text[s1:e1], re.I) is not None
        and (_ABBREV.fullmatch(first) is not None or ROLE_WORDS.search(first) is not None)
        and _DEPARTMENT.fullmatch(second) is not None
        and ROLE_WORDS.search(second) is None
        and _TITLED_NAME.match(second) is None
    )


# An office, a comma and the department it heads, as county minutes name an officer: "the Chief Officer, Public
# Health and Sanitation", "The Director, Health Services". Department words are capitalised words (no initials).
_OFFICE_OF_DEPARTMENT = re.compile(
    r"(?P<office>[Tt]he\s+[^,]{2,60}?),\s+(?P<dept>[A-Z][a-z][\w-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][a-z][\w-]*){0,4})"
)


# Offices that head a department (a clerk or chair does not): the office word must end the office's title.
_DEPARTMENT_HEAD = re.compile(r"\b(?:Officer|Director|Head|Manager|Executive|Secretary|Commissioner)$")


def office_of_department(text: str, s: int, e: int, mentions: list[Mention]) -> bool:
    """Whether the phrase ``text[s:e]`` is one office and its department with no comma closing the pair ('The
    Chief Officer, Medical Services to follow up'): the office has a role word, the department none, names no
    listed person and is no titled name ('the Chair, Dr Lee' is two owners)."""
    m = _OFFICE_OF_DEPARTMENT.fullmatch(text, s, e)
    if m is None or _DEPARTMENT_HEAD.search(m.group("office")) is None:
        return False
    dept_start = m.start("dept")
    return (
        ROLE_WORDS.search(m.group("dept")) is None
        and _TITLED_NAME.match(m.group("dept")) is None
        and not any(m_end > dept_start for _, m_end, _, _ in mentions)
    )


def department_holder(office: str, department: str, people: list[Person]) -> Person | None:
    """The one listed person whose role names both the office (or whose abbreviation is it) and the
    department: 'DoS' + 'Housing' -> the Director of Services (DoS), Housing; None unless exactly one."""
    office, department = office.lower(), department.lower()
    found = [
        p
        for p in people
        if p.role
        and department in p.role.lower()
        and ((p.abbrev or "").lower() == office or office in p.role.lower())
    ]
    return found[0] if len(found) == 1 else None


def owners_in_phrase(text: str, s: int, e: int, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """One owner per segment of a noun phrase, resolved to the people list when a mention covers it; a name and
    its designation ('Mr. X, Company Secretary') are one owner, written whole."""
    mentions = _mentions(text, s, e, matcher)
    segments = _segments(text, s, e, mentions)
    if appositive(text, segments):
        named = owners_in_phrase(text, *segments[0], people, matcher)
        if len(named) == 1:
            return [named[0].model_copy(update={"mention": _clean(text[s:e])})]
    if department_appositive(text, segments, e) or office_of_department(text, s, e, mentions):
        office = re.sub(r"^the\s+", "", text[segments[0][0] : segments[0][1]], flags=re.I)
        holder = department_holder(office, text[segments[1][0] : segments[1][1]], people)
        mention = _clean(text[s:e])
        return [
            Owner(mention=mention, name=holder.name, abbrev=holder.abbrev)
            if holder
            else Owner(mention=mention)
        ]
    owners: list[Owner] = []
    for seg_start, seg_end in segments:
        segment = text[seg_start:seg_end]
        lead = re.match(r"(?:the\s+)?", segment, re.I).end()
        core_start = seg_start + lead
        resolved = None
        for m_start, m_end, idx, kind in mentions:
            if m_end != seg_end or m_start < core_start:
                continue
            prefix = text[core_start:m_start].split()
            if m_start == core_start or (kind in NAME_KINDS and all(w[0].isupper() for w in prefix)):
                resolved = people[idx]
        holders = role_holders(segment, people) if resolved is None else []
        if resolved is not None:
            owners.append(Owner(mention=_clean(segment), name=resolved.name, abbrev=resolved.abbrev))
        elif holders:
            owners += [Owner(mention=_clean(segment), name=p.name, abbrev=p.abbrev) for p in holders]
        elif (
            _plausible(_clean(text[core_start:seg_end]))
            or qualified_office(segment, lead)
            or article_unit(segment, lead)
            or qualified_post_holders(text[core_start:seg_end], people) is not None
        ):
            owners.append(
                qualified_post_owner(_clean(segment), text[core_start:seg_end], people)
                or short_name_owner(_clean(segment), people)
                or Owner(mention=_clean(segment))
            )
    return _dedupe(owners)


def article_unit(segment: str, lead: int) -> bool:
    """Whether a segment after 'the' is a unit named by its field, however many words that runs to ('the Mental
    Health Act office'): the article makes it a body of people, where a long capitalised run before 'section' with
    none may be a heading ('Extend Other API Considerations section')."""
    words = segment[lead:].split()
    return (
        lead > 0
        and 2 <= len(words) <= MAX_UNIT_WORDS
        and words[-1] in UNIT_HEADS
        and all(w[0].isupper() for w in words[:-1])
    )


def qualified_office(segment: str, lead: int) -> bool:
    """Whether a segment after 'the' is an office with its remit in brackets ('the CFO (Finance)'): the article makes
    it a post, so the bracket qualifies it; without one ('MN (Velora)') a bracket may be a person's organisation."""
    return lead > 0 and segment.endswith(")") and _plausible(_clean(_QUALIFIER.sub("", segment[lead:])))


# A post's short form and, in brackets, the body or area its holder serves, as a log shared by two bodies tells their
# like posts apart: "CFO (Police)", "HoF (OPCC)".
_QUALIFIED_SHORT_POST = re.compile(r"(?P<post>[A-Z][A-Za-z]{1,5})\s?\((?P<area>[A-Z][\w&'’ -]{0,30})\)")


def _role_short_forms(role: str) -> set[str]:
    """The short forms a listed role's post (before its first comma) is written by: the initials of every word or of
    the capitalised ones ('Director of Finance and Corporate Services' -> 'DOFACS', 'DFCS')."""
    post = role.split(",")[0]
    return {_word_initials(post), _capital_initials(post)}


def qualified_post_holders(written: str, people: list[Person]) -> list[Person] | None:
    """For a post's short form with its body in brackets ('CFO (Police)'), the listed people whose role is that post
    for that body ('Chief Finance Officer, Kestermoor Police'); None when the short form abbreviates no listed role,
    as a person's initials and organisation do ('MN (Velora)'), or is a listed person's own short form."""
    m = _QUALIFIED_SHORT_POST.fullmatch(written.strip())
    if m is None or any(p.abbrev == m["post"] for p in people):
        return None
    posts = [p for p in people if p.role and m["post"].upper() in _role_short_forms(p.role)]
    if not posts:
        return None
    return [p for p in posts if m["area"].lower() in p.role.partition(",")[2].lower()]


def qualified_post_owner(mention: str, written: str, people: list[Person]) -> Owner | None:
    """The one listed holder of a post written short with its body in brackets (:func:`qualified_post_holders`), the
    mention kept as written; None when it is no such post or no single person holds it."""
    holders = qualified_post_holders(written, people) or []
    return (
        Owner(mention=mention, name=holders[0].name, abbrev=holders[0].abbrev) if len(holders) == 1 else None
    )


# A short form of a first name as colleagues write it, one capitalised word of three letters at least: "Jas", "Chris".
_SHORT_NAME = re.compile(r"[A-Z][a-z]{2,}")


def short_name_owner(mention: str, people: list[Person]) -> Owner | None:
    """The one listed person whose first name a short form begins ('Tom & Jas to bring ...': 'Jas' is Jaswinder
    Dhillon), the mention kept as written; None when the mention is no such word, a role word, or begins the first
    name of nobody or of several people."""
    if not _SHORT_NAME.fullmatch(mention) or ROLE_WORDS.fullmatch(mention):
        return None
    holders = {
        p.name: p
        for p in people
        if len(p.name.split()) >= 2 and p.name.split()[0] != mention and p.name.split()[0].startswith(mention)
    }
    person = next(iter(holders.values())) if len(holders) == 1 else None
    return Owner(mention=mention, name=person.name, abbrev=person.abbrev) if person else None


# "The Clerk to be asked to write": a request to the subject, who acts; "Members to be invited to| the events" is a
# plain passive ("to" and no verb after it), and so is an invitation to come ("a representative would be invited to
# attend", :data:`_TO_COME`): the guest is not the one who acts. So is a recommendation to act (:data:`_RECOMMENDED_TO`).
_ASKED_PASSIVE = re.compile(
    r"\s+(?:be|been)\s+(?:(?:asked|requested|invited|instructed|directed|tasked|required)\s+to\s+"
    r"(?!(?:the|a|an|this|these|those|their|its|our|his|her|all|any|each)\b|(?<=invited\sto\s)(?:attend|present|join|visit)\b)"
    rf"[a-z]|{_RECOMMENDED_TO})",
    re.I,
)


# An offer to take on a role, not a passive: "Yuki offered to| be release manager", "agreed to be the contact".
_TAKES_ROLE = re.compile(r"(?:offered|volunteered|agreed|promised)\s+to")
# A participle after "be", as a passive has it: "be circulated", "be drawn up", "be brought", "be put".
_BE_PARTICIPLE = re.compile(
    r"\s+(?:be|been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn|nt|de|ne|ght|ld|pt|lt|id|ut|et|ad|un)|set|put|read|run|cut|hit)\b"
)


def _passive(text: str, agent: re.Match) -> bool:
    """'to be brought back', 'would be added': the agent verb introduces a passive, naming nobody.
    'The Clerk to be asked to write' is not: the subject is still the one who acts, and neither is an offer to
    take on a role ('offered to be release manager')."""
    if _ASKED_PASSIVE.match(text, agent.end()):
        return False
    if _TAKES_ROLE.match(agent.group()) and not _BE_PARTICIPLE.match(text, agent.end()):
        return False
    return agent.group("next").lower() in ("be", "been")


# The meeting an action was carried from, after its tag's bracket and before the colon, as action logs of boards and
# committees note it: "Action 21/137 (COO), from the December meeting: present ...", "M5-04 (CISO), carried forward
# from Meeting 5: complete ...". It names no owner; the bracket before it does.
_TAG_ORIGIN = r"(?:,\s+(?:(?:carried|brought)\s+(?:forward|over)\s+)?from\s+[^():;\n]{1,50}?)?"


# An action-log row's reference: "TL21/20", "M6-03", "A12" (up to four letters, then a figure).
_ROW_REF = r"[A-Za-z]{0,4}\d[\w/.-]*"
# An action label with its owners in brackets, perhaps under a field label of their own: "ACTION (JS):", "TODO (Inês):",
# "Action (Responsible: JW):" (the label names the column, not a person); a numbered label may put its number before the
# bracket, as action logs of police and council meetings do: "Action 2 (CEx):", "Action 8 (DFR/CFO) – ...".
# The bracket may go on to the due field after a semicolon, and the reference may be a dashed code: "Action HTA-25-06-02
# (Owner: VRP Director; Due: 31/12/25): Scope ...". A numbered action carried over may say which meeting set it before
# the bracket: "Action 3 from the April meeting (DCC): to provide ...".
_NAMED_TAG = re.compile(
    rf"\b(?:ACTION|Action|action|TODO|ToDo|Todo|AI|AP)(?:\s+(?:{_ROW_REF}|[A-Z]{{1,4}}-\d[\w/.-]*)"
    r"(?:\s+from\s+the\s+[^()\n:]{1,40}?)?)?\s*\("
    r"(?:(?:Owners?|Lead|Responsible|Assigned\s+to)\s*:\s*)?(?P<who>[^()]{1,40}?)"
    rf"(?:;\s*(?:[Dd]ue|[Dd]eadline|[Tt]arget|[Bb]y)\s*:\s*[^();]{{1,30}})?\){_TAG_ORIGIN}\s*[:\-–—]"
)
# An action-log line whose reference is followed by its owners' initials in brackets, then the task:
# "M6-03 (PD) Confirm the survey dates", "A12 (JS/KL) Circulate the draft"; a log's progress update puts its status
# after a spaced dash instead, the reference perhaps a dashed or slashed code: "A-034 (RK/MM) – carried forward to
# June"; a committee's log may close the tag with a colon before the task's verb: "QC/23/041 (DoF): report on the
# audit" (not before an article: "QC/23/040 (CQC): the report was noted" names what the minute is about).
_REF_TAG = re.compile(
    rf"\s*(?:{_ROW_REF}|[A-Z]{{1,4}}[-/]\d[\w/.-]*)\s+\((?P<who>{_TAG_WHO_LIST})\)(?:{_TAG_ORIGIN}(?=:))?"
    r"(?:\s+(?=[A-Z][a-z])|\s+[–—-]\s+(?=\w)|:\s+(?!(?i:the|a|an|this|these|it|there)\b)(?=[A-Za-z][a-z]))"
)
# An action-log line that opens with its reference and then one bracket of its owners and its due point before the
# colon and the task, as programme boards number their action points: "AP1 (PMO, 30 June): Re-baseline the plan",
# "AP2 (FD/CIO, next SteerCo): Agree the criteria", "A7 (Ops Lead, Q3): Report". A log of points carried over may put
# the month of the meeting that set the point before it: "May AP6 (CIO, 9 June): confirm ...", its bracket then giving
# the due point set back then, not the one the line revises it to (see :func:`owner_due_bracket`). See
# :func:`owner_due_tag`.
_REF_OWNER_DUE_TAG = re.compile(
    rf"\s*(?:(?P<set_in>(?=[A-Z])(?i:{MONTHS}))\s+)?{_ROW_REF}\s+\((?P<who>[^(),:]{{1,40}}),\s*(?P<due>[^(),:]{{1,30}}?)\s*\)\s*:\s"
)


def owner_due_tag(text: str) -> re.Match | None:
    """The opening reference, owners and due point of an action point ('AP1 (PMO, 30 June): ...', see
    :data:`_REF_OWNER_DUE_TAG`), when the bracket's last field reads as a due point; None otherwise, so a bracket of
    two owners ('A3 (JS, KL): ...') is left to the owner tags."""
    m = _REF_OWNER_DUE_TAG.match(text)
    return m if m is not None and reads_as_due(m["due"]) else None


# An action-log line set out in dash-separated cells, the owners' initials first and then the task:
# "Action 7-12: KL – Book the venue – end of May".
_DASH_CELL_TAG = re.compile(
    rf"\s*(?:ACTION|Action)\s+{_ROW_REF}\s*:\s*(?P<who>{_TAG_WHO_LIST})"
    r"\s+[–—-]\s+(?=[A-Z][a-z])"
)
# An action tag closing a line in square brackets, its label, owners and due point in dash-separated cells, as
# project status notes write them: "[ACTION – Priya – Fri]", "[ACTION – Dev/Sam – 26/4]", "[Action - Lee]". The due
# cell may be left out; the tag is the action's own field, so its owner and due win over those the task names.
_BRACKET_TAG = re.compile(
    r"\[\s*(?:ACTION|Action|TODO)\s+[–—-]\s+(?P<who>[^\[\]–—\n]{1,40}?)"
    r"(?:\s+[–—-]\s+(?P<due>[^\[\]–—\n]{1,30}?))?\s*\]\W*$"
)
# An action-log line set out as "ACTION <ref> – <owners> – <due>: <task>", as police and council action logs write
# them: "ACTION PB/24/03-2 – DFR and CFO – by the May board: report on reserves." The due cell may be left out ("ACTION
# 4 – Clerk – book the room"); the owner cell is only names and joiners (see :func:`names_owners`).
_REF_OWNER_DUE_ROW = re.compile(
    r"\s*(?:ACTION|Action)\s+[A-Z]{0,4}[\d/.-]*\d\s+[–—]\s+(?P<who>[A-Z][^–—:;\n]{0,40}?)\s+[–—]\s+"
    r"(?:(?P<due>[^–—:\n]{1,80}?)\s*:\s)?"
)


def owner_dash_row(text: str) -> re.Match | None:
    """The referenced owner-first row that ``text`` opens with (:data:`_REF_OWNER_DUE_ROW`), when its owner cell only
    names owners; None otherwise. Its due cell closes with a colon before the task, so the dash-cell reader of
    :data:`_DASH_ROW` would read due and task as one cell."""
    if "–" not in text and "—" not in text:  # cheap gate: the row's cells are set apart by dashes
        return None
    m = _REF_OWNER_DUE_ROW.match(text)
    return m if m is not None and names_owners(m.group("who")) else None


def ref_row_owners(text: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner] | None:
    """The owners in the owner cell of a referenced owner-first row ('ACTION 12/3 – DFR and CFO – April HTA: ...', see
    :func:`owner_dash_row`), read before the colon rules take 'DFR and CFO – April HTA:' for a label; None otherwise."""
    row = owner_dash_row(text)
    return (owners_in_phrase(text, *row.span("who"), people, matcher) or None) if row else None


# What follows a tag that opens the sentence's subject rather than naming the owner alone: its verb ("Action: JS| to
# send"), or a surname and then the verb ("Action: DCI| Verity to include": a rank and a surname are one owner), or a
# further owner after a slash or comma and then the verb ("Action: DHT| / Dr Fairclough to review").
_TAG_OPENS_SUBJECT = re.compile(
    r"\s+(?:[A-Z][a-z][\w'’-]*\s+)?(?:to|will|would|and|&|agreed)\b"
    r"|\s*[/,]\s*(?:[A-Z][\w.'’-]*\s+){1,3}(?:to|will|would)\s+[a-z]"
)


_LOWER_NAMES = re.compile(r"[a-z][\w'’-]{1,30}(?:\s*[/,&]\s*[a-z][\w'’-]{1,30})*")
# Capitalised words running on from a tag's initials: "Owner: HR| Director", "Lead: IT| Service Manager".
_CAPITALISED_RUN = re.compile(r"(?:\s+[A-Z][a-z][\w'’-]*)+")


def tag_opens_office(text: str, tag: re.Match) -> bool:
    """Whether a tag's initials are the first word of an office ('Owner: HR Director', 'Lead: IT Manager'): the
    office, not the initials, owns the action, and the field rules read it whole."""
    run = _CAPITALISED_RUN.match(text, tag.end())
    return run is not None and _office(text[tag.start("who") : run.end()])


# The shortest nick read as the end of a first name: "wale" (Adewale), not "ann" (Joann) nor "al" (Sal).
MIN_NICK_TAIL = 4


def _squashed(first_name: str) -> str:
    """A first name as a lower-case nick writes it, without hyphens, apostrophes or spaces: 'Seo-yeon' -> 'seoyeon'."""
    return re.sub(r"[-'’\s]", "", first_name).lower()


def nick_owner(nick: str, people: list[Person]) -> Owner | None:
    """The one listed person whose first name a lower-case nick writes without its hyphen ('jiwoo': Ji-woo Park)
    or by its last syllables, as friends shorten it ('tunde': Babatunde Ade), the nick kept as the mention; None
    when nobody's or several people's first names fit, or the nick is too short to tell."""
    key = nick.lower()
    firsts = {p.name: _squashed(p.name.split()[0]) for p in people if len(p.name.split()) >= 2}
    fits = [
        p
        for p in people
        if p.name in firsts
        and (firsts[p.name] == key or len(key) >= MIN_NICK_TAIL and firsts[p.name].endswith(key))
    ]
    person = fits[0] if len({p.name for p in fits}) == 1 else None
    return Owner(mention=nick, name=person.name, abbrev=person.abbrev) if person else None


def listed_first_names(who: str, people: list[Person]) -> list[Owner] | None:
    """Owners of a tag that names people by lower-case first names ('ACTION(bo, dana):', as mailing lists
    write them): each resolved to the one listed person with that first name, the mention kept as written;
    None unless every name resolves, so an unknown word in brackets names nobody."""
    if not _LOWER_NAMES.fullmatch(who.strip()):
        return None
    owners = [
        _person_named(w, people) or nick_owner(w, people) for w in re.split(r"\s*[/,&]\s*", who.strip()) if w
    ]
    return _dedupe([o for o in owners if o]) if owners and all(owners) else None


# Further owners after a tag's initials, set apart by a slash or an ampersand and written as an office or a titled name
# rather than initials: "Owner: ACC| / Ch Supt Lloyd", "Action: DoF| & Head of Estates". Words are single-spaced (a run
# of spaces sets the next cell apart) and a capitalised word before a colon is the next field's label ("Target:").
_FURTHER_OWNERS = re.compile(
    r"(?:\s*[/&]\s*[A-Z][\w.'’-]*(?: (?![A-Z][a-z]*(?: [Dd]ate)?\s*:)(?:(?:of|for|and|the) )*[A-Z][\w.'’-]*){0,4})+"
)


# An owner tag naming a deputy or assistant to a post by the post's short form, perhaps with the deputy's own short form
# in brackets: "Action: Deputy DoN – visiting concerns ...", "Action: Deputy CEO (DCEO) – verbal update ...".
_DEPUTY_TAG = re.compile(
    rf"\b(?:ACTION|Action|Owners?|Lead)\s*[:\-–]\s*(?P<who>(?P<rank>Deputy|Assistant|Associate|Acting|Interim)\s+"
    rf"(?P<post>{_TAG_WHO})(?:\s\((?P<short>{_TAG_WHO})\))?)(?=\s+(?:[–—-]|to)\s)"
)


def sole_holder_owner(mention: str, holders: list[Person]) -> Owner:
    """The owner ``mention`` names: resolved to the person when exactly one of ``holders`` holds the post, else the
    mention alone."""
    person = holders[0] if len(holders) == 1 else None
    return Owner(
        mention=mention, name=person.name if person else None, abbrev=person.abbrev if person else None
    )


def deputy_tag_owner(text: str, people: list[Person]) -> Owner | None:
    """The owner of a deputy's tag (:data:`_DEPUTY_TAG`), as written: the listed person with the short form in
    brackets, else the one whose role is the rank before the role of the post's holder ('Deputy DoN': the Deputy
    Director of Nursing, when the Director of Nursing is listed as DoN); None when the text has no such tag."""
    m = _DEPUTY_TAG.search(text)
    if m is None:
        return None
    holders = [p for p in people if m["short"] and p.abbrev == m["short"]]
    for post in [p for p in people if p.abbrev == m["post"] and p.role] if not holders else []:
        role = f"{m['rank']} {post.role}".lower()
        holders += [p for p in people if p.role and p.role.lower().split(",")[0] == role]
    return sole_holder_owner(m["who"], holders)


# The whole value of a labelled field, up to the separator of the next cell or the line's end: "Owner: |AD CSC| – Due".
_FIELD_VALUE = re.compile(r"[^–—|;\n]+?(?=\s+[–—|;]|\s*\n|\s*$)")


def _tag_owners(text: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner] | None:
    """Owners named in a tag: initials in 'ACTION: JS' / 'Owner: MK/RP' / '[JS]' / 'M6-03 (JS) Share ...', with any
    further owners written out after them ('Owner: ACC / Ch Supt Lloyd', :data:`_FURTHER_OWNERS`), or anyone in
    'Action (Inês/Marco):' and 'TODO (Inês):'."""
    named = (
        _NAMED_TAG.search(text)
        or owner_due_tag(text)
        or _REF_TAG.match(text)
        or _DASH_CELL_TAG.match(text)
        or (_BRACKET_TAG.search(text) if "[" in text else None)
    )
    if named:
        found = owners_in_phrase(text, named.start("who"), named.end("who"), people, matcher)
        if found:
            return found
        listed = listed_first_names(named.group("who"), people)
        if listed:
            return listed
    deputy = deputy_tag_owner(text, people)
    if deputy is not None:
        return [deputy]
    tag = _INITIALS_TAG.search(text)
    if not tag or _TAG_OPENS_SUBJECT.match(text, tag.end()) or tag_opens_office(text, tag):
        return None
    field = _FIELD_VALUE.match(text, tag.start("who"))
    if field and field.group() != tag["who"] and post_and_area(field.group()):
        return [
            post_and_area_owner(field.group(), people)
        ]  # "Owner: AD CSC – Due: ...": one post and its area
    end = whole_form_end(text, tag.start("who"), tag.end("who"), matcher)
    further = _FURTHER_OWNERS.match(text, end)
    end = further.end() if further else end
    unbracketed = _HOLDER_INITIALS_AFTER_POST.sub(lambda m: " " * len(m.group()), text[:end]) + text[end:]
    return owners_in_phrase(unbracketed, tag.start("who"), end, people, matcher) or None


def whole_form_end(text: str, start: int, end: int, matcher: PhraseMatcher) -> int:
    """The end of the owners a tag names from ``start`` to ``end``, stretched to the end of a listed person's form
    that starts inside them and runs on within the tag's field: 'OWNER: OPCC| CEx' is one post, the chief executive
    of the OPCC, not the OPCC and a word after it."""
    field = _FIELD_VALUE.match(text, start)
    if field is None or field.end() <= end:
        return end
    return max([end] + [e for s, e, _, _ in _mentions(text, start, field.end(), matcher) if s < end])


Cell = tuple[int, int]  # start and end of one action-log cell in the row's text
# Cell separators of an action-log row other than a TAB: " | " and runs of spaces.
_PIPE_CELLS = re.compile(r"\s*\|\s*")
_TAB = re.compile("\t")
_SPACED_CELLS = re.compile(r" {2,}")
_OWNER_CELL = (
    r"[A-Z][A-Za-z]{1,3}(?:-[A-Z][A-Za-z]{0,3})?(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,3}(?:-[A-Z][A-Za-z]{0,3})?)*"
)
# An office's initials as an owner cell writes them, longer than those ("HDICT", "HoDICT") or two sets of capitals for
# one post ("HR BP"): three capitals at least, so that a capitalised word ("Board", "Agreed") never reads as one.
_LONG_INITIALS_CELL = re.compile(r"(?=(?:[a-z]?[A-Z]){3})[A-Z][A-Za-z]{4,5}|[A-Z]{2,3}\s[A-Z]{2,3}")


def initials_cell(written: str) -> bool:
    """Whether an action-log cell is one owner's initials, short ('JT', 'CD-CS/DDoN') or long ('HDICT', 'HR BP')."""
    return (
        re.fullmatch(_OWNER_CELL, written) is not None or _LONG_INITIALS_CELL.fullmatch(written) is not None
    )


# An action-log row whose cells lost their separators, closed by an update of dated notes rather than a status:
# "<ref> <action> <owner initials> <due> <dd/mm>: <note>", "2024/188 (Dec 24) Re-audit of the tool TL Mar 25 16/01:
# deferred".
_FLAT_ROW_WITH_NOTES = re.compile(
    rf"^(?P<action>.+?)\s+(?P<owner>(?-i:{_OWNER_CELL}))\s+"
    rf"(?P<due>\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})|(?:{MONTHS})\.?\s+(?:\d{{4}}|\d{{2}}))\s+"
    r"(?P<update>\d{1,2}/\d{1,2}\s*:\s.*)$",
    re.I | re.S,
)
# An action-log row whose cells lost their separators: "<ref> <action> <owner initials> <due> <status>".
_FLAT_ROW = re.compile(
    rf"^(?P<action>.+?)\s+(?P<owner>(?-i:{_OWNER_CELL}))\s+"
    rf"(?P<due>\d{{1,2}}/\d{{1,2}}/\d{{4}}|(?:{MONTHS})\.?(?:\s+|-)(?:\d{{4}}|\d{{2}})|next\s+meeting"
    rf"|(?:{MONTHS})\s+(?:committee|meeting|board))\s+(?P<status>[\w ]+?)\s*$",
    re.I | re.S,
)

# A numbered action-sheet row whose TABs were lost, closed by its owner initials and a due cell with no status after
# it: "5 Analyse the survey and bring proposals PL/FR Dec FB", "12 Circulate the benchmarks ML 21/10/22"; the row
# number and the due cell (a month and the meeting's short form, a date, a month and year) mark it as a row; the owner
# cell holds two capitals at least, so a short word ('The', 'In') is no one's initials.
_NUMBERED_FLAT_ROW = re.compile(
    rf"^(?P<action>\d{{1,2}}(?:\.\d{{1,2}})?\s+[A-Z].+?)\s+(?P<owner>(?=[A-Z][a-z]{{0,2}}[A-Z]){_OWNER_CELL})\s+"
    rf"(?P<due>\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})|(?i:{MONTHS})\.?\s+(?:\d{{4}}|\d{{2}}|[A-Z]{{2,5}}))\s*$"
)

# An action-log row flattened to single spaces, perhaps wrapped over lines, that opens with its key (a reference with
# a figure and a slash or hyphen, "QC/21/05/03", "A-23-07-03", "Aug22-05 22/23-057", or a row number before a
# capital, "12 Circulate") and whose owner initials come after the task, followed by nothing but its due and status
# cells: "QC/21/05/03 Present the trajectory ... COO Ongoing", "PAB/22/11/05 Evaluation of the policy DCC May PAB",
# "3 Attendance by year group HT By the end of the autumn term", "Sep22-04 Resources needed for harm reviews DoO".
# The owner rules see the row with its reference blanked out (:func:`without_row_reference`), which leaves a run of
# spaces as the key.
_ROW_KEY = re.compile(
    r"\s*(?:\d{1,3}\s+)?(?:(?=\S*\d)[A-Za-z0-9]{1,6}(?:[-/][A-Za-z0-9]{1,6}){1,4}\s+){1,2}|\s*\d{1,3}\s+(?=[A-Z])"
    r"| {4,}(?=[A-Z])"
)
# Initials standing as a word of their own, two capitals at least ("DCC", "DoO", "RB/CF").
_INITIALS_WORD = re.compile(
    rf"(?<!\S)(?:(?=[A-Z][a-z]{{0,2}}[A-Z]){_OWNER_CELL}|(?=(?:[a-z]?[A-Z]){{3}})[A-Z][A-Za-z]{{4,5}})(?!\S)"
)
# Words that put the capitals after them inside the task, as its object or part of a name, not in the owner cell:
# "report to the| PCC", "review with| NHSE".
_INSIDE_TASK = frozenset(
    {"the", "a", "an", "to", "of", "for", "with", "and", "&", "by", "from", "in", "on", "at", "via"}
)


# Words a due cell cannot end on, since the rest of the cell follows them: "End of| spring term", "w/c| 3 May".
_DUE_CUT_WORDS = _INSIDE_TASK | {"end", "due", "before", "until", "w/c", "next"}
# Joining words that never open a due cell.
_JOINERS = frozenset({"and", "&", "or", "of", "for", "with", "via"})


def row_tail(text: str, start: int) -> list[Cell] | None:
    """The due and status cells of a flattened row after its owner initials end at ``start``: none, a status
    ('Open'), a due cell ('May PAB', 'end of July', 'the October SteerCo') or both, as spans of ``text``; None when
    the words there are anything else (the initials then sit inside the task: 'Ask DCC colleagues to ...')."""
    words = list(re.finditer(r"\S+", text[start:]))
    # a closing status is peeled off first, since a due cell opening with a due word reads on ("end of July Open")
    for cut in (*range(len(words) - 1, -1, -1), len(words)):
        status = " ".join(w.group() for w in words[cut:])
        due = " ".join(w.group() for w in words[:cut])
        if status and status.lower() not in STATUS_CELLS:
            continue
        if due and (not due_cell(re.sub(r"^the\s+", "", due)) or due.split()[-1].lower() in _DUE_CUT_WORDS):
            continue  # not a due cell, or one the line cut ("End of" / "spring term"), which the next line ends
        if due and due.split()[0].lower() in _JOINERS:
            continue  # words running on from a heading the row swallowed ("AOB and next meeting"), not a due cell
        parts = [words[:cut], words[cut:]]
        return [(start + part[0].start(), start + part[-1].end()) for part in parts if part]
    return None


def keyed_flat_row(text: str) -> list[Cell] | None:
    """The action, owner, due and status cells of a keyed row flattened to single spaces (:data:`_ROW_KEY`); None for
    any other text. The owner is the first initials after the task whose following words are only due and status
    cells, so that a due cell naming a meeting by its initials ('DCC May PAB') is not read as the owner."""
    key = _ROW_KEY.match(text)
    if key is None:
        return None
    for initials in _INITIALS_WORD.finditer(text, key.end()):
        task = text[key.end() : initials.start()].split()
        if len(task) < 2 or task[-1].lower() in _INSIDE_TASK:
            continue
        tail = row_tail(text, initials.end())
        if tail is not None:
            return [(key.start(), initials.start() - 1), initials.span(), *tail]
    return None


# The mark after a field's label: a colon, or an arrow as trackers and chat recaps write it ("Owner → Ann Lee").
_FIELD_MARK = r"(?::|→|->)"
# The label of the owner field wherever an action's fields are labelled (a row, a task line, a line of fields under a
# task): "Owner:", "Lead:", "Responsible officer:", "Responsibility:", "Owner → Ann Lee", and "Assigned to Ann Lee",
# which needs no mark; an action log may write its labels in capitals ("OWNER: DCC  DUE: 30.04.19").
_OWNER_FIELD = (
    rf"(?:(?:Lead|Owner(?:s|\(s\))?|Responsib(?:le|ility)|LEAD|OWNERS?|RESPONSIBLE)(?:\s+(?:[Oo]fficer|[Pp]erson))?\s*"
    rf"{_FIELD_MARK}"
    rf"|Assigned\s+to\b(?:\s*{_FIELD_MARK})?)"
)
# The label of the due field: "Due:", "Deadline:", "ETA:", "By:", "Target:", "Timescale:" as university minutes label
# it, and "Response due:" under a scrutiny recommendation.
_DUE_FIELD = r"(?:Due|Deadline|ETA|By|Target(?:\s+[Dd]ate)?|Timescale|Response\s+due|DUE|DEADLINE|TARGET)\s*:"
# The words one of those due labels holds, as a cheap gate before the patterns run.
DUE_LABEL_WORDS = ("Due", "Deadline", "ETA", "By", "Target", "Timescale", "due", "DUE", "DEADLINE", "TARGET")
# An action-log row flattened to one line whose cells keep their labels: "QAC/24/031 Review the audit Lead: MD
# Due: July 2024 Status: Open"; the cells are the text between the labels, without them.
# The fields may be set apart by a semicolon or a comma, as a line of fields under a task is written: "Share the plan
# with governors. Lead: HoS; Deadline: w/c 8 January".
_LABELLED_ROW = re.compile(
    rf"^(?P<action>.+?)\s+{_OWNER_FIELD}\s*(?P<owner>[^:.;|]+?)\s*[;,]?\s+{_DUE_FIELD}\s*"
    r"(?P<due>[^:;|]+?)"  # "Due: July 2024" or "Deadline: Feb 2022"
    r"(?:\s*[;,]?\s+Status\s*:\s*(?P<status>[^:;|]+?))?\s*$",
    re.S,
)

_DUE_LABEL = re.compile(rf"\b{_DUE_FIELD}")


def labelled_row_cells(text: str) -> list[Cell] | None:
    """The cells of a single-spaced action-log row whose owner and due cells carry 'Lead:'/'Owner:'/'Responsible
    officer:' and 'Due:'/'Deadline:'/'ETA:'/'By:'/'Target:'/'Response due:' labels (:data:`_LABELLED_ROW`); None for any
    other text. Cheap gate: the text must hold one of :data:`DUE_LABEL_WORDS`."""
    if not any(label in text for label in DUE_LABEL_WORDS) or _DUE_LABEL.search(text) is None:
        return None
    row = _LABELLED_ROW.match(text)
    if row is None:
        return None
    return [row.span(g) for g in ("action", "owner", "due", "status") if row.group(g)]


def open_ended(text: str) -> bool:
    """Whether a labelled row's due field states no due point ('... Lead: All governors; Deadline: ongoing', 'Due:
    TBC'), so that a time the task's words name ('visits for the spring term') is not read as one."""
    row = _LABELLED_ROW.match(text) if _DUE_LABEL.search(text) else None
    return row is not None and row["due"].strip().lower() in STATUS_CELLS | PLACEHOLDER_CELLS


# An action-summary row set out as dash-separated cells after its reference: "TL21/20 – HT – absence data – 1 July",
# "ACT-07 – Update the plan – Owner: JS – Due: 21/03/2025" (letters, a hyphen or a slash, digits; the letters may come
# in hyphenated groups: "PB-A-104"; a board's log numbers by board and year: "AB/23/24-A1").
# Also with an "Action" label and the owner after a colon: "Action 23-42: SF – Complete the assessment – November board".
_DASH_ROW = re.compile(
    rf"\s*(?:Action\s+)?(?:[A-Za-z]{{1,4}}(?:-[A-Za-z]{{1,4}}){{0,2}}[-/]\d[\w/.-]*|{_ROW_REF})(?::\s+[A-Z][\w/&-]{{0,9}})?"
    # a status in brackets after the reference: "Action HTA/25/02/05 (carried forward) – DCC – provide ..."
    r"(?:\s+\((?:carried\s+(?:forward|over)|c/f|b/f|brought\s+forward|ongoing|open|revised|updated)\))?"
    r"\s+[–—]\s+\S"
)
_DASH_CELLS = re.compile(r"\s+[–—]\s+")


# The rest of a word in a dash-separated cell: an unspaced dash joins its parts ("Jul–Aug", "Q1–Q2"); only a spaced dash
# separates cells.
_CELL_WORD_REST = r"[^–—\s]*(?:[–—][^–—\s]+)*"


def _owner_first_row(who: str, task_opening: str) -> re.Pattern:
    """A dash-separated action-summary row with no reference, opening with its owner cell ``who`` (perhaps after a
    bullet or an action label: 'ACTION: Clerk – circulate the schedule – by end of term', or the bare 'A:' of
    minutes that mark each line D:, A: or I:), then the task, opening with ``task_opening`` and three words at least
    (a word may hold an unspaced dash, as a range does: 'Jul–Aug'), then a dash and its due point."""
    return re.compile(
        rf"\s*(?:[-•*]\s+)?(?:(?:ACTION|Action|A)\s*:\s*)?(?P<who>{who})\s+[–—]\s+{task_opening}{_CELL_WORD_REST}"
        rf"(?:\s+[^–—\s]{_CELL_WORD_REST}){{2,}}\s+[–—]\s+\S"
    )


# The owner in words, the task in lower case: "CFO/HoF – agree the MTFP assumptions – January workshop", "• Head of
# Finance – recovery plan – 6 December 2024". A cell opening with "The" is a sentence's subject ("The Clerk – as agreed
# – will send it").
_OWNER_DASH_ROW = _owner_first_row(r"(?!The\s)[A-Z][^–—\n]{0,40}?", "[a-z]")
# A short form has two capitals at least ("DCC", "HoP", "AK"), so that a capitalised word is no owner.
_SHORT_FORM = r"[A-Z][a-z]?[A-Z][A-Za-z]{0,4}"
# The owner in short forms, the task perhaps opening with a capital or a figure as a summary of actions writes it:
# "DCC – Stop and search analysis by ethnicity – April HTA", "CEx/CFO – Briefing for Panel members – by 31 March".
_CODE_DASH_ROW = _owner_first_row(rf"{_SHORT_FORM}(?:\s*/\s*{_SHORT_FORM})*", "[A-Z0-9]")
# An office in words, the task opening with a capital, as a closing list of actions writes it: "Clerk — Upload the
# approved policies to the website — Spring term". Only a cell that names an office (see :func:`office_cell`) is read
# so, since any capitalised word may open a heading set off by dashes.
_OFFICE_DASH_ROW = _owner_first_row(r"(?!The\s)[A-Z][a-z][^–—\n]{0,40}?", "[A-Z]")
# One word of a name in title case; a surname may open with a capital, an apostrophe and a capital ("O'Rourke",
# "D’Souza"), as Irish and Italian surnames do.
# The letters may be accented, as names from across Europe are: "Hélène", "Øyvind", "Émile" (the Latin-1 letters,
# capital and small, beside the ASCII ones).
_NAME_CAPITAL = "A-ZÀ-ÖØ-Þ"
_NAME_SMALL = "a-zß-öø-ÿ"
_NAME_WORD = rf"[{_NAME_CAPITAL}](?:['’][{_NAME_CAPITAL}])?[{_NAME_SMALL}][\w'’-]*"
# An owner cell holding full names: "Marcus Leitch", "Ana Silva / Dev Raman", "Liam O'Neill".
_FULL_NAME = rf"(?-i:{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
# One handle: a nick ("@kim") or, as chat and task apps mention a person, a display name ("@Ann Lee").
_HANDLE = rf"@(?:{_FULL_NAME}|[\w.-]+)"
# An owner cell holding handles: "@kim", "@kim / @lenka", "@Ann Lee, @Raj Patel".
_HANDLE_CELL = re.compile(rf"{_HANDLE}(?:\s*[/,&]\s*{_HANDLE})*")
# A dash-separated task line whose later cells carry their own labels, with no reference nor owner opening it, as
# task trackers and chat recaps export them: "Draft the plan — Assigned to Ann Lee — Due 3 May", "Book the room —
# Owner: JS — Due: Friday"; a cell may wrap onto the next line. The owner cell may come after several others, as in
# a carried-forward log line: "ACT-04 (SteerCo 1) – Confirm the notice – Owner → Ann Lee – carried forward". The
# label makes the cells a row; an unlabelled dash is left to the sentence reader. A cell holding nothing but handles
# labels itself, as a task app's follow-up list mentions its assignees: "Draft the plan — @Ann Lee — due 3 May".
_LABELLED_DASH_ROW = re.compile(
    rf"[^–—]{{3,}}?(?:\s[–—]\s+[^–—]+?)*?\s[–—]\s+(?:{_OWNER_FIELD}|{_HANDLE_CELL.pattern}(?:\s+[–—]\s|\s*$))"
)


# The same with a task of two words only, the owner in short forms and the row closed by its due point: "DoF – revised
# MTFP – October", "HoS/CFO – draft budget – end of term". Two words between dashes may be prose's aside, so the
# short-form owner and a last cell that reads as a due point (see :func:`short_task_row`) must both vouch for the row.
_SHORT_TASK_ROW = re.compile(
    rf"\s*(?:[-•*]\s+)?(?:(?:ACTION|Action|A)\s*:\s*)?(?P<who>{_SHORT_FORM}(?:\s*/\s*{_SHORT_FORM})*)\s+[–—]\s+"
    rf"[a-z]{_CELL_WORD_REST}\s+[^–—\s]{_CELL_WORD_REST}\s+[–—]\s+(?P<due>[^–—\n]+?)\s*"
)


def short_task_row(text: str) -> re.Match | None:
    """The match of an owner-first row with a two-word task (:data:`_SHORT_TASK_ROW`) when its last cell is a due
    point; None otherwise ('CFO – not present – apologies' is no row)."""
    m = _SHORT_TASK_ROW.fullmatch(text)
    return m if m is not None and due_cell(m["due"]) else None


def opens_dash_row(text: str) -> bool:
    """Whether ``text`` is a dash row whose first cell starts it: a reference opens it (:data:`_DASH_ROW`) or a
    later cell carries an owner label (:data:`_LABELLED_DASH_ROW`)."""
    return _DASH_ROW.match(text) is not None or _LABELLED_DASH_ROW.match(text) is not None


# A log row that opens with its labelled owner field, perhaps after its reference (bracketed or not), and then its
# labelled due field and the task in dash-separated cells, as programme boards log their actions: "[A-23] Owner: Ann
# Lee – Due: next Board – Present the re-plan". The due label after the dash makes the owner field a cell of its own.
_LABELLED_OWNER_FIRST_ROW = re.compile(
    rf"\s*(?:\[?(?:[A-Za-z]{{1,4}}-\d[\w/.-]*|{_ROW_REF})\]?\s+)?(?P<who>{_OWNER_FIELD})[^–—\n]{{1,60}}?"
    rf"\s+[–—]\s+{_DUE_FIELD}"
)


def owner_row_start(text: str) -> int | None:
    """Where the owner cell of a dash row that opens with it starts (see :data:`_OWNER_DASH_ROW`,
    :data:`_CODE_DASH_ROW` and :data:`_OFFICE_DASH_ROW`, or its label, after any reference, in
    :data:`_LABELLED_OWNER_FIRST_ROW`): only when the cell reads as an owner cell (initials, names, an office), so
    that prose between dashes is never cut; else None."""
    labelled = _LABELLED_OWNER_FIRST_ROW.match(text)
    if labelled:
        return labelled.start("who")
    m = _OWNER_DASH_ROW.match(text) or _CODE_DASH_ROW.match(text) or short_task_row(text)
    if m and _owner_cell(text, m.span("who")) is not None:
        return m.start("who")
    office = _OFFICE_DASH_ROW.match(text)
    return office.start("who") if office and office_cell(office.group("who")) else None


# A row of a closing list of actions that opens with its task, with no reference nor label: the task (two words at
# least), a dash, the owner cell, and perhaps a dash and the due point: "Circulate the revised policy – Clerk – by half
# term", "Book the venue – Mr Ahmed".
_TASK_FIRST_ROW = re.compile(
    r"[A-Z][^–—\n]*?\s[^–—\s]+\s+[–—]\s+(?P<who>[^–—\n]+?)(?:\s+[–—]\s+(?P<due>[^–—]+?))?\s*"
)


def task_first_row(text: str) -> bool:
    """Whether ``text`` is a task-first dash row (:data:`_TASK_FIRST_ROW`): only when the cell after the task reads
    as an owner cell, not a body nor a due point, and any cell after it as a due point ('end of January', 'Q4') or a
    status ('ongoing'), so that a dash aside in prose is never cut."""
    m = _TASK_FIRST_ROW.fullmatch(text)
    return (
        m is not None
        and _owner_cell(text, m.span("who")) is not None
        and _BODY_END.fullmatch(m["who"]) is None  # a body is where the task goes ('– Finance Committee')
        and not (due_cell(m["who"]) or _STATED_CELL.match(m["who"]))  # 'Clerk to publish it – ASAP'
        and (
            m["due"] is None
            or due_cell(m["due"])
            or _QUARTER_CELL.fullmatch(m["due"])
            or status_cell(m["due"])
        )
    )


def _dash_cells(text: str) -> list[Cell] | None:
    """The cells of a dash-separated action-summary row that opens with its reference ('TL21/20 – HT – task –
    end of term') or its owner ('HT – task – end of term'), or carries an owner label ('task — Assigned to Ann Lee
    — Due 3 May'), three at least, or two when the second is the labelled owner cell (the due cell wrapped onto a
    line of its own: 'task – Owner: Head of Finance'); None for any other text."""
    if "–" not in text and "—" not in text:
        return None
    task_first = task_first_row(text)
    at = 0 if task_first or opens_dash_row(text) else owner_row_start(text)
    if at is None:
        return None
    cells = [part for cell in _split_cells(text, _DASH_CELLS, at) for part in _split_due_field(text, cell)]
    owner_last = len(cells) == 2 and (task_first or _OWNER_LABEL.match(text, cells[1][0]) is not None)
    return cells if len(cells) >= 3 or owner_last else None


# A due field set apart from the owner field before it by a comma or a semicolon, inside one dash cell: "task —
# Owner: Ann Lee, Due: 3 May" (the fields of a task line written as one cell after the dash).
_COMMA_DUE_FIELD = re.compile(rf"\s*[,;]\s+(?={_DUE_FIELD})")


def _split_due_field(text: str, cell: Cell) -> list[Cell]:
    """``cell`` split in two before a due field that a comma or semicolon sets apart from the owner field that opens
    the cell ('Owner: Ann Lee, Due: 3 May' is an owner cell and a due cell); the cell as it is otherwise."""
    if _OWNER_LABEL.match(text, cell[0]) is None:
        return [cell]
    due = _COMMA_DUE_FIELD.search(text, cell[0], cell[1])
    return [(cell[0], due.start()), (due.end(), cell[1])] if due else [cell]


def _split_cells(text: str, separator: re.Pattern, start: int = 0) -> list[Cell]:
    """The cells of a row between the matches of ``separator`` (the first starting at ``start``), without the spaces
    around them; empty cells dropped."""
    cells, at = [], start
    for sep in separator.finditer(text):
        cells.append((at, sep.start()))
        at = sep.end()
    cells.append((at, len(text)))
    return [c for c in (_strip_cell(text, c) for c in cells) if c[0] < c[1]]


def csv_cells(text: str) -> list[Cell] | None:
    """The cells of one row of a pasted comma-separated log ('A-031,Action,"Confirm the rules",KB,2025-06-30,Open'),
    a quoted cell without its quotes; None when ``text`` is not such a row (see :func:`is_csv_record`). The
    csv module reads the quoting (commas and doubled quotes inside a quoted cell); each value is then found again
    in the text, so that a cell is a span like the cells of TAB and pipe rows."""
    row = text.strip()
    if "\n" in row or not is_csv_record(row):
        return None
    values = next(csv.reader([row]), [])
    cells, at = [], text.index(row)
    for value in values:
        quoted = text.startswith('"', at)
        written = '"' + value.replace('"', '""') + '"' if quoted else value
        if not text.startswith(written, at):
            return None  # a row the csv module reads otherwise than it is written (a stray quote)
        end = at + len(written)
        cells.append((at + 1, end - 1) if quoted else (at, end))
        at = end + 1
    cells = [c for c in (_strip_cell(text, c) for c in cells) if c[0] < c[1]]
    return cells if len(cells) >= 3 else None


def cell_alone(text: str, cell: Cell) -> str:
    """The row ``text`` with everything but ``cell`` blanked out (same length, so spans hold) when a neighbour
    touches the cell without a space ('...",KB,2025-06-30'): the tokenizer would otherwise read 'KB,2025' as one
    token and miss the initials; the row as it is otherwise."""
    start, end = cell
    if text[start - 1 : start] != "," and text[end : end + 1] != ",":
        return text
    return " " * start + text[start:end] + " " * (len(text) - end)


def table_cells(text: str, spaced_cells: bool = True) -> list[Cell] | None:
    """The cells of an action-log row, or None when ``text`` is not one: dashes in a dash row (:func:`_dash_cells`:
    'TL21/20 – HT – task – due', read first since such rows may carry stray TABs), the commas of a pasted CSV row
    (:func:`csv_cells`), cells separated by TABs, ' | ' or runs of spaces (three cells at least; not when
    ``spaced_cells`` is False, for a sentence whose runs of spaces are only the asides blanked out of it), or a row flattened
    to single spaces whose cells keep their labels (:func:`labelled_row_cells`), that names an office before its
    day (:func:`office_row_cells`) or that still ends in '<initials> <due> <status>' ('... data CDO Next meeting
    Open') or '<initials> <due> <dated notes>' ('... TL Mar 25 16/01: deferred')."""
    dashed = _dash_cells(text)
    if dashed is not None:
        return dashed
    if "," in text and "\t" not in text:
        comma_separated = csv_cells(text)
        if comma_separated is not None:
            return comma_separated
    if "\t" in text:
        separator = _TAB
    elif "\n" in text and _cell_per_line(text):
        separator = _LINE_CELLS
    elif " | " in text:
        separator = _PIPE_CELLS if "\n" not in text else _PIPE_OR_FIELD_LINE
    elif spaced_cells and "  " in text.strip() and labelled_row_cells(text) is None:
        # runs of spaces set cells apart, unless the cells carry their labels ("... to the PCC. Owner: ACC / Ch Supt
        # Lloyd   Target: Feb HTA"), which say which cell is which
        separator = _SPACED_CELLS
    else:
        labelled = labelled_row_cells(text) or office_row_cells(text)
        if labelled is not None:
            return labelled
        last = text.rstrip().rsplit(None, 1)[-1:]
        flat = _FLAT_ROW.match(text) if last and last[0].lower() in STATUS_CELLS else None
        if flat is None or flat.group("status").lower() not in STATUS_CELLS:
            noted = _FLAT_ROW_WITH_NOTES.match(text) if ":" in text else None
            if noted is None:
                numbered = _NUMBERED_FLAT_ROW.match(text) if text[:1].isdigit() and "\n" not in text else None
                if numbered is None:
                    return keyed_flat_row(text)
                return [numbered.span(g) for g in ("action", "owner", "due")]
            return [noted.span(g) for g in ("action", "owner", "due", "update")]
        return [flat.span(g) for g in ("action", "owner", "due", "status")]
    cells = _split_cells(text, separator)
    return cells if len(cells) >= 3 or separator.pattern == "\t" else None


# A row of a table flattened one cell per line ("TSC-1125-03" / "Reconcile the benefit lines" / "JB / HO" / "end of
# December"), which the sentence splitter keeps together: three lines at least, with the row's key on the first
# ("TSC-1125-03", "A-12 (c/f)"), or four lines at least, every one but the task's short, as cells are, and no closing
# full stop; never a sentence wrapped over a few lines ("The" / "DCS undertook to provide it before the" / "December
# meeting.").
_LINE_CELLS = re.compile("\n")
_ROW_KEY_LINE = re.compile(r"[A-Z][A-Z0-9]{0,7}[-/.]\S*\d\S*(?:\s+\([^()\n]{1,12}\))?")


def _cell_per_line(text: str) -> bool:
    """Whether ``text`` is a table row written one cell per line (see :data:`_LINE_CELLS`)."""
    lines = [line.strip() for line in text.strip().split("\n")]
    if len(lines) < 3 or not all(lines) or " | " in text or "  " in text.strip():
        return False
    if _ROW_KEY_LINE.fullmatch(lines[0]) is not None:
        return True
    short = sorted(len(line) for line in lines)[:-1]
    return len(lines) >= 4 and max(short) <= 30 and not lines[-1].endswith(".")


def _strip_cell(text: str, cell: Cell) -> Cell:
    """A cell without the spaces around it."""
    start, end = cell
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A cell that names its own field: "Owner: Head of Estates", "Due: November forum", "ETA: w/c 10 Feb"; never the action
# text.
_FIELD_CELL = re.compile(rf"{_OWNER_FIELD}|{_DUE_FIELD}|Status\s*:")
# The cell separators of a task line with its fields on the line under it, set apart by pipes: "A-118  Produce the
# cut-over plan" / "Owner: Plant IT Manager | Due: at the October SteerCo | Status: Open" (the line break before the
# first field ends the task's cell).
_PIPE_OR_FIELD_LINE = re.compile(rf"{_PIPE_CELLS.pattern}|\s*\n\s*(?={_FIELD_CELL.pattern})")


def closing_due_cell(cell: str) -> bool:
    """Whether the last cell of a row is a short due point ('before the summer term meeting', 'by half term'), not a
    task that happens to open with a due word; a longer cell that is a due point and nothing else ('By the end of the
    autumn term') is one too, as a task says what to do besides when."""
    if len(cell.split()) <= _TAIL_CELL_WORDS:
        return due_cell(cell)
    due = find_due(cell, None, None)
    return due is not None and due.mention == cell.strip()


def _longest_cell(cells: list[Cell], text: str | None = None) -> int:
    """Index of the action text: the longest cell of the row; with the row's ``text``, the longest that is not a
    status with a note ('Open – see item 4.0'), a labelled field ('Owner: Head of Contact Management'), an update
    ('12/01: chased, awaiting data'), an office ('Finance Business Partner – Housing'), a list of names ('Ann Lee, Raj
    Patel'), a note opening with a deferral after the task ('carried forward from the May meeting; now expected in
    July') nor a short due point closing the row ('before the summer term meeting'), which may well be longer than a
    short task ('staff governor election')."""
    indices = [
        i
        for i in range(len(cells))
        if text is None
        or not (
            status_cell(text[cells[i][0] : cells[i][1]])
            or _FIELD_CELL.match(text, cells[i][0], cells[i][1])
            or _UPDATE_CELL.match(text, cells[i][0], cells[i][1])
            or office_cell(text[cells[i][0] : cells[i][1]])
            or _NAMES_LIST_CELL.fullmatch(text, cells[i][0], cells[i][1])
            or (i > 0 and _DEFERRAL_OPENING.match(text, cells[i][0], cells[i][1]))
            or (i == len(cells) - 1 and i > 0 and closing_due_cell(text[cells[i][0] : cells[i][1]]))
        )
    ]
    return max(indices or range(len(cells)), key=lambda i: cells[i][1] - cells[i][0])


# A name or an initial and surname, as an action log's owner column writes a person: "Ann Lee", "A Lee", "A. Lee".
_CELL_NAME = rf"(?:{_FULL_NAME}|(?-i:[A-Z]\.?\s[A-Z][a-z][\w'’-]*))"
_NAME_SEP = r"\s*(?:[/,&]|and)\s*"
_NAMES_CELL = re.compile(rf"{_CELL_NAME}(?:{_NAME_SEP}{_CELL_NAME})*")
# An owner cell listing several people by name ("Ann Lee, Raj Patel"), which may well be longer than the task it is
# the owner cell of ("Sign the return | Ann Lee, Raj Patel | 31 March"): never the action text of a row.
_NAMES_LIST_CELL = re.compile(rf"{_CELL_NAME}(?:{_NAME_SEP}{_CELL_NAME})+")
# An owner cell naming a whole group by its members' post in the plural: "All governors", "Both trustees".
_WHOLE_GROUP_CELL = re.compile(r"(?:All|Both)(?:\s+the)?\s+[a-z][a-z-]*[^\Wsu_]s")


# A cell that labels its own content ("Owner SG", "Owner: JM", "Assigned to Ann Lee", "Owner → Ann Lee", "Lead: CC"),
# in rows that lost their header line ("Lead" and "Responsible" only with their mark: "Lead Officer" is an office).
_OWNER_LABEL = re.compile(rf"(?:{_OWNER_FIELD}|Owner)\s+(?=\S)")


# The area closing an office cell, after a dash ("Finance Business Partner| – Housing") or in brackets, as a log shared
# by two bodies tells their like offices apart ("Chief Finance Officer| (Police)", "Head of Finance| (OPCC)").
_AREA_OF_OFFICE = re.compile(rf"\s+(?:[–—]\s+{_AREA_WORDS}|\((?-i:[A-Z])[\w&'’ -]{{1,30}}\))$")


def office_cell(written: str) -> bool:
    """Whether a cell names an office, perhaps with the area it covers after a dash or in brackets ('Head of
    Commercial', 'Finance Business Partner – Housing', 'Chief Finance Officer (Police)')."""
    return _office(_AREA_OF_OFFICE.sub("", written))


# A post's short form and the area it covers, as an action log's owner column writes it: "AD Education and Inclusion"
# (the Assistant Director, Education and Inclusion), "HoS Engineering".
_POST_AND_AREA = re.compile(rf"(?-i:{_TAG_WHO})\s+(?P<area>{_AREA_WORDS})")


def post_and_area(written: str) -> re.Match | None:
    """The match of an owner cell that is a post's short form and its area (:data:`_POST_AND_AREA`), or None; an area
    holding a rank or title is a person's name ('OPCC Ch Supt Onslow'), not an area."""
    m = _POST_AND_AREA.fullmatch(written)
    return m if m and not set(m["area"].split()) & set(TITLES) else None


def _word_initials(words: str) -> str:
    """The first letter of each word, in capitals: 'Assistant Director, ' -> 'AD'."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", words)).upper()


def _capital_initials(words: str) -> str:
    """The first letter of each capitalised word, joining words left out: "Children's Social Care" -> 'CSC'."""
    return "".join(w[0] for w in words.split() if w[0].isupper())


def holds_post_and_area(role: str, post: str, area: str) -> bool:
    """Whether a role is a post for an area, written short as the post's initials and the area in full or by its own
    initials: 'AD' 'Education and Inclusion' or 'AD' 'CSC' for 'Assistant Director, Children's Social Care'."""
    words = role.split()
    for k in range(1, len(words)):
        rest = " ".join(words[k:])
        if _word_initials(" ".join(words[:k])) == post and area in (rest, _capital_initials(rest)):
            return True
    return False


def post_and_area_owner(written: str, people: list[Person]) -> Owner:
    """The owner an owner cell of a post's short form and its area names (:func:`post_and_area`), as written; resolved
    to the one listed person whose role is that post for that area ('Assistant Director, Education and Inclusion': the
    initials of the words before the area, then the area, in full or by its initials as in 'AD CSC')."""
    m = post_and_area(written)
    holders: list[Person] = []
    if m is not None:
        post, area = written[: m.start("area")].strip().upper(), m["area"]
        holders = [p for p in people if p.role and holds_post_and_area(p.role, post, area)]
    return sole_holder_owner(written, holders)


# A person's organisation in brackets after their name in an owner cell, as a log names a supplier's or partner's
# staff: "Owner: Ann Lee (Acme)"; the name alone is the owner.
_NAME_WITH_ORGANISATION = re.compile(rf"(?P<name>{_NAMES_CELL.pattern})\s+\((?-i:[A-Z])[\w&'’ .-]{{1,40}}\)")


def _owner_cell(text: str, cell: Cell) -> Cell | None:
    """The part of one action-log cell that names owners: initials ('JT', 'MD/DDQG', 'CD-CS/DDoN'), handles
    ('@kim'), full names (without the organisation bracketed after them: 'Ann Lee (Acme)'), a whole group ('All
    governors') or an office ('Head of Commercial'), without a label the cell carries ('Owner SG', 'Owner → Ann Lee');
    None for a status, a placeholder ('TBC') or anything else."""
    label = _OWNER_LABEL.match(text, cell[0], cell[1])
    cell = (label.end(), cell[1]) if label else cell
    organisation = _NAME_WITH_ORGANISATION.fullmatch(text, cell[0], cell[1])
    if organisation and not office_cell(organisation["name"]):  # "Chief Finance Officer (Police)" is one post
        cell = organisation.span("name")
    written = text[cell[0] : cell[1]]
    if written.lower() in STATUS_CELLS or written.lower() in PLACEHOLDER_CELLS or written.endswith(":"):
        return None  # a status, a placeholder, or a label whose value the splitter cut off ("Lead:")
    if (
        initials_cell(written)
        or initials_cell(
            _AREA_OF_OFFICE.sub("", written)
        )  # "CFO (Police)": a post's short form, as office_cell
        or _HANDLE_CELL.fullmatch(written)
        or _NAMES_CELL.fullmatch(written)
        or re.fullmatch(_TITLED_PERSON, written)  # "Supt. Cole", "C/Insp. Amin"
        or _WHOLE_GROUP_CELL.fullmatch(written)
        or office_cell(written)
        or post_and_area(written)
        or joined_owner_cells(written)
        or (label is not None and _LABELLED_FIRST_NAME.fullmatch(written) is not None)
    ):
        return cell
    return None


# One capitalised word after an owner label: a first name or nickname as a team writes it ("Owner: Claire"); the
# label makes it an owner, where a capitalised word alone in a cell could be anything.
_LABELLED_FIRST_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


# The joiner between the owners a "Who" cell names one after the other: "Mr Osei/DSL", "Chair & Clerk", "JK and AO"
# (each part must still read as initials or a name, so "Finance and Resources" is no owner cell).
_CELL_JOINER = re.compile(r"\s*/\s*|\s+(?:&|and)\s+")


def joined_owner_cells(written: str) -> bool:
    """Whether one action-log cell names several people joined by a slash, an ampersand or "and", each by initials, a short
    form, a name or a title and name, though of different kinds ('Mr Osei/DSL'), or an office written out in full beside
    them ('Chief Finance Officer (Police) / CEx'). A post and its area ('ADE / HoS Nursing and Midwifery') is left to
    the sentence, which names it whole."""
    parts = _CELL_JOINER.split(written)
    return len(parts) > 1 and all(
        initials_cell(part)
        or _NAMES_CELL.fullmatch(part)
        or re.fullmatch(_TITLED_PERSON, part)
        or _RANK_AND_SURNAME.fullmatch(part)
        # an office written out beside another owner's short form, as a log shared by two bodies writes a joint
        # action: "Chief Finance Officer (Police) / CEx"
        or (len(part.split()) > 1 and office_cell(part))
        for part in parts
    )


# A rank's or grade's short form and a surname, as a joined owner cell writes one of its people beside another: the
# "AM Ferrars" of "ACC / AM Ferrars", "DI Okafor" (the short form in capitals, the surname one capitalised word; a
# post and the area it covers, "AD Education", stays a whole cell's reading, :func:`post_and_area`).
_RANK_AND_SURNAME = re.compile(r"(?-i:[A-Z]{2,4}\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")


# The lead word of a due cell written in words: "Before Christmas", "By Easter", "End of term", "Next FGB".
_DUE_CELL_LEAD = re.compile(r"(?:before|by|until|end|next|w/c|within|after)\b", re.I)


def due_cell(cell: str) -> bool:
    """Whether a cell after the action text is its due point, though capitalised like a name ('Before
    Christmas'): it opens with a due word or reads as a dated cell."""
    return _DUE_CELL_LEAD.match(cell) is not None or _table_cell_due(cell, None, None) is not None


def _table_owner_cell(text: str, cells: list[Cell]) -> Cell | None:
    """In an action-log row, the owner cell (see :func:`_owner_cell`) after the action text; failing that, the
    cell just before it, for logs laid out 'Ref | Lead | Action | Due | Status' ('QSC/21/116 | CN | Provide the
    plan | Jan 2022 | Open'). A reference cell opening the row ('A-113', '21/087') never reads as initials. A cell that
    labels its owners ('Owner → Ann Lee | ETA: 3 May | Draft the plan') names them wherever it stands."""
    labelled = next((c for c in cells if _OWNER_LABEL.match(text, c[0], c[1])), None)
    owner = _owner_cell(text, labelled) if labelled else None
    if owner is not None:
        return owner
    longest = _longest_cell(cells, text)
    for cell in cells[longest + 1 :]:
        owner = _owner_cell(text, cell)
        if owner is not None and not due_cell(text[cell[0] : cell[1]]):
            return owner
    if _first_name_before_due(text, cells[longest + 1 : longest + 3]):
        return cells[longest + 1]
    return _owner_cell(text, cells[longest - 1]) if longest > 0 else None


def _first_name_before_due(text: str, cells: list[Cell]) -> bool:
    """Whether ``cells``, the two after a row's action text, are a lone first name and a due cell ('Draft the
    rota<TAB>Haruto<TAB>by 15 December'): the owner column as a team writes it, which the due cell after it makes
    an owner, where a capitalised word alone in a cell could be anything."""
    return (
        len(cells) == 2
        and _LABELLED_FIRST_NAME.fullmatch(text, cells[0][0], cells[0][1]) is not None
        and due_cell(text[cells[1][0] : cells[1][1]])
        and not due_cell(text[cells[0][0] : cells[0][1]])
    )


# Asides naming people who help but do not own the action: "The ACC, in consultation with the DCC, to review".
_ASIDE = re.compile(
    r",\s*(?:(?P<with>with)|together\s+with|alongside|supported\s+by|assisted\s+by|in\s+consultation\s+with|"
    r"in\s+liaison\s+with|on\s+behalf\s+of)\s+[^,;:]{1,60},|\((?:with|supported\s+by|assisted\s+by|"
    r"in\s+consultation\s+with|on\s+behalf\s+of)\s+[^()]{1,60}\)",
    re.I,
)
# A stock hedge between dashes or in brackets, between the owner and the task: "That the Director – as agreed –
# report", "Cllr Shah (if possible) to visit". (Between commas the sentence reader already skips it.)
_HEDGE_WORDS = (
    r"as\s+(?:previously\s+)?(?:agreed|discussed|requested|planned|above)|if\s+(?:possible|required|necessary|needed)"
    r"|where\s+(?:possible|appropriate|necessary)|in\s+the\s+meantime|in\s+principle|as\s+a\s+priority"
)
_HEDGE = re.compile(rf"\s[–—-]\s+(?:{_HEDGE_WORDS})\s+[–—-](?=\s)|\s\((?:{_HEDGE_WORDS})\)(?=\s)", re.I)
# Markdown strong emphasis around a label: the "**" or "__" of "**AI**".
_STRONG = r"(?:\*\*|__)"
# An arrow that sets an action line off under the discussion it follows: "→ AI @ana: update the docs".
_LEAD_ARROW = r"(?:→|⇒|->|=>)\s*"
# Task-list lines that open with the handles of their owners and a colon or a dash: "@ana: update the docs",
# "@ana @bo: update the docs" (handles set apart by a space are two owners),
# "@ana – update the docs – due 2025-05-28", also as an org-mode heading ("** TODO @ana: update the docs") or after
# an arrow ("→ AI @ana: update the docs"); the label may be in Markdown bold ("**AI** @ana: ...", "**Action:** @ana: ...").
_HANDLE_COLON = re.compile(
    rf"^\s*(?:\*{{1,6}}\s+|{_LEAD_ARROW})?(?:{_STRONG}?(?:todo|action|ap|ai)\b{_STRONG}?\s*[:\-–]?{_STRONG}?\s*)?\(?(?P<who>@[\w.-]+(?:(?:\s*(?:[/,&+]|\band\b)\s*|\s+)@[\w.-]+)*)\)?\s*(?::|\s[–—])\s+\S",
    re.I,
)
# A task line opening with full-name mentions, as wiki task lists write them with no colon after ("@Ann Lee draft
# the plan", "@Ann Lee @Bo Kim costed plan (next review)", "@Ann Lee and @Bo Kim to agree"): each is a first and a last name in title case, so a
# capitalised word after them that is not ("DBA", "IT") starts the task.
_FULL_NAME_MENTIONS = re.compile(
    r"^\s*(?P<who>@[A-Z][a-z'’-]+\s[A-Z][a-z'’-]+(?:(?:\s*(?:,|&|\band\b)\s*|\s+)@[A-Z][a-z'’-]+\s[A-Z][a-z'’-]+)*)\s+(?=[\w(])"
)
# A task line opening with a lower-case handle and a colon ("josh: summary comment on #11482"); an owner
# only when the handle is a listed person's, and only before a lower-case task (a transcript's speech opens
# with a capital: "josh: Could we ...").
_LISTED_HANDLE_COLON = re.compile(
    rf"^\s*(?:{_LEAD_ARROW})?(?P<label>(?:todo|action(?:\s+item)?|ap|ai)\b\s*[:\-–]?\s*)?(?P<who>[a-z][\w.-]{{1,30}}):\s+(?-i:[a-z`])",
    re.I,
)
# The agent of a passive: "would be circulated by the Clerk"; a phrasal verb keeps its particle ("would be carried
# out by the review officer", "be followed up by the Clerk").
_BY_AGENT = re.compile(
    r"\b(?:be|been|being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn|nt|de)|done|brought|sought|taught|kept|held|run|set|put)"
    r"\s+(?:(?:out|up|forward|through|over)\s+)?"
    # a named recipient may come between: "will be sent| to Mrs Khan| by the Governance team"
    r"(?:to\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s+)?"
    # or the people it goes to, in lower case: "are to be circulated| to members| by the Faculty Registrar"
    r"(?:to\s+(?:all\s+)?(?:members|governors|trustees|directors|staff|colleagues|attendees|councillors)\s+)?by\s+(?=\S)"
    # a participle phrase closing the sentence: "the first workshop would be on X, run by Dariusz and Orla"
    r"|,\s+(?:run|led|chaired|facilitated|hosted|delivered|organi[sz]ed|coordinated)\s+(?:jointly\s+)?by\s+(?=\S)"
)
# Bodies that consider or receive a matter; "to be considered by the Board" names when, not who.
_BODY_WORDS = re.compile(
    r"\b(?:board|committee|panel|council|cabinet|senate|authority|meeting|forum|group|court|assembly)\b", re.I
)


# What ends the head of a noun phrase: "the Cabinet Member| for Health", "the Board| of Governors".
_HEAD_END = re.compile(r"\s+(?:of|for)\s+", re.I)


def names_body(phrase: str) -> bool:
    """Whether a noun phrase names a body by its head noun ('the Audit Committee', 'the Board of Governors'), not
    an office named after a body ('the Cabinet Member for Health', 'the Chair of the Committee'): a body's view
    ('the Committee supports ...') is no task, an office holder's act ('the Cabinet Member writes to ...') is."""
    head = _HEAD_END.split(phrase, maxsplit=1)[0].split()
    return bool(head) and _BODY_WORDS.fullmatch(head[-1]) is not None


# The meeting's own body as its minutes name it, by its bare head: "the Committee", "the Board", "this Panel" ("the
# Audit Committee" is another body, "Cabinet" a body the minutes of a council's committees address).
_OWN_BODY = re.compile(
    r"(?:the|this)\s+(?:Committee|Sub-Committee|Board|Panel|Group|Forum|Council|Governing\s+Body|Meeting)",
    re.I,
)


def own_body(phrase: str) -> bool:
    """Whether a clause's subject is the meeting's own body named by its bare head ('the Committee'): in a resolution
    that also names an officer, its clause is the body's decision, not a task."""
    return _OWN_BODY.fullmatch(phrase.strip()) is not None


# An organisation in brackets after a name: "Rosa (UvL) to draft", "Tom (ECRC) will" (two capitals or more;
# a role's qualifier such as "the Associate Dean (Education)" is part of the role).
_AFFILIATION = re.compile(r"(?<=\w)\s\((?=[^)\s]*[A-Z][^)\s]*[A-Z])(?:[A-Z][\w&.-]{0,11})\)(?=\s+[a-z])")
# The same set off by commas after an office, as council minutes name an officer of another body: "the Head of
# Service Development, NAS, be asked to" (all capitals; a list goes on with "and": "the Chair, JS, and KL").
_COMMA_AFFILIATION = re.compile(r"(?<=[a-z]),\s[A-Z]{2,6},(?=\s+(?!(?:and|or|nor)\b)[a-z])")
# A role in brackets after a capitalised name, written with a lower-case word: "Maria (TSC chair) to email".
_BRACKET_ROLE = re.compile(r"(?<=[A-Za-z])\s\((?=[^()]*\b[a-z])(?:[\w&.-]+\s){1,3}[\w&.-]+\)(?=\s+[a-z])")

# An editor's note in square brackets, signed with initials, inside a sentence: "Kenji and Thomas [ML: Tomás] will
# coordinate", "47 open issues [ML: the assistant heard 74], down from 63". The sentence reads on without it.
_EDITOR_NOTE = re.compile(r"\s\[[A-Z]{1,3}:\s[^\[\]\n]{1,60}\](?=[\s,;]+[a-z])")


# A post or a person as an aside names them: capitalised words, perhaps after "the" ("the Head of Admissions", "Dr Lee").
_ASIDE_PERSON = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’.-]*){0,5}")
# The subject an aside may follow, opening the sentence or a "that" clause: "Heads of School|, with ...".
_SUBJECT_BEFORE_ASIDE = re.compile(rf"(?:.*\bthat\s+)?{_ASIDE_PERSON.pattern}\s*", re.S)
# The task right after an aside, its infinitive or bare verb: "|, with the Head of Admissions,| to review".
_TASK_AFTER_ASIDE = re.compile(r"\s+(?:to\s+)?[a-z]+\s")


def co_owner_aside(text: str, aside: re.Match) -> bool:
    """Whether an aside is ', with <a post or person>,' right between the subject and its task ('Heads of School,
    with the Head of Admissions, to review'): the one it names shares the action. Other asides ('in consultation
    with', 'supported by') name a helper, and ', with <a thing>,' ('with named leads', 'with the revised plan') after
    an object names no one."""
    if aside.group("with") is None or not aside.group().startswith(", with "):
        return False
    named = aside.group()[len(", with ") : -1]
    return (
        _ASIDE_PERSON.fullmatch(named) is not None
        and (
            ROLE_WORDS.search(named) is not None
            or _TITLED_NAME.match(named) is not None
            or _ABBREV.fullmatch(re.sub(r"^the\s+", "", named)) is not None
        )
        and _SUBJECT_BEFORE_ASIDE.fullmatch(text, body_start(text), aside.start()) is not None
        and _TASK_AFTER_ASIDE.match(text, aside.end()) is not None
    )


def _unmasked_aside(text: str, aside: re.Match) -> str:
    """An aside blanked out, or, when it names a co-owner, rewritten as 'and <co-owner>' (same length)."""
    if not co_owner_aside(text, aside):
        return " " * len(aside.group())
    return f" and {aside.group()[len(', with ') : -1]}".ljust(len(aside.group()))


def mask_asides(text: str) -> str:
    """``text`` with asides such as ', in consultation with the DCC,' and '– as agreed –', bracketed affiliations
    ('Rosa (UvL)') and editors' notes ('[ML: Tomás]') blanked out (same length, so offsets still hold); an aside
    naming a co-owner right after the subject (', with the DCC,') is read as 'and the DCC'."""
    blank = lambda m: " " * len(m.group())  # noqa: E731
    unmasked = _ASIDE.sub(lambda m: _unmasked_aside(text, m), text)
    masked = _AFFILIATION.sub(blank, _HEDGE.sub(blank, unmasked))
    masked = _COMMA_AFFILIATION.sub(blank, masked)
    if "[" in masked:
        masked = _EDITOR_NOTE.sub(blank, masked)
    if "(" not in masked:
        return masked
    return _BRACKET_ROLE.sub(lambda m: blank(m) if ROLE_WORDS.search(m.group()) else m.group(), masked)


# Counts written as words, with their value: "within fourteen days", "all three councils".
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
}  # fmt: skip


# A counted group with its quantifier, which names who acts whatever its members are: "all 14 projects", "all three
# councils".
_COUNTED_GROUP = re.compile(
    rf"all\s+(?:\d{{1,3}}|{alternation(w for w, n in COUNT_WORDS.items() if 2 <= n <= 12)})\s+"
    r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*s",
    re.I,
)


def lower_phrase_before(
    text: str, end: int, start: int = 0, heads: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """A group or role written in lower case just before ``end``: 'the working group| would', 'All
    partners| to', 'the WP leads| to'. Its last word must read as people (a role word, a group word, a side,
    a plural such as 'modellers', or one of ``heads``, the roles of the people list: 'the applicant'), and
    nothing in it may be a verb or preposition, so the phrase may open at a later determiner: in 'The Chair
    asked the force| to' it is 'the force'."""
    m = _LOWER_NP.search(text, start, end)
    while m and any(w.lower() in _NP_STOPS or w.endswith("ed") for w in m.group("np").split()[1:]):
        m = _LOWER_NP.search(text, m.start("np") + 1, end)
    if not m:
        return None
    # only an infinitive has its own subject after "for" ("the action for| officers| to report"): before a modal the
    # thing is the subject ("the call for volunteers| would go out")
    np_start = m.start("np") + (subject_after_for(m.group("np")) if _INFINITIVE_NEXT.match(text, end) else 0)
    words = text[np_start : m.end("np")].split()
    role_for = _FOR_SUBJECT.match(m.group("np")) if np_start == m.start("np") else None
    # "the link governor for safeguarding": a role and its remit, whose head is the role before "for"
    head = role_for.group("thing").split()[-1] if role_for else words[-1]
    if _COUNTED_GROUP.fullmatch(m.group("np")):
        return m.start("np"), m.end("np")  # "all 14 projects| to sign": every one of a counted group acts
    if not (
        ROLE_WORDS.fullmatch(head)
        or head.lower() in GROUP_WORDS
        or head.lower() in ORGANISATION_HEADS
        or head.lower() in PARTY_WORDS
        or head.lower() in heads
        or _PEOPLE_HEAD.search(head)
        or _AGENT_NOUN.fullmatch(head)
        or _AGENT_OF.search(m.group("np"))
    ):
        return None
    return np_start, m.end("np")


_INFINITIVE_NEXT = re.compile(r"\s*to\s")
# "for" and the subject of the infinitive that follows a lower-case phrase: "the action from the July meeting for|
# officers| to report".
_FOR_SUBJECT = re.compile(r"(?P<thing>.*\S)\s+for\s+(?=\S)", re.S)


def subject_after_for(np: str) -> int:
    """Offset in a lower-case phrase of the subject after 'for' when the words before it name a thing, not people
    ('the action from the July meeting for| officers', 'a request for| members'): they then act, not the thing;
    0 when there is no 'for' or a role or group precedes it ('the lead for| safeguarding')."""
    m = _FOR_SUBJECT.match(np)
    if m is None:
        return 0
    thing = m.group("thing").split()[-1]
    people = ROLE_WORDS.fullmatch(thing) or thing.lower() in GROUP_WORDS or _PEOPLE_HEAD.search(thing)
    return 0 if people else m.end()


# A group the clause makes up of named members, opening a clause before them: "that a recruitment panel of| HM, SB and
# ML run ...", "that a working group comprising| Cllrs Pettigrew, Okafor and Feeney draft ...". The members are
# capitalised (a lower-case "a panel of experts" names no one).
_GROUP_OF_MEMBERS = re.compile(
    r"(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:panel|group|sub-group|subgroup|committee|sub-committee|team|party)\s+"
    r"(?:of|comprising|consisting\s+of|made\s+up\s+of)\s+(?=(?:the\s+)?[A-Z])"
)
_MEMBERS_JOINED = re.compile(r",|\s(?:and|&)\s")
# A group set up to do the task, in the passive of its setting up: "a committee comprising X and Y| be constituted to
# examine ..." (the members examine).
_SET_UP_TO = re.compile(
    r"\s+be\s+(?:constituted|established|formed|set\s+up|convened|appointed)\s+to\s+[a-z]"
)


def group_members(text: str, start: int) -> tuple[int, int] | None:
    """The members named after a group that opens a clause at ``start`` ('that a panel of| HM, SB and ML| run a
    campaign'): a group set up of named people is those people, who do the work; None when no such group opens it,
    or when one name follows it ('the appointments panel of the Board', a body's panel, not its members)."""
    m = _GROUP_OF_MEMBERS.match(text, start)
    span = phrase_after(text, m.end()) if m else None
    return span if span and _MEMBERS_JOINED.search(text, *span) else None


def lower_group_after(text: str, start: int, heads: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """A group or role in lower case that opens a clause at ``start`` ('that the working group| include
    ...'): the run from its determiner to the first words that read as people (see
    :func:`_lower_role_head`), with no verb or preposition inside it. People named only after 'of' qualify a thing,
    the phrase's head ('that the allocation of technician| time be increased'), and make no group."""
    m = _LOWER_GROUP_AFTER.match(text, start)
    if not m:
        return None
    words = list(re.finditer(r"[\w’'-]+", text[m.start() : m.end()]))
    for k in range(1, len(words) - 1):  # a verb must follow the phrase
        if words[k].group() in _NP_STOPS or words[k].group().endswith("ed"):
            return None
        if words[k].group() in ("of", "for"):
            # no people before "of" or "for": "the allocation of| technician time", "the call for| volunteers"
            return None
        if _lower_role_head(words[k].group()) or words[k].group() in heads:
            while k + 2 < len(words) and _lower_role_head(words[k + 1].group()):
                k += 1  # "the team leaders"
            return m.start(), m.start() + words[k].end()
    return None


# A free relative naming whoever will be in a position to act: "whoever locks up| will check", "whoever is on duty|
# to".
_FREE_RELATIVE = re.compile(
    r"(?:whoever|whichever\s+[a-z]+|anyone\s+who)(?:\s+[a-z][\w’'-]*){1,4}?(?=\s+(?:will|would|should|shall|is\s+to|to)\s)",
    re.I,
)


# A plural group with no determiner opening a clause before its modal: "that module leaders| would include".
_BARE_PLURAL_AFTER = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s(?=\s+(?:would|will|should|shall)\s+[a-z])"
)


def bare_plural_after(text: str, start: int) -> tuple[int, int] | None:
    """A plural group written in lower case with no article that opens a clause at ``start`` ('that module
    leaders| would include ...'): its last word reads as people and the words before it only qualify it."""
    m = _BARE_PLURAL_AFTER.match(text, start)
    if not m:
        return None
    words = m.group().split()
    if not (_lower_role_head(words[-1]) and all(_modifier(w) for w in words[:-1])):
        return None
    return m.start(), m.end()


def free_relative(text: str, start: int) -> tuple[int, int] | None:
    """The span of a free relative opening a clause at ``start`` ('whoever locks up| will check the exits'): the
    owner is whoever it describes, kept as written."""
    m = _FREE_RELATIVE.match(text, start)
    return (m.start(), m.end()) if m else None


# A list marker before a sentence: "iii. ", "2) ", "- ".
_LIST_MARKER = re.compile(r"\s*(?:(?:[ivx]{1,4}|\d{1,2}|[a-z])[.)]\s+|[-•*]\s+)?")
# A group named by a plural role and what it heads, opening the sentence in lower case: "heads of school",
# "all leads of the work packages".
_HEADS_OF = re.compile(
    r"(?:all\s+)?(?P<head>[a-z][\w-]*s)\s+of\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*"
)


# A group written in lower case with no article as the object of a request, before the infinitive of the task: "The
# Board asked| convenors of further and special subjects| to send", "invited| module leaders| to".
_ASKED_BARE_GROUP = re.compile(
    r"\b(?:asked|requested|invited|instructed|urged|tasked|reminded)\s+"
    r"(?P<group>(?P<head>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)(?:\s+of\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)?)\s*$"
)


def asked_bare_group(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a lower-case plural group with no article that a request asks to act, ending at ``end``, the 'to'
    of the task ('The Board asked| convenors of further and special subjects| to send'): the asker is named with a
    capital, as minutes record a request they make (not 'officers asked residents to report potholes', a practice
    reported), the group's head reads as people (see :func:`_lower_role_head`) and the words before the head only
    qualify it; None otherwise."""
    m = _ASKED_BARE_GROUP.search(text, start, end)
    if m is None or not text[start : m.start()].lstrip()[:1].isupper():
        return None
    words = m.group("head").split()
    if not (_lower_role_head(words[-1]) and all(_modifier(w) for w in words[:-1])):
        return None
    return m.span("group")


def leading_group(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A lower-case group of role holders that is all of the sentence before its verb ('heads of school| to
    confirm'): a plural role ('heads', 'leads', 'officers') and what it heads."""
    at = _LIST_MARKER.match(text, start).end()
    m = _HEADS_OF.fullmatch(text, at, end)
    if not m:
        return bare_group(text, at, end)
    head = m.group("head")
    if not (ROLE_WORDS.fullmatch(head[:-1]) or head in GROUP_WORDS):
        return None
    return at, at + len(m.group().rstrip())


# A group or role written in lower case with no article, all of a task line before its verb ("infra team| to
# check", "committee| to get quotes"): a few words, the last a role or group head.
_BARE_WORDS = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}")
# The same group opening the line, its first word capitalised as the line's first: "Risk owners| to review", "Budget
# holders| to confirm". Two words at least, the last a plural agent noun or role: the first word may be a name, and a
# name before a verb is no group ("Travis wants| to follow up").
_OPENING_BARE_WORDS = re.compile(r"[A-Z][a-z-]+(?:\s+[a-z][\w-]*)?\s+[a-z]+s")
_PLURAL_AGENT = re.compile(r"[a-z]{2,}(?:er|or)s")


def opening_group(text: str, start: int, stop: int) -> re.Match | None:
    """A group opening a task line with its first word capitalised ('Risk owners', 'Budget holders'), whose last word
    is a plural agent noun or a plural role (see :data:`_OPENING_BARE_WORDS`); None otherwise."""
    m = _OPENING_BARE_WORDS.fullmatch(text, start, stop)
    if m is None:
        return None
    head = m.group().split()[-1]
    return m if _PLURAL_AGENT.fullmatch(head) or plural_role(head) else None


# Words that alone stand for everyone at the meeting as the subject of a task line: "All to send ideas".
EVERYONE_WORDS = frozenset({"all", "everyone", "everybody", "all members"})


# The words that give a group its task after it: "to", or "are to" / "is to" ("Module leaders are to review ...").
_TASK_TO = re.compile(r"(?:(?:are|is)\s+)?to\s")


def bare_group(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a lower-case group without an article that is all of the text between ``start`` and
    ``end`` ('infra team', 'committee', or everyone: 'All'), given a task by 'to' or 'are to' (a task line, or an
    instruction: 'Module leaders are to review'; 'task force would have to' in a transcript is speculation): its last
    word reads as people, the others qualify it."""
    stop = len(text[:end].rstrip())
    if not _TASK_TO.match(text, end):
        return None
    if text[start:stop].lower() in EVERYONE_WORDS:
        return start, stop  # "All to send ideas ...": everyone present
    m = _BARE_WORDS.fullmatch(text, start, stop) or opening_group(text, start, stop)
    if not m:
        return None
    words = m.group().split()
    words[0] = words[0].lower()  # "Risk owners": the line's capital is no part of the word
    if not (_lower_role_head(words[-1]) and all(_modifier(w) for w in words[:-1])):
        return None
    return start, stop


_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|He|She)\s*$")


def _pronoun_antecedent(
    text: str, start: int, end: int, people: list[Person], matcher: PhraseMatcher
) -> list[Owner] | None:
    """'The bunting is in Derek's loft and he will dig it out': a 'he' or 'she' just before the verb stands
    for the one person named earlier in the sentence; None when no one, or more than one, is named."""
    pronoun = _PRONOUN_SUBJECT.search(text, start, end)
    if not pronoun:
        return None
    named = {idx: (s, e) for s, e, idx, _ in _mentions(text, start, pronoun.start(), matcher)}
    if not named:
        return _speaker_of_pronoun(text, start, pronoun.start(), people, matcher)
    if len(named) != 1:
        return None
    idx, (s, e) = next(iter(named.items()))
    person = people[idx]
    return [Owner(mention=text[s:e], name=person.name, abbrev=person.abbrev)]


# A verb reporting what the subject said, just before the pronoun that repeats it: "Principal Boateng said| she".
_SAID = re.compile(r"\s+(?:said|stated|confirmed|indicated|added|replied)\s+(?:that\s+)?$")


def _speaker_of_pronoun(
    text: str, start: int, pronoun: int, people: list[Person], matcher: PhraseMatcher
) -> list[Owner] | None:
    """'Principal Boateng said she would raise it': the 'she' who will act is the one who said so, the phrase
    the sentence opens with, even when the people list does not name them; None otherwise."""
    said = _SAID.search(text, start, pronoun)
    if said is None:
        return None
    opening = phrase_after(text, start)
    if opening is None or opening[1] != said.start() or not text[opening[0]].isupper():
        return None
    return owners_in_phrase(text, *opening, people, matcher) or None


# A task line that opens with its owners and a colon: "Nils Ekdahl: memo on ...", "All directors: share ...".
_OWNER_COLON = re.compile(r"^\s*\[?(?P<who>[A-Z@][^:;.\]]{0,59}?)\]?\s*:\s+(?=[a-z])")
# After an action label the owner may be set apart from the task by a spaced dash instead: "Action: Clerk – update the
# register", "ACTION: Head of Estates - book the room" (only after a label, where the dash cannot be a heading's).
_OWNER_DASH = re.compile(r"^\s*(?P<who>[A-Z@][^:;.–—\]]{0,59}?)\s+[–—-]\s+(?=[a-z])")
_LABEL_WORDS = frozenset(
    {"action", "actions", "decision", "resolved", "resolution", "agreed", "note", "update", "status", "todo"}
)


# An action label with no separator of its own, bare, after a hash or in square brackets as issue-tracker and
# project notes tag their action lines: "ACTION", "#ACTION", "[ACTION]"; a note in brackets may follow it, as notes
# mark an action carried from an earlier meeting: "[ACTION] (carried over from 2021-10-21)".
_CAPS_LABEL = r"(?:#?(?:ACTION|TODO)|\[(?:ACTION|TODO)\])"
_LABEL_NOTE = r"(?:\s*\([^()]{1,60}\))?"
# A label with no separator of its own before the owner's colon: "ACTION Yuki: post the summary", "[ACTION] Yuki,
# Omar: post the summary", "[ACTION] (carried over from May) Yuki: ...".
_BARE_LABEL = re.compile(
    rf"\s*(?:{_CAPS_LABEL}|#?Action|\[Action\]){_LABEL_NOTE}\s+(?=[A-Z@][^:;.]{{0,40}}:\s+[a-z])"
)
# A given name alone, as a label names an owner on a page with no people list: "#ACTION Kofi: ...".
_GIVEN_NAME = re.compile(r"[A-Z][a-z][\w'’-]{1,30}")


# A council's portfolio office: the member of the executive body who holds a portfolio, named by the body and the
# portfolio, "Cabinet Member for Children's Services", "Executive Member for Housing", "Portfolio Holder for Finance";
# the body's name in it names the member's seat, not the body.
_PORTFOLIO_OFFICE = re.compile(r"(?:(?:Cabinet|Executive|Lead)\s+Member|Portfolio\s+Holder)\s+for\s+[A-Z]")


def _office(mention: str) -> bool:
    """A capitalised office held by a person ('Head of Apprenticeships', 'Director of Governance', 'Cabinet Member for
    Housing'), not a body ('Board') or a label: a role word in it, every word capitalised or a joining word."""
    words = mention.split()
    if _PORTFOLIO_OFFICE.match(mention):
        return all(w[0].isupper() or w.lower() in NP_LINKS for w in words)
    return (
        ROLE_WORDS.search(mention) is not None
        and _BODY_WORDS.search(mention) is None
        and words[0].lower() not in _LABEL_WORDS
        and all(w[0].isupper() or w.lower() in NP_LINKS for w in words)
    )


def _labelled_name(mention: str) -> bool:
    """Whether a mention after an action label ('#ACTION Kofi: ...') is a given name: one capitalised word that
    is no label, function or office word; the label vouches for it where the page lists no people."""
    return (
        _GIVEN_NAME.fullmatch(mention) is not None
        and mention.lower() not in _LABEL_WORDS
        and not _not_owner(mention)
    )


# The box that marks a task line: a Markdown checkbox ('- [ ] ') or a ballot box as OneNote and Word to-do lists
# write it ('☐ ', ticked '☑ ' or '☒ '), so that the owner before the colon opens what is left.
_TASK_BOX = re.compile(rf"{CHECKBOX.pattern}|^\s*[{OPEN_BALLOT_BOX}{DONE_BALLOT_BOXES}]\s*")


# An action's status in capitals and brackets opening its line, as reviews of open actions tag them: "[CONTINUED]
# dmitri to move the builds", "[DONE] alice to tag 2.3.2". Like an action label, it marks the line as a task, so an
# unlisted handle after it names the owner.
_STATUS_TAG = re.compile(
    r"\s*\[(?:CONTINUED|CARRIED(?:\s+(?:OVER|FORWARD))?|DONE|OPEN|NEW|ONGOING|IN\s+PROGRESS|PENDING|CLOSED|DROPPED"
    r"|BLOCKED)\]\s*"
)


# An arrow opening a task line, as notes mark the actions under a topic: "→ Jonas: land the patch (Aug 26)".
_OPENING_ARROW = re.compile(rf"\s*{_LEAD_ARROW}")


def without_task_marker(text: str) -> str:
    """``text`` without the checkbox or the arrow that marks it as a task line ('- [ ] ', '→ '), so that the owner
    before its colon opens what is left."""
    body = _TASK_BOX.sub("", text)
    arrow = _OPENING_ARROW.match(body)
    return body[arrow.end() :] if arrow else body


# A group in lower case before the colon of a task line whose task starts in lower case: "the release team: cut the
# release candidate", "everyone: comment on the draft", "docs team: ...".
_GROUP_COLON = re.compile(r"(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}):\s+(?=[a-z])")


def group_colon_owners(text: str) -> list[Owner] | None:
    """The group a task line opens with before its colon (:data:`_GROUP_COLON`), kept as written: everyone present
    ('→ everyone: ...'), or a group or role whose last word reads as people and whose other words, after an article,
    only qualify it ('→ the release team: ...'); None otherwise, so that a lower-case label ('→ next steps: ...') is
    never taken. Only on a line an arrow or checkbox marks as a task: in a chat line 'everyone: please ...' is
    said to everyone, not given to them."""
    body = without_task_marker(text)
    m = _GROUP_COLON.match(body) if len(body) < len(text.lstrip()) else None
    if m is None:
        return None
    who = m.group("who")
    words = who.split()
    if who in EVERYONE_WORDS:
        return [Owner(mention=who)]
    words = words[1:] if words[0] == "the" else words
    if words and _lower_role_head(words[-1]) and all(_modifier(w) for w in words[:-1]):
        return [Owner(mention=who)]
    return None


def _colon_owners(text: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner] | None:
    """Owners named before the colon of a task line whose task starts in lower case, or before a spaced dash after an
    action label ('Action: Clerk – update ...'). Only people on the list, handles, quantified groups and offices count,
    so a label ('Update: ...') or a speaker is never taken."""
    body = without_task_marker(text)
    # a lead naming the meeting the action was carried from marks the line as an action, as a label does: "c/f from
    # March: DR – confirm ...", "Action (carried over from 29 April): @kim — finish ..."
    label = _LABEL_PREFIX.match(body) or _BARE_LABEL.match(body) or _ORIGIN_LEAD.match(body)
    rest = body[label.end() :] if label else body
    m = _OWNER_COLON.match(rest) or (_OWNER_DASH.match(rest) if label else None)
    if not m or m.group("who").split()[0].lower() in _LABEL_WORDS:
        return None
    offset = len(text) - len(rest)
    found = owners_in_phrase(text, offset + m.start("who"), offset + m.end("who"), people, matcher)
    task = rest[m.end() :].split(None, 1)
    named = [
        o
        for o in found
        if o.name
        or (o.mention or "").startswith("@")
        or (o.mention or "").split()[0].lower() in QUANTIFIERS
        or (task and not _not_owner(task[0]) and _office(o.mention or ""))
        or (label is not None and m.re is _OWNER_COLON and _labelled_name(o.mention or ""))
        or (len(body) < len(text.lstrip()) and m.re is _OWNER_COLON and post_short_form(o.mention or ""))
    ]
    return found if found and len(named) == len(found) else None


def post_short_form(mention: str) -> bool:
    """Whether a mention is a post's short form with a small letter in it, as schools and forces shorten an office
    ('SENCo', 'DoF', 'CEx', 'HoS'): on a line a checkbox or an arrow marks as a task ('[ ] SENCo: update ...'), it
    names the owner even when no one on the list holds it. Capitals alone ('AGM', 'FYI', 'NB') may be a topic or a
    note, so they are left to the list."""
    return re.fullmatch(_SHORT_FORM, mention) is not None and not mention.isupper()


# An action line that names only its owner and then, after a comma or in brackets, its due point; the task is the
# decision above it: "Action: Heads of School, by 16 December", "Action: Secretary, for the Spring Term meeting",
# "Action: Faculty Registrar (by 31 July 2023)". Several owners are set apart by commas ("Action: AD(E), Faculty
# Registrar (by ...)"), and a post may carry a bracketed qualifier ("Associate Dean (Education)", "AD(E)").
_OWNER_WORD = r"[A-Z][\w'’&-]*(?:\s?\([A-Z][\w&]*\))?"
_OWNER_COMMA_DUE = re.compile(
    rf"\s*(?:ACTION|Action)\s*[:\-–]\s*(?P<who>{_OWNER_WORD}"
    rf"(?:(?:\s+|\s*,\s*(?=[A-Z]))(?:{_OWNER_WORD}|of|for|and|the|&)){{0,7}})"
    r"\s*(?:,|\()\s*(?=(?:by|before|for|at|in|within|until|no\s+later\s+than|ASAP|asap)\b)"
)
# A bracketed qualifier after a post: "Associate Dean| (Education)".
_QUALIFIER = re.compile(r"\s?\([^()]*\)")


def listed_offices(who: str) -> bool:
    """Whether each owner of a comma-separated list ('AD(E), Faculty Registrar') is an office ('Associate Dean
    (Education)', its qualifier aside) or a post's short form ('AD(E)')."""
    parts = [part.strip() for part in who.split(",")]
    return all(_office(_QUALIFIER.sub("", part)) or re.fullmatch(_TAG_WHO, part) for part in parts)


def owner_before_due(text: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner] | None:
    """Owners of an action line written 'Action: <owner>, <due point>' or 'Action: <owner> (<due point>)': the listed
    people, or the offices as written when they read as such ('Secretary', 'Heads of School', 'AD(E), Faculty
    Registrar': capitalised words, the first a role or its plural); None for a task in that place ('Action: Governors
    to review the policy, by May' is read as a sentence)."""
    m = _OWNER_COMMA_DUE.match(text)
    if m is None:
        return None
    who = m.group("who")
    first = who.split()[0]
    office = listed_offices(who) or (plural_role(first.lower()) and _office(first[:-1] + who[len(first) :]))
    found = owners_in_phrase(text, m.start("who"), m.end("who"), people, matcher)
    if found and (office or all(o.name for o in found)):
        return found
    return [Owner(mention=who)] if office else None


# A lead naming the earlier meeting an action comes from, before the action itself: "Leftover from the spring
# PTG in March 2023: ...", "Action from the 2022 AGM still open: ...", "c/f from 18/03 SteerCo: ..." (carried
# forward), or an action label with that meeting in brackets: "ACTION (carried from 2022-11-09): ...".
_ORIGIN_LEAD = re.compile(
    r"\s*(?:(?:leftover|left\s+over|actions?|carried\s+(?:forward|over)|[cb]/f)\s+from\b[^:;]{1,80}"
    r"|actions?\s*\((?:carried|brought)\s+(?:forward\s+|over\s+)?from\b[^():;]{1,60}\)):\s*",
    re.I,
)
# An IRC nick as etherpads write it: "kim", "bram.v", "dmitri-k".
_NICK = r"[a-z][\w.-]{1,30}"
# An etherpad owner tag opening a task line: "[kim] write the docs", "[kim/lee] ...": IRC nicks, lower case.
_NICK_TAG = re.compile(rf"\[(?P<who>{_NICK}(?:\s*[/,&]\s*{_NICK})*)\]\s*:?\s+(?=[a-z])")
# The same tag before a task written as a noun phrase opening with a capital or a figure ("[tf] Grant application
# (deadline 31 March)", "[kim] 2.4.1 with the fix"): read only when each nick is a listed person's, since a bracketed
# lower-case word before a capital is as often a topic tag ("[docs] Fix the typo").
_NICK_TAG_BEFORE_NOUN = re.compile(rf"\[(?P<who>{_NICK}(?:\s*[/,&]\s*{_NICK})*)\]\s*:?\s+(?=[A-Z0-9])")
# An action label in capitals before lower-case nicks and a colon, perhaps with a note in brackets: "ACTION dmitri:
# move the docs", "ACTION bram+dmitri: fix the leak", "ACTION kim (carried over from May): ...".
_LABEL_NICKS_COLON = re.compile(
    rf"\s*{_CAPS_LABEL}{_LABEL_NOTE}\s+(?P<who>{_NICK}(?:\s*[+/,&]\s*{_NICK})*)"
    rf"{_LABEL_NOTE}\s*:\s+(?=\S)"
)
# Nicks in brackets straight after a TODO label, as code comments name the owner of a task by user name ("TODO(kim):
# write the docs", "TODO(bo, kim): ..."), perhaps with a note in a second bracket ("TODO(kim) (carried over from May):
# ..."); the task after the colon is in lower case, since a capital there may open a sentence of its own. Only TODO:
# mailing lists' "ACTION(bo, dana):" names first names, which must be listed (see :func:`listed_first_names`).
_TODO_BRACKET_NICKS = re.compile(
    rf"\s*(?:#?TODO|\[TODO\])\s?\((?P<who>{_NICK}(?:\s*[+/,&]\s*{_NICK})*)\){_LABEL_NOTE}\s*:\s+(?=[a-z])"
)


def body_start(text: str) -> int:
    """Where an action line's own words start: after a checkbox, a label ('ACTION:') and a lead naming the
    meeting it was carried from ('Leftover from the March PTG:')."""
    body = _TASK_BOX.sub("", text)
    label = _LABEL_PREFIX.match(body)
    at = len(text) - len(body) + (label.end() if label else 0)
    lead = _ORIGIN_LEAD.match(text, at)
    return lead.end() if lead else at


def nick_tag_owners(text: str, people: list[Person], start: int | None = None) -> list[Owner] | None:
    """Owners of a task line opening with nicks in brackets ('[kim] write the docs') or after a capital action label
    ('ACTION kim: write the docs', 'ACTION bo+kim: ...', 'TODO(bo, kim): ...'): the person whose handle
    the nick is, else the nick as a mention (etherpads list nicks, not names). ``start`` is
    :func:`body_start` of ``text`` when the caller has it."""
    at = body_start(text) if start is None else start
    at = _LIST_MARKER.match(text, at).end()
    m = _NICK_TAG.match(text, at) or _LABEL_NICKS_COLON.match(text) or _TODO_BRACKET_NICKS.match(text, at)
    if not m:
        return listed_nicks_before_noun(text, at, people)
    nicks = [w for w in re.split(r"\s*[/,&+]\s*", m.group("who")) if w]
    if any(_not_owner(w) or w in _LABEL_WORDS or w in PLACEHOLDER_CELLS for w in nicks):
        return None  # "ACTION items: ...", "TODO(tbd): ...": a label or a placeholder, not a nick
    return _dedupe([_person_named(w, people) or nick_owner(w, people) or Owner(mention=w) for w in nicks])


def listed_nicks_before_noun(text: str, at: int, people: list[Person]) -> list[Owner] | None:
    """The listed people whose nicks open a task line written as a noun phrase ('[tf] Grant application', see
    :data:`_NICK_TAG_BEFORE_NOUN`); None when the tag is absent or any nick in it is no listed person's."""
    m = _NICK_TAG_BEFORE_NOUN.match(text, at)
    if m is None:
        return None
    found = [_person_named(w, people) for w in re.split(r"\s*[/,&]\s*", m.group("who")) if w]
    return _dedupe([o for o in found if o is not None]) if found and None not in found else None


# An action-log entry opening with the workstream in square brackets, and the owner after a dash: "[Finance – J.
# Patel] Reconcile the tracker", "#112 [PMO – R. Singh] Update the plan"; after a reference number the workstream
# alone owns the entry ("#109 [Legal] Review the schedule"), elsewhere a lone word may be a tag ("[Urgent] Fix it").
_LOG_BRACKET = re.compile(
    r"(?P<ref>#?\d{1,5}\s+)?\[(?P<team>[A-Z][A-Za-z&'’.]*(?:\s+[A-Z&][A-Za-z&'’.]*){0,3})"
    r"(?:\s+[–—-]\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?\]\s+(?=[A-Z][a-z])"
)


def log_bracket_owners(
    text: str, people: list[Person], matcher: PhraseMatcher, start: int
) -> list[Owner] | None:
    """Owners of an action-log entry that opens with its workstream in square brackets (see :data:`_LOG_BRACKET`):
    the person after the dash, else, after a reference number, the workstream as written unless it is a status
    ('#12 [Closed] ...'); None for any other line. ``start`` is :func:`body_start` of ``text``."""
    m = _LOG_BRACKET.match(text, _LIST_MARKER.match(text, start).end())
    if m is None:
        return None
    if m.group("who"):
        return owners_in_phrase(text, *m.span("who"), people, matcher) or [Owner(mention=m.group("who"))]
    if m.group("ref") and m.group("team").lower() not in STATUS_CELLS:
        return [Owner(mention=m.group("team"))]
    return None


def listed_or_offices(found: list[Owner]) -> list[Owner] | None:
    """``found`` when each owner is a listed person or an office ('the Head of Estates'), never a body or a word that
    only looks like a name; None otherwise (and for no owners)."""
    return found if found and all(o.name or _office(o.mention or "") for o in found) else None


# An action named as its owner's, opening the sentence that reports on it: "The ACC's action from the September
# meeting, to present the review, is carried forward", "Dr Patel's actions remain open"; not a body's plan or log
# ("The Council's action plan will be published").
_OWNERS_ACTION = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&.-]*){0,3})['’]s\s+"
    r"(?:outstanding\s+|open\s+)?actions?\b(?!\s+(?:plans?|logs?|trackers?|lists?|points?\s+lists?|registers?)\b)"
)


def possessed_action_owners(
    text: str, people: list[Person], matcher: PhraseMatcher, start: int
) -> list[Owner] | None:
    """The owner of an action the sentence names as theirs (see :data:`_OWNERS_ACTION`): listed people or an office
    ('the Head of Estates'), never a body; None for any other sentence. ``start`` is :func:`body_start` of ``text``."""
    m = _OWNERS_ACTION.match(text, _LIST_MARKER.match(text, start).end())
    if m is None:
        return None
    found = owners_in_phrase(text, *m.span("who"), people, matcher)
    return listed_or_offices(found)


# An earlier action named with its owner after "for", then the owner's "to <verb>": "the action from minute 62, for| the
# Head of Environmental Services to report on fly-tipping, ...", "the action (minute 19) for| the Director to provide";
# an action log's line may open with it: "Action SPB/22/07/04, for| the ACC to present ...".
_ACTION_FOR = re.compile(r"\b[Aa]ctions?\b[^.;:]{0,80}?\sfor\s+(?=(?:the\s+)?[A-Z])")
_TO_VERB = re.compile(r"\s+to\s+[a-z]")


def action_for_owners(
    text: str, people: list[Person], matcher: PhraseMatcher, start: int
) -> list[Owner] | None:
    """The owner of an earlier action that a sentence names as 'the action ... for <owner> to <verb>' (see
    :data:`_ACTION_FOR`): listed people or an office, since the sentence's own subject only reports on it ('The
    Chairman reported that the action ... had not been completed'); None for any other sentence. ``start`` is
    :func:`body_start` of ``text``."""
    m = _ACTION_FOR.search(text, start)
    span = phrase_after(text, m.end()) if m else None
    if span is None or _TO_VERB.match(text, span[1]) is None:
        return None
    found = owners_in_phrase(text, *span, people, matcher)
    return listed_or_offices(found)


# An action label (with a bracketed note, perhaps), names and a dash before the task: "AI: bkumar – second review of
# the patch", "ACTION (carried over from 3 May): eve – ask the host", "AI: Tom - update the KEYS file"; two names may be
# joined by "and" as well as by a slash: "AI: Tom and Ana – draft the notes" (every name must still be listed).
_NICKS_LABEL = r"\s*(?:[-•*]\s+)?(?i:todo|action(?:\s+item)?|ap|ai)\b(?:\s*\([^()]{1,60}\))?\s*:\s*"
_NICKS_JOINER = r"\s*[/,&]\s*|\s+and\s+"
_LABEL_NICKS_DASH = re.compile(
    _NICKS_LABEL
    + rf"(?P<who>[a-z][\w.'’-]{{1,30}}(?:(?:{_NICKS_JOINER})[a-z][\w.'’-]{{1,30}})*)\s+[–—-]\s+\S",
    re.I,
)
# The same with no dash, the task's verb straight after the nicks, as MeetBot records an action: "ACTION: jdoe tag
# the release", "ACTION: kim_r and jdoe review #120" (nicks in lower case, read only when each is listed).
_LABEL_NICKS_VERB = re.compile(
    _NICKS_LABEL
    + r"(?P<who>[a-z][\w.'’-]{1,30}(?:(?:\s*[/,&]\s*|\s+and\s+)[a-z][\w.'’-]{1,30})*)\s+(?=[a-z])"
)


def labelled_nick_owners(text: str, people: list[Person]) -> list[Owner] | None:
    """Owners of an action line that names them by handles or first names between its label and a dash ('AI: bkumar
    – second review', 'AI: Tom - update the file'), as chat-style notes write them; only when every name is a listed
    person's, since a word there may be the task's topic ('TODO: docs – write the intro'). With no dash ('ACTION:
    jdoe tag the release'), each name must be a listed nick exactly as written, since the word after the label
    is most often the task's verb ('ACTION: review the patch')."""
    body = _TASK_BOX.sub("", text)
    m = _LABEL_NICKS_DASH.match(body)
    if m is None:
        verb = _LABEL_NICKS_VERB.match(body)
        nicks = re.split(r"\s*[/,&]\s*|\s+and\s+", verb.group("who")) if verb else []
        return (
            [_person_named(w, people) for w in nicks]
            if nicks and all(listed_nick(w, people) for w in nicks)
            else None
        )
    owners = [_person_named(w, people) for w in re.split(_NICKS_JOINER, m.group("who")) if w]
    return _dedupe([o for o in owners if o]) if owners and all(owners) else None


# An action label with its owners in brackets before the colon, as shared-document notes tag an action under a topic:
# "→ Action item (Bartosz): cut the branch", "ACTION (JS/KL): circulate the paper".
_LABEL_BRACKET_OWNERS = re.compile(
    r"\s*(?i:todo|action(?:\s+(?:item|point))?|ap|ai)\s*\((?P<who>[A-Z@][^()]{0,59})\)\s*[:\-–]\s+(?=[a-z])"
)


def label_bracket_owners(text: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner] | None:
    """Owners in brackets after an action label (see :data:`_LABEL_BRACKET_OWNERS`): listed people or offices only,
    since the bracket may hold a note instead ('Action (Carried forward): ...'); None for any other line."""
    body = without_task_marker(text)
    m = _LABEL_BRACKET_OWNERS.match(body)
    if m is None:
        return None
    offset = len(text) - len(body)
    return listed_or_offices(
        owners_in_phrase(text, offset + m.start("who"), offset + m.end("who"), people, matcher)
    )


def _handle_colon_owners(text: str, people: list[Person]) -> list[Owner] | None:
    """Owners of a task-list line that opens with handles and a colon ('- [ ] @ana: update the docs')."""
    m = _HANDLE_COLON.match(_TASK_BOX.sub("", text))
    if not m:
        listed = _LISTED_HANDLE_COLON.match(_TASK_BOX.sub("", text))
        if listed and listed.group("label") and listed.group("who").lower() in EVERYONE_WORDS:
            # "AI everyone: add your name ...": a task for all present
            return [Owner(mention=listed.group("who"))]
        person = find_person(listed.group("who"), people) if listed else None
        return [_person_named(listed.group("who"), people)] if person and person.abbrev else None
    names = [w for w in re.split(r"\s*(?:[/,&+]|\band\b)\s*|\s+(?=@)", m.group("who")) if w]
    return _dedupe([_person_named(w, people) or Owner(mention=w) for w in names])


def full_name_mention_owners(text: str, people: list[Person]) -> list[Owner] | None:
    """Owners of a task line opening with full-name mentions ('@Ann Lee @Bo Kim costed plan'): one owner per
    mention (see :data:`_FULL_NAME_MENTIONS`), a mention running on to a third name word when the people list has
    that three-word name ('@Mei Ann Lee')."""
    task = _TASK_BOX.sub("", text)
    m = _FULL_NAME_MENTIONS.match(task)
    if m is None:
        return None
    names = re.split(r"\s*(?:,|&|\band\b)\s*|\s+(?=@)", m.group("who"))
    third = _THIRD_NAME_WORD.match(task, m.end("who"))
    if third and _listed_name(f"{names[-1]} {third['word']}", people):
        names[-1] = f"{names[-1]} {third['word']}"
    return _dedupe([_person_named(w, people) or Owner(mention=w) for w in names])


# A third name word after a two-word mention: "@Mei Lin| Fraser".
_THIRD_NAME_WORD = re.compile(r"\s(?P<word>[A-Z][a-z'’-]+)\b")


def _listed_name(mention: str, people: list[Person]) -> bool:
    """Whether a mention ('@Mei Lin Fraser') is, without its '@', the full name of a listed person."""
    return any(p.name.lower() == mention.lstrip("@").lower() for p in people)


# A lower-case role closing the agent of a passive, then the clause goes on or ends: "by the OPCC| complaints review
# officer| and reported to ...". The fewest words that do so: "by the Claims| team| before go-live".
_AGENT_ROLE_TAIL = re.compile(
    r"\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s+(?:and|to|in|by|for|at|on|with|within|before|after)\b|\s*[,.;)]|\s*$)"
)


# The heads of the units that may be the agent of a passive, a team as well as an office: "will be sent by the
# Governance team".
AGENT_UNIT_HEADS = UNIT_HEADS | {"team"}


def agent_role_end(text: str, span: tuple[int, int]) -> int:
    """End of the agent of a passive whose capitalised words a lower-case role finishes ('by the OPCC complaints review
    officer and ...': the role words qualify and end in a role head), or a unit's head ('by the Mental Health Act
    office', 'by the Governance team'); the span's own end otherwise."""
    tail = _AGENT_ROLE_TAIL.match(text, span[1])
    words = tail["role"].split() if tail else []
    head = words[-1] if words else ""
    if (_lower_role_head(head) or head in AGENT_UNIT_HEADS) and all(_modifier(w) for w in words[:-1]):
        return tail.end()
    return span[1]


def lower_role_agent(text: str, start: int) -> tuple[int, int] | None:
    """Span of a passive's agent written wholly in lower case as 'the' and a role ('be checked by the safeguarding
    governor at her next visit'), as minutes name a post by its remit; None when the words after 'the' end in no
    role ('by the end of term'). After 'the' a word in '-ing' qualifies the role ('the marketing manager'), no verb."""
    tail = _AGENT_ROLE_TAIL.match(text, start + len("the")) if text.startswith("the ", start) else None
    words = tail["role"].split() if tail else []
    if words and _lower_role_head(words[-1]) and all(_modifier(w) or w.endswith("ing") for w in words[:-1]):
        return (start, tail.end())
    return None


def _agent_of_passive(text: str, start: int, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """The people after 'be <verb>ed by' ('would be circulated by the Clerk'): owners only when they are
    on the people list or read as a role or group, never a body that meets or a date."""
    for by in _BY_AGENT.finditer(text, start):
        taken = []
        for tok in _TOKEN.finditer(text, by.end()):
            if not _np_token(tok.group()):
                break
            taken.append(tok)
        span = _trim(text, taken)
        span = (span[0], agent_role_end(text, span)) if span is not None else lower_role_agent(text, by.end())
        if span is None or _BODY_WORDS.search(text, *span):
            continue
        owners = owners_in_phrase(text, *span, people, matcher)
        if owners and all(o.name or agent_names_someone(o.mention or "") for o in owners):
            return owners
    return []


# An office or unit by its initials after the article, as minutes name a post or team they do not list: "the PMO",
# "the DSL". The article sets it apart from a thing's initials ("replaced by DCO sign-off").
_ARTICLE_INITIALS = re.compile(r"[Tt]he\s+[A-Z][A-Za-z]{0,4}[A-Z]")


def agent_names_someone(mention: str) -> bool:
    """Whether the unlisted agent of a passive names who acts: a role, a group, a unit named by its field ('will
    be carried out by the Mental Health Act office') or an office by its initials ('to be updated by the PMO'), not a
    thing ('be replaced by the new system')."""
    return bool(
        ROLE_WORDS.search(mention)
        or mention.lower() in GROUP_WORDS
        or mention.split()[-1] in UNIT_HEADS
        or _ARTICLE_INITIALS.fullmatch(mention)
    )


# A titled name in brackets closing an action that names no one in its words, the owner as action lists write it:
# "... to be provided for the April meeting (Ch Supt Rowe)", "... by the end of May (Mrs Okafor)".
_TITLED_PERSON = rf"(?:[A-Z][a-z]{{1,3}}\.?\s+|[A-Z]/)?(?:{_TITLE})\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_TITLED_BRACKET = re.compile(rf"\((?P<who>{_TITLED_PERSON})\)\W*$")


# A closing bracket of labelled fields naming the owner, perhaps with the due point: "... published in the handbooks
# (Owner: Faculty Manager; by: 31 May)." (the bracket may be cut off after its first field by a page break). A task
# list exported from a tracker gives each field a bracket of its own: "Share the plan (Assigned to: Ann Lee) (Due: 30
# June)".
_OWNER_FIELDS = re.compile(
    r"\(\s*(?:Owners?|Lead|Responsible|Assigned\s+to)\s*:\s*(?P<who>[^;:()]{1,60}?)\s*(?:;[^()]*)?"
    r"(?:\)(?:\s*\(\s*(?:[Dd]ue|[Dd]eadline|[Tt]arget|ETA|[Bb]y)\s*:[^()]{1,40}\))?\s*\.?)?\s*$"
)


# A closing bracket of an office written in words and its due point, as condition and milestone lists write the result
# each office must deliver: "C3 – Carbon savings verified (Head of Sustainability, Q4 2022)", "(Project Director, Gate
# 3)", "(CIO, before contract award)". See :func:`office_due_bracket`.
_OFFICE_DUE_BRACKET = re.compile(
    r"\(\s*(?P<who>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&'’-]*){0,4})\s*,"
    r"\s*(?P<due>[^(),;]{1,30}?)\s*\)\s*[.;]?\s*$"
)


# A numbered stage of a project's life cycle, a due point with no date of its own: "Gate 3", "Gateway 2", "Stage 4".
_STAGE_POINT = re.compile(r"(?:Gate(?:way)?|Stage|Milestone)\s+\d{1,2}[A-Za-z]?")


def reads_as_due(field: str) -> bool:
    """Whether a bracket's last field is a due point: an action log's due cell ('Dec FB', 'before go-live'), a
    project stage ('Gate 3') or a point a deadline word can take ('by 31 Oct 2022')."""
    return (
        due_cell(field)
        or bool(_STAGE_POINT.fullmatch(field))
        or find_due(f"by {field}", None, None) is not None
    )


def office_due_bracket(text: str) -> re.Match | None:
    """The closing bracket of an office and a due point (:data:`_OFFICE_DUE_BRACKET`), when its first field reads as
    an office ('Head of Procurement', 'CIO') and its last as a due point; None otherwise, so a bracket of two names or
    a reference ('(Smith, 2019)') is left alone."""
    m = _OFFICE_DUE_BRACKET.search(text) if text.rstrip().endswith((")", ").", ");")) else None
    if m is None or not (ROLE_WORDS.search(m["who"]) or re.fullmatch(_TAG_WHO, m["who"])):
        return None
    return m if reads_as_due(m["due"]) else None


def closing_bracket_owners(text: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """The owners a closing bracket names, for an action whose own words name no owner (a passive: 'A breakdown ...
    to be provided'): a title and a name ('(Ch Supt Rowe)', :data:`_TITLED_BRACKET`), else the owner field of a
    bracket of fields ('(Owner: Faculty Manager; by: 31 May)', :data:`_OWNER_FIELDS`), else the office of a bracket of
    an office and a due point ('(Head of Procurement, 31 Oct 2022)'); [] otherwise."""
    # the brackets open differently and all close the text, so at most one of them matches
    m = _TITLED_BRACKET.search(text) or (
        (_OWNER_FIELDS.search(text) or office_due_bracket(text)) if "(" in text else None
    )
    return owners_in_phrase(text, *m.span("who"), people, matcher) if m else []


# A chat log's time stamp before the speaker: "[15:03] @carla: I'll post the numbers".
_TIMESTAMP = re.compile(r"\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*")


def without_timestamp(text: str) -> str:
    """``text`` without a chat log's opening time stamp, so the speaker prefix after it opens the line as on
    any transcript line ('carla: I'll ...')."""
    stamp = _TIMESTAMP.match(text) if text.lstrip()[:1] == "[" else None
    return text[stamp.end() :] if stamp else text


# A decision verb in capitals after its body: "Governors RESOLVED to ask the Headteacher to ..."; read in lower case
# so that it reads as the verb it is, not as the last word of an upper-case owner ('Governors RESOLVED').
_CAPITAL_DECISION = re.compile(r"(?<=[a-z] )(?:RESOLVED|AGREED|DECIDED)(?= to )")
# A document kind written as an abbreviation after 'the': "The RFC to come back to the committee"; a document is
# never an agent, and a person's initials never take 'the' (a role's abbreviation, 'the ADR', may: kept when it
# resolves to someone, and document kinds that are also common role abbreviations are left out).
_DOCUMENT_OWNER = re.compile(r"the\s+(?:RFC|PEP|KEP)s?", re.I)
# A reference code standing where an agent would ('It was agreed that CR-09 would come back', 'R07 to remain red'):
# a change request, risk or paper, never a person, whose initials carry no digits.
# Committees written with digits run on ('TC39', 'WG21') and stay owners.
_DASHED_CODE = r"[A-Z]{1,4}-\d{1,4}"  # "CR-09", "A-19": letters, a hyphen, digits
_REFERENCE_CODE = re.compile(rf"(?:the\s+)?(?:{_DASHED_CODE}|[A-Z]\d{{1,4}})")
_NO_AGENT = re.compile(f"{_DOCUMENT_OWNER.pattern}|{_REFERENCE_CODE.pattern}", re.I)
# Business that comes back to a later meeting as an agenda item: "Contact management will return as an item at the
# September board". Its subject is the topic, not who brings it, so it names no owner.
_RETURNING_ITEM = re.compile(
    r"^\s*(?P<subject>[^,;:()]{1,60}?)\s+(?:will|would|is\s+to|to)\s+(?:return|come\s+back|be\s+brought\s+back)\s+as\s+an?"
    r"\s+(?:agenda\s+)?item\b",
    re.I,
)


def topic_owner(owner: Owner, text: str) -> bool:
    """Whether ``owner`` is only the subject of business returning as an agenda item (:data:`_RETURNING_ITEM`), a
    topic rather than a listed person."""
    m = _RETURNING_ITEM.match(text) if owner.name is None and owner.mention else None
    return m is not None and owner.mention in m["subject"]


# A wiki link showing a name other than its target: "[[User:Preyes|Paloma]]".
_WIKI_LINK = re.compile(r"\[\[[^|\]\n]{1,80}\|(?P<shown>[^|\]\n]{1,60})\]\]")


def without_wiki_links(text: str) -> str:
    """``text`` with each piped wiki link reduced to the words it shows, padded with spaces so that offsets stay
    put: the page reads '[[User:Preyes|Paloma]] offered to ...' as 'Paloma offered to ...'."""
    if "[[" not in text:
        return text
    return _WIKI_LINK.sub(lambda m: " " * (m.start("shown") - m.start()) + m.group("shown") + "  ", text)


# A handle in Markdown strong emphasis: "**@ana**: update the docs".
_STRONG_HANDLE = re.compile(r"(\*\*|__)(?P<handle>@[\w.-]+)\1")


def without_emphasis(text: str) -> str:
    """``text`` with the Markdown emphasis around handles blanked (same length, so offsets hold): notes written in
    Markdown bold the owner of a task line ('**@ana**: update the docs', '**@bo**, **@kim**: ship it'), and the
    markers are formatting, not part of the handle. (Bold elsewhere is left: '__dka:__' marks a speaker and
    '**ACTION**' a label, which the rules read as written.)"""
    if "@" not in text:
        return text
    return _STRONG_HANDLE.sub(lambda m: "  " + m["handle"] + "  ", text)


# Owners' initials in square brackets before the task: "[RT] to report on ...", "[AB, CD] to write to ..." (faculty
# minutes bracket who takes each action).
_BRACKETED_INITIALS = re.compile(rf"\[(?P<who>{_TAG_WHO_LIST})\](?=\s+to\s+[a-z])")
# The same in round brackets, only opening a line (elsewhere a bracket after a name gives its short form): "(JS) to
# bring ...", "(HRo) to correct ..." (initials with a letter of the surname that tells two people apart).
_OPENING_BRACKETED_INITIALS = re.compile(
    rf"(?m)^(?P<lead>[ \t]*)\((?P<who>(?:{_TAG_WHO}|[A-Z]{{2,3}}[a-z])(?:\s*[/,&]\s*{_TAG_WHO})*)\)(?=\s+to\s+[a-z])"
)


def without_initials_brackets(text: str) -> str:
    """``text`` with the square brackets around owners' initials before 'to <verb>' blanked (same length), so that
    '[AB, CD] to write' reads as 'AB, CD to write', and the round ones when they open a line ('(JS) to bring'); a
    bracket before anything else is left (a tag or a note)."""
    if "(" in text:
        text = _OPENING_BRACKETED_INITIALS.sub(lambda m: m["lead"] + " " + m["who"] + " ", text)
    if "[" not in text:
        return text
    return _BRACKETED_INITIALS.sub(lambda m: " " + m["who"] + " ", text)


# A lone initials cell on the first line, before a sentence that opens with a capital: the last cell of the row
# above, which the splitter joined to this sentence ("SM\nThe Head of Patient Safety to share ...").
_CELL_LINE = re.compile(rf"\s*{_TAG_WHO}[ \t]*\n(?=\s*[A-Z])")


def without_cell_line(text: str) -> str:
    """``text`` without an opening line that holds nothing but another row's owner initials, blanked so that
    offsets stay put and the initials never join the mention that follows."""
    cell = _CELL_LINE.match(text) if "\n" in text[:16] else None
    return " " * cell.end() + text[cell.end() :] if cell else text


# An item that lists actions: "Action items", "Actions", "Summary of actions", "New action items".
_ACTION_LIST_TITLE = re.compile(
    r"(?:(?:summary\s+of|new|open)\s+)?actions?(?:\s+(?:items?|points?|list|log))?", re.I
)
# A lower-case nick as a chat's people list writes its members: "li-na", "jdoe".
_LIST_NICK = re.compile(r"[a-z][a-z0-9_-]{1,30}")
# A line of such a list opening with its owners' given names or nicks and a colon: "Kofi: benchmarks (carried over)",
# "chen-li: benchmarks".
_LISTED_WHO = rf"(?:{_GIVEN_NAME.pattern}|{_LIST_NICK.pattern})"
_LISTED_OWNER = re.compile(rf"\W{{0,3}}(?P<who>{_LISTED_WHO}(?:\s*[/,&]\s*{_LISTED_WHO})*)\s*:\s+\S")


def listed_nick(word: str, people: list[Person]) -> bool:
    """Whether a lower-case word is a listed person's name exactly as the people list writes it: a chat's nick
    ('chen-li'), which no dictionary word of a label is."""
    return _LIST_NICK.fullmatch(word) is not None and any(p.name == word for p in people)


def action_list_owners(text: str, item_title: str | None, people: list[Person]) -> list[Owner]:
    """Owners of a line under an item that is a list of actions ('Action items'), written as 'Kofi: task':
    the names before the colon, resolved to the people list when it has them. Only under such a title, since
    elsewhere a name and a colon opens a speaker's words."""
    if not item_title or _ACTION_LIST_TITLE.fullmatch(item_title.strip()) is None:
        return []
    m = _LISTED_OWNER.match(text)
    if m is None:
        return []
    names = [w for w in re.split(r"\s*[/,&]\s*", m.group("who")) if w]
    if not all(_labelled_name(w) or listed_nick(w, people) for w in names):
        return []
    return _dedupe([_person_named(w, people) or Owner(mention=w) for w in names])


# A committee work-programme line: the month's meeting an entry is scheduled for, a dash, then the entries, each
# closed by the officer who brings it in brackets: "March meeting – Parking review (Head of Transport); Fees and
# charges (Head of Finance)."
_PROGRAMME_LINE = re.compile(rf"\s*(?P<when>(?=[A-Z])(?i:{MONTHS})\s+meeting)\s+[–—-]\s+(?=[A-Z])")
# The bracket that closes one entry of such a line, before the ';' or '.' that ends it: "... review (Head of Transport);".
_ENTRY_BRACKET = re.compile(r"\((?P<who>[A-Z][^()\n]{1,60})\)\s*(?=[;.]|$)")


# One requested report of a list, the officer who brings it in brackets, then a dash and when it comes: "(a) parking
# review (Head of Transport) – March meeting;".
_SCHEDULED_ENTRY = re.compile(
    r".+?\s\((?P<who>[A-Z][^()]{1,60})\)\s+[–—]\s+(?P<when>[^–—()\n]{2,40}?)\s*[;.]?\s*", re.S
)


def scheduled_entry(text: str) -> re.Match | None:
    """The match of a requested report listed as :data:`_SCHEDULED_ENTRY`, when its bracket names an office or a
    person in words: a bracket holding anything else is a note ('(Appendix A)') or the short form of the post before it
    ('Action: Deputy CTO (DCTO) – update at the next meeting'); else None."""
    m = _SCHEDULED_ENTRY.fullmatch(text)
    who = " ".join(m["who"].split()) if m else ""
    return m if m and (office_cell(who) or _NAMES_CELL.fullmatch(who)) else None


def programme_owners(text: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """The officers a work-programme line names in the bracket closing each entry ('March meeting – Parking review
    (Head of Transport); Fees (Head of Finance).' -> both heads), or the one before the dash of a scheduled entry
    ('Parking review (Head of Transport) – March meeting;'): the line has no verb, so the brackets say who brings each
    item; [] for any other text."""
    entry = scheduled_entry(text) if "(" in text else None
    if entry is not None:
        return owners_in_phrase(text, *entry.span("who"), people, matcher)
    if _PROGRAMME_LINE.match(text) is None:
        return []
    found = (owners_in_phrase(text, *m.span("who"), people, matcher) for m in _ENTRY_BRACKET.finditer(text))
    return _dedupe([owner for owners in found for owner in owners])


def programme_due(text: str, meeting_date: dt.date | None, next_meeting: NextMeeting | None) -> Due | None:
    """The meeting a work-programme line schedules its entries for ('July meeting – Waste complaints (Head of
    Waste).' -> that month's meeting), or a scheduled entry after its dash ('Waste complaints (Head of Waste) – July
    meeting;'), read as a due cell is; None for any other text."""
    m = _PROGRAMME_LINE.match(text) or (scheduled_entry(text) if "(" in text else None)
    if m is None:
        return None
    when = m.group("when")
    if _WORDED_WHEN.match(when):
        # "– to the October meeting;": a phrase, read as a sentence's due point is, so that its preposition and month
        # stay out of the kind
        return find_due(when, meeting_date, next_meeting)
    return _table_cell_due(when, meeting_date, next_meeting)


# A scheduled entry's "when" worded as a phrase, opened by a preposition: "to the October meeting", "for the March
# Cabinet", "at the next meeting" (a bare cell is "October meeting").
_WORDED_WHEN = re.compile(r"(?:to|for|at|before|by|until)\s", re.I)


def find_owners(text: str, people: list[Person], matcher: PhraseMatcher | None = None) -> list[Owner]:
    """The people an action sentence makes responsible (empty for passive sentences with no agent).

    Asides (', with the DCC,') are blanked first and a decision verb in capitals is read in lower case; when no
    rule names an owner, the agent of a passive ('would be circulated by the Clerk') is taken. A document
    ('the RFC') is dropped: it is what comes back, not who brings it.
    """
    matcher = build_matcher(people) if matcher is None else matcher  # an empty matcher is falsy
    unmasked = without_timestamp(
        without_cell_line(
            without_wiki_links(without_row_reference(without_emphasis(without_initials_brackets(text))))
        )
    )
    masked = mask_asides(unmasked)
    if "ED to " in masked:
        masked = _CAPITAL_DECISION.sub(lambda m: m.group().lower(), masked)
    owners = (
        programme_owners(text, people, matcher)
        or _rule_owners(masked, people, matcher, spaced_cells="  " in unmasked.strip())
        or _agent_of_passive(masked, 0, people, matcher)
        or closing_bracket_owners(masked, people, matcher)
    )
    if "(" in text:
        owners = [bracketed_office(o, text, people) for o in owners]
    owners = [distributive_office(o, text) for o in owners]
    return [
        o
        for o in owners
        if (o.name or not (o.mention and _NO_AGENT.fullmatch(o.mention))) and not topic_owner(o, text)
    ]


# A quantifier just before an office, making it every holder of the post: "each| Director of Education to contact".
_DISTRIBUTIVE = re.compile(r"\b(?:each|every)\s+$", re.I)


def distributive_office(owner: Owner, text: str) -> Owner:
    """An unresolved owner whose office ``text`` writes after 'each' or 'every' ('Action: each Director of Education
    to contact ...'), its mention with the quantifier, as the office alone would name one holder; the owner as it is
    otherwise."""
    at = text.find(owner.mention) if owner.mention and not owner.name else -1
    quantifier = _DISTRIBUTIVE.search(text, 0, at) if at > 0 else None
    return (
        owner.model_copy(update={"mention": text[quantifier.start() : at] + owner.mention})
        if quantifier
        else owner
    )


# The reference code opening an action-log line written as a sentence: "A-19 KS to confirm ...", "R3 Landlord ...".
# A committee's minute reference with a colon, perhaps with a note in brackets on where the action came from, opens an
# action-log line the same way: "QC/19/84 (carried forward from September 2019): ACTION: Medical Director – ...". A
# reference of a year and a number ("QC/23/011") is one with no colon too, alone or after a label that says where the
# action comes from: "Action carried forward from the April meeting: QC/23/011 COO to present ...".
_ROW_REFERENCE = re.compile(
    rf"\s*{_DASHED_CODE}\s+(?=[A-Z@])|\s*[A-Z]{{1,4}}/\d[\d/.-]*(?:\s*\([^()\n]{{1,60}}\))?\s*:\s+(?=[A-Z@])"
    r"|\s*(?:[A-Z][^:\n]{0,60}:\s+)?[A-Z]{1,4}/\d{2,4}/\d{1,4}\s+(?=[A-Z@])"
)


def without_row_reference(text: str) -> str:
    """``text`` with the reference code that opens it blanked out (same length), so that the code is not read as
    part of the owner's name ('A-19 KS to confirm' is owned by KS)."""
    m = _ROW_REFERENCE.match(text)
    return " " * m.end() + text[m.end() :] if m else text


# An office in brackets right after the owner a sentence names: "Finance (CFO) to confirm ...", "Commissioner (Head of
# Quality) to raise ..." (contract meetings name the side and, in brackets, the post that acts for it).
_BRACKETED_OFFICE = re.compile(
    r"\s\((?P<office>[A-Z][A-Za-z&]{1,11}(?:\s(?:(?:of|for|and)\s)?[A-Z][A-Za-z&]{1,11}){0,3})\)"
)
# A side of an agreement, named by what it does: "Provider", "Commissioner", "Supplier", "Contractor".
_SIDE = re.compile(r"(?:[Tt]he\s+)?[A-Z][a-z]{3,}(?:er|or)")
# A post named by its short form after "the": "the ACC", "The DCC" (a post, not a person or an organisation's name).
_THE_POST_SHORT_FORM = re.compile(rf"[Tt]he\s+{_CAPITALS_SHORT_FORM.pattern}")


def office_in_bracket(owner: str, office: str) -> bool:
    """Whether a bracket after an owner names a post: a role word ('Head of Quality', 'Sepsis Lead Nurse'), a
    short form in capitals after a side ('Provider (DMD)'), or the portfolio of a post written short after 'the'
    ('the ACC (LP)': which of several such posts), rather than an affiliation ('Treasury (UCL)', 'UvL')."""
    if ROLE_WORDS.search(office) is not None:
        return True
    side = _SIDE.fullmatch(owner) or _THE_POST_SHORT_FORM.fullmatch(owner)
    return _CAPITALS_SHORT_FORM.fullmatch(office) is not None and side is not None


def bracketed_office(owner: Owner, text: str, people: list[Person]) -> Owner:
    """An owner the people list does not resolve ('Finance'), followed in ``text`` by an office in brackets, or
    whose mention closes with one ('Commissioner (GP Clinical Lead)'): the bracket says who answers for it, so the
    owner is the one listed person holding that office, with the bracket kept in the mention; when no one listed
    holds it, the mention still keeps a bracket that names a post ('Provider (DMD)'), the owner as written. Any other
    owner is returned as it is (an affiliation such as 'Rosa (UvL)' names no office)."""
    if owner.name or not owner.mention:
        return owner
    at = text.find(owner.mention)
    if at < 0:
        return owner
    m = _BRACKETED_OFFICE.match(text, at + len(owner.mention))
    inner = _BRACKETED_OFFICE.search(text, at, at + len(owner.mention)) if m is None else None
    if inner is not None and inner.end() == at + len(owner.mention):
        m = inner
    if m is None:
        return owner
    office = m.group("office")
    holders = [p for p in people if p.abbrev == office] or role_holders(office, people)
    mention = text[at : m.end()].strip()
    if len(holders) != 1:
        return Owner(mention=mention) if office_in_bracket(text[at : m.start()].strip(), office) else owner
    return Owner(mention=mention, name=holders[0].name, abbrev=holders[0].abbrev or office)


# "to" before a numbered reference, not a verb: "Responses to| inquiry 9.1 will be provided" names nobody.
_NUMBERED_REFERENCE = re.compile(
    r"\s+[a-z]+\s+\d+(?:\.\d+)*[a-z]?\s+(?:will|would|should|shall|is|are|was|were|to|has|have|must)\b"
)


# What a body is asked to provide, as a request from it names it: "a report", "an update", "figures".
_PROVIDED_THING = r"(?:report|update|information|briefing|response|reply|figures|data|details|breakdown|paper|note|assurance)s?"
# A body addressed by a recommendation or a referral, which is the one to act: "recommends to the ICB that it|
# publishes", "be referred to the Executive for a response". A referral with no reply asked of the body ("referred
# to the Audit Committee in June") names no owner, nor does a called-in decision "referred back to Cabinet for
# reconsideration" (the labelled minutes record it as the committee's decision, not a task for Cabinet). A report or
# information to be requested or sought from a named body is that body's to provide, as "that the Trust be requested
# to provide" is the Trust's: "that a report on arrears be requested from the Housing Company for the May meeting"
# (not a consent the body only grants: "an extension is to be requested from the CCG" is the requester's task).
_ADDRESSED_BODY = re.compile(
    r"\b(?:(?:recommends?|recommended|requests?|requested|urges?|urged)\s+to\s+(?P<to>(?:the\s+)?[A-Z][\w&-]*"
    r"(?:\s+(?:of\s+|and\s+)?[A-Z][\w&-]*){0,3})\s+that\s+(?:it|they)\s+[a-z]"
    r"|referred\s+(?:back\s+)?to\s+(?P<ref>(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&-]*){0,3})"
    r"\s+for\s+(?:a|an|its|their)\s+(?:formal\s+|written\s+)?(?:response|report|reply|decision|comments?|views?)\b"
    rf"|\b{_PROVIDED_THING}\b[^.;:]{{0,120}}?\bbe\s+(?:requested|sought)\s+from\s+(?P<from>(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&-]*){{0,3}}))"
)


def addressed_body(text: str) -> tuple[int, int] | None:
    """The span of the body a recommendation, referral or request is addressed to, when that body is asked to act
    ('the Committee recommends to the ICB that it publishes' -> 'the ICB'; 'a report be requested from the Trust'
    -> 'the Trust'), else None."""
    if "to " not in text and "from " not in text:
        return None
    m = _ADDRESSED_BODY.search(text)
    if not m:
        return None
    return next(m.span(g) for g in ("to", "ref", "from") if m.group(g))


# A phrase that is the object of a preposition after a noun naming no one: "a call for| a Cassandra backend
# maintainer would go out" is a call, not a maintainer, that goes out.
_OBJECT_OF_NOUN = re.compile(
    r"\b(?:an?|the)\s+(?P<noun>[a-z]{3,})\s+(?:for|of|about|on)\s+(?:an?\s+|the\s+)?$"
)


def object_of_noun(text: str, start: int) -> bool:
    """Whether the phrase starting at ``start`` is the object of a preposition after a noun that names no person
    ('a call for| a ... maintainer'), so that the phrase is not the subject of the verb after it."""
    m = _OBJECT_OF_NOUN.search(text, max(0, start - 40), start)
    return m is not None and not _PEOPLE_HEAD.search(m.group("noun"))


def _rule_owners(
    text: str, people: list[Person], matcher: PhraseMatcher, spaced_cells: bool = True
) -> list[Owner]:
    """The people an action sentence makes responsible (empty for passive sentences); ``spaced_cells`` False when
    the runs of spaces in ``text`` are only asides blanked out of a sentence, which set no cells of a row apart.

    Tried in order: an initials tag ('ACTION: JS'); the owner column of a tab-separated action log;
    the person authority is delegated to; the subjects of 'resolved/agreed that X <verb>' clauses; the
    noun phrase just before the first agent verb ('The PCC asked the CC| to', 'X| will'); and, for
    resolution clauses without 'that' ('the CFO bring ...'), the phrase the sentence opens with.
    """
    start = body_start(text)
    handles = (
        ref_row_owners(text, people, matcher)
        or nick_tag_owners(text, people, start)
        or log_bracket_owners(text, people, matcher, start)
        or possessed_action_owners(text, people, matcher, start)
        or action_for_owners(text, people, matcher, start)
        or _handle_colon_owners(text, people)
        or full_name_mention_owners(text, people)
        or labelled_nick_owners(text, people)
        or label_bracket_owners(text, people, matcher)
        or _colon_owners(text, people, matcher)
        or group_colon_owners(text)
        or owner_before_due(text, people, matcher)
    )
    if handles:
        return handles
    transcript = _transcript_owners(text, people, matcher)
    if transcript is not None:
        return transcript

    tagged = _tag_owners(text, people, matcher)
    if tagged:
        return tagged
    row = first_row_line(text)  # a row whose action text wraps: its cells end the first line
    cells = table_cells(row, spaced_cells)
    if cells:
        cell = _table_owner_cell(row, cells)
        written = row[cell[0] : cell[1]] if cell is not None else ""
        if written.lower() in EVERYONE_WORDS:
            # "All": everyone, the owner of a log row as written
            return [Owner(mention=written)]
        if post_and_area(written):  # "AD Education and Inclusion": one post, not a post and a name
            return [post_and_area_owner(written, people)]
        if cell is not None:
            return owners_in_phrase(cell_alone(row, cell), *cell, people, matcher)

    addressed = addressed_body(text)
    if addressed is not None:
        return owners_in_phrase(text, *addressed, people, matcher)

    delegated = _DELEGATED.search(text, start)
    if delegated:
        span = phrase_after(text, delegated.end())
        if span:
            return owners_in_phrase(text, *span, people, matcher)

    heads = role_heads(people)
    clause_owners: list[Owner] = []
    # the owners of the clauses the meeting's own body acts in ("that the Committee support ...")
    body_owners: list[Owner] = []
    clause_end = start
    # "asked that the plan be added ...", "asked that the Group receive an update": a request that names no one to act
    passive_clause = False
    for clause in _THAT_CLAUSE.finditer(text, start):
        clause_end = clause.end()
        span = phrase_after(text, clause.end())
        if span and _NO_TASK_VERB.match(text, span[1]):
            passive_clause = True  # nor is the one who asks for it the owner
            continue  # "That Council receive the report for information": a decision, no task
        if span and _NESTED_THAT.match(text, span[1]):
            continue  # "that the Panel| recommends that the Commissioner report": the one recommended acts
        if span and _STANCE_VERB.match(text, span[1]) and names_body(text[span[0] : span[1]]):
            continue  # "(b) that the Committee| supports the increase": the body's view, no task
        asked = _ASKS_ANOTHER.match(text, span[1]) if span else None
        if asked and span and _BODY_WORDS.search(text, span[0], span[1]):
            # "That the Board| request the Dean to report": the one the body requests acts (an officer who instructs
            # a firm still owns the task: "that the Company Secretary instruct the solicitors to act")
            span = phrase_after(text, asked.end()) or span
        passive_clause = passive_clause or _PASSIVE_CLAUSE.match(text, clause.end()) is not None
        if span and _TO_IN_NAME.match(text, span[1]):
            continue  # "asked that the Freedom| to Speak Up themes be brought": a name, no subject
        if span and not passive_after(text, span[1]) and own_body(text[span[0] : span[1]]):
            body_owners += owners_in_phrase(text, *span, people, matcher)
        elif span and not passive_after(text, span[1]):
            clause_owners += owners_in_phrase(text, *span, people, matcher)
        elif span is None and group_members(text, clause.end()) is not None:
            members = group_members(text, clause.end())
            if members and (not passive_after(text, members[1]) or _SET_UP_TO.match(text, members[1])):
                clause_owners += owners_in_phrase(text, *members, people, matcher)
        elif span is None:
            group = (
                lower_group_after(text, clause.end(), heads)
                or free_relative(text, clause.end())
                or bare_plural_after(text, clause.end())
            )
            if group and not passive_after(text, group[1]):
                clause_owners += group_owners(text, group, people)
    # "RESOLVED that the Committee support the recommendations and that the CNO present the case": the body's own
    # clause is its decision, the officer's the task; the body owns only a resolution that names no one else
    clause_owners = clause_owners or body_owners
    if not clause_owners and passive_clause:
        agreeing = agreeing_person(text, start, people, matcher)
        if agreeing:
            return agreeing
    own = _own_undertaking(text, start, clause_end, people, matcher)
    if own:
        return own
    if clause_owners:
        return _dedupe(clause_owners + _and_owners(text, clause_end, people, matcher, heads, _AND_MODAL))

    relative = relative_subject(text, start) or resolution_subject(text, start)
    if relative is not None:
        return owners_in_phrase(text, *relative, people, matcher)

    for agent in _AGENT.finditer(text, start):
        nxt = agent.group("next")
        if (
            agent.group() == "to"
            and (nxt in _NOT_VERBS or not nxt[0].islower() or _NUMBERED_REFERENCE.match(text, agent.end()))
            and not _passive(text, agent)
        ):
            continue
        span = phrase_before(text, agent.start(), start)
        if span is None and agent.group() != "to":
            span = coordinated_subject(text, agent.start(), start) or office_at_organisation(
                text, agent.start(), start
            )
        if span is None and not _passive(text, agent):
            lower = (
                lower_phrase_before(text, agent.start(), start, heads)
                or leading_group(text, start, agent.start())
                or asked_bare_group(text, start, agent.start())
            )
            if lower is not None:
                return _dedupe(
                    owners_joined_before(text, lower[0], start, people, matcher)
                    + group_owners(text, lower, people)
                    + _and_owners(text, agent.end(), people, matcher, heads)
                )
            handle = _mention_before(text, agent.start(), start, people, matcher)
            if handle is not None:
                return [handle]
            named = _pronoun_antecedent(text, start, agent.start(), people, matcher)
            if named is not None:
                return named
            if text[start : agent.start()].strip() in ("He", "She"):
                # "She agreed to circulate the SOP| to members": the pronoun the sentence opens with is the subject,
                # and a later "to" only follows the verb's object; the pronoun is read from the sentences around (see
                # :func:`context_owners`). A pronoun later in the sentence may stand for its opening phrase ("The DCC
                # said that ... he would raise it"), read below.
                return []
        if span is not None and object_of_noun(text, span[0]):
            continue  # "a call for a Cassandra backend maintainer| would go out": the call goes out
        if span is None:
            if _passive(text, agent):
                # "The FAQ draft is to be reviewed": a passive names no one, unless a listed person takes the next
                # clause ("KV agreed it should be rescored, and JW will update it")
                return passive_owners(text, start, agent.end(), people, matcher)
            continue
        if _passive(text, agent):
            return passive_owners(text, start, agent.end(), people, matcher)
        return _dedupe(
            owners_in_phrase(text, *span, people, matcher)
            + (
                _and_owners(text, agent.end(), people, matcher, heads)
                or listed_and_owners(text, agent.end(), people, matcher)
                or gapped_owner(text, agent.end(), people, matcher)
            )
        )

    opening = phrase_after(text, start)
    if (
        opening
        and not passive_clause
        and not _REQUEST_VERB.match(text, opening[1])
        and not _PASSIVE_AFTER.match(text, opening[1])
        # a handle is always someone: "@yliang has a fuzzer ... and offered to adapt it"
        and (text[opening[0] :].lower().startswith(("the ", "@")) or _mentions(text, *opening, matcher))
    ):
        return owners_in_phrase(text, *opening, people, matcher)
    return []


# The verb of one who asks for something ("The Chair requested a briefing ...", "RA asked that future reports show
# ..."): the one asked, named elsewhere or nowhere, does the work, never the one who asks (one who asks a question,
# "The Chair asked questions to clarify the costs", acts).
_REQUEST_VERB = re.compile(
    r"\s+(?:(?:requested|requests|advised|suggested|urged)\b|(?:asked|asks)\s+(?:that|for)\b)"
)


# "and" or "&" just before a group or role in lower case, joining it to an owner named before: "The DGS (Clinical
# Sciences)| and |the student representative to".
_JOINED_BEFORE = re.compile(r"\s+(?:and|&)\s+$")


def owners_joined_before(
    text: str, at: int, start: int, people: list[Person], matcher: PhraseMatcher
) -> list[Owner]:
    """The owners of the noun phrase joined by 'and' to a lower-case group or role starting at ``at`` ('The DGS
    (Clinical Sciences) and| the student representative to draw up'): both act; empty when nothing is joined."""
    joined = _JOINED_BEFORE.search(text, start, at)
    span = phrase_before(text, joined.start(), start) if joined and joined.end() == at else None
    return owners_in_phrase(text, *span, people, matcher) if span else []


# A bare verb and the word after it, as a clause in a list of resolutions puts it after its subject ("(ii) the Chair|
# write to the Accountable Officer"): no -s or -ed, no modal, no form of "be" or "have", no common irregular past.
_BARE_VERB = re.compile(
    r"\s+(?!(?:be|is|are|was|were|has|have|had|will|would|should|shall|can|could|may|might|must|do|does|did|said|made|"
    r"took|gave|met|felt|sent|told|went|came|saw|thought|heard|left|kept|led|brought|bought|found|held|put|set|read)\b)"
    r"[a-z]{3,}(?<!s)(?<!ed)\s+(?:to|the|a|an|with|for|on|that|up|back|all|any)\b"
)


def resolution_subject(text: str, start: int = 0) -> tuple[int, int] | None:
    """The subject of a clause in a list of resolutions ('RESOLVED: that – ... (ii) the Chair write to ...'), which
    opens its line with a lower-case 'the' and is followed by its bare verb, or by its being asked to act as a
    clause cut from its 'RESOLVED that' puts it ('the Portfolio Holder be requested to consider ... and report'): the
    one asked acts, not a later noun before 'to'. A body named without an article ('Cabinet be asked to consider
    ...') is asked to act just the same; only the request, not a bare verb, vouches for a capitalised opening, which
    may be any heading. None for any other line."""
    at = _LIST_MARKER.match(text, start).end()
    lower_the = text.startswith("the ", at)
    if not lower_the and not text[at : at + 1].isupper():
        return None
    span = phrase_after(text, at)
    if span is None or _NO_TASK_VERB.match(text, span[1]):
        return None
    if _ASKED_PASSIVE.match(text, span[1]):
        return span
    return span if lower_the and _BARE_VERB.match(text, span[1]) else None


# "agreed that" or "confirmed that" before a clause that names no one: "The DCC confirmed that a plan would be
# provided" reports the speaker's own promise.
_AGREED_THAT = re.compile(r"\s+(?:agreed|confirmed)\s+that\b")
# A comma and a conjunction, which close a reported clause and open another.
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but)\b")


def agreeing_person(text: str, start: int, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """The listed person who agreed that something would be done, when the agreed clause names no one ('The CC
    agreed that the dashboard would be shared'): the one who agreed takes it on. A body or group that agrees
    ('Members agreed that ...') names no owner, so only subjects that resolve to people on the list count. One who
    confirmed something owns only a task in the confirmed clause itself."""
    span = phrase_after(text, start)
    agreed = _AGREED_THAT.match(text, span[1]) if span else None
    if agreed is None:
        return []
    if agreed.group().split()[0] == "confirmed" and _CLAUSE_BREAK.search(text, agreed.end()):
        return []  # "confirmed that they did not, and it was agreed that ...": the task is not what was confirmed
    owners = owners_in_phrase(text, *span, people, matcher)
    return owners if owners and all(o.name for o in owners) else []


# A commitment of the main subject later in the sentence, with no subject of its own: "The CC agreed that the
# panel should select its sample| and undertook to write". "agreed" only after a comma, which closes the reported
# clause ("said that the rate had been paid, and agreed to confirm it"): without one the reported clause's own subject
# may be the one agreeing ("noted that the group had met and agreed to ...").
_AND_UNDERTOOK = re.compile(
    r"\band\s+(?:also\s+)?(?:undertook|offered|promised|volunteered)\s+to\s+[a-z]|,\s+and\s+(?:also\s+)?agreed\s+to\s+[a-z]"
    # a future of the same subject after the comma that closes the reported clause: "agreed that it did, and will attend"
    r"|,\s+and\s+(?:also\s+)?will\s+[a-z]"
)
_MAIN_VERB = re.compile(
    r"\s+(?:agreed|accepted|confirmed|said|noted|reported|explained|stated|advised)\s+that\b"
)


def _own_undertaking(
    text: str, start: int, clause_end: int, people: list[Person], matcher: PhraseMatcher
) -> list[Owner]:
    """The subject of a sentence that reports what it agreed to or said and then undertakes a task itself ('Dr
    Lee said that the figures were late, and undertook to circulate them'): that subject owns the action, not
    the one named in the reported clause, nor anyone the task names."""
    if not _AND_UNDERTOOK.search(text, clause_end):
        return []
    span = phrase_after(text, start)
    if span is None or not _MAIN_VERB.match(text, span[1]):
        return []
    return owners_in_phrase(text, *span, people, matcher)


# A first verb of the subject's own, joined to the one that gives it the task: "The DCS| apologised and| undertook
# to", "Ms Lee| nodded and| will send".
_FIRST_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+and\s+$")


def coordinated_subject(text: str, end: int, start: int = 0) -> tuple[int, int] | None:
    """The subject of two verbs joined by 'and' when the second gives the task ('The DCS apologised and
    undertook to'): the noun phrase before the first verb, which must be a past tense with no object."""
    if "and" not in text[start:end]:  # a cheap gate before the search
        return None
    m = _FIRST_VERB.search(text, start, end)
    return phrase_before(text, m.start(), start) if m else None


# A capitalised group or name opening the sentence with a relative clause about it: "Delegations that have not yet
# nominated a contact point| are asked to", "Governors who have not yet done so| to book", "Members unable to attend|
# were asked to".
_RELATIVE_OPENING = re.compile(
    # the group may be its members' plural after the body's name: "TSC members who can mentor"
    r"\s*(?P<who>(?:All\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s+[a-z]+s)?)\s+(?:(?P<rel>who|that)\s+"
    r"(?:have|has|had|are|is|were|was|do|does|did|wish|wishes|want|wants|can|could|would)\b"
    r"|(?P<reduced>unable|wishing|willing|intending|not\s+(?:yet\s+)?able)\b)"
)


# Agent verbs that put a request to their subject: "are asked to", "are invited to".
_REQUEST_AGENT = re.compile(r"(?:is|are|was|were)\s+(?:asked|requested|invited)")


def relative_subject(text: str, start: int = 0) -> tuple[int, int] | None:
    """The subject of a sentence that opens with a group and a relative clause and then gives it a task: the
    group, when the first agent verb after the clause is active. After 'who', or a group's clause with no 'who'
    ('Members unable to attend| were asked to'), any agent verb will do ('Governors who have not yet done so|
    to book'); after 'that' only a request ('Delegations that have not yet replied|
    are asked to'), so 'Systems that want to talk will do so' names no one."""
    m = _RELATIVE_OPENING.match(text, start)
    if not m or _not_owner(m.group("who").split()[0]):
        return None
    if m.group("reduced") and m.group("who").split()[-1].lower() not in GROUP_WORDS:
        return None  # "Members unable to attend| were asked to": only a group takes a clause with no "who"
    for agent in _AGENT.finditer(text, m.end()):
        if _passive(text, agent):
            return None
        nxt = agent.group("next")
        if nxt in _NOT_VERBS or nxt == "not" or not nxt[0].islower():
            continue
        if m.group("rel") == "that" and not _REQUEST_AGENT.fullmatch(agent.group()):
            return None
        return m.span("who")
    return None


# A second owner given its own task later in the sentence: "asked Jo to circulate dates| and all members to reply".
_AND_OWNER = r"\band\s+(?P<np>(?:the|all|both|[A-Z@])[^,;:.()]{0,60}?)\s+"
_AND_TO = re.compile(_AND_OWNER + r"to\s+(?P<verb>[a-z][\w-]*)")
# A later clause in which someone takes a task on themselves: "the report must be published by 30 June,| and the CC
# agreed to provide the force's contribution".
_AND_UNDERTAKES = re.compile(
    _AND_OWNER + r"(?:agreed|undertook|offered|promised|volunteered)\s+to\s+(?P<verb>[a-z][\w-]*)"
)
# The same in a clause of what was agreed: "agreed that the Chair would move the motion| and the Secretary would
# second".
_AND_MODAL = re.compile(_AND_OWNER + r"(?:would|will|should|shall)\s+(?P<verb>[a-z][\w-]*)")


# A preposition whose object may be the first of the people joined by "and": "meet with the residents and ...";
# so may the object of an invitation, whose guests come rather than act: "to invite the Agency and the flood team| to
# attend" is the inviter's task.
_WITH_OBJECT = re.compile(
    r"\b(?:with|between|among|amongst|invite)\s+(?:the\s+|all\s+)?[\w’'-]+"
    r"(?:\s+(?!(?:on|about|to|for|by|in|at|from|that|and|over|before|after)\b)[\w’'-]+){0,3}\s*$"
)


# The first word of a unit's name joined by "and" to the rest: "the Design| and Technology department".
_UNIT_NAME_START = re.compile(r"\bthe\s+[A-Z][\w-]*\s+$")


def joint_unit_name(text: str, m: re.Match) -> bool:
    """Whether an 'and <np>' match only continues the name of one unit ('the Design and Technology department'):
    the np has no article and ends in a lower-case unit head, and 'the <Word>' comes just before 'and'."""
    words = m.group("np").split()
    return (
        len(words) >= 2
        and words[0][0].isupper()
        and words[-1] in UNIT_HEADS
        and _UNIT_NAME_START.search(text, max(0, m.start() - 40), m.start()) is not None
    )


def _and_owners(
    text: str,
    after: int,
    people: list[Person],
    matcher: PhraseMatcher,
    heads: frozenset[str],
    pattern: re.Pattern = _AND_TO,
) -> list[Owner]:
    """Owners of a second 'and <owner> to <verb>' clause after ``after`` (or another ``pattern``): people on the
    list and groups or roles that read as people ('all members', 'the Branch Secretary'), never an object ('and
    the results to the Board') nor the second of those met with ('meet with the residents and the Clerk to
    discuss')."""
    m = pattern.search(text, after)
    if not m or m.group("verb") in _NOT_VERBS:
        return []
    if _WITH_OBJECT.search(text, after, m.start()):
        return []  # "offered to meet with the residents and the ward sergeant| to discuss": both are met with
    if joint_unit_name(text, m):
        return []  # "to visit the Design and Technology department| to review": one department, visited
    found = owners_in_phrase(text, m.start("np"), m.end("np"), people, matcher)
    words = [(o.mention or "").split() for o in found]
    if found and all(
        o.name
        or (w and (w[0].lower() in QUANTIFIERS or _lower_role_head(w[-1]) or w[-1] in heads))
        or (pattern is _AND_MODAL and ROLE_WORDS.search(o.mention or "") is not None)
        for o, w in zip(found, words, strict=True)
    ):
        return found
    return []


# "The Head of Estates| at the District Council": the organisation an office sits in, written after the office.
_AT_ORGANISATION = re.compile(
    r"\s+(?:at|from|within)\s+the\s+(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:Council|Trust|Authority|Agency|Service|University|College|School|Company)\s*$"
)


def office_at_organisation(text: str, end: int, start: int) -> tuple[int, int] | None:
    """The office before an agent verb when the words just before the verb are the organisation it sits in ('The
    Head of Estates at the District Council| has been tasked'): the office holder acts, not the body."""
    at = _AT_ORGANISATION.search(text, start, end)
    if at is None:
        return None
    office = phrase_before(text, at.start(), start)
    if office is None or not ROLE_WORDS.search(text, office[0], office[1]):
        return None
    return office


# A later clause in which the sentence's subject asks someone to act: "that the application be referred to the
# Proctors,| and asked the DUS to inform the college".
_AND_ASKED = re.compile(
    r"\band\s+(?:also\s+)?(?:asked|requested|instructed|tasked)\s+(?P<np>(?:the|all|both|[A-Z@])[^,;:.()]{0,60}?)"
    r"\s+to\s+(?P<verb>[a-z][\w-]*)"
)


# "and" as a word between any white space: a sentence wrapped in the minutes keeps its line breaks ("a priority and\n
# asked PS to include ...").
_LATER_AND = re.compile(r"\sand\s")


def later_and(text: str, after: int) -> bool:
    """Whether 'and' follows ``after`` in ``text``, at a line break as well as between spaces: the cheap gate before
    the searches for a later clause."""
    return _LATER_AND.search(text, after) is not None


def owners_after_passive(text: str, after: int, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """Owners of a sentence whose first task is passive, named in a later clause after ``after``: a listed person's
    own 'and <owner> will|to <verb>' (:func:`listed_and_owners`), or whoever the subject goes on to ask ('... be
    referred to the Proctors, and asked the DUS to inform the college'); [] when no later clause names one."""
    listed = listed_and_owners(text, after, people, matcher)
    if listed:
        return listed
    m = _AND_ASKED.search(text, after) if later_and(text, after) else None
    if m is None or m.group("verb") in _NOT_VERBS:
        return []
    return owners_in_phrase(text, *m.span("np"), people, matcher)


def passive_owners(
    text: str, start: int, after: int, people: list[Person], matcher: PhraseMatcher
) -> list[Owner]:
    """Owners of a sentence whose task is passive: a later clause's owner (:func:`owners_after_passive`); else the
    passive's own agent ('be circulated by the Clerk'), which :func:`find_owners` reads; else the listed person who
    agreed or confirmed that it would be done ('The DCC confirmed that a plan would be provided'): a promise
    reported of the one who makes it. [] when none of these names anyone."""
    later = owners_after_passive(text, after, people, matcher)
    if later or _agent_of_passive(text, start, people, matcher):
        return later
    return agreeing_person(text, start, people, matcher)


def listed_and_owners(text: str, after: int, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """Owners of a later 'and <owner> will|agreed to|to <verb>' clause after ``after`` ('offered to run the sizzle|
    and FF Aldridge will bring the truck'): only people on the list, since 'and the Board will consider it' after a
    task names who receives the work, not who does it."""
    if not later_and(text, after):  # a cheap gate before the searches
        return []
    for pattern in (_AND_MODAL, _AND_UNDERTAKES, _AND_TO):
        m = pattern.search(text, after)
        if m is None or m.group("verb") in _NOT_VERBS or _WITH_OBJECT.search(text, after, m.start()):
            continue
        found = owners_in_phrase(text, m.start("np"), m.end("np"), people, matcher)
        if found and all(o.name for o in found):
            return found
    return []


# A second owner whose verb is left out, closing the sentence: "Gemma will run the tombola| and Tomasz the barbecue."
_AND_GAPPED = re.compile(
    r"\band\s+(?P<np>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:the|a|an|all|any)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*[.;]?\s*$"
)


def gapped_owner(text: str, after: int, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """The owner of a last clause that shares the verb of the one before ('and Tomasz the barbecue'): only people on
    the list, since a capitalised word before an object is otherwise anything."""
    if not later_and(text, after):  # a cheap gate before the search
        return []
    m = _AND_GAPPED.search(text, after)
    if not m:
        return []
    found = owners_in_phrase(text, m.start("np"), m.end("np"), people, matcher)
    return found if found and all(o.name for o in found) else []


def _mention_before(
    text: str, end: int, start: int, people: list[Person], matcher: PhraseMatcher
) -> Owner | None:
    """The listed person whose handle, written in lower case without its '@', ends just before ``end``:
    'jdoe| offered to', 'asked kpark| to'."""
    stop = len(text[:end].rstrip())
    word = re.search(r"@?[a-z][\w.-]*$", text[start:stop])
    if word is None:
        return None
    person = find_person(word.group(), people)
    if person is None or (person.abbrev or "").lstrip("@").lower() != word.group().lstrip("@").lower():
        return None  # only a handle: a lower-case word that is someone's first name may be anything
    return _person_named(word.group(), people)


# Transcript lines ("amy: I'll write it up", "<lena> ACTION: rachel to ...", "Dev, please add ..."):
# the speaker owns a first-person commitment, the person addressed owns a request.
_HANDLE_SUBJECT = re.compile(
    r"(?P<who>@?[a-z][\w.-]{1,30}(?:\s*(?:/|,|&|\band\b)\s*@?[a-z][\w.-]{1,30})*)\s+(?:to|will|can|should)\s+[a-z]"
)


# A lower-case handle (an IRC nick, as MeetBot summaries write people) taking a task on itself, or asked by
# another handle to do one: "wbrandt offered to pair ...", "ofelix asked tsuzuki to collect ...".
_HANDLE_TAKES = re.compile(
    r"(?P<who>@?[a-z][\w.-]{1,30})\s+(?:offered|volunteered|agreed|undertook|promised)\s+to\s+[a-z]"
)
_HANDLE_ASKS = re.compile(
    r"(?P<asker>@?[a-z][\w.-]{1,30})\s+(?:asked|invited|requested)\s+(?P<who>@?[a-z][\w.-]{1,30})\s+to\s+[a-z]"
)


def handle_clause_owners(text: str, people: list[Person]) -> list[Owner] | None:
    """The owner of a line opening with a listed person's lower-case handle that volunteers ('wbrandt offered
    to ...') or that asks another listed handle ('ofelix asked tsuzuki to ...'); None unless every handle
    resolves to the people list, so a lower-case common noun ('officers asked members to') names nobody."""
    takes = _HANDLE_TAKES.match(text)
    if takes:
        owner = _person_named(takes["who"], people)
        return [owner] if owner is not None and owner.name else None
    asks = _HANDLE_ASKS.match(text)
    if asks and find_person(asks["asker"], people) is not None:
        owner = _person_named(asks["who"], people)
        return [owner] if owner is not None and owner.name else None
    return None


def _person_named(who: str, people: list[Person]) -> Owner | None:
    """A handle, first name or full name as a transcript writes it, resolved to the people list (as
    the header resolves its chair: a first name only when it is unique; a short form of one, 'Dan', as
    :func:`short_name_owner` does); an unlisted handle stays a mention."""
    person = find_person(who, people)
    if person is not None:
        return Owner(mention=who, name=person.name, abbrev=person.abbrev)
    return Owner(mention=who) if who.startswith("@") else short_name_owner(who, people)


# A transcript's numbered speaker label, which a key in the header maps to a person: "Speaker 2", perhaps with the
# note taker's name for them in brackets ("Speaker 2 (Rahul)").
_SPEAKER_LABEL = re.compile(r"Speaker\s+\d{1,2}(?:\s+\((?P<given>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\))?")
# A turn opened by a numbered label: "Speaker 5: I'll open the advisory".
_LABEL_TURN = re.compile(rf"(?P<who>{_SPEAKER_LABEL.pattern})\s*:\s+(?=\S)")
# Labelled speakers as the subject of a task: "Speaker 2 (Rahul) to cut ...", "Speaker 1 and Speaker 3 will draft".
_LABELS_SUBJECT = re.compile(
    rf"\s*(?P<who>{_SPEAKER_LABEL.pattern}(?:\s*(?:,|and|&)\s*{_SPEAKER_LABEL.pattern.replace('?P<given>', '?:')})*)"
    r"\s+(?:to|will|shall|(?:agreed|offered|undertook|volunteered)\s+to)\s+[a-z]"
)
# The speaker joining another owner in the first person: "Bo and I will draft ...".
_AND_I = re.compile(r"\b(?:and|&)\s+I(?:\s+will|\s+shall|['’]ll|\s+can)\s+[a-z]")


def speaker_turn(text: str) -> tuple[str | None, int]:
    """The speaker opening a transcript line ('amy: ...', '<amy> ...', 'Speaker 5: ...') and where their words start;
    (None, 0) when the line opens no turn."""
    speaker = speaker_of(text)
    if speaker:
        return speaker, SPEAKER.match(text).end()
    label = _LABEL_TURN.match(text) if text.startswith("Speaker") else None
    return (label["who"], label.end()) if label else (None, 0)


def speaker_label_owner(label: str, people: list[Person]) -> Owner:
    """A numbered speaker label as written ('Speaker 2 (Rahul)'), resolved through the name in its brackets when the
    people list knows it; the label alone stays a mention."""
    given = _SPEAKER_LABEL.fullmatch(label)
    person = _person_named(given["given"], people) if given and given["given"] else None
    return (
        Owner(mention=label, name=person.name, abbrev=person.abbrev)
        if person and person.name
        else Owner(mention=label)
    )


def speaker_label_owners(text: str, people: list[Person]) -> list[Owner] | None:
    """The labelled speakers a task opens with ('Speaker 1 (Alice) and Speaker 3 (Bo) to draft ...'), None when the
    line opens otherwise."""
    m = _LABELS_SUBJECT.match(text) if "Speaker" in text[:12] else None
    if m is None:
        return None
    return _dedupe([speaker_label_owner(w.group(), people) for w in _SPEAKER_LABEL.finditer(m["who"])])


def _transcript_owners(text: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner] | None:
    """Owners by transcript conventions, or None when the line does not use them."""
    labelled = speaker_label_owners(text, people)
    if labelled:
        return labelled
    speaker, words = speaker_turn(text)
    body = text[words:]
    if speaker and COMMITMENT.match(body):
        owner = _person_named(speaker, people) or Owner(mention=speaker)
        return [owner]
    vocative = VOCATIVE.match(body)
    if vocative:
        owner = _person_named(vocative.group("who"), people)
        if owner is not None:
            return [owner]
    body = _TASK_BOX.sub("", body)
    # a lead naming the meeting the action comes from labels it too: "ACTION (carried from 2022-11-09): kim to ..."
    label = _LABEL_PREFIX.match(body) or _STATUS_TAG.match(body) or _ORIGIN_LEAD.match(body)
    rest = body[label.end() if label else 0 :]
    handles = _HANDLE_SUBJECT.match(rest)
    if handles:
        names = [w for w in re.split(r"\s*(?:/|,|&|\band\b)\s*", handles.group("who")) if w]
        owners = [_person_named(w, people) for w in names]
        if label and names and not any(map(_not_owner, names)):
            # after "ACTION:" an unlisted handle still names its owner ("ACTION: somebody to ..." names nobody)
            owners = [o or Owner(mention=w) for o, w in zip(owners, names, strict=True)]
        if names and all(owners):
            return _dedupe([o for o in owners if o])
    clause = handle_clause_owners(rest, people)
    if clause:
        return clause
    if speaker:
        owners = _rule_owners(body, people, matcher)  # "<lena> ACTION: rachel to ..."
        if owners and _AND_I.search(body):  # "Bo and I will draft ...": the speaker too
            owners = _dedupe([*owners, _person_named(speaker, people) or Owner(mention=speaker)])
        return owners
    return None


def _dedupe(owners: list[Owner]) -> list[Owner]:
    seen: set[str] = set()
    out = []
    for o in owners:
        key = (o.name or o.mention or "").lower()
        if key not in seen:
            seen.add(key)
            out.append(o)
    return out


# ------------------------------------------------------------------------------------------- due


# A month in brackets just after a quarter, as minutes of a body whose year does not start in January or April say
# which month closes the quarter they mean: "end of Q4 (January)". The month the minutes give wins over counting.
_QUARTER_MONTH = re.compile(rf"\s*\((?P<month>{MONTHS})\.?\)", re.I)


def _next_month(month: int, ref: dt.date | None, year: int | None = None) -> str | None:
    """'YYYY-MM' of the named month: the given year, else its next occurrence from the meeting date
    (the meeting's own month counts as this month)."""
    if year is not None:
        return f"{year:04d}-{month:02d}"
    if ref is None:
        return None
    y = ref.year if month >= ref.month else ref.year + 1
    return f"{y:04d}-{month:02d}"


# Words that end the name of a meeting or body; the words before them (capitalised, or a few
# adjectives) belong to the kind: "Finance and Performance Committee", "weekly meeting".
_KIND_HEAD = (
    r"(?:meeting|(?:sub-?)?committee(?:\s+of\s+the\s+whole)?|board|panel|hta|agm|egm|fgb|cabinet|senate|forum|call|council|"
    r"session|sitting|agenda|sync|assembly|"
    r"telcon|teleconference|f2f|plenary|workshop|"
    # a body that calls itself its Executive ("Faculty Executive"), capitalised as a name: "to the October Executive";
    # not an executive owner, nor the first word of the body's longer name ("the Executive Committee")
    r"(?-i:Executive)(?!\s+(?:committee|board|group|team|meeting|session|dean|director|officer)\b))"
)
# An abbreviation naming a meeting after a month: "the February QAG", "the December SteerCo".
_ACRONYM = r"(?-i:[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b)"
_KIND_WORD = (
    r"(?:holding\s+to\s+account\s+|(?<=(?-i:[A-Z])\s)\d{1,2}\s+|(?!(?:to|in|on|at|for|by|of|with|from|the|a|an|its|our|their|before|after|about)\b)"
    r"[a-zA-Z-]+(?:['’](?=\s+(?:meeting|forum)\b))?\s+)"
)
_NOUN_STOP = r"(?:is|are|was|were|has|have|had|will|can|could|would|be)\b"
_NOUN = rf"(?!{_NOUN_STOP})[a-z][\w-]*"
# "Action arising from the March 2018 meeting:", "(carried forward from April 2024)", "Minute 27, from the meeting of
# 21 November 2018:", "Recommendation CYP 12/23 from the March 2023 meeting remains open:" (a numbered recommendation
# only: "a recommendation from the WG" is a task), a note in brackets "(raised at the November meeting)", "(raised
# in December)": where an
# action came from, which is not
# when it is due; a bracket may end it ("Action 19/17 from the May 2019 meeting (MH to ...) is carried forward to the
# September meeting").
# The meeting an action is carried to, after the one it came from: " to the March board", " to the next meeting".
_CARRIED_TO = rf"\s+to\s+(?:the|its)\s+(?:{_KIND_WORD}){{0,2}}?{_KIND_HEAD}\b"
_ORIGIN_CLAUSE = re.compile(
    r"(?:^\s*|\(|,\s+|\b(?:actions?\s+(?:[A-Z]*\d[\w/.-]*\s+)?(?:arising\s+|items?\s+)?|recommendations?\s+(?:[A-Z]{1,5}\s+)?[A-Z]*\d[\w/.-]*\s+|carr(?:ied|ies|y|ying)\s+(?:(?:forward|over)\s+)?|[cb]/f\s+|"
    r"follow[- ]ups?\s+|"
    r"brought\s+forward\s+|open\s+|outstanding\s+|pending\s+|left\s*over\s+|(?<=\()raised\s+))(?:from|(?<=raised\s)(?:at|in))"
    r"(?!\s+(?:this|today['’]?s?)\b)\s+"
    # the earlier meeting named by its month, which ends the clause ("The action from the July meeting| for officers
    # to report ..."); else the words up to a stop, a bracket or a dash
    rf"(?:(?:the\s+)?(?:{MONTHS})\.?(?:\s+\d{{4}})?\s+(?:{_KIND_WORD}){{0,2}}?{_KIND_HEAD}\b"
    # the words up to a stop, a bracket, a dash or the meeting it is carried to ("carried forward from November 2023|
    # to the March board": that meeting is the due point, the month the origin)
    rf"|(?:(?!{_CARRIED_TO})[^:;(),]|,(?=\s\d{{4}}\b)){{0,60}}(?:[:;),]|\s(?=\()|\s[–—](?=\s)|(?={_CARRIED_TO})|$))",
    re.I,
)
_NEXT_WORDS = r"(?:to|at|for|by|before|until|till)"
# "Back" before "next <meeting>" with no "at" between, as notes write a return date: "report back next meeting",
# "come back next call" (the meeting is when the outcome is brought back).
_BACK_AT = r"(?<=\bback\s)"
# A meeting a team holds at each sprint, whose next one is a due point: "by the next sprint review", "(next sprint
# planning)"; a plain "next review" may be a review of a document, not a meeting.
_SPRINT_MEETING = r"sprint\s+(?:review|planning|demo|retro(?:spective)?)\b"
# A half of a school term, numbered as English schools do: "Spring 2" is the second half of the spring term.
_HALF_TERM_NAME = re.compile(r"(?P<term>autumn|spring|summer)\s?(?P<half>[12])\b(?![/.-]?\d)", re.I)
# The last field of a closing bracket, after its owner and a comma, which holds the due point with no lead word:
# "(Owner: PM, next SteerCo)", "(Owner: Head of IT, before contract signature)".
_LAST_FIELD = r"(?<=,\s)(?=[^(),;]{1,40}\)\s*[.;]?\s*$)"
# The same field closing a task line with no bracket, as meeting notes append the due point: "@kim: DNS request for
# the docs site, next sync".
_CLOSING_FIELD = r"(?<=,\s)(?=[^(),;]{1,30}[.;]?\s*$)"
# A weekday as minutes write it in a due point: "Monday", "Wed", "Tues." (the weekend only in full: "sat" is a verb).
_WEEKDAY = rf"(?:{alternation([*WEEKDAY_NAMES, *weekday_short_forms(weekend=False)])})"
# The end of a working day, as a deadline names it: "EOD", "COB", "close of play", "end of the day".
_END_OF_DAY = r"(?:(?-i:EOD|COB)|close\s+of\s+(?:play|business)|end\s+of\s+(?:the\s+)?day)"
# Short meetings that teams hold daily or weekly, named after a weekday: "Wednesday's stand-up".
_DAILY_MEETING = r"(?:stand-?up|huddle|retro(?:spective)?|catch-?up|check-?in|review)"
# Verbs that move an action to a later point: "carried forward to November", "deferred until June".
_DEFERRED = (
    r"(?:carried\s+(?:forward|over)|deferred|postponed|moved|put\s+back|brought\s+back|adjourned|held\s+over)"
)
_COUNT = rf"(?:\d+|{alternation(COUNT_WORDS)}|few|couple\s+of)"
# Words that introduce a day ("by", "no later than", "w/c", "w/e" for the week ending on it, "Due:", "Deadline -", "now
# targeted") and the day as written:
# "12 April", "Friday 12th April 2024", "April 12", "31/07/2024", "31.07.24", "2024-07-31", "29/09" (a day and a
# two-digit month), "1/31" (a month and a day, as US minutes write it; only when the day cannot be a month),
# "25-Aug-23" (a day, a short month and a two-digit year, as spreadsheets write them).
_DATE_LEAD = (
    r"(?:by|on|before|no\s+later\s+than|until|till|for|w/[ce]|(?:moved|deferred|postponed|rescheduled|put\s+back)\s+(?:un)?to|"
    r"(?:in\s+)?(?:the\s+)?week\s+(?:commencing|beginning|starting|ending|of)|"
    r"(?:due(?:\s+date)?|deadline|targeted(?:\s+for)?|target(?:\s+date)?|date|eta)\s*(?:[:\-–]|\bby\b|\bon\b|\bof\b)?)"
)
_DAY_TEXT = (
    rf"(?:(?:{WEEKDAYS},?\s+)?(?:\d{{1,2}}-(?:{MONTHS})-(?:\d{{4}}|\d{{2}})|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b\.?(?:,?\s+\d{{4}})?"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*[:.]\d)(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}/(?:0[1-9]|1[0-2])"
    r"|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])"
    r")(?![\d/])"
    # "Fri 16/6": after a weekday, a day and a month without a leading zero is a day, not a fraction
    rf"|(?:{WEEKDAYS})\.?,?\s+\d{{1,2}}/(?:1[0-2]|[1-9])(?![\d/]))"
)
# A deadline word just before "end", after which notes may drop the "of": "by end Feb", "now due end Feb".
_DEADLINE_BEFORE_END = r"(?<=\bby\send)|(?<=\bdue\send)|(?<=\bbefore\send)|(?<=\buntil\send)"
# A briefing, huddle or one-to-one held at a set interval, which is a meeting: "at their weekly briefing", "at their
# weekly one-to-one".
_REGULAR_BRIEFING = (
    r"(?:daily|weekly|fortnightly|monthly)\s+(?:briefing|huddle|bilateral|one-to-one|1:1|catch-?up)"
)
# The regular meeting of the people who own an action, not of the body whose minutes these are: "at their next
# weekly meeting" (of the PCC and the CC), which the minutes do not date.
_THEIR_REGULAR_MEETING = re.compile(r"\btheir\s+next\s+(?:daily|weekly|fortnightly|monthly)\b", re.I)
# What a body issues in turns, whose next one is a due point with no date: "in her next report", "next newsletter".
_ISSUE_WORDS = r"(?:report|update|return|submission|newsletter|bulletin|edition|issue|circular)"
# A body named by its initialism, all capitals or mixed case ("QAC", "SteerCo"), or by a clipped "-co" compound
# written with one capital ("Steerco", "Exco"), matched case-sensitively inside patterns compiled with re.I.
_INITIALISM = r"(?-i:[A-Z]{2,6}|[A-Z][a-z]{1,6}[A-Z][a-z]{1,4}|[A-Z][a-z]{1,6}co\b)"
# A numbered week of an Oxford term as a due point (see :data:`FIRST_WEEK_WINDOW`): "by 8th week" (of the term the
# meeting is in), "by Friday of 0th week of Hilary Term", "for the Board's meeting in 5th week of Hilary Term" (that
# body's meeting in that week); not "the 2nd week of March", a week of a month.
_TERM_WEEK = re.compile(
    r"(?:\bthe\s+(?P<body>[A-Z][\w-]*)['’]s\s+meeting\s+)?"
    rf"\b(?P<lead>by|before|in|during|until|for|at|of)\s+(?:(?P<weekday>{_WEEKDAY})\s+of\s+)?"
    r"(?P<week>\d)(?:st|nd|rd|th)\s+week\b"
    r"(?:\s+of\s+(?P<term>Michaelmas|Hilary|Trinity)\s+[Tt]erm(?:\s+(?P<year>\d{4}))?)?"
    r"(?!\s+(?:of|in)\s+(?!(?-i:[A-Z])[a-z]+\s+[Tt]erm))",
    re.I,
)
# A numbered week of the year as business minutes abbreviate it, a due point with or without its preposition: "by wk
# 19", "wk 19" (an action log's due cell). The spelt-out "week 6" is left to the teaching weeks of a term.
_WORK_WEEK = re.compile(
    r"(?:\b(?:by|before|until|in|during|for|w/[cb])\s+)?\bwk\.?\s*(?P<week>\d{1,2})\b(?![/.:]?\d)", re.I
)
# A numbered week the minutes date by its first day, setting their own week numbering: "in wk 16 (w/c 14 April)",
# "Week 16 (week commencing 14 April 2025)".
_DATED_WORK_WEEK = re.compile(
    r"\b(?:wk|week)\.?\s*(?P<week>\d{1,2})\s*\(\s*(?:w/[cb]|w\.c\.|week\s+(?:commencing|beginning|starting))\s*"
    rf"(?P<day>{_DAY_TEXT})",
    re.I,
)
# A numbered week as a due point's mention, not a teaching week of a semester or term: "by wk 19", "by week 19".
_NUMBERED_WEEK_MENTION = re.compile(
    r"\b(?:wk|week)\.?\s*(?P<week>\d{1,2})\b(?!\s*,?\s*(?:of\s+)?(?:the\s+)?(?:semester|trimester|term)\b)",
    re.I,
)
# The start or end of an academic year or session, which the minutes do not date: a due point with no date (the
# corpus's convention for "by the start of the 2023/24 session").
_ACADEMIC_YEAR = re.compile(
    r"\b(?:by|before|until|for|at)\s+(?:the\s+)?(?:start|beginning|end)\s+of\s+(?:the\s+)?"
    r"(?:(?:next|new|coming)\s+|\d{4}\s*[/-]\s*\d{2,4}\s+)?(?:academic\s+year|session)\b",
    re.I,
)
# The end of the academic year the meeting is in, with no year or "next" stated: "before the end of the academic
# year" is due in July, when the UK academic year ends (the corpus's convention); a start or a named year stays
# undated.
_THIS_ACADEMIC_YEAR_END = re.compile(r"\bend\s+of\s+(?:the\s+)?academic\s+year$", re.I)
ACADEMIC_YEAR_END_MONTH = 7
_DUE_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "by the next meeting"; a due or ETA label may stand for the "by", as task lists write it: "(ETA next meeting)".
    (
        "next_meeting",
        re.compile(
            rf"(?:\b{_NEXT_WORDS}?\s*(?:the|its|our|their|(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*['’]s)\s+|\b(?:{_NEXT_WORDS}|(?:due|eta)(?:\s*:)?)\s+|{_BACK_AT}|\(|{_LAST_FIELD}|{_CLOSING_FIELD})next\s+(?P<kind>{_KIND_WORD}{{0,3}}?(?:meeting|(?:committee|board|panel)(?!\s+meeting\b)|forum|call|{_REGULAR_BRIEFING}(?!\s+(?:note|paper|pack|document|sheet)s?\b)|session|sitting|sync|telcon|teleconference|f2f|plenary|bilateral|{_SPRINT_MEETING}|{_INITIALISM}\b(?!\s+(?:meeting|call|session|sync|committee|board)\b)))(?:\s+of\s+(?:the\s+)?(?P<of>(?:[\w-]+\s+){{0,4}}?(?:Committee|Board|Authority|Council|Panel|Senate|Cabinet|Court|(?-i:Executive))))?\b",
            re.I,
        ),
    ),
    (
        "date",
        re.compile(
            rf"(?:\b(?:the|its|our|their)\s+(?P<kind>{_KIND_WORD}{{0,4}}?{_KIND_HEAD})(?:\s+(?:meets|sits|is\s+held))?\s+(?=on\b|of\s+\d))?"
            # "the board meeting of 12.12.2024": "of" leads a day only after a meeting's name
            rf"(?:\b{_DATE_LEAD}|(?<=\t)|(?(kind)of\b|(?!)))\s*(?P<day>{_DAY_TEXT})",
            re.I,
        ),
    ),
    (
        # a day written before the deadline word it qualifies: "before the 13 February deadline", "to meet the 30 June
        # closing date"
        "date",
        re.compile(
            rf"\b(?:by|before|until|for|ahead\s+of|meet)\s+the\s+(?P<day>{_DAY_TEXT})\s+"
            r"(?:deadline|due\s+date|closing\s+date|cut-?off(?:\s+date)?)\b",
            re.I,
        ),
    ),
    (
        "quarter",
        re.compile(
            r"\b(?:by\s+|before\s+|in\s+|until\s+|at\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:q(?P<q>[1-4])|quarter\s+(?P<q2>[1-4]))(?:\s+(?P<fy>(?:fy\s*)?)(?P<year>\d{4}(?:/\d{2,4})?|(?<=[yY])\d{2}/\d{2}|(?<=[yY]\s)\d{2}/\d{2}))?\b"
            # "under Q1-Q6": a range past the fourth quarter numbers parts (transistors), not quarters
            r"(?!\s*[-–]\s*Q?(?:[5-9]|\d\d))",
            re.I,
        ),
    ),
    (
        "term",
        re.compile(
            r"\b(?:(?P<lead>by|before|in|during|to|until|at)\s+)?(?:the\s+)?(?P<end>(?:end|close|start|beginning)\s+of\s+(?:the\s+)?)?(?P<term>autumn|spring|summer|michaelmas|hilary|lent|trinity)\s+(?:term(?:\s+(?P<year>\d{4}))?|(?P<half>[12])(?=\s+meetings?\b))\b"
            # a meeting named after its term ("the summer term FGB") is left to "season_meeting"; one named after a
            # half of it, as schools number them ("the autumn 2 meeting"), is the meeting held in that half
            rf"(?:(?P<meets>\s+meetings?\b)|(?!\s+{_KIND_WORD}{{0,2}}?{_KIND_HEAD}\b))",
            re.I,
        ),
    ),
    (
        # the end of a season, not of a school term nor a holiday: "by the end of the summer" (August)
        "season_end",
        re.compile(
            r"\b(?:by|before|until|at|for)\s+the\s+(?:end|close)\s+of\s+(?:the\s+)?(?P<season>autumn|spring|summer|winter)\b"
            r"(?!\s+(?:term|half|holidays?|vacation|break|recess|semester|session|[12]\b))",
            re.I,
        ),
    ),
    ("term_week", _TERM_WEEK),
    ("work_week", _WORK_WEEK),
    ("academic_year", _ACADEMIC_YEAR),
    (
        # a half of a school term, as schools number them, as a deadline: "by Summer 2" (when it starts, as "by the
        # autumn term" is), "by the end of Spring 1" (when it ends)
        "half_term_name",
        re.compile(
            rf"\b(?:by|before|until|(?:by\s+)?(?P<end>the\s+end\s+of|end\s+of))\s+(?:the\s+)?{_HALF_TERM_NAME.pattern}",
            re.I,
        ),
    ),
    (
        "before_meeting",
        re.compile(
            rf"\b(?P<count>{_COUNT})\s+(?:(?:working|clear)\s+)?(?P<unit>days?|weeks?)\s+before\s+(?:the|each|our)\s+"
            r"(?:next\s+)?meeting\b",
            re.I,
        ),
    ),
    (
        "day_meeting",
        re.compile(
            rf"\b{_NEXT_WORDS}?\s*(?:the|its|our|their)\s+(?:(?P<month>{MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTHS})\.?)(?:,?\s+(?P<year>\d{{4}}))?"
            rf"\s+(?P<kind>{_KIND_WORD}{{0,4}}?(?:{_KIND_HEAD}\b|{_ACRONYM}))",
            re.I,
        ),
    ),
    (
        # a day in brackets closing an action-list line: "... candidate form (Feb 14)", or a day and the meeting held
        # on it: "... draft proposal (4 Mar SteerCo)", "(12 June board)"
        "date",
        re.compile(
            rf"\((?P<day>{_DAY_TEXT})(?:\s+(?P<kind>{_KIND_WORD}{{0,4}}?{_KIND_HEAD}\b|{_ACRONYM}))?\)\s*[.;]?\s*$",
            re.I,
        ),
    ),
    (
        # a day closing an action-list line after a comma, as its deadline field: "@kim: tag the release, 2024-06-04.",
        # "..., 4 June at the latest."
        "date",
        re.compile(rf"(?<=,\s)(?P<day>{_DAY_TEXT})(?:\s+at\s+the\s+latest)?(?=\s*[.;]?\s*$)", re.I),
    ),
    (
        # closing an action-list line: "... tree removal (Feb meeting)", "(due: April BRC)", or the due field of a closing
        # bracket of fields: "(Owner: Dean; by: April Board)"
        "month_meeting",
        re.compile(
            rf"(?:\(|(?<=;\s)(?=by\b))(?:(?:due|by)\s*[:\-–]?\s*)?(?P<month>{MONTHS})\.?(?:\s+(?P<year>\d{{4}}))?\s+"
            rf"(?P<kind>{_KIND_WORD}{{0,4}}?{_KIND_HEAD}|{_ACRONYM})\)"
            r"\s*[.;]?\s*$",
            re.I,
        ),
    ),
    (
        "month_meeting",
        re.compile(
            # "the board's October business meeting": a body's own meeting in that month; "the March committee
            # meeting" keeps its meeting word, as "the board meeting in May" does; a log's update moving an action
            # writes no article: "ongoing, revised date February meeting"; a board named with its members keeps them
            # before its meeting word: "the May Board of Directors meeting"
            rf"\b{_NEXT_WORDS}?\s*(?:the|its|our|their|(?<=\s)(?:revised|new)\s+date\s*:?|the\s+(?P<owner>(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}[a-z][\w-]*)['’]s)\s+(?P<month>{MONTHS})(?:\s+(?P<year>\d{{4}}))?\s+(?P<kind>{_KIND_WORD}{{0,4}}?(?:{_KIND_HEAD}\b(?:(?:\s+of\s+(?:directors|governors|trustees))?\s+meeting\b)?|{_ACRONYM}(?:\s+(?:meeting|call|session)\b)?)"
            rf"|{_KIND_WORD}{{1,3}}?review\b)"
            r"(?:\s+of\s+the\s+(?P<of>(?-i:(?:[A-Z][\w-]*\s+){0,3}(?:Panel|Committee|Board|Council|Authority))))?",
            re.I,
        ),
    ),
    (
        "month_meeting",
        # a committee's initialism and the month of its meeting: "by QAC August 2024", "carried forward to
        # SteerCo March" ("to HR May" is left alone: "May" without a year may be the verb)
        re.compile(
            rf"\b(?:to|at|for|by|before|until)\s+(?P<kind>{_INITIALISM})\s+"
            rf"(?P<month>{MONTHS})(?:\s+(?P<year>\d{{4}})|(?<!may))\b",
            re.I,
        ),
    ),
    (
        "month_meeting",
        # a due field naming a month's meeting of a body, with no article: "Owner: CC. Due: June Board.", "Target: March
        # QAC" (the field sentence of an action log, set apart from the owner field by a full stop)
        re.compile(
            rf"\b(?:due|deadline|target)\s*:\s*(?P<month>{MONTHS})\.?(?:\s+(?P<year>\d{{4}}))?\s+"
            rf"(?P<kind>{_KIND_WORD}{{0,4}}?{_KIND_HEAD}\b|{_ACRONYM})",
            re.I,
        ),
    ),
    (
        "month_meeting",
        # a month's meeting in note style, with no article: "to September meeting", "at July meeting"
        re.compile(
            rf"\b(?:to|at|for|by|until|before)\s+(?P<month>{MONTHS})(?:\s+(?P<year>\d{{4}}))?\s+(?P<kind>meeting)\b",
            re.I,
        ),
    ),
    (
        "month_meeting",
        # the month before the initialism, with no article: "to September JSGB", "by March QAC" (not a name that
        # goes on: "by June NHS England")
        re.compile(
            rf"\b(?:to|at|for|by|before|until)\s+(?P<month>{MONTHS})\.?(?:\s+(?P<year>\d{{4}}))?\s+"
            rf"(?P<kind>{_INITIALISM})\b(?!\s+(?-i:[A-Z]))",
            re.I,
        ),
    ),
    (
        "month_issue",
        re.compile(
            # "in their April mailings": an issue of their own that month
            rf"\b(?:with|in|for|by|before|to|until|at)\s+(?:the|their|its|our|his|her)\s+(?P<month>{MONTHS})"
            rf"(?:\s+(?P<year>\d{{4}}))?\s+(?:{'|'.join(MONTHLY_ISSUES)})s?\b",
            re.I,
        ),
    ),
    (
        # a monthly report the task goes into, named by the month it is issued in: "include the outcome in the March
        # patient safety report"
        "month_issue",
        re.compile(
            rf"\b(?:in|into|with)\s+the\s+(?P<month>{MONTHS})\s+(?:[a-z][\w-]*\s+){{0,3}}?report\b", re.I
        ),
    ),
    (
        "meeting_in_month",
        re.compile(
            rf"\b{_NEXT_WORDS}?\s*(?:the|its|our|their)\s+(?P<kind>{_KIND_WORD}{{0,4}}?{_KIND_HEAD})\s+(?:in|on)\s+(?P<month>{MONTHS})(?:\s+(?P<year>\d{{4}}))?\b",
            re.I,
        ),
    ),
    (
        "end_month",
        re.compile(
            # "by end Feb", "now due end Feb": notes drop the "of" after a deadline word
            rf"\b(?:by\s+|before\s+|until\s+)?(?:the\s+)?end(?:\s+of\s+|-|(?:{_DEADLINE_BEFORE_END})\s+)"
            rf"(?P<month>{MONTHS})(?:\s+(?P<year>\d{{4}}))?\b",
            re.I,
        ),
    ),
    (
        "financial_year",
        re.compile(
            r"\b(?:by\s+|before\s+|until\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?"
            r"(?P<year_kind>financial|fiscal|municipal)\s+year"
            r"(?:\s+(?P<fy>\d{4})/\d{2,4})?\b",
            re.I,
        ),
    ),
    (
        "semester",
        re.compile(
            # a semester as the period the task falls in, as "in the autumn term" is: "when it is repeated in semester 1"
            r"\b(?:(?:by\s+|before\s+|until\s+|at\s+)?(?:the\s+)?(?:end|close|start|beginning)\s+of\s+|(?:in|during)\s+)"
            r"(?:the\s+)?(?:(?P<season>first|second|fall|autumn|spring)\s+)?(?:semester|trimester|teaching\s+block)(?:\s+\d)?\b",
            re.I,
        ),
    ),
    (
        "half_term",
        re.compile(
            rf"\b(?:by|before|at|until|over|after)\s+(?:the\s+)?(?P<month>{MONTHS})\s+"
            r"(?:half[- ]term|(?:long|holiday|bank\s+holiday)\s+weekend|bank\s+holiday|recess|break)\b",
            re.I,
        ),
    ),
    (
        "end_period",
        re.compile(
            # chat notes drop the article ("by end of month"), and may drop the lead word when the point closes the
            # line ("tag the release end of month"); "the end of month figures" is no due point
            r"(?:\b(?:by|before|until|at)\s+(?:the\s+)?|(?<!the\s)\b(?=end\s+of\s+(?:the\s+)?(?:week|month)\s*[.;)]?\s*$))"
            r"end\s+of\s+(?:the\s+|this\s+|(?P<next>next)\s+)?(?P<period>week|month|year|calendar\s+year)\b(?!\s*\d)",
            re.I,
        ),
    ),
    (
        # the same end with the period first, as notes write a month's close: "by month end", "before month-end" (not
        # "the month-end figures"; nor "year end", which may be the financial year's)
        "end_period",
        re.compile(
            r"\b(?:by|before|until)\s+(?:the\s+)?(?P<period>month)[-\s]end\b(?![-\s]+(?:figures|accounts|close|position|report|returns?)\b)",
            re.I,
        ),
    ),
    (
        # the short forms trackers write for an end of period: "by EOM" (end of month), "ETA: EOW", "EOY"; "EOD" and
        # "COB" (close of business) end the meeting's own day, unless a weekday says which day ("by EOD Tuesday")
        "end_abbrev",
        re.compile(
            rf"\b(?:(?:by|before|until)\s+)?(?-i:EO(?P<period>[MWYD])|COB)\b(?!\s+(?:on\s+)?{_WEEKDAY}\b)",
            re.I,
        ),
    ),
    (
        "next_month",
        re.compile(
            r"\b(?<!the\s)(?<!this\s)(?:by\s+|in\s+|during\s+|before\s+|until\s+)?next\s+month\b", re.I
        ),
    ),
    (
        "bracket_month",  # a month in brackets after a task, after a body's name or alone: "the board (February)"
        re.compile(rf"(?:\b(?:the|its)\s+(?P<kind>{_KIND_HEAD})\s+)?\((?P<month>{MONTHS})\)", re.I),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:in\s+time\s+for\s+the|(?:before|by|ahead\s+of)\s+the(?=\s+(?:{MONTHS})\s+(?!meeting\b)[a-z])"
            # "ongoing – due May": a tracker's status with its due month
            rf"|in|by|during|for|before|until|at|due|(?:no|not)\s+later\s+than|{_DEFERRED}\s+(?:un)?to)\s+"
            r"(?:the\s+(?:first|second|third|fourth|last|final|start|beginning|middle)\s+(?:week\s+|fortnight\s+|half\s+)?of\s+)?"
            # not a month joined to the word it qualifies: "for January-start students" names no point
            rf"(?:early\s+|mid-?\s*|late\s+)?(?P<month>{MONTHS})(?:\s+(?P<year>\d{{4}}))?\b(?!-[a-z])",
            re.I,
        ),
    ),
    (
        "holiday",
        re.compile(
            rf"\b(?:by|before|until|till|over|ahead\s+of)\s+(?:the\s+)?(?:(?P<term>autumn|spring|summer)\s+(?=half))?"
            rf"(?P<holiday>{'|'.join(HOLIDAY_MONTH)})\b(?:\s+(?:break|holidays?|recess|vacation|period))?",
            re.I,
        ),
    ),
    (
        "from_month",
        re.compile(
            rf"\bfrom\s+(?:early\s+|mid-?\s*|late\s+)?(?P<month>{MONTHS})(?:\s+(?P<year>\d{{4}}))?\b(?!\s*(?:to|until|till|[-–]))",
            re.I,
        ),
    ),
    (
        "weekday",  # "at Wednesday's stand-up", "before Monday's meeting": that day, at that meeting
        re.compile(
            rf"\b(?:at|before|by|for|until|in|to)\s+(?:next\s+)?(?P<day>{_WEEKDAY})['’]s\s+"
            rf"(?P<kind>{_KIND_WORD}{{0,2}}?(?:{_KIND_HEAD}|{_DAILY_MEETING})\b)",
            re.I,
        ),
    ),
    (
        "weekday",
        # the end of that day may be said first: "by EOD Tuesday", "by close of play on Friday"; a due note may name
        # the day alone: "(due Friday)", or be the day alone in brackets closing a task line with no full stop: "send the
        # invite (Friday)" (in prose a bracketed day says when something else happens: "a holiday (Thursday)."), or
        # the day alone after a spaced dash closing a to-do line: "☐ TA: send the papers – Friday"
        re.compile(
            rf"(?:\b(?:by|on|before|until|starting|from|due)\s+(?:{_END_OF_DAY}\s+(?:on\s+)?)?(?:next\s+)?"
            rf"|\((?:next\s+)?(?={_WEEKDAY}\s*\)\s*$)|(?<=\s[–—]\s)(?:next\s+)?(?={_WEEKDAY}\.?\s*$))(?P<day>{_WEEKDAY})\b",
            re.I,
        ),
    ),
    ("this_period", re.compile(r"\b(?:this|later\s+this)\s+(?:week|month)\b", re.I)),
    (
        # "by the end of term": the end of the school term the meeting falls in; an action log's due cell may write it
        # alone, "End of term"
        "end_term",
        re.compile(
            r"(?:\b(?:by|before|until|at)\s+|^\s*)(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?term\b(?!\s*\d)",
            re.I,
        ),
    ),
    (
        "within_hours",  # "within 30 minutes of the conclusion of this meeting": the meeting's own day
        re.compile(rf"\bwithin\s+{_COUNT}\s+(?:minutes?|hours?)\b", re.I),
    ),
    (
        "same_day",
        re.compile(
            # "today's discussion" names the meeting's business, not a deadline
            r"\b(?:today(?!['’]s\b)|tonight|this\s+(?:afternoon|evening)|after\s+the\s+break|by\s+the\s+end\s+of\s+the\s+day)\b",
            re.I,
        ),
    ),
    # "by tomorrow": the day after the meeting; a bare "tomorrow" often dates talk, not a deadline
    ("next_day", re.compile(r"\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?tomorrow\b(?!['’])", re.I)),
    ("next_week", re.compile(r"\b(?:by\s+|during\s+)?next\s+week\b", re.I)),
    (
        "relative",
        re.compile(
            rf"\bwithin\s+(?:the\s+(?:next|coming)\s+)?{_COUNT}\s*(?:(?:working|business|calendar|clear)\s+)?"
            r"(?:days?|weeks?|months?|fortnight)\b"
            rf"|\bin\s+{_COUNT}\s*(?:days?|weeks?|months?|fortnight)['’]?s?\s+time\b"
            rf"|\b(?:within|in|over|during)\s+the\s+(?:next|coming)\s+(?:{_COUNT}\s+)?(?:days?|weeks?|months?|fortnight)\b"
            r"|\bwithin\s+a\s+fortnight\b"
            # a return a few days or weeks on, which sets a span as "within two weeks" does: "report back in two weeks"
            # (a bare "in two weeks" may date talk: "the release is in two weeks")
            rf"|{_BACK_AT}in\s+(?:{_COUNT}\s*(?:days?|weeks?)|a\s+(?:week|fortnight))\b"
            # a quarter from now, which sets a span as "within two months" does: "report back within the next quarter"
            r"|\bwithin\s+the\s+(?:next|coming)\s+quarter\b"
            # an estimate of how long the task takes, as engineers write it: "ETA two weeks", "ETA: 3 days"
            rf"|\b(?-i:ETA|eta)\s*:?\s+(?:~\s*)?{_COUNT}\s+(?:days?|weeks?|months?)\b",
            re.I,
        ),
    ),
    (
        "bracket_span",  # a span in brackets closing an action-list line: "@dosei: analysis (two weeks)"
        re.compile(rf"\((?:in\s+|within\s+)?{_COUNT}\s+(?:days?|weeks?|months?)\)\s*[.;]?\s*$", re.I),
    ),
    (
        # an event in brackets closing an action-list line, alone or as the field after the owner: "@dk: nomination
        # (before Loomwire 2.0)", "(Owner: Head of IT, before contract signature)"
        "bracket_span",
        re.compile(rf"(?:\(|{_LAST_FIELD})before\s+[^(),]{{2,40}}\)\s*[.;]?\s*$", re.I),
    ),
    (
        "undated_event",
        re.compile(
            # "ASAP", but not inside a quoted name ('a label "write me ASAP"')
            r"\b(?:as\s+soon\s+as|asap\b(?![\"”])|on\s+the\s+same\s+day\s+as|(?:on|after|upon)\s+(?:his|her|their)\s+return\b"
            r"|(?:by|before|until|ahead\s+of)\s+(?:the\s+)?(?:[\w.-]+\s+)?(?:release|freeze|launch|go[- ]live|cut-?over)\b"
            # "on the next suitable weekend": whenever the conditions allow, no date
            r"|\b(?:on|at|over|by|in)\s+the\s+next\s+(?:suitable|convenient|available|possible|free)\s+"
            r"(?:weekend|day|date|opportunity|occasion)\b"
            # a teaching week numbered from the start of term, which the minutes do not date: "by week 6"
            r"|\b(?:by|before|until|in|during)\s+week\s+\d{1,2}\b(?![/.:]?\d)"
            # business put off to a council's next municipal year, which has no day: "carried forward to the next
            # municipal year"
            r"|\b(?:to|into)\s+the\s+next\s+municipal\s+year\b)",
            re.I,
        ),
    ),
    (
        "kind_only",
        re.compile(
            # "invited to attend a future meeting": a guest's invitation is due at that meeting, no date
            rf"\b(?:to|at|for|by|until|in|before|attend(?=\s+(?:a|the)\s+(?:future|forthcoming|later|subsequent)\s))"
            rf"\s+(?:the|its|our|their|a)\s+(?P<series>(?=(?:future|forthcoming|later|subsequent)\s))?(?P<kind>(?:(?!next\b){_KIND_WORD}){{0,4}}?(?:meeting|(?:committee|board|panel|hta|cabinet|senate|forum)(?:\s+meeting)?|call|sitting|sync|plenary|telcon|teleconference|f2f|agm|egm|{_REGULAR_BRIEFING}|(?(series)session|(?!))))"
            # "to a future briefing session": a session is a meeting only when a later one is meant, not "in the
            # afternoon session"
            # "before their annual parochial church meetings": each of their own meetings of that kind; "to the County
            # Executive Committee Member": a person, not the body
            r"(?:(?<=meeting)s)?\b(?!\s+(?:members?|chair|chairperson|secretary|clerk)\b)",
            re.I,
        ),
    ),
    (
        "goes_to",  # "before it goes to Academic Board": due at that body's meeting, no date
        re.compile(
            r"\b(?:before|ahead\s+of|until)\s+(?:it|they|this|these|the\s+[a-z]+)\s+(?:goes|go|is\s+taken|are\s+taken|"
            r"comes|come|is\s+presented|is\s+submitted)\s+(?:back\s+)?to\s+(?:the\s+)?"
            r"(?P<kind>(?:[A-Z][\w-]*\s+){0,3}(?:Board|Committee|Council|Cabinet|Senate|Panel|Forum|Court))\b"
        ),
    ),
    (
        "abbrev_meeting",
        re.compile(
            r"\b(?:to|at|for|by|until|attend)\s+(?:the\s+)?(?:first\s+|next\s+)?(?P<kind>FGB|HTA|AGM|EGM)\b"
        ),
    ),
    (
        "before_body",  # "share the draft before Cabinet": a body that names its own meeting, due at it, no date
        re.compile(
            r"\b(?:before|ahead\s+of)\s+(?P<kind>Cabinet|Council|Senate|Court)\b(?!\s+(?:[A-Z]|members?\b))"
        ),
    ),
    (
        "before_event",
        re.compile(
            # "before the 2.4 tag": an event of a numbered version; "before the Semester 2 assessment period": an event
            # of a numbered part of the year; "before the REF mock exercise": an event of a scheme known by its initials
            rf"\bbefore\s+the\s+(?:\d{{4}}\s+|v?\d+(?:\.\d+)+\s+|[A-Z][\w-]*['’]s\s+|[A-Z][a-z]+\s+\d{{1,2}}\s+|[A-Z]{{2,6}}\s+)?"
            rf"{_NOUN}(?:\s+{_NOUN})?\b(?!\s+{_NOUN_STOP})"
            # a summer or winter holiday, which the minutes do not date: "during the summer holiday"
            r"|\b(?:during|over)\s+the\s+(?:summer|winter)\s+(?:holidays?|vacation|break|recess)\b"
            rf"|\bbefore\s+the\s+{_NOUN}\s+(?:is|are)\s+(?:[a-z]+(?:ed|en|wn|ne|nt)|out|over|complete)\b"
            # "before any strike days" (a noun phrase that ends there), "before Remembrance Sunday"
            rf"|\bbefore\s+any\s+{_NOUN}(?:\s+{_NOUN})?\b(?!\s+[a-z])"
            r"|\bbefore\s+[A-Z][a-z]+\s+(?:Sunday|Day|Eve|Weekend)\b"
            # a pre-release, perhaps of a numbered version, an event the minutes do not date: "before rc2", "before
            # beta 3", "before 3.0 RC1", or the version's only one, unnumbered, closing the phrase: "before the 1.0 RC"
            # (not "before the RC is tagged", read whole below, nor "before beta testers ...")
            r"|\bbefore\s+(?:the\s+)?(?:v?\d+(?:\.\d+)+\s+)?(?:[Rr][Cc]|[Bb]eta|[Aa]lpha)(?:\s?\d{1,2}\b|\b(?![\s-]+[a-z]))"
            # an event said to begin or end, which the minutes do not date: "before semester 2 assessments begin", "before
            # the Ofsted window opens" (an event named after a body, "before the Local Plan consultation closes", or
            # after the academic year it is for, "before the 2026/27 round opens"); not a person doing so: "before we
            # close the issue"
            rf"|\bbefore\s+(?:the\s+(?:(?:[A-Z][\w-]*|\d{{4}}/\d{{2}})\s+){{0,2}})?(?!(?:meeting|call|session|we|they|you|it|he|she|I)\b){_NOUN}(?:\s+\d{{1,2}})?(?:\s+{_NOUN}){{0,2}}"
            r"\s+(?:begins?|starts?|opens?|ends?|closes?)\b"
            # a version written with its "v", which the minutes do not date: "before v3.0", "before v2"; or a major
            # version written with its ".0", which no clock time is, closing its clause: "before 1.0." (not "before
            # 10.30", nor a feature of that version, "before 3.0 APIs existed")
            r"|\bbefore\s+v\d{1,3}(?:\.\d{1,3}){0,2}\b(?!\.?\d)|\bbefore\s+\d{1,2}\.0(?=[.,;)]|\s*$)"
            # or a three-part version with a one-digit patch, which no date nor clock time is: "before 2.3.0"
            r"|\bbefore\s+\d{1,3}\.\d{1,3}\.\d(?![\d.]?\d)(?=[.,;)]|\s*$)"
            # a numbered version said to be tagged or released, which the minutes do not date: "before 2.4.0 is tagged"
            r"|\bbefore\s+v?\d{1,3}(?:\.\d{1,3}){1,2}\s+(?:is|has\s+been|gets)\s+(?:tagged|released|cut|shipped|published|out)\b"
            # a numbered version's general availability or final release, which the minutes do not date: "before 2.0
            # GA", "before 4.1 final" (not a version's feature: "before 2.0 APIs")
            r"|\bbefore\s+(?:the\s+)?v?\d{1,3}(?:\.\d{1,3}){1,2}\s+(?:GA|general\s+availability|final)\b(?![\w-])"
            # an event known by its initials, which the minutes do not date: "well before FOSDEM" (not a numbered
            # meeting, "before IETF 119", nor a modifier of a noun, "before API design")
            # (in the plural too: "before SATs", "before GCSEs")
            # or by a name with a capital inside it, as conferences write theirs: "before KubeCon", "before PyCon"
            r"|\bbefore\s+(?!(?:ASAP|EOD|EOW|COB|TBC|TBA|AGM|EGM|FGB|HTA)\b)(?:[A-Z]{3,}s?|[A-Z][a-z]+[A-Z][a-z]+)\b"
            r"(?![\s-]*\d)"
            r"(?!\s+(?!(?:too|and|or|so|to|in|at|if|when|as|for|with|but)\b)[a-z])"
        ),
    ),
    (
        "next_report",  # "in her next quarterly report", "with the Q1 report": a stated point with no date
        re.compile(
            # or the issue for a numbered quarter: "be provided with the quarter 1 performance report"
            r"\b(?:in|with|for)\s+(?:the|his|her|their|its|our)\s+(?:next|(?:quarter|Q)\s?[1-4])\s+(?:[a-z-]+\s+){0,2}"
            rf"(?:e-)?{_ISSUE_WORDS}\b",
            re.I,
        ),
    ),
    (
        "named_group",  # "at the Workforce Operational Group": that group's meeting, no date
        re.compile(r"\bat\s+the\s+(?:next\s+)?(?P<kind>(?:[A-Z][\w-]*\s+){1,3}(?:Group|Forum))\b"),
    ),
    (
        "season_meeting",  # "at the autumn portfolio review": that meeting, in a season, so no month
        re.compile(
            rf"\b(?:to|at|for|by|until|in|before)\s+(?:the|its|our|their)\s+(?:autumn|spring|summer|winter)\s+(?:term\s+)?(?!term\b)"
            rf"(?P<kind>{_KIND_WORD}{{0,2}}?(?:{_KIND_HEAD}|review))\b",
            re.I,
        ),
    ),
    (
        "future_agenda",  # "placed on a future agenda": a stated point with no date or meeting
        re.compile(r"\b(?:on|to|for)\s+(?:a|the)\s+(?:future|later|forthcoming)\s+agenda\b", re.I),
    ),
    (
        # "to come back in the new year": some time after the year turns, a stated point with no month (a meeting named
        # before it, "to the first design review meeting in the new year", is read first)
        "new_year",
        re.compile(r"\b(?:in|early\s+in)\s+the\s+new\s+year\b", re.I),
    ),
    (
        # "to go out with the summer term newsletter": sent with an issue named by its season, a point with no month
        # ("put the appeal in the spring newsletter" says where it goes, not when)
        "season",
        re.compile(rf"\b(?:with|by|before|until)\s+(?:the|their|its|our)\s+{_SEASON_ISSUE}\b", re.I),
    ),
    (
        # "for the autumn", "in the spring", "before next winter": a stated point with no month; "a forecast for the winter months" is the
        # period a thing covers, not a point
        "season",
        re.compile(
            r"\b(?:in|during|by|until)\s+the\s+(?:autumn|spring|summer|winter)\b(?!\s+term)"
            r"|\bfor\s+the\s+(?:autumn|spring|summer|winter)\b(?!\s+(?:term|months)\b)"
            # "before next winter": the coming season, no month
            r"|\b(?:by|before|until)\s+next\s+(?:autumn|spring|summer|winter)\b(?!\s+term)",
            re.I,
        ),
    ),
    (
        # a half of a school term named as the time of a task, "in Spring 1", or in a due field, "Deadline: Spring 2":
        # a stated point with no month (the minutes may state its dates)
        "half_term_in",
        re.compile(
            rf"\b(?:in|during|for|(?:deadline|due|target|eta)\s*:)\s*(?:the\s+)?{_HALF_TERM_NAME.pattern}",
            re.I,
        ),
    ),
    (
        "numbered_term",  # "in Term 2": terms numbered as in New Zealand and Australia, a stated point with no month
        re.compile(
            r"\b(?:in|by|before|during|until|for|at)\s+(?:the\s+)?(?:(?:start|beginning|end)\s+of\s+)?"
            r"(?-i:[Tt]erm)\s+[1-4]\b",
            re.I,
        ),
    ),
    (
        "end_sprint",  # "(end of sprint)": when the sprint ends, at its review, the next meeting
        re.compile(
            r"\b(?:by\s+|before\s+|at\s+|until\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?sprint\b"
            # a numbered sprint ("end of sprint 14") is a stated point the minutes give no date for
            r"(?:\s+(?P<sprint>\d{1,3})\b)?(?!\s*[-–/]?\s*\d)",
            re.I,
        ),
    ),
    (
        "season",  # "arrange the pay committee meeting for the autumn term": the term it is for, no month
        re.compile(r"\bfor\s+the\s+(?:autumn|spring|summer)\s+term\b(?!\s+meetings?\b)", re.I),
    ),
]
# The members a board is named after: "Board of Trustees" is one body (its kind is "board of trustees").
_MEMBERS = r"(?:Trustees|Governors|Directors|Management|Regents|Visitors|Commissioners)"
# A body named without a meeting word ("to Cabinet in October", "to Council for its meeting in March"):
# it names the kind of meeting when the sentence's due point is otherwise a plain "meeting". A body's name before a
# noun of its own ("the Board website", "the Committee report") names that thing, not the body; a portfolio office
# ("the Cabinet Member for Housing", "the Committee Member") names a person.
_BODY = re.compile(
    r"\b(?:to|for|at|before)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w-]*\s+(?:and\s+|of\s+)?){0,4}"
    r"(?:Board|Committee|Cabinet|Council|Senate|Authority|Panel|Forum|Court)(?:\s+of\s+"
    + _MEMBERS
    + r")?)\b(?!'|\s+(?:[Mm]embers?|website|officers?|reports?)\b)"
)
# "at each board meeting", "at every meeting until ...": a standing instruction, due at every meeting of
# that kind (no date) unless something else in the sentence dates it.
_RECURRING = re.compile(
    rf"\b(?:at|to|for|before)\s+(?:each|every)\s+(?P<kind>(?:{_KIND_WORD}){{0,3}}?{_KIND_HEAD}(?:\s+{_KIND_HEAD})?)s?\b",
    re.I,
)
# Words saying how often a meeting is held, which do not make it another meeting ("the next scheduled meeting").
RECURRENCE_WORDS = frozenset(
    {"regular", "ordinary", "scheduled", "usual", "monthly", "weekly", "fortnightly"}
)


_MONTH_WORD = re.compile(rf"(?:{MONTHS})\.?")


# Bodies whose meetings the labelled corpus names by the body alone: "before the Cabinet meeting in July" has the
# kind "cabinet", "the Executive meeting on 9 March" the kind "executive" (as "by the School Executive in
# November"); a board's or committee's meeting keeps "meeting": "board meeting".
SELF_NAMED_BODIES = frozenset({"cabinet", "executive"})


# A capital inside a word, which marks a body's short name written in mixed case ("ExCo", "SteerCo"), not a place.
_INNER_CAPITAL = re.compile(r"\B[A-Z]")


# The seasons a body names its meetings after ("the Summer Faculty Board"), which say when it meets, not what it is.
MEETING_SEASONS = frozenset({"autumn", "spring", "summer", "winter"})


# A school term naming the meeting held in it: "the summer term| FGB" is the FGB that meets in the summer term.
_TERM_OF_MEETING = re.compile(r"^(?P<season>autumn|spring|summer)\s+term\s+(?=\S)")


def _season_of_meeting(words: list[str]) -> bool:
    """Whether the first of a kind's words is the season a meeting is held in ('summer faculty board'), not part
    of a school term's name ('summer term meeting')."""
    return words[0] in MEETING_SEASONS and len(words) > 1 and words[1] != "term"


def _kind(raw: str | None) -> str | None:
    """A meeting kind in the contract's form: lower case, no article, an acronym kept as written ('the June
    HTA' -> 'hta', the convention of the labelled corpus)."""
    if not raw:
        return None
    place = re.fullmatch(r"(?P<place>[A-Z][a-z][\w-]*)\s+(?P<rest>[a-z][a-z\s-]*)", raw.strip())
    # "the Lisbon plenary": a place names where, the kind is "plenary"; not a body ("ExCo meeting") nor an office
    if place and not (
        _BODY_WORDS.search(place["place"])
        or ROLE_WORDS.search(place["place"])
        or _INNER_CAPITAL.search(place["place"])
    ):
        raw = place["rest"]
    kind = re.sub(r"\s+", " ", raw.strip().lower())
    kind = re.sub(r"^(?:the|its|our|their|a|each|every)\s+", "", kind)  # "each Board" is a board meeting
    words = _TERM_OF_MEETING.sub(r"\g<season> ", kind).split()  # "summer term fgb": an fgb in the summer term
    while len(words) > 1 and (
        words[0] in SERIES_WORDS or _MONTH_WORD.fullmatch(words[0]) or _season_of_meeting(words)
    ):
        # "the July Board" is a board meeting in July, "the Summer Faculty Board" a faculty board
        words = words[1:]
    if len(words) == 2 and words[0] in SELF_NAMED_BODIES and words[1] == "meeting":
        words = words[:1]  # "the Cabinet meeting on 23 May" is a cabinet
    kind = " ".join(words)
    return "meeting" if kind == "agenda" else kind


def _acronym(words: str) -> str:
    """'Local Governing Board' -> 'lgb': the initials of the words that are not joining words."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", words) if w.lower() not in NP_LINKS).lower()


def spelt_out(kind: str | None, abbreviations: dict[str, str] | None) -> str | None:
    """The long form of a kind the minutes define as an abbreviation ('frc' -> 'finance and resources
    committee'), else the kind itself. Only used to tell whether 'the next FRC' is a meeting of these minutes:
    the kind recorded stays as written."""
    if not kind or " " in kind:
        return kind
    for short, long in (abbreviations or {}).items():
        if short.lower() == kind and re.search(_KIND_HEAD + r"\b", long, re.I):
            return _kind(long)
    return kind


_TITLE_NUMBER = re.compile(r"\s*(?:#|\bno\.?\s*)\d+\s*$", re.I)
_TITLE_CALL_WORD = re.compile(r"(?<=\S)\s+(?:call|telcon|telecon|teleconference)\s*$", re.I)


def _own_title(meeting_title: str | None) -> str | None:
    """The name of the body whose minutes these are: 'Meeting of the Full Council' -> 'Full Council',
    'TSC meeting' -> 'TSC'."""
    if not meeting_title:
        return None
    title = re.sub(
        r"^\s*(?:minutes\s+of\s+)?(?:the\s+)?(?:meeting\s+of\s+)?(?:the\s+)?", "", meeting_title, flags=re.I
    )
    title = re.sub(r"\s+(?:meeting|minutes)\b.*$", "", title.strip(), flags=re.I)
    # a title's number ("Steering Board #7") counts the meetings, and a closing call word ("Technical Steering
    # Committee call", "WG telcon") says how it meets: neither is part of the body's name, whose initials members
    # write ("the next TSC", "the next SteerCo")
    title = _TITLE_NUMBER.sub("", title)
    return _TITLE_CALL_WORD.sub("", title) or None


def _same_series(kind: str | None, meeting_title: str | None) -> bool:
    """Whether 'the next <kind>' is the next meeting of these minutes: a plain kind ('meeting', 'call'),
    or one whose every qualifying word is in the meeting's own title ('the next Full Council meeting' in
    minutes of the Full Council), or its acronym. 'The next contract review meeting' in project board
    minutes is another meeting, whose date the minutes do not give."""
    if not kind:
        return True
    words = [w for w in re.findall(r"[a-z0-9]+", kind) if w not in NP_LINKS]
    qualifiers = [w for w in words if not re.fullmatch(_KIND_HEAD, w) and w not in RECURRENCE_WORDS]
    if not qualifiers:
        return not other_body(words, meeting_title)
    title = [
        w for w in re.findall(r"[a-z0-9]+", (_own_title(meeting_title) or "").lower()) if w not in NP_LINKS
    ]
    # the title's words and the acronyms of the endings of its parts: "TSC" in "Example Technical Steering
    # Committee", "DSMB" in "Data and Safety Monitoring Board - Open Session"
    known = set(title)
    for part in re.split(r"\s+[-–:]\s+|[()]", (_own_title(meeting_title) or "").lower()):
        words = [w for w in re.findall(r"[a-z0-9]+", part) if w not in NP_LINKS]
        known |= {_acronym(" ".join(words[i:])) for i in range(len(words))}
        known |= {w for w in qualifiers if any(clipped(w, words[i:]) for i in range(len(words) - 1))}
        known |= {w for w in qualifiers if clipped_committee(w, words)}
    return all(w in known for w in qualifiers)


# The head nouns of bodies that meet: "the next meeting of Senate" in minutes of a board is another body's meeting.
BODY_HEADS = frozenset(
    {"board", "committee", "panel", "cabinet", "senate", "council", "court", "forum", "authority"}
)


def other_body(words: list[str], meeting_title: str | None) -> bool:
    """Whether a kind of head words only ('senate', 'board') names a different kind of body from the one whose
    minutes these are ('Faculty Board'): that body's next meeting is not the next meeting of these minutes."""
    heads = [w for w in words if w in BODY_HEADS]
    title = re.findall(r"[a-z]+", (_own_title(meeting_title) or "").lower())
    return bool(heads) and bool(title) and title[-1] in BODY_HEADS and heads[-1] != title[-1]


def clipped(word: str, words: list[str]) -> bool:
    """Whether ``word`` joins the openings (two letters at least) of two or more of ``words`` in order, from
    the first: 'steerco' for 'steering committee', 'exco' for 'executive committee'. Such clipped compounds name
    the body as its members do."""
    if len(words) < 2 or len(word) < 4:
        return False
    first, second = words[0], words[1]
    for cut in range(2, min(len(first), len(word) - 2) + 1):
        if first[:cut] != word[:cut]:
            break
        rest = word[cut:]
        if second.startswith(rest) or (len(words) > 2 and clipped(rest, words[1:])):
            return True
    return False


# The head nouns of the bodies a "-co" short name stands for, whatever the body calls itself: "SteerCo" is the
# steering committee of a "Programme Steering Group".
_COMMITTEE_LIKE = frozenset({"committee", "group", "board", "team"})


def clipped_committee(word: str, words: list[str]) -> bool:
    """Whether ``word`` is a body's '-co' short name, the opening (three letters at least) of one of the qualifying
    ``words`` of a title ending in a committee-like head, then 'co': 'steerco' for 'programme steering group'.
    Members call their own steering body a SteerCo whether its title says committee or group."""
    stem = word[:-2] if word.endswith("co") else ""
    if len(stem) < 3 or len(words) < 2 or words[-1] not in _COMMITTEE_LIKE:
        return False
    return any(w.startswith(stem) and len(w) > len(stem) for w in words[:-1])


_BODY_NAME = re.compile(
    r"\b[Tt]he\s+(?P<body>(?:[A-Z][\w-]*\s+(?:and\s+|of\s+)?){0,4}"
    r"(?:Board|Committee|Cabinet|Council|Senate|Authority|Panel|Forum|Court|Group|Network|Team)"
    r"(?:\s+of\s+" + _MEMBERS + r")?"
    r"|(?:(?!(?:to|of|the|and|in|on|at|for|by|with|from|a|an|its|their)\b)[a-z][\w-]*\s+){1,3}"
    r"(?:board|committee|panel|forum|council))\b"
)


def own_body_head(meeting_title: str | None) -> str | None:
    """The head noun of the body whose minutes these are, when its title ends in one: 'Children and Young People
    Select Committee' -> 'committee'; None for a title that names no body ('Steering meeting')."""
    words = (_own_title(meeting_title) or "").lower().split()
    return words[-1] if words and words[-1] in BODY_HEADS else None


def _its_meeting(kind: str | None, mention: str, before: str, meeting_title: str | None = None) -> str | None:
    """'brief the Board ... at its October meeting', 'The audit committee will review ... at its May meeting': a
    body's own meeting is a meeting of that body, the last one named before the due point (it outranks a body
    the action reports to afterwards). With no body named before it, 'its' is the body whose minutes these are, the
    subject of the resolution the clause is listed under ('consider the outcome at its January meeting' in a
    committee's minutes: kind 'committee', as the Committee in its own minutes is)."""
    if kind != "meeting" or not re.search(r"\b(?:its|their)\b", mention, re.I):
        return kind
    bodies = [(b.start(), b.group("body")) for b in _BODY_NAME.finditer(before)]
    bodies += [(b.start(), b.group("body")) for b in _BODY.finditer(before)]  # "to Council at its meeting"
    if not bodies:  # "at its next meeting" is the next meeting, whatever the body: its kind stays "meeting"
        own = re.search(r"\bits\s+(?!next\b)", mention, re.I) is not None
        return (own_body_head(meeting_title) or kind) if own else kind
    body = _kind(max(bodies)[1])
    # "the Board of Trustees ... for its June meeting": a body named after its members keeps the meeting word
    return f"{body} meeting" if re.search(r"\sof\s" + _MEMBERS + "$", max(bodies)[1]) else body


# A verb after a body, making it the subject of a clause ("before the Board signs the declaration"): an event the
# due point comes before, not the body the action goes to.
_BODY_ACTS = re.compile(
    r"\s+(?:(?:is|has|will|would|can|may|must|meets|sits)\b|[a-z]{2,}(?<!ss)(?<!ous)s\s+(?:the|a|an|its|their)\b)"
)


# A clause after the due point saying where the business goes next: "to the June meeting| before it is submitted to
# the Board", "before the declaration goes to the Board", "before going to Council", "to the December meeting| for recommendation to the Board": that body is a
# later step, not the meeting the action is due at.
_LATER_STEP = re.compile(
    r"(?:\bbefore\s+(?:(?:it|they|this|these|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:is|are|goes|go)|going|being)"
    r"|\bfor\s+(?:recommendation|approval|ratification|endorsement|onward\s+submission))\b[^.;]*$",
    re.I,
)


def _body_kind(text: str, kind: str | None, meeting_title: str | None = None, due_end: int = 0) -> str | None:
    """Replace a generic or missing kind by a body named after 'to' ('to Cabinet' -> 'cabinet'), unless a clause
    opened by 'before it is ...' after the due point (which ends at ``due_end``) names that body as a later step;
    a due point that is itself that clause ('before it goes to Cabinet') keeps the body. A bare 'the Committee' in
    minutes of a committee is the body whose minutes these are: its meeting stays a 'meeting'."""
    body = next(
        (
            b
            for b in _BODY.finditer(text)
            if not _BODY_ACTS.match(text, b.end()) and not _LATER_STEP.search(text, due_end, b.start())
        ),
        None,
    )
    if not body or not (kind is None or kind == "meeting"):
        return kind
    title = (_own_title(meeting_title) or "").split()
    bare = " " not in body.group("body") and re.search(r"\bthe\s+$", text[: body.start("body")], re.I)
    if bare and title and title[-1].lower() == body.group("body").lower():
        return kind
    return _kind(body.group("body"))


def own_clause(text: str, start: int, end: int) -> str:
    """``text`` with every clause but the one holding the span ``start``-``end`` blanked (offsets kept), the clauses
    of a list being split at semicolons: in "(a) the responses be noted; (b) X report to the October meeting; (c) the
    concern be conveyed to the Cabinet" a body named in another clause is another resolution's, not this one's."""
    left = text.rfind(";", 0, start) + 1
    right = text.find(";", end)
    right = len(text) if right < 0 else right
    return " " * left + text[left:right] + " " * (len(text) - right)


# A due cell naming the next meeting, with or without a deadline word: "Next PAB", "Before next FGB".
_NEXT_CELL_LEAD = r"(?:(?:before|by|at|for|to)\s+)?(?:the\s+)?next"


# An action-log due cell naming a meeting and its day: "FGB 22 March", "Board 3 June 2024", "Cabinet, 24 January 2023";
# a deadline word before it ("Before Panel 11/07/24", "By FGB 3 May") says when, and is no part of the meeting's kind.
_DATED_MEETING_CELL = re.compile(
    r"(?:(?:before|by|at|for|until)\s+(?:the\s+)?)?"
    rf"(?P<kind>(?!(?-i:ASAP|TBC|TBA|TBD|EOD|EOW)\b){_ACRONYM}|(?:[A-Za-z]+\s+){{0,2}}{_KIND_HEAD}),?\s+(?:on\s+)?"
    rf"(?P<day>{_DAY_TEXT})",
    re.I,
)
# An action-log due cell that is a whole school or university term, or a season: "Summer term", "Spring term 2024",
# "Semester 2", "Term 1", "Autumn 2023" (a season, as "in the autumn" is, names no month).
_TERM_CELL = re.compile(
    r"(?:(?:spring|summer|autumn|fall|winter|michaelmas|lent|hilary|trinity|easter)\s+(?:term|semester)(?:\s+\d{4})?"
    rf"|(?:semester|term)\s+\d|(?:spring|summer|autumn|winter)\s+\d{{4}}|{_SEASON_ISSUE})",
    re.I,
)


# The capitalised words of an office as a flattened row writes it, joined by "of", "for", "and", "the", a dash or, between
# two offices, a slash: "Director of Housing Services", "Finance Business Partner – Housing", "CFO / Chief Exec".
_OFFICE_RUN = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|the|&|[–—/])\s+)*[A-Z][\w&'’-]*)*$")
# Posts written short closing a run, as a tracker's lead column gives them: "DCC", "ACC / DoF".
_SHORT_POSTS = re.compile(rf"(?<!\S){_TAG_WHO}(?:\s*[/&]\s*{_TAG_WHO})*$")
# A row of an action tracker flattened to single spaces (under a header such as "No. Action Responsible officer
# Deadline"): its number, the action, the office responsible and a day or a month with its year, no full stop:
# "2 Write to the Chair setting out the recovery plan Director of Housing Services 11 November 2022".
_OFFICE_ROW = re.compile(
    # the minute the action comes from may follow the number: "7 20/23 Letter to DfE ... DCS 31 Aug 2023"
    rf"\s*(?P<number>\d{{1,3}})\.?\s+(?:{_ROW_REF}\s+)?(?P<body>(?-i:[A-Z]).*?)\s+"
    rf"(?P<due>{_DAY_TEXT}|(?:{MONTHS})\.?\s+\d{{4}}|(?-i:Next|next)\s+(?:meeting|{_INITIALISM}))\s*",
    re.I | re.S,
)
# Words that qualify the office word after them: "Assistant| Director of Finance", "Interim| Head of Estates".
OFFICE_MODIFIERS = frozenset(
    {"assistant", "deputy", "interim", "acting", "senior", "associate", "executive", "corporate", "strategic"}
)
# Words in a run of capitals that name a body or a place, not an office: the action's object ends with them ("Site
# visit to Marlow Court| Scrutiny Manager").
_NOT_OFFICE_WORDS = frozenset(
    {"court", "house", "centre", "center", "hall", "road", "street", "park", "school"}
)


def person_role_word(word: str) -> bool:
    """A capitalised role word that names a person's office ('Director', 'Manager', 'Partner'), not a body or a
    group ('Board', 'Members', 'Service')."""
    return (
        word[:1].isupper()
        and ROLE_WORDS.fullmatch(word) is not None
        and _BODY_WORDS.fullmatch(word) is None
        and word.lower() not in GROUP_WORDS | UNIT_HEADS | {"team", "service", "unit", "vice"}
    )


def office_start(run: str) -> int | None:
    """Where the office begins in the run of capitalised words that closes a flattened row: at the first office
    word with 'of' or 'for' after it ('Police and Fire| Director of Operations'), with the modifiers before it
    ('Assistant Director of Finance'); else after the last place word ('Marlow Court| Scrutiny Manager'); else
    the whole run; the short posts that close it when it names no office in words ('... by reason| DCC'). None when
    no word of the run names a person's office."""
    words = list(re.finditer(r"\S+", run))
    if not any(person_role_word(w.group()) for w in words):
        posts = _SHORT_POSTS.search(run)
        return posts.start() if posts else None
    for i, w in enumerate(words[:-1]):
        if person_role_word(w.group()) and words[i + 1].group() in ("of", "for"):
            while i > 0 and words[i - 1].group().lower() in OFFICE_MODIFIERS:
                i -= 1
            return words[i].start()
    places = [i for i, w in enumerate(words) if w.group().lower() in _NOT_OFFICE_WORDS]
    return words[places[-1] + 1].start() if places and places[-1] + 1 < len(words) else 0


def office_row_cells(text: str) -> list[Cell] | None:
    """The cells (number, action, office, due) of an action-tracker row flattened to single spaces that names an
    office before its day or month ('7 Site visit to Marlow Court Scrutiny Manager November 2022', see
    :data:`_OFFICE_ROW`); None for any other text, so that prose, which puts 'by' or 'on' before its date and a full
    stop after it, is never cut into cells."""
    row = _OFFICE_ROW.fullmatch(text)
    if row is None:
        return None
    run = _OFFICE_RUN.search(row["body"])
    start = office_start(run.group()) if run else None
    if start is None or run.start() + start == 0:
        return None
    office = row.start("body") + run.start() + start
    action = _strip_cell(text, (row.start("body"), office))
    return [row.span("number"), action, (office, row.end("body")), row.span("due")]


# A part of a month before it in a due cell: "Mid-Apr 25", "early May 2024", "End Mar 25".
_PART_OF_MONTH = re.compile(rf"(?:early|mid|late|end(?:\s+of)?)(?:\s*-\s*|\s+)(?=(?:{MONTHS})\b)", re.I)


def _table_cell_due(cell: str, meeting_date: dt.date | None, next_meeting: NextMeeting | None) -> Due | None:
    """The due point one action-log cell gives: a day ('31/05/2024', '31 May 2024'), a month ('May 2023', 'Feb-24', also
    a part of it: 'Mid-Apr 25'), a month's meeting ('January committee'), the next meeting, or a meeting kind; None for
    anything else."""
    part = _PART_OF_MONTH.match(cell)
    if part:  # "Mid-Apr 25", "end March 2025": due in that month
        due = _table_cell_due(cell[part.end() :], meeting_date, next_meeting)
        return due.model_copy(update={"mention": cell}) if due is not None else None
    day = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", cell)
    if day:  # "31/12/2022", "31/12/22"
        d, m, y = (int(x) for x in day.groups())
        y += 2000 if y < 100 else 0
        return Due(mention=cell, date=f"{y:04d}-{m:02d}-{d:02d}")
    iso = re.fullmatch(r"\d{4}-\d{2}-\d{2}", cell)
    if iso and parse_day(cell, meeting_date) is not None:
        return Due(mention=cell, date=cell)
    short = short_month_year(cell, meeting_date)
    if short is not None:
        return Due(mention=cell, date=short)
    if re.fullmatch(_DAY_TEXT, cell, re.I):  # "31 May 2024", "Fri 7 June", "May 31, 2024"
        written = parse_day(cell, meeting_date)
        if written is not None:
            return Due(mention=cell, date=written.isoformat())
    month = re.fullmatch(rf"(?P<month>{MONTHS})\.?(?:\s+|\s*[-/]\s*)(?P<year>\d{{4}}|\d{{2}})", cell, re.I)
    if month:
        year = int(month["year"]) + (2000 if len(month["year"]) == 2 else 0)
        return Due(mention=cell, date=f"{year:04d}-{month_number(month['month']):02d}")
    quarter = re.fullmatch(r"(?:end\s+of\s+)?Q(?P<q>[1-4])\s+(?P<year>\d{4})", cell, re.I)
    if quarter:  # "Q1 2025": the quarter's last month, as the sentence reader gives it
        return Due(mention=cell, date=f"{quarter['year']}-{int(quarter['q']) * 3:02d}")
    following = re.fullmatch(
        rf"{_NEXT_CELL_LEAD}\s+(?P<kind>(?:[\w-]+\s+){{0,3}}?(?:{_KIND_HEAD}|review)|{_ACRONYM})",
        cell,
        re.I,
    )
    if following:  # "Next meeting", "next design review": the next meeting's date when it is one of these
        date = next_meeting.date.isoformat() if next_meeting and next_meeting.date else None
        return Due(mention=cell, date=date, meeting=_kind(following["kind"]))
    dated = _DATED_MEETING_CELL.fullmatch(cell)
    if dated:  # "FGB 22 March": that meeting, on that day
        written = parse_day(dated["day"], meeting_date)
        if written is not None:
            return Due(mention=cell, date=written.isoformat(), meeting=_kind(dated["kind"]))
    if _TERM_CELL.fullmatch(cell) or _SPAN_CELL.fullmatch(cell) or _HALF_TERM_NAME.fullmatch(cell):
        # "Summer term", "4 weeks", "Spring 1": a point with no date, as the labelled corpus gives it
        return Due(mention=cell)
    first = _FIRST_MEETING_CELL.fullmatch(cell)
    if first:  # "first SG in January": the next meeting when it is held in that month, else the month
        return first_meeting_in_month(first, meeting_date, next_meeting)
    named = _MONTH_MEETING_CELL.fullmatch(cell) or _MEETING_MONTH_CELL.fullmatch(cell)
    if named:  # "January committee", "March 2023 meeting of the Committee", "QC April 2025", "PB Mar-22"
        return Due(
            mention=cell,
            date=named_month_date(named, meeting_date, next_meeting),
            meeting=meeting_of_body(named["kind"]),
        )
    if re.search(rf"{_KIND_HEAD}$", cell, re.I):
        return Due(mention=cell, date=None, meeting=_kind(cell))
    if _HALF_TERM_CELL.fullmatch(cell):  # "half-term": the coming half-term break, as "by half-term" is read
        month = _next_half_term(meeting_date)
        return Due(mention=cell, date=_next_month(month, meeting_date) if month else None)
    alone = _MONTH_CELL.fullmatch(cell)
    if alone:  # "December", "February half-term": the coming December, as a month the sentence names is read
        return Due(mention=cell, date=_next_month(month_number(alone["month"]), meeting_date))
    return None


# A due cell that is a month alone, capitalised as a cell is: "December", "Sept", or the half-term break a school
# takes in that month: "February half-term" (in February, as "before February half-term" is).
_MONTH_CELL = re.compile(rf"(?=[A-Z])(?P<month>(?i:{MONTHS}))\.?(?:\s+half[-\s]?term)?")
# A due cell that is the half-term break alone: "half-term", "Half Term" (the next one after the meeting).
_HALF_TERM_CELL = re.compile(r"half[-\s]?term", re.I)


# A due cell naming a month's meeting, perhaps with the year: "January committee", "Feb HTA", "March 2023 meeting of the
# Committee".
_MONTH_MEETING_CELL = re.compile(
    rf"(?P<month>{MONTHS})\.?(?:\s+(?P<year>\d{{4}}))?\s+(?P<kind>[\w\s-]*{_KIND_HEAD}|{_ACRONYM})", re.I
)
# The same with the meeting first, as a tag's due cell may write it: "QC April 2025", "Board March", "Resources
# Committee, January", "Resources Committee (Jan)", or with the year's last two digits after a hyphen as a programme
# log dates its boards: "PB Mar-22".
_MEETING_MONTH_CELL = re.compile(
    rf"(?P<kind>(?!(?-i:ASAP|TBC|TBA|TBD|EOD|EOW)\b){_ACRONYM}|(?:[A-Za-z]+\s+){{0,2}}{_KIND_HEAD}),?\s+"
    rf"\(?(?P<month>{MONTHS})\.?(?:\s+(?P<year>\d{{4}})|-(?P<yy>\d{{2}}))?\)?",
    re.I,
)
# A due cell naming the first meeting of a body in a month: "first SG in January", "the first Board of March".
_FIRST_MEETING_CELL = re.compile(
    rf"(?:the\s+)?first\s+(?P<kind>{_ACRONYM}|(?:[A-Za-z]+\s+){{0,2}}{_KIND_HEAD})\s+(?:in|of)\s+"
    rf"(?P<month>{MONTHS})\.?(?:\s+(?P<year>\d{{4}}))?",
    re.I,
)
_PLAIN_MEETING = re.compile(r"meeting\b", re.I)


def first_meeting_in_month(
    m: re.Match, meeting_date: dt.date | None, next_meeting: NextMeeting | None
) -> Due:
    """The due point of 'first <kind> in <month>' (see :data:`_FIRST_MEETING_CELL`): the next meeting's day when the
    minutes set it in that month, since the first meeting after this one in a month is that next meeting; else the
    month alone."""
    return Due(
        mention=m.group(),
        date=named_month_date(m, meeting_date, next_meeting),
        meeting=meeting_of_body(m["kind"]),
    )


def named_month_date(
    m: re.Match, meeting_date: dt.date | None, next_meeting: NextMeeting | None
) -> str | None:
    """The date of a meeting a due cell names by its month ('first SG in January', 'PB Mar-22', 'January committee'):
    the next meeting's day when the minutes set it in that month, since that is the meeting of that month the task
    is brought to; else the month alone. A year may be written in full ('2025') or as its last two digits ('-22')."""
    short = m.groupdict().get("yy")
    year = int(m["year"]) if m["year"] else (2000 + int(short) if short else None)
    month = _next_month(month_number(m["month"]), meeting_date, year)
    day = next_meeting.date if next_meeting and next_meeting.date else None
    return day.isoformat() if day is not None and month == day.isoformat()[:7] else month


def meeting_of_body(kind: str) -> str | None:
    """The kind of meeting a due cell names: the body of 'meeting of the Committee' ('committee', as 'the Committee'
    names its own meeting), else the kind as written ('January committee' -> 'committee')."""
    plain = _PLAIN_MEETING.match(kind)
    return (body_of_meeting(kind, plain.end()) if plain else None) or _kind(kind)


# A due cell giving a span from the meeting, as "within" would: "4 weeks", "two months" (a number: "couple of weeks" is
# more likely the end of a line of prose).
_SPAN_CELL = re.compile(
    rf"(?:\d{{1,2}}|{alternation(COUNT_WORDS)})\s+(?:(?:working|clear)\s+)?(?:days?|weeks?|months?)", re.I
)


# A short month and two digits in a due cell: "Feb 23" (February 2023, or the 23rd of February).
_SHORT_MONTH_YEAR = re.compile(r"(?P<month>[A-Z][a-z]{2,3})\.?\s+(?P<year>\d{2})")


def short_month_year(cell: str, meeting_date: dt.date | None) -> str | None:
    """'YYYY-MM' of a due cell written as a short month and two digits that are the meeting's year or the next ('Feb 23'
    in a tracker of December 2022): trackers write the month and year so; other digits are a day ('Jan 31'), and so
    is any cell of a meeting with no date."""
    m = _SHORT_MONTH_YEAR.fullmatch(cell)
    if m is None or meeting_date is None or not re.fullmatch(MONTHS, m["month"], re.I):
        return None
    # the two digits in the meeting's century or the next ("Jan 00" in minutes of December 1999 is January 2000)
    century = meeting_date.year // 100 * 100
    for year in (century + int(m["year"]), century + 100 + int(m["year"])):
        if year in (meeting_date.year, meeting_date.year + 1):
            return f"{year:04d}-{month_number(m['month']):02d}"
    return None


# A status cell that also gives the due point: "Open – due May 2024", "Overdue (due 31/01/2024)"; a due cell
# under its own label: "Target: next board", "Deadline: 31 May 2024" (the label is no part of the meeting kind).
_STATUS_DUE = re.compile(
    r"^(?:[A-Za-z]+(?:\s+[a-z]+)?\s*(?P<open>[-–—,(])\s*)?due\s*[:\-–]?\s*|^(?:target(?:\s+date)?|deadline|eta)\s*:\s*",
    re.I,
)


def without_status_due(cell: str) -> str:
    """``cell`` without the status or label that :data:`_STATUS_DUE` reads before its due point, and without the
    closing bracket of a status that opened one ('Overdue (due 31/01/2024)'); a bracket the due point holds itself
    ('end of Q4 (January)') is kept."""
    m = _STATUS_DUE.match(cell)
    rest = cell[m.end() :] if m else cell
    return rest[:-1] if rest.endswith(")") and (m is None or m["open"] == "(") and "(" not in rest else rest


# A bracketed note closing a due cell, which the splitter may have cut before its ')': "30 September 2022 (carried
# forward from the August board)"; a bracket opening with "due" is the due point itself ("Overdue (due 31/01/2024)"), and
# so is a bracket holding only a month, which dates the meeting before it ("Resources Committee (Jan)").
_CELL_NOTE = re.compile(rf"\s+\((?!\s*due\b)(?!(?:{MONTHS})\.?(?:\s+\d{{4}})?\)?\s*$)[^()]*\)?\s*$", re.I)


# A closing bracket of a due cell that moves the point the cell first gave: "Oct 24 (now Dec 24)", "Aug-22 (revised
# Oct-22)", "30/06 (revised to 31/07)".
_REVISED_NOTE = re.compile(
    r"\s*\((?:now|revised(?:\s+to)?|moved\s+to|deferred\s+to|extended\s+to)\s+(?P<point>[^()]+?)\s*\)\s*$",
    re.I,
)


def revised_in_note(cell: str) -> str:
    """The point a due cell's closing note revises it to (:data:`_REVISED_NOTE`: 'Oct 24 (now Dec 24)' -> 'Dec 24'), the
    action's current due point; the cell as it is otherwise (a note that only comments stays a note)."""
    m = _REVISED_NOTE.search(cell) if "(" in cell else None
    return m["point"] if m and m.start() > 0 else cell


def cell_without_note(cell: str) -> str:
    """An action-log cell without a closing bracketed note, so that the note is not read as part of the due point
    (a meeting kind 'carried forward from the august board'); the cell as it is when the note is all it holds."""
    bare = _CELL_NOTE.sub("", cell)
    return bare if bare.strip() else cell


# The label of an action-log cell that gives the action's status: "Status: Open".
_STATUS_LABEL = re.compile(r"\s*status\s*:", re.I)


def status_cell(cell: str) -> bool:
    """Whether an action-log cell gives the action's status, alone ('Open') or with a note ('Open – see item
    4.0', 'Closed; superseded') or under its label ('Status: Open'), so that the due cell is the one before it."""
    if _STATUS_LABEL.match(cell):
        return True
    head = re.split(r"\s*[-–—;,(]\s*", cell.strip(), maxsplit=1)[0]
    return head.lower() in STATUS_CELLS


# A cell labelled as the action's progress, after its due cell: "Update: open – on track", "Progress: deferred to March",
# or an update column of dated notes: "12/01: chased, awaiting data. 14/02: data received" (the days date the notes,
# not the action).
_UPDATE_CELL = re.compile(
    r"(?:update|progress|comments?|notes?)\s*:\s*|\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*:\s+", re.I
)


# The new point a deferral note gives after "now": "carried forward, now by 31/10", "deferred – now due March".
_NOW_POINT = re.compile(r"[,;–—]\s*now\s+(?=\S)", re.I)


def revised_due(
    cells: list[str], meeting_date: dt.date | None, next_meeting: NextMeeting | None
) -> Due | None:
    """The due point an action-log row's update cell moves the action to ('Due: November 2024   Update: open –
    deferred to March 2025') or a note deferring it to a point after 'now' ('carried forward, now by 31/10'), or a
    status cell's note moving it (:data:`_STATUS_MOVED_TO`: 'Open – c/f to next SteerCo'), which wins over the due cell; None when no cell defers it (an update that only says 'open – on track' leaves the due cell to
    give the point)."""
    for cell in reversed(cells):
        label = _UPDATE_CELL.match(cell)
        if label and _DEFERRAL.search(cell):
            return find_due(cell[label.end() :], meeting_date, next_meeting)
        now = _NOW_POINT.search(cell)
        if now and _DEFERRAL.search(cell, 0, now.start()):  # "carried forward, now by 31/10"
            return find_due(cell[now.end() :], meeting_date, next_meeting)
        moved = _STATUS_MOVED_TO.search(cell) if status_cell(cell) else None
        if moved:  # "Open – c/f to next SteerCo", "Open – 60% done, now w/c 5 September"
            point = cell[moved.end() :].rstrip(" .")
            return find_due(point, meeting_date, next_meeting) or _table_cell_due(
                point, meeting_date, next_meeting
            )
    return None


# The new point a status cell's note moves an open action to: "Open – c/f to next SteerCo", "Open – carried forward to
# March", "Open – 60% done, now w/c 5 September". Only a point carried *to* counts: "c/f from June" names where the
# action came from.
_STATUS_MOVED_TO = re.compile(rf"(?:[,;–—]\s*now\s+|\b(?:c/f|{_DEFERRED})\s+(?:to|until)\s+)(?=\S)", re.I)


# The full stop closing a row written as a sentence, after a word, a figure or a meeting's short form ("– June HTA."),
# not after an initial ("J.").
_CLOSING_STOP = re.compile(r"(?:(?<=[a-z0-9])|(?<=[A-Z]{2}))\.\s*$")


# A status cell that says the action was carried forward, naming no new point: "Carried forward", "C/F". The due cell
# before it gives the point.
_BARE_DEFERRAL = re.compile(r"\s*(?:(?:carried|brought)\s+(?:forward|over)|[cb]/f)\s*\.?\s*", re.I)


def _table_due(
    text: str,
    cell_spans: list[Cell],
    meeting_date: dt.date | None,
    next_meeting: NextMeeting | None = None,
    action: int | None = None,
) -> Due | None:
    """Due point of an action-log row: the last cell after the action text (the cell ``action`` when the layout
    says which it is, else the longest) that is not a status ('Open', 'Open – see item 4'), read as a date, a month or
    a meeting; a body named in the action gives the kind."""
    cells = [without_status_due(cell_without_note(revised_in_note(text[s:e]))) for s, e in cell_spans]
    longest = _longest_cell(cell_spans, text) if action is None else action
    revised = revised_due([c for c in cells[longest + 1 :] if c], meeting_date, next_meeting)
    tail = [c for c in cells[longest + 1 :] if c and not status_cell(c) and not _BARE_DEFERRAL.fullmatch(c)]
    if revised is not None:
        return revised
    tail = [c for c in tail if not _UPDATE_CELL.match(c)]
    if not tail:
        return None
    # a row written as a sentence closes its due cell with a full stop: "– November board."
    due = _table_cell_due(_CLOSING_STOP.sub("", tail[-1]), meeting_date, next_meeting)
    if due is None:
        return None
    body = _BODY.search(cells[longest])
    if body and due.meeting is None:
        return due.model_copy(update={"meeting": _kind(body.group("body"))})
    return due


def half_term_month(m: re.Match, ref: dt.date | None) -> str | None:
    """'YYYY-MM' in which a numbered half term (:data:`_HALF_TERM_NAME`) next starts, or ends when the match says 'end
    of': a first half starts with its term and ends at the half-term break (October, February, May), a second half
    starts after the break and ends with its term (December, March, July)."""
    term = m["term"].lower()
    if m["end"]:
        month = TERM_END_MONTH[term] if m["half"] == "2" else FIRST_HALF_END_MONTH[term]
    else:
        month = SECOND_HALF_START_MONTH[term] if m["half"] == "2" else TERM_START_MONTH[term]
    return _next_month(month, ref)


def _next_half_term(ref: dt.date | None) -> int | None:
    """Month of the first half-term break on or after the meeting's month (see :data:`HALF_TERM_MONTHS`)."""
    if ref is None:
        return None
    return next((m for m in HALF_TERM_MONTHS if m >= ref.month), HALF_TERM_MONTHS[0])


# Words that open an action-log due cell stating a point in words: "before layout start", "after the audit"; "at"
# and "by" in lower case or capitalised only, since an owner's initials may spell them ("AT").
_STATED_CELL = re.compile(
    r"(?:before|after|ahead\s+of|(?-i:[Bb]y|[Aa]t)|within|once|when|end\s+of|asap\b|as\s+soon\s+as"
    # "next newsletter": the next issue of something the school or body sends out, no date
    rf"|next\s+(?:[a-z-]+\s+)?(?:e-)?{_ISSUE_WORDS})\b",
    re.I,
)


# The due cell closing an action-summary line after a dash, when no reference opens it as a row: "Head to bring the
# figures – next LGB", "All governors to complete the module – 31 March 2021", "Clerk to publish it – ASAP".
# The cell may wrap onto the next line of the minutes ("– December\n2019"), and may say the point is a new one ("–
# now July": an action carried forward to a later month).
_DASH_TAIL = re.compile(
    r"\s[–—]\s+(?:now\s+(?:due\s+)?)?(?P<cell>[^–—\n]{1,30}?(?:\n[^–—\n]{1,12}?)?)\s*\.?\s*$"
)


def dash_due_cells(text: str, meeting_date: dt.date | None) -> list[Cell] | None:
    """The task and its due cell when an action line closes with ' – <due>' and the cell reads as one: it opens
    with a due word ('by', 'next', 'ASAP', see :data:`_DUE_CELL_LEAD` and :data:`_STATED_CELL`), is a span ('4
    weeks'), a quarter ('Q2', :data:`_QUARTER_CELL`) or a dated cell ('31 March 2021'); None otherwise, so that a closing aside ('– agreed', '– Finance
    Committee') is no due point."""
    tail = _DASH_TAIL.search(text)
    if tail is None:
        return None
    cell = tail.group("cell")
    stated = _DUE_CELL_LEAD.match(cell) or _STATED_CELL.match(cell) or _SPAN_CELL.fullmatch(cell)
    if not (stated or _QUARTER_CELL.fullmatch(cell) or month_cell(cell)):
        due = _table_cell_due(cell, meeting_date, None)
        if due is None or due.date is None:
            return None
    return [(0, tail.start()), tail.span("cell")]


def month_cell(cell: str) -> bool:
    """Whether a due cell names a month, alone or with a meeting ('December', 'November meeting', 'Board, January'):
    a due point even read without the meeting's date, which dates it (an owner tag's cell is read so: 'Action: HoPS –
    November meeting')."""
    return any(p.fullmatch(cell) for p in (_MONTH_CELL, _MONTH_MEETING_CELL, _MEETING_MONTH_CELL))


def _stated_cell(text: str, cell_spans: list[Cell], action: int | None = None) -> str | None:
    """The last cell after the action text (the cell ``action``, else the longest) of an action-log row when it
    states its due point in words ('before layout start', 'Due end of Q1' without its label); None otherwise."""
    longest = _longest_cell(cell_spans, text) if action is None else action
    tail = [without_status_due(text[s:e]) for s, e in cell_spans[longest + 1 :] if not status_cell(text[s:e])]
    return tail[-1] if tail and _STATED_CELL.match(tail[-1]) else None


def _end_of_period(period: str, ref: dt.date | None, *, ahead: bool) -> str | None:
    """'YYYY-MM' in which 'the end of the week/month/year' (or of the next one, when ``ahead``) falls,
    counted from the meeting date."""
    if ref is None:
        return None
    if period == "week":
        friday = ref + dt.timedelta(days=(4 - ref.weekday()) % 7 + (7 if ahead else 0))
        return friday.strftime("%Y-%m")
    if period == "month":
        month = ref + relativedelta(months=1 if ahead else 0)
        return month.strftime("%Y-%m")
    return f"{ref.year + (1 if ahead else 0):04d}-12"


# An ISO day, "2024-07-02": python-dateutil reads it day first (7 February) when told British minutes put the day first.
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_day(written: str, meeting_date: dt.date | None) -> dt.date | None:
    """A day as minutes write it, read by python-dateutil (day first, as in British minutes; an ISO day is read
    as ISO). A day with no year is the next such day on or after the meeting ('by 5 January' in November
    minutes is next January)."""
    iso = _ISO_DAY.search(written)
    if iso:  # "2024-07-02" is year, month, day whatever order the minutes otherwise use
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    year_given = re.search(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b|-[A-Za-z]{3,9}-\d{2}\b", written)
    ref = meeting_date or dt.date.today()
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|\bof\b|,", " ", written, flags=re.I)
    try:
        day = parse_date(text, parserinfo=DATE_WORDS, default=dt.datetime(ref.year, ref.month, 1)).date()
    except (ValueError, OverflowError):
        return None
    if not year_given and meeting_date and day < meeting_date:
        day = day.replace(year=day.year + 1) if not (day.month == 2 and day.day == 29) else day
    return day


def _before_next_meeting(count: str, unit: str, mention: str, next_meeting: NextMeeting | None) -> str | None:
    """The day 'one week before the meeting' falls on: counted back from the next meeting's date, when the
    minutes give it and the mention means that one meeting (not 'before each meeting')."""
    number = int(count) if count.isdigit() else COUNT_WORDS.get(count.lower())
    if number is None or next_meeting is None or next_meeting.date is None or re.search(r"\beach\b", mention):
        return None
    days = number * (7 if unit.lower().startswith("week") else 1)
    return (next_meeting.date - dt.timedelta(days=days)).isoformat()


# A count of months ahead as a point in time: "in six months' time", "in 3 months time".
_MONTHS_TIME = re.compile(
    rf"in\s+(?P<count>\d{{1,2}}|{alternation(COUNT_WORDS)})\s*months?['’]?\s+time", re.I
)


# A day in brackets right after an event, which dates it: "before go-live (11 June)", "before the launch (on 3 May)";
# an action log's due cell may come without its closing bracket ("| before go-live (11 June").
_BRACKET_DAY = re.compile(rf"\s*\((?:on\s+|due\s+)?(?P<day>{_DAY_TEXT})(?:\)|\s*$)", re.I)


def bracket_dated_event(mention: str, text: str, end: int, meeting_date: dt.date | None) -> Due | None:
    """The day an event is due when the minutes date it in brackets right after it ('before go-live (11 June)'),
    so that the event is no longer undated; None when no such bracket follows."""
    bracket = _BRACKET_DAY.match(text, end)
    day = parse_day(bracket["day"], meeting_date) if bracket else None
    if day is None:
        return None
    return Due(mention=(mention + bracket.group()).rstrip(")") + ")", date=day.isoformat(), meeting=None)


# A day after "on" right after an event, which dates it: "to attend the next rural forum on 14 July" (another body's
# next meeting, whose day the minutes' own next meeting does not give).
_ON_DAY = re.compile(rf"\s+on\s+(?P<day>{_DAY_TEXT})\b", re.I)


def on_dated_event(mention: str, text: str, end: int, meeting_date: dt.date | None) -> Due | None:
    """The day an event is due when the minutes give it after 'on' right after it ('the next rural forum on 14
    July'); None when no such day follows."""
    on = _ON_DAY.match(text, end)
    day = parse_day(on["day"], meeting_date) if on else None
    if day is None:
        return None
    return Due(mention=mention + on.group(), date=day.isoformat(), meeting=None)


def months_ahead(mention: str, meeting_date: dt.date | None) -> str | None:
    """The month that 'in <n> months' time' points to, counted from the meeting's month; None for any other
    relative span ('within two weeks' sets a span, not a point) or with no meeting date."""
    m = _MONTHS_TIME.fullmatch(mention.strip())
    if m is None or meeting_date is None:
        return None
    count = m.group("count").lower()
    # the pattern ignores case, so a word may match that lower() does not bring back to the list ('ſix')
    number = int(count) if count.isdigit() else COUNT_WORDS.get(count)
    if number is None:
        return None
    ahead = meeting_date + relativedelta(months=number)
    return f"{ahead.year:04d}-{ahead.month:02d}"


# The periods whose end "EOM", "EOW" and "EOY" name; "EOD" names the day itself (None).
END_ABBREVIATIONS = {"M": "month", "W": "week", "Y": "year", "D": None}


def _financial_quarter_end(q: int) -> int:
    """Last month of quarter ``q`` of a financial year that starts in April (Q1 ends in June, Q4 in March)."""
    return (q * 3 + 3 - 1) % 12 + 1


def _day_in_month(month: str | None, day: int) -> str | None:
    """'YYYY-MM-DD' for a day of a 'YYYY-MM' month, or the month alone when the day does not exist."""
    if month is None:
        return None
    try:
        return dt.date(int(month[:4]), int(month[5:]), day).isoformat()
    except ValueError:
        return month


# A lower-case noun after a quarter, making it an event in that quarter: "before the Q2| grant cycle".
_EVENT_AFTER = re.compile(r"\s+(?!(?:of|and|or|to|in|on|at|for|by|fy|is|are|was|were|will)\b)[a-z][\w-]*")


# Words that may follow a season named as a due point: "for the autumn| when the plan is ready".
_SEASON_CLAUSE = re.compile(r"\s+(?:when|once|if|so|as|with|after|before|and|or)\b")


def school_term(day: dt.date) -> str:
    """The school term a date falls in: autumn from September, spring from January, summer from April."""
    return "autumn" if day.month >= 9 else "spring" if day.month < TERM_START_MONTH["summer"] else "summer"


def _term_end_month(ref: dt.date) -> int:
    """Last month of the school term a date falls in: autumn ends in December, spring in March, summer in July."""
    return TERM_END_MONTH[school_term(ref)]


def in_term(
    next_meeting: NextMeeting | None, term: str, meeting_date: dt.date | None, half: int | None = None
) -> bool:
    """Whether the next meeting falls in the named school term within the coming year, so that 'the summer term
    meeting' is that meeting; or in the named half of it ('the autumn 2 meeting': from the half-term break on)."""
    if next_meeting is None or next_meeting.date is None or meeting_date is None:
        return False
    day = next_meeting.date
    first = SECOND_HALF_START_MONTH.get(term, 0) if half == 2 else TERM_START_MONTH[term]
    last = FIRST_HALF_END_MONTH.get(term, 12) if half == 1 else TERM_END_MONTH[term]
    return meeting_date < day <= meeting_date + relativedelta(years=1) and first <= day.month <= last


# A term's season naming a meeting, not the term itself: "to the Summer| Faculty Board".
_MEETING_SEASON = re.compile(r"\b(?P<season>autumn|spring|summer)\s+(?:term\s+)?(?!term\b)[A-Za-z]", re.I)


def season_meeting_date(
    mention: str,
    kind: str,
    next_meeting: NextMeeting | None,
    meeting_date: dt.date | None,
    meeting_title: str | None,
) -> str | None:
    """The next meeting's day for a meeting of these minutes' own body named after the term it falls in ('bring the
    plan to the Summer Faculty Board' when the next Faculty Board meets in June), as bodies that meet once a term
    name their meetings; None when the mention names no season, the meeting is another body's, or the next meeting
    falls in another term."""
    m = _MEETING_SEASON.search(mention)
    if m is None or not _same_series(kind, meeting_title):
        return None
    if not in_term(next_meeting, m["season"].lower(), meeting_date):
        return None
    return next_meeting.date.isoformat() if next_meeting and next_meeting.date else None


# The school term a meeting named as its first belongs to: "the first meeting| of the autumn term".
_OF_TERM = re.compile(r"\s+of\s+(?:the\s+)?(?P<season>autumn|spring|summer)\s+term\b", re.I)


def first_of_term_meeting_date(
    mention: str, text: str, end: int, next_meeting: NextMeeting | None, meeting_date: dt.date | None
) -> str | None:
    """The next meeting's day for 'the first meeting of the autumn term' when the next meeting falls in that term and
    these minutes' own meeting does not (so the next is that term's first); None otherwise."""
    m = _OF_TERM.match(text, end)
    if m is None or "first" not in mention.lower() or meeting_date is None:
        return None
    season = m["season"].lower()
    if school_term(meeting_date) == season or not in_term(next_meeting, season, meeting_date):
        return None
    return next_meeting.date.isoformat() if next_meeting and next_meeting.date else None


# The year a meeting named as the first or the last of its year belongs to: "the first TSC meeting| of 2024".
_OF_YEAR = re.compile(r"\s+(?:of|in)\s+(?P<year>\d{4})\b(?![/-]\d)")


def year_edge_meeting_date(mention: str, text: str, end: int) -> str | None:
    """The month of a meeting named as the first or the last of a stated year ('to the first TSC meeting of 2024' ->
    2024-01, 'the last meeting in 2023' -> 2023-12), the year written just after the mention (which ends at ``end``);
    None for any other meeting."""
    year = _OF_YEAR.match(text, end)
    if year is None:
        return None
    words = set(mention.lower().split())
    if "first" in words:
        return f"{year['year']}-01"
    return f"{year['year']}-12" if words & {"last", "final"} else None


# A meeting named as the first of the coming academic year, just after the mention: "at the first meeting| of the new
# academic year", "to the first meeting| of the next school year", or of that year written with its number, "to the
# first meeting| of 2023/24" (which must then begin in the calendar year of the minutes).
_OF_NEW_ACADEMIC_YEAR = re.compile(
    r"\s+of\s+(?:the\s+(?:new|next|coming)\s+(?:academic|school)\s+year\b|(?:the\s+)?(?P<year>\d{4})[/-]\d{2}\b(?![/-]))",
    re.I,
)


def new_year_meeting_date(
    mention: str, text: str, end: int, next_meeting: NextMeeting | None, meeting_date: dt.date | None
) -> str | None:
    """The next meeting's day for 'the first meeting of the new academic year' when the minutes are of a meeting
    before September and the next meeting falls in the coming autumn term: that meeting opens the new year. None
    otherwise (the minutes do not date that meeting)."""
    year = _OF_NEW_ACADEMIC_YEAR.match(text, end)
    if "first" not in mention.lower().split() or not year:
        return None
    if meeting_date is None or meeting_date.month >= TERM_START_MONTH["autumn"]:
        return None
    if year["year"] and int(year["year"]) != meeting_date.year:
        return None  # "the first meeting of 2025/26" in minutes of 2023: not the coming year
    if not in_term(next_meeting, "autumn", meeting_date):
        return None
    return next_meeting.date.isoformat() if next_meeting and next_meeting.date else None


TermKey = tuple[str, int]  # an Oxford term and the year it falls in: ("hilary", 2020)


def university_term(day: dt.date) -> TermKey:
    """The Oxford term a day falls in or, out of term, the next one: January to March is Hilary, April to June
    Trinity, July to December Michaelmas."""
    if day.month <= 3:
        return "hilary", day.year
    return ("trinity", day.year) if day.month <= 6 else ("michaelmas", day.year)


def named_term(term: str, year: int | None, meeting_date: dt.date) -> TermKey:
    """The named term's next occurrence that is not over at the meeting ('Hilary Term' in October 2019 is Hilary
    2020), or the year written with it."""
    if year is not None:
        return term, year
    (month, day), _ = FIRST_WEEK_WINDOW[term]
    start = dt.date(meeting_date.year, month, day)
    over = start + dt.timedelta(days=TERM_SPAN_DAYS) < meeting_date
    return term, meeting_date.year + 1 if over else meeting_date.year


def _week_days(first_sunday: dt.date, week: int, weekday: int | None) -> list[dt.date]:
    """The days of the numbered week of a term whose 1st week starts on ``first_sunday`` (0th week is the one
    before): the week's Sunday to Saturday, or the one weekday named ('Friday of 0th week')."""
    sunday = first_sunday + dt.timedelta(days=7 * (week - 1))
    if weekday is not None:
        return [sunday + dt.timedelta(days=(weekday + 1) % 7)]
    return [sunday, sunday + dt.timedelta(days=6)]


def term_week_month(
    m: re.Match, meeting_date: dt.date | None, first_weeks: dict[TermKey, dt.date]
) -> str | None:
    """'YYYY-MM' of a numbered week of an Oxford term (:data:`_TERM_WEEK`): counted from the Sunday of 1st week the
    minutes state for that term (``first_weeks``), else from the window it falls in each year, when every Sunday of
    that window puts the week in the same month (5th week of Michaelmas is November, but 8th week may end November or
    start December); None when the month is in doubt or the week is over at the meeting."""
    if meeting_date is None:
        return None
    term = m["term"].lower() if m["term"] else None
    key = (
        named_term(term, int(m["year"]) if m["year"] else None, meeting_date)
        if term
        else university_term(meeting_date)
    )
    weekday = weekday_number(m["weekday"]) if m["weekday"] else None
    if key in first_weeks:
        sundays = [first_weeks[key]]
    else:
        sundays = [dt.date(key[1], month, day) for month, day in FIRST_WEEK_WINDOW[key[0]]]
    days = [d for sunday in sundays for d in _week_days(sunday, int(m["week"]), weekday)]
    months = {d.strftime("%Y-%m") for d in days}
    return months.pop() if len(months) == 1 and max(days) >= meeting_date else None


# A day the minutes date with its numbered week of term: "Thursday 28 November 2019 (7th week)", "6 June 2019 (6th
# week, Trinity Term)".
_DAY_AND_TERM_WEEK = re.compile(
    rf"(?P<day>{_DAY_TEXT})\s*\((?P<week>\d)(?:st|nd|rd|th)\s+week(?:,?\s+(?P<term>Michaelmas|Hilary|Trinity)\s+"
    r"[Tt]erm)?\)",
    re.I,
)


def stated_term_weeks(spans: list[SentenceSpan], meeting_date: dt.date | None) -> dict[TermKey, dt.date]:
    """The Sunday of 1st week of each Oxford term in which the minutes date a day with its numbered week ('the next
    meeting ... on Thursday 28 November 2019 (7th week)' -> {('michaelmas', 2019): 13 October 2019}), so that 'by 8th
    week' is counted from the minutes' own calendar."""
    firsts: dict[TermKey, dt.date] = {}
    for span in spans:
        if "week" not in span.text:
            continue
        for m in _DAY_AND_TERM_WEEK.finditer(span.text):
            day = parse_day(m["day"], meeting_date)
            if day is None:
                continue
            sunday = day - dt.timedelta(days=(day.weekday() + 1) % 7)
            key = (m["term"].lower(), day.year) if m["term"] else university_term(day)
            firsts[key] = sunday - dt.timedelta(days=7 * (int(m["week"]) - 1))
    return firsts


def on_stated_week(
    due: Due | None, first_weeks: dict[TermKey, dt.date], meeting_date: dt.date | None
) -> Due | None:
    """``due`` dated from the minutes' own calendar when it is a numbered week of a term whose weeks they date ('by
    8th week' in minutes that date the next meeting '(7th week)'); ``due`` as it is otherwise."""
    if due is None or not first_weeks or not due.mention or "week" not in due.mention:
        return due
    m = _TERM_WEEK.search(due.mention)
    return due.model_copy(update={"date": term_week_month(m, meeting_date, first_weeks)}) if m else due


def iso_week_month(week: int, meeting_date: dt.date | None) -> str | None:
    """'YYYY-MM' of the Friday of ISO week ``week`` of the meeting's year ('by wk 19' in April 2025 minutes is May
    2025): the week numbering business minutes use when they do not date their own; None for a week the year lacks."""
    if meeting_date is None:
        return None
    try:
        return dt.date.fromisocalendar(meeting_date.year, week, 5).strftime("%Y-%m")
    except ValueError:  # week 53 of a 52-week year
        return None


def stated_week_one(spans: list[SentenceSpan], meeting_date: dt.date | None) -> dt.date | None:
    """The first day of week 1 in the week numbering the minutes set by dating one of their numbered weeks ('in wk 16
    (w/c 14 April)' -> 6 January), which may be a retailer's or a financial year's rather than the ISO one; None when
    they date none. A day before the meeting is this year's, as a week the minutes mention is near it."""
    for span in spans:
        m = _DATED_WORK_WEEK.search(span.text) if "(" in span.text else None
        day = parse_day(m["day"], meeting_date) if m else None
        if day is None:
            continue
        if meeting_date is not None and (day - meeting_date).days > 183:
            day = day - relativedelta(years=1)  # "w/c 31 March" in April minutes: the week just gone
        return day - dt.timedelta(days=7 * (int(m["week"]) - 1))
    return None


def on_stated_work_week(due: Due | None, week_one: dt.date | None) -> Due | None:
    """``due`` dated from the minutes' own week numbering when it is a numbered week ('by wk 19' in minutes that date
    'wk 16 (w/c 14 April)': the month of that week's Friday); ``due`` as it is otherwise."""
    if due is None or week_one is None or not due.mention or due.meeting:
        return due
    m = _NUMBERED_WEEK_MENTION.search(due.mention)
    if m is None:
        return due
    friday = week_one + dt.timedelta(weeks=int(m["week"]) - 1, days=4)
    return due.model_copy(update={"date": friday.strftime("%Y-%m")})


# The day a numbered semester's teaching starts, as university minutes state it: "Semester 1 teaching commences on
# Monday 26 February 2024", "Trimester 2 begins on 1 July", "Semester 2 teaching would begin on 20 February".
_SEMESTER_START = re.compile(
    rf"\b(?:Semester|Trimester)\s+(?P<n>\d)\s+(?:teaching\s+)?(?:commences|begins|starts|(?:will|would)\s+(?:commence|begin|start))"
    rf"\s+(?:on\s+)?(?P<day>{_DAY_TEXT})",
    re.I,
)
# A teaching week of a numbered semester as a due point, perhaps without the semester: "Due: Week 2, Semester 1",
# "by Week 4 of Semester 1", "by Week 3".
_SEMESTER_WEEK = re.compile(
    r"(?:\b(?:by|before|in|during|until|end\s+of)\s+|\b(?:Due|Deadline|Timescale)\s*:\s*)(?P<mention>"
    r"(?-i:Week)\s+(?P<week>\d{1,2})\b(?:,?\s+(?:of\s+)?(?:Semester|Trimester)\s+(?P<n>\d)\b)?)",
    re.I,
)


# The last day of a numbered semester, or of its examinations, as university minutes state it: "Semester 2 ends on 13
# June", "the semester 2 examination period would run from 12 May to 6 June 2025".
_SEMESTER_END = re.compile(
    r"\b(?:Semester|Trimester)\s+(?P<n>\d)\s+(?:(?:teaching|examination|exam|assessment)\s+(?:period\s+)?)?"
    rf"(?:ends|finishes|(?:will|would)\s+(?:end|finish)|(?:runs|(?:will|would)\s+run)\s+from\s+{_DAY_TEXT}\s+(?:to|until))"
    rf"\s+(?:on\s+)?(?P<day>{_DAY_TEXT})",
    re.I,
)


def stated_semester_starts(spans: list[SentenceSpan], meeting_date: dt.date | None) -> dict[str, dt.date]:
    """The first day of teaching of each numbered semester the minutes date ('Semester 1 teaching commences on Monday
    26 February 2024' -> {'1': 26 February 2024}), so that 'Week 4, Semester 1' is counted from the minutes' own
    calendar."""
    return stated_semester_days(spans, meeting_date, _SEMESTER_START)


def stated_semester_days(
    spans: list[SentenceSpan], meeting_date: dt.date | None, pattern: re.Pattern
) -> dict[str, dt.date]:
    """The day ``pattern`` (:data:`_SEMESTER_START` or :data:`_SEMESTER_END`) dates for each numbered semester in the
    minutes, by the semester's number."""
    days: dict[str, dt.date] = {}
    for span in spans:
        for m in pattern.finditer(span.text) if "emester" in span.text else ():
            day = parse_day(m["day"], meeting_date)
            if day is not None:
                days[m["n"]] = day
    return days


# The start of a numbered semester as a due point: "by the start of Semester 2", "before the beginning of Trimester 1".
_SEMESTER_START_DUE = re.compile(
    r"\b(?:by|before|for|at)\s+(?P<mention>the\s+(?:start|beginning)\s+of\s+(?:Semester|Trimester)\s+(?P<n>\d))\b",
    re.I,
)


def semester_start_due(text: str, starts: dict[str, dt.date]) -> Due | None:
    """'by the start of Semester 2' in minutes that state the day Semester 2 teaching starts: that day; None when
    they do not state it."""
    m = _SEMESTER_START_DUE.search(text) if starts and "emester" in text else None
    day = starts.get(m["n"]) if m else None
    return Due(mention=m["mention"], date=day.isoformat()) if m and day else None


# The end of a numbered semester as a due point: "by the end of semester 2", "before the close of Trimester 1".
_SEMESTER_END_DUE = re.compile(
    r"\b(?:by|before|for|at|until)\s+(?P<mention>the\s+(?:end|close)\s+of\s+(?:Semester|Trimester)\s+(?P<n>\d))\b",
    re.I,
)


# The month a numbered semester of a British academic year ends in, when the minutes do not say: semester 1 with its
# January examinations, semester 2 in June (train: 5 of 6 "end of semester 2" dues are June, the sixth a stated May).
SEMESTER_LAST_MONTH = {"1": 1, "2": 6}


def semester_end_due(text: str, ends: dict[str, dt.date], meeting_date: dt.date | None = None) -> Due | None:
    """'by the end of semester 2': the month of the day the minutes give for the end of semester 2 (or of its
    examinations: the semester closes around it, not on a day the task is tied to); without one, the first
    :data:`SEMESTER_LAST_MONTH` of that semester from the meeting's month on; None for neither."""
    m = _SEMESTER_END_DUE.search(text) if "emester" in text else None
    if m is None:
        return None
    day = ends.get(m["n"])
    if day is not None:
        return Due(mention=m["mention"], date=day.strftime("%Y-%m"))
    month = SEMESTER_LAST_MONTH.get(m["n"]) if "rimester" not in m["mention"] else None
    if month is None or meeting_date is None:
        return None
    year = meeting_date.year + (month < meeting_date.month)
    return Due(mention=m["mention"], date=f"{year:04d}-{month:02d}")


def semester_week_due(text: str, starts: dict[str, dt.date]) -> Due | None:
    """The due point of a teaching week of a semester whose start the minutes state ('Due: Week 2, Semester 1'): the
    month of that week's Friday, counted in calendar weeks from the week teaching starts (Week 1). A week with no
    semester is of the one semester the minutes date; None otherwise."""
    m = _SEMESTER_WEEK.search(text) if starts and "Week" in text else None
    if m is None:
        return None
    start = starts.get(m["n"]) if m["n"] else (next(iter(starts.values())) if len(starts) == 1 else None)
    if start is None:
        return None
    friday = start - dt.timedelta(days=start.weekday()) + dt.timedelta(weeks=int(m["week"]) - 1, days=4)
    return Due(mention=m["mention"], date=friday.strftime("%Y-%m"))


# A month followed by another in a list or range: "for February and March", "for June to August".
# A review of records just before "for <month>", which names the period reviewed: "the review of term admissions for
# October"; not a review set for a month ("schedule the review for May") nor figures due then ("the figures for March").
_PERIOD_RECORD = re.compile(r"\b(?:review|audit|analysis)\s+of(?:\s+[a-z][\w'-]*){1,4}\s*$")
_MONTH_SPAN = re.compile(rf"\s*(?:,|and|&|or|to|-|–)\s*(?:{MONTHS})\b", re.I)


def _resolve(
    kind: str,
    m: re.Match,
    text: str,
    meeting_date: dt.date | None,
    next_meeting: NextMeeting | None,
    financial_quarters: bool = False,
) -> Due | None:
    """The Due one pattern match stands for, or None when the match is not a due point after all."""
    mention = re.sub(r"\s+", " ", m.group(0)).strip()
    g = m.groupdict()
    if kind == "next_meeting":
        date = next_meeting.date.isoformat() if next_meeting and next_meeting.date else None
        mention = mention.lstrip("(")  # "(next call)" closing an action-list line
        return Due(mention=mention, date=date, meeting=_kind(g["of"] or g["kind"]))
    if kind == "date":
        day = parse_day(g["day"], meeting_date)
        if day is None:
            return None
        mention = re.sub(r"^[:\-–]\s*|\.$", "", mention)
        return Due(mention=mention, date=day.isoformat(), meeting=_kind(g.get("kind")))
    if kind == "quarter":
        event = _EVENT_AFTER.match(text, m.end())
        if (
            re.match(r"before\s", mention, re.I) and event
        ):  # "before the Q2 grant cycle", "before Q3 planning"
            return Due(mention=mention + event.group(), date=None, meeting=None)  # an event in the quarter
        stated = _QUARTER_MONTH.match(text, m.end())
        if stated:  # "end of Q4 (January)": the minutes say which month closes their quarter
            return Due(
                mention=mention + stated.group(),
                date=_next_month(month_number(stated["month"]), meeting_date),
            )
        q = int(g["q"] or g["q2"])
        end_month = q * 3
        if g.get("year"):
            # "FY25/26" writes the financial year 2025/26 with two-digit years
            y = 2000 + int(g["year"][:2]) if re.fullmatch(r"\d{2}/\d{2}", g["year"]) else int(g["year"][:4])
            if "/" in g["year"]:  # financial year 2024/25: Q1 = Apr-Jun, Q4 = Jan-Mar of the second year
                end_month = _financial_quarter_end(q)
                y = y if q <= 3 else y + 1
            return Due(mention=mention, date=f"{y:04d}-{end_month:02d}", meeting=None)
        if financial_quarters:  # minutes that count the financial year ("month 7") count its quarters too
            end_month = _financial_quarter_end(q)
        return Due(mention=mention, date=_next_month(end_month, meeting_date), meeting=None)
    if kind == "term":
        # a term's end or start is a point in time, and so is "by the autumn term" (its start); "in" or
        # "to the summer term" names no month, and a term with no preposition ("the summer term
        # training dates") is no due point at all
        abbreviated = dict(_DUE_PATTERNS)["abbrev_meeting"].search(text)
        meeting = _kind(abbreviated.group("kind")) if abbreviated else None
        lead = (g.get("lead") or "").lower()
        if g.get("meets"):  # "the summer term meeting": one of the term's meetings, not a month ...
            half = int(g["half"]) if g.get("half") else None
            if in_term(next_meeting, g["term"].lower(), meeting_date, half):  # ... unless it is the next one
                return Due(mention=mention, date=next_meeting.date.isoformat(), meeting="meeting")
            return Due(mention=mention, date=None, meeting=None)
        if not g.get("end") and lead not in TERM_DEADLINE_WORDS:  # "(Spring term)" closing the action, too
            return Due(mention=mention, date=None, meeting=meeting)
        year = int(g["year"]) if g.get("year") else None
        ends = (g.get("end") or "").lower().startswith(("end", "close"))
        months = TERM_END_MONTH if ends else TERM_START_MONTH
        return Due(
            mention=mention,
            date=_next_month(months[g["term"].lower()], meeting_date, year),
            meeting=None,
        )
    if kind == "season_end":
        return Due(
            mention=mention,
            date=_next_month(SEASON_END_MONTH[g["season"].lower()], meeting_date),
            meeting=None,
        )
    if kind == "end_abbrev":
        period = END_ABBREVIATIONS.get(g["period"] or "D")
        if period is None:  # "EOD", "COB": the end of the meeting's day
            return Due(mention=mention, date=meeting_date.isoformat() if meeting_date else None, meeting=None)
        return Due(mention=mention, date=_end_of_period(period, meeting_date, ahead=False), meeting=None)
    if kind in ("end_period", "next_month"):
        period = g.get("period", "month").lower()
        date = _end_of_period(period, meeting_date, ahead=bool(g.get("next")) or kind == "next_month")
        return Due(mention=mention, date=date, meeting=None)
    if kind == "day_meeting":
        month = month_number(g["month"] or g["month2"])
        year = int(g["year"]) if g.get("year") else None
        date = _day_in_month(_next_month(month, meeting_date, year), int(g["day"] or g["day2"]))
        return Due(mention=mention, date=date, meeting=_kind(g["kind"]))
    if kind == "financial_year":
        year = int(g["fy"]) + 1 if g.get("fy") else None
        # an English council's municipal year ends at its annual meeting in May; the financial year in March
        end_month = 5 if g["year_kind"].lower() == "municipal" else 3
        return Due(mention=mention, date=_next_month(end_month, meeting_date, year), meeting=None)
    if kind == "half_term_name":
        return Due(mention=mention, date=half_term_month(m, meeting_date), meeting=None)
    if kind == "holiday":
        holiday = re.sub(r"[\s-]+", " ", g["holiday"].lower())
        month = HOLIDAY_MONTH[holiday] if holiday != "half term" else _next_half_term(meeting_date)
        if holiday == "half term" and g["term"]:  # "by the autumn half-term": that term's half-term break
            month = FIRST_HALF_END_MONTH[g["term"].lower()]
        date = _next_month(month, meeting_date) if month else None
        if holiday == "easter" and meeting_date and not _HOLIDAY_SPAN.search(mention):
            date = easter_month(meeting_date)
        return Due(mention=mention, date=date, meeting=None)
    if kind == "semester" and g.get("season") and g["season"].lower() in SEMESTER_END_MONTH:
        closing = re.search(r"\b(?:end|close)\b", mention, re.I) is not None
        date = _next_month(SEMESTER_END_MONTH[g["season"].lower()], meeting_date) if closing else None
        return Due(mention=mention, date=date, meeting=None)
    if kind == "academic_year" and _THIS_ACADEMIC_YEAR_END.search(mention):
        return Due(mention=mention, date=_next_month(ACADEMIC_YEAR_END_MONTH, meeting_date), meeting=None)
    if kind in ("semester", "numbered_term", "academic_year"):
        return Due(mention=mention, date=None, meeting=None)
    if kind == "term_week":
        return Due(mention=mention, date=term_week_month(m, meeting_date, {}), meeting=_kind(g["body"]))
    if kind == "work_week":
        return Due(mention=mention, date=iso_week_month(int(g["week"]), meeting_date), meeting=None)
    if kind == "end_sprint":
        current = not g.get("sprint") and next_meeting and next_meeting.date
        date = next_meeting.date.isoformat() if current else None
        return Due(mention=mention, date=date, meeting=None)
    if kind in (
        "month_meeting",
        "meeting_in_month",
        "end_month",
        "month",
        "bracket_month",
        "half_term",
        "month_issue",
        "from_month",
    ):
        if (
            kind == "month"
            and g["month"].lower() == "may"
            and not re.match(rf"(?:in|by|during|before|until|due|{_DEFERRED}\s+(?:un)?to)\s", mention, re.I)
        ):
            return None  # "may" the verb
        if (
            kind == "month"
            and mention.lower().startswith("for ")
            and (_MONTH_SPAN.match(text, m.end()) or _PERIOD_RECORD.search(text, 0, m.start()))
        ):
            return None  # "the figures for December and January", "the review of admissions for October": the period
        year = int(g["year"]) if g.get("year") else None
        date = _next_month(month_number(g["month"]), meeting_date, year)
        of = g.get("of")  # "the June meeting of the Panel": that body's meeting, named by the body ("panel")
        kind_of = of if of and _kind(g.get("kind")) == "meeting" else g.get("kind")
        if g.get("owner") and _BODY_WORDS.search(g["owner"]) and _kind(kind_of) == "meeting":
            kind_of = g["owner"]  # "the Audit Committee's December meeting": a meeting of that committee
        return Due(mention=mention, date=date, meeting=_kind(kind_of))
    if kind == "weekday":
        meeting = _kind(g.get("kind"))
        if meeting_date is None:
            return Due(mention=mention, date=None, meeting=meeting)
        ahead = (weekday_number(g["day"]) - meeting_date.weekday() - 1) % 7 + 1
        return Due(
            mention=mention, date=(meeting_date + dt.timedelta(days=ahead)).isoformat(), meeting=meeting
        )
    if kind == "before_meeting":
        return Due(mention=mention, date=_before_next_meeting(g["count"], g["unit"], mention, next_meeting))
    if kind == "end_term":
        date = _next_month(_term_end_month(meeting_date), meeting_date) if meeting_date else None
        return Due(mention=mention, date=date, meeting=None)
    if kind in ("same_day", "within_hours"):
        return Due(mention=mention, date=meeting_date.isoformat() if meeting_date else None, meeting=None)
    if kind == "next_day":
        date = (meeting_date + dt.timedelta(days=1)).isoformat() if meeting_date else None
        return Due(mention=mention, date=date, meeting=None)
    if kind == "next_week":
        date = (meeting_date + dt.timedelta(days=7)).isoformat() if meeting_date else None
        return Due(mention=mention, date=date, meeting=None)
    if kind == "this_period":
        return Due(
            mention=mention, date=meeting_date.strftime("%Y-%m") if meeting_date else None, meeting=None
        )
    season_event = _EVENT_AFTER.match(text, m.end()) if kind == "season" else None
    if season_event and not _SEASON_CLAUSE.match(text, m.end()):
        if re.match(
            r"(?:for|by|before|until)\s", mention, re.I
        ):  # "for the winter test": that event, no date
            return Due(mention=mention + season_event.group(), date=None, meeting=None)
        return None  # "in the spring newsletter": an issue, not a season
    if kind == "bracket_span":
        return Due(mention=mention.strip("().; "), date=None, meeting=None)
    if kind == "relative":  # "within two weeks" is a span; "in six months' time" a month from the meeting's
        return Due(mention=mention, date=months_ahead(mention, meeting_date), meeting=None)
    if kind in ("before_event", "undated_event") and (
        dated := bracket_dated_event(mention, text, m.end(), meeting_date)
    ):
        return dated
    if kind in (
        "before_event",
        "undated_event",
        "next_report",
        "season",
        "future_agenda",
        "half_term_in",
        "new_year",
    ):
        return Due(mention=mention, date=None, meeting=None)
    if kind == "kind_only":
        k = _kind(g["kind"])
        if (
            mention.lower().startswith("before ")
            and k not in ANNUAL_MEETINGS
            and (" " not in k or _CLAUSE_VERB.match(text, m.end()))
            and not (_BODY_HEAD.search(k) and _PLACED.search(text))
        ):
            # "before the meeting" is a time; "place it before the Committee" is that body's meeting, as is a named
            # kind ("before the monthly call", "before their annual parochial church meetings")
            return None
        if (
            k in ("meeting", "board", "committee")
            and g["series"] is None
            and not (_FIRST_OF.match(g["kind"]) and _OF_TERM.match(text, m.end()))
            and not re.search(r"(back|report|return|present|\bplac(?:e|es|ed|ing)\b)", text, re.I)
        ):  # "at a future meeting", "to the first meeting of the autumn term" are stated points whatever the verb;
            # "at the meeting" only when brought back
            return None
        if mention.lower().startswith("in ") and not RECURRENCE_WORDS & set(k.split()):
            return None  # "in the Privacy TF call we agreed": only a standing meeting ("in the weekly sync") is a point
        if _ADDRESSED.search(text, max(0, m.start() - 40), m.start()):
            return None  # "to write jointly to the integrated care board": whom a letter goes to
        if mention.lower().startswith("for ") and _AUDIENCE_OF_EVENT.search(
            text, max(0, m.start() - 40), m.start()
        ):
            return (
                None  # "to arrange a briefing session for the Police and Crime Panel": who attends, not when
            )
        if _REPORT_BACK.search(text, max(0, m.start() - 20), m.start()) or _ONCE.match(text, m.end()):
            return None  # "report back to the committee", "to the Board once the order is placed": no stated point
        return Due(mention=mention, date=None, meeting=k)
    if kind in ("abbrev_meeting", "goes_to", "before_body", "named_group", "season_meeting"):
        return Due(mention=mention, date=None, meeting=_kind(g["kind"]))
    return None


# A meeting named as the first of a school term (:data:`_OF_TERM`): "to the first meeting| of the autumn term".
_FIRST_OF = re.compile(r"first\s", re.I)


# General meetings held once a year: "before the AGM" names that meeting, not a time within this one.
ANNUAL_MEETINGS = frozenset({"agm", "egm"})


# A body that business is placed before ("place the figures before the Committee"), and the verbs that do so.
_BODY_HEAD = re.compile(r"\b(?:committee|board|panel|cabinet|senate|forum|council)$")
_PLACED = re.compile(
    r"\b(?:plac(?:e|es|ed|ing)|lay|laid|put|bring|brought|present(?:s|ed)?|submit(?:s|ted)?)\b", re.I
)


# A verb of writing just before a body, which is then whom the letter goes to, not a meeting: "write jointly to the
# integrated care board".
_ADDRESSED = re.compile(
    r"\b(?:write|writes|writing|wrote|written|letter|e-?mail)(?:\s+[a-z]+ly|\s+again)?\s+$", re.I
)


# A verb after "before the <kind>" that makes it the subject of a clause, an event: "before the adoption call| closes".
_CLAUSE_VERB = re.compile(
    r"\s+(?:closes|opens|ends|starts|begins|finishes|is|are|was|were|has|have|goes|go)\b"
)
# "report back| to the board": whom the outcome goes to, not when (no due point unless a time is stated).
# An event arranged for a body, which names who attends it ("a joint briefing session for the Panel", "a visit for
# Board members"), not a meeting of that body the action is due at.
_AUDIENCE_OF_EVENT = re.compile(
    r"\b(?:session|briefing|workshop|seminar|training|visit|tour|presentation)s?\s+$", re.I
)
_REPORT_BACK = re.compile(r"\breport(?:s|ed|ing)?\s+back\s+$", re.I)
# "to the Board| once the purchase order has been placed": the action waits on an event with no date.
_ONCE = re.compile(r"\s+once\b", re.I)


# Pattern kinds that fix a point in time themselves: a body named elsewhere in the sentence is not their meeting.
_DATE_ONLY_KINDS = frozenset(
    {
        "end_sprint",
        "numbered_term",
        "date",
        "quarter",
        "end_month",
        "end_period",
        "end_abbrev",
        "season_end",
        "half_term_name",
        "half_term_in",
        "next_month",
        "half_term",
        "weekday",
        "this_period",
        "same_day",
        "next_day",
        "next_week",
        "relative",
        "bracket_span",
        "before_event",
        "before_meeting",
        "end_term",
        "within_hours",
        "undated_event",
        "term",
        "term_week",
        "work_week",
        "academic_year",
        "financial_year",
        "semester",
        "holiday",
        "month_issue",
        "from_month",
        "next_report",
        "future_agenda",
        "named_group",
        "season",
        "new_year",
    }
)
# Minutes that count months of the financial year ("month 7") or write its quarters ("Q3 2024/25", "Quarter 4
# 2022/23") count an unqualified quarter in the financial year too, and so do the minutes of NHS bodies (an ICB is
# one) and of police bodies (a PCC's office, a force), which plan and report in the April to March financial year ("by
# the end of Q1" in May is June), and minutes that gloss a quarter with the months of a financial one ("for Q4 (January
# to March)", "Q1 (Apr-Jun)"), and the minutes of social landlords (a housing association, a council's housing
# service), which set rents and budgets for the same year ("rent arrears", "the new housing management system").
FINANCIAL_YEAR_CUES = re.compile(
    r"\bmonth\s+(?:1[0-2]|[1-9])\b(?!\s*(?:of|and|to|-)\b)|\b(?:Q|Quarter\s+)[1-4]\s+\d{4}/\d{2}\b|\b(?:NHS|ICB)\b"
    r"|(?i:\bhousing\s+(?:association|management|officer|provider)s?\b|\brent\s+(?:roll|arrears)\b|\bsocial\s+landlords?\b)"
    r"|\b(?:O?PCC|PFCC|Police\s+and\s+Crime\s+Commissioner|Chief\s+Constable)\b"
    r"|\b(?:Q1\s*\(\s*Apr|Q2\s*\(\s*Jul|Q3\s*\(\s*Oct|Q4\s*\(\s*Jan)"
)


def counts_financial_quarters(text: str) -> bool:
    """Whether a document's quarters are those of the financial year (April to March)."""
    return FINANCIAL_YEAR_CUES.search(text) is not None


# What each due pattern cannot match without, tested before the pattern runs (most action sentences
# state no due point, and the patterns, which open with optional words, are slow to search): a lower-case
# substring of the sentence, or one of the markers "a digit" / "a month name" (found once per sentence).
_DIGIT, _MONTH = "<digit>", "<month>"
_ANY_DIGIT = re.compile(r"\d")
_ANY_MONTH = re.compile(MONTHS)  # as a substring: a superset of every place a pattern reads a month
_DUE_NEEDS: dict[str, tuple[str, ...]] = {
    "next_meeting": ("next",),
    "date": (_DIGIT,),
    "quarter": (_DIGIT,),
    "term": ("term", "autumn", "spring", "summer"),
    "term_week": ("week",),
    "work_week": ("wk",),
    "season_end": ("autumn", "spring", "summer", "winter"),
    "academic_year": ("academic", "session"),
    "before_meeting": ("before",),
    "day_meeting": (_DIGIT,),
    "month_meeting": (_MONTH,),
    "month_issue": (_MONTH,),
    "meeting_in_month": (_MONTH,),
    "end_month": (_MONTH,),
    "financial_year": ("financial", "fiscal", "municipal"),
    "semester": ("semester", "trimester", "teaching"),
    "half_term": ("half", "weekend", "holiday", "recess", "break"),
    "end_period": ("end",),
    "end_abbrev": ("eom", "eow", "eoy", "eod", "cob"),
    "half_term_name": (_DIGIT,),
    "half_term_in": (_DIGIT,),
    "next_month": ("next",),
    "month": (_MONTH,),
    "bracket_month": (_MONTH,),
    "holiday": tuple(HOLIDAY_MONTH),
    "from_month": (_MONTH,),
    "weekday": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "this_period": ("this",),
    "end_term": ("term",),
    "within_hours": ("minute", "hour"),
    "goes_to": ("go", "taken", "come", "presented", "submitted"),
    "same_day": ("tonight", "this", "break", "day"),
    "next_day": ("tomorrow",),
    "next_week": ("next",),
    "relative": ("within", "time", "next", "coming", "eta", "back"),
    "bracket_span": ("(",),
    "undated_event": ("soon", "asap", "same", "release", "freeze", "launch", "live", "cut", "return", "next", "week"),
    "kind_only": (
        "meeting", "committee", "board", "panel", "hta", "cabinet", "senate", "call", "forum", "sync",
        "plenary", "telcon", "teleconference", "f2f", "agm", "egm", "sitting", "session", "briefing", "huddle", "bilateral",
        "one-to-one", "1:1", "catch",
    ),
    "abbrev_meeting": ("fgb", "hta", "agm", "egm"),
    "before_event": ("before", "during", "over"),
    "before_body": ("before", "ahead"),
    "next_report": ("next", _DIGIT),
    "named_group": ("group", "forum"),
    "season": ("autumn", "spring", "summer", "winter"),
    "season_meeting": ("autumn", "spring", "summer", "winter"),
    "future_agenda": ("agenda",),
    "new_year": ("new year",),
    "numbered_term": ("term",),
    "end_sprint": ("sprint",),
}  # fmt: skip


def _due_candidates(text: str) -> list[tuple[str, re.Pattern]]:
    """The due patterns, in order, that ``text`` holds what they need (:data:`_DUE_NEEDS`)."""
    low = text.lower()
    present = {_DIGIT: _ANY_DIGIT.search(text) is not None, _MONTH: _ANY_MONTH.search(low) is not None}
    return [
        (kind, pattern)
        for kind, pattern in _DUE_PATTERNS
        if any(present.get(need, need in low) for need in _DUE_NEEDS[kind])
    ]


# A next-meeting kind the minutes state that can name a due point: a few words, at least one of them more than
# "next" or "meeting" ("Follow-up review"), not a sentence the header caught ("The meeting closed at 15:30").
_NAMED_KIND = re.compile(r"[A-Za-z][A-Za-z/-]*(?:\s+[A-Za-z][A-Za-z/-]*){0,3}")
_GENERIC_KIND_WORDS = frozenset({"next", "meeting", "the", "a", "our", "of"})
# "The next" opening a kind the minutes state, which says when the meeting is, not what it is.
_NEXT_LEAD = re.compile(r"^(?:the\s+)?next\s+(?=\S)", re.I)


# An action log's due field naming the next meeting by its kind: "Due: next steering group", "Due: the next Board".
_DUE_FIELD_NEXT = r"\bdue\s*:\s*(?:the\s+)?next\s+"
# What leads the next meeting's kind when a sentence names it as a due point: a preposition and "the" ("before the
# follow-up review", "by the next steering group"), or a due field.
_NAMED_KIND_LEAD = rf"\b(?:before|at|to|for|by|until)\s+the\s+(?:next\s+|first\s+)?|{_DUE_FIELD_NEXT}"


def named_next_meeting(text: str, next_meeting: NextMeeting | None) -> Due | None:
    """'before the follow-up review' when the minutes say the next meeting is a 'Follow-up review' on a given
    day, or a due field 'Due: next follow-up review': that day, and the kind as written; None when the sentence
    does not name the next meeting's kind."""
    if next_meeting is None or next_meeting.date is None or not next_meeting.kind:
        return None
    kind = _NEXT_LEAD.sub("", next_meeting.kind.strip())  # "next TSC meeting" names a "TSC meeting"
    if not _NAMED_KIND.fullmatch(kind) or set(kind.lower().split()) <= _GENERIC_KIND_WORDS:
        return None
    if kind.split()[0].lower() not in text.lower():  # a cheap gate before the search
        return None
    m = re.search(rf"(?:{_NAMED_KIND_LEAD})\s*{re.escape(kind)}\b", text, re.I)
    if m is None:
        return None
    return Due(mention=m.group(), date=next_meeting.date.isoformat(), meeting=_kind(kind.lower()))


def next_of_own_title(text: str, next_meeting: NextMeeting | None, meeting_title: str | None) -> Due | None:
    """'before the next triage' in minutes titled 'Compiler team triage meeting': the next meeting of these minutes,
    named by the last word of their own title when that word is no meeting word the due patterns know ('board',
    'sync') nor comes before one ('the next TSC meeting'); its date is the next meeting's, its kind the words as
    written. The title's word before may come too ('by the next steering group' in minutes of a 'Steering Group'),
    and an action log's due field may name it ('Due: next steering group'). None otherwise."""
    title = (_own_title(meeting_title) or "").rstrip(" -–—:")
    if next_meeting is None or next_meeting.date is None or not title:
        return None
    words = title.lower().split()
    word = words[-1]
    if not re.fullmatch(r"[a-z][a-z-]{2,}", word) or re.fullmatch(_KIND_HEAD, word):
        return None
    before = rf"{re.escape(words[-2])}\s+" if len(words) > 1 else r"(?!)"
    m = re.search(
        rf"(?:\b(?:before|at|to|for|by|until)\s+the\s+next\s+|{_DUE_FIELD_NEXT})"
        rf"(?P<kind>(?:{before})?{re.escape(word)})\b(?!\s+{_KIND_HEAD})",
        text,
        re.I,
    )
    if m is None:
        return None
    return Due(
        mention=m.group(), date=next_meeting.date.isoformat(), meeting=" ".join(m["kind"].lower().split())
    )


# A verb saying how long something lasts before "until <day>": the day ends a period the action waits for, not
# the action's own deadline, which a later due point in the sentence gives ("the test runs until 22 September
# and the results will come to the October committee").
_DURATION = re.compile(
    r"\b(?:runs?|running|lasts?|lasting|continues?|remains?\s+open|is\s+open|are\s+open)\s+$"
)


# A verb of an event already past just before "in <month>" / "on <day>": "the conference held on 12 September",
# "frauds had been stopped in December" date that event, not the action ("to be held on" is still ahead).
_PAST_EVENT = re.compile(
    r"(?<!\bbe\s)\b(?:held|took\s+place|occurred|happened|(?:had|was|were)\s+(?:been\s+)?[a-z]+ed"
    # "talks resumed on 14 August": the past tense of an event that begins
    r"|(?:resumed|restarted|started|began|commenced)"
    # "the surveys carried out on the A917 in August": a participle and the place it happened
    r"|(?<!\bto\s)(?<!\bwill\s)(?:carried\s+out|conducted)(?:\s+(?:on|at)\s+(?:the\s+)?[\w-]+)?)\s+$",
    re.I,
)
# Pattern kinds whose match can date a past event named in the sentence.
_DATED_KINDS = frozenset({"date", "month", "term_week"})
# Someone's arrival or departure just before "in <month>" / "on <day>": "the consultants leaving in November",
# "staff joining on 3 June", "until Sophie is back on 20 March" (a cover period) date when people come or go, not when
# the action is due.
_MOVE_EVENT = re.compile(
    r"\b(?:leaving|joining|retiring|departing|arriving|returning|(?:is|are)\s+back)\s+$", re.I
)


def _dated_by(text: str, m: re.Match, words: re.Pattern, reach: int) -> bool:
    """Whether an "in <month>" / "on <day>" match follows, within ``reach`` characters, words that say what
    the day or month dates instead of the action (see :func:`past_event`, :func:`arrival_or_departure`)."""
    return re.match(r"(?:in|on)\s", m.group(), re.I) is not None and bool(
        words.search(text, max(0, m.start() - reach), m.start())
    )


def past_event(text: str, m: re.Match) -> bool:
    """Whether a day or month ("on 12 September", "in December") dates something that already happened, said by a
    past verb just before it: such a point is not when the action is due."""
    return _dated_by(text, m, _PAST_EVENT, 40)


# A past verb and the body it was done with or by, just before "in <month>", or before the body's meeting in that month:
# "had been discussed with the Landlords' Forum| in May", "was approved by| the Board in March". The month dates that
# past event, not the action ("was asked to| the Board in May" is left alone: "to" names where the action goes).
_PAST_EVENT_WITH_BODY = re.compile(
    r"(?<!\bbe\s)\b(?:had|was|were)\s+(?:been\s+)?[a-z]+ed\s+(?:with|by|at)"
    r"(?:\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?\s*$",
    re.I,
)
# How far before the match :data:`_PAST_EVENT_WITH_BODY` is sought: the verb, the preposition and a body of four words.
_PAST_EVENT_WITH_BODY_REACH = 90


def past_event_with_body(kind: str, text: str, m: re.Match) -> bool:
    """Whether a month, or a body's meeting in a month, dates something a body already did with someone
    (:data:`_PAST_EVENT_WITH_BODY`): "the policy had been discussed with the Forum in May" is no due point."""
    if kind == "meeting_in_month":
        # the preposition may open the match itself: "was approved |by the Board in March"
        lead = re.match(r"\s*(?:by|with|at)\s", m.group(), re.I)
        end = m.start() + lead.end() - 1 if lead else m.start()
        start = max(0, m.start() - _PAST_EVENT_WITH_BODY_REACH)
        return _PAST_EVENT_WITH_BODY.search(text, start, end) is not None
    return kind in _DATED_KINDS and _dated_by(text, m, _PAST_EVENT_WITH_BODY, _PAST_EVENT_WITH_BODY_REACH)


def arrival_or_departure(text: str, m: re.Match) -> bool:
    """Whether "in <month>" / "on <day>" follows a word of someone coming or going ("leaving in November"): that
    dates the people, not the action."""
    return _dated_by(text, m, _MOVE_EVENT, 20)


# Someone's absence just before "until <point>": "Pavel is on leave until the end of February", "away until 3 June",
# "travelling until 28 June"
# say when that person is back, not when the action is due.
_ABSENCE = re.compile(
    r"\b(?:on\s+(?:[a-z]+\s+)?leave|away|absent|travelling|traveling|off\s+sick|out\s+of\s+(?:the\s+)?office)\s+$",
    re.I,
)


def absence_span(text: str, m: re.Match) -> bool:
    """Whether an "until <point>" match follows a word of someone's absence ("on leave until the end of
    February"): that dates the person's return, not the action."""
    return re.match(r"(?:until|till)\s", m.group(), re.I) is not None and bool(
        _ABSENCE.search(text, max(0, m.start() - 30), m.start())
    )


# A clause giving the reason for a decision: "because the old rates remain valid until 1 August" dates that
# reason, not the action; so does one opened by "as" after a comma, with its own subject: "..., as the audit will not
# close until the end of April" (not "as agreed", "as soon as"). The clause ends where "and" opens a new predicate
# of the action's subject: "was not completed because of staff absence| and is carried forward to the summer FGB", or
# its due point with the verb left out: "deferred because of the second wave| and now due at the January meeting".
_REASON = re.compile(
    r"(?:\bbecause\b|,\s+as\s+(?:the|this|these|that|those|it|they|there|its|their)\s)"
    r"(?:(?!\band\s+(?:now\s+)?(?:is|are|was|were|will|has|have|had|due)\b)[^,;:()]){0,100}$",
    re.I,
)
# A condition the action waits on, in the same clause before the match: "circulate the policy once it had been approved|
# by the Board": no due point (the corpus's decision 7).
# "once" as an adverb ("once more", "once a month", "at once") opens no condition. A due point right after a dash is
# a cell of its own, outside the condition: "tag the release once the blockers are merged — due 22 May".
# The condition ends where "and" opens the action's next task, a bare verb and its object: "update the plan once the
# settlement is published| and bring it to the January meeting" (not a second participle of the condition: "once it is
# drafted and approved by the Board").
_NEXT_TASK = r"\band\s+(?:then\s+)?(?![a-z]*(?:ed|en|s)\b|[a-z]{3,}ing\b)[a-z]+\s+(?:it|them|this|these|those|the|a|an|back)\b"
_CONDITION = re.compile(
    rf"(?<!\bat\s)\bonce\s+(?!(?:more|again|a|an|per|or)\b)(?:(?!{_NEXT_TASK})[^,;:()]){{0,100}}(?<![–—]\s)(?<![–—])$",
    re.I,
)
# A noun that a meeting word only qualifies: "add X to the ECAB call| list" names a list, not a meeting.
_QUALIFIED_NOUN = re.compile(r"\s+(?:list|lists|log|register|rota|roster)\b", re.I)
# A meeting word in the possessive: "respond to the panel's| recommendations" names what the body wrote, not a meeting.
_POSSESSIVE = re.compile(r"['’]s?\b(?!\s*\))")


# A quarter that names what a report covers, not when it is due: "in the quarter 3 restrictive practice report",
# "the Q2 figures" (a deadline says "by" or "end of": "by the end of Q3").
_REPORT_NOUN = r"(?:report|reports|return|returns|data|figures|update|results|submission)"
_QUARTER_OF_NOUN = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}{_REPORT_NOUN}\b")
# A report that opens the sentence as its subject, named with the period it covers just before a quarter and its year:
# "The learning from deaths report for| Q4 2020/21 is to be presented in September" (not "scheduled for| Q3 2024", a
# deadline; nor "include it in the report for| Q4 2022/23", where the report the task goes into is when it is due).
_REPORT_SUBJECT_FOR = re.compile(
    rf"\s*The\s+(?:[\w-]+\s+){{0,4}}{_REPORT_NOUN}\s+(?:for|of|covering)\s+", re.I
)
_QUARTER_DEADLINE = re.compile(r"\b(?:by|before|until|end)\b", re.I)


# A quarter written with no preposition at all, as a noun's modifier is: "present the Q2| reforecast".
_BARE_QUARTER = re.compile(r"(?:the\s+)?(?:q[1-4]|quarter\s+[1-4])", re.I)
# A due cell that is a quarter alone, perhaps with its year: "ACTION: DoM – Q2", "– Quarter 4 2025/26".
_QUARTER_CELL = re.compile(rf"{_BARE_QUARTER.pattern}(?:\s+\d{{4}}(?:/\d{{2,4}})?)?", re.I)
# "of" or "for" just before a bare quarter, which names the period a report covers: "for each month of| quarter 4".
# Also a quarter listed after another, as the periods figures cover are: "breaches for Q1 and| Q2 by end of October".
_PERIOD_COVERED = re.compile(r"\b(?:of|for|Q[1-4]\s+(?:and|&))\s+$", re.I)
# How far before the quarter :data:`_PERIOD_COVERED` is sought: "Q1 and" and up to two spaces after it.
_PERIOD_COVERED_REACH = 9


def quarter_of_noun(text: str, m: re.Match) -> bool:
    """Whether a quarter match only qualifies a report or its figures that follow ('the quarter 3 report to the
    January meeting'), or, written with no preposition, any noun that follows ('present the Q2 reforecast at the
    Oct ITSC') or follows "of" or "for" ('rates for each month of quarter 4'): that quarter is the subject, and the
    due point is elsewhere in the sentence."""
    if _QUARTER_DEADLINE.search(m.group()) is not None:
        return False
    if _QUARTER_OF_NOUN.match(text, m.end()) is not None:
        return True
    if _BARE_QUARTER.fullmatch(m.group().strip()) is None:
        return _REPORT_SUBJECT_FOR.fullmatch(text, 0, m.start()) is not None
    covered = _PERIOD_COVERED.search(text, max(0, m.start() - _PERIOD_COVERED_REACH), m.start()) is not None
    return covered or _EVENT_AFTER.match(text, m.end()) is not None


# A participle just before a span of minutes or hours, with no verb "be" before it, that measures something against a
# standard: "the proportion of women assessed| within 15 minutes", "calls answered| within 4 hours" ("to be
# circulated within 24 hours" and "is cleared within 48 hours" are the task's own deadline). Spans of days or weeks are
# left alone: "have the site cleared within two weeks" is a deadline.
_MEASURED_PARTICIPLE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"\b[a-z]{3,}(?:ed|en)\s+$"
)
# How far before the span :data:`_MEASURED_PARTICIPLE` is sought: the participle and the word before it.
_MEASURED_REACH = 30


def measured_span(kind: str, text: str, m: re.Match) -> bool:
    """Whether a span of minutes or hours ('within 15 minutes') follows a bare participle and so gives a standard
    something is measured against ('women assessed within 15 minutes'), not when the action is due."""
    return (
        kind == "within_hours"
        and _MEASURED_PARTICIPLE.search(text, max(0, m.start() - _MEASURED_REACH), m.start()) is not None
    )


# A bracket that holds the whole of a due pattern's match and closes the line: "... report on the outcome (|Spring
# term|)".
_BRACKET_OPENS = re.compile(r"\(\s*$")
_BRACKET_CLOSES_LINE = re.compile(r"\s*\)\W*$")


def closing_bracket(text: str, m: re.Match) -> bool:
    """Whether a due pattern's match is all of the bracket that closes the action ('(Spring term)'): minutes put the
    action's timescale there, so it needs no deadline word."""
    return (
        _BRACKET_OPENS.search(text, max(0, m.start() - 3), m.start()) is not None
        and _BRACKET_CLOSES_LINE.match(text, m.end()) is not None
    )


# A visit the action arranges, perhaps with who makes it, just before "to <a body>": "arrange a visit by Members to the
# Youth Forum", "a site visit to the Parish Council", "visits to the school councils". The body is where the visit
# goes, not a meeting the action is due at; after "the visit" the body may be where a report of it goes ("report the
# outcome of the visit to the Forum").
_VISIT_BEFORE = re.compile(
    r"\b(?:an?\s+(?:[\w-]+\s+)?(?:visit|trip|tour)|visits)(?:\s+by\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+$",
    re.I,
)


# How often a body is to hear from someone, right after the body: "present to the Board| at least once a year", "report
# to the Committee| every six months", "| annually". The body is the audience of a standing duty, not a due point.
# ("quarterly" is left alone: the labelled corpus keeps the body of "reported to the Committee quarterly".)
_STANDING_FREQUENCY = re.compile(
    r"\s+(?:(?:at\s+least\s+)?(?:once|twice|three\s+times)\s+(?:a|per|each|every)\s+(?:year|term|month)"
    r"|annually|every\s+(?:year|(?:two|three|four|six|twelve|\d{1,2})\s+(?:months|years)))\b",
    re.I,
)
# A standing request to include something in the reports a body will receive from now on: "in future quarterly budget
# monitoring reports to the Committee". The reports recur; the body they go to is no due point (the corpus gives none).
_FUTURE_REPORTS = re.compile(
    r"\bin\s+future\s+(?:[\w-]+\s+){0,4}?(?:reports?|updates?|packs?|papers?|versions?)\s+to\s+(?:the\s+|this\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*",
)


def visit_destination(text: str, m: re.Match) -> bool:
    """Whether a body after 'to' is where a visit goes ('a visit by Members to the Carers' Forum'), not when the
    action is due."""
    return (
        m.group().lower().startswith("to")
        and _VISIT_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None
    )


def not_a_due_point(kind: str, text: str, m: re.Match) -> bool:
    """Whether a due pattern's match is not when the action is due: a past event (see :func:`past_event`), someone's
    arrival or departure ('the consultants leaving in November'), someone's absence ('on leave until
    March'), a standard something is measured against ('assessed within 15 minutes'), a point inside a reason or a condition ('once it is approved by the Board'), a meeting word that qualifies a noun ('the ECAB call list') or one in the
    possessive ('the panel's recommendations'), or a term with no deadline word nor meeting ('the spring term
    visits')."""
    if kind in _DATED_KINDS and past_event(text, m):
        return True
    if past_event_with_body(kind, text, m):
        return True
    if kind in _DATED_KINDS and arrival_or_departure(text, m):
        return True
    if kind == "quarter" and quarter_of_noun(text, m):
        return True
    if kind == "term" and not (m["lead"] or m["end"] or m["meets"] or closing_bracket(text, m)):
        return True  # "for the spring term": a bare term is no due point, but a later one may be
    if absence_span(text, m) or measured_span(kind, text, m):
        return True
    if _QUALIFIED_NOUN.match(text, m.end()) and m.group().rstrip()[-1:].isalpha():
        return True
    if _POSSESSIVE.match(text, m.end()) and _BODY_HEAD.search(m.group().lower()):
        return True
    if kind == "kind_only" and visit_destination(text, m):
        return True
    if kind == "kind_only" and _STANDING_FREQUENCY.match(text, m.end()):
        return (
            True  # "present to the Board at least once a year": a standing duty, no one meeting it is due at
        )
    before = max(0, m.start() - 100)
    return (
        _REASON.search(text, before, m.start()) is not None
        or _CONDITION.search(text, before, m.start()) is not None
    )


def live_match(kind: str, pattern: re.Pattern, text: str) -> re.Match | None:
    """The first match of a due pattern that is a due point (see :func:`not_a_due_point`)."""
    m = pattern.search(text)
    while m is not None and not_a_due_point(kind, text, m):
        m = pattern.search(text, m.end())
    if m is not None and kind == "bracket_month":  # "to the TAC (January) and the board (February)": the last
        for later in pattern.finditer(text, m.end()):
            m = later
    return m


_DEFERRAL = re.compile(rf"\b{_DEFERRED}\b", re.I)
_DEFERRAL_BEFORE = re.compile(rf"\b{_DEFERRED}\s+$", re.I)
# A cell of an action log that opens with a deferral, as a progress note after the task: "carried forward from the May
# meeting; now expected in July", "Deferred to the next Board".
_DEFERRAL_OPENING = re.compile(rf"\s*{_DEFERRED}\b", re.I)


def _deferral(text: str, m: re.Match) -> bool:
    """Whether a due point moves the action to another meeting ('now deferred to the February meeting'): its kind is
    the one written there, not a body the action goes to earlier in the sentence ('to Court for approval')."""
    return (
        _DEFERRAL.search(m.group()) is not None
        or _DEFERRAL_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
    )


# The body a plain meeting belongs to, written just after it: "at the first meeting| of the Board in 2024".
_OF_BODY = re.compile(
    r"\s+of\s+the\s+(?P<body>(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){0,3}"
    r"(?:Board|Committee|Council|Panel|Cabinet|Senate|Forum))\b"
)


def body_of_meeting(text: str, end: int) -> str | None:
    """The body named by 'of the <Body>' right after a plain meeting match ending at ``end``, in lower case, so
    that the kind is the body's meeting rather than 'meeting'; None when no body follows."""
    of = _OF_BODY.match(text, end)
    return of.group("body").lower() if of else None


_NEXT_CELL = re.compile(rf"{_NEXT_CELL_LEAD}\b", re.I)


# A first line that ends on a due word whose point is on the next line: "... – by" / "30/09 – carried forward".
_OPEN_DUE_WORD = re.compile(r"\s(?:by|due|before|until)\s*$", re.I)


def first_row_line(text: str) -> str:
    """The first line of an action-log row whose action text wraps onto lower-case lines ('... DCC  Feb 2025' /
    'victimisation by crime type'): the owner and due cells end that line, and the wrapped words would
    otherwise join the due cell. Also the first of two dash rows joined into one sentence, whose due cell is
    the first row's, unless the first line ends on a due word ('– by'), whose point the next line gives. The whole
    text when the row does not wrap so."""
    head, newline, rest = text.partition("\n")
    if newline and opens_dash_row(rest) and _dash_cells(head.strip()) and not _OPEN_DUE_WORD.search(head):
        # two dash rows the splitter joined: "A6 – ... – Due: 20 Sept" / "A7 – ...", "Book it — Assigned to Ann Lee —
        # Due 3 May" / "Send it — Assigned to ..."
        return head.strip()
    if not newline or not rest.lstrip()[:1].islower():
        return text
    if "\t" not in head and _SPACED_DASH.search(rest):
        return text  # a dash row whose task cell wraps ("... in their" / "first two years – September board")
    head = head.strip()
    return head if table_cells(head) else text


# The due field of a closing bracket of fields, "(Owner: Dean; by: 31 May)": read as the deadline word it labels
# (same length, so offsets hold).
_BY_FIELD = re.compile(r"(?<=;\s)by:(?=\s)")
# A closing bracket of an action's owner and due fields, the owners' initials first and the due cell after a comma, as
# minutes keyed "[A] action (owner, due date)" write them: "(MT, 14/04)", "(SD/MT, 21/04)", "(CA, April CRC)"; a line
# break may fall inside it ("(SD,\n31/03)").
_OWNER_DUE_BRACKET = re.compile(
    rf"\(\s*(?P<who>{_TAG_WHO_LIST})\s*,\s*(?P<due>[^(),;]{{1,30}}?)\s*\)\s*[.;]?\s*$"
)


def owner_due_bracket(
    text: str, meeting_date: dt.date | None, next_meeting: NextMeeting | None
) -> Due | None:
    """The due point the last field of a closing bracket of owners and due gives (:data:`_OWNER_DUE_BRACKET`), read as
    an action log's due cell ('14/04', 'April CRC'), else as a sentence ('end of April'); None when the text closes
    otherwise or the field gives no due point. The field is the action's own, so it wins over a point the task names
    ('Prepare a paper for the Investment Committee meeting on 3 May (SD, 21/04)' is due on 21 April)."""
    m = _OWNER_DUE_BRACKET.search(text) if text.rstrip().endswith((")", ").", ");")) else None
    if m is None and "[" in text:
        m = _BRACKET_TAG.search(text)  # "[ACTION – Priya – Fri]"
    if m is None and "(" in text:
        m = owner_due_tag(text) or office_due_bracket(text)  # "AP1 (PMO, 30 June): ...", "(Head of Risk, Q3)"
    if m is None or m["due"] is None or (m.re is _REF_OWNER_DUE_TAG and m["set_in"]):
        # "May AP6 (CIO, 9 June): ...": a point carried from the May meeting, its bracket the due set then
        return None
    return due_field(re.sub(r"\s+", " ", m["due"]), meeting_date, next_meeting)


# A due field that is a day and a month alone, day first: "26/4", "3/11" (in prose such a pair may be a count).
_DAY_MONTH_FIELD = re.compile(r"(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])")


def due_field(cell: str, meeting_date: dt.date | None, next_meeting: NextMeeting | None) -> Due | None:
    """The due point an action's own due field gives: read as an action log's due cell ('14/04', 'April CRC'), else as
    a sentence ('end of April'), else as the deadline it states ('Fri', '26/4': due by then, as the field's place
    says), the mention kept as written; None when the field gives no due point."""
    if _DAY_MONTH_FIELD.fullmatch(cell):
        day = parse_day(cell, meeting_date)
        return Due(mention=cell, date=day.isoformat()) if day is not None else None
    if _STAGE_POINT.fullmatch(cell):
        return Due(mention=cell)  # "Gate 3": a point in the project, not a day
    due = _table_cell_due(cell, meeting_date, next_meeting) or find_due(cell, meeting_date, next_meeting)
    if due is None and not _DUE_CELL_LEAD.match(cell):
        due = find_due(f"by {cell}", meeting_date, next_meeting)
        due = due.model_copy(update={"mention": cell}) if due is not None else None
    return due


def owner_row_due(text: str, meeting_date: dt.date | None, next_meeting: NextMeeting | None) -> Due | None:
    """The due point of the due cell of an owner-first dash row ('ACTION 12/3 – DCC – June HTA: ...'), read as a
    sentence ('carried forward, now by the April HTA'), else as an action log's due cell ('June HTA'); None when there is no such cell or it
    gives no due point. The cell is the action's own field, so it wins over a point the task names."""
    row = owner_dash_row(text)
    if row is None or row["due"] is None:
        return None
    cell = re.sub(r"\s+", " ", row["due"])
    # read as a sentence first: "by the April HTA" is no meeting's name
    return find_due(cell, meeting_date, next_meeting) or _table_cell_due(cell, meeting_date, next_meeting)


# A status closing an action line after a dash, alone ("... to the Committee – ongoing": the action runs on, with no due
# point) or with a note on what a named person is doing or waiting for ("... -- carried over; Yusuf expects an answer
# this week", "– not started, Yusuf is travelling this week"): the note tells why the action stands so, not when it is
# due. A note in other words may restate the due point ("– ongoing, revised date February meeting", "– in progress,
# now due November") and is kept.
_STATUS_NOTE = re.compile(
    r"\s(?:--?|[–—])\s+(?:(?P<status>ongoing|on-going)|(?:carried\s+(?:over|forward)|not\s+started|in\s+progress|ongoing)"
    r"\s*[;,]\s+(?-i:[A-Z][a-z]+)\s+(?:is|has|expects|awaits|hopes|says|reports)\b[^–—\n]*?)\s*\.?\s*$",
    re.I,
)


def without_status_note(text: str) -> str | None:
    """``text`` without the status note closing it (see :data:`_STATUS_NOTE`), or None when the status is 'ongoing'
    (the action runs on and has no due point)."""
    m = _STATUS_NOTE.search(text) if "-" in text or "–" in text or "—" in text else None
    if m is None:
        return text
    return None if m["status"] else text[: m.start()]


# The meeting an item is moved away from, before the one it is moved to: "to be moved |from the March meeting |to the
# April meeting", "deferred from the June Board to the July Board". The item is due at the later one.
# A closing absolute clause giving the background of an action, not its due point: "..., the consultation having been
# extended to the end of July." (to the end of its line: a tag line may follow).
_ABSOLUTE_CLAUSE = re.compile(
    r",\s+(?:the|its|their|this|that)\s+[^,;.:]{1,60}?\s+having\s+been\s+[^,;:\n]*?(?=[.;]?[ \t]*$)", re.M
)
# A relative clause saying what an earlier meeting did, which names no due point: "a breakdown, which was requested at
# the December meeting and has not been circulated; ... to the April meeting" (not "which will be considered at ...").
_PAST_MEETING_CLAUSE = re.compile(
    r"\b(?:which|that)\s+(?:was|were|had\s+been)\s+(?:first\s+)?[a-z]+ed\s+(?:at|by)\s+(?:the|its)\s+"
    rf"(?:(?:{MONTHS})\s+|last\s+|previous\s+)(?:[\w-]+\s+)?meeting\b",
    re.I,
)
_MOVED_FROM_MEETING = re.compile(
    r"\bfrom\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:meeting|committee|board)\s+(?=to\s+(?:the\s+|its\s+)?[\w-]+)",
    re.I,
)


# A condition on a decision that moves another item, whose meeting is that item's, not the action's: "the work
# programme be approved, subject to the transport item being moved to the June meeting; (2) that a review of parking be
# added for the September meeting" is due in September (to the clause's end).
_SUBJECT_TO_MOVE = re.compile(
    r"\bsubject\s+to\s+[^;:]{1,80}?\bbeing\s+(?:moved|deferred|postponed|brought\s+forward|rescheduled)\b[^;]*",
    re.I,
)


# A due date the minutes revise, which replaces the one the action was first given: "carried forward with a revised due
# date of 31 January 2024", "new target date: 14 March", "revised deadline 30 June".
_REVISED_DAY = re.compile(
    rf"\b(?:revised|new|amended)\s+(?:(?:due|target|completion)\s+date|deadline)\s*(?:of|is|:|[–—-])?\s*"
    rf"(?P<day>{_DAY_TEXT})",
    re.I,
)


# An action's status saying its due point has passed, as a row's status cell or closing note writes it: "| Open –
# overdue |", "Status: overdue", "– overdue"; not a noun's modifier ("closing the overdue reviews").
_OVERDUE_STATUS = re.compile(r"(?:[|–—:;,(]|\b(?:is|now|open|status))\s*overdue\s*(?:[|);.,–—]|$)", re.I)


# A row's note that the action has a new point ("revised 30/05", "now due June"), which is ahead of the meeting.
_NEW_POINT = re.compile(r"\b(?:revised|moved|extended|deferred|now\s+due|new\s+date)\b", re.I)
# A due point written with its year ("March 2025", "31/03/25").
_WRITTEN_YEAR = re.compile(r"\d{4}|\d[/.-]\d{1,2}[/.-]\d{2}\b")


def overdue_due(due: Due | None, text: str, meeting_date: dt.date | None) -> Due | None:
    """``due`` a year earlier when the row says the action is overdue and its point, written without a year
    ('March' in June minutes), was read as the next one: an overdue action's point is past (March just gone)."""
    if due is None or not due.date or meeting_date is None or not _OVERDUE_STATUS.search(text):
        return due
    if _NEW_POINT.search(text):
        return due  # the row gives a new point, which is ahead
    if _WRITTEN_YEAR.search(due.mention or ""):
        return due  # the year is written: keep it, however late the action is
    written = dt.date.fromisoformat(due.date if len(due.date) == 10 else f"{due.date}-01")
    if written <= meeting_date:
        return due
    earlier = written - relativedelta(years=1)
    return due.model_copy(update={"date": earlier.isoformat()[: len(due.date)]})


def revised_due_date(text: str, meeting_date: dt.date | None) -> Due | None:
    """The day a revised due date gives (:data:`_REVISED_DAY`), which wins over the due field the action was logged
    with ('Action 4 (Due: 15 December) ... revised due date of 31 January'); None when no date is revised."""
    m = _REVISED_DAY.search(text) if _ANY_DIGIT.search(text) else None
    day = parse_day(m["day"], meeting_date) if m else None
    return Due(mention=m.group().strip(), date=day.isoformat()) if m and day else None


def find_due(
    text: str,
    meeting_date: dt.date | None,
    next_meeting: NextMeeting | None,
    meeting_title: str | None = None,
    abbreviations: dict[str, str] | None = None,
    financial_quarters: bool = False,
) -> Due | None:
    """The due point of an action, normalised against the meeting date, or None.

    Patterns are tried from the most to the least specific; the first that resolves wins. A body
    named after 'to' ('to Cabinet at the next meeting') then refines a plain 'meeting' kind, as does the
    body whose own meeting is meant ('the Board ... at its October meeting'). 'The next <kind>' takes the
    next-meeting date only when it is a meeting of these minutes. A standing instruction ('at each
    meeting') is a meeting with no date when nothing else dates the action. A due field that is the action's own
    wins over a point the task names: an action-log row's due cell, the last field of a closing bracket of owners
    ('(SD/MT, 21/04)') and the due cell of an owner-first row ('ACTION 12/3 – DCC – June HTA: ...').
    """
    text = _BY_FIELD.sub("by ", text) if "by:" in text else text
    text = _MOVED_FROM_MEETING.sub("", text) if "from" in text else text
    noted = without_status_note(text)
    if noted is None:
        return None  # "... – ongoing": the action runs on
    text = noted
    moved = _SUBJECT_TO_MOVE.search(text) if "subject" in text else None
    if moved is not None:  # the action's own point, when it names one outside the condition
        own = find_due(
            text[: moved.start()] + " " * len(moved.group()) + text[moved.end() :],
            meeting_date,
            next_meeting,
            meeting_title,
            abbreviations,
            financial_quarters,
        )
        if own is not None:
            return own
    revised = revised_due_date(text, meeting_date)
    if revised is not None:
        return revised
    programme = programme_due(text, meeting_date, next_meeting)
    if programme is not None:
        return programme
    row_text = first_row_line(text)
    tabled = table_cells(row_text)
    cells = tabled or dash_due_cells(row_text, meeting_date)
    # a line closed by a dash and its due cell ("... – next LGB"): the task comes first, however short it is
    action = None if tabled else 0
    if cells and open_ended(row_text):
        return None  # "Deadline: ongoing": the row's own due field states no point
    if cells:
        row = _table_due(row_text, cells, meeting_date, next_meeting, action)
        if row is not None and row.date is None:
            # a cell in words ("autumn term meeting") reads as a sentence when that dates it
            worded = find_due(row.mention or "", meeting_date, next_meeting, meeting_title, abbreviations)
            row = worded if worded is not None and worded.date else row
        if row is not None and row.date is None and row.meeting:
            # "Summer term FGB": the next meeting of these minutes' body when it falls in that term
            season = season_meeting_date(
                row.mention or "", row.meeting, next_meeting, meeting_date, meeting_title
            )
            row = row.model_copy(update={"date": season}) if season else row
        if row is not None:
            series = _same_series(spelt_out(row.meeting, abbreviations), meeting_title)
            date = row.date if not _NEXT_CELL.match(row.mention) or series else None
            # a cell wrapped onto the next line ("September\nmeeting") is one mention
            row = row.model_copy(update={"date": date, "mention": " ".join(row.mention.split())})
            return overdue_due(row, row_text, meeting_date)
        stated = _stated_cell(row_text, cells, action)
        if stated is not None:  # "before layout start": read as a sentence, else a point with no date
            return find_due(
                stated, meeting_date, next_meeting, meeting_title, abbreviations, financial_quarters
            ) or Due(mention=stated)
    bracketed = owner_due_bracket(text, meeting_date, next_meeting) or owner_row_due(
        text, meeting_date, next_meeting
    )
    if bracketed is not None:
        return bracketed
    text = _PAST_MEETING_CLAUSE.sub(" ", _ABSOLUTE_CLAUSE.sub(" ", _ORIGIN_CLAUSE.sub(" ", text)))
    named = named_next_meeting(text, next_meeting) or next_of_own_title(text, next_meeting, meeting_title)
    if named is not None:
        return named
    text = _FUTURE_REPORTS.sub(lambda f: " " * len(f.group()), text) if "future" in text else text
    recurring = _RECURRING.search(text)
    if recurring:
        text = text[: recurring.start()] + " " * len(recurring.group()) + text[recurring.end() :]
    lasting: Due | None = None  # "the test runs until 22 September": a date, unless a due point follows
    for kind, pattern in _due_candidates(text):
        m = live_match(kind, pattern, text)
        if not m:
            continue
        due = _resolve(kind, m, text, meeting_date, next_meeting, financial_quarters)
        if due is None:
            continue
        if kind == "date" and lasting is None and _DURATION.search(text, max(0, m.start() - 30), m.start()):
            lasting = due
            m = pattern.search(text, m.end())
            due = _resolve(kind, m, text, meeting_date, next_meeting, financial_quarters) if m else None
            if due is None:
                continue
        meeting = due.meeting
        if kind == "date" and meeting:  # "to Council at its meeting on 10 July": that body's meeting
            meeting = _its_meeting(meeting, due.mention or "", text[: m.start()], meeting_title)
        if kind not in _DATE_ONLY_KINDS:
            own = _its_meeting(meeting, due.mention or "", text[: m.start()], meeting_title)
            if own == meeting and not _deferral(text, m):
                own = _body_kind(own_clause(text, m.start(), m.end()), meeting, meeting_title, m.end())
            meeting = own
        if meeting == "meeting":  # "at the first meeting| of the Board": that body's meeting
            meeting = body_of_meeting(text, m.end()) or meeting
        date = due.date
        if kind == "next_meeting" and (
            not _same_series(spelt_out(meeting, abbreviations), meeting_title)
            or _THEIR_REGULAR_MEETING.search(due.mention or "")
        ):
            date = None
        if date is None and meeting:
            date = season_meeting_date(
                due.mention or "", meeting, next_meeting, meeting_date, meeting_title
            ) or year_edge_meeting_date(due.mention or "", text, m.end())
            date = date or first_of_term_meeting_date(
                due.mention or "", text, m.end(), next_meeting, meeting_date
            )
            date = date or new_year_meeting_date(due.mention or "", text, m.end(), next_meeting, meeting_date)
            # "to the next Steerco (18/09)": the day the minutes give the meeting in brackets after it
            dated = None if date else bracket_dated_event(due.mention or "", text, m.end(), meeting_date)
            # "to attend the next rural forum on 14 July": another body's next meeting, dated after "on"
            dated = dated or (
                None if date else on_dated_event(due.mention or "", text, m.end(), meeting_date)
            )
            date = dated.date if dated else date
        return due.model_copy(update={"meeting": meeting, "date": date})
    if lasting is not None:
        return lasting
    if recurring:
        kind = _kind(recurring.group("kind"))
        return Due(
            mention=re.sub(r"\s+", " ", recurring.group()).strip(),
            date=None,
            # "to each meeting| of the Board": that body's meetings
            meeting=(body_of_meeting(text, recurring.end()) or kind) if kind == "meeting" else kind,
        )
    return None


# ---------------------------------------------------------------------------------------- origin


_ORIGIN_MONTH = re.compile(
    rf"\b(?:actions?\s+arising|carried(?:\s+forward|\s+over)?|brought\s+forward|[cb]/f|open|outstanding)\s+from\s+"
    rf"(?:the\s+)?(?P<month>{MONTHS})\b\.?(?!\s*\d)",
    re.I,
)


_FROM = re.compile(r"from", re.I)
# A leftover of an earlier meeting named with its month: "Leftover from the spring PTG in March 2023:".
_ORIGIN_LEFTOVER = re.compile(
    rf"\b(?:leftover|left\s+over)\s+from\s+(?:the\s+)?[^:;]{{0,40}}?\b(?P<month>{MONTHS})\s+(?P<year>\d{{4}})",
    re.I,
)


# An earlier meeting named by its ISO date in brackets: "(from the 2023-08-08 meeting)".
_ORIGIN_ISO = re.compile(
    r"\(\s*(?:carried\s+(?:forward|over)\s+)?from\s+(?:the\s+)?(?P<month>\d{4}-\d{2})-\d{2}\s+(?:meeting|call)\b"
)


def find_origin(text: str, meeting_date: dt.date | None = None) -> str | None:
    """'Action arising from the March 2018 meeting' -> '2018-03'. With the meeting's date, a month
    written without its year ('carried from Nov', 'open from the November meeting') is the last such
    month before the meeting."""
    if _FROM.search(text) is None:  # both patterns need "from": a cheap gate on every sentence
        return None
    m = _ORIGIN.search(text) or _ORIGIN_LEFTOVER.search(text)
    if m:
        return f"{int(m.group('year')):04d}-{month_number(m.group('month')):02d}"
    iso = _ORIGIN_ISO.search(text)
    if iso:
        return iso.group("month")
    m = _ORIGIN_MONTH.search(text) if meeting_date is not None else None
    if not m:
        return None
    month = month_number(m.group("month"))
    year = meeting_date.year if month < meeting_date.month else meeting_date.year - 1
    return f"{year:04d}-{month:02d}"


# A first-person commitment anywhere in a sentence: "..., so I'll keep trying".
_FIRST_PERSON = re.compile(r"\bI(?:['’]ll|\s+will|\s+shall|\s+can|\s+(?:am|'m|’m)\s+going\s+to)\s+[a-z]")
# A sentence whose subject is a pronoun: "She will circulate ...", "He agreed to ...".
_PRONOUN_OPENING = re.compile(
    r"^\s*(?P<pronoun>He|She)\s+(?:will|would|to|is\s+to|agreed|undertook|offered|volunteered)\b"
)
# A sentence whose subject is the speaker, with no turn to name them: "I will send the authors the questions."
_FIRST_PERSON_OPENING = re.compile(
    r"^\s*(?P<pronoun>I)(?:['’]ll|\s+will|\s+shall|\s+undertook|\s+agreed)\s+[a-z]"
)
# A line introducing a list of tasks for someone: "Checklist for the platform team:", "Actions for the Clerk:".
_LEAD_IN = re.compile(
    r"^\s*(?:[A-Z][\w-]*\s+){1,3}?(?:for|owned\s+by|assigned\s+to)\s+(?P<who>[^:;,.]{2,60}?)\s*:\s*$"
)


def lead_in_owners(text: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """The owners a list's lead-in line names ('Checklist for the platform team:'), or [] when it names
    no plausible owner ('Actions for next meeting:')."""
    m = _LEAD_IN.match(text)
    if not m:
        return []
    return owners_in_phrase(text, m.start("who"), m.end("who"), people, matcher)


def previous_subject(text: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """The one person a sentence names, as the antecedent of a 'He'/'She' opening the next sentence; []
    when it names nobody or several people."""
    named = {idx: (s, e) for s, e, idx, _ in _mentions(text, 0, len(text), matcher)}
    if len(named) != 1:
        return []
    idx, (s, e) = next(iter(named.items()))
    return [Owner(mention=text[s:e], name=people[idx].name, abbrev=people[idx].abbrev)]


# A post written out with its initials in brackets after it, closing an owner tag: "Action: Faculty Registrar| (FR)";
# the post is the owner, the bracket only says how the minutes will shorten it.
_TRAILING_INITIALS = re.compile(r"\s+\((?P<initials>(?-i:[A-Z][A-Za-z&]{1,5}))\)\s*$")


def _initials_of(post: str, initials: re.Match) -> bool:
    """Whether the bracketed capitals are the initials of the capitalised words of the post before them ('Faculty
    Registrar (FR)', 'Director of Finance (DoF)'), not an area that qualifies it ('AD (SE)')."""
    heads = _capital_initials(post)
    capitals = "".join(c for c in initials["initials"] if c.isupper())
    return len(heads) > 1 and heads.endswith(capitals)


# An office and the area it covers after a comma, as an own-line owner tag writes one post: "Action: Programme
# Leader, Paramedic Science", "Action: Head of School, Allied Health".
_OFFICE_COMMA_AREA = re.compile(rf"(?P<office>[^,]+),\s+(?P<area>{_AREA_WORDS})")


def office_and_area(written: str, people: list[Person]) -> bool:
    """Whether an owner tag's field is one office and its area after a comma (:data:`_OFFICE_COMMA_AREA`): not when
    the part after the comma holds a role word or a listed person's name, which makes it a second owner ('Dean,
    Clerk', 'Dean, Jane Smith')."""
    m = _OFFICE_COMMA_AREA.fullmatch(written)
    return (
        m is not None
        and _office(m["office"])
        and ROLE_WORDS.search(m["area"]) is None
        and find_person(m["area"], people) is None
    )


def office_and_area_owner(written: str, people: list[Person]) -> Owner:
    """The owner an office and its area (:func:`office_and_area`) names, as written; resolved to the one listed person
    whose role is written so ('Programme Director, History')."""
    holders = [p for p in people if p.role and p.role.lower() == written.lower()]
    return sole_holder_owner(written, holders)


def owners_of_tag_line(tag: str, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    """The owners an owner-tag line names ("Action: HoF/Treasurer"), resolved to the people list; a post's short form
    and its area ("Action: HoS EMS") is one post (:func:`post_and_area_owner`)."""
    span = owner_tag_span(tag)
    if span is None:
        return []
    initials = _TRAILING_INITIALS.search(tag, *span)
    span = (
        (span[0], initials.start())
        if initials and _initials_of(tag[span[0] : initials.start()], initials)
        else span
    )
    if post_and_area(tag[span[0] : span[1]]):
        return [post_and_area_owner(tag[span[0] : span[1]], people)]
    if office_and_area(tag[span[0] : span[1]], people):  # "Programme Leader, Paramedic Science": one post
        return [office_and_area_owner(tag[span[0] : span[1]], people)]
    return owners_in_phrase(tag, *span, people, matcher) or qualified_short_form(tag[span[0] : span[1]])


# A post's short form with its remit in brackets, as an owner tag writes it: "ACC (Ops)", "AD (Estates)", "DoE
# (Computer Science)", or the remit's own initials: "DoE (EES)".
_REMIT = r"(?:[A-Z][a-z]{1,11}(?:\s+(?:and\s+|&\s+)?[A-Z][a-z]{1,11}){0,2}|[A-Z]{2,5})"
_QUALIFIED_SHORT_FORM = re.compile(rf"{_TAG_WHO}\s?\({_REMIT}\)")
# Several owners listed in a tag: "DoE (Computer Science), DoE (EES)", "AD (Estates) / AD (Finance)".
_LISTED_OWNERS_SEPARATOR = re.compile(r"\s*[,/&]\s*|\s+and\s+")


def qualified_short_form(who: str) -> list[Owner]:
    """The owners an owner tag names when it is all posts' short forms, each with its bracketed remit ('Action: ACC
    (Ops)', 'ACTION: DoE (Computer Science), DoE (EES)'): the tag names only owners, so the bracket qualifies the
    post, as 'the' makes it do in a sentence (see :func:`qualified_office`); no owner unless every listed part is
    one, since a tag may hold a name or a note besides."""
    parts = _LISTED_OWNERS_SEPARATOR.split(who)
    if all(_QUALIFIED_SHORT_FORM.fullmatch(part) for part in parts):
        return [Owner(mention=part) for part in parts]
    return []


# An action sentence opening with its infinitive, the rest of an owner tag the splitter cut at a line break:
# "Action: ADG/COO" then "to update the risk register by May".
_INFINITIVE_OPENING = re.compile(r"\s*to\s+[a-z]+\b")


def context_owners(
    text: str, previous: str | None, speaker: str | None, lead_in: list[Owner], people: list[Person], matcher
) -> list[Owner]:
    """Owners of an action sentence that names none itself, read from the sentences before it in the same
    item: the speaker whose turn it continues ('kenji: ... . So I'll keep trying'), the one person named in
    the sentence before a 'She will ...', the owner tag a 'to <verb> ...' finishes ('Action: ADG/COO' / 'to update
    ...'), or the owners of a list's lead-in line."""
    if speaker and _FIRST_PERSON.search(text):
        return [_person_named(speaker, people) or Owner(mention=speaker)]
    pronoun = _PRONOUN_OPENING.match(text)
    if pronoun is not None:
        # the labelled minutes name the pronoun as written when no one sentence before says who it is
        resolved = previous_subject(previous, people, matcher) if previous is not None else []
        return resolved or [Owner(mention=pronoun.group("pronoun"))]
    first_person = _FIRST_PERSON_OPENING.match(text)
    if first_person is not None:
        # "I" is whoever speaks, not someone the sentence before names; with no turn to say who, as written
        return [Owner(mention=first_person.group("pronoun"))]
    if previous is not None and _INFINITIVE_OPENING.match(text):
        return owners_of_tag_line(previous, people, matcher) or list(lead_in)
    return list(lead_in)


# The rest of an action-log row wrapped onto the next line, opening with a cell separator: "| CD-MH | 14/03/2024".
_ROW_REST = re.compile(r"\s*\|\s*\S")
# A pipe-separated row cut after a separator: "A-24-027 | Benefits register | BL |".
_ROW_CUT = re.compile(r"\|\s*$")


def sentence_after(spans: list[SentenceSpan], k: int) -> SentenceSpan | None:
    """The sentence after ``k`` when it is in the same item; None at the end of the item or of the minutes."""
    if k + 1 >= len(spans) or spans[k + 1].item != spans[k].item:
        return None
    return spans[k + 1]


def next_in_item(spans: list[SentenceSpan], labels: list[Classified], k: int) -> SentenceSpan | None:
    """The sentence after ``k`` when it is in the same item and no action of its own: where the splitter leaves
    the cells, fields or tags that finish action ``k``; None otherwise."""
    nxt = sentence_after(spans, k)
    return nxt if nxt is not None and labels[k + 1].label != "action" else None


# The words a line cannot end a sentence on, after which the splitter cut a wrapped line off its end: "... to the
# next" then "Joint Audit Committee."; also on a month after "the", which names the meeting or day the next line
# gives: "... to the November" then "Board."
_DANGLING_END = re.compile(
    rf"\b(?:the|a|an|to|of|at|by|for|next|before|until|the\s+(?=(?-i:[A-Z]))(?:{MONTHS}))\s*$", re.I
)


def _cut_after(text: str, rest: str) -> bool:
    """Whether ``text`` stops on a word no sentence ends on and ``rest``, one short line, is what it goes on with."""
    return (
        _DANGLING_END.search(text) is not None
        and "\n" not in rest.strip()
        and len(rest.split()) <= _FIELD_VALUE_WORDS
    )


def row_continuation(spans: list[SentenceSpan], labels: list[Classified], k: int) -> str:
    """The cells of action-log row ``k`` that text extraction wrapped into the next sentence ('QSG-05 | Caseload
    cap' then '| CD-CS | 29/02/2024 | New', or 'A-27 | Register | BL |' then '16 May 2024 | Open'), joined with a
    space; '' when row ``k`` is no pipe-separated row or a Markdown one ('| A-1 | ... |', whose next line is the
    next row), or the next sentence is an action of its own, in another item, or does not go on with the row (it
    neither opens with a separator nor follows one that ends row ``k``)."""
    nxt = next_in_item(spans, labels, k)
    if nxt is None or spans[k].text.lstrip().startswith("|"):
        return ""
    rest = nxt.text
    if " | " not in spans[k].text and not _ROW_CUT.search(spans[k].text):
        ended = spans[k].text.rstrip().endswith((".", "!", "?", ";"))  # a sentence, not a cell
        return (
            " " + rest.strip()
            if not ended and (_cut_action_cell(rest) or _cut_after(spans[k].text, rest))
            else ""
        )
    if _ROW_REST.match(rest):
        return " " + rest.strip()
    if _ROW_CUT.search(spans[k].text) and (" | " in rest or _LONE_CELL.fullmatch(rest.strip())):
        return " " + rest.strip()
    return ""


# A row that ends on an empty labelled field, its value cut onto the next line: "... – Owner: DCC – Due:".
_OPEN_FIELD = re.compile(r"[–—|]\s*(?:Owner|Lead|Due)\s*:\s*$")
_FIELD_VALUE_WORDS = 8
# A row that ends inside its due field, on a day whose month was cut onto the next line: "... Owner: MK  Due: w/c 9"
# then "January"; and that month alone, perhaps with its year: "January", "March 2024".
_CUT_DUE_DAY = re.compile(rf"\s{_DUE_FIELD}\s*(?:w/c\s+|(?:by|before)\s+)?(?:[12]\d|3[01]|0?[1-9])\s*$")
_MONTH_ALONE = re.compile(rf"(?=[A-Z])(?i:{MONTHS})\.?(?:\s+\d{{4}})?\.?")


def field_continuation(spans: list[SentenceSpan], labels: list[Classified], k: int) -> str:
    """The value of the labelled field that row ``k`` ends on, cut by the splitter into the next sentence of the
    same item ('... – Due:' then 'November forum'), with a space before it; '' when row ``k`` ends otherwise, or
    the next sentence is too long to be one field's value, or is an action of its own. A value that goes on with
    the row's next labelled field ('... – Lead:' then 'CC – Due: next LCJB') is the rest of the row even when the
    classifier read it as an action (the caller then drops that action)."""
    if not any(label in spans[k].text for label in ("Due", "Owner", "Lead")):
        return ""
    if not _OPEN_FIELD.search(spans[k].text):
        return cut_due_month(spans, k)
    nxt = sentence_after(spans, k)
    if nxt is None:
        return ""
    rest = nxt.text.strip()
    if "\n" in rest or len(rest.split()) > _FIELD_VALUE_WORDS:
        return ""
    if labels[k + 1].label == "action" and _NEXT_FIELD.search(rest) is None:
        return ""
    return " " + rest


def cut_due_month(spans: list[SentenceSpan], k: int) -> str:
    """The month of the due field that row ``k`` ends on, cut onto the next line of the same item ('... Due: w/c 9'
    then 'January'), with a space before it; '' when the row ends otherwise or the next sentence is no month alone (a
    month by itself names no task, so it is taken whatever the classifier read it as)."""
    if _CUT_DUE_DAY.search(spans[k].text) is None:
        return ""
    nxt = sentence_after(spans, k)
    rest = nxt.text.strip() if nxt is not None else ""
    return " " + rest if _MONTH_ALONE.fullmatch(rest) else ""


# A spaced dash between the cells of a row: "ACTION: DMD| – |report ...".
_SPACED_DASH = re.compile(r"\s[–—]\s")
# A spaced dash opening a line: "– end of July", a row's due cell cut onto a line of its own.
_OPENING_DASH = re.compile(r"\s*[–—]\s")
# The most words a due cell cut onto a line of its own may have: "by the end of March 2025".
_DUE_CELL_WORDS = 6


def due_cell_after(spans: list[SentenceSpan], labels: list[Classified], k: int) -> str:
    """The due cell of dash row ``k`` ('ACTION: DMD – report compliance' then '– by December') that wrapped onto a line
    of its own, which the splitter left as the next sentence of the same item, read with its dash; also the due cell
    of an action line with no dash of its own when the wrapped cell brings it ('DIPC to reinstate the rounds' then
    '– end of July', which the splitter may read as a bullet and keep without its dash). '' when neither line has the dash or the next sentence is not a due point and nothing else ('by
    December', not 'The date was set by December')."""
    nxt = next_in_item(spans, labels, k)
    if nxt is None or not (_SPACED_DASH.search(spans[k].text) or nxt.bullet or _OPENING_DASH.match(nxt.text)):
        return ""
    rest = nxt.text.strip().lstrip("–—- ").rstrip(".")
    if "\n" in rest or len(rest.split()) > _DUE_CELL_WORDS:
        return ""
    due = find_due(rest, None, None)
    return f" – {rest}" if due is not None and due.mention == rest else ""


# A further labelled field of a row after a cut value: "CC| – Due: next LCJB".
_NEXT_FIELD = re.compile(rf"\s[–—|]\s*(?:{_DUE_FIELD}|Status\s*:)")


# A line of labelled fields that closes an action row the splitter cut before it: "Owner: DCC Deadline: Feb 2022",
# "Lead: HoS; Deadline: w/c 8 January", "Owner: ACC / Ch Supt Lloyd   Target: Feb HTA", or the rest of an owner field
# cut inside ("... Owner: Det Ch" then "Supt Okafor Deadline: March HTA"); in a dash-separated row the line may open
# with the dash before its owner cell ("— Owner: Ann Lee — Due: 15-Dec-17").
_FIELDS_LINE = re.compile(rf"\s*(?:[–—]\s*)?{_OWNER_FIELD}\s*[^:]{{1,60}}?\s{_DUE_FIELD}\s*\S[^:]{{0,30}}$")
_CUT_OWNER_FIELD = re.compile(rf"\s{_OWNER_FIELD}\s*(?:\S+\s){{0,3}}\S+\s*$")
_DUE_FIELD_LINE = re.compile(rf"[^:]{{0,40}}?\s{_DUE_FIELD}\s*\S[^:]{{0,30}}$")


def fields_line_after(spans: list[SentenceSpan], labels: list[Classified], k: int) -> str:
    """The labelled owner and due fields of action row ``k`` that the splitter cut into the next sentence of the
    same item ('ACTION 21/12/1 Plan for re-vetting' then 'Owner: DCC Deadline: Feb 2022'), with a space before
    them so the row reads as one labelled row; '' when the next sentence is in another item or not such a line. A
    row cut inside its owner field ('... Owner: Det Ch' then 'Supt Okafor Deadline: March HTA') takes the rest of
    the field too, and so does a row whose due field alone was cut onto the next line ('... Owner: RO' then 'Due: end
    of January'). A line of fields names no task, so it is taken even when the classifier read it as an action (the
    caller then drops that action), and so is the first line of the next sentence when the splitter joined the
    fields to the task that follows them ('Lead: HoS; Deadline: w/c 8 January' / 'Carry out a visit ...')."""
    nxt = sentence_after(spans, k)
    if nxt is None or ":" not in nxt.text:
        return ""
    rest = nxt.text.strip()
    line, newline, _ = rest.partition("\n")
    if newline:
        return " " + line if _FIELDS_LINE.match(line) else ""
    if _FIELDS_LINE.match(rest):
        return " " + rest
    if _CUT_OWNER_FIELD.search(spans[k].text) and (
        _DUE_FIELD_ALONE.fullmatch(rest) or (labels[k + 1].label != "action" and _DUE_FIELD_LINE.match(rest))
    ):
        # a due field alone on its line ("Due: end of January") names no task, whatever the classifier read it as
        return " " + rest
    return stacked_fields(spans, k)


# An owner field alone on its line, and a due field alone on the next, as a list of actions sets them under each task:
# "Responsible officer: Director of Resources" then "By: 26 February 2021", or a scrutiny report under each
# recommendation: "Owner: Head of Transport" then "Response due: March 2023 meeting of the Committee".
_OWNER_FIELD_ALONE = re.compile(rf"{_OWNER_FIELD}\s*[^:\n]{{1,60}}")
_DUE_FIELD_ALONE = re.compile(rf"{_DUE_FIELD}\s*\S[^:\n]{{0,40}}")


def stacked_fields(spans: list[SentenceSpan], k: int) -> str:
    """The owner and due fields of action ``k`` set on lines of their own under it, which the splitter left as the next
    two sentences of the same item ('Circulate the figures.' then 'Responsible officer: Director of Resources' then
    'By: 26 February 2021'), joined with spaces so that the action reads as one labelled row; '' otherwise."""
    if k + 2 >= len(spans) or not spans[k + 1].item == spans[k + 2].item == spans[k].item:
        return ""
    owner, due = spans[k + 1].text.strip(), spans[k + 2].text.strip()
    if _OWNER_FIELD_ALONE.fullmatch(owner) is None or _DUE_FIELD_ALONE.fullmatch(due) is None:
        return ""
    return f" {owner} {due}"


# An owner field alone on the line after an action, which names who owns it as an own-line "Action: <owner>" tag
# does: a scrutiny committee's request then "Officer responsible: Head of Community Safety", a medical staff
# committee's action then "Responsible: CNO". The body that made the request is not its owner.
_OWNER_LINE = re.compile(
    rf"\s*(?:{_OWNER_FIELD}|Officer\s+responsible\s*{_FIELD_MARK})\s*(?P<who>[^:\n]{{1,60}}?)\s*\.?\s*"
)


def owner_line_owners(
    spans: list[SentenceSpan], labels: list[Classified], k: int, people: list[Person], matcher: PhraseMatcher
) -> list[Owner]:
    """The owners an owner field on the line after action ``k`` names ('The Committee requested a briefing note.' then
    'Officer responsible: Head of Community Safety'), the next sentence of the same item and no action of its own;
    [] when there is no such line or its value is no owner ('Responsible officer: to be confirmed')."""
    nxt = next_in_item(spans, labels, k)
    m = _OWNER_LINE.fullmatch(nxt.text) if nxt is not None and ":" in nxt.text else None
    if m is None or not names_owners(m["who"]):
        return []
    return owners_in_phrase(nxt.text, *m.span("who"), people, matcher)


# A sentence whose subject asks for the task rather than taking it on: "The Committee requested a briefing note ...",
# "Members asked that the policy be reviewed".
_REQUEST_OPENING = re.compile(r"\s*(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:requested|asked)\b")


def requested_line_owners(
    text: str, spans: list[SentenceSpan], labels: list[Classified], k: int, people: list[Person], matcher
) -> list[Owner]:
    """The owners the owner line after action ``k`` names (:func:`owner_line_owners`) when the action names no owner
    of its own ('Circulate the figures.') or only the body that asked for it ('The Committee requested ...'); [] when
    the sentence names who does it ('The finance team to send the budget'), which the line does not overrule."""
    named = owner_line_owners(spans, labels, k, people, matcher)
    if not named or _REQUEST_OPENING.match(text) or not find_owners(text, people, matcher):
        return named
    return []


# A line break inside a cell of a pipe-separated row, where text extraction wrapped a long cell: the line after it opens
# in lower case, going on with the cell's words ("... | Circulate the recovery" / "plan to members | DoM | ..."); a
# new row opens with a separator or a reference, not a lower-case word.
_WRAPPED_CELL = re.compile(r"(?<=[^|\s])[ \t]*\n[ \t]*(?=[a-z][^|\n]*\|)")


def unwrapped_row(text: str) -> str:
    """Action-log row ``text`` with the line breaks that text extraction put inside its cells read as spaces, so that
    its owner and due cells are read as those of a one-line row; the text as it is when it is no row or has no such
    break."""
    return _WRAPPED_CELL.sub(" ", text) if "|" in text and "\n" in text else text


# An org-mode planning stamp: "DEADLINE: <2021-11-30 Tue>", "SCHEDULED: <2021-11-19 Fri>". The day it stamps is the
# task's due point.
_STAMP_TEXT = r"(?:DEADLINE|SCHEDULED)\s*:\s*<\d{4}-\d{2}-\d{2}(?:\s[^<>]{0,20})?>"
_PLANNING_STAMP = re.compile(
    r"(?P<kind>DEADLINE|SCHEDULED)\s*:\s*<(?P<day>\d{4}-\d{2}-\d{2})(?:\s[^<>]{0,20})?>"
)
# a planning line under a TODO heading, the next sentence after the task: one stamp and nothing else
_PLANNING_LINE = re.compile(rf"\s*{_PLANNING_STAMP.pattern}\s*$")
# the last line the splitter kept with its TODO heading: stamps and nothing else ("SCHEDULED: <...> DEADLINE: <...>")
_PLANNING_STAMPS_LINE = re.compile(rf"\s*{_STAMP_TEXT}(?:\s+{_STAMP_TEXT})*\s*")


def _real_day(day: str) -> str | None:
    """The ISO day a stamp gives, or None when it is no real calendar day ('2021-02-30')."""
    try:
        return dt.date.fromisoformat(day).isoformat()
    except ValueError:
        return None


def stamped_due(text: str) -> Due | None:
    """The due point a planning line at the end of an action's own text stamps ('TODO @ana: send the draft' /
    'DEADLINE: <2021-11-30 Tue>'): the deadline when the line gives one, else the scheduled day; None when the
    text does not end in such a line or its day is not a real one. Cheap gate: a '<' in the text."""
    if "<" not in text:
        return None
    head, newline, last = text.rstrip().rpartition("\n")
    if not newline or not head.strip() or _PLANNING_STAMPS_LINE.fullmatch(last) is None:
        return None
    stamps = list(_PLANNING_STAMP.finditer(last))
    stamp = next((m for m in stamps if m["kind"] == "DEADLINE"), stamps[0])
    day = _real_day(stamp["day"])
    return Due(mention=stamp.group(), date=day) if day else None


def planning_due(spans: list[SentenceSpan], labels: list[Classified], k: int) -> Due | None:
    """The due point an org-mode planning line stamps on task ``k`` (the last line of the task's own text, or the
    next sentence of the same item, no action of its own), taken over any date the task's text names ('move the
    branch cut to 26 November' scheduled for the 22nd is due on the 22nd); None when there is no such line or its
    date is not a real day."""
    own = stamped_due(spans[k].text)
    if own is not None:
        return own
    nxt = next_in_item(spans, labels, k)
    if nxt is None or "<" not in nxt.text:
        return None
    m = _PLANNING_LINE.match(nxt.text)
    day = _real_day(m.group("day")) if m else None
    return Due(mention=nxt.text.strip(), date=day) if day else None


# The cells of a row fragment: separated by TABs or pipes, with any outer pipes of a Markdown row.
_FRAGMENT_CELLS = re.compile(r"\s*[|\t]\s*")
# The first cell of a fragment that goes on with the row's last cell, cut by the splitter: 'Management'.
_CUT_CELL = re.compile(r"[A-Za-z0-9][\w/&-]*(?: [A-Za-z0-9][\w/&-]*){0,2}")


# A due cell is short: a longer cell that ends with a body's name is a task ("Writing action plan to the Teaching and
# Learning Committee").
_TAIL_CELL_WORDS = 6


def tail_cell(cell: str) -> bool:
    """Whether one action-log cell is of the kind that follows the action text: an owner ('EC', 'Owner PMO',
    '@okafor'), a status ('Open'), a placeholder ('TBC') or a due point ('Due 19/02/2025', 'Next PSC', 'end of Q3')."""
    if not cell or status_cell(cell) or cell.lower() in PLACEHOLDER_CELLS:
        return True
    if _owner_cell(cell, (0, len(cell))) is not None:
        return True
    due = without_status_due(cell)
    if not due or len(due.split()) > _TAIL_CELL_WORDS:
        return False
    return _table_cell_due(due, None, None) is not None or _STATED_CELL.match(due) is not None


def row_fragment(spans: list[SentenceSpan], k: int) -> str:
    """The owner, due and status cells of row ``k`` that the splitter cut into the next sentence of the same item
    ('A-113 | Set up a check-in' then '| Owner PMO | Due 19/02/2025 | Open'; an action line then 'EC<TAB>Next PSC'; a
    cut due cell '... | Benefits Lead | 31' then 'May 2024 | Open'), joined to the row so that its cells read as
    one; '' when the next sentence holds anything else. Row ``k`` must itself be a row (pipes) unless the fragment
    is TAB-separated, as rows laid out with TABs put the action text on a line of its own."""
    nxt = sentence_after(spans, k)
    if nxt is None:
        return ""
    head, rest = spans[k].text.rstrip(), nxt.text.strip()
    tabbed = "\t" in rest
    if not (tabbed or "|" in rest) or (not tabbed and "|" not in head):
        return ""
    cells = [c for c in _FRAGMENT_CELLS.split(rest) if c]
    if not cells or len(cells) > 4:
        return ""
    cut = not head.endswith(("|", ".")) and not rest.startswith("|") and not tabbed and len(cells) > 1
    if cut and not _CUT_CELL.fullmatch(cells[0]):
        return ""
    head_cells = len([c for c in _FRAGMENT_CELLS.split(head) if c])
    if cut and len(cells) >= head_cells:
        return ""  # "Prevent duty module | All governors | Half term" after a whole row: a row of its own
    if tabbed and len(cells) >= head_cells >= 3:
        return ""  # "17/04<TAB>Summer fete debrief<TAB>ACC<TAB>May" after a whole TAB row: the log's next row
    if not all(tail_cell(c) for c in cells[1 if cut else 0 :]):
        return ""
    if tabbed:
        return "\t" + "\t".join(cells)
    return " " + rest


_STACKED_CELL_WORDS = 4
_STACKED_SPANS = 2


def _due_line(line: str) -> bool:
    """Whether one stacked line reads as a due cell: a cell kind ('Next SG', '31/05/22', 'Before go-live') or a
    due point in words ('w/c 16 May')."""
    return (tail_cell(line) and _owner_cell(line, (0, len(line))) is None) or find_due(
        line, None, None
    ) is not None


def stacked_cells(spans: list[SentenceSpan], labels: list[Classified], k: int) -> str:
    """The owner and due cells of an action log laid out down the page, one cell a line, that the splitter left
    as the next sentences of the same item ('Cutover plan to be updated.' then 'PMO' then '31/05/22', or 'SQ/TB\\nw/c
    16 May'), or of a log row wrapped onto the next line, which lost its TABs ('05/20-03 Analysis of FPNs' then 'DCC
    22.09.20'), joined to action ``k`` with TABs so that they read as the row's cells; '' unless the next lines are
    exactly an owner cell and a due cell, none of them in an action of its own, and action ``k`` is no row."""
    if "\t" in spans[k].text or " | " in spans[k].text:
        return ""
    nxt = next_in_item(spans, labels, k)
    pair = nxt.text.strip().split(None, 1) if nxt is not None and "\n" not in nxt.text.strip() else []
    if len(pair) == 2 and initials_and_day(*pair):  # both cells on one line: "DCC 22.09.20"
        return "\t" + "\t".join(pair)
    lines: list[str] = []
    for after in range(k + 1, min(k + 1 + _STACKED_SPANS, len(spans))):
        if spans[after].item != spans[k].item or labels[after].label == "action":
            return ""
        lines += [line.strip() for line in spans[after].text.split("\n") if line.strip()]
        if len(lines) >= 2:
            break
    if len(lines) != 2 or not owner_and_due(*lines):
        return ""
    return "\t" + "\t".join(lines)


def initials_and_day(owner: str, due: str) -> bool:
    """Whether a short line split at its first space is an owner cell in initials (two capitals at least) and a due
    cell that dates the action ('DCC 22.09.20', 'CFO/DFR 30 Sept 2020'): the only reading of a line with no TABs as two
    cells ('Date and time of next meeting' is a heading)."""
    if re.fullmatch(_TAG_WHO_LIST, owner) is None:
        return False
    due_point = _table_cell_due(due, None, None)
    return due_point is not None and due_point.date is not None


def owner_and_due(owner: str, due: str) -> bool:
    """Whether two short lines are an action log's owner cell ('PMO', 'SQ/TB') and due cell ('31/05/22', 'w/c 16
    May'), four words each at most."""
    if len(owner.split()) > _STACKED_CELL_WORDS or len(due.split()) > _STACKED_CELL_WORDS:
        return False
    return _owner_cell(owner, (0, len(owner))) is not None and not status_cell(owner) and _due_line(due)


# The last cell of a row, alone on the next line: '2024-07-19', 'next meeting', '31 May'.
_LONE_CELL = re.compile(r"[\w/-]+(?: [\w/-]+){0,2}")


def _cut_action_cell(rest: str) -> bool:
    """Whether ``rest`` is the other cells of a row whose action cell the splitter cut off on its own ('Confirm
    the patch date' then '| Aisling Mulcahy | 2024-07-23'): it opens with a separator and holds another, and is no
    Markdown row (which also ends with one)."""
    rest = rest.strip()
    return rest.startswith("| ") and " | " in rest[2:] and not rest.endswith("|")


# An owner tag in brackets that the sentence splitter cut off the sentence it closes: "... for the winter test.
# (Action: AL)", also as the first of a bracket of fields: "... complete the survey. (Owner: HoS; by: 22 March)", or
# with its due cell after a dash: "[Action: JS/KL – Sept]".
_BRACKET_TAG = re.compile(
    r"\s*(?:\(|\[)\s*(?:actions?|owners?)\s*[:\-–]\s*(?P<who>[^()\[\];]{1,40}?)"
    r"(?:\s+[–—]\s+(?P<due>[^()\[\];–—]{1,30}?))?\s*(?:;[^()\[\]]*)?[)\]]\s*\.?\s*$",
    re.I,
)


# Owners in bare brackets closing a labelled action, cut off into a sentence of their own: "ACTION 1: Circulate
# the forecast." then "(SBM)", "(SBM/HT)", "(Clerk)".
_BARE_BRACKET_TAG = re.compile(
    r"\s*\((?P<who>[A-Z][\w&.-]{0,15}(?:\s*[/,&]\s*[A-Z][\w&.-]{0,15}){0,3})\)\s*\.?\s*$"
)
# A task in the passive, which names no one to do it: "The draft to be circulated ...". Initials in brackets cut off
# after it are its owners ("(JP)", "(DoF/CFO)"); after an imperative ("Book the hall.") they may be anything.
_PASSIVE_TASK = re.compile(rf"\bto{_BE_PARTICIPLE.pattern}")
# A titled name is as plain an owner there: "... by 16 April." then "(Ch Supt Rowe)".
_INITIALS_BRACKET = re.compile(
    rf"\s*\((?P<who>{_TAG_WHO_LIST}(?:{_TAG_QUALIFIER})?|{_TITLED_PERSON})\)\s*\.?\s*$"
)
_ACTION_LABEL_OPENING = re.compile(r"\s*(?:ACTION|Action)\b")


def bracket_tag_after(spans: list[SentenceSpan], k: int) -> str | None:
    """The owners named by a bracketed tag that forms the next sentence of the same item ('(Action: AL)', '[Action:
    Supt Drennan]'; not '[Action: none]'), or, after a sentence opening with an action label ('ACTION 1: ...'), by
    bare brackets ('(SBM/HT)'), or, after a passive task ('... to be circulated.'), by initials alone in brackets
    ('(JP)'), or, after any task, by initials and a due cell in brackets ('(OB, 17/03)'); else None."""
    nxt = sentence_after(spans, k)
    if nxt is None or not re.search(r"[(\[]", nxt.text):
        return None
    m = _BRACKET_TAG.match(nxt.text)
    if m and m.group("who").split()[0].lower() in PLACEHOLDER_CELLS:
        return None  # "[Action: none – for information]"
    if m is None and _ACTION_LABEL_OPENING.match(spans[k].text):
        m = _BARE_BRACKET_TAG.match(nxt.text)
    if m is None and _PASSIVE_TASK.search(spans[k].text):
        m = _INITIALS_BRACKET.match(nxt.text)  # "... to be circulated by the next Board." then "(JP)"
    if m is None:  # "[A] Circulate the burn-down until SIT exit" then "(OB, 17/03)": initials and a due cell
        m = _OWNER_DUE_BRACKET.match(nxt.text.strip())
        m = m if m and due_cell(re.sub(r"\s+", " ", m["due"])) else None
    return m.group("who") if m else None


# A bracket that holds only the due field of the task before it, cut off by the splitter: "(due: 2024-05-09)", "(by:
# Friday)".
_DUE_BRACKET = re.compile(r"\s*\(\s*(?:due|by|deadline|target|eta)\b[^()]{1,40}\)\s*\.?\s*$", re.I)


def bracket_tag_due(
    spans: list[SentenceSpan], k: int, meeting_date: dt.date | None, next_meeting: NextMeeting | None
) -> Due | None:
    """The due point of a bracket of fields cut off into the next sentence ('(Owner: HoS; by: 22 March)', see
    :func:`bracket_tag_after`) or of a bracket that holds the due field alone ('(due: 2024-05-09)'), or None when
    there is no such bracket or it gives no due point."""
    nxt = sentence_after(spans, k)
    if nxt is None:
        return None
    if bracket_tag_after(spans, k) is None and _DUE_BRACKET.match(nxt.text) is None:
        return None
    return find_due(nxt.text, meeting_date, next_meeting)


def bracket_cell_due(
    spans: list[SentenceSpan], k: int, meeting_date: dt.date | None, next_meeting: NextMeeting | None
) -> Due | None:
    """The due point in the dash cell of a bracketed tag cut off into the next sentence ('[Action: JS – Sept]'), read as
    a sentence, else as an action log's due cell; None when there is no such cell. It is the action's own field, so the
    caller lets it win over a point the task names (:func:`tagged_due`)."""
    if bracket_tag_after(spans, k) is None:
        return None
    m = _BRACKET_TAG.match(spans[k + 1].text)
    if m is None or m["due"] is None:
        return None
    cell = m["due"].strip()
    if _MONTH_WORD.fullmatch(cell.lower()):
        # a bare month in a due cell is its next occurrence: "[Action: CE – July]"
        return Due(mention=cell, date=_next_month(month_number(cell), meeting_date))
    return find_due(cell, meeting_date, next_meeting) or _table_cell_due(cell, meeting_date, next_meeting)


# A bracket that holds only a day, cut off by the splitter from the event it dates on the line before: "(4 July)."
_DAY_BRACKET_LINE = re.compile(rf"\s*\((?P<day>{_DAY_TEXT})\)\s*[.;]?\s*$", re.I)


def cut_bracket_day_due(
    due: Due | None, spans: list[SentenceSpan], k: int, meeting_date: dt.date | None
) -> Due | None:
    """``due`` dated on the day in a bracket that the splitter cut off into the next sentence, when the undated event
    closes action ``k`` ('before go-live' / '(4 July).': the minutes date the event right after it, as
    :func:`bracket_dated_event` reads it on one line); ``due`` as it is otherwise."""
    if due is None or due.date is not None or not due.mention:
        return due
    if not spans[k].text.rstrip(" .;").endswith(due.mention):
        return due
    nxt = sentence_after(spans, k)
    bracket = _DAY_BRACKET_LINE.match(nxt.text) if nxt is not None else None
    day = parse_day(bracket["day"], meeting_date) if bracket else None
    return due.model_copy(update={"date": day.isoformat()}) if day else due


def bracket_owners(
    spans: list[SentenceSpan], k: int, people: list[Person], matcher: PhraseMatcher
) -> list[Owner]:
    """Owners from a bracketed tag cut off into the next sentence (see :func:`bracket_tag_after`); [] if none."""
    who = bracket_tag_after(spans, k)
    return owners_in_phrase(who, 0, len(who), people, matcher) if who else []


_COLUMN_CELL_WORDS = 4
# An owner column needs this many actions closed by a lone owner cell before a lone name reads as one.
_COLUMN_ROWS = 2


def column_owner_after(
    spans: list[SentenceSpan], labels: list[Classified], k: int, people: list[Person], matcher: PhraseMatcher
) -> list[Owner]:
    """The owners in the cell of a right-hand owner column that text extraction flattened onto the last line of
    action ``k``'s paragraph ('... in November.            Programme Leader'), left by the splitter as the
    next sentence of the same item: a finished sentence, then a short cell with no punctuation, no label and no
    action of its own, shaped like an owner cell ('FOM', 'JS/AB', 'Programme Leader'); [] otherwise."""
    nxt = next_in_item(spans, labels, k)
    if nxt is None or not spans[k].text.rstrip().endswith((".", "?", "!")):
        return []
    cell = nxt.text.strip()
    if not cell or "\n" in cell or len(cell.split()) > _COLUMN_CELL_WORDS or not cell[-1].isalnum():
        return []
    if ":" in cell or _owner_cell(cell, (0, len(cell))) is None:  # a labelled line ('Lead: ADR') is a tag
        return []
    return owners_in_phrase(cell, 0, len(cell), people, matcher)


def _vouched_cell(owners: list[Owner]) -> bool:
    """Whether a column cell's owners are all listed people, which shows the lone lines form an owner column."""
    return bool(owners) and all(o.name for o in owners)


def column_owners(
    spans: list[SentenceSpan], labels: list[Classified], people: list[Person], matcher: PhraseMatcher
) -> dict[int, list[Owner]]:
    """The owners of each action closed by an owner-column cell (see :func:`column_owner_after`), by index;
    empty unless at least two of those cells name only listed people, as a column is a layout that repeats,
    while a lone line after an action is as likely a heading ('Breakout Rollup') or the next speaker."""
    cells = {}
    for k, label in enumerate(labels):
        if label.label == "action":
            owners = column_owner_after(spans, labels, k, people, matcher)
            if owners:
                cells[k] = owners
    return cells if sum(_vouched_cell(o) for o in cells.values()) >= _COLUMN_ROWS else {}


# The opening of an owner-tag line: "ACTION:", "Owner -", "Action by:".
_TAG_OPENING = re.compile(r"\s*(?:actions?|action\s+by|owners?)\s*[:\-–—]", re.I)


# A labelled due field closing a tag line after a dash: "Action: FGM| — Due: Week 10, Semester 1".
_DASHED_DUE_FIELD = re.compile(rf"\s[–—]\s+{_DUE_FIELD}[^–—\n]*$")

# A due point closing a tag line, after a comma or straight after the owner (a dash cell is read as one, see
# :func:`dash_due_cells`): "Action: Dean|, by 15 December 2023",
# "Action: ADE|, by the February meeting", "Action: HT| by 17 October", "Action: Clerk| within two weeks".
_CLOSING_DUE = re.compile(r"(?:\s*,\s*|(?<=\w)\s+)(?:by|before|due|within)\s[^,;()\n]{1,40}$", re.I)
# A bracket after a post that says which of its holders act, not who else: "Action: DoT (all Schools)" is every
# Director of Teaching, "Owner: Head of Year (each year group)" every Head of Year.
_SCOPE_BRACKET = re.compile(r"\s*\(\s*(?:all|each|every|both)\s[^()]{1,40}\)\s*\.?\s*$", re.I)


def tag_without_due(text: str) -> str:
    """An owner-tag line without the due point that closes it, in a cell after a dash ('ACTION: ADN – October 2024'
    -> 'ACTION: ADN', 'ACTION: JT/RM – next meeting') or in brackets ('Action: DoE (by June)' -> 'Action: DoE') or after a comma ('Action: Dean, by 15 December' ->
    'Action: Dean'), so that it reads as the tag it is (:func:`owner_tag_span`), or in a labelled field after a dash ('Action: FGM — Due:
    Week 10' -> 'Action: FGM'); the text as it is when it is no such line."""
    if not _TAG_OPENING.match(text):
        return text
    scoped = _SCOPE_BRACKET.search(text) if "(" in text else None
    if scoped is not None and owner_tag_span(text[: scoped.start()]) is not None:
        return text[: scoped.start()]  # the post's holders the bracket scopes ("Action: DoT (all Schools)")
    bracket = _DUE_BRACKET.search(text) if "(" in text else _CLOSING_DUE.search(text)
    if bracket is not None:
        bare = text[: bracket.start()]
    elif "–" in text or "—" in text:
        field = _DASHED_DUE_FIELD.search(text)  # "Action: FGM — Due: Week 10, Semester 1"
        cells = None if field else dash_due_cells(text, None)
        bare = text[: field.start()] if field else text[: cells[0][1]] if cells else text
    else:
        return text
    return bare if owner_tag_span(bare) is not None else text


def closing_tags(spans: list[SentenceSpan], labels: list[Classified]) -> dict[int, int]:
    """Each sentence closed by an owner-tag line, the next sentence of the same item (see :func:`owner_tag_lines`),
    mapped to that line's index; a tag line that also gives the due point after a dash ('ACTION: ADN – October 2024')
    closes the sentence before it as the bare tag ('ACTION: ADN') does, and so does one that gives it in brackets
    ('Action: DoE (by June)', which the splitter may cut off the sentence it ends) or after a comma ('Action: Dean, by
    15 December'), unless that line is an action of its own (a line under a decision naming who and by when is one in
    the labelled minutes)."""
    own_action = [
        label.label == "action" and bool(_DUE_BRACKET.search(span.text) or _CLOSING_DUE.search(span.text))
        for span, label in zip(spans, labels, strict=True)
    ]
    bare = [
        span.text if own else tag_without_due(span.text) for span, own in zip(spans, own_action, strict=True)
    ]
    read = [s if b == s.text else s.model_copy(update={"text": b}) for s, b in zip(spans, bare, strict=True)]
    return {
        closed: tag
        for tag, closed in owner_tag_lines(read).items()
        if closed is not None and not own_action[tag]  # the splitter's tag reading takes a bracketed due too
    }


# An owner tag closing the sentence's own text, which the splitter left joined to it: "... before it is shared with the
# CQC. ACTION: Director of Nursing and Quality – September 2024".
_OWN_CLOSING_TAG = re.compile(r"(?<=[.!?])\s+(?=(?:ACTION|Action|Owner)s?\s*[:\-–—]\s*[^.!?:\n]{1,80}$)")


def closing_tag_of(text: str, spans: list[SentenceSpan], closing_tag: dict[int, int], k: int) -> str | None:
    """The owner tag that closes action ``k``: the tag ending its own text ('... the CQC. ACTION: MD – next meeting'),
    else the tag line after it (:func:`closing_tags`) with any rest the splitter cut off it, or the tag line opening
    the next sentence (:func:`joined_tag_line`); None when nothing closes it so."""
    low = text.lower()
    own = _OWN_CLOSING_TAG.search(text) if "action" in low or "owner" in low else None
    if own is not None and owner_tag_span(tag_without_due(text[own.end() :])) is not None:
        return text[own.end() :]
    return tag_with_rest(spans, closing_tag[k]) if k in closing_tag else joined_tag_line(spans, k)


def joined_tag_line(spans: list[SentenceSpan], k: int) -> str | None:
    """The owner-tag line that opens the next sentence of the same item, which the splitter joined to the sentence
    after it ('ACTION: CB – April 2025' / 'The Committee agreed that ...'): it closes sentence ``k``; None when the
    next sentence opens otherwise."""
    nxt = sentence_after(spans, k)
    if nxt is None or "\n" not in nxt.text:
        return None
    line = nxt.text.strip().partition("\n")[0].strip()
    return line if _TAG_OPENING.match(line) and owner_tag_span(tag_without_due(line)) is not None else None


# A tag line cut after a joiner, its last owner left on the next line: "Action: HoS /" then "SM (by June)".
_OPEN_JOINER = re.compile(r"\s(?:/|&|and)\s*$|,\s*$")


def tag_with_rest(spans: list[SentenceSpan], t: int) -> str:
    """Tag line ``t``, with the next sentence of the same item joined on when the tag ends on a joiner and the two read
    as one tag ('Action: HoS /' and 'SM (by June)'); the tag line as it is otherwise."""
    tag = spans[t].text.rstrip()
    nxt = sentence_after(spans, t)
    if nxt is None or not _OPEN_JOINER.search(tag):
        return tag
    joined = f"{tag} {nxt.text.strip()}"
    return joined if owner_tag_span(tag_without_due(joined)) is not None else tag


def tag_due(
    tag: str | None,
    meeting_date: dt.date | None,
    next_meeting: NextMeeting | None,
    meeting_title: str | None,
    abbreviations: dict[str, str] | None,
    financial_quarters: bool = False,
) -> Due | None:
    """The due point a closing owner tag gives after a dash ('ACTION: ADN – October 2024') or in brackets ('Action: DoE
    (by June)', see :func:`tag_without_due`), which wins over a point the sentence names on its way ('... brought back
    to the Committee.'); None for a bare tag or no tag. A quarter ('– Q2') is the financial year's in a document
    that counts financial quarters, as the sentence's own due point is."""
    if tag is None or tag_without_due(tag) == tag:
        return None
    return find_due(tag, meeting_date, next_meeting, meeting_title, abbreviations, financial_quarters)


# A numbered half term's dates as the minutes state them: "Spring 1 runs from 3 January to 9 February 2024", "Summer 2:
# 3 June – 19 July".
_HALF_TERM_DATES = re.compile(
    rf"{_HALF_TERM_NAME.pattern}\s*(?::|\s(?:runs\s+|will\s+run\s+|is\s+)?from)\s*(?P<start>{_DAY_TEXT})\s*"
    rf"(?:to|until|till|[–—-])\s*(?P<end>{_DAY_TEXT})",
    re.I,
)


def stated_half_terms(spans: list[SentenceSpan], meeting_date: dt.date | None) -> dict[str, tuple[str, str]]:
    """The first and last day of each numbered half term whose dates the minutes state ('Spring 2 from 19 February to
    28 March' -> {'spring 2': ('2024-02-19', '2024-03-28')}), so that 'Deadline: Spring 2' is that last day, and 'by
    Spring 2' that first day, not a month such a half term usually starts or ends in."""
    days: dict[str, tuple[str, str]] = {}
    for span in spans:
        if "from" not in span.text and ":" not in span.text:
            continue
        for m in _HALF_TERM_DATES.finditer(span.text):
            start, end = parse_day(m["start"], meeting_date), parse_day(m["end"], meeting_date)
            if start is not None and end is not None:
                days[f"{m['term'].lower()} {m['half']}"] = (start.isoformat(), end.isoformat())
    return days


# A deadline word before a half term, which makes it due when the half term starts: "by| Summer 2".
_BY_HALF_TERM = re.compile(r"(?:by|before|until)\s+(?!(?:the\s+)?end\b)", re.I)


def on_stated_day(due: Due | None, half_terms: dict[str, tuple[str, str]]) -> Due | None:
    """``due`` dated on a day the minutes give its half term: the last ('Deadline: Spring 2', 'by the end of Spring 2'),
    or the first for a deadline word ('by Summer 2'); ``due`` as it is otherwise."""
    if due is None or not half_terms or not due.mention:
        return due
    m = _HALF_TERM_NAME.search(due.mention)
    days = half_terms.get(f"{m['term'].lower()} {m['half']}") if m else None
    if days is None:
        return due
    return due.model_copy(update={"date": days[0] if _BY_HALF_TERM.match(due.mention) else days[1]})


# A meeting of a numbered series, dated where the minutes name it: "SteerCo 3 – Tuesday 04/03/2025", "PSC 12 (4 March
# 2025)", "SteerCo 3 will be held on 4 March", "The next meeting (PB 13) will be held on 18 January"; and the same
# meeting named as a due point: "before SteerCo 3", "ETA: to PSC 12", an action row's "Due: PB 13".
_MEETING_NUMBER = r"(?P<name>(?-i:[A-Z][\w-]*))\s(?P<number>\d{1,3})"
# The words that give a meeting its day: "will be held on", "will take place on", "will be on", "is on", "on".
_HELD_ON = r"\s(?:will\s+be\s+held\s+|will\s+take\s+place\s+|takes\s+place\s+|will\s+be\s+|is\s+)?on\b"
_DATED_NUMBERED_MEETING = re.compile(
    rf"{_MEETING_NUMBER}\)?\s*(?:[–—:(-]|{_HELD_ON})\s*"
    rf"(?P<day>{_DAY_TEXT})",
    re.I,
)
_NUMBERED_MEETING = re.compile(
    rf"\b(?:before|by|to|at|for|until|till|ahead\s+of|eta\s*:?|due\s*:)\s+(?:the\s+)?{_MEETING_NUMBER}\b(?![/.:]\d)",
    re.I,
)


def dated_numbered_meetings(
    spans: list[SentenceSpan], meeting_date: dt.date | None, meeting_title: str | None
) -> dict[str, str]:
    """The day of each numbered meeting of these minutes' own series that the minutes date ('SteerCo 3 – Tuesday
    04/03/2025' in minutes of a Steering Committee -> {'steerco 3': '2025-03-04'}); another series' numbered
    meetings ('Wave 2', 'IETF 119') are left out."""
    days: dict[str, str] = {}
    for span in spans:
        if not _ANY_DIGIT.search(span.text):
            continue
        for m in _DATED_NUMBERED_MEETING.finditer(span.text):
            kind = _kind(m["name"])
            day = parse_day(m["day"], meeting_date)
            if day is not None and _same_series(kind, meeting_title):
                days[f"{kind} {int(m['number'])}"] = day.isoformat()
    return days


def numbered_meeting_due(text: str, meetings: dict[str, str]) -> Due | None:
    """The due point an action names as a numbered meeting the minutes date ('before SteerCo 3'): that meeting's day,
    its kind the series' name; None when it names none of them."""
    if not meetings:
        return None
    for m in _NUMBERED_MEETING.finditer(text):
        kind = _kind(m["name"])
        day = meetings.get(f"{kind} {int(m['number'])}")
        if day is not None:
            # a row's due field is read without its label, as its other due cells are ("Due: PB 13" -> "PB 13")
            return Due(mention=_DUE_LABEL.sub("", m.group()).strip(), date=day, meeting=kind)
    return None


# A pre-release the minutes date: "3.2.0 final moves to 15 June, with RC1 on 1 June", "beta 2 is on 3 May", and the
# feature freeze before one, perhaps with its version or a note in brackets: "feature freeze for 3.3 on 2025-08-14",
# "feature freeze (beta 1) on 6 May 2025", or the release branch cut or code freeze, perhaps moved to its day ("the 4.0
# branch cut to Monday 2023-11-06"); and the same event named as a due point: "before RC1", "before the 2.14 feature
# freeze", "before the 4.0 branch cut". A release manager's word for the plan may come before the day: "rc1 is tagged
# for 2025-04-15", "beta 2 is scheduled for 3 May". A pre-release written with its version and number ("2.0.0-beta.1 on
# 2021-05-18") also dates the one named without a number ("before the 2.0 beta"), when it is the only one of its kind
# the minutes date.
_PRERELEASE = r"(?:rc|beta|alpha)(?:[\s.]?\d{1,2}\b)?|(?:feature|code)\s+freeze|branch\s+cut"
_VERSION = r"v?\d+(?:\.\d+)+"
_DATED_PRERELEASE = re.compile(
    rf"\b(?P<event>{_PRERELEASE})(?:\s+\([^()\n]{{1,20}}\)|\s+for\s+{_VERSION})?\s+"
    rf"(?:(?:(?:is|will\s+be)\s+)?(?:(?:tagged|scheduled|planned|due|set)\s+)?(?:on|for)|(?:(?:is\s+|was\s+|will\s+be\s+)?moved\s+|moves\s+)?to)\s+(?P<day>{_DAY_TEXT})",
    re.I,
)
_BEFORE_PRERELEASE = re.compile(
    rf"\b(?:before|by|until)\s+(?:the\s+)?(?:{_VERSION}[\s-])?(?P<event>{_PRERELEASE})\b", re.I
)


# A closing date the minutes give for a consultation or the like, and the same closing named as a due point: "The
# consultation opened on 16 September and closes on 31 October 2024" / "before the consultation closes".
_WINDOW = r"consultation|survey|ballot|nominations|applications"
_DATED_CLOSING = re.compile(
    rf"\b(?P<event>{_WINDOW})\b[^.;:\n]{{0,100}}?\b(?:closes|will\s+close|is\s+due\s+to\s+close)\s+on\s+"
    rf"(?P<day>{_DAY_TEXT})",
    re.I,
)
_BEFORE_CLOSING = re.compile(
    rf"\b(?:before|by)\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<event>{_WINDOW})\s+closes\b", re.I
)


def _release_key(event: str) -> str:
    """A pre-release's name as a key: 'RC1', 'rc 1', 'rc.1' -> 'rc1'."""
    return re.sub(r"[\s.]+", "", event.lower())


def dated_prereleases(spans: list[SentenceSpan], meeting_date: dt.date | None) -> dict[str, str]:
    """The day of each pre-release the minutes date ('with RC1 on 1 June' -> {'rc1': '2021-06-01'}), so that a task
    due 'before RC1' is due that day; a kind the minutes date once is also keyed without its number ('beta'), and a
    closing they date under its window's name and 'closes' ('consultation closes')."""
    days: dict[str, str] = {}
    kinds: dict[str, set[str]] = {}
    for span in spans:
        digits = _ANY_DIGIT.search(span.text) is not None
        for m in _DATED_PRERELEASE.finditer(span.text) if digits else ():
            day = parse_day(m["day"], meeting_date)
            if day is not None:
                days[_release_key(m["event"])] = day.isoformat()
                kinds.setdefault(re.sub(r"\d+$", "", _release_key(m["event"])), set()).add(day.isoformat())
        for m in _DATED_CLOSING.finditer(span.text) if digits else ():
            day = parse_day(m["day"], meeting_date)
            if day is not None:
                days[f"{m['event'].lower()} closes"] = day.isoformat()
    for kind, dated in kinds.items():
        if len(dated) == 1:
            days.setdefault(kind, dated.pop())
    return days


def prerelease_due(due: Due | None, releases: dict[str, str], text: str = "") -> Due | None:
    """``due`` dated on the day the minutes give the pre-release it names ('before RC1'), or, when no due point was
    read, the pre-release the action ``text`` names with its version ('before 1.0-rc2'); ``due`` as it is when it has
    a date already or names no dated pre-release."""
    if due is not None and (due.date is not None or not due.mention) or not releases:
        return due
    m = _BEFORE_PRERELEASE.search(due.mention if due is not None else text)
    if due is None:
        day = releases.get(_release_key(m["event"])) if m else None
        return Due(mention=m.group(), date=day) if day else None
    closing = None if m else _BEFORE_CLOSING.search(due.mention)
    key = _release_key(m["event"]) if m else f"{closing['event'].lower()} closes" if closing else ""
    day = releases.get(key)
    return due.model_copy(update={"date": day}) if day else due


# A term's meeting the minutes date elsewhere: "The summer term meeting will be held on Wednesday 14 June 2023", "Spring
# term meeting: 8 March 2023", "The summer term meeting will be on Tuesday 17 June"; and the same meeting named as a
# due point: "to the summer term meeting".
_TERM_MEETING = r"(?P<season>autumn|spring|summer)\s+term\s+(?:meeting|FGB)"
_DATED_TERM_MEETING = re.compile(
    rf"\b{_TERM_MEETING}\s*(?:[–—:-]|{_HELD_ON})"
    rf"\s*(?P<day>{_DAY_TEXT})",
    re.I,
)
_TERM_MEETING_MENTION = re.compile(rf"\b{_TERM_MEETING}\b", re.I)


def dated_term_meetings(spans: list[SentenceSpan], meeting_date: dt.date | None) -> dict[str, str]:
    """The day of each term's meeting the minutes give ('The summer term meeting will be held on Wednesday 14 June
    2023' -> {'summer': '2023-06-14'}), so that a task due 'at the summer term meeting' is due that day."""
    days: dict[str, str] = {}
    for span in spans:
        for m in _DATED_TERM_MEETING.finditer(span.text) if _ANY_DIGIT.search(span.text) else ():
            day = parse_day(m["day"], meeting_date)
            if day is not None:
                days[m["season"].lower()] = day.isoformat()
    return days


def term_meeting_due(due: Due | None, meetings: dict[str, str]) -> Due | None:
    """``due`` dated on the day the minutes give the term's meeting it names ('to the summer term meeting'), a meeting
    of the body's own as it is when that meeting is the next one; ``due`` as it is when it has a date already or names
    no dated term meeting."""
    if due is None or due.date is not None or not meetings or not due.mention:
        return due
    m = _TERM_MEETING_MENTION.search(due.mention)
    day = meetings.get(m["season"].lower()) if m else None
    return due.model_copy(update={"date": day, "meeting": due.meeting or "meeting"}) if day else due


# An event a task waits for that the minutes date elsewhere: "before the go/no-go meeting" in minutes saying "the Beta
# go/no-go meeting is on Thursday 2022-06-23", "before disclosure" where "the reporter has agreed to public disclosure on
# 2023-12-14", "before go-live" where "a planned go-live on Monday 7 October 2024". The due point names the event after
# a deadline word; with no due point read, only an event named by "the" or a capital ("before Welcome Week"), not a
# clause ("before it goes live").
_EVENT_LEAD = r"(?:before|ahead\s+of|prior\s+to|in\s+time\s+for|by|until|at)\s+(?:the\s+)?"
_EVENT_MENTION = re.compile(rf"^{_EVENT_LEAD}(?P<event>[\w/&'’-]+(?:\s+[\w/&'’-]+){{0,3}})$", re.I)
_EVENT_IN_TEXT = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|in\s+time\s+for)\s+(?P<event>the\s+[\w/&'’-]+(?:\s+[\w/&'’-]+){0,2}"
    r"|(?-i:[A-Z])[\w/&'’-]*(?:\s+(?-i:[A-Z])[\w/&'’-]*){0,2})(?=\s*(?:[.;,(\[]|$))",
    re.I,
)
# Words that say the event is dated, not which event ("the renewal date").
_EVENT_DATE_WORDS = frozenset({"date", "deadline", "day"})
# Words of a deadline, a part of a period or a recurring or relative meeting, not of one event: "before the due date",
# "before the start of term" (term dates are read elsewhere), "at every Board", "at its next meeting". "Go-live" is a
# plan the corpus keeps undated whatever day the minutes give it (11 of 14 "before go-live" in the train set).
_NOT_EVENTS = frozenset(
    {
        "due",
        "next",
        "it",
        "its",
        "their",
        "they",
        "this",
        "that",
        "then",
        "end",
        "start",
        "of",
        "each",
        "every",
    }
    | {"go-live"}
)
# Words naming no event of their own but a kind of meeting or a body, which only the word before tells apart ("the
# go/no-go meeting", "Welcome Week", "the exam board").
_EVENT_GENERIC_HEADS = frozenset(
    {"meeting", "meetings", "session", "call", "review", "week", "event", "release", "visit"}
    | {"board", "committee", "panel", "group", "council", "forum"}
)
# How long after the meeting an event it dates may be: a task waits for a coming event, and a name dated a year on
# is another of its kind ("the visit" of next year's round).
_EVENT_HORIZON = dt.timedelta(days=183)
# How far after the event's name its day may be stated ("The plenary will take place at CMAR in Lisbon on 16-17 April
# 2024"), within one clause.
_EVENT_DAY_REACH = 60


def event_words(event: str) -> list[str] | None:
    """The words naming an event, the last of them its name as searched for where the minutes date it ('the Lisbon
    plenary' -> ['lisbon', 'plenary']), the two last joined when the last is a kind of meeting, week or body ('the
    go/no-go meeting' -> ['go/no-go meeting'], 'the exam board'); None for an event that is only a word of time ('the
    date'), a bare kind ('the Board'), or that opens with a pronoun or a number."""
    words = [w for w in event.lower().split() if w != "the"]
    while words and words[-1] in _EVENT_DATE_WORDS:
        words.pop()
    if not words or not re.fullmatch(r"[a-z][\w/&'’-]*", words[-1]) or _NOT_EVENTS & set(words):
        return None
    if words[-1] in _EVENT_GENERIC_HEADS:
        return [*words[:-2], " ".join(words[-2:])] if len(words) > 1 else None
    return words


def stated_event_day(words: list[str], texts: list[str], meeting_date: dt.date | None) -> str | None:
    """The one day in the half-year after the meeting that the minutes give the event the last of ``words`` names, in
    a sentence with its other words ('go/no-go meeting' in 'the Beta go/no-go meeting is on Thursday 2022-06-23' ->
    '2022-06-23'; ['lisbon', 'plenary'] in 'The plenary will take place in Lisbon on 16-17 April 2024'), the first
    day of a span; None when they date it on no such day or on more than one (an earlier or a later event of that
    name), or when the name leads a longer name ('Cabinet Member')."""
    if meeting_date is None:
        return None
    key, others = words[-1], words[:-1]
    stated = re.compile(
        rf"\b{re.escape(key)}s?\b(?!\s+(?-i:[A-Z]))[^.;:\n]{{0,{_EVENT_DAY_REACH}}}?\b(?:on|for|of)\s+"
        rf"(?:(?P<first>\d{{1,2}})\s*[-–]\s*(?=\d))?(?P<day>{_DAY_TEXT})",
        re.I,
    )
    days: set[dt.date] = set()
    for text in texts:
        lower = text.lower()
        if key.split()[0] not in lower or not all(word in lower for word in others):
            continue
        for m in stated.finditer(text):
            day = parse_day(m["day"], meeting_date)
            if day is not None and m["first"] and int(m["first"]) < day.day:
                day = day.replace(day=int(m["first"]))
            if day is not None and meeting_date < day <= meeting_date + _EVENT_HORIZON:
                days.add(day)
    return days.pop().isoformat() if len(days) == 1 else None


# The rest of a word a due mention stops inside: "before the go" of "before the go/no-go meeting".
_WORD_REST = re.compile(r"[\w/&'’-]*")


def whole_mention(mention: str, text: str) -> str:
    """``mention`` as the action ``text`` writes it, with the rest of a word it stops inside ('before the go' ->
    'before the go/no-go'), and without closing punctuation."""
    mention = mention.strip(" .;,")
    at = text.lower().find(mention.lower())
    if at < 0 or not mention:
        return mention
    end = at + len(mention)
    return text[at : _WORD_REST.match(text, end).end()] if text[end - 1].isalnum() else mention


def stated_event_due(
    due: Due | None, text: str, texts: list[str], meeting_date: dt.date | None
) -> Due | None:
    """``due`` dated on the day the minutes give the event it waits for ('before the go/no-go meeting'), or, with no
    due point read, a due point for the event the action ``text`` waits for when the minutes date it ('before Welcome
    Week'); ``due`` as it is when it has a date, names no event, or the event is not dated."""
    if due is not None and (due.date is not None or not due.mention):
        return due
    m = (
        _EVENT_MENTION.match(whole_mention(due.mention, text))
        if due is not None
        else _EVENT_IN_TEXT.search(text)
    )
    words = event_words(m["event"]) if m else None
    day = stated_event_day(words, texts, meeting_date) if words else None
    if day is None:
        return due
    if due is None:
        return Due(mention=" ".join(m.group().split()), date=day)
    return due.model_copy(update={"date": day})


def tagged_due(tagged: Due | None, said: Due | None) -> Due | None:
    """The due point of a sentence closed by an owner tag that gives one ('... brought back to the Committee. ACTION:
    ADN – October 2024'): the tag's, which is the action's own field, unless the sentence names the same day, whose
    meeting is then kept ('... to the Board on 4 July 2024. ACTION: RH – 4 July 2024')."""
    if tagged is None:
        return said
    return said if said is not None and said.date == tagged.date else tagged


def same_meeting(due: Due) -> bool:
    """Whether a due point names 'the same meeting' (or call): a meeting the sentence before has named."""
    return bool(due.meeting) and due.date is None and due.meeting.startswith("same ")


def meeting_before(
    due: Due,
    before: str,
    meeting_date: dt.date | None,
    next_meeting: NextMeeting | None,
    meeting_title: str | None,
    abbreviations: dict[str, str] | None,
) -> Due:
    """'for the same meeting': the meeting (and its date) that the sentence before, in the same item, is due at
    ('... brought back to the June accountability meeting.'); ``due`` itself when that sentence names no meeting."""
    earlier = find_due(before, meeting_date, next_meeting, meeting_title, abbreviations)
    if earlier is None or not earlier.meeting:
        return due
    return due.model_copy(update={"date": earlier.date, "meeting": earlier.meeting})


# A post's remit in brackets closing a mention ("DQE (Social Sciences)"): the post "for" that remit.
_BRACKETED_REMIT = re.compile(r"\s*\(([^()]+)\)$")


def _owner_key(owner: Owner) -> str:
    """Who an owner is, for comparing two readings: the resolved name, else the mention without 'the', a remit in
    brackets read as the same post 'for' it ('DoE (Mathematics)' is 'the DoE for Mathematics')."""
    if owner.name:
        return owner.name
    post = re.sub(r"^the\s+", "", owner.mention or "", flags=re.I)
    return _BRACKETED_REMIT.sub(r" for \1", post).lower()


def _initials(mention: str) -> str:
    """The initials of an office's capitalised words ('The Faculty Finance Manager' -> 'FFM', 'the Dean of Research
    and Innovation' -> 'DRI'), as a tag abbreviates it; the words of a hyphenated post and of a bracketed qualifier
    count ('Pro-Vice-Chancellor' -> 'PVC', 'Associate Dean (Research)' -> 'ADR')."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", mention) if w[0].isupper() and w.lower() != "the")


# The plural ending of a short form: "DTLs" stands for several holders of the post "DTL".
_PLURAL_SHORT_FORM = re.compile(r"(?<=[A-Z])s$")
# A short form for an office's closing words at least this long: "DTL" for "School Directors of Teaching and
# Learning"; shorter ones ("FL") are too easily someone else's.
MIN_TAIL_INITIALS = 3


def abbreviates(tag_owner: Owner, said: list[Owner]) -> bool:
    """Whether an owner a tag names, unresolved to the people list, is the initials of an owner the sentence names in
    full ('... The Faculty Finance Manager to provide ... Action: FFM'), perhaps plural and for the office's closing
    words only ('School Directors of Teaching and Learning to report ... ACTION: DTLs'), or is the short form the
    people list gives the sentence's owner with a letter in brackets ('The ADE to present ... Action: AD(E)')."""
    # the small letters of a short form stand for linking words: "HoS" for "Heads of School"
    short = re.sub(r"(?<=[A-Z])[a-z]+(?=[A-Z])", "", _PLURAL_SHORT_FORM.sub("", tag_owner.mention or ""))
    if tag_owner.name or len(short) < 2:
        return False
    if "(" in short and short.replace("(", "").replace(")", "") in {o.abbrev for o in said}:
        return True
    initials = [_initials(o.mention or "") for o in said]
    return any(i == short or (len(short) >= MIN_TAIL_INITIALS and i.endswith(short)) for i in initials)


# A short form in brackets closing an office written in full: "Head of School| (HoS)".
_SHORT_FORM_BRACKET = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)$")


def spells_out(tag_owner: Owner, said: list[Owner]) -> bool:
    """Whether an owner a tag names is an office written in full whose initials are the short form the sentence names
    ('The DoE to write ... ACTION: Director of Education'), perhaps with that short form after it in brackets
    ('The HoS agreed to write ... Action: Head of School (HoS)')."""
    initials = _word_initials(_SHORT_FORM_BRACKET.sub("", tag_owner.mention or ""))
    shorts = {re.sub(r"^the\s+", "", o.mention or "", flags=re.I).upper() for o in said}
    return len(initials) > 1 and " " in (tag_owner.mention or "") and initials in shorts


# "each" or "every" before a post held by several people: "each Head of School".
_EACH = re.compile(r"(?:each|every)\s+(?=[A-Z])", re.I)


def each_holder(tag_owner: Owner, said: list[Owner]) -> bool:
    """Whether an owner a tag names is a post in the plural that the sentence names with 'each' ('each Head of School
    would agree ...' / 'Action: Heads of School'): every holder, the same owners in the sentence's words."""
    words = (tag_owner.mention or "").lower().split()
    head = (
        words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    )  # "Heads of School", "Subject Leaders"
    if tag_owner.name or not words or not words[head].endswith("s"):
        return False
    singular = " ".join([*words[:head], words[head][:-1], *words[head + 1 :]])
    return any(
        (m := _EACH.match(o.mention or "")) is not None and (o.mention or "")[m.end() :].lower() == singular
        for o in said
    )


def fuller_owners(tagged: list[Owner], said: list[Owner]) -> list[Owner]:
    """The owners of a sentence closed by an owner tag ('ACTION: Director of Operations'): the sentence's own
    owners when they include everyone the tag names ('asked the Director of Operations and Mr Mistry to ...', as the
    tag then names only the lead; 'The DoO to ...', as the sentence's wording is kept), or when the tag only
    abbreviates them ('The Faculty Finance Manager to provide ... Action: FFM'), spells them out ('The DoE to ...
    ACTION: Director of Education') or names the post in the plural where the sentence says 'each' ('each Head of
    School would ... Action: Heads of School'), each tag owner perhaps beside one the sentence also names as the tag
    does ('the Associate Dean (Education) and the Head of School ... Action: ADE / Head of School'), or when the sentence names them by name and the tag names nobody else on the
    people list, only their post and organisation ('Claire Whitmore agreed to ...' then 'Action: DoNM, AFH', 'HM and
    RA to meet ...' then 'ACTION: Chair/HT'); else the tag's."""
    keys = {_owner_key(o) for o in said}
    if len(said) >= len(tagged) and all(_owner_key(o) in keys for o in tagged):
        return said
    if said and all(
        _owner_key(o) in keys or abbreviates(o, said) or spells_out(o, said) or each_holder(o, said)
        for o in tagged
    ):
        return said
    if said and all(named_in_full(o) for o in said) and all(not o.name or o.name in keys for o in tagged):
        return said
    if said and all(titled_unlisted(o) for o in said) and all(names_a_post(o.mention or "") for o in tagged):
        return said
    return tagged


def titled_unlisted(owner: Owner) -> bool:
    """Whether the sentence names an owner by courtesy title and surname that the people list does not hold ('Dr Lee
    to submit ...'): a person, whom a tag naming a post (:func:`names_a_post`) only describes; bare capitals in the
    tag ('Action: TE') may be that person's initials, so they are not outranked."""
    return owner.name is None and _TITLED_NAME.match(owner.mention or "") is not None


def names_a_post(mention: str) -> bool:
    """Whether a tag's owner is a post, not a person: a short form with its remit in brackets ('DoE (Mathematics)') or
    an office written in full ('Faculty Lead for Assessment')."""
    return _QUALIFIED_SHORT_FORM.fullmatch(mention) is not None or _office(mention)


def named_in_full(owner: Owner) -> bool:
    """Whether the sentence names a listed owner by their name ('Claire Whitmore agreed to ...') or by the initials the
    list gives them ('HM and RA to meet ...'), not by a post."""
    if not (owner.name and owner.mention):
        return False
    return owner.name.split()[-1] in owner.mention.split() or owner.mention == owner.abbrev


def row_action_cell(text: str) -> Cell | None:
    """The span in ``text`` of the action cell of a one-line row of a TAB-separated log, three cells at least
    ('07/20-04<TAB>Positive action report<TAB>CC<TAB>17.11.20<TAB>Closed' gives 'Positive action report'): its
    longest cell that is no status, owner or update (:func:`_longest_cell`); None for any other text. An open row's
    action and a closed row's finding are both quoted by this cell, as the labelled corpus quotes such rows."""
    row = text.strip()
    if "\t" not in row or "\n" in row:
        return None
    cells = _split_cells(row, _TAB)
    if len(cells) < 3 or _dash_cells(row) is not None:
        return None
    start, end = cells[_longest_cell(cells, row)]
    at = text.index(row)
    return at + start, at + end


def action_text(text: str) -> str:
    """The words an action quotes: the sentence without a checkbox or an action label; for a one-line row of a
    TAB-separated action log ('07/20-04<TAB>Positive action report<TAB>CC<TAB>17.11.20'), its action cell alone
    (:func:`row_action_cell`; the owner and due cells are read into the action's fields)."""
    cell = row_action_cell(text)
    if cell is not None:
        return text[cell[0] : cell[1]]
    return _LABEL_PREFIX.sub("", CHECKBOX.sub("", text)).strip()


def sentences_joined(spans: list[SentenceSpan], k: int, rest: str) -> list[int]:
    """The one or two sentences after ``k`` whose texts, joined with spaces, are all of ``rest`` (the cells of row
    ``k`` read from them); [] when ``rest`` is empty or only part of a sentence."""
    joined = ""
    for j in range(k + 1, min(k + 3, len(spans))):
        joined = f"{joined} {spans[j].text.strip()}".strip()
        if rest and joined == rest.strip():
            return list(range(k + 1, j + 1))
    return []


_SECTION_RESET = re.compile(
    r"^(update|updates|findings|actions arising|action arising|discussion|progress)\s*:?$", re.I
)


def extract_actions(
    spans: list[SentenceSpan],
    labels: list[Classified],
    *,
    people: list[Person],
    meeting_date: dt.date | None,
    next_meeting: NextMeeting | None,
    abbreviations: dict[str, str] | None = None,
    item_titles: dict[str, str] | None = None,
    meeting_title: str | None = None,
    chair: str | None = None,
    minute_taker: str | None = None,
    meeting_body: str | None = None,
) -> list[Action]:
    """One action per sentence labelled ``action``, with owners, due point and origin; ``chair`` (the
    header's) is who "the Chair" means when no one in ``people`` holds a chair role, ``minute_taker`` who "the
    Secretary" or "the Clerk" means when no one holds that office. The title, ``meeting_body`` ("Fenwick NHS
    Foundation Trust") and item titles count with the sentences in deciding whether quarters are financial."""
    people = with_minute_taker(with_chair(people, chair), minute_taker)
    matcher = build_matcher(people)
    headings = [
        meeting_title or "",
        meeting_body or "",
        *(item_titles or {}).values(),
    ]  # "5. Performance – Q4 2022/23"
    financial = any(counts_financial_quarters(t or "") for t in [*headings, *(span.text for span in spans)])
    actions: list[Action] = []
    origin_by_item: dict[str | None, str | None] = {}
    for key, title in (item_titles or {}).items():
        origin_by_item[key] = find_origin(title or "", meeting_date)
    previous: SentenceSpan | None = None
    speaker: str | None = None  # the speaker whose turn the sentence may continue
    lead_in: list[Owner] = []  # the owners a list's lead-in line named, for the tasks listed under it
    # an owner tag closing a sentence ("Action: CEO" on the next line of the same item) names its owners
    closing_tag = closing_tags(spans, labels)
    column = column_owners(spans, labels, people, matcher)  # a flattened owner column
    half_terms = stated_half_terms(spans, meeting_date)  # "Spring 2 from 19 February to 28 March"
    first_weeks = stated_term_weeks(spans, meeting_date)  # "Thursday 28 November 2019 (7th week)"
    week_one = stated_week_one(spans, meeting_date)  # "in wk 16 (w/c 14 April)"
    numbered = dated_numbered_meetings(spans, meeting_date, meeting_title)  # "SteerCo 3 – Tuesday 04/03/2025"
    releases = dated_prereleases(spans, meeting_date)  # "with RC1 on 1 June"
    term_meetings = dated_term_meetings(
        spans, meeting_date
    )  # "The summer term meeting will be held on 14 June"
    semesters = stated_semester_starts(spans, meeting_date)  # "Semester 1 teaching commences on 26 February"
    semester_ends = stated_semester_days(spans, meeting_date, _SEMESTER_END)  # "Semester 2 ends on 13 June"
    # "the Beta go/no-go meeting is on Thursday 2022-06-23": the sentences that may date an event a task waits for
    dated_texts = [span.text for span in spans if _ANY_DIGIT.search(span.text)]
    consumed: set[int] = set()  # sentences read as the cut-off cells of the row before
    for k, (span, label) in enumerate(zip(spans, labels, strict=True)):
        text = span.text
        found = find_origin(text, meeting_date)
        if found:
            origin_by_item[span.item] = found
        elif _SECTION_RESET.match(text.strip()):
            origin_by_item[span.item] = None
        same_item = previous is not None and previous.item == span.item
        before = previous.text if same_item else None
        # "[14:06] <ana> ...": a chat log's turn after its time stamp
        turn = speaker_turn(without_timestamp(text))[0]
        speaker = turn or (speaker if same_item else None)
        previous = span
        if label.label != "action" or k in consumed:
            lead_in = lead_in_owners(text, people, matcher)
            speaker = turn
            continue
        lead_in = lead_in if same_item else []
        fragment = row_fragment(spans, k) or stacked_cells(spans, labels, k)
        rest = (
            fragment
            or field_continuation(spans, labels, k)
            or fields_line_after(spans, labels, k)
            or row_continuation(spans, labels, k)
            or due_cell_after(spans, labels, k)
        )
        row = unwrapped_row(text) + rest
        # the fragment or the lines of fields are this row's cells, not actions of their own
        taken = [k + 1] if fragment else sentences_joined(spans, k, rest)
        consumed.update(j for j in taken if labels[j].label == "action")
        tag = closing_tag_of(text, spans, closing_tag, k)
        if k in closing_tag and labels[closing_tag[k]].label == "action":
            consumed.add(closing_tag[k])  # a tag line names who, not a task of its own
        tagged = owners_of_tag_line(tag_without_due(tag), people, matcher) if tag else []
        # a flattened owner column, or a bracketed tag cut off after the sentence ("... reports. [Action: ACC]")
        tagged = tagged or column.get(k, []) or bracket_owners(spans, k, people, matcher)
        tagged = tagged or ([] if rest else requested_line_owners(text, spans, labels, k, people, matcher))
        owners = (
            (fuller_owners(tagged, find_owners(row, people, matcher)) if tagged else [])
            or find_owners(row, people, matcher)
            or action_list_owners(text, (item_titles or {}).get(span.item or ""), people)
            or context_owners(text, before, speaker, lead_in, people, matcher)
        )
        due = find_due(
            row, meeting_date, next_meeting, meeting_title, abbreviations, financial
        ) or bracket_tag_due(spans, k, meeting_date, next_meeting)
        if rest and due is not None and (due.date or due.meeting):
            # a row's own due field; the sentence naming the same point keeps its meeting ("to the May Board" /
            # "Timescale: May 2024"); a field with neither date nor meeting ("Deadline: Spring 2") is dated later
            said = find_due(text, meeting_date, next_meeting, meeting_title, abbreviations, financial)
            due = tagged_due(due, said)
        due = tagged_due(
            tag_due(tag, meeting_date, next_meeting, meeting_title, abbreviations, financial)
            or bracket_cell_due(spans, k, meeting_date, next_meeting),
            due,
        )
        if due is None or due.date is None:
            due = prerelease_due(numbered_meeting_due(row, numbered) or due, releases, row)
            due = cut_bracket_day_due(due, spans, k, meeting_date)
            due = term_meeting_due(due, term_meetings)
            due = stated_event_due(due, row, dated_texts, meeting_date)
            due = (
                semester_week_due(f"{row} {tag or ''}", semesters)
                or semester_start_due(row, semesters)
                or semester_end_due(row, semester_ends, meeting_date)
                or due
            )
        due = on_stated_week(on_stated_day(due, half_terms), first_weeks, meeting_date)
        due = on_stated_work_week(due, week_one)
        planned = planning_due(spans, labels, k)
        if planned is not None and (due is None or due.date != planned.date):
            due = planned  # the stamped day wins; a meeting the text names on that same day is kept
        if due is not None and same_meeting(due) and before is not None:
            due = meeting_before(due, before, meeting_date, next_meeting, meeting_title, abbreviations)
        actions.append(
            Action(
                id=f"A{len(actions) + 1}",
                sentence=span.id,
                item=span.item,
                text=action_text(text),
                owners=owners,
                due=due,
                origin=found or origin_by_item.get(span.item),
            )
        )
    return actions
