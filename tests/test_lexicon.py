"""The shared vocabularies: the alternation helper and the facts the stages rely on."""

from __future__ import annotations

import re

from pipeline import lexicon
from pipeline.lexicon import (
    HONORIFICS,
    MONTHS,
    PERSONAL_TITLES,
    WEEKDAYS,
    alternation,
    title_cased,
    weekday_short_forms,
)


def test_alternation_tries_longest_word_first():
    assert alternation(["sep", "sept", "september"]) == "september|sept|sep"


def test_alternation_keeps_given_order_among_equal_lengths_and_drops_repeats():
    assert alternation(["mon", "fri", "mon", "sun"]) == "mon|fri|sun"


def test_alternation_escapes_special_characters():
    pattern = re.compile(rf"^(?:{alternation(['n/a', 'half-term', 'a.m.', 'c++'])})$")
    assert pattern.match("c++") and pattern.match("a.m.")
    assert not pattern.match("aXmX")


def test_alternation_prefers_the_longer_word_when_both_could_match():
    assert re.match(f"(?:{alternation(['mr', 'mrs'])})", "Mrs Lee", re.I).group() == "Mrs"


def test_title_cased_capitalises_every_word():
    assert title_cased(["cllr", "county councillor"]) == ("Cllr", "County Councillor")


def test_cllr_maps_to_councillor():
    assert HONORIFICS["cllr"] == "Councillor"
    assert HONORIFICS["cr"] == "Councillor"
    assert HONORIFICS["mr"] is None


def test_personal_titles_are_all_honorifics():
    assert set(PERSONAL_TITLES) <= set(HONORIFICS)


def test_months_match_names_and_short_forms_whole():
    months = re.compile(rf"^(?:{MONTHS})$", re.I)
    for word in ("January", "sept", "Sep", "may", "DEC"):
        assert months.match(word), word
    assert not months.match("mayor")


def test_month_prefixes_are_three_letters_in_calendar_order():
    assert lexicon.MONTH_PREFIXES[:3] == ("jan", "feb", "mar") and len(lexicon.MONTH_PREFIXES) == 12


def test_weekdays_before_a_date_take_stems_and_short_forms_with_or_without_day():
    weekdays = re.compile(rf"^{WEEKDAYS}$", re.I)
    for word in ("Wednesday", "Wed", "Weds", "Thurs", "Thurday", "Sat", "saturday", "tues"):
        assert weekdays.match(word), word
    assert not weekdays.match("Satur day")


def test_due_point_weekdays_leave_out_the_weekend_short_forms():
    assert "sat" not in weekday_short_forms(weekend=False)
    assert "sun" not in weekday_short_forms(weekend=False)
    assert {"sat", "sun", "weds"} <= set(weekday_short_forms())


def test_body_member_groups_are_owner_groups():
    assert set(lexicon.BODY_MEMBER_GROUPS) <= lexicon.GROUP_WORDS
    assert "members" in lexicon.GROUP_WORDS and "members" not in lexicon.BODY_MEMBER_GROUPS


def test_attendance_labels_give_schema_attendance_kinds():
    assert set(lexicon.ATTENDANCE_LABELS.values()) == {"present", "in_attendance", "apologies", "absent"}
    assert lexicon.ATTENDANCE_LABELS["regrets"] == "apologies"


def test_excused_and_from_the_secretariat_are_attendance_labels():
    assert lexicon.ATTENDANCE_LABELS["excused"] == "apologies"
    assert lexicon.ATTENDANCE_LABELS["from the secretariat"] == "in_attendance"


def test_country_codes_are_two_upper_case_letters_and_hold_common_countries():
    assert all(len(code) == 2 and code.isupper() for code in lexicon.COUNTRY_CODES)
    assert {"NO", "IT", "GH", "IE", "US", "IN"} <= lexicon.COUNTRY_CODES
    assert "XX" not in lexicon.COUNTRY_CODES


def test_hon_is_a_courtesy_title_and_absent_with_apology_means_apologies():
    from pipeline.lexicon import ATTENDANCE_LABELS, HONORIFICS, PERSONAL_TITLES

    assert "hon" in HONORIFICS and "hon" in PERSONAL_TITLES
    assert ATTENDANCE_LABELS["absent with apology"] == "apologies"


def test_ranks_in_full_are_keyed_lower_case_without_a_stop():
    assert all(key == key.lower().strip(".") for key in lexicon.RANKS_IN_FULL)
    assert lexicon.RANKS_IN_FULL["ff"] == "Firefighter"


def test_legislator_titles_are_short_upper_case_seats():
    assert lexicon.LEGISLATOR_TITLES
    assert all(re.fullmatch(r"[A-Z]{2,3}", seat) for seat in lexicon.LEGISLATOR_TITLES)


