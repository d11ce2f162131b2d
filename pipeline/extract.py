"""Stage: turn action sentences into actions with owners, due points and origins.

- **Owners** are the agent of the action: the subject before "to <verb>" / "will" / "would"
  ("The PCC and CC to discuss"), the object of "asked/requested X to" (so "The PCC asked the
  CC to ..." is owned by the CC), the subject after "agreed that" / "RESOLVED that", the
  person "tasked", or initials after "ACTION:". Mentions are found with a spaCy
  ``PhraseMatcher`` built from the document's own people list (names, surnames with titles,
  abbreviations, roles, initials, handles) and resolved to that list; a role that is not in
  the list ("the Head of Estates") stays a mention; passive sentences get no owner.
- **Due points** are normalised against the meeting date with python-dateutil-free month
  arithmetic: named months roll forward to the next occurrence (the meeting's own month is
  "this month"), "the next meeting" takes the next-meeting date, explicit dates, "end of
  March", quarters, school terms, other meetings ("the June HTA", "their weekly meeting")
  and relative spans ("within two weeks").
- **Origin**: actions quoted under "Action arising from the March 2018 meeting" carry 2018-03.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import spacy
from spacy.matcher import PhraseMatcher

from pipeline.header import MONTHS, find_date
from pipeline.schema import Action, Classified, Due, NextMeeting, Owner, Person, SentenceSpan

MONTH_NUM = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
# Meeting kinds written as abbreviations in minutes, expanded to the kind the contract records.
MEETING_ABBREVIATIONS = {"hta": "holding to account meeting", "agm": "annual general meeting",
                         "egm": "extraordinary general meeting", "fgb": "full governing body"}
TERM_END_MONTH = {"autumn": 12, "spring": 4, "summer": 7}
ROLE_WORDS = re.compile(
    r"\b(head|director|chair|chairman|chairperson|clerk|officer|manager|lead|secretary|treasurer|chief|"
    r"superintendent|supt|supts|inspector|governor|governors|trustee|trustees|councillor|members|team|"
    r"executive|coordinator|co-ordinator|administrator|advisor|adviser|commissioner|constable|controller|"
    r"principal|headteacher|registrar|dean|provost|president|vice|officers|group|board|committee|panel|"
    r"service|department|unit|staff|maintainers|maintainer|council)\b",
    re.I,
)
_LABEL_PREFIX = re.compile(
    r"^\s*(?:actions?(?:\s+arising(?:\s+from\b[^:]{0,80})?)?|action point|ap|decision|resolved|agreed|todo)\s*[:\-–]\s*",
    re.I,
)
_CHECKBOX = re.compile(r"^\s*(?:[-*]\s*)?\[[ xX]\]\s*")
_AGENT_VERB = re.compile(
    r"\s+(?:to|will|would|should|shall|must|agreed to|undertook to|offered to|is to|are to|has agreed to|"
    r"have agreed to|has been tasked|have been tasked|was tasked|were tasked|has been asked|have been asked|"
    r"was asked|were asked|is asked|are asked|is requested|are requested)\b"
)
_ASK_OBJECT = re.compile(
    r"\b(?:asked|requested|invited|instructed|tasked|directed|commissioned|requires?|required)\s+"
    r"(?P<obj>(?:the\s+)?[A-Z@][\w@.'-]*(?:\s+(?:and|&|of|for|the|[A-Z][\w.'-]*))*?)\s+(?:to|with)\s+[a-z]",
)
_THAT_SUBJECT = re.compile(r"\b(?:agreed|resolved|recommended|decided|requested)\s*(?:that|:)\s+(?P<rest>.+)$", re.I)
_INITIALS_TAG = re.compile(r"\b(?:ACTION|Action|Owner|Lead|Owners)\s*[:\-–]\s*(?P<who>[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*)\b")
_ORIGIN = re.compile(
    rf"\b(?:actions?\s+arising|carried\s+forward|brought\s+forward|outstanding\s+actions?)\s+from\s+(?:the\s+)?"
    rf"(?:meeting\s+(?:of|on|held\s+on)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<month>{MONTHS})\s+(?P<year>\d{{4}})",
    re.I,
)


@functools.lru_cache(maxsize=1)
def _nlp() -> spacy.language.Language:
    return spacy.blank("en")


def _person_patterns(people: list[Person]) -> dict[str, list[str]]:
    """Surface forms for each person (key = index as string): name, surname with title, abbrev, initials."""
    out: dict[str, list[str]] = {}
    for i, p in enumerate(people):
        forms = {p.name}
        parts = p.name.split()
        if len(parts) >= 2:
            surname = parts[-1]
            for title in ("Cllr", "Councillor", "Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Professor", "Rev"):
                forms.add(f"{title} {surname}")
                forms.add(f"{title} {p.name}")
            forms.add(parts[0])  # first names are used in informal minutes
            forms.add(surname)
            initials = "".join(w[0] for w in parts if w[0].isupper())
            if len(initials) >= 2:
                forms.add(initials)
        if p.abbrev:
            forms.add(p.abbrev)
            forms.add(p.abbrev.lstrip("@"))
            if p.abbrev.startswith("@"):
                forms.add(p.abbrev)
        if p.role and len(p.role.split()) >= 2:
            forms.add(p.role)
        out[str(i)] = sorted(forms)
    return out


def build_matcher(people: list[Person]) -> PhraseMatcher:
    """A PhraseMatcher over the people list: abbreviations case-sensitive, names by lower case."""
    nlp = _nlp()
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, forms in _person_patterns(people).items():
        exact.add(key, [nlp.make_doc(f) for f in forms] + [nlp.make_doc("@" + f) for f in forms if f.isalpha()])
    return exact


def _mentions(text: str, start: int, end: int, people: list[Person], matcher: PhraseMatcher) -> list[tuple[int, int, int]]:
    """(char_start, char_end, person index) of people mentioned in text[start:end], longest first, no overlap."""
    doc = _nlp().make_doc(text)
    found = []
    for match_id, s, e in matcher(doc):
        span = doc[s:e]
        if span.start_char >= start and span.end_char <= end:
            found.append((span.start_char, span.end_char, int(_nlp().vocab.strings[match_id])))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[tuple[int, int, int]] = []
    for m in found:
        if out and m[0] < out[-1][1]:
            continue
        out.append(m)
    return out


def _owner(text: str, m: tuple[int, int, int], people: list[Person]) -> Owner:
    s, e, idx = m
    before = text[:s]
    if re.search(r"\b[Tt]he\s+$", before):
        s = re.search(r"\b[Tt]he\s+$", before).start()
    person = people[idx]
    return Owner(mention=text[s:e], name=person.name, abbrev=person.abbrev)


def find_owners(text: str, people: list[Person], matcher: PhraseMatcher | None = None) -> list[Owner]:
    """The people an action sentence makes responsible (empty for passive sentences)."""
    matcher = matcher or build_matcher(people)
    body = _CHECKBOX.sub("", text)
    offset = len(text) - len(body)
    label = _LABEL_PREFIX.match(body)
    start = offset + (label.end() if label else 0)

    # "ACTION: JS" / "Owner: MK/RP" tags name the owners by initials
    tag = _INITIALS_TAG.search(text)
    if tag and not re.match(r"\s+to\b|\s+will\b", text[tag.end() :]):
        found = _mentions(text, tag.start("who"), tag.end("who"), people, matcher)
        if found:
            return [_owner(text, m, people) for m in found]
        return [Owner(mention=w) for w in re.split(r"\s*[/,&]\s*", tag.group("who")) if w]

    ask = _ASK_OBJECT.search(text, start)
    if ask:
        return _owners_in(text, ask.start("obj"), ask.end("obj"), people, matcher)

    that = _THAT_SUBJECT.search(text, start)
    if that:
        start = that.start("rest")
    verb = _AGENT_VERB.search(text, start)
    if verb:
        return _owners_in(text, start, verb.start(), people, matcher)
    return []


def _owners_in(text: str, s: int, e: int, people: list[Person], matcher: PhraseMatcher) -> list[Owner]:
    subject = text[s:e].strip()
    if not subject or len(subject.split()) > 10:
        return []
    found = _mentions(text, s, e, people, matcher)
    if found:
        return _dedupe([_owner(text, m, people) for m in found])
    # a role that is not in the people list stays a mention: "the Head of Estates", "@maria"
    words = subject.split()
    cleaned = re.sub(r"^(?:it was agreed that|that)\s+", "", subject, flags=re.I)
    if subject.startswith("@"):
        return [Owner(mention=h) for h in re.findall(r"@[\w-]+", subject)]
    if ROLE_WORDS.search(cleaned) and (words[0][0].isupper() or words[0].lower() == "the"):
        parts = [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", cleaned) if p.strip()]
        return [Owner(mention=p) for p in parts if p[0].isupper() or p.lower().startswith("the ")]
    # an abbreviation or a full name that is not in the list ("DW", "Sam Patel"); a lone
    # capitalised word is the passive subject ("Satisfaction to be brought back")
    if re.fullmatch(r"[A-Z]{2,5}|[A-Z][a-z]+\s+[A-Z][a-z]+", cleaned):
        return [Owner(mention=cleaned)]
    return []


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


def _next_month(month: int, ref: dt.date | None, year: int | None = None) -> str:
    if year is not None:
        return f"{year:04d}-{month:02d}"
    if ref is None:
        return ""
    y = ref.year if month >= ref.month else ref.year + 1
    return f"{y:04d}-{month:02d}"


_MEETING_KIND = re.compile(
    r"(?P<kind>(?:[a-z]+\s+){0,4}?(?:meeting|committee|board|panel|hta|agm|egm|fgb|cabinet|senate|forum|call|"
    r"review|council|group))\b",
    re.I,
)
_DUE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("next_meeting", re.compile(r"\b(?:to|at|for|by|before|until)?\s*(?:the|its|our)\s+next\s+(?P<kind>(?:[a-z]+\s+){0,3}?(?:meeting|committee|board|call|session))\b", re.I)),
    ("date", re.compile(rf"\b(?:by|on|before|no later than|until|for)\s+(?:\w+day\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?,?(?:\s+\d{{4}})?\b|\b(?:by|on|before)\s+\d{{4}}-\d{{2}}-\d{{2}}\b|\b(?:by|on|before)\s+\d{{1,2}}/\d{{1,2}}/\d{{4}}\b", re.I)),
    ("quarter", re.compile(r"\b(?:by\s+|before\s+|in\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:q(?P<q>[1-4])|quarter\s+(?P<q2>[1-4]))(?:\s+(?P<fy>(?:fy\s*)?)(?P<year>\d{4}(?:/\d{2,4})?))?\b", re.I)),
    ("term", re.compile(r"\b(?:by\s+|before\s+|in\s+|during\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?P<term>autumn|spring|summer)\s+term(?:\s+(?P<year>\d{4}))?\b", re.I)),
    ("month_meeting", re.compile(rf"\b(?:to|at|for|by|until)?\s*(?:the|its|our|their)\s+(?P<month>{MONTHS})\s+(?P<kind>(?:[a-zA-Z]+\s+){{0,4}}?(?:meeting|committee|board|panel|hta|agm|fgb|cabinet|senate|call|review|forum))\b", re.I)),
    ("meeting_in_month", re.compile(rf"\b(?:to|at|for|by)?\s*(?:the|its|our|their)\s+(?P<kind>(?:[a-zA-Z]+\s+){{0,4}}?(?:meeting|committee|board|panel|hta|agm|fgb|cabinet|senate|call|forum))\s+(?:in|on)\s+(?P<month>{MONTHS})(?:\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("end_month", re.compile(rf"\b(?:by\s+|before\s+)?(?:the\s+)?end\s+of\s+(?P<month>{MONTHS})(?:\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("month", re.compile(rf"\b(?:in|by|during|for|before|until|at)\s+(?:early\s+|mid-?\s*|late\s+)?(?P<month>{MONTHS})(?:\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("relative", re.compile(r"\b(?:within|in)\s+(?:the\s+next\s+)?(?P<n>\d+|a|one|two|three|four|six|eight|ten|twelve)\s+(?P<unit>days?|weeks?|months?)\b", re.I)),
    ("kind_only", re.compile(r"\b(?:to|at|for|by|until)\s+(?:the|its|our|their|a)\s+(?P<kind>(?:(?!next\b)[a-zA-Z-]+\s+){0,4}?(?:meeting|committee|board|panel|hta|cabinet|senate|call|forum))\b", re.I)),
]
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "ten": 10, "twelve": 12}


def _kind(raw: str | None) -> str | None:
    if not raw:
        return None
    kind = re.sub(r"\s+", " ", raw.strip().lower())
    kind = re.sub(r"^(?:the|its|our|their|a)\s+", "", kind)
    return MEETING_ABBREVIATIONS.get(kind, kind)


def find_due(text: str, meeting_date: dt.date | None, next_meeting: NextMeeting | None) -> Due | None:
    """The due point of an action, normalised against the meeting date, or None."""
    for kind, pattern in _DUE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        mention = m.group(0).strip()
        g = m.groupdict()
        if kind == "next_meeting":
            date = next_meeting.date.isoformat() if next_meeting and next_meeting.date else None
            return Due(mention=mention, date=date, meeting=_kind(g["kind"]))
        if kind == "date":
            found = find_date(mention if re.search(r"\d{4}", mention) else f"{mention} {meeting_date.year if meeting_date else ''}")
            if found:
                d = found[0]
                if meeting_date and not re.search(r"\d{4}", mention) and d < meeting_date:
                    d = d.replace(year=d.year + 1)
                return Due(mention=mention, date=d.isoformat(), meeting=None)
            continue
        if kind == "quarter":
            q = int(g["q"] or g["q2"])
            year = g.get("year")
            end_month = q * 3
            if year:
                y = int(year[:4])
                if g.get("fy") is not None and "/" in year:  # financial year 2024/25: Q1 = Apr-Jun
                    end_month = (q * 3 + 3 - 1) % 12 + 1
                    y = y if q <= 3 else y + 1
                return Due(mention=mention, date=f"{y:04d}-{end_month:02d}", meeting=None)
            return Due(mention=mention, date=_next_month(end_month, meeting_date) or None, meeting=None)
        if kind == "term":
            month = TERM_END_MONTH[g["term"].lower()]
            year = int(g["year"]) if g.get("year") else None
            return Due(mention=mention, date=_next_month(month, meeting_date, year) or None, meeting=None)
        if kind in ("month_meeting", "meeting_in_month"):
            month = MONTH_NUM[g["month"].lower()]
            year = int(g["year"]) if g.get("year") else None
            return Due(mention=mention, date=_next_month(month, meeting_date, year) or None, meeting=_kind(g["kind"]))
        if kind in ("end_month", "month"):
            month = MONTH_NUM[g["month"].lower()]
            if g["month"].lower() == "may" and kind == "month" and not re.match(r"(?:in|by|during|before|until)\s", mention, re.I):
                continue
            year = int(g["year"]) if g.get("year") else None
            return Due(mention=mention, date=_next_month(month, meeting_date, year) or None, meeting=None)
        if kind == "relative":
            n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
            unit = g["unit"].lower()
            date = None
            if meeting_date:
                days = n * (7 if unit.startswith("week") else 30 if unit.startswith("month") else 1)
                date = (meeting_date + dt.timedelta(days=days)).isoformat()
            return Due(mention=mention, date=date, meeting=None)
        if kind == "kind_only":
            k = _kind(g["kind"])
            if k in ("meeting", "board", "committee") and not re.search(r"(back|report|return|present)", text, re.I):
                continue
            return Due(mention=mention, date=None, meeting=k)
    return None


# ---------------------------------------------------------------------------------------- origin


def find_origin(text: str) -> str | None:
    """'Action arising from the March 2018 meeting' -> '2018-03'."""
    m = _ORIGIN.search(text)
    if not m:
        return None
    return f"{int(m.group('year')):04d}-{MONTH_NUM[m.group('month').lower()]:02d}"


_SECTION_RESET = re.compile(r"^(update|updates|findings|actions arising|action arising|discussion|progress)\s*:?$", re.I)


def extract_actions(
    spans: list[SentenceSpan],
    labels: list[Classified],
    *,
    people: list[Person],
    meeting_date: dt.date | None,
    next_meeting: NextMeeting | None,
    abbreviations: dict[str, str] | None = None,
    item_titles: dict[str, str] | None = None,
) -> list[Action]:
    """One action per sentence labelled ``action``, with owners, due point and origin."""
    matcher = build_matcher(people)
    actions: list[Action] = []
    origin_by_item: dict[str | None, str | None] = {}
    for key, title in (item_titles or {}).items():
        origin_by_item[key] = find_origin(title or "")
    for span, label in zip(spans, labels, strict=True):
        text = span.text
        found = find_origin(text)
        if found:
            origin_by_item[span.item] = found
        elif _SECTION_RESET.match(text.strip()):
            origin_by_item[span.item] = None
        if label.label != "action":
            continue
        owners = find_owners(text, people, matcher)
        actions.append(
            Action(
                id=f"A{len(actions) + 1}",
                sentence=span.id,
                item=span.item,
                text=_LABEL_PREFIX.sub("", _CHECKBOX.sub("", text)).strip(),
                owners=owners,
                due=find_due(text, meeting_date, next_meeting),
                origin=found or origin_by_item.get(span.item),
            )
        )
    return actions
