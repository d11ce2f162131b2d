"""``minutes index|actions|questions|export``: build the SQLite store of outputs and query it.

Thin commands over :mod:`pipeline.store`; bad filters and a missing store exit with code 2.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from pipeline import store
from pipeline.cli.app import app

DEFAULT_DB = Path("minutes.sqlite")


class RowFormat(StrEnum):
    """How query rows are printed."""

    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class ExportFormat(StrEnum):
    """File format of `minutes export`."""

    csv = "csv"
    parquet = "parquet"


# the table view shows these; csv/json/jsonl carry every column of the row
ACTION_COLUMNS = ("action_key", "meeting_date", "owners", "due_date", "text")
HISTORY_COLUMNS = ("action_key", "meeting_date", "owners", "due_date", "origin", "text")
QUESTION_COLUMNS = ("question_key", "meeting_date", "item", "text")

_DB = typer.Option(DEFAULT_DB, "--db", help="The SQLite store built by `minutes index`.")
_OWNER = typer.Option(None, "--owner", help="Owner abbreviation, name or mention, any case ('CC', 'the CC').")
_BODY = typer.Option(None, "--body", help="Words in the meeting's body or title (case-insensitive).")
_DUE_FROM = typer.Option(None, "--due-from", help="Due on or after this YYYY-MM or YYYY-MM-DD.")
_DUE_TO = typer.Option(None, "--due-to", help="Due on or before this YYYY-MM or YYYY-MM-DD.")
_MEETING_FROM = typer.Option(None, "--meeting-from", help="Meeting held on or after YYYY-MM or YYYY-MM-DD.")
_MEETING_TO = typer.Option(None, "--meeting-to", help="Meeting held on or before YYYY-MM or YYYY-MM-DD.")
_ITEM = typer.Option(None, "--item", help="Agenda item id ('2.1' also matches 2.1.a; '2.1a' = '2.1.a').")
_SEARCH = typer.Option(
    None, "--search", help='Full-text search: words are ANDed, "quoted phrase", prefix*; stemmed.'
)
_FORMAT = typer.Option(RowFormat.table, "--format", help="table (rich), csv, json or jsonl (streamed).")
_LIMIT = typer.Option(None, "--limit", min=0, help="At most N rows.")


def fail(message: str) -> typer.Exit:
    """Print a usage error to stderr and return the exit (code 2) to raise."""
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code=2)


def column_style(column: str) -> dict[str, Any]:
    """Rich column options: keys and dates keep their full width, the text wraps in what is left."""
    if column == "text":
        return {"overflow": "fold", "min_width": 12, "ratio": 1}
    return {"overflow": "fold", "no_wrap": True, "min_width": len(column) if column != "action_key" else 16}


def emit(rows: Iterable[dict[str, Any]], fmt: RowFormat, columns: tuple[str, ...], title: str) -> int:
    """Write rows to stdout in ``fmt``; csv/json/jsonl stream row by row. Returns the row count."""
    out = sys.stdout
    count = 0
    if fmt is RowFormat.table:
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, **column_style(column))
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
            count += 1
        Console().print(table)
        return count
    if fmt is RowFormat.csv:
        writer: Any = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
                writer.writeheader()
            writer.writerow(row)
            count += 1
        return count
    if fmt is RowFormat.json:
        out.write("[")
        for row in rows:
            out.write(("\n" if count == 0 else ",\n") + json.dumps(row, ensure_ascii=False))
            count += 1
        out.write("\n]\n" if count else "]\n")
        return count
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def guarded(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Re-raise store errors met while streaming as a clean exit 2."""
    try:
        yield from rows
    except (store.QueryError, store.StoreError) as err:
        raise fail(str(err)) from None


