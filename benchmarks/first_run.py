"""How long the first `make run` takes on a fresh clone, step by step (issue 16).

    .venv/bin/python benchmarks/first_run.py [--write]

Clones this repository (its committed HEAD) into a temporary folder and runs
there, timing each, what `make run` does before it starts serving: `make
install` (virtualenv, packages without pip's cache, translations compiled),
`manage.py migrate` and `manage.py load_demo`, on the embedded default (SQLite,
database search). Run it on a quiet machine: the figure is for a newcomer's
laptop, not for a machine that also runs the test suite. With ``--write`` it
replaces its section of benchmarks/RESULTS.md (which benchmarks/run.py keeps).
"""

import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the repository is the path's root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.sections import replace_section  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## First run on a fresh clone"
TARGET_SECONDS = 120


def timed(title, command, cwd, env):
    print(f"{title} …", flush=True)
    started = time.monotonic()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    elapsed = time.monotonic() - started
    print(f"  {elapsed:.0f} s", flush=True)
    return title, elapsed


def measure():
    production = {"DATABASE_URL", "ELASTICSEARCH_URL", "OPENSEARCH_URL", "REDIS_URL"}
    env = {key: value for key, value in os.environ.items() if key not in production}
    env["PIP_NO_CACHE_DIR"] = "1"
    with tempfile.TemporaryDirectory(prefix="first-run-") as folder:
        clone = Path(folder) / "clone"
        subprocess.run(
            ["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, env=env
        )
        python = str(clone / ".venv" / "bin" / "python")
        return [
            timed("make install", ["make", "install"], clone, env),
            timed("migrate", [python, "manage.py", "migrate", "--noinput"], clone, env),
            timed("load_demo", [python, "manage.py", "load_demo"], clone, env),
        ]


def section(steps):
    total = sum(seconds for _title, seconds in steps)
    verdict = "within" if total <= TARGET_SECONDS else "over"
    return [
        SECTION,
        "",
        "Written by `benchmarks/first_run.py --write`: a clone of the repository, "
        "then what `make run` does before it serves (SQLite, database search, "
        "pip without its cache). The target is two minutes on two cores.",
        "",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load average before the run "
        f"{os.getloadavg()[0]:.1f}",
        "",
        "| step | seconds |",
        "|---|---:|",
        *(f"| {title} | {seconds:.0f} |" for title, seconds in steps),
        f"| **total** | **{total:.0f}** ({verdict} the {TARGET_SECONDS} s target) |",
        "",
    ]


def write(lines):
    replace_section(SECTION, lines)


def main():
    steps = measure()
    lines = section(steps)
    print("\n".join(lines))
    if "--write" in sys.argv:
        write(lines)


if __name__ == "__main__":
    main()
