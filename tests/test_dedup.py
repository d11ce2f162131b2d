"""Behaviour of the de-duplication stage (pipeline/dedup.py)."""

from __future__ import annotations

import random
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.garble import garble
from evaluation.textmetrics import ngram_prf, residual_duplication, words
from pipeline.dedup import (
    deduplicate,
    is_garbled_duplicate,
    is_page_marker,
    is_scanner_specks,
    lcs_length,
    passthrough,
)

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seed.txt"
SEED_REFERENCE = Path(__file__).parents[1] / "corpus" / "wm-hta-2018-05" / "clean.txt"

PARAGRAPH = (
    "The TC reported that three quotes had been received and the cheapest exceeded the budget by 2,400 "
    "pounds. Cllr Reddy asked whether the earmarked reserve could cover the difference in full. The RFO "
    "confirmed that the reserve stood at 6,000 pounds and could be used this year."
)


def _count(text: str, phrase: str) -> int:
    return " ".join(words(text)).count(" ".join(words(phrase)))


def _provenance_holds(source: str, result) -> bool:
    return all(result.text[s.start : s.end] == source[s.source_start : s.source_end] for s in result.spans)


# --------------------------------------------------------------------------- the real seed


@pytest.fixture(scope="module")
def seed_result():
    source = SEED.read_text(encoding="utf-8")
    return source, deduplicate(source)


def test_seed_known_repeats_collapse_to_one_copy(seed_result):
    source, result = seed_result
    for phrase in (
        "The ACC to provide an update in May on the multi-agency safeguarding approach",
        "The latest confidence data shows a general decline in performance",
        "It was agreed that hate crime satisfaction would be brought back to the meeting in November",
        "suggested that he could be another independent contact to ask victims",
    ):
        assert _count(source, phrase) > 2
        assert _count(result.text, phrase) == 1, phrase


def test_seed_text_found_in_only_one_window_survives(seed_result):
    _, result = seed_result
    for phrase in (
        "the emphasis on follow up had meant",
        "consistently and a quick time review",
        "better briefed",
    ):
        assert _count(result.text, phrase) == 1, phrase


def test_seed_furniture_is_stripped_and_rows_read_in_order(seed_result):
    _, result = seed_result
    lines = result.text.splitlines()
    assert "1.1 OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD" in lines
    assert "Attendance:\tJohn Campion\tPolice and Crime Commissioner (PCC)" in lines
    assert "•" not in [line.strip() for line in lines]
    assert not any("Name:" in line and "Capacity:" in line for line in lines)
    assert "Demostic violence and church" not in result.text
    assert "<i>" not in result.text


def test_seed_provenance_offsets_point_at_identical_text(seed_result):
    source, result = seed_result
    assert result.spans and _provenance_holds(source, result)
    kept = sum(s.source_end - s.source_start for s in result.spans)
    assert result.removed_chars == len(source) - kept
    assert result.input_chars == len(source)


@pytest.mark.skipif(not SEED_REFERENCE.is_file(), reason="hand-cleaned seed reference not present")
def test_seed_matches_hand_cleaned_reference(seed_result):
    _, result = seed_result
    reference = SEED_REFERENCE.read_text(encoding="utf-8")
    assert ngram_prf(result.text, reference).f1 >= 0.97
    assert residual_duplication(result.text, reference) <= 0.01


# --------------------------------------------------------------------------- one case per noise kind


def test_overlapping_windows_merge_into_one_passage():
    w = PARAGRAPH.split()
    noisy = " ".join(w[:25]) + "\n" + " ".join(w[12:40]) + "\n" + " ".join(w[28:]) + "\n"
    result = deduplicate(noisy)
    assert words(result.text) == words(PARAGRAPH)


def test_windows_out_of_order_are_put_back_in_reading_order():
    w = PARAGRAPH.split()
    noisy = " ".join(w[20:]) + "\n" + " ".join(w[:32]) + "\n"
    assert words(deduplicate(noisy).text) == words(PARAGRAPH)


def test_window_contained_in_an_earlier_one_is_dropped():
    w = PARAGRAPH.split()
    noisy = PARAGRAPH + "\n" + " ".join(w[5:19]) + "\n" + "Next line stays.\n"
    assert deduplicate(noisy).text == PARAGRAPH + "\nNext line stays.\n"


def test_clipped_words_at_window_edges_are_dropped():
    w = PARAGRAPH.split()
    in_order = " ".join(w[:20]) + " as\n" + "orted " + " ".join(w[3:]) + "\n"
    assert words(deduplicate(in_order).text) == words(PARAGRAPH)
    reversed_order = "orted " + " ".join(w[3:]) + "\n" + " ".join(w[:20]) + " as\n"
    assert words(deduplicate(reversed_order).text) == words(PARAGRAPH)


def test_repeat_is_found_across_line_breaks_and_hyphenation():
    w = PARAGRAPH.split()
    wrapped = " ".join(w[:12]) + " excee-\nded " + " ".join(w[13:20]) + "\n" + " ".join(w[20:])
    noisy = wrapped + "\n" + " ".join(w[4:16]) + "\n"
    result = deduplicate(noisy)
    assert words(result.text) == words(PARAGRAPH)
    assert "exceeded" in result.text


def test_page_numbers_and_running_headers_are_stripped():
    noisy = (
        "Harbourside Town Council\n1. MINUTES\nThe minutes were approved.\nFinance Committee minutes\n"
        "Page 1 of 2\n\nHarbourside Town Council\n2. BUDGET\nIncome was above forecast.\n"
        "Finance Committee minutes\nPage 2 of 2\n"
    )
    result = deduplicate(noisy).text
    assert result.count("Harbourside Town Council") == 1
    assert "Page" not in result and "Finance Committee minutes" not in result
    assert "2. BUDGET\nIncome was above forecast." in result


def test_indented_line_after_a_removed_running_header_keeps_its_indent():
    noisy = (
        "* Budget\n  * The treasurer presented the accounts.\n  * Fees stay the same this year.\n"
        "Minutes - OFFICIAL\nPage 1 of 2\n\n"
        "  * AI: @kim – circulate the accounts to all members.\n  * Nothing else on this item.\n"
        "Minutes - OFFICIAL\nPage 2 of 2\n"
    )
    out = deduplicate(noisy).text
    assert "same this year.\n  * AI: @kim – circulate" in out
    assert "OFFICIAL" not in out


def test_line_at_the_margin_after_a_removed_running_header_stays_at_the_margin():
    noisy = (
        "1. Budget\nThe treasurer presented the accounts.\nMinutes - OFFICIAL\nPage 1 of 2\n\n"
        "2. Garden\nNew beds will be dug by June.\nMinutes - OFFICIAL\nPage 2 of 2\n"
    )
    assert "the accounts.\n2. Garden\n" in deduplicate(noisy).text


def test_lone_bullets_and_column_headers_are_stripped():
    noisy = "1.\tMINUTES\t\n\t\tACTION\n•\nThe minutes were approved.\n\tName:\tCapacity:\n"
    assert deduplicate(noisy).text == "1. MINUTES\nThe minutes were approved.\n"


def test_a_lone_bullet_goes_back_before_an_entry_opening_in_lower_case():
    noisy = "AGREED:\n•\nthe Clerk to book the hall (PT)\n•\nthe grant to be reported in May.\n"
    assert (
        deduplicate(noisy).text
        == "AGREED:\nthe Clerk to book the hall (PT)\n• the grant to be reported in May.\n"
    )


def test_a_line_wrapped_in_lower_case_with_no_bullet_between_still_runs_on():
    noisy = "The Clerk to book the hall\nPage 2 of 3\nfor the summer fete.\n"
    assert deduplicate(noisy).text == "The Clerk to book the hall for the summer fete.\n"


def test_scanner_specks_line_is_stripped():
    noisy = "The plan was approved.\n ,   .  ` ;   ·  -.\nThe clerk will write to the owner.\n"
    assert deduplicate(noisy).text == "The plan was approved.\nThe clerk will write to the owner.\n"


def test_rules_and_separators_are_not_scanner_specks():
    assert is_scanner_specks("  '  .   ,  ·  ")
    assert not any(
        is_scanner_specks(x)
        for x in ("* * *", "- - -", "| --- | :---: |", "| | |", ". . .", "# # #", "1 . ,", "a , .")
    )


def test_table_rows_are_read_in_column_order():
    noisy = "2.1\tPERFORMANCE AGAINST THE PLAN\tACTION\n\tThe CC to report back.\tCC\n"
    assert deduplicate(noisy).text == "2.1 PERFORMANCE AGAINST THE PLAN\nThe CC to report back. CC\n"


def test_attendance_rows_and_filled_tables_keep_their_tabs():
    text = (
        "Attendance:\tJohn Campion\tPolice and Crime Commissioner (PCC)\n\tAnthony Bangham\tChief Constable\n"
    )
    text += "Name\tRole\nKaren Whitfield\tChair\n"
    assert deduplicate(text).text == text


def test_garbled_duplicate_heading_is_dropped():
    noisy = "\tDemostic violence and church\t\ne\tDomestic violence and abuse\t\nThe report was noted.\n"
    assert deduplicate(noisy).text == "e Domestic violence and abuse\nThe report was noted.\n"
    assert is_garbled_duplicate("Demostic violence and church", "e\tDomestic violence and abuse")
    assert not is_garbled_duplicate("1. MINUTES OF THE MEETING", "The minutes of the meeting were approved")


def test_page_marker_recognises_common_forms():
    assert all(is_page_marker(x) for x in ("Page 3 of 7", "3", "- 4 -", "3/7", "\f"))
    assert not any(is_page_marker(x) for x in ("2.1", "5. AOB", "None"))


def test_slashed_number_beyond_its_count_is_no_page_marker():
    # "31/23" cannot be page 31 of 23: a minute number over the year
    assert not is_page_marker("31/23")
    assert is_page_marker("4/9") and is_page_marker("Page 9 of 9")