@app.command("index")
def index_command(
    out_dir: Path = typer.Argument(..., help="Folder of pipeline outputs (<doc_id>.json; _*.json ignored)."),
    db: Path = _DB,
) -> None:
    """Load pipeline outputs into a SQLite store (unchanged files are skipped, changed ones replaced).

    Exit 0 when every file was indexed or unchanged, 1 when some files were skipped as unreadable,
    2 when OUT_DIR is not a folder or the database cannot be used.
    """
    try:
        summary = store.index_outputs(out_dir, db)
    except store.StoreError as err:
        raise fail(str(err)) from None
    typer.echo(
        f"{summary.files} files: {summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{len(summary.failed)} failed; {summary.links} carried-forward links; {summary.seconds:.2f}s -> {db}"
    )
    for name, reason in summary.failed:
        typer.echo(f"skipped {name}: {reason}", err=True)
    if summary.failed:
        raise typer.Exit(code=1)


@app.command("actions")
def actions_command(
    db: Path = _DB,
    owner: str | None = _OWNER,
    body: str | None = _BODY,
    due_from: str | None = _DUE_FROM,
    due_to: str | None = _DUE_TO,
    meeting_from: str | None = _MEETING_FROM,
    meeting_to: str | None = _MEETING_TO,
    item: str | None = _ITEM,
    search: str | None = _SEARCH,
    carried_forward: bool | None = typer.Option(
        None,
        "--carried-forward/--not-carried-forward",
        help="Only actions quoted from earlier minutes (or only new).",
    ),
    history: str | None = typer.Option(
        None,
        "--history",
        help="Show the trail of one action (key 'doc_id#A7') across meetings; filters ignored.",
    ),
    fmt: RowFormat = _FORMAT,
    limit: int | None = _LIMIT,
) -> None:
    """List actions matching every given filter, oldest meeting first.

    Example: minutes actions --db minutes.sqlite --owner CC --due-from 2018-06 --due-to 2018-12
    """
    try:
        if history is not None:
            rows: Iterator[dict[str, Any]] = iter(store.action_history(db, history))
        else:
            filters = store.ActionFilters(
                owner=owner, body=body, due_from=due_from, due_to=due_to, meeting_from=meeting_from,
                meeting_to=meeting_to, item=item, search=search, carried_forward=carried_forward,
            )  # fmt: skip
            rows = store.query_actions(db, filters, limit=limit)
    except (store.QueryError, store.StoreError) as err:
        raise fail(str(err)) from None
    columns = HISTORY_COLUMNS if history is not None else ACTION_COLUMNS
    emit(guarded(rows), fmt, columns, "Action history" if history else "Actions")


@app.command("questions")
def questions_command(
    db: Path = _DB,
    owner: str | None = typer.Option(
        None, "--owner", help="Questions that name this person (abbreviation, name or role, any case)."
    ),
    body: str | None = _BODY,
    meeting_from: str | None = _MEETING_FROM,
    meeting_to: str | None = _MEETING_TO,
    item: str | None = _ITEM,
    search: str | None = _SEARCH,
    fmt: RowFormat = _FORMAT,
    limit: int | None = _LIMIT,
) -> None:
    """List sentences labelled as questions matching every given filter, oldest meeting first.

    Example: minutes questions --db minutes.sqlite --search "call handling" --format csv
    """
    filters = store.ActionFilters(
        owner=owner, body=body, meeting_from=meeting_from, meeting_to=meeting_to, item=item, search=search
    )
    try:
        rows = store.query_questions(db, filters, limit=limit)
    except (store.QueryError, store.StoreError) as err:
        raise fail(str(err)) from None
    emit(guarded(rows), fmt, QUESTION_COLUMNS, "Questions")


@app.command("export")
def export_command(
    out_dir: Path = typer.Argument(..., help="Folder to write one file per table into (created if missing)."),
    db: Path = _DB,
    fmt: ExportFormat = typer.Option(..., "--format", help="csv or parquet."),
) -> None:
    """Write every table of the store to OUT_DIR/<table>.csv or .parquet, for pandas, R or a spreadsheet."""
    try:
        paths = store.export(db, fmt.value, out_dir)
    except (store.QueryError, store.StoreError) as err:
        raise fail(str(err)) from None
    for path in paths:
        typer.echo(str(path))
