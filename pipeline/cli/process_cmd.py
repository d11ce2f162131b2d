"""``minutes process``: a thin command over :func:`pipeline.batch.run_batch` (and stdin mode)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from pipeline.cli.app import app, syntax_model_or_usage_error

if TYPE_CHECKING:
    from pipeline.batch import Processor

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _stdin_to_stdout(max_bytes: int, processor: Processor | None = None) -> int:
    """Read minutes as text from stdin, write the JSON to stdout; errors go to stderr."""
    from pipeline import ingest
    from pipeline.batch import default_processor, load_models
    from pipeline.schema import to_json

    data = sys.stdin.buffer.read(max_bytes + 1)
    try:
        raw = ingest.from_bytes(data, "-", "txt", max_bytes=max_bytes)
        if processor is None:
            load_models()
        document = (processor or default_processor)(raw, "stdin")
    except ingest.IngestError as exc:
        typer.echo(f"error: stdin: {exc.kind}: {exc.message}", err=True)
        return EXIT_SOME_FAILED
    except Exception as exc:  # noqa: BLE001 - report, do not crash with a traceback
        typer.echo(f"error: stdin: pipeline_error: {type(exc).__name__}: {exc}", err=True)
        return EXIT_SOME_FAILED
    sys.stdout.write(to_json(document))
    sys.stdout.flush()
    return EXIT_OK


def _syntax_processor(spacy_model: str | None) -> tuple[Processor | None, str]:
    """The processor and variant name for ``--spacy-model`` (the default pipeline's without it). The
    pipeline and its model are loaded here first, so a missing one is a usage error before any file is read."""
    from pipeline.batch import DEFAULT_VARIANT, SyntaxProcessor

    if spacy_model is None:
        return None, DEFAULT_VARIANT
    from pipeline.syntax import pipeline_info

    info = pipeline_info(syntax_model_or_usage_error(spacy_model).syntax_nlp)
    return SyntaxProcessor(spacy_model), f"spacy-model={info['name']}-{info['version']}"


@app.command("process")
def process(
    paths: list[Path] = typer.Argument(
        None,
        help="Files or folders of minutes (txt, md, pdf, docx, html); folders are searched recursively, "
        "hidden files skipped. A single '-' reads text from stdin and writes the JSON to stdout.",
        show_default=False,
    ),
    out: Path | None = typer.Option(
        None,
        "--out",
        "-o",
        help="Output folder: one DOC_ID.json per input, plus _manifest.json and _errors.jsonl.",
    ),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes; 0 = one per CPU core."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first file that fails."),
    force: bool = typer.Option(False, "--force", help="Reprocess files whose output is already up to date."),
    max_mb: float = typer.Option(
        20.0, "--max-mb", help="Refuse input files larger than this many megabytes."
    ),
    dask: str | None = typer.Option(
        None, "--dask", metavar="ADDRESS", help="Run on an existing Dask cluster, e.g. tcp://scheduler:8786."
    ),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Progress bar (default: only when output is a terminal)."
    ),
    spacy_model: str | None = typer.Option(
        None,
        "--spacy-model",
        metavar="NAME",
        help="An installed pretrained spaCy pipeline (package name or folder) whose syntactic features the "
        "sentence classifier also reads; needs a model built by `minutes train --spacy-model NAME`. "
        "Default: none (blank English pipeline, works offline).",
    ),
) -> None:
    """Turn minutes into JSON, one file per input, resumably.

    Re-running with the same --out skips inputs already done from the same bytes and pipeline version.

    Exit code: 0 all succeeded, 1 some failed, 2 usage error.
    """
    from pipeline.batch import BatchError, run_batch

    paths = paths or []
    max_bytes = int(max_mb * 1024 * 1024)
    if max_bytes <= 0:
        raise typer.BadParameter("must be positive", param_hint="--max-mb")
    processor, variant = _syntax_processor(spacy_model)
    if [str(p) for p in paths] == ["-"]:
        raise typer.Exit(_stdin_to_stdout(max_bytes, processor))
    if not paths:
        raise typer.BadParameter("give at least one file or folder (or '-' for stdin)", param_hint="PATH")
    if "-" in [str(p) for p in paths]:
        raise typer.BadParameter("'-' (stdin) must be the only PATH", param_hint="PATH")
    if out is None:
        raise typer.BadParameter("an output folder is required", param_hint="--out")
    try:
        summary = run_batch(
            paths,
            out,
            jobs=jobs,
            fail_fast=fail_fast,
            force=force,
            max_bytes=max_bytes,
            dask_address=dask,
            progress=progress,
            processor=processor,
            variant=variant,
        )
    except BatchError as exc:
        raise typer.BadParameter(str(exc), param_hint="PATH") from exc
    if summary.total == 0:
        typer.echo(
            f"error: no supported files (txt, md, pdf, docx, html) found in {', '.join(map(str, paths))}",
            err=True,
        )
        raise typer.Exit(EXIT_USAGE)
    typer.echo(
        f"{summary.ok} processed, {summary.skipped} up to date, {summary.failed} failed"
        + (f", {summary.not_run} not run" if summary.not_run else "")
        + f" in {summary.elapsed_s:.1f} s -> {out}",
        err=True,
    )
    for failure in summary.failures[:10]:
        typer.echo(f"  failed: {failure['file']}: {failure['kind']}: {failure['message']}", err=True)
    if len(summary.failures) > 10:
        typer.echo(f"  ... and {len(summary.failures) - 10} more in {summary.errors_path}", err=True)
    raise typer.Exit(summary.exit_code)
