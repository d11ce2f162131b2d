"""minutes: turn free-text meeting minutes into validated, queryable JSON.

The stages, one module each, run in this order (see ``pipeline/run.py``)::

    ingest -> dedup -> segment -> header -> sentences -> classify -> extract -> assemble

``process_text`` and ``process_file`` are imported lazily, so that ``import pipeline.schema``
stays cheap for tools that only read the contract.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "process_file", "process_text"]

if TYPE_CHECKING:  # pragma: no cover
    from pipeline.run import process_file, process_text


def __getattr__(name: str) -> Any:
    if name in ("process_file", "process_text"):
        from pipeline import run

        return getattr(run, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
