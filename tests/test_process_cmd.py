"""``minutes process``: exit codes, stdin mode and the summary, through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import batch
from pipeline.cli import app
from pipeline.schema import MinutesDocument, RawDocument, load_document

runner = CliRunner()


def fake_processor(raw: RawDocument, doc_id: str) -> MinutesDocument:
    """Stands in for the NLP stages; 'BOOM' in the text is a pipeline bug."""
    if "BOOM" in raw.text:
        raise RuntimeError("stage exploded")
    return MinutesDocument(doc_id=doc_id, source=raw.source, text=raw.text)


@pytest.fixture(autouse=True)
def _fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "default_processor", fake_processor)


def _folder(tmp_path: Path, *bad: str) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("Minutes A\n1. Apologies", encoding="utf-8")
    (root / "b.md").write_text("Minutes B\n1. Apologies", encoding="utf-8")
    for name in bad:
        (root / name).write_text("BOOM", encoding="utf-8")
    return root


def test_all_succeeded_exits_zero_and_writes_outputs(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["process", str(_folder(tmp_path)), "--out", str(tmp_path / "out"), "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == ["_manifest.json", "a.json", "b.json"]
    assert "2 processed" in result.output


def test_some_failed_exits_one_and_names_the_file(tmp_path: Path) -> None:
    root = _folder(tmp_path, "bad.txt")
    result = runner.invoke(app, ["process", str(root), "--out", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 1
    assert "bad.txt" in result.output and "pipeline_error" in result.output


def test_rerun_reports_up_to_date_files(tmp_path: Path) -> None:
    args = ["process", str(_folder(tmp_path)), "--out", str(tmp_path / "out"), "-j", "1"]
    runner.invoke(app, args)
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and "0 processed, 2 up to date" in result.output
    forced = runner.invoke(app, [*args, "--force"])
    assert "2 processed, 0 up to date" in forced.output


def test_max_mb_refuses_large_files(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / "big.txt").write_text("x" * 200_000, encoding="utf-8")
    result = runner.invoke(
        app, ["process", str(root), "--out", str(tmp_path / "out"), "-j", "1", "--max-mb", "0.1"]
    )
    assert result.exit_code == 1 and "too_large" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["process"],
        ["process", "IN"],
        ["process", "IN/absent", "--out", "OUT"],
        ["process", "-", "IN", "--out", "OUT"],
        ["process", "IN", "--out", "OUT", "--max-mb", "0"],
    ],
)
def test_usage_errors_exit_two(tmp_path: Path, args: list[str]) -> None:
    root = _folder(tmp_path)
    args = [a.replace("IN", str(root)).replace("OUT", str(tmp_path / "out")) for a in args]
    assert runner.invoke(app, args).exit_code == 2


def test_folder_without_minutes_exits_two(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "data.csv").write_text("a,b", encoding="utf-8")
    result = runner.invoke(app, ["process", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "no supported files" in result.output


def test_stdin_mode_writes_json_to_stdout(tmp_path: Path) -> None:
    result = runner.invoke(app, ["process", "-"], input="Minutes of the Board\r\n1. Apologies\n")
    assert result.exit_code == 0, result.output
    document = load_document(result.stdout)
    assert document.doc_id == "stdin" and document.text == "Minutes of the Board\n1. Apologies\n"
    assert document.source.path == "-"
    assert not list(tmp_path.iterdir())


def test_stdin_mode_reports_errors_on_stderr_with_exit_one() -> None:
    empty = runner.invoke(app, ["process", "-"], input="   \n")
    assert empty.exit_code == 1 and "empty" in empty.stderr and empty.stdout == ""
    broken = runner.invoke(app, ["process", "-"], input="BOOM")
    assert broken.exit_code == 1 and "pipeline_error" in broken.stderr


def test_stdin_mode_respects_the_size_limit() -> None:
    result = runner.invoke(app, ["process", "-", "--max-mb", "0.001"], input="x" * 5000)
    assert result.exit_code == 1 and "too_large" in result.stderr


def test_help_documents_formats_resume_and_exit_codes() -> None:
    result = runner.invoke(app, ["process", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    for phrase in ("--jobs", "--fail-fast", "--force", "--max-mb", "--dask", "stdin", "Exit code"):
        assert phrase in text


def test_manifest_records_cli_options(tmp_path: Path) -> None:
    runner.invoke(
        app, ["process", str(_folder(tmp_path)), "--out", str(tmp_path / "out"), "-j", "1", "--fail-fast"]
    )
    options = json.loads((tmp_path / "out" / "_manifest.json").read_text(encoding="utf-8"))["options"]
    assert options["fail_fast"] is True and options["jobs"] == 1
