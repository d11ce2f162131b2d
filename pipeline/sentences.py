"""Stage: split the text after the header into sentences fit for minutes.

Rules, in the order they apply (all in pure functions; :class:`MinutesSentencizer` is the thin
spaCy component over them, registered as ``minutes_sentencizer``):

- item heading lines are not sentences;
- lines wrapped mid-sentence are joined (a line with no closing punctuation followed by one
  that starts in lower case or with a bracketed aside, "(carried over from May) ..."), and always
  where a word was hyphenated at the break ("cond-" / "ition"); a heading without a full stop does
  not swallow the next line, nor does an entry line ("Applicant: ...", "Staff present: ...", "q+",
  "Respectfully submitted,"), and no line is joined at a capital across a blank line or a heading
  line, nor is a row of a register that opens with a code of the same shape as the row before
  ("ACT-07 – ..." / "ACT-08 – ...") or with the next running number ("1 Report ..." / "2 Write ...");
  a run of labelled fields ("Lead: RK   Due: May 2024") closes the unstopped action line above it;
  a row of spaced-dash cells ending on a short cell ("47 – Ward breakdown – D Eastwood – 20 January 2021")
  or on a dashed field ("... – Action: FKA/OP") is whole before a line that reads as an entry of its own,
  while a row cut inside a name ("– Provide the Independent" / "Scrutiny Panel's ...") goes on;
  a reference to an earlier minute with its subject in a bracket ("Minute 61/24 (March 2025) – the ...")
  opens an entry of its own; a word and a colon after a line ending on an article ("... to the" /
  "Committee: carried forward") or after an unclosed lead-in ("Action carried forward from the May" /
  "meeting: ...") go on with the sentence, not a speaker's turn;
- bullets (``•``, ``-``, ``*``), list markers (``1.``, ``(a)``, ``a)``) and paragraph numbers
  (``2.1``) start a sentence and are left out of its text, also when they stand inside a line
  ("... area. 2. How will ...");
- labels such as "Findings:", "Update:", "Actions arising:" are units of their own;
- ``.``, ``?`` and ``!`` end a sentence unless the word before is an abbreviation common in
  minutes (Cllr, Ch Supt, Dr, approx., e.g., No.) or the next word starts in lower case (also
  inside a bracket after a quotation: '"... leave IRC?" (see also ...)').

Cost: one regular-expression pass over the text, linear in its length.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lexicon import MONTH_NAMES, MONTH_SHORT_FORMS, alternation, weekday_short_forms
from pipeline.schema import Item, SentenceSpan
from pipeline.segment import (
    AGENDA_REF,
    BOT_ATTRIBUTION,
    CHAT_LINE,
    PAGE_REF,
    PAPER_STATUS_TAG,
    item_at,
    names_own_paper,
)

# Words that end with a full stop inside a sentence: titles and ranks ("Cllr.", "Ch. Supt.", "Smt."), Latin
# and reference abbreviations ("approx.", "e.g.", "No.", "incl."), office abbreviations ("Addl. Commissioner",
# "Asst. Director", "Dy. Mayor") and the short forms of months and weekdays ("Sept.", "Thurs."), which
# come from the shared lexicon.
ABBREVIATIONS = frozenset(
    [
        "cllr",
        "cllrs",
        "ch",
        "supt",
        "supts",
        "insp",
        "sgt",
        "pc",
        "dc",
        "det",
        "dr",
        "mr",
        "mrs",
        "ms",
        "mx",
        "prof",
        "rev",
        "revd",
        "st",
        "no",
        "nos",
        "approx",
        "e.g",
        "eg",
        "i.e",
        "ie",
        "etc",
        "incl",
        "excl",
        "vs",
        "cf",
        "al",
        "fig",
        "p",
        "pp",
        "para",
        "paras",
        "ref",
        "refs",
        "inc",
        "ltd",
        "co",
        "govt",
        "dept",
        "est",
        "min",
        "max",
        "hon",
        "lt",
        "col",
        "gen",
        "capt",
        "sr",
        "jr",
        "vol",
        "ext",
        "smt",
        "shri",
        "addl",
        "asst",
        "dy",
        "jt",
        *(short for forms in MONTH_SHORT_FORMS.values() for short in forms),
        # not "Weds.": chat-style minutes end sentences with it ("a room at St. Pancras for Weds. Will keep you
        # updated.")
        *(short for short in weekday_short_forms() if short != "weds"),
    ]
)
UNIT_LABELS = (
    "findings",
    "finding",
    "update",
    "updates",
    "actions arising",
    "action arising",
    "actions arising from",
    "discussion",
    "background",
    "summary",
    "key points",
    "outcome",
    "outcomes",
    "notes",
    "questions",
    "matters arising",
    "recommendations",
    "recommendation",
    "progress",
    "comments",
    "noted",
)
_UNIT_LABEL = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(sorted(map(re.escape, UNIT_LABELS), key=len, reverse=True)) + r"):", re.I
)
# "Agenda item 4a.3: Hate Crime" run into the sentence after it (text layers drop the line break):
# the label ends before a word that opens a sentence
_AGENDA_LABEL = re.compile(
    r"(?i:(?:agenda\s+)?item)\s+[\w.()/-]+:\s+[A-Z][\w/'-]*(?:\s+(?:[a-z][\w/'-]*|[A-Z]{2,6}|\d[\w/]*)){0,6}"
    r"(?=\s+(?:The|A|An|It|This|There|In|At|Update|Findings|Members|Councillors?|Cllr)\b)"
)
# Initials in a bracket followed by "to <verb>": "(JS) to bring", "(HRo) to correct".
_OWNER_INITIALS_BEFORE_TASK = r"(?![IVXL]+\))[A-Z]{2}[A-Za-z]{0,2}\)\s+to\s+[a-z]"  # not a Roman "(IV)"
# A bullet or a list marker, and a paragraph's number under its item ("2.1 None.", "4.3 The ACC reported ..."),
# which marks the paragraph as a list marker marks an entry: neither is part of the sentence. A bracket of
# someone's initials before "to <verb>" ("(JS) to bring the plan") is the action's owner, not a marker.
_BULLET = re.compile(
    r"(?:[•·▪◦●\-*–]|\d{1,2}[.)]|\d{1,2}\.\d{1,2}(?=\s+[A-Z])|\((?!"
    + _OWNER_INITIALS_BEFORE_TASK
    + r")\w{1,4}\)|[a-z][)]|\[[ xX]\])\s+"
)
_INLINE_MARK = re.compile(r"(?<=[.?!:])\s+(?:[•·▪◦●]|\d{1,2}\.)\s+(?=\S)|\s+[•·▪◦●]\s+")
_END = re.compile(r"[.?!]+[\"'’”)]*(?=\s+|$)")


# Labels that open a sentence and are not speakers ("Action: ...", "Q: ...").
LABEL_WORDS = frozenset(
    [
        "action",
        "actions",
        "update",
        "updates",
        "findings",
        "finding",
        "decision",
        "decisions",
        "resolved",
        "resolution",
        "agreed",
        "q",
        "a",
        "note",
        "notes",
        "rag",
        "context",
        "background",
        "outcome",
        "outcomes",
        "summary",
        "question",
        "questions",
        "answer",
        "response",
        "reason",
        "owner",
        "due",
        "status",
        "proposal",
        "recommendation",
        "recommendations",
        "minute",
        "minutes",
        "item",
        "topic",
    ]
)
SPEAKER = re.compile(
    r"^(?:<(?P<nick>[\w.@-]{1,30})>|[*_]{0,2}(?P<name>[A-Za-z][\w.@-]{0,29}?)[*_]{0,2}:[*_]{0,2})\s+(?=\S)"
)


# A first-person commitment opening a transcript line ("I'll write it up", "I can take that"), and
# a request addressed to someone by name ("chloe, could you ..."); classify reads them as action
# cues and extract as owners (the speaker, the person addressed).
COMMITMENT = re.compile(
    r"^(?:yes[,.]?\s+|ok(?:ay)?[,.]?\s+|sure[,.]?\s+|good idea;?\s+)?(?:I['’]ll|I\s+will|I\s+shall|"
    r"I\s+can\s+(?!see|understand|imagine|live)|I['’]d\s+be\s+happy\s+to|I\s+(?:am|'m|’m)\s+going\s+to|"
    r"I\s+have\s+half|we['’]ll)\b",
    re.I,
)
VOCATIVE = re.compile(r"^(?P<who>@?[A-Za-z][\w.-]{1,30}),\s+(?:please|could\s+you|can\s+you|would\s+you)\b")


# A task-list checkbox opening a line ("- [ ] @dev to ...", "[x] done"): not part of the sentence's words.
CHECKBOX = re.compile(r"^\s*(?:[-*]\s*)?\[[ xX]\]\s*")
# The ballot boxes notes apps and word processors write for a to-do list's checkbox ("☐ DM: sign off the
# drawdown"): open, and ticked or crossed when done. The classifier, the splitter and the owner stage read them.
OPEN_BALLOT_BOX = "☐"
DONE_BALLOT_BOXES = "☑☒"


# A line that only names who owns the sentence before it ("Action: CEO", "ACTION - HoF/Treasurer",
# "Action: Head of Estates", "Action: DD(E)"): the action is the sentence the tag closes, the tag line itself a
# label.
# A tag may end with its due point in brackets ("ACTION: Dean (by 1 March)", "Action: DoF (before the
# May meeting)"): the bracket is the deadline, not part of who owns the action.
_OWNER_TAG_DUE = r"(?:\s*\((?:by|before|until|no\s+later\s+than|ahead\s+of)\s[^()]{1,60}\))?"
_OWNER_TAG = re.compile(
    r"^\s*(?:actions?|action\s+by|owners?)\s*[:\-–—]\s*(?P<who>[^.?!:;]{1,50}?)"
    + _OWNER_TAG_DUE
    + r"\s*\.?\s*$",
    re.I,
)
_OWNER_TAG_WORD = re.compile(r"(?:the|of|for|and|&|/|,|@[\w.-]+|[A-Z][\w.&'’-]*|[A-Z]{1,5}\([A-Z]{1,3}\))$")
# A bracketed remit that narrows the post before it: a capitalised word ("Associate Dean (Education)") or a few
# words of a name, joined as names are ("DoE (Computer Science)", "Head of School (Arts and Humanities)").
_OWNER_TAG_QUALIFIER = re.compile(r"\([A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|and|of|for|the|&)){0,4}\)$")
# A word of an owner tag, or a whole bracket (which may hold spaces) as one word.
_OWNER_TAG_TOKEN = re.compile(r"\([^()]*\)|[^\s,/&]+|[,/&]")
# A whole group named by its members' post in the plural, in lower case: "All governors", "Both trustees",
# "All the members". A verb after "All" ("All agreed", "All done") is no owner.
_WHOLE_GROUP = re.compile(r"(?:All|Both)(?:\s+(?:the|other))?\s+[a-z][a-z-]*[^\Wsu_]s")


# The word a template's empty field is filled with ("Actions: None.", "Actions: Nil"): no owner, whatever its case.
_NO_ONE = re.compile(r"\s*(?:none|nil)\s*", re.I)


def owner_tag_span(text: str) -> tuple[int, int] | None:
    """Where in an owner-tag line its owners are named ("Action: HoF/Treasurer" -> the span of
    "HoF/Treasurer"), or None when the line is anything else ("Action: JS to circulate ...",
    "Action closed.", "Actions: none")."""
    m = _OWNER_TAG.match(text)
    return m.span("who") if m and names_owners(m.group("who")) and not _NO_ONE.fullmatch(m["who"]) else None


def names_owners(who: str) -> bool:
    """Whether ``who`` only names owners, as an owner tag or an owner cell does ("HoF/Treasurer", "All
    governors", "Head of Estates"): name words and joiners, at least one capitalised."""
    if _WHOLE_GROUP.fullmatch(who):
        return True
    words = _OWNER_TAG_TOKEN.findall(who)
    if not words or not all(_is_owner_tag_word(words, j) for j in range(len(words))):
        return False
    return any(w[0].isupper() or w[0] == "@" for w in words)


def _is_owner_tag_word(words: list[str], j: int) -> bool:
    """Can ``words[j]`` be part of an owner tag's names: a name word, a joiner, or a bracketed
    capitalised word right after a capitalised word of a post ("Dean (Education)")? The bracket
    must qualify a post, so a tag never opens with one and "Action: (see above)" stays text."""
    word = words[j]
    if _OWNER_TAG_WORD.match(word):
        return True
    return j > 0 and words[j - 1][:1].isupper() and bool(_OWNER_TAG_QUALIFIER.match(word))


def owner_tag(text: str) -> str | None:
    """Who an owner-tag line names ("Action: HoF/Treasurer" -> "HoF/Treasurer"), or None."""
    span = owner_tag_span(text)
    return text[span[0] : span[1]] if span else None


def owner_tag_lines(spans: list[SentenceSpan]) -> dict[int, int | None]:
    """Each owner-tag line that follows a sentence of the same item (by index), mapped to the sentence
    it closes: the one just before it, or None when that one is a tag line too. The classifier and the
    owner stage both read the layout from here."""
    tags: dict[int, int | None] = {}
    for i in range(1, len(spans)):
        if spans[i].item == spans[i - 1].item and owner_tag(spans[i].text) is not None:
            tags[i] = None if i - 1 in tags or owner_tag(spans[i - 1].text) is not None else i - 1
    return tags


@functools.lru_cache(maxsize=4096)  # asked of each sentence by several stages
def speaker_of(text: str) -> str | None:
    """The speaker prefix of a transcript line ("plinss: ...", "<amy> ..."), if any."""
    m = SPEAKER.match(text)
    if not m:
        return None
    who = m.group("nick") or m.group("name")
    return None if who.lower() in LABEL_WORDS else who


SPEAKER_WINDOW = 40
"""A speaker's prefix opening a block ("alex: ", "<amy> ") is looked for in this many characters."""


def _opened_by_speaker(text: str, block_start: int) -> bool:
    """Whether the block starting at ``block_start`` opens with a speaker's turn ("alex: happy to ...")."""
    return bool(speaker_of(text[block_start : block_start + SPEAKER_WINDOW]))


# A lead-in naming where an entry comes from, still waiting for the colon that closes it ("Action carried
# forward from the November 2022" / "meeting: JW to ..."): the colon comes on the next line, so the word
# before it is the lead-in's last word, not a speaker's name. Read only on a short block.
_OPEN_LEAD_IN = re.compile(
    r"(?:Actions?|Matters?|Items?)\s+(?:carried\s+forward|brought\s+forward|arising|outstanding)\s+from\s[^:.?!;\n]*"
)
LEAD_IN_MAX = 100
_ENDS_ON_ARTICLE = re.compile(r"(?<![\w-])(?:the|a|an)$")


def _speaker_turn(text: str, block: tuple[int, int], line: str, gap: int) -> bool:
    """Whether ``line`` opens a speaker's turn ("alex: happy to ...", "<amy> ...") after the block so far.
    A word and a colon opening the line are no speaker when the block leaves its phrase open right above
    it: it ends on an article, which no sentence or spoken turn ends on ("... to the" / "Committee: carried
    forward ..."; "... that" / "Dan: ..." may end a scribe's line), outside a speaker's turn (a turn may
    break off anywhere) and with no blank line between (``gap`` is where ``line`` starts); or it is a
    lead-in still waiting for its colon (see :data:`_OPEN_LEAD_IN`). Cheap gate: :func:`speaker_of` first."""
    if not speaker_of(line):
        return False
    s, e = block
    if (
        line[0] != "<"
        and _ENDS_ON_ARTICLE.search(text, max(s, e - 4), e)
        and not _blank_line_between(text, e, gap)
        and not _opened_by_speaker(text, s)
    ):
        return False
    return not (e - s <= LEAD_IN_MAX and _OPEN_LEAD_IN.fullmatch(text, s, e))


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Non-blank lines of ``text[start:end]`` as (start, end) offsets, stripped of outer space."""
    pos = start
    for raw in text[start:end].splitlines(keepends=True):
        s, pos = pos, pos + len(raw)
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            yield s + lead, s + lead + len(stripped)


def _cut(
    lines: Iterator[tuple[int, int]], holes: list[tuple[int, int]], text: str
) -> Iterator[tuple[int, int, bool]]:
    """Lines with heading spans cut out; the flag says a heading was cut just before the piece."""
    holes = sorted(holes)
    k = 0
    pending = False  # a heading took up a whole line: the piece after it still follows a heading
    for s, e in lines:
        while k < len(holes) and holes[k][1] <= s:
            k += 1
        pos, after_heading, pending = s, pending, False
        j = k
        while j < len(holes) and holes[j][0] < e:
            hs, he = holes[j]
            if hs > pos and text[pos:hs].strip():
                yield pos, hs, after_heading
            pos, after_heading = max(pos, he), True
            j += 1
        while pos < e and text[pos].isspace():
            pos += 1
        if pos < e:
            yield pos, e, after_heading
        else:
            pending = after_heading


# A line that ends on a word which cannot end a sentence was wrapped, even when the next line opens
# with a capital ("... referred to the" / "Quality Committee in March.").
_ENDS_MID_SENTENCE = re.compile(
    r"(?<![\w-])(?:the|a|an|to|of|and|or|in|on|at|for|by|with|from|as|vs|that|its|their|our|his|her)$"
)
END_WORD_WINDOW = 8
"""How far back from a line's end a word that leaves it open (see :data:`_ENDS_MID_SENTENCE` and the
word lists below it) is looked for: the longest such word ("before") and the character before it."""
# Words that leave a clause open but may end a speaker's line in a transcript ("... pull us into"): a
# line ending on one is wrapped only when no blank line follows it ("check that every" / "School had").
_ENDS_MID_CLAUSE = re.compile(r"(?<![\w-])(?:every|each|since|until|than|whose)$")
# A line opening with a month name and going on with a lower-case word or a number ("March would be
# brought ...", "March 2021 ..."): after long prose cut after a lower-case word ("... deaths since") the
# month is the clause's object, not the start of a new sentence.
_MONTH_OPENING = re.compile(rf"(?:{alternation(m.capitalize() for m in MONTH_NAMES)})\s+(?:[a-z]|\d)")
# Words that cannot end an English sentence but may end a spoken one in a transcript ("we did this
# before", "that comes next"): a prose line ending on one is wrapped before a line that opens with a
# capital only where the guards of :func:`_function_word_wrapped` hold ("... reissue the budget tracker
# before the next" / "SteerCo.", "... a revised template to all" / "Programme Directors by June."). The
# articles, pronouns, prepositions and "and"/"or" of :data:`_ENDS_MID_SENTENCE` join unguarded.
_ENDS_ON_FUNCTION_WORD = re.compile(r"(?<![\w-])(?:this|next|before|but|all)$")
# An action's infinitive whose object always follows it ("The Head of Service to provide" / "Members with the
# figures ..."): a line ending on one was wrapped before its object, under the same guards.
_ENDS_ON_TRANSITIVE_INFINITIVE = re.compile(
    r"(?<![\w-])to\s+(?:provide|give|send|share|circulate|supply|brief|update|inform|notify|remind|invite)$"
)
TRANSITIVE_WINDOW = 16
"""How far back from a line's end :data:`_ENDS_ON_TRANSITIVE_INFINITIVE` is looked for: "to" and the longest verb."""
# A line opening its own action ("Treasurer to send ...", "Head of Finance to confirm ..."): the next entry of a list
# of actions, not the object of the infinitive before it.
_OWNER_TO_OPENING = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,5}\s+to\s+[a-z]")
# Words that open a new sentence rather than go on with the object of the line before ("... before" /
# "The Chair said ..."), and an attendance row ("Jane Smith (Chair)", "Ann Lee, Treasurer").
_SENTENCE_OPENER = re.compile(r"(?:I|We|He|She|It|They|You|The|This|That|These|Those|There|A|An)\b")
# A scribe's continuation of a speaker's turn opens with an ellipsis ("…", "..."): transcript, not prose.
_SCRIBE_CONTINUATION = "…."
_ATTENDANCE_ROW = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*(?:[(,–-]|$)")
_OPEN_BRACKET = "("
_BRACKET_WORD = re.compile(r"[^\W_]")
_CLOSE_BRACKET = ")"
# The gaps between the cells of a space-aligned table row: runs of spaces inside the line.
_CELL_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_QUOTE_CLOSERS = "\"'’”"
_CLOSERS = _QUOTE_CLOSERS + _CLOSE_BRACKET
# A long prose line cut after a capitalised word or a number, before a line that opens with a capital,
# split a name or a date at the wrap ("... chase the District" / "Council about the bin.", "on
# Wednesday 13th" / "December 2023"). Short lines and lines in title or upper case are left alone: those
# are headings, running headers and one-line entries.
_WRAP_MIN_LINE = 40
# A number after a slash is the last part of a numeric date or a reference ("Due: 09/04/2025", "24/071"):
# complete, so it is not a date or a name split at the wrap.
_CAPITAL_END = re.compile(r"(?:(?<![\w'’&-])[A-Z][\w'’&-]*|(?<![\w'’&/-])\d+(?:st|nd|rd|th)?)$")
# "RAG: Red", "ACTION: ...", "QSC 22/009 ...", "A24/009 ...", "24/071 ...", an action log's running
# number ("#106 [Programme – C. Ashdown] Re-baseline ...") and a numbered question's heading ("Question 2
# from Councillor Reid to the Cabinet Member for Housing", the question itself on the next line): a line
# opening a new entry
# A pair of figures closed by a sentence's stop at the end of its line ("2022/23.") is the last word of a
# wrapped sentence (a financial year, a date), no reference opening an entry.
_OPENS_ENTRY = re.compile(
    r"[\w ]{1,25}:\s|(?:[A-Z]{1,6}[ /-]?)?\d+[/.-]\d+\b(?![.?!][)\"'’”]*(?:\n|$))|#\d{1,5}\s|"
    r"(?:Public\s+|Written\s+)?Question\s+\d{1,2}\s"
)
# A numbered paragraph's number ("3.3 The DCC ...", "5.10 Ch Supt Ashcroft to ..."), the shape :data:`_BULLET`
# reads as a marker: it opens prose that wraps like any paragraph, not an entry complete without a stop.
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}\s+[A-Z]")
_TABLE_CELLS = re.compile(r"\t|\s\|\s|\S {3,}\S")
# An org-mode planning line under a headline: "CLOSED: [2021-11-08 Mon 10:42]", "DEADLINE: <2021-11-30 Tue>".
_ORG_PLANNING = re.compile(r"(?:CLOSED|DEADLINE|SCHEDULED):\s*[<\[]\d{4}-\d\d-\d\d")
# An org-mode headline with a task keyword: "** TODO @hvoss: ask ...", "* DONE publish the survey".
_ORG_TASK = re.compile(r"\*+\s+(?:TODO|DONE|WAITING|CANCELL?ED|NEXT)\s")
_PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")
# A row code opening a line of a register or log: capitals, a hyphen, digits, then a space ("ACT-08 – ...",
# "D-11 – ...", "R-09 (...)"), also with a second part of capitals ("PB-A-112 – ...", a board's action
# series). Its shape is the code less its digits ("ACT-", "D-", "PB-A-").
_ROW_CODE_SHAPE = r"(?:[A-Z]{1,6}-){1,2}"
_ROW_CODE = re.compile(rf"({_ROW_CODE_SHAPE})\d{{1,4}}(?=\s)")
# A row code before the row's first dashed cell ("R-14 – Supplier exit plan not tested – Score 12 – New").
_DASHED_ROW = re.compile(rf"{_ROW_CODE_SHAPE}\d{{1,4}}\s+[-–—]\s")
# The short last cell of such a row after its spaced dash ("– Open", "– Owner: JS", "– Score 12").
_LAST_DASHED_CELL = re.compile(r"\s[-–—]\s+\S+(?:\s\S+){0,2}$")
# A task list's checkbox opening a line ("☐ DM: sign off the drawdown – end of Feb", "[x] ..."): with a
# short due cell after a spaced dash closing it, the task is one entry, like a register row.
_CHECKBOX = re.compile(rf"[{OPEN_BALLOT_BOX}{DONE_BALLOT_BOXES}]|\[[ xX]\]")
# A bracketed aside opening a line with a lower-case word ("(carried over from January) — still open"):
# it cannot open a sentence. One word alone in brackets ("(iv)", "(laughter)") is a marker or a note.
_ASIDE_OPENING = re.compile(r"\([a-z][\w'’-]*\s")
# A bracketed abbreviation opening a line ("(DCC) to provide ..."): after a line cut after a capitalised
# name it is that name's short form ("the Deputy Chief Constable" / "(DCC) to ..."), not a list marker
# ("(a)", "(iv)", "(IV)", "(1)").
_BRACKETED_ABBREVIATION = re.compile(r"\((?![IVXLC]+\))[A-Z][A-Za-z]{1,5}\)\s")


