"""Assemble: the document is built from the stage outputs; one-line TAB log rows are quoted by their action cell,
whatever they were labelled but `other`."""

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
    assert _quoted_text(span, "action", "circulate the report") == {"text": span.text, "start": 10, "end": 40}


def test_a_tab_row_whose_action_quotes_it_whole_keeps_its_span():
    row = "Circulate\tthe report"
    span = SentenceSpan(id=3, start=0, end=len(row), text=row)
    assert _quoted_text(span, "action", row) == {"text": row, "start": 0, "end": len(row)}


CLOSED_LOG = (
    "Estates Committee\nMinutes of the meeting held on 9 May 2024 at 14:00\n\nPresent: Ann Lee (AL), Raj Patel (RP)\n\n"
    "1. Estates update\nThe Committee noted the condition survey.\n\n2. Action log\n"
    "Ref\tAction\tOwner\tDue\tStatus\n"
    "24/03\tObtain three quotes for the boiler replacement\tRP\t30/04/24\tClosed\n"
    "24/04\tDraft the revised lettings policy for the pavilion\tAL\t30/06/24\tOpen\n"
)


def test_every_tab_log_row_not_labelled_other_is_quoted_by_its_action_cell():
    doc = process_text(CLOSED_LOG, doc_id="t")
    by_text = {s.text: s for s in doc.sentences}
    for cell in (
        "Obtain three quotes for the boiler replacement",
        "Draft the revised lettings policy for the pavilion",
    ):
        sentence = by_text[cell]  # the closed row as well as the open one
        assert sentence.label != "other"
        assert doc.text[sentence.start : sentence.end] == cell  # the offsets are the cell's
    assert by_text["Ref\tAction\tOwner\tDue\tStatus"].label == "other"  # the header row stays whole


def test_a_closed_tab_row_labelled_finding_is_quoted_by_its_action_cell():
    row = "23/11\tRenew the grounds maintenance contract\tFacilities Manager\t31/01/24\tComplete"
    span = SentenceSpan(id=7, start=100, end=100 + len(row), text=row)
    quoted = _quoted_text(span, "finding", None)
    assert quoted["text"] == "Renew the grounds maintenance contract"
    assert row[quoted["start"] - 100 : quoted["end"] - 100] == quoted["text"]


def test_a_tab_row_labelled_other_keeps_its_span_whole():
    header = "No.\tAction\tLead\tTarget date"
    figures = "Complaints answered within 20 days\t85%\t78.2%\tAmber"
    for row in (header, figures):
        span = SentenceSpan(id=2, start=0, end=len(row), text=row)
        assert _quoted_text(span, "other", None) == {"text": row, "start": 0, "end": len(row)}


def test_a_pipe_row_labelled_finding_keeps_its_span_whole():
    row = "23/11 | Renew the grounds maintenance contract | FM | 31/01/24 | Complete"
    span = SentenceSpan(id=2, start=0, end=len(row), text=row)
    assert _quoted_text(span, "finding", None) == {"text": row, "start": 0, "end": len(row)}
