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
_TAG_RE = re.compile(r"</?[A-Za-z]{1,6}>")
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
    return " ".join(re.sub(r"\d+", "#", line.lower()).split())


def _mark_running_furniture(lines: list[_Line]) -> None:
    """Drop page markers and the lines that recur beside them (running headers/footers).

    A line is furniture when it sits within two non-blank lines of a page marker at least twice
    and occurs at most once elsewhere, or when it repeats the document's first line (the title
    reused as a running header)."""
    markers = [i for i, line in enumerate(lines) if is_page_marker(line.text) and line.text.strip()]
    if not markers:
        return
    near: set[int] = set()
    content = [i for i, line in enumerate(lines) if line.text.strip()]
    rank = {i: r for r, i in enumerate(content)}
    for m in markers:
        lines[m].drop = True
        r = rank[m]
        near.update(content[max(0, r - 2) : r + 3])
    occurrences: dict[str, list[int]] = defaultdict(list)
    for i in content:
        if not lines[i].drop:
            occurrences[_shape(lines[i].text)].append(i)
    for found in occurrences.values():
        close = [i for i in found if i in near]
        away = [i for i in found if i not in near]
        if len(close) >= 2 and len(away) <= 1 or (close and away == [content[0]]):
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
        nxt = next((c.text for c in content[pos + 1 : pos + 3] if not c.drop), "")
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


def _tokenize(text: str, lines: list[_Line]) -> _Tokens:
    """Words of the kept lines, cell by cell; keyless marks (bullets, dashes) join the next word."""
    tok = _Tokens()
    cell_id = -1
    for line_no, line in enumerate(lines):
        if line.drop or not line.text.strip():
            continue
        body = _TAG_RE.sub(lambda m: " " * len(m.group()), line.text) if "<" in line.text else line.text
        offset = 0
        continue_cell = _continues_hyphenated(text, tok, line, body)
        for raw_cell in body.split("\t"):
            cell_start = line.start + offset
            offset += len(raw_cell) + 1
            if not raw_cell.strip() or (line.kind == TABLE and raw_cell.strip() in _TABLE_DROP_CELLS):
                continue
            if not continue_cell:
                cell_id += 1
            continue_cell = False
            _cell_tokens(raw_cell, cell_start, cell_id, line_no, line.kind, tok)
    return tok


def _continues_hyphenated(text: str, tok: _Tokens, line: _Line, body: str) -> bool:
    """Does this line start with the second half of a word hyphenated at the previous line end?"""
    if not tok.starts or line.kind != PLAIN or tok.kind[-1] != PLAIN:
        return False
    last = text[tok.ends[-1] - 1 : tok.ends[-1]]
    first = body.lstrip()[:1]
    if last != "-" or not first.islower():
        return False
    between = text[tok.ends[-1] : line.start + len(body) - len(body.lstrip())]
    word = text[tok.starts[-1] : tok.ends[-1]].split()[-1]
    return between.count("\n") == 1 and between.isspace() and bool(_HYPHENATED_RE.match(word))


def _cell_tokens(cell: str, base: int, cell_id: int, line_no: int, kind: int, tok: _Tokens) -> None:
    """Append the words of one cell; the first may complete a hyphenated word."""
    prefix_start = -1
    first = True
    for match in re.finditer(r"\S+", cell):
        start, end = base + match.start(), base + match.end()
        key = word_key(match.group())
        if not key:
            if prefix_start < 0:
                prefix_start = start
            continue
        if first and tok.cell and tok.cell[-1] == cell_id:
            # second half of a hyphenated word: extend the previous token
            j = len(tok.starts) - 1
            done = tok.pieces.get(j, [(tok.starts[j], tok.ends[j])])
            tok.pieces[j] = [*done[:-1], (done[-1][0], done[-1][1] - 1), (start, end)]
            tok.keys[j] = tok.keys[j].rstrip("-") + key
            tok.ends[j] = end
            first = False
            continue
        first = False
        tok.starts.append(prefix_start if prefix_start >= 0 else start)
        tok.ends.append(end)
        tok.keys.append(key)
        tok.cell.append(cell_id)
        tok.line.append(line_no)
        tok.kind.append(kind)
        prefix_start = -1
    if prefix_start >= 0:
        if tok.cell and tok.cell[-1] == cell_id:
            tok.ends[-1] = base + len(cell.rstrip())
        else:  # a cell of marks only ("---"): keep it as a word of its own
            tok.starts.append(prefix_start)
            tok.ends.append(base + len(cell.rstrip()))
            tok.keys.append(cell.strip())
            tok.cell.append(cell_id)
            tok.line.append(line_no)
            tok.kind.append(kind)


