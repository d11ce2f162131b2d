"""De-duplication: turn an extracted text layer into the text as the original document reads.

PDF text layers of minutes repeat passages as overlapping "windows" that start and stop at
different points, interleave table columns with TABs, detach bullets from their text and
scatter running headers and page numbers. This stage treats the input like overlapping
reads of one original and assembles them back into one copy, in reading order.

How it works
------------
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
   (so clean text passes through byte-identical), reads table rows as "NUMBER TEXT ACTION"
   with single spaces, keeps TABs in header attendance rows, and records for every kept span
   where it came from in the input.

What is *not* removed: repeats shorter than ``min_repeat_words`` words (formulaic lines such
as "None", "Actions arising:", "The CC responded that"), a repeated phrase whose two copies
sit inside different text on both sides, and a repeated whole sentence (the same sentence in
two items).

Cost
----
Time and memory are O(n * k) for n input words (k is a small constant, 8 by default): one
pass for the tokens, k vectorised passes for the hashes, one pass of O(1) dictionary and
linked-list operations per word, and a bounded look-ahead of four list nodes when a repeat
continues past its k-gram. Furniture detection is linear in the number of lines. Growth is
therefore linear in the text size (see ``evaluation/benchmarks/bench_dedup.py``).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import numpy as np

from pipeline.schema import DedupResult, DedupSpan

DEFAULT_MIN_REPEAT_WORDS = 8
"""A repeat shorter than this many words is never removed (formulaic lines, stock phrases)."""

LONG_REPEAT_FACTOR = 5
"""A repeat of at least ``LONG_REPEAT_FACTOR * min_repeat_words`` words is a window duplicate
wherever it sits (unless it is exactly one sentence)."""

EDGE_SLACK = 2
"""A repeat "touches" a fragment edge when at most this many words (a clipped word such as
"en" or "orted") lie between it and the edge."""

PLAIN, TABLE, ATTENDANCE, KEPT_TABLE = 0, 1, 2, 3
"""Line kinds. TABLE: a text-layer row with empty cells or a stray column header, read as
"NUMBER TEXT ACTION" on one line. ATTENDANCE (header rows) and KEPT_TABLE (a well-formed
table, every cell filled) keep their TABs."""

_PAGE_RE = re.compile(
    r"^\s*(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–]?\s*\d{1,4}\s*[-–]?|\d{1,4}\s*/\s*\d{1,4})\s*$",
    re.IGNORECASE,
)
_LONE_BULLET_RE = re.compile(r"^\s*[•●▪◦·]\s*$")
_COLUMN_HEADER_CELLS = frozenset({"ACTION", "ACTIONS", "ACTION BY", "OWNER", "Name:", "Capacity:", "Role:"})
_TABLE_DROP_CELLS = frozenset({"ACTION", "ACTIONS", "ACTION BY", "OWNER"})
_ATTENDANCE_LABEL_RE = re.compile(r"^[A-Z][A-Za-z ]{1,30}:$")
_ITEM_NUMBER_RE = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-Za-z\u0400-\u04ff][.)]?|\([A-Za-z]\)|[ivx]+[.)])$")
_WORD_RE = re.compile(r"\S+")
_DIGITS_RE = re.compile(r"\d+")
_FURNITURE_MAX_CHARS = 120  # running headers, footers and garbled headings are short lines
# inline HTML left in PDF text layers ("<i>...</i>"); only real tag names, so that chat
# transcripts' "<nick>" speakers are text
_TAG_RE = re.compile(r"</?(?:i|b|u|em|strong|span|sup|sub|br|p|font|small|big|a)(?:\s[^<>]{0,60})?/?>", re.I)
_HYPHENATED_RE = re.compile(r"^[A-Za-z]{2,}-$")
_PUNCT = string.punctuation + "“”‘’«»•–—…·●▪◦"
_CLOSERS = "\"'”’)]*"
_HASH_BASE = np.uint64(1_000_003)
_LOOKAHEAD = 4


# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    start: int
    end: int
    text: str
    kind: int = PLAIN
    drop: bool = False


def _split_lines(text: str) -> list[_Line]:
    """Lines with their offsets (the newline itself belongs to no line)."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def is_page_marker(line: str) -> bool:
    """A page number line: "Page 3 of 7", "3/7", "- 3 -", a lone number, or a form feed."""
    return "\f" in line or bool(_PAGE_RE.match(line))


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]


