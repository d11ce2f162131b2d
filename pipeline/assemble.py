"""Stage: assemble the stage outputs into one validated contract document.

This is the only place a :class:`~pipeline.schema.MinutesDocument` is built from stage
outputs; :func:`pipeline.schema.to_json` is the only place JSON is written.
"""

from __future__ import annotations

from pipeline.extract import row_action_cell
from pipeline.schema import (
    Action,
    Classified,
    DedupResult,
    HeaderResult,
    Item,
    MinutesDocument,
    NextMeeting,
    Sentence,
    SentenceSpan,
    Source,
)


def assemble(
    *,
    doc_id: str,
    source: Source,
    cleaned: DedupResult,
    head: HeaderResult,
    items: list[Item],
    spans: list[SentenceSpan],
    labels: list[Classified],
    actions: list[Action],
    next_meeting: NextMeeting | None,
) -> MinutesDocument:
    """Build and validate the output document; raises ``pydantic.ValidationError`` if inconsistent."""
    if len(spans) != len(labels):
        raise ValueError(f"{len(spans)} sentences but {len(labels)} labels")
    quoted = {a.sentence: a.text for a in actions if a.sentence is not None}
    sentences = [
        Sentence(
            id=s.id,
            item=s.item,
            **_quoted_text(s, c.label, quoted.get(s.id)),
            label=c.label,
            confidence=c.confidence,
        )
        for s, c in zip(spans, labels, strict=True)
    ]
    document = MinutesDocument(
        doc_id=doc_id,
        source=source,
        text=cleaned.text,
        dedup=cleaned.stats,
        meeting=head.meeting,
        people=head.people,
        items=items,
        sentences=sentences,
        actions=actions,
        next_meeting=next_meeting,
    )
    # Building the document ran its validators (ids, parents and offsets checked together); the
    # parts were validated when each stage built them.
    return document


def _quoted_text(span: SentenceSpan, label: str, action_text: str | None) -> dict:
    """The sentence's text and offsets: a one-line TAB-separated row of a log is quoted by one cell
    (:func:`_row_cell`), as the contract's labelled minutes write such rows; any other sentence is its span whole.
    The classifier saw the whole row (a status cell such as "Closed" is its cue), so the row is cut only here."""
    cell = _row_cell(span.text, label, action_text)
    if cell is None:
        return {"text": span.text, "start": span.start, "end": span.end}
    start, end = cell
    return {"text": span.text[start:end], "start": span.start + start, "end": span.start + end}


def _row_cell(text: str, label: str, action_text: str | None) -> tuple[int, int] | None:
    """The span in ``text`` of the cell a one-line TAB row is quoted by: the cell its action quotes, when it quotes
    one ("07/20-04<TAB>Positive action report<TAB>CC<TAB>17.11.20" as "Positive action report"); else, whatever the
    row was labelled but ``other``, its action cell (an open row's action and a closed row's finding alike: the
    owner, due and status cells are fields, not the sentence). A row labelled ``other``, such as a log's header row
    ("Ref<TAB>Action<TAB>Owner") or a row of figures ("Calls answered<TAB>90%<TAB>84.7%<TAB>Red"), is quoted whole,
    as the corpus quotes such rows; None for a sentence quoted whole."""
    if "\t" not in text or "\n" in text.strip():
        return None
    if action_text and "\t" not in action_text and action_text != text.strip():
        at = text.find(action_text)
        if at >= 0:
            return at, at + len(action_text)
    return row_action_cell(text) if label != "other" else None
