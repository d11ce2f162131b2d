"""Behaviour of the extraction-noise simulator (evaluation/garble.py)."""

from __future__ import annotations

from pathlib import Path

from evaluation.garble import garble, garble_corpus, windows
from evaluation.textmetrics import residual_duplication, words

CLEAN = (
    "Harbourside Town Council - Finance Committee\nMinutes of the meeting held on 14 March 2024\n\n"
    "Present: Cllr Maria Okafor (Chair), Cllr Tom Reddy\n\n1. MINUTES OF THE PREVIOUS MEETING\n"
    "The minutes of the meeting held on 8 February 2024 were approved as a correct record.\n\n"
    "2. BOILER REPLACEMENT WORKS\n"
    "• The TC reported that three quotes had been received and the cheapest exceeded the budget.\n"
    + " ".join(
        f"Sentence number {n} explains how the committee weighed option {n} against the reserve policy."
        for n in range(1, 12)
    )
    + "\nAction: The TC to place the order.\n\n3. AOB\nNone.\n"
)


def test_same_seed_gives_same_output_and_seeds_differ():
    assert garble(CLEAN, 7) == garble(CLEAN, 7)
    assert len({garble(CLEAN, seed) for seed in range(6)}) > 1


def _grams(tokens: list[str], n: int = 4) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def test_nothing_is_lost():
    for seed in range(20):
        noisy = _grams(words(garble(CLEAN, seed).replace("-\n", "")))
        for line in CLEAN.splitlines():
            assert _grams(words(line)) <= noisy, (seed, line)


def test_noise_adds_repeats_and_furniture():
    outputs = [garble(CLEAN, seed) for seed in range(10)]
    assert any(residual_duplication(text, CLEAN) > 0.05 for text in outputs)
    assert any("\t" in text for text in outputs)
    assert any("\n•\n" in text for text in outputs)


def test_intensity_zero_is_the_identity():
    assert garble(CLEAN, 3, intensity=0.0) == CLEAN


def test_windows_cover_everything_and_overlap_mid_sentence():
    text = ("alpha beta gamma delta. " * 40).split()
    spans = windows(text, __import__("random").Random(1))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end - start >= 12
        assert not text[start - 1].endswith(".") and not text[end - 1].endswith(".")


def test_garble_corpus_skips_seed_and_existing_sources(tmp_path: Path):
    for name in ("doc-a", "wm-hta-2018-05", "_agreement", "doc-b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "doc-b" / "source.txt").write_text("kept", encoding="utf-8")
    assert garble_corpus(tmp_path, seed=1) == 1
    assert (tmp_path / "doc-a" / "source.txt").is_file()
    assert not (tmp_path / "wm-hta-2018-05" / "source.txt").exists()
    assert not (tmp_path / "_agreement" / "source.txt").exists()
    assert (tmp_path / "doc-b" / "source.txt").read_text(encoding="utf-8") == "kept"


def test_minutes_numbered_by_serials_or_unnumbered_headings_still_get_noise():
    body = " ".join(
        f"Point {n} records how members weighed the proposal against the budget." for n in range(12)
    )
    serial = (
        f"Planning Committee\n\nPresent: Cllr A (Chair)\n\n22/114 Applications\n{body}\n\n22/115 AOB\nNone.\n"
    )
    unnumbered = (
        f"Board of Trustees\n\nPresent: A (Chair), B\n\nFINANCE REPORT\n{body}\n\nANY OTHER BUSINESS\nNone.\n"
    )
    paren = f"Club AGM\n\nPresent: A, B\n\n1) Welcome\n{body}\n\n2) AOB\nNone.\n"
    # a US board's Roman outline, its attendance label not at the start of the line ("Regents present:")
    roman = f"Board of Regents\n\nRegents present: A (Chair), B\n\nI. CALL TO ORDER\n{body}\n\nII. ADJOURNMENT\nNone.\n"
    for clean in (serial, unnumbered, paren, roman):
        assert any(garble(clean, seed) != clean for seed in range(4)), clean.splitlines()[0]
        assert garble(clean, 1).startswith(clean.split("\n\n")[0]), "the title block is left as it is"


def test_minutes_with_headings_the_simulator_does_not_know_get_noise_after_the_attendance_block():
    body = " ".join(
        f"Point {n} records how members weighed the proposal against the budget." for n in range(12)
    )
    dashed = f"Holding to Account Meeting\n\nPresent: A (Chair), B\n\nAgenda item 1 – Finance\n{body}\n"
    org = f"#+TITLE: Steering notes\n\n* Attendees\n- A\n- B\n\n* Release status\n{body}\n"
    for clean in (dashed, org):
        assert any(garble(clean, seed) != clean for seed in range(4)), clean.splitlines()[0]
        assert garble(clean, 1).startswith(clean.split("\n\n")[0]), "the title block is left as it is"
        attendance = clean.split("\n\n")[1]
        assert all(attendance in garble(clean, seed) for seed in range(4)), (
            "the attendance block is left as it is"
        )