def test_minute_numbers_below_their_titles_are_kept():
    text = (
        "Parking Charges Review\n8/23\nThe committee considered the tariff proposals.\n\n"
        "Allotments Strategy\n31/23\nThe officer introduced the draft strategy.\n"
    )
    result = deduplicate(text).text
    assert "Parking Charges Review\n8/23\n" in result and "Allotments Strategy\n31/23\n" in result


def test_slashed_page_numbers_are_still_stripped():
    text = "The budget was agreed.\n1/2\nThe plan was noted.\n2/2\n"
    assert deduplicate(text).text == "The budget was agreed.\nThe plan was noted.\n"


# --------------------------------------------------------------------------- what must be kept


def test_short_formulaic_lines_are_kept():
    text = (
        "1. MINUTES\nActions arising:\nNone\nThe CC responded that it was in hand.\n"
        "2. AOB\nActions arising:\nNone\nThe CC responded that it was done.\n"
    )
    assert deduplicate(text).text == text


def test_same_sentence_in_two_items_is_kept():
    sentence = "It was agreed that hate crime satisfaction would be brought back to the meeting in November."
    text = (
        f"a Confidence\nThe data was reviewed. {sentence}\nb Satisfaction\n{sentence} The survey changed.\n"
    )
    assert deduplicate(text).text == text


def test_repeated_phrase_inside_different_sentences_is_kept():
    text = (
        "The PCC asked for reassurance that the interventions in place were working well.\n"
        "Later the PCC asked for reassurance that the interventions in place had been costed.\n"
    )
    assert deduplicate(text).text == text


def test_min_repeat_words_controls_what_counts_as_a_repeat():
    w = PARAGRAPH.split()
    noisy = PARAGRAPH + "\n" + " ".join(w[3:13]) + "\n"
    assert deduplicate(noisy, min_repeat_words=8).text == PARAGRAPH + "\n"
    assert deduplicate(noisy, min_repeat_words=12).text == noisy
    with pytest.raises(ValueError):
        deduplicate(noisy, min_repeat_words=1)


def test_clean_minutes_pass_through_unchanged():
    text = "Minutes\n\n1. Welcome\nThe chair opened the meeting.\n\n2. AOB\nNone.\n"
    result = deduplicate(text)
    assert result.text == text and result.removed_chars == 0


def test_passthrough_changes_nothing():
    result = passthrough("a\tb\n\nPage 1 of 2\n")
    assert result.text == "a\tb\n\nPage 1 of 2\n" and result.removed_chars == 0
    assert _provenance_holds("a\tb\n\nPage 1 of 2\n", result)
    assert passthrough("").spans == []


# --------------------------------------------------------------------------- properties


def _word(n: int) -> str:
    return "".join("etaoinsrhldcum"[int(d)] for d in f"{n:05d}"[::-1])


_WORD = st.integers(0, 50_000).map(_word)


@st.composite
def clean_minutes(draw) -> str:
    """Minutes-shaped text whose every word is distinct, plus legitimately repeated short lines."""
    vocab = iter(draw(st.lists(_WORD, min_size=400, max_size=400, unique=True)))
    lines = [f"Meeting of the {next(vocab).title()} Committee", ""]
    for number in range(1, draw(st.integers(2, 4)) + 1):
        lines.append(f"{number}. {next(vocab).upper()} {next(vocab).upper()}")
        for _ in range(draw(st.integers(1, 2))):
            sentences = []
            for _ in range(draw(st.integers(1, 5))):
                size = draw(st.integers(4, 16))
                sentences.append(" ".join(next(vocab) for _ in range(size)).capitalize() + ".")
            lines.append(" ".join(sentences))
        lines.append(draw(st.sampled_from(["None", "Actions arising:", "Noted."])))
        lines.append("")
    return "\n".join(lines)


@settings(max_examples=25, deadline=None, derandomize=True)
@given(clean_minutes())
def test_clean_text_passes_through_unchanged(text):
    result = deduplicate(text)
    assert result.text == text
    assert result.removed_chars == 0


@settings(max_examples=25, deadline=None, derandomize=True)
@given(clean_minutes(), st.integers(0, 10_000))
def test_garble_then_dedup_never_loses_or_invents_much_text(text, seed):
    # A floor that holds for every input: the rate test below pins how often recovery is near-perfect.
    # (Which 25 examples Hypothesis draws depends on the modules a run has imported, so a bar only
    # most inputs clear would make this test pass or fail with the test order.)
    noisy = garble(text, seed)
    result = deduplicate(noisy)
    assert ngram_prf(result.text, text).f1 >= 0.8
    assert _provenance_holds(noisy, result)


def _seeded_minutes(rng: random.Random) -> str:
    """:func:`clean_minutes` drawn from a plain seeded generator: the same text for a seed in any run."""
    vocab = iter(_word(n) for n in rng.sample(range(50_001), 400))
    lines = [f"Meeting of the {next(vocab).title()} Committee", ""]
    for number in range(1, rng.randint(2, 4) + 1):
        lines.append(f"{number}. {next(vocab).upper()} {next(vocab).upper()}")
        for _ in range(rng.randint(1, 2)):
            sentences = [
                " ".join(next(vocab) for _ in range(rng.randint(4, 16))).capitalize() + "."
                for _ in range(rng.randint(1, 5))
            ]
            lines.append(" ".join(sentences))
        lines.append(rng.choice(["None", "Actions arising:", "Noted."]))
        lines.append("")
    return "\n".join(lines)


def test_garble_then_dedup_recovers_nearly_every_document():
    # 1,000 fixed documents, each garbled with its own seed; 998 reach F1 0.97. Known limitation, the
    # two misses: where two windows join, a word or two of their overlap is kept twice (F1 0.968).
    scores = []
    for k in range(1000):
        rng = random.Random(k)
        text = _seeded_minutes(rng)
        scores.append(ngram_prf(deduplicate(garble(text, rng.randint(0, 10_000))).text, text).f1)
    assert sum(f >= 0.97 for f in scores) >= 996
    assert min(scores) >= 0.8


def test_chat_transcript_speaker_tags_are_text_not_markup():
    clean = "Minutes\n\n  <lena> Any additions to the agenda?\n  <chloe> Can we move the gradient item up?\n"
    assert deduplicate(clean).text == clean


def test_a_proposed_resolution_restated_as_the_resolution_is_kept():
    clean = (
        "ingrid: Proposed resolution: register the relation as provisional, with a scope note for documents.\n"
        "[no objections]\n"
        "RESOLUTION: register the relation as provisional, with a scope note for documents.\n"
    )
    assert deduplicate(clean).text == clean


# --------------------------------------------------------------------------- the fast paths


def _lcs_by_table(a: str, b: str) -> int:
    """Longest common subsequence by the textbook dynamic programme (reference)."""
    row = [0] * (len(b) + 1)
    for ch in a:
        diagonal, row[0] = 0, 0
        for j, other in enumerate(b, start=1):
            diagonal, row[j] = row[j], diagonal + 1 if ch == other else max(row[j], row[j - 1])
    return row[-1]


_SHORT = st.text(alphabet="abcde ", max_size=40)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(_SHORT, _SHORT)
def test_lcs_length_matches_the_textbook_table(a, b):
    assert lcs_length(a, b) == _lcs_by_table(a, b)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(_SHORT, _SHORT)
def test_lcs_bound_never_rejects_a_pair_difflib_would_accept(a, b):
    if a or b:
        assert 2.0 * lcs_length(a, b) / (len(a) + len(b)) >= SequenceMatcher(None, a, b).ratio()


def test_running_header_with_accents_is_stripped():
    noisy = (
        "Café Board – Minutes\n1. OPENING\nThe chair opened the meeting.\nCafé Board – Minutes\nPage 1 of 2\n\n"
        "2. CLOSE\nThe meeting closed early.\nCafé Board – Minutes\nPage 2 of 2\n"
    )
    result = deduplicate(noisy).text
    assert result.count("Café Board – Minutes") == 1 and "Page" not in result
    assert result.startswith("Café Board – Minutes\n1. OPENING\nThe chair opened the meeting.\n2. CLOSE")


def test_body_line_with_the_same_letters_as_a_running_header_is_kept():
    noisy = (
        "Board minutes\nPage 1 of 3\n1. ITEM\nMinutes board\nBoard minutes\nPage 2 of 3\n"
        "2. ITEM\nMore text here.\nBoard minutes\nPage 3 of 3\n"
    )
    result = deduplicate(noisy).text
    assert "Board minutes" not in result
    assert "Minutes board" in result


def test_long_new_text_is_linked_in_bulk_and_a_late_window_is_still_dropped():
    sentences = [" ".join(f"w{n}x{j}" for j in range(12)).capitalize() + "." for n in range(300)]
    rows = [f"{n}\tOwner {n}\tDue in week {n}" for n in range(50)]
    clean = (
        "\n".join(sentences[:150])
        + "\nName\tRole\n"
        + "\n".join(rows)
        + "\n"
        + "\n".join(sentences[150:])
        + "\n"
    )
    assert deduplicate(clean).text == clean
    window = " ".join(sentences[40:43])
    result = deduplicate(clean + window + "\n")
    assert result.text == clean
    assert _provenance_holds(clean + window + "\n", result)


def test_action_list_restating_the_end_of_an_earlier_sentence_is_kept():
    clean = (
        "Carmen will also publish the annual report in the first week of December.\n"
        "The board thanked the treasurer for the accounts.\n\n"
        "## Action items\n"
        "- @cortiz: publish the annual report in the first week of December.\n"
    )
    assert deduplicate(clean).text == clean


