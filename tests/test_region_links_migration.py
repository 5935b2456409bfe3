"""The floor's region links moved from ``wagtailcore.Page`` to the region page type
(cms/0005, branding/0007, practices/0005): no row and no link is lost."""

import json
import os
import subprocess
import sys
from pathlib import Path


def test_region_links_keep_every_row_when_they_point_at_region_pages(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'migration.db'}"
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    result = subprocess.run(
        [sys.executable, "-m", "tests.scripts.region_links_move"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(result.stdout.strip().splitlines()[-1])
    region = data["region"]
    assert data["read"] == [
        ["CompeteDocument", region, "RegionPage"],
        ["TransferCase", region, "RegionPage"],
        ["InvestorInquiry", region, "RegionPage"],
        ["RegionGovernance", region, "RegionPage"],
    ]
    assert data["titles"] == ["Silesia"] * 4