def _gram_hashes(keys: list[str], k: int) -> list[int]:
    """Polynomial hash of every window of ``k`` consecutive word keys (vectorised)."""
    n = len(keys)
    if n < k:
        return []
    ids: dict[str, int] = {}
    codes = np.fromiter((ids.setdefault(key, len(ids) + 1) for key in keys), dtype=np.uint64, count=n)
    count = n - k + 1
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for t in range(k):
            hashes = hashes * _HASH_BASE + codes[t : t + count]
    return hashes.tolist()


# --------------------------------------------------------------------------- assembly


def _cell_bounds(starts: list[bool], ends: list[bool]) -> tuple[list[int], list[int]]:
    """For every word, the index of the first and of the last word of its cell."""
    n = len(starts)
    first, last = [0] * n, [0] * n
    current = 0
    for j in range(n):
        if starts[j]:
            current = j
        first[j] = current
    for j in range(n - 1, -1, -1):
        if ends[j]:
            current = j
        last[j] = current
    return first, last


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
        self.grams = _gram_hashes(tok.keys, k)
        self.cell_start = [j == 0 or tok.cell[j] != tok.cell[j - 1] for j in range(n)]
        self.cell_end = [j == n - 1 or tok.cell[j] != tok.cell[j + 1] for j in range(n)]
        self.cell_first, self.cell_last = _cell_bounds(self.cell_start, self.cell_end)
        words = [text[s:e] for s, e in zip(tok.starts, tok.ends, strict=True)]
        self.sent_end = [_ends_sentence(w) for w in words]
        self.sent_open = [w.rstrip(_CLOSERS).endswith((".", "?", "!", ":")) for w in words]
        self.head = n
        self.nxt = [n] * (n + 1)
        self.prv = [n] * (n + 1)
        self.node = [-1] * n
        self.index: dict[int, int] = {}
        self.indexed = 0
        self.run: list[tuple[int, int]] = []
        self.pending: list[int] = []
        self.dropped_to: tuple[int, int] | None = None
        self.erased: set[int] = set()

    def _link_after(self, p: int, j: int) -> None:
        q = self.nxt[p]
        self.nxt[p], self.prv[j], self.nxt[j], self.prv[q] = j, p, q, j
        self.node[j] = j

    def _index_upto(self, limit: int) -> None:
        grams, node, k = self.grams, self.node, self.k
        while self.indexed < len(grams) and self.indexed + k <= limit and node[self.indexed] >= 0:
            self.index.setdefault(grams[self.indexed], node[self.indexed])
            self.indexed += 1

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
        one_sentence = (
            self.sent_end[b - 1]
            and not any(self.sent_end[a : b - 1])
            and (self.cell_start[a] or self.sent_open[a - 1])
            and (self.cell_start[first_old] or self.sent_open[first_old - 1])
            and self.sent_end[last_old]
        )
        if one_sentence:
            return False
        if length >= self.long:
            return True
        first, last, slack = self.cell_first, self.cell_last, EDGE_SLACK
        new_left, new_right = a - first[a] <= slack, last[b - 1] - (b - 1) <= slack
        left = new_left or first_old - first[first_old] <= slack
        right = new_right or last[last_old] - last_old <= slack
        return left and right and (new_left or new_right)

    def _drop_clipped_head(self, first_old: int) -> None:
        """A window that starts mid-word ("orted that ...") repeats the end of the word before."""
        before = self.prv[first_old]
        if len(self.pending) == 1 and before != self.head:
            j = self.pending[0]
            if self.cell_start[j] and self.keys[before].endswith(self.keys[j]) and self.keys[before] != self.keys[j]:
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
        if after == self.head or not self.keys[after].startswith(self.keys[i]) or self.keys[after] == self.keys[i]:
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
        for i in range(self.n):
            target = None
            if i < len(self.grams):
                self._index_upto(i)
                target = self.index.get(self.grams[i])
                if target is not None:
                    cover_until = i + self.k
            if target is None and self.run and i < cover_until:
                target = self._walk(self.run[-1][1], self.keys[i])
            if target is not None:
                self.run.append((i, target))
            else:
                if self.run:
                    self._close_run()
                if not self._is_clipped_tail(i):
                    if self.dropped_to is not None and self.dropped_to[0] == i - 1:
                        self._erase_if_clipped(self.nxt[self.dropped_to[1]], i, head=False)
                    self._place_new(i)
            if self.cell_end[i] and self.pending and not self.run:
                self._flush_pending()
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
    prev = None
    for j in order:
        if prev is not None:
            sep, copied = _separator(text, tok, prev, j)
            out.add(sep, tok.ends[prev] if copied else None)
        for start, end in tok.pieces.get(j, [(tok.starts[j], tok.ends[j])]):
            out.add(text[start:end], start)
        prev = j
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
