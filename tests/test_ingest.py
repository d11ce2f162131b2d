"""Ingest: every supported format and encoding decodes to clean text; every bad input is an
IngestError with a kind, never a crash."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from pipeline.ingest import DEFAULT_MAX_BYTES, IngestError, from_bytes, from_text, read_document, repair_ocr

MINUTES = "Minutes of the Board\r\nPresent: Ann Smith (Chair)\r\n1. Apologies\rNone received."


def _pdf_bytes(pages: list[str], *, password: str | None = None) -> bytes:
    """A small PDF with one line of text per page, drawn by reportlab (optionally encrypted)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=password)
    for text in pages:
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- text and encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_unicode_encodings_with_and_without_bom_decode(tmp_path: Path, encoding: str) -> None:
    text = "Réunion – “Café” naïve ✓\nline two"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # the BOM Python's utf-16-be codec does not write
    raw = read_document(_write(tmp_path / "m.txt", data))
    assert raw.text == text


def test_cp1252_text_is_detected(tmp_path: Path) -> None:
    text = "Réunion à Genève – “quoted” café costs €5\nline two"
    raw = read_document(_write(tmp_path / "m.txt", text.encode("cp1252")))
    assert raw.text == text


def test_latin1_text_is_detected(tmp_path: Path) -> None:
    text = "Réunion à Genève, côté été, naïve\nsecond line"
    raw = read_document(_write(tmp_path / "m.md", text.encode("latin-1")))
    assert raw.text == text
    assert raw.format == "md"


def test_newlines_are_normalised_and_sha256_is_of_raw_bytes(tmp_path: Path) -> None:
    data = MINUTES.encode("utf-8")
    raw = read_document(_write(tmp_path / "m.txt", data))
    assert "\r" not in raw.text
    assert raw.text.split("\n") == [
        "Minutes of the Board",
        "Present: Ann Smith (Chair)",
        "1. Apologies",
        "None received.",
    ]
    assert raw.sha256 == hashlib.sha256(data).hexdigest()
    assert raw.source.chars == len(raw.text)


def test_from_text_hashes_the_utf8_text() -> None:
    raw = from_text("Minutes\r\nItem 1", path="-", fmt="md")
    assert raw.text == "Minutes\nItem 1"
    assert raw.sha256 == hashlib.sha256(b"Minutes\r\nItem 1").hexdigest()
    assert (raw.path, raw.format) == ("-", "md")


def test_from_text_refuses_empty_and_unknown_format() -> None:
    with pytest.raises(IngestError) as empty:
        from_text("  \n ")
    assert empty.value.kind == "empty"
    with pytest.raises(IngestError) as fmt:
        from_text("text", fmt="rtf")
    assert fmt.value.kind == "unsupported_format"


# --------------------------------------------------------------------------- OCR repair


def test_cyrillic_lookalike_inside_a_latin_heading_becomes_latin() -> None:
    assert repair_ocr("7. ОPEN FORUM AND СORRESPONDENCE") == "7. OPEN FORUM AND CORRESPONDENCE"
    assert repair_ocr("Тhe clerk noted") == "The clerk noted"


def test_words_wholly_in_another_script_keep_their_letters() -> None:
    text = "Минуты: Совет и Тор; λόγος"
    assert repair_ocr(text) == text


def test_zero_in_an_upper_case_word_is_an_o() -> None:
    assert repair_ocr("Head of Finance, 0FWC (HoF)") == "Head of Finance, OFWC (HoF)"
    assert repair_ocr("TRUST B0ARD") == "TRUST BOARD"


def test_short_zero_word_is_an_o_only_between_upper_case_words() -> None:
    assert repair_ocr("5. REVIEW 0F CHARGES") == "5. REVIEW OF CHARGES"
    assert repair_ocr("Venue: 12 Mill Lane, Leeds LS6 0QT") == "Venue: 12 Mill Lane, Leeds LS6 0QT"


def test_zero_and_one_between_lower_case_letters_are_o_and_l() -> None:
    assert repair_ocr("The f0rmal comp1aint was withdrawn") == "The formal complaint was withdrawn"


def test_small_l_between_capitals_is_a_capital_i() -> None:
    assert repair_ocr("PARISH COUNClL") == "PARISH COUNCIL"


def test_l_before_a_digit_in_a_number_is_a_one() -> None:
    assert repair_ocr("held on l9 June; 3l7 replies; a grant of £l.25m") == (
        "held on 19 June; 317 replies; a grant of £1.25m"
    )


