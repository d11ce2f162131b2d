"""Assemble: the document is built from the stage outputs; one-line TAB action-log rows are quoted by their
action cell."""

from pipeline import process_text
from pipeline.assemble import _quoted_text
from pipeline.schema import SentenceSpan

MINUTES = (
    "Finance Committee\nMinutes of the meeting held on 4 March 2024 at 10:00\n\nPresent: Ann Lee (AL), Raj Patel (RP)\n\n"
    "1. Budget\nThe Committee noted the month 10 report.\n\n2. Action log\n"
    "Ref\tAction\tOwner\tDue\n"
    "24/01\tCirculate the revised capital programme to members\tAL\t31/03/24\n"
    "24/02\tReport the outturn forecast to the Board\tRP\tApril\n"
)


def test_a_tab_row_of_an_action_log_is_quoted_by_its_action_cell():
    doc = process_text(MINUTES, doc_id="t")
    quoted = [s for s in doc.sentences if s.text == "Circulate the revised capital programme to members"]
    assert len(quoted) == 1 and quoted[0].label == "action"
    assert doc.text[quoted[0].start : quoted[0].end] == quoted[0].text  # the offsets are the cell's
    action = next(a for a in doc.actions if a.sentence == quoted[0].id)
    assert action.text == quoted[0].text and [o.abbrev for o in action.owners] == ["AL"]


def test_a_sentence_that_is_no_tab_row_keeps_its_span_whole():
    span = SentenceSpan(id=3, start=10, end=40, text="The CFO to circulate the report.")
    assert _quoted_text(span, "circulate the report") == {"text": span.text, "start": 10, "end": 40}


def test_a_tab_row_whose_action_quotes_it_whole_keeps_its_span():
    row = "Circulate\tthe report"
    span = SentenceSpan(id=3, start=0, end=len(row), text=row)
    assert _quoted_text(span, row) == {"text": row, "start": 0, "end": len(row)}
