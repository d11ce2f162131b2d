"""``minutes evaluate`` (score the pipeline or given predictions against gold) and
``minutes agreement`` (inter-annotator agreement of two gold files).

A thin wrapper: corpus loading, metrics and reports live in the ``evaluation`` package; this
module only gathers predictions (from ``--pred`` or by running the pipeline), applies ``--min``
thresholds and chooses the output.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from evaluation.agreement import agreement
from evaluation.corpus import CorpusDoc, CorpusError, default_split, load_corpus, prediction_path, read_gold
from evaluation.metrics import METRICS, DocResult, RunResult, evaluate_document, evaluate_missing
from evaluation.report import confusion_table, fmt, summary_table, to_json, write_report
from pipeline.cli.app import app, syntax_model_or_usage_error
from pipeline.run import PipelineOptions, process_file

_METRIC_HELP = "Metric keys for --min (a unique last part such as 'macro_f1' also works): " + ", ".join(
    METRICS
)


class ThresholdError(ValueError):
    """A ``--min`` argument that is not ``KNOWN_METRIC=NUMBER``."""


def resolve_metric(name: str) -> str:
    """The full metric key for ``name``: exact, or the one key ending in ``.name``."""
    if name in METRICS:
        return name
    matches = [key for key in METRICS if key.endswith(f".{name}")]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ThresholdError(f"metric {name!r} is ambiguous: {', '.join(matches)}")
    raise ThresholdError(f"unknown metric {name!r}; see --help for the keys")


def parse_threshold(text: str) -> tuple[str, float]:
    """``"macro_f1=0.9"`` -> ``("classification.macro_f1", 0.9)``."""
    name, sep, value = text.partition("=")
    if not sep:
        raise ThresholdError(f"--min expects METRIC=VALUE, got {text!r}")
    try:
        return resolve_metric(name.strip()), float(value)
    except ValueError as exc:
        if isinstance(exc, ThresholdError):
            raise
        raise ThresholdError(f"--min value must be a number, got {value!r}") from exc


def failed_thresholds(scores: dict[str, float | None], thresholds: Sequence[tuple[str, float]]) -> list[str]:
    """A message per threshold not met; an undefined score (``None``) does not meet any."""
    return [
        f"{key} = {fmt(scores[key])} is below the minimum {minimum}"
        for key, minimum in thresholds
        if scores[key] is None or scores[key] < minimum
    ]


def predictions_run(name: str, docs: Sequence[CorpusDoc], pred_dir: Path) -> RunResult:
    """Score the JSON predictions in ``pred_dir``; a missing or invalid one scores as empty."""
    results = []
    for doc in docs:
        path = prediction_path(pred_dir, doc.doc_id)
        if path is None:
            results.append(evaluate_missing(doc.gold, f"no {doc.doc_id}.json in {pred_dir}"))
            continue
        try:
            predicted = read_gold(path)
        except CorpusError as exc:
            results.append(evaluate_missing(doc.gold, str(exc)))
            continue
        results.append(evaluate_document(doc.gold, predicted, doc.clean_text(), doc.doc_id))
    return RunResult(name, results)


def pipeline_doc(doc: CorpusDoc, options: PipelineOptions) -> DocResult:
    """Run the pipeline on one document's source.txt and score it. A failure is scored as an
    empty prediction with the exception in the error list, so one broken document does not
    hide the figures of the others."""
    if not doc.source_path.is_file():
        return evaluate_missing(doc.gold, f"{doc.source_path} does not exist")
    try:
        predicted = process_file(doc.source_path, doc.doc_id, options)
    except Exception as exc:  # noqa: BLE001 - reported per document, see docstring
        return evaluate_missing(doc.gold, f"pipeline failed: {type(exc).__name__}: {exc}")
    return evaluate_document(doc.gold, predicted, doc.clean_text(), doc.doc_id)


def pipeline_runs(
    docs: Sequence[CorpusDoc], baselines: bool, spacy_model: str | None = None
) -> list[RunResult]:
    """The full pipeline, then (with baselines) the rule-only classifier and no de-duplication. With
    ``spacy_model`` the first run classifies with the model trained on that pretrained spaCy pipeline's
    features, and the baselines start with the default pipeline, to compare against."""
    variants = [("pipeline", PipelineOptions())]
    if spacy_model is not None:
        variants = [(f"pipeline + {spacy_model}", PipelineOptions(spacy_model=spacy_model))]
        if baselines:
            variants.append(("pipeline", PipelineOptions()))
    if baselines:
        variants += [
            ("rules classifier", PipelineOptions(classifier="rules")),
            ("no dedup", PipelineOptions(dedup=False)),
        ]
    return [RunResult(name, [pipeline_doc(doc, options) for doc in docs]) for name, options in variants]


def _console() -> Console:
    """A console wide enough for the summary table even when output is redirected."""
    console = Console()
    if not console.is_terminal:
        console.width = 200
    return console


@app.command("evaluate", epilog=_METRIC_HELP)
def evaluate(
    gold_dir: Path = typer.Argument(
        ..., help="Corpus directory: <doc_id>/gold.json (+ source.txt, clean.txt)."
    ),
    pred: Path | None = typer.Option(
        None,
        "--pred",
        help="Directory of predictions (<doc_id>.json); without it the pipeline runs on source.txt.",
    ),
    split: str | None = typer.Option(
        None, "--split", help="test | dev | train | all (default: test when splits.json exists, else all)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the full results as JSON instead of tables."),
    report: Path | None = typer.Option(
        None, "--report", help="Write report.md and report.json into this directory."
    ),
    minimum: list[str] = typer.Option(
        [], "--min", help="METRIC=VALUE: exit 1 when the corpus score is below VALUE (repeatable)."
    ),
    baselines: bool = typer.Option(
        True,
        "--baselines/--no-baselines",
        help="With the pipeline, also score the rule-only and no-dedup variants.",
    ),
    spacy_model: str | None = typer.Option(
        None,
        "--spacy-model",
        metavar="NAME",
        help="Score the pipeline whose classifier also reads this installed pretrained spaCy pipeline's "
        "features (a model built by `minutes train --spacy-model NAME`); with baselines the default "
        "pipeline is scored beside it.",
    ),
) -> None:
    """Score extraction against hand-labelled gold: per document and micro-aggregated over the corpus."""
    try:
        thresholds = [parse_threshold(t) for t in minimum]
    except ThresholdError as exc:
        raise typer.BadParameter(str(exc), param_hint="--min") from exc
    try:
        chosen = split or default_split(gold_dir)
        docs = load_corpus(gold_dir, chosen)
    except CorpusError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if spacy_model is not None and not pred:
        syntax_model_or_usage_error(spacy_model)
    runs = (
        [predictions_run("predictions", docs, pred)] if pred else pipeline_runs(docs, baselines, spacy_model)
    )
    if as_json:
        typer.echo(to_json(runs, split=chosen, corpus=str(gold_dir)))
    else:
        console = _console()
        console.print(
            summary_table(runs, title=f"minutes evaluation: {gold_dir} ({chosen}, {len(docs)} documents)")
        )
        console.print(confusion_table(runs[0]))
        console.print(f"{len(runs[0].errors)} mismatches in {runs[0].name}; --report DIR lists them all.")
    if report:
        for path in write_report(report, runs, split=chosen, corpus=str(gold_dir)):
            typer.echo(f"wrote {path}", err=True)
    failures = failed_thresholds(runs[0].scores, thresholds)
    for message in failures:
        typer.echo(f"FAIL: {message}", err=True)
    if failures:
        raise typer.Exit(1)


@app.command("agreement")
def agreement_cmd(
    gold_a: Path = typer.Argument(..., help="First labelling (gold.json)."),
    gold_b: Path = typer.Argument(..., help="Second, independent labelling of the same document."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Inter-annotator agreement: Cohen's kappa on aligned sentence labels, share aligned,
    owner-set and due-date agreement on aligned actions."""
    try:
        result = agreement(read_gold(gold_a), read_gold(gold_b))
    except CorpusError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    figures = result.as_dict()
    if as_json:
        typer.echo(json.dumps(figures, indent=1))
        return
    table = Table(title="inter-annotator agreement", caption=f"A = {gold_a}\nB = {gold_b}")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key, value in figures.items():
        table.add_row(key, str(value) if isinstance(value, int) else fmt(value))
    _console().print(table)
