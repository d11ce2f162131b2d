"""``minutes evaluate`` and ``minutes agreement`` on a tiny corpus built in tmp_path."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app, evaluate_cmd
from pipeline.schema import MinutesDocument, to_json

runner = CliRunner()


def gold_doc(doc_id: str, finding_label: str = "finding") -> MinutesDocument:
    return MinutesDocument.model_validate(
        {
            "doc_id": doc_id,
            "meeting": {"title": "Board", "date": "2024-05-01"},
            "people": [{"name": "Ann Lee", "abbrev": "AL", "attendance": "present"}],
            "items": [{"id": "1", "title": "Finance", "level": 1}],
            "sentences": [
                {"item": "1", "text": "Can AL explain the overspend on repairs?", "label": "question"},
                {
                    "item": "1",
                    "text": "AL explained that storms had damaged the roof.",
                    "label": finding_label,
                },
                {"item": "1", "text": "AL to report back to the June meeting.", "label": "action"},
            ],
            "actions": [
                {
                    "item": "1",
                    "text": "AL to report back to the June meeting.",
                    "owners": [{"mention": "AL", "name": "Ann Lee", "abbrev": "AL"}],
                    "due": {"mention": "the June meeting", "date": "2024-06", "meeting": "meeting"},
                }
            ],
        }
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for doc_id in ("doc-a", "doc-b"):
        (root / doc_id).mkdir(parents=True)
        (root / doc_id / "gold.json").write_text(to_json(gold_doc(doc_id)), encoding="utf-8")
        (root / doc_id / "source.txt").write_text("Board minutes\n", encoding="utf-8")
    (root / "_agreement").mkdir()
    (root / "splits.json").write_text(json.dumps({"train": ["doc-a"], "dev": [], "test": ["doc-b"]}))
    return root


def write_predictions(directory: Path, finding_label: str) -> Path:
    directory.mkdir()
    for doc_id in ("doc-a", "doc-b"):
        (directory / f"{doc_id}.json").write_text(to_json(gold_doc(doc_id, finding_label)), encoding="utf-8")
    return directory


def run_json(*args: str) -> dict:
    result = runner.invoke(app, ["evaluate", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_gold_scored_against_itself_gives_one_everywhere(corpus: Path):
    data = run_json(str(corpus), "--pred", str(corpus), "--split", "all")
    (run,) = data["runs"]
    defined = {v for v in run["corpus"].values() if v is not None}
    assert defined == {1.0}
    assert sorted(run["documents"]) == ["doc-a", "doc-b"]
    assert run["errors"] == []


def test_default_split_is_test_when_splits_exist(corpus: Path):
    data = run_json(str(corpus), "--pred", str(corpus))
    assert data["split"] == "test"
    assert list(data["runs"][0]["documents"]) == ["doc-b"]


def test_min_threshold_passes_and_fails_with_exit_codes(corpus: Path, tmp_path: Path):
    wrong = write_predictions(tmp_path / "pred", finding_label="other")
    args = ["evaluate", str(corpus), "--pred", str(wrong), "--json"]
    assert runner.invoke(app, [*args, "--min", "actions.f1=1.0"]).exit_code == 0
    failed = runner.invoke(app, [*args, "--min", "macro_f1=0.9"])
    assert failed.exit_code == 1
    assert "classification.macro_f1" in failed.stderr


def test_unknown_or_malformed_min_is_a_usage_error(corpus: Path):
    base = ["evaluate", str(corpus), "--pred", str(corpus)]
    assert runner.invoke(app, [*base, "--min", "nonsense=0.5"]).exit_code == 2
    assert runner.invoke(app, [*base, "--min", "macro_f1"]).exit_code == 2
    assert runner.invoke(app, [*base, "--min", "f1=0.5"]).exit_code == 2  # ambiguous


def test_report_lists_every_error_with_the_sentence(corpus: Path, tmp_path: Path):
    wrong = write_predictions(tmp_path / "pred", finding_label="other")
    result = runner.invoke(
        app, ["evaluate", str(corpus), "--pred", str(wrong), "--report", str(tmp_path / "rep")]
    )
    assert result.exit_code == 0, result.output
    markdown = (tmp_path / "rep" / "report.md").read_text(encoding="utf-8")
    assert (
        "| doc-b | sentence.label | finding | other | AL explained that storms had damaged the roof. |"
        in markdown
    )
    machine = json.loads((tmp_path / "rep" / "report.json").read_text(encoding="utf-8"))
    assert machine["runs"][0]["confusion_matrix"]["finding"]["other"] == 1


def test_missing_prediction_is_scored_empty_and_reported(corpus: Path, tmp_path: Path):
    empty = tmp_path / "none"
    empty.mkdir()
    run = run_json(str(corpus), "--pred", str(empty))["runs"][0]
    assert run["corpus"]["actions.recall"] == 0.0
    assert run["errors"][0]["kind"] == "document.prediction"


def test_missing_or_invalid_gold_is_a_clear_error(corpus: Path):
    (corpus / "doc-b" / "gold.json").write_text('{"doc_id": "doc-b", "peeple": []}', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(corpus), "--pred", str(corpus)])
    assert result.exit_code == 2
    assert "doc-b/gold.json" in result.stderr and "invalid gold" in result.stderr
    (corpus / "doc-b" / "gold.json").unlink()
    result = runner.invoke(app, ["evaluate", str(corpus), "--pred", str(corpus)])
    assert result.exit_code == 2 and "gold file is missing" in result.stderr


def test_pipeline_runs_with_rule_and_no_dedup_baselines(corpus: Path, monkeypatch: pytest.MonkeyPatch):
    seen = []

    def fake_process_file(path, doc_id, options):
        seen.append((Path(path).name, doc_id, options.classifier, options.dedup))
        return gold_doc(doc_id, "finding" if options.classifier == "model" else "question")

    monkeypatch.setattr(evaluate_cmd, "process_file", fake_process_file)
    runs = run_json(str(corpus))["runs"]
    assert [r["name"] for r in runs] == ["pipeline", "rules classifier", "no dedup"]
    assert seen == [
        ("source.txt", "doc-b", "model", True),
        ("source.txt", "doc-b", "rules", True),
        ("source.txt", "doc-b", "model", False),
    ]
    assert runs[0]["corpus"]["classification.macro_f1"] == 1.0
    assert runs[1]["corpus"]["classification.macro_f1"] < 1.0
    assert len(run_json(str(corpus), "--no-baselines")["runs"]) == 1


def test_pipeline_failure_is_reported_per_document(corpus: Path, monkeypatch: pytest.MonkeyPatch):
    def broken(path, doc_id, options):
        raise RuntimeError("segmenter exploded")

    monkeypatch.setattr(evaluate_cmd, "process_file", broken)
    run = run_json(str(corpus), "--no-baselines")["runs"][0]
    assert "segmenter exploded" in run["errors"][0]["predicted"]


def test_table_output_shows_corpus_row(corpus: Path):
    result = runner.invoke(app, ["evaluate", str(corpus), "--pred", str(corpus)])
    assert result.exit_code == 0
    assert "corpus (micro)" in result.stdout and "doc-b" in result.stdout


def test_agreement_command_prints_kappa(corpus: Path, tmp_path: Path):
    other = tmp_path / "b.json"
    other.write_text(to_json(gold_doc("doc-a", "other")), encoding="utf-8")
    result = runner.invoke(app, ["agreement", str(corpus / "doc-a" / "gold.json"), str(other), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["sentences_aligned"] == 3
    assert figures["label_agreement"] == pytest.approx(2 / 3)
    assert figures["owner_set_agreement"] == 1.0
