"""Presenting evaluation results: a rich terminal table, JSON for machines and a Markdown report.

All three show the same numbers from :class:`evaluation.metrics.RunResult`: corpus
micro-aggregates per run (the pipeline and each baseline, so each stage's contribution shows),
per-document rows of the first run, and (JSON and Markdown) every mismatch, gold vs predicted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from rich.table import Table

from evaluation.metrics import MISSED, RunResult, confusion_matrix
from pipeline.schema import LABELS

# The columns of the summary tables: (metric key, short heading).
SUMMARY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("dedup.f1", "dedup F1"),
    ("dedup.residual_duplication", "resid dup"),
    ("header.accuracy", "header"),
    ("people.f1", "people F1"),
    ("items.id_f1", "items F1"),
    ("items.id_title_f1", "id+title F1"),
    ("items.parent_accuracy", "parent"),
    ("sentences.aligned_share", "aligned"),
    ("classification.macro_f1", "macro F1"),
    ("actions.f1", "action F1"),
    ("actions.owner_set_accuracy", "owners"),
    ("actions.due_accuracy", "due"),
    ("end_to_end.f1", "e2e F1"),
)


def fmt(value: float | None) -> str:
    """A score with three decimals, or an em dash when it is undefined."""
    return "—" if value is None else f"{value:.3f}"


def run_to_dict(run: RunResult) -> dict:
    """Everything about one run, JSON-ready: corpus scores, counts, confusion matrix,
    per-document scores and the error list."""
    return {
        "name": run.name,
        "corpus": run.scores,
        "counts": dict(sorted(run.counts.items())),
        "confusion_matrix": confusion_matrix(run.counts),
        "documents": {d.doc_id: d.scores for d in run.documents},
        "errors": [asdict(e) for e in run.errors],
    }


def to_json(runs: Sequence[RunResult], *, split: str, corpus: str) -> str:
    """The machine-readable result of ``minutes evaluate --json``."""
    return json.dumps({"corpus": corpus, "split": split, "runs": [run_to_dict(r) for r in runs]}, indent=1)


def summary_table(runs: Sequence[RunResult], *, title: str = "minutes evaluation") -> Table:
    """Terminal table: per-document rows of the first run, then one corpus row per run."""
    table = Table(title=title)
    table.add_column("run")
    table.add_column("document")
    for _, heading in SUMMARY_COLUMNS:
        table.add_column(heading, justify="right")
    if runs:
        first = runs[0]
        for doc in first.documents:
            scores = doc.scores
            table.add_row(first.name, doc.doc_id, *(fmt(scores[k]) for k, _ in SUMMARY_COLUMNS))
        table.add_section()
    for run in runs:
        scores = run.scores
        table.add_row(run.name, "[b]corpus (micro)[/b]", *(fmt(scores[k]) for k, _ in SUMMARY_COLUMNS))
    return table


def confusion_table(run: RunResult) -> Table:
    """Terminal confusion matrix of one run: gold label rows, predicted label columns."""
    table = Table(title=f"confusion matrix ({run.name}): gold rows, predicted columns")
    table.add_column("gold")
    for label in (*LABELS, MISSED):
        table.add_column(label, justify="right")
    for gold_label, row in confusion_matrix(run.counts).items():
        table.add_row(gold_label, *(str(row[p]) for p in (*LABELS, MISSED)))
    return table


def _md_cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(_md_cell(c) for c in cells) + " |"


def to_markdown(runs: Sequence[RunResult], *, split: str, corpus: str) -> str:
    """The Markdown report: corpus rows per run, all metrics of the first run, per-document rows,
    confusion matrix and every error with gold vs predicted and the sentence."""
    headings = [h for _, h in SUMMARY_COLUMNS]
    lines = [f"# Evaluation of `{corpus}` (split: {split})", "", "## Corpus (micro-aggregated)", ""]
    lines += [_md_row(["run", *headings]), _md_row(["---"] * (len(headings) + 1))]
    lines += [_md_row([r.name, *(fmt(r.scores[k]) for k, _ in SUMMARY_COLUMNS)]) for r in runs]
    if not runs:
        return "\n".join(lines) + "\n"
    main = runs[0]
    lines += ["", f"## All metrics ({main.name})", "", _md_row(["metric", "value"]), _md_row(["---", "---"])]
    lines += [_md_row([key, fmt(value)]) for key, value in main.scores.items()]
    lines += ["", f"## Documents ({main.name})", ""]
    lines += [_md_row(["document", *headings]), _md_row(["---"] * (len(headings) + 1))]
    for doc in main.documents:
        lines.append(_md_row([doc.doc_id, *(fmt(doc.scores[k]) for k, _ in SUMMARY_COLUMNS)]))
    lines += ["", f"## Confusion matrix ({main.name}; rows gold, columns predicted)", ""]
    lines += [_md_row(["gold", *LABELS, MISSED]), _md_row(["---"] * (len(LABELS) + 2))]
    for gold_label, row in confusion_matrix(main.counts).items():
        lines.append(_md_row([gold_label, *(str(row[p]) for p in (*LABELS, MISSED))]))
    for run in runs:
        lines += ["", f"## Errors ({run.name}): {len(run.errors)}", ""]
        lines += [_md_row(["document", "kind", "gold", "predicted", "sentence"]), _md_row(["---"] * 5)]
        lines += [_md_row([e.doc_id, e.kind, e.gold, e.predicted, e.text]) for e in run.errors]
    return "\n".join(lines) + "\n"


def write_report(directory: Path, runs: Sequence[RunResult], *, split: str, corpus: str) -> list[Path]:
    """Write ``report.md`` and ``report.json`` into ``directory`` (created if needed)."""
    directory.mkdir(parents=True, exist_ok=True)
    markdown, machine = directory / "report.md", directory / "report.json"
    markdown.write_text(to_markdown(runs, split=split, corpus=corpus), encoding="utf-8")
    machine.write_text(to_json(runs, split=split, corpus=corpus) + "\n", encoding="utf-8")
    return [markdown, machine]
