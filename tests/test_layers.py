"""The layers hold: ``lint-imports`` (import-linter, contracts in pyproject.toml)
passes on the code, and fails on a deliberate violation, an import inside a
function included."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("cms", "home", "regions", "practices", "branding", "search", "tests")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd):
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def copy_of_the_code(tmp_path):
    for name in PACKAGES:
        shutil.copytree(
            ROOT / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("__pycache__", "static", "locale", "*.html"),
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_layers_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    "module, violation, contract",
    [
        ("cms/access/layer_probe.py", "from regions import models", "floor"),
        ("regions/layer_probe.py", "from branding import models", "one way"),
        ("practices/layer_probe.py", "import branding.models", "siblings"),
        (
            "cms/models/layer_probe.py",
            "from cms.access import viewer_for",
            "Inside the floor",
        ),
    ],
)
def test_a_violation_breaks_the_build(copy_of_the_code, module, violation, contract):
    (copy_of_the_code / module).write_text(f"def deferred():\n    {violation}\n")
    result = lint_imports(copy_of_the_code)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and contract in result.stdout
