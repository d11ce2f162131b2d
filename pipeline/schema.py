"""Every type the pipeline passes around, and the data contract it emits.

The contract (``MinutesDocument`` and its parts) implements ``SCHEMA.md`` schema 1.x: the
same shape is the pipeline's output and the hand-labelled gold format. Gold files may leave
out what was not labelled, so contract fields that the pipeline always fills are optional
here; :func:`MinutesDocument.check_complete` tells whether an *output* has everything.

The stage types further down (``RawDocument``, ``DedupResult``, ``HeaderResult``,
``SentenceSpan``) are what one stage hands the next; they never appear in the JSON.

All models forbid unknown fields, so a misspelt key in a gold file is an error, not a
silently ignored value. JSON is produced in one place: :func:`to_json`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "1.0"
SUPPORTED_MAJOR = 1

Label = Literal["question", "finding", "action", "other"]
LABELS: tuple[str, ...] = ("question", "finding", "action", "other")
Attendance = Literal["present", "apologies", "absent", "in_attendance"]
SourceFormat = Literal["txt", "md", "pdf", "docx", "html"]

MonthOrDay = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")]
Month = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
Clock = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
Offset = Annotated[int, Field(ge=0)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class _StageModel(BaseModel):
    """Stage types: validated when built; stages fill in context fields on the hot path, so
    attribute writes are not re-validated."""

    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- contract


class Source(_Model):
    """Where the document came from (output only)."""

    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    format: SourceFormat
    chars: Offset = Field(description="characters of decoded raw text")


class DedupSpan(_Model):
    """Provenance of one kept span: ``text[start:end]`` was read at ``source_start:source_end``
    of the decoded input (schema 1.x optional addition)."""

    start: Offset
    end: Offset
    source_start: Offset
    source_end: Offset


class DedupStats(_Model):
    input_chars: Offset
    output_chars: Offset
    removed_chars: Offset
    spans: list[DedupSpan] | None = None


class Meeting(_Model):
    title: str | None = None
    body: str | None = None
    date: dt.date | None = None
    start_time: Clock | None = None
    venue: str | None = None
    chair: str | None = None
    minute_taker: str | None = None


class Person(_Model):
    name: str = Field(min_length=1)
    role: str | None = None
    abbrev: str | None = None
    attendance: Attendance


class Item(_Model):
    id: str = Field(min_length=1)
    number: str | None = None
    title: str | None = None
    level: int = Field(ge=1)
    parent: str | None = None
    start: Offset | None = None
    end: Offset | None = None


class Sentence(_Model):
    id: int | None = None
    item: str | None = None
    text: str
    start: Offset | None = None
    end: Offset | None = None
    label: Label
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)


class Owner(_Model):
    mention: str | None = None
    name: str | None = None
    abbrev: str | None = None

    @model_validator(mode="after")
    def _identified(self) -> Owner:
        if not (self.mention or self.name or self.abbrev):
            raise ValueError("an owner needs at least one of mention, name, abbrev")
        return self


class Due(_Model):
    mention: str | None = None
    date: MonthOrDay | None = None
    meeting: str | None = None


class Action(_Model):
    id: str | None = None
    sentence: int | None = None
    item: str | None = None
    text: str
    owners: list[Owner] = Field(default_factory=list)
    due: Due | None = None
    origin: Month | None = None


class NextMeeting(_Model):
    date: dt.date | None = None
    start_time: Clock | None = None
    venue: str | None = None
    kind: str | None = None


class MinutesDocument(_Model):
    """One document of minutes: the pipeline's output and the gold format."""

    schema_version: str = SCHEMA_VERSION
    doc_id: str = Field(min_length=1)
    source: Source | None = None
    text: str | None = None
    dedup: DedupStats | None = None
    meeting: Meeting = Field(default_factory=Meeting)
    people: list[Person] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    next_meeting: NextMeeting | None = None

    @field_validator("schema_version")
    @classmethod
    def _supported_version(cls, value: str) -> str:
        match = re.fullmatch(r"(\d+)\.(\d+)", value)
        if not match:
            raise ValueError(f"schema_version must look like '1.0', got {value!r}")
        if int(match.group(1)) != SUPPORTED_MAJOR:
            raise ValueError(f"schema_version {value} is not supported: this code reads {SUPPORTED_MAJOR}.x")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> MinutesDocument:
        item_ids = [item.id for item in self.items]
        if len(set(item_ids)) != len(item_ids):
            dupes = sorted({i for i in item_ids if item_ids.count(i) > 1})
            raise ValueError(f"item ids must be unique, repeated: {dupes}")
        known = set(item_ids)
        for item in self.items:
            if item.parent is not None and item.parent not in known:
                raise ValueError(f"item {item.id!r} has unknown parent {item.parent!r}")
        for sentence in self.sentences:
            if sentence.item is not None and known and sentence.item not in known:
                raise ValueError(f"sentence {sentence.text[:40]!r} names unknown item {sentence.item!r}")
        if self.text is not None:
            limit = len(self.text)
            for what, rows in (("item", self.items), ("sentence", self.sentences)):
                for row in rows:
                    if row.start is not None and row.end is not None and not (row.start <= row.end <= limit):
                        raise ValueError(
                            f"{what} offsets {row.start}:{row.end} fall outside text of {limit} chars"
                        )
        sentence_ids = {s.id for s in self.sentences if s.id is not None}
        for action in self.actions:
            if action.sentence is not None and sentence_ids and action.sentence not in sentence_ids:
                raise ValueError(f"action {action.id!r} points to unknown sentence {action.sentence}")
        return self

    def check_complete(self) -> list[str]:
        """What an *output* document lacks that the pipeline always fills (empty when whole)."""
        missing = [name for name in ("source", "text", "dedup") if getattr(self, name) is None]
        for s in self.sentences:
            if None in (s.id, s.start, s.end, s.confidence):
                missing.append(f"sentence {s.id}: id/start/end/confidence")
                break
        for a in self.actions:
            if a.id is None or a.sentence is None:
                missing.append(f"action {a.id}: id/sentence")
                break
        for item in self.items:
            if item.start is None or item.end is None:
                missing.append(f"item {item.id}: start/end")
                break
        return missing


