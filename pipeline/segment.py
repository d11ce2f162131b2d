"""Stage: segment the de-duplicated text into agenda items.

An item heading is a line that starts with a numbering token and continues with a short
title. The numbering schemes are the patterns below: decimal paths (``1.``, ``2.1``, ``(3)``),
letters and roman numerals (``a``, ``a)``, ``(b)``, ``ii.``, ``IV.``), serial minute numbers (``41/24``,
``TB 01/25``, ``CoG 24/31``, ``AB/24/15``, ``AB.24.15``, ``24/071``) and their numbered parts
(``AB/24/15.1``), ``Item 4`` (``Item No. 4``) and work packages
``WP2`` (the number is the id), Markdown headings (and the scribe's ``Topic:`` lines, read as such), and
upper-case headings with no number in documents that number nothing (and, where there are none of
those either, short title-case lines that head paragraphs). A numbered heading set in bold is read through
its bold (``**2. Finance**``); other bold lines are emphasis.

Candidates are accepted with layout and continuity checks, so that numbered questions
("1. Can the CC ...?"), numbered list items inside an item and references in running text
("Agenda item 4a.3: Hate Crime") do not open new items:

- a title is short, has no sentence punctuation at its end and is not a question;
- a decimal number must continue the sequence seen so far (the next sibling, a first child,
  or a later top-level number), so "1." after "2.1" is a list entry, not an item; sections
  numbered "2.0" are top-level items holding "2.1", "2.2"; in minutes numbered serially, a
  plain "2." is a list entry;
- letters and roman numerals attach below the latest numbered item and must run in order.

Cost: one pass over the lines, linear in the text.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
from dataclasses import dataclass

from pipeline.lexicon import (
    APOLOGY_WORDS,
    LOOKALIKES,
    MONTH_PREFIXES,
    MONTHS,
    PERSONAL_TITLES,
    PRESENT_WORDS,
    RECORDING_TIME,
    alternation,
    attendance_kind,
    title_cased,
)
from pipeline.schema import Item

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
MAX_TITLE_WORDS = 16

_DECIMAL = re.compile(
    r"^(?P<open>\()?(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?P<dot>(?(open)\)|[.)]?))(?:[ \t]+|$)(?P<title>.*)$"
)
_DECIMAL_LETTER = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})(?:(?P<gap>[ \t]?)(?P<letter>[a-h])[.)]?|\((?P<bletter>[a-h])\))"
    r"[ \t]+(?P<title>.+)$"
)
# A serial minute number: "41/24", "FB/23/32", "TB 12/25", a committee's letters over the year and
# number ("JHOSC/22/7", or with the year in full, "ABC/2022/31"), the same with stops ("AB.24.19"), also
# with the meeting's month between ("FQS.24.06.03", the third minute of the June 2024 meeting; such a
# number has two digits, so "AB.24.15.1" stays part 1 of minute AB.24.15), an academic year with a
# number after a hyphen ("QS 23/24-14"), and a number over the committee's letters and the year
# ("21/CHS/2023", as Kenyan county assemblies write "MIN. 21/CHS/2023").
SERIAL_NUMBER = (
    r"(?:(?:[A-Z]{1,6}|[A-Z][a-z][A-Z]{1,2})[ /]?)?\d{1,3}/\d{2,4}(?:/\d{1,3}|-\d{1,3}(?![\d/-]))?"
    r"|[A-Z]{2,6}/(?:\d{2}|(?:19|20)\d{2})/\d{1,3}|[A-Z]{2,6}\.\d{2}\.(?:0[1-9]|1[0-2])\.\d{2,3}"
    r"|[A-Z]{2,6}\.\d{2}\.\d{1,3}|\d{1,3}/[A-Z]{2,6}/\d{4}"
    r"|[A-Z]{2,6} \d{2}\.\d{1,3}(?![\d./:])"  # the letters, a space, the year and a number: "TLS 18.4" (see _series_only)
    r"|[A-Z]{2,6}\.\d{2}/\d{2}\.\d{1,3}"  # the letters, the session's years and a number: "ASC.24/25.10"
    r"|(?:[A-Z]{1,6}[ /]?)?\d{2}/[1-9](?![\d/.])"  # a year's first nine minutes: "24/1", "EFB 24/9" (then "24/10" on)
    r"|\d{2}/[1-9]/\d{1,3}(?![\d/])"  # the year, the meeting of the year and a number: "21/3/4" (see _series_only)
    r"|(?:19|20)\d{2}/\d{2,3}(?![\d/])"  # the year in full, then the number: "2021/04" (see _series_only)
    r"|[A-Z]{2,6}\.\d{1,3}/(?:\d{2}|(?:19|20)\d{2})(?![\d/])"  # the letters, a stop, number and year: "SC.42/23"
    r"|[A-Z]{2,6}/(?:Au|Sp|Su|[ASTW])[1-3]/\d{2}/\d{1,3}(?![\d/])"  # the letters, the term, year and number: "FGB/S2/23/01"
    r"|[A-Z]{2,6}/\d{2}-\d{2}/\d{1,3}(?![\d/])"  # the letters, the session's years and a number: "ABC/22-23/14"
    r"|\d{2}/\d{2}-[A-Z]{2,6}-\d{1,3}(?![\d/-])"  # the academic year, the letters and a number: "22/23-EC-14"
)
# The agenda's running number after a serial minute number, starred when the item was reserved for
# discussion ("ABC/22-23/14  *3. Budget", "ABC/22-23/19  8. Reports"): the minute number is the item's
# number, so the agenda's is no part of the title.
_AGENDA_NUMBER_LEAD = re.compile(r"^\*?\d{1,2}\.[ \t]+(?=[A-Z])")
# A serial heading, optionally a numbered part of a minute: "RC/22/010.1 Falls" is part 1
# of minute RC/22/010, "AB/23/24(a) Police" part a of minute AB/23/24 (a bracketed letter attached,
# or set one space or tab apart: "AB 24/33 (a) Policing"). The word may go before the number, also with "No." ("Minute No. 23/41 Welcome"), and so may
# "Item" where the items are numbered as the minutes are ("Item 23/87 – Welcome"): the number is the id.
# A minute number over the day, month and year after "MIN" ("MIN 03/05/2024: MATTERS ARISING", as
# Kenyan boards write it): a serial number only after the word, a date anywhere else.
DATED_MINUTE = r"(?:(?<=Minute\s)|(?<=Min\s)|(?<=Min\.\s)|(?<=MIN\s)|(?<=MIN\.\s))\d{1,3}/\d{2}/\d{4}"
_SERIAL = re.compile(
    rf"^(?:(?:Minute|Min\.?|MIN\.?|(?:Agenda\s+)?Item)\s+(?:No\.?\s*)?)?(?P<num>{DATED_MINUTE}|{SERIAL_NUMBER})(?:\.(?P<part>\d{{1,2}})(?![\d/.])|[ \t]?\((?P<lpart>[a-z])\))?\.?"
    r"(?::?[ \t]+[-–:]?[ \t]*|$)(?P<title>.*)$"
)
# An action's status after its reference, as an action log reviewed in the minutes lists it ("HTA
# 22/01/01 – complete", "QC 21/03/04 – Open – MD to present ...", "PAB 24/09-03: closed"): the
# reference names an earlier meeting's action, so the line is a finding under the action-log item, no
# minute heading. Only the status alone or closed off by punctuation or a dash: "Complete declarations
# of interest" and "Closed session" are titles.
_LOG_STATUS = re.compile(
    r"^(?:completed?|closed|done|open|ongoing|outstanding|in progress|discharged|superseded)"
    r"(?:$|[;,.]|\s+[–—-]\s)",
    re.I,
)
# A minute number as the committee's letters, a stop or a slash and a running number ("HCS.23 APOLOGIES
# FOR ABSENCE", "HSP/4  ACTION TRACKER"), or a space between them when a wider gap (two spaces or a tab)
# sets the number apart from the title ("HCSP 12  APOLOGIES FOR ABSENCE"): read as a serial heading only
# in a series (see _prefixed_minute_numbers). A committee's letters may join two words with an ampersand
# ("O&S 45  MINUTES" for Overview and Scrutiny, "P&R.12" for Policy and Resources).
_MINUTE_LETTERS = r"[A-Z](?:&?[A-Z]){1,5}"
_PREFIXED_MINUTE = re.compile(
    rf"^(?P<num>{_MINUTE_LETTERS}(?:[./]\d{{1,3}}[ \t]+| \d{{1,3}}(?:[ ]{{2,}}|\t)[ \t]*))(?P<title>[A-Z].*)$"
)
# The cheap gate before _PREFIXED_MINUTE: the letters' stop or slash, or a number set apart by a wide gap.
_PREFIXED_GATE = re.compile(rf"^{_MINUTE_LETTERS}(?:[./]\d| \d{{1,3}}(?:  |\t))")
# "Minute No. 112 – Apologies" (council minutes run their numbers on across the year, so three digits),
# also with a stop after the number ("Minute 38. Welcome"), which is no decimal part: a space follows it.
# The item's paper or minute reference may stand in brackets between the number and the title ("Item 6
# (FB/24/63): Budget"): the paper's number, not the topic, so no part of the title.
# The word may be abbreviated with "No." after it ("Min. No. 34  APOLOGIES FOR ABSENCE"); a bare
# "Min 5" is as often a minimum, so the abbreviation counts only with "No.".
_ITEM = re.compile(
    r"^(?P<num>(?:(?:Agenda\s+)?Item\s+(?:No\.?\s*)?|Minute\s+(?:No\.?\s*)?|Min\.?\s+No\.?\s*|Subject\s+No\.?\s*|Topic\s+|Theme\s+"
    r"|WP\s?"
    r"|Work\s+package\s+)(?P<n>\d{1,3})(?:(?P<sub>[a-z])|\.(?P<dsub>[1-9]\d?))?(?:\.(?=\s|$))?)(?![.\d/])"
    r"(?:[ \t]*\([A-Z][\w/.-]*\d[\w/.-]*\)(?=[ \t]*[:.\-–]))?"
    r"\s*[:.\-–]?\s*(?P<title>.*)$",
    re.I,
)
# The same item label in another language before the "Item N" one, as bilingual minutes set their
# headings ("Eitem 3 / Item 3: Perfformiad / Performance"): the label's own word and the same number.
_PAIRED_LABEL = re.compile(
    r"^[^\W\d_]{3,12}[ \t]+(?P<n>\d{1,3})[ \t]+/[ \t]+(?=(?:Agenda\s+)?Item\s+(?P=n)\b)", re.I
)
# A reference heading below a numbered item: "Proposal 2023B-017: Time-domain spectroscopy" under
# "3 Review of proposals", "Application 22/0412/FUL: Low Garth Farm". The reference is the sub-item's number.
_REF_WORDS = ("Proposal ", "Application ", "Case ", "Petition ", "Appeal ")
_REF_HEADING = re.compile(
    rf"^(?P<num>(?:{'|'.join(w.strip() for w in _REF_WORDS)})\s+(?P<ref>[A-Z0-9][\w/.-]*\d[\w/-]*)):[ \t]+(?P<title>\S.*)$"
)
# A table row flattened to TAB-separated cells: "3.1<TAB>Broker Portal replacement<TAB>RAG: Red ...".
_ROW_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?$")
MAX_ROW_TITLE_WORDS = 12
# A paper's status after an item's title, which is not part of the title: "Health and safety (For
# information)", "Budget (for decision)", "Risk register (For assurance)". Public: the sentence
# splitter keeps it inside the heading, so it is no sentence either.
_PAPER_STATUS = r"(?:for|to)\s+(?:decision|information|discussion|approval|noting|assurance|note)"
PAPER_STATUS_TAG = re.compile(rf"\s*\({_PAPER_STATUS}\)$", re.I)
# The same status set after a dash instead of brackets: "Research update – For noting".
_DASHED_STATUS_TAG = re.compile(rf"\s+[–—-]\s+{_PAPER_STATUS}$", re.I)
_PAREN = re.compile(r"^\((?P<tok>[a-z]{1,4}|[ivx]{1,5})\)[ \t]+(?P<title>.+)$")
# A section letter with a running number, as committees that split their business into parts write it
# ("Part A: items for discussion", then "A1 Welcome", "A2 Minutes", ... and "B1 Report of ..."): each is
# an item of its own. "Q1" is a question's number, not an item's.
_LETTERED = re.compile(r"^(?P<num>[A-PR-Z](?P<n>[1-9]\d?))[ \t]+(?P<title>[A-Z].*)$")
# "Part 2 – items for report" numbers its parts as well: see segment_items for the number's id.
# A numbered part of a lettered item: "4a.1 Domestic abuse" under "Agenda item 4a" (the item's number,
# its letter, a stop and the part's number). A heading only below its lettered item (see _letter_part).
_LETTER_PART = re.compile(r"^(?P<n>\d{1,2})(?P<letter>[a-h])\.(?P<sub>[1-9]\d?)[ \t]+(?P<title>[A-Z].*)$")
_PART = re.compile(r"^Part[ \t]+(?P<tok>[A-Z]|[1-9])[ \t]*[:.–-][ \t]*(?P<title>\S.*)$")
MIN_LETTERED = 3
# A numbered sub-item of a lettered section: "B.1 Ordinance No. 2024-04" under "B. PUBLIC HEARINGS",
# or with a hyphen, "D-1 Rezoning request" under "D. REGULAR AGENDA".
_LETTER_DECIMAL = re.compile(r"^(?P<tok>[A-Z])[.-](?P<sub>\d{1,2})\.?[ \t]+(?P<title>\S.*)$")
_CLOSE = re.compile(r"^(?P<tok>[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})[.)][ \t]+(?P<title>.+)$")
# A heading set in bold, whole or its number only: "**2. Finance**", "__2. Finance__", "**2.** Finance".
_BOLD = re.compile(r"^(\*\*|__)(?P<inner>.+?)\1(?P<rest>.*)$")
# A topic's owner and time slot after its bold title: "(Ines, 5 min)", "(@kmensah, 10 mins)"
_TIMEBOX = re.compile(r"^\([^()]{0,60}\b\d{1,3}[ \t]*(?:min|mins|minutes)\)$")
MIN_TIMED_TOPICS = 2
# A number followed by a title set in bold: "1. **Welcome**", "2.\t**Approval of minutes**".
_BOLD_TITLE = re.compile(r"^(?P<num>[^\s*_]{1,16})[ \t]+(\*\*|__)(?P<inner>[^*_].*?)\2[ \t]*$")
_BARE_LETTER = re.compile(
    r"^(?P<tok>[a-hj-z\u0430-\u044f\u0410-\u042f])[ \t]+(?P<title>[A-Z\u0410-\u042f].*)$"
)
_MARKDOWN = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<rest>.+?)[ \t#]*$")
# A note's tags, as HackMD and CodiMD pages list them under the title ("###### tags: `infra` `weekly`"):
# metadata set as a small heading, not an item's heading (header's _NOT_A_NAME_LINE keeps such a line from
# naming the meeting).
_NOTE_TAGS = re.compile(r"^tags:[ \t]*`", re.I)
_RUN_ON_TITLE = re.compile(
    r"([A-Z][a-z]+(?:\s+(?:[a-z][a-z0-9/-]*|\d[\d/]*)){0,5})\s+(?=(?:The|A|An|At|In|This|There|It)\s)"
)
# A short title-case line ("Bins And Recycling", "Treasurer's Report", "Street Party Planning",
# "Fundraising: Charity Golf Day", "Finance: Outturn 2023/24"), perhaps with a short note in brackets
# at its end ("Contact Centre Performance (999 and 101)"):
# a heading only in documents that number nothing and have no other headings (see segment_items).
# A capitalised word, perhaps closing a label with a colon when at least two words follow, the first
# capitalised ("Fundraising:" in "Fundraising: Charity Golf Day").
_TITLE_WORD = r"[A-Z][\w'’&-]*(?::(?=\s+[A-Z]\S*\s+\S))?"
# A name in lower case with a version's figures in it, as software names its APIs and releases ("v1alpha1",
# "v2", "py3"): a name, so a title-case heading may hold it ("Deprecating the v1alpha1 API").
_VERSIONED_NAME = r"[a-z]{1,8}\d[a-z\d.]*"
_TITLE_CASE_HEADING = re.compile(
    rf"^{_TITLE_WORD}"
    rf"(?:\s+(?:{_TITLE_WORD}|\d[\d/.-]*|{_VERSIONED_NAME}|and|or|of|the|for|to|in|on|at|a|an|from|with|&)){{0,8}}"
    r"(?:\s+\([^()]{1,24}\))?$"  # the note in brackets: "(999 and 101)"
)
# A labelled stage, phase or strand of an item with its own name after a dash, perhaps with a longer note
# in brackets: "Gate 2 – Project Heron (kiln 4 waste heat recovery)", "Phase 1 – Site works",
# "Lot 3 – Catering". The label's number counts the stages, not the agenda, so it is a title-case line
# (see _mark_subheads), and the dash keeps it apart from a sentence ("Phase 1 was late").
_LABELLED_HEADING = re.compile(
    r"^[A-Z][a-z]{2,15}[ \t]+(?:\d{1,2}|[A-Z])[ \t]+[-–—][ \t]+[A-Z][\w'’&-]*(?:\s+[\w'’&/-]+){0,6}"
    r"(?:\s+\([^()]{1,60}\))?$"
)
# A pointer to a paper ("See Attachment 1.", "See Appendix B") reads as title case but names no topic:
# it is a sentence of the item it sits in.
_CROSS_REFERENCE = re.compile(r"^See\s")
# The owner of an action under it ("Action: Head of School", "Owner: DoR") reads as title case but is an
# attribution of the action above, never a topic: the corpus gives no item such a title.
_ATTRIBUTION_LABEL = re.compile(r"^(?:Actions?(?:\s+by)?|Action\s+owner|Owners?|Responsible)\s*:\s", re.I)
# A short sentence-case line ("Welcome and housekeeping", "Tenants' questions", "Complaints handling
# review - panel findings"), perhaps with the same short note in brackets as a title-case heading
# ("Data migration (RAG: Amber)"): a heading only in notes that number nothing and use no other heading
# kind, and only when several such lines head paragraphs (see _sentence_case_headings).
_SENTENCE_CASE_HEADING = re.compile(
    r"^[A-Z][a-z'’]*(?:-[a-z]+)*(?:\s+(?:[a-z][a-z'’/-]*|[-–&]))+(?:\s+\([^()]{1,24}\))?$"
)
MAX_SENTENCE_HEADING_CHARS = 60
MIN_SENTENCE_HEADINGS = 3
# An upper-case heading, perhaps with a short note in lower case in brackets at its end: "SECTION C: ITEMS
# FOR INFORMATION (starred)".
_UPPER_HEADING = re.compile(r"^[A-Z][A-Z0-9 ,/&'()\-–:]{3,80}(?:[ \t]\([a-z][a-z ]{0,24}\))?$")
# A part of the business in any case, as committees that star items for discussion divide their agenda:
# "Items for report (unstarred)", "Items for decision", "Starred items", "Unreserved items". It is read as
# an upper-case section heading is (see _section_heading), so it is an item only on a line of its own.
_BUSINESS_PART_NAME = (
    r"(?:(?:un)?(?:starred|reserved)\s+items|items\s+for\s+(?:report|information|decision|"
    r"discussion|noting|approval|assurance|note))"
)
_BUSINESS_PART = re.compile(rf"^{_BUSINESS_PART_NAME}(?:[ \t]\([a-z][a-z ]{{0,24}}\))?$", re.I)
# The same part named after "Part A:", which may say more of how it is taken ("Part B: Items for approval
# without discussion"): where no "A1", "A2" items run below it, the line is a section heading of its own.
_BUSINESS_PART_TITLE = re.compile(rf"^{_BUSINESS_PART_NAME}\b", re.I)
# A question, not a heading: an interrogative followed by a verb, or a verb followed by its subject.
_QUESTION_START = re.compile(
    r"^(?:(?i:(?:how|what|why|when|where|who|which)\s+(?:is|are|was|were|does|do|did|has|have|can|will|would|"
    r"should|could|much|many|often|long))\b|(?i:can|could|will|would|does|do|did|has|have|is|are|should)\s+"
    r"(?:(?i:the|a|an|this|these|those|we|you|it|they|there|he|she|any|our)|[A-Z]{2,})\b)"
)
# A sub-heading merged onto the end of its heading's line: "... mould a) Damp and mould",
# "3. CEO's report i. Pupil numbers".
_MERGED_SUB = re.compile(r"^(?P<head>.*\S)\s+(?P<sub>(?:\(?[a]\)|\(?i\)|\(i\)|[ai]\.)\s+[A-Z].*)$")
_NUMBERED = ("decimal", "serial", "item")
_UNNUMBERED = ("closing", "upper", "titlecase", "sentence", "report")


@dataclass
class _Candidate:
    start: int
    end: int
    scheme: str  # decimal | letter | roman | serial | item | markdown | upper | titlecase
    number: str
    key: str  # canonical token for this level: "2.1", "a", "iv", "41/24"
    title: str
    depth: int = 0  # markdown heading depth
    after_blank: bool = False  # the line before is blank (or the text starts here)
    next_numbered: bool = False  # the next non-blank line is a numbered heading candidate
    next_title: str = ""  # that heading's title
    after_break: bool = False  # the line before is blank or ends a sentence (a paragraph ends there)
    listed: bool = False  # an entry of a list inside an item, not a heading (see _is_list_entry)
    bare: bool = False  # a whole number with no stop after it ("3 Finance"): see _bare_numbers_allowed
    topic: bool = False  # a scribe's "Topic:" line (IRC-scribed minutes)
    part_of: str = ""  # the minute a numbered part belongs to ("RC/22/010" for "RC/22/010.1")
    plan: bool = False  # a Markdown heading over a list that announces later numbered headings
    bold: bool = False  # a title-case heading set in bold in a document that numbers none
    announces: bool = False  # an agenda list's entry that announces an unnumbered heading further on
    # short lines below a short title, each with its own reading (see _join_column_tails)
    column_tail: list[tuple[str, int, _Candidate | None]] | None = None
    bilingual: bool = False  # "Eitem 3 / Item 3: ..." : the heading gives each label in two languages
    row_titled: bool = False  # a table row titled by its discussion's lead-in ("3<TAB>Risks: JO took ...")
    emphasis: bool = False  # a closing section's name set in bold only ("**Action items**"), no heading mark
    holds: bool = False  # a title-case heading with no text of its own over the headings after it
    colon: bool = False  # a closing section's name ended by a colon ("Action items:"): see _closing_list
    cased: bool = False  # a sentence-case line read as a title-case heading ("Next steps"): see below
    run_on: bool = False  # a numbered title with its first sentence run onto its line: see _run_on_title


def fold(text: str) -> str:
    """Fold OCR look-alike letters to Latin ones."""
    return text.translate(LOOKALIKES)


def _title_ok(title: str, *, allow_empty: bool = False, marked: bool = False) -> bool:
    """Whether the text after a number reads as a heading's title: short, not a question, not a
    sentence, not an attendance entry and not a table row. A title under heading marks (`marked`)
    may open with an interrogative: without a question mark, "## What could be better" is a
    retrospective's section, not a question."""
    title = title.strip()
    if not title:
        return allow_empty
    if title.endswith("?") or "|" in title:
        return False  # a question, or a row of a table read across its cells ("24/03 | Circulate ... | CFO")
    words = title.split()
    if len(words) > MAX_TITLE_WORDS or (not marked and _QUESTION_START.match(title)):
        return False
    if _is_person_entry(title) or _INITIALLED_NAMES.match(title):
        return False
    # A sentence, not a heading: long and ends with a full stop.
    return not (title.endswith(".") and len(words) > 6)


# An entry of a numbered attendance list, not a heading: an honorific, a name, then a comma or a dash and
# the person's role ("3. Mr. Raj Patel, Independent Director (DIN: 01234567)", "2. Ms. Lilian Chebet -
# Fiscal Analyst").
_PERSON_ENTRY = re.compile(
    rf"^(?:{alternation(title_cased(PERSONAL_TITLES))})\.?\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s|(?P<dash>\s+[-–]\s))"
)


def _is_person_entry(title: str) -> bool:
    """Whether a numbered line's text is an attendance entry, a person and their role ("Mr. Raj Patel,
    Independent Director", "Ms. Lilian Chebet - Fiscal Analyst"). A member's item names the member
    and, after a dash, the topic in lower case ("(a) Councillor Gill – lighting on the towpath"): a
    role is capitalised, a topic is not, so that line is a heading."""
    m = _PERSON_ENTRY.match(title)
    if m is None:
        return False
    return not (m["dash"] and title[m.end() : m.end() + 1].islower())


# A run of initialled names, not a lettered heading: "A. Okafor, D. Lewis-Hart and T. Quayle" read after
# its first initial ("Okafor, D. Lewis-Hart ..."). A surname, then a comma or "and" and the next
# person's initial: a heading's title goes on with words, not with initials.
_INITIALLED_NAMES = re.compile(r"^[A-Z][\w'’-]+(?:,|\s+and)\s+(?:[A-Z]\.\s*){1,2}[A-Z][\w'’-]+")
MAX_BARE_TITLE_WORDS = 14
_DASHES = frozenset({"-", "–", "—"})
_BRACKETED = re.compile(r"\([^()]*\)")
# a month name or its short form opening the title ("15 March 2024" cut after the day); a word that only
# starts with a month's letters ("62 Declarations of Interests", "4 Marketing plan") is a title
_MONTH_START = re.compile(rf"^(?:{MONTHS})\b", re.I)
# A full date inside a title ("held on 7th December 2022"): it names the meeting, so it does not
# lengthen the heading.
_TITLE_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{alternation(MONTH_PREFIXES)})[a-z]*,?\s+\d{{4}}\b", re.I
)


