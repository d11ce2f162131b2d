"""An embedded SQLite store of pipeline outputs, and the queries researchers ask of it.

``index_outputs`` loads every ``OUT_DIR/<doc_id>.json`` (one :class:`MinutesDocument` each;
files whose name starts with ``_`` are bookkeeping, not documents) into one SQLite file, so
questions that span years of minutes ("actions given to the CC in 2018", "questions about
call handling") become one query instead of a scan of thousands of JSON files.

Schema (version :data:`STORE_SCHEMA_VERSION`, full DDL in :data:`SCHEMA_SQL`):

``meetings``       one row per document, keyed by ``doc_id``; the meeting header, the next
                   meeting, ``body_key`` (lower-cased body, or title when no body is stated)
                   and ``content_hash`` (sha256 of the JSON file bytes, for skipping).
``people``         (``doc_id``, ``seq``): everyone listed in the header.
``items``          (``doc_id``, ``item_id``): agenda items, with ``item_key`` (canonical id:
                   lower-case letters and digits only) for loose matching.
``sentences``      (``doc_id``, ``seq``) plus the surrogate ``sid``; ``sentence_id`` is the
                   document's own id (may be null in gold files).
``actions``        ``action_key`` = ``doc_id#action_id`` (unique), surrogate ``aid``; due point
                   as given plus ``due_start``/``due_end`` (the day range it covers), ``origin``.
``action_owners``  (``action_key``, ``seq``): owners as written, and ``key_*`` columns
                   normalised the way the contract compares owners (lower case, no leading
                   "the"/"@").
``action_links``   ``from_key`` (a carried-forward action) -> ``to_key`` (the action it repeats
                   in the earlier minutes of the same body), with the token Jaccard similarity.
``sentences_fts``, ``actions_fts``  FTS5 indexes whose rowids are ``sentences.sid`` / ``actions.aid``.
``schema_info``    key/value: ``store_schema_version``.

Indexing is idempotent (a file whose bytes hash to a stored ``content_hash`` is skipped), an
updated output replaces every row of its document, each document is one transaction, and a
file that does not parse or validate is reported in the summary and skipped.

Every query is parameterised: the only SQL assembled at run time is a choice among fixed
fragments in this module; user text only ever travels as a bound parameter.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import re
import sqlite3
import time
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pipeline.schema import Action, MinutesDocument, load_document

STORE_SCHEMA_VERSION = "1"
LINK_MIN_JACCARD = 0.3  # a carried-forward action must share this much of its token set with its origin

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS schema_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meetings (
    doc_id            TEXT PRIMARY KEY,
    json_file         TEXT NOT NULL,
    content_hash      TEXT NOT NULL,
    schema_version    TEXT,
    source_path       TEXT,
    source_sha256     TEXT,
    title             TEXT,
    body              TEXT,
    body_key          TEXT,
    date              TEXT,
    month             TEXT,
    start_time        TEXT,
    venue             TEXT,
    chair             TEXT,
    minute_taker      TEXT,
    next_meeting_date TEXT,
    next_meeting_kind TEXT
);
CREATE INDEX IF NOT EXISTS meetings_hash ON meetings(content_hash);
CREATE INDEX IF NOT EXISTS meetings_body_month ON meetings(body_key, month);
CREATE INDEX IF NOT EXISTS meetings_date ON meetings(date);
CREATE TABLE IF NOT EXISTS people (
    doc_id     TEXT NOT NULL REFERENCES meetings(doc_id),
    seq        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    role       TEXT,
    abbrev     TEXT,
    attendance TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE TABLE IF NOT EXISTS items (
    doc_id   TEXT NOT NULL REFERENCES meetings(doc_id),
    item_id  TEXT NOT NULL,
    item_key TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    number   TEXT,
    title    TEXT,
    level    INTEGER NOT NULL,
    parent   TEXT,
    start    INTEGER,
    "end"    INTEGER,
    PRIMARY KEY (doc_id, item_id)
);
CREATE TABLE IF NOT EXISTS sentences (
    sid         INTEGER PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES meetings(doc_id),
    seq         INTEGER NOT NULL,
    sentence_id INTEGER,
    item_id     TEXT,
    text        TEXT NOT NULL,
    label       TEXT NOT NULL,
    confidence  REAL,
    start       INTEGER,
    "end"       INTEGER,
    UNIQUE (doc_id, seq)
);
CREATE INDEX IF NOT EXISTS sentences_label ON sentences(label);
CREATE TABLE IF NOT EXISTS actions (
    aid         INTEGER PRIMARY KEY,
    action_key  TEXT NOT NULL UNIQUE,
    doc_id      TEXT NOT NULL REFERENCES meetings(doc_id),
    action_id   TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    sentence_id INTEGER,
    item_id     TEXT,
    text        TEXT NOT NULL,
    norm_text   TEXT NOT NULL,
    due_mention TEXT,
    due_date    TEXT,
    due_meeting TEXT,
    due_start   TEXT,
    due_end     TEXT,
    origin      TEXT
);
CREATE INDEX IF NOT EXISTS actions_doc ON actions(doc_id, seq);
CREATE INDEX IF NOT EXISTS actions_origin ON actions(origin);
CREATE INDEX IF NOT EXISTS actions_due ON actions(due_start, due_end);
CREATE TABLE IF NOT EXISTS action_owners (
    action_key  TEXT NOT NULL REFERENCES actions(action_key),
    doc_id      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    mention     TEXT,
    name        TEXT,
    abbrev      TEXT,
    key_mention TEXT,
    key_name    TEXT,
    key_abbrev  TEXT,
    PRIMARY KEY (action_key, seq)
);
CREATE INDEX IF NOT EXISTS owners_doc ON action_owners(doc_id);
CREATE INDEX IF NOT EXISTS owners_abbrev ON action_owners(key_abbrev);
CREATE INDEX IF NOT EXISTS owners_name ON action_owners(key_name);
CREATE INDEX IF NOT EXISTS owners_mention ON action_owners(key_mention);
CREATE TABLE IF NOT EXISTS action_links (
    from_key   TEXT PRIMARY KEY,
    to_key     TEXT NOT NULL,
    similarity REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS links_to ON action_links(to_key);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
    text, tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS actions_fts USING fts5(
    text, tokenize = 'porter unicode61 remove_diacritics 2'
);
"""