def test_department_words_are_lower_case_fields_and_never_role_words():
    from pipeline.header import ROLE_WORDS

    assert lexicon.DEPARTMENT_WORDS
    for word in lexicon.DEPARTMENT_WORDS:
        assert word == word.lower() and " " not in word
        assert not ROLE_WORDS.fullmatch(word), word  # a post must end before its holder's name


def test_command_levels_are_lower_case_words_that_are_no_rank_alone():
    from pipeline.header import RANKS

    assert {"group", "station"} <= lexicon.COMMAND_LEVELS
    for word in lexicon.COMMAND_LEVELS:
        assert word == word.lower() and " " not in word
        assert word not in RANKS  # only "Group Commander" is a rank; "Group Leader Ann Lee" is not


def test_west_african_courtesy_titles_are_honorifics_without_a_role():
    for word in ("alhaji", "alhaja", "barr", "engr"):
        assert word in HONORIFICS and HONORIFICS[word] is None


def test_representatives_of_a_constituency_are_members_but_an_organisations_are_not():
    assert lexicon.attendance_kind("Student representatives") == "present"
    assert lexicon.attendance_kind("Trade union reps:") == "present"
    assert lexicon.attendance_kind("Airport representatives") is None


def test_a_single_officer_label_announces_someone_in_attendance():
    assert lexicon.attendance_kind("Officer") == "in_attendance"


def test_witnesses_called_to_a_committee_are_in_attendance():
    assert lexicon.attendance_kind("Witnesses:") == "in_attendance"
    assert lexicon.attendance_kind("Witness") == "in_attendance"


def test_priest_title_is_an_honorific():
    assert "fr" in HONORIFICS and HONORIFICS["fr"] is None


def test_post_qualifiers_are_lower_case_and_not_role_heads():
    assert "detective" in lexicon.POST_QUALIFIERS and "business" in lexicon.POST_QUALIFIERS
    assert "temporary" in lexicon.POST_QUALIFIERS  # "Temporary Chief Superintendent", as "Acting ..."
    assert all(word == word.lower() for word in lexicon.POST_QUALIFIERS)
    assert not {"officer", "director", "chair"} & lexicon.POST_QUALIFIERS


def test_convener_words_are_kept_apart_from_chair_words():
    assert set(lexicon.CONVENER_WORDS) == {"convener", "convenor"}
    assert not set(lexicon.CONVENER_WORDS) & set(lexicon.CHAIR_WORDS)


def test_dropped_in_and_external_auditor_labels_announce_people_in_attendance():
    assert lexicon.attendance_kind("Dropped in") == "in_attendance"
    assert lexicon.attendance_kind("External Auditors:") == "in_attendance"


def test_reverend_in_full_is_a_courtesy_title_with_no_rank():
    assert "reverend" in HONORIFICS and HONORIFICS["reverend"] is None


def test_a_named_body_s_officers_are_in_attendance():
    assert lexicon.attendance_kind("Panel officers:") == "in_attendance"
    assert lexicon.attendance_kind("Council officers") == "in_attendance"


def test_party_marks_are_lower_case_parties_and_no_courtesy_title_or_role_word():
    assert {"lab", "con", "lib dem", "green", "snp", "plaid cymru", "reform"} <= lexicon.PARTY_MARKS
    assert all(mark == mark.lower() for mark in lexicon.PARTY_MARKS)
    assert not lexicon.PARTY_MARKS & set(HONORIFICS)
    assert "chair" not in lexicon.PARTY_MARKS


def test_each_ocr_lookalike_letter_pairs_with_one_ascii_latin_letter():
    assert len(lexicon.LOOKALIKE_LETTERS) == len(lexicon.LATIN_LETTERS) == len(set(lexicon.LOOKALIKE_LETTERS))
    assert not any(letter.isascii() for letter in lexicon.LOOKALIKE_LETTERS)
    assert all(letter.isascii() and letter.isalpha() for letter in lexicon.LATIN_LETTERS)


def test_together_with_and_secretariat_label_those_in_attendance():
    assert lexicon.attendance_kind("Together with:") == "in_attendance"
    assert lexicon.attendance_kind("Secretariat") == "in_attendance"


def test_secretariat_heads_a_list_only_on_a_line_of_its_own():
    assert "secretariat" in lexicon.HEADING_ONLY_LABELS


def test_clerical_titles_in_full_are_honorifics_without_a_role():
    for word in ("father", "monsignor", "rabbi", "imam"):
        assert word in HONORIFICS and HONORIFICS[word] is None


def test_a_transcripts_speakers_key_lists_those_present():
    assert lexicon.attendance_kind("Speakers") == "present"
    assert lexicon.attendance_kind("Guest speakers") == "in_attendance"


def test_on_the_call_labels_those_present_and_also_on_the_call_its_guests():
    assert lexicon.attendance_kind("On the call:") == "present"
    assert lexicon.attendance_kind("Also on the call:") == "in_attendance"
    assert lexicon.attendance_kind("Also joined the call") == "in_attendance"
    assert lexicon.attendance_kind("on the call to discuss the budget") is None