def _is_column_header_row(line: str) -> bool:
    """A TAB row whose only contents are column headers ("Name:<TAB>Capacity:", "ACTION")."""
    cells = [c for c in _cells(line) if c]
    return "\t" in line and bool(cells) and all(c in _COLUMN_HEADER_CELLS for c in cells)


def _shape(line: str) -> str:
    """A line with digits masked, case and spacing folded: running headers compare equal."""
    return " ".join(_DIGITS_RE.sub("#", line.lower()).split())


def _mark_running_furniture(lines: list[_Line]) -> None:
    """Drop page markers and the lines that recur beside them (running headers/footers).

    A line is furniture when it sits right next to a page marker (blank lines aside) at least
    twice and never elsewhere, or when it repeats the document's first line (the title reused as
    a running header)."""
    markers = [i for i, line in enumerate(lines) if is_page_marker(line.text) and line.text.strip()]
    if not markers:
        return
    near: set[int] = set()
    content = [i for i, line in enumerate(lines) if line.text.strip()]
    rank = {i: r for r, i in enumerate(content)}
    for m in markers:
        lines[m].drop = True
        r = rank[m]
        near.update(content[max(0, r - 1) : r + 2])
    occurrences: dict[str, list[int]] = defaultdict(list)
    for i in content:
        if not lines[i].drop and len(lines[i].text) <= _FURNITURE_MAX_CHARS:
            occurrences[_shape(lines[i].text)].append(i)
    for found in occurrences.values():
        close = [i for i in found if i in near]
        away = [i for i in found if i not in near]
        if len(close) >= 2 and not away or (close and away == [content[0]]):
            for i in close:
                lines[i].drop = True


def _heading_words(line: str) -> list[str]:
    """The words of a line with a leading item-number cell or token removed."""
    words = line.replace("\t", " ").split()
    if words and _ITEM_NUMBER_RE.match(words[0]):
        words = words[1:]
    return words


def is_garbled_duplicate(line: str, following: str) -> bool:
    """Is ``line`` a garbled copy of the heading that starts ``following``?

    Extraction sometimes emits a heading twice, once with letters mangled ("Demostic violence
    and church" before "e<TAB>Domestic violence and abuse ..."). The line must be a short
    title (3-8 words, no closing full stop), similar to the start of the next line
    (difflib ratio >= 0.6) but not equal to it, and the next line must be a numbered heading
    while this one carries no number."""
    words = line.split()
    if not 3 <= len(words) <= 8 or line.rstrip().endswith((".", "?", "!")):
        return False
    if _ITEM_NUMBER_RE.match(words[0]) or not _ITEM_NUMBER_RE.match(following.split()[0]):
        return False
    head = _heading_words(following)[: len(words)]
    if len(head) < len(words):
        return False
    mine, theirs = " ".join(words).lower(), " ".join(head).lower()
    return mine != theirs and SequenceMatcher(None, mine, theirs).ratio() >= 0.6