EXPORT_TABLES: tuple[str, ...] = (
    "schema_info",
    "meetings",
    "people",
    "items",
    "sentences",
    "actions",
    "action_owners",
    "action_links",
)


class StoreError(Exception):
    """The database is missing, unreadable or built by an incompatible version of this module."""


class QueryError(ValueError):
    """A filter the user gave cannot be used (bad date, empty search, filter that does not apply)."""


@dataclass
class IndexSummary:
    """What one ``index_outputs`` run did; ``failed`` holds (file name, reason) pairs."""

    files: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    links: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class ActionFilters:
    """Filters for :func:`query_actions` / :func:`query_questions`; ``None`` means "any".

    Dates are "YYYY-MM" or "YYYY-MM-DD"; a month bound covers the whole month, and a due point
    matches when the range it covers overlaps the requested range.
    """

    owner: str | None = None
    body: str | None = None
    due_from: str | None = None
    due_to: str | None = None
    meeting_from: str | None = None
    meeting_to: str | None = None
    item: str | None = None
    search: str | None = None
    carried_forward: bool | None = None


# --------------------------------------------------------------------------- normalisation


def normalise_text(text: str) -> str:
    """The contract's canonical text: NFKC, leading bullet/list marker dropped, spaces collapsed, lower case."""
    text = unicodedata.normalize("NFKC", text).strip()
    text = re.sub(r"^(?:[•\-*–]|\(?[0-9a-z]{1,3}[.)])\s+", "", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip().lower()


def owner_key(value: str | None) -> str | None:
    """An owner identifier compared the contract's way: lower case, no leading "the " or "@"."""
    if value is None:
        return None
    key = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", value)).strip().lower()
    key = re.sub(r"^(?:the(?:\s+|$)|@)", "", key).strip()
    return key or None


def item_key(item_id: str) -> str:
    """Canonical item id as evaluators compare it: lower-case letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", unicodedata.normalize("NFKC", item_id).lower())


def body_key(body: str | None, title: str | None) -> str | None:
    """Which series of minutes a meeting belongs to: its body, else its title, lower-cased."""
    value = body if body and body.strip() else title
    if not value or not value.strip():
        return None
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", value)).strip().lower()


def tokens(text: str) -> frozenset[str]:
    """The word-token set used for Jaccard similarity between action texts."""
    return frozenset(re.findall(r"\w+", normalise_text(text)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Token-set Jaccard similarity (0 when both are empty)."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def date_range(value: str, what: str) -> tuple[str, str]:
    """The first and last ISO day that "YYYY-MM" or "YYYY-MM-DD" covers; QueryError when malformed."""
    value = value.strip()
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if not match:
        raise QueryError(f"{what} must be YYYY-MM or YYYY-MM-DD, got {value!r}")
    year, month = int(match.group(1)), int(match.group(2))
    try:
        if match.group(3):
            day = dt.date(year, month, int(match.group(3))).isoformat()
            return day, day
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()
    except ValueError as err:
        raise QueryError(f"{what} is not a real date: {value!r} ({err})") from None


def fts_query(text: str) -> str:
    """Turn user text into a safe FTS5 MATCH expression.

    Words are ANDed; text in double quotes is a phrase; a bare word ending in ``*`` is a prefix.
    Every word is reduced to letters/digits and wrapped in double quotes, so FTS5 operators
    (``OR``, ``NEAR``, ``-``, ``:``, parentheses) in user text are searched for as words, never run.
    """
    parts: list[str] = []
    for phrase, bare in re.findall(r'"([^"]*)"|([^\s"]+)', text):
        if phrase:
            words = re.findall(r"\w+", phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        words = re.findall(r"\w+", bare)
        for index, word in enumerate(words):
            prefix = bare.endswith("*") and index == len(words) - 1
            parts.append(f'"{word}"' + (" *" if prefix else ""))
    if not parts:
        raise QueryError(f"search needs at least one word, got {text!r}")
    return " AND ".join(parts)


def like_escape(text: str) -> str:
    """Escape LIKE wildcards so user text is matched literally (used with ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def has_word(text: str | None, term: str | None) -> int:
    """1 when ``term`` occurs in ``text`` as whole words, case-insensitively (an SQL function)."""
    if not text or not term:
        return 0
    pattern = r"(?<!\w)" + re.escape(term.strip()) + r"(?!\w)"
    return 1 if re.search(pattern, text, flags=re.IGNORECASE) else 0


# --------------------------------------------------------------------------- connections


def connect(db_path: Path, *, write: bool = False) -> sqlite3.Connection:
    """Open the store (autocommit mode; callers open their own transactions).

    Writers create the file and schema; readers need an existing store of this schema version.
    """
    db_path = Path(db_path)
    if write:
        conn = sqlite3.connect(db_path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        create_schema(conn)
    else:
        if not db_path.is_file():
            raise StoreError(f"no database at {db_path}: run `minutes index OUT_DIR --db {db_path}` first")
        conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.create_function("has_word", 2, has_word, deterministic=True)
    check_schema(conn)
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the tables if missing and record the schema version."""
    try:
        conn.executescript(SCHEMA_SQL)
    except sqlite3.DatabaseError as err:
        raise StoreError(f"cannot create the store schema: {err}") from None
    conn.execute(
        "INSERT OR IGNORE INTO schema_info(key, value) VALUES ('store_schema_version', ?)",
        (STORE_SCHEMA_VERSION,),
    )


def check_schema(conn: sqlite3.Connection) -> None:
    """Refuse a database that is not a store, or a store of another schema version."""
    try:
        row = conn.execute("SELECT value FROM schema_info WHERE key = 'store_schema_version'").fetchone()
    except sqlite3.DatabaseError as err:
        raise StoreError(f"not a minutes store: {err}") from None
    if row is None or row[0] != STORE_SCHEMA_VERSION:
        found = None if row is None else row[0]
        raise StoreError(
            f"store schema version {found!r} is not {STORE_SCHEMA_VERSION!r}: rebuild it with `minutes index`"
        )


@contextmanager
def _reader(db: sqlite3.Connection | Path | str) -> Iterator[sqlite3.Connection]:
    """Use a given connection as is, or open (and afterwards close) a read-only one for a path."""
    if isinstance(db, sqlite3.Connection):
        yield db
        return
    with closing(connect(Path(db))) as conn:
        yield conn


# --------------------------------------------------------------------------- indexing


def output_files(out_dir: Path) -> list[Path]:
    """The document JSON files of an output folder, sorted; ``_``-prefixed files are bookkeeping."""
    return sorted(p for p in Path(out_dir).glob("*.json") if p.is_file() and not p.name.startswith("_"))


def due_bounds(date: str | None) -> tuple[str | None, str | None]:
    """The day range a due date covers; (None, None) when it has none or it is not a real day
    (the contract's pattern admits "2018-02-31"), so such an action is simply never due-filtered in."""
    if not date:
        return None, None
    try:
        return date_range(date, "due date")
    except QueryError:
        return None, None


def action_keys(doc_id: str, actions: Sequence[Action]) -> list[str]:
    """Unique ``doc_id#id`` keys; a missing id becomes ``nN`` (1-based position), a repeated id gets ``~2``, ``~3``."""
    keys: list[str] = []
    seen: set[str] = set()
    for index, action in enumerate(actions):
        local = action.id or f"n{index + 1}"
        key, suffix = f"{doc_id}#{local}", 2
        while key in seen:
            key, suffix = f"{doc_id}#{local}~{suffix}", suffix + 1
        seen.add(key)
        keys.append(key)
    return keys


def delete_document(conn: sqlite3.Connection, doc_id: str) -> list[str]:
    """Remove every row of a document; returns the keys of other documents' actions whose links died."""
    orphaned = [
        row[0]
        for row in conn.execute(
            "SELECT l.from_key FROM action_links l JOIN actions a ON a.action_key = l.to_key "
            "WHERE a.doc_id = ? AND l.from_key NOT IN (SELECT action_key FROM actions WHERE doc_id = ?)",
            (doc_id, doc_id),
        )
    ]
    conn.execute(
        "DELETE FROM action_links WHERE from_key IN (SELECT action_key FROM actions WHERE doc_id = ?) "
        "OR to_key IN (SELECT action_key FROM actions WHERE doc_id = ?)",
        (doc_id, doc_id),
    )
    conn.execute(
        "DELETE FROM sentences_fts WHERE rowid IN (SELECT sid FROM sentences WHERE doc_id = ?)", (doc_id,)
    )
    conn.execute(
        "DELETE FROM actions_fts WHERE rowid IN (SELECT aid FROM actions WHERE doc_id = ?)", (doc_id,)
    )
    for table in ("action_owners", "actions", "sentences", "items", "people", "meetings"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))  # table names are fixed constants
    return orphaned


def insert_document(
    conn: sqlite3.Connection, doc: MinutesDocument, json_file: str, content_hash: str
) -> None:
    """Insert all rows of one document (the caller holds the transaction and removed old rows)."""
    m = doc.meeting
    date = m.date.isoformat() if m.date else None
    nxt = doc.next_meeting
    conn.execute(
        "INSERT INTO meetings(doc_id, json_file, content_hash, schema_version, source_path, source_sha256, "
        "title, body, body_key, date, month, start_time, venue, chair, minute_taker, next_meeting_date, "
        "next_meeting_kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            doc.doc_id, json_file, content_hash, doc.schema_version,
            doc.source.path if doc.source else None, doc.source.sha256 if doc.source else None,
            m.title, m.body, body_key(m.body, m.title), date, date[:7] if date else None,
            m.start_time, m.venue, m.chair, m.minute_taker,
            nxt.date.isoformat() if nxt and nxt.date else None, nxt.kind if nxt else None,
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO people(doc_id, seq, name, role, abbrev, attendance) VALUES (?,?,?,?,?,?)",
        [(doc.doc_id, i, p.name, p.role, p.abbrev, p.attendance) for i, p in enumerate(doc.people)],
    )
    conn.executemany(
        'INSERT INTO items(doc_id, item_id, item_key, seq, number, title, level, parent, start, "end") '
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (
                doc.doc_id,
                it.id,
                item_key(it.id),
                i,
                it.number,
                it.title,
                it.level,
                it.parent,
                it.start,
                it.end,
            )
            for i, it in enumerate(doc.items)
        ],
    )
    for i, s in enumerate(doc.sentences):
        cur = conn.execute(
            'INSERT INTO sentences(doc_id, seq, sentence_id, item_id, text, label, confidence, start, "end") '
            "VALUES (?,?,?,?,?,?,?,?,?)",
            (doc.doc_id, i, s.id, s.item, s.text, s.label, s.confidence, s.start, s.end),
        )
        conn.execute("INSERT INTO sentences_fts(rowid, text) VALUES (?, ?)", (cur.lastrowid, s.text))
    for i, (key, a) in enumerate(zip(action_keys(doc.doc_id, doc.actions), doc.actions, strict=True)):
        due = a.due
        start, end = due_bounds(due.date if due else None)
        cur = conn.execute(
            "INSERT INTO actions(action_key, doc_id, action_id, seq, sentence_id, item_id, text, norm_text, "
            "due_mention, due_date, due_meeting, due_start, due_end, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                key, doc.doc_id, key.split("#", 1)[1], i, a.sentence, a.item, a.text, normalise_text(a.text),
                due.mention if due else None, due.date if due else None, due.meeting if due else None,
                start, end, a.origin,
            ),
        )  # fmt: skip
        conn.execute("INSERT INTO actions_fts(rowid, text) VALUES (?, ?)", (cur.lastrowid, a.text))
        conn.executemany(
            "INSERT INTO action_owners(action_key, doc_id, seq, mention, name, abbrev, key_mention, key_name, "
            "key_abbrev) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (key, doc.doc_id, j, o.mention, o.name, o.abbrev, owner_key(o.mention), owner_key(o.name),
                 owner_key(o.abbrev))
                for j, o in enumerate(a.owners)
            ],
        )  # fmt: skip


