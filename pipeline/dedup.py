"""De-duplication: turn an extracted text layer into the text as the original document reads.

PDF text layers of minutes repeat passages as overlapping "windows" that start and stop at
different points, interleave table columns with TABs, detach bullets from their text and
scatter running headers and page numbers. This stage treats the input like overlapping
reads of one original and assembles them back into one copy, in reading order.

How it works
------------
0. **Columns**: a table laid out with runs of spaces (a PDF text layer of a Topic | Discussion |
   Action grid) writes its cells side by side, line by line. When the cells of at least three rows
   wrap side by side, the table is first re-read cell by cell, each cell's paragraphs on lines of
   their own (``_column_reading``); the steps below run on that reading and the spans are traced
   back through it. Tables whose rows are one line, or wrap one cell only, stay as written.
1. **Page furniture** is removed line by line: page numbers ("Page 3 of 7", lone numbers),
   running headers/footers (a line that recurs next to page numbers), lone bullets, stray
   column-header rows ("Name:<TAB>Capacity:", a lone "ACTION" cell) and a garbled duplicate of
   the heading that follows it ("Demostic violence and church" before "Domestic violence ...").
2. **Tokens**: every remaining line is split into cells at TABs and the cells into
   whitespace-separated words, each with its character offsets. A word's *key* is NFKC,
   lower-case, without surrounding punctuation; inline markup (``<i>``) is ignored and a word
   hyphenated across a line break is read as one word, so matching does not care about
   whitespace, line breaks or hyphenation. A cell is one "fragment" (one read of the original).
3. **Assembly** walks the words once, in input order, keeping the output as a linked list of
   first occurrences and a hash index of every word k-gram seen so far
   (k = ``min_repeat_words``; rolling polynomial hashes computed in bulk). A word covered by
   an indexed k-gram is a repeat; a maximal run of repeats is dropped when it is a window
   duplicate: it holds at least k words of one fragment, and it is long (at least ``5 * k`` words), or it touches a fragment edge on both
   sides (the new read starts or stops there, or the earlier read did; at least one edge must
   be the new read's), and it is not exactly one sentence. New words are linked in after the word before them; a fragment that *starts*
   with new words and then runs into known text is linked in *before* that text, which is how
   windows that come out of order are put back in reading order. Words of a fragment with no
   anchor at all go to the end.
4. **Output** copies the original separators between words that were adjacent in the input
   (so clean text passes through byte-identical), reads text-layer rows with empty cells as
   "NUMBER TEXT ACTION" with single spaces, keeps TABs in header attendance rows and well-formed
   table rows (one framed by empty edge cells loses only its outer TABs), and records for every kept span
   where it came from in the input.

What is *not* removed: repeats shorter than ``min_repeat_words`` words (formulaic lines such
as "None", "Actions arising:", "The CC responded that"), a repeated phrase whose two copies
sit inside different text on both sides, a repeated whole sentence (the same sentence in
two items), a heading restated inside the sentence under it (also a numbered heading's title
repeated inside a sentence: "2.1 Minutes of the meeting held on ..." above "The minutes of the
meeting held on ... were agreed.", also when the heading goes on: "2. Minutes of ... and action
log"; and a summary line labelling a value with a heading's title: "Area B – Prevention: Partial"),
and a short cell of a table row of three or more cells that repeats words from inside running text
(an action table's "Writing action plan to ..." after the minute that asked for it).

Cost
----
Time and memory are O(n * k + c) for n input words and c characters (k is a small constant,
8 by default); growth is linear in the text size (``evaluation/benchmarks/bench_dedup.py``
shows it from 10 KB to 10 MB, about a fifth of the time spaCy's blank tokenizer takes).

- Per character, only vectorised numpy passes: word offsets, which words have punctuation at
  an edge or non-ASCII letters, letter checksums per line, and which gaps between words hold
  blanked-out ink or TABs (sorted positions and binary search, not prefix sums over the text).
- Per line, a few string tests (page marker, bullet, title-like). Only lines whose letter
  checksum matches a line beside a page marker are shaped and grouped as possible running
  headers; a garbled-heading candidate is compared with difflib only when the bit-parallel
  longest-common-subsequence bound (O(length) integer steps) says its ratio can reach 0.6.
- Per word: one key (lower-casing and splitting the whole text at once; only words with edge
  punctuation are stripped and only non-ASCII words NFKC-normalised) and one hash, then k
  vectorised passes for the k-gram hashes and one sort to find the k-grams that occur twice.
- Assembly walks word by word only where such a k-gram could cover a word (O(1) dictionary
  and linked-list steps, a look-ahead of at most four list nodes). Every other stretch is
  linked as whole blocks whose inner links are already in input order, so a block costs O(1)
  however long; the output order is read back block by block. Clean text is almost all
  blocks, so the per-word Python work is proportional to the repeated text, not the input.
- Output copies each verbatim stretch of the input as one slice; the stretches are found in
  bulk, so Python work is per stretch, not per word.
"""

from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import accumulate, chain, compress

import numpy as np

from pipeline.lexicon import RECORDING_TIME
from pipeline.schema import DedupResult, DedupSpan

DEFAULT_MIN_REPEAT_WORDS = 8
"""A repeat shorter than this many words is never removed (formulaic lines, stock phrases)."""

LONG_REPEAT_FACTOR = 5
"""A repeat of at least ``LONG_REPEAT_FACTOR * min_repeat_words`` words is a window duplicate
wherever it sits (unless it is exactly one sentence)."""

HEADING_MAX_WORDS = 16
"""A cell of at most this many words whose last word closes no sentence reads as a heading."""

MAX_GARBLED_PROSE_WORDS = 8
"""A garbled heading copy longer than this many words (a heading row with its lead and paper cells)
is taken only before a heading row, not before a numbered paragraph that ends a sentence: so long a
line shares enough words with a paragraph's opening to pass for a copy of it."""

ROW_KEY_MAX_WORDS = 4
"""The first cell of a table row framed by a trailing empty cell is a key (a number, a reference
such as "JAC 24/13", a name) of at most this many words."""

FIELD_LABEL_WORDS = 3
"""A field line's label ("Presented by:", "Paper ref:", "Lead officer:") is at most this many words."""

FIELD_LINE_MAX_WORDS = 10
"""A field line ("Presented by: Ann Lee, Head of Governance") is short; a longer labelled line
("ACTION: The Clerk to write to the county council about the verges") said twice as a whole line is a
text-layer window."""

EDGE_SLACK = 2
"""A repeat "touches" a fragment edge when at most this many words (a clipped word such as
"en" or "orted") lie between it and the edge."""

ROW_TITLE_MAX_WORDS = 12
"""The title in a table row's first cells ("3.1 Schedule and milestones") is at most this many words."""

ROW_TEXT_MIN_WORDS = 6
"""The cell after a row's number and title is its text (the minutes of the item) when it holds at least
this many words; a shorter one is a lead, a paper or a status cell ("Treasurer", "Paper C")."""

PLAIN, TABLE, ATTENDANCE, KEPT_TABLE, EDGED_TABLE = 0, 1, 2, 3, 4
"""Line kinds. TABLE: a text-layer row with empty cells or a stray column header, read as
"NUMBER TEXT ACTION" on one line. ATTENDANCE (header rows) and KEPT_TABLE (a well-formed
table, every cell filled) keep their TABs. EDGED_TABLE: a table row whose only empty cells are
at its ends ("<TAB>HT<TAB>Review the plan<TAB>next FGB<TAB>"); it keeps the TABs between its
cells and loses those at its ends."""

_PAGE_RE = re.compile(
    r"^\s*(?:(?:page|slide)\s+(?P<page>\d{1,4})(?:\s*(?:of|/)\s*(?P<of>\d{1,4}))?|[-–]?\s*\d{1,4}\s*[-–]?"
    r"|(?P<npage>\d{1,4})\s*/\s*(?P<nof>\d{1,4}))\s*$",
    re.IGNORECASE,
)
# A running footer that ends with its page's worded number after a dash or a bar ("Quality Committee
# minutes – 10 March 2022 – Page 3 of 7"): the number changes from page to page, so the line is no
# repeat, but it is the page's furniture all the same.
_FOOTER_PAGE_RE = re.compile(r"\s[–—|-]\s*page\s+(?P<page>\d{1,4})\s+of\s+(?P<of>\d{1,4})\s*$", re.I)
_LONE_BULLET_RE = re.compile(r"^\s*[•●▪◦·]\s*$")
# A line of three or more scattered specks, each one or two marks without a letter or digit
# ("  .  ' ,   ·  ._ "): dust a scanner read as ink.
_SPECKS_RE = re.compile(r"^\s*(?:[^\w\s]|_){1,2}(?:\s+(?:[^\w\s]|_){1,2}){2,}\s*$")
SPECK_KINDS = 3
"""Scanner specks are marks of at least this many kinds; fewer kinds are a rule or a separator
("* * *", "- - -", "| | |")."""
_COLUMN_HEADER_CELLS = frozenset({"ACTION", "ACTIONS", "ACTION BY", "OWNER", "Name:", "Capacity:", "Role:"})
_TABLE_DROP_CELLS = frozenset({"ACTION", "ACTIONS", "ACTION BY", "OWNER"})
# The summary a meeting bot writes after the log ("Action items, by person"): each action again under
# each of its owners, so an action of two owners is there twice. Nothing below it is a window repeat.
_REGROUPED_SUMMARY_RE = re.compile(r"^[ \t]*Action items, by person[ \t]*$", re.M | re.I)
_ATTENDANCE_LABEL_RE = re.compile(r"^[A-Z][A-Za-z ]{1,30}:$")
_ITEM_NUMBER_RE = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-Za-z\u0400-\u04ff][.)]?|\([A-Za-z]\)|[ivx]+[.)])$")
# Digits in groups joined by "/", "." or "-", perhaps closed by a stop ("24/2", "23/24-02", "24.19.").
_NUMBER_GROUPS = r"\d{1,4}(?:[/.-]\d{1,4})+\.?"
# A minute reference: the groups after an optional upper-case series prefix and its slash ("QPC/24/66").
_MINUTE_REF_RE = re.compile(rf"^(?:[A-Z]{{1,8}}/)?{_NUMBER_GROUPS}$")
# A heading's serial number, the committee's letters perhaps written onto the year ("QC23/045",
# "FB/23/32", "41/24"): a garbled copy of such a heading may come before it as one of a plain number does.
_SERIAL_HEADING_RE = re.compile(rf"^(?:[A-Z]{{1,8}}/?)?{_NUMBER_GROUPS}$")
# An upper-case series prefix written as a word of its own before a minute number ("FB 23/24-02").
_SERIES_PREFIX_RE = re.compile(r"^[A-Z]{1,8}$")
# The label before an item's number ("Agenda item 4", "Minute No. 12") and a recording's time opening
# the heading line ("[00:02:40] Item 2 – ..."): the lead-in of a heading number.
_ITEM_LABEL_RE = re.compile(r"^(?:agenda|item|minute|no\.?)$", re.I)
_RECORDING_TIME_RE = re.compile(rf"^{RECORDING_TIME}$")
LEAD_WORDS = 4
"""A heading number's lead-in is at most this many words ("[00:02:40] Agenda item 2")."""
NOTE_MAX_WORDS = 4
"""A note in brackets after a heading's title ("(Paper A)", "(Pages 7 - 18)") is at most this many words."""
# A government protective marking set as a page's header or footer ("OFFICIAL", "OFFICIAL-SENSITIVE",
# "NOT PROTECTIVELY MARKED"): furniture on every page, the first one included.
_PROTECTIVE_MARKING = r"(?:OFFICIAL(?:[- ]SENSITIVE)?|NOT PROTECTIVELY MARKED|UNCLASSIFIED)"
_PROTECTIVE_MARKING_RE = re.compile(rf"^\s*{_PROTECTIVE_MARKING}\s*$")
# The same marking written on a page number's line, before or after it ("Page 4 of 4 OFFICIAL").
_MARKING_BESIDE_RE = re.compile(rf"^\s*{_PROTECTIVE_MARKING}\s+|\s+{_PROTECTIVE_MARKING}\s*$")
# A line number in the left margin before the line's text, set off by a wide gap ("25    2. Minutes ...").
_MARGIN_GAP = r"(?: {2,}|\t)"
_MARGIN_NUMBER_RE = re.compile(rf"^(\d{{1,4}}){_MARGIN_GAP}(?=\S)")
MARGIN_STEPS = (5, 10)
"""Margin line numbers count every fifth or every tenth line."""
MIN_MARGIN_NUMBERS = 4
"""A run of at least this many margin numbers shows the layout; fewer may be figures or list numbers."""
# The gap between two words that a blanked margin number sat in: line breaks, then the number's line start.
_MARGIN_GAP_RE = re.compile(rf"^(\s*\n)\d{{1,4}}{_MARGIN_GAP}$")
_WORD_RE = re.compile(r"\S+")
_DIGITS_RE = re.compile(r"\d+")
_FURNITURE_MAX_CHARS = 120  # running headers, footers and garbled headings are short lines
# inline HTML left in PDF text layers ("<i>...</i>"); only real tag names, so that chat
# transcripts' "<nick>" speakers are text
_TAG_RE = re.compile(r"</?(?:i|b|u|em|strong|span|sup|sub|br|p|font|small|big|a)(?:\s[^<>]{0,60})?/?>", re.I)
_HYPHENATED_RE = re.compile(r"^[A-Za-z]{2,}-$")
# A table row's line up to the end of its title: an item number and a title, in one cell or two ("3.1
# Schedule and milestones", "3.<TAB>Programme status"), the title not ending a sentence.
_ROW_HEADING_RE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+[^\t\n]*[^\s.?!]")
# The closing rule of a wiki-style heading ("== Trademark policy =="): the heading is whole there, so a
# page break after it does not make the next page's first line run on from it.
_HEADING_CLOSER_RE = re.compile(r"={2,}$")
HYPHEN_PREFIXES = frozenset({"self", "non", "vice", "multi"})
"""First parts that keep their hyphen at a line break. In the train/dev clean texts, words
starting "self-" (37), "non-" (110), "vice-" (78), "multi-" (15) are hyphenated and the joined
forms are (almost) absent (0, 1, 0, 1). Prefixes that are not on the list, with the evidence:
"co-" ("coordinator" etc. 34 joined against "co-ordinator" 1), "re-" before a vowel
("reassurance" 71, "reuse" 11), "well-" ("wellbeing" 19, "well-known"/"well-led" 2), "post-" and
"cross-" (the corpus breaks "post-/graduate", "cross-/ing" are joined words). A document that
spells such a word hyphenated elsewhere still keeps the hyphen."""
HYPHENATED_STARTS = ("co-op", "pre-a", "pre-e", "pre-i", "pre-o", "pre-u")
"""Starts of words written hyphenated although their first part is not always: "co-opted",
"co-op", "co-operative" (28 against "cooperative" 1) and "pre-" before a vowel ("pre-election",
"pre-award": 8 against "preemption" 2; before a consonant a break is a syllable, "pre-/vious")."""
_PUNCT = string.punctuation + "“”‘’«»•–—…·●▪◦"
_CLOSERS = "\"'”’)]*"
_OPENERS = "(["  # a bracketed aside wrapped onto the next line opens it: "(paper B) were approved"
_HASH_BASE = np.uint64(1_000_003)
_LOOKAHEAD = 4


