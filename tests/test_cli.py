"""The core CLI commands, through typer's CliRunner; every command has working --help."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import app
from pipeline.schema import json_schema

ROOT = Path(__file__).parent.parent
runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_schema_prints_the_committed_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and json.loads(result.output) == json_schema()


COMMANDS = [
    "process",
    "summary",
    "dedup",
    "garble",
    "evaluate",
    "agreement",
    "train",
    "index",
    "actions",
    "questions",
    "export",
    "schema",
]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_documented_in_the_readme(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
    assert f"minutes {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_summary_of_processed_outputs(tmp_path):
    out = tmp_path / "out"
    source = ROOT / "tests" / "fixtures" / "contract_example_source.txt"
    assert runner.invoke(app, ["process", str(source), "--out", str(out)]).exit_code == 0
    result = runner.invoke(app, ["summary", str(out)])
    assert result.exit_code == 0 and "contract_example_source" in result.output


def test_summary_of_an_empty_folder_fails_clearly(tmp_path):
    result = runner.invoke(app, ["summary", str(tmp_path)])
    assert result.exit_code == 1


def test_train_reproduces_the_shipped_model_scores(tmp_path):
    result = runner.invoke(app, ["train", str(ROOT / "corpus"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    shipped = json.loads((ROOT / "models" / "sentence_classifier.card.json").read_text(encoding="utf-8"))
    rebuilt = json.loads((tmp_path / "sentence_classifier.card.json").read_text(encoding="utf-8"))
    assert rebuilt["training_data"]["sha256"] == shipped["training_data"]["sha256"]
    assert rebuilt["cross_validation"]["scores"] == shipped["cross_validation"]["scores"]