def best_origin(
    conn: sqlite3.Connection, action_key: str, doc_id: str, series: str, origin: str, text: str
) -> tuple[str, float] | None:
    """The action of the same series' minutes from month ``origin`` that ``text`` most resembles.

    Ties go to the earlier action in the earlier document; below :data:`LINK_MIN_JACCARD` there is no match.
    """
    mine = tokens(text)
    best: tuple[str, float] | None = None
    rows = conn.execute(
        "SELECT a.action_key, a.norm_text FROM actions a JOIN meetings m ON m.doc_id = a.doc_id "
        "WHERE m.body_key = ? AND m.month = ? AND a.doc_id != ? ORDER BY m.date, a.doc_id, a.seq",
        (series, origin, doc_id),
    )
    for key, norm in rows:
        score = jaccard(mine, tokens(norm))
        if score >= LINK_MIN_JACCARD and (best is None or score > best[1]):
            best = (key, score)
    return best


def relink(conn: sqlite3.Connection, action_key: str) -> bool:
    """(Re)compute the link of one carried-forward action; True when it now has one."""
    conn.execute("DELETE FROM action_links WHERE from_key = ?", (action_key,))
    row = conn.execute(
        "SELECT a.doc_id, a.origin, a.norm_text, m.body_key FROM actions a JOIN meetings m ON m.doc_id = a.doc_id "
        "WHERE a.action_key = ?",
        (action_key,),
    ).fetchone()
    if row is None or row[1] is None or row[3] is None:
        return False
    match = best_origin(conn, action_key, row[0], row[3], row[1], row[2])
    if match is None:
        return False
    conn.execute(
        "INSERT INTO action_links(from_key, to_key, similarity) VALUES (?, ?, ?)",
        (action_key, match[0], round(match[1], 4)),
    )
    return True