def _classify_lines(lines: list[_Line]) -> None:
    """Mark furniture to drop and the kind of every TAB row."""
    _mark_running_furniture(lines)
    in_attendance = False
    content = [line for line in lines if line.text.strip()]
    for pos, line in enumerate(content):
        text = line.text
        if _LONE_BULLET_RE.match(text) or _is_column_header_row(text):
            line.drop = True
            continue
        if line.drop:
            continue
        nxt = next((c.text for c in content[pos + 1 : pos + 3] if not c.drop), "") if len(text) < 100 else ""
        if nxt and is_garbled_duplicate(text.strip(), nxt):
            line.drop = True
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
            line.kind = ATTENDANCE
        elif "" in cells or any(c in _TABLE_DROP_CELLS for c in cells):
            line.kind = TABLE
        else:
            line.kind = KEPT_TABLE


# --------------------------------------------------------------------------- tokens


@dataclass
class _Tokens:
    """Parallel arrays, one entry per word (after merging bullets and hyphenation)."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    cell: list[int] = field(default_factory=list)
    line: list[int] = field(default_factory=list)
    kind: list[int] = field(default_factory=list)
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


def _working_text(text: str, lines: list[_Line]) -> str:
    """``text`` with dropped lines, inline tags and stray column-header cells blanked to spaces
    (same length, so offsets stay valid)."""
    parts, pos = [], 0
    for line in lines:
        if line.drop:
            blank = "".join(" " if ch != "\t" else "\t" for ch in line.text)
        elif "<" in line.text:
            blank = _TAG_RE.sub(lambda m: " " * len(m.group()), line.text)
        elif line.kind == TABLE:
            blank = "\t".join(
                " " * len(c) if c.strip() in _TABLE_DROP_CELLS else c for c in line.text.split("\t")
            )
        else:
            continue
        parts += [text[pos : line.start], blank]
        pos = line.end
    return "".join([*parts, text[pos:]]) if parts else text


def _tokenize(text: str, lines: list[_Line]) -> _Tokens:
    """Words of the kept lines with their cells; keyless marks (bullets, dashes) join the next
    word and a word hyphenated at a line end is read whole. Offsets are found in bulk."""
    work = _working_text(text, lines)
    words = work.split()
    codes = np.frombuffer(work.encode("utf-32-le"), dtype=np.uint32)
    space = np.ones(len(codes) + 2, dtype=bool)
    space[1:-1] = np.isin(codes, _WHITESPACE)
    starts = np.flatnonzero(space[:-2] & ~space[1:-1])
    ends = np.flatnonzero(~space[1:-1] & space[2:]) + 1
    if len(starts) != len(words):  # exotic whitespace: fall back to the regex's view
        spans = [m.span() for m in _WORD_RE.finditer(work)]
        words = [work[a:b] for a, b in spans]
        starts = np.array([a for a, _ in spans], dtype=np.int64)
        ends = np.array([b for _, b in spans], dtype=np.int64)
    breaks = np.flatnonzero((codes == 9) | (codes == 10)) if "\t" in work else np.zeros(0, dtype=np.int64)
    newlines = np.array([line.end for line in lines], dtype=np.int64)
    line_of = np.searchsorted(newlines, starts)
    cell_of = np.searchsorted(breaks, starts) if len(breaks) else line_of.copy()
    kinds = np.array([line.kind for line in lines], dtype=np.int64)
    tok = _Tokens(
        starts=starts.tolist(),
        ends=ends.tolist(),
        keys=[w.lower().strip(_PUNCT) if w.isascii() else word_key(w) for w in words],
        cell=cell_of.tolist(),
        line=line_of.tolist(),
        kind=kinds[line_of].tolist() if len(line_of) else [],
    )
    _merge_hyphenated(text, tok)
    _merge_keyless(text, tok)
    return tok


def _merge_hyphenated(text: str, tok: _Tokens) -> None:
    """Join "devel-" at a line end with "oped" at the next line start into one word."""
    n = len(tok.keys)
    gone: list[int] = []
    for j in [j for j in range(n - 1) if text[tok.ends[j] - 1] == "-"]:
        word, nxt_word = text[tok.starts[j] : tok.ends[j]], text[tok.starts[j + 1] : tok.ends[j + 1]]
        between = text[tok.ends[j] : tok.starts[j + 1]]
        if not (
            _HYPHENATED_RE.match(word)
            and nxt_word[:1].islower()
            and between.count("\n") == 1
            and between.isspace()
            and tok.kind[j] == PLAIN == tok.kind[j + 1]
            and tok.line[j + 1] == tok.line[j] + 1
        ):
            continue
        tok.pieces[j] = [(tok.starts[j], tok.ends[j] - 1), (tok.starts[j + 1], tok.ends[j + 1])]
        tok.keys[j] = tok.keys[j].rstrip("-") + tok.keys[j + 1]
        old_cell, new_cell = tok.cell[j + 1], tok.cell[j]
        k = j + 1
        while k < n and tok.cell[k] == old_cell:  # the rest of that line continues the cell
            tok.cell[k] = new_cell
            k += 1
        gone.append(j + 1)
    _remove(tok, gone)


def _merge_keyless(text: str, tok: _Tokens) -> None:
    """Marks without letters or digits ("•", "–") join the next word of their cell, else the
    previous one; a cell of marks only keeps them as a word keyed by the marks themselves."""
    gone: list[int] = []
    n = len(tok.keys)
    for j in reversed([j for j in range(n) if not tok.keys[j]]):
        if j + 1 < n and tok.cell[j + 1] == tok.cell[j] and tok.keys[j + 1] and j + 1 not in tok.pieces:
            tok.starts[j + 1] = tok.starts[j]
            gone.append(j)
        elif j > 0 and tok.cell[j - 1] == tok.cell[j] and tok.keys[j - 1] and j - 1 not in tok.pieces:
            tok.ends[j - 1] = tok.ends[j]
            gone.append(j)
        else:
            tok.keys[j] = text[tok.starts[j] : tok.ends[j]]
    _remove(tok, sorted(gone))


def _remove(tok: _Tokens, gone: list[int]) -> None:
    """Delete the words at the (sorted) indices ``gone``, renumbering ``pieces``."""
    if not gone:
        return
    for name in ("starts", "ends", "keys", "cell", "line", "kind"):
        values = getattr(tok, name)
        keep = np.delete(np.array(values, dtype=object if name == "keys" else np.int64), gone)
        setattr(tok, name, keep.tolist())
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


def _cell_bounds(cells: list[int]) -> tuple[list[bool], list[bool], list[int], list[int]]:
    """Per word: does it start / end its cell, and the index of its cell's first / last word."""
    n = len(cells)
    if not n:
        return [], [], [], []
    cell = np.array(cells, dtype=np.int64)
    change = cell[1:] != cell[:-1]
    starts = np.concatenate(([True], change))
    ends = np.concatenate((change, [True]))
    index = np.arange(n)
    first = np.maximum.accumulate(np.where(starts, index, 0))
    last = np.minimum.accumulate(np.where(ends, index, n)[::-1])[::-1]
    return starts.tolist(), ends.tolist(), first.tolist(), last.tolist()


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