def test_a_window_printed_first_that_spans_two_later_windows_is_dropped():
    # the text layer prints the middle window before the two it overlaps: each later read
    # repeats a different stretch of it, and each repeat is judged on its own read's edges
    paragraph = (
        "The treasurer said the reserve fund had grown by four per cent over the year and that the "
        "auditors had raised no concerns about the controls on petty cash or the bank mandate which had "
        "been renewed in March after the change of signatories agreed at the annual meeting last spring"
    )
    words = paragraph.split(" ")
    first, second, third = " ".join(words[12:40]), " ".join(words[:30]), " ".join(words[24:])
    noisy = f"1.\tFINANCE\t\n\t\tACTION\n{first}\n{second}\n{third}\nNoted.\n"
    result = deduplicate(noisy)
    assert result.text == "1. FINANCE\n" + " ".join(words) + "\nNoted.\n"
    assert _provenance_holds(noisy, result)


def test_a_later_read_that_resumes_a_word_after_the_last_one_still_ends_the_repeat_there():
    # the first window printed spans the end of one read and, past a word the next read leaves out,
    # the start of the next: the repeat must not run on across the line into the next read
    paragraph = (
        "The clerk reported that the footpath survey had found eleven stiles in poor repair along the "
        "northern bridleway. Volunteers had already replaced four of them with kissing gates funded by the "
        "ramblers group. The rest would need landowner consent before any work could start next spring."
    )
    words = paragraph.split(" ")
    cut = words.index("Volunteers")
    first, second, third = " ".join(words[8 : cut + 14]), " ".join(words[:cut]), " ".join(words[cut + 1 :])
    noisy = f"2.\tFOOTPATHS\t\n{first}\n{second}\n{third}\nNoted.\n"
    result = deduplicate(noisy)
    assert result.text == f"2. FOOTPATHS\n{paragraph}\nNoted.\n"
    assert _provenance_holds(noisy, result)


def test_a_heading_restated_in_the_wrapped_sentence_under_it_is_kept():
    # the resolution repeats nine words of its heading and a line break falls just after them:
    # that is a heading said again in a sentence, not a window repeat
    text = (
        "Present:\tCllr A Reed\tChair\n\n"
        "12/23 Minutes of the meeting held on 14 March 2023 and matters arising\n"
        "RESOLVED that the minutes of the meeting held on 14 March 2023 be\n"
        "approved as a correct record.\n"
    )
    assert deduplicate(text).text == text


def test_word_hyphenated_at_a_line_break_keeps_the_space_after_its_second_half():
    text = "- [ ] Clerk to report the spend against the planning cond-\nition (March meeting).\n- [ ] Chair to write.\n"
    result = deduplicate(text)
    assert "planning condition (March meeting)." in result.text
    for span in result.spans:
        assert result.text[span.start : span.end] == text[span.source_start : span.source_end]


def test_word_hyphenated_at_the_very_end_keeps_its_trailing_line_break():
    assert (
        deduplicate("The board approved the recommen-\ndations\n").text
        == "The board approved the recommendations\n"
    )


def test_compound_broken_at_its_hyphen_is_read_as_one_word():
    result = deduplicate("The plan was co-\nordinated with the well-\nbeing team.\n")
    assert result.text == "The plan was coordinated with the wellbeing team.\n"


def test_compound_with_a_hyphenated_prefix_keeps_its_hyphen_across_a_line_break():
    result = deduplicate(
        "The governors reviewed the school self-\nassessment and the non-\nattendance figures.\n"
    )
    assert (
        result.text == "The governors reviewed the school self-assessment and the non-attendance figures.\n"
    )


def test_word_broken_by_the_layout_is_joined_without_its_hyphen():
    result = deduplicate("Hiring was approved on cond-\nition of funding.\n")
    assert result.text == "Hiring was approved on condition of funding.\n"


def test_document_spelling_decides_a_hyphen_break():
    text = "The follow-up is due.\nA second follow-\nup was agreed and the wellbeing plan noted.\nThe well-\nbeing lead spoke.\n"
    out = deduplicate(text).text
    assert "A second follow-up was agreed" in out
    assert "The wellbeing lead spoke." in out


def test_line_completing_a_sentence_is_kept_although_the_title_holds_its_words():
    text = (
        "MINUTES OF THE SITTING HELD ON 14TH MARCH 2023 AT 10.00 A.M. IN THE COMMITTEE ROOM, SECOND FLOOR\n"
        "The sitting was adjourned at noon.\n"
        "The next sitting will be held on Thursday, 16th\n"
        "March 2023 at 10.00 a.m. in the Committee Room.\n"
    )
    assert "16th\nMarch 2023 at 10.00 a.m. in the Committee Room.\n" in deduplicate(text).text


def test_item_number_of_a_repeated_heading_row_is_kept_before_the_heading():
    text = (
        "The meeting was quorate.\n"
        "\tMinutes of the last meeting and matters arising\t\n"
        "2.\tMinutes of the last meeting and matters arising\t\n"
        "2.1\tMinutes of 8th November 2022\t\n"
    )
    out = deduplicate(text).text
    assert "2. Minutes of the last meeting and matters arising\n2.1 Minutes of 8th November 2022" in out
    assert out.count("matters arising") == 1


def test_number_is_not_taken_for_a_clipped_copy_of_a_longer_number():
    text = (
        "Opening words here.\n"
        "\tReports from the working groups and sub committees\t\n"
        "3.\tReports from the working groups and sub committees\t\n"
        "3.1\tFinance group\n"
    )
    out = deduplicate(text).text
    assert "3. Reports" in out and "3.1\tFinance group" in out


def test_markdown_heading_is_kept_after_the_agenda_bullet_with_the_same_words():
    text = (
        "## Agenda\n"
        "- Budget for the shared build farm and its spare nodes #77\n"
        "- Release naming\n\n"
        "### Release naming\n"
        "Agreed to keep the current scheme.\n\n"
        "### Budget for the shared build farm and its spare nodes (#77)\n"
        "The treasurer reported the balance.\n"
    )
    out = deduplicate(text).text
    assert "- Budget for the shared build farm and its spare nodes #77" in out
    assert "### Budget for the shared build farm and its spare nodes (#77)\nThe treasurer" in out


def test_bullet_repeated_with_the_same_mark_is_still_a_window_repeat():
    text = (
        "## Agenda\n"
        "- Budget for the shared build farm and its spare nodes #77\n"
        "- Release naming\n\n"
        "- Budget for the shared build farm and its spare nodes #77\n"
        "The treasurer reported the balance.\n"
    )
    assert deduplicate(text).text.count("Budget for the shared build farm") == 1


def test_markdown_heading_is_kept_after_the_numbered_agenda_row_with_the_same_words():
    text = (
        "Agenda\n"
        "3.\tAllotment waiting list and plot rents (10 min)\t\n"
        "4.\tMoving the garden shed to the north corner (15 min)\t\n"
        "5.\tAny other business (5 min)\t\n\n"
        "The chair welcomed everyone to the meeting.\n\n"
        "### 4. Moving the garden shed to the north corner\n"
        "The secretary reported two quotes for the move.\n"
    )
    out = deduplicate(text).text
    assert "### 4. Moving the garden shed to the north corner\nThe secretary" in out
    assert _count(out, "Moving the garden shed to the north corner") == 2


def test_markdown_heading_repeated_with_its_mark_is_still_a_window_repeat():
    text = (
        "### 4. Moving the garden shed to the north corner\n"
        "The secretary reported two quotes.\n"
        "### 4. Moving the garden shed to the north corner\n"
        "The secretary reported two quotes.\n"
    )
    assert _count(deduplicate(text).text, "Moving the garden shed to the north corner") == 1


def test_markdown_title_reused_as_running_header_is_still_furniture():
    body = "The secretary reported on the plot rents and the waiting list for new tenants.\n"
    text = (
        "# Allotment society minutes\n\n"
        + body
        + "Page 1 of 2\n\n"
        + "# Allotment society minutes\n"
        + body.replace("plot rents", "shed")
        + "Page 2 of 2\n"
    )
    assert deduplicate(text).text.count("# Allotment society minutes") == 1


# --------------------------------------------------------------------------- table rows framed by empty cells


def test_table_rows_framed_by_empty_cells_keep_their_inner_tabs():
    noisy = (
        "Who\tWhat\tWhen\n"
        "\tAW\tReview the lettings charges for the hall\tnext FGB\t\n"
        "\t12.\tPublic Questions\t\n"
        "24/14\tTermly single central record check\tSK\t19 July 2024\t\n"
    )
    assert deduplicate(noisy).text == (
        "Who\tWhat\tWhen\n"
        "AW\tReview the lettings charges for the hall\tnext FGB\n"
        "12.\tPublic Questions\n"
        "24/14\tTermly single central record check\tSK\t19 July 2024\n"
    )
    assert _provenance_holds(noisy, deduplicate(noisy))


def test_number_and_title_with_a_trailing_empty_cell_is_still_read_on_one_line():
    noisy = "1.\tApologies\t\nApologies were received from Cllr Hale.\n"
    assert deduplicate(noisy).text == "1. Apologies\nApologies were received from Cllr Hale.\n"


def test_long_text_layer_cell_before_a_heading_row_is_not_a_table_row():
    text = " ".join(["word"] * 30)
    noisy = f"{text}\t1.2\tAction arising from the March meeting\t\n"
    assert "\t" not in deduplicate(noisy).text


def test_action_table_cell_repeating_words_of_a_minute_is_kept():
    noisy = (
        "Governors asked the Headteacher to bring the writing action plan\n"
        "to the Teaching and Learning Committee in February.\n"
        "Who\tWhat\tWhen\n"
        "\tHT\tWriting action plan to the Teaching and Learning Committee\tSpring 1\t\n"
    )
    out = deduplicate(noisy).text
    assert "HT\tWriting action plan to the Teaching and Learning Committee\tSpring 1" in out