def _bare_title(title: str) -> bool:
    """Whether the text after a whole number with no stop ("3 Finance", "1 Welcome, apologies and
    declarations") reads as a heading's title: capitalised, short, with no sentence or clause end,
    and not the rest of a date ("15 March 2024") or a count in running text ("3 members of the
    public attended" starts in lower case)."""
    title = title.strip()
    if not title[:1].isupper() or title.endswith((*_SENTENCE_END, ";", ":", ",")):
        return False
    if _is_person_entry(title):
        return False  # "1.\tHon. Grace Muthoni, MCA": an attendance list's entry
    # a bracketed date or reference, or a full date, does not lengthen the heading ("2 Minutes of the
    # previous meeting (15 June 2023) and action log", "2 Minutes of the meeting held on 7th December
    # 2022 and matters arising (Paper A)")
    # a dash between the parts of a title ("Waste Performance – Quarter 2 Update") is no word
    words = [w for w in _TITLE_DATE.sub(" ", _BRACKETED.sub(" ", title)).split() if w not in _DASHES]
    return len(words) <= MAX_BARE_TITLE_WORDS and not _MONTH_START.match(title)


def _bare_numbers_allowed(cands: list[_Candidate]) -> tuple[bool, set[int]]:
    """Whether whole numbers with no stop number this document's items, and which top-level ones
    appear: only when two of them run in sequence ("1 Welcome" ... "2 Minutes") and they outnumber
    top-level numbers written with a stop ("1."), so that a stray count or house number in a
    document numbered "1.", "2." never opens an item."""
    bare = {int(c.key) for c in cands if c.bare}
    dotted = sum(1 for c in cands if c.scheme == "decimal" and not c.bare and c.key.isdigit())
    in_sequence = any(n + 1 in bare for n in bare)
    return in_sequence and len(bare) > dotted, bare


def _is_wrapped_prose(cand: _Candidate, next_line: str) -> bool:
    """A numbered line whose sentence runs on to a next line starting in lower case
    ("4. How does the force know that victims who are not" / "contacted are ...") is a
    numbered question or list entry broken by the layout, not a heading; so is one that opens
    as a question ("4. Are return home interviews being completed" / "within 72 hours ..."). A row
    titled by its text's lead-in goes on past its title on its own line, so the line below continues
    that text, not the title."""
    if not cand.title or cand.title.endswith(":") or cand.scheme in ("markdown", "upper") or cand.row_titled:
        return False
    if not re.match(r"^[a-z]{2,}\b", next_line):
        return False
    if _BROKEN_RANGE.match(next_line) and cand.title[-1:].isdigit():
        return True  # "(a) Sale of alcohol: 12:00 to 00:00 ... and 12:00" / "to 23:00 on other days."
    if _ASKS.match(cand.title):
        return True  # "4. Are return home interviews being completed" / "within 72 hours ...?": a question
    last_word = cand.title.split()[-1].lower()
    return "?" in next_line or last_word in _FUNCTION_WORDS or bool(_REPORTED_CLAUSE.search(cand.title))


# The word that opens a direct question: an auxiliary verb or an interrogative.
_ASKS = re.compile(
    r"^(?:Are|Is|Was|Were|Does|Do|Did|Has|Have|Can|Could|Will|Would|Should"
    r"|How|What|Why|When|Where|Who|Which)\s"
)


# The rest of a range of numbers or times broken by the layout after its first number: "to 23:00 ...".
_BROKEN_RANGE = re.compile(r"(?:to|until|till)\s+\d")


# A clause of reported speech in a would-be title: "Item 3: Council Member Lee asked why the ...", or
# a paper's or a person's report in the present tense opening a "that" clause ("1. The report notes that
# burglary of" / "dwellings fell ..."): a sentence, which a title never is.
_REPORTED_CLAUSE = re.compile(
    r"\b[A-Z][\w'’-]+\s+(?:asked|said|noted|explained|reported|stated|queried|suggested|replied|advised|"
    r"confirmed|requested|questioned|commented)\s+[a-z]"
    r"|\b(?:notes|says|states|shows|reports|explains|confirms|suggests|indicates|highlights)\s+that\s"
)


_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "and",
        "or",
        "but",
        "for",
        "with",
        "by",
        "on",
        "in",
        "at",
        "from",
        "that",
        "which",
        "who",
        "whose",
        "are",
        "is",
        "was",
        "were",
        "be",
        "been",
        "not",
        "no",
        "their",
        "its",
        "his",
        "her",
        "our",
        "this",
        "these",
        "those",
    ]
)


MAX_TITLE_TAIL_WORDS = 10


MAX_WRAPPED_HEADING_WORDS = 6  # a heading set in a narrow table column wraps after a few words


def _wrapped_heading(cand: _Candidate, line: str) -> bool:
    """A short numbered heading broken mid-phrase by a narrow column ("5. Investigations and" /
    "charge rates", "2. Minutes and" / "action log"): the title stops on a word no heading ends with
    and the next line is a short fragment with no sentence end, so it is the title's rest, not a
    numbered sentence running on (which goes on with a long line or a question)."""
    return (
        cand.scheme in _NUMBERED
        and cand.title[:1].isupper()
        and len(cand.title.split()) <= MAX_WRAPPED_HEADING_WORDS
        and _ends_mid_phrase(cand.title)
        and len(line.split()) <= MAX_WRAPPED_HEADING_WORDS
        and not line.endswith((*_SENTENCE_END, ";", ":", ","))
        and "?" not in line
    )


MAX_COLUMN_TITLE_WORDS = 2  # "3. Neighbourhood": a title cut this short by a column may go on below
MAX_COLUMN_TAIL_LINES = 2


def _may_continue_column(cand: _Candidate, line: str) -> bool:
    """Whether ``line`` may be the rest of a numbered heading cut short by a narrow column
    ("3. Neighbourhood" / "Policing and ASB"): a short fragment with no sentence end. Taken as the
    title's rest only where other headings of the document wrap mid-phrase (see _join_column_tails)."""
    return (
        cand.scheme in _NUMBERED
        and cand.title[:1].isupper()
        and len(line.split()) <= MAX_WRAPPED_HEADING_WORDS - 2
        and not line.endswith((*_SENTENCE_END, ";", ":", ","))
        and "?" not in line
    )


def _join_column_tails(cands: list[_Candidate]) -> list[_Candidate]:
    """In minutes whose headings sit in a narrow table column, some heading wraps mid-phrase
    ("5. Investigations and" / "charge rates"); there a short title ("3. Neighbourhood", "4. Contact")
    with a short fragment below it is cut by the same column, so the fragment (and the next one when the
    first stops mid-phrase: "Management: 999 and" / "101 performance") joins the title. Without such
    evidence a short line below a one-word heading is more likely a label or a sub-heading."""
    absorbed: set[int] = set()
    for cand in cands:
        if not cand.column_tail:
            continue
        for n, (line, end, own) in enumerate(cand.column_tail):
            if n and not _ends_mid_phrase(cand.title):
                break
            cand.title, cand.end = f"{cand.title} {line}", end
            if own is not None:
                absorbed.add(id(own))
    return [cand for cand in cands if id(cand) not in absorbed]


def _continues_title(cand: _Candidate, line: str) -> bool:
    """Whether ``line`` is the rest of a heading's title wrapped by the layout: the title breaks
    after a comma ("b) 22/0335/FUL – Land adjacent to The Forge," / "Mill Lane: two dwellings")
    and the line is short with no sentence end (a planning application's heading may run longer)."""
    tail = MAX_APPLICATION_TITLE_WORDS if _APPLICATION_REF.match(cand.title) else MAX_TITLE_TAIL_WORDS
    if cand.scheme not in _LISTABLE + _NUMBERED or len(line.split()) > tail:
        return False
    if line.endswith((*_SENTENCE_END, ";", ":")):
        return False
    return (
        cand.title.endswith(",")
        or _wrapped_at_width(cand, line)
        or _split_postcode(cand.title, line)
        or _split_date(cand.title, line)
    )


_DAY_END = re.compile(r"\s(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
_MONTH_YEAR_START = re.compile(rf"^(?:{alternation(MONTH_PREFIXES)})[a-z]*\.?,?\s+\d{{4}}\b", re.I)


def _split_date(title: str, line: str) -> bool:
    """Whether the layout broke a date across the heading's lines: the title ends on the day ("Minutes of
    the meeting held on 10") and ``line`` opens with the month and year ("October 2023 (Paper 23/82)")."""
    return bool(title[-1:].isalnum() and _DAY_END.search(title) and _MONTH_YEAR_START.match(line))


# A UK postcode broken across lines by the page width: "..., 117 Cranbrook Street, N17" / "4QT".
_POSTCODE_OUTWARD = re.compile(r"[\s,]\s*[A-Z]{1,2}\d[A-Z\d]?$")
_POSTCODE_INWARD = re.compile(r"\d[A-Z]{2}")


def _split_postcode(title: str, line: str) -> bool:
    """Whether ``line`` is the inward half of a postcode whose outward half ends the title."""
    return bool(_POSTCODE_INWARD.fullmatch(line.strip()) and _POSTCODE_OUTWARD.search(title))


WRAP_WIDTH = 50  # a heading line at least this long may have been broken by the page width
# A planning application's reference opening a heading: "NP/22/0412/FUL - Low Garth Farm - Conversion
# of ...", "22/03419/FUL – Rugby Club". Such a heading names the site and the proposal, so it runs long.
_APPLICATION_REF = re.compile(r"^(?:[A-Z]{1,4}/)?\d{2}/\d{3,5}/[A-Z]{2,4}\b")
MAX_APPLICATION_TITLE_WORDS = 30


def _wrapped_at_width(cand: _Candidate, line: str) -> bool:
    """A long heading line broken mid-phrase by the page width: "5.2 REC/23/021 - Use of wearable
    cameras to study pedestrian" / "behaviour at level crossings". The title breaks after a word,
    the rest starts in lower case (or with a number after a word such as "by" that cannot end a
    title: "... working area by" / "4.2 hectares") and is no scribe's "nick: text" line, and the
    whole stays within a heading's length (longer for a planning application's heading). A title
    stopping on a word no title ends with ("of", "and") goes on below whatever case the rest starts in."""
    limit = MAX_APPLICATION_TITLE_WORDS if _APPLICATION_REF.match(cand.title) else MAX_TITLE_WORDS
    if cand.end - cand.start < WRAP_WIDTH or not cand.title[-1:].isalpha():
        return False
    if len(cand.title.split()) + len(line.split()) > limit:
        return False
    if line[:1].isupper() and _ends_mid_phrase(cand.title):
        # "... Safe Delivery of" / "Care Inspection: Glenmorven Royal Infirmary": no title ends on "of"
        return ":" not in line.split(None, 1)[0]  # unless the line is a speaker's "Dan: ..."
    return (
        line[:1].islower() or (line[:1].isdigit() and _ends_mid_phrase(cand.title))
    ) and ":" not in line  # "hadley: addresses ...": a scribe's line, not the title's rest


def _ends_mid_phrase(title: str) -> bool:
    """Whether a title stops on a word no heading ends with ("by", "of", "the"): the line broke there."""
    return title.rsplit(None, 1)[-1].lower() in _FUNCTION_WORDS


def _number_mid_phrase(pending: _Candidate, cand: _Candidate, line: str) -> bool:
    """Whether a line read as a numbered heading ("4.2 hectares and extension of ...") is the rest
    of the heading above, broken by the layout before a quantity: that heading stops mid-phrase
    ("... Extension of working area by"), the would-be title starts in lower case, and the line
    passes as the wrapped rest of the heading."""
    return (
        cand.scheme == "decimal"
        and cand.title[:1].islower()
        and _ends_mid_phrase(pending.title)
        and _continues_title(pending, line)
    )


# A reference's letters ending a heading line ("... Call-in of Cabinet Decision CAB") and its number
# opening the next ("112/24: Disposal of ..."): the layout broke the heading inside the reference.
_REF_LETTERS_END = re.compile(r"\s[A-Z]{2,6}$")
_REF_NUMBER_START = re.compile(r"^\d{1,4}/\d{2,4}\b")
# The page reference a council prints after an agenda item's title: "(Pages 7 - 18)", "(Page 5)".
PAGE_REF = re.compile(r"\s*\((?:pages?|pp?\.)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)$", re.I)


def _splits_reference(cand: _Candidate, line: str) -> bool:
    """Whether a numbered heading was broken inside a reference it names ("OSMB 49/24 Call-in of
    Cabinet Decision CAB" / "112/24: Disposal of ..."): the title ends with a reference's letters
    and the line opens with its number, so the line is the title's rest, not a heading of its own."""
    return (
        cand.scheme in _NUMBERED
        and not cand.title.isupper()
        and line[:1].isdigit()
        and _REF_LETTERS_END.search(cand.title) is not None
        and _REF_NUMBER_START.match(line) is not None
    )


def _ends_with_pages(cand: _Candidate, line: str) -> bool:
    """Whether ``line`` is the last line of a numbered heading wrapped by the page width: a short
    fragment ending with the page reference printed after a title ("Street (Pages 19 - 64)")."""
    if cand.scheme not in _NUMBERED or not line.endswith(")") or cand.title.endswith(")"):  # cheap gate
        return False
    m = PAGE_REF.search(line)
    rest = line[: m.start()] if m else ""
    return (
        m is not None
        and 0 < len(rest.split()) <= MAX_WRAPPED_HEADING_WORDS
        and not rest.endswith((*_SENTENCE_END, ";", ":"))
        and len(cand.title.split()) + len(rest.split()) <= MAX_TITLE_WORDS + 8
    )


# The item's place on the agenda in brackets after its title, where the minutes number their items on
# from the last meeting ("42. Call-in: Westbrook Library (Agenda item 5)", "7. Budget (Item 4b)"),
# also in square brackets ("44/22 WINTER PLANNING  [Item 5]"): another numbering of the same item, not
# its topic. Public: the sentence splitter keeps it in the heading.
_AGENDA_PLACE = r"(?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}[a-z]?"
AGENDA_REF = re.compile(rf"\s*(?:\({_AGENDA_PLACE}\)|\[{_AGENDA_PLACE}\])$", re.I)


def _drop_note(title: str, note: re.Pattern[str]) -> str:
    """``title`` without the bracketed note that ``note`` finds at its end, unless the note is all
    the title holds."""
    if not title.endswith((")", "]")):  # cheap gate
        return title
    bare = note.sub("", title)
    return bare if bare else title


def _drop_page_reference(title: str) -> str:
    """A title without the page reference after it ("Work Programme (Pages 131 - 142)" is "Work
    Programme"): the pages locate the report in the agenda pack, they are not the topic."""
    return _drop_note(title, PAGE_REF)


def _drop_agenda_reference(title: str) -> str:
    """A title without the agenda item number after it ("Cost of living support (Agenda item 6)" under
    minute 43 is "Cost of living support"): see AGENDA_REF."""
    return _drop_note(title, AGENDA_REF)


# A paper reference in brackets after a title: "(Paper FEC/22/32)", "(Paper No. TB 17/23)".
_OWN_PAPER_REF = re.compile(r"\s*\(papers?(?:\s+no\.?)?\s+(?P<ref>[^()]{1,24})\)$", re.I)


# The label word before an item's number ("Item 5", "Agenda Item No. 5", "Minute 12"): papers are
# numbered after the item, not after its label, so "(Paper 5)" under "Item 5" repeats the number.
_NUMBER_LABEL = re.compile(r"^(?:(?:agenda\s+)?item|minute)\s+(?:no\.?\s*)?", re.I)


def names_own_paper(bracket: str, number: str | None) -> bool:
    """Whether ``bracket`` is a paper reference that repeats the item's own number ("(Paper
    FEC/22/38)" under minute FEC/22/38, "(Paper 5)" under "Item 5"); a reference to another paper
    ("(Paper A)", "(Paper 7)" under item 2) is not."""
    m = _OWN_PAPER_REF.fullmatch(bracket.strip())
    if not number or m is None:
        return False
    ref = m.group("ref").strip().rstrip(".").lower()
    return ref in {number.rstrip(".").lower(), _NUMBER_LABEL.sub("", number).rstrip(".").lower()}


def _drop_own_paper_reference(title: str, number: str | None) -> str:
    """A title without a paper reference that only repeats the item's own number ("Degree outcomes
    (Paper FEC/22/38)" under minute FEC/22/38 is "Degree outcomes"): the paper is named after the
    minute, so the bracket says nothing about the topic. A reference to another paper ("(Paper
    A)") names the document discussed and stays."""
    if not number or not title.endswith(")"):  # cheap gate
        return title
    m = _OWN_PAPER_REF.search(title)
    if m is None or not names_own_paper(m.group(0), number):
        return title
    bare = title[: m.start()].rstrip()
    return bare if bare else title


def _split_merged(cand: _Candidate) -> list[_Candidate]:
    """A heading with its first sub-heading merged onto the same line by the layout
    ("TB 17/23 Building safety a) Damp and mould") becomes the heading and the sub-heading."""
    if cand.scheme not in _NUMBERED:
        return [cand]
    m = _MERGED_SUB.match(cand.title)
    if not m:
        return [cand]
    offset = cand.end - len(cand.title) + m.start("sub")
    sub = _classify_line(m.group("sub"), offset, cand.end)
    if sub is None or sub.scheme not in ("letter", "roman", "roman?"):
        return [cand]
    cand.title = m.group("head").strip()
    cand.end = offset
    return [cand, sub]


@dataclass
class _Line:
    """A non-blank line as the candidate scan remembers it: text, offsets and layout."""

    text: str
    start: int
    end: int
    after_blank: bool
    cand: _Candidate | None
    after_heading: bool = False  # the line before is a numbered heading
    after_sentence: bool = False  # the line before ends a sentence (a paragraph ended there)


def _table_row_heading(line: str, s: int) -> _Candidate | None:
    """A table row flattened to TAB-separated cells whose first cell is an item number and whose
    second is a short title ("3.1<TAB>Broker Portal replacement<TAB>RAG: Red ..."), with text in a
    later cell, or whose second cell is the discussion led by the item's title and a colon
    ("3.1<TAB>Data migration: Mock load 2 completed ...<TAB>AK", a table "Item | Discussion |
    Owner"): the row heads an item. Its heading ends with the title, so the discussion, action and
    owner cells after it are the item's text, not part of its heading."""
    cells = line.split("\t")
    if len(cells) >= 2 and not _ROW_NUMBER.match(cells[0].strip()):
        return _numbered_cell_heading(cells, s)
    if len(cells) < 3:
        return None
    number, title = cells[0].strip(), cells[1].strip()
    if not _ROW_NUMBER.match(number):
        return None
    if (
        not any(c.strip() for c in cells[2:])
        or len(title.split()) > MAX_ROW_TITLE_WORDS
        or title.endswith(_SENTENCE_END)
    ):
        title = _discussion_title(title)  # the owner cell may be empty: the discussion is the row's text
    if not title or not _title_ok(title):
        return None
    lead = len(cells[1]) - len(cells[1].lstrip())
    end = s + len(cells[0]) + 1 + lead + len(title)
    return _Candidate(
        s, end, "decimal", number, number.rstrip("."), title, row_titled=title != cells[1].strip()
    )


MIN_ROW_TEXT_WORDS = 6
"""A row's cell after its title holds the item's minutes when it has at least this many words."""


def _numbered_cell_heading(cells: list[str], s: int) -> _Candidate | None:
    """A table row whose first cell holds the item's number and title together ("4. GTP system – FAT
    results<TAB>EN presented the results ...", a table "Item | Discussion | Decision / Action") and whose
    next cell is the item's minutes: the row heads an item, its heading ending with the first cell. A
    short second cell (a lead, a paper) leaves the line to the other readings."""
    row = _UNTABBED_ROW.match(cells[0].strip())
    if row is None or len(cells[1].split()) < MIN_ROW_TEXT_WORDS:
        return None
    title = row.group("body").strip()
    if len(title.split()) > MAX_ROW_TITLE_WORDS or title.endswith(_SENTENCE_END) or not _title_ok(title):
        return None
    number = row.group("num")
    return _Candidate(s, s + len(cells[0].rstrip()), "decimal", number, number.rstrip("."), title)


def _discussion_title(cell: str) -> str:
    """The title a discussion gives itself before a colon ("Data migration: Mock load 2 completed on
    11 January."), or "" when the text is not led that way: the colon must follow a short phrase
    (see :func:`_paragraph_title`) and the text after it must read as prose ending a sentence, so a
    field ("Status: Open") or a label over a list is no title."""
    title = _paragraph_title(cell)
    return title if title and cell.rstrip().endswith(_SENTENCE_END) else ""


# A numbered row of a Markdown table whose text cell opens with the item's title in bold, led into the text
# by a colon: "| 5 | **Domestic abuse:** The charge rate fell ... | The DCC explained ... |", a table
# "No. | Question | Response | Follow-up" whose rows are the meeting's items.
_BOLD_LEAD_ROW = re.compile(
    r"^\|[ \t]*(?P<num>\d{1,2}(?:\.\d{1,2}){0,2}\.?)[ \t]*\|[ \t]*(?P<mark>\*\*|__)"
    r"(?P<title>[^*_|:]+?)(?::(?P=mark)|(?P=mark)[ \t]*:)(?=[ \t]+\S)"
)


def _pipe_row_heading(line: str, s: int) -> _Candidate | None:
    """A Markdown table row whose first cell is an item number and whose second opens with a bold title
    and a colon (see :data:`_BOLD_LEAD_ROW`): the row heads an item, its heading ending after the
    colon, and the rest of the row (the text, the answer, the follow-up) is the item's text. A bold
    lead without a colon, or a long one, is emphasis in a log's row, not a title."""
    m = _BOLD_LEAD_ROW.match(line)
    title = m.group("title").strip() if m else ""
    if not m or len(title.split()) > MAX_ROW_TITLE_WORDS or not _title_ok(title):
        return None
    number = m.group("num")
    return _Candidate(s, s + m.end(), "decimal", number, number.rstrip("."), title, row_titled=True)


# A table row flattened with a bar between its cells and none at its edges, its first cell the item's
# label and number: "Item 6 | Maternity safety report | Presented by: DoM", "Item 3.1 | Capital programme |".
# A bare number or minute reference in that cell ("22.16 | Confirm rooms | FR | March") opens a row of an
# action table far more often than a heading, so only the "Item" label is read so.
_CELL_BAR = re.compile(r"[ \t]*\|[ \t]*")
_BARRED_ROW = re.compile(
    r"^(?P<num>(?:Agenda[ \t]+)?Item[ \t]+\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?\.?)[ \t]+\|[ \t]*"
)


_LABEL_CELL = re.compile(r"^[A-Z][a-z]*(?:[ /][A-Za-z]+){0,2}$")


def _in_barred_log(above: str) -> bool:
    """Whether a barred row sits right below another numbered barred row or below a row of column labels
    ("Item | Action | Lead | Timescale"): a row of a log or an action table, not an item's heading, since
    item headings have their minutes between them."""
    cells = [c.strip() for c in above.strip("|").split("|")]
    return bool(_BARRED_ROW.match(above)) or (len(cells) >= 2 and all(_LABEL_CELL.match(c) for c in cells))


def _barred_row_heading(line: str, s: int) -> _Candidate | None:
    """A row of an item table flattened with bars between its cells (see :data:`_BARRED_ROW`) whose
    second cell is a short title: the row heads an item, its heading ending with the title, so the
    cells after it (who presents it, its paper) are the item's text, as a lead named after a dashed
    title is ("QSC 23/031 – Title – Lead: DoN"). A long or sentence-ended second cell is no title."""
    m = _BARRED_ROW.match(line)
    if m is None:
        return None
    cell = line[m.end() :].split("|", 1)[0].rstrip()
    if not _title_line(cell):
        return None
    end = m.end() + len(cell)
    cand = _classify_line(f"{m.group('num')} {cell}", s, s + end)
    if cand is None or cand.scheme not in _NUMBERED:
        return None
    bar = _CELL_BAR.match(line, end)  # the bar closing the title cell belongs to the heading
    cand.start, cand.end = s, s + (bar.end() if bar else end)
    return cand


# A row of such a table whose empty owner cell made the text layer drop its TABs: "1 Welcome and
# apologies: SW welcomed the board ...".
_UNTABBED_ROW = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,2}\.?)[ \t]+(?P<body>[A-Z].*)$")
MIN_TITLED_ROWS = 2
"""Rows that kept their TABs and are titled by their discussion's lead-in, needed before the same table's
rows without TABs are read that way too (see :func:`_untabbed_rows`)."""


