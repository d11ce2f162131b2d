"""Ingest: turn a file of minutes (txt, md, pdf, docx, html) into decoded text.

Every input problem becomes an :class:`IngestError` with a short machine-readable ``kind``
and a message a user can act on, so a batch over a messy archive can report bad files and
carry on. Newlines are always normalised to ``"\\n"``; the SHA-256 recorded in the
:class:`~pipeline.schema.RawDocument` is that of the raw bytes (resume checks compare it).
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import zipfile
from pathlib import Path

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
    return normalise_newlines(text)


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
        path=path, format=fmt, sha256=sha256_hex(text.encode("utf-8")), text=normalise_newlines(text)
    )
