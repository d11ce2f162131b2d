"""The staged pipeline, wired together: text or a file in, a validated document out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline import assemble, classify, dedup, extract, header, ingest, segment, sentences
from pipeline.schema import MinutesDocument, RawDocument


@dataclass(frozen=True)
class PipelineOptions:
    """Switches for ablations and baselines; the defaults are the full pipeline."""

    dedup: bool = True  # False: keep the text as ingested (the "no de-duplication" ablation)
    classifier: str = "model"  # "model": the trained classifier; "rules": the rule-only baseline
    # an installed pretrained spaCy pipeline (name or folder) whose syntactic features the trained
    # classifier also reads (pipeline.syntax); None, the default, needs no pretrained pipeline
    spacy_model: str | None = None


DEFAULT_OPTIONS = PipelineOptions()


def process_raw(raw: RawDocument, doc_id: str, options: PipelineOptions = DEFAULT_OPTIONS) -> MinutesDocument:
    """Run every stage after ingest on one decoded document."""
    cleaned = dedup.deduplicate(raw.text) if options.dedup else dedup.passthrough(raw.text)
    text = cleaned.text
    items = segment.segment_items(text)
    head = header.parse_header(text, end=items[0].start if items else None)
    next_meeting = header.find_next_meeting(text, items, head.meeting.date)
    spans = sentences.split_sentences(text, items)
    labels = classify.classify_sentences(spans, method=options.classifier, spacy_model=options.spacy_model)
    actions = extract.extract_actions(
        spans,
        labels,
        people=head.people,
        meeting_date=head.meeting.date,
        next_meeting=next_meeting,
        abbreviations=head.abbreviations,
        item_titles={item.id: item.title or "" for item in items},
        meeting_title=head.meeting.title,
        chair=head.meeting.chair,
        minute_taker=head.meeting.minute_taker,
        meeting_body=head.meeting.body,
    )
    return assemble.assemble(
        doc_id=doc_id,
        source=raw.source,
        cleaned=cleaned,
        head=head,
        items=items,
        spans=spans,
        labels=labels,
        actions=actions,
        next_meeting=next_meeting,
    )


def process_text(
    text: str,
    doc_id: str = "document",
    *,
    path: str = "-",
    fmt: str = "txt",
    options: PipelineOptions = DEFAULT_OPTIONS,
) -> MinutesDocument:
    """Process minutes given as text; ``doc_id`` names the document in the output."""
    return process_raw(ingest.from_text(text, path=path, fmt=fmt), doc_id, options)


def process_file(
    path: str | Path, doc_id: str | None = None, options: PipelineOptions = DEFAULT_OPTIONS
) -> MinutesDocument:
    """Read a file (txt, md, pdf, docx, html) and process it; ``doc_id`` defaults to the file stem."""
    path = Path(path)
    raw = ingest.read_document(path)
    return process_raw(raw, doc_id or path.stem, options)