# --------------------------------------------------------------------------- lines


@dataclass
class _Lines:
    """The input's lines as parallel lists (no object per line: long inputs have many lines).

    ``start[i]`` is the offset of ``text[i]``, whose newline belongs to no line; ``kind`` and
    ``drop`` are filled in by ``_classify_lines``."""

    text: list[str]
    start: list[int]
    kind: list[int]
    drop: list[bool]
    margin: list[int]  # characters of a left-margin line number to blank at the line's start

    def end(self, i: int) -> int:
        return self.start[i] + len(self.text[i])


def _split_lines(text: str) -> _Lines:
    """Split ``text`` at newlines, with offsets."""
    texts = text.split("\n")
    starts = [0, *accumulate(len(t) + 1 for t in texts[:-1])]
    return _Lines(texts, starts, [PLAIN] * len(texts), [False] * len(texts), [0] * len(texts))


def is_page_marker(line: str) -> bool:
    """A page number line: "Page 3 of 7", "Slide 3 of 11", "3/7", "- 3 -", a lone number, or a form feed;
    a worded one may share its line with the page's protective marking ("Page 4 of 4 OFFICIAL").

    A page's number never exceeds the page count, so "45/22" on a line of its own is no page
    marker: it is a minute number over the year, set below its title on committee websites."""
    if "\f" in line:
        return True
    if (m := _FOOTER_PAGE_RE.search(line)) and line[: m.start()].strip():
        return int(m.group("page")) <= int(m.group("of"))
    bare = _MARKING_BESIDE_RE.sub("", line)
    m = _PAGE_RE.match(bare)
    if m is None or (bare != line and m.group("page") is None):
        return False  # beside a protective marking only a worded marker ("Page 4 of 4") is a page's
    page, count = m.group("page") or m.group("npage"), m.group("of") or m.group("nof")
    return count is None or int(page) <= int(count)


def is_scanner_specks(line: str) -> bool:
    """A line of scattered marks of several kinds and no letter or digit ("  .  ' ,   ·  ._ "): specks
    of dust an OCR pass read as punctuation. Rules and separators ("* * *", "| --- | --- |") are
    one or two kinds of mark, or runs of them, and stay."""
    return bool(_SPECKS_RE.match(line)) and len(set("".join(line.split()))) >= SPECK_KINDS


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]


def _is_column_header_row(line: str) -> bool:
    """A TAB row whose only contents are column headers ("Name:<TAB>Capacity:", "<TAB><TAB>ACTION").
    The headers close the row, as a table's right-hand column does: a lone word with a TAB on
    either side ("<TAB>ACTIONS<TAB>") is a line set in a cell of its own, such as a section heading."""
    if "\t" not in line:
        return False
    row = _cells(line)
    cells = [c for c in row if c]
    return bool(cells) and bool(row[-1]) and all(c in _COLUMN_HEADER_CELLS for c in cells)


def _lone_wrapped_cell(cells: list[str]) -> bool:
    """Whether a TAB row holds one word in a cell of its own with empty cells on both sides
    ("<TAB>ACTIONS<TAB>"): a line such as a section heading set in a cell, not a stray column
    header (those close their row: "<TAB><TAB>ACTION")."""
    return (
        len(cells) >= 3
        and not cells[0]
        and not cells[-1]
        and sum(1 for c in cells if c) == 1
        and (" " not in next(c for c in cells if c))
    )


def _shape(line: str) -> str:
    """A line with digits masked, case and spacing folded: running headers compare equal."""
    return " ".join(_DIGITS_RE.sub("#", line.lower()).split())


def _letter_checksums(codes: np.ndarray) -> tuple[list[int], list[bool]]:
    """Per line of the text with code points ``codes``: a checksum of its ASCII letters,
    lower-cased (their count and the sum of their codes), and whether it holds non-ASCII
    characters. Computed in bulk. Two ASCII lines with the same ``_shape`` have the same
    checksum, since shaping keeps the letters and only lower-cases them; that is all it is for."""
    folded = codes | 32  # ASCII upper case to lower case; other letters are not counted
    letter = (folded >= 97) & (folded <= 122) & (codes < 128)
    starts = np.concatenate(([0], np.flatnonzero(codes == 10) + 1))
    full = starts[starts < len(codes)]  # a last, empty line (text ending in a newline) has no sums
    sums = np.zeros(len(starts), dtype=np.int64)
    wide = np.zeros(len(starts), dtype=bool)
    if len(full):
        letters = np.where(letter, folded, 0)
        sums[: len(full)] = np.add.reduceat(letters, full, dtype=np.int64)
        sums[: len(full)] += np.add.reduceat(letter, full, dtype=np.int64) << 32
        wide[: len(full)] = np.maximum.reduceat(codes, full) > 127
    return sums.tolist(), wide.tolist()


def _shape_checksum(shape: str) -> int:
    """``_letter_checksums`` of one shaped (lower-case) line."""
    return sum(ord(ch) + (1 << 32) for ch in shape if "a" <= ch <= "z")


def _slashed_number(line: str) -> tuple[str, str] | None:
    """The two numbers of a line that is only "N/M" ("12/22", " 3 / 7 "), as written; None for any
    other line (also "Page 3/7")."""
    if "/" not in line:
        return None
    m = _PAGE_RE.match(line)
    return m.group("npage", "nof") if m and m.group("npage") else None


def _year_numbers_kept(texts: list[str], markers: list[int]) -> list[int]:
    """``markers`` without the "N/M" lines whose M is a year: when another line of the same shape
    runs past M ("45/22" beside "12/22"), M is no page count, so "12/22" is a minute number over
    the year as well, not page 12 of 22."""
    slashed = [pair for t in texts if (pair := _slashed_number(t))]
    years = {count for page, count in slashed if int(page) > int(count)}
    if not years:
        return markers
    return [i for i in markers if not ((pair := _slashed_number(texts[i])) and pair[1] in years)]


_ITEM_NUMBER_DIGITS = 2
"""An item number cell is at most this many digits; a longer lone number ("2022") is a figure or a year."""


def _worded_page_marker(line: str) -> bool:
    """A page marker that names itself ("Page 3 of 7", "Slide 3"), not a lone number."""
    m = _PAGE_RE.match(line)
    return m is not None and m.group("page") is not None


def _lone_numbers_kept(texts: list[str], markers: list[int]) -> list[int]:
    """``markers`` without the lone numbers ("4") when the text numbers its pages in words ("Page 2
    of 7"): a document numbers its pages one way, so beside such markers a number alone on a line is
    something else, such as an item number (one or two digits) a flattened table set on a line of its own,
    above its title."""
    if not any(_worded_page_marker(texts[i]) for i in markers):
        return markers
    return [
        i
        for i in markers
        if not (texts[i].strip().isdigit() and len(texts[i].strip()) <= _ITEM_NUMBER_DIGITS)
    ]


def _leads_page(line: str) -> bool:
    """Whether ``line`` is a page's first line of text with the page break's form feed before it, as
    pdftotext writes it ("\\fseveral nights."): the break lies before the line, whose text is kept."""
    return "\f" in line and not is_page_marker(line.replace("\f", "")) and bool(line.strip())


def _mark_running_furniture(codes: np.ndarray, lines: _Lines) -> None:
    """Drop page markers and the lines that recur beside them (running headers/footers).

    A line is furniture when it sits right next to a page marker (blank lines aside) or ends the
    text (the last page's footer) at least twice and never elsewhere, or when it repeats the document's first line (the title reused as
    a running header); that first line stays as the title unless it is a protective marking ("OFFICIAL").
    A running header of two lines ("Northgate Water Ltd" over "Board minutes – 3 May 2024")
    has only its first line beside the marker, so the lines beside the furniture found are looked at
    once more: the second line recurs beside the first on every page, and nowhere else. A line beside
    it on some pages only ("RESOLVED:" opening two pages under the council's name) is the text's own."""
    texts, drop = lines.text, lines.drop
    found = [i for i, t in enumerate(texts) if is_page_marker(t) and t.strip()]
    markers = _lone_numbers_kept(texts, _year_numbers_kept(texts, found))
    if not markers:
        return
    content = [i for i, t in enumerate(texts) if t.strip()]
    for m in markers:
        drop[m] = not _leads_page(texts[m])
    checksums = _letter_checksums(codes)
    for header in _drop_recurring_beside(lines, content, markers, checksums):
        _drop_recurring_beside(
            lines, content, header, checksums, max(2, len(header)), _title_second_line(lines, content, header)
        )


def _title_second_line(lines: _Lines, content: list[int], header: list[int]) -> int:
    """The line a running header's second line may also stand on outside the furniture: when the header's first
    line is the document's first line too ("Northgate Water Ltd" heading the first page as its title), the
    first page carries the whole header as its title, so its second line ("Audit Committee") is the title's
    second line, kept there like the first. Otherwise the first line, as for any header."""
    first = content[0]
    if len(content) > 1 and _shape(lines.text[first]) == _shape(lines.text[header[0]]):
        return content[1]
    return first


def _beside(content: list[int], anchors: list[int]) -> set[int]:
    """The content lines next to each anchor line (blank lines aside) and the text's last line (the
    last page ends the text: its footer has no page marker after it)."""
    rank = {i: r for r, i in enumerate(content)}
    near = {content[-1]}
    for a in anchors:
        r = rank[a]
        near.update(content[max(0, r - 1) : r + 2])
    return near


def _drop_recurring_beside(
    lines: _Lines,
    content: list[int],
    anchors: list[int],
    checksums: tuple[list[int], list[bool]],
    times: int = 2,
    title: int | None = None,
) -> list[list[int]]:
    """Drop the short lines of one shape that recur beside ``anchors`` at least ``times`` times and never
    elsewhere (see :func:`_mark_running_furniture`) but as the title, ``title`` (the document's first line unless
    told); return the lines dropped, one list per shape."""
    texts, drop = lines.text, lines.drop
    near = _beside(content, anchors)
    short = [i for i in content if not drop[i] and len(texts[i]) <= _FURNITURE_MAX_CHARS]
    # Only a shape seen beside a page marker can make furniture. Lines that cannot share such a
    # shape (their letter checksum differs from every one beside a marker) are not shaped at all.
    sums, wide = checksums
    beside_lines = [i for i in short if i in near]
    beside_shapes = [_shape(texts[i]) for i in beside_lines]
    beside = set(beside_shapes)
    beside_sums = {
        _shape_checksum(shape) if wide[i] else sums[i]
        for i, shape in zip(beside_lines, beside_shapes, strict=True)
    }
    occurrences: dict[str, list[int]] = defaultdict(list)
    for i in short:
        if wide[i] or sums[i] in beside_sums:
            shape = _shape(texts[i])
            if shape in beside:
                occurrences[shape].append(i)
    dropped: list[list[int]] = []
    for found in occurrences.values():
        close = [i for i in found if i in near]
        away = [i for i in found if i not in near]
        if close and (len(close) >= times and not away or away == [content[0] if title is None else title]):
            for i in close:
                drop[i] = True
            dropped.append(close)
            if away and _PROTECTIVE_MARKING_RE.match(texts[away[0]]):
                drop[away[0]] = True  # "OFFICIAL" over the first page is that page's header, not a title
    return dropped


