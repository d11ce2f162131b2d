"""Ingest: turn a file of minutes (txt, md, pdf, docx, html) into decoded text.

Every input problem becomes an :class:`IngestError` with a short machine-readable ``kind``
and a message a user can act on, so a batch over a messy archive can report bad files and
carry on. Newlines are always normalised to ``"\\n"`` and the letters a scanner's OCR misreads
are repaired (:func:`repair_ocr`); the SHA-256 recorded in the :class:`~pipeline.schema.RawDocument`
is that of the raw bytes (resume checks compare it).
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import zipfile
from pathlib import Path

from pipeline.lexicon import LOOKALIKE_LETTERS, LOOKALIKES
from pipeline.schema import RawDocument

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Inputs larger than this are refused (minutes are rarely above a few MB)."""

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}
"""File suffix (lower case) -> source format."""

ERROR_KINDS = (
    "not_found",
    "unsupported_format",
    "empty",
    "binary",
    "encrypted_pdf",
    "corrupt",
    "too_large",
    "decode",
    "unreadable",
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BINARY_CONTROL_SHARE = 0.02
_WESTERN_CHAOS_MARGIN = 0.02  # cp1252 wins over a candidate scoring at most this much "cleaner"
_DROPPED_HTML = ("script", "style", "noscript", "template", "nav", "aside", "head", "iframe", "svg", "form")
_PAGE_CHROME_HTML = ("header", "footer")
_BLOCK_HTML = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "ul",
        "header",
        "footer",
    ]
)