def test_window_repeating_a_whole_table_row_is_still_dropped():
    row = "\tHT\tWriting action plan to the Teaching and Learning Committee\tSpring 1\t\n"
    out = deduplicate("Who\tWhat\tWhen\n" + row + row).text
    assert _count(out, "Writing action plan to the Teaching and Learning Committee") == 1


# --------------------------------------------------------------------------- numbered headings


def test_numbered_heading_title_is_kept_above_the_sentence_that_repeats_it():
    noisy = (
        "2.1\tMinutes of the meeting held on 20th October 2020\t\n"
        "\tThe minutes of the meeting held on 20th October 2020 were agreed as an accurate record.\t\n"
    )
    out = deduplicate(noisy).text
    assert out.startswith("2.1 Minutes of the meeting held on 20th October 2020\n")
    assert "The minutes of the meeting held on 20th October 2020 were agreed" in out


def test_numbered_heading_title_is_kept_above_a_wrapped_sentence_that_repeats_it_to_a_line_end():
    # the text layer wraps the sentence right after the repeated words: they close their line, but the
    # sentence runs on in lower case on the next one, so they are the item's text, not a heading window
    noisy = (
        "3.2\tMinutes of the meeting held on 11 January 2023\t\n"
        "The minutes of the meeting held on 11 January 2023\n"
        "were accepted with one typing correction.\n"
    )
    out = deduplicate(noisy).text
    assert out.startswith("3.2 Minutes of the meeting held on 11 January 2023\nThe minutes of the meeting")
    assert "11 January 2023\nwere accepted" in out


def test_heading_title_is_kept_above_a_sentence_wrapping_onto_a_bracketed_aside():
    # the sentence repeating the title wraps onto a line that opens with its paper's note in brackets
    noisy = (
        "HB/25/06 Welcome\nAll were welcomed.\n\n"
        "HB/25/07\tMinutes of the meeting held on 9 April 2025\t\n"
        "The minutes of the meeting held on 9 April 2025\n"
        "(paper HB/25/P03) were approved as a true record.\n"
    )
    out = deduplicate(noisy).text
    assert "HB/25/07 Minutes of the meeting held on 9 April 2025\nThe minutes of the meeting" in out


def test_bracketed_line_opening_with_a_capital_after_a_repeated_title_is_no_wrap():
    noisy = (
        "4.2\tMinutes of the meeting held on 9 April 2025\t\n"
        "Minutes of the meeting held on 9 April 2025\n"
        "(Paper B) The minutes were approved.\n"
    )
    assert _count(deduplicate(noisy).text, "Minutes of the meeting held on 9 April 2025") == 1


def test_bold_numbered_heading_title_is_kept_above_the_sentence_that_repeats_it():
    noisy = (
        "**4. Minutes and matters arising of the meeting held on 3 February 2021**\n"
        "\n"
        "The minutes of the meeting held on 3 February 2021 were approved\n"
        "as a correct record.\n"
    )
    out = deduplicate(noisy).text
    assert "**4. Minutes and matters arising of the meeting held on 3 February 2021**" in out
    assert "The minutes of the meeting held on 3 February 2021 were approved" in out


def test_bold_numbered_heading_printed_twice_is_still_one_heading():
    noisy = (
        "**4. Minutes and matters arising of the meeting held on 3 February 2021**\n"
        "**4. Minutes and matters arising of the meeting held on 3 February 2021**\n"
        "The minutes were approved as a correct record.\n"
    )
    out = deduplicate(noisy).text
    assert _count(out, "matters arising of the meeting held on 3 February 2021") == 1


def test_window_opening_a_line_in_lower_case_under_a_numbered_paragraph_is_still_a_repeat():
    # each text-layer line re-reads the end of the one before from mid-sentence: a lower-case line start
    # under a line that stops mid-sentence is a window, not a sentence wrapping round a heading's title
    noisy = (
        "5. Mr Lee said the hall roof, which had leaked during the storms in March, needed repair. He asked\n"
        "had leaked during the storms in March, needed repair. He asked whether the insurer would pay.\n"
    )
    out = deduplicate(noisy).text
    assert _count(out, "had leaked during the storms in March") == 1
    assert "He asked whether the insurer would pay." in out


def test_heading_reprinted_at_a_page_break_inside_a_wrapped_sentence_is_still_dropped():
    # a running page header that re-reads the heading: a page break, not a line wrap, sits before it
    noisy = (
        "2.1\tMinutes of the meeting held on 4 May 2022 in the Council Chamber\t\n"
        "The Clerk reported that the\n"
        "Page 1 of 2\n\n"
        "Minutes of the meeting held on 4 May 2022 in the Council Chamber\n"
        "draft had been circulated to all members.\n"
    )
    out = deduplicate(noisy).text
    assert _count(out, "Minutes of the meeting held on 4 May 2022 in the Council Chamber") == 1


def test_labelled_heading_with_a_paper_note_keeps_its_title_above_the_sentence_repeating_it():
    noisy = (
        "Item 2:\tMinutes and action log of the meeting held on 5 March 2019 (Paper A)\t\n"
        "The minutes of the meeting held on 5 March 2019 were agreed as an accurate\nrecord.\n"
    )
    out = deduplicate(noisy).text
    assert out.startswith("Item 2: Minutes and action log of the meeting held on 5 March 2019 (Paper A)\n")
    assert "The minutes of the meeting held on 5 March 2019 were agreed as an accurate\nrecord." in out


def test_long_note_after_a_heading_does_not_protect_a_window_repeat():
    heading = (
        "Item 2:\tMinutes of the meeting held on 5 March 2019 (as amended by the Chair at the start)\t\n"
    )
    out = deduplicate(heading + "The minutes were agreed.\n" + heading).text
    assert _count(out, "Minutes of the meeting held on 5 March 2019") == 1


def test_heading_with_a_slash_minute_number_keeps_its_title_above_the_sentence_repeating_it():
    noisy = (
        "12/4 Minutes of the meeting held on 3 March 2021\n"
        "The minutes of the meeting held on 3 March 2021 were approved as a correct record.\n"
    )
    out = deduplicate(noisy).text
    assert out.startswith("12/4 Minutes of the meeting held on 3 March 2021\nThe minutes of the meeting")


def test_minute_reference_alone_over_its_title_keeps_the_title_above_the_repeating_sentence():
    noisy = (
        "ABC/21/07\nMinutes of the meeting held on 9 June 2021\n"
        "The minutes of the meeting held on 9 June 2021 were approved, subject to one correction.\n"
    )
    out = deduplicate(noisy).text
    assert out.startswith("ABC/21/07\nMinutes of the meeting held on 9 June 2021\nThe minutes of")


def test_numbered_heading_re_read_with_its_number_is_still_a_window_repeat():
    heading = "2.1\tMinutes of the meeting held on 20th October 2020 in the Council Chamber\t\n"
    out = deduplicate(heading + "The minutes were agreed.\n" + heading).text
    assert _count(out, "Minutes of the meeting held on 20th October 2020 in the Council Chamber") == 1


def test_heading_set_in_a_cell_of_its_own_survives_while_column_headers_go():
    text = (
        "1. Welcome\t\tACTION\nThe chair welcomed members.\n\n\tACTIONS\t\n"
        "Item | Action | Lead\n1 | Send the report | Chair\n"
    )
    out = deduplicate(text).text
    assert "ACTIONS" in out
    assert "\tACTION\n" not in out and "ACTION\n" not in out.replace("ACTIONS", "")


def test_slide_markers_and_the_footer_beside_them_are_dropped_even_the_last_one():
    footer = "Internal – Project Board – May 2023"
    text = (
        "Slide 1 of 3\nProject Board\n"
        + footer
        + "\n\nSlide 2 of 3\nAgenda\nWelcome and scope\n"
        + footer
        + "\n\nSlide 3 of 3\nBudget\nSpend is on plan.\n"
        + footer
        + "\n"
    )
    out = deduplicate(text).text
    assert "Slide" not in out and footer not in out
    assert "Agenda\nWelcome and scope" in out and "Spend is on plan." in out


def test_line_ending_the_text_is_kept_when_it_is_not_repeated_beside_page_markers():
    text = "Page 1 of 2\nIntro text here.\n\nPage 2 of 2\nMore text.\nSigned by the chair.\n"
    assert deduplicate(text).text.rstrip().endswith("Signed by the chair.")


def test_heading_with_a_series_prefix_keeps_its_title_above_the_sentence_repeating_it():
    noisy = (
        "QB 24/25-03 Minutes of the meeting held on 2 May 2024\n"
        "The minutes of the meeting held on 2 May 2024 were approved as a correct record.\n"
    )
    out = deduplicate(noisy).text
    assert out.startswith("QB 24/25-03 Minutes of the meeting held on 2 May 2024\nThe minutes of the meeting")


def test_unnumbered_copy_of_a_serial_heading_row_is_dropped():
    noisy = (
        "\tAnual Buidling Maintenance Report Head of Estates Paper C\t\n"
        "XY24/031\tAnnual Building Maintenance Report  Head of Estates  Paper C\t\n"
        "The report was noted by the committee.\n"
    )
    assert deduplicate(noisy).text.splitlines()[0] == (
        "XY24/031 Annual Building Maintenance Report  Head of Estates  Paper C"
    )
    exact = "Annual Building Maintenance Report Head of Estates Paper C"
    assert is_garbled_duplicate(
        exact, "XY24/031\tAnnual Building Maintenance Report  Head of Estates  Paper C"
    )


def test_long_line_before_a_numbered_paragraph_is_no_heading_copy():
    line = "ITEM 6 REVENUE AND CAPITAL MONITORING REPORT (QUARTER 2)"
    assert not is_garbled_duplicate(
        line, "6.1 The Treasurer presented the revenue and capital monitoring report."
    )


