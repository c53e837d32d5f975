"""Raw page bytes → clean lines of text.

Pages come as UTF-8 (with or without a BOM), GB18030 or now and then
something else; line ends are LF, CRLF or CR (CR CR LF, a CRLF file
converted twice, is one line end); paragraphs are indented with ideographic
spaces. The text we keep is the page's own (no NFKC: editors
read it as printed); `fold` gives the NFKC form used to recognise structure,
so that `文／图` and `文/图`, `：` and `:` are the same to the importer.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

# Tried in this order when no --encoding is given: strict decoders first,
# because a guesser can "succeed" on almost anything.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_STRICT = ("utf-8", "gb18030")
_LINE_END = re.compile(r"\r*\n|\r")
# Chinese characters, for regular expression classes: the basic block and
# Extension A, and the supplementary planes' extensions (B–H), where rare
# characters in people's names live (𠮷); GB18030 encodes them all.
HAN = "\u3400-\u9fff\U00020000-\U0003134f"
HAN_CHARACTER = re.compile(f"[{HAN}]")


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can tell; `line` is where it went wrong."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class DecodedPage:
    text: str
    encoding: str


def decode_page(data: bytes, encoding: str = "auto") -> DecodedPage:
    """Decode a raw page: `encoding` names a codec, or 'auto' to detect it."""
    if encoding != "auto":
        return _decode_as(data, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _decode_as(data, codec)
            except UndecodableError:
                break  # bytes that merely look like a BOM: try the others
    errors: dict[str, UnicodeDecodeError] = {}
    for codec in _STRICT:
        try:
            return _checked(data.decode(codec), codec)
        except UnicodeDecodeError as exc:
            errors[codec] = exc
    # Mostly one of them: a page in that encoding with a few damaged (or cut-off) bytes. Said before
    # any guessing, with the line where that encoding failed: a guesser would read mojibake.
    for codec, name in (("utf-8", "UTF-8"), ("gb18030", "GB18030")):
        if _mostly(data, codec):
            error = errors[codec]
            raise UndecodableError(
                f"is {name} text with bytes that are not {name} (byte {error.start}): the file is damaged, "
                "or give its encoding with --encoding NAME",
                _line_of_byte(data, error.start),
            )
    guess = charset_normalizer.from_bytes(data).best()
    # A guess without a single Chinese character cannot be a page of this newspaper.
    if guess is not None and HAN_CHARACTER.search(str(guess)):
        return _checked(str(guess), guess.encoding)
    raise UndecodableError(
        "is neither UTF-8 nor GB18030 text and its encoding cannot be guessed; "
        "if you know it, give it with --encoding NAME",
        _line_of_byte(data, errors["utf-8"].start),
    )


def _mostly(data: bytes, codec: str) -> bool:
    """True when most non-ASCII characters decode in `codec`: a page in it with a few damaged bytes."""
    text = data.decode(codec, "replace")
    damaged = text.count("\ufffd")
    return sum(not char.isascii() for char in text) - damaged > damaged


def _decode_as(data: bytes, encoding: str) -> DecodedPage:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise UndecodableError(f"--encoding {encoding!r} is not an encoding Python knows") from None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UndecodableError(
            f"is not {codec} text (byte {exc.start} cannot be decoded); check --encoding",
            _line_of_byte(data, exc.start),
        ) from None
    return _checked(text.removeprefix("\ufeff"), codec)


def _checked(text: str, encoding: str) -> DecodedPage:
    if "\x00" in text:
        raise UndecodableError("is a binary file (it contains NUL bytes), not a text page")
    return DecodedPage(text, encoding)


def _line_of_byte(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def split_lines(text: str) -> list[str]:
    """The page's lines as printed, without line ends; line i of the list is line i+1 of the file."""
    return _LINE_END.split(text)


def clean_line(line: str) -> str:
    """A line as printed: no indentation or padding, no invisible characters."""
    return _visible(line).strip()


def is_indented(line: str) -> bool:
    """True when the printed line starts with whitespace (`　　本报讯`): the page's paragraph indent."""
    return _visible(line)[:1].isspace()


def _visible(line: str) -> str:
    """`line` without invisible characters.

    Control and format characters (zero-width spaces, stray BOMs, soft
    hyphens) are dropped: they are invisible in print and break the YAML and
    Markdown the importer writes. Tabs, and line and paragraph separators,
    become spaces: a tab indents or spaces out words as a space does; so do
    no-break and other narrow or fixed-width spaces (not the ideographic
    space, an indent's and a padded name's).
    """
    kept = []
    for char in line:
        category = unicodedata.category(char)
        if char == "\t" or category in ("Zl", "Zp") or (category == "Zs" and char not in " \u3000"):
            kept.append(" ")
        elif category not in ("Cc", "Cf", "Cs"):
            kept.append(char)
    return "".join(kept)


def fold(text: str) -> str:
    """The NFKC form of `text`, for recognising structure: full-width `：／１` read as `:/1`."""
    return unicodedata.normalize("NFKC", text)


def compact(text: str) -> str:
    """`fold` without any whitespace: the form in which two printings of one text compare equal."""
    return "".join(fold(text).split())