def _margin_numbers(texts: list[str], drop: list[bool]) -> dict[int, int]:
    """The lines that open with a left-margin line number, as line index -> length of the number and its gap.

    Transcripts and some committee minutes number every fifth (or tenth) line in the margin, the count
    running on across pages ("5    Time: 7.00pm", "10    Ann Lee – Treasurer"); the text layer puts the
    number in front of the line's text. Such numbers are multiples of the step, each one step above the one
    before, with about a step of lines between them and no other number opening a line in between: at least
    :data:`MIN_MARGIN_NUMBERS` of them in a row. A numbered list or a column of figures rises by one or sits
    on consecutive lines."""
    found = [
        (i, int(m.group(1)), m.end())
        for i, t in enumerate(texts)
        if t[:1].isdigit() and not drop[i] and (m := _MARGIN_NUMBER_RE.match(t))
    ]
    content = [i for i, t in enumerate(texts) if t.strip() and not drop[i]]
    rank = {i: r for r, i in enumerate(content)}
    for step in MARGIN_STEPS:
        run: list[tuple[int, int, int]] = []
        best: list[tuple[int, int, int]] = []
        for i, n, width in found:
            if n % step or not n:
                run = []  # "3   Owner 3" between them: a numbered list, whose every fifth number is a multiple
                continue
            if run and (n != run[-1][1] + step or rank[i] - rank[run[-1][0]] < step // 2 + 1):
                run = []
            run.append((i, n, width))
            best = max(best, run, key=len)
        if len(best) >= MIN_MARGIN_NUMBERS:
            return {i: width for i, _, width in best}
    return {}


def _mark_margin_numbers(lines: _Lines) -> None:
    """Record the left-margin line numbers (see :func:`_margin_numbers`) to be blanked out."""
    for i, width in _margin_numbers(lines.text, lines.drop).items():
        lines.margin[i] = width


def _is_lead_in(word: str) -> bool:
    """Whether ``word`` may lead in a heading number on its line: a series prefix ("FB" of "FB 23/24-02"),
    an item label ("Item", "No.") or a recording time ("[00:02:40]")."""
    return bool(_SERIES_PREFIX_RE.match(word) or _ITEM_LABEL_RE.match(word) or _RECORDING_TIME_RE.match(word))


def _heading_number(word: str) -> bool:
    """Whether ``word`` numbers a heading: an item number ("3.", "b)") or a serial one ("QC23/045")."""
    return bool(_ITEM_NUMBER_RE.match(word) or _SERIAL_HEADING_RE.match(word))


def _title_start(words: list[str]) -> int:
    """Where the title of a numbered heading line starts among its ``words``: after its heading number
    and any lead-in before it ("3.", "Item 3", "QC 23/045"), within :data:`LEAD_WORDS` words; -1 when
    the line opens with no heading number."""
    for k, word in enumerate(words[:LEAD_WORDS]):
        if _heading_number(word):
            return k + 1
        if not _is_lead_in(word):
            break
    return -1


def _heading_words(line: str) -> list[str]:
    """The words of a line with a leading item-number cell or token, and its lead-in, removed."""
    words = line.replace("\t", " ").split()
    return words[max(_title_start(words), 0) :]


def _title_like(line: str) -> bool:
    """Could ``line`` be a garbled heading copy on its own: 3 to :data:`HEADING_MAX_WORDS` words (a
    heading row's lead and paper cells come with its title), no closing full stop and no item number
    of its own? (Cheap test that spares looking at the next line.)"""
    words = line.split(None, HEADING_MAX_WORDS)
    return (
        3 <= len(words) <= HEADING_MAX_WORDS
        and not line.rstrip().endswith((".", "?", "!"))
        and not _heading_number(words[0])
    )


def is_garbled_duplicate(line: str, following: str) -> bool:
    """Is ``line`` a garbled copy of the heading that starts ``following``?

    Extraction sometimes emits a heading twice, once with letters mangled ("Demostic violence
    and church" before "e<TAB>Domestic violence and abuse ..."). The line must be a short
    title (3 to :data:`HEADING_MAX_WORDS` words, no closing full stop), similar to the start of
    the next line (difflib ratio >= 0.6), and the next line must be a numbered heading (an item
    number or a serial one, "QC23/045", after any lead-in such as "Item 3") while this one carries
    no number. An exact copy counts
    only when it is long enough for the repeat finder (``DEFAULT_MIN_REPEAT_WORDS`` words, a
    heading row with its lead and paper cells run together): that would keep the unnumbered copy
    and strip the heading's words from its number; a shorter one is left to be read as it stands."""
    return _title_like(line) and _garbles_heading(line, following)


def _garbles_heading(line: str, following: str, *, cell: bool = False) -> bool:
    """``is_garbled_duplicate`` for a ``line`` already known to be ``_title_like``. A ``cell`` line
    (set off by TABs, over a TAB row: "<TAB>Budget monitoring report<TAB>" over "4.<TAB>Budget
    monitoring report<TAB>") is the title cell of the heading row read twice by the layout, so an
    exact copy of any length counts: no sentence of the minutes stands alone in a cell right over
    a numbered heading that repeats it."""
    if _title_start(following.split(None, LEAD_WORDS)) < 0:
        return False
    words = line.split()
    if len(words) > MAX_GARBLED_PROSE_WORDS and following.rstrip().endswith((".", "?", "!")):
        return False  # a long line before a numbered paragraph ("5.1 Mr Okonjo presented ..."): no copy
    head = _heading_words(following)[: len(words)]
    if len(head) < len(words):
        return False
    mine, theirs = " ".join(words).lower(), " ".join(head).lower()
    if mine == theirs:
        return cell or len(words) >= DEFAULT_MIN_REPEAT_WORDS
    # difflib's matching blocks form a common subsequence, so 2 * LCS / (total length) bounds its
    # ratio from above: most pairs are settled by the cheap bound without building the matcher.
    total = len(mine) + len(theirs)
    if 2.0 * lcs_length(mine, theirs) / total < 0.6:
        return False
    return SequenceMatcher(None, mine, theirs).ratio() >= 0.6


def _is_title_cell(line: str, following: str) -> bool:
    """Whether ``line`` is a lone cell (TABs before and after its text) over a TAB row ``following``."""
    return line.startswith("\t") and line.rstrip("\n").endswith("\t") and "\t" in following.strip()


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence of ``a`` and ``b``, bit-parallel.

    Bit i of ``row`` is 1 while position i of ``b`` is still unmatched; each character of ``a``
    updates the whole row with a few integer operations (the carry of the addition moves a match
    along), so the cost is O(len(a)) big-integer steps of len(b) bits."""
    if not a or not b:
        return 0
    where: dict[str, int] = {}
    for i, ch in enumerate(b):
        where[ch] = where.get(ch, 0) | (1 << i)
    full = (1 << len(b)) - 1
    row = full
    for ch in a:
        hit = row & where.get(ch, 0)
        row = ((row + hit) | (row - hit)) & full
    return len(b) - row.bit_count()


def is_edged_table_row(cells: list[str]) -> bool:
    """Is a TAB row with the (stripped) ``cells`` a table row framed by empty edge cells?

    Its empty cells must all sit at its ends, and it must be framed by empty cells at both ends
    ("<TAB>12.<TAB>Public Questions<TAB>", "<TAB>HT<TAB>Review the plan<TAB>next FGB<TAB>") or hold
    at least three filled cells, the first a short key (a number, reference or name of at most
    :data:`ROW_KEY_MAX_WORDS` words: "24/14<TAB>Termly check<TAB>SK<TAB>19 July 2024<TAB>"). The
    text layer writes such rows with TABs around them. In the train/dev texts all 43 such rows
    are table rows whose cells the clean text keeps apart with TABs. These stay rows to be read on
    one line: a row with an empty cell between filled ones, a number and a title with only a
    trailing empty cell ("1.<TAB>Apologies<TAB>", written "1. Apologies" in 1458 of 1507 cases), a
    text and its owner after an empty cell ("<TAB>The CC to report back.<TAB>CC" under an ACTION
    column), and a text-layer line whose first cell is a long run of text."""
    low, high = 0, len(cells)
    while low < high and not cells[low]:
        low += 1
    while high > low and not cells[high - 1]:
        high -= 1
    filled = high - low
    if "" in cells[low:high] or filled < 2:
        return False
    if low > 0:
        return high < len(cells)
    return filled >= 3 and len(cells[0].split()) <= ROW_KEY_MAX_WORDS


def _classify_lines(lines: _Lines) -> None:
    """Mark furniture to drop and the kind of every TAB row (running furniture is already marked)."""
    _mark_margin_numbers(lines)
    in_attendance = False
    texts, drop, kind = lines.text, lines.drop, lines.kind
    content = [i for i, text in enumerate(texts) if text.strip()]
    for pos, i in enumerate(content):
        text = texts[i]
        if (
            _LONE_BULLET_RE.match(text)
            or ("\t" in text and _is_column_header_row(text))
            or (len(text) < _FURNITURE_MAX_CHARS and is_scanner_specks(text))
        ):
            drop[i] = True
            continue
        if drop[i]:
            continue
        if (
            len(text) < 100
            and _title_like(text)
            and (
                (nxt := next((texts[c] for c in content[pos + 1 : pos + 3] if not drop[c]), ""))
                and _garbles_heading(text.strip(), nxt, cell=_is_title_cell(text, nxt))
            )
        ):
            drop[i] = True
            continue
        if "\t" not in text:
            in_attendance = False
            continue
        cells = _cells(text)
        if _ATTENDANCE_LABEL_RE.match(cells[0]) and len(cells[0].split()) <= 3:
            in_attendance = True
        elif cells[0]:
            in_attendance = False
        if in_attendance:
            kind[i] = ATTENDANCE
        elif any(c in _TABLE_DROP_CELLS for c in cells):
            kind[i] = TABLE
        elif "" not in cells:
            kind[i] = KEPT_TABLE
        else:
            kind[i] = EDGED_TABLE if is_edged_table_row(cells) else TABLE


# --------------------------------------------------------------------------- columns


COLUMN_GAP = 2
"""A text layer parts the columns of a table laid out with spaces by at least this many spaces."""

MIN_COLUMN_LINES = 4
"""A column starts at the same position, after such a gap, on at least this many lines of its table."""

MIN_INTERLEAVED_ROWS = 3
"""A space-laid table is re-read cell by cell only when at least this many of its rows wrap two cells
side by side (two columns holding text on the same two consecutive lines): there, reading line by line
would splice the cells' lines together. A table whose rows are one line, or that wraps one cell of a row
only (an action log's action under its owner and due date), is read row by row, as written."""

# A gap of two or more spaces before text (indentation included): its end is where a column may start.
_GAP_RE = re.compile(r"  +(?=\S)")
# Text, a gap of two or more spaces, text: a line split in two (found at its gap, literal spaces first).
_INNER_GAP_RE = re.compile(r"  (?<=\S  ) *(?=\S)")
# A column header: one or two words of letters, perhaps with a stop or colon ("Topic", "Action by", "No.").
_HEADER_CELL_RE = re.compile(r"^[^\W\d_]+(?:[ /&][^\W\d_]+)?[.:]?$")

_Cells = list[tuple[int, int] | None]


@dataclass
class _Table:
    """Lines ``first..last`` laid out in columns starting at ``columns`` (the first at 0); ``cells``
    holds, for each of its lines with text, the (start, end) of each column's text within the line."""

    first: int
    last: int
    columns: list[int]
    cells: dict[int, _Cells] = field(default_factory=dict)


@dataclass
class _Row:
    """A table row: its lines with text, the furniture lines met inside it, and which of its lines
    follow a blank line (a new paragraph in every column)."""

    lines: list[int] = field(default_factory=list)
    furniture: list[int] = field(default_factory=list)
    breaks: set[int] = field(default_factory=set)


def _gap_ends(line: str) -> list[int]:
    """Where text starts after a gap of :data:`COLUMN_GAP` or more spaces in ``line``."""
    return [m.end() for m in _GAP_RE.finditer(line)] if "  " in line else []


def _splits_text(line: str, gaps: list[int]) -> bool:
    """Whether ``line`` (with the gap ends ``gaps``) holds text on both sides of a gap."""
    return len(gaps) > 1 or (bool(gaps) and not line[0].isspace())


def _candidate_columns(gaps: list[list[int]]) -> list[int]:
    """Positions where text starts after a gap on at least :data:`MIN_COLUMN_LINES` lines."""
    counts = Counter(chain.from_iterable(gaps))
    return sorted(p for p, n in counts.items() if n >= MIN_COLUMN_LINES)


def _fits_columns(line: str, columns: list[int]) -> bool:
    """No text of ``line`` runs into the gap before a column start: the :data:`COLUMN_GAP` characters
    before each start are spaces (or past the line's end). Prose running across the page fails at once."""
    if "  " not in line:  # no gap anywhere: it fits only if it ends before the first gap
        return len(line.rstrip()) <= columns[0] - COLUMN_GAP
    return all(not line[c - COLUMN_GAP : c].strip() for c in columns)


def _column_runs(
    texts: list[str], skip: list[bool], gaps: list[list[int]], candidates: list[int]
) -> list[tuple[int, int]]:
    """Runs of lines that fit ``candidates`` (furniture and blank lines go along), from the first line
    with text on both sides of a gap to the last line with text after a gap, and the lines that wrap
    that row's first cell right under it."""
    runs: list[tuple[int, int]] = []
    first = last = -1
    for i, line in enumerate(texts):
        if skip[i] or not line.strip():
            continue
        if not _fits_columns(line, candidates):
            if first >= 0:
                runs.append((first, last))
            first = last = -1
        elif first < 0:
            first = last = i if _splits_text(line, gaps[i]) else -1
        elif gaps[i] or last == i - 1:
            last = i
    if first >= 0:
        runs.append((first, last))
    return runs


def _cell_spans(line: str, columns: list[int]) -> _Cells:
    """The text of each column of ``line`` as (start, end) within the line, None when it is empty."""
    cells: _Cells = []
    for k, start in enumerate(columns):
        cell = line[start : columns[k + 1] if k + 1 < len(columns) else len(line)]
        text = cell.strip()
        lead = start + len(cell) - len(cell.lstrip())
        cells.append((lead, lead + len(text)) if text else None)
    return cells


def _table(texts: list[str], skip: list[bool], gaps: list[list[int]], run: tuple[int, int]) -> _Table:
    """The table of a run of lines: its columns start at 0 and at each position where at least
    :data:`MIN_COLUMN_LINES` of the run's lines start text after a gap."""
    first, last = run
    columns = [0, *_candidate_columns(gaps[first : last + 1])]
    cells = {
        i: _cell_spans(texts[i], columns) for i in range(first, last + 1) if not skip[i] and texts[i].strip()
    }
    return _Table(first, last, columns, cells)


def _is_header_row(words: list[str]) -> bool:
    """A row of column headers: every column filled with one or two words of letters ("Topic",
    "Discussion", "Action by")."""
    return len(words) > 1 and all(_HEADER_CELL_RE.match(word) for word in words)


def _row_key(line: str, cell: tuple[int, int] | None) -> str:
    """The shape of the number opening a first cell ("#/#-#" for "07/24-03", "#." for "4."), or ""."""
    word = line[cell[0] : cell[1]].split(None, 1)[0] if cell else ""
    return _DIGITS_RE.sub("#", word) if word and _heading_number(word) else ""


def _table_rows(texts: list[str], skip: list[bool], table: _Table) -> list[_Row]:
    """The rows of ``table``. A row starts where the first column takes text after a blank line, after
    a line whose first column is empty, or opening with a number of the same shape as the row's own
    ("07/24-03" under "07/24-02"); other first-column text wraps the row's first cell. A row that goes on over
    a page break takes the page's furniture along. The column-header row (the table's first line when
    every column holds a one- or two-word label) is left out, and so is each repeat of it on later pages."""
    rows: list[_Row] = []
    header = row_key = ""
    blank, first_cell_before = True, False
    for i in range(table.first, table.last + 1):
        if skip[i]:
            if not rows:
                rows.append(_Row())
            rows[-1].furniture.append(i)
            continue
        cells = table.cells.get(i)
        if cells is None:
            blank = True
            continue
        words = [texts[i][a:b] for a, b in (c for c in cells if c)]
        if (
            len(words) == len(cells)
            and (i == table.first or " ".join(words) == header)
            and _is_header_row(words)
        ):
            header, blank = " ".join(words), True
            continue
        key = _row_key(texts[i], cells[0])
        if not rows or (
            cells[0] is not None and (blank or not first_cell_before or (key and key == row_key))
        ):
            rows.append(_Row())
            row_key = key
        elif blank:
            rows[-1].breaks.add(i)
        rows[-1].lines.append(i)
        first_cell_before, blank = cells[0] is not None, False
    return rows


def _wraps_side_by_side(row: _Row, table: _Table) -> bool:
    """Whether two columns of ``row`` both hold text on the same two consecutive lines."""
    for i, j in zip(row.lines, row.lines[1:], strict=False):
        if j == i + 1 and j not in row.breaks:
            pairs = zip(table.cells[i], table.cells[j], strict=True)
            if sum(a is not None and b is not None for a, b in pairs) >= 2:
                return True
    return False


def _paragraphs(starts: list[int], row: _Row, table: _Table) -> list[list[tuple[int, int]]]:
    """The paragraphs of ``row``, column by column, each a list of input (start, end) stretches, one per
    line. A column's paragraph ends at a blank line or a line where that column is empty."""
    found: list[list[tuple[int, int]]] = []
    for k in range(len(table.columns)):
        current: list[tuple[int, int]] = []
        for i in row.lines:
            cell = table.cells[i][k]
            if current and (cell is None or i in row.breaks):
                found.append(current)
                current = []
            if cell is not None:
                current.append((starts[i] + cell[0], starts[i] + cell[1]))
        if current:
            found.append(current)
    return found


def _wrap_joint(text: str, end: int) -> str:
    """What joins a cell's line ending at ``end`` to its next line: a space, or a line break after a
    word hyphenated at the wrap ("recom-"), which the tokenizer then reads whole, as at any line end."""
    return "\n" if text[end - 1] == "-" and text[end - 2 : end - 1].isalpha() else " "


def _write_rows(out: _Writer, text: str, lines: _Lines, rows: list[_Row], table: _Table) -> None:
    """Write ``rows`` cell by cell: each paragraph of a cell on a line of its own (its wrapped lines
    joined by a space), a blank line between rows, and the furniture a row held after it, for the
    later passes to drop."""
    for r, row in enumerate(rows):
        if r:
            out.add("\n\n", None)
        for p, paragraph in enumerate(_paragraphs(lines.start, row, table)):
            out.add("\n" if p else "", None)
            for s, (start, end) in enumerate(paragraph):
                out.add(_wrap_joint(text, paragraph[s - 1][1]) if s else "", None)
                out.add(text[start:end], start)
        for f, i in enumerate(row.furniture):
            out.add("\n" if f else "\n\n" if row.lines else "", None)
            out.add(lines.text[i], lines.start[i])


def _interleaved_tables(text: str, lines: _Lines) -> list[tuple[_Table, list[_Row]]]:
    """The tables of space-aligned columns whose cells wrap side by side in at least
    :data:`MIN_INTERLEAVED_ROWS` rows, with their rows. Each such row has two consecutive lines with text
    on both sides of a gap: that is counted first, in one pass over the text."""
    texts, skip = lines.text, lines.drop
    split = {bisect_right(lines.start, m.start()) - 1 for m in _INNER_GAP_RE.finditer(text)}
    if sum(1 for i in split if i + 1 in split and not skip[i] and not skip[i + 1]) < MIN_INTERLEAVED_ROWS:
        return []
    gaps = [[] if drop else _gap_ends(line) for line, drop in zip(texts, skip, strict=True)]
    candidates = _candidate_columns(gaps)
    found = []
    for run in _column_runs(texts, skip, gaps, candidates) if candidates else []:
        table = _table(texts, skip, gaps, run)
        rows = _table_rows(texts, skip, table)
        if sum(_wraps_side_by_side(row, table) for row in rows) >= MIN_INTERLEAVED_ROWS:
            found.append((table, rows))
    return found


MIN_STACKED_COLUMNS = 3
"""A table a text layer wrote one cell per line is read back only under a header of at least this many
column labels, each on a line of its own ("Ref", "Action", "Owner", "Due"): fewer short lines in a row
are as often a list of names or a signature block."""

MAX_STACKED_COLUMNS = 8
"""The widest table read back from one cell per line."""

CELL_GAP = "\t"
"""What parts the cells of a row read back from one cell per line: a TAB, as a text layer that keeps a
row on one line writes it, so the later passes and stages read the line as a table row."""


def _stacked_key(line: str) -> str:
    """The shape of a row key alone on its line, with digits masked ("#/#-#" for "12/22-01"), or ""
    when ``line`` is anything else. It must hold a digit: a lone letter is as often a cell's text."""
    word = line.strip()
    return (
        _DIGITS_RE.sub("#", word)
        if " " not in word and _heading_number(word) and any(ch.isdigit() for ch in word)
        else ""
    )


def _stacked_header(texts: list[str], skip: list[bool], at: int, width: int) -> bool:
    """Whether the ``width`` lines before line ``at`` are column labels, one per line."""
    return (
        at >= width
        and not any(skip[at - width : at])
        and all(_HEADER_CELL_RE.match(line.strip()) for line in texts[at - width : at])
    )


_BULLETED_RE = re.compile(r"^\s*[•●▪◦·]\s")
_SIGNED_NUMBER_RE = re.compile(r"^[+-]?\d+$")


def _worded_furniture(texts: list[str], skip: list[bool], at: int) -> bool:
    """Whether line ``at`` is page furniture with words ("Page 1 of 4", a running header): a lone
    number the furniture pass marked as a page number may be a table's cell ("240", "-26")."""
    return skip[at] and not _SIGNED_NUMBER_RE.match(texts[at].strip())


def _page_break_after(texts: list[str], skip: list[bool], at: int) -> int:
    """The first line of text after a page break that opens at the blank line ``at``, or ``at`` when
    none does. A page break is blank lines around stretches that each hold worded page furniture
    ("Page 1 of 4", a running header); a stretch without it is text, so a table ends there."""
    i, found = at, False
    while True:
        while i < len(texts) and not texts[i].strip():
            i += 1
        j = i
        while j < len(texts) and texts[j].strip():
            j += 1
        furniture = any(_worded_furniture(texts, skip, k) for k in range(i, j))
        if i == j or j == len(texts) or not furniture:
            return i if found else at
        i, found = j, True


def _header_repeat(texts: list[str], at: int, header: list[str]) -> int:
    """How many lines from line ``at`` repeat ``header`` (the table's column labels, one per line, in
    order): all of them, or 0."""
    ahead = [line.strip() for line in texts[at : at + len(header)]]
    return len(header) if header and ahead == header else 0


def _cell_lines(texts: list[str], skip: list[bool], at: int, header: list[str] | None = None) -> list[int]:
    """The non-blank lines from line ``at`` on, read across page breaks, up to a blank line that is no
    page break, furniture or the end. A lone number marked as a page number is kept: a table of figures
    written one cell per line is made of such lines. The ``header`` a table repeats at the top of each
    new page ("Ref", "Action", "Owner", ...) is left out after a page break: it is no row."""
    cells: list[int] = []
    i = at
    while i < len(texts):
        if not texts[i].strip():
            after = _page_break_after(texts, skip, i)
            if after == i:
                break
            i = after + _header_repeat(texts, after, header or [])
            continue
        if _worded_furniture(texts, skip, i):
            break
        cells.append(i)
        i += 1
    return cells


def _is_prose_after(texts: list[str], cells: list[int], used: int) -> bool:
    """Whether the line after the first ``used`` of ``cells`` is wider than every one of them: a cell
    wrapped onto another line is no wider than its column, so such a line is text after the table."""
    widest = max(len(texts[i].strip()) for i in cells[:used])
    return len(texts[cells[used]].strip()) > widest


def _stacked_rows(texts: list[str], cells: list[int], width: int) -> int:
    """How many rows of ``width`` of ``cells`` (line numbers) there are: each opens with a row key of one
    shape and holds no other key of that shape, so a cell that wraps onto a second line ends the table
    (a key of another shape is a cell: a due date "28/02/2023" beside the ref "01/23-04"). The last row
    must be followed by a blank line, page furniture, the end of the text or a line wider than every
    cell (text, not the last cell wrapped)."""
    shape, rows = _stacked_key(texts[cells[0]]), 0
    while (rows + 1) * width <= len(cells):
        row = [texts[i] for i in cells[rows * width : (rows + 1) * width]]
        if _stacked_key(row[0]) != shape or any(_stacked_key(c) == shape for c in row[1:]):
            break
        rows += 1
    if rows and rows * width < len(cells) and not _is_prose_after(texts, cells, rows * width):
        rows -= 1  # text right after the last row may be its cell wrapped onto another line
    return rows


def _stacked_tables(lines: _Lines) -> list[tuple[int, int, int, list[int]]]:
    """Tables a PDF text layer wrote one cell per line, as (first line, last line, columns, cell lines):
    a header of :data:`MIN_STACKED_COLUMNS` or more column labels, one per line ("Ref", "Action",
    "Owner", "Due"), then at least :data:`MIN_INTERLEAVED_ROWS` rows of as many lines each, every row
    opening with a key of the same shape ("12/22-01", "12/22-02"), read across page breaks. An action
    log so flattened reads as one row per line."""
    texts, skip = lines.text, lines.drop
    found: list[tuple[int, int, int, list[int]]] = []
    i = 0
    while i < len(texts):
        width = _stacked_width(texts, i)
        if width >= MIN_STACKED_COLUMNS and _stacked_header(texts, skip, i, width):
            cells = _cell_lines(texts, skip, i, [line.strip() for line in texts[i - width : i]])
            rows = _stacked_rows(texts, cells, width)
            if rows >= MIN_INTERLEAVED_ROWS:
                used = list(range(i - width, i)) + cells[: width * rows]
                found.append((i - width, used[-1], width, used))
                i = used[-1] + 1
                continue
        i += 1
    return found + _labelled_tables(lines)


def _header_run(texts: list[str], at: int) -> int:
    """How many lines from ``at`` on are column labels (at most one more than the widest table)."""
    run = 0
    while (
        run <= MAX_STACKED_COLUMNS
        and at + run < len(texts)
        and _HEADER_CELL_RE.match(texts[at + run].strip())
    ):
        run += 1
    return run


def _labelled_rows(texts: list[str], cells: list[int], width: int) -> int:
    """How many rows of ``width`` of ``cells`` make a table under a header of labels, or 0: the most
    that :func:`_fits_rows` accepts."""
    for rows in range(len(cells) // width, MIN_INTERLEAVED_ROWS - 1, -1):
        if _fits_rows(texts, cells, width, rows):
            return rows
    return 0


def _fits_rows(texts: list[str], cells: list[int], width: int, rows: int) -> bool:
    """Whether the first ``rows`` rows of ``width`` of ``cells`` read as a table: no cell is bulleted,
    the line after them (if any) is bulleted or wider than every cell (text after the table, see
    :func:`_is_prose_after`), some column holds no label-like cell (short lines throughout are as often
    a list of names) and one column holds every row's widest cell."""
    used = rows * width
    table = [[texts[i].strip() for i in cells[r * width : (r + 1) * width]] for r in range(rows)]
    if any(_BULLETED_RE.match(texts[i]) for i in cells[:used]):
        return False
    if used < len(cells) and not (
        _BULLETED_RE.match(texts[cells[used]]) or _is_prose_after(texts, cells, used)
    ):
        return False
    plain = any(not any(_HEADER_CELL_RE.match(row[k]) for row in table) for k in range(width))
    return plain and len({_widest(row) for row in table}) == 1


def _widest(row: list[str]) -> int:
    """The column of ``row``'s widest cell: a table's text column ("Action", "School") holds it in
    every row, so rows read out of step with the header do not."""
    return max(range(len(row)), key=lambda k: len(row[k]))


def _labelled_tables(lines: _Lines) -> list[tuple[int, int, int, list[int]]]:
    """Tables a PDF text layer wrote one cell per line whose rows open with no key, as
    :func:`_stacked_tables` gives them: a header of :data:`MIN_STACKED_COLUMNS` or more distinct column
    labels, one per line ("Action", "Owner", "Due", "Status"), then at least
    :data:`MIN_INTERLEAVED_ROWS` whole rows of as many lines, read across page breaks (see
    :func:`_labelled_rows`); a heading may stand before the labels. The first row's first cell may look like a label ("History" under "School"),
    so the widest header whose rows fit is taken."""
    texts, skip = lines.text, lines.drop
    found: list[tuple[int, int, int, list[int]]] = []
    i = 0
    while i < len(texts):
        run = _header_run(texts, i) if texts[i].strip() and not skip[i] else 0
        for width in range(min(run, MAX_STACKED_COLUMNS), MIN_STACKED_COLUMNS - 1, -1):
            header = [texts[k].strip() for k in range(i, i + width)]
            cells = _cell_lines(texts, skip, i + width, header) if len(set(header)) == width else []
            rows = _labelled_rows(texts, cells, width) if len(cells) >= width * MIN_INTERLEAVED_ROWS else 0
            if rows >= MIN_INTERLEAVED_ROWS:
                used = list(range(i, i + width)) + cells[: width * rows]
                found.append((i, used[-1], width, used))
                i = used[-1]
                break
        i += 1
    return found


def _stacked_width(texts: list[str], at: int) -> int:
    """Lines from a row key on line ``at`` to the next key of its shape within :data:`MAX_STACKED_COLUMNS`
    lines (a row's width when cells stand one per line), or 0."""
    shape = _stacked_key(texts[at])
    if not shape:
        return 0
    ahead = texts[at + 1 : at + 1 + MAX_STACKED_COLUMNS]
    return next((k + 1 for k, line in enumerate(ahead) if _stacked_key(line) == shape), 0)


def _write_stacked(out: _Writer, lines: _Lines, table: tuple[int, int, int, list[int]]) -> None:
    """Write a table read one cell per line as one row per line, its cells parted by :data:`CELL_GAP`,
    and then the page furniture it spanned, for the later passes to drop; the header it repeats after
    a page break is left out, as the rows it heads run on under the first."""
    first, last, width, cells = table
    for n, i in enumerate(cells):
        if n % width:
            out.add(CELL_GAP, None)
        elif n:
            out.add("\n", None)
        cell = lines.text[i]
        out.add(cell.strip(), lines.start[i] + len(cell) - len(cell.lstrip()))
    used, header = set(cells), [lines.text[i].strip() for i in cells[:width]]
    furniture, i = [], first
    while i <= last:
        repeat = 0 if i in used else _header_repeat(lines.text, i, header)
        if not repeat and i not in used and lines.text[i].strip():
            furniture.append(i)
        i += max(repeat, 1)
    for f, i in enumerate(furniture):
        out.add("\n" if f else "\n\n", None)
        out.add(lines.text[i], lines.start[i])


def _column_major_table(texts: list[str], skip: list[bool], at: int) -> tuple[int, int] | None:
    """The (rows, columns) of a table a text layer wrote column by column from line ``at``, or None.

    Each column is its label on a line of its own and then one line per row: the first column's cells
    are row keys of one shape ("Ref", "19/12-01", "19/12-02", ...), every later column opens with a
    label and holds exactly as many non-blank lines, none of them a key. The table must end at a blank
    line, page furniture or the end of the text and have :data:`MIN_STACKED_COLUMNS` columns or more;
    anything that does not fit exactly (a cell wrapped onto two lines) is left as it is."""
    if not _HEADER_CELL_RE.match(texts[at].strip()) or at + 1 >= len(texts):
        return None
    shape, rows = _stacked_key(texts[at + 1]), 0
    while shape and at + 1 + rows < len(texts) and _stacked_key(texts[at + 1 + rows]) == shape:
        rows += 1
    columns, end = 1, at + 1 + rows
    while (
        columns < MAX_STACKED_COLUMNS
        and end + rows < len(texts)
        and _HEADER_CELL_RE.match(texts[end].strip())
    ):
        cells = texts[end + 1 : end + 1 + rows]
        if any(not c.strip() or _stacked_key(c) for c in cells):
            break
        columns, end = columns + 1, end + 1 + rows
    closed = end == len(texts) or not texts[end].strip() or skip[end]
    fits = rows >= MIN_INTERLEAVED_ROWS and columns >= MIN_STACKED_COLUMNS and closed
    return (rows, columns) if fits and not any(skip[at:end]) else None


def _column_major_tables(lines: _Lines) -> list[tuple[int, int, int, int]]:
    """Tables a PDF text layer wrote column by column, as (first line, last line, rows, columns): see
    :func:`_column_major_table`. An action log "Ref | Action | Owner | Due" so flattened reads as its
    column names, then every reference, then every action, and so on."""
    texts, skip = lines.text, lines.drop
    found: list[tuple[int, int, int, int]] = []
    i = 0
    while i < len(texts):
        shape = _column_major_table(texts, skip, i)
        if shape is None:
            i += 1
            continue
        rows, columns = shape
        found.append((i, i + (rows + 1) * columns - 1, rows, columns))
        i += (rows + 1) * columns
    return found


def _write_column_major(out: _Writer, lines: _Lines, table: tuple[int, int, int, int]) -> None:
    """Write a table read column by column as its header row and then one row per line, the cells
    parted by :data:`CELL_GAP`."""
    first, _, rows, columns = table
    for row in range(rows + 1):
        if row:
            out.add("\n", None)
        for column in range(columns):
            if column:
                out.add(CELL_GAP, None)
            i = first + column * (rows + 1) + row
            cell = lines.text[i]
            out.add(cell.strip(), lines.start[i] + len(cell) - len(cell.lstrip()))


def _column_reading(text: str, lines: _Lines) -> _Writer | None:
    """``text`` with each table laid out in space-aligned columns read cell by cell, or None when it
    holds no such table.

    A PDF text layer of a table with long cells (a Topic | Discussion | Action grid) writes each row's
    cells side by side, line by line, apart by runs of spaces; read line by line, the cells' sentences
    are spliced together. A table is a run of lines whose text starts at the same positions (each
    shared by at least :data:`MIN_COLUMN_LINES` lines) with no text running into the gap before a
    column start. Page furniture (``lines.drop``) inside a row goes after the row."""
    writers = [
        (table.first, table.last, lambda out, t=table, r=rows: _write_rows(out, text, lines, r, t))
        for table, rows in _interleaved_tables(text, lines)
    ]
    writers += [
        (table[0], table[1], lambda out, t=table: _write_stacked(out, lines, t))
        for table in _stacked_tables(lines)
    ]
    writers += [
        (table[0], table[1], lambda out, t=table: _write_column_major(out, lines, t))
        for table in _column_major_tables(lines)
    ]
    if not writers:
        return None
    out = _Writer()
    done = 0
    for first, last, write in sorted(writers, key=lambda w: w[0]):
        if lines.start[first] < done:
            continue  # a stacked table inside a space-laid one: the latter reads it
        out.add(text[done : lines.start[first]], done)
        write(out)
        done = lines.end(last)
    out.add(text[done:], done)
    return out


# --------------------------------------------------------------------------- tokens


@dataclass
class _Tokens:
    """Parallel arrays, one entry per word (after merging bullets and hyphenation).

    ``starts``/``ends`` are character offsets, ``cell``/``line`` the cell and line a word belongs
    to (both non-decreasing), ``kind`` its line's kind; ``work_codes`` are the code points of the
    working text the words were read from; ``pieces`` lists the two input stretches of a word
    hyphenated across a line break."""

    starts: np.ndarray
    ends: np.ndarray
    keys: list[str]
    cell: np.ndarray
    line: np.ndarray
    kind: np.ndarray
    work_codes: np.ndarray
    pieces: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def word_key(word: str) -> str:
    """The comparison key of a word: NFKC, lower-case, surrounding punctuation removed."""
    if not word.isascii():
        word = unicodedata.normalize("NFKC", word)
    return word.lower().strip(_PUNCT)


_WHITESPACE = np.array(
    [
        9,
        10,
        11,
        12,
        13,
        28,
        29,
        30,
        31,
        32,
        133,
        160,
        5760,
        *range(8192, 8203),
        8232,
        8233,
        8239,
        8287,
        12288,
    ],
    dtype=np.uint32,
)
"""The code points ``str.isspace`` and ``str.split`` treat as whitespace."""

_SPACE_TABLE = np.zeros(int(_WHITESPACE.max()) + 2, dtype=bool)
_SPACE_TABLE[_WHITESPACE] = True


def _code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as an array (index = Python string index)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _is_space(codes: np.ndarray) -> np.ndarray:
    """Which code points are whitespace, by table lookup (the last table entry is not)."""
    return _SPACE_TABLE[np.minimum(codes, len(_SPACE_TABLE) - 1)]


def _working_text(text: str, lines: _Lines) -> str:
    """``text`` with dropped lines, left-margin line numbers, inline tags and stray column-header cells
    blanked to spaces (same length, so offsets stay valid)."""
    parts, pos = [], 0
    for i, (line, drop, kind, margin) in enumerate(
        zip(lines.text, lines.drop, lines.kind, lines.margin, strict=True)
    ):
        if drop:
            blank: str | None = "".join(" " if ch != "\t" else "\t" for ch in line)
        elif margin:  # "25    2. Minutes ...": the number goes, the line's text stays
            line = " " * margin + line[margin:]
            blank = _blank_marks(line, kind) or line
        else:
            blank = _blank_marks(line, kind)
        if blank is None:
            continue
        parts += [text[pos : lines.start[i]], blank]
        pos = lines.end(i)
    return "".join([*parts, text[pos:]]) if parts else text


def _blank_marks(line: str, kind: int) -> str | None:
    """``line`` with inline tags or a TABLE row's stray column-header cells blanked to spaces; None when
    it has neither."""
    if "<" in line:
        return _TAG_RE.sub(lambda m: " " * len(m.group()), line)
    if kind == TABLE:
        cells = line.split("\t")
        lone = _lone_wrapped_cell([c.strip() for c in cells])  # "<TAB>ACTIONS<TAB>": a heading, kept
        return "\t".join(" " * len(c) if c.strip() in _TABLE_DROP_CELLS and not lone else c for c in cells)
    return None


_PUNCT_TABLE = np.zeros(max(map(ord, _PUNCT)) + 2, dtype=bool)
_PUNCT_TABLE[[ord(ch) for ch in _PUNCT]] = True


def _holds_any(positions: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each range ``starts[j]:ends[j]``: does it hold one of the sorted ``positions``?"""
    return np.searchsorted(positions, ends) > np.searchsorted(positions, starts)


def _word_keys(work: str, codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> list[str] | None:
    """``word_key`` of every word ``work[starts[j]:ends[j]]``, mostly in bulk.

    The whole text is lower-cased and split once (lower-casing never creates or removes
    whitespace); only words with punctuation at an edge are stripped and only words holding
    non-ASCII characters are normalised one by one. None when ``str.split`` disagrees with the
    offsets (whitespace outside ``_WHITESPACE``)."""
    keys = work.lower().split()
    if len(keys) != len(starts):
        return None
    if not len(starts):
        return keys
    punct = _PUNCT_TABLE[np.minimum(codes, len(_PUNCT_TABLE) - 1)]
    edged = punct[starts] | punct[ends - 1]
    wide = _holds_any(np.flatnonzero(codes > 127), starts, ends)
    for j in np.flatnonzero(edged | wide).tolist():
        keys[j] = word_key(work[starts[j] : ends[j]]) if wide[j] else keys[j].strip(_PUNCT)
    return keys


def _tokenize(text: str, text_codes: np.ndarray, lines: _Lines) -> _Tokens:
    """Words of the kept lines with their cells; keyless marks (bullets, dashes) join the next
    word and a word hyphenated at a line end is read whole. Offsets are found in bulk
    (``text_codes``: the code points of ``text``)."""
    work = _working_text(text, lines)
    codes = text_codes if work is text else _code_points(work)
    space = np.ones(len(codes) + 2, dtype=bool)
    space[1:-1] = _is_space(codes)
    starts = np.flatnonzero(space[:-2] & ~space[1:-1])
    ends = np.flatnonzero(~space[1:-1] & space[2:]) + 1
    keys = _word_keys(work, codes, starts, ends)
    if keys is None:  # exotic whitespace: fall back to the regex's view
        spans = [m.span() for m in _WORD_RE.finditer(work)]
        keys = [word_key(work[a:b]) for a, b in spans]
        starts = np.array([a for a, _ in spans], dtype=np.int64)
        ends = np.array([b for _, b in spans], dtype=np.int64)
    breaks = np.flatnonzero((codes == 9) | (codes == 10)) if "\t" in work else np.zeros(0, dtype=np.int64)
    newlines = np.array(lines.start, dtype=np.int64) + np.fromiter(map(len, lines.text), dtype=np.int64)
    line_of = np.searchsorted(newlines, starts)
    cell_of = np.searchsorted(breaks, starts) if len(breaks) else line_of.copy()
    kinds = np.array(lines.kind, dtype=np.int64)
    tok = _Tokens(
        starts=starts.astype(np.int64),
        ends=ends.astype(np.int64),
        keys=keys,
        cell=cell_of.astype(np.int64),
        line=line_of.astype(np.int64),
        kind=kinds[line_of] if len(line_of) else np.zeros(0, dtype=np.int64),
        work_codes=codes,
    )
    joined = _merge_hyphenated(text, tok, codes)
    _remove(tok, sorted(joined + _merge_keyless(text, tok, set(joined))))
    return tok


def _merge_hyphenated(text: str, tok: _Tokens, codes: np.ndarray) -> list[int]:
    """Join "devel-" at a line end with "oped" at the next line start into one word; return
    the indices of the second halves, for the caller to remove.

    Candidates (words ending in "-") are found in bulk; ``codes`` are the code points of the
    working text, which agrees with ``text`` inside words."""
    n = len(tok.keys)
    if n < 2:
        return []
    starts, ends, cell, line, kind, keys = tok.starts, tok.ends, tok.cell, tok.line, tok.kind, tok.keys
    gone: list[int] = []
    spelled: set[str] | None = None  # the document's word keys, built at the first real break
    for j in np.flatnonzero(codes[ends[:-1] - 1] == ord("-")).tolist():
        a, b, c, d = int(starts[j]), int(ends[j]), int(starts[j + 1]), int(ends[j + 1])
        word, nxt_word, between = text[a:b], text[c:d], text[b:c]
        if not (
            _HYPHENATED_RE.match(word)
            and nxt_word[:1].islower()
            and between.count("\n") == 1
            and between.isspace()
            and kind[j] == PLAIN == kind[j + 1]
            and line[j + 1] == line[j] + 1
        ):
            continue
        if spelled is None:
            spelled = set(keys)
        first = keys[j].rstrip("-")
        hyphen = _keeps_hyphen(first, keys[j + 1], spelled)
        tok.pieces[j] = [(a, b if hyphen else b - 1), (c, d)]
        keys[j] = f"{first}-{keys[j + 1]}" if hyphen else first + keys[j + 1]
        # the rest of that line continues the cell (cells are non-decreasing, so it is one slice)
        old_cell = cell[j + 1]
        stop = j + 1 + int(np.searchsorted(cell[j + 1 :], old_cell, side="right"))
        cell[j + 1 : stop] = cell[j]
        gone.append(j + 1)
    return gone


def _keeps_hyphen(first: str, second: str, spelled: set[str]) -> bool:
    """Is "first-" at a line end before "second" a compound's own hyphen ("self-/assessment"),
    not a hyphen the layout put into one word ("cond-/ition")?

    The document's own spelling decides first (``spelled``: its word keys): the hyphenated word
    elsewhere keeps the hyphen, the joined word elsewhere drops it. Otherwise the first part
    decides: a prefix that is written hyphenated (:data:`HYPHEN_PREFIXES`,
    :data:`HYPHENATED_STARTS`) keeps it. Every other break joins: all 372
    breaks in the train/dev source texts are words the clean texts spell joined."""
    hyphenated = f"{first}-{second}"
    if hyphenated in spelled:
        return True
    if first + second in spelled:
        return False
    return first in HYPHEN_PREFIXES or hyphenated.startswith(HYPHENATED_STARTS)


def _merge_keyless(text: str, tok: _Tokens, joined: set[int]) -> list[int]:
    """Marks without letters or digits ("•", "–") join the next word of their cell, else the
    previous one; a cell of marks only keeps them as a word keyed by the marks themselves.
    Returns the indices of the marks that joined a word, for the caller to remove.

    ``joined`` are second halves of hyphenated words, still in place: the word before a mark
    may be one, and then the mark's real neighbour is a hyphenated word, which takes no marks.
    (The word after a mark never is: its first half would be the mark itself.)"""
    gone: list[int] = []
    keys, cell, starts, ends, pieces = tok.keys, tok.cell, tok.starts, tok.ends, tok.pieces
    n = len(keys)
    for j in reversed([j for j, key in enumerate(keys) if not key]):
        if j + 1 < n and cell[j + 1] == cell[j] and keys[j + 1] and j + 1 not in pieces:
            starts[j + 1] = starts[j]
            gone.append(j)
        elif j > 0 and j - 1 not in joined and cell[j - 1] == cell[j] and keys[j - 1] and j - 1 not in pieces:
            ends[j - 1] = ends[j]
            gone.append(j)
        else:
            keys[j] = text[starts[j] : ends[j]]
    return gone


def _remove(tok: _Tokens, gone: list[int]) -> None:
    """Delete the words at the (sorted) indices ``gone``, renumbering ``pieces``."""
    if not gone:
        return
    keep = np.ones(len(tok.keys), dtype=bool)
    keep[gone] = False
    tok.keys = list(compress(tok.keys, keep.tolist()))
    for name in ("starts", "ends", "cell", "line", "kind"):
        setattr(tok, name, getattr(tok, name)[keep])
    shift = np.searchsorted(np.array(gone), np.array(sorted(tok.pieces), dtype=np.int64), side="right")
    tok.pieces = {j - int(d): tok.pieces[j] for j, d in zip(sorted(tok.pieces), shift, strict=True)}


def _gram_hashes(keys: list[str], k: int) -> np.ndarray:
    """Polynomial hash of every window of ``k`` consecutive word keys (vectorised)."""
    n = len(keys)
    if n < k:
        return np.zeros(0, dtype=np.uint64)
    codes = np.fromiter(map(hash, keys), dtype=np.int64, count=n).view(np.uint64)
    count = n - k + 1
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for t in range(k):
            hashes = hashes * _HASH_BASE + codes[t : t + count]
    return hashes


# --------------------------------------------------------------------------- assembly


def _occurs_twice(values: np.ndarray) -> np.ndarray:
    """Which entries of ``values`` occur more than once (one sort, then binary search)."""
    ordered = np.sort(values)
    twice = np.unique(ordered[1:][ordered[1:] == ordered[:-1]])
    if not len(twice):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(twice, values), len(twice) - 1)
    return twice[at] == values


def _cell_bounds(cell: np.ndarray) -> tuple[list[int], list[int]]:
    """Per word: the index of the first and of the last word of its cell."""
    n = len(cell)
    if not n:
        return [], []
    change = cell[1:] != cell[:-1]
    index = np.arange(n)
    first = np.maximum.accumulate(np.where(np.concatenate(([True], change)), index, 0))
    last = np.minimum.accumulate(np.where(np.concatenate((change, [True])), index, n)[::-1])[::-1]
    return first.tolist(), last.tolist()


def _next_maybe_covered(repeated: np.ndarray, n: int, k: int) -> list[int]:
    """For every word, the index of the first word at or after it that a repeated k-gram could
    cover (``n`` when there is none)."""
    starts = np.zeros(n + 1, dtype=np.int64)
    starts[1 : len(repeated) + 1] = np.cumsum(repeated)
    starts[len(repeated) + 1 :] = starts[len(repeated)]
    index = np.arange(n)
    low = np.maximum(index - k + 1, 0)
    maybe = starts[np.minimum(index + 1, len(repeated))] - starts[np.minimum(low, len(repeated))] > 0
    following = np.where(maybe, index, n)
    return np.minimum.accumulate(following[::-1])[::-1].tolist() if n else []


def _list_order(nxt: list[int], head: int, written: list[int]) -> np.ndarray:
    """The nodes of the circular linked list ``nxt`` (sentinel ``head``) in list order.

    Most of the list is runs of input-consecutive words (``nxt[j] == j + 1``), so it is walked
    run by run: the end of the run starting at ``j`` is the first "jump" at or after ``j``. A
    jump can only be at a node whose link was ``written``; the rest still hold ``j + 1``."""
    jumps = sorted(j for j in set(written) if j < head and nxt[j] != j + 1)
    blocks, j = [], nxt[head]
    while j != head:
        at = bisect_left(jumps, j)
        last = jumps[at] if at < len(jumps) else head - 1
        blocks.append(np.arange(j, last + 1))
        j = nxt[last]
    return np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.int64)


def _longest_same(values: list[int]) -> int:
    """Length of the longest stretch of equal neighbours in ``values``."""
    best = current = 0
    for j, value in enumerate(values):
        current = current + 1 if j and value == values[j - 1] else 1
        best = max(best, current)
    return best


def _ends_sentence(word: str) -> bool:
    return word.rstrip(_CLOSERS).endswith((".", "?", "!"))


_EMPHASIS_MARKS = "*_"
"""Markdown's bold and italic marks, which a heading set in bold opens with ("**2. Minutes ...**")."""


def _is_item_number(word: str) -> bool:
    """A numeric item number such as "2.", "2.1" or "12)"."""
    return word[:1].isdigit() and bool(_ITEM_NUMBER_RE.match(word.rstrip(")")))


def _is_minute_number(word: str) -> bool:
    """An item number ("2.", "2.1") or a minute reference ("24/2", "QPC/24/66", "23/24-02"):
    digits in groups joined by "/", "." or "-", after an optional upper-case series prefix."""
    return _is_item_number(word) or bool(_MINUTE_REF_RE.match(word))


def _may_be_clipped(clipped: str, full: str) -> bool:
    """Can the key ``clipped`` be what a window edge left of the different word ``full``? It must
    hold a letter: an edge cuts through a word, while a number is a whole token ("2." before a
    heading is item 2, not the start of "2.1")."""
    return clipped != full and not clipped.isdigit() and any(ch.isalpha() for ch in clipped)


class _Assembler:
    """One pass over the words: link first occurrences in reading order, drop window repeats."""

    def __init__(self, text: str, tok: _Tokens, k: int) -> None:
        n = len(tok.keys)
        self.n, self.k, self.long = n, k, LONG_REPEAT_FACTOR * k
        self.keys, self.cell = tok.keys, tok.cell
        hashes = _gram_hashes(tok.keys, k)
        # Only k-grams that occur twice or more can ever match: index just those, and walk word
        # by word only where such a k-gram could cover the word; other stretches link in bulk.
        repeated = _occurs_twice(hashes)
        self.repeated_at = np.flatnonzero(repeated).tolist()
        self.grams = dict(zip(self.repeated_at, hashes[repeated].tolist(), strict=True))
        self.next_covered = _next_maybe_covered(repeated, n, k)
        self.cell_first, self.cell_last = _cell_bounds(tok.cell)  # word j starts its cell iff first[j] == j
        self.text, self.starts, self.ends = text, tok.starts, tok.ends  # arrays: read only rarely
        self.line = tok.line
        self.row_kind = tok.kind
        # The output is a circular linked list over word indices with sentinel ``head``. Links of
        # a word are only ever written when it is linked in, so they start out as the input order
        # (word j - 1, j, j + 1) and a block of consecutive new words needs only its two ends
        # written. ``self.ids`` shares one int object per index between the lists.
        self.head = n
        self.ids = list(range(n + 1))
        self.nxt = [*self.ids[1:], n]
        self.prv = [n, *self.ids[: max(n - 1, 0)], n] if n else [n]
        self.node = [-1] * n
        self.linked_ends: list[int] = [n]  # every node whose ``nxt`` was written
        self.index: dict[int, int] = {}
        self.run: list[tuple[int, int]] = []
        self.pending: list[int] = []
        self.dropped_to: tuple[int, int] | None = None
        self.erased: set[int] = set()
        regrouped = _REGROUPED_SUMMARY_RE.search(text)
        self.regrouped_from = regrouped.start() if regrouped else len(text)

    def _word(self, j: int) -> str:
        """The text of word ``j``."""
        return self.text[self.starts[j] : self.ends[j]]

    def _ends_sentence(self, j: int) -> bool:
        return _ends_sentence(self._word(j))

    def _opens_sentence(self, j: int) -> bool:
        """Does word ``j`` start a sentence (the word before it closes one or a label)?"""
        return j == 0 or self._word(j - 1).rstrip(_CLOSERS).endswith((".", "?", "!", ":"))

    def _number_opens_row(self, i: int) -> bool:
        """Is word ``i`` a one-word cell holding an item number ("2.") with more cells after it on
        its line? It waits for them, so that when they repeat an earlier heading row the number
        is put before that heading instead of after it."""
        return (
            self.cell_first[i] == i
            and i + 1 < self.n
            and self.line[i + 1] == self.line[i]
            and _is_item_number(self._word(i))
        )

    def _link_block(self, p: int, a: int, b: int) -> None:
        """Link words ``a..b-1`` (consecutive in the input) in that order after node ``p``."""
        nxt, prv = self.nxt, self.prv
        q = nxt[p]
        nxt[p], prv[a] = a, p  # inside the block the links are still the initial input order
        nxt[b - 1], prv[q] = q, b - 1
        self.node[a:b] = self.ids[a:b]
        self.linked_ends += (p, b - 1)

    def _link_after(self, p: int, j: int) -> None:
        q = self.nxt[p]
        self.nxt[p], self.prv[j], self.nxt[j], self.prv[q] = j, p, q, j
        self.node[j] = j
        self.linked_ends += (p, j)

    def _walk(self, p: int, key: str) -> int | None:
        """The node after ``p`` (skipping up to a few inserted words) whose key is ``key``."""
        q = self.nxt[p]
        for _ in range(_LOOKAHEAD):
            if q == self.head:
                return None
            if self.keys[q] == key:
                return q
            q = self.nxt[q]
        return None

    def _may_bulk(self, i: int) -> bool:
        """Can word ``i`` start a bulk-linked stretch (placed like ``_place_new`` would)?"""
        if self.dropped_to is not None and self.dropped_to[0] == i - 1:
            return False  # it may be a clipped word after a dropped window
        if self.cell_first[i] == i:  # a whole cell of new words, else it must wait as pending
            return self.next_covered[i] > self.cell_last[i] > i
        return self.node[i - 1] >= 0

    def _place_new(self, j: int) -> None:
        if not self.pending and j > 0 and self.cell_first[j] != j and self.node[j - 1] >= 0:
            self._link_after(self.node[j - 1], j)
        else:
            self.pending.append(j)

    def _flush_pending(self, before: int | None = None) -> None:
        p = self.prv[self.head if before is None else before]
        for j in self.pending:
            self._link_after(p, j)
            p = j
        self.pending.clear()

    def _is_window_repeat(self, a: int, b: int, first_old: int, last_old: int) -> bool:
        """Should the repeat of words ``a..b-1`` (earlier copy ``first_old..last_old``) go?"""
        length = b - a
        if length < self.k or _longest_same(self.cell[a:b].tolist()) < self.k:
            return False  # short, or only pieced together from short lines ("None", "Actions arising:")
        if self.starts[a] >= self.regrouped_from:
            return False  # a meeting bot's actions listed again by person: repeats written by design
        if (
            self._one_sentence(a, b, first_old, last_old)
            # "Proposed resolution: X" restated as "RESOLUTION: X": the sentence after the label
            or (
                self._is_label_word(a)
                and b - a > self.k
                and self._one_sentence(a + 1, b, first_old + 1, last_old)
            )
            or self._restated_after_label(a, b, first_old, last_old)
            or self._labelled_line_restated(a, first_old)
            or self._formula_with_another_subject(a, b, first_old, last_old)
            or self._field_line_again(a, b, first_old, last_old)
        ):
            return False  # a sentence said twice, not a window
        if self._differently_marked_lines(a, b, first_old):
            return False  # "### Budget (#12)" under the agenda's "- Budget #12": two lines of the original
        if self._heading_over_plain_line(a, b, first_old):
            return False  # "### 4. Chat" under the agenda's "4.<TAB>Chat (15 min)": a heading, no copy
        if self._table_cell_over_text(a, b, first_old, last_old):
            return False  # an action table's "Writing action plan to ..." cell after the minute saying it
        if self._numbered_heading_in_sentence(a, b, first_old, last_old):
            return False  # "The minutes of ... were agreed." under "2.1<TAB>Minutes of ...": item text
        if length >= self.long:
            return True
        if self._ends_sentence(b - 1) != self._ends_sentence(last_old):
            return False  # "... at 10.00 a.m. in the Committee Room." against a title's "... ROOM, 2ND FLOOR"
        first, last, slack = self.cell_first, self.cell_last, EDGE_SLACK
        new_left, new_right = a - first[a] <= slack, last[b - 1] - (b - 1) <= slack
        if not new_left and self._heading_cell(first_old):
            return False  # a heading restated inside the sentence under it ("RESOLVED that the minutes ...")
        if new_left and not new_right and not self._new_read_starts(a, first_old):
            return False  # "The Cabinet Member for ... introduced" after an attendance line's post
        left = new_left or first_old - first[first_old] <= slack
        right = new_right or self._old_read_stops(a, b, first_old, last_old)
        return left and right and (new_left or new_right)

    def _new_read_starts(self, a: int, first_old: int) -> bool:
        """Does the new read start right at its copy's first word ``a``: at its cell's start, or after
        words that are a clipped end of the word before the earlier copy ("orted that ..." after "...
        reported")? Whole words of its own there ("The Cabinet Member for Adult Social Care introduced
        ..." against an attendance line's "Councillor Ann Lee, Cabinet Member for Adult Social Care")
        make a sentence of the original that names the same post, not a window that starts there."""
        head = a - self.cell_first[a]
        if head == 0:
            return True
        if head > 1 or first_old == 0:
            return False
        clipped, full = self.keys[a - 1], self.keys[first_old - 1]
        return full.endswith(clipped) and _may_be_clipped(clipped, full)

    def _old_read_stops(self, a: int, b: int, first_old: int, last_old: int) -> bool:
        """Does the earlier read stop right after its copy's last word ``last_old``: at its cell's end, or
        at most :data:`EDGE_SLACK` words before it? When both copies open their lines, those words must be
        a clipped start of the word the new read goes on with (word ``b``: "In response, the Clerk
        confirmed that remi" against "... confirmed that reminder letters"): whole words there that
        the new read does not say ("... confirmed that reminder letters" against "... confirmed that the
        hall") make two lines of the original that open alike, not a window."""
        tail = self.cell_last[last_old] - last_old
        if tail == 0:
            return True
        if tail > EDGE_SLACK:
            return False
        if not (self.cell_first[a] == a and self.cell_first[first_old] == first_old):
            return True
        if b >= self.n:
            return False
        clipped, full = self.keys[last_old + 1], self.keys[b]
        return full.startswith(clipped) and _may_be_clipped(clipped, full)

    def _line_mark(self, j: int) -> str:
        """The marks before the first letter or digit of word ``j`` when it starts its cell ("###",
        "-", "*"; bullets and heading marks join the word after them), else ""."""
        if self.cell_first[j] != j:
            return ""
        word = self._word(j)
        return word[: next((p for p, ch in enumerate(word) if ch.isalnum()), len(word))]

    def _differently_marked_lines(self, a: int, b: int, first_old: int) -> bool:
        """Are the two copies different lines of the original, told apart by their line marks: the new
        copy is one line of its own opening with a Markdown heading mark and the earlier one opens a
        line with another mark, or the other way round ("### Budget review" against "- Budget review"
        in the agenda)? A window repeats a line with its marks, so such a pair is a heading and a list
        entry that share their words; dropping either would lose a line."""
        if self.cell[a] != self.cell[b - 1] or self.cell_last[b - 1] - (b - 1) > EDGE_SLACK:
            return False
        new, old = self._line_mark(a), self._line_mark(first_old)
        if not new or not old:
            return False
        return (new[0] == "#") != (old[0] == "#")

    def _heading_over_plain_line(self, a: int, b: int, first_old: int) -> bool:
        """Is the new copy a whole Markdown heading line ("### 4. Moving chat to Matrix") whose earlier
        copy sits in a line that opens with no heading mark (the agenda's "4.<TAB>Moving chat to Matrix
        (15 min)")? A window repeats a heading line with its mark, so the earlier copy of a window would
        open its line with "#" too; without it the two are an agenda entry and the heading of its
        item, and dropping the heading would lose the item."""
        if self.cell[a] != self.cell[b - 1] or self.cell_last[b - 1] - (b - 1) > EDGE_SLACK:
            return False
        if not self._line_mark(a).startswith("#") or (a > 0 and self.line[a - 1] == self.line[a]):
            return False
        old_start = self.starts[first_old]
        line_start = self.text.rfind("\n", 0, old_start) + 1
        return not self.text[line_start:old_start].lstrip().startswith("#")

    def _whole_cell(self, a: int, last: int) -> bool:
        """Are words ``a..last`` exactly one cell?"""
        return self.cell_first[a] == a and self.cell_last[last] == last and self.cell[a] == self.cell[last]

    def _table_cell_over_text(self, a: int, b: int, first_old: int, last_old: int) -> bool:
        """Is the new copy one whole, short cell of a table row with at least three filled cells
        ("HT<TAB>Writing action plan to the Committee<TAB>Spring 1") whose earlier copy is part of a
        longer cell (the minute "... to bring the writing action plan to the Committee in February.")?
        Such a row is a table of the original, not a text-layer window: a window that repeats a whole
        cell of a table repeats the cell, not words inside running text."""
        if self.row_kind[a] not in (KEPT_TABLE, EDGED_TABLE) or not self._whole_cell(a, b - 1):
            return False
        if not self._heading_cell(a):
            return False  # a long cell of running text is a text-layer read, whatever its line holds
        if self._whole_cell(first_old, last_old):
            return False
        return self._filled_cells_on_line(a) >= 3

    def _filled_cells_on_line(self, j: int) -> int:
        """How many cells holding words share word ``j``'s line (walked cell by cell)."""
        line, count = self.line[j], 1
        before = self.cell_first[j] - 1
        while before >= 0 and self.line[before] == line:
            count, before = count + 1, self.cell_first[before] - 1
        after = self.cell_last[j] + 1
        while after < self.n and self.line[after] == line:
            count, after = count + 1, self.cell_last[after] + 1
        return count

    def _numbered_heading_in_sentence(self, a: int, b: int, first_old: int, last_old: int) -> bool:
        """Is the earlier copy the title of a numbered heading line, whole or its end ("2.1<TAB>Minutes of
        the meeting held on 20th October 2020", "24/2 Minutes of ...", "Item 2 – Minutes and action log of
        the meeting held on 21 January 2021", "Item 2: ... 2019 (Paper A)" with a note after the title, or
        "QPC/24/66" on a line of its own over the title), or its start when the rest of a short heading
        line goes on differently from the new copy ("2. Minutes of the meeting held on 24 May 2024 and
        action log"), and the new copy words inside a longer cell under it ("The minutes of the meeting
        held on 20th October 2020 were agreed as an accurate record.") or a summary line that labels a
        value with the title ("Area B – Prevention: Partial" under "4.2 Area B – Prevention (Q4–Q6)")?
        A window re-reads a heading with its number and its words as printed; a sentence or a labelled
        line that repeats a heading's words is the item's own text, and dropping it would cut the
        heading's title."""
        if self._inside_running_text(a, b):
            closing = self._title_closes_line(last_old) or self._title_goes_on_apart(b, last_old)
        else:
            closing = self._title_labels_a_value(a, b, last_old) and self._title_closes_line(last_old)
        return closing and self._numbered_heading_title(first_old, last_old)

    def _inside_running_text(self, a: int, b: int) -> bool:
        """Does the copy ``a..b-1`` sit inside running text: words of its own in its cell before it, and
        after it more words in its cell or a line break that wraps the sentence ("The minutes of the
        meeting held on 20 February 2024" then "were approved as ..." on the next line)? The words before
        must share its cell: a text-layer window also opens a line in lower case mid-sentence, under a
        line that stops mid-sentence, so a wrap before the copy tells nothing."""
        if a == self.cell_first[a]:
            return False
        return b - 1 < self.cell_last[b - 1] or (b < self.n and self._wraps_into(b - 1, b))

    def _wraps_into(self, last: int, first: int) -> bool:
        """Does a sentence wrap from word ``last`` at a line's end to word ``first`` opening the next line:
        ``last`` closes no sentence or label and ``first`` starts in lower case (a text layer breaks
        prose at the page width; a heading or a new line of the original opens with a capital)?"""
        return (
            self.line[first] == self.line[last] + 1
            and not self._word(last).rstrip(_CLOSERS).endswith((".", "?", "!", ":"))
            and self._word(first).lstrip(_OPENERS)[:1].islower()
        )

    def _title_closes_line(self, last_old: int) -> bool:
        """Does the title ending at ``last_old`` close its line, or only a note in brackets after it
        ("(Paper A)")?"""
        after = last_old + 1
        return after >= self.n or self.line[after] != self.line[last_old] or self._note_closes_line(after)

    def _title_goes_on_apart(self, b: int, last_old: int) -> bool:
        """Does the heading line go on after the earlier copy ("... 24 May 2024 and action log") to a
        heading's end (at most :data:`HEADING_MAX_WORDS` words from the copy's start, no sentence end),
        in its cell, while the new copy goes on with another word ("... 24 May 2024 were agreed")? A
        window that stops inside a title goes on with a clipped start of the title's next word ("an")."""
        after, end = last_old + 1, self.cell_last[last_old]
        if self.line[end] != self.line[last_old] or (
            end + 1 < self.n and self.line[end + 1] == self.line[end]
        ):
            return False  # the title's cell must close its line
        if end - self._line_number(last_old) > HEADING_MAX_WORDS or self._ends_sentence(end):
            return False
        went_on, title_goes_on = self.keys[b], self.keys[after]
        return not title_goes_on.startswith(went_on)

    def _title_labels_a_value(self, a: int, b: int, last_old: int) -> bool:
        """Is the new copy a whole line's opening that ends in a label's colon the earlier copy does not
        print, with a value after it on the line ("Area B – Prevention: Partial")? A window copies a
        title's words as printed, so a colon only the new copy has makes it a line of its own."""
        if self.cell_first[a] != a or not self._opens_line(a) or not self._is_label_word(b - 1):
            return False
        return not self._is_label_word(last_old) and b < self.n and self.line[b] == self.line[b - 1]

    def _numbered_heading_title(self, first_old: int, last_old: int) -> bool:
        """Are words ``first_old..last_old`` a heading's title on one line after its number (which
        opens the line, after any series prefix or item label), or on the line under a number alone?"""
        if self.line[last_old] != self.line[first_old]:
            return False
        number = first_old - 1 if self._opens_line(first_old) else self._line_number(first_old)
        if number < 0 or not self._opens_line(self._line_lead(number)):
            # the number must open its line, after its series prefix or label ("FB 23/24-02", "Item 2")
            return False
        if number + 1 < first_old and not self._opens_title(number + 1):
            return False  # "12 members read the notes of ...": a count opening prose, no heading's number
        return (
            # "Item 2:" as "Item 2"; a bold heading's "**2." as "2."
            _is_minute_number(self._word(number).lstrip(_EMPHASIS_MARKS).rstrip(":"))
            and last_old - first_old < HEADING_MAX_WORDS
            and not self._ends_sentence(last_old)
        )

    def _note_closes_line(self, j: int) -> bool:
        """Are the words from ``j`` to the end of its line a short note in brackets ("(Paper A)", "(Pages
        7 - 18)"), at most :data:`NOTE_MAX_WORDS` words, as a heading row prints after its title?"""
        if not self._word(j).startswith("("):
            return False
        last = j
        while last + 1 < self.n and self.line[last + 1] == self.line[j]:
            last += 1
            if last - j >= NOTE_MAX_WORDS:
                return False
        return self._word(last).endswith(")")

    def _opens_title(self, j: int) -> bool:
        """Does word ``j`` open a title: a capital first letter, after any dash or colon joined to it
        ("– Minutes", "Minutes")?"""
        word = self._word(j).lstrip("–—-:| \t")
        return word[:1].isupper()

    def _line_lead(self, number: int) -> int:
        """The first word of the lead-in before heading number ``number``: its series prefix ("FB" of
        "FB 23/24-02"), item label ("Item" of "Item 2") and a recording time ("[00:02:40]") before them,
        as far back as its line goes; ``number`` itself when nothing leads it."""
        j = number
        while (
            j > 0 and number - j < LEAD_WORDS and not self._opens_line(j) and _is_lead_in(self._word(j - 1))
        ):
            j -= 1
        return j

    def _line_number(self, j: int) -> int:
        """The heading number on the line of word ``j``, before it: the first word after the line's
        lead-in (see :meth:`_line_lead`), or -1 when the line is longer than a heading."""
        start = j
        while not self._opens_line(start):
            start -= 1
            if j - start >= HEADING_MAX_WORDS:
                return -1
        while start < j and _is_lead_in(self._word(start)):
            start += 1
        return start if start < j else -1

    def _opens_line(self, j: int) -> bool:
        """Is word ``j`` the first word of its line?"""
        return j == 0 or self.line[j - 1] != self.line[j]

    def _heading_cell(self, j: int) -> bool:
        """Is word ``j`` in a heading-like cell: at most :data:`HEADING_MAX_WORDS` words, the last not
        closing a sentence?"""
        start, end = self.cell_first[j], self.cell_last[j]
        return end - start < HEADING_MAX_WORDS and not self._ends_sentence(end)

    def _one_sentence(self, a: int, b: int, first_old: int, last_old: int) -> bool:
        """Are both copies exactly one whole sentence (the same sentence said twice)?"""
        opens = self._opens_sentence
        return (
            self._end_together(a, b, last_old)
            and (self.cell_first[a] == a or opens(a))
            and (self.cell_first[first_old] == first_old or opens(first_old))
        )

    def _end_together(self, a: int, b: int, last_old: int) -> bool:
        """Do both copies end a sentence at their last word, the new one holding no other end?"""
        ends = self._ends_sentence
        return ends(b - 1) and ends(last_old) and not any(ends(j) for j in range(a, b - 1))

    def _restated_after_label(self, a: int, b: int, first_old: int, last_old: int) -> bool:
        """Is the new copy a whole sentence after a label of its own, restating the end of an
        earlier sentence? ("Carmen will also publish the report." then, in the action list,
        "- @cortiz: publish the report."). A window repeat shares its left context with the
        earlier copy instead, so a label that differs from the word before that copy marks a
        restatement, not a window."""
        if not (a > self.cell_first[a] and self._is_label_word(a - 1)):
            return False
        if first_old > 0 and self.keys[first_old - 1] == self.keys[a - 1]:
            return False
        return self._end_together(a, b, last_old)

    def _labelled_line_restated(self, a: int, first_old: int) -> bool:
        """Does the new copy open its line after a label of its own ("ACTION: rmbali to move the index
        ...") while the earlier copy opens its line without it ("rmbali to move the index ... - not
        started")? A meeting bot's log notes a point and then records it again as an action; a window
        repeats a line with its label, so a label only the new line has marks a line of the original."""
        if not (a > 0 and self.cell_first[a] == a - 1 and self._is_label_word(a - 1)):
            return False
        return self.cell_first[first_old] == first_old

    def _formula_with_another_subject(self, a: int, b: int, first_old: int, last_old: int) -> bool:
        """Are both copies the rest of a sentence after its different first word, which opens the line
        ("Executive officer reports approved as submitted by General Consent." then "Additional officer
        reports approved ...")? A formula said again of another subject; a window repeats the word
        before its copy too, or starts at a line's start."""
        if first_old == 0 or self.cell_first[a] != a - 1 or self.cell_first[first_old] != first_old - 1:
            return False
        if self.keys[a - 1] == self.keys[first_old - 1]:
            return False
        return (
            self._opens_sentence(a - 1)
            and self._opens_sentence(first_old - 1)
            and self._end_together(a, b, last_old)
        )

    def _field_line_again(self, a: int, b: int, first_old: int, last_old: int) -> bool:
        """Are both copies one whole line that opens with a label ("Presented by: Ann Lee, Head of
        Governance" under two items)? A template's field line recurs whole, as a sentence said twice
        does; a window starts or stops inside the lines it repeats, or runs on over the next one."""
        if b - a > FIELD_LINE_MAX_WORDS:
            return False
        if not (self._whole_cell(a, b - 1) and self._whole_cell(first_old, last_old)):
            return False
        return any(self._is_label_word(j) for j in range(a, min(a + FIELD_LABEL_WORDS, b - 1)))

    def _is_label_word(self, j: int) -> bool:
        return self._word(j).endswith(":")

    def _drop_clipped_head(self, first_old: int) -> None:
        """A window that starts mid-word ("orted that ...") repeats the end of the word before."""
        before = self.prv[first_old]
        if len(self.pending) == 1 and before != self.head:
            j = self.pending[0]
            if (
                self.cell_first[j] == j
                and self.keys[before].endswith(self.keys[j])
                and _may_be_clipped(self.keys[j], self.keys[before])
            ):
                self.node[j] = before
                self.pending.clear()

    def _placed_in_line(self, j: int, a: int) -> bool:
        """Is word ``j`` a new word of the same line as word ``a``, already linked in on its own?"""
        return j >= 0 and self.cell_first[a] != a and self.node[j] == j

    def _erase_if_clipped(self, j: int, word: int, *, head: bool) -> None:
        """Hide an earlier one-word cell edge that is a clipped copy of ``word``: the start of a
        window that began mid-word (``head``) or the end of one that stopped mid-word."""
        if j == self.head or j in self.erased:
            return
        at_edge = self.cell_first[j] == j if head else self.cell_last[j] == j
        clipped, full = self.keys[j], self.keys[word]
        if (
            at_edge
            and _may_be_clipped(clipped, full)
            and (full.endswith(clipped) if head else full.startswith(clipped))
        ):
            self.erased.add(j)

    def _is_clipped_tail(self, i: int) -> bool:
        """A window that stops mid-word ("... confirmed that th") repeats the start of the next."""
        if self.dropped_to is None or self.dropped_to[0] != i - 1 or self.cell_last[i] != i:
            return False
        after = self.nxt[self.dropped_to[1]]
        if (
            after == self.head
            or not self.keys[after].startswith(self.keys[i])
            or not _may_be_clipped(self.keys[i], self.keys[after])
        ):
            return False
        self.node[i] = after
        return True

    def _close_run(self) -> None:
        run, self.run = self.run, []
        a, b = run[0][0], run[-1][0] + 1
        if self._is_window_repeat(a, b, run[0][1], run[-1][1]):
            for j, old in run:
                self.node[j] = old
            self.dropped_to = (b - 1, run[-1][1])
            if self.pending:
                self._drop_clipped_head(run[0][1])
            if self.pending:
                self._erase_if_clipped(self.prv[run[0][1]], self.pending[-1], head=True)
                self._flush_pending(before=run[0][1])
            elif self._placed_in_line(a - 1, a):
                # the new read's own words went in mid-line before the repeat ("... 60-day default
                # embargo" against an earlier line opening "lt embargo"): the same clipped head
                self._erase_if_clipped(self.prv[run[0][1]], a - 1, head=True)
        elif self.pending:
            self.pending.extend(j for j, _ in run)
        else:
            for j, _ in run:
                self._place_new(j)
        if self.pending and self.cell_last[self.pending[-1]] == self.pending[-1]:
            self._flush_pending()

    def assemble(self) -> np.ndarray:
        """Word indices of the output in reading order."""
        cover_until = -1
        grams, node, index, k = self.grams, self.node, self.index, self.k
        repeated_at, next_covered = self.repeated_at, self.next_covered
        n_repeated, indexed, setdefault = len(repeated_at), 0, index.setdefault
        pending, cell_first, cell_last = self.pending, self.cell_first, self.cell_last
        prv, head = self.prv, self.head
        i = 0
        while i < self.n:
            while indexed < n_repeated and repeated_at[indexed] + k <= i and node[repeated_at[indexed]] >= 0:
                setdefault(grams[repeated_at[indexed]], node[repeated_at[indexed]])
                indexed += 1
            if not self.run and not pending and next_covered[i] > i and self._may_bulk(i):
                # A stretch no repeated k-gram can touch: link it in one go. The rest of word
                # i's cell follows its anchor; every later whole cell of the stretch would be
                # placed at the end (a new cell with no anchor), so they go there as one block.
                # The cell that a repeated k-gram reaches into is left to the word-by-word path.
                stop = next_covered[i]
                end = min(stop, cell_last[i] + 1)
                self._link_block(prv[head] if cell_first[i] == i else node[i - 1], i, end)
                whole = self.n if stop == self.n else cell_first[stop]
                if whole > end:
                    self._link_block(prv[head], end, whole)
                    end = whole
                i = end
                continue
            target = None
            gram = grams.get(i)  # only k-grams that occur twice have an entry
            if gram is not None:
                target = index.get(gram)
                if target is not None:
                    cover_until = i + k
            if target is None and self.run and i < cover_until:
                target = self._walk(self.run[-1][1], self.keys[i])
            if target is not None:
                if self.run and cell_first[i] == i and target != self.nxt[self.run[-1][1]]:
                    # a new read that repeats another stretch of the earlier copy (windows printed
                    # out of order): each read's repeat is judged on its own edges
                    self._close_run()
                self.run.append((i, target))
                i += 1
                continue
            if self.run:
                self._close_run()
            if not self._is_clipped_tail(i):
                if self.dropped_to is not None and self.dropped_to[0] == i - 1:
                    self._erase_if_clipped(self.nxt[self.dropped_to[1]], i, head=False)
                self._place_new(i)
            if cell_last[i] == i and pending and not self.run and not self._number_opens_row(i):
                self._flush_pending()
            i += 1
        if self.run:
            self._close_run()
        self._flush_pending()
        order = _list_order(self.nxt, self.head, self.linked_ends)
        if self.erased:
            order = order[~np.isin(order, np.fromiter(self.erased, dtype=np.int64))]
        return order


# --------------------------------------------------------------------------- output


class _Writer:
    """Accumulates output text and merges provenance spans that continue each other.

    Span ``i`` is output ``starts[i]:ends[i]``, read at input ``sources[i]`` (same length); kept
    as flat lists rather than an object per span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.sources: list[int] = []

    def add(self, chunk: str, source_start: int | None) -> None:
        if not chunk:
            return
        size = len(chunk)
        if source_start is not None:
            ends = self.ends
            if (
                ends
                and ends[-1] == self.pos
                and self.sources[-1] + self.pos - self.starts[-1] == source_start
            ):
                ends[-1] += size
            else:
                self.starts.append(self.pos)
                ends.append(self.pos + size)
                self.sources.append(source_start)
        self.parts.append(chunk)
        self.pos += size

    def spans(self) -> list[dict[str, int]]:
        """The spans as ``DedupSpan`` fields."""
        return [
            {"start": start, "end": end, "source_start": source, "source_end": source + end - start}
            for start, end, source in zip(self.starts, self.ends, self.sources, strict=True)
        ]


def _end_of(tok: _Tokens, j: int) -> int:
    """Where word ``j`` ends in the input: past its second half when it was hyphenated across a
    line break (``ends`` stops at the hyphen of the first half), so what follows the word is read
    from after "ition", not from after "cond-"."""
    piece = tok.pieces.get(j)
    return piece[-1][1] if piece else int(tok.ends[j])


def _line_end_of(tok: _Tokens, j: int) -> int:
    """The input line word ``j`` ends on (a hyphenated word ends on the line after its first half)."""
    return int(tok.line[j]) + (1 if j in tok.pieces else 0)


def _separator(text: str, tok: _Tokens, a: int, b: int) -> tuple[str, bool]:
    """What goes between output words ``a`` and ``b``, and whether it is copied from the input
    (from :func:`_end_of` ``a`` on)."""
    end_a = _end_of(tok, a)
    if b == a + 1:
        sep = text[end_a : tok.starts[b]]
        margin = _MARGIN_GAP_RE.match(sep) if sep[-1:] in " \t" else None
        if margin:  # the line breaks before a blanked margin number, blank lines and all
            return margin.group(1), False
        if sep.isspace():
            if sep == "\t" and tok.kind[a] == TABLE and _closes_row_heading(text, end_a, int(tok.starts[b])):
                return "\n", False
            if "\t" in sep and TABLE in (tok.kind[a], tok.kind[b]):
                return ("\n" * sep.count("\n") or " "), False
            if "\t" in sep and "\n" in sep and EDGED_TABLE in (tok.kind[a], tok.kind[b]):
                return sep.replace("\t", ""), False  # an edged row's outer TABs go
            return sep, True
    if b > 0 and _line_end_of(tok, b - 1) == tok.line[b]:
        return " ", False
    if (
        text[end_a : end_a + 1] == "\t"
        and a + 1 < len(tok.keys)
        and tok.line[a + 1] == tok.line[a] != (tok.line[a - 1] if a else -1)
        and tok.keys[b] == tok.keys[a + 1]
        and _is_item_number(text[tok.starts[a] : end_a])
    ):
        return " ", False  # a row's number cell put before the heading its row repeats
    last = text[end_a - 1]
    first = text[tok.starts[b]]
    continuing = (
        last not in ".:?!;"
        and first.islower()
        and not _is_list_marker(text[tok.starts[b] : tok.ends[b]])
        and _HEADING_CLOSER_RE.search(text, int(tok.starts[a]), end_a) is None
    )
    start_b = int(tok.starts[b])
    if continuing:
        bullet = _bullet_dropped_before(text, end_a, start_b)
        # a lower-case entry below its dropped bullet: the bullet goes back, for only it tells the entry opens
        return (f"\n{_indent_before(text, start_b)}{bullet}", False) if bullet else (" ", False)
    break_ = "\n\n" if last in ".?!" and _keeps_paragraph_break(text, end_a, start_b) else "\n"
    return break_ + _indent_before(text, start_b), False


def _bullet_dropped_before(text: str, end: int, start: int) -> str:
    """The lone bullet, with a space, dropped as furniture on the line right above the word at ``start``,
    after the word ending at ``end`` ("... meeting (JT)" / "•" / "the final budget to be ..."), or "". The
    text layer set the bullet apart from its entry: it goes back before the entry, which opens a new list
    entry, not a lower-case word going on with the entry above."""
    line_start = text.rfind("\n", end, start) + 1
    above = text.rfind("\n", end, max(line_start - 1, end)) + 1
    if line_start == 0 or above < end:
        return ""
    line = text[above : line_start - 1]
    return line.strip() + " " if _LONE_BULLET_RE.match(line) else ""


def _keeps_paragraph_break(text: str, end: int, start: int) -> bool:
    """Whether the text dropped between a sentence's end at ``end`` and the word at ``start`` that opens a
    line ends with a blank line above that line: a garbled copy of a paragraph's last lines dropped before
    the next paragraph ("... the new freeze date." / "release could still be cut by ..." / "" / "Security
    Audit Findings"), so the blank line parts the paragraphs and stays. A page's footer and header dropped
    between them ("Page 2 of 5") is no such copy: a paragraph running on over the page break keeps no
    blank line, unless the line stands below more than one blank line, the space a page sets above a
    heading or a new paragraph opening it (one blank line is only the running header's margin)."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1  # the line above it starts here
    if line_start == 0 or text[above : line_start - 1].strip():
        return False
    if not any(is_page_marker(line) for line in text[end:line_start].splitlines()):
        return True
    return not text[text.rfind("\n", 0, max(above - 1, 0)) + 1 : above].strip()


def _closes_row_heading(text: str, end: int, next_start: int) -> bool:
    """Whether the TAB between ``end`` and ``next_start`` parts a table row's heading from its text: the
    line up to it is an item number and a short title, and the cell after it holds the item's minutes
    (at least ``ROW_TEXT_MIN_WORDS`` words). A Word table "Item | Discussion | Decision / Action" whose
    rows wrap into rows with an empty first cell comes out as such rows; written with single spaces,
    the title would run into the discussion ("3.1 Schedule and milestones Mechanical installation
    ..."), so the text goes on a line of its own below the heading."""
    line_start = text.rfind("\n", 0, end) + 1
    heading = _ROW_HEADING_RE.fullmatch(text, line_start, end)
    if heading is None or len(heading.group().split()) > ROW_TITLE_MAX_WORDS + 1:
        return False
    stop = len(text)
    for mark in "\t\n":
        found = text.find(mark, next_start)
        if found != -1:
            stop = min(stop, found)
    return len(text[next_start:stop].split()) >= ROW_TEXT_MIN_WORDS


def _indent_before(text: str, start: int) -> str:
    """The spaces that indent the input line a word opening it at ``start`` stands on ("  * AI: ..." after
    a running header that was removed): kept, so that a nested bullet stays nested; "" when the word
    does not open its line or the line is not indented with spaces."""
    lead = text[text.rfind("\n", 0, start) + 1 : start]
    return lead if lead and not lead.strip(" ") else ""


def _is_list_marker(word: str) -> bool:
    """A list entry's letter or number with its stop or bracket ("c)", "b.", "3)"): the word opens
    an entry of its own, so a dropped copy before it does not make it run on from the line above."""
    return word[-1:] in ".)" and bool(_ITEM_NUMBER_RE.match(word))


def _verbatim_continuations(codes: np.ndarray, tok: _Tokens, order: np.ndarray) -> np.ndarray:
    """For each output position after the first: does that word simply continue the verbatim
    copy of the input that the word before it is part of? It must be the next input word, with
    only whitespace between them in the input (no TAB when either word is in a TABLE row, whose
    TABs ``_separator`` rewrites, nor a TAB and a newline beside an EDGED_TABLE row, whose outer
    TABs it drops), and neither word may be hyphen-merged.

    ``codes`` are the input's code points. Characters between words are whitespace in the
    working text, so a gap holds ink only where furniture or tags were blanked out."""
    n = len(tok.keys)
    ink = ~_is_space(codes)
    blanked = (
        np.flatnonzero(ink & (tok.work_codes != codes))
        if tok.work_codes is not codes
        else np.zeros(0, dtype=np.int64)
    )
    after, before = tok.starts[1:], tok.ends[:-1]
    gap_blank = np.zeros(n, dtype=bool)  # text between word j and word j + 1 is whitespace only
    gap_blank[:-1] = (after > before) & ~_holds_any(blanked, before, after)
    gap_tab = np.zeros(n, dtype=bool)
    gap_tab[:-1] = _holds_any(np.flatnonzero(codes == 9), before, after)
    whole = np.ones(n, dtype=bool)
    if tok.pieces:
        whole[np.fromiter(tok.pieces, dtype=np.int64)] = False
    table = tok.kind == TABLE
    edge_gap = np.zeros(n, dtype=bool)  # a gap that leaves or enters an edged row's line
    edged = tok.kind == EDGED_TABLE
    if n and edged.any():
        edge_gap[:-1] = (edged[:-1] | edged[1:]) & _holds_any(np.flatnonzero(codes == 10), before, after)
    prev, cur = order[:-1], order[1:]
    return (
        (cur == prev + 1)
        & whole[prev]
        & whole[cur]
        & gap_blank[prev]
        & ~(gap_tab[prev] & (table[prev] | table[cur] | edge_gap[prev]))
    )


def _write(text: str, codes: np.ndarray, tok: _Tokens, order: np.ndarray) -> _Writer:
    """Write the words of ``order``: stretches that continue the input verbatim are copied in
    one piece (found in bulk), other joins get a separator from ``_separator``."""
    out = _Writer()
    if not len(order):
        return out
    starts, ends, pieces = tok.starts, tok.ends, tok.pieces
    first = int(order[0])
    lead = text[: starts[first]]
    if first == 0 and (lead == "" or lead.isspace()) and "\t" not in lead:
        out.add(lead, 0)
    seg_starts = np.flatnonzero(~np.concatenate(([False], _verbatim_continuations(codes, tok, order))))
    seg_first = order[seg_starts].tolist()
    seg_last = order[np.append(seg_starts[1:], len(order)) - 1].tolist()
    prev = -1
    for j, last in zip(seg_first, seg_last, strict=True):
        if prev >= 0:
            sep, copied = _separator(text, tok, prev, j)
            out.add(sep, _end_of(tok, prev) if copied else None)
        if j in pieces:
            for start, end in pieces[j]:
                out.add(text[start:end], start)
        else:
            out.add(text[starts[j] : ends[last]], int(starts[j]))
        prev = last
    tail = text[_end_of(tok, prev) :]
    if prev == len(starts) - 1 and tail.isspace() and "\t" not in tail:
        out.add(tail, _end_of(tok, prev))
    elif text.endswith("\n"):
        out.add("\n", None)
    return out


# --------------------------------------------------------------------------- API


def deduplicate(text: str, *, min_repeat_words: int = DEFAULT_MIN_REPEAT_WORDS) -> DedupResult:
    """Remove repeated windows and page furniture, keeping each passage once in reading order.

    ``min_repeat_words`` (default 8) is the shortest repeat, in words, that may be removed;
    shorter repeats are always kept, so formulaic lines survive. Raise it to be more
    conservative, lower it (>= 2) to catch shorter stutters. A table laid out in space-aligned
    columns whose cells wrap side by side is first re-read cell by cell (:func:`_column_reading`);
    the spans then point into ``text`` through that reading."""
    if min_repeat_words < 2:
        raise ValueError("min_repeat_words must be at least 2")
    lines, codes = _furnished_lines(text)
    reading = _column_reading(text, lines)
    if reading is None:
        return _deduplicate_lines(text, codes, lines, min_repeat_words)
    read = "".join(reading.parts)
    read_lines, read_codes = _furnished_lines(read)
    inner = _deduplicate_lines(read, read_codes, read_lines, min_repeat_words)
    return _result(inner.text, _traced_back(inner.spans, reading.spans()), len(text))


def _furnished_lines(text: str) -> tuple[_Lines, np.ndarray]:
    """The lines of ``text`` with page markers and running headers marked to drop, and its code points."""
    lines = _split_lines(text)
    codes = _code_points(text)
    _mark_running_furniture(codes, lines)
    return lines, codes


def _deduplicate_lines(text: str, codes: np.ndarray, lines: _Lines, min_repeat_words: int) -> DedupResult:
    """:func:`deduplicate` of ``text`` split into ``lines`` with its running furniture marked."""
    _classify_lines(lines)
    tok = _tokenize(text, codes, lines)
    order = _Assembler(text, tok, min_repeat_words).assemble()
    out = _write(text, codes, tok, order)
    return _result("".join(out.parts), out.spans(), len(text))


def _result(text: str, spans: list[dict[str, int]], input_chars: int) -> DedupResult:
    """The stage's result: the output ``text``, its ``spans`` and what they leave of the input."""
    kept = sum(span["end"] - span["start"] for span in spans)
    return DedupResult.model_validate(
        {"text": text, "spans": spans, "input_chars": input_chars, "removed_chars": input_chars - kept}
    )


def _traced_back(spans: list[DedupSpan], through: list[dict[str, int]]) -> list[dict[str, int]]:
    """``spans`` (into an intermediate text) traced back to the input through ``through`` (the
    intermediate text's own spans, in order): a span is cut where the pieces it covers were read
    apart, and what it covers outside any piece (a space joining wrapped lines) has no source."""
    begins = [piece["start"] for piece in through]
    traced: list[dict[str, int]] = []
    for span in spans:
        at = max(bisect_right(begins, span.source_start) - 1, 0)
        while at < len(through) and through[at]["start"] < span.source_end:
            piece = through[at]
            low, high = max(piece["start"], span.source_start), min(piece["end"], span.source_end)
            if low < high:
                start = span.start + low - span.source_start
                source = piece["source_start"] + low - piece["start"]
                traced.append(
                    {
                        "start": start,
                        "end": start + high - low,
                        "source_start": source,
                        "source_end": source + high - low,
                    }
                )
            at += 1
    return traced


def passthrough(text: str) -> DedupResult:
    """The input unchanged (the "no de-duplication" ablation), with one identity span."""
    spans = [DedupSpan(start=0, end=len(text), source_start=0, source_end=len(text))] if text else []
    return DedupResult(text=text, spans=spans, input_chars=len(text), removed_chars=0)
