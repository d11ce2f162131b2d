"""The ``minutes`` typer application; commands live in the ``*_cmd`` modules beside this one."""

from __future__ import annotations

import typer

from pipeline import __version__

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