def link_document(conn: sqlite3.Connection, doc_id: str, orphaned: Sequence[str] = ()) -> None:
    """Link this document's carried-forward actions back, and other documents' forward to it."""
    meeting = conn.execute("SELECT body_key, month FROM meetings WHERE doc_id = ?", (doc_id,)).fetchone()
    keys = [
        r[0]
        for r in conn.execute(
            "SELECT action_key FROM actions WHERE doc_id = ? AND origin IS NOT NULL", (doc_id,)
        )
    ]
    if meeting is not None and meeting[0] is not None and meeting[1] is not None:
        keys += [
            r[0]
            for r in conn.execute(
                "SELECT a.action_key FROM actions a JOIN meetings m ON m.doc_id = a.doc_id "
                "WHERE a.origin = ? AND m.body_key = ? AND a.doc_id != ?",
                (meeting[1], meeting[0], doc_id),
            )
        ]
    for key in dict.fromkeys([*keys, *orphaned]):
        relink(conn, key)


def index_file(conn: sqlite3.Connection, path: Path) -> Literal["added", "updated", "unchanged"]:
    """Index one output file in its own transaction; raises ValueError for unusable files."""
    raw = path.read_bytes()
    content_hash = hashlib.sha256(raw).hexdigest()
    if conn.execute("SELECT 1 FROM meetings WHERE content_hash = ?", (content_hash,)).fetchone():
        return "unchanged"
    doc = load_document(raw)
    conn.execute("BEGIN IMMEDIATE")
    try:
        existed = (
            conn.execute("SELECT 1 FROM meetings WHERE doc_id = ?", (doc.doc_id,)).fetchone() is not None
        )
        orphaned = delete_document(conn, doc.doc_id) if existed else []
        insert_document(conn, doc, path.name, content_hash)
        link_document(conn, doc.doc_id, orphaned)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return "updated" if existed else "added"


