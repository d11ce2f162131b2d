"""The ``minutes dedup`` and ``minutes garble`` commands."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
SEED = Path(__file__).parent / "fixtures" / "seed.txt"
NOISY = (
    "1.\tMINUTES OF THE PREVIOUS MEETING\t\n"
    "The minutes of the meeting held on 8 February were approved as a correct record by all.\n"
    "meeting held on 8 February were approved as a correct record\nPage 1 of 1\n"
)


def test_dedup_prints_the_cleaned_text(tmp_path: Path):
    source = tmp_path / "noisy.txt"
    source.write_text(NOISY, encoding="utf-8")
    result = runner.invoke(app, ["dedup", str(source)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "1. MINUTES OF THE PREVIOUS MEETING\n"
        "The minutes of the meeting held on 8 February were approved as a correct record by all.\n"
    )


def test_dedup_diff_lists_what_was_removed(tmp_path: Path):
    source = tmp_path / "noisy.txt"
    source.write_text(NOISY, encoding="utf-8")
    result = runner.invoke(app, ["dedup", str(source), "--diff"])
    assert result.exit_code == 0, result.output
    assert "--- removed" in result.output
    assert "- [" in result.output and "Page 1 of 1" in result.output.split("--- removed")[1]


def test_dedup_min_repeat_words_option_is_passed_on(tmp_path: Path):
    source = tmp_path / "noisy.txt"
    source.write_text(NOISY, encoding="utf-8")
    result = runner.invoke(app, ["dedup", str(source), "--min-repeat-words", "20"])
    assert result.exit_code == 0
    assert result.output.count("approved as a correct record") == 2


def test_dedup_on_the_seed_shortens_it():
    result = runner.invoke(app, ["dedup", str(SEED)])
    assert result.exit_code == 0
    assert 0 < len(result.output) < 0.6 * len(SEED.read_text(encoding="utf-8"))


def test_garble_is_deterministic_for_a_seed(tmp_path: Path):
    clean = tmp_path / "clean.txt"
    clean.write_text("Minutes\n\n1. WELCOME\n" + "The chair welcomed everyone to the meeting. " * 12 + "\n")
    first = runner.invoke(app, ["garble", str(clean), "--seed", "5"])
    second = runner.invoke(app, ["garble", str(clean), "--seed", "5"])
    assert first.exit_code == 0 and first.output == second.output


def test_help_describes_both_commands():
    assert "--min-repeat-words" in runner.invoke(app, ["dedup", "--help"]).output
    assert "--seed" in runner.invoke(app, ["garble", "--help"]).output
