"""Core commands: ``minutes schema`` and ``minutes train``."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli.app import app


@app.command("schema")
def schema_cmd(
    out: Path | None = typer.Option(
        None, "--out", "-o", help="Write the schema to this file instead of stdout."
    ),
) -> None:
    """Print the JSON Schema of the output (and gold) format."""
    from pipeline.schema import json_schema

    text = json.dumps(json_schema(), indent=1) + "\n"
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}", err=True)


@app.command("train")
def train_cmd(
    corpus: Path = typer.Argument(
        Path("corpus"), help="Corpus folder with <doc>/clean.txt, gold.json and splits.json."
    ),
    out: Path = typer.Option(Path("models"), "--out", "-o", help="Where to write the model and its card."),
    folds: int = typer.Option(5, help="Cross-validation folds (grouped by document)."),
    spacy_model: str | None = typer.Option(
        None,
        "--spacy-model",
        metavar="NAME",
        help="Also use the syntactic features of this installed pretrained spaCy pipeline (package name or "
        "folder); writes sentence_classifier+<pipeline>.skops beside the default model, which is kept.",
    ),
) -> None:
    """Rebuild the sentence classifier from the corpus' train split and print its scores.

    Reproducible: the same corpus gives the same model and the same cross-validated scores.
    """
    from pipeline.syntax import SpacyModelError
    from pipeline.train import train

    try:
        card = train(corpus, out, folds=folds, spacy_model=spacy_model)
    except SpacyModelError as exc:
        raise typer.BadParameter(str(exc), param_hint="--spacy-model") from exc
    cv = card["cross_validation"]["scores"]
    rules = card["rule_baseline_on_train"]
    typer.echo(
        f"trained on {card['training_data']['sentences']} sentences from "
        f"{len(card['training_data']['documents'])} documents (data sha256 {card['training_data']['sha256'][:12]})"
    )
    typer.echo(f"{'metric':24s} {'model (CV)':>10s} {'rules':>8s}")
    for key in ("macro_f1", "question.f1", "finding.f1", "action.f1", "action.recall", "other.f1"):
        typer.echo(f"{key:24s} {cv[key]:10.3f} {rules[key]:8.3f}")
    decision = card["decision"]
    typer.echo(f"action threshold {decision['action_threshold']} (chosen on the {decision['chosen_on']})")
    typer.echo(f"wrote {out / (card['model'] + '.skops')} and its card")


@app.command("summary")
def summary_cmd(
    out_dir: Path = typer.Argument(..., help="Folder of JSON outputs written by `minutes process`."),
    actions: int = typer.Option(5, help="How many actions to show per document."),
) -> None:
    """Print a short summary of processed minutes: meetings, items, sentence labels and actions."""
    from rich.console import Console
    from rich.table import Table

    from pipeline.schema import load_document

    console = Console()
    files = sorted(p for p in out_dir.glob("*.json") if not p.name.startswith("_"))
    if not files:
        typer.echo(f"no outputs in {out_dir}", err=True)
        raise typer.Exit(1)
    table = Table(title=f"{len(files)} document(s) in {out_dir}")
    for column in ("document", "meeting", "date", "people", "items", "questions", "findings", "actions"):
        table.add_column(column)
    docs = [load_document(p.read_bytes()) for p in files]
    for doc in docs:
        count = {label: sum(s.label == label for s in doc.sentences) for label in ("question", "finding")}
        table.add_row(
            doc.doc_id,
            doc.meeting.title or "-",
            str(doc.meeting.date or "-"),
            str(len(doc.people)),
            str(len(doc.items)),
            str(count["question"]),
            str(count["finding"]),
            str(len(doc.actions)),
        )
    console.print(table)
    for doc in docs:
        console.print(
            f"\n[bold]{doc.doc_id}[/bold]: first {min(actions, len(doc.actions))} of {len(doc.actions)} actions"
        )
        for action in doc.actions[:actions]:
            owners = (
                ", ".join(o.abbrev or o.name or o.mention or "?" for o in action.owners) or "(no owner named)"
            )
            due = (action.due.date or action.due.meeting or action.due.mention) if action.due else "-"
            console.print(f"  [{action.item}] {owners} | due {due} | {action.text[:90]}")