def test_short_exact_copy_in_a_cell_over_its_numbered_row_is_dropped():
    noisy = "Intro text.\n\n\tStaff survey results\t\n4.\tStaff survey results\t\nThe survey was noted.\n"
    out = deduplicate(noisy).text
    assert out.count("Staff survey results") == 1
    assert "4. Staff survey results" in out


def test_short_exact_copy_outside_a_cell_is_kept():
    noisy = "Intro text.\n\nStaff survey results\n4.\tStaff survey results\t\nThe survey was noted.\n"
    assert deduplicate(noisy).text.count("Staff survey results") == 2


def test_list_entry_after_a_dropped_copy_keeps_its_own_line():
    noisy = (
        "a)\tFire Policy – no changes\t\n"
        "b)\tLettings Policy – new hire charges for the main hall\t\n"
        "\tVisitros Policy – revised for the new signing in system\t\n"
        "c)\tVisitors Policy – revised for the new signing in system\t\n"
    )
    out = deduplicate(noisy).text
    assert "Visitros" not in out
    assert "\nc) Visitors Policy" in out


def test_item_heading_after_a_recording_time_keeps_the_title_end_a_sentence_repeats():
    noisy = (
        "[00:04:10] Item 3 – Minutes and matters arising of the meeting held on 2 May 2024\n"
        "The minutes of the meeting held on 2 May 2024 were approved as a correct record.\n"
    )
    out = deduplicate(noisy).text
    assert out.startswith(
        "[00:04:10] Item 3 – Minutes and matters arising of the meeting held on 2 May 2024\n"
    )
    assert "The minutes of the meeting held on 2 May 2024 were approved" in out


def test_count_opening_a_prose_line_does_not_protect_its_end_as_a_heading_title():
    noisy = (
        "12 members read the notes of the meeting held on 2 May 2024\n"
        "The notes of the meeting held on 2 May 2024 were approved as a correct record.\n"
    )
    assert _count(deduplicate(noisy).text, "of the meeting held on 2 May 2024") == 1


# --------------------------------------------------------------------------- margin numbers, markings, lines said twice


def test_left_margin_line_numbers_are_stripped():
    lines = [
        f"The warden reported on plot {n} and the water supply to the eastern field." for n in range(1, 21)
    ]
    noisy = (
        "\n".join(f"{n}    {line}" if n % 5 == 0 else line for n, line in enumerate(lines, start=1)) + "\n"
    )
    noisy = noisy.replace("\n10    ", "\n\n10    ")  # a blank line before a numbered line survives
    result = deduplicate(noisy).text
    assert result == "\n".join(lines).replace(lines[9], "\n" + lines[9]) + "\n"


def test_a_numbered_list_is_not_taken_for_margin_line_numbers():
    rows = "".join(f"{n}   Plot {n} was let to a new tenant this spring.\n" for n in range(1, 16))
    assert deduplicate(rows).text == rows
    steps = "".join(
        f"{n}    Members walked the boundary of field {n} with the warden.\n" for n in (5, 10, 15, 20)
    )
    assert deduplicate(steps).text == steps  # on consecutive lines: figures or a list, not every fifth line


def test_protective_marking_over_the_first_page_is_stripped_with_the_others():
    text = (
        "OFFICIAL\n\nPolice and Crime Panel\nMinutes\n\n1. Welcome\nThe Chair welcomed members.\n\n"
        "Page 1 of 2\n\nOFFICIAL\n\n2. Budget\nThe precept was agreed.\n\nPage 2 of 2\n"
    )
    result = deduplicate(text).text
    assert "OFFICIAL" not in result and result.startswith("Police and Crime Panel\n")


def test_sentences_opening_alike_on_lines_of_their_own_are_kept():
    text = (
        "Members asked about the arrears.\n"
        "In response, the Head of Housing Services advised that arrears notices\n"
        "had risen by a fifth since the spring.\n"
        "Members asked about the voids.\n"
        "In response, the Head of Housing Services advised that eleven homes were empty in March.\n"
    )
    assert deduplicate(text).text == text


def test_a_window_whose_earlier_read_stopped_on_a_clipped_word_is_still_dropped():
    w = PARAGRAPH.split()
    noisy = " ".join(w[:20]) + " as\n" + " ".join(w[8:]) + "\n"  # "as" of "asked"
    assert words(deduplicate(noisy).text) == words(PARAGRAPH)


def test_sentence_naming_an_attendance_entrys_post_is_kept():
    text = (
        "IN ATTENDANCE:\n"
        "Councillor Nina Farrow, Portfolio Holder for Parks Leisure and Open Spaces Strategy\n"
        "Owen Pike, Head of Leisure\n\n"
        "7. PLAYING PITCH REVIEW\n"
        "The Portfolio Holder for Parks Leisure and Open Spaces Strategy presented the review and said\n"
        "that two pitches would be drained before the winter.\n"
    )
    assert deduplicate(text).text == text


def test_window_across_a_page_break_is_still_dropped():
    w = PARAGRAPH.split()
    noisy = " ".join(w[:22]) + "\nPage 1 of 2\n" + " ".join(w[12:]) + "\nPage 2 of 2\n"
    assert words(deduplicate(noisy).text) == words(PARAGRAPH)
    clipped = " ".join(w[:22]) + "\nPage 1 of 2\n" + "eded " + " ".join(w[13:]) + "\nPage 2 of 2\n"
    assert words(deduplicate(clipped).text) == words(PARAGRAPH)


def test_a_field_line_under_two_items_is_kept():
    text = (
        "3. Complaints report\nPresented by: Ann Lee, Head of Patient Experience\nComplaints fell in the quarter.\n"
        "4. Risk register\nPresented by: Ann Lee, Head of Patient Experience\nTwo risks were closed.\n"
    )
    assert deduplicate(text).text == text


def test_a_long_labelled_line_repeated_whole_is_still_a_window():
    line = "ACTION: The Clerk to write to the county council about the broken verges on Mill Lane"
    text = f"5. Highways\n{line}\nThe Chair thanked the warden.\n{line}\n6. Close\nNone.\n"
    assert deduplicate(text).text.count(line) == 1


# --------------------------------------------------------------------------- space-aligned table columns


def _laid_out(*lines: tuple[str, ...], at: tuple[int, ...] = (0, 20, 70)) -> str:
    """Lines of table cells set at the character positions ``at``, as a PDF text layer lays out a table
    (an empty tuple is a blank line)."""
    out = []
    for cells in lines:
        line = ""
        for position, cell in zip(at, cells, strict=False):
            if cell:
                line = line.ljust(position) + cell
        out.append(line)
    return "\n".join(out) + "\n"


TRUSTEES_TABLE = _laid_out(
    ("Item", "Discussion", "Action"),
    (),
    ("1. Opening and", "The Chair opened the meeting and welcomed two"),
    ("welcome", "new trustees, who had joined from the parish"),
    ("", "council in March."),
    (),
    ("2. Treasurer's", "The Treasurer said that the hall fund stood at", "Action: Treasurer to"),
    ("report", "4,200 pounds and that the boiler repair had", "circulate the boiler"),
    ("", "come in under budget.", "invoice to trustees."),
    (),
    ("3. Garden", "The garden group asked for a second shed. The", "Action: Secretary to"),
    ("project", "trustees agreed to seek two quotes before the", "request two quotes for"),
    ("", "next meeting.", "the shed."),
    (),
    ("4. Bookings", "The Secretary reported that bookings had risen", "Action: Secretary to"),
    ("policy", "by a fifth since the new website went live.", "update the booking form."),
    (),
    ("", "Page 1"),
    (),
    ("Item", "Discussion", "Action"),
    (),
    ("", "A trustee asked whether the discount for local"),
    ("", "groups would continue. The Chair said so."),
    (),
    ("5. Close", "The meeting closed at 9.05pm."),
)


def test_space_aligned_table_with_wrapped_cells_is_read_cell_by_cell():
    source = "Hall Trustees\nMinutes of the meeting held on 4 May 2024\n\n" + TRUSTEES_TABLE
    result = deduplicate(source)
    assert result.text == (
        "Hall Trustees\nMinutes of the meeting held on 4 May 2024\n\n"
        "1. Opening and welcome\n"
        "The Chair opened the meeting and welcomed two new trustees, who had joined from the parish council"
        " in March.\n\n"
        "2. Treasurer's report\n"
        "The Treasurer said that the hall fund stood at 4,200 pounds and that the boiler repair had come in"
        " under budget.\n"
        "Action: Treasurer to circulate the boiler invoice to trustees.\n\n"
        "3. Garden project\n"
        "The garden group asked for a second shed. The trustees agreed to seek two quotes before the next"
        " meeting.\n"
        "Action: Secretary to request two quotes for the shed.\n\n"
        "4. Bookings policy\n"
        "The Secretary reported that bookings had risen by a fifth since the new website went live.\n"
        "A trustee asked whether the discount for local groups would continue. The Chair said so.\n"
        "Action: Secretary to update the booking form.\n"
        "5. Close\n"
        "The meeting closed at 9.05pm.\n"
    )
    assert _provenance_holds(source, result)
    kept = sum(s.source_end - s.source_start for s in result.spans)
    assert result.removed_chars == len(source) - kept and result.input_chars == len(source)


def test_action_log_wrapping_one_cell_per_row_is_read_row_by_row_as_written():
    log = _laid_out(
        ("No.", "Action", "Owner", "Due"),
        ("07/24-01", "Send the revised hire agreement to the", "Secretary", "June"),
        ("", "football club for signature"),
        ("07/24-02", "Obtain a second quote for the roof repair", "Treasurer", "July"),
        ("07/24-03", "Agree the cleaning rota with the", "Hall", "June"),
        ("", "playgroup", "manager"),  # two cells wrap side by side in one row only
        ("07/24-04", "Renew the fire extinguisher contract and", "Chair", "August"),
        ("", "check the emergency lighting"),
        at=(0, 11, 55, 68),
    )
    source = "Action log\n" + log
    assert deduplicate(source).text == source


