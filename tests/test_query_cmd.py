"""``minutes index|actions|questions|export`` through the typer app, on a real SQLite store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_store import archive_docs, write_docs
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    write_docs(out, archive_docs())
    path = tmp_path / "minutes.sqlite"
    result = runner.invoke(app, ["index", str(out), "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "4 added" in result.stdout and "2 carried-forward links" in result.stdout
    return path


def test_index_reports_unchanged_on_rerun_and_exit_1_for_bad_files(tmp_path, db):
    out = tmp_path / "out"
    again = runner.invoke(app, ["index", str(out), "--db", str(db)])
    assert again.exit_code == 0 and "4 unchanged" in again.stdout
    (out / "bad.json").write_text("[1, 2", encoding="utf-8")
    bad = runner.invoke(app, ["index", str(out), "--db", str(db)])
    assert bad.exit_code == 1
    assert "skipped bad.json" in bad.stderr


def test_index_of_missing_folder_exits_2(tmp_path):
    result = runner.invoke(app, ["index", str(tmp_path / "nope"), "--db", str(tmp_path / "m.sqlite")])
    assert result.exit_code == 2 and "not a folder" in result.stderr


def test_actions_jsonl_with_owner_and_due_filters(db):
    result = runner.invoke(
        app, ["actions", "--db", str(db), "--owner", "CC", "--due-from", "2018-06", "--due-to", "2018-12", "--format", "jsonl"]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["action_key"] for r in rows] == ["hta-2018-05#A1", "hta-2018-07#A1"]
    assert rows[0]["due_date"] == "2018-07"


def test_actions_csv_and_json_hold_the_same_rows(db):
    args = ["actions", "--db", str(db), "--carried-forward"]
    as_csv = runner.invoke(app, [*args, "--format", "csv"])
    as_json = runner.invoke(app, [*args, "--format", "json"])
    assert as_csv.exit_code == as_json.exit_code == 0
    csv_rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    json_rows = json.loads(as_json.stdout)
    assert [r["action_key"] for r in csv_rows] == [r["action_key"] for r in json_rows]
    assert [r["origin"] for r in json_rows] == ["2018-05", "2018-07"]


def test_empty_result_is_valid_json(db):
    result = runner.invoke(app, ["actions", "--db", str(db), "--owner", "nobody", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_actions_table_and_limit(db):
    args = ["actions", "--db", str(db), "--search", "confidence", "--limit", "2"]
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "hta-2018-05#A1" in result.stdout and "hta-2018-07#A1" in result.stdout
    assert "hta-2018-11#A1" not in result.stdout


def test_history_prints_the_trail(db):
    result = runner.invoke(
        app, ["actions", "--db", str(db), "--history", "hta-2018-07#A1", "--format", "jsonl"]
    )
    assert result.exit_code == 0
    trail = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["action_key"] for r in trail] == ["hta-2018-05#A1", "hta-2018-07#A1", "hta-2018-11#A1"]
    assert trail[2]["carried_from"] == "hta-2018-07#A1"


def test_questions_command_searches_question_text(db):
    result = runner.invoke(
        app, ["questions", "--db", str(db), "--search", "call handling", "--meeting-to", "2018-06", "--format", "jsonl"]
    )  # fmt: skip
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["Can the CC provide an update on call handling?"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["actions", "--due-from", "2018-13"], "not a real date"),
        (["actions", "--meeting-to", "yesterday"], "YYYY-MM"),
        (["actions", "--search", "  "], "at least one word"),
        (["actions", "--history", "missing#A1"], "no action"),
        (["questions", "--search", "*"], "at least one word"),
    ],
)
def test_bad_filters_exit_2_with_a_message(db, args, message):
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2
    assert message in result.stderr


def test_query_without_a_store_exits_2(tmp_path):
    result = runner.invoke(app, ["actions", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 2 and "minutes index" in result.stderr


def test_export_parquet_reads_back(db, tmp_path):
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", str(tmp_path / "pq")])
    assert result.exit_code == 0
    assert pq.read_table(tmp_path / "pq" / "meetings.parquet").num_rows == 4


@pytest.mark.parametrize("command", ["index", "actions", "questions", "export"])
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "--db" in result.stdout
