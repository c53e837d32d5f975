"""`python -m generator import …` as a user runs it."""
import os
import shutil
import signal
import subprocess
import sys

from ..conftest import run_cli_into_a_closed_pipe
from .pagekit import REPO, SEED_PAGE


def newsarchive(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def test_import_command_writes_articles_and_reimport_changes_nothing(tmp_path):
    shutil.copy(REPO / "newsarchive.yml", tmp_path)
    run = newsarchive("import", SEED_PAGE, "--date", "2020-12-30", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "7 created" in run.stdout
    assert len(list((tmp_path / "content").glob("2020-12-30-*.md"))) == 7
    again = newsarchive("import", SEED_PAGE, "--verbose", cwd=tmp_path)
    assert again.returncode == 0 and "7 unchanged" in again.stdout
    assert "dropped line 74 (repeated byline)" in again.stdout


def test_import_command_reports_bad_pages_with_status_2(tmp_path):
    shutil.copy(REPO / "newsarchive.yml", tmp_path)
    (tmp_path / "blank.txt").write_text("\n\n2020年12月30日 星期三\n", encoding="utf-8")
    run = newsarchive("import", "blank.txt", "--dry-run", cwd=tmp_path)
    assert run.returncode == 2
    assert "blank.txt" in run.stderr and "no article found" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "content").exists()


def test_import_into_a_pipe_closed_early_ends_quietly(tmp_path):
    """`newsarchive import … | head`: the articles are written; no traceback when the report finds no reader."""
    shutil.copy(REPO / "newsarchive.yml", tmp_path)
    run = run_cli_into_a_closed_pipe("import", SEED_PAGE, "--verbose", cwd=tmp_path)
    assert (run.returncode, run.stderr) == (128 + signal.SIGPIPE, "")  # what a shell shows for a tool ended by SIGPIPE
    assert len(list((tmp_path / "content").glob("2020-12-30-*.md"))) == 7


def test_import_help_names_every_encoding_it_detects(tmp_path):
    shown = newsarchive("import", "--help", cwd=tmp_path)
    assert shown.returncode == 0
    assert "default: auto: UTF-8 with or without BOM, GB18030, UTF-16 with BOM" in " ".join(shown.stdout.split())