# A character OCR may have misread, matched as one character class first (so the scan is fast) and
# then told apart by what surrounds it. A 0 or 1 touching a letter ("rec0rd", "0F"):
_ZERO_ONE_BY_LETTER = r"(?<=[01])(?:(?<=[A-Za-z].)|(?=[A-Za-z]))"
# An l or I touching a digit ("l4", "2I5", "£l.25m"):
_L_I_BY_DIGIT = r"(?<=[lI])(?:(?<=\d.)|(?=[.,]?\d))"
# An l between capitals ("CRlME"):
_L_BETWEEN_CAPS = r"(?<=[A-Z]l)(?=[A-Z])"
# A look-alike letter (the Cyrillic О of "ОTHER"):
_IS_LOOKALIKE = rf"(?<=[{LOOKALIKE_LETTERS}])"
_OCR_SUSPECT = re.compile(
    rf"[01lI{LOOKALIKE_LETTERS}](?:{_ZERO_ONE_BY_LETTER}|{_L_I_BY_DIGIT}|{_L_BETWEEN_CAPS}|{_IS_LOOKALIKE})"
)
_SPACE = re.compile(r"\s")
OCR_MAX_CHUNK = 64
"""A whitespace-delimited chunk longer than this is data (a URL, a hash, code), not a misread word."""
# Chunks OCR repair leaves alone: URLs, e-mail addresses, handles, paths, file and domain names
# ("spec.js", "w3.org", "e.g."), markup and code.
_PROTECTED_CHUNK = re.compile(r"://|www\.|[@#/\\_=<>{}\[\]`|~]|[^\W_]\.[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")
_ALNUM = re.compile(r"[^\W_]+")
# An upper-case word with 0 for O, leading ("0PCC") or between capitals ("C0MMITTEE"); a trailing
# 0 is a code's ("A0", "P0"). Short words need a heading round them (see below).
_ZERO_IN_CAPS = re.compile(r"^0?[A-Z]+(?:0[A-Z]+)*$")
# The 0 of a short word between two upper-case words ("DECLARATIONS 0F INTEREST"): there it is an
# O; alone, "0HS" is a postcode's inward code and "0RT" a protocol's round trips.
_SHORT_ZERO_WORD_IN_CAPS = re.compile(
    r" 0(?<![^\W_A-Z][A-Z]{2} 0)(?<=[A-Z]{2} 0)(?=[A-Z]{1,2} [A-Z]{2,}(?![^\W_]))"
)
# A word with 0 for o or 1 for l between lower-case letters ("rec0rd", "Constab1e").
_DIGIT_IN_LOWER = re.compile(r"^[A-Za-z]*[a-z](?:[01][a-z]+)+$")
# An upper-case word with a lower-case l for I between capitals ("CRlME").
_SMALL_L_IN_CAPS = re.compile(r"^[A-Z]+(?:l[A-Z]+)+$")
# A number with l for 1 before a digit ("l4 March", "4l2", "£l.64m"), or I for 1 between digits
# ("2I5"): a whole word of digits, l, I and decimal marks, or such an amount after a currency sign
# (a unit may follow: "£l.64m"). A trailing l is a unit ("5l" litres), so it stays.
_NUMBER_BODY = r"(?=[\dlI.,]*\d)[\dlI]+(?:[.,][\dlI]+)*"
_OCR_NUMBER = re.compile(rf"(?<=[£$€]){_NUMBER_BODY}|(?<![^\W_]){_NUMBER_BODY}(?![^\W_])")
_ONE_IN_NUMBER = re.compile(r"l(?=[.,]?\d)|(?<=\d)I(?=\d)")
# Numbers joined by slashes with l for 1 ("20l8/19", "l2/03/2018"): a year range or a date, not a
# path, so the slash does not protect it. Trailing punctuation may follow.
_OCR_SLASHED_NUMBER = re.compile(r"(?=[\dlI/]*\d)[\dlI]+(?:/[\dlI]+)+[,.;:)]?")
# An outline number opening a line with l for 1 ("l.", "2.l", "l01", "3.l.2"): each part ends in a
# digit or is a lone l, and a lone l counts only with a dot or bracket after it ("l. INTRODUCTIONS";
# "l think" stays). The number must stand before a space.
_OCR_OUTLINE_NUMBER = re.compile(
    r"^(?P<indent>[ \t]*)(?P<number>(?=[\d.]*l)(?=[\dl.]*\d|l[.)])(?:[\dl]*\d|l)(?:\.(?:[\dl]*\d|l))*[.)]?)(?=[ \t])",
    re.MULTILINE,
)
# A lone look-alike letter after an outline number ("2.1 с Missing persons" with a Cyrillic с): a
# sub-item letter, so read as Latin.
_LOOKALIKE_SUBITEM = re.compile(
    rf"^(?P<number>[ \t]*\d+(?:\.\d+)*\.?[ \t]+)(?P<letter>[{LOOKALIKE_LETTERS}])(?=[ \t.)])",
    re.MULTILINE,
)
OCR_MIN_WORD = 4
"""A word must have at least this many characters before a digit or an l in it is read as a misread
letter: short letter-digit mixes are codes ("A1", "h1", "v1"). (A short word with 0 for O is repaired
only between upper-case words: see ``_SHORT_ZERO_WORD_IN_CAPS``.)"""


class IngestError(Exception):
    """A file that cannot be read as minutes; ``kind`` is one of :data:`ERROR_KINDS`."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message


def format_of(path: Path) -> str | None:
    """The source format a file name implies, or None when the suffix is not supported."""
    return FORMATS.get(path.suffix.lower())


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of bytes: the identity of an input for resume checks."""
    return hashlib.sha256(data).hexdigest()


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, and a stray leading BOM character is dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")


def repair_ocr(text: str) -> str:
    """Undo the commonest OCR misreadings of a scanned page, conservatively.

    Inside a word that is otherwise Latin, Cyrillic and Greek look-alike letters become Latin
    ("ANY ОTHER" with a Cyrillic О); 0 in an upper-case word becomes O ("0PCC"; a short word such
    as "0F" only between upper-case words), 0 and 1 between lower-case letters become o and l
    ("rec0rd", "Constab1e"), a lower-case l between capitals becomes I ("CRlME"), and l before a
    digit in a number, or I between digits, becomes 1 ("l4 March", "2I5"). Codes ("2FA", "B2B",
    "M1", "IPv4", "COVID-19"), URLs, e-mail addresses, handles and paths are left alone; clean text
    comes back unchanged."""
    parts: list[str] = []
    done = 0
    for hit in _OCR_SUSPECT.finditer(text):
        if hit.start() < done:
            continue  # in the chunk just repaired
        start, end = _chunk_around(text, hit.start())
        parts += [text[done:start], _repair_chunk(text[start:end])]
        done = end
    text = "".join([*parts, text[done:]]) if parts else text
    text = _SHORT_ZERO_WORD_IN_CAPS.sub(" O", text)
    return _repair_outline_numbers(text)