def test_prose_with_two_spaces_after_each_full_stop_is_not_a_table():
    source = (
        "The Clerk reported that the grass cutting contract had been let.  The\n"
        "contractor will start in April.  Members asked about the verges on the\n"
        "Mill Lane approach.  The Clerk will ask the county council to cut them.\n"
        "The Chair thanked the Clerk.  Members noted the report.  The Clerk said\n"
        "that the invoices would follow.  The meeting moved on to the next item.\n"
    )
    assert deduplicate(source).text == source


def test_word_hyphenated_where_a_table_cell_wraps_is_read_whole():
    table = _laid_out(
        ("1. Roof", "The surveyor's recom-", "Action: Chair to"),
        ("repairs", "mendation was accepted.", "book the works."),
        (),
        ("2. Hall", "The hall will close for", "Action: Clerk to"),
        ("hire", "two weeks in August.", "tell the hirers."),
        (),
        ("3. Grants", "A grant of 500 pounds", "Action: Clerk to"),
        ("", "was agreed for the fete.", "pay the grant."),
        (),
        ("4. Close", "The meeting closed."),
        at=(0, 12, 40),
    )
    text = deduplicate(table).text
    assert (
        "1. Roof repairs\nThe surveyor's recommendation was accepted.\nAction: Chair to book the works.\n"
        in text
    )


def test_table_rows_without_blank_lines_start_at_each_item_number_and_wrapped_titles_run_on():
    table = _laid_out(
        ("1. Minutes", "The minutes were agreed as a true", "None."),
        ("", "record and signed by the Chair."),
        ("2. Budget", "The Treasurer presented the draft", "Clerk to publish"),
        ("2024/25", "budget, which members approved.", "the budget."),
        ("3. Planning", "Members supported the extension at", "Clerk to send the"),
        ("", "the old forge, with conditions.", "response."),
        ("4. Footpaths", "The stile on path 12 is broken and", "Clerk to report"),
        ("", "the warden will mend it in June.", "the stile."),
        at=(0, 16, 54),
    )
    assert deduplicate(table).text == (
        "1. Minutes\nThe minutes were agreed as a true record and signed by the Chair.\nNone.\n\n"
        "2. Budget 2024/25\nThe Treasurer presented the draft budget, which members approved.\n"
        "Clerk to publish the budget.\n\n"
        "3. Planning\nMembers supported the extension at the old forge, with conditions.\nClerk to send the response.\n\n"
        "4. Footpaths\nThe stile on path 12 is broken and the warden will mend it in June.\nClerk to report the stile.\n"
    )


def test_an_action_line_restating_a_note_line_of_a_meeting_log_is_kept():
    # a meeting bot's log notes a point, then the chair records it as an action: two lines
    clean = (
        "* pat to update the hosting budget sheet with the new quotes - not\n"
        "started, pat was away (kim, 10:04)\n"
        "* ACTION: pat to update the hosting budget sheet with the new quotes (carried over)\n"
        "(kim, 10:05)\n"
    )
    assert deduplicate(clean).text == clean


def test_a_window_repeating_a_labelled_line_with_its_label_is_still_dropped():
    noisy = (
        "4.\tBUDGET\t\n"
        "ACTION: pat to update the hosting budget sheet with the new quotes\n"
        "ACTION: pat to update the hosting budget sheet with the new quotes from both sponsors by Friday.\n"
    )
    assert deduplicate(noisy).text == (
        "4. BUDGET\nACTION: pat to update the hosting budget sheet with the new quotes from both sponsors by Friday.\n"
    )


def test_actions_listed_again_by_person_after_a_meeting_log_are_kept():
    # the bot's summary lists each action under each owner: an action of two owners is there twice
    log = (
        "* ACTION: pat and lee to move the build server to the new hosting account (kim, 10:05)\n"
        "* ACTION: sam to draft the release notes for the next version (kim, 10:09)\n\n"
        "Action items, by person\n"
        "* lee\n  * pat and lee to move the build server to the new hosting account\n"
        "* pat\n  * pat and lee to move the build server to the new hosting account\n"
        "* sam\n  * sam to draft the release notes for the next version\n"
    )
    assert deduplicate(log).text == log


def test_a_formula_said_again_of_another_subject_is_kept():
    clean = (
        "Income was on budget.\n\n"
        "Executive officer reports approved as submitted by General Consent.\n\n"
        "Additional officer reports approved as submitted by General Consent.\n"
    )
    assert deduplicate(clean).text == clean


def test_a_window_repeating_the_first_word_of_its_line_is_still_dropped():
    noisy = (
        "2.\tREPORTS\t\n"
        "Executive officer reports approved as submitted by General Consent and noted\n"
        "Executive officer reports approved as submitted by General Consent and noted by the chair.\n"
    )
    assert deduplicate(noisy).text == (
        "2. REPORTS\nExecutive officer reports approved as submitted by General Consent and noted by the chair.\n"
    )


def test_row_heading_cells_are_parted_from_the_discussion_cell():
    text = (
        "Item\tDiscussion\tDecision / Action\n"
        "1. Opening remarks\tThe chair opened the meeting and welcomed the guests.\t\n"
        "\tApologies were noted from two members.\t\n"
    )
    out = deduplicate(text).text
    assert "1. Opening remarks\nThe chair opened the meeting" in out


def test_row_number_and_short_cell_stay_on_one_line():
    text = "3.\tFinance\tTreasurer\t\n4.\tRooms\tClerk\t\n"
    out = deduplicate(text).text
    assert "Finance\nTreasurer" not in out


# --------------------------------------------------------------------------- heading titles restated


def test_sentence_restating_the_start_of_a_longer_numbered_heading_keeps_the_heading():
    noisy = (
        "3. Notes of the board meeting held on 11 March 2026 and matters arising\n"
        "The notes of the board meeting held on 11 March 2026 were\napproved as a true record.\n"
    )
    assert deduplicate(noisy).text == noisy


def test_window_stopping_inside_a_longer_numbered_heading_is_still_dropped():
    heading = "3. Notes of the board meeting held on 11 March 2026 and matters arising\n"
    noisy = heading + "The clerk read the notes.\notes of the board meeting held on 11 March 2026 and mat\n"
    assert _count(deduplicate(noisy).text, "board meeting held on 11 March 2026") == 1


def test_summary_line_labelling_a_value_with_a_heading_title_is_kept():
    noisy = (
        "5.1 Theme C – Drainage and the upkeep of the river banks (Q7–Q9)\n"
        "The panel heard from the rivers officer.\n"
        "Ratings:\nTheme C – Drainage and the upkeep of the river banks: Good\n"
    )
    out = deduplicate(noisy).text
    assert out.startswith("5.1 Theme C – Drainage and the upkeep of the river banks (Q7–Q9)\n")
    assert "\nTheme C – Drainage and the upkeep of the river banks: Good\n" in out


def test_heading_title_repeated_with_its_own_punctuation_is_still_a_window():
    heading = "5.1 Theme C – Drainage and the upkeep of the river banks (Q7–Q9)\n"
    noisy = (
        heading
        + "The panel heard from the rivers officer.\nTheme C – Drainage and the upkeep of the river banks Good\n"
    )
    assert _count(deduplicate(noisy).text, "Drainage and the upkeep of the river banks") == 1


def test_action_log_written_one_cell_per_line_reads_one_row_per_line():
    text = (
        "The meeting closed at 8.10pm.\n\nSummary of actions\nNo.\nAction\nLead\nTarget date\n"
        "5/31-1\nDraft the playground shade proposal\nBursar\nApril 2031\n"
        "5/31-2\nWrite to parents about the new lunch menu\nHead of School\nBefore half term\n"
        "5/31-3\nBook the fire safety training\nSite manager\n30 June 2031\n"
    )
    result = deduplicate(text)
    assert result.text.splitlines()[-4:] == [
        "No.\tAction\tLead\tTarget date",
        "5/31-1\tDraft the playground shade proposal\tBursar\tApril 2031",
        "5/31-2\tWrite to parents about the new lunch menu\tHead of School\tBefore half term",
        "5/31-3\tBook the fire safety training\tSite manager\t30 June 2031",
    ]
    for span in result.spans:
        assert result.text[span.start : span.end] == text[span.source_start : span.source_end]


def test_short_lines_without_row_keys_stay_one_per_line():
    text = "Present\nAnn Lee\nBo Ray\nCy Dunn\nDee Fox\n\nApologies\nEd Gray\nFay Hill\nGus Ive\n"
    assert deduplicate(text).text == text


def test_stacked_row_whose_cell_wraps_ends_the_table():
    text = (
        "Ref\nAction\nOwner\n"
        "8/31-01\nCheck the minutes\nClerk\n"
        "8/31-02\nPrint the agenda\nChair\n"
        "8/31-03\nOrder the new chairs\nBursar\n"
        "8/31-04\nRepair the gate and\nthe side fence\nSite manager\n"
    )
    lines = deduplicate(text).text.splitlines()
    assert lines[:4] == [
        "Ref\tAction\tOwner",
        "8/31-01\tCheck the minutes\tClerk",
        "8/31-02\tPrint the agenda\tChair",
        "8/31-03\tOrder the new chairs\tBursar",
    ]
    assert lines[4:] == ["8/31-04", "Repair the gate and", "the side fence", "Site manager"]


def test_lone_numbers_beside_worded_page_markers_are_item_numbers():
    # pages numbered "Page N of M": a number alone on a line is a flattened table's item number cell
    text = (
        "Harbour Users Forum\n\n2\nMooring fees\nThe fees were agreed.\n\n3\nDredging\nWork starts in May.\n"
        "Page 1 of 2\n\n4\nAny other business\nNone was raised.\nPage 2 of 2\n"
    )
    out = deduplicate(text).text
    assert "\n2\nMooring fees" in out and "\n4\nAny other business" in out
    assert "Page 1 of 2" not in out


