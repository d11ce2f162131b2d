"""An extraction-noise simulator: clean minutes in, a PDF-text-layer lookalike out.

The noise imitates what real archives show (see ``tests/fixtures/seed.txt``): overlapping
windows that repeat a paragraph and start/stop mid-sentence (sometimes out of order, sometimes
clipped mid-word), headings laid out as TAB-separated table rows, body lines in the text column,
a stray "ACTION" column header, bullets detached onto their own line, a garbled duplicate of a
heading, re-wrapped lines with words hyphenated at the break, and running headers, footers and
page numbers. Noise never destroys information: every word of the clean text survives, in
order, in at least one place, so de-duplication can in principle recover the clean text.

Everything is driven by ``random.Random(seed)``: the same input and seed give the same output.
"""

from __future__ import annotations

import random
import re
import zlib
from pathlib import Path

REAL_SEED_DOC = "wm-hta-2018-05"
# a numbered agenda heading in any scheme the segmenter reads: "1.", "1.1", "a)", "(a)",
# serials "41/24", "TB 01/25", "AB/24/15", "P22/114", "EC/23/31", "Item 4", and Roman "IV."
_HEADING_RE = re.compile(
    r"^(\d+(?:\.\d+)*\.?|\d+\)|[a-z]\)|\([a-z]\)|[IVX]{1,5}\.|(?:[A-Z]{1,4} ?)?\d{1,3}/\d{2,3}(?:/\d{1,3})?"
    r"|[A-Z]{1,4}/\d{2}/\d{1,3}|Item \d+[.:]?)\s+(\S.{0,80})$"
)
# an unnumbered heading: Markdown "## Topic", an upper-case line such as "FINANCE REPORT" or a short
# title-case line such as "Bins And Recycling"
_PLAIN_HEADING_RE = re.compile(
    r"^(?:#{1,4} \S.{0,80}|[A-Z][A-Z0-9&,'’()/ -]{3,80}|[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|and|of|the|&)){0,6})$"
)
_ATTENDANCE_RE = re.compile(
    r"^\W*(present|attendees|attendance|in attendance|apologies|participants|regrets|members)\b", re.I
)
_BULLET_RE = re.compile(r"^([•●▪\-*])\s+(\S.*)$")
_SENTENCE_END = (".", "?", "!", ":", ";")
_OVERLAP = (12, 20)  # words shared by consecutive windows (above the default min_repeat_words)


def _is_heading(line: str) -> bool:
    match = _HEADING_RE.match(line)
    return bool(match) and not match.group(2).rstrip().endswith(".")


def _header_end(lines: list[str]) -> int:
    """Index of the first agenda heading: the header block before it is left untouched.

    A numbered heading wins. Minutes with unnumbered headings only (Markdown "## Topic", upper
    case) start their body at the first such heading after the attendance block (the first
    blank line after a "Present:"-like line), so the title lines above it stay header; with no
    heading the simulator knows, the body starts at that blank line."""
    numbered = next((i for i, line in enumerate(lines) if _is_heading(line)), None)
    if numbered is not None:
        return numbered
    attendance = next((i for i, line in enumerate(lines) if _ATTENDANCE_RE.match(line)), None)
    if attendance is None:
        return len(lines)
    blank = next((i for i in range(attendance, len(lines)) if not lines[i].strip()), len(lines))
    # headings in a form none of the patterns know ("Agenda item 4 – Finance", org-mode "* Topic")
    # still leave a body after the attendance block, which gets the noise
    return next((i for i in range(blank, len(lines)) if _PLAIN_HEADING_RE.match(lines[i].strip())), blank)


def _mid_sentence(words: list[str], cut: int) -> int:
    """Move a cut forward until it does not fall on a sentence boundary."""
    while 0 < cut < len(words) and words[cut - 1].endswith(_SENTENCE_END):
        cut += 1
    return cut


def windows(words: list[str], rng: random.Random) -> list[tuple[int, int]]:
    """Overlapping word windows that together cover ``words``, cut mid-sentence."""
    spans, start = [], 0
    while True:
        end = _mid_sentence(words, start + rng.randint(28, 48))
        if end >= len(words) - 4:
            spans.append((start, len(words)))
            return spans
        spans.append((start, end))
        start = _mid_sentence(words, end - rng.randint(*_OVERLAP))


def _clip(word: str, rng: random.Random, *, head: bool) -> str:
    """Part of a word, as a window edge that cuts through it leaves behind."""
    if len(word) < 4 or not word.isalpha():
        return word
    cut = rng.randint(1, len(word) - 2)
    return word[cut:] if head else word[:cut]


