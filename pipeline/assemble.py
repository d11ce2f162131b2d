"""Stage: assemble the stage outputs into one validated contract document.

This is the only place a :class:`~pipeline.schema.MinutesDocument` is built from stage
outputs; :func:`pipeline.schema.to_json` is the only place JSON is written.
"""

from __future__ import annotations

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
            **_quoted_text(s, quoted.get(s.id)),
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


def _quoted_text(span: SentenceSpan, action_text: str | None) -> dict:
    """The sentence's text and offsets: a one-line TAB-separated row of an action log whose action quotes one of
    its cells ("07/20-04<TAB>Positive action report<TAB>CC<TAB>17.11.20" quoted as "Positive action report") is
    that cell, as the contract's labelled minutes write such rows (the owner and due cells are the action's
    fields); any other sentence is its span whole."""
    text = span.text
    if action_text and "\t" in text and "\n" not in text.strip() and action_text != text.strip():
        at = text.find(action_text)
        if at >= 0 and "\t" not in action_text:
            return {"text": action_text, "start": span.start + at, "end": span.start + at + len(action_text)}
    return {"text": text, "start": span.start, "end": span.end}
