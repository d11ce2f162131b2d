"""The ``minutes`` typer application; commands live in the ``*_cmd`` modules beside this one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from pipeline import __version__

if TYPE_CHECKING:
    from pipeline.classify import SentenceClassifier

app = typer.Typer(
    name="minutes",
    help="Turn free-text meeting minutes into validated, queryable JSON.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"minutes {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Turn free-text meeting minutes into validated, queryable JSON."""


def syntax_model_or_usage_error(spacy_model: str) -> SentenceClassifier:
    """The model trained with the installed spaCy pipeline ``spacy_model`` (``--spacy-model``), loaded now so
    that a missing pipeline or model is a usage error before any file is read."""
    from pipeline.classify import load_syntax_model
    from pipeline.syntax import SpacyModelError

    try:
        return load_syntax_model(spacy_model)
    except SpacyModelError as exc:
        raise typer.BadParameter(str(exc), param_hint="--spacy-model") from exc
