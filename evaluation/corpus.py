"""Loading a labelled corpus: ``<corpus>/<doc_id>/{source.txt, clean.txt, gold.json}`` plus
``<corpus>/splits.json`` (``{"train": [...], "dev": [...], "test": [...]}``).

Folders whose name starts with "_" or "." (``_agreement``, caches) are not documents. A
document without a readable, valid ``gold.json`` is an error naming the file, because silently
skipping it would change every corpus figure without anyone noticing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from pipeline.schema import MinutesDocument, load_document

SPLITS = ("train", "dev", "test")
SPLIT_CHOICES = (*SPLITS, "all")


class CorpusError(ValueError):
    """A corpus folder, split file or gold file that cannot be used, with the path at fault."""


@dataclass(frozen=True)
class CorpusDoc:
    """One labelled document: where its files are and its validated gold."""

    doc_id: str
    directory: Path
    gold: MinutesDocument

    @property
    def source_path(self) -> Path:
        return self.directory / "source.txt"

    @property
    def clean_path(self) -> Path:
        return self.directory / "clean.txt"

    @property
    def gold_path(self) -> Path:
        return self.directory / "gold.json"

    def clean_text(self) -> str | None:
        """The hand-cleaned reference text, or ``None`` when the document has none."""
        return self.clean_path.read_text(encoding="utf-8") if self.clean_path.is_file() else None


def read_gold(path: Path) -> MinutesDocument:
    """Read and validate one gold (or prediction) file; errors name the file and the problem."""
    if not path.is_file():
        raise CorpusError(f"{path}: gold file is missing")
    try:
        return load_document(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<document>'}: {err['msg']}"
            for err in exc.errors()[:5]
        )
        raise CorpusError(f"{path}: invalid gold ({exc.error_count()} problem(s)): {problems}") from exc


def document_ids(corpus_dir: Path) -> list[str]:
    """Every document folder of a corpus, sorted (folders starting with "_" or "." excluded)."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: corpus directory does not exist")
    return sorted(p.name for p in corpus_dir.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def read_splits(corpus_dir: Path) -> dict[str, list[str]] | None:
    """The split file's contents, or ``None`` when the corpus has no ``splits.json``."""
    path = corpus_dir / "splits.json"
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict) or not all(
        isinstance(v, list) and all(isinstance(d, str) for d in v) for v in data.values()
    ):
        raise CorpusError(f"{path}: expected {{split: [doc_id, ...]}}")
    return data


def default_split(corpus_dir: Path) -> str:
    """ "test" when the corpus defines splits, otherwise "all"."""
    return "test" if read_splits(corpus_dir) is not None else "all"


def split_ids(corpus_dir: Path, split: str) -> list[str]:
    """The document ids of one split ("all": every document folder)."""
    if split not in SPLIT_CHOICES:
        raise CorpusError(f"unknown split {split!r}; choose one of {', '.join(SPLIT_CHOICES)}")
    present = document_ids(corpus_dir)
    if split == "all":
        return present
    splits = read_splits(corpus_dir)
    if splits is None:
        raise CorpusError(f"{corpus_dir}: no splits.json, so split {split!r} is undefined (use 'all')")
    if split not in splits:
        raise CorpusError(f"{corpus_dir / 'splits.json'}: has no {split!r} split")
    absent = [d for d in splits[split] if d not in present]
    if absent:
        raise CorpusError(
            f"{corpus_dir}: split {split!r} names missing document folder(s): {', '.join(absent)}"
        )
    return list(splits[split])


def load_doc(corpus_dir: Path, doc_id: str) -> CorpusDoc:
    """One document of the corpus with its validated gold."""
    directory = corpus_dir / doc_id
    return CorpusDoc(doc_id=doc_id, directory=directory, gold=read_gold(directory / "gold.json"))


def load_corpus(corpus_dir: str | Path, split: str = "all") -> list[CorpusDoc]:
    """Every document of a split, in split order (sorted for "all")."""
    corpus_dir = Path(corpus_dir)
    return [load_doc(corpus_dir, doc_id) for doc_id in split_ids(corpus_dir, split)]


def prediction_path(pred_dir: Path, doc_id: str) -> Path | None:
    """Where a document's prediction is: ``<dir>/<doc_id>.json``, or ``<dir>/<doc_id>/gold.json``
    so that another corpus folder (e.g. a second labelling) can be scored as predictions."""
    for candidate in (pred_dir / f"{doc_id}.json", pred_dir / doc_id / "gold.json"):
        if candidate.is_file():
            return candidate
    return None