def _longest_same(values: list[int], a: int, b: int) -> int:
    """Length of the longest stretch of equal values in ``values[a:b]``."""
    best = current = 0
    for j in range(a, b):
        current = current + 1 if j > a and values[j] == values[j - 1] else 1
        best = max(best, current)
    return best


def _ends_sentence(word: str) -> bool:
    return word.rstrip(_CLOSERS).endswith((".", "?", "!"))


class _Assembler:
    """One pass over the words: link first occurrences in reading order, drop window repeats."""

    def __init__(self, text: str, tok: _Tokens, k: int) -> None:
        n = len(tok.keys)
        self.n, self.k, self.long = n, k, LONG_REPEAT_FACTOR * k
        self.keys, self.cell = tok.keys, tok.cell
        hashes = _gram_hashes(tok.keys, k)
        self.grams = hashes.tolist()
        # Only k-grams that occur twice or more can ever match: index just those, and walk word
        # by word only where such a k-gram could cover the word; other stretches link in bulk.
        _, inverse, counts = np.unique(hashes, return_inverse=True, return_counts=True)
        repeated = counts[inverse] > 1
        self.repeated_at = np.flatnonzero(repeated).tolist()
        self.repeated = repeated.tolist()
        self.next_covered = _next_maybe_covered(repeated, n, k)
        self.cell_start, self.cell_end, self.cell_first, self.cell_last = _cell_bounds(tok.cell)
        self.text, self.starts, self.ends = text, tok.starts, tok.ends
        self.head = n
        self.nxt = [n] * (n + 1)
        self.prv = [n] * (n + 1)
        self.node = [-1] * n
        self.index: dict[int, int] = {}
        self.run: list[tuple[int, int]] = []
        self.pending: list[int] = []
        self.dropped_to: tuple[int, int] | None = None
        self.erased: set[int] = set()

    def _ends_sentence(self, j: int) -> bool:
        return _ends_sentence(self.text[self.starts[j] : self.ends[j]])

    def _opens_sentence(self, j: int) -> bool:
        """Does word ``j`` start a sentence (the word before it closes one or a label)?"""
        return j == 0 or self.text[self.starts[j - 1] : self.ends[j - 1]].rstrip(_CLOSERS).endswith(
            (".", "?", "!", ":")
        )

    def _link_after(self, p: int, j: int) -> None:
        q = self.nxt[p]
        self.nxt[p], self.prv[j], self.nxt[j], self.prv[q] = j, p, q, j
        self.node[j] = j

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
        if self.cell_start[i]:  # a whole cell of new words, else it must wait as pending
            return self.next_covered[i] > self.cell_last[i] > i
        return self.node[i - 1] >= 0

    def _place_new(self, j: int) -> None:
        if not self.pending and j > 0 and not self.cell_start[j] and self.node[j - 1] >= 0:
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
        if length < self.k or _longest_same(self.cell, a, b) < self.k:
            return False  # short, or only pieced together from short lines ("None", "Actions arising:")
        one_sentence = self._one_sentence(a, b, first_old, last_old)
        if not one_sentence and self._is_label_word(a) and b - a > self.k:
            # "Proposed resolution: X" restated as "RESOLUTION: X": the sentence after the label
            one_sentence = self._one_sentence(a + 1, b, first_old + 1, last_old)
        if one_sentence:
            return False
        if length >= self.long:
            return True
        first, last, slack = self.cell_first, self.cell_last, EDGE_SLACK
        new_left, new_right = a - first[a] <= slack, last[b - 1] - (b - 1) <= slack
        left = new_left or first_old - first[first_old] <= slack
        right = new_right or last[last_old] - last_old <= slack
        return left and right and (new_left or new_right)

    def _one_sentence(self, a: int, b: int, first_old: int, last_old: int) -> bool:
        """Are both copies exactly one whole sentence (the same sentence said twice)?"""
        ends, opens = self._ends_sentence, self._opens_sentence
        return (
            ends(b - 1)
            and ends(last_old)
            and (self.cell_start[a] or opens(a))
            and (self.cell_start[first_old] or opens(first_old))
            and not any(ends(j) for j in range(a, b - 1))
        )

    def _is_label_word(self, j: int) -> bool:
        return self.text[self.starts[j] : self.ends[j]].endswith(":")

    def _drop_clipped_head(self, first_old: int) -> None:
        """A window that starts mid-word ("orted that ...") repeats the end of the word before."""
        before = self.prv[first_old]
        if len(self.pending) == 1 and before != self.head:
            j = self.pending[0]
            if (
                self.cell_start[j]
                and self.keys[before].endswith(self.keys[j])
                and self.keys[before] != self.keys[j]
            ):
                self.node[j] = before
                self.pending.clear()

    def _erase_if_clipped(self, j: int, word: int, *, head: bool) -> None:
        """Hide an earlier one-word cell edge that is a clipped copy of ``word``: the start of a
        window that began mid-word (``head``) or the end of one that stopped mid-word."""
        if j == self.head or j in self.erased:
            return
        at_edge = self.cell_first[j] == j if head else self.cell_last[j] == j
        clipped, full = self.keys[j], self.keys[word]
        if at_edge and clipped != full and (full.endswith(clipped) if head else full.startswith(clipped)):
            self.erased.add(j)

    def _is_clipped_tail(self, i: int) -> bool:
        """A window that stops mid-word ("... confirmed that th") repeats the start of the next."""
        if self.dropped_to is None or self.dropped_to[0] != i - 1 or not self.cell_end[i]:
            return False
        after = self.nxt[self.dropped_to[1]]
        if (
            after == self.head
            or not self.keys[after].startswith(self.keys[i])
            or self.keys[after] == self.keys[i]
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
        elif self.pending:
            self.pending.extend(j for j, _ in run)
        else:
            for j, _ in run:
                self._place_new(j)
        if self.pending and self.cell_end[self.pending[-1]]:
            self._flush_pending()

    def assemble(self) -> list[int]:
        """Word indices of the output in reading order."""
        cover_until = -1
        grams, node, index, k = self.grams, self.node, self.index, self.k
        repeated, repeated_at, next_covered = self.repeated, self.repeated_at, self.next_covered
        n_repeated, indexed, setdefault = len(repeated_at), 0, index.setdefault
        pending, cell_start, cell_end, cell_last = (
            self.pending,
            self.cell_start,
            self.cell_end,
            self.cell_last,
        )
        nxt, prv, head = self.nxt, self.prv, self.head
        i = 0
        while i < self.n:
            while indexed < n_repeated and repeated_at[indexed] + k <= i and node[repeated_at[indexed]] >= 0:
                setdefault(grams[repeated_at[indexed]], node[repeated_at[indexed]])
                indexed += 1
            if not self.run and not pending and next_covered[i] > i and self._may_bulk(i):
                # a stretch no repeated k-gram can touch: link it in one go
                end = min(next_covered[i], cell_last[i] + 1)
                p = prv[head] if cell_start[i] else node[i - 1]
                q = nxt[p]
                nxt[p], prv[i] = i, p
                nxt[i : end - 1] = range(i + 1, end)
                prv[i + 1 : end] = range(i, end - 1)
                nxt[end - 1], prv[q] = q, end - 1
                node[i:end] = range(i, end)
                i = end
                continue
            target = None
            if i < len(repeated) and repeated[i]:
                target = index.get(grams[i])
                if target is not None:
                    cover_until = i + k
            if target is None and self.run and i < cover_until:
                target = self._walk(self.run[-1][1], self.keys[i])
            if target is not None:
                self.run.append((i, target))
                i += 1
                continue
            if self.run:
                self._close_run()
            if not self._is_clipped_tail(i):
                if self.dropped_to is not None and self.dropped_to[0] == i - 1:
                    self._erase_if_clipped(self.nxt[self.dropped_to[1]], i, head=False)
                self._place_new(i)
            if cell_end[i] and pending and not self.run:
                self._flush_pending()
            i += 1
        if self.run:
            self._close_run()
        self._flush_pending()
        order, j = [], self.nxt[self.head]
        while j != self.head:
            if j not in self.erased:
                order.append(j)
            j = self.nxt[j]
        return order


# --------------------------------------------------------------------------- output


class _Writer:
    """Accumulates output text and merges provenance spans that continue each other."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[list[int]] = []

    def add(self, chunk: str, source_start: int | None) -> None:
        if not chunk:
            return
        if source_start is not None:
            last = self.spans[-1] if self.spans else None
            if last and last[1] == self.pos and last[3] == source_start:
                last[1] += len(chunk)
                last[3] += len(chunk)
            else:
                self.spans.append([self.pos, self.pos + len(chunk), source_start, source_start + len(chunk)])
        self.parts.append(chunk)
        self.pos += len(chunk)


def _separator(text: str, tok: _Tokens, a: int, b: int) -> tuple[str, bool]:
    """What goes between output words ``a`` and ``b``, and whether it is copied from the input."""
    if b == a + 1:
        sep = text[tok.ends[a] : tok.starts[b]]
        if sep.isspace():
            if "\t" in sep and TABLE in (tok.kind[a], tok.kind[b]):
                return ("\n" * sep.count("\n") or " "), False
            return sep, True
    if b > 0 and tok.line[b - 1] == tok.line[b]:
        return " ", False
    last = text[tok.ends[a] - 1]
    first = text[tok.starts[b]]
    continuing = last not in ".:?!;" and first.islower()
    return (" " if continuing else "\n"), False


def _write(text: str, tok: _Tokens, order: list[int]) -> _Writer:
    out = _Writer()
    if not order:
        return out
    lead = text[: tok.starts[order[0]]]
    if order[0] == 0 and (lead == "" or lead.isspace()) and "\t" not in lead:
        out.add(lead, 0)
    starts, ends, pieces, kind = tok.starts, tok.ends, tok.pieces, tok.kind
    run_start = run_end = -1  # the input stretch being copied verbatim
    prev = -2
    for j in order:
        if (
            run_start >= 0
            and j == prev + 1
            and j not in pieces
            and TABLE not in (kind[j], kind[prev])
            and text[run_end : starts[j]].isspace()
        ):  # the common case: continue the verbatim copy
            run_end = ends[j]
            prev = j
            continue
        if run_start >= 0:
            out.add(text[run_start:run_end], run_start)
            run_start = -1
        if prev >= 0:
            sep, copied = _separator(text, tok, prev, j)
            out.add(sep, ends[prev] if copied else None)
        if j in pieces:
            for start, end in pieces[j]:
                out.add(text[start:end], start)
        else:
            run_start, run_end = starts[j], ends[j]
        prev = j
    if run_start >= 0:
        out.add(text[run_start:run_end], run_start)
    tail = text[tok.ends[order[-1]] :]
    if order[-1] == len(tok.starts) - 1 and tail.isspace() and "\t" not in tail:
        out.add(tail, tok.ends[order[-1]])
    elif text.endswith("\n"):
        out.add("\n", None)
    return out


# --------------------------------------------------------------------------- API


def deduplicate(text: str, *, min_repeat_words: int = DEFAULT_MIN_REPEAT_WORDS) -> DedupResult:
    """Remove repeated windows and page furniture, keeping each passage once in reading order.

    ``min_repeat_words`` (default 8) is the shortest repeat, in words, that may be removed;
    shorter repeats are always kept, so formulaic lines survive. Raise it to be more
    conservative, lower it (>= 2) to catch shorter stutters."""
    if min_repeat_words < 2:
        raise ValueError("min_repeat_words must be at least 2")
    lines = _split_lines(text)
    _classify_lines(lines)
    tok = _tokenize(text, lines)
    order = _Assembler(text, tok, min_repeat_words).assemble()
    out = _write(text, tok, order)
    result_text = "".join(out.parts)
    kept = sum(span[3] - span[2] for span in out.spans)
    spans = [DedupSpan(start=s, end=e, source_start=ss, source_end=se) for s, e, ss, se in out.spans]
    return DedupResult(text=result_text, spans=spans, input_chars=len(text), removed_chars=len(text) - kept)


def passthrough(text: str) -> DedupResult:
    """The input unchanged (the "no de-duplication" ablation), with one identity span."""
    spans = [DedupSpan(start=0, end=len(text), source_start=0, source_end=len(text))] if text else []
    return DedupResult(text=text, spans=spans, input_chars=len(text), removed_chars=0)