def test_trailing_l_after_digits_stays_a_litre() -> None:
    assert repair_ocr("a 5l water butt and 20l of paint") == "a 5l water butt and 20l of paint"


def test_codes_urls_addresses_and_handles_are_not_repaired() -> None:
    text = (
        "2FA B2B PL/1 COVID-19 M1 A1 Q1 IPv4 v1.0 24/071 l/s A0 P0 x86 h264 CSS3 l10n i18n I2C "
        "https://ex.org/a1pha/l4 mai1@ex0mple.org @b0b rep0rt.md e.g. 0RT"
    )
    assert repair_ocr(text) == text


def test_clean_text_passes_through_unchanged() -> None:
    text = "1. Minutes\nThe minutes of 14 March 2017 were agreed; 12 PCSOs and 1 Inspector.\n"
    assert repair_ocr(text) is text


def test_ocr_repair_applies_to_read_and_in_memory_text(tmp_path: Path) -> None:
    text = "Minutes of the meeting held on l4 May\n2. DECLARATIONS 0F INTEREST"
    expected = "Minutes of the meeting held on 14 May\n2. DECLARATIONS OF INTEREST"
    assert read_document(_write(tmp_path / "m.txt", text.encode("utf-8"))).text == expected
    assert from_text(text).text == expected


# --------------------------------------------------------------------------- pdf, docx, html


def test_pdf_text_layer_is_read_page_by_page(tmp_path: Path) -> None:
    raw = read_document(_write(tmp_path / "m.pdf", _pdf_bytes(["Minutes of the Board", "2. Finance report"])))
    assert raw.format == "pdf"
    lines = [line for line in raw.text.split("\n") if line.strip()]
    assert lines == ["Minutes of the Board", "2. Finance report"]


def test_docx_paragraphs_and_tables_keep_body_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Minutes of the Board")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([("No", "Item", "Action"), ("1", "Apologies", "None")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Meeting closed at 12:00")
    document.save(tmp_path / "m.docx")
    raw = read_document(tmp_path / "m.docx")
    assert raw.text.split("\n") == [
        "Minutes of the Board",
        "No\tItem\tAction",
        "1\tApologies\tNone",
        "Meeting closed at 12:00",
    ]


def test_docx_merged_cells_are_read_once(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Merged"
    table.cell(0, 2).text = "Last"
    document.save(tmp_path / "m.docx")
    assert read_document(tmp_path / "m.docx").text == "Merged\tLast"


def test_html_main_text_drops_script_nav_and_page_chrome(tmp_path: Path) -> None:
    html = """<html><head><title>Site</title><style>p{color:red}</style></head><body>
    <header>Council website</header><nav><a href="/">Home</a></nav>
    <article><header><h1>Minutes of the Board</h1></header>
    <p>Present: Ann <b>Smith</b><br>Bob Jones</p>
    <script>var tracking = 1;</script>
    <table><tr><th>No</th><th>Item</th></tr><tr><td>1</td><td>Apologies <i>none</i></td></tr></table>
    </article><aside>Related pages</aside><footer>Copyright</footer></body></html>"""
    raw = read_document(_write(tmp_path / "m.html", html.encode("utf-8")))
    assert raw.format == "html"
    assert raw.text.split("\n") == [
        "Minutes of the Board",
        "Present: Ann Smith",
        "Bob Jones",
        "No\tItem",
        "1\tApologies none",
    ]


def test_htm_suffix_and_cp1252_html_are_read(tmp_path: Path) -> None:
    raw = read_document(_write(tmp_path / "m.HTM", "<p>Café – ok</p><div>Next</div>".encode("cp1252")))
    assert raw.text == "Café – ok\nNext"


def test_deeply_nested_html_does_not_overflow(tmp_path: Path) -> None:
    html = "<div>" * 5000 + "deep text" + "</div>" * 5000
    assert read_document(_write(tmp_path / "m.html", html.encode())).text == "deep text"


# --------------------------------------------------------------------------- bad inputs


def _kind(path: Path, **kwargs: int) -> str:
    with pytest.raises(IngestError) as caught:
        read_document(path, **kwargs)
    assert caught.value.message
    return caught.value.kind


def test_unknown_extension_is_unsupported(tmp_path: Path) -> None:
    assert _kind(_write(tmp_path / "m.rtf", b"{\\rtf1 hello}")) == "unsupported_format"


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    assert _kind(tmp_path / "absent.txt") == "not_found"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "  \n".encode("utf-16")])
def test_empty_or_whitespace_only_is_empty(tmp_path: Path, data: bytes) -> None:
    assert _kind(_write(tmp_path / "m.txt", data)) == "empty"


