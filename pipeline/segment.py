"""Stage: segment the de-duplicated text into agenda items.

An item heading is a line that starts with a numbering token and continues with a short
title. The numbering schemes are data (``SCHEMES`` below): decimal paths (``1.``, ``2.1``),
letters and roman numerals (``a``, ``a)``, ``(b)``, ``ii.``), serial minute numbers (``41/24``,
``TB 01/25``, ``AB/24/15``, ``24/071``), ``Item 4``, Markdown headings, and upper-case headings
with no number in documents that number nothing.

Candidates are accepted with layout and continuity checks, so that numbered questions
("1. Can the CC ...?"), numbered list items inside an item and references in running text
("Agenda item 4a.3: Hate Crime") do not open new items:

- a title is short, has no sentence punctuation at its end and is not a question;
- a decimal number must continue the sequence seen so far (the next sibling, a first child,
  or a later top-level number), so "1." after "2.1" is a list entry, not an item;
- letters and roman numerals attach below the latest numbered item and must run in order.

Cost: one pass over the lines, linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.schema import Item

# OCR look-alikes (Cyrillic and Greek capitals and small letters) folded to Latin.
LOOKALIKES = str.maketrans(
    "АВСЕНКМОРТХаеорсухіјΑΒΕΖΗΙΚΜΝΟΡΤΥΧο",
    "ABCEHKMOPTXaeopcyxijABEZHIKMNOPTYXo",
)

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
MAX_TITLE_WORDS = 16

_DECIMAL = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?P<dot>\.?)(?:[ \t]+|$)(?P<title>.*)$")
_DECIMAL_LETTER = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})[ \t]?(?P<letter>[a-h])[.)]?[ \t]+(?P<title>.+)$")
_SERIAL = re.compile(
    r"^(?P<num>(?:[A-Z]{1,4}[ /]?)?\d{1,3}/\d{2,4}(?:/\d{1,3})?)\.?(?:[ \t]+[-–:]?[ \t]*|$)(?P<title>.*)$"
)
_ITEM = re.compile(
    r"^(?P<num>(?:Agenda\s+)?Item\s+(?P<n>\d{1,2})(?P<sub>[a-z])?)(?![.\d/])\s*[:.\-–]?\s*(?P<title>.*)$", re.I
)
_PAREN = re.compile(r"^\((?P<tok>[a-z]{1,4}|[ivx]{1,5})\)[ \t]+(?P<title>.+)$")
_CLOSE = re.compile(r"^(?P<tok>[a-z]|[ivx]{1,5})[.)][ \t]+(?P<title>.+)$")
_BARE_LETTER = re.compile(r"^(?P<tok>[a-hj-z\u0430-\u044f\u0410-\u042f])[ \t]+(?P<title>[A-Z\u0410-\u042f].*)$")
_MARKDOWN = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<rest>.+?)[ \t#]*$")
_UPPER_HEADING = re.compile(r"^[A-Z][A-Z0-9 ,/&'()\-–:]{3,80}$")


@dataclass
class _Candidate:
    start: int
    end: int
    scheme: str  # decimal | letter | roman | serial | item | markdown | upper
    number: str
    key: str  # canonical token for this level: "2.1", "a", "iv", "41/24"
    title: str
    depth: int = 0  # markdown heading depth


def fold(text: str) -> str:
    """Fold OCR look-alike letters to Latin ones."""
    return text.translate(LOOKALIKES)


def _title_ok(title: str, *, allow_empty: bool = False) -> bool:
    title = title.strip()
    if not title:
        return allow_empty
    if title.endswith("?"):
        return False
    words = title.split()
    if len(words) > MAX_TITLE_WORDS:
        return False
    # A sentence, not a heading: long and ends with a full stop.
    return not (title.endswith(".") and len(words) > 6)


def _line_candidates(text: str, start: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    pos = start
    for raw_line in text[start:].splitlines(keepends=True):
        line_start, pos = pos, pos + len(raw_line)
        stripped = raw_line.strip()
        if not stripped:
            continue
        lead = len(raw_line) - len(raw_line.lstrip())
        s, e = line_start + lead, line_start + len(raw_line.rstrip())
        cand = _classify_line(stripped.replace("\t", " "), s, e)
        if cand is not None:
            out.append(cand)
    return out


def _classify_line(line: str, s: int, e: int) -> _Candidate | None:
    md = _MARKDOWN.match(line)
    if md:
        rest = md.group("rest").strip().strip("*")
        inner = _classify_line(rest, s, e) if rest else None
        depth = len(md.group("hashes"))
        if inner is not None and inner.scheme in ("decimal", "serial", "item"):
            inner.depth = depth
            return inner
        return _Candidate(s, e, "markdown", "", "", rest, depth) if _title_ok(rest) else None
    m = _ITEM.match(line)
    if m and _title_ok(m.group("title"), allow_empty=True):
        key = m.group("n") + ("." + m.group("sub").lower() if m.group("sub") else "")
        return _Candidate(s, e, "item", m.group("num"), key, m.group("title").strip())
    m = _SERIAL.match(line)
    if m and _title_ok(m.group("title"), allow_empty=True):
        return _Candidate(s, e, "serial", m.group("num"), m.group("num"), m.group("title").strip())
    m = _DECIMAL_LETTER.match(line)
    if m and "." in m.group("num") and _title_ok(m.group("title")):
        key = f"{m.group('num')}.{m.group('letter')}"
        return _Candidate(s, e, "decimal", line[: m.start("title")].strip(), key, m.group("title").strip())
    m = _DECIMAL.match(line)
    if m and (m.group("dot") or "." in m.group("num")) and _title_ok(m.group("title")):
        num = m.group("num")
        return _Candidate(s, e, "decimal", num + m.group("dot"), num, m.group("title").strip())
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
    if _UPPER_HEADING.match(line) and len(line.split()) <= 10 and not line.endswith(":"):
        return _Candidate(s, e, "upper", "", "", line)
    return None


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


def _letter_index(tok: str) -> int:
    return ord(tok) - ord("a") if len(tok) == 1 else -1


def segment_items(text: str, start: int = 0) -> list[Item]:
    """Find agenda items in ``text`` from ``start`` on; offsets point into ``text``.

    Returns items in document order with canonical ids, levels and parents; each item's span
    runs from its heading to the next heading at the same or a higher level (or the end).
    """
    cands = _line_candidates(text, start)
    numbered = [c for c in cands if c.scheme not in ("upper", "markdown")]
    use_upper = len(numbered) < 2
    md_depths = sorted({c.depth for c in cands if c.scheme == "markdown" or c.depth})

    items: list[Item] = []
    ids: set[str] = set()
    seen_decimal: list[tuple[int, ...]] = []
    seen_item_numbers: list[int] = []
    anchor: Item | None = None  # latest numbered (decimal/serial/item) heading
    sub_last: dict[str, str] = {}  # anchor id -> last letter/roman token used below it
    unnumbered = 0
    top_md = md_depths[0] if md_depths else 0

    for c in cands:
        item: Item | None = None
        if c.scheme == "decimal":
            path = tuple(int(p) for p in c.key.split(".") if p.isdigit())
            letter = c.key.split(".")[-1] if not c.key.split(".")[-1].isdigit() else None
            if letter:
                parent_id = ".".join(str(p) for p in path)
                item_id = f"{parent_id}.{letter}"
                if item_id in ids:
                    continue
                item = Item(id=item_id, number=c.number, title=c.title or None, level=len(path) + 1,
                            parent=parent_id if parent_id in ids else None)
            else:
                if not _decimal_follows(path, seen_decimal):
                    continue
                seen_decimal.append(path)
                item_id = ".".join(str(p) for p in path)
                parent = ".".join(str(p) for p in path[:-1]) or None
                item = Item(id=item_id, number=c.number, title=c.title or None, level=len(path),
                            parent=parent if parent in ids else None)
            anchor = item
        elif c.scheme in ("serial", "item"):
            if c.scheme == "item" and "." in c.key:
                base, sub = c.key.split(".")
                item_id = f"{base}.{sub}"
                item = Item(id=item_id, number=c.number, title=c.title or None, level=2,
                            parent=base if base in ids else None)
            else:
                item_id = re.sub(r"\s+", " ", c.key)
                if item_id in ids:
                    continue
                if c.scheme == "item":
                    n = int(c.key)
                    last_n = seen_item_numbers[-1] if seen_item_numbers else None
                    if (last_n is None and n > 3) or (last_n is not None and not last_n < n <= last_n + 3):
                        continue
                    seen_item_numbers.append(n)
                item = Item(id=item_id, number=c.number, title=c.title or None, level=1, parent=None)
                anchor = item
        elif c.scheme in ("letter", "roman", "roman?"):
            last = sub_last.get(anchor.id if anchor else "")
            tok = c.key
            if c.scheme == "roman?" and not (last and last in ROMAN and tok == _next_roman(last)):
                # "i"/"v"/"x": a letter when it follows the letter before it
                if last and len(last) == 1 and _letter_index(tok) == _letter_index(last) + 1 or tok == "i" and last is None:
                    pass
                else:
                    continue
            if last is None:
                if tok not in ("a", "i"):
                    continue
            elif tok in ROMAN and last in ROMAN and tok == _next_roman(last) or len(tok) == 1 and len(last) == 1 and _letter_index(tok) == _letter_index(last) + 1:
                pass
            else:
                continue
            base = anchor.id if anchor else None
            item_id = f"{base}.{tok}" if base else tok
            if item_id in ids:
                continue
            sub_last[base or ""] = tok
            item = Item(id=item_id, number=c.number, title=c.title or None,
                        level=(anchor.level + 1) if anchor else 1, parent=base)
        elif c.scheme == "markdown" or (c.scheme == "upper" and use_upper):
            if c.scheme == "markdown" and c.depth == 1 and top_md == 1 and not items:
                continue  # "# Title" is the document title
            unnumbered += 1
            item = Item(id=f"u{unnumbered}", number=None, title=c.title, level=1, parent=None)
        if item is None or item.id in ids:
            continue
        item.start = c.start
        items.append(item)
        ids.add(item.id)

    _close_spans(items, len(text))
    return items


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


def item_at(items: list[Item], offset: int) -> Item | None:
    """The innermost item whose span contains ``offset`` (None before the first item)."""
    best: Item | None = None
    for item in items:
        inside = item.start is not None and item.end is not None and item.start <= offset < item.end
        if inside and (best is None or item.level >= best.level):
            best = item
    return best