# A line opening with a person named by title or by handle, the clause going on after the name with a
# word that cannot follow a sentence's subject ("Councillor Dwyer a written answer ...", "@ikariuki to
# ``MAINTAINERS.rst`` ..."): after a prose line cut mid-clause the person is the sentence's object, not
# the subject of a new sentence ("Ms. Brooks asked ...") or an attendance row ("Councillor Ann Lee (Chair)").
_NAMED_CONTINUATION = re.compile(
    r"(?:@[\w.-]+|(?:Councillors?|Cllrs?\.?|Mrs?\.?|Ms\.?|Miss|Mx\.?|Dr\.?|Prof(?:essor)?\.?|Sir|Dame|Lord|"
    r"Lady|Rev(?:d|erend)?\.?|Alderman)\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+)\s+"
    r"(?:a|an|the|to|of|for|with|about|on|in|at|by|from|and|or|as|if|whether|once|before|after)\s"
)
# A line opening with a capitalised word or a short name and going on with a second reported clause ("GP and that
# the care homes would ...", "Finance or whether ..."): "and that" joins a clause to a "that" clause before it, so
# the capitalised words end that clause, cut at the wrap; no sentence opens so.
_COORDINATED_CLAUSE = re.compile(
    r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3},?\s+(?:and|or|but)\s+(?:that|whether|how|why)\s"
)
_LAST_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+$")


# A reference to an earlier minute opening a matters-arising entry, with what it was about in a bracket, perhaps
# a note of where it comes from, then a colon or a dash before the entry's text ("Minute 61/24 (March 2025) – the
# Head of ...", "Minute FB/23/24 (external examiners): Professor Kovacs asked ...", "Minute 38/24 (fly-tipping),
# carried forward from the October meeting: ..."): each such line opens an entry of its own.
_MINUTE_REFERENCE = re.compile(
    r"Minutes?\s+(?:[A-Z]{1,6}[/ .-]?)?\d+(?:[/.-]\w+)+(?:\([a-z]\))?\s+\([^()\n]{1,60}\)(?:,[^:;–—\n]{1,80})?"
    r"\s*(?::|\s[–—-])\s+(?=\S)"
)


def _opens_minute_reference(line: str) -> bool:
    """Whether ``line`` opens with a reference to an earlier minute before its entry's text (see
    :data:`_MINUTE_REFERENCE`): the next entry of a list of matters arising, not the end of the line
    before, which may have lost its stop ("... teaching laboratory use in the" / "Minute FB/23/24 (...):
    Professor Kovacs asked ..."). Cheap gate: the line's first character."""
    return line[:1] == "M" and _MINUTE_REFERENCE.match(line) is not None


def _minute_reference_prose(text: str, block_start: int) -> bool:
    """Whether the block opens with a reference to an earlier minute (see :data:`_MINUTE_REFERENCE`) whose
    entry goes on in lower case ("Minute 61/24 (March 2025) – the Environmental" / "Health Manager to
    report ..."): the entry is a sentence, however few lower-case words its first line holds, where a
    minute's heading goes on in capitals ("Minute 23/22 – Apologies for Absence")."""
    ref = _MINUTE_REFERENCE.match(text, block_start) if text[block_start] == "M" else None
    return ref is not None and text[ref.end() : ref.end() + 1].islower()


