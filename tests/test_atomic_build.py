"""A failed build leaves output/ byte for byte as it was; a good one leaves no stale page behind.

Everything goes through `build_site` or the command line, so these tests hold
whatever the pipeline does inside (full or incremental, serial or parallel).
Faults are injected at the file system: every file opened for writing under
the site folder is counted, and the N-th raises.
"""
from __future__ import annotations

import builtins
import datetime as dt
import errno
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.errors import InputError, OutputError

from .conftest import REPO, build, run_cli, write_article
from .sitetree import differences, snapshot


def site_with_articles(root: Path, count: int = 30) -> None:
    for number in range(count):
        write_article(root / "content", slug=f"wen-zhang-{number}", title=f"文章{number}", date=dt.date(2020, 12, 1 + number % 28),
                      tags=["换届"] if number % 2 else ["党建"], subdistrict="南关街街道", reporters=["柴琳琳"])


def beside_output(root: Path) -> set[str]:
    """What is in the site folder next to output/: a failed build must add nothing (no staging folder left)."""
    return {path.name for path in root.iterdir()}


def change_everything(root: Path) -> None:
    """Edits that change many pages if they get through: a new article and a retitled one."""
    write_article(root / "content", slug="xin-wen-zhang", title="新文章", date=dt.date(2020, 12, 31), tags=["换届"])
    write_article(root / "content", slug="wen-zhang-1", title="改过的标题", date=dt.date(2020, 12, 2), tags=["换届"])


def fail_writes(monkeypatch, root: Path, after: int, error: BaseException) -> None:
    """From the (after+1)-th file opened for writing under `root` on, raise `error`."""
    real_open, real_os_open = builtins.open, os.open
    count = 0

    def check(path, writing: bool) -> None:
        nonlocal count
        if writing and isinstance(path, (str, bytes, os.PathLike)) and os.fsdecode(path).startswith(str(root)):
            count += 1
            if count > after:
                raise error

    def fake_open(file, mode="r", *args, **kwargs):
        check(file, any(flag in mode for flag in "wax+"))
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path, flags, *args, **kwargs):
        check(path, bool(flags & (os.O_WRONLY | os.O_RDWR)))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)


@pytest.fixture
def built_site(empty_site):
    site_with_articles(empty_site)
    build(empty_site)
    return empty_site


def assert_untouched(root: Path, before: dict[str, bytes], around: set[str]) -> None:
    assert differences(before, snapshot(root / "output")) == []
    assert beside_output(root) == around


def test_bad_front_matter_leaves_output_as_it_was(built_site):
    before, around = snapshot(built_site / "output"), beside_output(built_site)
    change_everything(built_site)
    (built_site / "content/bad.md").write_text("---\ntitle: 坏\ndate: 2020-13-45\nslug: huai\n---\n", encoding="utf-8")
    with pytest.raises(InputError):
        build(built_site)
    assert_untouched(built_site, before, around)


@pytest.mark.parametrize("template", ["{% block main %}{{ article.title ", "{% block main %}{{ no_such_thing.x }}{% endblock %}"],
                         ids=["syntax error", "error while rendering"])
def test_template_error_leaves_output_as_it_was(built_site, template):
    before, around = snapshot(built_site / "output"), beside_output(built_site)
    change_everything(built_site)
    (built_site / "templates/article.html").write_text('{% extends "base.html" %}' + template, encoding="utf-8")
    with pytest.raises(InputError):
        build(built_site)
    assert_untouched(built_site, before, around)


@pytest.mark.parametrize("after", [0, 1, 5])
@pytest.mark.parametrize(
    "error, raised",
    [(OSError(errno.ENOSPC, "No space left on device"), OutputError), (KeyboardInterrupt(), KeyboardInterrupt)],
    ids=["disk full", "Ctrl-C"],
)
def test_a_write_failing_partway_leaves_output_as_it_was(built_site, monkeypatch, after, error, raised):
    before, around = snapshot(built_site / "output"), beside_output(built_site)
    change_everything(built_site)
    fail_writes(monkeypatch, built_site, after, error)
    with pytest.raises(raised):
        build(built_site)
    monkeypatch.undo()
    assert_untouched(built_site, before, around)
    build(built_site)  # and the next build, with room on the disk, succeeds
    assert (built_site / "output/2020/12/31/xin-wen-zhang/index.html").is_file()