def _repair_outline_numbers(text: str) -> str:
    """Outline numbers opening a line with l read for 1 ("l.", "2.l a"), and a look-alike sub-item
    letter after one ("2.1 с"), spelled right. A word-internal l is not touched: only a number of
    digits and l standing before a space at a line start is."""
    if _OCR_OUTLINE_NUMBER.search(text):  # clean text comes back as the same object
        text = _OCR_OUTLINE_NUMBER.sub(lambda m: m["indent"] + m["number"].replace("l", "1"), text)
    if _LOOKALIKE_SUBITEM.search(text):
        text = _LOOKALIKE_SUBITEM.sub(lambda m: m["number"] + m["letter"].translate(LOOKALIKES), text)
    return text


def _chunk_around(text: str, at: int) -> tuple[int, int]:
    """Start and end of the whitespace-delimited chunk holding ``text[at]``; a start more than
    :data:`OCR_MAX_CHUNK` characters back is not looked for (the chunk is too long to repair)."""
    before = text[max(0, at - OCR_MAX_CHUNK - 1) : at]
    start = at - (len(before.rsplit(None, 1)[-1]) if before and not before[-1].isspace() else 0)
    space = _SPACE.search(text, at)
    return start, space.start() if space else len(text)


def _repair_chunk(chunk: str) -> str:
    """One whitespace-delimited chunk with its words' and numbers' OCR misreadings repaired."""
    if _OCR_SLASHED_NUMBER.fullmatch(chunk):
        return _ONE_IN_NUMBER.sub("1", chunk)
    if len(chunk) > OCR_MAX_CHUNK or _PROTECTED_CHUNK.search(chunk):
        return chunk
    chunk = _LETTERS.sub(lambda m: _fold_lookalikes(m.group()), chunk)
    chunk = _ALNUM.sub(lambda m: _repair_word(m.group()), chunk)
    return _OCR_NUMBER.sub(lambda m: _ONE_IN_NUMBER.sub("1", m.group()), chunk)


def _fold_lookalikes(word: str) -> str:
    """A word of Latin letters and Cyrillic or Greek look-alikes, spelled in Latin letters only; a
    word with no Latin letter, or with a letter of another script, is a word of that script."""
    folded = word.translate(LOOKALIKES)
    if folded.isascii() and folded != word and any(ch.isascii() for ch in word):
        return folded
    return word