def test_lone_numbers_are_page_numbers_when_pages_are_numbered_so():
    text = (
        "Harbour Users Forum\nThe fees were agreed for the coming season.\n\n1\n\nWork starts in May.\n\n2\n"
    )
    out = deduplicate(text).text
    assert "\n1\n" not in out and not out.rstrip().endswith("2")


def test_unnumbered_copy_of_an_item_labelled_row_is_dropped():
    noisy = (
        "\t| Budget monitoring report for quarter two | Presented by: Treasurer\t\n"
        "Item 6\t| Budget monitoring report for quarter two | Presented by: Treasurer\t\n"
        "The report was noted.\n"
    )
    assert deduplicate(noisy).text.splitlines()[0] == (
        "Item 6 | Budget monitoring report for quarter two | Presented by: Treasurer"
    )


def test_prose_before_an_item_label_line_is_no_heading_copy():
    line = "The Treasurer presented the budget monitoring report"
    assert not is_garbled_duplicate(line, "Item 6\tAny other business")


def test_action_log_written_column_by_column_reads_one_row_per_line():
    text = (
        "The meeting closed at 8.10pm.\n\nSummary of actions\nRef\n7/31-01\n7/31-02\n7/31-03\n"
        "Action\nOrder the new goal nets\nBook the minibus for the cup final\nRenew the pitch hire\n"
        "Owner\nCoach\nSecretary\nTreasurer\nDue\nMay\n12 June 2031\nBefore the AGM\n"
    )
    result = deduplicate(text)
    assert result.text.splitlines()[-4:] == [
        "Ref\tAction\tOwner\tDue",
        "7/31-01\tOrder the new goal nets\tCoach\tMay",
        "7/31-02\tBook the minibus for the cup final\tSecretary\t12 June 2031",
        "7/31-03\tRenew the pitch hire\tTreasurer\tBefore the AGM",
    ]
    for span in result.spans:
        assert result.text[span.start : span.end] == text[span.source_start : span.source_end]


def test_column_by_column_table_with_a_wrapped_cell_is_left_alone():
    text = (
        "Ref\n7/31-01\n7/31-02\n7/31-03\nAction\nOrder the new goal nets\nBook the minibus for\n"
        "the cup final\nRenew the pitch hire\nOwner\nCoach\nSecretary\nTreasurer\n"
    )
    assert deduplicate(text).text == text


def test_page_number_beside_a_protective_marking_is_page_furniture():
    text = "The report was noted.\n\nPage 1 of 2 OFFICIAL\n\nThe meeting closed at noon.\n\nPage 2 of 2 OFFICIAL\n"
    out = deduplicate(text).text
    assert "OFFICIAL" not in out and "The meeting closed at noon." in out


def test_two_line_running_header_after_the_page_number_is_furniture():
    noisy = (
        "Westbrook Housing Trust\nBoard minutes\n\n1. Welcome\nThe chair opened the meeting.\n\n"
        "Page 1 of 3\n\nWestbrook Housing Trust\nBoard Minutes – 4 March 2025\n\n"
        "2. Rents\nThe rent review was agreed.\n\nPage 2 of 3\n\nWestbrook Housing Trust\n"
        "Board Minutes – 4 March 2025\n\n3. Close\nThe meeting closed at eight.\n\nPage 3 of 3\n"
    )
    out = deduplicate(noisy).text
    assert "4 March 2025" not in out and "Page" not in out
    assert out.startswith("Westbrook Housing Trust\nBoard minutes\n")
    assert "2. Rents\nThe rent review was agreed." in out


def test_line_that_also_recurs_away_from_the_running_header_is_kept():
    noisy = (
        "Westbrook Housing Trust\n\n1. Rents\nNo change.\n\nPage 1 of 2\n\nWestbrook Housing Trust\n"
        "No change.\n\n2. Repairs\nNo change.\n\nPage 2 of 2\n\nWestbrook Housing Trust\nNo change.\n"
    )
    assert deduplicate(noisy).text.count("No change.") >= 2


def test_line_under_the_running_header_on_some_pages_only_is_kept():
    # "Agreed:" opens two of the three pages under the header: text of the minutes, not a header line
    noisy = (
        "Westbrook Housing Trust\n1. Rents\nThe review was discussed.\n\nPage 1 of 4\n\n"
        "Westbrook Housing Trust\nAgreed:\nthat rents rise by 2%.\n\nPage 2 of 4\n\n"
        "Westbrook Housing Trust\nAgreed:\nthat the roof be repaired.\n\nPage 3 of 4\n\n"
        "Westbrook Housing Trust\n3. Close\nThe meeting closed.\n\nPage 4 of 4\n"
    )
    assert deduplicate(noisy).text.count("Agreed:") == 2


def test_number_beside_a_protective_marking_is_not_a_page_marker():
    assert not is_page_marker("4 OFFICIAL")


def test_a_dropped_copy_before_a_blank_line_keeps_the_paragraph_break():
    w = PARAGRAPH.split()
    noisy = (
        PARAGRAPH + "\n" + " ".join(w[-14:-1]) + "\n\n"
        "Allotment Waiting List\nThe clerk reported that nine households are waiting for a plot this year.\n"
    )
    out = deduplicate(noisy).text
    assert out.count(" ".join(w[-14:-1])) == 1
    assert f"{w[-1]}\n\nAllotment Waiting List\n" in out


def test_a_dropped_page_footer_before_a_blank_line_leaves_no_paragraph_break():
    noisy = (
        "1. Budget\nThe treasurer presented the accounts.\nPage 1 of 2\n\n"
        "Fees stay the same this year.\n2. Garden\nNew beds will be dug by June.\nPage 2 of 2\n"
    )
    assert "the accounts.\nFees stay" in deduplicate(noisy).text


def test_a_wiki_heading_before_a_page_break_is_not_run_into_the_next_line():
    noisy = (
        "== Roadmap ==\nPage 1 of 2\n\nmaria walked through the plan for the spring release.\n"
        "== Mentoring ==\nPage 2 of 2\n\nsam offered to pair with new contributors.\n"
    )
    out = deduplicate(noisy).text
    assert "== Roadmap ==\nmaria walked" in out
    assert "== Mentoring ==\nsam offered" in out


def test_a_line_cut_mid_sentence_before_a_page_break_still_runs_on():
    noisy = (
        "1. Roadmap\nThe group agreed the plan for the\nPage 1 of 2\n\nspring release after some debate.\n"
    )
    assert "plan for the spring release" in deduplicate(noisy).text


def test_a_clipped_line_start_before_a_re_read_of_the_words_it_lost_is_dropped():
    # a line clipped at both ends ("... Cllr Reddy as" / "med that ..."), then a read that restores
    # the gap: the clipped start "med" of the later line is the end of the re-read's "confirmed"
    w = PARAGRAPH.split()
    noisy = (
        " ".join(w[:20])
        + " "
        + w[20][:2]
        + "\n"
        + w[33][-3:]
        + " "
        + " ".join(w[34:])
        + "\n"
        + w[5][2:]
        + " "
        + " ".join(w[6:])
        + "\n"
    )
    assert words(deduplicate(noisy).text) == words(PARAGRAPH)


def test_a_page_first_line_after_a_form_feed_is_kept():
    text = (
        "The treasurer said the grant had arrived late in the\n"
        "Parish Council minutes – 4 May 2025 – Page 1 of 3\n"
        "\fautumn, after the hall roof had been repaired.\n"
        "Cllr Amberley asked about the insurance claim for the storm damage.\n"
        "Parish Council minutes – 4 May 2025 – Page 2 of 3\n"
        "\fThe clerk confirmed the claim had been lodged with the insurer.\n"
    )
    out = deduplicate(text).text
    assert "in the autumn, after the hall roof" in out.replace("\n", " ")
    assert "The clerk confirmed the claim" in out
    assert "Page 1 of 3" not in out and "\f" not in out


def test_a_footer_ending_in_its_page_number_is_a_page_marker():
    assert is_page_marker("Audit Committee minutes – 2 June 2025 – Page 3 of 8")
    assert is_page_marker("Annual report | Page 2 of 40")


def test_a_sentence_citing_a_page_is_no_page_marker():
    assert not is_page_marker("The figures are set out in the appendix - page 3 of 2")
    assert not is_page_marker("See the risk register, page 4 of the pack")


def test_action_log_split_by_a_page_break_reads_one_row_per_line():
    text = (
        "The log was reviewed.\nRef\nAction\nOwner\nDue\n"
        "B7\nMend the boathouse roof\nJT\n03/05\n"
        "B8\nOrder new life jackets\n\nPage 1 of 2\n\nWK\n10/05\n"
        "B9\nRepaint the slipway markings\nJT\n17/05\n"
        "JT said the roofer could only start once the insurance claim had been settled in full.\n"
    )
    result = deduplicate(text)
    lines = result.text.splitlines()
    assert lines[1:5] == [
        "Ref\tAction\tOwner\tDue",
        "B7\tMend the boathouse roof\tJT\t03/05",
        "B8\tOrder new life jackets\tWK\t10/05",
        "B9\tRepaint the slipway markings\tJT\t17/05",
    ]
    assert "Page 1 of 2" not in result.text
    for span in result.spans:
        assert result.text[span.start : span.end] == text[span.source_start : span.source_end]


def test_stacked_row_followed_by_a_short_line_is_not_taken():
    text = (
        "Ref\nAction\nOwner\n"
        "C1\nSweep the hall\nAnn\nC2\nLock the shed\nBo\nC3\nFix the tap\nCy\nC4\nPaint the door\nDee\nand fence\n"
    )
    assert deduplicate(text).text.splitlines()[-4:] == ["C4", "Paint the door", "Dee", "and fence"]