@pytest.mark.parametrize("full", [False, True], ids=["incremental build", "full build"])
def test_a_disk_full_is_an_error_naming_the_file_and_what_output_holds(built_site, monkeypatch, capsys, full):
    from generator.cli import main

    if full:
        (built_site / "output" / "by-hand.txt").write_text("a file put there by hand", encoding="utf-8")
    before, around = snapshot(built_site / "output"), beside_output(built_site)
    change_everything(built_site)
    fail_writes(monkeypatch, built_site, 3, OSError(errno.ENOSPC, "No space left on device", str(built_site / "x")))
    assert main(["--root", str(built_site), "build", "--no-search"]) == 2
    monkeypatch.undo()
    stderr = capsys.readouterr().err
    assert stderr.startswith("error: ") and "Traceback" not in stderr
    assert f"{built_site / 'x'}: No space left on device; output/ is as it was before this build" in stderr
    assert_untouched(built_site, before, around)


def test_a_disk_full_once_output_is_updated_says_what_it_holds_and_the_next_build_mends_it(built_site, monkeypatch):
    change_everything(built_site)
    # The build lock is opened first; the next file written in the cache folder is the record of output/.
    fail_writes(monkeypatch, built_site / ".newsarchive-cache", 1, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(OutputError, match="output/ holds this build's site, but not the record of it: the next build rebuilds it whole"):
        build(built_site)
    monkeypatch.undo()
    assert (built_site / "output/2020/12/31/xin-wen-zhang/index.html").is_file()
    assert build(built_site).full


def test_a_cache_that_cannot_be_saved_after_the_build_is_named(built_site, monkeypatch):
    from generator.session import BuildSession

    def after_build(self, cache):
        raise OSError(errno.ENOSPC, "No space left on device", "index")

    change_everything(built_site)
    monkeypatch.setattr(BuildSession, "after_build", after_build)
    with pytest.raises(OutputError, match="index: No space left on device; output/ holds this build's site, but the cache is not saved"):
        build(built_site)
    assert (built_site / "output/2020/12/31/xin-wen-zhang/index.html").is_file()


def test_a_folder_the_build_cannot_write_is_named_without_a_traceback(built_site, monkeypatch, capsys):
    from generator.cli import main

    def refused(path, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr("generator.build.exclusive_lock", refused)  # the cache folder, before anything is built
    assert main(["--root", str(built_site), "build", "--no-search"]) == 2
    stderr = capsys.readouterr().err
    assert stderr == f"error: {built_site / '.newsarchive-cache' / 'build.lock'}: Permission denied; output/ is as it was before this build\n"


def test_sigint_to_a_running_build_leaves_output_as_it_was(empty_site):
    """A real Ctrl-C (SIGINT) to `python -m generator build` of a larger archive, once it has begun writing."""
    site_with_articles(empty_site, count=1500)
    build(empty_site)
    before, around = snapshot(empty_site / "output"), beside_output(empty_site)
    change_everything(empty_site)
    process = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(empty_site), "build", "--no-search"],
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while beside_output(empty_site) == around and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)  # wait until the build starts writing beside output/
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, f"the build was not interrupted (exit {process.returncode}): {stderr}"
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert_untouched(empty_site, before, around)


# -- no stale pages --------------------------------------------------------------------------

def test_a_deleted_article_and_its_only_tag_are_gone(built_site):
    write_article(built_site / "content", slug="du-te", title="独特", date=dt.date(2021, 1, 5), tags=["独有标签"], reporters=["独家记者"])
    build(built_site)
    output = built_site / "output"
    pages = [output / "2021/01/05/du-te/index.html", output / "tags/du-you-biao-qian/index.html", output / "people/du-jia-ji-zhe/index.html"]
    assert all(page.is_file() for page in pages)
    (built_site / "content/2021-01-05-du-te.md").unlink()
    build(built_site)
    assert not any(page.exists() for page in pages)
    assert not (output / "2021").exists()  # nor the empty day, month and year folders
    assert "独特" not in (output / "index.html").read_text(encoding="utf-8")