def _repair_word(word: str) -> str:
    """A word with a digit or l where OCR misread a letter, spelled with the letter."""
    if len(word) < OCR_MIN_WORD:
        return word
    if _ZERO_IN_CAPS.match(word):
        return word.replace("0", "O")
    if _DIGIT_IN_LOWER.match(word):
        return word.replace("0", "o").replace("1", "l")
    if _SMALL_L_IN_CAPS.match(word):
        return word.replace("l", "I")
    return word


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly not text: NULs or many C0 control characters.

    Decoding binary junk as cp1252 or latin-1 always "succeeds", so the check has to be on the
    decoded characters, not on whether decoding raised."""
    if "\x00" in text:
        return True
    sample = text[:65536]
    return bool(sample) and len(_CONTROL.findall(sample)) / len(sample) > _BINARY_CONTROL_SHARE


def decode_text(data: bytes) -> str:
    """Decode plain-text bytes: BOMs first, strict UTF-8 next, then charset detection.

    The order matters: a BOM is certain, valid UTF-8 is almost never an accident, and only
    then is a statistical guess (cp1252, latin-1, ...) worth making. Raises ``binary`` for
    junk and ``decode`` when nothing fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    "decode", f"starts with a {encoding} byte-order mark but is not {encoding}"
                ) from exc
    if b"\x00" in data[:65536]:
        raise IngestError("binary", "contains NUL bytes; this looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_detected(data)


def _decode_detected(data: bytes) -> str:
    """Decode non-UTF-8 bytes with charset-normalizer, falling back to cp1252 then latin-1.

    Single-byte Western text is ambiguous (cp1250, cp775 and cp1252 often fit about equally
    well); when cp1252 is among the (nearly) best-scoring candidates it wins, because that is
    what non-UTF-8 English-language archives almost always are. latin-1 decodes any bytes, so
    it is the last resort."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if matches:
        best_chaos = min(m.chaos for m in matches)
        tied = [m for m in matches if m.chaos <= best_chaos + _WESTERN_CHAOS_MARGIN]
        western = [m for m in tied if "cp1252" in m.could_be_from_charset or m.encoding == "latin_1"]
        chosen = "cp1252" if western else tied[0].encoding
        try:
            return data.decode(chosen)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def pdf_text(data: bytes) -> str:
    """The text layer of a PDF, page by page, pages joined with newlines; a page whose text
    cannot be extracted counts as blank rather than sinking the document."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _decrypts_without_password(reader):
            raise IngestError("encrypted_pdf", "the PDF is password-protected; decrypt it first")
        pages = [_page_text(page) for page in reader.pages]
    except IngestError:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise IngestError("encrypted_pdf", f"the PDF is encrypted and cannot be read: {exc}") from exc
    except PdfReadError as exc:
        raise IngestError("corrupt", f"not a readable PDF: {exc}") from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises assorted errors on malformed files
        raise IngestError("corrupt", f"not a readable PDF: {type(exc).__name__}: {exc}") from exc
    return "\n".join(pages)


def _page_text(page: object) -> str:
    """One page's text layer, or "" when pypdf cannot extract it (odd fonts, broken streams)."""
    try:
        return page.extract_text() or ""  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - one bad page must not lose the others
        return ""


def _decrypts_without_password(reader: object) -> bool:
    """Many PDFs are encrypted only against editing (empty user password); those we can read."""
    from pypdf.errors import DependencyError

    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except DependencyError:
        return False
    except Exception:  # noqa: BLE001 - any failure to decrypt means "cannot read"
        return False


def docx_text(data: bytes) -> str:
    """Paragraphs and tables of a DOCX body in document order; a table row is one line of
    TAB-separated cells (a cell's own paragraphs are joined by spaces so the row stays one line)."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_docx_table_rows(block))
            else:
                lines.append(block.text)
    except zipfile.BadZipFile as exc:
        raise IngestError("corrupt", f"not a readable DOCX file (not a zip; an old .doc?): {exc}") from exc
    except Exception as exc:  # noqa: BLE001 - python-docx raises assorted lxml/package errors
        raise IngestError("corrupt", f"not a readable DOCX file: {type(exc).__name__}: {exc}") from exc
    return "\n".join(lines)


def _docx_table_rows(table: object) -> list[str]:
    """Rows of a python-docx table as TAB-joined lines; a merged cell is read once per row."""
    rows: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        rows.append("\t".join(cells))
    return rows


def html_text(data: bytes) -> str:
    """Main text of an HTML page: page chrome and code dropped, one line per block element,
    ``<br>`` as a line break, table rows as TAB-separated cells."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(decode_text(data))
    for node in tree.css(", ".join(_DROPPED_HTML) + ", [hidden]"):
        node.decompose()
    for node in tree.css(", ".join(_PAGE_CHROME_HTML)):
        if not _inside_content(node):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    return _html_lines(root)


def _inside_content(node: object) -> bool:
    """A header or footer inside ``<article>`` or ``<main>`` holds content (a title), not chrome."""
    parent = node.parent  # type: ignore[attr-defined]
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.parent
    return False


def _html_lines(root: object) -> str:
    """Walk the tree without recursion (deeply nested junk must not overflow the stack)."""
    pieces: list[str] = []
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag  # type: ignore[attr-defined]
        if leaving:
            pieces.append("\n")
            continue
        if tag == "-text":
            pieces.append(re.sub(r"\s+", " ", node.text(deep=False)))  # type: ignore[attr-defined]
        elif tag == "br":
            pieces.append("\n")
        elif tag == "tr":
            cells = [c for c in node.iter() if c.tag in ("td", "th")]  # type: ignore[attr-defined]
            row = "\t".join(re.sub(r"\s+", " ", c.text(deep=True, separator=" ")).strip() for c in cells)
            pieces.append(f"\n{row}\n")
        elif tag == "pre":
            pieces.append(f"\n{node.text(deep=True)}\n")  # type: ignore[attr-defined]
        else:
            if tag in _BLOCK_HTML:
                pieces.append("\n")
                stack.append((node, True))
            children = list(node.iter(include_text=True))  # type: ignore[attr-defined]
            stack.extend((child, False) for child in reversed(children))
    lines = (line.strip(" ") for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line.strip())


def decode_document(data: bytes, fmt: str) -> str:
    """Decoded, newline-normalised text of raw bytes in a known format (no emptiness check)."""
    if fmt in ("txt", "md"):
        text = decode_text(data)
    elif fmt == "pdf":
        text = pdf_text(data)
    elif fmt == "docx":
        text = docx_text(data)
    elif fmt == "html":
        text = html_text(data)
    else:
        raise IngestError("unsupported_format", f"format {fmt!r} is not one of txt, md, pdf, docx, html")
    return repair_ocr(normalise_newlines(text))


def from_bytes(
    data: bytes, path: str = "-", fmt: str = "txt", *, max_bytes: int = DEFAULT_MAX_BYTES
) -> RawDocument:
    """A RawDocument from raw bytes (a file's content or stdin); sha256 is of the bytes."""
    if len(data) > max_bytes:
        raise IngestError("too_large", f"{len(data):,} bytes is over the limit of {max_bytes:,} bytes")
    if not data.strip():
        raise IngestError("empty", "the input is empty")
    text = decode_document(data, fmt)
    if looks_binary(text):
        raise IngestError("binary", "the content is mostly control characters; this is not text")
    if not text.strip():
        kind_hint = " (a scanned PDF without a text layer?)" if fmt == "pdf" else ""
        raise IngestError("empty", f"no text found{kind_hint}")
    return RawDocument(path=path, format=fmt, sha256=sha256_hex(data), text=text)


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read one file of minutes; any problem with it raises :class:`IngestError`.

    The size limit is checked on the file size before anything is read, so an oversized
    file costs no memory."""
    path = Path(path)
    fmt = format_of(path)
    if fmt is None:
        supported = ", ".join(sorted(FORMATS))
        raise IngestError(
            "unsupported_format", f"{path.name}: suffix {path.suffix!r} is not one of {supported}"
        )
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IngestError("unsupported_format", f"{path} is not a regular file")
        if size > max_bytes:
            raise IngestError("too_large", f"{size:,} bytes is over the limit of {max_bytes:,} bytes")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError("not_found", f"{path} does not exist") from exc
    except OSError as exc:
        raise IngestError("unreadable", f"cannot read {path}: {exc.strerror or exc}") from exc
    return from_bytes(data, str(path), fmt, max_bytes=max_bytes)


def from_text(text: str, path: str = "-", fmt: str = "txt") -> RawDocument:
    """A RawDocument from text already in memory; sha256 is of its UTF-8 encoding."""
    if fmt not in set(FORMATS.values()):
        raise IngestError("unsupported_format", f"format {fmt!r} is not one of txt, md, pdf, docx, html")
    if not text.strip():
        raise IngestError("empty", "the input is empty")
    return RawDocument(
        path=path,
        format=fmt,
        sha256=sha256_hex(text.encode("utf-8")),
        text=repair_ocr(normalise_newlines(text)),
    )
