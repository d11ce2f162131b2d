"""The SQLite store of outputs: indexing, re-indexing, cross-meeting links, queries and export."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import store
from pipeline.schema import Action, Due, Item, Meeting, MinutesDocument, Owner, Person, Sentence, to_json
from pipeline.store import ActionFilters, QueryError

PCC_BODY = "Office of the Police and Crime Commissioner"
COUNCIL = "Harbourside Town Council"
PEOPLE = [
    Person(name="Anthony Bangham", role="Chief Constable", abbrev="CC", attendance="present"),
    Person(name="John Campion", role="Police and Crime Commissioner", abbrev="PCC", attendance="present"),
]


def make_doc(
    doc_id: str,
    date: str,
    body: str,
    actions: list[tuple[str, str, list[Owner], str | None, str | None]],
    questions: tuple[str, ...] = (),
    people: list[Person] | None = None,
) -> MinutesDocument:
    """A small valid document: items 1, 2, 2.1, 2.1.a; questions then one sentence per action in 2.1.a.

    ``actions`` are (id, text, owners, due date, origin).
    """
    items = [
        Item(id="1", number="1.", title="Minutes", level=1),
        Item(id="2", number="2.", title="Performance", level=1),
        Item(id="2.1", number="2.1", title="Confidence", level=2, parent="2"),
        Item(id="2.1.a", number="a", title="Call handling", level=3, parent="2.1"),
    ]
    sentences = [Sentence(id=1, item="1", text="The minutes were approved.", label="finding")]
    for text in questions:
        sentences.append(Sentence(id=len(sentences) + 1, item="2.1", text=text, label="question"))
    built = []
    for action_id, text, owners, due, origin in actions:
        sentence_id = len(sentences) + 1
        sentences.append(Sentence(id=sentence_id, item="2.1.a", text=text, label="action"))
        built.append(
            Action(
                id=action_id,
                sentence=sentence_id,
                item="2.1.a",
                text=text,
                owners=owners,
                due=Due(mention="at the meeting", date=due, meeting="holding to account meeting")
                if due
                else None,
                origin=origin,
            )
        )
    return MinutesDocument(
        doc_id=doc_id,
        meeting=Meeting(title="Holding to Account Meeting", body=body, date=dt.date.fromisoformat(date)),
        people=PEOPLE if people is None else people,
        items=items,
        sentences=sentences,
        actions=built,
    )


CC = Owner(mention="The CC", name="Anthony Bangham", abbrev="CC")
PCC = Owner(mention="the PCC", name="John Campion", abbrev="PCC")
SUPT = Owner(mention="Chief Supt")


def archive_docs() -> list[MinutesDocument]:
    """Three meetings of one body whose confidence action is carried forward, plus another body."""
    return [
        make_doc(
            "hta-2018-05",
            "2018-05-29",
            PCC_BODY,
            [
                ("A1", "The CC to share the confidence action plans with the PCC.", [CC], "2018-07", None),
                ("A2", "Hate crime satisfaction to be brought back in November.", [], "2018-11", None),
                ("A3", "The Chief Supt has been tasked to review call handling times.", [SUPT], "2018-06-15", None),
            ],
            questions=("Can the CC provide an update on call handling?", "Members queried the cost of the scheme."),
        ),
        make_doc(
            "hta-2018-07",
            "2018-07-31",
            PCC_BODY,
            [
                ("A1", "The CC to share the confidence action plans with the PCC (carried).", [CC], "2018-09", "2018-05"),
                ("A2", "The PCC and CC to discuss the estates strategy.", [PCC, CC], None, None),
            ],
            questions=("The PCC asked for reassurance about 101 call handling.",),
        ),
        make_doc(
            "hta-2018-11",
            "2018-11-27",
            PCC_BODY,
            [
                ("A1", "CC to share confidence action plans with the PCC.", [CC], "2019-01", "2018-07"),
                ("A2", "Hate crime satisfaction was brought back; the CC to report in 2019.", [CC], "2019-02-01", None),
            ],
        ),
        make_doc(
            "council-2019-03",
            "2019-03-14",
            COUNCIL,
            [("A1", "The TC to place the boiler order and report to the April meeting.", [Owner(mention="The TC", name="Dan Whitlow", abbrev="TC")], "2019-04", None)],
            questions=("Cllr Reddy asked whether the reserve could cover the difference.",),
            people=[Person(name="Dan Whitlow", role="Town Clerk", abbrev="TC", attendance="in_attendance")],
        ),
    ]  # fmt: skip


def write_docs(out_dir: Path, docs: list[MinutesDocument]) -> None:
    """Write documents as the pipeline does (``<doc_id>.json`` via ``to_json``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        (out_dir / f"{doc.doc_id}.json").write_text(to_json(doc), encoding="utf-8")


@pytest.fixture()
def archive(tmp_path: Path) -> tuple[Path, Path]:
    """(output folder, indexed database) for :func:`archive_docs`."""
    out = tmp_path / "out"
    write_docs(out, archive_docs())
    db = tmp_path / "minutes.sqlite"
    summary = store.index_outputs(out, db)
    assert summary.added == 4 and not summary.failed
    return out, db


def keys(rows) -> list[str]:
    return [r["action_key"] for r in rows]


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (and the FTS contents), for comparing two states of a store."""
    with sqlite3.connect(db) as conn:
        tables = [*store.EXPORT_TABLES, "sentences_fts", "actions_fts"]
        return {t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def test_index_fills_every_table(archive):
    _, db = archive
    content = dump(db)
    counts = {table: len(rows) for table, rows in content.items()}
    assert counts["meetings"] == 4
    assert counts["people"] == 7
    assert counts["items"] == 16
    assert counts["actions"] == 8
    assert counts["action_owners"] == 8
    assert counts["sentences"] == 6 + 4 + 3 + 3  # finding + questions + actions per meeting
    assert counts["sentences_fts"] == counts["sentences"]
    assert counts["actions_fts"] == counts["actions"]
    assert content["schema_info"][0][1:] == ("store_schema_version", store.STORE_SCHEMA_VERSION)


@pytest.mark.parametrize("owner", ["CC", "cc", "the CC", "Anthony Bangham", "ANTHONY BANGHAM"])
def test_owner_filter_matches_abbrev_name_or_mention_in_any_case(archive, owner):
    _, db = archive
    found = keys(store.query_actions(db, ActionFilters(owner=owner)))
    assert found == ["hta-2018-05#A1", "hta-2018-07#A1", "hta-2018-07#A2", "hta-2018-11#A1", "hta-2018-11#A2"]


def test_owner_filter_matches_a_role_kept_as_mention(archive):
    _, db = archive
    assert keys(store.query_actions(db, ActionFilters(owner="chief supt"))) == ["hta-2018-05#A3"]


def test_body_filter_matches_words_of_body_or_title(archive):
    _, db = archive
    assert keys(store.query_actions(db, ActionFilters(body="harbourside"))) == ["council-2019-03#A1"]
    assert len(list(store.query_actions(db, ActionFilters(body="crime commissioner")))) == 7


def test_due_filters_use_overlap_of_month_and_day_ranges(archive):
    _, db = archive
    june = keys(store.query_actions(db, ActionFilters(due_from="2018-06", due_to="2018-06")))
    assert june == ["hta-2018-05#A3"]
    late = keys(store.query_actions(db, ActionFilters(due_from="2018-11-30", due_to="2019-01-01")))
    assert late == ["hta-2018-05#A2", "hta-2018-11#A1"]
    none_due = keys(store.query_actions(db, ActionFilters(due_from="2000-01")))
    assert "hta-2018-07#A2" not in none_due


def test_meeting_date_filters_bound_the_meeting_date(archive):
    _, db = archive
    rows = list(store.query_actions(db, ActionFilters(meeting_from="2018-07", meeting_to="2018-11-27")))
    assert {r["doc_id"] for r in rows} == {"hta-2018-07", "hta-2018-11"}


def test_item_filter_matches_item_its_descendants_and_loose_spelling(archive):
    _, db = archive
    assert len(list(store.query_actions(db, ActionFilters(item="2.1.a")))) == 8
    assert len(list(store.query_actions(db, ActionFilters(item="2")))) == 8
    assert len(list(store.query_actions(db, ActionFilters(item="2.1 (a)")))) == 8
    assert list(store.query_actions(db, ActionFilters(item="1"))) == []
    assert list(store.query_actions(db, ActionFilters(item="2.1.b"))) == []


def test_search_is_full_text_with_stemming_and_phrases(archive):
    _, db = archive
    assert keys(store.query_actions(db, ActionFilters(search="handling"))) == ["hta-2018-05#A3"]
    assert keys(store.query_actions(db, ActionFilters(search="handle"))) == ["hta-2018-05#A3"]
    assert keys(store.query_actions(db, ActionFilters(search='"boiler order"'))) == ["council-2019-03#A1"]
    assert keys(store.query_actions(db, ActionFilters(search='"order boiler"'))) == []
    assert keys(store.query_actions(db, ActionFilters(search="estat*"))) == ["hta-2018-07#A2"]


def test_carried_forward_filter_selects_actions_with_an_origin(archive):
    _, db = archive
    assert keys(store.query_actions(db, ActionFilters(carried_forward=True))) == [
        "hta-2018-07#A1",
        "hta-2018-11#A1",
    ]
    assert len(list(store.query_actions(db, ActionFilters(carried_forward=False)))) == 6


def test_filters_combine_with_and(archive):
    _, db = archive
    filters = ActionFilters(owner="CC", due_from="2018-06", meeting_to="2018-12", search="confidence")
    assert keys(store.query_actions(db, filters)) == ["hta-2018-05#A1", "hta-2018-07#A1", "hta-2018-11#A1"]
    assert keys(store.query_actions(db, filters, limit=1)) == ["hta-2018-05#A1"]


def test_action_rows_carry_owners_due_and_link(archive):
    _, db = archive
    row = next(store.query_actions(db, ActionFilters(owner="PCC")))
    assert row["owners"] == "PCC; CC"
    assert row["meeting_date"] == "2018-07-31"
    later = list(store.query_actions(db, ActionFilters(carried_forward=True)))
    assert [r["carried_from"] for r in later] == ["hta-2018-05#A1", "hta-2018-07#A1"]


def test_questions_search_and_owner_named_in_the_question(archive):
    _, db = archive
    found = [r["question_key"] for r in store.query_questions(db, ActionFilters(search='"call handling"'))]
    assert found == ["hta-2018-05:1", "hta-2018-07:1"]
    by_name = [r["question_key"] for r in store.query_questions(db, ActionFilters(owner="Anthony Bangham"))]
    assert by_name == ["hta-2018-05:1"]
    by_role = [
        r["question_key"]
        for r in store.query_questions(db, ActionFilters(owner="Police and Crime Commissioner"))
    ]
    assert by_role == ["hta-2018-07:1"]
    council = list(store.query_questions(db, ActionFilters(body="harbourside", meeting_from="2019-01")))
    assert [r["text"] for r in council] == [
        "Cllr Reddy asked whether the reserve could cover the difference."
    ]


@pytest.mark.parametrize(
    "filters",
    [ActionFilters(due_from="2018-01"), ActionFilters(due_to="2018-01"), ActionFilters(carried_forward=True)],
)
def test_questions_refuse_filters_that_only_apply_to_actions(archive, filters):
    _, db = archive
    with pytest.raises(QueryError, match="does not apply"):
        store.query_questions(db, filters)


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (ActionFilters(due_from="2018-13"), "not a real date"),
        (ActionFilters(due_to="June 2018"), "YYYY-MM"),
        (ActionFilters(meeting_from="2018-02-30"), "not a real date"),
        (ActionFilters(search="   "), "at least one word"),
        (ActionFilters(search='"" * -'), "at least one word"),
        (ActionFilters(owner="the "), "owner filter is empty"),
        (ActionFilters(body=" "), "body filter is empty"),
        (ActionFilters(item=""), "item filter is empty"),
    ],
)
def test_bad_filters_raise_query_error_at_the_call(archive, filters, message):
    _, db = archive
    with pytest.raises(QueryError, match=message):
        store.query_actions(db, filters)


def test_injection_looking_text_is_only_ever_data(archive):
    _, db = archive
    hostile = [
        ActionFilters(owner="CC' OR '1'='1"),
        ActionFilters(owner="x); DROP TABLE actions; --"),
        ActionFilters(body="%"),
        ActionFilters(body="_"),
        ActionFilters(item="%"),
        ActionFilters(search='confidence" OR "boiler'),
        ActionFilters(search="NEAR(boiler order) OR text:*"),
    ]
    results = [keys(store.query_actions(db, f)) for f in hostile]
    assert results[:5] == [[], [], [], [], []]
    assert results[5] == []  # the words confidence, or, boiler all required: none has all three
    assert results[6] == []
    assert len(dump(db)["actions"]) == 8


def test_reindexing_the_same_outputs_changes_nothing(archive):
    out, db = archive
    before = dump(db)
    summary = store.index_outputs(out, db)
    assert (summary.added, summary.updated, summary.unchanged, summary.failed) == (0, 0, 4, [])
    assert dump(db) == before


def test_an_updated_output_replaces_its_rows(archive):
    out, db = archive
    docs = archive_docs()
    docs[0] = make_doc(
        "hta-2018-05", "2018-05-29", PCC_BODY, [("A9", "The PCC to publish the confidence action plans.", [PCC], "2018-08", None)]
    )  # fmt: skip
    write_docs(out, docs[:1])
    summary = store.index_outputs(out, db)
    assert (summary.added, summary.updated, summary.unchanged) == (0, 1, 3)
    old = [r for r in store.query_actions(db) if r["doc_id"] == "hta-2018-05"]
    assert [(r["action_key"], r["owners"]) for r in old] == [("hta-2018-05#A9", "PCC")]
    content = dump(db)
    assert len(content["actions"]) == 6
    assert len(content["sentences_fts"]) == len(content["sentences"])
    assert keys(store.query_actions(db, ActionFilters(search="hate"))) == ["hta-2018-11#A2"]
    # the July action quoted the May one; the new May wording is still close enough to relink to it
    assert store.action_history(db, "hta-2018-07#A1")[0]["action_key"] == "hta-2018-05#A9"


def test_bad_and_bookkeeping_files_are_skipped_without_stopping(archive):
    out, db = archive
    (out / "broken.json").write_text("{ not json", encoding="utf-8")
    (out / "invalid.json").write_text('{"doc_id": "x", "unknown_field": 1}', encoding="utf-8")
    (out / "_manifest.json").write_text("{}", encoding="utf-8")
    write_docs(out, [make_doc("late", "2020-01-01", COUNCIL, [])])
    summary = store.index_outputs(out, db)
    assert sorted(name for name, _ in summary.failed) == ["broken.json", "invalid.json"]
    assert all(reason for _, reason in summary.failed)
    assert (summary.files, summary.added, summary.unchanged) == (7, 1, 4)


def test_history_follows_links_across_three_meetings(archive):
    _, db = archive
    for key in ("hta-2018-05#A1", "hta-2018-07#A1", "hta-2018-11#A1"):
        trail = store.action_history(db, key)
        assert [r["action_key"] for r in trail] == ["hta-2018-05#A1", "hta-2018-07#A1", "hta-2018-11#A1"]
    assert [r["action_key"] for r in store.action_history(db, "hta-2018-05#A2")] == ["hta-2018-05#A2"]


def test_links_form_whichever_meeting_is_indexed_first(tmp_path):
    out = tmp_path / "out"
    docs = archive_docs()
    write_docs(out, [docs[2]])
    db = tmp_path / "m.sqlite"
    store.index_outputs(out, db)
    write_docs(out, [docs[1]])
    store.index_outputs(out, db)
    write_docs(out, [docs[0]])
    summary = store.index_outputs(out, db)
    assert summary.links == 2
    trail = [r["action_key"] for r in store.action_history(db, "hta-2018-11#A1")]
    assert trail == ["hta-2018-05#A1", "hta-2018-07#A1", "hta-2018-11#A1"]


def test_no_link_to_another_body_or_dissimilar_action(tmp_path):
    out = tmp_path / "out"
    docs = [
        make_doc("a", "2018-05-01", COUNCIL, [("A1", "The CC to share the confidence action plans.", [CC], None, None)]),
        make_doc("b", "2018-05-02", PCC_BODY, [("A1", "Review the fleet budget.", [], None, None)]),
        make_doc("c", "2018-07-01", PCC_BODY, [("A1", "The CC to share the confidence action plans.", [CC], None, "2018-05")]),
    ]  # fmt: skip
    write_docs(out, docs)
    summary = store.index_outputs(out, tmp_path / "m.sqlite")
    assert summary.links == 0


def test_history_of_unknown_key_is_a_query_error(archive):
    _, db = archive
    with pytest.raises(QueryError, match="no action"):
        store.action_history(db, "nope#A1")


def test_export_writes_csv_and_parquet_per_table(archive, tmp_path):
    _, db = archive
    csv_paths = store.export(db, "csv", tmp_path / "csv")
    parquet_paths = store.export(db, "parquet", tmp_path / "pq")
    assert [p.name for p in csv_paths] == [f"{t}.csv" for t in store.EXPORT_TABLES]
    header = (tmp_path / "csv" / "actions.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("aid,action_key,doc_id,action_id")
    actions = pq.read_table(tmp_path / "pq" / "actions.parquet")
    assert actions.num_rows == 8
    assert str(actions.schema.field("seq").type) == "int64"
    assert sorted(actions.column("action_key").to_pylist())[0] == "council-2019-03#A1"
    links = pq.read_table(tmp_path / "pq" / "action_links.parquet").to_pylist()
    assert {(r["from_key"], r["to_key"]) for r in links} == {
        ("hta-2018-07#A1", "hta-2018-05#A1"),
        ("hta-2018-11#A1", "hta-2018-07#A1"),
    }
    assert len(parquet_paths) == len(store.EXPORT_TABLES)


def test_export_of_empty_store_writes_empty_tables(tmp_path):
    (tmp_path / "out").mkdir()
    db = tmp_path / "m.sqlite"
    store.index_outputs(tmp_path / "out", db)
    store.export(db, "parquet", tmp_path / "pq")
    assert pq.read_table(tmp_path / "pq" / "actions.parquet").num_rows == 0


def test_missing_or_foreign_database_is_a_store_error(tmp_path):
    with pytest.raises(store.StoreError, match="no database"):
        list(store.query_actions(tmp_path / "absent.sqlite"))
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t(x)")
    with pytest.raises(store.StoreError, match="not a minutes store"):
        list(store.query_actions(foreign))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call handling", '"call" AND "handling"'),
        ('"call handling" 101', '"call handling" AND "101"'),
        ("handl*", '"handl" *'),
        ('a"b OR (c)', '"a" AND "b" AND "OR" AND "c"'),
    ],
)
def test_fts_query_quotes_every_word(text, expected):
    assert store.fts_query(text) == expected