def test_a_renamed_article_and_a_renamed_tag_leave_no_old_page(built_site):
    path = write_article(built_site / "content", slug="jiu-ming", title="旧名", date=dt.date(2021, 1, 5), tags=["旧标签"])
    build(built_site)
    path.unlink()
    write_article(built_site / "content", slug="xin-ming", title="新名", date=dt.date(2021, 1, 5), tags=["新标签"])
    build(built_site)
    output = built_site / "output"
    assert not (output / "2021/01/05/jiu-ming").exists() and not (output / "tags/jiu-biao-qian").exists()
    assert (output / "2021/01/05/xin-ming/index.html").is_file() and (output / "tags/xin-biao-qian/index.html").is_file()
    everything = "".join(text.decode("utf-8", "replace") for text in snapshot(output).values())
    assert "jiu-ming" not in everything and "旧标签" not in everything


def test_output_belongs_to_newsarchive_and_static_is_published_as_is(built_site):
    """The documented rule: a file put into output/ by hand is gone after the next build;
    a file put into static/ is published unchanged; nothing beside output/ is touched."""
    (built_site / "output/by-hand.html").write_text("<title>手工</title>", encoding="utf-8")
    (built_site / "output/tags/by-hand.txt").write_text("手工", encoding="utf-8")
    (built_site / "static/report.pdf").write_bytes(b"%PDF-1.4 report")
    (built_site / "notes.txt").write_text("编辑笔记", encoding="utf-8")
    (built_site / "output.bak").mkdir()
    around = beside_output(built_site)
    build(built_site)
    output = built_site / "output"
    assert not (output / "by-hand.html").exists() and not (output / "tags/by-hand.txt").exists()
    assert (output / "static/report.pdf").read_bytes() == b"%PDF-1.4 report"
    assert beside_output(built_site) == around and (built_site / "notes.txt").read_text(encoding="utf-8") == "编辑笔记"


# -- what is at output/ ----------------------------------------------------------------------

def test_a_file_where_output_goes_is_an_error_and_left_as_it_is(empty_site):
    site_with_articles(empty_site, count=3)
    (empty_site / "output").write_bytes("编辑的笔记".encode())
    around = beside_output(empty_site)
    result = run_cli("--root", empty_site, "build", "--no-search")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    output = empty_site / "output"
    assert f"{output}: the output folder {output} exists and is not a folder; it is left as it is" in result.stderr
    assert (empty_site / "output").read_bytes() == "编辑的笔记".encode()  # neither moved nor deleted
    assert beside_output(empty_site) == around


@pytest.mark.parametrize("build_kind", ["full", "incremental"])
def test_a_file_left_where_the_staging_folder_goes_is_removed(built_site, build_kind):
    """An older version moved a file that stood at output/ to .output.staging; every build crashed on it since."""
    (built_site / ".output.staging").write_text("output/ as a file, moved here", encoding="utf-8")
    if build_kind == "full":
        (built_site / "output/by-hand.html").write_text("手工", encoding="utf-8")  # output/ touched: a full build
    change_everything(built_site)
    result = build(built_site)
    assert result.full == (build_kind == "full")
    assert not os.path.lexists(built_site / ".output.staging")
    assert (built_site / "output/2020/12/31/xin-wen-zhang/index.html").is_file()


def test_an_output_link_is_kept_and_the_site_built_where_it_leads(empty_site, tmp_path):
    """output/ as a link to the folder a web server publishes: the link stays, the site is built into its target."""
    site_with_articles(empty_site)
    www = tmp_path / "www"
    (www / "archive").mkdir(parents=True)
    (www / "other-site.html").write_text("另一个网站", encoding="utf-8")
    (empty_site / "output").symlink_to(www / "archive", target_is_directory=True)
    result = run_cli("--root", empty_site, "build", "--no-search")
    assert result.returncode == 0, result.stderr
    assert (empty_site / "output").readlink() == www / "archive"
    assert (www / "archive/2020/12/01/wen-zhang-0/index.html").is_file()
    change_everything(empty_site)  # an incremental build through the link
    assert not build(empty_site).full
    assert (empty_site / "output").readlink() == www / "archive"
    assert {path.name for path in www.iterdir()} == {"archive", "other-site.html"}  # nothing beside the target touched
    assert (www / "other-site.html").read_text(encoding="utf-8") == "另一个网站"
    # The site in the link's target is the one a build into a plain folder makes.
    linked = snapshot(www / "archive")
    (empty_site / "output").unlink()
    build(empty_site)
    assert differences(snapshot(empty_site / "output"), linked) == []
    assert (www / "archive/2020/12/31/xin-wen-zhang/index.html").is_file()