def _untabbed_rows(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Add the rows of a table titled by its discussion's lead-in (see :func:`_table_row_heading`)
    that lost their TABs: where at least ``MIN_TITLED_ROWS`` rows kept them, a numbered line of the
    same table (the same run of lines, no blank line between) led by a short title and a colon
    ("1 Welcome and apologies: SW welcomed ...") heads an item the same way, replacing any other
    reading of that line. Other candidates are returned unchanged."""
    titled = {c.start for c in cands if c.row_titled}
    if len(titled) < MIN_TITLED_ROWS:
        return cands
    found: list[_Candidate] = []
    run: list[tuple[int, str]] = []  # the lines of the current run, with their offsets
    for m in _LINE.finditer(text):
        stripped = m.group(0).strip()
        if stripped:
            run.append((m.start() + m.group(0).index(stripped), stripped))
            if m.end() < len(text):
                continue
        if any(s in titled for s, _ in run):
            found.extend(c for c in map(_untabbed_row, run) if c is not None)
        run = []
    replaced = {c.start for c in found}
    return sorted([*(c for c in cands if c.start not in replaced), *found], key=lambda c: c.start)


def _untabbed_row(line: tuple[int, str]) -> _Candidate | None:
    """The heading of a table row that lost the TABs around its discussion cell ("3 Risks and issues: JO
    took the board ...", "1<TAB>Welcome: SW welcomed ..." with its empty owner cell trimmed), or None when
    the line is no such row."""
    s, text = line
    row = _UNTABBED_ROW.match(text)
    title = _discussion_title(row.group("body").split("\t", 1)[0]) if row else ""
    if not row or not title or not _title_ok(title):
        return None
    number = row.group("num")
    return _Candidate(
        s, s + row.start("body") + len(title), "decimal", number, number.rstrip("."), title, row_titled=True
    )


# An emoji or pictograph marking a heading ("✅ Decisions", "📌 Actions", "6. ⚠️ Risks & issues"), with its
# variation selector and joiners: a marker, as a bullet is, not part of the title.
_EMOJI_MARK = re.compile(
    r"^(?:[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*)+[ \t]+(?=\S)"
)
_EMOJI_FLOOR = "\u2600"


def _drop_emoji_marker(title: str) -> str:
    """``title`` without an emoji marking it ("📌 Actions" is "Actions")."""
    return _EMOJI_MARK.sub("", title, count=1) if title[:1] >= _EMOJI_FLOOR else title


def _drop_status_tag(title: str) -> str:
    """A title without the paper's status after it ("Health and safety (For information)" is
    "Health and safety"), in brackets or after a dash ("Research update – For noting"): the status says
    what the meeting is asked to do, it is not the topic."""
    bare = _DASHED_STATUS_TAG.sub("", title)
    return _drop_note(bare or title, PAPER_STATUS_TAG)


def _is_minute_heading(cand: _Candidate) -> bool:
    """Whether a candidate is a "Minute N" heading ("Minute No. 112 – Apologies")."""
    return cand.scheme == "item" and cand.number[:6].lower() == "minute"


def _running_minute_numbers(cands: list[_Candidate]) -> set[int]:
    """The numbers of the "Minute N" headings. Councils number their minutes on across the year, so
    ``segment_items`` takes a first minute above 3 as a heading when the next number is one of
    these too (a lone "Minute 87" is a reference, not a heading)."""
    return {int(c.key) for c in cands if _is_minute_heading(c) and c.key.isdigit()}


def _running_item_numbers(cands: list[_Candidate]) -> set[int]:
    """The numbers of the "Item N" headings (any item label). A council's website numbers its items on
    across the year as its minutes do ("Item 52 – Apologies", "Item 53 – Declarations ..."), so
    ``segment_items`` takes a first item above 3 as a heading when the next two numbers are item
    headings too: a run of three is a series, where a lone "Item 12" line may be a reference."""
    return {int(c.key) for c in cands if c.scheme == "item" and c.key.isdigit()}


def _drop(out: list[_Candidate], cand: _Candidate) -> None:
    """Remove ``cand`` from ``out`` by identity, searching from the end where it sits (comparing
    candidates field by field against every earlier one made the scan quadratic)."""
    del out[next(i for i in range(len(out) - 1, -1, -1) if out[i] is cand)]


# An Org-mode outline heading: "* Topic", "** Subtopic"; one with a task keyword ("** TODO ...") is a task.
_ORG_HEADING = re.compile(r"^(?P<stars>\*{1,6})[ \t]+(?P<title>\S.*?)[ \t]*$")
_ORG_KEYWORDS = ("TODO ", "DONE ", "NEXT ", "WAITING ", "CANCELLED ", "[#")
# The in-buffer settings an Org-mode file opens with: "#+TITLE: ...", "#+DATE: ..."
_ORG_SETTING = re.compile(r"^#\+[A-Z_]+:", re.M)
ORG_SETTINGS_WINDOW = 400


def is_org(text: str) -> bool:
    """Whether ``text`` is an Org-mode file: one of its first lines is an in-buffer setting ("#+TITLE:");
    only there is a line opening with stars an outline heading rather than a bullet."""
    return _ORG_SETTING.search(text[:ORG_SETTINGS_WINDOW]) is not None


# A plain-text pad written as an outline, with no Org settings: each topic a "* Topic" line at the margin
# over its own notes ("* 1.12 release" / "    (Bram) two blockers left ..."). Stars are Markdown's list
# mark, so a document with Markdown headings is never read this way, and neither is a list of
# bullets one under another ("* Budget" / "* Staffing"), nor one of questions or sentences.
MIN_OUTLINE_TOPICS = 3


def is_star_outline(text: str) -> bool:
    """Whether ``text`` is a pad outlined with single stars: at least ``MIN_OUTLINE_TOPICS`` lines
    open with "* " at the margin, each reads as a title and each has notes below it rather than
    another such line, and no line is a Markdown heading. Its stars are headings, as in Org mode."""
    lines = text.splitlines()
    if any(_MARKDOWN.match(line) for line in lines):
        return False
    topics = [n for n, line in enumerate(lines) if _outline_topic(line)]
    return len(topics) >= MIN_OUTLINE_TOPICS and all(_has_notes(lines, n) for n in topics)


def _outline_topic(line: str) -> bool:
    """Whether ``line`` opens with a single star at the margin (not Org's "**" depths)."""
    m = _ORG_HEADING.match(line)
    return m is not None and len(m.group("stars")) == 1


def _has_notes(lines: list[str], n: int) -> bool:
    """Whether the star line ``lines[n]`` is a topic's title over its notes: a title, not a sentence
    or a lead-in, and the next non-blank line is no star line of its own at the margin (an indented
    "  * Quorum: 7 of 9" is a note, a bullet nested under the topic)."""
    title = lines[n][1:].strip()
    below = _next_nonblank_line(lines, n + 1)  # as written: its indent tells a nested bullet
    return (
        _title_ok(title)
        and not title.endswith((*_SENTENCE_END, ":", ";", ","))
        and bool(below)
        and not _outline_topic(below)
    )


def stars_are_headings(text: str) -> bool:
    """Whether a line opening with stars heads an outline topic in ``text``: an Org-mode file, or a
    pad outlined with single stars."""
    return is_org(text) or is_star_outline(text)


def org_heading(line: str) -> str:
    """An Org-mode heading written as Markdown ("** Budget" -> "## Budget"), so it nests as Markdown
    headings do; a task entry ("** TODO @kim: send the draft") is a sentence under a topic and stays."""
    m = _ORG_HEADING.match(line)
    if m is None or m.group("title").startswith(_ORG_KEYWORDS):
        return line
    return "#" * len(m.group("stars")) + " " + m.group("title")


def _numbers_markdown_heading(inner: _Candidate) -> bool:
    """Whether the numbered reading of a Markdown heading's text is an item number: not when a title in
    lower case follows a bare number ("## 0.9.0 release planning" names a version), but whenever the
    number is closed by its stop or bracket ("## 3. v2.4 release status")."""
    return not inner.title[:1].islower() or inner.number.endswith((".", ")"))


def _line_candidates(text: str, start: int, org: bool = False) -> list[_Candidate]:
    """Heading candidates, one per line (two when a sub-heading is merged onto its heading),
    with the layout facts the acceptance rules use; ``org`` reads "* Topic" as an Org-mode heading."""
    out: list[_Candidate] = []
    pos = start
    blank_before = True
    prev: _Line | None = None  # the previous non-blank line
    intro = False  # the line just before is prose ending with ":" ("Governors approved the following:")
    run: str | None = None  # family of the list being read ("alpha", "decimal1"), None outside a list
    lines = text[start:].splitlines(keepends=True)
    tail_of: _Candidate | None = None  # a short title whose column tail is being read
    wrapped_mid_phrase = False  # some heading of the document wraps mid-phrase (see _join_column_tails)
    for n, raw_line in enumerate(lines):
        line_start, pos = pos, pos + len(raw_line)
        stripped = raw_line.strip()
        if not stripped:
            blank_before, intro, run = True, False, None
            continue
        next_line = _next_nonblank(lines, n + 1)
        above = "" if blank_before or n == 0 else lines[n - 1].strip()
        flat = _as_markdown(
            _drop_lead_cell(stripped).replace("\t", " "),
            lines[n + 1].strip() if n + 1 < len(lines) else "",
            above,
        )
        if org and flat[:1] == "*" and raw_line[:1] == "*":
            flat = org_heading(flat)  # at the margin only: an indented star is a bullet of the notes
        lead = len(raw_line) - len(raw_line.lstrip())
        s, e = line_start + lead, line_start + len(raw_line.rstrip())
        pending = prev.cand if prev is not None else None  # the candidate whose next line is not yet seen
        cand = _number_below_title(flat, prev, blank_before, e) or _title_below_number(
            flat, prev, blank_before, e
        )
        if cand is not None:
            if pending is not None:
                _drop(out, pending)
            pending = None
        else:
            row = _table_row_heading(stripped, s) if "\t" in stripped else None
            if row is None and stripped[:1] == "|":
                row = _pipe_row_heading(stripped, s)
            elif row is None and " |" in stripped and not _in_barred_log(above):
                row = _barred_row_heading(stripped, s)
            cand = row if row is not None else _classify_line(flat, s, e)
        if cand is not None and not blank_before and _article_in_prose(cand, prev):
            cand = None  # "... was proposed for" / "a Covid-19 contingency reserve ...": the sentence goes on
        if cand is not None and not blank_before and _reference_in_prose(cand, prev, flat):
            cand = None  # "... done, see" / "topic 2": a reference to an item, wrapped onto its own line
        if cand is not None and not cand.title and "|" in f"{above} {next_line}":
            cand = None  # a table row's number cell left on a line of its own ("24/09" below "| ... | CEO |")
        if pending is not None and cand is not None and _number_mid_phrase(pending, cand, flat):
            cand = None  # "... working area by" / "4.2 hectares and ...": the title's rest, read below
        rest_of_title = pending is not None and (
            _splits_reference(pending, flat) or (not blank_before and _ends_with_pages(pending, flat))
        )
        if rest_of_title:
            cand = None  # "... Decision CAB" / "112/24: Disposal of ...": read as the title's rest below
        titled_below = _title_on_next_line(pending, flat, blank_before)
        if titled_below:
            cand = None  # "Agenda Item 7 — Paper QSC(24)51" / "CQC visit: Heron Ward": the item's title
        inline = _inline_candidates(flat, s)
        if (
            cand is not None
            and cand.scheme in _UNNUMBERED
            and pending is not None
            and (_wrapped_heading(pending, flat) or _continues_title(pending, flat))
        ):
            # "2. Minutes and" / "action log", "... held on 14" / "March 2024 (Paper 24/10)": the title's
            # rest, not a heading of its own
            cand = None
        carried = None  # a heading whose title this line continues: the next line may continue it too
        loose = cand is None or cand.scheme in _UNNUMBERED  # no heading, or only an unnumbered one
        if tail_of is not None and tail_of.column_tail is not None:  # the second line below a cut title
            if loose and not blank_before and _may_continue_column(tail_of, flat):
                tail_of.column_tail.append((flat, e, cand))
            tail_of = None
        if (
            pending is not None
            and loose
            and len(pending.title.split()) <= MAX_COLUMN_TITLE_WORDS
            and _may_continue_column(pending, flat)  # a title starting with a capital, so not empty
            and not _ends_mid_phrase(pending.title)
        ):
            pending.column_tail = [(flat, e, cand)]
            tail_of = pending
        if pending is not None and titled_below:
            pending.title, pending.end = flat, e
            carried = pending
        elif pending is not None and rest_of_title:
            pending.title, pending.end = f"{pending.title} {flat}", e
            carried = pending
        elif pending is not None and cand is None and _wrapped_heading(pending, flat):
            pending.title, pending.end = f"{pending.title} {flat}", e
            carried = pending
            wrapped_mid_phrase = True
        elif pending is not None and cand is None and _is_wrapped_prose(pending, flat):
            _drop(out, pending)
            pending = None
        elif pending is not None and cand is None and _continues_title(pending, flat):
            pending.title, pending.end = f"{pending.title} {flat}", e
        if pending is not None:
            pending.next_numbered = cand is not None and cand.scheme in _NUMBERED
            pending.next_title = cand.title if cand is not None else ""
        if cand is not None:
            cand.topic = cand.topic or bool(_SCRIBE_TOPIC.match(stripped) or _BOT_TOPIC.match(stripped))
            cand.after_blank = blank_before
            cand.after_break = blank_before or (prev is not None and prev.text.endswith(_SENTENCE_END))
            cand.listed = _is_list_entry(cand, intro, run, next_line)
            out.extend(_split_merged(cand))
        out.extend(inline)
        run = _list_run(run, cand, flat, prev)
        intro = _introduces_list(cand, flat)
        after_heading = prev is not None and prev.cand is not None and prev.cand.scheme in _NUMBERED
        after_sentence = prev is not None and not blank_before and prev.text.endswith(_SENTENCE_END)
        prev = _Line(
            flat, s, e, blank_before, cand or carried, after_heading and not blank_before, after_sentence
        )
        blank_before = False
    return _join_column_tails(out) if wrapped_mid_phrase else out


def _reference_in_prose(cand: _Candidate, prev: _Line | None, line: str) -> bool:
    """Whether an item label with no title ("topic 2", "item 4") ends the sentence of the line right
    above, which breaks off mid-phrase ("... done, see"): the line width cut a reference to an item
    ("see topic 2"), so the label is no heading. A heading label on its own line follows a blank line, a
    finished sentence or a line ending with a colon. A bare minute number counts only with the full
    stop that closes the sentence ("... attending for Item" / "SG/067/2024."): set on its own line over
    its title, a minute number may follow an unpunctuated line, such as the last name of a list. A
    minute number followed by lower-case words ("... declared an interest in" / "minute PC/12 as a
    trustee of the charity") is a reference too: a minute's title never opens in lower case."""
    untitled = not cand.title and (cand.scheme == "item" or (cand.scheme == "serial" and line.endswith(".")))
    return (
        (untitled or (cand.scheme == "serial" and cand.title[:1].islower()))
        and prev is not None
        and prev.cand is None
        and not prev.text.endswith((*_SENTENCE_END, ":"))
    )


def _article_in_prose(cand: _Candidate, prev: _Line | None) -> bool:
    """Whether a bare letter opening a line ("a Covid-19 contingency reserve and the balance", no stop or
    bracket after it) goes on with the sentence of the line right above, which breaks off on a word that
    cannot end a phrase ("The DoF responded that £900,000 was proposed for"): the page width moved the
    article "a" to the start of the line, so it is no sub-item's letter. So does a decimal number followed
    by a lower-case word ("... would rather wait until after the" / "2.0 release is out"): a version or a
    quantity the width moved there, since a heading's title opens with a capital."""
    letter = cand.scheme == "letter" and len(cand.number) == 1
    quantity = cand.scheme == "decimal" and cand.title[:1].islower()
    return (
        (letter or quantity)
        and prev is not None
        and (prev.cand is None or prev.cand.scheme in _UNNUMBERED)  # a short line of prose may read as one
        and _ends_mid_phrase(prev.text)
    )


LOOKAHEAD_LINES = 4
"""How many lines :func:`_next_nonblank_line` looks ahead at most, so that the scan stays linear."""


def _next_nonblank_line(lines: list[str], n: int) -> str:
    """The next non-blank line from index ``n`` on, as written ("" at the end or past
    :data:`LOOKAHEAD_LINES` lines)."""
    return next((line for line in lines[n : n + LOOKAHEAD_LINES] if line.strip()), "")


def _next_nonblank(lines: list[str], n: int) -> str:
    """The next non-blank line from index ``n`` on, stripped (see :func:`_next_nonblank_line`)."""
    return _next_nonblank_line(lines, n).strip()


# ----------------------------------------------------------------- list entries inside an item

_LISTABLE = ("decimal", "letter", "roman", "roman?")
_SENTENCE_END = (".", "?", "!")
# How a list entry ends: "...;", "...; and", "...; or".
_LIST_END = re.compile(r";(?:\s+(?:and|or))?$")
# A line that opens with a list marker: "1.", "2)", "(a)", "b)", "iv.", "(3)".
_LIST_MARKER = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s")
MAX_LIST_HEADING_WORDS = 10
# A decision formula alone on its line, over the lettered or numbered clauses decided ("RESOLVED:" /
# "(a) That the report be noted."): it introduces a list as a longer prose line ending with ":" does.
# Councils close it with a dash as often as with a colon ("RESOLVED –" / "(1) That the work programme be
# approved."), the dash they also set before a one-clause resolution ("RESOLVED – That the report be noted.").
_DECISION_INTRO = re.compile(
    r"^(?:It\s+was\s+)?(?:resolved|agreed|decided|recommended)(?:\s+that)?\s*[:–—-]$", re.I
)


def _introduces_list(cand: _Candidate | None, line: str) -> bool:
    """Whether ``line`` introduces a list: prose ending with ":" ("Governors approved the following:"), a
    decision formula ("RESOLVED:") or a closing section's name ended by a colon over one item's actions
    ("Actions:" / "6.1 DoM to provide the trajectory", "6.2 DoM and CMO to review the rota"), whose
    numbered lines are the actions listed, not sub-items."""
    if cand is not None:
        return cand.colon
    return bool(_DECISION_INTRO.match(line)) or (line.endswith(":") and len(line.split()) >= 2)


def _family(cand: _Candidate) -> str:
    """Which list a numbered line would continue: letters and roman numerals form one family,
    decimals one per depth ("1." and "2." one, "1.1" and "1.2" another)."""
    if cand.scheme == "decimal":
        return f"decimal{cand.key.count('.') + 1}"
    return "alpha"


def _heading_like(title: str, next_line: str) -> bool:
    """A heading, as opposed to a list entry: short, opening with a capital or a digit, with no
    closing punctuation, and followed by prose rather than by another list entry."""
    if not title or not (title[0].isupper() or title[0].isdigit()):
        return False
    if title.endswith((".", ";", ",", ":")) or len(title.split()) > MAX_LIST_HEADING_WORDS:
        return False
    if title.isupper():
        return True  # "4. FINANCE": list entries are not written in capitals
    return bool(next_line) and not _LIST_MARKER.match(next_line) and not next_line[0].islower()


# A name written in lower case that can open a heading: "draft-ietf-cte-records-05", "pkg-build-tools".
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}\b")
# A name in lower camel case ("openQA workers", "iOS release"): a proper name, not a list entry's prose.
_CAMEL_NAME = re.compile(r"^[a-z]+[A-Z][\w-]*\b")


def _is_list_entry(cand: _Candidate, intro: bool, run: str | None, next_line: str) -> bool:
    """Whether a numbered or lettered line is an entry of a list inside an item ("i. attendance was
    93%;", "(a) the interim results be approved;") rather than a sub-heading: it starts in lower
    case or ends like a list entry (";", "; and"); or it follows a line introducing a list (prose
    ending with ":") or continues a list of its own family, and does not look like a heading. A
    Markdown heading ("## 3. v2.4 release status") is marked as one, so it is never a list entry."""
    if cand.scheme not in _LISTABLE or not cand.title or cand.depth:
        return False
    if (
        cand.title[0].islower()
        and not (cand.after_blank and _IDENTIFIER.match(cand.title))
        and not _CAMEL_NAME.match(cand.title)
    ) or _LIST_END.search(cand.title):
        return True
    if intro or run == _family(cand):
        return not _heading_like(cand.title, next_line)
    return False


def _list_run(run: str | None, cand: _Candidate | None, line: str, prev: _Line | None) -> str | None:
    """The list family still being read after ``line``: a list entry opens or continues one, and so
    does a numbered line too long or too sentence-like to be a heading (so a short numbered
    sentence after it, "2. Approve payroll of $51,200.", is its list's entry too); a line that is
    no candidate continues it while it reads as the entry's continuation (the line before did not
    end a sentence, or it ends like an entry itself); anything else ends it."""
    if cand is not None:
        return _family(cand) if cand.listed else None
    marker = _LIST_MARKER.match(line)
    if marker:  # a numbered sentence, no heading ("1. Approve the minutes of the May 2 meeting."): a list
        return "decimal1" if marker.group().strip(" \t().").isdigit() else "alpha"
    if run is None:
        return None
    if _LIST_END.search(line) or (prev is not None and not prev.text.endswith(_SENTENCE_END)):
        return run
    return None


# ----------------------------------------------------------------- a number below its title

# A line holding only an item number: "3.", "2.1", "Item 3", "FB/23/32" (its title sits on the line
# above when a table's cells are read title first).
_NUMBER_ONLY = re.compile(
    r"^(?:(?:Agenda\s+)?Item\s+\d{1,2}[a-z]?:?|\d{1,2}(?:\.\d{1,2}){0,2}\.|\d{1,2}(?:\.\d{1,2}){1,2}|"
    rf"{SERIAL_NUMBER})$",
    re.I,
)
_LEADING_DASH = re.compile(r"^[–—-]\s*")


def _number_below_title(line: str, prev: _Line | None, blank_before: bool, end: int) -> _Candidate | None:
    """A heading read title first: a line holding only a number ("3.", "Item 3") right below a
    title line that starts a paragraph (after a blank line or a sentence's end), or sits right
    below its parent's heading ("2. Minutes" /
    "Minutes of the last meeting" / "2.1") and reads as a title (capitalised, short, no sentence
    end) is one heading, starting at the title line. None when the line is anything else."""
    if blank_before or prev is None or not (prev.after_blank or prev.after_heading or prev.after_sentence):
        return None
    if not _NUMBER_ONLY.match(line):
        return None
    if prev.cand is not None and prev.cand.scheme not in ("upper", "titlecase", "sentence"):
        return None
    title = _drop_garbled_repeat(_LEADING_DASH.sub("", prev.text))
    if not title[:1].isupper() or title.endswith((*_SENTENCE_END, ";", ":", ",")) or not _title_ok(title):
        return None
    cand = _classify_line(f"{line} {title}", prev.start, end)
    if cand is None or cand.scheme not in _NUMBERED:
        return None
    return cand


def _title_line(line: str) -> bool:
    """Whether a line reads as a title set on a line of its own: capitalised, short (a bracketed note
    aside), with no sentence end or clause punctuation closing it."""
    if not line[:1].isupper() or line.endswith((*_SENTENCE_END, ";", ":", ",")):
        return False
    # a note in brackets ("(Cabinet, 21st November, 2024, Minute No. 88)") names where the business
    # comes from: part of the title, but no sign of prose, so it does not count towards its length
    bare = _BRACKETED.sub(" ", line)
    return len(bare.split()) <= MAX_ROW_TITLE_WORDS and _title_ok(bare)


# What an "Item N" heading line may carry instead of a title: a note on how the item comes to the
# meeting ("Agenda Item 7 — Paper QSC(24)51", "Item 2 – Verbal"), or nothing; the title is on the next line.
_PAPER_NOTE = re.compile(
    r"^(?:[—–-][ \t]*)?(?:(?:Verbal|Oral)(?:[ \t]+(?:update|report|item))?|Papers?(?:[ \t]+[A-Z][\w/().-]*\d[\w/().-]*)?"
    r"|Presentation)?$"
)


def _title_on_next_line(pending: _Candidate | None, line: str, blank_before: bool) -> bool:
    """An "Item N" heading whose line holds no title, or only a note on its paper ("— Paper
    QSC(24)51", "— Verbal"), takes a title-like line right below it as its title: the note says
    how the item reached the meeting, the line below names it. So does a serial minute number set
    on a line of its own."""
    if pending is None or blank_before:
        return False
    if pending.scheme == "serial" and not pending.title and not pending.part_of:
        return _title_line(line)  # "QPC/24/65" / "Welcome and apologies": a minute number over its title
    return pending.scheme == "item" and bool(_PAPER_NOTE.match(pending.title)) and _title_line(line)


# A line holding only a decimal item number ("3.", "5.1"): a table's number cell flattened onto a line of
# its own, its title cell on the next line.
_DECIMAL_ONLY = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?$")


def _title_below_number(line: str, prev: _Line | None, blank_before: bool, end: int) -> _Candidate | None:
    """A heading read number first: a title-like line (capitalised, short, no sentence end) right
    below a line holding only a decimal number that nothing else claimed ("3." / "Violence against
    women and girls") is one heading, starting at the number. A PDF table whose number and title
    cells are flattened onto lines of their own reads so. None when the line is anything else."""
    if blank_before or prev is None or prev.cand is not None or not _DECIMAL_ONLY.match(prev.text):
        return None
    if not _title_line(line):
        return None
    cand = _classify_line(f"{prev.text} {line}", prev.start, end)
    if cand is None or cand.scheme != "decimal":
        return None
    return cand


# Two bracketed notes closing a title: "... database (Database Administration) (Dtaabase Administration)".
_TWO_NOTES = re.compile(r"\((?P<first>[^()]+)\)\s*\((?P<second>[^()]+)\)$")


def _drop_garbled_repeat(title: str) -> str:
    """The title without a last bracketed note that repeats the note before it with its letters
    shuffled, as a garbled second copy of the heading leaves it when the copies are merged."""
    m = _TWO_NOTES.search(title)
    if m and sorted(m.group("first").lower()) == sorted(m.group("second").lower()):
        return title[: m.end("first") + 1]
    return title


# Headings flattened into running text, as PDF text layers leave them: a number after a
# sentence end followed by an upper-case title ("... in place. 2. HOLDING TO ACCOUNT 2.1 ..."),
# or by a short title that runs to the end of the line; and a letter item right after such a
# heading ("... CRIME PLAN a Confidence The latest ...").
_INLINE_DECIMAL = re.compile(
    r"(?<=[.?!:])[\s\"'’”)]+(?P<num>\d{1,2}(?:\.\d{1,2}){0,2}\.?)\s+"
    r"(?P<title>[A-Z][A-Z0-9'&/,()-]+(?:\s+(?:[A-Z0-9][A-Z0-9'&/,()-]*|&|/|-))+|[A-Z][^.?!:]{2,80}$)"
)
_INLINE_SUBDECIMAL = re.compile(
    r"(?<=\s)(?P<num>\d{1,2}\.\d{1,2})\s+(?P<title>[A-Z][A-Z0-9'&/,()-]+(?:\s+(?:[A-Z0-9][A-Z0-9'&/,()-]*|&|/|-)){1,})"
)
_INLINE_LETTER = re.compile(r"\s+(?P<tok>[a-h])\s+(?P<title>[A-Z][a-z]+(?:\s+[a-z]+){0,3})(?=\s+[A-Z])")


def _inline_candidates(line: str, s: int) -> list[_Candidate]:
    """Numbered headings inside a line of running text (see the patterns above)."""
    out: list[_Candidate] = []
    matches = {m.start("num"): m for m in _INLINE_DECIMAL.finditer(line)}
    for m in _INLINE_SUBDECIMAL.finditer(line):
        matches.setdefault(m.start("num"), m)
    for _, m in sorted(matches.items()):
        title = m.group("title").strip()
        if title.isupper():
            # keep whole upper-case words only; a trailing capital that starts prose is not title
            title = re.sub(r"\s+[A-Z]$", "", title)
        num = m.group("num")
        if "." not in num or len(title.split()) > MAX_TITLE_WORDS:
            continue
        start = s + m.start("num")
        end = s + m.start("title") + len(title)
        key = num.rstrip(".")
        out.append(_Candidate(start, end, "decimal", num, key, title))
        letter = _INLINE_LETTER.match(line, m.start("title") + len(title))
        if letter and title.isupper():
            ls, le = s + letter.start("tok"), s + letter.end("title")
            out.append(
                _Candidate(ls, le, "letter", letter.group("tok"), letter.group("tok"), letter.group("title"))
            )
    # a garbled duplicate: "2. HOLDING TO ACCOUNT PERFORMANCE ... PLAN" right before "2.1 PERFORMANCE ... PLAN"
    for first, second in zip(out, out[1:], strict=False):
        if second.title and first.title.endswith(second.title) and len(first.title) > len(second.title):
            first.title = first.title[: -len(second.title)].strip()
            first.end = first.start + len(first.number) + 1 + len(first.title)
    return out


_WIKI_HEADING = re.compile(r"^(={1,6})\s*(\S.*?)\s*=*\s*$")
_SETEXT_RULE = re.compile(r"^(=+|-+|~+|\^+)$")
# An AsciiDoc section title: "= Document title", "== Section", "=== Subsection", with no closing marks.
_ASCIIDOC_HEADING = re.compile(r"^(={1,6})[ \t]+(?P<title>[^=\s].*)$")
# The depth each underline character gives a heading: Markdown's setext "===" and "---", and the
# deeper "~~~" and "^^^" reStructuredText documents use below them (the order Sphinx projects follow).
_RULE_DEPTH = {"=": 1, "-": 2, "~": 3, "^": 4}


# A scribe's topic line, also with its label set in emphasis ("*Topic*: Budget", "**Topic:**
# Budget"); a "Subtopic:" line opens a topic below the latest one.
_SCRIBE_TOPIC = re.compile(
    r"^(?P<em>\*{1,2}|_{1,2})?(?P<sub>Sub)?(?(sub)t|T)opic(?(em)(?P=em)?:(?P=em)?|:)\s+(\S.*)$"
)
# The lead of a line of a pasted chat log: the time, if any, and the speaker's nick in angle brackets
# ("[14:01] <kari> ", "14:01 <@kari> ", "<kari> "). Public: the sentence splitter reads chat lines too.
CHAT_LINE = r"(?:\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?[ \t]+)?<[ @+%&~]?[\w.|`^-]{1,30}>[ \t]+"
# A meeting bot's "#topic" command in such a log ("[14:01] <kari> #topic Roll call", "<kari> #TOPIC
# Budget"), or alone on its line in a log tidied of its speakers ("#topic Roll call"): it opens a topic
# as a scribe's "Topic:" line does (MeetBot's own minutes list these commands as the meeting's topics).
_BOT_TOPIC = re.compile(rf"^(?:{CHAT_LINE})?#topic[ \t]+(?P<title>\S.*)$", re.I)
# A scribe's line run onto a topic title: "Wrap-up of day 1 helene: Good progress today".
_SCRIBE_NICK = re.compile(r"\s+[a-z][\w-]*:\s")


def _topic_title(title: str) -> str:
    """A Markdown heading's title without a scribe's "Topic:" label ("### Topic: Budget" is the
    topic "Budget") and without a scribe's line run onto it by the layout."""
    topic = _SCRIBE_TOPIC.match(title)
    if topic is None:
        return title
    title = topic.group(topic.lastindex or 0)
    if topic.group("em"):  # "**Topic: WHATWG**": the closing marks end the line
        title = title.removesuffix(topic.group("em")).rstrip()
    nick = _SCRIBE_NICK.search(title)
    return title[: nick.start()] if nick else title


def _as_markdown(line: str, next_line: str, above: str = "") -> str:
    """Other heading markups written as Markdown: wiki "== Item 1: Budget ==", setext
    headings (a line underlined with "===" or "---") and a scribe's "Topic: Budget" line (or a
    chat log's "<nick> #topic Budget"), which opens a topic in IRC-scribed minutes as "## Budget"
    does in Markdown ones. A setext heading
    starts a paragraph: ``above`` (the line right above, "" after a blank line) is empty, a rule or
    a sentence's end; a line continuing a sentence over a rule is the end of a page ("... at
    17:00" / "UTC (kim, 16:09)" over a page's "==="). A Markdown heading over a rule keeps its own
    depth: the rule is a break after it, not its underline."""
    topic = _SCRIBE_TOPIC.match(line)
    if topic:
        return ("### " if topic.group("sub") else "## ") + _topic_title(line)
    bot = _BOT_TOPIC.match(line) if "#" in line else None
    if bot:
        return "## " + bot.group("title")
    wiki = _WIKI_HEADING.match(line)
    if wiki and line.endswith("=") and line.strip("=").strip():  # a bare "=====" is an underline
        return "#" * len(wiki.group(1)) + " " + wiki.group(2)
    asciidoc = _ASCIIDOC_HEADING.match(line) if line[:1] == "=" else None
    if asciidoc and not line.endswith("="):  # "== Agenda": AsciiDoc marks its sections as Markdown does
        return "#" * len(asciidoc.group(1)) + " " + asciidoc.group("title")
    if (
        len(next_line) >= 3
        and _SETEXT_RULE.match(next_line)
        and not _SETEXT_RULE.match(line)
        and not _MARKDOWN.match(line)  # "### Budget" over "---": a heading, then a rule between sections
        and (not above or _SETEXT_RULE.match(above) or above.endswith(_SENTENCE_END))
    ):
        return "#" * _RULE_DEPTH[next_line[0]] + " " + line
    return line


def _attached_letter(m: re.Match[str]) -> bool:
    """A letter written onto a plain item number ("3a. Unit designators", "4(a) On-call
    availability") numbers a sub-item when a capitalised title follows, or one opening with a
    year or number after a stop ("4c. 2023 meeting calendar"); "4 a" is not enough."""
    if m.group("gap"):
        return False
    title = m.group("title")
    stopped = m.group("bletter") is not None or m.string[m.end("letter") : m.start("title")].strip() in (
        ".",
        ")",
    )
    return title[:1].isupper() or (title[:1].isdigit() and stopped)


# A meeting bot's attribution after a topic: "3. Beta blockers  (kim, 16:08)" or "(kim, 16:08:12)" names who set
# and when; it is not part of the title.
BOT_ATTRIBUTION = re.compile(r"\s+\([\w.-]+,\s*\d{1,2}:\d{2}(?::\d{2})?\)$")
# A recording's time before a heading, as minutes written up from a streamed meeting's recording set
# it ("[00:12:30] Item 3 – Performance Report", "[1:02:15] 4. Finance"): where the item starts in the
# recording, not part of its number or title.
_RECORDING_TIME_LEAD = re.compile(rf"^{RECORDING_TIME}[ \t]+(?=\S)")


# The cells an agenda table's heading row sets after the item's title, each apart by two or more
# spaces: the paper ("Paper F", "Papers D and E", "Enc. 3") or "Verbal", and before it the lead
# ("QC23/041  Infection Control Report  Director of IPC  Paper F"). Neither is part of the title.
_ROW_GAP = re.compile(r"[ \t]{2,}")
_PAPER_CELL = re.compile(
    r"^(?:(?:papers?|enc(?:losure)?s?\.?|appendix|annex|tab)\s*[A-Z0-9][\w./-]{0,5}"
    r"(?:(?:\s*,\s*|\s+(?:and|&)\s+)[A-Z0-9][\w./-]{0,5})*|verbal(?:\s+(?:update|report))?|oral|presentation)$",
    re.I,
)
# The lead's own cell, labelled, as the last cell of a heading row: "FC/25/14<TAB>Budget<TAB>Lead: DoF",
# "5  Finance report  Presenter: Treasurer". It says who brings the item, not what it is about.
_LEAD_CELL = re.compile(
    r"(?:[ \t]{2,}|\t)(?:Leads?|Presenters?|Presented[ \t]+by|Sponsors?)[ \t]*:[ \t]*\S[^\t]{0,40}$", re.I
)
# The number cell such a row opens with: "QC23/041", "3.1", "Item 3".
_NUMBER_CELL = re.compile(r"^(?:(?:Agenda\s+)?Item\s+)?[A-Z]{0,8}[\d./-]*\d[\d./-]*\.?$", re.I)


# The lead named after an item's title, set off by dashes as the title is, and the paper after it:
# "Infection control report – Lead: DIPC – Paper F", "Budget – Presenter: Treasurer". The lead and
# paper say who brings the item and in which paper, not what it is about (see _drop_row_cells).
_LEAD_NOTE = re.compile(
    r"[ \t]+[–—-][ \t]+(?:Leads?|Presenters?|Presented[ \t]+by|Owners?|Sponsors?)[ \t]*:[ \t]*[^–—:]{1,40}?"
    r"(?:[ \t]+[–—-][ \t]+(?P<paper>[^–—]{1,30}))?$",
    re.I,
)


def _drop_lead_note(title: str) -> str:
    """A title without the lead and paper noted after it (see :data:`_LEAD_NOTE`): "Maternity update
    – Lead: DoM – Paper E" is "Maternity update". A last part that is no paper keeps the title as it is."""
    m = _LEAD_NOTE.search(title)
    if m is None or m.start() == 0 or (m.group("paper") and not _PAPER_CELL.match(m.group("paper").strip())):
        return title
    return title[: m.start()]


def _drop_lead_cell(line: str) -> str:
    """A heading row without the lead's labelled cell it ends with (see :data:`_LEAD_CELL`), when a
    number's cell stands before the title's: "FC/25/14<TAB>Budget<TAB>Lead: DoF" is read as
    "FC/25/14<TAB>Budget". A title alone before the cell ("Finance<TAB>Lead: MA") is left as it is."""
    lead = _LEAD_CELL.search(line)
    if lead is None or not _ROW_GAP.search(line.replace("\t", "  "), 0, lead.start()):
        return line
    return line[: lead.start()]


def _drop_row_cells(line: str) -> str:
    """A heading row without the paper cell it ends with, nor the lead's cell before that (see
    :data:`_PAPER_CELL`): "QC23/041  Infection Control Report  Director of IPC  Paper F" is read as
    "QC23/041  Infection Control Report". A lead's cell that names itself ("FC/25/14<TAB>Budget<TAB>Lead:
    DoF", see :data:`_LEAD_CELL`) goes without a paper cell too, when a number's cell stands before the
    title's. Otherwise, without a paper cell the row is left as it is: a title's own words may be set
    apart by a double space too."""
    line = _drop_lead_cell(line)
    cells = _ROW_GAP.split(line)
    if len(cells) < 2 or not _PAPER_CELL.match(cells[-1]):
        return line
    kept = cells[:-1]
    titled = kept[1:] if _NUMBER_CELL.match(kept[0]) else kept  # the cells after the number
    if len(titled) >= 2:
        kept = kept[:-1]  # the lead's cell
    return "  ".join(kept)


# The quote marks of an e-mail reply before a line of the message it answers: "> 1) Release planning".
_QUOTE_MARK = re.compile(r"^(?:>[ \t]*)+")


def _quoted_heading(line: str, s: int, e: int) -> _Candidate | None:
    """A numbered heading quoted from the message a reply answers: minutes written inline against the
    agenda mail keep its items ("> 1) Release planning") as their headings, the notes below each unquoted.
    Only a numbered heading is read through the quote marks: other quoted lines are the mail's text."""
    cand = _classify_line(_QUOTE_MARK.sub("", line, count=1), s, e)
    return cand if cand is not None and cand.scheme in _NUMBERED else None


# A speaker (one word: a nickname, a surname, initials) and the verb reporting what they did at the start of
# an item's first sentence ("rafag opened the meeting", "Patel presented the report").
_REPORT_OPENING = re.compile(
    r"\s+(?=[\w'’-]+\s+(?:opened|gave|presented|reported|introduced|welcomed|summari[sz]ed|explained|updated)\s)"
)


def _run_on_title(text: str) -> str:
    """The title of a numbered heading whose line runs on into the item's first sentence, when the line
    break between them was lost ("Welcome and agenda rafag opened the meeting at 15:02 UTC.", "2.4 release
    status amarao gave the release update."): the words before the sentence's speaker and reporting verb,
    when the line as a whole reads as a sentence and those words read as a title (two words or more, not
    ending mid-phrase). "" when there is none. Such a heading is kept only where its number fills a gap
    in the numbered headings (see _run_on_in_gaps)."""
    if _title_ok(text) or not text.endswith(_SENTENCE_END):
        return ""
    for m in _REPORT_OPENING.finditer(text):
        head = text[: m.start()]
        if len(head.split()) >= 2 and _title_ok(head) and not _ends_mid_phrase(head):
            return head
    return ""


def _run_on_in_gaps(cands: list[_Candidate]) -> list[_Candidate]:
    """``cands`` without the run-on headings (see _run_on_title) whose number does not fill a gap: the
    next number heads a line of its own and no other line holds theirs ("1)" run on, then "2) Open
    action items"). A numbered paragraph opening with a report ("1. The Chair said the Clerk reported
    ...") has no numbered headings around it, so it stays text."""
    if not any(c.run_on for c in cands):
        return cands
    plain = {c.key for c in cands if c.scheme == "decimal" and not c.run_on and c.key.isdigit()}
    return [c for c in cands if not c.run_on or (c.key not in plain and str(int(c.key) + 1) in plain)]


def _classify_line(line: str, s: int, e: int) -> _Candidate | None:
    if line[:1] == ">":  # cheap gate for a quoted line of the mail a reply answers
        return _quoted_heading(line, s, e)
    if line[:1] == "[":  # cheap gate for a recording's time: "[00:12:30] Item 3 – ..."
        line = _RECORDING_TIME_LEAD.sub("", line, count=1)
    if line[:1] >= _EMOJI_FLOOR:  # cheap gate for an emoji marker: "✅ Decisions", "📌 Actions"
        line = _drop_emoji_marker(line)
    if "  " in line or "\t" in line:  # cheap gate for a heading row's cells: "3  Finance  Treasurer  Paper C"
        line = _drop_row_cells(line)
    if line.endswith(")") and ":" in line[-7:]:  # cheap gate for a bot's "(nick, 16:08)"
        line = BOT_ATTRIBUTION.sub("", line)
    if line.startswith(("- [", "* [")):  # cheap gate for an agenda bullet tagged with its owner or time
        owned = _OWNER_BULLET.match(line)
        if owned:
            return _Candidate(s, e, "owned", "", "", owned.group("title"))
    if line[:1] == "*" and line[1:2].isdigit() and not line.endswith("*"):
        # "*24/25-15 Health and safety report": a starred item, received without discussion
        line = line[1:]
    bold = _BOLD.match(line)
    if bold and bold.group("rest").endswith(")") and _TIMEBOX.match(bold.group("rest").strip()):
        # "**3.2 release status** (@aoifeb, 15 min)": a topic of shared notes with its owner and time
        # slot; the bracket is part of the title, as the agenda gives it, and "3.2" is no item number
        return _Candidate(
            s, e, "boldtopic", "", "", f"{bold.group('inner').strip()} {bold.group('rest').strip()}"
        )
    if bold:  # only a numbered heading is read through its bold: "**MERGED**" is emphasis, not an item
        inner = _classify_line((bold.group("inner") + bold.group("rest")).strip(), s, e)
        if inner is not None and inner.scheme in (*_NUMBERED, "letter", "roman", "roman?"):
            return inner
        if inner is not None and inner.scheme == "closing" and not bold.group("rest").strip():
            inner.emphasis = True
            return inner  # "**Action items**": a closing section set in bold, as chat notes do
        if inner is not None and inner.scheme == "titlecase" and not bold.group("rest").strip():
            inner.scheme = "boldtitle"  # "**Performance Report**": a heading where nothing is numbered
            return inner
        if inner is not None and inner.scheme in ("upper", "sentence") and not bold.group("rest").strip():
            inner.scheme = "boldplain"  # "**AOB**": a topic only where timed bold topics are used
            return inner
    bold_title = _BOLD_TITLE.match(line) if line.endswith(("**", "__")) else None
    if bold_title and not bold_title.group("inner")[:1].islower():
        # the title is read without its bold, as a bold number is above; one in lower case keeps
        # its marks, so the bold still tells it from a list entry ("3.3 **keeps data local**")
        inner = _classify_line(f"{bold_title.group('num')} {bold_title.group('inner').strip()}", s, e)
        if inner is not None and inner.scheme in (*_NUMBERED, "letter", "roman", "roman?"):
            return inner
    md = _MARKDOWN.match(line)
    if md:
        topic = bool(_SCRIBE_TOPIC.match(md.group("rest").strip().strip("*")))
        rest = _topic_title(md.group("rest").strip().strip("*"))
        inner = _classify_line(rest, s, e) if rest else None
        depth = len(md.group("hashes"))
        # "## 0.9.0 release planning": a version in the title, not an item number; a number closed by
        # its stop is one whatever follows it ("## 3. v2.4 release status")
        # "### (a) Urgent care" under "## QPC 25/004 ...": a lettered sub-item set as a smaller heading
        if inner is not None and (
            (inner.scheme in _NUMBERED and _numbers_markdown_heading(inner)) or inner.scheme in _SUB_SCHEMES
        ):
            inner.depth, inner.topic = depth, topic
            return inner
        if not _title_ok(rest, marked=True) or _NOTE_TAGS.match(rest):
            return None
        return _Candidate(s, e, "markdown", "", "", rest, depth, topic=topic)
    paired = _PAIRED_LABEL.match(line) if " / " in line[:24] else None  # cheap gate: a slash up front
    if paired:
        line = line[paired.end() :]  # "Eitem 3 / Item 3: ...": read the "Item 3" half
    m = _ITEM.match(line)
    # "Item 3: Traffic Congestion ... (Paper No. TTC 22/2023 submitted by Mr CHAN Ka-wing)": the word
    # marks the heading, so a long note in brackets does not count towards the title's length
    # "Theme 3, English and maths: RAG Amber": a comma after the number goes on with a phrase, no heading
    if (
        m
        and not m.group("title").startswith((",", ";"))
        and _title_ok(_BRACKETED.sub("", m.group("title")), allow_empty=True)
    ):
        sub = m.group("sub") or m.group("dsub")  # "Item 6a", "Item 5.1": a sub-item of item 6, 5
        key = m.group("n") + ("." + sub.lower() if sub else "")
        return _Candidate(s, e, "item", m.group("num"), key, m.group("title").strip(), bilingual=bool(paired))
    m = _REF_HEADING.match(line) if line.startswith(_REF_WORDS) else None
    if m and _title_ok(m.group("title")):
        return _Candidate(s, e, "refsub", m.group("num"), m.group("ref").lower(), m.group("title").strip())
    m = _SERIAL.match(line)
    if m and _title_ok(m.group("title"), allow_empty=True) and not _LOG_STATUS.match(m.group("title")):
        part = m.group("part") or m.group("lpart")
        key = f"{m.group('num')}.{part}" if part else m.group("num")
        number = m.group("num") + f"({part})" if m.group("lpart") else key
        title = _AGENDA_NUMBER_LEAD.sub("", m.group("title").strip(), count=1)
        cand = _Candidate(s, e, "serial", number, key, title)
        cand.part_of = m.group("num") if part else ""
        return cand
    m = _PREFIXED_MINUTE.match(line) if _PREFIXED_GATE.match(line) else None
    if m and _title_ok(m.group("title")):
        num = m.group("num").strip()
        return _Candidate(s, e, "serial", num, num, m.group("title").strip())
    m = _DECIMAL_LETTER.match(line)
    if m and _title_ok(m.group("title")) and ("." in m.group("num") or _attached_letter(m)):
        key = f"{m.group('num')}.{m.group('letter') or m.group('bletter')}"
        return _Candidate(s, e, "decimal", line[: m.start("title")].strip(), key, m.group("title").strip())
    m = _DECIMAL.match(line)
    if m and (m.group("dot") or "." in m.group("num")) and _title_ok(m.group("title")):
        num = m.group("num")
        return _Candidate(
            s, e, "decimal", (m.group("open") or "") + num + m.group("dot"), num, m.group("title").strip()
        )
    head = _run_on_title(m.group("title")) if m and m.group("dot") else ""
    if head:  # "1) Welcome and agenda rafag opened the meeting at 15:02.": the line break was lost
        num = m.group("num")
        number = (m.group("open") or "") + num + m.group("dot")
        return _Candidate(s, s + m.start("title") + len(head), "decimal", number, num, head, run_on=True)
    if m and not m.group("open") and not m.group("num").startswith("0") and _bare_title(m.group("title")):
        num = m.group("num")
        return _Candidate(s, e, "decimal", num, num, m.group("title").strip(), bare=True)
    m = _LETTERED.match(line) if line[1:2].isdigit() else None
    if m and _title_ok(m.group("title")):
        return _Candidate(s, e, "lettered", m.group("num"), m.group("num"), m.group("title").strip())
    m = _LETTER_PART.match(line) if line[:1].isdigit() else None
    if m and _title_ok(m.group("title")):
        key = f"{m.group('n')}.{m.group('letter')}.{int(m.group('sub'))}"
        return _Candidate(s, e, "letterpart", line[: m.start("title")].strip(), key, m.group("title").strip())
    m = _PART.match(line) if line.startswith("Part") else None
    if m and _title_ok(m.group("title")):
        return _Candidate(
            s, e, "part", line[: m.start("title")].strip(" \t:.–-"), m.group("tok"), m.group("title")
        )
    m = _LETTER_DECIMAL.match(line)
    if m and _title_ok(m.group("title")):
        key = f"{m.group('tok').lower()}.{int(m.group('sub'))}"
        return _Candidate(s, e, "lettersub", line[: m.start("title")].strip(), key, m.group("title").strip())
    for pattern in (_PAREN, _CLOSE):
        m = pattern.match(line)
        if m and _title_ok(m.group("title")):
            tok = m.group("tok").lower()
            scheme = "roman" if tok in ROMAN and tok not in ("i", "v", "x") else "letter"
            if tok in ("i", "v", "x"):
                scheme = "roman?"
            number = line[: m.start("title")].strip()
            return _Candidate(s, e, scheme, number, tok, m.group("title").strip())
    m = _BARE_LETTER.match(line)
    if m and _title_ok(m.group("title")) and len(m.group("title").split()) <= 8:
        tok = fold(m.group("tok")).lower()
        if tok.isascii():
            return _Candidate(s, e, "letter", m.group("tok"), tok, m.group("title").strip())
    if m and len(m.group("title").split()) > 8:
        # a lettered heading with its first paragraph run onto the same line (PDF text layers):
        # the title is the leading phrase up to the capitalised word that starts the prose
        head = _RUN_ON_TITLE.match(m.group("title"))
        tok = fold(m.group("tok")).lower()
        if head and tok.isascii() and tok.islower():
            title = head.group(1)
            return _Candidate(s, s + m.start("title") + len(title), "letter", m.group("tok"), tok, title)
    if _CLOSING_SECTION.match(line) and not line.isupper():
        return _Candidate(s, e, "closing", "", "", line)
    if line.endswith(":") and _CLOSING_SECTION.match(line[:-1]) and not line.isupper():
        cand = _Candidate(s, e, "closing", "", "", line[:-1])
        cand.colon = True
        return cand
    if _BUSINESS_PART.match(line):
        return _Candidate(s, e, "upper", "", "", line)
    if (
        _UPPER_HEADING.match(line)
        and len(line.split()) <= 10
        and not line.endswith(":")
        and not _DECISION_INTRO.match(line)  # "RESOLVED –" leads in the clauses decided
    ):
        return _Candidate(s, e, "upper", "", "", line)
    if (
        _TITLE_CASE_HEADING.match(line)
        and not (line[-1].isdigit() and _DATE_LIKE.search(line))  # "Date: Tuesday 4 March 2025" is a field
        and not _CROSS_REFERENCE.match(line)
        and not _ATTRIBUTION_LABEL.match(line)
    ) or _LABELLED_HEADING.match(line):
        return _Candidate(s, e, "titlecase", "", "", line)
    if len(line) <= MAX_SENTENCE_HEADING_CHARS and " " in line and _SENTENCE_CASE_HEADING.match(line):
        return _Candidate(s, e, "sentence", "", "", line)
    if _REPORT_HEADING.match(line):
        return _Candidate(s, e, "report", "", "", line)
    return None


# A committee's report to the body above it, set as a heading in whatever case ("Chair's escalation report
# to the Board", "Chair's key issues report", "Assurance report to the Trust Board"): where it stands
# between the attendance and the first numbered minute it is a section of the minutes of its own (see
# _opens_report).
_REPORT_HEADING = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}\s+report(?:\s+to\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?$",
    re.I,
)