def test_table_without_row_keys_written_one_cell_per_line_reads_one_row_per_line():
    text = (
        "4. Actions from the last meeting\nAction summary\nAction\nOwner\nDue\n"
        "Write to the county about the footpath\nMira\n2031-04-01\n"
        "Collect quotes for the new noticeboard\nOwen\nnext meeting\n"
        "Book the hall for the summer fair\nMira\nby 30 May\n"
        "\nThe next meeting is on 2 June.\n"
    )
    assert deduplicate(text).text.splitlines()[1:6] == [
        "Action summary",
        "Action\tOwner\tDue",
        "Write to the county about the footpath\tMira\t2031-04-01",
        "Collect quotes for the new noticeboard\tOwen\tnext meeting",
        "Book the hall for the summer fair\tMira\tby 30 May",
    ]


def test_figures_table_written_one_cell_per_line_reads_one_row_per_line():
    text = (
        "The figures for the term were:\nYear group\nPlaces\nFilled\n"
        "Reception\n60\n58\nYear one\n60\n61\nYear two\n60\n55\n"
        "The head said that the fall in year two followed two families moving out of the area in March.\n"
    )
    assert deduplicate(text).text.splitlines()[1:5] == [
        "Year group\tPlaces\tFilled",
        "Reception\t60\t58",
        "Year one\t60\t61",
        "Year two\t60\t55",
    ]


def test_names_under_short_labels_stay_one_per_line():
    text = "Notes\nPresent\nApologies\nAnn Lee\nBo Ray\nCy Dunn\nDee Fox\nEd Gray\nFay Hill\n\nThe chair opened.\n"
    assert deduplicate(text).text == text


def test_lines_that_do_not_fall_into_rows_stay_one_per_line():
    text = (
        "Topic\nLead\nNotes\n"
        "Budget\nAnn\nA long note on the budget for the year\n"
        "Estates\nA long note on the estate and its upkeep\nBo\n"
        "Staffing\nCy\nA long note on staffing for the year\n\n"
    )
    assert deduplicate(text).text == text


def test_second_line_of_a_running_header_that_also_titles_the_first_page_is_furniture():
    # The two-line header opens the document as its title, then recurs under every page break.
    noisy = (
        "Eastmoor District Council\n\nLicensing Panel\n\n1. Welcome\nThe chair opened the meeting and asked for\n\n"
        "Page 1 of 3\n\fEastmoor District Council\nLicensing Panel\n\nintroductions from all present.\n"
        "2. Fees\nThe fees were agreed.\n\nPage 2 of 3\n\fEastmoor District Council\nLicensing Panel\n\n"
        "3. Close\nThe meeting closed at eight.\n\nPage 3 of 3\n"
    )
    out = deduplicate(noisy).text
    assert out.startswith("Eastmoor District Council\n\nLicensing Panel\n")
    assert out.count("Licensing Panel") == 1 and out.count("Eastmoor District Council") == 1


def test_second_header_line_also_said_in_the_text_is_kept():
    # "Licensing Panel" stands alone in the body as well: not furniture, even beside the title.
    noisy = (
        "Eastmoor District Council\n\nLicensing Panel\n\n1. Welcome\nThe chair opened the meeting.\n\n"
        "Page 1 of 3\n\fEastmoor District Council\nLicensing Panel\n\n2. Fees\nThe fees were agreed.\n"
        "Licensing Panel\nThe next item.\n\nPage 2 of 3\n\fEastmoor District Council\nLicensing Panel\n\n"
        "3. Close\nThe meeting closed at eight.\n\nPage 3 of 3\n"
    )
    assert deduplicate(noisy).text.count("Licensing Panel") == 4


def _paged(gap: str) -> str:
    """Two pages of invented minutes under a one-line running header, ``gap`` between header and page text."""
    return (
        "Eastmoor District Council\n1. Fees\nThe fees were agreed by the panel.\nThe chair closed the item.\n\n"
        f"Page 1 of 2\n\fEastmoor District Council{gap}Schedule of actions\nThe clerk to write to the applicant.\n\n"
        "Page 2 of 2\n"
    )


def test_heading_set_below_extra_space_at_the_top_of_a_page_starts_a_new_paragraph():
    assert "The chair closed the item.\n\nSchedule of actions\n" in deduplicate(_paged("\n\n\n")).text


def test_text_one_blank_line_below_the_running_header_runs_on_from_the_last_page():
    assert "The chair closed the item.\nSchedule of actions\n" in deduplicate(_paged("\n\n")).text


def test_stacked_rows_with_due_dates_beside_their_refs_read_one_row_per_line():
    # the due cell "14/05/2031" is a key-like number of another shape than the ref "5/31-01": a cell
    text = (
        "Outstanding actions\nRef\nTask\nLead\nDue\n"
        "5/31-01\nRenew the hall insurance\nKR\n14/05/2031\n"
        "5/31-02\nMow the field\nGrounds committee\n02/06/2031\n"
        "5/31-03\nReplace the kitchen boiler\nKR\n30/06/2031\n"
        "\nThe meeting closed at nine.\n"
    )
    result = deduplicate(text)
    assert result.text.splitlines()[1:5] == [
        "Ref\tTask\tLead\tDue",
        "5/31-01\tRenew the hall insurance\tKR\t14/05/2031",
        "5/31-02\tMow the field\tGrounds committee\t02/06/2031",
        "5/31-03\tReplace the kitchen boiler\tKR\t30/06/2031",
    ]
    for span in result.spans:
        assert result.text[span.start : span.end] == text[span.source_start : span.source_end]


def test_stacked_row_holding_a_second_ref_of_its_shape_still_ends_the_table():
    # a cell wrapped onto two lines brings the next row's ref into this row: the rows are out of step
    text = (
        "Ref\nTask\nLead\nDue\n"
        "5/31-01\nRenew the hall insurance\nKR\n14/05/2031\n"
        "5/31-02\nBook the summer fair marquee\nJP\n02/06/2031\n"
        "5/31-03\nReplace the kitchen boiler\nKR\n30/06/2031\n"
        "5/31-04\nRepaint the\nfront door\nJP\n5/31-05\n"
    )
    lines = deduplicate(text).text.splitlines()
    assert lines[3] == "5/31-03\tReplace the kitchen boiler\tKR\t30/06/2031"
    assert lines[4:] == ["5/31-04", "Repaint the", "front door", "JP", "5/31-05"]


def _paged_log(second_header: str) -> str:
    """An invented action log written one cell per line over a page break, under a running header and
    footer, ``second_header`` at the top of the second page."""
    return (
        "The log was reviewed.\n\nAction log\nRef\nTask\nLead\nDue\nStatus\n"
        "6/31-01\nRenew the hall insurance\nKR\n14/05/2031\nDone\n"
        "6/31-02\nBook the summer fair marquee\nJP\nJuly meeting\nOpen – carried forward\n"
        "\nRestricted\nPage 1 of 2\n\fHall Trustees\nMinutes\n\n"
        f"{second_header}"
        "6/31-03\nReplace the kitchen boiler\nKR\n30/06/2031\nOpen\n"
        "6/31-04\nQuote for new chairs\nAL\nJuly meeting\nDone\n"
        "\nRestricted\nPage 2 of 2\n\fHall Trustees\nMinutes\n\nThe chair thanked the trustees.\n\nRestricted\n"
    )


def test_table_header_repeated_after_a_page_break_is_read_once_and_the_rows_run_on():
    text = _paged_log("Ref\nTask\nLead\nDue\nStatus\n")
    result = deduplicate(text)
    lines = result.text.splitlines()
    start = lines.index("Action log") + 1
    assert lines[start : start + 5] == [
        "Ref\tTask\tLead\tDue\tStatus",
        "6/31-01\tRenew the hall insurance\tKR\t14/05/2031\tDone",
        "6/31-02\tBook the summer fair marquee\tJP\tJuly meeting\tOpen – carried forward",
        "6/31-03\tReplace the kitchen boiler\tKR\t30/06/2031\tOpen",
        "6/31-04\tQuote for new chairs\tAL\tJuly meeting\tDone",
    ]
    assert result.text.count("Ref") == 1 and "Page 1 of 2" not in result.text
    for span in result.spans:
        assert result.text[span.start : span.end] == text[span.source_start : span.source_end]


def test_table_without_row_keys_repeating_its_header_after_a_page_break_is_read_once():
    text = (
        "Actions\nTask\nLead\nDue\n"
        "Renew the hall insurance policy\nKR\nMay\n"
        "Book the summer fair marquee\nJP\nJune\n"
        "\nPage 1 of 2\n\fHall Trustees\n\n"
        "Task\nLead\nDue\n"
        "Replace the kitchen boiler\nKR\nJuly\n"
        "\nPage 2 of 2\n\fHall Trustees\n\nThe chair thanked the trustees for their work this year.\n"
    )
    lines = deduplicate(text).text.splitlines()
    assert lines[1:5] == [
        "Task\tLead\tDue",
        "Renew the hall insurance policy\tKR\tMay",
        "Book the summer fair marquee\tJP\tJune",
        "Replace the kitchen boiler\tKR\tJuly",
    ]
    assert lines.count("Task") == 0


def test_other_short_lines_after_a_page_break_below_a_table_are_not_taken_for_its_header():
    # the next page opens with other short lines, not the table's header repeated: none is left out
    text = _paged_log("Present\nAnn Lee\nBo Ray\nCy Dunn\nDee Fox\n")
    lines = deduplicate(text).text.splitlines()
    start = lines.index("Present")
    assert lines[start : start + 6] == ["Present", "Ann Lee", "Bo Ray", "Cy Dunn", "Dee Fox", "6/31-03"]


def test_short_dated_lines_without_a_header_stay_one_per_line():
    text = "Dates of meetings\n12/09/2031\n10/10/2031\n14/11/2031\n12/12/2031\n\nAll at 7pm.\n"
    assert deduplicate(text).text == text