def index_outputs(out_dir: Path, db_path: Path) -> IndexSummary:
    """Load every document JSON of ``out_dir`` into the store at ``db_path`` (created when missing).

    Unchanged files are skipped, changed ones replace their document's rows, and a file that
    cannot be read, parsed or validated is listed in ``IndexSummary.failed`` without stopping the run.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise StoreError(f"{out_dir} is not a folder of pipeline outputs")
    began = time.perf_counter()
    summary = IndexSummary()
    with closing(connect(Path(db_path), write=True)) as conn:
        for path in output_files(out_dir):
            summary.files += 1
            try:
                outcome = index_file(conn, path)
            except (OSError, ValueError, sqlite3.IntegrityError) as err:
                summary.failed.append((path.name, _short_error(err)))
                continue
            setattr(summary, outcome, getattr(summary, outcome) + 1)
        summary.links = conn.execute("SELECT count(*) FROM action_links").fetchone()[0]
    summary.seconds = time.perf_counter() - began
    return summary


def _short_error(err: BaseException) -> str:
    """A one-line reason for the failure list (pydantic errors are long)."""
    lines = str(err).strip().splitlines()
    text = "; ".join(line.strip() for line in lines[:3]) if lines else type(err).__name__
    return f"{type(err).__name__}: {text}"


# --------------------------------------------------------------------------- queries

ACTION_SELECT = """
SELECT a.action_key, a.doc_id, a.action_id, m.date AS meeting_date, m.body, m.title, a.item_id AS item,
       a.text,
       (SELECT group_concat(coalesce(o.abbrev, o.name, o.mention), '; ') FROM action_owners o
         WHERE o.action_key = a.action_key) AS owners,
       a.due_date, a.due_meeting, a.due_mention, a.origin,
       (SELECT l.to_key FROM action_links l WHERE l.from_key = a.action_key) AS carried_from