# The section's name: "Actions arising", "Summary of action items", "Decisions log", "Risks", "Date of next
# meeting", and the
# "Follow-up tasks" a meeting assistant's notes end with (also "Follow-up actions"), and the "Carry-over actions"
# of running notes, the open actions of earlier meetings listed after this one's topics, and the "Attendance
# register" (or "record") school governors set after the business, each governor's attendance over the year, and the
# "Action plan" (or "Action table") they close with (what, who, when).
_CLOSING_NAME = (
    r"attendance\s+(?:register|record)"
    r"|(?:summary\s+of\s+|carry[- ]?over\s+)?(?:actions(?:\s+(?:log|arising|summary|register))?"
    r"|action\s+(?:items|log|points|list|tracker|register|summary|sheet|plan|table)|resolutions|(?:key\s+)?decisions(?:\s+log)?|decision\s+(?:log|register)|risks"
    r"|(?:decisions?\s+(?:and|&)\s+actions?|actions?\s+(?:and|&)\s+decisions?)\s+(?:log|register|summary|tracker)"
    r"|follow[- ]?up\s+(?:tasks|actions)|(?:date\s+of\s+(?:the\s+)?)?next\s+(?:meeting|call|sync))"
)
# A qualifier of two or more words after a dash: " – carried forward from 14 November 2023".
_DASH_QUALIFIER = r"\s+[–—-]\s+[a-z][\w,.()/-]*\s[\w ,.()/-]{2,60}"
# This meeting named: " from this meeting", " of today's meeting", " from Meeting #14".
_OF_THIS_MEETING = r"\s+(?:from|of)\s+(?:this\s+|today'?s\s+|the\s+)?meeting(?:\s+(?:#|no\.?\s*)?\d{1,3})?"
# The date the list was brought up to, in brackets: " (as at 14/12/2022)", " (as at 3 March 2024)".
_AS_AT = r"\s+\(as\s+(?:at|of)\s+[\w/.,\s-]{3,24}\)"
# Which of the list's entries it holds, a note of up to three words in lower case in brackets: " (new)",
# " (carried forward)", " (open)"; not " (none)", which says there is no list (as "Actions - none" does).
_WHICH_ENTRIES = r"\s+\((?!(?:none|nil)\))[a-z]+(?:\s[a-z]+){0,2}\)"