def to_json(document: MinutesDocument, *, indent: int | None = 1) -> str:
    """The one place JSON is built: contract order, ``null`` kept for unknown values."""
    return document.model_dump_json(indent=indent) + ("\n" if indent is not None else "")


def load_document(raw: str | bytes) -> MinutesDocument:
    """Parse and validate a JSON document (gold or output)."""
    return MinutesDocument.model_validate_json(raw)


def json_schema() -> dict:
    """The JSON Schema of the contract, as committed in ``pipeline/minutes.schema.json``."""
    schema = MinutesDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"minutes document (schema {SCHEMA_VERSION})"
    return schema


# --------------------------------------------------------------------------- stage types


class RawDocument(_StageModel):
    """What ingest hands on: decoded text and where it came from."""

    path: str
    format: SourceFormat
    sha256: str
    text: str

    @property
    def source(self) -> Source:
        return Source(path=self.path, sha256=self.sha256, format=self.format, chars=len(self.text))


class DedupResult(_StageModel):
    """The de-duplicated text, its provenance and counts."""

    text: str
    spans: list[DedupSpan]
    input_chars: Offset
    removed_chars: Offset

    @property
    def stats(self) -> DedupStats:
        return DedupStats(
            input_chars=self.input_chars,
            output_chars=len(self.text),
            removed_chars=self.removed_chars,
            spans=self.spans,
        )


class HeaderResult(_StageModel):
    """The header block: meeting facts, people and the abbreviations the text defines."""

    meeting: Meeting
    people: list[Person]
    end: Offset = Field(description="offset where the header block ends in the text")
    abbreviations: dict[str, str] = Field(
        default_factory=dict,
        description="abbreviation -> expansion, e.g. 'Ch Supts' -> 'Chief Superintendents'",
    )


class SentenceSpan(_StageModel):
    """A sentence before classification, with the context the classifier uses."""

    id: int
    start: Offset
    end: Offset
    text: str
    item: str | None = None
    section: str | None = Field(
        default=None,
        description="the label the sentence sits under, lower case ('findings', 'actions arising')",
    )
    position: int = Field(default=0, ge=0, description="index of the sentence within its item")
    bullet: bool = False
    precedes_question: bool = Field(
        default=False, description="a question follows within a few sentences, with no answer in between"
    )
    heading: str | None = Field(default=None, description="title of the sentence's item, lower case")
    after_label: bool = Field(default=False, description="the sentence before it in the item is a label line")


class Classified(_StageModel):
    label: Label
    confidence: float = Field(ge=0.0, le=1.0)
