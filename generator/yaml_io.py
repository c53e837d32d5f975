"""YAML reading and writing for front matter and the site config.

YAML 1.1 turns `12:30` into 750, `010` into 8 and `no` into False. Editors
write headlines, names and dates, never numbers, so the loader here resolves
only `true`/`false` and `null`; everything else stays the string it looks
like, and the typed layer (config.py, content.py) converts what it needs.
A key given twice in one mapping, where YAML would keep the second value
unseen, is noted for the caller to report (`YamlDocument.repeated_keys`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from .errors import Problem


@dataclass(frozen=True)
class RepeatedKey:
    """A key written again in the same mapping. PyYAML keeps the last value without a word."""

    key: str
    line: int  # 1-based, of this copy
    first_line: int  # of the first copy

    def problem(self, path) -> Problem:
        return Problem(path, self.line, self.key, f"is given twice (also on line {self.first_line}): keep one")


class _KeyCheckingConstructor:
    """Mixed into a loader: notes each key that a mapping, at any depth, repeats, where PyYAML keeps the last value.

    Noted rather than raised, so that the caller reports them with the other problems of the file.
    """

    def __init__(self, stream, first_line: int = 1):
        super().__init__(stream)
        self.first_line = first_line  # where the text starts in its file
        self.repeated_keys: list[RepeatedKey] = []

    def construct_mapping(self, node, deep=False):
        lines: dict[object, int] = {}
        for key_node, _ in node.value:
            # `!!merge <<` (merged by PyYAML next) may be given more than once; a list or a mapping as a
            # key is refused by PyYAML itself.
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node)  # `true` and `True` are one key
            line = key_node.start_mark.line + self.first_line
            if key in lines:
                self.repeated_keys.append(RepeatedKey(str(key), line, lines[key]))
            else:
                lines[key] = line
        return super().construct_mapping(node, deep)


class _StringsLoader(_KeyCheckingConstructor, yaml.SafeLoader):
    """SafeLoader that keeps numbers, dates and yes/no as strings, and notes repeated keys."""


# The same loader on libyaml's parser, about ten times faster (front matter
# parsing dominated a cold build). Errors are reported by the Python loader,
# so their wording and lines do not depend on whether libyaml is installed.
# libyaml composes nested nodes recursively in C and crashes (no
# RecursionError) past ~50,000 levels, so long texts go to the Python loader.
_FAST_LOADER_MAX_CHARS = 8192
_FastStringsLoader = (
    type("_FastStringsLoader", (_KeyCheckingConstructor, yaml.CSafeLoader), {}) if hasattr(yaml, "CSafeLoader") else _StringsLoader
)

for _loader in {_StringsLoader, _FastStringsLoader}:
    _loader.yaml_implicit_resolvers = {}
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:null",
        re.compile(r"^(?:~|null|Null|NULL|)$"),
        ["~", "n", "N", ""],
    )


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line  # 1-based


@dataclass
class YamlDocument:
    """A loaded mapping, the 1-based line of each of its top-level keys, and the keys written twice (at any depth)."""

    data: object
    key_lines: dict[str, int] = field(default_factory=dict)
    repeated_keys: list[RepeatedKey] = field(default_factory=list)

    def line_of(self, key: str, default: int | None = None) -> int | None:
        return self.key_lines.get(key, default)


def load_yaml(text: str, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document; `first_line` is where `text` starts in its file."""
    text = text.lstrip("\ufeff")
    if len(text) <= _FAST_LOADER_MAX_CHARS:
        try:
            return _load(_FastStringsLoader, text, first_line)
        except YamlSyntaxError:
            pass  # reported below, in the Python loader's words
    return _load(_StringsLoader, text, first_line)


def _load(loader_class: type, text: str, first_line: int) -> YamlDocument:
    try:
        loader = loader_class(text, first_line)
    except yaml.reader.ReaderError as exc:
        # The Python reader refuses control characters (U+0000–U+001F but tab and line ends) as it is made.
        line = text.count("\n", 0, exc.position) + first_line
        raise YamlSyntaxError(f"malformed YAML: control character U+{exc.character:04X} is not allowed", line) from None
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        quote = _unclosed_quote(exc, text)
        if quote is not None:
            line = exc.context_mark.line + first_line
            raise YamlSyntaxError(f"malformed YAML: the quote {quote} is not closed", line) from None
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark is not None else None
        problem = exc.problem or "invalid YAML"
        context = f" ({exc.context})" if exc.context else ""
        hint = _quoting_hint(text, mark) if problem == _COLON_IN_VALUE and mark is not None else ""
        raise YamlSyntaxError(f"malformed YAML: {problem}{context}{hint}", line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"malformed YAML: {exc}", first_line) from None
    except RecursionError:
        # PyYAML composes nested [[[…]]] recursively; thousands of levels exhaust the stack.
        raise YamlSyntaxError("malformed YAML: nested too deeply", first_line) from None
    finally:
        loader.dispose()
    key_lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                # A key given twice is at the line of its last copy, whose value is the one loaded.
                key_lines[str(key_node.value)] = key_node.start_mark.line + first_line
    return YamlDocument(data, key_lines, loader.repeated_keys)


# What PyYAML says of `title: 测试三: 副题`: the second ': ' reads as the end of another key.
_COLON_IN_VALUE = "mapping values are not allowed here"
_KEY_AND_VALUE = re.compile(r"^\s*(?P<key>[^\s#'\"][^:]*):\s+(?P<value>.*?)\s*$")


def _quoting_hint(text: str, mark: yaml.Mark) -> str:
    """How to write the line PyYAML refused for a ': ' inside a value (`mark`: that colon): the value in single quotes."""
    match = _KEY_AND_VALUE.match(text.split("\n")[mark.line])
    if match is None or mark.column < match.start("value"):  # not a colon in a value (`  b: c` under a value, mis-indented)
        return ""
    quoted = "'" + match["value"].replace("'", "''") + "'"  # in single quotes, a quote is written twice
    return f"; a value that holds ': ' must be quoted: {match['key']}: {quoted}"


def _unclosed_quote(exc: yaml.MarkedYAMLError, text: str) -> str | None:
    """The quote (' or ") that `exc` found never closed, or None.

    The scanner looks for the closing quote up to the end of the text and reports that end (the last line of the
    front matter); the line an editor must fix is the context, where the quote opens.
    """
    if exc.context == "while scanning a quoted scalar" and exc.problem in (
        "found unexpected end of stream",
        "found unexpected document separator",
    ):
        return text[exc.context_mark.index]
    return None


def dump_yaml(data: dict) -> str:
    """Write a mapping as readable YAML: Chinese as is, keys in the given order."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=10_000,
    )


class _Dumper(yaml.SafeDumper):
    """Writes dates bare (pass a `datetime.date`) and lists of names on one line."""


def _represent_list(dumper: yaml.SafeDumper, value: list):
    # Short lists of names read best on one line: `reporters: [柴琳琳]`.
    flow = all(isinstance(item, str) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(list, _represent_list)