# The closing sections of minutes, after the agenda items: "Action log", "Actions arising", "Summary of
# action items", "Action summary", "Action sheet", "Summary of resolutions", "Decisions log" (or "Decision
# log", "Decision register", as "Action log" is singular), "Key decisions"
# (the decisions of the meeting gathered under the last item), "Next call" or "Next sync" (when
# and where the next meeting is; open-source councils call their meetings syncs), and the "Risks" a project
# board lists beside its decisions and actions (not "Risks and issues" or "Risk register", often agenda
# topics of their own), also with a qualifier of two or more words after a dash ("ACTION LOG – carried
# forward from 14 November 2023") or naming this meeting ("Actions from Meeting #14", "Action items from
# this meeting", "Actions arising from the meeting"; not "... from the previous meeting", an item of the
# business), or with the date it was brought up to ("Actions register (as at 14/12/2022)").
_CLOSING_SECTION = re.compile(
    rf"^(?:{_CLOSING_NAME})(?:{_DASH_QUALIFIER}|{_OF_THIS_MEETING}|{_AS_AT}|{_WHICH_ENTRIES})?$", re.I
)


# A line in a header block: an attendance label ("Trustees present:", "Apologies:") ... "Regrets:" and
# "Absent:" are left out on purpose: W3C scribe minutes put "Regrets:" under the heading of their first
# topic, and reading it as a header line would fold that heading into the header.
_ATTENDANCE_LINE = re.compile(
    rf"^[ \t]*(?:\*\*|__)?(?:[A-Z][\w ]{{0,30}}\s)?(?:{alternation([*PRESENT_WORDS, 'apologies'])})\b[^\n]*:",
    re.I | re.M,
)
# ... and a date ("Tuesday 11th February 2020", "2024-03-14", "12/09/2019", "04-Oct-2023").
_DATE_LIKE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{alternation(MONTH_PREFIXES)})[a-z]*\.?,?\s+\d{{4}}\b|"
    rf"\b(?:{alternation(MONTH_PREFIXES)})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|"
    rf"\b\d{{1,2}}[-/ ](?:{alternation(MONTH_PREFIXES)})[a-z]*[-/ ]\d{{4}}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b",
    re.I,
)


def _opens_header(text: str, cands: list[_Candidate], k: int) -> bool:
    """Whether an upper-case line heads the document's title block rather than an item: the
    text up to the next heading past the title block holds both a date and an attendance label (or
    the attendance's own heading, "Attendees" on a line of its own, which may be that next heading).
    Title lines stacked right under it ("FACULTY OF SCIENCE" over "FACULTY BOARD") belong to the
    same block, so the search runs past them."""
    cand = cands[k]
    stop = _title_stack_end(text, cands, k)
    block = text[cand.end : stop]
    through = text[cand.end : _line_end(text, stop)]  # the attendance's own heading may stop the block
    return bool(
        _DATE_LIKE.search(block) and (_ATTENDANCE_LINE.search(block) or _ATTENDANCE_HEADING.search(through))
    )


# The attendance's heading on a line of its own, with no colon: "Attendees", "Present", "In attendance".
_ATTENDANCE_HEADING = re.compile(
    rf"^[ \t]*(?:(?:also\s+)?in\s+)?(?:{alternation(PRESENT_WORDS)})[ \t]*$", re.I | re.M
)


