"""Malformed input of every kind: a clear error naming the file, exit status 2, never a traceback.

Hand-picked cases run through the command line as an editor would; hypothesis
then feeds the front matter parser, the config loader and the build with
arbitrary bytes and arbitrary YAML-ish text, where the only acceptable
outcomes are an article, a list of problems, or an InputError.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import CONFIG_NAME, load_config
from generator.content import FIELDS, parse_article
from generator.errors import InputError, Problem
from generator.slugs import is_valid_slug

from .conftest import build, copy_site, run_cli, write_article

GOOD_HEAD = "---\ntitle: 标题\ndate: 2020-12-30\nslug: biao-ti\n"

BROKEN_FILES = {
    "broken YAML": (b"---\ntitle: [unclosed\ndate: 2020-12-30\nslug: a\n---\n", ":3: malformed YAML"),
    "a list for the title": (b"---\ntitle: [a, b]\ndate: 2020-12-30\nslug: a\n---\n", ":2: title: must be a text, not a list"),
    "a mapping for tags": (GOOD_HEAD.encode() + b"tags: {a: b}\n---\n", ":5: tags: must be a list of names"),
    "a word for photo": (GOOD_HEAD.encode() + b"photo: maybe\n---\n", ":5: photo: must be true or false"),
    "month 13": (b"---\ntitle: a\ndate: 2020-13-45\nslug: a\n---\n", ":3: date: '2020-13-45' is not a date"),
    "February 30": (b"---\ntitle: a\ndate: 2020-02-30\nslug: a\n---\n", ":3: date: '2020-02-30' is not a date"),
    "a list for the date": (b"---\ntitle: a\ndate: [2020]\nslug: a\n---\n", ":3: date:"),
    "an unknown field": (GOOD_HEAD.encode() + b"titel: x\n---\n", ":5: titel: unknown field"),
    "a field given twice": (GOOD_HEAD.encode() + b"title: x\n---\n", ":5: title: is given twice (also on line 2)"),
    "a bad value given twice": (GOOD_HEAD.encode() + b"photo: false\nphoto: maybe\n---\n", ":6: photo: must be true or false"),
    "a PNG": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ":1: is not UTF-8 text"),
    "NUL bytes": (b"\x00\x00\x00\x01 data", ": is a binary file"),
    "a control character": (GOOD_HEAD.encode() + b"section: \x07\n---\n", ":5: malformed YAML: control character U+0007"),
    "GB18030 text": (GOOD_HEAD.replace("标题", "管城新闻").encode("gb18030") + b"---\n", ":2: is not UTF-8 text"),
    "invalid UTF-8": (GOOD_HEAD.encode() + b"---\n\xff\xfe body", ":6: is not UTF-8 text"),
    "an empty file": (b"", ":1: is empty"),
    "only spaces": (b" \n\n\t\n", ":1: is empty"),
    "no front matter": ("本报讯 近日,……".encode(), ":1: has no front matter"),
    "an unclosed front matter": (GOOD_HEAD.encode(), ":1: has no front matter"),
    "a front matter list": (b"---\n- a\n- b\n---\n", ":2: front matter must be a mapping"),
    "nesting 5000 deep": (b"---\ntitle: " + b"[" * 5000 + b"\n---\n", ":2: malformed YAML: nested too deeply"),
    "a python tag": (b"---\ntitle: !!python/object/apply:os.system [echo hi]\n---\n", ":2: malformed YAML"),
}


@pytest.mark.parametrize("case", BROKEN_FILES)
def test_broken_article_exits_2_naming_file_line_and_field(empty_site, case):
    data, message = BROKEN_FILES[case]
    path = empty_site / "content" / "broken.md"
    path.write_bytes(data)
    result = run_cli("--root", empty_site, "build", "--no-search")
    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert f"{path}{message}" in result.stderr
    assert not (empty_site / "output").exists()


def test_every_problem_of_every_file_is_reported_at_once(empty_site):
    content = empty_site / "content"
    (content / "one.md").write_bytes(BROKEN_FILES["month 13"][0])
    (content / "two.md").write_bytes(b"---\ntitle: [a]\ndate: 2020-12-30\nslug: Bad Slug\nphoto: maybe\n---\n")
    (content / "three.md").write_bytes(b"")
    result = run_cli("--root", empty_site, "build", "--no-search")
    assert result.returncode == 2 and "5 problems found" in result.stderr
    for expected in ("one.md:3: date:", "two.md:2: title:", "two.md:4: slug:", "two.md:5: photo:", "three.md:1: is empty"):
        assert expected in result.stderr


def test_a_folder_named_like_an_article_is_a_problem_not_a_crash(empty_site):
    (empty_site / "content" / "folder.md").mkdir()
    result = run_cli("--root", empty_site, "build", "--no-search")
    assert result.returncode == 2 and "folder.md: cannot be read" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("transform", [lambda text: "\ufeff" + text, lambda text: text.replace("\n", "\r\n"),
                                       lambda text: text.replace("\n", "\r")], ids=["BOM", "CRLF", "CR"])
def test_bom_and_windows_or_old_mac_line_ends_are_read_as_written(empty_site, transform):
    text = GOOD_HEAD + "reporters: [柴琳琳]\n---\n\n本报讯 第一行\n第二行。\n"
    (empty_site / "content" / "a.md").write_bytes(transform(text).encode("utf-8"))
    build(empty_site)
    page = (empty_site / "output/2020/12/30/biao-ti/index.html").read_text(encoding="utf-8")
    assert "<h1>标题</h1>" in page and "第一行第二行" in page and "柴琳琳" in page


BROKEN_CONFIGS = {
    "broken YAML": (b"title: [x\n", "newsarchive.yml:2: malformed YAML"),
    "a list": (b"- a\n", "newsarchive.yml:1: must be a mapping"),
    "a word for per_page": (b"per_page: many\n", "newsarchive.yml:1: per_page: must be a whole number"),
    "a mapping for the title": (b"title: {a: b}\n", "newsarchive.yml:1: title: must be a non-empty text"),
    "an unknown key": (b"per_pag: 10\n", "newsarchive.yml:1: per_pag: unknown setting (did you mean 'per_page'?)"),
    "a key given twice": (b"per_page: 10\nper_page: 20\n", "newsarchive.yml:2: per_page: is given twice (also on line 1)"),
    "a key given twice in a rule": (b"tag_rules:\n  - tag: a\n    keywords: [a]\n    tag: b\n",
                                    "newsarchive.yml:4: tag: is given twice (also on line 2)"),
    "a rule's exceptions not a list": (b"tag_rules:\n  - tag: a\n    keywords: [a]\n    except: b\n", "rule 1: except must be a list"),
    "a bad base_url": (b"base_url: ftp://x/\n", "newsarchive.yml:1: base_url: must be a path"),
    "GBK": ("title: 管城".encode("gbk"), "newsarchive.yml: is not UTF-8 text"),
}


@pytest.mark.parametrize("case", BROKEN_CONFIGS)
def test_broken_config_exits_2_with_a_clear_message(empty_site, case):
    data, message = BROKEN_CONFIGS[case]
    (empty_site / CONFIG_NAME).write_bytes(data)
    result = run_cli("--root", empty_site, "build", "--no-search")
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


# -- fuzzing ---------------------------------------------------------------------------------

scalars = st.one_of(
    st.text(max_size=30), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(),
    st.dates().map(dt.date.isoformat), st.sampled_from(["2020-13-45", "../../etc", "con", "", "~", "no", "12:30"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
front_matters = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), values, max_size=len(FIELDS) + 2)
yamlish_lines = st.lists(
    st.one_of(
        st.sampled_from(["---", "...", "- x", "  - y", "? a", ": b", "&a x", "*a", "!!binary aGk=", "{", "[", "'", '"', "\t", "|", ">"]),
        st.builds(lambda key, value: f"{key}: {value}", st.sampled_from(FIELDS), st.text(max_size=20)),
        st.text(max_size=20),
    ),
    max_size=12,
)


def assert_article_or_problems(path: str, data: bytes) -> None:
    article, problems = parse_article(path, data)
    assert all(isinstance(problem, Problem) and str(problem).startswith(path) for problem in problems)
    assert (article is None) == bool(problems)
    if article is not None:
        assert is_valid_slug(article.slug) and article.title and article.url.count("/") == 4


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_front_matter_parser_survives_arbitrary_bytes(data):
    assert_article_or_problems("x.md", data)
    assert_article_or_problems("x.md", b"---\n" + data + b"\n---\n")


@settings(max_examples=300, deadline=None)
@given(front_matters, st.text(max_size=50))
def test_front_matter_parser_survives_arbitrary_yaml_mappings(mapping, body):
    text = "---\n" + yaml.safe_dump(mapping, allow_unicode=True) + "---\n" + body
    assert_article_or_problems("x.md", text.encode("utf-8", "surrogatepass"))


@settings(max_examples=300, deadline=None)
@given(yamlish_lines, st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_front_matter_parser_survives_yamlish_text(lines, newline, bom):
    text = ("\ufeff" if bom else "") + newline.join(["---", *lines, "---", "正文"])
    assert_article_or_problems("x.md", text.encode("utf-8", "surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=200), yamlish_lines.map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")),
                 st.dictionaries(st.sampled_from(["title", "per_page", "base_url", "subdistricts", "tag_rules", "x"]), values)
                 .map(lambda mapping: yaml.safe_dump(mapping, allow_unicode=True).encode("utf-8", "surrogatepass"))))
def test_config_loader_gives_a_config_or_an_input_error(data):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / CONFIG_NAME).write_bytes(data)
        try:
            config = load_config(Path(folder))
        except InputError as error:
            assert error.problems and all(CONFIG_NAME in str(problem) or "--" in str(problem) for problem in error.problems)
        else:
            assert config.per_page >= 1 and config.base_path.startswith("/") and config.base_path.endswith("/")


@pytest.fixture(scope="module")
def fuzz_site(tmp_path_factory):
    return copy_site(tmp_path_factory.mktemp("fuzz") / "site", with_content=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front_matters, st.text(max_size=80))
def test_a_build_of_fuzzed_articles_gives_a_site_or_an_input_error(fuzz_site, mapping, body):
    content = fuzz_site / "content"
    for old in content.glob("*.md"):
        old.unlink()
    write_article(content, slug="good")  # one sound article beside the fuzzed one
    text = "---\n" + yaml.safe_dump({**{"title": "t", "date": "2020-12-30", "slug": "fuzzed"}, **mapping}, allow_unicode=True) + "---\n" + body
    (content / "fuzzed.md").write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        build(fuzz_site)
    except InputError as error:
        assert all("fuzzed.md" in str(problem) for problem in error.problems)
    else:
        output = (fuzz_site / "output").resolve()
        assert all(output in path.resolve().parents for path in output.rglob("*"))
