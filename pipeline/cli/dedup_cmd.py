"""``minutes dedup`` and ``minutes garble``: thin commands over :mod:`pipeline.dedup` and
:mod:`evaluation.garble`."""

from __future__ import annotations

from pathlib import Path

import typer

from pipeline.cli.app import app
from pipeline.dedup import DEFAULT_MIN_REPEAT_WORDS, deduplicate
from pipeline.schema import DedupResult


def read_text(path: Path) -> str:
    """The decoded text of ``path``: through ingest when it is available, else as UTF-8."""
    try:
        from pipeline.ingest import read_document
    except ImportError:  # pragma: no cover - ingest is written by another stage
        return path.read_text(encoding="utf-8")
    return read_document(path).text


def removed_listing(source: str, result: DedupResult) -> str:
    """Every stretch of the input that did not reach the output, as ``- [start:end] text`` lines."""
    lines, cursor = [], 0
    for span in sorted(result.spans, key=lambda s: s.source_start):
        if span.source_start > cursor:
            lines.append(_removed_line(source, cursor, span.source_start))
        cursor = max(cursor, span.source_end)
    if cursor < len(source):
        lines.append(_removed_line(source, cursor, len(source)))
    return "\n".join(line for line in lines if line)


def _removed_line(source: str, start: int, end: int) -> str:
    chunk = source[start:end]
    if not chunk.strip():
        return ""
    return f"- [{start}:{end}] {' '.join(chunk.split())}"


@app.command("dedup")
def dedup_cmd(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Minutes file to clean."),
    diff: bool = typer.Option(False, "--diff", help="Also list what was removed, with input offsets."),
    min_repeat_words: int = typer.Option(
        DEFAULT_MIN_REPEAT_WORDS,
        "--min-repeat-words",
        min=2,
        help="Shortest repeat (in words) that may be removed; shorter repeats are always kept.",
    ),
) -> None:
    """Print FILE with repeated windows and page furniture removed, each passage once, in reading order."""
    source = read_text(file)
    result = deduplicate(source, min_repeat_words=min_repeat_words)
    typer.echo(result.text, nl=not result.text.endswith("\n"))
    if diff:
        typer.echo(f"--- removed {result.removed_chars} of {result.input_chars} input characters", err=False)
        listing = removed_listing(source, result)
        if listing:
            typer.echo(listing)


@app.command("garble")
def garble_cmd(
    clean_file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Clean minutes text (UTF-8)."),
    seed: int = typer.Option(0, "--seed", help="Random seed; the same seed gives the same output."),
    intensity: float = typer.Option(1.0, "--intensity", min=0.0, max=1.0, help="How much noise, 0 to 1."),
) -> None:
    """Print CLEAN_FILE with simulated PDF-extraction noise (for testing de-duplication)."""
    from evaluation.garble import garble

    text = garble(clean_file.read_text(encoding="utf-8"), seed, intensity=intensity)
    typer.echo(text, nl=not text.endswith("\n"))