def test_binary_junk_is_binary(tmp_path: Path) -> None:
    junk = bytes(range(256)) * 20
    assert _kind(_write(tmp_path / "m.txt", junk)) == "binary"


def test_control_character_junk_without_nul_is_binary(tmp_path: Path) -> None:
    junk = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 65, 66]) * 200
    assert _kind(_write(tmp_path / "m.md", junk)) == "binary"


def test_bom_followed_by_invalid_bytes_is_a_decode_error(tmp_path: Path) -> None:
    assert _kind(_write(tmp_path / "m.txt", b"\xef\xbb\xbfMinutes \xff\xfe\xfa")) == "decode"


def test_password_protected_pdf_is_encrypted_pdf(tmp_path: Path) -> None:
    data = _pdf_bytes(["Secret minutes"], password="hunter2")
    assert _kind(_write(tmp_path / "m.pdf", data)) == "encrypted_pdf"


@pytest.mark.parametrize(
    "data", [b"%PDF-1.4\n garbage", b"not a pdf at all", b"%PDF-1.7\n" + bytes(range(256)) * 4]
)
def test_corrupt_pdf_is_corrupt(tmp_path: Path, data: bytes) -> None:
    assert _kind(_write(tmp_path / "m.pdf", data)) == "corrupt"


def test_truncated_pdf_is_corrupt(tmp_path: Path) -> None:
    data = _pdf_bytes(["Minutes"])
    assert _kind(_write(tmp_path / "m.pdf", data[: len(data) // 3])) == "corrupt"


def test_pdf_without_text_layer_is_empty(tmp_path: Path) -> None:
    assert _kind(_write(tmp_path / "m.pdf", _pdf_bytes([""]))) == "empty"


def test_corrupt_docx_is_corrupt(tmp_path: Path) -> None:
    assert _kind(_write(tmp_path / "m.docx", b"PK\x03\x04 this is not a real zip")) == "corrupt"


def test_file_over_the_limit_is_too_large_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # a sparse 50 MB file: the size check must refuse it unread
        handle.truncate(50 * 1024 * 1024)
    assert _kind(big) == "too_large"
    assert DEFAULT_MAX_BYTES < 50 * 1024 * 1024


def test_max_bytes_is_configurable(tmp_path: Path) -> None:
    path = _write(tmp_path / "m.txt", b"x" * 2000)
    assert _kind(path, max_bytes=1000) == "too_large"
    assert len(read_document(path, max_bytes=4000).text) == 2000
    with pytest.raises(IngestError) as caught:
        from_bytes(b"x" * 2000, max_bytes=1000)
    assert caught.value.kind == "too_large"


def test_ingest_error_names_its_kind() -> None:
    error = IngestError("binary", "not text")
    assert (error.kind, error.message, str(error)) == ("binary", "not text", "binary: not text")


def test_ocr_repair_reads_l_as_one_in_an_outline_number_at_a_line_start() -> None:
    text = "l. WELCOME\n3.l Budget outturn\n3.l b Capital\n  l2. Reports\n4. ROADS AND l05\n"
    assert (
        repair_ocr(text) == "1. WELCOME\n3.1 Budget outturn\n3.1 b Capital\n  12. Reports\n4. ROADS AND 105\n"
    )


def test_ocr_repair_leaves_a_word_l_at_a_line_start() -> None:
    text = "l think the plan is fine.\nlater items were deferred.\nwill l. be there\n"
    assert repair_ocr(text) == text


def test_ocr_repair_reads_l_as_one_in_a_slashed_year_range_or_date() -> None:
    assert repair_ocr("OUTTURN FOR 20l9/20, due l4/03/2021.") == "OUTTURN FOR 2019/20, due 14/03/2021."
    assert repair_ocr("see docs/lib/l2x and 3l/2") == "see docs/lib/l2x and 3l/2"


def test_ocr_repair_reads_a_lookalike_sub_item_letter_after_an_outline_number() -> None:
    assert repair_ocr("4.2 а Road safety\n") == "4.2 a Road safety\n"
    assert repair_ocr("Пример 4.2 а слово\n") == "Пример 4.2 а слово\n"
