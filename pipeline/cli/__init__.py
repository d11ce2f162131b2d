"""Command-line interface. Every ``pipeline/cli/*_cmd.py`` module registers its commands on
:data:`pipeline.cli.app.app`; they are imported here in name order, so adding a command is
adding a module."""

from __future__ import annotations

import importlib
import pkgutil

from pipeline.cli.app import app

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.endswith("_cmd")):
    importlib.import_module(f"{__name__}.{_module}")


def main() -> None:
    app()


__all__ = ["app", "main"]
