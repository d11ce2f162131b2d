"""Canonical forms the evaluators compare (SCHEMA.md, "Canonical forms").

Every comparison of free text in the harness goes through these functions, so that the pipeline
is not penalised for surface differences the contract declares irrelevant: Unicode
compatibility forms, list markers, spacing and case for text; separators and OCR look-alike
letters for item ids; a leading "the"/"@" for owners.
"""

from __future__ import annotations

import re
import unicodedata

# One leading list marker: a bullet character, a number path with "." or ")" ("1.", "2.1.",
# "3)"), a bracketed letter/number/roman numeral ("(a)", "(iv)", "(12)"), or a single letter
# with a closing bracket ("a)"). "a." is deliberately not a marker: it is also an initial.
_MARKER = re.compile(
    r"""^(?:
        [\u2022\u00b7\u25aa\u25ab\u25cf\u25e6\u2023\u2043\u2219*\u2013\u2014-]
      | \d+(?:\.\d+)*[.)]
      | \((?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)
      | [a-z]\)
    )(?=\s|$)""",
    re.VERBOSE,
)
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")

# Cyrillic and Greek letters that OCR and copy-paste put in place of Latin ones.
_LOOKALIKES = str.maketrans(
    {
        "А": "a", "В": "b", "С": "c", "Е": "e", "Н": "h", "І": "i", "Ј": "j", "К": "k",
        "М": "m", "О": "o", "Р": "p", "Ѕ": "s", "Т": "t", "Х": "x", "У": "y", "Ԁ": "d",
        "а": "a", "с": "c", "е": "e", "і": "i", "ј": "j", "о": "o", "р": "p", "ѕ": "s",
        "х": "x", "у": "y", "ԁ": "d", "һ": "h", "ӏ": "l",
        "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m",
        "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
        "α": "a", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "υ": "u", "χ": "x",
    }
)  # fmt: skip
_OWNER_PREFIX = re.compile(r"^(?:the\s+|@)")


def canonical_text(text: str | None) -> str:
    """Text as compared: NFKC, leading list markers removed, whitespace collapsed, lower case.

    Markers are stripped repeatedly so "• 1. Can the CC ..." and "Can the CC ..." compare equal.
    ``None`` becomes "" so optional fields compare without special cases.
    """
    if text is None:
        return ""
    value = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()
    while True:
        stripped = _MARKER.sub("", value, count=1).lstrip()
        if stripped == value:
            return value
        value = stripped


def tokens(text: str | None) -> frozenset[str]:
    """The set of word tokens of the canonical text: what sentence alignment compares."""
    return frozenset(_TOKEN.findall(canonical_text(text)))


def canonical_item_id(item_id: str | None) -> str | None:
    """Item id as compared: look-alikes folded, lower case, only letters and digits.

    So "2.1a", "2.1.a" and "2.1 (a)" are one item, as are "41/24" and "4124", and a Cyrillic
    "С" in "2.С" reads as "c". ``None`` (no parent) stays ``None``.
    """
    if item_id is None:
        return None
    folded = unicodedata.normalize("NFKC", item_id).translate(_LOOKALIKES).lower()
    return "".join(ch for ch in folded if ch.isalnum())


def owner_key(value: str | None) -> str | None:
    """One identifying key of an owner (abbrev, name or mention) as compared: canonical text
    with a leading "the " or "@" removed; ``None`` when the field is empty."""
    key = _OWNER_PREFIX.sub("", canonical_text(value)).strip()
    return key or None


def month(date: object | None) -> str | None:
    """Month precision of a due date ("2018-11" from "2018-11" or "2018-11-30")."""
    if date is None:
        return None
    return str(date)[:7]