FROM actions a JOIN meetings m ON m.doc_id = a.doc_id
"""

QUESTION_SELECT = """
SELECT s.doc_id || ':' || s.seq AS question_key, s.doc_id, s.sentence_id, m.date AS meeting_date, m.body,
       m.title, s.item_id AS item, s.text, s.confidence
FROM sentences s JOIN meetings m ON m.doc_id = s.doc_id
"""


def _meeting_clauses(filters: ActionFilters, item_column: str) -> tuple[list[str], list[Any]]:
    """WHERE fragments shared by actions and questions: body, meeting dates, item."""
    clauses: list[str] = []
    params: list[Any] = []
    if filters.body is not None:
        if not filters.body.strip():
            raise QueryError("body filter is empty")
        clauses.append(
            "(lower(coalesce(m.body, '')) LIKE ? ESCAPE '\\' OR lower(coalesce(m.title, '')) LIKE ? ESCAPE '\\')"
        )
        pattern = "%" + like_escape(filters.body.strip().lower()) + "%"
        params += [pattern, pattern]
    if filters.meeting_from is not None:
        clauses.append("m.date >= ?")
        params.append(date_range(filters.meeting_from, "meeting_from")[0])
    if filters.meeting_to is not None:
        clauses.append("m.date <= ?")
        params.append(date_range(filters.meeting_to, "meeting_to")[1])
    if filters.item is not None:
        wanted = filters.item.strip()
        if not wanted:
            raise QueryError("item filter is empty")
        fragments = {
            "a.item_id": "(lower(a.item_id) = ? OR lower(a.item_id) LIKE ? ESCAPE '\\' OR EXISTS ("
            "SELECT 1 FROM items i WHERE i.doc_id = a.doc_id AND i.item_id = a.item_id AND i.item_key = ?))",
            "s.item_id": "(lower(s.item_id) = ? OR lower(s.item_id) LIKE ? ESCAPE '\\' OR EXISTS ("
            "SELECT 1 FROM items i WHERE i.doc_id = s.doc_id AND i.item_id = s.item_id AND i.item_key = ?))",
        }
        clauses.append(fragments[item_column])
        params += [wanted.lower(), like_escape(wanted.lower()) + ".%", item_key(wanted)]
    return clauses, params


def action_clauses(filters: ActionFilters) -> tuple[list[str], list[Any]]:
    """All WHERE fragments and bound parameters for an action query."""
    clauses, params = _meeting_clauses(filters, "a.item_id")
    if filters.owner is not None:
        key = owner_key(filters.owner)
        if key is None:
            raise QueryError("owner filter is empty")
        clauses.append(
            "EXISTS (SELECT 1 FROM action_owners o WHERE o.action_key = a.action_key "
            "AND (o.key_abbrev = ? OR o.key_name = ? OR o.key_mention = ?))"
        )
        params += [key, key, key]
    if filters.due_from is not None:
        clauses.append("a.due_end >= ?")
        params.append(date_range(filters.due_from, "due_from")[0])
    if filters.due_to is not None:
        clauses.append("a.due_start <= ?")
        params.append(date_range(filters.due_to, "due_to")[1])
    if filters.search is not None:
        clauses.append("a.aid IN (SELECT rowid FROM actions_fts WHERE actions_fts MATCH ?)")
        params.append(fts_query(filters.search))
    if filters.carried_forward is True:
        clauses.append("a.origin IS NOT NULL")
    elif filters.carried_forward is False:
        clauses.append("a.origin IS NULL")
    return clauses, params


def question_clauses(filters: ActionFilters) -> tuple[list[str], list[Any]]:
    """WHERE fragments for questions; ``owner`` means the question names that person (by the
    given words, or by the name/abbreviation of a listed person the words identify)."""
    for name in ("due_from", "due_to", "carried_forward"):
        if getattr(filters, name) is not None:
            raise QueryError(f"filter {name} does not apply to questions")
    clauses, params = _meeting_clauses(filters, "s.item_id")
    clauses.insert(0, "s.label = 'question'")
    if filters.owner is not None:
        key = owner_key(filters.owner)
        if key is None:
            raise QueryError("owner filter is empty")
        clauses.append(
            "(has_word(s.text, ?) OR EXISTS (SELECT 1 FROM people p WHERE p.doc_id = s.doc_id "
            "AND (lower(p.abbrev) = ? OR lower(p.name) = ? OR lower(p.role) = ?) "
            "AND (has_word(s.text, p.abbrev) OR has_word(s.text, p.name))))"
        )
        params += [key, key, key, key]
    if filters.search is not None:
        clauses.append("s.sid IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)")
        params.append(fts_query(filters.search))
    return clauses, params


def check_limit(limit: int | None) -> None:
    """A row limit is a count: None (no limit) or 0 or more."""
    if limit is not None and limit < 0:
        raise QueryError(f"limit must be 0 or more, got {limit}")


def _run(
    db: sqlite3.Connection | Path | str,
    select: str,
    clauses: list[str],
    params: list[Any],
    order: str,
    limit: int | None,
) -> Iterator[dict[str, Any]]:
    """Execute a fixed SELECT with fixed WHERE fragments and stream the rows as dicts."""
    sql = select + (" WHERE " + " AND ".join(clauses) if clauses else "") + " ORDER BY " + order
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    with _reader(db) as conn:
        cursor = conn.execute(sql, params)
        try:
            for row in cursor:
                yield dict(zip(row.keys(), tuple(row), strict=True))
        finally:
            cursor.close()


def query_actions(
    db: sqlite3.Connection | Path | str, filters: ActionFilters = ActionFilters(), *, limit: int | None = None
) -> Iterator[dict[str, Any]]:
    """Stream actions matching ``filters`` (all given filters must hold), oldest meeting first.

    Filters are checked before anything is read, so a bad filter raises QueryError at the call.
    """
    clauses, params = action_clauses(filters)
    check_limit(limit)
    return _run(db, ACTION_SELECT, clauses, params, "m.date, a.doc_id, a.seq", limit)


def query_questions(
    db: sqlite3.Connection | Path | str, filters: ActionFilters = ActionFilters(), *, limit: int | None = None
) -> Iterator[dict[str, Any]]:
    """Stream sentences labelled ``question`` matching ``filters`` (body, meeting dates, item,
    search, owner = named in the question); due and carried-forward filters raise QueryError."""
    clauses, params = question_clauses(filters)
    check_limit(limit)
    return _run(db, QUESTION_SELECT, clauses, params, "m.date, s.doc_id, s.seq", limit)


def action_history(db: sqlite3.Connection | Path | str, action_key: str) -> list[dict[str, Any]]:
    """The trail of one action across meetings: every action joined to it by carried-forward links,
    in either direction, oldest meeting first. Each row has ``carried_from`` (the key it repeats)."""
    with _reader(db) as conn:
        if conn.execute("SELECT 1 FROM actions WHERE action_key = ?", (action_key,)).fetchone() is None:
            raise QueryError(f"no action with key {action_key!r} (keys look like 'doc_id#A7')")
        seen = {action_key}
        frontier = [action_key]
        while frontier:
            key = frontier.pop()
            for (other,) in conn.execute(
                "SELECT to_key FROM action_links WHERE from_key = ? UNION SELECT from_key FROM action_links "
                "WHERE to_key = ?",
                (key, key),
            ):
                if other not in seen:
                    seen.add(other)
                    frontier.append(other)
        rows = [
            dict(zip(r.keys(), tuple(r), strict=True))
            for key in seen
            for r in conn.execute(ACTION_SELECT + " WHERE a.action_key = ?", (key,))
        ]
    return sorted(rows, key=lambda r: (r["meeting_date"] or "", r["doc_id"], r["action_key"]))


# --------------------------------------------------------------------------- export

_ARROW_TYPES = {"TEXT": "string", "INTEGER": "int64", "REAL": "float64"}


def table_columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(column name, declared type) of one of :data:`EXPORT_TABLES`."""
    if table not in EXPORT_TABLES:
        raise StoreError(f"not an exportable table: {table!r}")
    return [(row[1], row[2].upper()) for row in conn.execute(f"PRAGMA table_info({table})")]