def _line_end(text: str, pos: int) -> int:
    """Offset where the physical line holding ``pos`` ends (its newline, or the end of the text)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _opens_report(text: str, cand: _Candidate) -> bool:
    """Whether a report's heading (see :data:`_REPORT_HEADING`) opens a section before the first item: set
    apart by a blank line, after the attendance (so it is no line of the title block, "Annual report
    2024") and over text of its own."""
    after = _LINE_AFTER.match(text, cand.end)
    has_text = after is not None and bool(after.group(1).strip())
    return cand.after_blank and has_text and _ATTENDANCE_LINE.search(text, 0, cand.start) is not None


MAX_TITLE_STACK = 6


def _title_stack_end(text: str, cands: list[_Candidate], k: int) -> int:
    """Where the heading block that ``cands[k]`` opens ends: the start of the first later candidate
    that is not an upper-case or title-case line directly below the one before it (only
    whitespace between), or the end of the text. A title block is a few lines, so at most
    ``MAX_TITLE_STACK`` lines are read past."""
    last_end = cands[k].end
    for later in itertools.islice(cands, k + 1, k + 2 + MAX_TITLE_STACK):
        if later.scheme not in ("upper", "titlecase") or text[last_end : later.start].strip():
            return later.start
        last_end = later.end
    return len(text) if k + 2 + MAX_TITLE_STACK >= len(cands) else last_end


def _title_top_end(text: str, start: int) -> int:
    """The offset of the first line from ``start`` that is neither blank nor an upper-case line:
    the upper-case lines above it are the document's own title block ("NORTHSHIRE HOSPICE" over
    "CLINICAL GOVERNANCE COMMITTEE"). Reads only as far as that line."""
    pos = start
    for line in _LINE.finditer(text, start):
        stripped = line.group().strip()
        if stripped and not _UPPER_HEADING.match(stripped):
            return line.start()
        pos = line.end()
    return pos


_LINE = re.compile(r"[^\n]*\n?")


def _decimal_follows(path: tuple[int, ...], seen: list[tuple[int, ...]]) -> bool:
    """Whether a decimal path plausibly continues the numbering seen so far."""
    if not seen:
        return path[0] <= 3 and all(p <= 3 for p in path[1:])
    last = seen[-1]
    if path in seen:
        return False
    top_max = max(p[0] for p in seen)
    if len(path) == 1:
        return top_max < path[0] <= top_max + 3
    parent = path[:-1]
    # a first child of the current item or of its parent chain
    if path[-1] == 1 and (parent == last[: len(parent)] or parent == last):
        return True
    # the next sibling of an item on the current path
    for k in range(len(last), 0, -1):
        if last[:k][:-1] == parent and path[-1] in (last[k - 1] + 1, last[k - 1] + 2):
            return True
    # a sub-number under a new or later top-level number ("1.1" with no "1" heading)
    return path[0] >= top_max and path[0] <= top_max + 1 and path[-1] <= 2 and len(path) == 2


def _zero_section(path: tuple[int, ...], ids: set[str]) -> bool:
    """Whether a decimal heading "2.0" is the top-level section 2 written with a zero part (its parts
    are "2.1", "2.2"), as when no heading "2" was opened before it."""
    return len(path) == 2 and path[-1] == 0 and str(path[0]) not in ids


def _decimal_level(path: tuple[int, ...], ids: set[str]) -> int:
    """The level of a decimal heading: its depth, one less for a zero section ("2.0")."""
    return len(path) - 1 if _zero_section(path, ids) else len(path)


def _decimal_parent(path: tuple[int, ...], ids: set[str]) -> str | None:
    """The parent id of a decimal heading among the items seen so far: "2" for "2.1", or "2.0"
    where the section is numbered that way ("2.0 Earlier minutes" over "2.1 Minutes of March"); None for a
    top-level number, a zero section itself or when no such item was opened."""
    if len(path) < 2 or _zero_section(path, ids):
        return None
    parent = ".".join(str(p) for p in path[:-1])
    if parent in ids:
        return parent
    zero = f"{parent}.0"
    return zero if len(path) == 2 and zero in ids else None


def _bare_follows(n: int, seen: list[tuple[int, ...]], allowed: bool, bare_tops: set[int]) -> bool:
    """Whether a whole number with no stop ("4 Finance") is the next item: bare numbers must be
    allowed in the document and run strictly in sequence, with the next one there too for the first
    ("1 Welcome" needs a "2 ...", or a "3" and a "4"; "61 ..." a "62" or a "63" and a "64"). One number
    may be missing (a heading line lost to a page break or folded into its garbled copy) when the numbers
    run on after it ("2", "4", "5")."""
    if not allowed:
        return False
    if seen:
        last = max(p[0] for p in seen)
        return n == last + 1 or (n == last + 2 and n + 1 in bare_tops)
    # minute numbers that run on from the last meeting ("61 Chair's Opening Remarks", "62 ...") start
    # anywhere, with the same evidence of a run after the first
    return n + 1 in bare_tops or {n + 2, n + 3} <= bare_tops


def _letter_index(tok: str) -> int:
    return ord(tok) - ord("a") if len(tok) == 1 else -1


_SUB_SCHEMES = ("letter", "roman", "roman?")


def _letters_under_titles(text: str, cands: list[_Candidate]) -> bool:
    """True when lettered lines ("a. Membership") only sit below unnumbered title-case headings:
    at least two title-case lines head paragraphs before the first lettered line, and nothing is
    numbered. The letters then mark sub-items of a section ("Committee Reports"), not the
    document's numbering, so they must not switch the unnumbered headings off."""
    first_sub = next((c.start for c in cands if c.scheme in _SUB_SCHEMES), None)
    if first_sub is None or any(c.scheme in _NUMBERED for c in cands):
        return False
    heads = [c for c in cands if c.scheme == "titlecase" and c.start < first_sub and _heads_prose(text, c)]
    return len(heads) >= 2


# Paragraphs numbered straight through the minutes ("1. Welcome: The Dean welcomed ...", "9. The Board
# noted ..."): each paragraph is an item, titled by the short phrase before its colon when it has one.
_NUMBERED_PARAGRAPH = re.compile(r"^(?P<num>[1-9]\d{0,2})\.[ \t]+(?P<body>[A-Z].*)$")
_PARAGRAPH_TITLE = re.compile(r"^(?P<title>[A-Z][^:.;!?()]{1,60}?):[ \t]+\S")
MIN_NUMBERED_PARAGRAPHS = 5
MAX_PARAGRAPH_TITLE_WORDS = 8
MAX_PARAGRAPH_GAP = 2  # a paragraph's number lost to the text layer leaves a gap of one


def _paragraph_title(body: str) -> str:
    """The title a numbered paragraph gives itself before a colon ("Dean's report: The Dean ..."),
    or "" when it opens straight with prose ("The Board noted that ...")."""
    m = _PARAGRAPH_TITLE.match(body)
    if m is None or len(m.group("title").split()) > MAX_PARAGRAPH_TITLE_WORDS:
        return ""
    return m.group("title").strip()


def _numbered_paragraphs(text: str, cands: list[_Candidate], start: int) -> list[_Candidate]:
    """Add the numbered paragraphs of minutes numbered continuously from 1 under unnumbered section
    headings, when no other line was read as a numbered heading: the numbers must rise from 1 without
    a restart (a list inside an item restarts), most paragraphs must be titled before a colon, and
    there must be enough of them to be the document's own numbering. A short paragraph already read
    as a heading ("2. Declarations of interest: None.") is read again as a paragraph."""
    numbered = {c.start: c for c in cands if c.scheme in _NUMBERED}
    if len(numbered) >= MIN_NUMBERED_PARAGRAPHS:
        return cands
    taken = {c.start for c in cands if c.scheme not in _NUMBERED}
    found: list[_Candidate] = []
    titled = 0
    for m in _LINE.finditer(text, start):
        line = m.group(0)
        stripped = line.strip()
        if not stripped[:1].isdigit():  # cheap gate before the pattern
            continue
        para = _NUMBERED_PARAGRAPH.match(stripped)
        if para is None:
            continue
        s = m.start() + line.index(stripped)
        number = int(para.group("num"))
        last = int(found[-1].key) if found else 0
        if s in taken or not last < number <= last + MAX_PARAGRAPH_GAP or (not found and number != 1):
            return cands
        title = _paragraph_title(para.group("body"))
        titled += bool(title)
        end = s + para.start("body") + (len(title) + 1 if title else 0)
        found.append(_Candidate(s, end, "decimal", f"{number}.", str(number), title, after_blank=True))
    if len(found) < MIN_NUMBERED_PARAGRAPHS or 2 * titled < len(found):
        return cands
    if not set(numbered) <= {c.start for c in found}:
        return cands  # a numbered heading elsewhere: the document has numbering of its own
    return sorted([*(c for c in cands if c.start not in numbered), *found], key=lambda c: c.start)


_SUB_PARAGRAPH = re.compile(r"^(?P<num>\d{1,2}\.\d{1,2})\.?\s+(?P<body>\S.*)$")
# A lower-case letter marking a paragraph or a sub-item: "(a)", "a.", "a)".
_LETTER_MARK = r"(?:\([a-z]\)|[a-z][.)])"
_LETTER_NUMBER = re.compile(rf"^{_LETTER_MARK}$")
_LETTERED_PARAGRAPH = re.compile(rf"^(?P<num>{_LETTER_MARK})\s+(?P<body>\S.*)$")
MIN_SUB_PARAGRAPHS = 5
PROSE_SHARE = 0.5  # most numbered lines read as prose: the numbers mark paragraphs, not sub-items


def _is_prose_body(body: str) -> bool:
    """Whether the text after a paragraph number is prose rather than a title: longer than any
    title, or a sentence ending with a full stop ("There was no other business.")."""
    return len(body.split()) > MAX_TITLE_WORDS or body.rstrip().endswith(".")


def _paragraph_numbered(text: str, start: int, numbered: re.Pattern[str] = _SUB_PARAGRAPH) -> bool:
    """Whether the document numbers its running paragraphs "5.1", "5.2", ... below its items (a
    police and crime panel's "Item 5" over "5.1 The CC reported ..."), or letters them ("FB 24/31"
    over "(a) The Chair welcomed members ...", "(b) Apologies were received."): enough lines marked
    so (``numbered``), most of them prose. There the few short ones ("3.2 Actions from the meeting of
    19th May:", "7.2 There was no other business.") are paragraphs like the rest, not sub-items."""
    total = prose = 0
    for m in _LINE.finditer(text, start):
        para = numbered.match(m.group(0).strip())
        if para is None:
            continue
        total += 1
        prose += _is_prose_body(_paragraph_body(text, m, para.group("body"), numbered))
    return total >= MIN_SUB_PARAGRAPHS and prose > PROSE_SHARE * total


def _paragraph_body(text: str, line: re.Match[str], body: str, numbered: re.Pattern[str]) -> str:
    """The text after a paragraph number with the lines that carry it on when the layout broke it
    at the page width ("4.2 The CC reported that most of the increase was in violence without" /
    "injury and in stalking ..."): a numbered line at least a wrapped line's length runs on through
    the lines below it up to a blank line or the next numbered line. A short line ("4.1 Budget") is
    kept alone, and so is a line followed by one that opens afresh in capitals after a complete
    phrase ("4.1 Police and Crime Plan performance report for the quarter" / "The CFO reported
    ..."), so that a sub-heading over its own paragraph still reads as a title."""
    if len(line.group(0).strip()) < WRAP_WIDTH:
        return body
    parts = [body]
    for m in _LINE.finditer(text, line.end()):
        rest = m.group(0).strip()
        if not rest or numbered.match(rest) or not _runs_on(parts[-1], rest):
            break
        parts.append(rest)
    return " ".join(parts)


def _runs_on(above: str, line: str) -> bool:
    """Whether ``line`` carries on the text of the line above rather than starting anew: it opens in
    lower case, with a number or a bracket, or the line above stops mid-phrase ("... 41% of them in"
    / "Ashworth and Thornbury") or on a comma."""
    return not line[:1].isupper() or above.endswith(",") or _ends_mid_phrase(above)


def _drop_paragraph_numbers(text: str, cands: list[_Candidate], start: int) -> list[_Candidate]:
    """Without the two-level decimal candidates ("4.1 The CC reported that ...") when the document
    numbers its paragraphs that way, and without the lettered ones ("(b) Apologies were received.")
    when it letters them (see _paragraph_numbered); unchanged otherwise."""
    subs = [c for c in cands if c.scheme == "decimal" and c.key.count(".") == 1 and c.key[-1:].isdigit()]
    letters = [c for c in cands if c.scheme in _SUB_SCHEMES and _LETTER_NUMBER.match(c.number)]
    dropped: set[int] = set()
    if subs and _paragraph_numbered(text, start):
        dropped.update(id(c) for c in subs)
    if letters and _paragraph_numbered(text, start, _LETTERED_PARAGRAPH):
        dropped.update(id(c) for c in letters)
    return [c for c in cands if id(c) not in dropped] if dropped else cands


MIN_NUMBERED_SENTENCE_WORDS = 4


def _paragraphs_sharing_numbers(cands: list[_Candidate]) -> None:
    """Mark as list entries the numbered sentences whose whole number also heads a title elsewhere
    ("2. Declarations of Interest" / "3. There were no declarations of interest." / "3. Minutes of the
    last meeting"): minutes that number their paragraphs straight through, apart from the items, repeat
    the items' numbers, and of the two lines the one that ends a sentence is the paragraph. Numbers
    heading only sentences, or only titles, are left alone."""
    titled: set[str] = set()
    sentences: list[_Candidate] = []
    for c in cands:
        if c.scheme != "decimal" or not c.key.isdigit() or c.listed:
            continue
        if c.title.endswith(".") and len(c.title.split()) >= MIN_NUMBERED_SENTENCE_WORDS:
            sentences.append(c)
        elif c.title and not c.title.endswith(_SENTENCE_END):
            titled.add(c.key)
    for c in sentences:
        if c.key in titled:
            c.listed = True


_QUESTION_MARK = ("Q.", "Q:", "Q)")


def _asked_since(text: str, start: int, end: int) -> bool:
    """Whether a line from ``start`` (the previous candidate's line, which may be the question
    itself) to ``end`` opens with a question marker ("Q. Cllr Crake: What is ...?"), so that an
    "A." line after it is the answer."""
    return any(line.lstrip().startswith(_QUESTION_MARK) for line in text[start:end].splitlines())


def _drop_answers(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Drop "A." lines that answer a "Q." line above them ("A. Chief Executive: 312 patients waited
    ..."): a question and answer pair in the record of a hearing, not a lettered sub-item."""
    out: list[_Candidate] = []
    for k, c in enumerate(cands):
        if (
            c.key == "a"
            and c.number.startswith("A")
            and _asked_since(text, cands[k - 1].start if k else 0, c.start)
        ):
            continue
        out.append(c)
    return out


def segment_items(text: str, start: int = 0) -> list[Item]:
    """Find agenda items in ``text`` from ``start`` on; offsets point into ``text``.

    Returns items in document order with canonical ids, levels and parents; each item's span
    runs from its heading to the next heading at the same or a higher level (or the end).
    """
    org = stars_are_headings(text)
    cands = _lift_agenda_topics(
        text, _owner_tagged_only(_scribe_topics_only(text, _line_candidates(text, start, org)))
    )
    cands = _untabbed_rows(text, _bold_title_headings(text, _run_on_in_gaps(cands)))
    cands = _drop_answers(text, _numbered_paragraphs(text, cands, start))
    cands = _drop_paragraph_numbers(text, cands, start)
    _paragraphs_sharing_numbers(cands)
    cands = _year_minute_numbers(cands)
    cands = _lettered_numbers(text, _prefixed_minute_numbers(cands))
    _agenda_before_minutes(cands)
    _agenda_before_renumbered(text, cands)
    _agenda_before_headings(cands)
    _agenda_table_before_headings(text, cands)
    _agenda_note_before_headings(text, cands)
    _version_titles(text, cands)
    # where headings are unnumbered (set in bold, or announced by a numbered agenda list), a numbered
    # list inside an item or the agenda list itself does not make the document a numbered one
    unnumbered_heads = any(c.bold or c.announces for c in cands)
    numbered = [
        c for c in cands if c.scheme not in ("markdown", *_UNNUMBERED) and not (c.listed and unnumbered_heads)
    ]
    if _letters_under_titles(text, cands):
        numbered = [c for c in numbered if c.scheme not in _SUB_SCHEMES]
    use_upper = len(numbered) < 2
    cands = _sentence_case_headings(text, _title_case_headings(text, cands, allowed=use_upper), use_upper)
    md_depths = sorted({c.depth for c in cands if c.scheme == "markdown" or c.depth})

    items: list[Item] = []
    ids: set[str] = set()
    seen_decimal: list[tuple[int, ...]] = []
    seen_item_numbers: list[int] = []
    serial_seen: list[tuple[str, tuple[int, ...]]] = []
    # minute numbers may carry on from the last meeting ("9.", "10.", ...): a first number above 3
    # is accepted when the next number is also a heading
    top_numbers = {int(c.key) for c in cands if c.scheme == "decimal" and c.key.isdigit()}
    minute_numbers = _running_minute_numbers(cands)
    item_numbers = _running_item_numbers(cands)
    anchor: Item | None = None  # latest numbered (decimal/serial/item) heading
    bare_ok, bare_tops = _bare_numbers_allowed(cands)
    sub_last: dict[str, str] = {}  # anchor id -> last letter/roman token used below it
    unnumbered = 0
    top_md = md_depths[0] if md_depths else 0
    first_top_md = next((k for k, c in enumerate(cands) if c.scheme == "markdown" and c.depth == 1), -1)
    title_md = _title_heading(text, cands)
    item_heads: set[str] = set()  # ids opened by "Item N" / "WPN" headings
    # the depth of numbered Markdown headings ("## 1. Welcome"): an unnumbered heading at that
    # depth after them ("## Action items") is an item of its own
    numbered_md = min((c.depth for c in cands if c.depth and c.scheme in _NUMBERED), default=0)
    md_depth: dict[str, int] = {}  # u-item id -> its Markdown depth
    last_numbered = max((c.start for c in cands if c.scheme in _NUMBERED), default=-1)
    closing_md = numbered_md or _container_depth(cands)
    title_top = _title_top_end(text, start) if not use_upper else start
    # the last candidate of each top-level number, to tell a list restarting at "1." inside an item
    # ("1. ...", "2. ...", "3. ...") from the item headings whose numbers it repeats
    last_top = {
        c.key: k for k, c in enumerate(cands) if c.scheme == "decimal" and c.key.isdigit() and not c.listed
    }
    inner_run = 0  # the last number of such a list, 0 outside one

    closing_tail: _Candidate | None = None  # a closing section followed by numbered lines, see below
    outline_top: Item | None = None  # the latest top-level upper-case roman heading ("III. Reports")
    in_header_sections = False  # a header section ("## Present") was passed and no item opened yet
    holder: Item | None = None  # a title-case heading holding the ones after it (see _holding_headings)
    in_report = False  # the latest item is a report set before the minutes (see _opens_report)
    for k, c in enumerate(cands):
        item: Item | None = None
        if c.listed:
            continue  # an entry of a list inside the item ("i. attendance was 93.4%;")
        if c.colon and not _closing_list(text, cands, k, last_numbered):
            continue  # "Actions:" over the actions of one item: a label of the item
        if c.scheme == "closing" and items and c.start <= last_numbered and _set_apart(text, cands, k):
            # "ACTION LOG" over numbered rows ("ARAC/23/58 ..."): an item unless one of those lines
            # opens an item after it; one already waiting ("Actions (new)" over its rows, then "Actions
            # (carried forward)" over theirs) is a section of its own
            if closing_tail is not None:
                unnumbered += 1
                items.append(_tail_item(closing_tail, f"u{unnumbered}"))
                ids.add(f"u{unnumbered}")
            closing_tail = c
            continue
        if not items and c.scheme in ("upper", "titlecase") and _opens_header(text, cands, k):
            continue  # "THE LANTERN HOUSE PROJECT" over the date and the attendance: the title block
        if not items and c.scheme == "upper" and not use_upper and c.start < title_top:
            continue  # the title lines that open a numbered document are not a section of it
        if c.scheme == "decimal" and ("." in c.key or seen_item_numbers) and _OWNER_ACTION.match(c.title):
            # "4.1 CN to bring a re-audit ...": a numbered action of the item, not a sub-item; after
            # "Theme 3" headings, "4. ACC to present ..." is a row of the action summary
            continue
        if c.scheme == "decimal" and use_upper and items and all(i.number is None for i in items):
            continue  # a lone numbered line among unnumbered headings: a list entry ("2. Incremental ...")
        if c.scheme == "decimal":
            path = tuple(int(p) for p in c.key.split(".") if p.isdigit())
            letter = c.key.split(".")[-1] if not c.key.split(".")[-1].isdigit() else None
            if letter:
                parent_id = ".".join(str(p) for p in path)
                item_id = f"{parent_id}.{letter}"
                if item_id in ids or (len(path) == 1 and parent_id not in ids):
                    continue  # "4(a)" below item 4 only
                item = Item(
                    id=item_id,
                    number=c.number,
                    title=c.title or None,
                    level=len(path) + 1,
                    parent=parent_id if parent_id in ids else None,
                )
            else:
                if serial_seen:
                    continue  # "2. Students ..." inside minute AB.24.11: a list entry, minutes are serial
                resumed = not seen_decimal and len(path) == 1 and path[0] + 1 in top_numbers
                if closing_tail is not None and _runs_closing_list(path, inner_run):
                    inner_run = path[0]
                    continue  # "1." ... "9." under "Summary of actions": its rows, whatever item "9." would follow
                if c.bare and not _bare_follows(path[0], seen_decimal, bare_ok, bare_tops):
                    continue
                # "1." again (not after an agenda numbered from "0)", as open-source calls start with
                # the agenda bash), and the list's next number unless it is the next item's and that
                # number heads nothing further on
                restarts = path[0] == 1 and seen_decimal[-1:] != [(0,)]
                if len(path) == 1 and seen_decimal and (restarts or path[0] == inner_run + 1 > 1):
                    later = last_top[c.key] - k  # candidates until the last line with this number
                    if restarts or not _decimal_follows(path, seen_decimal) or 0 < later <= INNER_LIST_REACH:
                        inner_run = path[0]
                        continue
                inner_run = 0
                if not (_decimal_follows(path, seen_decimal) or resumed or (c.bare and not seen_decimal)):
                    continue
                seen_decimal.append(path)
                item_id = ".".join(str(p) for p in path)
                item = Item(
                    id=item_id,
                    number=c.number,
                    title=c.title or None,
                    level=_decimal_level(path, ids),
                    parent=_decimal_parent(path, ids),
                )
            anchor = item
        elif c.scheme in ("serial", "item"):
            if c.scheme == "item" and (sub_id := _labelled_sub_id(c, items, ids)):
                parent_id = sub_id.rsplit(".", 1)[0]
                item = Item(id=sub_id, number=c.number, title=c.title or None, level=2, parent=parent_id)
            elif c.scheme == "item" and "." in c.key:
                base, sub = c.key.split(".")
                if base not in item_heads:
                    continue  # "Agenda item 6a: ..." under a decimal "6." is a sub-heading in the text
                item_id = f"{base}.{sub}"
                item = Item(
                    id=item_id,
                    number=c.number,
                    title=c.title or None,
                    level=2,
                    parent=base if base in ids else None,
                )
            elif c.part_of:
                item = _serial_part(c, items, ids)
                if item is None:
                    continue
                anchor = item
            else:
                item_id = re.sub(r"\s+", " ", c.key)
                if item_id in ids:
                    continue
                if c.scheme == "serial":
                    if not serial_seen and (seen_decimal or _ACTION_ROW.match(c.title)):
                        continue  # "14/19 – JW to circulate ..." in the action log of a numbered item
                    shape, order = _serial_shape(item_id)
                    if serial_seen and (
                        shape != serial_seen[0][0]
                        or order <= serial_seen[-1][1]
                        or _cites_earlier_year(order, [o for _, o in serial_seen])
                    ):
                        continue  # another series (an action-log row) or a back-reference
                    serial_seen.append((shape, order))
                if c.scheme == "item":
                    n = int(c.key)
                    last_n = seen_item_numbers[-1] if seen_item_numbers else None
                    carried_on = (n + 1 in minute_numbers and _is_minute_heading(c)) or {
                        n + 1,
                        n + 2,
                    } <= item_numbers
                    if (last_n is None and n > 3 and not carried_on) or (
                        last_n is not None and not last_n < n <= last_n + 3
                    ):
                        continue
                    seen_item_numbers.append(n)
                    # "Item 5" (or "WP5") continues the numbering: "5.1" below it is its first sub-item
                    seen_decimal.append((n,))
                    item_heads.add(item_id)
                item = Item(id=item_id, number=c.number, title=c.title or None, level=1, parent=None)
                anchor = item
        elif c.scheme == "refsub":
            if anchor is None or anchor.number is None:
                continue  # a reference heading is a sub-item of the numbered item above it only
            item = Item(
                id=f"{anchor.id}.{c.key}",
                number=c.number,
                title=c.title or None,
                level=anchor.level + 1,
                parent=anchor.id,
            )
        elif c.scheme in ("lettered", "part"):
            if c.key in ids:
                continue
            item = Item(id=c.key, number=c.number, title=c.title or None, level=1, parent=None)
            anchor = item
        elif c.scheme == "letterpart":
            item = _letter_part(c, items)
            if item is None:
                continue
        elif c.scheme == "lettersub":
            parent_id = c.key.split(".")[0]
            if not items or parent_id != (items[-1].parent or items[-1].id):
                continue  # only right below its lettered section ("B.") or the sub-item before it
            last_sub = int(items[-1].id.split(".")[1]) if items[-1].parent else 0
            if int(c.key.split(".")[1]) != last_sub + 1:
                continue  # "B.1", "B.2" in order
            item = Item(id=c.key, number=c.number, title=c.title or None, level=2, parent=parent_id)
        elif c.scheme in ("letter", "roman", "roman?"):
            # lettered lines belong to the latest numbered heading or unnumbered section; an upper-case
            # one after such a section ("A. CONSENT AGENDA" after "ROLL CALL") is a section as high as it
            owner = None if anchor is not None and anchor.number is None and c.title.isupper() else anchor
            if owner is None and outline_top is not None and c.scheme == "letter" and c.number != c.key:
                # "A. Finance Report", "(a) Undergraduate programmes" below "III. Reports": an outline's
                # second level, set off by its case or mark (a bare "a" is no sub-item's letter)
                owner = outline_top
            last = sub_last.get(owner.id if owner else "")
            tok = c.key
            if c.scheme == "roman?" and not (last and last in ROMAN and tok == _next_roman(last)):
                # "i"/"v"/"x": a letter when it follows the letter before it
                if (
                    last
                    and len(last) == 1
                    and _letter_index(tok) == _letter_index(last) + 1
                    or tok == "i"
                    and last is None
                ):
                    pass
                else:
                    continue
            if last is None:
                if tok not in ("a", "i"):
                    continue
            elif (
                tok in ROMAN
                and last in ROMAN
                and tok == _next_roman(last)
                or len(tok) == 1
                and len(last) == 1
                and _letter_index(tok) == _letter_index(last) + 1
            ):
                pass
            else:
                continue
            base = owner.id if owner else None
            item_id = f"{base}.{tok}" if base else tok
            if item_id in ids:
                continue
            sub_last[base or ""] = tok
            item = Item(
                id=item_id,
                number=c.number,
                title=c.title or None,
                level=(owner.level + 1) if owner else 1,
                parent=base,
            )
            if owner is None and c.scheme != "letter" and c.number[:1].isupper():
                outline_top = item  # "III. Reports": the letters below it are its sub-items
        elif (
            (c.scheme == "markdown" and (use_upper or org or (items and c.depth <= numbered_md)))
            or (
                c.scheme == "markdown"
                and not items
                and 0 < c.depth < numbered_md
                and _heads_own_text(text, cands, k)
            )
            or (c.scheme == "markdown" and not items and _text_over_table_rows(text, cands, k))
            or (
                c.scheme == "markdown"
                and not items
                and c.depth == numbered_md
                and _prose_before_numbered(text, cands, k)
            )
            or (c.scheme == "markdown" and items and c.start > last_numbered and c.depth <= closing_md)
            or (
                c.scheme == "upper"
                and (
                    use_upper
                    or _section_heading(
                        text,
                        c,
                        bool(items),
                        numbered=bool(anchor and anchor.number) or in_report,
                        past_numbered=c.start > last_numbered,
                    )
                )
            )
            or c.scheme in ("titlecase", "owned")
            or (c.scheme == "report" and not items and _opens_report(text, c))
            or c.plan
            or (c.scheme == "closing" and items and c.start > last_numbered and _set_apart(text, cands, k))
            or (c.scheme == "closing" and not items and _set_apart(text, cands, k) and _heads_list(text, c))
        ):
            # unnumbered Markdown headings are items where nothing is numbered (an outline's star
            # headings whatever its notes number: "(bo) the roof leaks" is no lettered line), and after the
            # numbered ones at their depth or above it ("## Action items" after "### 7. AOB");
            # before them they are containers ("## Attendees"). A closing section ("Action log")
            # on a line of its own after the last numbered heading is an item too, and so is one
            # over its list before the first item: the summary of actions set first, after the attendance.
            if (
                c.scheme in ("markdown", "titlecase")
                and not items
                and _HEADER_SECTION.match(c.title)
                and not _holds_topic_headings(text, cands, k)
            ):
                in_header_sections = True
                continue  # "## Attendees", "## Meeting roles", an "Attendees" line: sections of the header block
            # the first "# Title" is the document title and the "# Budget" ones after it are topics; an
            # outline's stars are all topics (its title is an Org setting or a plain line above them)
            first_is_title = top_md == 1 and k == first_top_md and not org
            if c.scheme == "markdown" and c.depth == 1 and first_is_title and not items:
                continue
            if (
                c.scheme in ("markdown", "titlecase")
                and not items
                and in_header_sections
                and _follows_attendance(c.title)
            ):
                continue  # "## Absent", "## Guests" right after "## Present": more of the attendance
            if c.scheme == "markdown" and not items and (k == title_md or _dated_heading(c.title)):
                continue  # "## TAG F2F" over "### 01 February 2018": the title block
            if c.scheme == "markdown" and _LABEL_HEADING.match(c.title):
                continue  # "#### Scribe: Dan", "#### Present: Ann, Bo": a header line set as a heading
            if c.scheme == "markdown" and _opens_numbered_headings(text, cands, k):
                continue  # "## Notes" right over "### 1. Budget": it only holds the numbered items
            unnumbered += 1
            item = Item(id=f"u{unnumbered}", number=None, title=c.title, level=1, parent=None)
            if c.holds:
                holder = item
            elif c.cased:
                holder = None  # "Next steps" after the topics: a section of the notes, as "Summary" is
            elif c.scheme == "titlecase" and holder is not None:
                item.level, item.parent = 2, holder.id  # "Release Timeline" in the "Summary" over it
            if c.scheme == "markdown" and use_upper:
                md_depth[item.id] = c.depth
            if c.scheme in ("upper", "titlecase") and not (seen_decimal or serial_seen or seen_item_numbers):
                # "OLD BUSINESS" over "A. Revision to ...": lettered sub-items of an unnumbered section
                anchor = item
        elif c.scheme == "subhead" and anchor is not None and anchor.level == 1:
            unnumbered += 1
            item = Item(id=f"u{unnumbered}", number=None, title=c.title, level=2, parent=anchor.id)
        if item is None or item.id in ids:
            continue
        if closing_tail is not None and item.number is None and item.parent is None:
            # "ACTION SHEET" over its numbered rows, then "KEY TO INITIALS": no row opened an item, so
            # the closing section is one, before the unnumbered heading that follows it
            unnumbered += 1
            items.append(_tail_item(closing_tail, item.id))
            ids.add(item.id)
            item.id = f"u{unnumbered}"
        item.start = c.start
        items.append(item)
        ids.add(item.id)
        closing_tail = None
        in_report = c.scheme == "report"  # "ALERT" inside "Chair's escalation report": a label of the report

    if closing_tail is not None:
        unnumbered += 1
        items.append(_tail_item(closing_tail, f"u{unnumbered}"))
    _nest_markdown(items, md_depth)
    _close_spans(items, len(text))
    bilingual = any(c.bilingual for c in cands)
    for item in items:
        if item.title:
            if bilingual:
                item.title = labelled_half(item.title)
            item.title = _drop_page_reference(_drop_status_tag(_drop_emoji_marker(item.title)))
            item.title = _drop_lead_note(_drop_agenda_reference(item.title))
            item.title = _drop_own_paper_reference(item.title, item.number)
    return items


_TOP_DECIMAL_NUMBER = re.compile(r"^\d{1,2}\.?$")
_OWN_ITEM_LABEL = re.compile(r"^(?:agenda\s+)?(?:item|minute|min\b)", re.I)


def _labelled_sub_id(cand: _Candidate, items: list[Item], ids: set[str]) -> str | None:
    """The sub-item id of a labelled number ("Theme 1", "Theme 2") that runs from 1 again below a
    numbered item ("3. Performance Themes", then "Theme 1: Call handling"): the labels count the parts
    of that item, not the document's items, so "Theme 1" is 3.1. It runs from 1 only where its number
    would clash with an item already taken ("1."), and goes on in order ("Theme 2" after 3.1); where no
    numbered item clashes, "Theme N" headings are the document's own items (None). "Item N" and
    "Minute N" name the document's own items whatever comes before them, never parts of one."""
    if not cand.key.isdigit() or not items or _OWN_ITEM_LABEL.match(cand.number):
        return None
    top = next((i for i in reversed(items) if i.level == 1), None)
    if top is None or top.number is None or not _TOP_DECIMAL_NUMBER.match(top.number):
        return None
    n = int(cand.key)
    labelled = [i for i in items if i.parent == top.id and i.number and not i.number[0].isdigit()]
    if n != len(labelled) + 1 or (n == 1 and cand.key not in ids):
        return None
    sub_id = f"{top.id}.{n}"
    return None if sub_id in ids else sub_id


def _letter_part(cand: _Candidate, items: list[Item]) -> Item | None:
    """The part "4a.1" of lettered item "4a", read only right below that item or the part before it and
    in order: a number like it elsewhere (a cross-reference, a table's row) is no heading of its own."""
    parent_id, _, sub = cand.key.rpartition(".")
    last = items[-1] if items else None
    if last is None or parent_id not in (last.id, last.parent):
        return None
    last_sub = int(last.id.rpartition(".")[2]) if last.parent == parent_id else 0
    if int(sub) != last_sub + 1:
        return None
    level = last.level + 1 if last_sub == 0 else last.level
    return Item(id=cand.key, number=cand.number, title=cand.title or None, level=level, parent=parent_id)


def _tail_item(tail: _Candidate, item_id: str) -> Item:
    """The item of a closing section set over numbered rows ("ACTION LOG" over "ARAC/23/58 ..."), none
    of which opened an item after it."""
    item = Item(id=item_id, number=None, title=tail.title, level=1, parent=None)
    item.start = tail.start
    return item


def labelled_half(title: str) -> str:
    """The half of a bilingual title ("Perfformiad / Performance") in the language of the "Item N" label.

    Bilingual minutes pair the other language's label before the "Item N" one ("Eitem 3 / Item 3"), and
    set each title the same way round, so the part after the last " / " is the one the label's
    language gives; a title without the separator is returned as it is.
    """
    head, sep, tail = title.rpartition(" / ")
    return tail.strip() if sep and head.strip() and tail.strip() else title


def _part_index(tok: str) -> int:
    """The place of a minute's part in its run: "3" is 3, "c" is 3 ("AB/23/24(c)"); 0 for anything else."""
    if tok.isdigit():
        return int(tok)
    return ord(tok) - ord("a") + 1 if len(tok) == 1 and "a" <= tok <= "z" else 0


def _serial_part(cand: _Candidate, items: list[Item], ids: set[str]) -> Item | None:
    """A numbered part of a minute ("RC/22/010.1 Falls" below "RC/22/010 Quality report", also
    lettered, "AB/23/24(a)"): an item below that minute when the minute is the latest top-level item
    and the parts run in order from 1 or a ("RC/22/010.1", "RC/22/010.2"); anything else (a reference to an earlier minute's
    part, a part out of order) is not a heading. None when it is not one."""
    minute = re.sub(r"\s+", " ", cand.part_of)
    last_part = 0  # the latest part below the minute; the walk back stops at the latest top-level item
    for it in reversed(items):
        if it.level == 1:
            if it.id != minute:
                return None
            break
        if not last_part and it.parent == minute and _part_index(it.id.rsplit(".", 1)[-1]):
            last_part = _part_index(it.id.rsplit(".", 1)[1])
    else:
        return None
    tok = cand.key.rsplit(".", 1)[1]
    item_id = f"{minute}.{tok}"
    if _part_index(tok) != last_part + 1 or item_id in ids:
        return None
    return Item(id=item_id, number=cand.number, title=cand.title or None, level=2, parent=minute)


# How many candidates ahead the heading whose number a list inside an item repeats may sit.
INNER_LIST_REACH = 4


# A row of an action log, not a heading: initials or a name, then "to"/"will" and a verb
# ("JW to circulate the revised plan", "Finance Lead will report").
_ACTION_ROW = re.compile(r"^(?:[A-Z][\w.]*\s+){1,3}(?:to|will)\s+[a-z]{3,}")


# A numbered line that is an action: an owner's initials or post code ("CN", "HoPE/COO", "DIPC")
# then "to" or "will" and a verb ("4.1 CN to bring a re-audit"). A sub-item title reads otherwise.
_OWNER_ACTION = re.compile(r"^[A-Z][A-Za-z]*[A-Z](?:/[A-Z][A-Za-z]*[A-Z])*\s+(?:to|will)\s+[a-z]{3,}")


def _closing_list(text: str, cands: list[_Candidate], k: int, last_numbered: int) -> bool:
    """Whether a closing section's name ended by a colon ("Action items:") heads the closing list of the
    minutes: after the last numbered heading, with no heading but closing ones after it, set apart and
    over a list. Inside the items (or below each unnumbered topic) the same line is a label over one
    item's actions."""
    return (
        0 <= last_numbered < cands[k].start
        and all(c.scheme == "closing" or c.listed for c in cands[k + 1 :])
        and _set_apart(text, cands, k)
        and _heads_list(text, cands[k])
    )


def _runs_closing_list(path: tuple[int, ...], inner_run: int) -> bool:
    """Whether a numbered line under a closing section set after the last item ("Summary of actions")
    starts its list ("1.") or continues it: such a list restarts its own numbering, so its rows
    after the first are read by the row before them, not by the item numbers they may carry on
    ("9. Precept options – DFR – 10 January" after item 8 and row "8.")."""
    return len(path) == 1 and (path[0] == 1 or path[0] == inner_run + 1 > 1)


def _set_apart(text: str, cands: list[_Candidate], k: int) -> bool:
    """Whether a heading line stands apart from the prose: after a blank line, or right below
    another closing section whose list was left out ("Summary of action items" over "Summary of
    resolutions")."""
    if cands[k].after_blank:
        return True
    before = cands[k - 1] if k else None
    return before is not None and before.scheme == "closing" and not text[before.end : cands[k].start].strip()


MIN_SCRIBE_TOPICS = 2
# An agenda bullet of a shared meeting doc, tagged with whoever brings it or with its time slot: "- [@asilva]
# Announcements (5 min)", "* [@ana, @bo] Release plan", "* [10 min] CI costs (@lisbeth)". The title keeps the
# tag, as the agenda writes it.
_OWNER_BULLET = re.compile(
    r"^[-*][ \t]+(?P<title>(?:\[@[\w.-]+(?:,[ \t]*@[\w.-]+)*\]|\[\d{1,3}[ \t]*(?:min|mins|minutes)\])[ \t]+\S.*?)[ \t]*$"
)
MIN_OWNER_BULLETS = 2


def _owner_tagged_only(cands: list[_Candidate]) -> list[_Candidate]:
    """In a shared meeting doc whose agenda is a list of owner-tagged bullets (at least two), those
    bullets are the items: the numbered lines and headings around them are notes inside the
    items ("1. TestPreemption...") or the doc's own sections ("## Agenda"), so they are dropped.
    A closing section after the last bullet ("Carry-over actions") follows the agenda and stays.
    Other documents are returned unchanged."""
    owned = [c for c in cands if c.scheme == "owned"]
    if len(owned) < MIN_OWNER_BULLETS:
        return [c for c in cands if c.scheme != "owned"]
    return owned + [c for c in cands if c.scheme == "closing" and c.start > owned[-1].start]


def _scribe_topics_only(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """In IRC-scribed minutes (at least two "Topic:" lines) the topics are the items: numbered
    lines are the "Contents" list above them or the numbered summaries of actions and
    resolutions below them, so they are dropped. Above the first topic, a heading over the
    attendance lines ("## Day 2" over "Present: ...") belongs to the title block and is dropped;
    one over the topics ("## Morning session") is the session they fall in and is kept."""
    first = next((k for k, c in enumerate(cands) if c.topic), None)
    if first is None or sum(1 for c in cands if c.topic) < MIN_SCRIBE_TOPICS:
        return cands
    kept = []
    for k, c in enumerate(cands):
        if c.scheme in (*_NUMBERED, *_LISTABLE) and not c.topic:
            continue
        if k < first and _ATTENDANCE_LINE.search(text, c.end, cands[k + 1].start):
            continue
        kept.append(c)
    return kept


_AGENDA_HEADING = re.compile(r"^agenda:?$", re.I)


def _lift_agenda_topics(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """A Markdown "## Agenda" heading with deeper headings right below it ("### Previous action items",
    "### Audit funding") titles the topics that follow; it is no item of its own, and its topics are
    read one level up, as the document's top-level items (the notes' "## Action items" after them is
    their sibling). An "## Agenda" over a plain list stays a heading, and so does one whose topics are
    only the plan of later sections with topics of their own: nothing is changed then."""
    for k, c in enumerate(cands[:-1]):
        below = cands[k + 1]
        if (
            c.scheme == "markdown"
            and _AGENDA_HEADING.match(c.title)
            and below.depth > c.depth
            and not text[c.end : below.start].strip()
        ):
            rest = cands[k + 1 :]
            end = next((j for j, d in enumerate(rest) if d.depth and d.depth <= c.depth), len(rest))
            if any(d.depth > c.depth for d in rest[end:]) or _sections_repeat(rest[:end], rest[end:]):
                return cands  # later sections hold topics too ("## Breakout A"): the agenda is a plan
            for d in rest[:end]:
                if d.depth:
                    d.depth -= 1
            return cands[:k] + rest
    return cands


MIN_MINUTE_HEADINGS = 2


def _agenda_before_minutes(cands: list[_Candidate]) -> None:
    """An "AGENDA" heading over a numbered list ("1. Opening prayer", "2. ...") ahead of serial minute
    headings ("MIN 01/05/2024: OPENING PRAYER ..."): the list is the plan of the minutes, not items of
    its own, so its entries (and the heading) are marked as listed in place. Only a run of whole
    numbers that ends at the first minute heading is read so, and only when two or more minutes follow."""
    first = next((k for k, c in enumerate(cands) if c.scheme == "serial" and c.title and not c.listed), None)
    if first is None or sum(c.scheme == "serial" for c in cands[first:]) < MIN_MINUTE_HEADINGS:
        return
    head = next((k for k in range(first - 1, -1, -1) if _AGENDA_HEADING.match(cands[k].title.strip())), None)
    if head is None:
        return
    entries = cands[head + 1 : first]
    if not entries or not all(c.scheme == "decimal" and c.key.isdigit() for c in entries):
        return
    for c in (cands[head], *entries):
        c.listed = True


MIN_ANNOUNCED_HEADINGS = 2


def _agenda_before_renumbered(text: str, cands: list[_Candidate]) -> None:
    """A plain "Agenda" line (not a Markdown heading: see _agenda_before_headings) over entries numbered from "1" ("1.<TAB>Welcome<TAB>Chair<TAB>09:30", "2. ...")
    that the numbered headings after them number again from "1" ("MINUTES", "1. Welcome, apologies and
    quorum", ...): the first run is the plan of the meeting with its presenters and times, and the
    second the minutes, so the agenda's numbered lines (and the line over them) are marked as listed in
    place. The "Agenda:" label may also be a line of the header that is no heading of its own (see
    _agenda_label_above). Read so only when two or more of its entries are repeated by a later heading with the same
    number whose title leads the entry's (see _repeats_entry)."""
    head = next(
        (
            k
            for k, c in enumerate(cands)
            if c.scheme in ("titlecase", "upper") and _AGENDA_HEADING.match(c.title)
        ),
        None,
    )
    if head is None:
        head = _agenda_label_above(text, cands)
        if head is None:
            return
        label = None
    else:
        label = cands[head]
        head += 1
    if head >= len(cands) or (cands[head].scheme, cands[head].key) != ("decimal", "1"):
        return
    again = next(
        (k for k in range(head + 1, len(cands)) if (cands[k].scheme, cands[k].key) == ("decimal", "1")), 0
    )
    heads = {
        c.key: _plain_title(c.title) for c in cands[again:] if again and c.scheme == "decimal" and not c.depth
    }
    entries = [c for c in cands[head:again] if c.scheme == "decimal"]
    if (
        sum(1 for e in entries if e.key in heads and _repeats_entry(heads[e.key], e.title))
        < MIN_ANNOUNCED_HEADINGS
    ):
        return
    for c in (label, *entries) if label else entries:
        c.listed = True


def _agenda_label_above(text: str, cands: list[_Candidate]) -> int | None:
    """The index of the first entry "1." when the line right above it is an "Agenda:" label that no
    candidate holds (a header label over the numbered plan: "Agenda:", "1. Welcome (Kim, 2 min)"), else None."""
    first = next((k for k, c in enumerate(cands) if (c.scheme, c.key) == ("decimal", "1")), None)
    if first is None:
        return None
    above = text[: cands[first].start].rstrip().rpartition("\n")[2].strip()
    return first if _AGENDA_HEADING.match(above) else None


def _agenda_before_headings(cands: list[_Candidate]) -> None:
    """A plain numbered list ("1. Budget for CI credits (10 min)", "2. ...") that the later numbered
    Markdown headings repeat ("### 1. Budget for CI credits", ...) only announces them: the headings
    are the items, so the list's entries are marked as listed in place, and the Markdown heading right
    over the list ("## Agenda") is marked as a plan, an unnumbered item whose content is the list.
    Read so only when the list starts at "1." and two or more of its entries are repeated by a
    heading with the same number whose title leads the entry's. One pass over the candidates."""
    first = next((k for k, c in enumerate(cands) if _plain_top(c) and c.key == "1"), None)
    if first is None:
        return
    entries: list[_Candidate] = []
    k = first
    while k < len(cands) and (_plain_top(cands[k]) or cands[k].listed and not cands[k].depth):
        if not cands[k].listed:
            entries.append(cands[k])
        k += 1
    heads = {
        c.key: _plain_title(c.title)
        for c in cands[k:]
        if c.depth and c.scheme == "decimal" and c.key.isdigit() and not c.listed
    }
    repeated = sum(1 for e in entries if e.key in heads and _repeats_entry(heads[e.key], e.title))
    topics = repeated < MIN_ANNOUNCED_HEADINGS  # the list may announce unnumbered headings instead
    if topics:
        depths = _announced_topics(entries, cands[k:])
        if not depths:
            return
    else:
        depths = _heading_depths(cands[k:])
    for e in entries:
        e.listed, e.announces = True, topics
    above = cands[first - 1] if first else None
    if (
        above is not None
        and above.scheme == "markdown"
        and 0 < above.depth <= _plan_depth_bound(above, depths)
    ):
        above.plan = True


def _plan_depth_bound(above: _Candidate, depths: list[int]) -> int:
    """The deepest Markdown level the heading over an announcing list may sit at to be its plan: above
    the headings the list announces, or at their level when it is an agenda heading ("## Agenda" then
    "## 1. Welcome"), a section of its own beside them whose content is the list."""
    return min(depths) - (0 if _AGENDA_HEADING.match(above.title) else 1)


# What a section heading adds after a dash to the agenda entry it repeats: its presenter or a note
# ("1. Welcome, previous action items — Hendrika" after the agenda's "1. Welcome, previous action items").
_DASH_ADDITION = re.compile(r"\s+[–—-]\s+\S")


def _repeats_entry(head: str, entry: str) -> bool:
    """Whether a later heading's plain title ``head`` repeats an agenda entry's title ``entry``: it is
    the entry or its lead before a qualifier ("Budget for CI credits (10 min)"), the entry with its
    presenter after a dash ("Budget — Amara"), or the same words."""
    plain = _plain_title(entry)
    return (
        _leads_title(head, plain)
        or bool(plain and head.startswith(plain) and _DASH_ADDITION.match(head, len(plain)))
        or _same_heading(head, plain)
    )


# A numbered row of an agenda set as a Markdown pipe table: "| 2 | Release plan | @bo | 15 min |".
_AGENDA_TABLE_ROW = re.compile(
    r"^[ \t]*\|[ \t]*(?P<num>\d{1,2})\.?[ \t]*\|[ \t]*(?P<title>[^|\n]*?)[ \t]*\|", re.M
)


def _agenda_table_before_headings(text: str, cands: list[_Candidate]) -> None:
    """An agenda heading over a pipe table whose numbered rows the deeper numbered headings after it
    repeat ("## Agenda", "| 2 | Release plan | @bo | 15 min |", then "### 2. Release plan"): the table
    only announces the items, so the heading is marked as a plan in place, an unnumbered item whose
    content is the table, as one over a numbered list is (see _agenda_before_headings). So is an
    "Agenda" line, or a Markdown agenda heading without a table, over a bulleted list whose entries the
    numbered headings after it repeat in order ("- Release plan [@bo]", then "**2. Release plan (@bo,
    15 min)**"; "## Agenda" over "- [#12](…) Release plan", then "## 2. Release plan"): a bullet's
    number is its place in the list, an issue link opening it is not its topic. Read so only when two or more rows or bullets are repeated by a heading with the same
    number; the first agenda heading decides."""
    for k, c in enumerate(cands[:-1]):
        if c.scheme not in ("markdown", "titlecase", "upper") or not _AGENDA_HEADING.match(c.title):
            continue
        heads = {
            d.key: _CLOSING_NOTE.sub("", _plain_title(d.title))
            for d in cands[k + 1 :]
            if d.scheme == "decimal" and (d.depth >= c.depth or not c.depth) and d.key.isdigit()
        }
        rows = _announced_rows(text, c, cands[k + 1].start)
        repeated = sum(1 for num, title in rows if num in heads and _repeats_entry(heads[num], title))
        if repeated >= MIN_ANNOUNCED_HEADINGS:
            c.plan = True
        return


# An entry of a bulleted agenda list: "- Release plan [@bo]".
_AGENDA_BULLET = re.compile(r"^[ \t]*[-*•][ \t]+(?P<title>\S.*?)[ \t]*$", re.M)
# A Markdown link opening an agenda entry, to the issue or pull request it is about, before its topic:
# "[#1841](https://…/issues/1841) Release scope" (the heading after repeats the topic, not the link).
_LEADING_LINK = re.compile(r"^\[[^\[\]]*\]\([^()\s]*\)\s+(?=\S)")
# A presenter or time note closing an agenda entry or a heading: " [@bo]", " (@bo, 15 min)".
_CLOSING_NOTE = re.compile(r"\s*(?:\[[^\[\]]*\]|\([^()]*\))$")


def _announced_rows(text: str, head: _Candidate, end: int) -> list[tuple[str, str]]:
    """The numbered entries under an agenda heading up to ``end``, as (number, title): the rows of a
    pipe table under a Markdown heading, or, under a plain "Agenda" line, its bullets numbered by
    their place, their presenter notes dropped."""
    rows = [(r["num"], r["title"]) for r in _AGENDA_TABLE_ROW.finditer(text, head.end, end)]
    if head.scheme == "markdown" and rows:
        return rows
    bullets = _AGENDA_BULLET.finditer(text, head.end, end)
    return [
        (str(n), _CLOSING_NOTE.sub("", _LEADING_LINK.sub("", b["title"]))) for n, b in enumerate(bullets, 1)
    ]


# A line of a list or a table: a bullet, a numbered or lettered entry, a pipe row or a quote.
_LIST_OR_ROW_LINE = re.compile(r"^[ \t]*(?:[-*+|>•]|\d{1,2}[.)]|\(?[a-z][.)])", re.M)


def _agenda_note_before_headings(text: str, cands: list[_Candidate]) -> None:
    """A Markdown "## Agenda" heading with a prose note of its own ("The agenda lives in the pinned
    issue.") right over deeper numbered headings ("### 1. Welcome"): the note is the agenda section's
    content, so the heading is marked as a plan in place, an unnumbered item before the numbered ones,
    as one over an announcing list or table is. An "## Agenda" straight over the headings only holds
    them, and one over a list or table of other topics stays unmarked (see
    _agenda_table_before_headings); the first agenda heading decides."""
    for k, c in enumerate(cands[:-1]):
        if c.scheme != "markdown" or not _AGENDA_HEADING.match(c.title):
            continue
        below, note = cands[k + 1], text[c.end : cands[k + 1].start]
        if below.scheme == "decimal" and below.depth > c.depth and note.strip():
            c.plan = c.plan or not _LIST_OR_ROW_LINE.search(note)
        return


def _title_forms(title: str) -> set[str]:
    """A plain title and its lead before a bracketed qualifier: "v2.4 release readiness (#1187)" is
    also "v2.4 release readiness"."""
    plain = _plain_title(title)
    return {plain, plain.split(" (", 1)[0].rstrip()}


def _announced_topics(entries: list[_Candidate], later: list[_Candidate]) -> list[int]:
    """The Markdown depths of the unnumbered headings after a numbered list ("### v2.4 release
    readiness (#1187)" after "2. [v2.4 release readiness](...)") that repeat its entries, when most of
    the entries (and at least ``MIN_ANNOUNCED_HEADINGS``) are repeated so: the list then only
    announces those topics. Empty when they are not. Linear in the headings and entries."""
    forms: dict[str, int] = {}
    for c in later:
        if c.scheme == "markdown" and c.depth:
            for form in _title_forms(c.title):
                forms.setdefault(form, c.depth)
    depths = []
    for e in entries:
        found = sorted(f for f in _title_forms(e.title) if f in forms)
        if found:
            depths.append(forms[found[0]])
    if len(depths) < max(MIN_ANNOUNCED_HEADINGS, (len(entries) + 1) // 2):
        return []
    return depths


def _plain_top(cand: _Candidate) -> bool:
    """Whether a candidate is a whole-numbered plain line ("3. Finance"), not a Markdown heading."""
    return cand.scheme == "decimal" and not cand.depth and not cand.listed and cand.key.isdigit()


def _heading_depths(cands: list[_Candidate]) -> list[int]:
    """The Markdown depths of the numbered headings among ``cands`` (a large number when none)."""
    return [c.depth for c in cands if c.depth and c.scheme == "decimal"] or [99]


def _opens_numbered_headings(text: str, cands: list[_Candidate], k: int) -> bool:
    """Whether the Markdown heading ``cands[k]`` ("## Notes") is right above a deeper heading numbered
    "1." ("### 1. Budget"), with no text between: it only holds the numbered items, no item itself."""
    c = cands[k]
    if k + 1 >= len(cands):
        return False
    below = cands[k + 1]
    return (
        below.scheme == "decimal"
        and below.key == "1"
        and below.depth > c.depth
        and not text[c.end : below.start].strip()
    )


def _text_over_table_rows(text: str, cands: list[_Candidate], k: int) -> bool:
    """Whether the Markdown heading ``cands[k]`` ("## Introduction") has text of its own above a table
    whose numbered rows head the items ("| 1 | **Budget:** ..."): a table's row sits in a section, not
    below it as its sub-heading, so the heading is a section of its own, not a container of the rows."""
    below = cands[k + 1] if k + 1 < len(cands) else None
    if below is None or not below.row_titled:
        return False
    return any(line.strip()[:1] not in ("", "|") for line in text[cands[k].end : below.start].splitlines())


_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")


def _plain_title(title: str) -> str:
    """A heading's title as read, lower-cased, with Markdown links reduced to their text and the
    emphasis marks removed: "[Web thing](https://…)" is "web thing"."""
    if "](" in title:
        title = _MD_LINK.sub(r"\1", title)
    return " ".join(title.replace("*", "").replace("`", "").split()).lower()


def _leads_title(short: str, long: str) -> bool:
    """Whether the heading title ``short`` is ``long`` or its lead before a qualifier: "Breakout A" leads
    "Breakout A (Europe / US) - 2023-06-05"."""
    if not short or not long.startswith(short):
        return False
    return len(long) == len(short) or not long[len(short)].isalnum()


def _sections_repeat(entries: list[_Candidate], later: list[_Candidate]) -> bool:
    """Whether a Markdown heading after an agenda's entries repeats one of them ("## Breakout A" after
    the agenda's "### Breakout A (Europe / US) - 2023-06-05"): the entries are then the plan of the
    sections that follow, not the topics themselves. It runs at most once per document, over its
    few headings' titles."""
    titles = [_plain_title(e.title) for e in entries if e.depth]
    heads = {_plain_title(d.title) for d in later if d.scheme == "markdown"}
    return any(_leads_title(h, t) or _same_heading(h, t) for t in titles for h in heads)


def _heads_own_text(text: str, cands: list[_Candidate], k: int) -> bool:
    """Whether the Markdown heading ``cands[k]``, above the depth of the numbered Markdown headings and
    before the first of them, has text of its own before the next heading ("## Action items from last
    meeting" over last meeting's task list, then "## Discussion" over "### 1. Release schedule"): a
    section of the minutes set before the numbered ones, an item. One right over the next heading only
    holds it (see _opens_numbered_headings)."""
    nxt = cands[k + 1] if k + 1 < len(cands) else None
    if nxt is None or nxt.scheme != "markdown" or nxt.depth != cands[k].depth or nxt.key:
        return False
    return bool(text[cands[k].end : nxt.start].strip())


def _prose_before_numbered(text: str, cands: list[_Candidate], k: int) -> bool:
    """Whether the unnumbered Markdown heading ``cands[k]``, at the depth of the numbered Markdown headings
    and right before the first of them, heads prose of its own ("## Summary" over a paragraph, then
    "## 1. Previous action items"): a section of the minutes set first, an item. One over a list or
    field lines ("## Agenda" over the topics, "## Meeting" over "Date: ...") belongs to the header block."""
    nxt = cands[k + 1] if k + 1 < len(cands) else None
    if nxt is None or nxt.scheme not in _NUMBERED or nxt.depth != cands[k].depth:
        return False
    body = text[cands[k].end : nxt.start].strip()
    lines = body.splitlines()
    return (
        bool(body)
        and not _AGENDA_HEADING.match(cands[k].title)
        and not _LIST_OR_ROW_LINE.search(body)
        and not any(_FIELD_LINE.match(line) for line in lines)
    )


def _container_depth(cands: list[_Candidate]) -> int:
    """The Markdown depth of the heading right above the first numbered heading when the numbered
    headings are plain lines ("Meeting summary" underlined over "1. Roll call", "2. ..."): headings
    at that depth or above after the last numbered one are the document's closing sections
    ("Action items, by person", "People present"), items of their own. A document closes with a few
    such sections; more than ``MAX_CLOSING_SECTIONS`` after the numbered lines means those lines were
    a list inside one section of a Markdown document, so 0 then, as when there is no such heading."""
    numbered = [k for k, c in enumerate(cands) if c.scheme in _NUMBERED]
    if (
        not numbered
        or not numbered[0]
        or cands[numbered[0]].depth
        or cands[numbered[0] - 1].scheme != "markdown"
    ):
        return 0
    depth = cands[numbered[0] - 1].depth
    after = [c for c in cands[numbered[-1] + 1 :] if c.scheme == "markdown" and c.depth <= depth]
    return depth if len(after) <= MAX_CLOSING_SECTIONS else 0


MAX_CLOSING_SECTIONS = 3


def _nest_markdown(items: list[Item], md_depth: dict[str, int]) -> None:
    """Levels and parents of unnumbered Markdown headings from their depth: "### Blockers" below
    "## Release planning" is its sub-item (level 2, parent the "##" item)."""
    depths = sorted(set(md_depth.values()))
    if len(depths) < 2:
        return
    open_at: dict[int, str] = {}  # depth -> the latest u-item at that depth
    for item in items:
        depth = md_depth.get(item.id)
        if depth is None:
            continue
        item.level = depths.index(depth) + 1
        above = [d for d in open_at if d < depth]
        item.parent = open_at[max(above)] if above else None
        open_at = {d: i for d, i in open_at.items() if d < depth}
        open_at[depth] = item.id


MIN_YEAR_MINUTES = 3
MIN_YEAR_PREFIX = 10


def _year_minute_numbers(cands: list[_Candidate]) -> list[_Candidate]:
    """Minute numbers written as year and running number ("24.15", "24.16", ...) are serial numbers,
    not sections 15, 16 of an item 24: at least three two-part decimal headings share a first part
    of 10 or more, no heading carries that first part alone, and their second parts rise. Such
    candidates are turned into serial ones in place (id "24.15"), so "(a)" below one is "24.15.a".
    A line citing an earlier minute among them ("22.19 (lab training): done" under "22.33") breaks the
    rise: when the rising ones are most of the group, the others are references and are dropped.
    A three-part number below such a minute ("24.15.1") is a numbered part of it (see _minute_parts)."""
    groups: dict[str, list[_Candidate]] = {}
    singles = set()
    parts_of: list[_Candidate] = []  # "24.15.1": a numbered part of minute 24.15, if that is a minute
    for c in cands:
        if c.scheme != "decimal" or c.listed:
            continue
        parts = c.key.split(".")
        if len(parts) == 1:
            singles.add(parts[0])
        elif len(parts) == 2 and parts[1].isdigit() and int(parts[0]) >= MIN_YEAR_PREFIX:
            groups.setdefault(parts[0], []).append(c)
        elif len(parts) == 3 and all(p.isdigit() for p in parts):
            parts_of.append(c)
    dropped: set[int] = set()
    minutes: set[str] = set()
    for top, group in groups.items():
        rising = _rising_minutes(group)
        if top in singles or len(rising) < MIN_YEAR_MINUTES or len(rising) < len(group) * RISING_SHARE:
            continue
        rising_ids = {id(r) for r in rising}
        for c in group:
            if id(c) in rising_ids:
                c.scheme, c.number = "serial", c.number.rstrip(".")
                minutes.add(c.key)
            else:
                dropped.add(id(c))
    _minute_parts(parts_of, minutes)
    return [c for c in cands if id(c) not in dropped] if dropped else cands


def _minute_parts(cands: list[_Candidate], minutes: set[str]) -> None:
    """Turn three-part decimal headings whose first two parts are a year minute ("31.3.1 Teaching Committee"
    below minute 31.3) into numbered parts of that minute, in place, as "RC/22/010.1" is of
    "RC/22/010" (see _serial_part, which keeps only parts that run in order below their minute)."""
    for c in cands:
        minute = c.key.rsplit(".", 1)[0]
        if minute in minutes:
            c.scheme, c.number, c.part_of = "serial", c.number.rstrip("."), minute


RISING_SHARE = 0.75  # most of a year's minute numbers rise; the few others cite earlier minutes


def _rising_minutes(group: list[_Candidate]) -> list[_Candidate]:
    """The candidates of ``group`` whose running number is above every one before it ("22.31",
    "22.32", "22.33", then "22.19" is skipped as a reference back, "22.34" goes on)."""
    out: list[_Candidate] = []
    top = -1
    for c in group:
        n = int(c.key.split(".")[1])
        if n > top:
            out.append(c)
            top = n
    return out


MIN_PREFIXED_MINUTES = 3


def _prefixed_minute_numbers(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep "HCS.23"-style minute headings only where they run as a series: three or more distinct numbers
    share the committee's letters (segment_items then keeps only the rising ones). A lone "NO.1 PRIORITY" or "ABC.2 Rollout" line is
    no minute heading and is dropped (the other candidates are returned unchanged). The same holds for
    minutes numbered year first ("2021/04 Dean's Report"): a lone "2023/24 Budget" line names a financial year,
    and for the year, the meeting and the number ("21/3/4 Dean's report"): a lone "12/3/21 ..." line is a date."""
    for shape in (_PREFIXED_KEY, _YEAR_FIRST_KEY, _YEAR_MEETING_KEY, _SPACED_YEAR_KEY):
        cands = _series_only(cands, shape)
    return cands


def _series_only(cands: list[_Candidate], key_shape: re.Pattern[str]) -> list[_Candidate]:
    """``cands`` without the serial headings of ``key_shape`` (groups: the series and the number) whose
    series has fewer than ``MIN_PREFIXED_MINUTES`` distinct numbers."""
    groups: dict[str, set[int]] = {}
    for c in cands:
        m = key_shape.match(c.key) if c.scheme == "serial" else None
        if m:  # by value: "HCS.1" and "HCS.01" are one minute
            groups.setdefault(m.group(1), set()).add(int(m.group(2)))
    if not groups:
        return cands
    series = {p for p, ns in groups.items() if len(ns) >= MIN_PREFIXED_MINUTES}
    return [
        c
        for c in cands
        if not (c.scheme == "serial" and (m := key_shape.match(c.key))) or m.group(1) in series
    ]


_PREFIXED_KEY = re.compile(rf"^({_MINUTE_LETTERS}[./ ])(\d{{1,3}})$")
_YEAR_FIRST_KEY = re.compile(r"^((?:19|20)\d{2})/(\d{2,3})$")
_YEAR_MEETING_KEY = re.compile(r"^(\d{2}/[1-9])/(\d{1,3})$")
_SPACED_YEAR_KEY = re.compile(r"^([A-Z]{2,6} \d{2}\.)(\d{1,3})$")


def _lettered_numbers(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Keep "A1"-style headings only where they run as a series: at least ``MIN_LETTERED`` of them, each
    letter's from 1 on in rising order, more than the document's other numbered headings; and "Part A"
    lines only over such a series of their letter. A lone "M6 Motorway closures" or "B4 paper" line is
    no heading and is dropped (the other candidates are returned unchanged). A part numbered with a
    figure ("Part 2 – items for report") divides minutes numbered straight through ("Minute 47",
    "Minute 48"): it is kept unless an item of the document has its number, which it would take. A part
    over no such series that names a part of the business ("Part A: Items for discussion" above minutes
    "21/3/4", "21/3/5") is an unnumbered section heading, read as the whole line (see _business_part)."""
    lettered = [c for c in cands if c.scheme == "lettered"]
    kept: list[_Candidate] = []
    last: dict[str, int] = {}  # each letter's last kept number
    for c in lettered:
        before = last.get(c.key[0])
        if (before is None and c.key[1:] == "1") or (before is not None and int(c.key[1:]) > before):
            kept.append(c)
            last[c.key[0]] = int(c.key[1:])
    numbered = sum(1 for c in cands if c.scheme in _NUMBERED and not c.listed)
    if len(kept) < MIN_LETTERED or numbered >= len(kept):
        kept = []  # "M4 Landing zone accepted" rows inside the items of a numbered document
    letters = {c.key[0] for c in kept}
    numbers = {c.key for c in cands if c.scheme in _NUMBERED}
    parts = {
        id(c) for c in cands if c.scheme == "part" and (c.key in letters or _free_part_number(c, numbers))
    }
    keep = {id(c) for c in kept} | parts
    for c in cands:
        if c.scheme == "part" and id(c) not in keep and _business_part(text, c):
            keep.add(id(c))
    return [c for c in cands if c.scheme not in ("lettered", "part") or id(c) in keep]


def _business_part(text: str, cand: _Candidate) -> bool:
    """Whether a part heading names a part of the business ("Part B: Items for approval without
    discussion"); if so it is turned, in place, into an upper-case section heading titled by its line."""
    if not _BUSINESS_PART_TITLE.match(cand.title):
        return False
    cand.scheme, cand.number, cand.key = "upper", "", ""
    cand.title = text[cand.start : cand.end].strip()
    return True


def _free_part_number(cand: _Candidate, numbers: set[str]) -> bool:
    """Whether a part heading is numbered with a figure no numbered heading of the document uses."""
    return cand.key.isdigit() and cand.key not in numbers


def _serial_shape(number: str) -> tuple[str, tuple[int, ...]]:
    """The series a serial minute number belongs to and its order within it:
    "TB 12/25" -> ("TB #/#", (12, 25)); "A24/009" -> ("A#/#", (24, 9)), another series."""
    return re.sub(r"\d+", "#", number), tuple(int(g) for g in re.findall(r"\d+", number))


def _cites_earlier_year(order: tuple[int, ...], seen: list[tuple[int, ...]]) -> bool:
    """Whether a serial minute number cites a minute of an earlier year rather than goes on with the
    series: a part that every minute so far shares (the year: "8/23", "9/23", "10/23") is lower in it
    ("Minute 74/22 (March 2023), carried forward ..." under minute 10/23). A higher running number in
    another year's minutes says nothing about this meeting's order, so it is no next minute."""
    if len(seen) < 2:
        return False
    return any(
        len({o[i] for o in seen}) == 1 and order[i] < seen[0][i] for i in range(min(len(order), len(seen[0])))
    )


_LINE_AFTER = re.compile(r"[ \t]*[\r\n]\s*([^\n]*)")


def _heads_prose(text: str, cand: _Candidate) -> bool:
    """A heading line opens a section when it starts a paragraph (after a blank line or a line
    ending a sentence) and a paragraph follows it (a long line ending a sentence), unlike a name
    in a list or a title over a date line."""
    if not cand.after_break:
        return False
    after = _LINE_AFTER.match(text, cand.end)  # the heading's line ends here; the next non-blank line
    if after is None:
        return False
    words = len(after.group(1).split())
    return words >= PARAGRAPH_WORDS or (words >= 8 and after.group(1).rstrip().endswith(_PROSE_END))


PARAGRAPH_WORDS = 20  # a line this long is a paragraph whatever it ends with
_PROSE_END = (".", "?", "!", ".)", '."')


MIN_BOLD_HEADINGS = 2


def _stands_alone(text: str, cand: _Candidate) -> bool:
    """A line with a blank line (or the text's edge) below it and a blank line or a sentence's end
    above it (a page break taken out between paragraphs leaves no blank line)."""
    if not cand.after_break:
        return False
    after = _LINE_AFTER.match(text, cand.end)
    return after is None or "\n" in text[cand.end : after.start(1)].lstrip(" \t\r").removeprefix("\n")


def _timed_bold_topics(cands: list[_Candidate]) -> list[_Candidate]:
    """``cands`` with bold topic lines that carry an owner and a time slot ("**AOB**" among them)
    read as Markdown section headings ("## "), when at least ``MIN_TIMED_TOPICS`` are timed and no
    heading is numbered: shared notes (a Google Doc) set their agenda topics this way, while the time slot
    shows the line is no bold emphasis inside a paragraph. Otherwise the bold lines are dropped."""
    timed = [c for c in cands if c.scheme == "boldtopic"]
    numbered = any(c.scheme in _NUMBERED and not c.listed for c in cands)
    if len(timed) >= MIN_TIMED_TOPICS and not numbered:
        for c in cands:
            if c.scheme in ("boldtopic", "boldplain", "boldtitle"):
                c.scheme, c.depth = "markdown", 2  # a section, never the document's "# Title"
    return [c for c in cands if c.scheme not in ("boldtopic", "boldplain")]


def _bold_agenda_heading(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """``cands`` with a bold "**Agenda**" line over a list, in notes whose topics are Markdown headings,
    read as a Markdown heading at the depth of the first heading after it: a wiki page sets its agenda
    section in bold and its topics as "###" headings, and the agenda list is then a section of the
    notes (an unnumbered item holding the list), as an "## Agenda" heading over a list is. Without a
    list below it, or with no Markdown heading after it, the bold line stays emphasis."""
    for k, c in enumerate(cands):
        if c.scheme != "boldtitle" or not _AGENDA_HEADING.match(c.title) or not _heads_list(text, c):
            continue
        below = next((d for d in cands[k + 1 :] if d.scheme == "markdown" and d.depth), None)
        if below is not None:
            c.scheme, c.depth = "markdown", below.depth
    return cands


def _bold_labels_in_sections(cands: list[_Candidate]) -> list[_Candidate]:
    """``cands`` without the closing sections' names set only in bold ("**Decisions**", "**Action
    items**") below a Markdown heading: where the sections are headings ("## Summary"), a bold line
    inside one is a label of its content, as a summary lists its decisions and actions under it,
    not a section of its own. Where the topics are bold lines too ("**Topic: Budget**", "**Budget**
    (Ann, 5 min)") a bold "**Action items**" after them is a section of the same rank and is kept."""
    out: list[_Candidate] = []
    below_heading = False
    for c in cands:
        if c.emphasis and below_heading:
            continue
        below_heading = below_heading or (c.scheme == "markdown" and c.depth > 0 and not c.topic)
        out.append(c)
    return out


def _bold_title_headings(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """``cands`` with short title-case lines set in bold ("**Performance Report**", as a Word document
    converted to Markdown writes its headings) read as title-case headings, when at least
    ``MIN_BOLD_HEADINGS`` of them stand alone between blank lines and no heading is numbered; the
    bold is then the heading markup. Otherwise (a numbered document, or one bold line) they are
    emphasis and dropped. A bold label opening a paragraph ("**Decision:** ...") never gets here."""
    cands = _bold_agenda_heading(text, _timed_bold_topics(_bold_labels_in_sections(cands)))
    bold = [c for c in cands if c.scheme == "boldtitle"]
    if not bold:
        return cands
    alone = [c for c in bold if _stands_alone(text, c)]
    numbered = any(c.scheme in _NUMBERED and not c.listed for c in cands)
    if len(alone) >= MIN_BOLD_HEADINGS and not numbered:
        for c in alone:
            c.scheme, c.bold = "titlecase", True
    return [c for c in cands if c.scheme != "boldtitle"]


def _title_case_headings(text: str, cands: list[_Candidate], allowed: bool) -> list[_Candidate]:
    """``cands`` with only the title-case lines that are headings: those heading paragraphs, where
    ``allowed`` (nothing is numbered), no other heading kind is used and at least two such lines
    exist (one is too little evidence). In a numbered document, such a line of a few words that
    opens a paragraph ("Questions from Members" over the questions) becomes a "subhead": an
    unnumbered sub-item of the numbered item it sits in (see _mark_subheads)."""
    heads = [c for c in cands if c.scheme == "titlecase" and _heads_prose(text, c)] if allowed else []
    if not allowed:  # a numbered document: those over a paragraph may be sub-headings inside its items
        _mark_subheads(text, cands)
    elif len(heads) < 2 or any(c.scheme in ("upper", "markdown") for c in cands):
        heads = []
    elif len(heads) + _sentence_heads(text, cands) >= 3:
        # headings confirmed (by lines in either case): one set apart over a bullet list is one too, and
        # so is one over a sentence wrapped onto the next line ("AOB" over "Anna reminded members that")
        heads += [
            c
            for c in cands
            if c.scheme == "titlecase"
            and c.after_blank
            and c not in heads
            and (_heads_bullets(text, c) or _heads_lines(text, c, cands) or _over_wrapped_sentence(text, c))
        ]
    kept = {id(c) for c in heads}
    _holding_headings(text, cands, kept)
    # an "Agenda" line over the list that announces the items is a plan (see _agenda_table_before_headings)
    return [c for c in cands if c.scheme != "titlecase" or id(c) in kept or c.plan]


def _holding_headings(text: str, cands: list[_Candidate], kept: set[int]) -> None:
    """Among confirmed title-case headings (ids in ``kept``), keep a title-case line set apart with
    nothing but a blank line between it and the next heading, marked as holding the headings after it
    ("Summary" right over "Release Timeline", "CI Costs", as a call assistant's summary sets its topics):
    a heading with no text of its own is their section. The first line is left alone: a title line over
    the first heading ("Riverside PTA" over "Welcome") is the title block, no section."""
    for c, nxt in itertools.pairwise(cands[1:]):
        if (
            c.scheme == "titlecase"
            and id(c) not in kept
            and c.after_blank
            and id(nxt) in kept
            and not text[c.end : nxt.start].strip()
        ):
            c.holds = True
            kept.add(id(c))


def _sentence_heads(text: str, cands: list[_Candidate]) -> int:
    """How many sentence-case lines set apart by a blank line head a paragraph ("Risks and issues" over
    its first sentence): evidence, with title-case ones, that such short lines are the headings."""
    return sum(1 for c in cands if c.scheme == "sentence" and c.after_blank and _heads_prose(text, c))


def _over_wrapped_sentence(text: str, cand: _Candidate) -> bool:
    """Whether the line below ``cand`` opens a sentence the layout wrapped onto the next line."""
    after = _LINE_AFTER.match(text, cand.end)
    return after is not None and _opens_wrapped_sentence(text, after)


def _sentence_case_headings(text: str, cands: list[_Candidate], allowed: bool) -> list[_Candidate]:
    """``cands`` with the sentence-case lines that are headings read as title-case headings, and the
    rest dropped. They are headings only in notes where ``allowed`` (nothing is numbered) and no other
    heading kind is used, when at least ``MIN_SENTENCE_HEADINGS`` of them, set apart by a blank
    line, head a paragraph; once so confirmed, one set apart over a line ending a sentence is a
    heading too ("Notes and actions from the last meeting" over "The notes of ... were agreed."), and so
    is one over a "label: value" line ("Programme status" over "Overall status: Amber") or over a table."""
    lines = [c for c in cands if c.scheme == "sentence"]
    rest = [c for c in cands if c.scheme != "sentence"]
    if lines and allowed and _title_case_confirmed(cands):
        # "Quick recap", "Next steps" among "Release Timeline", "CI Costs": the notes mix the cases
        for c in lines:
            if c.after_blank and (_heads_prose(text, c) or _heads_bullets(text, c)):
                c.scheme, c.cased = "titlecase", True
        return [c for c in cands if c.scheme != "sentence"]
    if lines and not allowed and _beside_labelled_items(text, cands):
        for c in lines:
            if c.after_blank and _heads_prose(text, c):
                c.scheme = "titlecase"
        return [c for c in cands if c.scheme != "sentence"]
    if (
        not lines
        or not allowed
        or any(
            c.scheme in ("upper", "markdown", "titlecase", *_NUMBERED)
            and not _sentence_compatible(text, cands, k)
            for k, c in enumerate(cands)
            if c.scheme != "sentence"
        )
    ):
        return rest
    heads = [c for c in lines if c.after_blank and _heads_prose(text, c)]
    if len(heads) < MIN_SENTENCE_HEADINGS:
        return rest
    for c in lines:
        after = _LINE_AFTER.match(text, c.end)
        if c in heads or (
            c.after_blank
            and after is not None
            and (
                after.group(1).rstrip().endswith(_PROSE_END)
                or _FIELD_LINE.match(after.group(1))
                or _opens_wrapped_sentence(text, after)
                or after.group(1).startswith("|")  # "Workstream status" over a pipe table's header row
            )
        ):
            c.scheme = "titlecase"
    return [c for c in cands if c.scheme != "sentence"]


MIN_LABELLED_ITEMS = 2


def _beside_labelled_items(text: str, cands: list[_Candidate]) -> bool:
    """Whether sentence-case lines are items beside labelled ones ("Welcome and apologies" over its
    paragraph, then "Theme 1: Call handling", "Theme 2: ..."): where the items that carry numbers are
    labelled ("Theme N", "Item N") and at least ``MIN_SENTENCE_HEADINGS`` sentence-case lines set apart
    by a blank line head paragraphs, one of them before the first labelled item, the minutes number only
    their main business; a heading before the first item cannot be a sub-heading inside one. A numbered
    list after the last labelled item (the closing action list) does not count against it."""
    labelled = [c for c in cands if c.scheme == "item" and not c.listed]
    if len(labelled) < MIN_LABELLED_ITEMS:
        return False
    first, last = labelled[0].start, labelled[-1].start
    if any(c.scheme in _NUMBERED and c.scheme != "item" and c.start < last for c in cands):
        return False
    heads = [c for c in cands if c.scheme == "sentence" and c.after_blank and _heads_prose(text, c)]
    return len(heads) >= MIN_SENTENCE_HEADINGS and heads[0].start < first


def _version_titles(text: str, cands: list[_Candidate]) -> None:
    """Read a lone sub-numbered heading among title-case headings over paragraphs as a title-case
    heading whose title opens with a version ("2.6 Release Planning" between "Summary" and "Security
    Audit Findings"): minutes that number their items number more than one, and a sub-number needs an
    item above it, so a single "2.6" names the release the topic is about."""
    numbered = [c for c in cands if c.scheme in _NUMBERED and not c.listed]
    if len(numbered) != 1 or numbered[0].scheme != "decimal" or "." not in numbered[0].key:
        return
    titled = [c for c in cands if c.scheme == "titlecase" and _heads_prose(text, c)]
    if len(titled) >= MIN_SENTENCE_HEADINGS:
        c = numbered[0]
        c.scheme, c.title, c.number, c.key = "titlecase", text[c.start : c.end].strip(), "", ""


def _title_case_confirmed(cands: list[_Candidate]) -> bool:
    """Whether the notes' headings are title-case lines (at least ``MIN_SENTENCE_HEADINGS`` kept, see
    _title_case_headings) of more than one word and no other kind: a sentence-case line set apart over a
    paragraph or a list is then a heading too, as notes that mix the cases write them."""
    kept = [c for c in cands if c.scheme == "titlecase" and len(c.title.split()) > 1]
    others = any(c.scheme in ("upper", "markdown", *_NUMBERED) for c in cands)
    return len(kept) >= MIN_SENTENCE_HEADINGS and not others


def _opens_wrapped_sentence(text: str, after: re.Match[str]) -> bool:
    """Whether the line ``after`` (the line below a heading candidate) starts a sentence that runs on
    onto the next line: at least ``MIN_LINE_WORDS`` words starting with a capital, and the next line
    going on in lower case ("HP raised the timing of the roadshow; the board agreed it" over "should
    follow the SIT decision."). A paragraph wrapped at the page width leaves its first line without
    a closing stop, yet it is prose under a heading, not a name or a label."""
    line = after.group(1)
    words = line.split()
    if len(words) < MIN_LINE_WORDS or not words[0][:1].isupper():
        return False
    nxt = _LINE_AFTER.match(text, after.end(1))
    return (
        nxt is not None and text.count("\n", after.end(1), nxt.start(1)) == 1 and nxt.group(1)[:1].islower()
    )


# A "label: value" line under a heading ("Overall status: Amber (September: Amber)").
_FIELD_LINE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,3}: \S")


def _sentence_compatible(text: str, cands: list[_Candidate], k: int) -> bool:
    """Whether the candidate at ``k``, if title-case, leaves sentence-case headings possible: a one-word heading
    ("Highlights", "Budget") is both cases at once, and the organisation's name over the date and the
    attendance ("Hollingford Castings Ltd") is the title block, not a heading style of the notes."""
    cand = cands[k]
    if cand.scheme != "titlecase":
        return False
    return len(cand.title.split()) == 1 or _opens_header(text, cands, k)


MIN_SUBHEAD_WORDS, MAX_SUBHEAD_WORDS = 2, 7
MIN_SUBHEADS = 2


def _mark_subheads(text: str, cands: list[_Candidate]) -> None:
    """Turn the title-case lines that open sub-sections (see _heads_subsection) into "subhead"
    candidates where a numbered item holds at least ``MIN_SUBHEADS`` of them ("Presentation of the
    Proposal", "Questions from Members", "Panel's Decision" inside one minute): a single such line in
    an item is too little evidence of a sub-structure. Sentence-case lines count as well ("Opening
    hours", "Members' questions") when a blank line sets them apart, as a report's minute is set out
    under sub-headings; run on right after a sentence, such a line is a label inside the text."""
    groups: dict[int, list[_Candidate]] = {}
    owner = -1  # index of the latest numbered heading
    for k, c in enumerate(cands):
        if c.scheme in _NUMBERED and not c.listed:
            owner = k
        elif (
            (c.scheme == "titlecase" or (c.scheme == "sentence" and c.after_blank))
            and owner >= 0
            and _heads_subsection(text, c)
        ):
            groups.setdefault(owner, []).append(c)
    for group in groups.values():
        if len(group) >= MIN_SUBHEADS:
            for c in group:
                c.scheme = "subhead"


SUBHEAD_PROSE_WORDS = 8


def _heads_subsection(text: str, cand: _Candidate) -> bool:
    """Whether a title-case line of a few words opens a sub-section: it starts a paragraph (after a
    blank line or a sentence's end) and a line of prose follows it (at least eight words, starting
    with a capital: "Councillor Pritchard moved and Councillor Halliday seconded that ...", or a shorter
    first line of a sentence the page width wrapped: "A Member asked whether the library could"). A "label:
    value" line over another one is a field of an entry written one field per line, not a heading."""
    words = _BRACKETED.sub(" ", cand.title).split()  # a note in brackets is no part of the heading's length
    if not cand.after_break or not MIN_SUBHEAD_WORDS <= len(words) <= MAX_SUBHEAD_WORDS:
        return False
    if "\t" in text[cand.start : cand.end].strip():
        return False  # a table's header row read across its cells ("Ref\tRaised\tAction\tLead")
    after = _LINE_AFTER.match(text, cand.end)
    if after is None or (_FIELD_LINE.match(cand.title) and _FIELD_LINE.match(after.group(1))):
        return False  # "Lead: Mark Tennant" over "Update: Review completed ...": fields of a log entry
    words = after.group(1).split()
    return (len(words) >= SUBHEAD_PROSE_WORDS and words[0][:1].isupper()) or _opens_wrapped_sentence(
        text, after
    )


MIN_LINE_WORDS = 5  # a line of text below a heading, not a label or a name


def _heads_lines(text: str, cand: _Candidate, cands: list[_Candidate]) -> bool:
    """Whether a title-case line set apart by a blank line heads a block of text: the next line is a
    lettered sub-heading ("a. Membership") or a line of at least ``MIN_LINE_WORDS`` words, as a
    paragraph wrapped at the page width ("The minutes of the May meeting were posted on") is. Used
    only once several such lines are confirmed headings."""
    after = _LINE_AFTER.match(text, cand.end)
    if after is None:
        return False
    nxt = after.group(1)
    if len(nxt.split()) >= MIN_LINE_WORDS:
        return True
    at = after.start(1)
    return any(c.start == at and c.scheme in _SUB_SCHEMES for c in cands)


def _heads_bullets(text: str, cand: _Candidate) -> bool:
    """Whether the line after a heading candidate opens a bullet list ("Old Business" over
    "- Pool resurfacing"), as headings of bulleted minutes are followed."""
    after = _LINE_AFTER.match(text, cand.end)
    return after is not None and after.group(1).lstrip().startswith(("- ", "* ", "• "))


def _heads_list(text: str, cand: _Candidate) -> bool:
    """Whether the line after a candidate opens a list, bulleted or numbered ("- [x] Budget",
    "1. Budget")."""
    after = _LINE_AFTER.match(text, cand.end)
    return _heads_bullets(text, cand) or (
        after is not None and bool(_LIST_MARKER.match(after.group(1).lstrip()))
    )


def _section_heading(
    text: str, cand: _Candidate, after_first_item: bool, numbered: bool = False, past_numbered: bool = False
) -> bool:
    """Whether an upper-case line in a numbered document is a section heading of its own
    ("ITEMS FOR DECISION", "ACTION LOG – OPEN ACTIONS"): at least two words on a line of its
    own after a blank line, and either inside the agenda, directly above its first numbered item
    or heading a paragraph before it ("OPENING AND ACTIONS" over the opening remarks).
    A copy of the numbered heading right below it, typos and all, is a leftover of the layout.
    Inside an agenda of upper-case headings (the latest item is not ``numbered``), a line right after
    a finished sentence stands apart as well: a page break removed between the paragraph and the
    heading leaves no blank line. Inside a numbered item such a line is a label ("CARRIED 7/0").
    One word is enough for a closing word ("CLOSE") and, ``past_numbered`` (after the last numbered
    heading), for a closing section's name ("ACTIONS" below the "DECISIONS LOG"): inside the items such a
    word over the actions of one item is a label."""
    # a closing section ("SUMMARY OF ACTIONS") is no label, so it stands apart after a sentence too
    apart = after_first_item and cand.after_break and (not numbered or _CLOSING_SECTION.match(cand.title))
    if not (cand.after_blank or apart):
        return False
    closing_word = cand.title.lower() in _CLOSING_WORDS or (
        past_numbered and _CLOSING_SECTION.match(cand.title)
    )
    if len(cand.title.split()) < 2 and not (after_first_item and closing_word):
        return False
    if cand.next_numbered and _same_heading(cand.next_title, cand.title):
        return False
    return after_first_item or cand.next_numbered or _heads_prose(text, cand)


# Unnumbered Markdown headings of the header block, not items, when no item has been opened yet:
# "## Attendees", "## Meeting roles" ("## Apologies" may be the first item of business, so it is not one).
_HEADER_SECTION = re.compile(
    rf"^(?:{alternation(PRESENT_WORDS)}|people|links|(?:meeting\s+)?roles|contents|topics|[-–\s]*draft[-–\s]*)"
    rf"(?:\s+(?:and|&)\s+(?:roles|{alternation(APOLOGY_WORDS)}|absences))?:?$",
    re.I,
)


def _holds_topic_headings(text: str, cands: list[_Candidate], k: int) -> bool:
    """Whether a "## Topics" heading stands right over a deeper Markdown heading ("### Budget"): it
    holds the meeting's topics as sections, an item over them, not a list of contents in the header."""
    c = cands[k]
    if not _TOPICS_HEADING.match(c.title) or k + 1 >= len(cands):
        return False
    below = cands[k + 1]
    return below.scheme == "markdown" and below.depth > c.depth and not text[c.end : below.start].strip()


_TOPICS_HEADING = re.compile(r"^topics:?$", re.I)


def _follows_attendance(title: str) -> bool:
    """Whether a Markdown heading after the header's "## Present" section is another attendance section
    ("## Absent", "## Regrets", "## Guests", "## In attendance"): it belongs to the header block, not to
    the business. Only after such a section, since "## Apologies" alone may open the business; and only a
    bare label: "### Intros from new TAG members" is a topic, and so is "Welcome and apologies", which joins
    the attendance to other business (each part a label, "Absent and apologies", is attendance)."""
    parts = _JOINED_PARTS.split(title)
    return (
        len(title.split()) <= MAX_ATTENDANCE_HEADING_WORDS
        and attendance_kind(title) not in (None, "present")
        and all(attendance_kind(part) is not None for part in parts)
    )


# The parts of a heading joined by "and" or "&": "Welcome and apologies", "Absent & apologies".
_JOINED_PARTS = re.compile(r"\s+(?:and|&)\s+", re.I)


MAX_ATTENDANCE_HEADING_WORDS = 3  # "Apologies", "Also in attendance", "Absent with apologies"


# A heading that names the meeting's day: "September 29", "01 February 2018", "Day 2 - 27 May 2020".
_DATE_HEADING = re.compile(
    rf"{_DATE_LIKE.pattern}|^(?:{alternation(MONTH_PREFIXES)})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?$", re.I
)
MAX_DATE_HEADING_WORDS = 3  # words besides the date: "7 Jan 2015 - NYC - Google - Earth"
# A date after "from" or "since" points back to an earlier meeting: "Action items from 2022-04-19".
_EARLIER_DATE = re.compile(r"\b(?:from|since)\s+(?:the\s+)?$", re.I)


def _dated_heading(title: str) -> bool:
    """Whether a heading names the meeting's day: a date with at most a few words around it ("Day 2 - 27
    May 2020"). A linked date ("Breakout A - [2020-08-10](...)") or a longer title is a section, and so
    is one whose date follows "from" or "since" ("Action items from 2022-04-19"): that date is an
    earlier meeting's, the section reviews its business."""
    m = _DATE_HEADING.search(title)
    if m is None or "](" in title or _EARLIER_DATE.search(title[: m.start()]):
        return False
    rest = title[: m.start()] + " " + title[m.end() :]
    return sum(1 for w in rest.split() if any(ch.isalnum() for ch in w)) <= MAX_DATE_HEADING_WORDS


# A header line set as a heading, a label and its value: "Scribe: Dan", "Present: Ann, Bo", "Chair: Peter".
_LABEL_HEADING = re.compile(
    r"^(?:present|regrets|chairs?|scribes?|scribenick|(?:special\s+)?guests?|attendees)\s*:\s*\S", re.I
)


def _title_heading(text: str, cands: list[_Candidate]) -> int:
    """The index of the document's title heading, or -1: the first candidate, a Markdown heading that is
    the only one at the shallowest depth used and stands right over the next heading ("## TAG F2F -
    London" over "##### 01 February 2018", then "### HTML General", "### Fake news"). A heading that
    has siblings at its depth ("# First Day", "# Second Day") or text of its own is a section, unless a
    heading naming the meeting's day stands right under it."""
    if len(cands) < 2 or cands[0].scheme != "markdown" or text[cands[0].end : cands[1].start].strip():
        return -1
    top = cands[0].depth
    if cands[1].scheme == "markdown" and cands[1].depth > top and _dated_heading(cands[1].title):
        return 0  # "## TAG F2F" right over "##### 05 February 2019": a title over the meeting's day
    shallow = [c for c in cands if c.depth and c.depth <= top and not c.topic]  # scribe topics are no titles
    return 0 if len(shallow) == 1 else -1


# One-word upper-case headings that close the business after the items: "ADJOURNMENT".
_CLOSING_WORDS = frozenset({"adjournment", "closure", "close"})
SAME_HEADING_RATIO = 0.85


def _same_heading(a: str, b: str) -> bool:
    """Whether two heading titles are one, up to case and a typo of the layout ("DECLARATIONS OF
    INTERSET" and "DECLARATIONS OF INTEREST"): same letters, or a close character match."""
    a, b = a.lower(), b.lower()
    if a == b or sorted(a) == sorted(b):
        return True
    if abs(len(a) - len(b)) > max(2, len(a) // 5):
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= SAME_HEADING_RATIO


def _next_roman(tok: str) -> str | None:
    return ROMAN[ROMAN.index(tok) + 1] if tok in ROMAN and ROMAN.index(tok) + 1 < len(ROMAN) else None


def _close_spans(items: list[Item], text_end: int) -> None:
    """Set each item's end: the start of the next item at the same or a higher level."""
    for i, item in enumerate(items):
        end = text_end
        for later in items[i + 1 :]:
            if later.level <= item.level:
                end = later.start or text_end
                break
        item.end = end


def item_at(items: list[Item], offset: int, starts: list[int] | None = None) -> Item | None:
    """The innermost item whose span contains ``offset`` (None before the first item).

    ``items`` are in document order (as :func:`segment_items` returns them); spans nest, so the
    innermost container is the latest-starting item that still contains ``offset``: a binary
    search and a short walk back. Pass ``starts`` (the items' start
    offsets) when calling this for many offsets."""
    starts = [it.start or 0 for it in items] if starts is None else starts
    for k in range(bisect.bisect_right(starts, offset) - 1, -1, -1):
        if items[k].end is None or offset < items[k].end:
            return items[k]
    return None