def _opened_as_entry(text: str, block_start: int) -> bool:
    """Whether the block at ``block_start`` opens as an entry complete without a stop (see
    :data:`_OPENS_ENTRY`: "Applicant: Dr A Marsh", "21/00615/FUL - Land at X"), not under a label that
    heads prose ("Action: ...", "Matters arising: ...", see :data:`UNIT_LABELS`) nor after a numbered paragraph's number ("3.3 Action 18/11/03, ...")."""
    entry = _OPENS_ENTRY.match(text, block_start)
    if entry is None or _PARAGRAPH_NUMBER.match(text, block_start):
        return False
    label = text[block_start : entry.end()].rstrip(": ").lower()
    return label not in LABEL_WORDS and label not in UNIT_LABELS  # "Matters arising: ..." heads prose


def _cut_before_name(text: str, block_start: int, last: tuple[int, int], line: str) -> bool:
    """Whether the physical line ``last`` is long prose cut mid-clause, after a lower-case word,
    before ``line``, which goes on with a person it names ("She undertook to send" / "Councillor
    Dwyer a written answer ...") or with the last words of a reported clause before a second one
    ("... would keep a named" / "GP and that the care homes ...", see :data:`_COORDINATED_CLAUSE`). Not
    in a block opened as an entry ("Temporary privileges: ..."). Cheap gates first: the last character
    and the line's first."""
    s, e = last
    if e - s < _WRAP_MIN_LINE or not text[e - 1].islower() or not (line[0] == "@" or line[0].isupper()):
        return False
    if _NAMED_CONTINUATION.match(line) is None and _COORDINATED_CLAUSE.match(line) is None:
        return False
    if _LAST_LOWER_WORD.search(text, max(s, e - 30), e) is None:
        return False
    return not _opened_as_entry(text, block_start) and not _TABLE_CELLS.search(text, s, e)


def _month_after_clause(text: str, last: tuple[int, int], line: str) -> bool:
    """Whether the physical line ``last`` is long prose cut after a lower-case word and ``line`` goes
    on with a month ("... unexpected community deaths since" / "March would be brought ..."): the
    capital belongs to the month's name, it does not open a sentence. Cheap gates first."""
    s, e = last
    if e - s < _WRAP_MIN_LINE or not text[e - 1].islower() or line[:1] not in "JFMASOND":
        return False
    if _LAST_LOWER_WORD.search(text, max(s, e - 30), e) is None:
        return False  # "... Principal" / "July 2024": a capitalised cell, not a clause cut mid-way
    return _MONTH_OPENING.match(line) is not None and not _TABLE_CELLS.search(text, s, e)


# A day of the month after a word that takes a date ("... to the OPCC by 28"), closing a line, and a line
# opening with a month's name and no word after it ("October.", "October 2024", "May)"): one date cut in two.
_DAY_AT_END = re.compile(
    r"(?<![\w-])(?:by|on|until|till|from|before|after|of|the)\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"
)
DAY_AT_END_WINDOW = 12
"""How far back from a line's end :data:`_DAY_AT_END` is looked for: "before 31st" and the character before it."""
_MONTH_ALONE = re.compile(rf"(?:{alternation(m.capitalize() for m in MONTH_NAMES)})(?=[.,;:)]|\s+\d|\s*$)")