def export(
    db: sqlite3.Connection | Path | str, fmt: Literal["csv", "parquet"], out_dir: Path, *, batch: int = 5000
) -> list[Path]:
    """Write each table of :data:`EXPORT_TABLES` to ``out_dir/<table>.<fmt>``, streaming in batches."""
    if fmt not in ("csv", "parquet"):
        raise QueryError(f"format must be csv or parquet, got {fmt!r}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with _reader(db) as conn:
        for table in EXPORT_TABLES:
            columns = table_columns(conn, table)
            path = out_dir / f"{table}.{fmt}"
            cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")  # fixed table names only
            if fmt == "csv":
                _write_csv(cursor, [c for c, _ in columns], path, batch)
            else:
                _write_parquet(cursor, columns, path, batch)
            written.append(path)
    return written


def _write_csv(cursor: sqlite3.Cursor, names: list[str], path: Path, batch: int) -> None:
    """Stream a cursor into a CSV file with a header row."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        while rows := cursor.fetchmany(batch):
            writer.writerows(tuple(r) for r in rows)


def _write_parquet(cursor: sqlite3.Cursor, columns: list[tuple[str, str]], path: Path, batch: int) -> None:
    """Stream a cursor into a Parquet file whose column types follow the declared SQLite types."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, getattr(pa, _ARROW_TYPES.get(kind, "string"))()) for name, kind in columns])
    with pq.ParquetWriter(path, schema) as writer:
        wrote = False
        while rows := cursor.fetchmany(batch):
            arrays = [pa.array([r[i] for r in rows], type=schema.field(i).type) for i in range(len(columns))]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            wrote = True
        if not wrote:
            writer.write_table(schema.empty_table())
