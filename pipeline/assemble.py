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
    sentences = [
        Sentence(
            id=s.id,
            item=s.item,
            text=s.text,
            start=s.start,
            end=s.end,
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
