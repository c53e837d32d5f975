"""Two builds of one site at once (`serve` running while `build` is typed in another terminal)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

from .conftest import REPO, build, write_article
from .sitetree import snapshot


def test_two_builds_at_once_both_succeed_and_leave_the_site_a_cold_build_makes(empty_site, tmp_path):
    day = dt.date(2021, 3, 1)
    for number in range(300):
        write_article(empty_site / "content", title=f"测试文章{number}", slug=f"ce-shi-{number}",
                      date=day + dt.timedelta(days=number % 40), subdistrict="南关街街道", body="本报讯 测试。" * 40)
    command = [sys.executable, "-m", "generator", "--root", str(empty_site), "build", "--no-search"]
    builds = [subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for process in builds:
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr
    cold = empty_site.parent / "cold"
    cold.mkdir()
    build(empty_site, output_dir=cold / "output")
    assert snapshot(empty_site / "output") == snapshot(cold / "output")
    assert not list(empty_site.glob(".output.*"))
