"""Stage: parse the header block (meeting facts, people, abbreviations) and the next meeting.

The header is the text before the first agenda item. Field labels ("Date:", "Chair:",
"Venue", "Minutes:", "Clerk:") and attendance labels ("Present:", "Attendance:", "In
attendance:", "Apologies:", "Absent:") are data (``FIELD_LABELS``, ``ATTENDANCE_LABELS``),
so a new house style is a new row, not new code. People are read from every common layout:
TAB-separated tables, comma and semicolon lists, one per line, "Cllr X (Chair)", "Name, Role
(ABBR)", initials in brackets, and merged table rows holding two names and two roles.

Dates are found with patterns for the forms minutes use and normalised with python-dateutil.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateparser

from pipeline.schema import HeaderResult, Item, Meeting, NextMeeting, Person

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
WEEKDAYS = r"(?:mon|tues|tue|wednes|wed|thurs|thur|thu|fri|satur|sat|sun)(?:day)?"

DATE_PATTERNS = (
    re.compile(rf"\b(?:{WEEKDAYS},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})\.?,?\s+(\d{{4}})\b", re.I),
    re.compile(rf"\b(?:{WEEKDAYS},?\s+)?({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
)
TIME_PATTERN = re.compile(
    r"(?<![\d/.:])(?:@|at|from|time:?|commencing|starting)?\s*"
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?(?![\d/%])",
    re.I,
)

FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "date": ("date", "date and time", "meeting date", "when"),
    "time": ("time", "start time", "start"),
    "venue": ("venue", "location", "place", "where", "held at"),
    "chair": ("chair", "chairman", "chairperson", "chaired by", "in the chair", "chair person", "facilitator"),
    "minute_taker": ("minutes", "minute taker", "minutes taken by", "minuted by", "clerk", "secretary", "notes",
                     "note taker", "scribe", "recorded by", "minute-taker"),
    "body": ("organisation", "organization", "body", "committee"),
}
ATTENDANCE_LABELS: dict[str, str] = {
    "present": "present",
    "attendance": "present",
    "attendees": "present",
    "attending": "present",
    "members present": "present",
    "members": "present",
    "governors present": "present",
    "trustees present": "present",
    "board members present": "present",
    "councillors present": "present",
    "voting members": "present",
    "in attendance": "in_attendance",
    "also in attendance": "in_attendance",
    "also present": "in_attendance",
    "officers present": "in_attendance",
    "officers in attendance": "in_attendance",
    "officers": "in_attendance",
    "staff": "in_attendance",
    "guests": "in_attendance",
    "observers": "in_attendance",
    "apologies": "apologies",
    "apologies for absence": "apologies",
    "apologies received": "apologies",
    "regrets": "apologies",
    "absent": "absent",
    "not present": "absent",
    "absent without apologies": "absent",
}
HONORIFICS = {
    "cllr": "Councillor", "councillor": "Councillor", "dr": None, "mr": None, "mrs": None, "ms": None,
    "miss": None, "prof": None, "professor": None, "rev": None, "revd": None, "sir": None, "dame": None,
    "mx": None, "lord": None, "lady": None, "alderman": "Alderman", "county councillor": "Councillor",
}
ORG_WORDS = re.compile(
    r"\b(council|trust|office|authority|university|police|commissioner|foundation|charity|school|academy|"
    r"association|ltd|limited|plc|project|club|college|service|federation|society|nhs|inc|community|institute)\b",
    re.I,
)
MEETING_WORDS = re.compile(
    r"\b(committee|meeting|board|panel|cabinet|senate|forum|call|sub-committee|assembly|agm|steering|"
    r"council meeting|governing body|working group)\b",
    re.I,
)
_ABBREV_DEF = re.compile(r"\b((?:(?:[A-Z][\w'&-]*|and|of|for|the|&)\s+){0,7}[A-Z][\w'&-]*)\s+\(([A-Z][A-Za-z]{0,3}(?:[ -][A-Za-z]{1,5})?s?)\)")
_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}$")
_INITIALS = re.compile(r"^[A-Z]{2,4}$")


_ATTENDANCE_WORDS = re.compile(r"\b(present|attendance|attendees|attending|apologies|absent|regrets)\b", re.I)


def attendance_kind(label: str) -> str | None:
    """The attendance a section label announces ("Cabinet Members present" -> present), or None."""
    low = label.lower().strip().rstrip(":")
    if low in ATTENDANCE_LABELS:
        return ATTENDANCE_LABELS[low]
    if len(low.split()) > 5 or not _ATTENDANCE_WORDS.search(low):
        return None
    if "apolog" in low or "regrets" in low:
        return "apologies"
    if "absent" in low:
        return "absent"
    if "in attendance" in low or "also" in low or low.startswith(("officer", "executive", "staff")):
        return "in_attendance"
    return "present"


def _label_of(line: str) -> tuple[str | None, str]:
    """Split "Label: value" (or "- Label value" for a known label); returns (label, value)."""
    core = line.strip().lstrip("-•*·").strip()
    m = re.match(r"^([A-Za-z][A-Za-z /&-]{1,40}?)\s*[:–-]\s*(.*)$", core)
    if m:
        return m.group(1).strip().lower(), m.group(2).strip()
    low = core.lower()
    rest_ok = not re.match(r"^\S+\s+(of|held|for|to|and)\b", low)
    for labels in (*FIELD_LABELS.values(), tuple(ATTENDANCE_LABELS)):
        for label in labels:
            if rest_ok and low.startswith(label + " ") and len(label) > 3:
                return label, core[len(label) :].strip()
    return None, core


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


def find_time(text: str) -> str | None:
    """A clock time as HH:MM (24h): "@ 10:30", "10.30 am", "7pm", "19:00"."""
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
    return None


def _clean_name(raw: str) -> tuple[str, str | None, str | None, bool]:
    """Strip honorifics and bracketed notes from a name; returns (name, role, abbrev, is_chair)."""
    text = raw.strip().strip(",;").strip()
    role: str | None = None
    abbrev: str | None = None
    is_chair = False
    notes = [n for group in re.findall(r"\(([^)]*)\)", text) for n in group.split(",")]
    for note in notes:
        low = note.strip().lower()
        if low in ("chair", "chairman", "chairperson", "chair of the meeting", "in the chair", "chairing"):
            is_chair = True
        elif low in ("vice-chair", "vice chair", "deputy chair") or low in ("minutes", "minute taker", "clerk", "secretary"):
            role = role or note.strip()
        elif _INITIALS.match(note.strip()) or re.fullmatch(r"[A-Z][A-Za-z]{0,3}(?:[ -][A-Za-z]{1,5})?", note.strip()):
            abbrev = note.strip()
        else:
            role = role or note.strip()
    text = re.sub(r"\s*\([^)]*\)", "", text).strip()
    words = text.split()
    while len(words) > 2 and words[0].lower().strip(".") in RANKS:
        rank = words.pop(0)
        role = role or rank
    while words and words[0].lower().strip(".") in HONORIFICS:
        honorific = words.pop(0).lower().strip(".")
        role = role or HONORIFICS[honorific]
    return " ".join(words), role, abbrev, is_chair


RANKS = {"district", "county", "parish", "town", "borough", "city", "chief", "superintendent", "inspector",
         "sergeant", "constable", "deputy", "assistant", "detective", "commander", "supt", "insp", "sgt"}


def _role_and_chair(role: str | None) -> tuple[str | None, bool]:
    """'Police and Crime Commissioner (PCC) - Chair' -> ('Police and Crime Commissioner (PCC)', True)."""
    if not role:
        return role, False
    m = re.search(r"\s*(?:[-–—,]\s*|\()\s*(?:chair|chairman|chairperson|chair of the meeting)\s*\)?\s*$", role, re.I)
    if m:
        return role[: m.start()].strip() or None, True
    if role.strip().lower() in ("chair", "chairman", "chairperson"):
        return role.strip(), True
    return role, False


def _split_role(role_text: str) -> list[tuple[str, str | None]]:
    """'Deputy X (DPCC) Deputy Chief Constable (DCC)' -> [('Deputy X', 'DPCC'), ('Deputy Chief Constable', 'DCC')]."""
    parts = re.findall(r"([^()]+?)\s*\(([^)]+)\)", role_text)
    if len(parts) >= 1 and re.sub(r"[^()]+?\s*\([^)]+\)", "", role_text).strip(" ,;") == "":
        return [(r.strip(" ,;"), a.strip()) for r, a in parts]
    return [(role_text.strip(), None)]


def _split_names(cell: str, count: int) -> list[str]:
    words = cell.split()
    if count <= 1 or len(words) < 2 * count:
        return [cell.strip()]
    if len(words) == 2 * count:
        return [" ".join(words[i : i + 2]) for i in range(0, len(words), 2)]
    return [cell.strip()]


def _entry_people(entry: str, attendance: str) -> list[tuple[Person, bool]]:
    """People in one attendance entry (a table row's cells or a list element)."""
    cells = [c.strip() for c in entry.split("\t") if c.strip()]
    out: list[tuple[Person, bool]] = []
    if len(cells) >= 2:
        name_cell, role_cell = cells[0], " ".join(cells[1:])
        role_cell, cell_chair = _role_and_chair(role_cell)
        role_cell = role_cell or ""
        roles = _split_role(role_cell)
        names = _split_names(name_cell, len(roles))
        if len(names) != len(roles):
            roles = [(role_cell, None)] if len(roles) > 1 else roles
            names = [name_cell]
        for name_raw, (role, abbrev) in zip(names, roles, strict=False):
            name, hon_role, abbr2, chair = _clean_name(name_raw)
            if name and _looks_like_name(name):
                person = Person(name=name, role=role or hon_role or None, abbrev=abbrev or abbr2, attendance=attendance)
                out.append((person, chair or cell_chair))
        return out
    text = cells[0] if cells else ""
    # "Name, Role (ABBR)" / "Name – Role" / "Cllr Name (Chair)" / "Dr Name (SK)"
    m = re.match(r"^(?P<name>[^,–—:]+?)\s*(?:,|–|—| - )\s*(?P<role>.+)$", text)
    if m and _looks_like_name(_clean_name(m.group("name"))[0]):
        name, hon_role, abbr, chair = _clean_name(m.group("name"))
        role_text, role_chair = _role_and_chair(m.group("role").strip())
        chair = chair or role_chair
        role_text = role_text or ""
        role_parts = _split_role(role_text)
        role, abbrev = role_parts[0] if len(role_parts) == 1 else (role_text, None)
        if role and role.lower().strip() in ("chair", "chairman", "chairperson"):
            chair, role = True, hon_role
        out.append((Person(name=name, role=role or hon_role, abbrev=abbrev or abbr, attendance=attendance), chair))
        return out
    name, role, abbrev, chair = _clean_name(text)
    if _looks_like_name(name):
        out.append((Person(name=name, role=role, abbrev=abbrev, attendance=attendance), chair))
    return out


def _looks_like_name(name: str) -> bool:
    if not name or not _NAME.match(name):
        return False
    return not MEETING_WORDS.search(name) and not ORG_WORDS.search(name)


def _split_entries(value: str) -> list[str]:
    """Split a list value into entries: semicolons first, then commas that separate names."""
    if "\t" in value:
        return [value]
    if ";" in value:
        return [p for p in (x.strip() for x in value.split(";")) if p]
    parts = []
    for part in (p.strip() for p in re.split(r",(?![^()]*\))", value) if p.strip()):
        pair = re.fullmatch(r"(.+?)\s+(?:and|&)\s+(.+)", part)
        if pair and all(_looks_like_name(_clean_name(x)[0]) for x in pair.groups()):
            parts.extend(pair.groups())
        else:
            parts.append(part)
    entries: list[str] = []
    for part in parts:
        name = _clean_name(part)[0]
        if entries and not _looks_like_name(name):
            entries[-1] = f"{entries[-1]}, {part}"  # a role following its name
        else:
            entries.append(part)
    return entries


def parse_header(text: str, end: int | None = None) -> HeaderResult:
    """Parse meeting facts and people from ``text[:end]`` (the block before the first item)."""
    end = len(text) if end is None else end
    block = text[:end]
    meeting: dict[str, str | dt.date | None] = {}
    people: list[Person] = []
    chair_from_list: str | None = None
    section: str | None = None
    first_lines: list[str] = []

    for raw in _field_lines(block):
        if re.fullmatch(r"(?:name|names|capacity|role|title|initials|position)s?:?", raw.strip().split("\t")[0].strip(), re.I) and (
            "\t" in raw.strip() or raw.strip().endswith(":")
        ):
            continue
        if not raw.strip():
            section = None if section and not raw.startswith("\t") else section
            continue
        if raw.strip().startswith("#"):
            first_lines.append(raw.strip().lstrip("#").strip())
            continue
        cells = raw.split("\t")
        lead = cells[0].strip()
        label, value = _label_of(lead) if lead else (None, "")
        if lead and label is None and attendance_kind(lead):
            label, value = lead.rstrip(":").lower(), ""
        if label and attendance_kind(label) and not (section and "\t" in raw and not lead.endswith(":")):
            section = attendance_kind(label)
            rest = "\t".join([value, *cells[1:]]).strip("\t ") if len(cells) > 1 else value
            entries = [rest] if "\t" in rest else _split_entries(rest)
        elif label and _field_of(label):
            field = _field_of(label)
            _set_field(meeting, field, value)
            section = None
            continue
        elif section and (not lead or raw.startswith(("\t", " ", "-", "•", "*"))):
            row = raw.strip().lstrip("-•*·").strip()
            entries = [row] if "\t" in row else _split_entries(row)
        elif section and _looks_like_name(_clean_name(re.split(r",|\t|\s[–—-]\s", raw.strip())[0])[0]):
            entries = _split_entries(raw.strip())
        else:
            if lead.lower().rstrip(":") in ("name", "names") or re.fullmatch(r"(name|capacity|role)s?:?", lead.lower()):
                continue
            if not any(c.strip() for c in cells[1:]) and re.fullmatch(r"[\s\t]*(name|capacity|role|initials)s?:?([\s\t]+(name|capacity|role|initials)s?:?)*", raw.strip(), re.I):
                continue
            section = None
            first_lines.append(raw.strip())
            continue
        for entry in entries:
            for person, is_chair in _entry_people(entry, section):
                people.append(person)
                if is_chair and chair_from_list is None:
                    chair_from_list = person.name

    _fill_from_prose(meeting, first_lines)
    if not meeting.get("chair") and chair_from_list:
        meeting["chair"] = chair_from_list
    abbreviations = find_abbreviations(text)
    for person in people:
        if person.abbrev is None and person.role:
            for abbr, expansion in abbreviations.items():
                if expansion.lower() == person.role.lower():
                    person.abbrev = abbr
    return HeaderResult(
        meeting=Meeting(**meeting),
        people=_dedupe_people(people),
        end=end,
        abbreviations=abbreviations,
    )


def _field_lines(block: str) -> list[str]:
    """Lines of the header, with several "Label: value" fields on one line split apart."""
    out: list[str] = []
    for line in block.splitlines():
        out.extend(re.split(r"\s{2,}(?=(?:Time|Venue|Location|Place|Chair|Date|Minutes|Clerk)\s*:)", line))
    return out


def _field_of(label: str) -> str | None:
    for field, labels in FIELD_LABELS.items():
        if label in labels:
            return field
    return None


def _set_field(meeting: dict, field: str, value: str) -> None:
    if not value:
        return
    if field == "date":
        found = find_date(value)
        if found and "date" not in meeting:
            meeting["date"] = found[0]
        time = find_time(value[found[2] :] if found else value)
        if time and "start_time" not in meeting:
            meeting["start_time"] = time
    elif field == "time":
        time = find_time(value)
        if time:
            meeting.setdefault("start_time", time)
    elif field in ("chair", "minute_taker"):
        name = _clean_name(re.split(r",|\s[–—-]\s", value)[0])[0]
        if name:
            meeting.setdefault(field, name)
    else:
        meeting.setdefault(field, value.strip().rstrip("."))


_HELD = re.compile(r"\bheld\s+(?:on|at)\s+(?P<rest>.+)$", re.I)


_PLACE_WORDS = re.compile(
    r"\b(room|hall|chamber|centre|center|house|library|office|offices|building|zoom|teams|online|virtual|"
    r"boardroom|pavilion|school|church|suite|jitsi|meet|webex)\b",
    re.I,
)


def _fill_from_prose(meeting: dict, lines: list[str]) -> None:
    """Title, body, date, time and venue from the header's free lines."""
    for i, line in enumerate(lines):
        found = find_date(line)
        if found and "date" not in meeting:
            meeting["date"] = found[0]
            tail = line[found[2] :]
            time = find_time(tail)
            if time:
                meeting.setdefault("start_time", time)
            if "venue" not in meeting:
                venue = _venue_after(tail) or _venue_before(line[: found[1]])
                nxt = lines[i + 1] if i + 1 < len(lines) else ""
                if not venue and nxt and _PLACE_WORDS.search(nxt) and not find_date(nxt) and len(nxt.split()) <= 12:
                    venue = nxt.strip().rstrip(".")
                if venue:
                    meeting["venue"] = venue
    candidates = [ln for ln in lines[:6] if not _is_held_line(ln) and not find_date(ln) and len(ln.split()) <= 16]
    if "title" not in meeting and candidates:
        titled = [ln for ln in candidates if MEETING_WORDS.search(_strip_minutes(ln))]
        title_line = titled[0] if titled else candidates[0]
        body, title = _title_and_body(title_line, lines)
        meeting["title"] = title
        org = [ln for ln in candidates if ln != title_line and ORG_WORDS.search(ln) and not MEETING_WORDS.search(ln)]
        if body or org:
            meeting.setdefault("body", body or org[0])


def _strip_minutes(line: str) -> str:
    return re.sub(r"^(minutes|notes)\s+of\s+(the\s+)?", "", line, flags=re.I)


def _is_held_line(line: str) -> bool:
    return bool(re.match(r"^(minutes|notes)\s+of\s+(the\s+)?(meeting|a meeting)\b(.*\bheld\b|\s+of\b)", line, re.I)) or (
        line.strip().upper() in ("MINUTES", "NOTES", "DRAFT MINUTES", "MEETING NOTES")
    )


def _venue_after(tail: str) -> str | None:
    """'at 19:00, Council Chamber, Harbour House' -> 'Council Chamber, Harbour House'."""
    tail = re.sub(r"^\s*(?:@|at|from)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?", "", tail, flags=re.I)
    tail = re.sub(r"^\s*(?:-|–|—)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?", "", tail, flags=re.I)
    m = re.match(r"^\s*(?:,|\bat\b|\bin\b|\bvia\b|–|—|-)\s*(?:the\s+)?(?P<venue>[A-Z].+?)\s*\.?$", tail)
    return m.group("venue").strip().rstrip(".") if m else None


def _venue_before(head: str) -> str | None:
    m = re.search(r"\bheld\s+(?:at|in)\s+(?:the\s+)?(?P<venue>[A-Z][^,]+?)\s*(?:,|\bon\b)\s*$", head)
    return m.group("venue").strip() if m else None


def _title_and_body(title_line: str, lines: list[str]) -> tuple[str | None, str]:
    line = re.sub(r"^(minutes|notes)\s+of\s+(the\s+)?", "", title_line, flags=re.I).strip()
    found = find_date(line)
    if found:
        line = (line[: found[1]] + line[found[2] :]).strip()
    line = re.sub(rf"\b({MONTHS})\s+\d{{4}}\b", "", line, flags=re.I)
    line = re.sub(r"\s*[–—-]\s*(meeting\s+notes|minutes|notes|draft|unconfirmed|confirmed)\s*$", "", line, flags=re.I)
    line = re.sub(r"\s*\b(meeting\s+notes|minutes)\s*$", "", line, flags=re.I)
    line = re.sub(r"\s+", " ", line).strip(" -–—,:")
    parts = [p.strip() for p in re.split(r"\s+[–—-]\s+|:\s+|\s*\|\s*", line) if p.strip()]
    if len(parts) == 2:
        org = [p for p in parts if ORG_WORDS.search(p) and not MEETING_WORDS.search(p)]
        if len(org) == 1:
            other = parts[1] if parts[0] == org[0] else parts[0]
            return org[0], other
    return None, line


def find_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations defined in brackets anywhere: 'Chief Superintendents (Ch Supts)' -> {'Ch Supts': ...}."""
    out: dict[str, str] = {}
    for m in _ABBREV_DEF.finditer(text):
        long, short = m.group(1), m.group(2)
        caps = [c.lower() for c in short if c.isupper()]
        words = long.split()
        # match the abbreviation's capitals to word initials from the end, skipping small words
        i, k = len(words) - 1, len(caps) - 1
        while i >= 0 and k >= 0:
            word = words[i]
            if word.lower() in _SMALL_WORDS:
                i -= 1
                continue
            if word[0].lower() != caps[k]:
                break
            i, k = i - 1, k - 1
        if k < 0:
            out.setdefault(short, " ".join(words[i + 1 :]))
    return out


_SMALL_WORDS = {"of", "and", "for", "the", "&", "in", "on", "to"}


def _dedupe_people(people: list[Person]) -> list[Person]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in people:
        key = (p.name.lower(), p.attendance)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


_NEXT_LINE = re.compile(r"(next\s+meeting|date\s+of\s+(the\s+)?next|future\s+meeting)", re.I)


def find_next_meeting(text: str, items: list[Item], meeting_date: dt.date | None) -> NextMeeting | None:
    """The next meeting's date, time, venue and kind from the closing item or a line anywhere."""
    scopes: list[tuple[int, int]] = [
        (it.start or 0, it.end or len(text)) for it in items if it.title and _NEXT_LINE.search(it.title)
    ]
    if not scopes:
        for m in _NEXT_LINE.finditer(text):
            line_end = text.find("\n", m.end())
            scopes.append((m.start(), len(text) if line_end < 0 else min(len(text), line_end + 200)))
    for s, e in reversed(scopes):
        chunk = text[s:e]
        body_lines = chunk.splitlines()
        heading = body_lines[0] if body_lines else ""
        rest = "\n".join(body_lines[1:]) if items and any(it.start == s for it in items) else chunk
        found = find_date(rest)
        if not found:
            continue
        date = found[0]
        if meeting_date and date <= meeting_date:
            continue
        after = rest[found[2] :]
        line_tail = after.split("\n", 1)[0]
        venue = _venue_after(line_tail)
        if venue:
            venue = re.sub(r"^\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*,?\s*", "", venue).strip() or None
        kind = None
        for line in rest.splitlines():
            stripped = line.strip().strip("•-* ")
            if stripped and not find_date(stripped) and re.search(r"\bmeeting\b", stripped, re.I) and len(stripped.split()) <= 8:
                kind = stripped.rstrip(".")
                break
        del heading
        return NextMeeting(date=date, start_time=find_time(line_tail), venue=venue, kind=kind)
    return None