def _date_cut(text: str, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether the physical line ``last`` ends on a day of the month and ``line`` opens with its month
    ("Action 12: ... to be sent to the OPCC by 28" / "October."): the wrap split a date, so the sentence
    goes on, even in a block opened by a label. Not across a blank line (``gap`` is where ``line``
    starts) nor between table rows. Cheap gates first: the last character and the line's first."""
    s, e = last
    if not text[e - 1].isalnum() or line[:1] not in "JFMASOND" or _blank_line_between(text, e, gap):
        return False
    if _DAY_AT_END.search(text, max(s, e - DAY_AT_END_WINDOW), e) is None or _MONTH_ALONE.match(line) is None:
        return False
    return not _TABLE_CELLS.search(text, s, e)


def _ends_mid_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends on a word that cannot end a sentence (see :data:`_ENDS_MID_SENTENCE`)."""
    return _ENDS_MID_SENTENCE.search(text, max(start, end - END_WORD_WINDOW), end) is not None


def _blank_line_between(text: str, end: int, gap: int) -> bool:
    """Whether a blank line parts a line ending at ``end`` from the next line, which starts at ``gap``."""
    return text.count("\n", end, gap) > 1


def _clause_wrapped(text: str, block: tuple[int, int], gap: int) -> bool:
    """Whether the block so far ends on a word that leaves its clause open (see
    :data:`_ENDS_MID_CLAUSE`) with no blank line before the next line, which starts at ``gap``."""
    s, e = block
    ends_open = _ENDS_MID_CLAUSE.search(text, max(s, e - END_WORD_WINDOW), e) is not None
    return ends_open and not _blank_line_between(text, e, gap)


def _open_bracket(text: str, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether the physical line ``last`` leaves a bracket open on words ("... meeting (see minute"
    / "FEC/22/25): ..."): ``line``, the next line, closes the bracket, so the sentence goes on. Not across
    a blank line (``gap`` is where the next line starts), and not for a bracket with no word after it
    on the line (a smiley "= (" or ":(" opens nothing)."""
    s, e = last
    opened = text.rfind(_OPEN_BRACKET, s, e)
    if opened < 0 or opened <= text.rfind(_CLOSE_BRACKET, s, e) or _blank_line_between(text, e, gap):
        return False
    closes, reopens = line.find(_CLOSE_BRACKET), line.find(_OPEN_BRACKET)
    if closes < 0 or 0 <= reopens < closes:
        return False  # the next line does not finish the bracket: it is a line of its own
    return _BRACKET_WORD.search(text, opened, e) is not None


# A number closed by a bracket opening a line ("47) | Director ..."), which reads as a list marker.
_BRACKETED_NUMBER = re.compile(r"\d{1,2}\)")


def _number_closes_bracket(text: str, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether ``line`` opens with a number and a bracket that close a bracket the line ``last`` left
    open on words ("... circulated to Members (minute" / "48) | Assistant Director"): the number is the
    bracket's last word, not a list marker, so the wrapped sentence goes on (see :func:`_open_bracket`)."""
    return _BRACKETED_NUMBER.match(line) is not None and _open_bracket(text, last, line, gap)


def _label_in_bracket(text: str, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether the physical line ``last`` ends on a colon or semicolon inside a bracket that ``line``
    closes ("... handbooks (Owner: Faculty Manager; by:" / "31 May)."): the stop is a field's label
    or separator, no sentence's end, so the sentence goes on to close its bracket. Cheap gate: the
    last character."""
    return text[last[1] - 1] in ":;" and _open_bracket(text, last, line, gap)


def _function_word_wrapped(text: str, block_start: int, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether the physical line ``last`` is prose cut after a word that leaves its sentence open (see
    :data:`_ENDS_ON_FUNCTION_WORD`), or after an action's infinitive whose object must follow (see
    :data:`_ENDS_ON_TRANSITIVE_INFINITIVE`; not before a line that opens an action of its own), and ``line``
    carries the sentence on ("... before the next" / "SteerCo."). Not across a blank line (``gap`` is where ``line`` starts), not in a block a speaker
    opened ("<amy> we did this before" ends her turn), not before a line that opens an entry, a table
    row, an attendance row or a new sentence, nor in a scribe's transcript ("…So we discussed this" /
    "…Hotspot 2.0 is ..."). Cheap gates first: the last character and the length."""
    s, e = last
    if e - s < _WRAP_MIN_LINE or not text[e - 1].islower() or _blank_line_between(text, e, gap):
        return False
    if _ENDS_ON_FUNCTION_WORD.search(text, max(s, e - END_WORD_WINDOW), e) is None and (
        _ENDS_ON_TRANSITIVE_INFINITIVE.search(text, max(s, e - TRANSITIVE_WINDOW), e) is None
        or _OWNER_TO_OPENING.match(line)
    ):
        return False
    if _opened_by_speaker(text, block_start) or _OPENS_ENTRY.match(line):
        return False
    if line[0] in _SCRIBE_CONTINUATION or text[s] in _SCRIBE_CONTINUATION:
        return False  # "…So we had a great discussion of all of this" / "…Hotspot 2.0 is ...": two turns
    if _SENTENCE_OPENER.match(line) or _ATTENDANCE_ROW.match(line):
        return False
    return not _TABLE_CELLS.search(text, s, e) and not _TABLE_CELLS.search(line)


def _next_row(text: str, block_start: int, line: str) -> bool:
    """Whether ``line`` opens with a row code of the same shape as the code opening the block so far
    ("ACT-07 – ... – Due: 21/03/2025" / "ACT-08 – ..."; "D-11 – ... – Approved" / "D-10 (...) remains
    open"): each row of a register or action log is an entry of its own, even when the row before ends
    on a capitalised cell or a date with no stop. The wrapped continuation lines of a row open with no
    such code and are joined as any wrapped line is. Cheap gate: the line's first character."""
    if not line[:1].isupper():
        return False
    row = _ROW_CODE.match(line)
    if row is None:
        return False
    first = _ROW_CODE.match(text, block_start)
    if first is None:
        return False
    if first.group(1) == row.group(1):
        return True
    # a log of risks and issues mixes its codes ("R-14 – ..." then "I-02 – ..."): each code before a dashed cell
    return bool(_DASHED_ROW.match(line)) and bool(_DASHED_ROW.match(text, block_start))


# A row of an action list written as cells set off by spaced dashes, "<owner> – <task> – <due>" ("ACC –
# present the review – January meeting", "Head of Finance - recovery plan - 6 December"): an owner cell of
# at most four words, then at least two more cells.
_DASH_ROW = re.compile(r"[A-Z][^\s–—-]*(?: [^\s–—-]+){0,3} [-–—] \S.*? [-–—] \S")


def _next_dash_row(text: str, block_start: int, line: str) -> bool:
    """Whether ``line`` is a dash-separated action row (see :data:`_DASH_ROW`) after a block that opened
    with one: each row of such a list is an action of its own, though a row ends on a date or a
    meeting's name with no stop and the bullets before the rows may be lost with the text layer. A
    line of prose with one dashed aside is no row, and a wrapped row's next line opens no owner cell.
    Cheap gate: the line's first character."""
    return (
        line[:1].isupper()
        and _DASH_ROW.match(line) is not None
        and _DASH_ROW.match(text, block_start) is not None
    )


# A line of labelled fields closing an action ("Lead: RK   Due: November 2024   Update: open."): it opens
# with a field's label, and names at least one more field after it.
_FIELD_LABEL = r"(?:Lead|Owner|Responsible|Due|Deadline|Target|Update|Status)\s*:\s"
_FIELD_RUN = re.compile(rf"{_FIELD_LABEL}.*?\S\s+{_FIELD_LABEL}")


# A numbered action record opening a block: "ACTION 24/09/03: ...", "Action 24/57 (carried forward): ...".
_ACTION_RECORD = re.compile(r"(?:ACTION|Action)\s+[\w./-]*\d[\w./-]*(?:\s+\([^()\n]{1,30}\))?:\s")
# One short field on a line of its own, with no stop: "Owner: ACC Crime", "Due: 31 October 2024".
_FIELD_LINE = re.compile(rf"{_FIELD_LABEL}\s*[^\s.?!:;](?:[^.?!:;]{{0,40}}[^\s.?!:;])?")


# A field set off by a dash, as a row of an action list gives its owner and due date after the action:
# "... (minute 28/23) – Owner: AD CSC – Due: 31 October 2023".
_DASHED_FIELD = re.compile(rf"[–—-]\s+{_FIELD_LABEL}")


# An action log's reference with letters and figures before the row's first dashed cell ("A17-45 – ...", "AP24/3 –
# ..."), a shape :data:`_DASHED_ROW` does not take.
_CODED_DASH_ROW = re.compile(r"[A-Z]{1,4}\d{1,4}[-/.]\d{1,4}\s+[-–—]\s")


def _dashed_field_goes_on(text: str, block: tuple[int, int], line: str) -> bool:
    """Whether ``line`` opens with a dashed field ("– Due: before budget setting") and the last line of the
    block so far holds one too ("... review (minute 28/23) – Owner: Cabinet Member"), or the block opened as a
    log's row under its code (:data:`_DASHED_ROW`): the row wrapped before its next field, so the dash separates
    fields, not a bullet opening an entry."""
    if _DASHED_FIELD.match(line) is None:
        return False
    if _DASHED_ROW.match(text, block[0]) or _CODED_DASH_ROW.match(text, block[0]):
        return True  # "A17-45 – Bring a change request, with costs" / "– Owner: MS – Due: January": the log's row
    last_line = max(block[0], text.rfind("\n", block[0], block[1]) + 1)
    return _DASHED_FIELD.search(text, last_line, block[1]) is not None


# A dashed field's label closing a line with its value still to come ("... – Owner: Ann Lee – Due:"): the row
# wrapped after the label, and the next line holds the value ("30-Nov-17 – overdue ...").
_OPEN_FIELD_END = re.compile(r"\s[–—-]\s+(?:Lead|Owner|Responsible|Due|Deadline|Target|Update|Status)\s*:$")
OPEN_FIELD_WINDOW = 24  # a label is short: only the end of the block is read


def _value_after_open_field(text: str, block: tuple[int, int], line: str) -> bool:
    """Whether the block so far ends on a dashed field's label with no value (:data:`_OPEN_FIELD_END`) and ``line``
    holds something: the field's value wrapped onto the next line, which the colon does not close."""
    return (
        text[block[1] - 1] == ":"
        and _OPEN_FIELD_END.search(text, max(block[0], block[1] - OPEN_FIELD_WINDOW), block[1]) is not None
        and bool(line.strip())
    )


def _closing_fields(text: str, block: tuple[int, int], line: str) -> bool:
    """Whether ``line`` is a run of labelled fields (see :data:`_FIELD_RUN`) that closes the block so far,
    an action paragraph with no stop of its own ("Action 24/57: Medical Director to confirm the launch
    date" / "Lead: ME   Due: October 2024   Update: complete."): the fields say who owns the action and
    when it is due, so they belong to its sentence. Under a numbered action record (see
    :data:`_ACTION_RECORD`) the fields may stand one to a line ("ACTION 24/09/03: Share the plan" /
    "Owner: ACC Ops" / "Due: Next HTA"): each short field line closes the record the same way, and so does
    a dashed field going on from the line above (see :func:`_dashed_field_goes_on`). After a
    sentence's stop the fields stay apart, and one field alone elsewhere ("Update: the plan was agreed.")
    is a label over text of its own. Cheap gate: the line's first character."""
    if line[:1] not in "LORDTUS–—-" or _ends_sentence(text, block[0], block[1]):
        return False
    if _FIELD_RUN.match(line) is not None or _dashed_field_goes_on(text, block, line):
        return True
    return (
        _FIELD_LINE.fullmatch(line.strip()) is not None and _ACTION_RECORD.match(text, block[0]) is not None
    )


# A row of a table flattened to single spaces, opening with its running number and no stop ("3 Provide a
# breakdown of ... Director of Housing Services 30 November 2022" under "No. Action Responsible officer
# Deadline"); the first cell may itself open with a figure ("4 101 call-back abandonment rate ... ACC Next HTA").
# The number may stand in a cell of its own, set off by two spaces or a TAB ("01  QAC/22/06/05  Extend ...").
_ROW_NUMBER = re.compile(r"(\d{1,3})(?: {1,2}|\t) ?(?:(?P<figure>\d)|[A-Z])")


def _next_numbered_row(text: str, block: tuple[int, int], line: str) -> bool:
    """Whether ``line`` opens with the number after the one opening the block so far ("2 Write to the Chair
    ..." after "1 Report the cost of ... 29 November 2022"): the rows of a numbered table run on without a
    stop or a TAB, each a sentence of its own, even where a row ends on a date or a name. A line whose number
    does not follow on is a wrapped cell ("30 November 2022") or prose; one whose first cell opens with a
    figure is the rest of a phrase when the block stops mid-phrase ("... by the end of" / "2 2023 and ...").
    Cheap gate: the line's first character."""
    if not line[:1].isdigit():
        return False
    row, first = _ROW_NUMBER.match(line), _ROW_NUMBER.match(text, block[0])
    if row is None or first is None or int(row.group(1)) != int(first.group(1)) + 1:
        return False
    return row.group("figure") is None or not _ends_mid_sentence(text, block[0], block[1])


# A gap between two cells of a row flattened to text: a TAB, or two or more spaces not after a stop (two
# spaces after a stop part the sentences of typed prose).
_CELL_SPACING = re.compile(r"(?<=[^\s.?!:;])(?:\t|  )[ \t]*(?=\S)")
MIN_ROW_GAPS = 3  # four cells at least: a register's row, not a line with one wide space in it


def _is_spaced_row(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a row of at least four cells set off by TABs or runs of spaces."""
    return len(_CELL_SPACING.findall(text, start, end)) >= MIN_ROW_GAPS


def _next_spaced_row(text: str, last: tuple[int, int], line: str) -> bool:
    """Whether ``line`` and the physical line ``last`` before it are both rows of cells set off by two
    spaces or TABs ("Feb-05  QAC/22/02/07  Review the triage model  DDoQ  April QAC  Closed" / "Apr-03  ..."):
    each row of an action log is an entry of its own, though a row ends on a status or a name with no stop.
    A wrapped cell is no row of its own, for it does not hold four cells. Cheap gate: a double space or a
    TAB in the line."""
    if "  " not in line and "\t" not in line:
        return False
    return _is_spaced_row(line, 0, len(line)) and _is_spaced_row(text, last[0], last[1])


def _aside_continues(text: str, block_start: int, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether ``line`` carries on the sentence the physical line ``last`` leaves open with a
    bracketed aside in lower case ("- [ ] @dev to write the migration notes" / "(carried over from
    January) — still open"): such an aside cannot open a sentence. Not across a blank line (``gap``
    is where ``line`` starts: "### Next steps" / "" / "(general discussion)" is a note of its own),
    not after a short line or one that ends on a bracket or a smiley rather than a word ("...
    metadata :-)" / "(brief refresher ...)"), and not in a block a speaker opened: a turn ends with
    its line, and a bracket after it is the scribe's note ("alex: happy to close the issue" / "(mnot and alex read the spec)")."""
    s, e = last
    if line[0] != _OPEN_BRACKET or _ASIDE_OPENING.match(line) is None:
        return False
    if e - s < _WRAP_MIN_LINE or _blank_line_between(text, e, gap) or not text[e - 1].isalnum():
        return False
    return not _opened_by_speaker(text, block_start)


def _line_start(text: str, pos: int) -> int:
    """Offset where the physical line holding ``pos`` begins."""
    return text.rfind("\n", 0, pos) + 1


def _continues_cell(text: str, last: tuple[int, int], start: int) -> bool:
    """Whether the line starting (after its indent) at ``start`` is a cell wrapped inside a
    space-aligned table row: it is indented with spaces to exactly the column where one of the
    previous row's later cells begins ("11/24-02   Review the recovery plan with    SB   13 Dec" /
    "           Procurement and report back"). Plain text has no such column, so the indent is the
    wrap's only sign. Cheap gate: the character before the line is a space."""
    if text[start - 1] != " ":
        return False
    begin = _line_start(text, start)
    indent = text[begin:start]
    if indent.strip(" ") or len(indent) < 3:
        return False
    row_begin = _line_start(text, last[0])
    row = text[row_begin : last[1]]
    if "\t" in row:
        return False
    gaps = [m.end() for m in _CELL_GAP.finditer(row)]
    return len(gaps) >= 2 and len(indent) in gaps


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with sentence punctuation, closing quotes or brackets
    aside; reads back from ``end`` only as far as those closers go."""
    i = end
    while i > start and text[i - 1] in _CLOSERS:
        i -= 1
    return i > start and text[i - 1] in ".?!:;"


# A line opening with a figure and going on in lower case ("2023/24 resurfacing programme ...", "12 weeks
# of ..."): a quantity or a year inside a sentence, not a numbered entry, which would open with a capital.
_FIGURE_THEN_LOWER = re.compile(r"\d+(?:[/.,:-]\d+)*%?\s+[a-z]")
_LOWER_END = re.compile(r"(?<![\w'’-])[a-z]+$")


def _figure_continues(text: str, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether ``line`` carries on long prose that the physical line ``last`` leaves open on a lower-case
    word ("... agreed to share the draft" / "2023/24 resurfacing programme with ..."): a wrap that put a
    figure first on the line. Not across a blank line, and not after a short line (a label or a heading)."""
    s, e = last
    if e - s < _WRAP_MIN_LINE or _blank_line_between(text, e, gap):
        return False
    return (
        _FIGURE_THEN_LOWER.match(line) is not None and _LOWER_END.search(text, max(s, e - 30), e) is not None
    )


# A bracketed issue or pull request number opening a line ("(#398) — before the v3.0 release"): a
# reference cannot open a sentence, so it tags the words of the line above, cut before it.
_ISSUE_REF_OPENING = re.compile(r"\(#\d{1,6}\)")


def _issue_ref_continues(text: str, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether ``line`` opens with a bracketed issue number (see :data:`_ISSUE_REF_OPENING`) right below
    the physical line ``last`` ("... on the v3 branch" / "(#398) — before the v3.0 release"): the rest of
    the entry above. Not across a blank line. Cheap gate: the line's first two characters."""
    return (
        line.startswith("(#")
        and _ISSUE_REF_OPENING.match(line) is not None
        and not _blank_line_between(text, last[1], gap)
    )


# Hard-wrapped prose (a PDF's text layer) breaks a line where the next word would not fit: a long line
# ending on a lower-case word, before a line whose first word would have overrun the widest line near it,
# was cut by the page width ("... mock examination results, with predicted" / "Progress 8 scores, to the
# next FGB."), however the next line opens. A line the next word would have fitted on ended on purpose.
WIDTH_MIN_LINE = 60  # a page's line; shorter lines are headings, cells and one-line entries
WIDTH_WINDOW = 6  # the physical lines read on each side for the page width
WIDTH_SLACK = 5  # a line may run a few characters past its neighbours; far past them, no width holds
_FIRST_TOKEN = re.compile(r"\S+")
# A line ending on a lower-case word or a comma over a line opening with a lower-case word: a wrap no
# other reading explains, the sign that the text around is hard-wrapped prose.
_PLAIN_WRAP = re.compile(r"[a-z,]\n[a-z]")


def _lines_around(text: str, s: int, e: int) -> tuple[str, str]:
    """The ``WIDTH_WINDOW`` physical lines before the line ``text[s:e]`` and those after it."""
    lo, hi = s, e
    for _ in range(WIDTH_WINDOW):
        lo = text.rfind("\n", 0, max(lo - 1, 0)) + 1 if lo > 0 else 0
        nxt = text.find("\n", hi + 1)
        hi = len(text) if nxt < 0 else nxt
    return text[lo : max(s - 1, lo)], text[min(e + 1, hi) : hi]


def _at_page_width(text: str, s: int, e: int, word: str) -> bool:
    """Whether ``word`` would have overrun the line ``text[s:e]`` at the page width, the longest line
    around it, in text that wraps plainly there (see :data:`_PLAIN_WRAP`)."""
    before, after = _lines_around(text, s, e)
    if _PLAIN_WRAP.search(before) is None and _PLAIN_WRAP.search(after) is None:
        return False
    width = max(len(x) for x in (*before.split("\n"), *after.split("\n")))
    return width + WIDTH_SLACK >= e - s > width - len(word) - 1 and width >= WIDTH_MIN_LINE


def _wrapped_at_width(text: str, block_start: int, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether the physical line ``last`` is hard-wrapped prose cut at the page width before ``line`` (see
    :data:`WIDTH_MIN_LINE`): it ends on a lower-case word, ``line`` opens with a capital but no sentence's
    opener, entry, label, attendance row or table row, and ``line``'s first word would not have fitted
    on ``last`` within the page width. Not across a blank line, nor in a block a speaker opened or one
    opened as an entry. Cheap gates first: the length, the last character and the line's first."""
    s, e = last
    if e - s < WIDTH_MIN_LINE or not text[e - 1].islower() or not line[0].isupper():
        return False
    if _blank_line_between(text, e, gap) or _opened_by_speaker(text, block_start):
        return False
    if _SENTENCE_OPENER.match(line) or _OPENS_ENTRY.match(line) or _ATTENDANCE_ROW.match(line):
        return False
    if _PROSE_WORD.search(line) is None:
        return False  # "Children and Young People Scrutiny Committee": a running header, no wrapped words
    if _DASH_ROW.match(line) or _DASH_ROW.match(text, s, e):
        return False  # "Site Manager – check the doors – April meeting" / "Chair – write ...": rows of a log
    first = _FIRST_WORD.match(line)
    if first is not None and first.group().lower() in LABEL_WORDS:
        return False
    if _opened_as_entry(text, block_start) or _TABLE_CELLS.search(text, s, e) or _TABLE_CELLS.search(line):
        return False
    token = _FIRST_TOKEN.match(line)
    return token is not None and _at_page_width(text, s, e, token.group())


def _figure_after_colon(text: str, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether ``line`` opens with a figure going on in lower case ("1.8.0 has 27 open issues ...") after
    a long prose line that ends on a colon introducing it ("From the milestone, written before the call:"):
    the figure is the subject of the clause the colon leads into, wrapped onto the next line, not a
    numbered entry, which would open with a capital. Not across a blank line, and not after a short line
    (a label such as "Figures:" over a list of its own)."""
    s, e = last
    if text[e - 1] != ":" or e - s < _WRAP_MIN_LINE or _blank_line_between(text, e, gap):
        return False
    return (
        _FIGURE_THEN_LOWER.match(line) is not None
        and _LOWER_END.search(text, max(s, e - 30), e - 1) is not None
    )


# A line opening with a closed code span whose first letter is lower case ("`release-blocker`, and ..."):
# an identifier kept in its own case. A lone backtick opening a line ("`abort") opens a code block instead.
_LOWER_CODE_SPAN = re.compile(r"`[a-z][^`\n]*`")


def _code_span_continues(text: str, end: int, line: str, gap: int) -> bool:
    """Whether ``line`` opens with a lower-case code span (see :data:`_LOWER_CODE_SPAN`) right below the
    block so far, which ends at ``end``: read as a lower-case word going on with the wrapped sentence.
    Not across a blank line (``gap`` is where ``line`` starts). Cheap gate: the line's first character."""
    return (
        line[0] == "`"
        and _LOWER_CODE_SPAN.match(line) is not None
        and not _blank_line_between(text, end, gap)
    )


def _bullet_wrapped(text: str, block_start: int, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether ``line`` carries on a list item that the physical line ``last`` leaves open on a lower-case
    word ("- [ ] @ana — email the host about a second" / "ARM runner, taken over from @bo (due next
    meeting)"): a long line cut at the page width, with the rest on the next line, which opens with a capital
    only because a name or an acronym came first. The item's own line ends its sentence before a short line
    (a heading or an entry of its own: "Back to the agenda", "Single page load analytics"), before a line
    that reads as a sentence of its own (see :func:`_reads_as_own_sentence`) and across a blank line; a list
    item after it opens with its marker, which is read apart. Cheap gates first: the last character, the
    line's first and the lengths."""
    s, e = last
    if not text[e - 1].islower() or not line[0].isupper() or min(e - s, len(line)) < _WRAP_MIN_LINE:
        return False
    if _blank_line_between(text, e, gap) or _BULLET.match(text, block_start) is None:
        return False
    return not _reads_as_own_sentence(text, s, e, line)


_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _reads_as_own_sentence(text: str, s: int, e: int, line: str) -> bool:
    """Whether ``line``, after the physical line ``text[s:e]``, reads as a sentence or an entry of its own:
    it opens with a word that starts a sentence ("The", "We"), opens an entry ("Next meeting: ...") or with a
    label word ("ACTION bo (carried over): ..."), is a row of dashed cells ("Chair – visit the site – June",
    the next item of a list whose markers the text layer lost), ends with a sentence's stop ("Marcus agreed
    to review it."), or either line is a row of table cells."""
    if _SENTENCE_OPENER.match(line) or _OPENS_ENTRY.match(line) or _ends_sentence(line, 0, len(line)):
        return True
    first = _FIRST_WORD.match(line)
    if (first is not None and first.group().lower() in LABEL_WORDS) or _DASH_ROW.match(line) is not None:
        return True
    return _TABLE_CELLS.search(text, s, e) is not None or _TABLE_CELLS.search(line) is not None


# A line that is a short phrase and a person's name after a dash, nothing more ("Safeguarding and Prevent – Owen
# Hale", "Careers – Mrs Ann Cole"): an entry of a list of who holds which role, complete without a stop.
_NAMED_AFTER_DASH = re.compile(r"[A-Z][^\s–—]*(?: [^\s–—]+){0,5} [–—] [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}")


def _split_at_capital(text: str, block_start: int, last: tuple[int, int], line: str, gap: int) -> bool:
    """Whether the physical line ``last`` is long prose cut after a capitalised word or a number
    before ``line``, which opens with a capital, a digit or a bracketed abbreviation of the name ("the
    Deputy Chief Constable" / "(DCC) to ...", see :data:`_CAPITAL_END`). Not across a
    blank line (``gap`` is where ``line`` starts: a paragraph break is not a wrap), not when a number
    closes ``last`` and ``line`` opens with a word that starts a sentence ("The", "It"), and not when the
    block opened as an entry ("Applicant: Dr A Marsh", "Staff present: ...", "21/00615/FUL - Land at
    X"): such a line is complete without a stop, and the line after it starts the next sentence; nor when
    ``last`` is a whole line naming a person after a dash (:data:`_NAMED_AFTER_DASH`) and ``line`` opens a sentence."""
    s, e = last
    if e - s < _WRAP_MIN_LINE or not (
        line[0].isupper() or line[0].isdigit() or _BRACKETED_ABBREVIATION.match(line)
    ):
        return False
    if _blank_line_between(text, e, gap):
        return False
    if text[block_start] == "*" and _ORG_TASK.match(text, block_start):
        return False  # an org-mode task headline is one line ("** TODO @ana: draft the C API")
    if _opened_as_entry(text, block_start):
        return False  # "Action: Clerk to chase the District" / "Council ..." is prose under a label
    end = _CAPITAL_END.search(text, max(s, e - 30), e)
    if end is None:
        return False
    if line[0] == "(" and not (end.group().isalpha() and not end.group().isupper()):
        return False  # "... – end of Q1" / "(FA) to ...": a short form follows a name's word, not a code
    if (end.group()[:1].isdigit() or _BULLET.match(text, block_start)) and _SENTENCE_OPENER.match(line):
        # "... – 10 January 2024" / "The walk found ...": a number closes the line, a new sentence opens; so
        # does a list item's line closed by a name or its due cell ("- [ ] @ana: file the bug, end of
        # November" / "The fix ships in 3.2."), for a list item is a line of its own
        return False
    if _labelled_action_closed(text, block_start, last, line):
        return (
            False  # "Action: HT – brief staff – by Easter" / "Governors noted the report.": the row is whole
        )
    if (
        _DASHED_ROW.match(text, block_start)
        or _CHECKBOX.match(text, block_start)
        or (_SENTENCE_OPENER.match(line) and _opens_with_caps_label(text[block_start : block_start + 60]))
    ) and _LAST_DASHED_CELL.search(text, max(s, e - 40), e):
        # a register row ending on its short status cell ("... – Owner: GL – Open"), a checkbox task on
        # its due cell ("☐ AB: draft the plan – end of Feb"), a labelled action on its due cell before a
        # new sentence ("ACTION: JS – send the plan to the Head – by Easter" / "The audit is ..."): complete
        return False
    if (
        _closed_dash_row(text, block_start, last)
        and _opens_own_entry(line)
        and not _month_after_day(text, e, line)
    ):
        return False  # "46 – Paper forms – Cllr Oyelowo – 30 November 2020" / "47 – ...": a whole row, then the next
    previous = text[s:e]
    if s == block_start and _SENTENCE_OPENER.match(line) and _NAMED_AFTER_DASH.fullmatch(previous.rstrip()):
        return False  # "Attendance – Owen Hale" / "The Clerk reported ...": a list's entry naming who holds a role
    if _TABLE_CELLS.search(previous) or _TABLE_CELLS.search(line) or _OPENS_ENTRY.match(line):
        return False  # rows of a table, labels and numbered entries start where they start
    if _opens_with_caps_label(line):
        return (
            False  # "... -- DONE, see item 3" / "ACTION (kim): tag rc2": the next entry of a list of actions
        )
    if s == block_start and _minute_reference_prose(text, block_start):
        return True  # "Minute 61/24 (March 2025) – the Environmental" / "Health Manager to ...": prose
    return not previous.isupper() and (
        _PROSE_WORD.search(previous) is not None or _name_cut_in_row(text, block_start, last, line)
    )


# A spaced dash setting off a cell of a row ("Agree the plan — Assigned to Kim Lee — Due 22 Mar"), also at a line's
# end where the row wraps after it.
_SPACED_DASH = re.compile(r"\s[-–—](?=\s|$)")
# The short last cell of a row after its spaced dash: an owner, a date, a status, a time ("– 30 November 2020",
# "— Due end of Q1", "– @Ann Lee", "– end of December", "– done, released on 29"); at most four words, opening with
# a capital, a handle, a figure or a word of a deadline or a status, as a row's cells do. A dashed aside's last
# part goes on with lower-case prose ("– renewed last year – was with Green"): no cell.
_SHORT_LAST_CELL = re.compile(
    r"\s[-–—]\s+(?:[A-Z@\d]|(?:by|before|until|end|due|w/[ce]|next|done|open|closed|complete|ongoing)\b)"
    r"\S*(?:\s\S+){0,3}$"
)
# A labelled field closing a line after its spaced dash ("... by 23/11/18 – Action: FKA/OP", "– 20 – Owner: KS"): who
# owns the line, its last cell, whatever comes before it.
_CLOSING_DASHED_FIELD = re.compile(
    r"\s[-–—]\s+(?:Actions?|Lead|Owners?|Responsible|Due|Deadline|Target|Status)\s*:\s*\S+(?:\s\S+){0,2}$"
)
# An article and a capitalised word at the end of a cell ("– Provide the Independent"): a name the wrap cut in two,
# not a cell that closes the row.
_ARTICLE_NAME_END = re.compile(r"(?<![\w'’-])(?:the|a|an)\s+[A-Z][\w'’&-]*$")
ROW_WINDOW = 400  # a row is short: only the end of the block is read for its cells, so the scan stays linear


def _closed_dash_row(text: str, block_start: int, last: tuple[int, int]) -> bool:
    """Whether the block so far is a row of cells set off by spaced dashes (two dashes at least: three cells, as
    "<item> – <owner> – <due>"), whose physical line ``last`` ends on a short cell (:data:`_SHORT_LAST_CELL`) that
    cuts no name in two, or whether ``last`` ends on a labelled field after its dash (:data:`_CLOSING_DASHED_FIELD`):
    such a row is whole without a stop, as a register's or an agenda's rows are."""
    s, e = last
    if _CLOSING_DASHED_FIELD.search(text, max(s, e - 60), e):
        return True
    if not _dash_cells(text, block_start, e):
        return False
    short = _SHORT_LAST_CELL.search(text, max(s, e - 60), e)
    return short is not None and _ARTICLE_NAME_END.search(text, max(s, e - 40), e) is None


def _dash_cells(text: str, block_start: int, end: int) -> bool:
    """Whether the block before ``end`` holds two spaced dashes at least (three cells): a row, not prose with an aside."""
    return len(_SPACED_DASH.findall(text, max(block_start, end - ROW_WINDOW), end)) >= 2


def _name_cut_in_row(text: str, block_start: int, last: tuple[int, int], line: str) -> bool:
    """Whether a row of dashed cells was cut inside a name (:data:`_ARTICLE_NAME_END`, "Action 22/11/06 – DCC – Provide
    the Independent") before ``line``, which neither opens nor closes a sentence or an entry ("Scrutiny Panel's findings
    for the"): the row's cell goes on, though the line holds no lower-case word of prose. Another dashed cell on
    ``line`` ("... Board's chair – June meeting") is the rest of the row, not a row of its own."""
    s, e = last
    return (
        _ARTICLE_NAME_END.search(text, max(s, e - 40), e) is not None
        and _dash_cells(text, block_start, e)
        and not (
            _SENTENCE_OPENER.match(line)
            or _OPENS_ENTRY.match(line)
            or _ends_sentence(line, 0, len(line.rstrip()))
        )
    )


# A month's name or short form opening a line ("Jan.", "March 2025"): after a line closed by a day's number, the
# rest of a date the wrap cut ("– done, released on 29" / "Jan.").
_MONTH_WORD = re.compile(
    rf"(?:{alternation(m.capitalize() for m in MONTH_NAMES)}|"
    rf"{alternation(f.capitalize() for forms in MONTH_SHORT_FORMS.values() for f in forms)})\b"
)


def _month_after_day(text: str, end: int, line: str) -> bool:
    """Whether the line before ``end`` closes on a number and ``line`` opens with a month (:data:`_MONTH_WORD`): a
    date cut at the wrap, which no row's cell ends before."""
    return text[end - 1].isdigit() and _MONTH_WORD.match(line) is not None


def _opens_own_entry(line: str) -> bool:
    """Whether ``line`` reads as an entry of its own after a whole row: it opens a sentence ("The audit ...") or an
    entry ("24/07 ..."), ends with a sentence's stop ("KD left the meeting."), or is itself a row of dashed cells
    ("47 – Ward breakdown – Dominic Eastwood – 20 January 2021"). A line that does none of these ("Scrutiny Panel's
    findings for the" after "... – Provide the Independent") is still the row's text, cut at the wrap."""
    return bool(
        _SENTENCE_OPENER.match(line)
        or _OPENS_ENTRY.match(line)
        or _ends_sentence(line, 0, len(line.rstrip()))
        or _SPACED_DASH.search(line)
    )


# A due cell closing a row after its spaced dash, opened by a deadline word ("– by Easter", "– before the audit",
# "– end of Q1"): the row's last cell, complete without a stop.
_DUE_CELL_END = re.compile(r"\s[-–—]\s+(?:by|before|until|end\s+of)\s+\S+(?:\s\S+){0,2}$", re.I)
# A label word in any case opening a line before its colon ("Action: HT – ...", "ACTION: ...").
_LABEL_OPENING = re.compile(r"([A-Za-z]{2,})\s*:\s")


def _labelled_action_closed(text: str, block_start: int, last: tuple[int, int], line: str) -> bool:
    """Whether the block opens with a label word (:data:`LABEL_WORDS`, "Action:" in any case), its physical line
    ``last`` closes on a due cell (:data:`_DUE_CELL_END`), and ``line`` reads as a sentence of its own (it opens as
    one or ends with a stop): "Action: HT – brief all staff – by Easter" / "Governors noted the audit." is an action
    row and the next sentence. A due cell is what tells the row complete from a task cut mid-name ("Action: Clerk –
    write to the District" / "Council about the verges.")."""
    label = _LABEL_OPENING.match(text, block_start)
    if label is None or label.group(1).lower() not in LABEL_WORDS:
        return False
    s, e = last
    if _DUE_CELL_END.search(text, max(s, e - 40), e) is None:
        return False
    return _SENTENCE_OPENER.match(line) is not None or _ends_sentence(line, 0, len(line.rstrip()))


# A label word in capitals opening a line, perhaps with its owner in brackets, before its colon ("ACTION (kim): tag
# rc2", "DECISION: ship 3.2", "ACTION (ana, bo): review the RFC"): a plain-text list's entry of its own.
_CAPS_LABEL = re.compile(r"([A-Z]{2,})(?:\s+\([^()\n]{1,40}\))?\s*:\s")


def _opens_with_caps_label(line: str) -> bool:
    """Whether ``line`` opens with a label word (:data:`LABEL_WORDS`) in capitals before its colon (:data:`_CAPS_LABEL`)."""
    m = _CAPS_LABEL.match(line)
    return m is not None and m.group(1).lower() in LABEL_WORDS


def _handle_paragraph(text: str, end: int, line: str, gap: int) -> bool:
    """Whether ``line``, after a blank line, opens a paragraph with a person's lower-case handle and what they reported
    ("mkoenig reported that ...", see :data:`_HANDLE_SPEAKS`): notes written by their members' nicks start a paragraph
    in lower case, and a paragraph break before a report is no wrap."""
    return _blank_line_between(text, end, gap) and _HANDLE_SPEAKS.match(line) is not None


# IRC scribing commands are lines of their own: the speaker queue ("q+", "q-", "q?", "ack sofia") and the
# attendance and scribe records ("present+ Nadia_Petrova", "scribenick: wzhang").
_IRC_COMMAND = re.compile(r"(?:q[+?-]|ack\s+\S+|present[+-]|scribe(?:nick)?:)(?:\s|$)", re.I)
# A sign-off ends with a comma and stands alone ("Respectfully submitted,", "Yours sincerely,").
_SIGN_OFF = re.compile(r"[A-Z]\w*(?: \w+){0,2},")


def _stands_alone(text: str, last: tuple[int, int], line: str) -> bool:
    """Whether the physical line ``last`` or ``line`` is complete by itself although it has no closing
    stop: an IRC scribing command, or a short sign-off before a name. Cheap gates first."""
    s, e = last
    if line[0] in "qQaApPsS" and _IRC_COMMAND.match(line):
        return True
    if text[s] in "qQaApPsS" and _IRC_COMMAND.match(text, s, e):
        return True
    return (
        e - s <= 30
        and text[e - 1] == ","
        and line[0].isupper()
        and _SIGN_OFF.fullmatch(text, s, e) is not None
    )


def _continues_word(text: str, block_end: int, line: str) -> bool:
    """Whether ``line`` carries on a word hyphenated at the end of the block so far ("the hiring
    cond-" / "ition (July board meeting)."): two letters and a hyphen before the break, a lower-case
    letter after it. Such a line is part of the sentence whatever it looks like ("ations: ..." is
    no speaker, "ack..." no IRC command). Compounds broken at their own hyphen ("co-" / "ordinated",
    "well-" / "being") are joined the same way. Reads three characters: a cheap gate."""
    return (
        text[block_end - 1] == "-"
        and text[block_end - 2 : block_end - 1].isalpha()
        and text[block_end - 3 : block_end - 2].isalpha()
        and line[0].islower()
    )


# A capital initial closing a line ("... and the C." over "difficile position ..."): a genus or a name
# abbreviated to its first letter.
_INITIAL_END = re.compile(r"(?<![\w'’.])[A-Z]\.$")


def _continues_initial(text: str, block_end: int, line: str) -> bool:
    """Whether ``line`` carries on a sentence whose line ended on a capital initial ("the C." /
    "difficile position"): a lower-case word after an initial opens no sentence, as inside a line
    (see :func:`_split_piece`), unless the line is a speaker's turn ("dka: ..."). Cheap gates first:
    the stop and the case."""
    return (
        text[block_end - 1] == "."
        and line[0].islower()
        and _INITIAL_END.search(text, max(0, block_end - 3), block_end) is not None
        and not speaker_of(line)
    )


# A tag in square brackets alone on its line, a few capitalised words ("[ VP Infrastructure ]",
# "[ Marram ]"): the note an action list puts after an entry (whom it concerns), wrapped onto the next
# line. A scribe's note of what happened ("[lunch break]", "[Brian joins]", "[LUNCH]") is no tag.
_BRACKET_TAG_LINE = re.compile(r"\[ ?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3} ?\]")


def _bracket_tag_closes(text: str, block: tuple[int, int], line: str) -> bool:
    """Whether ``line`` is only a tag closing the list entry the block holds, which stops without a
    sentence end ("* Gautam: ask Infra for a costed plan" / "[ VP Infrastructure ]"). Cheap gate: the
    line's first character."""
    return (
        line[0] == "["
        and _BRACKET_TAG_LINE.fullmatch(line) is not None
        and not line.isupper()
        and _BULLET.match(text, block[0]) is not None
        and not _ends_sentence(text, block[0], block[1])
    )


# The clauses of a formal resolution ("WHEREAS, the PMC has voted ...; and", "NOW, THEREFORE, BE IT
# RESOLVED, that ...", "BE IT FURTHER RESOLVED, that ...") are laid out one to a paragraph and each
# is a sentence, although the clause before ends on "; and".
_RESOLUTION_CLAUSE = re.compile(r"(?:WHEREAS|Whereas,|NOW,? THEREFORE|BE IT (?:FURTHER )?RESOLVED)\b")
# A roll-call label alone on its line ("Directors Present:", "Guests:", "In attendance:", "Apologies:")
# over names one to a line ("Imara Okonkwo (Chair)"): the label and its names are one entry.
_ROLL_CALL_LABEL = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:[Pp]resent|[Aa]bsent|[Aa]ttendance|[Aa]pologies|[Gg]uests|[Aa]ttendees|[Rr]egrets)"
    r"(?:\s+[a-z][\w'’-]*){0,3}:"
)
_NAME_ROW = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:\s*\([^()]{1,40}\))?")
MAX_ROLL_CALL = 1000  # a roll call is a few dozen names at most: longer blocks are not read again


def _names_under_label(text: str, block: tuple[int, int], line: str) -> bool:
    """Whether ``line`` is a name ("Tom Ferreira (Treasurer)") of a roll call the block opens with its
    label alone on a line ("Executive Officers Present:"), the block so far holding only names after it.
    Cheap gates first: the line's first character and the block's length."""
    s, e = block
    if not line[0].isupper() or e - s > MAX_ROLL_CALL or _NAME_ROW.fullmatch(line) is None:
        return False
    first, *names = text[s:e].splitlines()
    return _ROLL_CALL_LABEL.fullmatch(first.strip()) is not None and all(
        _NAME_ROW.fullmatch(n.strip()) for n in names if n.strip()
    )


CSV_MIN_FIELDS = 4
"""A comma-separated record (an exported log pasted into the minutes) has at least this many fields."""
CSV_MAX_KEY = 20
"""The first field of a comma-separated record is a key without spaces ("R-011", "Ref") of at most
this many characters."""


def is_csv_record(line: str) -> bool:
    """Whether ``line`` reads as one comma-separated record ("R-011,Risk,Key-person dependency,CR,
    2025-07-16,Open"): a short key without spaces first, at least :data:`CSV_MIN_FIELDS` fields, three of them holding letters (so a
    number such as "1,234,567,890" is none), quotes balanced, and no comma outside quotes followed by
    a space (prose puts a space after its commas; an export never does). A quoted cell may hold
    commas and doubled quotes. Cheap gate: the count of commas."""
    if line.count(",") < CSV_MIN_FIELDS - 1 or "\t" in line:
        return False
    key = line.split(",", 1)[0]
    if len(key) > CSV_MAX_KEY or any(ch.isspace() for ch in key):
        return False  # a record opens with a key ("R-011", "Ref"); prose with a list in it does not
    fields, worded, quoted, letters, last = 1, 0, False, False, len(line) - 1
    for pos, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            if pos < last and line[pos + 1] == " ":
                return False
            fields, worded, letters = fields + 1, worded + letters, False
        elif not letters and ch.isalpha():
            letters = True
    return not quoted and fields >= CSV_MIN_FIELDS and worded + letters >= 3


def _csv_block(text: str, block: tuple[int, int]) -> bool:
    """Whether the block so far is one comma-separated record (a record may wrap inside a quoted
    cell, so the block is read whole; long blocks are prose and are not read)."""
    s, e = block
    return e - s <= 1000 and text[e - 1] != '"' and is_csv_record(text[s:e].replace("\n", " "))


# A column heading of a table, as a Word or PDF table names its columns ("Ref", "Action", "Owner", "Due"):
# one word or two, singular (a plural such as "Actions" or "Decisions" heads the section over the table).
_COLUMN_HEADING = re.compile(
    r"(?:Ref(?:erence)?|No\.?|#|Item|Minute|Action|Decision|Description|Risk|Issue|Owner|Lead|Responsible|"
    r"Who|What|When|By whom|By when|Due(?: date)?|Deadline|Target(?: date)?|Timescale|Status|RAG|Update|"
    r"Progress|Date|Comment)"
)
# The column headings that name a row's key ("Ref", "No.", "#", "Item", "Minute"): under them each row opens
# with its code ("TSC-1125-01", "D-04 (c/f)", "12"), which tells where a row starts when a cell went missing.
_KEY_COLUMN = re.compile(r"(?:Ref(?:erence)?|No\.?|#|Item|Minute)")
_ROW_KEY = re.compile(r"(?:[A-Za-z]{1,8}[-/.]?)?\d[\w/.-]{0,15}(?:\s+\([^()\n]{1,20}\))?")
MIN_COLUMNS = (
    3  # two headings alone ("Decision" / "Action") may be labels; a key column and one more is a table
)
MAX_COLUMNS = 8

Piece = tuple[int, int, bool]
"""A line, or a part of one that a heading did not take, as (start, end, after_heading): see :func:`_cut`."""


def _key_shape(text: str, s: int, e: int) -> str | None:
    """The shape of the row key that ``text[s:e]`` is ("TSC-1125-01 (c/f)" -> "TSC-0-0"), or None when the
    line is no row key."""
    if e - s > 40 or _ROW_KEY.fullmatch(text, s, e) is None:
        return None
    return re.sub(r"\d+", "0", text[s:e].split()[0])


def _heading_run(text: str, pieces: list[Piece], i: int) -> int:
    """How many lines from ``pieces[i]`` on are the column headings of a table flattened one cell per line
    ("Ref" / "Action" / "Owner" / "Due"), consecutive with no blank line between: 0 when they are not at
    least :data:`MIN_COLUMNS` (or a key column and one more), or when no line follows them."""
    n = 0
    while i + n < len(pieces) and n <= MAX_COLUMNS:
        s, e, after_heading = pieces[i + n]
        if (n and (after_heading or _blank_line_between(text, pieces[i + n - 1][1], s))) or e - s > 20:
            break
        if _COLUMN_HEADING.fullmatch(text, s, e) is None:
            break
        n += 1
    if n > MAX_COLUMNS or i + n >= len(pieces) or pieces[i + n][2]:
        return 0
    keyed = _KEY_COLUMN.fullmatch(text, pieces[i][0], pieces[i][1]) is not None
    return n if n >= MIN_COLUMNS or (n == 2 and keyed) else 0


def _table_rows(text: str, pieces: list[Piece], i: int, columns: int, keyed: bool) -> list[tuple[int, int]]:
    """The rows of a table flattened one cell per line, from ``pieces[i]`` on, as (first, last) piece
    indices: ``columns`` lines each. Under a key column a row opens with a key of the shape of the first
    row's ("TSC-1125-01"), so a row that lost a cell ends before the next key, and the table ends at a line
    that opens no row. The table also ends at a blank line or a heading."""
    rows: list[tuple[int, int]] = []
    shape = _key_shape(text, pieces[i][0], pieces[i][1]) if keyed else None
    if keyed and shape is None:
        return rows
    while i < len(pieces) and not pieces[i][2]:
        if keyed and _key_shape(text, pieces[i][0], pieces[i][1]) != shape:
            break
        last = i
        while last + 1 < len(pieces) and last + 1 - i < columns:
            s, _, after_heading = pieces[last + 1]
            if after_heading or _blank_line_between(text, pieces[last][1], s):
                break
            if keyed and _key_shape(text, s, pieces[last + 1][1]) == shape:
                break
            last += 1
        rows.append((i, last))
        i = last + 1
        if i < len(pieces) and _blank_line_between(text, pieces[last][1], pieces[i][0]):
            break
    return rows


def _with_table_rows(text: str, pieces: Iterator[Piece]) -> Iterator[tuple[int, int, bool, bool]]:
    """The pieces, with each row of a table flattened one cell per line (a Word or PDF table: "Ref" /
    "Action" / "Owner" / "Due", then "A-12" / "Circulate the plan" / "JS" / "May") merged into one piece
    flagged whole: the row is one entry, its cells read together, and the heading row is one too. The
    number of columns is told by the column headings (see :func:`_heading_run`)."""
    lines = list(pieces)
    i = 0
    while i < len(lines):
        columns = _heading_run(text, lines, i)
        if columns == 0:
            yield (*lines[i], False)
            i += 1
            continue
        keyed = _KEY_COLUMN.fullmatch(text, lines[i][0], lines[i][1]) is not None
        yield lines[i][0], lines[i + columns - 1][1], lines[i][2], True
        i += columns
        for first, last in _table_rows(text, lines, i, columns, keyed):
            yield lines[first][0], lines[last][1], False, True
            i = last + 1


def _blocks(text: str, start: int, end: int, holes: list[tuple[int, int]]) -> Iterator[tuple[int, int, bool]]:
    """Lines joined where a sentence was wrapped, as (start, end, whole); heading spans in ``holes`` are
    left out. A block flagged whole is one row of a table flattened one cell per line: one sentence."""
    current: tuple[int, int] | None = None
    last = (0, 0)  # the last physical line (piece) of the current block
    for s, e, after_heading, whole in _with_table_rows(text, _cut(_lines(text, start, end), holes, text)):
        if after_heading or whole:
            if current:
                yield (*current, False)
            current = None
        if whole:
            yield s, e, True
            continue
        if current is not None:
            # only the end of the block so far is read: a long wrapped paragraph stays linear
            line = text[s:e]
            if (
                _continues_word(text, current[1], line)
                or _continues_initial(text, current[1], line)
                or _names_under_label(text, current, line)
                or _bracket_tag_closes(text, current, line)
                or _continues_pipe_row(text, current, line)
                or _closing_fields(text, current, line)
                or _value_after_open_field(text, current, line)
                or _label_in_bracket(text, last, line, s)
                or _figure_after_colon(text, last, line, s)
                or (line[0] in "CDS" and _ORG_PLANNING.match(line) and _ORG_TASK.match(text, current[0]))
            ):
                current, last = (current[0], e), (s, e)
                continue
            if (
                is_csv_record(line)
                or (line[0] in "WNB" and _RESOLUTION_CLAUSE.match(line) is not None)
                or _opens_minute_reference(line)
                or (text.find(",", last[0], last[1]) >= 0 and _csv_block(text, current))
                or _next_row(text, current[0], line)
                or _next_dash_row(text, current[0], line)
                or _next_numbered_row(text, current, line)
                or _next_spaced_row(text, last, line)
            ):
                yield (
                    *current,
                    False,
                )  # a record of a pasted comma-separated log, a register's row: a line of its own
                current, last = (s, e), (s, e)
                continue
            wrapped = (
                not _speaker_turn(text, current, line, s)
                and not _ends_sentence(text, current[0], current[1])
                and not _tag_closes_line(text, current, line)
                and not _ends_with_owner_cell(text, current[0], current[1])
                and not _lists_next_paper(text, last, line)
                and (
                    (line[0].islower() and not _handle_paragraph(text, current[1], line, s))
                    or _code_span_continues(text, current[1], line, s)
                    or _aside_continues(text, current[0], last, line, s)
                    or text[current[1] - 1] in ",-–—"
                    or text.endswith(
                        " /", current[0], current[1]
                    )  # "Owner: Ann Lee /" / "Bo Chan – Due: May"
                    or _ends_open_cell(text, current[0], last, s)
                    or _ends_mid_sentence(text, current[0], current[1])
                    or _split_at_capital(text, current[0], last, line, s)
                    or _bullet_wrapped(text, current[0], last, line, s)
                    or _figure_continues(text, last, line, s)
                    or _issue_ref_continues(text, last, line, s)
                    or _wrapped_at_width(text, current[0], last, line, s)
                    or _cut_before_name(text, current[0], last, line)
                    or _month_after_clause(text, last, line)
                    or _date_cut(text, last, line, s)
                    or _open_bracket(text, last, line, s)
                    or _clause_wrapped(text, current, s)
                    or _function_word_wrapped(text, current[0], last, line, s)
                    or _continues_cell(text, last, s)
                )
            )
            marker = (
                _BULLET.match(line) is not None
                and not _number_closes_bracket(text, last, line, s)
                and not (wrapped and _BRACKETED_ABBREVIATION.match(line))
            )
            if wrapped and not marker and not _stands_alone(text, last, line):
                current, last = (current[0], e), (s, e)
                continue
            yield (*current, False)
        current, last = (s, e), (s, e)
    if current:
        yield (*current, False)


# An owner tag closing a line after a sentence ("... to the March meeting. ACTION: MD"): see below.
_TRAILING_TAG = re.compile(
    r"(?:^|(?<=[.?!])\s+)((?:ACTIONS?|Actions?)\s*[:\-–—]\s*[^\s.?!:;][^.?!:;]{0,49})$"
)
TAG_WINDOW = 64  # an owner tag is short: only the end of the block is searched, so the scan stays linear


def _ends_with_owner_tag(text: str, block_start: int, block_end: int) -> bool:
    """Whether the block so far ends with an owner tag ("... with monthly audit data. ACTION: DoN"):
    the tag names who owns the sentence before it and has no full stop of its own, so the next line
    opens a new sentence even when the tag's last word is capitalised ("DoN" / "The Committee was ...")."""
    window = max(block_start, block_end - TAG_WINDOW)
    m = _TRAILING_TAG.search(text[window:block_end])
    if m is None or (m.start(1) == 0 and window > block_start and not text[window - 1].isspace()):
        return False
    return owner_tag(m.group(1)) is not None


def _tag_closes_line(text: str, block: tuple[int, int], line: str) -> bool:
    """Whether the block so far ends with an owner tag that the next line does not go on with. A line
    opening in lower case continues the tag's task where a PDF wrapped it ("... on 6 May. Action: CFO/HR" /
    "to update the register by June."): one sentence with the tag, not a tag and a fragment. A capital
    opening stays a new sentence after the tag."""
    return not line[:1].islower() and _ends_with_owner_tag(text, block[0], block[1])


# The owner column of an action row after the action's stop, closing its line: a name, a post or initials
# set off by a wide gap ("... by half term.      All governors", "... in November.   Clerk") or, where the
# text layer closed the gap to one space, initials only ("... before Christmas. HT", "... by May. SR/JW").
_OWNER_CELL = re.compile(
    r"(?<=[.?!])(?:[ \t]{3,}[A-Z][\w/&'’]*(?: [A-Za-z][\w/&'’]*){0,2}|[ ][A-Z]{2,4}(?:/[A-Z]{2,4})*)[ \t]*$"
)
OWNER_CELL_WINDOW = 48  # a stop and an owner cell: only the end of the block is searched


def _ends_with_owner_cell(text: str, block_start: int, block_end: int) -> bool:
    """Whether the block so far ends with an action's stop and its owner column ("... next FGB. HT", "... by
    Friday.      All governors"): the row is complete, so the next line opens a new sentence even after the
    capitals ("NF left the meeting."). The cell itself stays a sentence of its own, which the owner stage
    reads as the action's owner column. Reads only the end of the block: a cheap gate."""
    window = max(block_start, block_end - OWNER_CELL_WINDOW)
    stop = max(text.rfind(".", window, block_end), text.rfind("?", window, block_end))
    if stop < 0:
        return False
    m = _OWNER_CELL.match(text, stop + 1, block_end)
    return m is not None and names_owners(m.group().strip())


# The size closing a link to an attached paper ("Report - Budget 2024/25, item 7 PDF 356 KB", "Appendix A
# (1.2 MB)"): a list of supporting documents writes one paper a line, with no stop.
_FILE_SIZE_END = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:KB|MB|kB|GB)\)?[ \t]*$")
FILE_SIZE_WINDOW = 16  # a size is short: only the end of the line is read


def _lists_next_paper(text: str, last: tuple[int, int], line: str) -> bool:
    """Whether the physical line ``last`` ends with a file's size, as a linked paper's entry in a list of
    supporting documents does, and ``line`` opens with a capital or a digit: the entry is complete, so
    ``line`` ("Appendix 1 - Dashboard ...") is the next paper, not the rest of this one ("... 512 MB" /
    "of memory" goes on). Cheap gate: the last character."""
    s, e = last
    if text[e - 1] not in "Bb)" or line[0].islower():
        return False
    return _FILE_SIZE_END.search(text, max(s, e - FILE_SIZE_WINDOW), e) is not None


_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# What follows the stop of "No." used as the number sign: a number, or a TAB closing a table's column heading.
_NUMBER_SIGN_END = re.compile(r"\.(?:\s*\d|\t)")
# What follows "No." opening a table's header row flattened with single spaces ("No. Action Owner Due"): the next
# column's name. Only at a line's start, so a reply ("said no. Action was ...") stays two sentences.
_NUMBER_SIGN_COLUMN = re.compile(r"\. +(?:Action|Item|Minute|Task|Description|Decision|Issue|Risk)\b")
# A digit and a stop right before a letter: the letter is a version's wildcard or part ("2.2.x", "v1.x").
_VERSION_PART = re.compile(r"\d\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _LAST_WORD.search(text, max(0, dot - 40), dot)  # a bounded window: linear overall
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if word.start() > 0 and text[word.start() - 1].isdigit():  # a unit ("£95k.", "£4.6m."), not an initial
        return False
    # "No. 5" and a table's "No.<TAB>Minute<TAB>Action" (or "No. Action Owner") column, not "said no. Next"
    if token in ("no", "nos"):
        opens_line = word.start() == 0 or text[word.start() - 1] == "\n"
        return bool(_NUMBER_SIGN_END.match(text, dot, dot + 4)) or (
            opens_line and _NUMBER_SIGN_COLUMN.match(text, dot, dot + 20) is not None
        )
    if len(token) == 1 and _VERSION_PART.match(text, max(0, word.start() - 2), word.start()):
        return False  # "backported to 2.2.x.": the last part of a version, not an initial
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _continues_pipe_row(text: str, block: tuple[int, int], line: str) -> bool:
    """Whether ``line`` is the wrapped end of the Markdown table row the block opens ("| 14.3 | Cyber
    questionnaire | OT | GB |" / "25-Aug-23 |"): it closes a cell with "|" but opens none of its own; or,
    where the row broke before the bar that opens its last cell and so is left open ("| 25/07 | Revised
    forecast | FBP | 30 Apr 2025" / "| NEW |"), it is that one cell alone. A row set off by inner bars
    only ("A-12 | Sign-off of the mapping | AM | Closed") never opens with a bar, so a line that does ("| AM |
    13/01 | Closed"), with no closing bar, is the end of the row above that broke before a bar."""
    if text[block[0]] != "|" and line[0] == "|" and text[block[1] - 1] != "|":
        return not line.rstrip().endswith("|") and text.find(" | ", block[0], block[1]) >= 0
    if text[block[0]] != "|" or not line.rstrip().endswith("|"):
        return False
    if line[0] != "|":
        return True
    return text[block[1] - 1] != "|" and line.count("|") == 2


def _ends_open_cell(text: str, block_start: int, last: tuple[int, int], gap: int) -> bool:
    """Whether the block so far is a row of cells set off by bars that wraps before its last cell ("Owner →
    Ann Lee | Due: May |" / "Circulate the revised budget"): its last line ends with a bar after a space and
    holds another bar between cells, and no blank line follows (``gap`` is where the next line starts). A
    Markdown table row opens with a bar and ends with one; the wrapped end of such a row is
    :func:`_continues_pipe_row`. Cheap gate: the last character."""
    s, e = last
    if text[e - 1] != "|" or text[block_start] == "|" or not text[e - 2 : e - 1].isspace():
        return False
    return text.find(" | ", s, e - 1) >= 0 and not _blank_line_between(text, e, gap)


def _is_pipe_row(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is one Markdown table row, "|" at both ends."""
    return text[s] == "|" and text[e - 1] == "|" and e - s > 2


def _row_sentences(text: str, s: int, e: int) -> Iterator[tuple[int, int, bool]]:
    """Sentences of one Markdown table row ``text[s:e]``. A row is one entry of a log, read whole
    ("| 14.8 | Q2 reforecast incl. Keystone hypercare | NQ |"), but a cell of notes holding several
    sentences ("| Milestones | DA reported a slip. FM asked why. | — | — |") is cut between them: the cells
    before its first sentence (the topic) stay with that sentence and the cells after its last (owner,
    due) with the last. A stop right before a bar closes a cell, not a sentence inside it, and a stop
    closing a cell's first few characters ("| 4. Finance |", "| iv. Risks |") is a number's."""
    start = s
    pieces = [(ps, pe) for ps, pe, _ in _split_piece(text, s, e)]
    for (_, end), (nxt, _) in itertools.pairwise(pieces):
        cell = max(start, text.rfind("|", start, end) + 1)
        if text[nxt] != "|" and len(text[cell:end].strip()) > 4:
            yield start, end, False
            start = nxt
    yield start, e, False


def _block_sentences(text: str, s: int, e: int, whole: bool) -> Iterator[tuple[int, int, bool]]:
    """Sentences of one block (see :func:`_blocks`): a table row flattened one cell per line is one sentence."""
    if whole:
        yield s, e, False
    else:
        yield from _split_block(text, s, e)


def _split_block(text: str, s: int, e: int) -> Iterator[tuple[int, int, bool]]:
    """Sentences inside one block as (start, end, had_bullet); a Markdown table row is read by
    :func:`_row_sentences`."""
    row_start, row_end = _trim(text, s, e)
    if row_start < row_end and _is_pipe_row(text, row_start, row_end):
        yield from _row_sentences(text, row_start, row_end)
        return
    pieces: list[tuple[int, int]] = []
    cut = s
    for m in _INLINE_MARK.finditer(text, s, e):
        pieces.append((cut, m.start()))
        cut = m.start()
    pieces.append((cut, e))
    for ps, pe in pieces:
        yield from _split_piece(text, ps, pe)


def _open(text: str, s: int, e: int) -> tuple[int, bool]:
    """Where a sentence starting near ``s`` opens: past white space and a bullet (flagged)."""
    while s < e and text[s].isspace():
        s += 1
    m = _BULLET.match(text, s, e)
    if m is None or _number_cell(text, m.start(), m.end()):
        return s, False
    return m.end(), True


def _number_cell(text: str, s: int, e: int) -> bool:
    """Whether the marker ``text[s:e]`` is a number ("6.1", "3.") closed by a TAB on a line that has
    another TAB after it ("6.1<TAB>School action plans<TAB>Heads of School<TAB>18/11/22"): the first cell
    of a table row, which the row's sentence keeps, not a paragraph number or a list marker."""
    if not text[s].isdigit() or "\t" not in text[s:e]:
        return False
    line_end = text.find("\n", e)
    return "\t" in text[e : len(text) if line_end < 0 else line_end].rstrip()


# Handles alone after a label, to the end of the line: "Notes: @ilse", "Notes: @ana, @bo".
_HANDLES_ONLY = re.compile(r"[ \t]*@[\w.-]+(?:,[ \t]*@[\w.-]+)*[ \t]*(?:\n|$)")


def _label_end(text: str, s: int, e: int) -> int | None:
    """The end of a label at ``s`` ("Findings:", "Agenda item 2.1a: Child sexual exploitation"). A label
    followed by nothing but handles ("Notes: @ilse", who took the notes) is a field naming people, one
    sentence with them, not a label over a text: None then."""
    lab = _UNIT_LABEL.match(text, s, e) or _AGENDA_LABEL.match(text, s, e)
    if lab is None or lab.start() != s or _HANDLES_ONLY.match(text, lab.end(), e + 1):
        return None
    return lab.end()


def _aside_after_quote(text: str, stop: int, nxt: str) -> bool:
    """Whether the end mark before ``stop`` closes a quotation and ``nxt``, the text after it, opens
    with a bracketed aside in lower case ('the thread "Is it time to leave IRC?" (see also ...):'): the
    mark ends the quoted words, not the sentence. After an unquoted end mark an aside is a note of
    its own ("... objects? (none at the mic)")."""
    return (
        text[stop - 1] in _QUOTE_CLOSERS and nxt[0] == _OPEN_BRACKET and _ASIDE_OPENING.match(nxt) is not None
    )


# A line of a pasted chat log ("[14:05] <ana> sorry, running late. back in 5"): see _split_piece.
_CHAT_LINE = re.compile(CHAT_LINE)


def _in_chat_line(text: str, s: int) -> bool:
    """Whether the piece at ``s`` is a line of a chat log, where people type in lower case: a sentence may
    end before a lower-case word there ("a day, maybe two. should be in review" holds two sentences; see
    :func:`_ends_chat_sentence`). Elsewhere a lower-case word after a stop goes on with the sentence."""
    begin = _line_start(text, s)
    return text[begin] in "[<0123456789" and _CHAT_LINE.match(text, begin) is not None


def _ends_chat_sentence(text: str, mark: int) -> bool:
    """Whether the end mark at ``mark`` in a chat line ends a sentence before a lower-case word: a
    question mark, or a stop after a word ("two. should"); a stop after a number is a list's marker
    ("<ana> 1. provide usage scenarios") or a version's, not a sentence's end."""
    return text[mark] == "?" or (text[mark] == "." and text[mark - 1].isalpha())


# A release or version name written in lower case with a figure ("rc2", "v3", "py311") and a lower-case
# word after it: the subject of a new sentence ("... (#1894). rc2 is planned for Monday"), which cannot
# start with a capital.
_IDENTIFIER_OPENING = re.compile(r"[a-z]{1,6}\d[\w.-]*\s+[a-z]")
# A person named by a lower-case handle and what they reported ("... as a known issue. bob asked whether
# ...", "... would pay. alice confirmed that ..."): notes of projects that go by their members' nicks write
# them in lower case, and such a name with a past-tense reporting verb after it opens a new sentence. A
# conjunction, pronoun, article, auxiliary or adverb before the verb ("... and said", "... which noted",
# "have suggested", "effectively agreed") goes on with the sentence it is in; a modal ("this will",
# "people would") is no report and is left alone.
_HANDLE_SPEAKS = re.compile(
    r"(?!(?:and|or|but|nor|so|then|which|who|that|this|there|as|also|he|she|they|it|we|you|i|the|a|an|"
    r"have|has|had|was|were|is|been)\s|[a-z]+ly\s)"
    r"[a-z][a-z0-9_-]{1,15}\s+"
    r"(?:said|asked|noted|confirmed|replied|answered|agreed|reported|presented|"
    r"mentioned|explained|added|pointed|told|offered|summarised|summarized|raised|thought|felt|suggested|proposed|"
    r"argued|warned)\b"
)


# An issue or pull request's number alone after a sentence's end mark ("Land before or after v3.0? #405",
# "Merged. (#412)"): the reference tags the sentence before it, it is no sentence of its own.
_ISSUE_REF_ONLY = re.compile(r"\(?#\d{1,6}\)?\s*")


def _split_piece(text: str, s: int, e: int) -> Iterator[tuple[int, int, bool]]:
    """Sentences of one piece as (start, end, had_bullet); a label opening a sentence is a
    sentence of its own, at the start of the piece or after any sentence end."""
    start, bullet = _open(text, s, e)
    chat = _in_chat_line(text, s)
    for m in _END.finditer(text, s, e):
        label = _label_end(text, start, e)
        if label is not None:
            yield start, label, bullet
            start, bullet = _open(text, label, e)
        stop = m.end()
        if stop <= start:
            continue
        nxt = text[stop:e].lstrip()
        lower_ends = chat and m.end() - m.start() == 1 and _ends_chat_sentence(text, m.start())
        opens_named = m.start() > start and (  # not a lead "..."
            _IDENTIFIER_OPENING.match(nxt) is not None or _HANDLE_SPEAKS.match(nxt) is not None
        )
        lower_goes_on = nxt[:1].islower() and not lower_ends and not opens_named
        if not nxt or lower_goes_on or _aside_after_quote(text, stop, nxt) or _ISSUE_REF_ONLY.fullmatch(nxt):
            continue
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        yield start, stop, bullet
        start, bullet = _open(text, stop, e)
    label = _label_end(text, start, e)
    if label is not None and label < e:
        yield start, label, bullet
        start, bullet = _open(text, label, e)
    if start < e:
        yield start, e, bullet


def sentence_bounds(
    text: str, start: int = 0, end: int | None = None, holes: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in ``text[start:end]``; the spans in ``holes`` are left out."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for bs, be, whole in _blocks(text, start, end, holes or []):
        for s, e, _ in _block_sentences(text, bs, be, whole):
            s2, e2 = _trim(text, s, e)
            if s2 < e2:
                out.append((s2, e2))
    return out


MAX_HEADING_LINES = 3  # a heading wrapped by the page width runs on over a few lines at most


def _wrapped_heading_end(text: str, title: str, line_end: int) -> int:
    """Where a heading wrapped over several lines ends ("OSMB 49/24 Call-in of Cabinet Decision CAB" /
    "112/24: Disposal of the Former Library, Wharf" / "Street (Pages 19 - 64)"): each following line
    whose text, less a page reference, is part of the title belongs to the heading; ``line_end`` when
    none is."""
    end = line_end
    for _ in range(MAX_HEADING_LINES):
        if end >= len(text) or text[end] != "\n":
            break
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1 : nxt].strip()
        if not line:
            break
        words = PAGE_REF.sub("", line).strip().replace("\t", " ")
        if not words or words not in title:
            break
        end = nxt
    return end


_UNDERLINE = re.compile(r"[ \t]*(?:={3,}|-{3,}|~{3,}|\^{3,})[ \t]*(?=\n|$)")


def _underline_end(text: str, end: int) -> int:
    """The end of a heading's underline when the line after the heading ending at ``end`` is one
    ("Notes" over "-----", "Credential" over "========"): the rule belongs to the heading."""
    if end >= len(text) or text[end] != "\n":
        return end
    m = _UNDERLINE.match(text, end + 1)
    return m.end() if m else end


_LEAD_IN_COLON = re.compile(r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?=[ \t]+\S)|[ \t]+\|(?=[ \t]*\S)")


def _lead_in_end(text: str, end: int, line_end: int) -> int:
    """Where a heading ending at ``end`` stops: past the colon when its title leads into the item's text on
    the same line ("3. Finance: The Treasurer reported ...", a table's "Data migration: Mock load 2 ...",
    or set in bold with its colon, "**Budget:** The Treasurer ..."), or past the bar closing a table's title
    cell ("Item 6 | Maternity report | Presented by: DoM"), so that the first sentence opens with its own
    words, not with the colon or the bar."""
    m = _LEAD_IN_COLON.match(text, end, line_end)
    return m.end() if m else end


def heading_spans(text: str, items: list[Item]) -> list[tuple[int, int]]:
    """Where each item's heading (number and title) stands: a whole line, or a run inside a
    line when the text layer flattened the heading into a paragraph."""
    spans = []
    for it in items:
        if it.start is None:
            continue
        line_end = text.find("\n", it.start)
        line_end = len(text) if line_end < 0 else line_end
        end = line_end
        if it.title:
            found = text.find(it.title, it.start, line_end)
            if found < 0:
                end = _wrapped_heading_end(text, it.title, line_end)
            else:
                end = _lead_in_end(text, found + len(it.title), line_end)
                if _closes_heading(text[end:line_end], it.number):
                    end = line_end
        spans.append((it.start, _underline_end(text, end) if end == line_end else end))
    return spans


# What may close a heading's line after its title: spaces, colons, stops and an "ACTION" mark among them.
_HEADING_MARKS = re.compile(r"[\s:.\t]*(?:ACTION)?[\s:.\t]*")


def _closes_heading(rest: str, number: str | None) -> bool:
    """Whether ``rest``, what follows an item's title on its heading line, is part of the heading and no
    text of the item: nothing, marks (see :data:`_HEADING_MARKS`), or a note in brackets about the item
    (the paper's status or pages, the item's own paper or agenda number, a bot's attribution);
    ``number`` is the item's number."""
    note = rest.rstrip()
    return bool(
        not rest.strip()
        or _HEADING_MARKS.fullmatch(rest)
        or PAPER_STATUS_TAG.fullmatch(note)  # "Budget (For decision)": a tag, not text
        or PAGE_REF.fullmatch(note)  # "Work Programme (Pages 7 - 18)": where the paper is
        or (note.endswith(")") and names_own_paper(rest, number))  # "(Paper 5)" under "Item 5"
        or BOT_ATTRIBUTION.fullmatch(note)  # "Roll call  (kim, 16:00:31)": who set it
        or AGENDA_REF.fullmatch(note)  # "Budget (Agenda item 8)": its place on the agenda
    )


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\"'“‘":
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_BLANK_SPAN = SentenceSpan(id=0, start=0, end=0, text="")
"""The span every sentence span of :func:`split_sentences` is copied from, with all of its fields set."""


MIN_LOST_PROSE_LINES = 8  # header blocks hold a few prose lines at most ("The meeting was quorate.")
MIN_PROSE_WORDS = 6
_HEADER_LABEL = re.compile(r"^[A-Z][\w ,/&()'-]{0,40}:\s")  # "Present: ...", "In attendance: ..."


def _is_prose_line(line: str) -> bool:
    """A line of running text: it ends a sentence, has a few words and is no header field."""
    line = line.strip()
    return (
        line.endswith((".", "?", "!"))
        and len(line.split(None, MIN_PROSE_WORDS)) > MIN_PROSE_WORDS - 1
        and not _HEADER_LABEL.match(line)
    )


def _body_start(text: str, first_item: int) -> int:
    """Where sentences start: at the first item's heading, unless the text before it reads as
    the body (many lines of running text, more than any header holds), as when the real headings
    were missed and a late line (an action log's reference) was taken for the first item; then at
    the first such line, so the body is never dropped with the header."""
    prose = 0
    first_prose = -1
    pos = 0
    for line in text[:first_item].splitlines(keepends=True):
        if _is_prose_line(line):
            prose += 1
            first_prose = pos if first_prose < 0 else first_prose
        pos += len(line)
    if prose < MIN_LOST_PROSE_LINES:
        return first_item
    return first_prose + len(text[first_prose:first_item]) - len(text[first_prose:first_item].lstrip())


def split_sentences(text: str, items: list[Item], start: int | None = None) -> list[SentenceSpan]:
    """Every sentence after ``start``, with its item, section, position and question context
    (the context is computed first, so each span is built once). ``start`` defaults to the end
    of the header block: the first item's heading (see _body_start), or the start of a text with no items."""
    if start is None:
        start = _body_start(text, items[0].start or 0) if items else 0
    bounds: list[tuple[int, int, bool]] = []
    for bs, be, whole in _blocks(text, start, len(text), heading_spans(text, items)):
        for s, e, bullet in _block_sentences(text, bs, be, whole):
            s2, e2 = _trim(text, s, e)
            if s2 < e2 and _HAS_WORD.search(text, s2, e2):  # rules such as "-----" are not sentences
                bounds.append((s2, e2, bullet))
    texts = [text[s:e] for s, e, _ in bounds]
    context = _item_context(bounds, texts, items)
    ahead = _question_ahead(texts)
    out = []
    for i, ((s, e, bullet), sentence, (item, heading, position, section)) in enumerate(
        zip(bounds, texts, context, strict=True)
    ):
        after_label = i > 0 and context[i - 1][0] == item and _is_label_line(texts[i - 1])
        out.append(
            # built from values this function computed (offsets, flags, ids): no validation pass,
            # which costs as much as the rest of the loop; the assembled document is validated.
            # A copy of a blank span with every field replaced is the same object as model_construct
            # would build, at half its cost (it skips the per-field default handling).
            _BLANK_SPAN.model_copy(
                update={
                    "id": i,
                    "start": s,
                    "end": e,
                    "text": sentence,
                    "item": item,
                    "heading": heading,
                    "position": position,
                    "section": section,
                    "bullet": bullet,
                    "precedes_question": ahead[i],
                    "after_label": after_label,
                }
            )
        )
    return out


def _item_context(
    bounds: list[tuple[int, int, bool]], texts: list[str], items: list[Item]
) -> list[tuple[str | None, str | None, int, str | None]]:
    """For each sentence: its innermost item, that item's heading, its position in the item and
    the label it sits under."""
    ordered = sorted((it for it in items if it.start is not None), key=lambda it: it.start)
    starts = [it.start for it in ordered]
    position: dict[str | None, int] = {}
    section: dict[str | None, str | None] = {}
    out = []
    for (s, _, _), sentence in zip(bounds, texts, strict=True):
        item = item_at(ordered, s, starts)
        key = item.id if item else None
        heading = ((item.title or "").lower() or None) if item else None
        pos = position.get(key, 0)
        position[key] = pos + 1
        stripped = sentence.strip()
        if _UNIT_LABEL.fullmatch(stripped) or _SECTION_LABEL.fullmatch(stripped):
            section[key] = stripped.rstrip(":").lower()
        out.append((key, heading, pos, section.get(key)))
    return out


_HAS_WORD = re.compile(r"[^\W_]")
_SECTION_LABEL = re.compile(r"[A-Z][\w ]{1,40}:")
_LABEL_LINE = re.compile(r"[A-Z][^.?!]{0,60}:")


def _is_label_line(text: str) -> bool:
    text = text.strip()
    return bool(_UNIT_LABEL.fullmatch(text) or _LABEL_LINE.fullmatch(text))


_ANSWER = re.compile(
    r"\b(responded|replied|answered|was told|were told|confirmed|explained|advised|assured|clarified|said)\b",
    re.I,
)
QUESTION_WINDOW = 8


def _question_ahead(texts: list[str]) -> list[bool]:
    """Whether a question follows within ``QUESTION_WINDOW`` sentences with no answer in
    between: background written before the questions."""
    out = [False] * len(texts)
    next_question: int | None = None
    for i in range(len(texts) - 1, -1, -1):
        text = texts[i].rstrip()
        answered = bool(_ANSWER.search(text))
        out[i] = next_question is not None and next_question - i <= QUESTION_WINDOW and not answered
        if text.endswith("?"):
            next_question = i
        elif answered:
            next_question = None
    return out


@Language.factory("minutes_sentencizer")
def make_minutes_sentencizer(nlp: Language, name: str) -> MinutesSentencizer:
    """Sentence boundaries fit for minutes, for a blank (or any) English pipeline."""
    return MinutesSentencizer()


class MinutesSentencizer:
    """Sets ``Token.is_sent_start`` from :func:`sentence_bounds`; tokens between sentences
    (bullets, list markers) are attached to the sentence that follows them."""

    def __call__(self, doc: Doc) -> Doc:
        bounds = sentence_bounds(doc.text)
        # a sentence opens at the first token after the previous sentence closed
        opens = sorted({prev_end for _, prev_end in bounds[:-1]})
        k = 0
        for token in doc:
            if token.i == 0:
                token.is_sent_start = True
                continue
            is_start = False
            while k < len(opens) and opens[k] <= token.idx:
                is_start = doc[token.i - 1].idx < opens[k] or is_start
                k += 1
            token.is_sent_start = is_start
        return doc