def _window_lines(line: str, rng: random.Random) -> list[str]:
    """A long paragraph as overlapping windows, one per line, possibly out of order and clipped."""
    words = line.split()
    spans = windows(words, rng)
    out = []
    for i, (start, end) in enumerate(spans):
        chunk = words[start:end]
        if i > 0 and rng.random() < 0.5:  # the window starts mid-word inside the overlap
            chunk = [_clip(words[start - 1], rng, head=True), *chunk]
        if i < len(spans) - 1 and rng.random() < 0.5:
            chunk = [*chunk, _clip(words[end], rng, head=False)]
        out.append(" ".join(chunk))
    if len(out) > 1 and rng.random() < 0.4:
        i = rng.randrange(len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    if rng.random() < 0.5:  # an extra window contained in the paragraph, after the others
        start = _mid_sentence(words, rng.randrange(max(1, len(words) - 20)))
        end = _mid_sentence(words, min(len(words), start + rng.randint(14, 30)))
        if end - start >= 12:
            out.append(" ".join(words[start:end]))
    return out


def _rewrap(line: str, rng: random.Random) -> list[str]:
    """Break a paragraph into short lines, hyphenating some long words at the break."""
    width = rng.randint(45, 90)
    lines, current = [], ""
    for word in line.split():
        if current and len(current) + 1 + len(word) > width:
            if word.isalpha() and word.islower() and len(word) >= 8 and rng.random() < 0.5:
                cut = rng.randint(3, len(word) - 3)
                lines.append(f"{current} {word[:cut]}-")
                current = word[cut:]
                continue
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*lines, current] if current else lines


def _garble_heading(title: str, rng: random.Random) -> str:
    """The title with two neighbouring letters swapped in one or two words."""
    words = title.split()
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(len(words))
        word = words[i]
        if len(word) >= 4:
            j = rng.randint(1, len(word) - 3)
            words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def _body_line(line: str, rng: random.Random, p: float) -> list[str]:
    """One body line with paragraph-level noise."""
    bullet = _BULLET_RE.match(line)
    if bullet and bullet.group(1) == "•" and rng.random() < p:
        return ["•", bullet.group(2)]
    words = line.split()
    if len(words) >= 40 and rng.random() < p:
        return _window_lines(line, rng)
    if len(words) >= 14 and rng.random() < p * 0.6:
        return _rewrap(line, rng)
    if rng.random() < p * 0.4:
        return [f"\t{line}\t"]
    return [line]


def _page_furniture(blocks: list[list[str]], title: str, rng: random.Random, p: float) -> list[str]:
    """Insert footers, page numbers and running headers every few dozen lines (and at the end).

    ``blocks`` are the noisy lines of one clean line each; pages break between blocks."""
    lines = [line for block in blocks for line in block]
    page_len = rng.randint(18, 40)
    if rng.random() >= p or len(lines) <= page_len:
        return lines
    breaks, count = 0, 0
    out: list[str] = []
    footer = f"{title[:60]} - minutes" if rng.random() < 0.5 else "Minutes - OFFICIAL"
    for block in blocks:
        if count >= page_len:
            breaks += 1
            out += [footer, f"Page {breaks} of {{total}}", "", title]
            count = 0
        out += block
        count += len(block)
    out += [footer, f"Page {breaks + 1} of {{total}}"]
    return [line.replace("{total}", str(breaks + 1)) if line.startswith("Page ") else line for line in out]


def garble(clean: str, seed: int, *, intensity: float = 1.0) -> str:
    """Noisy extraction of ``clean``; deterministic for ``seed``; ``intensity`` in [0, 1] scales
    how often each kind of noise is applied (0 returns the text unchanged)."""
    rng = random.Random(seed)
    p = max(0.0, min(1.0, intensity)) * 0.7
    if p == 0.0:
        return clean
    lines = clean.split("\n")
    start = _header_end(lines)
    blocks = [[line] for line in lines[:start]]
    column_header = False
    for line in lines[start:]:
        heading = _HEADING_RE.match(line)
        if heading and _is_heading(line) and rng.random() < p:
            title = heading.group(2)
            block = []
            if len(title.split()) >= 3 and rng.random() < p * 0.5:
                block.append(f"\t{_garble_heading(title, rng)}\t")
            block.append(f"{heading.group(1)}\t{title}\t")
            if not column_header:
                block.append("\t\tACTION")
                column_header = True
            blocks.append(block)
        elif line.strip():
            blocks.append(_body_line(line, rng, p))
        else:
            blocks.append([line])
    title = next((line for line in lines if line.strip()), "Minutes")
    return "\n".join(_page_furniture(blocks, title.strip(), rng, p))


def garble_corpus(corpus_dir: Path, seed: int = 0) -> int:
    """Write ``source.txt = garble(clean.txt)`` for every corpus document that has a clean text
    and no source yet (never the real seed document, never folders starting with ``_``).
    Returns how many files were written."""
    written = 0
    for folder in sorted(p for p in Path(corpus_dir).iterdir() if p.is_dir()):
        if folder.name == REAL_SEED_DOC or folder.name.startswith("_"):
            continue
        clean, source = folder / "clean.txt", folder / "source.txt"
        if clean.is_file() and not source.exists():
            source.write_text(
                garble(clean.read_text(encoding="utf-8"), seed + zlib.crc32(folder.name.encode())),
                encoding="utf-8",
            )
            written += 1
    return written