@pytest.mark.parametrize("linked", [False, True], ids=["folder", "link to a folder"])
def test_a_full_build_keeps_the_output_folder_s_permissions(empty_site, tmp_path, linked):
    site_with_articles(empty_site)
    output = empty_site / "output"
    if linked:
        (tmp_path / "www").mkdir()
        output.symlink_to(tmp_path / "www")
    build(empty_site)
    output.resolve().chmod(0o2750)  # as a web server's group may need it
    (output / "by-hand.txt").write_text("a file put there by hand: the next build is full", encoding="utf-8")
    assert build(empty_site).full
    assert oct(output.resolve().stat().st_mode & 0o7777) == oct(0o2750)
    assert output.is_symlink() == linked


@pytest.mark.parametrize("target", ["content", "."])
def test_an_output_link_to_the_site_or_its_content_is_refused(site_dir, target):
    (site_dir / "output").symlink_to(site_dir / target, target_is_directory=True)
    before = snapshot(site_dir)
    result = run_cli("--root", site_dir, "build", "--no-search")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"the output folder {(site_dir / target).resolve()} (where {site_dir / 'output'} leads) is the" in result.stderr
    assert differences(before, snapshot(site_dir)) == [] and (site_dir / "output").is_symlink()


# -- a file in output/ that cannot be replaced ------------------------------------------------

def fail_renames_into_output(monkeypatch, output: Path, number: int, *, and_after: bool = False) -> list[str]:
    """The `number`-th file renamed into or out of `output` fails (a read-only folder), or every one from it on
    (`and_after`: a disk gone read-only); returns the path of the first that failed, once it did."""
    real_replace, real_rename = os.replace, os.rename
    seen, failed = 0, []

    def faulty(real):
        def rename(source, target, *args, **kwargs):
            nonlocal seen
            if os.fsdecode(target).startswith(f"{output}/") or os.fsdecode(source).startswith(f"{output}/"):
                seen += 1
                if seen == number or (and_after and seen > number):
                    failed.append(os.fsdecode(target if os.fsdecode(target).startswith(f"{output}/") else source))
                    raise PermissionError(errno.EACCES, "Permission denied", source, None, target)
            return real(source, target, *args, **kwargs)
        return rename

    monkeypatch.setattr(os, "replace", faulty(real_replace))
    monkeypatch.setattr(os, "rename", faulty(real_rename))
    return failed


# 28 files are moved into output/, then 2 deleted: the first move fails, one partway, the first deletion.
@pytest.mark.parametrize("number, what", [(1, "written"), (8, "written"), (29, "removed")])
def test_a_file_that_cannot_be_changed_in_output_is_named_and_output_left_as_it_was(built_site, monkeypatch, capsys, number, what):
    from generator.cli import main

    (built_site / "content/2020-12-05-wen-zhang-4.md").unlink()  # pages to delete too
    before, around = snapshot(built_site / "output"), beside_output(built_site)
    change_everything(built_site)
    failed = fail_renames_into_output(monkeypatch, built_site / "output", number)
    assert main(["--root", str(built_site), "build", "--no-search"]) == 2
    monkeypatch.undo()
    assert failed, "the apply step made fewer renames than the test meant to let through"
    stderr = capsys.readouterr().err
    assert f"{failed[0]}: cannot be {what} (Permission denied)" in stderr and "Traceback" not in stderr
    assert "output/ is as it was before this build" in stderr
    assert_untouched(built_site, before, around)
    build(built_site)  # the next build completes
    assert (built_site / "output/2020/12/31/xin-wen-zhang/index.html").is_file()
    assert not (built_site / "output/2020/12/05/wen-zhang-4").exists()


def test_when_output_cannot_be_put_back_either_the_error_says_so_and_the_next_build_completes_it(built_site, monkeypatch, capsys):
    from generator.cli import main

    change_everything(built_site)
    failed = fail_renames_into_output(monkeypatch, built_site / "output", 8, and_after=True)
    assert main(["--root", str(built_site), "build", "--no-search"]) == 2
    monkeypatch.undo()
    stderr = capsys.readouterr().err
    assert f"{failed[0]}: cannot be written (Permission denied)" in stderr and "Traceback" not in stderr
    assert "output/ is partly updated, and the next build rebuilds it whole" in stderr
    assert build(built_site).full
    completed = snapshot(built_site / "output")
    shutil.rmtree(built_site / "output")
    build(built_site)
    assert differences(completed, snapshot(built_site / "output")) == []  # what a build from scratch makes
